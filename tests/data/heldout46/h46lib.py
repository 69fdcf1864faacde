"""Helpers for make_heldout46.py: due-date rules, MIME assembly, checks.

Deterministic: no clock, no randomness. Message-IDs and boundaries are derived
from the case number with hashlib.
"""
import base64
import datetime as dt
import hashlib
import quopri
import re
from email.utils import format_datetime

import chinese_calendar as cc
from zoneinfo import ZoneInfo

SH = ZoneInfo("Asia/Shanghai")
WEEKDAYS = {"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}

# --------------------------------------------------------------------------
# due-date rules (used by --check to recompute every gold date)
# --------------------------------------------------------------------------


def _is_workday(d):
    return cc.is_workday(d)


def _after_holiday(d, name):
    """First working day after the holiday block `name` that is on or after d
    (or that contains d)."""
    cur = d
    for _ in range(60):
        hol, hname = cc.get_holiday_detail(cur)
        if hol and hname == name:
            break
        cur += dt.timedelta(days=1)
    else:
        raise ValueError("holiday %s not found after %s" % (name, d))
    while not _is_workday(cur):
        cur += dt.timedelta(days=1)
    return cur


def _one_rule(rule, ref):
    """Resolve one rule against ref (aware datetime in Asia/Shanghai).
    Returns (date, time-or-None)."""
    rule = rule.strip()
    tm = None
    m = re.match(r"^(.*?)\s+(\d\d:\d\d)$", rule)
    if m and not rule.startswith("hours:"):
        rule, tm = m.group(1), m.group(2)
    d = ref.date()
    if rule.startswith("abs:"):
        out = dt.date.fromisoformat(rule[4:])
    elif rule.startswith("wd:"):  # bare weekday: this week's if not past, else next
        w = WEEKDAYS[rule[3:]]
        out = d + dt.timedelta(days=(w - d.weekday()) % 7)
    elif rule.startswith("thiswk:"):
        w = WEEKDAYS[rule[7:]]
        out = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=w)
        if out < d:
            raise ValueError("本周X already past: %s" % rule)
    elif rule.startswith("nextwk:"):
        w = WEEKDAYS[rule[7:]]
        out = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=7 + w)
    elif rule == "today":
        out = d
    elif rule == "tomorrow":
        out = d + dt.timedelta(days=1)
    elif rule == "dayafter":
        out = d + dt.timedelta(days=2)
    elif rule.startswith("wdays:"):
        n = int(rule[6:])
        cur = d
        while n:
            cur += dt.timedelta(days=1)
            if _is_workday(cur):
                n -= 1
        out = cur
    elif rule == "month_end":
        nxt = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        out = nxt - dt.timedelta(days=1)
    elif rule.startswith("after:"):
        out = _after_holiday(d, rule[6:])
    elif rule.startswith("hours:"):
        t = ref + dt.timedelta(hours=int(rule[6:]))
        return t.date(), t.strftime("%H:%M")
    else:
        raise ValueError("unknown rule %r" % rule)
    return out, tm


def resolve(rules, ref):
    """rules: 'a|b|c' alternatives that must all agree. Returns (iso date, time)."""
    results = {(_one_rule(r, ref)) for r in rules.split("|")}
    if len(results) != 1:
        raise ValueError("rules disagree: %s -> %s" % (rules, sorted(results)))
    (d, t), = results
    if d.year != 2026:
        raise ValueError("date outside 2026: %s" % d)
    return d.isoformat(), t


# --------------------------------------------------------------------------
# deterministic ids
# --------------------------------------------------------------------------


def hexid(seed, n=16):
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:n]


def hexid_upper(seed, n=16):
    return hexid(seed, n).upper()


# --------------------------------------------------------------------------
# header encoding
# --------------------------------------------------------------------------
CODECS = {"gb2312": "gb2312", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5",
          "utf-8": "utf-8", "us-ascii": "ascii", "iso-8859-1": "latin-1"}


def codec(charset):
    return CODECS[charset.lower()]


def ew(text, charset="utf-8", enc="B", maxlen=75):
    """RFC 2047 encoded words for text (list of words, each <= maxlen)."""
    if all(ord(c) < 128 for c in text):
        return [text]
    words, chunk = [], ""
    cs = charset

    def make(s):
        raw = s.encode(codec(cs))
        if enc.upper() == "B":
            return "=?%s?%s?%s?=" % (cs, enc, base64.b64encode(raw).decode())
        q = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else
                    ("_" if b == 32 else "=%02X" % b) for b in raw)
        return "=?%s?%s?%s?=" % (cs, enc, q)

    for ch in text:
        if chunk and len(make(chunk + ch)) > maxlen:
            words.append(make(chunk))
            chunk = ""
        chunk += ch
    if chunk:
        words.append(make(chunk))
    return words


def enc_header(name, text, charset="utf-8", enc="B"):
    """Header line(s) 'Name: value', encoded and folded."""
    words = ew(text, charset, enc)
    if len(words) == 1 and all(ord(c) < 128 for c in text):
        return fold_plain(name, text)
    return "%s: %s" % (name, "\n ".join(words))


def fold_plain(name, text, width=78):
    """Fold an ASCII header at spaces."""
    line = "%s: %s" % (name, text)
    if len(line) <= width:
        return line
    out, cur = [], name + ":"
    for tok in text.split(" "):
        if len(cur) + 1 + len(tok) > width and cur.strip() != name + ":":
            out.append(cur)
            cur = " " + tok
        else:
            cur += " " + tok
    out.append(cur)
    return "\n".join(out)


def mbox(name, email, charset="utf-8", enc="B", quote_ascii=False):
    """One mailbox: display name encoded when non-ASCII."""
    if not name:
        return "<%s>" % email
    if all(ord(c) < 128 for c in name):
        if quote_ascii or re.search(r"[(),.:;<>@\[\]\"]", name):
            return '"%s" <%s>' % (name.replace('"', ''), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (" ".join(ew(name, charset, enc)), email)


def addr_header(name, people, charset="utf-8", enc="B", sep=",\n\t", quote_ascii=False):
    """people: list of (display, email)."""
    if not people:
        return None
    vals = [mbox(n, e, charset, enc, quote_ascii) for n, e in people]
    return "%s: %s" % (name, sep.join(vals))


# --------------------------------------------------------------------------
# body parts
# --------------------------------------------------------------------------


def b64_lines(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def qp_encode(data):
    """Quoted-printable of bytes whose line breaks are LF."""
    out = quopri.encodestring(data, quotetabs=False)
    return out.decode("ascii")


def text_part(text, subtype="plain", charset="utf-8", cte="base64", crlf=False,
              params="", extra_headers=(), quote_charset=True, cte_case=None):
    """Return bytes of a MIME text part (headers + blank line + body)."""
    if crlf and cte == "base64":
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    raw = text.encode(codec(charset))
    csv = '"%s"' % charset if quote_charset else charset
    ct = "Content-Type: text/%s; charset=%s%s" % (subtype, csv, params)
    if cte == "base64":
        body = b64_lines(raw).encode("ascii")
    elif cte == "quoted-printable":
        body = qp_encode(raw).encode("ascii")
    elif cte in ("8bit", "7bit"):
        body = raw
        if cte == "7bit" and any(b > 127 for b in raw):
            raise ValueError("7bit with non-ascii")
    else:
        raise ValueError(cte)
    cte_name = cte_case or cte
    head = [ct, "Content-Transfer-Encoding: %s" % cte_name] + list(extra_headers)
    return ("\n".join(head) + "\n\n").encode("ascii") + body.rstrip(b"\n") + b"\n"


def binary_part(data, ctype, filename, charset="utf-8", enc="B", disposition="attachment",
                extra_headers=(), rfc2231=False, name_param=True):
    """Base64 attachment part; non-ASCII filenames RFC 2047-encoded in quotes
    (what Outlook/Foxmail/Exmail do) or RFC 2231 (Thunderbird/Apple)."""
    if all(ord(c) < 128 for c in filename):
        fn_ct = '; name="%s"' % filename if name_param else ""
        fn_cd = '; filename="%s"' % filename
    elif rfc2231:
        from urllib.parse import quote
        q = quote(filename.encode(codec(charset)), safe="")
        fn_ct = (";\n\tname*=%s''%s" % (charset, q)) if name_param else ""
        fn_cd = ";\n\tfilename*=%s''%s" % (charset, q)
    else:
        words = " ".join(ew(filename, charset, enc, maxlen=200))
        fn_ct = ';\n\tname="%s"' % words if name_param else ""
        fn_cd = ';\n\tfilename="%s"' % words
    head = ["Content-Type: %s%s" % (ctype, fn_ct),
            "Content-Transfer-Encoding: base64",
            "Content-Disposition: %s%s" % (disposition, fn_cd)] + list(extra_headers)
    return ("\n".join(head) + "\n\n").encode("ascii") + b64_lines(data).encode("ascii") + b"\n"


def multipart(subtype, boundary, parts, preamble=None, params=""):
    """Return (content-type header value, body bytes)."""
    out = b""
    if preamble:
        out += preamble.encode("ascii") + b"\n\n"
    for p in parts:
        out += ("--%s\n" % boundary).encode("ascii") + p + b"\n"
    out += ("--%s--\n" % boundary).encode("ascii")
    ct = 'multipart/%s;%s\n\tboundary="%s"' % (subtype, params, boundary)
    return ct, out


def part_from(ct, body, extra_headers=()):
    """Wrap a multipart (ct, body) as a nested part."""
    head = ["Content-Type: %s" % ct] + list(extra_headers)
    return ("\n".join(head) + "\n\n").encode("ascii") + body


# --------------------------------------------------------------------------
# messages
# --------------------------------------------------------------------------


def rfc_date(d, tz_offset_hours=8, style="std"):
    """d: naive datetime in the given offset. style: std / cst (adds (CST)) /
    zero-pad (Coremail pads the day)."""
    tz = dt.timezone(dt.timedelta(hours=tz_offset_hours))
    aware = d.replace(tzinfo=tz)
    s = format_datetime(aware)
    s = s[:5] + s[5:].lstrip("0") if s[5] == "0" else s  # most clients do not pad the day
    if style == "pad":
        s = aware.strftime("%a, %d %b %Y %H:%M:%S %z")
    elif style == "cst":
        s = s + " (CST)"
    elif style == "gmt8":
        s = s + " (GMT+08:00)"
    return s


def assemble(headers, ct, body, cte=None):
    """headers: list of header strings (already folded, without trailing NL).
    ct: Content-Type value (may be folded). body: bytes."""
    lines = [h for h in headers if h]
    if ct:
        lines.append("Content-Type: %s" % ct)
    if cte:
        lines.append("Content-Transfer-Encoding: %s" % cte)
    return ("\n".join(lines) + "\n\n").encode("ascii") + body


def server_headers(return_path, delivered_to, received):
    out = ["Return-Path: <%s>" % return_path, "Delivered-To: %s" % delivered_to]
    out.extend(received)
    return out


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_paras(text, p_style=None):
    """Plain lines -> <p> blocks (empty line -> spacer)."""
    out = []
    for line in text.split("\n"):
        if line.strip() == "":
            out.append("<p>&nbsp;</p>" if p_style is None else "<p %s>&nbsp;</p>" % p_style)
        else:
            esc = html_escape(line).replace("  ", "&nbsp; ")
            out.append("<p>%s</p>" % esc if p_style is None else "<p %s>%s</p>" % (p_style, esc))
    return "\n".join(out)


def html_divs(text):
    out = []
    for line in text.split("\n"):
        if line.strip() == "":
            out.append("<div><br></div>")
        else:
            out.append("<div>%s</div>" % html_escape(line).replace("  ", "&nbsp; "))
    return "\n".join(out)


def html_table(rows, border=1, cellpadding=4, header=True, table_attrs="", td_attrs=""):
    out = ['<table border="%d" cellspacing="0" cellpadding="%d" %s>' % (border, cellpadding, table_attrs)]
    for i, row in enumerate(rows):
        tag = "th" if (header and i == 0) else "td"
        cells = "".join("<%s %s>%s</%s>" % (tag, td_attrs, html_escape(c).replace("\n", "<br>"), tag)
                        for c in row)
        out.append("<tr>%s</tr>" % cells)
    out.append("</table>")
    return "\n".join(out)


def tsv(rows):
    return "\n".join("\t".join(c.replace("\n", " ") for c in r) for r in rows)

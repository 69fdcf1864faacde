"""Shared helpers for the heldout70 generator: people, due-date rules, MIME writing, client headers."""
import base64
import calendar
import datetime as dt
import hashlib
import html as htmlmod
import quopri
import re
from email.utils import format_datetime, parsedate_to_datetime
from zoneinfo import ZoneInfo

import chinese_calendar as cc

SH = ZoneInfo("Asia/Shanghai")

# ----------------------------------------------------------------------------------------------- people
class Person:
    def __init__(self, name, email, dept, mgr, aliases):
        self.name, self.email, self.dept, self.mgr, self.aliases = name, email, dept, mgr, aliases


PEOPLE = {}
ROSTER = []


def person(name, email, dept, mgr="", aliases=""):
    p = Person(name, email, dept, mgr, aliases)
    PEOPLE[name] = p
    ROSTER.append(p)
    return p


# ----------------------------------------------------------------------------------------------- due rules
def D(kind, *args, time=None):
    """A due/next-meeting rule resolved later against the message's own Date header (Asia/Shanghai)."""
    return {"k": kind, "a": args, "t": time}


WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}


def _wkday(a):
    return WD[a] if isinstance(a, str) else a


def workdays_after(d, n):
    cur, left = d, n
    while left:
        cur += dt.timedelta(days=1)
        if cc.is_workday(cur):
            left -= 1
    return cur


def holiday_block(d, name=None):
    """First statutory-holiday block (list of dates) that contains d or starts after it (optionally by name)."""
    cur = d
    for _ in range(400):
        is_h, hname = cc.get_holiday_detail(cur)
        if is_h and hname and (name is None or name in hname):
            block = [cur]
            while True:
                nxt = block[-1] + dt.timedelta(days=1)
                h2, n2 = cc.get_holiday_detail(nxt)
                if h2 and n2 == hname:
                    block.append(nxt)
                else:
                    break
            # extend backwards if d is inside the block
            while True:
                prv = block[0] - dt.timedelta(days=1)
                h2, n2 = cc.get_holiday_detail(prv)
                if h2 and n2 == hname:
                    block.insert(0, prv)
                else:
                    break
            return block
        cur += dt.timedelta(days=1)
    raise ValueError("no holiday block")


def resolve(spec, sent):
    """spec from D(); sent: aware datetime. Returns (date_iso|None, time|None)."""
    s = sent.astimezone(SH)
    d0 = s.date()
    k, a, t = spec["k"], spec["a"], spec["t"]
    if k in ("vague", "none"):
        return None, None
    if k == "abs":
        day = dt.date(*a) if len(a) == 3 else dt.date(d0.year, a[0], a[1])
    elif k == "today":
        day = d0
    elif k == "plus":
        day = d0 + dt.timedelta(days=a[0])
    elif k == "wd":
        day = workdays_after(d0, a[0])
    elif k == "wk":  # bare weekday: next such day after the send day (never the send day itself here)
        w = _wkday(a[0])
        if w == d0.weekday():
            raise ValueError("bare weekday equal to send day is ambiguous between the two rule sets")
        day = d0 + dt.timedelta(days=(w - d0.weekday()) % 7)
    elif k == "thiswk":
        w = _wkday(a[0])
        day = d0 + dt.timedelta(days=w - d0.weekday())
        if day < d0:
            raise ValueError("本周X already past")
    elif k == "nextwk":
        day = d0 + dt.timedelta(days=7 - d0.weekday() + _wkday(a[0]))
    elif k == "weekend":  # 本周内 -> Sunday of this Mon-Sun week
        day = d0 + dt.timedelta(days=6 - d0.weekday())
    elif k == "monthend":
        y, m = (d0.year, a[0]) if a else (d0.year, d0.month)
        day = dt.date(y, m, calendar.monthrange(y, m)[1])
    elif k == "mid":  # X月中旬 -> 20th
        day = dt.date(d0.year, a[0], 20)
    elif k == "hours":
        e = s + dt.timedelta(hours=a[0])
        return e.date().isoformat(), e.strftime("%H:%M")
    elif k == "after_hol":
        blk = holiday_block(d0, a[0] if a else None)
        day = workdays_after(blk[-1], 1)
    elif k == "before_hol":
        blk = holiday_block(d0, a[0] if a else None)
        day = blk[0] - dt.timedelta(days=1)
        while not cc.is_workday(day):
            day -= dt.timedelta(days=1)
    else:
        raise ValueError(k)
    return day.isoformat(), t


# ----------------------------------------------------------------------------------------------- items
class Item:
    def __init__(self, owner, task, due, dt_text=None, src=None):
        self.owner, self.task, self.due, self.dt_text, self.src = owner, task, due, dt_text, src


def I(owner, task, due, dt_text=None, src=None):
    """owner: roster name | ('ext', name, email) | ('dept', dept_or_None)."""
    return Item(owner, task, due, dt_text, src)


def gold_item(it, sent):
    o = it.owner
    if isinstance(o, str):
        p = PEOPLE[o]
        name, email, dept = p.name, p.email, p.dept
    elif o[0] == "ext":
        name, email, dept = o[1], o[2], None
    else:
        name, email, dept = None, None, o[1]
    date, time = resolve(it.due, sent)
    flags = []
    if it.due["k"] == "vague":
        flags.append("vague_due")
    if name is None:
        flags.append("no_owner")
    if it.due["k"] == "none":
        flags.append("no_due")
    return {"owner_name": name, "owner_email": email, "department": dept, "task": it.task,
            "due_date": date, "due_time": time, "flags": sorted(flags)}


# ----------------------------------------------------------------------------------------------- encoders
def seedhex(*parts, n=16):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


def b64lines(data, width=76):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + width] for i in range(0, len(s), width))


def qp(data):
    out = quopri.encodestring(data.replace(b"\r\n", b"\n"), quotetabs=False).decode("ascii")
    return out


def encw(s, charset="utf-8", enc="B", maxlen=75):
    """RFC 2047 encode a header text (folded with '\\n ' between words)."""
    if all(ord(ch) < 128 for ch in s):
        return s
    words, cur = [], ""
    pre = "=?%s?%s?" % (charset, enc)

    def word(chunk):
        raw = chunk.encode(charset)
        if enc.upper() == "B":
            body = base64.b64encode(raw).decode()
        else:
            body = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else "=%02X" % b
                           for b in raw)
        return pre + body + "?="

    for ch in s:
        if len(word(cur + ch)) > maxlen:
            words.append(word(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(word(cur))
    return "\n ".join(words)


def addr(name, email, charset="utf-8", enc="B", quote=True):
    if not name:
        return "<%s>" % email if quote else email
    if all(ord(ch) < 128 for ch in name):
        if re.search(r"[^\w\s.\-]", name) or " " in name:
            return '"%s" <%s>' % (name.replace('"', ""), email)
        return "%s <%s>" % (name, email)
    return "%s <%s>" % (encw(name, charset, enc), email)


def addrlist(people, charset="utf-8", enc="B", sep=",\n "):
    out = []
    for p in people:
        if isinstance(p, Person):
            out.append(addr(p.name, p.email, charset, enc))
        elif isinstance(p, tuple):
            out.append(addr(p[0], p[1], charset, enc))
        else:
            out.append(p)
    return sep.join(out)


# ----------------------------------------------------------------------------------------------- MIME parts
class Part:
    def __init__(self, ctype, params=None, body=None, cte=None, children=None, headers=None, preamble=None):
        self.ctype, self.params, self.body, self.cte = ctype, params or {}, body, cte
        self.children, self.headers, self.preamble = children or [], headers or [], preamble


def text_part(text, charset="utf-8", cte="base64", sub="plain", extra_params=None):
    raw = text.replace("\r\n", "\n").encode(charset)
    if cte == "base64":
        body = b64lines(raw.replace(b"\n", b"\r\n"))
    elif cte == "quoted-printable":
        body = qp(raw)
    elif cte in ("8bit", "7bit"):
        body = raw.decode(charset if cte == "8bit" else "ascii")
    else:
        raise ValueError(cte)
    params = {"charset": charset}
    params.update(extra_params or {})
    return Part("text/" + sub, params, body, cte)


def html_part(html, charset="utf-8", cte="base64"):
    return text_part(html, charset, cte, sub="html")


def multi(sub, boundary, children, preamble=None, params=None):
    p = {"boundary": boundary}
    p.update(params or {})
    return Part("multipart/" + sub, p, children=children, preamble=preamble)


def attach(data, ctype, filename, disp="attachment", fname_enc=None, extra_headers=None, rfc2231=None):
    """rfc2231=charset writes name*/filename* (RFC 2231); fname_enc gives a literal (e.g. RFC 2047) value."""
    if rfc2231:
        from urllib.parse import quote
        v = "%s''%s" % (rfc2231, quote(filename.encode(rfc2231), safe=""))
        headers = ["Content-Disposition: %s;\n filename*=%s" % (disp, v)] + (extra_headers or [])
        return Part(ctype, {"name*": v}, b64lines(data), "base64", headers=headers)
    fn = fname_enc or filename
    headers = ['Content-Disposition: %s;\n filename="%s"' % (disp, fn)] + (extra_headers or [])
    return Part(ctype, {"name": fn}, b64lines(data), "base64", headers=headers)


def raw_part(ctype, body, params=None, cte=None, headers=None):
    return Part(ctype, params or {}, body, cte, headers=headers)


def _params(params):
    out = ""
    for k, v in params.items():
        out += ';\n\t%s="%s"' % (k, v) if k == "boundary" else ';\n\t%s=%s' % (k, v) if k.endswith("*") else '; %s=%s' % (k, v if re.fullmatch(r"[\w.\-]+", v) else '"%s"' % v)
    return out


def render_part(p):
    lines = ["Content-Type: %s%s" % (p.ctype, _params(p.params))]
    if p.cte:
        lines.append("Content-Transfer-Encoding: %s" % p.cte)
    lines += p.headers
    return "\n".join(lines) + "\n\n" + render_body(p)


def render_body(p):
    if p.children:
        b = p.params["boundary"]
        out = (p.preamble + "\n\n") if p.preamble else ""
        for ch in p.children:
            out += "--%s\n%s\n" % (b, render_part(ch).rstrip("\n") + "\n")
        out += "--%s--\n" % b
        return out
    body = p.body
    return body if body.endswith("\n") else body + "\n"


def message(headers, root):
    """headers: list of 'Name: value' strings (value may contain '\\n ' folds). Returns CRLF bytes."""
    head = "\n".join(headers)
    part = render_part(root)
    text = head + "\n" + part
    assert "\r" not in text
    return text.replace("\n", "\r\n").encode("utf-8")


# ----------------------------------------------------------------------------------------------- html helpers
def esc(s):
    return htmlmod.escape(s, quote=False)


def html_table(rows, header=True, attrs='border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse"',
               cell_style=""):
    out = ["<table %s>" % attrs]
    for i, r in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        cells = "".join("<%s%s>%s</%s>" % (tag, (' style="%s"' % cell_style) if cell_style else "",
                                          esc(c).replace("\n", "<br>"), tag) for c in r)
        out.append("<tr>%s</tr>" % cells)
    out.append("</table>")
    return "\n".join(out)


def paras(text, tag="div"):
    out = []
    for line in text.split("\n"):
        out.append("<%s>%s</%s>" % (tag, esc(line) if line.strip() else "<br>", tag))
    return "\n".join(out)


def outlook_html(inner, charset="utf-8", lang="ZH-CN"):
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; "
            "charset=%s\">\n<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n<style><!--\n"
            "/* Font Definitions */\n@font-face\n\t{font-family:\\7B49\\7EBF;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n"
            "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\ttext-align:justify;\n\tfont-size:10.5pt;\n"
            "\tfont-family:\\7B49\\7EBF;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n--></style>\n</head>\n"
            "<body lang=\"%s\" link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word;text-justify-trim:punctuation\">\n"
            "<div class=\"WordSection1\">\n%s\n</div>\n</body>\n</html>\n") % (charset, lang, inner)


def mso_paras(text):
    out = []
    for line in text.split("\n"):
        body = esc(line) if line.strip() else "<o:p>&nbsp;</o:p>"
        out.append("<p class=\"MsoNormal\"><span lang=\"EN-US\">%s</span><o:p></o:p></p>" % body if line.strip()
                   else "<p class=\"MsoNormal\"><span lang=\"EN-US\"><o:p>&nbsp;</o:p></span></p>")
    return "\n".join(out)


def simple_html(inner, charset="utf-8", style="font-family:微软雅黑;font-size:14px"):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%s\"></head>"
            "<body><div style=\"%s\">\n%s\n</div></body></html>\n") % (charset, style, inner)


def strip_html(h):
    h = re.sub(r"(?is)<(style|script|head)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|li|h\d)>", "\n", h)
    h = re.sub(r"(?i)</t[dh]>", "\t", h)
    h = re.sub(r"<[^>]+>", "", h)
    return htmlmod.unescape(h)


# ----------------------------------------------------------------------------------------------- dates & ids
def date_hdr(s):
    """'2026-04-28 16:42:10 +0800' -> RFC 5322 date string."""
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")
    return format_datetime(d)


def parse_date(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def received(by_host, from_host, ip, sent, mta="Postfix", rcpt=None, lag=3, qid=None):
    d = parse_date(sent) + dt.timedelta(seconds=lag)
    qid = qid or seedhex(by_host, sent, n=11).upper()
    fr = "for <%s>" % rcpt if rcpt else ""
    return ("Received: from %s (unknown [%s])\n\tby %s (%s) with ESMTPS id %s\n\t%s; %s"
            % (from_host, ip, by_host, mta, qid, fr, format_datetime(d))).replace("\t; ", "\t")


def rfc_date_of(raw):
    m = re.search(rb"^Date: (.+)$", raw, re.M)
    return parsedate_to_datetime(m.group(1).decode().strip())

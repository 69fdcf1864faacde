"""Mail-building, gold and date helpers for heldout65 (stdlib + chinesecalendar)."""
import base64
import calendar
import datetime as dt
import email.utils
import hashlib
import html
import quopri

import chinese_calendar

from h65_roster import P, EXT, DEPTS, who

SH = dt.timezone(dt.timedelta(hours=8))
CODEC = {"gb2312": "gb2312", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8",
         "us-ascii": "ascii", "iso-8859-1": "latin-1", "windows-1252": "cp1252"}


def codec(cs):
    return CODEC[cs.lower()]


# ---------------------------------------------------------------- dates
def T(s, off=8):
    """'2026-04-14 16:20:31' in a UTC offset (hours) -> aware datetime."""
    tz = dt.timezone(dt.timedelta(hours=off))
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def rfc_date(t):
    return email.utils.format_datetime(t)


def is_workday(d):
    return chinese_calendar.is_workday(d)


def add_workdays(d, n):
    while n:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n -= 1
    return d


def holiday_block(d):
    """first and last day of the off-block that contains (or starts after) date d."""
    while is_workday(d):
        d += dt.timedelta(days=1)
    a = d
    while not is_workday(a - dt.timedelta(days=1)):
        a -= dt.timedelta(days=1)
    b = d
    while not is_workday(b + dt.timedelta(days=1)):
        b += dt.timedelta(days=1)
    return a, b


def resolve(rule, sent):
    """Resolve a rule against the send instant (converted to Shanghai). -> (date iso | None, time | None)."""
    t = sent.astimezone(SH)
    d = t.date()
    if rule is None or rule[0] == "vague":
        return None, None
    k, a = rule[0], rule[1:]
    if k == "abs":
        return a[0], None
    if k == "today":
        r = d
    elif k == "tomorrow":
        r = d + dt.timedelta(days=1)
    elif k == "days":
        r = d + dt.timedelta(days=a[0])
    elif k == "wd":            # bare weekday: nearest on or after the send date (corpus rule)
        r = d + dt.timedelta(days=(a[0] - d.weekday()) % 7)
    elif k == "this":          # 本周X: that day in this Mon-Sun week
        r = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=a[0])
    elif k == "next":          # 下周X / next X: that day of the following week
        r = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=7 + a[0])
    elif k == "work":          # N个工作日内
        r = add_workdays(d, a[0])
    elif k == "hours":
        e = t + dt.timedelta(hours=a[0])
        return e.date().isoformat(), e.strftime("%H:%M")
    elif k == "monthend":
        r = d.replace(day=calendar.monthrange(d.year, d.month)[1])
    elif k == "weekend":       # 本周内 -> Sunday of this week (date-phrases.tsv)
        r = d + dt.timedelta(days=6 - d.weekday())
    elif k == "before_hol":    # X节前: last working day before the block containing a[0]
        s, _ = holiday_block(dt.date.fromisoformat(a[0]))
        r = s - dt.timedelta(days=1)
        while not is_workday(r):
            r -= dt.timedelta(days=1)
    elif k == "after_hol":     # 节后 / 节后第一个工作日
        _, e = holiday_block(dt.date.fromisoformat(a[0]))
        r = add_workdays(e, 1)
    elif k == "tz":            # a local time in another zone: ('tz', '2026-05-07 08:00', -5)
        e = dt.datetime.strptime(a[0], "%Y-%m-%d %H:%M").replace(
            tzinfo=dt.timezone(dt.timedelta(hours=a[1]))).astimezone(SH)
        return e.date().isoformat(), e.strftime("%H:%M")
    else:
        raise ValueError(rule)
    return r.isoformat(), None


# ---------------------------------------------------------------- gold
class I:
    """One gold item. owner: roster name | EXT key | ('dept', 名称) | None."""

    def __init__(self, owner, task, due, rule=None, time=None, flags=None):
        self.owner, self.task, self.due, self.rule, self.time = owner, task, due, rule, time
        if flags is None:
            flags = []
            if owner is None or isinstance(owner, tuple):
                flags.append("no_owner")
            if rule is not None and rule[0] == "vague":
                flags.append("vague_due")
            if rule is None:
                flags.append("no_due")
        self.flags = flags

    def gold(self):
        o = self.owner
        if o is None:
            name = email = dept = None
        elif isinstance(o, tuple):
            name = email = None
            dept = o[1] if o[1] in DEPTS else None
        elif o in P:
            name, email, dept = o, P[o]["email"], P[o]["department"]
        else:
            name, email = EXT[o]
            dept = None
        return {"owner_name": name, "owner_email": email, "department": dept, "task": self.task,
                "due_date": self.due, "due_time": self.time, "flags": list(self.flags)}


class F:
    def __init__(self, date, time=None, rule=None):
        self.date, self.time, self.rule = date, time, rule or ("abs", date)

    def gold(self):
        return {"date": self.date, "time": self.time}


# ---------------------------------------------------------------- headers
def _q_bytes(b):
    out = []
    for c in b:
        ch = chr(c)
        if c < 128 and ch.isalnum():
            out.append(ch)
        elif c == 32:
            out.append("_")
        else:
            out.append("=%02X" % c)
    return "".join(out)


def ew(s, cs="utf-8", mode="B", sep="\n "):
    """RFC 2047 encoded words (each <= 75 chars), folded with sep. ASCII text is returned as is."""
    if all(ord(c) < 128 for c in s):
        return s

    def word(x):
        b = x.encode(codec(cs))
        p = base64.b64encode(b).decode() if mode == "B" else _q_bytes(b)
        return f"=?{cs}?{mode}?{p}?="
    words, cur = [], ""
    for ch in s:
        if cur and len(word(cur + ch)) > 75:
            words.append(word(cur))
            cur = ch
        else:
            cur += ch
    words.append(word(cur))
    return sep.join(words)


def addr(key_or_pair, cs="utf-8", mode="B", quote=True):
    name, mail = who(key_or_pair) if isinstance(key_or_pair, str) else key_or_pair
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{mail}>' if quote else f"{name} <{mail}>"
    enc = ew(name, cs, mode, sep=" ")
    return f'"{enc}" <{mail}>' if quote else f"{enc} <{mail}>"


def addrs(keys, cs="utf-8", mode="B", quote=True, sep=",\n\t"):
    return sep.join(addr(k, cs, mode, quote) for k in keys)


def hx(seed, n=16):
    return hashlib.sha1(str(seed).encode()).hexdigest()[:n]


def received(t, helo, ip, host, rcpt, seed, by_ip=None):
    tt = rfc_date(t.astimezone(SH) + dt.timedelta(seconds=3))
    return ("Received", f"from {helo} (unknown [{ip}])\n\tby {host} (Postfix) with ESMTPS id {hx(seed, 11).upper()}\n"
                        f"\tfor <{rcpt}>; {tt} (CST)")


def head(pairs):
    return "".join(f"{k}: {v}\n" for k, v in pairs).encode("ascii")


# ---------------------------------------------------------------- MIME
def encode_body(raw, cte):
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    return raw


def leaf(ctype, text=None, cs=None, cte="base64", data=None, params="", extra=(), cs_quote=True):
    raw = text.encode(codec(cs)) if text is not None else data
    ct = f"Content-Type: {ctype}"
    if cs:
        ct += f'; charset="{cs}"' if cs_quote else f"; charset={cs}"
    ct += params
    hdr = [ct, f"Content-Transfer-Encoding: {cte}", *extra]
    body = encode_body(raw, cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return ("\n".join(hdr) + "\n\n").encode("ascii") + body


def multi(subtype, parts, boundary, params="", preamble=None):
    out = f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"{params}\n\n'.encode()
    if preamble:
        out += preamble.encode() + b"\n"
    for p in parts:
        out += b"--" + boundary.encode() + b"\n" + p.rstrip(b"\n") + b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return out


def message(pairs, body):
    return head(pairs) + body


def attachment(mime, data, filename, style="2231", inline=False):
    if style == "2231":
        from urllib.parse import quote
        fn = f"filename*=utf-8''{quote(filename)}"
        nm = f"name*=utf-8''{quote(filename)}"
    else:                      # RFC 2047 in quotes, as Outlook/Foxmail/Gmail write it
        fn = f'filename="{ew(filename, style, "B", sep=" ")}"'
        nm = f'name="{ew(filename, style, "B", sep=" ")}"'
    disp = "inline" if inline else "attachment"
    return leaf(mime, data=data, cte="base64", params=f";\n\t{nm}", extra=(f"Content-Disposition: {disp};\n\t{fn}",))


# ---------------------------------------------------------------- bodies
def esc(s):
    return html.escape(s, quote=False)


def text_table(rows, sep="\t"):
    return "\n".join(sep.join(c for c in r) for r in rows)


def html_table(rows, style="border-collapse:collapse", cell="border:1px solid #999;padding:4px 6px", head=True):
    out = [f'<table border="1" cellspacing="0" cellpadding="0" style="{style}">']
    for i, r in enumerate(rows):
        tag = "th" if head and i == 0 else "td"
        out.append("<tr>" + "".join(f'<{tag} style="{cell}">{esc(c).replace(chr(10), "<br>")}</{tag}>' for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def html_paras(text, tag="div", style=""):
    st = f' style="{style}"' if style else ""
    out = []
    for line in text.split("\n"):
        out.append(f"<{tag}{st}>{esc(line) if line.strip() else '<br>'}</{tag}>")
    return "\n".join(out)


def outlook_html(inner, cs="gb2312", font="等线"):
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
            f'<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            f'/* Font Definitions */\n@font-face\n\t{{font-family:{font};}}\n'
            f'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;text-align:justify;font-size:10.5pt;'
            f'font-family:{font};}}\n.MsoChpDefault\n\t{{mso-style-type:export-only;}}\n'
            f'div.WordSection1\n\t{{page:WordSection1;}}\n--></style>\n</head>\n'
            f'<body lang="ZH-CN" link="#0563C1" vlink="#954F72" style="word-wrap:break-word;text-justify-trim:punctuation">\n'
            f'<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n')


def mso_p(text):
    if not text.strip():
        return '<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>'
    return f'<p class="MsoNormal">{esc(text)}<span lang="EN-US"><o:p></o:p></span></p>'


def mso_table(rows):
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
           'style="border-collapse:collapse;border:none">']
    for r in rows:
        out.append("<tr>" + "".join(
            f'<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
            + "".join(mso_p(x) for x in c.split("\n")) + "</td>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def flowed(text, width=72):
    """format=flowed: wrap long lines at spaces, soft breaks keep a trailing space."""
    out = []
    for line in text.split("\n"):
        while len(line) > width and " " in line[:width]:
            cut = line.rfind(" ", 0, width)
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line.rstrip(" "))
    return "\n".join(out)


# ---------------------------------------------------------------- registry
CASES = []


def case(num, slug, kind, what):
    def deco(fn):
        CASES.append({"num": num, "slug": slug, "kind": kind, "what": what, "fn": fn})
        return fn
    return deco


def fixed_zip(data, when=(2026, 1, 1, 0, 0, 0)):
    """Re-pack a zip (docx) with fixed member timestamps so the bytes are deterministic."""
    import io
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def make_docx(paragraphs_and_tables, when):
    """paragraphs_and_tables: list of str | ('h', str) | ('table', rows). when: datetime for core props."""
    import io
    import docx
    d = docx.Document()
    for b in paragraphs_and_tables:
        if isinstance(b, str):
            d.add_paragraph(b)
        elif b[0] == "h":
            d.add_heading(b[1], level=1)
        elif b[0] == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
    cp = d.core_properties
    naive = when.replace(tzinfo=None)
    cp.created = naive
    cp.modified = naive
    cp.last_modified_by = ""
    cp.author = ""
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue(), when.timetuple()[:6])


def make_pdf(title, lines, table=None):
    """Small English PDF with reportlab (invariant mode => deterministic bytes)."""
    import io
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    y = 800
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, title)
    y -= 24
    c.setFont("Helvetica", 10)
    for ln in lines:
        c.drawString(50, y, ln)
        y -= 15
    if table:
        y -= 6
        widths = table[0]
        for r_i, row in enumerate(table[1:]):
            x = 50
            c.setFont("Helvetica-Bold" if r_i == 0 else "Helvetica", 9.5)
            for w, cell in zip(widths, row):
                c.drawString(x + 3, y, cell)
                x += w
            y -= 15
    c.showPage()
    c.save()
    return buf.getvalue()


def deliver(rcpt, sender, t, seed, helo, ip, host=None):
    """Return-Path / Delivered-To / Received lines the receiving server prepends."""
    host = host or "mx." + rcpt.split("@")[1]
    return [("Return-Path", f"<{sender}>"), ("Delivered-To", rcpt), received(t, helo, ip, host, rcpt, seed)]


def msgid_outlook(seed, dom):
    h = hx(seed, 24)
    return f"<000001{h[:2]}{h[2:12]}${h[12:20]}${h[20:24]}c0@{dom}>"


def thread_index(seed):
    return base64.b64encode(hashlib.sha1(str(seed).encode()).digest()[:22]).decode()

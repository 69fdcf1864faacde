"""heldout57 helpers: calendar rules, gold builders, raw MIME construction (deterministic)."""
import base64, datetime as dt, hashlib, html, io, quopri, re, zipfile
import chinese_calendar as cc

TZ8 = dt.timezone(dt.timedelta(hours=8))

# ---------------------------------------------------------------- calendar rules
def sh(t):
    return t.astimezone(TZ8)

def is_work(d):
    return cc.is_workday(d)

def add_workdays(d0, n):
    d, k = d0, 0
    while k < n:
        d += dt.timedelta(1)
        if is_work(d):
            k += 1
    return d

def weekday_rule(d0, wd):
    """corpus README: on or after the send date in this week, else next week's."""
    delta = wd - d0.weekday()
    return d0 + dt.timedelta(delta if delta >= 0 else delta + 7)

def next_week(d0, wd):
    monday = d0 - dt.timedelta(d0.weekday()) + dt.timedelta(7)
    return monday + dt.timedelta(wd)

def month_end(y, m):
    nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
    return nxt - dt.timedelta(1)

def holiday_block(d0, name):
    """first day of the next statutory holiday block named `name` on/after d0."""
    d = d0
    for _ in range(400):
        on, nm = cc.get_holiday_detail(d)
        if on and nm == name and not cc.is_workday(d):
            return d
        d += dt.timedelta(1)
    raise ValueError(name)

def before_holiday(d0, name):
    d = holiday_block(d0, name) - dt.timedelta(1)
    while not is_work(d):
        d -= dt.timedelta(1)
    return d

def after_holiday(d0, name):
    d = holiday_block(d0, name)
    while not is_work(d):
        d += dt.timedelta(1)
    return d

def resolve(rule, sent):
    """rule tuple -> (date iso or None, time or None). sent: aware datetime."""
    s = sh(sent)
    d0 = s.date()
    kind, *a = rule
    t = None
    if kind == "md":            # ("md", m, d[, time])
        d = dt.date(d0.year, a[0], a[1]); t = a[2] if len(a) > 2 else None
    elif kind == "ymd":
        d = dt.date(a[0], a[1], a[2]); t = a[3] if len(a) > 3 else None
    elif kind == "wk":          # bare weekday, 0=Mon
        d = weekday_rule(d0, a[0]); t = a[1] if len(a) > 1 else None
    elif kind == "nw":          # 下周X / next X
        d = next_week(d0, a[0]); t = a[1] if len(a) > 1 else None
    elif kind == "tw":          # 本周X (this week, even if past)
        d = d0 - dt.timedelta(d0.weekday()) + dt.timedelta(a[0]); t = a[1] if len(a) > 1 else None
    elif kind == "days":        # today(0)/明天(1)/后天(2)/N天内
        d = d0 + dt.timedelta(a[0]); t = a[1] if len(a) > 1 else None
    elif kind == "wd":          # N个工作日内
        d = add_workdays(d0, a[0]); t = a[1] if len(a) > 1 else None
    elif kind == "hours":
        e = s + dt.timedelta(hours=a[0]); d = e.date(); t = e.strftime("%H:%M")
    elif kind == "me":          # this month end / 月底
        d = month_end(d0.year, d0.month)
    elif kind == "me_m":        # given month end
        d = month_end(d0.year, a[0])
    elif kind == "nm5":         # 下月初 -> 5th
        y, m = (d0.year + 1, 1) if d0.month == 12 else (d0.year, d0.month + 1)
        d = dt.date(y, m, 5)
    elif kind == "qe":          # quarter end
        q = (d0.month - 1) // 3
        d = month_end(d0.year, q * 3 + 3)
    elif kind == "bh":          # 节前 = last workday before holiday block
        d = before_holiday(d0, a[0]); t = a[1] if len(a) > 1 else None
    elif kind == "ah":          # 节后第一个工作日
        d = after_holiday(d0, a[0]); t = a[1] if len(a) > 1 else None
    elif kind == "weekend":     # 本周内 -> Sunday of this week
        d = d0 + dt.timedelta(6 - d0.weekday())
    else:
        raise ValueError(rule)
    return d.isoformat(), t

# ---------------------------------------------------------------- people / gold
ROSTER = {}      # key -> dict(name,email,department,manager_email,aliases)

def person(key, name, email, dept, manager="", aliases=""):
    ROSTER[key] = dict(name=name, email=email, department=dept, manager_email=manager, aliases=aliases)

def I(owner, task, due=None, time=None, flags=(), rule=None, dept=None):
    """owner: roster key, ('ext', name, email) or None."""
    if owner is None:
        on, oe, od = None, None, dept
    elif isinstance(owner, tuple):
        on, oe, od = owner[1], owner[2], dept
    else:
        p = ROSTER[owner]; on, oe, od = p["name"], p["email"], p["department"]
    fl = list(flags)
    if owner is None and "no_owner" not in fl:
        fl.append("no_owner")
    if due is None and "vague_due" not in fl and "no_due" not in fl:
        fl.append("no_due")
    order = ["vague_due", "no_owner", "no_due"]
    fl = sorted(set(fl), key=order.index)
    return {"owner_name": on, "owner_email": oe, "department": od, "task": task,
            "due_date": due, "due_time": time, "flags": fl, "_rule": rule}

def FU(date, time=None, rule=None):
    return {"date": date, "time": time, "_rule": rule}

# ---------------------------------------------------------------- header encoding
def _hash(seed, n=16):
    return hashlib.sha1(str(seed).encode()).hexdigest()[:n]

def is_ascii(s):
    return all(ord(c) < 128 for c in s)

def ew(text, cs="utf-8", mode="B", maxlen=60):
    """RFC 2047 encoded words, split on characters, joined by folding."""
    if is_ascii(text):
        return text
    words, cur = [], ""
    for ch in text:
        trial = cur + ch
        if len(base64.b64encode(trial.encode(cs))) > maxlen and cur:
            words.append(cur); cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(cs)
        if mode == "B":
            out.append("=?%s?B?%s?=" % (cs, base64.b64encode(b).decode()))
        else:
            q = "".join(chr(c) if (chr(c).isalnum() and c < 128) else "=%02X" % c for c in b)
            out.append("=?%s?Q?%s?=" % (cs, q))
    return "\n ".join(out)

def addr(name, email, cs="utf-8", mode="B", quote=False):
    if not name:
        return "<%s>" % email if quote else email
    if is_ascii(name):
        if re.search(r'[(),.:;<>@\[\]"\']', name) or quote:
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return "%s <%s>" % (name, email)
    enc = ew(name, cs, mode)
    if quote:
        enc = '"%s"' % enc
    return "%s <%s>" % (enc, email)

def addrs(people, cs="utf-8", mode="B", quote=False, sep=",\n\t"):
    return sep.join(addr(n, e, cs, mode, quote) for n, e in people)

def rfc_date(t):
    return t.strftime("%a, %d %b %Y %H:%M:%S ") + t.strftime("%z")

# ---------------------------------------------------------------- MIME leaves
def b64(data):
    return base64.encodebytes(data).decode()

def qp(data):
    return quopri.encodestring(data).decode()

def leaf(ctype, text=None, cs=None, cte="base64", data=None, params="", headers=()):
    if data is None:
        data = text.encode(cs)
    ct = ctype
    if cs:
        ct += '; charset="%s"' % cs if not params.startswith("!") else "; charset=%s" % cs
    if params:
        ct += params.lstrip("!")
    h = ["Content-Type: " + ct]
    h += list(headers)
    h.append("Content-Transfer-Encoding: " + cte)
    if cte == "base64":
        body = b64(data)
    elif cte == "quoted-printable":
        body = qp(data)
    else:
        body = data.decode(cs or "ascii")
        if not body.endswith("\n"):
            body += "\n"
    return "\n".join(h) + "\n\n" + body

def multi(subtype, parts, boundary, preamble=None, params=""):
    h = 'Content-Type: multipart/%s;\n\tboundary="%s"%s\n\n' % (subtype, boundary, params)
    s = h
    if preamble:
        s += preamble + "\n"
    for p in parts:
        s += "--%s\n%s" % (boundary, p if p.endswith("\n") else p + "\n")
    s += "--%s--\n" % boundary
    return s

def attach(filename, data, ctype, style="2231"):
    if not is_ascii(filename):
        from urllib.parse import quote as uq
        fn = "filename*=utf-8''" + uq(filename)
        nm = "name*=utf-8''" + uq(filename)
    else:
        e = ew(filename, "utf-8" if style != "gbk" else "gbk")
        fn = 'filename="%s"' % e
        nm = 'name="%s"' % e
    h = ["Content-Type: %s;\n\t%s" % (ctype, nm),
         "Content-Disposition: attachment;\n\t%s" % fn]
    return "\n".join(h) + "\nContent-Transfer-Encoding: base64\n\n" + b64(data)

# ---------------------------------------------------------------- body rendering
def T(rows):
    return ("table", rows)

def to_text(blocks):
    out = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            for r in b[1]:
                out.append("\t".join(r))
        else:
            out.append(b)
    return "\n".join(out) + "\n"

def _h(s):
    return html.escape(s, quote=False)

def to_html(blocks, flavour="plain", cs="utf-8"):
    inner = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            rows = b[1]
            if flavour == "outlook":
                t = ['<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style=\'border-collapse:collapse;border:none\'>']
                for i, r in enumerate(rows):
                    t.append("<tr>" + "".join(
                        "<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                        "<p class=MsoNormal>%s%s%s<span lang=EN-US><o:p></o:p></span></p></td>" % (
                            "<b>" if i == 0 else "", _h(c), "</b>" if i == 0 else "") for c in r) + "</tr>")
                t.append("</table>")
            elif flavour == "excel":
                t = ['<table border=0 cellpadding=0 cellspacing=0 width=860 style=\'border-collapse:collapse;width:645pt\'>',
                     " <col width=48 style='width:36pt'>"]
                for i, r in enumerate(rows):
                    t.append(" <tr height=19 style='height:14.25pt'>" + "".join(
                        "<td class=xl%d style='border:.5pt solid windowtext'>%s</td>" % (66 if i == 0 else 67, _h(c) or "&nbsp;")
                        for c in r) + "</tr>")
                t.append("</table>")
            else:
                t = ['<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:14px">']
                for i, r in enumerate(rows):
                    tag = "th" if i == 0 else "td"
                    t.append("<tr>" + "".join("<%s>%s</%s>" % (tag, _h(c), tag) for c in r) + "</tr>")
                t.append("</table>")
            inner.append("\n".join(t))
        elif flavour == "outlook":
            inner.append("<p class=MsoNormal>%s<span lang=EN-US><o:p></o:p></span></p>" % (_h(b) if b else "<span lang=EN-US><o:p>&nbsp;</o:p></span>"))
        elif flavour == "gmail":
            inner.append("<div>%s</div>" % (_h(b) if b else "<br>"))
        else:
            inner.append("<div>%s</div>" % (_h(b) if b else "<br>"))
    body = "\n".join(inner)
    if flavour in ("outlook", "excel"):
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%s">'
                '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
                '@font-face {font-family:DengXian;}\np.MsoNormal {margin:0cm;text-align:justify;font-size:10.5pt;font-family:DengXian;}\n'
                '.xl66 {font-weight:700;background:#D9E1F2;} .xl67 {mso-number-format:"\\@";}\n'
                '--></style></head><body lang=ZH-CN link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word;text-justify-trim:punctuation\'>'
                '<div class=WordSection1>\n%s\n</div></body></html>\n' % (cs, body))
    if flavour == "gmail":
        return '<div dir="ltr">%s</div>\n' % body
    if flavour == "foxmail":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"><style>body { line-height: 1.5; }'
                'blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em; }body { font-size: 14px; '
                'font-family: "Microsoft YaHei UI"; color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>\n%s\n'
                '</body></html>\n' % (cs, body))
    if flavour == "coremail":
        return ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s</div><br><br>'
                '<span title="neteasefooter"><p>&nbsp;</p></span>\n' % body)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
            '<body>\n<div style="font-size:14px;font-family:PingFang SC,Microsoft YaHei,sans-serif">%s</div>\n</body></html>\n' % (cs, body))

# ---------------------------------------------------------------- deterministic attachments
FIXED = (2026, 1, 1, 0, 0, 0)

def fix_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()

def make_docx(paras_and_tables, author="", title=""):
    import docx
    d = docx.Document()
    cp = d.core_properties
    fixed = dt.datetime(2026, 1, 1, 0, 0, 0)
    cp.created = fixed; cp.modified = fixed; cp.last_printed = fixed
    cp.author = author; cp.last_modified_by = author; cp.title = title; cp.revision = 1
    for b in paras_and_tables:
        if isinstance(b, tuple) and b[0] == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
        elif isinstance(b, tuple) and b[0] == "h":
            d.add_heading(b[1], level=1)
        else:
            d.add_paragraph(b)
    buf = io.BytesIO()
    d.save(buf)
    return fix_zip(buf.getvalue())

def make_pdf(lines, title=""):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    try:
        pdfmetrics.getFont("STSong-Light")
    except KeyError:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setTitle(title)
    y = 800
    for ln in lines:
        size = 15 if ln.startswith("#") else 10.5
        c.setFont("STSong-Light", size)
        c.drawString(50, y, ln.lstrip("#"))
        y -= 24 if size > 11 else 17
        if y < 60:
            c.showPage(); y = 800
    c.save()
    return buf.getvalue()

# ---------------------------------------------------------------- case registry
def at(y, m, d, H, M, S=0, tz=8.0):
    return dt.datetime(y, m, d, H, M, S, tzinfo=dt.timezone(dt.timedelta(hours=tz)))

def C(n, slug, kind, raw, items=(), fu=None, notes="", tests="", org=""):
    return dict(n=n, slug=slug, kind=kind, raw=raw, items=list(items), fu=fu, notes=notes, tests=tests, org=org)

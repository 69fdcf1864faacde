"""MIME / gold helpers for heldout12 (deterministic; no clock, no randomness)."""
import base64, quopri, hashlib, json, datetime as dt, csv, io, zipfile
from email.header import Header
import chinese_calendar as ccal

TZ8 = dt.timezone(dt.timedelta(hours=8))

# ---------------------------------------------------------------- calendar
def is_workday(d):
    return ccal.is_workday(d)

def add_workdays(sent, n):
    d = sent
    while n:
        d += dt.timedelta(1)
        if is_workday(d):
            n -= 1
    return d

def this_or_next(sent, wd):          # corpus README: nearest such day on/after send date
    return sent + dt.timedelta((wd - sent.weekday()) % 7)

def next_week(sent, wd):
    return sent - dt.timedelta(sent.weekday()) + dt.timedelta(7 + wd)

def first_workday_after(d):
    d += dt.timedelta(1)
    while not is_workday(d):
        d += dt.timedelta(1)
    return d

def last_workday_before(d):
    d -= dt.timedelta(1)
    while not is_workday(d):
        d -= dt.timedelta(1)
    return d

def month_end(d):
    n = (d.replace(day=28) + dt.timedelta(4))
    return n - dt.timedelta(n.day)

def rule_date(rule, sent_dt):
    """Compute a gold date from a rule and the Shanghai send datetime."""
    s = sent_dt.astimezone(TZ8)
    sd = s.date()
    k = rule[0]
    if k == 'wd':   return add_workdays(sd, rule[1]).isoformat()
    if k == 'wk':   return this_or_next(sd, rule[1]).isoformat()
    if k == 'nw':   return next_week(sd, rule[1]).isoformat()
    if k == 'fwa':  return first_workday_after(dt.date.fromisoformat(rule[1])).isoformat()
    if k == 'lwb':  return last_workday_before(dt.date.fromisoformat(rule[1])).isoformat()
    if k == 'eom':  return month_end(sd if len(rule) == 1 else dt.date.fromisoformat(rule[1])).isoformat()
    if k == 'days': return (sd + dt.timedelta(rule[1])).isoformat()
    if k == 'today': return sd.isoformat()
    if k == 'hours':
        t = s + dt.timedelta(hours=rule[1])
        return t.date().isoformat() + ' ' + t.strftime('%H:%M')
    if k == 'abs':  # absolute date written with a weekday: verify the weekday
        d = dt.date.fromisoformat(rule[1])
        if len(rule) > 2:
            assert d.weekday() == rule[2], (rule, d.weekday())
        return d.isoformat()
    if k == 'tz':   # ('tz', 'YYYY-MM-DD HH:MM', offset_hours) -> Shanghai date time
        t = dt.datetime.fromisoformat(rule[1]).replace(tzinfo=dt.timezone(dt.timedelta(hours=rule[2])))
        t = t.astimezone(TZ8)
        return t.date().isoformat() + ' ' + t.strftime('%H:%M')
    raise ValueError(rule)

# ---------------------------------------------------------------- roster
ROSTER = []
def person(name, email, dept, mgr, aliases):
    ROSTER.append((name, email, dept, mgr, aliases))

def R(name):
    for r in ROSTER:
        if r[0] == name:
            return r
    raise KeyError(name)

def roster_csv():
    out = io.StringIO()
    w = csv.writer(out, lineterminator='\n')
    w.writerow(['name', 'email', 'department', 'manager_email', 'aliases'])
    for r in ROSTER:
        w.writerow(r)
    return out.getvalue()

# ---------------------------------------------------------------- gold
def it(owner, task, due=None, time=None, flags=(), rule=None, dept=None, email=None):
    """owner: roster name, or (name, email) outsider, or None (dept-only / nobody)."""
    if isinstance(owner, tuple):
        on, oe, od = owner[0], owner[1], None
    elif owner is None:
        on, oe, od = None, None, dept
    else:
        r = R(owner)
        on, oe, od = r[0], r[1], r[2]
    if email is not None:
        oe = email
    fl = list(flags)
    if owner is None and 'no_owner' not in fl:
        fl.insert(0, 'no_owner')
    if due is None and 'vague_due' not in fl and 'no_due' not in fl:
        fl.append('no_due')
    return {"owner_name": on, "owner_email": oe, "department": od, "task": task,
            "due_date": due, "due_time": time, "flags": fl, "_rule": rule}

def fu(date, time=None, rule=None):
    return {"date": date, "time": time, "_rule": rule}

def rep(intent, items=(), percent=None, new_due=None, rule=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due, "_rule": rule}

def clean(o):
    if isinstance(o, dict):
        return {k: clean(v) for k, v in o.items() if not k.startswith('_')}
    if isinstance(o, list):
        return [clean(x) for x in o]
    return o

def check_case(c):
    errs = []
    sent = c['date']
    def cmp(val, rule, what, tm=None):
        if rule is None:
            return
        got = rule_date(rule, sent)
        want = val if tm is None else f"{val} {tm}"
        if rule[0] in ('hours', 'tz'):
            if got != want:
                errs.append(f"{c['name']}: {what}: gold {want} != computed {got}")
        elif got != val:
            errs.append(f"{c['name']}: {what}: gold {val} != computed {got}")
    for i, x in enumerate(c['gold'].get('items', []), 1):
        if x['due_date'] is not None and x['_rule'] is None:
            errs.append(f"{c['name']}: item {i} has a date but no rule")
        cmp(x['due_date'], x['_rule'], f"item {i}", x['due_time'] if x['_rule'] and x['_rule'][0] in ('hours', 'tz') else None)
    f = c['gold'].get('next_followup')
    if f:
        if f['_rule'] is None:
            errs.append(f"{c['name']}: follow-up without rule")
        cmp(f['date'], f['_rule'], 'next_followup', f['time'] if f['_rule'] and f['_rule'][0] in ('hours', 'tz') else None)
    r = c['gold'].get('reply')
    if r and r['new_due_date']:
        cmp(r['new_due_date'], r['_rule'], 'reply.new_due_date')
    return errs

# ---------------------------------------------------------------- MIME
def h(text, cs='utf-8', mode='B'):
    try:
        text.encode('ascii')
        return text
    except UnicodeEncodeError:
        return Header(text, cs if mode == 'B' else cs).encode(maxlinelen=76) if mode == 'B' else qenc(text, cs)

def qenc(text, cs):
    b = text.encode(cs)
    out = ''.join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else '=%02X' % c for c in b)
    return f"=?{cs}?Q?{out}?="

def benc(text, cs):
    return f"=?{cs}?B?{base64.b64encode(text.encode('gbk' if cs.lower() == 'gb2312' else cs)).decode()}?="

def addr(name, email, cs='utf-8', mode='B', quote=False):
    if not name:
        return f"<{email}>" if quote else email
    try:
        name.encode('ascii')
        return f'"{name}" <{email}>' if quote or ' ' in name or ',' in name else f"{name} <{email}>"
    except UnicodeEncodeError:
        e = benc(name, cs) if mode == 'B' else qenc(name, cs)
        return f'"{e}" <{email}>' if quote else f"{e} <{email}>"

def addrs(lst, cs='utf-8', mode='B', quote=False):
    return ',\n '.join(addr(n, e, cs, mode, quote) for n, e in lst)

def subj(text, cs='utf-8', mode='B'):
    try:
        text.encode('ascii'); return text
    except UnicodeEncodeError:
        b = text.encode(cs)
        # split into chunks of whole characters
        chunks, cur = [], ''
        for ch in text:
            if len((cur + ch).encode(cs)) > 36:
                chunks.append(cur); cur = ''
            cur += ch
        chunks.append(cur)
        f = benc if mode == 'B' else qenc
        return '\n '.join(f(c, cs) for c in chunks)

def enc_body(text, cs, cte):
    # Windows clients label GBK bytes as gb2312 (code page 936); encode the way they do
    raw = text.encode('gbk' if cs.lower() == 'gb2312' else cs)
    if cte == 'base64':
        b = base64.b64encode(raw).decode()
        return '\n'.join(b[i:i + 76] for i in range(0, len(b), 76)) + '\n'
    if cte == 'quoted-printable':
        return quopri.encodestring(raw).decode('ascii')
    return raw.decode(cs, errors='strict') if cte in ('8bit',) else raw.decode('ascii')

def leaf(ctype, text, cs='utf-8', cte='base64', extra=''):
    return (f"Content-Type: {ctype}; charset=\"{cs}\"\n" if cs else f"Content-Type: {ctype}\n") + \
        f"Content-Transfer-Encoding: {cte}\n{extra}\n" + enc_body(text, cs, cte)

def leaf_plain_cs(ctype, text, cs, cte, quoted=True):
    q = f'"{cs}"' if quoted else cs
    return f"Content-Type: {ctype}; charset={q}\nContent-Transfer-Encoding: {cte}\n\n" + enc_body(text, cs, cte)

def multi(sub, parts, boundary, extra_params=''):
    out = f"Content-Type: multipart/{sub};{extra_params}\n\tboundary=\"{boundary}\"\n\n"
    if sub == 'mixed' or sub == 'related':
        out += "This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += f"--{boundary}\n{p}\n"
    out += f"--{boundary}--\n"
    return out

def bin_attach(filename, data, ctype):
    b = base64.b64encode(data).decode()
    b = '\n'.join(b[i:i + 76] for i in range(0, len(b), 76))
    fn_enc = "utf-8''" + ''.join(c if c.isascii() and c.isalnum() or c in '.-_' else ''.join('%%%02X' % x for x in c.encode()) for c in filename)
    return (f"Content-Type: {ctype};\n\tname=\"{benc(filename, 'utf-8')}\"\nContent-Transfer-Encoding: base64\n"
            f"Content-Disposition: attachment;\n\tfilename*={fn_enc}\n\n{b}\n")

def hx(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]

def rfcdate(t):
    return t.strftime('%a, %d %b %Y %H:%M:%S %z')

def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def html_from_text(text, font="微软雅黑", size="14px"):
    lines = []
    for ln in text.split('\n'):
        lines.append(f"<div>{esc(ln) if ln.strip() else '<br>'}</div>")
    return (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            f"<body><div style=\"font-family:{font};font-size:{size}\">\n" + '\n'.join(lines) + "\n</div></body></html>\n")

def html_table(rows, head=True, style="border-collapse:collapse"):
    out = [f'<table border="1" cellspacing="0" cellpadding="4" style="{style}">']
    for i, r in enumerate(rows):
        tag = 'th' if head and i == 0 else 'td'
        out.append('<tr>' + ''.join(f'<{tag}>{esc(c).replace(chr(10), "<br>")}</{tag}>' for c in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)

def text_table(rows, sep='\t'):
    return '\n'.join(sep.join(c.replace('\n', ' ') for c in r) for r in rows)

def docx(paragraphs_and_tables):
    """Minimal WordprocessingML .docx written as a raw zip (no python-docx)."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    def para(t, bold=False):
        rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
        return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>'
    body = []
    for x in paragraphs_and_tables:
        if isinstance(x, str):
            body.append(para(x))
        elif isinstance(x, tuple) and x[0] == 'b':
            body.append(para(x[1], True))
        else:
            rows = ''.join('<w:tr>' + ''.join(f'<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>{"".join(para(l) for l in c.split(chr(10)))}</w:tc>' for c in r) + '</w:tr>' for r in x)
            body.append(f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>{rows}</w:tbl>')
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(body)}<w:sectPr/></w:body></w:document>'
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, d in (('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)):
            zi = zipfile.ZipInfo(n, date_time=(2020, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, d)
    return buf.getvalue()

"""Helpers for make_heldout32.py: raw MIME assembly, roster, date rules."""
import base64, quopri, io, zipfile, datetime as dt
from email.utils import format_datetime
from zoneinfo import ZoneInfo
import chinese_calendar as cc

SH = ZoneInfo('Asia/Shanghai')
CODEC = {'gb2312': 'gbk', 'utf-8': 'utf-8', 'gbk': 'gbk', 'gb18030': 'gb18030', 'big5': 'big5', 'us-ascii': 'ascii'}

def codec(cs):
    return CODEC.get(cs.lower(), cs.lower())

# ---------------------------------------------------------------- headers
def ew(s, cs='utf-8', enc='B', chunk=14):
    """RFC 2047 encode s (only if non-ASCII); long text split into several words."""
    if all(ord(c) < 128 for c in s):
        return s
    words = []
    for i in range(0, len(s), chunk):
        piece = s[i:i + chunk].encode(codec(cs))
        if enc == 'B':
            words.append('=?%s?B?%s?=' % (cs, base64.b64encode(piece).decode()))
        else:
            q = ''.join(c if (c.isalnum() and ord(c) < 128) else '=%02X' % ord(c) for c in piece.decode('latin-1'))
            words.append('=?%s?Q?%s?=' % (cs, q))
    return '\n '.join(words)

def addr(name, email, cs='utf-8', enc='B', quote=False):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.()@&') or quote:
            return '"%s" <%s>' % (name, email)
        return '%s <%s>' % (name, email)
    w = ew(name, cs, enc)
    return ('"%s" <%s>' % (w, email)) if quote else ('%s <%s>' % (w, email))

def addrs(lst, cs='utf-8', enc='B', quote=False):
    return ',\n '.join(addr(n, e, cs, enc, quote) for n, e in lst)

def rfcdate(d):
    return format_datetime(d)

# ---------------------------------------------------------------- parts
def enc_body(data, cte):
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        return quopri.encodestring(data)
    return data if data.endswith(b'\n') else data + b'\n'

def text(body, cs='utf-8', cte='base64', sub='plain', params='', extra=''):
    data = body.encode(codec(cs))
    h = 'Content-Type: text/%s; charset="%s"%s\nContent-Transfer-Encoding: %s\n%s' % (sub, cs, params, cte, extra)
    return h.encode() + b'\n' + enc_body(data, cte)

def binpart(data, ctype, filename, fn_style='2231', disp='attachment', extra=''):
    if fn_style == '2231' and not filename.isascii():
        from urllib.parse import quote
        q = quote(filename.encode('utf-8'))
        fn_ct = "name*=utf-8''%s" % q
        fn_cd = "filename*=utf-8''%s" % q
    elif fn_style == '2047':
        w = ew(filename, 'utf-8', 'B', chunk=12).replace('\n ', ' ')
        fn_ct = 'name="%s"' % w
        fn_cd = 'filename="%s"' % w
    else:
        fn_ct = 'name="%s"' % filename
        fn_cd = 'filename="%s"' % filename
    h = 'Content-Type: %s;\n %s\nContent-Transfer-Encoding: base64\nContent-Disposition: %s;\n %s\n%s' % (
        ctype, fn_ct, disp, fn_cd, extra)
    return h.encode() + b'\n' + base64.encodebytes(data)

def multi(sub, boundary, parts, preamble='', extra_params=''):
    out = b''
    if preamble:
        out += preamble.encode() + b'\n'
    for p in parts:
        out += b'\n--' + boundary.encode() + b'\n' + p
    out += b'\n--' + boundary.encode() + b'--\n'
    ct = 'Content-Type: multipart/%s;\n boundary="%s"%s\n' % (sub, boundary, extra_params)
    return ct.encode() + b'\n' + out

def message(trace, headers, body, crlf=False):
    """trace: receiving-server lines; headers: list of (name, value) already encoded; body: bytes of a part
    (starting with its Content-* headers)."""
    lines = ''.join('%s: %s\n' % (k, v) for k, v in trace + headers)
    raw = lines.encode() + body
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw

def trace(ret_path, rcpt, sent, helo, ip, mx, qid, delay=3):
    r = sent + dt.timedelta(seconds=delay)
    r = r.astimezone(dt.timezone(dt.timedelta(hours=8)))
    return [('Return-Path', '<%s>' % ret_path), ('Delivered-To', rcpt),
            ('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (CST)' % (
                helo.split()[0], helo.split()[-1] if ' ' in helo else 'unknown', ip, mx, qid, rcpt, rfcdate(r)))]

def html_from_text(t, font='微软雅黑'):
    import html as H
    paras = ''.join('<p style="margin:0">%s</p>\n' % (H.escape(l) if l else '&nbsp;') for l in t.split('\n'))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div style="font-family:%s;font-size:14px">\n%s</div></body></html>\n' % (font, paras))

def fixzip(data):
    """Rewrite a zip with fixed timestamps so the bytes are deterministic."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, zin.read(info.filename))
    return out.getvalue()

# ---------------------------------------------------------------- dates
WD = {'一': 0, '二': 1, '三': 2, '四': 3, '五': 4, '六': 5, '日': 6}

def sh_date(sent):
    return sent.astimezone(SH)

def resolve(rule, sent):
    """Recompute a due date/time from a rule and the Date header (aware datetime)."""
    s = sent.astimezone(SH)
    d0 = s.date()
    kind = rule[0]
    tm = None
    if kind == 'md':            # month-day in the send year
        d = dt.date(d0.year, rule[1], rule[2]); tm = rule[3] if len(rule) > 3 else None
    elif kind == 'wd':          # bare weekday: this week's if not past, else next week's
        d = d0 + dt.timedelta((rule[1] - d0.weekday()) % 7); tm = rule[2] if len(rule) > 2 else None
    elif kind == 'this':        # 本周X
        d = d0 - dt.timedelta(d0.weekday()) + dt.timedelta(rule[1]); tm = rule[2] if len(rule) > 2 else None
    elif kind == 'next':        # 下周X / next Monday
        d = d0 - dt.timedelta(d0.weekday()) + dt.timedelta(7 + rule[1]); tm = rule[2] if len(rule) > 2 else None
    elif kind == 'workdays':
        n, d = rule[1], d0
        while n:
            d += dt.timedelta(1)
            if cc.is_workday(d):
                n -= 1
    elif kind == 'rel':         # 今天 (0) / 明天 (1) / 后天 (2)
        d = d0 + dt.timedelta(rule[1]); tm = rule[2] if len(rule) > 2 else None
    elif kind == 'hours':
        x = s + dt.timedelta(hours=rule[1]); d = x.date(); tm = x.strftime('%H:%M')
    elif kind == 'month_end':
        n = dt.date(d0.year + (d0.month == 12), d0.month % 12 + 1, 1); d = n - dt.timedelta(1)
    elif kind == 'after_holiday':   # first working day after the next statutory holiday block
        d = d0
        while not (cc.get_holiday_detail(d)[0] and cc.get_holiday_detail(d)[1]):
            d += dt.timedelta(1)
        while not cc.is_workday(d):
            d += dt.timedelta(1)
        tm = rule[1] if len(rule) > 1 else None
    elif kind == 'before_holiday':  # last working day before the next statutory holiday block
        d = d0
        while not (cc.get_holiday_detail(d)[0] and cc.get_holiday_detail(d)[1]):
            d += dt.timedelta(1)
        d -= dt.timedelta(1)
        while not cc.is_workday(d):
            d -= dt.timedelta(1)
    else:
        raise ValueError(rule)
    return d.isoformat(), tm

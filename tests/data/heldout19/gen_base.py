"""Infrastructure for make_heldout19.py: MIME building and date helpers (deterministic)."""
import base64, csv, datetime as dt, hashlib, html, json, quopri, re
from pathlib import Path
import chinese_calendar as cc

TZ8 = dt.timezone(dt.timedelta(hours=8))
HERE = Path(__file__).resolve().parent
ROSTER = {r["name"]: r for r in csv.DictReader(open(HERE / "roster.csv", encoding="utf-8"))}

# ---------------- dates ----------------
def D(s): return dt.date.fromisoformat(s)
def is_work(d):
    if d.year > 2026:
        raise ValueError("no official calendar for %s; do not count working days there" % d)
    return cc.is_workday(d)
def add_workdays(sent, n):
    d = sent; k = 0
    while k < n:
        d += dt.timedelta(days=1)
        if is_work(d): k += 1
    return d
def this_or_next(sent, wd):   # weekday on/after the send date (0=Mon)
    return sent + dt.timedelta(days=(wd - sent.weekday()) % 7)
def next_week(sent, wd):
    mon = sent - dt.timedelta(days=sent.weekday()) + dt.timedelta(days=7)
    return mon + dt.timedelta(days=wd)
def month_end(d):
    n = (d.replace(day=28) + dt.timedelta(days=4))
    return n - dt.timedelta(days=n.day)
def first_work_after(d):
    d += dt.timedelta(days=1)
    while not is_work(d): d += dt.timedelta(days=1)
    return d
def last_work_before(d):
    d -= dt.timedelta(days=1)
    while not is_work(d): d -= dt.timedelta(days=1)
    return d
def after_holiday_block(d):   # first working day after the holiday block that contains d
    while not is_work(d): d += dt.timedelta(days=1)
    return d

def compute(spec, sent):
    """spec -> date computed from the Shanghai send date."""
    k = spec[0]
    if k == "lit": return D(spec[1])
    if k == "wk":   # literal with stated weekday
        d = D(spec[1]); assert d.weekday() == spec[2], (spec, d.weekday()); return d
    if k == "today": return sent
    if k == "plus": return sent + dt.timedelta(days=spec[1])
    if k == "work": return add_workdays(sent, spec[1])
    if k == "wd": return this_or_next(sent, spec[1])
    if k == "nwd": return next_week(sent, spec[1])
    if k == "me": return month_end(sent)
    if k == "after": return after_holiday_block(D(spec[1]))
    if k == "before": return last_work_before(D(spec[1]))
    if k == "nextwd_after_hol": return after_holiday_block(D(spec[1]))
    raise ValueError(spec)

# ---------------- people / gold ----------------
def who(name):
    r = ROSTER[name]; return (r["name"], r["email"], r["department"])
def I(owner, task, due=None, time=None, flags=(), spec=None, dept=None, email=None):
    if isinstance(owner, str) and owner in ROSTER:
        n, e, dep = who(owner)
    else:
        n, e, dep = owner, email, dept
    fl = list(flags)
    if n is None and "no_owner" not in fl: fl.insert(0, "no_owner")
    if due is None and "vague_due" not in fl and "no_due" not in fl: fl.append("no_due")
    return {"owner_name": n, "owner_email": e, "department": dep, "task": task,
            "due_date": due, "due_time": time, "flags": fl, "_spec": spec}
def FU(date, time=None, spec=None): return {"date": date, "time": time, "_spec": spec}
def R(intent, items=(), percent=None, new_due=None, spec=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due, "_spec": spec}

# ---------------- MIME ----------------
def ew(text, cs="utf-8", mode="B"):
    if all(ord(c) < 128 for c in text): return text
    out = []; chunk = ""
    for ch in text:
        if len((chunk + ch).encode(cs)) > 36:
            out.append(chunk); chunk = ""
        chunk += ch
    out.append(chunk)
    words = []
    for c in out:
        b = c.encode(cs)
        if mode == "B":
            words.append("=?%s?B?%s?=" % (cs, base64.b64encode(b).decode()))
        else:
            q = "".join(chr(x) if (48 <= x <= 57 or 65 <= x <= 90 or 97 <= x <= 122) else "=%02X" % x for x in b)
            words.append("=?%s?Q?%s?=" % (cs, q))
    return "\r\n ".join(words)
def addr(name, email, cs="utf-8", mode="B", quote=False):
    if not name: return "<%s>" % email if quote else email
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, email) if quote or " " in name else "%s <%s>" % (name, email)
    w = ew(name, cs, mode)
    return ('"%s" <%s>' % (w, email)) if quote else "%s <%s>" % (w, email)
def addrs(people, cs="utf-8", mode="B", quote=False):
    return ",\r\n\t".join(addr(n, e, cs, mode, quote) for n, e in people)

def body_bytes(text, cs, cte):
    raw = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(cs)
    if cte == "base64":
        b = base64.b64encode(raw).decode()
        return "\r\n".join(b[i:i+76] for i in range(0, len(b), 76)).encode() + b"\r\n"
    if cte == "quoted-printable":
        q = quopri.encodestring(raw.replace(b"\r\n", b"\n")).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        return q if q.endswith(b"\r\n") else q + b"\r\n"
    return raw if raw.endswith(b"\r\n") else raw + b"\r\n"

def leaf(ctype, text, cs="utf-8", cte="base64", extra=""):
    h = 'Content-Type: %s; charset="%s"%s\r\nContent-Transfer-Encoding: %s\r\n' % (ctype, cs, extra, cte)
    return h.encode() + b"\r\n" + body_bytes(text, cs, cte)
def leaf_bin(ctype, data, filename):
    b = base64.b64encode(data).decode()
    from urllib.parse import quote as _q
    enc = ew(filename, "gbk", "B")   # Foxmail-style encoded-word name= plus RFC 2231 filename*=
    h = ('Content-Type: %s;\r\n\tname="%s"\r\nContent-Transfer-Encoding: base64\r\n'
         'Content-Disposition: attachment;\r\n\tfilename*=utf-8\'\'%s\r\n' % (ctype, enc, _q(filename)))
    return h.encode() + b"\r\n" + "\r\n".join(b[i:i+76] for i in range(0, len(b), 76)).encode() + b"\r\n"
def multi(sub, parts, boundary):
    h = 'Content-Type: multipart/%s;\r\n\tboundary="%s"\r\n' % (sub, boundary)
    body = b""
    for p in parts:
        body += b"--" + boundary.encode() + b"\r\n" + p
    body += b"--" + boundary.encode() + b"--\r\n"
    return h.encode() + b"\r\n" + body

def hx(seed, n=16): return hashlib.sha1(seed.encode()).hexdigest()[:n]
def rfc_date(t, tz=None):
    if tz is not None: t = t.astimezone(tz)
    days = "Mon Tue Wed Thu Fri Sat Sun".split(); mons = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    off = t.utcoffset(); m = int(off.total_seconds() // 60); sign = "+" if m >= 0 else "-"; m = abs(m)
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (days[t.weekday()], t.day, mons[t.month-1], t.year,
            t.hour, t.minute, t.second, sign, m // 60, m % 60)

def envelope(headers, mime_part):
    out = b""
    for k, v in headers:
        out += ("%s: %s\r\n" % (k, v)).encode("ascii")
    out += b"MIME-Version: 1.0\r\n"
    return out + mime_part

def text_to_html(text, font="微软雅黑", size="10.5pt"):
    paras = []
    for line in text.split("\n"):
        paras.append("<div>%s</div>" % (html.escape(line) if line.strip() else "<br>"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}"></head>'
            '<body><div style="font-family:%s;font-size:%s">\n%s\n</div></body></html>' % (font, size, "\n".join(paras)))

def table_html(rows, border=1):
    out = ['<table border="%d" cellspacing="0" cellpadding="4" style="border-collapse:collapse">' % border]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, html.escape(c).replace("\n", "<br>"), tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)
def table_text(rows, sep="\t"):
    return "\n".join(sep.join(c.replace("\n", " ") for c in r) for r in rows)

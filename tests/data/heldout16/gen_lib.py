"""Helpers for make_heldout16.py: calendar, MIME building, gold records. Deterministic."""
import base64, quopri, hashlib, csv, os, datetime as dt
import chinese_calendar as cc

D = dt.date
def d(s): return D.fromisoformat(s)
def is_work(x):
    if x.year >= 2027:
        raise ValueError("chinesecalendar has no 2027 data: do not compute working days in 2027")
    return cc.is_workday(x)
def add_wd(sent, n):
    x = sent; k = 0
    while k < n:
        x += dt.timedelta(days=1)
        if is_work(x): k += 1
    return x
def first_wd_after(x):
    x += dt.timedelta(days=1)
    while not is_work(x): x += dt.timedelta(days=1)
    return x
def this_or_next(sent, wd):          # wd 0=Mon; on or after send date
    return sent + dt.timedelta(days=(wd - sent.weekday()) % 7)
def next_week(sent, wd):
    return sent - dt.timedelta(days=sent.weekday()) + dt.timedelta(days=7 + wd)
def month_end(x):
    n = D(x.year + (x.month == 12), x.month % 12 + 1, 1)
    return n - dt.timedelta(days=1)

ERR = []
def E(literal, computed, what=""):
    if literal != (computed.isoformat() if computed is not None else None):
        ERR.append(f"{what}: gold {literal} != computed {computed}")
    return literal

# ---------- roster ----------
ROSTER = {}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "roster.csv"), encoding="utf-8") as f:
    for r in csv.DictReader(f):
        ROSTER[r["name"]] = r

def I(owner, task, due=None, time=None, flags=(), email=None, dept=None):
    if owner in ROSTER:
        r = ROSTER[owner]; name, email, dept = owner, r["email"], r["department"]
    else:
        name = owner
    fl = list(flags)
    if owner is None and "no_owner" not in fl: fl.append("no_owner")
    if due is None and "vague_due" not in fl and "no_due" not in fl: fl.append("no_due")
    order = ["vague_due", "no_owner", "no_due"]
    fl = sorted(fl, key=order.index)
    return {"owner_name": name, "owner_email": email, "department": dept, "task": task,
            "due_date": due, "due_time": time, "flags": fl}

def FU(date, time=None): return {"date": date, "time": time}
def RP(intent, items=(), percent=None, new_due=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due}

# ---------- MIME ----------
def ew(text, cs="utf-8", mode="B"):
    if all(ord(c) < 128 for c in text): return text
        # split into chunks of whole characters
    out = []; cur = ""
    for ch in text:
        if len((cur + ch).encode(codec(cs))) > 36:
            out.append(cur); cur = ch
        else: cur += ch
    out.append(cur)
    words = []
    for c in out:
        b = c.encode(codec(cs))
        if mode == "B":
            words.append(f"=?{cs}?B?{base64.b64encode(b).decode()}?=")
        else:
            q = "".join(chr(x) if (chr(x).isalnum() and x < 128) else ("_" if x == 32 else "=%02X" % x) for x in b)
            words.append(f"=?{cs}?Q?{q}?=")
    return "\r\n ".join(words)

def addr(name, email, cs="utf-8", mode="B", quote=True):
    if not name: return f"<{email}>" if quote else email
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email}>' if quote else f"{name} <{email}>"
    w = ew(name, cs, mode)
    return f'"{w}" <{email}>' if quote else f"{w} <{email}>"

def addrs(people, cs="utf-8", mode="B", quote=True):
    return ",\r\n\t".join(addr(n, e, cs, mode, quote) for n, e in people)

def codec(cs):
    """Outlook/Foxmail label GBK bytes as gb2312: encode with GBK."""
    return "gbk" if cs.lower() == "gb2312" else cs

def body_enc(text, cs, cte):
    data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(codec(cs))
    if cte == "base64":
        b = base64.b64encode(data).decode()
        return "\r\n".join(b[i:i+76] for i in range(0, len(b), 76)) + "\r\n"
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii").replace("\r\n", "\n").replace("\n", "\r\n") + ("\r\n" if not data.endswith(b"\r\n") else "")
    if cte in ("8bit", "7bit"):
        return data.decode(cs, "replace") if False else data  # bytes
    raise ValueError(cte)

def leaf(ctype, text, cs, cte, extra=""):
    h = f"Content-Type: {ctype}; charset=\"{cs}\"\r\nContent-Transfer-Encoding: {cte}\r\n{extra}\r\n"
    b = body_enc(text, cs, cte)
    if isinstance(b, bytes): return h.encode() + b + (b"" if b.endswith(b"\r\n") else b"\r\n")
    return (h + b).encode()

def bin_leaf(ctype, data, filename, extra=""):
    b = base64.b64encode(data).decode()
    b = "\r\n".join(b[i:i+76] for i in range(0, len(b), 76))
    fn = filename
    if any(ord(c) > 127 for c in fn):
        fn_ew = ew(fn, "utf-8", "B")
        h = (f"Content-Type: {ctype};\r\n\tname=\"{fn_ew}\"\r\nContent-Description: {fn_ew}\r\n"
             f"Content-Disposition: attachment;\r\n\tfilename=\"{fn_ew}\"\r\n")
    else:
        h = f"Content-Type: {ctype}; name=\"{fn}\"\r\nContent-Disposition: attachment; filename=\"{fn}\"\r\n"
    return (h + "Content-Transfer-Encoding: base64\r\n" + extra + "\r\n" + b + "\r\n").encode()

def multi(sub, parts, boundary):
    out = f"Content-Type: multipart/{sub};\r\n\tboundary=\"{boundary}\"\r\n\r\n".encode()
    for p in parts:
        out += f"--{boundary}\r\n".encode() + p + b"\r\n"
    out += f"--{boundary}--\r\n".encode()
    return out

def hx(seed, n=16): return hashlib.sha1(seed.encode()).hexdigest()[:n]

WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON_EN = ["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"]
def rfcdate(s, tz="+0800"):
    t = dt.datetime.fromisoformat(s)
    return f"{WD_EN[t.weekday()]}, {t.day} {MON_EN[t.month-1]} {t.year} {t:%H:%M:%S} {tz}"

def html_of(text, font="微软雅黑"):
    """Very plain HTML rendering: paragraphs per line; '|'-rows become a table."""
    import html as H
    lines = text.split("\n"); out = []; tbl = []
    def flush():
        if tbl:
            rows = []
            for i, r in enumerate(tbl):
                cells = [c.strip() for c in r.strip().strip("|").split("|")]
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag} style=\"border:1px solid #999;padding:3px 6px\">{H.escape(c)}</{tag}>" for c in cells) + "</tr>")
            out.append("<table style=\"border-collapse:collapse\" cellspacing=\"0\">" + "".join(rows) + "</table>")
            tbl.clear()
    for ln in lines:
        if ln.strip().startswith("|") and not set(ln.strip()) <= set("|-: "):
            tbl.append(ln); continue
        if ln.strip().startswith("|"): continue
        flush()
        out.append(f"<div>{H.escape(ln) if ln.strip() else '<br>'}</div>")
    flush()
    return (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            f"<body><div style=\"font-family:{font};font-size:14px\">" + "\n".join(out) + "</div></body></html>")

def text_of_table(text):
    """Plain alternative of a '|' table as a client would: cells separated by tabs."""
    out = []
    for ln in text.split("\n"):
        s = ln.strip()
        if s.startswith("|"):
            if set(s) <= set("|-: "): continue
            out.append("\t".join(c.strip() for c in s.strip("|").split("|")))
        else: out.append(ln)
    return "\n".join(out)

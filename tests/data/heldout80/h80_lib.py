"""Helpers for make_heldout80.py: calendar rules, gold items, raw MIME building, docx/pdf, checks."""
import base64
import datetime as dt
import hashlib
import io
import quopri
import zipfile
from zoneinfo import ZoneInfo

import chinese_calendar

from h80_people import BY_NAME, EXTERNAL

TZ = ZoneInfo("Asia/Shanghai")

# ---------------------------------------------------------------- calendar rules
WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6,
      "Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}


def is_workday(d):
    return chinese_calendar.is_workday(d)


def is_named_holiday(d):
    on, name = chinese_calendar.get_holiday_detail(d)
    return on and name is not None and not is_workday(d)


def add_workdays(d, n):
    while n:
        d += dt.timedelta(1)
        if is_workday(d):
            n -= 1
    return d


def this_or_next(d, wd):
    return d + dt.timedelta((wd - d.weekday()) % 7)


def next_week(d, wd):
    return d - dt.timedelta(d.weekday()) + dt.timedelta(7 + wd)


def month_end(d):
    nxt = (d.replace(day=28) + dt.timedelta(4)).replace(day=1)
    return nxt - dt.timedelta(1)


def next_holiday_start(d):
    x = d
    while not is_named_holiday(x):
        x += dt.timedelta(1)
    return x


def before_holiday(d):
    """节前: the last working day before the next statutory holiday block."""
    x = next_holiday_start(d + dt.timedelta(1)) - dt.timedelta(1)
    while not is_workday(x):
        x -= dt.timedelta(1)
    return x


def after_holiday(d):
    """节后第一个工作日: first working day after the next (or current) holiday block."""
    x = next_holiday_start(d)
    while not is_workday(x):
        x += dt.timedelta(1)
    return x


def resolve(rule, sent):
    """Recompute (date, time) from a rule and the aware send datetime (converted to Shanghai)."""
    loc = sent.astimezone(TZ)
    d = loc.date()
    kind, args = rule[0], rule[1:]
    t = None
    if kind == "abs":
        return None
    if kind == "wd":
        d = add_workdays(d, args[0])
    elif kind == "wkday":
        d = this_or_next(d, WD[args[0]])
    elif kind == "nextwk":
        d = next_week(d, WD[args[0]])
    elif kind == "today":
        pass
    elif kind == "days":
        d = d + dt.timedelta(args[0])
    elif kind == "monthend":
        d = month_end(d)
    elif kind == "weekend":
        d = this_or_next(d, 6)
    elif kind == "pre_hol":
        d = before_holiday(d)
    elif kind == "post_hol":
        d = after_holiday(d)
    elif kind in ("hours", "minutes"):
        x = loc + (dt.timedelta(hours=args[0]) if kind == "hours" else dt.timedelta(minutes=args[0]))
        d, t = x.date(), x.strftime("%H:%M")
    elif kind == "tz":
        x = dt.datetime.fromisoformat(args[0]).astimezone(TZ)
        d, t = x.date(), x.strftime("%H:%M")
    else:
        raise ValueError(rule)
    return d.isoformat(), t


# ---------------------------------------------------------------- gold
def it(owner, task, date=None, rule=("abs",), time=None, vague=False, dept=None, no_due=None):
    """One gold item. owner: roster name, external name, (name, email) or None (department-only)."""
    if owner is None:
        name = email = None
        department = dept
    elif isinstance(owner, tuple):
        name, email = owner
        department = None
    elif owner in BY_NAME:
        name, email, department = BY_NAME[owner][:3]
    else:
        name, email, department = owner, EXTERNAL[owner], None
    flags = []
    if vague:
        flags.append("vague_due")
    if owner is None:
        flags.append("no_owner")
    if date is None and not vague:
        flags.append("no_due")
    return {"owner_name": name, "owner_email": email, "department": department, "task": task,
            "due_date": date, "due_time": time, "flags": flags, "_rule": rule if date else None}


def fu(date, time=None, rule=("abs",)):
    return {"date": date, "time": time, "_rule": rule}


def gold_json(kind, items, followup, notes):
    clean = [{k: v for k, v in i.items() if not k.startswith("_")} for i in items]
    f = None if followup is None else {"date": followup["date"], "time": followup["time"]}
    return {"kind": kind, "items": clean, "next_followup": f, "reply": None, "notes": notes}


# ---------------------------------------------------------------- headers
def ew(text, cs="utf-8", mode="B"):
    """RFC 2047 encoded words (each <= 75 chars, never splitting a character), or the text if ASCII."""
    if all(ord(c) < 128 for c in text):
        return text
    words, cur = [], ""
    for ch in text:
        trial = cur + ch
        if len(_one_word(trial, cs, mode)) > 75:
            words.append(_one_word(cur, cs, mode))
            cur = ch
        else:
            cur = trial
    words.append(_one_word(cur, cs, mode))
    return "\n ".join(words)


def _one_word(s, cs, mode):
    raw = s.encode(cs)
    if mode == "B":
        return f"=?{cs}?B?{base64.b64encode(raw).decode()}?="
    out = []
    for b in raw:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128:
            out.append(c)
        else:
            out.append(f"={b:02X}")
    return f"=?{cs}?Q?{''.join(out)}?="


def addr(name, email, cs="utf-8", mode="B", quote=False):
    if not name:
        return f"<{email}>" if quote else email
    if all(ord(c) < 128 for c in name):
        needs = quote or any(c in name for c in ",.;:()<>@[]\"")
        return f'"{name}" <{email}>' if needs else f"{name} <{email}>"
    w = ew(name, cs, mode)
    return f'"{w}" <{email}>' if quote else f"{w} <{email}>"


def addrs(people, cs="utf-8", mode="B", quote=False, sep=",\n\t"):
    return sep.join(addr(n, e, cs, mode, quote) for n, e in people)


def rfc_date(t):
    return t.strftime("%a, %d %b %Y %H:%M:%S %z")


def hx(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def received(by, frm, ip, t, seed, proto="ESMTPS"):
    return ("Received", f"from {frm} ({frm} [{ip}])\n\tby {by} with {proto} id {hx(seed, 12).upper()}"
                        f"\n\tfor <{seed.split('|')[0]}>; {rfc_date(t)}")


# ---------------------------------------------------------------- MIME
def encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if not data.endswith(b"\n"):
        data += b"\n"
    return data


def leaf(ctype, text=None, cs=None, cte="base64", data=None, params="", headers=(), name=None,
         disposition=None, cs_quote=False, name_cs="utf-8"):
    """A single part: (header lines, body bytes)."""
    if data is None:
        data = text.encode(cs)
    ct = ctype
    if cs:
        ct += f'; charset="{cs}"' if cs_quote else f"; charset={cs}"
    if params:
        ct += params
    if name:
        ct += ";\n\t" + _param("name", name, name_cs)
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if disposition:
        h.append(("Content-Disposition", f"{disposition};\n\t" + _param("filename", name, name_cs)
                  if name else disposition))
    h.extend(headers)
    return h, encode_body(data, cte)


def _param(key, value, cs):
    """A MIME parameter; non-ASCII values use RFC 2231 (key*=charset''percent-encoded)."""
    if all(ord(c) < 128 for c in value):
        return f'{key}="{value}"'
    from urllib.parse import quote
    return f"{key}*={cs}''{quote(value.encode(cs), safe='')}"


def multi(subtype, parts, boundary, params="", preamble=None):
    h = [("Content-Type", f'multipart/{subtype};{params}\n\tboundary="{boundary}"')]
    out = io.BytesIO()
    if preamble:
        out.write(preamble.encode() + b"\n")
    for ph, pb in parts:
        out.write(f"\n--{boundary}\n".encode())
        out.write(_hdr_bytes(ph))
        out.write(b"\n")
        out.write(pb if pb.endswith(b"\n") or not pb else pb)
    out.write(f"\n--{boundary}--\n".encode())
    return h, out.getvalue()


def _hdr_bytes(headers):
    return b"".join(f"{k}: {v}\n".encode("utf-8") for k, v in headers)


def message(headers, body, mime=True):
    """headers: list of (name, value) in the order the client writes them; body: (part headers, bytes).
    The part's Content-* headers are inserted where a 'MIME' placeholder sits, else at the end."""
    ph, pb = body
    if any(k.lower() == "mime-version" for k, _ in headers):
        mime = False
    out = []
    placed = False
    for k, v in headers:
        if k == "MIME":
            if mime:
                out.append(("MIME-Version", "1.0"))
            out.extend(ph)
            placed = True
        else:
            out.append((k, v))
    if not placed:
        if mime:
            out.append(("MIME-Version", "1.0"))
        out.extend(ph)
    return _hdr_bytes(out) + b"\n" + pb


# ---------------------------------------------------------------- attachments
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_docx(title, paras, tables=(), author="", when=None):
    """paras: list of str (a str starting with '## ' is a heading). tables: list of (position, rows)."""
    import docx
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    t0 = when or dt.datetime(2026, 1, 1)
    cp.created = t0.replace(tzinfo=None)
    cp.modified = t0.replace(tzinfo=None)
    cp.revision = 1
    doc.add_heading(title, level=1)
    tabs = dict(tables)
    for i, p in enumerate(paras):
        if p.startswith("## "):
            doc.add_heading(p[3:], level=2)
        else:
            doc.add_paragraph(p)
        if i in tabs:
            rows = tabs[i]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    t.cell(r, c).text = val
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue())


def make_pdf(title, lines, author=""):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setAuthor(author)
    c.setTitle(title)
    c.setCreator("Microsoft Word")
    y = 800
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, y, title)
    y -= 28
    for ln in lines:
        if y < 60:
            c.showPage()
            y = 800
        bold = ln.startswith("## ")
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 11 if bold else 10)
        c.drawString(50, y, ln[3:] if bold else ln)
        y -= 18 if bold else 15
    c.showPage()
    c.save()
    return buf.getvalue()


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def pdf_text(data):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)


def qp_flowed(lines):
    """Join logical lines as format=flowed text (soft breaks = trailing space)."""
    return "\n".join(lines) + "\n"

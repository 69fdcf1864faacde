"""Shared helpers for make_heldout61.py: date rules, gold items, raw MIME building, attachments."""
import base64
import datetime as dt
import io
import zipfile

import chinese_calendar as cc

from h61_roster import PEOPLE

CST = dt.timezone(dt.timedelta(hours=8))
WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6}

# ---------------------------------------------------------------- dates

def is_work(d):
    return cc.is_workday(d)


def add_workdays(d0, n):
    d, k = d0, 0
    while k < n:
        d += dt.timedelta(1)
        if is_work(d):
            k += 1
    return d


def holiday_block(day):
    """(first, last) of the run of non-working days that contains `day`."""
    a = b = day
    while not is_work(a - dt.timedelta(1)):
        a -= dt.timedelta(1)
    while not is_work(b + dt.timedelta(1)):
        b += dt.timedelta(1)
    return a, b


def month_end(y, m):
    return (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(1))


def resolve(spec, sent):
    """Resolve a due spec against the send instant (aware). Returns (date_iso, time_or_None).

    spec forms (time given separately unless the rule itself yields one):
      ('md', m, d)        month-day, current year (roll only if > 90 days past)
      ('ymd', 'YYYY-MM-DD')
      ('wd', n)           N个工作日内 / within N working days (Chinese calendar, from the day after)
      ('next_wd',)        下个工作日
      ('wk', k)           bare weekday (周三 / by Friday): next such day after the send day
      ('twk', k)          本周X: that day of this Mon-Sun week
      ('nwk', k)          下周X / next X: that day of next week
      ('today',) ('tomorrow',) ('days', n)
      ('hours', n)        send instant + n hours (gives a time)
      ('month_end',) ('next_month_end',) ('week_end',)  (本周内 = Sunday)
      ('after_hol', 'YYYY-MM-DD')   first working day after the holiday block holding that day
      ('before_hol', 'YYYY-MM-DD')  last working day before it
      ('after_hol_wd', 'YYYY-MM-DD', n)  节后N个工作日内: the Nth working day after that block
    """
    s = sent.astimezone(CST)
    d0 = s.date()
    k = spec[0]
    if k == "md":
        d = dt.date(d0.year, spec[1], spec[2])
        if (d0 - d).days > 90:
            d = dt.date(d0.year + 1, spec[1], spec[2])
        return d.isoformat(), None
    if k == "ymd":
        return spec[1], None
    if k == "wd":
        return add_workdays(d0, spec[1]).isoformat(), None
    if k == "next_wd":
        return add_workdays(d0, 1).isoformat(), None
    if k == "wk":
        assert spec[1] != d0.weekday(), "bare weekday equal to the send day is ambiguous; avoid"
        delta = (spec[1] - d0.weekday()) % 7
        return (d0 + dt.timedelta(delta)).isoformat(), None
    if k == "twk":
        return (d0 - dt.timedelta(d0.weekday()) + dt.timedelta(spec[1])).isoformat(), None
    if k == "nwk":
        return (d0 - dt.timedelta(d0.weekday()) + dt.timedelta(7 + spec[1])).isoformat(), None
    if k == "today":
        return d0.isoformat(), None
    if k == "tomorrow":
        return (d0 + dt.timedelta(1)).isoformat(), None
    if k == "days":
        return (d0 + dt.timedelta(spec[1])).isoformat(), None
    if k == "hours":
        t = s + dt.timedelta(hours=spec[1])
        return t.date().isoformat(), t.strftime("%H:%M")
    if k == "month_end":
        return month_end(d0.year, d0.month).isoformat(), None
    if k == "next_month_end":
        y, m = (d0.year + 1, 1) if d0.month == 12 else (d0.year, d0.month + 1)
        return month_end(y, m).isoformat(), None
    if k == "week_end":
        return (d0 - dt.timedelta(d0.weekday()) + dt.timedelta(6)).isoformat(), None
    if k == "after_hol_wd":
        a, b = holiday_block(dt.date.fromisoformat(spec[1]))
        return add_workdays(b, spec[2]).isoformat(), None
    if k in ("after_hol", "before_hol"):
        a, b = holiday_block(dt.date.fromisoformat(spec[1]))
        if k == "after_hol":
            d = b + dt.timedelta(1)
            while not is_work(d):
                d += dt.timedelta(1)
        else:
            d = a - dt.timedelta(1)
            while not is_work(d):
                d -= dt.timedelta(1)
        return d.isoformat(), None
    raise ValueError(spec)


# ---------------------------------------------------------------- gold items

def I(owner, task, due=None, time=None, vague=False, dept=None):
    """owner: roster key | ('ext', name, email) | None (department-only / TBD, then dept may be given)."""
    return {"owner": owner, "task": task, "due": due, "time": time, "vague": vague, "dept": dept}


def FU(spec, time=None):
    return {"due": spec, "time": time}


def gold_item(it, sent):
    o = it["owner"]
    if o is None:
        name = email = None
        dept = it["dept"]
    elif isinstance(o, tuple):
        _, name, email = o
        dept = it["dept"]
    else:
        name, email, dept = PEOPLE[o][0], PEOPLE[o][1], PEOPLE[o][2]
    if it["due"] is not None:
        date, t = resolve(it["due"], sent)
        t = t or it["time"]
    else:
        date, t = None, None
    flags = []
    if it["vague"]:
        flags.append("vague_due")
    if name is None:
        flags.append("no_owner")
    if it["due"] is None and not it["vague"]:
        flags.append("no_due")
    return {"owner_name": name, "owner_email": email, "department": dept, "task": it["task"],
            "due_date": date, "due_time": t, "flags": flags}


def gold(case, sent):
    fu = None
    if case.get("followup"):
        d, t = resolve(case["followup"]["due"], sent)
        fu = {"date": d, "time": t or case["followup"]["time"]}
    return {"kind": case["kind"], "items": [gold_item(i, sent) for i in case.get("items", [])],
            "next_followup": fu, "reply": None, "notes": case["notes"]}


# ---------------------------------------------------------------- MIME building

def ew(text, charset="utf-8", enc="B", maxlen=45):
    """RFC 2047 encoded words; long text is split on character boundaries into several words."""
    cs = charset.upper() if charset.lower() in ("gbk", "gb2312", "gb18030") else charset
    words, chunk = [], ""
    for ch in text:
        if len((chunk + ch).encode(charset)) > maxlen:
            words.append(chunk)
            chunk = ""
        chunk += ch
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        b = w.encode(charset)
        if enc == "B":
            out.append(f"=?{cs}?B?{base64.b64encode(b).decode()}?=")
        else:
            q = "".join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else
                        ("_" if c == 32 else f"={c:02X}") for c in b)
            out.append(f"=?{cs}?Q?{q}?=")
    return "\r\n ".join(out)


def addr(name, email, charset="utf-8", enc="B", quote=False):
    if name is None:
        return f"<{email}>" if quote else email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.()<>@;:"'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    w = ew(name, charset, enc)
    return f"{w} <{email}>"   # never inside quotes: that is a header defect under email.policy.default


def addrs(lst, charset="utf-8", enc="B", quote=False):
    return ",\r\n ".join(addr(n, e, charset, enc, quote) for n, e in lst)


def qp(data: bytes) -> str:
    """Quoted-printable of bytes whose lines are CRLF separated; soft breaks at 76."""
    lines = data.split(b"\r\n")
    out = []
    for ln in lines:
        toks = []
        for i, c in enumerate(ln):
            if (33 <= c <= 126 and c != 61) or (c in (9, 32) and i != len(ln) - 1):
                toks.append(chr(c))
            else:
                toks.append(f"={c:02X}")
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return "\r\n".join(out)


def b64(data: bytes, width=76) -> str:
    s = base64.b64encode(data).decode()
    return "\r\n".join(s[i:i + width] for i in range(0, len(s), width))


def text_part(text, subtype="plain", charset="utf-8", cte="base64", params="", extra=()):
    """A leaf text part: returns MIME entity bytes (CRLF)."""
    raw = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset)
    cs = f'"{charset}"' if params != "noquote" else charset
    p = "" if params in ("", "noquote") else params
    hdr = [f"Content-Type: text/{subtype}; charset={cs}{p}", f"Content-Transfer-Encoding: {cte}"]
    hdr += list(extra)
    if cte == "base64":
        body = b64(raw).encode()
    elif cte == "quoted-printable":
        body = qp(raw).encode()
    else:
        body = raw
    return ("\r\n".join(hdr) + "\r\n\r\n").encode() + body


def bin_part(data, ctype, filename, fn_header=None, width=76, extra=()):
    fn = fn_header or filename
    hdr = [f'Content-Type: {ctype}; name="{fn}"', "Content-Transfer-Encoding: base64",
           f'Content-Disposition: attachment; filename="{fn}"'] + list(extra)
    return ("\r\n".join(hdr) + "\r\n\r\n").encode() + b64(data, width).encode()


def multipart(subtype, boundary, parts, preamble="", extra_params=""):
    head = f'Content-Type: multipart/{subtype};{extra_params}\r\n\tboundary="{boundary}"\r\n\r\n'
    body = head.encode()
    if preamble:
        body += (preamble + "\r\n").encode()
    for p in parts:
        body += f"\r\n--{boundary}\r\n".encode() + p
    body += f"\r\n--{boundary}--\r\n".encode()
    return body


def message(headers, entity, crlf=True):
    """headers: list of (name, value) in order; entity: bytes starting with the entity's own headers."""
    h = "".join(f"{k}: {v}\r\n" for k, v in headers)
    raw = h.encode() + entity
    if not raw.endswith(b"\r\n"):
        raw += b"\r\n"
    if not crlf:
        raw = raw.replace(b"\r\n", b"\n")
    return raw


def rfcdate(s, pad=False):
    """'2026-05-08 17:45:12 +0800' -> RFC 5322 date string."""
    t = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")
    day = f"{t.day:02d}" if pad else str(t.day)
    return f"{t:%a}, {day} {t:%b %Y %H:%M:%S %z}"


def sent_of(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


def received(by, frm, ip, when, rid, to):
    return ("Received", f"from {frm} (unknown [{ip}])\r\n\tby {by} (Postfix) with ESMTPS id {rid}\r\n"
            f"\tfor <{to}>; {rfcdate(when)} (CST)" if when.endswith("+0800") else
            f"from {frm} ([{ip}])\r\n\tby {by} (Postfix) with ESMTPS id {rid}\r\n\tfor <{to}>; {rfcdate(when)}")


def html_wrap(body, head_extra="", charset="utf-8"):
    return (f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            f'{head_extra}</head>\n<body>\n{body}\n</body>\n</html>\n')


def html_table(rows, header=True, attrs='border="1" cellspacing="0" cellpadding="4"', cell_style=""):
    out = [f"<table {attrs}>"]
    for i, r in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        cells = "".join(f"<{tag}{cell_style}>{c}</{tag}>" for c in r)
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    return "\n".join(out)


# ---------------------------------------------------------------- attachments

FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def make_docx(paragraphs, tables=(), when=dt.datetime(2026, 1, 1, 9, 0, 0), author="", title=""):
    """paragraphs: list of str (a str starting with '# ' becomes a heading); tables: list of row lists,
    inserted after the paragraph whose text is '[[TABLE n]]'."""
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    for p in paragraphs:
        if p.startswith("[[TABLE "):
            rows = tables[int(p[8:-2])]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
        elif p.startswith("# "):
            d.add_heading(p[2:], level=1)
        else:
            d.add_paragraph(p)
    b = io.BytesIO()
    d.save(b)
    src = zipfile.ZipFile(io.BytesIO(b.getvalue()))
    out = io.BytesIO()
    z = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o600 << 16
        z.writestr(zi, src.read(info.filename))
    z.close()
    return out.getvalue()


def make_pdf(lines, cjk=False, title=""):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    b = io.BytesIO()
    c = canvas.Canvas(b, invariant=1, pagesize=(595, 842))
    c.setTitle(title)
    if cjk:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        font = "STSong-Light"
    else:
        font = "Helvetica"
    y = 800
    for ln in lines:
        size = 14 if ln.startswith("# ") else 10
        c.setFont(font if not ln.startswith("# ") or cjk else "Helvetica-Bold", size)
        c.drawString(50, y, ln[2:] if ln.startswith("# ") else ln)
        y -= 20 if size == 14 else 15
        if y < 60:
            c.showPage()
            y = 800
    c.save()
    return b.getvalue()


def assemble(trace, headers, tail, entity, crlf=True):
    """Full message: trace lines, client headers, the entity's own headers, client tail headers, body."""
    eh, body = entity.split(b"\r\n\r\n", 1)
    h = "".join(f"{k}: {v}\r\n" for k, v in list(trace) + list(headers))
    t = "".join(f"{k}: {v}\r\n" for k, v in tail)
    raw = h.encode() + eh + b"\r\n" + t.encode() + b"\r\n" + body
    if not raw.endswith(b"\r\n"):
        raw += b"\r\n"
    if not crlf:
        raw = raw.replace(b"\r\n", b"\n")
    return raw


def P(key):
    """(name, email) of a roster person."""
    return (PEOPLE[key][0], PEOPLE[key][1])

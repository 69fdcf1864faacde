"""heldout75 MIME helpers: bytes are written by hand (no email.generator) so that every client's quirks are exact.

Everything is deterministic: ids and boundaries come from sha1 of a per-case seed, docx zip entries get a fixed
timestamp, reportlab runs with invariant=1.
"""
import base64
import datetime as dt
import hashlib
import html
import io
import quopri
import zipfile

from lib75 import SH

CODEC = {"gb2312": "gb2312", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "us-ascii": "ascii",
         "iso-8859-1": "latin-1"}


def codec(cs):
    return CODEC[cs.lower()]


def hx(seed, n, upper=False):
    s = hashlib.sha1(seed.encode()).hexdigest()
    while len(s) < n:
        s += hashlib.sha1(s.encode()).hexdigest()
    return s[:n].upper() if upper else s[:n]


def num(seed, n):
    return str(int(hx(seed, 16), 16))[:n].rjust(n, "7")


# ------------------------------------------------------------------------------------------- headers
def ew(text, cs="utf-8", mode="B", force=False):
    """RFC 2047 encoded words (folded with CRLF-less '\n '), never splitting a character."""
    if not force and all(32 <= ord(c) < 127 for c in text):
        return text
    c = codec(cs)
    words, cur = [], ""
    pre = f"=?{cs}?{mode}?"

    def enc(s):
        b = s.encode(c)
        if mode == "B":
            return base64.b64encode(b).decode()
        out = ""
        for ch in b:
            if ch == 32:
                out += "_"
            elif 48 <= ch <= 57 or 65 <= ch <= 90 or 97 <= ch <= 122:
                out += chr(ch)
            else:
                out += "=%02X" % ch
        return out

    for ch in text:
        if len(pre) + len(enc(cur + ch)) + 2 > 75:
            words.append(pre + enc(cur) + "?=")
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(pre + enc(cur) + "?=")
    return "\n ".join(words)


def addr(name, email, cs="utf-8", mode="B", quote=False):
    if not name:
        return f"<{email}>" if quote else email
    if all(32 <= ord(c) < 127 for c in name):
        if any(c in name for c in ',.;:@()<>[]"') or quote:
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    w = ew(name, cs, mode)
    return f'"{w}" <{email}>' if quote else f"{w} <{email}>"


def addrs(people, cs="utf-8", mode="B", quote=False, sep=",\n "):
    return sep.join(addr(n, e, cs, mode, quote) for n, e in people)


def rfc_date(t, tz=None, pad=False):
    t = t.astimezone(tz) if tz else t
    mins = int(t.utcoffset().total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    day = f"{t.day:02d}" if pad else str(t.day)
    return f"{t:%a}, {day} {t:%b %Y %H:%M:%S} {sign}{mins // 60:02d}{mins % 60:02d}"


def ts(s, offset=8):
    """'2026-04-02 10:15:33' in the given UTC offset -> aware datetime."""
    return dt.datetime.fromisoformat(s).replace(tzinfo=dt.timezone(dt.timedelta(hours=offset)))


# ------------------------------------------------------------------------------------------- bodies
class Node:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body

    def bytes(self):
        return ("\n".join(self.headers) + "\n\n").encode("ascii") + self.body


def encode_body(data, cte):
    if cte == "base64":
        s = base64.b64encode(data).decode()
        return ("\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n").encode()
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"\n"
    if cte in ("8bit", "7bit"):
        return data if data.endswith(b"\n") else data + b"\n"
    raise ValueError(cte)


def leaf(ctype, text=None, cs="utf-8", cte="base64", data=None, params="", extra=(), crlf=False, quote_cs=True):
    if data is None:
        if crlf:
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        data = text.encode(codec(cs))       # strict: a char outside the charset is a generator bug
        q = '"' if quote_cs else ""
        ct = f"Content-Type: {ctype}; charset={q}{cs}{q}{params}"
    else:
        ct = f"Content-Type: {ctype}{params}"
    hdrs = [ct, f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return Node(hdrs, encode_body(data, cte))


def multi(subtype, parts, boundary, preamble=None, params=""):
    out = b""
    if preamble:
        out += preamble.encode() + b"\n"
    for p in parts:
        out += f"--{boundary}\n".encode() + p.bytes()
        if not out.endswith(b"\n\n"):
            out += b"\n"
    out += f"--{boundary}--\n".encode()
    return Node([f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"{params}'], out)


def message(top, node, mime_first=False):
    """top: list of header lines (already folded). The node's Content-* headers follow them."""
    hdrs = list(top)
    if not any(h.lower().startswith("mime-version") for h in hdrs):
        hdrs.insert(0, "MIME-Version: 1.0") if mime_first else hdrs.append("MIME-Version: 1.0")
    return ("\n".join(hdrs + node.headers) + "\n\n").encode("ascii") + node.body


def attachment(filename, data, ctype, style="2231", cs="utf-8", inline=False):
    disp = "inline" if inline else "attachment"
    if style == "2231":
        from urllib.parse import quote
        q = quote(filename.encode("utf-8"), safe="")
        name_p = f";\n\tname*=utf-8''{q}" if not filename.isascii() else f'; name="{filename}"'
        dispo = (f"Content-Disposition: {disp};\n\tfilename*=utf-8''{q}" if not filename.isascii()
                 else f'Content-Disposition: {disp}; filename="{filename}"')
    else:  # Outlook / Foxmail: encoded word inside the quoted parameter
        w = ew(filename, cs, "B")
        name_p = f';\n\tname="{w}"'
        dispo = f'Content-Disposition: {disp};\n\tfilename="{w}"'
    return Node([f"Content-Type: {ctype}{name_p}", "Content-Transfer-Encoding: base64", dispo],
                encode_body(data, "base64"))


# ------------------------------------------------------------------------------------------- rendering
def esc(s):
    return html.escape(s, quote=False)


def html_lines(lines, tag="div", style=""):
    st = f' style="{style}"' if style else ""
    out = []
    for ln in lines:
        out.append(f"<{tag}{st}>{esc(ln) if ln else '<br>'}</{tag}>")
    return "\n".join(out)


def html_table(rows, head=1, attrs='border="1" cellspacing="0" cellpadding="4"', cell_style="", tr_style=""):
    out = [f"<table {attrs}>"]
    for i, r in enumerate(rows):
        tag = "th" if i < head else "td"
        cells = []
        for c in r:
            if isinstance(c, tuple):          # (text, rowspan, colspan)
                txt, rs, cs_ = c
                span = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs_}"' if cs_ > 1 else "")
            else:
                txt, span = c, ""
            st = f' style="{cell_style}"' if cell_style else ""
            cells.append(f"<{tag}{span}{st}>{esc(txt).replace(chr(10), '<br>')}</{tag}>")
        trs = f' style="{tr_style}"' if tr_style else ""
        out.append(f"<tr{trs}>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def text_table(rows, sep="\t"):
    out = []
    for r in rows:
        out.append(sep.join((c[0] if isinstance(c, tuple) else c).replace("\n", " ") for c in r))
    return "\n".join(out)


def flowed(text, width=72):
    """format=flowed: soft breaks end with a space; only breaks at spaces (CJK runs stay long)."""
    out = []
    for para in text.split("\n"):
        if para == "-- ":
            out.append(para)
            continue
        if para.startswith(">") or len(para) <= width:
            out.append(para.rstrip(" ") if para.strip() else para)
            continue
        body = para.lstrip(" ")
        indent = para[:len(para) - len(body)]
        words, cur = body.split(" "), ""
        words[0] = indent + words[0]
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        out.append(cur)
    return "\n".join(out)


# ------------------------------------------------------------------------------------------- envelope
def received(t, helo, ip, mx, rcpt, seed):
    return (f"Received: from {helo} (unknown [{ip}])\n\tby {mx} (Postfix) with ESMTPS id {hx(seed, 11, True)}\n"
            f"\tfor <{rcpt}>; {rfc_date(t.astimezone(SH))} (CST)")


def delivery(t, sender, rcpt, mx, helo, ip, seed, rp=None):
    return [f"Return-Path: <{sender if rp is None else rp}>", f"Delivered-To: {rcpt}",
            received(t + dt.timedelta(seconds=3), helo, ip, mx, rcpt, seed)]


def thread_index(seed):
    return base64.b64encode(bytes.fromhex("01dc" + hx(seed, 40))).decode()


# ------------------------------------------------------------------------------------------- attachments
def fixed_zip(data):
    """Rewrite a zip (docx) with a fixed timestamp per entry so bytes are deterministic."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def make_docx(paras, tables=(), when=dt.datetime(2026, 1, 1), author="", title=""):
    """paras: list of str or ('h', text); tables: list of (after_para_index, rows)."""
    import docx
    doc = docx.Document()
    cp = doc.core_properties
    cp.author, cp.last_modified_by, cp.title = author, author, title
    cp.created = cp.modified = when
    cp.revision = 1
    tmap = dict(tables)
    for i, p in enumerate(paras):
        if isinstance(p, tuple):
            doc.add_heading(p[1], level=1)
        else:
            doc.add_paragraph(p)
        if i in tmap:
            rows = tmap[i]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    t.cell(r, c).text = val
    buf = io.BytesIO()
    doc.save(buf)
    return fixed_zip(buf.getvalue())


def make_pdf(lines, title="", author=""):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pagesize=(595.27, 841.89))
    c.setTitle(title)
    c.setAuthor(author)
    y = 790
    for ln in lines:
        size = 16 if ln.startswith("# ") else 11
        txt = ln[2:] if ln.startswith("# ") else ln
        if y < 60:
            c.showPage()
            y = 790
        c.setFont("STSong-Light", size)
        x = 297 - pdfmetrics.stringWidth(txt, "STSong-Light", size) / 2 if size == 16 else 60
        c.drawString(x, y, txt)
        y -= 24 if size == 16 else 19
    c.save()
    return buf.getvalue()

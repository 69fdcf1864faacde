"""heldout69: raw MIME building and the header habits of each mail client (deterministic)."""
import base64
import hashlib
import html
import io
import quopri
import zipfile
from email.utils import format_datetime

CODEC = {"gb2312": "gb2312", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "us-ascii": "ascii"}


def codec(label):
    return CODEC[label.lower()]


def hx(seed, n=16, upper=False):
    h = hashlib.sha256(str(seed).encode()).hexdigest()
    while len(h) < n:
        h += hashlib.sha256(h.encode()).hexdigest()
    return h[:n].upper() if upper else h[:n]


def digits(seed, n):
    return "".join(str(int(c, 16) % 10) for c in hx(seed, n))


def b64s(seed, nbytes):
    return base64.b64encode(bytes.fromhex(hx(seed, nbytes * 2))).decode()


# ---------------------------------------------------------------- headers
def ew(text, label="utf-8", mode="B", first=0):
    """RFC 2047 encoded words, each <= 75 chars, split on character boundaries; folded with LF+space."""
    words, cur = [], ""
    pre = f"=?{label}?{mode}?"

    def enc(s):
        b = s.encode(codec(label))
        if mode == "B":
            return pre + base64.b64encode(b).decode() + "?="
        out = "".join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else
                      ("_" if c == 32 else "=%02X" % c) for c in b)
        return pre + out + "?="
    for ch in text:
        if len(enc(cur + ch)) > 75 - (first if not words else 0):
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return "\n ".join(words)


def htext(text, label="utf-8", mode="B", name=""):
    if all(ord(c) < 128 for c in text):
        return text
    return ew(text, label, mode, first=len(name) + 2)


def addr(p, label="utf-8", mode="B", quote=False):
    name, email = p
    if not name:
        return f"<{email}>" if quote else email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()"@<>') or quote:
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    w = ew(name, label, mode)
    return f"{w} <{email}>"


def addrs(people, label="utf-8", mode="B", quote=False):
    return ",\n ".join(addr(p, label, mode, quote) for p in people)


def rdate(t):
    return format_datetime(t)


# ---------------------------------------------------------------- body nodes
def transfer(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"=\n"
    return data if data.endswith(b"\n") else data + b"\n"


def leaf(ctype, text=None, label=None, cte="base64", data=None, params="", headers=()):
    if data is None:
        data = text.encode(codec(label))
    ct = ctype + (f'; charset="{label}"' if label else "") + params
    head = [("Content-Type", ct)] + list(headers) + [("Content-Transfer-Encoding", cte)]
    return {"head": head, "body": transfer(data, cte)}


def multi(subtype, parts, boundary, preamble=None, params=""):
    body = b""
    if preamble:
        body += preamble.encode() + b"\n"
    for p in parts:
        body += b"\n--" + boundary.encode() + b"\n" + render_part(p)
    body += b"\n--" + boundary.encode() + b"--\n"
    return {"head": [("Content-Type", f'multipart/{subtype};\n\tboundary="{boundary}"' + params)], "body": body}


def head_bytes(pairs):
    return b"".join(f"{k}: {v}\n".encode("ascii") if v != "" else f"{k}: \n".encode() for k, v in pairs)


def render_part(node):
    return head_bytes(node["head"]) + b"\n" + node["body"]


def message(headers, node, tail=()):
    """headers before the MIME headers, then node's content headers, then `tail` headers."""
    return head_bytes(list(headers) + node["head"] + list(tail)) + b"\n" + node["body"]


def attach(filename, data, ctype, label="utf-8"):
    """Attachment; a non-ASCII name is sent as RFC 2231 (name*= / filename*=)."""
    from urllib.parse import quote
    if filename.isascii():
        ct, cd = f'{ctype};\n\tname="{filename}"', f'attachment;\n\tfilename="{filename}"'
    else:
        v = f"{label}''" + quote(filename.encode(codec(label)), safe="")
        ct, cd = f"{ctype};\n\tname*={v}", f"attachment;\n\tfilename*={v}"
    return {"head": [("Content-Type", ct), ("Content-Disposition", cd), ("Content-Transfer-Encoding", "base64")],
            "body": base64.encodebytes(data)}


# ---------------------------------------------------------------- html helpers
def esc(s):
    return html.escape(s, quote=False)


def html_doc(inner, label="utf-8", style="font-family:微软雅黑;font-size:14px", head_extra=""):
    return (f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={label}">\n{head_extra}</head>\n'
            f'<body style="{style}">\n{inner}\n</body>\n</html>\n')


def lines_html(text, tag="div"):
    out = []
    for ln in text.split("\n"):
        out.append(f"<{tag}>{esc(ln) if ln.strip() else '<br>'}</{tag}>")
    return "\n".join(out)


def table_html(rows, head=1, attrs='border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse"'):
    out = [f"<table {attrs}>"]
    for i, r in enumerate(rows):
        tag = "th" if i < head else "td"
        cells = []
        for c in r:
            if isinstance(c, tuple):        # (text, "rowspan=2")
                cells.append(f"<{tag} {c[1]}>{esc(c[0])}</{tag}>")
            else:
                cells.append(f"<{tag}>{esc(c).replace(chr(10), '<br>')}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def table_text(rows):
    return "\n".join("\t".join((c[0] if isinstance(c, tuple) else c).replace("\n", " ") for c in r) for r in rows)


def flowed(text, width=72):
    """format=flowed; delsp=yes: long lines are wrapped with one added trailing space (soft break)."""
    out = []
    for ln in text.split("\n"):
        if ln.startswith(">") or len(ln.encode("utf-8")) <= width * 1:
            out.append(ln.rstrip(" "))
            continue
        cur = ""
        for tok in _tokens(ln):
            if cur and len((cur + tok).encode("utf-8")) > width:
                out.append(cur + " ")          # delsp=yes: the added space is removed when unwrapping
                cur = tok
            else:
                cur += tok
        out.append(cur.rstrip(" "))
    return "\n".join(out)


def _tokens(ln):
    toks, cur = [], ""
    for ch in ln:
        cur += ch
        if ch == " " or ord(ch) > 0x2e80:
            toks.append(cur)
            cur = ""
    if cur:
        toks.append(cur)
    return toks


# ---------------------------------------------------------------- attachments (deterministic)
def fixed_zip(data):
    """Rewrite a zip (docx) with fixed timestamps and order so bytes are reproducible."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# ---------------------------------------------------------------- delivery
def received_mx(t, helo, ip, mx, rcpt, seed, proto="ESMTPS"):
    qid = hx(seed + "q", 11, upper=True)
    return ("Received", f"from {helo} (unknown [{ip}])\n\tby {mx} (Postfix) with {proto} id {qid}\n\tfor <{rcpt}>; {rdate(t)} (CST)")


def delivery(t, sender, rcpt, helo, ip, mx, seed):
    return [("Return-Path", f"<{sender}>"), ("Delivered-To", rcpt), received_mx(t, helo, ip, mx, rcpt, seed)]


def threading(irt=None, refs=None):
    out = []
    if irt:
        out.append(("In-Reply-To", irt))
    if refs:
        out.append(("References", "\n ".join(refs)))
    return out

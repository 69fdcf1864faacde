"""MIME helpers for the heldout23 generator (adapted from the dev corpus's make_corpus.py helpers).

Deterministic: every id/boundary is derived from a seed string with sha256.
"""
import base64
import binascii
import datetime as dt
import hashlib
import html
import io
import re
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32

TZ8 = dt.timezone(dt.timedelta(hours=8))
UTC = dt.timezone.utc
WEEKDAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTH_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAY_ZH = "一二三四五六日"

CODEC = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "us-ascii": "ascii",
         "big5": "big5", "iso-8859-1": "latin-1"}


def codec(label):
    return CODEC[label.lower()]


def hx(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def hb64(seed, nbytes):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:nbytes]).decode()


def rfc_date(t):
    off = t.utcoffset()
    sign = "+" if off >= dt.timedelta(0) else "-"
    mins = abs(int(off.total_seconds())) // 60
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WEEKDAY_EN[t.weekday()], t.day, MONTH_EN[t.month - 1],
                                                      t.year, t.hour, t.minute, t.second, sign, mins // 60,
                                                      mins % 60)


def encoded_words(text, label="utf-8", mode="B", limit=75):
    words, cur = [], ""
    cs = codec(label)

    def enc(s):
        raw = s.encode(cs)
        if mode.upper() == "B":
            body = base64.b64encode(raw).decode()
        else:
            body = "".join(chr(b) if (chr(b).isalnum() and b < 128) else ("_" if b == 32 else "=%02X" % b)
                           for b in raw)
        return "=?%s?%s?%s?=" % (label, mode, body)

    for ch in text:
        if cur and len(enc(cur + ch)) > limit:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return words


def htext(text, label="utf-8", mode="B"):
    if all(ord(c) < 128 for c in text):
        return text
    return "\n ".join(encoded_words(text, label, mode, limit=66))


def haddr(name, email, label="utf-8", mode="B", quote=False):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email}>' if quote or re.search(r"[^\w ]", name) else f"{name} <{email}>"
    w = " ".join(encoded_words(name, label, mode))
    return f'"{w}" <{email}>' if quote else f"{w} <{email}>"


def haddrs(people, label="utf-8", mode="B", quote=False, sep=", "):
    return sep.join(haddr(n, e, label=label, mode=mode, quote=quote) for n, e in people)


def transfer_encode(data, cte):
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return binascii.b2a_qp(data, istext=True).decode("ascii")
    if cte in ("7bit", "8bit"):
        return data.decode("ascii", "surrogateescape")
    raise ValueError(cte)


def leaf(ctype, text=None, label=None, cte="base64", data=None, params=(), headers=(), ct_quote=True, crlf=False):
    m = Message()
    ct = ctype
    if label:
        ct += '; charset="%s"' % label if ct_quote else "; charset=%s" % label
    for k, v in params:
        ct += '; %s="%s"' % (k, v) if ct_quote else "; %s=%s" % (k, v)
    m["Content-Type"] = ct
    for k, v in headers:
        m[k] = v
    m["Content-Transfer-Encoding"] = cte
    if data is None:
        if crlf:
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        data = text.encode(codec(label))
    m.set_payload(transfer_encode(data, cte))
    return m


def multi(subtype, parts, boundary, preamble=None, params=()):
    m = Message()
    ct = 'multipart/%s; boundary="%s"' % (subtype, boundary)
    for k, v in params:
        ct += '; %s="%s"' % (k, v)
    m["Content-Type"] = ct
    m.set_payload(list(parts))
    if preamble:
        m.preamble = preamble
    m.epilogue = ""
    return m


def envelope(headers, body):
    top = Message()
    for k, v in headers:
        if v is None:
            continue
        if k == "MIME-Version!":
            top["MIME-Version"] = "1.0"
            continue
        top[k] = v
    if "MIME-Version" not in top:
        top["MIME-Version"] = "1.0"
    for k, v in body.items():
        top[k] = v
    top._payload = body._payload
    top.preamble = body.preamble
    top.epilogue = body.epilogue
    return top


def serialize(msg, crlf=False):
    buf = io.BytesIO()
    pol = compat32.clone(linesep="\r\n" if crlf else "\n", max_line_length=78)
    BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(msg)
    return buf.getvalue()


def esc(s):
    return html.escape(s, quote=False)


def text_to_html(text, tag="div"):
    out = []
    for line in text.split("\n"):
        out.append("<%s>%s</%s>" % (tag, esc(line) if line.strip() else "<br>", tag))
    return "\n".join(out)


def table_html(rows, style="border-collapse:collapse;font-size:10.5pt", cell="border:solid windowtext 1.0pt;padding:0 5.4pt"):
    h = ['<table border="1" cellspacing="0" cellpadding="0" style="%s">' % style]
    for i, r in enumerate(rows):
        h.append("<tr>" + "".join('<td style="%s">%s%s%s</td>' % (cell, "<b>" if i == 0 else "", esc(c).replace("\n", "<br>"),
                                                                    "</b>" if i == 0 else "") for c in r) + "</tr>")
    h.append("</table>")
    return "\n".join(h)


def attachment(filename, data, ctype, label="utf-8", style="rfc2231"):
    m = Message()
    if all(ord(c) < 128 for c in filename):
        m["Content-Type"] = '%s; name="%s"' % (ctype, filename)
        m["Content-Disposition"] = 'attachment; filename="%s"' % filename
    elif style == "rfc2047":
        w = "".join(encoded_words(filename, label, "B", limit=200))
        m["Content-Type"] = '%s; name="%s"' % (ctype, w)
        m["Content-Disposition"] = 'attachment; filename="%s"' % w
    else:
        pct = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "._-") else
                      "".join("%%%02X" % b for b in ch.encode(codec(label))) for ch in filename)
        w = "".join(encoded_words(filename, label, "B", limit=200))
        m["Content-Type"] = '%s; name="%s"' % (ctype, w)
        m["Content-Disposition"] = "attachment; filename*=%s''%s" % (label, pct)
    m["Content-Transfer-Encoding"] = "base64"
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


def thread_index(seed):
    raw = b"\x01\xdb" + hashlib.sha256(seed.encode()).digest()[:20]
    return base64.b64encode(raw).decode()

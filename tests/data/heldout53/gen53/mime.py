"""A small raw-MIME builder on top of the stdlib `email` helpers.

Clients lay out mail differently (header order, boundaries, preambles, base64 line length, QP), so the
bytes are assembled here explicitly; `email.utils`, `email.header`-style encoded words, `base64`/`quopri`
do the encoding, and ../make_heldout53.py --check re-parses every result with email.policy.default.
Everything is deterministic: boundaries, Message-IDs and dates are given by the caller.
"""
import base64
import datetime as dt
import email.utils
import quopri

# label -> Python codec used to produce the bytes (the label itself is what the mail declares)
CODEC = {"utf-8": "utf-8", "gb2312": "gb2312", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5",
         "us-ascii": "ascii", "iso-8859-1": "latin-1", "windows-1252": "cp1252"}


def codec(label):
    return CODEC[label.lower()]


# ---------------------------------------------------------------- headers
def ew(text, label="utf-8", enc="B", first_room=60):
    """Encode `text` as one or more RFC 2047 encoded words (folded with CRLF+space), splitting on
    character boundaries so that no word exceeds 75 characters."""
    cdc = codec(label)
    prefix = "=?%s?%s?" % (label, enc)
    words, cur = [], ""

    def enc_chunk(s):
        raw = s.encode(cdc)
        if enc.upper() == "B":
            return base64.b64encode(raw).decode("ascii")
        out = []
        for b in raw:
            c = chr(b)
            if c == " ":
                out.append("_")
            elif c.isalnum() and b < 128:
                out.append(c)
            else:
                out.append("=%02X" % b)
        return "".join(out)

    limit = 75 - len(prefix) - 2
    for ch in text:
        trial = cur + ch
        if len(enc_chunk(trial)) > limit and cur:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(cur)
    return "\n ".join(prefix + enc_chunk(w) + "?=" for w in words)


def needs_encoding(s):
    return any(ord(c) > 126 for c in s)


def addr(name, address, label="utf-8", enc="B", quote=False):
    """A mailbox with the display name encoded when it is not ASCII."""
    if not name:
        return "<%s>" % address if quote else address
    if needs_encoding(name):
        return "%s <%s>" % (ew(name, label, enc), address)
    if quote or any(c in name for c in ",.;:@()'\""):
        return '"%s" <%s>' % (name.replace('"', '\\"'), address)
    return "%s <%s>" % (name, address)


def addr_list(pairs, label="utf-8", enc="B", sep=",\n "):
    return sep.join(addr(n, a, label, enc) for n, a in pairs)


def subject(text, label="utf-8", enc="B"):
    return ew(text, label, enc) if needs_encoding(text) else text


def date_hdr(y, mo, d, h, mi, s, offset_minutes=480):
    tz = dt.timezone(dt.timedelta(minutes=offset_minutes))
    return email.utils.format_datetime(dt.datetime(y, mo, d, h, mi, s, tzinfo=tz))


# ---------------------------------------------------------------- bodies
def b64(data, width=76):
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n"


def qp(data):
    """Quoted-printable with soft breaks at 76; line breaks in the data stay line breaks."""
    text = data.replace(b"\r\n", b"\n")
    out = quopri.encodestring(text, quotetabs=False).decode("ascii")
    if not out.endswith("\n"):
        out += "\n"
    return out


class Part:
    def __init__(self, headers, body=None, parts=None, boundary=None, preamble=None, epilogue=None):
        self.headers = headers          # list of (name, value)
        self.body = body                # str (already transfer-encoded, may hold surrogates for 8bit)
        self.parts = parts or []
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def render(self):
        lines = []
        for n, v in self.headers:
            lines.append("%s: %s" % (n, v) if v != "" else "%s: " % n)
        head = "\n".join(lines) + "\n\n"
        if not self.parts:
            return head + self.body
        out = [head]
        if self.preamble is not None:
            out.append(self.preamble + "\n")
        for p in self.parts:
            out.append("--%s\n" % self.boundary)
            r = p.render()
            if not r.endswith("\n"):
                r += "\n"
            out.append(r)
            out.append("\n")
        out.append("--%s--\n" % self.boundary)
        if self.epilogue is not None:
            out.append(self.epilogue)
        return "".join(out)


def text_part(text, subtype="plain", label="utf-8", cte="base64", crlf=True, extra_params="",
              headers_after=None, ctype_style='"'):
    """A text leaf. `crlf` turns the content's own line ends into CRLF before encoding (what Windows
    clients do); for 8bit the whole message's line ends are decided at serialisation time."""
    if crlf and cte in ("base64",):
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    raw = text.encode(codec(label))
    if ctype_style == '"':
        ct = 'text/%s; charset="%s"%s' % (subtype, label, extra_params)
    else:
        ct = "text/%s; charset=%s%s" % (subtype, label, extra_params)
    headers = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if headers_after:
        headers += headers_after
    if cte == "base64":
        body = b64(raw)
    elif cte == "quoted-printable":
        body = qp(raw)
    elif cte in ("8bit", "7bit"):
        body = raw.decode("ascii", "surrogateescape")
        if not body.endswith("\n"):
            body += "\n"
    else:
        raise ValueError(cte)
    return Part(headers, body=body)


def binary_part(data, ctype, filename, disposition="attachment", name_label="utf-8", extra=None,
                rfc2231=False):
    if needs_encoding(filename):
        if rfc2231:
            from urllib.parse import quote
            fn_ct = "name*=%s''%s" % (name_label, quote(filename.encode(codec(name_label))))
            fn_cd = "filename*=%s''%s" % (name_label, quote(filename.encode(codec(name_label))))
        else:
            enc = ew(filename, name_label, "B").replace("\n ", "")
            fn_ct = 'name="%s"' % enc
            fn_cd = 'filename="%s"' % enc
    else:
        fn_ct = 'name="%s"' % filename
        fn_cd = 'filename="%s"' % filename
    headers = [("Content-Type", "%s;\n\t%s" % (ctype, fn_ct)),
               ("Content-Disposition", "%s;\n\t%s" % (disposition, fn_cd)),
               ("Content-Transfer-Encoding", "base64")]
    if extra:
        headers += extra
    return Part(headers, body=b64(data))


def multipart(subtype, parts, boundary, headers_extra=None, preamble=None, quote_boundary=True,
              params=""):
    b = '"%s"' % boundary if quote_boundary else boundary
    headers = [("Content-Type", "multipart/%s;%s\n\tboundary=%s" % (subtype, params, b))]
    if headers_extra:
        headers += headers_extra
    return Part(headers, parts=parts, boundary=boundary, preamble=preamble)


def message(headers, body, linesep="\r\n"):
    """headers: list of (name, value) for the top level; body: a Part whose own headers (Content-*)
    are appended after them."""
    top = Part(headers + body.headers, body=body.body, parts=body.parts, boundary=body.boundary,
               preamble=body.preamble, epilogue=body.epilogue)
    text = top.render()
    raw = text.encode("ascii", "surrogateescape")
    raw = raw.replace(b"\r\n", b"\n")
    if linesep == "\r\n":
        raw = raw.replace(b"\n", b"\r\n")
    return raw

"""Small helpers that write mail the way the clients in make_heldout.py write it: RFC 2047 headers in the
client's charset, base64 / quoted-printable / 8bit bodies, multiparts with the client's boundaries, Outlook
and web-mail HTML. Deterministic: the same call gives the same bytes.
"""
from __future__ import annotations

import base64
import datetime as dt
import html
import io
import quopri
import zipfile

CODEC = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5", "utf-8": "utf-8", "us-ascii": "ascii"}


def codec(label: str) -> str:
    return CODEC[label.lower()]


def words(text: str, label: str = "utf-8", mode: str = "B") -> str:
    """RFC 2047 encoded words (each under 75 characters) for a header value that is not ASCII."""
    if text.isascii():
        return text
    try:
        text.encode(codec(label))
    except UnicodeEncodeError:
        label = "utf-8"                # Outlook falls back to UTF-8 for a name its charset lacks
    out, chunk = [], ""
    for ch in text:
        if len((chunk + ch).encode(codec(label))) > 30:
            out.append(chunk)
            chunk = ""
        chunk += ch
    out.append(chunk)
    encoded = []
    for piece in out:
        data = piece.encode(codec(label))
        if mode == "B":
            encoded.append(f"=?{label}?B?{base64.b64encode(data).decode()}?=")
        else:
            q = "".join(chr(b) if (48 <= b < 58 or 65 <= b < 91 or 97 <= b < 123) else "_" if b == 32 else f"={b:02X}"
                        for b in data)
            encoded.append(f"=?{label}?Q?{q}?=")
    return "\r\n ".join(encoded)


def addr(name: str, email: str, label: str = "utf-8", mode: str = "B", quote: bool = False) -> str:
    if not name:
        return email
    shown = words(name, label, mode)
    if name.isascii() and (quote or " " in name or "," in name):
        shown = f'"{name}"'
    return f"{shown} <{email}>"


def addrs(people, label: str = "utf-8", mode: str = "B", sep: str = ",\r\n ") -> str:
    return sep.join(addr(n, e, label, mode) for n, e in people)


def rfc_date(text: str) -> str:
    """'2025-09-22 17:45:12 +0800' -> 'Mon, 22 Sep 2025 17:45:12 +0800'."""
    when = dt.datetime.strptime(text, "%Y-%m-%d %H:%M:%S %z")
    return when.strftime("%a, %d %b %Y %H:%M:%S ") + text[-5:]


def encode_body(data: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    return data


def leaf(ctype: str, text: str | None = None, label: str | None = "utf-8", cte: str = "base64", data: bytes | None = None,
         params: str = "", headers: tuple[str, ...] = ()) -> bytes:
    """One MIME leaf part: its headers and its encoded body."""
    if data is None:
        data = text.replace("\r\n", "\n").encode(codec(label or "us-ascii"))
    head = f"Content-Type: {ctype}" + (f'; charset="{label}"' if label else "") + params
    lines = [head, f"Content-Transfer-Encoding: {cte}", *headers]
    return ("\n".join(lines) + "\n\n").encode() + encode_body(data, cte)


def multi(subtype: str, parts: list[bytes], boundary: str, preamble: str = "", params: str = "") -> bytes:
    body = (preamble + "\n").encode() if preamble else b""
    for part in parts:
        body += f"\n--{boundary}\n".encode() + part.rstrip(b"\n") + b"\n"
    body += f"\n--{boundary}--\n".encode()
    return f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"{params}\n\n'.encode() + body


def message(headers: list[tuple[str, str]], body_part: bytes, crlf: bool = False) -> bytes:
    """Headers (in the client's order) + a part whose own headers end the header block."""
    head = "".join(f"{name}: {value}\n" for name, value in headers).replace("\r\n", "\n")
    raw = head.encode("utf-8") + body_part
    return raw.replace(b"\n", b"\r\n") if crlf else raw


def headers(frm, to, subject, date, msgid, cc=(), label="utf-8", mode="B", extra=(), first=()) -> list[tuple[str, str]]:
    """A client's header block: `first`, From, To, Cc, Subject, Date, Message-ID, `extra`, MIME-Version."""
    out = list(first)
    out += [("From", addr(*frm, label=label, mode=mode)), ("To", addrs(to, label, mode))]
    if cc:
        out.append(("Cc", addrs(cc, label, mode)))
    out += [("Subject", words(subject, label, mode)), ("Date", rfc_date(date)), ("Message-ID", msgid), *extra,
            ("MIME-Version", "1.0")]
    return out


OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "zh-cn")]
FOXMAIL = [("X-Mailer", "Foxmail 7.2.25.375[cn]")]
THUNDERBIRD = [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1")]
GMAIL = [("X-Gm-Message-State", "AOJu0YwQ2n1x")]


def plain_mail(head, text: str, label: str = "utf-8", cte: str = "base64", crlf: bool = False) -> bytes:
    return message(head, leaf("text/plain", text, label, cte), crlf=crlf)


def outlook_mail(head, blocks: list, label: str = "gb2312") -> bytes:
    """Outlook desktop's multipart/alternative: the blocks as plain text (base64) and as Word HTML (QP)."""
    body = multi("alternative", [leaf("text/plain", plain_of(blocks), label, "base64"),
                                 leaf("text/html", outlook_html(blocks, label), label, "quoted-printable")],
                 "----=_NextPart_000_0042_01DC3C11.5A6B7C80", preamble="This is a multipart message in MIME format.")
    return message(head, body, crlf=True)


# -- HTML as clients write it ----------------------------------------------------------------------------------

def esc(text: str) -> str:
    return html.escape(text, quote=False)


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" \
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" \
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{{font-family:等线;
	panose-1:2 1 6 0 3 1 1 1 1 1;}}
@font-face
	{{font-family:"Microsoft YaHei";
	panose-1:2 11 5 3 2 2 4 2 2 4;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	text-align:justify;
	text-justify:inter-ideograph;
	font-size:10.5pt;
	font-family:等线;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}}
span.EmailStyle17
	{{mso-style-type:personal-compose;
	font-family:等线;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-family:等线;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:72.0pt 90.0pt 72.0pt 90.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang=ZH-CN link="#0563C1" vlink="#954F72" style='text-align-justify:inter-ideograph;word-wrap:break-word'>
<div class=WordSection1>
"""
OUTLOOK_TAIL = "</div>\n</body>\n</html>\n"
SPAN = "<span lang=ZH-CN style='font-family:\"Microsoft YaHei\",sans-serif'>"


def o_para(text: str, bold: bool = False) -> str:
    if not text:
        return "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n"
    inner = esc(text)
    if bold:
        inner = f"<b>{inner}</b>"
    return f"<p class=MsoNormal>{SPAN}{inner}<o:p></o:p></span></p>\n"


def o_table(rows: list[list], head: int = 1) -> str:
    """rows of cells; a cell is text, or (text, rowspan, colspan); None marks a cell covered by a span."""
    out = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>"]
    for r, row in enumerate(rows):
        out.append("<tr>")
        for cell in row:
            if cell is None:
                continue
            text, rowspan, colspan = (cell, 1, 1) if isinstance(cell, str) else cell
            spans = (f" rowspan={rowspan}" if rowspan > 1 else "") + (f" colspan={colspan}" if colspan > 1 else "")
            inner = f"<b>{esc(text)}</b>" if r < head else esc(text)
            out.append(f"<td width=96 valign=top{spans} style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>"
                       f"<p class=MsoNormal>{SPAN}{inner}<o:p></o:p></span></p></td>")
        out.append("</tr>")
    out.append("</table>\n")
    return "\n".join(out)


def outlook_html(blocks: list, cs: str) -> str:
    """blocks: text lines ('' = blank), ('b', text) bold lines, ('table', rows) tables, ('raw', html)."""
    head = OUTLOOK_HEAD.format(cs=cs)
    out = [head.replace("等线", "新細明體") if cs == "big5" else head]       # Hong Kong Office's default font
    for block in blocks:
        if isinstance(block, str):
            out.append(o_para(block))
        elif block[0] == "b":
            out.append(o_para(block[1], bold=True))
        elif block[0] == "table":
            out.append(o_table(block[1]))
        else:
            out.append(block[1])
    return "".join(out) + OUTLOOK_TAIL


def plain_rows(rows: list[list]) -> list[str]:
    """A table as the plain alternative of Outlook writes it: cells joined by tabs, merged cells left empty."""
    lines = []
    for row in rows:
        cells = ["" if cell is None else cell if isinstance(cell, str) else cell[0] for cell in row]
        lines.append("\t".join(cells))
    return lines


def plain_of(blocks: list) -> str:
    """The plain alternative of outlook_html's blocks: text lines, bold lines, tables as tab-joined rows."""
    out = []
    for block in blocks:
        if isinstance(block, str):
            out.append(block)
        elif block[0] == "b":
            out.append(block[1])
        elif block[0] == "table":
            out.extend(plain_rows(block[1]))
    return "\n".join(out) + "\n"


def docx_bytes(build) -> bytes:
    """A .docx written by python-docx (build(document) adds the content), with fixed zip timestamps."""
    import docx
    document = docx.Document()
    document.core_properties.created = dt.datetime(2025, 12, 4, 12, 0, 0)
    document.core_properties.modified = dt.datetime(2025, 12, 4, 12, 0, 0)
    build(document)
    raw = io.BytesIO()
    document.save(raw)
    fixed = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            stable = zipfile.ZipInfo(info.filename, date_time=(2025, 12, 4, 12, 0, 0))
            stable.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(stable, src.read(info.filename))
    return fixed.getvalue()

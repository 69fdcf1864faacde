#!/usr/bin/env python3
"""Generator for the blind held-out set "heldout28" (cases 5601-5638) for minutebot.

    python make_heldout28.py [OUTDIR]          write every .eml/.json, roster.csv and README.md
    python make_heldout28.py --check [OUTDIR]  re-parse every .eml with email.policy.default
                                               (no defects, every text part decodes strictly),
                                               recompute every gold date from the message's own
                                               Date header (Asia/Shanghai, chinesecalendar), and
                                               compare the files on disk with a fresh build.

Deterministic: no clock, no randomness. Every id, boundary and timestamp is derived from
the case data (hashlib of fixed strings). Needs: chinesecalendar (`import chinese_calendar`).
"""
import base64
import csv
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html
import io
import json
import os
import re
import sys
import zipfile
import zlib
from zoneinfo import ZoneInfo

import chinese_calendar

SH = ZoneInfo("Asia/Shanghai")
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# small deterministic helpers
# ---------------------------------------------------------------------------

def h(s, n=16):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:n]


def hU(s, n=16):
    return h(s, n).upper()


def uuid_like(s):
    x = hashlib.sha1(s.encode()).hexdigest()
    return f"{x[:8]}-{x[8:12]}-4{x[13:16]}-a{x[17:20]}-{x[20:32]}"


# Python codec used for each charset label.  A gb2312 label is encoded strictly with
# the gb2312 codec (so nothing outside GB2312 can slip in under that label).
CODEC = {"gb2312": "gb2312", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5",
         "utf-8": "utf-8", "us-ascii": "ascii", "iso-8859-1": "latin-1"}


def codec_of(label):
    return CODEC[label.lower()]


# ---------------------------------------------------------------------------
# RFC 2047 header encoding
# ---------------------------------------------------------------------------

def _q_encode(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch == " ":
            out.append("_")
        elif ch.isalnum() and c < 128 or ch in "!*+-/":
            out.append(ch)
        else:
            out.append("=%02X" % c)
    return "".join(out)


def ew(text, charset="utf-8", enc="B", first=9):
    """Encode text as RFC 2047 encoded words (folded with '\\n ')."""
    if all(ord(c) < 128 for c in text):
        return text
    codec = codec_of(charset)
    words, cur = [], ""
    limit = 75

    def encoded(s):
        b = s.encode(codec)
        if enc == "B":
            return f"=?{charset}?B?{base64.b64encode(b).decode()}?="
        return f"=?{charset}?Q?{_q_encode(b)}?="

    for ch in text:
        if cur and len(encoded(cur + ch)) > limit - (first if not words else 1):
            words.append(encoded(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(encoded(cur))
    return "\n ".join(words)


def addr(name, email_, charset="utf-8", enc="B"):
    if not name:
        return f"<{email_}>" if False else email_
    if all(ord(c) < 128 for c in name):
        if re.search(r'[(),.:;<>@\[\]"\\]', name):
            return f'"{name}" <{email_}>'
        return f"{name} <{email_}>"
    return f"{ew(name, charset, enc)} <{email_}>"


def addrs(lst, charset="utf-8", enc="B"):
    return ",\n ".join(addr(n, e, charset, enc) for n, e in lst)


# ---------------------------------------------------------------------------
# transfer encodings
# ---------------------------------------------------------------------------

def b64(data, width=76):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n"


def qp(data):
    """Quoted-printable with soft breaks at 76 (they may fall inside a multibyte char)."""
    lines = data.split(b"\n")
    out = []
    for li, line in enumerate(lines):
        if line.endswith(b"\r"):
            line = line[:-1]
        if li == len(lines) - 1 and line == b"":
            break
        toks = []
        for i, c in enumerate(line):
            if (33 <= c <= 126 and c != 61) or (c in (9, 32) and i != len(line) - 1):
                toks.append(chr(c))
            else:
                toks.append("=%02X" % c)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                out.append(cur + "=")
                cur = ""
            cur += t
        out.append(cur)
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# MIME tree
# ---------------------------------------------------------------------------

class Leaf:
    def __init__(self, ctype, payload, cte, headers=()):
        self.ctype = ctype          # full Content-Type value (already formatted)
        self.payload = payload      # bytes (raw, before transfer encoding)
        self.cte = cte              # base64 | quoted-printable | 8bit | 7bit
        self.headers = list(headers)

    def render(self):
        hs = [("Content-Type", self.ctype)]
        if self.cte:
            hs.append(("Content-Transfer-Encoding", self.cte))
        hs += self.headers
        head = "".join(f"{k}: {v}\n" for k, v in hs).encode()
        if self.cte == "base64":
            body = b64(self.payload).encode()
        elif self.cte == "quoted-printable":
            body = qp(self.payload).encode()
        else:
            body = self.payload.replace(b"\r\n", b"\n")
            if not body.endswith(b"\n"):
                body += b"\n"
        return head + b"\n" + body


class Multi:
    def __init__(self, subtype, boundary, parts, preamble=None, extra_params="", headers=()):
        self.subtype, self.boundary, self.parts = subtype, boundary, parts
        self.preamble, self.extra_params, self.headers = preamble, extra_params, list(headers)

    @property
    def ctype(self):
        return f'multipart/{self.subtype};{self.extra_params}\n\tboundary="{self.boundary}"'

    def render(self):
        head = f"Content-Type: {self.ctype}\n".encode()
        head += "".join(f"{k}: {v}\n" for k, v in self.headers).encode()
        out = head + b"\n"
        if self.preamble:
            out += self.preamble.encode() + b"\n"
        for p in self.parts:
            out += f"\n--{self.boundary}\n".encode() + p.render()
        out += f"\n--{self.boundary}--\n".encode()
        return out


def text_leaf(text, charset, cte, subtype="plain", label=None, params="", crlf=False):
    """label: how the charset is written in the header (e.g. 'GBK', '"gb2312"', 'utf-8')."""
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    data = text.encode(codec_of(charset))
    lab = label if label is not None else f'"{charset}"'
    return Leaf(f"text/{subtype}; charset={lab}{params}", data, cte)


def message(trace, headers, body):
    """trace: list of (name, value) added by the receiving server; headers: the client's."""
    out = "".join(f"{k}: {v}\n" for k, v in trace)
    out += "".join(f"{k}: {v}\n" for k, v in headers)
    if isinstance(body, Multi):
        return out.encode() + body.render()
    return out.encode() + body.render()


def rfcdate(d, comment=""):
    """'Thu, 2 Apr 2026 16:48:10 +0800' from an aware datetime (day without a leading zero)."""
    return f"{d:%a}, {d.day} {d:%b %Y %H:%M:%S %z}" + (f" ({comment})" if comment else "")


def at(s, tz="+08:00"):
    return dt.datetime.fromisoformat(s + tz)


def trace_headers(envelope_from, rcpt, mx, relay_from, relay_ip, when, qid, helo=None, extra=()):
    """Return-Path / Delivered-To / Received added by the receiving server (Postfix)."""
    recv = (when + dt.timedelta(seconds=3)).astimezone(SH)
    helo = helo or relay_from
    rdns = relay_from if ("." in relay_from and not relay_from.startswith("[")
                          and not relay_from.endswith((".local", ".apple"))) else "unknown"
    tz = recv.strftime("%z")
    stamp = f"{recv.strftime('%a')}, {recv.day:>2} {recv.strftime('%b %Y %H:%M:%S')} {tz} (CST)" if tz == "+0800" \
        else f"{recv.strftime('%a')}, {recv.day:>2} {recv.strftime('%b %Y %H:%M:%S')} {tz}"
    t = [("Return-Path", f"<{envelope_from}>" if envelope_from else "<>"),
         ("Delivered-To", rcpt),
         ("Received", f"from {helo} ({rdns} [{relay_ip}])\n\tby {mx} (Postfix) with ESMTPS id {qid}\n"
                      f"\tfor <{rcpt}>; {stamp}")]
    t += list(extra)
    return t


# ---------------------------------------------------------------------------
# body documents: text lines + tables, rendered to text/plain and per-client HTML
# ---------------------------------------------------------------------------

class Table:
    def __init__(self, rows, text_style="tsv", html_attrs='border="1" cellspacing="0" cellpadding="4"'):
        self.rows = rows
        self.text_style = text_style
        self.html_attrs = html_attrs

    def text(self):
        if self.text_style == "tsv":
            return "\n".join("\t".join(c.replace("\n", " ") for c in r) for r in self.rows) + "\n"
        if self.text_style == "cells":      # one cell a line, blank line between rows (Foxmail/Coremail)
            return "\n".join("\n".join(c.replace("\n", " ") for c in r) + "\n" for r in self.rows)
        if self.text_style == "pipes":
            return "\n".join("| " + " | ".join(c.replace("\n", " ") for c in r) + " |" for r in self.rows) + "\n"
        raise ValueError(self.text_style)

    def html(self, cell_wrap=lambda s: s):
        out = [f"<table {self.html_attrs}>"]
        for i, r in enumerate(self.rows):
            tag = "td"
            out.append("<tr>" + "".join(
                f"<{tag}>{cell_wrap('<br>'.join(html.escape(x) for x in c.split(chr(10))))}</{tag}>"
                for c in r) + "</tr>")
        out.append("</table>")
        return "\n".join(out)


class Raw:
    """Raw HTML that only the HTML part shows (an inline image, a logo)."""

    def __init__(self, html_str):
        self.html_str = html_str

    def text(self):
        return ""


def doc_text(doc, nl="\n"):
    s = "".join(x if isinstance(x, str) else x.text() for x in doc)
    return s.replace("\n", nl)


def _lines_html(s, wrap):
    lines = s.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    return "\n".join(wrap(line) for line in lines)


def esc_keep_spaces(line):
    e = html.escape(line, quote=False)
    lead = len(e) - len(e.lstrip(" "))
    return "&nbsp;" * lead + e.lstrip(" ")


def html_generic(doc, line_wrap, table_wrap=lambda t: t.html()):
    parts = []
    for x in doc:
        if isinstance(x, str):
            parts.append(_lines_html(x, line_wrap))
        elif isinstance(x, Raw):
            parts.append(x.html_str)
        else:
            parts.append(table_wrap(x))
    return "\n".join(p for p in parts if p)


def html_outlook(doc, charset_label, lang="ZH-CN", font="等线"):
    def wrap(line):
        if not line.strip():
            return '<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>'
        return f'<p class=MsoNormal>{esc_keep_spaces(line)}<span lang=EN-US><o:p></o:p></span></p>'

    def tab(t):
        rows = []
        for r in t.rows:
            cells = "".join(
                '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                + "".join(f'<p class=MsoNormal>{html.escape(p)}<span lang=EN-US><o:p></o:p></span></p>'
                          for p in c.split("\n")) + "</td>" for c in r)
            rows.append(f"<tr>{cells}</tr>")
        return ('<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 '
                'style="border-collapse:collapse;border:none">\n' + "\n".join(rows) + "\n</table>")

    body = html_generic(doc, wrap, tab)
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv=Content-Type content="text/html; charset={charset_label}">\n'
        '<meta name=Generator content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
        f'@font-face\n\t{{font-family:{font};\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}}\n'
        f'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{{margin:0cm;\n\ttext-align:justify;\n\ttext-justify:inter-ideograph;\n'
        f'\tfont-size:10.5pt;\n\tfont-family:{font};}}\n'
        'span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n'
        '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 90.0pt 72.0pt 90.0pt;}\n'
        'div.WordSection1\n\t{page:WordSection1;}\n--></style><!--[if gte mso 9]><xml>\n'
        '<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]-->\n</head>\n'
        f'<body lang=ZH-CN link="#0563C1" vlink="#954F72" style="text-justify-trim:punctuation">\n'
        f'<div class=WordSection1>\n{body}\n</div>\n</body>\n</html>\n')


def html_divs(doc, head_meta=None, outer_style=None, table_attrs=None):
    def wrap(line):
        if not line.strip():
            return "<div><br></div>"
        return f"<div>{esc_keep_spaces(line)}</div>"

    body = html_generic(doc, wrap)
    if outer_style:
        body = f'<div style="{outer_style}">\n{body}\n</div>'
    if head_meta:
        return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={head_meta}">'
                f'</head><body>\n{body}\n</body></html>\n')
    return body + "\n"


def html_gmail(doc):
    def wrap(line):
        return f"{esc_keep_spaces(line)}<br>" if line.strip() else "<br>"
    return '<div dir="ltr">' + html_generic(doc, wrap) + "</div>\n"


# ---------------------------------------------------------------------------
# attachments: a minimal .docx (OOXML zip) and a small PDF, both byte-deterministic
# ---------------------------------------------------------------------------

def make_docx(paragraphs, when):
    """paragraphs: list of str or ('table', rows) or ('title', str)."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def run(t, bold=False, size=None):
        rpr = ""
        if bold or size:
            rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
        return f'<w:r>{rpr}<w:t xml:space="preserve">{html.escape(t, quote=False)}</w:t></w:r>'

    body = []
    for p in paragraphs:
        if isinstance(p, tuple) and p[0] == "title":
            body.append(f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>{run(p[1], True, 36)}</w:p>')
        elif isinstance(p, tuple) and p[0] == "table":
            rows = []
            for i, r in enumerate(p[1]):
                cells = "".join(
                    f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p>{run(c, i == 0)}</w:p></w:tc>'
                    for c in r)
                rows.append(f"<w:tr>{cells}</w:tr>")
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                        '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
                        '</w:tblPr>' + "".join(rows) + "</w:tbl>")
        else:
            body.append(f"<w:p>{run(p)}</w:p>" if p else "<w:p/>")
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f'<w:document {W}><w:body>' + "".join(body) +
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" '
                'w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
                '</w:body></w:document>')
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" '
         'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '<Override PartName="/docProps/core.xml" '
         'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
         'core-properties" Target="docProps/core.xml"/>'
         '</Relationships>'),
        ("docProps/core.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
         'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
         f'<dc:creator>{html.escape(when[1])}</dc:creator>'
         f'<dcterms:created xsi:type="dcterms:W3CDTF">{when[0]}</dcterms:created>'
         f'<dcterms:modified xsi:type="dcterms:W3CDTF">{when[0]}</dcterms:modified>'
         '</cp:coreProperties>'),
        ("word/document.xml", document),
    ]
    buf = io.BytesIO()
    stamp = dt.datetime.fromisoformat(when[0].replace("Z", "")).timetuple()[:6]
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        x = z.read("word/document.xml").decode("utf-8")
    x = re.sub(r"</w:p>", "\n", x)
    x = re.sub(r"</w:tc>", "\t", x)
    return html.unescape(re.sub(r"<[^>]+>", "", x))


def make_pdf(lines, info):
    """A one-page PDF with Helvetica text (WinAnsi, ASCII only).  lines: (size, bold, text)."""
    content = ["BT"]
    y = 800
    for size, bold, text in lines:
        if text is None:
            y -= size
            continue
        esc = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        content.append(f"/{'F2' if bold else 'F1'} {size} Tf 1 0 0 1 56 {y} Tm ({esc}) Tj")
        y -= int(size * 1.45)
    content.append("ET")
    stream = "\n".join(content).encode("latin-1")
    comp = zlib.compress(stream, 9)
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> "
        b"/Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(comp)).encode() + b" /Filter /FlateDecode >>\nstream\n" + comp + b"\nendstream",
        ("<< /Title (%s) /Author (%s) /Creator (Microsoft\\256 Word for Microsoft 365) "
         "/Producer (Microsoft\\256 Word for Microsoft 365) /CreationDate (%s) /ModDate (%s) >>"
         % info).encode("latin-1"),
    ]
    out = b"%PDF-1.7\n%\xb5\xb5\xb5\xb5\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    idh = hashlib.md5(stream).hexdigest().upper()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 7 0 R /ID [<{idh}> <{idh}>] >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return out


def pdf_text(data):
    m = re.search(rb"stream\n(.*?)\nendstream", data, re.S)
    s = zlib.decompress(m.group(1)).decode("latin-1")
    return "\n".join(x.replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\")
                     for x in re.findall(r"\((.*?)\) Tj", s))


def attachment(ctype_main, name, data, disp="attachment", charset_for_name="utf-8"):
    """Attachment leaf with RFC 2231 filename* and an RFC 2047 name= (as Outlook/Foxmail write both)."""
    if all(ord(c) < 128 for c in name):
        ct = f'{ctype_main};\n\tname="{name}"'
        cd = f'{disp};\n\tfilename="{name}"'
    else:
        enc = "".join(ch if (ch.isascii() and (ch.isalnum() or ch in ".-_")) else
                      "".join("%%%02X" % b for b in ch.encode(codec_of(charset_for_name))) for ch in name)
        ct = f'{ctype_main};\n\tname*={charset_for_name}\'\'{enc}'
        cd = f"{disp};\n\tfilename*={charset_for_name}''{enc}"
    return Leaf(ct, data, "base64", headers=[("Content-Disposition", cd)])


# ---------------------------------------------------------------------------
# organisations and roster
# ---------------------------------------------------------------------------

GJ = "gjwater.example.cn"            # 赣江水务集团有限公司 (state-owned water utility, Nanchang)
OX = "ouxinvalve.example.cn"         # 瓯信阀门股份有限公司 (private valve maker, Wenzhou)
LY = "luyou.example.cn"              # 鹭游网络科技有限公司 (online travel platform, Xiamen)
HV = "halvorsen-pack.example.com"    # Halvorsen Packaging (Dalian) Co., Ltd. (Norwegian-invested)

BOT = {GJ: ("纪要助手", f"minutes@{GJ}"), OX: ("纪要助手", f"minutes@{OX}"),
       LY: ("会议纪要助手", f"minutes@{LY}"), HV: ("Minutes Bot", f"minutes@{HV}")}

# name, email, department, manager_email, aliases
ROSTER = [
    # 赣江水务集团
    ("付海涛", f"fuhaitao@{GJ}", "公司领导", "", "付总;付副总"),
    ("邹立平", f"zouliping@{GJ}", "综合办公室", f"fuhaitao@{GJ}", "邹主任"),
    ("熊雯", f"xiongwen@{GJ}", "综合办公室", f"zouliping@{GJ}", "小熊;Xiong Wen"),
    ("万国庆", f"wanguoqing@{GJ}", "生产运营部", f"fuhaitao@{GJ}", "万部长"),
    ("涂晓峰", f"tuxiaofeng@{GJ}", "生产运营部", f"wanguoqing@{GJ}", "涂主管;涂调度"),
    ("胡卫东", f"huweidong@{GJ}", "工程管理部", f"fuhaitao@{GJ}", "胡部长"),
    ("罗振宇", f"luozhenyu@{GJ}", "工程管理部", f"huweidong@{GJ}", "罗工"),
    ("钟慧敏", f"zhonghuimin@{GJ}", "财务部", f"fuhaitao@{GJ}", "钟部长"),
    ("黄俊", f"huangjun@{GJ}", "信息中心", f"fuhaitao@{GJ}", "黄主任"),
    ("邓超群", f"dengchaoqun@{GJ}", "信息中心", f"huangjun@{GJ}", "小邓;邓工"),
    ("饶丽娟", f"raolijuan@{GJ}", "客户服务中心", f"fuhaitao@{GJ}", "饶经理"),
    ("章志刚", f"zhangzhigang@{GJ}", "安全环保部", f"fuhaitao@{GJ}", "章部长"),
    ("喻婷", f"yuting@{GJ}", "安全环保部", f"zhangzhigang@{GJ}", ""),
    ("程镕", f"chengrong@{GJ}", "青山湖水厂", f"wanguoqing@{GJ}", "程厂长"),
    # 瓯信阀门
    ("陈瓯生", f"chenousheng@{OX}", "总经办", "", "陈总;陈董"),
    ("叶晓丹", f"yexiaodan@{OX}", "总经办", f"chenousheng@{OX}", "小叶;葉曉丹;Daisy"),
    ("潘志明", f"panzhiming@{OX}", "生产部", f"chenousheng@{OX}", "潘经理"),
    ("周海波", f"zhouhaibo@{OX}", "品质部", f"chenousheng@{OX}", "周经理"),
    ("林佳怡", f"linjiayi@{OX}", "品质部", f"zhouhaibo@{OX}", "佳怡"),
    ("金鑫", f"jinxin@{OX}", "采购部", f"chenousheng@{OX}", "金主管"),
    ("韦志远", f"weizhiyuan@{OX}", "仓储物流部", f"panzhiming@{OX}", "韦主管;仓储主管"),
    ("王建伟", f"wangjianwei@{OX}", "技术部", f"chenousheng@{OX}", "王工;王建偉"),
    ("郑雅琴", f"zhengyaqin@{OX}", "销售部", f"chenousheng@{OX}", "郑经理;Linda"),
    ("黄丽萍", f"huangliping@{OX}", "财务部", f"chenousheng@{OX}", "黄会计"),
    # 鹭游网络
    ("张承宇", f"zhangchengyu@{LY}", "总裁办", "", "张总;CY"),
    ("许嘉明", f"xujiaming@{LY}", "产品部", f"zhangchengyu@{LY}", "嘉明;Jiaming"),
    ("蔡雨桐", f"caiyutong@{LY}", "产品部", f"xujiaming@{LY}", "雨桐"),
    ("洪毅", f"hongyi@{LY}", "研发中心", f"zhangchengyu@{LY}", "洪老师;Hong Yi"),
    ("庄晓东", f"zhuangxiaodong@{LY}", "研发中心", f"hongyi@{LY}", "东哥;晓东"),
    ("吴佩琪", f"wupeiqi@{LY}", "研发中心", f"hongyi@{LY}", "Peggy;佩琪"),
    ("黄泽宇", f"huangzeyu@{LY}", "研发中心", f"hongyi@{LY}", "泽宇"),
    ("苏婉清", f"suwanqing@{LY}", "运营中心", f"zhangchengyu@{LY}", "婉清;Wendy"),
    ("柯俊杰", f"kejunjie@{LY}", "商务拓展部", f"zhangchengyu@{LY}", "俊杰;Kevin"),
    ("杨可欣", f"yangkexin@{LY}", "客服中心", f"suwanqing@{LY}", "可欣"),
    ("戴一鸣", f"daiyiming@{LY}", "数据组", f"hongyi@{LY}", "一鸣"),
    ("郭嘉怡", f"guojiayi@{LY}", "人力资源部", f"zhangchengyu@{LY}", "嘉怡"),
    # Halvorsen Packaging (Dalian)
    ("Erik Solberg", f"erik.solberg@{HV}", "Management", "", "Erik"),
    ("Ingrid Dahl", f"ingrid.dahl@{HV}", "HQ Supply Chain", "", "Ingrid"),
    ("孙丽", f"sun.li@{HV}", "HR & Admin", f"erik.solberg@{HV}", "Lily;Lily Sun;Sun Li"),
    ("于海洋", f"yu.haiyang@{HV}", "Production", f"erik.solberg@{HV}", "Ocean;Ocean Yu;Yu Haiyang"),
    ("曲晓明", f"qu.xiaoming@{HV}", "Quality", f"erik.solberg@{HV}", "Simon;Simon Qu;Qu Xiaoming"),
    ("姜楠", f"jiang.nan@{HV}", "Purchasing", f"erik.solberg@{HV}", "Nancy;Nancy Jiang;Jiang Nan"),
    ("孟凡", f"meng.fan@{HV}", "EHS", f"erik.solberg@{HV}", "Frank;Frank Meng;Meng Fan"),
    ("王雪", f"wang.xue@{HV}", "Finance", f"erik.solberg@{HV}", "Snow;Snow Wang;Wang Xue"),
    ("Lars Berg", f"lars.berg@{HV}", "Engineering", f"erik.solberg@{HV}", "Lars"),
    ("刘畅", f"liu.chang@{HV}", "IT", f"erik.solberg@{HV}", "Chris;Chris Liu;Liu Chang"),
    ("高原", f"gao.yuan@{HV}", "Sales", f"erik.solberg@{HV}", "Grace;Grace Gao;Gao Yuan"),
    # outsiders who write or own items (department empty: not ours)
    ("林志豪", "zhihao.lin@hongsheng-prec.example.com.tw", "", "", "Jason Lin"),
    ("陳怡君", "yijun.chen@hongsheng-prec.example.com.tw", "", "", "陳經理;陈怡君"),
    ("钱文博", "qianwenbo@126.com", "", "", "钱老师"),
    ("李强", "zhuzao_liq@163.com", "", "", ""),
    ("方雅婷", "fangyating@haianxian-hotels.example.cn", "", "", "Yating"),
    ("Kjell Haugen", "kjell.haugen@nordfjord-seafood.example.no", "", "", "Kjell"),
]
R = {r[0]: r for r in ROSTER}


def who(name):
    """(display name, email) of a roster person."""
    return (name, R[name][1])


EN_NAME = {"孙丽": "Lily Sun", "于海洋": "Ocean Yu", "曲晓明": "Simon Qu", "姜楠": "Nancy Jiang",
           "孟凡": "Frank Meng", "王雪": "Snow Wang", "刘畅": "Chris Liu", "高原": "Grace Gao"}


def whoe(name):
    """Halvorsen's Exchange address book shows Chinese staff under their English names."""
    return (EN_NAME.get(name, name), R[name][1])


# ---------------------------------------------------------------------------
# gold model and date rules
# ---------------------------------------------------------------------------

class I:
    """A gold item.  owner: roster name, ('raw', name, email) for a person outside the roster,
    or None (no_owner; dept = the unit written).  due: expected ISO date (hand-written) or None;
    rule: how --check recomputes it from the Date header; time: 'HH:MM' where the text gives one."""

    def __init__(self, number, owner, task, due=None, rule=None, time=None, flags=(), dept=None):
        self.number, self.owner, self.task = number, owner, task
        self.due, self.rule, self.time, self.flags, self.dept = due, rule, time, list(flags), dept

    def gold(self):
        if self.owner is None:
            owner = {"name": None, "email": None, "department": self.dept}
        elif isinstance(self.owner, tuple):
            owner = {"name": self.owner[1], "email": self.owner[2], "department": None}
        else:
            r = R[self.owner]
            owner = {"name": r[0], "email": r[1], "department": r[2] or None}
        return {"number": self.number, "owner": owner, "task": self.task,
                "due_date": self.due, "due_time": self.time, "flags": self.flags}


class NF:
    """next_followup: start 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM'; rule recomputes the date."""

    def __init__(self, start, rule, end=None, location=None):
        self.start, self.rule, self.end, self.location = start, rule, end, location

    def gold(self):
        def iso(s):
            return s if "T" not in s else s + ":00+08:00"
        return {"start": iso(self.start), "end": iso(self.end) if self.end else None, "location": self.location}


WD = {"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}


def resolve(rule, sent):
    """Return (date, 'HH:MM' or None) for a rule, from the send time in Asia/Shanghai."""
    d0 = sent.date()
    k = rule[0]
    monday = d0 - dt.timedelta(days=d0.weekday())
    if k == "abs":                       # ("abs", "2026-04-10"[, "Fri"]) weekday written beside it
        d = dt.date.fromisoformat(rule[1])
        if len(rule) > 2:
            assert d.weekday() == WD[rule[2]], (rule, d)
        return d, None
    if k == "weekday":                   # bare weekday: this week's unless already past
        c = monday + dt.timedelta(days=WD[rule[1]])
        return (c if c >= d0 else c + dt.timedelta(days=7)), None
    if k == "thisweek":                  # 本周X
        return monday + dt.timedelta(days=WD[rule[1]]), None
    if k == "nextweek":                  # 下周X / next X
        return monday + dt.timedelta(days=7 + WD[rule[1]]), None
    if k == "workdays":                  # N个工作日内: count from the day after sending
        d, n = d0, 0
        while n < rule[1]:
            d += dt.timedelta(days=1)
            if chinese_calendar.is_workday(d):
                n += 1
        return d, None
    if k == "today":
        return d0, None
    if k == "tomorrow":
        return d0 + dt.timedelta(days=1), None
    if k == "month_end":                 # ("month_end",) this month, ("month_end", m) month m
        m = rule[1] if len(rule) > 1 else d0.month
        nxt = dt.date(d0.year + (m == 12), m % 12 + 1, 1)
        return nxt - dt.timedelta(days=1), None
    if k in ("after_holiday", "before_holiday"):
        d = d0
        while True:
            on, name = chinese_calendar.get_holiday_detail(d)
            if on and name == rule[1] and not chinese_calendar.is_workday(d):
                break
            d += dt.timedelta(days=1)
        if k == "before_holiday":
            d -= dt.timedelta(days=1)
            while not chinese_calendar.is_workday(d):
                d -= dt.timedelta(days=1)
            return d, None
        while not chinese_calendar.is_workday(d):
            d += dt.timedelta(days=1)
        return d, None
    if k == "hours":
        t = sent + dt.timedelta(hours=rule[1])
        return t.date(), t.strftime("%H:%M")
    if k == "weekly":                    # next occurrence of weekday at HH:MM after the send time
        wd, hm = WD[rule[1]], rule[2]
        c = dt.datetime.combine(monday + dt.timedelta(days=wd), dt.time.fromisoformat(hm), SH)
        while c <= sent:
            c += dt.timedelta(days=7)
        return c.date(), None
    raise ValueError(rule)


class Case:
    def __init__(self, num, slug, kind, what, summary, build, items=(), nf=None, notes=""):
        self.num, self.slug, self.kind, self.what, self.summary = num, slug, kind, what, summary
        self.build, self.items, self.nf, self.notes = build, list(items), nf, notes

    @property
    def name(self):
        return f"{self.num}-{self.slug}"

    def gold(self):
        return {"kind": self.kind,
                "items": [i.gold() for i in self.items],
                "next_followup": self.nf.gold() if self.nf else None,
                "reply": None,
                "notes": self.notes}


CASES = []


def case(*a, **k):
    c = Case(*a, **k)
    CASES.append(c)
    return c


# ---------------------------------------------------------------------------
# client profiles: header sets, boundaries, HTML flavours
# ---------------------------------------------------------------------------

MX = {GJ: ("mail.gjwater.example.cn", "10.20.0.25"), OX: ("mail.ouxinvalve.example.cn", "10.8.1.10"),
      LY: ("mail.luyou.example.cn", "10.60.0.12"), HV: ("mail.halvorsen-pack.example.com", "10.91.0.5")}

RELAY = {   # the host that hands the message to the bot's mail server
    "outlook": lambda dom, s: (f"{s.split('@')[0].upper()[:8]}-PC", "10.20.3.%d" % (int(h(s, 2), 16) % 200 + 20)),
    "coremail": lambda dom, s: (f"webmail.{dom}", "10.20.0.31"),
    "foxmail": lambda dom, s: ("smtpbg150.qq.com", "43.154.54.12"),
    "exmail": lambda dom, s: ("smtpbguseast3.qq.com", "54.243.244.52"),
    "wecom": lambda dom, s: ("smtpbg156.qq.com", "43.155.80.173"),
    "mailmaster": lambda dom, s: ("smtpbg151.qq.com", "43.155.65.254"),
    "feishu": lambda dom, s: ("va-2-53.ptr.blmpb.com", "209.127.231.53"),
    "dingtalk": lambda dom, s: ("out30-101.freemail.mail.aliyun.com", "115.124.30.101"),
    "gmail": lambda dom, s: ("mail-pl1-f179.google.com", "209.85.214.179"),
    "apple": lambda dom, s: ("MacBook-Pro.local", "10.60.8.%d" % (int(h(s, 2), 16) % 200 + 20)),
    "iphone": lambda dom, s: ("smtpclient.apple", "10.8.6.%d" % (int(h(s, 2), 16) % 200 + 20)),
    "thunderbird": lambda dom, s: ("[10.8.3.77]", "10.8.3.77"),
    "owa": lambda dom, s: ("APC01-SG2-obe.outbound.protection.outlook.com", "40.107.215.98"),
    "outlook365": lambda dom, s: ("APC01-PSA-obe.outbound.protection.outlook.com", "40.107.255.70"),
    "126": lambda dom, s: ("m16.mail.126.com", "220.197.31.9"),
    "163": lambda dom, s: ("m16.mail.163.com", "220.197.31.4"),
    "outlook_tw": lambda dom, s: ("mail.hongsheng-prec.example.com.tw", "210.61.44.18"),
}


def boundary(client, seed, inner=False):
    x = hU(seed, 32)
    return {
        "outlook": f"----=_NextPart_00{1 if inner else 0}_00{2 if inner else 1}_01DC{x[:4]}.{x[4:12]}",
        "outlook_tw": f"----=_NextPart_00{1 if inner else 0}_00{2 if inner else 1}_01DC{x[:4]}.{x[4:12]}",
        "outlook365": f"_00{1 if inner else 0}_SG2PR06MB{x[:12]}apcprd06prodoutlookc_",
        "owa": f"_00{1 if inner else 0}_TYZPR06MB{x[:12]}apcprd06prodoutlookc_",
        "coremail": f"----=_Part_{int(x[:6], 16) % 900000 + 100000}_{int(x[6:14], 16)}.{1775000000000 + int(x[14:20], 16)}",
        "126": f"----=_Part_{int(x[:6], 16) % 900000 + 100000}_{int(x[6:14], 16)}.{1775000000000 + int(x[14:20], 16)}",
        "163": f"----=_Part_{int(x[:6], 16) % 900000 + 100000}_{int(x[6:14], 16)}.{1775000000000 + int(x[14:20], 16)}",
        "foxmail": f"----=_{'002' if inner else '001'}_NextPart{int(x[:10], 16) % 10**12:012d}_=----",
        "exmail": f"----=_NextPart_{x[:8]}_{x[8:16]}_{x[16:24]}",
        "wecom": f"----=_NextPart_{x[:8]}_{x[8:16]}_{x[16:24]}",
        "mailmaster": f"----=_NextPart_{x[:8]}_{x[8:16]}_{x[16:24]}",
        "feishu": f"{h(seed, 28)}",
        "dingtalk": f"----=ALIBOUNDARY_{int(x[:5], 16)}_{x[5:9]}_{int(x[9:17], 16)}",
        "gmail": f"0000000000{h(seed, 18)}",
        "apple": f"Apple-Mail={uuid_like(seed).upper()}",
        "iphone": f"Apple-Mail-{uuid_like(seed).upper()}",
        "thunderbird": f"------------{hU(seed, 24)[:24]}",
    }[client]


def msgid(client, seed, sender, when):
    x = h(seed, 40)
    dom = sender.split("@")[1]
    local = sender.split("@")[0]
    return {
        "outlook": f"<0000{x[:2]}01dc{x[2:6]}${x[6:14]}${x[14:22]}$@{dom}>",
        "outlook_tw": f"<0000{x[:2]}01dc{x[2:6]}${x[6:14]}${x[14:22]}$@{dom}>",
        "outlook365": f"<SG2PR06MB{x[:4].upper()}{x[4:16].upper()}@SG2PR06MB{x[16:20].upper()}.apcprd06.prod.outlook.com>",
        "owa": f"<TYZPR06MB{x[:4].upper()}{x[4:16].upper()}@TYZPR06MB{x[16:20].upper()}.apcprd06.prod.outlook.com>",
        "coremail": f"<{x[:8]}.{x[8:12]}.{x[12:23]}.Coremail.{local}@{dom}>",
        "126": f"<{x[:8]}.{x[8:12]}.{x[12:23]}.Coremail.{local}@{dom}>",
        "163": f"<{x[:8]}.{x[8:12]}.{x[12:23]}.Coremail.{local}@{dom}>",
        "foxmail": f"<{when:%Y%m%d%H%M%S}{int(x[:8], 16) % 10**7:07d}@{dom}>",
        "exmail": f"<tencent_{x[:32].upper()}@qq.com>",
        "wecom": f"<tencent_{x[:32].upper()}@qq.com>",
        "mailmaster": f"<{x[:8]}.{x[8:11]}.{x[11:22]}.mailmaster@{dom}>",
        "feishu": f"<{uuid_like(seed)}@{dom}>",
        "dingtalk": f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}.{int(x[32:38], 16)}@{dom}>",
        "gmail": f"<CA+{base64.b64encode(bytes.fromhex(x[:30])).decode().replace('/', 'x').replace('+', 'Q')}"
                 f"{x[30:36]}=@mail.gmail.com>",
        "apple": f"<{uuid_like(seed).upper()}@{dom}>",
        "iphone": f"<{uuid_like(seed).upper()}@{dom}>",
        "thunderbird": f"<{uuid_like(seed)}@{dom}>",
    }[client]


def client_headers(client, *, frm, to, cc, subj, when, mid, cs, enc="B", irt=None, refs=None,
                   lang="zh-cn", has_attach=False, extra=()):
    F = addr(*frm, cs, enc)
    T = addrs(to, cs, enc)
    C = addrs(cc, cs, enc) if cc else None
    S = ew(subj, cs, enc)
    D = rfcdate(when)
    H = []

    def add(k, v):
        if v is not None:
            H.append((k, v))

    if client in ("outlook", "outlook_tw"):
        add("From", F); add("To", T); add("Cc", C); add("Subject", S); add("Date", D); add("Message-ID", mid)
        add("In-Reply-To", irt); add("References", refs)
        add("MIME-Version", "1.0"); add("X-Mailer", "Microsoft Outlook 16.0")
        add("Thread-Index", base64.b64encode(bytes.fromhex("01dc" + h(mid, 40))[:22]).decode())
        add("Content-Language", lang)
    elif client in ("outlook365", "owa"):
        add("From", F); add("To", T); add("CC", C); add("Subject", S)
        add("Thread-Topic", ew(re.sub(r"^(RE|Re|FW|Fw|答复|回复|转发): ", "", subj), cs, enc))
        add("Thread-Index", base64.b64encode(bytes.fromhex("01dc" + h(mid, 40))[:22]).decode())
        add("Date", D); add("Message-ID", mid); add("References", refs); add("In-Reply-To", irt)
        add("Accept-Language", "en-US, zh-CN"); add("Content-Language", lang)
        add("X-MS-Has-Attach", "yes" if has_attach else ""); add("X-MS-TNEF-Correlator", "")
        if client == "owa":
            add("X-MS-Exchange-Organization-AuthAs", "Internal")
        add("MIME-Version", "1.0")
    elif client in ("coremail", "126", "163"):
        add("Date", rfcdate(when, "GMT+08:00") if client == "coremail" else rfcdate(when, "CST"))
        add("From", F); add("To", T); add("Cc", C); add("Subject", S)
        add("In-Reply-To", irt); add("References", refs)
        add("X-Priority", "3"); add("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)\n"
            f" Copyright (c) 2002-2026 www.mailtech.cn {'163com' if client != 'coremail' else 'gjwater'}")
        add("X-SendMailWithSms", "false"); add("MIME-Version", "1.0"); add("Message-ID", mid)
        add("X-Coremail-Locale", "zh_CN"); add("X-CM-TRANSID", f"{h(mid, 24)}--.{h(mid+'t', 8)}")
        add("X-CM-SenderInfo", f"{h(mid + 's', 22)}")
    elif client == "foxmail":
        add("Date", D); add("From", F); add("To", T); add("Cc", C); add("Subject", S)
        add("In-Reply-To", irt); add("References", refs)
        add("X-Priority", "3"); add("X-Has-Attach", "yes" if has_attach else "no")
        add("X-Mailer", "Foxmail 7.2.25.375[cn]"); add("Mime-Version", "1.0"); add("Message-ID", mid)
    elif client in ("exmail", "wecom", "mailmaster"):
        add("X-QQ-mid", f"bizesmtp{h(mid, 4)}t{int(when.timestamp())}t{h(mid + 'q', 8)}")
        add("X-QQ-Originating-IP", f"{h(mid, 6)}")
        add("From", F); add("To", T); add("Cc", C); add("Subject", S)
        add("Mime-Version", "1.0"); add("Date", D); add("In-Reply-To", irt); add("References", refs)
        add("X-Priority", "3"); add("Message-ID", mid); add("X-QQ-MIME", "TCMime 1.0 by Tencent")
        if client == "exmail":
            add("X-Mailer", "QQMail 2.x"); add("X-QQ-Mailer", "QQMail 2.x")
        elif client == "wecom":
            add("X-Mailer", "WeCom"); add("X-QQ-Mailer", "WeCom")
        else:
            add("X-Mailer", "MailMaster_iOS/7.21.1")
    elif client == "feishu":
        add("MIME-Version", "1.0"); add("Date", D); add("From", F); add("To", T); add("Cc", C)
        add("Subject", S); add("Message-Id", mid); add("In-Reply-To", irt); add("References", refs)
    elif client == "dingtalk":
        add("Date", D); add("From", F); add("To", T); add("Cc", C); add("Message-ID", mid)
        add("Subject", S); add("X-Mailer", "Alimail-Mailagent revision 4"); add("MIME-Version", "1.0")
        add("x-aliyun-mail-creator", f"W4_{h(mid, 24)}")
    elif client == "gmail":
        add("MIME-Version", "1.0"); add("References", refs); add("In-Reply-To", irt)
        add("From", F); add("Date", D); add("Message-ID", mid); add("Subject", S); add("To", T); add("Cc", C)
    elif client == "apple":
        add("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))"); add("Subject", S); add("From", F)
        add("In-Reply-To", irt); add("Date", D); add("Cc", C); add("Message-Id", mid); add("References", refs)
        add("To", T); add("X-Mailer", "Apple Mail (2.3826.600.51.1.1)")
    elif client == "iphone":
        add("From", F); add("Mime-Version", "1.0 (1.0)"); add("Subject", S); add("Date", D)
        add("Message-Id", mid); add("Cc", C); add("To", T); add("X-Mailer", "iPhone Mail (23A341)")
    elif client == "thunderbird":
        add("Message-ID", mid); add("Date", D); add("MIME-Version", "1.0")
        add("User-Agent", "Mozilla Thunderbird"); add("Content-Language", lang)
        add("To", T); add("Cc", C); add("From", F); add("Subject", S)
        add("In-Reply-To", irt); add("References", refs)
    else:
        raise ValueError(client)
    H += list(extra)
    return H


def html_for(client, doc, cs_label):
    if client in ("outlook", "outlook_tw", "outlook365"):
        return html_outlook(doc, cs_label, font={"outlook365": "Calibri", "outlook_tw": "新細明體"}.get(client, "等线"))
    if client == "owa":
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=' + cs_label +
                '">\n<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
                'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
                + html_divs(doc) + '</div>\n</body>\n</html>\n')
    if client == "coremail" or client in ("126", "163"):
        return html_divs(doc, outer_style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial")
    if client == "foxmail":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=' + cs_label + '">'
                '<style>body { line-height: 1.5; }blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em; }'
                'p { margin-top: 0px; margin-bottom: 0px; }body { font-size: 14px; font-family: "Microsoft YaHei UI"; '
                'color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>\n'
                + html_divs(doc) + '</body></html>\n')
    if client in ("exmail", "wecom", "mailmaster"):
        return html_divs(doc, head_meta=cs_label)
    if client == "feishu":
        return ('<html><head><meta charset="utf-8"></head><body><div style="font-family: system-ui; font-size: 14px;">\n'
                + html_divs(doc) + '</div></body></html>\n')
    if client == "dingtalk":
        return ('<div class="__aliyun_email_body_block"><div style="clear:both;">\n'
                + html_divs(doc) + '</div></div>\n')
    if client == "gmail":
        return html_gmail(doc)
    if client in ("apple", "iphone"):
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">\n'
                + html_divs(doc) + '</body></html>\n')
    raise ValueError(client)


def mail(*, num, org, client, frm, to, cc=(), subj, when, doc, cs="utf-8", cte="base64", parts="alt",
         cs_label=None, hdr_cs=None, hdr_enc="B", attach=(), irt=None, refs=None, lang="zh-cn", crlf=None,
         text_doc=None, html_doc=None, extra=(), related=None, envelope=None, rcpt=None, tp_params=""):
    """Build the raw bytes of one message as the bot's mail server stores it."""
    seed = f"heldout28-{num}"
    mid = msgid(client, seed, frm[1], when)
    hdr_cs = hdr_cs or cs
    label = cs_label or {"outlook": f'"{cs}"', "outlook_tw": f'"{cs}"', "outlook365": f'"{cs}"', "owa": f'"{cs}"',
                         "coremail": cs.upper(), "126": cs.upper(), "163": cs.upper(), "foxmail": f'"{cs.upper()}"',
                         "exmail": f'"{cs}"', "wecom": f'"{cs}"', "mailmaster": f'"{cs}"', "feishu": f'"{cs.upper()}"',
                         "dingtalk": cs.upper(), "gmail": f'"{cs.upper()}"', "apple": cs, "iphone": cs,
                         "thunderbird": cs.upper()}[client]
    if crlf is None:
        crlf = client in ("outlook", "outlook_tw", "outlook365", "owa", "foxmail", "exmail", "wecom", "coremail")
    tdoc = text_doc if text_doc is not None else doc
    hdoc = html_doc if html_doc is not None else doc
    text = doc_text(tdoc)
    H = client_headers(client, frm=frm, to=to, cc=cc, subj=subj, when=when, mid=mid, cs=hdr_cs, enc=hdr_enc,
                       irt=irt, refs=refs, lang=lang, has_attach=bool(attach), extra=extra)
    leaves = []
    if parts in ("alt", "text"):
        leaves.append(text_leaf(text, cs, cte, "plain", label, params=tp_params, crlf=crlf))
    if parts in ("alt", "html"):
        hl = label.strip('"')
        leaves.append(text_leaf(html_for(client, hdoc, hl), cs, cte, "html", label, crlf=crlf))
    body = leaves[0] if len(leaves) == 1 else Multi("alternative", boundary(client, seed, inner=bool(attach or related)),
                                                   leaves)
    pre = "This is a multi-part message in MIME format." if client in ("outlook", "outlook_tw", "foxmail", "exmail",
                                                                         "wecom", "mailmaster", "coremail") else None
    if isinstance(body, Multi):
        body.preamble = pre if not (attach or related) else None
    if related:
        body = Multi("related", boundary(client, seed + "r", inner=True), [body] + list(related),
                     extra_params='\n\ttype="multipart/alternative";')
    if attach:
        body = Multi("mixed", boundary(client, seed + "m"), [body] + list(attach), preamble=pre)
    mx, mxip = MX[org]
    rh, rip = RELAY[client](frm[1].split("@")[1], frm[1])
    rcpt = rcpt or BOT[org][1]
    trace = trace_headers(envelope if envelope is not None else frm[1], rcpt, mx, rh, rip, when,
                          hU(seed + "qid", 11))
    return message(trace, H, body)


# ===========================================================================
# CASES
# ===========================================================================

def bot(org):
    return BOT[org]


# --------------------------------------------------------------------------- 5601
D5601 = ["""各位领导、同事：

    现将4月2日专题会议纪要印发如下，请各责任单位抓好落实。

赣江水务集团有限公司
专 题 会 议 纪 要
〔2026〕第12期

关于二次供水设施改造推进工作的专题会议纪要

    2026年4月2日上午，集团副总经理付海涛在四楼第一会议室主持召开专题会议，研究部署老旧小区二次供水设施改造推进工作。生产运营部、工程管理部、财务部、客户服务中心负责同志参加会议。现将会议议定事项纪要如下：

    一、会议听取了工程管理部关于一季度改造进展情况的汇报。截至3月底，全年计划改造的42个泵房已完工9个，完成进度21%。会议认为，一季度工作总体有序，但施工进度偏慢、居民协调难度较大等问题仍较突出。

    二、会议明确以下工作事项：

    （一）加快剩余泵房施工图审查，倒排工期，形成二季度施工计划。
    责任单位：工程管理部（罗振宇）
    完成时限：4月10日前

    （二）对已完工泵房开展水质检测和运行参数核查，形成核查台账。
    责任单位：生产运营部
    完成时限：节后第一个工作日

    （三）梳理改造资金拨付情况，提出二季度资金计划。
    责任单位：财务部
    配合单位：工程管理部
    完成时限：4月底前

    （四）制定施工期间停水告知方案，做好居民解释和投诉处置工作。
    责任单位：客户服务中心（饶丽娟）
    完成时限：3个工作日内

    三、会议要求，各责任单位要高度重视，压实责任，确保按期完成年度改造任务。涉及居民停水的，须提前48小时张贴公告；遇重大问题及时向分管领导报告。

出席：付海涛
参加：万国庆、胡卫东、钟慧敏、饶丽娟、罗振宇、涂晓峰
记录：熊雯

抄送：集团领导班子成员，综合办公室

--
综合办公室  熊雯
赣江水务集团有限公司
电话：0791-8620 5531
"""]

case(5601, "soe-special-minutes-labels-coremail-gbk", "minutes",
     "Coremail GBK base64 multipart/alternative; formal SOE 专题会议纪要 with （一）（二） items and 责任单位/配合单位/完成时限 label lines; person in brackets after a unit; 节后第一个工作日 and 3个工作日内 across Qingming",
     "4 items (2 no_owner units), no follow-up",
     lambda: mail(num=5601, org=GJ, client="coremail", frm=who("熊雯"),
                  to=[who("万国庆"), who("胡卫东"), who("钟慧敏"), who("饶丽娟"), who("罗振宇"), who("涂晓峰")],
                  cc=[who("付海涛"), who("邹立平"), bot(GJ)],
                  subj="关于二次供水设施改造推进工作的专题会议纪要", when=at("2026-04-02T16:48:10"),
                  doc=D5601, cs="gbk"),
     items=[
         I(1, "罗振宇", "加快剩余泵房施工图审查，倒排工期，形成二季度施工计划", "2026-04-10", ("abs", "2026-04-10")),
         I(2, None, "对已完工泵房开展水质检测和运行参数核查，形成核查台账", "2026-04-07",
           ("after_holiday", "Tomb-sweeping Day"), flags=["no_owner"], dept="生产运营部"),
         I(3, None, "梳理改造资金拨付情况，提出二季度资金计划", "2026-04-30", ("month_end", 4),
           flags=["no_owner"], dept="财务部"),
         I(4, "饶丽娟", "制定施工期间停水告知方案，做好居民解释和投诉处置工作", "2026-04-08", ("workdays", 3)),
     ],
     notes="Formal SOE special-meeting minutes (专题会议纪要) from Coremail webmail, GBK, base64, text + HTML. "
           "Sent Thu 2026-04-02 16:48 +0800, the last working day before Qingming (04-04..04-06 off, no make-up day). "
           "Items are the four （一）-（四） entries under 二、会议明确以下工作事项; the numbering is kept (1-4). "
           "（一） '责任单位：工程管理部（罗振宇）': the person in brackets after the unit owns it; '4月10日前' -> 2026-04-10. "
           "（二） only a unit (生产运营部) -> owner null, department 生产运营部, no_owner; '节后第一个工作日' = first working day "
           "after the Qingming block = Tue 2026-04-07. （三） 财务部 owns (配合单位 工程管理部 is never an owner) -> no_owner; "
           "'4月底前' -> 2026-04-30. （四） 客户服务中心（饶丽娟） -> 饶丽娟; '3个工作日内' counted from the day after sending: "
           "Fri 04-03 (1), 04-04..06 off, Tue 04-07 (2), Wed 04-08 (3) -> 2026-04-08 (a Mon-Fri count that ignores the "
           "holiday gives 04-07). 一、 is a report/assessment (会议听取了…/会议认为…) and 三、 is a standing rule "
           "(提前48小时张贴公告) -> not items; 〔2026〕第12期 and '截至3月底' are not dates of any item. No next meeting.")


# --------------------------------------------------------------------------- 5602
D5602 = ["""各位：

附上今天上午总经理办公会的会议纪要，请各部门对照落实。

总经理办公会会议纪要
（2026年第6次）

时间：2026年4月7日（星期二）上午9:00
地点：三楼会议室
主持：付海涛
参加：万国庆、胡卫东、钟慧敏、黄俊、饶丽娟、青山湖水厂程厂长、邹立平
记录：熊雯

会议听取了一季度生产经营情况汇报，研究了近期重点工作。会议认为，一季度供水量同比增长3.2%，管网漏损率控制在9.8%，总体平稳。会议要求：

一是抓好汛前管网排查。生产运营部涂晓峰要在4月15日前完成主城区DN300以上管道巡检，形成隐患清单。

二是加快工程结算。工程管理部要于本月底前完成2025年度已完工项目结算资料报送。

三是推进智慧水务平台二期建设。由信息中心黄主任牵头，客户服务中心配合，下周三前提交二期需求说明书。

四是做好青山湖水厂深度处理工艺调试。程厂长负责，5个工作日内报送调试方案。

五是严格落实安全生产责任制，各部门主要负责人为本部门安全生产第一责任人。

下次办公会定于4月21日（星期二）上午9:00在三楼会议室召开。

综合办公室
邹立平
"""]

case(5602, "soe-office-meeting-yishi-ershi-outlook-gb2312", "minutes",
     "Outlook zh-CN gb2312 base64 (Word HTML + text); 一是…二是… prose items inside paragraphs; unit-only owner; 黄主任牵头/客户服务中心配合; 程厂长 alias; next meeting sentence with place",
     "4 items (1 no_owner), next 2026-04-21 09:00 三楼会议室",
     lambda: mail(num=5602, org=GJ, client="outlook", frm=who("邹立平"),
                  to=[who("万国庆"), who("胡卫东"), who("钟慧敏"), who("黄俊"), who("饶丽娟"), who("涂晓峰")],
                  cc=[who("付海涛"), who("熊雯"), ("程厂长", R["程镕"][1]), bot(GJ)],
                  subj="总经理办公会会议纪要（2026年第6次）", when=at("2026-04-07T15:42:18"),
                  doc=D5602, cs="gb2312"),
     items=[
         I(1, "涂晓峰", "完成主城区DN300以上管道巡检，形成隐患清单", "2026-04-15", ("abs", "2026-04-15")),
         I(2, None, "完成2025年度已完工项目结算资料报送", "2026-04-30", ("month_end",), flags=["no_owner"],
           dept="工程管理部"),
         I(3, "黄俊", "提交智慧水务平台二期需求说明书", "2026-04-15", ("nextweek", "Wed")),
         I(4, "程镕", "报送青山湖水厂深度处理工艺调试方案", "2026-04-14", ("workdays", 5)),
     ],
     nf=NF("2026-04-21T09:00", ("abs", "2026-04-21", "Tue"), location="三楼会议室"),
     notes="总经理办公会纪要 in the 一是…二是… style, Outlook zh-CN, charset gb2312 (all text inside GB2312), base64, "
           "CRLF. Sent Tue 2026-04-07 15:42 +0800 (first working day after Qingming), meeting held the same morning. "
           "一是: 涂晓峰 named -> owner; '4月15日前' -> 2026-04-15. 二是: only 工程管理部 -> no_owner, department 工程管理部; "
           "'本月底前' -> 2026-04-30. 三是: '信息中心黄主任牵头，客户服务中心配合' -> 黄主任 = 黄俊 (roster alias) owns; "
           "'下周三' = Wednesday of the next calendar week = 2026-04-15. 四是: '程厂长' = 程镕 (alias; Cc display name "
           "'程厂长' too); '5个工作日内' from 04-08: 04-08, 09, 10, 13, 14 -> 2026-04-14. 五是 is a standing rule "
           "(安全生产责任制), not an item. 会议认为 figures (3.2%, 9.8%) are facts. '下次办公会定于4月21日（星期二）上午9:00"
           "在三楼会议室召开' -> next_followup 2026-04-21 09:00, location 三楼会议室.")


# --------------------------------------------------------------------------- 5603
DOCX5603 = [
    ("title", "防汛调度专题会会议纪要"),
    "会议时间：2026年4月29日 14:30—16:00",
    "会议地点：调度中心会商室",
    "主持人：万国庆",
    "参会人员：涂晓峰、罗振宇、程镕、章志刚、喻婷、饶丽娟",
    "记录人：涂晓峰",
    "",
    "一、会议情况",
    "会议通报了市气象台对五月上中旬强降雨过程的预测，分析了主城区易涝点及青山湖水厂取水口防护情况。"
    "会议认为，当前防汛准备总体到位，但部分排水泵站长期未带负荷运行，存在隐患。",
    "",
    "二、工作任务",
    ("table", [
        ["序号", "工作任务", "责任单位", "责任人", "完成时限", "备注"],
        ["1", "完成青山湖水厂取水口拦污栅检修", "青山湖水厂", "程镕", "4月30日下午5点前", "节前必须完成"],
        ["2", "对12处易涝点排水泵站开展带负荷试运行", "工程管理部", "罗振宇", "5月9日（周六）前", "5月9日为调休工作日"],
        ["3", "补充防汛物资（沙袋、移动泵车）并更新物资台账", "安全环保部", "喻婷", "节后第一个工作日", ""],
        ["4", "修订汛期停水通知模板", "客户服务中心", "饶丽娟", "已完成", "4月28日已下发"],
        ["5", "编制节日期间防汛值班表并报综合办公室", "生产运营部", "涂晓峰", "明天中午12点前", "值班期间24小时在岗"],
    ]),
    "",
    "三、下次会议",
    "下次调度会定于节后第一个工作日（5月6日）下午3:00召开，地点不变。",
    "",
    "生产运营部",
    "2026年4月29日",
]

D5603 = ["""万部长及各位同事：

今天下午防汛调度专题会的会议纪要见附件，请查收。纪要中的任务请各责任人按时落实，有问题及时跟我联系。

涂晓峰
生产运营部 调度中心
赣江水务集团有限公司
"""]

case(5603, "soe-flood-control-docx-attachment-coremail", "minutes",
     "Coremail UTF-8 with the minutes only in a .docx attachment (body says 见附件); Word table with 责任单位+责任人 columns; 已完成 row; 5月9日 make-up Saturday; 明天中午12点前; next meeting 节后第一个工作日 with 地点不变",
     "4 items from the .docx, next 2026-05-06 15:00 调度中心会商室",
     lambda: mail(num=5603, org=GJ, client="coremail", frm=who("涂晓峰"),
                  to=[who("万国庆"), who("罗振宇"), who("程镕"), who("章志刚"), who("喻婷"), who("饶丽娟")],
                  cc=[who("熊雯"), bot(GJ)],
                  subj="防汛调度专题会会议纪要（4月29日）", when=at("2026-04-29T17:26:05"), doc=D5603, cs="utf-8",
                  attach=[attachment("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                     "防汛调度专题会会议纪要0429.docx",
                                     make_docx(DOCX5603, ("2026-04-29T09:20:00Z", "涂晓峰")))]),
     items=[
         I(1, "程镕", "完成青山湖水厂取水口拦污栅检修", "2026-04-30", ("abs", "2026-04-30"), time="17:00"),
         I(2, "罗振宇", "对12处易涝点排水泵站开展带负荷试运行", "2026-05-09", ("abs", "2026-05-09", "Sat")),
         I(3, "喻婷", "补充防汛物资（沙袋、移动泵车）并更新物资台账", "2026-05-06", ("after_holiday", "Labour Day")),
         I(5, "涂晓峰", "编制节日期间防汛值班表并报综合办公室", "2026-04-30", ("tomorrow",), time="12:00"),
     ],
     nf=NF("2026-05-06T15:00", ("after_holiday", "Labour Day"), location="调度中心会商室"),
     notes="The body only says the minutes are attached; everything is in the .docx (a real OOXML file, Word table). "
           "A human reading the attachment records the table rows. Sent Wed 2026-04-29 17:26 +0800, two days before "
           "Labour Day (05-01..05-05 off, Sat 05-09 a make-up working day). Row 1 '4月30日下午5点前' -> 2026-04-30 17:00. "
           "Row 2 '5月9日（周六）前' -> 2026-05-09 (the make-up Saturday; the 备注 says so). Row 3 '节后第一个工作日' -> "
           "Wed 2026-05-06. Row 4 is 已完成 (完成时限 cell) -> status, not an item. Row 5 '明天中午12点前' -> 2026-04-30 "
           "12:00. The table's 序号 are kept (1, 2, 3, 5). 备注 cells ('节前必须完成', '值班期间24小时在岗') are remarks. "
           "'下次调度会定于节后第一个工作日（5月6日）下午3:00召开，地点不变' -> 2026-05-06 15:00; location: the same place "
           "as this meeting, 调度中心会商室 (a careful assistant resolves 地点不变; AMBIGUOUS only for the location).")


# --------------------------------------------------------------------------- 5604
Q5604 = """

-----原始邮件-----
发件人:"熊雯" <xiongwen@gjwater.example.cn>
发送时间:2026-04-02 16:48:10 (星期四)
收件人:"万国庆" <wanguoqing@gjwater.example.cn>, "胡卫东" <huweidong@gjwater.example.cn>, "钟慧敏" <zhonghuimin@gjwater.example.cn>, "饶丽娟" <raolijuan@gjwater.example.cn>, "罗振宇" <luozhenyu@gjwater.example.cn>, "涂晓峰" <tuxiaofeng@gjwater.example.cn>
抄送:"付海涛" <fuhaitao@gjwater.example.cn>, "邹立平" <zouliping@gjwater.example.cn>, "纪要助手" <minutes@gjwater.example.cn>
主题:关于二次供水设施改造推进工作的专题会议纪要

""" + D5601[0]

D5604 = ["""各位领导、同事：

今天上午召开了二次供水改造周调度会，纪要如下（上次专题会任务的落实情况一并列出）：

一、上次任务落实情况
1. 二季度施工计划：工程管理部已于4月10日报送，已完成。
2. 已完工泵房水质核查：生产运营部已完成，核查台账已归档。
3. 停水告知方案：客户服务中心已完成并印发。
4. 二季度资金计划：财务部正在编制，仍按4月底前完成。

二、本周工作安排
1. 洪都小区、青云谱片区3个泵房进场施工前，完成居民意见征询。责任人：饶丽娟，本周五前完成。
2. 泵房设备招标文件定稿并挂网。责任人：罗振宇，下周一前。
3. 施工期间水压监测点加密布设方案。责任人：涂晓峰，4月16日前。

下次调度会：4月20日（周一）上午10:00，四楼第一会议室。

熊雯
综合办公室
""" + Q5604]

case(5604, "soe-new-minutes-reply-in-old-thread-coremail", "minutes",
     "Coremail 回复： in the thread of 5601 (In-Reply-To/References) carrying NEW weekly minutes; a 上次任务落实情况 status section; the old minutes quoted below an unprefixed -----原始邮件----- block",
     "3 new items, next 2026-04-20 10:00",
     lambda: mail(num=5604, org=GJ, client="coremail", frm=who("熊雯"),
                  to=[who("万国庆"), who("胡卫东"), who("钟慧敏"), who("饶丽娟"), who("罗振宇"), who("涂晓峰")],
                  cc=[who("付海涛"), who("邹立平"), bot(GJ)],
                  subj="回复：关于二次供水设施改造推进工作的专题会议纪要", when=at("2026-04-13T17:05:44"),
                  doc=D5604, cs="utf-8", cte="quoted-printable",
                  irt=msgid("coremail", "heldout28-5601", R["熊雯"][1], at("2026-04-02T16:48:10")),
                  refs=msgid("coremail", "heldout28-5601", R["熊雯"][1], at("2026-04-02T16:48:10"))),
     items=[
         I(1, "饶丽娟", "洪都小区、青云谱片区3个泵房进场施工前，完成居民意见征询", "2026-04-17", ("thisweek", "Fri")),
         I(2, "罗振宇", "泵房设备招标文件定稿并挂网", "2026-04-20", ("nextweek", "Mon")),
         I(3, "涂晓峰", "施工期间水压监测点加密布设方案", "2026-04-16", ("abs", "2026-04-16")),
     ],
     nf=NF("2026-04-20T10:00", ("abs", "2026-04-20", "Mon"), location="四楼第一会议室"),
     notes="New minutes sent as '回复：' in the old thread of 5601 (In-Reply-To = 5601's Message-ID) - still kind minutes, "
           "not a reply command. Sent Mon 2026-04-13 17:05 +0800. Only 二、本周工作安排 gives items: 1 '本周五前' -> "
           "2026-04-17; 2 '下周一前' -> 2026-04-20; 3 '4月16日前' -> 2026-04-16. 一、上次任务落实情况 is status of the old "
           "meeting's items (three 已完成, one 正在编制 '仍按4月底前完成' = status of 5601 item 3, not a new item). "
           "Coremail quotes the whole old minutes below '-----原始邮件-----' WITHOUT '>' prefixes; its four items "
           "(（一）-（四）) must not be extracted again. 下次调度会 4月20日（周一）上午10:00 -> 2026-04-20 10:00, "
           "四楼第一会议室. UTF-8 quoted-printable, soft breaks inside multibyte characters.")


# --------------------------------------------------------------------------- 5605
T5605 = Table([
    ["序号", "工作事项", "责任单位/责任人", "完成时间"],
    ["1", "制定“安全生产月”活动实施方案并印发", "主责：安全环保部（章志刚）\n配合：综合办公室", "6月5日前"],
    ["2", "组织各水厂开展液氯泄漏应急演练", "主责：生产运营部\n配合：各水厂、安全环保部", "端午节前"],
    ["3", "有限空间作业专项检查，建立问题整改台账", "主责：工程管理部罗振宇\n配合：安全环保部喻婷", "6月底前"],
    ["4", "“安全宣传咨询日”现场活动物资及展板准备", "主责：客户服务中心（饶丽娟）", "6月12日前"],
    ["5", "活动总结报集团", "安全环保部 喻婷", "7月3日前"],
], text_style="tsv")

D5605 = ["""各部门、各水厂：

6月1日上午，安全环保部组织召开2026年“安全生产月”活动部署会，章部长主持。现将会议议定事项整理如下，请各单位认真落实。

一、会议精神
今年安全生产月主题为“人人讲安全、个个会应急”。会议强调，各单位要结合汛期特点，突出有限空间作业和危化品（液氯、次氯酸钠）管理，坚决防范遏制生产安全事故。

二、任务分工
""", T5605, """
三、其他
请各单位每周五下班前将活动开展情况报安全环保部喻婷（邮件即可）。

喻婷
安全环保部
赣江水务集团有限公司
"""]

case(5605, "soe-safety-month-word-table-zhuze-peihe-outlook", "minutes",
     "Outlook zh-CN UTF-8 base64, Word table pasted into HTML (text part tab-separated); 主责/配合 in one cell with a line break; unit-only 主责; 端午节前 (last working day before Dragon Boat); weekly reporting rule",
     "5 items (1 no_owner), no follow-up",
     lambda: mail(num=5605, org=GJ, client="outlook", frm=who("喻婷"),
                  to=[who("万国庆"), who("胡卫东"), who("饶丽娟"), who("程镕"), who("邹立平")],
                  cc=[who("章志刚"), who("罗振宇"), bot(GJ)],
                  subj="2026年“安全生产月”活动部署会会议纪要", when=at("2026-06-01T16:10:27"),
                  doc=D5605, cs="utf-8"),
     items=[
         I(1, "章志刚", "制定“安全生产月”活动实施方案并印发", "2026-06-05", ("abs", "2026-06-05")),
         I(2, None, "组织各水厂开展液氯泄漏应急演练", "2026-06-18", ("before_holiday", "Dragon Boat Festival"),
           flags=["no_owner"], dept="生产运营部"),
         I(3, "罗振宇", "有限空间作业专项检查，建立问题整改台账", "2026-06-30", ("month_end",)),
         I(4, "饶丽娟", "“安全宣传咨询日”现场活动物资及展板准备", "2026-06-12", ("abs", "2026-06-12")),
         I(5, "喻婷", "活动总结报集团", "2026-07-03", ("abs", "2026-07-03")),
     ],
     notes="Word table pasted into Outlook (HTML table; the text alternative is tab-separated with the two-line cell "
           "flattened). Sent Mon 2026-06-01 16:10 +0800. Owner column holds 主责 and 配合 in one cell: the 主责 person owns, "
           "配合 names (综合办公室, 各水厂, 喻婷 in row 3) are never owners or extra items. Row 1 主责 安全环保部（章志刚） -> "
           "章志刚, 2026-06-05. Row 2 主责 only a unit -> no_owner, department 生产运营部; '端午节前' = last working day "
           "before the Dragon Boat holiday (06-19..06-21) = Thu 2026-06-18. Row 3 '工程管理部罗振宇' -> 罗振宇; '6月底前' -> "
           "2026-06-30. Row 4 -> 饶丽娟, 2026-06-12. Row 5 '安全环保部 喻婷' (no 主责 label) -> 喻婷, 2026-07-03. "
           "三、其他 '每周五下班前…报安全环保部' is a standing reporting rule, not an item; 一、会议精神 is not an item. "
           "No next meeting.")


# --------------------------------------------------------------------------- 5606
D5606 = ["""黄主任、各位：

今天周例会纪要如下：

会议时间：5月6日（周三）14:30-15:30
地点：信息中心小会议室
参会：黄俊、邓超群、营收系统组、网络组

1. 营收系统五一期间运行正常，无故障（通报）。
2. 智慧水务平台二期需求说明书已于4月15日提交，已完成。
3. 待办：
   - 黄俊：5月8日前与供应商确认二期合同付款节点
   - 邓超群：本周六（5月9日，调休上班）前完成机房UPS电池更换
   - 邓超群：下周二前把营业厅自助缴费机升级方案发给客服中心饶经理
   - 网络组：尽快排查青山湖水厂视频监控掉线问题

下周三同一时间再碰一次。

邓超群
信息中心
"""]

case(5606, "soe-it-weekly-wecom-same-time-next-week", "minutes",
     "企业微信 mail (Tencent backend) UTF-8 base64 text+HTML; plain weekly minutes with a 待办 bullet list; 本周六 = the 05-09 make-up Saturday; team-only owner + 尽快; next meeting as a sentence '下周三同一时间再碰一次'",
     "4 items (1 no_owner+vague), next 2026-05-13 14:30-15:30",
     lambda: mail(num=5606, org=GJ, client="wecom", frm=who("邓超群"),
                  to=[who("黄俊")], cc=[who("饶丽娟"), bot(GJ)],
                  subj="信息中心周例会纪要 5月6日", when=at("2026-05-06T15:52:30"), doc=D5606, cs="utf-8"),
     items=[
         I(1, "黄俊", "与供应商确认二期合同付款节点", "2026-05-08", ("abs", "2026-05-08")),
         I(2, "邓超群", "完成机房UPS电池更换", "2026-05-09", ("thisweek", "Sat")),
         I(3, "邓超群", "把营业厅自助缴费机升级方案发给客服中心饶经理", "2026-05-12", ("nextweek", "Tue")),
         I(4, None, "排查青山湖水厂视频监控掉线问题", None, None, flags=["no_owner", "vague_due"], dept="网络组"),
     ],
     nf=NF("2026-05-13T14:30", ("nextweek", "Wed"), end="2026-05-13T15:30"),
     notes="Plain weekly minutes, the most common shape. Sent Wed 2026-05-06 15:52 +0800 (first working day after "
           "Labour Day). Points 1-2 are a report and a done item. Items are the four bullets under '3. 待办' (numbered "
           "1-4 in reading order). '5月8日前' -> 2026-05-08; '本周六（5月9日，调休上班）前' -> 2026-05-09 (a make-up working "
           "Saturday); '下周二前' -> 2026-05-12 (饶经理 in the task is the recipient, not the owner); '网络组：尽快' -> "
           "a team, owner null, department 网络组 (the unit as written), flags no_owner + vague_due. '下周三同一时间再碰一次' "
           "-> next Wednesday 2026-05-13 at this meeting's time 14:30; end 15:30 taken from this meeting's slot "
           "(AMBIGUOUS: end could be left null; start is the point).")


# --------------------------------------------------------------------------- 5607
D5607 = ["""各位好：

今天下午生产周例会（陈总主持）纪要如下，按人整理：

潘经理：
1. 4月份DN150闸阀订单还差800台，周三前排出加班计划；
2. 二车间2号数控车床月底前完成大修，大修期间产能由一车间调剂。

仓储主管韦志远：
1. 成品仓库位调整，4/24前完成；
2. 呆滞料清单（一年以上）下周一交财务黄会计。

王工：
1. 出口中东的高温球阀试压标准，跟销售郑经理对一下，本周五前出书面说明；
2. 新产品图纸受控发放流程：暂不执行，等ISO辅导后再定。

周经理：
上周客户投诉的铸件砂眼问题已闭环，8D报告已归档（已完成）。

下次例会：4月27日（周一）下午4点，二楼会议室。


2026-04-20

叶晓丹
瓯信阀门股份有限公司 总经办
电话：0577-8699 1023
"""]

case(5607, "valve-weekly-grouped-by-person-foxmail-gbk", "minutes",
     "Foxmail GBK base64 text+HTML; minutes grouped by person (潘经理： / 仓储主管韦志远： / 王工： headings, numbering restarts per person); titles as owners; 4/24; a deferred point and a done point; Foxmail date+signature footer",
     "5 items, next 2026-04-27 16:00 二楼会议室",
     lambda: mail(num=5607, org=OX, client="foxmail", frm=who("叶晓丹"),
                  to=[who("潘志明"), who("韦志远"), who("王建伟"), who("周海波")],
                  cc=[who("陈瓯生"), who("郑雅琴"), bot(OX)],
                  subj="生产周例会纪要（4.20）", when=at("2026-04-20T17:20:31"), doc=D5607, cs="gbk"),
     items=[
         I(1, "潘志明", "排出DN150闸阀订单加班计划", "2026-04-22", ("weekday", "Wed")),
         I(2, "潘志明", "二车间2号数控车床完成大修", "2026-04-30", ("month_end",)),
         I(3, "韦志远", "成品仓库位调整", "2026-04-24", ("abs", "2026-04-24")),
         I(4, "韦志远", "呆滞料清单（一年以上）交财务黄会计", "2026-04-27", ("nextweek", "Mon")),
         I(5, "王建伟", "出口中东的高温球阀试压标准书面说明", "2026-04-24", ("thisweek", "Fri")),
     ],
     nf=NF("2026-04-27T16:00", ("abs", "2026-04-27", "Mon"), location="二楼会议室"),
     notes="Production weekly minutes grouped by person; each person's list restarts at 1, so items are numbered 1-5 in "
           "reading order. Sent Mon 2026-04-20 17:20 +0800. 潘经理 = 潘志明 (alias): '周三前' bare weekday from a Monday "
           "-> 2026-04-22; '月底前' -> 2026-04-30. '仓储主管韦志远' -> 韦志远: '4/24前' -> 2026-04-24; '下周一' -> "
           "2026-04-27 (黄会计 is the recipient). 王工 = 王建伟: '本周五前' -> 2026-04-24 (郑经理 is someone to consult, "
           "not an owner). 王工 point 2 '暂不执行，等ISO辅导后再定' is a decision to defer, not an item; 周经理's point is "
           "已完成/已闭环 -> not an item. '下次例会：4月27日（周一）下午4点，二楼会议室' -> 2026-04-27 16:00. The Foxmail "
           "footer date '2026-04-20' and the phone number are not dates of items.")


# --------------------------------------------------------------------------- 5608
D5608 = ["""各位：

今天9:00在品质部召开了DN200蝶阀阀板开裂客户退货问题协调会，会议纪要如下：

问题描述：杭州某水务公司反馈4月批次DN200蝶阀2台阀板开裂，要求退货并提供分析报告。紧急程度：高。

处理措施及分工：
1. 周经理：
   ①隔离同批次在库及在途产品（共136台），今天下班前完成；
   ②出具8D报告初版，3个工作日内发客户。
2. 王工：对开裂阀板做金相分析，明天下午3点前出结论。
3. 金主管：联系铸件供应商（永嘉恒达铸造）到厂，24小时内到场。
4. 郑经理：今天向客户电话致歉并说明处理进度。

明天下午4点在装配车间现场复盘。

林佳怡
品质部 QE
瓯信阀门股份有限公司
电话：0577-8699 1056 | 24小时质量热线：400-826-1188
"""]

case(5608, "valve-quality-incident-exmail-gb18030-hours", "minutes",
     "Tencent Exmail gb18030 base64 text+HTML; urgent issue minutes; ①② sub-tasks under one owner; 今天下班前 / 3个工作日内 / 明天下午3点前 / 24小时内 (time from the Date header) / 今天; signature with a 24小时 hotline",
     "5 items (①② split), next 2026-04-24 16:00 装配车间",
     lambda: mail(num=5608, org=OX, client="exmail", frm=who("林佳怡"),
                  to=[who("周海波"), who("王建伟"), who("金鑫"), who("郑雅琴")],
                  cc=[who("陈瓯生"), who("潘志明"), bot(OX)],
                  subj="【紧急】客户退货（DN200蝶阀阀板开裂）问题协调会纪要", when=at("2026-04-23T10:05:12"),
                  doc=D5608, cs="gb18030"),
     items=[
         I(1, "周海波", "隔离同批次在库及在途产品（共136台）", "2026-04-23", ("today",)),
         I(2, "周海波", "出具8D报告初版并发客户", "2026-04-28", ("workdays", 3)),
         I(3, "王建伟", "对开裂阀板做金相分析并出结论", "2026-04-24", ("tomorrow",), time="15:00"),
         I(4, "金鑫", "联系铸件供应商（永嘉恒达铸造）到厂", "2026-04-24", ("hours", 24), time="10:05"),
         I(5, "郑雅琴", "向客户电话致歉并说明处理进度", "2026-04-23", ("today",)),
     ],
     nf=NF("2026-04-24T16:00", ("tomorrow",), location="装配车间"),
     notes="Urgent quality-incident minutes from Tencent Exmail, gb18030 base64. Sent Thu 2026-04-23 10:05:12 +0800. "
           "Entry 1 (周经理 = 周海波) has sub-tasks ①② -> two items; items numbered 1-5 in reading order. ① '今天下班前' -> "
           "the send date 2026-04-23, no time. ② '3个工作日内' from Fri 04-24 (1), Mon 04-27 (2), Tue 04-28 (3) -> "
           "2026-04-28. 王工 = 王建伟: '明天下午3点前' -> 2026-04-24 15:00. 金主管 = 金鑫: '24小时内' counts from the Date "
           "header -> 2026-04-24 10:05. 郑经理 = 郑雅琴: '今天' -> 2026-04-23. The closing sentence '明天下午4点在装配车间"
           "现场复盘' is the next meeting -> 2026-04-24 16:00, location 装配车间. '136台', '400-826-1188' and the "
           "'24小时质量热线' in the signature are not deadlines.")


# --------------------------------------------------------------------------- 5609
T5609 = Table([
    ["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型", "核心需求/反馈", "解决方案/进展", "下次沟通时间", "负责人"],
    ["EC2026-0428-01", "2026-04-28", "宏晟精密/林志豪", "采购部/金鑫", "供应商",
     "原定5月6日交付的2205双相钢阀杆（3000支）因热处理炉检修，需推迟至5月20日",
     "①技术部王工确认国产替代材料可行性（4月30日前）\n②节后第一个工作日反馈对方是否接受分批交货", "2026-05-06", "金鑫"],
    ["EC2026-0428-02", "2026-04-28", "永嘉恒达铸造/李强", "采购部/金鑫", "供应商",
     "4月批次阀体砂眼超标，对方要求我方承担一半返工费",
     "①品质部周海波出具复检报告（5月8日前）\n②5月9日前与对方确认返工费用分担", "待定", "金鑫"],
], text_style="cells")

D5609 = ["""陈总、各位：

今天与两家供应商的沟通情况更新如下（外部沟通跟进表）：

""", T5609, """
请王工、周经理按时间节点反馈。


2026-04-28

金鑫
采购部
瓯信阀门股份有限公司
"""]

case(5609, "valve-supplier-followup-table-foxmail-html", "minutes",
     "Foxmail GBK base64; the seed 外部沟通跟进表 as an HTML table pasted from Excel (text part: one cell a line); ①② in 解决方案 cells naming other owners, or none (row 负责人 owns); 节后第一个工作日; make-up Saturday; one 下次沟通时间 dated, one 待定",
     "4 items, next 2026-05-06 (date only)",
     lambda: mail(num=5609, org=OX, client="foxmail", frm=who("金鑫"),
                  to=[who("陈瓯生"), who("王建伟"), who("周海波")], cc=[bot(OX)],
                  subj="外部沟通跟进表-供应商（4月28日）", when=at("2026-04-28T18:12:40"), doc=D5609, cs="gbk"),
     items=[
         I(1, "王建伟", "确认国产替代材料可行性", "2026-04-30", ("abs", "2026-04-30")),
         I(2, "金鑫", "反馈宏晟精密是否接受分批交货", "2026-05-06", ("after_holiday", "Labour Day")),
         I(3, "周海波", "出具复检报告", "2026-05-08", ("abs", "2026-05-08")),
         I(4, "金鑫", "与永嘉恒达铸造确认返工费用分担", "2026-05-09", ("abs", "2026-05-09", "Sat")),
     ],
     nf=NF("2026-05-06", ("abs", "2026-05-06", "Wed")),
     notes="Seed 外部沟通跟进表 (supplier rows) as an Excel range pasted into Foxmail: HTML table, text part with one "
           "cell per line. Sent Tue 2026-04-28 18:12 +0800. Items come from the ①② of 解决方案/进展, numbered 1-4 in "
           "reading order. Row 1 ① names 技术部王工 -> 王建伟, '4月30日前' -> 2026-04-30; ② names nobody -> the row's "
           "负责人 金鑫, '节后第一个工作日' -> Wed 2026-05-06. Row 2 ① '品质部周海波' -> 周海波, 2026-05-08; ② names nobody -> "
           "金鑫, '5月9日前' -> 2026-05-09 (make-up working Saturday). 核心需求/反馈 (5月6日/5月20日 delivery dates) are "
           "the supplier's facts, not items. next_followup from row 1's 下次沟通时间 2026-05-06 (no time); row 2 says 待定.")


# --------------------------------------------------------------------------- 5610
D5610 = ["""金主管、王工 您好：

感謝今天撥冗參加視訊會議，會議記錄整理如下，如有遺漏請指正。

會議時間：2026/5/7（四）14:00-15:10
與會人員：甌信 金鑫、王建偉；宏晟 陳怡君、林志豪

一、結論
1. 雙方同意分批交貨：第一批1,200支於5/20出貨，其餘1,800支於6/10前出貨。
2. 替代材料方案暫不採用（甌信技術部評估後決定）。

二、待辦事項
1. 宏晟 林志豪：5/8前提供第一批材質證明（3.1證書）及熱處理記錄。
2. 宏晟 陳經理：下週一前回覆第二批產能確認。
3. 甌信 金主管：5月15日前下修改版採購訂單（分兩批）。
4. 甌信 王工：確認第一批到貨後的入廠檢驗標準，儘快回覆。

三、下次會議
5/14（四）下午2點，視訊（Teams），確認第一批出貨準備情況。

Best Regards,
林志豪 Jason Lin
業務部 經理
宏晟精密工業股份有限公司
Tel: +886-4-2359-1828 ext.216
"""]

case(5610, "taiwan-supplier-minutes-outlook-zhtw-big5", "minutes",
     "Outlook zh-TW big5 quoted-printable text+HTML from a Taiwan supplier; Traditional Chinese 會議記錄 with 結論 and 待辦事項; owners on both sides (宏晟 林志豪 = From, 陳經理 = Cc 陳怡君, 甌信 金主管/王工 via aliases); 下週一; 儘快; 5/14（四）下午2點",
     "4 items (2 outsiders), next 2026-05-14 14:00 視訊（Teams）",
     lambda: mail(num=5610, org=OX, client="outlook_tw", frm=who("林志豪"),
                  to=[("金鑫", R["金鑫"][1]), ("王建偉", R["王建伟"][1])],
                  cc=[who("陳怡君"), ("葉曉丹", R["叶晓丹"][1]), ("紀要助手", BOT[OX][1])],
                  subj="會議記錄：2205雙相鋼閥桿交期及分批交貨方案（5/7 視訊）", when=at("2026-05-07T16:35:20"),
                  doc=D5610, cs="big5", cte="quoted-printable", lang="zh-tw"),
     items=[
         I(1, "林志豪", "提供第一批材質證明（3.1證書）及熱處理記錄", "2026-05-08", ("abs", "2026-05-08")),
         I(2, "陳怡君", "回覆第二批產能確認", "2026-05-11", ("nextweek", "Mon")),
         I(3, "金鑫", "下修改版採購訂單（分兩批）", "2026-05-15", ("abs", "2026-05-15")),
         I(4, "王建伟", "確認第一批到貨後的入廠檢驗標準", None, None, flags=["vague_due"]),
     ],
     nf=NF("2026-05-14T14:00", ("abs", "2026-05-14", "Thu"), location="視訊（Teams）"),
     notes="Minutes written by the Taiwan supplier in Traditional Chinese, Outlook zh-TW, big5, quoted-printable; "
           "display names big5 B-encoded. Sent Thu 2026-05-07 16:35 +0800. Only 二、待辦事項 gives items (一、結論 are "
           "decisions; the 5/20 and 6/10 shipment dates are part of a decision). 1 '宏晟 林志豪' = the sender (roster "
           "outsider, department null): '5/8前' -> 2026-05-08. 2 '宏晟 陳經理' = 陳怡君 (alias 陳經理, Cc display name "
           "陳怡君): '下週一前' -> 2026-05-11. 3 '甌信 金主管' = 金鑫: 2026-05-15. 4 '甌信 王工' = 王建伟 (alias 王工; To "
           "display name 王建偉): '儘快' (traditional 尽快) -> vague_due. Task texts are kept in Traditional Chinese as "
           "written. '5/14（四）下午2點，視訊（Teams）' -> next_followup 2026-05-14 14:00 (a Thursday), location 視訊（Teams）.")


# --------------------------------------------------------------------------- 5611
D5611 = ["""各位：
今天（5月9日调休上班）上午仓库盘点协调会，定了以下几件事：

1、韦志远：下周一把盘点差异表（账实差异>2%的物料）发给财务黄会计；
2、黄丽萍：周二前完成差异金额核算，报陈总；
3、潘志明：今天下班前安排4个人支援仓库复盘；
4、金鑫：对长期未领用的五金件，与供应商谈退货，时间待定。

下面是群里的聊天记录，供参考：

【瓯信仓储盘点群】
韦志远 10:41
差异表我周一发给黄会计
黄丽萍 10:43
收到，我周二前核完报陈总
潘志明 10:45
我这边今天下班前派4个人过去
陈瓯生 10:50
好。金鑫，五金件退货的事你跟进一下，不急
金鑫 10:52
好的陈总

发自网易邮箱大师
"""]

case(5611, "valve-chat-paste-mailmaster-makeup-saturday", "minutes",
     "网易邮箱大师 (iOS) UTF-8 base64 text-only, sent on the make-up working Saturday 05-09; four numbered items followed by a pasted WeChat group chat that restates them (not items); bare 周二 already past -> next week; 待定",
     "4 items (1 vague), no follow-up",
     lambda: mail(num=5611, org=OX, client="mailmaster", frm=who("叶晓丹"),
                  to=[who("韦志远"), who("黄丽萍"), who("潘志明"), who("金鑫")], cc=[who("陈瓯生"), bot(OX)],
                  subj="今天上午仓库盘点协调会纪要", when=at("2026-05-09T11:32:08"), doc=D5611, cs="utf-8",
                  parts="text", crlf=False),
     items=[
         I(1, "韦志远", "把盘点差异表（账实差异>2%的物料）发给财务黄会计", "2026-05-11", ("nextweek", "Mon")),
         I(2, "黄丽萍", "完成差异金额核算，报陈总", "2026-05-12", ("weekday", "Tue")),
         I(3, "潘志明", "安排4个人支援仓库复盘", "2026-05-09", ("today",)),
         I(4, "金鑫", "对长期未领用的五金件，与供应商谈退货", None, None, flags=["vague_due"]),
     ],
     notes="Sent from 网易邮箱大师 on Sat 2026-05-09 11:32 +0800, a make-up working day. Items 1-4 as numbered. "
           "'下周一' -> 2026-05-11; bare '周二前': this week's Tuesday (05-05, a holiday) is past -> next week's, "
           "2026-05-12; '今天下班前' -> 2026-05-09 (no time); '时间待定' -> vague_due. The pasted group chat below "
           "restates the same items (周一/周二前/今天下班前/不急) - chat logs are not items and must not duplicate them. "
           "'>2%' is not a deadline. No next meeting.")


# --------------------------------------------------------------------------- 5612
D5612 = ["""陈总、各位经理：

今天钱老师第二次来公司辅导，会议纪要如下：

一、辅导内容
钱老师讲解了ISO 9001:2015中“组织环境”和“风险和机遇”的要求，现场查看了品质部、生产部的记录表单，指出记录不完整、受控标识缺失等问题共12项（问题清单另行发送）。

二、下一步安排
1. 第一次全条款内审：品质部周经理牵头，各部门配合，5月29日前完成。
2. 内审检查表模板：钱老师提供，5月15日前发给我。
3. 管理评审输入资料汇总：总经办叶晓丹，本月底前。
4. 12项记录表单问题整改：各相关部门负责人，6月5日前完成。
5. 外审日期：等认证机构排期，钱老师负责跟进，时间待定。

三、下次辅导
5月19日（周二）
上午9:00开始，三楼培训室

叶晓丹
总经办
瓯信阀门股份有限公司
"""]

case(5612, "valve-consultant-qian-laoshi-foxmail-utf8", "minutes",
     "Foxmail UTF-8 base64 text+HTML; consulting-session minutes: 周经理牵头/各部门配合, an external consultant '钱老师' as owner (Cc display name 钱文博 + roster alias), 我 = the sender as recipient, owner '各相关部门负责人' (no_owner, no department); next meeting with the day on one line and the time on the next",
     "5 items (1 no_owner, 1 vague), next 2026-05-19 09:00 三楼培训室",
     lambda: mail(num=5612, org=OX, client="foxmail", frm=who("叶晓丹"),
                  to=[who("陈瓯生"), who("周海波"), who("潘志明"), who("金鑫")],
                  cc=[who("钱文博"), bot(OX)],
                  subj="ISO 9001换版辅导（第二次）会议纪要", when=at("2026-05-12T18:40:11"), doc=D5612, cs="utf-8",
                  cs_label='"utf-8"'),
     items=[
         I(1, "周海波", "第一次全条款内审", "2026-05-29", ("abs", "2026-05-29")),
         I(2, "钱文博", "提供内审检查表模板", "2026-05-15", ("abs", "2026-05-15")),
         I(3, "叶晓丹", "管理评审输入资料汇总", "2026-05-31", ("month_end",)),
         I(4, None, "12项记录表单问题整改", "2026-06-05", ("abs", "2026-06-05"), flags=["no_owner"]),
         I(5, "钱文博", "跟进认证机构外审排期", None, None, flags=["vague_due"]),
     ],
     nf=NF("2026-05-19T09:00", ("abs", "2026-05-19", "Tue"), location="三楼培训室"),
     notes="Sent Tue 2026-05-12 18:40 +0800. 1 '品质部周经理牵头，各部门配合' -> 周海波 (配合 units are not owners), "
           "2026-05-29. 2 '钱老师提供，5月15日前发给我' -> 钱老师 = 钱文博, the outside consultant (roster alias 钱老师, Cc "
           "display name 钱文博, department null); '我' (the writer) is only the recipient. 3 '总经办叶晓丹，本月底前' -> "
           "2026-05-31 (a Sunday; the date is kept). 4 '各相关部门负责人' is no single person or unit -> owner null, "
           "department null, no_owner; 2026-06-05. 5 '钱老师负责跟进，时间待定' -> 钱文博, vague_due. 一、辅导内容 is a "
           "report. 三、下次辅导: the date '5月19日（周二）' on one line and '上午9:00开始，三楼培训室' on the next -> "
           "2026-05-19 09:00, location 三楼培训室.")


# --------------------------------------------------------------------------- 5613
T5613 = Table([
    ["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间", "计划完成时间",
     "实际完成时间", "进展情况", "风险点及应对措施"],
    ["1", "DN150闸阀4月订单补产", "生产部", "仓储物流部", "潘志明", "韦志远", "2026-04-20", "2026-05-15", "2026-05-14",
     "已完成", "—"],
    ["2", "高温球阀试压工装制作", "技术部", "生产部", "王建伟", "潘志明", "2026-05-06", "2026-06-05", "-",
     "进行中（已完成60%）", "工装钢材到货晚3天，已协调加急"],
    ["3", "中东客户样阀包装方案", "销售部", "仓储物流部", "郑雅琴", "韦志远", "2026-05-11", "2026-06-10（原5/29）", "-",
     "延期（客户改图）", "客户确认图纸后立即安排"],
    ["4", "ERP库存模块上线培训", "财务部", "生产部、仓储物流部", "黄丽萍", "韦志远", "待定", "待定", "-",
     "未开始", "等ERP实施方排期"],
])

D5613 = ["""各位：

本周跨部门协作事项跟踪表更新如下，请各责任人核对，有变化直接回复我。

""", T5613, """
生产部 潘志明
"""]

case(5613, "valve-collab-tracking-table-exmail-html-only", "minutes",
     "Tencent Exmail single-part text/html (no text alternative), UTF-8 base64; the seed 跨部门协作事项跟踪表 with 责任人（发起方）/责任人（协作方） columns; 已完成 row; a rescheduled date '2026-06-10（原5/29）'; 待定; percent in 进展 is status",
     "3 items (1 vague), no follow-up",
     lambda: mail(num=5613, org=OX, client="exmail", frm=who("潘志明"),
                  to=[who("王建伟"), who("郑雅琴"), who("黄丽萍"), who("韦志远")], cc=[who("陈瓯生"), bot(OX)],
                  subj="跨部门协作事项跟踪表（5月29日更新）", when=at("2026-05-29T17:05:33"), doc=D5613, cs="utf-8",
                  parts="html"),
     items=[
         I(2, "王建伟", "高温球阀试压工装制作", "2026-06-05", ("abs", "2026-06-05")),
         I(3, "郑雅琴", "中东客户样阀包装方案", "2026-06-10", ("abs", "2026-06-10")),
         I(4, "黄丽萍", "ERP库存模块上线培训", None, None, flags=["vague_due"]),
     ],
     notes="Seed 跨部门协作事项跟踪表 as the only (HTML) body part. Sent Fri 2026-05-29 17:05 +0800. Row 1 is 已完成 "
           "(实际完成时间 filled) -> not an item. Owner of a row = 责任人（发起方）; the 协作方 person plays the 配合 role "
           "(convention added for this table; AMBIGUOUS). Row 2 -> 王建伟, 计划完成时间 2026-06-05; '进行中（已完成60%）' is "
           "status, not a new item or a date. Row 3 -> 郑雅琴, '2026-06-10（原5/29）' -> the current plan 2026-06-10, not "
           "the old 5/29. Row 4 -> 黄丽萍, 计划完成时间 待定 -> vague_due. The table's 序号 are kept (2, 3, 4). No next "
           "meeting.")


# --------------------------------------------------------------------------- 5614
D5614 = ["""各位：

今天上午高温球阀设计评审会，纪要如下。

参加：王建伟（主持）、周海波、潘志明、郑雅琴、林佳怡

评审结论：
设计方案原则通过，阀座密封结构按方案B执行。

待办：
1. 阀座密封结构方案B的三维模型及出图 —— 王工，下周三前完成并提交评审组 
确认。
2. 高温工况下填料函泄漏试验方案 —— 林佳怡（品质部）负责，本月底前 
提交。
3. 与中东客户确认ASME B16.34压力等级表的适用版本 —— 郑经理，尽快。
4. 试制件的铸件毛坯采购 —— 待图纸定稿后由采购部下单，时间另定。

下次评审：5月21日（周四）
下午2:30，技术部会议室

-- 
王建伟
技术部
瓯信阀门股份有限公司
"""]

case(5614, "valve-design-review-thunderbird-wrapped-flowed", "minutes",
     "Thunderbird UTF-8 8bit text/plain format=flowed; items wrapped over two lines (soft line breaks ending in a space); 王工 alias; 本月底; 尽快; unit-only owner with 时间另定; next review with the day on one line and time+place on the next",
     "4 items (1 vague, 1 no_owner+vague), next 2026-05-21 14:30 技术部会议室",
     lambda: mail(num=5614, org=OX, client="thunderbird", frm=who("王建伟"),
                  to=[who("周海波"), who("潘志明"), who("郑雅琴"), who("林佳怡")], cc=[who("金鑫"), bot(OX)],
                  subj="技术评审会纪要：高温球阀（PN40/425℃）设计评审", when=at("2026-05-14T16:05:22"), doc=D5614, lang="zh-CN",
                  cs="utf-8", cte="8bit", parts="text", tp_params="; format=flowed", crlf=False),
     items=[
         I(1, "王建伟", "阀座密封结构方案B的三维模型及出图，提交评审组确认", "2026-05-20", ("nextweek", "Wed")),
         I(2, "林佳怡", "高温工况下填料函泄漏试验方案", "2026-05-31", ("month_end",)),
         I(3, "郑雅琴", "与中东客户确认ASME B16.34压力等级表的适用版本", None, None, flags=["vague_due"]),
         I(4, None, "试制件的铸件毛坯采购", None, None, flags=["no_owner", "vague_due"], dept="采购部"),
     ],
     nf=NF("2026-05-21T14:30", ("abs", "2026-05-21", "Thu"), location="技术部会议室"),
     notes="Thunderbird plain text, format=flowed, 8bit UTF-8. Items 1 and 2 wrap onto a second line (a flowed soft "
           "break: the first line ends with a space); the owner/deadline sits before or across the break. Sent Thu "
           "2026-05-14 16:05 +0800. 1 王工 = 王建伟 (the sender), '下周三前' -> 2026-05-20. 2 林佳怡（品质部）, '本月底前' -> "
           "2026-05-31. 3 郑经理 = 郑雅琴, '尽快' -> vague_due. 4 only 采购部, '时间另定' (to be fixed later = 待定) -> "
           "owner null, department 采购部, no_owner + vague_due. 评审结论 is a decision. '下次评审：5月21日（周四）' then "
           "'下午2:30，技术部会议室' on the next line -> 2026-05-21 14:30, 技术部会议室. 'PN40/425℃' and 'B16.34' are not "
           "dates.")


# --------------------------------------------------------------------------- 5615
D5615 = ["""潘志明 金鑫 郑雅琴：

今天经营会定的几件事，大家抓紧：
1.潘志明 节前把6月剩余订单排产做完
2.金鑫 下周一之前把铜价锁定方案给我
3.郑雅琴 端午后第一天约迪拜客户视频会，确认样阀验收时间

发自我的iPhone
"""]

case(5615, "valve-boss-iphone-short-dragon-boat", "minutes",
     "iPhone Mail UTF-8 quoted-printable text-only, a boss's three-line minutes; 节前 (= before Dragon Boat), 下周一之前, 端午后第一天",
     "3 items, no follow-up",
     lambda: mail(num=5615, org=OX, client="iphone", frm=who("陈瓯生"),
                  to=[who("潘志明"), who("金鑫"), who("郑雅琴")], cc=[who("叶晓丹"), bot(OX)],
                  subj="今天经营会定的几件事", when=at("2026-06-16T20:40:12"), doc=D5615, cs="utf-8",
                  cte="quoted-printable", parts="text"),
     items=[
         I(1, "潘志明", "6月剩余订单排产做完", "2026-06-18", ("before_holiday", "Dragon Boat Festival")),
         I(2, "金鑫", "铜价锁定方案", "2026-06-22", ("nextweek", "Mon")),
         I(3, "郑雅琴", "约迪拜客户视频会，确认样阀验收时间", "2026-06-22", ("after_holiday", "Dragon Boat Festival")),
     ],
     notes="Short minutes typed on an iPhone by the general manager. Sent Tue 2026-06-16 20:40 +0800, the week of the "
           "Dragon Boat holiday (Fri 06-19..Sun 06-21, no make-up day). 1 '节前' = before the coming holiday = last "
           "working day before it, Thu 2026-06-18. 2 '下周一之前' -> 2026-06-22. 3 '端午后第一天' = first working day "
           "after the holiday = Mon 2026-06-22. No next meeting; '发自我的iPhone' is the signature.")


# --------------------------------------------------------------------------- 5616
D5616 = ["""各位，今天评审会的飞书智能纪要贴在下面，待办我核对过了，请大家按待办推进。

雨桐

————————————————
智能纪要：酒店频道改版需求评审 2026年4月21日
会议时间：2026年4月21日 14:00 - 15:20 (GMT+8)
参会人：蔡雨桐、许嘉明、庄晓东、吴佩琪、黄泽宇、戴一鸣

总结
本次会议主要评审酒店频道改版需求，明确首页改为“目的地+主题”双入口，列表页增加“含早/免费取消”筛选。庄晓东提出价格日历接口需要做缓存和限流改造，预计4月底前完成；吴佩琪将同步完成列表页前端开发。会议决定五一后先灰度10%用户。

章节
00:00 需求背景
蔡雨桐介绍一季度酒店频道转化率下滑1.2个百分点，用户反馈筛选项不够用。
08:15 价格日历接口
现有接口高峰期响应超过800ms，庄晓东建议做缓存和限流，4月底前可完成。
31:40 前端排期
吴佩琪评估列表页和筛选组件开发约需6个工作日。
52:10 数据埋点
戴一鸣提出需要在新筛选项上补埋点，灰度前完成。

待办
☐ 完成价格日历接口缓存与限流改造 @庄晓东 截止：4月30日
☐ 列表页及筛选组件前端开发 @吴佩琪 截止：5月8日
☐ 新筛选项埋点方案及上线 @戴一鸣 截止：5月6日
☐ 输出灰度测试用例 @黄泽宇

智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用
"""]

case(5616, "travel-feishu-ai-minutes-pasted", "minutes",
     "Feishu mail UTF-8 base64 text+HTML; a pasted 飞书 智能纪要 with 总结 / 章节 / 待办: only the 待办 checklist counts (the summary and chapters restate dates like 4月底前, 6个工作日); one 待办 without a date",
     "4 items (1 no_due), no follow-up",
     lambda: mail(num=5616, org=LY, client="feishu", frm=who("蔡雨桐"),
                  to=[who("许嘉明"), who("庄晓东"), who("吴佩琪"), who("黄泽宇"), who("戴一鸣")], cc=[bot(LY)],
                  subj="【智能纪要】酒店频道改版需求评审 2026年4月21日", when=at("2026-04-21T16:02:44"), doc=D5616),
     items=[
         I(1, "庄晓东", "完成价格日历接口缓存与限流改造", "2026-04-30", ("abs", "2026-04-30")),
         I(2, "吴佩琪", "列表页及筛选组件前端开发", "2026-05-08", ("abs", "2026-05-08")),
         I(3, "戴一鸣", "新筛选项埋点方案及上线", "2026-05-06", ("abs", "2026-05-06")),
         I(4, "黄泽宇", "输出灰度测试用例", None, None, flags=["no_due"]),
     ],
     notes="Feishu (飞书) AI meeting minutes pasted into a mail. Sent Tue 2026-04-21 16:02 +0800. Only the 待办 "
           "checklist is items (numbered 1-4 in order): '@庄晓东 截止：4月30日' -> 2026-04-30; '@吴佩琪 截止：5月8日' -> "
           "2026-05-08; '@戴一鸣 截止：5月6日' -> 2026-05-06; '@黄泽宇' has no 截止 -> no_due. The 总结 and 章节 sections "
           "restate tasks and dates ('4月底前完成', '约需6个工作日', '灰度前完成', '五一后先灰度') and are not items; "
           "'会议决定…' is a decision. The AI disclaimer is boilerplate. No next meeting.")


# --------------------------------------------------------------------------- 5617
D5617 = ["""俊杰你好，

今天沟通会的钉钉AI纪要发你，待办部分我对了一下，我们这边的两项没问题。

——————————
【AI 摘要】鹭游×海岸线 暑期房源合作沟通会
会议时间：2026-05-21 15:00-16:10
参会人：方雅婷、陈建国（海岸线）；柯俊杰、苏婉清（鹭游）

摘要
本次会议双方就暑期（7-8月）房源合作达成初步共识：海岸线旗下厦门、泉州12家门店向鹭游开放暑期保量房，鹭游提供首页资源位及会员专属价。双方约定5月底前完成补充协议签署。

关键决策
1. 暑期保量房每晚不少于180间夜。
2. 佣金比例维持12%不变。

待办事项
1. 提供12家门店暑期可售房量及价格日历
   负责人：方雅婷
   截止时间：2026-05-27
2. 确认首页资源位排期及会员专属价展示方案
   负责人：柯俊杰
   截止时间：2026-05-29
3. 双方法务审核补充协议
   负责人：鹭游法务、海岸线法务
   截止时间：待定
4. 同步各门店前台暑期活动话术
   负责人：海岸线运营部
   截止时间：2026-06-15

——————————
以上内容由钉钉闪记 AI 生成，仅供参考

下次沟通时间另约，谢谢！

方雅婷
海岸线酒店管理（厦门）有限公司 收益管理部
"""]

case(5617, "travel-partner-dingtalk-ai-minutes-html-only", "minutes",
     "DingTalk mail (Alimail) single-part HTML, UTF-8 base64, from an outside partner; 钉钉闪记 AI minutes with 摘要/关键决策/待办事项 blocks (负责人/截止时间 lines); an outsider owner (the sender), two-unit and external-unit owners; 待定; '下次沟通时间另约' = no follow-up",
     "4 items (2 no_owner), no follow-up",
     lambda: mail(num=5617, org=LY, client="dingtalk", frm=who("方雅婷"),
                  to=[who("柯俊杰")], cc=[who("苏婉清"), bot(LY)],
                  subj="钉钉闪记智能纪要｜鹭游×海岸线 暑期房源合作沟通会", when=at("2026-05-21T17:48:09"), doc=D5617,
                  parts="html"),
     items=[
         I(1, "方雅婷", "提供12家门店暑期可售房量及价格日历", "2026-05-27", ("abs", "2026-05-27")),
         I(2, "柯俊杰", "确认首页资源位排期及会员专属价展示方案", "2026-05-29", ("abs", "2026-05-29")),
         I(3, None, "双方法务审核补充协议", None, None, flags=["no_owner", "vague_due"]),
         I(4, None, "同步各门店前台暑期活动话术", "2026-06-15", ("abs", "2026-06-15"), flags=["no_owner"]),
     ],
     notes="Minutes from a partner hotel group (outside sender, roster outsider 方雅婷) sent from DingTalk mail as HTML "
           "only, pasting DingTalk's AI minutes. Sent Thu 2026-05-21 17:48 +0800. Only 待办事项 counts; 摘要 ('5月底前完成"
           "补充协议签署') and 关键决策 are not items. 1 方雅婷 (the sender; department null) 2026-05-27. 2 柯俊杰 "
           "2026-05-29. 3 '鹭游法务、海岸线法务' = two units, no person -> owner null, department null, no_owner; 截止时间 "
           "待定 -> vague_due. 4 '海岸线运营部' is the partner's unit (not ours) -> owner null, department null (corpus "
           "rule: department only when it is one of ours), no_owner; 2026-06-15. '下次沟通时间另约' gives no date -> "
           "next_followup null.")


# --------------------------------------------------------------------------- 5618
D5618 = ["""各位，

今天和闽南文旅的对接会用的腾讯会议，智能纪要导出来贴在下面。待办我按会上说的核过一遍，没问题。

俊杰

================================
腾讯会议 智能纪要
会议主题：鹭游 × 闽南文旅 景区门票分销对接会
会议时间：2026/05/28 16:00-17:05
参会人：柯俊杰、庄晓东、苏婉清、闽南文旅-陈科长、闽南文旅-小王

【智能总结】
双方确认由鹭游分销闽南文旅旗下8个景区的电子门票，采用实名制核验，端午节前上线首批3个景区。技术对接以接口方式进行，庄晓东评估对接工作量后给出排期。

【待办事项】
· 柯俊杰：6月5日前提供景区门票分销接口文档给对方技术
· 庄晓东：评估景区实名制核验接口对接工作量，下周二前给结论
· 闽南文旅 陈科长：确认端午期间门票库存投放比例

【分章节小结】
1. 合作范围（00:02:10）
闽南文旅介绍旗下8个景区，首批上线鼓浪屿周边3个景区。
2. 技术对接（00:18:45）
庄晓东说明接口对接需要先评估实名制核验，下周二前可以给结论。
3. 结算方式（00:41:30）
双方同意按月结算，T+30付款。

【发言人总结】
柯俊杰：会后一周内把接口文档发给对方。
庄晓东：实名制核验接口要评估，下周二前给结论。
陈科长：端午库存投放比例需要内部确认。
================================
"""]

case(5618, "travel-tencent-meeting-ai-minutes-feishu", "minutes",
     "Feishu mail UTF-8 base64 text+HTML; a pasted 腾讯会议 智能纪要 with 智能总结 / 待办事项 / 分章节小结 / 发言人总结: only 待办事项 counts; an outside owner known only as 陈科长 (not resolvable); 下周二",
     "3 items (1 outsider unresolved, no_due), no follow-up",
     lambda: mail(num=5618, org=LY, client="feishu", frm=who("柯俊杰"),
                  to=[who("庄晓东"), who("苏婉清")], cc=[who("张承宇"), bot(LY)],
                  subj="腾讯会议智能纪要：鹭游 × 闽南文旅 景区门票分销对接会", when=at("2026-05-28T19:10:44"),
                  doc=D5618),
     items=[
         I(1, "柯俊杰", "提供景区门票分销接口文档给对方技术", "2026-06-05", ("abs", "2026-06-05")),
         I(2, "庄晓东", "评估景区实名制核验接口对接工作量并给结论", "2026-06-02", ("nextweek", "Tue")),
         I(3, ("raw", "陈科长", None), "确认端午期间门票库存投放比例", None, None, flags=["no_due"]),
     ],
     notes="Tencent Meeting (腾讯会议) AI minutes pasted by 柯俊杰. Sent Thu 2026-05-28 19:10 +0800. Only 【待办事项】 "
           "gives items (1-3 in order). 1 '6月5日前' -> 2026-06-05. 2 '下周二前' -> 2026-06-02. 3 '闽南文旅 陈科长' is an "
           "outside person with no address anywhere in the headers and not in the roster -> owner name as written "
           "'陈科长', email null, department null; no date -> no_due ('端午期间' describes the stock, not a deadline). "
           "【智能总结】 ('端午节前上线首批3个景区'), 【分章节小结】 and 【发言人总结】 ('会后一周内', '下周二前') restate or "
           "add context and are not items. 'T+30' is a payment term. No next meeting.")


# --------------------------------------------------------------------------- 5619
D5619 = ["""Hi all,

Sprint 21 retro notes below. 下个 sprint 从 6/1 开始。

## What went well
- 价格日历接口 P99 从 820ms 降到 190ms
- 灰度 10% 没有 P0 事故

## What didn't
- 支付回调偶发重复通知，导致 3 单重复出票
- 测试环境数据库经常被占用

## Action items
- [x] @wupeiqi 列表页筛选组件上线 (done 5/8)
- [ ] @zhuangxiaodong 支付回调幂等改造，迁移到 v2 callback API — by Friday
- [ ] @huangzeyu 补一份支付回调回归测试计划，EOD
- [ ] @daiyiming 重复出票影响面数据拉一下，周四上午10点前
- [ ] 测试环境数据库隔离方案 — owner TBD
- [ ] @hongyi 跟运维约测试库扩容，ASAP

Next retro: Wed Jun 10, 15:00 @ 3F 海景会议室

—
洪毅 | 研发中心
鹭游网络科技有限公司
"""]

case(5619, "travel-sprint-retro-markdown-checkboxes-apple-mail", "minutes",
     "Apple Mail (macOS) UTF-8 quoted-printable text-only; Chinese-English sprint retro with markdown '- [ ] @handle' action items, one '- [x]' done; by Friday / EOD / 周四上午10点前 / ASAP; owner TBD; 'Next retro: Wed Jun 10, 15:00 @ 3F …'",
     "5 items (1 no_owner, 1 vague), next 2026-06-10 15:00",
     lambda: mail(num=5619, org=LY, client="apple", frm=who("洪毅"),
                  to=[who("庄晓东"), who("吴佩琪"), who("黄泽宇"), who("戴一鸣")], cc=[who("许嘉明"), bot(LY)],
                  subj="Sprint 21 retro & action items", when=at("2026-05-27T18:30:05"), doc=D5619,
                  cte="quoted-printable", parts="text"),
     items=[
         I(1, "庄晓东", "支付回调幂等改造，迁移到 v2 callback API", "2026-05-29", ("weekday", "Fri")),
         I(2, "黄泽宇", "补一份支付回调回归测试计划", "2026-05-27", ("today",)),
         I(3, "戴一鸣", "重复出票影响面数据拉一下", "2026-05-28", ("weekday", "Thu"), time="10:00"),
         I(4, None, "测试环境数据库隔离方案", None, None, flags=["no_owner", "no_due"]),
         I(5, "洪毅", "跟运维约测试库扩容", None, None, flags=["vague_due"]),
     ],
     nf=NF("2026-06-10T15:00", ("abs", "2026-06-10", "Wed"), location="3F 海景会议室"),
     notes="Developer-style retro in markdown, Apple Mail plain text, QP. Sent Wed 2026-05-27 18:30 +0800. Only '## Action "
           "items' counts; the '- [x]' line is done -> not an item; the open '- [ ]' lines are items 1-5 in order. @handles "
           "are roster e-mail local parts (@zhuangxiaodong = 庄晓东, etc.). 1 'by Friday' -> 2026-05-29. 2 'EOD' -> send "
           "date 2026-05-27, no time. 3 '周四上午10点前' (bare weekday, Thursday not yet past) -> 2026-05-28 10:00. 4 'owner "
           "TBD' and no date -> owner null, department null, no_owner + no_due. 5 '@hongyi … ASAP' -> 洪毅 (the sender), "
           "vague_due. 'What went well/didn't' are facts ('820ms', 'P0', '6/1' sprint start). 'Next retro: Wed Jun 10, "
           "15:00 @ 3F 海景会议室' -> 2026-06-10 15:00.")


# --------------------------------------------------------------------------- 5620
D5620 = ["""各位好，

今天上午端午出游季活动筹备会纪要如下：

会议时间：6月8日（周一）10:00-11:20
参会人员：张承宇、苏婉清、许嘉明、柯俊杰、杨可欣、戴一鸣
记录：苏婉清

一、会议决定
1. 端午活动主题定为“端午游，粽享好价”，活动时间6月15日—6月21日。
2. 预算上限80万元，其中补贴券60万元。

二、待办事项
1. 活动整体方案定稿 —— 张总牵头，运营、市场配合，6月12日前定稿。
2. 补贴券规则配置及风控规则 —— 许嘉明，6月11日前。
3. 酒店及景区商户报名招商 —— 柯俊杰，本周五前完成首批30家。
4. 活动期间客服排班及话术培训 —— 客服中心杨可欣，6月14日前。
5. 活动复盘数据报告 —— 戴一鸣，节后第一个工作日。

下次会议：6月15日（周一）10:00，飞书会议

苏婉清
运营中心 | 鹭游网络科技有限公司
"""]

case(5620, "travel-campaign-prep-zhangzong-feishu-8bit", "minutes",
     "Feishu mail UTF-8 8bit text+HTML; plain minutes with 会议决定 and 待办事项 (task —— owner, date); '张总牵头，运营、市场配合' (title alias); 本周五前; 节后第一个工作日 after Dragon Boat; next meeting label with an online location",
     "5 items, next 2026-06-15 10:00 飞书会议",
     lambda: mail(num=5620, org=LY, client="feishu", frm=who("苏婉清"),
                  to=[who("张承宇"), who("许嘉明"), who("柯俊杰"), who("杨可欣"), who("戴一鸣")], cc=[bot(LY)],
                  subj="端午出游季活动筹备会纪要", when=at("2026-06-08T11:45:10"), doc=D5620, cte="8bit"),
     items=[
         I(1, "张承宇", "活动整体方案定稿", "2026-06-12", ("abs", "2026-06-12")),
         I(2, "许嘉明", "补贴券规则配置及风控规则", "2026-06-11", ("abs", "2026-06-11")),
         I(3, "柯俊杰", "酒店及景区商户报名招商（首批30家）", "2026-06-12", ("thisweek", "Fri")),
         I(4, "杨可欣", "活动期间客服排班及话术培训", "2026-06-14", ("abs", "2026-06-14")),
         I(5, "戴一鸣", "活动复盘数据报告", "2026-06-22", ("after_holiday", "Dragon Boat Festival")),
     ],
     nf=NF("2026-06-15T10:00", ("abs", "2026-06-15", "Mon"), location="飞书会议"),
     notes="Common, plainly written minutes. Sent Mon 2026-06-08 11:45 +0800. 一、会议决定 are decisions (the campaign "
           "dates 6月15日—6月21日 are not deadlines). 二、待办事项 1-5: 1 '张总牵头，运营、市场配合' -> 张总 = 张承宇 (alias) "
           "owns, 2026-06-12. 2 许嘉明 2026-06-11. 3 柯俊杰 '本周五前' -> 2026-06-12. 4 '客服中心杨可欣' -> 杨可欣, 2026-06-14 "
           "(a Sunday; kept). 5 戴一鸣 '节后第一个工作日' -> the next holiday is Dragon Boat (06-19..06-21) -> Mon "
           "2026-06-22. '下次会议：6月15日（周一）10:00，飞书会议' -> 2026-06-15 10:00, location 飞书会议.")


# --------------------------------------------------------------------------- 5621
T5621 = Table([
    ["序号", "事项", "负责人", "截止时间", "状态"],
    ["1", "端午活动话术培训（全员）", "杨可欣", "6/14", "进行中"],
    ["2", "退改政策FAQ更新上线", "客服中心质检组", "下周三", "未开始"],
    ["3", "投诉工单超时（>48h）复盘", "杨可欣", "6/18", "未开始"],
    ["4", "智能客服机器人新意图配置", "许嘉明（产品）", "待定", "未开始"],
    ["5", "5月投诉率报表", "戴一鸣", "6/10", "已完成"],
    ["6", "夜班人力补充招聘需求", "郭嘉怡", "6月底", "进行中"],
], text_style="tsv")

D5621 = ["""各位，

本周客服中心周会纪要如下，待办事项从飞书表格里复制的：

""", T5621, """
备注：话术培训视频已上传知识库。

下次周会：6月19日是端午假期，顺延到6月22日（周一）下午4点。

杨可欣
客服中心
"""]

case(5621, "travel-cs-weekly-tsv-from-feishu-sheet", "minutes",
     "Feishu mail UTF-8 base64; a 飞书表格 range pasted as an HTML table with a tab-separated text part; 已完成 row; unit-only owner; owner with a role in brackets; 6/14-style dates, 下周三, 待定, 6月底; '>48h' is not a deadline; next meeting moved past the holiday",
     "5 items (1 no_owner, 1 vague), next 2026-06-22 16:00",
     lambda: mail(num=5621, org=LY, client="feishu", frm=who("杨可欣"),
                  to=[who("苏婉清"), who("许嘉明"), who("戴一鸣"), who("郭嘉怡")], cc=[bot(LY)],
                  subj="客服中心周会纪要 0612", when=at("2026-06-12T18:20:37"), doc=D5621),
     items=[
         I(1, "杨可欣", "端午活动话术培训（全员）", "2026-06-14", ("abs", "2026-06-14")),
         I(2, None, "退改政策FAQ更新上线", "2026-06-17", ("nextweek", "Wed"), flags=["no_owner"], dept="客服中心质检组"),
         I(3, "杨可欣", "投诉工单超时（>48h）复盘", "2026-06-18", ("abs", "2026-06-18")),
         I(4, "许嘉明", "智能客服机器人新意图配置", None, None, flags=["vague_due"]),
         I(6, "郭嘉怡", "夜班人力补充招聘需求", "2026-06-30", ("month_end",)),
     ],
     nf=NF("2026-06-22T16:00", ("abs", "2026-06-22", "Mon")),
     notes="A tracking table copied from a Feishu sheet: HTML table plus a tab-separated text part. Sent Fri 2026-06-12 "
           "18:20 +0800. Row 5 is 已完成 -> not an item; the table's 序号 are kept (1, 2, 3, 4, 6). '6/14' -> 2026-06-14; "
           "row 2 '客服中心质检组' is a team -> owner null, department 客服中心质检组 (as written), no_owner; '下周三' -> "
           "2026-06-17; '6/18' -> 2026-06-18 ('>48h' is part of the task, not a deadline); '许嘉明（产品）' -> 许嘉明, "
           "'待定' -> vague_due; '6月底' -> 2026-06-30. 备注 is a remark. '下次周会：6月19日是端午假期，顺延到6月22日"
           "（周一）下午4点' -> 2026-06-22 16:00 (not 06-19).")


# --------------------------------------------------------------------------- 5622
D5622 = ["""补发给纪要助手，雨桐上午发的时候漏抄了。请各位按下面的分工推进，第4项我已经跟法务打过招呼，7月10日前应该没问题。

嘉明

-------- 转发邮件信息 --------
发件人："蔡雨桐" <caiyutong@luyou.example.cn>
发送日期：2026-06-29 10:12:35 (星期一)
收件人："许嘉明" <xujiaming@luyou.example.cn>, "庄晓东" <zhuangxiaodong@luyou.example.cn>, "戴一鸣" <daiyiming@luyou.example.cn>, "苏婉清" <suwanqing@luyou.example.cn>
主题：会员体系2.0项目启动会纪要

各位好，

今天上午会员体系2.0项目启动会纪要如下。

时间：2026年6月29日（周一）9:30-10:00
参会：许嘉明、蔡雨桐、庄晓东、戴一鸣、苏婉清

项目目标：8月底前上线会员等级与积分互通。

分工：
1. PRD初稿：蔡雨桐，7月3日前
2. 等级体系数据测算（近12个月消费分布）：戴一鸣，本周五前
3. 积分账户服务技术方案：庄晓东，7月8日前
4. 会员权益条款法务审核：法务（许嘉明协调），7月10日前
5. 运营侧权益成本预估：苏婉清，待定

项目例会：每周一上午9:30，飞书会议。

雨桐
"""]

case(5622, "travel-forwarded-minutes-with-preface-feishu", "minutes",
     "Feishu mail '转发:' of minutes sent that morning without the bot; a forwarder's preface (mentions 第4项 and 7月10日前) above a '-------- 转发邮件信息 --------' header block; 法务（许嘉明协调） = person in brackets after a unit; recurring 每周一上午9:30 as the next meeting",
     "5 items (1 vague), next 2026-07-06 09:30 飞书会议",
     lambda: mail(num=5622, org=LY, client="feishu", frm=who("许嘉明"),
                  to=[who("蔡雨桐"), who("庄晓东"), who("戴一鸣"), who("苏婉清")], cc=[bot(LY)],
                  subj="转发: 会员体系2.0项目启动会纪要", when=at("2026-06-29T15:40:02"), doc=D5622),
     items=[
         I(1, "蔡雨桐", "PRD初稿", "2026-07-03", ("abs", "2026-07-03")),
         I(2, "戴一鸣", "等级体系数据测算（近12个月消费分布）", "2026-07-03", ("thisweek", "Fri")),
         I(3, "庄晓东", "积分账户服务技术方案", "2026-07-08", ("abs", "2026-07-08")),
         I(4, "许嘉明", "会员权益条款法务审核", "2026-07-10", ("abs", "2026-07-10")),
         I(5, "苏婉清", "运营侧权益成本预估", None, None, flags=["vague_due"]),
     ],
     nf=NF("2026-07-06T09:30", ("weekly", "Mon", "09:30"), location="飞书会议"),
     notes="Forwarded minutes: 许嘉明 forwards (Mon 2026-06-29 15:40 +0800) the minutes 蔡雨桐 sent at 10:12 the same day "
           "without the bot. The items sit below the forward header block and must be read (it is not a quote to strip). "
           "The preface ('第4项我已经跟法务打过招呼，7月10日前应该没问题') is the forwarder's remark, not an item. Relative "
           "dates resolve to the same day either way (same send date): 1 2026-07-03; 2 '本周五前' -> 2026-07-03; 3 "
           "2026-07-08; 4 '法务（许嘉明协调）' -> the person in brackets after a unit owns it (convention) -> 许嘉明, "
           "2026-07-10 (AMBIGUOUS: 协调 could be read as support, but no other person is named); 5 '待定' -> vague_due. "
           "'8月底前上线' is the project goal, not an item. '项目例会：每周一上午9:30，飞书会议' -> the next occurrence after "
           "sending: Mon 2026-07-06 09:30 (AMBIGUOUS: a recurring slot, recorded as its next occurrence).")


# --------------------------------------------------------------------------- 5623
T5623 = Table([
    ["序号", "问题/事项", "负责人", "截止时间", "备注"],
    ["1", "积分抵扣与优惠券叠加计算错误（BUG-2291）修复", "主责：庄晓东\n配合：黄泽宇", "6月30日前", "阻塞上线"],
    ["2", "商城首页在iOS 15以下白屏兼容问题", "主责：吴佩琪 / 配合：庄晓东", "3个工作日内", ""],
    ["3", "上线后7日核心指标看板", "戴一鸣（主责）、苏婉清（配合）", "下周五", ""],
    ["4", "上线公告及客服FAQ", "运营中心（主责），客服中心（配合）", "上线前一天", "上线日见结论"],
    ["5", "全链路压测报告归档", "黄泽宇", "已完成", "6月22日已归档"],
])

D5623 = ["""各位：

今天下午会员积分商城 V1.3 上线评审会纪要如下。

时间：6月23日（周二）14:00-15:00
参会：许嘉明、蔡雨桐、庄晓东、吴佩琪、黄泽宇、戴一鸣、苏婉清

结论：BUG-2291 修复验证通过后，于7月7日（周二）22:00 发布上线。

遗留问题及分工：
""", T5623, """
下周二同一时间再过一次上线检查。

黄泽宇
测试组 | 研发中心
"""]

case(5623, "travel-release-review-zhuze-peihe-feishu-html-only", "minutes",
     "Feishu mail single-part HTML (飞书文档 table pasted), UTF-8 base64; 主责/配合 written three ways in one cell; ticket key in the task; 3个工作日内, 下周五, '上线前一天' resolved from the decision's launch date; 已完成 row; '下周二同一时间' with the meeting time given",
     "4 items (1 no_owner), next 2026-06-30 14:00-15:00",
     lambda: mail(num=5623, org=LY, client="feishu", frm=who("黄泽宇"),
                  to=[who("许嘉明"), who("蔡雨桐"), who("庄晓东"), who("吴佩琪"), who("戴一鸣"), who("苏婉清")],
                  cc=[who("洪毅"), bot(LY)],
                  subj="会员积分商城 V1.3 上线评审会纪要", when=at("2026-06-23T17:58:21"), doc=D5623, parts="html"),
     items=[
         I(1, "庄晓东", "积分抵扣与优惠券叠加计算错误修复", "2026-06-30", ("abs", "2026-06-30")),
         I(2, "吴佩琪", "商城首页在iOS 15以下白屏兼容问题", "2026-06-26", ("workdays", 3)),
         I(3, "戴一鸣", "上线后7日核心指标看板", "2026-07-03", ("nextweek", "Fri")),
         I(4, None, "上线公告及客服FAQ", "2026-07-06", ("abs", "2026-07-06"), flags=["no_owner"], dept="运营中心"),
     ],
     nf=NF("2026-06-30T14:00", ("nextweek", "Tue"), end="2026-06-30T15:00"),
     notes="HTML-only Feishu mail with a table copied from a 飞书文档. Sent Tue 2026-06-23 17:58 +0800 (first days after "
           "Dragon Boat). The 负责人 cell mixes 主责 and 配合 ('主责：X<br>配合：Y', '主责：X / 配合：Y', 'X（主责）、Y（配合）'): "
           "only the 主责 person owns. 1 庄晓东, 2026-06-30; task without the ticket key BUG-2291. 2 吴佩琪, '3个工作日内' "
           "-> Wed 06-24 (1), Thu 06-25 (2), Fri 06-26 (3) -> 2026-06-26. 3 戴一鸣, '下周五' -> 2026-07-03. 4 主责 is a unit "
           "(运营中心) -> no_owner, department 运营中心; '上线前一天' with the launch fixed in the 结论 as 7月7日（周二） -> "
           "2026-07-06 (AMBIGUOUS: a relative deadline a careful reader resolves from the decision; a parser that cannot "
           "should give no date rather than a wrong one). Row 5 已完成 -> not an item. 序号 kept (1-4). '下周二同一时间' with "
           "this meeting at 14:00-15:00 -> 2026-06-30 14:00, end 15:00 (end AMBIGUOUS).")


# --------------------------------------------------------------------------- 5624
D5624 = ["""各位面试官、HRBP：

今天下午2027届校园招聘启动会纪要如下：

1. 校招岗位需求（研发、产品、数据共28个HC）：研发中心洪毅、产品部许嘉明，7月10日前在飞书审批里提交。
2. 校招宣讲PPT及雇主品牌物料：郭嘉怡，下周一前出初稿。
3. 笔试题库更新：庄晓东、戴一鸣，7月20日前。
4. 与厦门大学、华侨大学就业中心确认宣讲场地：郭嘉怡，本月底前。
5. 面试官培训安排在8月，具体时间另行通知。

下次会议：7月8日 周三 16:00

郭嘉怡
人力资源部
"""]

case(5624, "travel-campus-hiring-two-owners-feishu", "minutes",
     "Feishu mail UTF-8 base64 text+HTML; plain numbered minutes where one line names two owners for the same task (-> two items each); 下周一前, 本月底前; an announcement line that is not an item; '2027届' is not a date",
     "6 items, next 2026-07-08 16:00",
     lambda: mail(num=5624, org=LY, client="feishu", frm=who("郭嘉怡"),
                  to=[who("洪毅"), who("许嘉明"), who("庄晓东"), who("戴一鸣")], cc=[who("张承宇"), bot(LY)],
                  subj="2027届校园招聘启动会纪要", when=at("2026-07-01T17:12:45"), doc=D5624),
     items=[
         I(1, "洪毅", "在飞书审批里提交校招岗位需求", "2026-07-10", ("abs", "2026-07-10")),
         I(2, "许嘉明", "在飞书审批里提交校招岗位需求", "2026-07-10", ("abs", "2026-07-10")),
         I(3, "郭嘉怡", "校招宣讲PPT及雇主品牌物料初稿", "2026-07-06", ("nextweek", "Mon")),
         I(4, "庄晓东", "笔试题库更新", "2026-07-20", ("abs", "2026-07-20")),
         I(5, "戴一鸣", "笔试题库更新", "2026-07-20", ("abs", "2026-07-20")),
         I(6, "郭嘉怡", "与厦门大学、华侨大学就业中心确认宣讲场地", "2026-07-31", ("month_end",)),
     ],
     nf=NF("2026-07-08T16:00", ("abs", "2026-07-08", "Wed")),
     notes="Plain HR minutes. Sent Wed 2026-07-01 17:12 +0800. Point 1 names two owners (洪毅, 许嘉明) for the same task and "
           "point 3 two owners (庄晓东, 戴一鸣): the same task text for two owners gives two items, so the gold has 6 items "
           "numbered 1-6 in reading order. 1/2 2026-07-10. 3 '下周一前' -> 2026-07-06. 4/5 2026-07-20. 6 '本月底前' -> "
           "2026-07-31. Point 5 (面试官培训…另行通知) is an announcement with no owner or deliverable -> not an item. '2027届' "
           "and '28个HC' are not dates. '下次会议：7月8日 周三 16:00' -> 2026-07-08 16:00.")


# --------------------------------------------------------------------------- 5625
D5625 = ["""金主管、周经理：

你们好！今天下午到贵司沟通4月批次阀体砂眼返工问题，现将会谈内容整理如下，请确认：

1、双方确认：4月批次阀体（DN100-DN200共420件）中砂眼超标86件，返工费用双方各承担50%。
2、恒达铸造（李强）：86件返工件5月20日前送回贵司。
3、贵司品质部周经理：返工件到货后复检并出具报告，5月22日前完成。
4、贵司采购部金主管：返工费用对账单下周五前发我方财务。
5、下批订单（5月）的交期另行商定。

以上如无异议，请回复确认。谢谢！

李强
永嘉恒达铸造有限公司 销售部
手机：138-6871-2290
"""]

case(5625, "foundry-supplier-163-web-minutes", "minutes",
     "163.com web mail (Coremail) GBK base64 text+HTML from a small supplier; 、-numbered points where 1 is an agreement and 5 a to-be-negotiated note; unit with a person in brackets (the sender); titles 周经理/金主管; 下周五前",
     "3 items (numbers 2-4), no follow-up",
     lambda: mail(num=5625, org=OX, client="163", frm=who("李强"),
                  to=[who("金鑫"), who("周海波")], cc=[bot(OX)],
                  subj="关于4月批次阀体砂眼返工费用的会谈纪要（恒达铸造）", when=at("2026-05-11T19:26:03"), doc=D5625,
                  cs="gbk"),
     items=[
         I(2, "李强", "86件返工件送回贵司", "2026-05-20", ("abs", "2026-05-20")),
         I(3, "周海波", "返工件复检并出具报告", "2026-05-22", ("abs", "2026-05-22")),
         I(4, "金鑫", "返工费用对账单发恒达铸造财务", "2026-05-22", ("nextweek", "Fri")),
     ],
     notes="Minutes written by an outside supplier on 163.com webmail (GBK). Sent Mon 2026-05-11 19:26 +0800. Point 1 "
           "(双方确认…各承担50%) is an agreement and point 5 (交期另行商定) a note with no owner or date -> not items. "
           "Items keep the writer's numbers 2-4. 2 '恒达铸造（李强）' -> the person in brackets after a unit = 李强, the "
           "sender (roster outsider, department null), 2026-05-20. 3 '贵司品质部周经理' -> 周海波, 2026-05-22. 4 '贵司采购部"
           "金主管' -> 金鑫; '下周五前' from a Monday -> 2026-05-22. '420件/86件' and the phone number are not dates.")


# --------------------------------------------------------------------------- 5626
D5626 = ["""Hi all,

Please find the minutes of today's ops meeting below.

Attendees: Erik, Ocean, Simon, Nancy, Frank, Lars, Lily (minutes)
Time: Thu 9 Apr, 15:00–16:00, Meeting Room Fjord

1. Line 3 thermoformer
Downtime last week was 14.5 hrs, mostly mould changeovers. Lars presented the SMED pilot results (changeover cut from 95 to 60 min).
AI: Lars to roll out SMED standard work to Line 2 by end of April.
AI: Ocean to send the revised May production plan to Ingrid by Friday.

2. Supplier quality
PP resin lot 2603-117 from Supplier B failed the MFI test twice.
AI: Nancy/Simon to hold a supplier quality meeting with Supplier B – Nancy owns, Simon supports – by 17 April.
AI: Simon to issue a SCAR to Supplier B, ASAP.

3. EHS
No LTI this month. Fire drill completed on 3 Apr (done).
Frank reminded all departments that hot work permits must be signed by EHS from now on.

4. AOB
Erik: Labour Day holiday is 1–5 May; Saturday 9 May is a working day.

Next meeting: same time next Thursday.

Best regards,
Lily Sun
HR & Admin | Halvorsen Packaging (Dalian) Co., Ltd.
"""]

case(5626, "pack-english-ai-lines-outlook365", "minutes",
     "Outlook (Microsoft 365) English, UTF-8 quoted-printable text+HTML; weekly ops minutes with 'AI:' lines under topics; owners by English first names (roster aliases); 'Nancy owns, Simon supports'; by end of April / by Friday / by 17 April / ASAP; 'Next meeting: same time next Thursday'",
     "4 items (1 vague), next 2026-04-16 15:00-16:00",
     lambda: mail(num=5626, org=HV, client="outlook365", frm=whoe("孙丽"),
                  to=[whoe("Erik Solberg"), whoe("于海洋"), whoe("曲晓明"), whoe("姜楠"), whoe("孟凡"), whoe("Lars Berg")],
                  cc=[bot(HV)],
                  subj="Minutes - Weekly Ops Meeting 9 Apr", when=at("2026-04-09T17:32:10"), doc=D5626,
                  cte="quoted-printable", lang="en-US",
                  extra=[("X-MS-Exchange-Organization-SCL", "-1")]),
     items=[
         I(1, "Lars Berg", "roll out SMED standard work to Line 2", "2026-04-30", ("month_end", 4)),
         I(2, "于海洋", "send the revised May production plan to Ingrid", "2026-04-10", ("weekday", "Fri")),
         I(3, "姜楠", "hold a supplier quality meeting with Supplier B", "2026-04-17", ("abs", "2026-04-17")),
         I(4, "曲晓明", "issue a SCAR to Supplier B", None, None, flags=["vague_due"]),
     ],
     nf=NF("2026-04-16T15:00", ("nextweek", "Thu"), end="2026-04-16T16:00", location="Meeting Room Fjord"),
     notes="English ops minutes from Outlook on Microsoft 365, QP. Sent Thu 2026-04-09 17:32 +0800. Items are the four "
           "'AI:' lines (1-4 in order). Lars = Lars Berg: 'by end of April' -> 2026-04-30. Ocean = 于海洋 (alias): 'by "
           "Friday' -> 2026-04-10 (Ingrid is the recipient). 'Nancy/Simon … Nancy owns, Simon supports' -> Nancy = 姜楠 "
           "owns, Simon is support only; 'by 17 April' -> 2026-04-17. Simon = 曲晓明: 'ASAP' -> vague_due. The downtime, "
           "SMED figures, lot number 2603-117, the fire drill 'completed on 3 Apr (done)', Frank's permit rule and Erik's "
           "holiday note are facts/rules, not items. 'Next meeting: same time next Thursday' with this meeting Thu 9 Apr "
           "15:00–16:00 in Meeting Room Fjord -> 2026-04-16 15:00, end 16:00 and the same room (end and location "
           "AMBIGUOUS: implied by 'same time').")


# --------------------------------------------------------------------------- 5627
D5627 = ["""Hi team,

Action items from this morning's supplier review (09:00–10:00, Room Fjord):

Action: Update the supplier scorecard with Q1 OTD and PPM data
Owner: Nancy Jiang
Due: EOD today

Action: Send 8D closure evidence for the resin MFI issue
Owner: Simon Qu
Due: first working day after the May Day holiday

Action: Qualify a second source for PP resin (trial run on Line 3)
Owner: Ocean Yu / Lars Berg
Due: 29 May

Action: Decide whether to move the carton supplier to a consignment model
Owner: Erik Solberg
Due: TBD

Action: Renew the customs broker contract
Owner: Purchasing team
Due: 15 May
Status: Closed – renewed on 28 Apr

Thanks,
Nancy

Nancy Jiang | Purchasing Manager
Halvorsen Packaging (Dalian) Co., Ltd.
"""]

case(5627, "pack-owner-due-blocks-owa-utc", "minutes",
     "Outlook on the web (Exchange Online) English, Date in +0000, UTF-8 QP text+HTML; Action/Owner/Due blocks; 'EOD today'; 'first working day after the May Day holiday'; two owners for one action; TBD; a Closed block",
     "5 items (two owners split, 1 vague), no follow-up",
     lambda: mail(num=5627, org=HV, client="owa", frm=whoe("姜楠"),
                  to=[whoe("曲晓明"), whoe("于海洋"), whoe("Lars Berg"), whoe("Erik Solberg")], cc=[bot(HV)],
                  subj="Supplier review – action items (30 Apr)", when=at("2026-04-30T02:15:37", "+00:00"),
                  doc=D5627, cte="quoted-printable", lang="en-US"),
     items=[
         I(1, "姜楠", "Update the supplier scorecard with Q1 OTD and PPM data", "2026-04-30", ("today",)),
         I(2, "曲晓明", "Send 8D closure evidence for the resin MFI issue", "2026-05-06", ("after_holiday", "Labour Day")),
         I(3, "于海洋", "Qualify a second source for PP resin (trial run on Line 3)", "2026-05-29", ("abs", "2026-05-29")),
         I(4, "Lars Berg", "Qualify a second source for PP resin (trial run on Line 3)", "2026-05-29",
           ("abs", "2026-05-29")),
         I(5, "Erik Solberg", "Decide whether to move the carton supplier to a consignment model", None, None,
           flags=["vague_due"]),
     ],
     notes="OWA (Exchange Online) mail whose Date header is in UTC: Thu 2026-04-30 02:15 +0000 = 10:15 Asia/Shanghai, "
           "same calendar day. Action/Owner/Due blocks; items numbered 1-5 in reading order. 1 'EOD today' -> 2026-04-30, "
           "no time. 2 'first working day after the May Day holiday' (05-01..05-05) -> Wed 2026-05-06. 3/4 'Owner: Ocean "
           "Yu / Lars Berg' = the same task for two owners -> two items, 2026-05-29. 5 'Due: TBD' -> vague_due. The last "
           "block is 'Status: Closed' -> not an item. Owners resolve through roster aliases (Nancy Jiang = 姜楠, Simon Qu "
           "= 曲晓明, Ocean Yu = 于海洋). No next meeting.")


# --------------------------------------------------------------------------- 5628
PDF5628 = [
    (9, False, "Halvorsen Packaging (Dalian) Co., Ltd."),
    (15, True, "Q2 Quality Review - Minutes"),
    (8, False, None),
    (10, False, "Date: 18 May 2026, 14:00-16:00      Venue: Meeting Room Fjord"),
    (10, False, "Chair: Erik Solberg      Minutes: Simon Qu"),
    (10, False, "Attendees: Erik Solberg, Ocean Yu, Simon Qu, Nancy Jiang, Lars Berg, Frank Meng"),
    (8, False, None),
    (12, True, "1. KPI review"),
    (10, False, "Customer complaints Q1: 7 (target <= 5 per quarter). Internal scrap 2.8% (target 2.5%)."),
    (10, False, "Top defect: lid warping on frozen-food trays (3 complaints)."),
    (8, False, None),
    (12, True, "2. Decisions"),
    (10, False, "- Customer complaint target for H2 stays at <= 5 per quarter."),
    (10, False, "- Incoming inspection for PP resin moves to skip-lot from 1 July."),
    (8, False, None),
    (12, True, "3. Action items"),
    (10, True, "No.  Action                                                   Owner          Due"),
    (10, False, "1    Complete MSA (GR&R) for the new wall-thickness gauge      Simon Qu       22 May 2026"),
    (10, False, "2    Retrain Line 3 operators on visual defect standards       Ocean Yu       end of May"),
    (10, False, "3    Audit the carton supplier's warehouse (humidity control)   Purchasing     12 June 2026"),
    (10, False, "4    Install a dehumidifier in the finished-goods warehouse     Lars Berg      ASAP"),
    (10, False, "5    Update the control plan for the tray line                   Simon Qu       Closed"),
    (8, False, None),
    (10, False, "Next review: Monday 15 June 2026, 09:30 (Dalian time), Meeting Room Fjord"),
]

D5628 = ["""Hi all,

Attached are the minutes of today's Q2 quality review. Please check your action items and let me know if anything is missing.

Thanks,
Simon

Simon Qu | Quality Manager
Halvorsen Packaging (Dalian) Co., Ltd.
"""]

case(5628, "pack-quality-review-pdf-attachment-outlook365", "minutes",
     "Outlook (Microsoft 365) English with the minutes only in a PDF attachment (text PDF exported from Word); action table with a unit owner (Purchasing), 'end of May', ASAP and a Closed row; 'Next review: Monday 15 June 2026, 09:30 (Dalian time)'",
     "4 items from the PDF (1 no_owner, 1 vague), next 2026-06-15 09:30 Meeting Room Fjord",
     lambda: mail(num=5628, org=HV, client="outlook365", frm=whoe("曲晓明"),
                  to=[whoe("Erik Solberg"), whoe("于海洋"), whoe("姜楠"), whoe("Lars Berg"), whoe("孟凡")], cc=[bot(HV)],
                  subj="Q2 Quality Review – minutes", when=at("2026-05-18T18:05:14"), doc=D5628,
                  cte="quoted-printable", lang="en-US",
                  attach=[attachment("application/pdf", "Q2 Quality Review - Minutes 2026-05-18.pdf",
                                     make_pdf(PDF5628, ("Q2 Quality Review - Minutes", "Simon Qu",
                                                        "D:20260518175200+08'00'", "D:20260518175200+08'00'")))]),
     items=[
         I(1, "曲晓明", "Complete MSA (GR&R) for the new wall-thickness gauge", "2026-05-22", ("abs", "2026-05-22")),
         I(2, "于海洋", "Retrain Line 3 operators on visual defect standards", "2026-05-31", ("month_end",)),
         I(3, None, "Audit the carton supplier's warehouse (humidity control)", "2026-06-12", ("abs", "2026-06-12"),
           flags=["no_owner"], dept="Purchasing"),
         I(4, "Lars Berg", "Install a dehumidifier in the finished-goods warehouse", None, None, flags=["vague_due"]),
     ],
     nf=NF("2026-06-15T09:30", ("abs", "2026-06-15", "Mon"), location="Meeting Room Fjord"),
     notes="The body is a two-line cover note; the minutes are a one-page text PDF attachment (Helvetica, extractable). "
           "A human reading the PDF records its action table. Sent Mon 2026-05-18 18:05 +0800. 1 Simon Qu = 曲晓明, '22 May "
           "2026' -> 2026-05-22. 2 Ocean Yu = 于海洋, 'end of May' -> 2026-05-31. 3 Owner 'Purchasing' is a department -> "
           "owner null, department Purchasing (one of ours), no_owner; 2026-06-12. 4 Lars Berg, 'ASAP' -> vague_due. Row 5 "
           "'Closed' -> not an item. Numbers as in the table (1-4). Decisions ('skip-lot from 1 July', targets) are not "
           "items. 'Next review: Monday 15 June 2026, 09:30 (Dalian time), Meeting Room Fjord' -> 2026-06-15 09:30.")


# --------------------------------------------------------------------------- 5629
D5629 = ["""Hi Erik, Ocean, Nancy,

Thanks for a good S&OP call this afternoon. My notes:

Demand
- Nordic retail tray volumes for Q3 are up 8% vs. forecast. Dalian to cover +1.2m trays in July–August.

Supply
- Line 3 capacity confirmed at 85% OEE after SMED.
- Resin: current stock covers demand until mid-July.

Actions
1. Ocean – confirm the July capacity plan incl. weekend shifts, by Friday
2. Nancy – secure additional PP resin (120 t) for July, confirm by next Wednesday
3. Erik – approve the overtime budget, within 2 working days
4. Ingrid – share the updated Q3 forecast file – done, sent today

Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)

Best regards,
Ingrid
--
Ingrid Dahl | Director, Supply Chain | Halvorsen Packaging AS | Oslo
"""]

case(5629, "pack-hq-oslo-cest-next-sync", "minutes",
     "Outlook (Microsoft 365) English from Oslo HQ, Date +0200 at 19:30 = 01:30 next day in Shanghai; Actions list with en dashes; by Friday / by next Wednesday / within 2 working days resolved on the Shanghai date; done line; 'Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)'",
     "3 items, next 2026-06-09 16:00 +08:00",
     lambda: mail(num=5629, org=HV, client="outlook365", frm=whoe("Ingrid Dahl"),
                  to=[whoe("Erik Solberg"), whoe("于海洋"), whoe("姜楠")], cc=[bot(HV)],
                  subj="S&OP call 4 June – notes and actions", when=at("2026-06-04T19:30:12", "+02:00"), doc=D5629,
                  cte="quoted-printable", lang="en-US"),
     items=[
         I(1, "于海洋", "confirm the July capacity plan incl. weekend shifts", "2026-06-05", ("weekday", "Fri")),
         I(2, "姜楠", "secure additional PP resin (120 t) for July", "2026-06-10", ("nextweek", "Wed")),
         I(3, "Erik Solberg", "approve the overtime budget", "2026-06-09", ("workdays", 2)),
     ],
     nf=NF("2026-06-09T16:00", ("abs", "2026-06-09", "Tue")),
     notes="Minutes from the Oslo headquarters. Date: Thu 2026-06-04 19:30 +0200 = Fri 2026-06-05 01:30 Asia/Shanghai; "
           "every phrase resolves on the Shanghai date (Friday 06-05). 1 Ocean = 于海洋, 'by Friday' -> today, "
           "2026-06-05. 2 Nancy = 姜楠, 'by next Wednesday' -> Wednesday of the next calendar week, 2026-06-10. 3 Erik, "
           "'within 2 working days' counted from the day after the Shanghai send date: Mon 06-08 (1), Tue 06-09 (2) -> "
           "2026-06-09 (AMBIGUOUS for a human in Oslo, who would count from Thursday and get 06-08; the set's convention "
           "is Asia/Shanghai). 4 'done, sent today' -> not an item. Figures (8%, +1.2m, 85% OEE, 120 t, mid-July) are not "
           "deadlines. 'Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)' -> 2026-06-09 16:00 +08:00 (10:00 CEST = 08:00 "
           "UTC).")


# --------------------------------------------------------------------------- 5630
D5630 = ["""各位同事 / Dear all,

今天安全生产月启动会纪要如下 / Minutes of today's Safety Month kick-off:

1. 6月为全国“安全生产月”，今年主题“人人讲安全、个个会应急”。/ June is National Safety Month.

2. 行动项 / Actions:
   - 各部门完成岗位风险辨识表更新 / All departments update their job hazard analysis
     Owner: 各部门经理 / department managers — Due: 6月12日 / Jun 12
   - 组织一次叉车事故应急演练 / Forklift emergency drill
     Owner: Ocean（生产部 于海洋）— Due: 下周三 / next Wed
   - 消防栓及喷淋系统年度检测 / Annual hydrant & sprinkler inspection
     Owner: Lars — Due: 6月底前 / by end of June
   - 安全月宣传海报及有奖问答 / Posters and quiz
     Owner: Lily — Due: 6月5日前 / by Jun 5
   - 化学品柜标识更新 / Chemical cabinet labels
     Owner: Frank — Due: 已完成 / Done

3. 提醒 / Reminder: 动火作业必须由EHS签发许可。/ Hot work permits must be issued by EHS.

下次会议 / Next meeting: 6月16日（周二）14:00，培训室 / Training Room

孟凡 Frank Meng
EHS | Halvorsen Packaging (Dalian) Co., Ltd.
"""]

case(5630, "pack-bilingual-safety-month-owa-utc", "minutes",
     "Outlook on the web, Date +0000 (17:48 in Shanghai), UTF-8 QP text+HTML; bilingual Chinese/English actions with each item wrapped onto an Owner/Due line; owners '各部门经理' (no_owner), 'Ocean（生产部 于海洋）', Lars, Lily; 下周三 / next Wed; a Done line; bilingual next meeting",
     "4 items (1 no_owner), next 2026-06-16 14:00 培训室 / Training Room",
     lambda: mail(num=5630, org=HV, client="owa", frm=whoe("孟凡"),
                  to=[whoe("于海洋"), whoe("Lars Berg"), whoe("孙丽"), whoe("曲晓明"), whoe("姜楠")],
                  cc=[whoe("Erik Solberg"), bot(HV)],
                  subj="安全生产月启动会纪要 / Safety Month kick-off minutes", when=at("2026-06-02T09:48:30", "+00:00"),
                  doc=D5630, cte="quoted-printable", lang="zh-CN"),
     items=[
         I(1, None, "各部门完成岗位风险辨识表更新", "2026-06-12", ("abs", "2026-06-12"), flags=["no_owner"]),
         I(2, "于海洋", "组织一次叉车事故应急演练", "2026-06-10", ("nextweek", "Wed")),
         I(3, "Lars Berg", "消防栓及喷淋系统年度检测", "2026-06-30", ("month_end",)),
         I(4, "孙丽", "安全月宣传海报及有奖问答", "2026-06-05", ("abs", "2026-06-05")),
     ],
     nf=NF("2026-06-16T14:00", ("abs", "2026-06-16", "Tue"), location="培训室 / Training Room"),
     notes="Bilingual EHS minutes from OWA; Date Tue 2026-06-02 09:48 +0000 = 17:48 Asia/Shanghai (same day). Each action "
           "is two lines (task, then 'Owner: … — Due: …'); items 1-4 in reading order. 1 '各部门经理 / department managers' "
           "is no single person or unit -> owner null, department null, no_owner; 2026-06-12. 2 'Ocean（生产部 于海洋）' -> "
           "于海洋; '下周三 / next Wed' -> 2026-06-10. 3 Lars = Lars Berg, '6月底前' -> 2026-06-30. 4 Lily = 孙丽, '6月5日前' "
           "-> 2026-06-05. The chemical-cabinet line is 已完成/Done -> not an item. Point 1 (theme) and point 3 (hot work "
           "permit rule) are not items. '下次会议 / Next meeting: 6月16日（周二）14:00，培训室 / Training Room' -> "
           "2026-06-16 14:00.")


# --------------------------------------------------------------------------- 5631
MID_OLD_5631 = msgid("outlook365", "heldout28-5631-old", R["孙丽"][1], at("2026-06-15T17:20:44"))
D5631 = ["""All,

Lily is on leave this week, so I'm replying on last week's thread with today's notes.

Today (22 Jun):
- Dragon Boat holiday went fine; no production issues over the break.
- H1 close: Snow to close the H1 accruals and send the preliminary P&L by Jul 3.
- IT: Chris to roll out the new VPN client to all laptops by end of month.
- Customer audit (Nordfjord) on 7 July: Simon owns the audit preparation, checklist by Friday.
- Ocean to review the summer shift roster – no date yet.

Next meeting: Monday 29 June, 09:00, Meeting Room Fjord.

Erik

Erik Solberg | General Manager
Halvorsen Packaging (Dalian) Co., Ltd.

From: Lily Sun <sun.li@halvorsen-pack.example.com>
Sent: Monday, June 15, 2026 5:20 PM
To: Erik Solberg <erik.solberg@halvorsen-pack.example.com>; Ocean Yu <yu.haiyang@halvorsen-pack.example.com>; Simon Qu <qu.xiaoming@halvorsen-pack.example.com>; Snow Wang <wang.xue@halvorsen-pack.example.com>; Chris Liu <liu.chang@halvorsen-pack.example.com>
Cc: Minutes Bot <minutes@halvorsen-pack.example.com>
Subject: Minutes - Weekly Management Meeting 15 Jun

Hi all,

Minutes of today's management meeting:

- Dragon Boat holiday 19–21 June: Line 3 runs on 20 June with a reduced crew.
- Action: Ocean to finalise the holiday production plan by Jun 17.
- Action: Chris to replace the firewall at the plant gate by Jun 18.
- Action: Snow to send the May management accounts by Friday.

Next meeting: Monday 22 June, 09:00.

Best regards,
Lily Sun
HR & Admin | Halvorsen Packaging (Dalian) Co., Ltd.
"""]

case(5631, "pack-new-minutes-re-old-thread-outlook365", "minutes",
     "Outlook (Microsoft 365) English 'RE:' on last week's minutes thread carrying this week's notes; the old minutes (with their own Action lines and Next meeting) quoted below an Outlook From/Sent/To/Subject block without '>'; by Jul 3 / by end of month / by Friday / 'no date yet'",
     "4 new items (1 no_due), next 2026-06-29 09:00 Meeting Room Fjord",
     lambda: mail(num=5631, org=HV, client="outlook365", frm=whoe("Erik Solberg"),
                  to=[whoe("于海洋"), whoe("曲晓明"), whoe("王雪"), whoe("刘畅")], cc=[whoe("孙丽"), bot(HV)],
                  subj="RE: Minutes - Weekly Management Meeting 15 Jun", when=at("2026-06-22T17:45:03"), doc=D5631,
                  cte="quoted-printable", lang="en-US", irt=MID_OLD_5631, refs=MID_OLD_5631),
     items=[
         I(1, "王雪", "close the H1 accruals and send the preliminary P&L", "2026-07-03", ("abs", "2026-07-03")),
         I(2, "刘畅", "roll out the new VPN client to all laptops", "2026-06-30", ("month_end",)),
         I(3, "曲晓明", "prepare the checklist for the Nordfjord customer audit", "2026-06-26", ("weekday", "Fri")),
         I(4, "于海洋", "review the summer shift roster", None, None, flags=["no_due"]),
     ],
     nf=NF("2026-06-29T09:00", ("abs", "2026-06-29", "Mon"), location="Meeting Room Fjord"),
     notes="New minutes sent as 'RE:' in last week's thread (In-Reply-To the 06-15 minutes, which are not in this set). Sent "
           "Mon 2026-06-22 17:45 +0800, first working day after Dragon Boat. Only the new notes above the Outlook "
           "'From:/Sent:/To:/Subject:' block count; the quoted 15 Jun minutes (three 'Action:' lines, 'Next meeting: Monday "
           "22 June') must not be extracted. Items 1-4 in order: Snow = 王雪, 'by Jul 3' -> 2026-07-03; Chris = 刘畅, 'by end "
           "of month' -> 2026-06-30; Simon = 曲晓明 'owns the audit preparation, checklist by Friday' -> 2026-06-26 (the "
           "audit date 7 July is context); Ocean = 于海洋, 'no date yet' -> no_due (no deadline word such as TBD/ASAP; "
           "AMBIGUOUS with vague_due). The holiday remark is a fact. 'Next meeting: Monday 29 June, 09:00, Meeting Room "
           "Fjord' -> 2026-06-29 09:00.")


# --------------------------------------------------------------------------- 5632
D5632 = ["""Hi Grace, Simon,

Thanks for hosting us this morning. Quick notes from my side:

- Trial result: 2 of 40 trays showed lid warping after freezing at -25C. Otherwise OK.
- We keep the current spec for the August order.

Follow-ups:
1) Grace - send revised quotation for the 0.45 mm lid by Fri
2) Simon - root cause report on the lid warping by Jul 15
3) Me - send 200 frozen samples back to your Dalian plant by next Tue
4) Simon - COA template for each lot, asap

Let's talk again once the root cause is in.

Best,
Kjell

--
Kjell Haugen
Sourcing Manager China | Nordfjord Seafood AS, Dalian Office
"""]

case(5632, "pack-customer-gmail-followups", "minutes",
     "Gmail (Google Workspace, Android app) UTF-8 QP text+HTML from an outside customer; short visit notes with '1) Name - task by X' follow-ups; 'Me' = the sender; by Fri / by Jul 15 / by next Tue / asap; no next meeting ('once the root cause is in')",
     "4 items (1 outsider = sender, 1 vague), no follow-up",
     lambda: mail(num=5632, org=HV, client="gmail", frm=whoe("Kjell Haugen"),
                  to=[("Grace Gao", R["高原"][1]), ("Simon Qu", R["曲晓明"][1])], cc=[bot(HV)],
                  subj="Packaging trial follow-ups", when=at("2026-07-07T15:12:09"), doc=D5632,
                  cte="quoted-printable"),
     items=[
         I(1, "高原", "send revised quotation for the 0.45 mm lid", "2026-07-10", ("weekday", "Fri")),
         I(2, "曲晓明", "root cause report on the lid warping", "2026-07-15", ("abs", "2026-07-15")),
         I(3, "Kjell Haugen", "send 200 frozen samples back to your Dalian plant", "2026-07-14", ("nextweek", "Tue")),
         I(4, "曲晓明", "COA template for each lot", None, None, flags=["vague_due"]),
     ],
     notes="Customer visit notes from Gmail (Google Workspace, sent from the Android app), QP. Sent Tue 2026-07-07 15:12 "
           "+0800. Follow-ups 1)-4): Grace = 高原 (alias; To display name Grace Gao), 'by Fri' -> 2026-07-10; Simon = "
           "曲晓明, 'by Jul 15' -> 2026-07-15; 'Me' = the sender Kjell Haugen (roster outsider, department null), 'by next "
           "Tue' -> Tuesday of next week 2026-07-14; Simon, 'asap' -> vague_due. '-25C', '0.45 mm', '2 of 40' are not "
           "dates; the spec decision is not an item. 'Let's talk again once the root cause is in' has no date -> "
           "next_followup null.")


# --------------------------------------------------------------------------- 5633 (other)
D5633 = ["""各部门：

根据集团年度工作安排，请各部门于6月26日前将2026年上半年工作总结（含下半年工作计划）电子版发送至综合办公室熊雯邮箱，纸质版经部门负责人签字后于6月30日前报送综合办公室（行政楼402室）。

有关要求：
1. 总结要突出重点工作完成情况、存在问题及原因分析，字数控制在3000字以内；
2. 下半年工作计划要明确具体措施和时间节点；
3. 格式按附件模板执行（正文仿宋_GB2312三号字）。

联系人：熊雯，电话：0791-8620 5531

综合办公室
2026年6月15日
"""]

case(5633, "other-soe-notice-request-coremail", "other",
     "Coremail UTF-8 base64 text+HTML; an office notice (通知) asking departments to submit half-year reports by two dates, with the bot in Cc by habit: a request, not minutes",
     "kind other, no items",
     lambda: mail(num=5633, org=GJ, client="coremail", frm=who("熊雯"),
                  to=[who("万国庆"), who("胡卫东"), who("钟慧敏"), who("黄俊"), who("饶丽娟"), who("章志刚")],
                  cc=[who("邹立平"), bot(GJ)],
                  subj="关于报送2026年上半年工作总结的通知", when=at("2026-06-15T09:20:11"), doc=D5633),
     notes="An ordinary notice/request written by a person (no Auto-Submitted, no list headers) with the bot in Cc because "
           "the writer always copies it. It has deadlines (6月26日前, 6月30日前) and numbered requirements, but no meeting "
           "and no minutes: kind other, no items, no follow-up; the bot should not send a recap. Sent Mon 2026-06-15.")


# --------------------------------------------------------------------------- 5634 (other)
D5634 = ["""各位，

下周想约一次会员体系2.0 PRD评审，大概1.5小时，两个候选时间：

A. 7月8日（周三）下午2点
B. 7月9日（周四）上午10点

麻烦大家今天下班前回一下哪个时间方便，定了以后我在飞书日历发正式邀请。嘉明那边如果都不行，再往后顺延到下周五。

纪要助手也抄一下，评审完的纪要到时候再发。

雨桐
"""]

case(5634, "other-meeting-time-poll-feishu", "other",
     "Feishu mail UTF-8 base64 text+HTML; a person polling for a meeting time (two candidate slots, reply 今天下班前) with the bot in Cc: not minutes, no items, no follow-up",
     "kind other, no items",
     lambda: mail(num=5634, org=LY, client="feishu", frm=who("蔡雨桐"),
                  to=[who("许嘉明"), who("庄晓东"), who("戴一鸣"), who("苏婉清")], cc=[bot(LY)],
                  subj="下周会员体系PRD评审时间，大家看哪个方便", when=at("2026-07-02T11:05:40"), doc=D5634),
     notes="A meeting-time poll written by a person, bot in Cc ('纪要助手也抄一下'). It names candidate times (7月8日 14:00, "
           "7月9日 10:00, 下周五) and asks for replies 今天下班前, but it is neither minutes nor a reply to a recap: kind "
           "other, no items; next_followup is read only from minutes, so null. Sent Thu 2026-07-02.")


def tiny_png(seed):
    """A deterministic 16x8 RGB PNG (a small banner)."""
    w, hgt = 16, 8
    col = bytes.fromhex(h(seed, 6))
    raw = b"".join(b"\x00" + col * w for _ in range(hgt))

    def chunk(t, d):
        return len(d).to_bytes(4, "big") + t + d + zlib.crc32(t + d).to_bytes(4, "big")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", w.to_bytes(4, "big") + hgt.to_bytes(4, "big") + b"\x08\x02\x00\x00\x00")
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# --------------------------------------------------------------------------- 5635 (other)
D5635 = ["""Halvorsen Dalian Newsletter – June 2026 / 6月刊

Dear colleagues,

Here is our June newsletter. Thank you all for a safe and busy month!

Welcome
- Please welcome Zhao Ming (Maintenance technician) and Liu Jia (QC inspector), who joined us on 8 June.

Safety Month
- 132 colleagues took part in the safety quiz; the forklift drill on 10 June went well. Thanks to Frank and the EHS team.

Dragon Boat Festival
- Our dragon boat team finished 5th of 18 teams at Xinghai Bay on 20 June. Well done!

Reminders
- Please submit your H2 training needs to HR by 17 July.
- Annual health check: 20–24 July at Dalian Central Hospital. Sign up with Lily by 10 July.
- The canteen will close for renovation on 25–26 July; lunch boxes will be provided.

Birthdays in July: Ocean Yu, Snow Wang, Chen Lei, Wang Hui.

Have a great summer!
Lily Sun
HR & Admin | Halvorsen Packaging (Dalian) Co., Ltd.
"""]


def build_5635():
    img = Leaf('image/png;\n\tname="image001.png"', tiny_png("5635"), "base64",
               headers=[("Content-Description", "image001.png"),
                        ("Content-Disposition", 'inline; filename="image001.png"; size=%d' % len(tiny_png("5635"))),
                        ("Content-ID", "<image001.png@01DD0B2C.8E1F4A30>")])
    return mail(num=5635, org=HV, client="outlook365", frm=whoe("孙丽"),
                to=[("All Staff - Dalian", f"all.dalian@{HV}")],
                subj="Halvorsen Dalian Newsletter – June 2026 / 6月刊", when=at("2026-07-03T16:30:00"), doc=D5635,
                html_doc=[Raw('<p class=MsoNormal><img width=160 height=80 style="width:1.6666in;height:.8333in" '
                              'id="Picture_x0020_1" src="cid:image001.png@01DD0B2C.8E1F4A30" alt="Halvorsen">'
                              '<o:p></o:p></p>')] + D5635,
                cte="quoted-printable", lang="en-US", related=[img])


case(5635, "other-staff-newsletter-outlook365-inline-image", "other",
     "Outlook (Microsoft 365) multipart/related with an inline logo; a monthly staff newsletter written by HR and sent to the all-staff distribution list (which contains the bot); reminders with dates; no list headers",
     "kind other, no items",
     build_5635,
     notes="A newsletter a person wrote (HR), sent through the all-staff Exchange distribution list, so the bot receives it "
           "(To is the list, Delivered-To the bot). No Precedence/List-Id/Auto-Submitted headers: it is person-written, "
           "so kind other rather than auto. The 'Reminders' have dates (by 17 July, by 10 July, 20–24 July) but this is "
           "not minutes: no items, no follow-up. Sent Fri 2026-07-03.")


# --------------------------------------------------------------------------- auto mail
def bot_recap_id(org, tag):
    return f"<mb.{h('recap-' + tag, 20)}@{org}>"


def bot_reply_addr(org, tag):
    return f"minutes+r{h('sig-' + tag, 16)}@{org}"


def build_5636():
    when = at("2026-04-30T10:00:07")
    frm = who("罗振宇")
    seed = "heldout28-5636"
    mid = msgid("coremail", seed, frm[1], when)
    recap = bot_recap_id(GJ, "chase-5604-2")
    text = ("您好！\n\n我已收到您的来信。本人4月30日至5月5日休假，5月6日返岗后将尽快回复。\n"
            "如有紧急事务，请联系工程管理部胡卫东（电话：0791-8620 5560）。\n\n"
            "此邮件为自动回复，请勿直接回复。\n\n罗振宇\n工程管理部\n")
    body = text_leaf(text, "utf-8", "base64", "plain", "UTF-8")
    H = [("Date", rfcdate(when, "GMT+08:00")), ("From", addr(*frm)),
         ("To", addr(BOT[GJ][0], bot_reply_addr(GJ, "chase-5604-2"))),
         ("Subject", ew("自动回复：【逾期提醒】泵房设备招标文件定稿并挂网")),
         ("In-Reply-To", recap), ("References", recap),
         ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
         ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)\n"
                      " Copyright (c) 2002-2026 www.mailtech.cn gjwater"),
         ("X-Coremail-Autoreply", "1"), ("MIME-Version", "1.0"), ("Message-ID", mid),
         ("X-Coremail-Locale", "zh_CN")]
    trace = trace_headers("", bot_reply_addr(GJ, "chase-5604-2"), MX[GJ][0], f"webmail.{GJ}", "10.20.0.31", when,
                          hU(seed + "qid", 11))
    return message(trace, H, body)


case(5636, "auto-ooo-coremail-holiday", "auto",
     "Coremail out-of-office reply (Auto-Submitted: auto-replied, X-Coremail-Autoreply, empty Return-Path) to the bot's overdue chase, sent on the day before Labour Day; body full of dates and a delegate",
     "kind auto, no items",
     build_5636,
     notes="Automatic out-of-office reply from Coremail to one of the bot's chase mails (In-Reply-To the bot's message, To "
           "the bot's signed reply address). Auto-Submitted: auto-replied and an empty Return-Path mark it as machine "
           "mail; the '自动回复：' subject agrees. Its dates (4月30日至5月5日, 5月6日返岗) and the delegate are neither items "
           "nor a reply command: kind auto, the bot must not answer. Sent Thu 2026-04-30 10:00.")


def build_5637():
    when = at("2026-05-09T11:33:41")
    seed = "heldout28-5637"
    recap_mid = bot_recap_id(OX, "recap-5611")
    human = ("此为系统邮件，请勿回复\n\n很抱歉您的邮件没有发送成功。\n\n"
             "收件人：jinxin@ouxinvalve.example.cn\n"
             "退信原因：收件人邮箱空间已满，无法接收新邮件。\n"
             "(552 5.2.2 Mailbox full, quota exceeded)\n\n"
             "原邮件信息：\n主题：Re: 今天上午仓库盘点协调会纪要\n发送时间：2026-05-09 11:33:20\n\n"
             "腾讯企业邮箱\n")
    dsn = ("Reporting-MTA: dns; smtpbguseast3.qq.com\nArrival-Date: Sat, 9 May 2026 11:33:20 +0800\n\n"
           "Final-Recipient: rfc822; jinxin@ouxinvalve.example.cn\nAction: failed\nStatus: 5.2.2\n"
           "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full, quota exceeded\n"
           "Last-Attempt-Date: Sat, 9 May 2026 11:33:41 +0800\n")
    orig = ("From: " + addr(*BOT[OX]) + "\nTo: " + addr(*who("金鑫")) + "\n"
            "Subject: " + ew("Re: 今天上午仓库盘点协调会纪要") + "\n"
            "Date: Sat, 9 May 2026 11:33:20 +0800\nMessage-ID: " + recap_mid + "\n"
            "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: OOF, AutoReply\n"
            "Reply-To: " + bot_reply_addr(OX, "recap-5611") + "\nMIME-Version: 1.0\n")
    parts = [text_leaf(human, "utf-8", "base64", "plain", '"utf-8"'),
             Leaf("message/delivery-status", dsn.encode(), "7bit"),
             Leaf("text/rfc822-headers", orig.encode(), "7bit")]
    body = Multi("report", "----=_NextPart_" + hU(seed, 24), parts, extra_params=" report-type=delivery-status;")
    H = [("From", addr("PostMaster", "MAILER-DAEMON@qq.com")), ("To", BOT[OX][1]),
         ("Subject", ew("退信：Re: 今天上午仓库盘点协调会纪要")), ("Date", rfcdate(when)),
         ("Message-ID", f"<bounce_{hU(seed, 28)}@qq.com>"), ("MIME-Version", "1.0"),
         ("Auto-Submitted", "auto-replied"), ("X-QQ-mid", f"bouncesz{h(seed, 6)}t{int(when.timestamp())}")]
    trace = trace_headers("", BOT[OX][1], MX[OX][0], "smtpbguseast3.qq.com", "54.243.244.52", when,
                          hU(seed + "qid", 11))
    return message(trace, H, body)


case(5637, "auto-dsn-bounce-exmail-mailbox-full", "auto",
     "Tencent Exmail delivery failure (multipart/report; report-type=delivery-status, From MAILER-DAEMON, Return-Path <>) for the bot's recap of 5611: Chinese human-readable part with a minutes subject and dates",
     "kind auto, no items",
     build_5637,
     notes="A bounce (DSN) for the recap the bot sent after 5611: the owner's mailbox was full (552 5.2.2). "
           "multipart/report with message/delivery-status and the original headers; From MAILER-DAEMON, empty "
           "Return-Path, Auto-Submitted. Its subject contains the minutes title and its body a date/time, but it is "
           "machine mail: kind auto, no items, never answered. Sent Sat 2026-05-09 11:33.")


def build_5638():
    when = at("2026-06-22T09:46:30", "+00:00")
    frm = ("Chris Liu", R["刘畅"][1])
    seed = "heldout28-5638"
    mid = msgid("outlook365", seed, frm[1], when)
    recap = bot_recap_id(HV, "recap-5631")
    text = ("Hi,\n\nThank you for your email. I'm out of the office from 22 to 26 June and will be back on Monday "
            "29 June, with limited access to email in the meantime.\n\nFor urgent IT issues please call the IT hotline "
            "(ext. 8800) or contact Erik Solberg.\n\nBest regards,\nChris Liu\nIT | Halvorsen Packaging (Dalian) "
            "Co., Ltd.\n")
    doc = [text]
    parts = [text_leaf(text, "us-ascii", "7bit", "plain", '"us-ascii"', crlf=True),
             text_leaf(html_for("outlook365", doc, "us-ascii"), "us-ascii", "quoted-printable", "html",
                       '"us-ascii"', crlf=True)]
    body = Multi("alternative", boundary("outlook365", seed), parts)
    subj = "Automatic reply: Re: Minutes - Weekly Management Meeting 15 Jun"
    H = [("From", addr(*frm)), ("To", addr(BOT[HV][0], bot_reply_addr(HV, "recap-5631"))), ("Subject", subj),
         ("Thread-Topic", "Re: Minutes - Weekly Management Meeting 15 Jun"),
         ("Thread-Index", base64.b64encode(bytes.fromhex("01dc" + h(mid, 40))[:22]).decode()),
         ("Date", rfcdate(when)), ("Message-ID", mid), ("References", recap), ("In-Reply-To", recap),
         ("Accept-Language", "en-US, zh-CN"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
         ("X-MS-Exchange-Organization-SCL", "-1"), ("X-MS-TNEF-Correlator", ""),
         ("X-MS-Exchange-Organization-RecordReviewCfmType", "0"),
         ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("MIME-Version", "1.0")]
    trace = trace_headers("", bot_reply_addr(HV, "recap-5631"), MX[HV][0],
                          "APC01-PSA-obe.outbound.protection.outlook.com", "40.107.255.70", when, hU(seed + "qid", 11))
    return message(trace, H, body)


case(5638, "auto-m365-automatic-reply-utc", "auto",
     "Microsoft 365 'Automatic reply:' (Auto-Submitted: auto-generated, X-Auto-Response-Suppress: All, Date in +0000) to the bot's recap of 5631; English body with dates",
     "kind auto, no items",
     build_5638,
     notes="Exchange Online out-of-office reply to the bot's recap of 5631, To the bot's signed reply address, In-Reply-To "
           "the recap. Auto-Submitted: auto-generated, X-Auto-Response-Suppress: All, empty Return-Path and the "
           "'Automatic reply:' subject mark it as machine mail. The dates (22 to 26 June, Monday 29 June) are not a reply "
           "command or items: kind auto. Date Mon 2026-06-22 09:46 +0000 = 17:46 Shanghai.")


# ===========================================================================
# output: roster, README, check
# ===========================================================================

README_HEAD = """# Blind held-out set "heldout28": minutes mails CC'd to minutebot (cases 5601-5638)

Written without reading minutebot's code, tests or test data. `make_heldout28.py` writes every file here
(`python3 make_heldout28.py .`); `python3 make_heldout28.py --check .` re-parses every `.eml` with
`email.policy.default` (no message, part or header defects; every text part decodes strictly with its declared
charset), recomputes every gold date from the message's own `Date` header in Asia/Shanghai with `chinesecalendar`
(working days, holidays, make-up days), checks each task/owner against the decoded text (body, HTML, .docx, PDF),
and compares the files on disk with a fresh, deterministic build. It needs `chinesecalendar` (venv:
`/work/blind/venv`).

Counts: {counts}. Send dates 2026-04-02 .. 2026-07-07, around Qingming (04-04..04-06), Labour Day (05-01..05-05,
Saturday 05-09 a make-up working day) and Dragon Boat (06-19..06-21).

## Organisations

| org | kind | domain | bot address | mail clients used |
| --- | --- | --- | --- | --- |
| 赣江水务集团有限公司 (Ganjiang Water Group, Nanchang) | state-owned water utility | `gjwater.example.cn` | `minutes@gjwater.example.cn` (纪要助手) | Coremail webmail, Outlook zh-CN, 企业微信 mail |
| 瓯信阀门股份有限公司 (Ouxin Valve, Wenzhou) | private valve manufacturer | `ouxinvalve.example.cn` | `minutes@ouxinvalve.example.cn` (纪要助手) | Foxmail, Tencent Exmail, 网易邮箱大师, Thunderbird, iPhone Mail |
| 鹭游网络科技有限公司 (Luyou, Xiamen) | online travel platform | `luyou.example.cn` | `minutes@luyou.example.cn` (会议纪要助手) | Feishu/Lark mail, Apple Mail (macOS) |
| Halvorsen Packaging (Dalian) Co., Ltd. | Norwegian-invested packaging plant, English-speaking staff, HQ in Oslo | `halvorsen-pack.example.com` | `minutes@halvorsen-pack.example.com` (Minutes Bot) | Outlook for Microsoft 365, Outlook on the web |

Outside writers (in `roster.csv` with an empty department): 宏晟精密 (Taiwan supplier of Ouxin, Outlook zh-TW, big5),
永嘉恒达铸造 (foundry, 163.com webmail), 钱文博 (ISO consultant, 126.com address), 海岸线酒店管理 (hotel partner of Luyou,
DingTalk mail), Nordfjord Seafood (customer of Halvorsen, Gmail). 闽南文旅's 陈科长 appears only as an owner name.

Every message carries `Return-Path`, `Delivered-To` and one `Received` line added by the bot's receiving server
(Postfix on the org's own mail host); the client's own headers follow. The bot of each org is the one in To/Cc.

## Gold format

Each `NNNN-slug.json` follows the prompt's shape (SPEC section 5 field names, corpus README conventions):

```text
{{"kind": "minutes" | "other" | "auto",
 "items": [{{"number": 1,
            "owner": {{"name": "张三" | null, "email": "..." | null, "department": "..." | null}},
            "task": "...", "due_date": "2026-04-10" | null, "due_time": "17:00" | null,
            "flags": ["no_owner" | "vague_due" | "no_due"]}}],
 "next_followup": {{"start": "2026-04-21T09:00:00+08:00" | "2026-05-06", "end": ISO | null, "location": "..." | null}} | null,
 "reply": null,
 "notes": "what the case tests and why the gold is what it is"}}
```

- `owner` is always an object. A unit/department owner gives `{{"name": null, "email": null, "department": <unit>}}` and
  the flag `no_owner`; `department` is the unit as written when it is one of the org's own units (e.g. 生产运营部,
  网络组, Purchasing), and null for several units, for '各部门…', 'owner TBD', or another company's unit.
- Canonical roster names (`王工` -> 王建伟, `Ocean` -> 于海洋). Outsiders in the roster get their roster e-mail and
  department null; an outsider not in the roster and not in any header keeps the name as written with email null.
- `next_followup.start` is an ISO datetime with +08:00 when a time is given, else a bare date; `end` only where the text
  gives or clearly implies it; `location` as written (or resolved, see 5603).
- `due_time` only where the text gives a time (or an hour span from the Date header); EOD/今天下班前 give a date only.
- `task` is the deliverable without owner, date and ticket key, close to the writer's words (Traditional Chinese kept);
  scorers should match it loosely.

## Conventions applied beyond the corpus README (a scorer must know them)

1. **Numbering**: `number` keeps the minutes' own number where each item maps 1:1 to a numbered entry (gaps left by
   done/decision rows stay: 5603 is 1, 2, 3, 5). Where an entry is split (①② sub-tasks, two owners for one task) or
   numbering restarts per person/group, or there is no numbering, items are numbered 1..N in reading order. Scorers
   should match items by task/owner, not by number.
2. **Bare weekday on the send day counts as this week** (周四 sent on a Thursday = today; 'by Friday' sent on a Friday
   = today). 本周X is this Mon-Sun week even if past.
3. **节前 / 端午节前** = the last working day before the coming holiday block; **节后第一个工作日 / 端午后第一天 /
   first working day after the May Day holiday** = the first working day after the next holiday block.
4. **Hour spans** (24小时内) are counted from the Date header and give `due_time` (5608).
5. **Foreign time zones**: everything is resolved on the Asia/Shanghai calendar date of the Date header, also 'within
   N working days' written by HQ in Oslo (5629; an Oslo reader would get a different day - noted AMBIGUOUS).
6. **'同一时间' / 'same time next X'** = the next such weekday at this meeting's start; `end` = this meeting's end when
   the minutes state it, and the same room when one is stated (5626); end/location AMBIGUOUS, start is the point.
7. **Recurring meetings** ('每周一上午9:30') give the next occurrence after the send time (5622, AMBIGUOUS).
8. **跨部门协作事项跟踪表**: the row's owner is 责任人（发起方）; 责任人（协作方） plays the 配合 role (5613, AMBIGUOUS).
9. **Person in brackets after a unit** owns the item even with a verb like 协调 (法务（许嘉明协调）, 5622).
10. **Relative deadlines tied to a date fixed elsewhere in the same minutes** are resolved (上线前一天 with the launch date in
   the 结论, 5623, AMBIGUOUS); deadlines tied to an unknown future event would be no_due (none in this set).
11. **@handles** in markdown action items are roster e-mail local parts (@zhuangxiaodong = 庄晓东, 5619).
12. **Attachments**: when the minutes are only in a .docx/.pdf attachment, the gold is what a human reading the
   attachment records (5603 .docx, 5628 PDF).
13. **'no date yet' / 'owner TBD' without a date** -> `no_due` (no vague deadline word); 时间另定/另行商定 = 待定 -> `vague_due`.
14. **Traditional-Chinese minutes** keep task text as written (5610); roster aliases carry the traditional forms of
   names where the writer uses them (王建偉, 葉曉丹, 陳經理).
15. **AI meeting minutes** (飞书/钉钉/腾讯会议): only the 待办/待办事项 section is items; 总结/摘要/章节/发言人总结 never.
16. **Person-written mail to an all-staff list** (newsletter) is `other`, not `auto`, when it has no bulk/list/auto headers.

## Client and encoding notes

- Charsets: UTF-8 (most), GBK (5601, 5607, 5609, 5625), gb2312 label with GB2312-only text (5602), gb18030 (5608),
  big5 (5610), us-ascii (5638). Transfer encodings: base64, quoted-printable (5604, 5610, 5615, 5619, 5626-5632, 5635),
  8bit (5614, 5620). Header display names and subjects are RFC 2047 B-encoded in the message's charset (never inside
  quotes, so `email.policy.default` reports no header defects).
- Structures: multipart/alternative (most); text/plain only (5611, 5614 format=flowed, 5615, 5619); text/html only
  (5613, 5617, 5623); multipart/mixed with a .docx (5603) or a PDF (5628); multipart/related with an inline PNG (5635);
  multipart/report DSN (5637).
- Outlook/Foxmail/Coremail/Tencent bodies use CRLF inside their encoded text; Windows clients put the table in the text
  part as tab-separated rows (Outlook, Feishu) or one cell per line (Foxmail).
- Dates: +0800 everywhere except 5627/5630/5638 (+0000, Exchange Online) and 5629 (+0200, Oslo: 19:30 on 06-04 =
  01:30 on 06-05 in Shanghai). Coremail adds '(GMT+08:00)', 163 web '(CST)'.
- Quote styles: Coremail '-----原始邮件-----' with 发件人:/发送时间: lines and no '>' (5604); Outlook 'From:/Sent:/To:/
  Subject:' block (5631); Feishu '-------- 转发邮件信息 --------' forward header (5622).

## Cases

| case | kind | gold summary | what it tests |
| --- | --- | --- | --- |
"""


def counts_str():
    from collections import Counter
    c = Counter(x.kind for x in CASES)
    return ", ".join(f"{k} {c[k]}" for k in ("minutes", "other", "auto")) + f" (total {len(CASES)})"


def build_all():
    out = {}
    for c in CASES:
        raw = c.build()
        out[c.name + ".eml"] = raw
        out[c.name + ".json"] = (json.dumps(c.gold(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "email", "department", "manager_email", "aliases"])
    for r in ROSTER:
        w.writerow(r)
    out["roster.csv"] = buf.getvalue().encode("utf-8")
    rd = README_HEAD.format(counts=counts_str())
    for c in CASES:
        rd += f"| {c.name} | {c.kind} | {c.summary} | {c.what.replace('|', '/')} |\n"
    out["README.md"] = rd.encode("utf-8")
    return out


def write(outdir):
    os.makedirs(outdir, exist_ok=True)
    for name, data in build_all().items():
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(data)
    print(f"wrote {len(CASES)} cases to {outdir}: {counts_str()}")


# ---------------------------------------------------------------------------
# check
# ---------------------------------------------------------------------------

def _norm(s):
    return re.sub(r"[\s\W_]+", "", s.lower())


def _strip_html(s):
    s = re.sub(r"(?is)<(style|script).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|td|li)>", "\n", s)
    return html.unescape(re.sub(r"<[^>]+>", " ", s))


def check(outdir):
    errors = []
    fresh = build_all()
    for name, data in fresh.items():
        p = os.path.join(outdir, name)
        if not os.path.exists(p):
            errors.append(f"{name}: missing on disk")
        elif open(p, "rb").read() != data:
            errors.append(f"{name}: differs from a fresh build")
    aliases = {r[0]: [r[0]] + [a for a in r[4].split(";") if a] for r in ROSTER}
    for c in CASES:
        raw = open(os.path.join(outdir, c.name + ".eml"), "rb").read()
        gold = json.load(open(os.path.join(outdir, c.name + ".json"), encoding="utf-8"))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        texts = []
        for part in msg.walk():
            if part.defects:
                errors.append(f"{c.name}: part defects {part.defects}")
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errors.append(f"{c.name}: header {k} defects {v.defects}")
            ct = part.get_content_type()
            if part.is_multipart():
                continue
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                payload = part.get_payload(decode=True)
                try:
                    strict = payload.decode(codec_of(cs))
                except Exception as e:
                    errors.append(f"{c.name}: {ct} does not decode as {cs}: {e}")
                    continue
                content = part.get_content()
                if "\ufffd" in content or _norm(content) != _norm(strict):
                    errors.append(f"{c.name}: get_content() of {ct} differs from a strict decode")
                texts.append(_strip_html(strict) if ct == "text/html" else strict)
            elif ct.endswith("wordprocessingml.document"):
                texts.append(docx_text(part.get_content()))
            elif ct == "application/pdf":
                texts.append(pdf_text(part.get_content()))
        if msg.defects:
            errors.append(f"{c.name}: message defects {msg.defects}")
        for k in ("Return-Path", "Delivered-To", "Received", "Date", "Message-ID", "From", "Subject"):
            if msg[k] is None:
                errors.append(f"{c.name}: no {k}")
        sent = msg["Date"].datetime.astimezone(SH)
        alltext = "\n".join(texts)
        ntext = _norm(alltext)
        heads = " ".join(str(msg[k] or "") for k in ("From", "To", "Cc"))
        if gold != c.gold():
            errors.append(f"{c.name}: gold on disk differs from the generator")
        if c.kind != "minutes":
            if gold["items"] or gold["next_followup"]:
                errors.append(f"{c.name}: {c.kind} with items or follow-up")
        bots = [b[1] for b in BOT.values()]
        if c.kind in ("minutes", "other") and not any(b in heads or b in str(msg["Delivered-To"]) for b in bots):
            errors.append(f"{c.name}: bot not addressed")
        for it in c.items:
            g = it.gold()
            tag = f"{c.name} item {it.number}"
            if it.rule is None:
                if it.due is not None or not ({"vague_due", "no_due"} & set(it.flags)):
                    errors.append(f"{tag}: no rule but due {it.due} flags {it.flags}")
            else:
                d, t = resolve(it.rule, sent)
                if d.isoformat() != it.due:
                    errors.append(f"{tag}: gold due {it.due} but {it.rule} from {sent:%Y-%m-%d %H:%M %a} gives {d}")
                if t is not None and t != it.time:
                    errors.append(f"{tag}: gold time {it.time} but rule gives {t}")
                if {"vague_due", "no_due"} & set(it.flags):
                    errors.append(f"{tag}: dated item flagged {it.flags}")
            if it.due and it.due[:4] != "2026":
                errors.append(f"{tag}: date outside 2026")
            if (g["owner"]["name"] is None) != ("no_owner" in it.flags):
                errors.append(f"{tag}: owner/no_owner mismatch")
            if g["owner"]["name"]:
                names = aliases.get(g["owner"]["name"], [g["owner"]["name"]])
                if not any(n in alltext for n in names) and not (
                        "@" + (g["owner"]["email"] or "?").split("@")[0] in alltext) and not re.search(
                        r"\b(Me|我方|我)\b", alltext):
                    errors.append(f"{tag}: owner {g['owner']['name']} not written in the text")
            tn = _norm(it.task)
            cover = sum(1 for ch in set(tn) if ch in ntext) / max(1, len(set(tn)))
            if cover < 0.8:
                errors.append(f"{tag}: task text not found in the mail ({cover:.2f}): {it.task}")
        if c.nf:
            d, _ = resolve(c.nf.rule, sent)
            if d.isoformat() != c.nf.start[:10]:
                errors.append(f"{c.name}: next_followup {c.nf.start} but {c.nf.rule} gives {d}")
        if not c.notes or len(c.notes) < 80:
            errors.append(f"{c.name}: notes too short")
    nums = [c.num for c in CASES]
    if nums != list(range(5601, 5639)):
        errors.append(f"case numbers are not 5601..5638: {nums}")
    for e in errors:
        print("FAIL", e)
    print(f"checked {len(CASES)} cases: {'OK' if not errors else str(len(errors)) + ' problem(s)'}")
    return not errors


if __name__ == "__main__":
    args = sys.argv[1:]
    if args and args[0] == "--check":
        sys.exit(0 if check(args[1] if len(args) > 1 else HERE) else 1)
    write(args[0] if args else HERE)
    sys.exit(0 if check(args[0] if args else HERE) else 1)    # (added when the set joined the tests: write, then check)

#!/usr/bin/env python3
"""Generator for the blind held-out set "heldout29" (cases 5701-5738) for minutebot.

    python make_heldout29.py [OUTDIR]          write every .eml/.json, roster.csv and README.md
    python make_heldout29.py --check [OUTDIR]  re-parse every .eml with email.policy.default
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

LB = "longyunbus.example.cn"        # 兰州陇运公交集团有限公司 (state-owned city bus operator, Lanzhou)
LM = "lemingtoys.example.cn"        # 汕头市澄海区乐鸣玩具实业有限公司 (private toy maker, Shantou)
QY = "qianyun.example.cn"           # 贵州黔云数智科技有限公司 (cloud / SaaS services, Guiyang)
BS = "brandt-solar.example.com"     # Brandt Solartechnik (Nantong) Co., Ltd. (German-invested PV module exporter)

BOT = {LB: ("纪要助手", f"minutes@{LB}"), LM: ("纪要助手", f"minutes@{LM}"),
       QY: ("会议纪要机器人", f"minutes@{QY}"), BS: ("Minutes Assistant", f"minutes@{BS}")}

# name, email, department, manager_email, aliases
ROSTER = [
    # 陇运公交集团
    ("马国栋", f"maguodong@{LB}", "集团领导", "", "马总;马总经理"),
    ("杨秀兰", f"yangxiulan@{LB}", "党政办公室", f"maguodong@{LB}", "杨主任"),
    ("何晓燕", f"hexiaoyan@{LB}", "党政办公室", f"yangxiulan@{LB}", "小何"),
    ("魏建军", f"weijianjun@{LB}", "运营管理部", f"maguodong@{LB}", "魏部长"),
    ("牛振华", f"niuzhenhua@{LB}", "运营管理部", f"weijianjun@{LB}", "牛调度;振华"),
    ("安立新", f"anlixin@{LB}", "安全保卫部", f"maguodong@{LB}", "安部长"),
    ("韩卫东", f"hanweidong@{LB}", "机务技术部", f"maguodong@{LB}", "韩部长"),
    ("祁永福", f"qiyongfu@{LB}", "机务技术部", f"hanweidong@{LB}", "祁工"),
    ("妥丽娜", f"tuolina@{LB}", "财务部", f"maguodong@{LB}", "妥部长"),
    ("金涛", f"jintao@{LB}", "信息中心", f"maguodong@{LB}", "金主任"),
    ("汪小军", f"wangxiaojun@{LB}", "信息中心", f"jintao@{LB}", "小汪"),
    ("包晓红", f"baoxiaohong@{LB}", "客服中心", f"maguodong@{LB}", "包经理"),
    ("师海鹏", f"shihaipeng@{LB}", "第三分公司", f"weijianjun@{LB}", "师经理"),
    ("冯瑞", f"fengrui@{LB}", "人力资源部", f"maguodong@{LB}", "冯部长"),
    # 乐鸣玩具
    ("蔡鸿标", f"caihongbiao@{LM}", "总经办", "", "蔡总;标哥"),
    ("陈晓纯", f"chenxiaochun@{LM}", "总经办", f"caihongbiao@{LM}", "晓纯"),
    ("林少雄", f"linshaoxiong@{LM}", "生产部", f"caihongbiao@{LM}", "林经理;雄哥"),
    ("黄楚鹏", f"huangchupeng@{LM}", "注塑车间", f"linshaoxiong@{LM}", "黄主任"),
    ("郑佩玲", f"zhengpeiling@{LM}", "品质部", f"caihongbiao@{LM}", "郑主管;佩玲;鄭主管"),
    ("许泽伟", f"xuzewei@{LM}", "开发部", f"caihongbiao@{LM}", "许工;許工;許澤偉;Zewei;Zewei Xu"),
    ("翁丽娟", f"wenglijuan@{LM}", "采购部", f"caihongbiao@{LM}", "翁主管;翁麗娟"),
    ("李锦辉", f"lijinhui@{LM}", "仓储部", f"linshaoxiong@{LM}", "仓库主管;锦辉"),
    ("吴欣怡", f"wuxinyi@{LM}", "外贸部", f"caihongbiao@{LM}", "Cindy;Cindy Wu;欣怡"),
    ("杜宏", f"duhong@{LM}", "财务部", f"caihongbiao@{LM}", "杜会计"),
    # 黔云数智
    ("龙卫国", f"longweiguo@{QY}", "总经理办公室", "", "龙总"),
    ("吴思远", f"wusiyuan@{QY}", "产品部", f"longweiguo@{QY}", "思远;Sean"),
    ("杨蕾", f"yanglei@{QY}", "产品部", f"wusiyuan@{QY}", "蕾蕾"),
    ("罗天宇", f"luotianyu@{QY}", "研发中心", f"longweiguo@{QY}", "罗老师;天宇"),
    ("石磊", f"shilei@{QY}", "研发中心", f"luotianyu@{QY}", "磊哥;Stone"),
    ("潘雪", f"panxue@{QY}", "运维部", f"longweiguo@{QY}", "雪姐"),
    ("田野", f"tianye@{QY}", "运维部", f"panxue@{QY}", "田工"),
    ("蒙佳", f"mengjia@{QY}", "客户成功部", f"longweiguo@{QY}", "佳佳;Monica"),
    ("钱晓峰", f"qianxiaofeng@{QY}", "市场部", f"longweiguo@{QY}", "钱老师"),
    ("韦婷", f"weiting@{QY}", "数据组", f"luotianyu@{QY}", "婷婷"),
    ("赵一帆", f"zhaoyifan@{QY}", "人力行政部", f"longweiguo@{QY}", "一帆"),
    # Brandt Solartechnik (Nantong)
    ("Matthias Keller", f"matthias.keller@{BS}", "Management", "", "Matthias"),
    ("Julia Wagner", f"julia.wagner@{BS}", "HQ Sales Operations", "", "Julia"),
    ("顾晓峰", f"kevin.gu@{BS}", "Production", f"matthias.keller@{BS}", "Kevin;Kevin Gu;顾经理"),
    ("陆燕", f"yvonne.lu@{BS}", "Quality", f"matthias.keller@{BS}", "Yvonne;Yvonne Lu;陆经理"),
    ("季明", f"jimmy.ji@{BS}", "Supply Chain", f"matthias.keller@{BS}", "Jimmy;Jimmy Ji"),
    ("曹婧", f"jenny.cao@{BS}", "Logistics", f"jimmy.ji@{BS}", "Jenny;Jenny Cao"),
    ("邵磊", f"leo.shao@{BS}", "IT", f"matthias.keller@{BS}", "Leo;Leo Shao"),
    ("朱慧", f"helen.zhu@{BS}", "Finance", f"matthias.keller@{BS}", "Helen;Helen Zhu"),
    ("施文杰", f"jack.shi@{BS}", "EHS", f"matthias.keller@{BS}", "Jack;Jack Shi"),
    ("缪晨", f"chloe.miao@{BS}", "Sales", f"matthias.keller@{BS}", "Chloe;Chloe Miao"),
    # outsiders who write or own items (department empty: not ours)
    ("郝建平", "hao_jianping@163.com", "", "", "郝经理"),
    ("張志明", "cm.chang@dingfeng-mold.example.com.tw", "", "", "張經理;张志明;Jimmy Chang"),
    ("Hannah Price", "hannah.price@brightwoodtoys.example.co.uk", "", "", "Hannah"),
    ("陆敏", "lumin@qiankang-hospital.example.cn", "", "", "陆科长"),
    ("Pieter de Vries", "p.devries@zonnepark-noord.example.nl", "", "", "Pieter"),
]
R = {r[0]: r for r in ROSTER}


def who(name):
    """(display name, email) of a roster person."""
    return (name, R[name][1])


EN_NAME = {"顾晓峰": "Kevin Gu", "陆燕": "Yvonne Lu", "季明": "Jimmy Ji", "曹婧": "Jenny Cao", "邵磊": "Leo Shao",
           "朱慧": "Helen Zhu", "施文杰": "Jack Shi", "缪晨": "Chloe Miao"}


def whoe(name):
    """Brandt's Exchange address book shows Chinese staff as 'English Name (中文名)'."""
    return (f"{EN_NAME[name]} ({name})" if name in EN_NAME else name, R[name][1])


# ---------------------------------------------------------------------------
# gold model and date rules
# ---------------------------------------------------------------------------

class I:
    """A gold item.  owner: roster name, ('raw', name, email) for a person outside the roster,
    or None (no_owner; dept = the unit written when it is one of the org's own, else None).
    due: expected ISO date (hand-written) or None; rule: how --check recomputes it from the Date
    header; time: 'HH:MM' where the text gives one."""

    def __init__(self, owner, task, due=None, rule=None, time=None, flags=(), dept=None):
        self.owner, self.task = owner, task
        self.due, self.rule, self.time, self.flags, self.dept = due, rule, time, list(flags), dept
        if owner is None and "no_owner" not in self.flags:
            self.flags.insert(0, "no_owner")
        if due is None and not ({"vague_due", "no_due"} & set(self.flags)):
            self.flags.append("no_due")

    def gold(self):
        if self.owner is None:
            name, email_, dept = None, None, self.dept
        elif isinstance(self.owner, tuple):
            name, email_, dept = self.owner[1], self.owner[2], None
        else:
            r = R[self.owner]
            name, email_, dept = r[0], r[1], r[2] or None
        return {"owner_name": name, "owner_email": email_, "department": dept, "task": self.task,
                "due_date": self.due, "due_time": self.time, "flags": self.flags}


class NF:
    """next_followup: date 'YYYY-MM-DD', time 'HH:MM' or None; rule recomputes the date."""

    def __init__(self, date, time, rule):
        self.date, self.time, self.rule = date, time, rule

    def gold(self):
        return {"date": self.date, "time": self.time}


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
    if k == "dayafter":
        return d0 + dt.timedelta(days=2), None
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


# client profiles: header sets, boundaries, HTML flavours
# ---------------------------------------------------------------------------

MX = {LB: ("mail.longyunbus.example.cn", "10.31.0.25"), LM: ("mx.lemingtoys.example.cn", "192.168.6.10"),
      QY: ("mail.qianyun.example.cn", "10.72.0.12"), BS: ("mail.brandt-solar.example.com", "10.55.0.5")}

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
    "outlook_tw": lambda dom, s: ("mail.dingfeng-mold.example.com.tw", "211.75.132.40"),
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
    frm_dom = frm[1].split("@")[1]
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
            f" Copyright (c) 2002-2026 www.mailtech.cn {'163com' if client != 'coremail' else frm_dom.split('.')[0]}")
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
    seed = f"heldout29-{num}"
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


def tiny_png(seed):
    """A deterministic 16x8 RGB PNG (a small banner)."""
    w, hgt = 16, 8
    col = bytes.fromhex(h(seed, 6))
    raw = b"".join(b"\x00" + col * w for _ in range(hgt))

    def chunk(t, d):
        return len(d).to_bytes(4, "big") + t + d + zlib.crc32(t + d).to_bytes(4, "big")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", w.to_bytes(4, "big") + hgt.to_bytes(4, "big") + b"\x08\x02\x00\x00\x00")
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))



# ===========================================================================
# CASES
# ===========================================================================

def bot(org):
    return BOT[org]


# --------------------------------------------------------------------------- 5701
D5701 = ["""各位领导、同事：

    现将4月2日上午清明假期运输保障专题会议纪要发送如下，请各责任单位按时限抓好落实。

兰州陇运公交集团有限公司
专 题 会 议 纪 要
〔2026〕第9号

    2026年4月2日上午9:00，集团总经理马国栋在六楼会议室主持召开清明假期运输保障专题会议。运营管理部、安全保卫部、机务技术部、信息中心、客服中心及各分公司负责同志参加会议。现将会议议定事项纪要如下：

    一、会议听取了运营管理部关于清明假期客流预测情况的汇报。预计4月4日至6日华林山、兴隆山方向祭扫客流较去年同期增长约15%。
    二、会议认为，今年假期与新能源车辆集中例保时间重叠，运力调配压力较大，各单位要提前谋划、压实责任。
    三、会议议定事项
    （一）编制清明假期运力保障方案，明确华林山公墓专线加密班次和备用车辆。
    责任单位：运营管理部
    完成时限：4月3日12:00前
    （二）对全部充电场站开展一次安全隐患排查，形成问题清单。
    责任单位：安全保卫部（安立新）
    完成时限：4月3日前
    （三）假期结束后完成新能源车辆集中例保，重点检查电池热管理系统。
    责任单位：机务技术部牵头，第三分公司配合
    完成时限：节后第一个工作日
    （四）更新电子站牌及“陇运出行”APP假期临时时刻表。
    责任单位：信息中心（金涛）
    完成时限：4月3日18:00前
    （五）汇总假期客服热线投诉情况，报党政办公室。
    责任单位：客服中心（包晓红）
    完成时限：4月7日前
    四、会议强调，假期期间严格执行领导带班和24小时值班制度，遇重大情况第一时间报告，不得迟报、漏报。

参会人员：马国栋、魏建军、安立新、韩卫东、金涛、包晓红、师海鹏
记录：何晓燕

--
何晓燕
兰州陇运公交集团有限公司 党政办公室
电话：0931-8812 3306
"""]


def build_5701():
    return mail(num=5701, org=LB, client="coremail", frm=who("何晓燕"),
                to=[who("魏建军"), who("安立新"), who("韩卫东"), who("金涛"), who("包晓红"), who("师海鹏")],
                cc=[who("马国栋"), who("杨秀兰"), bot(LB)],
                subj="清明假期运输保障专题会议纪要（〔2026〕第9号）", when=at("2026-04-02T16:20:11"), doc=D5701,
                cs="gbk", cte="base64")


case(5701, "soe-qingming-special-minutes-labels-coremail-gbk", "minutes",
     "Coremail GBK base64 SOE 专题会议纪要: （一）（二） items with 责任单位/完成时限 labels; unit-only owners, 'unit（person）' owners, 牵头/配合 units; 节后第一个工作日 across Qingming; 会议认为/会议强调 not items",
     "5 items (2 no_owner units), dates 04-03 (12:00/18:00), 04-07; no follow-up",
     build_5701,
     items=[I(None, "编制清明假期运力保障方案，明确华林山公墓专线加密班次和备用车辆", "2026-04-03",
              ("abs", "2026-04-03"), "12:00", dept="运营管理部"),
            I("安立新", "对全部充电场站开展一次安全隐患排查，形成问题清单", "2026-04-03", ("abs", "2026-04-03")),
            I(None, "完成新能源车辆集中例保，重点检查电池热管理系统", "2026-04-07", ("after_holiday", "Tomb-sweeping Day"),
              dept="机务技术部"),
            I("金涛", "更新电子站牌及陇运出行APP假期临时时刻表", "2026-04-03", ("abs", "2026-04-03"), "18:00"),
            I("包晓红", "汇总假期客服热线投诉情况，报党政办公室", "2026-04-07", ("abs", "2026-04-07"))],
     notes="Formal SOE special-meeting minutes sent Thu 2026-04-02, the last working day before Qingming (04-04..04-06 off). "
           "Items are the five （一）..（五） entries of 会议议定事项; 一、/二、/四、 are a report, a judgement (会议认为) and a "
           "standing rule (会议强调, with '24小时值班' which is not a deadline). (一) has only a unit -> owner null, no_owner, "
           "department 运营管理部, due 04-03 12:00. (二)(四)(五) name a person in brackets after the unit -> that person owns "
           "it. (三) '机务技术部牵头，第三分公司配合' -> the lead unit is the owner: no person, so no_owner with department "
           "机务技术部; 第三分公司 (配合) is not an owner. 节后第一个工作日 = Tue 2026-04-07 (04-06 Mon is still holiday). "
           "No next meeting is stated: next_followup null.")


# --------------------------------------------------------------------------- 5702
D5702 = ["""各位：

今天上午集团周例会纪要如下，请对照落实。如有遗漏请回复补充。

集团2026年第15周例会纪要
时间：2026年4月13日（周一）8:30-10:00
地点：六楼会议室
主持：马国栋
参加：魏建军、安立新、韩卫东、妥丽娜、金涛、冯瑞、杨秀兰
记录：何晓燕

一、上周工作情况
各部门汇报了上周重点工作。清明假期共投入运力1120台次，运送乘客186.4万人次，未发生安全责任事故。

二、本周工作安排
会议要求，一是运营管理部魏建军牵头，本周五前完成BRT线路早高峰发车间隔优化方案；二是机务技术部韩卫东负责，下周三前报送第二批新能源车辆招标技术参数；三是财务部妥丽娜负责，4月30日前完成一季度成本分析报告；四是人力资源部冯瑞负责，本月底前完成驾驶员春季安全培训计划报批。

三、其他事项
会议强调，各部门要严格执行公文处理时限，一般件3个工作日内办结，急件当日办结。

下次例会：4月20日（周一）上午8:30，六楼会议室。

党政办公室
何晓燕
"""]


def build_5702():
    return mail(num=5702, org=LB, client="outlook", frm=who("何晓燕"),
                to=[who("魏建军"), who("安立新"), who("韩卫东"), who("妥丽娜"), who("金涛"), who("冯瑞")],
                cc=[who("马国栋"), who("杨秀兰"), bot(LB)],
                subj="集团第15周例会纪要", when=at("2026-04-13T11:02:47"), doc=D5702,
                cs="gb2312", cte="quoted-printable")


case(5702, "soe-weekly-yishi-ershi-outlook-gb2312-qp", "minutes",
     "Outlook zh-CN gb2312 quoted-printable weekly meeting: four items in one sentence '一是…牵头，本周五前…；二是…；三是…；四是…'; standing rule with 3个工作日内 is not an item; 下次例会 label",
     "4 items 04-17/04-22/04-30/04-30; next 04-20 08:30",
     build_5702,
     items=[I("魏建军", "完成BRT线路早高峰发车间隔优化方案", "2026-04-17", ("thisweek", "Fri")),
            I("韩卫东", "报送第二批新能源车辆招标技术参数", "2026-04-22", ("nextweek", "Wed")),
            I("妥丽娜", "完成一季度成本分析报告", "2026-04-30", ("abs", "2026-04-30")),
            I("冯瑞", "完成驾驶员春季安全培训计划报批", "2026-04-30", ("month_end",))],
     nf=NF("2026-04-20", "08:30", ("abs", "2026-04-20", "Mon")),
     notes="Plain SOE weekly minutes sent Mon 2026-04-13. The four tasks sit in one run-on sentence (一是…二是…三是…四是…), "
           "each with '部门+姓名 牵头/负责' and a deadline: 本周五前 = 04-17, 下周三前 = 04-22, 4月30日前, 本月底前 = 04-30. "
           "'会议强调…一般件3个工作日内办结' is a standing rule, not an item. The 清明 figures are a report. 下次例会 "
           "4月20日（周一）上午8:30 -> 2026-04-20 08:30.")


# --------------------------------------------------------------------------- 5703
D5703_BODY = ["""各位：

附件是今天上午“安全生产月”活动筹备会的会议纪要，请查收并按分工落实。
已抄送纪要助手跟踪。

安立新
安全保卫部
"""]

DOCX5703 = [
    ("title", "关于2026年“安全生产月”活动筹备工作的会议纪要"),
    "",
    "会议时间：2026年5月6日 9:30-11:00",
    "会议地点：集团六楼会议室",
    "主持人：安立新",
    "参会人员：牛振华、祁永福、何晓燕、妥丽娜、师海鹏",
    "",
    "一、会议传达了市交通运输局关于开展2026年“安全生产月”活动的通知精神。",
    "二、会议确定以下工作分工：",
    ("table", [["序号", "工作任务", "责任单位", "责任人", "完成时限"],
               ["1", "制定集团“安全生产月”活动实施方案", "安全保卫部（主责）、党政办公室（配合）", "安立新", "5月9日（周六）前"],
               ["2", "组织驾驶员应急处置实操演练", "运营管理部", "牛振华", "6月12日前"],
               ["3", "排查车辆灭火器、安全锤配置情况并建立台账", "机务技术部、各分公司", "祁永福", "3个工作日内"],
               ["4", "制作安全宣传展板及车载视频", "党政办公室", "何晓燕", "5月底前"],
               ["5", "编制活动经费预算", "财务部", "", "待定"]]),
    "",
    "三、下次筹备会定于5月20日（周三）下午3点召开，各单位汇报进展。",
    "",
    "安全保卫部",
    "2026年5月6日",
]


def build_5703():
    when = at("2026-05-06T11:48:20")
    data = make_docx(DOCX5703, ("2026-05-06T03:40:00Z", "安立新"))
    att = attachment("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                     "安全生产月筹备会会议纪要0506.docx", data)
    return mail(num=5703, org=LB, client="wecom", frm=who("安立新"),
                to=[who("牛振华"), who("祁永福"), who("何晓燕"), who("妥丽娜"), who("师海鹏")],
                cc=[bot(LB)], subj="安全生产月筹备会会议纪要", when=when, doc=D5703_BODY,
                cs="utf-8", cte="base64", attach=[att])


case(5703, "soe-safety-month-docx-attachment-wecom", "minutes",
     "企业微信 mail with a two-line body and the minutes in a .docx table (序号/工作任务/责任单位/责任人/完成时限); 主责/配合 in one cell; 5月9日（周六） make-up working day; 3个工作日内 from the first day after Labour Day; empty 责任人 + 待定",
     "5 items from the .docx: 05-09, 06-12, 05-09, 05-31, vague (no_owner 财务部); next 05-20 15:00",
     build_5703,
     items=[I("安立新", "制定集团安全生产月活动实施方案", "2026-05-09", ("abs", "2026-05-09", "Sat")),
            I("牛振华", "组织驾驶员应急处置实操演练", "2026-06-12", ("abs", "2026-06-12")),
            I("祁永福", "排查车辆灭火器、安全锤配置情况并建立台账", "2026-05-09", ("workdays", 3)),
            I("何晓燕", "制作安全宣传展板及车载视频", "2026-05-31", ("month_end",)),
            I(None, "编制活动经费预算", None, None, flags=["vague_due"], dept="财务部")],
     nf=NF("2026-05-20", "15:00", ("abs", "2026-05-20", "Wed")),
     notes="Sent Wed 2026-05-06, the first working day after Labour Day (05-01..05-05). The body only points to the "
           "attachment; the gold is what a reader of the .docx records. Row 1: 责任人 安立新 (the cell '安全保卫部（主责）、"
           "党政办公室（配合）' names the lead unit and a 配合 unit, neither is an extra owner); 5月9日（周六） is the "
           "Labour-Day make-up working day. Row 3: 3个工作日内 counted from 05-07: 05-07, 05-08, 05-09 (make-up Saturday) "
           "-> 2026-05-09. Row 4: 5月底前 -> 05-31. Row 5: no person, unit 财务部 -> no_owner; 待定 -> vague_due. Next "
           "meeting 5月20日（周三）下午3点 -> 2026-05-20 15:00.")


# --------------------------------------------------------------------------- 5704
OLD5704_MID = "<6a1f03c2.51e0.19d8b1a2c4e.Coremail.weijianjun@longyunbus.example.cn>"
D5704 = ["""各位：

今天上午10:00又碰了一次BRT发车间隔调整的落地安排，纪要如下：

1、师经理：第三分公司按新方案调整驾驶员排班表，4月24日前报运营管理部。
2、小汪：在调度系统里更新BRT发车计划，4月26日（周日）前完成，确保27日新方案上线。
3、包经理：下周一前通过“陇运出行”APP和公众号发布调整公告。
4、早高峰区间车的事暂不调整，维持现状。

下周二同一时间再碰一次，看运行效果。

牛振华
运营管理部 调度中心


-----原始邮件-----
发件人："魏建军" <weijianjun@longyunbus.example.cn>
发送时间：2026-04-14 09:12:33 (星期二)
收件人："牛振华" <niuzhenhua@longyunbus.example.cn>, "师海鹏" <shihaipeng@longyunbus.example.cn>
抄送："金涛" <jintao@longyunbus.example.cn>
主题：关于BRT线路早高峰发车间隔优化的沟通

振华、师经理：
昨天周例会要求本周五前拿出BRT早高峰发车间隔优化方案，分工如下：
1. 牛振华：4月15日前拉取近一个月BRT各站客流数据；
2. 师海鹏：4月16日前提出第三分公司可调配车辆和驾驶员数量；
3. 我4月17日前汇总形成方案报马总。
魏建军
"""]


def build_5704():
    return mail(num=5704, org=LB, client="coremail", frm=who("牛振华"),
                to=[who("魏建军"), who("师海鹏"), who("汪小军"), who("包晓红")],
                cc=[who("金涛"), bot(LB)],
                subj="Re:关于BRT线路早高峰发车间隔优化的沟通", when=at("2026-04-21T11:36:05"), doc=D5704,
                cs="utf-8", cte="quoted-printable", irt=OLD5704_MID, refs=OLD5704_MID)


case(5704, "soe-new-minutes-in-old-thread-coremail-qp", "minutes",
     "Coremail UTF-8 QP 'Re:' in an older thread: new minutes on top, the old mail with its own dated task list quoted below '-----原始邮件-----' (not items); owners by title/nickname (师经理, 小汪, 包经理); '下周二同一时间' with the time given earlier in the mail",
     "3 items 04-24/04-26/04-27; next 04-28 10:00",
     build_5704,
     items=[I("师海鹏", "第三分公司按新方案调整驾驶员排班表，报运营管理部", "2026-04-24", ("abs", "2026-04-24")),
            I("汪小军", "在调度系统里更新BRT发车计划", "2026-04-26", ("abs", "2026-04-26", "Sun")),
            I("包晓红", "通过陇运出行APP和公众号发布调整公告", "2026-04-27", ("nextweek", "Mon"))],
     nf=NF("2026-04-28", "10:00", ("nextweek", "Tue")),
     notes="Sent Tue 2026-04-21 as a reply in the thread started by 魏建军 on 04-14 (In-Reply-To/References). Only the new "
           "text above '-----原始邮件-----' counts: the quoted mail's three tasks (4月15日/16日/17日前) are old and not "
           "repeated. Owners are written as 师经理 (师海鹏), 小汪 (汪小军), 包经理 (包晓红) - all roster aliases and in To. "
           "Item 2 '4月26日（周日）前完成，确保27日新方案上线' -> due 04-26 (the 27th is the go-live, not the deadline). "
           "下周一前 -> 04-27. Line 4 is a decision (暂不调整), not an item. '下周二同一时间' refers to '今天上午10:00' -> "
           "2026-04-28 10:00.")


# --------------------------------------------------------------------------- 5705
D5705 = ["""韩部长、祁工：

    您好！今天售后技术交流会的纪要整理如下，请审阅。如无异议，我方按此执行。

沟通编号：EC2026-05-15
沟通日期：2026年5月15日
对方单位/联系人：兰州陇运公交集团 机务技术部/韩卫东部长
我方对接人：晋腾新能源客车有限公司 售后服务部/郝建平
沟通类型：供应商（售后技术服务）
核心需求/反馈：陇运反映JT6105型纯电动公交车空调在高温工况下制冷不足；第三分公司3台车出现电池包绝缘报警。
解决方案/进展：
①我方5月22日前派2名工程师到第三分公司现场排查绝缘报警原因（郝建平）
②我方6月5日前提供空调系统升级方案及报价（郝建平）
③陇运机务技术部下周三前提供近三个月故障车辆VIN清单和报警记录（祁工）
④双方共同制定夏季高温运营保障预案，时间待定
下次沟通时间：2026-05-27
负责人：郝建平

此致
敬礼！

郝建平
晋腾新能源客车有限公司 售后服务部 西北区经理
手机：139 3456 7788
地址：山西省太原市小店区龙城大街188号
"""]


def build_5705():
    return mail(num=5705, org=LB, client="163", frm=who("郝建平"),
                to=[who("韩卫东"), who("祁永福")], cc=[who("师海鹏"), bot(LB)],
                subj="晋腾客车-陇运公交售后技术交流会纪要（5月15日）", when=at("2026-05-15T17:05:42"), doc=D5705,
                cs="gbk", cte="base64")


case(5705, "supplier-written-ec-followup-keyvalue-163-gbk", "minutes",
     "Minutes written by an outside supplier from 163.com webmail (GBK base64) as seed 外部沟通跟进表 key：value lines; ①–④ with owners in trailing brackets; the supplier's own items (owner = From, outsider in the roster); 双方 + 待定",
     "4 items: 郝建平 05-22, 郝建平 06-05, 祁永福 05-20, 双方 vague; next 05-27",
     build_5705,
     items=[I("郝建平", "派2名工程师到第三分公司现场排查绝缘报警原因", "2026-05-22", ("abs", "2026-05-22")),
            I("郝建平", "提供空调系统升级方案及报价", "2026-06-05", ("abs", "2026-06-05")),
            I("祁永福", "提供近三个月故障车辆VIN清单和报警记录", "2026-05-20", ("nextweek", "Wed")),
            I(None, "双方共同制定夏季高温运营保障预案", None, None, flags=["vague_due"])],
     nf=NF("2026-05-27", None, ("abs", "2026-05-27")),
     notes="Sent Fri 2026-05-15 by the bus maker's service manager (outsider, roster entry with empty department, "
           "hao_jianping@163.com). ①② are the supplier's ('我方' + '（郝建平）') -> owner 郝建平, department null. ③ '陇运"
           "机务技术部…（祁工）' -> 祁永福; 下周三前 from a Friday = 2026-05-20. ④ 双方 -> no_owner, department null "
           "(two organisations); 时间待定 -> vague_due. 核心需求/反馈 is a complaint, not a task. 下次沟通时间 2026-05-27, "
           "no time. The signature's phone/address are noise.")


# --------------------------------------------------------------------------- 5706
T5706 = Table([
    ["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间", "计划完成时间",
     "实际完成时间", "进展情况", "风险点及应对措施"],
    ["1", "安全生产月活动实施方案印发", "安全保卫部", "党政办公室", "安立新", "何晓燕", "2026-05-06", "2026-05-09",
     "2026-05-09", "已完成", "-"],
    ["2", "驾驶员应急处置实操演练", "运营管理部", "安全保卫部、各分公司", "牛振华", "安立新", "2026-05-20", "2026-06-12",
     "-", "进行中（已完成60%）", "演练场地需协调，已联系西固场站"],
    ["3", "充电场站消防设施专项检查", "安全保卫部", "机务技术部", "安立新", "祁永福", "2026-06-01", "2026-06-18",
     "-", "未开始", "端午假期前必须完成"],
    ["4", "车载视频监控存储扩容", "信息中心", "财务部", "汪小军", "妥丽娜", "2026-06-01", "待定",
     "-", "进行中", "预算尚未批复"],
    ["5", "安全知识竞赛", "党政办公室", "人力资源部", "何晓燕", "冯瑞", "2026-06-08", "2026-06-26", "-", "未开始", "-"],
])
D5706 = ["""各位：

今天下午安全生产月第一次调度会后，跨部门协作事项跟踪表更新如下，请各责任人按计划推进：

""", T5706, """
说明：第1项已完成，不再跟踪；第4项待预算批复后再定完成时间。

下次调度会：6月8日（周一）下午4点，安全保卫部会议室。

安立新
安全保卫部
"""]


def build_5706():
    return mail(num=5706, org=LB, client="outlook", frm=who("安立新"),
                to=[who("牛振华"), who("祁永福"), who("汪小军"), who("何晓燕"), who("冯瑞"), who("妥丽娜")],
                cc=[who("马国栋"), bot(LB)],
                subj="安全生产月跨部门协作事项跟踪表（6月1日更新）", when=at("2026-06-01T17:52:30"), doc=D5706,
                cs="utf-8", cte="quoted-printable")


case(5706, "soe-collab-tracking-table-outlook-html", "minutes",
     "Outlook UTF-8 QP seed 跨部门协作事项跟踪表 (11 columns, HTML table + tab-separated text): 已完成 row excluded; owner = 责任人（发起方）, 协作方 not an owner; 计划完成时间 待定 -> vague_due; 进展情况 percent is status",
     "4 items 06-12/06-18/vague/06-26; next 06-08 16:00",
     build_5706,
     items=[I("牛振华", "驾驶员应急处置实操演练", "2026-06-12", ("abs", "2026-06-12")),
            I("安立新", "充电场站消防设施专项检查", "2026-06-18", ("abs", "2026-06-18")),
            I("汪小军", "车载视频监控存储扩容", None, None, flags=["vague_due"]),
            I("何晓燕", "安全知识竞赛", "2026-06-26", ("abs", "2026-06-26"))],
     nf=NF("2026-06-08", "16:00", ("abs", "2026-06-08", "Mon")),
     notes="Sent Mon 2026-06-01. The seed's tracking table: row 1 is 已完成 (实际完成时间 filled) -> not an item. Each other "
           "row is one item owned by 责任人（发起方）; 责任人（协作方） plays the 配合 role and is not an owner (AMBIGUOUS: "
           "a reader could list both, but the table's own semantics make the 发起方 person accountable). Due = 计划完成时间; "
           "row 4 待定 -> vague_due. '进行中（已完成60%）' is status, not a new item. 下次调度会 6月8日（周一）下午4点 -> "
           "2026-06-08 16:00.")


# --------------------------------------------------------------------------- 5707
D5707 = ["""魏部长及各位：

今天下午调度会的几件事，记一下：
1. 端午三天客流预测和加车方案，振华负责，明天上午10点前发群里
2. 兴隆山旅游专线临时加开，师经理那边出车辆和驾驶员安排，端午节前报过来
3. 小汪今天下班前把调度系统节日模式配置好
4. 包经理安排节日期间热线增加2个坐席

节后第一个工作日上午9:30复盘。

牛振华
"""]


def build_5707():
    return mail(num=5707, org=LB, client="wecom", frm=who("牛振华"),
                to=[who("魏建军"), who("师海鹏"), who("汪小军"), who("包晓红")], cc=[bot(LB)],
                subj="端午保障调度会", when=at("2026-06-16T17:31:09"), doc=D5707, cs="utf-8", cte="base64",
                parts="text", crlf=False)


case(5707, "soe-plain-dispatch-notes-dragon-boat-wecom", "minutes",
     "Plain 企业微信 text mail, four short numbered lines: owner mid-sentence (振华负责, 师经理那边, 小汪), 明天上午10点前, 端午节前, 今天下班前, an item with no date; next meeting '节后第一个工作日上午9:30'",
     "4 items 06-17 10:00 / 06-18 / 06-16 / no_due; next 06-22 09:30",
     build_5707,
     items=[I("牛振华", "端午三天客流预测和加车方案发群里", "2026-06-17", ("tomorrow",), "10:00"),
            I("师海鹏", "兴隆山旅游专线临时加开的车辆和驾驶员安排", "2026-06-18", ("before_holiday", "Dragon Boat Festival")),
            I("汪小军", "把调度系统节日模式配置好", "2026-06-16", ("today",)),
            I("包晓红", "安排节日期间热线增加2个坐席", None, None)],
     nf=NF("2026-06-22", "09:30", ("after_holiday", "Dragon Boat Festival")),
     notes="Common short mail sent Tue 2026-06-16. 明天上午10点前 -> 06-17 10:00. 端午节前 = the last working day before "
           "the Dragon Boat block (06-19..06-21) -> Thu 06-18. 今天下班前 -> the send date, no time. Item 4 has no deadline "
           "-> no_due. '节后第一个工作日上午9:30复盘' -> Mon 2026-06-22 09:30.")


# --------------------------------------------------------------------------- 5708
D5708 = ["""纪要助手：请跟踪以下第三分公司7月1日安全例会纪要中的事项。
师经理，7月份的安全大检查请提前报备集团安全保卫部。

杨秀兰
党政办公室

________________________________
发件人: 师海鹏 <shihaipeng@longyunbus.example.cn>
发送时间: 2026年7月1日 18:02
收件人: 杨秀兰 <yangxiulan@longyunbus.example.cn>; 魏建军 <weijianjun@longyunbus.example.cn>
主题: 第三分公司7月安全例会纪要

杨主任、魏部长：
第三分公司7月安全例会纪要报送如下。

第三分公司7月安全例会纪要
时间：7月1日下午3:00
地点：分公司二楼会议室
参加：师海鹏、王海涛、刘春梅及各车队长

一、6月份安全情况通报
6月份分公司未发生责任事故，共查处违规驾驶行为7起，均已处理完毕。

二、工作安排
1. 全部车辆空调系统检修一遍，重点是JT6105车型。责任人：机务组王海涛，7月10日前完成。
2. 组织驾驶员防暑降温和极端天气应急培训。责任人：师海鹏，7月15日前。
3. 更换西固场站老化的充电桩线缆，机务技术部祁工配合，分公司安全员刘春梅负责，本月底前。
4. 夜班驾驶员休息室空调维修，由分公司综合组负责，尽快。

下次例会时间另行通知。

第三分公司
"""]


def build_5708():
    return mail(num=5708, org=LB, client="outlook", frm=who("杨秀兰"),
                to=[bot(LB)], cc=[who("师海鹏"), who("魏建军"), who("祁永福")],
                subj="转发: 第三分公司7月安全例会纪要", when=at("2026-07-02T09:20:44"), doc=D5708,
                cs="gb2312", cte="base64")


case(5708, "soe-forwarded-branch-minutes-preface-outlook-gb2312", "minutes",
     "Outlook '转发:' (gb2312 base64) with a preface that gives the bot an instruction and a remark to 师经理 (not items), then the branch's minutes below the Outlook 发件人/发送时间 block; owners outside the roster (王海涛, 刘春梅); 配合 person; unit owner with 尽快",
     "4 items: 王海涛 07-10, 师海鹏 07-15, 刘春梅 07-31, no_owner 综合组 vague; no follow-up",
     build_5708,
     items=[I(("raw", "王海涛", None), "全部车辆空调系统检修一遍，重点是JT6105车型", "2026-07-10", ("abs", "2026-07-10")),
            I("师海鹏", "组织驾驶员防暑降温和极端天气应急培训", "2026-07-15", ("abs", "2026-07-15")),
            I(("raw", "刘春梅", None), "更换西固场站老化的充电桩线缆", "2026-07-31", ("month_end",)),
            I(None, "夜班驾驶员休息室空调维修", None, None, flags=["vague_due"], dept="综合组")],
     notes="Sent Thu 2026-07-02: 杨秀兰 forwards the branch minutes to the bot. The preface (instruction to the bot, a "
           "reminder to 师经理 without a deadline) is not an item. Items are the four 工作安排 lines below the forward header, "
           "which must not be stripped as a quote. 王海涛 and 刘春梅 are branch staff outside the roster and not in any header "
           "-> name as written, email and department null. Item 3 '机务技术部祁工配合，…刘春梅负责' -> 刘春梅 owns it, 祁工 "
           "is 配合. 本月底前 -> 07-31. Item 4 is owned by a unit of the branch -> no_owner; department '综合组' as written "
           "(AMBIGUOUS: it is a sub-unit, not a roster department; null is also defensible); 尽快 -> vague_due. '下次例会时间"
           "另行通知' -> next_followup null. The 6月 report line is not an item.")


# --------------------------------------------------------------------------- 5709 (other)
D5709 = ["""陇运简报
2026年第5期（总第118期）
党政办公室编　　2026年5月29日

【工作动态】
● 5月份集团共开行公交班次41.2万次，运送乘客2436万人次，准点率97.3%。
● 新开通的兰州西站—和平镇快线（K108路）运行平稳，日均客流突破8000人次。
● 集团“安全生产月”活动实施方案已于5月9日印发，6月1日起全面启动。

【基层风采】
第三分公司驾驶员马永军同志5月18日在车厢内及时救助突发疾病乘客，受到乘客家属送锦旗表扬。

【温馨提示】
● 端午节（6月19日至21日）期间，集团各线路正常运营，兴隆山方向将视客流加开区间车。
● 职工夏季体检将于6月下旬分批进行，具体安排由人力资源部另行通知。

欢迎各部门、各分公司投稿，来稿请发党政办公室何晓燕。

本期发送：集团领导，各部门、各分公司
"""]


def build_5709():
    return mail(num=5709, org=LB, client="coremail", frm=who("何晓燕"),
                to=[("集团全体员工", f"all@{LB}")], subj="陇运简报2026年第5期", when=at("2026-05-29T16:05:00"),
                doc=D5709, cs="utf-8", cte="base64", parts="html", rcpt=BOT[LB][1])


case(5709, "other-internal-bulletin-coremail-html-only", "other",
     "Single-part HTML Coremail bulletin (陇运简报) written by the office clerk and sent to the all-staff list that includes the bot: figures, dates and announcements but no minutes and no list headers",
     "kind other, no items",
     build_5709,
     notes="A newsletter a person wrote (党政办公室), reaching the bot through the all-staff address (Delivered-To is the "
           "bot). It has no Precedence/List-Id/Auto-Submitted headers, so it is person-written: kind other, not auto. Its "
           "dates (5月9日, 6月19日至21日, 6月下旬) and '另行通知' are news, not action items; no follow-up. Sent Fri "
           "2026-05-29.")

# --------------------------------------------------------------------------- 5710
D5710 = ["""各位好，

今天下午生产例会内容如下：

1、清明前积压的美国订单（PO#BW-2604）须在4月20日前全部出货，林经理统筹。
2、注塑车间黄主任：
  ①3号、5号注塑机模温机维修，4月10日前修好；
  ②夜班增加2名调机师傅，本周五前到岗。
3、仓库主管李锦辉下周一前完成包材盘点，缺料清单报采购部翁主管。
4、品质部佩玲跟进客户第三方验货，时间待定。
5、三月份计件工资核算差错的问题，财务已处理完毕，不再讨论。

下周三下午两点同一地点继续开。

晓纯
总经办
澄海乐鸣玩具实业有限公司
"""]


def build_5710():
    return mail(num=5710, org=LM, client="foxmail", frm=who("陈晓纯"),
                to=[who("林少雄"), who("黄楚鹏"), who("李锦辉"), who("郑佩玲"), who("翁丽娟")],
                cc=[who("蔡鸿标"), bot(LM)], subj="4月8日生产例会", when=at("2026-04-08T18:10:26"), doc=D5710,
                cs="gbk", cte="base64", parts="text")


case(5710, "factory-weekly-plain-foxmail-gbk-subitems", "minutes",
     "Foxmail GBK text-only plain production meeting the day after Qingming: owners as titles (林经理, 黄主任, 仓库主管李锦辉, 佩玲), ①② sub-tasks under one owner, 配合 person (报…翁主管) not an owner, 已处理完毕 line not an item",
     "5 items 04-20/04-10/04-10/04-13/vague; next 04-15 14:00",
     build_5710,
     items=[I("林少雄", "清明前积压的美国订单全部出货", "2026-04-20", ("abs", "2026-04-20")),
            I("黄楚鹏", "3号、5号注塑机模温机维修", "2026-04-10", ("abs", "2026-04-10")),
            I("黄楚鹏", "夜班增加2名调机师傅到岗", "2026-04-10", ("thisweek", "Fri")),
            I("李锦辉", "完成包材盘点，缺料清单报采购部", "2026-04-13", ("nextweek", "Mon")),
            I("郑佩玲", "跟进客户第三方验货", None, None, flags=["vague_due"])],
     nf=NF("2026-04-15", "14:00", ("nextweek", "Wed")),
     notes="Plain Foxmail mail sent Wed 2026-04-08 (first week after Qingming). 林经理 = 林少雄 (统筹 = owner). "
           "黄主任's ① and ② are two items. 本周五前 -> 04-10; 下周一前 -> 04-13. In item 3 翁主管 only receives the "
           "shortage list -> not an owner. 佩玲 = 郑佩玲; 时间待定 -> vague_due. Line 5 reports something already done. "
           "下周三下午两点 -> 2026-04-15 14:00. The PO number is kept out of the task text.")


# --------------------------------------------------------------------------- 5711
T5711 = Table([
    ["序号", "问题描述", "改善措施", "责任人", "完成日期", "状态"],
    ["1", "小熊公仔眼睛拉力测试不合格", "更换胶水供应商并重新送检", "翁丽娟（主责）/郑佩玲（配合）", "4/30", "进行中"],
    ["2", "遥控车外箱唛头错印", "重新印刷外箱并返工", "李锦辉", "4/22", "已完成"],
    ["3", "积木件披锋超标", "修模，调整注塑参数", "许泽伟（主责）、黄楚鹏（配合）", "5/8", "进行中"],
    ["4", "ASTM F963年度复测", "联系SGS安排送样", "郑佩玲", "5月15日", "未开始"],
    ["5", "客户投诉包装内有异物", "包装线增加金属检测工位", "林少雄", "TBD", "未开始"],
])
D5711 = ["""各位：

本周品质会议的问题跟进表如下（从Excel贴过来的），请责任人按时完成：

""", T5711, """
备注：已完成的项目下周从表中删除。

郑佩玲
品质部
"""]


def build_5711():
    return mail(num=5711, org=LM, client="exmail", frm=who("郑佩玲"),
                to=[who("翁丽娟"), who("李锦辉"), who("许泽伟"), who("黄楚鹏"), who("林少雄")],
                cc=[who("蔡鸿标"), bot(LM)], subj="品质周会问题跟进表（4月23日）", when=at("2026-04-23T19:42:03"),
                doc=D5711, cs="gb18030", cte="base64")


case(5711, "quality-excel-table-zhuze-peihe-exmail-gb18030", "minutes",
     "Tencent Exmail gb18030: an Excel range pasted as an HTML table (tab-separated in the text part); 主责/配合 in one 责任人 cell; M/D dates (4/30, 5/8); 已完成 row excluded; TBD",
     "4 items 04-30/05-08/05-15/vague; no follow-up",
     build_5711,
     items=[I("翁丽娟", "更换胶水供应商并重新送检", "2026-04-30", ("abs", "2026-04-30")),
            I("许泽伟", "修模，调整注塑参数（积木件披锋超标）", "2026-05-08", ("abs", "2026-05-08")),
            I("郑佩玲", "联系SGS安排ASTM F963年度复测送样", "2026-05-15", ("abs", "2026-05-15")),
            I("林少雄", "包装线增加金属检测工位", None, None, flags=["vague_due"])],
     notes="Sent Thu 2026-04-23. One item per open row; the task is the 改善措施 (with the problem where needed). In "
           "'翁丽娟（主责）/郑佩玲（配合）' and '许泽伟（主责）、黄楚鹏（配合）' only the 主责 person owns the item. 4/30 and "
           "5/8 are month/day in 2026. Row 2 is 已完成 -> not an item. Row 5 TBD -> vague_due. No next meeting.")


# --------------------------------------------------------------------------- 5712
D5712 = ["""节前生产协调会纪要（4月29日）

参加：林少雄、黄楚鹏、李锦辉、郑佩玲、陈晓纯

【林经理】
1. 节后复工安排表，4月30日中午12点前发各车间
2. 5月9日（周六调休上班）当天的加班人员名单确认后，节后第一个工作日报总经办
【黄主任】
1. 放假前注塑机全部停机断电检查，明天下班前完成
2. 节后首件检验记录表更新
【锦辉】
1. 节前最后一批出货（BW-2605）装柜，4月30日装完
【佩玲】
1. 节后来料检验计划表（色母、胶水优先），5月6日前发给仓库

下次会议：节后第一个工作日（5月6日）上午9:00

林少雄
生产部
"""]


def build_5712():
    return mail(num=5712, org=LM, client="foxmail", frm=who("林少雄"),
                to=[who("黄楚鹏"), who("李锦辉"), who("郑佩玲")], cc=[who("陈晓纯"), who("蔡鸿标"), bot(LM)],
                subj="节前生产协调会纪要", when=at("2026-04-29T17:40:55"), doc=D5712, cs="utf-8",
                cte="base64")


case(5712, "factory-grouped-by-person-labour-day-foxmail", "minutes",
     "Foxmail UTF-8 minutes grouped by person (【林经理】【黄主任】【锦辉】【佩玲】 with numbering restarting per person) before Labour Day: 中午12点前, 节后第一个工作日, 明天下班前, make-up Saturday mentioned inside a task; next meeting with both the phrase and the date",
     "6 items 04-30 12:00 / 05-06 / 04-30 / no_due / 04-30 / 05-06; next 05-06 09:00",
     build_5712,
     items=[I("林少雄", "节后复工安排表发各车间", "2026-04-30", ("abs", "2026-04-30"), "12:00"),
            I("林少雄", "确认5月9日加班人员名单并报总经办", "2026-05-06", ("after_holiday", "Labour Day")),
            I("黄楚鹏", "放假前注塑机全部停机断电检查", "2026-04-30", ("tomorrow",)),
            I("黄楚鹏", "节后首件检验记录表更新", None, None),
            I("李锦辉", "节前最后一批出货装柜", "2026-04-30", ("abs", "2026-04-30")),
            I("郑佩玲", "节后来料检验计划表（色母、胶水优先）发给仓库", "2026-05-06", ("abs", "2026-05-06"))],
     nf=NF("2026-05-06", "09:00", ("after_holiday", "Labour Day")),
     notes="Sent Wed 2026-04-29; Labour Day is 05-01..05-05, Sat 05-09 is a make-up working day. Each 【person】 heading "
           "owns the lines under it. 林经理 item 2: '5月9日' is what the list is about; the deadline is 节后第一个工作日 = "
           "Wed 05-06. 黄主任 item 1 明天下班前 -> 04-30, no time; item 2 has no date -> no_due. 锦辉 = 李锦辉; 佩玲 = "
           "郑佩玲. Next meeting 节后第一个工作日（5月6日）上午9:00 -> 2026-05-06 09:00.")


# --------------------------------------------------------------------------- 5713
D5713 = ["""今早碰头会定的几件事：
1.欣怡 下周一前把Brightwood的圣诞款报价重新核一遍发我
2.许工 3个工作日内出新款遥控车的手板
3.翁主管 ABS原料涨价的事，跟两家供应商再谈，尽快给结果
4.雄哥 6月产能排期，下周三前
其他的按原计划。

发自网易邮箱大师
"""]


def build_5713():
    return mail(num=5713, org=LM, client="mailmaster", frm=who("蔡鸿标"),
                to=[who("吴欣怡"), who("许泽伟"), who("翁丽娟"), who("林少雄")], cc=[bot(LM)],
                subj="今早碰头会", when=at("2026-05-09T12:20:37"), doc=D5713, cs="utf-8", cte="base64")


case(5713, "boss-phone-notes-makeup-saturday-mailmaster", "minutes",
     "网易邮箱大师 (iOS) short notes from the boss on the Labour-Day make-up Saturday 05-09: nicknames (欣怡, 许工, 翁主管, 雄哥), 下周一前, 3个工作日内 from a make-up Saturday, 尽快, 下周三前; '发自网易邮箱大师'",
     "4 items 05-11/05-13/vague/05-13; no follow-up",
     build_5713,
     items=[I("吴欣怡", "把Brightwood的圣诞款报价重新核一遍发我", "2026-05-11", ("nextweek", "Mon")),
            I("许泽伟", "出新款遥控车的手板", "2026-05-13", ("workdays", 3)),
            I("翁丽娟", "ABS原料涨价的事跟两家供应商再谈，给结果", None, None, flags=["vague_due"]),
            I("林少雄", "6月产能排期", "2026-05-13", ("nextweek", "Wed"))],
     notes="Sent Sat 2026-05-09, a make-up working day. 下周一前 -> 05-11. 3个工作日内 counts from the next day: Sun 05-10 "
           "is off, so 05-11, 05-12, 05-13 -> 2026-05-13. 尽快 -> vague_due. 雄哥 = 林少雄 (alias); 下周三前 -> 05-13. "
           "'其他的按原计划' is not an item. No next meeting.")


# --------------------------------------------------------------------------- 5714
D5714 = ["""許工、翁主管　您好：

感謝今天視訊會議，會議記錄如下，請參閱：

會議主題：遙控車新款外殼模具（DF-2605）T1試模檢討
會議時間：2026年5月19日 14:00-15:30
與會人員：樂鳴 許澤偉、翁麗娟、鄭佩玲；鼎豐 張志明、吳建宏

一、T1試模結果
外觀面有縮水兩處，分模線位置偏移0.3mm，需修模。

二、待辦事項
1. 鼎豐：修改分模線位置及頂針佈置，5/26前完成T2試模。（負責人：吳建宏）
2. 樂鳴開發部：確認外殼顏色色板，下週一前回覆鼎豐。（許工）
3. 樂鳴採購部：確認模具尾款付款條件，5月底前回覆。（翁主管）
4. 雙方：T2試模樣品送驗時程，待T2完成後再議。

下次會議：5月27日（週三）下午2:00 視訊

張志明 Jimmy Chang
鼎豐模具股份有限公司 業務部
TEL: +886-4-2359-6612
"""]


def build_5714():
    return mail(num=5714, org=LM, client="outlook_tw", frm=who("張志明"),
                to=[("許澤偉", R["许泽伟"][1]), ("翁麗娟", R["翁丽娟"][1])],
                cc=[("鄭佩玲", R["郑佩玲"][1]), ("吳建宏", "jh.wu@dingfeng-mold.example.com.tw"), ("紀要助手", BOT[LM][1])],
                subj="DF-2605 T1試模檢討會議記錄", when=at("2026-05-19T16:32:18"), doc=D5714,
                cs="big5", cte="base64", lang="zh-tw")


case(5714, "tw-mold-supplier-minutes-outlook-big5", "minutes",
     "Outlook zh-TW Big5 minutes from a Taiwan mold supplier: Traditional Chinese (許工, 翁主管, 下週一前, 5/26前, 5月底前), owners in trailing brackets, supplier owner resolved from Cc, 雙方…再議; 下次會議 with 週三",
     "4 items: 吳建宏 05-26, 许泽伟 05-25, 翁丽娟 05-31, 雙方 vague; next 05-27 14:00",
     build_5714,
     items=[I(("raw", "吳建宏", "jh.wu@dingfeng-mold.example.com.tw"), "修改分模線位置及頂針佈置，完成T2試模",
              "2026-05-26", ("abs", "2026-05-26")),
            I("许泽伟", "確認外殼顏色色板，回覆鼎豐", "2026-05-25", ("nextweek", "Mon")),
            I("翁丽娟", "確認模具尾款付款條件", "2026-05-31", ("month_end",)),
            I(None, "T2試模樣品送驗時程", None, None, flags=["vague_due"])],
     nf=NF("2026-05-27", "14:00", ("abs", "2026-05-27", "Wed")),
     notes="Sent Tue 2026-05-19 by the supplier's sales manager (outsider in the roster). Big5 body and headers, so the "
           "company name is written 樂鳴. Item 1: the supplier's engineer 吳建宏 (not in the roster) -> his Cc address; "
           "department null. Item 2 '樂鳴開發部…（許工）' -> 许泽伟 (alias 許工). Item 3 '（翁主管）' -> 翁丽娟. "
           "下週一前 -> 05-25; 5月底前 -> 05-31. Item 4 雙方, '待T2完成後再議' -> no_owner, vague_due (AMBIGUOUS: a date "
           "tied to an unfinished event; recorded as undecided rather than no_due). Task text kept in Traditional Chinese. "
           "下次會議 5月27日（週三）下午2:00 -> 2026-05-27 14:00.")


# --------------------------------------------------------------------------- 5715
D5715 = ["""Hi Cindy, Zewei,

Thanks for the call this morning. Quick notes below so we're all on the same page.

Attendees: Hannah Price, Tom Ellis (Brightwood); Cindy Wu, Zewei Xu, Biao Cai (Leming)

Decisions
- We'll go with the matte finish on the RC car shell.
- Christmas range: 6 SKUs confirmed, the 7th (plush reindeer) is dropped.

Action items
AI: Cindy - send revised FOB quotes for the 6 SKUs by Friday
AI: Zewei - share T2 sample photos and the updated colour board by Jun 5
AI: Tom - confirm the carton marking requirements by EOD
AI: Hannah - circulate the updated PO schedule ASAP
AI: Leming QA - book the EN71 test slot with the lab

Next sync: Tue Jun 2, 9:00 BST (16:00 Beijing)

Best,
Hannah

--
Hannah Price
Senior Buyer, Brightwood Toys Ltd
Leeds, UK
"""]


def build_5715():
    return mail(num=5715, org=LM, client="gmail", frm=who("Hannah Price"),
                to=[("Cindy Wu", R["吴欣怡"][1]), ("Zewei Xu", R["许泽伟"][1])],
                cc=[("Tom Ellis", "tom.ellis@brightwoodtoys.example.co.uk"), ("Biao Cai", R["蔡鸿标"][1]), bot(LM)],
                subj="Call notes - Christmas range / RC car (26 May)", when=at("2026-05-26T10:05:12", "+01:00"),
                doc=D5715, cs="utf-8", cte="quoted-printable", lang="en-GB")


case(5715, "uk-customer-english-ai-lines-gmail", "minutes",
     "Gmail (UK, +0100) English call notes from the customer with 'AI: Name - task by X' lines: by Friday, by Jun 5, by EOD, ASAP, no date; owners via English aliases and Cc (Tom Ellis); team owner 'Leming QA'; 'Next sync: Tue Jun 2, 9:00 BST (16:00 Beijing)'",
     "5 items 05-29/06-05/05-26/vague/no_owner no_due; next 06-02 16:00",
     build_5715,
     items=[I("吴欣怡", "send revised FOB quotes for the 6 SKUs", "2026-05-29", ("weekday", "Fri")),
            I("许泽伟", "share T2 sample photos and the updated colour board", "2026-06-05", ("abs", "2026-06-05")),
            I(("raw", "Tom Ellis", "tom.ellis@brightwoodtoys.example.co.uk"), "confirm the carton marking requirements",
              "2026-05-26", ("today",)),
            I("Hannah Price", "circulate the updated PO schedule", None, None, flags=["vague_due"]),
            I(None, "book the EN71 test slot with the lab", None, None, dept="品质部")],
     nf=NF("2026-06-02", "16:00", ("abs", "2026-06-02", "Tue")),
     notes="Sent Tue 2026-05-26 10:05 +0100 = 17:05 the same day in Shanghai. Cindy = 吴欣怡, Zewei = 许泽伟 (aliases and "
           "To display names). by Friday -> 05-29. Tom Ellis is the customer's colleague: not in the roster, address from "
           "Cc; by EOD -> 05-26 without a time. Hannah (the sender, roster outsider) ASAP -> vague_due. 'Leming QA' is a "
           "team -> no_owner; department 品质部 (our quality department written in English; AMBIGUOUS, null is also "
           "defensible); no date -> no_due. Decisions are not items. Next sync gives the Beijing time explicitly -> "
           "2026-06-02 16:00.")


# --------------------------------------------------------------------------- 5716
D5716 = ["""模具评审会纪要 2026-06-12

参加：许泽伟、黄楚鹏、郑佩玲、林少雄、张志明（鼎丰，线上）

结论：
- DF-2605 T2样品外观通过，尺寸有两处超差，需要T3。
- 圣诞款积木沿用现有模架。

待办：
1. 黄主任：T2样品尺寸超差两处（电池盖扣位、前保险杠）出具完整的
   三坐标检测报告，下周二前发给鼎丰。
2. 许工：圣诞款积木新模具开模申请及预算表提交蔡总审批，
   6月18日前（端午放假前）。
3. 郑主管：T3样品的跌落测试和EN71送检计划，时间待定。
4. 林经理：7月注塑排产预留DF-2605量产档期，本月底前
   确认。

下次评审：
6月24日（周三）
上午10:00，三楼模具室

--
许泽伟
开发部
"""]


def build_5716():
    return mail(num=5716, org=LM, client="thunderbird", frm=who("许泽伟"),
                to=[who("黄楚鹏"), who("郑佩玲"), who("林少雄")],
                cc=[("张志明", R["張志明"][1]), who("蔡鸿标"), bot(LM)],
                subj="模具评审会纪要 6/12", when=at("2026-06-12T17:15:40"), doc=D5716, cs="utf-8",
                cte="quoted-printable", parts="text")


case(5716, "mold-review-wrapped-lines-thunderbird-qp", "minutes",
     "Thunderbird UTF-8 QP text-only: items wrapped over two lines (the deadline on the continuation line), owners as 黄主任/许工/郑主管/林经理, 下周二前, 6月18日前（端午放假前）, 时间待定, 本月底前; next meeting with the date on one line and the time on the next",
     "4 items 06-16/06-18/vague/06-30; next 06-24 10:00",
     build_5716,
     items=[I("黄楚鹏", "出具T2样品尺寸超差两处的完整三坐标检测报告，发给鼎丰", "2026-06-16", ("nextweek", "Tue")),
            I("许泽伟", "圣诞款积木新模具开模申请及预算表提交蔡总审批", "2026-06-18", ("abs", "2026-06-18")),
            I("郑佩玲", "T3样品的跌落测试和EN71送检计划", None, None, flags=["vague_due"]),
            I("林少雄", "7月注塑排产预留DF-2605量产档期", "2026-06-30", ("month_end",))],
     nf=NF("2026-06-24", "10:00", ("abs", "2026-06-24", "Wed")),
     notes="Sent Fri 2026-06-12. 结论 lines are decisions. Items 1, 2 and 4 wrap: the deadline sits on the second line "
           "(下周二前 -> 06-16; 6月18日前 -> 06-18, the day before Dragon Boat; 本月底前 -> 06-30). 许工 is the sender "
           "himself. 时间待定 -> vague_due. 蔡总 only approves (not an owner). '下次评审：' then '6月24日（周三）' and "
           "'上午10:00，三楼模具室' on separate lines -> 2026-06-24 10:00.")


# --------------------------------------------------------------------------- 5717
T5717 = Table([
    ["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型", "核心需求/反馈", "解决方案/进展", "下次沟通时间", "负责人"],
    ["EC2026-06-22-01", "2026-06-22", "Brightwood Toys/Hannah", "外贸部/吴欣怡", "客户",
     "客户要求圣诞款彩盒增加FSC认证标识，希望7月10日前确认",
     "①开发部评估彩盒改版工作量（6月24日前，许工）②6月26日反馈客户评估结果", "2026-06-26", "吴欣怡"],
    ["EC2026-06-22-02", "2026-06-22", "汕头华彩印务/陈经理", "采购部/翁丽娟", "供应商",
     "原定6月30日交付的彩盒因纸张缺货，需推迟至7月6日",
     "①与生产部确认包装排产能否顺延（6月23日前）②若无法顺延，启动备选印厂询价", "2026-06-26", "翁丽娟"],
])
D5717 = ["""蔡总、各位：

端午后第一天和客户、供应商分别沟通了两件事，跟进表如下：

""", T5717, """
请许工、翁主管按表跟进。

吴欣怡 Cindy
外贸部
"""]


def build_5717():
    return mail(num=5717, org=LM, client="exmail", frm=who("吴欣怡"),
                to=[who("蔡鸿标"), who("许泽伟"), who("翁丽娟")], cc=[who("林少雄"), bot(LM)],
                subj="外部沟通跟进表（6月22日）", when=at("2026-06-22T18:20:14"), doc=D5717, cs="utf-8",
                cte="base64")


case(5717, "ec-followup-table-two-rows-exmail", "minutes",
     "Exmail HTML seed 外部沟通跟进表 with a customer row and a supplier row: ① with '(date, person)', ② without a person (row 负责人 owns it), a conditional step without a date; the customer's wish date (7月10日前) and the delay dates are not deadlines",
     "4 items: 许泽伟 06-24, 吴欣怡 06-26, 翁丽娟 06-23, 翁丽娟 no_due; next 06-26",
     build_5717,
     items=[I("许泽伟", "评估彩盒改版工作量", "2026-06-24", ("abs", "2026-06-24")),
            I("吴欣怡", "反馈客户评估结果", "2026-06-26", ("abs", "2026-06-26")),
            I("翁丽娟", "与生产部确认包装排产能否顺延", "2026-06-23", ("abs", "2026-06-23")),
            I("翁丽娟", "启动备选印厂询价（若无法顺延）", None, None)],
     nf=NF("2026-06-26", None, ("abs", "2026-06-26")),
     notes="Sent Mon 2026-06-22, the first working day after Dragon Boat. Row 1 ① names 许工 and 6月24日前; ② names no "
           "person -> row 负责人 吴欣怡, '6月26日反馈' -> 06-26. Row 2 ① has no person -> 翁丽娟 (row 负责人), 06-23; ② is "
           "conditional and undated -> no_due. '希望7月10日前确认' is the customer's wish and '推迟至7月6日' a delivery "
           "fact, not our deadlines. Both rows give 下次沟通时间 2026-06-26 (no time).")


# --------------------------------------------------------------------------- 5718 (other)
D5718 = ["""少雄：

麻烦周三前把上半年各车间的产能利用率汇总一下发给我，下周一经营分析会要用。
另外7月份开始加班申请统一走钉钉审批，你跟车间主任们说一声。

纪要助手也抄一下。

蔡鸿标
"""]


def build_5718():
    return mail(num=5718, org=LM, client="foxmail", frm=who("蔡鸿标"), to=[who("林少雄")], cc=[bot(LM)],
                subj="上半年产能利用率", when=at("2026-07-06T08:47:02"), doc=D5718, cs="gbk", cte="base64")


case(5718, "other-plain-request-foxmail-gbk", "other",
     "Foxmail GBK person-to-person request with the bot in Cc ('纪要助手也抄一下'): a dated request (周三前) and a notice, but no meeting and no minutes",
     "kind other, no items",
     build_5718,
     notes="A plain request from the boss to one manager, sent Mon 2026-07-06, with the bot copied. It is not minutes: no "
           "meeting is recorded. '周三前' and '下周一经营分析会' are a request and a mention of a future meeting, so kind "
           "other, no items, no follow-up.")

# --------------------------------------------------------------------------- 5719
D5719 = ["""各位，今天产品评审会的飞书智能纪要转一下，待办我核对过了，纪要机器人帮忙跟进。

---------- 智能纪要 ----------
医院云HIS 2.3版本需求评审 2026年4月9日
会议时间：2026年4月9日 14:30-16:00
参会人：吴思远、杨蕾、罗天宇、石磊、蒙佳

总结
本次会议评审了医院云HIS 2.3版本的需求范围。吴思远介绍了门诊排队叫号、检验报告推送两个新模块；石磊表示接口改造工作量较大，需在4月24日前完成与黔康医院的联调；蒙佳提到客户希望4月底前上线，会议同意先上线排队叫号模块。

章节
00:00 需求背景介绍
吴思远介绍了2.3版本的背景和客户反馈。
12:35 接口改造评估
石磊认为检验报告推送依赖LIS接口改造，建议拆分上线。
31:10 上线计划
蒙佳同步了客户的时间要求，罗天宇提出数据库版本升级存在风险。

待办
· 杨蕾：补充门诊排队叫号模块的原型和PRD，4月14日前
· 石磊：输出HIS接口改造技术方案，下周三前
· 蒙佳：和黔康医院信息科确认上线窗口
· 罗天宇：评估数据库从MySQL 5.7升级到8.0的风险，4月17日前

智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用

吴思远
产品部 | 黔云数智
"""]


def build_5719():
    return mail(num=5719, org=QY, client="feishu", frm=who("吴思远"),
                to=[who("杨蕾"), who("罗天宇"), who("石磊"), who("蒙佳")], cc=[bot(QY)],
                subj="【智能纪要】医院云HIS 2.3版本需求评审 2026年4月9日", when=at("2026-04-09T19:02:33"),
                doc=D5719, cs="utf-8", cte="base64")


case(5719, "feishu-ai-minutes-todo-section", "minutes",
     "Feishu mail carrying a 飞书 智能纪要 (总结 / 章节 / 待办): only the 待办 bullets are items; the 总结 and 章节 mention dates (4月24日前, 4月底前) and names that must not become items; 下周三前; a to-do without a date",
     "4 items 04-14/04-15/no_due/04-17; no follow-up",
     build_5719,
     items=[I("杨蕾", "补充门诊排队叫号模块的原型和PRD", "2026-04-14", ("abs", "2026-04-14")),
            I("石磊", "输出HIS接口改造技术方案", "2026-04-15", ("nextweek", "Wed")),
            I("蒙佳", "和黔康医院信息科确认上线窗口", None, None),
            I("罗天宇", "评估数据库从MySQL 5.7升级到8.0的风险", "2026-04-17", ("abs", "2026-04-17"))],
     notes="Sent Thu 2026-04-09. AI-generated minutes: the 总结 ('需在4月24日前完成…联调', '客户希望4月底前上线') and the "
           "章节 are summaries, not action items. The four 待办 bullets are the items: 4月14日前; 下周三前 from a Thursday = "
           "04-15; the 蒙佳 to-do has no date -> no_due; 4月17日前. No next meeting.")


# --------------------------------------------------------------------------- 5720
D5720 = ["""黔云各位老师：

今天下午HIS云迁移项目周会用钉钉AI听记做了纪要，待办我核对过了，发给大家，也抄送你们的纪要机器人。

会议纪要 | 黔康医院HIS云迁移项目周会
会议时间：2026-04-14 15:00-16:05
参会人：陆敏、蒙佳、田野、韦婷、罗天宇

摘要
1. 迁移总体进度约35%，测试环境已部署完成。
2. 检验科LIS接口在测试环境出现偶发超时，黔云研发已在排查。
3. 院方希望5月中旬完成一次全量演练。

发言要点
陆敏：各科室的停机窗口需要提前两周通知到科主任。
田野：贵安机房到医院的专线已开通，带宽100M，后续可能需要扩容。

待办事项
1. 输出迁移割接方案初稿
   负责人：田野
   截止时间：2026-04-21 18:00
2. 梳理LIS接口超时日志并给出分析结论
   负责人：韦婷
   截止时间：2026-04-17
3. 提供各科室信息系统负责人联系表
   负责人：陆敏
   截止时间：2026-04-16
4. 专线带宽扩容报价确认
   负责人：蒙佳
   截止时间：待定
5. 测试环境部署（已完成）
   负责人：田野

以上内容由AI生成，仅供参考

陆敏
黔康医院集团 信息科
"""]


def build_5720():
    return mail(num=5720, org=QY, client="dingtalk", frm=who("陆敏"),
                to=[who("蒙佳"), who("田野"), who("韦婷"), who("罗天宇")], cc=[bot(QY)],
                subj="HIS云迁移项目周会纪要（4月14日）", when=at("2026-04-14T20:15:48"), doc=D5720, cs="utf-8",
                cte="base64", parts="html")


case(5720, "customer-dingtalk-ai-minutes-html-only", "minutes",
     "HTML-only DingTalk (Alimail) mail from the customer hospital with a 钉钉AI听记 纪要: 摘要/发言要点 are not items; 待办事项 blocks with 负责人/截止时间 lines (2026-04-21 18:00, ISO dates, 待定); a 已完成 to-do excluded; customer person owns an item",
     "4 items 04-21 18:00 / 04-17 / 04-16 (customer) / vague; no follow-up",
     build_5720,
     items=[I("田野", "输出迁移割接方案初稿", "2026-04-21", ("abs", "2026-04-21"), "18:00"),
            I("韦婷", "梳理LIS接口超时日志并给出分析结论", "2026-04-17", ("abs", "2026-04-17")),
            I("陆敏", "提供各科室信息系统负责人联系表", "2026-04-16", ("abs", "2026-04-16")),
            I("蒙佳", "专线带宽扩容报价确认", None, None, flags=["vague_due"])],
     notes="Sent Tue 2026-04-14 by the customer's 信息科 (陆敏, roster outsider). Single text/html part. Only the 待办事项 "
           "blocks count: 摘要 ('5月中旬完成一次全量演练' is the customer's wish) and 发言要点 are not items. Item 5 is "
           "marked （已完成） -> excluded. 截止时间 2026-04-21 18:00 gives a time; 待定 -> vague_due. 陆敏 owns item 3 "
           "(email from the roster, department null). No next meeting.")


# --------------------------------------------------------------------------- 5721
D5721 = ["""罗老师、石磊：

转一下上周五和黔康医院开的线上会的腾讯会议智能纪要，待办我核对过没问题，纪要机器人帮忙跟进一下。

佳佳

开始转发的邮件：

发件人: 腾讯会议 <noreply@meeting.tencent.com>
主题: 【智能纪要】黔康医院HIS云迁移周例会
日期: 2026年5月8日 GMT+8 17:32:10
收件人: 蒙佳 <mengjia@qianyun.example.cn>

【智能纪要】黔康医院HIS云迁移周例会
会议时间：2026/05/08 15:00-16:10
会议号：628 315 904

AI 摘要
本次会议主要讨论了全量迁移演练的准备情况。罗天宇汇报演练脚本已完成80%；石磊说明检验科接口超时问题已定位为连接池配置；陆敏确认院方停机窗口需提前一周报医务科审批。

会议待办
• 罗天宇 5月15日前完成数据库迁移演练报告
• 石磊 5月13日前修复检验科接口超时问题并回归测试
• 陆敏（黔康医院） 5月12日前提供各科室停机窗口
• 蒙佳 整理迁移期间用户通知模板

下次会议时间：2026/05/15 15:00

本纪要由腾讯会议AI生成，仅供参考。
"""]


def build_5721():
    return mail(num=5721, org=QY, client="apple", frm=who("蒙佳"),
                to=[who("罗天宇"), who("石磊")], cc=[who("陆敏"), bot(QY)],
                subj="Fwd: 【智能纪要】黔康医院HIS云迁移周例会", when=at("2026-05-11T09:05:27"), doc=D5721,
                cs="utf-8", cte="quoted-printable")


case(5721, "tencent-meeting-ai-minutes-forwarded-apple-mail", "minutes",
     "Apple Mail 'Fwd:' of a 腾讯会议 智能纪要 with a short preface: the forwarded header block is not a quote to strip; AI 摘要 not items, 会议待办 bullets 'Name date前 task' are; customer person '陆敏（黔康医院）'; 下次会议时间 2026/05/15 15:00",
     "4 items 05-15/05-13/05-12 (customer)/no_due; next 05-15 15:00",
     build_5721,
     items=[I("罗天宇", "完成数据库迁移演练报告", "2026-05-15", ("abs", "2026-05-15")),
            I("石磊", "修复检验科接口超时问题并回归测试", "2026-05-13", ("abs", "2026-05-13")),
            I("陆敏", "提供各科室停机窗口", "2026-05-12", ("abs", "2026-05-12")),
            I("蒙佳", "整理迁移期间用户通知模板", None, None)],
     nf=NF("2026-05-15", "15:00", ("abs", "2026-05-15")),
     notes="Sent Mon 2026-05-11 09:05: 蒙佳 forwards the Tencent Meeting AI minutes of Fri 05-08. The preface is not an "
           "item. The forwarded part is the minutes (Apple Mail's '开始转发的邮件：' header block). AI 摘要 (80%, 提前一周) "
           "is summary. 会议待办: absolute dates only, so the forward date does not change them. 陆敏 is the customer's "
           "信息科 chief (roster outsider, also in Cc). 蒙佳's to-do has no date -> no_due. 下次会议时间 2026/05/15 15:00.")


# --------------------------------------------------------------------------- 5722
D5722 = ["""研发周会 2026-05-20 14:00-15:00（302会议室）

参会：@luotianyu @shilei @yanglei @tianye @weiting

## 上周回顾
- [x] @shilei 检验科接口超时修复
- [x] @weiting 告警规则合并

## 本周行动项
- [ ] @shilei HIS 2.3 接口联调，周五前提测
- [ ] @yanglei 排队叫号模块 UI 走查，5/22
- [ ] @tianye 预发环境扩容到 8 节点（周四）
- [ ] @luotianyu Code review 规范文档更新 —— 月底

## 风险
- MySQL 8.0 升级窗口还没定，等医院那边回复

下周三同一时间，老地方。

天宇
"""]


def build_5722():
    return mail(num=5722, org=QY, client="apple", frm=who("罗天宇"),
                to=[("研发中心", f"rd@{QY}")], cc=[who("杨蕾"), bot(QY)],
                subj="研发周会 5/20", when=at("2026-05-20T15:12:09"), doc=D5722, cs="utf-8", cte="quoted-printable",
                parts="text")


case(5722, "markdown-checkbox-handles-apple-mail", "minutes",
     "Apple Mail text-only markdown notes: '- [ ] @handle task, date' action items (@handles = roster e-mail local parts), '- [x]' rows done, bare weekdays (周五前, （周四）), 5/22, 月底; '下周三同一时间，老地方' with the time in the title line",
     "4 items 05-22/05-22/05-21/05-31; next 05-27 14:00",
     build_5722,
     items=[I("石磊", "HIS 2.3 接口联调，提测", "2026-05-22", ("weekday", "Fri")),
            I("杨蕾", "排队叫号模块 UI 走查", "2026-05-22", ("abs", "2026-05-22")),
            I("田野", "预发环境扩容到 8 节点", "2026-05-21", ("weekday", "Thu")),
            I("罗天宇", "Code review 规范文档更新", "2026-05-31", ("month_end",))],
     nf=NF("2026-05-27", "14:00", ("nextweek", "Wed")),
     notes="Sent Wed 2026-05-20 to the R&D list (the bot in Cc). @shilei etc. are e-mail local parts of roster people. "
           "'[x]' rows under 上周回顾 are done -> not items. 周五前 -> 05-22; 5/22 -> 05-22; （周四） -> 05-21; 月底 -> "
           "05-31. The 风险 line is not an item. '下周三同一时间' = this meeting's 14:00 -> 2026-05-27 14:00.")


# --------------------------------------------------------------------------- 5723
D5723 = ["""各位，晚上群里讨论的秋季峰会筹备事项我整理一下，抄送纪要机器人跟进：

1. 展位设计稿：钱晓峰，6月10日前定稿
2. 主论坛演讲PPT：思远负责，6月15日前给我初稿
3. 客户邀约名单：佳佳，下周五前出第一版
4. 物料采购：一帆那边跟行政走采购流程，6月12日前下单

以下是群聊记录，供参考：

钱晓峰 20:31
展位设计稿我来盯，10号前定
吴思远 20:33
PPT我来，15号前给初稿
蒙佳 20:35
邀约名单我下周五前出第一版
赵一帆 20:40
物料我走采购流程，12号下单
钱晓峰 20:41
好的，那就这么定 👍

钱晓峰
市场部
"""]


def build_5723():
    return mail(num=5723, org=QY, client="feishu", frm=who("钱晓峰"),
                to=[who("吴思远"), who("蒙佳"), who("赵一帆")], cc=[who("龙卫国"), bot(QY)],
                subj="秋季峰会筹备分工", when=at("2026-06-04T21:40:16"), doc=D5723, cs="utf-8", cte="base64")


case(5723, "chat-paste-restating-list-feishu", "minutes",
     "Feishu mail: a numbered task list followed by the pasted group chat that restates the same tasks ('10号前', '15号前', '12号下单') - the chat is not a second set of items; nicknames 思远/佳佳/一帆; 下周五前",
     "4 items 06-10/06-15/06-12/06-12; no follow-up",
     build_5723,
     items=[I("钱晓峰", "展位设计稿定稿", "2026-06-10", ("abs", "2026-06-10")),
            I("吴思远", "主论坛演讲PPT初稿", "2026-06-15", ("abs", "2026-06-15")),
            I("蒙佳", "客户邀约名单第一版", "2026-06-12", ("nextweek", "Fri")),
            I("赵一帆", "物料采购下单", "2026-06-12", ("abs", "2026-06-12"))],
     notes="Sent Thu 2026-06-04 21:40. The four numbered lines are the items; the chat log below restates them and must not "
           "double them. 思远 = 吴思远, 佳佳 = 蒙佳, 一帆 = 赵一帆. 下周五前 from a Thursday -> 06-12. '一帆那边跟行政走"
           "采购流程' -> owner 赵一帆 (行政 is his own department). No next meeting.")


# --------------------------------------------------------------------------- 5724
D5724 = ["""黔云数智各位同事：

6月16日HIS云迁移项目协调会纪要如下，请审阅。

一、会议时间：2026年6月16日上午9:30
二、参会人员：院方 陆敏、张伟（网络组）；黔云 蒙佳、罗天宇、田野
三、议定事项
1. 迁移割接时间定在端午假期（6月19日-21日），院方信息科负责6月18日前协调各科室确认停机安排。（陆敏）
2. 黔云研发中心罗老师负责割接前完成全量数据迁移演练，6月18日前提交演练报告。
3. 黔云运维部田工负责割接期间7×24小时现场值守安排，明天中午12点前报值班表。
4. 院方网络组负责VPN专线切换测试，6月17日前完成。
5. 割接后一周内的问题响应机制由双方另行商定。
四、下次项目例会定于6月24日（周三）上午10:00，在院信息科会议室召开。

黔康医院集团 信息科
陆敏
"""]


def build_5724():
    return mail(num=5724, org=QY, client="dingtalk", frm=who("陆敏"),
                to=[who("蒙佳"), who("罗天宇"), who("田野")],
                cc=[("张伟", "zhangwei.net@qiankang-hospital.example.cn"), bot(QY)],
                subj="HIS云迁移项目协调会纪要（6月16日）", when=at("2026-06-16T11:50:03"), doc=D5724, cs="utf-8",
                cte="base64")


case(5724, "customer-minutes-dragon-boat-cutover-dingtalk", "minutes",
     "Customer-written minutes (DingTalk mail) before a Dragon Boat cutover: 罗老师/田工 titles, 明天中午12点前, a customer unit owner (院方网络组) with a named member only in the participant line, 双方…另行商定; 下次项目例会 sentence",
     "5 items: 陆敏 06-18, 罗天宇 06-18, 田野 06-17 12:00, no_owner 06-17, no_owner vague; next 06-24 10:00",
     build_5724,
     items=[I("陆敏", "协调各科室确认停机安排", "2026-06-18", ("abs", "2026-06-18")),
            I("罗天宇", "完成全量数据迁移演练，提交演练报告", "2026-06-18", ("abs", "2026-06-18")),
            I("田野", "割接期间7×24小时现场值守安排，报值班表", "2026-06-17", ("tomorrow",), "12:00"),
            I(None, "VPN专线切换测试", "2026-06-17", ("abs", "2026-06-17")),
            I(None, "割接后一周内的问题响应机制", None, None, flags=["vague_due"])],
     nf=NF("2026-06-24", "10:00", ("abs", "2026-06-24", "Wed")),
     notes="Sent Tue 2026-06-16 by the customer. 罗老师 = 罗天宇, 田工 = 田野 (aliases). 明天中午12点前 -> 06-17 12:00. "
           "'7×24小时' is a duty pattern, not an hour deadline. Item 4 is owned by the customer's 网络组 -> no_owner, "
           "department null (not our unit; AMBIGUOUS: 张伟 of 网络组 is in the participant line and Cc, but the item names "
           "only the unit). Item 5 双方 另行商定 -> no_owner, vague_due. The cutover dates 6月19日-21日 are a decision. "
           "下次项目例会 6月24日（周三）上午10:00.")


# --------------------------------------------------------------------------- 5725
D5725 = ["""【故障复盘】6月27日 对象存储集群不可用 复盘会纪要

时间：6月29日 9:30-10:30
参会：潘雪、田野、罗天宇、石磊、蒙佳
影响：6月27日 21:14-22:03，对象存储集群不可用49分钟，影响3家医院客户影像调阅。
根因：扩容脚本未做灰度，误删元数据节点路由配置。

改进项：
1）田野 24小时内补齐所有变更脚本的灰度开关和回滚步骤
2）石磊 明天中午12点前给出元数据节点路由配置的自动校验方案
3）蒙佳 今天下班前向3家受影响客户发送故障说明
4）罗天宇 修订变更评审流程，7月3日前发布
5）元数据节点心跳纳入监控覆盖，由运维部负责，本周五前

以上，有补充直接回复。

潘雪
运维部
"""]


def build_5725():
    return mail(num=5725, org=QY, client="feishu", frm=who("潘雪"),
                to=[who("田野"), who("罗天宇"), who("石磊"), who("蒙佳")], cc=[who("龙卫国"), bot(QY)],
                subj="【故障复盘】6月27日对象存储集群不可用", when=at("2026-06-29T10:40:22"), doc=D5725, cs="utf-8",
                cte="base64", parts="text", crlf=False)


case(5725, "incident-postmortem-hour-deadlines-feishu-text", "minutes",
     "Feishu text-only incident post-mortem: 24小时内 from the Date header (due_time), 明天中午12点前, 今天下班前, 7月3日前, unit owner 运维部 + 本周五前; outage times and 49分钟 are facts; no next meeting",
     "5 items 06-30 10:40 / 06-30 12:00 / 06-29 / 07-03 / no_owner 07-03; no follow-up",
     build_5725,
     items=[I("田野", "补齐所有变更脚本的灰度开关和回滚步骤", "2026-06-30", ("hours", 24), "10:40"),
            I("石磊", "给出元数据节点路由配置的自动校验方案", "2026-06-30", ("tomorrow",), "12:00"),
            I("蒙佳", "向3家受影响客户发送故障说明", "2026-06-29", ("today",)),
            I("罗天宇", "修订变更评审流程并发布", "2026-07-03", ("abs", "2026-07-03")),
            I(None, "元数据节点心跳纳入监控覆盖", "2026-07-03", ("thisweek", "Fri"), dept="运维部")],
     notes="Sent Mon 2026-06-29 10:40:22. 24小时内 counts from the Date header -> 2026-06-30 10:40. 明天中午12点前 -> 06-30 "
           "12:00. 今天下班前 -> 06-29, no time. Item 5 is owned by 运维部 (our unit) -> no_owner, department 运维部; 本周五前 "
           "-> 07-03. 影响/根因 lines are facts. No next meeting.")


# --------------------------------------------------------------------------- 5726
D5726 = ["""招聘周会纪要（7/8）

1. 研发岗：天宇本周五前把3个后端候选人的面试评价补齐
2. 校招宣讲：一帆 7月20日前和贵州大学、贵州财经大学确认宣讲场地
3. 运维实习生：雪姐 3个工作日内确认用人需求
4. 产品经理岗暂停招聘（结论，不用跟）
5. 新员工入职培训材料更新，佳佳，本月底

发自我的iPhone
"""]


def build_5726():
    return mail(num=5726, org=QY, client="iphone", frm=who("赵一帆"),
                to=[who("罗天宇"), who("潘雪"), who("蒙佳")], cc=[bot(QY)],
                subj="招聘周会纪要", when=at("2026-07-08T18:30:51"), doc=D5726, cs="utf-8", cte="quoted-printable",
                parts="text", crlf=False)


case(5726, "recruiting-weekly-plain-iphone", "minutes",
     "iPhone Mail text-only short weekly notes: nicknames (天宇, 一帆, 雪姐, 佳佳), 本周五前, 7月20日前, 3个工作日内 over a weekend, a decision marked 结论, 本月底; no next meeting",
     "4 items 07-10/07-20/07-13/07-31; no follow-up",
     build_5726,
     items=[I("罗天宇", "把3个后端候选人的面试评价补齐", "2026-07-10", ("thisweek", "Fri")),
            I("赵一帆", "和贵州大学、贵州财经大学确认宣讲场地", "2026-07-20", ("abs", "2026-07-20")),
            I("潘雪", "确认运维实习生用人需求", "2026-07-13", ("workdays", 3)),
            I("蒙佳", "新员工入职培训材料更新", "2026-07-31", ("month_end",))],
     notes="Plain phone mail sent Wed 2026-07-08. 本周五前 -> 07-10. 3个工作日内 from Thu 07-09: 07-09, 07-10, 07-13 -> "
           "2026-07-13. Line 4 is a decision (结论，不用跟) -> not an item. 本月底 -> 07-31. 雪姐 = 潘雪, 佳佳 = 蒙佳, 一帆 is "
           "the sender. No next meeting.")


# --------------------------------------------------------------------------- 5727 (other)
D5727 = ["""各位：

下半年产品规划会想约在下周，两个时间大家看下哪个方便：
A. 7月8日（周三）下午2点
B. 7月9日（周四）上午10点

请今天下班前在群里或者回邮件告诉我，会议室我来订。规划会的议程我周五前发出来。

纪要机器人抄送一下，定了以后会发正式邀请。

吴思远
"""]


def build_5727():
    return mail(num=5727, org=QY, client="feishu", frm=who("吴思远"),
                to=[who("龙卫国"), who("罗天宇"), who("潘雪"), who("蒙佳"), who("钱晓峰")], cc=[bot(QY)],
                subj="下半年产品规划会时间征集", when=at("2026-07-01T10:12:45"), doc=D5727, cs="utf-8", cte="base64")


case(5727, "other-meeting-time-poll-feishu", "other",
     "Feishu mail polling for a meeting time (two candidate slots, reply by 今天下班前, agenda 周五前) with the bot in Cc: a meeting-invitation discussion, not minutes",
     "kind other, no items",
     build_5727,
     notes="A person asks colleagues to choose between two meeting times, sent Wed 2026-07-01. No meeting has been held "
           "and nothing is minuted: kind other, no items. The candidate times are not a next_followup (that is read only "
           "from minutes).")


# --------------------------------------------------------------------------- 5728 (auto)
def bot_recap_id(org, tag):
    return f"<mb.{h('recap-' + tag, 20)}@{org}>"


def bot_reply_addr(org, tag):
    return f"minutes+r{h('sig-' + tag, 16)}@{org}"


def build_5728():
    when = at("2026-06-19T09:00:12")
    frm = who("陆敏")
    seed = "heldout29-5728"
    mid = msgid("dingtalk", seed, frm[1], when)
    recap = bot_recap_id(QY, "remind-5724-1")
    text = ("您好，我正在休假（6月19日至6月21日），6月22日返回。\n"
            "迁移割接相关紧急事项请联系信息科值班电话 0851-8655 2120。\n\n"
            "此为自动回复。\n")
    html_ = ('<div class="__aliyun_email_body_block"><div style="clear:both;">'
             + text.replace("\n", "<br>") + "</div></div>\n")
    body = Multi("alternative", boundary("dingtalk", seed), [
        text_leaf(text, "utf-8", "base64", "plain", "UTF-8"),
        text_leaf(html_, "utf-8", "base64", "html", "UTF-8")])
    H = [("Date", rfcdate(when)), ("From", addr(*frm)),
         ("To", addr(BOT[QY][0], bot_reply_addr(QY, "remind-5724-1"))), ("Message-ID", mid),
         ("Subject", ew("自动回复:【提醒】协调各科室确认停机安排 6月18日到期")),
         ("In-Reply-To", recap), ("References", recap),
         ("Auto-Submitted", "auto-replied"), ("X-Mailer", "Alimail-Mailagent revision 4"),
         ("MIME-Version", "1.0"), ("x-aliyun-mail-creator", f"W4_{h(mid, 24)}")]
    trace = trace_headers("", bot_reply_addr(QY, "remind-5724-1"), MX[QY][0],
                          "out30-101.freemail.mail.aliyun.com", "115.124.30.101", when, hU(seed + "qid", 11))
    return message(trace, H, body)


case(5728, "auto-ooo-dingtalk-dragon-boat", "auto",
     "DingTalk (Alimail) out-of-office auto-reply (Auto-Submitted: auto-replied, empty Return-Path) from the customer to one of the bot's reminders, sent on the first day of Dragon Boat; body with dates and a phone number",
     "kind auto, no items",
     build_5728,
     notes="Machine reply (this deployment mails external owners, recap_external = true): In-Reply-To the bot's reminder, To the bot's signed reply address, 'Auto-Submitted: "
           "auto-replied', Return-Path <>, subject '自动回复:'. Its dates (6月19日至6月21日, 6月22日返回) are neither items "
           "nor a reply command. The bot must not answer. Sent Fri 2026-06-19 09:00.")

# --------------------------------------------------------------------------- 5729
D5729 = ["""Hi all,

Minutes of today's Line 3 ramp-up review below. Minutes Assistant is cc'd for tracking.

Date: 16 Apr 2026, 14:00-15:00, Meeting Room Rhine
Attendees: Matthias Keller, Kevin Gu, Yvonne Lu, Jimmy Ji, Jack Shi

1. Line 3 OEE
Status: OEE at 71% vs. 80% target; stringer downtime is the main loss.
Action: Replace the worn stringer ribbon guides and log downtime per shift
Owner: Kevin Gu
Due: Fri Apr 24

2. EL inspection false rejects
Action: Recalibrate the EL tester and re-run the 200-panel MSA
Owner: Yvonne Lu
Due: by Friday

3. Glass supply
Action: Qualify the second glass supplier (sample PPAP)
Owner: Jimmy Ji
Due: TBD

4. Forklift traffic in the lamination area
Decision: From Monday, forklifts enter the lamination area only via Gate B.

5. Safety walk
Action: Share the safety walk findings with all shift leaders
Owner: Jack Shi
Due: EOD

Next review: Thursday 23 April, 14:00, same room.

Best regards,
Kevin Gu
Production Manager | Brandt Solartechnik (Nantong) Co., Ltd.
"""]


def build_5729():
    return mail(num=5729, org=BS, client="outlook365", frm=whoe("顾晓峰"),
                to=[who("Matthias Keller"), whoe("陆燕"), whoe("季明"), whoe("施文杰")], cc=[bot(BS)],
                subj="Minutes: Line 3 ramp-up review (16 Apr)", when=at("2026-04-16T17:20:05"), doc=D5729,
                cs="utf-8", cte="quoted-printable", lang="en-US")


case(5729, "english-owner-due-blocks-outlook365", "minutes",
     "Outlook (Microsoft 365) English minutes in Action/Owner/Due blocks: 'Fri Apr 24', 'by Friday', TBD, EOD; a Decision block and Status lines are not items; 'Next review: Thursday 23 April, 14:00'",
     "4 items 04-24/04-17/vague/04-16; next 04-23 14:00",
     build_5729,
     items=[I("顾晓峰", "Replace the worn stringer ribbon guides and log downtime per shift", "2026-04-24",
              ("abs", "2026-04-24", "Fri")),
            I("陆燕", "Recalibrate the EL tester and re-run the 200-panel MSA", "2026-04-17", ("weekday", "Fri")),
            I("季明", "Qualify the second glass supplier (sample PPAP)", None, None, flags=["vague_due"]),
            I("施文杰", "Share the safety walk findings with all shift leaders", "2026-04-16", ("today",))],
     nf=NF("2026-04-23", "14:00", ("abs", "2026-04-23", "Thu")),
     notes="Plain English minutes sent Thu 2026-04-16. Owners are English names (roster aliases Kevin Gu, Yvonne Lu, Jimmy "
           "Ji, Jack Shi). by Friday -> 04-17; TBD -> vague_due; EOD -> 04-16 without a time. Block 4 is a Decision ('From "
           "Monday…' is a rule) and Status lines are facts. Next review 23 April 14:00.")


# --------------------------------------------------------------------------- 5730
D5730 = ["""Hi team,

补发上周六（5/9，调休上班）物流协调会的纪要：

1. 5月出口排柜计划：Jenny负责，周三前发给 HQ Sales Ops
2. 上海港拼柜改整柜的费用对比：Jimmy 2个工作日内出
3. 托盘熏蒸证书模板更新：Jenny，5/15
4. 仓库新增2个装柜口的可行性评估：Kevin 牵头，EHS 配合（Jack），下周五前完成

Thanks,
Jenny
"""]


def build_5730():
    return mail(num=5730, org=BS, client="owa", frm=whoe("曹婧"),
                to=[whoe("季明"), whoe("顾晓峰"), whoe("施文杰")], cc=[who("Julia Wagner"), bot(BS)],
                subj="物流协调会纪要 (5/9)", when=at("2026-05-10T23:50:31", "+00:00"), doc=D5730, cs="utf-8",
                cte="base64", lang="zh-CN")


case(5730, "owa-utc-sunday-night-is-monday", "minutes",
     "Outlook on the web, Date +0000 Sunday 23:50 = Monday 07:50 in Shanghai: 周三前, 2个工作日内, 下周五前 must use the Shanghai date (the UTC date gives 05-12 and 05-15); mixed Chinese/English owners; 牵头/配合 with a person in brackets for the 配合 unit",
     "4 items 05-13/05-13/05-15/05-22; no follow-up",
     build_5730,
     items=[I("曹婧", "5月出口排柜计划发给 HQ Sales Ops", "2026-05-13", ("weekday", "Wed")),
            I("季明", "上海港拼柜改整柜的费用对比", "2026-05-13", ("workdays", 2)),
            I("曹婧", "托盘熏蒸证书模板更新", "2026-05-15", ("abs", "2026-05-15")),
            I("顾晓峰", "仓库新增2个装柜口的可行性评估", "2026-05-22", ("nextweek", "Fri"))],
     notes="Date: Sun, 10 May 2026 23:50:31 +0000 = Mon 2026-05-11 07:50 in Asia/Shanghai; every phrase resolves on "
           "Monday 05-11. 周三前 -> 05-13. 2个工作日内 -> 05-12, 05-13 -> 05-13 (from the UTC Sunday it would be 05-12). "
           "5/15 -> 05-15. 下周五前 -> the Friday of the week after 05-11..05-17 -> 05-22 (from the UTC Sunday it would "
           "be 05-15). Kevin 牵头 -> 顾晓峰 owns item 4; 'EHS 配合（Jack）' is the supporting unit/person, not an owner. "
           "The meeting was on the make-up Saturday 05-09 (mentioned only). No next meeting.")


# --------------------------------------------------------------------------- 5731
D5731 = ["""Dear all,

Thank you for joining the H2 order planning call today. Summary and action items below.

Key points
- Pieter (Zonnepark Noord) confirmed 18 MW for Q3, split into three shipments.
- Container rates Shanghai-Rotterdam are up about 12% since May.

Action items
- Chloe: send the updated price list incl. the new 450 W module to Pieter by Friday
- Jimmy: confirm cell allocation for the 18 MW with the supplier within 3 working days
- Jenny: book the first 40' HQ containers by June 12
- Pieter: share the final delivery schedule for the three sites (no date yet)
- Julia: update the H2 forecast in SAP

Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)

Best regards,
Julia

Julia Wagner
Sales Operations | Brandt Solartechnik GmbH, Freiburg
"""]


def build_5731():
    return mail(num=5731, org=BS, client="outlook365", frm=who("Julia Wagner"),
                to=[whoe("缪晨"), whoe("季明"), whoe("曹婧"), who("Pieter de Vries")],
                cc=[who("Matthias Keller"), bot(BS)],
                subj="H2 order planning - Zonnepark Noord - minutes", when=at("2026-06-03T11:20:44", "+02:00"),
                doc=D5731, cs="utf-8", cte="quoted-printable", lang="en-US")


case(5731, "hq-freiburg-english-cest-next-sync", "minutes",
     "Outlook 365 from HQ in Freiburg (+0200, 11:20 = 17:20 Shanghai): 'Name: task by X' bullets, by Friday, within 3 working days (Chinese calendar on the Shanghai date), by June 12, a customer-owned item with no date, an item with no date; 'Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)'",
     "5 items 06-05/06-08/06-12/no_due/no_due; next 06-09 16:00",
     build_5731,
     items=[I("缪晨", "send the updated price list incl. the new 450 W module to Pieter", "2026-06-05",
              ("weekday", "Fri")),
            I("季明", "confirm cell allocation for the 18 MW with the supplier", "2026-06-08", ("workdays", 3)),
            I("曹婧", "book the first 40' HQ containers", "2026-06-12", ("abs", "2026-06-12")),
            I("Pieter de Vries", "share the final delivery schedule for the three sites", None, None),
            I("Julia Wagner", "update the H2 forecast in SAP", None, None)],
     nf=NF("2026-06-09", "16:00", ("abs", "2026-06-09", "Tue")),
     notes="Sent Wed 2026-06-03 11:20 +0200 = 17:20 in Shanghai (same date). Chloe = 缪晨, Jimmy = 季明, Jenny = 曹婧, "
           "Julia = the sender (roster, HQ department). by Friday -> 06-05. within 3 working days from 06-04: 06-04, 06-05, "
           "06-08 -> 2026-06-08. Pieter is the customer (roster outsider): '(no date yet)' -> no_due (no vague deadline "
           "word). Julia's item has no date -> no_due. Key points are facts. The next sync gives the Beijing time: "
           "2026-06-09 16:00.")


# --------------------------------------------------------------------------- 5732
PDF5732 = [
    (14, True, "Brandt Solartechnik (Nantong) Co., Ltd."),
    (12, True, "Minutes - EHS Audit Close-out Meeting"),
    (8, False, None),
    (10, False, "Date: 22 June 2026, 15:00-16:00        Chair: Matthias Keller"),
    (10, False, "Attendees: Jack Shi, Kevin Gu, Jenny Cao, Helen Zhu, Leo Shao"),
    (8, False, None),
    (10, False, "Summary: the external ISO 45001 surveillance audit (15-17 June) raised 5 findings, no major"),
    (10, False, "non-conformity. Corrective actions agreed as follows."),
    (8, False, None),
    (10, True, "No. | Finding | Action | Owner | Due"),
    (10, False, "1 | Emergency exit in warehouse blocked by pallets | Re-mark floor, add daily check | Jenny Cao | 26 Jun 2026"),
    (10, False, "2 | Missing LOTO tags on laminator #2 | Buy LOTO kits and retrain operators | Kevin Gu | 3 Jul 2026"),
    (10, False, "3 | Chemical cabinet without SDS | Print and post SDS for all cabinets | Jack Shi | 30 Jun 2026"),
    (10, False, "4 | Fire pump test record incomplete | Test repeated and recorded on 22 Jun | Jack Shi | Closed"),
    (10, False, "5 | Eyewash stations below standard | Approve capex request for new eyewash stations | Helen Zhu | TBD"),
    (8, False, None),
    (10, False, "Next meeting: 7 July 2026, 15:00, Meeting Room Rhine"),
    (10, False, "Minutes taken by: Jack Shi"),
]
D5732 = ["""Hi all,

Please find attached the minutes of the EHS audit close-out meeting held yesterday (22 June).
Minutes Assistant cc'd for tracking.

Thanks,
Jack

Jack Shi
EHS Engineer | Brandt Solartechnik (Nantong) Co., Ltd.
"""]


def build_5732():
    data = make_pdf(PDF5732, ("Minutes - EHS Audit Close-out Meeting", "Jack Shi", "D:20260623101500+08'00'",
                              "D:20260623101500+08'00'"))
    att = attachment("application/pdf", "EHS_audit_close-out_minutes_20260622.pdf", data)
    return mail(num=5732, org=BS, client="outlook365", frm=whoe("施文杰"),
                to=[who("Matthias Keller"), whoe("顾晓峰"), whoe("曹婧"), whoe("朱慧"), whoe("邵磊")],
                cc=[bot(BS)], subj="Minutes - EHS audit close-out meeting (22 June)",
                when=at("2026-06-23T10:30:18"), doc=D5732, cs="utf-8", cte="quoted-printable", lang="en-US",
                attach=[att])


case(5732, "english-pdf-attachment-closed-row-outlook365", "minutes",
     "Outlook 365 mail with a short body and the minutes in a PDF attachment: pipe table with Owner/Due, a 'Closed' row excluded, TBD; next meeting line in the PDF; sent the day after the Dragon Boat break",
     "4 items from the PDF 06-26/07-03/06-30/vague; next 07-07 15:00",
     build_5732,
     items=[I("曹婧", "Re-mark floor, add daily check (emergency exit blocked by pallets)", "2026-06-26",
              ("abs", "2026-06-26")),
            I("顾晓峰", "Buy LOTO kits and retrain operators", "2026-07-03", ("abs", "2026-07-03")),
            I("施文杰", "Print and post SDS for all cabinets", "2026-06-30", ("abs", "2026-06-30")),
            I("朱慧", "Approve capex request for new eyewash stations", None, None, flags=["vague_due"])],
     nf=NF("2026-07-07", "15:00", ("abs", "2026-07-07")),
     notes="Sent Tue 2026-06-23. The body only points to the PDF; the gold is what a reader of the PDF records. Row 4 is "
           "'Closed' (done) -> not an item. The task is the Action column (with the finding where it helps). Owners by "
           "English name (roster aliases). TBD -> vague_due. Summary line (audit 15-17 June) is a fact. Next meeting 7 "
           "July 2026 15:00.")


# --------------------------------------------------------------------------- 5733
D5733 = ["""IT monthly sync - 2026-06-29

Attendees: Leo, Helen, Kevin, Matthias (first 20 min)

Notes
- SAP S/4 upgrade test passed in QAS; go-live window proposed for 7/18-7/19 (weekend).
- MES interface still sends duplicate lot IDs about twice a week.
- New laptops for the QC lab arrived and were handed out last Friday.

Action: Leo - send the SAP transport freeze notice to key users by 7/1
Action: Helen - sign off the finance test cases, due 7/3
Action: Kevin - nominate 2 key users from Production for cut-over support by Thursday
Action: Leo / MES vendor - root cause for the duplicate lot IDs, ASAP

No next meeting scheduled yet - I'll send an invite once HQ confirms the go-live window.

--
Leo Shao
IT | Brandt Solartechnik (Nantong)
"""]


def build_5733():
    return mail(num=5733, org=BS, client="thunderbird", frm=whoe("邵磊"),
                to=[whoe("朱慧"), whoe("顾晓峰"), who("Matthias Keller")], cc=[bot(BS)],
                subj="IT monthly sync - notes & actions", when=at("2026-06-29T09:15:37"), doc=D5733, cs="utf-8",
                cte="8bit", parts="text", lang="en-US")


case(5733, "english-action-lines-thunderbird-8bit", "minutes",
     "Thunderbird 8bit text-only English notes with 'Action: Name - task' lines: M/D dates (7/1, 7/3; the go-live 7/18-7/19 is a fact), 'by Thursday', 'Leo / MES vendor … ASAP' (internal person owns); 'No next meeting scheduled yet'",
     "4 items 07-01/07-03/07-02/vague; no follow-up",
     build_5733,
     items=[I("邵磊", "send the SAP transport freeze notice to key users", "2026-07-01", ("abs", "2026-07-01")),
            I("朱慧", "sign off the finance test cases", "2026-07-03", ("abs", "2026-07-03")),
            I("顾晓峰", "nominate 2 key users from Production for cut-over support", "2026-07-02", ("weekday", "Thu")),
            I("邵磊", "root cause for the duplicate lot IDs", None, None, flags=["vague_due"])],
     notes="Sent Mon 2026-06-29 by Leo (邵磊). 7/1 and 7/3 are month/day (July). by Thursday -> 07-02. The last action "
           "names 'Leo / MES vendor': the internal person Leo owns it, the vendor supports (AMBIGUOUS); ASAP -> vague_due. "
           "Notes are facts (the handed-out laptops are done). 'No next meeting scheduled yet' -> next_followup null.")


# --------------------------------------------------------------------------- 5734
T5734 = Table([
    ["序号", "事项", "责任人", "完成时间", "备注"],
    ["1", "组件层压工序温度曲线优化", "顾晓峰（主责）/陆燕（配合）", "7月15日前", ""],
    ["2", "返修组件入库流程修订", "陆燕", "下周二", ""],
    ["3", "焊带库存安全水位调整", "季明", "本月底", "需HQ确认"],
    ["4", "车间空调能耗改造方案", "施文杰牵头，设备组配合", "待定", "等供应商报价"],
    ["5", "6月良率周报模板统一", "顾晓峰", "已完成", ""],
])
D5734 = ["""各位：

今天生产质量月度会的事项表如下：

""", T5734, """
会议结论：7月起层压工序首检改为每班两次。

下次会议：7月16日（周四）下午4点，Rhine会议室。

顾晓峰
生产部
"""]


def build_5734():
    return mail(num=5734, org=BS, client="outlook365", frm=whoe("顾晓峰"),
                to=[whoe("陆燕"), whoe("季明"), whoe("施文杰")], cc=[who("Matthias Keller"), bot(BS)],
                subj="生产质量月度会事项表", when=at("2026-07-09T17:50:26"), doc=D5734, cs="utf-8",
                cte="quoted-printable", lang="zh-CN")


case(5734, "zh-table-zhuze-done-row-outlook365", "minutes",
     "Outlook 365 Chinese HTML table (tab-separated text part) at the foreign-invested plant: 主责/配合 in one cell, '牵头，设备组配合', 7月15日前 / 下周二 / 本月底 / 待定, an 已完成 row; a 会议结论 line; 下次会议 label",
     "4 items 07-15/07-14/07-31/vague; next 07-16 16:00",
     build_5734,
     items=[I("顾晓峰", "组件层压工序温度曲线优化", "2026-07-15", ("abs", "2026-07-15")),
            I("陆燕", "返修组件入库流程修订", "2026-07-14", ("nextweek", "Tue")),
            I("季明", "焊带库存安全水位调整", "2026-07-31", ("month_end",)),
            I("施文杰", "车间空调能耗改造方案", None, None, flags=["vague_due"])],
     nf=NF("2026-07-16", "16:00", ("abs", "2026-07-16", "Thu")),
     notes="Sent Thu 2026-07-09. Owners: the 主责 person in '顾晓峰（主责）/陆燕（配合）', and 施文杰 in '施文杰牵头，设备组配合'. "
           "下周二 -> 07-14; 本月底 -> 07-31; 待定 -> vague_due. Row 5 is 已完成 -> not an item. 备注 cells are remarks. "
           "会议结论 is a decision. 下次会议 7月16日（周四）下午4点 -> 2026-07-16 16:00.")


# --------------------------------------------------------------------------- 5735
D5735 = ["""Minutes Assistant - please track the action items below.
Jimmy, please make sure item 2 is settled before my trip to Freiburg.

Thanks,
Matthias

From: Jimmy Ji (季明) <jimmy.ji@brandt-solar.example.com>
Sent: Thursday, July 9, 2026 6:12 PM
To: Matthias Keller <matthias.keller@brandt-solar.example.com>
Cc: Yvonne Lu (陆燕) <yvonne.lu@brandt-solar.example.com>; Helen Zhu (朱慧) <helen.zhu@brandt-solar.example.com>
Subject: Minutes - Q2 QBR with Huicheng Cells

Hi Matthias,

Minutes of today's Q2 business review with Jiangsu Huicheng Cells (supplier):

- Q2 OTD 93%, quality PPM 410 (target 300).
- Huicheng will open a second cell line in September.

Action items:
1. Yvonne - send the 8D report for the June hot-spot complaint to Huicheng by 7/17
2. Jimmy - negotiate the Q3 price (target -3%) and report back by 7/24
3. Helen - clear the payment of the overdue invoice INV-2026-0611 by July 14
4. Huicheng (Mr. Xu) - provide the new cell datasheet and IEC certificates by 7/20

Next QBR: October, date TBD.

Best regards,
Jimmy
"""]


def build_5735():
    return mail(num=5735, org=BS, client="outlook365", frm=who("Matthias Keller"),
                to=[bot(BS)], cc=[whoe("季明"), whoe("陆燕"), whoe("朱慧")],
                subj="FW: Minutes - Q2 QBR with Huicheng Cells", when=at("2026-07-10T08:45:10"), doc=D5735,
                cs="utf-8", cte="quoted-printable", lang="en-US")


case(5735, "english-forwarded-qbr-preface-outlook365", "minutes",
     "Outlook 365 'FW:' with a preface (an instruction to the bot and a remark to Jimmy that is not an item) above an Outlook From/Sent/To/Cc/Subject block; the forwarded minutes are the items; supplier person 'Huicheng (Mr. Xu)'; ticket key kept out of the task; 'Next QBR: October, date TBD'",
     "4 items 07-17/07-24/07-14/07-20 (Mr. Xu); no follow-up",
     build_5735,
     items=[I("陆燕", "send the 8D report for the June hot-spot complaint to Huicheng", "2026-07-17",
              ("abs", "2026-07-17")),
            I("季明", "negotiate the Q3 price (target -3%) and report back", "2026-07-24", ("abs", "2026-07-24")),
            I("朱慧", "clear the payment of the overdue invoice", "2026-07-14", ("abs", "2026-07-14")),
            I(("raw", "Mr. Xu", None), "provide the new cell datasheet and IEC certificates", "2026-07-20",
              ("abs", "2026-07-20"))],
     notes="Sent Fri 2026-07-10: the GM forwards Thursday's minutes to the bot. The preface is an instruction and a remark "
           "('before my trip', no date) - not items. The Outlook header block starts the forwarded minutes, which must not "
           "be dropped as a quote. All dates are absolute (7/17, 7/24, July 14, 7/20). Item 4: a person in brackets after "
           "the supplier -> owner 'Mr. Xu', no address, department null. The invoice number is left out of the task. "
           "'Next QBR: October, date TBD' -> no next_followup.")


# --------------------------------------------------------------------------- 5736
OLD5736_MID = "<FR2P281MB1A2B3C4D5E6F7A8B9C0D@FR2P281MB1A2B.DEUP281.PROD.OUTLOOK.COM>"
D5736 = ["""Hi Julia, Pieter,

Notes from today's follow-up call (15:00-15:30 Beijing / 09:00 CEST):

- [x] First 40' HQ containers booked (Jenny) - done
- Shipment 1 (6 MW) leaves Shanghai on Jul 22.

Actions
1. Chloe - send the revised packing list and the insurance certificate to Pieter by Thursday
2. Jenny - confirm vessel and ETA for shipment 2 by Jul 24
3. Pieter - confirm the unloading crew for site Emmen, early next week
4. Kevin - schedule the pre-shipment inspection for shipment 2 with Yvonne, next Monday

Let's talk again same time next Tuesday.

Best,
Chloe

________________________________
From: Julia Wagner <julia.wagner@brandt-solar.example.com>
Sent: Wednesday, June 3, 2026 11:20 AM
To: Chloe Miao (缪晨) <chloe.miao@brandt-solar.example.com>; Jimmy Ji (季明) <jimmy.ji@brandt-solar.example.com>; Jenny Cao (曹婧) <jenny.cao@brandt-solar.example.com>; Pieter de Vries <p.devries@zonnepark-noord.example.nl>
Cc: Matthias Keller <matthias.keller@brandt-solar.example.com>
Subject: H2 order planning - Zonnepark Noord - minutes

Dear all,

Action items
- Chloe: send the updated price list incl. the new 450 W module to Pieter by Friday
- Jimmy: confirm cell allocation for the 18 MW with the supplier within 3 working days
- Jenny: book the first 40' HQ containers by June 12

Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)
"""]


def build_5736():
    return mail(num=5736, org=BS, client="outlook365", frm=whoe("缪晨"),
                to=[who("Julia Wagner"), who("Pieter de Vries")],
                cc=[whoe("曹婧"), whoe("顾晓峰"), whoe("陆燕"), bot(BS)],
                subj="RE: H2 order planning - Zonnepark Noord - minutes", when=at("2026-07-14T16:40:09"),
                doc=D5736, cs="utf-8", cte="quoted-printable", lang="en-US", irt=OLD5736_MID, refs=OLD5736_MID)


case(5736, "english-new-minutes-re-old-thread-outlook365", "minutes",
     "Outlook 365 'RE:' in the June thread: new call notes on top ('[x] … done' line excluded; by Thursday, by Jul 24, 'early next week', next Monday), the June minutes with their own actions and next sync quoted below (not items); 'same time next Tuesday' with the time given in the first line",
     "4 items 07-16/07-24/vague/07-20; next 07-21 15:00",
     build_5736,
     items=[I("缪晨", "send the revised packing list and the insurance certificate to Pieter", "2026-07-16",
              ("weekday", "Thu")),
            I("曹婧", "confirm vessel and ETA for shipment 2", "2026-07-24", ("abs", "2026-07-24")),
            I("Pieter de Vries", "confirm the unloading crew for site Emmen", None, None, flags=["vague_due"]),
            I("顾晓峰", "schedule the pre-shipment inspection for shipment 2", "2026-07-20", ("nextweek", "Mon"))],
     nf=NF("2026-07-21", "15:00", ("nextweek", "Tue")),
     notes="Sent Tue 2026-07-14 as a reply in the 06-03 thread (5731). Only the new part counts; the quoted June actions "
           "and 'Next sync: Tue Jun 9' are old. '[x] … done' is status. by Thursday -> 07-16; 'early next week' is vague -> "
           "vague_due (customer-owned, roster outsider); 'next Monday' -> 07-20; 'with Yvonne' makes her a helper, Kevin "
           "(顾晓峰) owns it. 'same time next Tuesday' = 15:00 Beijing as stated in the first line -> 2026-07-21 15:00.")


# --------------------------------------------------------------------------- 5737 (auto)
def build_5737():
    when = at("2026-07-14T08:40:15", "+00:00")
    seed = "heldout29-5737"
    bad = "p.devries@zonnepark-nord.example.nl"
    recap = bot_recap_id(BS, "recap-5736")
    human = ("Your message to p.devries@zonnepark-nord.example.nl couldn't be delivered.\n\n"
             "zonnepark-nord.example.nl wasn't found.\n\n"
             "minutes    Office 365    zonnepark-nord.example.nl\n"
             "Sender     Action Required    Recipient\n\n"
             "How to Fix It\n"
             "The recipient's domain doesn't exist. Check the address for typos and resend the message.\n\n"
             "Original Message Details\n"
             "Created Date: 7/14/2026 8:40:09 AM\n"
             "Sender Address: minutes@brandt-solar.example.com\n"
             "Recipient Address: p.devries@zonnepark-nord.example.nl\n"
             "Subject: Re: RE: H2 order planning - Zonnepark Noord - minutes\n")
    dsn = ("Reporting-MTA: dns;FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM\n"
           "Received-From-MTA: dns;mail.brandt-solar.example.com\n"
           "Arrival-Date: Tue, 14 Jul 2026 08:40:09 +0000\n\n"
           f"Final-Recipient: rfc822;{bad}\nAction: failed\nStatus: 5.4.310\n"
           "Diagnostic-Code: smtp;550 5.4.310 DNS domain zonnepark-nord.example.nl does not exist [Message=InfoDomainNonexistent]\n")
    orig = ("From: " + addr(*BOT[BS]) + "\nTo: " + bad + "\n"
            "Subject: Re: RE: H2 order planning - Zonnepark Noord - minutes\n"
            "Date: Tue, 14 Jul 2026 16:40:09 +0800\nMessage-ID: " + recap + "\n"
            "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: OOF, AutoReply\nMIME-Version: 1.0\n")
    parts = [text_leaf(human, "us-ascii", "7bit", "plain", '"us-ascii"'),
             Leaf("message/delivery-status", dsn.encode(), "7bit"),
             Leaf("text/rfc822-headers", orig.encode(), "7bit")]
    body = Multi("report", "_" + h(seed, 8) + "-" + h(seed + "b", 4) + "-" + h(seed + "c", 4) + "_",
                 parts, extra_params=" report-type=delivery-status;")
    H = [("From", addr("Microsoft Outlook", "postmaster@brandt-solar.example.com")), ("To", BOT[BS][1]),
         ("Date", rfcdate(when)), ("Subject", "Undeliverable: Re: RE: H2 order planning - Zonnepark Noord - minutes"),
         ("Message-ID", f"<{uuid_like(seed)}@FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM>"),
         ("In-Reply-To", recap), ("References", recap), ("MIME-Version", "1.0"),
         ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
         ("Content-Language", "en-US")]
    trace = trace_headers("", BOT[BS][1], MX[BS][0], "FR2P281MB0123.DEUP281.PROD.OUTLOOK.COM", "40.107.135.80", when,
                          hU(seed + "qid", 11))
    return message(trace, H, body)


case(5737, "auto-ndr-exchange-online-bad-domain", "auto",
     "Exchange Online NDR (multipart/report; report-type=delivery-status, 'Undeliverable:', X-MS-Exchange-Message-Is-Ndr, Return-Path <>) for the bot's recap of 5736 sent to a misspelt customer domain; the subject carries the minutes title",
     "kind auto, no items",
     build_5737,
     notes="A bounce for the recap the bot sent after 5736 (this deployment has recap_external = true; the customer's address was copied with a typo, "
           "zonnepark-nord instead of zonnepark-noord). From postmaster, empty Return-Path, Auto-Submitted, a DSN part: "
           "machine mail, kind auto, no items, never answered. Date Tue 2026-07-14 08:40 +0000 (16:40 in Shanghai).")


# --------------------------------------------------------------------------- 5738 (auto)
def build_5738():
    when = at("2026-06-29T01:32:04", "+00:00")
    seed = "heldout29-5738"
    text = ("Leo Shao created IT-482\n\n"
            "IT-482: Send SAP transport freeze notice to key users\n\n"
            "Issue Type: Task\nAssignee: Leo Shao\nReporter: Leo Shao\nPriority: High\n"
            "Due date: 01/Jul/26\nComponents: SAP S/4 upgrade\n\n"
            "Description:\nFreeze all transports to PRD from 7/3 until go-live (7/18-7/19). Notify key users "
            "by 7/1. Owner: Leo. Next review: Thu 2 Jul 10:00.\n\n"
            "View issue: https://jira.brandt-solar.example.com/browse/IT-482\n\n"
            "This message was sent by Atlassian Jira (v9.12.4#9120004-sha1:9d1c6f1)\n"
            "You are receiving this because you are watching the project IT. Manage notifications: "
            "https://jira.brandt-solar.example.com/secure/ViewProfile.jspa\n")
    html_ = ("<html><body><table><tr><td><b>Leo Shao</b> created "
             "<a href=\"https://jira.brandt-solar.example.com/browse/IT-482\">IT-482</a></td></tr>"
             "<tr><td>Send SAP transport freeze notice to key users</td></tr>"
             "<tr><td>Assignee: Leo Shao<br>Due date: 01/Jul/26<br>Priority: High</td></tr>"
             "<tr><td>Freeze all transports to PRD from 7/3 until go-live (7/18-7/19). Notify key users by 7/1. "
             "Owner: Leo. Next review: Thu 2 Jul 10:00.</td></tr>"
             "<tr><td>This message was sent by Atlassian Jira (v9.12.4#9120004-sha1:9d1c6f1)</td></tr>"
             "</table></body></html>\n")
    body = Multi("alternative", "----=_Part_" + str(int(h(seed, 6), 16)) + "_" + str(int(h(seed + "x", 8), 16))
                 + ".1782696724000", [text_leaf(text, "utf-8", "quoted-printable", "plain", "UTF-8"),
                                      text_leaf(html_, "utf-8", "quoted-printable", "html", "UTF-8")])
    H = [("Date", rfcdate(when)),
         ("From", addr("Leo Shao (Jira)", "jira@brandt-solar.example.com")),
         ("Reply-To", "jira@brandt-solar.example.com"), ("To", BOT[BS][1]),
         ("Message-ID", f"<JIRA.48211.{int(when.timestamp())}000@Atlassian.JIRA>"),
         ("Subject", "[JIRA] (IT-482) Send SAP transport freeze notice to key users"),
         ("MIME-Version", "1.0"), ("X-JIRA-FingerPrint", h(seed, 32)),
         ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
         ("X-Auto-Response-Suppress", "All")]
    trace = trace_headers("jira@brandt-solar.example.com", BOT[BS][1], MX[BS][0], "jira.brandt-solar.example.com",
                          "10.55.0.40", when, hU(seed + "qid", 11))
    return message(trace, H, body)


case(5738, "auto-jira-notification-due-date", "auto",
     "Atlassian Jira notification (Auto-Submitted: auto-generated, Precedence: bulk) created from the IT meeting's action: Assignee, 'Due date: 01/Jul/26', 'Owner:' and 'Next review:' lines that look like minutes",
     "kind auto, no items",
     build_5738,
     notes="Machine-generated Jira mail (the bot's address was added as a watcher). It has an assignee, a due date and a "
           "'Next review' line but nobody wrote it: Auto-Submitted: auto-generated and Precedence: bulk -> kind auto, no "
           "items, no follow-up, never answered. Date Mon 2026-06-29 01:32 +0000 (09:32 Shanghai).")

# ===========================================================================
# README, build, check
# ===========================================================================

README_HEAD = """# Blind held-out set "heldout29": minutes mails CC'd to minutebot (cases 5701-5738)

Written without reading minutebot's code, tests or test data. `make_heldout29.py` writes every file here
(`python3 make_heldout29.py .`); `python3 make_heldout29.py --check .` re-parses every `.eml` with
`email.policy.default` (no message, part or header defects; every text part decodes strictly with its declared
charset), recomputes every gold date and time from the message's own `Date` header in Asia/Shanghai with
`chinesecalendar` (working days, holidays, make-up days), checks each task/owner against the decoded text (body, HTML,
.docx, PDF), and compares the files on disk with a fresh, deterministic build. Needs `chinesecalendar`
(venv: `/work/blind/venv`).

Counts: {counts}. Send dates 2026-04-02 .. 2026-07-14, around Qingming (04-04..04-06 off), Labour Day (05-01..05-05 off,
Saturday 05-09 a make-up working day) and Dragon Boat (06-19..06-21 off).

## Organisations

| org | kind | domain | bot address | mail clients used |
| --- | --- | --- | --- | --- |
| 兰州陇运公交集团有限公司 (Longyun Bus Group, Lanzhou) | state-owned city bus operator | `longyunbus.example.cn` | `minutes@longyunbus.example.cn` (纪要助手) | Coremail webmail, Outlook zh-CN, 企业微信 mail |
| 汕头市澄海区乐鸣玩具实业有限公司 (Leming Toys, Shantou) | private toy manufacturer | `lemingtoys.example.cn` | `minutes@lemingtoys.example.cn` (纪要助手) | Foxmail, Tencent Exmail, 网易邮箱大师 (iOS), Thunderbird |
| 贵州黔云数智科技有限公司 (Qianyun Digital, Guiyang) | cloud / hospital SaaS services | `qianyun.example.cn` | `minutes@qianyun.example.cn` (会议纪要机器人) | Feishu/Lark mail, Apple Mail (macOS), iPhone Mail |
| Brandt Solartechnik (Nantong) Co., Ltd. | German-invested PV-module exporter, English-speaking staff, HQ in Freiburg | `brandt-solar.example.com` | `minutes@brandt-solar.example.com` (Minutes Assistant) | Outlook for Microsoft 365, Outlook on the web, Thunderbird |

Outside writers and owners (in `roster.csv` with an empty department): 郝建平 (Taiyuan bus maker 晋腾新能源客车, writes from
163.com webmail), 張志明 (Taiwan mold maker 鼎豐模具, Outlook zh-TW, Big5), Hannah Price (UK customer Brightwood Toys,
Gmail), 陆敏 (customer hospital group 黔康医院集团 信息科, DingTalk/Alimail), Pieter de Vries (Dutch customer Zonnepark Noord).
People who appear only in headers (Tom Ellis, 吳建宏, 张伟 of the hospital) or only in the text (王海涛, 刘春梅, Mr. Xu)
are not in the roster.

Every message carries `Return-Path`, `Delivered-To` and one `Received` line added by the bot's receiving server
(Postfix on the org's own mail host); the client's own headers follow.

## Gold format

The corpus README's schema, flat fields, exactly:

```text
{{"kind": "minutes" | "other" | "auto",
 "items": [{{"owner_name": "张三" | null, "owner_email": "..." | null, "department": "..." | null,
            "task": "...", "due_date": "2026-04-10" | null, "due_time": "17:00" | null,
            "flags": ["no_owner" | "vague_due" | "no_due"]}}],
 "next_followup": {{"date": "2026-04-21", "time": "09:00" | null}} | null,
 "reply": null,
 "notes": "what the case tests and why the gold is what it is"}}
```

Items are listed in the minutes' reading order (there is no number field in this schema). Times are Asia/Shanghai.

## Conventions applied beyond the corpus README and the prompt (a scorer must know them)

1. **Unit owners**: `department` is the unit as written when it belongs to the writer's organisation, also a sub-unit
   that is not a roster department (5708 综合组) and an English team name mapped to our department (5715 'Leming QA' ->
   品质部; both AMBIGUOUS); null for another organisation's unit (5724 院方网络组) and for 双方.
2. **People outside the roster**: the address of the To/Cc entry with that display name (5714 吳建宏, 5715 Tom Ellis);
   name as written with email null when in no header (5708 王海涛/刘春梅, 5735 'Mr. Xu'); department null.
3. **@handles** in markdown to-dos are roster e-mail local parts (@shilei = 石磊, 5722).
4. **跨部门协作事项跟踪表**: the row's owner is 责任人（发起方）; 责任人（协作方） plays the 配合 role (5706, AMBIGUOUS).
5. **'A / vendor'** with one internal person and an outside party: the internal person owns it (5733, AMBIGUOUS).
6. **Vague words**: 待定, TBD, 时间待定, 另行商定, 待…后再议 and 'early next week' -> vague_due; 'no date yet' or no deadline
   at all -> no_due.
7. **节前 / 端午节前** = the last working day before the coming holiday block; **节后第一个工作日** = the first working day
   after the next holiday block.
8. **Hour spans** (24小时内) count from the Date header and give `due_time` (5725); '7×24小时' is a duty pattern, not a
   deadline.
9. **Foreign time zones**: every phrase is resolved on the Asia/Shanghai date of the Date header (5730: Sunday 23:50 UTC
   = Monday in Shanghai). A next meeting written in two zones takes the Beijing time given (5715, 5731).
10. **'同一时间' / 'same time next X'** = the next such weekday at this meeting's start time as stated in the mail (5704,
   5722, 5736).
11. **Numeric M/D** (4/30, 5/22, 7/1) is month/day in 2026.
12. **Attachments**: when the minutes are in a .docx/.pdf, the gold is what a human reading the attachment records
   (5703 .docx, 5732 PDF).
13. **AI meeting minutes** (飞书 智能纪要, 钉钉AI听记, 腾讯会议 智能纪要): only the 待办 section holds items; a 待办 marked
   已完成 is status.
14. **Traditional-Chinese minutes** keep the task text as written (5714); roster aliases carry the traditional names.
15. **Person-written mail to an all-staff list** (a bulletin) is `other`, not `auto`, when it has no bulk/list/auto headers.
16. **Forwarded minutes**: the forwarder's preface (instructions to the bot, remarks without a deadline) is not an item;
   the forwarded minutes are (5708, 5721, 5735).

## Client and encoding notes

- Charsets: UTF-8 (most), GBK (5701, 5705, 5710, 5718), gb2312 label with GB2312-only text (5702, 5708), gb18030 (5711),
  Big5 (5714), us-ascii (5737). Transfer encodings: base64, quoted-printable (5702, 5704, 5706, 5715, 5716, 5721, 5722,
  5726, 5729, 5731, 5732, 5734-5736, 5738), 8bit (5733). Display names and subjects are RFC 2047 B-encoded in the
  message's charset.
- Structures: multipart/alternative (most); text/plain only (5707, 5710, 5716, 5722, 5725, 5726, 5733); text/html only
  (5709, 5720); multipart/mixed with a .docx (5703) or a PDF (5732); multipart/report DSN (5737).
- Dates: +0800 except 5715 (+0100, UK), 5731 (+0200, Freiburg), 5730/5737/5738 (+0000). Coremail adds '(GMT+08:00)',
  163 web '(CST)'.
- Quote/forward styles: Coremail '-----原始邮件-----' (5704); Outlook zh-CN '发件人:/发送时间:' (5708); Outlook 365
  'From:/Sent:' (5735, 5736); Apple Mail '开始转发的邮件：' (5721).

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
        if set(gold) != {"kind", "items", "next_followup", "reply", "notes"}:
            errors.append(f"{c.name}: gold keys {sorted(gold)}")
        if c.kind != "minutes":
            if gold["items"] or gold["next_followup"]:
                errors.append(f"{c.name}: {c.kind} with items or follow-up")
        bots = [b[1] for b in BOT.values()]
        if c.kind in ("minutes", "other") and not any(b in heads or b in str(msg["Delivered-To"]) for b in bots):
            errors.append(f"{c.name}: bot not addressed")
        for n, it in enumerate(c.items, 1):
            g = it.gold()
            tag = f"{c.name} item {n}"
            if set(g) != {"owner_name", "owner_email", "department", "task", "due_date", "due_time", "flags"}:
                errors.append(f"{tag}: item keys")
            if not set(g["flags"]) <= {"no_owner", "vague_due", "no_due"} or len(set(g["flags"])) != len(g["flags"]):
                errors.append(f"{tag}: flags {g['flags']}")
            if it.rule is None:
                if it.due is not None or it.time is not None or not ({"vague_due", "no_due"} & set(it.flags)):
                    errors.append(f"{tag}: no rule but due {it.due} flags {it.flags}")
                if {"vague_due", "no_due"} <= set(it.flags):
                    errors.append(f"{tag}: both vague_due and no_due")
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
            if (g["owner_name"] is None) != ("no_owner" in it.flags):
                errors.append(f"{tag}: owner/no_owner mismatch")
            if g["owner_name"] is None and g["owner_email"] is not None:
                errors.append(f"{tag}: email without owner")
            if g["owner_name"]:
                names = aliases.get(g["owner_name"], [g["owner_name"]])
                if not any(x in alltext for x in names) and not (
                        "@" + (g["owner_email"] or "?").split("@")[0] in alltext):
                    errors.append(f"{tag}: owner {g['owner_name']} not written in the text")
                if g["owner_email"] and g["owner_name"] not in R and g["owner_email"] not in str(raw, "latin-1"):
                    errors.append(f"{tag}: outsider address {g['owner_email']} not in any header")
            tn = _norm(it.task)
            cover = sum(1 for ch in set(tn) if ch in ntext) / max(1, len(set(tn)))
            if cover < 0.8:
                errors.append(f"{tag}: task text not found in the mail ({cover:.2f}): {it.task}")
        if c.nf:
            d, _ = resolve(c.nf.rule, sent)
            if d.isoformat() != c.nf.date:
                errors.append(f"{c.name}: next_followup {c.nf.date} but {c.nf.rule} gives {d}")
            if c.nf.date[:4] != "2026":
                errors.append(f"{c.name}: follow-up outside 2026")
        if not c.notes or len(c.notes) < 80:
            errors.append(f"{c.name}: notes too short")
    nums = [c.num for c in CASES]
    if nums != list(range(5701, 5739)):
        errors.append(f"case numbers are not 5701..5738: {nums}")
    for e in errors:
        print("FAIL", e)
    print(f"checked {len(CASES)} cases: {'OK' if not errors else str(len(errors)) + ' problem(s)'}")
    return not errors


if __name__ == "__main__":
    args = sys.argv[1:]
    if args and args[0] == "--check":
        sys.exit(0 if check(args[1] if len(args) > 1 else HERE) else 1)
    os.makedirs(args[0] if args else HERE, exist_ok=True)
    write(args[0] if args else HERE)
    sys.exit(0 if check(args[0] if args else HERE) else 1)    # (added when the set joined the tests: write, then check)

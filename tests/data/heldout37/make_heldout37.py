#!/usr/bin/env python3
"""Generator for the blind held-out set "heldout37" (cases 6501-6538).

Minutes mails (and a few other/auto mails) CC'd to minutebot by four invented organisations:

* 连云港市墟沟港区管理局 (xgport.example.cn)          -- a district port authority (government office),
  with the customs broker 连云港港顺报关有限公司 (gangshun-customs.example.com) as outside party
* 潮州澜峰陶瓷卫浴有限公司 (lanfeng-sw.example.cn)    -- private sanitary-ceramics maker,
  with its US importer Harbor Bath Supply (harborbath.example.com)
* 义乌热浪直播电商服务有限公司 (relang-live.example.cn) -- livestream e-commerce agency,
  with its brand client 洁美日用 (jiemei-home.example.com)
* 昆山鼎宏精密電子有限公司 (dinghong-ks.example.com)  -- Taiwanese-owned electronics plant,
  with its German equipment supplier Kessler Messtechnik GmbH (kessler-mt.example.de)

Usage:
    python3 make_heldout37.py            # (re)write every .eml/.json, roster.csv and README.md here
    python3 make_heldout37.py --check    # re-parse and re-verify everything that is on disk

The script is deterministic: no clock reads, no randomness (ids are hashes of the case number),
the .docx zip entries carry fixed timestamps and the PDF is written with reportlab's invariant=1.
Run it with a Python that has chinesecalendar, python-docx, reportlab and pypdf
(/work/blind/venv/bin/python).
"""
import base64
import datetime as dt
import email
import hashlib
import html
import io
import json
import os
import quopri
import re
import sys
import zipfile
from email import policy
from email.generator import BytesGenerator
from email.message import Message

OUT = os.path.dirname(os.path.abspath(__file__))
SH = dt.timezone(dt.timedelta(hours=8), "CST")  # Asia/Shanghai has had no DST since 1991

# --------------------------------------------------------------------------------------------
# small deterministic helpers
# --------------------------------------------------------------------------------------------


def hx(seed, n=16, upper=False):
    h = hashlib.sha256(seed.encode("utf-8")).hexdigest()
    while len(h) < n:
        h += hashlib.sha256(h.encode()).hexdigest()
    h = h[:n]
    return h.upper() if upper else h


def digits(seed, n):
    return "".join(str(int(c, 16) % 10) for c in hx(seed, n))


CODECS = {"gb2312": "gb2312", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5",
          "utf-8": "utf-8", "us-ascii": "ascii", "iso-8859-1": "latin-1"}


def codec(charset):
    return CODECS[charset.lower()]


DOW_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def at(y, mo, d, h, mi, s, off_minutes=480):
    """an aware datetime in the given UTC offset (minutes)"""
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(dt.timedelta(minutes=off_minutes)))


def fmt_date(d, pad=False):
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    day = "%02d" % d.day if pad else str(d.day)
    return "%s, %s %s %d %02d:%02d:%02d %s%02d%02d" % (
        DOW_EN[d.weekday()], day, MON_EN[d.month - 1], d.year, d.hour, d.minute, d.second,
        sign, mins // 60, mins % 60)


def server_time(d, secs):
    """the receiving server's clock (+0800) a few seconds after the client's Date"""
    t = (d + dt.timedelta(seconds=secs)).astimezone(SH)
    return fmt_date(t) + " (CST)"


# --------------------------------------------------------------------------------------------
# RFC 2047 / header helpers
# --------------------------------------------------------------------------------------------
Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def _word(s, charset, enc):
    b = s.encode(codec(charset))
    if enc == "B":
        body = base64.b64encode(b).decode("ascii")
    else:
        body = "".join(chr(c) if c in Q_SAFE else ("_" if c == 0x20 else "=%02X" % c) for c in b)
    return "=?%s?%s?%s?=" % (charset, enc, body)


def enc_words(text, charset="utf-8", enc="B", maxlen=75):
    """split text into encoded words of at most maxlen chars, never inside a character"""
    words, cur = [], ""
    for ch in text:
        if cur and len(_word(cur + ch, charset, enc)) > maxlen:
            words.append(_word(cur, charset, enc))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(_word(cur, charset, enc))
    return words


def htext(text, charset="utf-8", enc="B"):
    """an unstructured header value (Subject, Thread-Topic): plain when ASCII, else encoded words"""
    if all(ord(c) < 128 for c in text):
        return text
    return " ".join(enc_words(text, charset, enc))


SPECIALS = set('()<>[]:;@\\,."')


def addr(name, mail, charset="utf-8", enc="B", quote=True):
    if not name:
        return "<%s>" % mail if quote else mail
    if all(ord(c) < 128 for c in name):
        if any(c in SPECIALS for c in name) or quote:
            return '"%s" <%s>' % (name.replace('"', '\\"'), mail)
        return "%s <%s>" % (name, mail)
    return "%s <%s>" % (" ".join(enc_words(name, charset, enc)), mail)


def _tokens(value):
    out, cur, inq = [], "", False
    for ch in value:
        if ch == '"':
            inq = not inq
        if ch == " " and not inq:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return out


def fold(name, value, limit=76):
    """fold a header value at spaces (outside quotes) so that lines stay within limit"""
    if "\n" in value:
        return value
    if name.lower() in ("from", "to", "cc", "reply-to", "bcc", "sender"):
        parts = value.split(", ")
        lines, cur = [], ""
        for i, a in enumerate(parts):
            a = a + ("," if i < len(parts) - 1 else "")
            budget = limit - (len(name) + 2 if not lines else 1)
            if cur and len(cur) + 1 + len(a) > budget:
                lines.append(cur)
                cur = a
            else:
                cur = (cur + " " + a) if cur else a
        lines.append(cur)
        return "\n ".join(lines)
    toks = _tokens(value)
    lines, cur = [], ""
    first = len(name) + 2
    for t in toks:
        budget = limit - (first if not lines else 1)
        if cur and len(cur) + 1 + len(t) > budget:
            lines.append(cur)
            cur = t
        else:
            cur = (cur + " " + t) if cur else t
    lines.append(cur)
    return "\n ".join(lines)


def addrs(items, sep=", "):
    return sep.join(items)


# --------------------------------------------------------------------------------------------
# MIME part builders (email package, compat32 so that prepared bytes pass through untouched)
# --------------------------------------------------------------------------------------------


def T(text, subtype="plain", charset="utf-8", cte="base64", eol="\r\n", q=True, extra="",
      headers=()):
    """a text part; text uses '\n', eol is what the sending client put inside the encoded body"""
    if not text.endswith("\n"):
        text += "\n"
    p = Message()
    cs = ('"%s"' % charset) if q else charset
    p["Content-Type"] = "text/%s; charset=%s%s" % (subtype, cs, extra)
    for n, v in headers:
        p[n] = v
    p["Content-Transfer-Encoding"] = cte
    data = text.encode(codec(charset))  # strict: every character must exist in the charset
    if cte == "base64":
        payload = base64.encodebytes(text.replace("\n", eol).encode(codec(charset))).decode("ascii")
    elif cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte in ("8bit", "7bit"):
        if cte == "7bit":
            data.decode("ascii")
        payload = data.decode("ascii", "surrogateescape")
    else:
        raise ValueError(cte)
    p.set_payload(payload)
    return p


def M(subtype, parts, boundary, preamble=None, extra=""):
    m = Message()
    m["Content-Type"] = 'multipart/%s;\n boundary="%s"%s' % (subtype, boundary, extra)
    for p in parts:
        m.attach(p)
    m.preamble = preamble
    return m


def A(data, ctype, filename, style="2231", disposition="attachment", headers=()):
    """an attachment; style '2047' is how Outlook/Foxmail write Chinese file names,
    '2231' is the RFC 2231 form (Thunderbird, Apple Mail, Gmail)"""
    p = Message()
    ascii_name = all(ord(c) < 128 for c in filename)
    if ascii_name:
        ct_name = '; name="%s"' % filename
        cd_name = '; filename="%s"' % filename
    elif style == "2047":
        w = " ".join(enc_words(filename, "utf-8", "B"))
        ct_name = ';\n name="%s"' % w
        cd_name = ';\n filename="%s"' % w
    else:
        from urllib.parse import quote as _q
        enc = _q(filename.encode("utf-8"), safe="")
        ct_name = ';\n name*=utf-8\'\'%s' % enc
        cd_name = ';\n filename*=utf-8\'\'%s' % enc
    p["Content-Type"] = ctype + ct_name
    for n, v in headers:
        p[n] = v
    p["Content-Transfer-Encoding"] = "base64"
    p["Content-Disposition"] = disposition + cd_name
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    return p


def assemble(headers, body, linesep="\r\n"):
    root = Message()
    placed = False
    for n, v in headers:
        if n == "__BODY__":
            for bn, bv in body.items():
                root[bn] = bv
            placed = True
            continue
        if v is None:
            continue
        root[n] = fold(n, v) if n.lower() not in ("received",) else v
    if not placed:
        for n, v in body.items():
            root[n] = v
    root.set_payload(body._payload)  # raw (surrogate-escaped for 8bit), not the decoded text
    root.preamble = body.preamble
    root.epilogue = body.epilogue
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False,
                   policy=policy.compat32.clone(linesep=linesep, max_line_length=0)).flatten(root)
    return buf.getvalue()


# --------------------------------------------------------------------------------------------
# body blocks -> text and HTML in the style of each client
# --------------------------------------------------------------------------------------------


class Table:
    def __init__(self, rows, header=True, style="grid", widths=None):
        self.rows = rows
        self.header = header
        self.style = style
        self.widths = widths


class QuoteHead:
    """Outlook's 发件人/发送时间 block (reply/forward separator)"""

    def __init__(self, lines):
        self.lines = lines


class Raw:
    """a raw HTML fragment with its own text rendering"""

    def __init__(self, html_, text):
        self.html = html_
        self.text = text


def render_text(blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
        elif isinstance(b, Table):
            out.append("\n".join("\t".join(r) for r in b.rows))
        elif isinstance(b, QuoteHead):
            out.append("\n".join(b.lines))
        elif isinstance(b, Raw):
            out.append(b.text)
    return "\n".join(out)


def esc(s):
    return html.escape(s, quote=False)


def _outlook_p(line, lang="ZH-CN"):
    if not line.strip():
        return "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>"
    return "<p class=MsoNormal>%s<span lang=EN-US><o:p></o:p></span></p>" % esc(line).replace(
        "  ", "&nbsp; ")


def _outlook_table(t):
    rows = []
    for i, r in enumerate(t.rows):
        cells = []
        for j, c in enumerate(r):
            w = (t.widths[j] if t.widths else 80)
            top = "border:solid windowtext 1.0pt" if i == 0 else "border:solid windowtext 1.0pt;border-top:none"
            if j > 0:
                top += ";border-left:none"
            bold = (i == 0 and t.header)
            txt = esc(c) if c else "<span lang=EN-US>&nbsp;</span>"
            if bold:
                txt = "<b>%s</b>" % txt
            cells.append("<td width=%d valign=top style='width:%.1fpt;%s;padding:0cm 5.4pt 0cm 5.4pt'>"
                         "<p class=MsoNormal>%s<span lang=EN-US><o:p></o:p></span></p></td>"
                         % (w, w * 0.75, top, txt))
        rows.append("<tr>%s</tr>" % "".join(cells))
    return ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 "
            "style='border-collapse:collapse;border:none'>%s</table>" % "".join(rows))


def _excel_table(t, font="等线"):
    """a range pasted from Excel into Outlook"""
    rows = []
    for i, r in enumerate(t.rows):
        cells = []
        for j, c in enumerate(r):
            w = (t.widths[j] if t.widths else 72)
            bg = "background:#D9E1F2;" if i == 0 else ""
            txt = esc(c) if c else "<o:p>&nbsp;</o:p>"
            cells.append("<td width=%d nowrap valign=bottom style='width:%.1fpt;border:solid windowtext 1.0pt;"
                         "%spadding:0cm 5.4pt 0cm 5.4pt;height:14.25pt'><p class=MsoNormal><span "
                         "style='font-size:11.0pt;font-family:%s;color:black'>%s</span></p></td>"
                         % (w, w * 0.75, bg, font, txt))
        rows.append("<tr style='height:14.25pt'>%s</tr>" % "".join(cells))
    return ("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 "
            "style='border-collapse:collapse'>%s</table>" % "".join(rows))


def _plain_table(t, border="1px solid #999"):
    rows = []
    for i, r in enumerate(t.rows):
        tag = "th" if (i == 0 and t.header) else "td"
        rows.append("<tr>%s</tr>" % "".join(
            "<%s style=\"border:%s;padding:4px 6px\">%s</%s>" % (tag, border, esc(c) if c else "&nbsp;", tag)
            for c in r))
    return ("<table style=\"border-collapse:collapse;font-size:14px\" cellspacing=\"0\" cellpadding=\"0\">"
            "<tbody>%s</tbody></table>" % "".join(rows))


FONT = {"ZH-CN": "等线", "ZH-TW": "新細明體", "EN-US": "Calibri"}


def outlook_html(blocks, charset, lang="ZH-CN", excel=False):
    font = FONT[lang]
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.extend(_outlook_p(ln) for ln in b.split("\n"))
        elif isinstance(b, Table):
            body.append(_excel_table(b, font) if (excel or b.style == "excel") else _outlook_table(b))
        elif isinstance(b, QuoteHead):
            inner = []
            for ln in b.lines:
                if ":" in ln[:12] or "：" in ln[:12]:
                    k, _, v = ln.partition(":") if ":" in ln[:12] else ln.partition("：")
                    inner.append("<b>%s:</b>%s<br>" % (esc(k), esc(v)))
                else:
                    inner.append(esc(ln) + "<br>")
            body.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                        "<p class=MsoNormal><span style='font-size:11.0pt;font-family:%s'>%s"
                        "<o:p></o:p></span></p></div>" % (font, "".join(inner)))
        elif isinstance(b, Raw):
            body.append(b.html)
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" '
        'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">'
        '<head><meta http-equiv=Content-Type content="text/html; charset=%s">'
        '<meta name=Generator content="Microsoft Word 15 (filtered medium)">'
        '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:%s;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n'
        'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\ttext-align:justify;\n\ttext-justify:inter-ideograph;'
        '\n\tfont-size:10.5pt;\n\tfont-family:%s;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n'
        '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 90.0pt 72.0pt 90.0pt;}\n'
        'div.WordSection1\n\t{page:WordSection1;}\n--></style></head>'
        '<body lang=%s link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word;text-justify-trim:punctuation\'>'
        '<div class=WordSection1>%s</div></body></html>' % (charset, font, font, lang, "\n".join(body)))


def div_html(blocks, charset, client):
    """HTML in the style of the web/desktop clients that write one <div> per line"""
    lines = []
    for b in blocks:
        if isinstance(b, str):
            for ln in b.split("\n"):
                if client in ("gmail", "apple", "owa", "feishu", "dingtalk", "wecom", "mailmaster", "exmail",
                              "coremail", "163", "foxmail", "qiye163", "notice"):
                    lines.append("<div>%s</div>" % (esc(ln) if ln.strip() else "<br>"))
        elif isinstance(b, Table):
            lines.append(_plain_table(b))
        elif isinstance(b, QuoteHead):
            lines.append("<div style=\"border-top:1px solid #ccc;padding-top:6px\">%s</div>"
                         % "<br>".join(esc(x) for x in b.lines))
        elif isinstance(b, Raw):
            lines.append(b.html)
    inner = "\n".join(lines)
    if client == "gmail":
        return '<div dir="ltr">%s</div>\n' % inner
    if client == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                '%s</body></html>' % (charset, inner))
    if client == "owa":
        return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
                '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
                'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s\n'
                '</div>\n</body>\n</html>\n' % (charset, inner))
    if client in ("coremail", "163", "qiye163"):
        return ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s</div>'
                % inner)
    if client == "foxmail":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s">'
                '<style>body { line-height: 1.5; }blockquote { margin-top: 0px; margin-bottom: 0px; '
                'margin-left: 0.5em; }body { font-size: 14px; font-family: \'Microsoft YaHei UI\'; color: rgb(0, 0, 0); '
                'line-height: 1.5; }</style></head><body>\n%s\n</body></html>' % (charset, inner))
    if client == "exmail":
        return ('<meta http-equiv="Content-Type" content="text/html; charset=%s">'
                '<div style="font-family: 微软雅黑, \'Microsoft YaHei\'; font-size: 14px;">%s</div>'
                % (charset.upper(), inner))
    if client == "feishu":
        return ('<html><head><meta charset="utf-8"></head><body><div style="font-family: -apple-system, '
                'BlinkMacSystemFont, \'PingFang SC\', \'Microsoft YaHei\', sans-serif; font-size: 14px; '
                'color: #1f2329;">%s</div></body></html>' % inner)
    if client == "dingtalk":
        return ('<div class="__aliyun_email_body_block"><div style="line-height:1.7;font-family:'
                'Tahoma,Arial,STHeiti,SimSun;font-size:14.0px;color:#000000;">%s</div></div>' % inner)
    if client == "wecom":
        return ('<meta http-equiv="Content-Type" content="text/html; charset=%s">'
                '<div style="font-size:14px;font-family:\'PingFang SC\',\'Microsoft YaHei\'">%s</div>'
                % (charset.upper(), inner))
    if client == "mailmaster":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>'
                '<body><div style="font-size: 14px; line-height: 1.66;">%s</div></body></html>' % (charset, inner))
    if client == "notice":
        return inner
    raise ValueError(client)


# --------------------------------------------------------------------------------------------
# trace headers written by the receiving server (and the sending server where realistic)
# --------------------------------------------------------------------------------------------

BOT = {
    "xg": ("纪要助手", "minutes@xgport.example.cn"),
    "lf": ("会议纪要助手", "minutes@lanfeng-sw.example.cn"),
    "rl": ("纪要机器人", "minutes@relang-live.example.cn"),
    "dh": ("Minutes Bot", "minutes@dinghong-ks.example.com"),
}
MX = {"xg": "mx.xgport.example.cn", "lf": "mx.lanfeng-sw.example.cn",
      "rl": "mx.relang-live.example.cn", "dh": "mx.dinghong-ks.example.com"}


def trace(org, cid, date, return_path, relay, hops=()):
    """Return-Path, Delivered-To and Received lines as the bot's MX stores them.
    relay: 'host (name [ip])' that handed the message to the MX.  hops: Received values written by
    the sending side, newest first, as (text, seconds after Date)."""
    bot = BOT[org][1]
    qid = hx(cid + "qid", 10, upper=True)
    out = [("Return-Path", return_path), ("Delivered-To", bot)]
    out.append(("Received", "from %s\n\tby %s (Postfix) with ESMTPS id 4f%s\n\tfor <%s>; %s"
                % (relay, MX[org], qid, bot, server_time(date, 3 + len(hops)))))
    for i, (text, secs) in enumerate(hops):
        out.append(("Received", "%s;\n\t%s" % (text, server_time(date, secs))))
    return out


# --------------------------------------------------------------------------------------------
# roster
# --------------------------------------------------------------------------------------------
ROSTER = [
    # name, email, department, manager_email, aliases
    # --- 连云港市墟沟港区管理局 ---
    ("魏振东", "weizhendong@xgport.example.cn", "局领导", "", "魏局;魏副局长;Wei Zhendong"),
    ("周海燕", "zhouhaiyan@xgport.example.cn", "办公室", "weizhendong@xgport.example.cn", "周主任;Zhou Haiyan"),
    ("陆晨", "luchen@xgport.example.cn", "办公室", "zhouhaiyan@xgport.example.cn", "小陆;Lu Chen"),
    ("蒋文斌", "jiangwenbin@xgport.example.cn", "口岸协调科", "weizhendong@xgport.example.cn", "蒋科;蒋科长;Jiang Wenbin"),
    ("许佳怡", "xujiayi@xgport.example.cn", "口岸协调科", "jiangwenbin@xgport.example.cn", "小许;Xu Jiayi"),
    ("葛志强", "gezhiqiang@xgport.example.cn", "安全监督科", "weizhendong@xgport.example.cn", "葛科长;老葛;Ge Zhiqiang"),
    ("彭宇航", "pengyuhang@xgport.example.cn", "安全监督科", "gezhiqiang@xgport.example.cn", "小彭;Peng Yuhang"),
    ("韩冬梅", "handongmei@xgport.example.cn", "规划建设科", "weizhendong@xgport.example.cn", "韩科长;Han Dongmei"),
    ("邵俊", "shaojun@xgport.example.cn", "规划建设科", "handongmei@xgport.example.cn", "邵工;Shao Jun"),
    ("王振", "wangzhen@xgport.example.cn", "规划建设科", "handongmei@xgport.example.cn", "王工;Wang Zhen"),
    ("严国栋", "yanguodong@xgport.example.cn", "运营管理科", "weizhendong@xgport.example.cn", "严科长;Yan Guodong"),
    ("房雪", "fangxue@xgport.example.cn", "运营管理科", "yanguodong@xgport.example.cn", "小房;Fang Xue"),
    ("戴晓峰", "daixiaofeng@gangshun-customs.example.com", "", "", "戴总;Dai Xiaofeng"),
    # --- 潮州澜峰陶瓷卫浴有限公司 ---
    ("林振鸿", "linzhenhong@lanfeng-sw.example.cn", "总经办", "", "林总;Lin Zhenhong"),
    ("陈锐彬", "chenruibin@lanfeng-sw.example.cn", "生产部", "linzhenhong@lanfeng-sw.example.cn", "陈经理;彬哥;Chen Ruibin"),
    ("蔡泽楷", "caizekai@lanfeng-sw.example.cn", "生产部", "chenruibin@lanfeng-sw.example.cn", "蔡主任;Cai Zekai"),
    ("黄晓纯", "huangxiaochun@lanfeng-sw.example.cn", "品管部", "linzhenhong@lanfeng-sw.example.cn", "黄经理;Sunny Huang;Sunny"),
    ("谢少鹏", "xieshaopeng@lanfeng-sw.example.cn", "品管部", "huangxiaochun@lanfeng-sw.example.cn", "谢工;小谢;Xie Shaopeng"),
    ("郑佩玲", "zhengpeiling@lanfeng-sw.example.cn", "外贸部", "linzhenhong@lanfeng-sw.example.cn", "郑经理;Peggy Zheng;Peggy"),
    ("许燕芝", "xuyanzhi@lanfeng-sw.example.cn", "外贸部", "zhengpeiling@lanfeng-sw.example.cn", "燕芝;Jessie Xu;Jessie"),
    ("卢志坚", "luzhijian@lanfeng-sw.example.cn", "研发部", "linzhenhong@lanfeng-sw.example.cn", "卢经理;Lu Zhijian"),
    ("翁俊杰", "wengjunjie@lanfeng-sw.example.cn", "研发部", "luzhijian@lanfeng-sw.example.cn", "翁工;Weng Junjie"),
    ("庄伟雄", "zhuangweixiong@lanfeng-sw.example.cn", "采购部", "linzhenhong@lanfeng-sw.example.cn", "庄经理;Zhuang Weixiong"),
    ("吴丹丹", "wudandan@lanfeng-sw.example.cn", "采购部", "zhuangweixiong@lanfeng-sw.example.cn", "丹丹;Wu Dandan"),
    ("韦志远", "weizhiyuan@lanfeng-sw.example.cn", "仓储物流部", "linzhenhong@lanfeng-sw.example.cn", "韦主管;仓储主管;Wei Zhiyuan"),
    ("詹秋萍", "zhanqiuping@lanfeng-sw.example.cn", "财务部", "linzhenhong@lanfeng-sw.example.cn", "詹经理;Zhan Qiuping"),
    ("钱美华", "qianmeihua@huaren-consult.example.com", "", "", "钱老师;Qian Meihua"),
    ("Megan Cole", "megan.cole@harborbath.example.com", "", "", "Megan;柯美根"),
    # --- 义乌热浪直播电商服务有限公司 ---
    ("张永康", "zhangyongkang@relang-live.example.cn", "总经办", "", "张总;Zhang Yongkang"),
    ("骆晓峰", "luoxiaofeng@relang-live.example.cn", "直播运营部", "zhangyongkang@relang-live.example.cn", "骆总监;峰哥;Luo Xiaofeng"),
    ("张思琪", "zhangsiqi@relang-live.example.cn", "直播运营部", "luoxiaofeng@relang-live.example.cn", "思琪;Siqi;Zhang Siqi"),
    ("冯磊", "fenglei@relang-live.example.cn", "直播运营部", "luoxiaofeng@relang-live.example.cn", "磊子;Leo Feng;Leo"),
    ("金梦瑶", "jinmengyao@relang-live.example.cn", "招商选品部", "zhangyongkang@relang-live.example.cn", "瑶瑶;金经理;Mia Jin;Mia"),
    ("吴欣怡", "wuxinyi@relang-live.example.cn", "主播经纪部", "zhangyongkang@relang-live.example.cn", "欣怡;Cindy Wu"),
    ("朱一鸣", "zhuyiming@relang-live.example.cn", "内容制作部", "zhangyongkang@relang-live.example.cn", "一鸣;Zhu Yiming"),
    ("王可心", "wangkexin@relang-live.example.cn", "客服售后部", "zhangyongkang@relang-live.example.cn", "王主管;可心;Wang Kexin"),
    ("贾斌", "jiabin@relang-live.example.cn", "仓配部", "zhangyongkang@relang-live.example.cn", "贾主管;Jia Bin"),
    ("何珊珊", "heshanshan@relang-live.example.cn", "财务部", "zhangyongkang@relang-live.example.cn", "珊珊;何会计;He Shanshan"),
    ("申屠雅婷", "shentuyating@jiemei-home.example.com", "", "", "雅婷;申屠经理;Shentu Yating"),
    # --- 昆山鼎宏精密電子有限公司 ---
    ("張志豪", "howard.chang@dinghong-ks.example.com", "总经理室", "", "张志豪;張副總;张副总;Howard;Howard Chang"),
    ("林怡君", "yvonne.lin@dinghong-ks.example.com", "品保部", "howard.chang@dinghong-ks.example.com", "林經理;林经理;Yvonne;Yvonne Lin"),
    ("陳建宏", "kevin.chen@dinghong-ks.example.com", "工程部", "howard.chang@dinghong-ks.example.com", "陈建宏;陳協理;陈协理;Kevin;Kevin Chen"),
    ("吳佩珊", "sandy.wu@dinghong-ks.example.com", "业务部", "howard.chang@dinghong-ks.example.com", "吴佩珊;Sandy;Sandy Wu"),
    ("蔡宗翰", "eric.tsai@dinghong-ks.example.com", "资讯部", "howard.chang@dinghong-ks.example.com", "Eric;Eric Tsai"),
    ("邱美玲", "meiling.chiu@dinghong-ks.example.com", "品保部", "yvonne.lin@dinghong-ks.example.com", "Meiling;Meiling Chiu"),
    ("周国华", "zhouguohua@dinghong-ks.example.com", "制造部", "howard.chang@dinghong-ks.example.com", "周國華;国华;國華;周经理;周經理;Zhou Guohua"),
    ("王建军", "wangjianjun@dinghong-ks.example.com", "制造部", "zhouguohua@dinghong-ks.example.com", "王建軍;王组长;王組長;Wang Jianjun"),
    ("顾晓雯", "guxiaowen@dinghong-ks.example.com", "生管部", "howard.chang@dinghong-ks.example.com", "顧曉雯;晓雯;曉雯;Vivian Gu;Vivian;Gu Xiaowen"),
    ("沈磊", "shenlei@dinghong-ks.example.com", "工程部", "kevin.chen@dinghong-ks.example.com", "沈工;Shen Lei"),
    ("Anna Schmidt", "anna.schmidt@kessler-mt.example.de", "", "", "Anna"),
]
R = {r[0]: r for r in ROSTER}


def P(name):
    """a roster person as owner: (owner_name, owner_email, department)"""
    r = R[name]
    return (r[0], r[1], r[2] or None)


def X(name, mail):
    """an outsider who is not in the roster: address from the From/To/Cc entry with that name"""
    return (name, mail, None)


def U(dept=None):
    """no person owns it (a unit, 双方, TBD); dept only when it is one of the organisation's"""
    return (None, None, dept)


class Item:
    def __init__(self, owner, task, due=None, time=None, rule=None, flags=()):
        self.owner = owner
        self.task = task
        self.due = due
        self.time = time
        self.rule = rule
        fl = list(flags)
        if owner[0] is None and "no_owner" not in fl:
            fl.insert(0, "no_owner")
        self.flags = [f for f in ("no_owner", "vague_due", "no_due") if f in fl]

    def gold(self):
        return {"owner_name": self.owner[0], "owner_email": self.owner[1], "department": self.owner[2],
                "task": self.task, "due_date": self.due, "due_time": self.time, "flags": self.flags}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# --------------------------------------------------------------------------------------------
# client header sets
# --------------------------------------------------------------------------------------------


def mid(style, cid, domain, date=None):
    if style == "outlook":
        return "<000001dc%s$%s$%s$@%s>" % (hx(cid + "a", 8), hx(cid + "b", 8), hx(cid + "c", 8), domain)
    if style == "exo":
        srv = "TYZPR06MB%s" % digits(cid + "srv", 4)
        return "<%s%s@%s.apcprd06.prod.outlook.com>" % (srv, hx(cid + "m", 28, upper=True), srv)
    if style == "exo_eu":
        srv = "FR2P281MB%s" % digits(cid + "srv", 4)
        return "<%s%s@%s.DEUP281.PROD.OUTLOOK.COM>" % (srv, hx(cid + "m", 28, upper=True), srv)
    if style == "foxmail":
        return "<%s%s@%s>" % (date.strftime("%Y%m%d%H%M%S"), digits(cid, 10), domain)
    if style == "coremail":
        return "<%s.%s.%s.Coremail.%s>" % (hx(cid + "1", 8), hx(cid + "2", 4), hx(cid + "3", 11), domain)
    if style == "gmail":
        b = base64.b64encode(hashlib.sha256(cid.encode()).digest()).decode().replace("/", "_")
        return "<CA%s@mail.gmail.com>" % b[:50]
    if style == "apple":
        h = hx(cid, 32, upper=True)
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], domain)
    if style == "uuid":
        h = hx(cid, 32)
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], domain)
    if style == "tencent":
        return "<tencent_%s@%s>" % (hx(cid, 40, upper=True), domain)
    if style == "plain":
        return "<%s@%s>" % (hx(cid, 24), domain)
    raise ValueError(style)


def thread_index(cid):
    return base64.b64encode(hashlib.sha256(("ti" + cid).encode()).digest()[:22]).decode()


def outlook_alt(cid, blocks, charset, cte_text="base64", cte_html="quoted-printable", lang="ZH-CN",
                excel=False, level="000"):
    text = render_text(blocks)
    return M("alternative", [
        T(text, "plain", charset, cte_text),
        T(outlook_html(blocks, charset, lang, excel), "html", charset, cte_html),
    ], "----=_NextPart_%s_%s_01DC%s.%s" % (level, digits(cid, 4), hx(cid, 4, True), hx(cid + "x", 8, True)))


def outlook_headers(cid, date, frm, to, cc, subject, charset, domain, lang="zh-cn",
                    mailer="Microsoft Outlook 16.0", extra=()):
    return [("From", frm), ("To", to), ("Cc", cc), ("Subject", htext(subject, charset)),
            ("Date", fmt_date(date)), ("Message-ID", mid("outlook", cid, domain))] + list(extra) + [
        ("MIME-Version", "1.0"), ("__BODY__", None), ("X-Mailer", mailer),
        ("Thread-Index", thread_index(cid)), ("Content-Language", lang)]


OUTLOOK_PREAMBLE = "This is a multipart message in MIME format."

# ============================================================================================
# 连云港市墟沟港区管理局 (xg)
# ============================================================================================


@case
def c6501():
    cid, org = "6501", "xg"
    date = at(2026, 4, 2, 16, 42, 18)
    cs = "gb2312"
    blocks = [
        "各位领导、同事：",
        "",
        "现将4月2日查验场地改造推进会会议纪要印发如下，请各科室抓好落实。",
        "",
        "关于墟沟港区查验场地改造推进会的会议纪要",
        "",
        "4月2日上午，魏振东副局长在局三楼会议室主持召开查验场地改造推进会，口岸协调科、规划建设科、运营管理科、"
        "安全监督科负责同志参加。会议听取了规划建设科关于查验场地改造设计方案的汇报，研究了改造期间的通关保障问题。"
        "现纪要如下：",
        "",
        "一、会议认为，查验场地改造是提升港区通关效率的重要举措，各科室要高度重视、密切配合，确保5月底前完成主体施工。",
        "",
        "二、会议议定事项",
        "（一）查验场地改造施工图审查。",
        "责任单位：规划建设科（邵俊）",
        "完成时限：4月10日前",
        "",
        "（二）对接海关驻港办事处，确认查验平台及卡口布局调整意见。",
        "责任单位：口岸协调科牵头，安全监督科配合",
        "完成时限：节后第一个工作日",
        "",
        "（三）制定改造期间集装箱堆场临时调度方案，报局办公室备案。",
        "责任单位：运营管理科（严国栋）",
        "完成时限：4月15日前",
        "",
        "（四）编制改造施工期间安全管理措施，明确围挡、夜间施工及车辆通行要求。",
        "责任单位：安全监督科",
        "完成时限：4月13日",
        "",
        "三、工作要求",
        "各科室每周五下班前将工作进展报局办公室汇总，遇有重大问题及时向局领导报告。",
        "",
        "下次推进会定于4月16日（周四）上午9:30在局三楼会议室召开。",
        "",
        "局办公室",
        "2026年4月2日",
        "",
        "周海燕",
        "连云港市墟沟港区管理局办公室",
        "电话：0518-8231 6602",
    ]
    body = outlook_alt(cid, blocks, cs, "base64", "base64")
    body.preamble = OUTLOOK_PREAMBLE
    to = addrs([addr("魏振东", "weizhendong@xgport.example.cn", cs), addr("蒋文斌", "jiangwenbin@xgport.example.cn", cs),
                addr("韩冬梅", "handongmei@xgport.example.cn", cs), addr("严国栋", "yanguodong@xgport.example.cn", cs),
                addr("葛志强", "gezhiqiang@xgport.example.cn", cs), addr("邵俊", "shaojun@xgport.example.cn", cs)])
    cc = addr(*BOT[org], charset=cs)
    hdr = trace(org, cid, date, "<zhouhaiyan@xgport.example.cn>", "mail.xgport.example.cn (mail.xgport.example.cn [10.20.1.12])",
                [("from ZHOUHY-PC (unknown [10.20.6.31])\n\tby mail.xgport.example.cn (Coremail) with SMTP id "
                  "AQAAfwD3%s" % hx(cid, 12), 1)])
    hdr += outlook_headers(cid, date, addr("周海燕", "zhouhaiyan@xgport.example.cn", cs), to, cc,
                           "关于墟沟港区查验场地改造推进会的会议纪要", cs, "xgport.example.cn")
    items = [
        Item(P("邵俊"), "查验场地改造施工图审查", "2026-04-10", rule=("md", 4, 10)),
        Item(U("口岸协调科"), "对接海关驻港办事处，确认查验平台及卡口布局调整意见", "2026-04-07",
             rule=("after_holiday",)),
        Item(P("严国栋"), "制定改造期间集装箱堆场临时调度方案，报局办公室备案", "2026-04-15", rule=("md", 4, 15)),
        Item(U("安全监督科"), "编制改造施工期间安全管理措施", "2026-04-13", rule=("md", 4, 13)),
    ]
    return dict(num=6501, slug="xgport-formal-qingming-outlook-gb2312", kind="minutes",
                raw=assemble(hdr, body), items=items, next=("2026-04-16", "09:30", ("md", 4, 16)),
                summary="4 items (2 unit-only no_owner); next 04-16 09:30",
                tests="Formal government 会议纪要 (（一）（二） + 责任单位/完成时限 labels), Outlook gb2312 base64; 节后第一个工作日 over Qingming; person in brackets after a unit; 牵头/配合",
                notes="Sent Thu 2026-04-02 16:42 +0800, two days before Qingming (04-04..04-06). Formal 会议纪要 with （一）-（四） "
                      "and 责任单位/完成时限 labels. (一) '规划建设科（邵俊）': the person in brackets after the unit is the owner -> 邵俊, "
                      "'4月10日前' -> 2026-04-10. (二) '口岸协调科牵头，安全监督科配合': a unit leads, no person -> owner null, "
                      "no_owner, department 口岸协调科 (安全监督科 only supports, not an owner); '节后第一个工作日' = first working "
                      "day after Qingming -> Tue 2026-04-07. (三) 严国栋 (in brackets) -> 2026-04-15. (四) only the unit "
                      "安全监督科 -> no_owner; '4月13日' -> 2026-04-13. '会议认为…确保5月底前完成主体施工' is a decision and "
                      "'各科室每周五下班前…报局办公室' a standing rule: neither is an item. '下次推进会定于4月16日（周四）上午9:30' "
                      "-> 2026-04-16 09:30.")


def coremail_headers(cid, date, frm, to, cc, subject, charset, sender, webmail=True, extra=(), brand=None):
    domain = sender.split("@")[1]
    brand = brand or domain.split(".")[0]
    h = [("Date", fmt_date(date) + " (GMT+08:00)"), ("From", frm), ("To", to), ("Cc", cc),
         ("Subject", htext(subject, charset)), ("X-Priority", "3"),
         ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)\n Copyright (c) 2002-2026 www.mailtech.cn "
          + brand) if webmail else None,
         ("X-CM-CTRLDATA", hx(cid + "ctrl", 40)), ("Content-Language", None)]
    h = [x for x in h if x is not None]
    h += list(extra)
    h += [("MIME-Version", "1.0"), ("Message-ID", mid("coremail", cid, sender)),
          ("X-Coremail-Locale", "zh_CN"), ("__BODY__", None),
          ("X-CM-TRANSID", "%s--.%s" % (hx(cid + "tr", 20), hx(cid + "t2", 10))),
          ("X-Coremail-Antispam", "1U5529EdanIXcx71UUUUU7v73VFW2AGmfu7bjvjm3\n AaLaJ3UbIYCTnIWIevJa73UjIFyTuYvjxUgSdgUUUUU")]
    return [x for x in h if x[1] is not None]


@case
def c6502():
    cid, org = "6502", "xg"
    date = at(2026, 5, 6, 10, 15, 40)
    cs = "utf-8"
    blocks = [
        "各位领导：",
        "",
        "港区节后复工安全生产专题会议纪要已整理完毕，请审阅。",
        "",
        "港区节后复工安全生产专题会议纪要",
        "",
        "时间：2026年5月6日 8:30—9:40",
        "地点：局二楼小会议室",
        "主持：魏振东",
        "参加：安全监督科葛志强、彭宇航；运营管理科严国栋、房雪；规划建设科王振；办公室陆晨",
        "记录：彭宇航",
        "",
        "会议通报了“五一”假期港区安全生产情况，假期期间港区未发生安全生产事故。葛志强汇报了节后复工复产安全检查安排。",
        "",
        "会议要求：",
        "一是压实节后复工安全检查责任。安全监督科葛志强科长负责，5个工作日内完成危险货物堆场和油品码头专项检查，"
        "形成检查报告报局领导。",
        "二是抓好防汛防台准备。运营管理科严国栋科长负责修订港区防台风应急预案，本月底前印发。",
        "三是加强施工现场管理。查验场地改造工地由规划建设科王工牵头，施工期间每日开展班前安全巡查，发现隐患立即整改。",
        "四是做好信息报送。房雪负责在5月8日前将假期安全生产情况汇总表报市交通运输局。",
        "五是各码头企业要严格落实24小时值班和领导带班制度。",
        "",
        "下次会议时间另行通知。",
        "",
        "彭宇航",
        "安全监督科",
    ]
    text = render_text(blocks)
    body = M("alternative", [T(text, "plain", "UTF-8", "base64", eol="\r\n", q=False),
                             T(div_html(blocks, cs, "coremail"), "html", "UTF-8", "base64", eol="\r\n", q=False)],
             "----=_Part_%s_%s.%s" % (digits(cid, 6), digits(cid + "b", 9), digits(cid + "c", 13)))
    to = addrs([addr("魏振东", "weizhendong@xgport.example.cn", quote=False),
                addr("葛志强", "gezhiqiang@xgport.example.cn"), addr("严国栋", "yanguodong@xgport.example.cn"),
                addr("房雪", "fangxue@xgport.example.cn"), addr("王振", "wangzhen@xgport.example.cn"),
                addr("陆晨", "luchen@xgport.example.cn")])
    hdr = trace(org, cid, date, "<pengyuhang@xgport.example.cn>",
                "mail.xgport.example.cn (mail.xgport.example.cn [10.20.1.12])")
    hdr.append(("Received", "from pengyuhang$xgport.example.cn ( [10.20.7.58] ) by\n\tajax-webmail-mail (Coremail) ; Wed, 6 May 2026 10:15:40\n\t+0800 (GMT+08:00)"))
    hdr += coremail_headers(cid, date, addr("彭宇航", "pengyuhang@xgport.example.cn"), to, addr(*BOT[org]),
                            "港区节后复工安全生产专题会议纪要", "UTF-8", "pengyuhang@xgport.example.cn")
    items = [
        Item(P("葛志强"), "完成危险货物堆场和油品码头专项检查，形成检查报告报局领导", "2026-05-12",
             rule=("workdays", 5)),
        Item(P("严国栋"), "修订港区防台风应急预案", "2026-05-31", rule=("month_end",)),
        Item(P("房雪"), "将假期安全生产情况汇总表报市交通运输局", "2026-05-08", rule=("md", 5, 8)),
    ]
    return dict(num=6502, slug="xgport-yishi-ershi-labour-day-coremail", kind="minutes",
                raw=assemble(hdr, body, "\n"), items=items, next=None,
                summary="3 items; no next meeting",
                tests="一是…五是 requirement list (Coremail webmail, UTF-8 base64); 5个工作日内 over the 05-09 make-up Saturday; 本月底; standing rules with an owner are not items",
                notes="Sent Wed 2026-05-06 10:15, the first working day after Labour Day (05-01..05-05). 一是: 葛志强 owns; "
                      "'5个工作日内' counted from 05-07: 05-07, 05-08, Sat 05-09 (make-up working day), 05-11, 05-12 -> "
                      "2026-05-12. 二是: 严国栋, '本月底前' -> 2026-05-31 (last day of the month, even though it is a Sunday). "
                      "三是 is a standing duty ('施工期间每日开展班前安全巡查，发现隐患立即整改'), not a deliverable, so it is not an "
                      "item although it names 王工 as lead (AMBIGUOUS: a stricter reader could record it with no_due; we follow "
                      "the convention that standing rules are not items). 四是: 房雪, '5月8日前' -> 2026-05-08. 五是 addresses "
                      "external terminal operators with a standing rule -> not an item. The report of the holiday and what "
                      "葛志强 汇报了 are facts. '下次会议时间另行通知' -> next_followup null.")


@case
def c6503():
    cid, org = "6503", "xg"
    date = at(2026, 4, 14, 17, 26, 3)
    cs = "utf-8"
    table = Table([
        ["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型（客户/供应商/合作方）", "核心需求/反馈",
         "解决方案/进展", "下次沟通时间", "负责人"],
        ["EC2026-04-14", "2026-04-14", "港顺报关/戴晓峰总经理", "口岸协调科/许佳怡", "合作方",
         "港顺报关希望5月起在墟沟港区试点“提前申报+抵港直装”，需我局协调查验通道和卡口放行规则",
         "①规划建设科邵工评估查验通道改造影响（4月17日前）②4月20日前向港顺报关反馈试点方案",
         "2026-04-21", "许佳怡"],
    ], widths=[70, 70, 90, 80, 70, 160, 170, 70, 50])
    blocks = [
        "蒋科、邵工：",
        "",
        "今天下午和港顺报关戴总电话沟通了“提前申报+抵港直装”试点的事情，跟进表如下：",
        "",
        "外部沟通跟进表",
        table,
        "",
        "邵工评估时请一并考虑改造施工期间的临时通道。",
        "",
        "许佳怡",
        "口岸协调科",
        "0518-8231 6615",
    ]
    body = outlook_alt(cid, blocks, cs, "quoted-printable", "quoted-printable")
    body.preamble = OUTLOOK_PREAMBLE
    hdr = trace(org, cid, date, "<xujiayi@xgport.example.cn>", "mail.xgport.example.cn (mail.xgport.example.cn [10.20.1.12])",
                [("from XUJY-NB (unknown [10.20.6.77])\n\tby mail.xgport.example.cn (Coremail) with SMTP id "
                  "AQAAfwD3%s" % hx(cid, 12), 1)])
    hdr += outlook_headers(cid, date, addr("许佳怡", "xujiayi@xgport.example.cn"),
                           addrs([addr("蒋文斌", "jiangwenbin@xgport.example.cn"), addr("邵俊", "shaojun@xgport.example.cn")]),
                           addr(*BOT[org]), "港顺报关提前申报对接沟通跟进表（EC2026-04-14）", cs, "xgport.example.cn")
    items = [
        Item(P("邵俊"), "评估查验通道改造影响", "2026-04-17", rule=("md", 4, 17)),
        Item(P("许佳怡"), "向港顺报关反馈试点方案", "2026-04-20", rule=("md", 4, 20)),
    ]
    return dict(num=6503, slug="xgport-external-followup-table-outlook", kind="minutes",
                raw=assemble(hdr, body), items=items, next=("2026-04-21", None, ("md", 4, 21)),
                summary="2 items; next 04-21 (no time)",
                tests="Seed 外部沟通跟进表 (partner row) as an Outlook UTF-8 QP HTML table; ①② in one cell; row 负责人 owns the unnamed item; title alias 邵工",
                notes="Sent Tue 2026-04-14. One row of the seed 外部沟通跟进表. ① names '规划建设科邵工' -> 邵俊 (roster alias 邵工), "
                      "'（4月17日前）' -> 2026-04-17. ② names nobody, so the row's 负责人 许佳怡 owns it; '4月20日前' -> 2026-04-20. "
                      "下次沟通时间 2026-04-21 with no time -> next_followup 2026-04-21, time null. '希望5月起…试点' is the "
                      "partner's wish (核心需求) and the closing '邵工评估时请一并考虑…' qualifies item ①: neither is an item.")


@case
def c6504():
    cid, org = "6504", "xg"
    date = at(2026, 4, 24, 16, 5, 11)
    cs = "gb2312"
    table = Table([
        ["序号", "事项名称", "牵头科室", "协作科室", "主责人", "配合人", "计划开始时间", "计划完成时间", "实际完成时间",
         "进展情况", "风险点及应对措施"],
        ["1", "查验场地改造施工图审查", "规划建设科", "口岸协调科", "邵俊", "许佳怡", "2026-04-02", "2026-04-10",
         "2026-04-09", "已完成", "-"],
        ["2", "集装箱堆场临时调度方案", "运营管理科", "口岸协调科", "严国栋", "许佳怡", "2026-04-03", "2026-04-15",
         "2026-04-17", "已完成（延期2天，因船期调整）", "-"],
        ["3", "卡口智能识别系统升级需求确认", "口岸协调科", "规划建设科", "蒋文斌", "王振", "2026-04-13", "2026-04-30",
         "-", "进行中（已完成50%）", "厂家排期紧张，已协调优先安排"],
        ["4", "改造工地夜间施工安全方案", "安全监督科", "规划建设科", "彭宇航", "邵俊", "2026-04-20", "2026-05-09",
         "-", "进行中", "5月9日（周六）调休上班，按期提交"],
        ["5", "港区引航调度系统数据对接", "运营管理科", "办公室", "房雪", "陆晨", "2026-04-22", "待定", "-", "未开始",
         "等待引航站提供接口文档"],
    ])
    blocks = [
        "各位科长：",
        "",
        "本周跨部门协作事项进展汇总如下，请主责人按计划完成时间推进，配合人做好衔接，有风险及时报局办公室。",
        "",
        "跨部门协作事项跟踪表（4月第4周）",
        table,
        "",
        "下周例会：4月28日（周二）下午3:00，局二楼小会议室。",
        "",
        "陆晨",
        "局办公室（督办）",
    ]
    text = render_text(blocks)
    html_ = div_html(blocks, "gb2312", "foxmail").replace(
        "</body>", '<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">'
                   '<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt">'
                   '<div>luchen@xgport.example.cn</div></div></span></div></body>')
    body = M("alternative", [T(text, "plain", "gb2312", "base64"), T(html_, "html", "gb2312", "quoted-printable")],
             "----=_001_NextPart%s_=----" % digits(cid, 12))
    body.preamble = "This is a multi-part message in MIME format."
    hdr = trace(org, cid, date, "<luchen@xgport.example.cn>", "mail.xgport.example.cn (mail.xgport.example.cn [10.20.1.12])",
                [("from LUCHEN-PC (unknown [10.20.6.90])\n\tby mail.xgport.example.cn (Coremail) with SMTP id "
                  "AQAAfwD3%s" % hx(cid, 12), 1)])
    to = addrs([addr("蒋文斌", "jiangwenbin@xgport.example.cn", cs), addr("严国栋", "yanguodong@xgport.example.cn", cs),
                addr("葛志强", "gezhiqiang@xgport.example.cn", cs), addr("韩冬梅", "handongmei@xgport.example.cn", cs)])
    cc = addrs([addr("周海燕", "zhouhaiyan@xgport.example.cn", cs), addr(*BOT[org], charset=cs)])
    hdr += [("Date", fmt_date(date)), ("From", addr("陆晨", "luchen@xgport.example.cn", cs)), ("To", to), ("Cc", cc),
            ("Subject", htext("【督办】跨部门协作事项跟踪表（4月第4周）", cs)),
            ("X-Priority", "3"), ("X-GUID", "%s-%s-%s-%s-%s" % (hx(cid, 8, True), hx(cid + "1", 4, True),
                                                             hx(cid + "2", 4, True), hx(cid + "3", 4, True),
                                                             hx(cid + "4", 12, True))),
            ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
            ("Mime-Version", "1.0"), ("Message-ID", mid("foxmail", cid, "xgport.example.cn", date)), ("__BODY__", None)]
    items = [
        Item(P("蒋文斌"), "卡口智能识别系统升级需求确认", "2026-04-30", rule=("md", 4, 30)),
        Item(P("彭宇航"), "改造工地夜间施工安全方案", "2026-05-09", rule=("md", 5, 9)),
        Item(P("房雪"), "港区引航调度系统数据对接", None, flags=["vague_due"]),
    ]
    return dict(num=6504, slug="xgport-collab-tracking-zhuze-peihe-foxmail", kind="minutes",
                raw=assemble(hdr, body), items=items, next=("2026-04-28", "15:00", ("md", 4, 28)),
                summary="3 open rows (2 done rows skipped); next 04-28 15:00",
                tests="Seed 跨部门协作事项跟踪表 with separate 主责人/配合人 columns, Foxmail gb2312; 已完成 rows are status; 配合人 never owners; 待定 -> vague; due on the 05-09 make-up Saturday",
                notes="Sent Fri 2026-04-24 by the office's 督办 clerk. Seed 跨部门协作事项跟踪表 with 主责人 and 配合人 columns: the "
                      "主责人 owns the row, 配合人 are never owners. Rows 1 and 2 are 已完成 (one with an 实际完成时间 after the plan) "
                      "-> status, not items. Row 3 蒋文斌, 计划完成时间 2026-04-30 ('已完成50%' is progress, still open). Row 4 "
                      "彭宇航, 2026-05-09 = the Labour Day make-up Saturday (the risk cell says so; the cell itself is a remark). "
                      "Row 5 房雪, 计划完成时间 '待定' -> due null, vague_due. '下周例会：4月28日（周二）下午3:00' -> 2026-04-28 15:00.")


@case
def c6517():
    cid, org = "6517", "xg"
    date = at(2026, 5, 20, 10, 3, 44)
    cs = "utf-8"
    blocks = [
        "纪要助手请登记。蒋科，第3项的总结报告请抄送局办公室一份。",
        "",
        "周海燕",
        "",
        QuoteHead(["发件人: 蒋文斌 <jiangwenbin@xgport.example.cn>",
                   "发送时间: 2026年5月20日 9:12",
                   "收件人: 许佳怡 <xujiayi@xgport.example.cn>; 严国栋 <yanguodong@xgport.example.cn>; 周海燕 <zhouhaiyan@xgport.example.cn>",
                   "主题: 口岸协调科周例会纪要（5月20日）"]),
        "",
        "各位：",
        "",
        "本周例会纪要如下：",
        "1. 许佳怡负责在本周五前完成“提前申报+抵港直装”试点首周运行数据汇总。",
        "2. 严国栋科长（运营管理科）5月27日前提供6月上旬船期计划。",
        "3. 口岸协调科6月5日前起草试点阶段性总结报告（蒋文斌牵头，许佳怡配合）。",
        "4. 会议认为，查验通道开放时间暂不调整，待试点满一个月后再评估。",
        "",
        "下周例会时间：5月27日（周三）上午9:00。",
        "",
        "蒋文斌",
        "口岸协调科",
    ]
    body = outlook_alt(cid, blocks, cs, "base64", "base64")
    body.preamble = OUTLOOK_PREAMBLE
    hdr = trace(org, cid, date, "<zhouhaiyan@xgport.example.cn>", "mail.xgport.example.cn (mail.xgport.example.cn [10.20.1.12])",
                [("from ZHOUHY-PC (unknown [10.20.6.31])\n\tby mail.xgport.example.cn (Coremail) with SMTP id "
                  "AQAAfwD3%s" % hx(cid, 12), 1)])
    hdr += outlook_headers(cid, date, addr("周海燕", "zhouhaiyan@xgport.example.cn"),
                           addr(*BOT[org]), addr("蒋文斌", "jiangwenbin@xgport.example.cn"),
                           "转发: 口岸协调科周例会纪要（5月20日）", cs, "xgport.example.cn")
    items = [
        Item(P("许佳怡"), "完成“提前申报+抵港直装”试点首周运行数据汇总", "2026-05-22", rule=("this", 4)),
        Item(P("严国栋"), "提供6月上旬船期计划", "2026-05-27", rule=("md", 5, 27)),
        Item(P("蒋文斌"), "起草试点阶段性总结报告", "2026-06-05", rule=("md", 6, 5)),
    ]
    return dict(num=6517, slug="xgport-forwarded-minutes-preface-outlook", kind="minutes",
                raw=assemble(hdr, body), items=items, next=("2026-05-27", "09:00", ("md", 5, 27)),
                summary="3 items below a forward header; next 05-27 09:00",
                tests="Outlook '转发:' with the bot in To and a preface that asks for something; items sit below the 发件人/发送时间 block and must not be dropped as a quote",
                notes="Forward sent Wed 2026-05-20 10:03, the original minutes 09:12 the same day (so relative dates mean the same "
                      "from either). The preface ('纪要助手请登记。蒋科，第3项的总结报告请抄送局办公室一份。') is the forwarder's note "
                      "and not an item. Below Outlook's 发件人/发送时间 block: 1. 许佳怡, '本周五前' -> Fri 2026-05-22. 2. "
                      "'严国栋科长（运营管理科）' -> 严国栋, 2026-05-27. 3. the unit 口岸协调科 with '蒋文斌牵头，许佳怡配合' -> the "
                      "牵头 person 蒋文斌 owns it, 2026-06-05. 4. '会议认为…暂不调整' is a decision. '下周例会时间：5月27日（周三）上午9:00' "
                      "-> 2026-05-27 09:00.")


@case
def c6520():
    cid, org = "6520", "xg"
    date = at(2026, 4, 27, 15, 30, 12)
    cs = "utf-8"
    blocks = [
        "各位：",
        "",
        "联席会议纪要已经魏局审定，现印发给各单位，请抓好落实。",
        "",
        "墟沟港区口岸通关联席会议纪要",
        "（2026年第2次）",
        "",
        "4月27日上午，墟沟港区口岸通关联席会议在局一楼会议室召开。会议由魏振东副局长主持，口岸协调科、运营管理科、"
        "安全监督科以及港顺报关等报关企业代表参加。会议通报了一季度港区通关时效情况，研究了“提前申报+抵港直装”"
        "试点推进工作。现将会议议定事项纪要如下：",
        "",
        "（一）关于试点推进",
        "口岸协调科蒋文斌科长负责：",
        "①4月30日前印发试点工作方案；",
        "②5月15日前组织参与企业开展业务培训。",
        "",
        "（二）关于查验场地保障",
        "责任单位：安全监督科（彭宇航）",
        "完成时限：5月8日前",
        "工作内容：完成试点期间查验场地夜间照明和视频监控检查。",
        "",
        "（三）关于企业诉求",
        "港顺报关等企业反映的卡口放行慢问题，由运营管理科牵头、口岸协调科配合，研究优化方案，5月底前提出意见。",
        "",
        "（四）请港顺报关戴晓峰总经理于5月6日前提交企业试点申报清单。",
        "",
        "下次联席会议时间另行通知。",
        "",
        "连云港市墟沟港区管理局办公室",
        "2026年4月27日",
    ]
    body = outlook_alt(cid, blocks, cs, "quoted-printable", "quoted-printable")
    body.preamble = OUTLOOK_PREAMBLE
    hdr = trace(org, cid, date, "<luchen@xgport.example.cn>", "mail.xgport.example.cn (mail.xgport.example.cn [10.20.1.12])",
                [("from LUCHEN-PC (unknown [10.20.6.90])\n\tby mail.xgport.example.cn (Coremail) with SMTP id "
                  "AQAAfwD3%s" % hx(cid, 12), 1)])
    to = addrs([addr("蒋文斌", "jiangwenbin@xgport.example.cn"), addr("严国栋", "yanguodong@xgport.example.cn"),
                addr("葛志强", "gezhiqiang@xgport.example.cn"), addr("彭宇航", "pengyuhang@xgport.example.cn"),
                addr("戴晓峰", "daixiaofeng@gangshun-customs.example.com")])
    cc = addrs([addr("魏振东", "weizhendong@xgport.example.cn"), addr("周海燕", "zhouhaiyan@xgport.example.cn"),
                addr(*BOT[org])])
    hdr += outlook_headers(cid, date, addr("陆晨", "luchen@xgport.example.cn"), to, cc,
                           "墟沟港区口岸通关联席会议纪要（2026年第2次）", cs, "xgport.example.cn")
    items = [
        Item(P("蒋文斌"), "印发试点工作方案", "2026-04-30", rule=("md", 4, 30)),
        Item(P("蒋文斌"), "组织参与企业开展业务培训", "2026-05-15", rule=("md", 5, 15)),
        Item(P("彭宇航"), "完成试点期间查验场地夜间照明和视频监控检查", "2026-05-08", rule=("md", 5, 8)),
        Item(U("运营管理科"), "研究优化方案，5月底前提出意见", "2026-05-31", rule=("mend", 5)),
        Item(P("戴晓峰"), "提交企业试点申报清单", "2026-05-06", rule=("md", 5, 6)),
    ]
    items[3].task = "卡口放行慢问题，研究优化方案，提出意见"
    return dict(num=6520, slug="xgport-joint-meeting-subtasks-outlook-qp", kind="minutes",
                raw=assemble(hdr, body), items=items, next=None,
                summary="5 items (two ①② sub-tasks, one unit-only, one external); no next meeting",
                tests="（一）（二） formal minutes with ①② sub-tasks under one owner, a 工作内容 label after 责任单位/完成时限, unit 牵头/配合, an external owner in To; '另行通知'",
                notes="Sent Mon 2026-04-27. (一) '口岸协调科蒋文斌科长负责：' followed by ① and ② -> two items for 蒋文斌: 2026-04-30 "
                      "and 2026-05-15. (二) '安全监督科（彭宇航）' -> 彭宇航; the task is on the 工作内容 line after the date; "
                      "'5月8日前' -> 2026-05-08. (三) '由运营管理科牵头、口岸协调科配合' -> a unit leads, owner null, no_owner, "
                      "department 运营管理科; '5月底前' -> 2026-05-31. (四) 戴晓峰 of the broker 港顺报关 (roster outsider, also in "
                      "To) -> owner 戴晓峰, department null, 2026-05-06 (first working day after Labour Day; the date is written "
                      "out). '下次联席会议时间另行通知' -> next_followup null. The broker is an outside party: the bot may decline "
                      "to chase him, but the minutes do assign him the item.")


@case
def c6524():
    cid, org = "6524", "xg"
    date = at(2026, 6, 17, 16, 30, 21)
    cs = "gbk"
    blocks = [
        "蒋科长、许佳怡：",
        "",
        "今天协调会的内容我们整理了一下，请贵局审阅，有出入请指出。",
        "",
        "港顺报关与墟沟港区管理局通关协调会纪要",
        "",
        "一、参会人员",
        "墟沟港区管理局：蒋文斌、许佳怡、房雪",
        "港顺报关：戴晓峰、柏琳",
        "",
        "二、协调事项及分工",
        "1. 试点企业二期名单：由港顺报关柏琳汇总6家新增企业资料，6月18日前报口岸协调科。",
        "2. 夜间查验预约：管理局口岸协调科许佳怡负责与海关驻港办事处沟通，端午节后第一个工作日反馈结果。",
        "3. 集卡预约平台对接：管理局运营管理科房雪负责提供接口文档，6月26日前。",
        "4. 双方共同梳理试点期间的异常单证清单，7月上旬完成。",
        "",
        "三、下次协调会",
        "6月24日（周三）下午2:30，地点在港顺报关会议室。",
        "",
        "戴晓峰",
        "连云港港顺报关有限公司  总经理",
        "电话：0518-8566 3201  手机：139 0518 2276",
    ]
    text = render_text(blocks)
    body = M("alternative", [T(text, "plain", "GBK", "base64", q=False),
                             T(div_html(blocks, "GBK", "qiye163"), "html", "GBK", "base64", q=False)],
             "----=_Part_%s_%s.%s" % (digits(cid, 6), digits(cid + "b", 9), digits(cid + "c", 13)))
    relay = "mail-m12745.qiye.163.com (mail-m12745.qiye.163.com [198.51.100.45])"
    hdr = trace(org, cid, date, "<daixiaofeng@gangshun-customs.example.com>", relay)
    hdr.append(("Received", "from daixiaofeng$gangshun-customs.example.com ( [198.51.100.170] ) by\n\tajax-webmail-wmsvr-40-112 "
                "(Coremail) ; Wed, 17 Jun 2026 16:30:21\n\t+0800 (CST)"))
    to = addrs([addr("蒋文斌", "jiangwenbin@xgport.example.cn", cs), addr("许佳怡", "xujiayi@xgport.example.cn", cs)])
    cc = addrs([addr("房雪", "fangxue@xgport.example.cn", cs), addr("柏琳", "bailin@gangshun-customs.example.com", cs),
                addr(*BOT[org], charset=cs)])
    hdr += coremail_headers(cid, date, addr("戴晓峰", "daixiaofeng@gangshun-customs.example.com", cs), to, cc,
                            "港顺报关与墟沟港区管理局通关协调会纪要（6月17日）", "GBK",
                            "daixiaofeng@gangshun-customs.example.com", brand="hzqiye163")
    items = [
        Item(X("柏琳", "bailin@gangshun-customs.example.com"), "汇总6家新增企业资料，报口岸协调科", "2026-06-18",
             rule=("md", 6, 18)),
        Item(P("许佳怡"), "夜间查验预约：与海关驻港办事处沟通，反馈结果", "2026-06-22", rule=("after_holiday",)),
        Item(P("房雪"), "集卡预约平台对接：提供接口文档", "2026-06-26", rule=("md", 6, 26)),
        Item(U(None), "共同梳理试点期间的异常单证清单", None, flags=["vague_due"]),
    ]
    return dict(num=6524, slug="xgport-broker-sent-minutes-dragonboat-163qiye-gbk", kind="minutes",
                raw=assemble(hdr, body, "\n"), items=items, next=("2026-06-24", "14:30", ("md", 6, 24)),
                summary="4 items (external owner, 双方 no_owner+vague); next 06-24 14:30",
                tests="Minutes written by the outside customs broker (NetEase qiye mail, GBK base64): their own staff and ours as owners; 端午节后第一个工作日; 双方 + 7月上旬",
                notes="Sent Wed 2026-06-17 16:30 by 戴晓峰 of 港顺报关 (external From, in the roster as an outsider). 1. 柏琳 is the "
                      "broker's staff, not in the roster: name and address from the Cc entry '柏琳', department null; "
                      "'6月18日前' -> 2026-06-18. 2. '管理局口岸协调科许佳怡负责' -> 许佳怡; '端午节后第一个工作日' -> Dragon Boat "
                      "is 06-19..06-21, so Mon 2026-06-22. 3. 房雪, '6月26日前' (written after the task) -> 2026-06-26. 4. '双方共同' "
                      "is nobody in particular -> owner null, no_owner, department null; '7月上旬' is a vague period -> due null, "
                      "vague_due. '6月24日（周三）下午2:30' on the line under '三、下次协调会' -> 2026-06-24 14:30.")


@case
def c6529():
    cid, org = "6529", "xg"
    date = at(2026, 6, 9, 17, 40, 55)
    cs = "gb2312"
    table = Table([
        ["序号", "项目", "工作事项", "责任人", "完成时间", "备注"],
        ["1", "查验场地改造", "主体施工完成，组织阶段验收", "王工", "6月12日前", ""],
        ["2", "查验场地改造", "卡口智能识别设备安装调试", "邵俊", "6月18日", "厂家6月15日进场"],
        ["3", "2号泊位护岸修复", "编制修复方案并报局审定", "邵工", "下周四", ""],
        ["4", "港区道路白改黑", "施工招标文件编制", "韩冬梅", "已完成", "6月5日已挂网"],
        ["5", "港区雨污分流", "管网排查", "王工、邵俊", "7月15日前", ""],
    ], style="excel", widths=[40, 100, 190, 70, 80, 110])
    blocks = [
        "魏局、各位：",
        "",
        "今天工程例会梳理了在建项目的待办，表格如下（从Excel台账里复制的）：",
        "",
        table,
        "",
        "请大家按时间节点推进，端午假期期间施工现场安排专人值守。",
        "",
        "韩冬梅",
        "规划建设科",
    ]
    body = outlook_alt(cid, blocks, cs, "base64", "base64", excel=True)
    body.preamble = OUTLOOK_PREAMBLE
    hdr = trace(org, cid, date, "<handongmei@xgport.example.cn>", "mail.xgport.example.cn (mail.xgport.example.cn [10.20.1.12])",
                [("from HANDM-PC (unknown [10.20.6.52])\n\tby mail.xgport.example.cn (Coremail) with SMTP id "
                  "AQAAfwD3%s" % hx(cid, 12), 1)])
    to = addrs([addr("魏振东", "weizhendong@xgport.example.cn", cs), addr("王振", "wangzhen@xgport.example.cn", cs),
                addr("邵俊", "shaojun@xgport.example.cn", cs)])
    hdr += outlook_headers(cid, date, addr("韩冬梅", "handongmei@xgport.example.cn", cs), to, addr(*BOT[org], charset=cs),
                           "规划建设科工程例会纪要（6月9日）", cs, "xgport.example.cn")
    items = [
        Item(P("王振"), "主体施工完成，组织阶段验收", "2026-06-12", rule=("md", 6, 12)),
        Item(P("邵俊"), "卡口智能识别设备安装调试", "2026-06-18", rule=("md", 6, 18)),
        Item(P("邵俊"), "编制修复方案并报局审定", "2026-06-18", rule=("next", 3)),
        Item(P("王振"), "管网排查", "2026-07-15", rule=("md", 7, 15)),
        Item(P("邵俊"), "管网排查", "2026-07-15", rule=("md", 7, 15)),
    ]
    items[2].task = "2号泊位护岸修复：编制修复方案并报局审定"
    items[3].task = "港区雨污分流管网排查"
    items[4].task = "港区雨污分流管网排查"
    return dict(num=6529, slug="xgport-excel-paste-two-owners-outlook-gb2312", kind="minutes",
                raw=assemble(hdr, body), items=items, next=None,
                summary="5 items (one row with two owners -> two items; done row skipped); no next meeting",
                tests="Range pasted from Excel into Outlook (gb2312 base64, mso table cells); 王工/邵工 aliases; 下周四 before Dragon Boat; '王工、邵俊' -> two items; 已完成 in the date column",
                notes="Sent Tue 2026-06-09. Rows: 1 王工 = 王振 (alias), '6月12日前' -> 2026-06-12. 2 邵俊, '6月18日' -> 2026-06-18; "
                      "the remark '厂家6月15日进场' is a remarks cell, not a task. 3 邵工 = 邵俊, '下周四' -> Thu of next week = "
                      "2026-06-18 (the day before the Dragon Boat holiday). 4 shows 已完成 in the 完成时间 column -> status, "
                      "not an item. 5 '王工、邵俊' -> the same task for two owners gives two items (王振 and 邵俊), both "
                      "2026-07-15. Task text for rows 3 and 5 keeps the project name so it stands alone (scorers match loosely). "
                      "'端午假期期间施工现场安排专人值守' is a standing instruction. No next meeting.")

# ============================================================================================
# 潮州澜峰陶瓷卫浴有限公司 (lf)
# ============================================================================================
LF = "lanfeng-sw.example.cn"


def exmail_relay(cid):
    return "smtpbgsg%d.qq.com (smtpbgsg%d.qq.com [203.0.113.%d])" % (
        int(digits(cid, 1)) + 1, int(digits(cid, 1)) + 1, 60 + int(digits(cid, 2)) % 40)


def exmail_headers(cid, date, frm, to, cc, subject, charset, sender, extra=(), mailer="QQMail 2.x"):
    return [("X-QQ-mid", "bizesmtp%st%st%s" % (digits(cid, 2), digits(cid + "m", 10), hx(cid + "q", 6))),
            ("X-QQ-Originating-IP", "%s" % base64.b64encode(hashlib.sha256(cid.encode()).digest()[:24]).decode()),
            ("From", frm), ("To", to), ("Cc", cc), ("Subject", htext(subject, charset)),
            ("Mime-Version", "1.0"), ("__BODY__", None), ("Date", fmt_date(date)),
            ("X-Priority", "3"), ("Message-ID", mid("tencent", cid, "qq.com")),
            ("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", mailer), ("X-QQ-Mailer", mailer),
            ("X-QQ-SENDSIZE", "520"),
            ("Feedback-ID", "bizesmtp:%s:qybglogicsvrgz:qybglogicsvrgz%sa-0" % (sender.split("@")[1], digits(cid, 1)))] + list(extra)


def qq_boundary(cid):
    return "----=_NextPart_%s_%s_%s" % (hx(cid, 8, True), hx(cid + "b", 8, True), hx(cid + "c", 8, True))


@case
def c6505():
    cid, org = "6505", "lf"
    date = at(2026, 4, 20, 18, 5, 33)
    cs = "GBK"
    text = "\n".join([
        "林总、各位：",
        "",
        "今天生产周会（16:00-17:10，二楼会议室）的纪要如下，按人列了待办，有问题今天内提。",
        "",
        "【蔡泽楷】",
        "① 2号隧道窑温控曲线重新标定，周三前给出标定记录；",
        "② 窑车耐火材料更换计划，本周五前报我。",
        "",
        "【黄晓纯】",
        "4月份连体座便器开裂率分析报告，4月25日前出。",
        "",
        "【韦志远】",
        "成品仓B区库位整理，3个工作日内腾出200个托盘位给外贸柜。",
        "",
        "【吴丹丹】",
        "① 跟进高岭土到货，下周一前确认到港时间；",
        "② 釉料替代供应商比价，尽快。",
        "",
        "【谢少鹏】",
        "上周提的喷釉线漏釉问题已整改完成，本周不再跟进。",
        "",
        "其他：",
        "1. 五一前最后一个出柜日定为4月29日，外贸部已确认。",
        "2. 下周一同一时间继续开周会。",
        "",
        "陈锐彬",
        "生产部",
        "澜峰陶瓷卫浴  潮州市潮安区古巷镇",
    ])
    body = T(text, "plain", cs, "base64")
    hdr = trace(org, cid, date, "<chenruibin@%s>" % LF, exmail_relay(cid))
    to = addrs([addr("林振鸿", "linzhenhong@" + LF, "gbk"), addr("蔡泽楷", "caizekai@" + LF, "gbk"),
                addr("黄晓纯", "huangxiaochun@" + LF, "gbk"), addr("韦志远", "weizhiyuan@" + LF, "gbk"),
                addr("吴丹丹", "wudandan@" + LF, "gbk"), addr("谢少鹏", "xieshaopeng@" + LF, "gbk")])
    hdr += [("Date", fmt_date(date)), ("From", addr("陈锐彬", "chenruibin@" + LF, "gbk")), ("To", to),
            ("Cc", addr(*BOT[org], charset="gbk")), ("Subject", htext("4月20日生产周会纪要", "gbk")),
            ("X-Priority", "3"), ("X-GUID", "%s-%s-%s-%s-%s" % (hx(cid, 8, True), hx(cid + "1", 4, True),
                                                             hx(cid + "2", 4, True), hx(cid + "3", 4, True),
                                                             hx(cid + "4", 12, True))),
            ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]"), ("Mime-Version", "1.0"),
            ("Message-ID", mid("foxmail", cid, LF, date)), ("__BODY__", None)]
    items = [
        Item(P("蔡泽楷"), "2号隧道窑温控曲线重新标定，给出标定记录", "2026-04-22", rule=("wd", 2)),
        Item(P("蔡泽楷"), "窑车耐火材料更换计划", "2026-04-24", rule=("this", 4)),
        Item(P("黄晓纯"), "4月份连体座便器开裂率分析报告", "2026-04-25", rule=("md", 4, 25)),
        Item(P("韦志远"), "成品仓B区库位整理，腾出200个托盘位给外贸柜", "2026-04-23", rule=("workdays", 3)),
        Item(P("吴丹丹"), "跟进高岭土到货，确认到港时间", "2026-04-27", rule=("next", 0)),
        Item(P("吴丹丹"), "釉料替代供应商比价", None, flags=["vague_due"]),
    ]
    return dict(num=6505, slug="lanfeng-grouped-by-person-foxmail-gbk", kind="minutes",
                raw=assemble(hdr, body, "\r\n"), items=items, next=("2026-04-27", "16:00", ("next", 0)),
                summary="6 items grouped under 【name】 headings; next 04-27 16:00 (下周一同一时间)",
                tests="Minutes grouped by person (【姓名】 headings, ①② under one person), Foxmail text-only GBK base64; 周三前/本周五前/3个工作日内/下周一前/尽快; '下周一同一时间' with the time from the header line",
                notes="Sent Mon 2026-04-20 18:05. Each 【name】 heading owns the lines below it. 蔡泽楷 ① '周三前' -> Wed 2026-04-22; "
                      "② '本周五前' -> 2026-04-24. 黄晓纯 '4月25日前' -> 2026-04-25 (a Saturday, kept as written). 韦志远 "
                      "'3个工作日内' counted from 04-21: 04-21, 04-22, 04-23 -> 2026-04-23. 吴丹丹 ① '下周一前' -> 2026-04-27; ② "
                      "'尽快' -> vague_due. 谢少鹏's line reports something already done (已整改完成，不再跟进) -> not an item. "
                      "'其他 1' is a decision. '下周一同一时间继续开周会' + the meeting ran 16:00-17:10 -> next_followup 2026-04-27 16:00.")


@case
def c6506():
    cid, org = "6506", "lf"
    date = at(2026, 5, 13, 9, 42, 27)
    cs = "GBK"
    blocks = [
        "陈经理、黄经理、翁工：",
        "",
        "2号窑早上出问题了，先按问题协调记录表把情况和分工发一下，大家抓紧。",
        "",
        "问题协调解决记录表",
        "问题编号：WT-20260513-01",
        "问题描述：2号隧道窑烧成带温度波动超过±15℃，今早出窑的连体座便器釉面针孔、开裂比例明显上升",
        "提交人：蔡泽楷（窑炉车间）",
        "提交时间：2026-05-13 08:50",
        "紧急程度：高",
        "影响范围：2号窑当班约320件",
        "责任部门：生产部、品管部",
        "",
        "处理安排：",
        "1. 翁工（研发部）2小时内到现场排查热电偶和温控仪表，给出初步原因；",
        "2. 品管部黄经理今天下班前完成当班产品全检，不合格品隔离；",
        "3. 蔡泽楷明天上午10点前提交温控曲线调整方案；",
        "4. 设备厂家售后已电话联系，等对方回复到场时间。",
        "",
        "今天下午4点在车间办公室碰一下处理结果。",
        "",
        "蔡泽楷",
        "窑炉车间",
    ]
    text = render_text(blocks)
    body = M("alternative", [T(text, "plain", cs, "base64", q=False),
                             T(div_html(blocks, cs, "163"), "html", cs, "base64", q=False)],
             "----=_Part_%s_%s.%s" % (digits(cid, 6), digits(cid + "b", 9), digits(cid + "c", 13)))
    sender = "czk_chaozhou@163.com"
    hdr = trace(org, cid, date, "<%s>" % sender, "m16.mail.163.com (m16.mail.163.com [198.51.100.16])")
    hdr.append(("Received", "from czk_chaozhou$163.com ( [223.104.%d.%d] ) by\n\tajax-webmail-wmsvr-40-118 (Coremail) ; "
                "Wed, 13 May 2026 09:42:27\n\t+0800 (CST)" % (int(digits(cid, 2)), int(digits(cid + "x", 2)))))
    to = addrs([addr("陈锐彬", "chenruibin@" + LF, "GBK"), addr("黄晓纯", "huangxiaochun@" + LF, "GBK"),
                addr("翁俊杰", "wengjunjie@" + LF, "GBK")])
    hdr += coremail_headers(cid, date, addr("蔡泽楷", sender, "GBK"), to, addr(*BOT[org], charset="GBK"),
                            "【紧急】2号窑炉温度异常问题协调记录", "GBK", sender, brand="163com",
                            extra=[("X-Originating-IP", "[223.104.%d.%d]" % (int(digits(cid, 2)), int(digits(cid + "x", 2))))])
    items = [
        Item(P("翁俊杰"), "到现场排查热电偶和温控仪表，给出初步原因", "2026-05-13", "11:42", rule=("hours", 2)),
        Item(P("黄晓纯"), "完成当班产品全检，不合格品隔离", "2026-05-13", rule=("today",)),
        Item(P("蔡泽楷"), "提交温控曲线调整方案", "2026-05-14", "10:00", rule=("tomorrow",)),
    ]
    return dict(num=6506, slug="lanfeng-kiln-urgent-hours-163-personal", kind="minutes",
                raw=assemble(hdr, body, "\n"), items=items, next=("2026-05-13", "16:00", ("today",)),
                summary="3 items (2小时内 -> 11:42, 今天下班前, 明天上午10点前); follow-up today 16:00",
                tests="Seed 问题协调解决记录表 (紧急程度 高) sent from a personal 163.com address (GBK base64, Coremail webmail); hour deadline from the Date header; the record's own 提交时间 must not be used; a same-day follow-up",
                notes="Sent Wed 2026-05-13 09:42:27 +0800 from the kiln director's personal 163 mailbox (display name 蔡泽楷; the "
                      "roster address is his company one, which is what the gold uses for owner 蔡泽楷). 1. '翁工（研发部）2小时内' "
                      "-> 翁俊杰, 2 hours after the Date header = 2026-05-13 11:42 (not from the 提交时间 08:50 in the form). 2. "
                      "'品管部黄经理今天下班前' -> 黄晓纯, 2026-05-13 without a time. 3. '明天上午10点前' -> 2026-05-14 10:00. 4. reports "
                      "that the vendor was called -> a fact, not an item. 责任部门 lists units for the whole problem, not items. "
                      "'今天下午4点在车间办公室碰一下处理结果' is the next meeting -> 2026-05-13 16:00.")


@case
def c6507():
    cid, org = "6507", "lf"
    date = at(2026, 5, 21, 19, 34, 12, -7 * 60)
    text = "\n".join([
        "Hi Peggy, Sunny,",
        "",
        "Thanks for making time this evening (your morning!). Quick notes from today's call so we're all on the same page.",
        "",
        "Attendees: Megan Cole, Tom Alvarez (Harbor Bath); Peggy Zheng, Sunny Huang, Jessie Xu (Lanfeng)",
        "",
        "Discussed",
        "- Drop-test failures on the LF-2207 carton: 3 of 20 cartons cracked at the corner in our DC.",
        "- Q3 PO: 1,840 one-piece toilets + 600 vanity basins, split across two containers.",
        "- Lanfeng confirmed the matte white basin glaze matches the approved golden sample.",
        "",
        "Action items",
        "1. Peggy \u2013 send the revised carton spec (5-ply, corner protectors) by Tue May 26",
        "2. Sunny \u2013 share the drop-test video and report from your lab by Friday",
        "3. Megan \u2013 confirm final PO quantities by May 29",
        "4. Tom \u2013 check whether our DC can take 45' HQ containers (no date yet)",
        "5. Freight quote for the July sailing \u2013 owner TBD, ASAP",
        "",
        "Next call: Thursday, June 4, 8:00 PM PDT / Friday, June 5, 11:00 AM China time.",
        "",
        "Best,",
        "Megan",
        "",
        "--",
        "Megan Cole",
        "Sourcing Manager | Harbor Bath Supply",
        "Portland, OR",
    ])
    blocks = text.split("\n")
    html_ = div_html(["\n".join(blocks)], "UTF-8", "gmail").replace(
        "<div>--</div>", '<div><span class="gmail_signature_prefix">-- </span></div>')
    body = M("alternative", [T(text, "plain", "UTF-8", "quoted-printable", q=True),
                             T(html_, "html", "UTF-8", "quoted-printable", q=True)],
             "000000000000%s" % hx(cid, 16))
    hdr = trace(org, cid, date, "<megan.cole@harborbath.example.com>",
                "mail-pj1-f41.google.com (mail-pj1-f41.google.com [209.85.216.41])")
    hdr.append(("Received", "by mail-pj1-f41.google.com with SMTP id 98e67ed59e1d1-2f8a1c0b3d2so%s\n\tfor "
                "<minutes@lanfeng-sw.example.cn>; Thu, 21 May 2026 19:34:13 -0700 (PDT)" % digits(cid, 6)))
    to = addrs([addr("Peggy Zheng", "zhengpeiling@" + LF, quote=False), addr("Sunny Huang", "huangxiaochun@" + LF, quote=False)])
    cc = addrs([addr("Jessie Xu", "xuyanzhi@" + LF, quote=False),
                addr("Tom Alvarez", "tom.alvarez@harborbath.example.com", quote=False),
                addr("Lanfeng Minutes", BOT[org][1], quote=False)])
    hdr += [("X-Gm-Message-State", "AOJu0Yw" + hx(cid + "gm", 40)), ("X-Google-Smtp-Source", "AGHT+IG" + hx(cid + "gs", 40)),
            ("MIME-Version", "1.0"), ("From", addr("Megan Cole", "megan.cole@harborbath.example.com", quote=False)),
            ("Date", fmt_date(date)), ("X-Gm-Features", "AQt7F2" + hx(cid + "gf", 30)),
            ("Message-ID", mid("gmail", cid, "")), ("Subject", "Call notes - Q3 one-piece toilet order / packaging (May 21)"),
            ("To", to), ("Cc", cc), ("__BODY__", None)]
    items = [
        Item(P("郑佩玲"), "send the revised carton spec (5-ply, corner protectors)", "2026-05-26", rule=("md", 5, 26)),
        Item(P("黄晓纯"), "share the drop-test video and report from your lab", "2026-05-22", rule=("wd", 4)),
        Item(P("Megan Cole"), "confirm final PO quantities", "2026-05-29", rule=("md", 5, 29)),
        Item(X("Tom Alvarez", "tom.alvarez@harborbath.example.com"), "check whether our DC can take 45' HQ containers",
             None, flags=["no_due"]),
        Item(U(None), "Freight quote for the July sailing", None, flags=["vague_due"]),
    ]
    return dict(num=6507, slug="lanfeng-us-importer-english-gmail-pdt", kind="minutes",
                raw=assemble(hdr, body, "\n"), items=items, next=("2026-06-05", "11:00", ("md", 6, 5)),
                summary="5 items (2 outside owners, 1 TBD/ASAP); next 06-05 11:00 Beijing",
                tests="English 'Action items' from the US importer on Gmail web, Date in -0700 (Thu evening = Fri morning in Shanghai); English-name aliases; owner TBD + ASAP; next call given in two time zones",
                notes="Date Thu 2026-05-21 19:34 -0700 = Fri 2026-05-22 10:34 in Shanghai. 1. Peggy = 郑佩玲 (alias), 'by Tue May 26' -> "
                      "2026-05-26. 2. Sunny = 黄晓纯, 'by Friday': in Shanghai the mail was sent on Friday, so this week's Friday is "
                      "today 2026-05-22 (the writer's own Friday in Portland is the same date). 3. Megan Cole (From, roster outsider) "
                      "-> 2026-05-29. 4. Tom Alvarez (Cc display name, not in the roster) -> his Cc address, department null; "
                      "'no date yet' -> no_due. 5. 'owner TBD, ASAP' -> owner null, no_owner, vague_due. 'Discussed' bullets are "
                      "facts. 'Next call: Thursday, June 4, 8:00 PM PDT / Friday, June 5, 11:00 AM China time' -> 2026-06-05 11:00 "
                      "(Asia/Shanghai; both halves agree).")


def make_pdf(title, author, lines):
    """a text PDF (STSong-Light CID font, not embedded) written with invariant=1 so the bytes are stable"""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    width, height = A4
    left, right, top, bottom = 72, width - 72, height - 72, 72
    y = top
    for ln in lines:
        size = 16 if ln.startswith("#") else 11
        text = ln.lstrip("#").strip() if ln.startswith("#") else ln
        # wrap by width, character by character (CJK has no spaces)
        chunks, cur = [], ""
        for ch in text:
            if pdfmetrics.stringWidth(cur + ch, "STSong-Light", size) > right - left:
                chunks.append(cur)
                cur = ch
            else:
                cur += ch
        chunks.append(cur)
        for k, chunk in enumerate(chunks):
            if y < bottom:
                c.showPage()
                y = top
            c.setFont("STSong-Light", size)
            if ln.startswith("#"):
                c.drawCentredString(width / 2, y, chunk)
            else:
                c.drawString(left + (22 if k else 0), y, chunk)
            y -= size * 1.75
    c.showPage()
    c.save()
    return buf.getvalue()


def pdf_text(data):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)


@case
def c6516():
    cid, org = "6516", "lf"
    date = at(2026, 6, 26, 11, 5, 40)
    pdf_lines = [
        "#潮州澜峰陶瓷卫浴有限公司",
        "#6月质量月度会会议纪要",
        "",
        "会议时间：2026年6月25日 14:30-16:00",
        "会议地点：品管部会议室",
        "主持人：林振鸿    记录人：黄晓纯",
        "参会人员：陈锐彬、黄晓纯、谢少鹏、蔡泽楷、翁俊杰、郑佩玲、庄伟雄",
        "",
        "一、质量数据通报",
        "6月一次烧成合格率92.6%，较5月提升1.8个百分点；连体座便器开裂率降至2.1%；客户投诉3起，其中Harbor Bath包装破损投诉1起。",
        "",
        "二、会议决定",
        "1. 自7月1日起，2号窑执行新版温控曲线，旧版作废。",
        "2. 出口产品包装统一改用五层瓦楞纸箱加护角。",
        "",
        "三、工作安排",
        "1. 谢少鹏：7月3日前完成釉面针孔问题的鱼骨图分析与验证试验方案。",
        "2. 蔡泽楷：下周一前完成2号窑温控曲线调整后的连续72小时跟踪记录。",
        "3. 翁俊杰：本月底前提交新款壁挂盆模具修改方案。",
        "4. 外贸部：7月10日前整理Harbor Bath包装投诉的处理闭环资料。",
        "",
        "四、下次会议",
        "7月下旬，时间另行通知。",
        "",
        "品管部",
        "2026年6月26日",
    ]
    pdf = make_pdf("6月质量月度会会议纪要", "黄晓纯", pdf_lines)
    cs = "gb18030"
    blocks = ["林总及各位：", "", "6月质量月度会会议纪要见附件PDF，请查收。工作安排里涉及的同事请按时间完成。", "",
              "黄晓纯", "品管部 | 澜峰陶瓷卫浴"]
    text = render_text(blocks)
    alt = M("alternative", [T(text, "plain", cs, "base64"), T(div_html(blocks, cs, "exmail"), "html", cs, "base64")],
            qq_boundary(cid + "alt"))
    body = M("mixed", [alt, A(pdf, "application/octet-stream", "6月质量月度会会议纪要.pdf", style="2231")],
             qq_boundary(cid))
    body.preamble = "This is a multi-part message in MIME format."
    alt.preamble = None
    hdr = trace(org, cid, date, "<huangxiaochun@%s>" % LF, exmail_relay(cid))
    to = addrs([addr("林振鸿", "linzhenhong@" + LF, cs), addr("陈锐彬", "chenruibin@" + LF, cs),
                addr("谢少鹏", "xieshaopeng@" + LF, cs), addr("蔡泽楷", "caizekai@" + LF, cs),
                addr("翁俊杰", "wengjunjie@" + LF, cs), addr("郑佩玲", "zhengpeiling@" + LF, cs),
                addr("庄伟雄", "zhuangweixiong@" + LF, cs)])
    hdr += exmail_headers(cid, date, addr("黄晓纯", "huangxiaochun@" + LF, cs), to, addr(*BOT[org], charset=cs),
                          "6月质量月度会会议纪要（PDF）", cs, "huangxiaochun@" + LF)
    items = [
        Item(P("谢少鹏"), "完成釉面针孔问题的鱼骨图分析与验证试验方案", "2026-07-03", rule=("md", 7, 3)),
        Item(P("蔡泽楷"), "完成2号窑温控曲线调整后的连续72小时跟踪记录", "2026-06-29", rule=("next", 0)),
        Item(P("翁俊杰"), "提交新款壁挂盆模具修改方案", "2026-06-30", rule=("month_end",)),
        Item(U("外贸部"), "整理Harbor Bath包装投诉的处理闭环资料", "2026-07-10", rule=("md", 7, 10)),
    ]
    return dict(num=6516, slug="lanfeng-minutes-in-pdf-exmail-gb18030", kind="minutes",
                raw=assemble(hdr, body, "\r\n"), items=items, next=None, attachment_text=pdf_text(pdf),
                summary="4 items read from the PDF attachment; next meeting '7月下旬另行通知' -> null",
                tests="Minutes only in a PDF attachment (application/octet-stream, RFC 2231 file name) with a two-line body; Tencent Exmail gb18030; 下周一前 from a Friday; 本月底前; unit owner",
                notes="Sent Fri 2026-06-26 11:05; the meeting was Thu 06-25. The body only points at the PDF; a human reads the "
                      "attachment's 工作安排. 1. 谢少鹏 2026-07-03. 2. 蔡泽楷 '下周一前' -> Mon 2026-06-29 (the same from the "
                      "meeting day and from the Date header). 3. 翁俊杰 '本月底前' -> 2026-06-30. 4. '外贸部' alone -> owner null, "
                      "no_owner, department 外贸部, 2026-07-10. 会议决定 1-2 are decisions; the quality figures are facts. "
                      "'7月下旬，时间另行通知' gives no date -> next_followup null.")


@case
def c6518():
    cid, org = "6518", "lf"
    date = at(2026, 5, 18, 17, 35, 9)
    cs = "gb2312"
    old_mid = mid("outlook", cid + "old", LF)
    blocks = [
        "各位，",
        "",
        "本周（5月18日）例会纪要直接回在这个邮件里：",
        "",
        "1. 许燕芝：Harbor Bath的LF-2207出货样，5月22日前寄出DHL，单号发群里。",
        "2. 郑佩玲（我）：中东客户展会询盘报价，周三前全部回复。",
        "3. 品管部黄经理：LF-2207第三方验货（SGS）预约确认，下周二前。",
        "4. 财务部：5月份出口退税资料整理，月底前。",
        "",
        "上周第1项（样品间整理）燕芝已完成。",
        "",
        "下次例会：5月25日（周一）17:00。",
        "",
        "郑佩玲",
        "外贸部",
        "",
        QuoteHead(["发件人: 郑佩玲",
                   "发送时间: 2026年5月11日 17:20",
                   "收件人: 许燕芝; 黄晓纯; 詹秋萍",
                   "抄送: 会议纪要助手",
                   "主题: 外贸部周例会纪要（5月11日）"]),
        "",
        "各位，本周例会纪要：",
        "1. 许燕芝：样品间整理，5月15日前完成。",
        "2. 郑佩玲：广交会客户回访名单，本周五前。",
        "3. 詹秋萍：4月份出口退税申报，5月14日前。",
        "",
        "下次例会：5月18日（周一）17:00。",
        "",
        "郑佩玲",
        "外贸部",
    ]
    body = outlook_alt(cid, blocks, cs, "quoted-printable", "quoted-printable")
    body.preamble = OUTLOOK_PREAMBLE
    hdr = trace(org, cid, date, "<zhengpeiling@%s>" % LF, exmail_relay(cid))
    to = addrs([addr("许燕芝", "xuyanzhi@" + LF, cs), addr("黄晓纯", "huangxiaochun@" + LF, cs),
                addr("詹秋萍", "zhanqiuping@" + LF, cs)])
    hdr += outlook_headers(cid, date, addr("郑佩玲", "zhengpeiling@" + LF, cs), to, addr(*BOT[org], charset=cs),
                           "RE: 外贸部周例会纪要（5月11日）", cs, LF,
                           extra=[("References", old_mid), ("In-Reply-To", old_mid)])
    items = [
        Item(P("许燕芝"), "Harbor Bath的LF-2207出货样寄出DHL，单号发群里", "2026-05-22", rule=("md", 5, 22)),
        Item(P("郑佩玲"), "中东客户展会询盘报价全部回复", "2026-05-20", rule=("wd", 2)),
        Item(P("黄晓纯"), "LF-2207第三方验货（SGS）预约确认", "2026-05-26", rule=("next", 1)),
        Item(U("财务部"), "5月份出口退税资料整理", "2026-05-31", rule=("month_end",)),
    ]
    return dict(num=6518, slug="lanfeng-new-minutes-as-re-old-thread-outlook-gb2312", kind="minutes",
                raw=assemble(hdr, body), items=items, next=("2026-05-25", "17:00", ("md", 5, 25)),
                summary="4 new items above a quoted copy of last week's minutes; next 05-25 17:00",
                tests="New minutes written as 'RE:' on last week's minutes (In-Reply-To set, Outlook gb2312 QP): only the new part counts, the quoted old minutes and their next meeting are not read; '（我）' owner; 月底前 unit item",
                notes="Sent Mon 2026-05-18 as a reply in last week's thread, but the new text is this week's minutes, so kind minutes. "
                      "1. 许燕芝 2026-05-22. 2. '郑佩玲（我）' = the sender, '周三前' -> Wed 2026-05-20. 3. '品管部黄经理' = 黄晓纯, "
                      "'下周二前' -> 2026-05-26. 4. '财务部' alone -> no_owner, department 财务部, '月底前' -> 2026-05-31. "
                      "'上周第1项…已完成' is status. Everything under the Outlook 发件人/发送时间 block is the quoted 05-11 minutes "
                      "(their items and their '下次例会：5月18日') -> not read. Next: '下次例会：5月25日（周一）17:00' -> 2026-05-25 17:00. "
                      "(The bot also holds the 05-11 meeting of this thread; this mail is a different meeting, not a corrected "
                      "re-send, because its date, items and heading are new. The gold is only what parse returns.)")


@case
def c6521():
    cid, org = "6521", "lf"
    date = at(2026, 5, 21, 16, 22, 47)
    cs = "gb18030"
    table = Table([
        ["序号", "事项", "负责人", "完成时间", "状态", "备注"],
        ["1", "高岭土5月批次到货验收", "吴丹丹", "5月15日", "已完成", "实际5月14日到货"],
        ["2", "釉料替代供应商比价及样品试烧", "主责吴丹丹/配合谢少鹏", "5月29日", "进行中", "原定5月20日，因样品未到延期"],
        ["3", "纸箱供应商年度议价", "庄伟雄", "6月5日", "进行中", ""],
        ["4", "窑炉耐火材料备件采购", "主责庄伟雄/配合蔡泽楷", "下周二", "未开始", "需生产部提供规格清单"],
        ["5", "包装辅料（护角、缠绕膜）月度补货", "仓储主管韦志远", "5月25日", "未开始", "采购下单，仓储确认数量"],
    ])
    blocks = [
        "各位：",
        "",
        "采购周会跟进事项见下表（从Excel贴过来的）：",
        "",
        table,
        "",
        "下周四采购周会照常。",
        "",
        "庄伟雄",
        "采购部",
    ]
    text = render_text(blocks)
    body = M("alternative", [T(text, "plain", cs, "base64"), T(div_html(blocks, cs, "exmail"), "html", cs, "base64")],
             qq_boundary(cid))
    body.preamble = "This is a multi-part message in MIME format."
    hdr = trace(org, cid, date, "<zhuangweixiong@%s>" % LF, exmail_relay(cid))
    to = addrs([addr("吴丹丹", "wudandan@" + LF, cs), addr("谢少鹏", "xieshaopeng@" + LF, cs),
                addr("蔡泽楷", "caizekai@" + LF, cs), addr("韦志远", "weizhiyuan@" + LF, cs)])
    cc = addrs([addr("林振鸿", "linzhenhong@" + LF, cs), addr(*BOT[org], charset=cs)])
    hdr += exmail_headers(cid, date, addr("庄伟雄", "zhuangweixiong@" + LF, cs), to, cc,
                          "采购周会跟进表（5月21日）", cs, "zhuangweixiong@" + LF)
    items = [
        Item(P("吴丹丹"), "釉料替代供应商比价及样品试烧", "2026-05-29", rule=("md", 5, 29)),
        Item(P("庄伟雄"), "纸箱供应商年度议价", "2026-06-05", rule=("md", 6, 5)),
        Item(P("庄伟雄"), "窑炉耐火材料备件采购", "2026-05-26", rule=("next", 1)),
        Item(P("韦志远"), "包装辅料（护角、缠绕膜）月度补货", "2026-05-25", rule=("md", 5, 25)),
    ]
    return dict(num=6521, slug="lanfeng-excel-tsv-zhuze-peihe-exmail-gb18030", kind="minutes",
                raw=assemble(hdr, body), items=items, next=("2026-05-28", None, ("next", 3)),
                summary="4 open rows (done row skipped); next 05-28, no time",
                tests="Table pasted from Excel (tab-separated text + HTML table), Tencent Exmail gb18030; '主责X/配合Y' in one cell; 仓储主管韦志远 (title before name); remarks cells with dates; 下周二 in a date cell",
                notes="Sent Thu 2026-05-21. Row 1 已完成 -> status. Row 2 '主责吴丹丹/配合谢少鹏' -> owner 吴丹丹 only, 2026-05-29 "
                      "(the remark '原定5月20日…延期' is a remark). Row 3 庄伟雄 '6月5日' -> 2026-06-05. Row 4 '主责庄伟雄/配合蔡泽楷' "
                      "-> 庄伟雄, '下周二' -> Tue 2026-05-26. Row 5 '仓储主管韦志远' -> 韦志远, 2026-05-25. '下周四采购周会照常' -> "
                      "the next meeting is Thu 2026-05-28; no time is written anywhere, so time null.")


@case
def c6525():
    cid, org = "6525", "lf"
    date = at(2026, 4, 9, 11, 10, 30)
    cs = "gb2312"
    blocks = [
        "各位：",
        "",
        "4月9日上午LF-S9智能马桶盖新品评审会纪要如下：",
        "",
        "一、评审结论",
        "外观方案通过；座圈加热功率由45W调整为50W；暂不增加泡沫盾功能。",
        "",
        "二、后续工作",
        "1. 翁工负责座圈加热模块打样，4月24日前交样。",
        "2. 品管部制定LF-S9可靠性测试方案，尽快。",
        "3. 外贸部郑经理收集美国、中东客户对泡沫盾功能的意见，4月17日前反馈。",
        "4. 研发部负责更新BOM并发采购部。",
        "",
        "谢谢！",
        "",
        "卢志坚",
        "研发部 | 潮州澜峰陶瓷卫浴有限公司",
    ]
    body = outlook_alt(cid, blocks, cs, "quoted-printable", "quoted-printable")
    body.preamble = OUTLOOK_PREAMBLE
    hdr = trace(org, cid, date, "<luzhijian@%s>" % LF, exmail_relay(cid))
    to = addrs([addr("翁俊杰", "wengjunjie@" + LF, cs), addr("黄晓纯", "huangxiaochun@" + LF, cs),
                addr("郑佩玲", "zhengpeiling@" + LF, cs), addr("庄伟雄", "zhuangweixiong@" + LF, cs)])
    cc = addrs([addr("林振鸿", "linzhenhong@" + LF, cs), addr(*BOT[org], charset=cs)])
    hdr += outlook_headers(cid, date, addr("卢志坚", "luzhijian@" + LF, cs), to, cc,
                           "智能马桶盖新品（LF-S9）评审会纪要", cs, LF, mailer="Microsoft Outlook 16.0")
    items = [
        Item(P("翁俊杰"), "座圈加热模块打样，交样", "2026-04-24", rule=("md", 4, 24)),
        Item(U("品管部"), "制定LF-S9可靠性测试方案", None, flags=["vague_due"]),
        Item(P("郑佩玲"), "收集美国、中东客户对泡沫盾功能的意见", "2026-04-17", rule=("md", 4, 17)),
        Item(U("研发部"), "更新BOM并发采购部", None, flags=["no_due"]),
    ]
    return dict(num=6525, slug="lanfeng-rd-review-plain-outlook-gb2312", kind="minutes",
                raw=assemble(hdr, body), items=items, next=None,
                summary="4 items (2 unit-only: one 尽快, one undated); no next meeting",
                tests="Plain, common Outlook gb2312 QP minutes after Qingming: 评审结论 not items; 翁工/郑经理 aliases; unit owners with 尽快 (vague) and with no date (no_due); no next meeting at all",
                notes="Sent Thu 2026-04-09. 评审结论 are decisions. 1. 翁工 = 翁俊杰, '4月24日前' -> 2026-04-24. 2. '品管部' alone "
                      "-> no_owner, department 品管部; '尽快' -> vague_due. 3. '外贸部郑经理' = 郑佩玲, '4月17日前' -> 2026-04-17. "
                      "4. '研发部负责' -> no_owner, department 研发部; no deadline at all -> no_due. The mail says nothing about a "
                      "next meeting -> null.")


@case
def c6528():
    cid, org = "6528", "lf"
    date = at(2026, 5, 28, 17, 58, 2)
    cs = "utf-8"
    blocks = [
        "林总、各位：",
        "",
        "今天下午ISO 9001监督审核准备会纪要如下：",
        "",
        "审核时间：6月9日-10日（华认认证审核组2人）",
        "",
        "待办：",
        "1. 钱老师提供最新版内审检查表和不符合项整改模板，5月29日前发我。",
        "2. 各部门程序文件和记录自查：生产部陈经理、采购部庄经理、仓储韦主管、外贸部郑经理，6月3日前完成。",
        "3. 谢少鹏负责6月5日前完成一次内部模拟审核。",
        "4. 管理评审输入材料汇总：黄晓纯（我），下周一前。",
        "",
        "下次会议：",
        "6月3日（周三）",
        "下午2:00，品管部会议室",
        "",
        "黄晓纯",
        "品管部",
    ]
    text = render_text(blocks)
    body = M("alternative", [T(text, "plain", cs, "base64"), T(div_html(blocks, cs, "exmail"), "html", cs, "base64")],
             qq_boundary(cid))
    body.preamble = "This is a multi-part message in MIME format."
    hdr = trace(org, cid, date, "<huangxiaochun@%s>" % LF, exmail_relay(cid))
    to = addrs([addr("林振鸿", "linzhenhong@" + LF), addr("陈锐彬", "chenruibin@" + LF),
                addr("庄伟雄", "zhuangweixiong@" + LF), addr("韦志远", "weizhiyuan@" + LF),
                addr("郑佩玲", "zhengpeiling@" + LF), addr("谢少鹏", "xieshaopeng@" + LF)])
    cc = addrs([addr("钱美华", "qianmeihua@huaren-consult.example.com"), addr(*BOT[org])])
    hdr += exmail_headers(cid, date, addr("黄晓纯", "huangxiaochun@" + LF), to, cc,
                          "ISO 9001监督审核准备会纪要", cs, "huangxiaochun@" + LF)
    same = "程序文件和记录自查"
    items = [
        Item(P("钱美华"), "提供最新版内审检查表和不符合项整改模板", "2026-05-29", rule=("md", 5, 29)),
        Item(P("陈锐彬"), same, "2026-06-03", rule=("md", 6, 3)),
        Item(P("庄伟雄"), same, "2026-06-03", rule=("md", 6, 3)),
        Item(P("韦志远"), same, "2026-06-03", rule=("md", 6, 3)),
        Item(P("郑佩玲"), same, "2026-06-03", rule=("md", 6, 3)),
        Item(P("谢少鹏"), "完成一次内部模拟审核", "2026-06-05", rule=("md", 6, 5)),
        Item(P("黄晓纯"), "管理评审输入材料汇总", "2026-06-01", rule=("next", 0)),
    ]
    return dict(num=6528, slug="lanfeng-iso-audit-next-meeting-split-lines-exmail", kind="minutes",
                raw=assemble(hdr, body), items=items, next=("2026-06-03", "14:00", ("md", 6, 3)),
                summary="7 items (one task for four owners -> four items; external consultant 钱老师); next 06-03 14:00 (date and time on separate lines)",
                tests="Exmail UTF-8 minutes: 钱老师 (outside consultant, roster alias, also in Cc); one task for four title-named owners -> four items; '（我）'; next meeting label with the day on one line and the time on the next",
                notes="Sent Thu 2026-05-28. The 审核时间 line is a fact. 1. 钱老师 = 钱美华 (outside consultant, roster alias; her "
                      "address is also in Cc), department null, 2026-05-29. 2. one task '程序文件和记录自查' for 生产部陈经理 (陈锐彬), "
                      "采购部庄经理 (庄伟雄), 仓储韦主管 (韦志远), 外贸部郑经理 (郑佩玲) -> four items, each 2026-06-03. 3. 谢少鹏 "
                      "2026-06-05. 4. '黄晓纯（我）' = the sender, '下周一前' -> Mon 2026-06-01. Next: '下次会议：' then '6月3日（周三）' "
                      "then '下午2:00，品管部会议室' on the following line -> 2026-06-03 14:00.")


@case
def c6532():
    cid, org = "6532", "lf"
    date = at(2026, 6, 23, 10, 30, 15)
    cs = "utf-8"
    text = "\n".join([
        "李经理、各位：",
        "",
        "6月22日与江西华釉新材料的沟通会纪要如下：",
        "",
        "1. 华釉李文涛经理：下周一前提供5月、6月两批白釉的第三方检测报告。",
        "2. 仓储主管韦志远：月底前完成库存问题批次釉料的隔离和盘点。",
        "3. 品管部谢工：6月24日前出具问题批次釉料的来料检验记录。",
        "4. 华釉方面承诺7月起每批货附COA。",
        "5. 退换货及索赔事宜：待检测报告出来后再定。",
        "",
        "如有异议请今日内回复。",
        "",
        "庄伟雄",
        "采购部",
        "潮州澜峰陶瓷卫浴有限公司",
        "手机：138 2298 6410",
    ])
    body = T(text, "plain", cs, "base64")
    hdr = trace(org, cid, date, "<zhuangweixiong@%s>" % LF, exmail_relay(cid))
    to = addrs([addr("李文涛", "liwentao@huayou-glaze.example.com"), addr("韦志远", "weizhiyuan@" + LF),
                addr("谢少鹏", "xieshaopeng@" + LF)])
    cc = addrs([addr("吴丹丹", "wudandan@" + LF), addr(*BOT[org])])
    hdr += outlook_headers(cid, date, addr("庄伟雄", "zhuangweixiong@" + LF), to, cc,
                           "华釉釉料质量问题沟通会纪要", cs, LF)
    items = [
        Item(X("李文涛", "liwentao@huayou-glaze.example.com"), "提供5月、6月两批白釉的第三方检测报告", "2026-06-29",
             rule=("next", 0)),
        Item(P("韦志远"), "完成库存问题批次釉料的隔离和盘点", "2026-06-30", rule=("month_end",)),
        Item(P("谢少鹏"), "出具问题批次釉料的来料检验记录", "2026-06-24", rule=("md", 6, 24)),
    ]
    return dict(num=6532, slug="lanfeng-supplier-meeting-plain-outlook-text", kind="minutes",
                raw=assemble(hdr, body), items=items, next=None,
                summary="3 items (supplier owner from To); no next meeting",
                tests="Plain-text-only Outlook (UTF-8 base64) minutes with a glaze supplier: outside owner from the To display name; 仓储主管韦志远 / 谢工; supplier promise and a deferred topic are not items; the seed's '如有异议请今日内回复' closing is not a deadline",
                notes="Sent Tue 2026-06-23 (second working day after Dragon Boat); the meeting was 06-22. 1. 李文涛 of the supplier "
                      "(not in the roster) -> address from To, department null; '下周一前' -> Mon 2026-06-29. 2. '仓储主管韦志远' -> "
                      "韦志远, '月底前' -> 2026-06-30. 3. '品管部谢工' = 谢少鹏, 2026-06-24. 4. is the supplier's commitment "
                      "(a fact about future conduct, no deliverable with a date) and 5. is explicitly deferred -> neither is an "
                      "item. '如有异议请今日内回复' is the usual closing, not a task. No next meeting.")

# ============================================================================================
# 义乌热浪直播电商服务有限公司 (rl)
# ============================================================================================
RL = "relang-live.example.cn"


@case
def c6508():
    cid, org = "6508", "rl"
    date = at(2026, 5, 27, 21, 18, 44)
    cs = "utf-8"
    blocks = [
        "各位，今晚会议的飞书智能纪要贴在下面，待办我核对过了，大家看下自己的部分。抄送纪要机器人登记一下。",
        "",
        "—— 以下内容由飞书妙记生成 ——",
        "",
        "智能纪要：618大促选品与排期对齐会 2026年5月27日",
        "会议时间：2026年5月27日 19:30 - 20:45",
        "参会人：张永康、骆晓峰、金梦瑶、吴欣怡、朱一鸣、冯磊、张思琪",
        "",
        "总结",
        "本次会议主要围绕618大促的选品、直播排期和预热内容进行了讨论。会议明确了主推品为洁美品牌的收纳系列和厨房小件，"
        "6月1日起开始预热，6月16日至18日为三场重点专场。骆晓峰提出需要在6月3日前锁定主播排班，金梦瑶表示品牌方的机制价"
        "仍在谈判中，预计本周内有结果。张永康要求预热短视频6月1日前必须上线。",
        "",
        "章节",
        "00:02 选品复盘：收纳系列上月转化率最高，厨房小件客单价偏低，建议做组合装。",
        "18:40 直播排期：三场专场的主播和场控排班，小鹿档期待确认。",
        "41:15 预热内容：3条预热短视频的脚本方向和上线时间。",
        "",
        "待办",
        "- 金梦瑶：5月29日前与洁美品牌方确认618机制价和赠品方案",
        "- 骆晓峰：6月3日前锁定6月16日-18日三场专场的主播和场控排班",
        "- 朱一鸣：6月1日前完成3条预热短视频并上传素材库",
        "- 冯磊：整理近30天收纳类目直播转化数据",
        "- 吴欣怡：周五前确认主播小鹿的档期",
        "",
        "智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用",
        "查看妙记原文",
        "",
        "冯磊",
        "直播运营部 | 数据分析",
    ]
    text = render_text(blocks)
    html_ = div_html(blocks, cs, "feishu").replace("<div>查看妙记原文</div>",
                                                   '<div><a href="https://relang-live.feishu.example.cn/minutes/obcn%s">查看妙记原文</a></div>' % hx(cid, 20))
    body = M("alternative", [T(text, "plain", "UTF-8", "base64", eol="\n"), T(html_, "html", "UTF-8", "base64", eol="\n")],
             hx(cid, 28))
    hdr = trace(org, cid, date, "<fenglei@%s>" % RL, "mail-out-sg1.feishu.example.cn (mail-out-sg1.feishu.example.cn [203.0.113.21])")
    to = addrs([addr("张永康", "zhangyongkang@" + RL), addr("骆晓峰", "luoxiaofeng@" + RL), addr("金梦瑶", "jinmengyao@" + RL),
                addr("吴欣怡", "wuxinyi@" + RL), addr("朱一鸣", "zhuyiming@" + RL), addr("张思琪", "zhangsiqi@" + RL)])
    hdr += [("From", addr("冯磊", "fenglei@" + RL)), ("To", to), ("Cc", addr(*BOT[org])),
            ("Subject", htext("智能纪要：618大促选品与排期对齐会 2026年5月27日", "UTF-8")),
            ("Date", fmt_date(date)), ("Message-Id", mid("plain", cid, RL)), ("Mime-Version", "1.0"),
            ("__BODY__", None), ("X-Lms-Return-Path", "<lba+%s@%s>" % (hx(cid + "l", 24), RL)),
            ("X-Mailer", "Feishu Mail")]
    items = [
        Item(P("金梦瑶"), "与洁美品牌方确认618机制价和赠品方案", "2026-05-29", rule=("md", 5, 29)),
        Item(P("骆晓峰"), "锁定6月16日-18日三场专场的主播和场控排班", "2026-06-03", rule=("md", 6, 3)),
        Item(P("朱一鸣"), "完成3条预热短视频并上传素材库", "2026-06-01", rule=("md", 6, 1)),
        Item(P("冯磊"), "整理近30天收纳类目直播转化数据", None, flags=["no_due"]),
        Item(P("吴欣怡"), "确认主播小鹿的档期", "2026-05-29", rule=("wd", 4)),
    ]
    return dict(num=6508, slug="relang-feishu-ai-minutes-todo-only", kind="minutes",
                raw=assemble(hdr, body, "\n"), items=items, next=None,
                summary="5 items from the 待办 section only; no next meeting",
                tests="飞书妙记 智能纪要 pasted into Feishu mail (UTF-8 base64): only 待办 counts, the AI 总结 and 章节 repeat tasks and dates (and add '6月1日前必须上线') and must not add items",
                notes="Sent Wed 2026-05-27 21:18. Only the 待办 list is read: 1. 金梦瑶 2026-05-29. 2. 骆晓峰 2026-06-03. 3. 朱一鸣 "
                      "2026-06-01. 4. 冯磊, no date -> no_due. 5. 吴欣怡 '周五前' -> Fri 2026-05-29. The 总结 restates items 2-3 "
                      "(and '预计本周内有结果', '6月1日前必须上线') and 章节 lists topics: AI summary, not items. The preface asks "
                      "the bot to register, not an item. No next meeting is stated.")


@case
def c6509():
    cid, org = "6509", "rl"
    date = at(2026, 6, 16, 18, 36, 9)
    cs = "utf-8"
    blocks = [
        "大家好，下午会议的钉钉AI听记纪要如下，请各位确认自己的待办。",
        "",
        "【AI听记】端午假期直播值班安排会",
        "时间：2026-06-16 15:00-15:50",
        "参会人：王可心、骆晓峰、贾斌、吴欣怡、何珊珊",
        "",
        "摘要",
        "会议确认端午假期（6月19日-21日）直播间照常开播，每天两场；客服售后部和仓配部安排轮值。贾斌提出假期快递揽收只到"
        "6月19日中午，6月20日至21日的订单需节后集中发出。何珊珊提醒假期加班费需按公司制度核算。",
        "",
        "关键决策",
        "1. 假期期间每天19:00-23:00开播，下午场暂停。",
        "2. 假期订单统一在详情页标注“6月22日起发货”。",
        "",
        "待办事项",
        "1. 王可心  6月18日前  排好客服假期值班表并发群里",
        "2. 贾斌  节后第一个工作日  完成假期积压订单集中发货",
        "3. 吴欣怡  明天中午12点前  确认假期三天的主播人选",
        "4. 何珊珊  尽快  出假期加班费核算方案",
        "5. 骆晓峰  6月16日  完成假期直播排期表（已完成）",
        "",
        "以上内容由AI生成，仅供参考",
        "",
        "王可心",
        "客服售后部",
    ]
    text = render_text(blocks)
    body = M("alternative", [T(text, "plain", "UTF-8", "base64", eol="\n"),
                             T(div_html(blocks, cs, "dingtalk"), "html", "UTF-8", "base64", eol="\n")],
             "----=ALIBOUNDARY_%s_%s" % (digits(cid, 5), hx(cid, 12)))
    hdr = trace(org, cid, date, "<wangkexin@%s>" % RL, "out30-%d.mail.aliyun.com (out30-%d.mail.aliyun.com [198.51.100.%d])"
                % (int(digits(cid, 3)), int(digits(cid, 3)), 100 + int(digits(cid, 2))))
    to = addrs([addr("骆晓峰", "luoxiaofeng@" + RL), addr("贾斌", "jiabin@" + RL), addr("吴欣怡", "wuxinyi@" + RL),
                addr("何珊珊", "heshanshan@" + RL)])
    hdr += [("X-Alimail-AntiSpam", "AC=PASS;BC=-1|-1;BR=01201311R%s;CH=green;DM=||false|;DS=||;FP=0|-1|-1|-1|0|-1|-1|-1;"
                                   "HT=maildocker-contentspam033037%s;MF=wangkexin@%s;NM=1;PH=DS;RN=5;SR=0;TI=SMTPD_---0W%s_%s"
             % (digits(cid, 3), digits(cid, 6), RL, hx(cid, 6, True), digits(cid + "t", 10))),
            ("Date", fmt_date(date)), ("From", addr("王可心", "wangkexin@" + RL)), ("To", to), ("Cc", addr(*BOT[org])),
            ("Message-ID", "<%s.%s@%s>" % (hx(cid, 8), digits(cid, 13), RL)),
            ("Subject", htext("钉钉智能纪要｜端午假期直播值班安排会", "UTF-8")),
            ("X-Mailer", "[Alimail-Mailagent revision 5][W4_%s][DingTalk]" % digits(cid, 7)),
            ("MIME-Version", "1.0"), ("x-aliyun-im-through", "{\"version\":\"v1.0\"}"), ("__BODY__", None)]
    items = [
        Item(P("王可心"), "排好客服假期值班表并发群里", "2026-06-18", rule=("md", 6, 18)),
        Item(P("贾斌"), "完成假期积压订单集中发货", "2026-06-22", rule=("after_holiday",)),
        Item(P("吴欣怡"), "确认假期三天的主播人选", "2026-06-17", "12:00", rule=("tomorrow",)),
        Item(P("何珊珊"), "出假期加班费核算方案", None, flags=["vague_due"]),
    ]
    return dict(num=6509, slug="relang-dingtalk-ai-minutes-dragonboat", kind="minutes",
                raw=assemble(hdr, body, "\n"), items=items, next=None,
                summary="4 items from 待办事项 (done row skipped); no next meeting",
                tests="钉钉 AI听记 minutes in DingTalk (Alimail) mail before Dragon Boat: owner/date/task columns in that order; 节后第一个工作日 -> 06-22; 明天中午12点前; 尽快; a done row; 摘要/关键决策 not items",
                notes="Sent Tue 2026-06-16 18:36; Dragon Boat is Fri 06-19..Sun 06-21. Only 待办事项 counts; each line is "
                      "'owner  deadline  task'. 1. 王可心 2026-06-18. 2. 贾斌 '节后第一个工作日' -> Mon 2026-06-22. 3. 吴欣怡 "
                      "'明天中午12点前' -> 2026-06-17 12:00. 4. 何珊珊 '尽快' -> vague_due. 5. is marked （已完成） -> not an item. "
                      "摘要 (with dates 6月19日/6月20日至21日) and 关键决策 (incl. '6月22日起发货') are AI summary and decisions. "
                      "No next meeting.")


@case
def c6510():
    cid, org = "6510", "rl"
    date = at(2026, 4, 24, 23, 7, 51)
    cs = "utf-8"
    blocks = [
        "骆总监、各位：",
        "",
        "今晚直播复盘的待办整理如下：",
        "1. 朱一鸣：明天下午3点前把今晚切片剪好5条发抖音",
        "2. 冯磊：周日晚场开播前出一版本周GMV和退货率对比",
        "3. 贾斌：下周一前和快递网点确认五一期间揽收时间",
        "4. 王可心：今晚差评的3个订单明天跟进回访",
        "",
        "下面是群里的聊天记录，供参考：",
        "",
        "———— 群聊：热浪直播间运营群 ————",
        "骆晓峰 22:31",
        "今天退货率有点高，@冯磊 周日开播前给我个对比数据",
        "冯磊 22:33",
        "收到",
        "骆晓峰 22:35",
        "@朱一鸣 切片明天下午3点前出来，5条",
        "朱一鸣 22:36",
        "好的",
        "贾斌 22:40",
        "五一快递揽收时间我下周一前问清楚",
        "王可心 22:52",
        "差评那3单我明天回访",
        "张思琪 22:58",
        "@骆晓峰 明天早场还是小鹿播吗",
        "骆晓峰 22:59",
        "对，8点开播",
        "——————————————",
        "",
        "张思琪",
        "直播运营部 场控",
    ]
    text = render_text(blocks)
    body = M("alternative", [T(text, "plain", "utf-8", "base64"), T(div_html(blocks, cs, "wecom"), "html", "utf-8", "base64")],
             qq_boundary(cid))
    body.preamble = "This is a multi-part message in MIME format."
    hdr = trace(org, cid, date, "<zhangsiqi@%s>" % RL, exmail_relay(cid))
    to = addrs([addr("骆晓峰", "luoxiaofeng@" + RL), addr("朱一鸣", "zhuyiming@" + RL), addr("冯磊", "fenglei@" + RL),
                addr("贾斌", "jiabin@" + RL), addr("王可心", "wangkexin@" + RL)])
    hdr += exmail_headers(cid, date, addr("张思琪", "zhangsiqi@" + RL), to, addr(*BOT[org]),
                          "今晚复盘待办（附群聊记录）", "utf-8", "zhangsiqi@" + RL, mailer="WXWork Mail 4.1.x")
    items = [
        Item(P("朱一鸣"), "把今晚切片剪好5条发抖音", "2026-04-25", "15:00", rule=("tomorrow",)),
        Item(P("冯磊"), "出一版本周GMV和退货率对比", "2026-04-26", rule=("wd", 6)),
        Item(P("贾斌"), "和快递网点确认五一期间揽收时间", "2026-04-27", rule=("next", 0)),
        Item(P("王可心"), "今晚差评的3个订单跟进回访", "2026-04-25", rule=("tomorrow",)),
    ]
    return dict(num=6510, slug="relang-wecom-chat-paste-late-night", kind="minutes",
                raw=assemble(hdr, body), items=items, next=None,
                summary="4 items above a pasted group chat; no next meeting",
                tests="企业微信 mail (Exmail backend, UTF-8 base64) sent at 23:07: a 待办 list followed by a pasted group chat that restates the same tasks with times of day (22:31…) -> chat not items; 明天下午3点前; 周日…开播前 (weekday, no clock time)",
                notes="Sent Fri 2026-04-24 23:07. 1. 朱一鸣 '明天下午3点前' -> 2026-04-25 15:00. 2. 冯磊 '周日晚场开播前' -> this "
                      "week's Sunday 2026-04-26; '开播前' is no clock time -> due_time null. 3. 贾斌 '下周一前' -> 2026-04-27. 4. "
                      "王可心 '明天' -> 2026-04-25, no time. The chat log restates items 1-4 (the clock times are message "
                      "timestamps) and adds a question about tomorrow's streamer: not items. No next meeting.")


@case
def c6511():
    cid, org = "6511", "rl"
    date = at(2026, 6, 8, 17, 52, 30)
    cs = "utf-8"
    summary_html = (
        '<div style="margin:12px 0;padding:12px 16px;border:1px solid #e3e6eb;border-radius:6px;background:#f7f8fa">'
        '<div style="font-size:16px;font-weight:bold">腾讯会议 · 智能纪要</div>'
        '<div>会议主题：洁美×热浪 618专场复盘与7月合作</div>'
        '<div>会议时间：2026/06/08 14:00-15:10</div>'
        '<div>参会成员：申屠雅婷、金梦瑶、骆晓峰、冯磊</div>'
        '<div style="margin-top:10px;font-weight:bold">全文摘要</div>'
        '<div>双方复盘了6月1日至7日预热期和6月16日专场的准备情况。预热期短视频播放量达到预期，收纳系列点击率高于厨房小件。'
        '双方约定7月10日前确定7月专场选品，品牌方将视预算情况追加补贴。</div>'
        '<div style="margin-top:10px;font-weight:bold">分段纪要</div>'
        '<div>议题一：预热期数据复盘——流量主要来自短视频引流和直播间推荐，付费投放占比偏低。</div>'
        '<div>议题二：7月合作——品牌方希望7月中旬安排一场新品专场，具体时间需热浪确认主播档期。</div>'
        '<div style="margin-top:10px;font-weight:bold">待办事项</div>'
        '<div>□ 金梦瑶 周五前提供7月专场选品清单初稿</div>'
        '<div>□ 申屠雅婷 6月15日前确认7月专场的品牌补贴预算</div>'
        '<div>□ 冯磊 6月12日前输出预热期流量来源分析</div>'
        '<div>□ 骆晓峰 确定7月专场直播时间 待定</div>'
        '<div style="margin-top:8px;color:#8f959e;font-size:12px">本纪要由腾讯会议AI小助手生成，内容仅供参考</div>'
        '</div>')
    blocks = ["金经理、骆总监：", "", "附上今天会议的腾讯会议智能纪要，待办部分麻烦热浪这边也确认一下。", "",
              Raw(summary_html, ""), "", "申屠雅婷", "洁美日用 品牌电商部", "电话：0579-8552 7760"]
    html_ = div_html(blocks, cs, "exmail")
    body = T(html_, "html", "utf-8", "base64")
    hdr = trace(org, cid, date, "<shentuyating@jiemei-home.example.com>", exmail_relay(cid))
    to = addrs([addr("金梦瑶", "jinmengyao@" + RL), addr("骆晓峰", "luoxiaofeng@" + RL)])
    cc = addrs([addr("冯磊", "fenglei@" + RL), addr(*BOT[org])])
    hdr += exmail_headers(cid, date, addr("申屠雅婷", "shentuyating@jiemei-home.example.com"), to, cc,
                          "腾讯会议智能纪要：洁美×热浪 618专场复盘与7月合作", "utf-8",
                          "shentuyating@jiemei-home.example.com")
    items = [
        Item(P("金梦瑶"), "提供7月专场选品清单初稿", "2026-06-12", rule=("wd", 4)),
        Item(P("申屠雅婷"), "确认7月专场的品牌补贴预算", "2026-06-15", rule=("md", 6, 15)),
        Item(P("冯磊"), "输出预热期流量来源分析", "2026-06-12", rule=("md", 6, 12)),
        Item(P("骆晓峰"), "确定7月专场直播时间", None, flags=["vague_due"]),
    ]
    return dict(num=6511, slug="relang-brand-client-tencent-meeting-ai-html-only", kind="minutes",
                raw=assemble(hdr, body), items=items, next=None,
                summary="4 items from 待办事项 (one by the client herself, one 待定); no next meeting",
                tests="Single-part text/html (no plain part) from the brand client's Tencent Exmail: 腾讯会议 智能纪要 card; only 待办事项 counts ('□ owner deadline task'); the client's own item; 待定 after the task",
                notes="Sent Mon 2026-06-08 by 申屠雅婷 of the brand client 洁美日用 (external From, roster outsider). HTML only. "
                      "From 待办事项: 1. 金梦瑶 '周五前' -> Fri 2026-06-12. 2. 申屠雅婷 herself -> department null, 2026-06-15. "
                      "3. 冯磊 2026-06-12. 4. 骆晓峰, '待定' -> vague_due. 全文摘要 ('7月10日前确定7月专场选品') and 分段纪要 "
                      "are AI summary, not items. No next meeting ('7月中旬安排一场新品专场' is a plan for a livestream, not "
                      "a follow-up meeting).")


@case
def c6519():
    cid, org = "6519", "rl"
    date = at(2026, 6, 1, 11, 48, 2)
    cs = "utf-8"
    text = "\n".join([
        "各位：",
        "",
        "今天上午618大促跨部门协作会纪要如下。",
        "",
        "一、待办",
        "1. 招商选品部金梦瑶负责与洁美、禾木两个品牌方签订",
        "   618专场补充协议，6月5日前回传盖章件。",
        "2. 客服王主管牵头整理大促期间常见问题话术，",
        "   更新到客服知识库，本周四前完成。",
        "3. 仓配部贾主管负责协调中通、极兔两家网点大促期",
        "   间加派揽收车辆，下周三前确认到位。",
        "4. 内容制作部朱一鸣负责6月10日前完成直播间背景",
        "   KV和贴片物料更新。",
        "5. 大促期间每天23:00后由当班场控在群里发当日数据",
        "   简报。",
        "",
        "二、其他",
        "1. 张总要求6月16日-18日三场专场GMV目标不低于",
        "   去年同期的1.5倍。",
        "",
        "下次协作会：6月8日（周一）上午10点，还是三楼会议室。",
        "",
        "骆晓峰",
    ])
    body = T(text, "plain", "UTF-8", "quoted-printable", q=False)
    relay = "mail-m12741.qiye.163.com (mail-m12741.qiye.163.com [198.51.100.41])"
    hdr = trace(org, cid, date, "<luoxiaofeng@%s>" % RL, relay)
    hdr.append(("Received", "from luoxiaofeng$relang-live.example.cn ( [115.220.%d.%d] ) by\n\tajax-webmail-wmsvr-40-131 "
                "(Coremail) ; Mon, 1 Jun 2026 11:48:02\n\t+0800 (CST)" % (int(digits(cid, 2)), int(digits(cid + "z", 2)))))
    to = addrs([addr("金梦瑶", "jinmengyao@" + RL), addr("王可心", "wangkexin@" + RL), addr("贾斌", "jiabin@" + RL),
                addr("朱一鸣", "zhuyiming@" + RL), addr("张思琪", "zhangsiqi@" + RL)])
    cc = addrs([addr("张永康", "zhangyongkang@" + RL), addr(*BOT[org])])
    hdr += coremail_headers(cid, date, addr("骆晓峰", "luoxiaofeng@" + RL), to, cc, "618大促跨部门协作会纪要（6/1）",
                            "UTF-8", "luoxiaofeng@" + RL, brand="hzqiye163")
    items = [
        Item(P("金梦瑶"), "与洁美、禾木两个品牌方签订618专场补充协议，回传盖章件", "2026-06-05", rule=("md", 6, 5)),
        Item(P("王可心"), "整理大促期间常见问题话术，更新到客服知识库", "2026-06-04", rule=("this", 3)),
        Item(P("贾斌"), "协调中通、极兔两家网点大促期间加派揽收车辆", "2026-06-10", rule=("next", 2)),
        Item(P("朱一鸣"), "完成直播间背景KV和贴片物料更新", "2026-06-10", rule=("md", 6, 10)),
    ]
    return dict(num=6519, slug="relang-wrapped-items-plain-qp-qiye163", kind="minutes",
                raw=assemble(hdr, body, "\n"), items=items, next=("2026-06-08", "10:00", ("next", 0)),
                summary="4 items wrapped over two lines; a standing rule skipped; next 06-08 10:00",
                tests="Text-only UTF-8 QP from NetEase qiye mail with items hard-wrapped over two lines (one break inside a word: 大促期/间); owners by role (客服王主管, 仓配部贾主管); 本周四前/下周三前; a standing rule and a target are not items",
                notes="Sent Mon 2026-06-01. Each numbered item continues on an indented second line; the date may sit on either "
                      "line. 1. 金梦瑶 '6月5日前' -> 2026-06-05. 2. '客服王主管牵头' -> 王可心 (alias 王主管), '本周四前' -> "
                      "2026-06-04. 3. '仓配部贾主管' -> 贾斌, '下周三前' -> 2026-06-10. 4. 朱一鸣 '6月10日前' -> 2026-06-10. 5. is a "
                      "standing rule for whoever is on shift (每天23:00后…) -> not an item. '二、其他' is 张总's target -> not an "
                      "item. '下次协作会：6月8日（周一）上午10点' -> 2026-06-08 10:00.")


@case
def c6522():
    cid, org = "6522", "rl"
    date = at(2026, 6, 22, 20, 14, 33)
    cs = "utf-8"
    blocks = [
        "骆总监、一鸣：",
        "",
        "今天下午跟洁美申屠经理碰了下7月合作，记几件事：",
        "1. 我周四前把7月新品报价和机制发品牌方",
        "2. 一鸣下周二前剪好3条新品种草短视频给品牌方审",
        "3. 骆总监尽快确认7月专场排期，品牌方等着报备",
        "",
        "就这些，有变化再同步。",
        "",
        "发自网易邮箱大师",
    ]
    text = render_text(blocks)
    body = M("alternative", [T(text, "plain", "UTF-8", "base64", eol="\n"),
                             T(div_html(blocks, cs, "mailmaster"), "html", "UTF-8", "base64", eol="\n")],
             "----=_Part_%s_%s.%s" % (digits(cid, 6), digits(cid + "b", 9), digits(cid + "c", 13)))
    relay = "mail-m12742.qiye.163.com (mail-m12742.qiye.163.com [198.51.100.42])"
    hdr = trace(org, cid, date, "<jinmengyao@%s>" % RL, relay)
    hdr.append(("Received", "from [192.168.31.%d] (unknown [36.24.%d.%d])\n\tby smtp.qiye.163.com (Hmail) with ESMTPA id "
                "%s;\n\tMon, 22 Jun 2026 20:14:34 +0800 (CST)" % (int(digits(cid, 2)), int(digits(cid + "q", 2)),
                                                               int(digits(cid + "r", 2)), hx(cid, 12, True))))
    to = addrs([addr("骆晓峰", "luoxiaofeng@" + RL), addr("朱一鸣", "zhuyiming@" + RL)])
    hdr += [("Date", fmt_date(date)), ("From", addr("金梦瑶", "jinmengyao@" + RL)),
            ("To", to), ("Cc", addr(*BOT[org])), ("Message-ID", "<%s.%s.%s@%s>" % (
                hx(cid, 8).upper(), hx(cid + "a", 4).upper(), digits(cid, 4), RL)),
            ("Subject", htext("今天和洁美碰的几件事", "UTF-8")), ("MIME-Version", "1.0"), ("__BODY__", None),
            ("X-Priority", "3"), ("X-Mailer", "NetEase Mail Master 7.19.6 (iPhone; iOS 18.5)")]
    items = [
        Item(P("金梦瑶"), "把7月新品报价和机制发品牌方", "2026-06-25", rule=("wd", 3)),
        Item(P("朱一鸣"), "剪好3条新品种草短视频给品牌方审", "2026-06-30", rule=("next", 1)),
        Item(P("骆晓峰"), "确认7月专场排期", None, flags=["vague_due"]),
    ]
    return dict(num=6522, slug="relang-phone-notes-mailmaster", kind="minutes",
                raw=assemble(hdr, body, "\n"), items=items, next=None,
                summary="3 items (我 = sender, 一鸣, 骆总监 尽快); no next meeting",
                tests="Short notes typed on a phone in 网易邮箱大师 (UTF-8 base64, '发自网易邮箱大师') the evening after Dragon Boat: '我' = the sender; nickname 一鸣 and title 骆总监; 周四前/下周二前/尽快",
                notes="Sent Mon 2026-06-22 20:14, first working day after Dragon Boat. A real if informal meeting note (a meeting "
                      "with the client, tasks with owners and dates) -> kind minutes. 1. '我' = the sender 金梦瑶, '周四前' -> Thu "
                      "2026-06-25. 2. '一鸣' = 朱一鸣 (alias), '下周二前' -> 2026-06-30. 3. '骆总监' = 骆晓峰, '尽快' -> vague_due. "
                      "No next meeting.")


@case
def c6526():
    cid, org = "6526", "rl"
    date = at(2026, 7, 1, 14, 36, 50)
    cs = "utf-8"
    blocks = [
        "各位：",
        "",
        "今天上午（10:00-11:00）6月主播佣金和品牌服务费对账会，纪要如下：",
        "",
        "1. 6月主播佣金：吴欣怡7月3日前把6位主播的确认单收齐给我。",
        "2. 品牌服务费：金梦瑶本月底前催回洁美、禾木两家5月和6月的服务费，共38.6万元。",
        "3. 退货差异：冯磊出一份6月退货订单明细和平台账单的差异表，周五前。",
        "4. 发票：我这边7月6日前把6月的服务费发票开出去。",
        "",
        "有几笔差异今天没对完，下周三同一时间再碰一次。",
        "",
        "何珊珊",
        "财务部",
    ]
    text = render_text(blocks)
    body = M("alternative", [T(text, "plain", "utf-8", "base64"), T(div_html(blocks, cs, "wecom"), "html", "utf-8", "base64")],
             qq_boundary(cid))
    body.preamble = "This is a multi-part message in MIME format."
    hdr = trace(org, cid, date, "<heshanshan@%s>" % RL, exmail_relay(cid))
    to = addrs([addr("吴欣怡", "wuxinyi@" + RL), addr("金梦瑶", "jinmengyao@" + RL), addr("冯磊", "fenglei@" + RL)])
    cc = addrs([addr("张永康", "zhangyongkang@" + RL), addr(*BOT[org])])
    hdr += exmail_headers(cid, date, addr("何珊珊", "heshanshan@" + RL), to, cc, "6月结算对账会纪要", "utf-8",
                          "heshanshan@" + RL, mailer="WXWork Mail 4.1.x")
    items = [
        Item(P("吴欣怡"), "把6位主播的确认单收齐", "2026-07-03", rule=("md", 7, 3)),
        Item(P("金梦瑶"), "催回洁美、禾木两家5月和6月的服务费", "2026-07-31", rule=("month_end",)),
        Item(P("冯磊"), "出一份6月退货订单明细和平台账单的差异表", "2026-07-03", rule=("wd", 4)),
        Item(P("何珊珊"), "把6月的服务费发票开出去", "2026-07-06", rule=("md", 7, 6)),
    ]
    return dict(num=6526, slug="relang-settlement-same-time-next-wed-wecom", kind="minutes",
                raw=assemble(hdr, body), items=items, next=("2026-07-08", "10:00", ("next", 2)),
                summary="4 items ('我这边' = sender); next 07-08 10:00 from '下周三同一时间'",
                tests="Plain 企业微信 mail: 'topic：owner + task + deadline' lines; 本月底前 in July; 周五前 written after the task; '我这边'; next meeting as a sentence '下周三同一时间再碰一次' with the time taken from the meeting's own hours",
                notes="Sent Wed 2026-07-01. 1. 吴欣怡 2026-07-03. 2. 金梦瑶 '本月底前' -> 2026-07-31. 3. 冯磊 '周五前' -> Fri "
                      "2026-07-03. 4. '我这边' = the sender 何珊珊, 2026-07-06. '下周三同一时间再碰一次': next calendar week's "
                      "Wednesday 2026-07-08, and the meeting ran 10:00-11:00 -> 10:00.")


@case
def c6530():
    cid, org = "6530", "rl"
    date = at(2026, 7, 3, 19, 20, 40)
    cs = "utf-8"
    blocks = [
        "各位好，",
        "",
        "今天6月经营复盘会的纪要：",
        "",
        "一、6月经营情况",
        "6月GMV 1,236万，环比增长41%；退货率18.7%，高于目标3个百分点。",
        "",
        "二、下一步工作",
        "（一）7月主播孵化计划：张总牵头，吴欣怡、骆晓峰配合，7月10日前出方案。",
        "（二）退货率专项治理：客服售后部王可心负责，①7月8日前完成6月退货原因分类；②7月底前提出降低退货率的具体措施。",
        "（三）新品牌招商：金梦瑶，3个工作日内提交7月拟签约品牌名单。",
        "（四）6月各品牌分润核对：财务部，7月15日前。",
        "",
        "三、下月复盘会时间待定。",
        "",
        "吴欣怡",
        "主播经纪部",
    ]
    text = render_text(blocks)
    body = M("alternative", [T(text, "plain", "utf-8", "quoted-printable"),
                             T(div_html(blocks, cs, "apple"), "html", "utf-8", "quoted-printable")],
             "Apple-Mail=_%s-%s-%s-%s-%s" % (hx(cid, 8, True), hx(cid + "1", 4, True), hx(cid + "2", 4, True),
                                             hx(cid + "3", 4, True), hx(cid + "4", 12, True)))
    hdr = trace(org, cid, date, "<wuxinyi@%s>" % RL, exmail_relay(cid))
    to = addrs([addr("张永康", "zhangyongkang@" + RL, quote=False), addr("骆晓峰", "luoxiaofeng@" + RL),
                addr("王可心", "wangkexin@" + RL), addr("金梦瑶", "jinmengyao@" + RL), addr("何珊珊", "heshanshan@" + RL)])
    hdr += [("From", addr("吴欣怡", "wuxinyi@" + RL)), ("__BODY__", None), ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))"),
            ("Subject", htext("6月经营复盘会纪要", "utf-8")), ("Message-Id", mid("apple", cid, RL)),
            ("Date", fmt_date(date)), ("To", to), ("Cc", addr(*BOT[org])),
            ("X-Mailer", "Apple Mail (2.3826.600.51.1.1)")]
    items = [
        Item(P("张永康"), "7月主播孵化计划，出方案", "2026-07-10", rule=("md", 7, 10)),
        Item(P("王可心"), "完成6月退货原因分类", "2026-07-08", rule=("md", 7, 8)),
        Item(P("王可心"), "提出降低退货率的具体措施", "2026-07-31", rule=("mend", 7)),
        Item(P("金梦瑶"), "提交7月拟签约品牌名单", "2026-07-08", rule=("workdays", 3)),
        Item(U("财务部"), "6月各品牌分润核对", "2026-07-15", rule=("md", 7, 15)),
    ]
    return dict(num=6530, slug="relang-business-review-zhangzong-apple-mail", kind="minutes",
                raw=assemble(hdr, body, "\n"), items=items, next=None,
                summary="5 items (张总牵头, ①② inline, 3个工作日内 from a Friday); next '待定' -> null",
                tests="Apple Mail (macOS) UTF-8 QP: '张总牵头，X、Y配合' (title owner, helpers not owners); ①② sub-tasks inline in one line; 3个工作日内 from a Friday; 7月底前; unit-only owner; '下月复盘会时间待定'",
                notes="Sent Fri 2026-07-03 19:20. (一) '张总牵头' -> 张永康 (alias 张总) owns it; 吴欣怡/骆晓峰 配合 are not owners; "
                      "2026-07-10. (二) 王可心 with ① 2026-07-08 and ② '7月底前' -> 2026-07-31: two items. (三) 金梦瑶 "
                      "'3个工作日内' from Mon 07-06: 07-06, 07-07, 07-08 -> 2026-07-08. (四) '财务部' alone -> no_owner, "
                      "department 财务部, 2026-07-15. 一 are facts. '下月复盘会时间待定' -> next_followup null.")

# ============================================================================================
# 昆山鼎宏精密電子有限公司 (dh) -- Microsoft 365 tenant
# ============================================================================================
DH = "dinghong-ks.example.com"


def exo_relay(cid):
    n = int(digits(cid, 4))
    return ("mail-tyzapc01on20%02d.outbound.protection.outlook.com (mail-tyzapc01on20%02d.outbound.protection.outlook.com "
            "[40.107.%d.%d])" % (n % 100, n % 100, 100 + n % 150, n % 250))


def exo_headers(cid, date, frm, to, cc, subject, charset, lang="zh-CN", accept="zh-CN, en-US", style="exo",
                extra=(), subj_enc="B"):
    m = mid(style, cid, "")
    return [("From", frm), ("To", to), ("CC", cc), ("Subject", htext(subject, charset, subj_enc)),
            ("Thread-Topic", htext(re.sub(r"^(RE|FW|答复|回复|轉寄|回覆): ?", "", subject), charset, subj_enc)),
            ("Thread-Index", thread_index(cid)), ("Date", fmt_date(date)), ("Message-ID", m)] + list(extra) + [
        ("Accept-Language", accept), ("Content-Language", lang), ("X-MS-Has-Attach", "yes" if "att" in cid else None),
        ("X-MS-TNEF-Correlator", None), ("msip_labels", None), ("__BODY__", None), ("MIME-Version", "1.0")]


def exo_alt(cid, blocks, charset, cte="base64", lang="ZH-TW", html_=None):
    text = render_text(blocks)
    b = "_000_TYZPR06MB%s%s_" % (digits(cid + "srv", 4), hx(cid + "m", 28, upper=True))
    return M("alternative", [T(text, "plain", charset, cte),
                             T(html_ or outlook_html(blocks, charset, lang), "html", charset, cte)], b)


@case
def c6512():
    cid, org = "6512", "dh"
    date = at(2026, 4, 21, 10, 12, 40, 0)
    cs = "big5"
    table = Table([
        ["項次", "內容", "負責人", "完成日期"],
        ["1", "新版外觀限度樣本簽核並發行", "邱美玲", "4/24前"],
        ["2", "3線錫膏印刷不良改善對策驗證，提交驗證報告", "周國華", "下週三"],
        ["3", "4月份出貨檢驗不良率統計", "顧曉雯", "本週五"],
        ["4", "客戶稽核缺失改善計畫（B客戶）", "品保部", "4/30前"],
    ], widths=[40, 260, 70, 80])
    blocks = [
        "各位好，",
        "",
        "今日品質週會記錄如下，請相關同仁依期限完成。",
        "",
        "會議時間：2026/4/21（二）14:00-15:00",
        "地點：A棟3F會議室",
        "出席：張志豪、林怡君、陳建宏、周國華、顧曉雯、邱美玲",
        "",
        "一、上週待辦追蹤",
        "1. 連接器端子氧化客訴8D報告（邱美玲）：已結案",
        "2. SMT 3線錫膏印刷不良（沈磊）：持續改善中，併入本週待辦第2項",
        "",
        "二、本週決議",
        "1. 自5/1起，外觀檢驗標準改用新版限度樣本。",
        "2. 3線錫膏印刷不良未改善前，該線產品100%AOI全檢。",
        "",
        "三、待辦事項",
        table,
        "",
        "下次會議：4/28（二）14:00 A棟3F會議室",
        "",
        "Yvonne Lin 林怡君",
        "品保部 經理",
        "昆山鼎宏精密電子有限公司",
        "Tel: +86-512-5776-3180 ext. 2210",
    ]
    body = exo_alt(cid, blocks, cs, "base64", "ZH-TW")
    hdr = trace(org, cid, date, "<yvonne.lin@%s>" % DH, exo_relay(cid))
    to = addrs([addr("Howard Chang 張志豪", "howard.chang@" + DH, cs), addr("Kevin Chen 陳建宏", "kevin.chen@" + DH, cs),
                addr("周国华 Zhou Guohua", "zhouguohua@" + DH, "utf-8"), addr("顾晓雯 Gu Xiaowen", "guxiaowen@" + DH, "utf-8"),
                addr("Meiling Chiu 邱美玲", "meiling.chiu@" + DH, cs), addr("沈磊 Shen Lei", "shenlei@" + DH, "utf-8")])
    hdr += exo_headers(cid, date, addr("Yvonne Lin 林怡君", "yvonne.lin@" + DH, cs), to, addr(*BOT[org], quote=False),
                       "會議記錄：4/21 品質週會", cs, lang="zh-TW", accept="zh-TW, en-US")
    items = [
        Item(P("邱美玲"), "新版外觀限度樣本簽核並發行", "2026-04-24", rule=("md", 4, 24)),
        Item(P("周国华"), "3線錫膏印刷不良改善對策驗證，提交驗證報告", "2026-04-29", rule=("next", 2)),
        Item(P("顾晓雯"), "4月份出貨檢驗不良率統計", "2026-04-24", rule=("this", 4)),
        Item(U("品保部"), "客戶稽核缺失改善計畫（B客戶）", "2026-04-30", rule=("md", 4, 30)),
    ]
    return dict(num=6512, slug="kunshan-big5-quality-weekly-outlook-zhtw", kind="minutes",
                raw=assemble(hdr, body), items=items, next=("2026-04-28", "14:00", ("md", 4, 28)),
                summary="4 items from 待辦事項 (old items and decisions skipped); next 04-28 14:00",
                tests="Traditional Chinese minutes in big5 (base64) from Outlook zh-TW on Microsoft 365 (Date +0000); M/D dates '4/24前'; 下週三/本週五; Traditional owner names 周國華/顧曉雯 -> simplified roster names; 上週待辦追蹤 not items",
                notes="Date Tue 2026-04-21 10:12 +0000 = 18:12 in Shanghai (same day). Written by a Taiwanese manager in big5. "
                      "上週待辦追蹤 is the status of last week's items (one closed, one merged into this week's #2) -> not items; "
                      "本週決議 are decisions. 待辦事項 table: 1. 邱美玲 '4/24前' -> 2026-04-24. 2. '周國華' = roster 周国华 "
                      "(alias), '下週三' -> next calendar week's Wednesday 2026-04-29. 3. '顧曉雯' = 顾晓雯, '本週五' -> "
                      "2026-04-24. 4. 品保部 alone -> no_owner, department 品保部, '4/30前' -> 2026-04-30. "
                      "'下次會議：4/28（二）14:00' -> 2026-04-28 14:00. Task texts stay in Traditional Chinese as written.")


@case
def c6513():
    cid, org = "6513", "dh"
    date = at(2026, 6, 4, 9, 5, 17, 0)
    cs = "utf-8"
    blocks = [
        "Hi all,",
        "",
        "Thanks for joining today. Minutes below.",
        "",
        "Attendees: Jonas Weber, Anna Schmidt (Kessler Messtechnik); Howard Chang, Kevin Chen, Yvonne Lin, Shen Lei (Dinghong)",
        "",
        "Summary",
        "- AOI false-call rate on line 5 is 2.8% vs. the 1.0% target in the contract.",
        "- Kessler believes the lighting profile for the black connector housings is the main cause.",
        "- Decision: final acceptance is postponed; the 30% final payment stays on hold until the false-call rate is "
        "below target for 5 consecutive days.",
        "",
        "AI: Jonas \u2013 send the updated lighting profile and library files by Jun 8",
        "AI: Anna \u2013 arrange a remote session with the Kessler application engineer, date TBD",
        "AI: Shen Lei \u2013 collect 200 false-call images from line 5 and upload them to the shared folder by EOD",
        "AI: Kevin \u2013 confirm the line 5 downtime window for re-tuning by Friday",
        "AI: Yvonne \u2013 define the acceptance sampling plan with Kessler by Jun 12",
        "",
        "Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)",
        "",
        "Best regards,",
        "Howard Chang",
        "Deputy General Manager",
        "Dinghong Precision Electronics (Kunshan) Co., Ltd.",
    ]
    body = exo_alt(cid, blocks, cs, "quoted-printable", "EN-US",
                   html_=outlook_html(blocks, cs, "EN-US"))
    hdr = trace(org, cid, date, "<howard.chang@%s>" % DH, exo_relay(cid))
    to = addrs([addr("Jonas Weber", "jonas.weber@kessler-mt.example.de"), addr("Anna Schmidt", "anna.schmidt@kessler-mt.example.de"),
                addr("Kevin Chen 陳建宏", "kevin.chen@" + DH), addr("Yvonne Lin 林怡君", "yvonne.lin@" + DH),
                addr("沈磊 Shen Lei", "shenlei@" + DH)])
    hdr += exo_headers(cid, date, addr("Howard Chang 張志豪", "howard.chang@" + DH), to, addr(*BOT[org], quote=False),
                       "Minutes: AOI line 5 acceptance review with Kessler (Jun 4)", cs, lang="en-US",
                       accept="en-US, zh-TW")
    items = [
        Item(X("Jonas Weber", "jonas.weber@kessler-mt.example.de"), "send the updated lighting profile and library files",
             "2026-06-08", rule=("md", 6, 8)),
        Item(P("Anna Schmidt"), "arrange a remote session with the Kessler application engineer", None, flags=["vague_due"]),
        Item(P("沈磊"), "collect 200 false-call images from line 5 and upload them to the shared folder", "2026-06-04",
             rule=("today",)),
        Item(P("陳建宏"), "confirm the line 5 downtime window for re-tuning", "2026-06-05", rule=("wd", 4)),
        Item(P("林怡君"), "define the acceptance sampling plan with Kessler", "2026-06-12", rule=("md", 6, 12)),
    ]
    return dict(num=6513, slug="kunshan-english-ai-lines-m365-utc", kind="minutes",
                raw=assemble(hdr, body), items=items, next=("2026-06-09", "16:00", ("md", 6, 9)),
                summary="5 'AI:' items (2 supplier owners, TBD, EOD); next 06-09 16:00 Beijing",
                tests="English minutes with 'AI: Name – task by X' lines (Outlook on Microsoft 365, Date +0000, UTF-8 QP); supplier owners from To; EOD/by Friday/by Jun 8; 'date TBD'; 'Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)'",
                notes="Date Thu 2026-06-04 09:05 +0000 = 17:05 in Shanghai (same day). 'AI:' = action item. 1. Jonas Weber (To "
                      "display name, not in the roster) -> his To address, department null, 'by Jun 8' -> 2026-06-08. 2. Anna = "
                      "Anna Schmidt (roster outsider), 'date TBD' -> vague_due. 3. Shen Lei = 沈磊, 'by EOD' -> the send date "
                      "2026-06-04 without a time. 4. Kevin = 陳建宏, 'by Friday' -> 2026-06-05. 5. Yvonne = 林怡君, 2026-06-12. The "
                      "Summary bullets incl. 'Decision: … 5 consecutive days' are facts/decisions. 'Next sync: Tue Jun 9, 10:00 "
                      "CEST (16:00 Beijing)' -> 2026-06-09 16:00 Asia/Shanghai (10:00 CEST = 08:00 UTC = 16:00 CST).")


@case
def c6514():
    cid, org = "6514", "dh"
    date = at(2026, 5, 11, 10, 20, 5)
    cs = "utf-8"
    text = "\n".join([
        "Hi all,",
        "",
        "今天 MES 二期上線前 checklist 會議 notes：",
        "",
        "Done",
        "- [x] @Eric 伺服器備份策略確認",
        "- [x] @顧曉雯 BOM 資料匯入測試",
        "",
        "Open",
        "- [ ] @Eric 完成 MES 與 ERP 工單介面壓力測試 by Wed",
        "- [ ] @沈磊 SMT 線邊看板設備安裝，3個工作日內",
        "- [ ] @顧曉雯 下週一前提供5月排程主資料",
        "- [ ] @王建軍 組織產線操作員 MES 教育訓練（時間待定）",
        "- [ ] @品保部 確認 MES 檢驗站設定",
        "",
        "上線日預計 5/25，會再發通知。",
        "",
        "Eric",
        "-- ",
        "蔡宗翰 Eric Tsai",
        "資訊部 | 昆山鼎宏精密電子",
        "ext. 2301",
    ])
    body = T(text, "plain", "UTF-8", "8bit", q=False, extra="; format=flowed")
    hdr = trace(org, cid, date, "<eric.tsai@%s>" % DH, exo_relay(cid))
    to = addrs([addr("顾晓雯 Gu Xiaowen", "guxiaowen@" + DH), addr("沈磊 Shen Lei", "shenlei@" + DH),
                addr("王建军 Wang Jianjun", "wangjianjun@" + DH), addr("Yvonne Lin 林怡君", "yvonne.lin@" + DH)])
    hdr += [("Message-ID", mid("uuid", cid, DH)), ("Date", fmt_date(date)), ("MIME-Version", "1.0"),
            ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "zh-TW"), ("To", to),
            ("Cc", addrs([addr("Kevin Chen 陳建宏", "kevin.chen@" + DH), addr(*BOT[org], quote=False)])),
            ("From", addr("Eric Tsai 蔡宗翰", "eric.tsai@" + DH)),
            ("Subject", htext("[IT] MES 上線前 checklist 會議 notes 5/11", "UTF-8")), ("__BODY__", None)]
    items = [
        Item(P("蔡宗翰"), "完成 MES 與 ERP 工單介面壓力測試", "2026-05-13", rule=("wd", 2)),
        Item(P("沈磊"), "SMT 線邊看板設備安裝", "2026-05-14", rule=("workdays", 3)),
        Item(P("顾晓雯"), "提供5月排程主資料", "2026-05-18", rule=("next", 0)),
        Item(P("王建军"), "組織產線操作員 MES 教育訓練", None, flags=["vague_due"]),
        Item(U("品保部"), "確認 MES 檢驗站設定", None, flags=["no_due"]),
    ]
    return dict(num=6514, slug="kunshan-checkbox-mentions-thunderbird-8bit", kind="minutes",
                raw=assemble(hdr, body, "\n"), items=items, next=None,
                summary="5 open '- [ ] @name' items ([x] rows skipped); no next meeting",
                tests="Thunderbird 8bit UTF-8 format=flowed, Traditional Chinese mixed with English: '- [ ] @name' checkboxes, [x] = done; by Wed; 3個工作日內 after the 05-09 make-up Saturday; 時間待定; @unit; a go-live date that is not a meeting",
                notes="Sent Mon 2026-05-11 10:20 (the Saturday before, 05-09, was a make-up working day; it is in the past here). "
                      "[x] lines are done -> not items. Open: 1. @Eric = 蔡宗翰, 'by Wed' -> 2026-05-13. 2. @沈磊 '3個工作日內' from "
                      "05-12: 05-12, 05-13, 05-14 -> 2026-05-14. 3. @顧曉雯 = 顾晓雯, '下週一前' -> 2026-05-18. 4. @王建軍 = 王建军 "
                      "(alias), '時間待定' -> vague_due. 5. @品保部 is a unit -> no_owner, department 品保部, no date -> no_due. "
                      "'上線日預計 5/25' is a plan, not a meeting -> next_followup null.")


def make_docx(title, meta_lines, intro_lines, table_rows, tail_lines, author, when):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "宋体"
    st.font.size = Pt(11)
    h = d.add_paragraph()
    r = h.add_run(title)
    r.bold = True
    r.font.size = Pt(16)
    h.alignment = 1
    for ln in meta_lines:
        d.add_paragraph(ln)
    for ln in intro_lines:
        d.add_paragraph(ln)
    t = d.add_table(rows=len(table_rows), cols=len(table_rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(table_rows):
        for j, c in enumerate(row):
            t.cell(i, j).text = c
    for ln in tail_lines:
        d.add_paragraph(ln)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    # re-zip with fixed timestamps so that the bytes do not depend on the clock
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(when.year, when.month, when.day, when.hour, when.minute, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append("\t".join(c.text for c in row.cells))
    return "\n".join(out)


@case
def c6515():
    cid, org = "6515att", "dh"
    date = at(2026, 4, 30, 9, 48, 22, 0)
    cs = "utf-8"
    rows = [
        ["序号", "事项", "责任人", "完成时间", "备注"],
        ["1", "5月份Type-C连接器订单排产计划调整", "主责：顾晓雯；配合：周国华", "节后第一个工作日", ""],
        ["2", "客户A端子料号切换，旧料库存清点", "周国华", "5月8日", "需品保部配合抽检"],
        ["3", "冲压模具备件询价", "主责：沈磊；配合：吴佩珊", "5个工作日内", ""],
        ["4", "6月客户来厂稽核准备", "林怡君", "待定", "客户尚未确认日期"],
        ["5", "五一假期值班表", "顾晓雯", "4月30日", "已完成"],
    ]
    docx_bytes = make_docx(
        "产销协调会会议纪要",
        ["会议时间：2026年4月30日 14:00-15:30", "会议地点：B栋2F会议室", "主持人：张志豪        记录人：顾晓雯",
         "参会人员：张志豪、林怡君、陈建宏、吴佩珊、周国华、沈磊、顾晓雯"],
        ["一、会议内容",
         "1. 业务部通报：5月客户Type-C连接器订单较4月增加约18%，客户A要求5月中旬前完成端子料号切换。",
         "2. 制造部通报：冲压2号机模具磨损严重，备件库存不足。",
         "二、待办事项"],
        rows,
        ["三、下次会议：5月12日（周二）14:00，B栋2F会议室", "", "生管部  顾晓雯", "2026年4月30日"],
        "顾晓雯", dt.datetime(2026, 4, 30, 17, 30, 0))
    blocks = ["各位好，", "", "附件为今天产销协调会会议纪要，请查收。如有问题请今天内反馈。", "", "顾晓雯",
              "生管部 | 昆山鼎宏精密電子有限公司", "Tel: 0512-5776 3126"]
    alt = exo_alt(cid, blocks, cs, "base64", "ZH-CN")
    outer = "_004_TYZPR06MB%s%s_" % (digits(cid + "srv", 4), hx(cid + "m", 28, upper=True))
    body = M("mixed", [alt, A(docx_bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                              "产销协调会会议纪要0430.docx", style="2231",
                              headers=[("Content-Description", htext("产销协调会会议纪要0430.docx", "utf-8"))])], outer)
    hdr = trace(org, cid, date, "<guxiaowen@%s>" % DH, exo_relay(cid))
    to = addrs([addr("Howard Chang 張志豪", "howard.chang@" + DH), addr("Yvonne Lin 林怡君", "yvonne.lin@" + DH),
                addr("Kevin Chen 陳建宏", "kevin.chen@" + DH), addr("Sandy Wu 吳佩珊", "sandy.wu@" + DH),
                addr("周国华 Zhou Guohua", "zhouguohua@" + DH), addr("沈磊 Shen Lei", "shenlei@" + DH)])
    hdr += exo_headers(cid, date, addr("顾晓雯 Gu Xiaowen", "guxiaowen@" + DH), to, addr(*BOT[org], quote=False),
                       "4月30日产销协调会会议纪要", cs, lang="zh-CN", accept="zh-CN, en-US")
    items = [
        Item(P("顾晓雯"), "5月份Type-C连接器订单排产计划调整", "2026-05-06", rule=("after_holiday",)),
        Item(P("周国华"), "客户A端子料号切换，旧料库存清点", "2026-05-08", rule=("md", 5, 8)),
        Item(P("沈磊"), "冲压模具备件询价", "2026-05-11", rule=("workdays", 5)),
        Item(P("林怡君"), "6月客户来厂稽核准备", None, flags=["vague_due"]),
    ]
    return dict(num=6515, slug="kunshan-docx-attachment-labour-day-m365", kind="minutes",
                raw=assemble(hdr, body), items=items, next=("2026-05-12", "14:00", ("md", 5, 12)),
                attachment_text=docx_text(docx_bytes),
                summary="4 items read from the .docx table (done row skipped); next 05-12 14:00 (in the .docx)",
                tests="Minutes only in a real .docx attachment (table with '主责：X；配合：Y' cells), short body, Outlook on Microsoft 365 (Date +0000) the day before Labour Day: 节后第一个工作日 = 05-06, 5个工作日内 = 05-11 across the holiday and the 05-09 make-up Saturday",
                notes="Date Thu 2026-04-30 09:48 +0000 = 17:48 in Shanghai, the last working day before Labour Day (05-01..05-05). "
                      "The body only says the minutes are attached; a human reads the .docx. 1. '主责：顾晓雯；配合：周国华' -> "
                      "顾晓雯; '节后第一个工作日' -> Wed 2026-05-06. 2. 周国华 '5月8日' -> 2026-05-08 (the remark asks 品保部 to "
                      "help; not an item). 3. '主责：沈磊；配合：吴佩珊' -> 沈磊; '5个工作日内' from 04-30: 05-06, 05-07, 05-08, Sat "
                      "05-09 (make-up), 05-11 -> 2026-05-11. 4. 林怡君 '待定' -> vague_due. 5. 已完成 -> not an item. 会议内容 "
                      "are reports (incl. '5月中旬前' as the customer's requirement). '三、下次会议：5月12日（周二）14:00' in the "
                      "document -> 2026-05-12 14:00.")


@case
def c6523():
    cid, org = "6523", "dh"
    date = at(2026, 5, 9, 16, 48, 10)
    text = "\n".join([
        "國華、曉雯：",
        "",
        "今天下午兩點跟你們走了一圈SMT和組裝線，重點記一下：",
        "1. 國華：3線迴焊爐溫度曲線重新量測，週一前給我數據。",
        "2. 沈工：AOI誤判的料號清單整理出來，2個工作日內。",
        "3. 曉雯：下週的排程把3線保養時間排進去，下週二前給我初版。",
        "",
        "下週三同一時間再來複查。",
        "",
        "Kevin",
        "",
        "從我的 iPhone 傳送",
    ])
    body = T(text, "plain", "utf-8", "quoted-printable", q=False)
    hdr = trace(org, cid, date, "<kevin.chen@%s>" % DH, exo_relay(cid))
    hdr += [("Content-Type", None), ("From", addr("Kevin Chen 陳建宏", "kevin.chen@" + DH)), ("__BODY__", None),
            ("Mime-Version", "1.0 (1.0)"), ("Date", fmt_date(date)),
            ("Subject", htext("今天產線稽核重點", "utf-8")), ("Message-Id", mid("apple", cid, DH)),
            ("To", addrs([addr("周国华 Zhou Guohua", "zhouguohua@" + DH), addr("顾晓雯 Gu Xiaowen", "guxiaowen@" + DH)])),
            ("Cc", addrs([addr("沈磊 Shen Lei", "shenlei@" + DH), addr(*BOT[org], quote=False)])),
            ("X-Mailer", "iPhone Mail (22F76)")]
    items = [
        Item(P("周国华"), "3線迴焊爐溫度曲線重新量測，給我數據", "2026-05-11", rule=("wd", 0)),
        Item(P("沈磊"), "AOI誤判的料號清單整理出來", "2026-05-12", rule=("workdays", 2)),
        Item(P("顾晓雯"), "下週的排程把3線保養時間排進去，給我初版", "2026-05-12", rule=("next", 1)),
    ]
    return dict(num=6523, slug="kunshan-iphone-makeup-saturday-traditional", kind="minutes",
                raw=assemble(hdr, body, "\n"), items=items, next=("2026-05-13", "14:00", ("next", 2)),
                summary="3 items from a walk-through (sent on the 05-09 make-up Saturday); next 05-13 14:00",
                tests="iPhone Mail text-only UTF-8 QP in Traditional Chinese, sent on Sat 05-09 (a make-up working day): 週一前 = 05-11; 2個工作日內 counts Mon and Tue; short given names 國華/曉雯 and 沈工; '下週三同一時間' with the time from '今天下午兩點'",
                notes="Sent Sat 2026-05-09 16:48, the Labour Day make-up working day. 1. '國華' = 周国华 (alias), '週一前' -> this "
                      "week's Monday (05-04) is past -> Mon 2026-05-11. 2. '沈工' = 沈磊, '2個工作日內' counted from the day after "
                      "sending: Sun 05-10 is not a working day, then 05-11 (1), 05-12 (2) -> 2026-05-12. 3. '曉雯' = 顾晓雯, "
                      "'下週二前' -> 2026-05-12. '下週三同一時間再來複查' -> Wed 2026-05-13; the walk-through was '今天下午兩點' "
                      "-> 14:00.")


@case
def c6527():
    cid, org = "6527", "dh"
    date = at(2026, 7, 9, 9, 15, 33, 120)
    cs = "utf-8"
    blocks = [
        "Dear Howard, dear Kevin,",
        "",
        "Please find below the minutes of today\u2019s follow-up call.",
        "",
        "Participants: Anna Schmidt, Jonas Weber (Kessler); Howard Chang, Kevin Chen, Yvonne Lin, Shen Lei (Dinghong)",
        "",
        "Status",
        "- False-call rate on line 5 is down to 1.2% (target 1.0%) after the new lighting profile.",
        "- Remote tuning session on 25 June completed.",
        "",
        "Action items",
        "",
        "Task: Re-tune the solder-joint library for the 0.4 mm pitch connectors",
        "Owner: Jonas Weber",
        "Due: Fri 17 Jul",
        "",
        "Task: Run the 5-day acceptance trial and share the daily false-call report",
        "Owner: Shen Lei",
        "Due: 24 Jul 2026",
        "",
        "Task: Release the 30% final payment after the acceptance report is signed",
        "Owner: Howard Chang",
        "Due: TBD",
        "",
        "Task: Send the signed acceptance sampling plan",
        "Owner: Yvonne Lin",
        "Due: Done (received 6 July)",
        "",
        "Task: Update the AOI operator training material in Chinese",
        "Owner: Kessler / Dinghong jointly",
        "Due: end of July",
        "",
        "Next sync: Wed 15 Jul, 09:00 CEST (15:00 Beijing)",
        "",
        "Kind regards,",
        "Anna Schmidt",
        "Application Engineering",
        "Kessler Messtechnik GmbH | Stuttgart",
    ]
    text = render_text(blocks)
    html_ = outlook_html(blocks, cs, "EN-US")
    b = "B_%s_%s" % (digits(cid, 10), digits(cid + "b", 10))
    body = M("alternative", [T(text, "plain", "UTF-8", "quoted-printable"), T(html_, "html", "UTF-8", "quoted-printable")],
             b)
    hdr = trace(org, cid, date, "<anna.schmidt@kessler-mt.example.de>",
                "mail-fr2deu01on20%02d.outbound.protection.outlook.com (mail-fr2deu01on20%02d.outbound.protection.outlook.com "
                "[40.107.135.%d])" % (int(digits(cid, 2)), int(digits(cid, 2)), int(digits(cid, 2))))
    to = addrs([addr("Howard Chang 張志豪", "howard.chang@" + DH), addr("Kevin Chen 陳建宏", "kevin.chen@" + DH)])
    cc = addrs([addr("Jonas Weber", "jonas.weber@kessler-mt.example.de"), addr("Yvonne Lin 林怡君", "yvonne.lin@" + DH),
                addr("沈磊 Shen Lei", "shenlei@" + DH), addr(*BOT[org], quote=False)])
    hdr += [("From", addr("Anna Schmidt", "anna.schmidt@kessler-mt.example.de")), ("To", to), ("CC", cc),
            ("Subject", htext("AOI Line 5 \u2013 follow-up meeting minutes / action items (09 July 2026)", "utf-8", "Q")),
            ("Thread-Topic", htext("AOI Line 5 \u2013 follow-up meeting minutes / action items (09 July 2026)", "utf-8", "Q")),
            ("Thread-Index", thread_index(cid)), ("Date", fmt_date(date)), ("Message-ID", mid("exo_eu", cid, "")),
            ("Accept-Language", "de-DE, en-US"), ("Content-Language", "en-US"),
            ("user-agent", "Microsoft-MacOutlook/16.98.25061517"), ("__BODY__", None), ("MIME-Version", "1.0")]
    items = [
        Item(X("Jonas Weber", "jonas.weber@kessler-mt.example.de"),
             "Re-tune the solder-joint library for the 0.4 mm pitch connectors", "2026-07-17", rule=("md", 7, 17)),
        Item(P("沈磊"), "Run the 5-day acceptance trial and share the daily false-call report", "2026-07-24",
             rule=("md", 7, 24)),
        Item(P("張志豪"), "Release the 30% final payment after the acceptance report is signed", None, flags=["vague_due"]),
        Item(U(None), "Update the AOI operator training material in Chinese", "2026-07-31", rule=("mend", 7)),
    ]
    return dict(num=6527, slug="kunshan-supplier-owner-due-blocks-outlook-mac-cest", kind="minutes",
                raw=assemble(hdr, body), items=items, next=("2026-07-15", "15:00", ("md", 7, 15)),
                summary="4 Task/Owner/Due blocks (a Done block skipped, a joint owner); next 07-15 15:00 Beijing",
                tests="German supplier's Outlook for Mac minutes (Date +0200, UTF-8 QP, Q-encoded subject): Task/Owner/Due blocks, 'Due: Done (…)' closed, 'Due: TBD', 'Kessler / Dinghong jointly' (no one person), 'end of July'; next sync in CEST with the Beijing time in brackets",
                notes="Date Thu 2026-07-09 09:15 +0200 = 15:15 in Shanghai. Written by Anna Schmidt (roster outsider). Blocks: 1. "
                      "Jonas Weber (Cc display name) -> his Cc address, department null, 'Fri 17 Jul' -> 2026-07-17. 2. Shen Lei = "
                      "沈磊, 2026-07-24. 3. Howard Chang = 張志豪, 'TBD' -> vague_due. 4. 'Due: Done (received 6 July)' -> closed, "
                      "not an item. 5. 'Kessler / Dinghong jointly' is no single person -> owner null, no_owner, department null; "
                      "'end of July' -> 2026-07-31. Status bullets are facts. 'Next sync: Wed 15 Jul, 09:00 CEST (15:00 Beijing)' "
                      "-> 2026-07-15 15:00.")


@case
def c6531():
    cid, org = "6531", "dh"
    date = at(2026, 6, 17, 17, 5, 40, 0)
    cs = "utf-8"
    blocks = [
        "各位：",
        "",
        "今晚紧急出货协调会（22:30-00:40）纪要如下，辛苦大家：",
        "",
        "1. 客户B的Type-C连接器12万pcs必须在假期前出货：制造部周国华今晚安排加班，6月18日18:00前完成包装入库。",
        "2. 业务部吴佩珊：与客户确认假期期间的收货安排，今天中午12点前回复。",
        "3. 品保部邱美玲：出货检验报告3个工作日内补齐给客户。",
        "4. 生管部（我）：节后第一个工作日重排6月最后一周的排程。",
        "",
        "下次会议：6月22日（周一）上午9:00，生管例会一起追。",
        "",
        "顾晓雯",
        "生管部",
    ]
    text = render_text(blocks)
    html_ = div_html(blocks, cs, "owa")
    body = M("alternative", [T(text, "plain", "utf-8", "base64"), T(html_, "html", "utf-8", "base64")],
             "_000_TYZPR06MB%s%s_" % (digits(cid + "srv", 4), hx(cid + "m", 28, upper=True)))
    hdr = trace(org, cid, date, "<guxiaowen@%s>" % DH, exo_relay(cid))
    to = addrs([addr("周国华 Zhou Guohua", "zhouguohua@" + DH), addr("Sandy Wu 吳佩珊", "sandy.wu@" + DH),
                addr("Meiling Chiu 邱美玲", "meiling.chiu@" + DH)])
    cc = addrs([addr("Howard Chang 張志豪", "howard.chang@" + DH), addr(*BOT[org], quote=False)])
    hdr += exo_headers(cid, date, addr("顾晓雯 Gu Xiaowen", "guxiaowen@" + DH), to, cc,
                       "端午假期前紧急出货协调会纪要", cs, lang="zh-CN", accept="zh-CN, en-US",
                       extra=[("x-ms-publictraffictype", "Email"),
                              ("x-ms-traffictypediagnostic", "TYZPR06MB%s:EE_|SEZPR06MB%s:EE_" % (digits(cid, 4), digits(cid + "s", 4)))])
    items = [
        Item(P("周国华"), "完成包装入库", "2026-06-18", "18:00", rule=("md", 6, 18)),
        Item(P("吳佩珊"), "与客户确认假期期间的收货安排", "2026-06-18", "12:00", rule=("today",)),
        Item(P("邱美玲"), "出货检验报告补齐给客户", "2026-06-24", rule=("workdays", 3)),
        Item(P("顾晓雯"), "重排6月最后一周的排程", "2026-06-22", rule=("after_holiday",)),
    ]
    items[0].task = "客户B的Type-C连接器12万pcs完成包装入库"
    return dict(num=6531, slug="kunshan-owa-utc-after-midnight-dragonboat", kind="minutes",
                raw=assemble(hdr, body), items=items, next=("2026-06-22", "09:00", ("md", 6, 22)),
                summary="4 items; the Date is 17:05 UTC = 01:05 next day in Shanghai; next 06-22 09:00",
                tests="Outlook on the web (Microsoft 365) with Date +0000 on 06-17 that is already 06-18 01:05 in Shanghai, the eve of Dragon Boat: 今天 = 06-18; 3个工作日内 skips 06-19..06-21 (06-24, not 06-23); 节后第一个工作日; 生管部（我）",
                notes="Date Wed 2026-06-17 17:05 +0000 = Thu 2026-06-18 01:05 in Shanghai, after a late meeting (22:30-00:40). All "
                      "dates use the Shanghai date 06-18. 1. 周国华, '6月18日18:00前' -> 2026-06-18 18:00. 2. 吴佩珊 = roster "
                      "吳佩珊 (alias), '今天中午12点前' -> 2026-06-18 12:00 (AMBIGUOUS only for a reader who uses the UTC date; "
                      "written after midnight, 今天 is the 18th). 3. 邱美玲 '3个工作日内' from 06-19: 06-19..06-21 are the Dragon "
                      "Boat holiday, then 06-22 (1), 06-23 (2), 06-24 (3) -> 2026-06-24 (the UTC date would wrongly give 06-23). 4. "
                      "'生管部（我）' = the sender 顾晓雯, '节后第一个工作日' -> 2026-06-22. '下次会议：6月22日（周一）上午9:00' -> "
                      "2026-06-22 09:00.")

# ============================================================================================
# auto (no person wrote them) and other (a person wrote them, but they are not minutes)
# ============================================================================================


@case
def c6533():
    cid, org = "6533", "lf"
    date = at(2026, 5, 25, 17, 40, 5)
    cs = "gb18030"
    bot_mid = "<r.202605251730.%s@lanfeng-sw.example.cn>" % hx(cid, 10)
    blocks = [
        "您好，",
        "",
        "我于5月25日至5月29日在迪拜参加中东国际卫浴展，期间查看邮件不及时，回复可能延迟。",
        "紧急事务请联系外贸部许燕芝（xuyanzhi@lanfeng-sw.example.cn，手机 138 2296 0175），6月1日起恢复正常。",
        "",
        "谢谢！",
        "郑佩玲",
        "外贸部",
    ]
    text = render_text(blocks)
    body = M("alternative", [T(text, "plain", cs, "base64"), T(div_html(blocks, cs, "exmail"), "html", cs, "base64")],
             qq_boundary(cid))
    hdr = trace(org, cid, date, "<zhengpeiling@%s>" % LF, exmail_relay(cid))
    hdr += exmail_headers(cid, date, addr("郑佩玲", "zhengpeiling@" + LF, cs),
                          addr(BOT[org][0], "minutes+r7c1e09a55@lanfeng-sw.example.cn", cs), None,
                          "自动回复: 【待办提醒】外贸部周例会纪要（5月18日） 第2项已逾期", cs, "zhengpeiling@" + LF,
                          extra=[("In-Reply-To", bot_mid), ("References", bot_mid),
                                 ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                                 ("X-Auto-Response-Suppress", "All")])
    return dict(num=6533, slug="auto-ooo-exmail-gb18030", kind="auto",
                raw=assemble(hdr, body), items=[], next=None,
                summary="auto (out-of-office)",
                tests="Tencent Exmail out-of-office answer to the bot's reminder: 自动回复 subject, Auto-Submitted: auto-replied, X-Autoreply; body with dates, an address and a phone number",
                notes="An out-of-office auto-reply (Mon 2026-05-25) to the bot's overdue reminder for item 2 of case 6518. The headers "
                      "decide (Auto-Submitted: auto-replied, X-Autoreply: yes, '自动回复:' subject, addressed to the bot's signed "
                      "reply address). The dates (5月25日至5月29日, 6月1日起) and the delegate are not items, commands or an "
                      "extension request. kind auto; the bot must not answer it.")


@case
def c6534():
    cid, org = "6534", "xg"
    date = at(2026, 6, 18, 9, 2, 11)
    recap_mid = "<r.202606171631.%s@xgport.example.cn>" % hx(cid, 10)
    note = "\n".join([
        "很抱歉，您发送的邮件无法送达以下收件人：",
        "",
        "    bailin@gangshun-customs.example.com",
        "",
        "原因：收件人邮箱空间已满（552 5.2.2 Mailbox full），系统已重试24小时，邮件已被退回。",
        "",
        "原邮件主题：Re: 港顺报关与墟沟港区管理局通关协调会纪要（6月17日）",
        "原邮件发送时间：2026-06-17 16:31:05",
        "",
        "此邮件由系统自动发出，请勿直接回复。",
        "",
        "This is the mail system at host mail.xgport.example.cn. Your message could not be delivered to one or more",
        "recipients. The mail system reported: 552 5.2.2 Mailbox full.",
    ])
    p1 = T(note, "plain", "utf-8", "base64", eol="\n", headers=[("Content-Description", "Notification")])
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    ds["Content-Description"] = "Delivery report"
    b1 = Message()
    b1["Reporting-MTA"] = "dns; mail.xgport.example.cn"
    b1["X-Postfix-Queue-ID"] = "4fQ2K%s" % hx(cid, 7, True)
    b1["X-Postfix-Sender"] = "rfc822; minutes@xgport.example.cn"
    b1["Arrival-Date"] = "Wed, 17 Jun 2026 16:31:05 +0800 (CST)"
    b2 = Message()
    b2["Final-Recipient"] = "rfc822; bailin@gangshun-customs.example.com"
    b2["Original-Recipient"] = "rfc822;bailin@gangshun-customs.example.com"
    b2["Action"] = "failed"
    b2["Status"] = "5.2.2"
    b2["Remote-MTA"] = "dns; mxw.qiye.163.com"
    b2["Diagnostic-Code"] = "smtp; 552 5.2.2 Mailbox full"
    ds.set_payload([b1, b2])
    hdrs_text = "\n".join([
        "Return-Path: <minutes@xgport.example.cn>",
        "Received: from mx.xgport.example.cn (mx.xgport.example.cn [10.20.1.15])",
        "\tby mail.xgport.example.cn (Postfix) with ESMTPS id 4fQ2K%s" % hx(cid, 7, True),
        "\tfor <bailin@gangshun-customs.example.com>; Wed, 17 Jun 2026 16:31:05 +0800 (CST)",
        "From: %s" % addr(*BOT[org]),
        "To: %s" % addr("戴晓峰", "daixiaofeng@gangshun-customs.example.com"),
        "Cc: %s" % addr("柏琳", "bailin@gangshun-customs.example.com"),
        "Reply-To: minutes+r2b9e77d041@xgport.example.cn",
        "Subject: %s" % fold("Subject", htext("Re: 港顺报关与墟沟港区管理局通关协调会纪要（6月17日）")),
        "Date: Wed, 17 Jun 2026 16:31:04 +0800",
        "Message-ID: %s" % recap_mid,
        "Auto-Submitted: auto-generated",
        "X-Auto-Response-Suppress: OOF, AutoReply",
    ])
    p3 = T(hdrs_text, "rfc822-headers", "us-ascii", "7bit", q=False,
           headers=[("Content-Description", "Undelivered Message Headers")])
    p3.replace_header("Content-Type", "text/rfc822-headers")
    body = M("report", [p1, ds, p3], "4fQ2K%s.%s/mail.xgport.example.cn" % (hx(cid, 7, True), digits(cid, 10)),
             extra="; report-type=delivery-status")
    body.preamble = "This is a MIME-encapsulated message."
    hdr = [("Return-Path", "<>"), ("Delivered-To", BOT[org][1]),
           ("Received", "by mail.xgport.example.cn (Postfix)\n\tid 4fQ2L%s; %s" % (hx(cid + "q", 7, True), server_time(date, 0)))]
    hdr += [("Date", fmt_date(date) + " (CST)"), ("From", "MAILER-DAEMON@mail.xgport.example.cn (Mail Delivery System)"),
            ("Subject", htext("系统退信：Undelivered Mail Returned to Sender", "utf-8")),
            ("To", BOT[org][1]), ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"), ("__BODY__", None),
            ("Content-Transfer-Encoding", "8bit"), ("Message-Id", "<20260618010211.4FQ2L%s@mail.xgport.example.cn>" % hx(cid + "q", 7, True))]
    return dict(num=6534, slug="auto-dsn-mailbox-full-postfix-zh", kind="auto",
                raw=assemble(hdr, body, "\n"), items=[], next=None,
                summary="auto (delivery-status bounce)",
                tests="Bounce (multipart/report; report-type=delivery-status, Return-Path <>, MAILER-DAEMON) of the bot's own recap of 6524; a Chinese notification part quoting the minutes' subject",
                notes="Delivery failure report (Thu 2026-06-18 09:02) for the bot's recap of case 6524 to 柏琳 (mailbox full). Return-Path "
                      "<>, From MAILER-DAEMON, multipart/report with message/delivery-status and the returned headers (which carry "
                      "the bot's own Auto-Submitted). The notification text repeats the minutes' subject and dates; nothing in it "
                      "is minutes or a command -> kind auto.")


@case
def c6535():
    cid, org = "6535", "rl"
    date = at(2026, 6, 8, 15, 22, 10)
    cs = "utf-8"
    html_ = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>智能纪要已生成</title></head>'
        '<body style="margin:0;background:#f4f5f7">'
        '<table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7"><tr><td align="center">'
        '<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:24px 0;font-family:'
        '\'PingFang SC\',\'Microsoft YaHei\',sans-serif;font-size:14px;color:#1c1f23">'
        '<tr><td style="padding:24px 32px;font-size:18px;font-weight:bold">腾讯会议</td></tr>'
        '<tr><td style="padding:0 32px">您好，您参加的会议「洁美×热浪 618专场复盘与7月合作」智能纪要已生成。</td></tr>'
        '<tr><td style="padding:8px 32px;color:#6b7075">会议时间：2026/06/08 14:00-15:10　会议号：482 631 907</td></tr>'
        '<tr><td style="padding:16px 32px 4px;font-weight:bold">待办事项（4）</td></tr>'
        '<tr><td style="padding:0 32px">□ 金梦瑶 周五前提供7月专场选品清单初稿</td></tr>'
        '<tr><td style="padding:0 32px">□ 申屠雅婷 6月15日前确认7月专场的品牌补贴预算</td></tr>'
        '<tr><td style="padding:0 32px">□ 冯磊 6月12日前输出预热期流量来源分析</td></tr>'
        '<tr><td style="padding:0 32px">□ 骆晓峰 确定7月专场直播时间 待定</td></tr>'
        '<tr><td style="padding:20px 32px"><a href="https://meeting.tencent.example.com/ai-minutes/@@ID@@" '
        'style="background:#0a6cff;color:#ffffff;padding:8px 20px;border-radius:4px;text-decoration:none">查看完整纪要</a></td></tr>'
        '<tr><td style="padding:16px 32px 24px;color:#8a8f99;font-size:12px">此邮件由系统自动发送，请勿直接回复。'
        '如不希望接收此类通知，可在 腾讯会议 - 设置 - 通知 中关闭。</td></tr>'
        '</table></td></tr></table></body></html>').replace("@@ID@@", hx(cid, 24))
    body = T(html_, "html", "utf-8", "quoted-printable", q=False)
    hdr = trace(org, cid, date, "<bounce+%s@notice.tencentmeeting.example.com>" % hx(cid, 12),
                "out%d.notice.tencentmeeting.example.com (out%d.notice.tencentmeeting.example.com [203.0.113.%d])"
                % (int(digits(cid, 1)), int(digits(cid, 1)), 130 + int(digits(cid, 2)) % 60))
    hdr += [("Date", fmt_date(date)), ("From", addr("腾讯会议", "noreply@notice.tencentmeeting.example.com")),
            ("To", addr(BOT[org][0], BOT[org][1])),
            ("Subject", htext("会议「洁美×热浪 618专场复盘与7月合作」智能纪要已生成", "utf-8")),
            ("Message-ID", "<%s.%s@notice.tencentmeeting.example.com>" % (digits(cid, 13), hx(cid, 16))),
            ("MIME-Version", "1.0"), ("__BODY__", None), ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
            ("X-Auto-Response-Suppress", "All"),
            ("List-Unsubscribe", "<https://meeting.tencent.example.com/unsubscribe?u=%s>" % hx(cid + "u", 20)),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")]
    return dict(num=6535, slug="auto-tencent-meeting-ai-minutes-notification", kind="auto",
                raw=assemble(hdr, body, "\n"), items=[], next=None,
                summary="auto (meeting-app notification with a 待办 list)",
                tests="System notification from the meeting app (noreply, Auto-Submitted: auto-generated, Precedence: bulk, List-Unsubscribe) whose HTML-only body lists the same 待办事项 as case 6511 -> kind auto, no items",
                notes="Mon 2026-06-08 15:22: 腾讯会议 notifies the invitees (the bot's address was on the invitation) that the AI "
                      "minutes are ready, with the 待办 list inline. No person wrote it (noreply sender, Auto-Submitted: "
                      "auto-generated, Precedence: bulk, one-click unsubscribe), so it is kind auto with no items even though it "
                      "looks like minutes. The person-sent copy is case 6511.")


@case
def c6536():
    cid, org = "6536", "lf"
    date = at(2026, 6, 2, 8, 12, 44, -7 * 60)
    text = "\n".join([
        "Hi Peggy,",
        "",
        "Could you send me the packing list and the commercial invoice draft for container #1 by Friday? Our customs "
        "broker has to file the ISF at least 72 hours before the container is loaded in Shantou, and the booking "
        "shows a June 12 cut-off.",
        "",
        "Also, please ask Jessie to double-check the HS codes for the vanity basins \u2013 last time they were "
        "declared under the toilet code.",
        "",
        "Thanks!",
        "Megan",
    ])
    html_ = div_html([text], "UTF-8", "gmail")
    body = M("alternative", [T(text, "plain", "UTF-8", "quoted-printable"), T(html_, "html", "UTF-8", "quoted-printable")],
             "000000000000%s" % hx(cid, 16))
    hdr = trace(org, cid, date, "<megan.cole@harborbath.example.com>",
                "mail-yw1-f172.google.com (mail-yw1-f172.google.com [209.85.128.172])")
    hdr.append(("Received", "by mail-yw1-f172.google.com with SMTP id 00721157ae682-70e5c3f0b9fso%s\n\tfor "
                "<minutes@lanfeng-sw.example.cn>; Tue, 02 Jun 2026 08:12:45 -0700 (PDT)" % digits(cid, 6)))
    hdr += [("MIME-Version", "1.0"), ("From", addr("Megan Cole", "megan.cole@harborbath.example.com", quote=False)),
            ("Date", fmt_date(date, pad=True)), ("Message-ID", mid("gmail", cid, "")),
            ("Subject", "ISF docs for container #1"),
            ("To", addr("Peggy Zheng", "zhengpeiling@" + LF, quote=False)),
            ("Cc", addrs([addr("Jessie Xu", "xuyanzhi@" + LF, quote=False),
                          addr("Lanfeng Minutes", BOT[org][1], quote=False)])), ("__BODY__", None)]
    return dict(num=6536, slug="other-request-gmail-app-english", kind="other",
                raw=assemble(hdr, body, "\n"), items=[], next=None,
                summary="other (a plain request)",
                tests="A customer's ordinary request from the Gmail app (-0700), bot in Cc by address-book autocompletion: requests with 'by Friday' and dates but no meeting -> kind other, no items",
                notes="Tue 2026-06-02 08:12 -0700 (23:12 in Shanghai). Megan asks Peggy for documents 'by Friday' and mentions a June 12 "
                      "cut-off; the bot is in Cc only because the address book completed 'Lanfeng Minutes'. It is a request between "
                      "people, not minutes of a meeting and not an answer to the bot -> kind other, no items, no follow-up.")


@case
def c6537():
    cid, org = "6537", "dh"
    date = at(2026, 7, 6, 2, 5, 31, 0)
    cs = "utf-8"
    howard_mid = mid("exo", cid + "howard", "")
    blocks = [
        "張副總、各位：",
        "",
        "7/14（二）下午我要陪B客戶做供應商稽核，品質月會可否改到7/15（三）上午10:00？",
        "議題不變，另外建議加一項AOI驗收進度（Kevin報告）。大家OK的話我再重發會議邀請。",
        "",
        "Yvonne",
        "",
        QuoteHead(["寄件者: Howard Chang 張志豪 <howard.chang@dinghong-ks.example.com>",
                   "寄件日期: 2026年7月6日 星期一 上午 9:30",
                   "收件者: Yvonne Lin 林怡君 <yvonne.lin@dinghong-ks.example.com>; Kevin Chen 陳建宏 <kevin.chen@dinghong-ks.example.com>; 顾晓雯 Gu Xiaowen <guxiaowen@dinghong-ks.example.com>",
                   "主旨: 7月品質月會時間"]),
        "",
        "各位，",
        "7月品質月會暫定7/14（二）14:00，B棟2F會議室，議題：上半年客訴回顧、下半年品質目標。請預留時間。",
        "",
        "Howard",
    ]
    body = exo_alt(cid, blocks, cs, "base64", "ZH-TW")
    hdr = trace(org, cid, date, "<yvonne.lin@%s>" % DH, exo_relay(cid))
    to = addrs([addr("Howard Chang 張志豪", "howard.chang@" + DH), addr("Kevin Chen 陳建宏", "kevin.chen@" + DH),
                addr("顾晓雯 Gu Xiaowen", "guxiaowen@" + DH)])
    hdr += exo_headers(cid, date, addr("Yvonne Lin 林怡君", "yvonne.lin@" + DH), to, addr(*BOT[org], quote=False),
                       "RE: 7月品質月會時間", cs, lang="zh-TW", accept="zh-TW, en-US",
                       extra=[("References", howard_mid), ("In-Reply-To", howard_mid)])
    return dict(num=6537, slug="other-meeting-time-discussion-outlook-zhtw", kind="other",
                raw=assemble(hdr, body), items=[], next=None,
                summary="other (discussion about when to hold a meeting)",
                tests="Outlook zh-TW 'RE:' in a thread the bot never saw (In-Reply-To a colleague's mail): proposes moving a meeting from 7/14 to 7/15 10:00 and quotes the original announcement -> not minutes, not a reply to the bot",
                notes="Mon 2026-07-06 02:05 +0000 (10:05 in Shanghai). 林怡君 asks to move the monthly quality meeting and quotes "
                      "張志豪's announcement (寄件者/寄件日期 block). Nothing was decided or assigned; it is scheduling talk before "
                      "a meeting, and its In-Reply-To points at a colleague's mail, not at anything the bot sent -> kind other, no "
                      "items, and next_followup null (a proposed time in a non-minutes mail is not a follow-up; the bot must not "
                      "send an invitation for it).")


@case
def c6538():
    cid, org = "6538", "xg"
    date = at(2026, 5, 29, 17, 2, 36)
    cs = "utf-8"
    blocks = [
        "各位同事：",
        "",
        "现将《墟沟港区工作简报》2026年第5期发给大家，供学习参考。",
        "",
        "墟沟港区工作简报",
        "2026年第5期（总第41期）　　墟沟港区管理局办公室编　　2026年5月29日",
        "",
        "【工作动态】",
        "1. 5月6日，局召开节后复工安全生产专题会议，部署危险货物堆场和油品码头专项检查，检查已于5月12日全部完成。",
        "2. “提前申报+抵港直装”试点运行满一个月，参与企业6家，进口集装箱平均通关时间压缩至11.5小时。",
        "3. 查验场地改造主体工程进度过半，规划建设科正组织卡口智能识别设备进场准备。",
        "",
        "【下月重点】",
        "一是做好试点扩围准备，口岸协调科负责，6月底前完成二期企业遴选；",
        "二是抓好汛期安全，安全监督科负责，6月15日前完成防台风应急演练；",
        "三是推进查验场地改造，规划建设科负责，确保6月中旬完成阶段验收。",
        "",
        "【通知】端午节放假安排：6月19日至21日放假，共3天。",
        "",
        "（如有稿件或线索，请于每月25日前发送至局办公室邮箱。）",
        "",
        "周海燕",
        "局办公室",
    ]
    body = outlook_alt(cid, blocks, cs, "base64", "base64")
    body.preamble = OUTLOOK_PREAMBLE
    hdr = trace(org, cid, date, "<zhouhaiyan@xgport.example.cn>", "mail.xgport.example.cn (mail.xgport.example.cn [10.20.1.12])",
                [("from ZHOUHY-PC (unknown [10.20.6.31])\n\tby mail.xgport.example.cn (Coremail) with SMTP id "
                  "AQAAfwD3%s" % hx(cid, 12), 1)])
    hdr += outlook_headers(cid, date, addr("周海燕", "zhouhaiyan@xgport.example.cn"),
                           addr("全局干部职工", "all@xgport.example.cn"), addr(*BOT[org]),
                           "墟沟港区工作简报（2026年第5期）", cs, "xgport.example.cn")
    return dict(num=6538, slug="other-newsletter-by-a-person-outlook", kind="other",
                raw=assemble(hdr, body), items=[], next=None,
                summary="other (internal newsletter written by a person)",
                tests="Monthly work bulletin (工作简报) written and sent by the office director to the all-staff group with the bot in Cc: 一是…二是… with units and deadlines, news items with dates, a holiday notice -> kind other (a person wrote it, no list/bulk headers), no items",
                notes="Fri 2026-05-29. The office's monthly 工作简报, typed and sent by 周海燕 from Outlook to the all-staff group (no "
                      "List-Id, no Precedence, no Auto-Submitted: a person wrote it, so not auto). It reports news and next month's "
                      "priorities ('一是…口岸协调科负责，6月底前…') but is not the minutes of a meeting and assigns nothing new -> "
                      "kind other, no items, no follow-up.")


# ============================================================================================
# writing: .eml, .json, roster.csv, README.md
# ============================================================================================


def built():
    out = []
    for fn in CASES:
        c = fn()
        c["name"] = "%d-%s" % (c["num"], c["slug"])
        out.append(c)
    out.sort(key=lambda c: c["num"])
    return out


def gold_of(c):
    nf = None
    if c["next"]:
        nf = {"date": c["next"][0], "time": c["next"][1]}
    return {"kind": c["kind"], "items": [i.gold() for i in c["items"]], "next_followup": nf, "reply": None,
            "notes": c["notes"]}


def roster_csv():
    buf = io.StringIO()
    buf.write("name,email,department,manager_email,aliases\n")
    for r in ROSTER:
        buf.write(",".join(r) + "\n")
    return buf.getvalue()


CLIENT_NOTES = """\
| client | cases | what is characteristic |
| --- | --- | --- |
| Outlook 16 zh-CN (desktop, via the org's Coremail/Exmail server) | 6501, 6503, 6517, 6518, 6520, 6525, 6529, 6532, 6538 | `----=_NextPart_000_…` boundaries and the 'This is a multipart message in MIME format.' preamble, Word HTML (`p.MsoNormal`, `o:p`), Thread-Index, `X-Mailer: Microsoft Outlook 16.0`; gb2312 base64 (6501, 6529), gb2312 QP (6518, 6525), UTF-8 base64/QP; 6529 has an Excel range pasted into the HTML; 6532 is plain text only |
| Outlook on Microsoft 365 (zh-TW, zh-CN, en-US) | 6512, 6513, 6515, 6537 | Exchange Online: Date in +0000, Thread-Topic/Accept-Language, `_000_TYZPR06MB…_` boundaries; 6512 big5 base64; 6515 multipart/mixed with a .docx (RFC 2231 file name) |
| Outlook on the web (OWA) | 6531 | Date 17:05 +0000 = 01:05 next day in Shanghai; `elementToProof` HTML |
| Outlook for Mac (German tenant) | 6527 | Date +0200, `user-agent: Microsoft-MacOutlook`, Q-encoded subject with an en dash |
| Foxmail 7.2 | 6504, 6505 | `----=_001_NextPart…` boundary; 6504 gb2312 base64 + QP HTML; 6505 text-only charset GBK |
| Tencent Exmail / QQ web | 6516, 6521, 6528, 6533 | X-QQ-mid/X-QQ-MIME headers, `----=_NextPart_XXXXXXXX_…` boundaries, charset gb18030 (6516, 6521, 6533) or UTF-8 (6528); 6516 PDF as application/octet-stream |
| 企业微信 mail (Exmail backend) | 6510, 6526 | `X-Mailer: WXWork Mail`, UTF-8 base64 |
| 163.com personal webmail (Coremail) | 6506 | GBK base64, `ajax-webmail` Received line, sender address outside the org |
| NetEase qiye (Coremail) webmail | 6519, 6524 | 6519 text-only UTF-8 QP with hard-wrapped lines; 6524 GBK base64 from an outside company |
| Coremail webmail (the port authority's own server) | 6502 | `Date: … +0800 (GMT+08:00)`, X-CM-TRANSID, UTF-8 base64 |
| 网易邮箱大师 (iPhone) | 6522 | '发自网易邮箱大师', UTF-8 base64 |
| Feishu mail | 6508 | 飞书妙记 智能纪要 pasted, UTF-8 base64 |
| DingTalk mail (Alimail) | 6509 | `----=ALIBOUNDARY_…`, 钉钉 AI听记 |
| Gmail web / Gmail app | 6507, 6536 | `0000000000…` boundaries, UTF-8 QP, Date in -0700 |
| Apple Mail (macOS) / iPhone Mail | 6530, 6523 | Apple-Mail boundary, UTF-8 QP; iPhone text-only, '從我的 iPhone 傳送' |
| Thunderbird | 6514 | text/plain; format=flowed, 8bit UTF-8 |
| single-part text/html | 6511, 6535 | no plain alternative |
| system mail | 6534 (bounce), 6535 (meeting-app notice) | multipart/report; Auto-Submitted, Precedence: bulk, List-Unsubscribe |
"""

CONVENTIONS = """\
These follow the corpus README and SPEC section 5; the points below only make explicit what this set needed.

1. **One roster for four organisations.** Each organisation runs its own bot mailbox `minutes@<its domain>` (display
   names 纪要助手 / 会议纪要助手 / 纪要机器人 / Minutes Bot). `roster.csv` lists the staff of all four plus the outsiders
   who write to the bot (and the consultant 钱美华, whose only name in one mail is 钱老师); outsiders have empty
   department and manager. Other outsiders (Tom Alvarez, 柏琳, 李文涛, Jonas Weber) are not in the roster: their owner
   address comes from the From/To/Cc entry with that display name, department null (corpus rule).
2. **Names and scripts.** `owner_name` is the canonical roster name. Taiwanese staff of 鼎宏 are in the roster under
   their own Traditional spelling (張志豪, 林怡君, 陳建宏, 吳佩珊, 邱美玲); mainland staff under simplified (周国华,
   顾晓雯, 王建军). The other script and short forms are roster aliases (周國華, 國華, 曉雯, 王建軍, 吴佩珊 …).
   `department` is the owner's roster department; roster departments of 鼎宏 are in simplified Chinese (制造部, 生管部,
   业务部, 资讯部 …). Unit-only owners keep the unit as written, and every unit-only owner in this set is written
   the same way in both scripts (品保部) or in simplified.
3. **Task text** stays in the language and script it is written in (English tasks stay English, Traditional stays
   Traditional) and drops the owner, the date and filler; where a table splits project and task into two cells the
   task keeps the project name. Scorers should match loosely.
4. **Self-references.** '我', '（我）', '我这边' (and a writer naming herself, as Megan does in 6507) mean the sender: the
   owner is the From person. A staff member writing from a personal mailbox (6506, 163.com) is still the roster
   person: owners always get their roster address.
5. **Attachments.** When the body only points at an attached .docx or PDF, the items and the next meeting are read from the
   attachment, as a person reading the mail would (6515, 6516).
6. **AI meeting minutes** (飞书妙记, 钉钉 AI听记, 腾讯会议 智能纪要): only the 待办 / 待办事项 list gives items; 总结, 摘要,
   章节, 关键决策 and 分段纪要 never do, even when they repeat a task with a date. A 待办 row marked （已完成） is status.
   The sender's preface ('请登记', '大家看下自己的部分') is not an item.
7. **Standing duties are not items** even when a person is named as lead (6502 三是: '施工期间每日开展班前安全巡查'; 6519 #5
   '每天23:00后…发当日数据简报'). Commitments of an outside party stated as facts ('华釉方面承诺7月起每批货附COA') and
   topics explicitly deferred ('待检测报告出来后再定') are not items either.
8. **Joint owners**: '双方', 'Kessler / Dinghong jointly', 'owner TBD' -> owner null, `no_owner`, department null. A period
   such as '7月上旬' counts as vague like '11月中旬' in the corpus (due null, `vague_due`); 'end of July' = 月底 (07-31).
9. **Weekday equal to the send day.** 'by Friday' written on a Friday (Shanghai date) is today (6507), in line with
   'nearest such day on or after the send date'. 下周X is always the next calendar week (weeks start Monday).
10. **The Shanghai date decides.** A Date header in UTC or another zone is converted first; 今天 in a mail whose Date is
    17:05 +0000 means the Shanghai date (6531), and N个工作日内 counts from the Shanghai day after. 月底 is the last
    calendar day even when it is a Sunday (05-31).
11. **Next meeting.** '下周X同一时间' takes the time from the meeting hours stated in the same mail (6505, 6523, 6526); when no
    time is stated anywhere the time is null (6521 '下周四采购周会照常'). A follow-up meeting later the same day counts
    (6506 '今天下午4点…碰一下'). When a time is given in two zones ('10:00 CEST (16:00 Beijing)'), the gold holds the
    Asia/Shanghai time. '另行通知', '待定', '7月下旬另行通知' -> null. A go-live date or a livestream plan is not a meeting.
12. **Hour deadlines** ('2小时内') are counted from the Date header, not from a 提交时间 written inside the form (6506).
13. **Kinds.** A person's note of a meeting typed on a phone is minutes (6522). New minutes written as 'RE:' on last
    week's minutes are minutes; the quoted old minutes are ignored (6518). A person-written bulletin sent to an
    all-staff group without list/bulk headers is `other` (6538); a meeting app's notification with the same 待办 list
    is `auto` (6535); scheduling talk in a thread the bot never saw is `other` and gives no follow-up (6537).
14. `flags` are written in the order no_owner, vague_due, no_due; compare them as sets.
"""


def readme(cases):
    counts = {}
    for c in cases:
        counts[c["kind"]] = counts.get(c["kind"], 0) + 1
    rows = "\n".join("| %s | %s | %s | %s |" % (c["name"], c["kind"], c["summary"].replace("|", "/"),
                                               c["tests"].replace("|", "/")) for c in cases)
    return """# Blind held-out set "heldout37" (cases 6501-6538)

%d raw messages (`NNNN-slug.eml`, the bytes the receiving server stores, with Return-Path/Delivered-To/Received) and their
gold answers (`NNNN-slug.json`, the corpus README schema: `kind`, `items` with flat owner fields, `next_followup`, `reply`,
`notes`), plus `roster.csv` and the generator `make_heldout37.py`.
Counts: %s.

Regenerate with `/work/blind/venv/bin/python make_heldout37.py`; verify with
`/work/blind/venv/bin/python make_heldout37.py --check` (re-parses every .eml with `email.policy.default`: no defects, every
text part decodes strictly in its declared charset; recomputes every gold date from the message's own Date header in
Asia/Shanghai with `chinesecalendar`; checks the roster, the owners' addresses, that every task can be found in the mail or
its attachment, that every '（周X）' written next to a date is right for 2026, and that the files on disk are exactly what
the generator writes). The generator reads no clock and uses no randomness; the .docx is re-zipped with fixed
timestamps and the PDF is written with reportlab `invariant=1`.

## Organisations (all invented)

| org | domain | kind | bot mailbox | writers |
| --- | --- | --- | --- | --- |
| 连云港市墟沟港区管理局 (district port authority, Lianyungang) | xgport.example.cn | government office | minutes@xgport.example.cn | 办公室, 口岸协调科, 安全监督科, 规划建设科, 运营管理科; formal 会议纪要 |
| 连云港港顺报关有限公司 (customs broker) | gangshun-customs.example.com | outside partner of the port authority | - | 戴晓峰 (writes 6524), 柏琳 |
| 潮州澜峰陶瓷卫浴有限公司 (sanitary ceramics, Chaozhou) | lanfeng-sw.example.cn | private manufacturer | minutes@lanfeng-sw.example.cn | 生产部, 品管部, 外贸部, 研发部, 采购部, 仓储物流部 |
| Harbor Bath Supply (US importer) | harborbath.example.com | foreign customer | - | Megan Cole (6507, 6536), Tom Alvarez |
| 江西华釉新材料 / 华认管理咨询 | huayou-glaze / huaren-consult .example.com | supplier / consultant | - | 李文涛, 钱美华 (钱老师) |
| 义乌热浪直播电商服务有限公司 (livestream e-commerce agency, Yiwu) | relang-live.example.cn | internet services | minutes@relang-live.example.cn | 直播运营部, 招商选品部, 主播经纪部, 内容制作部, 客服售后部, 仓配部, 财务部 |
| 洁美日用 (brand client) | jiemei-home.example.com | client | - | 申屠雅婷 (6511) |
| 昆山鼎宏精密電子有限公司 (Taiwanese-owned electronics plant, Kunshan) | dinghong-ks.example.com | foreign-invested, Microsoft 365 | minutes@dinghong-ks.example.com | Taiwanese managers (Traditional Chinese, big5 or UTF-8, English) and mainland staff (simplified) |
| Kessler Messtechnik GmbH (AOI supplier, Stuttgart) | kessler-mt.example.de | foreign supplier | - | Anna Schmidt (6527), Jonas Weber |

Send dates are April-July 2026 and include the weeks around Qingming (04-04..04-06), Labour Day (05-01..05-05, make-up
working day Sat 05-09) and Dragon Boat (06-19..06-21); chinesecalendar 2026 data.

## Conventions applied beyond the corpus README

%s
## Clients and encodings

%s
## Cases

| case | kind | gold summary | what it tests |
| --- | --- | --- | --- |
%s
""" % (len(cases), ", ".join("%s %d" % (k, counts[k]) for k in ("minutes", "other", "auto") if k in counts),
       CONVENTIONS, CLIENT_NOTES, rows)


def write_all():
    cases = built()
    for c in cases:
        with open(os.path.join(OUT, c["name"] + ".eml"), "wb") as f:
            f.write(c["raw"])
        with open(os.path.join(OUT, c["name"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold_of(c), f, ensure_ascii=False, indent=2)
            f.write("\n")
    with open(os.path.join(OUT, "roster.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(roster_csv())
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(cases))
    print("wrote %d cases to %s" % (len(cases), OUT))


# ============================================================================================
# --check
# ============================================================================================


def resolve(rule, sent):
    """recompute a deadline from the rule and the send instant (Asia/Shanghai); returns (date, time or None)"""
    import chinese_calendar as cc
    d = sent.date()
    k = rule[0]
    if k == "md":
        return dt.date(d.year, rule[1], rule[2]), None
    if k == "today":
        return d, None
    if k == "tomorrow":
        return d + dt.timedelta(days=1), None
    if k == "wd":  # bare weekday: this week's if not yet past, else next week's
        return d + dt.timedelta(days=(rule[1] - d.weekday()) % 7), None
    if k == "this":
        return d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=rule[1]), None
    if k == "next":
        return d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=7 + rule[1]), None
    if k == "workdays":
        x, n = d, 0
        while n < rule[1]:
            x += dt.timedelta(days=1)
            if cc.is_workday(x):
                n += 1
        return x, None
    if k == "month_end":
        nxt = dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1), None
    if k == "mend":  # 'X月底' names the month
        nxt = dt.date(d.year + (rule[1] == 12), rule[1] % 12 + 1, 1)
        return nxt - dt.timedelta(days=1), None
    if k == "after_holiday":
        x = d + dt.timedelta(days=1)
        while not (cc.is_holiday(x) and cc.get_holiday_detail(x)[1] is not None):
            x += dt.timedelta(days=1)
        while not cc.is_workday(x):
            x += dt.timedelta(days=1)
        return x, None
    if k == "hours":
        t = sent + dt.timedelta(hours=rule[1])
        return t.date(), t.strftime("%H:%M")
    raise ValueError(rule)


WD = "一二三四五六日"
MON = {m: i + 1 for i, m in enumerate(MON_EN)}


def check_weekdays(text, errs, name):
    n = 0
    for m in re.finditer(r"(\d{1,2})月(\d{1,2})日[（(](?:周|星期|週)([一二三四五六日天])[)）]", text):
        n += 1
        d = dt.date(2026, int(m.group(1)), int(m.group(2)))
        if WD[d.weekday()] != m.group(3).replace("天", "日"):
            errs.append("%s: '%s' is a %s" % (name, m.group(0), DOW_EN[d.weekday()]))
    for m in re.finditer(r"(?<![\d/])(\d{1,2})/(\d{1,2})[（(](?:周|週)?([一二三四五六日])[)）]", text):
        n += 1
        d = dt.date(2026, int(m.group(1)), int(m.group(2)))
        if WD[d.weekday()] != m.group(3):
            errs.append("%s: '%s' is a %s" % (name, m.group(0), DOW_EN[d.weekday()]))
    for m in re.finditer(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? (\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",
                         text):
        n += 1
        d = dt.date(2026, MON[m.group(3)], int(m.group(2)))
        if DOW_EN[d.weekday()] != m.group(1):
            errs.append("%s: '%s' is a %s" % (name, m.group(0), DOW_EN[d.weekday()]))
    for m in re.finditer(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,? (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (\d{1,2})\b",
                         text):
        n += 1
        d = dt.date(2026, MON[m.group(2)], int(m.group(3)))
        if DOW_EN[d.weekday()] != m.group(1):
            errs.append("%s: '%s' is a %s" % (name, m.group(0), DOW_EN[d.weekday()]))
    return n


def is_subsequence(task, text):
    """every letter/digit/CJK character of the task appears in order in the text, within a short span"""
    want = [ch for ch in task if ch.isalnum()]
    hay = "".join(ch for ch in text if not ch.isspace())
    best = None
    for start in [i for i, ch in enumerate(hay) if ch == want[0]]:
        j, pos = 0, start
        while j < len(want) and pos < len(hay):
            if hay[pos] == want[j]:
                j += 1
            pos += 1
        if j == len(want):
            span = pos - start
            best = span if best is None else min(best, span)
    return best is not None and best <= 3 * len(want) + 40


def mail_text(msg):
    """all the human-readable text of a parsed message: plain parts, else HTML with tags removed"""
    plains, htmls = [], []
    for part in msg.walk():
        if part.get_content_maintype() != "text" or part.get_content_type() == "text/rfc822-headers":
            continue
        if part.get_content_disposition() == "attachment":
            continue
        raw = part.get_payload(decode=True) or b""
        txt = raw.decode(part.get_content_charset() or "us-ascii")
        (plains if part.get_content_subtype() == "plain" else htmls).append(txt)
    out = "\n".join(plains)
    for h in htmls:
        out += "\n" + html.unescape(re.sub(r"<[^>]+>", "\n", re.sub(r"(?s)<style.*?</style>", "", h)))
    return out


def check():
    import chinese_calendar  # noqa: F401  (fail early if the venv is wrong)
    errs = []
    cases = built()
    byname = {c["name"]: c for c in cases}
    roster_by_name = {r[0]: r for r in ROSTER}

    # files on disk
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    nums = [int(f[:4]) for f in files]
    if nums != list(range(6501, 6539)):
        errs.append("expected cases 6501-6538, found %s" % nums)
    for f in files:
        if f[:-4] not in byname:
            errs.append("%s is not produced by the generator" % f)

    # roster
    with open(os.path.join(OUT, "roster.csv"), encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    if lines[0] != "name,email,department,manager_email,aliases":
        errs.append("roster header")
    emails = set()
    for ln in lines[1:]:
        cols = ln.split(",")
        if len(cols) != 5:
            errs.append("roster row %r" % ln)
            continue
        if cols[1] in emails:
            errs.append("duplicate roster email %s" % cols[1])
        emails.add(cols[1])
    for ln in lines[1:]:
        cols = ln.split(",")
        if cols[3] and cols[3] not in emails:
            errs.append("manager %s of %s not in roster" % (cols[3], cols[0]))
    if roster_csv() != "\n".join(lines) + "\n":
        errs.append("roster.csv differs from the generator")

    n_dates = n_wd = 0
    kinds = {}
    for c in cases:
        name = c["name"]
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
        path = os.path.join(OUT, name + ".eml")
        if not os.path.exists(path):
            errs.append("%s missing" % path)
            continue
        raw = open(path, "rb").read()
        if raw != c["raw"]:
            errs.append("%s differs from what the generator writes" % name)
        msg = email.message_from_bytes(raw, policy=policy.default)
        # defects, headers, decoding
        for part in msg.walk():
            if part.defects:
                errs.append("%s: part %s defects %s" % (name, part.get_content_type(), part.defects))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errs.append("%s: header %s defects %s" % (name, k, v.defects))
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                try:
                    (part.get_payload(decode=True) or b"").decode(cs)  # strict
                    part.get_content()
                except Exception as e:  # noqa: BLE001
                    errs.append("%s: text part %s does not decode as %s: %s" % (name, part.get_content_type(), cs, e))
        if msg["Date"] is None or msg["Message-ID"] is None or msg["From"] is None:
            errs.append("%s: Date/Message-ID/From missing" % name)
            continue
        if not raw.startswith(b"Return-Path: ") or b"\nDelivered-To: " not in raw[:400] or b"Received: " not in raw[:800]:
            errs.append("%s: trace headers missing" % name)
        sent = msg["Date"].datetime.astimezone(SH)
        if not (sent.year == 2026 and 4 <= sent.month <= 7):
            errs.append("%s: send date %s outside April-July 2026" % (name, sent))
        # gold file
        gpath = os.path.join(OUT, name + ".json")
        gold = json.load(open(gpath, encoding="utf-8"))
        if gold != json.loads(json.dumps(gold_of(c), ensure_ascii=False)):
            errs.append("%s: json differs from the generator" % name)
        if list(gold.keys()) != ["kind", "items", "next_followup", "reply", "notes"]:
            errs.append("%s: gold keys %s" % (name, list(gold.keys())))
        if gold["kind"] not in ("minutes", "other", "auto") or gold["reply"] is not None:
            errs.append("%s: kind/reply" % name)
        if not isinstance(gold["notes"], str) or len(gold["notes"]) < 40:
            errs.append("%s: notes too short" % name)
        if gold["kind"] != "minutes" and (gold["items"] or gold["next_followup"]):
            errs.append("%s: non-minutes with items or follow-up" % name)
        if gold["kind"] == "minutes" and not gold["items"]:
            errs.append("%s: minutes without items" % name)
        # text of the mail and of its attachments
        text = mail_text(msg)
        n_wd += check_weekdays(text, errs, name)
        for part in msg.walk():
            fn = part.get_filename()
            if fn and fn.endswith(".docx"):
                t = docx_text(part.get_payload(decode=True))
                text += "\n" + t
                n_wd += check_weekdays(t, errs, name + " (docx)")
            elif fn and fn.endswith(".pdf"):
                t = pdf_text(part.get_payload(decode=True))
                text += "\n" + t
                n_wd += check_weekdays(t, errs, name + " (pdf)")
        headers_addrs = {}
        for h in ("From", "To", "Cc"):
            if msg[h] is not None:
                for a in msg[h].addresses:
                    headers_addrs.setdefault(a.display_name, set()).add(a.addr_spec)
        # items
        for gi, item in zip(gold["items"], c["items"]):
            if list(gi.keys()) != ["owner_name", "owner_email", "department", "task", "due_date", "due_time", "flags"]:
                errs.append("%s: item keys %s" % (name, list(gi.keys())))
            fl = gi["flags"]
            if not set(fl) <= {"no_owner", "vague_due", "no_due"} or len(set(fl)) != len(fl):
                errs.append("%s: flags %s" % (name, fl))
            if (gi["owner_name"] is None) != ("no_owner" in fl):
                errs.append("%s: owner/no_owner mismatch in %s" % (name, gi["task"]))
            if gi["due_date"] is None and len({"vague_due", "no_due"} & set(fl)) != 1:
                errs.append("%s: undated item needs exactly one of vague_due/no_due: %s" % (name, gi["task"]))
            if gi["due_date"] is not None and ({"vague_due", "no_due"} & set(fl)):
                errs.append("%s: dated item flagged undated: %s" % (name, gi["task"]))
            if gi["due_time"] is not None and (gi["due_date"] is None or not re.fullmatch(r"\d\d:\d\d", gi["due_time"])):
                errs.append("%s: bad due_time %s" % (name, gi["due_time"]))
            on = gi["owner_name"]
            if on is not None:
                if on in roster_by_name:
                    r = roster_by_name[on]
                    if gi["owner_email"] != r[1] or gi["department"] != (r[2] or None):
                        errs.append("%s: owner %s email/department differ from the roster" % (name, on))
                else:
                    if gi["department"] is not None or gi["owner_email"] not in headers_addrs.get(on, set()):
                        errs.append("%s: outsider %s must take the address of the header entry with that name" % (name, on))
            else:
                if gi["owner_email"] is not None:
                    errs.append("%s: no owner but an email" % name)
                depts = {r[2] for r in ROSTER if r[2]}
                if gi["department"] is not None and gi["department"] not in depts:
                    errs.append("%s: unit %s is not a roster department" % (name, gi["department"]))
            if not is_subsequence(gi["task"], text):
                errs.append("%s: task not found in the mail: %s" % (name, gi["task"]))
            if gi["due_date"] is not None:
                n_dates += 1
                if item.rule is None:
                    errs.append("%s: no rule for %s" % (name, gi["task"]))
                    continue
                d, t = resolve(item.rule, sent)
                if d.isoformat() != gi["due_date"]:
                    errs.append("%s: %s due %s but the rule %s from %s gives %s" % (
                        name, gi["task"], gi["due_date"], item.rule, sent.isoformat(), d))
                if t is not None and t != gi["due_time"]:
                    errs.append("%s: %s due_time %s but the rule gives %s" % (name, gi["task"], gi["due_time"], t))
        nf = gold["next_followup"]
        if nf is not None:
            n_dates += 1
            d, t = resolve(c["next"][2], sent)
            if d.isoformat() != nf["date"]:
                errs.append("%s: next_followup %s but the rule %s gives %s" % (name, nf["date"], c["next"][2], d))
            if nf["time"] is not None and not re.fullmatch(r"\d\d:\d\d", nf["time"]):
                errs.append("%s: next time %s" % (name, nf["time"]))
    # README
    rd = open(os.path.join(OUT, "README.md"), encoding="utf-8").read()
    if rd != readme(cases):
        errs.append("README.md differs from the generator")
    for c in cases:
        if c["name"] not in rd:
            errs.append("README misses %s" % c["name"])
    if errs:
        print("CHECK FAILED (%d problems)" % len(errs))
        for e in errs:
            print(" -", e)
        return 1
    print("check OK: %d cases (%s), %d gold dates recomputed with chinesecalendar, %d written weekdays verified"
          % (len(cases), ", ".join("%s %d" % kv for kv in sorted(kinds.items())), n_dates, n_wd))
    return 0


if __name__ == "__main__":
    if [a for a in sys.argv[1:] if not a.startswith("--")]:   # (added when the set joined the tests: write to OUTDIR, then check)
        OUT = [a for a in sys.argv[1:] if not a.startswith("--")][0]
        os.makedirs(OUT, exist_ok=True)
        write_all()
        sys.exit(check())
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write_all()

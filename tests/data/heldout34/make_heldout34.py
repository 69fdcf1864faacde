#!/usr/bin/env python3
"""Generator for the blind held-out set "heldout34" (cases 6201-6238).

    python3 make_heldout34.py            # (re)write every .eml/.json, roster.csv into this folder
    python3 make_heldout34.py --check    # verify: files equal a fresh build, every .eml parses with
                                         # email.policy.default without defects, every text part decodes,
                                         # every gold date is recomputed from the message's own Date header
                                         # (Asia/Shanghai, chinesecalendar), owners match the roster

Deterministic: no clock, no randomness (ids come from sha1 of fixed strings; .docx zip entries get a
fixed timestamp; the PDF is built with reportlab invariant=1).
Needs: chinesecalendar, python-docx, reportlab, pypdf (the venv /work/blind/venv has them).
"""
import base64
import csv
import datetime as dt
import email
import email.base64mime
import email.policy
import email.quoprimime
import email.utils
import hashlib
import html
import io
import json
import os
import re
import sys
import zipfile
from zoneinfo import ZoneInfo

import chinese_calendar

HERE = os.path.dirname(os.path.abspath(__file__))
SH = ZoneInfo("Asia/Shanghai")

# ----------------------------------------------------------------------------------------------
# roster
# ----------------------------------------------------------------------------------------------
HF = "hfzg.example.cn"            # 邯峰轧钢有限责任公司 (Handan, SOE steel rolling)
YQ = "yiqing-uav.example.cn"      # 惠州翼擎智能科技有限公司 (Huizhou, private drone maker)
CF = "cfys.example.cn"            # 保定长风影视文化有限公司 (Baoding, film & TV studio)
LS = "lakeshore-semi.example.com" # Lakeshore Semiconductor Packaging (Wuxi) Co., Ltd. (foreign-invested)
KO = "kessler-optik.example.de"   # Kessler Optik GmbH, Munich (foreign partner of Yiqing)
HQ = "hongchi.example.com.tw"     # 宏騏電子股份有限公司, Hsinchu (Taiwan supplier of Yiqing)

BOTS = {
    HF: ("会议纪要助手", "jiyao@" + HF),
    YQ: ("纪要助手", "minutes@" + YQ),
    CF: ("纪要机器人", "jiyao@" + CF),
    LS: ("Minutes Bot", "minutebot@" + LS),
}

ROSTER = [
    # name, local part / full email, department, manager email, aliases
    # --- 邯峰轧钢 (SOE) ---
    ("常永胜", "changyongsheng@" + HF, "公司领导", "", "常总;常副总;Chang Yongsheng"),
    ("刘振华", "liuzhenhua@" + HF, "综合办公室", "changyongsheng@" + HF, "刘主任;Liu Zhenhua"),
    ("孟晓彤", "mengxiaotong@" + HF, "综合办公室", "liuzhenhua@" + HF, "小孟;Meng Xiaotong"),
    ("韩立新", "hanlixin@" + HF, "生产技术部", "changyongsheng@" + HF, "韩部长;Han Lixin"),
    ("苏鹏", "supeng@" + HF, "生产技术部", "hanlixin@" + HF, "苏工;Su Peng"),
    ("贾国栋", "jiaguodong@" + HF, "设备能源部", "changyongsheng@" + HF, "贾部长;Jia Guodong"),
    ("王海涛", "wanghaitao@" + HF, "设备能源部", "jiaguodong@" + HF, "王工;Wang Haitao"),
    ("崔丽娟", "cuilijuan@" + HF, "安全环保部", "changyongsheng@" + HF, "崔部长;Cui Lijuan"),
    ("郝建", "haojian@" + HF, "热轧厂", "changyongsheng@" + HF, "郝厂长;Hao Jian"),
    ("石磊", "shilei@" + HF, "热轧厂", "haojian@" + HF, "石主任;Shi Lei"),
    ("冯珺", "fengjun@" + HF, "质量管理部", "changyongsheng@" + HF, "冯部长;Feng Jun"),
    ("邢志强", "xingzhiqiang@" + HF, "物资供应部", "changyongsheng@" + HF, "邢部长;Xing Zhiqiang"),
    ("田野", "tianye@" + HF, "信息中心", "changyongsheng@" + HF, "田主任;Tian Ye"),
    ("庞秀英", "pangxiuying@" + HF, "财务部", "changyongsheng@" + HF, "庞部长;Pang Xiuying"),
    # --- 翼擎智能 (private manufacturer) ---
    ("张立群", "zhangliqun@" + YQ, "总经理办公室", "", "张总;Zhang Liqun"),
    ("刘婷", "liuting@" + YQ, "总经理办公室", "zhangliqun@" + YQ, "Liu Ting;婷婷"),
    ("陈嘉豪", "chenjiahao@" + YQ, "研发中心", "zhangliqun@" + YQ, "陈总监;嘉豪;Jiahao Chen;Chen Jiahao"),
    ("黎卓", "lizhuo@" + YQ, "研发中心", "chenjiahao@" + YQ, "黎工;Li Zhuo"),
    ("温晓峰", "wenxiaofeng@" + YQ, "研发中心", "chenjiahao@" + YQ, "温工;Wen Xiaofeng"),
    ("叶婉婷", "yewanting@" + YQ, "供应链部", "zhangliqun@" + YQ, "叶经理;葉婉婷;葉經理;Wendy Ye;Ye Wanting"),
    ("邓国华", "dengguohua@" + YQ, "供应链部", "yewanting@" + YQ, "老邓;Deng Guohua"),
    ("韦志远", "weizhiyuan@" + YQ, "仓储物流部", "yewanting@" + YQ, "韦主管;Wei Zhiyuan"),
    ("钟敏", "zhongmin@" + YQ, "品质部", "zhangliqun@" + YQ, "钟经理;鍾敏;鍾經理;Zhong Min"),
    ("何嘉欣", "hejiaxin@" + YQ, "品质部", "zhongmin@" + YQ, "嘉欣;He Jiaxin"),
    ("曾海滨", "zenghaibin@" + YQ, "制造部", "zhangliqun@" + YQ, "曾经理;Zeng Haibin"),
    ("古伟明", "guweiming@" + YQ, "行业应用部", "zhangliqun@" + YQ, "古总;Gu Weiming"),
    ("谢雨桐", "xieyutong@" + YQ, "行业应用部", "guweiming@" + YQ, "谢经理;小谢;Xie Yutong;Yvonne Xie"),
    ("麦思琪", "maisiqi@" + YQ, "海外事业部", "zhangliqun@" + YQ, "Maggie Mai;Maggie;Mai Siqi"),
    ("赖芳", "laifang@" + YQ, "财务部", "zhangliqun@" + YQ, "赖经理;Lai Fang"),
    # --- 长风影视 (film & TV studio) ---
    ("邵一鸣", "shaoyiming@" + CF, "导演组", "", "邵导;Shao Yiming"),
    ("钱文静", "qianwenjing@" + CF, "制片部", "", "钱老师;钱制片;Qian Wenjing"),
    ("杜晓晨", "duxiaochen@" + CF, "制片部", "qianwenjing@" + CF, "晓晨;小杜;Du Xiaochen"),
    ("姜昊天", "jianghaotian@" + CF, "摄影部", "qianwenjing@" + CF, "姜指导;Jiang Haotian"),
    ("彭程", "pengcheng@" + CF, "摄影部", "jianghaotian@" + CF, "彭组长;Peng Cheng"),
    ("罗佳琪", "luojiaqi@" + CF, "美术部", "qianwenjing@" + CF, "佳琪;Luo Jiaqi"),
    ("覃思远", "qinsiyuan@" + CF, "后期制作中心", "qianwenjing@" + CF, "思远;覃主管;Qin Siyuan"),
    ("白若曦", "bairuoxi@" + CF, "宣发部", "qianwenjing@" + CF, "白经理;若曦;Rosie Bai"),
    ("卢凯", "lukai@" + CF, "财务部", "qianwenjing@" + CF, "卢经理;Lu Kai"),
    # --- Lakeshore Wuxi (foreign-invested, English names are the directory names) ---
    ("Daniel Koh", "daniel.koh@" + LS, "Management", "", "Daniel;Dan"),
    ("Jason Shen", "jason.shen@" + LS, "Process Engineering", "daniel.koh@" + LS, "沈俊;沈工;Jason;Shen Jun"),
    ("Ethan Jiang", "ethan.jiang@" + LS, "Process Engineering", "jason.shen@" + LS, "蒋一帆;Ethan;Jiang Yifan"),
    ("Mandy Xu", "mandy.xu@" + LS, "Quality", "daniel.koh@" + LS, "徐蔓;Mandy;Xu Man"),
    ("Priya Raman", "priya.raman@" + LS, "Quality", "mandy.xu@" + LS, "Priya"),
    ("Chris Gu", "chris.gu@" + LS, "Customer Engineering", "daniel.koh@" + LS, "顾晨;Chris;Gu Chen"),
    ("Jenny Lu", "jenny.lu@" + LS, "Supply Chain", "daniel.koh@" + LS, "陆静;Jenny;Lu Jing"),
    ("Sharon Pu", "sharon.pu@" + LS, "Production Planning", "daniel.koh@" + LS, "浦晓雯;Sharon;Pu Xiaowen"),
    ("Victor Hua", "victor.hua@" + LS, "Facilities", "daniel.koh@" + LS, "华伟;Victor;Hua Wei"),
    ("Grace Qin", "grace.qin@" + LS, "Finance", "daniel.koh@" + LS, "秦蕾;Grace;Qin Lei"),
    # --- outsiders who write to the bots (department left empty) ---
    ("Markus Brandt", "markus.brandt@" + KO, "", "", "Markus"),
    ("Julia Weber", "julia.weber@" + KO, "", "", "Julia"),
    ("蔡明哲", "mingche.tsai@" + HQ, "", "", "Mingche Tsai;蔡課長"),
    ("柳青", "liuqing@qingchuan-pr.example.cn", "", "", "柳总监;Liu Qing"),
    ("宋凯", "songkai_aerial@126.com", "", "", "Song Kai;凯哥"),
]
R = {r[0]: r for r in ROSTER}


def email_of(name):
    return R[name][1]


def dept_of(name):
    return R[name][2] or None


# ----------------------------------------------------------------------------------------------
# encoders
# ----------------------------------------------------------------------------------------------
CODEC = {"gb2312": "gbk", "GB2312": "gbk", "gbk": "gbk", "GBK": "gbk", "gb18030": "gb18030",
         "GB18030": "gb18030", "big5": "big5", "Big5": "big5", "utf-8": "utf-8", "UTF-8": "utf-8",
         "us-ascii": "ascii", "iso-8859-1": "latin-1"}


def codec(label):
    return CODEC.get(label, label)


def b64_body(data: bytes) -> str:
    return email.base64mime.body_encode(data, maxlinelen=76, eol="\n").rstrip("\n") + "\n"


def qp_body(data: bytes) -> str:
    return email.quoprimime.body_encode(data.decode("latin-1"), maxlinelen=76, eol="\n") + "\n"


def ew_b(text, label, maxlen=75):
    """RFC 2047 B-encoded words, split at character boundaries. A gb2312 label is raised to GBK for a text
    that GB2312 cannot hold (a header decoder has no GBK fallback)."""
    if label.lower() == "gb2312":
        try:
            text.encode("gb2312")
        except UnicodeEncodeError:
            label = "GBK"
    words, cur = [], ""
    for ch in text:
        trial = cur + ch
        enc = "=?%s?B?%s?=" % (label, base64.b64encode(trial.encode(codec(label))).decode())
        if len(enc) > maxlen and cur:
            words.append("=?%s?B?%s?=" % (label, base64.b64encode(cur.encode(codec(label))).decode()))
            cur = ch
        else:
            cur = trial
    if cur:
        words.append("=?%s?B?%s?=" % (label, base64.b64encode(cur.encode(codec(label))).decode()))
    return words


def _q(b):
    out = []
    for x in b:
        c = chr(x)
        if c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        elif c == " ":
            out.append("_")
        else:
            out.append("=%02X" % x)
    return "".join(out)


def ew_q(text, label, maxlen=75):
    words, cur = [], ""
    for ch in text:
        trial = cur + ch
        enc = "=?%s?Q?%s?=" % (label, _q(trial.encode(codec(label))))
        if len(enc) > maxlen and cur:
            words.append("=?%s?Q?%s?=" % (label, _q(cur.encode(codec(label)))))
            cur = ch
        else:
            cur = trial
    if cur:
        words.append("=?%s?Q?%s?=" % (label, _q(cur.encode(codec(label)))))
    return words


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def subj(text, label="utf-8", enc="B", fold="\n "):
    """Subject header value (ASCII stays as is; long ASCII is folded at a space)."""
    if is_ascii(text):
        return text
    words = ew_b(text, label) if enc == "B" else ew_q(text, label)
    return fold.join(words)


def addr(display, address, label="utf-8", enc="B", quote=False):
    if not display:
        return "<%s>" % address if quote else address
    if is_ascii(display):
        if re.search(r'[(),.:;<>@\[\]"]', display) or quote:
            return '"%s" <%s>' % (display.replace('"', '\\"'), address)
        return "%s <%s>" % (display, address)
    words = ew_b(display, label) if enc == "B" else ew_q(display, label)
    # encoded words are never put inside quotes (Foxmail/Coremail do that, but it is a header defect)
    return "%s <%s>" % (" ".join(words), address)


def addr_header(name, addrs, sep=",\n "):
    return "%s: %s" % (name, sep.join(addrs))


def mid_hex(seed, n):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


# ----------------------------------------------------------------------------------------------
# MIME entities (raw, client-shaped)
# ----------------------------------------------------------------------------------------------
class Leaf:
    def __init__(self, headers, body):
        self.headers = headers      # list of header lines (may contain folded continuation lines)
        self.body = body            # str (ASCII transfer-encoded) or bytes (8bit)

    def render(self):
        head = "\n".join(self.headers).encode("ascii") + b"\n\n"
        body = self.body if isinstance(self.body, bytes) else self.body.encode("ascii")
        return head + body


class Multi:
    def __init__(self, headers, boundary, parts, preamble="", epilogue=""):
        self.headers = headers
        self.boundary = boundary
        self.parts = parts
        self.preamble = preamble
        self.epilogue = epilogue

    def render(self):
        out = "\n".join(self.headers).encode("ascii") + b"\n\n"
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n\n"
        for p in self.parts:
            out += b"--" + self.boundary.encode() + b"\n" + p.render()
            if not out.endswith(b"\n"):
                out += b"\n"
            out += b"\n"
        out += b"--" + self.boundary.encode() + b"--\n"
        if self.epilogue:
            out += self.epilogue.encode("ascii")
        return out


def text_part(text, label="utf-8", cte="base64", subtype="plain", fold_ct=False, quote_cs=True,
              extra_ct="", extra_headers=(), crlf_text=False):
    raw = text.replace("\n", "\r\n") if crlf_text else text
    data = raw.encode(codec(label))
    cs = '"%s"' % label if quote_cs else label
    ct = "Content-Type: text/%s;%scharset=%s%s" % (subtype, "\n\t" if fold_ct else " ", cs, extra_ct)
    hdrs = [ct, "Content-Transfer-Encoding: %s" % cte] + list(extra_headers)
    if cte == "base64":
        body = b64_body(data)
    elif cte == "quoted-printable":
        body = qp_body(data)
    elif cte in ("8bit", "7bit"):
        body = data if data.endswith(b"\n") else data + b"\n"
    else:
        raise ValueError(cte)
    return Leaf(hdrs, body)


def attach_part(data, ctype, filename, disposition="attachment", name_param=True):
    """Attachment with an RFC 2231 file name (UTF-8) when not ASCII."""
    if is_ascii(filename):
        fn = 'filename="%s"' % filename
        nm = 'name="%s"' % filename
    else:
        from urllib.parse import quote
        q = quote(filename.encode("utf-8"), safe="")
        fn = "filename*=utf-8''%s" % q
        nm = "name*=utf-8''%s" % q
    hdrs = ["Content-Type: %s%s" % (ctype, (";\n\t" + nm) if name_param else ""),
            "Content-Transfer-Encoding: base64",
            "Content-Disposition: %s;\n\t%s" % (disposition, fn)]
    return Leaf(hdrs, b64_body(data))


def build(top_headers, entity, crlf=False):
    raw = "\n".join(top_headers).encode("ascii") + b"\n"
    ent = entity.render()
    raw += ent
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def mail_date(d: dt.datetime, pad=False):
    s = email.utils.format_datetime(d)
    return s if pad else re.sub(r"^(\w\w\w, )0", r"\1", s)


def T(y, mo, d, h, mi, s=0, off=8):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(dt.timedelta(hours=off)))


# ----------------------------------------------------------------------------------------------
# HTML renderings per client
# ----------------------------------------------------------------------------------------------
def esc(s):
    return html.escape(s, quote=False)


def _lines(text):
    return text.split("\n")


def html_outlook(text, label="gb2312", lang="ZH-CN", tables=None, font="等线"):
    """Word-generated Outlook HTML. tables: {marker_line: html_table} replaces a line equal to marker."""
    tables = tables or {}
    out = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
           'xmlns="http://www.w3.org/TR/REC-html40">',
           "<head>",
           '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % label,
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
           "<style><!--",
           "/* Font Definitions */",
           "@font-face",
           "\t{font-family:%s;" % ("\u5b8b\u4f53" if lang == "ZH-CN" else "\u65b0\u7d30\u660e\u9ad4"),
           "\tpanose-1:2 1 6 0 3 1 1 1 1 1;}",
           "@font-face",
           '\t{font-family:"Cambria Math";',
           "\tpanose-1:2 4 5 3 5 4 6 3 2 4;}",
           "@font-face",
           "\t{font-family:%s;" % font,
           "\tpanose-1:2 1 6 0 3 1 1 1 1 1;}",
           "/* Style Definitions */",
           "p.MsoNormal, li.MsoNormal, div.MsoNormal",
           "\t{margin:0cm;",
           "\ttext-align:justify;",
           "\ttext-justify:inter-ideograph;",
           "\tfont-size:10.5pt;",
           "\tfont-family:%s;}" % font,
           "span.EmailStyle17",
           "\t{mso-style-type:personal-compose;",
           "\tfont-family:%s;" % font,
           "\tcolor:windowtext;}",
           ".MsoChpDefault",
           "\t{mso-style-type:export-only;",
           "\tfont-family:%s;}" % font,
           "/* Page Definitions */",
           "@page WordSection1",
           "\t{size:612.0pt 792.0pt;",
           "\tmargin:72.0pt 90.0pt 72.0pt 90.0pt;}",
           "div.WordSection1",
           "\t{page:WordSection1;}",
           "--></style><!--[if gte mso 9]><xml>",
           '<o:shapedefaults v:ext="edit" spidmax="1026" />',
           "</xml><![endif]--><!--[if gte mso 9]><xml>",
           '<o:shapelayout v:ext="edit">',
           '<o:idmap v:ext="edit" data="1" />',
           "</o:shapelayout></xml><![endif]-->",
           "</head>",
           '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word;text-justify-trim:punctuation">' % lang,
           '<div class="WordSection1">']
    for ln in _lines(text):
        if ln in tables:
            out.append(tables[ln])
        elif ln.strip() == "":
            out.append('<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>')
        else:
            lead = len(ln) - len(ln.lstrip(" \u3000"))
            style = ' style="text-indent:%.1fpt"' % (10.5 * lead) if lead else ""
            out.append('<p class="MsoNormal"%s>%s<span lang="EN-US"><o:p></o:p></span></p>' % (style, esc(ln.strip(" \u3000"))))
    out.append("</div>")
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out) + "\n"


def html_outlook_en(text, tables=None):
    tables = tables or {}
    out = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
           'xmlns="http://www.w3.org/TR/REC-html40">',
           "<head>",
           '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
           "<style><!--",
           "/* Font Definitions */",
           "@font-face",
           '\t{font-family:"Cambria Math";',
           "\tpanose-1:2 4 5 3 5 4 6 3 2 4;}",
           "@font-face",
           "\t{font-family:Aptos;}",
           "/* Style Definitions */",
           "p.MsoNormal, li.MsoNormal, div.MsoNormal",
           "\t{margin:0cm;",
           "\tfont-size:11.0pt;",
           '\tfont-family:"Aptos",sans-serif;',
           "\tmso-ligatures:standardcontextual;",
           "\tmso-fareast-language:EN-US;}",
           "span.EmailStyle17",
           "\t{mso-style-type:personal-compose;",
           '\tfont-family:"Aptos",sans-serif;',
           "\tcolor:windowtext;}",
           ".MsoChpDefault",
           "\t{mso-style-type:export-only;",
           "\tfont-size:11.0pt;",
           "\tmso-fareast-language:EN-US;}",
           "@page WordSection1",
           "\t{size:612.0pt 792.0pt;",
           "\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}",
           "div.WordSection1",
           "\t{page:WordSection1;}",
           "--></style>",
           "</head>",
           '<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">',
           '<div class="WordSection1">']
    for ln in _lines(text):
        if ln in tables:
            out.append(tables[ln])
        elif ln.strip() == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(ln))
    out.append("</div>")
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out) + "\n"


def html_div(text, wrapper_open, wrapper_close, line_tpl="<div>%s</div>", blank="<div><br></div>",
             head="", tables=None):
    tables = tables or {}
    out = [head] if head else []
    out.append(wrapper_open)
    for ln in _lines(text):
        if ln in tables:
            out.append(tables[ln])
        elif ln.strip() == "":
            out.append(blank)
        else:
            out.append(line_tpl % esc(ln).replace("  ", "&nbsp; "))
    out.append(wrapper_close)
    return "\n".join(out) + "\n"


def table_html(rows, style="outlook", header=True, spans=None):
    """rows: list of lists of str. spans: {(r,c): (rowspan, colspan)}; cells covered by a span are None."""
    spans = spans or {}
    if style == "outlook":
        t = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">']
        for r, row in enumerate(rows):
            t.append("<tr>")
            for c, cell in enumerate(row):
                if cell is None:
                    continue
                rs, cs = spans.get((r, c), (1, 1))
                attrs = (' rowspan="%d"' % rs if rs > 1 else "") + (' colspan="%d"' % cs if cs > 1 else "")
                inner = "<b>%s</b>" % esc(cell) if (header and r == 0) else esc(cell)
                t.append('<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"%s>'
                         '<p class="MsoNormal">%s<span lang="EN-US"><o:p></o:p></span></p></td>' % (attrs, inner))
            t.append("</tr>")
        t.append("</table>")
        return "\n".join(t)
    if style == "excel":
        t = ['<table border="0" cellpadding="0" cellspacing="0" width="560" style="border-collapse:collapse;width:420pt">',
             '<colgroup><col width="40" style="width:30pt"><col width="220" style="width:165pt">'
             '<col width="90" span="3" style="width:68pt"></colgroup>']
        for r, row in enumerate(rows):
            t.append('<tr height="19" style="height:14.25pt">')
            for c, cell in enumerate(row):
                cls = "xl66" if r == 0 else "xl65"
                t.append('<td class="%s" height="19" style="height:14.25pt;border:.5pt solid windowtext;'
                         'font-size:11.0pt;font-family:等线">%s</td>' % (cls, esc(cell)))
            t.append("</tr>")
        t.append("</table>")
        return "\n".join(t)
    # plain html table
    t = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">']
    for r, row in enumerate(rows):
        t.append("<tr>")
        for c, cell in enumerate(row):
            if cell is None:
                continue
            rs, cs = spans.get((r, c), (1, 1))
            attrs = (' rowspan="%d"' % rs if rs > 1 else "") + (' colspan="%d"' % cs if cs > 1 else "")
            tag = "th" if (header and r == 0) else "td"
            t.append("<%s%s>%s</%s>" % (tag, attrs, esc(cell), tag))
        t.append("</tr>")
    t.append("</table>")
    return "\n".join(t)


def table_text(rows):
    return "\n".join("\t".join("" if c is None else c for c in row) for row in rows)


# ----------------------------------------------------------------------------------------------
# date rules (recomputed by --check from the Date header)
# ----------------------------------------------------------------------------------------------
def holiday_block_end(name, year=2026):
    d = dt.date(year, 1, 1)
    last = None
    while d.year == year:
        on, nm = chinese_calendar.get_holiday_detail(d)
        if on and nm and nm.replace(" ", "").lower() == name.replace(" ", "").lower() and not chinese_calendar.is_workday(d):
            last = d
        d += dt.timedelta(1)
    return last


def next_workday_after(d):
    d += dt.timedelta(1)
    while not chinese_calendar.is_workday(d):
        d += dt.timedelta(1)
    return d


def resolve(rule, sent):
    """rule -> (date, 'HH:MM' or None). sent = aware datetime in Asia/Shanghai."""
    if rule is None or rule[0] == "vague":
        return None, None
    k = rule[0]
    sd = sent.date()
    if k == "abs":
        return dt.date.fromisoformat(rule[1]), (rule[2] if len(rule) > 2 else None)
    if k in ("wd", "thisweek", "nextweek"):
        wd = rule[1]
        tm = rule[2] if len(rule) > 2 else None
        monday = sd - dt.timedelta(sd.weekday())
        if k == "nextweek":
            return monday + dt.timedelta(7 + wd), tm
        d = monday + dt.timedelta(wd)
        if k == "thisweek":
            assert d >= sd, ("本周X already past", rule, sd)
            return d, tm
        return (d if d >= sd else d + dt.timedelta(7)), tm
    if k == "workdays":
        d, n = sd, rule[1]
        while n:
            d += dt.timedelta(1)
            if chinese_calendar.is_workday(d):
                n -= 1
        return d, None
    if k == "monthend":
        y, m = sd.year, sd.month
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return nxt - dt.timedelta(1), None
    if k == "after":
        return next_workday_after(holiday_block_end(rule[1], sd.year)), None
    if k == "hours":
        t = sent + dt.timedelta(hours=rule[1])
        return t.date(), t.strftime("%H:%M")
    if k == "tomorrow":
        return sd + dt.timedelta(1), (rule[1] if len(rule) > 1 else None)
    if k == "today":
        return sd, (rule[1] if len(rule) > 1 else None)
    if k == "tz":
        local = dt.datetime.fromisoformat(rule[1]).replace(tzinfo=ZoneInfo(rule[2]))
        s = local.astimezone(SH)
        return s.date(), s.strftime("%H:%M")
    raise ValueError(rule)


# ----------------------------------------------------------------------------------------------
# gold helpers
# ----------------------------------------------------------------------------------------------
class It:
    def __init__(self, owner, task, rule, dept=None, email_=None, ext=False):
        self.owner = owner          # roster name, external name as written, or None (department/nobody)
        self.task = task
        self.rule = rule            # None = no due; ("vague",) = vague
        self.dept = dept            # department when owner is None
        self.email = email_         # for owners outside the roster (from To/Cc)
        self.ext = ext              # owner outside roster and not resolvable -> email None

    def gold(self, sent):
        d, tm = resolve(self.rule, sent)
        flags = []
        if self.owner is None:
            flags.append("no_owner")
        if self.rule is not None and self.rule[0] == "vague":
            flags.append("vague_due")
        if self.rule is None:
            flags.append("no_due")
        if self.owner is None:
            name, mail, dept = None, None, self.dept
        elif self.owner in R:
            name, mail, dept = self.owner, email_of(self.owner), dept_of(self.owner)
        else:
            name, mail, dept = self.owner, self.email, None
        return {"owner_name": name, "owner_email": mail, "department": dept, "task": self.task,
                "due_date": d.isoformat() if d else None, "due_time": tm, "flags": flags}


CASES = []


def case(num, slug, kind):
    def deco(fn):
        CASES.append((num, slug, kind, fn))
        return fn
    return deco


def received_chain(*lines):
    return ["Received: " + ln for ln in lines]


# ----------------------------------------------------------------------------------------------
# client helpers
# ----------------------------------------------------------------------------------------------
def outlook_ids(seed, domain, when):
    h = mid_hex(seed, 32)
    mid = "<%s01dc%s$%s$%s$@%s>" % (h[:4], h[4:8], h[8:16], h[16:24], domain)
    b1 = "----=_NextPart_000_%s_01DC%s.%s" % (h[24:28].upper(), h[4:8].upper(), h[8:16].upper())
    b2 = "----=_NextPart_001_%s_01DC%s.%s" % (h[28:32].upper(), h[4:8].upper(), h[8:16].upper())
    ti = base64.b64encode(b"\x01\xdc" + bytes.fromhex(mid_hex(seed + "ti", 40))).decode()
    return mid, b1, b2, ti


def top(return_path, delivered_to, received, headers):
    return (["Return-Path: <%s>" % return_path, "Delivered-To: %s" % delivered_to] +
            received_chain(*received) + headers)


def rx_yq(helo, ip, seed, d, secs=3):
    """receiving hop of Yiqing's hosted (Tencent Exmail) mailbox"""
    return ("from %s (unknown [%s])\n\tby newxmmxszc6-%d.qq.com (NewMX) with SMTP id %s\n\tfor <%s>; %s" %
            (helo, ip, int(mid_hex(seed, 2), 16) % 4, mid_hex(seed + "id", 8).upper(), BOTS[YQ][1],
             email.utils.format_datetime((d + dt.timedelta(seconds=secs)).astimezone(SH))))


def rx_cf(helo, ip, seed, d, secs=2):
    """receiving hop of the studio's hosted (Feishu) mailbox"""
    return ("from %s (%s [%s])\n\tby mx1.feishu.cn (LarkMail) with ESMTPS id %s\n\tfor <%s>; %s" %
            (helo, helo, ip, mid_hex(seed + "id", 12), BOTS[CF][1],
             email.utils.format_datetime((d + dt.timedelta(seconds=secs)).astimezone(SH))))


def rx_ls(helo, ip, seed, d, secs=2):
    """Exchange Online inbound hop for Lakeshore's tenant"""
    return ("from %s (%s [%s])\n by SG1PEPF000082E6.mail.protection.outlook.com (10.167.241.79) with Microsoft\n"
            " SMTP Server (version=TLS1_3, cipher=TLS_AES_256_GCM_SHA384) id 15.20.9412.8 via\n Frontend Transport; %s" %
            (helo, helo, ip, email.utils.format_datetime((d + dt.timedelta(seconds=secs)).astimezone(dt.timezone.utc)).replace("-0000", "+0000")))


def rx_hf(helo, ip, seed, d, secs=3):
    """receiving hop of the SOE's Coremail server"""
    return ("from %s (unknown [%s])\n\tby mail.hfzg.example.cn (Coremail) with SMTP id %s;\n\t%s" %
            (helo, ip, "AQAAf" + mid_hex(seed + "cm", 16) + "--.%dS2" % (int(mid_hex(seed, 3), 16) % 9000), rcv_date(d, secs)))


def rcv_date(d, plus_seconds=3):
    return email.utils.format_datetime(d + dt.timedelta(seconds=plus_seconds))


def postfix_rcv(helo, ip, host, qid, rcpt, d, extra=""):
    return ("from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (CST)%s" %
            (helo, helo if "." in helo else "unknown", ip, host, qid, rcpt, rcv_date(d), extra))


# ==============================================================================================
# CASES
# ==============================================================================================
# ---------------------------------------------------------------------------------------------- 6201
@case(6201, "hfzg-dispatch-coremail-labels", "minutes")
def c6201():
    d = T(2026, 4, 7, 16, 42, 18)
    bot = BOTS[HF]
    text = """各单位、各部门：

    4月7日上午，常永胜副总经理主持召开4月份第一次生产经营调度会，听取了3月份生产经营情况汇报，研究部署近期重点工作。现将会议议定事项纪要如下：

一、3月份生产经营情况
    3月份完成热轧卷产量46.3万吨，冷轧产品11.8万吨，吨钢综合能耗同比下降2.1%。热轧厂汇报了1#加热炉检修完成情况，设备能源部汇报了清明节假日期间设备运行情况。

二、议定事项
（一）关于2250产线轧辊消耗偏高问题。
    会议要求热轧厂对3月份轧辊消耗进行专项分析，形成分析报告并提出降耗措施。
    责任单位：热轧厂（石磊）
    完成时限：4月10日前

（二）关于夏季高温设备保障。
    设备能源部牵头编制迎峰度夏设备保障方案，物资供应部配合做好备件储备。
    责任单位：设备能源部（贾国栋）
    完成时限：4月底前

（三）关于安全生产标准化复评。
    安全环保部负责对照复评标准开展自查，形成问题清单并督促整改。
    责任单位：安全环保部
    完成时限：4月24日前

（四）关于冷轧产品质量异议处理。
    质量管理部牵头，对近期客户提出的两起质量异议逐一回复，并建立质量异议台账。
    责任单位：质量管理部（冯珺）
    完成时限：尽快

（五）关于MES二期上线。
    信息中心负责MES二期上线准备，确保各单位操作人员培训到位。
    责任单位：信息中心（田野）
    完成时限：5个工作日内

三、有关要求
    各单位要严格落实安全生产责任制，节假日期间严格执行领导带班和24小时值班制度。

    下次调度会定于4月14日（星期二）上午9:00在办公楼三楼第一会议室召开。

综合办公室
2026年4月7日
"""
    to = [addr(n, email_of(n), "GBK", quote=True) for n in ("常永胜", "韩立新", "贾国栋", "崔丽娟", "郝建", "冯珺", "邢志强", "田野")]
    cc = [addr("石磊", email_of("石磊"), "GBK", quote=True), addr(bot[0], bot[1], "GBK", quote=True)]
    h = mid_hex("6201", 8)
    bnd = "----=_Part_%s_%s.1775551338%s" % (int(h[:5], 16), int(h[5:], 16) % 100000, "417")
    html_part = html_div(text, '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">', "</div>",
                         line_tpl='<p style="margin:0;">%s</p>', blank='<p style="margin:0;"><br></p>',
                         head='<meta http-equiv="Content-Type" content="text/html; charset=GBK">')
    ent = Multi(['Content-Type: multipart/alternative; \n\tboundary="%s"' % bnd], bnd, [
        text_part(text, "GBK", "base64"),
        text_part(html_part, "GBK", "base64", "html"),
    ])
    hdrs = ["Date: %s (GMT+08:00)" % mail_date(d),
            "From: %s" % addr("孟晓彤", email_of("孟晓彤"), "GBK", quote=True),
            addr_header("To", to),
            addr_header("Cc", cc),
            "Subject: %s" % subj("4月7日生产经营调度会会议纪要", "GBK"),
            "X-Priority: 3",
            "X-Mailer: Coremail Webmail Server Version XT6.0.1 build 20240415(a3b47c4d)",
            "Copyright: (C) 1999-2024 Coremail. All Rights Reserved.",
            "X-Originating-IP: [10.20.8.35]",
            "MIME-Version: 1.0",
            "Message-ID: <%s.%s.%s.Coremail.mengxiaotong@%s>" % (mid_hex("6201m", 8), mid_hex("6201n", 4), "19d671f0a2e", HF)]
    raw = build(top("mengxiaotong@" + HF, bot[1], [
        "from mengxiaotong$hfzg.example.cn ( [10.20.8.35] ) by\n ajax-webmail-mail.hfzg.example.cn (Coremail) ; Tue, 7 Apr 2026 16:42:18\n +0800 (GMT+08:00)"],
        hdrs + ["X-Coremail-Locale: zh_CN"]), ent)
    items = [
        It("石磊", "对3月份轧辊消耗进行专项分析，形成分析报告并提出降耗措施", ("abs", "2026-04-10")),
        It("贾国栋", "编制迎峰度夏设备保障方案", ("monthend",)),
        It(None, "对照复评标准开展自查，形成问题清单并督促整改", ("abs", "2026-04-24"), dept="安全环保部"),
        It("冯珺", "对近期客户提出的两起质量异议逐一回复，并建立质量异议台账", ("vague",)),
        It("田野", "MES二期上线准备，确保各单位操作人员培训到位", ("workdays", 5)),
    ]
    notes = ("Formal SOE dispatch-meeting minutes (Coremail webmail, GBK base64 text+html; the GBK name 冯珺 is fine under a GBK label). "
             "Sent Tue 2026-04-07 16:42 +0800, the first working day after Qingming (04-04..04-06). Items are the five （一）…（五） "
             "blocks of 二、议定事项, each with 责任单位/完成时限 labels; the person in brackets after the unit is the owner. "
             "（一）石磊 4月10日前 -> 2026-04-10. （二）贾国栋 '4月底前' -> 2026-04-30 (last day of the month); 物资供应部配合 is not an owner or an item. "
             "（三）责任单位 is only 安全环保部 -> owner null, no_owner, department 安全环保部, 2026-04-24. （四）'尽快' -> null + vague_due. "
             "（五）'5个工作日内' counted from the day after sending: 04-08,09,10,13,14 -> 2026-04-14. "
             "一、 (reports: 汇报了…) and 三、有关要求 (a standing rule, '24小时值班') are not items. "
             "下次调度会 4月14日（星期二）上午9:00 -> next_followup 2026-04-14 09:00.")
    return dict(raw=raw, items=items, next=("abs", "2026-04-14", "09:00"), notes=notes)


# ---------------------------------------------------------------------------------------------- docx / pdf
def fixed_zip(data: bytes, when) -> bytes:
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def make_docx(blocks, author, created):
    """blocks: list of (style, text) with style in title/center/body/label/right."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    for style, txt in blocks:
        p = doc.add_paragraph()
        run = p.add_run(txt)
        if style == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.font.size = Pt(22)
            run.bold = True
            run.font.color.rgb = docx.shared.RGBColor(0xC0, 0, 0)
        elif style == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif style == "heading":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
            run.font.size = Pt(18)
        elif style == "h1":
            run.font.name = "黑体"
            run._element.rPr.rFonts.set(qn("w:eastAsia"), "黑体")
            p.paragraph_format.first_line_indent = Pt(32)
        elif style == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            p.paragraph_format.first_line_indent = Pt(32)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = created
    cp.modified = created + dt.timedelta(minutes=47)
    cp.revision = 4
    cp.title = ""
    cp.comments = ""
    buf = io.BytesIO()
    doc.save(buf)
    return fixed_zip(buf.getvalue(), (created.year, created.month, created.day, created.hour, created.minute, 0))


def make_pdf(title_lines, paras, table_rows, tail):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title="QBR Q2 2026 - Minutes", author="Daniel Koh",
                            creator="Microsoft Word", invariant=1)
    ss = getSampleStyleSheet()
    story = []
    for i, t in enumerate(title_lines):
        story.append(Paragraph(html.escape(t), ss["Title"] if i == 1 else ss["Heading4"]))
    for t in paras:
        if t == "":
            story.append(Spacer(1, 4 * mm))
        elif t.startswith("#"):
            story.append(Paragraph(html.escape(t[1:].strip()), ss["Heading3"]))
        else:
            story.append(Paragraph(html.escape(t), ss["BodyText"]))
    cell = ss["BodyText"]
    data = [[Paragraph(html.escape(c), cell) for c in row] for row in table_rows]
    tb = Table(data, colWidths=[12 * mm, 88 * mm, 40 * mm, 30 * mm], repeatRows=1)
    tb.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE4EE")),
                            ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(tb)
    story.append(Spacer(1, 5 * mm))
    for t in tail:
        story.append(Paragraph(html.escape(t), ss["BodyText"]))
    doc.build(story)
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------- 6202
@case(6202, "hfzg-special-minutes-docx-mayday", "minutes")
def c6202():
    d = T(2026, 4, 30, 17, 55, 6)
    bot = BOTS[HF]
    mid, b1, b2, ti = outlook_ids("6202", HF, d)
    body = """各位领导、同事：

附件是今天上午2#卷取机故障处置专题会的会议纪要，请查收，并按分工抓好落实。
五一假期期间请保持电话畅通，备件到货情况我会在群里同步。

苏鹏
生产技术部
电话：0310-5862317
"""
    blocks = [
        ("title", "邯峰轧钢有限责任公司"),
        ("heading", "专 题 会 议 纪 要"),
        ("center", "〔2026〕第12期"),
        ("body", "综合办公室　　　　　　　　　　　　　　2026年4月30日"),
        ("heading", "关于热轧2#卷取机故障处置专题会议纪要"),
        ("body", "4月30日上午，韩立新部长主持召开专题会议，研究2250产线2#卷取机助卷辊故障处置工作。生产技术部、设备能源部、热轧厂、物资供应部、安全环保部有关人员参加会议。现将会议议定事项纪要如下："),
        ("h1", "一、故障情况"),
        ("body", "4月28日夜班，2#卷取机3#助卷辊液压缸泄漏，造成非计划停机3.5小时，影响热轧卷产量约2600吨。热轧厂已采取临时措施恢复生产。"),
        ("h1", "二、议定事项"),
        ("body", "（一）故障原因分析。由设备能源部牵头，热轧厂配合，对助卷辊液压缸泄漏原因进行分析，形成故障分析报告。"),
        ("body", "主责：设备能源部（王海涛）；配合：热轧厂"),
        ("body", "完成时限：节后第一个工作日"),
        ("body", "（二）备件采购。物资供应部负责助卷辊液压缸备件紧急采购，确保节后到货。"),
        ("body", "责任单位：物资供应部（邢志强）"),
        ("body", "完成时限：5月9日前"),
        ("body", "（三）点检标准修订及培训。①修订卷取机区域点检标准；②组织卷取机岗位人员培训。"),
        ("body", "责任单位：热轧厂（郝建）"),
        ("body", "完成时限：①3个工作日内；②5月15日前"),
        ("body", "（四）安全检查。安全环保部对故障处置过程中安全措施落实情况进行检查。"),
        ("body", "责任单位：安全环保部"),
        ("body", "完成时限：待定"),
        ("h1", "三、有关要求"),
        ("body", "会议认为，本次故障暴露出点检不到位、备件储备不足等问题，各单位要举一反三，节日期间加强设备巡检，发现问题及时上报。"),
        ("body", "参会人员：韩立新、苏鹏、贾国栋、王海涛、郝建、石磊、邢志强、崔丽娟"),
        ("body", "分送：公司领导，各部门、各单位"),
    ]
    docx_bytes = make_docx(blocks, "苏鹏", dt.datetime(2026, 4, 30, 11, 8))
    to = [addr(n, email_of(n), "gb2312") for n in ("韩立新", "贾国栋", "王海涛", "郝建", "邢志强", "崔丽娟")]
    cc = [addr("石磊", email_of("石磊"), "gb2312"), addr(bot[0], bot[1], "gb2312")]
    html_part = html_outlook(body, "gb2312")
    alt = Multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % b2], b2, [
        text_part(body, "gb2312", "base64", fold_ct=True, crlf_text=True),
        text_part(html_part, "gb2312", "base64", "html", fold_ct=True, crlf_text=True),
    ])
    ent = Multi(['Content-Type: multipart/mixed;\n\tboundary="%s"' % b1, "X-Mailer: Microsoft Outlook 16.0",
                 "Thread-Index: " + ti, "Content-Language: zh-cn"], b1, [
        alt,
        attach_part(docx_bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "关于热轧2#卷取机故障处置专题会议纪要.docx"),
    ], preamble="This is a multipart message in MIME format.")
    hdrs = ["From: " + addr("苏鹏", email_of("苏鹏"), "gb2312"),
            addr_header("To", to), addr_header("Cc", cc),
            "Subject: " + subj("关于热轧2#卷取机故障处置专题会议纪要", "gb2312"),
            "Date: " + mail_date(d, pad=False),
            "Message-ID: " + mid, "MIME-Version: 1.0"]
    raw = build(top("supeng@" + HF, bot[1], [
        "from SUPENG-PC (unknown [10.20.11.62])\n\tby mail.hfzg.example.cn (Coremail) with SMTP id AQAAfwD3_0cLPrNp3hYAAA--.4417S2;\n\t" + rcv_date(d)],
        hdrs), ent, crlf=True)
    items = [
        It("王海涛", "对助卷辊液压缸泄漏原因进行分析，形成故障分析报告", ("after", "Labour Day")),
        It("邢志强", "助卷辊液压缸备件紧急采购", ("abs", "2026-05-09")),
        It("郝建", "修订卷取机区域点检标准", ("workdays", 3)),
        It("郝建", "组织卷取机岗位人员培训", ("abs", "2026-05-15")),
        It(None, "对故障处置过程中安全措施落实情况进行检查", ("vague",), dept="安全环保部"),
    ]
    notes = ("Outlook zh-CN (gb2312 base64, CRLF) with a short cover note; the minutes are in the .docx attachment "
             "(RFC 2231 UTF-8 file name), so the items are what a reader of the attachment records. Sent Thu 2026-04-30 17:55, "
             "the last working day before Labour Day (05-01..05-05 off, Sat 05-09 is a make-up working day); the meeting was the same morning, "
             "so the send date and the meeting date agree. （一）主责 设备能源部（王海涛）, 配合 热轧厂 (not an owner): "
             "'节后第一个工作日' -> 2026-05-06. （二）邢志强 '5月9日前' -> 2026-05-09 (the make-up Saturday, a working day). "
             "（三）has ①② sub-tasks under one owner (郝建) with ①② deadlines -> two items: ① '3个工作日内' from the day after sending: "
             "05-01..05-05 are holidays, so 05-06, 05-07, 05-08 -> 2026-05-08 (a Mon-Fri count that ignores the holiday gives 05-06); "
             "② 2026-05-15. （四）only the unit 安全环保部, '待定' -> no_owner + vague_due. 三、有关要求 (会议认为…) is a decision/standing "
             "instruction, not an item. No next meeting.")
    return dict(raw=raw, items=items, next=None, notes=notes)


# ---------------------------------------------------------------------------------------------- 6203
@case(6203, "yiqing-tencent-meeting-ai-wecom", "minutes")
def c6203():
    d = T(2026, 5, 11, 15, 8, 44)
    bot = BOTS[YQ]
    text = """各位好，

下面是腾讯会议自动生成的智能纪要，待办事项我和钟经理核对过了，以待办为准，请各位按时完成。

刘婷
总经理办公室

====================
腾讯会议 · 智能纪要
会议主题：产品质量周会（第19周）
会议时间：2026/05/11 14:00-14:52
参会人：张立群、钟敏、何嘉欣、曾海滨、黎卓、叶婉婷、刘婷

【智能总结】
本次会议围绕Q5系列返修率上升问题展开。品质部钟敏汇报4月返修率为2.8%，高于1.5%的目标，主要集中在云台电机和图传模块。研发中心黎卓认为云台电机异响与新批次轴承有关，建议本周内完成批次追溯；供应链叶婉婷表示现供应商产能紧张，可考虑导入第二家。张立群要求5月底前把返修率压到2%以内。

【章节速览】
00:01 4月返修数据回顾
钟敏汇报4月返修率2.8%，其中云台电机占41%，图传模块占27%。何嘉欣提出需在5月20日前拿到供应商8D。
12:40 云台电机轴承批次问题
黎卓展示拆解照片，异响机型均使用2603批次轴承，建议追溯该批次全部出货。
31:15 图传模块散热
曾海滨反馈产线已按新散热垫片装配，4月下旬以后出货未见异常。

【待办事项】
1. 何嘉欣：督促轴承供应商提交8D报告（截止：5月20日）
2. 黎卓：完成2603批次轴承追溯及失效样品拆解分析（截止：5月15日）
3. 曾海滨：产线云台电机来料抽检比例提高至20%（截止：本周五）
4. 叶婉婷：评估第二家轴承供应商导入可行性（截止：待定）

以上内容由AI生成，仅供参考
====================
"""
    to = [addr(n, email_of(n)) for n in ("张立群", "钟敏", "何嘉欣", "曾海滨", "黎卓", "叶婉婷")]
    cc = [addr(bot[0], bot[1])]
    bnd = "----=_NextPart_%s_%s_%s" % (mid_hex("6203a", 8).upper(), mid_hex("6203b", 8).upper(), mid_hex("6203c", 8).upper())
    html_part = html_div(text, '<div style="font-family: \'Microsoft YaHei\'; font-size: 14px;">', "</div>",
                         head='<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')
    ent = Multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % bnd, "Content-Transfer-Encoding: 8Bit"], bnd, [
        text_part(text, "UTF-8", "base64", quote_cs=True),
        text_part(html_part, "UTF-8", "base64", "html"),
    ], preamble="This is a multi-part message in MIME format.")
    hdrs = ["X-QQ-mid: bizesmtp" + mid_hex("6203q", 8) + "t1778483324t" + mid_hex("6203r", 8),
            "X-QQ-Originating-IP: " + base64.b64encode(b"\x71\x6c\x2e\x9b").decode(),
            "From: " + addr("刘婷", email_of("刘婷")),
            addr_header("To", to), addr_header("Cc", cc),
            "Subject: " + subj("5月11日产品质量周会纪要（腾讯会议智能纪要）", "UTF-8"),
            "Mime-Version: 1.0",
            "Date: " + mail_date(d),
            "X-Priority: 3",
            "Message-ID: <tencent_%s@exmail.qq.com>" % mid_hex("6203m", 40).upper(),
            "X-QQ-MIME: TCMime 1.0 by Tencent",
            "X-Mailer: WXWork 4.1.36",
            "X-QQ-Mailer: WXWork"]
    raw = build(top("liuting@" + YQ, bot[1], [rx_yq("bizesmtp60.qq.com", "43.155.65.246", "6203", d)], hdrs), ent)
    items = [
        It("何嘉欣", "督促轴承供应商提交8D报告", ("abs", "2026-05-20")),
        It("黎卓", "完成2603批次轴承追溯及失效样品拆解分析", ("abs", "2026-05-15")),
        It("曾海滨", "产线云台电机来料抽检比例提高至20%", ("thisweek", 4)),
        It("叶婉婷", "评估第二家轴承供应商导入可行性", ("vague",)),
    ]
    notes = ("Tencent Meeting 智能纪要 pasted into a WeCom (企业微信) mail, UTF-8 base64 text+html. Sent Mon 2026-05-11 15:08. "
             "Only the 【待办事项】 section counts: the 智能总结 and 章节速览 restate things with dates ('本周内完成批次追溯', "
             "'5月20日前拿到供应商8D', '5月底前把返修率压到2%以内') that are summaries, not extra items. "
             "1 何嘉欣 2026-05-20; 2 黎卓 2026-05-15; 3 曾海滨 '本周五' -> 2026-05-15; 4 叶婉婷 '待定' -> vague_due. "
             "The cover note by 刘婷 is not an item. No next meeting.")
    return dict(raw=raw, items=items, next=None, notes=notes)


# ---------------------------------------------------------------------------------------------- 6204
@case(6204, "cfys-feishu-smart-minutes", "minutes")
def c6204():
    d = T(2026, 6, 3, 19, 26, 11)
    bot = BOTS[CF]
    text = """各位老师好，

今天下午计划会的飞书智能纪要贴在下面，待办我核对过，请大家按时间推进。

晓晨

——————————————
智能纪要：《青砖往事》第二周拍摄计划会 2026年6月3日
参与人：邵一鸣、钱文静、姜昊天、彭程、罗佳琪、杜晓晨

总结
本次会议确定了第二周（6月8日—6月13日）的拍摄计划。外景以古莲花池和西大街为主，航拍戏份安排在6月10日上午；民国街道置景需要在开拍前完成；夜戏灯光器材需要追加租赁。

章节
外景场地协调（00:00:12）
钱文静老师提出古莲花池外景必须在6月5日前拿到园区书面许可，否则要调整拍摄顺序。
航拍方案（00:18:40）
彭程介绍使用翼擎Q5 Cine航拍，需要提前向空管报备，报备周期约3个工作日。
美术置景（00:35:02）
罗佳琪说明民国街道置景进度约60%，邵导要求先出定稿方案再施工。

待办
钱文静：取得古莲花池园区书面拍摄许可　6月5日
彭程：完成航拍空域报备　6月9日
罗佳琪：民国街道置景方案定稿　下周一
姜昊天：确认夜戏灯光器材租赁清单

智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用
"""
    to = [addr(n, email_of(n)) for n in ("邵一鸣", "钱文静", "姜昊天", "彭程", "罗佳琪")]
    cc = [addr(bot[0], bot[1])]
    bnd = "%s" % mid_hex("6204b", 28)
    todo_html = ('<div style="margin:8px 0"><b>待办</b></div><ul style="list-style:none;padding-left:0">'
                 '<li>☐ <span class="at">@钱文静</span>：取得古莲花池园区书面拍摄许可　<span class="due">6月5日</span></li>'
                 '<li>☐ <span class="at">@彭程</span>：完成航拍空域报备　<span class="due">6月9日</span></li>'
                 '<li>☐ <span class="at">@罗佳琪</span>：民国街道置景方案定稿　<span class="due">下周一</span></li>'
                 '<li>☐ <span class="at">@姜昊天</span>：确认夜戏灯光器材租赁清单</li></ul>')
    t2 = text.replace("待办\n钱文静：取得古莲花池园区书面拍摄许可　6月5日\n彭程：完成航拍空域报备　6月9日\n罗佳琪：民国街道置景方案定稿　下周一\n姜昊天：确认夜戏灯光器材租赁清单\n", "@@TODO@@\n")
    html_part = html_div(t2, '<div style="font-family: -apple-system, \'PingFang SC\', \'Microsoft YaHei\'; font-size: 14px; line-height: 1.6;">', "</div>",
                         head="<html><head><meta charset=\"utf-8\"></head><body>", tables={"@@TODO@@": todo_html}) + "</body></html>\n"
    ent = Multi(['Content-Type: multipart/alternative; boundary=%s' % bnd], bnd, [
        text_part(text, "UTF-8", "base64", quote_cs=False),
        text_part(html_part, "UTF-8", "base64", "html", quote_cs=False),
    ])
    hdrs = ["DKIM-Signature: v=1; a=rsa-sha256; q=dns/txt; c=relaxed/relaxed;\n s=s1; d=cfys.example.cn; t=1780485971; h=from:subject:date:message-id:to:cc:mime-version:content-type;\n bh=" + base64.b64encode(bytes.fromhex(mid_hex("6204k", 40))).decode() + ";\n b=" + base64.b64encode(bytes.fromhex(mid_hex("6204s", 40) * 3)).decode(),
            "From: " + addr("杜晓晨", email_of("杜晓晨")),
            "Subject: " + subj("【纪要】《青砖往事》第二周拍摄计划会（飞书智能纪要）"),
            "Date: " + mail_date(d),
            "Message-Id: <%s@cfys.example.cn>" % mid_hex("6204m", 32),
            "Mime-Version: 1.0",
            addr_header("To", to), addr_header("Cc", cc),
            "X-Mailer: Lark Mail",
            "X-Lms-Return-Path: <lba+2683a7c51%s+duxiaochen@cfys.example.cn>" % mid_hex("6204l", 10)]
    raw = build(top("duxiaochen@" + CF, bot[1], [
        "from va-2-36.ptr.blmpb.com (va-2-36.ptr.blmpb.com [209.127.231.36])\n\tby mx.cfys.example.cn (Postfix) with ESMTPS id 4ZzK9C1rQnz2Hq\n\tfor <%s>; %s (CST)" % (bot[1], rcv_date(d))],
        hdrs), ent)
    items = [
        It("钱文静", "取得古莲花池园区书面拍摄许可", ("abs", "2026-06-05")),
        It("彭程", "完成航拍空域报备", ("abs", "2026-06-09")),
        It("罗佳琪", "民国街道置景方案定稿", ("nextweek", 0)),
        It("姜昊天", "确认夜戏灯光器材租赁清单", None),
    ]
    notes = ("Feishu (Lark) mail, UTF-8 base64; the body is a 飞书 智能纪要 pasted under a cover note. Sent Wed 2026-06-03 19:26. "
             "Only the 待办 section counts (总结 and 章节 repeat '6月5日前拿到园区书面许可', '报备周期约3个工作日' etc. as summary). "
             "The 待办 lines carry the date after a full-width space (HTML: checkbox list with @mentions). 钱文静 2026-06-05; 彭程 2026-06-09; "
             "罗佳琪 '下周一' -> Monday of next week 2026-06-08; 姜昊天 has no date -> no_due. The shooting week 6月8日—6月13日 and the "
             "aerial shoot on 6月10日 are schedule facts, not a next meeting. No next meeting.")
    return dict(raw=raw, items=items, next=None, notes=notes)


# ---------------------------------------------------------------------------------------------- 6205
@case(6205, "lakeshore-pe-weekly-ai-lines", "minutes")
def c6205():
    d = T(2026, 4, 14, 11, 32, 40)
    bot = BOTS[LS]
    mid, b1, b2, ti = outlook_ids("6205", LS, d)
    text = """Hi all,

Minutes from this morning's PE weekly (Tue 14 Apr, 10:00-11:00, Room B2-03).

Attendees: Jason Shen, Ethan Jiang, Mandy Xu, Victor Hua, Sharon Pu

1. Cu wire conversion for QFN-48
- Ball shear on lot W2614 passed; NSOP rate still 1.2% on bonder #7.
AI: Ethan - tune the bonder #7 recipe (EFO current, FAB size) and rerun the DOE by Friday
AI: Jason - send the Cu wire qualification summary to the customer by Apr 22

2. Mold voids on SOP-8
- Mandy reported 3 lots on hold (W2611, W2612, W2613).
Decision: keep the 3 lots on hold until the customer accepts the 8D.
AI: Mandy - 8D to customer, due 4/24

3. Facilities
- Chiller #2 tripped twice last week (Apr 8 and Apr 10).
AI: Victor - root cause for the chiller #2 trips, EOD
AI: Sharon - re-plan WW17 loading around the chiller maintenance window, TBD

Next sync: same time next Tuesday.

Thanks,
Jason

Jason Shen | Process Engineering Manager
Lakeshore Semiconductor Packaging (Wuxi) Co., Ltd.
+86 510 8522 6100 ext. 3312
"""
    names = ("Ethan Jiang", "Mandy Xu", "Victor Hua", "Sharon Pu")
    to = [addr(n, email_of(n)) for n in names]
    cc = [addr(bot[0], bot[1])]
    ent = Multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % b1, "X-Mailer: Microsoft Outlook 16.0",
                 "Thread-Index: " + ti, "Content-Language: en-us"], b1, [
        text_part(text, "us-ascii", "7bit", fold_ct=True),
        text_part(html_outlook_en(text), "utf-8", "quoted-printable", "html", fold_ct=True),
    ], preamble="This is a multipart message in MIME format.")
    hdrs = ["From: " + addr("Jason Shen", email_of("Jason Shen")),
            addr_header("To", to), addr_header("CC", cc),
            "Subject: Minutes - PE weekly, 14 Apr",
            "Date: " + mail_date(d),
            "Message-ID: " + mid, "MIME-Version: 1.0"]
    raw = build(top("jason.shen@" + LS, bot[1], [
        "from SG2PR06MB5311.apcprd06.prod.outlook.com (2603:1096:4:1a2::13) by\n SG2PR06MB6004.apcprd06.prod.outlook.com with HTTPS; " + rcv_date(d, 2).replace("+0800", "+0000").replace("11:32", "03:32"),
        ], hdrs), ent)
    items = [
        It("Ethan Jiang", "tune the bonder #7 recipe (EFO current, FAB size) and rerun the DOE", ("wd", 4)),
        It("Jason Shen", "send the Cu wire qualification summary to the customer", ("abs", "2026-04-22")),
        It("Mandy Xu", "8D to customer", ("abs", "2026-04-24")),
        It("Victor Hua", "root cause for the chiller #2 trips", ("today",)),
        It("Sharon Pu", "re-plan WW17 loading around the chiller maintenance window", ("vague",)),
    ]
    notes = ("Plain, common English weekly minutes from Outlook (en-US), text/plain 7bit + HTML QP. Sent Tue 2026-04-14 11:32 +0800. "
             "'AI: Name - task, due' lines; first names are roster aliases (Ethan, Jason, Mandy, Victor, Sharon). "
             "'by Friday' -> 2026-04-17; 'by Apr 22' -> 2026-04-22; 'due 4/24' -> 2026-04-24; 'EOD' -> the send date 2026-04-14 with no time; "
             "'TBD' -> vague_due. The 'Decision:' line and the bullet facts (lot numbers, Apr 8/Apr 10 trips) are not items. "
             "'Next sync: same time next Tuesday' -> the meeting was Tue 14 Apr 10:00, so 2026-04-21 10:00.")
    return dict(raw=raw, items=items, next=("nextweek", 1, "10:00"), notes=notes)


# ---------------------------------------------------------------------------------------------- 6206
@case(6206, "lakeshore-checklist-thunderbird", "minutes")
def c6206():
    d = T(2026, 6, 18, 17, 48, 2)
    bot = BOTS[LS]
    text = """## SiP-Q5 line trial #2 - notes (2026-06-18)

Attendees: @ethan.jiang @jason.shen @chris.gu @jenny.lu; Yiqing: 黎卓 (remote)

### Results
- Yield 97.4% (target 98.5%); top fail = underfill voids at the corner bumps
- X-ray on 30 units done, report is on SharePoint
- No trial runs over Dragon Boat (19-21 Jun); trial #3 after the DOE

### Action items
- [x] @jenny.lu re-order underfill (Namics lot 26B) - done Jun 16
- [ ] @ethan.jiang rerun underfill DOE with 2-pass dispense by Jun 24
- [ ] @jason.shen update the PFMEA for the dispense step by next Wed
- [ ] @chris.gu send trial #2 summary to Yiqing EOD
- [ ] 黎卓 (Yiqing) confirm whether the corner keep-out can grow to 0.3 mm by Monday
- [ ] @jenny.lu get a quote for the second dispense head

Next trial: TBD (depends on DOE)

-- 
Ethan Jiang
Process Engineer, Lakeshore Semiconductor Packaging (Wuxi)
"""
    to = [addr(n, email_of(n)) for n in ("Jason Shen", "Chris Gu", "Jenny Lu")] + [addr("黎卓", email_of("黎卓"))]
    cc = [addr(bot[0], bot[1])]
    leaf = text_part(text, "UTF-8", "8bit", quote_cs=False, extra_ct="; format=flowed")
    leaf.headers.insert(1, "Content-Language: en-US")
    hdrs = ["Message-ID: <%s-%s-%s-%s-%s@lakeshore-semi.example.com>" % (
                mid_hex("6206a", 8), mid_hex("6206b", 4), mid_hex("6206c", 4), mid_hex("6206d", 4), mid_hex("6206e", 12)),
            "Date: " + mail_date(d),
            "MIME-Version: 1.0",
            "User-Agent: Mozilla Thunderbird",
            "From: " + addr("Ethan Jiang", email_of("Ethan Jiang")),
            addr_header("To", to), addr_header("Cc", cc),
            "Subject: Notes: SiP-Q5 line trial #2 (Jun 18)"]
    raw = build(top("ethan.jiang@" + LS, bot[1], [
        "from TYZPR06MB4159.apcprd06.prod.outlook.com (2603:1096:400:7e::9) by\n SG2PR06MB6004.apcprd06.prod.outlook.com with HTTPS; Thu, 18 Jun 2026\n 09:48:05 +0000"],
        hdrs), leaf)
    items = [
        It("Ethan Jiang", "rerun underfill DOE with 2-pass dispense", ("abs", "2026-06-24")),
        It("Jason Shen", "update the PFMEA for the dispense step", ("nextweek", 2)),
        It("Chris Gu", "send trial #2 summary to Yiqing", ("today",)),
        It("黎卓", "confirm whether the corner keep-out can grow to 0.3 mm", ("wd", 0)),
        It("Jenny Lu", "get a quote for the second dispense head", None),
    ]
    notes = ("Thunderbird, UTF-8 8bit format=flowed, Markdown notes with a '- [ ] @handle' checklist. Sent Thu 2026-06-18 17:48, "
             "the last working day before Dragon Boat (06-19..06-21 off). The '[x]' row is done -> not an item. "
             "@handles are the roster mail local parts (@ethan.jiang = Ethan Jiang). 'by Jun 24' -> 2026-06-24; 'by next Wed' -> "
             "Wednesday of next week 2026-06-24; 'EOD' -> 2026-06-18 no time; '黎卓 (Yiqing) … by Monday' -> this week's Monday (06-15) "
             "is past, so 2026-06-22, the first working day after the holiday; 黎卓 is in the roster (Yiqing) and in To. "
             "The last line has no date -> no_due. 'Next trial: TBD' is not a meeting date -> next_followup null.")
    return dict(raw=raw, items=items, next=None, notes=notes)


# ---------------------------------------------------------------------------------------------- 6207
KESSLER_6207_TEXT = """Hi Maggie, hi Jiahao,

thanks for the call this morning. My notes below - please correct me if I missed something.

Participants: Maggie Mai, Jiahao Chen (Yiqing); Julia Weber, Markus Brandt (Kessler Optik)

Agreed:
- Kessler ships 20 pre-series KO-G3 units on 15 June (ex works Munich).
- Yiqing uses the MAVLink gimbal protocol v2, no proprietary extension.

Action items
1) Markus: send the updated gimbal SDK (v2.4) incl. release notes - by Friday
2) Julia: share the EMC pre-scan report - June 10
3) Maggie: confirm the final MAVLink message set and send the airframe vibration spectrum - by June 8
4) Jiahao: nominate a firmware contact for the joint debugging week - asap
5) Both teams: agree on the EMC test plan - owner tbd, date tbd

Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)

Best regards
Markus

--
Markus Brandt
Head of Application Engineering
Kessler Optik GmbH | Landsberger Str. 302 | 80687 München
T +49 89 5512 4017
"""


@case(6207, "kessler-english-cest-applemail", "minutes")
def c6207():
    d = T(2026, 6, 3, 14, 12, 40, off=2)
    bot = BOTS[YQ]
    text = KESSLER_6207_TEXT
    bnd = "Apple-Mail=_%s-%s-%s-%s-%s" % (mid_hex("6207a", 8).upper(), mid_hex("6207b", 4).upper(), mid_hex("6207c", 4).upper(),
                                        mid_hex("6207d", 4).upper(), mid_hex("6207e", 12).upper())
    html_part = html_div(text, '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                         '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">', "</body></html>")
    ent = Multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % bnd], bnd, [
        text_part(text, "utf-8", "quoted-printable", quote_cs=False),
        text_part(html_part, "utf-8", "quoted-printable", "html", quote_cs=False),
    ])
    hdrs = ["From: Markus Brandt <%s>" % email_of("Markus Brandt")]
    tail = ["Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))",
            "Subject: Minutes: KO-G3 gimbal integration call, 3 June",
            "Message-Id: <%s-%s-%s-%s-%s@kessler-optik.example.de>" % (
                mid_hex("6207m", 8).upper(), mid_hex("6207n", 4).upper(), mid_hex("6207o", 4).upper(), mid_hex("6207p", 4).upper(), mid_hex("6207q", 12).upper()),
            "Date: " + mail_date(d),
            addr_header("Cc", ["Julia Weber <%s>" % email_of("Julia Weber"), addr(bot[0], bot[1])]),
            addr_header("To", ["Maggie Mai <%s>" % email_of("麦思琪"), "Jiahao Chen <%s>" % email_of("陈嘉豪")]),
            "X-Mailer: Apple Mail (2.3826.400.131.1.6)"]
    ent.headers += tail
    raw = build(top("markus.brandt@" + KO, bot[1], [
        rx_yq("mout.kessler-optik.example.de", "194.25.134.17", "6207", d),
        "from smtpclient.apple ([10.12.4.88])\n\tby mout.kessler-optik.example.de (Postfix) with ESMTPSA id 4ZxY7n2Q5sz5v\n\tfor <%s>; %s" % (bot[1], rcv_date(d, 1))],
        hdrs), ent)
    items = [
        It("Markus Brandt", "send the updated gimbal SDK (v2.4) incl. release notes", ("wd", 4)),
        It("Julia Weber", "share the EMC pre-scan report", ("abs", "2026-06-10")),
        It("麦思琪", "confirm the final MAVLink message set and send the airframe vibration spectrum", ("abs", "2026-06-08")),
        It("陈嘉豪", "nominate a firmware contact for the joint debugging week", ("vague",)),
        It(None, "agree on the EMC test plan", ("vague",)),
    ]
    notes = ("English minutes written by the foreign partner (Kessler Optik, Munich) in Apple Mail, UTF-8 QP, Date +0200. "
             "Sent Wed 2026-06-03 14:12 CEST = 20:12 in Shanghai (same date). Owners: Markus (From) and Julia (Cc) are outsiders listed in "
             "the roster with no department; 'Maggie' and 'Jiahao' are roster aliases of 麦思琪 (海外事业部) and 陈嘉豪 (研发中心). "
             "'by Friday' -> 2026-06-05; 'June 10' -> 2026-06-10; 'by June 8' -> 2026-06-08; 'asap' -> vague_due. Item 3 joins two "
             "deliverables with 'and' on one line: one item, not split. Item 5 'Both teams … owner tbd, date tbd' -> owner null, department "
             "null (not a department), flags no_owner+vague_due. 'Agreed:' lines (ship on 15 June, protocol) are decisions. "
             "'Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)' -> 2026-06-09 16:00 Asia/Shanghai.")
    return dict(raw=raw, items=items, next=("tz", "2026-06-09 10:00", "Europe/Berlin"), notes=notes)


# ---------------------------------------------------------------------------------------------- 6208
@case(6208, "hongchi-big5-outlook-tw", "minutes")
def c6208():
    d = T(2026, 4, 20, 18, 5, 11)
    bot = BOTS[YQ]
    mid, b1, b2, ti = outlook_ids("6208", HQ, d)
    text = """鍾經理、葉經理，您好：

感謝今天下午撥冗參加視訊會議，會議記錄整理如下，如有遺漏請指正。

會議時間：2026年4月20日（一）14:00-15:30（Teams視訊）
出席人員：翼擎－鍾敏經理、葉婉婷經理、何嘉欣；宏騏－蔡明哲、吳佩珊

一、問題說明
翼擎反映3月出貨之ESC-60A電調板，現場返修率0.9%，失效模式主要為MOSFET燒毀。宏騏初步判斷與3月切換之MOSFET料號有關，待FA確認。

二、待辦事項
1. 宏騏（蔡明哲）：提供失效品分析報告（FA report），4/24前。
2. 宏騏（吳佩珊）：確認MOSFET料號變更履歷，並提供供應商出貨檢驗資料，4/27前。
3. 翼擎（何嘉欣）：寄回10pcs失效品至宏騏新竹廠，本週三前。
4. 翼擎（葉婉婷）：提供5月、6月ESC需求預測，下週一。

三、下次會議
暫定4/28（二）上午10:00視訊，確認FA結果。

以上，謝謝！

蔡明哲 Mingche Tsai
宏騏電子股份有限公司　品保處 課長
TEL: +886-3-578-6620 ext. 215
"""
    to = [addr("鍾敏", email_of("钟敏"), "big5"), addr("葉婉婷", email_of("叶婉婷"), "big5")]
    cc = [addr("何嘉欣", email_of("何嘉欣"), "big5"), addr("吳佩珊", "peishan.wu@" + HQ, "big5"), bot[1]]
    html_part = html_outlook(text, "big5", lang="ZH-TW", font="新細明體")
    ent = Multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % b1, "X-Mailer: Microsoft Outlook 16.0",
                 "Thread-Index: " + ti, "Content-Language: zh-tw"], b1, [
        text_part(text, "big5", "base64", fold_ct=True),
        text_part(html_part, "big5", "quoted-printable", "html", fold_ct=True),
    ], preamble="This is a multipart message in MIME format.")
    hdrs = ["From: " + addr("蔡明哲", email_of("蔡明哲"), "big5"),
            addr_header("To", to), addr_header("Cc", cc),
            "Subject: " + subj("會議記錄：ESC電調板返修問題檢討（4/20）", "big5"),
            "Date: " + mail_date(d), "Message-ID: " + mid, "MIME-Version: 1.0"]
    raw = build(top("mingche.tsai@" + HQ, bot[1], [
        rx_yq("mail.hongchi.example.com.tw", "211.75.66.139", "6208", d),
        "from HCEX01.hongchi.local (10.1.8.21) by HCEX02.hongchi.local (10.1.8.22) with\n Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.2.1544.11; " + rcv_date(d, 1)],
        hdrs), ent)
    items = [
        It("蔡明哲", "提供失效品分析報告（FA report）", ("abs", "2026-04-24")),
        It("吳佩珊", "確認MOSFET料號變更履歷，並提供供應商出貨檢驗資料", ("abs", "2026-04-27"), email_="peishan.wu@" + HQ),
        It("何嘉欣", "寄回10pcs失效品至宏騏新竹廠", ("thisweek", 2)),
        It("叶婉婷", "提供5月、6月ESC需求預測", ("nextweek", 0)),
    ]
    notes = ("Taiwan supplier's minutes in Traditional Chinese, Outlook zh-TW, big5 (text base64, HTML QP). Sent Mon 2026-04-20 18:05. "
             "Owners are written '公司（姓名）': the person in brackets owns the item. 蔡明哲 (From) is in the roster as an outsider (no department); "
             "吳佩珊 is only in Cc -> her Cc address, department null. 葉婉婷 is the Traditional form of roster 叶婉婷 (alias 葉婉婷, To display name) "
             "-> canonical 叶婉婷. '4/24前' -> 2026-04-24; '4/27前' -> 2026-04-27; '本週三前' -> 2026-04-22; '下週一' -> 2026-04-27. "
             "一、問題說明 is background. '暫定4/28（二）上午10:00' -> next_followup 2026-04-28 10:00 (tentative, but a stated time).")
    return dict(raw=raw, items=items, next=("abs", "2026-04-28", "10:00"), notes=notes)


# ---------------------------------------------------------------------------------------------- 6209 / 6234
RD_WEEKLY = """各位好：

本周例会（5月18日 9:30，研发中心会议室）纪要如下：

一、上周工作回顾
1. Q5飞控固件v3.2已发布，线上无重大问题。
2. 图传模块散热改版样机已完成，已交品质部测试。

二、本周重点工作
1. 黎卓：完成v3.3固件避障算法联调，5月22日前提交测试版本。
2. 温晓峰：云台减震结构改版，出2版方案，周三前评审。
3. 陈嘉豪：与湖岸半导体确认SiP模组二次试产排期，本周五前反馈。
4. 邓国华：跟进轴承替代料样品到货，尽快。

三、下次例会
下周一同一时间。
"""
RD_SIG = """
温晓峰
惠州翼擎智能科技有限公司 研发中心
手机：138 2961 0457
"""


def foxmail_html(text, sig, label="GBK", quote_html=""):
    body = html_div(text, '<body>', "", head='<html><head><meta http-equiv="content-type" content="text/html; charset=%s">'
                    '<style>body { line-height: 1.5; }body { font-size: 14px; font-family: "Microsoft YaHei UI"; color: rgb(0, 0, 0); line-height: 1.5; }</style></head>' % label,
                    line_tpl="<div><span></span>%s</div>")
    sig_html = ('<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">\n'
                '<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt">' +
                "".join("<div>%s</div>" % esc(x) for x in sig.strip().split("\n")) + "</div></span></div>\n")
    return body + sig_html + quote_html + "</body></html>\n"


@case(6209, "yiqing-rd-weekly-foxmail-gbk", "minutes")
def c6209():
    d = T(2026, 5, 18, 11, 26, 5)
    bot = BOTS[YQ]
    text = RD_WEEKLY + RD_SIG
    to = [addr(n, email_of(n), "GBK") for n in ("陈嘉豪", "黎卓", "邓国华", "何嘉欣")]
    cc = [addr(bot[0], bot[1], "GBK")]
    bnd = "----=_001_NextPart%s_=----" % (int(mid_hex("6209b", 8), 16) % 10 ** 12)
    ent = Multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % bnd], bnd, [
        text_part(text, "GBK", "base64"),
        text_part(foxmail_html(RD_WEEKLY, RD_SIG), "GBK", "quoted-printable", "html"),
    ], preamble="This is a multi-part message in MIME format.")
    hdrs = ["Date: " + mail_date(d, pad=False),
            "From: " + addr("温晓峰", email_of("温晓峰"), "GBK"),
            addr_header("To", to), addr_header("Cc", cc),
            "Subject: " + subj("研发中心周例会纪要（5月18日）", "GBK"),
            "X-Priority: 3",
            "X-GUID: %s-%s-%s-%s-%s" % (mid_hex("6209g", 8).upper(), mid_hex("6209h", 4).upper(), mid_hex("6209i", 4).upper(), mid_hex("6209j", 4).upper(), mid_hex("6209k", 12).upper()),
            "X-Has-Attach: no",
            "X-Mailer: Foxmail 7.2.25.331[cn]",
            "Mime-Version: 1.0",
            "Message-ID: <2026051811260565218714@yiqing-uav.example.cn>"]
    raw = build(top("wenxiaofeng@" + YQ, bot[1], [rx_yq("DESKTOP-6K2WXF", "183.6.118.42", "6209", d)], hdrs), ent)
    items = [
        It("黎卓", "完成v3.3固件避障算法联调", ("abs", "2026-05-22")),
        It("温晓峰", "云台减震结构改版，出2版方案", ("wd", 2)),
        It("陈嘉豪", "与湖岸半导体确认SiP模组二次试产排期", ("thisweek", 4)),
        It("邓国华", "跟进轴承替代料样品到货", ("vague",)),
    ]
    notes = ("Plain, common weekly minutes from Foxmail, GBK base64 text + QP html. Sent Mon 2026-05-18 11:26. "
             "一、上周工作回顾 is a report of done work, not items. 二、本周重点工作: '姓名：任务，期限'. "
             "1 黎卓 '5月22日前提交测试版本' -> 2026-05-22; 2 温晓峰 '周三前' -> this week's Wednesday 2026-05-20; "
             "3 陈嘉豪 '本周五前' -> 2026-05-22; 4 邓国华 '尽快' -> vague_due. "
             "'下周一同一时间' with the meeting at 5月18日 9:30 -> next_followup 2026-05-25 09:30.")
    return dict(raw=raw, items=items, next=("nextweek", 0, "09:30"), notes=notes)


@case(6234, "yiqing-rd-weekly-corrected-resend", "minutes")
def c6234():
    d = T(2026, 5, 18, 14, 3, 37)
    bot = BOTS[YQ]
    corrected = RD_WEEKLY.replace("出2版方案，周三前评审。", "出2版方案，周四前评审。")
    lead = "【更正】第2项评审时间由周三调整为周四（陈总监周三出差），其余不变，更正后全文如下。\n\n"
    quote = """

------------------ 原始邮件 ------------------
发件人：温晓峰 <wenxiaofeng@yiqing-uav.example.cn>
发送时间：2026-05-18 11:26
收件人：陈嘉豪; 黎卓; 邓国华; 何嘉欣
抄送：纪要助手
主题：研发中心周例会纪要（5月18日）

""" + RD_WEEKLY
    text = lead + corrected + RD_SIG + quote
    to = [addr(n, email_of(n), "GBK") for n in ("陈嘉豪", "黎卓", "邓国华", "何嘉欣")]
    cc = [addr(bot[0], bot[1], "GBK")]
    bnd = "----=_001_NextPart%s_=----" % (int(mid_hex("6234b", 8), 16) % 10 ** 12)
    qhtml = ('<div><br></div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
             '<div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">'
             '<div><b>发件人：</b>&nbsp;温晓峰 &lt;wenxiaofeng@yiqing-uav.example.cn&gt;</div><div><b>发送时间：</b>&nbsp;2026-05-18&nbsp;11:26</div>'
             '<div><b>收件人：</b>&nbsp;陈嘉豪; 黎卓; 邓国华; 何嘉欣</div><div><b>抄送：</b>&nbsp;纪要助手</div>'
             '<div><b>主题：</b>&nbsp;研发中心周例会纪要（5月18日）</div></div></div>\n<div>' +
             "".join("<div>%s</div>" % (esc(x) or "<br>") for x in RD_WEEKLY.split("\n")) + "</div>\n")
    ent = Multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % bnd], bnd, [
        text_part(text, "GBK", "base64"),
        text_part(foxmail_html(lead + corrected, RD_SIG, quote_html=qhtml), "GBK", "quoted-printable", "html"),
    ], preamble="This is a multi-part message in MIME format.")
    hdrs = ["Date: " + mail_date(d),
            "From: " + addr("温晓峰", email_of("温晓峰"), "GBK"),
            addr_header("To", to), addr_header("Cc", cc),
            "Subject: " + subj("【更正】Re: 研发中心周例会纪要（5月18日）", "GBK"),
            "References: <2026051811260565218714@yiqing-uav.example.cn>",
            "X-Priority: 3",
            "X-GUID: %s-%s-%s-%s-%s" % (mid_hex("6234g", 8).upper(), mid_hex("6234h", 4).upper(), mid_hex("6234i", 4).upper(), mid_hex("6234j", 4).upper(), mid_hex("6234k", 12).upper()),
            "X-Has-Attach: no",
            "X-Mailer: Foxmail 7.2.25.331[cn]",
            "Mime-Version: 1.0",
            "Message-ID: <2026051814033723750112@yiqing-uav.example.cn>",
            "In-Reply-To: <2026051811260565218714@yiqing-uav.example.cn>"]
    raw = build(top("wenxiaofeng@" + YQ, bot[1], [rx_yq("DESKTOP-6K2WXF", "183.6.118.42", "6234", d)], hdrs), ent)
    items = [
        It("黎卓", "完成v3.3固件避障算法联调", ("abs", "2026-05-22")),
        It("温晓峰", "云台减震结构改版，出2版方案", ("wd", 3)),
        It("陈嘉豪", "与湖岸半导体确认SiP模组二次试产排期", ("thisweek", 4)),
        It("邓国华", "跟进轴承替代料样品到货", ("vague",)),
    ]
    notes = ("Corrected re-send of 6209 in the same thread (In-Reply-To/References = 6209's Message-ID), Foxmail GBK. Still kind minutes: "
             "the full corrected minutes are above a Foxmail '------------------ 原始邮件 ------------------' quote of the original, "
             "whose lines are quoted old minutes and not extracted again. The 【更正】 line is a note, not an item. "
             "Sent Mon 2026-05-18 14:03. Same four items as 6209 except 2: '周四前' -> 2026-05-21. "
             "'下周一同一时间' (meeting 5月18日 9:30) -> 2026-05-25 09:30.")
    return dict(raw=raw, items=items, next=("nextweek", 0, "09:30"), notes=notes)


# ---------------------------------------------------------------------------------------------- 6210
@case(6210, "hfzg-collab-tracking-table-outlook", "minutes")
def c6210():
    d = T(2026, 5, 22, 16, 30, 27)
    bot = BOTS[HF]
    mid, b1, b2, ti = outlook_ids("6210", HF, d)
    rows = [
        ["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间", "计划完成时间", "实际完成时间", "进展情况", "风险点及应对措施"],
        ["1", "2250产线轧辊降耗方案", "热轧厂", "生产技术部", "石磊", "苏鹏", "2026-04-10", "2026-05-15", "2026-05-14", "已完成", "-"],
        ["2", "迎峰度夏设备保障方案", "设备能源部", "物资供应部", "贾国栋", "邢志强", "2026-04-08", "2026-05-29", "-", "进行中（已完成70%）", "部分备件到货周期长，已协调提前下单"],
        ["3", "无人机料场盘点系统试点", "信息中心", "物资供应部", "田野", "邢志强", "2026-05-06", "2026-06-12", "-", "进行中", "需翼擎公司现场调试，已约5月27日到场"],
        ["4", "冷轧质量异议台账", "质量管理部", "冷轧厂", "冯珺", "-", "2026-04-08", "2026-04-30", "2026-05-08", "已完成（延期8天）", "客户确认周期长"],
        ["5", "安全标准化复评问题整改", "安全环保部", "各单位", "崔丽娟", "-", "2026-04-24", "2026-06-30", "-", "进行中", "-"],
        ["6", "MES二期上线培训", "信息中心", "热轧厂、冷轧厂", "田野", "石磊", "2026-04-14", "待定", "-", "延期", "供应商版本未交付，交付时间待定"],
    ]
    intro = """各位领导、同事：

本周跨部门协作事项跟踪表更新如下（第21周，截至5月22日），请各责任人关注计划完成时间，延期事项请说明原因。

跨部门协作事项跟踪表
@@TABLE@@

说明：责任人（发起方）为事项第一责任人，协作方配合推进；已完成事项下周起不再列出。

苏鹏
生产技术部
"""
    text = intro.replace("@@TABLE@@", table_text(rows))
    html_part = html_outlook(intro, "gb2312", tables={"@@TABLE@@": table_html(rows, "outlook")})
    ent = Multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % b1, "X-Mailer: Microsoft Outlook 16.0",
                 "Thread-Index: " + ti, "Content-Language: zh-cn"], b1, [
        text_part(text, "gb2312", "quoted-printable", fold_ct=True),
        text_part(html_part, "gb2312", "quoted-printable", "html", fold_ct=True),
    ], preamble="This is a multipart message in MIME format.")
    to = [addr(n, email_of(n), "gb2312") for n in ("贾国栋", "田野", "崔丽娟", "邢志强", "石磊", "冯珺")]
    cc = [addr(n, email_of(n), "gb2312") for n in ("韩立新",)] + [addr(bot[0], bot[1], "gb2312")]
    hdrs = ["From: " + addr("苏鹏", email_of("苏鹏"), "gb2312"),
            addr_header("To", to), addr_header("Cc", cc),
            "Subject: " + subj("跨部门协作事项跟踪表（第21周）", "gb2312"),
            "Date: " + mail_date(d), "Message-ID: " + mid, "MIME-Version: 1.0"]
    raw = build(top("supeng@" + HF, bot[1], [rx_hf("SUPENG-PC", "10.20.11.62", "6210", d)], hdrs), ent)
    items = [
        It("贾国栋", "迎峰度夏设备保障方案", ("abs", "2026-05-29")),
        It("田野", "无人机料场盘点系统试点", ("abs", "2026-06-12")),
        It("崔丽娟", "安全标准化复评问题整改", ("abs", "2026-06-30")),
        It("田野", "MES二期上线培训", ("vague",)),
    ]
    notes = ("Seed 跨部门协作事项跟踪表 with both seed columns 责任人（发起方）/责任人（协作方）, Outlook zh-CN gb2312, QP text (tab-separated rows) "
             "and QP HTML table. Sent Fri 2026-05-22. The table's own note says 责任人（发起方） is the first responsible person and the 协作方 only "
             "supports, so the owner is the 发起方 person (协作方 names = 配合, never owners). Rows 1 and 4 are 已完成 with an 实际完成时间 -> status, "
             "not items. Row 2 贾国栋 2026-05-29; row 3 田野 2026-06-12; row 5 崔丽娟 2026-06-30; row 6 田野 计划完成时间 '待定' -> vague_due. "
             "Department is the owner's roster department. The remark '已约5月27日到场' is a remark, not an item or a meeting. No next meeting.")
    return dict(raw=raw, items=items, next=None, notes=notes)


# ---------------------------------------------------------------------------------------------- 6211
@case(6211, "cfys-external-followup-feishu", "minutes")
def c6211():
    d = T(2026, 5, 12, 17, 40, 52)
    bot = BOTS[CF]
    fields = [
        ("沟通编号", "EC2026-0512"),
        ("沟通日期", "2026-05-12"),
        ("对方单位/联系人", "惠州翼擎智能科技有限公司/谢雨桐（客户经理）"),
        ("我方对接人", "制片部/杜晓晨"),
        ("沟通类型", "供应商"),
        ("核心需求/反馈", "翼擎可提供2台Q5 Cine航拍机+1名飞手，6月8日—6月20日驻组；正式报价需我方确认拍摄天数后给出。"),
        ("解决方案/进展", "①摄影部彭程确认航拍场次及天数（5月15日前）②5月18日前将场次表发给翼擎，由翼擎出正式报价 ③待报价确认后签订租赁合同"),
        ("下次沟通时间", "2026-05-19"),
        ("负责人", "杜晓晨"),
    ]
    intro = """钱老师、彭组长：

今天下午和翼擎谢雨桐电话沟通了航拍设备租赁的事，按外部沟通跟进表整理如下：

@@TABLE@@

报价出来后我再拉大家过一下。

晓晨
"""
    text = intro.replace("@@TABLE@@", "\n".join("%s：%s" % f for f in fields))
    tbl = table_html([["字段", "内容"]] + [list(f) for f in fields], "plain")
    html_part = html_div(intro, '<div style="font-family: -apple-system, \'PingFang SC\', \'Microsoft YaHei\'; font-size: 14px; line-height: 1.6;">', "</div>",
                         head="<html><head><meta charset=\"utf-8\"></head><body>", tables={"@@TABLE@@": tbl}) + "</body></html>\n"
    bnd = mid_hex("6211b", 28)
    ent = Multi(['Content-Type: multipart/alternative; boundary=%s' % bnd], bnd, [
        text_part(text, "UTF-8", "base64", quote_cs=False),
        text_part(html_part, "UTF-8", "base64", "html", quote_cs=False),
    ])
    hdrs = ["From: " + addr("杜晓晨", email_of("杜晓晨")),
            "Subject: " + subj("外部沟通跟进表 EC2026-0512 翼擎航拍设备租赁"),
            "Date: " + mail_date(d),
            "Message-Id: <%s@cfys.example.cn>" % mid_hex("6211m", 32),
            "Mime-Version: 1.0",
            addr_header("To", [addr(n, email_of(n)) for n in ("钱文静", "彭程")]),
            addr_header("Cc", [addr(bot[0], bot[1])]),
            "X-Mailer: Lark Mail",
            "X-Lms-Return-Path: <lba+2683a7c51%s+duxiaochen@cfys.example.cn>" % mid_hex("6211l", 10)]
    raw = build(top("duxiaochen@" + CF, bot[1], [rx_cf("va-2-37.ptr.blmpb.com", "209.127.231.37", "6211", d)], hdrs), ent)
    items = [
        It("彭程", "确认航拍场次及天数", ("abs", "2026-05-15")),
        It("杜晓晨", "将场次表发给翼擎", ("abs", "2026-05-18")),
        It("杜晓晨", "签订租赁合同", None),
    ]
    notes = ("Seed 外部沟通跟进表 (supplier row) as 字段：内容 lines (HTML: a 2-column table), Feishu mail UTF-8 base64. Sent Tue 2026-05-12. "
             "解决方案/进展 holds ①②③. ① names 摄影部彭程 -> owner 彭程, '(5月15日前)' -> 2026-05-15. ② names nobody (由翼擎出正式报价 is "
             "what the supplier does next), so the row's 负责人 杜晓晨 owns it: 2026-05-18. ③ '待报价确认后签订租赁合同' is conditional with no date "
             "-> 杜晓晨, no_due. 核心需求/反馈 (6月8日—6月20日驻组) is the supplier's offer, not a task. 下次沟通时间 2026-05-19 -> next_followup, no time.")
    return dict(raw=raw, items=items, next=("abs", "2026-05-19"), notes=notes)


# ---------------------------------------------------------------------------------------------- 6212
@case(6212, "yiqing-chat-paste-mailmaster", "minutes")
def c6212():
    d = T(2026, 5, 8, 21, 14, 33)
    bot = BOTS[YQ]
    text = """各位，下午仓库盘点差异碰头会的分工整理如下，群里的聊天记录也贴在后面备查。

分工：
1、韦志远：5月9日（周六）组织全仓复盘，当天出差异清单
2、邓国华：联系宏骐补发缺的200套ESC板，下周二前到货
3、赖经理：差异金额财务处理意见，5月15日前
4、曾海滨：产线退料单补签，本月20号前完成

---------- 群聊记录 ----------
韦志远 15:02
今天对账ESC板差了200套，账实不符

邓国华 15:04
应该是宏骐上批少发了，我去问，争取下周二前补过来

赖芳 15:06
差异金额我这边15号前给处理意见

曾海滨 15:07
退料单还有几张没签字，我月中前补完

韦志远 15:09
好的，那明天周六我组织全仓再盘一遍
------------------------------

发自网易邮箱大师
"""
    html_lines = text.replace("\n发自网易邮箱大师\n", "\n")
    html_part = html_div(html_lines, '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">', "</div>",
                         head='<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">') + \
        '<div id="ntes-iosmail-signature" style="font-size:12px;color:#999">发自网易邮箱大师</div>\n'
    bnd = "NetEase-FlashMail-003-%s-%s-%s" % (mid_hex("6212a", 8), mid_hex("6212b", 4), mid_hex("6212c", 4))
    ent = Multi(['Content-Type: multipart/alternative; boundary="%s"' % bnd], bnd, [
        text_part(text, "UTF-8", "base64", quote_cs=False),
        text_part(html_part, "UTF-8", "base64", "html", quote_cs=False),
    ])
    to = [addr(n, email_of(n)) for n in ("邓国华", "赖芳", "曾海滨")]
    cc = [addr("叶婉婷", email_of("叶婉婷")), addr(bot[0], bot[1])]
    hdrs = ["Date: " + mail_date(d),
            "From: " + addr("韦志远", email_of("韦志远")),
            addr_header("To", to), addr_header("Cc", cc),
            "Message-ID: <%s.%s@yiqing-uav.example.cn>" % (mid_hex("6212m", 16).upper(), mid_hex("6212n", 6)),
            "Subject: " + subj("仓库盘点差异碰头会 分工"),
            "MIME-Version: 1.0",
            "X-Mailer: NetEase Flash Mail 2.4.1.30",
            "X-Priority: 3 (Normal)"]
    raw = build(top("weizhiyuan@" + YQ, bot[1], [rx_yq("[192.168.31.105]", "120.230.97.14", "6212", d)], hdrs), ent)
    items = [
        It("韦志远", "组织全仓复盘，当天出差异清单", ("abs", "2026-05-09")),
        It("邓国华", "联系宏骐补发缺的200套ESC板", ("nextweek", 1)),
        It("赖芳", "差异金额财务处理意见", ("abs", "2026-05-15")),
        It("曾海滨", "产线退料单补签", ("abs", "2026-05-20")),
    ]
    notes = ("网易邮箱大师 (NetEase Mail Master) on a phone, UTF-8 base64, signature '发自网易邮箱大师'. Sent Fri 2026-05-08 21:14. "
             "The 分工 list is the minutes; the pasted group chat below restates the same tasks ('15号前', '月中前') and is not extra items. "
             "1 韦志远 '5月9日（周六）' -> 2026-05-09, the Labour Day make-up Saturday (a working day). 2 邓国华 '下周二前' -> 2026-05-12. "
             "3 '赖经理' = roster alias of 赖芳, 2026-05-15. 4 曾海滨 '本月20号前' -> 2026-05-20. No next meeting.")
    return dict(raw=raw, items=items, next=None, notes=notes)


# ---------------------------------------------------------------------------------------------- 6213
@case(6213, "hfzg-forward-preface-outlook", "minutes")
def c6213():
    d = T(2026, 5, 6, 9, 12, 48)
    bot = BOTS[HF]
    mid, b1, b2, ti = outlook_ids("6213", HF, d)
    text = """纪要助手请跟踪以下事项。
贾部长：第3项请重点关注，节后务必落实到位。

刘振华
综合办公室

发件人: 崔丽娟 <cuilijuan@hfzg.example.cn>
发送时间: 2026年4月30日 18:20
收件人: 郝建 <haojian@hfzg.example.cn>; 冯珺 <fengjun@hfzg.example.cn>; 贾国栋 <jiaguodong@hfzg.example.cn>
抄送: 刘振华 <liuzhenhua@hfzg.example.cn>
主题: 安全生产例会纪要（4月30日）

各位：
4月30日安全生产例会纪要如下：
1. 热轧厂对加热炉区域煤气报警器进行全面校验，5月9日（周六）前完成。责任人：郝建
2. 质量管理部完成化验室危化品台账更新，5月8日前。责任人：冯珺
3. 设备能源部对厂房行车制动器开展专项检查，5月15日前完成并上报检查记录。责任人：贾国栋
4. 安全环保部于节后第一个工作日组织复工安全教育检查。
5. 节日期间严格执行值班制度，值班表已于4月29日下发。

安全环保部 崔丽娟
"""
    sep = "发件人: 崔丽娟 <cuilijuan@hfzg.example.cn>"
    pre, fwd = text.split(sep)
    fwd = sep + fwd
    fwd_html_hdr = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                    '<p class="MsoNormal" align="left" style="text-align:left"><b>发件人<span lang="EN-US">:</span></b><span lang="EN-US"> </span>崔丽娟'
                    '<span lang="EN-US"> &lt;cuilijuan@hfzg.example.cn&gt; <br></span><b>发送时间<span lang="EN-US">:</span></b><span lang="EN-US"> 2026</span>年<span lang="EN-US">4</span>月<span lang="EN-US">30</span>日<span lang="EN-US"> 18:20<br></span>'
                    '<b>收件人<span lang="EN-US">:</span></b><span lang="EN-US"> </span>郝建<span lang="EN-US"> &lt;haojian@hfzg.example.cn&gt;; </span>冯珺<span lang="EN-US"> &lt;fengjun@hfzg.example.cn&gt;; </span>贾国栋<span lang="EN-US"> &lt;jiaguodong@hfzg.example.cn&gt;<br></span>'
                    '<b>抄送<span lang="EN-US">:</span></b><span lang="EN-US"> </span>刘振华<span lang="EN-US"> &lt;liuzhenhua@hfzg.example.cn&gt;<br></span>'
                    '<b>主题<span lang="EN-US">:</span></b><span lang="EN-US"> </span>安全生产例会纪要（<span lang="EN-US">4</span>月<span lang="EN-US">30</span>日）<span lang="EN-US"><o:p></o:p></span></p></div>')
    body_after = fwd.split("主题: 安全生产例会纪要（4月30日）\n", 1)[1]
    html_text = pre + "@@FWD@@\n" + body_after
    html_part = html_outlook(html_text, "gb2312", tables={"@@FWD@@": fwd_html_hdr})
    ent = Multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % b1, "X-Mailer: Microsoft Outlook 16.0",
                 "Thread-Index: " + ti, "Content-Language: zh-cn"], b1, [
        text_part(text, "gb2312", "base64", fold_ct=True),
        text_part(html_part, "gb2312", "quoted-printable", "html", fold_ct=True),
    ], preamble="This is a multipart message in MIME format.")
    to = [addr(bot[0], bot[1], "gb2312")]
    cc = [addr(n, email_of(n), "gb2312") for n in ("贾国栋", "崔丽娟")]
    hdrs = ["From: " + addr("刘振华", email_of("刘振华"), "gb2312"),
            addr_header("To", to), addr_header("Cc", cc),
            "Subject: " + subj("转发: 安全生产例会纪要（4月30日）", "gb2312"),
            "Date: " + mail_date(d), "Message-ID: " + mid, "MIME-Version: 1.0"]
    raw = build(top("liuzhenhua@" + HF, bot[1], [rx_hf("LIUZH-PC", "10.20.3.17", "6213", d)], hdrs), ent)
    items = [
        It("郝建", "对加热炉区域煤气报警器进行全面校验", ("abs", "2026-05-09")),
        It("冯珺", "完成化验室危化品台账更新", ("abs", "2026-05-08")),
        It("贾国栋", "对厂房行车制动器开展专项检查", ("abs", "2026-05-15")),
        It(None, "组织复工安全教育检查", ("after", "Labour Day"), dept="安全环保部"),
    ]
    notes = ("Outlook zh-CN '转发:' with the bot in To: minutes written on 04-30 by 崔丽娟, forwarded on Wed 2026-05-06 09:12 (first working day "
             "after Labour Day) by 刘振华 with a preface. The preface ('请跟踪', '第3项请重点关注') is not an item; the forwarded minutes sit below "
             "Outlook's 发件人/发送时间/主题 block and must not be cut as a quote. gb2312 label carrying the GBK-only name 冯珺. Each line ends "
             "'责任人：X' -> owner X. 1 郝建 '5月9日（周六）前' -> 2026-05-09 (make-up working Saturday); 2 冯珺 2026-05-08; 3 贾国栋 2026-05-15. "
             "4 only the unit 安全环保部 -> no_owner; '节后第一个工作日' -> 2026-05-06 from either anchor (the minutes' 04-30 or the Date header 05-06). "
             "All other dates are absolute, so the two anchors agree. 5 is a standing rule plus a fact (值班表已下发) -> not an item. No next meeting.")
    return dict(raw=raw, items=items, next=None, notes=notes)


# ---------------------------------------------------------------------------------------------- 6214
@case(6214, "cfys-new-minutes-in-old-thread", "minutes")
def c6214():
    d = T(2026, 6, 22, 10, 5, 19)
    bot = BOTS[CF]
    new = """谢经理、晓晨：

今天上午和翼擎飞手开了个复盘会，补拍安排如下：
1. 谢雨桐：6月24日前再调1台Q5 Cine备机到保定，含2套电池
2. 晓晨：补拍当天的场地协调，下周一前和古城管委会确认
3. 彭程：修改航拍分镜，周四前发邵导确认

补拍暂定6月29日，天气不行顺延。下周三上午10点现场再碰一次。

彭程
摄影部 航拍组
"""
    old = """谢经理：

本周航拍沟通纪要：
1. 翼擎：6月15日前提供飞手资质证书扫描件
2. 彭程：6月16日前完成航拍分镜初稿
3. 杜晓晨：6月17日前确认补拍场次
下次沟通：6月22日上午

晓晨
"""
    qhdr = ["From: \"杜晓晨\"<duxiaochen@cfys.example.cn>", "Date: Fri, Jun 12, 2026, 18:02",
            "Subject: 《青砖往事》航拍档期沟通", "To: \"谢雨桐\"<xieyutong@yiqing-uav.example.cn>",
            "Cc: \"彭程\"<pengcheng@cfys.example.cn>, \"纪要机器人\"<jiyao@cfys.example.cn>"]
    text = new + "\n" + "\n".join(qhdr) + "\n" + "\n".join(("> " + x).rstrip() for x in old.split("\n")[:-1]) + "\n"
    qhtml = ('<div class="history-quote-wrapper"><div style="list-style-position: inside;"><div class="adit-html-block adit-html-block--collapsed" style="border-left: none; padding-left: 0px;">'
             '<div><div style="padding: 12px; background: rgb(245, 246, 247); color: rgb(31, 35, 41); border-radius: 4px; margin-top: 24px; margin-bottom: 12px;">' +
             "".join('<div style="word-break: break-word;">%s</div>' % esc(x.replace('"', "")) for x in qhdr) +
             '</div><blockquote style="border-left: 2px solid rgb(187, 191, 196); padding-left: 10px; margin-left: 0px;">' +
             "".join("<div>%s</div>" % (esc(x) or "<br>") for x in old.split("\n")) + "</blockquote></div></div></div></div>")
    html_part = html_div(new, '<div style="font-family: -apple-system, \'PingFang SC\', \'Microsoft YaHei\'; font-size: 14px; line-height: 1.6;">', "</div>",
                         head="<html><head><meta charset=\"utf-8\"></head><body>") + qhtml + "</body></html>\n"
    bnd = mid_hex("6214b", 28)
    ent = Multi(['Content-Type: multipart/alternative; boundary=%s' % bnd], bnd, [
        text_part(text, "UTF-8", "quoted-printable", quote_cs=False),
        text_part(html_part, "UTF-8", "base64", "html", quote_cs=False),
    ])
    old_mid = "<%s@cfys.example.cn>" % mid_hex("6214old", 32)
    hdrs = ["From: " + addr("彭程", email_of("彭程")),
            "Subject: " + subj("Re: 《青砖往事》航拍档期沟通"),
            "Date: " + mail_date(d),
            "Message-Id: <%s@cfys.example.cn>" % mid_hex("6214m", 32),
            "In-Reply-To: " + old_mid,
            "References: " + old_mid,
            "Mime-Version: 1.0",
            addr_header("To", [addr("谢雨桐", email_of("谢雨桐")), addr("杜晓晨", email_of("杜晓晨"))]),
            addr_header("Cc", [addr("钱文静", email_of("钱文静")), addr(bot[0], bot[1])]),
            "X-Mailer: Lark Mail",
            "X-Lms-Return-Path: <lba+2683a7c51%s+pengcheng@cfys.example.cn>" % mid_hex("6214l", 10)]
    raw = build(top("pengcheng@" + CF, bot[1], [rx_cf("va-2-41.ptr.blmpb.com", "209.127.231.41", "6214", d)], hdrs), ent)
    items = [
        It("谢雨桐", "再调1台Q5 Cine备机到保定，含2套电池", ("abs", "2026-06-24")),
        It("杜晓晨", "补拍当天的场地协调", ("nextweek", 0)),
        It("彭程", "修改航拍分镜", ("wd", 3)),
    ]
    notes = ("New minutes written as 'Re:' in an old thread (Feishu mail; text QP, HTML base64). Sent Mon 2026-06-22 10:05, the first working "
             "day after Dragon Boat (06-19..06-21). Only the new part counts; the quoted old minutes (6月15日前/6月16日前/6月17日前, "
             "'下次沟通：6月22日上午') are not items and not the next meeting. 1 谢雨桐 (Yiqing, roster; '谢经理' in the greeting) 2026-06-24. "
             "2 '晓晨' = alias of 杜晓晨, '下周一前' -> 2026-06-29. 3 彭程 '周四前' -> this week's Thursday 2026-06-25. "
             "'补拍暂定6月29日' is a shoot date, not a meeting. '下周三上午10点现场再碰一次' -> next_followup 2026-07-01 10:00.")
    return dict(raw=raw, items=items, next=("nextweek", 2, "10:00"), notes=notes)


# ---------------------------------------------------------------------------------------------- 6215
def apple_ids(seed, domain):
    u = mid_hex(seed, 32).upper()
    return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], domain), \
        "Apple-Mail=_%s-%s-%s-%s-%s" % tuple(mid_hex(seed + "b", 32).upper()[a:b] for a, b in ((0, 8), (8, 12), (12, 16), (16, 20), (20, 32)))


@case(6215, "yiqing-by-person-applemail-qingming", "minutes")
def c6215():
    d = T(2026, 4, 2, 18, 22, 9)
    bot = BOTS[YQ]
    text = """各位，

今天Q6项目方案评审会后，按人把节前节后的分工理一下：

【黎卓】
① 飞控双IMU冗余方案仿真，节后第一个工作日给结论
② 整理v3.2固件遗留问题清单，4月10日前

【温晓峰】
① 机臂折叠结构第二轮强度仿真，下周三前
② 与供应链确认碳纤维管新供应商打样，3个工作日内

【叶婉婷】
配合温工做碳纤维管供应商打样；另外4月15日前给出Q6 BOM成本初估

【何嘉欣】
本次无新增任务，继续跟进Q5返修数据

清明4月4日—6日放假，有急事群里说。

嘉豪
"""
    mid, bnd = apple_ids("6215", YQ)
    html_part = html_div(text, '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                         '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">', "</body></html>")
    ent = Multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % bnd], bnd, [
        text_part(text, "utf-8", "quoted-printable", quote_cs=False),
        text_part(html_part, "utf-8", "quoted-printable", "html", quote_cs=False),
    ])
    hdrs = ["From: " + addr("陈嘉豪", email_of("陈嘉豪"))]
    ent.headers += ["Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))",
                    "Subject: " + subj("Q6项目节前分工（4/2评审会）"),
                    "Message-Id: " + mid,
                    "Date: " + mail_date(d),
                    addr_header("Cc", [addr(bot[0], bot[1])]),
                    addr_header("To", [addr(n, email_of(n)) for n in ("黎卓", "温晓峰", "叶婉婷", "何嘉欣")]),
                    "X-Mailer: Apple Mail (2.3826.400.131.1.6)"]
    raw = build(top("chenjiahao@" + YQ, bot[1], [rx_yq("smtpclient.apple", "183.6.118.77", "6215", d)], hdrs), ent)
    items = [
        It("黎卓", "飞控双IMU冗余方案仿真", ("after", "Tomb-sweeping Day")),
        It("黎卓", "整理v3.2固件遗留问题清单", ("abs", "2026-04-10")),
        It("温晓峰", "机臂折叠结构第二轮强度仿真", ("nextweek", 2)),
        It("温晓峰", "与供应链确认碳纤维管新供应商打样", ("workdays", 3)),
        It("叶婉婷", "给出Q6 BOM成本初估", ("abs", "2026-04-15")),
    ]
    notes = ("Minutes grouped by person (【姓名】 headings with ①② sub-tasks), Apple Mail, UTF-8 QP. Sent Thu 2026-04-02 18:22, before Qingming "
             "(04-04..04-06 off, no make-up day). Each ①/② is its own item under the heading's person. 黎卓 ① '节后第一个工作日' -> 2026-04-07; "
             "② 2026-04-10. 温晓峰 ① '下周三前' -> Wednesday of next week 2026-04-08; ② '3个工作日内' from the day after sending: 04-03 (Fri), "
             "then 04-07, 04-08 -> 2026-04-08 (a count that ignores Qingming gives 04-07). 叶婉婷: '配合温工…' is support, not an item; "
             "'4月15日前给出Q6 BOM成本初估' -> 2026-04-15. 何嘉欣: '本次无新增任务，继续跟进…' is explicitly no new task. No next meeting.")
    return dict(raw=raw, items=items, next=None, notes=notes)


# ---------------------------------------------------------------------------------------------- 6216
@case(6216, "hfzg-zhuze-peihe-table-dragonboat", "minutes")
def c6216():
    d = T(2026, 6, 17, 17, 10, 44)
    bot = BOTS[HF]
    mid, b1, b2, ti = outlook_ids("6216", HF, d)
    rows = [
        ["序号", "工作内容", "责任单位及人员", "完成时间", "备注"],
        ["1", "2250产线精轧F3工作辊更换", "主责：热轧厂（郝建）；配合：设备能源部、物资供应部", "6月18日前", "利用节前计划停机"],
        ["2", "报送节日期间设备值班安排", "主责：设备能源部（贾国栋）", "6月18日12:00前", ""],
        ["3", "编制检修后热负荷试车方案", "主责：生产技术部（苏鹏）；配合：热轧厂（石磊）", "节后第一个工作日", ""],
        ["4", "检修备件消耗统计及补库", "主责：物资供应部；配合：设备能源部", "6月底前", ""],
        ["5", "冷轧酸洗线检修", "冷轧厂", "已完成", "6月15日已完成"],
    ]
    intro = """各位领导、同事：

6月17日下午，韩立新部长主持召开端午节前设备检修协调会，纪要如下：

@@TABLE@@

端午节假期6月19日至21日，检修期间安全措施按《检修安全管理规定》执行，各单位节日期间安排专人值守。

生产技术部
苏鹏
"""
    text = intro.replace("@@TABLE@@", table_text(rows))
    html_part = html_outlook(intro, "gb2312", tables={"@@TABLE@@": table_html(rows, "outlook")})
    ent = Multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % b1, "X-Mailer: Microsoft Outlook 16.0",
                 "Thread-Index: " + ti, "Content-Language: zh-cn"], b1, [
        text_part(text, "gb2312", "base64", fold_ct=True, crlf_text=True),
        text_part(html_part, "gb2312", "base64", "html", fold_ct=True, crlf_text=True),
    ], preamble="This is a multipart message in MIME format.")
    to = [addr(n, email_of(n), "gb2312") for n in ("郝建", "贾国栋", "邢志强", "石磊")]
    cc = [addr(n, email_of(n), "gb2312") for n in ("韩立新", "常永胜")] + [addr(bot[0], bot[1], "gb2312")]
    hdrs = ["From: " + addr("苏鹏", email_of("苏鹏"), "gb2312"),
            addr_header("To", to), addr_header("Cc", cc),
            "Subject: " + subj("端午节前设备检修协调会纪要", "gb2312"),
            "Date: " + mail_date(d), "Message-ID: " + mid, "MIME-Version: 1.0"]
    raw = build(top("supeng@" + HF, bot[1], [rx_hf("SUPENG-PC", "10.20.11.62", "6216", d)], hdrs), ent, crlf=True)
    items = [
        It("郝建", "2250产线精轧F3工作辊更换", ("abs", "2026-06-18")),
        It("贾国栋", "报送节日期间设备值班安排", ("abs", "2026-06-18", "12:00")),
        It("苏鹏", "编制检修后热负荷试车方案", ("after", "Dragon Boat Festival")),
        It(None, "检修备件消耗统计及补库", ("monthend",), dept="物资供应部"),
    ]
    notes = ("Outlook zh-CN, gb2312 base64, CRLF; a Word table whose 责任单位及人员 cell holds '主责：单位（姓名）；配合：…'. Sent Wed 2026-06-17 17:10, "
             "the day before the last working day before Dragon Boat (06-19..06-21 off). The 主责 person is the owner; 配合 units/persons "
             "(石磊 in row 3) are never owners or items. 1 郝建 2026-06-18. 2 贾国栋 '6月18日12:00前' -> 2026-06-18 12:00. 3 苏鹏 (also the writer) "
             "'节后第一个工作日' -> 2026-06-22. 4 主责 is only the unit 物资供应部 -> no_owner, department 物资供应部, '6月底前' -> 2026-06-30. "
             "Row 5 '已完成' -> not an item. The closing safety line is a standing rule. No next meeting.")
    return dict(raw=raw, items=items, next=None, notes=notes)


# ---------------------------------------------------------------------------------------------- 6217
@case(6217, "lakeshore-owa-utc-owner-due-blocks", "minutes")
def c6217():
    d = T(2026, 7, 5, 23, 40, 12, off=0)
    bot = BOTS[LS]
    text = """Hi team,

Minutes from this morning's quality review (Mon 6 Jul, 07:00-07:30, after the night-shift handover).

1. Yiqing SiP-Q5 customer return (RMA-2606-14)
Owner: Priya Raman
Action: complete the failure analysis and issue the 8D D4 report
Due: Wednesday

2. IATF 16949 surveillance audit (20-22 Jul)
Owner: Mandy Xu
Action: close the 4 open minor NCs from last year's audit
Due: next Monday

3. Calibration backlog
Owner: Facilities
Action: clear the 11 overdue gauge calibrations
Due: end of month

4. Supplier scorecards
Owner: TBD
Action: publish the Q2 supplier scorecards
Due: TBD

Closed since last review: RMA-2605-09 (Priya) - 8D accepted by the customer on 1 Jul.

Next review: Monday 13 July, 07:00, Room A1-01.

Mandy
"""
    html_part = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                 '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n' +
                 "".join('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>\n'
                         % (esc(x) or "<br>") for x in text.split("\n")[:-1]) + "</body>\n</html>\n")
    bnd = "_000_%s_" % ("SG2PR06MB5311" + mid_hex("6217b", 24).upper() + "SG2PR06MB5311apcp")
    ent = Multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % bnd], bnd, [
        text_part(text, "utf-8", "quoted-printable", quote_cs=True),
        text_part(html_part, "utf-8", "quoted-printable", "html", quote_cs=True),
    ])
    to = [addr(n, email_of(n)) for n in ("Priya Raman", "Victor Hua", "Jenny Lu", "Chris Gu")] + ["Kelvin Tan <kelvin.tan@%s>" % LS]
    cc = [addr("Daniel Koh", email_of("Daniel Koh")), addr(bot[0], bot[1])]
    msgid = "<SG2PR06MB5311%s@SG2PR06MB5311.apcprd06.prod.outlook.com>" % mid_hex("6217m", 24).upper()
    hdrs = ["From: Mandy Xu <%s>" % email_of("Mandy Xu"),
            addr_header("To", to), addr_header("CC", cc),
            "Subject: Quality review minutes (6 Jul) - customer returns & audit prep",
            "Thread-Topic: Quality review minutes (6 Jul) - customer returns & audit prep",
            "Thread-Index: " + base64.b64encode(b"\x01\xdc" + bytes.fromhex(mid_hex("6217t", 40))).decode(),
            "Date: " + mail_date(d, pad=False).replace("-0000", "+0000"),
            "Message-ID: " + msgid,
            "Accept-Language: en-US, zh-CN",
            "Content-Language: en-US",
            "X-MS-Has-Attach:",
            "X-MS-TNEF-Correlator:",
            "msip_labels:",
            "x-ms-publictraffictype: Email",
            "x-ms-traffictypediagnostic: SG2PR06MB5311:EE_|SG2PR06MB6004:EE_",
            "MIME-Version: 1.0"]
    raw = build(top("mandy.xu@" + LS, bot[1], [
        "from SG2PR06MB5311.apcprd06.prod.outlook.com (2603:1096:4:1a2::13) by\n SG2PR06MB6004.apcprd06.prod.outlook.com with HTTPS; Sun, 5 Jul 2026 23:40:14\n +0000"],
        hdrs), ent)
    items = [
        It("Priya Raman", "complete the failure analysis and issue the 8D D4 report", ("wd", 2)),
        It("Mandy Xu", "close the 4 open minor NCs from last year's audit", ("nextweek", 0)),
        It(None, "clear the 11 overdue gauge calibrations", ("monthend",), dept="Facilities"),
        It(None, "publish the Q2 supplier scorecards", ("vague",)),
    ]
    notes = ("Outlook on the web (Microsoft 365), UTF-8 QP, Date header in UTC: Sun 2026-07-05 23:40 +0000 = Mon 2026-07-06 07:40 in Shanghai, "
             "right after the 07:00 meeting the same Monday morning, so every relative date is resolved from Monday 07-06. Owner/Action/Due blocks. "
             "1 Priya Raman 'Wednesday' -> 2026-07-08. 2 Mandy Xu 'next Monday' -> Monday of next week 2026-07-13 (resolving from the UTC "
             "Sunday would give 07-06). 3 'Owner: Facilities' is a department of Lakeshore -> no_owner, department Facilities; 'end of month' -> "
             "2026-07-31. 4 'Owner: TBD', 'Due: TBD' -> no_owner + vague_due, department null. The 'Closed since last review' line is status, "
             "not an item; the audit dates 20-22 Jul are facts. 'Next review: Monday 13 July, 07:00' -> 2026-07-13 07:00. Kelvin Tan in To has "
             "left the company (see 6231).")
    return dict(raw=raw, items=items, next=("abs", "2026-07-13", "07:00"), notes=notes)


# ---------------------------------------------------------------------------------------------- 6218
@case(6218, "yiqing-excel-table-html-only-exmail", "minutes")
def c6218():
    d = T(2026, 5, 15, 17, 52, 26)
    bot = BOTS[YQ]
    rows = [
        ["序号", "事项", "负责人", "完成时间", "状态"],
        ["1", "轴承替代料样品承认", "邓国华", "2026/5/20", "进行中"],
        ["2", "湖岸SiP模组6月交期确认", "叶婉婷", "5-22", "进行中"],
        ["3", "电池电芯涨价谈判", "叶婉婷", "尽快", "进行中"],
        ["4", "宏骐ESC板补货", "邓国华", "5/12", "已关闭"],
        ["5", "呆滞物料清理方案", "韦志远", "月底", "未开始"],
        ["6", "包材供应商年度审核", "品质部", "待定", "未开始"],
    ]
    intro = ["各位：", "", "5月15日（周五）16:00供应链周会纪要如下，表格直接从Excel贴过来的：", "", "@@T@@", "",
             "下次周会：下周五同一时间。", "", "叶婉婷", "供应链部"]
    body = ['<meta http-equiv="Content-Type" content="text/html; charset=GB18030">'
            '<div>%s</div>' % esc(intro[0])]
    for ln in intro[1:]:
        if ln == "@@T@@":
            body.append('<div><!--StartFragment-->' + table_html(rows, "excel") + '<!--EndFragment--></div>')
        elif ln == "":
            body.append("<div><br></div>")
        else:
            body.append("<div>%s</div>" % esc(ln))
    html_body = "\n".join(body) + "\n"
    leaf = text_part(html_body, "gb18030", "base64", "html")
    hdrs = ["X-QQ-mid: bizesmtp" + mid_hex("6218q", 8) + "t1778838746t" + mid_hex("6218r", 8),
            "X-QQ-Originating-IP: " + base64.b64encode(b"\xb7\x06\x76\x2e").decode(),
            "From: " + addr("叶婉婷", email_of("叶婉婷"), "gb18030"),
            addr_header("To", [addr(n, email_of(n), "gb18030") for n in ("邓国华", "韦志远", "钟敏")]),
            addr_header("Cc", [addr(bot[0], bot[1], "gb18030")]),
            "Subject: " + subj("供应链周会纪要 0515", "gb18030"),
            "Mime-Version: 1.0",
            "Date: " + mail_date(d),
            "X-Priority: 3",
            "Message-ID: <tencent_%s@exmail.qq.com>" % mid_hex("6218m", 40).upper(),
            "X-QQ-MIME: TCMime 1.0 by Tencent",
            "X-Mailer: QQMail 2.x",
            "X-QQ-Mailer: QQMail 2.x"]
    raw = build(top("yewanting@" + YQ, bot[1], [rx_yq("bizesmtp61.qq.com", "43.155.65.247", "6218", d)], hdrs), leaf)
    items = [
        It("邓国华", "轴承替代料样品承认", ("abs", "2026-05-20")),
        It("叶婉婷", "湖岸SiP模组6月交期确认", ("abs", "2026-05-22")),
        It("叶婉婷", "电池电芯涨价谈判", ("vague",)),
        It("韦志远", "呆滞物料清理方案", ("monthend",)),
        It(None, "包材供应商年度审核", ("vague",), dept="品质部"),
    ]
    notes = ("Tencent Exmail web, single-part text/html (no plain alternative), charset GB18030 base64; a table pasted from Excel (x-styles, no "
             "header tags). Sent Fri 2026-05-15 17:52. Date cells in Excel shapes: '2026/5/20' -> 2026-05-20, '5-22' -> 2026-05-22, '尽快' -> vague_due, "
             "'月底' -> 2026-05-31 (last day of the month, a Sunday; kept as written). Row 4 '已关闭' (closed) is not an item. Row 6 负责人 is the "
             "department 品质部 -> no_owner, department 品质部, '待定' -> vague_due. '下次周会：下周五同一时间' with the meeting at 5月15日（周五）16:00 "
             "-> next_followup 2026-05-22 16:00.")
    return dict(raw=raw, items=items, next=("nextweek", 4, "16:00"), notes=notes)


# ---------------------------------------------------------------------------------------------- 6219
@case(6219, "cfys-tab-separated-thunderbird-8bit", "minutes")
def c6219():
    d = T(2026, 7, 2, 19, 40, 31)
    bot = BOTS[CF]
    rows = [
        ["序号", "事项", "负责人", "截止", "备注"],
        ["1", "第1-6集粗剪交付导演组", "覃思远", "7月6日", ""],
        ["2", "片头动画第二版", "罗佳琪", "本周五", "美术部出设计稿"],
        ["3", "第3集调色返工", "姜昊天", "7月8日18:00前", "夜戏偏绿"],
        ["4", "配乐授权合同", "卢凯", "下周二", "法务已审"],
        ["5", "宣传片花30秒版", "白若曦", "7/10", ""],
        ["6", "第2集音效混录", "覃思远", "已完成", ""],
    ]
    text = """各位：

今天后期进度会，待办从共享表格里直接拷出来了：

%s

下次进度会：7月9日（周四）19:00，后期机房。

思远
-- 
覃思远 | 后期制作中心
保定长风影视文化有限公司
""" % table_text(rows)
    leaf = text_part(text, "UTF-8", "8bit", quote_cs=False)
    leaf.headers.insert(1, "Content-Language: zh-CN")
    hdrs = ["Message-ID: <%s-%s-%s-%s-%s@cfys.example.cn>" % (mid_hex("6219a", 8), mid_hex("6219b", 4), mid_hex("6219c", 4), mid_hex("6219d", 4), mid_hex("6219e", 12)),
            "Date: " + mail_date(d),
            "MIME-Version: 1.0",
            "User-Agent: Mozilla Thunderbird",
            "From: " + addr("覃思远", email_of("覃思远")),
            addr_header("To", [addr(n, email_of(n)) for n in ("邵一鸣", "罗佳琪", "姜昊天", "卢凯", "白若曦")]),
            addr_header("Cc", [addr(bot[0], bot[1])]),
            "Subject: " + subj("后期进度会纪要 7/2")]
    raw = build(top("qinsiyuan@" + CF, bot[1], [rx_cf("[192.168.10.23]", "106.117.96.58", "6219", d)], hdrs), leaf)
    items = [
        It("覃思远", "第1-6集粗剪交付导演组", ("abs", "2026-07-06")),
        It("罗佳琪", "片头动画第二版", ("thisweek", 4)),
        It("姜昊天", "第3集调色返工", ("abs", "2026-07-08", "18:00")),
        It("卢凯", "配乐授权合同", ("nextweek", 1)),
        It("白若曦", "宣传片花30秒版", ("abs", "2026-07-10")),
    ]
    notes = ("Thunderbird, UTF-8 8bit plain text; a tab-separated table copied from a shared sheet (序号/事项/负责人/截止/备注). Sent Thu 2026-07-02. "
             "1 覃思远 '7月6日' -> 2026-07-06; 2 罗佳琪 '本周五' -> 2026-07-03 (备注 '美术部出设计稿' is a remark, not an item); 3 姜昊天 "
             "'7月8日18:00前' -> 2026-07-08 18:00; 4 卢凯 '下周二' -> 2026-07-07; 5 白若曦 '7/10' -> 2026-07-10; row 6 '已完成' -> not an item. "
             "'下次进度会：7月9日（周四）19:00' -> 2026-07-09 19:00.")
    return dict(raw=raw, items=items, next=("abs", "2026-07-09", "19:00"), notes=notes)


# ---------------------------------------------------------------------------------------------- 6220
@case(6220, "cfys-iphone-wrapped-lines", "minutes")
def c6220():
    d = T(2026, 4, 21, 22, 47, 3)
    bot = BOTS[CF]
    text = """各位辛苦，今晚围读会几件事记一下：

1. 邵导：第7、8集剧本修改意见汇总，
   周五前给到编剧
2. 晓晨：4月27日开机前的演员
   合同全部签完，4月25日前
3. 佳琪：民国茶馆场景的置景图
   下周一出初稿
4. 若曦：开机仪式媒体邀请名单，
   4月23日前报我

开机前最后一次筹备会定在4月24日（周五）下午3点，
公司二楼会议室。

发自我的iPhone
"""
    u = mid_hex("6220", 32).upper()
    leaf = text_part(text, "utf-8", "base64", quote_cs=False)
    hdrs = ["Content-Type: text/plain;\n\tcharset=utf-8"] + leaf.headers[1:]
    leaf.headers = hdrs
    top_h = ["From: " + addr("钱文静", email_of("钱文静")),
             "Mime-Version: 1.0 (1.0)",
             "Date: " + mail_date(d),
             "Subject: " + subj("今晚剧本围读会纪要"),
             "Message-Id: <%s-%s-%s-%s-%s@cfys.example.cn>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32]),
             addr_header("Cc", [addr(bot[0], bot[1])]),
             addr_header("To", [addr(n, email_of(n)) for n in ("邵一鸣", "杜晓晨", "罗佳琪", "白若曦")]),
             "X-Mailer: iPhone Mail (23E246)"]
    raw = build(top("qianwenjing@" + CF, bot[1], [rx_cf("smtpclient.apple", "223.104.3.171", "6220", d)], top_h), leaf)
    items = [
        It("邵一鸣", "第7、8集剧本修改意见汇总", ("wd", 4)),
        It("杜晓晨", "开机前的演员合同全部签完", ("abs", "2026-04-25")),
        It("罗佳琪", "民国茶馆场景的置景图", ("nextweek", 0)),
        It("白若曦", "开机仪式媒体邀请名单", ("abs", "2026-04-23")),
    ]
    notes = ("iPhone Mail, UTF-8 base64 text only, typed late in the evening: each item wraps onto a second, indented line and the "
             "deadline sits on the wrapped line. Sent Tue 2026-04-21 22:47. Owners by short names: 邵导 = 邵一鸣, 晓晨 = 杜晓晨, 佳琪 = 罗佳琪, "
             "若曦 = 白若曦 (roster aliases). 1 '周五前' -> 2026-04-24. 2 the first line's '4月27日开机前' is part of the task (the start of shooting); "
             "the deadline is '4月25日前' on the wrapped line -> 2026-04-25 (a Saturday, kept). 3 '下周一出初稿' -> 2026-04-27. 4 '4月23日前报我' -> "
             "2026-04-23. Next meeting '4月24日（周五）下午3点' -> 2026-04-24 15:00 (the place wraps to the next line).")
    return dict(raw=raw, items=items, next=("abs", "2026-04-24", "15:00"), notes=notes)


# ---------------------------------------------------------------------------------------------- 6221
@case(6221, "yiqing-titles-roles-exmail", "minutes")
def c6221():
    d = T(2026, 7, 15, 11, 5, 57)
    bot = BOTS[YQ]
    text = """各位：

今天上午总经理办公会纪要如下：

1. 邯峰轧钢料场盘点项目验收：张总牵头，古总、谢雨桐配合，7月24日前完成现场验收并取得验收单。
2. 仓储主管韦志远：7月底前完成惠阳二号仓搬迁方案。
3. 黎工：Q6样机试飞问题复盘报告，明天下午3点前发到群里。
4. 赖经理：上半年研发费用加计扣除资料整理，本月底前交税务师。
5. 品质部钟经理：IATF体系内审计划，3个工作日内。
6. 海外事业部：Kessler云台联调周人员签证办理，尽快。

会议决定：Q6项目立项预算追加80万元，由财务部按程序办理。

刘婷
总经理办公室
"""
    bnd = "----=_NextPart_%s_%s_%s" % (mid_hex("6221a", 8).upper(), mid_hex("6221b", 8).upper(), mid_hex("6221c", 8).upper())
    html_part = html_div(text, "<div>", "</div>", head='<meta http-equiv="Content-Type" content="text/html; charset=GB18030">')
    ent = Multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % bnd, "Content-Transfer-Encoding: 8Bit"], bnd, [
        text_part(text, "gb18030", "base64"),
        text_part(html_part, "gb18030", "base64", "html"),
    ], preamble="This is a multi-part message in MIME format.")
    to = [addr(n, email_of(n), "gb18030") for n in ("张立群", "古伟明", "谢雨桐", "韦志远", "黎卓", "赖芳", "钟敏", "麦思琪")]
    hdrs = ["X-QQ-mid: bizesmtp" + mid_hex("6221q", 8) + "t1784084757t" + mid_hex("6221r", 8),
            "X-QQ-Originating-IP: " + base64.b64encode(b"\x71\x6c\x2e\x9b").decode(),
            "From: " + addr("刘婷", email_of("刘婷"), "gb18030"),
            addr_header("To", to), addr_header("Cc", [addr(bot[0], bot[1], "gb18030")]),
            "Subject: " + subj("总经理办公会纪要（7月15日）", "gb18030"),
            "Mime-Version: 1.0",
            "Date: " + mail_date(d),
            "X-Priority: 3",
            "Message-ID: <tencent_%s@exmail.qq.com>" % mid_hex("6221m", 40).upper(),
            "X-QQ-MIME: TCMime 1.0 by Tencent",
            "X-Mailer: QQMail 2.x",
            "X-QQ-Mailer: QQMail 2.x"]
    raw = build(top("liuting@" + YQ, bot[1], [rx_yq("bizesmtp60.qq.com", "43.155.65.246", "6221", d)], hdrs), ent)
    items = [
        It("张立群", "邯峰轧钢料场盘点项目验收", ("abs", "2026-07-24")),
        It("韦志远", "完成惠阳二号仓搬迁方案", ("monthend",)),
        It("黎卓", "Q6样机试飞问题复盘报告", ("tomorrow", "15:00")),
        It("赖芳", "上半年研发费用加计扣除资料整理", ("monthend",)),
        It("钟敏", "IATF体系内审计划", ("workdays", 3)),
        It(None, "Kessler云台联调周人员签证办理", ("vague",), dept="海外事业部"),
    ]
    notes = ("Tencent Exmail web, GB18030 base64 text+html. Sent Wed 2026-07-15 11:05. Owners written by role/title: '张总牵头，古总、谢雨桐配合' -> "
             "张立群 (张总) owns, 古伟明/谢雨桐 support (not owners, not items); '仓储主管韦志远' -> 韦志远; '黎工' -> 黎卓; '赖经理' -> 赖芳; "
             "'品质部钟经理' -> 钟敏. Dates: 1 2026-07-24; 2 '7月底前' -> 2026-07-31; 3 '明天下午3点前' -> 2026-07-16 15:00; 4 '本月底前' -> 2026-07-31; "
             "5 '3个工作日内' -> 07-16, 07-17, 07-20 -> 2026-07-20; 6 only the department 海外事业部, '尽快' -> no_owner + vague_due. "
             "'会议决定：…由财务部按程序办理' is a decision, not an item. No next meeting.")
    return dict(raw=raw, items=items, next=None, notes=notes)


# ---------------------------------------------------------------------------------------------- 6222
@case(6222, "hfzg-next-meeting-split-lines", "minutes")
def c6222():
    d = T(2026, 6, 3, 17, 25, 30)
    bot = BOTS[HF]
    mid, b1, b2, ti = outlook_ids("6222", HF, d)
    text = """各位领导、同事：

6月3日下午，设备能源部组织召开无人机巡检试点推进会，惠州翼擎公司谢雨桐参加。纪要如下：

一、试点进展
5月27日翼擎完成料场盘点系统现场调试，厂房屋面巡检航线已规划12条，5月份共完成巡检飞行46架次。

二、下一步工作
1. 王工负责编制无人机巡检作业指导书，6月12日前报设备能源部审核。
2. 翼擎公司（谢雨桐）提供巡检AI识别模型训练数据标注规范，下周三前。
3. 信息中心田主任负责巡检数据接入点检系统的接口方案，6月底前。
4. 安全环保部审核无人机作业安全措施，时间另行通知。

三、下次会议
时间：6月10日（星期三）
　　　下午2:30
地点：设备能源部二楼会议室

设备能源部
贾国栋
"""
    html_part = html_outlook(text, "gb2312")
    ent = Multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % b1, "X-Mailer: Microsoft Outlook 16.0",
                 "Thread-Index: " + ti, "Content-Language: zh-cn"], b1, [
        text_part(text, "gb2312", "base64", fold_ct=True),
        text_part(html_part, "gb2312", "base64", "html", fold_ct=True),
    ], preamble="This is a multipart message in MIME format.")
    to = [addr(n, email_of(n), "gb2312") for n in ("王海涛", "田野", "崔丽娟", "谢雨桐")]
    cc = [addr(n, email_of(n), "gb2312") for n in ("常永胜", "邢志强")] + [addr(bot[0], bot[1], "gb2312")]
    hdrs = ["From: " + addr("贾国栋", email_of("贾国栋"), "gb2312"),
            addr_header("To", to), addr_header("Cc", cc),
            "Subject: " + subj("无人机巡检试点推进会纪要", "gb2312"),
            "Date: " + mail_date(d), "Message-ID: " + mid, "MIME-Version: 1.0"]
    raw = build(top("jiaguodong@" + HF, bot[1], [rx_hf("JIAGD-PC", "10.20.6.44", "6222", d)], hdrs), ent)
    items = [
        It("王海涛", "编制无人机巡检作业指导书", ("abs", "2026-06-12")),
        It("谢雨桐", "提供巡检AI识别模型训练数据标注规范", ("nextweek", 2)),
        It("田野", "巡检数据接入点检系统的接口方案", ("monthend",)),
        It(None, "审核无人机作业安全措施", ("vague",), dept="安全环保部"),
    ]
    notes = ("Outlook zh-CN, gb2312 base64. Sent Wed 2026-06-03 17:25 by 贾国栋. 一、试点进展 is a report (no items). "
             "1 '王工' = roster alias of 王海涛 (设备能源部), '6月12日前' -> 2026-06-12. 2 '翼擎公司（谢雨桐）': the person in brackets owns it; "
             "谢雨桐 is Yiqing staff in the roster (行业应用部) and in To; '下周三前' -> 2026-06-10. 3 '信息中心田主任' = 田野, '6月底前' -> 2026-06-30. "
             "4 unit only, '时间另行通知' (to be announced) -> no_owner + vague_due, department 安全环保部. "
             "三、下次会议: the day '6月10日（星期三）' is on one line and the time '下午2:30' on the next -> next_followup 2026-06-10 14:30.")
    return dict(raw=raw, items=items, next=("abs", "2026-06-10", "14:30"), notes=notes)


# ---------------------------------------------------------------------------------------------- 6223
@case(6223, "lakeshore-mom-action-working-days", "minutes")
def c6223():
    d = T(2026, 5, 6, 18, 20, 15)
    bot = BOTS[LS]
    mid, b1, b2, ti = outlook_ids("6223", LS, d)
    text = """Dear Jiahao, Wendy,

Thank you for joining today's review. Please find the minutes of meeting below.

Date/time: 6 May 2026, 15:00-16:15 (Teams)
Attendees: Jiahao Chen, Wendy Ye (Yiqing); Chris Gu, Jason Shen, Sharon Pu (Lakeshore)

Discussion
- Yiqing forecast: 8k units in June, 15k in July.
- Lakeshore confirmed the current SiP line capacity of 12k/month; a second dispense head is needed for 15k.
- The line ran through the Labour Day holiday; no quality escapes.

Action:
- Sharon: share the June build plan with weekly split - by Friday
- Jason: confirm the second dispense head install date - within 3 working days
- Wendy: place the PO for the July volume - by May 15
- Jiahao: send the final keep-out drawing rev C - ASAP
- Chris: circulate the updated quality agreement for signature - by next Tuesday

Next meeting: Wednesday 13 May, 15:00 (Beijing time), Teams.

Best regards,
Chris Gu
Customer Engineering Manager
Lakeshore Semiconductor Packaging (Wuxi) Co., Ltd.
"""
    ent = Multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % b1, "X-Mailer: Microsoft Outlook 16.0",
                 "Thread-Index: " + ti, "Content-Language: en-us"], b1, [
        text_part(text, "us-ascii", "quoted-printable", fold_ct=True),
        text_part(html_outlook_en(text), "us-ascii", "quoted-printable", "html", fold_ct=True),
    ], preamble="This is a multipart message in MIME format.")
    to = ["Jiahao Chen <%s>" % email_of("陈嘉豪"), "Wendy Ye <%s>" % email_of("叶婉婷")]
    cc = [addr(n, email_of(n)) for n in ("Jason Shen", "Sharon Pu")] + [addr(bot[0], bot[1])]
    hdrs = ["From: Chris Gu <%s>" % email_of("Chris Gu"),
            addr_header("To", to), addr_header("CC", cc),
            "Subject: MOM: Yiqing SiP-Q5 ramp-up review (6 May)",
            "Date: " + mail_date(d), "Message-ID: " + mid, "MIME-Version: 1.0"]
    raw = build(top("chris.gu@" + LS, bot[1], [
        "from TYZPR06MB6263.apcprd06.prod.outlook.com (2603:1096:400:3b::7) by\n SG2PR06MB6004.apcprd06.prod.outlook.com with HTTPS; Wed, 6 May 2026 10:20:17\n +0000"],
        hdrs), ent)
    items = [
        It("Sharon Pu", "share the June build plan with weekly split", ("wd", 4)),
        It("Jason Shen", "confirm the second dispense head install date", ("workdays", 3)),
        It("叶婉婷", "place the PO for the July volume", ("abs", "2026-05-15")),
        It("陈嘉豪", "send the final keep-out drawing rev C", ("vague",)),
        It("Chris Gu", "circulate the updated quality agreement for signature", ("nextweek", 1)),
    ]
    notes = ("English 'MOM' from Outlook (en-US), us-ascii QP, to the customer Yiqing. Sent Wed 2026-05-06 18:20, the first working day after "
             "Labour Day; Sat 05-09 is a make-up working day. 'Action:' bullets 'Name: task - due'. Sharon 'by Friday' -> 2026-05-08. "
             "Jason 'within 3 working days' counts Chinese working days (the plant runs on the statutory calendar): 05-07, 05-08, then the "
             "make-up Saturday 05-09 -> 2026-05-09 (a Mon-Fri count gives 05-11). Wendy = alias of 叶婉婷 (To display name 'Wendy Ye'), "
             "2026-05-15. Jiahao = 陈嘉豪, 'ASAP' -> vague_due. Chris 'by next Tuesday' -> 2026-05-12. Discussion bullets are facts. "
             "'Next meeting: Wednesday 13 May, 15:00 (Beijing time)' -> 2026-05-13 15:00.")
    return dict(raw=raw, items=items, next=("abs", "2026-05-13", "15:00"), notes=notes)


# ---------------------------------------------------------------------------------------------- 6224
@case(6224, "cfys-plain-reimbursement-feishu", "minutes")
def c6224():
    d = T(2026, 5, 28, 16, 5, 42)
    bot = BOTS[CF]
    text = """各位好，

今天剧组费用对账会纪要：

1. 杜晓晨：5月剧组现金日记账及票据整理，6月3日前交财务部。
2. 钱文静：超预算的3项美术置景费用补签审批，5月29日前。
3. 卢凯：与翼擎核对航拍设备租赁发票，6月5日前。

以上，谢谢。

卢凯
财务部
"""
    bnd = mid_hex("6224b", 28)
    html_part = html_div(text, '<div style="font-family: -apple-system, \'PingFang SC\', \'Microsoft YaHei\'; font-size: 14px; line-height: 1.6;">', "</div>",
                         head="<html><head><meta charset=\"utf-8\"></head><body>") + "</body></html>\n"
    ent = Multi(['Content-Type: multipart/alternative; boundary=%s' % bnd], bnd, [
        text_part(text, "UTF-8", "base64", quote_cs=False),
        text_part(html_part, "UTF-8", "base64", "html", quote_cs=False),
    ])
    hdrs = ["From: " + addr("卢凯", email_of("卢凯")),
            "Subject: " + subj("剧组费用对账会 纪要"),
            "Date: " + mail_date(d),
            "Message-Id: <%s@cfys.example.cn>" % mid_hex("6224m", 32),
            "Mime-Version: 1.0",
            addr_header("To", [addr(n, email_of(n)) for n in ("杜晓晨", "钱文静")]),
            addr_header("Cc", [addr(bot[0], bot[1])]),
            "X-Mailer: Lark Mail",
            "X-Lms-Return-Path: <lba+2683a7c51%s+lukai@cfys.example.cn>" % mid_hex("6224l", 10)]
    raw = build(top("lukai@" + CF, bot[1], [rx_cf("va-2-38.ptr.blmpb.com", "209.127.231.38", "6224", d)], hdrs), ent)
    items = [
        It("杜晓晨", "5月剧组现金日记账及票据整理", ("abs", "2026-06-03")),
        It("钱文静", "超预算的3项美术置景费用补签审批", ("abs", "2026-05-29")),
        It("卢凯", "与翼擎核对航拍设备租赁发票", ("abs", "2026-06-05")),
    ]
    notes = ("Plain, common minutes: Feishu mail, UTF-8 base64, three numbered '姓名：任务，日期前' lines with absolute dates. Sent Thu 2026-05-28. "
             "2026-06-03, 2026-05-29, 2026-06-05; the writer 卢凯 owns item 3. No next meeting.")
    return dict(raw=raw, items=items, next=None, notes=notes)


# ---------------------------------------------------------------------------------------------- 6225
@case(6225, "yiqing-issue-record-hours-qqmail-app", "minutes")
def c6225():
    d = T(2026, 5, 21, 10, 20, 35)
    bot = BOTS[YQ]
    text = """各位：

邯峰轧钢今天早上料场盘点作业时1架Q5失联迫降，客户要求今天给出初步结论。刚才电话会的问题协调记录如下：

问题编号：PR-2026-0521-01
问题描述：邯峰轧钢料场盘点作业中Q5（SN: Q5E2603118）图传及遥控信号同时丢失，触发失联迫降，机体轻微损伤
提交人：谢雨桐
提交时间：2026-05-21 08:40
紧急程度：高
影响范围：邯峰轧钢料场盘点试点（每日2架次）
责任部门：研发中心
责任人：黎卓
计划解决时间：2026-05-22 18:00
解决方案：定位失联原因，完成固件或硬件整改并出具整改报告

处理安排：
1. 黎卓：调取飞行日志分析失联原因，4小时内出初步结论
2. 何嘉欣：同批次图传模块抽检5台，24小时内反馈结果
3. 谢雨桐：今天下班前向客户（邯峰轧钢设备能源部贾部长）书面说明情况及临时措施
4. 韦志远：明天上午10点前寄出备用机1台到邯郸

谢雨桐
行业应用部
"""
    bnd = "----=_NextPart_%s_%s_%s" % (mid_hex("6225a", 8).upper(), mid_hex("6225b", 8).upper(), mid_hex("6225c", 8).upper())
    html_part = html_div(text, "<div>", "</div>", head='<meta http-equiv="Content-Type" content="text/html; charset=GB18030">')
    ent = Multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % bnd, "Content-Transfer-Encoding: 8Bit"], bnd, [
        text_part(text, "gb18030", "base64"),
        text_part(html_part, "gb18030", "base64", "html"),
    ], preamble="This is a multi-part message in MIME format.")
    to = [addr(n, email_of(n), "gb18030") for n in ("黎卓", "何嘉欣", "韦志远")]
    cc = [addr(n, email_of(n), "gb18030") for n in ("古伟明", "陈嘉豪", "钟敏")] + [addr(bot[0], bot[1], "gb18030")]
    hdrs = ["X-QQ-mid: xmsezb" + mid_hex("6225q", 6) + "t1779330035t" + mid_hex("6225r", 8),
            "From: " + addr("谢雨桐", email_of("谢雨桐"), "gb18030"),
            addr_header("To", to), addr_header("Cc", cc),
            "Subject: " + subj("【紧急】邯峰轧钢料场盘点无人机失联问题 协调记录", "gb18030"),
            "Mime-Version: 1.0",
            "Date: " + mail_date(d),
            "X-Priority: 3",
            "Message-ID: <tencent_%s@exmail.qq.com>" % mid_hex("6225m", 40).upper(),
            "X-QQ-MIME: TCMime 1.0 by Tencent",
            "X-Mailer: iPhone QQMail",
            "X-QQ-Mailer: iPhone QQMail"]
    raw = build(top("xieyutong@" + YQ, bot[1], [rx_yq("xmbg7.mail.qq.com", "183.195.40.81", "6225", d)], hdrs), ent)
    items = [
        It("黎卓", "定位失联原因，完成固件或硬件整改并出具整改报告", ("abs", "2026-05-22", "18:00")),
        It("黎卓", "调取飞行日志分析失联原因", ("hours", 4)),
        It("何嘉欣", "同批次图传模块抽检5台", ("hours", 24)),
        It("谢雨桐", "向客户（邯峰轧钢设备能源部贾部长）书面说明情况及临时措施", ("today",)),
        It("韦志远", "寄出备用机1台到邯郸", ("tomorrow", "10:00")),
    ]
    notes = ("Seed 问题协调解决记录表 as field lines (紧急程度 高) plus 处理安排, written on the QQ Mail iPhone app with the Exmail account, GB18030 base64. "
             "Sent Thu 2026-05-21 10:20:35 +0800. As in the corpus, the record's 责任人 with its 计划解决时间 is an item: 黎卓, task = 解决方案, "
             "2026-05-22 18:00. 处理安排: 1 '4小时内' counts from the Date header -> 2026-05-21 14:20 (提交时间 08:40 is not the anchor); "
             "2 '24小时内' -> 2026-05-22 10:20; 3 '今天下班前' -> 2026-05-21, no time; the customer contact '贾部长' inside the task is not the "
             "owner (the owner is 谢雨桐, who writes); 4 '明天上午10点前' -> 2026-05-22 10:00. No next meeting.")
    return dict(raw=raw, items=items, next=None, notes=notes)


# ---------------------------------------------------------------------------------------------- 6226
@case(6226, "lakeshore-qbr-pdf-outlook-mac", "minutes")
def c6226():
    d = T(2026, 7, 10, 16, 30, 8)
    bot = BOTS[LS]
    body = """Hi all,

Please find attached the minutes of this morning's QBR with Yiqing. Owners, please note the due dates in the action table.

Thanks again to Liqun, Jiahao and Wendy for coming to Wuxi.

Regards,
Daniel

--
Daniel Koh | General Manager
Lakeshore Semiconductor Packaging (Wuxi) Co., Ltd.
"""
    pdf = make_pdf(
        ["Lakeshore Semiconductor Packaging (Wuxi) Co., Ltd.", "Quarterly Business Review - Yiqing UAV - Q2 2026"],
        ["Date: 10 July 2026, 09:30-12:00    Venue: Lakeshore Wuxi, Conference Room A",
         "Attendees: Zhang Liqun, Jiahao Chen, Wendy Ye (Yiqing); Daniel Koh, Chris Gu, Mandy Xu, Grace Qin (Lakeshore)",
         "",
         "# 1. Q2 performance",
         "Delivered 21.4k SiP-Q5 units; assembly yield 98.6%; on-time delivery 96%. RMA-2606-14 under analysis.",
         "# 2. Decisions",
         "Unit price for H2 held at USD 11.80. Lakeshore reserves 15k/month SiP capacity from August.",
         "# 3. Action items"],
        [["No.", "Action", "Owner", "Due"],
         ["1", "Send H2 rolling forecast (monthly, Aug-Dec)", "Wendy Ye (Yiqing)", "17 Jul 2026"],
         ["2", "Issue revised quotation for SiP-Q6 with 2nd-source substrate", "Grace Qin", "24 Jul 2026"],
         ["3", "Share Q2 quality report incl. RMA-2606-14 closure", "Mandy Xu", "15 Jul 2026"],
         ["4", "Propose joint cost-down roadmap", "Chris Gu / Jiahao Chen (Yiqing)", "end of July"],
         ["5", "Arrange Yiqing audit of the Lakeshore SiP line", "Zhang Liqun (Yiqing)", "TBD"]],
        ["Next QBR: October 2026 (date to be confirmed).", "Minutes: Daniel Koh"])
    bm = "B_3866891408_%d" % (int(mid_hex("6226a", 8), 16) % 10 ** 9)
    ba = "B_3866891408_%d" % (int(mid_hex("6226b", 8), 16) % 10 ** 9)
    html_part = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                 'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">'
                 '<head><meta http-equiv=Content-Type content="text/html; charset=us-ascii"><meta name=Generator content="Microsoft Word 15 (filtered medium)">'
                 '</head><body lang=EN-US link="#467886" vlink="#96607D" style=\'word-wrap:break-word\'><div class=WordSection1>' +
                 "".join("<p class=MsoNormal>%s<o:p></o:p></p>" % (esc(x) or "&nbsp;") for x in body.split("\n")[:-1]) +
                 "</div></body></html>\n")
    alt = Multi(['Content-type: multipart/alternative;\n\tboundary="%s"' % ba], ba, [
        Leaf(['Content-type: text/plain;\n\tcharset="US-ASCII"', "Content-transfer-encoding: 7bit"], body.encode("ascii")),
        Leaf(['Content-type: text/html;\n\tcharset="US-ASCII"', "Content-transfer-encoding: quoted-printable"], qp_body(html_part.encode("ascii"))),
    ])
    att = attach_part(pdf, "application/pdf", "Lakeshore-Yiqing QBR Q2 2026 - Minutes.pdf")
    att.headers = ['Content-type: application/pdf; name="Lakeshore-Yiqing QBR Q2 2026 - Minutes.pdf"',
                   'Content-disposition: attachment;\n\tfilename="Lakeshore-Yiqing QBR Q2 2026 - Minutes.pdf"',
                   "Content-transfer-encoding: base64"]
    ent = Multi(["Mime-version: 1.0", 'Content-type: multipart/mixed;\n\tboundary="%s"' % bm], bm, [alt, att],
                preamble="> This message is in MIME format. Since your mail reader does not understand\nthis format, some or all of this message may not be legible.")
    u = mid_hex("6226m", 32).upper()
    to = ["Zhang Liqun <%s>" % email_of("张立群"), "Jiahao Chen <%s>" % email_of("陈嘉豪"), "Wendy Ye <%s>" % email_of("叶婉婷")]
    cc = [addr(n, email_of(n)) for n in ("Chris Gu", "Mandy Xu", "Grace Qin")] + [addr(bot[0], bot[1])]
    hdrs = ["User-Agent: Microsoft-MacOutlook/16.98.25061520",
            "Date: " + mail_date(d),
            "Subject: QBR Q2 2026 minutes - Lakeshore / Yiqing",
            "From: Daniel Koh <%s>" % email_of("Daniel Koh"),
            addr_header("To", to), addr_header("CC", cc),
            "Message-ID: <%s-%s-%s-%s-%s@lakeshore-semi.example.com>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32]),
            "Thread-Topic: QBR Q2 2026 minutes - Lakeshore / Yiqing"]
    raw = build(top("daniel.koh@" + LS, bot[1], [
        "from SG2PR06MB3355.apcprd06.prod.outlook.com (2603:1096:4:77::12) by\n SG2PR06MB6004.apcprd06.prod.outlook.com with HTTPS; Fri, 10 Jul 2026 08:30:10\n +0000"],
        hdrs), ent)
    items = [
        It("叶婉婷", "Send H2 rolling forecast (monthly, Aug-Dec)", ("abs", "2026-07-17")),
        It("Grace Qin", "Issue revised quotation for SiP-Q6 with 2nd-source substrate", ("abs", "2026-07-24")),
        It("Mandy Xu", "Share Q2 quality report incl. RMA-2606-14 closure", ("abs", "2026-07-15")),
        It("Chris Gu", "Propose joint cost-down roadmap", ("monthend",)),
        It("陈嘉豪", "Propose joint cost-down roadmap", ("monthend",)),
        It("张立群", "Arrange Yiqing audit of the Lakeshore SiP line", ("vague",)),
    ]
    notes = ("Outlook for Mac, short us-ascii body; the minutes are a PDF attachment (reportlab, invariant) with an Action/Owner/Due table, "
             "so the items are what a reader of the PDF records. Sent Fri 2026-07-10 16:30. Owners include customer staff who are in the roster "
             "(Wendy Ye = 叶婉婷, Jiahao Chen = 陈嘉豪, Zhang Liqun = 张立群, also To display names). Row 4 'Chris Gu / Jiahao Chen' is the same task "
             "for two owners -> two items, both 'end of July' -> 2026-07-31. Row 5 'TBD' -> vague_due. '17 Jul 2026' -> 2026-07-17, "
             "'24 Jul 2026' -> 2026-07-24, '15 Jul 2026' -> 2026-07-15. Section 2 'Decisions' are not items. 'Next QBR: October 2026 (date to "
             "be confirmed)' has no date -> next_followup null.")
    return dict(raw=raw, items=items, next=None, notes=notes)


# ---------------------------------------------------------------------------------------------- 6227 (other)
@case(6227, "cfys-other-freelancer-request-126", "other")
def c6227():
    d = T(2026, 6, 23, 14, 36, 20)
    bot = BOTS[CF]
    text = """彭组长：

下周补拍的事我这边没问题，29号一早到古城。

麻烦周四前把航拍分镜和机位图发我一份，我好提前看下场地；另外4月份的劳务费还没到账，能不能帮我问下财务月底前能不能结一下？

谢谢！
宋凯
"""
    bnd = "----=_Part_%d_%d.1782196580%03d" % (int(mid_hex("6227a", 6), 16) % 10 ** 6, int(mid_hex("6227b", 6), 16) % 10 ** 6, 417)
    html_part = html_div(text, '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">', "</div>",
                         line_tpl='<p style="margin:0;">%s</p>', blank='<p style="margin:0;"><br></p>')
    ent = Multi(['Content-Type: multipart/alternative; \n\tboundary="%s"' % bnd], bnd, [
        text_part(text, "GBK", "base64"),
        text_part(html_part, "GBK", "base64", "html"),
    ])
    hdrs = ["Date: %s (CST)" % mail_date(d),
            "From: " + addr("宋凯", "songkai_aerial@126.com", "GBK"),
            "To: " + addr("彭程", email_of("彭程"), "GBK"),
            "Cc: " + addr(bot[0], bot[1], "GBK"),
            "Subject: " + subj("补拍分镜和劳务费", "GBK"),
            "X-Priority: 3",
            "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)\n Copyright (c) 2002-2026 www.mailtech.cn 126com",
            "X-NTES-SC: AL_Qu2" + base64.b64encode(bytes.fromhex(mid_hex("6227n", 40))).decode(),
            "MIME-Version: 1.0",
            "Message-ID: <%s.%s.%s.Coremail.songkai_aerial@126.com>" % (mid_hex("6227m", 8), mid_hex("6227o", 4), "19a5f1c2d3e"),
            "X-Coremail-Locale: zh_CN",
            "X-CM-TRANSID:" + mid_hex("6227t", 20)]
    raw = build(top("songkai_aerial@126.com", bot[1], [
        rx_cf("m16.mail.126.com", "220.181.12.198", "6227", d),
        "from songkai_aerial$126.com ( [106.117.41.62] ) by\n ajax-webmail-wmsvr-40-103 (Coremail) ; " + mail_date(d) + " (CST)"],
        hdrs), ent)
    notes = ("A freelance aerial photographer's request to 彭程 from 126.com webmail (GBK base64), with the studio's bot in Cc because the crew was "
             "told to copy it. Sent Tue 2026-06-23. It asks for things with deadlines ('周四前', '月底前') but it is a person-to-person request, "
             "not meeting minutes -> kind other, no items, no next_followup (the '29号' shoot is not a meeting).")
    return dict(raw=raw, items=[], next=None, notes=notes)


# ---------------------------------------------------------------------------------------------- 6228 (other)
@case(6228, "lakeshore-other-invite-discussion", "other")
def c6228():
    d = T(2026, 7, 16, 9, 15, 51)
    bot = BOTS[LS]
    mid, b1, b2, ti = outlook_ids("6228", LS, d)
    text = """Hi Daniel,

Tue 21 Jul 10:00 clashes with the Yiqing weekly call for Jason and Chris. Could we move the Q3 capacity review to Wed 22 Jul, 14:00-15:30 (Room A1-01)? Grace is free then as well.

Proposed agenda (unchanged):
1. H2 loading vs. the 15k/month commitment to Yiqing
2. Second dispense head - ROI and install date
3. Overtime budget for Aug-Sep

I'll send the updated Teams invite as soon as you confirm.

Thanks,
Sharon

From: Daniel Koh <daniel.koh@lakeshore-semi.example.com>
Sent: Wednesday, July 15, 2026 6:10 PM
To: Sharon Pu <sharon.pu@lakeshore-semi.example.com>
Cc: Jason Shen <jason.shen@lakeshore-semi.example.com>; Chris Gu <chris.gu@lakeshore-semi.example.com>; Grace Qin <grace.qin@lakeshore-semi.example.com>; Minutes Bot <minutebot@lakeshore-semi.example.com>
Subject: Q3 capacity review - proposed time

Sharon,

Please set up a Q3 capacity review next week with Jason, Chris and Grace - Tue 21 Jul 10:00 would suit me. Keep the minutes bot in cc so the actions get tracked.

Daniel
"""
    ent = Multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % b1, "X-Mailer: Microsoft Outlook 16.0",
                 "Thread-Index: " + ti, "Content-Language: en-us"], b1, [
        text_part(text, "us-ascii", "7bit", fold_ct=True),
        text_part(html_outlook_en(text), "us-ascii", "quoted-printable", "html", fold_ct=True),
    ], preamble="This is a multipart message in MIME format.")
    prev = "<%s01dc%s$%s$%s$@%s>" % (mid_hex("6228p", 4), mid_hex("6228q", 4), mid_hex("6228r", 8), mid_hex("6228s", 8), LS)
    hdrs = ["From: Sharon Pu <%s>" % email_of("Sharon Pu"),
            "To: Daniel Koh <%s>" % email_of("Daniel Koh"),
            addr_header("CC", [addr(n, email_of(n)) for n in ("Jason Shen", "Chris Gu", "Grace Qin")] + [addr(bot[0], bot[1])]),
            "References: " + prev,
            "In-Reply-To: " + prev,
            "Subject: RE: Q3 capacity review - proposed time",
            "Date: " + mail_date(d), "Message-ID: " + mid, "MIME-Version: 1.0"]
    raw = build(top("sharon.pu@" + LS, bot[1], [
        "from SG2PR06MB4412.apcprd06.prod.outlook.com (2603:1096:4:9c::15) by\n SG2PR06MB6004.apcprd06.prod.outlook.com with HTTPS; Thu, 16 Jul 2026 01:15:53\n +0000"],
        hdrs), ent)
    notes = ("A reply in a thread about scheduling a meeting (Outlook en, us-ascii 7bit). Sent Thu 2026-07-16. It proposes moving a review from "
             "Tue 21 Jul to Wed 22 Jul 14:00 and lists an agenda; nothing was decided or assigned in a meeting, the time is not yet confirmed, and "
             "there are no owners or deadlines -> kind other, no items, next_followup null. The bot is in Cc only because Daniel asked for it.")
    return dict(raw=raw, items=[], next=None, notes=notes)


# ---------------------------------------------------------------------------------------------- 6229 (other)
@case(6229, "cfys-other-pr-weekly-newsletter", "other")
def c6229():
    d = T(2026, 6, 12, 18, 0, 37)
    bot = BOTS[CF]
    blocks = [
        ("h", "长风影视 · 宣发周报 第24期（6月8日—6月12日）"),
        ("s", "【本周亮点】"),
        ("li", "《青砖往事》开机花絮短视频全网播放量突破1200万，抖音单条最高380万。"),
        ("li", "与晴川文化签订定档宣传合作协议。"),
        ("li", "古莲花池外景取得园区书面许可，航拍素材已回传后期。"),
        ("s", "【数据一览】"),
        ("p", "微博话题阅读 5600万 ｜ 抖音粉丝 +4.2万 ｜ 小红书笔记 186篇"),
        ("s", "【下周预告】"),
        ("li", "6月16日（周二） 定档宣传方案沟通会（线上）"),
        ("li", "6月17日（周三） 第二支预告片内部审片"),
        ("li", "6月26日前 终版预告片定稿（负责人：白若曦）"),
        ("s", "【致谢】"),
        ("p", "感谢摄影部彭程、姜昊天提供的航拍及幕后素材，感谢制片部协调园区许可。"),
        ("p", "如有宣传素材需求，请在飞书群「长风宣发对接」里@我。"),
        ("p", "白若曦 ｜ 宣发部"),
    ]
    h = ['<html><head><meta charset="utf-8"></head><body>',
         '<div style="max-width:640px;margin:0 auto;font-family:-apple-system,\'PingFang SC\',\'Microsoft YaHei\';font-size:14px;color:#1f2329">']
    for kind, t in blocks:
        if kind == "h":
            h.append('<div style="background:#8a1c1c;color:#fff;padding:16px 20px;font-size:20px;font-weight:bold">%s</div>' % esc(t))
        elif kind == "s":
            h.append('<div style="margin-top:18px;font-size:16px;font-weight:bold;color:#8a1c1c">%s</div>' % esc(t))
        elif kind == "li":
            h.append('<div style="padding-left:12px">· %s</div>' % esc(t))
        else:
            h.append('<div style="margin-top:8px">%s</div>' % esc(t))
    h.append("</div></body></html>")
    leaf = text_part("\n".join(h) + "\n", "UTF-8", "base64", "html", quote_cs=False)
    hdrs = ["From: " + addr("白若曦", email_of("白若曦")),
            "Subject: " + subj("宣发周报｜第24期（6.8—6.12）"),
            "Date: " + mail_date(d),
            "Message-Id: <%s@cfys.example.cn>" % mid_hex("6229m", 32),
            "Mime-Version: 1.0",
            "To: " + addr("长风影视全体员工", "all@" + CF),
            addr_header("Cc", [addr(bot[0], bot[1])]),
            "X-Mailer: Lark Mail",
            "X-Lms-Return-Path: <lba+2683a7c51%s+bairuoxi@cfys.example.cn>" % mid_hex("6229l", 10)]
    raw = build(top("bairuoxi@" + CF, bot[1], [rx_cf("va-2-39.ptr.blmpb.com", "209.127.231.39", "6229", d)], hdrs), leaf)
    notes = ("A weekly PR newsletter written and sent by a person (白若曦) to the all-staff address, HTML only (Feishu mail, UTF-8 base64), bot in Cc. "
             "Sent Fri 2026-06-12. No bulk/list headers: a person wrote it, so it is not auto. It reports numbers and previews next week's events "
             "(one line even names a 负责人 and '6月26日前'), but it is a newsletter, not minutes of a meeting -> kind other, no items, "
             "next_followup null (the 6月16日 沟通会 is an announced event, not a follow-up set by minutes).")
    return dict(raw=raw, items=[], next=None, notes=notes)


# ---------------------------------------------------------------------------------------------- 6230 (auto)
@case(6230, "cfys-auto-feishu-out-of-office", "auto")
def c6230():
    d = T(2026, 6, 4, 8, 0, 12)
    bot = BOTS[CF]
    text = """您好，我于6月4日至6月7日在涿州影视基地看景，期间邮件回复不及时。
急事请联系杜晓晨（duxiaochen@cfys.example.cn，电话 138 3321 0765），6月8日返回后我会尽快处理。

钱文静
保定长风影视文化有限公司 制片部
"""
    bnd = mid_hex("6230b", 28)
    html_part = html_div(text, "<div>", "</div>", head="<html><head><meta charset=\"utf-8\"></head><body>") + "</body></html>\n"
    ent = Multi(['Content-Type: multipart/alternative; boundary=%s' % bnd], bnd, [
        text_part(text, "UTF-8", "base64", quote_cs=False),
        text_part(html_part, "UTF-8", "base64", "html", quote_cs=False),
    ])
    orig = "<r.20260604.0800.%s@cfys.example.cn>" % mid_hex("6230o", 10)
    hdrs = ["From: " + addr("钱文静", email_of("钱文静")),
            "Subject: " + subj("自动回复：【待办提醒】取得古莲花池园区书面拍摄许可（6月5日到期）"),
            "Date: " + mail_date(d),
            "Message-Id: <%s@cfys.example.cn>" % mid_hex("6230m", 32),
            "In-Reply-To: " + orig,
            "References: " + orig,
            "Mime-Version: 1.0",
            "To: " + addr(bot[0], "jiyao+r3f9c2a71b8@" + CF),
            "Auto-Submitted: auto-replied",
            "X-Autoreply: yes",
            "X-Mailer: Lark Mail"]
    raw = build(top("", bot[1], [rx_cf("va-2-36.ptr.blmpb.com", "209.127.231.36", "6230", d)], hdrs), ent)
    notes = ("Feishu mail out-of-office answer to the bot's own reminder (To is the bot's signed Reply-To address). Auto-Submitted: auto-replied, "
             "X-Autoreply, '自动回复：' subject, empty Return-Path. Sent Thu 2026-06-04 08:00. The body has dates, a delegate and a phone number, "
             "none of which is a command or an item -> kind auto; the bot must not answer it.")
    return dict(raw=raw, items=[], next=None, notes=notes)


# ---------------------------------------------------------------------------------------------- 6231 (auto)
@case(6231, "lakeshore-auto-exchange-ndr", "auto")
def c6231():
    d = T(2026, 7, 5, 23, 41, 2, off=0)
    bot = BOTS[LS]
    orig_mid = "<mb.20260706.0740.%s@lakeshore-semi.example.com>" % mid_hex("6231o", 12)
    text = """Your message to kelvin.tan@lakeshore-semi.example.com couldn't be delivered.

kelvin.tan wasn't found at lakeshore-semi.example.com.

Minutes Bot        Office 365        kelvin.tan
Action Required                      Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you continue to experience the problem, contact your email admin.

More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the recipient's email address can't be found in the recipient's email system.

Original Message Details
Created Date:    7/5/2026 11:40:58 PM
Sender Address:  minutebot@lakeshore-semi.example.com
Recipient Address:    kelvin.tan@lakeshore-semi.example.com
Subject:    Re: Quality review minutes (6 Jul) - customer returns & audit prep

Error Details
Error:    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
Message rejected by:    SG2PR06MB6004.apcprd06.prod.outlook.com
"""
    html_part = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>'
                 '<div style="font-family:\'Segoe UI\',Frutiger,Arial,sans-serif">' +
                 "".join("<p>%s</p>" % esc(x) for x in text.split("\n") if x.strip()) + "</div></body></html>\n")
    b_rep = "_%s_" % mid_hex("6231r", 24)
    b_alt = "_%s_" % mid_hex("6231a", 24)
    alt = Multi(['Content-Type: multipart/alternative; differences=Content-Type;\n\tboundary="%s"' % b_alt], b_alt, [
        Leaf(['Content-Type: text/plain; charset="us-ascii"', "Content-Transfer-Encoding: quoted-printable"], qp_body(text.encode("ascii"))),
        Leaf(['Content-Type: text/html; charset="us-ascii"', "Content-Transfer-Encoding: quoted-printable"], qp_body(html_part.encode("ascii"))),
    ])
    ds = """Reporting-MTA: dns;SG2PR06MB6004.apcprd06.prod.outlook.com
Received-From-MTA: dns;SG2PR06MB6004.apcprd06.prod.outlook.com
Arrival-Date: Sun, 5 Jul 2026 23:40:58 +0000

Final-Recipient: rfc822;kelvin.tan@lakeshore-semi.example.com
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
    dsn = Leaf(["Content-Type: message/delivery-status"], ds)
    orig_hdrs = """Received: from SG2PR06MB6004.apcprd06.prod.outlook.com ([fe80::5c1a:2b3c:4d5e:6f70]) by
 SG2PR06MB6004.apcprd06.prod.outlook.com ([fe80::5c1a:2b3c:4d5e:6f70%%4]) with mapi id
 15.20.9412.007; Sun, 5 Jul 2026 23:40:58 +0000
From: Minutes Bot <minutebot@lakeshore-semi.example.com>
To: Mandy Xu <mandy.xu@lakeshore-semi.example.com>, Priya Raman
 <priya.raman@lakeshore-semi.example.com>, Kelvin Tan
 <kelvin.tan@lakeshore-semi.example.com>
Subject: Re: Quality review minutes (6 Jul) - customer returns & audit prep
Date: Mon, 6 Jul 2026 07:40:58 +0800
Message-ID: %s
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
Content-Type: multipart/alternative; boundary="==mb-20260706074058=="
MIME-Version: 1.0
""" % orig_mid
    rfc = Leaf(["Content-Type: text/rfc822-headers"], orig_hdrs)
    ent = Multi(['Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b_rep], b_rep, [alt, dsn, rfc])
    hdrs = ["From: Microsoft Outlook\n <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@lakeshore-semi.example.com>",
            "To: Minutes Bot <minutebot@lakeshore-semi.example.com>",
            "Date: " + mail_date(d).replace("-0000", "+0000"),
            "Subject: Undeliverable: Re: Quality review minutes (6 Jul) - customer returns &\n audit prep",
            "Message-ID: <%s@SG2PR06MB6004.apcprd06.prod.outlook.com>" % mid_hex("6231m", 32),
            "In-Reply-To: " + orig_mid,
            "References: " + orig_mid,
            "MIME-Version: 1.0",
            "X-MS-Exchange-Message-Is-Ndr:",
            "Content-Language: en-US",
            "X-MS-Exchange-Organization-SCL: -1",
            "Auto-Submitted: auto-replied"]
    raw = build(["Return-Path: <>", "Delivered-To: " + bot[1]] + received_chain(
        "from SG2PR06MB6004.apcprd06.prod.outlook.com (2603:1096:4:1b5::9) by\n SG2PR06MB6004.apcprd06.prod.outlook.com with HTTPS; Sun, 5 Jul 2026 23:41:02\n +0000") + hdrs, ent)
    notes = ("Exchange Online non-delivery report (multipart/report; report-type=delivery-status, Return-Path <>, From the tenant's "
             "MicrosoftExchange… system address, Auto-Submitted: auto-replied) for the bot's recap of 6217 sent to Kelvin Tan, who has left. "
             "Date +0000 (Mon 07:41 in Shanghai). The body quotes the recap's subject and dates -> kind auto; never a reply or minutes.")
    return dict(raw=raw, items=[], next=None, notes=notes)


# ---------------------------------------------------------------------------------------------- 6232 (auto)
@case(6232, "hfzg-auto-bulk-steel-newsletter", "auto")
def c6232():
    d = T(2026, 5, 29, 8, 30, 0)
    bot = BOTS[HF]
    text = """北方钢铁资讯 · 热轧周报 2026年第22期（5月25日—5月29日）

【本周要闻】
① 热轧板卷：唐山、邯郸地区3.0mm Q235B主流价格3580-3620元/吨，周环比上涨40元/吨。
② 环保：邯郸市大气污染防治调度要求重点钢企5月31日前完成超低排放评估监测报告上报。
③ 原料：铁矿石港口库存1.42亿吨，周降180万吨；焦炭第二轮提涨落地。

【会议预告】
2026（第七届）北方热轧产业链大会将于6月18日在石家庄召开，报名截止6月10日，联系人：张经理 0311-8596 2270。

责任编辑：热轧事业部 ｜ 下期出刊：6月5日

您收到此邮件是因为订阅了北方钢铁资讯周报。退订请访问 https://nsteel-info.example.com/u/7c2e91
"""
    bnd = "----=_Part_%s" % mid_hex("6232b", 20)
    html_part = html_div(text, '<div style="width:600px;font-family:SimSun;font-size:14px">', "</div>",
                         head='<meta http-equiv="Content-Type" content="text/html; charset=utf-8">')
    ent = Multi(['Content-Type: multipart/alternative;\n boundary="%s"' % bnd], bnd, [
        text_part(text, "utf-8", "base64"),
        text_part(html_part, "utf-8", "base64", "html"),
    ])
    hdrs = ["Date: " + mail_date(d),
            "From: " + addr("北方钢铁资讯", "weekly@nsteel-info.example.com"),
            "To: " + bot[1],
            "Subject: " + subj("【热轧周报】第22期：邯唐热卷周涨40元，超低排放评估5月31日前上报"),
            "Message-ID: <%s.22@edm.nsteel-info.example.com>" % mid_hex("6232m", 24),
            "MIME-Version: 1.0",
            "Precedence: bulk",
            "List-Id: " + addr("北方钢铁资讯周报", "weekly.nsteel-info.example.com").replace("<weekly.", "<weekly."),
            "List-Unsubscribe: <https://nsteel-info.example.com/u/7c2e91>,\n <mailto:unsubscribe@nsteel-info.example.com?subject=unsubscribe-7c2e91>",
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
            "Feedback-ID: 22:weekly:nsteel:edm",
            "X-Mailer: NSteel EDM 4.6"]
    raw = build(top("bounce-22-jiyao=hfzg.example.cn@edm.nsteel-info.example.com", bot[1], [
        "from edm3.nsteel-info.example.com (edm3.nsteel-info.example.com [203.0.113.66])\n\tby mail.hfzg.example.cn (Coremail) with SMTP id " + "AQAAf" + mid_hex("6232cm", 16) + "--.2281S2;\n\t" + rcv_date(d, 41)],
        hdrs), ent)
    notes = ("Bulk industry newsletter (Precedence: bulk, List-Id, List-Unsubscribe with one-click POST) that reached the SOE's bot address. "
             "Sent Fri 2026-05-29. Its body has ①②③ lines, '5月31日前', '联系人', '责任编辑', a conference date -> still kind auto, no items.")
    return dict(raw=raw, items=[], next=None, notes=notes)


# ---------------------------------------------------------------------------------------------- 6233
@case(6233, "qingchuan-dingtalk-ai-minutes-forward", "minutes")
def c6233():
    d = T(2026, 6, 16, 21, 30, 18)
    bot = BOTS[CF]
    text = """白经理您好，

今天下午的会议纪要是钉钉AI听记自动生成的，我核对了一下，待办基本准确，我们这边的两项会按时推进。有出入的地方您直接回复我就行。

柳青
晴川文化传播有限公司 策划总监
139 3120 8876

------------------ 转发邮件 ------------------
发件人：钉钉AI听记 <ai-notes@dingtalk.example.com>
发送时间：2026年6月16日(星期二) 17:48
收件人：柳青 <liuqing@qingchuan-pr.example.cn>
主题：【AI听记】《青砖往事》定档宣传方案沟通

会议主题：《青砖往事》定档宣传方案沟通
会议时间：2026/06/16 15:00-16:10
参会人：白若曦、柳青、邵一鸣、程瑶

AI摘要
会议讨论了定档发布会形式、预告片上线节奏和达人合作名单。决定定档发布会于7月8日在北京举行，终版预告片需在6月26日前完成审片，达人合作以影视垂类为主，总预算控制在60万元以内。

发言总结
白若曦：强调预告片终版要留出审片时间，建议6月26日前定稿，并希望发布会前两周开始预热。
柳青：发布会执行方案一周内给出，场地倾向798艺术区。
邵一鸣：主创出席名单需与各演员经纪团队确认，档期可能有冲突。

待办事项
· 柳青：输出发布会执行方案及预算（6月23日前）
· 程瑶：整理30位影视类达人合作报价表（本周五前）
· 白若曦：协调导演组确认预告片终版（6月26日前）
· 邵一鸣：确认发布会出席主创名单

以上内容由AI生成，仅供参考
"""
    ali = "----=ALIBOUNDARY_%d_%s_%s" % (int(mid_hex("6233a", 5), 16), mid_hex("6233b", 12), mid_hex("6233c", 8))
    html_part = ('<div class="__aliyun_email_body_block">' +
                 "".join('<div style="clear:both;"><span style="font-family:Tahoma,Arial,STHeiti,SimSun;font-size:14px;color:#000000;">%s</span></div>'
                         % (esc(x) or "<br >") for x in text.split("\n")[:-1]) + "</div>\n")
    ent = Multi(['Content-Type: multipart/alternative;\n  boundary="%s"' % ali], ali, [
        text_part(text, "UTF-8", "base64", quote_cs=False),
        text_part(html_part, "UTF-8", "base64", "html", quote_cs=False),
    ])
    hdrs = ["Date: " + mail_date(d),
            "From: " + addr("柳青", email_of("柳青")),
            "To: " + addr("白若曦", email_of("白若曦")),
            addr_header("Cc", [addr("程瑶", "chengyao@qingchuan-pr.example.cn"), addr("邵一鸣", email_of("邵一鸣")), addr(bot[0], bot[1])]),
            "Message-ID: <%s-%s-%s-%s-%s.liuqing@qingchuan-pr.example.cn>" % (mid_hex("6233m", 8), mid_hex("6233n", 4), mid_hex("6233o", 4), mid_hex("6233p", 4), mid_hex("6233q", 12)),
            "Subject: " + subj("转发：【AI听记】《青砖往事》定档宣传方案沟通"),
            "X-Mailer: Alimail-Mailagent revision 4062",
            "MIME-Version: 1.0",
            'x-aliyun-im-through: {"version":"v1.0"}',
            "x-aliyun-mail-creator: W4_%s" % mid_hex("6233w", 20),
            "X-Alimail-AntiSpam: AC=CONTINUE;BC=0.0743636|-1;CH=green;DM=|CONTINUE|false|;DS=CONTINUE|ham_regular_dialog|0.0612344;FP=0|0|0|0|0|-1|-1|-1;HT=maildocker-contentspam033037051124;MF=liuqing@qingchuan-pr.example.cn;NM=1;PH=DW;RN=4;RT=4;SR=0;TI=W4_%s;" % mid_hex("6233t", 16)]
    raw = build(top("liuqing@qingchuan-pr.example.cn", bot[1], [
        rx_cf("out30-101.freemail.mail.aliyun.com", "115.124.30.101", "6233", d),
        "from 10.218.41.29(mailfrom:liuqing@qingchuan-pr.example.cn fp:SMTPD_---0Wc4hN2u_1781616618 cluster:ay29)\n          by smtp.aliyun-inc.com;\n          " + mail_date(d)],
        hdrs), ent)
    items = [
        It("柳青", "输出发布会执行方案及预算", ("abs", "2026-06-23")),
        It("程瑶", "整理30位影视类达人合作报价表", ("thisweek", 4), email_="chengyao@qingchuan-pr.example.cn"),
        It("白若曦", "协调导演组确认预告片终版", ("abs", "2026-06-26")),
        It("邵一鸣", "确认发布会出席主创名单", None),
    ]
    notes = ("An outside PR agency (晴川文化, DingTalk mail / Alimail, UTF-8 base64) forwards DingTalk 'AI听记' minutes of a meeting with the studio "
             "to 白若曦, copying the studio's bot. Sent Tue 2026-06-16 21:30; the AI mail is from 17:48 the same day, so both anchors agree. "
             "The cover note and the forward header are not items; of the AI minutes only 待办事项 counts (AI摘要 and 发言总结 repeat "
             "'6月26日前完成审片', '一周内给出' as summary). 1 柳青 (outsider in the roster) 2026-06-23. 2 程瑶 is not in the roster -> her Cc "
             "address, department null; '本周五前' -> 2026-06-19, which is the Dragon Boat holiday: the gold keeps the date the words name "
             "(AMBIGUOUS: a human might note she will deliver on 06-18). 3 白若曦 2026-06-26. 4 邵一鸣 no date -> no_due. "
             "The 发布会 on 7月8日 is an event, not a next meeting -> next_followup null.")
    return dict(raw=raw, items=items, next=None, notes=notes)


# ---------------------------------------------------------------------------------------------- 6235
@case(6235, "hfzg-yishi-ershi-coremail-plain", "minutes")
def c6235():
    d = T(2026, 5, 15, 11, 40, 26)
    bot = BOTS[HF]
    text = """各单位、各部门：

    5月14日下午，常永胜副总经理主持召开安全环保工作专题会议，听取了安全环保部关于4月份安全环保工作情况的汇报，对近期重点工作进行了安排部署。现将会议主要精神纪要如下：

    会议指出，今年以来公司安全环保形势总体平稳，但仍存在隐患整改不及时、相关方管理不到位等问题，各单位要高度重视。

    会议要求：一是热轧厂要于5月22日前将4月份专项检查发现的12项隐患全部整改完毕，整改情况报安全环保部，由石磊同志具体负责。二是设备能源部牵头、物资供应部配合，在本月底前完成除尘设施运行状况评估，形成评估报告。三是安全环保部要组织开展相关方（外委施工单位）安全资质专项核查，崔丽娟同志负责，6月5日前报送核查结果。四是各单位要持续抓好全员安全培训，做到应训尽训、不留死角。五是由信息中心田野同志负责，5个工作日内完成环保在线监测数据与省平台的对接调试。

    会议强调，各单位主要负责人是本单位安全环保第一责任人，要切实履职尽责。

综合办公室
2026年5月15日
"""
    leaf = text_part(text, "gb2312", "base64")
    hdrs = ["Date: %s (GMT+08:00)" % mail_date(d),
            "From: " + addr("孟晓彤", email_of("孟晓彤"), "gb2312"),
            addr_header("To", [addr(n, email_of(n), "gb2312") for n in ("石磊", "郝建", "贾国栋", "邢志强", "崔丽娟", "田野")]),
            addr_header("Cc", [addr(n, email_of(n), "gb2312") for n in ("常永胜", "刘振华")] + [addr(bot[0], bot[1], "gb2312")]),
            "Subject: " + subj("安全环保工作专题会议纪要（5月14日）", "gb2312"),
            "X-Priority: 3",
            "X-Mailer: Coremail Webmail Server Version XT6.0.1 build 20240415(a3b47c4d)",
            "Copyright: (C) 1999-2024 Coremail. All Rights Reserved.",
            "X-Originating-IP: [10.20.8.35]",
            "MIME-Version: 1.0",
            "Message-ID: <%s.%s.%s.Coremail.mengxiaotong@%s>" % (mid_hex("6235m", 8), mid_hex("6235n", 4), "19e2a91c7b4", HF),
            "X-Coremail-Locale: zh_CN"]
    raw = build(top("mengxiaotong@" + HF, bot[1], [
        "from mengxiaotong$hfzg.example.cn ( [10.20.8.35] ) by\n ajax-webmail-mail.hfzg.example.cn (Coremail) ; Fri, 15 May 2026 11:40:26\n +0800 (GMT+08:00)"],
        hdrs), leaf)
    items = [
        It("石磊", "将4月份专项检查发现的12项隐患全部整改完毕", ("abs", "2026-05-22")),
        It(None, "完成除尘设施运行状况评估，形成评估报告", ("monthend",), dept="设备能源部"),
        It("崔丽娟", "组织开展相关方（外委施工单位）安全资质专项核查", ("abs", "2026-06-05")),
        It("田野", "完成环保在线监测数据与省平台的对接调试", ("workdays", 5)),
    ]
    notes = ("Formal SOE minutes in one running paragraph '会议要求：一是…二是…三是…四是…五是…' (Coremail webmail, text/plain only, gb2312 base64). "
             "Sent Fri 2026-05-15. Each 一是/二是… clause is a candidate; the owner is the person named as 同志负责 (or the unit when none). "
             "一是 石磊 (热轧厂) '5月22日前' -> 2026-05-22. 二是 '设备能源部牵头、物资供应部配合' names only units -> owner null, no_owner, "
             "department 设备能源部 (the lead unit), '本月底前' -> 2026-05-31 (a Sunday; last day of the month as written). "
             "三是 崔丽娟 2026-06-05. 四是 '持续抓好全员安全培训' is a standing rule -> not an item. 五是 田野 '5个工作日内' -> 05-18..05-22 -> 2026-05-22. "
             "会议指出/会议强调 paragraphs are not items. No next meeting.")
    return dict(raw=raw, items=items, next=None, notes=notes)


# ---------------------------------------------------------------------------------------------- 6236
@case(6236, "lakeshore-zh-table-rowspan-dragonboat", "minutes")
def c6236():
    d = T(2026, 6, 15, 17, 30, 4)
    bot = BOTS[LS]
    mid, b1, b2, ti = outlook_ids("6236", LS, d)
    rows = [
        ["No.", "事项", "Owner", "Due", "备注"],
        ["1", "SiP-Q5 6月剩余订单排产（4.2k）", "Sharon Pu", "周三前", ""],
        ["2", "端午假期连续生产排班表", None, "本周四", "需HR确认加班"],
        ["3", "二号点胶头安装验收", "Jason Shen", "节后第一个工作日", "设备6/16到厂"],
        ["4", "基板来料IQC加严（AQL 0.4）", "Mandy Xu", "下周二", ""],
        ["5", "湖岸-翼擎7月forecast确认", "Chris Gu", "6/24", ""],
        ["6", "纯水系统月度保养", "Victor Hua", "Done", "6/12完成"],
    ]
    intro = """Hi all,

本周产销协调会纪要如下（6月15日 10:00，A1-01）。端午节6月19日—21日放假，SiP线三天连续生产，办公室人员正常休假。

@@TABLE@@

下次产销会：6月22日（周一）10:00，照常在A1-01。

Sharon
"""
    text = intro.replace("@@TABLE@@", table_text(rows))
    tbl = table_html(rows, "outlook", spans={(1, 2): (2, 1)})
    html_part = html_outlook(intro, "utf-8", tables={"@@TABLE@@": tbl}, font="DengXian")
    ent = Multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % b1, "X-Mailer: Microsoft Outlook 16.0",
                 "Thread-Index: " + ti, "Content-Language: en-us"], b1, [
        text_part(text, "utf-8", "base64", fold_ct=True),
        text_part(html_part, "utf-8", "quoted-printable", "html", fold_ct=True),
    ], preamble="This is a multipart message in MIME format.")
    to = [addr(n, email_of(n)) for n in ("Jason Shen", "Mandy Xu", "Chris Gu", "Victor Hua", "Jenny Lu")]
    cc = [addr("Daniel Koh", email_of("Daniel Koh")), addr(bot[0], bot[1])]
    hdrs = ["From: Sharon Pu <%s>" % email_of("Sharon Pu"),
            addr_header("To", to), addr_header("CC", cc),
            "Subject: " + subj("产销协调会纪要 WK25"),
            "Date: " + mail_date(d), "Message-ID: " + mid, "MIME-Version: 1.0"]
    raw = build(top("sharon.pu@" + LS, bot[1], [
        "from SG2PR06MB4412.apcprd06.prod.outlook.com (2603:1096:4:9c::15) by\n SG2PR06MB6004.apcprd06.prod.outlook.com with HTTPS; Mon, 15 Jun 2026 09:30:06\n +0000"],
        hdrs), ent)
    items = [
        It("Sharon Pu", "SiP-Q5 6月剩余订单排产（4.2k）", ("wd", 2)),
        It("Sharon Pu", "端午假期连续生产排班表", ("thisweek", 3)),
        It("Jason Shen", "二号点胶头安装验收", ("after", "Dragon Boat Festival")),
        It("Mandy Xu", "基板来料IQC加严（AQL 0.4）", ("nextweek", 1)),
        It("Chris Gu", "湖岸-翼擎7月forecast确认", ("abs", "2026-06-24")),
    ]
    notes = ("Chinese minutes at the foreign-invested plant, Outlook with English UI (UTF-8: text base64 with tab-separated rows, HTML QP). "
             "Sent Mon 2026-06-15. The Owner cell of rows 1-2 is merged (rowspan=2): in the plain part row 2's Owner is empty, so Sharon Pu owns "
             "both. 1 '周三前' -> 2026-06-17; 2 '本周四' -> 2026-06-18 (last working day before Dragon Boat); 3 '节后第一个工作日' -> 2026-06-22; "
             "4 '下周二' -> 2026-06-23; 5 '6/24' -> 2026-06-24; row 6 'Done' -> not an item. 备注 cells (需HR确认加班, 设备6/16到厂) are remarks. "
             "The holiday/production sentence is a fact. '下次产销会：6月22日（周一）10:00' -> 2026-06-22 10:00.")
    return dict(raw=raw, items=items, next=("abs", "2026-06-22", "10:00"), notes=notes)


# ---------------------------------------------------------------------------------------------- 6237
@case(6237, "cfys-applemail-same-time-next-week", "minutes")
def c6237():
    d = T(2026, 7, 8, 17, 15, 33)
    bot = BOTS[CF]
    text = """大家好，

今天美术部周会（7月8日 15:00，美术部工作室）记录如下：

一、置景
1. 民国街道二期置景：外协老周负责，本月底前完工，完工后通知制片部验收。
2. 茶馆内景软装补充：我来跟，下周三前。

二、道具服装
3. 枪械道具备案：制片部钱老师协调，尽快。
4. 第二批服装面料采购：服装组，时间待定（等导演定稿）。

下周三同一时间再碰一次。

佳琪
"""
    mid, bnd = apple_ids("6237", CF)
    html_part = html_div(text, '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                         '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">', "</body></html>")
    ent = Multi(['Content-Type: multipart/alternative;\n\tboundary="%s"' % bnd], bnd, [
        text_part(text, "utf-8", "quoted-printable", quote_cs=False),
        text_part(html_part, "utf-8", "quoted-printable", "html", quote_cs=False),
    ])
    hdrs = ["From: " + addr("罗佳琪", email_of("罗佳琪"))]
    ent.headers += ["Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))",
                    "Subject: " + subj("美术部周会 7/8"),
                    "Message-Id: " + mid,
                    "Date: " + mail_date(d),
                    addr_header("Cc", [addr("钱文静", email_of("钱文静")), addr(bot[0], bot[1])]),
                    "To: " + addr("美术部", "art@" + CF),
                    "X-Mailer: Apple Mail (2.3826.600.51.1.1)"]
    raw = build(top("luojiaqi@" + CF, bot[1], [rx_cf("smtpclient.apple", "106.117.96.61", "6237", d)], hdrs), ent)
    items = [
        It("老周", "民国街道二期置景", ("monthend",)),
        It("罗佳琪", "茶馆内景软装补充", ("nextweek", 2)),
        It("钱文静", "枪械道具备案", ("vague",)),
        It(None, "第二批服装面料采购", ("vague",)),
    ]
    notes = ("Apple Mail (macOS), UTF-8 QP, to the art department list. Sent Wed 2026-07-08. 1 '外协老周负责': an outside contractor known only as "
             "老周, not in the roster or the headers -> owner_name '老周' as written, email and department null; '本月底前' -> 2026-07-31. "
             "2 '我来跟' = the writer 罗佳琪 (From), '下周三前' -> 2026-07-15. 3 '制片部钱老师' = 钱文静 (alias), '尽快' -> vague_due. "
             "4 '服装组' is a crew group, not one of the studio's departments -> owner null, department null, no_owner; '时间待定' -> vague_due "
             "(AMBIGUOUS: a reader could file it under 美术部, the writer's department; the gold keeps department null as the text names no department). "
             "'下周三同一时间再碰一次' with the meeting at 7月8日 15:00 -> next_followup 2026-07-15 15:00.")
    return dict(raw=raw, items=items, next=("nextweek", 2, "15:00"), notes=notes)


# ---------------------------------------------------------------------------------------------- 6238
@case(6238, "kessler-gmail-new-minutes-in-thread", "minutes")
def c6238():
    d = T(2026, 6, 9, 11, 5, 0, off=2)
    bot = BOTS[YQ]
    new = """Hi all,

Notes from today's sync (Jun 9) below - Markus is travelling, so I'm taking over the thread.

Status
- SDK v2.4 delivered on Jun 5, thanks Markus.
- EMC pre-scan report shared; two peaks around 144 MHz need attention.

Open items
- Julia: re-run the EMC pre-scan with the ferrite fix -> Jun 12
- Maggie: book the EMC chamber at the Huizhou lab for the week of Jun 22 -> by tomorrow
- Jiahao: name a firmware contact (was: asap) -> done, Li Zhuo
- Markus: ship the 20 pre-series units -> Jun 15 (unchanged)

Next sync: Tue Jun 16, same time (10:00 CEST / 16:00 Beijing).

Best,
Julia
"""
    attr = "On Wed, Jun 3, 2026 at 2:12 PM Markus Brandt <markus.brandt@kessler-optik.example.de> wrote:"
    quoted = "\n".join((">" + (" " + x if x else "")) for x in KESSLER_6207_TEXT.split("\n")[:-1])
    text = new + "\n" + attr + "\n\n" + quoted + "\n"
    html_new = '<div dir="ltr">' + "".join("<div>%s</div>" % (esc(x) or "<br>") for x in new.split("\n")[:-1]) + "</div>"
    html_q = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
              % esc(attr) + "".join("<div>%s</div>" % (esc(x) or "<br>") for x in KESSLER_6207_TEXT.split("\n")[:-1]) + "</blockquote></div>\n")
    bnd = "000000000000%s" % mid_hex("6238b", 14)
    ent = Multi(['Content-Type: multipart/alternative; boundary="%s"' % bnd], bnd, [
        text_part(text, "UTF-8", "quoted-printable"),
        text_part(html_new + html_q, "UTF-8", "quoted-printable", "html"),
    ])
    m6207 = "<%s-%s-%s-%s-%s@kessler-optik.example.de>" % (
        mid_hex("6207m", 8).upper(), mid_hex("6207n", 4).upper(), mid_hex("6207o", 4).upper(), mid_hex("6207p", 4).upper(), mid_hex("6207q", 12).upper())
    hdrs = ["MIME-Version: 1.0",
            "References: " + m6207,
            "In-Reply-To: " + m6207,
            "From: Julia Weber <%s>" % email_of("Julia Weber"),
            "Date: " + mail_date(d),
            "X-Gm-Features: AQt7F2" + mid_hex("6238g", 30),
            "Message-ID: <CAHx%s=%s@mail.gmail.com>" % (base64.b64encode(bytes.fromhex(mid_hex("6238m", 24))).decode().replace("/", "_").replace("+", "-"), mid_hex("6238n", 6)),
            "Subject: Re: Minutes: KO-G3 gimbal integration call, 3 June",
            addr_header("To", ["Maggie Mai <%s>" % email_of("麦思琪"), "Jiahao Chen <%s>" % email_of("陈嘉豪")]),
            addr_header("Cc", ["Markus Brandt <%s>" % email_of("Markus Brandt"), addr(bot[0], bot[1])])]
    raw = build(top("julia.weber@" + KO, bot[1], [
        rx_yq("mail-sor-f41.google.com", "209.85.220.41", "6238", d),
        "by mail-sor-f41.google.com with SMTPS id 5b1f17b1804b1-4a0e5c2f9d1so2218745e9.2\n        for <%s>; Tue, 09 Jun 2026 02:05:01 -0700 (PDT)" % bot[1]],
        hdrs), ent)
    items = [
        It("Julia Weber", "re-run the EMC pre-scan with the ferrite fix", ("abs", "2026-06-12")),
        It("麦思琪", "book the EMC chamber at the Huizhou lab for the week of Jun 22", ("tomorrow",)),
        It("Markus Brandt", "ship the 20 pre-series units", ("abs", "2026-06-15")),
    ]
    notes = ("Gmail (Google Workspace) reply-all from the partner with new minutes of the 06-09 sync on top of 6207's thread; UTF-8 QP. "
             "Date Tue 2026-06-09 11:05 +0200 = 17:05 Shanghai (same date). Only the new part counts; the quoted 6207 minutes under 'On Wed, Jun 3, "
             "2026 at 2:12 PM … wrote:' are not extracted again. Open items 'Name: task -> due': Julia 2026-06-12; Maggie (= 麦思琪) 'by tomorrow' -> "
             "2026-06-10; Jiahao's line is marked done -> not an item; Markus 'Jun 15 (unchanged)' -> 2026-06-15 (now an open item with an owner). "
             "Status bullets are facts. 'Next sync: Tue Jun 16, same time (10:00 CEST / 16:00 Beijing)' -> 2026-06-16 16:00.")
    return dict(raw=raw, items=items, next=("tz", "2026-06-16 10:00", "Europe/Berlin"), notes=notes)


# ==============================================================================================
# build / check
# ==============================================================================================
def sent_of(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    return msg["Date"].datetime.astimezone(SH)


def gold_of(kind, r, sent):
    nf = None
    if r.get("next"):
        d, tm = resolve(r["next"], sent)
        nf = {"date": d.isoformat(), "time": tm}
    return {"kind": kind, "items": [i.gold(sent) for i in r.get("items", [])], "next_followup": nf,
            "reply": None, "notes": r["notes"]}


def roster_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "email", "department", "manager_email", "aliases"])
    for row in ROSTER:
        w.writerow(row)
    return buf.getvalue().encode("utf-8")


def build_all():
    files = {}
    for num, slug, kind, fn in sorted(CASES):
        r = fn()
        raw = r["raw"]
        sent = sent_of(raw)
        gold = gold_of(kind, r, sent)
        base = "%d-%s" % (num, slug)
        files[base + ".eml"] = raw
        files[base + ".json"] = (json.dumps(gold, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    files["roster.csv"] = roster_csv()
    return files


def strict_text(part):
    """Decode a text part strictly. A gb2312 label is read with the GBK decoder (as mail clients and the
    WHATWG Encoding Standard do); every other label with its own codec."""
    data = part.get_payload(decode=True)
    cs = (part.get_content_charset() or "us-ascii").lower()
    cs = {"gb2312": "gbk", "x-gbk": "gbk"}.get(cs, cs)
    return data.decode(cs)


def all_text(msg):
    """Decoded text of every text part plus the text of docx/pdf attachments."""
    out = []
    for p in msg.walk():
        if p.is_multipart():
            continue
        ct = p.get_content_type()
        if ct.startswith("text/"):
            t = strict_text(p)
            if ct == "text/html":
                t = re.sub(r"(?is)<(style|head)\b.*?</\1>", "", t)
                t = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|li|h\d)>", "\n", t)
                t = html.unescape(re.sub(r"<[^>]+>", "", t))
            out.append(t)
        elif ct.endswith("wordprocessingml.document"):
            import docx
            doc = docx.Document(io.BytesIO(p.get_payload(decode=True)))
            out.append("\n".join(par.text for par in doc.paragraphs))
            for tb in doc.tables:
                for row in tb.rows:
                    out.append("\t".join(c.text for c in row.cells))
        elif ct == "application/pdf":
            import pypdf
            rd = pypdf.PdfReader(io.BytesIO(p.get_payload(decode=True)))
            out.append("\n".join(pg.extract_text() for pg in rd.pages))
    return "\n".join(out)


WD_ZH = "一二三四五六日"
EN_WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
EN_MO = {m: i + 1 for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split())}


def check_weekday_mentions(text, where):
    """Every 'M月D日（周X/星期X）', 'M/D（X）', 'Tue 14 Apr', 'Tue Jun 9', 'Friday 10 July' in the decoded text
    must agree with the 2026 calendar (so no gold date rests on a wrong weekday)."""
    errs = []
    for m in re.finditer(r"(\d{1,2})月(\d{1,2})日\s*[（(](?:周|星期|週|星期)?([一二三四五六日天])[）)]", text):
        mo, da, w = int(m.group(1)), int(m.group(2)), m.group(3).replace("天", "日")
        if dt.date(2026, mo, da).weekday() != WD_ZH.index(w):
            errs.append("%s: weekday mismatch %s" % (where, m.group(0)))
    for m in re.finditer(r"(\d{1,2})/(\d{1,2})\s*[（(](?:周|週)?([一二三四五六日])[）)]", text):
        mo, da, w = int(m.group(1)), int(m.group(2)), m.group(3)
        if dt.date(2026, mo, da).weekday() != WD_ZH.index(w):
            errs.append("%s: weekday mismatch %s" % (where, m.group(0)))
    wd = r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?"
    mo = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    for m in re.finditer(wd + r" (\d{1,2}) " + mo, text):
        if dt.date(2026, EN_MO[m.group(3).lower()], int(m.group(2))).weekday() != EN_WD[m.group(1).lower()]:
            errs.append("%s: weekday mismatch %s" % (where, m.group(0)))
    for m in re.finditer(wd + r" " + mo + r" (\d{1,2})\b", text):
        if dt.date(2026, EN_MO[m.group(2).lower()], int(m.group(3))).weekday() != EN_WD[m.group(1).lower()]:
            errs.append("%s: weekday mismatch %s" % (where, m.group(0)))
    return errs


def norm(s):
    return re.sub(r"\s+", "", s)


def check(folder):
    errs, warns = [], []
    fresh = build_all()
    on_disk = sorted(f for f in os.listdir(folder) if f.endswith((".eml", ".json")) or f == "roster.csv")
    if sorted(fresh) != on_disk:
        errs.append("file list differs from a fresh build: %s" % sorted(set(fresh) ^ set(on_disk)))
    for name, data in sorted(fresh.items()):
        p = os.path.join(folder, name)
        if os.path.exists(p) and open(p, "rb").read() != data:
            errs.append("%s differs from a fresh build (generator not deterministic or file edited)" % name)
    roster_emails = {r[1]: r for r in ROSTER}
    byslug = {"%d-%s" % (n, s): (n, s, k, fn) for n, s, k, fn in CASES}
    counts = {}
    for base in sorted(byslug):
        num, slug, kind, fn = byslug[base]
        raw = open(os.path.join(folder, base + ".eml"), "rb").read()
        gold = json.load(open(os.path.join(folder, base + ".json"), encoding="utf-8"))
        counts[gold["kind"]] = counts.get(gold["kind"], 0) + 1
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            if part.defects:
                errs.append("%s: MIME defects %s in %s" % (base, part.defects, part.get_content_type()))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    errs.append("%s: header %s defects %s" % (base, k, v.defects))
            if part.get_content_maintype() == "text" and not part.is_multipart():
                try:
                    strict_text(part)
                    part.get_content()
                except Exception as e:  # noqa
                    errs.append("%s: text part %s does not decode: %s" % (base, part.get_content_type(), e))
        for hname in ("From", "Subject", "Date", "Message-ID"):
            if msg[hname] is None:
                errs.append("%s: missing %s" % (base, hname))
        if not raw.startswith(b"Return-Path: ") or b"\nDelivered-To: " not in raw[:400].replace(b"\r", b"") or b"\nReceived: " not in raw[:600].replace(b"\r", b""):
            errs.append("%s: Return-Path/Delivered-To/Received missing at the top" % base)
        sent = msg["Date"].datetime.astimezone(SH)
        if sent.year != 2026 or not (4 <= sent.month <= 7):
            errs.append("%s: sent outside Apr-Jul 2026" % base)
        r = fn()
        if set(gold) != {"kind", "items", "next_followup", "reply", "notes"}:
            errs.append("%s: gold keys %s" % (base, sorted(gold)))
        if gold["kind"] != kind:
            errs.append("%s: kind" % base)
        if gold["reply"] is not None:
            errs.append("%s: reply must be null" % base)
        if kind != "minutes" and (gold["items"] or gold["next_followup"]):
            errs.append("%s: non-minutes with items/next_followup" % base)
        if len(gold["items"]) != len(r.get("items", [])):
            errs.append("%s: item count" % base)
        for i, (g, it) in enumerate(zip(gold["items"], r.get("items", []))):
            d, tm = resolve(it.rule, sent)
            if g["due_date"] != (d.isoformat() if d else None) or g["due_time"] != tm:
                errs.append("%s item %d: due %s %s != recomputed %s %s" % (base, i + 1, g["due_date"], g["due_time"], d, tm))
            if set(g) != {"owner_name", "owner_email", "department", "task", "due_date", "due_time", "flags"}:
                errs.append("%s item %d: keys" % (base, i + 1))
            if not set(g["flags"]) <= {"no_owner", "vague_due", "no_due"}:
                errs.append("%s item %d: flags" % (base, i + 1))
            if ("no_owner" in g["flags"]) != (g["owner_name"] is None):
                errs.append("%s item %d: no_owner flag inconsistent" % (base, i + 1))
            if (("vague_due" in g["flags"]) or ("no_due" in g["flags"])) != (g["due_date"] is None):
                errs.append("%s item %d: due flags inconsistent" % (base, i + 1))
            if g["due_time"] and not re.fullmatch(r"\d\d:\d\d", g["due_time"]):
                errs.append("%s item %d: due_time format" % (base, i + 1))
            if g["owner_email"] in roster_emails:
                rr = roster_emails[g["owner_email"]]
                if rr[0] != g["owner_name"] or (rr[2] or None) != g["department"]:
                    errs.append("%s item %d: owner/department disagree with roster" % (base, i + 1))
            elif g["owner_email"]:
                hdrs = " ".join(str(msg[h] or "") for h in ("From", "To", "Cc"))
                if g["owner_email"] not in hdrs:
                    errs.append("%s item %d: owner_email %s not in From/To/Cc" % (base, i + 1, g["owner_email"]))
            if g["owner_name"] is None and g["department"] is not None:
                if g["department"] not in {r[2] for r in ROSTER}:
                    errs.append("%s item %d: department %s is not one of the organisations'" % (base, i + 1, g["department"]))
            if g["due_date"]:
                dd = dt.date.fromisoformat(g["due_date"])
                if dd.year != 2026:
                    errs.append("%s item %d: date outside 2026" % (base, i + 1))
                if dd < sent.date():
                    warns.append("%s item %d: due %s is before the send date" % (base, i + 1, dd))
                if not chinese_calendar.is_workday(dd):
                    warns.append("%s item %d: due %s is not a working day (%s)" % (
                        base, i + 1, dd, chinese_calendar.get_holiday_detail(dd)[1] or dd.strftime("%a")))
        if r.get("next"):
            d, tm = resolve(r["next"], sent)
            if gold["next_followup"] != {"date": d.isoformat(), "time": tm}:
                errs.append("%s: next_followup %s != recomputed %s %s" % (base, gold["next_followup"], d, tm))
        elif gold["next_followup"] is not None:
            errs.append("%s: next_followup should be null" % base)
        text = all_text(msg)
        errs += check_weekday_mentions(text, base)
        for i, g in enumerate(gold["items"]):
            if norm(g["task"]) not in norm(text):
                warns.append("%s item %d: task text not verbatim in the message: %s" % (base, i + 1, g["task"]))
    print("cases:", len(byslug), "by kind:", dict(sorted(counts.items())))
    for w in warns:
        print("note:", w)
    for e in errs:
        print("ERROR:", e)
    print("check %s" % ("FAILED" if errs else "passed"))
    return 1 if errs else 0


def main():
    if "--check" in sys.argv:
        sys.exit(check(HERE))
    out = next((a for a in sys.argv[1:] if not a.startswith("--")), HERE)   # (added when the set joined the tests:
    os.makedirs(out, exist_ok=True)                                          # write to OUTDIR, then check)
    files = build_all()
    for name, data in files.items():
        with open(os.path.join(out, name), "wb") as f:
            f.write(data)
    print("wrote %d files to %s" % (len(files), out))
    sys.exit(check(out))


if __name__ == "__main__":
    main()

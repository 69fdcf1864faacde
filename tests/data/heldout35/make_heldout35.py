#!/usr/bin/env python3
"""Generator for the blind held-out set "heldout35" (cases 6301-6338) for minutebot.

    python3 make_heldout35.py            # (re)write every .eml/.json, roster.csv and the README case table
    python3 make_heldout35.py --check    # re-parse every .eml with email.policy.default (no defects, every text part
                                         # decodes with its declared charset) and recompute every gold date from the
                                         # message's own Date header in Asia/Shanghai with chinesecalendar

Deterministic: no clock, no randomness. Message-IDs, boundaries and server ids are derived from the case number
with sha1. The .docx is rewritten with fixed zip timestamps; the PDF is built with reportlab invariant=1.
Needs: chinesecalendar (check), python-docx and reportlab (generation). Run it with /work/blind/venv/bin/python.
"""
import base64
import csv
import datetime as dt
import email
import email.policy
import hashlib
import io
import json
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
SH = dt.timezone(dt.timedelta(hours=8))

# ----------------------------------------------------------------------------------------------------------------
# deterministic ids
# ----------------------------------------------------------------------------------------------------------------

def hx(seed, n=16):
    return hashlib.sha1(seed.encode('utf-8')).hexdigest()[:n]


def HX(seed, n=16):
    return hx(seed, n).upper()


def b64id(seed, n=22):
    return base64.b64encode(hashlib.sha1(seed.encode()).digest() + hashlib.md5(seed.encode()).digest()).decode()[:n]


# ----------------------------------------------------------------------------------------------------------------
# MIME building blocks (hand-rolled so that charset labels, transfer encodings and header folding look like the
# real clients; every result is re-parsed by --check)
# ----------------------------------------------------------------------------------------------------------------

def qp_encode(data):
    """Quoted-printable (RFC 2045) of bytes whose line ends are LF; output lines <= 76 chars, LF line ends."""
    out_lines = []
    for raw in data.split(b'\n'):
        toks = []
        for i, c in enumerate(raw):
            ch = bytes([c])
            last = i == len(raw) - 1
            if c in (9, 32):
                toks.append('=%02X' % c if last else ch.decode('ascii'))
            elif 33 <= c <= 126 and c != 61:
                toks.append(ch.decode('ascii'))
            else:
                toks.append('=%02X' % c)
        line = ''
        for t in toks:
            if len(line) + len(t) > 75:
                out_lines.append(line + '=')
                line = ''
            line += t
        out_lines.append(line)
    return '\n'.join(out_lines)


def b64_body(data):
    return base64.encodebytes(data).decode('ascii')


def ew(s, charset='utf-8', mode='B', maxraw=None):
    """RFC 2047 encoded words for s (list of words, never splitting a character)."""
    if maxraw is None:
        maxraw = 45 if mode == 'B' else 20
    words, cur = [], ''
    for ch in s:
        if cur and len((cur + ch).encode(charset)) > maxraw:
            words.append(cur)
            cur = ''
        cur += ch
    if cur:
        words.append(cur)
    res = []
    for w in words:
        b = w.encode(charset)
        if mode == 'B':
            res.append('=?%s?B?%s?=' % (charset, base64.b64encode(b).decode()))
        else:
            q = ''
            for c in b:
                if c == 32:
                    q += '_'
                elif (48 <= c <= 57) or (65 <= c <= 90) or (97 <= c <= 122) or c in b'!*+-/':
                    q += chr(c)
                else:
                    q += '=%02X' % c
            res.append('=?%s?Q?%s?=' % (charset, q))
    return res


def subj(s, charset='utf-8', mode='B', maxraw=None):
    if all(ord(c) < 128 for c in s):
        return s
    return '\n '.join(ew(s, charset, mode, maxraw))


def addr(name, mail, charset='utf-8', mode='B', quote_ascii=False):
    if not name:
        return '<%s>' % mail if quote_ascii else mail
    if all(ord(c) < 128 for c in name):
        if quote_ascii or any(c in name for c in ',.()'):
            return '"%s" <%s>' % (name, mail)
        return '%s <%s>' % (name, mail)
    return '%s <%s>' % (' '.join(ew(name, charset, mode)), mail)


def addrs(pairs, charset='utf-8', mode='B', sep=',\n ', quote_ascii=False):
    return sep.join(addr(n, m, charset, mode, quote_ascii) for n, m in pairs)


class Ent:
    """A MIME entity: header list + body bytes (LF line ends)."""

    def __init__(self, headers, body):
        self.headers = headers
        self.body = body

    def bytes(self):
        h = ''.join('%s: %s\n' % (k, v) for k, v in self.headers)
        return h.encode('ascii') + b'\n' + self.body


def leaf(ctype, content, charset=None, cte='base64', params='', disp=None, extra=None, crlf_inside=False,
         ctype_fmt='{ctype}; charset="{charset}"'):
    """content: str (encoded with charset) or bytes (binary attachment)."""
    if isinstance(content, str):
        text = content.replace('\r\n', '\n')
        if crlf_inside:
            text = text.replace('\n', '\r\n')
        data = text.encode(charset)
    else:
        data = content
    if cte == 'base64':
        body = b64_body(data).encode('ascii')
    elif cte == 'quoted-printable':
        body = (qp_encode(data) + ('\n' if not data.endswith(b'\n') else '')).encode('ascii')
    elif cte in ('8bit', '7bit'):
        body = data.replace(b'\r\n', b'\n')
        if not body.endswith(b'\n'):
            body += b'\n'
    else:
        raise ValueError(cte)
    if charset:
        ct = ctype_fmt.format(ctype=ctype, charset=charset) + params
    else:
        ct = ctype + params
    headers = [('Content-Type', ct), ('Content-Transfer-Encoding', cte)]
    if disp:
        headers.append(('Content-Disposition', disp))
    if extra:
        headers.extend(extra)
    return Ent(headers, body)


def multi(subtype, parts, boundary, preamble=None, params='', quote_boundary=True, extra=None):
    b = '"%s"' % boundary if quote_boundary else boundary
    headers = [('Content-Type', 'multipart/%s;\n\tboundary=%s%s' % (subtype, b, params))]
    if extra:
        headers.extend(extra)
    out = b''
    if preamble:
        out += preamble.encode('ascii') + b'\n'
    for p in parts:
        out += b'\n--' + boundary.encode() + b'\n' + p.bytes()
    out += b'\n--' + boundary.encode() + b'--\n'
    if out.startswith(b'\n'):
        out = out[1:]
    return Ent(headers, out)


def message(top_headers, ent, crlf=False, mime_version_pos='before'):
    """top_headers: list of (k, v); the special key '@ENT' marks where the entity headers go."""
    lines = []
    placed = False
    for k, v in top_headers:
        if k == '@ENT':
            lines.extend(ent.headers)
            placed = True
        else:
            lines.append((k, v))
    if not placed:
        lines.extend(ent.headers)
    h = ''.join('%s: %s\n' % (k, v) for k, v in lines)
    raw = h.encode('ascii') + b'\n' + ent.body
    if crlf:
        raw = raw.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return raw


def html_escape(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


def lines_html(text, tag='div', empty='<br>', style=''):
    st = ' style="%s"' % style if style else ''
    out = []
    for ln in text.split('\n'):
        if ln.strip() == '':
            out.append('<%s%s>%s</%s>' % (tag, st, empty, tag))
        else:
            out.append('<%s%s>%s</%s>' % (tag, st, html_escape(ln).replace('  ', '&nbsp; '), tag))
    return '\n'.join(out)


def outlook_html(inner_html, charset, lang='ZH-CN', font='等线'):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:%s;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n'
            '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\ttext-align:justify;\n'
            '\ttext-justify:inter-ideograph;\n\tfont-size:10.5pt;\n\tfont-family:%s;}\n'
            'p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph\n\t{margin:0cm;\n\ttext-indent:21.0pt;\n'
            '\tfont-size:10.5pt;\n\tfont-family:%s;}\nspan.EmailStyle17\n\t{mso-style-type:personal-compose;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;}\n/* Page Definitions */\n@page WordSection1\n'
            '\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 90.0pt 72.0pt 90.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n'
            '--></style><!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]-->'
            '<!--[if gte mso 9]><xml>\n<o:shapelayout v:ext="edit">\n<o:idmap v:ext="edit" data="1" />\n'
            '</o:shapelayout></xml><![endif]-->\n</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" '
            'style="word-wrap:break-word;text-justify-trim:punctuation">\n<div class="WordSection1">\n%s\n</div>\n'
            '</body>\n</html>\n') % (charset, font, font, font, lang, inner_html)


def mso_paras(text):
    out = []
    for ln in text.split('\n'):
        if ln.strip() == '':
            out.append('<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>')
        else:
            out.append('<p class="MsoNormal">%s<span lang="EN-US"><o:p></o:p></span></p>' % html_escape(ln))
    return '\n'.join(out)


def table_html(rows, attrs='border="1" cellspacing="0" cellpadding="4"', head=True, cell_style=''):
    out = ['<table %s>' % attrs]
    for i, r in enumerate(rows):
        out.append('<tr>')
        for c in r:
            if isinstance(c, tuple):
                txt, extra = c
            else:
                txt, extra = c, ''
            tag = 'th' if (head and i == 0) else 'td'
            st = ' style="%s"' % cell_style if cell_style else ''
            out.append('<%s%s%s>%s</%s>' % (tag, extra, st, html_escape(txt).replace('\n', '<br>'), tag))
        out.append('</tr>')
    out.append('</table>')
    return '\n'.join(out)


def fix_zip(data, when=(2026, 1, 1, 0, 0, 0)):
    """Rewrite a zip (docx) with fixed timestamps and order so its bytes do not depend on the clock."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_docx(title, blocks, when):
    """blocks: list of ('h', text) | ('p', text) | ('t', rows). Returns deterministic .docx bytes."""
    import docx
    from docx.shared import Pt
    from docx.oxml.ns import qn
    d = docx.Document()
    st = d.styles['Normal']
    st.font.name = 'SimSun'
    st.element.rPr.rFonts.set(qn('w:eastAsia'), '宋体')
    st.font.size = Pt(10.5)
    d.add_heading(title, level=1)
    for kind, val in blocks:
        if kind == 'h':
            d.add_heading(val, level=2)
        elif kind == 'p':
            d.add_paragraph(val)
        elif kind == 't':
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = 'Table Grid'
            for i, r in enumerate(val):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
    cp = d.core_properties
    stamp = dt.datetime(*when)
    cp.created = stamp
    cp.modified = stamp
    cp.last_printed = stamp
    cp.revision = 1
    cp.author = ''
    cp.last_modified_by = ''
    cp.title = title
    b = io.BytesIO()
    d.save(b)
    return fix_zip(b.getvalue(), when)


def make_pdf(title, lines):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.lib.pagesizes import A4
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    b = io.BytesIO()
    c = canvas.Canvas(b, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor('')
    c.setFont('STSong-Light', 16)
    y = 800
    c.drawCentredString(297, y, title)
    y -= 34
    for ln in lines:
        size = 11
        if ln.startswith('#'):
            ln = ln[1:]
            size = 12.5
            y -= 6
        c.setFont('STSong-Light', size)
        if ln:
            c.drawString(60, y, ln)
        y -= 19
    c.showPage()
    c.save()
    return b.getvalue()


# ----------------------------------------------------------------------------------------------------------------
# organisations, bot mailboxes and roster
# ----------------------------------------------------------------------------------------------------------------

A_DOM = 'shahe-grain.example.cn'      # 周口沙河粮食储备集团有限公司 (grain-reserve SOE, Zhoukou)
B_DOM = 'dailian-gf.example.cn'       # 泰安岱联玻纤股份有限公司 (glass-fibre maker, Tai'an)
C_DOM = 'juzhouxs.example.com'        # 湖南橘洲鲜送网络科技有限公司 (fresh-food delivery app, Changsha)
D_DOM = 'hvidsten.example.com'        # Hvidsten Pumps (Yangzhou) Co., Ltd. 海维斯泵业（扬州）有限公司 (Danish-owned)

BOT = {
    'A': ('纪要助手', 'minutes@' + A_DOM),
    'B': ('会议纪要助手', 'minutes@' + B_DOM),
    'C': ('纪要机器人', 'minutes@' + C_DOM),
    'D': ('Minutes Bot', 'minutes@' + D_DOM),
}

# name, email, department, manager_email, aliases
ROSTER = [
    # --- A: 沙河粮储 ---
    ('孟庆国', 'mengqingguo@' + A_DOM, '集团领导', '', '孟总;Meng Qingguo'),
    ('冯立新', 'fenglixin@' + A_DOM, '集团领导', 'mengqingguo@' + A_DOM, '冯总;Feng Lixin'),
    ('岳红梅', 'yuehongmei@' + A_DOM, '办公室', '', '岳主任;Yue Hongmei'),
    ('付晓阳', 'fuxiaoyang@' + A_DOM, '办公室', 'yuehongmei@' + A_DOM, '小付;Fu Xiaoyang'),
    ('晁建军', 'chaojianjun@' + A_DOM, '仓储管理部', '', '晁部长;Chao Jianjun'),
    ('韦志远', 'weizhiyuan@' + A_DOM, '仓储管理部', 'chaojianjun@' + A_DOM, '韦主管;Wei Zhiyuan'),
    ('乔玉兰', 'qiaoyulan@' + A_DOM, '质量安全部', '', '乔部长;Qiao Yulan'),
    ('殷志刚', 'yinzhigang@' + A_DOM, '质量安全部', 'qiaoyulan@' + A_DOM, '殷工;Yin Zhigang'),
    ('穆春生', 'muchunsheng@' + A_DOM, '购销业务部', '', '穆部长;Mu Chunsheng'),
    ('邵梦婷', 'shaomengting@' + A_DOM, '购销业务部', 'muchunsheng@' + A_DOM, '小邵;Shao Mengting'),
    ('闫振华', 'yanzhenhua@' + A_DOM, '财务审计部', '', '闫部长;Yan Zhenhua'),
    ('靳文博', 'jinwenbo@' + A_DOM, '信息中心', 'fenglixin@' + A_DOM, '靳工;Jin Wenbo'),
    ('窦国强', 'douguoqiang@' + A_DOM, '安全生产部', '', '窦部长;Dou Guoqiang'),
    ('魏长河', 'weichanghe@' + A_DOM, '淮阳直属库', '', '魏主任;Wei Changhe'),
    ('常红伟', 'changhongwei@' + A_DOM, '项城直属库', '', '常主任;Chang Hongwei'),
    # --- B: 岱联玻纤 ---
    ('房振东', 'fangzhendong@' + B_DOM, '总经办', '', '房总;Fang Zhendong'),
    ('亓鹏', 'qipeng@' + B_DOM, '生产部', '', '亓部长;Qi Peng'),
    ('公衍亮', 'gongyanliang@' + B_DOM, '生产部', 'qipeng@' + B_DOM, '公主任;Gong Yanliang'),
    ('伊兆磊', 'yizhaolei@' + B_DOM, '生产部', 'qipeng@' + B_DOM, '伊班长;Yi Zhaolei'),
    ('孔祥瑞', 'kongxiangrui@' + B_DOM, '技术中心', '', '孔主任;孔总工;Kong Xiangrui;Mr. Kong'),
    ('牛晓琳', 'niuxiaolin@' + B_DOM, '技术中心', 'kongxiangrui@' + B_DOM, '牛工;Niu Xiaolin'),
    ('郝建', 'haojian@' + B_DOM, '质量部', '', '郝部长;Hao Jian'),
    ('宁雪', 'ningxue@' + B_DOM, '质量部', 'haojian@' + B_DOM, '小宁;Ning Xue'),
    ('尹承志', 'yinchengzhi@' + B_DOM, '设备动力部', '', '尹部长;Yin Chengzhi'),
    ('刁敏', 'diaomin@' + B_DOM, '采购部', '', '刁经理;Diao Min'),
    ('鹿永强', 'luyongqiang@' + B_DOM, '销售部', '', '鹿经理;Lu Yongqiang'),
    ('褚秀梅', 'chuxiumei@' + B_DOM, '财务部', '', '褚部长;Chu Xiumei'),
    ('宫立伟', 'gongliwei@' + B_DOM, '外贸部', '', '宫经理;Victor Gong;Victor'),
    ('段欣然', 'duanxinran@' + B_DOM, '外贸部', 'gongliwei@' + B_DOM, 'Cindy Duan;Cindy;欣然'),
    ('訾家兴', 'zijiaxing@' + B_DOM, '安环部', '', '訾部长;Zi Jiaxing'),
    # --- C: 橘洲鲜送 ---
    ('龙婧', 'longjing@' + C_DOM, '产品部', '', '龙总;Jing Long'),
    ('彭博', 'pengbo@' + C_DOM, '产品部', 'longjing@' + C_DOM, 'Bob Peng;Bob'),
    ('曾凡宇', 'zengfanyu@' + C_DOM, '研发部', '', '曾总;凡宇;Zeng Fanyu'),
    ('欧阳琪', 'ouyangqi@' + C_DOM, '研发部', 'zengfanyu@' + C_DOM, '欧阳;琪琪;Ouyang Qi'),
    ('贺子航', 'hezihang@' + C_DOM, '研发部', 'zengfanyu@' + C_DOM, 'Hank He;Hank;子航'),
    ('向婷', 'xiangting@' + C_DOM, '运营中心', '', '向总;婷姐;Xiang Ting'),
    ('易凯', 'yikai@' + C_DOM, '运营中心', 'xiangting@' + C_DOM, '小易;Yi Kai'),
    ('廖志军', 'liaozhijun@' + C_DOM, '供应链部', '', '廖总;老廖;Liao Zhijun'),
    ('邹敏', 'zoumin@' + C_DOM, '供应链部', 'liaozhijun@' + C_DOM, 'Zou Min'),
    ('钟岚', 'zhonglan@' + C_DOM, '品控部', '', '钟主管;Zhong Lan'),
    ('文昊', 'wenhao@' + C_DOM, '仓储物流部', '', '文经理;Wen Hao'),
    ('聂芳', 'niefang@' + C_DOM, '客服中心', '', '聂经理;Nie Fang'),
    ('田甜', 'tiantian@' + C_DOM, '数据部', '', '甜甜;Tian Tian'),
    ('蒋晓', 'jiangxiao@' + C_DOM, '市场部', '', '蒋总;Jiang Xiao'),
    # --- D: Hvidsten Pumps (Yangzhou) ---
    ('Mads Kjeldsen', 'mads.kjeldsen@' + D_DOM, 'Management', '', 'Mads;MK'),
    ('吴嘉怡', 'grace.wu@' + D_DOM, 'Quality', 'mads.kjeldsen@' + D_DOM, 'Grace Wu;Grace;吴经理'),
    ('陆海峰', 'frank.lu@' + D_DOM, 'Production', 'mads.kjeldsen@' + D_DOM, 'Frank Lu;Frank;陆经理'),
    ('仇国斌', 'eric.qiu@' + D_DOM, 'Production', 'frank.lu@' + D_DOM, 'Eric Qiu;Eric;仇工'),
    ('沈佳', 'jenny.shen@' + D_DOM, 'Supply Chain', 'mads.kjeldsen@' + D_DOM, 'Jenny Shen;Jenny'),
    ('顾晨', 'kevin.gu@' + D_DOM, 'Engineering', 'mads.kjeldsen@' + D_DOM, 'Kevin Gu;Kevin;顾工'),
    ('朱海涛', 'tony.zhu@' + D_DOM, 'Sales', 'mads.kjeldsen@' + D_DOM, 'Tony Zhu;Tony;朱经理'),
    ('卞雪', 'sherry.bian@' + D_DOM, 'Finance', 'mads.kjeldsen@' + D_DOM, 'Sherry Bian;Sherry'),
    ('钱卫东', 'weidong.qian@' + D_DOM, 'EHS', 'mads.kjeldsen@' + D_DOM, '钱老师;Weidong Qian;Qian Weidong'),
    ('丁悦', 'joy.ding@' + D_DOM, 'HR & Admin', 'mads.kjeldsen@' + D_DOM, 'Joy Ding;Joy'),
    # --- outsiders who write (empty department: their items keep department null) ---
    ('焦文杰', 'jiaowenjie@nync.shangshui.example.gov.cn', '', '', '焦科长'),
    ('Emre Yildiz', 'emre.yildiz@anatoliablade.example.com.tr', '', '', 'Emre'),
    ('林冠宇', 'kuanyu.lin@shengyang-ccl.example.com.tw', '', '', 'Kuan-Yu Lin;林課長'),
    ('石磊', 'shilei@xcps.example.cn', '', '', '石经理'),
    ('喻德旺', 'ningxiang_yudw@126.com', '', '', '老喻'),
    ('Sofie Mortensen', 'sofie.mortensen@hvidsten.example.dk', '', '', 'Sofie'),
    ('Jonas Weber', 'jonas.weber@brenner-antriebe.example.de', '', '', 'Jonas'),
    ('葛文斌', 'gewenbin@yzgy-utility.example.cn', '', '', '葛工'),
]
R = {r[0]: r for r in ROSTER}


def P(name):
    """(display name, address) of a roster person."""
    return (name, R[name][1])


# ----------------------------------------------------------------------------------------------------------------
# date rules (used to write the gold and, in --check, to recompute it from the .eml's own Date header)
# ----------------------------------------------------------------------------------------------------------------

def _cc():
    import chinese_calendar
    return chinese_calendar


def _holiday_block(d0, name):
    cc = _cc()
    days = []
    d = d0 - dt.timedelta(days=10)
    while d <= d0 + dt.timedelta(days=90):
        hol, nm = cc.get_holiday_detail(d)
        if hol and nm == name and not cc.is_workday(d):
            days.append(d)
        d += dt.timedelta(days=1)
    groups = []
    for d in days:
        if groups and (d - groups[-1][-1]).days == 1:
            groups[-1].append(d)
        else:
            groups.append([d])
    for g in groups:
        if g[-1] >= d0:
            return g[0], g[-1]
    raise ValueError('no %s block after %s' % (name, d0))


def resolve(rule, sent):
    """rule -> (date or None, 'HH:MM' or None). sent: aware datetime in Asia/Shanghai."""
    cc = _cc()
    d0 = sent.date()
    k = rule[0]
    tm = None
    if k in ('vague', 'none'):
        return None, None
    if k == 'abs':
        d = dt.date.fromisoformat(rule[1])
        tm = rule[2] if len(rule) > 2 else None
    elif k == 'wd':                       # bare weekday / by Friday: this week's if not past, else next week's
        d = d0 + dt.timedelta(days=(rule[1] - d0.weekday()) % 7)
        tm = rule[2] if len(rule) > 2 else None
    elif k == 'thiswk':                   # 本周X
        d = d0 - dt.timedelta(days=d0.weekday()) + dt.timedelta(days=rule[1])
        tm = rule[2] if len(rule) > 2 else None
    elif k == 'nextwk':                   # 下周X / next X
        d = d0 - dt.timedelta(days=d0.weekday()) + dt.timedelta(days=7 + rule[1])
        tm = rule[2] if len(rule) > 2 else None
    elif k == 'workdays':                 # N个工作日内, counted from the day after sending
        d, n = d0, 0
        while n < rule[1]:
            d += dt.timedelta(days=1)
            if cc.is_workday(d):
                n += 1
    elif k == 'hol_workdays':             # 节后N个工作日内: counted from the first working day after the holiday
        _, end = _holiday_block(d0, rule[2])
        d, n = end, 0
        while n < rule[1]:
            d += dt.timedelta(days=1)
            if cc.is_workday(d):
                n += 1
    elif k == 'month_end':
        nxt = (d0.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        d = nxt - dt.timedelta(days=1)
    elif k == 'send':                     # 今天下班前 / EOD
        d = d0
    elif k == 'days':                     # 明天 (1), 两周内 (14)
        d = d0 + dt.timedelta(days=rule[1])
        tm = rule[2] if len(rule) > 2 else None
    elif k == 'after_hol':                # 节后第一个工作日
        _, end = _holiday_block(d0, rule[1])
        d = end + dt.timedelta(days=1)
        while not cc.is_workday(d):
            d += dt.timedelta(days=1)
        tm = rule[2] if len(rule) > 2 else None
    elif k == 'before_hol':               # 端午节前 = last working day before the holiday
        start, _ = _holiday_block(d0, rule[1])
        d = start - dt.timedelta(days=1)
        while not cc.is_workday(d):
            d -= dt.timedelta(days=1)
    elif k == 'tz':                       # a wall time in another zone -> Asia/Shanghai
        naive = dt.datetime.strptime(rule[1], '%Y-%m-%d %H:%M')
        aware = naive.replace(tzinfo=dt.timezone(dt.timedelta(minutes=rule[2]))).astimezone(SH)
        d, tm = aware.date(), aware.strftime('%H:%M')
    else:
        raise ValueError(rule)
    return d, tm


def sent_sh(date_header):
    return email.utils.parsedate_to_datetime(date_header).astimezone(SH)


class I:
    """A gold item. owner: roster name, free name, or None (unit only). due: a rule tuple; exp: the hand-worked date."""

    def __init__(self, owner, task, due, exp=None, dept=None, email_=False):
        self.owner, self.task, self.due, self.exp, self.dept, self.email_ = owner, task, due, exp, dept, email_

    def gold(self):
        if self.owner is None:
            name, mail, dept = None, None, self.dept
        elif self.owner in R:
            name, mail, dept = self.owner, R[self.owner][1], (R[self.owner][2] or None)
        else:
            name, mail, dept = self.owner, self.email_ or None, None
        flags = []
        if self.owner is None:
            flags.append('no_owner')
        if self.due[0] == 'vague':
            flags.append('vague_due')
        if self.due[0] == 'none':
            flags.append('no_due')
        date, tm = (None, None)
        if self.due[0] not in ('vague', 'none'):
            date, tm = self.exp
        return {'owner_name': name, 'owner_email': mail, 'department': dept, 'task': self.task,
                'due_date': date, 'due_time': tm, 'flags': flags}


def x(date, time=None):
    return (date, time)


# ----------------------------------------------------------------------------------------------------------------
# case registry
# ----------------------------------------------------------------------------------------------------------------

CASES = []


class Case:
    def __init__(self, n, slug, org, kind, date, what, items, nxt, notes, builder):
        self.n, self.slug, self.org, self.kind, self.date = n, slug, org, kind, date
        self.what, self.items, self.nxt, self.notes, self.builder = what, items, nxt, notes, builder

    @property
    def name(self):
        return '%d-%s' % (self.n, self.slug)

    def sid(self, k='', n=16):
        return hx('%d/%s' % (self.n, k), n)

    def SID(self, k='', n=16):
        return HX('%d/%s' % (self.n, k), n)

    def gold(self):
        g = {'kind': self.kind, 'items': [i.gold() for i in self.items]}
        if self.nxt:
            d, t = self.nxt[1]
            g['next_followup'] = {'date': d, 'time': t}
        else:
            g['next_followup'] = None
        g['reply'] = None
        g['notes'] = self.notes
        return g


def case(n, slug, org, kind, date, what, items=(), nxt=None, notes=''):
    def deco(fn):
        CASES.append(Case(n, slug, org, kind, date, what, list(items), nxt, notes, fn))
        return fn
    return deco


def later(date_header, seconds, fmt='cst'):
    t = email.utils.parsedate_to_datetime(date_header) + dt.timedelta(seconds=seconds)
    t = t.astimezone(SH)
    s = t.strftime('%a, %d %b %Y %H:%M:%S +0800')
    return s + (' (CST)' if fmt == 'cst' else ' (GMT+08:00)' if fmt == 'gmt' else '')


def delivery(c, return_path, received):
    """Headers the receiving server adds on top."""
    bot = BOT[c.org][1]
    h = [('Return-Path', '<%s>' % return_path), ('Delivered-To', bot)]
    for r in received:
        h.append(('Received', r))
    return h


def outlook_mid(c, dom):
    s = c.sid('mid', 24)
    return '<%s$%s$%s$@%s>' % ('0000' + s[:8], s[8:16], s[16:24], dom)


def outlook_boundary(c, k='0001'):
    s = c.SID('bd', 16)
    return '----=_NextPart_000_%s_%s.%s' % (k, '01DC' + s[:4], s[4:12])


def thread_index(c):
    return base64.b64encode(bytes.fromhex(c.sid('ti', 44))).decode()


def rcv_coremail_smtp(c, host, ip, plus=2):
    return ('from %s (unknown [%s])\n\tby mail.%s (Coremail) with SMTP id AQAAf%s;\n\t%s'
            % (host, ip, A_DOM, c.sid('cm', 14) + 'A--.' + c.sid('cm2', 5), later(c.date, plus)))


def coremail_trans(c):
    return [('X-CM-TRANSID', 'AQAAf%s' % (c.sid('cm', 14) + 'A--.' + c.sid('cm2', 5))),
            ('X-Coremail-Antispam', '1UD129KBjvJXoW7%s' % c.sid('as', 26)),
            ('X-CM-SenderInfo', c.sid('si', 20) + 'qvhfvw1nhfhuwqvnxl'), ]


# ================================================================================================================
# A: 周口沙河粮食储备集团有限公司 (沙河粮储), Coremail server mail.shahe-grain.example.cn
# ================================================================================================================

@case(6301, 'soe-office-meeting-unit-brackets-outlook-gb2312', 'A', 'minutes', 'Thu, 2 Apr 2026 16:48:21 +0800',
      what="Outlook zh-CN gb2312 base64 (CRLF) SOE 总经理办公会纪要: （一）（二） with 责任单位/配合单位/完成时限 labels, "
           "'仓储管理部（韦志远）' = person in brackets owns, unit-only rows, 一是…二是… inside （四）, a rule paragraph, "
           "节后第一个工作日 before Qingming, '下次办公会时间另行通知'",
      items=[
          I('韦志远', '全面开展春季粮情普查，形成书面检查报告报集团', ('abs', '2026-04-10'), x('2026-04-10')),
          I(None, '完成2025年度轮换出库货款清算和账务核对', ('month_end',), x('2026-04-30'), dept='财务审计部'),
          I('靳文博', '完成淮阳直属库测温系统接入测试', ('abs', '2026-04-17'), x('2026-04-17')),
          I(None, '报送测温设备清单及点位图', ('after_hol', 'Tomb-sweeping Day'), x('2026-04-07'), dept='淮阳直属库'),
      ],
      nxt=None,
      notes="Formal SOE minutes sent Thu 2026-04-02 16:48 +0800, the last working day before Qingming (04-04..04-06). "
            "（一）'责任单位：仓储管理部（韦志远）' -> the person in brackets owns it; '4月10日前' -> 2026-04-10. "
            "（二）'责任单位：财务审计部 / 配合单位：购销业务部' names no person -> owner null, no_owner, department 财务审计部 "
            "(配合单位 is never an owner); '4月底前' -> month end 2026-04-30. （三）is a standing rule (值班制度), not an item. "
            "（四）holds two items in 一是…二是…: 信息中心（靳文博）4月17日前 -> 2026-04-17; 淮阳直属库 (a unit of ours, no person) "
            "-> no_owner, department 淮阳直属库, '节后第一个工作日' = first working day after Qingming = Tue 2026-04-07. "
            "Part 一 is a report/decision (会议认为). '下次办公会时间另行通知' -> next_followup null. The meeting date "
            "'4月2日上午' and the phone number are not deadlines.")
def c6301(c):
    text = """各位领导、各部门、各直属库：

现将4月2日总经理办公会会议纪要印发给你们，请认真抓好落实。

沙河粮储总经理办公会会议纪要
（2026年第7期）

2026年4月2日上午，集团总经理孟庆国主持召开2026年第7期总经理办公会。集团领导班子成员，办公室、仓储管理部、财务审计部、购销业务部、信息中心负责人，淮阳直属库主任参加会议。会议听取了一季度仓储管理和轮换出库工作情况汇报，研究了春季粮情检查、轮换结算和智能化粮库建设等事项。现纪要如下：

一、会议听取了仓储管理部关于一季度粮情的汇报。会议认为，一季度各库点粮情总体稳定，未发生储粮安全事故，轮换出库工作按计划完成。

二、会议议定事项

（一）关于春季粮情普查。全面开展春季粮情普查，重点检查仓房气密性和粮温变化情况，形成书面检查报告报集团。
责任单位：仓储管理部（韦志远）
完成时限：4月10日前

（二）关于2025年度轮换粮食出库结算。抓紧完成2025年度轮换出库货款清算和账务核对，确保账实相符。
责任单位：财务审计部
配合单位：购销业务部
完成时限：4月底前

（三）关于清明节假期安全工作。各直属库要严格落实领导带班和24小时值班制度，遇有突发情况第一时间报告集团办公室。

（四）关于智能化粮库监测平台二期建设。一是完成淮阳直属库测温系统接入测试，责任单位：信息中心（靳文博），完成时限：4月17日前；二是报送测温设备清单及点位图，责任单位：淮阳直属库，完成时限：节后第一个工作日。

三、下次办公会时间另行通知。

集团办公室
2026年4月2日

付晓阳
周口沙河粮食储备集团有限公司  办公室
电话：0394-8216630
"""
    cs = 'gb2312'
    html = outlook_html(mso_paras(text), cs)
    ent = multi('alternative', [leaf('text/plain', text, cs, 'base64', crlf_inside=True),
                                leaf('text/html', html, cs, 'base64', crlf_inside=True)],
                outlook_boundary(c), preamble='This is a multipart message in MIME format.')
    to = [P(n) for n in ['孟庆国', '冯立新', '岳红梅', '晁建军', '韦志远', '闫振华', '穆春生', '靳文博', '魏长河']]
    hdrs = delivery(c, R['付晓阳'][1], [rcv_coremail_smtp(c, 'FUXIAOYANG-PC', '10.20.1.57')]) + coremail_trans(c) + [
        ('From', addr(*P('付晓阳'), cs)),
        ('To', addrs(to, cs)),
        ('Cc', addr(*BOT['A'], cs)),
        ('Subject', subj('总经理办公会会议纪要（2026年第7期）', cs)),
        ('Date', c.date),
        ('Message-ID', outlook_mid(c, A_DOM)),
        ('MIME-Version', '1.0'),
        ('@ENT', None),
        ('X-Mailer', 'Microsoft Outlook 16.0'),
        ('Thread-Index', thread_index(c)),
        ('Content-Language', 'zh-cn'),
    ]
    return message(hdrs, ent, crlf=True)


@case(6302, 'storage-weekly-titles-foxmail-gb2312', 'A', 'minutes', 'Tue, 7 Apr 2026 11:26:40 +0800',
      what="Foxmail gb2312 base64 plain+HTML department weekly right after Qingming: owners written with titles "
           "(仓储主管韦志远, 殷工, 魏主任（淮阳直属库）), 本周五前, 3个工作日内, 下周三前, a standing rule, "
           "next meeting '下周二同一时间' with the time only in the intro",
      items=[
          I('韦志远', '汇总各库点春季粮情普查数据，报部门', ('thiswk', 4), x('2026-04-10')),
          I('殷志刚', '对3号仓、7号仓扦样，复检水分和虫害情况', ('workdays', 3), x('2026-04-10')),
          I('魏长河', '完成2号仓防鼠防雀设施检修', ('nextwk', 2), x('2026-04-15')),
      ],
      nxt=(('nextwk', 1, '09:00'), x('2026-04-14', '09:00')),
      notes="Plain department minutes, sent Tue 2026-04-07 (first working day after Qingming 04-04..04-06). "
            "#1 '仓储主管韦志远' (title + name) -> 韦志远, '本周五前' -> 2026-04-10. #2 '殷工' is the roster alias of "
            "殷志刚 (质量安全部, attending this meeting); '3个工作日内' from the day after sending: 04-08, 04-09, 04-10 -> "
            "2026-04-10. #3 '魏主任（淮阳直属库）' -> 魏长河; '下周三前' -> 2026-04-15. Line 4 (通风记录当天填写) is a standing "
            "rule, not an item; section 一 reports facts. '下次例会：下周二同一时间' + '今天上午9:00部门周例会' -> 2026-04-14 09:00.")
def c6302(c):
    text = """各位：

今天上午9:00部门周例会纪要如下，请各自落实。

一、清明假期期间各库点粮情平稳，3号仓、7号仓粮温略有上升，已安排机械通风。

二、本周工作安排
1. 仓储主管韦志远：汇总各库点春季粮情普查数据，本周五前报部门。
2. 殷工：对3号仓、7号仓扦样，复检水分和虫害情况，3个工作日内出结果。
3. 魏主任（淮阳直属库）：下周三前完成2号仓防鼠防雀设施检修。
4. 机械通风作业记录要当天填写，不得补记。

下次例会：下周二同一时间。

晁建军
仓储管理部
"""
    cs = 'gb2312'
    body_html = lines_html(text, 'div')
    html = ('<html><head><meta content="text/html; charset=gb2312" http-equiv="Content-Type"><style>body { line-height: 1.5; }'
            'body { font-size: 14px; font-family: \'Microsoft YaHei UI\'; color: rgb(0, 0, 0); line-height: 1.5; }</style>'
            '</head><body>\n%s\n<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">\n'
            '<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>%s</div></div></span></div>\n'
            '</body></html>\n') % (body_html, html_escape('chaojianjun@' + A_DOM))
    bd = '----=_001_NextPart%s_=----' % c.sid('fx', 12)
    ent = multi('alternative', [leaf('text/plain', text, cs, 'base64', crlf_inside=True),
                                leaf('text/html', html, cs, 'base64', crlf_inside=True)], bd,
                preamble='This is a multi-part message in MIME format.')
    to = [P('韦志远'), P('殷志刚'), P('魏长河'), P('冯立新')]
    hdrs = delivery(c, R['晁建军'][1], [rcv_coremail_smtp(c, 'DESKTOP-7H2KQ3M', '10.20.3.41')]) + coremail_trans(c) + [
        ('Date', c.date),
        ('From', addr(*P('晁建军'), 'GB2312')),
        ('To', addrs(to, 'GB2312')),
        ('Cc', addr(*BOT['A'], 'GB2312')),
        ('Subject', subj('仓储管理部周例会纪要（4月7日）', 'GB2312')),
        ('X-Priority', '3'),
        ('X-GUID', '%s-%s-%s-%s-%s' % (c.SID('g1', 8), c.SID('g2', 4), c.SID('g3', 4), c.SID('g4', 4), c.SID('g5', 12))),
        ('X-Has-Attach', 'no'),
        ('X-Mailer', 'Foxmail 7.2.25.375[cn]'),
        ('Mime-Version', '1.0'),
        ('Message-ID', '<2026040711264012%s@%s>' % (c.sid('m', 6).translate(str.maketrans('abcdef', '123456')), A_DOM)),
        ('@ENT', None),
    ]
    return message(hdrs, ent, crlf=False)


@case(6303, 'county-bureau-summer-grain-coremail-gbk', 'A', 'minutes', 'Mon, 1 Jun 2026 17:05:12 +0800',
      what="Outsider (商水县农业农村局, government Coremail webmail, GBK base64) writes 夏粮收购协调会 minutes CC'd to our bot: "
           "'沙河粮储购销业务部（穆春生）' owner in brackets, the writer's own item, a unit of another organisation, "
           "a unit of ours without a person; '下次会议视收购进度另行通知'",
      items=[
          I('穆春生', '完成3个收购网点仓容腾并和设备检修，并将仓容情况报局粮油科', ('abs', '2026-06-05'), x('2026-06-05')),
          I('焦文杰', '印发夏粮收购质量标准和价格执行口径', ('abs', '2026-06-03'), x('2026-06-03')),
          I(None, '摸清辖区内种粮大户和家庭农场售粮意向，报局粮油科', ('abs', '2026-06-08'), x('2026-06-08'), dept=None),
          I(None, '完成检化验设备校准', ('abs', '2026-06-10'), x('2026-06-10'), dept='质量安全部'),
      ],
      nxt=None,
      notes="Minutes written by an outsider (county agriculture bureau, From 焦文杰, in the roster with an empty department) "
            "about a meeting held Fri 05-29, sent Mon 2026-06-01. （一）'沙河粮储购销业务部（穆春生）' -> 穆春生, 6月5日前 -> "
            "2026-06-05. （二）'局粮油科（焦文杰）' is the sender himself -> 焦文杰 (department null: outsider), 2026-06-03. "
            "（三）'各乡镇农业服务中心' are units of another organisation, no person -> owner null, no_owner, department null; "
            "2026-06-08. （四）'沙河粮储质量安全部' is a unit of ours without a person -> no_owner, department 质量安全部; "
            "'6月10日开秤前' -> 2026-06-10. Part 一 (网点布设) and 三 (收购期间执行…) are decisions/rules. "
            "'下次会议视收购进度另行通知' -> null. 梁建华 (chair) is mentioned but owns nothing.")
def c6303(c):
    text = """穆部长、各位：

现将5月29日县夏粮收购工作协调会议纪要发给你们，请按分工抓好落实。

商水县2026年夏粮收购工作协调会议纪要

5月29日下午，县农业农村局在三楼会议室召开2026年夏粮收购工作协调会议。局党组成员、副局长梁建华主持会议，局粮油科、各乡镇农业服务中心、沙河粮储购销业务部有关人员参加会议。会议通报了今年小麦长势和预计产量，分析了收购形势，对夏粮收购工作作出安排。现将有关事项纪要如下：

一、关于收购网点布设。会议明确，今年全县设收购网点12个，其中沙河粮储在我县设点3个，执行国家小麦最低收购价政策。

二、工作分工
（一）沙河粮储购销业务部（穆春生）：6月5日前完成3个收购网点仓容腾并和设备检修，并将仓容情况报局粮油科。
（二）局粮油科（焦文杰）：6月3日前印发夏粮收购质量标准和价格执行口径。
（三）各乡镇农业服务中心：6月8日前摸清辖区内种粮大户和家庭农场售粮意向，报局粮油科。
（四）沙河粮储质量安全部：6月10日开秤前完成检化验设备校准。

三、收购期间，各收购网点严格执行“五要五不准”收购守则，不得压级压价、拖欠售粮款。

四、下次会议视收购进度另行通知。

焦文杰
商水县农业农村局 粮油科
电话：0394-5421386
"""
    cs = 'GBK'
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s</div><br><br>'
            '<span title="neteasefooter"><p>&nbsp;</p></span>') % lines_html(text, 'p', '<br>', 'margin:0;')
    bd = '----=_Part_%d_%d.%d' % (int(c.sid('p1', 6), 16), int(c.sid('p2', 8), 16), 1780304712000 + int(c.sid('p3', 3), 16))
    ent = multi('alternative', [leaf('text/plain', text, cs, 'base64'), leaf('text/html', html, cs, 'base64')], bd,
                quote_boundary=True)
    bureau = R['焦文杰'][1]
    rcv = ['from mail.nync.shangshui.example.gov.cn (unknown [218.29.164.37])\n\tby mail.%s (Coremail) with ESMTP id '
           'AQAAf%sA--.%s;\n\t%s' % (A_DOM, c.sid('r', 14), c.sid('r2', 5), later(c.date, 3)),
           'from jiaowenjie$nync.shangshui.example.gov.cn ( [10.41.2.18] ) by\n ajax-webmail-mail.nync.shangshui.example.gov.cn '
           '(Coremail) ; %s' % later(c.date, 0, 'gmt')]
    hdrs = delivery(c, bureau, rcv) + [
        ('Date', c.date),
        ('From', addr('焦文杰', bureau, 'GBK')),
        ('To', addrs([P('穆春生'), P('邵梦婷'), ('娄雪', 'louxue@nync.shangshui.example.gov.cn')], 'GBK')),
        ('Cc', addrs([BOT['A']], 'GBK')),
        ('Subject', subj('商水县2026年夏粮收购工作协调会议纪要', 'GBK')),
        ('X-Priority', '3'),
        ('X-Mailer', 'Coremail Webmail Server Version XT5.0.14 build 20230606(1d7e3b4e)\n Copyright (c) 2002-2026 www.mailtech.cn gov'),
        ('X-NTES-SC', 'AL_Qu2' + c.sid('sc', 40)),
        ('MIME-Version', '1.0'),
        ('@ENT', None),
        ('Message-ID', '<%s.%s.%s.%s@nync.shangshui.example.gov.cn>' % (c.sid('a', 8), c.sid('b', 4), c.sid('c', 11), c.sid('d', 5))),
        ('X-Coremail-Locale', 'zh_CN'),
    ]
    return message(hdrs, ent)


@case(6304, 'quality-minutes-docx-labour-day-outlook', 'A', 'minutes', 'Wed, 29 Apr 2026 17:42:09 +0800',
      what="Outlook gb2312 short body + .docx minutes (python-docx table 序号/工作任务/责任单位/责任人/完成时限/备注) sent before "
           "Labour Day: 5月8日前, 节后第一个工作日, '5月9日（周六，调休上班）', 5个工作日内 across 05-01..05-05 ending on the "
           "05-09 make-up Saturday, a 已完成 row, next meeting in the attachment",
      items=[
          I('殷志刚', '完成库存小麦样品水分、杂质复检', ('abs', '2026-05-08'), x('2026-05-08')),
          I('常红伟', '整改3号仓气调密封问题', ('after_hol', 'Labour Day'), x('2026-05-06')),
          I('窦国强', '组织熏蒸作业安全培训', ('abs', '2026-05-09'), x('2026-05-09')),
          I('靳文博', '上线化验数据自动上传功能', ('workdays', 5), x('2026-05-09')),
      ],
      nxt=(('abs', '2026-05-13', '15:00'), x('2026-05-13', '15:00')),
      notes="The minutes are in the attached .docx; the body only points to it (and says 如有异议请于今日内回复). Sent Wed "
            "2026-04-29. Table rows: #1 殷志刚 5月8日前 -> 2026-05-08. #2 常红伟 (项城直属库) '节后第一个工作日' -> Labour Day "
            "block 05-01..05-05 -> Wed 2026-05-06; 备注 '需仓储管理部配合' is a remark, not an owner. #3 窦国强 '5月9日（周六，"
            "调休上班）' -> 2026-05-09. #4 靳文博 '5个工作日内': 04-30 (1), 05-01..05-05 holiday, 05-06 (2), 05-07 (3), 05-08 (4), "
            "Sat 05-09 make-up working day (5) -> 2026-05-09 (a Mon-Fri count gives 05-11). #5 is marked 已完成 -> not an item. "
            "'下次专题会定于5月13日（星期三）下午3:00' -> 2026-05-13 15:00. A human reads the attachment, so the gold is the "
            "attachment's items.")
def c6304(c):
    text = """各位：

今天下午质量安全专题会的纪要见附件，请各单位按表中时限落实。五一假期期间请注意储粮安全。
如有异议请于今日内回复。

乔玉兰
质量安全部
周口沙河粮食储备集团有限公司
"""
    blocks = [
        ('p', '时间：2026年4月29日14:30—16:00'),
        ('p', '地点：集团四楼会议室'),
        ('p', '主持：乔玉兰    记录：殷志刚'),
        ('p', '参会：窦国强、韦志远、常红伟、靳文博、殷志刚'),
        ('h', '一、会议情况'),
        ('p', '会议通报了一季度库存粮食质量抽检情况，分析了项城直属库3号仓气调密封不达标的原因，研究了五一节前后质量安全工作。'),
        ('h', '二、工作任务'),
        ('t', [['序号', '工作任务', '责任单位', '责任人', '完成时限', '备注'],
               ['1', '完成库存小麦样品水分、杂质复检', '质量安全部', '殷志刚', '5月8日前', ''],
               ['2', '整改3号仓气调密封问题', '项城直属库', '常红伟', '节后第一个工作日', '需仓储管理部配合'],
               ['3', '组织熏蒸作业安全培训', '安全生产部', '窦国强', '5月9日（周六，调休上班）', ''],
               ['4', '上线化验数据自动上传功能', '信息中心', '靳文博', '5个工作日内', ''],
               ['5', '完成一季度质量抽检报告', '质量安全部', '殷志刚', '已完成', '4月24日已报送']]),
        ('h', '三、下次会议'),
        ('p', '下次专题会定于5月13日（星期三）下午3:00召开，地点另行通知。'),
    ]
    docx_bytes = make_docx('质量安全专题会会议纪要', blocks, (2026, 4, 29, 17, 30, 0))
    cs = 'gb2312'
    html = outlook_html(mso_paras(text), cs)
    alt = multi('alternative', [leaf('text/plain', text, cs, 'base64', crlf_inside=True),
                                leaf('text/html', html, cs, 'base64', crlf_inside=True)], outlook_boundary(c, '0001'))
    fname = '质量安全专题会会议纪要（4月29日）.docx'
    from urllib.parse import quote
    fn_enc = "gb2312''" + quote(fname.encode('gb2312'))
    att = leaf('application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx_bytes, None, 'base64',
               params=';\n\tname*=%s' % fn_enc, disp='attachment;\n\tfilename*=%s' % fn_enc)
    ent = multi('mixed', [alt, att], outlook_boundary(c, '0000'), preamble='This is a multipart message in MIME format.')
    to = [P('殷志刚'), P('常红伟'), P('窦国强'), P('靳文博'), P('韦志远')]
    hdrs = delivery(c, R['乔玉兰'][1], [rcv_coremail_smtp(c, 'QIAOYL-PC', '10.20.1.73')]) + coremail_trans(c) + [
        ('From', addr(*P('乔玉兰'), cs)),
        ('To', addrs(to, cs)),
        ('Cc', addrs([P('冯立新'), BOT['A']], cs)),
        ('Subject', subj('质量安全专题会会议纪要（4月29日）', cs)),
        ('Date', c.date),
        ('Message-ID', outlook_mid(c, A_DOM)),
        ('MIME-Version', '1.0'),
        ('@ENT', None),
        ('X-Mailer', 'Microsoft Outlook 16.0'),
        ('Thread-Index', thread_index(c)),
        ('Content-Language', 'zh-cn'),
    ]
    return message(hdrs, ent, crlf=True)


@case(6305, 'collab-tracking-table-coremail-web', 'A', 'minutes', 'Fri, 15 May 2026 16:20:33 +0800',
      what="Coremail webmail UTF-8 HTML+plain 跨部门协作事项跟踪表 (seed columns): 已完成 row skipped, 延期 row with a "
           "re-planned date '2026-05-29（原定5月20日）', 待定 row, owner = 责任人（发起方）, 协作方 is support; "
           "'下周五例会继续跟踪' without a time",
      items=[
          I('穆春生', '夏粮收购仓容测算', ('abs', '2026-05-22'), x('2026-05-22')),
          I('乔玉兰', '化验室设备更新采购', ('abs', '2026-05-29'), x('2026-05-29')),
          I('靳文博', '粮库视频监控接入省平台', ('vague',)),
      ],
      nxt=(('nextwk', 4), x('2026-05-22')),
      notes="Seed 跨部门协作事项跟踪表 sent Fri 2026-05-15. Convention (README): the 责任人（发起方） owns the row; the "
            "协作方 person supports it (like 配合) and is not a second owner (AMBIGUOUS: the template has two 责任人 columns; "
            "a careful assistant tracks the initiating side, which drives the row, and does not double the item). Row 1 is 已完成 (with 实际完成时间) -> not an item. "
            "Row 2 穆春生, 计划完成时间 2026-05-22, 进行中 70% (status, not progress to record). Row 3 乔玉兰, 延期, the plan cell "
            "'2026-05-29（原定5月20日）' -> the current plan 2026-05-29. Row 4 靳文博, 计划完成时间 待定 -> due null, vague_due. "
            "风险点 cells are remarks, including row 2's '已要求各库点5月20日前报维修计划' (a date inside a remark, not an item). "
            "'下周五例会继续跟踪' -> next_followup Fri 2026-05-22, time null (no time given).")
def c6305(c):
    intro = """各部门：

本周跨部门协作事项跟踪情况如下，延期事项请责任人抓紧推进，下周五例会继续跟踪。
"""
    rows = [['序号', '事项名称', '发起部门', '协作部门', '责任人（发起方）', '责任人（协作方）', '计划开始时间', '计划完成时间',
             '实际完成时间', '进展情况', '风险点及应对措施'],
            ['1', '2025年度轮换出库结算', '财务审计部', '购销业务部', '闫振华', '邵梦婷', '2026-04-03', '2026-04-30', '2026-04-28',
             '已完成', '-'],
            ['2', '夏粮收购仓容测算', '购销业务部', '仓储管理部', '穆春生', '韦志远', '2026-05-06', '2026-05-22', '-',
             '进行中（已完成70%）', '部分仓房维修进度影响测算，已要求各库点5月20日前报维修计划'],
            ['3', '化验室设备更新采购', '质量安全部', '财务审计部', '乔玉兰', '闫振华', '2026-04-20', '2026-05-29（原定5月20日）',
             '-', '延期（供应商报价未齐）', '已追加两家询价'],
            ['4', '粮库视频监控接入省平台', '信息中心', '安全生产部', '靳文博', '窦国强', '待定', '待定', '-',
             '未启动（等省平台接口文档）', '接口文档到位后启动']]
    outro = """
岳红梅
集团办公室
"""
    plain = intro + '\n跨部门协作事项跟踪表\n' + '\n'.join('\t'.join(r) for r in rows) + '\n' + outro
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s'
            '<p style="margin:0;"><b>跨部门协作事项跟踪表</b></p>%s%s</div>') % (
        lines_html(intro, 'p', '<br>', 'margin:0;'),
        table_html(rows, 'border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:13px"'),
        lines_html(outro, 'p', '<br>', 'margin:0;'))
    cs = 'UTF-8'
    bd = '----=_Part_%d_%d.%d' % (int(c.sid('p1', 6), 16), int(c.sid('p2', 8), 16), 1778833233000 + int(c.sid('p3', 3), 16))
    ent = multi('alternative', [leaf('text/plain', plain, cs, 'base64'), leaf('text/html', html, cs, 'base64')], bd)
    to = [P(n) for n in ['闫振华', '穆春生', '乔玉兰', '靳文博', '晁建军', '窦国强']]
    rcv = ['from yuehongmei$shahe-grain.example.cn ( [10.20.1.12] ) by\n ajax-webmail-mail.%s (Coremail) ; %s'
           % (A_DOM, later(c.date, 0, 'gmt'))]
    hdrs = delivery(c, R['岳红梅'][1], rcv) + [
        ('Date', c.date),
        ('From', addr(*P('岳红梅'), 'UTF-8')),
        ('To', addrs(to, 'UTF-8')),
        ('Cc', addrs([P('冯立新'), BOT['A']], 'UTF-8')),
        ('Subject', subj('跨部门协作事项跟踪表（第20周）', 'UTF-8')),
        ('X-Priority', '3'),
        ('X-Mailer', 'Coremail Webmail Server Version XT5.0.14 build 20230606(1d7e3b4e)\n Copyright (c) 2002-2026 www.mailtech.cn cmxt'),
        ('Content-Transfer-Encoding', '7bit'),
        ('MIME-Version', '1.0'),
        ('@ENT', None),
        ('Message-ID', '<%s.%s.%s.%s@%s>' % (c.sid('a', 8), c.sid('b', 4), c.sid('c', 11), c.sid('d', 5), A_DOM)),
        ('X-Coremail-Locale', 'zh_CN'),
        ('X-CM-TRANSID', 'AQAAf%s' % c.sid('t', 22)),
        ('X-CM-SenderInfo', c.sid('si', 26)),
    ]
    # Coremail webmail really puts a (harmless) top-level Content-Transfer-Encoding: 7bit on multipart mail
    return message(hdrs, ent)


@case(6306, 'site-meeting-as-reply-in-old-thread-outlook', 'A', 'minutes', 'Wed, 10 Jun 2026 15:12:44 +0800',
      what="New minutes written as an Outlook '答复:' in an older report thread (In-Reply-To/References), gb2312: "
           "明天下午3点前, 6月12日前, 周五前, unit-only 尽快; a fact line; the quoted report below has its own "
           "suggestions with dates that are not items; next visit '6月15日（周一）上午9:30'",
      items=[
          I('韦志远', '制定3号仓局部降温方案，报冯总审定', ('days', 1, '15:00'), x('2026-06-11', '15:00')),
          I('殷志刚', '完成3号仓高温点扦样，检测水分和虫害密度', ('abs', '2026-06-12'), x('2026-06-12')),
          I('魏长河', '完成仓顶隔热层破损部位临时修补', ('wd', 4), x('2026-06-12')),
          I(None, '落实仓顶隔热层维修资金和施工单位，报批', ('vague',), dept='仓储管理部'),
      ],
      nxt=(('abs', '2026-06-15', '09:30'), x('2026-06-15', '09:30')),
      notes="A reply ('答复:') in the thread of 韦志远's 06-08 report, but what 魏长河 writes on top is new minutes of an on-site "
            "meeting, so kind minutes (not a reply to a bot recap). Sent Wed 2026-06-10. Line 1 is a finding, not an item. "
            "#2 韦志远 '明天下午3点前' -> 2026-06-11 15:00. #3 '殷工' -> 殷志刚, 6月12日前 -> 2026-06-12. #4 '我库（魏长河）' -> "
            "the person in brackets, '周五前' -> Fri 2026-06-12. #5 仓储管理部 (unit only) '尽快报批' -> no_owner + vague_due, "
            "department 仓储管理部. '6月15日（周一）上午9:30冯总再到现场复查' -> next_followup 2026-06-15 09:30. The quoted "
            "report (建议 1/2 with '6月9日前') is old text below the Outlook 发件人/发送时间 block: not items.")
def c6306(c):
    text = """冯总、各位：

今天上午冯总带队到我库3号仓现场查看，现场会议纪要如下：

1. 3号仓东北角局部粮温偏高（最高22.6℃），初步判断为仓顶隔热层破损所致，目前不影响储粮安全。
2. 韦志远：明天下午3点前制定3号仓局部降温方案，报冯总审定。
3. 殷工：6月12日前完成3号仓高温点扦样，检测水分和虫害密度。
4. 我库（魏长河）：周五前完成仓顶隔热层破损部位临时修补。
5. 仓储管理部：落实仓顶隔热层维修资金和施工单位，尽快报批。

6月15日（周一）上午9:30冯总再到现场复查。

魏长河
淮阳直属库

发件人: 韦志远 <weizhiyuan@shahe-grain.example.cn>
发送时间: 2026年6月8日 10:05
收件人: 冯立新 <fenglixin@shahe-grain.example.cn>
抄送: 晁建军 <chaojianjun@shahe-grain.example.cn>; 魏长河 <weichanghe@shahe-grain.example.cn>
主题: 关于淮阳直属库3号仓粮温异常情况的报告

冯总：

6月7日巡仓时发现淮阳直属库3号仓东北角粮温异常，最高点22.6℃，较上周上升3.1℃，其余测点正常。
建议：
1. 淮阳直属库6月9日前加强通风，每日加测两次粮温；
2. 质量安全部安排扦样检测水分和虫害。
妥否，请批示。

韦志远
仓储管理部
"""
    cs = 'gb2312'
    top, quote = text.split('发件人: ', 1)
    quote = '发件人: ' + quote
    qhtml = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n%s\n</div>\n%s'
             % (mso_paras('\n'.join(quote.split('\n')[:5])), mso_paras('\n'.join(quote.split('\n')[5:]))))
    html = outlook_html(mso_paras(top) + '\n<div>\n' + qhtml + '\n</div>', cs)
    ent = multi('alternative', [leaf('text/plain', text, cs, 'base64', crlf_inside=True),
                                leaf('text/html', html, cs, 'base64', crlf_inside=True)],
                outlook_boundary(c), preamble='This is a multipart message in MIME format.')
    old = '<000001dcf6e1$0a1b2c3d$4e5f6a7b$@%s>' % A_DOM
    hdrs = delivery(c, R['魏长河'][1], [rcv_coremail_smtp(c, 'HYK-OFFICE', '10.31.0.8')]) + coremail_trans(c) + [
        ('From', addr(*P('魏长河'), cs)),
        ('To', addrs([P('冯立新'), P('韦志远'), P('殷志刚')], cs)),
        ('Cc', addrs([P('晁建军'), BOT['A']], cs)),
        ('References', old),
        ('In-Reply-To', old),
        ('Subject', subj('答复: 关于淮阳直属库3号仓粮温异常情况的报告', cs)),
        ('Date', c.date),
        ('Message-ID', outlook_mid(c, A_DOM)),
        ('MIME-Version', '1.0'),
        ('@ENT', None),
        ('X-Mailer', 'Microsoft Outlook 16.0'),
        ('Thread-Index', thread_index(c)),
        ('Content-Language', 'zh-cn'),
    ]
    return message(hdrs, ent, crlf=True)


@case(6307, 'dragon-boat-eve-safety-foxmail-gbk', 'A', 'minutes', 'Thu, 18 Jun 2026 10:31:05 +0800',
      what="Foxmail GBK base64 minutes on the eve of Dragon Boat (06-19..06-21): 今天下班前 for '各直属库' (several units), "
           "'节后第一个工作日前', 6月30日前, '节后3个工作日内', a rule item, owners as 'unit（person）' and 'unit+name'",
      items=[
          I(None, '完成节前安全隐患自查，自查表报安全生产部', ('send',), x('2026-06-18'), dept=None),
          I('岳红梅', '汇总节日期间值班情况', ('after_hol', 'Dragon Boat Festival'), x('2026-06-22')),
          I('窦国强', '组织完成上半年消防设施维保', ('abs', '2026-06-30'), x('2026-06-30')),
          I('韦志远', '完成各库点电气线路专项检查', ('hol_workdays', 3, 'Dragon Boat Festival'), x('2026-06-24')),
      ],
      nxt=None,
      notes="Sent Thu 2026-06-18, the last working day before Dragon Boat (06-19..06-21). （一）'各直属库' is several units, "
            "not one person or one department -> owner null, no_owner, department null; '今天下班前' -> 2026-06-18 without a "
            "time. （二）'办公室（岳红梅）' -> 岳红梅; '节后第一个工作日前' -> Mon 2026-06-22. （三）is a rule (熏蒸作业暂停), not "
            "an item. （四）'安全生产部（窦国强）' (the writer himself) -> 窦国强, 2026-06-30. （五）'仓储管理部韦志远' -> 韦志远; "
            "'节后3个工作日内' counts from the first working day after the holiday: 06-22, 06-23, 06-24 -> 2026-06-24 (here the "
            "plain N个工作日内 rule from the day after sending gives the same date). No next meeting.")
def c6307(c):
    text = """各位：

今天上午召开了端午节前安全生产工作会议，纪要如下：

一、会议传达了市粮食和物资储备局关于做好端午节期间安全生产工作的通知精神。

二、工作要求
（一）各直属库今天下班前完成节前安全隐患自查，自查表报安全生产部。
（二）办公室（岳红梅）节后第一个工作日前汇总节日期间值班情况。
（三）节日期间熏蒸作业一律暂停，确需作业的须经分管领导批准。
（四）安全生产部（窦国强）6月30日前组织完成上半年消防设施维保。
（五）仓储管理部韦志远节后3个工作日内完成各库点电气线路专项检查。

请各单位认真落实，节日期间保持通讯畅通。

窦国强
安全生产部
"""
    cs = 'GBK'
    html = ('<html><head><meta content="text/html; charset=GBK" http-equiv="Content-Type"><style>body { line-height: 1.5; }'
            'body { font-size: 14px; font-family: \'Microsoft YaHei UI\'; color: rgb(0, 0, 0); line-height: 1.5; }</style>'
            '</head><body>\n%s\n<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">\n'
            '<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>窦国强 · 安全生产部</div>'
            '</div></span></div>\n</body></html>\n') % lines_html(text, 'div')
    bd = '----=_001_NextPart%s_=----' % c.sid('fx', 12)
    ent = multi('alternative', [leaf('text/plain', text, cs, 'base64', crlf_inside=True),
                                leaf('text/html', html, cs, 'base64', crlf_inside=True)], bd,
                preamble='This is a multi-part message in MIME format.')
    to = [P('岳红梅'), P('韦志远'), P('魏长河'), P('常红伟'), P('晁建军')]
    hdrs = delivery(c, R['窦国强'][1], [rcv_coremail_smtp(c, 'DGQ-PC', '10.20.2.19')]) + coremail_trans(c) + [
        ('Date', c.date),
        ('From', addr(*P('窦国强'), 'GBK')),
        ('To', addrs(to, 'GBK')),
        ('Cc', addrs([P('冯立新'), BOT['A']], 'GBK')),
        ('Subject', subj('端午节前安全生产工作会议纪要', 'GBK')),
        ('X-Priority', '3'),
        ('X-GUID', '%s-%s-%s-%s-%s' % (c.SID('g1', 8), c.SID('g2', 4), c.SID('g3', 4), c.SID('g4', 4), c.SID('g5', 12))),
        ('X-Has-Attach', 'no'),
        ('X-Mailer', 'Foxmail 7.2.25.375[cn]'),
        ('Mime-Version', '1.0'),
        ('Message-ID', '<202606181031051845%s@%s>' % (str(int(c.sid('m', 5), 16))[:4], A_DOM)),
        ('@ENT', None),
    ]
    return message(hdrs, ent)


@case(6308, 'other-request-mailmaster', 'A', 'other', 'Tue, 23 Jun 2026 08:47:30 +0800',
      what="网易邮箱大师 (iOS) one-to-one request with the bot in Cc by habit: '周五前', '7月3日前' deadlines but no meeting -> other",
      notes="A person-to-person request (财务审计部 asks 购销业务部 for contract scans) sent from NetEase Mail Master with the bot "
            "copied out of habit. It has deadlines ('周五前', '7月3日前') and a named person (小邵) but it records no meeting: "
            "kind other, no items, no follow-up. No Auto-Submitted or list headers: a person wrote it.")
def c6308(c):
    text = """穆部长：

审计组要用二季度轮换销售合同的扫描件，麻烦周五前让小邵整理一份电子版发我，纸质原件7月3日前送财务审计部存档。
谢谢！

闫振华
"""
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s</div>\n'
            '<div class="J-reply" style="background-color:#f2f2f2;color:black;padding-top:6px;padding-bottom:6px;'
            'border-radius:3px;-moz-border-radius:3px;-webkit-border-radius:3px;margin-top:45px;margin-bottom:20px;'
            'font-family:\'Microsoft YaHei\';">\n<div style="font-size:12px;line-height:1.5;word-break:break-all;'
            'margin-left:10px;margin-right:10px">发自<a class="mail-to" style="text-decoration:none;color:#2a83f2;" '
            'href="https://mail.163.com/dashi/dlpro.html?from=mail81" target="_blank">网易邮箱大师</a></div>\n</div>\n'
            ) % lines_html(text, 'div')
    plain = text + '\n发自网易邮箱大师\n'
    bd = '----=_Part_%s' % c.sid('b', 20)
    ent = multi('alternative', [leaf('text/plain', plain, 'UTF-8', 'base64'), leaf('text/html', html, 'UTF-8', 'base64')], bd)
    rcv = ['from [192.168.31.204] (unknown [223.104.107.52])\n\tby mail.%s (Coremail) with ESMTPSA id AQAAf%sA--.%s;\n\t%s'
           % (A_DOM, c.sid('cm', 14), c.sid('cm2', 5), later(c.date, 4))]
    hdrs = delivery(c, R['闫振华'][1], rcv) + [
        ('Date', c.date),
        ('From', addr(*P('闫振华'), 'UTF-8')),
        ('To', addr(*P('穆春生'), 'UTF-8')),
        ('Cc', addrs([P('邵梦婷'), BOT['A']], 'UTF-8')),
        ('Message-ID', '<%s.%s.%s@%s>' % (c.sid('a', 8), c.sid('b', 4), c.sid('c', 11), A_DOM)),
        ('Subject', subj('二季度轮换合同扫描件', 'UTF-8')),
        ('MIME-Version', '1.0'),
        ('@ENT', None),
        ('X-Mailer', 'MailMasterIOS/7.19.6.2304 (iOS 18.5)'),
        ('X-CUSTOM-MAIL-MASTER-SENT-ID', 'Mail-%s' % c.SID('mm', 32)),
    ]
    return message(hdrs, ent)


@case(6309, 'other-newsletter-written-by-office', 'A', 'other', 'Fri, 3 Jul 2026 17:30:00 +0800',
      what="Coremail webmail HTML-only 《工作简报》 written by the office and sent to the all-staff alias (the bot is a member): "
           "news with '7月10日前', '7月底前', '下一步' plans -> other, not minutes, not auto",
      notes="An internal newsletter (工作简报) a person wrote and sent to the all-staff alias, which expands to the bot too "
            "(no List-Id, no Precedence: bulk, no Auto-Submitted: a person wrote it, so kind other rather than auto). It reports "
            "work done and plans ('下一步，集团将于7月10日前…', '购销业务部要在7月底前…') but is not minutes of a meeting: "
            "no items, no follow-up.")
def c6309(c):
    body = """<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">
<p style="text-align:center;margin:0;"><b><span style="font-size:20px;color:#c00000">沙河粮储工作简报</span></b></p>
<p style="text-align:center;margin:0;">2026年第6期（总第42期）&nbsp;&nbsp; 集团办公室编&nbsp;&nbsp; 2026年7月3日</p>
<hr style="border:0;border-top:2px solid #c00000">
<p style="margin:0;"><b>【工作动态】</b></p>
<p style="margin:0;">夏粮收购进展顺利。截至7月2日，集团所属各收购网点累计收购小麦3.2万吨，其中最低收购价小麦1.9万吨，入库质量总体良好，二等以上占比96.3%。</p>
<p style="margin:0;">项城直属库3号仓气调密封整改通过验收。5月6日整改完成后，经质量安全部复测，仓房气密性达到一级标准。</p>
<p style="margin:0;">集团召开上半年安全生产工作总结会。会议通报了上半年安全检查情况，表彰了淮阳直属库等3个安全生产先进集体。</p>
<p style="margin:0;"><b>【基层风采】</b></p>
<p style="margin:0;">淮阳直属库保管员老刘坚守粮库二十年，总结出“看、摸、闻、测”四字巡仓法，今年夏收期间带领新员工每天巡仓两次。</p>
<p style="margin:0;"><b>【下一步工作】</b></p>
<p style="margin:0;">下一步，集团将于7月10日前组织开展夏粮入库质量大清查，各直属库要对照清查方案做好自查；购销业务部要在7月底前完成收购资金结算，确保不打白条。</p>
<p style="margin:0;"><br></p>
<p style="margin:0;color:#808080;font-size:12px">报：集团领导班子成员&nbsp; 送：各部门、各直属库&nbsp; 编辑：付晓阳&nbsp; 审核：岳红梅</p>
</div>
"""
    ent = leaf('text/html', body, 'UTF-8', 'base64')
    rcv = ['from fuxiaoyang$shahe-grain.example.cn ( [10.20.1.57] ) by\n ajax-webmail-mail.%s (Coremail) ; %s'
           % (A_DOM, later(c.date, 0, 'gmt'))]
    hdrs = delivery(c, R['付晓阳'][1], rcv) + [
        ('Date', c.date),
        ('From', addr(*P('付晓阳'), 'UTF-8')),
        ('To', addr('集团全体员工', 'quanti@' + A_DOM, 'UTF-8')),
        ('Subject', subj('沙河粮储工作简报（2026年第6期）', 'UTF-8')),
        ('X-Priority', '3'),
        ('X-Mailer', 'Coremail Webmail Server Version XT5.0.14 build 20230606(1d7e3b4e)\n Copyright (c) 2002-2026 www.mailtech.cn cmxt'),
        ('MIME-Version', '1.0'),
        ('@ENT', None),
        ('Message-ID', '<%s.%s.%s.%s@%s>' % (c.sid('a', 8), c.sid('b', 4), c.sid('c', 11), c.sid('d', 5), A_DOM)),
        ('X-Coremail-Locale', 'zh_CN'),
        ('X-CM-TRANSID', 'AQAAf%s' % c.sid('t', 22)),
    ]
    return message(hdrs, ent)


# ================================================================================================================
# B: 泰安岱联玻纤股份有限公司 (岱联玻纤), Tencent Exmail (企业微信邮箱)
# ================================================================================================================

def rcv_exmail(c, host, ip, plus=2):
    return ('from %s (unknown [%s])\n\tby bizesmtp.qq.com (ESMTP) with SMTP id 0\n\tfor <%s>; %s'
            % (host, ip, BOT['B'][1], later(c.date, plus)))


def exmail_extra(c):
    return [('X-QQ-mid', 'bizesmtp%st%st%s' % (str(int(c.sid('q', 4), 16) % 100), str(int(c.sid('q2', 10), 16))[:10],
                                               c.sid('q3', 8))),
            ('X-QQ-SSF', '0000000000000000000000000000000'),
            ('X-QQ-GoodBg', '1')]


def exmail_boundary(c):
    return '----=_NextPart_%s_%s_%s' % (c.SID('e1', 8), c.SID('e2', 8), c.SID('e3', 8))


@case(6310, 'production-dispatch-grouped-by-person-foxmail', 'B', 'minutes', 'Mon, 13 Apr 2026 09:52:18 +0800',
      what="Foxmail gb2312 base64 morning dispatch minutes grouped by person ('公主任（池窑车间）：' then ① ② lines), "
           "4月15日前, 本周五前, 下周一前, 明天下午3点前, 4月底前, a status-only person, next meeting '下周一早上8:00'",
      items=[
          I('公衍亮', '完成2号窑漏板更换方案，报技术中心会签', ('abs', '2026-04-15'), x('2026-04-15')),
          I('公衍亮', '上报5月耐火材料需求计划', ('thiswk', 4), x('2026-04-17')),
          I('伊兆磊', '提交3月、4月拉丝断头率对比分析', ('nextwk', 0), x('2026-04-20')),
          I('伊兆磊', '把新员工排班表报生产部', ('days', 1, '15:00'), x('2026-04-14', '15:00')),
          I('牛晓琳', '浸润剂配方调整试验，出小试结果', ('month_end',), x('2026-04-30')),
      ],
      nxt=(('nextwk', 0, '08:00'), x('2026-04-20', '08:00')),
      notes="Minutes grouped by person, sent Mon 2026-04-13. The person heading each block owns its ①② lines (each a separate "
            "item). '公主任（池窑车间）' -> alias of 公衍亮 (the surname 公 + title 主任): ① 4月15日前 -> 2026-04-15; ② 本周五前 -> "
            "2026-04-17. '伊班长（拉丝车间）' -> 伊兆磊: ① 下周一前 -> 2026-04-20; ② 明天下午3点前 -> 2026-04-14 15:00. "
            "'牛工（技术中心）' -> 牛晓琳, '4月底前' -> 2026-04-30. '尹部长：…无新增事项' reports status: no item. "
            "'下次调度会：下周一早上8:00' -> 2026-04-20 08:00.")
def c6310(c):
    text = """各位：

今天早调度会纪要如下：

公主任（池窑车间）：
① 4月15日前完成2号窑漏板更换方案，报技术中心会签；
② 本周五前上报5月耐火材料需求计划。

伊班长（拉丝车间）：
① 下周一前提交3月、4月拉丝断头率对比分析；
② 明天下午3点前把新员工排班表报生产部。

牛工（技术中心）：
浸润剂配方调整试验，4月底前出小试结果。

尹部长（设备动力部）：
电力设备春检按计划推进，本周无新增事项。

下次调度会：下周一早上8:00，地点不变。

亓鹏
生产部
"""
    cs = 'gb2312'
    html = ('<html><head><meta content="text/html; charset=gb2312" http-equiv="Content-Type"><style>body { line-height: 1.5; }'
            'body { font-size: 14px; font-family: \'Microsoft YaHei UI\'; color: rgb(0, 0, 0); line-height: 1.5; }</style>'
            '</head><body>\n%s\n<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">\n'
            '<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt"><div>qipeng@%s</div></div></span></div>\n'
            '</body></html>\n') % (lines_html(text, 'div'), B_DOM)
    bd = '----=_001_NextPart%s_=----' % c.sid('fx', 12)
    ent = multi('alternative', [leaf('text/plain', text, cs, 'base64', crlf_inside=True),
                                leaf('text/html', html, cs, 'base64', crlf_inside=True)], bd,
                preamble='This is a multi-part message in MIME format.')
    to = [P('公衍亮'), P('伊兆磊'), P('牛晓琳'), P('尹承志')]
    hdrs = delivery(c, R['亓鹏'][1], [rcv_exmail(c, 'QIPENG-PC', '123.132.45.18')]) + exmail_extra(c) + [
        ('Date', c.date),
        ('From', addr(*P('亓鹏'), 'GB2312')),
        ('To', addrs(to, 'GB2312')),
        ('Cc', addrs([P('房振东'), BOT['B']], 'GB2312')),
        ('Subject', subj('4月13日生产调度会纪要', 'GB2312')),
        ('X-Priority', '3'),
        ('X-GUID', '%s-%s-%s-%s-%s' % (c.SID('g1', 8), c.SID('g2', 4), c.SID('g3', 4), c.SID('g4', 4), c.SID('g5', 12))),
        ('X-Has-Attach', 'no'),
        ('X-Mailer', 'Foxmail 7.2.23.121[cn]'),
        ('Mime-Version', '1.0'),
        ('Message-ID', '<2026041309521843%s@%s>' % (str(int(c.sid('m', 6), 16))[:4], B_DOM)),
        ('@ENT', None),
    ]
    return message(hdrs, ent)


@case(6311, 'quality-excel-table-zhuze-peihe-outlook-qp', 'B', 'minutes', 'Wed, 22 Apr 2026 18:05:47 +0800',
      what="Outlook UTF-8 quoted-printable with a table pasted from Excel (xl classes): '郝建（主责）/宁雪（配合）' in one cell, "
           "M/D dates (4/24, 4/28, 5/8), a 已关闭 row, 待定, a department-only row with an empty person cell; "
           "'下次质量例会：4月29日（周三）14:30'",
      items=[
          I('郝建', '4月批次直接纱含水率超标，追溯烘干工序参数', ('abs', '2026-04-24'), x('2026-04-24')),
          I('宁雪', '客户投诉短切纱结团，出具8D报告', ('abs', '2026-04-28'), x('2026-04-28')),
          I('尹承志', '3号拉丝机漏板温度波动排查', ('vague',)),
          I(None, '新型浸润剂对原丝强度影响验证', ('abs', '2026-05-08'), x('2026-05-08'), dept='技术中心'),
      ],
      nxt=(('abs', '2026-04-29', '14:30'), x('2026-04-29', '14:30')),
      notes="Sent Wed 2026-04-22. Row 1 '郝建（主责）/宁雪（配合）' -> owner 郝建 only (配合 is never an owner), '4/24' -> "
            "2026-04-24. Row 2 宁雪 '4/28' -> 2026-04-28. Row 3 is 已关闭 -> not an item. Row 4 '尹部长' -> alias of 尹承志, "
            "完成时间 待定 -> vague_due. Row 5 责任部门 技术中心 with an empty 责任人 cell -> owner null, no_owner, department "
            "技术中心; '5/8' -> 2026-05-08. Task texts are the 问题描述 cells reworded loosely (scorers match loosely). "
            "'下次质量例会：4月29日（周三）14:30' -> 2026-04-29 14:30.")
def c6311(c):
    rows = [['序号', '问题描述', '责任部门', '责任人', '完成时间', '状态'],
            ['1', '4月批次直接纱含水率超标，追溯烘干工序参数', '质量部', '郝建（主责）/宁雪（配合）', '4/24', '进行中'],
            ['2', '客户投诉短切纱结团，出具8D报告', '质量部', '宁雪', '4/28', '进行中'],
            ['3', '在线张力检测仪校准', '设备动力部', '尹承志', '4/20', '已关闭'],
            ['4', '3号拉丝机漏板温度波动排查', '设备动力部', '尹部长', '待定', '未开始'],
            ['5', '新型浸润剂对原丝强度影响验证', '技术中心', '', '5/8', '进行中']]
    intro = """各位好：

本周质量例会纪要如下（问题清单从Excel粘贴）：
"""
    outro = """
下次质量例会：4月29日（周三）14:30，二楼质量会议室。

郝建
质量部  岱联玻纤
"""
    plain = intro + '\n' + '\n'.join('\t'.join(r) for r in rows) + '\n' + outro
    trs = []
    for i, r in enumerate(rows):
        tds = []
        for j, cell in enumerate(r):
            cls = 'xl66' if i == 0 else ('xl68' if j in (0, 4) else 'xl67')
            xs = ' x:str' if j == 4 and i else ''
            tds.append('<td class=%s%s style="border:.5pt solid windowtext;padding:0 5.4pt">%s</td>'
                       % (cls, xs, html_escape(cell) or '&nbsp;'))
        trs.append('<tr style="height:14.25pt">%s</tr>' % ''.join(tds))
    table = ('<table border=0 cellspacing=0 cellpadding=0 width=702 style="width:526.5pt;border-collapse:collapse">\n'
             '%s\n</table>') % '\n'.join(trs)
    html = outlook_html(mso_paras(intro) + '\n<div align=center>' + table + '</div>\n' + mso_paras(outro), 'utf-8')
    ent = multi('alternative', [leaf('text/plain', plain, 'utf-8', 'quoted-printable'),
                                leaf('text/html', html, 'utf-8', 'quoted-printable')],
                outlook_boundary(c), preamble='This is a multipart message in MIME format.')
    to = [P('宁雪'), P('尹承志'), P('孔祥瑞'), P('亓鹏')]
    hdrs = delivery(c, R['郝建'][1], [rcv_exmail(c, 'HAOJIAN-PC', '123.132.45.18')]) + exmail_extra(c) + [
        ('From', addr(*P('郝建'), 'utf-8')),
        ('To', addrs(to, 'utf-8')),
        ('Cc', addrs([P('房振东'), BOT['B']], 'utf-8')),
        ('Subject', subj('质量周例会纪要-第17周', 'utf-8')),
        ('Date', c.date),
        ('Message-ID', outlook_mid(c, B_DOM)),
        ('MIME-Version', '1.0'),
        ('@ENT', None),
        ('X-Mailer', 'Microsoft Outlook 16.0'),
        ('Thread-Index', thread_index(c)),
        ('Content-Language', 'zh-cn'),
    ]
    return message(hdrs, ent, crlf=True)


@case(6312, 'english-ai-lines-turkish-customer-gmail', 'B', 'minutes', 'Thu, 7 May 2026 11:40:12 +0300',
      what="Gmail (Google Workspace) English minutes from a Turkish customer (+0300): 'AI: Name - task by X' lines, by Friday, "
           "by May 15, EOD, ASAP, a closed AI line, owners via English aliases (Cindy, Victor, Mr. Kong) and the From person; "
           "'Next call: Thursday May 21, 14:00 Istanbul time (19:00 Beijing)'",
      items=[
          I('段欣然', 'send updated TDS and CoA for the 2400 tex roving', ('wd', 4), x('2026-05-08')),
          I('宫立伟', 'confirm container allocation for the June shipment', ('abs', '2026-05-15'), x('2026-05-15')),
          I('Emre Yildiz', 'share blade-shell laminate test results', ('send',), x('2026-05-07')),
          I('孔祥瑞', 'root cause report on the fuzz issue', ('vague',)),
      ],
      nxt=(('tz', '2026-05-21 14:00', 180), x('2026-05-21', '19:00')),
      notes="Customer-written English minutes. Date Thu 2026-05-07 11:40 +0300 = 16:40 in Shanghai, still Thursday. "
            "'Cindy' -> 段欣然 (alias), 'by Friday' -> 2026-05-08. 'Victor' -> 宫立伟, 'by May 15' -> 2026-05-15. 'Emre' is the "
            "sender (Emre Yildiz, outsider in the roster, department null), 'EOD' -> the send date 2026-05-07, no time. "
            "'Mr. Kong' -> 孔祥瑞 (alias), 'ASAP' -> vague_due. The line marked '(closed) … done during the call' is not an item. "
            "'Decision: ABT accepts the revised Q3 price' is a decision. 'Next call: Thursday May 21, 14:00 Istanbul time "
            "(19:00 Beijing)' -> 2026-05-21 19:00 Asia/Shanghai.")
def c6312(c):
    text = """Hi Victor, Cindy,

Thanks for the call today. Minutes below - please shout if I missed anything.

Attendees: Victor Gong, Cindy Duan, Mr. Kong (Dailian); Selin Aksoy, Emre Yildiz (ABT)

Discussion
- Fuzz on the 2400 tex direct roving (lots 2604-118/119) is still above our limit at the creel. Dailian expects the new sizing to fix it.
- June shipment: 4 x 40HQ confirmed on ABT side.
- Decision: ABT accepts the revised price for Q3 (USD, FOB Qingdao).

Action items
AI: Cindy - send updated TDS and CoA for the 2400 tex roving by Friday
AI: Victor - confirm container allocation for the June shipment by May 15
AI: Emre - share blade-shell laminate test results EOD
AI: Mr. Kong - root cause report on the fuzz issue, ASAP
AI (closed): Selin - add Dailian 2400 tex to the approved vendor list - done during the call

Next call: Thursday May 21, 14:00 Istanbul time (19:00 Beijing).

Best regards,
Emre

--
Emre Yildiz
Supplier Quality Engineer | Anatolia Blade Technologies
Izmir, Türkiye | +90 232 555 0148
"""
    sig_split = text.index('--\nEmre Yildiz')
    html = ('<div dir="ltr">%s<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
            '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">%s</div></div></div>\n'
            ) % ('<br>'.join(html_escape(l) for l in text[:sig_split].rstrip('\n').split('\n')).replace('<br><br>', '<div><br></div>'),
                 '<br>'.join(html_escape(l) for l in text[sig_split + 3:].rstrip('\n').split('\n')))
    bd = '000000000000%s' % c.sid('gm', 16)
    ent = multi('alternative', [leaf('text/plain', text.replace('\n--\n', '\n-- \n'), 'UTF-8', 'quoted-printable'),
                                leaf('text/html', html, 'UTF-8', 'quoted-printable')], bd, quote_boundary=True)
    me = R['Emre Yildiz'][1]
    rcv = ['from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])\n\tby bizmx.qq.com (NewMx) with SMTP id 0\n'
           '\tfor <%s>; %s' % (BOT['B'][1], later(c.date, 3)),
           'by mail-sor-f41.google.com with SMTPS id 5614622812f47-%s.2.2026.05.07.01.40.12\n\tfor <%s>\n'
           '\t(Google Transport Security);\n\tThu, 07 May 2026 01:40:13 -0700 (PDT)' % (c.sid('gx', 10), BOT['B'][1])]
    hdrs = delivery(c, me, rcv) + [
        ('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=anatoliablade.example.com.tr; s=google; t=1778143212; x=1778748012;\n'
                           '        h=to:subject:message-id:date:from:mime-version:from:to:cc:subject\n         :date:message-id:reply-to;\n'
                           '        bh=%s=;\n        b=%s' % (b64id(c.name + 'bh', 43), b64id(c.name + 'b', 60))),
        ('X-Google-Smtp-Source', 'AGHT+I' + b64id(c.name + 'gs', 60)),
        ('MIME-Version', '1.0'),
        ('From', addr('Emre Yildiz', me)),
        ('Date', c.date),
        ('X-Gm-Features', 'AQt7F2' + b64id(c.name + 'gf', 40)),
        ('Message-ID', '<CAK%s@mail.gmail.com>' % b64id(c.name + 'mid', 46).replace('/', '_').replace('+', '-')),
        ('Subject', 'Minutes - Dailian / Anatolia Blade monthly call (May 7)'),
        ('To', addrs([('Victor Gong', R['宫立伟'][1]), ('Cindy Duan', R['段欣然'][1])], sep=', ')),
        ('Cc', addrs([('孔祥瑞', R['孔祥瑞'][1]), ('Selin Aksoy', 'selin.aksoy@anatoliablade.example.com.tr'), BOT['B']],
                     'UTF-8', sep=', ')),
        ('@ENT', None),
    ]
    return message(hdrs, ent)


@case(6313, 'supplier-followup-table-exmail-web', 'B', 'minutes', 'Mon, 11 May 2026 15:36:20 +0800',
      what="Exmail web UTF-8 HTML 外部沟通跟进表 (seed) as a two-column table for a supplier: ①②③ in one 解决方案 cell, "
           "'质量部郝部长' named inline, a conditional ③ without a date, 负责人 row, '下次沟通时间 2026-05-18 10:00'",
      items=[
          I('郝建', '完成第二批叶腊石粉化学成分复检', ('abs', '2026-05-13'), x('2026-05-13')),
          I('刁敏', '反馈供应商是否接受扣款方案', ('abs', '2026-05-15'), x('2026-05-15')),
          I('刁敏', '若供应商不接受扣款，启动备选供应商询价', ('none',)),
      ],
      nxt=(('abs', '2026-05-18', '10:00'), x('2026-05-18', '10:00')),
      notes="Seed 外部沟通跟进表 (supplier row) sent Mon 2026-05-11. The 解决方案/进展 cell holds three sub-items: ① names "
            "'质量部郝部长' -> 郝建 (alias), '（5月13日前）' -> 2026-05-13. ② names nobody -> the row's 负责人 刁敏, 5月15日前 -> "
            "2026-05-15. ③ is conditional ('若…不接受扣款') and has no date -> 刁敏, no_due. The 核心需求/反馈 cell is the "
            "supplier's position (facts), not a task. 下次沟通时间 '2026-05-18 10:00' -> next_followup.")
def c6313(c):
    rows = [['沟通编号', 'EC2026-0511'],
            ['沟通日期', '2026-05-11'],
            ['对方单位/联系人', '莱芜鑫源矿业/包经理'],
            ['我方对接人', '采购部/刁敏'],
            ['沟通类型（客户/供应商/合作方）', '供应商（质量异议处理）'],
            ['核心需求/反馈', '第二批叶腊石粉Al2O3含量偏低（检测值15.8%，合同要求≥17%），我方提出按合同扣款；供应商要求复检后再定'],
            ['解决方案/进展', '①质量部郝部长完成第二批叶腊石粉化学成分复检（5月13日前）\n②5月15日前反馈供应商是否接受扣款方案\n'
                         '③若供应商不接受扣款，启动备选供应商询价'],
            ['下次沟通时间', '2026-05-18 10:00'],
            ['负责人', '刁敏']]
    intro = """房总、各位：

今天下午和鑫源矿业包经理电话沟通了叶腊石粉质量异议，跟进表如下，请郝部长帮忙安排复检。
"""
    outro = """
刁敏
采购部
"""
    plain = intro + '\n外部沟通跟进表\n' + '\n'.join('%s：%s' % (a, b.replace('\n', ' ')) for a, b in rows) + '\n' + outro
    html = ('<div>%s</div><div><b>外部沟通跟进表</b></div>%s<div>%s</div>'
            '<div><includetail><!--<![endif]--></includetail></div>') % (
        lines_html(intro, 'div'),
        table_html(rows, 'border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:14px"',
                   head=False),
        lines_html(outro, 'div'))
    ent = multi('alternative', [leaf('text/plain', plain, 'utf-8', 'base64'), leaf('text/html', html, 'utf-8', 'base64')],
                exmail_boundary(c), preamble='This is a multi-part message in MIME format.')
    rcv = [rcv_exmail(c, 'localhost', '127.0.0.1', 1)]
    hdrs = delivery(c, R['刁敏'][1], rcv) + exmail_extra(c) + [
        ('From', addr(*P('刁敏'), 'utf-8')),
        ('To', addrs([P('房振东'), P('郝建')], 'utf-8', sep=', ')),
        ('Cc', addrs([P('宁雪'), BOT['B']], 'utf-8', sep=', ')),
        ('Subject', subj('外部沟通跟进表-叶腊石粉质量异议（EC2026-0511）', 'utf-8')),
        ('Mime-Version', '1.0'),
        ('@ENT', None),
        ('Content-Transfer-Encoding', '8Bit'),
        ('Date', c.date),
        ('X-Priority', '3'),
        ('Message-ID', '<tencent_%s@exmail.qq.com>' % c.SID('tx', 40)),
        ('X-QQ-MIME', 'TCMime 1.0 by Tencent'),
        ('X-Mailer', 'QQMail 2.x'),
        ('X-QQ-Mailer', 'QQMail 2.x'),
    ]
    return message(hdrs, ent)


@case(6314, 'tencent-meeting-ai-minutes-wecom-mail', 'B', 'minutes', 'Tue, 26 May 2026 17:18:02 +0800',
      what="企业微信 mail (UTF-8 base64) pasting a 腾讯会议 智能纪要: only the 待办事项 section counts (摘要 and 章节 restate "
           "dates such as 6月5日前), '@设备动力部 本月底前' (unit only, month end = Sunday 05-31), 尽快, a decision in the summary",
      items=[
          I('尹承志', '完成3号拉丝机变频器整体更换', ('abs', '2026-05-29'), x('2026-05-29')),
          I(None, '完成全厂空压机巡检', ('month_end',), x('2026-05-31'), dept='设备动力部'),
          I('鹿永强', '跟进客户退货的设备原因分析，给客户答复', ('vague',)),
      ],
      nxt=None,
      notes="AI-generated minutes (腾讯会议 智能纪要) pasted by 尹承志, sent Tue 2026-05-26. Only the 待办事项 section holds "
            "items; the 会议摘要 and 章节速览 restate the same topics with dates ('月底前', '6月5日前给出结论') and a decision "
            "('6月1日起实行设备点检日报制度'), none of which is an extra item. 待办 1 '@尹承志 5月29日前' -> 2026-05-29. 待办 2 "
            "'@设备动力部 本月底前' -> unit only -> no_owner, department 设备动力部; month end -> 2026-05-31 (a Sunday; the "
            "convention is the last day of the month, not the last working day). 待办 3 '@鹿永强 …尽快' -> vague_due. The "
            "meeting number and 会议时间 are not dates of items. No next meeting.")
def c6314(c):
    text = """各位，今天设备周会的腾讯会议智能纪要贴在下面，待办以下面为准，有出入的直接找我。

【腾讯会议 智能纪要】设备周会
会议时间：2026/05/26 15:00-15:48
会议号：866 215 904
参会人：尹承志、伊兆磊、公衍亮、鹿永强、訾家兴

会议摘要
本次会议讨论了3号拉丝机变频器故障、全厂空压机巡检计划以及客户退货涉及的设备原因。尹承志提出变频器需整体更换，并计划在月底前完成全厂空压机巡检；鹿永强反馈江苏客户退货问题，希望6月5日前给出设备方面的结论。会议决定6月1日起实行设备点检日报制度。

章节速览
00:01 3号拉丝机变频器故障
伊兆磊提到上周五已更换过一次驱动板，故障仍然复现；尹承志认为需要整体更换变频器，备件已到厂。
00:14 全厂空压机巡检
公衍亮建议巡检避开窑炉检修时段，尹承志同意按车间分批进行。
00:31 客户退货设备原因
鹿永强介绍了退货批次情况，初步怀疑与拉丝机张力波动有关，需要设备和质量部门共同分析。

待办事项
1. @尹承志 5月29日前完成3号拉丝机变频器整体更换
2. @设备动力部 本月底前完成全厂空压机巡检
3. @鹿永强 跟进客户退货的设备原因分析，尽快给客户答复

以上内容由AI生成，仅供参考

--
尹承志
设备动力部
"""
    html = ('<div style="font-family:-apple-system,\'PingFang SC\',sans-serif;font-size:15px;line-height:1.6">%s</div>'
            % lines_html(text, 'div'))
    ent = multi('alternative', [leaf('text/plain', text, 'utf-8', 'base64'), leaf('text/html', html, 'utf-8', 'base64')],
                exmail_boundary(c), preamble='This is a multi-part message in MIME format.')
    rcv = [rcv_exmail(c, 'wxwork-mail.qq.com', '101.91.33.60', 1)]
    to = [P('伊兆磊'), P('公衍亮'), P('鹿永强'), P('訾家兴')]
    hdrs = delivery(c, R['尹承志'][1], rcv) + exmail_extra(c) + [
        ('From', addr(*P('尹承志'), 'utf-8')),
        ('To', addrs(to, 'utf-8', sep=', ')),
        ('Cc', addrs([P('亓鹏'), BOT['B']], 'utf-8', sep=', ')),
        ('Subject', subj('设备周会纪要（腾讯会议智能纪要）', 'utf-8')),
        ('Mime-Version', '1.0'),
        ('@ENT', None),
        ('Date', c.date),
        ('X-Priority', '3'),
        ('Message-ID', '<tencent_%s@exmail.qq.com>' % c.SID('tx', 40)),
        ('X-QQ-MIME', 'TCMime 1.0 by Tencent'),
        ('X-Mailer', 'WeCom Mail 4.1.36 (iPhone; iOS 18.5)'),
    ]
    return message(hdrs, ent)


@case(6315, 'labour-day-eve-ehs-exmail-gb18030', 'B', 'minutes', 'Thu, 30 Apr 2026 16:55:31 +0800',
      what="Exmail web gb18030 base64 minutes on the eve of Labour Day: owner in trailing brackets '（公衍亮）', "
           "节后第一个工作日前 (05-06), 2个工作日内 over the holiday (05-07), '5月9日（周六调休上班）前' for a unit, a rule line, "
           "时间待定 for a unit; next meeting on the 05-09 make-up Saturday",
      items=[
          I('公衍亮', '窑炉冷却水系统全面巡检，提交巡检记录', ('after_hol', 'Labour Day'), x('2026-05-06')),
          I('尹承志', '完成天然气调压站安全阀校验', ('workdays', 2), x('2026-05-07')),
          I(None, '完成危化品库双人双锁检查', ('abs', '2026-05-09'), x('2026-05-09'), dept='安环部'),
          I(None, '组织新入职员工三级安全教育', ('vague',), dept='生产部'),
      ],
      nxt=(('abs', '2026-05-09', '08:30'), x('2026-05-09', '08:30')),
      notes="Sent Thu 2026-04-30, last working day before Labour Day (05-01..05-05; make-up working day Sat 05-09). #1 "
            "'池窑车间：…（公衍亮）' -> the person in brackets; '节后第一个工作日前' -> Wed 2026-05-06. #2 '设备动力部尹承志' -> "
            "尹承志; '2个工作日内' from the day after sending: 05-01..05-05 are holidays, 05-06 (1), 05-07 (2) -> 2026-05-07. "
            "#3 '安环部' (the writer's own unit, no person) -> no_owner, department 安环部; '5月9日（周六调休上班）前' -> "
            "2026-05-09. #4 is a rule for the holiday (交接班, 值班领导在岗) -> not an item. #5 '生产部' (unit only) -> no_owner, department 生产部, "
            "'具体时间待定' -> vague_due. "
            "'下次会议：5月9日（周六，正常上班）上午8:30' -> 2026-05-09 08:30.")
def c6315(c):
    text = """各部门负责人：

今天下午节前安全检查会议纪要如下：

1、池窑车间：窑炉冷却水系统全面巡检，节后第一个工作日前提交巡检记录。（公衍亮）
2、设备动力部尹承志：2个工作日内完成天然气调压站安全阀校验。
3、安环部：5月9日（周六调休上班）前完成危化品库双人双锁检查。
4、假期期间池窑、拉丝车间正常生产，各车间严格执行交接班制度，值班领导24小时在岗。
5、生产部：节后组织新入职员工三级安全教育，具体时间待定。

下次会议：5月9日（周六，正常上班）上午8:30，安环部会议室。

訾家兴
安环部
"""
    cs = 'gb18030'
    html = ('<meta http-equiv="Content-Type" content="text/html; charset=GB18030">'
            '<div style="font-family:微软雅黑,Microsoft YaHei;font-size:14px">%s</div>'
            '<div><includetail><!--<![endif]--></includetail></div>') % lines_html(text, 'div')
    ent = multi('alternative', [leaf('text/plain', text, cs, 'base64'), leaf('text/html', html, cs, 'base64')],
                exmail_boundary(c), preamble='This is a multi-part message in MIME format.')
    to = [P('公衍亮'), P('尹承志'), P('亓鹏'), P('伊兆磊')]
    hdrs = delivery(c, R['訾家兴'][1], [rcv_exmail(c, 'localhost', '127.0.0.1', 1)]) + exmail_extra(c) + [
        ('From', addr(*P('訾家兴'), 'gb18030')),
        ('To', addrs(to, 'gb18030', sep=', ')),
        ('Cc', addrs([P('房振东'), BOT['B']], 'gb18030', sep=', ')),
        ('Subject', subj('五一节前安全检查会议纪要', 'gb18030')),
        ('Mime-Version', '1.0'),
        ('@ENT', None),
        ('Content-Transfer-Encoding', '8Bit'),
        ('Date', c.date),
        ('X-Priority', '3'),
        ('Message-ID', '<tencent_%s@exmail.qq.com>' % c.SID('tx', 40)),
        ('X-QQ-MIME', 'TCMime 1.0 by Tencent'),
        ('X-Mailer', 'QQMail 2.x'),
        ('X-QQ-Mailer', 'QQMail 2.x'),
    ]
    return message(hdrs, ent)


@case(6316, 'tech-center-minutes-pdf-apple-mail', 'B', 'minutes', 'Fri, 12 Jun 2026 18:22:47 +0800',
      what="Apple Mail (macOS) UTF-8 QP short body + PDF minutes (reportlab, CID font, RFC 2231 filename): 6月26日前, "
           "6月30日前, '节后3个工作日内' across Dragon Boat counted from after the holiday, 时间待定; next '7月3日（周五）9:30'",
      items=[
          I('牛晓琳', '完成ECR配方第三轮小试', ('abs', '2026-06-26'), x('2026-06-26')),
          I('孔祥瑞', '提交省级企业技术中心复评材料', ('abs', '2026-06-30'), x('2026-06-30')),
          I('郝建', '出具ECR与E玻纤耐酸性对比检测报告', ('hol_workdays', 3, 'Dragon Boat Festival'), x('2026-06-24')),
          I('鹿永强', '收集2家风电客户对ECR产品的技术要求', ('vague',)),
      ],
      nxt=(('abs', '2026-07-03', '09:30'), x('2026-07-03', '09:30')),
      notes="The minutes are a PDF attachment; the body says only where they are (and warns about 节后 dates). Sent Fri "
            "2026-06-12. #1 牛晓琳 6月26日前 -> 2026-06-26. #2 孔祥瑞 (the sender) 6月30日前 -> 2026-06-30. #3 郝建 "
            "'节后3个工作日内' = within 3 working days after the Dragon Boat holiday (06-19..06-21): 06-22, 06-23, 06-24 -> "
            "2026-06-24 (counting from the day after sending would give 06-17, which ignores the word 节后; README convention; "
            "AMBIGUOUS only for a reader who drops 节后). "
            "#4 鹿永强 '时间待定' -> vague_due. 会议决定 (进入第三轮小试) is a decision. '下次评审会：7月3日（周五）9:30' -> "
            "2026-07-03 09:30.")
def c6316(c):
    text = """各位：

ECR项目评审会纪要见附件PDF，请按分工推进。端午放假，节后3个工作日内的事项请注意时间。

孔祥瑞
技术中心 | 泰安岱联玻纤股份有限公司
"""
    pdf = make_pdf('ECR玻纤新产品项目评审会会议纪要', [
        '时间：2026年6月12日 14:00-16:30    地点：技术中心会议室',
        '主持：孔祥瑞    记录：牛晓琳',
        '参会：房振东、孔祥瑞、郝建、牛晓琳、亓鹏、鹿永强',
        '',
        '#一、会议内容',
        'ECR配方第二轮小试拉伸强度达标，耐酸性较目标仍差3%；池窑试产需等第三轮小试结论。',
        '#二、会议决定',
        '项目进入第三轮小试，暂不调整立项预算。',
        '#三、工作安排',
        '1. 牛晓琳：6月26日前完成ECR配方第三轮小试。',
        '2. 孔祥瑞：6月30日前提交省级企业技术中心复评材料。',
        '3. 郝建：节后3个工作日内出具ECR与E玻纤耐酸性对比检测报告。',
        '4. 鹿永强：收集2家风电客户对ECR产品的技术要求，时间待定。',
        '#四、下次评审会',
        '7月3日（周五）9:30，技术中心会议室。',
        '',
        '技术中心  2026年6月12日',
    ])
    bd = 'Apple-Mail=_%s-%s-%s-%s-%s' % (c.SID('u1', 8), c.SID('u2', 4), c.SID('u3', 4), c.SID('u4', 4), c.SID('u5', 12))
    body = leaf('text/plain', text, 'utf-8', 'quoted-printable')
    fname = 'ECR项目评审会纪要0612.pdf'
    from urllib.parse import quote
    att = leaf('application/pdf', pdf, None, 'base64', params=';\n\tx-unix-mode=0644;\n\tname*=utf-8\'\'%s' % quote(fname),
               disp='attachment;\n\tfilename*=utf-8\'\'%s' % quote(fname))
    ent = multi('mixed', [body, att], bd, quote_boundary=True)
    rcv = [rcv_exmail(c, 'smtpclient.apple', '123.132.46.201', 2)]
    to = [P('房振东'), P('郝建'), P('牛晓琳'), P('亓鹏'), P('鹿永强')]
    hdrs = delivery(c, R['孔祥瑞'][1], rcv) + exmail_extra(c) + [
        ('@ENT', None),
        ('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))'),
        ('Subject', subj('ECR玻纤新产品项目评审会纪要', 'utf-8')),
        ('From', addr(*P('孔祥瑞'), 'utf-8')),
        ('In-Reply-To', None),
        ('Date', c.date),
        ('Cc', addr(*BOT['B'], 'utf-8')),
        ('Message-Id', '<%s-%s-%s-%s-%s@%s>' % (c.SID('i1', 8), c.SID('i2', 4), c.SID('i3', 4), c.SID('i4', 4),
                                                 c.SID('i5', 12), B_DOM)),
        ('To', addrs(to, 'utf-8', sep=',\n ')),
        ('X-Mailer', 'Apple Mail (2.3826.500.181.1.5)'),
    ]
    hdrs = [h for h in hdrs if h[1] is not None or h[0] == '@ENT']
    return message(hdrs, ent)


@case(6317, 'sales-excel-tsv-paste-foxmail-plain-gbk', 'B', 'minutes', 'Mon, 22 Jun 2026 17:40:05 +0800',
      what="Foxmail plain-text-only GBK base64 with a table copied from Excel as tab-separated text, two cells wrapped over two "
           "lines inside Excel quotes, M/D, 本周三, 6月底, 下周一, 已完成 row, 备注 column, first day after Dragon Boat",
      items=[
          I('鹿永强', '续签2026下半年框架合同（价格按5月公示价）', ('abs', '2026-06-24'), x('2026-06-24')),
          I('伊兆磊', '寄送2400tex样品2托', ('thiswk', 2), x('2026-06-24')),
          I('褚秀梅', '回收5月货款38.6万元', ('month_end',), x('2026-06-30')),
          I('房振东', '组织经销商座谈会，确定下半年返利政策', ('nextwk', 0), x('2026-06-29')),
      ],
      nxt=None,
      notes="Sent Mon 2026-06-22, first working day after Dragon Boat. The table was pasted from Excel as TSV: cells with a "
            "line break are wrapped in double quotes over two lines (rows 1 and 5). Row 1 鹿永强 '6/24' -> 2026-06-24. Row 2 "
            "伊兆磊 '本周三' -> 2026-06-24; 备注 '生产部配合' is a remark. Row 3 褚秀梅 '6月底' -> 2026-06-30. Row 4 '已完成' -> "
            "not an item. Row 5 '房总' -> alias of 房振东, '下周一' -> 2026-06-29. No next meeting (the intro mentions none).")
def c6317(c):
    rows = [['客户', '事项', '负责人', '截止', '备注'],
            ['山东鲁峰复材', '"续签2026下半年框架合同\n（价格按5月公示价）"', '鹿永强', '6/24', ''],
            ['江苏锦帆风电叶片', '寄送2400tex样品2托', '伊兆磊', '本周三', '生产部配合'],
            ['河北恒远管业', '回收5月货款38.6万元', '褚秀梅', '6月底', '财务部跟进'],
            ['浙江华腾电子', '打样结果确认', '鹿永强', '已完成', '6/19客户已确认'],
            ['泰安本地经销商', '"组织经销商座谈会，\n确定下半年返利政策"', '房总', '下周一', '']]
    text = """各位：

端午后第一次周会，重点客户跟进事项如下（从Excel贴过来的）：

%s

有问题随时找我。

鹿永强
销售部  岱联玻纤
手机：138 5388 2716
""" % '\n'.join('\t'.join(r) for r in rows)
    ent = leaf('text/plain', text, 'GBK', 'base64', crlf_inside=True)
    to = [P('伊兆磊'), P('褚秀梅'), P('房振东')]
    hdrs = delivery(c, R['鹿永强'][1], [rcv_exmail(c, 'LYQ-NB', '123.132.45.77')]) + exmail_extra(c) + [
        ('Date', c.date),
        ('From', addr(*P('鹿永强'), 'GBK')),
        ('To', addrs(to, 'GBK')),
        ('Cc', addrs([P('宫立伟'), BOT['B']], 'GBK')),
        ('Subject', subj('销售部周会纪要 6.22', 'GBK')),
        ('X-Priority', '3'),
        ('X-GUID', '%s-%s-%s-%s-%s' % (c.SID('g1', 8), c.SID('g2', 4), c.SID('g3', 4), c.SID('g4', 4), c.SID('g5', 12))),
        ('X-Has-Attach', 'no'),
        ('X-Mailer', 'Foxmail 7.2.25.375[cn]'),
        ('Mime-Version', '1.0'),
        ('Message-ID', '<202606221740056251%s@%s>' % (str(int(c.sid('m', 5), 16))[:4], B_DOM)),
        ('@ENT', None),
    ]
    return message(hdrs, ent)


@case(6318, 'other-scheduling-discussion-outlook', 'B', 'other', 'Thu, 9 Jul 2026 10:12:40 +0800',
      what="Outlook UTF-8 '答复:' thread where colleagues pick a slot for a customer meeting (two candidate times, who will "
           "send the invitation) -> other, no items, no follow-up",
      notes="A discussion about when to hold a meeting with the customer ABT: two candidate slots (7月14日（周二）下午3点 / "
            "7月16日（周四）上午10点) and who sends the invitation. Nothing was decided in a meeting and no minutes are recorded: "
            "kind other, no items, next_followup null (the candidate times are not a scheduled follow-up). The quoted message "
            "below is the colleague's question.")
def c6318(c):
    text = """欣然、孔主任：

ABT那边给了两个时间：7月14日（周二）下午3点，或者7月16日（周四）上午10点，都是北京时间。我倾向周四，孔主任看下技术中心哪天方便？
定下来以后欣然发正式会议邀请，把上次的8D报告一起附上。

宫立伟
外贸部

发件人: 段欣然 <duanxinran@dailian-gf.example.cn>
发送时间: 2026年7月9日 9:31
收件人: 宫立伟 <gongliwei@dailian-gf.example.cn>
主题: 与ABT季度评审会时间

宫经理：
Emre问我们7月中旬哪天方便开季度评审会，他们希望孔主任也参加，您看怎么回复？

欣然
"""
    top, quote = text.split('发件人: ', 1)
    html = outlook_html(mso_paras(top) + '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                        + mso_paras('发件人: ' + quote) + '\n</div>', 'utf-8')
    ent = multi('alternative', [leaf('text/plain', text, 'utf-8', 'base64', crlf_inside=True),
                                leaf('text/html', html, 'utf-8', 'base64', crlf_inside=True)],
                outlook_boundary(c), preamble='This is a multipart message in MIME format.')
    prev = '<000001dd0f5e$0c1d2e3f$24354657$@%s>' % B_DOM
    hdrs = delivery(c, R['宫立伟'][1], [rcv_exmail(c, 'GONGLW-PC', '123.132.45.18')]) + exmail_extra(c) + [
        ('From', addr(*P('宫立伟'), 'utf-8')),
        ('To', addrs([P('段欣然'), P('孔祥瑞')], 'utf-8')),
        ('Cc', addrs([P('房振东'), BOT['B']], 'utf-8')),
        ('References', prev),
        ('In-Reply-To', prev),
        ('Subject', subj('答复: 与ABT季度评审会时间', 'utf-8')),
        ('Date', c.date),
        ('Message-ID', outlook_mid(c, B_DOM)),
        ('MIME-Version', '1.0'),
        ('@ENT', None),
        ('X-Mailer', 'Microsoft Outlook 16.0'),
        ('Thread-Index', thread_index(c)),
        ('Content-Language', 'zh-cn'),
    ]
    return message(hdrs, ent, crlf=True)


@case(6337, 'auto-bulk-industry-newsletter', 'B', 'auto', 'Tue, 14 Jul 2026 08:00:02 +0800',
      what="Bulk industry newsletter from an ESP (Precedence: bulk, List-Id, List-Unsubscribe + One-Click, Feedback-ID) whose "
           "body has ①②③ lines with dates, a 联系人 and '前' -> kind auto, no items",
      notes="Bulk mail: an industry weekly sent through a mailing service to the bot's address (it was used to register for an "
            "expo). Precedence: bulk, List-Id, List-Unsubscribe(-Post) and Feedback-ID mark it as list mail that no person wrote "
            "for us -> kind auto. Its ①②③ lines ('7月20日前报名', '联系人', '8月底前') are news, not items; the bot must not answer.")
def c6337(c):
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>玻纤周刊</title></head>
<body style="margin:0;background:#f4f4f4"><table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Microsoft YaHei,Arial;font-size:14px;color:#333">
<tr><td style="background:#0b4f8a;color:#fff;padding:16px 24px;font-size:20px">玻纤复材资讯 · 周刊 第28期</td></tr>
<tr><td style="padding:16px 24px">
<p><b>本期要点</b></p>
<p>① 6月国内无碱玻纤粗纱均价环比上涨1.8%%，风电纱需求回暖，电子纱价格持稳。</p>
<p>② 中国玻纤复材行业协会2026年年会将于7月23日在泰安召开，参会企业请于7月20日前完成报名，联系人：协会秘书处王老师。</p>
<p>③ 工信部发布《玻璃纤维行业规范条件（2026年本）》征求意见稿，意见反馈截止8月底前。</p>
<p><b>市场数据</b>　2400tex直接纱 4,350元/吨（+50）；7628电子布 4.15元/米（持平）</p>
<p><b>企业动态</b>　多家头部企业宣布下半年冷修计划，合计影响产能约18万吨。</p>
<p style="color:#999;font-size:12px">您收到此邮件是因为您订阅了玻纤复材资讯周刊。<a href="https://news.fiberglass-info.example.cn/u/%s">退订</a> | <a href="https://news.fiberglass-info.example.cn/pref">订阅设置</a></p>
</td></tr></table>
<img src="https://trk.sendcloud.example.net/o/%s.gif" width="1" height="1" alt=""></body></html>
""" % (c.sid('u', 24), c.sid('o', 24))
    plain = """玻纤复材资讯 · 周刊 第28期

本期要点
① 6月国内无碱玻纤粗纱均价环比上涨1.8%%，风电纱需求回暖，电子纱价格持稳。
② 中国玻纤复材行业协会2026年年会将于7月23日在泰安召开，参会企业请于7月20日前完成报名，联系人：协会秘书处王老师。
③ 工信部发布《玻璃纤维行业规范条件（2026年本）》征求意见稿，意见反馈截止8月底前。

市场数据　2400tex直接纱 4,350元/吨（+50）；7628电子布 4.15元/米（持平）
企业动态　多家头部企业宣布下半年冷修计划，合计影响产能约18万吨。

退订：https://news.fiberglass-info.example.cn/u/%s
""" % c.sid('u', 24)
    bd = '----=_Part_SC_%s' % c.sid('bd', 24)
    ent = multi('alternative', [leaf('text/plain', plain, 'UTF-8', 'base64'), leaf('text/html', html, 'UTF-8', 'base64')], bd)
    sender = 'bounce-%s@mail.fiberglass-info.example.cn' % c.sid('bn', 12)
    rcv = ['from smtp-mx12.sendcloud.example.net (smtp-mx12.sendcloud.example.net [106.75.62.112])\n\tby bizmx.qq.com (NewMx) '
           'with SMTP id 0\n\tfor <%s>; %s' % (BOT['B'][1], later(c.date, 5))]
    hdrs = delivery(c, sender, rcv) + [
        ('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=fiberglass-info.example.cn; s=sc;\n\tt=1783987202; '
                           'h=From:To:Subject:Date:List-Unsubscribe;\n\tbh=%s=; b=%s' % (b64id(c.name + 'bh', 43), b64id(c.name + 'b', 60))),
        ('From', addr('玻纤复材资讯', 'news@mail.fiberglass-info.example.cn', 'UTF-8')),
        ('To', BOT['B'][1]),
        ('Subject', subj('玻纤周刊第28期｜6月粗纱价格走势；行业协会年会7月23日召开', 'UTF-8')),
        ('Date', c.date),
        ('Message-ID', '<%s.%s@sendcloud.example.net>' % (c.sid('m1', 20), c.sid('m2', 10))),
        ('MIME-Version', '1.0'),
        ('@ENT', None),
        ('Precedence', 'bulk'),
        ('List-Id', '=?UTF-8?B?%s?= <weekly.fiberglass-info.example.cn>' % base64.b64encode('玻纤周刊'.encode()).decode()),
        ('List-Unsubscribe', '<https://news.fiberglass-info.example.cn/u/%s>,\n <mailto:unsubscribe-%s@mail.fiberglass-info.example.cn>'
         % (c.sid('u', 24), c.sid('u', 12))),
        ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
        ('Feedback-ID', '28:weekly:fiberglass-info:sendcloud'),
        ('X-SendCloud-Tag', 'weekly-028'),
    ]
    return message(hdrs, ent)


@case(6338, 'taiwan-customer-big5-outlook-zh-tw', 'B', 'minutes', 'Wed, 22 Jul 2026 14:18:33 +0800',
      what="Outlook zh-TW big5 base64 minutes from a Taiwanese customer in traditional characters: owners '岱聯 郝經理', "
           "'寧雪', '鹿經理' (traditional forms; 鹿永強/寧雪 only match through To display names), '7/24（五）前', "
           "'下週三前', '本月底前', the writer's own item; '下次會議：8月5日（三）上午10:00'",
      items=[
          I('郝建', '提供近三批7628用紗毛羽檢測報告', ('abs', '2026-07-24'), x('2026-07-24')),
          I('宁雪', '寄送調整配方後的試樣10公斤至新竹廠', ('nextwk', 2), x('2026-07-29')),
          I('鹿永强', '回覆第三季報價', ('month_end',), x('2026-07-31')),
          I('林冠宇', '完成試樣上機測試並回報結果', ('abs', '2026-08-07'), x('2026-08-07')),
      ],
      nxt=(('abs', '2026-08-05', '10:00'), x('2026-08-05', '10:00')),
      notes="Customer minutes in traditional Chinese (big5, Outlook zh-TW), sent Wed 2026-07-22. Owners: '郝經理' -> 郝建 "
            "(郝建 is the only 郝 in the roster and is in To as 郝建); '寧雪' and "
            "'鹿經理' are written in traditional characters: the To header carries 寧雪 <ningxue@…> and 鹿永強 <luyongqiang@…>, "
            "so they resolve to the roster people 宁雪 and 鹿永强 (canonical simplified names). Task texts are kept as written "
            "(traditional). #1 '7/24（五）前' -> 2026-07-24 (a Friday). #2 '下週三前' -> 2026-07-29. #3 '本月底前' -> 2026-07-31. "
            "#4 the writer's own item '昇陽 林冠宇（本公司）' -> 林冠宇 (outsider in the roster, department null), '8/7前' -> "
            "2026-08-07. 一、會議結論 are decisions (incl. the standing rule '8月起每批出貨附上毛羽檢測數據'). "
            "'下次會議：8月5日（三）上午10:00' -> 2026-08-05 10:00.")
def c6338(c):
    text = """鹿經理、郝經理、寧小姐 您好：

感謝今天撥冗來新竹開會，會議紀要整理如下，如有遺漏請指正。

一、會議結論
1. 7628電子布經紗斷頭問題確認與紗線毛羽有關，岱聯同意調整浸潤劑配方。
2. 8月起每批出貨附上毛羽檢測數據。

二、待辦事項
1. 岱聯 郝經理：7/24（五）前提供近三批7628用紗毛羽檢測報告。
2. 岱聯 寧雪：下週三前寄送調整配方後的試樣10公斤至新竹廠。
3. 岱聯 鹿經理：本月底前回覆第三季報價。
4. 昇陽 林冠宇（本公司）：8/7前完成試樣上機測試並回報結果。

三、下次會議：8月5日（三）上午10:00，視訊會議。

林冠宇 Kuan-Yu Lin
品保部 課長
昇陽積層板股份有限公司
TEL: 03-5781234 ext. 3315
"""
    cs = 'big5'
    html = outlook_html(mso_paras(text), cs, lang='ZH-TW', font='新細明體')
    ent = multi('alternative', [leaf('text/plain', text, cs, 'base64', crlf_inside=True),
                                leaf('text/html', html, cs, 'base64', crlf_inside=True)],
                outlook_boundary(c), preamble='This is a multipart message in MIME format.')
    me = R['林冠宇'][1]
    rcv = ['from mail.shengyang-ccl.example.com.tw (mail.shengyang-ccl.example.com.tw [211.75.132.60])\n\tby bizmx.qq.com '
           '(NewMx) with SMTP id 0\n\tfor <%s>; %s' % (BOT['B'][1], later(c.date, 4)),
           'from KUANYU-NB (unknown [10.1.20.133])\n\tby mail.shengyang-ccl.example.com.tw (Postfix) with ESMTPSA id %s;\n\t%s'
           % (c.SID('pf', 11), later(c.date, 1))]
    to = [('鹿永強', R['鹿永强'][1]), ('郝建', R['郝建'][1]), ('寧雪', R['宁雪'][1])]
    hdrs = delivery(c, me, rcv) + [
        ('From', addr('林冠宇', me, 'big5')),
        ('To', addrs(to, 'big5')),
        ('Cc', addrs([('陳怡君', 'yichun.chen@shengyang-ccl.example.com.tw'), ('會議紀要助手', BOT['B'][1])], 'big5')),
        ('Subject', subj('會議紀要：昇陽積層板 × 岱聯玻纖 7/22 品質檢討會', 'big5')),
        ('Date', c.date),
        ('Message-ID', outlook_mid(c, 'shengyang-ccl.example.com.tw')),
        ('MIME-Version', '1.0'),
        ('@ENT', None),
        ('X-Mailer', 'Microsoft Outlook 16.0'),
        ('Thread-Index', thread_index(c)),
        ('Content-Language', 'zh-tw'),
    ]
    return message(hdrs, ent, crlf=True)


# ================================================================================================================
# C: 湖南橘洲鲜送网络科技有限公司 (橘洲鲜送), Feishu mail
# ================================================================================================================

def rcv_feishu(c, src, ip, plus=2):
    return ('from %s (unknown [%s])\n\tby mx.feishu.example.cn (Lark Mail) with ESMTPS id %s\n\tfor <%s>; %s'
            % (src, ip, c.sid('lk', 18), BOT['C'][1], later(c.date, plus)))


def feishu_hdrs(c, sender, to, cc, subject, extra=()):
    h = [('From', addr(*sender, 'utf-8')),
         ('To', addrs(to, 'utf-8', sep=', ')),
         ]
    if cc:
        h.append(('Cc', addrs(cc, 'utf-8', sep=', ')))
    h += [('Subject', subj(subject, 'utf-8')),
          ('Date', c.date),
          ('Message-Id', '<%s.%s@%s>' % (c.sid('fm', 20), c.sid('fm2', 8), C_DOM)),
          ('Mime-Version', '1.0'),
          ('X-Lms-Return-Path', '<lba+2%s@%s>' % (c.sid('lba', 30), C_DOM)),
          ('X-Mailer', 'Feishu Mail 7.43.6 (Mac)'),
          ] + list(extra) + [('@ENT', None)]
    return h


def feishu_html(text):
    return ('<html><head></head><body><div style="font-family: -apple-system, system-ui, \'PingFang SC\', sans-serif; '
            'font-size: 14px; line-height: 1.6;">%s</div></body></html>' % lines_html(text, 'div'))


@case(6319, 'feishu-ai-minutes-todo-same-time-next-week', 'C', 'minutes', 'Wed, 8 Apr 2026 16:31:10 +0800',
      what="Feishu mail with a pasted 飞书智能纪要 (总结/章节/待办): only 待办 counts; one task for two people gives two items; "
           "a unit-only 尽快 item; the sender's preface says '下周三同一时间再碰一次' and the meeting time is in the AI header",
      items=[
          I('彭博', '完成会员日活动PRD评审稿', ('wd', 4), x('2026-04-10')),
          I('欧阳琪', '完成优惠券叠加逻辑联调', ('nextwk', 2), x('2026-04-15')),
          I('贺子航', '完成优惠券叠加逻辑联调', ('nextwk', 2), x('2026-04-15')),
          I(None, '拉取近30天会员复购数据', ('vague',), dept='数据部'),
      ],
      nxt=(('nextwk', 2, '14:00'), x('2026-04-15', '14:00')),
      notes="AI minutes (飞书智能纪要) pasted under a short preface, sent Wed 2026-04-08. Only the 待办 list holds items: the "
            "总结 mentions '向婷…4月15日前完成站内预热资源位排期' and the 章节 restate details; neither adds items. 待办 1 "
            "彭博 '周五前' -> 2026-04-10. 待办 2 '欧阳琪、贺子航：下周三前…' -> the same task for two owners = two items, both "
            "2026-04-15. 待办 3 '数据部：尽快…' -> no_owner, department 数据部, vague_due. Preface '下周三同一时间再碰一次' with the "
            "AI header '2026年4月8日 周三 14:00 - 15:02' -> next_followup 2026-04-15 14:00.")
def c6319(c):
    text = """各位，下午评审会的飞书智能纪要贴在下面，待办我核对过了，按这个执行。下周三同一时间再碰一次，过一下联调结果。

——————————
会员日活动方案评审
2026年4月8日 周三 14:00 - 15:02 | 参会人：龙婧、彭博、欧阳琪、贺子航、向婷、田甜

总结
本次会议评审了4月会员日活动方案，确认活动时间为4月24日至26日，主推满99减20和会员专享价两种玩法。向婷提出需要在4月15日前完成站内预热资源位排期；欧阳琪、贺子航确认优惠券叠加逻辑需要前后端联调；田甜补充了复购数据的统计口径，建议只看近30天。

章节
14:02 活动目标与节奏
龙婧说明本次会员日目标为拉新2万、复购率提升3个百分点，彭博介绍了活动节奏。
14:25 优惠券叠加规则
讨论了满减券与会员价叠加的边界情况，决定会员价商品不可再叠加满减券。
14:48 数据监测
田甜建议增加分城市的复购看板。

待办
· 彭博：周五前完成会员日活动PRD评审稿
· 欧阳琪、贺子航：下周三前完成优惠券叠加逻辑联调
· 数据部：尽快拉取近30天会员复购数据

智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用

彭博 | 产品部
"""
    ent = multi('alternative', [leaf('text/plain', text, 'UTF-8', 'base64'), leaf('text/html', feishu_html(text), 'UTF-8', 'base64')],
                '%s' % c.sid('bd', 28))
    to = [P('龙婧'), P('欧阳琪'), P('贺子航'), P('向婷'), P('田甜')]
    hdrs = delivery(c, R['彭博'][1], [rcv_feishu(c, 'lark-mail-out-7.feishu.example.cn', '10.66.12.7')]) + \
        feishu_hdrs(c, P('彭博'), to, [BOT['C']], '会员日活动方案评审 | 飞书智能纪要')
    return message(hdrs, ent)


@case(6320, '3pl-partner-chat-paste-dingtalk-mail', 'C', 'minutes', 'Mon, 20 Apr 2026 19:08:44 +0800',
      what="Outsider (3PL partner) writes minutes from DingTalk mail (Alimail, UTF-8 base64) and appends the 钉钉 group chat "
           "that restates every item: chat lines are not items; 本月底前, 明天中午12点前, the writer's own item '我方（石磊）'",
      items=[
          I('文昊', '完成梅溪湖前置仓冷柜温控改造', ('abs', '2026-04-24'), x('2026-04-24')),
          I('廖志军', '与宁乡沩山合作社签订5月保供协议', ('month_end',), x('2026-04-30')),
          I('聂芳', '上线缺货自动补偿话术', ('days', 1, '12:00'), x('2026-04-21', '12:00')),
          I('石磊', '补充晚高峰（17:00-20:00）骑手30名', ('abs', '2026-04-22'), x('2026-04-22')),
      ],
      nxt=None,
      notes="Minutes by the delivery partner 星城即时配送 (From 石磊, outsider in the roster), sent Mon 2026-04-20 19:08. Part 一 "
            "holds the items; part 二 is the pasted 钉钉 group chat, which restates them ('@文昊 周五前搞定冷柜哈', '22号前补齐') "
            "and adds nothing. #1 文昊 4月24日前 -> 2026-04-24. #2 廖志军 '本月底前' -> 2026-04-30. #3 聂芳 '明天中午12点前' -> "
            "2026-04-21 12:00. #4 '我方（石磊）' -> 石磊 (department null: outsider), 4月22日前 -> 2026-04-22; '17:00-20:00' is "
            "part of the task, not a due time. #5 (赔付标准维持现状) is a decision. No next meeting.")
def c6320(c):
    text = """文经理、廖总：

今天下午配送协同会的纪要如下，群里讨论的记录也附在后面备查。

一、会议纪要
1. 文昊：4月24日前完成梅溪湖前置仓冷柜温控改造，改造期间冷链订单由岳麓仓代发。
2. 廖志军：本月底前与宁乡沩山合作社签订5月保供协议。
3. 聂芳：明天中午12点前上线缺货自动补偿话术。
4. 我方（石磊）：4月22日前补充晚高峰（17:00-20:00）骑手30名。
5. 超时订单赔付标准维持现状，不做调整。

二、群聊记录（钉钉群“橘洲×星城配送协同”）
[2026-04-20 16:41] 文昊：冷柜那个我周五前搞定
[2026-04-20 16:42] 石磊：好的，@文昊 周五前搞定冷柜哈
[2026-04-20 16:45] 廖志军：合作社那边月底前签
[2026-04-20 16:47] 聂芳：补偿话术明天中午前上
[2026-04-20 16:50] 石磊：骑手我这边22号前补齐30个

石磊
长沙星城即时配送有限公司 运营部
电话：0731-8826 5510
"""
    html = ('<div class="__aliyun_email_body_block">%s</div>'
            % lines_html(text, 'div', '<br >', 'clear:both;font-family:Tahoma,Arial,STHeitiSC-Light;font-size:14px;color:#000000;'))
    bd = '----=ALIBOUNDARY_%d_%s' % (int(c.sid('ab', 5), 16), c.sid('ab2', 8))
    ent = multi('alternative', [leaf('text/plain', text, 'UTF-8', 'base64'), leaf('text/html', html, 'UTF-8', 'base64')], bd)
    me = R['石磊'][1]
    rcv = ['from out30-133.freemail.mail.aliyun.example.com (out30-133.freemail.mail.aliyun.example.com [115.124.30.133])\n\tby '
           'mx.feishu.example.cn (Lark Mail) with ESMTPS id %s\n\tfor <%s>; %s' % (c.sid('lk', 18), BOT['C'][1], later(c.date, 3)),
           'from DingTalk-Mail(mailfrom:%s fp:SMTPD_---.%s)\n          by smtp.aliyun-inc.com;\n          %s'
           % (me, b64id(c.name, 10).replace('/', 'x').replace('+', 'y'), later(c.date, 1, '').rstrip())]
    to = [P('文昊'), P('廖志军')]
    hdrs = delivery(c, me, rcv) + [
        ('X-Alimail-AntiSpam', 'AC=PASS;BC=-1|-1;BR=01201311R141e4;CH=green;DM=||false|;DS=||;FP=0|-1|-1|-1|0|-1|-1|-1;HT=%s;'
                               'MF=%s;NM=1;PH=DW;RN=5;SR=0;TI=W4_%d' % (c.sid('ht', 4), me, int(c.sid('ti', 5), 16))),
        ('Date', c.date),
        ('From', addr('石磊', me, 'UTF-8')),
        ('To', addrs(to, 'UTF-8', sep=', ')),
        ('Cc', addrs([P('聂芳'), BOT['C']], 'UTF-8', sep=', ')),
        ('Reply-To', addr('石磊', me, 'UTF-8')),
        ('Message-ID', '<%s-%s-%s-%s-%s.%s>' % (c.sid('u1', 8), c.sid('u2', 4), c.sid('u3', 4), c.sid('u4', 4), c.sid('u5', 12), me)),
        ('Subject', subj('4.20 配送协同会纪要（附群聊记录）', 'UTF-8')),
        ('X-Priority', '3'),
        ('X-Mailer', 'DingTalk-Mail/7.6.30 (Android 14)'),
        ('MIME-Version', '1.0'),
        ('@ENT', None),
    ]
    return message(hdrs, ent)


@case(6321, 'thunderbird-markdown-checklist-dev', 'C', 'minutes', 'Wed, 6 May 2026 20:14:09 +0800',
      what="Thunderbird text/plain 8bit UTF-8 format=flowed markdown minutes: '- [x]' done rows (review) and '- [ ] @name' "
           "open rows, '@hank' alias, 'due 5/8', 'by Fri', TBD, '本周六（调休上班）前' on the first day after Labour Day; "
           "'Next review: 5/13 10:00'",
      items=[
          I('欧阳琪', '首页改版灰度放量到 5%', ('abs', '2026-05-08'), x('2026-05-08')),
          I('贺子航', '订单超时自动取消接口压测', ('wd', 4), x('2026-05-08')),
          I('龙婧', '确认 618 活动需求冻结时间', ('vague',)),
          I('彭博', '补齐会员日活动复盘文档', ('thiswk', 5), x('2026-05-09')),
      ],
      nxt=(('abs', '2026-05-13', '10:00'), x('2026-05-13', '10:00')),
      notes="Markdown-style minutes from a developer, sent Wed 2026-05-06 (first working day after Labour Day). The '上周 Action "
            "回顾' rows are '- [x]' (done) -> not items. Open rows: '@欧阳琪 …due 5/8' -> 2026-05-08; '@hank …by Fri' -> Hank = "
            "alias of 贺子航, Friday 2026-05-08; '@龙婧 …（TBD）' -> vague_due; '@彭博 …本周六（调休上班）前' -> Sat 2026-05-09, the "
            "make-up working day. The 备注 line (每天10:00看板复盘) is a standing routine, not an item. 'Next review: 5/13 10:00' "
            "-> 2026-05-13 10:00.")
def c6321(c):
    text = """## 研发周会 2026-05-06（节后第一天）

参会：曾凡宇、欧阳琪、贺子航、彭博、龙婧（后半程）

### 上周 Action 回顾
- [x] @贺子航 修复 iOS 17 下单页闪退 —— 已随 4.8.2 上线
- [x] @欧阳琪 首页骨架屏

### 本周 Action
- [ ] @欧阳琪 首页改版灰度放量到 5%，due 5/8
- [ ] @hank 订单超时自动取消接口压测，by Fri
- [ ] @龙婧 确认 618 活动需求冻结时间（TBD）
- [ ] @彭博 补齐会员日活动复盘文档，本周六（调休上班）前

### 备注
- 灰度期间每天 10:00 看板复盘（常规，不单列）

Next review: 5/13 10:00，7楼小会议室

-- 
曾凡宇 | 研发部
"""
    ent = leaf('text/plain', text, 'UTF-8', '8bit', ctype_fmt='{ctype}; charset={charset}', params='; format=flowed')
    to = [P('欧阳琪'), P('贺子航'), P('彭博'), P('龙婧')]
    hdrs = delivery(c, R['曾凡宇'][1], [rcv_feishu(c, '[192.168.3.27]', '113.246.91.18')]) + [
        ('Message-ID', '<%s-%s-%s-%s-%s@%s>' % (c.sid('u1', 8), c.sid('u2', 4), c.sid('u3', 4), c.sid('u4', 4), c.sid('u5', 12), C_DOM)),
        ('Date', c.date),
        ('MIME-Version', '1.0'),
        ('User-Agent', 'Mozilla Thunderbird'),
        ('Content-Language', 'zh-CN'),
        ('To', addrs(to, 'UTF-8', sep=',\n ')),
        ('Cc', addr(*BOT['C'], 'UTF-8')),
        ('From', addr(*P('曾凡宇'), 'UTF-8')),
        ('Subject', subj('[研发周会] 5/6 纪要', 'UTF-8')),
        ('@ENT', None),
    ]
    return message(hdrs, ent)


@case(6322, 'feishu-html-only-rowspan-day-time-two-lines', 'C', 'minutes', 'Thu, 28 May 2026 18:46:20 +0800',
      what="Feishu single-part text/html (UTF-8 QP) 618 prep minutes: table with rowspan 模块 cells, '主责：X；配合：Y、Z' in "
           "one cell, a partner named as 配合, a department-only owner cell, remarks column; next meeting with the day on one "
           "line and '下午4点' on the next",
      items=[
          I('蒋晓', '站外投放素材定稿', ('abs', '2026-06-01'), x('2026-06-01')),
          I('易凯', '社群预热话术及节奏', ('nextwk', 2), x('2026-06-03')),
          I('廖志军', '爆品清单及价格带确认', ('abs', '2026-06-03'), x('2026-06-03')),
          I('邹敏', '活动价库存锁定', ('abs', '2026-06-10', '18:00'), x('2026-06-10', '18:00')),
          I('文昊', '大促期间前置仓人力排班', ('vague',)),
          I(None, '大促全链路压测', ('abs', '2026-06-08'), x('2026-06-08'), dept='研发部'),
      ],
      nxt=(('abs', '2026-06-04', '16:00'), x('2026-06-04', '16:00')),
      notes="HTML-only minutes (no text/plain alternative), sent Thu 2026-05-28. The 模块 column is merged with rowspan. Each "
            "负责人 cell reads '主责：X；配合：Y' -> only 主责 owns (配合 people, including the partner 石磊, are never owners). "
            "#1 蒋晓 6月1日前 -> 2026-06-01. #2 易凯 '下周三' -> 2026-06-03. #3 廖志军 6月3日前 -> 2026-06-03. #4 邹敏 "
            "'6月10日18:00前' -> 2026-06-10 18:00. #5 文昊 '待定' -> vague_due (备注 '等单量预测' is a remark). #6 负责人 cell "
            "'研发部' only -> no_owner, department 研发部, 6月8日前 -> 2026-06-08; 备注 '曾总确认排期' is a remark, not an owner. "
            "'下次筹备会：' then '6月4日（周四）' and '下午4点，线上飞书会议' on separate lines -> 2026-06-04 16:00.")
def c6322(c):
    rows_html = """<table style="border-collapse:collapse;font-size:14px" border="1" cellpadding="6">
<tr style="background:#f5f6f7"><th>模块</th><th>事项</th><th>负责人</th><th>截止时间</th><th>备注</th></tr>
<tr><td rowspan="2">流量</td><td>站外投放素材定稿</td><td>主责：蒋晓；配合：易凯</td><td>6月1日前</td><td></td></tr>
<tr><td>社群预热话术及节奏</td><td>主责：易凯</td><td>下周三</td><td>按城市分群</td></tr>
<tr><td rowspan="2">商品</td><td>爆品清单及价格带确认</td><td>主责：廖志军；配合：邹敏、钟岚</td><td>6月3日前</td><td></td></tr>
<tr><td>活动价库存锁定</td><td>主责：邹敏</td><td>6月10日18:00前</td><td></td></tr>
<tr><td>履约</td><td>大促期间前置仓人力排班</td><td>主责：文昊；配合：石磊（星城配送）</td><td>待定</td><td>等单量预测</td></tr>
<tr><td>技术</td><td>大促全链路压测</td><td>研发部</td><td>6月8日前</td><td>曾总确认排期</td></tr>
</table>"""
    body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family: -apple-system, system-ui, 'PingFang SC', sans-serif; font-size: 14px; line-height: 1.6;">
<div>各位：</div><div><br></div>
<div>今天618大促第2次筹备会纪要如下，请各负责人按时间推进，有风险及时在群里同步。</div><div><br></div>
%s
<div><br></div>
<div>结论：大促主会场6月15日20:00开启，爆品数量不超过30个。</div>
<div><br></div>
<div>下次筹备会：</div>
<div>6月4日（周四）</div>
<div>下午4点，线上飞书会议</div>
<div><br></div>
<div>向婷 | 运营中心</div>
</div></body></html>
""" % rows_html
    ent = leaf('text/html', body, 'UTF-8', 'quoted-printable')
    to = [P('蒋晓'), P('易凯'), P('廖志军'), P('邹敏'), P('文昊'), P('曾凡宇')]
    hdrs = delivery(c, R['向婷'][1], [rcv_feishu(c, 'lark-mail-out-3.feishu.example.cn', '10.66.12.3')]) + \
        feishu_hdrs(c, P('向婷'), to, [P('钟岚'), ('石磊', R['石磊'][1]), BOT['C']], '618大促筹备会纪要（第2次）')
    return message(hdrs, ent)


@case(6323, 'cooperative-126-webmail-makeup-saturday', 'C', 'minutes', 'Sat, 9 May 2026 20:35:41 +0800',
      what="Outsider (vegetable cooperative) on 126 webmail, GBK base64, colloquial minutes sent on the 05-09 make-up "
           "Saturday: '我这边5月15日前' (the writer's item), '钟主管下周一', 5月20日前, '等廖总定' (no deadline), a standing "
           "routine, '下次对接大概6月上旬' (vague -> no follow-up)",
      items=[
          I('喻德旺', '把菜心、红菜薹的农残检测报告发给钟主管', ('abs', '2026-05-15'), x('2026-05-15')),
          I('钟岚', '带人来基地抽检', ('nextwk', 0), x('2026-05-11')),
          I('邹敏', '4月货款走完付款流程', ('abs', '2026-05-20'), x('2026-05-20')),
          I('廖志军', '确定夏季新品种（空心菜、苋菜）的收购价', ('none',)),
      ],
      nxt=None,
      notes="Written by the supplier cooperative's head (From 喻德旺, 126.com, outsider in the roster) in plain colloquial "
            "Chinese, sent Sat 2026-05-09 (a make-up working day). #1 (每天6点前送货) is a standing routine, not an item. #2 "
            "'我这边5月15日前…' -> 喻德旺, 2026-05-15. #3 '钟主管下周一带人来基地抽检' -> 钟岚 (alias), 下周一 from Saturday -> "
            "2026-05-11. #4 邹敏 5月20日前 -> 2026-05-20. #5 '等廖总定' -> 廖志军 must decide, no deadline at all -> no_due "
            "(AMBIGUOUS: a reader could see it as a pending decision rather than a task; a careful assistant tracks it). "
            "'下次对接大概6月上旬，到时候再约' has no date -> next_followup null.")
def c6323(c):
    text = """邹敏、钟主管：

今天辛苦你们跑一趟沩山基地。我把今天商量的事情整理了一下，你们看看有没有漏的：

1. 基地每天早上6点前把菜送到望城仓，这个照旧。
2. 我这边5月15日前把这批菜心、红菜薹的农残检测报告发给钟主管。
3. 钟主管下周一带人来基地抽检。
4. 4月的货款，邹敏5月20日前走完付款流程。
5. 夏季新品种（空心菜、苋菜）的收购价，等廖总定。

下次对接大概6月上旬，到时候再约。

喻德旺
宁乡沩山蔬菜专业合作社
"""
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s</div><br><br>'
            '<span title="neteasefooter"><p>&nbsp;</p></span>') % lines_html(text, 'div')
    bd = '----=_Part_%d_%d.%d' % (int(c.sid('p1', 6), 16), int(c.sid('p2', 8), 16), 1778330141000 + int(c.sid('p3', 3), 16))
    ent = multi('alternative', [leaf('text/plain', text, 'GBK', 'base64'), leaf('text/html', html, 'GBK', 'base64')], bd)
    me = R['喻德旺'][1]
    rcv = ['from m16-42.126.com (m16-42.126.com [220.181.16.42])\n\tby mx.feishu.example.cn (Lark Mail) with ESMTPS id %s\n'
           '\tfor <%s>; %s' % (c.sid('lk', 18), BOT['C'][1], later(c.date, 3)),
           'from ningxiang_yudw$126.com ( [223.146.82.17] ) by\n ajax-webmail-wmsvr-40-120 (Coremail) ; %s'
           % later(c.date, 0, '')]
    hdrs = delivery(c, me, rcv) + [
        ('X-Originating-IP', '[223.146.82.17]'),
        ('Date', c.date),
        ('From', addr('喻德旺', me, 'GBK')),
        ('To', addrs([P('邹敏'), P('钟岚')], 'GBK', sep=',\n ')),
        ('Cc', addrs([P('廖志军'), BOT['C']], 'GBK', sep=',\n ')),
        ('Subject', subj('今天基地对接会的纪要', 'GBK')),
        ('X-Priority', '3'),
        ('X-Mailer', 'Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)\n Copyright (c) 2002-2026 www.mailtech.cn 126com'),
        ('X-NTES-SC', 'AL_Qu2b' + c.sid('sc', 40)),
        ('MIME-Version', '1.0'),
        ('@ENT', None),
        ('Message-ID', '<%s.%s.%s.Coremail.%s>' % (c.sid('a', 8), c.sid('b', 4), c.sid('c', 11), me)),
        ('X-Coremail-Locale', 'zh_CN'),
        ('X-CM-TRANSID', 'KCgvCgAX%s' % c.sid('t', 22)),
        ('X-CM-SenderInfo', 'pqlqxtlwlnbhwbkjqrp6rljoofrz/1tbiEg%s' % c.sid('si', 10)),
    ]
    return message(hdrs, ent)


@case(6324, 'dingtalk-ai-tingji-forwarded-feishu', 'C', 'minutes', 'Tue, 2 Jun 2026 10:27:55 +0800',
      what="Feishu mail pasting a 钉钉AI听记 of yesterday's meeting held on the partner's DingTalk: 摘要/关键决策/章节 are not "
           "items, '□' 待办 lines with 6月5日前, 本周四前, the partner's item, '（无截止时间）'",
      items=[
          I('文昊', '输出618分仓单量预测', ('abs', '2026-06-05'), x('2026-06-05')),
          I('钟岚', '完成冷链箱温度抽检，出抽检报告', ('thiswk', 3), x('2026-06-04')),
          I('石磊', '完成新招骑手冷链操作培训', ('abs', '2026-06-12'), x('2026-06-12')),
          I('聂芳', '客诉分类口径与配送方对齐', ('none',)),
      ],
      nxt=None,
      notes="钉钉AI听记 of the 06-01 meeting, pasted by 文昊 on Tue 2026-06-02 (dates resolve against the mail's Date; "
            "'本周四' is 06-04 from either day). Only 【待办事项】 holds items: 【摘要】 restates '6月10日前提供分仓单量预测' "
            "(the partner's wish, not an extra item) and 【关键决策】 is a decision. #1 文昊 6月5日前 -> 2026-06-05. #2 钟岚 "
            "本周四前 -> 2026-06-04. #3 石磊 (partner, outsider in the roster, in To) 6月12日前 -> 2026-06-12. #4 聂芳 "
            "'（无截止时间）' -> no_due. No next meeting.")
def c6324(c):
    text = """各位，昨天和星城配送的周会是在他们钉钉上开的，AI听记导出如下，待办我对过了，没问题。

钉钉AI听记｜前置仓履约周会
会议时间：2026-06-01 15:00-15:45
参与人：文昊、廖志军、聂芳、钟岚、石磊

【摘要】
会议回顾了5月履约数据，准时率97.2%，较4月提升1.1个百分点。石磊提出618期间需要我方在6月10日前提供分仓单量预测，以便提前排骑手；聂芳反馈5月客诉中冷链温度问题占比最高，达到31%；钟岚建议对冷链箱做一次温度抽检。

【关键决策】
- 6月15日起雨天配送费补贴提高到每单2元。

【待办事项】
□ 文昊  6月5日前输出618分仓单量预测
□ 钟岚  本周四前完成冷链箱温度抽检，出抽检报告
□ 石磊  6月12日前完成新招骑手冷链操作培训
□ 聂芳  客诉分类口径与配送方对齐（无截止时间）

【章节】
00:00 5月履约数据回顾
08:40 冷链客诉
21:10 618准备

文昊 | 仓储物流部
"""
    ent = multi('alternative', [leaf('text/plain', text, 'UTF-8', 'base64'), leaf('text/html', feishu_html(text), 'UTF-8', 'base64')],
                c.sid('bd', 28))
    to = [P('廖志军'), P('聂芳'), P('钟岚'), ('石磊', R['石磊'][1])]
    hdrs = delivery(c, R['文昊'][1], [rcv_feishu(c, 'lark-mail-out-5.feishu.example.cn', '10.66.12.5')]) + \
        feishu_hdrs(c, P('文昊'), to, [BOT['C']], '转发钉钉AI听记：前置仓履约周会 6/1')
    return message(hdrs, ent)


@case(6325, 'auto-feishu-out-of-office-dragon-boat', 'C', 'auto', 'Fri, 19 Jun 2026 09:12:03 +0800',
      what="Feishu out-of-office auto reply ('自动回复：Re: …', Auto-Submitted: auto-replied) to a bot recap during "
           "Dragon Boat, body with dates and a delegate -> auto",
      notes="Automatic reply from 向婷's mailbox to the bot's recap, sent on the Dragon Boat holiday (06-19). Auto-Submitted: "
            "auto-replied and the '自动回复：' subject mark it; the body's dates (6月19日至21日, 6月22日) and the delegate (易凯) "
            "are neither items nor commands. The bot must not parse it as a reply nor answer it.")
def c6325(c):
    text = """您好，我于6月19日至6月21日端午休假，期间不便及时回复邮件。
紧急事项请联系易凯（yikai@juzhouxs.example.com，电话 138 7311 2046）。
6月22日起恢复正常办公，谢谢！

向婷 | 运营中心
"""
    ent = multi('alternative', [leaf('text/plain', text, 'UTF-8', 'base64'), leaf('text/html', feishu_html(text), 'UTF-8', 'base64')],
                c.sid('bd', 28))
    recap = '<mb.%s@%s>' % (c.sid('rc', 20), C_DOM)
    hdrs = delivery(c, R['向婷'][1], [rcv_feishu(c, 'lark-mail-out-3.feishu.example.cn', '10.66.12.3', 1)]) + [
        ('From', addr(*P('向婷'), 'utf-8')),
        ('To', addr(*BOT['C'], 'utf-8')),
        ('Subject', subj('自动回复：Re: 618大促筹备会纪要（第3次）', 'utf-8')),
        ('Date', c.date),
        ('Message-Id', '<%s.%s@%s>' % (c.sid('fm', 20), c.sid('fm2', 8), C_DOM)),
        ('In-Reply-To', recap),
        ('References', recap),
        ('Auto-Submitted', 'auto-replied'),
        ('X-Auto-Response-Suppress', 'All'),
        ('Mime-Version', '1.0'),
        ('X-Lms-Return-Path', '<lba+2%s@%s>' % (c.sid('lba', 30), C_DOM)),
        ('@ENT', None),
    ]
    return message(hdrs, ent)


@case(6326, 'mailmaster-grouped-by-department-qiantou', 'C', 'minutes', 'Mon, 15 Jun 2026 21:03:16 +0800',
      what="网易邮箱大师 (Android) UTF-8 minutes grouped under 【部门】 headings with continuous numbering: '曾总牵头，欧阳琪、"
           "贺子航配合' (one owner), 6/18前, 明天, 3个工作日内 before Dragon Boat, 节后第一个工作日, 时间待定; next "
           "'端午节后第一个工作日上午10点'",
      items=[
          I('彭博', '输出会员等级权益PRD终稿', ('abs', '2026-06-18'), x('2026-06-18')),
          I('龙婧', '和财务确认积分成本预算', ('days', 1), x('2026-06-16')),
          I('曾凡宇', '会员等级计算服务重构，给出技术方案', ('workdays', 3), x('2026-06-18')),
          I('贺子航', '完成积分商城接口联调', ('after_hol', 'Dragon Boat Festival'), x('2026-06-22')),
          I('易凯', '准备会员权益宣传物料', ('vague',)),
      ],
      nxt=(('after_hol', 'Dragon Boat Festival', '10:00'), x('2026-06-22', '10:00')),
      notes="Sent Mon 2026-06-15 21:03 from NetEase Mail Master. Items are numbered 1-5 across the department headings. "
            "#1 彭博 '6/18前' -> 2026-06-18. #2 龙婧 (the writer) '明天' -> 2026-06-16. #3 '曾总牵头，欧阳琪、贺子航配合' -> "
            "owner 曾凡宇 only (牵头 owns, 配合 never); '3个工作日内' -> 06-16, 06-17, 06-18 -> 2026-06-18. #4 贺子航 "
            "'节后第一个工作日' -> Mon 2026-06-22. #5 易凯 '时间待定' -> vague_due. '端午节后第一个工作日上午10点复盘' -> "
            "next_followup 2026-06-22 10:00.")
def c6326(c):
    text = """各位：

今天会员体系升级项目周会纪要：

【产品部】
1. 彭博：6/18前输出会员等级权益PRD终稿。
2. 龙婧：明天和财务确认积分成本预算。

【研发部】
3. 会员等级计算服务重构，曾总牵头，欧阳琪、贺子航配合，3个工作日内给出技术方案。
4. 贺子航：节后第一个工作日完成积分商城接口联调。

【运营中心】
5. 易凯：准备会员权益宣传物料，时间待定。

端午节后第一个工作日上午10点复盘。

龙婧
"""
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s</div>\n'
            '<div class="J-reply" style="background-color:#f2f2f2;color:black;padding-top:6px;padding-bottom:6px;'
            'border-radius:3px;margin-top:45px;margin-bottom:20px;font-family:\'Microsoft YaHei\';">\n'
            '<div style="font-size:12px;line-height:1.5;word-break:break-all;margin-left:10px;margin-right:10px">发自'
            '<a class="mail-to" style="text-decoration:none;color:#2a83f2;" href="https://mail.163.com/dashi/dlpro.html?from=mail88" '
            'target="_blank">网易邮箱大师</a></div>\n</div>\n') % lines_html(text, 'div')
    plain = text + '\n发自网易邮箱大师\n'
    bd = '----=_Part_%s' % c.sid('b', 20)
    ent = multi('alternative', [leaf('text/plain', plain, 'UTF-8', 'base64'), leaf('text/html', html, 'UTF-8', 'base64')], bd)
    to = [P('彭博'), P('曾凡宇'), P('欧阳琪'), P('贺子航'), P('易凯')]
    hdrs = delivery(c, R['龙婧'][1], [rcv_feishu(c, '[10.0.0.23]', '39.144.106.21')]) + [
        ('Date', c.date),
        ('From', addr(*P('龙婧'), 'UTF-8')),
        ('To', addrs(to, 'UTF-8', sep=',\n ')),
        ('Cc', addrs([P('向婷'), BOT['C']], 'UTF-8', sep=',\n ')),
        ('Message-ID', '<%s.%s.%s@%s>' % (c.sid('a', 8), c.sid('b', 4), c.sid('c', 11), C_DOM)),
        ('Subject', subj('会员体系升级项目周会纪要', 'UTF-8')),
        ('MIME-Version', '1.0'),
        ('@ENT', None),
        ('X-Mailer', 'MailMasterAndroid/7.19.4.1290'),
        ('X-CUSTOM-MAIL-MASTER-SENT-ID', 'Mail-%s' % c.SID('mm', 32)),
    ]
    return message(hdrs, ent)


@case(6327, 'outlook-mac-wrapped-items-qp', 'C', 'minutes', 'Mon, 29 Jun 2026 18:11:42 +0800',
      what="Outlook for Mac UTF-8 quoted-printable plain+HTML: items wrapped by hand over two lines (the date of #2 is on "
           "the second line), 7月1日前, 7月3日前, 本周五前, unit-only 月底前, a 讨论结论 line; next '7月6日（周一）10:00'",
      items=[
          I('田甜', '完成6月履约数据复盘报告，重点拆解端午期间的超时订单', ('abs', '2026-07-01'), x('2026-07-01')),
          I('贺子航', '订单履约看板增加前置仓维度，并补充缺货率、超时率两个指标', ('abs', '2026-07-03'), x('2026-07-03')),
          I('文昊', '核对6月各前置仓报损数据，和财务口径对齐', ('thiswk', 4), x('2026-07-03')),
          I(None, '提供6月投放ROI原始数据', ('month_end',), x('2026-06-30'), dept='市场部'),
      ],
      nxt=(('abs', '2026-07-06', '10:00'), x('2026-07-06', '10:00')),
      notes="Sent Mon 2026-06-29. Items 1-3 are wrapped by hand over two lines (continuation lines indented); the deadline of #2 "
            "('7月3日前上线') sits on its second line. #1 田甜 (the writer) 7月1日前 -> 2026-07-01. #2 贺子航 -> 2026-07-03. #3 "
            "文昊 '本周五前' -> 2026-07-03. #4 '市场部' only -> no_owner, department 市场部, '月底前' -> 2026-06-30. #5 "
            "'讨论结论：7月起周报改为周二发布' is a decision. '下次周会 7月6日（周一）10:00' -> 2026-07-06 10:00.")
def c6327(c):
    text = """Hi all,

今天数据周会纪要如下：

1. 田甜：7月1日前完成6月履约数据复盘报告，重点拆解端午
   期间的超时订单。
2. 贺子航：订单履约看板增加前置仓维度，并补充缺货率、
   超时率两个指标，7月3日前上线。
3. 文昊：本周五前核对6月各前置仓报损数据，和财务口径
   对齐。
4. 市场部：月底前提供6月投放ROI原始数据。
5. 讨论结论：7月起数据周报改为周二发布。

下次周会 7月6日（周一）10:00

Thanks,
田甜 | 数据部
"""
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head>'
            '<meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 '
            '(filtered medium)"><style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:12.0pt;\n'
            '\tfont-family:"DengXian",sans-serif;}\n--></style></head><body lang=ZH-CN link="#0563C1" vlink="#954F72" '
            'style=\'word-wrap:break-word\'><div class=WordSection1>\n%s\n</div></body></html>\n') % mso_paras(text)
    bd = 'B_%d_%d' % (3861000000 + int(c.sid('b1', 5), 16), int(c.sid('b2', 6), 16))
    ent = multi('alternative', [leaf('text/plain', text, 'UTF-8', 'quoted-printable'),
                                leaf('text/html', html, 'UTF-8', 'quoted-printable')], bd, preamble='> This message is in MIME format. Since your mail reader does not understand\nthis format, some or all of this message may not be legible.')
    to = [P('贺子航'), P('文昊'), P('蒋晓')]
    hdrs = delivery(c, R['田甜'][1], [rcv_feishu(c, '[192.168.1.8]', '113.246.90.77')]) + [
        ('User-Agent', 'Microsoft-MacOutlook/16.98.25061517'),
        ('Date', c.date),
        ('Subject', subj('数据周会纪要 0629', 'UTF-8')),
        ('From', addr(*P('田甜'), 'UTF-8')),
        ('To', addrs(to, 'UTF-8', sep=', ')),
        ('CC', addrs([P('向婷'), BOT['C']], 'UTF-8', sep=', ')),
        ('Message-ID', '<%s-%s-%s-%s-%s@%s>' % (c.SID('u1', 8), c.SID('u2', 4), c.SID('u3', 4), c.SID('u4', 4), c.SID('u5', 12), C_DOM)),
        ('Thread-Topic', subj('数据周会纪要 0629', 'UTF-8')),
        ('Mime-version', '1.0'),
        ('@ENT', None),
    ]
    return message(hdrs, ent)


# ================================================================================================================
# D: Hvidsten Pumps (Yangzhou) Co., Ltd. 海维斯泵业（扬州）有限公司, Microsoft 365
# ================================================================================================================

def rcv_m365(c, plus=2, src='SEZPR03MB7781.apcprd03.prod.outlook.com', ip='2603:1096:101:1e4::7'):
    t = email.utils.parsedate_to_datetime(c.date) + dt.timedelta(seconds=plus)
    ts = t.astimezone(dt.timezone.utc).strftime('%a, %d %b %Y %H:%M:%S +0000')
    return ['from %s (%s) by\n TYZPR03MB8132.apcprd03.prod.outlook.com with HTTPS; %s' % (src, ip, ts),
            'from %s\n ([fe80::5d1c:9a2b:%s]) by %s\n ([fe80::5d1c:9a2b:%s%%3]) with mapi id 15.20.9115.018; %s'
            % (src, c.sid('v6', 4), src, c.sid('v6', 4), ts)]


def ms_mid(c, host='SEZPR03MB7781.apcprd03.prod.outlook.com'):
    return '<%s%s@%s>' % (host.split('.')[0], c.SID('msg', 24), host)


def ms_boundary(c, host='SEZPR03MB7781'):
    return '_000_%s%s_' % (host, c.SID('msg', 24))


def ms_common(c, lang='en-US', attach=False):
    return [('Thread-Index', thread_index(c)),
            ('Accept-Language', 'zh-CN, en-US'),
            ('Content-Language', lang),
            ('X-MS-Has-Attach', 'yes' if attach else ''),
            ('X-MS-TNEF-Correlator', ''),
            ('msip_labels', ''),
            ('x-ms-publictraffictype', 'Email'),
            ('x-ms-exchange-organization-authas', 'Internal')]


@case(6328, 'owner-due-blocks-utc-date-after-midnight', 'D', 'minutes', 'Thu, 9 Apr 2026 16:12:37 +0000',
      what="Outlook (Microsoft 365) English minutes with Owner:/Due: blocks; Date is +0000 Thursday 16:12 = Friday 00:12 in "
           "Shanghai: 'EOD' and 'Friday' must use the Shanghai date; next Wednesday, TBD, team owner, end of month, a Status "
           "line; 'Next review: Thu 23 Apr, 09:00'",
      items=[
          I('吴嘉怡', 'Finalize PPAP documents for the CR-45 impeller', ('abs', '2026-04-17'), x('2026-04-17')),
          I('陆海峰', 'Propose line-2 rebalancing to cut overtime', ('nextwk', 2), x('2026-04-15')),
          I('陆海峰', 'Send the revised May shift plan to HR', ('send',), x('2026-04-10')),
          I('沈佳', 'Re-quote cast housings with two alternative foundries', ('vague',)),
          I(None, 'Complete the annual crane inspection', ('month_end',), x('2026-04-30'), dept=None),
          I('仇国斌', 'Close out the audit finding on torque tool calibration', ('wd', 4), x('2026-04-10')),
      ],
      nxt=(('abs', '2026-04-23', '09:00'), x('2026-04-23', '09:00')),
      notes="Exchange Online stamped Date Thu 2026-04-09 16:12:37 +0000 = Fri 2026-04-10 00:12 in Shanghai (the GM sends "
            "'late minutes' after midnight). #1 Grace Wu -> 吴嘉怡, 'Apr 17' -> 2026-04-17. #2 'Frank' -> 陆海峰, 'next "
            "Wednesday' -> 2026-04-15. #3 Frank, 'EOD' -> the Shanghai send date 2026-04-10 (the UTC date would wrongly give "
            "04-09). #4 'Jenny (Supply Chain)' -> 沈佳, 'TBD' -> vague_due. #5 'Maintenance team' is a team, not a person nor a "
            "roster department -> owner null, no_owner, department null; 'end of month' -> 2026-04-30. #6 'Eric' -> 仇国斌, "
            "'Friday' = today in Shanghai -> 2026-04-10; 'Status: in progress' is not progress to record. Decisions are not "
            "items. 'Next review: Thu 23 Apr, 09:00' -> 2026-04-23 09:00.")
def c6328(c):
    text = """Hi all,

Sorry for the late minutes. Summary of today's ops review below.

Decisions
- CR-45 impeller moves to the new casting supplier from May.
- Overtime on line 2 is capped at 36 h/month from May.

Actions

1. Finalize PPAP documents for the CR-45 impeller
   Owner: Grace Wu
   Due: Apr 17

2. Propose line-2 rebalancing to cut overtime
   Owner: Frank
   Due: next Wednesday

3. Send the revised May shift plan to HR
   Owner: Frank
   Due: EOD

4. Re-quote cast housings with two alternative foundries
   Owner: Jenny (Supply Chain)
   Due: TBD

5. Complete the annual crane inspection
   Owner: Maintenance team
   Due: end of month

6. Close out the audit finding on torque tool calibration
   Owner: Eric
   Due: Friday
   Status: in progress

Next review: Thu 23 Apr, 09:00 (Yangzhou, meeting room Odense).

Br,
Mads

Mads Kjeldsen
General Manager | Hvidsten Pumps (Yangzhou) Co., Ltd.
"""
    html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" '
            'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n<div '
            'class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, '
            'sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">\n%s\n</div>\n</body>\n</html>\n') % lines_html(text, 'div')
    ent = multi('alternative', [leaf('text/plain', text, 'us-ascii', 'quoted-printable'),
                                leaf('text/html', html, 'utf-8', 'quoted-printable')], ms_boundary(c))
    to = [('Grace Wu', R['吴嘉怡'][1]), ('Frank Lu', R['陆海峰'][1]), ('Jenny Shen', R['沈佳'][1]), ('Eric Qiu', R['仇国斌'][1])]
    hdrs = delivery(c, R['Mads Kjeldsen'][1], rcv_m365(c)) + [
        ('From', addr('Mads Kjeldsen', R['Mads Kjeldsen'][1])),
        ('To', addrs(to, sep=',\n\t')),
        ('CC', addr(*BOT['D'])),
        ('Subject', 'Minutes: Weekly Ops Review (wk 15)'),
        ('Thread-Topic', 'Minutes: Weekly Ops Review (wk 15)'),
        ('Date', c.date),
        ('Message-ID', ms_mid(c)),
    ] + ms_common(c) + [('@ENT', None), ('MIME-Version', '1.0')]
    return message(hdrs, ent, crlf=True)


@case(6329, 'hq-action-lines-cest-next-sync', 'D', 'minutes', 'Wed, 3 Jun 2026 15:20:44 +0200',
      what="HQ (Denmark, +0200) Outlook English minutes with 'Action: Name – task – due' lines (en dash): by Friday, "
           "'by 10 June', 'EOD Monday', a team owner with ASAP, a person outside To/Cc and the roster with 'date TBD'; "
           "'Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)'",
      items=[
          I('沈佳', 'confirm lead time for cast housings from Brenner', ('wd', 4), x('2026-06-05')),
          I('Sofie Mortensen', 'send the updated Q3 forecast file', ('abs', '2026-06-10'), x('2026-06-10')),
          I('陆海峰', 'Q3 capacity plan for lines 1-3', ('nextwk', 0), x('2026-06-08')),
          I(None, '8D report on the shaft seal leakage', ('vague',), dept=None),
          I('Lars Bech', 'check whether HQ can release safety stock for CR-32', ('vague',)),
      ],
      nxt=(('tz', '2026-06-09 10:00', 120), x('2026-06-09', '16:00')),
      notes="Minutes from the Danish HQ (From Sofie Mortensen, outsider in the roster), Date Wed 2026-06-03 15:20 +0200 = "
            "21:20 in Shanghai, still Wednesday. #1 'Jenny Shen' -> 沈佳, 'by Friday' -> 2026-06-05. #2 'Sofie' = the sender, "
            "'by 10 June' -> 2026-06-10. #3 'Frank' -> 陆海峰, 'EOD Monday' -> Mon 2026-06-08, date only. #4 'Yangzhou team' is "
            "no person and no roster department -> owner null, no_owner, department null; ASAP -> vague_due. #5 'Lars' is named "
            "with his full name in the Participants line (Lars Bech) but is neither in To/Cc nor in the roster -> owner_name "
            "'Lars Bech', owner_email null, department null; 'date TBD' -> vague_due. 'Next sync: Tue Jun 9, 10:00 CEST (16:00 "
            "Beijing)' -> 2026-06-09 16:00 Asia/Shanghai.")
def c6329(c):
    text = """Dear all,

Thank you for a good session this morning. Please find the minutes below.

Participants: Mads Kjeldsen, Jenny Shen, Frank Lu (Yangzhou); Sofie Mortensen, Lars Bech (Kolding)

Key points
- Q3 demand for the CR series is up 12 % vs. the April forecast, mainly Nordic district heating.
- Kolding keeps the 4-week frozen zone; changes inside it need S&OP approval.

Actions
- Action: Jenny Shen \u2013 confirm lead time for cast housings from Brenner \u2013 by Friday
- Action: Sofie \u2013 send the updated Q3 forecast file \u2013 by 10 June
- Action: Frank \u2013 Q3 capacity plan for lines 1-3 \u2013 EOD Monday
- Action: Yangzhou team \u2013 8D report on the shaft seal leakage \u2013 ASAP
- Action: Lars \u2013 check whether HQ can release safety stock for CR-32 \u2013 date TBD

Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)

Kind regards
Sofie Mortensen
Global S&OP Manager | Hvidsten Pumps A/S | Kolding, Denmark
"""
    html = outlook_html(mso_paras(text), 'utf-8', lang='DA', font='Calibri')
    bd = outlook_boundary(c)
    ent = multi('alternative', [leaf('text/plain', text, 'utf-8', 'quoted-printable'),
                                leaf('text/html', html, 'utf-8', 'quoted-printable')], bd,
                preamble='This is a multipart message in MIME format.')
    me = R['Sofie Mortensen'][1]
    rcv = ['from mailgw01.hvidsten.example.dk (mailgw01.hvidsten.example.dk [193.88.214.20])\n\tby '
           'mail-in.hvidsten.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
           % (c.SID('pf', 11), BOT['D'][1], later(c.date, 4))]
    to = [('Mads Kjeldsen', R['Mads Kjeldsen'][1]), ('Jenny Shen', R['沈佳'][1]), ('Frank Lu', R['陆海峰'][1])]
    hdrs = delivery(c, me, rcv) + [
        ('From', addr('Sofie Mortensen', me)),
        ('To', addrs(to, sep=',\n\t')),
        ('Cc', addr(*BOT['D'])),
        ('Subject', 'Minutes - S&OP alignment Kolding/Yangzhou'),
        ('Date', c.date),
        ('Message-ID', outlook_mid(c, 'hvidsten.example.dk')),
        ('MIME-Version', '1.0'),
        ('@ENT', None),
        ('X-Mailer', 'Microsoft Outlook 16.0'),
        ('Thread-Index', thread_index(c)),
        ('Content-Language', 'en-gb'),
    ]
    return message(hdrs, ent, crlf=True)


@case(6330, 'german-supplier-thunderbird-european-dates', 'D', 'minutes', 'Tue, 16 Jun 2026 10:05:31 +0200',
      what="German supplier's Thunderbird minutes (UTF-8 quoted-printable, format=flowed) with European dates "
           "'until 19.06.2026', 'by 24.06.2026', 'AI Name:' lines, a conditional action without date, 'agreed, no action'; "
           "'Next call: 30.06.2026, 10:00 CEST'",
      items=[
          I('Jonas Weber', 'send revised motor drawing rev. D', ('abs', '2026-06-19'), x('2026-06-19')),
          I('顾晨', 'confirm the IE4 test method in writing', ('abs', '2026-06-24'), x('2026-06-24')),
          I('沈佳', 'release the PO for 200 motors after drawing approval', ('none',)),
      ],
      nxt=(('tz', '2026-06-30 10:00', 120), x('2026-06-30', '16:00')),
      notes="Minutes by the supplier Brenner (From Jonas Weber, outsider in the roster), Date Tue 2026-06-16 10:05 +0200 = "
            "16:05 Shanghai. European DD.MM.YYYY dates: 'AI Jonas: … until 19.06.2026' -> 2026-06-19 (a Chinese holiday, which "
            "does not matter for a German supplier's own deadline). 'AI Kevin Gu: … by 24.06.2026' -> 顾晨, 2026-06-24. 'AI Jenny: "
            "release PO after drawing approval' -> 沈佳, conditional, no date -> no_due. Point 4 is 'agreed, no action'. "
            "'Next call: 30.06.2026, 10:00 CEST' -> 2026-06-30 16:00 Asia/Shanghai.")
def c6330(c):
    text = """Dear Jenny, dear Kevin,

please find below the minutes of today's call.

1. Motor drawing rev. C: Hvidsten comments received, Brenner will update.
   AI Jonas: send revised motor drawing rev. D until 19.06.2026

2. Efficiency test: Hvidsten requests IEC 60034-2-1 method B.
   AI Kevin Gu: confirm the IE4 test method in writing by 24.06.2026

3. PO release: Jenny will release the PO for 200 motors once drawing
   rev. D is approved.
   AI Jenny: release PO after drawing approval

4. Packaging: wooden crates instead of pallets - agreed, no action.

Next call: 30.06.2026, 10:00 CEST

Mit freundlichen Grüßen / Best regards

Jonas Weber
Key Account Manager Asia
Brenner Antriebe GmbH | Heilbronn
"""
    ent = leaf('text/plain', text, 'UTF-8', 'quoted-printable', ctype_fmt='{ctype}; charset={charset}', params='; format=flowed')
    me = R['Jonas Weber'][1]
    rcv = ['from mx01.brenner-antriebe.example.de (mx01.brenner-antriebe.example.de [185.12.64.9])\n\tby '
           'mail-in.hvidsten.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (c.SID('pf', 11), BOT['D'][1], later(c.date, 6))]
    hdrs = delivery(c, me, rcv) + [
        ('Message-ID', '<%s-%s-%s-%s-%s@brenner-antriebe.example.de>' % (c.sid('u1', 8), c.sid('u2', 4), c.sid('u3', 4),
                                                                         c.sid('u4', 4), c.sid('u5', 12))),
        ('Date', c.date),
        ('MIME-Version', '1.0'),
        ('User-Agent', 'Mozilla Thunderbird'),
        ('Content-Language', 'en-US'),
        ('To', addrs([('Jenny Shen', R['沈佳'][1]), ('Kevin Gu', R['顾晨'][1])], sep=', ')),
        ('Cc', addr(*BOT['D'])),
        ('From', addr('Jonas Weber', me)),
        ('Subject', 'Minutes of our call 16.06.2026 - IE4 motors for CR-45'),
        ('@ENT', None),
    ]
    return message(hdrs, ent)


@case(6331, 'owa-zh-ehs-qian-laoshi-before-dragon-boat', 'D', 'minutes', 'Thu, 11 Jun 2026 07:45:19 +0000',
      what="Outlook on the web (+0000 Date = 15:45 Shanghai) Chinese EHS minutes: owners '钱老师', '陆经理', '仇工', 'Grace', "
           "'全员'; 6月16日前, 下周一前, '端午节前' (= last working day before the holiday), 6月底前, 7月10日前; next "
           "'7月9日（周四）14:00'",
      items=[
          I('钱卫东', '组织叉车司机复训并完成考核', ('abs', '2026-06-16'), x('2026-06-16')),
          I('陆海峰', '提交冲压线光栅保护整改计划', ('nextwk', 0), x('2026-06-15')),
          I('仇国斌', '完成空压机房消防器材检查', ('before_hol', 'Dragon Boat Festival'), x('2026-06-18')),
          I(None, '完成安全月线上答题', ('month_end',), x('2026-06-30'), dept=None),
          I('吴嘉怡', '把供应商EHS审核条款补进供应商审核清单', ('abs', '2026-07-10'), x('2026-07-10')),
      ],
      nxt=(('abs', '2026-07-09', '14:00'), x('2026-07-09', '14:00')),
      notes="OWA minutes by the HR & Admin assistant 丁悦, Date Thu 2026-06-11 07:45 +0000 = 15:45 Shanghai. #1 '钱老师' is how "
            "colleagues address the EHS coordinator 钱卫东 (roster alias), 6月16日前 -> 2026-06-16. #2 '陆经理' -> 陆海峰, "
            "'下周一前' -> 2026-06-15. #3 '仇工' -> 仇国斌, '端午节前' -> the last working day before Dragon Boat (06-19..06-21) "
            "= Thu 2026-06-18. #4 '全员' (everyone) is no person and no department -> owner null, no_owner, department null; "
            "'6月底前' -> 2026-06-30. #5 'Grace' -> 吴嘉怡, 7月10日前 -> 2026-07-10. Part 一 is context. '下次EHS例会：7月9日"
            "（周四）14:00' -> 2026-07-09 14:00.")
def c6331(c):
    text = """各位同事：

今天下午EHS例会纪要如下：

一、6月为全国安全生产月，本月重点检查叉车、行车和冲压线。

二、行动项
1. 钱老师：6月16日前组织叉车司机复训并完成考核。
2. 陆经理：下周一前提交冲压线光栅保护整改计划。
3. 仇工：端午节前完成空压机房消防器材检查。
4. 全员：6月底前完成安全月线上答题。
5. Grace：7月10日前把供应商EHS审核条款补进供应商审核清单。

三、下次EHS例会：7月9日（周四）14:00，一楼培训室。

丁悦 Joy Ding
HR & Admin | Hvidsten Pumps (Yangzhou)
"""
    html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" '
            'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n<div '
            'class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, '
            'sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s\n</div>\n</body>\n</html>\n') % lines_html(text, 'div')
    ent = multi('alternative', [leaf('text/plain', text, 'utf-8', 'base64'), leaf('text/html', html, 'utf-8', 'base64')],
                ms_boundary(c, 'TYZPR03MB6990'))
    to = [('钱卫东', R['钱卫东'][1]), ('Frank Lu', R['陆海峰'][1]), ('Eric Qiu', R['仇国斌'][1]), ('Grace Wu', R['吴嘉怡'][1])]
    hdrs = delivery(c, R['丁悦'][1], rcv_m365(c, 2, 'TYZPR03MB6990.apcprd03.prod.outlook.com')) + [
        ('From', addr('丁悦 Joy Ding', R['丁悦'][1], 'utf-8')),
        ('To', addrs(to, 'utf-8', sep=',\n\t')),
        ('CC', addrs([('Mads Kjeldsen', R['Mads Kjeldsen'][1]), BOT['D']], 'utf-8', sep=',\n\t')),
        ('Subject', subj('6月EHS例会纪要（安全生产月）', 'utf-8')),
        ('Thread-Topic', subj('6月EHS例会纪要（安全生产月）', 'utf-8')),
        ('Date', c.date),
        ('Message-ID', ms_mid(c, 'TYZPR03MB6990.apcprd03.prod.outlook.com')),
    ] + ms_common(c, 'zh-CN') + [('X-MS-Exchange-Organization-SCL', '-1'), ('@ENT', None), ('MIME-Version', '1.0')]
    return message(hdrs, ent, crlf=True)


@case(6332, 'iphone-makeup-saturday-short-meeting', 'D', 'minutes', 'Sat, 9 May 2026 11:02:18 +0800',
      what="iPhone Mail text/plain UTF-8 quoted-printable quick minutes on the 05-09 make-up Saturday: '周一前', '下周三前', "
           "bare '周五前' (next Friday from a Saturday), English first name owner, a decision line, '下周一早会再过一遍' "
           "(follow-up date without time), '发自我的iPhone'",
      items=[
          I('仇国斌', '处理好5号CNC主轴振动问题', ('wd', 0), x('2026-05-11')),
          I('沈佳', '催Brenner第二批电机到货，给出准确到港日期', ('nextwk', 2), x('2026-05-13')),
          I('吴嘉怡', '完成CR-45首件检验报告', ('wd', 4), x('2026-05-15')),
      ],
      nxt=(('nextwk', 0), x('2026-05-11')),
      notes="Sent Sat 2026-05-09, the Labour Day make-up working day. #1 '仇工' -> 仇国斌, '周一前' -> the coming Monday "
            "2026-05-11. #2 沈佳 '下周三前' -> 2026-05-13. #3 'Grace' -> 吴嘉怡, bare '周五前' on a Saturday: this week's Friday "
            "is past -> 2026-05-15. #4 (2号线明天不加班) is a decision. '下周一早会再过一遍' -> next_followup 2026-05-11, time "
            "null (the morning meeting's time is not written).")
def c6332(c):
    text = """今天调休上班，早会简单记一下：

1. 仇工：周一前处理好5号CNC主轴振动问题，处理不了就联系厂家上门。
2. 沈佳：下周三前催Brenner第二批电机到货，给出准确到港日期。
3. Grace：周五前完成CR-45首件检验报告。
4. 2号线明天（周日）不加班。

下周一早会再过一遍。

发自我的iPhone
"""
    ent = leaf('text/plain', text, 'utf-8', 'quoted-printable')
    rcv = rcv_m365(c, 3, 'SEZPR03MB6622.apcprd03.prod.outlook.com')
    to = [('Eric Qiu', R['仇国斌'][1]), ('Jenny Shen', R['沈佳'][1]), ('Grace Wu', R['吴嘉怡'][1])]
    hdrs = delivery(c, R['陆海峰'][1], rcv) + [
        ('From', addr('Frank Lu', R['陆海峰'][1])),
        ('Mime-Version', '1.0 (1.0)'),
        ('Date', c.date),
        ('Subject', subj('周六早会纪要', 'utf-8')),
        ('Message-Id', '<%s-%s-%s-%s-%s@%s>' % (c.SID('i1', 8), c.SID('i2', 4), c.SID('i3', 4), c.SID('i4', 4),
                                                 c.SID('i5', 12), D_DOM)),
        ('Cc', addr(*BOT['D'])),
        ('To', addrs(to, sep=',\n ')),
        ('X-Mailer', 'iPhone Mail (22F76)'),
        ('@ENT', None),
    ]
    return message(hdrs, ent)


@case(6333, '8d-review-docx-english-table', 'D', 'minutes', 'Tue, 7 Jul 2026 17:26:50 +0800',
      what="Outlook bilingual short body + English .docx 8D minutes with an Action list table (No./Action/Owner/Due/Status): "
           "a Closed row, ISO date, 'Jul 17', 'next Monday', TBD; 'Next 8D review: 2026-07-14 15:00' inside the document",
      items=[
          I('沈佳', 'Sort and return suspect seal lot 2605-07 to supplier', ('abs', '2026-07-10'), x('2026-07-10')),
          I('陆海峰', 'Update assembly work instruction WI-CR32-05 with the torque sequence', ('abs', '2026-07-17'), x('2026-07-17')),
          I('吴嘉怡', 'Verify flatness inspection at incoming (IQC)', ('nextwk', 0), x('2026-07-13')),
          I('顾晨', 'Evaluate seal design change with HQ engineering', ('vague',)),
      ],
      nxt=(('abs', '2026-07-14', '15:00'), x('2026-07-14', '15:00')),
      notes="The minutes are the attached .docx; the body only points to it. Sent Tue 2026-07-07. Action 1 is 'Closed' -> not "
            "an item. #2 Jenny Shen 2026-07-10. #3 Frank Lu 'Jul 17' -> 2026-07-17. #4 Grace Wu (the sender) 'next Monday' -> "
            "2026-07-13. #5 Kevin Gu 'TBD' -> vague_due. D4 root-cause lines are findings. 'Next 8D review: 2026-07-14 15:00' "
            "-> next_followup.")
def c6333(c):
    text = """Hi all / 各位好，

Please find the 8D review minutes attached. 纪要见附件，请按Action list执行。

Best regards,
Grace Wu 吴嘉怡
Quality Manager | Hvidsten Pumps (Yangzhou) Co., Ltd.
"""
    blocks = [
        ('p', 'Date: 7 July 2026, 14:00-15:30    Location: Meeting room Aarhus    Chair: Grace Wu'),
        ('p', 'Attendees: Grace Wu, Frank Lu, Kevin Gu, Jenny Shen, Eric Qiu'),
        ('h', 'D4 Root cause'),
        ('p', 'Seal face flatness out of specification in sub-supplier lot 2605-07; torque sequence not followed on line 1.'),
        ('h', 'Action list'),
        ('t', [['No.', 'Action', 'Owner', 'Due', 'Status'],
               ['1', 'Containment: 100% leak test on CR-32 stock in warehouse', 'Eric Qiu', '2026-07-03', 'Closed'],
               ['2', 'Sort and return suspect seal lot 2605-07 to supplier', 'Jenny Shen', '2026-07-10', 'Open'],
               ['3', 'Update assembly work instruction WI-CR32-05 with the torque sequence', 'Frank Lu', 'Jul 17', 'Open'],
               ['4', 'Verify flatness inspection at incoming (IQC)', 'Grace Wu', 'next Monday', 'Open'],
               ['5', 'Evaluate seal design change with HQ engineering', 'Kevin Gu', 'TBD', 'Open']]),
        ('p', 'Next 8D review: 2026-07-14 15:00, same room.'),
    ]
    docx_bytes = make_docx('8D Review Meeting Minutes - Shaft Seal Leakage on CR-32', blocks, (2026, 7, 7, 17, 20, 0))
    html = outlook_html(mso_paras(text), 'utf-8', lang='EN-US', font='DengXian')
    alt = multi('alternative', [leaf('text/plain', text, 'utf-8', 'base64', crlf_inside=True),
                                leaf('text/html', html, 'utf-8', 'base64', crlf_inside=True)], outlook_boundary(c, '0001'))
    fname = '8D_CR-32_shaft_seal_review_2026-07-07.docx'
    att = leaf('application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx_bytes, None, 'base64',
               params=';\n\tname="%s"' % fname, disp='attachment;\n\tfilename="%s"' % fname)
    ent = multi('mixed', [alt, att], outlook_boundary(c, '0000'), preamble='This is a multipart message in MIME format.')
    to = [('Frank Lu', R['陆海峰'][1]), ('Kevin Gu', R['顾晨'][1]), ('Jenny Shen', R['沈佳'][1]), ('Eric Qiu', R['仇国斌'][1])]
    hdrs = delivery(c, R['吴嘉怡'][1], rcv_m365(c, 2, 'SEZPR03MB7010.apcprd03.prod.outlook.com')) + [
        ('From', addr('Grace Wu', R['吴嘉怡'][1])),
        ('To', addrs(to, sep=',\n ')),
        ('Cc', addrs([('Mads Kjeldsen', R['Mads Kjeldsen'][1]), BOT['D']], sep=',\n ')),
        ('Subject', subj('8D Review Minutes - Shaft Seal Leakage (CR-32) / 8D评审会纪要', 'utf-8')),
        ('Date', c.date),
        ('Message-ID', outlook_mid(c, D_DOM)),
        ('MIME-Version', '1.0'),
        ('@ENT', None),
        ('X-Mailer', 'Microsoft Outlook 16.0'),
        ('Thread-Index', thread_index(c)),
        ('Content-Language', 'en-us'),
    ]
    return message(hdrs, ent, crlf=True)


@case(6334, 'auto-exchange-ndr-mailbox-full', 'D', 'auto', 'Wed, 3 Jun 2026 13:25:10 +0000',
      what="Exchange Online NDR (multipart/report; report-type=delivery-status, From MicrosoftExchange…, 'Undeliverable:') "
           "for a bot recap to a full HQ mailbox; the returned recap lists items with dates -> auto",
      notes="Non-delivery report from the HQ tenant for the bot's recap of 6329 sent to lars.bech@ (550 5.2.2 mailbox full). "
            "multipart/report with message/delivery-status and the returned recap (message/rfc822), Auto-Submitted: "
            "auto-replied, X-MS-Exchange-Message-Is-Ndr. The returned recap contains an item table with dates, which must not "
            "be parsed as minutes or as a reply: kind auto.")
def c6334(c):
    recap_text = """Hello,

Minutes Bot recorded 5 action items from "Minutes - S&OP alignment Kolding/Yangzhou":

#  Item                                                  Owner            Due
1  confirm lead time for cast housings from Brenner      Jenny Shen       2026-06-05
2  send the updated Q3 forecast file                     Sofie Mortensen  2026-06-10
3  Q3 capacity plan for lines 1-3                        Frank Lu         2026-06-08
4  8D report on the shaft seal leakage                   (no owner)       ASAP
5  check whether HQ can release safety stock for CR-32   Lars Bech        TBD

Problems: item 4 has no owner; items 4 and 5 have no date.
If you disagree, reply by 2026-06-04 18:00.
"""
    recap_mid = '<mb.%s@%s>' % (c.sid('rc', 20), D_DOM)
    recap = message([('From', 'Minutes Bot <minutes@hvidsten.example.com>'),
                     ('To', 'sofie.mortensen@hvidsten.example.dk, lars.bech@hvidsten.example.dk'),
                     ('Subject', 'Re: Minutes - S&OP alignment Kolding/Yangzhou'),
                     ('Date', 'Wed, 03 Jun 2026 13:25:02 +0000'),
                     ('Message-ID', recap_mid),
                     ('Auto-Submitted', 'auto-generated'),
                     ('X-Auto-Response-Suppress', 'OOF, AutoReply'),
                     ('MIME-Version', '1.0'),
                     ('@ENT', None)],
                    leaf('text/plain', recap_text, 'utf-8', 'quoted-printable'))
    ndr_text = """Your message to lars.bech@hvidsten.example.dk couldn't be delivered.

lars.bech's mailbox is full.

minutes    Office 365    lars.bech
Action Required            Recipient

Mailbox full

How to Fix It
The recipient's mailbox is full and can't accept messages now. Try resending your message later, or contact the recipient directly.

Diagnostic information for administrators:
Generating server: AM9PR07MB7218.eurprd07.prod.outlook.com
lars.bech@hvidsten.example.dk
Remote server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

Original message headers:
Subject: Re: Minutes - S&OP alignment Kolding/Yangzhou
Date: Wed, 03 Jun 2026 13:25:02 +0000
"""
    ndr_html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>%s</body></html>' % \
        lines_html(ndr_text, 'p', '&nbsp;', 'margin:0')
    alt = multi('alternative', [leaf('text/plain', ndr_text, 'utf-8', 'quoted-printable'),
                                leaf('text/html', ndr_html, 'utf-8', 'quoted-printable')], '_002_' + c.SID('b2', 30) + '_')
    status = """Reporting-MTA: dns;AM9PR07MB7218.eurprd07.prod.outlook.com
Received-From-MTA: dns;SEZPR03MB7781.apcprd03.prod.outlook.com
Arrival-Date: Wed, 3 Jun 2026 13:25:08 +0000

Final-Recipient: rfc822;lars.bech@hvidsten.example.dk
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
"""
    ds = leaf('message/delivery-status', status.encode('ascii'), None, '7bit')
    rf = leaf('message/rfc822', recap, None, '7bit')
    ent = multi('report', [alt, ds, rf], '_001_' + c.SID('b1', 30) + '_', params=';\n\treport-type=delivery-status',
                quote_boundary=True)
    sender = 'MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@hvidsten.example.dk'
    rcv = ['from AM9PR07MB7218.eurprd07.prod.outlook.com (2603:10a6:20b:2a1::14)\n\tby mail-in.hvidsten.example.com '
           '(Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (c.SID('pf', 11), BOT['D'][1], later(c.date, 2))]
    hdrs = [('Return-Path', '<>'), ('Delivered-To', BOT['D'][1])] + [('Received', r) for r in rcv] + [
        ('From', addr('Microsoft Outlook', sender)),
        ('To', '<%s>' % BOT['D'][1]),
        ('Date', c.date),
        ('Subject', 'Undeliverable: Re: Minutes - S&OP alignment Kolding/Yangzhou'),
        ('Message-ID', '<%s@AM9PR07MB7218.eurprd07.prod.outlook.com>' % c.sid('ndr', 36)),
        ('In-Reply-To', recap_mid),
        ('References', recap_mid),
        ('Thread-Topic', 'Re: Minutes - S&OP alignment Kolding/Yangzhou'),
        ('Content-Language', 'en-US'),
        ('X-MS-Has-Attach', 'yes'),
        ('X-MS-Exchange-Message-Is-Ndr', ''),
        ('Auto-Submitted', 'auto-replied'),
        ('MIME-Version', '1.0'),
        ('@ENT', None),
    ]
    return message(hdrs, ent, crlf=True)


@case(6335, 'project-kickoff-qiantou-two-weeks-outlook', 'D', 'minutes', 'Fri, 10 Jul 2026 11:38:27 +0800',
      what="Outlook zh-CN UTF-8 base64 Word-HTML project kickoff: '朱海涛牵头，顾晨配合', '顾工负责，两周内', 下周五前, "
           "an English name owner (Sherry) with 本月底前, '待…后…时间待定', a decision, explicitly no next meeting",
      items=[
          I('朱海涛', '与客户完成技术协议澄清', ('abs', '2026-07-15'), x('2026-07-15')),
          I('顾晨', '提交选型计算书及性能曲线', ('days', 14), x('2026-07-24')),
          I('沈佳', '锁定电机和机封供应商交期', ('nextwk', 4), x('2026-07-17')),
          I('卞雪', '完成项目成本预算', ('month_end',), x('2026-07-31')),
          I('陆海峰', '待技术协议确认后排产', ('vague',)),
      ],
      nxt=None,
      notes="Sent Fri 2026-07-10. #1 '朱海涛牵头，顾晨配合' -> owner 朱海涛 only, 7月15日前 -> 2026-07-15. #2 '顾工负责' -> "
            "顾晨, '两周内' = send date + 14 days -> 2026-07-24 (README: N天/N周内 count calendar days). #3 沈佳 '下周五前' -> "
            "2026-07-17. #4 'Sherry' -> 卞雪 (alias), '本月底前' -> 2026-07-31. #5 '陆经理待技术协议确认后排产，时间待定' -> "
            "陆海峰, vague_due. 二、会议决定 (项目经理/技术对接人) is a decision. '不另设例会，后续按周报跟踪' -> no next meeting.")
def c6335(c):
    text = """各位：

7月10日上午仪征化工园区循环水泵站项目启动会纪要如下：

一、项目概况：仪征化工园区循环水泵站改造，CR-45泵组6台，合同交期10月底。

二、会议决定：项目经理由朱海涛担任，技术对接人为顾晨。

三、工作安排
1. 技术协议澄清：朱海涛牵头，顾晨配合，7月15日前与客户完成技术协议澄清。
2. 选型计算书：顾工负责，两周内提交选型计算书及性能曲线。
3. 长周期物料：沈佳下周五前锁定电机和机封供应商交期。
4. 项目预算：Sherry本月底前完成项目成本预算。
5. 生产排产：陆经理待技术协议确认后排产，时间待定。

本项目不另设例会，后续按周报跟踪。

朱海涛 Tony Zhu
Sales Manager | Hvidsten Pumps (Yangzhou) Co., Ltd.
"""
    lines = text.split('\n')
    parts = []
    for ln in lines:
        if ln[:2] in ('1.', '2.', '3.', '4.', '5.'):
            parts.append('<p class="MsoListParagraph" style="margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1">'
                         '<![if !supportLists]><span lang="EN-US">%s<span style="font:7.0pt &quot;Times New Roman&quot;">'
                         '&nbsp;&nbsp;&nbsp; </span></span><![endif]>%s<span lang="EN-US"><o:p></o:p></span></p>'
                         % (ln[:2], html_escape(ln[2:].strip())))
        else:
            parts.append(mso_paras(ln))
    html = outlook_html('\n'.join(parts), 'utf-8')
    ent = multi('alternative', [leaf('text/plain', text, 'utf-8', 'base64', crlf_inside=True),
                                leaf('text/html', html, 'utf-8', 'base64', crlf_inside=True)],
                outlook_boundary(c), preamble='This is a multipart message in MIME format.')
    to = [('顾晨', R['顾晨'][1]), ('沈佳', R['沈佳'][1]), ('卞雪', R['卞雪'][1]), ('陆海峰', R['陆海峰'][1])]
    hdrs = delivery(c, R['朱海涛'][1], rcv_m365(c, 2, 'SEZPR03MB7233.apcprd03.prod.outlook.com')) + [
        ('From', addr('朱海涛', R['朱海涛'][1], 'utf-8')),
        ('To', addrs(to, 'utf-8')),
        ('Cc', addrs([('Mads Kjeldsen', R['Mads Kjeldsen'][1]), BOT['D']], 'utf-8')),
        ('Subject', subj('仪征化工园区循环水泵站项目启动会纪要', 'utf-8')),
        ('Date', c.date),
        ('Message-ID', outlook_mid(c, D_DOM)),
        ('MIME-Version', '1.0'),
        ('@ENT', None),
        ('X-Mailer', 'Microsoft Outlook 16.0'),
        ('Thread-Index', thread_index(c)),
        ('Content-Language', 'zh-cn'),
    ]
    return message(hdrs, ent, crlf=True)


@case(6336, 'outlook-en-forward-customer-minutes-preface', 'D', 'minutes', 'Fri, 17 Jul 2026 09:05:12 +0800',
      what="Outlook (English UI) 'FW:' of customer-written Chinese minutes with a preface that restates an item; English "
           "forward header (From:/Sent:/To:/Subject:) must not be cut as a quote; '海维斯顾工', '我方（葛文斌）', '双方…待定'; "
           "'下次会议：7月23日（周四）下午2:00'",
      items=[
          I('顾晨', '提供双相钢材质证明样本及焊接工艺评定', ('nextwk', 1), x('2026-07-21')),
          I('朱海涛', '提交修订版技术协议（V1.2）', ('abs', '2026-07-20'), x('2026-07-20')),
          I('葛文斌', '提供现场基础图和管口方位图', ('abs', '2026-07-22'), x('2026-07-22')),
          I(None, 'FAT见证测试', ('vague',), dept=None),
      ],
      nxt=(('abs', '2026-07-23', '14:00'), x('2026-07-23', '14:00')),
      notes="Tony forwards (Fri 2026-07-17) the customer's minutes of Thu 07-16 with the bot in Cc. The preface ('@Minutes Bot "
            "请跟进…Kevin 请注意第2条，下周二前要给到客户') is the forwarder's note and restates item 2: not an item. The minutes "
            "sit below an English Outlook forward header and are the content. '下周二' resolves to Tue 2026-07-21 whether read "
            "from the forward (Fri 07-17) or from the original (Thu 07-16). #1 decision (材质2205) is not an item. #2 '海维斯顾工' "
            "-> 顾晨, 2026-07-21. #3 '海维斯朱经理' -> 朱海涛, 7月20日前 -> 2026-07-20. #4 '我方（葛文斌）' = the customer writer "
            "(outsider in the roster) -> 葛文斌, 7月22日前 -> 2026-07-22. #5 '双方：FAT见证测试时间待定' -> owner null "
            "(both parties), no_owner + vague_due, department null. '下次会议：7月23日（周四）下午2:00' -> 2026-07-23 14:00.")
def c6336(c):
    text = """@Minutes Bot 请跟进客户纪要里我方的事项。Kevin 请注意第2条，下周二前要给到客户。Jenny FYI.

Tony

From: 葛文斌 <gewenbin@yzgy-utility.example.cn>
Sent: Thursday, July 16, 2026 5:48 PM
To: Tony Zhu <tony.zhu@hvidsten.example.com>; Kevin Gu <kevin.gu@hvidsten.example.com>
Cc: 邬建平 <wujianping@yzgy-utility.example.cn>
Subject: 会议纪要：循环水泵站技术协议澄清会（7月16日）

朱经理、顾工：

今天技术协议澄清会纪要如下：
1. 泵组材质：过流部件采用双相不锈钢2205，双方确认。
2. 海维斯顾工：下周二前提供双相钢材质证明样本及焊接工艺评定。
3. 海维斯朱经理：7月20日前提交修订版技术协议（V1.2）。
4. 我方（葛文斌）：7月22日前提供现场基础图和管口方位图。
5. 双方：FAT见证测试时间待定。

下次会议：7月23日（周四）下午2:00，园区管委会3楼会议室。

葛文斌
仪征化工园区公用工程有限公司 设备部
"""
    top, quote = text.split('From: 葛文斌', 1)
    qlines = ('From: 葛文斌' + quote).split('\n')
    html = outlook_html(mso_paras(top) + '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                        + mso_paras('\n'.join(qlines[:5])) + '\n</div>\n' + mso_paras('\n'.join(qlines[5:])), 'utf-8',
                        lang='EN-US', font='Aptos')
    ent = multi('alternative', [leaf('text/plain', text, 'utf-8', 'base64', crlf_inside=True),
                                leaf('text/html', html, 'utf-8', 'base64', crlf_inside=True)],
                outlook_boundary(c), preamble='This is a multipart message in MIME format.')
    hdrs = delivery(c, R['朱海涛'][1], rcv_m365(c, 2, 'SEZPR03MB7233.apcprd03.prod.outlook.com')) + [
        ('From', addr('Tony Zhu', R['朱海涛'][1])),
        ('To', addrs([('Kevin Gu', R['顾晨'][1]), ('Jenny Shen', R['沈佳'][1])])),
        ('Cc', addr(*BOT['D'])),
        ('Subject', subj('FW: 会议纪要：循环水泵站技术协议澄清会（7月16日）', 'utf-8')),
        ('Date', c.date),
        ('Message-ID', outlook_mid(c, D_DOM)),
        ('MIME-Version', '1.0'),
        ('@ENT', None),
        ('X-Mailer', 'Microsoft Outlook 16.0'),
        ('Thread-Index', thread_index(c)),
        ('Content-Language', 'en-us'),
    ]
    return message(hdrs, ent, crlf=True)


# ================================================================================================================
# README
# ================================================================================================================

README_HEAD = """# heldout35 — blind held-out set for minutebot (cases 6301–6338)

38 raw messages (`NNNN-slug.eml`, the bytes a mail server stores, with Return-Path/Delivered-To/Received added by the
receiving server) and their gold answers (`NNNN-slug.json`), the roster the bot knows (`roster.csv`) and the script that
wrote all of it (`make_heldout35.py`). Counts: **minutes 32, other 3, auto 3** (no replies in this set).

    /work/blind/venv/bin/python make_heldout35.py            # regenerate everything (deterministic: no clock, no randomness)
    /work/blind/venv/bin/python make_heldout35.py --check    # re-parse every .eml with email.policy.default (no defects,
                                                             # every text part decodes with its declared charset, .docx/.pdf
                                                             # open) and recompute every gold date from the message's own
                                                             # Date header in Asia/Shanghai with chinesecalendar 1.11.0

The set was written blind: without reading the bot's code, tests or test data. The gold follows the schema of
`/work/shared/corpus/README.md` exactly (flat item fields `owner_name`, `owner_email`, `department`, `task`,
`due_date`, `due_time`, `flags`; `next_followup` `{date, time}` or null; `reply` null; `notes`). Items are listed in the
minutes' order. Every case's `notes` says what it tests and how each date was worked out; debatable golds say AMBIGUOUS.

## Organisations (all invented)

| key | organisation | kind | mail system | bot mailbox (Cc'd on minutes) |
| --- | --- | --- | --- | --- |
| A | 周口沙河粮食储备集团有限公司 (沙河粮储), `shahe-grain.example.cn` | grain-reserve SOE, Zhoukou, Henan | self-hosted Coremail; staff use Outlook, Foxmail, Coremail web, 网易邮箱大师 | 纪要助手 `minutes@shahe-grain.example.cn` |
| B | 泰安岱联玻纤股份有限公司 (岱联玻纤), `dailian-gf.example.cn` | private glass-fibre maker, Tai'an, Shandong | Tencent Exmail / 企业微信邮箱; Foxmail, Outlook, Exmail web, Apple Mail | 会议纪要助手 `minutes@dailian-gf.example.cn` |
| C | 湖南橘洲鲜送网络科技有限公司 (橘洲鲜送), `juzhouxs.example.com` | fresh-food delivery app, Changsha | Feishu (Lark) mail; Thunderbird, Outlook for Mac, 网易邮箱大师 | 纪要机器人 `minutes@juzhouxs.example.com` |
| D | Hvidsten Pumps (Yangzhou) Co., Ltd. 海维斯泵业（扬州）, `hvidsten.example.com` | Danish-owned pump factory, English-speaking staff | Microsoft 365 (Outlook, OWA, iPhone Mail) | Minutes Bot `minutes@hvidsten.example.com` |

Outsiders who write minutes (in `roster.csv` with an **empty department and manager**, so their own items keep
`department: null`, as the corpus convention for outsiders requires): 焦文杰 (商水县农业农村局, county agriculture bureau,
for A), Emre Yildiz (Anatolia Blade Technologies, Izmir, a Turkish wind-blade customer of B), 林冠宇 (昇陽積層板, a
Taiwanese laminate customer of B, writes traditional Chinese in big5), 石磊 (长沙星城即时配送, C's delivery partner),
喻德旺 (宁乡沩山蔬菜专业合作社, C's supplier, 126.com), Sofie Mortensen (Hvidsten Pumps A/S headquarters, Kolding, Denmark),
Jonas Weber (Brenner Antriebe GmbH, German motor supplier of D), 葛文斌 (仪征化工园区公用工程有限公司, D's customer).
People who own an item but are neither in the roster nor in From/To/Cc (Lars Bech in 6329) get `owner_email: null`.

One `roster.csv` covers the four organisations (the scorer passes one roster); departments are those of the person's own
organisation (D uses English department names: Quality, Production, Supply Chain, Engineering, Sales, Finance, EHS,
HR & Admin, Management).

Send dates are April–July 2026 in Asia/Shanghai, including the weeks around Qingming (04-04..04-06, no make-up day),
Labour Day (05-01..05-05, make-up working day Sat 05-09) and Dragon Boat (06-19..06-21, no make-up day), all as
chinesecalendar 1.11.0 has them. Only 2026 dates are used.

## Conventions applied beyond the corpus README (a scorer must know these)

1. **Person in brackets owns**: '仓储管理部（韦志远）', '我库（魏长河）', '我方（石磊）', and a trailing '…。（公衍亮）' -> that person.
2. **Unit-only owners**: owner null + `no_owner`; `department` is the unit only when it is a roster department of the
   organisation (e.g. 财务审计部, 淮阳直属库, 设备动力部, 研发部, 市场部). Several units ('各直属库'), teams that are not roster
   departments ('Maintenance team', 'Yangzhou team'), '全员', '双方' and units of another organisation ('各乡镇农业服务中心')
   give `department: null`.
3. **跨部门协作事项跟踪表** (seed template): the 责任人（发起方） owns the row; the 责任人（协作方） supports it like 配合 and is
   not an owner. **'主责：X；配合：Y' / 'X（主责）/Y（配合）' in one cell**: X only. **'X牵头，Y、Z配合'**: X only.
4. **外部沟通跟进表** with ①②③ in one 解决方案 cell: a sub-item that names a person inline is that person's; the others
   belong to the row's 负责人 (as corpus case 002).
5. **'节后N个工作日内'** counts N working days from the first working day after that holiday (the word 节后 anchors it),
   not from the day after sending; plain 'N个工作日内' counts from the day after sending. **'节后第一个工作日(前)'** = the
   first working day after the holiday block. **'端午节前'** (holiday name + 前) = the last working day before the block.
6. **'两周内'** = send date + 14 calendar days (dates-eval: N天/周内 = send date + N days).
7. **'本周六（调休上班）前'** = that Saturday of this week (a make-up working day); bare weekdays ('周五前', 'by Friday',
   'Friday') = this week's day if not yet past (today counts), else next week's; '下周X' / 'next X' = next calendar week.
8. **EOD / 今天下班前** = the send date in Asia/Shanghai with no time (6328: Date +0000 Thursday 16:12 is Friday 00:12 in
   Shanghai, so EOD and 'Friday' are 2026-04-10). 'EOD Monday' = that Monday, no time.
9. **Foreign formats**: a German writer's '19.06.2026' is day.month.year; 'until X' = by X. Chinese 'M/D' ('4/24', '7/24（五）')
   is month/day. Times given in another zone are converted to Asia/Shanghai (CEST = UTC+2, Istanbul = UTC+3); when the
   writer adds the Beijing time it agrees.
10. **Next meeting**: '下周X同一时间' takes this meeting's start time from the same mail (its intro or the AI-minutes header);
    a day with no time ('下周五例会', '下周一早会') gives `time: null`; a day on one line and its time on the next is one
    follow-up; vague ('6月上旬', '另行通知', '视收购进度另行通知', '时间待定') gives null. A follow-up said in the sender's own
    preface above pasted AI minutes counts (6319).
11. **Not items**: AI-minutes 摘要/总结/章节/关键决策 (only 待办 counts), pasted chat logs, a forwarder's preface,
    quoted older mail under a 发件人/From header block, done rows ('已完成', '已关闭', 'Closed', '- [x]', 'AI (closed)'),
    decisions/结论, standing rules and routines ('每天6点前送货', '交接班制度'), findings, remark columns (备注, 风险点).
12. **No date vs vague**: conditional tasks ('若供应商不接受…', 'after drawing approval'), '（无截止时间）' and '等廖总定' have
    no deadline -> `no_due`; '待定', 'TBD', 'date TBD', '尽快', 'ASAP', '时间待定' -> `vague_due`.
13. **Attachments**: when the body only points to an attached .docx/.pdf, the gold is what a human reading the attachment
    records (items, dates and the next meeting inside the document).
14. **Traditional Chinese** (6338): owners written as 鹿經理/寧雪 resolve through the To display names (鹿永強/寧雪 with the
    roster addresses) to the canonical roster names 鹿永强/宁雪; task text is kept as written (traditional).
15. **Task text** is the deliverable as written, without owner, date or 配合 names, in the language of the minutes; scorers
    match loosely.
16. **other vs auto**: a newsletter a person wrote and sent to an all-staff alias (no List-Id/Precedence/Auto-Submitted) is
    `other`; ESP bulk mail with List-Id/List-Unsubscribe/Precedence: bulk is `auto`; so are out-of-office replies and NDRs.
17. **Minutes in an old thread** ('答复: …' with In-Reply-To to a non-bot mail) are minutes when the new text records a
    meeting; forwarded minutes resolve dates against the forward's Date header (6336 is built so that both readings agree).

## Clients, charsets and encodings

| client | cases | charset / encoding |
| --- | --- | --- |
| Outlook 2016+ zh-CN (Windows) | 6301, 6304, 6306, 6311, 6318, 6335 | gb2312 base64 CRLF (only GB2312 characters); UTF-8 base64/QP |
| Outlook zh-TW | 6338 | big5 base64, Content-Language zh-tw |
| Outlook en (Microsoft 365 / HQ) | 6328, 6329, 6333, 6336 | us-ascii/UTF-8 quoted-printable, Date +0000 / +0200 |
| Outlook on the web | 6331 | UTF-8 base64, Date +0000 |
| Outlook for Mac | 6327 | UTF-8 quoted-printable |
| Foxmail 7.2 | 6302, 6307, 6310, 6317 | GB2312 / GBK base64; 6317 text-only |
| Coremail webmail (own and government) | 6303, 6305, 6309 | GBK base64; UTF-8; 6309 HTML-only |
| 163/126 webmail | 6323 | GBK base64 |
| 网易邮箱大师 (iOS/Android) | 6308, 6326 | UTF-8 base64 |
| Tencent Exmail web / 企业微信 mail | 6313, 6315, 6314 | UTF-8, gb18030 base64 (top-level 'Content-Transfer-Encoding: 8Bit' as QQ mail writes it) |
| Feishu/Lark mail | 6319, 6322, 6324, 6325 | UTF-8 base64; 6322 HTML-only quoted-printable |
| DingTalk mail (Alimail) | 6320 | UTF-8 base64 |
| Gmail (Google Workspace) | 6312 | UTF-8 quoted-printable, Date +0300 |
| Apple Mail (macOS) / iPhone Mail | 6316 / 6332 | UTF-8 quoted-printable; PDF with RFC 2231 filename |
| Thunderbird | 6321, 6330 | UTF-8 8bit / quoted-printable, format=flowed; 6330 Date +0200 |
| ESP bulk, Exchange NDR | 6337, 6334 | UTF-8 base64; multipart/report with message/delivery-status and message/rfc822 |

Attachments: 6304 (.docx, python-docx, RFC 2231 gb2312 filename), 6333 (.docx, English), 6316 (.pdf, reportlab
`invariant=1`, CID font STSong-Light; pypdf extracts its text). Zip timestamps of the .docx files are fixed.
Encoded words are never inside quoted strings (that would be a parser defect), so some clients' quoting habits are omitted.

## Cases

| case | kind | gold summary | what it tests |
| --- | --- | --- | --- |
"""


def _summary(c):
    if c.kind != 'minutes':
        return 'no items'
    parts = []
    for it in c.items:
        g = it.gold()
        who = g['owner_name'] or ('—/' + (g['department'] or '—'))
        if g['due_date']:
            due = g['due_date'][5:] + (' ' + g['due_time'] if g['due_time'] else '')
        else:
            due = 'vague' if 'vague_due' in g['flags'] else 'no date'
        parts.append('%s %s' % (who, due))
    s = '%d: %s' % (len(c.items), '; '.join(parts))
    if c.nxt:
        d, t = c.nxt[1]
        s += '; next %s%s' % (d[5:], ' ' + t if t else '')
    else:
        s += '; next —'
    return s


def readme():
    rows = []
    for c in sorted(CASES, key=lambda c: c.n):
        rows.append('| %s | %s | %s | %s |' % (c.name, c.kind, _summary(c).replace('|', '/'), c.what.replace('|', '/')))
    return README_HEAD + '\n'.join(rows) + '\n'


# ================================================================================================================
# writing and checking
# ================================================================================================================

def write_all():
    import chinese_calendar  # noqa: F401  (fail early if missing)
    CASES.sort(key=lambda c: c.n)
    assert [c.n for c in CASES] == list(range(6301, 6339)), [c.n for c in CASES]
    for c in CASES:
        raw = c.builder(c)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg['Date'].datetime == email.utils.parsedate_to_datetime(c.date), (c.n, msg['Date'])
        sent = sent_sh(c.date)
        for it in c.items:
            if it.due[0] not in ('vague', 'none'):
                d, t = resolve(it.due, sent)
                got = (d.isoformat(), t)
                assert got == it.exp, (c.n, it.task, got, it.exp)
        if c.nxt:
            d, t = resolve(c.nxt[0], sent)
            assert (d.isoformat(), t) == c.nxt[1], (c.n, 'next', d, t, c.nxt[1])
        with open(os.path.join(HERE, c.name + '.eml'), 'wb') as f:
            f.write(raw)
        with open(os.path.join(HERE, c.name + '.json'), 'w', encoding='utf-8') as f:
            json.dump(c.gold(), f, ensure_ascii=False, indent=2)
            f.write('\n')
    with open(os.path.join(HERE, 'roster.csv'), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['name', 'email', 'department', 'manager_email', 'aliases'])
        for r in ROSTER:
            w.writerow(r)
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(readme())
    print('wrote %d cases to %s' % (len(CASES), HERE))


def _all_defects(msg):
    out = []
    for part in msg.walk():
        for d in part.defects:
            out.append('%s: %r' % (part.get_content_type(), d))
        for k in part.keys():
            try:
                v = part[k]
            except Exception as e:  # pragma: no cover
                out.append('header %s unparsable: %s' % (k, e))
                continue
            for d in getattr(v, 'defects', ()):
                out.append('header %s: %r' % (k, d))
    return out


def _attachment_text(part):
    data = part.get_payload(decode=True)
    ct = part.get_content_type()
    if ct == 'application/pdf':
        import pypdf
        return '\n'.join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    if ct.endswith('wordprocessingml.document'):
        import docx
        d = docx.Document(io.BytesIO(data))
        txt = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                txt.append('\t'.join(cell.text for cell in row.cells))
        return '\n'.join(txt)
    return ''


def check():
    CASES.sort(key=lambda c: c.n)
    roster_mails = {r[1] for r in ROSTER}
    problems = []
    names = sorted(f for f in os.listdir(HERE) if f.endswith('.eml'))
    if len(names) != len(CASES):
        problems.append('expected %d .eml files, found %d' % (len(CASES), len(names)))
    kinds = {}
    for c in CASES:
        p_eml = os.path.join(HERE, c.name + '.eml')
        p_json = os.path.join(HERE, c.name + '.json')
        raw = open(p_eml, 'rb').read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for d in _all_defects(msg):
            problems.append('%s: defect %s' % (c.name, d))
        texts = []
        for part in msg.walk():
            if part.is_multipart():
                continue
            if part.get_content_maintype() == 'text' and part.get_content_disposition() != 'attachment':
                cs = part.get_content_charset() or 'us-ascii'
                data = part.get_payload(decode=True)
                try:
                    t = data.decode(cs)
                except (UnicodeDecodeError, LookupError) as e:
                    problems.append('%s: %s part does not decode as %s: %s' % (c.name, part.get_content_type(), cs, e))
                    continue
                try:
                    part.get_content()
                except Exception as e:
                    problems.append('%s: get_content failed: %s' % (c.name, e))
                texts.append(t)
            elif part.get_content_maintype() == 'application':
                texts.append(_attachment_text(part))
        if not texts:
            problems.append('%s: no readable text part' % c.name)
        gold = json.load(open(p_json, encoding='utf-8'))
        kinds[gold['kind']] = kinds.get(gold['kind'], 0) + 1
        if gold['kind'] != c.kind:
            problems.append('%s: kind %s != %s' % (c.name, gold['kind'], c.kind))
        if set(gold) != {'kind', 'items', 'next_followup', 'reply', 'notes'}:
            problems.append('%s: gold keys %s' % (c.name, sorted(gold)))
        sent = msg['Date'].datetime.astimezone(SH)
        if not (dt.date(2026, 4, 1) <= sent.date() <= dt.date(2026, 7, 31)):
            problems.append('%s: sent %s outside April-July 2026' % (c.name, sent))
        if len(gold['items']) != len(c.items):
            problems.append('%s: %d gold items, spec has %d' % (c.name, len(gold['items']), len(c.items)))
        header_mails = set()
        for h in ('From', 'To', 'Cc'):
            if msg[h] is not None:
                for a in msg[h].addresses:
                    header_mails.add(a.addr_spec)
        body_all = '\n'.join(texts)
        for gi, it in zip(gold['items'], c.items):
            if it.due[0] in ('vague', 'none'):
                want = (None, None)
            else:
                d, t = resolve(it.due, sent)
                want = (d.isoformat(), t)
            if (gi['due_date'], gi['due_time']) != want:
                problems.append('%s: item %r due %s/%s, recomputed %s' % (c.name, gi['task'], gi['due_date'],
                                                                          gi['due_time'], want))
            if gi['due_date'] and not gi['due_date'].startswith('2026-'):
                problems.append('%s: due outside 2026' % c.name)
            fl = set(gi['flags'])
            if not fl <= {'no_owner', 'vague_due', 'no_due'}:
                problems.append('%s: bad flags %s' % (c.name, fl))
            if ('no_owner' in fl) != (gi['owner_name'] is None):
                problems.append('%s: no_owner flag inconsistent for %r' % (c.name, gi['task']))
            if gi['owner_email'] and gi['owner_email'] not in roster_mails | header_mails:
                problems.append('%s: owner email %s neither in roster nor in headers' % (c.name, gi['owner_email']))
            if gi['department'] is not None and gi['department'] not in {r[2] for r in ROSTER if r[2]}:
                problems.append('%s: department %s is not a roster department' % (c.name, gi['department']))
        nf = gold['next_followup']
        if c.nxt:
            d, t = resolve(c.nxt[0], sent)
            if nf != {'date': d.isoformat(), 'time': t}:
                problems.append('%s: next_followup %s, recomputed %s %s' % (c.name, nf, d, t))
        elif nf is not None:
            problems.append('%s: next_followup should be null' % c.name)
        if c.kind != 'minutes' and (gold['items'] or nf):
            problems.append('%s: non-minutes with items/follow-up' % c.name)
        if BOT[c.org][1] not in raw.decode('latin-1'):
            problems.append('%s: bot address missing' % c.name)
        if not body_all.strip():
            problems.append('%s: empty body' % c.name)
    for p in problems:
        print('PROBLEM', p)
    print('checked %d cases: %s; %d problem(s)' % (len(CASES), ', '.join('%s %d' % kv for kv in sorted(kinds.items())),
                                                   len(problems)))
    return 1 if problems else 0


if __name__ == '__main__':
    if [a for a in sys.argv[1:] if not a.startswith('--')]:   # (added when the set joined the tests: write to OUTDIR, then check)
        HERE = [a for a in sys.argv[1:] if not a.startswith('--')][0]
        os.makedirs(HERE, exist_ok=True)
    if '--check' in sys.argv[1:]:
        sys.exit(check())
    write_all()
    sys.exit(check())

#!/usr/bin/env python3
"""Generator for the blind held-out set "heldout31" (cases 5901-5938).

    python3 make_heldout31.py [OUTDIR]          write every .eml/.json, roster.csv
    python3 make_heldout31.py --check [OUTDIR]  re-parse every .eml with email.policy.default
                                               (no defects, every text part decodes strictly) and
                                               recompute every gold date from the Date header
                                               (Asia/Shanghai, chinesecalendar working days)

Deterministic: no clock, no randomness. Attachments (.docx via python-docx, .pdf via reportlab
with the built-in STSong-Light CID font, invariant mode) are rebuilt with fixed timestamps.
"""
import base64, csv, datetime as DT, email, email.policy, html, io, json, os, quopri, sys, zipfile
from email.message import Message
from email.generator import BytesGenerator
from email.policy import compat32
from email.utils import format_datetime, parsedate_to_datetime
from zoneinfo import ZoneInfo

SH = ZoneInfo("Asia/Shanghai")
HERE = os.path.dirname(os.path.abspath(__file__))

# ----------------------------------------------------------------------------------------------
# Roster
# ----------------------------------------------------------------------------------------------
A = "bfjxd.example.cn"        # 包头北方机车检修段 (SOE rail depot, Baotou)
B = "luoxiang.example.cn"     # 柳州螺香食品有限公司 (private food manufacturer, Liuzhou)
C = "qingluan.example.cn"     # 芜湖青鸾网络科技有限公司 (online vocational-education platform, Wuhu)
D = "nordvikwind.example.com" # Nordvik Wind (Dandong) Co., Ltd. 诺维风电（丹东）(foreign-invested wind farm)
BOT = {A: ("纪要助手", "jiyao@" + A), B: ("纪要助手", "minutes@" + B),
       C: ("minutebot", "minutebot@" + C), D: ("Minutes Bot", "minutes@" + D)}

ROSTER = [
    # name, email, department, manager_email, aliases
    ("贺志刚", "hezhigang@" + A, "段办公室", "", "贺主任"),
    ("闫丽萍", "yanliping@" + A, "段办公室", "hezhigang@" + A, "小闫"),
    ("乔振华", "qiaozhenhua@" + A, "技术科", "", "乔科长;乔科"),
    ("武海涛", "wuhaitao@" + A, "技术科", "qiaozhenhua@" + A, "武工"),
    ("郝建平", "haojianping@" + A, "检修车间", "", "郝主任"),
    ("云海龙", "yunhailong@" + A, "检修车间", "haojianping@" + A, "云主任"),
    ("王宝山", "wangbaoshan@" + A, "检修车间", "haojianping@" + A, "王工;老王"),
    ("白玉梅", "baiyumei@" + A, "物资科", "", "白科长"),
    ("任晓东", "renxiaodong@" + A, "物资科", "baiyumei@" + A, "小任"),
    ("康红霞", "kanghongxia@" + A, "安全科", "", "康科长"),
    ("薛飞", "xuefei@" + A, "安全科", "kanghongxia@" + A, "小薛"),
    ("苏文斌", "suwenbin@" + A, "劳动人事科", "", "苏科长"),
    ("吕鹏", "lvpeng@" + A, "劳动人事科", "suwenbin@" + A, "小吕"),
    ("田春生", "tianchunsheng@" + A, "财务科", "", "田科长"),
    ("覃永福", "qinyongfu@" + B, "总经办", "", "覃总;Qin Yongfu"),
    ("黎小婷", "lixiaoting@" + B, "总经办", "qinyongfu@" + B, "小婷"),
    ("莫振宇", "mozhenyu@" + B, "生产部", "qinyongfu@" + B, "莫经理;莫工;莫經理"),
    ("黄丽娟", "huanglijuan@" + B, "品控部", "qinyongfu@" + B, "黄经理;娟姐"),
    ("梁俊", "liangjun@" + B, "品控部", "huanglijuan@" + B, "小梁"),
    ("罗明", "luoming@" + B, "采购部", "qinyongfu@" + B, "罗经理;羅經理"),
    ("潘小燕", "panxiaoyan@" + B, "采购部", "luoming@" + B, "燕子;小潘"),
    ("蓝海燕", "lanhaiyan@" + B, "仓储物流部", "qinyongfu@" + B, "蓝经理"),
    ("韦志远", "weizhiyuan@" + B, "仓储物流部", "lanhaiyan@" + B, "韦主管;小韦"),
    ("陆思琪", "lusiqi@" + B, "电商部", "qinyongfu@" + B, "陆经理;琪琪;思琪;Sukie"),
    ("廖文杰", "liaowenjie@" + B, "电商部", "lusiqi@" + B, "文杰;小廖"),
    ("钱卫东", "qianweidong@" + B, "研发中心", "qinyongfu@" + B, "钱老师;钱工"),
    ("杨秀兰", "yangxiulan@sanjiangzy.example.com", "", "", "杨经理"),
    ("陳冠宇", "guanyu.chen@dingsheng.example.com.tw", "", "", "陈冠宇;Kevin Chen"),
    ("汪子涵", "wangzihan@" + C, "产品部", "", "汪总;子涵;Zoe Wang;Zoe"),
    ("方一鸣", "fangyiming@" + C, "产品部", "wangzihan@" + C, "一鸣;方经理;Ming Fang"),
    ("朱浩然", "zhuhaoran@" + C, "研发部", "", "浩然;朱工;Harry Zhu;Harry"),
    ("程诺", "chengnuo@" + C, "研发部", "zhuhaoran@" + C, "诺诺;Nora Cheng"),
    ("江涛", "jiangtao@" + C, "研发部", "zhuhaoran@" + C, "涛哥;Tao Jiang"),
    ("许佳怡", "xujiayi@" + C, "运营部", "wangzihan@" + C, "佳怡;Jiayi Xu"),
    ("俞晨", "yuchen@" + C, "运营部", "xujiayi@" + C, "晨晨"),
    ("施雨", "shiyu@" + C, "数据部", "", "施老师"),
    ("戴明轩", "daimingxuan@" + C, "数据部", "shiyu@" + C, "明轩"),
    ("吴桐", "wutong@" + C, "客服部", "xujiayi@" + C, "桐桐;吴主管"),
    ("孙丽", "sunli@wjvtc.example.edu.cn", "", "", "孙老师"),
    ("Lars Eriksen", "lars.eriksen@" + D, "Site Management", "", "Lars;LE"),
    ("Ingrid Solberg", "ingrid.solberg@" + D, "HSE", "lars.eriksen@" + D, "Ingrid"),
    ("于海波", "yu.haibo@" + D, "Operations", "lars.eriksen@" + D, "Haibo;Yu Haibo;于经理;老于"),
    ("金成哲", "jin.chengzhe@" + D, "Operations", "yu.haibo@" + D, "Chengzhe;Jin Chengzhe;CZ;金工"),
    ("曲婷婷", "qu.tingting@" + D, "Grid & Commercial", "lars.eriksen@" + D, "Tina;Tina Qu"),
    ("孟凡", "meng.fan@" + D, "Procurement", "henrik.dahl@" + D, "Vincent;Vincent Meng;Meng Fan"),
    ("Henrik Dahl", "henrik.dahl@" + D, "Finance", "lars.eriksen@" + D, "Henrik"),
    ("宫雪", "gong.xue@" + D, "HSE", "ingrid.solberg@" + D, "Snow;Snow Gong"),
    ("Tobias Weber", "tobias.weber@windtek-service.example.de", "", "", "Tobias"),
    ("邹建", "zoujian@ddgrid.example.cn", "", "", "邹工"),
]
R = {r[0]: r for r in ROSTER}


def P(name, display=None):
    """(display name, email) of a roster person."""
    return (display or name, R[name][1])


# ----------------------------------------------------------------------------------------------
# MIME helpers
# ----------------------------------------------------------------------------------------------
def ew(s, cs="utf-8", enc="B"):
    """RFC 2047 encoded words (split on character boundaries, each word <= 75 chars)."""
    if all(ord(c) < 128 for c in s) and "=?" not in s:
        return s
    try:
        s.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    words, cur = [], ""
    def word(t):
        b = t.encode(cs)
        if enc == "B":
            return "=?%s?B?%s?=" % (cs, base64.b64encode(b).decode())
        q = "".join(chr(x) if (48 <= x <= 57 or 65 <= x <= 90 or 97 <= x <= 122) else
                    ("_" if x == 32 else "=%02X" % x) for x in b)
        return "=?%s?Q?%s?=" % (cs, q)
    for ch in s:
        if len(word(cur + ch)) > 75:
            words.append(word(cur)); cur = ch
        else:
            cur += ch
    if cur:
        words.append(word(cur))
    return "\n ".join(words)


def addr(p, cs="utf-8", enc="B", quote=False):
    name, em = p
    if not name:
        return em
    if all(ord(c) < 128 for c in name):
        n = '"%s"' % name if (quote or any(c in name for c in ",.&()")) else name
        return "%s <%s>" % (n, em)
    w = ew(name, cs, enc)
    return "%s <%s>" % (w, em)   # encoded words are never put inside quotes (RFC 2047 5.3)


def addrlist(ps, cs="utf-8", enc="B", quote=False, sep=",\n "):
    return sep.join(addr(p, cs, enc, quote) for p in ps)


EIGHTBIT = {}


def leaf(ctype, text, cs, cte, params=""):
    m = Message()
    m["Content-Type"] = '%s; charset="%s"%s' % (ctype, cs, params) if cs else ctype + params
    m["Content-Transfer-Encoding"] = cte
    data = text.encode(cs) if isinstance(text, str) else text
    if cte == "base64":
        b = base64.encodebytes(data).decode()
    elif cte == "quoted-printable":
        b = quopri.encodestring(data).decode()
        if not b.endswith("\n"):
            b += "\n"
    elif cte in ("8bit", "7bit"):
        key = "@@8BIT%d@@" % len(EIGHTBIT)
        EIGHTBIT[key] = data if data.endswith(b"\n") else data + b"\n"
        b = key
    else:
        raise ValueError(cte)
    m.set_payload(b)
    return m


def multi(subtype, parts, boundary, params=""):
    m = Message()
    m["Content-Type"] = 'multipart/%s;%s\n\tboundary="%s"' % (subtype, params, boundary)
    m.set_payload(list(parts))
    m.preamble = "This is a multi-part message in MIME format." if "NextPart" in boundary else None
    return m


def attach(ctype, data, filename, cs="utf-8"):
    """Attachment with an RFC 2231 encoded file name (name*= / filename*=)."""
    from urllib.parse import quote as urlquote
    m = Message()
    v = "utf-8''" + urlquote(filename.encode("utf-8"), safe="")
    m["Content-Type"] = '%s;\n\tname*=%s' % (ctype, v)
    m["Content-Transfer-Encoding"] = "base64"
    m["Content-Disposition"] = 'attachment;\n\tfilename*=%s' % v
    m.set_payload(base64.encodebytes(data).decode())
    return m


def esc(s):
    return html.escape(s, quote=False)


def html_lines(text, style="font-family:微软雅黑;font-size:14px"):
    out = []
    for ln in text.split("\n"):
        out.append("<div>%s</div>" % (esc(ln) if ln.strip() else "<br>"))
    return '<div style="%s">\n%s\n</div>' % (style, "\n".join(out))


def html_table(rows, border=1):
    tr = []
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        tr.append("<tr>" + "".join("<%s style=\"border:1px solid #999;padding:3px 6px\">%s</%s>" %
                                   (tag, esc(c).replace("\n", "<br>") or "&nbsp;", tag) for c in r) + "</tr>")
    return ('<table border="%d" cellspacing="0" cellpadding="0" style="border-collapse:collapse;font-size:13px">\n%s\n</table>'
            % (border, "\n".join(tr)))


def tsv(rows):
    return "\n".join("\t".join(c.replace("\n", " ") for c in r) for r in rows)


def html_doc(inner, head=""):
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%%CS%%">\n%s</head>\n'
            '<body>\n%s\n</body>\n</html>\n' % (head, inner))


# ----------------------------------------------------------------------------------------------
# Attachments
# ----------------------------------------------------------------------------------------------
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def make_docx(title, paras, table=None, after=(), when=DT.datetime(2026, 1, 1)):
    import docx
    d = docx.Document()
    d.core_properties.author = "user"
    d.core_properties.last_modified_by = "user"
    d.core_properties.created = when
    d.core_properties.modified = when
    d.core_properties.revision = 1
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for r in table:
            cells = t.add_row().cells
            for c, v in zip(cells, r):
                c.text = v
    for p in after:
        d.add_paragraph(p)
    raw = io.BytesIO()
    d.save(raw)
    zin = zipfile.ZipFile(io.BytesIO(raw.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for n in zin.namelist():
            zi = zipfile.ZipInfo(n, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, zin.read(n))
    return out.getvalue()


def make_pdf(lines):
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    b = io.BytesIO()
    c = canvas.Canvas(b, invariant=1)
    y = 780
    for ln in lines:
        size = 16 if ln.startswith("#") else 11
        t = ln.lstrip("#")
        c.setFont("STSong-Light", size)
        if ln.startswith("#"):
            c.drawCentredString(297, y, t)
        else:
            c.drawString(60, y, t)
        y -= 26 if size == 16 else 19
    c.showPage()
    c.save()
    return b.getvalue()


# ----------------------------------------------------------------------------------------------
# Gold helpers
# ----------------------------------------------------------------------------------------------
def I(owner, task, due=None, time=None, rule=None, dept=None, email=None):
    """Gold item. owner: roster name, a written name (not in roster) or None.
    rule: how the date follows from the Date header (checked by --check):
      'abs' | 'today' | 'tomorrow' | 'wd:N' | 'wk:K' (bare weekday, this week if not past) |
      'this:K' (本周X) | 'next:K' (下周X) | 'mend' | 'after:HOL' | 'before:HOL' | 'vague' | None (no deadline)"""
    flags = []
    if owner is None:
        flags.append("no_owner")
    if rule == "vague":
        flags.append("vague_due")
    elif rule is None:
        flags.append("no_due")
    if owner is not None and owner in R:
        name, em, dp = owner, R[owner][1], (R[owner][2] or None)
    else:
        name, em, dp = owner, email, dept
    return {"owner_name": name, "owner_email": em, "department": dp, "task": task,
            "due_date": due, "due_time": time, "flags": flags, "_rule": rule}


def NX(date, time=None, rule="abs"):
    return {"date": date, "time": time, "_rule": rule}


# ----------------------------------------------------------------------------------------------
# Client header templates
# ----------------------------------------------------------------------------------------------
def received(dom, host, ip, when, rcpt, qid):
    return ("from %s (unknown [%s])\n\tby mail.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (CST)"
            % (host, ip, dom, qid, rcpt, format_datetime(when.astimezone(SH))))


CASES = []


def case(**kw):
    CASES.append(kw)


# ==============================================================================================
# Org A: 包头北方机车检修段 (SOE rail depot)
# ==============================================================================================
T5901 = """各科室、车间：

现将4月2日段长办公会议纪要印发如下，请认真抓好落实。

包头北方机车检修段
段长办公会会议纪要
（2026年第7期）

会议时间：2026年4月2日 14:30
会议地点：段机关三楼会议室
主持人：贺志刚
参会人员：乔振华、郝建平、白玉梅、康红霞、苏文斌、田春生
记录：闫丽萍

会议听取了技术科关于一季度检修质量情况的汇报，研究了清明节前后安全生产和新职人员培训工作。会议认为，一季度全段机车检修质量总体平稳，但牵引电机轴承温升异常问题仍需重点攻关。现纪要如下：

一、关于清明节前后安全生产工作
会议要求：一是技术科（乔振华）牵头，检修车间配合，于4月10日前完成HXD3D型机车牵引电机轴承温升异常原因分析报告；二是安全科于4月3日前完成全段消防器材专项检查，检查结果报段办公室；三是物资科做好节日期间备品备件储备，确保库存满足7天检修需要。

二、关于新职人员培训工作
（一）组织新入职检修工岗前安全培训。
责任单位：劳动人事科
责任人：苏文斌
完成时限：4月底前
（二）建立新职人员师带徒台账。
责任单位：检修车间
完成时限：4月15日

三、其他事项
财务科田春生汇报了一季度成本执行情况，各项费用均控制在预算范围内。

下次段长办公会定于4月9日（周四）上午9:00召开，地点另行通知。

段办公室
2026年4月2日
"""
case(n=5901, slug="soe-yishi-ershi-labels-coremail", kind="minutes", client="coremail", org=A,
     frm=P("闫丽萍"), to=[P("乔振华"), P("郝建平"), P("白玉梅"), P("康红霞"), P("苏文斌"), P("田春生")],
     cc=[P("贺志刚"), BOT[A]], subject="段长办公会会议纪要（2026年第7期）",
     date=DT.datetime(2026, 4, 2, 17, 40, 22, tzinfo=SH), text=T5901, html=True, cs="utf-8", cte="base64",
     items=[I("乔振华", "完成HXD3D型机车牵引电机轴承温升异常原因分析报告", "2026-04-10", rule="abs"),
            I(None, "完成全段消防器材专项检查，检查结果报段办公室", "2026-04-03", rule="abs", dept="安全科"),
            I(None, "做好节日期间备品备件储备，确保库存满足7天检修需要", None, rule=None, dept="物资科"),
            I("苏文斌", "组织新入职检修工岗前安全培训", "2026-04-30", rule="mend"),
            I(None, "建立新职人员师带徒台账", "2026-04-15", rule="abs", dept="检修车间")],
     next=NX("2026-04-09", "09:00"),
     what="Formal SOE minutes: 一是/二是/三是 items inside one paragraph, （一）（二） blocks with 责任单位/责任人/完成时限 labels; unit-only owners; 4月底前; next meeting sentence",
     notes="Sent Thu 2026-04-02 17:40 (+08:00), two days before Qingming (04-04..06). 一是: 技术科（乔振华）牵头 -> the person in brackets owns it, 检修车间配合 is not an owner; 4月10日前 -> 2026-04-10. 二是: only the unit 安全科 -> owner null, no_owner, department 安全科; 4月3日前 -> 2026-04-03. 三是: unit 物资科, '节日期间' describes when the stock must be there, not a deadline, so no_due (AMBIGUOUS: a human might read it as 'before 04-04'; no date is written, so none is recorded). （一）: 责任人 苏文斌 (劳动人事科); 4月底前 -> 2026-04-30. （二）: 责任单位 检修车间 only -> no_owner; 4月15日 -> 2026-04-15. '会议认为…' is a decision; 田春生 汇报了… is a report, not an item. Next: '下次段长办公会定于4月9日（周四）上午9:00召开' -> 2026-04-09 09:00.")

D5902 = make_docx("关于HXD3D型机车春季鉴定工作的会议纪要", [
    "会议时间：2026年4月7日 9:00",
    "会议地点：技术科会议室",
    "主持人：乔振华",
    "参会人员：郝建平、白玉梅、任晓东、康红霞、武海涛",
    "会议传达了路局关于2026年机车春季鉴定工作的通知精神，对我段春鉴工作进行了部署。会议明确，春鉴工作实行“一车一档”管理，鉴定结果纳入车间月度考核。",
    "工作分工如下："], table=[
    ["序号", "工作事项", "责任单位", "责任人", "完成时限", "备注"],
    ["1", "制定春鉴工作实施方案", "技术科", "乔振华", "4月10日", ""],
    ["2", "完成32台机车走行部探伤", "检修车间", "郝建平", "4月24日", "分两批进行"],
    ["3", "采购春鉴所需探伤耗材", "物资科", "白玉梅（主责）、任晓东（配合）", "3个工作日内", ""],
    ["4", "春鉴安全卡控措施宣贯", "安全科", "康红霞", "4月3日", "已完成"],
    ["5", "汇总春鉴结果并报路局", "技术科", "武海涛", "5月上旬", ""]],
    after=["下次会议时间视春鉴进度另行确定。", "", "技术科", "2026年4月7日"], when=DT.datetime(2026, 4, 7, 11, 5))
case(n=5902, slug="soe-docx-attachment-outlook-gb2312", kind="minutes", client="outlook_zh", org=A,
     frm=P("乔振华"), to=[P("郝建平"), P("白玉梅"), P("康红霞"), P("武海涛")], cc=[P("贺志刚"), P("任晓东"), BOT[A]],
     subject="关于HXD3D型机车春季鉴定工作的会议纪要", date=DT.datetime(2026, 4, 7, 16, 12, 48, tzinfo=SH),
     text="各位：\n\n4月7日春鉴工作布置会的会议纪要见附件，请各单位对照附件中的分工表抓好落实。如有问题请及时与技术科联系。\n\n乔振华\n技术科\n包头北方机车检修段\n电话：0472-5130xxx\n",
     html=True, cs="gb2312", cte="quoted-printable",
     attachments=[("application/vnd.openxmlformats-officedocument.wordprocessingml.document", D5902,
                   "关于HXD3D型机车春季鉴定工作的会议纪要.docx")],
     items=[I("乔振华", "制定春鉴工作实施方案", "2026-04-10", rule="abs"),
            I("郝建平", "完成32台机车走行部探伤", "2026-04-24", rule="abs"),
            I("白玉梅", "采购春鉴所需探伤耗材", "2026-04-10", rule="wd:3"),
            I("武海涛", "汇总春鉴结果并报路局", None, rule="vague")],
     next=None,
     what="Minutes only in a .docx attachment (real python-docx file, table with 责任单位/责任人/完成时限/备注), short gb2312 QP body; 主责/配合 in one cell; 已完成 row; 3个工作日内 right after Qingming; 5月上旬",
     notes="Sent Tue 2026-04-07, the first working day after Qingming (04-04..06). The body only points to the attachment; the items are the rows of the .docx table. Row 1 -> 2026-04-10. Row 2 -> 2026-04-24 (备注 '分两批进行' is a remark). Row 3: '白玉梅（主责）、任晓东（配合）' -> owner 白玉梅 only; 3个工作日内 counted from Wed 04-08: 04-08, 04-09, 04-10 -> 2026-04-10. Row 4 备注 已完成 -> status, not an item. Row 5: '5月上旬' is a period without a day -> due null, vague_due (like 中旬 in the corpus). Decisions in the paragraph ('一车一档') are not items. '下次会议时间视春鉴进度另行确定' -> next_followup null.")

T5903_ORIG = """各班组长：
今天班组长会主要事项如下：

一、轮对组（责任人：云海龙）
①4月17日前完成轮对压装记录电子化录入；
②本周五前提交一季度不合格品台账。

二、电器组
车顶受电弓碳滑板批量更换，4月20日前完成，责任人：王工。

三、上周布置的工装柜清理已完成，不再跟踪。

下次班组长会：4月21日（周二）15:00，车间会议室。

郝建平
检修车间"""
T5903 = """各位：

转发检修车间4月14日班组长会纪要，请相关同志按时落实，已抄送纪要助手跟踪。涉及物资的请白科长支持一下。

贺志刚

-----原始邮件-----
发件人: 郝建平 <haojianping@bfjxd.example.cn>
发送时间: 2026年4月14日 17:02
收件人: 云海龙 <yunhailong@bfjxd.example.cn>; 王宝山 <wangbaoshan@bfjxd.example.cn>
抄送: 贺志刚 <hezhigang@bfjxd.example.cn>
主题: 检修车间班组长会纪要（4月14日）

""" + T5903_ORIG + "\n"
case(n=5903, slug="soe-forward-with-preface-outlook", kind="minutes", client="outlook_zh", org=A,
     frm=P("贺志刚"), to=[P("云海龙"), P("王宝山"), P("白玉梅")], cc=[P("郝建平"), BOT[A]],
     subject="转发: 检修车间班组长会纪要（4月14日）", date=DT.datetime(2026, 4, 15, 9, 10, 31, tzinfo=SH),
     text=T5903, html=True, cs="utf-8", cte="base64",
     items=[I("云海龙", "完成轮对压装记录电子化录入", "2026-04-17", rule="abs"),
            I("云海龙", "提交一季度不合格品台账", "2026-04-17", rule="this:4"),
            I("王宝山", "车顶受电弓碳滑板批量更换", "2026-04-20", rule="abs")],
     next=NX("2026-04-21", "15:00"),
     what="Outlook 转发 with a preface (an ask to 白科长 that is not an item) above an Outlook -----原始邮件----- block holding the minutes; ①② under one owner; owner by title alias 王工; done line",
     notes="Forwarded Wed 2026-04-15 09:10; the minutes were written Tue 04-14. The preface ('请相关同志按时落实…请白科长支持一下') is the forwarder's note, not an item. The minutes sit below Outlook's 发件人/发送时间 header block and must be read. 轮对组 (责任人：云海龙) has ① 4月17日前 -> 2026-04-17 and ② 本周五前 -> Fri 2026-04-17 (the same from the forward date and from the original date). 电器组: 责任人 王工 = roster alias of 王宝山; 4月20日前 -> 2026-04-20. 三 is done (已完成，不再跟踪) -> not an item. 下次班组长会 4月21日（周二）15:00 -> 2026-04-21 15:00.")

ROWS5904 = [["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间", "计划完成时间", "实际完成时间", "进展情况", "风险点及应对措施"],
            ["1", "制动阀备件集中采购", "物资科", "财务科", "白玉梅", "田春生", "2026-04-13", "2026-04-24", "2026-04-23", "已完成", "-"],
            ["2", "闲置物资清查处置", "物资科", "检修车间", "任晓东", "郝建平", "2026-04-20", "2026-05-08", "-", "进行中（已完成40%）", "部分物资需技术鉴定，已请技术科支持"],
            ["3", "节日期间应急物资盘点", "物资科", "安全科", "任晓东", "康红霞", "2026-04-27", "2026-04-30", "-", "进行中", "-"],
            ["4", "ERP物料编码清理", "物资科", "技术科", "白玉梅", "武海涛", "2026-05-06", "待定", "-", "未开始", "需信息中心配合"]]
T5904 = ("各位领导、同事：\n\n本周物资科跨部门协作事项跟踪情况如下（从Excel里复制的，格式如有错乱请见谅）：\n\n跨部门协作事项跟踪表\n"
         + tsv(ROWS5904) + "\n\n下次对账会：节后第一个工作日上午10点，物资科办公室。\n\n白玉梅\n物资科\n")
case(n=5904, slug="soe-collab-tracking-tsv-foxmail-gbk", kind="minutes", client="foxmail", org=A,
     frm=P("白玉梅"), to=[P("任晓东"), P("郝建平"), P("康红霞"), P("武海涛"), P("田春生")], cc=[P("贺志刚"), BOT[A]],
     subject="物资科跨部门协作事项跟踪表（4月27日更新）", date=DT.datetime(2026, 4, 27, 15, 48, 9, tzinfo=SH),
     text=T5904, html_body=("各位领导、同事：<br><br>本周物资科跨部门协作事项跟踪情况如下（从Excel里复制的，格式如有错乱请见谅）：<br><br><b>跨部门协作事项跟踪表</b><br>"
                            + html_table(ROWS5904) + "<br>下次对账会：节后第一个工作日上午10点，物资科办公室。<br><br>白玉梅<br>物资科"),
     cs="gbk", cte="base64",
     items=[I("任晓东", "闲置物资清查处置", "2026-05-08", rule="abs"),
            I("任晓东", "节日期间应急物资盘点", "2026-04-30", rule="abs"),
            I("白玉梅", "ERP物料编码清理", None, rule="vague")],
     next=NX("2026-05-06", "10:00", rule="after:Labour Day"),
     what="Seed 跨部门协作事项跟踪表 pasted from Excel: tab-separated in the plain part, HTML table in the HTML part (Foxmail, GBK base64); 已完成 row; 责任人（发起方/协作方）; 待定; next meeting 节后第一个工作日上午10点",
     notes="Sent Mon 2026-04-27, the week before Labour Day (05-01..05; make-up working day Sat 05-09). Row 1 已完成 -> not an item. Rows 2-4 are open. Owner = 责任人（发起方）; the 协作方 person supports the item (like 配合) and is not an extra owner (AMBIGUOUS: the seed table has two 责任人 columns; a human tracker would chase the initiating side). Row 2 计划完成时间 2026-05-08 (进行中 40% is progress, not done). Row 3 -> 2026-04-30. Row 4 计划完成时间 待定 -> vague_due (计划开始时间 05-06 is a start, not a deadline). Dates in 计划开始/实际完成 columns are not deadlines. '下次对账会：节后第一个工作日上午10点' -> first working day after 05-01..05 = Wed 2026-05-06 10:00.")

T5905_QUOTE = """各车间、科室：
根据路局安排，全段开展春季安全隐患排查。请各车间于4月30日前完成自查，5月6日前将自查报告报安全科；安全科于5月8日组织复查。
联系人：薛飞
安全科"""
T5905 = """各位：

借这个邮件线程把今天下午安全例会的纪要发一下，便于对照前期排查要求。

安全例会纪要
时间：5月8日14:30  地点：安全科
参会：康红霞、薛飞、云海龙、武海涛、任晓东

一、节后隐患排查情况：共排查出隐患23项，已整改17项，剩余6项正在整改。
二、下一步工作：
1. 检修车间（云海龙）明天下班前报送隐患排查整改台账（明天周六调休上班）；
2. 薛飞2个工作日内完成机车库消防通道整治复查；
3. 技术科武工下周三前修订《机车检修作业指导书》高空作业防护章节；
4. 物资科尽快补齐劳保用品（安全帽、防滑鞋）。
三、下周五同一时间再碰一次，地点不变。

康红霞
安全科

-----原始邮件-----
发件人:"康红霞" <kanghongxia@bfjxd.example.cn>
发送时间:2026-04-20 09:12:33 (星期一)
收件人:"郝建平" <haojianping@bfjxd.example.cn>, "乔振华" <qiaozhenhua@bfjxd.example.cn>, "白玉梅" <baiyumei@bfjxd.example.cn>
抄送:"薛飞" <xuefei@bfjxd.example.cn>
主题:关于开展春季安全隐患排查的通知

""" + T5905_QUOTE + "\n"
case(n=5905, slug="soe-new-minutes-in-old-thread-makeup-saturday", kind="minutes", client="coremail", org=A,
     frm=P("康红霞"), to=[P("郝建平"), P("云海龙"), P("乔振华"), P("武海涛"), P("白玉梅"), P("任晓东")],
     cc=[P("薛飞"), BOT[A]], subject="Re:关于开展春季安全隐患排查的通知",
     date=DT.datetime(2026, 5, 8, 16, 35, 7, tzinfo=SH), text=T5905, html=True, cs="utf-8", cte="base64",
     reply_to_old="<6a3e1c52.2f41.19d4a7b3c21.Coremail.kanghongxia@bfjxd.example.cn>",
     items=[I("云海龙", "报送隐患排查整改台账", "2026-05-09", rule="tomorrow"),
            I("薛飞", "完成机车库消防通道整治复查", "2026-05-11", rule="wd:2"),
            I("武海涛", "修订《机车检修作业指导书》高空作业防护章节", "2026-05-13", rule="next:2"),
            I(None, "补齐劳保用品（安全帽、防滑鞋）", None, rule="vague", dept="物资科")],
     next=NX("2026-05-15", "14:30", rule="next:4"),
     what="New minutes sent as 'Re:' in an old Coremail thread (In-Reply-To/References), old notice quoted below with its own dates; Friday before the Sat 05-09 make-up day: 明天下班前, 2个工作日内, 下周三前, 尽快; '下周五同一时间' -> the meeting's own time",
     notes="Sent Fri 2026-05-08 16:35. The quoted notice (4月30日前/5月6日前/5月8日) is old mail, not items. 1: 检修车间（云海龙） -> 云海龙; 明天下班前 -> Sat 2026-05-09 (a make-up working day, as the text itself says), no time (下班前 gives the date only, like 今天下班前). 2: 2个工作日内 from the day after sending: 05-09 (make-up Saturday) is day 1, Mon 05-11 day 2 -> 2026-05-11 (a Mon-Fri count would give 05-12). 3: 武工 = 武海涛; 下周三前 = Wed of the next calendar week -> 2026-05-13. 4: unit 物资科 only, 尽快 -> owner null, no_owner + vague_due. Report line 一 is not an item. '下周五同一时间再碰一次' with the meeting at 14:30 -> Fri 2026-05-15 14:30.")

T5906 = """贺主任、各位：

今天上午食堂管理委员会会议纪要如下：

1. 端午节粽子、咸鸭蛋采购方案，闫丽萍6月17日前报贺主任审定。
2. 端午节期间食堂值班表，劳动人事科吕鹏本周四前排好发各部门。
3. 节后第一个工作日开展食堂卫生专项检查，由康科长牵头，段办公室配合。
4. 会议同意7月起职工餐补标准由每餐12元调整为15元。

下次会议时间另行通知。

闫丽萍
段办公室
"""
case(n=5906, slug="soe-plain-canteen-dragon-boat-foxmail", kind="minutes", client="foxmail_plain", org=A,
     frm=P("闫丽萍"), to=[P("贺志刚"), P("吕鹏"), P("康红霞")], cc=[BOT[A]],
     subject="食堂管理委员会会议纪要", date=DT.datetime(2026, 6, 15, 11, 2, 40, tzinfo=SH),
     text=T5906, html=False, cs="utf-8", cte="base64",
     items=[I("闫丽萍", "端午节粽子、咸鸭蛋采购方案报贺主任审定", "2026-06-17", rule="abs"),
            I("吕鹏", "排好端午节期间食堂值班表发各部门", "2026-06-18", rule="this:3"),
            I("康红霞", "开展食堂卫生专项检查", "2026-06-22", rule="after:Dragon Boat Festival")],
     next=None,
     what="Plain common mail (Foxmail text-only, UTF-8 base64): three numbered items, 本周四前, 节后第一个工作日 after Dragon Boat, 牵头/配合, a decision line, '下次会议时间另行通知'",
     notes="Sent Mon 2026-06-15 (Dragon Boat holiday Fri 06-19..Sun 06-21, no make-up day). 1: 闫丽萍 6月17日前 -> 2026-06-17. 2: 吕鹏 本周四前 -> Thu 2026-06-18. 3: 康科长 = 康红霞 牵头 (段办公室配合 is not an owner); 节后第一个工作日 -> Mon 2026-06-22. 4 is a decision (会议同意…) -> not an item. '下次会议时间另行通知' -> null.")

PDF5907 = make_pdf([
    "#包头北方机车检修段",
    "#段长办公会会议纪要",
    "2026年第18期                                         段办公室  2026年6月18日",
    "",
    "会议时间：2026年6月18日 9:00    会议地点：段机关三楼会议室",
    "主持人：贺志刚    记录：闫丽萍",
    "参会人员：乔振华、郝建平、白玉梅、康红霞、苏文斌、田春生",
    "",
    "会议听取了各科室、车间上半年重点工作完成情况汇报，研究部署了下阶段工作。",
    "会议认为，上半年全段安全生产形势稳定，机车检修兑现率100%。会议要求：",
    "（一）检修车间（郝建平）于6月26日前完成7月份机车中修计划编制。",
    "（二）财务科（田春生）于节后第一个工作日报送上半年成本分析。",
    "（三）劳动人事科（苏文斌）于6月30日前完成上半年绩效考核。",
    "（四）段办公室对上述事项跟踪督办，每周通报一次。",
    "",
    "下次段长办公会：7月2日（周四）上午8:30。",
    "",
    "送：段领导，各科室、车间",
])
case(n=5907, slug="soe-pdf-minutes-before-dragon-boat-coremail", kind="minutes", client="coremail", org=A,
     frm=P("闫丽萍"), to=[P("郝建平"), P("田春生"), P("苏文斌"), P("乔振华"), P("白玉梅"), P("康红霞")],
     cc=[P("贺志刚"), BOT[A]], subject="段长办公会会议纪要（2026年第18期）",
     date=DT.datetime(2026, 6, 18, 17, 20, 5, tzinfo=SH),
     text="各科室、车间：\n\n第18期段长办公会纪要（PDF）见附件，请查收并抓好落实。\n\n段办公室 闫丽萍\n",
     html=True, cs="utf-8", cte="base64",
     attachments=[("application/pdf", PDF5907, "段长办公会会议纪要（2026年第18期）.pdf")],
     items=[I("郝建平", "完成7月份机车中修计划编制", "2026-06-26", rule="abs"),
            I("田春生", "报送上半年成本分析", "2026-06-22", rule="after:Dragon Boat Festival"),
            I("苏文斌", "完成上半年绩效考核", "2026-06-30", rule="abs")],
     next=NX("2026-07-02", "08:30"),
     what="Minutes only in a PDF attachment (reportlab, CID font, text extractable) with a one-line body; （一）（二） with unit（person）; 节后第一个工作日 sent the day before Dragon Boat; standing 督办 line",
     notes="Sent Thu 2026-06-18 17:20, the last working day before Dragon Boat (06-19..21). Items are read from the PDF. （一） 检修车间（郝建平） -> 郝建平, 2026-06-26. （二） 财务科（田春生） 节后第一个工作日 -> Mon 2026-06-22. （三） 苏文斌 -> 2026-06-30. （四） '段办公室对上述事项跟踪督办，每周通报一次' is a standing duty, not a deliverable -> not an item. '会议认为…' is a finding. 下次段长办公会 7月2日（周四）上午8:30 -> 2026-07-02 08:30.")

ROWS5908 = [["序号", "整治事项", "责任单位及责任人", "完成时限", "备注"],
            ["1", "机车库内照明改造", "主责：检修车间（郝建平）；配合：物资科", "7月20日", ""],
            ["2", "地沟排水清淤", "主责：检修车间（云海龙）；配合：安全科（薛飞）", "本月底", "雨季前优先"],
            ["3", "劳保鞋更换登记", "劳动人事科", "7月15日前", ""],
            ["4", "库区视频监控补盲", "主责：段办公室；配合：技术科（武海涛）", "待定", "需段里立项"]]
case(n=5908, slug="soe-html-table-zhuze-peihe-outlook-qp", kind="minutes", client="outlook_zh", org=A,
     frm=P("郝建平"), to=[P("云海龙"), P("薛飞"), P("武海涛"), P("吕鹏")], cc=[P("贺志刚"), P("闫丽萍"), BOT[A]],
     subject="机车库环境专项整治碰头会纪要", date=DT.datetime(2026, 7, 8, 10, 45, 16, tzinfo=SH),
     text="各位：\n\n今天上午（7月8日9:30）专项整治碰头会事项如下：\n\n" + tsv(ROWS5908) +
          "\n\n下次碰头：7月15日（周三）上午9:30。\n\n郝建平\n检修车间\n",
     html_body=("各位：<br><br>今天上午（7月8日9:30）专项整治碰头会事项如下：<br><br>" + html_table(ROWS5908) +
                "<br>下次碰头：7月15日（周三）上午9:30。<br><br>郝建平<br>检修车间"),
     cs="utf-8", cte="quoted-printable",
     items=[I("郝建平", "机车库内照明改造", "2026-07-20", rule="abs"),
            I("云海龙", "地沟排水清淤", "2026-07-31", rule="mend"),
            I(None, "劳保鞋更换登记", "2026-07-15", rule="abs", dept="劳动人事科"),
            I(None, "库区视频监控补盲", None, rule="vague", dept="段办公室")],
     next=NX("2026-07-15", "09:30"),
     what="Outlook HTML table (UTF-8 QP) with '主责：单位（人）；配合：…' in one cell; 本月底; unit-only rows; 待定 with a remark",
     notes="Sent Wed 2026-07-08. Owner = the 主责 person; 配合 units/people are never owners. Row 1 郝建平 7月20日 -> 2026-07-20. Row 2 云海龙 本月底 -> 2026-07-31 (备注 '雨季前优先' is a remark). Row 3 only 劳动人事科 -> no_owner, 2026-07-15. Row 4 主责 段办公室 (a unit, no person) -> no_owner, department 段办公室; 待定 -> vague_due. '下次碰头：7月15日（周三）上午9:30' -> 2026-07-15 09:30.")

# ==============================================================================================
# Org B: 柳州螺香食品有限公司 (private manufacturer)
# ==============================================================================================
T5909 = """各位：

今天下午4点生产协调会，按人整理如下：

【莫经理】
1. 4月15日前把二号线封口机调试完毕
2. 排好4月下旬加班计划，本周五前报我
【黄经理】
1. 酸笋批次抽检报告，明天下午3点前发群里
【罗经理】
1. 跟三江竹源谈二季度酸笋价格，下周二前给结果
2. 包材供应商年审，尽快安排

下周三同一时间再碰一次。

覃永福
柳州螺香食品有限公司
"""
case(n=5909, slug="mfg-grouped-by-person-exmail-gb18030", kind="minutes", client="exmail", org=B,
     frm=P("覃永福"), to=[P("莫振宇"), P("黄丽娟"), P("罗明")], cc=[BOT[B]],
     subject="4月8日生产协调会纪要", date=DT.datetime(2026, 4, 8, 18, 5, 33, tzinfo=SH),
     text=T5909, html=True, cs="gb18030", cte="base64",
     items=[I("莫振宇", "把二号线封口机调试完毕", "2026-04-15", rule="abs"),
            I("莫振宇", "排好4月下旬加班计划", "2026-04-10", rule="this:4"),
            I("黄丽娟", "酸笋批次抽检报告发群里", "2026-04-09", "15:00", rule="tomorrow"),
            I("罗明", "跟三江竹源谈二季度酸笋价格", "2026-04-14", rule="next:1"),
            I("罗明", "包材供应商年审", None, rule="vague")],
     next=NX("2026-04-15", "16:00", rule="next:2"),
     what="Minutes grouped by person (【莫经理】 headings, owners by title alias); 本周五前, 明天下午3点前, 下周二前, 尽快; '下周三同一时间' with the time given in the opening line; Exmail gb18030 base64",
     notes="Sent Wed 2026-04-08 18:05. Each heading owns the numbered lines below it: 莫经理 = 莫振宇, 黄经理 = 黄丽娟, 罗经理 = 罗明 (roster aliases). 4月15日前 -> 2026-04-15; 本周五前 -> Fri 2026-04-10; 明天下午3点前 -> 2026-04-09 15:00; 下周二前 -> 2026-04-14; 尽快 -> vague_due. '4月下旬' inside task 2 is the content of the plan, not its deadline. The meeting was 今天下午4点, so '下周三同一时间再碰一次' -> Wed 2026-04-15 16:00.")

T5910 = """各位，钉钉AI听记的纪要如下，待办我核对过了，大家按这个执行。

AI听记 | 五一电商大促备货会
会议时间：2026-04-21 10:00-11:05
参会人：陆思琪、廖文杰、蓝海燕、韦志远、莫振宇

【摘要】
本次会议围绕五一大促备货展开。陆思琪提出今年五一目标销量12万袋，需在4月28日前完成全部备货；莫振宇表示产能可通过加排夜班满足；蓝海燕提醒快递在节前可能限揽，需提前锁定揽收量。

【章节速览】
00:01 大促目标与节奏
00:18 产能与加班安排
00:41 仓储与快递揽收

【发言总结】
陆思琪：目标12万袋，活动链接4月24日前上架。
莫振宇：加两个夜班，月底前可以完成。
蓝海燕：快递要提前约揽收量，节前要定下来。

【待办事项】
□ 廖文杰：4月24日前上架五一活动链接并完成平台活动报名
□ 韦志远（仓储主管）：4月28日前完成5万袋成品入仓
□ 莫振宇：加排两个夜班，本月底前完成大促生产任务
□ 蓝海燕：对接快递揽收，节前确认每日揽收量

以上内容由AI生成，仅供参考

陆思琪
电商部
"""
case(n=5910, slug="mfg-dingtalk-ai-minutes-todo-only", kind="minutes", client="dingtalk", org=B,
     frm=P("陆思琪"), to=[P("廖文杰"), P("蓝海燕"), P("韦志远"), P("莫振宇")], cc=[P("覃永福"), BOT[B]],
     subject="【AI听记】五一电商大促备货会", date=DT.datetime(2026, 4, 21, 11, 32, 18, tzinfo=SH),
     text=T5910, html=True, cs="utf-8", cte="base64",
     items=[I("廖文杰", "上架五一活动链接并完成平台活动报名", "2026-04-24", rule="abs"),
            I("韦志远", "完成5万袋成品入仓", "2026-04-28", rule="abs"),
            I("莫振宇", "加排两个夜班，完成大促生产任务", "2026-04-30", rule="mend"),
            I("蓝海燕", "对接快递揽收，确认每日揽收量", "2026-04-30", rule="before:Labour Day")],
     next=None,
     what="DingTalk AI 听记 pasted into DingTalk mail: 摘要/章节速览/发言总结 restate dates and tasks, only 【待办事项】 counts; owner with role (韦志远（仓储主管）); 本月底前; 节前 before Labour Day",
     notes="Sent Tue 2026-04-21. Only the four □ lines under 【待办事项】 are items; 摘要, 章节速览 and 发言总结 repeat the same content with dates (4月28日前, 4月24日前, 月底前) and are not extra items. 廖文杰 4月24日前 -> 2026-04-24. 韦志远（仓储主管） -> 韦志远, 2026-04-28. 莫振宇 本月底前 -> 2026-04-30. 蓝海燕 '节前' = before the Labour Day holiday (05-01..05) -> the last working day before it, Thu 2026-04-30 (AMBIGUOUS but the research convention 国庆节前 -> last workday before the block applies). No next meeting -> null.")

ROWS5911 = [["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型（客户/供应商/合作方）", "核心需求/反馈", "解决方案/进展", "下次沟通时间", "负责人"],
            ["EC2026-0430", "2026-04-30", "三江竹源食品/杨秀兰", "采购部/潘小燕", "供应商",
             "受雨季影响，原定5月6日交付的8吨酸笋需分两批交付",
             "①节后第一个工作日前双方确认分批交付计划（潘小燕）\n②三江竹源5月8日前提供第一批4吨酸笋的质检报告（杨秀兰）\n③品控部黄丽娟到厂验收，时间待定",
             "2026-05-07", "潘小燕"]]
case(n=5911, slug="mfg-external-followup-table-foxmail-gbk", kind="minutes", client="foxmail", org=B,
     frm=P("潘小燕"), to=[P("杨秀兰")], cc=[P("罗明"), P("黄丽娟"), BOT[B]],
     subject="外部沟通跟进表-三江竹源酸笋交期协调（EC2026-0430）", date=DT.datetime(2026, 4, 30, 17, 26, 51, tzinfo=SH),
     text=("杨经理您好：\n\n今天电话沟通的内容整理如下，请您核对，如有出入请回复告知：\n\n外部沟通跟进表\n" + tsv(ROWS5911) +
           "\n\n祝节日快乐！\n\n潘小燕\n柳州螺香食品有限公司 采购部\n"),
     html_body=("杨经理您好：<br><br>今天电话沟通的内容整理如下，请您核对，如有出入请回复告知：<br><br><b>外部沟通跟进表</b><br>" +
                html_table(ROWS5911) + "<br>祝节日快乐！<br><br>潘小燕<br>柳州螺香食品有限公司 采购部"),
     cs="gbk", cte="base64",
     items=[I("潘小燕", "双方确认分批交付计划", "2026-05-06", rule="after:Labour Day"),
            I("杨秀兰", "提供第一批4吨酸笋的质检报告", "2026-05-08", rule="abs"),
            I("黄丽娟", "到厂验收", None, rule="vague")],
     next=NX("2026-05-07", None),
     what="Seed 外部沟通跟进表 (supplier row) as an HTML table in Foxmail GBK, ①②③ in one cell with the person in brackets; external owner (supplier); 节后第一个工作日前 on the eve of Labour Day; 时间待定; 下次沟通时间 column",
     notes="Sent Thu 2026-04-30, the last working day before Labour Day (05-01..05). ① '节后第一个工作日前…（潘小燕）' -> 潘小燕, first working day after the holiday = Wed 2026-05-06 (X前 = due on X). ② 杨秀兰 is the supplier contact (roster outsider, address in To), department null; 5月8日前 -> 2026-05-08. ③ 黄丽娟 到厂验收，时间待定 -> vague_due. '原定5月6日交付' in 核心需求/反馈 is a fact. 下次沟通时间 2026-05-07 -> next_followup 2026-05-07, no time. The 负责人 column (潘小燕) would own cells without a person; every cell here names one.")

T5912 = """今天品控例会纪要：
1、梁俊：3个工作日内完成五月第一批酸笋入厂检验记录归档
2、钱老师：周一前给出新配方保质期加速试验方案
3、车间卫生整改，莫经理负责，下周五前
今天是调休上班日，大家辛苦了。

发自网易邮箱大师
"""
case(n=5912, slug="mfg-makeup-saturday-mailmaster-plain", kind="minutes", client="mailmaster", org=B,
     frm=P("黄丽娟"), to=[P("梁俊"), P("钱卫东"), P("莫振宇")], cc=[BOT[B]],
     subject="品控例会纪要0509", date=DT.datetime(2026, 5, 9, 11, 20, 3, tzinfo=SH),
     text=T5912, html=True, cs="utf-8", cte="base64",
     items=[I("梁俊", "完成五月第一批酸笋入厂检验记录归档", "2026-05-13", rule="wd:3"),
            I("钱卫东", "给出新配方保质期加速试验方案", "2026-05-11", rule="wk:0"),
            I("莫振宇", "车间卫生整改", "2026-05-15", rule="next:4")],
     next=None,
     what="Short plain minutes from NetEase Mail Master on the Sat 2026-05-09 make-up working day: 3个工作日内 skipping Sunday, bare 周一前 (already past this week), 下周五前; title aliases 钱老师/莫经理",
     notes="Sent Sat 2026-05-09 11:20, a make-up working day after Labour Day. 1: 3个工作日内 counted from the day after sending: Sun 05-10 is off, so Mon 05-11, Tue 05-12, Wed 05-13 -> 2026-05-13. 2: 钱老师 = 钱卫东 (研发中心); bare 周一前: this week's Monday (05-04) is past -> Mon 2026-05-11. 3: 莫经理 = 莫振宇; 下周五前 = Friday of the next calendar week (05-11..17) -> 2026-05-15. No next meeting.")

ROWS5913 = [["序号", "事项", "负责人", "截止", "状态"],
            ["1", "618预售页面上线", "廖文杰", "5/25", "进行中"],
            ["2", "达人直播排期确认", "陆思琪、廖文杰", "5/20", "进行中"],
            ["3", "五一活动复盘", "廖文杰", "5/12", "已完成"],
            ["4", "天猫旗舰店详情页改版", "陆思琪", "6月上旬", "未开始"],
            ["5", "客服话术更新（618版）", "外包客服团队", "5/22", "进行中"]]
case(n=5913, slug="mfg-excel-table-two-owners-exmail", kind="minutes", client="exmail", org=B,
     frm=P("陆思琪"), to=[P("廖文杰")], cc=[P("覃永福"), BOT[B]],
     subject="电商部周会纪要 5.18", date=DT.datetime(2026, 5, 18, 10, 20, 44, tzinfo=SH),
     text="各位，本周周会纪要（表格从Excel贴过来的）：\n\n" + tsv(ROWS5913) + "\n\n下次周会：5月25日（周一）10:00\n\n思琪\n",
     html_body=("各位，本周周会纪要（表格从Excel贴过来的）：<br><br>" + html_table(ROWS5913) +
                "<br>下次周会：5月25日（周一）10:00<br><br>思琪"),
     cs="utf-8", cte="base64",
     items=[I("廖文杰", "618预售页面上线", "2026-05-25", rule="abs"),
            I("陆思琪", "达人直播排期确认", "2026-05-20", rule="abs"),
            I("廖文杰", "达人直播排期确认", "2026-05-20", rule="abs"),
            I("陆思琪", "天猫旗舰店详情页改版", None, rule="vague"),
            I(None, "客服话术更新（618版）", "2026-05-22", rule="abs")],
     next=NX("2026-05-25", "10:00"),
     what="Excel table pasted into Exmail (HTML + tab text): M/D dates, one row with two owners (two items), 已完成 row, 6月上旬, an outsourced team as owner",
     notes="Sent Mon 2026-05-18. Row 1 -> 2026-05-25. Row 2 '陆思琪、廖文杰' -> the same task for two owners gives two items, both 2026-05-20. Row 3 已完成 -> not an item. Row 4 6月上旬 -> vague_due. Row 5 '外包客服团队' is a team, not a person and not one of our departments -> owner null, department null, no_owner; 5/22 -> 2026-05-22. 下次周会 5月25日（周一）10:00 -> 2026-05-25 10:00.")

T5914 = """各位：

下午在仓库群里讨论了几件事，我整理成待办，请大家看一下，有问题直接回复：

待办：
1）韦志远：6月8日前完成冷库温控探头校准
2）蓝海燕：端午节前与顺丰重新谈定续签合同
3）叉车年检，需要找供应商约时间（暂无人认领，先挂着）

——以下为群聊记录——
韦志远 15:02
冷库探头我这周搞不完，6月8号前吧
蓝海燕 15:03
行，那你8号前弄好。顺丰合同我来谈，端午前搞定
韦志远 15:05
叉车年检也快到期了，谁去约？
蓝海燕 15:06
先挂着，回头再定

蓝海燕
仓储物流部
"""
case(n=5914, slug="mfg-chat-paste-wecom-mail", kind="minutes", client="wecom", org=B,
     frm=P("蓝海燕"), to=[P("韦志远")], cc=[P("覃永福"), BOT[B]],
     subject="仓库群讨论结论整理（6月4日）", date=DT.datetime(2026, 6, 4, 16, 40, 12, tzinfo=SH),
     text=T5914, html=True, cs="utf-8", cte="base64",
     items=[I("韦志远", "完成冷库温控探头校准", "2026-06-08", rule="abs"),
            I("蓝海燕", "与顺丰重新谈定续签合同", "2026-06-18", rule="before:Dragon Boat Festival"),
            I(None, "叉车年检，找供应商约时间", None, rule=None)],
     next=None,
     what="企业微信 mail: a 待办 list followed by the pasted group chat that restates it (chat lines are not items); 端午节前; an unclaimed item with no date",
     notes="Sent Thu 2026-06-04. Only the three 待办 lines are items; the chat log below repeats them ('6月8号前', '端午前') and adds nothing. 1: 6月8日前 -> 2026-06-08. 2: 端午节前 -> the last working day before the Dragon Boat holiday (06-19..21) = Thu 2026-06-18. 3: '暂无人认领，先挂着' -> owner null, no_owner; no deadline -> no_due; no department is named, so department null (AMBIGUOUS: it is a 仓储物流部 discussion, but the item names no unit).")

T5915 = """各位领导：

6月22日总经理办公会纪要如下，请查阅：

一、新厂房环评补充材料，由覃总牵头、总经办配合，
    6月30日前报市生态环境局。
二、生产部莫经理负责与设备厂商确认二期灌装线到货时间，
    本周五前回复覃总。
三、研发中心钱卫东：7月10日前完成低钠配方小试，
    小试结果同步品控部。
四、节后复工安全检查已于今天上午完成，未发现重大隐患。

下次总经理办公会定于7月6日（周一）
上午9:30，三楼会议室。

黎小婷
总经办
"""
case(n=5915, slug="mfg-wrapped-items-day-time-split-outlook-gb2312", kind="minutes", client="outlook_zh", org=B,
     frm=P("黎小婷"), to=[P("覃永福"), P("莫振宇"), P("钱卫东")], cc=[P("黄丽娟"), BOT[B]],
     subject="总经理办公会纪要（6月22日）", date=DT.datetime(2026, 6, 22, 15, 30, 2, tzinfo=SH),
     text=T5915, html=True, cs="gb2312", cte="quoted-printable",
     items=[I("覃永福", "新厂房环评补充材料报市生态环境局", "2026-06-30", rule="abs"),
            I("莫振宇", "与设备厂商确认二期灌装线到货时间", "2026-06-26", rule="this:4"),
            I("钱卫东", "完成低钠配方小试，小试结果同步品控部", "2026-07-10", rule="abs")],
     next=NX("2026-07-06", "09:30"),
     what="Items wrapped over two lines (deadline on the continuation line), 覃总牵头/总经办配合, a report line, next meeting with the day on one line and the time on the next; Outlook gb2312 QP",
     notes="Sent Mon 2026-06-22, first working day after Dragon Boat. 一: '由覃总牵头、总经办配合，' continues on the next line with '6月30日前报…' -> owner 覃永福 (覃总), 2026-06-30. 二: 莫经理 = 莫振宇; 本周五前 on the continuation line -> Fri 2026-06-26. 三: 钱卫东 7月10日前 -> 2026-07-10. 四 '已于今天上午完成' is a report, not an item. Next: '7月6日（周一）' on one line and '上午9:30' on the next -> 2026-07-06 09:30.")

T5916 = """莫經理 您好，

感謝今天撥冗參加遠端會議，會議記錄如下，若有遺漏請指正：

會議時間：2026/7/2（四）14:00-15:10
與會人員：螺香 莫經理、羅經理；鼎昇機械 陳冠宇

一、問題說明
二號線封口機加熱模組溫度不穩，偶發E-07警報，已排除電源問題。

二、待辦事項
1. 鼎昇機械 陳冠宇：7/10 前寄出加熱模組備品（2組）
2. 螺香 莫經理：7/8 前提供二號線故障代碼照片與運行日誌
3. 雙方：7月中旬安排遠端視訊診斷

三、下次視訊會議：7/14（二）14:00

敬祝 順心
陳冠宇 Kevin Chen
鼎昇機械股份有限公司 技術服務部
Tel: +886-4-2358-6xxx
"""
case(n=5916, slug="mfg-vendor-taiwan-big5-outlook-zhtw", kind="minutes", client="outlook_tw", org=B,
     frm=P("陳冠宇"), to=[P("莫振宇")], cc=[P("罗明", "羅明"), BOT[B]],
     subject="會議記錄：二號線封口機故障遠端會議（7/2）", date=DT.datetime(2026, 7, 2, 16, 5, 27, tzinfo=SH),
     text=T5916, html=True, cs="big5", cte="base64",
     items=[I("陳冠宇", "寄出加熱模組備品（2組）", "2026-07-10", rule="abs"),
            I("莫振宇", "提供二號線故障代碼照片與運行日誌", "2026-07-08", rule="abs"),
            I(None, "安排遠端視訊診斷", None, rule="vague")],
     next=NX("2026-07-14", "14:00"),
     what="Traditional-Chinese minutes from a Taiwanese vendor in Big5 (Outlook zh-TW): external owner (the sender), our owner by traditional title 莫經理, 7/10 前, 雙方 + 7月中旬; 下次視訊會議",
     notes="Sent Thu 2026-07-02 16:05 +08:00. 1: 陳冠宇 is the vendor engineer who sent the mail (roster outsider) -> his address from From, department null; 7/10 前 -> 2026-07-10. 2: 莫經理 (traditional form of 莫经理) = 莫振宇; 7/8 前 -> 2026-07-08. 3: 雙方 is no one person -> no_owner, department null; 7月中旬 -> vague_due. 一 問題說明 is a fact. 下次視訊會議 7/14（二）14:00 -> 2026-07-14 14:00. Task text is kept in the writer's traditional characters; scorers match loosely.")

# ==============================================================================================
# Org C: 芜湖青鸾网络科技有限公司 (internet / online education)
# ==============================================================================================
T5917 = """各位，飞书智能纪要如下，待办请各自认领确认。

智能纪要：职业技能课详情页改版讨论 2026年4月14日

会议总结
本次会议讨论了职业技能课程详情页改版方案。许佳怡提出希望4月底前上线新版详情页以配合五一招生；朱浩然认为支付回调超时问题需先行修复，否则改版后转化数据不可信；戴明轩将提供3月续费率数据作为改版依据。

章节
00:00:12 改版目标与上线节奏
00:15:40 支付回调超时问题
00:28:05 数据支持

待办
方一鸣：本周五前输出详情页改版PRD
江涛：下周一前修复支付回调超时问题
戴明轩：整理3月续费率数据，供改版参考

相关链接
会议录制：https://qingluan.feishu.example.cn/minutes/obcn8x2kq7
智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用
"""
case(n=5917, slug="net-feishu-smart-minutes", kind="minutes", client="feishu", org=C,
     frm=P("方一鸣"), to=[P("许佳怡"), P("朱浩然"), P("江涛"), P("戴明轩")], cc=[BOT[C]],
     subject="智能纪要：职业技能课详情页改版讨论 2026年4月14日", date=DT.datetime(2026, 4, 14, 15, 48, 0, tzinfo=SH),
     text=T5917, html=True, cs="utf-8", cte="base64",
     items=[I("方一鸣", "输出详情页改版PRD", "2026-04-17", rule="this:4"),
            I("江涛", "修复支付回调超时问题", "2026-04-20", rule="next:0"),
            I("戴明轩", "整理3月续费率数据", None, rule=None)],
     next=None,
     what="飞书智能纪要 forwarded by mail: 会议总结 and 章节 mention people and '4月底前' but only the 待办 section counts; 本周五前, 下周一前, an item without deadline",
     notes="Sent Tue 2026-04-14. Only the three lines under 待办 are items. The 会议总结 '许佳怡提出希望4月底前上线' is summary, not an item. 方一鸣 本周五前 -> Fri 2026-04-17. 江涛 下周一前 -> Mon 2026-04-20. 戴明轩 has no deadline -> no_due. No next meeting -> null.")

T5918 = """转给大家，腾讯会议的智能纪要，待办我看过没问题，按这个来。

会议智能纪要
会议主题：五一拉新活动准备会
会议时间：2026/04/29 16:00-16:45 (GMT+08:00)
参会人员：许佳怡、俞晨、吴桐、施雨

会议概要
会议确认五一期间拉新活动于5月1日0点上线，持续至5月5日，目标新增注册2万人。吴桐提出假期客服需要排班；施雨提出数据看板需在节后第一周完成迭代。

分章节要点
1. 活动节奏：5月1日上线，5月5日结束。
2. 客服保障：假期每天保留两名客服在线。
3. 数据支持：活动数据按日汇总。

待办事项
· 俞晨：节后第一个工作日提交五一拉新活动数据日报模板
· 吴桐：4月30日下班前排好假期客服值班表
· 许佳怡：跟进渠道结算，时间待定
· 全体：假期期间保持手机畅通

（以上内容由腾讯会议AI生成）

佳怡
"""
case(n=5918, slug="net-tencent-meeting-ai-minutes-html-only", kind="minutes", client="feishu_htmlonly", org=C,
     frm=P("许佳怡"), to=[P("俞晨"), P("吴桐"), P("施雨")], cc=[BOT[C]],
     subject="五一拉新活动准备会 - 腾讯会议智能纪要", date=DT.datetime(2026, 4, 29, 18, 10, 26, tzinfo=SH),
     text=T5918, html=True, cs="utf-8", cte="quoted-printable",
     items=[I("俞晨", "提交五一拉新活动数据日报模板", "2026-05-06", rule="after:Labour Day"),
            I("吴桐", "排好假期客服值班表", "2026-04-30", rule="abs"),
            I("许佳怡", "跟进渠道结算", None, rule="vague")],
     next=None,
     what="腾讯会议 AI 纪要 in an HTML-only mail: 会议概要/分章节要点 restate dates; 待办 has 节后第一个工作日, '4月30日下班前' (date, no time), 时间待定 and a '全体' standing reminder",
     notes="Sent Wed 2026-04-29, two days before Labour Day (05-01..05). Only 待办事项 counts. 俞晨 节后第一个工作日 -> Wed 2026-05-06. 吴桐 '4月30日下班前' -> 2026-04-30, no time (下班前 gives the date only). 许佳怡 时间待定 -> vague_due. '全体：假期期间保持手机畅通' is a standing reminder for everyone, not a deliverable -> not an item (AMBIGUOUS: the AI put it under 待办; a human tracker would not chase it). 会议概要 '节后第一周完成迭代' is summary. No next meeting.")

T5919 = """## 技术周会 5/7

参会：朱浩然、江涛、程诺、戴明轩

### 结论
- 订单库迁移完成后旧集群保留两周再下线
- 周六（5/9）调休上班，正常发版

### Action Items
- [x] @江涛 迁移订单库到新集群
- [ ] @程诺 播放器倍速功能灰度 10% by Friday
- [ ] @江涛 订单服务压测报告 下周二
- [ ] @Harry 评估 CDN 切换成本 EOD
- [ ] 日志告警阈值调整（owner TBD）

Next sync: 5/14 (Thu) 15:00

--
朱浩然 | 研发部
"""
case(n=5919, slug="net-markdown-checklist-lark", kind="minutes", client="feishu", org=C,
     frm=P("朱浩然"), to=[P("江涛"), P("程诺"), P("戴明轩")], cc=[BOT[C]],
     subject="技术周会 5/7 纪要", date=DT.datetime(2026, 5, 7, 19, 22, 41, tzinfo=SH),
     text=T5919, html=True, cs="utf-8", cte="quoted-printable",
     items=[I("程诺", "播放器倍速功能灰度 10%", "2026-05-08", rule="wk:4"),
            I("江涛", "订单服务压测报告", "2026-05-12", rule="next:1"),
            I("朱浩然", "评估 CDN 切换成本", "2026-05-07", rule="today"),
            I(None, "日志告警阈值调整", None, rule=None)],
     next=NX("2026-05-14", "15:00"),
     what="Markdown checklist '- [ ] @name' (Lark mail, UTF-8 QP): [x] row done, 'by Friday', '下周二', EOD, owner by English alias @Harry, 'owner TBD'; 'Next sync: 5/14 (Thu) 15:00'",
     notes="Sent Thu 2026-05-07 19:22 (the week has the Sat 05-09 make-up day). '- [x]' is done -> not an item. 程诺 by Friday -> Fri 2026-05-08. 江涛 下周二 -> 2026-05-12. @Harry = 朱浩然 (alias), EOD -> the send date 2026-05-07, no time. '日志告警阈值调整（owner TBD）' -> no_owner, department null, no deadline -> no_due. 结论 lines are decisions. Next sync 5/14 (Thu) 15:00 -> 2026-05-14 15:00.")

T5920 = """Hi all，本周运营会要点：

1. 618会员日活动方案 — 俞晨，5月29日前
2. 课程上新排期表 — 方一鸣，6月1日
3. 社群运营SOP更新 — 许佳怡，本月底
4. 上周拉新数据：新增注册1.2万，转化率3.1%（已同步，无需跟进）

下次周会：6月1日（周一）上午10:30

佳怡
"""
case(n=5920, slug="net-plain-weekly-lark-qp", kind="minutes", client="feishu_plain", org=C,
     frm=P("许佳怡"), to=[P("俞晨"), P("方一鸣")], cc=[P("汪子涵"), BOT[C]],
     subject="运营周会要点 5.25", date=DT.datetime(2026, 5, 25, 17, 5, 9, tzinfo=SH),
     text=T5920, html=False, cs="utf-8", cte="quoted-printable",
     items=[I("俞晨", "618会员日活动方案", "2026-05-29", rule="abs"),
            I("方一鸣", "课程上新排期表", "2026-06-01", rule="abs"),
            I("许佳怡", "社群运营SOP更新", "2026-05-31", rule="mend")],
     next=NX("2026-06-01", "10:30"),
     what="Plain common mail: 'task — owner，deadline' lines, 本月底, a data line that is not an item, 下次周会 label",
     notes="Sent Mon 2026-05-25. 1 -> 2026-05-29. 2 -> 2026-06-01. 3 本月底 -> 2026-05-31 (a Sunday; month end is the last calendar day). 4 is data ('已同步，无需跟进') -> not an item. 下次周会 6月1日（周一）上午10:30 -> 2026-06-01 10:30.")

T5921 = """青鸾网络汪总、方经理：

您好！5月20日校企合作对接会纪要如下，请审阅。

一、会议时间：2026年5月20日14:00
二、参会人员：皖江职业技术学院 孙丽、周老师；青鸾网络 汪子涵、方一鸣
三、议定事项
1. 学院教务处（孙丽）：5月29日前提供2026级实训班学生名单；
2. 青鸾网络方经理：6月5日前完成实训课程平台账号开通；
3. 双方：6月中旬联合开班；
4. 学院周老师：下周三前整理实训教室设备清单。
四、下次对接会：6月3日（周三）下午2点，学院行政楼302。

皖江职业技术学院 教务处
孙丽
电话：0553-58xxxxx
"""
case(n=5921, slug="net-partner-school-minutes-coremail-gbk", kind="minutes", client="coremail_ext", org=C,
     frm=P("孙丽"), to=[P("汪子涵"), P("方一鸣")], cc=[BOT[C]],
     subject="校企合作对接会会议纪要（5月20日）", date=DT.datetime(2026, 5, 20, 16, 50, 37, tzinfo=SH),
     text=T5921, html=True, cs="gbk", cte="base64",
     items=[I("孙丽", "提供2026级实训班学生名单", "2026-05-29", rule="abs"),
            I("方一鸣", "完成实训课程平台账号开通", "2026-06-05", rule="abs"),
            I(None, "联合开班", None, rule="vague"),
            I("周老师", "整理实训教室设备清单", "2026-05-27", rule="next:2")],
     next=NX("2026-06-03", "14:00"),
     what="Minutes written by a partner school (external From, Coremail GBK): unit（person） external owner, our owner by title 方经理, 双方 + 6月中旬, an external person not in the roster or headers (周老师), 下周三前; next meeting 下午2点",
     notes="Sent Wed 2026-05-20 by 孙丽 of the partner school (roster outsider). 1: 学院教务处（孙丽） -> 孙丽, address from From, department null; 2026-05-29. 2: 方经理 = 方一鸣 (alias); 6月5日前 -> 2026-06-05. 3: 双方 -> no_owner, department null; 6月中旬 -> vague_due. 4: 周老师 is neither in the roster nor in From/To/Cc -> owner_name '周老师' as written, owner_email null, department null; 下周三前 (sent on a Wednesday) -> next calendar week's Wednesday 2026-05-27. 四 '6月3日（周三）下午2点' -> 2026-06-03 14:00.")

D5922 = make_docx("题库模块需求评审会纪要", [
    "时间：2026年6月10日 14:00-15:30",
    "地点：3F 鸠兹会议室",
    "参会：汪子涵、方一鸣、朱浩然、程诺、施雨",
    "一、评审结论",
    "1. 题库模块V1范围确认为练习+错题本，模考放到V2。",
    "2. V1埋点方案以数据部现有规范为准。",
    "二、待办事项",
    "1. 方一鸣：",
    "①6月12日前补充题库模块的埋点需求；",
    "②6月17日前组织第二轮评审。",
    "2. 程诺：前端组件拆分方案，6月16日前。",
    "3. 施雨（数据部）：埋点验收标准，端午节前完成。",
    "三、下次评审：6月17日（周三）14:00",
], when=DT.datetime(2026, 6, 10, 18, 0))
case(n=5922, slug="net-docx-subtasks-lark", kind="minutes", client="feishu", org=C,
     frm=P("方一鸣"), to=[P("汪子涵"), P("朱浩然"), P("程诺"), P("施雨")], cc=[BOT[C]],
     subject="题库模块需求评审会纪要", date=DT.datetime(2026, 6, 10, 18, 30, 11, tzinfo=SH),
     text="各位，今天需求评审会的纪要整理成文档了，见附件。有问题飞书找我。\n\n一鸣\n",
     html=True, cs="utf-8", cte="base64",
     attachments=[("application/vnd.openxmlformats-officedocument.wordprocessingml.document", D5922, "题库模块需求评审会纪要.docx")],
     items=[I("方一鸣", "补充题库模块的埋点需求", "2026-06-12", rule="abs"),
            I("方一鸣", "组织第二轮评审", "2026-06-17", rule="abs"),
            I("程诺", "前端组件拆分方案", "2026-06-16", rule="abs"),
            I("施雨", "埋点验收标准", "2026-06-18", rule="before:Dragon Boat Festival")],
     next=NX("2026-06-17", "14:00"),
     what="Minutes in a .docx attachment (paragraphs, no table) with ①② sub-tasks under one owner, 端午节前, 评审结论 not items; short body",
     notes="Sent Wed 2026-06-10. Items come from the attachment. 方一鸣 ① 6月12日前 -> 2026-06-12 and ② 6月17日前 -> 2026-06-17 are two items. 程诺 6月16日前 -> 2026-06-16. 施雨（数据部） 端午节前完成 -> last working day before 06-19..21 = Thu 2026-06-18. 评审结论 are decisions. 下次评审 6月17日（周三）14:00 -> 2026-06-17 14:00.")

ROWS5923 = [["序号", "事项", "负责人", "截止时间", "状态"],
            ["1", "课程搜索接口性能优化（P99<300ms）", "江涛（主责）/程诺（配合）", "6月30日", "进行中"],
            ["2", "直播课回放转码失败排查", "朱浩然", "明天中午12点前", "进行中"],
            ["3", "客服工单系统对接", "吴桐（主责）、研发部（支持）", "7月3日", "未开始"],
            ["4", "618活动数据复盘", "戴明轩", "6月22日", "已完成"]]
case(n=5923, slug="net-html-only-table-primary-support-lark", kind="minutes", client="feishu_htmlonly", org=C,
     frm=P("朱浩然"), to=[P("江涛"), P("程诺"), P("吴桐"), P("戴明轩")], cc=[BOT[C]],
     subject="研发&客服对齐会纪要 6/23", date=DT.datetime(2026, 6, 23, 11, 15, 52, tzinfo=SH),
     text=None, html_body=("各位好，今天对齐会的纪要：<br><br>" + html_table(ROWS5923) + "<br>下次会议时间待定。<br><br>浩然"),
     cs="utf-8", cte="base64",
     items=[I("江涛", "课程搜索接口性能优化（P99<300ms）", "2026-06-30", rule="abs"),
            I("朱浩然", "直播课回放转码失败排查", "2026-06-24", "12:00", rule="tomorrow"),
            I("吴桐", "客服工单系统对接", "2026-07-03", rule="abs")],
     next=None,
     what="HTML-only Lark mail with a table: '江涛（主责）/程诺（配合）' and '吴桐（主责）、研发部（支持）' in one cell; 明天中午12点前; 已完成 row; '下次会议时间待定'",
     notes="Sent Tue 2026-06-23. Row 1: 主责 江涛 owns it, 程诺（配合） is not an owner -> 2026-06-30. Row 2: 明天中午12点前 -> 2026-06-24 12:00. Row 3: 主责 吴桐; 研发部（支持） is not an owner -> 2026-07-03. Row 4 已完成 -> not an item. '下次会议时间待定' -> null. '<' in the task is HTML-escaped in the mail.")

T5924 = """今天下午4点战略会几件事记一下：
- 一鸣：下周三前把Q3产品路线图定稿
- 浩然：AI助教方案技术可行性评估，7/15
- 佳怡：暑期招生投放预算，下周一给我
下周五同一时间复盘。

发自我的iPhone
"""
case(n=5924, slug="net-iphone-nicknames-next-week", kind="minutes", client="iphone", org=C,
     frm=P("汪子涵"), to=[P("方一鸣"), P("朱浩然"), P("许佳怡")], cc=[BOT[C]],
     subject="战略会纪要", date=DT.datetime(2026, 7, 3, 20, 15, 44, tzinfo=SH),
     text=T5924, html=False, cs="utf-8", cte="quoted-printable",
     items=[I("方一鸣", "把Q3产品路线图定稿", "2026-07-08", rule="next:2"),
            I("朱浩然", "AI助教方案技术可行性评估", "2026-07-15", rule="abs"),
            I("许佳怡", "暑期招生投放预算", "2026-07-06", rule="next:0")],
     next=NX("2026-07-10", "16:00", rule="next:4"),
     what="iPhone Mail quick minutes on a Friday evening: owners by given-name nicknames (一鸣/浩然/佳怡), 下周三前, 7/15, 下周一, '下周五同一时间' (time from '下午4点')",
     notes="Sent Fri 2026-07-03 20:15. 一鸣/浩然/佳怡 are roster aliases of 方一鸣/朱浩然/许佳怡. 下周三前 -> 2026-07-08. 7/15 -> 2026-07-15. 下周一 -> 2026-07-06. The meeting was 今天下午4点, so '下周五同一时间复盘' -> Fri 2026-07-10 16:00.")

# ==============================================================================================
# Org D: Nordvik Wind (Dandong) (foreign-invested)
# ==============================================================================================
T5925 = """Hi all,

Minutes from this morning's call with Windtek on the WTG-11 gearbox.

Attendees: Lars Eriksen, Yu Haibo, Ingrid Solberg, Tobias Weber (Windtek)

Summary: Vibration levels on the WTG-11 gearbox have been rising since March. Windtek recommends an endoscope inspection before the summer wind season. The site office is closed Apr 4-6 for Qingming.

AI: Haibo to send the gearbox oil analysis results to Tobias by Apr 8.
AI: Ingrid - update the tower-climb rescue plan for the inspection, by end of April.
AI: Tobias (Windtek) to confirm the service team arrival date ASAP.
AI: Procurement - get three quotes for the blade inspection drone, due 4/17.

Next sync: Tue Apr 7, 10:00 CEST (16:00 Beijing)

Best regards,
Lars Eriksen
Site Director | Nordvik Wind (Dandong) Co., Ltd.
"""
case(n=5925, slug="fie-ai-lines-cest-next-sync-outlook-en", kind="minutes", client="outlook_en", org=D,
     frm=P("Lars Eriksen"), to=[P("于海波", "Yu Haibo"), P("Ingrid Solberg"), P("Tobias Weber")],
     cc=[P("孟凡", "Meng Fan"), BOT[D]], subject="Minutes - Gearbox issue call with Windtek (2 Apr)",
     date=DT.datetime(2026, 4, 2, 10, 5, 37, tzinfo=SH), text=T5925, html=True, cs="utf-8", cte="quoted-printable",
     items=[I("于海波", "send the gearbox oil analysis results to Tobias", "2026-04-08", rule="abs"),
            I("Ingrid Solberg", "update the tower-climb rescue plan for the inspection", "2026-04-30", rule="mend"),
            I("Tobias Weber", "confirm the service team arrival date", None, rule="vague"),
            I(None, "get three quotes for the blade inspection drone", "2026-04-17", rule="abs", dept="Procurement")],
     next=NX("2026-04-07", "16:00"),
     what="English 'AI:' lines (Outlook en, QP): owners by first name (Haibo, Ingrid), an external owner with company in brackets, a department owner; by Apr 8 / by end of April / ASAP / due 4/17; 'Next sync: Tue Apr 7, 10:00 CEST (16:00 Beijing)'",
     notes="Sent Thu 2026-04-02 10:05 +08:00. Haibo = 于海波 (alias) -> 2026-04-08. Ingrid -> 'by end of April' = 2026-04-30. 'Tobias (Windtek)' = Tobias Weber, external (address from To), department null; ASAP -> vague_due. 'Procurement' is a department only -> no_owner, department Procurement; due 4/17 -> 2026-04-17. The Qingming closure in the summary is a fact. Next sync 10:00 CEST = 16:00 Beijing -> 2026-04-07 16:00 (Asia/Shanghai).")

T5926 = """Team,

Actions agreed in Friday's weekly O&M meeting (17 Apr) below - sorry for the delay.

Action 1: Replace the anemometer on WTG-07
Owner: Jin Chengzhe
Due: Thursday

Action 2: Submit the Q1 curtailment report to State Grid Dandong
Owner: Tina Qu
Due: 24 April

Action 3: Renew the crane rental contract
Owner: Vincent Meng
Due: within 5 working days

Action 4: Arrange the HV switching refresher training
Owner: Snow Gong (Ingrid to support)
Due: TBD

Next meeting: Monday 27 April, 09:30, site office.

Lars
"""
case(n=5926, slug="fie-owner-due-blocks-owa-utc", kind="minutes", client="owa", org=D,
     frm=P("Lars Eriksen"), to=[P("金成哲", "Jin Chengzhe"), P("曲婷婷", "Tina Qu"), P("孟凡", "Vincent Meng"), P("宫雪", "Snow Gong")],
     cc=[P("Ingrid Solberg"), P("于海波", "Yu Haibo"), BOT[D]], subject="Weekly O&M meeting - actions",
     date=DT.datetime(2026, 4, 19, 23, 40, 12, tzinfo=DT.timezone.utc), text=T5926, html=True, cs="utf-8", cte="quoted-printable",
     items=[I("金成哲", "Replace the anemometer on WTG-07", "2026-04-23", rule="wk:3"),
            I("曲婷婷", "Submit the Q1 curtailment report to State Grid Dandong", "2026-04-24", rule="abs"),
            I("孟凡", "Renew the crane rental contract", "2026-04-27", rule="wd:5"),
            I("宫雪", "Arrange the HV switching refresher training", None, rule="vague")],
     next=NX("2026-04-27", "09:30"),
     what="Owner:/Due: blocks from OWA with a +0000 Date (Sun 23:40 UTC = Mon 07:40 Shanghai): 'within 5 working days' must count from the Shanghai date; bare 'Thursday'; English aliases; '(Ingrid to support)'",
     notes="Date header Sun 2026-04-19 23:40 +0000 = Mon 2026-04-20 07:40 Asia/Shanghai; all dates resolve from Monday 04-20. Action 1: Jin Chengzhe = 金成哲; 'Thursday' -> Thu 2026-04-23. Action 2: Tina Qu = 曲婷婷 -> 2026-04-24. Action 3: Vincent Meng = 孟凡; within 5 working days counted from Tue 04-21: 21, 22, 23, 24, 27 -> 2026-04-27 (counting from the UTC Sunday would give 04-24). Action 4: Snow Gong = 宫雪; 'Ingrid to support' is not an owner; TBD -> vague_due. The meeting date 17 Apr is past and not a deadline. Next meeting Monday 27 April 09:30 -> 2026-04-27 09:30.")

T5927 = """各位：

运维部节后复工安全会纪要如下。

一、会议情况
会议于5月6日上午召开，于海波汇报了节日期间风机运行情况：5月1日至5日累计发电量1,260万千瓦时，无安全事件。

二、工作安排
（一）金工牵头完成#12机组变桨系统故障复查，5月8日前提交复查报告；宫雪配合做好现场安全监护。
（二）于海波：本周六（5月9日，调休上班）组织运维全员应急演练。
（三）采购部孟凡：3个工作日内完成安全带、防坠器补采。
（四）曲婷婷：与丹东供电确认5月检修停电窗口，尽快。

三、下次会议：5月13日（周三）上午9:00

于海波
运维部
"""
case(n=5927, slug="fie-chinese-minutes-after-labour-day-outlook-gb2312", kind="minutes", client="outlook_zh", org=D,
     frm=P("于海波"), to=[P("金成哲"), P("宫雪"), P("孟凡"), P("曲婷婷")], cc=[P("Lars Eriksen"), P("Ingrid Solberg"), BOT[D]],
     subject="运维部节后复工安全会纪要", date=DT.datetime(2026, 5, 6, 17, 50, 29, tzinfo=SH),
     text=T5927, html=True, cs="gb2312", cte="quoted-printable",
     items=[I("金成哲", "完成#12机组变桨系统故障复查，提交复查报告", "2026-05-08", rule="abs"),
            I("于海波", "组织运维全员应急演练", "2026-05-09", rule="this:5"),
            I("孟凡", "完成安全带、防坠器补采", "2026-05-09", rule="wd:3"),
            I("曲婷婷", "与丹东供电确认5月检修停电窗口", None, rule="vague")],
     next=NX("2026-05-13", "09:00"),
     what="Chinese minutes at the foreign-invested firm on the first working day after Labour Day (Outlook gb2312 QP): 金工 alias with 牵头/配合, 本周六 make-up day, 3个工作日内 ending on the make-up Saturday, 尽快; report line",
     notes="Sent Wed 2026-05-06. 一 is a report (汇报了…) -> not an item. （一） 金工 = 金成哲 牵头 (宫雪配合 is not an owner); 5月8日前 -> 2026-05-08. （二） 本周六（5月9日，调休上班） -> 2026-05-09. （三） 孟凡 (Procurement); 3个工作日内 from Thu 05-07: 05-07, 05-08, Sat 05-09 (make-up working day) -> 2026-05-09. （四） 尽快 -> vague_due. 下次会议 5月13日（周三）上午9:00 -> 2026-05-13 09:00.")

T5928 = """Hi all,

Short minutes from today's HSE meeting.

Decisions
- No climbing above 12 m/s mean wind speed, effective immediately.
- The permit-to-work audit is closed with 4 minor findings.

Actions
1. Snow: close out the permit-to-work audit findings - EOD
2. Haibo: submit the lifting plan for the WTG-15 main bearing change by Friday
3. Henrik: approve the PPE budget by next Wednesday
4. Lars: sign off the HSE monthly report by June 5

No separate follow-up meeting; we will pick this up in the monthly HSE committee.

Ingrid
"""
case(n=5928, slug="fie-english-actions-thunderbird-flowed-cest-date", kind="minutes", client="thunderbird", org=D,
     frm=P("Ingrid Solberg"), to=[P("宫雪", "Snow Gong"), P("于海波", "Yu Haibo"), P("Henrik Dahl"), P("Lars Eriksen")],
     cc=[BOT[D]], subject="HSE meeting 26 May - minutes",
     date=DT.datetime(2026, 5, 26, 8, 30, 0, tzinfo=DT.timezone(DT.timedelta(hours=2))), text=T5928, html=False,
     cs="utf-8", cte="8bit",
     items=[I("宫雪", "close out the permit-to-work audit findings", "2026-05-26", rule="today"),
            I("于海波", "submit the lifting plan for the WTG-15 main bearing change", "2026-05-29", rule="wk:4"),
            I("Henrik Dahl", "approve the PPE budget", "2026-06-03", rule="next:2"),
            I("Lars Eriksen", "sign off the HSE monthly report", "2026-06-05", rule="abs")],
     next=None,
     what="Thunderbird plain text (format=flowed, 8bit) with a +0200 Date: EOD, by Friday, by next Wednesday, by June 5; Decisions section; no next meeting date",
     notes="Date Tue 2026-05-26 08:30 +0200 = 14:30 Asia/Shanghai, same day. Snow = 宫雪, EOD -> 2026-05-26, no time. Haibo = 于海波, by Friday -> 2026-05-29. Henrik Dahl, 'by next Wednesday' = Wednesday of the next calendar week -> 2026-06-03. Lars Eriksen -> 2026-06-05. Decisions are not items. 'pick this up in the monthly HSE committee' gives no date -> next_followup null.")

ROWS5929 = [["#", "Action", "Owner", "Due"],
            ["1", "Ship replacement pitch motor for WTG-03", "Windtek (Tobias)", "Jun 17"],
            ["2", "Provide SCADA alarm log export for May", "Jin Chengzhe", "Jun 12"],
            ["3", "Repair the crane access road to WTG-09", "Nordvik O&M", "before the Dragon Boat holiday"],
            ["4", "Root-cause report, WTG-09 gearbox bearing", "Windtek engineering", "TBD"]]
case(n=5929, slug="fie-vendor-gmail-table-evening-cest", kind="minutes", client="gmail", org=D,
     frm=P("Tobias Weber"), to=[P("于海波", "Yu Haibo"), P("金成哲", "Jin Chengzhe")], cc=[P("Lars Eriksen"), BOT[D]],
     subject="Service review WTG-03/WTG-09 - minutes and actions",
     date=DT.datetime(2026, 6, 10, 16, 20, 0, tzinfo=DT.timezone(DT.timedelta(hours=2))),
     text=("Dear all,\n\nthank you for the productive review today. Please find the minutes below.\n\n" + tsv(ROWS5929) +
           "\n\nNext sync: Tue Jun 23, 10:00 CEST (16:00 Beijing)\n\nKind regards,\nTobias Weber\nService Engineer | Windtek Service GmbH\n"),
     html_body=('<div dir="ltr">Dear all,<div><br></div><div>thank you for the productive review today. Please find the minutes below.</div><div><br></div>'
                + html_table(ROWS5929) + '<div><br></div><div>Next sync: Tue Jun 23, 10:00 CEST (16:00 Beijing)</div><div><br></div>'
                '<div>Kind regards,<br>Tobias Weber<br>Service Engineer | Windtek Service GmbH</div></div>'),
     cs="utf-8", cte="quoted-printable",
     items=[I("Tobias Weber", "Ship replacement pitch motor for WTG-03", "2026-06-17", rule="abs"),
            I("金成哲", "Provide SCADA alarm log export for May", "2026-06-12", rule="abs"),
            I(None, "Repair the crane access road to WTG-09", "2026-06-18", rule="before:Dragon Boat Festival", dept="Operations"),
            I(None, "Root-cause report, WTG-09 gearbox bearing", None, rule="vague")],
     next=NX("2026-06-23", "16:00"),
     what="Minutes written by the foreign OEM engineer (Gmail, +0200 Date = 22:20 Shanghai): Owner column with 'Windtek (Tobias)', our dept as 'Nordvik O&M', vendor team; 'before the Dragon Boat holiday'; Next sync in CEST",
     notes="Date Wed 2026-06-10 16:20 +0200 = 22:20 Asia/Shanghai, same day. Row 1 'Windtek (Tobias)' -> the person in brackets = Tobias Weber (the sender, roster outsider), department null; Jun 17 -> 2026-06-17. Row 2 Jin Chengzhe = 金成哲 -> 2026-06-12. Row 3 'Nordvik O&M' is our Operations department, no person -> no_owner, department Operations; 'before the Dragon Boat holiday' -> last working day before 06-19..21 = 2026-06-18 (AMBIGUOUS reading of 'before': due on that last working day, as 节前). Row 4 'Windtek engineering' is a vendor team -> no_owner, department null; TBD -> vague_due. Next sync Tue Jun 23 10:00 CEST = 16:00 Beijing -> 2026-06-23 16:00.")

PDF5930 = make_pdf([
    "#6月电网协调会会议纪要",
    "#Monthly Grid Coordination Meeting - June 2026",
    "",
    "时间 Time：2026年6月29日 14:00-15:20",
    "地点 Venue：丹东供电调度中心 / Teams",
    "参会 Attendees：丹东供电 邹建；Nordvik 曲婷婷、于海波",
    "",
    "一、会议内容",
    "通报了6月弃风情况（弃风率3.2%），讨论了7月AGC联调安排。",
    "二、待办事项 Actions",
    "1. 曲婷婷：7月3日前报送7月发电计划。",
    "2. 邹建（丹东供电调度）：7月10日前反馈AGC联调方案意见。",
    "3. 于海波：本月底前完成220kV升压站保护定值核对。",
    "三、下次协调会：7月27日（周一）14:30",
])
case(n=5930, slug="fie-pdf-grid-meeting-outlook-en", kind="minutes", client="outlook_en", org=D,
     frm=P("曲婷婷", "Tina Qu"), to=[P("于海波", "Yu Haibo"), P("邹建")], cc=[P("Lars Eriksen"), BOT[D]],
     subject="Minutes: Monthly grid coordination meeting (June) / 6月电网协调会纪要",
     date=DT.datetime(2026, 6, 29, 17, 10, 45, tzinfo=SH),
     text="Hi all / 各位，\n\nPlease find attached the minutes of today's grid coordination meeting with 丹东供电. 纪要见附件PDF。\n\nTina Qu | 曲婷婷\nGrid & Commercial\n",
     html=True, cs="utf-8", cte="quoted-printable",
     attachments=[("application/pdf", PDF5930, "Grid coordination minutes 2026-06-29.pdf")],
     items=[I("曲婷婷", "报送7月发电计划", "2026-07-03", rule="abs"),
            I("邹建", "反馈AGC联调方案意见", "2026-07-10", rule="abs"),
            I("于海波", "完成220kV升压站保护定值核对", "2026-06-30", rule="mend")],
     next=NX("2026-07-27", "14:30"),
     what="Bilingual minutes only in a PDF attachment (Outlook en body): external owner from the grid company (address in To), 本月底前 on the 29th, next meeting",
     notes="Sent Mon 2026-06-29. Items come from the PDF. 曲婷婷 7月3日前 -> 2026-07-03. 邹建（丹东供电调度） is external (roster outsider, address in To), department null; 7月10日前 -> 2026-07-10. 于海波 本月底前 -> 2026-06-30. 下次协调会 7月27日（周一）14:30 -> 2026-07-27 14:30.")

T5931_QUOTE = """Minutes from today's site review (Jun 11):

Action items
1. Haibo - replace the fire extinguishers in the substation - by Jun 19
2. Tina - submit the May settlement data - Jun 15
3. Ingrid - schedule the annual rescue drill - end of June

Next site review: Thursday 9 July.

Lars"""
T5931 = """All,

Minutes from today's site review (Jul 9, 08:30-10:00):

Action items
1. Haibo - finalize the typhoon season preparedness checklist - by Monday
2. Ingrid - refresher training for the rescue team - Jul 24
3. Tina - follow up on the grid compensation claim - end of month
4. Henrik / Finance - Q2 accrual review - within 3 working days

All June actions are closed.

Next site review: Thursday 23 July, same time.

Lars

________________________________
From: Lars Eriksen <lars.eriksen@nordvikwind.example.com>
Sent: Thursday, June 11, 2026 10:30 AM
To: Yu Haibo <yu.haibo@nordvikwind.example.com>; Tina Qu <qu.tingting@nordvikwind.example.com>; Ingrid Solberg <ingrid.solberg@nordvikwind.example.com>
Cc: Minutes Bot <minutes@nordvikwind.example.com>
Subject: Site review minutes

""" + T5931_QUOTE + "\n"
case(n=5931, slug="fie-owa-re-thread-new-minutes-utc", kind="minutes", client="owa", org=D,
     frm=P("Lars Eriksen"), to=[P("于海波", "Yu Haibo"), P("曲婷婷", "Tina Qu"), P("Ingrid Solberg"), P("Henrik Dahl")],
     cc=[BOT[D]], subject="RE: Site review minutes", date=DT.datetime(2026, 7, 9, 2, 15, 0, tzinfo=DT.timezone.utc),
     text=T5931, html=True, cs="utf-8", cte="quoted-printable",
     reply_to_old="<DB9PR08MB6713A1C2B0E4F5D6A7B8C9D0E1F2A3B4@DB9PR08MB6713.eurprd08.prod.outlook.com>",
     items=[I("于海波", "finalize the typhoon season preparedness checklist", "2026-07-13", rule="wk:0"),
            I("Ingrid Solberg", "refresher training for the rescue team", "2026-07-24", rule="abs"),
            I("曲婷婷", "follow up on the grid compensation claim", "2026-07-31", rule="mend"),
            I("Henrik Dahl", "Q2 accrual review", "2026-07-14", rule="wd:3")],
     next=NX("2026-07-23", "08:30"),
     what="New minutes as 'RE:' in an old OWA thread (+0000 Date): the quoted June minutes below the OWA From/Sent block are not items; by Monday, end of month, 'Henrik / Finance', 3 working days; 'same time' next review",
     notes="Date Thu 2026-07-09 02:15 +0000 = 10:15 Asia/Shanghai, Thu 07-09. Only the new minutes above the quote count; the June 11 actions below 'From: … Sent: …' are quoted old mail. 1 Haibo = 于海波, by Monday -> 2026-07-13. 2 Ingrid -> 2026-07-24. 3 Tina = 曲婷婷, end of month -> 2026-07-31. 4 'Henrik / Finance': the person owns it (Henrik Dahl); within 3 working days from Fri 07-10: 10, 13, 14 -> 2026-07-14. 'All June actions are closed' is status. 'Next site review: Thursday 23 July, same time' with the meeting at 08:30 -> 2026-07-23 08:30.")

T5932 = """Hi all,

Minutes of the July HSE committee (15 Jul, 15:00-16:00).

1. Incident statistics: no LTI in Q2; 2 near misses reported (both closed).
2. Decision: the typhoon-season stop-work threshold is set at 20 m/s (10-min mean).
3. Decision: contractors must repeat the site induction every 12 months instead of 24.
4. The rescue kit inspection was completed on 10 July by Snow.

No new actions this month.

Next HSE committee: Wednesday 12 August, 15:00.

Ingrid Solberg
HSE Manager | Nordvik Wind (Dandong) Co., Ltd.
"""
case(n=5932, slug="fie-decisions-only-apple-mail", kind="minutes", client="applemail", org=D,
     frm=P("Ingrid Solberg"), to=[P("Lars Eriksen"), P("于海波", "Yu Haibo"), P("宫雪", "Snow Gong")], cc=[BOT[D]],
     subject="HSE committee July - minutes", date=DT.datetime(2026, 7, 15, 18, 40, 2, tzinfo=SH),
     text=T5932, html=True, cs="utf-8", cte="quoted-printable",
     items=[], next=NX("2026-08-12", "15:00"),
     what="Apple Mail (macOS) English minutes with statistics, decisions and a done report but 'No new actions': zero items, next meeting in August",
     notes="Sent Wed 2026-07-15. Still minutes (an HSE committee record) but every line is a fact, a decision or a completed inspection; 'No new actions this month' -> items []. Next HSE committee Wednesday 12 August 15:00 -> 2026-08-12 15:00.")

# ==============================================================================================
# other
# ==============================================================================================
case(n=5933, slug="other-plain-request-lark", kind="other", client="feishu_plain", org=C,
     frm=P("许佳怡"), to=[P("方一鸣")], cc=[BOT[C]], subject="暑期课程清单",
     date=DT.datetime(2026, 6, 2, 14, 20, 5, tzinfo=SH),
     text="一鸣，麻烦明天下班前把暑期课程清单发我一下，我要做投放预算。\n另外周五前能不能约上江涛一起看下落地页？谢谢～\n\n佳怡\n",
     html=False, cs="utf-8", cte="base64", items=[], next=None,
     what="A person-to-person request with deadlines (明天下班前, 周五前) and the bot in Cc: not minutes",
     notes="Sent Tue 2026-06-02. A plain request between two colleagues; no meeting took place and nothing is recorded as minutes -> kind other, no items, no follow-up.")

T5934 = """各科室、车间：

经段领导同意，定于5月13日（周三）9:00在段机关三楼会议室召开5月份安全生产分析会。现将有关事项通知如下：

一、参会人员
段领导，各科室、车间主要负责人。

二、会议议程
1. 安全科通报4月份安全生产情况；
2. 检修车间汇报节后复工检修情况；
3. 技术科汇报春鉴工作进展；
4. 段领导讲话。

三、有关要求
请各科室、车间于5月11日前将汇报材料（PPT不超过8页）报段办公室闫丽萍处。因故不能参会的，请提前向段办公室请假。

段办公室
2026年5月7日
"""
case(n=5934, slug="other-meeting-notice-coremail", kind="other", client="coremail", org=A,
     frm=P("闫丽萍"), to=[P("乔振华"), P("郝建平"), P("康红霞"), P("白玉梅")], cc=[P("贺志刚"), BOT[A]],
     subject="关于召开5月份安全生产分析会的通知", date=DT.datetime(2026, 5, 7, 10, 0, 48, tzinfo=SH),
     text=T5934, html=True, cs="utf-8", cte="base64", items=[], next=None,
     what="Formal meeting notice (会议通知) with an agenda, a meeting date and a material deadline: an invitation, not minutes",
     notes="Sent Thu 2026-05-07. A 通知 announcing a future meeting (5月13日9:00) and asking for material by 5月11日; no meeting has happened, so it is not minutes -> kind other, no items, next_followup null (next_followup is read only from minutes).")

T5935 = """螺香周报 · 第21期（2026年5月25日—5月29日）

各位螺香家人：

【公司动态】
1. 618大促备货启动，电商部目标销量30万袋，生产部自6月1日起实行两班倒。
2. 新厂区班车自6月1日起调整为7:20、7:40两个班次，请大家留意。
3. 端午节放假安排：6月19日（周五）至6月21日（周日）放假，共3天。

【品质之声】
品控部5月共完成入厂检验126批次，合格率99.2%。

【员工风采】
本月“螺香之星”：仓储物流部韦志远、电商部廖文杰。

下期周报将于6月5日发布，欢迎投稿。

总经办 黎小婷
"""
case(n=5935, slug="other-internal-newsletter-person", kind="other", client="exmail", org=B,
     frm=P("黎小婷"), to=[("螺香全体员工", "all@" + B)], cc=[BOT[B]], subject="螺香周报 · 第21期",
     date=DT.datetime(2026, 5, 29, 17, 30, 21, tzinfo=SH), text=T5935, html=True, cs="utf-8", cte="base64",
     items=[], next=None,
     what="An internal newsletter written and sent by a person to an all-staff address that includes the bot (no list headers): dates, a holiday notice, names -> other",
     notes="Sent Fri 2026-05-29 by the 总经办 assistant to all@luoxiang (the bot mailbox is a member). It is a person-written newsletter, not minutes and not bulk list mail (no Precedence/List-* headers) -> kind other, no items, no follow-up. Dates (6月1日起, 6月19日至21日, 6月5日) are announcements.")

# ==============================================================================================
# auto
# ==============================================================================================
case(n=5936, slug="auto-ooo-exmail-dragon-boat", kind="auto", client="exmail_auto", org=B,
     frm=P("陆思琪"), to=[BOT[B]], cc=[], subject="自动回复: 【纪要确认】电商部周会纪要 6.15",
     date=DT.datetime(2026, 6, 18, 18, 42, 9, tzinfo=SH),
     text="您好，我于6月19日至6月21日端午休假，6月22日返回。期间邮件可能无法及时回复，紧急事项请联系廖文杰（liaowenjie@luoxiang.example.cn）。\n\n陆思琪\n",
     html=False, cs="utf-8", cte="base64", items=[], next=None,
     what="Exmail out-of-office auto-reply (Auto-Submitted: auto-replied, X-Autoreply) to a bot recap, body with dates",
     notes="Sent Thu 2026-06-18 18:42 by the mail server on behalf of 陆思琪: Auto-Submitted: auto-replied and a '自动回复:' subject. Dates in the body are holiday dates -> kind auto, no items.")

case(n=5937, slug="auto-m365-ndr", kind="auto", client="ndr", org=D,
     frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@" + D), to=[BOT[D]], cc=[],
     subject="Undeliverable: RE: Site review minutes", date=DT.datetime(2026, 7, 9, 2, 16, 3, tzinfo=DT.timezone.utc),
     text=None, html=False, cs="utf-8", cte="quoted-printable", items=[], next=None,
     what="Microsoft 365 non-delivery report (multipart/report; report-type=delivery-status) for a bot recap, with the original headers attached",
     notes="Exchange Online NDR for the bot's recap of case 5931 sent to a mistyped address: multipart/report with message/delivery-status and text/rfc822-headers, From the Exchange system mailbox, Return-Path <> -> kind auto, no items.")

case(n=5938, slug="auto-lark-calendar-reminder", kind="auto", client="lark_notify", org=C,
     frm=("飞书日历", "noreply@notify.feishu.example.cn"), to=[BOT[C]], cc=[],
     subject="日程提醒：题库模块第二轮评审 6月17日（周三）14:00", date=DT.datetime(2026, 6, 17, 13, 45, 0, tzinfo=SH),
     text=("日程提醒\n\n题库模块第二轮评审\n时间：2026年6月17日（周三）14:00 - 15:00 (GMT+8) 中国标准时间\n组织者：方一鸣\n"
           "地点：3F 鸠兹会议室\n参与者：汪子涵、朱浩然、程诺、施雨、minutebot\n\n在飞书中查看日程：https://qingluan.feishu.example.cn/calendar/event/7381x\n\n此邮件由系统自动发送，请勿直接回复。\n"),
     html=True, cs="utf-8", cte="base64", items=[], next=None,
     what="Feishu calendar reminder (Auto-Submitted: auto-generated, noreply sender) for a meeting the bot was invited to: a date/time and an organizer but no person wrote it",
     notes="Sent Wed 2026-06-17 13:45 by the calendar system to every attendee, including the bot (invited via case 5922's next review). Auto-Submitted: auto-generated, noreply From -> kind auto; the event time is not a follow-up (next_followup is only read from minutes).")


# ----------------------------------------------------------------------------------------------
# Build one message per client
# ----------------------------------------------------------------------------------------------
def h16(n, k=0):
    """deterministic pseudo-hex from the case number"""
    x = (n * 2654435761 + k * 40503) & 0xFFFFFFFFFFFF
    return "%012X" % x


def build(c):
    n, cl, org = c["n"], c["client"], c["org"]
    when = c["date"]
    cs, cte = c["cs"], c["cte"]
    frm, to, cc = c["frm"], c["to"], c["cc"]
    text = c.get("text")
    hb = c.get("html_body")
    if hb is None and c.get("html") and text is not None:
        st = {"big5": "font-family:新細明體;font-size:12pt"}.get(cs)
        if cl in ("outlook_en", "owa", "applemail", "gmail"):
            st = "font-family:Calibri,Arial,sans-serif;font-size:11pt"
        hb = html_lines(text.rstrip("\n"), style=st) if st else html_lines(text.rstrip("\n"))
    hdr_cs = {"gbk": "gbk", "gb2312": "gb2312", "gb18030": "gb18030", "big5": "big5"}.get(cs, "utf-8")
    if cs == "gb2312":
        hdr_cs = "gb2312"
    enc = "Q" if cl in ("outlook_en",) else "B"
    sender_dom = frm[1].split("@")[1]
    bot = BOT[org][1]
    trace = []
    srv = "mail." + org
    # trace headers added by the receiving server
    ip = "10.%d.%d.%d" % (n % 7 + 1, n % 13 + 2, n % 200 + 20)
    if cl in ("owa", "ndr", "outlook_en"):
        rc = ("from %s.outbound.protection.outlook.example.com (mail-%s.outbound.protection.outlook.example.com [40.107.%d.%d])"
              "\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (CST)" % (
                  {"owa": "DB9PR08MB6713.eurprd08", "ndr": "DB9PR08MB6713.eurprd08"}.get(cl, "SEZPR06MB5271.apcprd06"),
                  "db8eur05on20" + str(n % 90 + 10), n % 200 + 20, n % 250, srv, h16(n, 2)[:11], bot,
                  format_datetime(when.astimezone(SH) + DT.timedelta(seconds=3))))
    elif sender_dom == org:
        rc = "from %s (unknown [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s (CST)" % (
            {"outlook_zh": "PC-" + h16(n)[:6], "foxmail": "DESKTOP-" + h16(n, 1)[:7]}.get(cl, "[" + ip + "]"), ip, srv,
            h16(n, 2)[:11], bot, format_datetime(when.astimezone(SH) + DT.timedelta(seconds=3)))
    else:
        ext = {"gmail": "mail-sor-f41.google.example.com [209.85.220.41]", "outlook_tw": "mail.dingsheng.example.com.tw [203.0.113.61]",
               "coremail_ext": "mail.wjvtc.example.edu.cn [198.51.100.23]", "lark_notify": "out-52.notify.feishu.example.cn [203.0.113.52]"}.get(
            cl, "mx.example.net [198.51.100.9]")
        rc = "from %s\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (CST)" % (
            ext, srv, h16(n, 2)[:11], bot, format_datetime(when.astimezone(SH) + DT.timedelta(seconds=4)))
    rp = "<>" if cl == "ndr" else "<%s>" % frm[1]
    m = Message()
    m["Return-Path"] = rp
    m["Delivered-To"] = bot
    m["Received"] = rc
    # --- client specific headers
    datestr = format_datetime(when)
    if cl in ("owa", "ndr"):
        datestr = format_datetime(when).replace("-0000", "+0000")
    mid = {
        "coremail": "<%s.%s.%s.Coremail.%s>" % (h16(n)[:8].lower(), h16(n, 1)[:4].lower(), h16(n, 2)[:11].lower(), frm[1]),
        "coremail_ext": "<%s.%s.%s.Coremail.%s>" % (h16(n)[:8].lower(), h16(n, 1)[:4].lower(), h16(n, 2)[:11].lower(), frm[1]),
        "outlook_zh": "<000001dc%s$%s$%s@%s>" % (h16(n)[:4].lower(), h16(n, 1)[:8].lower(), h16(n, 2)[:8].lower(), sender_dom),
        "outlook_tw": "<000001dc%s$%s$%s@%s>" % (h16(n)[:4].lower(), h16(n, 1)[:8].lower(), h16(n, 2)[:8].lower(), sender_dom),
        "outlook_en": "<SEZPR06MB%s%s@SEZPR06MB%s.apcprd06.prod.outlook.com>" % (h16(n)[:4], h16(n, 1), h16(n)[:4]),
        "owa": "<DB9PR08MB%s%s@DB9PR08MB%s.eurprd08.prod.outlook.com>" % (h16(n)[:4], h16(n, 1), h16(n)[:4]),
        "foxmail": "<%s%s@%s>" % (when.strftime("%Y%m%d%H%M%S"), str(n * 7919)[:7], sender_dom),
        "foxmail_plain": "<%s%s@%s>" % (when.strftime("%Y%m%d%H%M%S"), str(n * 7919)[:7], sender_dom),
        "exmail": "<tencent_%s%s@exmail.qq.com>" % (h16(n), h16(n, 1)[:8]),
        "exmail_auto": "<tencent_%s%s@exmail.qq.com>" % (h16(n), h16(n, 3)[:8]),
        "wecom": "<tencent_%s%s@exmail.qq.com>" % (h16(n, 5), h16(n, 6)[:8]),
        "mailmaster": "<%s.%s.%s@%s>" % (h16(n)[:8].lower(), h16(n, 1)[:4].lower(), h16(n, 2)[:10].lower(), sender_dom),
        "dingtalk": "<%s.%s@qiye.aliyun.com>" % (h16(n)[:10].lower(), h16(n, 1)[:6].lower()),
        "feishu": "<%s@%s>" % (h16(n, 7).lower() + h16(n, 8).lower(), sender_dom),
        "feishu_plain": "<%s@%s>" % (h16(n, 7).lower() + h16(n, 8).lower(), sender_dom),
        "feishu_htmlonly": "<%s@%s>" % (h16(n, 7).lower() + h16(n, 8).lower(), sender_dom),
        "lark_notify": "<calendar-remind-%s@notify.feishu.example.cn>" % h16(n).lower(),
        "gmail": "<CAH%s%s+%s@mail.gmail.com>" % (h16(n)[:8], h16(n, 1)[:10], h16(n, 2)[:6]),
        "iphone": "<%s-%s-%s-%s@%s>" % (h16(n)[:8], h16(n, 1)[:4], h16(n, 2)[:4], h16(n, 3)[:12], sender_dom),
        "applemail": "<%s-%s-%s-%s@%s>" % (h16(n)[:8], h16(n, 1)[:4], h16(n, 2)[:4], h16(n, 3)[:12], sender_dom),
        "thunderbird": "<%s-%s-%s@%s>" % (h16(n)[:8].lower(), h16(n, 1)[:4].lower(), h16(n, 2)[:12].lower(), sender_dom),
        "ndr": "<%s@%s>" % (h16(n, 9).lower(), "DB9PR08MB6713.eurprd08.prod.outlook.com"),
    }[cl]
    quote = cl in ("coremail", "coremail_ext", "exmail", "exmail_auto", "wecom", "foxmail", "foxmail_plain", "dingtalk", "mailmaster")
    fcs = hdr_cs
    m["From"] = addr(frm, fcs, enc, quote)
    if to:
        m["To"] = addrlist(to, fcs, enc, quote)
    if cc:
        m["Cc"] = addrlist(cc, fcs, enc, quote)
    m["Subject"] = ew(c["subject"], fcs, enc)
    m["Date"] = datestr
    m["Message-ID"] = mid
    old = c.get("reply_to_old")
    if old:
        m["In-Reply-To"] = old
        m["References"] = old
    m["MIME-Version"] = "1.0 (1.0)" if cl == "iphone" else "1.0"
    xm = {"coremail": "Coremail Webmail Server Version 2023.3.1 build 20240412(9f1c2a5e)",
          "coremail_ext": "Coremail Webmail Server Version XT5.0.14 build 20230922(f1b7c3a4)",
          "outlook_zh": "Microsoft Outlook 16.0", "outlook_tw": "Microsoft Outlook 16.0",
          "foxmail": "Foxmail 7.2.25.375[cn]", "foxmail_plain": "Foxmail 7.2.25.375[cn]",
          "mailmaster": "MailMasterIOS/7.19.4.2085", "iphone": "iPhone Mail (22F76)",
          "applemail": "Apple Mail (2.3826.600.51.1.1)"}.get(cl)
    if xm:
        m["X-Mailer"] = xm
    if cl in ("outlook_zh", "outlook_tw", "outlook_en"):
        m["Thread-Index"] = base64.b64encode(bytes.fromhex(h16(n, 4) + h16(n, 5)[:8])).decode()
        m["Content-Language"] = {"outlook_zh": "zh-cn", "outlook_tw": "zh-tw", "outlook_en": "en-us"}[cl]
    if cl in ("owa", "ndr"):
        m["Accept-Language"] = "en-US"
        m["Content-Language"] = "en-US"
        m["X-MS-Has-Attach"] = ""
        m["X-MS-TNEF-Correlator"] = ""
        m["X-MS-Exchange-Organization-SCL"] = "-1"
    if cl in ("exmail", "exmail_auto", "wecom"):
        m["X-QQ-mid"] = "bizesmtp%st%sta%s" % (str(n * 31)[:5], str(n * 977)[:10], h16(n)[:6].lower())
        m["X-QQ-SSF"] = "00400000000000F0"
    if cl == "wecom":
        m["X-QQ-XMAILINFO"] = base64.b64encode(h16(n, 11).encode()).decode()
    if cl == "dingtalk":
        m["X-Alimail-AntiSpam"] = "AC=PASS;BC=-1|-1;BR=01201311R131e4;CH=green;TP=SINGLE_TO"
        m["X-Mailer"] = "Alimail-Mailagent revision 3; DingTalk"
    if cl.startswith("feishu"):
        m["X-Lms-Return-Path"] = "<lba+2%s@%s>" % (h16(n, 12).lower(), sender_dom)
        m["X-Mailer"] = "Feishu Mail"
    if cl == "coremail_ext" or cl == "coremail":
        m["X-Originating-IP"] = "[%s]" % ip
        m["X-Coremail-Locale"] = "zh_CN"
    if cl == "thunderbird":
        m["User-Agent"] = "Mozilla Thunderbird"
        m["Content-Language"] = "en-US"
    if cl == "exmail_auto":
        m["Auto-Submitted"] = "auto-replied"
        m["X-Autoreply"] = "yes"
        m["In-Reply-To"] = "<mb.%s@luoxiang.example.cn>" % h16(n, 13).lower()
    if cl == "lark_notify":
        m["Auto-Submitted"] = "auto-generated"
        m["X-Auto-Response-Suppress"] = "All"
    if cl == "ndr":
        m["Auto-Submitted"] = "auto-replied"
        m["X-MS-Exchange-Message-Is-Ndr"] = ""
    # --- body
    params_ff = "; format=flowed" if cl == "thunderbird" else ""
    if cl == "ndr":
        body = ndr_body(n)
    else:
        parts = []
        if text is not None:
            t = text
            if cl == "thunderbird":
                t = flow(text)
            parts.append(leaf("text/plain", t, cs, cte, params_ff))
        if hb is not None:
            doc = html_doc(hb).replace("%CS%", cs)
            parts.append(leaf("text/html", doc, cs, cte))
        if cl in ("iphone", "feishu_plain", "foxmail_plain", "thunderbird", "exmail_auto"):
            parts = [parts[0]]
        if cl in ("feishu_htmlonly",):
            parts = [parts[-1]]
        bnd = {"outlook_zh": "----=_NextPart_000_%s_01DC%s.%s" % (h16(n)[:4], h16(n, 1)[:4], h16(n, 2)[:8]),
               "outlook_tw": "----=_NextPart_000_%s_01DC%s.%s" % (h16(n)[:4], h16(n, 1)[:4], h16(n, 2)[:8]),
               "outlook_en": "_000_SEZPR06MB%s_" % h16(n, 3),
               "owa": "_000_DB9PR08MB%s_" % h16(n, 3),
               "foxmail": "----=_001_NextPart%s_=----" % str(n * 104729)[:12],
               "gmail": "000000000000%s" % h16(n, 4)[:10].lower(),
               "applemail": "Apple-Mail=_%s-%s-%s" % (h16(n)[:8], h16(n, 1)[:4], h16(n, 2)[:12])}.get(
            cl, "----=_Part_%d_%s.%s" % (n * 3, str(n * 7)[:6], h16(n, 5)[:13]))
        if len(parts) == 1:
            body = parts[0]
        else:
            body = multi("alternative", parts, bnd)
        atts = c.get("attachments") or []
        if atts:
            mixed = multi("mixed", [body] + [attach(ct, data, fn) for ct, data, fn in atts], bnd.replace("000", "001", 1) + "_mixed" if "NextPart_000" in bnd else "mx_" + bnd.strip("-="))
            body = mixed
    for k, v in body.items():
        m[k] = v
    m.set_payload(body.get_payload())
    if body.preamble:
        m.preamble = body.preamble
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, maxheaderlen=0, policy=compat32.clone(linesep="\n")).flatten(m)
    raw = buf.getvalue()
    for k, v in EIGHTBIT.items():
        raw = raw.replace(k.encode() + b"\n", v) if k.encode() + b"\n" in raw else raw.replace(k.encode(), v)
    return raw


def flow(text):
    """format=flowed (RFC 3676): long lines soft-broken with trailing space; '-- ' kept."""
    out = []
    for ln in text.split("\n"):
        while len(ln) > 72 and " " in ln[:72]:
            cut = ln.rfind(" ", 0, 72)
            out.append(ln[:cut + 1])
            ln = ln[cut + 1:]
        out.append(ln)
    return "\n".join(out)


def ndr_body(n):
    rcpt = "haibo.yu@nordvikwind.example.com"
    txt = ("Your message to %s couldn't be delivered.\n\nhaibo.yu wasn't found at nordvikwind.example.com.\n\n"
           "Minutes Bot  Office 365  haibo.yu\nAction Required Recipient\n\nUnknown To address\n\n"
           "How to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
           "- Send the message again following these steps: check the address and resend.\n\n"
           "Diagnostic information for administrators:\nGenerating server: DB9PR08MB6713.eurprd08.prod.outlook.com\n"
           "%s\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n" % (rcpt, rcpt))
    p1 = leaf("text/plain", txt, "us-ascii", "quoted-printable")
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    b1 = Message()
    b1["Reporting-MTA"] = "dns;DB9PR08MB6713.eurprd08.prod.outlook.com"
    b1["Received-From-MTA"] = "dns;DB9PR08MB6713.eurprd08.prod.outlook.com"
    b1["Arrival-Date"] = "Thu, 9 Jul 2026 02:16:01 +0000"
    b2 = Message()
    b2["Final-Recipient"] = "rfc822;" + rcpt
    b2["Action"] = "failed"
    b2["Status"] = "5.1.10"
    b2["Diagnostic-Code"] = "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"
    ds.set_payload([b1, b2])
    rh = Message()
    rh["Content-Type"] = 'text/rfc822-headers; charset="us-ascii"'
    rh.set_payload("Return-Path: minutes@nordvikwind.example.com\nFrom: Minutes Bot <minutes@nordvikwind.example.com>\n"
                   "To: haibo.yu@nordvikwind.example.com\nSubject: RE: Site review minutes\nDate: Thu, 9 Jul 2026 02:16:00 +0000\n"
                   "Message-ID: <mb.5931.r1@nordvikwind.example.com>\nAuto-Submitted: auto-generated\n"
                   "X-Auto-Response-Suppress: OOF, AutoReply\n")
    m = multi("report", [p1, ds, rh], "_%s_" % h16(n, 6), params=' report-type="delivery-status";')
    return m


# ----------------------------------------------------------------------------------------------
# Gold, roster, README table
# ----------------------------------------------------------------------------------------------
def gold(c):
    items = [{k: v for k, v in it.items() if not k.startswith("_")} for it in c["items"]]
    nx = c["next"]
    return {"kind": c["kind"], "items": items,
            "next_followup": None if nx is None else {"date": nx["date"], "time": nx["time"]},
            "reply": None, "notes": c["notes"]}


def fname(c):
    return "%d-%s" % (c["n"], c["slug"])


def write(out):
    os.makedirs(out, exist_ok=True)
    for c in CASES:
        EIGHTBIT.clear()
        raw = build(c)
        with open(os.path.join(out, fname(c) + ".eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(out, fname(c) + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold(c), f, ensure_ascii=False, indent=2)
            f.write("\n")
    with open(os.path.join(out, "roster.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "email", "department", "manager_email", "aliases"])
        for r in ROSTER:
            w.writerow(r)
    print("wrote %d cases to %s" % (len(CASES), out))


def table_md():
    rows = ["| case | kind | gold summary | what it tests |", "| --- | --- | --- | --- |"]
    for c in CASES:
        g = gold(c)
        if c["kind"] == "minutes":
            s = "%d items" % len(g["items"])
            dues = ", ".join((it["owner_name"] or "—") + " " + (it["due_date"][5:] if it["due_date"] else ("vague" if "vague_due" in it["flags"] else "no due"))
                             for it in g["items"])
            s += (": " + dues) if dues else ""
            s += "; next " + ("%s %s" % (g["next_followup"]["date"], g["next_followup"]["time"] or "") if g["next_followup"] else "null")
        else:
            s = "no items"
        rows.append("| %s | %s | %s | %s |" % (fname(c), c["kind"], s.strip(), c["what"].replace("|", "/")))
    return "\n".join(rows)


# ----------------------------------------------------------------------------------------------
# --check
# ----------------------------------------------------------------------------------------------
def check(out):
    import chinese_calendar as cc
    errors = []
    HOLS = {}

    def blocks(name):
        if name not in HOLS:
            d = DT.date(2026, 1, 1); res = []
            while d.year == 2026:
                h, nm = cc.get_holiday_detail(d)
                if nm == name and not cc.is_workday(d):
                    if res and (d - res[-1][1]).days == 1:
                        res[-1][1] = d
                    else:
                        res.append([d, d])
                d += DT.timedelta(1)
            HOLS[name] = res
        return HOLS[name]

    def resolve(rule, sent):
        d = sent.date()
        if rule in (None, "vague"):
            return None
        if rule == "abs":
            return "abs"
        if rule == "today":
            return d
        if rule == "tomorrow":
            return d + DT.timedelta(1)
        if rule == "mend":
            nm = DT.date(d.year + (d.month == 12), d.month % 12 + 1, 1)
            return nm - DT.timedelta(1)
        k, _, v = rule.partition(":")
        if k == "wd":
            x, cnt = d, 0
            while cnt < int(v):
                x += DT.timedelta(1)
                if cc.is_workday(x):
                    cnt += 1
            return x
        if k == "wk":
            delta = (int(v) - d.weekday()) % 7
            return d + DT.timedelta(delta)
        if k == "this":
            return d - DT.timedelta(d.weekday()) + DT.timedelta(int(v))
        if k == "next":
            return d - DT.timedelta(d.weekday()) + DT.timedelta(7 + int(v))
        if k in ("after", "before"):
            for a, b in blocks(v):
                if (k == "after" and b >= d) or (k == "before" and a > d):
                    x = b if k == "after" else a
                    step = 1 if k == "after" else -1
                    x += DT.timedelta(step)
                    while not cc.is_workday(x):
                        x += DT.timedelta(step)
                    return x
        raise ValueError(rule)

    pol = email.policy.default
    seen = set()
    for c in CASES:
        base = os.path.join(out, fname(c))
        with open(base + ".eml", "rb") as f:
            raw = f.read()
        msg = email.message_from_bytes(raw, policy=pol)
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %r in %s" % (fname(c), part.defects, part.get_content_type()))
            for hk, hv in part.items():
                if getattr(hv, "defects", None):
                    errors.append("%s: header %s defects %r" % (fname(c), hk, hv.defects))
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                try:
                    part.get_payload(decode=True).decode(cs, errors="strict")
                    part.get_content()
                except Exception as e:
                    errors.append("%s: text part does not decode: %s" % (fname(c), e))
        for k in ("Return-Path", "Delivered-To", "Received", "Message-ID", "Date", "From", "Subject"):
            if msg[k] is None:
                errors.append("%s: missing %s" % (fname(c), k))
        if msg["Message-ID"] in seen:
            errors.append("%s: duplicate Message-ID" % fname(c))
        seen.add(msg["Message-ID"])
        sent = parsedate_to_datetime(str(msg["Date"])).astimezone(SH)
        if sent.year != 2026 or not 4 <= sent.month <= 7:
            errors.append("%s: send date %s outside Apr-Jul 2026" % (fname(c), sent))
        with open(base + ".json", encoding="utf-8") as f:
            g = json.load(f)
        if g != gold(c):
            errors.append("%s: json differs from generator gold" % fname(c))
        if list(g) != ["kind", "items", "next_followup", "reply", "notes"]:
            errors.append("%s: gold keys %s" % (fname(c), list(g)))
        for it, spec in zip(g["items"], c["items"]):
            if list(it) != ["owner_name", "owner_email", "department", "task", "due_date", "due_time", "flags"]:
                errors.append("%s: item keys" % fname(c))
            r = spec["_rule"]
            got = resolve(r, sent)
            if got is None:
                if it["due_date"] is not None:
                    errors.append("%s: %s should have no date" % (fname(c), it["task"]))
            elif got == "abs":
                DT.date.fromisoformat(it["due_date"])
                if not it["due_date"].startswith("2026-"):
                    errors.append("%s: non-2026 date" % fname(c))
            elif got.isoformat() != it["due_date"]:
                errors.append("%s: %s: gold %s but rule %s gives %s" % (fname(c), it["task"], it["due_date"], r, got))
            if it["due_date"] and not cc.is_workday(DT.date.fromisoformat(it["due_date"])) and r not in ("mend",):
                errors.append("%s: %s due on a non-working day %s" % (fname(c), it["task"], it["due_date"]))
            if it["owner_name"] is None and "no_owner" not in it["flags"]:
                errors.append("%s: flags" % fname(c))
        nx = c["next"]
        if nx:
            got = resolve(nx["_rule"], sent)
            if got != "abs" and got.isoformat() != nx["date"]:
                errors.append("%s: next gold %s but rule gives %s" % (fname(c), nx["date"], got))
        if c["kind"] != "minutes" and (g["items"] or g["next_followup"]):
            errors.append("%s: non-minutes with items" % fname(c))
        # attachments parse
        for part in msg.walk():
            fn = part.get_filename()
            if fn and fn.endswith(".docx"):
                import docx
                d = docx.Document(io.BytesIO(part.get_payload(decode=True)))
                if not d.paragraphs:
                    errors.append("%s: empty docx" % fname(c))
            if fn and fn.endswith(".pdf"):
                import pypdf
                t = pypdf.PdfReader(io.BytesIO(part.get_payload(decode=True))).pages[0].extract_text()
                if "待办" not in t and "会议要求" not in t:
                    errors.append("%s: pdf text not extractable" % fname(c))
    nums = sorted(c["n"] for c in CASES)
    if nums != list(range(5901, 5939)):
        errors.append("case numbers %s" % nums)
    for e in errors:
        print("ERROR", e)
    kinds = {}
    for c in CASES:
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    print("checked %d cases %s: %s" % (len(CASES), kinds, "OK" if not errors else "%d errors" % len(errors)))
    return not errors


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = args[0] if args else HERE
    if "--check" in sys.argv:
        sys.exit(0 if check(out) else 1)
    elif "--table" in sys.argv:
        print(table_md())
    else:
        os.makedirs(out, exist_ok=True)    # (added when the set joined the tests: write, then check what was written)
        write(out)
        sys.exit(0 if check(out) else 1)

"""Org A: 江城轨道交通运营有限公司 (Wuhan metro operations SOE), jcmetro.example.cn."""
from .common import (ORGS, Leaf, Multi, Raw, addr, addrs, build, em, esc, ew, followup, html_to_text, item,
                     received_chain, to_html)

O = ORGS["A"]
BOT = ("纪要助手", O["bot"])
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def coremail_headers(date, frm, to, cc, subject, msgid, ip, extra=()):
    h = [
        ("Date", date),
        ("From", addr(*frm)),
        ("To", addrs(to)),
    ]
    if cc:
        h.append(("Cc", addrs(cc)))
    h += [
        ("Subject", ew(subject)),
        ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)\n Copyright (c) 2002-2026 www.mailtech.cn jcmetro"),
        ("X-SendMailWithSms", "false"),
    ]
    h += list(extra)
    h += [
        ("MIME-Version", "1.0"),
        ("Message-ID", msgid),
        ("X-Coremail-Locale", "zh_CN"),
        ("X-CM-SenderInfo", "x0lr0xxloqj0o6mnxxhlfr1h0/"),
        ("X-Originating-IP", f"[{ip}]"),
    ]
    return h


# ---------------------------------------------------------------------------------------------
@case
def c8201():
    date = "Tue, 21 Apr 2026 16:20:37 +0800"
    text = """各部门：
现将4月20日专题会议纪要印发给你们，请认真贯彻落实。

江城轨道交通运营有限公司
专题会议纪要
〔2026〕第14期

关于五一假期客流保障工作的专题会议纪要

4月20日上午，彭建军副总经理在运营调度中心三楼会议室主持召开专题会议，研究部署五一假期客流保障工作。客运部、车辆部、安全监察部、信号通信部、物资设备部、综合办公室负责同志参加会议。现将会议议定事项纪要如下：

一、会议听取了客运部关于五一假期客流预测情况的汇报。预计假期日均客流较去年同期增长8%左右，2号线换乘站早晚高峰压力最大。

二、会议认为，各部门前期准备工作扎实，但部分车站应急物资储备不足，须在节前补齐。

三、会议要求：
（一）客运部牵头制定2号线五一假期客流组织方案，明确重点车站限流措施和临时售票点设置。
责任单位：客运部（付红梅）
完成时限：4月27日前
（二）车辆部做好节前电客车专项检修，重点检查空调和车门系统，物资设备部配合做好备件保障。
责任单位：车辆部
完成时限：4月29日前
（三）安全监察部组织开展节前安全大检查，检查结果报综合办公室。
责任单位：安全监察部（严俊）
完成时限：4月28日前
（四）信号通信部对2号线信号系统开展节前专项巡检，发现问题立即处置。
责任单位：信号通信部（桂文斌）
完成时限：五一节前
（五）综合办公室负责汇总各部门节日值班安排，印发值班表。
责任单位：综合办公室（熊丽君）
完成时限：4月28日前

四、假期期间，各部门负责人须保持通讯畅通，遇突发情况按规定及时报告。

出席：彭建军、付红梅、万志刚、严俊、邵建平、鲁卫东、谭国华
记录：熊丽君

分送：公司领导，各部门
江城轨道交通运营有限公司综合办公室        2026年4月21日印发
"""
    body = Multi("alternative", [
        Leaf("text/plain", text, "utf-8", "base64"),
        Leaf("text/html", to_html(text, "div", "宋体"), "utf-8", "base64"),
    ], "----=_Part_312807_1498283012.1776759637095")
    h = received_chain("A", "mail.jcmetro.example.cn", "10.20.1.15", date, "4fZ8Qk1s2Hz9tN", em("熊丽君"))
    h += coremail_headers(date, ("熊丽君", em("熊丽君")),
                          [("付红梅", em("付红梅")), ("万志刚", em("万志刚")), ("严俊", em("严俊")),
                           ("邵建平", em("邵建平")), ("桂文斌", em("桂文斌")), ("鲁卫东", em("鲁卫东"))],
                          [("彭建军", em("彭建军")), ("谭国华", em("谭国华")), BOT],
                          "关于五一假期客流保障工作专题会议的纪要",
                          "<6a1f0c3e.2b71.19db0e21c4f.Coremail.xionglijun@jcmetro.example.cn>", "10.20.3.41")
    items = [
        item("付红梅", "制定2号线五一假期客流组织方案", "2026-04-27", rule=("md", 4, 27)),
        item(None, "做好节前电客车专项检修（重点检查空调和车门系统）", "2026-04-29", dept="车辆部",
             rule=("md", 4, 29), anchor="做好节前电客车专项检修"),
        item("严俊", "组织开展节前安全大检查", "2026-04-28", rule=("md", 4, 28)),
        item("桂文斌", "对2号线信号系统开展节前专项巡检", "2026-04-30", rule=("before_hol", "Labour Day")),
        item("熊丽君", "汇总各部门节日值班安排，印发值班表", "2026-04-28", rule=("md", 4, 28)),
    ]
    return dict(
        num=8201, slug="soe-special-meeting-coremail", kind="minutes", org="A",
        client="Coremail XT5 webmail", encoding="multipart/alternative, UTF-8 base64 (text + div HTML)",
        eml=build(h, body), items=items, next=None,
        summary="5 items (1 unit-only), no follow-up",
        tests="formal SOE 专题会议纪要: （一）…（五） with 责任单位/完成时限 label lines; person in brackets after the unit is the owner; 配合 unit not an owner; 五一节前",
        notes=("Plain, common SOE minutes (Coremail, sent Tue 2026-04-21 16:20 +0800). Items are the five （一）…（五） "
               "under 会议要求; each has label lines 责任单位/完成时限. The person in brackets after the unit is the owner "
               "(付红梅, 严俊, 桂文斌, 熊丽君). （二） names only 车辆部 -> owner null, department 车辆部, no_owner; "
               "'物资设备部配合' is support, not an owner or an extra item. Dates: 4月27日前 -> 2026-04-27, 4月29日前 -> "
               "04-29, 4月28日前 -> 04-28 (twice). '五一节前' = the last working day before the Labour Day holiday "
               "(05-01..05-05) = Thu 2026-04-30. 一/二 (汇报, 会议认为) are a report and a decision; 四 is a standing "
               "rule; 〔2026〕第14期 and 印发 date are not deadlines. No next meeting -> null."),
    )


# ---------------------------------------------------------------------------------------------
TRACK_ROWS = [
    ["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间", "计划完成时间",
     "实际完成时间", "进展情况", "风险点及应对措施"],
    ["1", "五一假期客流数据复盘", "客运部", "运营调度中心", "雷鸣", "龚晨", "2026/5/6", "2026/5/6", "2026/5/6", "已完成",
     "—"],
    ["2", "2号线站台门控制单元更换", "供电部", "物资设备部", "胡蓉", "詹志远", "2026/4/27", "2026/5/15", "—",
     "进行中（已完成40%）", "备件到货偏晚，已催厂家"],
    ["3", "车站广播系统音质优化", "信号通信部", "客运部", "桂文斌", "雷鸣", "2026/5/11", "2026/5/22", "—", "未开始", "—"],
    ["4", "电客车备品备件库存盘点", "车辆部", "物资设备部", "喻晓峰", "詹志远", "2026/5/6", "2026/5/9", "—", "进行中",
     "5月9日（周六）调休正常上班"],
    ["5", "防汛应急演练脚本修订", "安全监察部", "运营调度中心", "严俊", "柯文静", "2026/5/11", "待定", "—", "未开始",
     "等集团防汛文件下发后启动"],
]


@case
def c8202():
    date = "Thu, 7 May 2026 17:48:12 +0800"
    intro = ["各位领导、同事：", "",
             "第19周跨部门协作事项跟踪表更新如下（表格从Excel粘贴），请各责任人核对，如有出入请今天下班前告诉我。", ""]
    outro = ["", "下次跟踪会：5月14日（周四）14:30，调度中心三楼小会议室。", "", "龚晨", "运营调度中心 行车调度室",
             "电话：027-8576 3312"]
    css_td = "border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"
    rows_html = ""
    for i, r in enumerate(TRACK_ROWS):
        cells = "".join(
            f"<td nowrap style='{css_td};{'background:#D9E1F2;' if i == 0 else ''}'><p class=MsoNormal align=center "
            f"style='text-align:center'><span style='font-size:9.0pt;font-family:宋体;color:black'>{esc(c)}</span>"
            f"</p></td>" for c in r)
        rows_html += f"<tr style='height:14.25pt'>{cells}</tr>\n"
    html_body = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                 "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:x=\"urn:schemas-microsoft-com:office:excel\" "
                 "xmlns=\"http://www.w3.org/TR/REC-html40\"><head><meta http-equiv=Content-Type content=\"text/html; "
                 "charset=gb2312\"><meta name=Generator content=\"Microsoft Word 15 (filtered medium)\"><style><!--\n"
                 "p.MsoNormal {margin:0cm;text-align:justify;font-size:10.5pt;font-family:等线;}\n--></style></head>"
                 "<body lang=ZH-CN link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>"
                 "<div class=WordSection1>\n"
                 + "".join(f"<p class=MsoNormal>{esc(l) if l else '<o:p>&nbsp;</o:p>'}<o:p></o:p></p>\n" for l in intro)
                 + "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=1180 "
                   "style='width:885.0pt;border-collapse:collapse'>\n" + rows_html + "</table>\n"
                 + "".join(f"<p class=MsoNormal>{esc(l) if l else '<o:p>&nbsp;</o:p>'}<o:p></o:p></p>\n" for l in outro)
                 + "</div></body></html>\n")
    plain = "\n".join(intro) + "\n" + "\n".join("\t".join(r) for r in TRACK_ROWS) + "\n" + "\n".join(outro) + "\n"
    body = Multi("alternative", [
        Leaf("text/plain", plain, "gb2312", "base64"),
        Leaf("text/html", html_body, "gb2312", "quoted-printable"),
    ], "----=_NextPart_000_01A7_01DCDE2F.6B3C4E80")
    h = received_chain("A", "mail.jcmetro.example.cn", "10.20.1.15", date, "4fZcT02mXJz9vB", em("龚晨"))
    h += [
        ("From", addr("龚晨", em("龚晨"), "gb2312", label="gb2312")),
        ("To", addrs([("胡蓉", em("胡蓉")), ("桂文斌", em("桂文斌")), ("喻晓峰", em("喻晓峰")), ("严俊", em("严俊")),
                      ("雷鸣", em("雷鸣")), ("詹志远", em("詹志远"))], "gb2312", label="gb2312")),
        ("Cc", addrs([("柯文静", em("柯文静")), ("彭建军", em("彭建军")), BOT], "gb2312", label="gb2312")),
        ("Subject", ew("【跟踪表】跨部门协作事项跟踪表（第19周）", "gb2312", label="gb2312")),
        ("Date", date),
        ("Message-ID", "<000001dcde2f$6b3c4e80$41b4eb80$@jcmetro.example.cn>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdzeL2s7n0wCQ5ZxRk2p8sWq3v1aXg=="),
        ("Content-Language", "zh-cn"),
    ]
    items = [
        item("胡蓉", "2号线站台门控制单元更换", "2026-05-15", rule=("abs", "2026-05-15")),
        item("桂文斌", "车站广播系统音质优化", "2026-05-22", rule=("abs", "2026-05-22")),
        item("喻晓峰", "电客车备品备件库存盘点", "2026-05-09", rule=("abs", "2026-05-09")),
        item("严俊", "防汛应急演练脚本修订", None, flags=["vague_due"], rule=("vague",)),
    ]
    return dict(
        num=8202, slug="cross-dept-tracker-outlook-gb2312", kind="minutes", org="A",
        client="Outlook 2016 zh-CN (Windows)",
        encoding="multipart/alternative; plain gb2312 base64, HTML gb2312 quoted-printable; CRLF",
        eml=build(h, body, crlf=True), items=items, next=followup("2026-05-14", "14:30", ("abs", "2026-05-14", 4, "14:30")),
        summary="4 items (1 vague), follow-up 05-14 14:30",
        tests="seed 跨部门协作事项跟踪表 pasted from Excel (11 columns): 已完成 row skipped, 发起方 责任人 owns, 协作方 is support; 2026/5/9 make-up Saturday; 待定",
        notes=("Weekly 跨部门协作事项跟踪表 (the seed's 11 columns) pasted from Excel into Outlook, sent Thu 2026-05-07 "
               "17:48 +0800. Row 1 is 已完成 -> status, not an item. AMBIGUOUS (owner column): the table has two people per "
               "row; the 责任人（发起方） leads the item (the seed's 发起部门 推进 the task) and the 责任人（协作方） is support "
               "(配合), so the owner is the 发起方 person: 胡蓉, 桂文斌, 喻晓峰, 严俊. Due = 计划完成时间: 2026/5/15, "
               "2026/5/22, 2026/5/9 (the Labour Day make-up Saturday, a working day; the date stays), 待定 -> null + "
               "vague_due. 计划开始时间, 实际完成时间 and the remarks column are not deadlines. The cover request "
               "'今天下班前告诉我' is not an item. 下次跟踪会 5月14日（周四）14:30 -> 2026-05-14 14:30."),
    )


# ---------------------------------------------------------------------------------------------
@case
def c8203():
    date = "Mon, 13 Apr 2026 09:12:44 +0800"
    preface = """各部门：
转发彭总主持召开的1号线设备隐患排查专题会纪要，请各部门对照落实。请于本周三前将本部门落实计划报综合办公室。纪要第三项是常态化要求，请严格执行。

谭国华
综合办公室
"""
    inner = """关于1号线运营设备隐患排查整治工作的会议纪要

4月10日下午，彭建军副总经理主持召开专题会议，听取了车辆部、供电部关于1号线运营设备隐患排查情况的汇报，对下一步整治工作进行了部署。会议明确：

一是由车辆部万志刚部长牵头，4月17日前完成1号线全部电客车转向架探伤复查，发现问题的车辆一律扣修。

二是供电部聂海涛部长负责，4月24日前完成1号线主变电所继电保护定值核对，物资设备部配合做好备品备件储备。

三是各部门要严格落实隐患整改销号管理制度，每周五下班前向安全监察部报送整改进展。

四是综合办公室熊丽君同志负责跟踪督办，本月底前将隐患排查整治情况汇总报集团公司安全管理部。

参加人员：彭建军、万志刚、聂海涛、严俊、鲁卫东、谭国华、熊丽君
记录：熊丽君
"""
    qhdr_plain = """------------------ 原始邮件 ------------------
发件人: "熊丽君"<xionglijun@jcmetro.example.cn>;
发送时间: 2026年4月10日(星期五) 下午5:31
收件人: "谭国华"<tanguohua@jcmetro.example.cn>;
抄送: "彭建军"<pengjianjun@jcmetro.example.cn>;
主题: 关于1号线运营设备隐患排查整治工作的会议纪要

"""
    plain = preface + "\n\n" + qhdr_plain + inner
    qhdr_html = ("<div style=\"font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;\">------------------&nbsp;"
                 "原始邮件&nbsp;------------------</div><div style=\"font-size: 12px;background:#efefef;padding:8px;\">"
                 "<div><b>发件人:</b>&nbsp;\"熊丽君\"&lt;xionglijun@jcmetro.example.cn&gt;;</div>"
                 "<div><b>发送时间:</b>&nbsp;2026年4月10日(星期五) 下午5:31</div>"
                 "<div><b>收件人:</b>&nbsp;\"谭国华\"&lt;tanguohua@jcmetro.example.cn&gt;;<wbr></div>"
                 "<div><b>抄送:</b>&nbsp;\"彭建军\"&lt;pengjianjun@jcmetro.example.cn&gt;;<wbr></div>"
                 "<div><b>主题:</b>&nbsp;关于1号线运营设备隐患排查整治工作的会议纪要</div></div><div><br></div>")
    html_body = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><div>"
                 + "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in preface.rstrip().split("\n"))
                 + "</div><div><br></div><div><br></div>" + qhdr_html
                 + "".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in inner.rstrip().split("\n")) + "\n")
    body = Multi("alternative", [
        Leaf("text/plain", plain, "utf-8", "base64"),
        Leaf("text/html", html_body, "utf-8", "base64"),
    ], "----=_NextPart_69DC4A1C_0F3B2A60_5E1D7B42")
    h = received_chain("A", "smtpbg.exmail.example.net", "203.205.250.61", date, "4fY2Lr0c5kz9tQ", em("谭国华"))
    h += [
        ("X-QQ-mid", "bizesmtp9t1776042764t3k0rqx2"),
        ("X-QQ-Originating-IP", "Y2mJ8xkqv1o0Q2VdWyK1FhL7s0e4rG9zP1B6m5cN2Uo="),
        ("From", addr("谭国华", em("谭国华"), quote=True)),
        ("To", addrs([("付红梅", em("付红梅")), ("万志刚", em("万志刚")), ("聂海涛", em("聂海涛")),
                      ("严俊", em("严俊")), ("鲁卫东", em("鲁卫东"))], quote=True)),
        ("Cc", addrs([("熊丽君", em("熊丽君")), BOT], quote=True)),
        ("Subject", ew("转发：关于1号线运营设备隐患排查整治工作的会议纪要")),
        ("Mime-Version", "1.0"),
        ("Date", date),
        ("X-Priority", "3"),
        ("Message-ID", "<tencent_5B8E0F1D2C7A4E93B6F1A0D9@qq.com>"),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "QQMail 2.x"),
        ("X-QQ-Mailer", "QQMail 2.x"),
        ("X-QQ-SENDSIZE", "520"),
        ("Feedback-ID", "bizesmtp:jcmetro.example.cn:qybglogicsvrgz:qybglogicsvrgz5a-0"),
    ]
    items = [
        item("万志刚", "完成1号线全部电客车转向架探伤复查", "2026-04-17", rule=("md", 4, 17)),
        item("聂海涛", "完成1号线主变电所继电保护定值核对", "2026-04-24", rule=("md", 4, 24)),
        item("熊丽君", "将隐患排查整治情况汇总报集团公司安全管理部", "2026-04-30", rule=("month_end",)),
    ]
    return dict(
        num=8203, slug="forward-preface-yishi-erishi-wecom", kind="minutes", org="A",
        client="企业微信 mail (Tencent Exmail engine)",
        encoding="multipart/alternative UTF-8 base64; Exmail '------------------ 原始邮件 ------------------' forward block",
        eml=build(h, body), items=items, next=None,
        summary="3 items, no follow-up",
        tests="forwarded minutes with a preface holding its own deadline (本周三前) that is not an item; 一是…四是… sentences; standing rule 三是 excluded; 本月底",
        notes=("Forward (转发：) sent Mon 2026-04-13 09:12 +0800 by 谭国华 with the bot in Cc; the minutes (held Fri 04-10) "
               "sit below the Exmail/WeCom '原始邮件' block and must be read, not stripped as a quote. The preface "
               "('请于本周三前将本部门落实计划报综合办公室') is the forwarder's request, not an item of the minutes. "
               "一是: 万志刚牵头, 4月17日前 -> 2026-04-17. 二是: 聂海涛负责, 4月24日前 -> 04-24; 物资设备部配合 is support. "
               "三是 is a standing rule (每周五报送) -> not an item. 四是: 熊丽君, 本月底前 -> 2026-04-30 (month of the "
               "Date header). No next meeting -> null."),
    )


# ---------------------------------------------------------------------------------------------
@case
def c8204():
    date = "Fri, 24 Apr 2026 17:32:05 +0800"
    new = """各位：
第17周例会纪要如下（沿用上周邮件，方便对照）：

时间：4月24日（周五）9:00-10:10
地点：调度中心三楼会议室
主持：柯文静
参加：龚晨、桂文斌、雷鸣、喻晓峰、胡蓉
记录：龚晨

一、上周事项回顾
1. ATS工作站时钟同步问题排查——已完成。
2. 行调台电话录音调取流程——已完成，已发各调度台。

二、本周议定事项
1. 龚工：完成五一期间高峰时段行车间隔调整方案，报柯主任审定，下周三前。
2. 柯主任牵头，组织五一假期运营预案桌面推演，客运部、车辆部派员参加，4月29日前。
3. 桂工：ATS工作站软件升级后的功能验证，3个工作日内。
4. 雷主管：五一期间车站志愿者排班表，4月28日下班前发群里。

三、其他
五一期间各岗位严格执行交接班制度，不得擅自调班。

四、下次例会
下周五（5月1日）放假，例会顺延至5月6日（周三）上午9点。

龚晨
运营调度中心 行车调度室
电话：027-8576 3312
"""
    old = """第16周例会纪要：

一、本周议定事项
1. 桂工：ATS工作站时钟同步问题排查，4月22日前。
2. 龚工：行调台电话录音调取流程，4月21日前。
3. 喻工：电客车司机室空调滤网更换，4月30日前。

二、下次例会：4月24日（周五）9:00

龚晨
"""
    qhdr = ("发件人: 龚晨 <gongchen@jcmetro.example.cn> \n发送时间: 2026年4月17日 17:05\n"
            "收件人: 柯文静 <kewenjing@jcmetro.example.cn>; 桂文斌 <guiwenbin@jcmetro.example.cn>; "
            "雷鸣 <leiming@jcmetro.example.cn>; 喻晓峰 <yuxiaofeng@jcmetro.example.cn>; 胡蓉 <hurong@jcmetro.example.cn>\n"
            "抄送: 纪要助手 <minutes@jcmetro.example.cn>\n主题: 【周例会】运营调度中心第16周例会纪要\n\n")
    plain = new + "\n" + qhdr + old
    p = lambda l: f"<p class=MsoNormal>{esc(l) if l else '<o:p>&nbsp;</o:p>'}<o:p></o:p></p>\n"
    html_body = ("<html><head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">"
                 "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\"></head>"
                 "<body lang=ZH-CN link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>"
                 "<div class=WordSection1>\n" + "".join(p(l) for l in new.rstrip().split("\n"))
                 + "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n<div style='border:none;border-top:solid #E1E1E1 1.0pt;"
                   "padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal align=left style='text-align:left'><b>发件人<span "
                   "lang=EN-US>:</span></b><span lang=EN-US> </span>龚晨<span lang=EN-US> &lt;gongchen@jcmetro.example.cn"
                   "&gt; <br></span><b>发送时间<span lang=EN-US>:</span></b><span lang=EN-US> 2026</span>年<span lang=EN-US>4"
                   "</span>月<span lang=EN-US>17</span>日<span lang=EN-US> 17:05<br></span><b>收件人<span lang=EN-US>:"
                   "</span></b> 柯文静; 桂文斌; 雷鸣; 喻晓峰; 胡蓉<span lang=EN-US><br></span><b>抄送<span lang=EN-US>:"
                   "</span></b> 纪要助手<span lang=EN-US><br></span><b>主题<span lang=EN-US>:</span></b> 【周例会】"
                   "运营调度中心第16周例会纪要<span lang=EN-US><o:p></o:p></span></p></div>\n"
                 + "".join(p(l) for l in old.rstrip().split("\n")) + "</div></body></html>\n")
    body = Multi("alternative", [
        Leaf("text/plain", plain, "utf-8", "base64"),
        Leaf("text/html", html_body, "utf-8", "quoted-printable"),
    ], "----=_NextPart_000_0A41_01DCD3C8.2E1B7F90")
    h = received_chain("A", "mail.jcmetro.example.cn", "10.20.1.15", date, "4fZ3Wd6hQvz9tR", em("龚晨"))
    to = [("柯文静", em("柯文静")), ("桂文斌", em("桂文斌")), ("雷鸣", em("雷鸣")), ("喻晓峰", em("喻晓峰")),
          ("胡蓉", em("胡蓉"))]
    h += [
        ("From", addr("龚晨", em("龚晨"))),
        ("To", addrs(to)),
        ("Cc", addrs([BOT])),
        ("References", "<000001dcce3a$1f2e8c40$5d8ba4c0$@jcmetro.example.cn>"),
        ("In-Reply-To", "<000001dcce3a$1f2e8c40$5d8ba4c0$@jcmetro.example.cn>"),
        ("Subject", ew("答复: 【周例会】运营调度中心第16周例会纪要")),
        ("Date", date),
        ("Message-ID", "<000001dcd3c8$2e1b7f90$8a527eb0$@jcmetro.example.cn>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AQIu9Xq1w0jvV3Kk0bmb8VQfZr3T5QHT2ZLwsGx0YdA="),
        ("Content-Language", "zh-cn"),
    ]
    items = [
        item("龚晨", "完成五一期间高峰时段行车间隔调整方案，报柯主任审定", "2026-04-29", rule=("next_wd", 3),
             anchor="完成五一期间高峰时段行车间隔调整方案"),
        item("柯文静", "组织五一假期运营预案桌面推演", "2026-04-29", rule=("md", 4, 29)),
        item("桂文斌", "ATS工作站软件升级后的功能验证", "2026-04-29", rule=("wdays", 3)),
        item("雷鸣", "五一期间车站志愿者排班表", "2026-04-28", rule=("md", 4, 28)),
    ]
    return dict(
        num=8204, slug="new-minutes-as-reply-outlook", kind="minutes", org="A",
        client="Outlook 2016 zh-CN (Windows), 答复: in the old thread",
        encoding="multipart/alternative UTF-8 (plain base64, HTML quoted-printable); CRLF",
        eml=build(h, body, crlf=True), items=items, next=followup("2026-05-06", "09:00", ("abs", "2026-05-06", 3, "09:00")),
        summary="4 items, follow-up 05-06 09:00",
        tests="new week's minutes sent as 答复: above the quoted old minutes (old items and old 下次例会 ignored); owners by title 龚工/柯主任牵头/桂工/雷主管; 下周三前, 3个工作日内, 下班前",
        notes=("New minutes (week 17) written as an Outlook '答复:' in last week's thread, sent Fri 2026-04-24 17:32 +0800. "
               "The quoted week-16 minutes below the 发件人/发送时间 block (3 items, 下次例会 4月24日) are history, not items. "
               "'上周事项回顾' rows are 已完成 -> not items; '三、其他' is a standing rule. Owners by title: 龚工 = 龚晨, "
               "柯主任(牵头) = 柯文静, 桂工 = 桂文斌, 雷主管 = 雷鸣 (roster aliases). Dates from Fri 04-24: 下周三前 -> "
               "2026-04-29; 4月29日前 -> 04-29; 3个工作日内 -> Mon 04-27, Tue 04-28, Wed 04-29 -> 2026-04-29; "
               "'4月28日下班前' -> 2026-04-28 with no time (下班前 gives the date only). Next meeting: 例会顺延至5月6日（周三）"
               "上午9点 -> 2026-05-06 09:00 ('下周五（5月1日）放假' is not the meeting)."),
    )


# ---------------------------------------------------------------------------------------------
def foxmail_headers(date, frm, to, cc, subject, msgid, guid, charset="GBK", has_attach="no", ver="7.2.25.228[cn]"):
    h = [
        ("Date", date),
        ("From", addr(*frm, charset=charset.lower(), label=charset, quote=True)),
        ("To", addrs(to, charset.lower(), label=charset, quote=True)),
    ]
    if cc:
        h.append(("Cc", addrs(cc, charset.lower(), label=charset, quote=True)))
    h += [
        ("Subject", ew(subject, charset.lower(), label=charset)),
        ("X-Priority", "3"),
        ("X-GUID", guid),
        ("X-Has-Attach", has_attach),
        ("X-Mailer", f"Foxmail {ver}"),
        ("Mime-Version", "1.0"),
        ("Message-ID", msgid),
    ]
    return h


@case
def c8205():
    date = "Wed, 17 Jun 2026 10:15:22 +0800"
    text = """邵部长、桂工：
您好！昨天下午故障分析会的纪要整理如下，请审阅，如有异议请于今日内回复。

一、会议基本情况
时间：2026年6月16日 14:00-16:30
地点：江城地铁信号通信部会议室
参加：江城运营公司 邵建平、桂文斌、龚晨；众信公司 卓凯、易垚

二、故障概况
6月15日早高峰，2号线某站计轴区段出现红光带，影响行车约12分钟。经现场排查，初步判断为计轴板卡故障，与5月份同类故障为同一批次板卡。

三、后续工作
1. 众信技术支持组（卓凯）提交故障分析报告初稿，明天下午3点前。
2. 江城运营公司信号通信部（桂文斌）提供故障时段ATS日志及车载记录仪数据，今天下班前。
3. 众信公司负责更换2号线全线同批次计轴板卡（共6块），48小时内完成，更换期间须安排专人值守。
4. 双方共同编制故障整改闭环报告，节后第一个工作日提交。

四、下次沟通
6月22日（周一）下午2点，线上会议（会议号另发）。

以上，谢谢！

卓凯
华中众信轨道信号技术有限公司  技术支持部
手机：139-0711-2046  电话：027-8765 4321
地址：武汉市东湖新技术开发区光谷大道某号
"""
    body = Multi("alternative", [
        Leaf("text/plain", text, "gbk", "base64", label="GBK"),
        Leaf("text/html", to_html(text, "foxmail"), "gbk", "base64", label="GBK"),
    ], "----=_001_NextPart236416548113_=----")
    h = received_chain("A", "smtp.zhongxin-signal.example.com", "58.49.112.36", date, "4fh4Bq0kNwz9tS",
                       "zhuokai@zhongxin-signal.example.com")
    h += foxmail_headers(date, ("卓凯", "zhuokai@zhongxin-signal.example.com"),
                         [("邵建平", em("邵建平")), ("桂文斌", em("桂文斌"))],
                         [("柯文静", em("柯文静")), ("易垚", "yiyao@zhongxin-signal.example.com"), BOT],
                         "2号线6.15信号故障分析会会议纪要（众信）", "<202606171015222316843@zhongxin-signal.example.com>",
                         "8E5C0A7B-3D41-4F2A-9C6E-12B07F5D3A19")
    items = [
        item("卓凯", "提交故障分析报告初稿", "2026-06-18", "15:00", rule=("tomorrow", "15:00")),
        item("桂文斌", "提供故障时段ATS日志及车载记录仪数据", "2026-06-17", rule=("today",)),
        item(None, "更换2号线全线同批次计轴板卡（共6块）", "2026-06-19", "10:15", dept=None, rule=("hours", 48)),
        item(None, "共同编制故障整改闭环报告", "2026-06-22", dept=None, rule=("after_hol", "Dragon Boat Festival")),
    ]
    return dict(
        num=8205, slug="vendor-minutes-foxmail-gbk-dragon-boat", kind="minutes", org="A",
        client="Foxmail 7.2 (vendor, external From)",
        encoding="multipart/alternative GBK base64 (plain + HTML)",
        eml=build(h, body), items=items, next=followup("2026-06-22", "14:00", ("abs", "2026-06-22", 1, "14:00")),
        summary="4 items (2 no_owner), follow-up 06-22 14:00",
        tests="minutes written by an outside vendor: vendor's own person owns his item; company/双方 -> no_owner; 明天下午3点前; 今天下班前; 48小时内 ending on the Dragon Boat holiday; 节后第一个工作日",
        notes=("Minutes written by the signalling vendor (From 卓凯, external; in the roster as an outsider, department "
               "empty -> null), sent Wed 2026-06-17 10:15:22 +0800. #1 '众信技术支持组（卓凯）' -> the person in brackets, "
               "'明天下午3点前' -> 2026-06-18 15:00. #2 our 桂文斌, '今天下班前' -> 2026-06-17, no time. #3 '众信公司负责' "
               "names a company, not a person and not one of our departments -> owner null, department null, no_owner; "
               "'48小时内' counts clock hours from the Date header -> 2026-06-19 10:15, even though 06-19 is the Dragon "
               "Boat holiday (hour deadlines do not skip holidays). #4 '双方' -> no_owner; '节后第一个工作日' = first "
               "working day after the Dragon Boat block 06-19..06-21 -> Mon 2026-06-22. 下次沟通 6月22日（周一）下午2点 -> "
               "2026-06-22 14:00. '如有异议请于今日内回复' and the signature's phone numbers are not items. The Cc name 易垚 "
               "uses GBK-only 垚 (header and body are labelled GBK)."),
    )


# ---------------------------------------------------------------------------------------------
@case
def c8206():
    date = "Wed, 10 Jun 2026 18:40:51 +0800"
    td = "border:1px solid #000;padding:4px 6px;font-size:14px;"
    rows = [
        ("序号", "工作事项", "责任部门及人员", "完成时限", "备注"),
        ("1", "端午假期客流组织：<br>①编制重点车站客流管控预案<br>②协调公交集团做好末班车接驳",
         "主责：客运部（付红梅）<br>配合：运营调度中心", "①6月15日前<br>②6月17日前", ""),
        ("2", "增开节日夜间加班列车，编制加开运行图", "主责：运营调度中心 柯文静；配合：车辆部、供电部", "6月16日",
         "运行图需报彭总审批"),
        ("3", "节日期间供电设备巡检加密", "供电部", "节前", ""),
        ("4", "报送节日值班表", "各部门", "6月16日前", "报综合办公室熊丽君汇总"),
        ("5", "站厅空调改造（上次会议事项）", "供电部 聂海涛", "已完成", "6月8日完成验收"),
    ]
    trs = ""
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        trs += "<tr>" + "".join(f"<{tag} style=\"{td}\">{c}</{tag}>" for c in r) + "</tr>\n"
    html_body = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\"></head><body>"
                 "<div style=\"font-family:宋体;font-size:14px;line-height:1.7\">"
                 "<div>各部门：</div><div>6月10日下午端午节假期运营保障协调会纪要如下，请按分工抓紧落实。</div><div><br></div>"
                 "<div><b>一、会议情况</b></div><div>时间：6月10日（周三）15:00-16:20&nbsp;&nbsp;地点：公司办公楼五楼会议室"
                 "</div><div>主持：彭建军&nbsp;&nbsp;记录：雷鸣</div><div>参加：付红梅、柯文静、万志刚、聂海涛、严俊、熊丽君"
                 "</div><div><br></div><div><b>二、工作分工</b></div>"
                 "<table border=\"1\" cellspacing=\"0\" cellpadding=\"0\" style=\"border-collapse:collapse;width:900px\">\n"
                 + trs + "</table><div><br></div>"
                 "<div><b>三、会议要求</b></div><div>节日期间各部门严格落实24小时值班和领导带班制度，重要情况第一时间报告。</div>"
                 "<div><br></div><div>下次会议另行通知。</div><div><br></div><div>客运部 雷鸣</div>"
                 "<div>2026年6月10日</div></div></body></html>\n")
    body = Leaf("text/html", html_body, "gbk", "base64", label="GBK")
    h = received_chain("A", "mail.jcmetro.example.cn", "10.20.1.15", date, "4fhD2m5YKcz9tT", em("雷鸣"))
    h += coremail_headers(date, ("雷鸣", em("雷鸣")),
                          [("付红梅", em("付红梅")), ("柯文静", em("柯文静")), ("万志刚", em("万志刚")),
                           ("聂海涛", em("聂海涛")), ("严俊", em("严俊")), ("熊丽君", em("熊丽君"))],
                          [("彭建军", em("彭建军")), BOT],
                          "端午节假期运营保障协调会议纪要",
                          "<2c9e41a7.5d3.19e16f0b2a1.Coremail.leiming@jcmetro.example.cn>", "10.20.6.118")
    items = [
        item("付红梅", "编制重点车站客流管控预案", "2026-06-15", rule=("md", 6, 15)),
        item("付红梅", "协调公交集团做好末班车接驳", "2026-06-17", rule=("md", 6, 17)),
        item("柯文静", "增开节日夜间加班列车，编制加开运行图", "2026-06-16", rule=("md", 6, 16)),
        item(None, "节日期间供电设备巡检加密", "2026-06-18", dept="供电部",
             rule=("before_hol", "Dragon Boat Festival")),
        item(None, "报送节日值班表", "2026-06-16", dept=None, rule=("md", 6, 16)),
    ]
    return dict(
        num=8206, slug="html-only-table-zhuze-peihe-coremail-gbk", kind="minutes", org="A",
        client="Coremail XT5 webmail (HTML only)",
        encoding="single-part text/html GBK base64 (no plain alternative)",
        eml=build(h, body), items=items, next=None,
        summary="5 items (2 no_owner), no follow-up",
        tests="HTML-only table: ①② sub-tasks with ①② dates in one cell; 主责/配合 in one cell (配合 never owner); dept-only and 各部门 rows; 已完成 row; 节前 before Dragon Boat; 下次会议另行通知",
        notes=("HTML-only Coremail minutes (GBK), sent Wed 2026-06-10 18:40 +0800. Row 1 has two sub-tasks ①② in the "
               "事项 cell and two dates ①②in the 时限 cell -> two items, both owned by the 主责 person 付红梅 (客运部), "
               "06-15 and 06-17; 配合：运营调度中心 is support. Row 2: 主责 柯文静, 6月16日 -> 2026-06-16 (the 备注 "
               "'需报彭总审批' is a remark). Row 3 names only 供电部 -> no_owner, department 供电部; '节前' in a 端午 "
               "meeting = last working day before the Dragon Boat holiday (06-19..06-21) = Thu 2026-06-18. Row 4 '各部门' "
               "is no single unit -> owner null, department null, no_owner; 6月16日前 -> 06-16; the remark "
               "'报综合办公室熊丽君汇总' does not make 熊丽君 the owner. Row 5 已完成 -> not an item. 三、会议要求 is a "
               "standing rule. '下次会议另行通知' -> null."),
    )


# ---------------------------------------------------------------------------------------------
@case
def c8207():
    date = "Thu, 30 Apr 2026 18:02:09 +0800"
    text = """您好！

我于5月1日至5月5日休假，5月6日（周三）返岗，期间邮件无法及时回复。
信号通信部日常事务请联系桂文斌（027-8576 3390），2号线信号设备故障请直接拨打调度值班电话027-8576 3000。

谢谢！
邵建平
"""
    body = Leaf("text/plain", text, "utf-8", "base64")
    h = received_chain("A", "mail.jcmetro.example.cn", "10.20.1.15", date, "4fZ7Tt2cQqz9tV", "")
    h += [
        ("Date", date),
        ("From", addr("邵建平", em("邵建平"))),
        ("To", addr(*BOT)),
        ("Subject", ew("自动回复：【纪要确认】关于五一假期客流保障工作专题会议的纪要")),
        ("In-Reply-To", "<mb.8201.r1.6d2f0a@jcmetro.example.cn>"),
        ("References", "<mb.8201.r1.6d2f0a@jcmetro.example.cn>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Autoreply", "yes"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)\n Copyright (c) 2002-2026 www.mailtech.cn jcmetro"),
        ("MIME-Version", "1.0"),
        ("Message-ID", "<5e0c77b2.2f4.19ddf1a0c33.Coremail.shaojianping@jcmetro.example.cn>"),
        ("X-Coremail-Locale", "zh_CN"),
    ]
    return dict(
        num=8207, slug="auto-ooo-coremail-labour-day", kind="auto", org="A",
        client="Coremail auto-reply (假期自动回复)",
        encoding="text/plain UTF-8 base64; Return-Path <>",
        eml=build(h, body), items=[], next=None,
        summary="auto, no items",
        tests="out-of-office before Labour Day replying to the bot's recap: Auto-Submitted: auto-replied, empty Return-Path; dates and a delegate in the body",
        notes=("Coremail holiday auto-reply from 邵建平 to the bot's recap of 8201, sent Thu 2026-04-30 18:02 +0800. "
               "Auto-Submitted: auto-replied, X-Autoreply: yes, Return-Path <> and the '自动回复：' subject mark it as "
               "machine-written -> kind auto. Its dates (5月1日至5月5日, 5月6日返岗) and the delegate 桂文斌 are neither "
               "items nor commands; the bot must not answer it."),
    )


# ---------------------------------------------------------------------------------------------
@case
def c8208():
    date = "Mon, 11 May 2026 08:52:30 +0800"
    text = """早会要点（5月11日）

【喻工】
1. 0215车架修后静调试验报告，周四前交我
2. 转向架返修件到货情况跟厂家盯紧，到货时间待定，有消息随时报

【仓储主管詹志远】
1. 空调滤网、门控器备件补货，5月20日前到库
2. 上周六盘点差异说明——已交，不用再弄

【我】
1. 跟集团沟通架修委外合同条款，本月底

下周一早上8:30还是这个会，地点不变。

发自网易邮箱大师
"""
    body = Leaf("text/plain", text, "utf-8", "base64")
    h = received_chain("A", "mail.jcmetro.example.cn", "10.20.1.15", date, "4fbRk81zG5z9tW", em("万志刚"))
    h += [
        ("Date", date),
        ("From", addr("万志刚", em("万志刚"))),
        ("To", addrs([("喻晓峰", em("喻晓峰")), ("詹志远", em("詹志远"))])),
        ("Cc", addrs([("鲁卫东", em("鲁卫东")), BOT])),
        ("Subject", ew("车辆部周一早会要点 5.11")),
        ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)\n Copyright (c) 2002-2026 www.mailtech.cn jcmetro"),
        ("X-Originating-IP", "[117.136.52.18]"),
        ("MIME-Version", "1.0"),
        ("Message-ID", "<1b7e2c40.81a.19e1d0f3a52.Coremail.wanzhigang@jcmetro.example.cn>"),
        ("X-Coremail-Locale", "zh_CN"),
        ("X-NTES-SC", "AL_Qu2cAf6ZvE4o4yWQbekXnk4Sg+o3W8S4v/4n3IBTN5RwnSHx2Ss8dnxvGXrE/8TnCiSJmYQl4XGVI="),
    ]
    items = [
        item("喻晓峰", "0215车架修后静调试验报告", "2026-05-14", rule=("wd", 4)),
        item("喻晓峰", "跟厂家盯紧转向架返修件到货情况", None, flags=["vague_due"], rule=("vague",),
             anchor="转向架返修件到货情况跟厂家盯紧"),
        item("詹志远", "空调滤网、门控器备件补货", "2026-05-20", rule=("md", 5, 20)),
        item("万志刚", "跟集团沟通架修委外合同条款", "2026-05-31", rule=("month_end",)),
    ]
    return dict(
        num=8208, slug="grouped-by-person-mailmaster", kind="minutes", org="A",
        client="网易邮箱大师 (phone) on the Coremail account",
        encoding="text/plain UTF-8 base64 only",
        eml=build(h, body), items=items, next=followup("2026-05-18", "08:30", ("next_wd", 1, "08:30")),
        summary="4 items (1 vague), follow-up 05-18 08:30",
        tests="minutes grouped by person (【喻工】【仓储主管詹志远】【我】); 【我】 = the sender; done line skipped; 周四前, 待定, 本月底; next meeting as a sentence '下周一早上8:30还是这个会'",
        notes=("Short phone minutes from 万志刚 (网易邮箱大师 signature), sent Mon 2026-05-11 08:52 +0800, grouped by "
               "person. 【喻工】 = 喻晓峰 (alias): '周四前' -> Thu 2026-05-14; the second line has '到货时间待定' -> "
               "due null, vague_due. 【仓储主管詹志远】: role + name -> 詹志远 (物资设备部), 5月20日前 -> 05-20; his "
               "second line '已交，不用再弄' is done -> not an item. 【我】 = the sender 万志刚: '本月底' -> 2026-05-31. "
               "Next: '下周一早上8:30还是这个会' -> Mon 2026-05-18 08:30."),
    )


# ---------------------------------------------------------------------------------------------
@case
def c8209():
    date = "Tue, 16 Jun 2026 14:20:47 +0800"
    text = """严部长：
24号下午客运部要参加市交通运输局的端午运输总结会，我和雷鸣都走不开。分析会能否调整到25号（周四）上午？如果时间不好调，我们派雷鸣参加，汇报材料23号前照常报你们。

付红梅


-----原始邮件-----
发件人:"严俊" <yanjun@jcmetro.example.cn>
发送时间:2026-06-16 10:05:12 (星期二)
收件人: 付红梅 <fuhongmei@jcmetro.example.cn>, 万志刚 <wanzhigang@jcmetro.example.cn>, 聂海涛 <niehaitao@jcmetro.example.cn>, 邵建平 <shaojianping@jcmetro.example.cn>, 柯文静 <kewenjing@jcmetro.example.cn>, 鲁卫东 <luweidong@jcmetro.example.cn>
抄送: 彭建军 <pengjianjun@jcmetro.example.cn>, 纪要助手 <minutes@jcmetro.example.cn>
主题: 关于召开二季度安全生产分析会的通知

各部门：
公司定于6月24日（周三）下午2:30在调度中心三楼会议室召开二季度安全生产分析会，请各部门主要负责人参加。
请各部门于6月23日前将二季度安全生产情况汇报材料（不超过2页）报安全监察部。
如需调整参会人员，请提前告知。

安全监察部
严俊
"""
    body = Multi("alternative", [
        Leaf("text/plain", text, "utf-8", "base64"),
        Leaf("text/html", to_html(text, "div"), "utf-8", "base64"),
    ], "----=_Part_471120_882901554.1781590847410")
    h = received_chain("A", "mail.jcmetro.example.cn", "10.20.1.15", date, "4fhq5B3gWSz9tX", em("付红梅"))
    h += coremail_headers(date, ("付红梅", em("付红梅")), [("严俊", em("严俊"))],
                          [("彭建军", em("彭建军")), BOT], "回复：关于召开二季度安全生产分析会的通知",
                          "<7d5a90c1.4e2.19e17a3b0f6.Coremail.fuhongmei@jcmetro.example.cn>", "10.20.5.27",
                          extra=[("In-Reply-To", "<3a8c1f02.3b9.19e16c8e7d1.Coremail.yanjun@jcmetro.example.cn>"),
                                 ("References", "<3a8c1f02.3b9.19e16c8e7d1.Coremail.yanjun@jcmetro.example.cn>")])
    return dict(
        num=8209, slug="other-meeting-notice-reschedule-coremail", kind="other", org="A",
        client="Coremail XT5 webmail reply (-----原始邮件----- quote)",
        encoding="multipart/alternative UTF-8 base64",
        eml=build(h, body), items=[], next=None,
        summary="other, no items",
        tests="a person's reply asking to move a meeting, quoting the meeting notice (date, time, '6月23日前报送'): no minutes, not a reply to the bot",
        notes=("付红梅 replies to a meeting notice (通知, not minutes) from 严俊 asking to move the Q2 safety analysis meeting; "
               "the notice had the bot in Cc, so the reply does too. Sent Tue 2026-06-16 14:20 +0800. Nothing here is a "
               "recorded decision or an assigned item: the notice's '6月23日前…报安全监察部' is a request in an invitation "
               "and the meeting time is not a minutes' next_followup. Not a reply to a bot recap either -> kind other, "
               "no items, next_followup null."),
    )


# ---------------------------------------------------------------------------------------------
@case
def c8210():
    date = "Tue, 16 Jun 2026 17:10:26 +0800"
    text = """客运部站务协调会纪要

时间：6月16日（周二）15:00-16:00
地点：客运部会议室
参会：付红梅、雷鸣、各站站长
记录：雷鸣

议定事项：
1. 雷鸣：汇总各站端午期间安检人员缺口，明天下午3点前报付部长。
2. 付部长：与安检公司协商节日增派安检人员，3个工作日内落实。
3. 客运部会同信号通信部：排查3座换乘站PIS屏显示异常，节后第一个工作日完成。
4. 各站：节日期间单程票备票量增加30%，尽快落实。

其他：节日期间站长24小时值守，有事随时电话。

下周三同一时间再碰一次，看节日运行情况。

雷鸣
客运部
"""
    html_body = to_html(text, "div")
    body = Multi("alternative", [
        Leaf("text/plain", text, "utf-8", "base64"),
        Leaf("text/html", html_body, "utf-8", "base64"),
    ], "----=_NextPart_6A1B2C3D_4E5F6A7B_12C8D9E0")
    h = received_chain("A", "smtpbg.exmail.example.net", "203.205.250.61", date, "4fhr0Q5fJ1z9tY", em("雷鸣"))
    h += [
        ("X-QQ-mid", "bizesmtp7t1781601026tq8v2kd1"),
        ("From", addr("雷鸣", em("雷鸣"), quote=True)),
        ("To", addrs([("付红梅", em("付红梅"))], quote=True)),
        ("Cc", addrs([("邵建平", em("邵建平")), BOT], quote=True)),
        ("Subject", ew("客运部站务协调会纪要（6月16日）")),
        ("Mime-Version", "1.0"),
        ("Date", date),
        ("X-Priority", "3"),
        ("Message-ID", "<tencent_9C3D51E0A7B24F68D10E5A2B@qq.com>"),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "WeCom Mail"),
        ("X-QQ-Mailer", "QQMail 2.x"),
        ("Feedback-ID", "bizesmtp:jcmetro.example.cn:qybglogicsvrgz:qybglogicsvrgz5a-0"),
    ]
    items = [
        item("雷鸣", "汇总各站端午期间安检人员缺口，报付部长", "2026-06-17", "15:00", rule=("tomorrow", "15:00"),
             anchor="汇总各站端午期间安检人员缺口"),
        item("付红梅", "与安检公司协商节日增派安检人员", "2026-06-22", rule=("wdays", 3)),
        item(None, "排查3座换乘站PIS屏显示异常", "2026-06-22", dept="客运部",
             rule=("after_hol", "Dragon Boat Festival")),
        item(None, "节日期间单程票备票量增加30%", None, flags=["vague_due"], dept=None, rule=("vague",)),
    ]
    return dict(
        num=8210, slug="station-meeting-wecom-same-time-next-wed", kind="minutes", org="A",
        client="企业微信 mail (Exmail engine)",
        encoding="multipart/alternative UTF-8 base64",
        eml=build(h, body), items=items, next=followup("2026-06-24", "15:00", ("next_wd", 3, "15:00")),
        summary="4 items (2 no_owner, 1 vague), follow-up 06-24 15:00",
        tests="明天下午3点前; 3个工作日内 across the Dragon Boat holiday; '客运部会同信号通信部' dept-only; '各站' no unit; next meeting as '下周三同一时间再碰一次' (time from the meeting header)",
        notes=("Station meeting minutes sent Tue 2026-06-16 17:10 +0800. #1 雷鸣, '明天下午3点前' -> 2026-06-17 15:00. "
               "#2 付部长 = 付红梅; '3个工作日内' from Wed 06-17: 06-17 (1), 06-18 (2), 06-19..06-21 Dragon Boat holiday, "
               "06-22 (3) -> 2026-06-22. #3 '客运部会同信号通信部' names units only -> owner null, no_owner; AMBIGUOUS "
               "department: '会同' makes the first unit the lead, so department 客运部 (null would also be defensible); "
               "'节后第一个工作日' -> Mon 2026-06-22. #4 '各站' is no single unit -> "
               "department null, no_owner; '尽快' -> vague_due. '其他' line is a standing rule. Next: '下周三同一时间再碰一次' "
               "= Wednesday of next week at the meeting's start time (时间：15:00-16:00) -> 2026-06-24 15:00."),
    )

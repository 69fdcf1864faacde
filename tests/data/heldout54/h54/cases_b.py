"""Org B: 绥化市北垦飞防植保专业合作社 (drone crop-protection co-operative, Suihua), bkfeifang.example.cn."""
import datetime as dt

from .common import (ORGS, Leaf, Multi, addr, addrs, build, em, esc, ew, followup, item, make_docx,
                     received_chain, to_html)

O = ORGS["B"]
BOT = ("合作社纪要助手", O["bot"])
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def exmail_headers(date, frm, to, cc, subject, msgid, mid, charset="utf-8", label=None, xmailer="QQMail 2.x"):
    h = [("X-QQ-mid", mid), ("From", addr(*frm, charset=charset, label=label)),
         ("To", addrs(to, charset, label=label))]
    if cc:
        h.append(("Cc", addrs(cc, charset, label=label)))
    h += [
        ("Subject", ew(subject, charset, label=label)),
        ("Mime-Version", "1.0"),
        ("Date", date),
        ("X-Priority", "3"),
        ("Message-ID", msgid),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", xmailer),
        ("X-QQ-Mailer", "QQMail 2.x"),
        ("Feedback-ID", "bizesmtp:bkfeifang.example.cn:qybglogicsvrgz:qybglogicsvrgz7a-0"),
    ]
    return h


# ---------------------------------------------------------------------------------------------
@case
def c8211():
    date = "Thu, 9 Apr 2026 20:36:18 +0800"
    text = """各位：
今天下午春季作业准备会的纪要如下，大家看一下，有出入的跟我说。

时间：4月9日 14:00
地点：合作社办公室
参加：于长海、刘大鹏、隋宝林、孟凡旭、白雪、关淑芬

一、于理事长通报了今年飞防作业计划：预计承接大豆、玉米田飞防作业12万亩，比去年增加2万亩，其中统防统治订单约5万亩。

二、会议确定的事项：
1、12架植保无人机春检（电池、喷头、流量计逐台过一遍），负责人：隋宝林，4月20日前完成。
2、与北林区农技中心对接今年统防统治面积，负责人：于长海，下周二前。
3、飞手复训和考核，负责人：刘大鹏，4月底前。
4、除草剂助剂采购，负责人：关淑芬，尽快。
5、在社员群发布作业报名通知，负责人：白雪，明天。

三、下次会议：4月16日（周四）晚上7点，还在办公室。

关淑芬
北垦飞防植保专业合作社 财务室
电话：0455-833 2107
"""
    body = Multi("alternative", [
        Leaf("text/plain", text, "gb18030", "base64"),
        Leaf("text/html", to_html(text, "div"), "gb18030", "base64"),
    ], "----=_NextPart_69D79E52_0B1A4C38_3F6D1E27")
    h = received_chain("B", "smtpbg.exmail.example.net", "203.205.250.62", date, "4fWkZ02L7Rz1xA", em("关淑芬"))
    h += exmail_headers(date, ("关淑芬", em("关淑芬")),
                        [("于长海", em("于长海")), ("刘大鹏", em("刘大鹏")), ("隋宝林", em("隋宝林")),
                         ("孟凡旭", em("孟凡旭")), ("白雪", em("白雪"))], [BOT],
                        "4月9日春季作业准备会纪要", "<tencent_3E7A90D1C25B4F08A1E6D3B2@qq.com>",
                        "bizesmtp3t1775738178tk2wq9e0", "gb18030")
    items = [
        item("隋宝林", "植保无人机春检（电池、喷头、流量计逐台过一遍）", "2026-04-20", rule=("md", 4, 20),
             anchor="植保无人机春检"),
        item("于长海", "与北林区农技中心对接今年统防统治面积", "2026-04-14", rule=("next_wd", 2)),
        item("刘大鹏", "飞手复训和考核", "2026-04-30", rule=("month_end",)),
        item("关淑芬", "除草剂助剂采购", None, flags=["vague_due"], rule=("vague",)),
        item("白雪", "在社员群发布作业报名通知", "2026-04-10", rule=("tomorrow",)),
    ]
    return dict(
        num=8211, slug="coop-plain-minutes-exmail-gb18030", kind="minutes", org="B",
        client="Tencent Exmail web",
        encoding="multipart/alternative gb18030 base64",
        eml=build(h, body), items=items, next=followup("2026-04-16", "19:00", ("abs", "2026-04-16", 4, "19:00")),
        summary="5 items (1 vague), follow-up 04-16 19:00",
        tests="plain everyday minutes: '负责人：X，<deadline>' lines; 下周二前, 4月底前, 尽快, 明天; 晚上7点 -> 19:00",
        notes=("Plain co-operative minutes (Exmail, gb18030), sent Thu 2026-04-09 20:36 +0800 after the Qingming "
               "holiday. Items 1-5 under 二、会议确定的事项, each '负责人：X，deadline'. 4月20日前 -> 2026-04-20; 下周二前 -> "
               "Tue 2026-04-14; 4月底前 -> 2026-04-30; 尽快 -> vague_due; 明天 -> 2026-04-10. 一 is a report (通报). "
               "下次会议 4月16日（周四）晚上7点 -> 2026-04-16 19:00."),
    )


# ---------------------------------------------------------------------------------------------
@case
def c8212():
    date = "Sat, 9 May 2026 16:48:03 +0800 (CST)"
    text = """于理事长、各位：
今天上午在“北垦飞防工作群”里对了一下大豆田二遍除草的安排，聊天记录贴在下面，最后是我整理的分工，请大家确认。

----- 聊天记录 -----
于长海 09:02
五一前到的那批除草剂够不够东片用？
刘大鹏 09:05
够，库房还有60件
孟凡旭 09:11
我明天去东片地里看看苗情，周一前把用药建议发群里
于长海 09:12
行。大鹏你排一下机组，分片
刘大鹏 09:15
3个机组，我这两天排出来
关淑芬 09:20
作业确认单我周末打印，下周跟农户签，15号前签完
隋宝林 09:31
2号机、7号机喷头磨了，得换，我尽快弄
于长海 09:33
好，就这么定
----- 聊天记录结束 -----

整理如下：
1. 孟凡旭：东片大豆田苗情踏查，出用药建议，下周一前
2. 刘大鹏：排3个机组的分片作业计划，3个工作日内
3. 关淑芬：与合作农户签作业确认单，5月15日前
4. 隋宝林：2号、7号机更换喷头，尽快

孟凡旭
"""
    body = Multi("alternative", [
        Leaf("text/plain", text, "gbk", "base64", label="GBK"),
        Leaf("text/html", to_html(text, "div"), "gbk", "base64", label="GBK"),
    ], "----=_Part_228816_1320441766.1778316483104")
    frm = ("孟凡旭", "xiaomeng_zhibao@163.example.com")
    h = received_chain("B", "m16-163.example.com", "220.181.12.18", date, "4fbPX53rcDz1xB", frm[1])
    h += [
        ("Date", date),
        ("From", addr(*frm, charset="gbk", label="GBK")),
        ("To", addrs([("于长海", em("于长海")), ("刘大鹏", em("刘大鹏")), ("关淑芬", em("关淑芬")),
                      ("隋宝林", em("隋宝林"))], "gbk", label="GBK")),
        ("Cc", addrs([BOT], "gbk", label="GBK")),
        ("Subject", ew("二遍除草安排（群聊整理）", "gbk", label="GBK")),
        ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)\n Copyright (c) 2002-2026 www.mailtech.cn 163com"),
        ("X-NTES-SC", "AL_Qu2cAfqYv00p5yKRYOkfmUsWh+0/W8W2s/4v1YJUN5N9jCLt2S0Gd1p+PGXT/8OtDiSrmYQn6Aa4Uy="),
        ("MIME-Version", "1.0"),
        ("Message-ID", "<6c3f0a5e.7b12.19e0c6d3a41.Coremail.xiaomeng_zhibao@163.example.com>"),
        ("X-Coremail-Locale", "zh_CN"),
        ("X-CM-TRANSID", "_____wD3XwGzfB5qCIkTAA--.48211S2"),
        ("X-Originating-IP", "[221.208.97.14]"),
    ]
    items = [
        item("孟凡旭", "东片大豆田苗情踏查，出用药建议", "2026-05-11", rule=("next_wd", 1)),
        item("刘大鹏", "排3个机组的分片作业计划", "2026-05-13", rule=("wdays", 3)),
        item("关淑芬", "与合作农户签作业确认单", "2026-05-15", rule=("md", 5, 15)),
        item("隋宝林", "2号、7号机更换喷头", None, flags=["vague_due"], rule=("vague",)),
    ]
    return dict(
        num=8212, slug="chat-paste-163-makeup-saturday", kind="minutes", org="B",
        client="163.com webmail (personal address)",
        encoding="multipart/alternative GBK base64; Date with '(CST)' comment",
        eml=build(h, body), items=items, next=None,
        summary="4 items (1 vague), no follow-up",
        tests="WeChat group chat pasted into the mail (chat lines restate the tasks and are not items) + the sender's summary list; sent on the 05-09 make-up Saturday: 下周一前, 3个工作日内",
        notes=("Sent Sat 2026-05-09 16:48 +0800, the Labour Day make-up working day, from 孟凡旭's personal 163 address "
               "(owners still get their roster addresses). The pasted 聊天记录 restates the same tasks in chat words "
               "('周一前', '这两天', '15号前', '我尽快弄'): not items; only the '整理如下' list counts (4 items, in its "
               "order). 下周一前 -> Mon 2026-05-11. 3个工作日内 counts from the day after sending: Sun 05-10 rest, Mon 05-11 "
               "(1), Tue 05-12 (2), Wed 05-13 (3) -> 2026-05-13. 5月15日前 -> 05-15. 尽快 -> vague_due. No next meeting."),
    )


# ---------------------------------------------------------------------------------------------
@case
def c8213():
    date = "Tue, 2 Jun 2026 15:30:44 +0800"
    text = """各乡镇农业站、各飞防服务组织：
现将6月1日调度会议纪要印发如下，请抓好落实。

北林区2026年大豆田病虫草害统防统治调度会议纪要

6月1日上午，区农业技术推广中心在中心二楼会议室召开大豆田病虫草害统防统治调度会议。中心荆海波站长主持会议，各乡镇农业站、北垦飞防植保专业合作社等5家飞防服务组织负责人参加。会议通报了前期苗情和病虫草害发生情况，对统防统治作业进行了部署。会议议定如下：

（一）各飞防服务组织于6月5日前将作业机具、飞手信息报中心植保站备案。
（二）北垦飞防植保专业合作社（于长海）承担东片3万亩大豆田统防统治作业，6月10日前完成首遍作业。
（三）中心植保站（荆海波）负责药效试验田设置和防效调查，6月20日前形成调查报告。
（四）各乡镇农业站组织辖区种植大户参加飞防作业现场观摩会，具体时间待定。
（五）会议强调，作业期间严禁使用国家禁限用农药，严格落实安全间隔期规定。

下次调度会：6月9日（周二）上午9:00，中心二楼会议室。

北林区农业技术推广中心
2026年6月2日

联系人：曲晓东  电话：0455-822 6031
"""
    body = Multi("alternative", [
        Leaf("text/plain", text, "gb2312", "base64"),
        Leaf("text/html", to_html(text, "div", "仿宋"), "gb2312", "base64"),
    ], "----=_Part_95318_740192215.1780385444917")
    frm = ("曲晓东", em("曲晓东"))
    h = received_chain("B", "mail.nongji-beilin.example.gov.cn", "218.8.51.77", date, "4fdKm62XQhz1xC", frm[1])
    h += [
        ("Date", date),
        ("From", addr(*frm, charset="gb2312")),
        ("To", addrs([("于长海", em("于长海")), ("东津镇农业站", "dongjin_nyz@nongji-beilin.example.gov.cn"),
                      ("兴福镇农业站", "xingfu_nyz@nongji-beilin.example.gov.cn")], "gb2312")),
        ("Cc", addrs([("荆海波", "jinghaibo@nongji-beilin.example.gov.cn"), BOT], "gb2312")),
        ("Subject", ew("北林区2026年大豆田病虫草害统防统治调度会议纪要", "gb2312")),
        ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.13 build 20230612(5d3ba8c9)\n Copyright (c) 2002-2026 www.mailtech.cn gov"),
        ("MIME-Version", "1.0"),
        ("Message-ID", "<3d91b7e2.1a6.19e8f0c2b77.Coremail.quxiaodong@nongji-beilin.example.gov.cn>"),
        ("X-Coremail-Locale", "zh_CN"),
        ("X-Originating-IP", "[10.122.4.30]"),
    ]
    items = [
        item(None, "将作业机具、飞手信息报中心植保站备案", "2026-06-05", dept=None, rule=("md", 6, 5)),
        item("于长海", "承担东片3万亩大豆田统防统治作业，完成首遍作业", "2026-06-10", rule=("md", 6, 10),
             anchor="承担东片3万亩大豆田统防统治作业"),
        item("荆海波", "药效试验田设置和防效调查，形成调查报告", "2026-06-20", rule=("md", 6, 20),
             email="jinghaibo@nongji-beilin.example.gov.cn", anchor="负责药效试验田设置和防效调查"),
        item(None, "组织辖区种植大户参加飞防作业现场观摩会", None, flags=["vague_due"], dept=None, rule=("vague",)),
    ]
    return dict(
        num=8213, slug="gov-extension-centre-minutes-gb2312", kind="minutes", org="B",
        client="Coremail (government mailbox), external From",
        encoding="multipart/alternative gb2312 base64",
        eml=build(h, body), items=items, next=followup("2026-06-09", "09:00", ("abs", "2026-06-09", 2, "09:00")),
        summary="4 items (2 no_owner, 1 vague), follow-up 06-09 09:00",
        tests="government 调度会议纪要 from an outside office: （一）…（五）; 'unit（person）' owners incl. an outsider resolved from Cc; 各…组织/各乡镇 -> no_owner; a date on a holiday Saturday kept; 待定",
        notes=("Minutes of the district agricultural extension centre (an outside government office; From 曲晓东, in "
               "the roster as an outsider), sent Tue 2026-06-02 15:30 +0800 to the co-op's bot address among others. "
               "（一） '各飞防服务组织' -> no single owner, not our department -> owner null, department null, no_owner; "
               "6月5日前 -> 2026-06-05. （二） 合作社（于长海） -> 于长海 (理事会), 6月10日前 -> 06-10. （三） 中心植保站"
               "（荆海波） -> 荆海波, not in the roster, address from the Cc display name, department null; 6月20日前 -> "
               "2026-06-20 (a Saturday inside the Dragon Boat holiday; an explicit date is kept as written). （四） "
               "各乡镇农业站 -> no_owner, '具体时间待定' -> vague_due. （五） 会议强调 is a standing rule. 下次调度会 "
               "6月9日（周二）上午9:00 -> 2026-06-09 09:00."),
    )


# ---------------------------------------------------------------------------------------------
DOCX_8214 = [
    ("h", "北垦飞防植保专业合作社 5月社员代表大会纪要"),
    ("p", "时间：2026年5月26日（周二）19:00    地点：合作社办公室"),
    ("p", "主持：于长海    记录：关淑芬"),
    ("p", "参加：社员代表23人，理事会成员5人"),
    ("p", "一、会议决定"),
    ("p", "1. 今年大豆田飞防作业单价维持每亩8元不变。"),
    ("p", "2. 新购2架植保无人机，费用从公积金列支。"),
    ("p", "二、待办事项"),
    ("table", [["序号", "事项", "负责人", "完成时间"],
               ["1", "夏季作业队人员意外险续保", "关淑芬", "6月1日前"],
               ["2", "新购2架无人机登记及飞手执照挂靠", "刘大鹏", "6月5日"],
               ["3", "秸秆还田补贴申报材料准备", "于长海", "月底前"],
               ["4", "机库防汛检查（屋顶、排水沟）", "隋宝林", "下周一"],
               ["5", "4月作业款结算", "白雪", "已完成"]]),
    ("p", "三、下次会议：6月下旬，时间另定。"),
]


@case
def c8214():
    date = "Wed, 27 May 2026 20:13:41 +0800"
    docx = make_docx(DOCX_8214, "关淑芬", dt.datetime(2026, 5, 27, 11, 40, 0), "5月社员代表大会纪要")
    body = Multi("mixed", [
        Leaf("text/plain", "各位社员代表：\n5月社员代表大会纪要见附件，请查收，有问题找我。\n", "utf-8", "quoted-printable"),
        Leaf("application/vnd.openxmlformats-officedocument.wordprocessingml.document", data=docx, cte="base64",
             filename="5月社员代表大会纪要.docx", disposition="attachment"),
        Leaf("text/plain", "\n\n发自我的iPhone\n", "utf-8", "quoted-printable"),
    ], "Apple-Mail-6F0D2B1A-93C4-4E7B-A51D-2C8E7F3B9D04")
    frm = ("关淑芬", em("关淑芬"))
    h = received_chain("B", "smtpbg.exmail.example.net", "203.205.250.62", date, "4fcHh91Tq2z1xD", frm[1])
    h += [
        ("Content-Transfer-Encoding", "7bit"),
        ("From", addr(*frm)),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", date),
        ("Subject", ew("5月社员代表大会纪要")),
        ("Message-Id", "<4B8E1D2C-7A3F-4C90-B6E5-0D2F9A1C7E35@bkfeifang.example.cn>"),
        ("To", addrs([("于长海", em("于长海")), ("刘大鹏", em("刘大鹏")), ("隋宝林", em("隋宝林")),
                      ("白雪", em("白雪")), ("孟凡旭", em("孟凡旭"))])),
        ("Cc", addrs([BOT])),
        ("X-Mailer", "iPhone Mail (23E246)"),
    ]
    items = [
        item("关淑芬", "夏季作业队人员意外险续保", "2026-06-01", rule=("md", 6, 1)),
        item("刘大鹏", "新购2架无人机登记及飞手执照挂靠", "2026-06-05", rule=("md", 6, 5)),
        item("于长海", "秸秆还田补贴申报材料准备", "2026-05-31", rule=("month_end",)),
        item("隋宝林", "机库防汛检查（屋顶、排水沟）", "2026-06-01", rule=("next_wd", 1)),
    ]
    return dict(
        num=8214, slug="docx-attachment-iphone", kind="minutes", org="B",
        client="iPhone Mail (iOS) with the Exmail account",
        encoding="multipart/mixed: text/plain UTF-8 QP + .docx (base64, RFC 2231 filename) + trailing '发自我的iPhone' part",
        eml=build(h, body), items=items, next=None,
        summary="4 items from the .docx, no follow-up",
        tests="minutes only in a Word attachment (real .docx with a 待办 table) and a two-line body; 月底前, 下周一; done row; '6月下旬，时间另定' is no follow-up",
        attach_text="\n".join(v if isinstance(v, str) else "\n".join("\t".join(r) for r in v) for _, v in DOCX_8214),
        notes=("The body only says the minutes are attached; everything is in 5月社员代表大会纪要.docx (a real Word file "
               "with a 待办事项 table). Sent Wed 2026-05-27 20:13 +0800 from an iPhone. Rows 1-4: 关淑芬 6月1日前 -> "
               "2026-06-01; 刘大鹏 6月5日 -> 06-05; 于长海 月底前 -> 2026-05-31; 隋宝林 下周一 -> Mon 2026-06-01 (next "
               "calendar week from the Date header; the meeting on Tue 05-26 was in the same week, so both readings "
               "agree). Row 5 已完成 -> not an item. 会议决定 (单价, 新购无人机) are decisions. '下次会议：6月下旬，时间另定' "
               "has no date -> next_followup null."),
    )


# ---------------------------------------------------------------------------------------------
@case
def c8215():
    date = "Fri, 5 Jun 2026 10:00:12 +0800"
    html_body = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>翼农植保资讯 6月刊</title></head>
<body style="margin:0;background:#f3f5f2"><table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'Microsoft YaHei',Arial;font-size:14px;color:#333">
<tr><td style="background:#2e7d32;color:#fff;padding:18px 24px;font-size:20px">翼农植保资讯 · 2026年6月刊</td></tr>
<tr><td style="padding:20px 24px;line-height:1.8">
<p>尊敬的飞防服务组织用户：</p>
<p>夏季飞防作业高峰即将到来，翼农黑龙江服务站提醒您做好以下工作：</p>
<p>① 6月10日前完成机具年检预约（负责人：各地服务站）；<br>
② 端午假期（6月19日—21日）服务站正常值班，维修热线24小时在线；<br>
③ 高温时段（11:00—15:00）暂停喷洒作业，防止药液蒸发和飞手中暑；<br>
④ 新版飞控固件V5.2将于6月15日推送，升级前请备份作业数据。</p>
<p>本月特惠：电池以旧换新补贴每块300元，活动截至6月30日。</p>
<p style="color:#888;font-size:12px">您收到此邮件是因为您订阅了翼农植保资讯。<a href="https://edm.yinong-uav.example.com/u/7Q2kX9">退订</a></p>
</td></tr></table></body></html>
"""
    plain = """翼农植保资讯 · 2026年6月刊

尊敬的飞防服务组织用户：
夏季飞防作业高峰即将到来，翼农黑龙江服务站提醒您做好以下工作：
① 6月10日前完成机具年检预约（负责人：各地服务站）；
② 端午假期（6月19日—21日）服务站正常值班，维修热线24小时在线；
③ 高温时段（11:00—15:00）暂停喷洒作业，防止药液蒸发和飞手中暑；
④ 新版飞控固件V5.2将于6月15日推送，升级前请备份作业数据。

本月特惠：电池以旧换新补贴每块300元，活动截至6月30日。

您收到此邮件是因为您订阅了翼农植保资讯。退订：https://edm.yinong-uav.example.com/u/7Q2kX9
"""
    body = Multi("alternative", [
        Leaf("text/plain", plain, "utf-8", "quoted-printable"),
        Leaf("text/html", html_body, "utf-8", "quoted-printable"),
    ], "=_edm_b7c41e0a92f3d5")
    env = "bounce-7Q2kX9-minutes=bkfeifang.example.cn@edm.yinong-uav.example.com"
    h = received_chain("B", "edm-out3.yinong-uav.example.com", "47.104.18.203", date, "4fcm8S0vNbz1xE", env)
    h += [
        ("DKIM-Signature", "v=1; a=rsa-sha256; c=relaxed/relaxed; d=edm.yinong-uav.example.com; s=edm;\n\tt=1780624812; "
                           "h=from:to:subject:date:message-id:list-unsubscribe;\n\tbh=Xq3R0n2i0eK4Yk1f0g8m6Zb0Yl9dCq7uP3oF2s1aT4w=;\n\t"
                           "b=Zt2Xc8rWm0Qv4Nk7yJp1Ls6Hd9Bf3Gx5Ue2Ya0Ri8To1Wq4Ep7Mn3Kb6Vc9Jh2Sd5Lf0Ag8Pz1"),
        ("From", addr("翼农植保服务", "news@edm.yinong-uav.example.com")),
        ("To", addr(*BOT)),
        ("Subject", ew("【翼农植保资讯】6月刊：夏季飞防作业安全提示")),
        ("Date", date),
        ("Message-ID", "<20260605020012.7Q2kX9.31887@edm.yinong-uav.example.com>"),
        ("MIME-Version", "1.0"),
        ("Precedence", "bulk"),
        ("List-Id", "=?utf-8?B?57+85Yac5qSN5L+d6LWE6K6v?= <yinong-news.edm.yinong-uav.example.com>"),
        ("List-Unsubscribe", "<https://edm.yinong-uav.example.com/u/7Q2kX9>,\n <mailto:unsub-7Q2kX9@edm.yinong-uav.example.com>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("X-Mailer", "EDM Sender 4.2"),
        ("X-Campaign-ID", "yn-2026-06-news"),
    ]
    return dict(
        num=8215, slug="auto-dealer-newsletter-bulk", kind="auto", org="B",
        client="bulk mail system of a drone dealer (EDM)",
        encoding="multipart/alternative UTF-8 quoted-printable",
        eml=build(h, body), items=[], next=None,
        summary="auto, no items",
        tests="subscribed dealer newsletter (Precedence: bulk, List-Id, List-Unsubscribe one-click) whose body imitates a to-do list (①②, '6月10日前', '负责人：')",
        notes=("Monthly newsletter of the drone dealer, sent Fri 2026-06-05 10:00 +0800 to the co-op's contact address "
               "(the bot). Precedence: bulk, List-Id, List-Unsubscribe (+Post one-click), a VERP bounce Return-Path: "
               "bulk mail no person wrote -> kind auto. The ①②③④ lines with '6月10日前', '负责人：各地服务站' and holiday "
               "dates are marketing text, not items; no follow-up."),
    )


# ---------------------------------------------------------------------------------------------
@case
def c8216():
    date = "Mon, 22 Jun 2026 21:40:09 +0800"
    text = """今晚周会说的几件事：

1. 隋宝林负责把3号、5号机的电机全部拆检，
更换磨损的轴承，周四之前弄完。
2. 孟凡旭出一份玉米田粘虫防治的药剂配比表，
发给各机组长，明天中午前。
3. 白雪对接东片农户作业款结算，6月30日前
全部结清。
4. 组织一次作业安全培训，全体飞手参加，我来
组织，时间再定。

另外端午这三天东片作业没停，辛苦大家，加班补贴按老规矩月底一起发。

下次开会：
下周一（6月29日）
晚上7点半，还在机库。

大鹏
"""
    body = Multi("alternative", [
        Leaf("text/plain", text, "gb18030", "base64"),
        Leaf("text/html", to_html(text, "div"), "gb18030", "base64"),
    ], "----=_NextPart_6A393B19_0A7E5C21_42B07D1F")
    frm = ("刘大鹏", em("刘大鹏"))
    h = received_chain("B", "smtpbg.exmail.example.net", "203.205.250.62", date, "4fjHt71DmMz1xF", frm[1])
    h += exmail_headers(date, frm, [("隋宝林", em("隋宝林")), ("孟凡旭", em("孟凡旭")), ("白雪", em("白雪"))],
                        [("于长海", em("于长海")), BOT], "作业队周会 6.22",
                        "<tencent_0D6B2E9A41F84C37B5A1E9C0@qq.com>", "bizesmtp1t1782135609tz7c4hf2", "gb18030")
    items = [
        item("隋宝林", "3号、5号机的电机全部拆检，更换磨损的轴承", "2026-06-25", rule=("wd", 4),
             anchor="3号、5号机的电机全部拆检"),
        item("孟凡旭", "出一份玉米田粘虫防治的药剂配比表，发给各机组长", "2026-06-23", "12:00",
             rule=("tomorrow", "12:00"), anchor="出一份玉米田粘虫防治的药剂配比表"),
        item("白雪", "对接东片农户作业款结算，全部结清", "2026-06-30", rule=("md", 6, 30),
             anchor="对接东片农户作业款结算"),
        item("刘大鹏", "组织一次作业安全培训，全体飞手参加", None, flags=["vague_due"], rule=("vague",),
             anchor="组织一次作业安全培训"),
    ]
    return dict(
        num=8216, slug="wrapped-items-two-line-next-exmail", kind="minutes", org="B",
        client="Tencent Exmail web",
        encoding="multipart/alternative gb18030 base64",
        eml=build(h, body), items=items, next=followup("2026-06-29", "19:30", ("abs", "2026-06-29", 1, "19:30")),
        summary="4 items (1 vague), follow-up 06-29 19:30",
        tests="items hard-wrapped over two lines (deadline on the second line); '我来组织' = the sender; 明天中午前 -> 12:00; 时间再定; next meeting with the day on one line and the time on the next",
        notes=("Sent Mon 2026-06-22 21:40 +0800 (first working day after Dragon Boat) by 刘大鹏 (signs '大鹏'). Each item "
               "is wrapped over two lines; the deadline often sits on the second line. #1 周四之前 -> Thu 2026-06-25. "
               "#2 '明天中午前' -> 2026-06-23 12:00 (中午 = 12:00). #3 '6月30日前' (split before 全部结清) -> 2026-06-30. #4 "
               "'我来组织' = the sender 刘大鹏; '时间再定' = 待定 -> vague_due. The 加班补贴 line is a remark. Next "
               "meeting: '下周一（6月29日）' on one line and '晚上7点半' on the next -> 2026-06-29 19:30."),
    )


# ---------------------------------------------------------------------------------------------
@case
def c8217():
    date = "Mon, 6 Jul 2026 09:20:33 +0800 (CST)"
    text = """关会计：
麻烦你周五前把去年跟东片农户签的作业合同扫描件发我一份，农机作业补贴申报要用，最好整理成一个PDF。
小白，今年已签的作业确认单有多少份，明天统计一下告诉我。

于长海
"""
    body = Multi("alternative", [
        Leaf("text/plain", text, "gbk", "base64", label="GBK"),
        Leaf("text/html", to_html(text, "div"), "gbk", "base64", label="GBK"),
    ], "----=_Part_118402_1961304418.1783300833627")
    frm = ("于长海", "yuchanghai66@126.example.com")
    h = received_chain("B", "m15-126.example.com", "220.181.15.113", date, "4fm3Dd0KcLz1xG", frm[1])
    h += [
        ("Date", date),
        ("From", addr(*frm, charset="gbk", label="GBK")),
        ("To", addrs([("关淑芬", em("关淑芬"))], "gbk", label="GBK")),
        ("Cc", addrs([("白雪", em("白雪")), BOT], "gbk", label="GBK")),
        ("Subject", ew("去年作业合同扫描件", "gbk", label="GBK")),
        ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)\n Copyright (c) 2002-2026 www.mailtech.cn 126com"),
        ("MIME-Version", "1.0"),
        ("Message-ID", "<2f8e6d14.3c5.19f1e2a7b90.Coremail.yuchanghai66@126.example.com>"),
        ("X-Coremail-Locale", "zh_CN"),
        ("X-Originating-IP", "[221.208.99.201]"),
    ]
    return dict(
        num=8217, slug="other-plain-request-126", kind="other", org="B",
        client="126.com webmail (personal address)",
        encoding="multipart/alternative GBK base64",
        eml=build(h, body), items=[], next=None,
        summary="other, no items",
        tests="a plain person-to-person request with deadlines (周五前, 明天) and the bot in Cc out of habit: not minutes",
        notes=("于长海 asks 关淑芬 for last year's contracts and 白雪 for a count, from his personal 126 mailbox, Mon "
               "2026-07-06 09:20 +0800; the bot is in Cc because his contact group includes it. It is an ordinary request, "
               "not a record of a meeting -> kind other, no items, no follow-up, even though it has '周五前' and '明天'."),
    )


# ---------------------------------------------------------------------------------------------
@case
def c8218():
    date = "Tue, 14 Jul 2026 17:25:50 +0800"
    th = "border:1px solid #999;padding:4px 6px;background:#eef3ea;font-size:13px"
    td = "border:1px solid #999;padding:4px 6px;font-size:13px;vertical-align:top"
    head = ["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型", "核心需求/反馈", "解决方案/进展",
            "下次沟通时间", "负责人"]
    rows = [
        ["EC2026-07-14", "2026-07-14", "翼农服务站/潘志勇", "作业队/白雪", "供应商",
         "5号机飞控故障返厂已20天未修回；6架旧机电池循环次数超标，需置换",
         "①潘志勇7月17日前给出5号机维修结论及备用机方案<br>②隋宝林统计需置换电池数量，下周三前报服务站<br>"
         "③7月21日前与服务站确认电池置换报价", "2026-07-21", "白雪"],
        ["EC2026-07-08", "2026-07-08", "翼农服务站/潘志勇", "机务组/隋宝林", "供应商", "喷洒系统升级包",
         "已完成升级（7月10日）", "—", "隋宝林"],
    ]
    table = ("<table border=\"1\" cellpadding=\"0\" cellspacing=\"0\" style=\"border-collapse:collapse\"><tbody>"
             "<tr>" + "".join(f"<th style=\"{th}\">{c}</th>" for c in head) + "</tr>"
             + "".join("<tr>" + "".join(f"<td style=\"{td}\">{c}</td>" for c in r) + "</tr>" for r in rows)
             + "</tbody></table>")
    html_body = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
                 "<div style=\"font-family:微软雅黑;font-size:14px\"><div>于理事长、大鹏：</div>"
                 "<div>今天跟翼农黑龙江服务站潘经理电话沟通的情况，按外部沟通跟进表整理如下：</div><div><br></div>"
                 + table + "<div><br></div><div>第二行是上周的，已经办完，留着备查。</div><div><br></div>"
                 "<div>白雪</div><div>北垦飞防植保专业合作社 作业队</div></div>\n")
    body = Leaf("text/html", html_body, "utf-8", "base64")
    frm = ("白雪", em("白雪"))
    h = received_chain("B", "smtpbg.exmail.example.net", "203.205.250.62", date, "4fnp2R1bWvz1xH", frm[1])
    h += exmail_headers(date, frm, [("于长海", em("于长海")), ("刘大鹏", em("刘大鹏"))],
                        [("隋宝林", em("隋宝林")), BOT], "外部沟通跟进表（翼农服务站 7月14日）",
                        "<tencent_8A2F5C10E36D4B97A0C1F7E4@qq.com>", "bizesmtp5t1784021150tb3m8qc1")
    items = [
        item("潘志勇", "给出5号机维修结论及备用机方案", "2026-07-17", rule=("md", 7, 17), email=None),
        item("隋宝林", "统计需置换电池数量，报服务站", "2026-07-22", rule=("next_wd", 3),
             anchor="统计需置换电池数量"),
        item("白雪", "与服务站确认电池置换报价", "2026-07-21", rule=("md", 7, 21)),
    ]
    return dict(
        num=8218, slug="external-followup-table-html-only-exmail", kind="minutes", org="B",
        client="Tencent Exmail web (HTML only)",
        encoding="single-part text/html UTF-8 base64",
        eml=build(h, body), items=items, next=followup("2026-07-21", None, ("abs", "2026-07-21")),
        summary="3 items (1 unresolvable outsider), follow-up 07-21",
        tests="seed 外部沟通跟进表 (supplier row) as an HTML table: ①②③ in the 解决方案 cell; outsider owner not in roster or headers; row 负责人 owns the item naming nobody; done row; 下次沟通时间 -> follow-up without time",
        notes=("HTML-only Exmail message with the seed's 外部沟通跟进表, sent Tue 2026-07-14 17:25 +0800. Row 1 (today's "
               "call): ① names the dealer's 潘志勇 -> owner 潘志勇 as written, not in the roster and not in From/To/Cc -> "
               "owner_email null, department null; 7月17日前 -> 2026-07-17. ② 隋宝林 (机务组), 下周三前 -> Wed 2026-07-22. "
               "③ names nobody -> the row's 负责人 白雪 owns it; 7月21日前 -> 2026-07-21. Row 2 is last week's and "
               "已完成 -> not an item. 下次沟通时间 2026-07-21 (no time) -> next_followup 2026-07-21, time null."),
    )


# ---------------------------------------------------------------------------------------------
@case
def c8219():
    date = "Thu, 23 Jul 2026 08:40:15 +0800"
    text = """各位：
昨晚线上培训腾讯会议自动生成的智能纪要，贴在下面。待办我核对过了，没问题。

【会议主题】玉米螟赤眼蜂释放与飞防配合线上培训
【会议时间】2026-07-22 19:00-20:10
【参会人】于长海、刘大鹏、孟凡旭、白雪、北林区农技中心 荆海波 等14人

【智能总结】
本次培训由农技中心荆海波站长讲解赤眼蜂防治玉米螟的技术要点，强调放蜂时间应与玉米螟产卵高峰期吻合。孟凡旭表示将在下周一前整理释放点位图；刘大鹏确认作业队可抽调2个机组配合放蜂；于长海提出放蜂期间暂停同地块化学药剂飞防。

【章节】
00:00 开场及人员介绍
05:32 赤眼蜂防治玉米螟技术要点
38:10 无人机投放蜂卡的操作规范
55:47 分工与问答

【待办事项】
□ 孟凡旭：整理赤眼蜂释放点位图并发给各机组（7月27日前）
□ 刘大鹏：安排2个机组配合农技中心放蜂作业（7月24日）
□ 白雪：统计参与放蜂的农户名单（未指定截止时间）

以上内容由AI生成，仅供参考

孟凡旭
技术组
"""
    body = Leaf("text/plain", text, "utf-8", "quoted-printable")
    frm = ("孟凡旭", em("孟凡旭"))
    h = received_chain("B", "smtpbg.exmail.example.net", "203.205.250.62", date, "4fpSx60jHkz1xJ", frm[1])
    h += exmail_headers(date, frm, [("于长海", em("于长海")), ("刘大鹏", em("刘大鹏")), ("白雪", em("白雪"))],
                        [BOT], "转发腾讯会议智能纪要：玉米螟赤眼蜂释放与飞防配合线上培训",
                        "<tencent_4E91A7C3D05B2F86E1D0A3B7@qq.com>", "bizesmtp2t1784767215tq1n6xv4")
    items = [
        item("孟凡旭", "整理赤眼蜂释放点位图并发给各机组", "2026-07-27", rule=("md", 7, 27)),
        item("刘大鹏", "安排2个机组配合农技中心放蜂作业", "2026-07-24", rule=("md", 7, 24)),
        item("白雪", "统计参与放蜂的农户名单", None, flags=["no_due"], rule=("none",)),
    ]
    return dict(
        num=8219, slug="tencent-meeting-ai-minutes-pasted", kind="minutes", org="B",
        client="Tencent Exmail web (plain text)",
        encoding="text/plain UTF-8 quoted-printable only",
        eml=build(h, body), items=items, next=None,
        summary="3 items (1 no_due), no follow-up",
        tests="腾讯会议 智能纪要 pasted: only 【待办事项】 counts (the 智能总结 restates one task with '下周一前'; 章节 timestamps are not times); '未指定截止时间' -> no_due",
        notes=("孟凡旭 pastes Tencent Meeting's AI minutes, sent Thu 2026-07-23 08:40 +0800. Only the 【待办事项】 list counts: "
               "孟凡旭 7月27日前 -> 2026-07-27; 刘大鹏 （7月24日） -> 07-24; 白雪 '未指定截止时间' -> no date at all -> "
               "no_due. The 【智能总结】 restates 孟凡旭's task with '下周一前' (also 07-27) and reports what people said; "
               "【章节】 timestamps (05:32 …) and the meeting time are not deadlines. No next meeting."),
    )

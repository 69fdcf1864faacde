"""Cases 9433-9438: 琼海椰韵会展服务 (continued): tracking table, newsletter, thread reply, auto-reply, NC record, Gmail."""
from h66_common import (YY, P, addr, addrs, ew, fmt_date, html_escape, item, message, multipart, simple_html, tab_text,
                        text_part)
from h66_cases_d1 import BOT, RCV

RAFAEL = ("Rafael Santos", "rafael.santos@lumaviva-av.example.ph")


def c9433():
    date = fmt_date(2026, 8, 7, 18, 0, 17)
    rows = [["序号", "事项名称", "发起部门", "协作部门", "责任人", "计划开始时间", "计划完成时间", "实际完成时间",
             "进展情况（进行中/已完成/延期）", "风险点及应对措施"],
            ["1", "B馆展位图纸报审", "项目部", "搭建部", "王家豪", "2026-07-20", "2026-08-05", "2026-08-04", "已完成", "-"],
            ["2", "参展商证件制作", "客户部", "项目部", "邢嘉伟", "2026-08-03", "2026-08-12", "-", "进行中（已完成40%）",
             "照片收集慢，已让各展商对接人催"],
            ["3", "现场志愿者培训", "项目部", "客户部", "吉亚楠", "2026-08-06", "本周内", "-", "进行中",
             "周末培训，需提前订场地"],
            ["4", "搭建商尾款结算", "财务部", "搭建部", "林秋月", "2026-08-07", "2026-08-14", "-", "未开始",
             "等搭建部验收单"],
            ["5", "开幕式彩排", "项目部", "搭建部", "陈晓雨", "-", "9月7日（开展前一天）", "-", "未开始", "-"],
            ["6", "媒体邀请函发送", "客户部", "-", "云菲", "2026-08-01", "2026-08-06", "2026-08-06", "已完成", "-"]]
    text = ("各位：\n\n游艇展跨部门协作事项本周进展如下，已完成的两项下周不再列。\n\n跨部门协作事项跟踪表\n" + tab_text(rows) +
            "\n\n下次周会：下周五同一时间（17:00），三号会议室。\n\n陈晓雨\n")
    html = simple_html(["各位：", "", "游艇展跨部门协作事项本周进展如下，已完成的两项下周不再列。", "",
                        "跨部门协作事项跟踪表", ("t", rows), "", "下次周会：下周五同一时间（17:00），三号会议室。", "",
                        "陈晓雨"]).replace('charset="utf-8"', 'charset="gb18030"')
    alt = multipart("alternative", "----=_NextPart_69B4D3F1_0A2C7E85_4D9E13B6", [
        text_part(text, "plain", "gb18030", "base64"), text_part(html, "html", "gb18030", "base64")])
    hdrs = [("Received", RCV.format(qid="4ZsD6m8Xc1z7gT", date=date)),
            ("X-QQ-mid", "bizesmtp70t1786096817tk1r8e3z"),
            ("From", addr(*P("chenxy"), charset="gb18030")),
            ("To", addrs(["wangjh", "xingjw", "jiyn", "linqy", "yunfei"], "gb18030")),
            ("Cc", addrs(["fuhl", BOT], "gb18030")),
            ("Subject", ew("游艇展跨部门协作事项跟踪（8月第1周）", "gb18030")),
            ("Date", date),
            ("Message-ID", f"<tencent_6F0B2D8E4A1C97E35B0D4F21@{YY}>"),
            ("MIME-Version", "1.0"),
            ("X-Mailer", "Tencent Exmail Web")]
    items = [
        item("xingjw", "参展商证件制作", "abs:2026-08-12"),
        item("jiyn", "现场志愿者培训", "bz:6"),
        item("linqy", "搭建商尾款结算", "abs:2026-08-14"),
        item("chenxy", "开幕式彩排", "abs:2026-09-07"),
    ]
    return dict(num=9433, slug="exmail-gb18030-collab-tracking-done-rows", kind="minutes",
                eml=message(hdrs, alt), items=items, followup=("nw:4", "17:00"),
                notes="Seed 跨部门协作事项跟踪表 (Exmail web, gb18030), sent Fri 2026-08-07 18:00. Rows 1 and 6 are 已完成 "
                      "with an 实际完成时间: status, not items. Row 2 '进行中（已完成40%）' stays open (08-12). Row 3 '本周内' -> "
                      "end of this calendar week, Sun 08-09 (date-phrases rule). Row 5 '9月7日（开展前一天）' -> 09-07. "
                      "'下周五同一时间（17:00）' -> 2026-08-14 17:00.",
                tests="seed 跨部门协作事项跟踪表 with two 已完成 rows; 进行中 40%; 本周内 -> Sunday; next meeting '下周五同一时间'")


def c9434():
    date = fmt_date(2026, 8, 10, 9, 5, 44)
    text = """各位同事：

椰韵项目简报 第31期（2026年8月10日）

【项目动态】
· 游艇展：证件制作完成约四成，B馆图纸已报审通过；开幕式彩排定于9月7日。
· 热带农博会：结算已全部完成，客户满意度回访平均分4.8。
· 新签：10月琼海文旅推介会（约200人），客户部牵头。

【近期节点】
8月12日 参展商证件截止 | 8月14日 搭建商尾款 | 9月8日-10日 游艇展

【温馨提示】
台风季请关注天气预警，外场作业请提前报备；各部门请于每周五前提交下周排班。

本期编辑：吉亚楠　欢迎投稿！
"""
    alt = multipart("alternative", "----=_NextPart_7C1A5E20_0D3B9F46_81E2A4C7", [
        text_part(text, "plain", "utf-8", "base64"),
        text_part(simple_html(text.split("\n"), wrapper='<div style="font-family:PingFang SC;font-size:14px;background:#fdfaf3">'),
                  "html", "utf-8", "base64")])
    hdrs = [("Received", RCV.format(qid="4ZsH0q4Ka9z2wN", date=date)),
            ("X-QQ-mid", "bizesmtp31t1786323944tz5v1j0c"),
            ("From", addr(*P("jiyn"))),
            ("To", addr("椰韵全体员工", f"all@{YY}")),
            ("Cc", addrs([BOT])),
            ("Subject", ew("椰韵项目简报 第31期")),
            ("Date", date),
            ("Message-ID", f"<tencent_0E9C4B71D2A36F58C1E0B7D3@{YY}>"),
            ("MIME-Version", "1.0"),
            ("X-Mailer", "WeCom Mail 4.1.31")]
    return dict(num=9434, slug="wecom-internal-newsletter-person-sent", kind="other",
                eml=message(hdrs, alt), items=[], followup=None,
                notes="AMBIGUOUS (other vs auto): an internal newsletter written and sent by a colleague to the all-staff "
                      "address, with the bot copied; it has no List-Id/Precedence/Auto-Submitted headers, so it is not "
                      "bulk/auto mail, and it is not minutes (status news, milestone dates, a general reminder). kind "
                      "other, no items.",
                tests="person-sent internal newsletter with dates and a reminder, no list headers: other")


def c9435():
    date = fmt_date(2026, 7, 29, 21, 46, 5)
    text = """好的，那我们8月30日晚上8点后进场，9月1日中午前把B馆地毯铺完。叉车我们自己带，麻烦李经理跟保安说一声。

王家豪
发自网易邮箱大师

---- 回复的原邮件 ----
| 发件人 | 李婷<liting@haiyun-bay-hotel.example.cn> |
| 日期 | 2026年07月29日 17:12 |
| 收件人 | 王家豪<wangjiahao@yeyun-expo.example.cn> |
| 抄送至 | 陈晓雨<chenxiaoyu@yeyun-expo.example.cn>、纪要助手<minutes@yeyun-expo.example.cn> |
| 主题 | B馆布展时间确认 |
王工您好：

酒店这边确认，B馆8月30日晚8点以后可以进场布展，8月31日全天有婚宴，请不要占用东侧通道。9月1日起可以正常施工。

李婷
博鳌海韵酒店 销售部
"""
    alt = multipart("alternative", "----=_Part_93822_1688210165.1785332765040", [
        text_part(text, "plain", "UTF-8", "base64"),
        text_part("<html><body>" + "".join(f"<div>{html_escape(x) or '<br>'}</div>" for x in text.split("\n")) +
                  "</body></html>", "html", "UTF-8", "base64")])
    hdrs = [("Received", RCV.format(qid="4ZrM5s9Bj2z0fQ", date=date)),
            ("Date", date),
            ("From", addr(*P("wangjh"))),
            ("To", addr("李婷", "liting@haiyun-bay-hotel.example.cn")),
            ("Cc", addrs(["chenxy", BOT])),
            ("Message-ID", f"<6f1e0c2a.5b31.19a4d7e2c90.Coremail.wangjiahao@{YY}>"),
            ("In-Reply-To", "<3c8b2e1f.2d40.19a4c8f1a07.Coremail.liting@haiyun-bay-hotel.example.cn>"),
            ("References", "<3c8b2e1f.2d40.19a4c8f1a07.Coremail.liting@haiyun-bay-hotel.example.cn>"),
            ("Subject", "Re:" + ew("B馆布展时间确认")),
            ("MIME-Version", "1.0"),
            ("X-Mailer", "NetEase MailMaster iOS 7.19.6")]
    return dict(num=9435, slug="mailmaster-reply-venue-thread-not-minutes", kind="other",
                eml=message(hdrs, alt), items=[], followup=None,
                notes="A reply in a venue logistics thread (NetEase MailMaster iOS, '---- 回复的原邮件 ----' quote with | rows), "
                      "with the bot copied by the hotel. It states move-in times and promises (9月1日中午前铺完) but it is "
                      "neither minutes nor a reply to the bot's recap (no command, no item reference): kind other.",
                tests="reply in a non-minutes thread (MailMaster quote), times and promises but no minutes: other")


def c9436():
    date = fmt_date(2026, 8, 20, 8, 31, 27)
    text = ("您好，我正在外地出差（8月20日-8月24日），期间回复可能不及时。\n"
            "游艇展客户接待事宜请联系邢嘉伟（xingjiawei@yeyun-expo.example.cn），急事请致电。\n\n"
            "I am travelling from 20 to 24 August with limited access to email.\n\n云菲 Fiona Yun")
    body = text_part(text, "plain", "utf-8", "base64")
    hdrs = [("Received", RCV.format(qid="4ZvB8d0Rm6z3kL", date=date)),
            ("From", addr(*P("yunfei"))),
            ("To", f"minutes+r51b9e0c3d7f2@{YY}"),
            ("Subject", ew("自动回复: 纪要确认：游艇展嘉宾接待协调会纪要（8月19日）")),
            ("Date", date),
            ("Message-ID", f"<tencent_AR_2A7E1C0D9B4F3E68@{YY}>"),
            ("In-Reply-To", f"<r.202608191805.7d3a0b9e12@{YY}>"),
            ("MIME-Version", "1.0")]
    return dict(num=9436, slug="exmail-autoreply-no-auto-submitted", kind="auto",
                eml=message(hdrs, body), items=[], followup=None,
                notes="Exmail out-of-office reply to the bot's recap WITHOUT Auto-Submitted/X-Autoreply/Precedence headers; "
                      "only the '自动回复:' subject prefix, the signed bot address in To, In-Reply-To to the recap and the "
                      "wording give it away. Bilingual body with a date range and a deputy. kind auto.",
                tests="out-of-office without any Auto-Submitted header (subject prefix only)")


def c9437():
    date = fmt_date(2026, 7, 10, 16, 30, 12)
    text = """各位：

下午临时沟通了一下预展场地交接的事，按内部沟通记录表记一下：

沟通编号：NC-YY-0710-01
沟通日期：2026-07-10
发起部门/人：项目部/陈晓雨
参与部门/人：搭建部（王家豪、蒙少聪）、客户部（云菲）、财务部（林秋月）
沟通主题：游艇展预展场地提前交接
核心内容摘要：场馆方通知预展场地由下周三提前到本周日交接，需要提前复尺和准备配电；嘉宾名单和押金也要相应提前。
待办事项：①蒙工今天下班前把电缆和配电箱清单发给场馆工程部；②家豪明天上午带两名工人进场复尺；③云菲48小时内确认周日到场嘉宾名单；④林会计下周二前支付场地押金。
状态：进行中
备注：周日交接的具体时间待场馆确认。

陈晓雨
"""
    body = text_part(text, "plain", "utf-8", "quoted-printable")
    hdrs = [("Received", RCV.format(qid="4ZpR3k7Gd0z5nV", date=date)),
            ("Date", date),
            ("From", addr(*P("chenxy"))),
            ("To", addrs(["wangjh", "mengsc", "yunfei", "linqy"])),
            ("Cc", addrs([BOT])),
            ("Subject", ew("预展场地提前交接-内部沟通记录")),
            ("X-Priority", "3"),
            ("X-GUID", "C41D7E09-2B6F-4A35-9E80-3F1A6D5B72C8"),
            ("X-Has-Attach", "no"),
            ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
            ("Mime-Version", "1.0"),
            ("Message-ID", f"<202607101630121753904@{YY}>")]
    items = [
        item("mengsc", "把电缆和配电箱清单发给场馆工程部", "today"),
        item("wangjh", "带两名工人进场复尺", "days:1", time="12:00"),
        item("yunfei", "确认周日到场嘉宾名单", "hours:48"),
        item("linqy", "支付场地押金", "nw:1"),
    ]
    return dict(num=9437, slug="foxmail-utf8-nc-record-hour-deadlines", kind="minutes",
                eml=message(hdrs, body), items=items, followup=None,
                notes="Seed 内部沟通记录表 as key：value lines (Foxmail UTF-8 QP), all items in one 待办事项 cell with ①②③④. "
                      "Sent Fri 2026-07-10 16:30. 今天下班前 -> 07-10 (no time, corpus convention); 明天上午 -> 07-11 12:00 "
                      "(policy 上午 -> 12:00; a Saturday, event staff work weekends); 48小时内 -> 07-12 16:30; 下周二前 -> "
                      "07-14. 蒙工 = 蒙少聪, 家豪 = 王家豪, 林会计 = 林秋月. The 核心内容摘要 dates (下周三/本周日) are facts; "
                      "'待场馆确认' in 备注 is not a meeting -> no follow-up.",
                tests="seed 内部沟通记录表 key：value; ①-④ in one cell; 今天下班前 / 明天上午 / 48小时内")


def c9438():
    date = fmt_date(2026, 8, 24, 14, 10, 39)
    text = """Hi Cherry, Jiahao,

Thanks for the walk-through this morning. Summary of what we agreed for the LED walls at the Yacht Show:

- Main stage: 2 x (6 m x 3.5 m) P3.9 walls, ground-stacked. Side screens: 2 x (3 m x 2 m).
- Power: 3-phase 63A at each stage wing, provided by the venue.

Next steps
1) Rafael (us) - revised LED wall layout + power load sheet - by Wed
2) Jiahao - confirm the rigging points with the venue engineer - by Aug 28
3) Cherry - PO for the 2 additional 3x2m screens - ASAP (lead time is tight)
4) Both teams - joint test run on site - Sept 6

Next call: Thursday 3pm (Manila and Boao are on the same time).

Cheers,
Rafael

Rafael Santos
Project Engineer | LumaViva AV Rentals, Pasig City, Philippines
"""
    html = '<div dir="ltr">' + "".join(f"<div>{html_escape(x) or '<br>'}</div>" for x in text.split("\n")) + "</div>\n"
    alt = multipart("alternative", "000000000000f3e2d10620a7b5c4", [
        text_part(text, "plain", "UTF-8", "7bit"), text_part(html, "html", "UTF-8", "quoted-printable")])
    hdrs = [("Received", "from mail-pj1-f54.google.example.com (mail-pj1-f54.google.example.com [209.85.216.54])\n"
                         "\tby mx.yeyun-expo.example.cn (Postfix) with ESMTPS id 4ZwC2h6Tn4z8bR\n"
                         "\tfor <minutes@yeyun-expo.example.cn>; Mon, 24 Aug 2026 14:10:42 +0800 (CST)"),
            ("MIME-Version", "1.0"),
            ("From", addr(*RAFAEL)),
            ("Date", date),
            ("Message-ID", "<CAJ4m9xQw2Nf7Lk0bVt3Rz8pYc5sHd1uGe6iTo0aWq3Ks9_rB2w@mail.gmail.com>"),
            ("Subject", "LED walls - site survey summary & next steps"),
            ("To", addrs([("Cherry Chen", P("chenxy")[1]), ("Wang Jiahao", P("wangjh")[1])], sep=", ")),
            ("Cc", addrs([BOT], sep=", "))]
    items = [
        item(RAFAEL, "revised LED wall layout + power load sheet", "wk:2"),
        item("wangjh", "confirm the rigging points with the venue engineer", "abs:2026-08-28"),
        item("chenxy", "PO for the 2 additional 3x2m screens", None, vague=True),
        item(None, "joint test run on site", "abs:2026-09-06"),
    ]
    return dict(num=9438, slug="gmail-en-philippine-supplier-next-steps", kind="minutes",
                eml=message(hdrs, alt), items=items, followup=("wk:3", "15:00"),
                notes="Gmail English minutes from a Philippine LED-rental supplier (not in the roster) after a site survey; "
                      "sent Mon 2026-08-24 14:10 +0800. 'Rafael (us)' = the sender -> From address, department null. "
                      "Jiahao = 王家豪, Cherry = 陈晓雨 via To display names/roster aliases. by Wed -> 08-26; by Aug 28; ASAP -> "
                      "vague_due; 'Both teams' -> no_owner, 09-06. Technical specs are facts. 'Next call: Thursday 3pm' -> "
                      "2026-08-27 15:00 (Manila and Shanghai are both UTC+8).",
                tests="Gmail English from a Philippine supplier: '(us)' owner = sender, 'Both teams' no_owner, ASAP, 'Thursday 3pm' next call")


CASES = [c9433, c9434, c9435, c9436, c9437, c9438]

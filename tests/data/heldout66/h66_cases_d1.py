"""Cases 9428-9432: 琼海椰韵会展服务有限公司 (exhibition services, Qionghai, Hainan). Mail on Tencent Exmail; staff use
WeCom mail, Exmail web, Outlook, the QQ Mail app; meetings on Feishu and Tencent Meeting."""
from h66_common import (YY, P, addr, addrs, ew, fmt_date, html_escape, item, message, mso_html, multipart, simple_html,
                        tab_text, text_part)
from h66_cases_b1 import en

BOT = ("纪要助手", f"minutes@{YY}")
RCV = ("from smtpbg.exmail.example.qq.com (smtpbg.exmail.example.qq.com [203.205.250.77])\n\tby mx.yeyun-expo.example.cn (Postfix) "
       "with ESMTPS id {qid}\n\tfor <minutes@yeyun-expo.example.cn>; {date}")


def c9428():
    date = fmt_date(2026, 4, 27, 15, 40, 22)
    blocks = ["各位，下午协调会的飞书智能纪要贴在下面，待办我核过了。", "", "晓雨", "",
              "智能纪要：热带农博会搭建与接待协调会 2026年4月27日", "",
              "总结",
              "会议围绕5月中旬第三届琼海热带农业博览会的展位搭建、嘉宾接待和票务进行协调。展会5月15日开幕，"
              "5月12日起进场搭建；搭建效果图还差两个特装展位；嘉宾接待按150人准备；票务系统需要在节后完成压力测试。",
              "", "关键决策",
              "1. 特装展位统一采用铝型材结构，不再使用木结构。",
              "2. 嘉宾接待手册中英双语。",
              "", "待办",
              "王家豪：出搭建效果图终稿，五一前",
              "云菲：嘉宾接待手册初稿，5月7日",
              "邢嘉伟：票务系统压力测试，节后第一天",
              "林秋月：给搭建材料供应商付30%预付款，本周四",
              "吉亚楠：整理参展商名录",
              "", "智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用",
              "相关链接：飞书妙记 https://yeyun-expo.feishu.example.cn/minutes/obcn8k2d7q1x5t0"]
    html = simple_html(blocks, wrapper='<div style="font-family:-apple-system,PingFang SC;font-size:14px">')
    text = "\n".join(b for b in blocks)
    alt = multipart("alternative", "----=_NextPart_5F3A8D21_0B6C4E90_2A7D13C5", [
        text_part(text, "plain", "utf-8", "base64"), text_part(html, "html", "utf-8", "base64")])
    hdrs = [("Received", RCV.format(qid="4ZcX9w1Fk7z3rM", date=date)),
            ("X-QQ-mid", "bizesmtp27t1777275622t1h5c9b3"),
            ("From", addr(*P("chenxy"))),
            ("To", addrs(["wangjh", "yunfei", "xingjw", "linqy", "jiyn"])),
            ("Cc", addrs(["fuhl", BOT])),
            ("Subject", ew("热带农博会搭建与接待协调会-智能纪要")),
            ("Date", date),
            ("Message-ID", f"<tencent_8C2F4E71B0D9A35E6F1C0B2A@{YY}>"),
            ("MIME-Version", "1.0"),
            ("X-Mailer", "WeCom Mail 4.1.31")]
    items = [
        item("wangjh", "出搭建效果图终稿", "before:2026-05-01"),
        item("yunfei", "嘉宾接待手册初稿", "abs:2026-05-07"),
        item("xingjw", "票务系统压力测试", "after:2026-05-01"),
        item("linqy", "给搭建材料供应商付30%预付款", "bz:3"),
        item("jiyn", "整理参展商名录", None),
    ]
    return dict(num=9428, slug="wecom-feishu-ai-minutes-pasted-labour-day", kind="minutes",
                eml=message(hdrs, alt), items=items, followup=None,
                notes="A Feishu 智能纪要 pasted into a WeCom mail (Exmail), sent Mon 2026-04-27. Only 待办 count; the AI "
                      "总结 mentions dates (5月15日开幕, 5月12日进场, 节后压力测试) and 关键决策 are decisions. 五一前 -> last workday "
                      "before Labour Day 04-30; 5月7日; 节后第一天 -> 05-06 (holiday 05-01..05); 本周四 -> 04-30; 整理参展商名录 "
                      "has no date -> no_due. No next meeting.",
                tests="Feishu 智能纪要 pasted in WeCom mail: only 待办; 五一前 / 节后第一天 / 本周四")


def c9429():
    date = fmt_date(2026, 6, 11, 20, 5, 12)
    pre = """大家看下，待办按这个来。我补充一条：亚楠6月15日前把场馆消防报审资料交给家豪。

符海龙
"""
    fwd = """------------------ 原始邮件 ------------------
发件人: "腾讯会议"<meeting-notice@tencentmeeting.example.com>;
发送时间: 2026年6月11日(星期四) 下午5:32
收件人: "符海龙"<fuhailong@yeyun-expo.example.cn>;
主题: 【腾讯会议】您的会议纪要已生成：2026海南国际游艇展（琼海站）筹备会

会议主题：2026海南国际游艇展（琼海站）筹备会
会议时间：2026/06/11 15:00-16:30（GMT+08:00）
会议号：482 617 935

会议摘要
本次会议确认游艇展9月8日-10日举办，主展区设在码头及B馆。与会人员讨论了展位结构安全、码头泊位、报名小程序和安保方案。王家豪提出结构计算书需要外请设计院盖章，预计两周左右。

分段纪要
00:02 展位结构：王家豪说明B馆特装展位需做结构计算，设计院要求端午前给齐资料。
00:31 码头泊位：云菲已联系游艇会，对方原则同意提供12个展示泊位。
00:58 报名小程序：邢嘉伟表示测试版本已完成，等待端午后上线。

待办事项
1. @王家豪 6月19日前提交B馆展位结构计算书
2. @云菲 下周二与游艇会确认码头泊位数量和费用
3. @邢嘉伟 端午后上线报名小程序
4. 确认安保公司报价（尽快）

纪要由腾讯会议AI小助手生成，仅供参考。
"""
    text = pre + "\n" + fwd
    html = ('<html><head><meta charset="utf-8"></head><body><div>' +
            "".join(f"<div>{html_escape(x) or '<br>'}</div>" for x in pre.split("\n")) +
            '<div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
            '------------------&nbsp;原始邮件&nbsp;------------------</div>'
            '<div style="font-size: 12px;background:#efefef;padding:8px;">' +
            "".join(f"<div>{html_escape(x)}</div>" for x in fwd.split("\n")[1:5]) + "</div><div><br></div>" +
            "".join(f"<div>{html_escape(x) or '<br>'}</div>" for x in fwd.split("\n")[6:]) + "</div></body></html>")
    alt = multipart("alternative", "----=_NextPart_6A2E9C11_0F5D3B88_71C4E2A0", [
        text_part(text, "plain", "utf-8", "base64"), text_part(html, "html", "utf-8", "base64")])
    hdrs = [("Received", RCV.format(qid="4ZjV5p0Dc3z8tS", date=date)),
            ("X-QQ-mid", "bizesmtp63t1781179512t6x0w2qa"),
            ("From", addr(*P("fuhl"))),
            ("To", addrs(["wangjh", "yunfei", "xingjw", "jiyn"])),
            ("Cc", addrs(["chenxy", BOT])),
            ("Subject", ew("转发：【腾讯会议】您的会议纪要已生成：2026海南国际游艇展（琼海站）筹备会")),
            ("Date", date),
            ("Message-ID", f"<tencent_1B7E3D9C42F05A6E8D0C3B17@{YY}>"),
            ("MIME-Version", "1.0"),
            ("X-Mailer", "Tencent Exmail Web")]
    items = [
        item("jiyn", "把场馆消防报审资料交给家豪", "abs:2026-06-15"),
        item("wangjh", "提交B馆展位结构计算书", "abs:2026-06-19"),
        item("yunfei", "与游艇会确认码头泊位数量和费用", "nw:1"),
        item("xingjw", "上线报名小程序", "after:2026-06-19"),
        item(None, "确认安保公司报价", None, vague=True),
    ]
    return dict(num=9429, slug="exmail-forward-tencent-meeting-ai-minutes-preface-item", kind="minutes",
                eml=message(hdrs, alt), items=items, followup=None,
                notes="The GM forwards a 腾讯会议 AI minutes notice (QQ-style '------------------ 原始邮件 ------------------' "
                      "block) and adds one task in his preface (亚楠 = 吉亚楠, 6月15日前). Only 待办事项 of the AI minutes count; "
                      "the 摘要/分段纪要 lines with dates do not. Sent Thu 2026-06-11. '6月19日前' is written as a date even "
                      "though 06-19 is the first day of the Dragon Boat holiday: recorded as written (06-19). 下周二 -> 06-16; "
                      "端午后 -> first workday 06-22; item 4 has no @owner + 尽快 -> no_owner + vague_due. The 腾讯会议 "
                      "date/time header of the forwarded notice is not a follow-up meeting.",
                tests="forwarded 腾讯会议 AI minutes with a preface that adds an item; 待办 only; date on a holiday; 端午后")


def c9430():
    date = fmt_date(2026, 6, 16, 18, 40, 9)
    rows = [["序号", "区域", "工作内容", "负责人", "完成时间", "备注"],
            ["1", "A馆", "特装展位钢结构复核", "蒙少聪", "端午前", ""],
            ["2", "A馆", "电箱及临时用电报审", "蒙工", "6/22", "场馆工程部要求提前3天"],
            ["3", "B馆", "地毯、围板进场", "王家豪", "下周一", ""],
            ["4", "室外", "门头广告喷绘下单", "吉亚楠", "6/17", "设计稿已确认"],
            ["5", "室外", "旗杆基础施工", "", "待定", "等场馆批复"]]
    xl = ['<table border=0 cellpadding=0 cellspacing=0 width=584 style="border-collapse:collapse;width:438pt">',
          '<col width=48 style="width:36pt"><col width=64 style="width:48pt"><col width=200 style="width:150pt">'
          '<col width=80 style="width:60pt"><col width=72 style="width:54pt"><col width=120 style="width:90pt">']
    for i, r in enumerate(rows):
        cls = "xl65" if i == 0 else "xl66"
        xl.append("<tr height=19 style='height:14.25pt'>" + "".join(
            f"<td class={cls} style='border:.5pt solid windowtext'>{html_escape(c) if c else '&nbsp;'}</td>" for c in r) +
            "</tr>")
    xl.append("</table>")
    blocks = ["各位：", "", "今天下午搭建碰头会的分工，直接从排期表里贴过来的：", ("raw", "\n".join(xl)), "",
              "端午放三天，19号到21号，节前能做的尽量节前做完。", "", "王家豪", "搭建部"]
    html = mso_html([b for b in blocks if not isinstance(b, tuple)][:3], charset="utf-8").replace(
        "</div></body></html>", "\n".join(xl) + "\n<p class=MsoNormal>端午放三天，19号到21号，节前能做的尽量节前做完。</p>"
        "<p class=MsoNormal>王家豪</p><p class=MsoNormal>搭建部</p></div></body></html>")
    text = ("各位：\n\n今天下午搭建碰头会的分工，直接从排期表里贴过来的：\n\n" + tab_text(rows) +
            "\n\n端午放三天，19号到21号，节前能做的尽量节前做完。\n\n王家豪\n搭建部\n")
    alt = multipart("alternative", "----=_NextPart_000_0021_01DCFD6B.93A4E1C0", [
        text_part(text, "plain", "utf-8", "base64"), text_part(html, "html", "utf-8", "quoted-printable")],
        preamble="This is a multipart message in MIME format.")
    hdrs = [("Received", RCV.format(qid="4ZkY2t6Hn0z4cB", date=date)),
            ("From", addr(*P("wangjh"))),
            ("To", addrs(["mengsc", "jiyn"])),
            ("Cc", addrs(["chenxy", BOT])),
            ("Subject", ew("搭建分工（6月16日碰头会）")),
            ("Date", date),
            ("Message-ID", f"<002101dcfd6b$93a4e1c0$bacea540$@{YY}>"),
            ("MIME-Version", "1.0"),
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", "Adz9a5Ok0Ryz5cJmQ0uKxZt8qV3s4A=="),
            ("Content-Language", "zh-cn")]
    items = [
        item("mengsc", "特装展位钢结构复核", "before:2026-06-19"),
        item("mengsc", "电箱及临时用电报审", "abs:2026-06-22"),
        item("wangjh", "地毯、围板进场", "nw:0"),
        item("jiyn", "门头广告喷绘下单", "abs:2026-06-17"),
        item(None, "旗杆基础施工", None, vague=True),
    ]
    return dict(num=9430, slug="outlook-excel-pasted-table-dragon-boat", kind="minutes",
                eml=message(hdrs, alt, crlf=True), items=items, followup=None,
                notes="Outlook mail with a table pasted from Excel (x:l65 cell classes, <col> widths; tab-separated in the "
                      "text part), sent Tue 2026-06-16. 蒙工 = 蒙少聪 (alias). 端午前 -> 06-18; '6/22' and '6/17' are M/D; "
                      "下周一 -> 06-22. Row 5 has an empty 负责人 and 待定 -> no_owner + vague_due (department null). The 备注 "
                      "'提前3天' is a venue rule, not a deadline.",
                tests="Outlook Excel-pasted table (M/D cells, empty owner cell); 端午前; alias 蒙工")


def c9431():
    date = fmt_date(2026, 7, 8, 17, 20, 31)
    text = """各位：

今天下午游艇展嘉宾接待协调会纪要

时间：7月8日（周三）14:30-15:40
地点：公司三号会议室
参会：云菲、邢嘉伟、吉亚楠、林秋月、陈晓雨

待办：
1. 嘉宾名单终版 ——云菲，7月13日前
2. 酒店房型分配表 ——嘉伟，下周三
3. 接送机车辆调度方案 ——亚楠，7月17日（周五）
4. 嘉宾礼品付款 ——林会计，收到发票后3个工作日内

下周一上午十点线上再碰一下，腾讯会议号另发。

云菲
发自我的企业微信
"""
    body = text_part(text, "plain", "utf-8", "base64")
    hdrs = [("Received", RCV.format(qid="4ZpF1r3Lw8z6hJ", date=date)),
            ("X-QQ-mid", "bizesmtpip1t1783502431tq7b0k2"),
            ("From", addr(*P("yunfei"))),
            ("To", addrs(["xingjw", "jiyn", "linqy"])),
            ("Cc", addrs(["chenxy", BOT])),
            ("Subject", ew("游艇展嘉宾接待协调会纪要")),
            ("Date", date),
            ("Message-ID", f"<tencent_3D0A6F2E91B84C57A2E1D0F9@{YY}>"),
            ("MIME-Version", "1.0"),
            ("X-Mailer", "QQMail iPhone 6.6.2")]
    items = [
        item("yunfei", "嘉宾名单终版", "abs:2026-07-13"),
        item("xingjw", "酒店房型分配表", "nw:2"),
        item("jiyn", "接送机车辆调度方案", "abs:2026-07-17"),
        item("linqy", "嘉宾礼品付款", None),
    ]
    return dict(num=9431, slug="qqmail-app-next-meeting-sentence", kind="minutes",
                eml=message(hdrs, body), items=items, followup=("nw:0", "10:00"),
                notes="Short minutes from the QQ Mail app (UTF-8 base64, text only), sent Wed 2026-07-08. Owners after '——' "
                      "by short names: 嘉伟 = 邢嘉伟, 亚楠 = 吉亚楠, 林会计 = 林秋月. 7月13日前; 下周三 -> 07-15; 7月17日（周五）. "
                      "'收到发票后3个工作日内' hangs on an unknown event -> no fixed date, no_due. The next meeting is a "
                      "sentence: '下周一上午十点线上再碰一下' -> 2026-07-13 10:00.",
                tests="QQ Mail app text minutes; short-name owners; conditional '收到发票后3个工作日内' -> no_due; next meeting as a sentence")


def c9432():
    date = fmt_date(2026, 7, 21, 19, 10, 48)
    text = """Eleni, Jack, 各位：

Thanks for coming to Boao today. 今天现场踏勘的纪要如下（中英对照）：

Venue / 场地：博鳌海韵酒店宴会厅A+B，9月8日-9日
Headcount / 人数：约120位经销商 + 15位工作人员

Actions / 待办
1. Kalliste (Eleni) to confirm the final headcount and room list - by 7/31
   Eleni确认最终人数及分房名单，7月31日前
2. Kalliste (Jack) to send the dealer list with arrival flights - next Friday
   Jack提供经销商名单及航班信息，下周五
3. 椰韵（晓雨）出会议流程及报价V2，7月24日前
4. 椰韵（家豪）出舞台及展位效果图，下周三
5. 椰韵（林秋月）开具30%定金发票，合同签订后

Next call / 下次沟通：7月28日（周二）16:00 北京时间 / 11:00 Athens

Cherry Chen 陈晓雨
项目部经理 | 琼海椰韵会展服务有限公司
"""
    alt = multipart("alternative", "B_3867590648_1794201234", [
        text_part(text, "plain", "UTF-8", "quoted-printable"),
        text_part(simple_html(text.split("\n"), wrapper='<div style="font-family:Calibri,PingFang SC;font-size:11pt">'),
                  "html", "UTF-8", "quoted-printable")])
    hdrs = [("Received", RCV.format(qid="4ZqK7n2Vb5z1pX", date=date)),
            ("User-Agent", "Microsoft-MacOutlook/16.98.26061418"),
            ("Date", date),
            ("Subject", "Kalliste Dealer Summit - site visit minutes / " + ew("现场踏勘纪要")),
            ("From", addr("Cherry Chen 陈晓雨", P("chenxy")[1])),
            ("To", addrs([en("eleni"), en("qinzq")], sep=",\n\t")),
            ("CC", addrs(["wangjh", "linqy", "fuhl", BOT])),
            ("Message-ID", f"<8E2C4B17-3A9D-4F60-B1E5-7C0D92A6F3E8@{YY}>"),
            ("Thread-Topic", "Kalliste Dealer Summit - site visit minutes"),
            ("Mime-version", "1.0")]
    items = [
        item("eleni", "confirm the final headcount and room list", "abs:2026-07-31"),
        item("qinzq", "send the dealer list with arrival flights", "nw:4"),
        item("chenxy", "出会议流程及报价V2", "abs:2026-07-24"),
        item("wangjh", "出舞台及展位效果图", "nw:2"),
        item("linqy", "开具30%定金发票", None),
    ]
    return dict(num=9432, slug="outlook-mac-bilingual-partner-minutes", kind="minutes",
                eml=message(hdrs, alt), items=items, followup=("abs:2026-07-28", "16:00"),
                notes="Bilingual minutes from Outlook for Mac (UTF-8 QP, mixed ASCII+encoded-word subject) between the "
                      "organiser and the Greek-owned client; items 1-2 are given in English and repeated in Chinese on the "
                      "next line (one item each, not two). 'Kalliste (Eleni)' / '椰韵（晓雨）' put the company before the "
                      "person: the person is the owner (晓雨 = the sender 陈晓雨). Sent Tue 2026-07-21: by 7/31; next Friday -> "
                      "07-31; 7月24日前; 下周三 -> 07-29; '合同签订后' -> no_due. The event dates 9月8日-9日 are not deadlines. "
                      "Next call 07-28 16:00 Beijing time (= 11:00 Athens).",
                tests="bilingual EN/中 minutes with each item repeated in both languages; 'Company (person)' owners; two time zones")


CASES = [c9428, c9429, c9430, c9431, c9432]

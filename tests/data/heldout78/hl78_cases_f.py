"""Cases 10630-10638: mixed organisations (auto-reply, AI minutes, UTC+6 client, corrected re-send, English blocks)."""
import html as H

from hl78_common import (I, NF, P, addr, alist, case, dept, ew, message, multi, rfcdate, text)
from hl78_cases_a import BOT, outlook_html, wd_received
from hl78_cases_b import GOVBOT, coremail_html, gov_received
from hl78_cases_d import ZZBOT, zz_received
from hl78_cases_e import YHBOT, divs, yh_received
import hl78_cases_d


# ------------------------------------------------------------------ 10630
@case(10630, "yh-auto-vacation-reply-no-headers", "auto",
      "Exmail holiday auto-reply WITHOUT Auto-Submitted/Precedence headers: only the '自动回复：' subject and the "
      "'这是一封自动回复邮件' body mark it; dates inside -> auto")
def c10630():
    date = rfcdate(2026, 7, 22, 9, 3, 11)
    body = ("这是一封自动回复邮件。\n\n您好，我7月22日至7月28日外出参加景德镇陶瓷博览会，期间查看邮件不及时。"
            "发货、退换货事宜请联系仓库座机0599-5823xxx，8月前的订单照常发出。\n\n连春生\n")
    part = multi("alternative", [
        text(body, "plain", "utf-8", "base64"),
        text("<div>" + divs(body.split("\n")) + "</div>", "html", "utf-8", "base64"),
    ], "----=_NextPart_66BDB2AF_0E4C7A19_13F5D8B2")
    hs = [
        ("Return-Path", "<lianchunsheng@yaohuo-jz.example.cn>"),
        yh_received(date, "43.155.80.172", "4ZdJ0y3Xn7z4", "smtpbg.exmail.example.com"),
        ("From", addr("连春生", "lianchunsheng@yaohuo-jz.example.cn")),
        ("To", addr(*YHBOT)),
        ("Subject", ew("自动回复：【纪要助手】请确认：今天碰头的几件事")),
        ("Mime-Version", "1.0"),
        ("Date", date),
        ("In-Reply-To", "<recap.20260721.2141.9b0e@yaohuo-jz.example.cn>"),
        ("Message-ID", "<tencent_AUTOREPLY_4F7C1E0B92A3D58E@yaohuo-jz.example.cn>"),
        ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
        ("X-Mailer", "QQMail 2.x"),
    ]
    eml = message(hs, part, mime_version=False)
    notes = ("Holiday auto-reply from Exmail to the bot's recap of 10626 with no Auto-Submitted, Precedence or "
             "X-Autoreply header: only the '自动回复：' subject prefix and the first line '这是一封自动回复邮件' show "
             "that no person wrote it. Dates in the body (7月22日至7月28日, 8月前) are not items. kind auto.")
    return {"eml": eml, "items": [], "next": None, "notes": notes}


# ------------------------------------------------------------------ 10631
@case(10631, "wd-tencent-meeting-ai-minutes-preface-moves-date", "minutes",
      "Outlook forward of 腾讯会议 智能纪要 (摘要/章节/待办): only 待办 counts; the preface moves 第2项 from 下周二 to "
      "下周三; an unassigned 待办 without date; the AI summary's dates are not items")
def c10631():
    date = rfcdate(2026, 7, 17, 9, 5, 30)
    lines = [
        "各位，",
        "",
        "昨天Q3订单评审会腾讯会议自动出了智能纪要，我核对过了，待办以下面为准。另外第2项田主任说下周二来不及，"
        "改到下周三，其余不变。",
        "",
        "陈思远",
        "",
        "【腾讯会议】智能纪要",
        "会议主题：Q3出口订单评审会",
        "会议时间：2026/07/16 14:00-15:05（GMT+08:00）",
        "",
        "会议摘要",
        "本次会议评审了Tsavo Q3首批订单。外贸部介绍客户预计采购2400件，以三菱Canter系列为主；技术部表示Canter"
        "系列图纸转化需两周左右；生产部建议8月前锁定排产。会议同时讨论了海运改铁海联运的可行性。",
        "",
        "分章节小结",
        "00:02 订单数量与交期",
        "00:25 Canter系列图纸转化",
        "00:48 物流方式讨论",
        "",
        "待办事项",
        "1. 刘倩：7月22日前和Tsavo确认Q3首批订单数量",
        "2. 田勇：下周二前排出Q3首批生产计划",
        "3. 黄志刚：月底前完成Canter系列新图纸转化",
        "4. 未指定：评估海运改铁海联运的成本",
        "",
        "以上内容由AI生成，请注意甄别",
    ]
    part = multi("alternative", [
        text("\r\n".join(lines) + "\r\n", "plain", "utf-8", "base64"),
        text(outlook_html(lines, "utf-8"), "html", "utf-8", "quoted-printable"),
    ], "_000_TYZPR03MB7108A71F3C2E4B9D0E6A8F14TYZPR03MB7108apcp_")
    hs = [
        ("Return-Path", "<chensiyuan@wdds.example.cn>"),
        wd_received(date, n=52, rid="4ZbZ5c8Hw0z2"),
        ("From", addr("陈思远", "chensiyuan@wdds.example.cn")),
        ("To", alist([P("刘倩"), P("田勇"), P("黄志刚")])),
        ("Cc", alist([P("周建军"), BOT])),
        ("Subject", ew("转发: 【腾讯会议】智能纪要：Q3出口订单评审会")),
        ("Date", date),
        ("Message-ID", "<TYZPR03MB7108A71F3C2E4B9D0E6A8F14@TYZPR03MB7108.apcprd03.prod.outlook.example.com>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "zh-CN"),
    ]
    eml = message(hs, part, crlf=True)
    items = [
        I("刘倩", "和Tsavo确认Q3首批订单数量", "2026-07-22", "abs:2026-07-22"),
        I("田勇", "排出Q3首批生产计划", "2026-07-22", "next:2"),
        I("黄志刚", "完成Canter系列新图纸转化", "2026-07-31", "me"),
        I(None, "评估海运改铁海联运的成本", None, "none"),
    ]
    notes = ("Forward (Fri 2026-07-17) of Tencent Meeting smart minutes. Only 待办事项 counts; 会议摘要 ('两周左右', "
             "'8月前锁定排产') is summary. The preface changes 第2项 from 下周二 (07-21) to 下周三 -> 07-22, which the "
             "gold follows. 7月22日前 -> 07-22; 月底前 -> 07-31; '未指定' with no date -> no_owner + no_due. No next "
             "meeting.")
    return {"eml": eml, "items": items, "next": None, "notes": notes}


# ------------------------------------------------------------------ 10632
@case(10632, "yz-other-agenda-reply-coremail", "other",
      "Coremail 'Re:' in a thread about next week's meeting agenda: a colleague adds topics and asks for material "
      "'7月14日前' -> a reply that is not minutes and not a recap command -> other")
def c10632():
    date = rfcdate(2026, 7, 9, 10, 30, 12)
    lines = [
        "王主任：",
        "",
        "下周三调度会的议程，项目科这边建议补充两项：一是东部工业园区供水管网项目资金下达情况，二是三季度专项债"
        "项目申报准备。相关材料我让赵婷7月14日前发给办公室。",
        "",
        "马振华",
        "",
        "在 2026-07-08 18:02:41，\"王海燕\" <wanghaiyan@yzfgw.example.gov.cn> 写道：",
        "> 各科室：下周三（7月15日）上午召开7月重点工作调度会，请于7月10日前报送需上会议题。",
        "> 王海燕",
    ]
    part = multi("alternative", [
        text("\n".join(lines) + "\n", "plain", "UTF-8", "base64"),
        text(coremail_html(lines), "html", "UTF-8", "base64"),
    ], "----=_Part_719955_1437652210.1783564212771")
    hs = [
        ("Return-Path", "<mazhenhua@yzfgw.example.gov.cn>"),
        gov_received(date, "10.65.3.40", "x"),
        ("Date", date),
        ("From", addr("马振华", "mazhenhua@yzfgw.example.gov.cn")),
        ("To", addr("王海燕", "wanghaiyan@yzfgw.example.gov.cn")),
        ("Cc", alist([P("赵婷"), GOVBOT])),
        ("Subject", ew("Re:关于报送7月重点工作调度会议题的通知")),
        ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9b9f0a2d)"),
        ("In-Reply-To", "<0d4e7a12.6b33.19f4c2d81a9.Coremail.wanghaiyan@yzfgw.example.gov.cn>"),
        ("References", "<0d4e7a12.6b33.19f4c2d81a9.Coremail.wanghaiyan@yzfgw.example.gov.cn>"),
        ("MIME-Version", "1.0"),
        ("Message-ID", "<4b9e0f7c.6c81.19f4f8a0b3e.Coremail.mazhenhua@yzfgw.example.gov.cn>"),
    ]
    eml = message(hs, part, mime_version=False)
    notes = ("A reply in a thread that prepares a meeting (agenda topics), bot in Cc. It mentions a future meeting "
             "(7月15日) and a material deadline (7月14日前) but records no meeting and answers no recap: kind other, "
             "no items, no follow-up.")
    return {"eml": eml, "items": [], "next": None, "notes": notes}


# ------------------------------------------------------------------ 10633
@case(10633, "zz-soe-safety-hazards-plain-aligned-gbk", "minutes",
      "NetEase Mail Master desktop, GBK text-only, hazard table aligned with spaces (pasted from Word as text): "
      "8月28日前, 月底, 9月4日前, 中秋节前 (last working day 09-24), '（各部门）' with 9月中旬")
def c10633():
    date = rfcdate(2026, 8, 26, 17, 10, 44)
    body = """各部门：

8月安全生产例会已开，会上通报的隐患整改安排如下，请按时限整改并报安全环保部销号：

序号  隐患内容                      整改责任人    整改时限
1     二水厂加氯间漏氯报警器失灵    贾文静        8月28日前
2     东区泵站配电柜接地电阻超标    郝鹏          月底
3     管网抢修车辆年检逾期          常亮          9月4日前
4     危化品库台账不全              申晓东        中秋节前
5     消防器材过期更换              （各部门）    9月中旬

另：7月排查的17处隐患已全部销号。
下次例会9月下旬，时间另行通知。

申晓东
安全环保部
"""
    part = text(body, "plain", "GBK", "base64")
    hs = [
        ("Return-Path", "<shenxiaodong@zzsw.example.cn>"),
        zz_received(date, "10.30.8.77", "4Zrc8m1FpXz5", "SHENXD-PC"),
        ("Date", date),
        ("From", addr("申晓东", "shenxiaodong@zzsw.example.cn", "GBK")),
        ("To", alist([P("贾文静"), P("郝鹏"), P("常亮")], "GBK")),
        ("Cc", alist([P("秦国栋"), P("牛建平"), ZZBOT], "GBK")),
        ("Message-ID", "<6e1b3a90.2c4f.19f8e7d0a51.mailmaster@zzsw.example.cn>"),
        ("Subject", ew("8月安全生产例会隐患整改安排", "GBK")),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "NetEase Mail Master 5.2.3.1005 (Windows)"),
    ]
    eml = message(hs, part, mime_version=False)
    items = [
        I("贾文静", "二水厂加氯间漏氯报警器失灵", "2026-08-28", "abs:2026-08-28"),
        I("郝鹏", "东区泵站配电柜接地电阻超标", "2026-08-31", "me"),
        I("常亮", "管网抢修车辆年检逾期", "2026-09-04", "abs:2026-09-04"),
        I("申晓东", "危化品库台账不全", "2026-09-24", "holbefore:Mid-autumn Festival"),
        I(None, "消防器材过期更换", None, "vague"),
    ]
    notes = ("Sent Wed 2026-08-26, GBK plain text with a space-aligned table. Each row is an item to rectify the "
             "hazard (task = the hazard text as written). 月底 -> 08-31; 中秋节前 -> last working day before "
             "09-25 = 09-24; '（各部门）' is every department, not one -> owner null, department null; '9月中旬' -> "
             "vague_due. '17处隐患已全部销号' is status; '下次例会9月下旬' is vague -> no next_followup.")
    return {"eml": eml, "items": items, "next": None, "notes": notes}


# ------------------------------------------------------------------ 10634
@case(10634, "wd-gm-office-ipad-apple-mail-after-dragon-boat", "minutes",
      "Apple Mail (iPad) 总经理办公会 on the first working day after 端午: 决定 lines are decisions, '要办的' are items; "
      "given-name owner (思远), 6月30日（周二）前, 下下周一前, 本月底前, 牵头/配合 with 尽快; next 办公会 date+time")
def c10634():
    date = rfcdate(2026, 6, 22, 8, 40, 15)
    body = """各位：

今天总经理办公会要点如下。

决定：
1. 下半年出口目标维持1.2万件不变。
2. 高速动平衡线投资预算原则同意，分两期投入，一期不超过380万。

要办的：
- 思远：6月30日（周二）前拿出东非其他国家市场的开发计划。
- 黄工：下下周一前把动平衡线一期设备技术协议定稿。
- 付主管：本月底前完成二季度供应商评价。
- 邓主管牵头、田主任配合：梳理6月客诉，尽快。

下次办公会：7月6日（周一）上午8:30。

周建军

发自我的iPad
"""
    part = text(body, "plain", "utf-8", "quoted-printable")
    hs = [
        ("Return-Path", "<zhoujianjun@wdds.example.cn>"),
        wd_received(date, n=9, rid="4ZXv1q7Kfmz3"),
        ("From", addr("周建军", "zhoujianjun@wdds.example.cn", quote=False)),
        ("Content-Type", "text/plain;\n\tcharset=utf-8"),
        ("Content-Transfer-Encoding", "quoted-printable"),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", date),
        ("Subject", ew("总经理办公会要点 6.22")),
        ("Message-Id", "<3E7A9C10-B42D-4F58-8E03-6D1C5B2A9F47@wdds.example.cn>"),
        ("To", alist([P("陈思远"), P("黄志刚"), P("付晓燕"), P("邓秀英"), P("田勇")], quote=False)),
        ("Cc", addr(*BOT, quote=False)),
        ("X-Mailer", "iPad Mail (22F76)"),
    ]
    eml = message(hs, ([], part[1]), mime_version=False)
    items = [
        I("陈思远", "拿出东非其他国家市场的开发计划", "2026-06-30", "abs:2026-06-30"),
        I("黄志刚", "把动平衡线一期设备技术协议定稿", "2026-07-06", "next2:0"),
        I("付晓燕", "完成二季度供应商评价", "2026-06-30", "me"),
        I("邓秀英", "梳理6月客诉", None, "vague"),
    ]
    notes = ("Sent Mon 2026-06-22, first working day after 端午 (06-19..21). 决定 lines are decisions. 思远=陈思远 "
             "(given-name alias), 黄工=黄志刚, 付主管=付晓燕, 邓主管 leads (田主任 supports) -> 邓秀英. '6月30日（周二）"
             "前' -> 06-30; '下下周一前' -> Monday two weeks ahead 07-06; 本月底前 -> 06-30; 尽快 -> vague_due. Next "
             "办公会 '7月6日（周一）上午8:30' -> 2026-07-06 08:30.")
    return {"eml": eml, "items": items, "next": NF("2026-07-06", "abs:2026-07-06", "08:30"), "notes": notes}

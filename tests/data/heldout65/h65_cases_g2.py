"""heldout65 cases 9314-9316, 9336: 绵阳市游仙区市场监督管理局 (DSN, seed inline, Tencent Meeting AI, work report)."""
from h65_lib import (I, F, T, case, rfc_date, addr, addrs, ew, leaf, multi, message, deliver, hx, html_paras)
from h65_roster import who, bot
from h65_cases_g1 import coremail_hdr

DOM = "yxscjg.example.gov.cn"
BOT = bot("G")


@case(9314, "g-coremail-auto-dsn-bounce", "auto",
      "Coremail/Postfix DSN (multipart/report; report-type=delivery-status, Auto-Submitted: auto-replied, Return-Path "
      "<>) for a recap sent to a maintenance company's unknown address; bilingual 退信 explanation")
def c9314():
    t = T("2026-07-20 10:05:31")
    rcpt = "wangli@fusheng-lift.example.cn"
    expl = ("很抱歉，您的邮件未能成功投递到以下收件人（退信）：\n\n    <wangli@fusheng-lift.example.cn>: 收件人不存在\n\n"
            "This is the mail system at host mx.yxscjg.example.gov.cn.\n\n"
            "I'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n"
            "<wangli@fusheng-lift.example.cn>: host mx.fusheng-lift.example.cn[121.40.11.9] said: 550 5.1.1 "
            "User unknown (in reply to RCPT TO command)\n")
    status = ("Reporting-MTA: dns; mx.yxscjg.example.gov.cn\nX-Postfix-Queue-ID: 5A2C1E0B7F\n"
              "X-Postfix-Sender: rfc822; minutes@yxscjg.example.gov.cn\nArrival-Date: Mon, 20 Jul 2026 10:05:27 +0800 (CST)\n\n"
              f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: 5.1.1\n"
              "Remote-MTA: dns; mx.fusheng-lift.example.cn\n"
              "Diagnostic-Code: smtp; 550 5.1.1 User unknown (in reply to RCPT TO command)\n")
    orig = ("Return-Path: <minutes@yxscjg.example.gov.cn>\nFrom: =?utf-8?B?5Lya6K6u57qq6KaB6Lef6Liq?= <minutes@yxscjg.example.gov.cn>\n"
            f"To: {rcpt}\nSubject: =?utf-8?B?44CQ57qq6KaB56Gu6K6k44CR55S15qKv57u05L+d6LSo6YeP5o6S5p+l5Lya?=\n"
            "Date: Mon, 20 Jul 2026 10:05:26 +0800\nMessage-ID: <recap.7f3a91c2@yxscjg.example.gov.cn>\n"
            "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: OOF, AutoReply\n")
    body = multi("report", [leaf("text/plain", expl, "utf-8", "8bit", extra=("Content-Description: Notification",)),
                            leaf("message/delivery-status", data=status.encode(), cte="7bit",
                                 extra=("Content-Description: Delivery report",)),
                            leaf("text/rfc822-headers", orig, "us-ascii", "7bit",
                                 extra=("Content-Description: Undelivered Message Headers",))],
                 "5A2C1E0B7F.1784513131/mx.yxscjg.example.gov.cn", params="; report-type=delivery-status")
    hdr = [("Return-Path", "<>"), ("Delivered-To", BOT[1]),
           ("Received", "by mx.yxscjg.example.gov.cn (Postfix)\n\tid 6B3D2F1C80; Mon, 20 Jul 2026 10:05:31 +0800 (CST)"),
           ("Date", rfc_date(t)), ("From", "MAILER-DAEMON@mx.yxscjg.example.gov.cn (Mail Delivery System)"),
           ("Subject", "Undelivered Mail Returned to Sender"), ("To", BOT[1]), ("Auto-Submitted", "auto-replied"),
           ("MIME-Version", "1.0"), ("Message-Id", "<20260720020531.6B3D2F1C80@mx.yxscjg.example.gov.cn>")]
    return {"eml": message(hdr, body),
            "notes": "Delivery status notification for a recap the bot sent to an unknown address of an elevator "
                     "maintenance company: From MAILER-DAEMON, Return-Path <>, Auto-Submitted: auto-replied, "
                     "multipart/report. Kind auto; no items, no command."}


@case(9315, "g-coremail-seed-inline-sentence", "minutes",
      "Coremail plain GB18030: the seed's one-line '本次沟通确认3件事：①…（负责人：…，截止时间：周三17:00）；②…' "
      "after a phone call with the deputy director, sent on a Monday: 周三17:00 / 周二12:00 / 周三18:00; 罗主任 alias")
def c9315():
    t = T("2026-07-20 11:32:14")
    txt = ("蒲局您好，根据今天上午电话沟通内容，现将结论整理如下，如有异议请于今日内回复：\n\n"
           "本次沟通确认3件事：①食品安全监管科周三前提交暑期小餐饮专项整治方案（负责人：杜娟，截止时间：周三17:00）；"
           "②综合执法大队同步群众投诉集中的三个小区名单（负责人：岳小川，截止时间：周二12:00）；③办公室周三下午审核"
           "整治行动经费（负责人：罗主任，截止时间：周三18:00）。\n\n办公室 苟晓莉\n")
    body = leaf("text/plain", txt, "GB18030", "base64")
    hdr = coremail_hdr("苟晓莉", t, 9315, ew("电话沟通结论：暑期小餐饮专项整治", "GB18030"), ["蒲建华"],
                       ["杜娟", "岳小川", "罗春燕", BOT], cs="GB18030")
    items = [I("杜娟", "提交暑期小餐饮专项整治方案", "2026-07-22", ("wd", 2), "17:00"),
             I("岳小川", "同步群众投诉集中的三个小区名单", "2026-07-21", ("wd", 1), "12:00"),
             I("罗春燕", "审核整治行动经费", "2026-07-22", ("wd", 2), "18:00")]
    return {"eml": message(hdr, body), "items": items, "followup": None,
            "notes": "The seed guide's one-line '本次沟通确认3件事：①…；②…；③…' after a phone call. Sent Mon 2026-07-20. "
                     "周三17:00 -> 2026-07-22 17:00; 周二12:00 -> 2026-07-21 12:00; 周三18:00 -> 2026-07-22 18:00. 罗主任 = "
                     "罗春燕. '如有异议请于今日内回复' is the objection window, not an item."}


@case(9316, "g-coremail-tencent-meeting-ai-todos", "minutes",
      "Coremail HTML+text UTF-8 pasting a 腾讯会议 AI 小结: 会议要点 mention work ('下周内完成') but only 待办 count; "
      "8月14日前 / 下周二前 / no date; next 调度会 written by the sender under the AI block")
def c9316():
    t = T("2026-08-07 16:03:51")
    txt = """各科室：转发今天调度会的腾讯会议智能纪要，请对照待办落实。

【腾讯会议 AI 小结】游仙区市场监管局8月调度会
会议时间：2026/08/07 14:30-15:40

会议要点
1. 特种设备：汛期地下车库电梯进水隐患排查需在下周内完成，唐勇表示人手偏紧，需执法大队支援。
2. 网络交易：七夕促销期间需加强直播间价格监测。
3. 办公室：下半年预算执行进度偏慢，需要压实责任。

待办
· 唐勇：8月14日前完成汛期地下车库电梯进水隐患排查
· 苟晓莉：下周二前汇总各科室预算执行情况报罗主任
· 文静：整理七夕期间直播间价格监测清单

智能纪要由AI生成，可能存在不准确之处，请谨慎甄别

下次调度会：8月14日（周五）下午3点，三楼会议室。

苟晓莉
"""
    html = '<div style="font-size:14px">' + html_paras(txt.rstrip("\n"), "div") + "</div>\n"
    body = multi("alternative", [leaf("text/plain", txt, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                 f"----=_Part_9316{hx(9316, 5)}_{hx(9317, 8)}.1786089831")
    hdr = coremail_hdr("苟晓莉", t, 9316, ew("8月调度会 腾讯会议智能纪要", "UTF-8"),
                       ["唐勇", "文静", "罗春燕"], ["蒲建华", "任志强", BOT], cs="UTF-8")
    items = [I("唐勇", "完成汛期地下车库电梯进水隐患排查", "2026-08-14", ("abs", "2026-08-14")),
             I("苟晓莉", "汇总各科室预算执行情况报罗主任", "2026-08-11", ("next", 1)),
             I("文静", "整理七夕期间直播间价格监测清单", None, None)]
    return {"eml": message(hdr, body), "items": items, "followup": F("2026-08-14", "15:00"),
            "notes": "腾讯会议 AI minutes pasted by the office, sent Fri 2026-08-07. Only the 待办 list counts: 会议要点 "
                     "restate the same work ('下周内完成', '需要压实责任') and add no items. 8月14日前 -> 2026-08-14; 下周二前 "
                     "-> 2026-08-11; 文静's todo has no date -> no_due. The sender's own line under the AI block, "
                     "'下次调度会：8月14日（周五）下午3点' -> next_followup 2026-08-14 15:00."}


@case(9336, "g-coremail-work-report-done-then-next-steps", "minutes",
      "Coremail GBK 工作推进会纪要 that is mostly a report of finished work (一、完成情况 — not items) then 三、下步工作: "
      "8月底前, 中秋节前 (09-25), 国庆节前 (10-01), 9月10日前 with a section-only owner")
def c9336():
    t = T("2026-08-20 17:05:26")
    txt = """蒲局、各位：

食品安全监管科工作推进会纪要如下。

一、前期工作完成情况
1. 校园周边食品安全专项检查已全部完成，共检查经营户186户，责令整改9户。
2. 夏季“守护”行动方案已于6月5日印发，7月底前完成第一轮检查。
3. 冷饮店、奶茶店突击检查已完成，立案2件。

二、存在问题
部分小餐饮“明厨亮灶”设备离线率偏高，后台巡查不到位。

三、下步工作
1. 杜娟8月底前完成秋季学校食堂开学前检查方案；
2. 冯刚协助做好中秋月饼生产企业专项检查，中秋节前完成；
3. 岳小川国庆节前完成“双节”市场价格监督检查方案；
4. 9月10日前，科室汇总上述检查数据报局办公室。

何明亮
食品安全监管科
"""
    html = '<div style="line-height:1.7;font-size:14px">' + html_paras(txt.rstrip("\n"), "p", "margin:0") + "</div>\n"
    body = multi("alternative", [leaf("text/plain", txt, "GBK", "base64"), leaf("text/html", html, "GBK", "base64")],
                 f"----=_Part_9336{hx(9336, 5)}_{hx(9337, 8)}.1787303126")
    hdr = coremail_hdr("何明亮", t, 9336, ew("食品安全监管科工作推进会纪要（8月20日）", "GBK"), ["蒲建华"],
                       ["杜娟", "冯刚", "岳小川", "唐勇", "任志强", BOT])
    items = [I("杜娟", "完成秋季学校食堂开学前检查方案", "2026-08-31", ("monthend",)),
             I("冯刚", "协助做好中秋月饼生产企业专项检查", "2026-09-24", ("before_hol", "2026-09-25")),
             I("岳小川", "完成“双节”市场价格监督检查方案", "2026-09-30", ("before_hol", "2026-10-01")),
             I(("dept", "食品安全监管科"), "汇总上述检查数据报局办公室", "2026-09-10", ("abs", "2026-09-10"))]
    return {"eml": message(hdr, body), "items": items, "followup": None,
            "notes": "Work-progress minutes, sent Thu 2026-08-20. 一、前期工作完成情况 reports finished work (status, with "
                     "past dates) and 二、存在问题 is a finding: neither gives items. 三、下步工作: 8月底前 -> 2026-08-31; "
                     "中秋节前 (中秋 09-25..27) -> Thu 2026-09-24; 国庆节前 (10-01..07) -> Wed 2026-09-30; item 4's owner is "
                     "'科室' = the writer's section 食品安全监管科 only -> no_owner with that department, 2026-09-10."}

"""Cases 9833-9838: three more 'other' mails and three 'auto' mails."""
from h70_clients import Case, boundary
from h70_common import (PEOPLE as P, esc, html_part, multi, paras, raw_part, simple_html, text_part, b64lines,
                        encw, seedhex)
from h70_people import BOT_A, BOT_B, BOT_C, BOT_D, GA, GC, GD

CASES = []

# ------------------------------------------------------------------ 9833 other: internal newsletter written by a colleague
T9833 = """《花韵简讯》2026年第6期（6月）

【公司动态】
1. 6月12日，公司牡丹籽油冷榨生产线通过GMP复审，审核组提出的4项整改已全部完成。
2. 花期直播共12场，GMV 186万元，感谢电商部、市场部同事的辛苦付出。

【员工风采】
种植基地祁红梅同志获评“菏泽市优秀农技员”。

【通知】
1. 7月10日前各部门报送上半年优秀员工推荐名单至行政部。
2. 夏季高温，请各车间做好防暑降温，行政部已于6月20日发放防暑用品。
3. 公司篮球赛报名截止7月3日，联系人：葛慧（分机8006）。

行政部 编
"""
CASES.append(Case(
    9833, "other-internal-newsletter-by-colleague", "other", "exmail", "2026-06-30 16:48:00 +0800",
    P["葛慧"], [("全体员工", "all@" + GD)], "《花韵简讯》2026年第6期",
    multi("alternative", boundary("exmail", 9833), [
        text_part(T9833, "utf-8", "base64"),
        html_part(simple_html("<h2 style=\"color:#b0306a\">《花韵简讯》2026年第6期（6月）</h2>\n" +
                              paras(T9833.split("\n", 2)[2]), "utf-8", "font-size:14px"), "utf-8", "base64")]),
    rcpt=BOT_D[1],
    notes="An internal newsletter written and sent by a colleague (行政部) to the all-staff address, which includes the "
          "bot. No List-Id/Precedence headers: it is a person's mail, not automated bulk mail -> kind other (the corpus "
          "treats bulk list newsletters as auto). '7月10日前…报送' and '报名截止7月3日' are notices to everyone, not "
          "minutes items.",
    tests="Colleague-written newsletter to all@ (no bulk headers) with dated notices -> other"))

# ------------------------------------------------------------------ 9834 other: reply in a thread that is not minutes
T9834 = """费主任：

我7月18日（周六）的防汛值班和陶志远换一下，我换到7月25日，他已同意。值班表麻烦帮忙改一下。

胡俊

在 2026-07-07 09:30:12，"费晓敏" <feixiaomin@xlslhj.example.gov.cn> 写道：
>各科室：
>7月防汛值班表见附件，请各值班人员提前熟悉值班制度，确需调班的请于7月10日前报办公室。
>局办公室
"""
CASES.append(Case(
    9834, "other-reply-duty-swap-thread-coremail", "other", "coremail", "2026-07-08 08:55:36 +0800",
    P["胡俊"], [P["费晓敏"]], "Re:关于7月防汛值班安排的通知",
    multi("alternative", boundary("coremail", 9834), [
        text_part(T9834, "GBK", "base64"),
        html_part(simple_html(paras(T9834), "GBK", "line-height:1.7;font-size:14px"), "GBK", "base64")]),
    cc=[P["陶志远"], BOT_A], rcpt=BOT_A[1],
    extra=["In-Reply-To: <5d2e7a10.3c44.19b0f1a2b3c.Coremail.feixiaomin@xlslhj.example.gov.cn>",
           "References: <5d2e7a10.3c44.19b0f1a2b3c.Coremail.feixiaomin@xlslhj.example.gov.cn>"],
    notes="A reply in a duty-roster notice thread (not a minutes thread, and the bot never sent anything in it): a shift "
          "swap request. Dates (7月18日, 7月25日, quoted 7月10日前) are not items; 'Re:' and In-Reply-To do not make it a "
          "minutes reply -> kind other.",
    tests="Re: in a non-minutes notice thread (shift swap) -> other"))

# ------------------------------------------------------------------ 9835 other: meeting notice (before the meeting)
T9835 = """各部门：

经研究，定于7月3日（周五）下午2:30在三楼大会议室召开上半年工作总结会，现将有关事项通知如下：

一、参会人员：公司领导、各部门负责人、种植基地组长以上人员。
二、会议议程：1. 各部门汇报上半年工作及下半年计划；2. 田总讲话。
三、有关要求：
1. 请各部门于7月1日前将总结材料（PPT不超过10页）报行政部；
2. 参会人员提前10分钟入场，会议期间手机静音。

行政部
2026年6月24日
"""
CASES.append(Case(
    9835, "other-meeting-notice-before-meeting-outlook", "other", "outlook", "2026-06-24 10:15:51 +0800",
    P["葛慧"], [P["孟晓"], P["崔亮"], P["郜丹"], P["牛建伟"], P["单雨桐"]], "关于召开上半年工作总结会的通知",
    multi("alternative", boundary("outlook", 9835), [
        text_part(T9835, "gb2312", "base64"),
        html_part(simple_html(paras(T9835, "p"), "gb2312", "font-family:宋体;font-size:14px"), "gb2312", "base64")]),
    cc=[P["田振华"], BOT_D], rcpt=BOT_D[1],
    notes="A meeting notice (会议通知) sent before the meeting: agenda, attendees and a preparation request with a date "
          "(7月1日前报总结材料). It is not minutes of a held meeting -> kind other, no items, no follow-up (the meeting "
          "time is the subject of the notice, not a next follow-up of minutes).",
    tests="会议通知 before a meeting with a preparation deadline -> other"))

# ------------------------------------------------------------------ 9836 auto: Exmail out-of-office with Auto-Submitted
T9836 = """您好，我于8月3日至8月7日休年假，期间不便及时回复邮件。
采购相关事宜请联系孙浩（sunhao@yufeng-down.example.cn，分机8213），紧急情况请致电鲍总办公室。
8月10日（周一）返岗后我会尽快处理您的邮件。

鲁堃
"""
CASES.append(Case(
    9836, "auto-exmail-ooo-auto-submitted", "auto", "exmail", "2026-08-04 14:02:11 +0800",
    P["鲁堃"], [BOT_B], "自动回复: 今天看毛谈的事情",
    multi("alternative", boundary("exmail", 9836), [
        text_part(T9836, "utf-8", "base64"),
        html_part(simple_html(paras(T9836), "utf-8"), "utf-8", "base64")]),
    rcpt=BOT_B[1],
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
           "In-Reply-To: <3a9c2e71.5b20.19b22d0f4a1.Coremail.zhouyongfu@hqfengyu-coop.example.cn>"],
    notes="Tencent Exmail vacation auto-reply (Auto-Submitted: auto-replied, '自动回复:' subject) to the bot; the body has "
          "dates and a delegate, none of which is an item -> kind auto.",
    tests="Exmail out-of-office with Auto-Submitted header -> auto"))

# ------------------------------------------------------------------ 9837 auto: Coremail vacation reply WITHOUT Auto-Submitted
T9837 = """您好！

我于8月24日至8月28日在省水利厅参加防汛业务培训，期间不便查看邮件。
工程建设科工作事宜请联系陶志远（taozhiyuan@xlslhj.example.gov.cn）。

此邮件为系统自动回复，请勿直接回复。

石磊
"""
CASES.append(Case(
    9837, "auto-coremail-vacation-no-auto-submitted", "auto", "coremail", "2026-08-24 09:03:40 +0800",
    P["石磊"], [BOT_A], "自动回复：【纪要确认】局长办公会议纪要（〔2026〕第9次）",
    text_part(T9837, "GBK", "base64"),
    rcpt=BOT_A[1],
    extra=["X-Autoreply: yes",
           "In-Reply-To: <mb-%s@%s>" % (seedhex(9837, "bot", n=20), GA)],
    notes="Coremail vacation reply to the bot's recap WITHOUT an Auto-Submitted header: only the '自动回复：' subject, an "
          "X-Autoreply header and the body sentence '此邮件为系统自动回复' mark it. Nobody wrote it -> kind auto (not a "
          "reply, no command).",
    tests="Vacation auto-reply without Auto-Submitted (subject/X-Autoreply/body cues only) -> auto"))

# ------------------------------------------------------------------ 9838 auto: Exchange Online NDR carrying the bot's recap
BOT_MID = "<mb-%s@%s>" % (seedhex(9838, "recap", n=20), GC)
INNER_TXT = ("纪要已登记 / Minutes recorded: Lessons learned - weld failures May\n\n"
             "序号 | 事项 | 负责人 | 截止时间\n"
             "1 | Update PFMEA with the new weld failure mode | 施宇航 | 2026-06-05\n"
             "2 | Add an annealing-time check to the shift start checklist | 应晓峰 | 2026-06-03\n"
             "3 | Update PFMEA with the new weld failure mode | 陈锋 | 2026-06-12\n"
             "4 | Retest 10 blades from stock for weld hardness | 楼佳 | 2026-06-03\n\n"
             "如有异议请于今日内回复（截止 2026-05-29 18:00）。\n")
INNER = ("From: Minutes Bot <minutebot@%s>\nTo: Karin Sjoeberg <karin.sjoeberg@lindqvist-tools.example.se>,\n"
         " Vincent Chen <chen.feng@%s>\nSubject: %s\nDate: Fri, 29 May 2026 16:06:02 +0800\nMessage-ID: %s\n"
         "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: OOF, AutoReply\nMIME-Version: 1.0\n"
         "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\n%s\n"
         % (GC, GC, encw("【纪要确认】Lessons learned - weld failures May", "utf-8"), BOT_MID,
            b64lines(INNER_TXT.replace("\n", "\r\n").encode("utf-8"))))
HTML9838 = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
            "<p><b><font color=\"#000000\" size=\"3\" face=\"Arial\">Your message to karin.sjoeberg@lindqvist-tools.example.se"
            " couldn't be delivered.</font></b></p><p>karin.sjoeberg wasn't found at lindqvist-tools.example.se.</p>"
            "<p>Action Required: Recipient - Unknown To address</p><p><b>How to Fix It</b><br>The address may be "
            "misspelled or may not exist. Try one or more of the following: Retype the recipient's address, then "
            "resend the message.</p><p>Original Message Details<br>Created Date: 5/29/2026 8:06:02 AM<br>Sender "
            "Address: minutebot@%s<br>Recipient Address: karin.sjoeberg@lindqvist-tools.example.se<br>Subject: "
            "Lessons learned - weld failures May</p><p>Error Details<br>Reported error: 550 5.1.10 "
            "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup</p></body></html>\n" % GC)
DSN9838 = ("Reporting-MTA: dns;TYZPR06MB5218.apcprd06.prod.outlook.com\nReceived-From-MTA: dns;mail.%s\n"
           "Arrival-Date: Fri, 29 May 2026 08:06:03 +0000\n\nFinal-Recipient: rfc822;karin.sjoeberg@lindqvist-tools.example.se\n"
           "Action: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
           "not found by SMTP address lookup\n" % GC)
CASES.append(Case(
    9838, "auto-exchange-ndr-with-recap", "auto", "exchange", "2026-05-29 08:06:09 +0000",
    ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@" + GC), [BOT_C],
    "Undeliverable: 【纪要确认】Lessons learned - weld failures May",
    multi("report", boundary("exchange", 9838), [
        multi("alternative", boundary("exchange", 9838, 1), [
            text_part("Your message to karin.sjoeberg@lindqvist-tools.example.se couldn't be delivered.\n\n"
                      "karin.sjoeberg wasn't found at lindqvist-tools.example.se.\n\nRemote Server returned '550 5.1.10 "
                      "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n", "us-ascii", "7bit"),
            html_part(HTML9838, "us-ascii", "7bit")]),
        raw_part("message/delivery-status", DSN9838),
        raw_part("message/rfc822", INNER),
    ], params={"report-type": "delivery-status"}),
    rcpt=BOT_C[1], msgid="<%s@TYZPR06MB5218.apcprd06.prod.outlook.com>" % seedhex(9838, "ndr", n=32).upper(),
    extra=["In-Reply-To: " + BOT_MID, "References: " + BOT_MID, "Auto-Submitted: auto-replied",
           "X-MS-Exchange-Message-Is-Ndr:"],
    notes="Exchange Online non-delivery report (multipart/report; report-type=delivery-status) for the bot's own recap of "
          "9818, addressed (from an old contact entry) to the misspelt karin.sjoeberg@ at the parent. The returned message/rfc822 is the bot's recap with a full item table and "
          "'如有异议请于今日内回复' -> none of it is minutes; kind auto, no items.",
    tests="Exchange NDR (multipart/report) carrying the bot's recap with an item table -> auto"))

"""heldout58 cases 8636-8638 (kind auto)."""
import datetime as dt

from h58_common import (Case, T, L, K, Multi, Part, envelope, haddr, htext, hx, hxu, b64s, message, person,
                        rfc_date, ts, TZ8)

UTC = dt.timezone.utc


# ---------------------------------------------------------------------------------------------------------- 8636
def b8636():
    t = ts("2026-06-29 11:12:40")
    frm = person("Ingrid Haugen")
    bot_signed = "minutes+r7f3c21d9a04be@" + T
    recap_id = "<r.20260629111234.6c1e0a9b@" + T + ">"
    mid = f"AM9PR0{hxu('8636', 1)}MB{hxu('8636x', 30)}"
    hs = envelope(frm[1], t, bot_signed, "AM9PR06MB7301.eurprd06.prod.outlook.com", "40.107.22.61",
                  "mx." + T, "8636")
    hs += [f"From: {haddr(*frm)}", f"To: {haddr('纪要助手', bot_signed)}",
           "Subject: " + htext("Automatic reply: 【纪要确认】Minutes: QA monthly review June"),
           "Thread-Topic: " + htext("【纪要确认】Minutes: QA monthly review June"),
           f"Thread-Index: {b64s('8636', 22)}", f"Date: {rfc_date(t, UTC)}",
           f"Message-ID: <{mid}@{mid[:13]}.eurprd06.prod.outlook.com>", f"In-Reply-To: {recap_id}",
           f"References: {recap_id}", "Accept-Language: en-US, nb-NO", "Content-Language: en-US",
           "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", "Auto-Submitted: auto-replied",
           "X-Auto-Response-Suppress: All", f"X-MS-Exchange-Inbox-Rules-Loop: {frm[1]}",
           "X-MS-Exchange-Generated-Message-Source: Mailbox Rules Agent"]
    text = ("Thank you for your email.\n\nI am out of the office from 29 June to 17 July with limited access to "
            "email. For urgent quality matters please contact Bjørn Lie (bjorn.lie@tidewell.example.no, "
            "+47 55 01 23 50). For Zhanjiang plant issues please contact Kevin Liang.\n\nI will reply after 20 July."
            "\n\nBest regards,\nIngrid Haugen\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            + "".join(f"<div>{x or '<br>'}</div>" for x in text.split("\n")) + "</body></html>\n")
    body = Multi("alternative", [Part("text/plain", text, "utf-8", "base64"), Part("text/html", html, "utf-8",
                                                                                  "base64")], f"_000_{mid}_")
    return message(hs, body)


# ---------------------------------------------------------------------------------------------------------- 8637
def b8637():
    t = ts("2026-07-23 09:00:04")
    frm = person("宋佳")
    bot_signed = "minutes+r0b8e5a13c672d@" + L
    recap_id = "<r.20260723085958.a41f07c2@" + L + ">"
    hs = envelope(frm[1], t, bot_signed, "smtpbg31.exmail.example.com", "43.154.54.31", "mx." + L, "8637")
    hs += [f"X-QQ-mid: bizesmtp26t{int(t.timestamp())}t{hx('8637', 8)}",
           f"From: {haddr(*frm, quote=True)}", f"To: {haddr('纪要助手', bot_signed, quote=True)}",
           "Subject: " + htext("自动回复：Re: 【纪要确认】夏季灯会安全检查会纪要", "gb18030"),
           f"Date: {rfc_date(t)}", f"Message-ID: <tencent_{hxu('8637', 40)}@{L}>",
           f"In-Reply-To: {recap_id}", f"References: {recap_id}",
           "X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: QQMail 2.x", "X-QQ-Mailer: QQMail 2.x"]
    text = ("您好，我7月22日至7月26日休年假，7月27日（周一）返岗。\n期间海外项目的急事请联系何晨阳经理，"
            "电话139 0813 2266；英国项目资料请发 hechenyang@dengyao-lantern.example.cn。\n谢谢！\n\n宋佳\n")
    html = ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb18030\"><div>"
            + "<br>".join(text.split("\n")) + "</div>\n")
    body = Multi("alternative", [Part("text/plain", text, "gb18030", "base64"),
                                 Part("text/html", html, "gb18030", "base64")],
                 f"----=_NextPart_{hxu('8637', 8)}_{hxu('8637a', 8)}_{hxu('8637b', 8)}")
    return message(hs, body)


# ---------------------------------------------------------------------------------------------------------- 8638
def b8638():
    t = ts("2026-04-22 18:00:51")
    bot = "minutes@" + K
    orig_id = "<r.20260422175949.93d2e61f@" + K + ">"
    boundary = f"{hxu('8638', 10)}.{int(t.timestamp())}/mx.{K}"
    hs = ["Return-Path: <>", f"Delivered-To: {bot}",
          f"Received: by mx.{K} (Postfix)\n\tid {hxu('8638', 11)}; {rfc_date(t)} (CST)",
          f"Date: {rfc_date(t)} (CST)", f"From: MAILER-DAEMON@mx.{K} (Mail Delivery System)",
          "Subject: Undelivered Mail Returned to Sender", f"To: {bot}", "Auto-Submitted: auto-replied",
          f"Message-Id: <{t:%Y%m%d%H%M%S}.{hxu('8638m', 11)}@mx.{K}>"]
    human = ("This is the mail system at host mx.xykite.example.cn.\n\nI'm sorry to have to inform you that your "
             "message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further "
             "assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You "
             "can\ndelete your own text from the attached returned message.\n\n                   The mail system\n\n"
             "<mark.tolly@skylarkkites.example.com.au>: host\n    mx1.skylarkkites.example.com.au[203.0.113.25] said: "
             "550 5.1.1\n    <mark.tolly@skylarkkites.example.com.au>: Recipient address rejected: User\n"
             "    unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    status = (f"Reporting-MTA: dns; mx.{K}\nX-Postfix-Queue-ID: {hxu('8638', 11)}\n"
              f"X-Postfix-Sender: rfc822; {bot}\nArrival-Date: {rfc_date(t - dt.timedelta(seconds=62))}\n\n"
              "Final-Recipient: rfc822; mark.tolly@skylarkkites.example.com.au\n"
              "Original-Recipient: rfc822;mark.tolly@skylarkkites.example.com.au\nAction: failed\nStatus: 5.1.1\n"
              "Remote-MTA: dns; mx1.skylarkkites.example.com.au\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <mark.tolly@skylarkkites.example.com.au>:\n"
              "    Recipient address rejected: User unknown in virtual mailbox table\n")
    headers = (f"Return-Path: <{bot}>\nFrom: {htext('纪要助手')} <{bot}>\n"
               "To: \"Tina Yu\" <yuxiaotong@xykite.example.cn>,\n mark.tolly@skylarkkites.example.com.au\n"
               f"Subject: {htext('【纪要确认】Skylark x Xiangyuan - call notes 21/4')}\n"
               f"Date: {rfc_date(t - dt.timedelta(seconds=62))}\nMessage-ID: {orig_id}\n"
               "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: OOF, AutoReply\nMIME-Version: 1.0\n")
    body = Multi("report", [Part("text/plain", human, "us-ascii", "7bit",
                                 headers=["Content-Description: Notification"]),
                            Part("message/delivery-status", data=status.encode(), cte="7bit",
                                 headers=["Content-Description: Delivery report"]),
                            Part("text/rfc822-headers", headers, "us-ascii", "7bit",
                                 headers=["Content-Description: Undelivered Message Headers"])],
                 boundary, preamble="This is a MIME-encapsulated message.", params=" report-type=delivery-status;")
    return message(hs, body)


CASES = [
    Case(8636, "auto-ooo-exchange-english", "auto",
         "Exchange Online 'Automatic reply:' to a bot recap (Auto-Submitted: auto-replied, X-MS-Exchange-Inbox-Rules-Loop, "
         "Mailbox Rules Agent), English body with a date range and a delegate",
         "Out-of-office auto reply from the Bergen head office to a recap. The headers decide; the dates (29 June to 17 "
         "July, after 20 July) and the delegates are not items or commands. The bot must not answer it.",
         b8636),
    Case(8637, "auto-vacation-exmail-no-auto-submitted", "auto",
         "Exmail gb18030 '自动回复：Re: …' vacation reply with NO Auto-Submitted or X-Auto header: only the subject prefix "
         "and the body tell it is automatic",
         "Vacation auto reply to a recap (In-Reply-To the bot's recap id, To the signed bot address). No Auto-Submitted, "
         "no Precedence: the subject '自动回复：' and the body (休年假, 返岗 date, a delegate with phone) mark it as an "
         "automatic reply, not a person's reply; '7月27日（周一）返岗' is not an extension request.",
         b8637),
    Case(8638, "auto-dsn-postfix-mistyped-buyer", "auto",
         "Postfix DSN (multipart/report; report-type=delivery-status, Return-Path <>, From MAILER-DAEMON) for a recap "
         "sent to a mistyped buyer address; the returned headers carry the recap subject",
         "Bounce of the bot's recap of 8606 to 'mark.tolly@' (typo for mark@). Kind auto from the headers and the "
         "multipart/report structure; the quoted original subject '【纪要确认】…call notes' must not make it minutes.",
         b8638),
]

"""Cases 10731-10738: other (5) and auto (3)."""
from h79_common import who, BOT, h, ht, addr, rfcdate, leaf, multi, message, received, body_bytes
from h79_clients import mail
import h79_html as H


def c10731():
    text = """宫主任：

华北经销商下周二来厂看样机，麻烦周五前准备一台CZ-35纸箱夹样机，颜色按客户要求刷RAL 1003（信号黄），铭牌先不用装。
另外客户想顺便看一下侧移器装配线，看您那边方不方便安排半小时。

谢谢！
伊春来
销售部
"""
    html = H.divs(text.split("\n"), cs="GBK")
    eml, _ = mail("foxmail", who("伊春来"), [who("宫立新")], [who("冉晓"), BOT["Y"]],
                  "请安排一台纸箱夹样机（华北经销商看样）", "2026-04-23 10:12:44 +0800", text, html, seed="10731")
    return dict(num=10731, slug="foxmail-gbk-other-personal-request", kind="other", eml=eml, items=[], followup=None,
                notes="A person-to-person request (Foxmail GBK) with the bot in Cc out of habit. It asks 宫主任 for a "
                      "sample by 周五前 and mentions 下周二, but it is not minutes of any meeting: kind other, no items, "
                      "no follow-up.")


def c10732():
    text = """Hi Eric,

Apologies - Tuesday doesn't work for us any more, our GM has called a plant meeting at the same hour.
Could we move the call to Wednesday 29 April, same time (4:00 PM Dhaka / 6:00 PM Beijing)? If Wednesday is bad for Leo, Thursday morning is also fine for us.

Thanks,
Tanvir
"""
    html = H.gmail(text.split("\n"))
    eml, _ = mail("gmail", who("Tanvir Rahman"), [("Eric Na", who("那英杰")[1])],
                  [("Leo Tan", who("谭志远")[1]), BOT["N"]], "Move Tuesday's call?", "2026-04-26 13:05:51 +0600",
                  text, html, seed="10732")
    return dict(num=10732, slug="gmail-english-other-reschedule", kind="other", eml=eml, items=[], followup=None,
                notes="Rescheduling chat from the customer (Gmail, new thread, no In-Reply-To). It proposes a new time "
                      "for a call but records no meeting and assigns nothing: kind other; no next_followup (follow-ups "
                      "are read only from minutes).")


def c10733():
    text = """肃州区水务局工作简报
2026年第14期（总第187期）        局办公室编        2026年6月5日

【工作动态】
一是春灌工作圆满收官。截至5月31日，全区累计完成春灌面积21.7万亩，完成计划的100.4%，较去年同期提前6天。
二是取水许可专项检查启动。局里已于6月初完成检查方案制定，将于端午节后分三组开展入户检查。
三是西干渠节水改造项目初步设计通过市级审查，计划7月底前开工。

【基层声音】
总寨灌区管理所：今年推行"按方收费、预交水费"，群众满意度明显提高。

【下期预告】
下期将刊发农村饮水安全排查专题。欢迎各科室、各单位于6月15日前向局办公室报送稿件。

报：区委办、区政府办
送：各科室、局属各单位
"""
    html = H.divs(text.split("\n"), cs="UTF-8", wrapper="coremail")
    eml, _ = mail("coremail", who("祁玉兰"), [("局机关全体", "quanti@szqswj.example.gov.cn")],
                  [who("窦建华"), BOT["G"]], "肃州区水务局工作简报（2026年第14期）", "2026-06-05 16:20:11 +0800",
                  text, html, seed="10733")
    return dict(num=10733, slug="coremail-gov-other-work-bulletin", kind="other", eml=eml, items=[], followup=None,
                notes="Internal 工作简报 (newsletter) written and sent by a person to the all-staff list, with the bot in "
                      "Cc. It uses 一是/二是 and dates (7月底前开工, 6月15日前报送稿件) but reports work; it is not minutes and "
                      "carries no List-Id/Precedence headers (not bulk auto mail): kind other, no items.")


def c10734():
    text = """龚经理：

报价单我改好了，按您说的城市通勤款FOB单价下调0.35美元，起订量还是2000顶。客户问的ECE 22.06证书我这边没有，得找易主管要。
另外客户说想在8月20号前拿到样品，我明天上午10点前把寄样清单给您过目。

覃宇


------------------ 原始邮件 ------------------
发件人: "龚倩"<gongqian@antu-helmet.example.cn>
发送时间: 2026年8月11日(星期二) 上午9:12
收件人: "覃宇"<qinyu@antu-helmet.example.cn>
主题: 安途头盔8月报价单

小覃，报价单单价再看一下，客户嫌贵，今天给我改好的版本。
"""
    html = H.divs(text.split("\n"), cs="utf-8", wrapper="exmail")
    irt = "<tencent_8E21F6A0C3B54D7E9A11C2F3@antu-helmet.example.cn>"
    eml, _ = mail("wecom", who("覃宇"), [who("龚倩")], [BOT["C"]], "回复：安途头盔8月报价单", "2026-08-11 15:48:29 +0800",
                  text, html, seed="10734", irt=irt)
    return dict(num=10734, slug="wecom-other-reply-in-quote-thread", kind="other", eml=eml, items=[], followup=None,
                notes="WeCom '回复：' in a person-to-person quotation thread (In-Reply-To a mail of 龚倩, not a recap of the "
                      "bot), bot in Cc. It has promises with dates (8月20号前, 明天上午10点前) but no meeting and no minutes; "
                      "it is not a reply to minutebot either (no recap in the thread): kind other.")


def c10735():
    text = """各部门：

经研究，定于7月10日（周五）下午2:30在行政楼三楼会议室召开2026年半年度经营分析会，现将有关事项通知如下：

一、参会人员：公司领导、各部门负责人。
二、会议议程：
1. 各部门汇报上半年工作完成情况及下半年计划（每部门不超过10分钟）；
2. 财务分析上半年经营数据；
3. 孔总讲话。
三、有关要求：
请各部门于7月8日前将半年度总结材料（PPT不超过8页）报总经办，会议不得请假。

总经办
2026年7月3日

发自网易邮箱大师
"""
    eml, _ = mail("netease", who("孔德顺"), [("各部门负责人", "bumen@yunhe-shuju.example.cn")], [BOT["Y"]],
                  "关于召开2026年半年度经营分析会的通知", "2026-07-03 11:02:40 +0800", text, None, seed="10735")
    return dict(num=10735, slug="netease-other-meeting-notice", kind="other", eml=eml, items=[], followup=None,
                notes="会议通知 (a notice of a future meeting with agenda and a submission deadline 7月8日前), NetEase Mail "
                      "Master text-only. Nothing has been decided in a meeting yet: not minutes, kind other, no items, "
                      "and no next_followup (the meeting time is the subject of the notice, not a follow-up of minutes).")


def c10736():
    text = """I am out of the office from 22 June to 3 July with limited access to email.
For urgent supply matters please contact Jenny Yu (jenny.yu@nemunas-yk.example.cn).
I will reply after my return on 6 July.

Martin Guan
"""
    irt = "<mb-recap-10719.%s@nemunas-yk.example.cn>" % h("10719r", 16)
    subj = "Automatic reply: [Minutes recap] Minutes - Q3 capacity planning (18 Jun)"
    part = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"),
                                 leaf("text/html", "<html><body><p>" + "<br>\n".join(text.strip().split("\n")) +
                                      "</p></body></html>\n", "us-ascii", "7bit")],
                 "_000_TYZPR06MB%s_" % h("10736", 20).upper())
    hd = [("Return-Path", "<>"), ("Delivered-To", BOT["N"][1]),
          received("2026-06-22 02:20:41 +0000", "TYZPR06MB5421.apcprd06.prod.exchangelabs.example.net", "10.18.4.7",
                   "mail.nemunas-yk.example.cn", BOT["N"][1], "10736"),
          ("From", addr("Martin Guan", who("关明浩")[1])), ("To", addr(BOT["N"][0], BOT["N"][1])),
          ("Subject", subj), ("Thread-Topic", subj), ("Thread-Index", "AQHc%s" % h("10736ti", 24)),
          ("Date", rfcdate("2026-06-22 02:20:39 +0000")),
          ("Message-ID", "<TYZPR06MB%s@TYZPR06MB5421.apcprd06.prod.exchangelabs.example.net>" % h("10736", 20).upper()),
          ("In-Reply-To", irt), ("References", irt),
          ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
          ("X-MS-Exchange-Inbox-Rules-Loop", who("关明浩")[1]),
          ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
          ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    return dict(num=10736, slug="m365-auto-ooo-with-auto-submitted", kind="auto", eml=message(hd, part), items=[],
                followup=None,
                notes="Exchange Online out-of-office to a bot recap: Auto-Submitted: auto-replied, X-MS-Exchange-Inbox-"
                      "Rules-Loop, Return-Path <>, 'Automatic reply:' subject. Dates in the body (22 June, 3 July, 6 July) "
                      "and the delegate are not items or commands: kind auto.")


def c10737():
    bot = BOT["C"][1]
    t = "2026-06-23 14:21:20 +0800"
    notice = """This is the mail system at host smtp.antu-helmet.example.cn.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<shilei@zijiang-plastic.example.cn>: host mx.zijiang-plastic.example.cn[10.77.3.21]
    said: 550 5.1.1 <shilei@zijiang-plastic.example.cn>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
"""
    status = """Reporting-MTA: dns; smtp.antu-helmet.example.cn
X-Postfix-Queue-ID: 4gT7Wq1Zk2z9sQ
X-Postfix-Sender: rfc822; minutes@antu-helmet.example.cn
Arrival-Date: Tue, 23 Jun 2026 14:21:17 +0800 (CST)

Final-Recipient: rfc822; shilei@zijiang-plastic.example.cn
Original-Recipient: rfc822;shilei@zijiang-plastic.example.cn
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.zijiang-plastic.example.cn
Diagnostic-Code: smtp; 550 5.1.1 <shilei@zijiang-plastic.example.cn>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
    orig = """Return-Path: <minutes@antu-helmet.example.cn>
From: %s
To: %s
Subject: %s
Date: Tue, 23 Jun 2026 14:21:16 +0800
Message-ID: <mb-recap-10720.%s@antu-helmet.example.cn>
In-Reply-To: <000001dc%s@antu-helmet.example.cn>
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: OOF, AutoReply
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="mb-%s"
""" % (addr(BOT["C"][0], bot), addr("石磊", "shilei@zijiang-plastic.example.cn"),
       ht("[纪要确认] 外部沟通跟进表 EC2026-06-22（资江塑胶 粒料到货延迟）"), h("10720r", 16), h("10720", 6), h("x", 10))
    parts = [([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
              body_bytes(notice, "us-ascii", "7bit")),
             ([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
              body_bytes(status, "us-ascii", "7bit")),
             ([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
              body_bytes(orig, "us-ascii", "7bit"))]
    part = multi("report", parts, "4gT7Wq1Zk2z9sQ.1782195680/smtp.antu-helmet.example.cn",
                 params=" report-type=delivery-status;")
    hd = [("Return-Path", "<>"), ("Delivered-To", bot),
          ("Received", "by smtp.antu-helmet.example.cn (Postfix)\n\tid 4gT7Wr0Hc5z9sR; %s (CST)" % rfcdate(t)),
          ("Date", rfcdate(t)), ("From", "MAILER-DAEMON@smtp.antu-helmet.example.cn (Mail Delivery System)"),
          ("Subject", "Undelivered Mail Returned to Sender"), ("To", bot),
          ("Auto-Submitted", "auto-replied"),
          ("Message-Id", "<20260623062120.4gT7Wr0Hc5z9sR@smtp.antu-helmet.example.cn>")]
    return dict(num=10737, slug="postfix-dsn-bounce-recap", kind="auto", eml=message(hd, part), items=[],
                followup=None,
                notes="Postfix DSN (multipart/report; report-type=delivery-status, From MAILER-DAEMON, Return-Path <>) "
                      "for the bot's recap of 10720 sent to a mistyped/unknown supplier address. The returned headers "
                      "carry the recap subject with 外部沟通跟进表 and a date: kind auto, no items.")


def c10738():
    text = """您好！我于5月20日至5月26日休年假，期间不方便处理邮件。
农村水利科工作请联系俞晓雯（yuxiaowen@szqswj.example.gov.cn），急事请拨打科室电话0937-2612 318。
5月27日返岗后回复您。

达文忠
"""
    irt = "<mb-recap-10713.%s@szqswj.example.gov.cn>" % h("10713r", 16)
    eml, _ = mail("coremail", who("达文忠"), [BOT["G"]], [], "自动回复：[纪要确认] 关于城乡供水一体化项目推进会的纪要",
                  "2026-05-20 09:41:12 +0800", text, None, seed="10738", irt=irt)
    return dict(num=10738, slug="coremail-auto-vacation-no-auto-submitted", kind="auto", eml=eml, items=[],
                followup=None,
                notes="Coremail vacation auto-reply to the bot's recap of 10713 (In-Reply-To the recap), WITHOUT "
                      "Auto-Submitted, X-Autoreply or Precedence headers: only the '自动回复：' subject prefix and the "
                      "休年假/返岗 wording show it is machine-sent. It quotes nothing; the dates (5月20日至5月26日, 5月27日) "
                      "are not items, '返岗后回复您' is not a command: kind auto.")


CASES = [c10731, c10732, c10733, c10734, c10735, c10736, c10737, c10738]

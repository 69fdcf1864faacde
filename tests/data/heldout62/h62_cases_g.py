"""heldout62 cases 9031-9038: other (9031-9035) and auto (9036-9038)."""
import html as H

from h62_clients import alt, bot, build, date_hdr
from h62_lib import MV, QS, SQ, TL, email_of, flowed, html_page, multipart, part, text_to_html

CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def P(name):
    return (name, email_of(name))


# ------------------------------------------------------------------ 9031 other
@case
def c9031():
    iso = "2026-04-28T10:05:37+08:00"       # Tuesday
    text = """思远：

麻烦周五前把巴西Cabelo Real的对账单整理一下发我，4月的三笔货款都要列上。
另外明天下午3点前把给Adaeze寄样的DHL单号给我，客户在催。

谢谢！

曾雅琴
外贸部经理
"""
    body = part(text, "plain", "GBK", "base64")
    body = body.replace("charset=GBK", 'charset="GBK"', 1)
    eml, _ = build("foxmail", P("曾雅琴"), [P("刘思远")], [bot(QS)], "对账单和DHL单号", iso, body, QS, cs="GBK",
                   relay_ip="113.246.92.31", remote_host="ZENGYQ-NB")
    return dict(num=9031, slug="foxmail-gbk-person-request-bot-cc", kind="other", eml=eml, items=[], followup=None,
                notes="A manager's two requests to one colleague (Foxmail GBK plain text) with the bot in Cc out of "
                      "habit. It has owner-like address ('思远：') and deadlines ('周五前', '明天下午3点前') but no meeting "
                      "and no minutes: kind other, no items.",
                tests="person-to-person request with deadlines, bot in Cc by habit -> other")


# ------------------------------------------------------------------ 9032 other
@case
def c9032():
    iso = "2026-06-25T08:12:40+02:00"       # Thursday morning in Brno = 14:12 in Zhuzhou
    text = """Hi Cindy,

Could we move today's 15:00 sync to tomorrow (Fri 26 June), same time? I have
a customer visit in Ostrava this afternoon and won't be back in time.

If Friday doesn't work for Lixin, Monday 29 June 09:00 Brno / 15:00 Zhuzhou is
also fine for me.

Thanks,
Jakub

--
Jakub Novák
Group Engineering | Morava Trakce a.s.
"""
    html = "<div dir=\"ltr\">" + "".join("<div>%s</div>" % (H.escape(l) if l else "<br>") for l in text.split("\n")) + "</div>\n"
    body = alt(text, html, "0000000000007a91c20652f1e3b4", "UTF-8", "quoted-printable", "quoted-printable")
    eml, _ = build("gmail", ("Jakub Novák", email_of("Jakub Novák")), [("Cindy Yi", email_of("易欣"))],
                   [("Zhou Lixin", email_of("周立新")), bot(MV)], "Today's sync - move to Friday?", iso, body, MV,
                   cs="UTF-8", relay_ip="209.85.218.54", remote_host="mail-ej1-f54.google.com")
    return dict(num=9032, slug="gmail-en-reschedule-chat", kind="other", eml=eml, items=[], followup=None,
                notes="Google Workspace mail from the Czech parent asking to move a sync (Date +0200). It names dates, "
                      "times in two zones and people, but it is a rescheduling chat, not minutes and not a reply to a bot "
                      "mail: kind other, no items, no follow-up.",
                tests="English rescheduling chat with dates and two time zones -> other")


# ------------------------------------------------------------------ 9033 other
@case
def c9033():
    iso = "2026-06-22T11:03:18+08:00"       # Monday
    text = """关于召开全区文旅市场安全生产工作会议的通知

各科室、执法大队：

为做好暑期文旅市场安全生产工作，经局领导同意，定于6月26日（周五）上午9:00在局三楼会议室召开全区文旅市场安全生产工作会议。现将有关事项通知如下：

一、参会人员：局班子成员，各科室、执法大队主要负责同志。
二、会议内容：通报上半年文旅市场安全检查情况，部署暑期安全生产工作。
三、有关要求：
1. 请各科室于6月24日下班前将参会人员名单报局办公室（联系人：冯雪）。
2. 执法大队准备上半年检查情况汇报材料，发言时间控制在10分钟以内。
3. 参会人员请提前10分钟入场，会议期间手机调至静音。

双桥区文化广电和旅游局办公室
2026年6月22日
"""
    html = html_page('<div style="font-family:仿宋;font-size:16px">%s</div>' % text_to_html(text), "GBK")
    body = alt(text, html, "----=_Part_66120_1259047380.1782097398541", "GBK", "base64", "base64")
    to = [P("韩立军"), P("付晓东"), P("常慧"), P("白志刚")]
    eml, _ = build("coremail", P("冯雪"), to, [P("齐振宇"), bot(SQ)], "关于召开全区文旅市场安全生产工作会议的通知", iso, body,
                   SQ, cs="GBK", relay_ip="10.133.8.21", remote_host="webmail.sqwgl.example.gov.cn")
    return dict(num=9033, slug="coremail-gov-meeting-notice-not-minutes", kind="other", eml=eml, items=[],
                followup=None,
                notes="A government 会议通知 (notice convening a meeting on 6月26日), not minutes: it has 有关要求 with "
                      "deadlines ('6月24日下班前' 报名单) and a contact person, but no meeting has been held. Kind other, "
                      "no items, and the announced meeting is not a next_followup (only minutes carry one).",
                tests="government 会议通知 with 要求/deadlines -> other (not minutes)")


# ------------------------------------------------------------------ 9034 other
@case
def c9034():
    iso = "2026-07-21T15:26:03+08:00"       # Tuesday
    new = """郑总您好，

收到。轻跑3代样鞋（36-45码各1双）已经备好，明天顺丰寄出，单号寄出后发您。
经销政策书面版俊杰昨天已经发您邮箱了，请查收。

苏晓峰
供应链部 | 晋江踏浪运动用品有限公司
"""
    quote = """
---- 回复的原邮件 ----
发件人: 郑立航 <zhenglh@dongbu-sports.example.cn>
日期: 2026年07月21日 10:12
收件人: 苏晓峰 <suxf@talang-sports.example.cn>
抄送: 蔡俊杰 <caijj@talang-sports.example.cn>
主题: 样鞋寄送

苏经理好，鞋博会上说的样鞋请尽快寄出，我们周五要开订货会评审。地址：福州市晋安区福新中路××号动步体育。
"""
    text = new + quote
    html = html_page('<div style="font-size:14px">%s</div><blockquote style="border-left:2px solid #ccc;'
                     'padding-left:8px;color:#666">%s</blockquote>' % (text_to_html(new), text_to_html(quote)))
    body = alt(text, html, "d4c3b2a1e0f94e8d7c6b5a4938271605", "UTF-8", "base64", "base64")
    ext = ("郑立航", "zhenglh@dongbu-sports.example.cn")
    orig = "<3f9a1c2e-7b4d-4e10-a2c8-55d1e0b9c7a3@dongbu-sports.example.cn>"
    eml, _ = build("feishu", P("苏晓峰"), [ext], [P("蔡俊杰"), bot(TL)], "回复: 样鞋寄送", iso, body, TL, cs="UTF-8",
                   in_reply_to=orig, references=orig, relay_ip="101.126.42.23",
                   remote_host="smtp-out.feishu.example.cn")
    return dict(num=9034, slug="feishu-reply-in-customer-thread-not-minutes", kind="other", eml=eml, items=[],
                followup=None,
                notes="A reply (回复:, In-Reply-To an outside message) in a customer thread about samples, with the bot "
                      "in Cc. It is not minutes and not a reply to any bot mail (the thread started outside), so it is "
                      "kind other: '明天顺丰寄出' and the quoted '尽快'/'周五' are a conversation, not tracked items.",
                tests="reply in a customer thread (not a bot thread, not minutes) with dates -> other")


# ------------------------------------------------------------------ 9035 other
@case
def c9035():
    iso = "2026-07-31T16:30:00+08:00"       # Friday
    text = """Morava Zhuzhou Monthly - July 2026

Hello everyone,

1. Welcome
Please welcome two new colleagues: Tang Jie (Production, stator line) and Mo Ling (Quality, incoming inspection).

2. Reminders
- Submit your summer leave plans in the HR system by 10 August.
- The canteen is closed on Friday 7 August for kitchen maintenance; lunch boxes will be provided.
- Heat protection: cold drinks are available at the workshop entrance until the end of September.

3. Project news
T-27 passed the customer FAI on 22 July. The 160 kW variant review is planned for mid-August.

4. Mid-Autumn and National Day
The holiday schedule (25-27 September and 1-7 October; Sunday 20 September and Saturday 10 October are working days) will be posted on the notice board.

Have a good weekend!
Li Xiao
HR & Admin
"""
    html = html_page("<div style=\"font-family:Aptos,Calibri;font-size:11pt\">%s</div>" % "".join(
        "<p style=\"margin:0\">%s</p>" % (H.escape(l) if l else "&nbsp;") for l in text.split("\n")), "utf-8")
    body = alt(text, html, "_000_PS2PR06MB31C4D5E6F708A9B1C2D3PS2PR06MB31C4_", "utf-8", "quoted-printable",
               "quoted-printable", quoted=True)
    to = [("All Zhuzhou Staff", "all.zhuzhou@morava-traction.example.cn")]
    eml, _ = build("m365", ("Li Xiao", "li.xiao@morava-traction.example.cn"), to, [bot(MV)],
                   "Morava Zhuzhou Monthly - July 2026", iso, body, MV, utc=True, relay_ip="40.107.215.60",
                   remote_host="APC01-PSA-obe.outbound.protection.outlook.com", crlf=True)
    return dict(num=9035, slug="m365-internal-newsletter-by-person", kind="other", eml=eml, items=[], followup=None,
                notes="An internal monthly newsletter written and sent by an HR person (M365, no Precedence/List-* "
                      "headers, no Auto-Submitted) to a staff distribution list with the bot in Cc. It has reminders "
                      "with dates and holiday dates but no meeting and no owners: kind other (AMBIGUOUS: the corpus "
                      "puts bulk newsletters under auto; this one is person-written and carries no bulk markers).",
                tests="person-written internal newsletter (no bulk headers) with reminders and dates -> other")


# ------------------------------------------------------------------ 9036 auto
@case
def c9036():
    iso = "2026-07-13T10:12:44+08:00"       # Monday
    text = """您好！我于7月13日至7月17日参加省文物局组织的文物安全培训，期间邮件可能无法及时回复。急事请致电文物保护科0314-2023528，或联系冯雪同志。7月20日返岗后尽快处理。

韩立军
"""
    body = part(text, "plain", "GBK", "base64")
    eml, _ = build("coremail", P("韩立军"), [bot(SQ)], [], "自动回复：Re: 局务会会议纪要（2026年第14期）", iso, body, SQ,
                   cs="GBK", relay_ip="10.133.8.5", remote_host="webmail.sqwgl.example.gov.cn",
                   in_reply_to="<r.20260713101030.5c1e9a@sqwgl.example.gov.cn>",
                   extra=["X-Autoreply: yes", "X-Coremail-Autoreply: vacation"])
    return dict(num=9036, slug="coremail-vacation-reply-no-auto-submitted", kind="auto", eml=eml, items=[],
                followup=None,
                notes="Coremail vacation auto-reply to the bot's recap of 9016 WITHOUT an Auto-Submitted header: only "
                      "X-Autoreply: yes, the '自动回复：' subject prefix and the text give it away. The body is full of "
                      "dates (7月13日至7月17日, 7月20日返岗), a delegate and '尽快': none are items or commands. The bot must "
                      "not parse it as a reply nor answer it.",
                tests="Coremail vacation auto-reply without Auto-Submitted (X-Autoreply only), dates in body -> auto")


# ------------------------------------------------------------------ 9037 auto
@case
def c9037():
    iso = "2026-07-08T16:47:02+08:00"       # Wednesday
    notice = """Your message to harness.sales@xinlian-wire.example.cn couldn't be delivered.

harness.sales wasn't found at xinlian-wire.example.cn.

Action Required
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.

Diagnostic information for administrators:
Generating server: PS2PR06MB8D11.apcprd06.prod.outlook.com
harness.sales@xinlian-wire.example.cn
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
    status = """Reporting-MTA: dns;PS2PR06MB8D11.apcprd06.prod.outlook.com
Received-From-MTA: dns;mx.morava-traction.example.cn
Arrival-Date: Wed, 8 Jul 2026 08:46:58 +0000

Final-Recipient: rfc822;harness.sales@xinlian-wire.example.cn
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
    orig = """From: Minutes Bot <minutes@morava-traction.example.cn>
To: harness.sales@xinlian-wire.example.cn
Subject: Re: 8D-2026-011 review minutes (attached)
Date: Wed, 8 Jul 2026 08:46:57 +0000
Message-ID: <r.20260708164657.8d11a0@morava-traction.example.cn>
Auto-Submitted: auto-generated
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="===============4410276155=="
"""
    parts = [part(notice, "plain", "us-ascii", "7bit"),
             "Content-Type: message/delivery-status\n\n" + status,
             "Content-Type: text/rfc822-headers\nContent-Transfer-Encoding: 7bit\n\n" + orig]
    body = multipart("report", parts, "_101_PS2PR06MB8D11NDR20260708084702_", params="; report-type=delivery-status")
    eml, _ = build("m365", ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@morava-traction.example.cn"),
                   [bot(MV)], [], "Undeliverable: Re: 8D-2026-011 review minutes (attached)", iso, body, MV, utc=True,
                   return_path="", relay_ip="40.107.215.71",
                   remote_host="APC01-SG2-obe.outbound.protection.outlook.com",
                   extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: ",
                          "X-MS-Exchange-Organization-AuthSource: PS2PR06MB8D11.apcprd06.prod.outlook.com"])
    return dict(num=9037, slug="m365-ndr-undeliverable-recap", kind="auto", eml=eml, items=[], followup=None,
                notes="Exchange Online non-delivery report (multipart/report; report-type=delivery-status, Return-Path "
                      "<>, Auto-Submitted: auto-replied, X-MS-Exchange-Message-Is-Ndr) for the bot's recap of 9014 sent "
                      "to a wrong supplier address. The subject still carries the minutes title and the quoted headers "
                      "an 8D number: kind auto, no items.",
                tests="M365 NDR (multipart/report) for a bot recap -> auto")


# ------------------------------------------------------------------ 9038 auto
@case
def c9038():
    iso = "2026-08-10T08:00:21+08:00"       # Monday
    text = """您好，我8月10日至8月14日休年假，期间财务相关事宜请联系施总（shimh@talang-sports.example.cn）。
报销单请于8月17日返岗后再提交，我会在两个工作日内处理完毕。

Hi, I am on annual leave from 10 to 14 August. For finance matters please contact Ming Shi. I will reply after 17 August.

林秋燕
"""
    body = alt(text, html_page(text_to_html(text)), "7c1e5a9b3d2f4e6a8b0c1d2e3f4a5b6c", "UTF-8", "base64", "base64")
    eml, _ = build("feishu", P("林秋燕"), [bot(TL)], [], "自动回复: Re: 童鞋线上市协调会记录", iso, body, TL, cs="UTF-8",
                   in_reply_to="<r.20260731175100.9a2c41@talang-sports.example.cn>", relay_ip="101.126.42.25",
                   remote_host="smtp-out.feishu.example.cn",
                   extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Precedence: auto_reply"])
    return dict(num=9038, slug="feishu-vacation-auto-submitted", kind="auto", eml=eml, items=[], followup=None,
                notes="Feishu mail vacation responder with Auto-Submitted: auto-replied and Precedence: auto_reply, "
                      "replying to the bot's mail in the 9030 thread. Bilingual body with dates (8月10日至8月14日, "
                      "8月17日返岗, '两个工作日内') and a delegate: kind auto, no items, never answered.",
                tests="Feishu vacation auto-reply with Auto-Submitted, bilingual dates -> auto")

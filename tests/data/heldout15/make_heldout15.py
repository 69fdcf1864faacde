#!/usr/bin/env python3
"""heldout15 generator: writes NNN-slug.eml / .json pairs into this directory.
Deterministic (no clock, no randomness).  `--check` re-computes every gold date and verifies the files on disk.
Run with /work/blind/venv/bin/python (needs chinesecalendar)."""
import csv, datetime as dt, json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_lib import *  # noqa

HERE = os.path.dirname(os.path.abspath(__file__))
ROSTER = {}
with open(os.path.join(HERE, "roster.csv"), encoding="utf-8") as f:
    for r in csv.DictReader(f):
        ROSTER[r["name"]] = (r["name"], r["email"], r["department"])

EXT = {
    "Khalid": ("Khalid Mansour", "khalid.mansour@alnoor-trading.example.ae"),
    "Faisal": ("Faisal Al-Harbi", "faisal.harbi@najdfoods.example.sa"),
    "Emily": ("Emily Carter", "ecarter@harborline-tx.example.com"),
    "Raj": ("Raj Patel", "rpatel@harborline-tx.example.com"),
    "许文涛": ("许文涛", "xu.wentao@clinbridge.example.cn"),
    "佐藤": ("佐藤健一", "k.sato@hokkai-tours.example.jp"),
    "白永顺": ("白永顺", "baiyongshun@bingworks.example.cn"),
    "郭亮": ("郭亮", "guoliang@beichen-light.example.cn"),
}
BOT_T = ("纪要助手", "jiyao@luyantea.example.cn")
BOT_C = ("Minutes Bot", "minutes@qiheng-cro.example.cn")
BOT_S = ("督办助理", "duban@bzjx.example.com.cn")
BOT_H = ("纪要小助手", "jilu@bingchengyx.example.cn")


def p(key):
    """(display name, email) of a person for headers."""
    if key in ROSTER:
        return ROSTER[key][:2]
    return EXT[key]


def it(owner, task, due=None, time=None, flags=(), dept=None):
    if owner is None:
        return {"owner_name": None, "owner_email": None, "department": dept, "task": task, "due_date": due,
                "due_time": time, "flags": sorted(set(flags) | {"no_owner"})}
    if owner in ROSTER:
        n, e, d = ROSTER[owner]
    else:
        (n, e), d = EXT[owner], None
    return {"owner_name": n, "owner_email": e, "department": d, "task": task, "due_date": due, "due_time": time,
            "flags": sorted(flags)}


def gold(kind, notes, items=(), fu=None, reply=None):
    return {"kind": kind, "items": list(items),
            "next_followup": ({"date": fu[0], "time": fu[1]} if fu else None),
            "reply": reply, "notes": notes}


def rep(intent, items=(), percent=None, new_due=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due}


def T(s, tz=8):
    return dt.datetime.fromisoformat(s).replace(tzinfo=TZ(tz))


def sh(t):
    return t.astimezone(TZ8)


# ---------------------------------------------------------------- clients
def received(t, host, ip, rcpt, mta):
    return ("Received", "from %s (unknown [%s])\r\n\tby %s with ESMTPS id %s\r\n\tfor <%s>; %s" % (
        host, ip, mta, hx(host + str(t), 10).upper(), rcpt, rfc_date(t + dt.timedelta(seconds=3))))


def mail(client, frm, to, cc, subject, t, text, html_body=None, seed="", irt=None, refs=None, attachments=(),
         cs=None, cte=None, extra=(), bot=None, html_only=False, plain_only=False):
    fn, fe = frm
    dom = fe.split("@")[1]
    rcpt = (bot or (to + cc)[-1])[1]
    mta = "mx." + rcpt.split("@")[1]
    H = [("Return-Path", "<%s>" % fe), ("Delivered-To", rcpt), received(t, "mail." + dom, "203.0.113.%d" % (len(seed) * 7 % 250 + 2), rcpt, mta)]
    hcs, hmode = "utf-8", "B"
    if client == "outlook":
        cs, cte = cs or "gb2312", cte or "base64"
        hcs = cs
        msgid = "<%s$%s$%s@%s>" % ("000001dc" + hx(seed, 8), hx(seed + "a", 8), hx(seed + "b", 8), dom)
        xm = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQH" + hx(seed + "ti", 20)),
              ("Content-Language", "zh-cn")]
        b = "----=_NextPart_000_%s_01DC%s" % (hx(seed, 4).upper(), hx(seed + "x", 6).upper())
    elif client == "outlook_en":
        cs, cte = cs or "us-ascii", cte or "quoted-printable"
        msgid = "<%s@%s.namprd%02d.prod.outlook.com>" % (hx(seed, 12).upper(), "BN" + hx(seed + "n", 4).upper(), 12)
        xm = [("Thread-Topic", subject.replace("RE: ", "")), ("Thread-Index", "AdxH" + hx(seed + "ti", 16)),
              ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes" if attachments else ""),
              ("X-MS-TNEF-Correlator", "")]
        b = "_000_%s_" % hx(seed, 30).upper()
    elif client == "foxmail":
        cs, cte = cs or "GBK", cte or "base64"
        hcs = "GBK" if cs.lower() in ("gbk", "gb2312") else cs
        msgid = "<%s%s@%s>" % (sh(t).strftime("%Y%m%d%H%M"), hx(seed, 12), dom)
        xm = [("X-Priority", "3"), ("X-GUID", hx(seed, 8).upper() + "-" + hx(seed + "g", 4).upper()),
              ("X-Has-Attach", "yes" if attachments else "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]")]
        b = "----=_001_NextPart%s_=----" % hx(seed, 12)
    elif client == "gmail":
        cs, cte = "UTF-8", "quoted-printable"
        hcs = "UTF-8"
        msgid = "<CA%s@mail.gmail.com>" % (hx(seed, 40) + "+" + hx(seed + "g", 10))
        xm = []
        b = "000000000000%s" % hx(seed, 14)
    elif client == "coremail":
        cs, cte = cs or "UTF-8", cte or "base64"
        hcs = cs
        msgid = "<%s.%s.%s@%s>" % (hx(seed, 8), hx(seed + "s", 4), hx(seed + "t", 8), dom)
        xm = [("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version 2023.3-cmXT6 build 20240423(1f4f1e86)"),
              ("X-Originating-IP", "[10.%d.1.23]" % (len(seed) % 200)), ("X-CM-CTRLDATA", hx(seed + "c", 24))]
        b = "----=_Part_%d_%d.%s" % (len(seed) * 911, len(seed) * 37, hx(seed, 13))
    elif client == "163":
        cs, cte = cs or "GBK", cte or "base64"
        hcs = cs
        msgid = "<%s.%s.%s@163.com>" % (hx(seed, 8), hx(seed + "s", 4), hx(seed + "t", 8))
        xm = [("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b) Copyright (c) 2002-2025 www.mailtech.cn 163com"),
              ("X-Originating-IP", "[113.4.%d.%d]" % (len(seed) % 200, len(seed) * 3 % 250))]
        b = "----=_Part_%d_%d.%s" % (len(seed) * 733, len(seed) * 19, hx(seed, 13))
    elif client == "qq":
        cs, cte = cs or "gb18030", cte or "base64"
        hcs = cs
        msgid = "<tencent_%s@qq.com>" % hx(seed, 40).upper()
        xm = [("X-QQ-mid", "xmsezb%s" % hx(seed, 40)), ("X-QQ-XMAILINFO", hx(seed + "i", 40)),
              ("X-QQ-XMRINFO", hx(seed + "r", 30)), ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x")]
        b = "----=_NextPart_%s_%s" % (hx(seed, 8).upper(), hx(seed + "q", 8).upper())
    elif client == "iphone":
        cs, cte = "utf-8", "quoted-printable"
        msgid = "<%s-%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed + "a", 4).upper(), hx(seed + "b", 12).upper(), dom)
        xm = [("X-Mailer", "iPhone Mail (22B91)")]
        b = "Apple-Mail-%s" % hx(seed, 32).upper()
        plain_only = plain_only or html_body is None
    elif client == "alimail":   # DingTalk mailbox (Alibaba Mail)
        cs, cte = cs or "UTF-8", cte or "base64"
        hcs = "UTF-8"
        msgid = "<%s.%s@%s>" % (hx(seed, 8), hx(seed + "x", 16), dom)
        xm = [("X-Mailer", "[Alimail-Mailagent revision 2150][W4_5930314]"), ("x-aliyun-mail-creator", "W4_" + hx(seed, 20))]
        b = "----=ALIBOUNDARY_%d_%s" % (len(seed) * 4517, hx(seed, 12))
    elif client == "feishu":
        cs, cte = cs or "UTF-8", cte or "base64"
        hcs = "UTF-8"
        msgid = "<%s@%s>" % (hx(seed, 24), dom)
        xm = [("X-Lms-Return-Path", "<lba+2%s@%s>" % (hx(seed, 16), dom))]
        b = hx(seed, 28)
    elif client == "apple":
        cs, cte = "utf-8", "quoted-printable"
        msgid = "<%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed + "m", 12).upper(), dom)
        xm = [("X-Mailer", "Apple Mail (2.3826.700.81)")]
        b = "Apple-Mail=_%s" % hx(seed, 32).upper()
    else:
        raise ValueError(client)
    if client in ("iphone", "apple"):
        mv = ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.700.81\\))" if client == "apple" else "1.0 (1.0)")
    else:
        mv = ("MIME-Version", "1.0")
    H += [("From", addr(frm, hcs, hmode)), ("To", addrs(to, hcs, hmode))]
    if cc:
        H.append(("Cc", addrs(cc, hcs, hmode)))
    H += [("Subject", ew(subject, hcs, hmode)), ("Date", rfc_date(t)), ("Message-ID", msgid)]
    if irt:
        H.append(("In-Reply-To", irt))
    if refs:
        H.append(("References", " ".join(refs)))
    H += [x for x in xm if x[1] != ""] + list(extra) + [mv]
    # body
    if html_only:
        body = leaf("text/html", html_body, cs, cte)
    elif plain_only:
        body = leaf("text/plain", text, cs, cte)
    else:
        hb = html_body if html_body is not None else (
            to_html(text, "Calibri, sans-serif", "11pt") if client == "outlook_en" else to_html(text))
        hb = hb.replace('charset=utf-8"', 'charset=%s"' % cs)
        body = multi("alternative", [leaf("text/plain", text, cs, cte), leaf("text/html", hb, cs, cte)], b)
    if attachments:
        body = multi("mixed", [body] + list(attachments), b + "_mx")
    return build(H, body), msgid


def quote_outlook(parent_from, parent_t, to, subject, text, cc=()):
    return ("\n\n-----邮件原件-----\n发件人: %s <%s>\n发送时间: %s\n收件人: %s\n%s主题: %s\n\n%s" % (
        parent_from[0], parent_from[1], sh(parent_t).strftime("%Y年%-m月%-d日 %H:%M"),
        "; ".join("%s <%s>" % x for x in to), ("抄送: %s\n" % "; ".join("%s <%s>" % x for x in cc)) if cc else "",
        subject, text))


def recap_text(rows, bot_name="纪要助手", en=False):
    if en:
        s = "Hello all,\n\nMinutes Bot has recorded the following action items:\n\n| # | Action item | Owner | Due |\n"
        s += "".join("| %d | %s | %s | %s |\n" % (i, a, b, c) for i, (a, b, c) in enumerate(rows, 1))
        s += ('\nIf you disagree, please reply today; otherwise the items are confirmed.\nReply with "confirm", '
              '"object: reason", "item N done", "progress 80%", or "extend to Oct 20".\n\n-- Minutes Bot (automated message)\n')
        return s
    s = "各位好：\n\n%s已登记本次会议的待办事项：\n\n| 序号 | 事项 | 负责人 | 截止时间 |\n" % bot_name
    s += "".join("| %d | %s | %s | %s |\n" % (i, a, b, c) for i, (a, b, c) in enumerate(rows, 1))
    s += ("\n如有异议请于今日内回复（逾期视为无异议）。\n回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%%”“延期至10月20日”即可。\n\n"
          "—— %s（系统自动发送，请勿修改主题）\n" % bot_name)
    return s


def signed(bot, seed):
    n, e = bot
    u, d = e.split("@")
    return (n, "%s+r%s@%s" % (u, hx("tok" + seed, 16), d))


CASES = []


def case(slug, kind, desc):
    def deco(fn):
        CASES.append((slug, kind, desc, fn))
        return fn
    return deco


# ================================================================ 鹭岩茶业 (Xiamen tea exporter)
@case("tea-weekly-foxmail-gbk-national-day", "minutes",
      "Foxmail GBK base64 外贸部周例会, numbered 待办 lines '姓名：事项，时限' sent Fri 09-26 before National Day 2025: 9月28日前 = make-up Sunday, 3个工作日内 counts 09-28, 节后第一个工作日 = 10-09, 尽快 -> vague; 上周回顾 lines are status")
def c_tea1():
    t = T("2025-09-26 17:42:10")
    s = t.date()
    text = """各位好，

今天下午外贸部周例会纪要如下，请各自跟进。

会议时间：2025年9月26日（周五）15:00-16:20
地点：公司二楼小会议室
参加：许总、林志强、陈雅婷、黄丽娟、苏文斌、郑晓燕

一、上周事项回顾
1. Al Noor 8月订单（AN-2508）已于9月22日开船，提单已寄出。——已完成
2. 沙特Najd报价已按CFR Dammam重新报出，等客户回复。

二、本周讨论
1. 迪拜客户对第一轮样品（大红袍、正山小种）反馈偏“烟味重”，需要调整拼配。
2. 国庆期间厦门港正常作业，但报关行10月1日-10月8日放假，节前的单子必须9月30日前申报完。
3. 许总要求：样品寄送一律走DHL，不再用邮政小包。

三、待办事项
1. 陈雅婷：整理Al Noor样品反馈，给Khalid回邮件并附调整方案，9月28日前（周日调休上班）
2. 黄丽娟：Najd订单NJ-2509出口报关资料（发票、箱单、原产地证申请），3个工作日内
3. 苏文斌：第二版拼配样品（正山小种降烟味）做好并寄出，节后第一个工作日
4. 郑晓燕：跟进SGS农残检测报告（欧盟标准），尽快
5. 林志强：10月份出运计划表更新后发群里，9月30日下班前

下次例会：10月13日（周一）上午9:00，地点不变。

陈雅婷
外贸部 | 厦门鹭岩茶业进出口有限公司
电话：0592-5xxxxxx  手机：138xxxx6621
"""
    eml, _ = mail("foxmail", p("陈雅婷"), [p("许国栋"), p("林志强"), p("黄丽娟"), p("苏文斌"), p("郑晓燕")], [BOT_T],
                  "外贸部周例会纪要（9月26日）", t, text, seed="tea1")
    items = [it("陈雅婷", "整理Al Noor样品反馈，给Khalid回邮件并附调整方案", "2025-09-28"),
             it("黄丽娟", "Najd订单NJ-2509出口报关资料（发票、箱单、原产地证申请）", "2025-09-30"),
             it("苏文斌", "第二版拼配样品（正山小种降烟味）做好并寄出", "2025-10-09"),
             it("郑晓燕", "跟进SGS农残检测报告（欧盟标准）", None, None, ["vague_due"]),
             it("林志强", "10月份出运计划表更新后发群里", "2025-09-30")]
    chk = [(D(2025, 9, 28), "2025-09-28"), (addwd(s, 3), "2025-09-30"), (first_wd_after(D(2025, 10, 8)), "2025-10-09"),
           (D(2025, 9, 30), "2025-09-30"), (nwk(s, 0) + dt.timedelta(days=14), "2025-10-13")]
    assert is_workday(D(2025, 9, 28))
    g = gold("minutes", "Sent Fri 2025-09-26 17:42 +0800. 9月28日前 = 2025-09-28 (Sunday make-up working day for National Day). "
             "3个工作日内 from 09-26 counts 09-28 (make-up Sun), 09-29, 09-30 -> 2025-09-30. 节后第一个工作日: holiday 10-01..10-08 -> "
             "2025-10-09. 尽快 -> vague_due. '9月30日下班前' -> date only (下班前 gives no clock time per corpus convention). "
             "上周事项回顾 lines (one marked 已完成, one waiting for the customer) and 本周讨论 lines (facts, 许总's rule) are not items. "
             "下次例会 10月13日（周一）上午9:00 -> 2025-10-13 09:00.", items, ("2025-10-13", "09:00"))
    return eml, g, chk


@case("tea-dubai-buyer-english-action-gmail", "minutes",
      "Gmail English call notes written by the Dubai buyer (Date +0400): 'Action: Tina to … by Wed', 'Action: Khalid - … by 3/20', "
      "'Luyan QC to share … ASAP' (team owner); next call '2pm Dubai time' -> 18:00 Shanghai")
def c_tea2():
    t = T("2025-03-10 11:20:31", 4)
    s = sh(t).date()
    text = """Hi Johnny, Tina,

Thanks for the call this morning. My notes below, pls correct me if I missed anything.

Attendees: Khalid Mansour, Omar (Al Noor procurement), Johnny Lin, Tina Chen

1. Ramadan season - our shops see peak demand, we want the first 2 x 20ft to land Jebel Ali before end of April.
2. Price: FOB Xiamen USD 11.80/kg for Tieguanyin grade A is still too high vs. last year. Luyan will revise.
3. Packaging: Arabic/English bilingual labels are required by Dubai Municipality.

Action: Tina to send revised FOB Xiamen quote for 2 x 20ft Tieguanyin grade A by Wed
Action: Khalid - confirm final label artwork (Arabic side) by 3/20
Action: Luyan QC to share the pesticide residue report (EU MRL) ASAP
Action: Johnny to check earliest vessel space Xiamen-Jebel Ali for mid April by Thursday

Next call Monday 17 March, 2pm Dubai time.

Best regards,
Khalid Mansour
Purchasing Manager | Al Noor Trading LLC
Deira, Dubai, UAE | +971 4 xxx xxxx
"""
    eml, _ = mail("gmail", p("Khalid"), [p("林志强"), p("陈雅婷")], [("Omar Saeed", "omar@alnoor-trading.example.ae"), BOT_T],
                  "Call notes - Tieguanyin order for Ramadan", t, text, seed="tea2")
    items = [it("陈雅婷", "send revised FOB Xiamen quote for 2 x 20ft Tieguanyin grade A", "2025-03-12"),
             it("Khalid", "confirm final label artwork (Arabic side)", "2025-03-20"),
             it(None, "share the pesticide residue report (EU MRL)", None, None, ["vague_due"]),
             it("林志强", "check earliest vessel space Xiamen-Jebel Ali for mid April", "2025-03-13")]
    chk = [(wk(s, 2), "2025-03-12"), (D(2025, 3, 20), "2025-03-20"), (wk(s, 3), "2025-03-13"), (nwk(s, 0), "2025-03-17")]
    g = gold("minutes", "Sent Mon 2025-03-10 11:20 +0400 = 15:20 Shanghai, same date. 'by Wed' -> 2025-03-12; 'by 3/20' -> 2025-03-20; "
             "'by Thursday' -> 2025-03-13. Tina = 陈雅婷 and Johnny = 林志强 (roster aliases Tina / Johnny Lin). Khalid owns his own item "
             "(From, not in roster -> department null). 'Luyan QC' is a team, not a person -> owner null + no_owner + vague_due (ASAP); "
             "department null: 'Luyan QC' is not written as a roster department name (same as the dev corpus's 'QA team'; 品控部 would also be defensible). "
             "Points 1-3 are context/decisions. 'Next call Monday 17 March, 2pm Dubai time' = 14:00 UTC+4 = 18:00 Shanghai -> 2025-03-17 18:00.",
             items, ("2025-03-17", "18:00"))
    return eml, g, chk


@case("tea-forwarded-quote-review-outlook", "minutes",
      "Outlook gb2312 '转发:' of 许总's 报价评审会 minutes with 林志强's own preface; items (括号 owner after task) sit under the Outlook "
      "-----原始邮件----- block; 节后第一个工作日 after Spring Festival 2026 = 02-24")
def c_tea3():
    t = T("2026-01-30 09:05:44")
    t0 = T("2026-01-29 18:31:02")
    orig = """各位：

今天报价评审会定了几件事，记一下。

1、Najd 2026年度茶包框架报价，按毛利不低于18%报，美金报价有效期30天。
2、春节前最后一柜务必2月12日前开船，过了就排到节后。

需要落实的：
（1）Najd年度茶包报价单做好报我审批（陈雅婷），2月3日前；
（2）春节前最后一柜订舱、拖车（黄丽娟），2月10日前；
（3）年后复工首周排产计划（苏文斌），节后第一个工作日给我；
（4）年度报价里的包材涨价部分，找两家供应商比价（林志强），2月6日前。

节前不再开会，节后再约。

许国栋"""
    text = """各位，许总昨晚的纪要转给大家，纪要助手我也加上了，按这个跟吧。雅婷报价单出来先给我看一眼再报许总。

林志强

-----原始邮件-----
发件人: 许国栋 <xuguodong@luyantea.example.cn>
发送时间: 2026年1月29日 18:31
收件人: 林志强 <linzhiqiang@luyantea.example.cn>; 陈雅婷 <chenyating@luyantea.example.cn>; 黄丽娟 <huanglijuan@luyantea.example.cn>; 苏文斌 <suwenbin@luyantea.example.cn>
主题: 报价评审会纪要

""" + orig
    eml, _ = mail("outlook", p("林志强"), [p("陈雅婷"), p("黄丽娟"), p("苏文斌")], [p("许国栋"), BOT_T],
                  "转发: 报价评审会纪要", t, text, seed="tea3")
    s = t.date()
    items = [it("陈雅婷", "Najd年度茶包报价单做好报许总审批", "2026-02-03"),
             it("黄丽娟", "春节前最后一柜订舱、拖车", "2026-02-10"),
             it("苏文斌", "年后复工首周排产计划", "2026-02-24"),
             it("林志强", "年度报价里的包材涨价部分，找两家供应商比价", "2026-02-06")]
    chk = [(D(2026, 2, 3), "2026-02-03"), (D(2026, 2, 10), "2026-02-10"), (first_wd_after(D(2026, 2, 15)), "2026-02-24"),
           (D(2026, 2, 6), "2026-02-06")]
    g = gold("minutes", "Forward sent Fri 2026-01-30 09:05; the items are in 许总's forwarded minutes (Outlook -----原始邮件----- block) and must not "
             "be stripped as a quote. 林志强's preface ('报价单出来先给我看一眼') is an instruction about item (1), not a new item. "
             "Owner in brackets after the task. 节后第一个工作日: Spring Festival 2026 holiday 02-15..02-23 (02-23 is a Monday holiday) -> 2026-02-24. "
             "Points 1-2 are decisions. '节后再约' -> no next_followup. Task of (1) written '报我审批' -> recorded as '报许总审批'.",
             items, None)
    return eml, g, chk


TEA4 = {}


@case("tea-riyadh-table-status-priority-cols", "minutes",
      "Outlook HTML 跟进表 with columns in an unusual order 状态|事项|优先级|截止|负责人|备注; 已完成 row is not an item; 6/18, 下周三, 月底, "
      "4个工作日内 across 端午 2026 (06-19); next call in Riyadh time (UTC+3)")
def c_tea4():
    t = T("2026-06-15 16:48:20")
    s = t.date()
    rows = [["状态", "事项", "优先级", "截止", "负责人", "备注"],
            ["进行中", "补寄白茶饼样品（3款）给Faisal", "高", "6/18", "陈雅婷", "DHL，单号发群里"],
            ["未开始", "沙特SFDA产品注册资料清单核对", "中", "下周三", "黄丽娟", ""],
            ["已完成", "报价由FOB改CFR Dammam重新报出", "高", "6/12", "林志强", "客户已收到"],
            ["未开始", "2027年新包装设计打样", "低", "月底", "苏文斌", "等客户确认尺寸"],
            ["未开始", "信用证草稿条款审核（软条款）", "高", "4个工作日内", "林志强", "中行单证中心协助"]]
    intro = "Faisal，林经理，各位：\n\n今天和Najd的视频会（Teams）纪要，跟进表如下：\n"
    tail = ("\n会上确认：首单数量12吨，分两柜；付款方式L/C at sight。\n\n"
            "下次与Faisal通话：6月23日（周二）利雅得时间上午10点。\n\n陈雅婷 Tina Chen\nLuyan Tea Import & Export Co., Ltd.")
    plain = intro + "\n" + "\n".join("\t".join(r) for r in rows) + "\n" + tail
    hb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
          '<div style="font-family:微软雅黑;font-size:10.5pt">' + intro.replace("\n", "<br>") + html_table(rows) +
          tail.replace("\n", "<br>") + "</div></body></html>")
    eml, mid = mail("outlook", p("陈雅婷"), [p("Faisal"), p("林志强")], [p("黄丽娟"), p("苏文斌"), BOT_T],
                    "Najd视频会纪要 / Meeting notes 15 Jun", t, plain, hb, seed="tea4", cs="utf-8")
    items = [it("陈雅婷", "补寄白茶饼样品（3款）给Faisal", "2026-06-18"),
             it("黄丽娟", "沙特SFDA产品注册资料清单核对", "2026-06-24"),
             it("苏文斌", "2027年新包装设计打样", "2026-06-30"),
             it("林志强", "信用证草稿条款审核（软条款）", "2026-06-22")]
    chk = [(D(2026, 6, 18), "2026-06-18"), (nwk(s, 2), "2026-06-24"), (month_end(s), "2026-06-30"), (addwd(s, 4), "2026-06-22"),
           (D(2026, 6, 23), "2026-06-23")]
    assert not is_workday(D(2026, 6, 19))
    TEA4.update(t=t, mid=mid, subject="Najd视频会纪要 / Meeting notes 15 Jun",
                rows=[("补寄白茶饼样品（3款）给Faisal", "陈雅婷", "2026-06-18"), ("沙特SFDA产品注册资料清单核对", "黄丽娟", "2026-06-24"),
                      ("2027年新包装设计打样", "苏文斌", "2026-06-30"), ("信用证草稿条款审核（软条款）", "林志强", "2026-06-22")])
    g = gold("minutes", "Sent Mon 2026-06-15. Column order is 状态|事项|优先级|截止|负责人|备注. The 已完成 row is status. 6/18 -> 2026-06-18; "
             "下周三 -> 2026-06-24; 月底 -> 2026-06-30; 4个工作日内 counts 06-16, 06-17, 06-18, (06-19 端午 holiday), 06-22 -> 2026-06-22. "
             "'首单数量…L/C at sight' are decisions. '6月23日（周二）利雅得时间上午10点' = 10:00 UTC+3 = 15:00 Shanghai -> 2026-06-23 15:00.",
             items, ("2026-06-23", "15:00"))
    return eml, g, chk


@case("tea-re-thread-new-minutes-over-old", "minutes",
      "New 样品会 minutes posted as 'RE:' in the August thread (Outlook): the quoted August minutes below are not items; 5个工作日内 over "
      "the 09-20 make-up Sunday; next meeting '国庆后，10月9日周五下午' (half day only -> time null)")
def c_tea5():
    t = T("2026-09-18 11:26:09")
    s = t.date()
    old = """各位，8月样品会纪要：
1. 郑晓燕：大红袍样品水分复检，8月25日前
2. 陈雅婷：给Al Noor寄秋季样品清单，8月28日前
3. 苏文斌：白茶原料库存盘点，本月底
下次样品会9月中旬。"""
    text = """各位好，9月样品会就接着这个邮件发了：

本次（9/18）样品会待办：
① 武夷岩茶（肉桂、水仙）样品感官评审报告——郑晓燕，下周一前
② 中秋前给迪拜寄出第二批样品，9月24日前寄出——陈雅婷
③ 新季铁观音毛茶收购价格汇总——苏文斌，5个工作日内

另：8月的三项都已完成，不再跟踪。
下次样品会放到国庆后，10月9日周五下午。

雅婷

-----邮件原件-----
发件人: 陈雅婷 <chenyating@luyantea.example.cn>
发送时间: 2026年8月21日 17:10
收件人: 郑晓燕 <zhengxiaoyan@luyantea.example.cn>; 苏文斌 <suwenbin@luyantea.example.cn>
抄送: 纪要助手 <jiyao@luyantea.example.cn>
主题: 样品会纪要（8月）

""" + old
    eml, _ = mail("outlook", p("陈雅婷"), [p("郑晓燕"), p("苏文斌")], [p("林志强"), BOT_T], "RE: 样品会纪要（8月）", t, text,
                  seed="tea5", irt="<000001dc31a2$5e0f4b10$1a2de130$@luyantea.example.cn>",
                  refs=["<000001dc31a2$5e0f4b10$1a2de130$@luyantea.example.cn>"])
    items = [it("郑晓燕", "武夷岩茶（肉桂、水仙）样品感官评审报告", "2026-09-21"),
             it("陈雅婷", "给迪拜寄出第二批样品", "2026-09-24"),
             it("苏文斌", "新季铁观音毛茶收购价格汇总", "2026-09-24")]
    chk = [(nwk(s, 0), "2026-09-21"), (D(2026, 9, 24), "2026-09-24"), (addwd(s, 5), "2026-09-24"), (D(2026, 10, 9), "2026-10-09")]
    assert is_workday(D(2026, 9, 20)) and D(2026, 10, 9).weekday() == 4
    g = gold("minutes", "Sent Fri 2026-09-18, a RE: in the August thread. Only the new ①②③ are items; the quoted August minutes (below "
             "-----邮件原件-----) are old and, per the writer, done. 下周一前 -> 2026-09-21. ② has two date words: '中秋前' (context) and "
             "'9月24日前寄出' -> 2026-09-24. 5个工作日内 counts 09-20 (make-up Sunday), 21, 22, 23, 24 -> 2026-09-24. Next meeting "
             "'10月9日周五下午' -> 2026-10-09 with time null (a half day, not a clock time).", items, ("2026-10-09", None))
    return eml, g, chk


@case("tea-auto-ooo-english-dubai", "auto",
      "Exchange Online English 'Automatic reply:' from the Dubai buyer (Auto-Submitted: auto-replied) to a recap; body has dates and 'contact X for urgent matters'")
def c_tea6():
    t = T("2025-03-10 07:25:02", 0)
    text = """Thank you for your email.

I am out of the office for Umrah from 10 March until 16 March 2025 with limited access to email. I will reply after I return on Monday 17 March.

For urgent purchasing matters please contact Omar Saeed (omar@alnoor-trading.example.ae, +971 4 xxx xxxx) before Thursday.

Khalid Mansour
Al Noor Trading LLC
"""
    eml, _ = mail("outlook_en", p("Khalid"), [BOT_T], [], "Automatic reply: Re: Call notes - Tieguanyin order for Ramadan", t, text,
                  seed="tea6", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                      ("X-MS-Exchange-Inbox-Rules-Loop", "khalid.mansour@alnoor-trading.example.ae")],
                  bot=BOT_T, irt="<r.202503101523.tea2@luyantea.example.cn>")
    return eml, gold("auto", "Exchange out-of-office reply to the recap of the Dubai call notes: Auto-Submitted: auto-replied + "
                     "'Automatic reply:' subject. Dates and 'contact … before Thursday' are not items; kind auto, no follow-up."), []


@case("tea-reply-extend-item2-foxmail", "reply",
      "Foxmail GBK reply from 黄丽娟 to the recap of the Najd table minutes: '第2项延期到下周四' -> new date from the reply's Date (Tue 06-16 -> 06-25)")
def c_tea7():
    t = T("2026-06-16 10:12:40")
    rt = TEA4["t"] + dt.timedelta(minutes=2)
    recap = recap_text([(a, b, c) for a, b, c in TEA4["rows"]])
    bot = signed(BOT_T, "tea4")
    text = ("第2项延期到下周四，SFDA网站这两天在维护，注册清单下载不了。其他没问题。\n\n黄丽娟\n单证部\n\n" +
            "------------------ 原始邮件 ------------------\n发件人：纪要助手<jiyao@luyantea.example.cn>;\n发送时间：%s\n收件人：陈雅婷;Faisal Al-Harbi;林志强;\n抄送：黄丽娟;苏文斌;\n主题：Re: %s\n\n" % (
                sh(rt).strftime("%Y年%-m月%-d日(星期一) 下午%-I:%M"), TEA4["subject"]) + recap)
    eml, _ = mail("foxmail", p("黄丽娟"), [bot], [p("陈雅婷")], "回复：Re: " + TEA4["subject"], t, text, seed="tea7",
                  irt="<r.202606151650.tea4@luyantea.example.cn>", refs=[TEA4["mid"], "<r.202606151650.tea4@luyantea.example.cn>"], bot=bot)
    chk = [(nwk(t.date(), 3), "2026-06-25")]
    return eml, gold("reply", "Reply Tue 2026-06-16 to the recap of the Najd table minutes. '第2项延期到下周四' -> extend, items [2], "
                     "下周四 from the reply's own date = 2026-06-25. The reason is not a date. The quoted recap (Foxmail '原始邮件' block) "
                     "lists every command word and must be ignored.", reply=rep("extend", [2], None, "2026-06-25")), chk


@case("tea-dingtalk-ai-minutes-makeup-saturday", "minutes",
      "钉钉 智能纪要 (AI minutes) pasted into Alimail: 摘要/发言记录 with time stamps/决策 are not items; only the 待办 list counts; "
      "明天 = 10-10 make-up Saturday 2026; 内容由AI生成 footer")
def c_tea8():
    t = T("2026-10-09 17:55:00")
    s = t.date()
    text = """【钉钉闪记】Al Noor第二批订单沟通会 智能纪要

会议时间：2026-10-09 16:00-16:45
参会人：林志强、陈雅婷、郑晓燕、Khalid Mansour

■ 摘要
本次会议主要讨论了Al Noor第二批订单（2×40HQ）的定金、检验和船期。林志强表示定金需在下周内到账后才能排产；郑晓燕提出出口批次需要重新抽检，预计一周完成。Khalid希望11月15日前到港。

■ 发言记录
00:02:15 林志强：定金30%到账我们才排产，这个老规矩。
00:05:48 Khalid Mansour：OK, we will arrange the deposit next week.
00:12:30 郑晓燕：这批我要按批次重新抽检，检验报告最晚10月16号出。
00:20:11 陈雅婷：那我明天就去追定金水单。

■ 决策
1. 第二批订单按2×40HQ执行，CIF Jebel Ali。

■ 待办
☐ 陈雅婷：跟进Al Noor第二批订单定金水单 截止：明天
☐ 郑晓燕：出具出口批次检验报告 截止：10月16日

以上内容由AI生成，仅供参考
"""
    eml, _ = mail("alimail", p("陈雅婷"), [p("林志强"), p("郑晓燕")], [BOT_T], "转发：Al Noor第二批订单沟通会 智能纪要", t, text, seed="tea8")
    items = [it("陈雅婷", "跟进Al Noor第二批订单定金水单", "2026-10-10"),
             it("郑晓燕", "出具出口批次检验报告", "2026-10-16")]
    chk = [(s + dt.timedelta(days=1), "2026-10-10"), (D(2026, 10, 16), "2026-10-16")]
    assert is_workday(D(2026, 10, 10))
    g = gold("minutes", "Sent Fri 2026-10-09. DingTalk AI minutes: the 摘要 (with '下周内', '11月15日前'), the time-stamped 发言记录 and the 决策 are "
             "not items; only the two ☐ lines under 待办 are. 明天 -> 2026-10-10 (a make-up working Saturday after National Day). "
             "10月16日 -> 2026-10-16. '以上内容由AI生成' footer is noise. No next meeting.", items, None)
    return eml, g, chk


# ================================================================ 启衡医药 (Suzhou CRO)
CRO5 = {}


@case("cro-weekly-table-24h-outlook", "minutes",
      "Outlook UTF-8 HTML 项目周会纪要 template (会议信息 + 待办 table 序号/事项/负责人/截止): 11/19, 11月底, 下周二, '24小时内' -> send instant + 24h; next weekly meeting")
def c_cro1():
    t = T("2025-11-14 16:30:05")
    s = t.date()
    rows = [["序号", "事项", "负责人", "截止"],
            ["1", "中心03（苏大附一院）方案偏离PD-0317根因分析及CAPA", "吴昊", "11/19"],
            ["2", "更新监查计划（MVR频率由8周调为6周）", "钱佳", "11月底"],
            ["3", "新中心启动会（SIV）培训PPT", "周敏", "下周二"],
            ["4", "SAE（受试者0312-007）随访报告跟进并提交申办方", "沈立群", "24小时内"]]
    head = """HRL-201 项目周会纪要

会议时间：2025年11月14日 14:00-15:30
会议地点：腾讯会议 / 苏州办公室3F
参会人员：周敏（PM）、吴昊（CRA）、钱佳（CRA）、沈立群（MM）、陆海峰（DM）
记录人：钱佳

一、项目进展
1. 入组：累计入组46/120例，本周新增5例。
2. 数据：Query未关闭37条，较上周下降。
3. 方案偏离：本周新增2条，均为访视超窗。

二、待办事项
"""
    tail = "\n三、下次项目周会：11月21日（周五）14:00\n"
    plain = head + "\n".join("\t".join(r) for r in rows) + "\n" + tail
    hb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="ZH-CN">'
          '<div class="WordSection1" style="font-family:等线;font-size:10.5pt">' + head.replace("\n", "<br>\n") + html_table(rows) +
          tail.replace("\n", "<br>\n") + "</div></body></html>")
    eml, _ = mail("outlook", p("钱佳"), [p("周敏"), p("吴昊"), p("沈立群"), p("陆海峰")], [BOT_C], "HRL-201 项目周会纪要 20251114",
                  t, plain, hb, seed="cro1", cs="utf-8")
    items = [it("吴昊", "中心03（苏大附一院）方案偏离PD-0317根因分析及CAPA", "2025-11-19"),
             it("钱佳", "更新监查计划（MVR频率由8周调为6周）", "2025-11-30"),
             it("周敏", "新中心启动会（SIV）培训PPT", "2025-11-18"),
             it("沈立群", "SAE（受试者0312-007）随访报告跟进并提交申办方", "2025-11-15", "16:30")]
    chk = [(D(2025, 11, 19), "2025-11-19"), (month_end(s), "2025-11-30"), (nwk(s, 1), "2025-11-18"),
           ((t + dt.timedelta(hours=24)).date(), "2025-11-15"), (wk(s, 4) + dt.timedelta(days=7), "2025-11-21")]
    g = gold("minutes", "Sent Fri 2025-11-14 16:30 +0800. 11/19 -> 2025-11-19; 11月底 -> 2025-11-30 (a Sunday; kept); 下周二 -> 2025-11-18; "
             "24小时内 -> send instant + 24h = 2025-11-15 16:30. 项目进展 lines are facts. '下次项目周会：11月21日（周五）14:00' sits in "
             "a numbered section heading, not after a 下次会议 label -> 2025-11-21 14:00.", items, ("2025-11-21", "14:00"))
    return eml, g, chk


@case("cro-sponsor-boston-action-item-est", "minutes",
      "Sponsor (Boston, Date -0500) English TC minutes in Outlook: 'ACTION ITEM (Name):' lines, 'by EOD Friday', 'by 12/10', 'by next Tuesday', "
      "'ACTION ITEM (TBD)' ASAP; the Date is the previous evening in Boston; next TC given in both ET and Beijing time")
def c_cro2():
    t = T("2025-12-03 20:15:40", -5)
    s = sh(t).date()
    text = """Hi all,

Please find below the minutes of today's HRL-201 Sponsor/CRO teleconference.

Attendees: Emily Carter, Raj Patel (Harborline); Min Zhou, Hao Wu, Liqun Shen (Qiheng)

1. Enrollment status: 51/120 subjects randomized. Sites 03 and 05 remain the top recruiters.
2. Protocol deviations: per SOP-CM-012, all important PDs must be logged within 5 business days of identification. Two PDs at Site 05 (out-of-window visits) were discussed.
3. Decision: the sponsor agreed that Monitoring Plan v3.0 may reduce SDV to 30% for non-critical data points.

ACTION ITEM (Hao Wu): Submit the updated deviation log for Site 05 per SOP-CM-012 by EOD Friday.
ACTION ITEM (Min Zhou): Circulate Monitoring Plan v3.0 for sponsor sign-off by 12/10.
ACTION ITEM (Raj Patel): Complete medical review of the 2 PDs flagged as "important" by next Tuesday.
ACTION ITEM (TBD): Central lab vendor re-qualification audit - ASAP.

Next TC: Wednesday, Dec 10, 8:00 PM ET / Thursday, Dec 11, 9:00 AM Beijing.

Best,
Emily

Emily Carter | Director, Clinical Operations
Harborline Therapeutics | Boston, MA
CONFIDENTIALITY NOTICE: This e-mail may contain confidential information ...
"""
    eml, mid = mail("outlook_en", p("Emily"), [p("周敏"), p("吴昊"), p("沈立群")], [p("Raj"), BOT_C],
                    "HRL-201 Sponsor/CRO TC minutes - 03Dec2025", t, text, seed="cro2")
    items = [it("吴昊", "Submit the updated deviation log for Site 05 per SOP-CM-012", "2025-12-05"),
             it("周敏", "Circulate Monitoring Plan v3.0 for sponsor sign-off", "2025-12-10"),
             it("Raj", "Complete medical review of the 2 PDs flagged as \"important\"", "2025-12-09"),
             it(None, "Central lab vendor re-qualification audit", None, None, ["vague_due"])]
    chk = [(wk(s, 4), "2025-12-05"), (D(2025, 12, 10), "2025-12-10"), (nwk(s, 1), "2025-12-09"), (D(2025, 12, 11), "2025-12-11")]
    assert s == D(2025, 12, 4)
    g = gold("minutes", "Date Wed 2025-12-03 20:15 -0500 = Thu 2025-12-04 09:15 Shanghai. 'by EOD Friday' -> 2025-12-05 (no time: EOD gives the "
             "date only); 'by 12/10' -> 2025-12-10; 'by next Tuesday' -> 2025-12-09 (the same from either time zone). Hao Wu/Min Zhou are "
             "roster aliases; Raj Patel is resolved from Cc (not in roster). '(TBD)' -> owner null + no_owner + vague_due (ASAP). Points 1-3 "
             "are status, an SOP rule ('within 5 business days') and a decision. Next TC '… 8:00 PM ET / Thursday, Dec 11, 9:00 AM Beijing' "
             "-> 2025-12-11 09:00 Shanghai.", items, ("2025-12-11", "09:00"))
    return eml, g, chk


@case("cro-feishu-ai-minutes-todo-only", "minutes",
      "飞书妙记 智能纪要 forwarded by mail: 总结 + 章节 with time stamps ('周敏表示需在月底前…') are not items; only 待办 counts; "
      "one 待办 without date (no_due); 'AI生成' footer")
def c_cro3():
    t = T("2026-03-06 18:20:11")
    s = t.date()
    text = """HRL-201 质量例会 的智能纪要已生成

会议时间：2026年3月6日 15:00 | 时长 52分钟
参会人：周敏、顾婷、陆海峰、钱佳

总结
本次会议回顾了2月稽查发现（共6项，其中主要发现2项），讨论了SOP-QA-007《方案偏离管理》的修订方向。周敏表示需在月底前完成所有CAPA的关闭；陆海峰汇报EDC中仍有21条未关闭的query。

章节
00:01 稽查发现回顾
  顾婷介绍2月稽查发现，主要发现集中在知情同意书版本管理和偏离上报时限。
00:18 SOP-QA-007 修订
  讨论偏离分级标准与申办方SOP对齐，决定增加“重要偏离”的定义示例。
00:37 数据清理
  陆海峰表示下周五前可以把剩余query全部关闭。

待办
- 顾婷：完成SOP-QA-007偏离管理修订稿（v4.0）  3月13日
- 陆海峰：EDC剩余query全部关闭  下周五
- 钱佳：安排中心07再次监查访视

智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用
"""
    eml, _ = mail("feishu", p("周敏"), [p("顾婷"), p("陆海峰"), p("钱佳")], [BOT_C], "【智能纪要】HRL-201 质量例会 2026年3月6日", t, text, seed="cro3")
    items = [it("顾婷", "完成SOP-QA-007偏离管理修订稿（v4.0）", "2026-03-13"),
             it("陆海峰", "EDC剩余query全部关闭", "2026-03-13"),
             it("钱佳", "安排中心07再次监查访视", None, None, ["no_due"])]
    chk = [(D(2026, 3, 13), "2026-03-13"), (nwk(s, 4), "2026-03-13")]
    g = gold("minutes", "Sent Fri 2026-03-06. Feishu AI minutes: 总结 ('周敏表示需在月底前完成所有CAPA的关闭') and 章节 (time-stamped, "
             "'下周五前可以…') are summaries, not items; only the three lines under 待办 are. 3月13日 -> 2026-03-13; 下周五 -> 2026-03-13; "
             "钱佳's line has no deadline -> no_due. No next meeting.", items, None)
    return eml, g, chk


@case("cro-deviation-review-titles-cc-names", "minutes",
      "Outlook UTF-8 偏离评审会: owners written as role + surname/title (医学监查 沈老师, 许工 known only from Cc, Dr. Patel from Cc, CRA吴昊); "
      "2个工作日内 over 清明 2026; 清明后第一个工作日; next meeting '下周五同一时间'")
def c_cro4():
    t = T("2026-04-03 16:05:33")
    s = t.date()
    text = """各位，

今天方案偏离评审会（HRL-201，4月3日 14:00-15:30）结论和分工如下：

评审结论：PD-0402、PD-0405 定为重要偏离；PD-0407 为一般偏离。

分工：
1. 医学监查 沈老师：PD分级结果复核并签字，下周二前
2. 许工（ClinBridge）：修复EDC访视窗口逻辑核查（V6窗口±3天判断错误），2个工作日内
3. Dr. Patel（申办方）：确认PD-0402是否需要向伦理委员会（IRB）报告，by Apr 10
4. CRA吴昊：中心03受试者按ICF v2.1重新知情同意，清明后第一个工作日完成

下次偏离评审会：下周五同一时间。

周敏
项目经理 | 苏州启衡医药科技有限公司
"""
    eml, _ = mail("outlook", p("周敏"), [p("沈立群"), p("吴昊")], [p("许文涛"), p("Raj"), p("Emily"), BOT_C], "HRL-201 方案偏离评审会纪要（4/3）",
                  t, text, seed="cro4", cs="utf-8")
    items = [it("沈立群", "PD分级结果复核并签字", "2026-04-07"),
             it("许文涛", "修复EDC访视窗口逻辑核查（V6窗口±3天判断错误）", "2026-04-08"),
             it("Raj", "确认PD-0402是否需要向伦理委员会（IRB）报告", "2026-04-10"),
             it("吴昊", "中心03受试者按ICF v2.1重新知情同意", "2026-04-07")]
    chk = [(nwk(s, 1), "2026-04-07"), (addwd(s, 2), "2026-04-08"), (D(2026, 4, 10), "2026-04-10"), (first_wd_after(D(2026, 4, 5)), "2026-04-07"),
           (nwk(s, 4), "2026-04-10")]
    assert not is_workday(D(2026, 4, 6))
    g = gold("minutes", "Sent Fri 2026-04-03 (清明 holiday 04-04..04-06, 04-06 a Monday holiday). 沈老师 = 沈立群 (roster alias); 许工 is known only "
             "from the Cc display name 许文涛 (external vendor, department null); Dr. Patel = Raj Patel from Cc. 下周二前 -> 2026-04-07; "
             "2个工作日内 counts 04-07, 04-08 -> 2026-04-08; by Apr 10 -> 2026-04-10; 清明后第一个工作日 -> 2026-04-07. 评审结论 is a decision. "
             "'下周五同一时间' with today's meeting at 14:00 -> 2026-04-10 14:00.", items, ("2026-04-10", "14:00"))
    return eml, g, chk


@case("cro-notion-markdown-checkboxes", "minutes",
      "Notion/Markdown export pasted as plain text (Apple Mail): headings, '- [ ] @Name … — due 7/24', '- [x]' done (not an item), 'due: 月底', "
      "'due: TBD' (vague) owned by the sponsor via To; next meeting in a '## Next' section with (CST)")
def c_cro5():
    t = T("2026-07-22 21:40:18")
    s = t.date()
    text = """# HRL-201 DB Lock Readiness — 2026-07-22

**Attendees:** Leo Lu, Hao Wu, Jia Qian, Emily Carter (remote)

## Status
- Open queries: 12 (down from 37)
- SDV completion: 96%
- SAE reconciliation: done for all sites except Site 02

## Action items
- [ ] @Hao Wu reconcile Site 02 SDV discrepancy list — due 7/24
- [x] @Jia Qian export query aging report — done 7/21
- [ ] @Leo Lu prepare materials for pre-lock data review meeting — due: 月底
- [ ] @Emily Carter sign off DMP v2.0 — due: TBD (waiting on Harborline biostat)

## Next
DB lock dry-run meeting: 2026-07-29 10:00 (CST)

---
Exported from Notion
"""
    eml, mid = mail("apple", p("陆海峰"), [p("吴昊"), p("钱佳"), p("Emily")], [p("周敏"), BOT_C], "HRL-201 DB lock readiness notes 7/22", t, text,
                    seed="cro5", plain_only=True)
    items = [it("吴昊", "reconcile Site 02 SDV discrepancy list", "2026-07-24"),
             it("陆海峰", "prepare materials for pre-lock data review meeting", "2026-07-31"),
             it("Emily", "sign off DMP v2.0", None, None, ["vague_due"])]
    chk = [(D(2026, 7, 24), "2026-07-24"), (month_end(s), "2026-07-31"), (D(2026, 7, 29), "2026-07-29")]
    CRO5.update(t=t, mid=mid, subject="HRL-201 DB lock readiness notes 7/22",
                rows=[("reconcile Site 02 SDV discrepancy list", "Hao Wu", "2026-07-24"),
                      ("prepare materials for pre-lock data review meeting", "Leo Lu", "2026-07-31"),
                      ("sign off DMP v2.0", "Emily Carter", "TBD")])
    g = gold("minutes", "Sent Wed 2026-07-22 21:40. Markdown checkboxes: '- [x]' is done, not an item. @Hao Wu/@Leo Lu are roster aliases; "
             "@Emily Carter is in To (external, department null). 'due 7/24' -> 2026-07-24; 'due: 月底' -> 2026-07-31; 'due: TBD' -> vague_due. "
             "Status bullets are facts. '## Next' section: 'DB lock dry-run meeting: 2026-07-29 10:00 (CST)' -> CST here is China Standard "
             "Time -> 2026-07-29 10:00.", items, ("2026-07-29", "10:00"))
    return eml, g, chk


@case("cro-reply-progress-english-outlook", "reply",
      "Sponsor's English Outlook reply to the recap: 'Item 3 - DMP sign-off is about 60% through' -> progress 60 on item 3; quoted recap under From:/Sent: block")
def c_cro6():
    t = T("2026-07-23 08:47:02", -4)
    rt = CRO5["t"] + dt.timedelta(minutes=2)
    bot = signed(BOT_C, "cro5")
    recap = recap_text(CRO5["rows"], en=True)
    text = ("Hi Leo,\n\nItem 3 - our biostat review of DMP v2.0 is about 60%% through; I expect to sign off early next week.\n\nThanks,\nEmily\n\n"
            "From: Minutes Bot <minutes@qiheng-cro.example.com>\nSent: Wednesday, July 22, 2026 9:42 AM\nTo: Leo Lu <luhaifeng@qiheng-cro.example.cn>; "
            "Hao Wu <wuhao@qiheng-cro.example.cn>; Jia Qian <qianjia@qiheng-cro.example.cn>; Emily Carter <ecarter@harborline-tx.example.com>\n"
            "Subject: Re: %s\n\n" % CRO5["subject"] + recap).replace("qiheng-cro.example.com", "qiheng-cro.example.cn")
    eml, _ = mail("outlook_en", p("Emily"), [bot], [p("陆海峰")], "RE: Re: " + CRO5["subject"], t, text, seed="cro6", bot=bot,
                  irt="<r.202607222142.cro5@qiheng-cro.example.cn>", refs=[CRO5["mid"], "<r.202607222142.cro5@qiheng-cro.example.cn>"])
    return eml, gold("reply", "Reply Thu 2026-07-23 08:47 -0400 (= 20:47 Shanghai) to the recap of the Notion minutes. 'Item 3 … about 60% through' -> "
                     "progress, items [3], percent 60. 'early next week' is an expectation, not an extension request.",
                     reply=rep("progress", [3], 60, None)), []


@case("cro-other-sop-training-request", "other",
      "Person-to-person Coremail mail PM -> QA with the bot in Cc: requests with '周四前' and '下周一上午10点' but no meeting minutes -> other")
def c_cro7():
    t = T("2026-05-12 10:31:50")
    text = """顾老师好，

下周一上午10点的新员工GCP培训，我这边想加一个“方案偏离上报”的案例环节（大概20分钟），用HRL-201去年的两个真实案例（脱敏后）。
您看可以的话，周四前把SOP-QA-007最新版的培训课件发我一份？我来合到一起。

谢谢！
周敏
"""
    eml, _ = mail("coremail", p("周敏"), [p("顾婷")], [BOT_C], "关于下周一GCP培训加一个案例环节", t, text, seed="cro7")
    return eml, gold("other", "A one-to-one request (the bot is in Cc only by habit): no meeting was held, no minutes. '周四前' and '下周一上午10点' "
                     "are in a personal request -> kind other, no items, no follow-up."), []


@case("cro-prose-paragraph-2027", "minutes",
      "Busy PM writes the minutes as one prose paragraph (iPhone, UTF-8 QP): items buried in sentences, '我这边' = the From person; "
      "本周五前, 下周一, 3月26日前, 月底前 (2027, no working-day maths)")
def c_cro8():
    t = T("2027-03-17 19:02:44")
    s = t.date()
    text = """各位，刚和Harborline开完会，简单说下：申办方同意中心05提前关中心，但要求关中心前把所有偏离的医学审核意见补齐，沈老师会在本周五前把医学审核意见发给Emily；吴昊下周一去中心05做关中心访视，回来后3月26日前交访视报告；我这边月底前更新TMF索引并做一次QC。别的没什么，有问题群里说。

发自我的iPhone"""
    eml, _ = mail("iphone", p("周敏"), [p("沈立群"), p("吴昊")], [p("Emily"), BOT_C], "中心05关中心 会议小结", t, text, seed="cro8")
    items = [it("沈立群", "把医学审核意见发给Emily", "2027-03-19"),
             it("吴昊", "去中心05做关中心访视", "2027-03-22"),
             it("吴昊", "交中心05关中心访视报告", "2027-03-26"),
             it("周敏", "更新TMF索引并做一次QC", "2027-03-31")]
    chk = [(wk(s, 4), "2027-03-19"), (nwk(s, 0), "2027-03-22"), (D(2027, 3, 26), "2027-03-26"), (month_end(s), "2027-03-31")]
    g = gold("minutes", "Sent Wed 2027-03-17 from an iPhone; the minutes are one paragraph. 本周五前 -> 2027-03-19; 下周一 -> 2027-03-22; 3月26日前 -> "
             "2027-03-26; 月底前 -> 2027-03-31. '我这边' = the sender 周敏. '申办方同意…' is a decision. 吴昊 has two items (visit, then report). "
             "No 工作日 phrase (2027 holidays are not yet published). No next meeting.", items, None)
    return eml, g, chk


@case("cro-siv-minutes-docx-attachment", "minutes",
      "Outlook mail '纪要见附件' with the SIV minutes only in a .docx (raw WordprocessingML zip): the 待办 table is inside the attachment")
def c_cro9():
    t = T("2026-08-13 17:12:09")
    s = t.date()
    doc = docx(["HRL-201 中心启动会（SIV）会议纪要", "中心：中心09 常州市第二人民医院", "时间：2026年8月13日 9:30-12:00",
                "参会：周敏、钱佳、吴昊；研究者团队（PI 及 3 名 Sub-I）",
                "一、会议内容：方案培训、ICF流程、药品管理、EDC培训（均已完成）。",
                "二、待办事项",
                [["序号", "事项", "负责人", "完成时间"],
                 ["1", "收集研究者CV及GCP证书（扫描件）", "钱佳", "8月20日"],
                 ["2", "药品接收及温度记录培训（药房）", "吴昊", "下周一"]],
                "三、下次沟通：首例受试者入组前另行安排。"])
    text = "各位，\n\n中心09 SIV 纪要见附件，请查收。\n\n钱佳\n"
    att = leaf_bytes("application/vnd.openxmlformats-officedocument.wordprocessingml.document", doc, "HRL-201_Site09_SIV_Minutes.docx")
    eml, _ = mail("outlook", p("钱佳"), [p("周敏"), p("吴昊")], [BOT_C], "HRL-201 中心09 SIV纪要", t, text, seed="cro9", cs="utf-8",
                  attachments=[att])
    items = [it("钱佳", "收集研究者CV及GCP证书（扫描件）", "2026-08-20"),
             it("吴昊", "药品接收及温度记录培训（药房）", "2026-08-17")]
    chk = [(D(2026, 8, 20), "2026-08-20"), (nwk(s, 0), "2026-08-17")]
    g = gold("minutes", "Sent Thu 2026-08-13; the body only says '纪要见附件'; the minutes and their 待办 table are in the .docx. 8月20日 -> 2026-08-20; "
             "下周一 -> 2026-08-17. '首例受试者入组前另行安排' -> no next_followup. A parser that ignores attachments will find zero items "
             "(kind may still be minutes from the subject).", items, None)
    return eml, g, chk



@case("cro-owner-due-blocks-national-day-2026", "minutes",
      "QA's bilingual minutes in 'Action / Owner: / Due:' blocks (Outlook UTF-8) on the eve of National Day 2026: 节后第一个工作日 = 10-08, 3个工作日内 "
      "ends on the 10-10 make-up Saturday, 'Owner: QA team' (no person), 'Due: Oct 16'")
def c_cro10():
    t = T("2026-09-30 11:05:27")
    s = t.date()
    text = """Dear all,

Minutes of the audit follow-up meeting (30-Sep-2026, 09:30-10:30, Room 3F-2).

Background: Harborline's Q3 audit of HRL-201 (Sep 21-23) raised 4 findings (0 critical, 2 major, 2 minor). Findings F-01 and F-04 are closed.

Action 1
CAPA effectiveness check for major finding F-02（知情同意版本管理）
Owner: 顾婷
Due: 节后第一个工作日

Action 2
Re-train Site 03 study staff on ICF version control, training record to TMF
Owner: Hao Wu
Due: 3个工作日内

Action 3
Update PD log template per SOP-QA-007 v4.0
Owner: QA team
Due: Oct 16

Per SOP-QA-003, CAPA responses are due to the sponsor within 30 calendar days of the audit report.

Best regards,
顾婷 Ting Gu
Quality Assurance | Qiheng Clinical
"""
    eml, _ = mail("outlook", p("顾婷"), [p("吴昊"), p("周敏")], [BOT_C], "HRL-201 Audit follow-up minutes 30Sep2026", t, text, seed="cro10", cs="utf-8")
    items = [it("顾婷", "CAPA effectiveness check for major finding F-02（知情同意版本管理）", "2026-10-08"),
             it("吴昊", "Re-train Site 03 study staff on ICF version control, training record to TMF", "2026-10-10"),
             it(None, "Update PD log template per SOP-QA-007 v4.0", "2026-10-16")]
    chk = [(first_wd_after(D(2026, 10, 7)), "2026-10-08"), (addwd(s, 3), "2026-10-10"), (D(2026, 10, 16), "2026-10-16")]
    assert is_workday(D(2026, 10, 10)) and not is_workday(D(2026, 10, 7))
    g = gold("minutes", "Sent Wed 2026-09-30, the day before National Day (holiday 10-01..10-07, make-up Saturday 10-10). Blocks of Action/Owner/Due. "
             "节后第一个工作日 -> 2026-10-08. 3个工作日内 counts 10-08, 10-09, 10-10 (make-up Saturday) -> 2026-10-10. 'Owner: QA team' is no person "
             "and not written as a roster department -> owner null, no_owner, department null (as the dev corpus's 'QA team'); Oct 16 -> "
             "2026-10-16. Background (audit dates Sep 21-23, closed findings) and the SOP rule (30 calendar days) are not items.", items, None)
    return eml, g, chk


# ================================================================ 北重集团 (Shenyang heavy-machinery SOE)
SOE3 = {}


@case("soe-gongwen-yi-er-san-responsibility", "minutes",
      "公文-style 专题会议纪要 with 文号 北重技改纪〔2025〕17号 (Coremail GBK): （一）（二）（三） sections each ending '责任单位：… 完成时限：…'; "
      "a unit-only owner (工艺科 -> no_owner); 5个工作日内 over the 04-27 make-up Sunday and Labour Day 2025; 会议原则同意 = decision")
def c_soe1():
    t = T("2025-04-25 15:20:00")
    s = t.date()
    text = """北重技改纪〔2025〕17号

关于结构件车间焊接自动化技术改造专题会议纪要

2025年4月24日下午，刘振东副总经理在办公楼四楼会议室主持召开结构件车间焊接自动化技术改造专题会议。技改办、工艺科、设备科、结构件车间、安全环保部有关负责同志参加会议。现将会议议定事项纪要如下：

会议听取了技改办关于焊接机器人工作站项目进展情况的汇报，原则同意项目二期实施方案。会议要求：

（一）抓紧完成焊接机器人工作站安装调试。确保二期两台工作站按期具备试生产条件。
责任单位：结构件车间（赵铁军），设备科配合
完成时限：5月30日前

（二）同步修订焊接工艺文件。对涉及机器人焊接的12项工艺规程进行修订。
责任单位：工艺科
完成时限：4月30日前

（三）制定工作站安全验收方案。
责任单位：安全环保部（于洪涛）
完成时限：5个工作日内

（四）各单位要高度重视，加强协调配合，形成工作合力。

北重集团技改办
2025年4月25日

主题词：技术改造  焊接  纪要
抄送：集团公司领导，办公室，党支部
"""
    eml, _ = mail("coremail", p("王磊"), [p("赵铁军"), p("孙立伟"), p("于洪涛"), p("高建华")], [p("刘振东"), p("马卫红"), BOT_S],
                  "北重技改纪〔2025〕17号 关于结构件车间焊接自动化技术改造专题会议纪要", t, text, seed="soe1", cs="GBK")
    items = [it("赵铁军", "完成焊接机器人工作站安装调试", "2025-05-30"),
             it(None, "同步修订焊接工艺文件（12项工艺规程）", "2025-04-30", dept="工艺科"),
             it("于洪涛", "制定工作站安全验收方案", "2025-05-06")]
    chk = [(D(2025, 5, 30), "2025-05-30"), (D(2025, 4, 30), "2025-04-30"), (addwd(s, 5), "2025-05-06")]
    assert is_workday(D(2025, 4, 27))
    g = gold("minutes", "Sent Fri 2025-04-25. 公文 style: each （一）（二）（三） item ends with 责任单位/完成时限. （一） names 赵铁军 in brackets after the "
             "unit ('设备科配合' is support, not an owner). （二） gives only the unit 工艺科 -> owner null, no_owner, department 工艺科. "
             "5个工作日内 counts 04-27 (make-up Sunday), 04-28, 04-29, 04-30, (05-01..05-05 holiday), 05-06 -> 2025-05-06. '原则同意…' is a "
             "decision; （四） is an exhortation without owner or deadline and is not an item. 文号/主题词/抄送 lines are noise.", items, None)
    return eml, g, chk


@case("soe-duban-table-zhuze-peihe-subtasks", "minutes",
      "Outlook gb2312 HTML 督办事项清单: '主责：X；配合：Y' and 'X（牵头）/Y（协办）' in one cell, one cell with ①② sub-tasks and ①② dates, "
      "明天 = 10-11 make-up Saturday 2025, 已办结 row excluded; next 督办会 '下午3时'")
def c_soe2():
    t = T("2025-10-10 17:35:12")
    s = t.date()
    rows = [["序号", "督办事项", "责任人", "完成时限", "办理情况"],
            ["1", "①完成大型龙门铣床数控系统改造方案评审；②提交设备采购申请", "主责：孙立伟；配合：高建华", "①10月17日\n②10月24日", "方案初稿已完成"],
            ["2", "热处理车间能耗在线监测系统上线", "高建华（牵头）/王磊（协办）", "10月底", "硬件已到货"],
            ["3", "技改项目廉洁风险点排查", "马卫红", "明天", "未开始"],
            ["4", "焊接机器人二期验收", "赵铁军", "9月30日", "已办结"]]
    head = "各单位：\n\n第40周技改督办会督办事项清单如下，请各责任人按时限办理，逾期将在月度经营会上通报。\n\n"
    tail = "\n下次督办会：10月17日（周五）下午3时，办公楼四楼会议室。\n\n技改办 王磊\n"
    plain = head + "\n".join("\t".join(c.replace("\n", " ") for c in r) for r in rows) + "\n" + tail
    hb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
          '<div style="font-family:仿宋_GB2312;font-size:12pt">' + head.replace("\n", "<br>") + html_table(rows) + tail.replace("\n", "<br>") +
          "</div></body></html>")
    eml, _ = mail("outlook", p("王磊"), [p("孙立伟"), p("高建华"), p("马卫红"), p("赵铁军")], [p("刘振东"), BOT_S], "第40周技改督办事项清单",
                  t, plain, hb, seed="soe2", cs="gb2312")
    items = [it("孙立伟", "完成大型龙门铣床数控系统改造方案评审", "2025-10-17"),
             it("孙立伟", "提交设备采购申请", "2025-10-24"),
             it("高建华", "热处理车间能耗在线监测系统上线", "2025-10-31"),
             it("马卫红", "技改项目廉洁风险点排查", "2025-10-11")]
    chk = [(D(2025, 10, 17), "2025-10-17"), (D(2025, 10, 24), "2025-10-24"), (month_end(s), "2025-10-31"), (s + dt.timedelta(days=1), "2025-10-11")]
    assert is_workday(D(2025, 10, 11))
    g = gold("minutes", "Sent Fri 2025-10-10. Row 1 holds two sub-tasks ①② with dates ①10月17日 ②10月24日 -> two items, both owned by the 主责 "
             "孙立伟 (配合 高建华 is support). Row 2: 牵头 高建华 owns; 协办 王磊 does not; 10月底 -> 2025-10-31. Row 3: 明天 -> 2025-10-11, a "
             "make-up working Saturday. Row 4 is 已办结 (done) -> not an item. '逾期将在月度经营会上通报' is a rule. Next 督办会 "
             "'10月17日（周五）下午3时' -> 2025-10-17 15:00.", items, ("2025-10-17", "15:00"))
    return eml, g, chk


@case("soe-leader-yishi-ershi-prose", "minutes",
      "Leader-speech style 会议纪要 '一是…；二是…；三是…；四是…' in one paragraph (Coremail UTF-8 8bit plain): unit-only owner 工艺科, "
      "'设备科高建华同志牵头', a rule (三是) that is not an item, '技改办王磊同志负责'")
def c_soe3():
    t = T("2026-01-09 16:40:30")
    s = t.date()
    text = """各位领导、同事：

1月9日上午，刘振东副总经理主持召开2026年度技术改造工作部署会。会议指出，2025年集团技改投资完成率98.6%，成绩来之不易。会议强调，2026年要重点抓好以下工作：一是工艺科要在1月20日前拿出热处理工艺优化方案，报分管领导审定；二是由设备科高建华同志牵头，月底前完成老旧设备台账清查，做到账物相符；三是各车间要严格落实安全生产责任制，技改施工现场一律实行作业票制度；四是技改办王磊同志负责，2月13日前完成2026年技改项目资金申报材料。

请各单位抓好落实。

技改办
2026年1月9日
"""
    eml, mid = mail("coremail", p("王磊"), [p("孙立伟"), p("高建华"), p("赵铁军"), p("于洪涛")], [p("刘振东"), BOT_S],
                    "2026年度技术改造工作部署会会议纪要", t, text, seed="soe3", cs="UTF-8", cte="8bit", plain_only=True)
    items = [it(None, "拿出热处理工艺优化方案，报分管领导审定", "2026-01-20", dept="工艺科"),
             it("高建华", "完成老旧设备台账清查", "2026-01-31"),
             it("王磊", "完成2026年技改项目资金申报材料", "2026-02-13")]
    chk = [(D(2026, 1, 20), "2026-01-20"), (month_end(s), "2026-01-31"), (D(2026, 2, 13), "2026-02-13")]
    g = gold("minutes", "Sent Fri 2026-01-09 as 8bit UTF-8 plain text. 一是: unit only (工艺科) -> owner null, no_owner, department 工艺科, 1月20日前 -> "
             "2026-01-20. 二是: 高建华 (牵头) -> 月底前 = 2026-01-31. 三是 is a standing rule for every workshop (作业票制度) -> not an item. "
             "四是: 王磊 -> 2026-02-13. The 2025 completion-rate sentence is a fact. No next meeting.", items, None)
    return eml, g, chk


@case("soe-forwarded-safety-minutes-preface", "minutes",
      "Foxmail '转发：' of the 安全生产技改专题会 minutes by 刘总 with his own one-line preface; 本周六 = 05-09 make-up Saturday 2026; "
      "3个工作日内 counts that Saturday")
def c_soe4():
    t = T("2026-05-08 08:12:55")
    s = t.date()
    text = """督办助理跟踪一下。洪涛，环评这个事情不能再拖了。

刘振东

------------------ 转发邮件信息 ------------------
发件人："于洪涛" <yuhongtao@bzjx.example.com.cn>
发送时间：2026年5月7日(星期四) 下午5:46
收件人："刘振东" <liuzhendong@bzjx.example.com.cn>
主题：安全生产技改专题会纪要（5月7日）

刘总：

5月7日安全生产技改专题会纪要如下：
1．铸造车间除尘系统改造环评手续办理完毕。责任人：于洪涛；时限：5月15日前。
2．组织全厂行车司机复训，本周六完成。责任人：赵铁军。
3．起重设备年检，联系市特检院上门。责任人：高建华；时限：3个工作日内。

于洪涛
"""
    eml, mid = mail("foxmail", p("刘振东"), [p("于洪涛"), p("赵铁军"), p("高建华")], [BOT_S], "转发：安全生产技改专题会纪要（5月7日）", t, text,
                    seed="soe4", cs="GBK")
    items = [it("于洪涛", "铸造车间除尘系统改造环评手续办理完毕", "2026-05-15"),
             it("赵铁军", "组织全厂行车司机复训", "2026-05-09"),
             it("高建华", "起重设备年检，联系市特检院上门", "2026-05-12")]
    chk = [(D(2026, 5, 15), "2026-05-15"), (wk(s, 5), "2026-05-09"), (addwd(s, 3), "2026-05-12")]
    assert is_workday(D(2026, 5, 9))
    SOE3.update(t=t, mid=mid, subject="转发：安全生产技改专题会纪要（5月7日）",
                rows=[("铸造车间除尘系统改造环评手续办理完毕", "于洪涛", "2026-05-15"), ("组织全厂行车司机复训", "赵铁军", "2026-05-09"),
                      ("起重设备年检，联系市特检院上门", "高建华", "2026-05-12")])
    g = gold("minutes", "Forward sent Fri 2026-05-08 08:12; the minutes are 于洪涛's mail of Thu 05-07 below a Foxmail '转发邮件信息' header. "
             "Date words are resolved against the forward's Date (the bot receives it 05-08); "
             "'本周六' -> Saturday 2026-05-09 (a make-up working day). 5月15日前 -> "
             "2026-05-15. 3个工作日内 from 05-08 counts 05-09 (make-up Sat), 05-11, 05-12 -> 2026-05-12 (ambiguous: counted from the original "
             "05-07 it would be 05-11; the Date-header rule of the corpus README is followed). 刘总's preface is an instruction, not a new item.",
             items, None)
    return eml, g, chk


@case("soe-wrapped-lines-nested-brackets-gb18030", "minutes",
      "QQ Exmail gb18030 plain minutes by 孙立伟 with items wrapped over lines, the deadline on a continuation line, sub-numbering (1)(2) "
      "inside brackets, '（时限：下周三（11月25日）前）', 高工 alias, 12月中旬 (vague); next meeting date on one line and time on the next")
def c_soe5():
    t = T("2026-11-20 18:03:27")
    s = t.date()
    text = """数控化改造专题会（第三次）纪要

时间：11月20日下午  地点：工艺科会议室
参加：孙立伟、高建华、王磊、赵铁军

一、待办
1. 龙门铣数控系统（西门子840D sl）升级后的
   工艺验证及首件鉴定，孙立伟负责，
   完成时间：12月4日
2. 刀具管理系统接口调试（含（1）MES对接；（2）条码打印），
   王磊（时限：下周三（11月25日）前）
3. 龙门铣主轴更换，备件到货后由高工组织，
   预计12月中旬

二、下次专题会
11月27日（周五）
上午9:30，工艺科会议室

孙立伟
"""
    eml, _ = mail("qq", p("孙立伟"), [p("高建华"), p("王磊"), p("赵铁军")], [p("刘振东"), BOT_S], "数控化改造专题会（第三次）纪要", t, text,
                  seed="soe5", plain_only=True)
    items = [it("孙立伟", "龙门铣数控系统（西门子840D sl）升级后的工艺验证及首件鉴定", "2026-12-04"),
             it("王磊", "刀具管理系统接口调试（含（1）MES对接；（2）条码打印）", "2026-11-25"),
             it("高建华", "龙门铣主轴更换（备件到货后）", None, None, ["vague_due"])]
    chk = [(D(2026, 12, 4), "2026-12-04"), (nwk(s, 2), "2026-11-25"), (D(2026, 11, 27), "2026-11-27")]
    assert D(2026, 11, 27).weekday() == 4
    g = gold("minutes", "Sent Fri 2026-11-20. Item 1 wraps over three lines; its owner and its date are on the continuation lines -> 2026-12-04. "
             "Item 2's (1)(2) are parts of one task, not separate items; '下周三（11月25日）前' -> 2026-11-25 (both agree). Item 3: 高工 = 高建华 "
             "(alias); '预计12月中旬' -> due null, vague_due (corpus convention: 中旬 without a day is vague). Next meeting: '11月27日（周五）' on one "
             "line, '上午9:30' on the next -> 2026-11-27 09:30.", items, ("2026-11-27", "09:30"))
    return eml, g, chk


@case("soe-same-task-two-owners-own-numbering", "minutes",
      "Outlook gb2312 minutes continuing the meeting's own numbering (5., 6., 7.) with two items of identical task text for two owners; 2027 dates")
def c_soe6():
    t = T("2027-01-15 11:48:00")
    s = t.date()
    text = """各位：

1月15日技改周例会纪要。事项编号接上期（上期1-4项已在台账中）。

5. 赵铁军：提交月度技改进度报告，1月25日前。
6. 孙立伟：提交月度技改进度报告，1月25日前。
7. 王磊：督办台账更新并发各单位，下周一。

说明：进度报告统一用集团新模板，模板见OA“技改办”栏目。

技改办 王磊
"""
    eml, _ = mail("outlook", p("王磊"), [p("赵铁军"), p("孙立伟")], [p("刘振东"), BOT_S], "技改周例会纪要（1月15日）", t, text, seed="soe6")
    items = [it("赵铁军", "提交月度技改进度报告", "2027-01-25"),
             it("孙立伟", "提交月度技改进度报告", "2027-01-25"),
             it("王磊", "督办台账更新并发各单位", "2027-01-18")]
    chk = [(D(2027, 1, 25), "2027-01-25"), (nwk(s, 0), "2027-01-18")]
    g = gold("minutes", "Sent Fri 2027-01-15. Numbering starts at 5 (continues the previous meeting); items 5 and 6 have the same task text and "
             "date but different owners -> two items (must not be de-duplicated). 下周一 -> 2027-01-18. The 说明 line is a rule. No next meeting.",
             items, None)
    return eml, g, chk


@case("soe-auto-oa-reminder-notification", "auto",
      "Group OA system notification 【OA督办提醒】 (Auto-Submitted: auto-generated, Precedence: bulk, noreply sender) listing overdue 督办 items with 负责人/时限 -> auto")
def c_soe7():
    t = T("2026-05-18 08:00:03")
    text = """【OA督办提醒】

您好，您关注的督办事项中有以下事项即将到期或已逾期：

1. 铸造车间除尘系统改造环评手续  责任人：于洪涛  时限：2026-05-15  状态：已逾期3天
2. 起重设备年检  责任人：高建华  时限：2026-05-12  状态：已逾期6天

请登录协同办公平台（http://oa.bzjx.example.com.cn）办理。
本邮件由系统自动发送，请勿直接回复。
"""
    eml, _ = mail("coremail", ("协同办公平台", "oa-noreply@bzjx.example.com.cn"), [BOT_S], [], "【OA督办提醒】您有2条督办事项即将到期或已逾期", t, text,
                  seed="soe7", extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"), ("X-Auto-Response-Suppress", "OOF, AutoReply")],
                  bot=BOT_S)
    return eml, gold("auto", "OA system notification (noreply sender, Auto-Submitted: auto-generated, Precedence: bulk). Its numbered lines with "
                     "责任人/时限 are a status digest, not minutes -> kind auto, no items."), []


@case("soe-reply-done-item2-coremail", "reply",
      "Coremail 'Re:' from 赵铁军 to the recap of the forwarded safety minutes: '第2项已完成，复训42人…' (numbers in the reason) -> done [2]")
def c_soe8():
    t = T("2026-05-09 12:20:14")
    rt = SOE3["t"] + dt.timedelta(minutes=1)
    bot = signed(BOT_S, "soe4")
    text = ("第2项已完成，上午复训42人，考核全部合格，签到表已交安全环保部。\n\n赵铁军\n结构件车间\n\n-----原始邮件-----\n发件人：督办助理 <duban@bzjx.example.com.cn>\n"
            "发送时间：%s\n收件人：刘振东 <liuzhendong@bzjx.example.com.cn>;于洪涛 <yuhongtao@bzjx.example.com.cn>;赵铁军 <zhaotiejun@bzjx.example.com.cn>;"
            "高建华 <gaojianhua@bzjx.example.com.cn>\n主题：Re: %s\n\n" % (sh(rt).strftime("%Y-%m-%d %H:%M:%S"), SOE3["subject"]) +
            recap_text(SOE3["rows"], "督办助理"))
    eml, _ = mail("coremail", p("赵铁军"), [bot], [p("于洪涛")], "Re:Re: " + SOE3["subject"], t, text, seed="soe8", bot=bot,
                  irt="<r.202605080813.soe4@bzjx.example.com.cn>", refs=[SOE3["mid"], "<r.202605080813.soe4@bzjx.example.com.cn>"])
    return eml, gold("reply", "Reply Sat 2026-05-09 (make-up working day) to the recap of the forwarded safety minutes. '第2项已完成' -> done, items [2]; "
                     "'42人' and '全部合格' are details, not a percentage. Quoted recap below '-----原始邮件-----' is ignored.",
                     reply=rep("done", [2])), []


@case("soe-template-holiday-eve-outlook-table", "minutes",
      "Ordinary 会议纪要 template (会议名称/时间/地点/主持/参会/议题/待办 table) in Outlook gb2312 before National Day 2025: 9月28日前 = make-up Sunday, "
      "节后第一个工作日 = 10-09; next meeting after a label")
def c_soe9():
    t = T("2025-09-26 10:15:49")
    s = t.date()
    rows = [["序号", "工作事项", "责任部门", "责任人", "完成时间"],
            ["1", "节前安全大检查（技改施工现场、临时用电）", "安全环保部", "于洪涛", "9月30日前"],
            ["2", "国庆期间技改施工值班安排表", "结构件车间", "赵铁军", "9月28日前"],
            ["3", "焊接工艺规程（机器人焊）修订稿", "工艺科", "孙立伟", "节后第一个工作日"]]
    head = """会议纪要

会议名称：节前技改安全专题会
会议时间：2025年9月26日 8:30-9:40
会议地点：办公楼四楼会议室
主 持 人：刘振东
参会人员：于洪涛、赵铁军、孙立伟、高建华、王磊
记 录 人：王磊

一、会议议题
1. 国庆节前技改施工现场安全检查安排；
2. 节日期间值班。

二、会议决定事项
1. 节日期间技改施工一律停工，10月9日复工。
2. 待办事项：
"""
    tail = "\n三、下次会议时间：10月10日（周五）9:00\n"
    plain = head + "\n".join("\t".join(r) for r in rows) + "\n" + tail
    hb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family:宋体;font-size:12pt">'
          + head.replace("\n", "<br>") + html_table(rows) + tail.replace("\n", "<br>") + "</div></body></html>")
    eml, _ = mail("outlook", p("王磊"), [p("于洪涛"), p("赵铁军"), p("孙立伟"), p("高建华")], [p("刘振东"), BOT_S], "节前技改安全专题会会议纪要",
                  t, plain, hb, seed="soe9")
    items = [it("于洪涛", "节前安全大检查（技改施工现场、临时用电）", "2025-09-30"),
             it("赵铁军", "国庆期间技改施工值班安排表", "2025-09-28"),
             it("孙立伟", "焊接工艺规程（机器人焊）修订稿", "2025-10-09")]
    chk = [(D(2025, 9, 30), "2025-09-30"), (D(2025, 9, 28), "2025-09-28"), (first_wd_after(D(2025, 10, 1)), "2025-10-09"), (D(2025, 10, 10), "2025-10-10")]
    assert is_workday(D(2025, 10, 10))
    g = gold("minutes", "Sent Fri 2025-09-26. Template with a 待办 table (责任部门 + 责任人 columns: the person owns). 9月30日前 -> 2025-09-30; 9月28日前 -> "
             "2025-09-28 (make-up Sunday); 节后第一个工作日 -> 2025-10-09. '节日期间…一律停工，10月9日复工' is a decision. '下次会议时间：10月10日"
             "（周五）9:00' -> 2025-10-10 09:00.", items, ("2025-10-10", "09:00"))
    return eml, g, chk


# ================================================================ 冰城印象 (Harbin events company, ice-festival season)
H1 = {}


@case("ice-weekly-execution-numbered", "minutes",
      "Ordinary 活动执行例会 minutes (Coremail UTF-8 HTML): numbered 待办 '姓名 事项 时限'; 12月24日前, 下周一, 月底, 明天 (Saturday); "
      "next meeting '下周五同一时间' with today's time stated at the top")
def c_ice1():
    t = T("2025-12-19 17:48:30")
    s = t.date()
    text = """冰雪季第6次执行例会纪要

时间：12月19日（周五）16:00-17:10
地点：园区指挥部（松北）
参会：韩雪、李大鹏、张博、刘畅、董欣然

进展：
- 主舞台冰砖已砌到第9层，进度约70%。
- 票务系统已接入美团、携程两个渠道。

待办：
1. 李大鹏 主舞台冰砖搭建完成（含灯光预埋） 12月24日前
2. 张博 开园首周安保排班表 下周一
3. 刘畅 票务系统压力测试（按单日3万人） 月底
4. 董欣然 北辰灯光补充合同盖章寄回 明天

下次例会：下周五同一时间，还在指挥部。
"""
    eml, mid = mail("coremail", p("董欣然"), [p("韩雪"), p("李大鹏"), p("张博"), p("刘畅")], [BOT_H], "冰雪季第6次执行例会纪要", t, text, seed="ice1")
    items = [it("李大鹏", "主舞台冰砖搭建完成（含灯光预埋）", "2025-12-24"),
             it("张博", "开园首周安保排班表", "2025-12-22"),
             it("刘畅", "票务系统压力测试（按单日3万人）", "2025-12-31"),
             it("董欣然", "北辰灯光补充合同盖章寄回", "2025-12-20")]
    chk = [(D(2025, 12, 24), "2025-12-24"), (nwk(s, 0), "2025-12-22"), (month_end(s), "2025-12-31"), (s + dt.timedelta(days=1), "2025-12-20"),
           (nwk(s, 4), "2025-12-26")]
    H1.update(t=t, mid=mid, subject="冰雪季第6次执行例会纪要",
              rows=[("主舞台冰砖搭建完成（含灯光预埋）", "李大鹏", "2025-12-24"), ("开园首周安保排班表", "张博", "2025-12-22"),
                    ("票务系统压力测试（按单日3万人）", "刘畅", "2025-12-31"), ("北辰灯光补充合同盖章寄回", "董欣然", "2025-12-20")])
    g = gold("minutes", "Sent Fri 2025-12-19. 12月24日前 -> 2025-12-24; 下周一 -> 2025-12-22; 月底 -> 2025-12-31; 明天 -> 2025-12-20 (a Saturday; "
             "events teams work weekends). 进展 lines are status. '下周五同一时间' with this meeting at 16:00 -> 2025-12-26 16:00.",
             items, ("2025-12-26", "16:00"))
    return eml, g, chk


@case("ice-wechat-group-paste-voice-typos", "minutes",
      "iPhone mail at 22:10 on New Year's Eve pasting a WeChat group chat (voice-to-text typos: 大朋/张对) plus a '整理待办' list with nicknames "
      "(大鹏, 张队, 畅畅, 然然): 明早9点前, 今晚11点前 (due_time), 尽快, 3个工作日内 across New Year 2026 and the 01-04 make-up Sunday")
def c_ice2():
    t = T("2025-12-31 22:10:05")
    s = t.date()
    text = """群里刚才语音说的，我贴过来存个档，纪要小助手帮忙跟一下

【冰城印象-冰雪季执行群】
韩雪：大朋明天早上九点开园前 冰滑梯那个防护网必须装好 今天有游客差点飞出去
李大鹏：收到 今晚连夜弄
韩雪：张对 元旦三天每天加派二十个人 名单今晚十一点前发我
张博：好的雪姐
韩雪：畅畅 退票规则那个公告赶紧上 别等了
刘畅：👌
韩雪：然然你跟冰工场白师傅对一下 三号冰雕那个补雕 三个工作日内搞定
董欣然：收到收到

整理待办：
1 大鹏 冰滑梯防护网安装 明早9点前
2 张队 元旦加派安保人员名单 今晚11点前
3 畅畅 退票规则公告上线 尽快
4 然然 对接冰工场 3号冰雕补雕 3个工作日内

韩雪
发自我的iPhone"""
    eml, _ = mail("iphone", p("韩雪"), [p("李大鹏"), p("张博"), p("刘畅"), p("董欣然")], [BOT_H], "12.31晚 群里事项", t, text, seed="ice2")
    items = [it("李大鹏", "冰滑梯防护网安装", "2026-01-01", "09:00"),
             it("张博", "元旦加派安保人员名单", "2025-12-31", "23:00"),
             it("刘畅", "退票规则公告上线", None, None, ["vague_due"]),
             it("董欣然", "对接冰工场 3号冰雕补雕", "2026-01-06")]
    chk = [(s + dt.timedelta(days=1), "2026-01-01"), (s, "2025-12-31"), (addwd(s, 3), "2026-01-06")]
    assert is_workday(D(2026, 1, 4)) and not is_workday(D(2026, 1, 2))
    g = gold("minutes", "Sent Wed 2025-12-31 22:10. The pasted WeChat chat repeats the same four requests with voice-to-text typos (大朋, 张对); the "
             "'整理待办' list is the authoritative record, so each request is one item (not two). Nicknames are roster aliases: 大鹏 = 李大鹏, "
             "张队 = 张博, 畅畅 = 刘畅, 然然 = 董欣然. 明早9点前 -> 2026-01-01 09:00; 今晚11点前 -> 2025-12-31 23:00; 尽快 -> vague_due; "
             "3个工作日内: 01-01..01-03 holiday, 01-04 (make-up Sunday) = 1, 01-05, 01-06 -> 2026-01-06. No next meeting.", items, None)
    return eml, g, chk


@case("ice-boss-one-liner-iphone", "minutes",
      "One-line minutes from the busy boss (iPhone, no greeting): '今天会就一件事：韩雪周四前把…报给我' -> one item")
def c_ice3():
    t = T("2026-11-30 20:31:17")
    s = t.date()
    text = "今天会就一件事：韩雪周四前把冰雪大世界联合运营合作方案报给我，其他照旧。\n\n发自我的iPhone"
    eml, _ = mail("iphone", p("宋建国"), [p("韩雪")], [BOT_H], "今天会", t, text, seed="ice3")
    items = [it("韩雪", "把冰雪大世界联合运营合作方案报给宋总", "2026-12-03")]
    chk = [(wk(s, 3), "2026-12-03")]
    g = gold("minutes", "Sent Mon 2026-11-30. A one-line minutes mail: '周四前' -> 2026-12-03. '报给我' = to the sender 宋建国 (task recorded as "
             "'报给宋总'). '其他照旧' is not an item. Ambiguous kind: it says '今天会…' and carries a single action with owner and date, so a careful "
             "assistant records it as minutes.", items, None)
    return eml, g, chk


@case("ice-excel-range-tsv-paste", "minutes",
      "Excel range pasted as tab-separated text (Foxmail GBK, plain + HTML <pre>-less table): header row 序号/工作内容/责任人/完成时间/备注; external owner "
      "from Cc (郭亮); empty 责任人 + 待定; '12月25日上午10点'; next meeting '周日早上八点半'")
def c_ice4():
    t = T("2026-12-18 21:05:40")
    s = t.date()
    rows = [["序号", "工作内容", "责任人", "完成时间", "备注"],
            ["1", "冰灯点亮测试（全园）", "郭亮", "12/20", "北辰灯光出人"],
            ["2", "入口安检门、测温仪到位", "张博", "12/22", ""],
            ["3", "检票闸机联调", "刘畅", "下周三", "和美团技术一起"],
            ["4", "志愿者岗前培训", "董欣然", "12月25日上午10点", "地点：游客中心"],
            ["5", "公众责任险投保", "", "待定", "等宋总定保额"]]
    text = "各位，今晚碰头会的表格从Excel直接贴过来了：\n\n" + "\n".join("\t".join(r) for r in rows) + \
        "\n\n下次碰头：周日早上八点半，园区指挥部。\n\n韩雪\n"
    hb = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div>各位，今晚碰头会的表格从Excel直接贴过来了：</div><br>'
          '<table border="0" cellpadding="0" cellspacing="0" width="560" style="border-collapse:collapse;width:420pt">' +
          "".join("<tr height=\"18\">" + "".join("<td class=\"xl65\" style=\"height:13.5pt\">%s</td>" % c for c in r) + "</tr>" for r in rows) +
          "</table><br><div>下次碰头：周日早上八点半，园区指挥部。</div><br><div>韩雪</div></body></html>")
    eml, _ = mail("foxmail", p("韩雪"), [p("张博"), p("刘畅"), p("董欣然")], [p("郭亮"), p("宋建国"), BOT_H], "12.18碰头会 表", t, text, hb, seed="ice4")
    items = [it("郭亮", "冰灯点亮测试（全园）", "2026-12-20"),
             it("张博", "入口安检门、测温仪到位", "2026-12-22"),
             it("刘畅", "检票闸机联调", "2026-12-23"),
             it("董欣然", "志愿者岗前培训", "2026-12-25", "10:00"),
             it(None, "公众责任险投保", None, None, ["vague_due"])]
    chk = [(D(2026, 12, 20), "2026-12-20"), (D(2026, 12, 22), "2026-12-22"), (nwk(s, 2), "2026-12-23"), (D(2026, 12, 25), "2026-12-25"),
           (wk(s, 6), "2026-12-20")]
    g = gold("minutes", "Sent Fri 2026-12-18 21:05. Tab-separated Excel paste. 郭亮 (supplier, Cc display name, not in roster) owns row 1 -> "
             "department null; 12/20 -> 2026-12-20; 12/22 -> 2026-12-22; 下周三 -> 2026-12-23; '12月25日上午10点' -> 2026-12-25 10:00. Row 5 has "
             "an empty 责任人 and 待定 -> owner null, no_owner + vague_due (the 备注 '等宋总定保额' does not make 宋总 the owner). 备注 column is "
             "not part of the task. '下次碰头：周日早上八点半' -> this week's Sunday 2026-12-20 08:30.", items, ("2026-12-20", "08:30"))
    return eml, g, chk


@case("ice-emoji-bullets-done-and-todo", "minutes",
      "WeCom-habit emoji minutes (QQ Exmail UTF-8 HTML): ✅ done lines (not items), 👉 todo lines with nicknames, 周日前, 下周二下班前 (no time), "
      "⏭ next meeting '1/15 周五 17:30' (2027)")
def c_ice5():
    t = T("2027-01-08 19:22:48")
    s = t.date()
    text = """【例会速记 1/8】

✅ 已搞定
✅ 冰雕区二期灯光调试完成
✅ 元旦假期客流复盘已发群

⏰ 待办
👉 大鹏：雪雕区围挡加固（昨晚大风吹倒两段）周日前
👉 畅畅：团体票对账（携程/美团/飞猪）1月12日
👉 张队：夜间巡逻路线图更新 下周二下班前

⏭ 下次例会 1/15 周五 17:30

— 然然"""
    eml, _ = mail("qq", p("董欣然"), [p("韩雪"), p("李大鹏"), p("刘畅"), p("张博")], [BOT_H], "例会速记 1/8", t, text, seed="ice5", cs="UTF-8")
    items = [it("李大鹏", "雪雕区围挡加固", "2027-01-10"),
             it("刘畅", "团体票对账（携程/美团/飞猪）", "2027-01-12"),
             it("张博", "夜间巡逻路线图更新", "2027-01-12")]
    chk = [(wk(s, 6), "2027-01-10"), (D(2027, 1, 12), "2027-01-12"), (nwk(s, 1), "2027-01-12"), (D(2027, 1, 15), "2027-01-15")]
    assert D(2027, 1, 15).weekday() == 4
    g = gold("minutes", "Sent Fri 2027-01-08. ✅ lines are done work. 👉 lines: 大鹏 = 李大鹏, 畅畅 = 刘畅, 张队 = 张博 (aliases). 周日前 -> 2027-01-10; "
             "1月12日 -> 2027-01-12; 下周二下班前 -> 2027-01-12 with no time. '(昨晚大风吹倒两段)' is context, not a date. Next '1/15 周五 17:30' -> "
             "2027-01-15 17:30.", items, ("2027-01-15", "17:30"))
    return eml, g, chk


@case("ice-japanese-agency-tanto-kigen", "minutes",
      "Minutes written in Chinese by a Japanese tour operator (Apple Mail, UTF-8): '・事项 担当：X 期限：12/11(金)' with Japanese weekday kanji, "
      "honorific 董様, the writer's own item (佐藤), next meeting in 日本時間 (UTC+9)")
def c_ice6():
    t = T("2026-12-09 15:40:12", 9)
    s = sh(t).date()
    text = """冰城印象 韩总监、各位：

いつもお世話になっております。北海ツアーズの佐藤です。
今天的视频会议内容整理如下，请确认。

【决定事项】
・1月团体（4团，共136名）入园时间统一为16:30。

【待办】
・冰雪大世界团体入园时段确认
　担当：刘畅様　期限：12/11(金)
・导游证件名单提交
　担当：佐藤　期限：12/15(火)
・机场⇔酒店接送巴士安排
　担当：董様　期限：下周一

【下次会议】
12月16日(水) 15:00 日本時間

以上、よろしくお願いいたします。
佐藤健一
Hokkai Tours Co., Ltd.
"""
    eml, _ = mail("apple", p("佐藤"), [p("韩雪"), p("刘畅"), p("董欣然")], [BOT_H], "【議事録】1月団体ツアー打合せ／会议纪要", t, text, seed="ice6",
                  plain_only=True)
    items = [it("刘畅", "冰雪大世界团体入园时段确认", "2026-12-11"),
             it("佐藤", "导游证件名单提交", "2026-12-15"),
             it("董欣然", "机场⇔酒店接送巴士安排", "2026-12-14")]
    chk = [(D(2026, 12, 11), "2026-12-11"), (D(2026, 12, 15), "2026-12-15"), (nwk(s, 0), "2026-12-14"), (D(2026, 12, 16), "2026-12-16")]
    assert D(2026, 12, 11).weekday() == 4 and D(2026, 12, 15).weekday() == 1 and D(2026, 12, 16).weekday() == 2
    g = gold("minutes", "Date Wed 2026-12-09 15:40 +0900 = 14:40 Shanghai, same day. Japanese habits: 担当/期限 on a second line, '(金)' = Friday, '(火)' = "
             "Tuesday, 様 honorific. 刘畅様 = 刘畅; 董様 = 董欣然 (the only 董 in To); 佐藤 = the sender 佐藤健一 (not in roster, department null). "
             "12/11(金) -> 2026-12-11; 12/15(火) -> 2026-12-15; 下周一 -> 2026-12-14. 【决定事项】 is a decision. Next meeting '12月16日(水) 15:00 "
             "日本時間' = 14:00 Shanghai -> 2026-12-16 14:00.", items, ("2026-12-16", "14:00"))
    return eml, g, chk


@case("ice-supplier-minutes-163-gbk", "minutes",
      "Minutes written by the ice supplier (163 mail, GBK): '我方' item owned by the From person, '贵方' item without a person (no_owner, dept null), "
      "our 李大鹏 by name; next meeting '12月1日现场，上午' (half day -> time null)")
def c_ice7():
    t = T("2025-11-21 12:06:33")
    s = t.date()
    text = """韩总监、李工：

今天上午现场对接会的内容我整理了一下，有不对的地方请指正。

一、采冰计划
1. 我方：11月底前完成松花江首批采冰（约8000立方），运至园区冰场。
2. 贵方：确认冰雕设计图终稿（含尺寸标注），下周三前发我们。
3. 李大鹏：园区冰场场地平整及验收，12月1日。

二、价格按合同不变，运输费用按实际车次结算。

下次对接：12月1日在现场，上午。

哈尔滨冰工场 白永顺
电话：13904xxxxxx
"""
    eml, _ = mail("163", p("白永顺"), [p("韩雪"), p("李大鹏")], [BOT_H], "现场对接会纪要（11.21）", t, text, seed="ice7")
    items = [it("白永顺", "完成松花江首批采冰（约8000立方），运至园区冰场", "2025-11-30"),
             it(None, "确认冰雕设计图终稿（含尺寸标注）发冰工场", "2025-11-26"),
             it("李大鹏", "园区冰场场地平整及验收", "2025-12-01")]
    chk = [(month_end(s), "2025-11-30"), (nwk(s, 2), "2025-11-26"), (D(2025, 12, 1), "2025-12-01")]
    g = gold("minutes", "Minutes written by the supplier (external From, 163 mail). '我方' = the sender's company; the From person 白永顺 is recorded "
             "as owner (not in roster, department null). '贵方' = 冰城印象 without a person -> owner null, no_owner, department null. 李工 in the "
             "greeting is 李大鹏 (named in item 3). 11月底前 -> 2025-11-30; 下周三前 -> 2025-11-26; 12月1日 -> 2025-12-01. 二 is a commercial "
             "term. Next '12月1日在现场，上午' -> 2025-12-01, time null (half day only).", items, ("2025-12-01", None))
    return eml, g, chk


@case("ice-person-headings-spring-festival", "minutes",
      "Minutes grouped by person headings 【大鹏】【张博】【畅畅】 (Alimail HTML), several items per heading; 节后第一个工作日 = 2026-02-24; "
      "5个工作日内; '年后开工例会另行通知' -> no follow-up")
def c_ice8():
    t = T("2026-02-06 18:30:00")
    s = t.date()
    text = """闭园收尾会（2/6）分工：

【大鹏】
· 冰雕拆除方案（分区、顺序、安全警戒） 2月13日前
· 拆除用吊车、铲车租赁 节后第一个工作日落实

【张博】
· 春节期间园区值班表 明天给我

【畅畅】
· 年卡退款对账 5个工作日内

年后开工例会另行通知。
——韩雪"""
    eml, _ = mail("alimail", p("韩雪"), [p("李大鹏"), p("张博"), p("刘畅")], [p("宋建国"), BOT_H], "闭园收尾会分工", t, text, seed="ice8")
    items = [it("李大鹏", "冰雕拆除方案（分区、顺序、安全警戒）", "2026-02-13"),
             it("李大鹏", "拆除用吊车、铲车租赁", "2026-02-24"),
             it("张博", "春节期间园区值班表", "2026-02-07"),
             it("刘畅", "年卡退款对账", "2026-02-13")]
    chk = [(D(2026, 2, 13), "2026-02-13"), (first_wd_after(D(2026, 2, 15)), "2026-02-24"), (s + dt.timedelta(days=1), "2026-02-07"),
           (addwd(s, 5), "2026-02-13")]
    g = gold("minutes", "Sent Fri 2026-02-06. Person headings own the bullets below them: 【大鹏】 = 李大鹏 (two items), 【张博】, 【畅畅】 = 刘畅. "
             "2月13日前 -> 2026-02-13; 节后第一个工作日 -> 2026-02-24 (Spring Festival holiday 02-15..02-23); 明天 -> 2026-02-07; 5个工作日内 "
             "counts 02-09..02-13 -> 2026-02-13. '年后开工例会另行通知' -> next_followup null.", items, None)
    return eml, g, chk


@case("ice-other-supplier-quote", "other",
      "Supplier quotation mail (Foxmail GBK) with prices, a validity date and '请于12月5日前回复' — not minutes -> other")
def c_ice9():
    t = T("2026-12-01 10:02:11")
    text = """韩总监您好：

根据上周沟通，北辰灯光冰雪季追加灯光设备报价如下：
1. LED洗墙灯 200套 × 380元 = 76,000元
2. 电脑摇头灯 24台 × 2,600元（租赁，按季） = 62,400元
3. 安装调试及驻场维护（12月20日-2月28日） 45,000元
合计：183,400元（含税）

报价有效期至12月10日。如确认，请于12月5日前回复，以便我们备货。

郭亮
北辰灯光工程有限公司
"""
    eml, _ = mail("foxmail", p("郭亮"), [p("韩雪")], [p("董欣然"), BOT_H], "冰雪季追加灯光设备报价", t, text, seed="ice9")
    return eml, gold("other", "A supplier quotation with prices, a service period and '请于12月5日前回复'. No meeting, no minutes -> kind other, "
                     "no items, no follow-up."), []


@case("ice-reply-confirm-wechat-style", "reply",
      "iPhone reply '收到 确认👍' (two words, emoji) to the recap of the weekly execution minutes, quoted with '在 …，纪要小助手 <…> 写道：'")
def c_ice10():
    t = T("2025-12-19 18:02:51")
    rt = H1["t"] + dt.timedelta(minutes=2)
    bot = signed(BOT_H, "ice1")
    q = recap_text(H1["rows"], "纪要小助手")
    text = "收到 确认👍\n\n发自我的iPhone\n\n> 在 %s，纪要小助手 <jilu@bingchengyx.example.cn> 写道：\n> \n" % sh(rt).strftime("%Y年%-m月%-d日，%H:%M") + \
        "\n".join("> " + ln for ln in q.split("\n"))
    eml, _ = mail("iphone", p("李大鹏"), [bot], [], "Re: Re: " + H1["subject"], t, text, seed="ice10", bot=bot,
                  irt="<r.202512191750.ice1@bingchengyx.example.cn>", refs=[H1["mid"], "<r.202512191750.ice1@bingchengyx.example.cn>"])
    return eml, gold("reply", "Reply Fri 2025-12-19 18:02 from 李大鹏 to the recap of the weekly execution minutes: '收到 确认👍' -> confirm, items []. "
                     "The '>' quote repeats the recap with all command words.", reply=rep("confirm")), []


@case("ice-auto-qq-vacation-reply", "auto",
      "QQ Mail holiday auto-reply '这是来自QQ邮箱的假期自动回复邮件' (subject '自动回复: …', X-QQ-AutoReply header) to a recap")
def c_ice11():
    t = T("2026-02-16 09:00:41")
    text = """这是来自QQ邮箱的假期自动回复邮件。

您好，我正在休春节假期，2月24日（初八）返岗，期间邮件无法及时处理。园区紧急事务请直接打电话：139xxxx0021（张博）。
"""
    eml, _ = mail("qq", ("郭亮", "45210077@qq.com"), [BOT_H], [], "自动回复: 冰雪季灯光维护排班", t, text, seed="ice11", cs="gb18030",
                  extra=[("X-QQ-AutoReply", "1"), ("Auto-Submitted", "auto-replied")], bot=BOT_H, plain_only=True)
    return eml, gold("auto", "QQ Mail vacation auto-reply (subject '自动回复:', Auto-Submitted: auto-replied). Dates and a phone contact are not "
                     "items -> kind auto."), []


# ================================================================ main
def run(check=False):
    import email
    counts, nitems, readme_rows = {}, 0, []
    for n, (slug, kind, desc, fn) in enumerate(CASES, 2801):
        eml, g, chk = fn()
        assert g["kind"] == kind, slug
        verified = set()
        for computed, iso in chk:
            if computed != D.fromisoformat(iso):
                raise AssertionError("%s: computed %s, gold %s" % (slug, computed, iso))
            verified.add(iso)
        dates = [x["due_date"] for x in g["items"] if x["due_date"]]
        if g["next_followup"]:
            dates.append(g["next_followup"]["date"])
        if g["reply"] and g["reply"]["new_due_date"]:
            dates.append(g["reply"]["new_due_date"])
        missing = [d for d in dates if d not in verified]
        assert not missing, (slug, missing)
        for x in g["items"]:
            assert ("no_owner" in x["flags"]) == (x["owner_name"] is None), (slug, x)
            assert ("vague_due" in x["flags"] or "no_due" in x["flags"]) == (x["due_date"] is None), (slug, x)
        msg = email.message_from_bytes(eml)   # parses and decodes every text part
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_payload(decode=True).decode(part.get_content_charset().replace("gb2312", "gbk"))
        name = "%d-%s" % (n, slug)
        js = json.dumps(g, ensure_ascii=False, indent=2) + "\n"
        pe, pj = os.path.join(OUT, name + ".eml"), os.path.join(OUT, name + ".json")
        if check:
            assert open(pe, "rb").read() == eml, name + ".eml differs"
            assert open(pj, encoding="utf-8").read() == js, name + ".json differs"
        else:
            open(pe, "wb").write(eml)
            open(pj, "w", encoding="utf-8").write(js)
        counts[kind] = counts.get(kind, 0) + 1
        nitems += len(g["items"])
        readme_rows.append("| %s | %s | %s |" % (name, kind, desc))
    print("cases:", sum(counts.values()), counts, "items:", nitems, "(check ok)" if check else "")
    return readme_rows


OUT = HERE   # (tests/data copy) or the first argument that is no option: where the cases are written or checked

if __name__ == "__main__":
    OUT = next((a for a in sys.argv[1:] if not a.startswith("--")), HERE)
    rows = run(check="--check" in sys.argv)
    if "--table" in sys.argv:
        print("\n".join(rows))

#!/usr/bin/env python3
"""Blind held-out set heldout21 for minutebot: raw .eml + gold .json pairs (cases 4201-), roster.csv.

    python make_heldout21.py            # write everything into the folder of this script
    python make_heldout21.py --check    # regenerate in memory, compare with the files on disk, re-check every
                                        # gold date against the computed one and validate the gold schema

Deterministic: no clock, no randomness. Working days come from the `chinesecalendar` package (2025/2026).
The package has no 2027 data, so cases sent in 2027 use only absolute dates and weekday words (no 工作日
counting, no holiday words); their notes say so.
"""
import base64
import datetime as dt
import json
import re
import sys
from email import message_from_bytes
from email import policy as email_policy
from email.message import Message
from pathlib import Path

import chinese_calendar

sys.path.insert(0, str(Path(__file__).resolve().parent))
import mimekit as mk  # noqa: E402
from mimekit import (BR, Tbl, Cell, ts, rfc_date, sh, hx, hb64, haddr, haddrs, htext, leaf, multi, envelope,  # noqa
                     finish, serialize, render_text, render_divs, plain_blocks, render_outlook_inner, outlook_desktop,
                     exchange_online, foxmail, qq_exmail, coremail, gmail, attachment, tiny_zip, Parent,
                     quote_qq, quote_outlook_zh, quote_foxmail, recap_parent, esc, encoded_words)

mk.CODEC["iso-2022-jp"] = "iso2022_jp"
D = dt.date
TZ8 = mk.TZ8

# ------------------------------------------------------------------------------------------------ calendar
def is_workday(d):
    if d.year > 2026:
        raise AssertionError("no official 2027 calendar in chinesecalendar: do not count working days in 2027")
    return chinese_calendar.is_workday(d)


def add_wd(sent, n):
    """N个工作日内: count working days starting the day after sending."""
    d = sent
    while n:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n -= 1
    return d


def first_wd_after(d):
    d += dt.timedelta(days=1)
    while not is_workday(d):
        d += dt.timedelta(days=1)
    return d


def wk(sent, k):
    """周X / by Friday: this week's X if not past (on or after the send date), else next week's."""
    c = sent - dt.timedelta(days=sent.weekday()) + dt.timedelta(days=k)
    return c if c >= sent else c + dt.timedelta(days=7)


def nwk(sent, k):
    """下周X / next X: weekday X of the following calendar week."""
    return sent - dt.timedelta(days=sent.weekday()) + dt.timedelta(days=7 + k)


def month_end(d):
    n = D(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return n - dt.timedelta(days=1)


CHECKS = []


def chk(computed, iso, what=""):
    CHECKS.append((computed, iso, what))
    return iso


# ------------------------------------------------------------------------------------------------ people
ORGS = {
    "steel": dict(dom="huaye-steel.example.cn", bot=("纪要助手", "jiyao@huaye-steel.example.cn")),
    "ec": dict(dom="starlane-ec.example.com", bot=("Starlane待办助手", "todo@starlane-ec.example.com")),
    "cro": dict(dom="hexincro.example.cn", bot=("会议纪要助手", "minutes-bot@hexincro.example.cn")),
    "gov": dict(dom="ynwlxmb.example.gov.cn", bot=("督办助手", "duban@ynwlxmb.example.gov.cn")),
}
# name, local, org, department, is_head, aliases
ROSTER = [
    ("孟宪军", "mengxianjun", "steel", "设备部", True, "孟部长;孟部;老孟"),
    ("赵春雨", "zhaochunyu", "steel", "设备部", False, "赵工;春雨"),
    ("刘冬梅", "liudongmei", "steel", "设备部", False, "小刘;冬梅"),
    ("高振东", "gaozhendong", "steel", "炼铁厂", True, "高主任;高厂;振东"),
    ("于海涛", "yuhaitao", "steel", "炼铁厂", False, "于班长;海涛;老于"),
    ("石磊", "shilei", "steel", "炼铁厂", False, "石工长;石头;小石"),
    ("田立新", "tianlixin", "steel", "安全环保部", True, "田部长;田部;立新"),
    ("韩宝山", "hanbaoshan", "steel", "安全环保部", False, "老韩;韩师傅;宝山"),
    ("陈嘉豪", "kelvin.chan", "ec", "总经办", True, "Kelvin;Kelvin Chan;陈生;豪哥"),
    ("梁咏琪", "winnie.leung", "ec", "运营部", True, "Winnie;Winnie Leung;琪姐;阿琪"),
    ("麦志坚", "jason.mak", "ec", "运营部", False, "Jason;Jason Mak;阿坚"),
    ("罗美玲", "mandy.law", "ec", "运营部", False, "Mandy;Mandy Law;阿玲"),
    ("黄晓欣", "cindy.wong", "ec", "选品部", True, "Cindy;Cindy Wong;欣欣"),
    ("何俊文", "ken.ho", "ec", "供应链部", True, "Ken;Ken Ho;阿文"),
    ("苏家乐", "lok.so", "ec", "供应链部", False, "Lok;Lok So;阿乐"),
    ("沈雅琴", "sandy.shen", "cro", "项目管理部", True, "Sandy;Sandy Shen;Shen-san;沈经理"),
    ("顾文博", "bob.gu", "cro", "临床运营部", True, "Bob;Bob Gu;顾老师;Gu-san"),
    ("钱晓雯", "vivian.qian", "cro", "临床运营部", False, "Vivian;Vivian Qian;小钱"),
    ("吴思远", "simon.wu", "cro", "临床运营部", False, "Simon;Simon Wu;小吴"),
    ("陆佳", "jia.lu", "cro", "医学部", True, "Dr. Lu;陆医生;Lu Jia;Dr Lu"),
    ("蒋立平", "liping.jiang", "cro", "质量保证部", True, "蒋工;LP Jiang;Liping Jiang"),
    ("周若曦", "rosie.zhou", "cro", "数据管理部", True, "Rosie;Rosie Zhou;若曦"),
    ("杨国栋", "yanggd", "gov", "办公室", True, "杨主任;国栋"),
    ("李春燕", "licy", "gov", "规划科", True, "李科长;春燕"),
    ("段志明", "duanzm", "gov", "资金科", True, "段科长;段科;志明"),
    ("普丽华", "pulh", "gov", "综合科", False, "小普;丽华"),
    ("赵永刚", "zhaoyg", "gov", "项目科", True, "赵科长;永刚"),
    ("和晓东", "hexd", "gov", "督查科", True, "和科长;晓东"),
]
P = {}
_heads = {(o, dep): l for _, l, o, dep, h, _ in ROSTER if h}
_heads[("gov", "综合科")] = "yanggd"   # 综合科 has no head of its own: the office director
for name, local, o, dep, head, al in ROSTER:
    em = "%s@%s" % (local, ORGS[o]["dom"])
    P[name] = dict(name=name, email=em, department=dep, org=o, aliases=al,
                   manager_email="" if head else "%s@%s" % (_heads[(o, dep)], ORGS[o]["dom"]))
    mk.PEOPLE[name] = em
EXT = {
    "王立伟": "wanglw@jihua-group.example.cn",
    "Raymond Chan": "raymond.chan@hangtung-log.example.hk",
    "陳志偉": "raymond.chan@hangtung-log.example.hk",
    "Jennifer Walsh": "jwalsh@mapleridge-tx.example.com",
    "田中 健一": "k-tanaka@sakura-pharma.example.jp",
    "许敏": "xumin.ec@szdy-hospital.example.cn",
    "木建华": "mujh@ljwlj.example.gov.cn",
}
mk.PEOPLE.update(EXT)
DEPTS = sorted({p["department"] for p in P.values()})


def W(name):
    """(display, address)"""
    return (name, mk.PEOPLE[name])


def use(org):
    mk.DOM = ORGS[org]["dom"]
    mk.BOT = ORGS[org]["bot"]
    return mk.BOT


def item(owner, task, due=None, time=None, flags=(), dept=None, email=None):
    flags = list(flags)
    if owner in P:
        email, dept = P[owner]["email"], P[owner]["department"]
    elif owner is not None and email is None:
        email = EXT.get(owner)
    if owner is None and "no_owner" not in flags:
        flags.insert(0, "no_owner")
    return {"owner_name": owner, "owner_email": email, "department": dept, "task": task, "due_date": due,
            "due_time": time, "flags": flags}


def gold(kind, notes, items=(), followup=None, reply=None):
    return {"kind": kind, "items": list(items), "next_followup": followup, "reply": reply, "notes": notes}


def fu(date, time=None):
    return {"date": date, "time": time}


def rep(intent, items=(), percent=None, new_due=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due}


def deliv(t, sender, seed, host=None, ip=None):
    local = sender.split("@")[0]
    if host is None:
        host = ("%s-PC" % local.upper()[:12], "unknown")
        ip = "10.%d.%d.%d" % (16 + int(hx(local, 2), 16) % 8, int(hx(local, 4)[2:], 16) % 250,
                              20 + int(hx(seed, 2), 16) % 200)
    helo, rdns = host if isinstance(host, tuple) else (host, host)
    t2 = sh(t) + dt.timedelta(seconds=2)
    return [("Return-Path", "<%s>" % sender), ("Delivered-To", mk.BOT[1]),
            ("Received", "from %s (%s [%s])\n\tby mx.%s (Postfix) with ESMTPS id 4Y%s\n\tfor <%s>; %s (CST)"
             % (helo, rdns, ip, mk.DOM, hx(seed, 9).upper(), mk.BOT[1], rfc_date(t2)))]


def lines(text):
    """plain text -> blocks (blank line -> BR)."""
    return [BR if not l.strip() else l for l in text.strip("\n").split("\n")]


def divs(text):
    return render_divs(lines(text))


def raw_msg(headers, body):
    """A message from explicit headers (in order) and a body part (leaf or multi)."""
    return envelope(headers, body, mime_version=False)


def mid_generic(seed, host):
    return "<%s.%s@%s>" % (hx(seed, 16), hx(seed + "m", 8), host)


def apple_mail(frm, to, cc, subject, t, text, seed, irt=None, refs=None, iphone=False, html_body=None):
    if iphone:
        body = leaf("text/plain", text, "utf-8", "quoted-printable", ct_quote=False)
        hdrs = [("Content-Type", None)]
        hdrs = [("From", haddr(*frm)), ("Mime-Version", "1.0 (1.0)"), ("Date", rfc_date(t)),
                ("Subject", htext(subject)), ("Message-Id", "<%s@%s>" % (hx(seed, 8).upper() + "-" +
                                                                       hx(seed + "a", 4).upper() + "-" +
                                                                       hx(seed + "b", 12).upper(),
                                                                       frm[1].split("@")[1]))]
        hdrs += mk._threading(irt, refs)
        hdrs += [("Cc", haddrs(cc))] if cc else []
        hdrs += [("To", haddrs(to)), ("X-Mailer", "iPhone Mail (22F76)")]
        return raw_msg(hdrs, body), []
    b = "Apple-Mail=_%s" % hx(seed, 32).upper()
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable", ct_quote=False),
                                 leaf("text/html", '<html><head><meta http-equiv="content-type" content="text/html; '
                                      'charset=utf-8"></head><body style="overflow-wrap: break-word; '
                                      '-webkit-nbsp-mode: space; line-break: after-white-space;">%s</body></html>'
                                      % (html_body or divs(text)), "utf-8", "quoted-printable", ct_quote=False)], b)
    hdrs = [("From", haddr(*frm)), ("Content-Type", None)]
    hdrs = [("From", haddr(*frm)), ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"),
            ("Subject", htext(subject)), ("Date", rfc_date(t))]
    hdrs += [("Cc", haddrs(cc))] if cc else []
    hdrs += [("To", haddrs(to))] + mk._threading(irt, refs)
    hdrs += [("Message-Id", "<%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed + "x", 12).upper(), frm[1].split("@")[1])),
             ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")]
    return raw_msg(hdrs, body), []


def alimail(frm, to, cc, subject, t, text, html_body, seed, irt=None, refs=None):
    """DingTalk enterprise mail (Alimail web): UTF-8 base64, ALIMAIL boundaries."""
    b = "----=ALIBOUNDARY_%d_%s_%s" % (int(hx(seed, 5), 16), hx(seed + "a", 8), hx(seed + "b", 8))
    hd = ('<div class="__aliyun_email_body_block"><div style="line-height:1.7;font-family:Tahoma,Arial,STHeiti,'
          'SimSun;font-size:14.0px;color:#000000;">%s</div></div>' % html_body)
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64", ct_quote=False),
                                 leaf("text/html", hd, "UTF-8", "base64", ct_quote=False)], b)
    hdrs = [("Date", rfc_date(t)), ("From", haddr(*frm, quote=True)), ("To", haddrs(to, quote=True))]
    hdrs += [("Cc", haddrs(cc, quote=True))] if cc else []
    hdrs += [("Reply-To", haddr(*frm, quote=True)), ("Message-ID", "<%s.%s@%s>" % (hx(seed, 8), hx(seed + "i", 20),
                                                                                   frm[1].split("@")[1])),
             ("Subject", htext(subject, "UTF-8", "B"))] + mk._threading(irt, refs)
    hdrs += [("X-Priority", "3"), ("X-Mailer", "Alimail-Mailagent revision 2"), ("MIME-Version", "1.0"),
             ("X-Alimail-AntiSpam", "AC=CONTINUE;BC=0.07%s;CM=1;SV=1" % hx(seed, 6))]
    return raw_msg(hdrs, body), []


def feishu(frm, to, cc, subject, t, text, html_body, seed, irt=None, refs=None):
    """Feishu (Lark) mail: UTF-8 base64 text+html."""
    b = "%s" % hx(seed, 60)
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64", ct_quote=False),
                                 leaf("text/html", '<html><head></head><body><div style="font-size: 14px;">%s</div>'
                                      '</body></html>' % html_body, "UTF-8", "base64", ct_quote=False)], b)
    hdrs = [("Date", rfc_date(t)), ("From", haddr(*frm, quote=True)), ("Subject", htext(subject)),
            ("Mime-Version", "1.0"), ("Message-Id", "<%s+%s@%s>" % (hx(seed, 10), hx(seed + "f", 6),
                                                                  frm[1].split("@")[1])),
            ("To", haddrs(to, quote=True))]
    hdrs += [("Cc", haddrs(cc, quote=True))] if cc else []
    hdrs += mk._threading(irt, refs) + [("X-Lms-Return-Path", "<lba+%s@%s>" % (hx(seed, 12), frm[1].split("@")[1])),
                                        ("X-Mailer", "Feishu Mail"), ("Content-Language", "zh")]
    return raw_msg(hdrs, body), []


def thunderbird(frm, to, cc, subject, t, text, seed, irt=None, refs=None, cs="UTF-8"):
    body = leaf("text/plain", text, cs, "8bit", ct_quote=False)
    body.replace_header("Content-Type", "text/plain; charset=%s; format=flowed" % cs)
    hdrs = [("Message-ID", "<%s-%s-%s@%s>" % (hx(seed, 8), hx(seed, 12)[8:], hx(seed + "t", 12), frm[1].split("@")[1])),
            ("Date", rfc_date(t)), ("MIME-Version", "1.0"),
            ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "zh-CN")]
    hdrs += [("To", haddrs(to, "UTF-8"))] + ([("Cc", haddrs(cc, "UTF-8"))] if cc else [])
    hdrs += [("From", haddr(*frm, label="UTF-8")), ("Subject", htext(subject))] + mk._threading(irt, refs)
    return raw_msg(hdrs, body), []


def outlook_html(blocks, cs):
    """Outlook HTML with the fonts of a Traditional-Chinese or Japanese Windows (the default head names 等线/宋体)."""
    doc = mk.render_outlook(blocks, cs)
    if cs == "big5":
        return doc.replace("等线", "新細明體").replace("宋体", "細明體")
    if cs == "iso-2022-jp":
        return doc.replace("等线", "游ゴシック").replace("宋体", "ＭＳ 明朝")
    return doc


def docx(paragraphs):
    """A minimal WordprocessingML package written as raw XML (no python-docx)."""
    def p(s):
        return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(s)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats'
           '.org/wordprocessingml/2006/main"><w:body>%s<w:sectPr/></w:body></w:document>'
           % "".join(p(x) for x in paragraphs))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/'
          'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
          'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats'
            '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    return tiny_zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


# ------------------------------------------------------------------------------------------------ cases
CASES = []
VIEWS = {}


def case(slug, kind, what):
    def deco(fn):
        CASES.append((slug, kind, what, fn))
        return fn
    return deco


def remember(slug, msg, frm, to, cc, subject, t, text, html_inner, g):
    VIEWS[slug] = dict(parent=Parent(frm, to, cc, subject, t, text, html_inner, msg["Message-ID"] or
                                     msg["Message-Id"]), gold=g, t=t, subject=subject, to=to, cc=cc, frm=frm,
                       msgid=msg["Message-ID"] or msg["Message-Id"])


def recap_for(slug, minutes_later=2):
    v = VIEWS[slug]
    t = v["t"] + dt.timedelta(minutes=minutes_later, seconds=11)
    rows = []
    for n, it in enumerate(v["gold"]["items"], 1):
        owner = it["owner_name"] or ("%s（未指定负责人）" % it["department"] if it["department"] else "（未指定）")
        due = (it["due_date"] + (" " + it["due_time"] if it["due_time"] else "")) if it["due_date"] else "未明确"
        rows.append((n, it["task"], owner, due))
    cut = sh(t).replace(hour=18, minute=0, second=0).strftime("%Y-%m-%d %H:%M")
    to = [v["frm"]] + [x for x in v["to"] if x != mk.BOT]
    cc = [x for x in v["cc"] if x != mk.BOT]
    return recap_parent(v["subject"], t, to, cc, rows, cut, seed=slug)


# ================================================================ steel mill (华冶钢铁, Tangshan)
@case("4201-steel-safety-meeting-before-national-day", "minutes",
      "Coremail GBK 安全例会纪要 template, numbered 待办; 9月28日(调休周日); 3个工作日内 over the make-up Sunday; 节后第一个工作日; 今天下班前; rules not items")
def c4201():
    slug = "4201-steel-safety-meeting-before-national-day"
    use("steel")
    t = ts("2025-09-26 16:48:12")
    sd = t.date()
    subject = "安全例会纪要（9月26日）——节前安全检查"
    frm = W("田立新")
    to = [W("孟宪军"), W("高振东"), W("于海涛"), W("赵春雨"), W("刘冬梅"), W("石磊"), W("韩宝山")]
    cc = [mk.BOT]
    text = """各单位：

9月26日安全例会纪要如下，请各单位抓好落实。

会议名称：9月份第4周安全例会
会议时间：2025年9月26日 8:30-9:40
地　　点：调度楼三楼会议室
主 持 人：田立新
参会人员：设备部、炼铁厂、安全环保部相关人员

一、上周工作回顾
1. 2#高炉炉前区域隐患整改5项，已全部闭环。
2. 9月份特种设备月检已完成，行车12台、电梯3部均合格。

二、会议要求
1. 国庆期间动火作业一律升级为一级动火审批，安全员现场监护。
2. 煤气区域作业必须两人以上，携带便携式报警仪。

三、待办事项
1. 2#高炉炉顶煤气放散阀检查，形成检查记录。负责人：韩宝山，9月28日（周日，调休上班）前完成。
2. 节前特种设备（行车、电梯、压力容器）安全检查台账上报安环部。负责人：刘冬梅，9月30日前。
3. 国庆期间炼铁厂值班表报安环部。负责人：于海涛，今天下班前。
4. 煤气区域固定式报警仪校验。负责人：赵春雨，节后第一个工作日完成。
5. 组织炉前班组有限空间作业审批流程培训。负责人：石磊，3个工作日内。

下次例会：10月9日（周四）8:30，调度楼三楼会议室。

安全环保部
田立新
电话：0315-5128866"""
    g = gold("minutes", items=[
        item("韩宝山", "2#高炉炉顶煤气放散阀检查，形成检查记录", chk(D(2025, 9, 28), "2025-09-28")),
        item("刘冬梅", "节前特种设备安全检查台账上报安环部", chk(D(2025, 9, 30), "2025-09-30")),
        item("于海涛", "国庆期间炼铁厂值班表报安环部", chk(sd, "2025-09-26")),
        item("赵春雨", "煤气区域固定式报警仪校验", chk(first_wd_after(D(2025, 10, 8)), "2025-10-09")),
        item("石磊", "组织炉前班组有限空间作业审批流程培训", chk(add_wd(sd, 3), "2025-09-30"))],
        followup=fu(chk(D(2025, 10, 9), "2025-10-09"), "08:30"),
        notes="Sent Fri 2025-09-26 16:48 +0800. National Day + Mid-Autumn holiday 10-01..10-08 with make-up working days "
              "Sun 09-28 and Sat 10-11. '9月28日（周日，调休上班）前' -> 2025-09-28. '今天下班前' -> send date, no time. "
              "'节后第一个工作日' -> 2025-10-09. '3个工作日内' from the day after sending: 09-28 (make-up Sunday) = 1, "
              "09-29 = 2, 09-30 = 3 -> 2025-09-30. 上周工作回顾 lines are done work and 会议要求 are rules: not items. "
              "'下次例会：10月9日（周四）8:30' -> next_followup 2025-10-09 08:30. Signature phone number is noise.")
    html = divs(text)
    msg = finish(coremail(frm, to, cc, subject, t, text + "\n", html, slug, cs="GBK"), deliv(t, frm[1], slug))
    remember(slug, msg, frm, to, cc, subject, t, text, html, g)
    return msg, g


@case("4202-steel-shopfloor-terse-foxmail", "minutes",
      "Foxmail GBK 班前会 record by a 班组长: terse lines, 赵工/老韩 via roster aliases, 明早9点前, 周六前, 外委+待定 (no_owner+vague), 石磊牵头 赵工配合, 已到货 fact")
def c4202():
    slug = "4202-steel-shopfloor-terse-foxmail"
    use("steel")
    t = ts("2026-03-12 07:52:40")
    sd = t.date()
    subject = "检修班3.12班前会"
    frm = W("于海涛")
    to = [W("高振东")]
    cc = [W("赵春雨"), W("韩宝山"), W("石磊"), mk.BOT]
    text = """高主任：
今早班前会记录

1、3#风口小套漏水 要换。赵工盯，周六前换完
2、炉前泥炮液压站渗油 老韩说先报隐患单 明早9点前报上去
3、出铁场除尘管道积灰清理 外委 时间待定
4、备件：风口小套2个 高主任批了 已到货
5、下周二定修 停电挂牌 石磊牵头 赵工配合

人员：白班14人 请假1人（张建军 病假）

于海涛
检修一班"""
    g = gold("minutes", items=[
        item("赵春雨", "更换3#风口小套", chk(wk(sd, 5), "2026-03-14")),
        item("韩宝山", "报泥炮液压站渗油隐患单", chk(sd + dt.timedelta(days=1), "2026-03-13"), "09:00"),
        item(None, "出铁场除尘管道积灰清理（外委）", None, flags=["vague_due"]),
        item("石磊", "下周二定修停电挂牌", chk(nwk(sd, 1), "2026-03-17"))],
        notes="Sent Thu 2026-03-12 07:52. Terse shop-floor lines. '赵工' and '老韩' are roster aliases (and Cc display "
              "names 赵春雨/韩宝山). 周六前 -> this week's Saturday 2026-03-14 (an ordinary rest day; date kept). "
              "'明早9点前' -> 2026-03-13 09:00. Line 3 is owned by an outside contractor (外委), no person -> no_owner; "
              "'时间待定' -> vague_due. Line 4 reports parts already delivered: fact, not an item. Line 5: 石磊 leads "
              "(牵头) -> owner 石磊; 赵工 only assists; '下周二' -> 2026-03-17. The 人员 line is attendance.")
    html = divs(text).replace("<div>", '<div style="font-family: 宋体">')
    msg = finish(foxmail(frm, to, cc, subject, t, text + "\n", html, slug, cs="GBK"), deliv(t, frm[1], slug))
    remember(slug, msg, frm, to, cc, subject, t, text, html, g)
    return msg, g


@case("4203-steel-special-equipment-soe-outlook", "minutes",
      "Outlook gb2312 SOE 专题会议纪要 （一）（二）（三） with 责任单位/责任人/完成时限 lines; 清明节后第一个工作日; dept-only 4月中旬; next meeting as a sentence '下午两点半'")
def c4203():
    slug = "4203-steel-special-equipment-soe-outlook"
    use("steel")
    t = ts("2026-04-03 11:26:05")
    subject = "特种设备专项隐患排查整治工作专题会议纪要"
    frm = W("田立新")
    to = [W("孟宪军"), W("高振东"), W("刘冬梅")]
    cc = [W("赵春雨"), W("韩宝山"), mk.BOT]
    text = """各位领导、同事：

现将4月2日特种设备专项隐患排查整治工作专题会议纪要印发给你们，请认真贯彻落实。

华冶钢铁有限公司
特种设备专项隐患排查整治工作专题会议纪要

2026年4月2日下午，公司在安全环保部会议室召开特种设备专项隐患排查整治工作专题会议。会议传达了省市场监管局关于开展特种设备安全隐患排查的通知精神，听取了设备部关于起重机械、压力管道检验情况的汇报。现将会议议定事项纪要如下：

（一）起重机械专项检查。对全公司在用起重机械开展一次全覆盖检查，重点是制动器、钢丝绳和限位装置。
责任单位：设备部（牵头）、炼铁厂（配合）
责任人：孟宪军
完成时限：4月30日前

（二）压力管道定期检验到期清单梳理。
责任单位：设备部
责任人：刘冬梅
完成时限：清明节后第一个工作日

（三）叉车、场内机动车辆司机持证情况复核。
责任单位：安全环保部
完成时限：4月中旬

四、工作要求
各单位主要负责人是本单位特种设备安全第一责任人，要对照清单逐台过筛，做到隐患不清零不收兵。排查中发现的重大隐患须2小时内报告安全环保部。

经研究，下次专题会于4月17日（星期五）下午两点半在安全环保部会议室召开，听取各单位排查情况汇报。

安全环保部
2026年4月3日"""
    blocks = lines(text)
    g = gold("minutes", items=[
        item("孟宪军", "起重机械专项检查", chk(D(2026, 4, 30), "2026-04-30")),
        item("刘冬梅", "压力管道定期检验到期清单梳理", chk(first_wd_after(D(2026, 4, 6)), "2026-04-07")),
        item(None, "叉车、场内机动车辆司机持证情况复核", None, flags=["vague_due"], dept="安全环保部")],
        followup=fu(chk(D(2026, 4, 17), "2026-04-17"), "14:30"),
        notes="Sent Fri 2026-04-03 11:26, the last working day before Qingming (2026-04-04..04-06 off; 04-06 Monday is the "
              "holiday). （一）: 设备部 leads with 炼铁厂 assisting; the named 责任人 孟宪军 owns it, 4月30日前 -> "
              "2026-04-30. （二）: '清明节后第一个工作日' -> Tue 2026-04-07. （三）: only a department (安全环保部) -> "
              "no_owner; '4月中旬' is a vague period -> due null + vague_due. '四、工作要求' (2小时内报告 for any major "
              "hazard) is a standing rule, not an item. The next meeting is written as a sentence: '下次专题会于4月17日"
              "（星期五）下午两点半' -> 2026-04-17 14:30.")
    msg = finish(outlook_desktop(frm, to, cc, subject, t, blocks, slug, cs="gb2312", cte="base64"),
                 deliv(t, frm[1], slug))
    remember(slug, msg, frm, to, cc, subject, t, text, render_outlook_inner(blocks), g)
    return msg, g


def _steel_old_thread():
    use("steel")
    t0 = ts("2025-12-12 10:05:33")
    frm = W("田立新")
    to = [W("于海涛"), W("韩宝山"), W("石磊"), W("赵春雨")]
    old = """12月12日安全例会纪要

待办：
1. 冬季劳保用品（防寒服、棉安全帽）发放统计，负责人：于海涛，12月16日前
2. 2#高炉冷却壁水温异常点复查，负责人：石磊，12月15日前
3. 煤气柜区域巡检路线调整，负责人：韩宝山，本周五前

下次例会：12月19日 8:30

田立新"""
    return Parent(frm, to, [mk.BOT], "安全例会纪要（12月12日）", t0, old, divs(old),
                  "<6f1e0a2b.3c.19b12a4e5f1.Coremail.tianlixin@huaye-steel.example.cn>")


@case("4204-steel-new-minutes-as-re-in-thread", "minutes",
      "Coremail 'Re:' carrying this week's 例会纪要 above the quoted old minutes (old items not extracted); 下周一; next meeting '下周五同一时间' resolved from the stated 8:30")
def c4204():
    slug = "4204-steel-new-minutes-as-re-in-thread"
    use("steel")
    p = _steel_old_thread()
    t = ts("2025-12-19 11:12:47")
    sd = t.date()
    subject = "Re:安全例会纪要（12月12日）"
    frm = W("田立新")
    to = [W("于海涛"), W("韩宝山"), W("石磊"), W("赵春雨")]
    cc = [mk.BOT]
    new = """各位：本周例会纪要直接回在这个邮件里了，方便对照上周的。

12月19日安全例会（8:30-9:20，调度楼三楼）

上周待办：劳保用品统计、冷却壁水温复查已完成；巡检路线调整已执行。

本周待办：
1. 高炉冷却水系统冬季防冻检查（重点：炉顶、风口平台管线），负责人：于海涛，12月23日前
2. 补齐煤气柜区域12月份巡检记录，负责人：韩宝山，下周一

下次例会：下周五同一时间。

田立新"""
    qt, qh = mk.quote_coremail(p)
    text = new + "\n" + qt
    html = divs(new) + qh
    g = gold("minutes", items=[
        item("于海涛", "高炉冷却水系统冬季防冻检查", chk(D(2025, 12, 23), "2025-12-23")),
        item("韩宝山", "补齐煤气柜区域12月份巡检记录", chk(nwk(sd, 0), "2025-12-22"))],
        followup=fu(chk(nwk(sd, 4), "2025-12-26"), "08:30"),
        notes="Sent Fri 2025-12-19 11:12 as 'Re:' in last week's thread (In-Reply-To/References to the 12-12 minutes). "
              "Only the new text above the Coremail '-----原始邮件-----' quote counts: the three quoted 12-12 items are "
              "old minutes (and reported done in '上周待办'). '下周一' -> 2025-12-22. '下次例会：下周五同一时间' -> Fri "
              "2025-12-26 at this meeting's stated start time 08:30 ('8:30-9:20').")
    msg = finish(coremail(frm, to, cc, subject, t, text, html, slug, cs="GBK", irt=p.msgid, refs=[p.msgid]),
                 deliv(t, frm[1], slug))
    return msg, g


@case("4205-steel-forwarded-group-minutes-outlook", "minutes",
      "Outlook '转发:' of group-company minutes with the forwarder's preface ('涉及第2、4条…'); items below the 发件人/发送时间 block; external owner via the forwarded header; 12月中旬 vague")
def c4205():
    slug = "4205-steel-forwarded-group-minutes-outlook"
    use("steel")
    t0 = ts("2025-11-20 17:40:00")
    t = ts("2025-11-21 08:16:29")
    subject = "转发: 集团2026年检修计划协调会纪要"
    frm = W("孟宪军")
    to = [W("赵春雨"), W("刘冬梅")]
    cc = [W("高振东"), mk.BOT]
    pre = """春雨、冬梅：

集团的纪要转给你们，涉及咱们的第1、2、4条，第2条赵工抓紧，第4条小刘牵头。第3条是集团统一组织，等通知就行。纪要助手也跟一下。

孟宪军"""
    orig = """各分公司：

11月20日集团设备管理处组织召开2026年检修计划协调会，现将有关事项纪要如下：

1. 华冶公司2#高炉年修网络计划（含关键路径、停炉时间）报集团设备处。责任人：孟宪军，11月28日前。
2. 华冶公司1#烧结机主抽风机转子备件询价，形成比价表。责任人：赵春雨，12月5日前。
3. 集团统一组织特种设备作业人员复审培训。责任人：王立伟（集团设备处），12月中旬。
4. 起重机械安全监控系统接入情况摸底，报送接入清单。责任人：刘冬梅（华冶），11月30日前。

集团设备管理处
王立伟"""
    fwd_hdr = """
________________________________
发件人: 王立伟 <wanglw@jihua-group.example.cn>
发送时间: 2025年11月20日 17:40
收件人: 孟宪军 <mengxianjun@huaye-steel.example.cn>; 各分公司设备部
主题: 集团2026年检修计划协调会纪要
"""
    text = pre + "\n" + fwd_hdr + "\n" + orig
    blocks = lines(pre) + [BR, "________________________________", "发件人: 王立伟 <wanglw@jihua-group.example.cn>",
                           "发送时间: 2025年11月20日 17:40",
                           "收件人: 孟宪军 <mengxianjun@huaye-steel.example.cn>; 各分公司设备部",
                           "主题: 集团2026年检修计划协调会纪要", BR] + lines(orig)
    g = gold("minutes", items=[
        item("孟宪军", "2#高炉年修网络计划（含关键路径、停炉时间）报集团设备处", chk(D(2025, 11, 28), "2025-11-28")),
        item("赵春雨", "1#烧结机主抽风机转子备件询价，形成比价表", chk(D(2025, 12, 5), "2025-12-05")),
        item("王立伟", "组织特种设备作业人员复审培训", None, flags=["vague_due"], email="wanglw@jihua-group.example.cn"),
        item("刘冬梅", "起重机械安全监控系统接入情况摸底，报送接入清单", chk(D(2025, 11, 30), "2025-11-30"))],
        notes="Outlook forward sent Fri 2025-11-21 08:16 by 孟宪军, who added the bot. The forwarded minutes (dated 11-20) sit "
              "below an Outlook 发件人/发送时间 block and are the items. The preface ('第2条赵工抓紧，第4条小刘牵头') only "
              "points at existing items; no new items. Item 3 is owned by 王立伟 of the group company: not on the roster, "
              "not in To/Cc, but his address is in the forwarded header block (a careful assistant takes it from there; a "
              "scorer may accept null email). '12月中旬' -> vague_due. Dates absolute: 11-28, 12-05, 11-30.")
    msg = finish(outlook_desktop(frm, to, cc, subject, t, blocks, slug, cs="gb2312", cte="base64", text=text + "\n"),
                 deliv(t, frm[1], slug))
    return msg, g


@case("4206-steel-hazard-ledger-extra-columns", "minutes",
      "Outlook UTF-8 QP 隐患排查整改台账 with columns in an unusual order (状态 before 责任人, 优先级, 备注); 已完成 row skipped; 2026年底; 待定; before Dragon Boat")
def c4206():
    slug = "4206-steel-hazard-ledger-extra-columns"
    use("steel")
    t = ts("2026-06-18 15:30:44")
    sd = t.date()
    subject = "6月第3周隐患排查整改台账（会后更新）"
    frm = W("韩宝山")
    to = [W("田立新"), W("孟宪军"), W("高振东")]
    cc = [W("石磊"), W("赵春雨"), W("于海涛"), mk.BOT]
    rows = [["序号", "隐患描述", "整改措施", "状态", "责任人", "整改期限", "优先级", "备注"],
            ["1", "2#高炉出铁场平台护栏锈蚀", "更换护栏", "已完成", "石磊", "6月10日", "中", "已验收"],
            ["2", "热风炉区域煤气管道法兰泄漏", "带压堵漏，停炉时更换垫片", "整改中", "赵春雨", "6月22日前", "高", "端午后第一天"],
            ["3", "主控楼消防通道堆放杂物", "清理并划线", "未开始", "于海涛", "今天下班前", "低", ""],
            ["4", "老旧5t行车（原料车间）", "列入技改更换", "未开始", "孟宪军", "2026年底", "中", "资金待批"],
            ["5", "原料场3#皮带机防护罩缺失", "加装防护罩", "未开始", "韩宝山", "待定", "高", "等备件到货"]]
    blocks = ["田部长、各位：", BR, "今天隐患排查会后台账更新如下，请各责任人按期整改。", BR, Tbl(rows), BR,
              "端午假期期间如发现新隐患，直接打安环部值班电话。", BR, "韩宝山", "安全环保部 安全员"]
    g = gold("minutes", items=[
        item("赵春雨", "热风炉区域煤气管道法兰泄漏：带压堵漏，停炉时更换垫片", chk(D(2026, 6, 22), "2026-06-22")),
        item("于海涛", "主控楼消防通道清理杂物并划线", chk(sd, "2026-06-18")),
        item("孟宪军", "老旧5t行车列入技改更换", chk(D(2026, 12, 31), "2026-12-31")),
        item("韩宝山", "原料场3#皮带机加装防护罩", None, flags=["vague_due"])],
        notes="Sent Thu 2026-06-18 15:30, the day before Dragon Boat (2026-06-19..06-21). Ledger columns in an unusual order: "
              "状态 comes before 责任人 and 整改期限, plus 优先级 and 备注. Row 1 is 已完成 -> not an item. Row 2 '6月22日前' -> "
              "2026-06-22 (Monday, first working day after the holiday, which the 备注 repeats). Row 3 '今天下班前' -> send "
              "date, no time. Row 4 '2026年底' -> 2026-12-31. Row 5 '待定' -> vague_due. Task = 隐患 + 整改措施 "
              "(wording may vary).")
    text = render_text(plain_blocks(blocks))
    msg = finish(outlook_desktop(frm, to, cc, subject, t, blocks, slug, cs="utf-8", cte="quoted-printable"),
                 deliv(t, frm[1], slug))
    return msg, g


@case("4207-steel-person-headings-2027", "minutes",
      "QQ Exmail gb18030 检修协调会 grouped by person headings 【于海涛】①②; 周五前/下周一/下周三之前 in 2027 (weekday words only)")
def c4207():
    slug = "4207-steel-person-headings-2027"
    use("steel")
    t = ts("2027-01-13 17:05:18")
    sd = t.date()
    subject = "4#热风炉检修协调会 分工"
    frm = W("高振东")
    to = [W("于海涛"), W("赵春雨"), W("石磊")]
    cc = [W("孟宪军"), mk.BOT]
    text = """今天协调会按人分工如下，各自认领：

【于海涛】
① 4#热风炉格子砖检查，1月15日前出检查报告
② 联系耐材厂家来现场看，周五前定下时间

【赵春雨（设备部）】
高炉本体热电偶损坏清单，下周一交我

【石磊】
炉况日报加两项：炉顶温度极差、风口燃烧情况，下周三之前改好模板

其他：热风炉检修时间初定2月下旬，等集团批复。

高振东"""
    html = divs(text)
    g = gold("minutes", items=[
        item("于海涛", "4#热风炉格子砖检查，出检查报告", chk(D(2027, 1, 15), "2027-01-15")),
        item("于海涛", "联系耐材厂家来现场，定下时间", chk(wk(sd, 4), "2027-01-15")),
        item("赵春雨", "高炉本体热电偶损坏清单", chk(nwk(sd, 0), "2027-01-18")),
        item("石磊", "炉况日报模板增加炉顶温度极差、风口燃烧情况两项", chk(nwk(sd, 2), "2027-01-20"))],
        notes="Sent Wed 2027-01-13 (2027: no working-day arithmetic needed). Items are grouped under person headings; "
              "lines under a heading belong to that person. ① 1月15日前 -> 2027-01-15; ② 周五前 -> this week's Friday "
              "2027-01-15. 下周一 -> 2027-01-18; 下周三之前 -> 2027-01-20. '热风炉检修时间初定2月下旬，等集团批复' is "
              "information, not an item.")
    msg = finish(qq_exmail(frm, to, cc, subject, t, text + "\n", html, slug), deliv(t, frm[1], slug))
    return msg, g


@case("4208-steel-wechat-group-chat-paste", "minutes",
      "Plain 8bit UTF-8 mail pasting a WeChat group chat as the minutes: '@石磊 …今天下午4点前', '@赵工 …明天上午10点前'; '收到'/'已开好' replies are not items")
def c4208():
    slug = "4208-steel-wechat-group-chat-paste"
    use("steel")
    t = ts("2025-08-20 10:15:09")
    sd = t.date()
    subject = "今早定修群里定的事（聊天记录）"
    frm = W("高振东")
    to = [W("石磊"), W("赵春雨"), W("韩宝山")]
    cc = [mk.BOT]
    text = """群里定的几件事，聊天记录贴这，纪要助手帮着跟一下

—————— 2#高炉定修群 ——————
高振东 07:41
今天定修延长2小时，12点前复风
高振东 07:43
@石磊 今天下午4点前把定修前后炉温曲线发群里
石磊 07:44
收到
高振东 07:46
@赵春雨 3#风口那个备件，明天上午10点前确认到货没有
赵春雨 07:50
好的高主任
韩宝山 08:02
动火票我已经开好了，监护人老郭
高振东 08:05
👍
—————————————————

高振东"""
    g = gold("minutes", items=[
        item("石磊", "把定修前后炉温曲线发群里", chk(sd, "2025-08-20"), "16:00"),
        item("赵春雨", "确认3#风口备件是否到货", chk(sd + dt.timedelta(days=1), "2025-08-21"), "10:00")],
        notes="Sent Wed 2025-08-20 10:15. A pasted WeChat group chat serves as the minutes. Two assignments: '@石磊 今天下午"
              "4点前' -> 2025-08-20 16:00; '@赵春雨 … 明天上午10点前' -> 2025-08-21 10:00. '今天定修延长2小时，12点前复风' "
              "is a decision; '收到'/'好的' are acknowledgements; '动火票我已经开好了' is done work. Chat time stamps "
              "(07:41 …) are not deadlines.")
    msg = finish(thunderbird(frm, to, cc, subject, t, text + "\n", slug), deliv(t, frm[1], slug))
    return msg, g


# ================================================================ cross-border e-commerce (星澜跨境, Guangzhou)
@case("4209-ec-selection-meeting-emoji-cantonese", "minutes",
      "QQ Exmail gb18030 选品会 notes with emoji bullets and Cantonese-flavoured Mandarin: @Cindy/@Jason/@Ken/@阿乐 via aliases; 下周一前, 本周五, 尽快, 7月10号前; next '下周四 同一时间 (3pm)'")
def c4209():
    slug = "4209-ec-selection-meeting-emoji-cantonese"
    use("ec")
    t = ts("2025-07-03 17:22:51")
    sd = t.date()
    subject = "7/3 选品会 notes"
    frm = W("梁咏琪")
    to = [W("黄晓欣"), W("麦志坚"), W("何俊文"), W("苏家乐"), W("罗美玲")]
    cc = [W("陈嘉豪"), mk.BOT]
    text = """Hi all，今日选品会整理咗，大家睇下有冇漏嘢 🙏

✅ 定咗：宠物饮水机 V2 上新，US 站先行，EU 站等 Q4
✅ 定咗：猫抓板系列暂停，库存清完就算

📌 To do
👉 @Cindy 出 3 个竞品 teardown + 利润测算，下周一前
👉 @Jason V2 新品首两周广告预算方案，本周五
👉 @Ken 同工厂 confirm MOQ 同交期，尽快！！
👉 @阿乐 FBA 补货计划（宠物类 top 5 SKU）7月10号前

⚠️ TikTok Shop 嗰边 Mandy 话上周直播数据已经发咗群，唔使再跟。

下次选品会：下周四 同一时间 (3pm)

Winnie"""
    html = divs(text)
    g = gold("minutes", items=[
        item("黄晓欣", "出3个竞品teardown + 利润测算", chk(nwk(sd, 0), "2025-07-07")),
        item("麦志坚", "V2新品首两周广告预算方案", chk(wk(sd, 4), "2025-07-04")),
        item("何俊文", "同工厂confirm MOQ同交期", None, flags=["vague_due"]),
        item("苏家乐", "FBA补货计划（宠物类top 5 SKU）", chk(D(2025, 7, 10), "2025-07-10"))],
        followup=fu(chk(nwk(sd, 3), "2025-07-10"), "15:00"),
        notes="Sent Thu 2025-07-03 17:22. Emoji bullets; @handles are English names/Cantonese nicknames in the roster "
              "(Cindy=黄晓欣, Jason=麦志坚, Ken=何俊文, 阿乐=苏家乐). '下周一前' -> 2025-07-07; '本周五' -> 2025-07-04; "
              "'尽快！！' -> vague_due; '7月10号前' -> 2025-07-10. The ✅ 定咗 lines are decisions; the ⚠️ line says Mandy's "
              "data was already sent (done, explicitly not to follow). '下次选品会：下周四 同一时间 (3pm)' -> 2025-07-10 15:00.")
    msg = finish(qq_exmail(frm, to, cc, subject, t, text + "\n", html, slug), deliv(t, frm[1], slug))
    remember(slug, msg, frm, to, cc, subject, t, text, html, g)
    return msg, g


@case("4210-ec-notion-markdown-checkboxes-gmail", "minutes",
      "Gmail English Notion export: '- [ ] @Jason … by EOD', '- [x]' done, 'by 2/6', 'by next Wed', 'Owner TBD … ASAP'; Next sync (GMT+8) before CNY")
def c4210():
    slug = "4210-ec-notion-markdown-checkboxes-gmail"
    use("ec")
    t = ts("2026-01-29 18:41:03")
    sd = t.date()
    subject = "Weekly Amazon ops sync - Jan 29"
    frm = W("梁咏琪")
    to = [W("麦志坚"), W("苏家乐"), W("罗美玲"), W("黄晓欣")]
    cc = [mk.BOT]
    text = """Team, notes from today (copied from Notion):

## Weekly Amazon ops sync — Jan 29

**Attendees:** Winnie, Jason, Lok, Mandy, Cindy

### Decisions
- Pet fountain V2 price stays at $39.99 through Feb
- No new Lightning Deals until after CNY

### Action items
- [ ] @Jason cut SP budget on pet fountain to $80/day — by EOD
- [ ] @Lok FBA replenishment: 1,200 units to ONT8 before the factory CNY shutdown, book pickup by 2/6
- [x] @Mandy TikTok Shop affiliate samples sent (30 creators)
- [ ] @Cindy refresh A+ content for the 3 cat tree ASINs — by next Wed
- [ ] Owner TBD: respond to the Account Health warning (IP complaint) ASAP

### Next sync
Thu Feb 5, 10:00 (GMT+8)

W."""
    html = divs(text)
    g = gold("minutes", items=[
        item("麦志坚", "cut SP budget on pet fountain to $80/day", chk(sd, "2026-01-29")),
        item("苏家乐", "FBA replenishment: 1,200 units to ONT8, book pickup", chk(D(2026, 2, 6), "2026-02-06")),
        item("黄晓欣", "refresh A+ content for the 3 cat tree ASINs", chk(nwk(sd, 2), "2026-02-04")),
        item(None, "respond to the Account Health warning (IP complaint)", None, flags=["vague_due"])],
        followup=fu(chk(D(2026, 2, 5), "2026-02-05"), "10:00"),
        notes="Sent Thu 2026-01-29 18:41 +0800 (Gmail). Notion Markdown export. 'by EOD' -> send date 2026-01-29. "
              "'before the factory CNY shutdown, book pickup by 2/6' -> 2026-02-06 (the explicit date). '- [x]' is done, "
              "not an item. 'by next Wed' -> 2026-02-04. 'Owner TBD … ASAP' -> no_owner + vague_due. Decisions are not "
              "items. 'Next sync: Thu Feb 5, 10:00 (GMT+8)' -> 2026-02-05 10:00.")
    msg = finish(gmail(frm, to, cc, subject, t, text + "\n", html, slug), deliv(t, frm[1], slug, host=(
        "mail-pj1-f41.google.com", "mail-pj1-f41.google.com"), ip="209.85.216.41"))
    remember(slug, msg, frm, to, cc, subject, t, text, html, g)
    return msg, g


@case("4211-ec-hk-forwarder-big5", "minutes",
      "Outlook big5 Traditional-Chinese minutes from the Hong Kong freight forwarder: external owner = From (Raymond Chan / 陳志偉), 阿文 alias, 雙方 儘快; next call in 香港時間")
def c4211():
    slug = "4211-ec-hk-forwarder-big5"
    use("ec")
    t = ts("2026-03-10 16:05:37")
    subject = "會議紀錄：星瀾 3月份海運出貨安排"
    frm = ("Raymond Chan", EXT["Raymond Chan"])
    to = [("Ken Ho", P["何俊文"]["email"]), ("Lok So", P["苏家乐"]["email"])]
    cc = [("Starlane Minutes", mk.BOT[1])]
    text = """Ken 你好，

今日電話會議紀錄如下，如有遺漏請指正。

出席：恆通物流 Raymond Chan（陳志偉）；星瀾 何俊文（阿文）、苏家樂

一、現況
3月第一批貨（寵物飲水機 800 箱）已於3月6日到港，清關完成。

二、跟進事項
1. 恆通：安排 2 個 40 尺櫃 到 ONT8 倉，3月20日前完成訂艙（Raymond）
2. 星瀾：提供更新版裝箱單及嘜頭圖，3月13日（星期五）17:00前（阿文）
3. 雙方：確認美國清關 commercial invoice 模板，儘快

下次電話會議：3月17日（星期二）上午10:00 香港時間

Best regards,
Raymond Chan 陳志偉
恆通物流有限公司 Hang Tung Logistics Ltd.
Tel: +852 2388 6170"""
    text = text.replace("苏家樂", "蘇家樂")
    blocks = lines(text)
    g = gold("minutes", items=[
        item("Raymond Chan", "安排2個40尺櫃到ONT8倉，完成訂艙", chk(D(2026, 3, 20), "2026-03-20")),
        item("何俊文", "提供更新版裝箱單及嘜頭圖", chk(D(2026, 3, 13), "2026-03-13"), "17:00"),
        item(None, "確認美國清關commercial invoice模板", None, flags=["vague_due"])],
        followup=fu(chk(D(2026, 3, 17), "2026-03-17"), "10:00"),
        notes="Sent Tue 2026-03-10 16:05 from Hong Kong (big5, Outlook). Item 1 is the forwarder's own: '（Raymond）' -> the "
              "From person Raymond Chan (external, address from From; department null). Item 2 '（阿文）' -> roster alias "
              "of 何俊文; '3月13日（星期五）17:00前' -> 2026-03-13 17:00. Item 3 '雙方' -> no_owner, '儘快' -> vague_due. "
              "'一、現況' is a status report. 香港時間 = UTC+8 -> next_followup 2026-03-17 10:00. Body and "
              "display names are big5 (Traditional characters such as 嘜, 櫃, 艙).")
    msg = finish(outlook_desktop(frm, to, cc, subject, t, blocks, slug, cs="big5", cte="base64",
                                 html_doc=outlook_html(blocks, "big5")),
                 deliv(t, frm[1], slug, host=("mail.hangtung-log.example.hk", "mail.hangtung-log.example.hk"),
                       ip="203.186.44.19"))
    return msg, g


@case("4212-ec-excel-range-tab-separated", "minutes",
      "Foxmail GBK: Excel range pasted (TSV in text/plain, <table> in HTML) with columns 平台/事项/负责/截止/状态; 本周六（调休上班）; 3个工作日内 over the 10-11 make-up Saturday; 已完成 row; '—' owner")
def c4212():
    slug = "4212-ec-excel-range-tab-separated"
    use("ec")
    t = ts("2025-10-10 19:12:26")
    sd = t.date()
    subject = "Q4广告预算会 跟进表"
    frm = W("梁咏琪")
    to = [W("麦志坚"), W("罗美玲")]
    cc = [W("陈嘉豪"), mk.BOT]
    rows = [["平台", "事项", "负责", "截止", "状态"],
            ["Amazon", "黑五 deal 提报", "Jason", "10/17", "进行中"],
            ["Amazon", "BD 预算 review", "Winnie", "本周六（调休上班）", "未开始"],
            ["TikTok", "达人 shortlist 20个", "Mandy", "3个工作日内", "未开始"],
            ["TikTok", "直播间搭建", "Mandy", "—", "已完成"],
            ["独立站", "GA4 埋点", "—", "待定", "未开始"]]
    top = "各位，今日会后跟进表如下（直接从Excel贴过来的）："
    bottom = "Q4 总预算按 Kelvin 意见不超过 $60k，超出要单独申请。\n\nWinnie"
    text = top + "\n\n" + "\n".join("\t".join(r) for r in rows) + "\n\n" + bottom + "\n"
    html = (esc(top) + "<br><br>" + mk.s_table(Tbl(rows), style="border-collapse:collapse;width:560pt") + "<br>"
            + divs(bottom))
    g = gold("minutes", items=[
        item("麦志坚", "黑五deal提报", chk(D(2025, 10, 17), "2025-10-17")),
        item("梁咏琪", "BD预算review", chk(D(2025, 10, 11), "2025-10-11")),
        item("罗美玲", "达人shortlist 20个", chk(add_wd(sd, 3), "2025-10-14")),
        item(None, "GA4埋点", None, flags=["vague_due"])],
        notes="Sent Fri 2025-10-10 19:12, just after National Day 2025 (10-01..10-08); Sat 10-11 is a make-up working day. "
              "Excel range pasted: tab-separated in text/plain, an HTML table in text/html. '10/17' -> 2025-10-17. "
              "'本周六（调休上班）' -> 2025-10-11. '3个工作日内' from 10-11: 10-11 (make-up Sat) = 1, 10-13 = 2, 10-14 = 3 "
              "-> 2025-10-14. 直播间搭建 is 已完成 -> not an item. GA4 埋点: owner '—' -> no_owner, '待定' -> vague_due. "
              "The budget cap line is a decision.")
    msg = finish(foxmail(frm, to, cc, subject, t, text, html, slug, cs="GBK"), deliv(t, frm[1], slug))
    return msg, g


@case("4213-ec-one-line-boss-iphone", "minutes",
      "iPhone Mail one-line minutes from the boss: '阿琪周五前…，阿坚月底前…。下周一再倾。' + 发自我的iPhone; next_followup date only")
def c4213():
    slug = "4213-ec-one-line-boss-iphone"
    use("ec")
    t = ts("2025-10-22 21:47:10")
    sd = t.date()
    subject = "今日会议"
    frm = W("陈嘉豪")
    to = [W("梁咏琪"), W("麦志坚")]
    cc = [mk.BOT]
    text = "今日会议：阿琪周五前出双十一方案，阿坚月底前出Q3广告复盘。下周一再倾。\n\n发自我的iPhone\n"
    g = gold("minutes", items=[
        item("梁咏琪", "出双十一方案", chk(wk(sd, 4), "2025-10-24")),
        item("麦志坚", "出Q3广告复盘", chk(month_end(sd), "2025-10-31"))],
        followup=fu(chk(nwk(sd, 0), "2025-10-27")),
        notes="Sent Wed 2025-10-22 21:47 from an iPhone. One-line minutes by a busy boss. 阿琪 = 梁咏琪, 阿坚 = 麦志坚 "
              "(roster aliases). '周五前' -> 2025-10-24; '月底前' -> 2025-10-31. '下周一再倾' (Cantonese: talk again next "
              "Monday) -> next_followup 2025-10-27, no time.")
    msg = finish(apple_mail(frm, to, cc, subject, t, text, slug, iphone=True),
                 deliv(t, frm[1], slug, host=("smtpclient.apple", "unknown"), ip="113.68.201.77"))
    return msg, g


@case("4214-ec-prose-paragraphs-black-friday", "minutes",
      "Apple Mail (macOS) items buried in prose paragraphs, zh/en/Cantonese: 'by tomorrow noon', '你呢个礼拜五之前', 'by Monday'; Ken's booking already done")
def c4214():
    slug = "4214-ec-prose-paragraphs-black-friday"
    use("ec")
    t = ts("2026-11-25 23:18:45")
    sd = t.date()
    subject = "BF war room recap"
    frm = W("梁咏琪")
    to = [W("麦志坚"), W("黄晓欣"), W("何俊文"), W("苏家乐")]
    cc = [W("陈嘉豪"), mk.BOT]
    text = """Hi team,

Quick recap of tonight's war room before I forget. Sales are tracking about 15% above last year but ACOS on the pet fountain jumped to 38%, which nobody is happy about.

Jason, please pause the broad-match campaigns by tomorrow noon and send me the new bid sheet, we will keep exact and phrase running. Cindy 你呢个礼拜五之前要把 Christmas bundle 嘅 listing 上好，图我已经 approve 咗。

On logistics, Ken already booked the UPS pickup for the 600 units last week so nothing needed there. Lok, can you chase the supplier about the 2 missing cartons and get me an answer by Monday? 唔该。

Let's not schedule another call unless something breaks.

Winnie"""
    html = divs(text)
    g = gold("minutes", items=[
        item("麦志坚", "pause the broad-match campaigns and send the new bid sheet", chk(sd + dt.timedelta(days=1),
                                                                                       "2026-11-26"), "12:00"),
        item("黄晓欣", "把Christmas bundle的listing上好", chk(wk(sd, 4), "2026-11-27")),
        item("苏家乐", "chase the supplier about the 2 missing cartons", chk(wk(sd, 0), "2026-11-30"))],
        notes="Sent Wed 2026-11-25 23:18 +0800 (Apple Mail). Items sit in prose. 'by tomorrow noon' -> 2026-11-26 12:00. "
              "'你呢个礼拜五之前' (Cantonese: this Friday) -> 2026-11-27. 'by Monday' -> next Monday 2026-11-30. Ken's pickup "
              "was booked last week (done). The ACOS/sales sentence is a report; 'not schedule another call' -> no follow-up.")
    msg = finish(apple_mail(frm, to, cc, subject, t, text + "\n", slug),
                 deliv(t, frm[1], slug, host=("smtpclient.apple", "unknown"), ip="113.68.201.80"))
    return msg, g


@case("4215-ec-same-task-twice-own-numbering", "minutes",
      "Coremail UTF-8 QP weekly with the minutes' own numbering 5-8 (continuing last week), the same task text '更新商品主图' for two owners; 五一后第一个工作日; 今晚10点前; 3个工作日内 over May Day")
def c4215():
    slug = "4215-ec-same-task-twice-own-numbering"
    use("ec")
    t = ts("2026-04-30 14:02:33")
    sd = t.date()
    subject = "周会纪要 4/30（事项编号接上周）"
    frm = W("罗美玲")
    to = [W("梁咏琪"), W("黄晓欣")]
    cc = [mk.BOT]
    text = """各位：

上周事项 1-4 已在群里更新，本周新增事项编号接着排：

5. 更新商品主图 —— Mandy（TikTok Shop 店铺）—— 五一后第一个工作日
6. 更新商品主图 —— Cindy（Amazon US 3个ASIN）—— 5月8日前
7. 5月直播排期表 —— Mandy —— 今晚10点前发群
8. 4月达人佣金结算表核对 —— Winnie —— 3个工作日内

下次周会：5月7日（四）上午10点

Mandy"""
    html = divs(text)
    g = gold("minutes", items=[
        item("罗美玲", "更新商品主图（TikTok Shop 店铺）", chk(first_wd_after(D(2026, 5, 5)), "2026-05-06")),
        item("黄晓欣", "更新商品主图（Amazon US 3个ASIN）", chk(D(2026, 5, 8), "2026-05-08")),
        item("罗美玲", "5月直播排期表发群", chk(sd, "2026-04-30"), "22:00"),
        item("梁咏琪", "4月达人佣金结算表核对", chk(add_wd(sd, 3), "2026-05-08"))],
        followup=fu(chk(D(2026, 5, 7), "2026-05-07"), "10:00"),
        notes="Sent Thu 2026-04-30 14:02, the last working day before May Day 2026 (05-01..05-05; Sat 05-09 is a make-up "
              "day). The minutes number their items 5-8 (own numbering continuing last week); they are the 4 items of "
              "this mail. Items 5 and 6 have the same task text for two owners: both must be kept. '五一后第一个工作日' -> "
              "2026-05-06. '今晚10点前' -> 2026-04-30 22:00. '3个工作日内' -> 05-06, 05-07, 05-08 -> 2026-05-08. "
              "'5月7日（四）上午10点' -> 2026-05-07 10:00.")
    msg = finish(coremail(frm, to, cc, subject, t, text + "\n", html, slug, cte="quoted-printable"),
                 deliv(t, frm[1], slug))
    return msg, g


@case("4216-ec-reply-progress-cantonese-qq", "reply",
      "QQ Exmail reply '第2项搞紧，进度大概70%，听日出埋' over the QQ 原始邮件 quote of the recap of 4209")
def c4216():
    slug = "4216-ec-reply-progress-cantonese-qq"
    use("ec")
    p = recap_for("4209-ec-selection-meeting-emoji-cantonese")
    t = ts("2025-07-04 11:38:02")
    frm = W("麦志坚")
    to = [mk.BOT]
    cc = [W("梁咏琪")]
    new = "第2项搞紧，进度大概70%，听日出埋。\n\nJason"
    qt, qh = quote_qq(p)
    g = gold("reply", reply=rep("progress", [2], 70),
             notes="Reply from 麦志坚 on Fri 2025-07-04 to the recap of 4209 (his item is #2). Cantonese '搞紧' = in "
                   "progress; '进度大概70%' -> progress 70; '听日出埋' (will finish tomorrow) is not an extension request. "
                   "The quoted recap lists every command word and must be ignored.")
    msg = finish(qq_exmail(frm, to, cc, "回复：" + p.subject, t, new + qt, divs(new) + qh, slug, irt=p.msgid,
                           refs=[VIEWS["4209-ec-selection-meeting-emoji-cantonese"]["msgid"], p.msgid]),
                 deliv(t, frm[1], slug))
    return msg, g


@case("4217-ec-other-chat-to-colleague", "other",
      "Person-to-person Foxmail note with the bot in Cc by habit: '帮手睇下…听日前覆我' — a request, not minutes")
def c4217():
    slug = "4217-ec-other-chat-to-colleague"
    use("ec")
    t = ts("2026-08-12 15:20:11")
    frm = W("梁咏琪")
    to = [W("麦志坚")]
    cc = [mk.BOT]
    text = """Jason，

帮手睇下 pet fountain 个 ACOS 点解上个礼拜突然咁高（由22%去到35%），系咪有个 auto campaign 爆咗？听日前覆我得唔得？

唔该
Winnie"""
    g = gold("other", notes="Sent Wed 2026-08-12. A one-to-one question to a colleague, with the bot in Cc out of habit. It "
                            "contains a request and a deadline ('听日前覆我') but no meeting and no minutes -> kind other, no "
                            "items, no follow-up.")
    msg = finish(foxmail(frm, to, cc, "ACOS 问题", t, text + "\n", divs(text), slug, cs="GBK"), deliv(t, frm[1], slug))
    return msg, g


# ================================================================ CRO (禾信医药, Suzhou)
@case("4218-cro-dingtalk-ai-minutes", "minutes",
      "DingTalk mail (Alimail) carrying 钉钉 AI 智能纪要: time-stamped transcript and AI summary are not items, only the 待办 section; 节后第一个工作日 and 5个工作日内 across Mid-Autumn + National Day 2026; 内容由AI生成 footer")
def c4218():
    slug = "4218-cro-dingtalk-ai-minutes"
    use("cro")
    t = ts("2026-09-24 18:06:55")
    sd = t.date()
    subject = "【钉钉智能纪要】HX-ONC-305 中心启动准备会"
    frm = W("沈雅琴")
    to = [W("钱晓雯"), W("吴思远"), W("周若曦"), W("陆佳")]
    cc = [mk.BOT]
    text = """大家好，钉钉AI纪要整理如下，待办我核对过了，其他仅供参考。

会议主题：HX-ONC-305 中心启动准备会
会议时间：2026-09-24 15:00-15:52
参会人：沈雅琴、钱晓雯、吴思远、周若曦、陆佳

【AI摘要】
本次会议围绕苏大附一院中心启动会（SIV）的准备展开。伦理批件已于9月22日获得，原件尚未寄到；EDC UAT 剩余 6 个问题待关闭；医学部确认入排标准培训材料无需修改。会议决定 SIV 定在10月中旬，具体日期待PI确认。

【章节速览】
00:00:12 开场与议程
00:03:40 伦理批件与递交材料
00:15:05 EDC UAT 问题
00:31:27 SIV 材料与分工
00:47:50 总结

【发言摘录】
00:32:10 沈雅琴：Vivian 你那个启动会PPT下周三前给我一版哈。
00:32:18 钱晓雯：好的，我这周先改。
00:40:02 周若曦：UAT那6个问题我争取节前搞定，搞不定就节后。

【待办事项】
☐ 钱晓雯：完成中心启动会PPT更新（9月30日前）
☐ 吴思远：跟进伦理批件原件寄送（节后第一个工作日）
☐ 周若曦：EDC UAT 问题清单关闭（5个工作日内）

以上内容由AI生成，仅供参考

Sandy Shen | 项目经理
禾信医药研发（苏州）有限公司"""
    html = divs(text)
    g = gold("minutes", items=[
        item("钱晓雯", "完成中心启动会PPT更新", chk(D(2026, 9, 30), "2026-09-30")),
        item("吴思远", "跟进伦理批件原件寄送", chk(first_wd_after(D(2026, 10, 7)), "2026-10-08")),
        item("周若曦", "EDC UAT问题清单关闭", chk(add_wd(sd, 5), "2026-10-09"))],
        notes="Sent Thu 2026-09-24 18:06. Mid-Autumn 2026-09-25 (Fri) is a holiday and National Day runs 10-01..10-07 "
              "(make-up Sat 10-10). DingTalk AI minutes: only the 【待办事项】 section holds items. The transcript line "
              "'下周三前给我一版' restates item 1 with a different date (下周三 = 09-30, the same day); the AI summary's "
              "'SIV 定在10月中旬' is a decision. '节后第一个工作日' -> 2026-10-08. '5个工作日内' from the day after "
              "sending: 09-25 holiday, 09-28 = 1, 09-29 = 2, 09-30 = 3, 10-08 = 4, 10-09 = 5 -> 2026-10-09. Footer "
              "'以上内容由AI生成' is boilerplate. No next meeting.")
    msg = finish(alimail(frm, to, cc, subject, t, text + "\n", html, slug), deliv(t, frm[1], slug))
    return msg, g


@case("4219-cro-bilingual-owner-due-blocks-exo", "minutes",
      "Exchange Online bilingual minutes with a US sponsor: Action/Owner/Due blocks, Date +0000 on the previous UTC day; 'within 2 working days' from the Shanghai date; 'end of November'; Next TC in Beijing time")
def c4219():
    slug = "4219-cro-bilingual-owner-due-blocks-exo"
    use("cro")
    t = ts("2025-11-07 07:50:21")
    sd = t.date()
    subject = "Minutes / 会议纪要: MR-118 Sponsor Weekly TC (Nov 6 US)"
    frm = W("沈雅琴")
    to = [("Jennifer Walsh", EXT["Jennifer Walsh"]), W("顾文博"), W("钱晓雯")]
    cc = [W("陆佳"), mk.BOT]
    text = """Dear Jennifer, dear all,

Please find the minutes of this morning's TC below. 以下为今天早上电话会纪要。

Attendees / 参会: Jennifer Walsh (Maple Ridge), Sandy Shen, Bob Gu, Vivian Qian, Dr. Lu (Hexin)

1. Enrollment status / 入组情况
18 of 40 subjects randomized; Site 03 behind plan (2 vs. 8 planned).
已随机18例；03中心进度落后。

2. Action items / 行动项

Action 1: Submit protocol amendment v3.0 to the EC / 向伦理委员会递交方案修订版 v3.0
Owner / 负责人: Bob Gu
Due / 截止: Nov 14

Action 2: Provide the updated Investigator's Brochure (IB v5) / 提供更新版研究者手册
Owner / 负责人: Jennifer Walsh (Sponsor)
Due / 截止: end of November

Action 3: Site 03 recruitment recovery plan / 03中心入组补救计划
Owner / 负责人: Vivian
Due / 截止: within 2 working days / 2个工作日内

3. Next TC / 下次电话会
Thursday, Nov 20, 8:00 PM Beijing time (7:00 AM EST)

Best regards,
Sandy Shen
Project Manager | Hexin Clinical Research (Suzhou)"""
    blocks = lines(text)
    g = gold("minutes", items=[
        item("顾文博", "Submit protocol amendment v3.0 to the EC", chk(D(2025, 11, 14), "2025-11-14")),
        item("Jennifer Walsh", "Provide the updated Investigator's Brochure (IB v5)", chk(month_end(sd), "2025-11-30")),
        item("钱晓雯", "Site 03 recruitment recovery plan", chk(add_wd(sd, 2), "2025-11-11"))],
        followup=fu(chk(D(2025, 11, 20), "2025-11-20"), "20:00"),
        notes="Exchange Online: Date is Thu 2025-11-06 23:50 +0000 = Fri 2025-11-07 07:50 in Shanghai. 'within 2 working "
              "days' counts from the Shanghai date: Mon 11-10 = 1, Tue 11-11 = 2 -> 2025-11-11 (the UTC date would give "
              "11-10). Owners: Bob Gu -> 顾文博, Vivian -> 钱晓雯 (aliases); Jennifer Walsh is the external sponsor from To. "
              "'end of November' -> 2025-11-30. Enrollment figures are status. Next TC 'Nov 20, 8:00 PM Beijing time' -> "
              "2025-11-20 20:00.")
    msg = finish(exchange_online(frm, to, cc, subject, t, blocks, slug, cs="utf-8"),
                 deliv(t, frm[1], slug, host=("SEZPR06MB6958.apcprd06.prod.outlook.com", "mail-sezapc01on2071"
                                              ".outbound.protection.outlook.com"), ip="40.107.255.71"))
    v_text = render_text(plain_blocks(blocks))
    remember(slug, msg, frm, to, cc, subject, t, v_text, mk.render_divs(blocks), g)
    return msg, g


@case("4220-cro-japanese-sponsor-iso2022jp", "minutes",
      "Japanese sponsor minutes in ISO-2022-JP (7bit): アクションアイテム table No./内容/担当/期限, Shen-san / Dr. Lu aliases, 田中 = From, 来週金曜日, 'Hexin側 TBD'; next meeting given in JST and 北京時間")
def c4220():
    slug = "4220-cro-japanese-sponsor-iso2022jp"
    use("cro")
    t = ts("2026-05-08 17:30:12", tz=dt.timezone(dt.timedelta(hours=9)))
    sd = sh(t).date()
    subject = "【議事録】SKR-201 第3回定例会（5/8）"
    frm = ("田中 健一", EXT["田中 健一"])
    to = [("Sandy Shen", P["沈雅琴"]["email"]), ("Lu Jia", P["陆佳"]["email"])]
    cc = [("Bob Gu", P["顾文博"]["email"]), ("Hexin minutes bot", mk.BOT[1])]
    text = """Hexin Clinical
Shen-san, Dr. Lu

お疲れ様です。サクラ製薬の田中です。
本日の定例会の議事録を送付いたします。

日時：2026年5月8日（金）10:00-11:00（JST）
出席：サクラ製薬 田中、山本／Hexin Shen-san、Dr. Lu、Gu-san

1. 進捗報告
　・第2例目の登録完了（5/1）。
　・SAE報告なし。

2. アクションアイテム
No.　内容　　　　　　　　　　　　　　　担当　　　　　　期限
1　CRF記入ガイドラインの改訂　　　　　Shen-san　　　　5月15日
2　安全性情報の月次報告テンプレート送付　田中　　　　　　5月13日
3　モニタリング報告書のレビュー　　　　Dr. Lu　　　　　来週金曜日
4　キックオフ資料の英訳　　　　　　　　Hexin側　　　　TBD

3. 次回
5月22日（金）10:00 JST（北京時間9:00）

以上、よろしくお願いいたします。

田中 健一
サクラ製薬株式会社 臨床開発部"""
    blocks = lines(text)
    g = gold("minutes", items=[
        item("沈雅琴", "CRF記入ガイドラインの改訂", chk(D(2026, 5, 15), "2026-05-15")),
        item("田中 健一", "安全性情報の月次報告テンプレート送付", chk(D(2026, 5, 13), "2026-05-13")),
        item("陆佳", "モニタリング報告書のレビュー", chk(nwk(sd, 4), "2026-05-15")),
        item(None, "キックオフ資料の英訳", None, flags=["vague_due"])],
        followup=fu(chk(D(2026, 5, 22), "2026-05-22"), "09:00"),
        notes="Sent Fri 2026-05-08 17:30 +0900 = 16:30 Shanghai, same day. ISO-2022-JP 7bit (Japanese Outlook). Japanese "
              "担当/期限 columns. Shen-san -> 沈雅琴, Dr. Lu -> 陆佳 (roster aliases); 田中 is the sender 田中 健一 "
              "(external, From). '来週金曜日' (next week's Friday) -> 2026-05-15. Item 4 'Hexin側' (the Hexin side, a "
              "company not a person) -> no_owner, department null; 'TBD' -> vague_due. 進捗報告 lines are status. Next "
              "meeting '5月22日（金）10:00 JST（北京時間9:00）' -> recorded in Asia/Shanghai: 2026-05-22 09:00.")
    msg = finish(outlook_desktop(frm, to, cc, subject, t, blocks, slug, cs="iso-2022-jp", cte="7bit",
                                 html_doc=outlook_html(blocks, "iso-2022-jp")),
                 deliv(t, frm[1], slug, host=("mail.sakura-pharma.example.jp", "mail.sakura-pharma.example.jp"),
                       ip="210.130.88.12"))
    return msg, g


@case("4221-cro-ethics-titles-from-cc", "minutes",
      "Coremail GBK 伦理递交沟通纪要: 许老师 resolvable only from the To display name 许敏 (hospital), 陆医生/蒋工 aliases; 4月7日（周一）前; 3个工作日内 across Qingming 2025; next contact a half day only ('下午')")
def c4221():
    slug = "4221-cro-ethics-titles-from-cc"
    use("cro")
    t = ts("2025-04-03 17:41:36")
    sd = t.date()
    subject = "HX-CV-207 伦理递交沟通纪要（4月3日）"
    frm = W("吴思远")
    to = [("许敏", EXT["许敏"]), W("陆佳")]
    cc = [W("蒋立平"), W("顾文博"), mk.BOT]
    text = """许老师、陆医生，您好！

感谢今天下午抽空沟通，现将HX-CV-207伦理递交相关事项整理如下：

一、沟通结论
1. 本项目走会议审查，不走快速审查。
2. 知情同意书需使用2.1版本，2.0版本作废。

二、待办事项
1. 补充知情同意书（2.1版）签字页及版本说明——吴思远，4月7日（周一）前
2. 确认伦理委员会4月会议排期——许老师，下周三
3. 研究者手册中文版校对——陆医生，4月10日前
4. SOP-CL-012（伦理递交SOP）修订稿QA审核——蒋工，3个工作日内

三、下次沟通
4月11日（周五）下午，电话会，具体时间另约。

如有遗漏，烦请指正。

吴思远 Simon Wu
临床运营部 CRA
禾信医药研发（苏州）有限公司"""
    html = divs(text)
    g = gold("minutes", items=[
        item("吴思远", "补充知情同意书（2.1版）签字页及版本说明", chk(D(2025, 4, 7), "2025-04-07")),
        item("许敏", "确认伦理委员会4月会议排期", chk(nwk(sd, 2), "2025-04-09"), email=EXT["许敏"]),
        item("陆佳", "研究者手册中文版校对", chk(D(2025, 4, 10), "2025-04-10")),
        item("蒋立平", "SOP-CL-012修订稿QA审核", chk(add_wd(sd, 3), "2025-04-09"))],
        followup=fu(chk(D(2025, 4, 11), "2025-04-11")),
        notes="Sent Thu 2025-04-03 17:41; Qingming 2025-04-04..04-06 (Fri holiday). '许老师' is not on the roster: the "
              "only 许 among To/Cc is the hospital's 许敏 (To display name) -> owner 许敏 with that address, department "
              "null. 陆医生 -> 陆佳, 蒋工 -> 蒋立平 (aliases). '下周三' -> 2025-04-09. '3个工作日内': 04-04 holiday, 04-07 "
              "= 1, 04-08 = 2, 04-09 = 3 -> 2025-04-09. 沟通结论 are decisions. '下次沟通：4月11日（周五）下午…具体时间"
              "另约' -> next_followup 2025-04-11 with time null (a half day only, no clock time).")
    msg = finish(coremail(frm, to, cc, subject, t, text + "\n", html, slug, cs="GBK"), deliv(t, frm[1], slug))
    return msg, g


@case("4222-cro-feishu-markdown-table-newyear", "minutes",
      "Feishu mail with a Feishu-doc Markdown export: pipe table with 优先级/状态/备注, 主责/配合 in one cell, one cell with ①② sub-tasks and ①② dates; 1月8日前 rolls into 2027; day and time of the next meeting on separate lines")
def c4222():
    slug = "4222-cro-feishu-markdown-table-newyear"
    use("cro")
    t = ts("2026-12-29 16:12:09")
    sd = t.date()
    subject = "SKR-201 锁库准备会纪要（12/29）"
    frm = W("周若曦")
    to = [W("钱晓雯"), W("陆佳"), W("沈雅琴"), W("顾文博")]
    cc = [mk.BOT]
    text = """各位，纪要见下（飞书文档导出）。

# SKR-201 锁库准备会

**时间**：2026-12-29 14:00-15:10　**记录**：周若曦

## 结论
- 目标锁库日期不变，仍为 1 月 22 日
- 春节前不再接受新的数据变更请求

## 待办
| # | 事项 | 优先级 | 负责（主责/配合） | 截止 | 状态 | 备注 |
|---|---|---|---|---|---|---|
| 1 | 锁库前 open query 全部关闭 | P0 | 周若曦（主责）/ 钱晓雯（配合） | 1月8日前 | 进行中 | 还剩 37 条 |
| 2 | ① SAE 一致性核对 ② 医学编码复核（MedDRA 27.1） | P1 | 陆佳 | ① 12月31日 ② 1月6日 | 未开始 | |
| 3 | 锁库会议材料 | P1 | 沈雅琴 | 下周一 | 未开始 | |
| 4 | SAP v1.0 签字 | P2 | 顾文博 | — | 已完成 | 12/20 已签 |

## 下次会议
1月5日（周二）
上午 10:00，飞书视频会议

—— 周若曦 Rosie Zhou | 数据管理部"""
    html = divs(text)
    g = gold("minutes", items=[
        item("周若曦", "锁库前open query全部关闭", chk(D(2027, 1, 8), "2027-01-08")),
        item("陆佳", "SAE一致性核对", chk(D(2026, 12, 31), "2026-12-31")),
        item("陆佳", "医学编码复核（MedDRA 27.1）", chk(D(2027, 1, 6), "2027-01-06")),
        item("沈雅琴", "锁库会议材料", chk(nwk(sd, 0), "2027-01-04"))],
        followup=fu(chk(D(2027, 1, 5), "2027-01-05"), "10:00"),
        notes="Sent Tue 2026-12-29 16:12. Feishu-doc Markdown export with a pipe table whose columns include 优先级/状态/备注. "
              "Row 1: '周若曦（主责）/ 钱晓雯（配合）' -> owner 周若曦 (the lead); '1月8日前' is earlier in the year than "
              "the send date but clearly future -> 2027-01-08. Row 2 holds two sub-tasks ①② with their own dates -> two "
              "items, both 陆佳: 2026-12-31 and 2027-01-06. Row 3 '下周一' -> 2027-01-04 (the written weekday is kept; "
              "the 2027 New Year holiday calendar is not in chinesecalendar and not needed). Row 4 is 已完成. 结论 lines "
              "are decisions ('1 月 22 日' is the lock target, not an item). Next meeting: the day '1月5日（周二）' on one "
              "line and '上午 10:00' on the next -> 2027-01-05 10:00.")
    msg = finish(feishu(frm, to, cc, subject, t, text + "\n", html, slug), deliv(t, frm[1], slug))
    return msg, g


@case("4223-cro-us-sponsor-english-ai-gmail", "minutes",
      "Gmail (US sponsor, -0400) English notes: 'AI: Vivian to … by Tuesday', 'ACTION ITEM (Bob): … by 6/20', 'Jennifer to circulate … EOD Monday', 'Rosie — … ASAP'; Date crosses to the next Shanghai day; next call 9pm Beijing")
def c4223():
    slug = "4223-cro-us-sponsor-english-ai-gmail"
    use("cro")
    t = ts("2025-06-12 22:30:44", tz=dt.timezone(dt.timedelta(hours=-4)))
    sd = sh(t).date()
    subject = "MR-118 bi-weekly: notes + AIs"
    frm = ("Jennifer Walsh", EXT["Jennifer Walsh"])
    to = [W("沈雅琴"), W("钱晓雯"), W("顾文博"), W("周若曦")]
    cc = [mk.BOT]
    text = """Hi Sandy and team,

Thanks for staying up late for this one. My notes below - shout if I missed anything.

Enrollment: 12 randomized, screen failure rate 31% (mostly eGFR). Site 05 has been slow to enter data; the last monitoring visit flagged 4 protocol deviations, none major.

AI: Vivian to send the monitoring visit report for Site 05 by Tuesday
ACTION ITEM (Bob): confirm CRA resourcing for the two new sites by 6/20
Jennifer to circulate the revised budget EOD Monday
Rosie - DM plan sign-off, ASAP please, we are blocked on it

We agreed to keep the DSMB date as planned (July 24).

Next call: Thursday 6/26 at 9am ET / 9pm Beijing.

Best,
Jennifer

--
Jennifer Walsh, PharmD
Director, Clinical Operations | Maple Ridge Therapeutics
+1 (617) 555-0142"""
    html = divs(text)
    g = gold("minutes", items=[
        item("钱晓雯", "send the monitoring visit report for Site 05", chk(wk(sd, 1), "2025-06-17")),
        item("顾文博", "confirm CRA resourcing for the two new sites", chk(D(2025, 6, 20), "2025-06-20")),
        item("Jennifer Walsh", "circulate the revised budget", chk(nwk(sd, 0), "2025-06-16")),
        item("周若曦", "DM plan sign-off", None, flags=["vague_due"])],
        followup=fu(chk(D(2025, 6, 26), "2025-06-26"), "21:00"),
        notes="Gmail from the US sponsor: Date Thu 2025-06-12 22:30 -0400 = Fri 2025-06-13 10:30 Shanghai. 'by Tuesday' -> "
              "2025-06-17; 'by 6/20' -> 2025-06-20; 'EOD Monday' -> 2025-06-16 (a day-named EOD gives that day, no time); "
              "'ASAP' -> vague_due. Vivian/Bob/Rosie are roster aliases; Jennifer is the sender (external). Enrollment "
              "figures and deviations are a report; the DSMB date is a decision. 'Next call: Thursday 6/26 at 9am ET / 9pm "
              "Beijing' -> 2025-06-26 21:00 Asia/Shanghai.")
    msg = finish(gmail(frm, to, cc, subject, t, text + "\n", html, slug),
                 deliv(t, frm[1], slug, host=("mail-qv1-f53.google.com", "mail-qv1-f53.google.com"), ip="209.85.219.53"))
    return msg, g


@case("4224-cro-weekly-template-2027", "minutes",
      "Outlook gb2312 ordinary 项目周会纪要 template with the seed tracking table (计划完成时间/进展情况); 已完成 row; dept-only 3月底; 2027 weekday/absolute dates")
def c4224():
    slug = "4224-cro-weekly-template-2027"
    use("cro")
    t = ts("2027-03-10 17:55:02")
    subject = "HX-ONC-305 项目周会纪要（2027-03-10）"
    frm = W("顾文博")
    to = [W("吴思远"), W("钱晓雯"), W("蒋立平")]
    cc = [W("沈雅琴"), mk.BOT]
    rows = [["序号", "事项", "负责人", "计划完成时间", "进展情况"],
            ["1", "中心3 SIV 准备（PPT、文件夹、药品接收）", "吴思远", "3月17日", "进行中"],
            ["2", "CRA 月度报告（2月）", "钱晓雯", "3月12日（周五）", "未开始"],
            ["3", "偏离事件 PD-007 根因分析", "蒋立平", "3月5日", "已完成"],
            ["4", "SOP 培训记录归档", "质量保证部", "3月底", "未开始"]]
    blocks = ["各位：", BR, "本周项目周会纪要如下。", BR,
              "会议时间：2027年3月10日 14:00-15:00", "会议地点：3楼小会议室 + 腾讯会议",
              "参会人员：顾文博、吴思远、钱晓雯、蒋立平", BR, "一、项目进展",
              "1. 中心1、中心2共入组23例，本周新增3例。", "2. 中心3伦理已批，SIV 预计3月下旬。", BR,
              "二、事项跟踪", Tbl(rows), BR, "三、下次会议", "3月17日（周三）14:00，同一会议室。", BR, "顾文博",
              "临床运营部"]
    g = gold("minutes", items=[
        item("吴思远", "中心3 SIV准备（PPT、文件夹、药品接收）", chk(D(2027, 3, 17), "2027-03-17")),
        item("钱晓雯", "CRA月度报告（2月）", chk(D(2027, 3, 12), "2027-03-12")),
        item(None, "SOP培训记录归档", chk(month_end(D(2027, 3, 10)), "2027-03-31"), dept="质量保证部")],
        followup=fu(chk(D(2027, 3, 17), "2027-03-17"), "14:00"),
        notes="Sent Wed 2027-03-10. Ordinary weekly template with a tracking table. Row 3 is 已完成 (status). Row 4 names "
              "only a department (质量保证部) -> no_owner; '3月底' -> 2027-03-31. '3月12日（周五）' -> 2027-03-12 (a "
              "Friday). Section 一 is a progress report ('SIV 预计3月下旬' is not an item). Next meeting under the "
              "section heading '三、下次会议': 2027-03-17 14:00. 2027 case: no working-day counting needed.")
    msg = finish(outlook_desktop(frm, to, cc, subject, t, blocks, slug, cs="gb2312", cte="base64"),
                 deliv(t, frm[1], slug))
    return msg, g


@case("4225-cro-reply-done-owa", "reply",
      "Outlook Web '答复:' from Vivian: 'Item 3 done — 补救计划已发Sandy' mixed zh/en, OWA divRplyFwdMsg quote of the recap of 4219")
def c4225():
    slug = "4225-cro-reply-done-owa"
    use("cro")
    p = recap_for("4219-cro-bilingual-owner-due-blocks-exo")
    t = ts("2025-11-10 10:21:40")
    frm = W("钱晓雯")
    to = [mk.BOT]
    cc = [W("沈雅琴")]
    new = "Item 3 done — 03中心入组补救计划已发Sandy，见附件邮件。\n\nVivian"
    qt, qh = quote_outlook_zh(p, owa=True)
    text = new + "\n" + qt
    html_doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div '
                'class="elementToProof" style="font-family:Aptos,Aptos_EmbeddedFont,Calibri,Helvetica,sans-serif;'
                'font-size:12pt">%s</div>%s</body></html>' % (divs(new), qh))
    g = gold("reply", reply=rep("done", [3]),
             notes="Reply on Mon 2025-11-10 (OWA, Date in +0000) to the recap of 4219, whose item 3 is Vivian's recovery "
                   "plan. 'Item 3 done' -> done [3]. The quoted recap (OWA 发件人/发送时间 block) lists command words and "
                   "dates: ignore.")
    msg = finish(exchange_online(frm, to, cc, "答复: " + p.subject, t, [], slug, text=text, html_doc=html_doc,
                                 irt=p.msgid, refs=[VIEWS["4219-cro-bilingual-owner-due-blocks-exo"]["msgid"], p.msgid]),
                 deliv(t, frm[1], slug, host=("SEZPR06MB6958.apcprd06.prod.outlook.com", "mail-sezapc01on2071"
                                              ".outbound.protection.outlook.com"), ip="40.107.255.71"))
    return msg, g


@case("4226-cro-auto-dingtalk-notification", "auto",
      "DingTalk system notification mail ('会议纪要已生成', Auto-Submitted: auto-generated, noreply sender) whose body lists 待办 with names and dates -> kind auto")
def c4226():
    slug = "4226-cro-auto-dingtalk-notification"
    use("cro")
    t = ts("2026-09-24 15:55:02")
    text = """钉钉提醒

你参加的会议「HX-ONC-305 中心启动准备会」的智能纪要已生成。

待办（3）
· 钱晓雯：完成中心启动会PPT更新（9月30日前）
· 吴思远：跟进伦理批件原件寄送（节后第一个工作日）
· 周若曦：EDC UAT 问题清单关闭（5个工作日内）

在钉钉中查看完整纪要：https://h5.dingtalk.com/meeting-minutes/detail?id=8f3a21c7

此邮件由系统自动发送，请勿直接回复。
退订钉钉邮件提醒：https://h5.dingtalk.com/notify/unsubscribe"""
    body = multi("alternative", [leaf("text/plain", text + "\n", "UTF-8", "base64", ct_quote=False),
                                 leaf("text/html", "<html><body>%s</body></html>" % divs(text), "UTF-8", "base64",
                                      ct_quote=False)], "----=ALIBOUNDARY_DT_%s" % hx(slug, 10))
    hdrs = [("Date", rfc_date(t)), ("From", haddr("钉钉", "noreply@notice.dingtalk.com", quote=True)),
            ("To", haddr(*mk.BOT, quote=True)), ("Message-ID", "<%s@notice.dingtalk.com>" % hx(slug, 24)),
            ("Subject", htext("「HX-ONC-305 中心启动准备会」智能纪要已生成")), ("MIME-Version", "1.0"),
            ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "bulk"),
            ("List-Unsubscribe", "<https://h5.dingtalk.com/notify/unsubscribe>"),
            ("X-Mailer", "Alimail-Mailagent")]
    g = gold("auto", notes="A DingTalk system notification (noreply sender, Auto-Submitted: auto-generated, Precedence: "
                           "bulk, List-Unsubscribe) announcing AI minutes; its body lists 待办 with names and dates, but "
                           "no person wrote it -> kind auto, no items. The same items arrive as real minutes in 4218.")
    msg = finish((raw_msg(hdrs, body), []), deliv(t, "noreply@notice.dingtalk.com", slug,
                                                  host=("out30-101.freemail.mail.aliyun.com", "out30-101.freemail.mail"
                                                        ".aliyun.com"), ip="115.124.30.101"))
    return msg, g


# ================================================================ provincial tourism project office (Kunming)
@case("4227-gov-yishi-ershi-before-national-day", "minutes",
      "Outlook gb2312 专题会议纪要〔2025〕 with 一是…二是…三是…四是… paragraphs: 责任单位/责任人 in brackets, dept-only 督查科 10月底前, 3个工作日内 across National Day 2025, rule paragraph not an item")
def c4227():
    slug = "4227-gov-yishi-ershi-before-national-day"
    use("gov")
    t = ts("2025-09-29 10:40:18")
    sd = t.date()
    subject = "专题会议纪要〔2025〕12号 关于加快推进省级文旅专项资金项目实施的专题会议纪要"
    frm = W("普丽华")
    to = [W("段志明"), W("和晓东"), W("李春燕"), W("赵永刚")]
    cc = [W("杨国栋"), mk.BOT]
    text = """各科室：

经杨主任同意，现将《关于加快推进省级文旅专项资金项目实施的专题会议纪要》印发，请遵照执行。

专题会议纪要
〔2025〕12号

2025年9月26日，杨国栋主任主持召开专题会议，研究加快推进省级文旅专项资金项目实施有关工作。项目科、资金科、规划科、督查科负责同志参加会议。会议指出，今年以来全省文旅专项资金项目总体推进有序，但仍存在资金拨付慢、项目开工率低等问题。会议议定如下：

一是加快项目资金拨付进度。对已批复未拨付的12个项目，于10月15日前完成资金拨付。（责任单位：资金科；责任人：段志明）

二是强化项目督办。自节后第一个工作日起开展专项督办，10月底前形成督办通报报办公室。（责任单位：督查科）

三是做好国庆假期项目现场安全工作。各项目单位要落实值班值守和安全巡查制度，严防安全事故发生。

四是规划科会同项目科于3个工作日内报送《2026年项目储备库申报指南》（征求意见稿）。

下次会议时间另行通知。

抄送：厅办公室
云南省文旅项目推进办公室综合科 2025年9月29日印发"""
    blocks = lines(text)
    g = gold("minutes", items=[
        item("段志明", "对已批复未拨付的12个项目完成资金拨付", chk(D(2025, 10, 15), "2025-10-15")),
        item(None, "开展专项督办，形成督办通报报办公室", chk(D(2025, 10, 31), "2025-10-31"), dept="督查科"),
        item(None, "报送《2026年项目储备库申报指南》（征求意见稿）", chk(add_wd(sd, 3), "2025-10-10"), dept="规划科")],
        notes="Sent Mon 2025-09-29 10:40. Government 一是…二是… paragraphs. 一是: named 责任人 段志明, 10月15日前. 二是: "
              "only 责任单位 督查科 -> no_owner, dept 督查科; the deliverable's deadline is '10月底前' -> 2025-10-31 (the "
              "'节后第一个工作日起' is a start date, not the deadline). 三是 binds every project unit: a standing "
              "requirement, not an item. 四是: 规划科 leads ('会同项目科') -> no_owner, dept 规划科; '3个工作日内' from "
              "09-30: 09-30 = 1, 10-01..10-08 holiday, 10-09 = 2, 10-10 = 3 -> 2025-10-10. '下次会议时间另行通知' -> no "
              "follow-up. The meeting date 9月26日 and 印发 date are not deadlines.")
    msg = finish(outlook_desktop(frm, to, cc, subject, t, blocks, slug, cs="gb2312", cte="base64"),
                 deliv(t, frm[1], slug))
    return msg, g


@case("4228-gov-wrapped-lines-nested-brackets-spring", "minutes",
      "Coremail gb18030 plain-text government minutes （一）（二）: deadline on a continuation line, 1.2. sub-items with （1）（2） inside brackets, 调休 Saturday before Spring Festival 2026, 节后第一个工作日前; next meeting as （三） sentence 节后第一个工作日上午9时")
def c4228():
    slug = "4228-gov-wrapped-lines-nested-brackets-spring"
    use("gov")
    t = ts("2026-02-12 16:20:55")
    subject = "春节前文旅项目安全和资金绩效工作会议纪要"
    frm = W("和晓东")
    to = [W("赵永刚"), W("段志明"), W("李春燕")]
    cc = [W("杨国栋"), mk.BOT]
    text = """各位：

2月12日上午会议纪要如下：

（一）春节假期A级景区及在建文旅项目安全检查。由项目科牵头，赵永刚同志负
责，协调各州（市）文旅局开展自查，检查结果于2月14日（星期六，调休上
班）前报送办公室。

（二）专项资金绩效自评。1.资金科段志明负责汇总全省项目绩效自评表（节后
第一个工作日前报厅财务处）；2.规划科李春燕负责复核重点项目（含（1）滇西旅
游环线；（2）哈尼梯田保护利用）绩效指标，3月6日前完成。

（三）节后第一个工作日上午9时召开项目推进调度会，各科室主要负责同志参加。

和晓东
督查科"""
    g = gold("minutes", items=[
        item("赵永刚", "春节假期A级景区及在建文旅项目安全检查，检查结果报送办公室", chk(D(2026, 2, 14), "2026-02-14")),
        item("段志明", "汇总全省项目绩效自评表报厅财务处", chk(first_wd_after(D(2026, 2, 23)), "2026-02-24")),
        item("李春燕", "复核重点项目绩效指标", chk(D(2026, 3, 6), "2026-03-06"))],
        followup=fu(chk(first_wd_after(D(2026, 2, 23)), "2026-02-24"), "09:00"),
        notes="Sent Thu 2026-02-12 16:20. Spring Festival 2026: 02-15..02-23 off, make-up working days Sat 02-14 and Sat "
              "02-28. Lines are hard-wrapped mid-phrase: （一）'2月14日（星期六，调休上' / '班）前' -> 2026-02-14, owner "
              "赵永刚 (wrapped '负' / '责'). （二） holds two numbered sub-items; '节后\\n第一个工作日前' -> 2026-02-24 "
              "(first working day after the holiday); the （1）（2） inside 李春燕's brackets are the projects covered, not "
              "separate items; '3月6日前' -> 2026-03-06. （三） is the next meeting written as a sentence: 节后第一个工作日"
              "上午9时 -> 2026-02-24 09:00.")
    msg = finish(coremail(frm, to, cc, subject, t, text + "\n", divs(text), slug, cs="gb18030"), deliv(t, frm[1], slug))
    return msg, g


@case("4229-gov-duban-table-lead-assist", "minutes",
      "Outlook gb2312 督办事项清单 table: '赵永刚（牵头）/段志明（协办）' in one cell, 已办结 row, 小普 alias, external owner 木建华 from Cc with 7月15日17:00前, dept-only 尽快")
def c4229():
    slug = "4229-gov-duban-table-lead-assist"
    use("gov")
    t = ts("2026-07-08 18:03:27")
    sd = t.date()
    subject = "第27期督办事项清单（7月8日调度会）"
    frm = W("和晓东")
    to = [W("赵永刚"), W("段志明"), W("普丽华")]
    cc = [("木建华", EXT["木建华"]), W("杨国栋"), mk.BOT]
    rows = [["序号", "督办事项", "责任单位", "责任人", "完成时限", "办理情况"],
            ["1", "抚仙湖文旅综合体项目用地预审", "项目科", "赵永刚（牵头）/段志明（协办）", "7月20日前", "推进中"],
            ["2", "2026年第二批省级文旅专项资金下达", "资金科", "段志明", "6月30日", "已办结"],
            ["3", "文旅项目库系统数据更新", "综合科", "小普", "本周五下班前", "未启动"],
            ["4", "丽江古城提升项目进度报送", "丽江市文旅局", "木建华", "7月15日17:00前", "未报送"],
            ["5", "省政府督查室反馈意见整改", "督查科", "", "尽快", "未启动"]]
    blocks = ["各位：", BR, "7月8日调度会督办事项清单如下，请按时限办理，办理情况于完成当日反馈督查科。", BR, Tbl(rows), BR,
              "督查科", "和晓东", "电话：0871-6418XXXX"]
    g = gold("minutes", items=[
        item("赵永刚", "抚仙湖文旅综合体项目用地预审", chk(D(2026, 7, 20), "2026-07-20")),
        item("普丽华", "文旅项目库系统数据更新", chk(wk(sd, 4), "2026-07-10")),
        item("木建华", "丽江古城提升项目进度报送", chk(D(2026, 7, 15), "2026-07-15"), "17:00", email=EXT["木建华"]),
        item(None, "省政府督查室反馈意见整改", None, flags=["vague_due"], dept="督查科")],
        notes="Sent Wed 2026-07-08 18:03. 督办 table. Row 1 lists lead and assistant in one cell -> owner the lead 赵永刚. "
              "Row 2 is 已办结 -> not an item. Row 3 '小普' -> 普丽华 (alias); '本周五下班前' -> 2026-07-10, no time. "
              "Row 4: 木建华 of the 丽江市文旅局, not on the roster, in Cc -> that address, department null; 17:00 given. "
              "Row 5: 责任人 empty, 责任单位 督查科 -> no_owner, dept 督查科; '尽快' -> vague_due.")
    msg = finish(outlook_desktop(frm, to, cc, subject, t, blocks, slug, cs="gb2312", cte="base64"),
                 deliv(t, frm[1], slug))
    return msg, g


@case("4230-gov-docx-attachment-minutes", "minutes",
      "Foxmail GBK mail whose minutes are only in a .docx attachment (raw WordprocessingML, RFC 2047 filename): 2026年10月30日, 下周一前, 明天（10月10日，周六调休上班）")
def c4230():
    slug = "4230-gov-docx-attachment-minutes"
    use("gov")
    t = ts("2026-10-09 17:36:50")
    sd = t.date()
    subject = "10月9日重大项目调度会会议纪要"
    frm = W("普丽华")
    to = [W("杨国栋"), W("赵永刚"), W("段志明")]
    cc = [mk.BOT]
    text = """各位领导：

附件是10月9日重大项目调度会会议纪要，请审阅。如需修改请告诉我。

普丽华
综合科"""
    paras = ["重大项目调度会会议纪要", "时间：2026年10月9日上午9:00", "地点：办公室三楼会议室", "主持：杨国栋",
             "参加：赵永刚、段志明、普丽华", "会议议定事项如下：",
             "一、昆明滇池文旅综合体项目可行性研究报告组织专家评审。责任单位：项目科，责任人：赵永刚，完成时限："
             "2026年10月30日。",
             "二、形成专项资金中期调整方案报主任办公会审议。责任单位：资金科，责任人：段志明，完成时限：下周一前。",
             "三、完成项目宣传片脚本初稿。责任单位：综合科，责任人：普丽华，完成时限：明天（10月10日，周六调休上班）。",
             "会议强调，各项目要严格执行请示报告制度，重大事项及时请示。"]
    att = attachment("重大项目调度会会议纪要1009.docx", docx(paras),
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label="GBK",
                     style="rfc2047")
    g = gold("minutes", items=[
        item("赵永刚", "昆明滇池文旅综合体项目可行性研究报告组织专家评审", chk(D(2026, 10, 30), "2026-10-30")),
        item("段志明", "形成专项资金中期调整方案报主任办公会审议", chk(nwk(sd, 0), "2026-10-12")),
        item("普丽华", "完成项目宣传片脚本初稿", chk(sd + dt.timedelta(days=1), "2026-10-10"))],
        notes="Sent Fri 2026-10-09 17:36, right after National Day 2026 (Sat 10-10 is a make-up working day). The body is a "
              "cover note; the minutes are only in the .docx attachment (word/document.xml paragraphs). A parser that does "
              "not read attachments finds no items. '2026年10月30日' -> 2026-10-30; '下周一前' -> 2026-10-12; '明天（10月10日，"
              "周六调休上班）' -> 2026-10-10. '会议强调…请示报告制度' is a rule. Meeting time 9:00 is not a follow-up.")
    msg = finish(foxmail(frm, to, cc, subject, t, text + "\n", divs(text), slug, cs="GBK", attachments=[att]),
                 deliv(t, frm[1], slug))
    remember(slug, msg, frm, to, cc, subject, t, text, divs(text), g)
    return msg, g


@case("4231-gov-office-meeting-ordinary-2027", "minutes",
      "Thunderbird plain 主任办公会纪要 template, numbered 议定事项 '姓名：…，时限' lines; 4月底前, 5月10日前, 下周五前 in 2027; 会议强调 rule")
def c4231():
    slug = "4231-gov-office-meeting-ordinary-2027"
    use("gov")
    t = ts("2027-04-21 15:44:09")
    sd = t.date()
    subject = "主任办公会会议纪要（2027年第8次）"
    frm = W("普丽华")
    to = [W("赵永刚"), W("李春燕"), W("和晓东"), W("段志明")]
    cc = [W("杨国栋"), mk.BOT]
    text = """主任办公会会议纪要
（2027年第8次）

会议时间：2027年4月21日上午
会议地点：三楼会议室
主持人：杨国栋
出席：赵永刚、李春燕、段志明、和晓东
记录：普丽华

议定事项：
1. 赵永刚：牵头起草《文旅项目全生命周期管理办法》初稿，4月底前报主任审定。
2. 李春燕：对接省发展改革委，争取2个项目列入省重点项目清单，5月10日前反馈结果。
3. 和晓东：对2027年专项资金项目开展第二季度督办，下周五前形成督办通报。
4. 段志明：（无新增事项）一季度资金执行情况已在会上通报。

会议强调，各科室要严格落实请示报告制度，凡涉及资金调整的事项一律先请示后办理。

综合科 普丽华"""
    g = gold("minutes", items=[
        item("赵永刚", "牵头起草《文旅项目全生命周期管理办法》初稿报主任审定", chk(D(2027, 4, 30), "2027-04-30")),
        item("李春燕", "对接省发展改革委，争取2个项目列入省重点项目清单并反馈结果", chk(D(2027, 5, 10), "2027-05-10")),
        item("和晓东", "对专项资金项目开展第二季度督办，形成督办通报", chk(nwk(sd, 4), "2027-04-30"))],
        notes="Sent Wed 2027-04-21. Ordinary office-meeting template. '4月底前' -> 2027-04-30; '5月10日前' -> 2027-05-10 "
              "(kept as written; the 2027 May Day calendar is not in chinesecalendar and not needed); '下周五前' -> "
              "2027-04-30. Line 4 says 段志明 has no new item (a report). '会议强调' is a rule. '会议时间：…上午' is the "
              "meeting itself, not a follow-up.")
    msg = finish(thunderbird(frm, to, cc, subject, t, text + "\n", slug), deliv(t, frm[1], slug))
    return msg, g


@case("4232-gov-pifu-document-other", "other",
      "Outlook gb2312 批复 (official approval reply to a 请示) with 要求 and dates: not minutes -> kind other")
def c4232():
    slug = "4232-gov-pifu-document-other"
    use("gov")
    t = ts("2026-05-20 09:12:30")
    subject = "关于同意调整大理古城夜游项目建设内容的批复"
    frm = W("杨国栋")
    to = [W("赵永刚")]
    cc = [W("段志明"), mk.BOT]
    text = """永刚同志：

你科《关于调整大理古城夜游项目建设内容的请示》收悉。经研究，批复如下：

一、同意将该项目“古城灯光秀”建设内容调整为“洱海门夜游步道提升”，项目总投资不变。
二、调整后的实施方案请于6月15日前报办公室备案。
三、项目资金按原渠道拨付，不得擅自改变用途。

此复。

云南省文旅项目推进办公室
2026年5月20日"""
    blocks = lines(text)
    g = gold("other", notes="Sent Wed 2026-05-20. A 批复 (an official reply approving a 请示), copied to the bot out of "
                            "habit. It contains a dated requirement ('6月15日前报办公室备案') but it is not meeting minutes: "
                            "kind other, no items, no follow-up.")
    msg = finish(outlook_desktop(frm, to, cc, subject, t, blocks, slug, cs="gb2312", cte="base64"),
                 deliv(t, frm[1], slug))
    return msg, g


@case("4233-gov-reply-object-item2-foxmail", "reply",
      "Foxmail GBK '回复：' objecting to 第2项 of the recap of 4230 in formal language (reason mentions 省财政厅 and dates)")
def c4233():
    slug = "4233-gov-reply-object-item2-foxmail"
    use("gov")
    p = recap_for("4230-gov-docx-attachment-minutes")
    t = ts("2026-10-09 18:21:14")
    frm = W("段志明")
    to = [mk.BOT]
    cc = [W("普丽华"), W("杨国栋")]
    new = """关于第2项有异议：专项资金中期调整方案需待省财政厅10月15日反馈额度后方能形成，下周一前无法报送，建议完成时限调整至省财政厅反馈后5个工作日内。请杨主任定夺。

段志明"""
    qt, qh = quote_foxmail(p)
    g = gold("reply", reply=rep("object", [2]),
             notes="Reply on Fri 2026-10-09 18:21 to the recap of 4230. '关于第2项有异议' with a reason -> object [2]. The "
                   "reason mentions dates and suggests a new deadline but it is an objection addressed to the organiser, "
                   "not an extension request with a date (no new_due_date).")
    msg = finish(foxmail(frm, to, cc, "回复：" + p.subject, t, new + "\n" + qt, divs(new) + qh, slug, cs="GBK",
                         irt=p.msgid, refs=[VIEWS["4230-gov-docx-attachment-minutes"]["msgid"], p.msgid]),
                 deliv(t, frm[1], slug))
    return msg, g


@case("4234-gov-auto-ooo-coremail", "auto",
      "Coremail auto-reply '自动回复：' from an official on a business trip (Auto-Submitted: auto-replied), body with dates and a colleague to contact")
def c4234():
    slug = "4234-gov-auto-ooo-coremail"
    use("gov")
    p = recap_for("4230-gov-docx-attachment-minutes")
    t = ts("2026-10-09 17:39:20")
    frm = W("杨国栋")
    text = """您好！我于10月9日至10月16日在怒江州调研，期间邮件处理可能不及时。急事请联系综合科普丽华（0871-6418XXXX），10月19日后回复您的邮件。

杨国栋"""
    body = leaf("text/plain", text + "\n", "GBK", "base64", ct_quote=False)
    hdrs = [("Date", rfc_date(t)), ("From", haddr(*frm, label="GBK", quote=True)), ("To", haddr(*mk.BOT, quote=True)),
            ("Subject", htext("自动回复：" + p.subject, "GBK")), ("In-Reply-To", p.msgid), ("References", p.msgid),
            ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
            ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240129(c6e7b5f4)"),
            ("MIME-Version", "1.0"),
            ("Message-ID", "<autoreply.%s.Coremail.yanggd@ynwlxmb.example.gov.cn>" % hx(slug, 12))]
    g = gold("auto", notes="Coremail out-of-office reply to the recap of 4230 (Auto-Submitted: auto-replied, subject "
                           "'自动回复：'). The body has dates and a name to contact, but no person wrote it -> kind auto.")
    msg = finish((raw_msg(hdrs, body), []), deliv(t, frm[1], slug, host=("mail.ynwlxmb.example.gov.cn",
                                                                          "mail.ynwlxmb.example.gov.cn"),
                                                   ip="10.30.1.5"))
    return msg, g



# ================================================================ later additions
@case("4235-steel-collab-table-before-spring-festival", "minutes",
      "Outlook gb2312 跨部门协作事项跟踪表 (主责部门/配合部门/负责人/计划完成时间/进展情况) before Spring Festival 2025: 1月26日（周日调休）前, 节后第一个工作日, 3个工作日内 across the holiday; 已完成 row")
def c4235():
    slug = "4235-steel-collab-table-before-spring-festival"
    use("steel")
    t = ts("2025-01-24 16:58:31")
    sd = t.date()
    subject = "春节停炉检修协调会 跨部门协作事项跟踪表"
    frm = W("孟宪军")
    to = [W("高振东"), W("田立新"), W("赵春雨"), W("于海涛")]
    cc = [W("刘冬梅"), mk.BOT]
    rows = [["序号", "协作事项", "主责部门", "配合部门", "负责人", "计划完成时间", "进展情况"],
            ["1", "2#高炉春节休风方案审批", "炼铁厂", "设备部、安全环保部", "高振东", "1月22日", "已完成"],
            ["2", "休风期间煤气管网隔断确认", "设备部", "安全环保部", "赵春雨", "1月26日（周日调休）前", "进行中"],
            ["3", "节日值守人员及检修队伍安全交底", "安全环保部", "炼铁厂", "田立新", "3个工作日内", "未开始"],
            ["4", "复风前设备点检（风口、热风阀、冷却系统）", "炼铁厂", "设备部", "于海涛", "节后第一个工作日", "未开始"]]
    blocks = ["各位：", BR, "今天协调会形成的跨部门协作事项如下，请各主责部门按时推进。", BR, Tbl(rows), BR,
              "说明：春节期间高炉休风，复风时间以集团调度令为准。", BR, "设备部 孟宪军"]
    g = gold("minutes", items=[
        item("赵春雨", "休风期间煤气管网隔断确认", chk(D(2025, 1, 26), "2025-01-26")),
        item("田立新", "节日值守人员及检修队伍安全交底", chk(add_wd(sd, 3), "2025-02-05")),
        item("于海涛", "复风前设备点检（风口、热风阀、冷却系统）", chk(first_wd_after(D(2025, 2, 4)), "2025-02-05"))],
        notes="Sent Fri 2025-01-24 16:58. Spring Festival 2025: 01-28..02-04 off, make-up working days Sun 01-26 and Sat "
              "02-08. Seed-style 跨部门协作事项跟踪表 with 主责部门/配合部门 columns; the 负责人 owns the row. Row 1 is "
              "已完成. '1月26日（周日调休）前' -> 2025-01-26. '3个工作日内': 01-26 (make-up Sunday) = 1, 01-27 = 2, "
              "01-28..02-04 holiday, 02-05 = 3 -> 2025-02-05. '节后第一个工作日' -> 2025-02-05. The 说明 line is information.")
    msg = finish(outlook_desktop(frm, to, cc, subject, t, blocks, slug, cs="gb2312", cte="base64"),
                 deliv(t, frm[1], slug))
    return msg, g


@case("4236-ec-korean-supplier-english-kst", "minutes",
      "Outlook UTF-8 English minutes from a Korean cosmetics supplier ('until 3/20', 'kindly', Ms./Mr. titles): owners on both sides, Cc-only 'Ms. Park', topic for next meeting is not an item; next meeting 2PM KST -> 13:00 Shanghai")
def c4236():
    slug = "4236-ec-korean-supplier-english-kst"
    use("ec")
    t = ts("2026-03-16 10:12:40", tz=dt.timezone(dt.timedelta(hours=9)))
    sd = sh(t).date()
    subject = "[Hanbit x Starlane] Meeting minutes (3/16)"
    kim = ("Kim Ji-hoon", "jihoon.kim@hanbit-cos.example.kr")
    park = ("Park Soo-yeon", "sooyeon.park@hanbit-cos.example.kr")
    mk.PEOPLE.update(dict([kim, park]))
    frm = kim
    to = [("Ken Ho", P["何俊文"]["email"]), ("Cindy Wong", P["黄晓欣"]["email"])]
    cc = [park, ("Starlane todo", mk.BOT[1])]
    text = """Dear Mr. Ken, Ms. Cindy,

Thank you for your time in this morning's meeting. Please kindly check below minutes.

1. Attendees: Hanbit - Kim Ji-hoon, Park Soo-yeon / Starlane - Ken Ho, Cindy Wong

2. Discussed
- Q2 order volume for the sheet mask line will be similar to Q1 (approx. 12,000 pcs).
- Amazon US listing photos: Hanbit will provide raw files, Starlane will do the retouching.

3. To do
(1) Starlane (Mr. Ken): please send Q2 PO forecast until 3/20 (Fri).
(2) Hanbit (Kim): send updated MSDS and English ingredient list by 3/18.
(3) Hanbit (Ms. Park): check the possibility of private label packaging ASAP.
(4) FBA label issue: to be discussed in next meeting.

4. Next meeting: 3/27 (Fri) 2PM KST.

If there is any missing point, please let me know.

Best regards,
Kim Ji-hoon | Global Sales Team, Manager
Hanbit Cosmetics Co., Ltd."""
    blocks = lines(text)
    g = gold("minutes", items=[
        item("何俊文", "send Q2 PO forecast", chk(D(2026, 3, 20), "2026-03-20")),
        item("Kim Ji-hoon", "send updated MSDS and English ingredient list", chk(D(2026, 3, 18), "2026-03-18"),
             email=kim[1]),
        item("Park Soo-yeon", "check the possibility of private label packaging", None, flags=["vague_due"],
             email=park[1])],
        followup=fu(chk(D(2026, 3, 27), "2026-03-27"), "13:00"),
        notes="Sent Mon 2026-03-16 10:12 +0900 (09:12 Shanghai). English minutes written by a Korean supplier. 'until 3/20 "
              "(Fri)' is Korean-English for 'by' -> 2026-03-20. 'Mr. Ken' -> 何俊文 (alias Ken; To display name Ken Ho). "
              "'Kim' is the sender, 'Ms. Park' only in Cc (Park Soo-yeon): both external, addresses from From/Cc, "
              "department null. 'ASAP' -> vague_due. (4) is a topic for the next meeting, not an item. 'Discussed' lines are "
              "information/decisions. Next meeting '3/27 (Fri) 2PM KST' = 13:00 Asia/Shanghai.")
    msg = finish(outlook_desktop(frm, to, cc, subject, t, blocks, slug, cs="utf-8", cte="base64"),
                 deliv(t, frm[1], slug, host=("mail.hanbit-cos.example.kr", "mail.hanbit-cos.example.kr"),
                       ip="211.43.120.9"))
    return msg, g


# ------------------------------------------------------------------------------------------------ output & checks
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TIME_RE = re.compile(r"^\d{2}:\d{2}$")


def schema_errors(g):
    e = []
    if set(g) != {"kind", "items", "next_followup", "reply", "notes"}:
        e.append("top-level keys")
    kind = g["kind"]
    if kind not in ("minutes", "reply", "other", "auto"):
        e.append("kind")
    if g["items"] and kind != "minutes":
        e.append("items only for minutes")
    for i, it in enumerate(g["items"], 1):
        fl = set(it["flags"])
        if not fl <= {"vague_due", "no_owner", "no_due"}:
            e.append("item %d flags" % i)
        if (it["due_date"] is None) != bool({"vague_due", "no_due"} & fl):
            e.append("item %d due null <=> vague_due/no_due" % i)
        if (it["owner_name"] is None) != ("no_owner" in fl):
            e.append("item %d owner null <=> no_owner" % i)
        if it["owner_name"] is None and it["owner_email"] is not None:
            e.append("item %d email without owner" % i)
        if it["due_time"] and not (TIME_RE.match(it["due_time"]) and it["due_date"]):
            e.append("item %d due_time" % i)
        if it["due_date"] and not DATE_RE.match(it["due_date"]):
            e.append("item %d due_date" % i)
        if it["department"] is not None and it["department"] not in DEPTS:
            e.append("item %d department" % i)
    if g["next_followup"] is not None and kind != "minutes":
        e.append("next_followup only for minutes")
    r = g["reply"]
    if (r is not None) != (kind == "reply"):
        e.append("reply iff kind reply")
    if r and r["intent"] == "extend" and not r["new_due_date"]:
        e.append("extend without date")
    return e


def build():
    CHECKS.clear()
    VIEWS.clear()
    out = {}
    for slug, kind, what, fn in CASES:
        msg, g = fn()
        assert g["kind"] == kind, slug
        out[slug] = (serialize(msg), g)
    return out


def roster_csv():
    lines_ = ["name,email,department,manager_email,aliases"]
    for name, local, o, dep, head, al in ROSTER:
        p = P[name]
        lines_.append(",".join([name, p["email"], dep, p["manager_email"], al]))
    return "\n".join(lines_) + "\n"


def check(outdir, built):
    errors = []
    for computed, iso, what in CHECKS:
        if computed != D.fromisoformat(iso):
            errors.append("date %s: computed %s, gold %s" % (what, computed, iso))
    for slug, (data, g) in built.items():
        m = message_from_bytes(data, policy=email_policy.default)
        defects = list(m.defects) + [d for part in m.walk() for d in part.defects]
        if defects:
            errors.append("%s: MIME defects %s" % (slug, defects))
        for part in m.walk():
            if part.get_content_maintype() == "text":
                try:
                    part.get_content()
                except Exception as ex:  # noqa
                    errors.append("%s: undecodable text part (%s)" % (slug, ex))
        errors += ["%s: %s" % (slug, x) for x in schema_errors(g)]
        if outdir is not None:
            pe, pj = outdir / (slug + ".eml"), outdir / (slug + ".json")
            if not pe.exists() or pe.read_bytes() != data:
                errors.append("%s: .eml on disk differs from the generator" % slug)
            if not pj.exists() or json.loads(pj.read_text(encoding="utf-8")) != g:
                errors.append("%s: .json on disk differs from the generator" % slug)
    if outdir is not None and (outdir / "roster.csv").read_text(encoding="utf-8") != roster_csv():
        errors.append("roster.csv differs")
    return errors


def main(argv):
    given = [a for a in argv if a != "--check"]
    outdir = Path(given[0]) if given else Path(__file__).resolve().parent
    built = build()
    if "--check" not in argv:
        for slug, (data, g) in built.items():
            (outdir / (slug + ".eml")).write_bytes(data)
            (outdir / (slug + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n",
                                                   encoding="utf-8")
        (outdir / "roster.csv").write_text(roster_csv(), encoding="utf-8")
    errors = check(outdir, built)
    counts = {}
    for slug, (data, g) in built.items():
        counts[g["kind"]] = counts.get(g["kind"], 0) + 1
    n_items = sum(len(g["items"]) for _, g in built.values())
    n_fu = sum(1 for _, g in built.values() if g["next_followup"])
    for e in errors:
        print("ERROR", e)
    print("cases %d: %s; gold items %d; next_followup %d; date checks %d" % (
        len(built), ", ".join("%s %d" % kv for kv in sorted(counts.items())), n_items, n_fu, len(CHECKS)))
    print("OK" if not errors else "%d problem(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Generate the heldout13 blind set for minutebot: NNN-slug.eml + .json, roster.csv, cases.md.

    /work/blind/venv/bin/python make_heldout13.py          # write
    /work/blind/venv/bin/python make_heldout13.py --check  # recompute every gold date, compare files
Deterministic: no clock, no randomness. Holiday data from chinesecalendar (2025-2026); 2027 cases avoid holidays.
"""
# helpers (adapted from the dev corpus make_corpus.py MIME helpers)
import base64, binascii, csv, datetime as dt, hashlib, html, io, json, re, sys, zipfile
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32
import chinese_calendar as cc
TZ8 = dt.timezone(dt.timedelta(hours=8)); D = dt.date
WEEKDAY_EN = ["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]
MONTH_EN = ["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"]
CODEC = {"gb2312":"gbk","gbk":"gbk","gb18030":"gb18030","utf-8":"utf-8","us-ascii":"ascii","big5":"big5"}

def is_workday(d):
    if d.year > 2026:  # no official data: only weekends assumed (cases avoid 2027 holidays)
        return d.weekday() < 5
    return cc.is_workday(d)
def add_workdays(sent, n):
    d = sent
    while n:
        d += dt.timedelta(days=1)
        if is_workday(d): n -= 1
    return d
def this_or_next_weekday(sent, wd):
    m = sent - dt.timedelta(days=sent.weekday()); c = m + dt.timedelta(days=wd)
    return c if c >= sent else c + dt.timedelta(days=7)
def next_week_weekday(sent, wd):
    m = sent - dt.timedelta(days=sent.weekday())
    return m + dt.timedelta(days=7 + wd)
def first_workday_after(d):
    d += dt.timedelta(days=1)
    while not is_workday(d): d += dt.timedelta(days=1)
    return d
def month_end(d):
    n = D(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return n - dt.timedelta(days=1)

def rule_date(rule, sent):
    k, *a = rule
    if k == "lit": return D.fromisoformat(a[0])
    if k == "wd": return add_workdays(sent, a[0])
    if k == "wk": return this_or_next_weekday(sent, a[0])
    if k == "nwk": return next_week_weekday(sent, a[0])
    if k == "add": return sent + dt.timedelta(days=a[0])
    if k == "eom": return month_end(sent)
    if k == "fwa": return first_workday_after(D.fromisoformat(a[0]))
    raise ValueError(rule)

def codec(l): return CODEC[l.lower()]
def encoded_words(text, label="utf-8", mode="B", limit=66):
    words, cur = [], ""; cs = codec(label)
    def enc(s):
        raw = s.encode(cs)
        if mode == "B": body = base64.b64encode(raw).decode()
        else: body = "".join(chr(b) if (chr(b).isalnum() and b < 128) else ("_" if b == 32 else "=%02X" % b) for b in raw)
        return "=?%s?%s?%s?=" % (label, mode, body)
    for ch in text:
        if cur and len(enc(cur + ch)) > limit: words.append(enc(cur)); cur = ch
        else: cur += ch
    if cur: words.append(enc(cur))
    return words
def htext(text, label="utf-8", mode="B"):
    if all(ord(c) < 128 for c in text): return text
    return "\n ".join(encoded_words(text, label, mode))
def haddr(name, email, label="utf-8", mode="B"):
    if not name: return email
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, email) if re.search(r"[^\w ]", name) else "%s <%s>" % (name, email)
    return "%s <%s>" % (" ".join(encoded_words(name, label, mode)), email)
def haddrs(ppl, label="utf-8", mode="B"):
    return ", ".join(haddr(n, e, label, mode) for n, e in ppl)
def transfer_encode(data, cte):
    if cte == "base64": return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable": return binascii.b2a_qp(data, istext=True).decode("ascii")
    return data.decode("ascii", "surrogateescape")
def leaf(ctype, text=None, label=None, cte="base64", data=None, params=(), headers=()):
    m = Message(); ct = ctype
    if label: ct += '; charset="%s"' % label
    for k, v in params: ct += '; %s="%s"' % (k, v)
    m["Content-Type"] = ct
    for k, v in headers: m[k] = v
    m["Content-Transfer-Encoding"] = cte
    if data is None: data = text.encode(codec(label))
    m.set_payload(transfer_encode(data, cte)); return m
def multi(sub, parts, boundary):
    m = Message(); m["Content-Type"] = 'multipart/%s; boundary="%s"' % (sub, boundary)
    m.set_payload(list(parts)); m.preamble = "This is a multi-part message in MIME format."; m.epilogue = ""; return m
def envelope(headers, body):
    top = Message()
    for k, v in headers: top[k] = v
    top["MIME-Version"] = "1.0"
    for k, v in body.items(): top[k] = v
    top._payload = body._payload; top.preamble = body.preamble; top.epilogue = body.epilogue
    return top
def serialize(msg):
    buf = io.BytesIO(); pol = compat32.clone(linesep="\n", max_line_length=78)
    BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(msg); return buf.getvalue()
def hx(seed, n): return hashlib.sha256(seed.encode()).hexdigest()[:n]
def rfc_date(t):
    off = t.utcoffset(); sign = "+" if off >= dt.timedelta(0) else "-"; mins = abs(int(off.total_seconds())) // 60
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WEEKDAY_EN[t.weekday()], t.day, MONTH_EN[t.month-1], t.year, t.hour, t.minute, t.second, sign, mins//60, mins%60)
def text2html(text, cs, font="微软雅黑"):
    out = []
    for ln in text.split("\n"):
        out.append("<p class=MsoNormal><span style='font-family:%s'>%s</span></p>" % (font, html.escape(ln) if ln.strip() else "&nbsp;"))
    return "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=%s\"></head><body lang=ZH-CN>\n" % cs + "\n".join(out) + "\n</body></html>"
def table_html(rows):
    h = ["<table border=1 cellspacing=0 cellpadding=4 style='border-collapse:collapse'>"]
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        h.append("<tr>" + "".join("<%s>%s</%s>" % (tag, html.escape(c).replace("\n", "<br>"), tag) for c in r) + "</tr>")
    h.append("</table>"); return "\n".join(h)
# ---------------------------------------------------------------- roster
ROSTER = [
 # hotpot chain 巴渝老灶火锅
 ("冉建军","ranjianjun@laozao.example.cn","运营中心","","冉总;Ran Jianjun"),
 ("谭晓梅","tanxiaomei@laozao.example.cn","运营中心","ranjianjun@laozao.example.cn","谭经理;梅姐"),
 ("向磊","xianglei@laozao.example.cn","运营中心","tanxiaomei@laozao.example.cn","向督导;小向;磊哥"),
 ("牟小川","muxiaochuan@laozao.example.cn","解放碑店","tanxiaomei@laozao.example.cn","小牟;牟店长"),
 ("罗婷","luoting@laozao.example.cn","观音桥店","tanxiaomei@laozao.example.cn","罗店长;婷婷"),
 ("余飞","yufei@laozao.example.cn","南坪店","tanxiaomei@laozao.example.cn","余店长;飞哥"),
 ("邓春燕","dengchunyan@laozao.example.cn","食品安全部","ranjianjun@laozao.example.cn","邓主管;燕子"),
 ("陈大勇","chendayong@laozao.example.cn","研发中心","ranjianjun@laozao.example.cn","陈师傅;陈厨;大勇"),
 ("黎佳","lijia@laozao.example.cn","市场部","ranjianjun@laozao.example.cn","黎经理;Jia Li"),
 # university research group 秦川大学材料学院
 ("郑怀远","zhenghy@mse.qcu.example.edu.cn","郑怀远课题组","","郑老师;Prof. Zheng;Zheng Huaiyuan"),
 ("宋雅琴","songyq@mse.qcu.example.edu.cn","郑怀远课题组","zhenghy@mse.qcu.example.edu.cn","宋老师;Yaqin Song;Dr. Song"),
 ("付子豪","fuzh@mse.qcu.example.edu.cn","郑怀远课题组","zhenghy@mse.qcu.example.edu.cn","子豪;Fu Zihao;Zihao"),
 ("贺晓楠","hexn@mse.qcu.example.edu.cn","郑怀远课题组","zhenghy@mse.qcu.example.edu.cn","晓楠;He Xiaonan;Xiaonan"),
 ("薛凯","xuekai@mse.qcu.example.edu.cn","郑怀远课题组","zhenghy@mse.qcu.example.edu.cn","小薛;Xue Kai"),
 ("苗雨欣","miaoyx@mse.qcu.example.edu.cn","郑怀远课题组","zhenghy@mse.qcu.example.edu.cn","雨欣;Miao Yuxin;Yuxin"),
 ("冯丽","fengli@mse.qcu.example.edu.cn","学院科研办","","冯老师"),
 # cross-border seller 宁波甬帆跨境
 ("周薇","zhouwei@yongfan.example.cn","运营部","","周总;Vivian;Vivian Zhou"),
 ("何家俊","hejiajun@yongfan.example.cn","运营部","zhouwei@yongfan.example.cn","Kevin;Kevin He;家俊"),
 ("林可可","linkeke@yongfan.example.cn","运营部","zhouwei@yongfan.example.cn","Coco;Coco Lin;可可"),
 ("叶振","yezhen@yongfan.example.cn","供应链部","zhouwei@yongfan.example.cn","叶工;Ye Zhen"),
 ("汪敏","wangmin@yongfan.example.cn","设计部","zhouwei@yongfan.example.cn","Amy;Amy Wang;敏敏"),
 ("吴海涛","wuhaitao@yongfan.example.cn","财务部","zhouwei@yongfan.example.cn","吴会计;Tao Wu"),
 # port logistics SOE 津港通达物流集团
 ("孟庆山","mengqs@jgtd.example.cn","调度指挥中心","","孟主任"),
 ("韩立新","hanlx@jgtd.example.cn","安全环保部","","韩部长"),
 ("杜海峰","duhf@jgtd.example.cn","集装箱分公司","","杜总;杜经理"),
 ("曹永利","caoyl@jgtd.example.cn","集装箱分公司","duhf@jgtd.example.cn","曹工"),
 ("窦建伟","doujw@jgtd.example.cn","散货分公司","","窦经理;窦总"),
 ("任静","renjing@jgtd.example.cn","办公室","","小任"),
 ("邵国栋","shaogd@jgtd.example.cn","党委办公室","","邵主任"),
 ("柏涛","baitao@jgtd.example.cn","信息中心","","柏工"),
 ("庞雪","pangxue@jgtd.example.cn","财务部","","庞部长"),
]
RB = {r[0]: r for r in ROSTER}
BOTS = {"hp": ("纪要助手", "jiyao@laozao.example.cn"), "uni": ("组会助手", "zuhui@mse.qcu.example.edu.cn"),
        "ec": ("Minutes Bot", "ops-minutes@yongfan.example.cn"), "port": ("督办助手", "duban@jgtd.example.cn")}
EXT = {"Lukas Bauer": "lukas.bauer@rwth-example.de", "Jessica Moore": "jessica@brightline-media.example.com",
       "Tyler Brooks": "tyler@brightline-media.example.com"}
def P(name):  # (display, email)
    if name in RB: return (name, RB[name][1])
    return (name, EXT[name])
def I(owner, task, rule=None, due=None, time=None, flags=(), dept=None):
    """owner: roster name | external name | ('dept', 部门) | None"""
    if isinstance(owner, tuple):
        o = {"owner_name": None, "owner_email": None, "department": owner[1]}
        flags = tuple(flags) + ("no_owner",)
    elif owner is None:
        o = {"owner_name": None, "owner_email": None, "department": None}; flags = tuple(flags) + ("no_owner",)
    elif owner in RB:
        o = {"owner_name": owner, "owner_email": RB[owner][1], "department": RB[owner][2]}
    else:
        o = {"owner_name": owner, "owner_email": EXT[owner], "department": None}
    if due is None and rule is None and "vague_due" not in flags: flags = tuple(flags) + ("no_due",)
    o.update({"task": task, "due_date": due, "due_time": time, "flags": sorted(set(flags))})
    o["_rule"] = rule
    return o
def FU(date, time=None): return {"date": date, "time": time}
def REP(intent, items=(), percent=None, new_due=None): return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due}
ROSTER.append(("邹明","zouming@jgtd.example.cn","散货分公司","doujw@jgtd.example.cn","邹工;小邹"))
RB["邹明"] = ROSTER[-1]
# ---------------------------------------------------------------- client profiles
CLIENT = {
 "outlook":  dict(cs="gb2312", cte="base64", html=True),
 "outlook8": dict(cs="utf-8", cte="quoted-printable", html=True),
 "foxmail":  dict(cs="GBK", cte="base64", html=True),
 "exmail":   dict(cs="gb18030", cte="base64", html=True),
 "coremail": dict(cs="GBK", cte="base64", html=True),
 "gmail":    dict(cs="UTF-8", cte="quoted-printable", html=True),
 "apple":    dict(cs="utf-8", cte="quoted-printable", html=False),
 "iphone":   dict(cs="utf-8", cte="quoted-printable", html=False),
 "feishu":   dict(cs="UTF-8", cte="base64", html=True),
 "thunder":  dict(cs="UTF-8", cte="8bit", html=False),
 "plain8":   dict(cs="utf-8", cte="8bit", html=False),
}
HOSTS = {"laozao.example.cn": "mx.laozao.example.cn", "mse.qcu.example.edu.cn": "mail.qcu.example.edu.cn",
         "yongfan.example.cn": "mx.yongfan.example.cn", "jgtd.example.cn": "mail.jgtd.example.cn"}

def client_headers(cl, c, t, seed):
    dom = c["frm"][1].split("@")[1]
    h = []
    if cl.startswith("outlook"):
        mid = "<000001%s$%s$%s@%s>" % (hx(seed, 10), hx(seed + "b", 8), hx(seed + "c", 8), dom)
        extra = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", base64.b64encode(b"\x01\xdb" + hashlib.sha256(seed.encode()).digest()[:20]).decode()),
                 ("Content-Language", "zh-cn")]
    elif cl == "foxmail":
        mid = "<%s%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), str(int(hx(seed, 8), 16))[:7], dom)
        extra = [("X-Priority", "3"), ("X-GUID", hx(seed, 8).upper() + "-" + hx(seed + "g", 4).upper()), ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]")]
    elif cl == "exmail":
        mid = "<tencent_%s@exmail.qq.com>" % hx(seed, 40).upper()
        extra = [("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x"), ("X-QQ-mid", "bizesmtp%st%s" % (hx(seed, 4), int(t.timestamp())))]
    elif cl == "coremail":
        mid = "<%s.%s.%s@%s>" % (hx(seed, 8), hx(seed + "1", 4), hx(seed + "2", 8), dom)
        extra = [("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)"), ("X-Originating-IP", "[10.%d.%d.%d]" % (int(hx(seed, 2), 16), int(hx(seed+'x', 2), 16), int(hx(seed+'y', 2), 16)))]
    elif cl == "gmail":
        mid = "<CA+%s@mail.gmail.com>" % hb(seed)
        extra = []
    elif cl in ("apple", "iphone"):
        mid = "<%s-%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed + "a", 4).upper(), hx(seed + "b", 12).upper(), dom)
        extra = [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)" if cl == "apple" else "iPhone Mail (22F76)")]
    elif cl == "feishu":
        mid = "<%s@%s>" % (hx(seed, 32), dom)
        extra = [("X-Mailer", "Lark Mail")]
    else:
        mid = "<%s-%s@%s>" % (hx(seed, 8), hx(seed + "t", 8), dom)
        extra = [("User-Agent", "Mozilla Thunderbird")] if cl == "thunder" else []
    return mid, extra
def hb(seed):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:30]).decode().replace("/", "_").replace("+", "-")

def build(c):
    cl = c["client"]; prof = dict(CLIENT[cl]); prof.update(c.get("enc", {}))
    cs, cte = prof["cs"], prof["cte"]
    t = dt.datetime.fromisoformat(c["date"])
    if t.tzinfo is None: t = t.replace(tzinfo=TZ8)
    seed = c["slug"]
    mid, extra = client_headers(cl, c, t, seed)
    hl = "gb2312" if cs.lower() in ("gb2312", "gbk") else ("gb18030" if cs.lower() == "gb18030" else "utf-8")
    if cs == "GBK": hl = "GBK"
    H = [("Return-Path", "<%s>" % c["frm"][1]),
         ("Received", "from %s (unknown [203.0.113.%d])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s" % (
             HOSTS.get(c["frm"][1].split("@")[1], "mail-out.example.net"), int(hx(seed, 2), 16) % 250 + 1,
             HOSTS.get(c["bot"][1].split("@")[1]), hx(seed + "r", 10).upper(), c["bot"][1], rfc_date(t + dt.timedelta(seconds=4))))]
    H += c.get("pre_headers", [])
    H += [("Date", rfc_date(t)), ("From", haddr(*c["frm"], label=hl)), ("To", haddrs(c["to"], hl))]
    if c.get("cc"): H.append(("Cc", haddrs(c["cc"], hl)))
    H.append(("Subject", htext(c["subject"], hl)))
    H.append(("Message-ID", mid))
    if c.get("irt"): H += [("In-Reply-To", c["irt"]), ("References", c.get("refs", c["irt"]))]
    H += extra + c.get("headers", [])
    fmt = [("format", "flowed")] if cl == "thunder" else []
    plain = leaf("text/plain", c["body"], cs, cte, params=fmt)
    if prof["html"] and c.get("html", True) is not False:
        hsrc = c.get("html") if isinstance(c.get("html"), str) else None
        if hsrc is None: hsrc = text2html(c["body"], cs)
        else: hsrc = "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=%s\"></head><body>\n%s\n</body></html>" % (cs, hsrc)
        hcte = "quoted-printable" if cl in ("gmail", "outlook8") else cte
        body = multi("alternative", [plain, leaf("text/html", hsrc, cs, hcte)], "----=_NextPart_%s" % hx(seed, 20) if cl != "gmail" else "000000000000%s" % hx(seed, 16))
    else:
        body = plain
    if c.get("attach"):
        parts = [body]
        for fn, ct, data in c["attach"]:
            efn = encoded_words(fn, "gb2312", "B", limit=200)[0]  # Outlook: encoded-word inside the quoted name
            parts.append(leaf(ct, data=data, cte="base64", headers=[("Content-Disposition", 'attachment;\n\tfilename="%s"' % efn)], params=[("name", efn)]))
        body = multi("mixed", parts, "----=_Mixed_%s" % hx(seed, 18))
    return serialize(envelope(H, body)), t.astimezone(TZ8).date()

def docx_bytes(paragraphs):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s<w:sectPr/></w:body></w:document>' % body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)]:
            zi = zipfile.ZipInfo(name, date_time=(2025, 12, 10, 9, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()
CASES = []
def case(**k): CASES.append(k)
HPB, UNB, ECB, PTB = BOTS["hp"], BOTS["uni"], BOTS["ec"], BOTS["port"]
def ppl(*names): return [P(n) for n in names]

# ============================== hotpot chain ==============================
case(n=2401, slug="hotpot-weekly-mayday-outlook", kind="minutes", client="outlook", bot=HPB,
 frm=P("谭晓梅"), to=ppl("牟小川", "罗婷", "余飞", "邓春燕", "向磊"), cc=ppl("冉建军") + [HPB],
 subject="【会议纪要】4月第5周门店运营周会", date="2025-04-29 16:40:12",
 body="""各位店长：
今天下午周会的纪要如下，有问题直接回邮件。

会议时间：2025年4月29日 14:00-15:30
地点：总部三楼会议室 / 腾讯会议
参会：冉总、谭晓梅、向磊、牟小川、罗婷、余飞、邓春燕
记录：谭晓梅

一、上周情况
1. 三家店上周营收环比+6.2%，观音桥店翻台率3.1，全区最高。
2. 解放碑店周六晚高峰等位超过90分钟，已加开临时取号点。

二、五一保障安排（会议决定）
1. 5月1日-5日全员不轮休，门店营业时间延长至次日2:00。
2. 锅底、毛肚、鸭肠按日均1.8倍备货。

三、待办事项
1. 牟小川：解放碑店外摆区消防通道重新划线，节前完成（4月30日）
2. 罗婷：观音桥店五一排班表报区域，明天中午12点前
3. 余飞：南坪店排烟罩清洗并留照片，3个工作日内
4. 邓春燕：节后第一个工作日到三家店做食安复查
5. 向磊：收集五一期间客诉，汇总成表，5月8日前

下次周会：5月7日（周三）下午2点，地点不变。

谭晓梅
巴渝老灶 运营中心 区域经理
电话：023-6388 2211""",
 items=[I("牟小川", "解放碑店外摆区消防通道重新划线", ("lit", "2025-04-30"), "2025-04-30"),
        I("罗婷", "观音桥店五一排班表报区域", ("add", 1), "2025-04-30", "12:00"),
        I("余飞", "南坪店排烟罩清洗并留照片", ("wd", 3), "2025-05-07"),
        I("邓春燕", "到三家店做食安复查", ("fwa", "2025-05-05"), "2025-05-06"),
        I("向磊", "收集五一期间客诉，汇总成表", ("lit", "2025-05-08"), "2025-05-08")],
 fu=FU("2025-05-07", "14:00"),
 notes="Ordinary numbered 待办 after a 上周情况 report and decisions (not items). Sent Tue 2025-04-29; 五一 holiday 05-01..05-05 (04-27 Sun was the make-up day). 3个工作日内 = 04-30, 05-06, 05-07 -> 2025-05-07; 节后第一个工作日 = 2025-05-06; 明天中午12点前 = 04-30 12:00.",
 what="ordinary Outlook gb2312 周会 numbered 待办 around 五一: 3个工作日内 across the holiday, 节后第一个工作日, 明天中午12点")

case(n=2402, slug="hotpot-wechat-chat-paste-iphone", kind="minutes", client="iphone", bot=HPB,
 frm=P("谭晓梅"), to=ppl("罗婷", "余飞", "陈大勇"), cc=ppl("冉建军") + [HPB],
 subject="今晚店长群说的几件事", date="2025-07-15 22:10:33",
 body="""把今晚店长群语音会的要点贴一下，免得大家翻聊天记录。

谭晓梅 21:02
今天食安抽检，观音桥店冻库温度-12度，超标了

罗婷 21:03
收到，压缩机师傅约了明早来

谭晓梅 21:05
@罗婷 明早9点前把冻库温度记录拍群里，修好再拍一张

冉建军 21:08
藤椒锅底试吃周五照常，@陈大勇 试吃反馈表做好，周四下班前发我

陈大勇 21:09
👌

谭晓梅 21:15
@余飞 南坪店暑期兼职的合同周六前全部签完

余飞 21:16
好的梅姐

谭晓梅 21:20
另外大家注意，七八月高温，后厨每2小时记录一次温度，这个是规定不是建议。

发自我的iPhone""",
 items=[I("罗婷", "把冻库温度记录拍群里", ("add", 1), "2025-07-16", "09:00"),
        I("陈大勇", "试吃反馈表做好发冉总", ("wk", 3), "2025-07-17"),
        I("余飞", "南坪店暑期兼职的合同全部签完", ("wk", 5), "2025-07-19")],
 fu=None,
 notes="WeChat group chat pasted with speaker/timestamp lines (21:02 etc. are chat times, not deadlines). Sent Tue 2025-07-15 22:10. @handles are owners. 明早9点前 -> 07-16 09:00; 周四下班前 -> 07-17 (no clock time given); 周六前 -> 07-19 (restaurants work Saturdays). '压缩机师傅约了明早来' is a statement; the 每2小时记录 line is a rule. 梅姐 = 谭晓梅.",
 what="WeChat chat transcript pasted into iPhone mail: @handles, chat timestamps that are not times, a rule line")

TBL2403 = [["状态", "备注", "整改事项", "门店", "责任人", "期限", "优先级"],
 ["已整改", "现场已处理", "留样柜未上锁", "解放碑店", "牟小川", "9/26", "高"],
 ["待整改", "需采购新砧板", "生熟砧板未分色", "观音桥店", "罗婷", "9/28前", "高"],
 ["待整改", "", "员工健康证2人过期，补办", "南坪店", "余飞", "国庆前", "中"],
 ["待整改", "督导跟进", "虫害防治台账补齐", "三店", "向磊", "10月9日", "中"],
 ["整改中", "厂家排期", "冷库门封条更换", "解放碑店", "牟小川", "待厂家确认", "低"]]
case(n=2403, slug="hotpot-food-safety-odd-columns-exmail", kind="minutes", client="exmail", bot=HPB,
 frm=P("邓春燕"), to=ppl("牟小川", "罗婷", "余飞", "向磊"), cc=ppl("谭晓梅", "冉建军") + [HPB],
 subject="9月食安联合检查通报会纪要及整改跟踪表", date="2025-09-26 18:05:40",
 body="各位：\n今天14:30召开了9月食安联合检查通报会，纪要和整改表如下。\n\n一、总体情况：共检查3家门店，发现问题7项，已现场整改3项（表中只列未闭环和当天整改的）。\n二、整改跟踪表（状态为“已整改”的只作记录）\n\n"
      + "\n".join("\t".join(r) for r in TBL2403) + "\n\n三、9月28日（周日）调休上班，各店正常盘点。\n四、下次通报会：10月10日（周五）同一时间。\n\n邓春燕\n食品安全部",
 html="<p>各位：</p><p>今天14:30召开了9月食安联合检查通报会，纪要和整改表如下。</p><p>一、总体情况：共检查3家门店，发现问题7项，已现场整改3项（表中只列未闭环和当天整改的）。</p><p>二、整改跟踪表（状态为“已整改”的只作记录）</p>" + table_html(TBL2403) + "<p>三、9月28日（周日）调休上班，各店正常盘点。</p><p>四、下次通报会：10月10日（周五）同一时间。</p><p>邓春燕<br>食品安全部</p>",
 items=[I("罗婷", "观音桥店生熟砧板未分色整改", ("lit", "2025-09-28"), "2025-09-28"),
        I("余飞", "南坪店员工健康证2人过期，补办", ("lit", "2025-09-30"), "2025-09-30"),
        I("向磊", "三店虫害防治台账补齐", ("lit", "2025-10-09"), "2025-10-09"),
        I("牟小川", "解放碑店冷库门封条更换", None, None, flags=["vague_due"])],
 fu=FU("2025-10-10", "14:30"),
 notes="Exmail gb18030 tracking table whose columns run 状态|备注|整改事项|门店|责任人|期限|优先级. The 已整改 row is status only. 9/28 is the 2025-09-28 make-up Sunday (a working day). 国庆前 -> 2025-09-30 (last working day before the 10-01..10-08 holiday). 待厂家确认 -> vague_due. '同一时间' refers to the meeting's 14:30 in the first line -> next_followup 2025-10-10 14:30. Task text may be matched with or without the 门店 cell.",
 what="食安 tracking table with unusual column order (状态 first, 优先级 last), 已整改 row, 国庆前, make-up Sunday, '同一时间'")

case(n=2404, slug="hotpot-new-product-person-headings-foxmail", kind="minutes", client="foxmail", bot=HPB,
 frm=P("黎佳"), to=ppl("陈大勇", "邓春燕", "牟小川", "罗婷", "余飞"), cc=ppl("冉建军", "谭晓梅") + [HPB],
 subject="藤椒牛油锅底上市筹备会 分工", date="2026-03-16 11:20:05",
 body="""冉总、各位：
上周五（3/13）新品上市筹备会的分工整理如下，按人列了，各自认领哈。

【陈大勇 研发】
① 锅底配方定版，出标准化投料卡 —— 下周三下班前
② 配合食安部做新锅底的辣度/微生物送检（送检由邓春燕牵头）

【邓春燕 食安】
送检报告拿到后发群，3月27日前

【黎佳（我）】
① 上市海报和小红书种草文案，本周五出初稿
② 跟美团/大众点评确认新品团购上线时间，尽快

【各店长】
门店员工试吃培训，上市前一周内完成，具体时间等海报定了再说

上市日期暂定4月3日（周五），清明前。
下次碰头：3月23日（周一）上午10点，研发中心厨房。

黎佳 | 巴渝老灶 市场部""",
 items=[I("陈大勇", "锅底配方定版，出标准化投料卡", ("nwk", 2), "2026-03-25"),
        I("陈大勇", "配合食安部做新锅底的辣度/微生物送检"),
        I("邓春燕", "送检报告拿到后发群", ("lit", "2026-03-27"), "2026-03-27"),
        I("黎佳", "上市海报和小红书种草文案初稿", ("wk", 4), "2026-03-20"),
        I("黎佳", "跟美团/大众点评确认新品团购上线时间", None, None, flags=["vague_due"]),
        I(None, "门店员工试吃培训", None, None, flags=["vague_due"])],
 fu=FU("2026-03-23", "10:00"),
 notes="Foxmail GBK minutes grouped by person headings 【姓名 部门】 with ①② under a person. Sent Mon 2026-03-16. 下周三下班前 -> 2026-03-25 (no clock time). ② under 陈大勇 is his 配合 task with no date -> no_due (邓春燕's own item is the report). '黎佳（我）' = the sender. 【各店长】 is a group, not a department -> owner null, department null, no_owner; '上市前一周内…具体时间等海报定了再说' -> vague_due (ambiguous: one could compute 03-27 from the 04-03 launch; we keep it vague as the writer defers it). Launch date 4月3日 is a fact, not an item.",
 what="person headings with ①② sub-items, 配合 item without date, 'X（我）', group owner 各店长, 下周三下班前")

case(n=2405, slug="hotpot-one-line-boss-exmail", kind="minutes", client="exmail", bot=HPB,
 frm=P("冉建军"), to=ppl("牟小川", "罗婷"), cc=ppl("谭晓梅") + [HPB],
 subject="周会", date="2026-06-17 07:52:19",
 body="小牟周四前把解放碑店7月排班发我，罗婷月底前交二季度损耗分析。其他照上周。\n\n冉建军",
 items=[I("牟小川", "把解放碑店7月排班发冉总", ("wk", 3), "2026-06-18"),
        I("罗婷", "交二季度损耗分析", ("eom",), "2026-06-30")],
 fu=None,
 notes="One-line minutes from a busy boss (Exmail gb18030), sent Wed 2026-06-17 07:52, cc the bot. 小牟 = 牟小川 (alias, and To). 周四前 -> 06-18 (06-19 is 端午 but the item is due the day before). 月底前 -> 2026-06-30. '其他照上周' is not an item.",
 what="one-line minutes mail from the boss, two items in one sentence, 小X alias")

case(n=2406, slug="hotpot-reply-done-exmail-quote", kind="reply", client="exmail", bot=HPB,
 frm=P("罗婷"), to=[HPB], cc=ppl("冉建军"),
 subject="回复：[纪要] 周会 — 待办已登记（2项）", date="2026-06-29 20:31:02",
 irt="<mb.20260617.0752.a1f3@laozao.example.cn>",
 body="""第2项已完成，二季度损耗分析表放在共享盘“门店运营/2026Q2”里了，冉总有空看一下。

罗婷
观音桥店



------------------&nbsp;原始邮件&nbsp;------------------
发件人: "纪要助手"<jiyao@laozao.example.cn>;
发送时间:&nbsp;2026年6月17日(星期三) 早上7:53
收件人:&nbsp;"牟小川"<muxiaochuan@laozao.example.cn>;"罗婷"<luoting@laozao.example.cn>;
抄送:&nbsp;"谭晓梅"<tanxiaomei@laozao.example.cn>;"冉建军"<ranjianjun@laozao.example.cn>;
主题:&nbsp;[纪要] 周会 — 待办已登记（2项）

已从会议纪要登记以下待办：
1. 牟小川：把解放碑店7月排班发冉总（截止 2026-06-18）
2. 罗婷：交二季度损耗分析（截止 2026-06-30）

回复本邮件即可更新：确认 / 有异议 / 已完成 / 进度80% / 延期至某日""".replace("&nbsp;", " "),
 items=[], fu=None, reply=REP("done", [2]),
 notes="QQ/Exmail reply with the '------------------ 原始邮件 ------------------' quote of the recap; '第2项已完成' -> done [2]. The quoted recap lists all items and the command words; only the new text counts.",
 what="reply: 第2项已完成 over an Exmail 原始邮件 quote")

case(n=2407, slug="hotpot-auto-ooo-national-day", kind="auto", client="exmail", bot=HPB,
 frm=P("邓春燕"), to=[HPB], cc=[],
 subject="自动回复：[纪要] 9月食安联合检查通报会纪要 — 待办已登记", date="2025-09-30 18:20:00",
 irt="<mb.20250926.1806.c0d1@laozao.example.cn>",
 headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")],
 body="""您好，我10月1日至10月8日休假，期间无法及时回复邮件。
食安紧急事项请联系向磊（电话 138 0836 ****），10月9日上班后我会尽快处理。

邓春燕""", html=False,
 items=[], fu=None,
 notes="Exmail vacation auto-reply (Auto-Submitted: auto-replied) to a recap; dates and 尽快 in the body must not matter -> kind auto.",
 what="auto: Exmail out-of-office before National Day")
# ============================== university group ==============================
case(n=2408, slug="uni-group-meeting-mixed-ai-lines-coremail", kind="minutes", client="coremail", bot=UNB,
 frm=P("贺晓楠"), to=ppl("郑怀远", "宋雅琴", "Lukas Bauer", "付子豪", "苗雨欣", "薛凯"), cc=[UNB],
 subject="组会纪要 3.12 / Group meeting notes", date="2026-03-12 21:30:44",
 body="""郑老师、宋老师、Lukas及各位同学：
今天组会纪要如下（Lukas 相关的部分用英文写，方便他看）。

1. 子豪汇报了 Acta Materialia 返修进展：reviewer 2 要求补充 EBSD 统计。
   Action: 付子豪 — 补 EBSD 晶粒取向统计 + 修改 response letter，
   due 3/20（郑老师周末前要看）
2. 雨欣的 XRD 精修结果有问题，郑老师建议换软件重做。
   苗雨欣：用 GSAS-II 重新精修，下周组会前给结果
3. Lukas presented the in-situ TEM plan.
   AI (Lukas): share the heating-holder booking slots with the group by Monday
   AI (晓楠): prepare 3 FIB lamellae for Lukas — no fixed date, depends on the FIB queue
4. 薛凯开题报告：宋老师提了几点修改意见，已当场讨论，不再单列。

Next group meeting: 3/19 (Thu) 19:00, 材料楼 B312.

贺晓楠""",
 items=[I("付子豪", "补 EBSD 晶粒取向统计 + 修改 response letter", ("lit", "2026-03-20"), "2026-03-20"),
        I("苗雨欣", "用 GSAS-II 重新精修", ("lit", "2026-03-19"), "2026-03-19"),
        I("Lukas Bauer", "share the heating-holder booking slots with the group", ("wk", 0), "2026-03-16"),
        I("贺晓楠", "prepare 3 FIB lamellae for Lukas")],
 fu=FU("2026-03-19", "19:00"),
 notes="Coremail GBK, mixed zh/en. Sent Thu 2026-03-12. Item 1's due is on the continuation line ('due 3/20'). '下周组会前' = the stated next meeting 3/19 -> 2026-03-19 (a careful assistant reads it from the Next line; a parser that cannot may give null+vague). 'by Monday' -> 2026-03-16. 'AI (晓楠)… no fixed date, depends on the FIB queue' -> no date at all -> no_due. Lukas is outside the roster: owner from the To display name. Item 4 is explicitly not an item.",
 what="mixed zh/en: 'Action: 名 —', 'AI (name):', due on a continuation line, '下周组会前' tied to the next-meeting line, external visiting scholar")

case(n=2409, slug="uni-tencent-ai-minutes-forwarded-coremail", kind="minutes", client="coremail", bot=UNB,
 frm=P("宋雅琴"), to=ppl("郑怀远", "付子豪", "贺晓楠", "冯丽"), cc=[UNB],
 subject="转发：【腾讯会议】国自然青年基金申报启动会 智能纪要", date="2025-11-20 10:15:27",
 body="""各位，昨天的会腾讯会议自动生成了纪要，我看了一下基本准确，转给大家。待办以最后“待办事项”为准。
宋雅琴



-------- 转发邮件信息 --------
发件人："腾讯会议" <noreply@meeting-notice.example.com>
发送日期：2025-11-19 17:42:10
收件人："宋雅琴" <songyq@mse.qcu.example.edu.cn>
主题：【腾讯会议】国自然青年基金申报启动会 智能纪要

会议主题：国自然青年基金申报启动会
会议时间：2025/11/19 15:00-16:20 (GMT+08:00) 中国标准时间 - 北京
参会人：郑怀远、宋雅琴、付子豪、贺晓楠、冯丽

智能纪要
会议概要
本次会议主要讨论了2026年度国自然青年基金申报的时间节点、本子分工以及预实验数据准备。冯丽介绍了学院内部截止时间，郑怀远确定了研究方向，宋雅琴说明了预算要求。

章节
00:01:12 申报时间节点
冯丽介绍学院内部截止时间为2026年1月16日，学校形式审查在2月底。
00:14:35 研究内容
郑怀远建议聚焦高熵合金的氢脆机理，付子豪需要在1月前补做预实验。
00:41:08 预算
宋雅琴说明设备费原则上不超过总预算的30%。

待办事项
· 付子豪：补做慢应变速率拉伸预实验，12月15日前提供数据
· 贺晓楠：完成立项依据和研究现状初稿，12月5日前
· 宋雅琴：整理预算说明，12月底前
· 冯丽：发学院申报通知和模板

以上内容由AI生成，仅供参考""",
 items=[I("付子豪", "补做慢应变速率拉伸预实验，提供数据", ("lit", "2025-12-15"), "2025-12-15"),
        I("贺晓楠", "完成立项依据和研究现状初稿", ("lit", "2025-12-05"), "2025-12-05"),
        I("宋雅琴", "整理预算说明", ("lit", "2025-12-31"), "2025-12-31"),
        I("冯丽", "发学院申报通知和模板")],
 fu=None,
 notes="Forwarded Tencent Meeting 智能纪要 (sent Thu 2025-11-20). Only the 待办事项 section holds items; the 会议概要 and time-stamped 章节 (with '需要在1月前补做预实验', 2026年1月16日, 2月底) are summaries. 12月底前 -> 2025-12-31. 冯丽 has no date -> no_due. '以上内容由AI生成' footer is noise.",
 what="forwarded 腾讯会议 AI minutes: timestamps + summary are not items, only 待办事项; 内容由AI生成 footer")

case(n=2410, slug="uni-pre-spring-festival-teacher-titles-foxmail", kind="minutes", client="foxmail", bot=UNB,
 frm=P("郑怀远"), to=ppl("宋雅琴", "付子豪", "贺晓楠", "薛凯"), cc=[UNB],
 subject="年前最后一次组会 安排", date="2026-02-13 16:30:51",
 body="""宋老师、各位同学：

今天组会定了以下几件事，年后按这个推进。

宋老师
  - 面上项目预算表和预算说明，节后第一个工作日给我
小付
  - 氢脆论文的 cover letter 改好，3个工作日内发我（明天周六调休上班，算工作日）
晓楠
  - 春节期间实验室值班表排好发群里，今天下班前
小薛
  - 开题PPT按宋老师意见改，年后第一次组会讲

寒假期间实验室2月14日-2月24日只开放B312，进出登记。
下次组会：年后再定。

郑怀远""",
 items=[I("宋雅琴", "面上项目预算表和预算说明", ("fwa", "2026-02-23"), "2026-02-24"),
        I("付子豪", "氢脆论文的 cover letter 改好发郑老师", ("wd", 3), "2026-02-25"),
        I("贺晓楠", "春节期间实验室值班表排好发群里", ("add", 0), "2026-02-13"),
        I("薛凯", "开题PPT按宋老师意见修改", None, None, flags=["vague_due"])],
 fu=None,
 notes="Foxmail GBK from the supervisor, sent Fri 2026-02-13 before Spring Festival (holiday 02-15..02-23; make-up Sat 02-14 and Sat 02-28). Owners only as titles/nicknames: 宋老师 -> 宋雅琴 (alias), 小付 -> 付子豪 (not an alias: only the surname of a To entry), 晓楠, 小薛. 节后第一个工作日 -> 2026-02-24. 3个工作日内 = 02-14 (make-up Sat), 02-24, 02-25 -> 2026-02-25. 今天下班前 -> 02-13. '年后第一次组会讲' with the next meeting 待定 -> vague_due. '下次组会：年后再定' -> null.",
 what="title-only owners (X老师/小X known from To), 3个工作日内 across Spring Festival with the make-up Saturday, 节后第一个工作日, follow-up 待定")

case(n=2411, slug="uni-visiting-scholar-markdown-cet-apple", kind="minutes", client="apple", bot=UNB,
 frm=P("Lukas Bauer"), to=ppl("郑怀远", "宋雅琴", "贺晓楠", "付子豪"), cc=[UNB],
 subject="Notes: TEM collaboration call (Jan 20)", date="2027-01-20 14:05:31+01:00",
 body="""Hi all,

notes from today's call, as promised. Feel free to correct.

## Attendees
Prof. Zheng, Dr. Song, Xiaonan, Zihao, Lukas

## Discussed
- In-situ heating results look consistent with the DSC data.
- Beamtime proposal at PETRA III: facility deadline is March 1 (not our action, just FYI).

## Action items
- [ ] @Xiaonan send the 5 FIB lamellae (batch 2) to Aachen by Friday
- [ ] @Zihao draft the methods section for the joint paper -- EOD Monday (CET is fine)
- [ ] @Lukas book the Titan for week 6
- [x] @Lukas share the raw .dm4 files (done, on the shared drive)
- [ ] Prof. Zheng to decide on the author order

Next call: Wednesday Feb 3, 9:00 CET / 16:00 Beijing.

Best,
Lukas""",
 items=[I("贺晓楠", "send the 5 FIB lamellae (batch 2) to Aachen", ("wk", 4), "2027-01-22"),
        I("付子豪", "draft the methods section for the joint paper", ("nwk", 0), "2027-01-25"),
        I("Lukas Bauer", "book the Titan for week 6"),
        I("郑怀远", "decide on the author order")],
 fu=FU("2027-02-03", "16:00"),
 notes="Apple Mail UTF-8 QP from the visiting scholar in Germany, Date 14:05 +0100 = 2027-01-20 21:05 Wed in Shanghai. Markdown checkboxes with @handles (Xiaonan/Zihao are roster aliases). by Friday -> 2027-01-22; EOD Monday -> 2027-01-25 (date only). 'for week 6' is not a deadline -> no_due. The [x] line is done. 'Prof. Zheng to decide…' has no date -> no_due. March 1 is an FYI. Next call 9:00 CET = 16:00 Beijing -> 2027-02-03 16:00. No Chinese holiday is involved (2027 calendar not needed).",
 what="English Markdown '- [ ] @handle' action items, [x] done line, 'Name to do X', CET sender, next call given in two time zones")

case(n=2412, slug="uni-new-minutes-in-old-thread-makeup-sunday", kind="minutes", client="coremail", bot=UNB,
 frm=P("付子豪"), to=ppl("郑怀远", "宋雅琴", "贺晓楠", "薛凯", "苗雨欣"), cc=[UNB],
 subject="Re:组会纪要（9月14日）", date="2026-09-20 21:48:03",
 irt="<5e1c22a0.3b1f.19a3f0c2d11.Coremail.hexn@mse.qcu.example.edu.cn>",
 body="""大家好，本周组会（9月20日，周日调休）纪要直接回在这个邮件里了：

1. 薛凯：中期考核材料交学院科研办，9月24日前（冯老师那边周四收齐）
2. 苗雨欣：拉伸试样二次加工，下周一前送到机加工车间
3. 付子豪：返修稿二审意见逐条回复，2个工作日内发郑老师
4. 宋老师提醒：实验室安全月检查，所有气瓶必须挂状态牌（全组执行）。

下次组会：国庆后，10月13日（周二）上午9:30，B312。

付子豪

在 2026-09-14 22:05:17，"贺晓楠" <hexn@mse.qcu.example.edu.cn> 写道：
>组会纪要（9月14日）
>1. 付子豪：返修稿一审回复，9月16日前
>2. 苗雨欣：拉伸试样第一批送检，本周五前
>3. 薛凯：中期考核PPT初稿，9月18日前
>下次组会：9月20日（周日，调休上班）19:00""",
 items=[I("薛凯", "中期考核材料交学院科研办", ("lit", "2026-09-24"), "2026-09-24"),
        I("苗雨欣", "拉伸试样二次加工，送到机加工车间", ("nwk", 0), "2026-09-21"),
        I("付子豪", "返修稿二审意见逐条回复发郑老师", ("wd", 2), "2026-09-22")],
 fu=FU("2026-10-13", "09:30"),
 notes="New minutes posted as 'Re:' in last week's thread (Coremail '在 … 写道：' + '>' quote). The quoted 9-14 minutes are old items, not new ones. Sent on the 2026-09-20 make-up Sunday: 下周一 = 2026-09-21 (week starts Monday, so the following calendar week); 2个工作日内 = 09-21, 09-22. Item 4 is a rule. Next meeting 10月13日（周二）上午9:30 (Oct 13 2026 is a Tuesday).",
 what="new minutes as RE: over quoted old minutes; sent on a make-up Sunday (下周一, 2个工作日内)")

case(n=2413, slug="uni-reply-extend-coremail", kind="reply", client="coremail", bot=UNB,
 frm=P("付子豪"), to=[UNB], cc=ppl("郑怀远"),
 subject="Re:[组会助手] 组会纪要（9月14日）— 已登记3项待办", date="2026-09-21 23:12:40",
 irt="<recap.20260920.2148@mse.qcu.example.edu.cn>",
 body="""第3项申请延期到9月30日（节前），二审 reviewer 3 要求补两组疲劳数据，两个工作日来不及。郑老师已口头同意。

付子豪

在 2026-09-20 21:49:30，"组会助手" <zuhui@mse.qcu.example.edu.cn> 写道：
>已从会议纪要登记以下待办：
>1. 薛凯：中期考核材料交学院科研办（截止 2026-09-24）
>2. 苗雨欣：拉伸试样二次加工，送到机加工车间（截止 2026-09-21）
>3. 付子豪：返修稿二审意见逐条回复发郑老师（截止 2026-09-22）
>回复本邮件：确认 / 有异议 / 已完成 / 进度80% / 延期至某日""",
 items=[], fu=None, reply=REP("extend", [3], None, "2026-09-30"),
 notes="Coremail reply: '第3项申请延期到9月30日' -> extend [3] new date 2026-09-30; '两个工作日' in the reason is not the new date.",
 what="reply: extend with an explicit date and a reason mentioning working days")

case(n=2414, slug="uni-other-leave-request-cc-bot", kind="other", client="coremail", bot=UNB,
 frm=P("薛凯"), to=ppl("郑怀远"), cc=ppl("宋雅琴") + [UNB],
 subject="请假申请（12月12日）", date="2025-12-10 12:03:55",
 body="""郑老师您好：

我周五（12月12日）需要回老家补办身份证，想请假一天，周一回来。
第三章的实验数据我周四晚上前整理好放共享盘，不影响下周组会汇报。

谢谢老师！
薛凯""",
 items=[], fu=None,
 notes="Person-to-person leave request with the group bot in Cc (the student used the group list). It has dates and a promise but no minutes -> other, no items.",
 what="other: leave request with dates, bot in Cc")
# ============================== cross-border seller ==============================
case(n=2415, slug="ec-agency-action-item-pt-gmail", kind="minutes", client="gmail", bot=ECB,
 frm=P("Jessica Moore"), to=ppl("何家俊", "周薇"), cc=ppl("Tyler Brooks") + [ECB],
 subject="Prime Day prep - recap & next steps", date="2025-06-25 17:40:12-07:00",
 body="""Hi Kevin, Vivian,

Thanks for the time today. Quick recap below.

Where we landed
- Prime Day is July 8-11 this year. The Lightning Deal for the 12" cast iron skillet is confirmed.
- Daily budget cap goes up to $1,800 across SP/SB from July 1.

ACTION ITEM (Kevin): upload the new A+ comparison chart to the skillet listing by Friday.
ACTION ITEM (Kevin): confirm the FBA inbound for YF-CI12-BLK (2,400 units) has been received at LGB8 - EOD Monday your time.
ACTION ITEM (Tyler): send the revised keyword harvest sheet by 7/3.
ACTION ITEM (Jessica): set up the Sponsored Brands video campaign - ASAP, before deal week.
ACTION ITEM (Vivian): sign off on the coupon stack (5% + Prime exclusive).

Next call: Tuesday 7/1 at 6pm PT (Wednesday 9am Beijing).

Best,
Jessica

--
Jessica Moore | Account Director
Brightline Media | Seattle, WA""",
 items=[I("何家俊", "upload the new A+ comparison chart to the skillet listing", ("wk", 4), "2025-06-27"),
        I("何家俊", "confirm the FBA inbound for YF-CI12-BLK (2,400 units) has been received at LGB8", ("nwk", 0), "2025-06-30"),
        I("Tyler Brooks", "send the revised keyword harvest sheet", ("lit", "2025-07-03"), "2025-07-03"),
        I("Jessica Moore", "set up the Sponsored Brands video campaign", None, None, flags=["vague_due"]),
        I("周薇", "sign off on the coupon stack (5% + Prime exclusive)")],
 fu=FU("2025-07-02", "09:00"),
 notes="Gmail from the US agency, Date Wed 17:40 -0700 = Thu 2025-06-26 08:40 in Shanghai. Kevin/Vivian are roster aliases of 何家俊/周薇; Tyler and Jessica are external (Cc / From). by Friday -> 2025-06-27; EOD Monday -> 2025-06-30; by 7/3 -> 2025-07-03; ASAP -> vague_due; the sign-off has no date -> no_due. 'Where we landed' lines are decisions. Next call Tue 7/1 6pm PT (PDT, UTC-7) = 2025-07-02 09:00 Shanghai, as the writer also says.",
 what="English 'ACTION ITEM (Name):' from a US agency, -0700 Date, next call in PT converted to Beijing")

case(n=2416, slug="ec-feishu-doc-markdown-dragon-boat", kind="minutes", client="feishu", bot=ECB,
 frm=P("林可可"), to=ppl("周薇", "何家俊", "叶振", "汪敏"), cc=ppl("吴海涛") + [ECB],
 subject="【飞书文档】618复盘会 会议纪要", date="2026-06-18 18:30:09",
 body="""# 618复盘会 会议纪要
📅 2026年6月18日 15:00-16:30 ｜ 📍 3楼大会议室 + 飞书会议
👥 参会人：@周薇 @何家俊 @林可可 @叶振 @汪敏

## 一、数据回顾
| 站点 | GMV(USD) | 同比 | 备注 |
| --- | --- | --- | --- |
| US | 182,400 | +21% | 铸铁锅贡献62% |
| DE | 41,900 | -4% | 广告ACOS偏高，6月30日前完成复盘 |

## 二、结论
- 德国站7月起暂停自动广告
- 铸铁锅继续作为Prime Day主推

## 三、待办
- [ ] @叶振 铸铁锅第二批FBA补货（3,000件）订舱，节后第一个工作日确认船期
- [ ] @汪敏 德国站主图重拍方案，6月26日前
- [ ] @何家俊 DE站关键词否定清单整理 | 截止：下周三
- [x] @林可可 618数据看板更新（已完成）
- [ ] @吴海涛 6月广告费对账 — 月底

> 本文档由飞书文档导出，部分格式可能丢失""",
 items=[I("叶振", "铸铁锅第二批FBA补货（3,000件）订舱，确认船期", ("fwa", "2026-06-19"), "2026-06-22"),
        I("汪敏", "德国站主图重拍方案", ("lit", "2026-06-26"), "2026-06-26"),
        I("何家俊", "DE站关键词否定清单整理", ("nwk", 2), "2026-06-24"),
        I("吴海涛", "6月广告费对账", ("eom",), "2026-06-30")],
 fu=None,
 notes="Feishu-doc export pasted as Markdown (headings, pipe table, '- [ ]' with @names). Sent Thu 2026-06-18, the eve of 端午 (06-19..06-21). Only the 待办 section holds items; the pipe table's 备注 '6月30日前完成复盘' is data-review text with no owner (not an item); [x] line is done. 节后第一个工作日 -> 2026-06-22; 下周三 -> 06-24; 月底 -> 06-30. 吴海涛 is in Cc, not among attendees.",
 what="Feishu doc Markdown export: pipe table with a date in a cell, '- [ ] @name', [x] done, 端午 节后第一个工作日")

case(n=2417, slug="ec-excel-tsv-paste-thunderbird", kind="minutes", client="thunder", bot=ECB,
 frm=P("叶振"), to=ppl("周薇", "何家俊", "林可可"), cc=[ECB],
 subject="FBA补货会 11/2 结论（表格贴在下面）", date="2026-11-02 09:40:26",
 body="""周总、Kevin、Coco：
早上补货会的表从Excel贴过来了，格式可能有点乱，以表里为准。

SKU\t品名\t补货数量\t负责人\t截止\t状态\t备注
YF-CI12-BLK\t12寸铸铁锅 黑\t2400\t叶振\t11/6\t进行中\t黑五前必须入仓
YF-CI10-RED\t10寸铸铁锅 红\t1200\t叶振\t11/6\t进行中\t
YF-DO55-BLU\t5.5QT珐琅锅\t800\t何家俊\t下周二\t待确认\t先看广告数据再定数量
YF-LID-12\t锅盖\t3000\t叶振\t—\t已完成\t10/30已发
YF-MIT-2P\t隔热手套\t2000\t林可可\t尽快\t待确认\t供应商换了

另：仓储费11月起上涨，库存周转超过90天的SKU要全部列出来，Coco负责，本周五。

叶振
供应链部 | 宁波甬帆""",
 items=[I("叶振", "YF-CI12-BLK 12寸铸铁锅 黑 补货2400", ("lit", "2026-11-06"), "2026-11-06"),
        I("叶振", "YF-CI10-RED 10寸铸铁锅 红 补货1200", ("lit", "2026-11-06"), "2026-11-06"),
        I("何家俊", "YF-DO55-BLU 5.5QT珐琅锅 补货800", ("nwk", 1), "2026-11-10"),
        I("林可可", "YF-MIT-2P 隔热手套 补货2000", None, None, flags=["vague_due"]),
        I("林可可", "列出库存周转超过90天的SKU", ("wk", 4), "2026-11-06")],
 fu=None,
 notes="Thunderbird 8bit UTF-8 plain text with an Excel range pasted as tab-separated text (format=flowed). Sent Mon 2026-11-02. Each non-done row is an item (task = SKU + 品名 + quantity; a scorer should accept the row's content). The 已完成 row is status. 下周二 -> 2026-11-10; 尽快 -> vague_due. The prose item after the table: Coco = 林可可, 本周五 -> 2026-11-06. '仓储费11月起上涨' is a fact.",
 what="Excel range pasted as TSV (SKU rows as items, 已完成 row), plus a prose item after the table")

case(n=2418, slug="ec-emoji-bullets-feishu", kind="minutes", client="feishu", bot=ECB,
 frm=P("林可可"), to=ppl("何家俊", "汪敏", "叶振"), cc=ppl("周薇") + [ECB],
 subject="周会小结 ✨ 3/3", date="2027-03-03 17:10:44",
 body="""Hi all～本周运营周会小结👇

✅ 已完成
🔹 春季新品 listing 已上架（US/CA）
🔹 差评 #4471 已联系买家，改成4星了

📌 待跟进
🔹 Kevin：A+ 页面换春季主题图，周五前
🔹 Amy：新品主图视频 30s 版，3/10 交
🔹 叶工：4月海运柜的报价再比一家货代，下周一给结论
🔹 我：整理3月站外deal资源表，月中前

💡 周总说以后周会小结都抄送 ops-minutes 这个邮箱，系统会自动提醒～

下周三同一时间见（下午3点）👋

Coco""",
 items=[I("何家俊", "A+ 页面换春季主题图", ("wk", 4), "2027-03-05"),
        I("汪敏", "新品主图视频 30s 版", ("lit", "2027-03-10"), "2027-03-10"),
        I("叶振", "4月海运柜的报价再比一家货代，给结论", ("nwk", 0), "2027-03-08"),
        I("林可可", "整理3月站外deal资源表", None, None, flags=["vague_due"])],
 fu=FU("2027-03-10", "15:00"),
 notes="Emoji-bulleted summary (Feishu mail, UTF-8 base64). Sent Wed 2027-03-03. ✅ 已完成 section is status. Owners by English name / title: Kevin, Amy, 叶工, 我 (= sender 林可可). 周五前 -> 03-05; 3/10 -> 2027-03-10; 下周一 -> 03-08; 月中前 -> vague_due (like 11月中旬). '下周三同一时间见（下午3点）' -> 2027-03-10 15:00. The 💡 line is a rule.",
 what="emoji bullets with ✅ done section, owners Kevin/Amy/叶工/我, '下周三同一时间（下午3点）' as a sentence")

case(n=2419, slug="ec-forward-with-preface-item-outlook", kind="minutes", client="outlook", bot=ECB,
 frm=P("周薇"), to=ppl("何家俊", "汪敏", "叶振", "吴海涛"), cc=ppl("林可可") + [ECB],
 subject="转发: 双11备战会议纪要", date="2025-10-28 09:15:37",
 body="""各位：
下面是昨天备战会的纪要，请按表执行。补充一条：Kevin 下周一前把黑五的广告预算方案一起报给我。

周薇

-----邮件原件-----
发件人: 林可可 <linkeke@yongfan.example.cn>
发送时间: 2025年10月27日 18:02
收件人: 周薇 <zhouwei@yongfan.example.cn>; 何家俊 <hejiajun@yongfan.example.cn>; 汪敏 <wangmin@yongfan.example.cn>; 叶振 <yezhen@yongfan.example.cn>
主题: 双11备战会议纪要

双11备战会议纪要
时间：10月27日 14:00  地点：2楼会议室
一、分工
1. 何家俊 —— 站内秒杀报名及价格核对（10月31日前）
2. 汪敏 —— 主图、A+ 的双11氛围图，11月3日（周一）前上线
3. 叶振 —— 确认海外仓库存是否够覆盖双11，不足的走空运，11/1前
4. 吴海涛 —— 10月推广费用报销汇总，11月第一周内
二、下次会议：11月4日 14:00 复盘准备情况""",
 items=[I("何家俊", "把黑五的广告预算方案报给周总", ("nwk", 0), "2025-11-03"),
        I("何家俊", "站内秒杀报名及价格核对", ("lit", "2025-10-31"), "2025-10-31"),
        I("汪敏", "主图、A+ 的双11氛围图上线", ("lit", "2025-11-03"), "2025-11-03"),
        I("叶振", "确认海外仓库存是否够覆盖双11，不足的走空运", ("lit", "2025-11-01"), "2025-11-01"),
        I("吴海涛", "10月推广费用报销汇总", None, None, flags=["vague_due"])],
 fu=FU("2025-11-04", "14:00"),
 notes="Outlook '转发:' of minutes with the forwarder's own preface that adds one item (Kevin = 何家俊, 下周一 from Tue 2025-10-28 -> 11-03). The forwarded minutes (below the -----邮件原件----- header block) are the minutes, not an old quote. 11/1前 -> 2025-11-01 (a Saturday, kept as written). '11月第一周内' -> vague_due (like 11月中旬; a reader might also pick 11-07). Next meeting 11月4日 14:00.",
 what="forwarded minutes with a preface that adds an item; Outlook -----邮件原件----- block; vague '11月第一周内'")

case(n=2420, slug="ec-reply-done-english-gmail", kind="reply", client="gmail", bot=ECB,
 frm=P("Jessica Moore"), to=[ECB], cc=ppl("何家俊"),
 subject="Re: [Minutes] Prime Day prep - recap & next steps - 5 items", date="2025-06-27 09:02:51-07:00",
 irt="<recap.20250626.0841@yongfan.example.cn>",
 body="""Item 4 is done - the SB video campaign went live this morning (campaign "PD25-SBV-Skillet").

Jessica

On Thu, Jun 26, 2025 at 8:41 AM Minutes Bot <ops-minutes@yongfan.example.cn> wrote:
> Action items recorded from the minutes:
> 1. Kevin He: upload the new A+ comparison chart (due 2025-06-27)
> 2. Kevin He: confirm the FBA inbound for YF-CI12-BLK (due 2025-06-30)
> 3. Tyler Brooks: send the revised keyword harvest sheet (due 2025-07-03)
> 4. Jessica Moore: set up the Sponsored Brands video campaign (ASAP)
> 5. Vivian Zhou: sign off on the coupon stack
> Reply with: confirm / object / done / 80% / extend to <date>""",
 items=[], fu=None, reply=REP("done", [4]),
 notes="Gmail English reply from the agency (-0700 Date): 'Item 4 is done' -> done [4]; the quote lists all items with dates.",
 what="reply: English 'Item 4 is done' over a Gmail 'On … wrote:' quote")

case(n=2421, slug="ec-auto-forwarder-newsletter-bulk", kind="auto", client="feishu", bot=ECB,
 frm=("海鹰国际货代", "news@seahawk-freight.example.com"), to=[ECB], cc=[],
 subject="【海运周报】11月第1周：美西运价上涨12%，黑五截港时间提醒", date="2026-11-05 10:00:00",
 headers=[("Precedence", "bulk"), ("List-Id", "<weekly.seahawk-freight.example.com>"),
          ("List-Unsubscribe", "<https://seahawk-freight.example.com/u/8f2a>, <mailto:unsub@seahawk-freight.example.com>"),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
 body="""尊敬的客户：

本周要点
1. 美西航线运价上涨12%，建议11月10日前锁舱。
2. 黑五前最后一班截港：宁波港11月12日17:00，负责人请提前安排拖车。
3. 12月起部分船司征收旺季附加费，详见附件。

如需报价请联系您的专属客服。
退订请点击：https://seahawk-freight.example.com/u/8f2a""",
 items=[], fu=None,
 notes="Bulk newsletter from a freight forwarder (Precedence: bulk, List-Id, one-click List-Unsubscribe) with numbered lines, dates, 负责人 and 前 -> kind auto, no items.",
 what="auto: bulk newsletter with numbered dated lines")
# ============================== port logistics SOE ==============================
case(n=2422, slug="port-dispatch-gongwen-yishi-ershi-outlook", kind="minutes", client="outlook", bot=PTB,
 frm=P("任静"), to=ppl("杜海峰", "窦建伟", "韩立新", "柏涛"), cc=ppl("孟庆山") + [PTB],
 subject="津港通达调〔2025〕31号 关于国庆中秋假期生产保障调度会议纪要", date="2025-09-28 15:22:10",
 body="""津港通达物流集团有限公司
调度会议纪要
津港通达调〔2025〕31号

2025年9月28日上午，集团在调度指挥中心三楼会议室召开国庆中秋假期生产保障调度会，孟庆山同志主持，各分公司、各部室主要负责同志参加。现将会议议定事项纪要如下：

一、关于假期生产组织。会议要求，一是集装箱分公司要在节前完成场地堆存能力核算，做好“双节”期间重箱疏港预案，责任单位：集装箱分公司，完成时限：9月30日前；二是散货分公司要对煤炭、矿石堆场防尘网进行全面检查加固，责任单位：散货分公司（窦建伟），完成时限：3个工作日内。

二、关于安全生产。会议强调，假期期间严格执行领导带班和24小时值班制度，各单位不得擅自减少值班人员。安全环保部要牵头组织节前安全大检查，完成时限：9月30日前，检查情况于节后第一个工作日报调度指挥中心。

三、关于信息保障。信息中心负责TOS系统节日期间运维保障，并于10月9日前提交假期系统运行报告。责任人：柏涛。

下次调度会：节后第一个工作日上午9:00。

（联系人：任静，电话：022-2576 6601）
抄送：集团领导班子成员。""",
 items=[I(("dept", "集装箱分公司"), "完成场地堆存能力核算，做好“双节”期间重箱疏港预案", ("lit", "2025-09-30"), "2025-09-30"),
        I("窦建伟", "对煤炭、矿石堆场防尘网进行全面检查加固", ("wd", 3), "2025-10-09"),
        I(("dept", "安全环保部"), "牵头组织节前安全大检查", ("lit", "2025-09-30"), "2025-09-30"),
        I(("dept", "安全环保部"), "检查情况报调度指挥中心", ("fwa", "2025-10-08"), "2025-10-09"),
        I("柏涛", "提交假期系统运行报告", ("lit", "2025-10-09"), "2025-10-09")],
 fu=FU("2025-10-09", "09:00"),
 notes="SOE 公文-style 调度会纪要 with 文号, 一是…二是…, 责任单位/完成时限 inline. Sent on the 2025-09-28 make-up Sunday; 国庆+中秋 holiday 10-01..10-08. 3个工作日内 = 09-29, 09-30, 10-09 -> 2025-10-09. Department-only owners -> no_owner with the department. 安全环保部 has two deliverables (the check by 09-30 and its report on 节后第一个工作日 = 10-09); recording them as one item with due 09-30 is a defensible alternative. 柏涛's 运维保障 is a duty; the deliverable is the report. 领导带班/值班 is a rule. 节后第一个工作日上午9:00 -> 2025-10-09 09:00.",
 what="公文 调度会纪要: 文号, 一是二是, 责任单位/完成时限 in prose, dept-only owners, make-up Sunday, 3个工作日内 across 国庆")

TBL2423 = [["序号", "督办事项", "责任单位/责任人", "完成时限", "督办级别"],
 ["1", "修订《港区危险货物作业安全管理办法》并提交党委会审议", "牵头：安全环保部（韩立新）；配合：集装箱分公司、散货分公司", "5个工作日内", "A"],
 ["2", "一季度经营数据分析报告", "牵头：财务部 庞雪\n配合：调度指挥中心", "5月15日", "B"],
 ["3", "开展“五一”节日期间廉洁提醒", "党委办公室", "4月30日", "B"],
 ["4", "①职工代表大会筹备方案；②职代会提案征集通知", "办公室（任静）", "①5月8日前 ②5月12日前", "B"]]
case(n=2423, slug="port-party-committee-duban-qiantou-coremail", kind="minutes", client="coremail", bot=PTB,
 frm=P("邵国栋"), to=ppl("韩立新", "庞雪", "任静", "杜海峰", "窦建伟"), cc=ppl("孟庆山") + [PTB],
 subject="党委会（2026年第9次）议定事项督办清单", date="2026-04-29 17:45:02",
 body="各部门、各单位：\n根据2026年4月29日党委会（第9次）议定事项，现将需督办落实事项通知如下，请各责任单位按时限办结，并于办结后回复办结情况。\n\n（一）关于一季度安全生产形势分析。会议听取了安全环保部汇报，原则同意下一步工作安排（已审议，不列督办）。\n（二）督办事项\n\n"
      + "\n".join(" | ".join(x.replace("\n", " ") for x in r) for r in TBL2423) + "\n\n（三）其他：下次党委会时间另行通知。\n\n邵国栋\n党委办公室",
 html="<p>各部门、各单位：</p><p>根据2026年4月29日党委会（第9次）议定事项，现将需督办落实事项通知如下，请各责任单位按时限办结，并于办结后回复办结情况。</p><p>（一）关于一季度安全生产形势分析。会议听取了安全环保部汇报，原则同意下一步工作安排（已审议，不列督办）。</p><p>（二）督办事项</p>" + table_html(TBL2423) + "<p>（三）其他：下次党委会时间另行通知。</p><p>邵国栋<br>党委办公室</p>",
 items=[I("韩立新", "修订《港区危险货物作业安全管理办法》并提交党委会审议", ("wd", 5), "2026-05-09"),
        I("庞雪", "一季度经营数据分析报告", ("lit", "2026-05-15"), "2026-05-15"),
        I(("dept", "党委办公室"), "开展“五一”节日期间廉洁提醒", ("lit", "2026-04-30"), "2026-04-30"),
        I("任静", "职工代表大会筹备方案", ("lit", "2026-05-08"), "2026-05-08"),
        I("任静", "职代会提案征集通知", ("lit", "2026-05-12"), "2026-05-12")],
 fu=None,
 notes="Coremail GBK 督办清单 (HTML table; plain part with pipes). Sent Wed 2026-04-29; 五一 holiday 05-01..05-05, make-up Sat 05-09. 5个工作日内 = 04-30, 05-06, 05-07, 05-08, 05-09 -> 2026-05-09 (make-up Saturday). 牵头/配合 in one cell: the owner is the 牵头 person (韩立新, 庞雪); 配合 units are not owners. Row 4 holds ①② sub-tasks with matching ①② deadlines -> two items for 任静. 党委办公室 alone -> no_owner. （一） is a decision. '另行通知' -> null.",
 what="党委会督办 table: 牵头/配合 in one cell, ①② sub-tasks with ①② deadlines in one row, 5个工作日内 ending on a make-up Saturday")

case(n=2424, slug="port-winter-safety-wrapped-nested-outlook", kind="minutes", client="outlook", bot=PTB,
 frm=P("任静"), to=ppl("杜海峰", "曹永利", "窦建伟", "柏涛"), cc=ppl("孟庆山", "韩立新") + [PTB],
 subject="关于冬季生产安全专项整治工作的督办通知", date="2026-01-05 10:12:48",
 body="""各单位：
为落实1月5日集团冬季安全生产专项整治推进会部署，经孟主任审定，现将重点工作分解如下：

（一）集装箱分公司：
    1. 岸桥、场桥防风锚定装置全面排查，
       建立问题台账（责任人：杜海峰，完成时限：1月9日（本周五）前）；
    2. 冷藏箱区电源插座防冻改造
       （责任人：曹永利；完成时限：1月底前（含验收））。
（二）散货分公司：
    1. 煤堆场自燃监测点位加密方案（责任人：窦建伟，
       完成时限：2026年1月16日前）。
（三）信息中心：
    1. 视频监控系统补盲，新增摄像头接入TOS平台（责任人：柏涛；
       完成时限：2026年底前（分两期，一期3月底））。

以上事项纳入集团月度督办，各单位请于每周五下班前报送进展。

办公室
2026年1月5日""",
 items=[I("杜海峰", "岸桥、场桥防风锚定装置全面排查，建立问题台账", ("wk", 4), "2026-01-09"),
        I("曹永利", "冷藏箱区电源插座防冻改造", ("eom",), "2026-01-31"),
        I("窦建伟", "煤堆场自燃监测点位加密方案", ("lit", "2026-01-16"), "2026-01-16"),
        I("柏涛", "视频监控系统补盲，新增摄像头接入TOS平台", ("lit", "2026-12-31"), "2026-12-31")],
 fu=None,
 notes="Outlook gb2312 督办通知 with （一）（二）（三） units and 1. sub-numbering; items wrap over lines and the owner/deadline brackets sit on continuation lines, with nested brackets: '1月9日（本周五）前' -> 2026-01-09; '1月底前（含验收）' -> 2026-01-31; '2026年底前（分两期，一期3月底）' -> 2026-12-31 (the final deadline; the phase-1 date is a note — ambiguous, a reader could argue for 03-31). '每周五下班前报送进展' is a standing reporting rule, not an item.",
 what="wrapped items with owner/deadline on continuation lines, nested brackets, 年底, （一）1. numbering, standing weekly-report rule")

case(n=2425, slug="port-docx-attachment-minutes-outlook", kind="minutes", client="outlook", bot=PTB,
 frm=P("窦建伟"), to=ppl("孟庆山"), cc=ppl("邹明", "韩立新") + [PTB],
 subject="散货分公司2026年安全生产专题会议纪要", date="2025-12-10 09:31:20",
 body="孟主任：\n散货分公司安全生产专题会纪要见附件，请审阅。\n\n窦建伟\n散货分公司",
 attach=[("散货分公司安全生产专题会议纪要.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
   docx_bytes(["散货分公司2026年安全生产专题会议纪要", "时间：2025年12月9日 14:30  地点：散货分公司二楼会议室",
               "主持：窦建伟  参加：邹明及各队队长  记录：邹明",
               "一、会议通报了11月皮带机廊道粉尘超标问题，已于11月28日整改完毕。",
               "二、会议议定事项：",
               "1. 皮带机廊道喷淋系统改造，责任人：窦建伟，完成时限：2026年底。",
               "2. 冬季新招装卸工岗前安全培训，责任人：邹明，完成时限：12月31日前。",
               "3. 与安全环保部对接年度安全考核材料，责任人：邹明，完成时限：12月19日（周五）17:00前。",
               "三、下次专题会：2026年3月。"]))],
 items=[I("窦建伟", "皮带机廊道喷淋系统改造", ("lit", "2026-12-31"), "2026-12-31"),
        I("邹明", "冬季新招装卸工岗前安全培训", ("lit", "2025-12-31"), "2025-12-31"),
        I("邹明", "与安全环保部对接年度安全考核材料", ("lit", "2025-12-19"), "2025-12-19", "17:00")],
 fu=None,
 notes="Minutes only in a .docx attachment (raw WordprocessingML zip); the body just says 见附件. Sent Wed 2025-12-10. 2026年底 -> 2026-12-31; 12月19日（周五）17:00前 (2025-12-19 is a Friday). The 11-28 整改完毕 line is a report. '下次专题会：2026年3月' has no day -> next_followup null.",
 what="minutes in a .docx attachment with 'see attachment' body; 2026年底; next meeting month only")

case(n=2426, slug="port-typhoon-same-task-twice-outlook-utf8", kind="minutes", client="outlook8", bot=PTB,
 frm=P("韩立新"), to=ppl("杜海峰", "窦建伟", "孟庆山"), cc=ppl("曹永利", "邹明") + [PTB],
 subject="防汛防台专题调度会纪要", date="2025-07-08 11:05:33",
 body="""各单位：
7月8日上午9:00，安全环保部组织召开防汛防台专题调度会，纪要如下：

1、气象部门预报第4号台风可能于7月中旬影响渤海湾，各单位即日起进入防台准备状态。
2、工作安排：
 (1) 开展防台风应急演练 —— 集装箱分公司 杜海峰 —— 7月11日前
 (2) 开展防台风应急演练 —— 散货分公司 窦建伟 —— 7月11日前
 (3) 排水泵站、防汛物资清点，缺口报安全环保部 —— 各分公司 —— 明天下班前
 (4) 台风期间船舶离泊、锚泊方案 —— 调度指挥中心（孟庆山牵头）—— 7月10日17:00前
3、会议决定：台风预警发布后，所有露天作业一律停止。

下周二同一时间再碰一次。

安全环保部 韩立新""",
 items=[I("杜海峰", "开展防台风应急演练", ("lit", "2025-07-11"), "2025-07-11"),
        I("窦建伟", "开展防台风应急演练", ("lit", "2025-07-11"), "2025-07-11"),
        I(None, "排水泵站、防汛物资清点，缺口报安全环保部", ("add", 1), "2025-07-09"),
        I("孟庆山", "台风期间船舶离泊、锚泊方案", ("lit", "2025-07-10"), "2025-07-10", "17:00")],
 fu=FU("2025-07-15", "09:00"),
 notes="Outlook UTF-8 QP. Sent Tue 2025-07-08. Items (1) and (2) have the same task text and date for two owners: both must be stored. '各分公司' is a group, not one department -> owner null, department null, no_owner; 明天下班前 -> 07-09. (4) owner 孟庆山 (牵头), 17:00 time. 3、 is a decision. '下周二同一时间' -> next Tuesday 07-15 at the meeting's 9:00 from the first line.",
 what="two items with identical task text for two owners; '下周二同一时间' as a sentence; group owner 各分公司")

case(n=2427, slug="port-tos-weekly-followup-split-lines-foxmail", kind="minutes", client="foxmail", bot=PTB,
 frm=P("柏涛"), to=ppl("孟庆山", "杜海峰", "曹永利", "庞雪"), cc=[PTB],
 subject="TOS系统升级项目周例会纪要（第7次）", date="2026-05-20 17:26:14",
 body="""孟主任、杜总、各位：

第7次周例会纪要如下。

【上周待办回顾】
- 堆场图形化模块UAT：已完成
- 闸口OCR识别率测试：完成85%，继续

【本周待办】
1. 闸口OCR识别率复测并出报告 / 柏涛 / 5月22日（周五）
2. 集装箱分公司提供UAT签字确认单 / 曹工 / 下周一
3. 与厂商确认6月割接窗口 / 柏涛 / 待厂商回复后定
4. 确认二期合同付款节点 / 庞部长 / 5月底

下次例会：
5月27日（周三）
下午 14:30，信息中心会议室

柏涛
信息中心""",
 items=[I("柏涛", "闸口OCR识别率复测并出报告", ("lit", "2026-05-22"), "2026-05-22"),
        I("曹永利", "提供UAT签字确认单", ("nwk", 0), "2026-05-25"),
        I("柏涛", "与厂商确认6月割接窗口", None, None, flags=["vague_due"]),
        I("庞雪", "确认二期合同付款节点", ("eom",), "2026-05-31")],
 fu=FU("2026-05-27", "14:30"),
 notes="Foxmail GBK. Sent Wed 2026-05-20. 上周待办回顾 is status (not items). Slash-separated 事项/负责人/时限 lines; 曹工 -> 曹永利 and 庞部长 -> 庞雪 via aliases. 下周一 -> 05-25; 待厂商回复后定 -> vague_due; 5月底 -> 05-31. The next meeting's day and its time are on separate lines after a bare label -> 2026-05-27 14:30.",
 what="上周待办回顾 vs 本周待办, slash lines, title aliases, next meeting day and time on separate lines")

case(n=2428, slug="port-reply-confirm-item2-outlook", kind="reply", client="outlook", bot=PTB,
 frm=P("窦建伟"), to=[PTB], cc=ppl("韩立新"),
 subject="答复: [督办] 防汛防台专题调度会纪要 — 已登记4项", date="2025-07-08 15:20:41",
 irt="<recap.20250708.1106@jgtd.example.cn>",
 body="""第2项确认，周四上午组织演练，请安全环保部届时派人观摩。

窦建伟
散货分公司

发件人: 督办助手 <duban@jgtd.example.cn>
发送时间: 2025年7月8日 11:06
收件人: 杜海峰 <duhf@jgtd.example.cn>; 窦建伟 <doujw@jgtd.example.cn>; 孟庆山 <mengqs@jgtd.example.cn>
抄送: 韩立新 <hanlx@jgtd.example.cn>
主题: [督办] 防汛防台专题调度会纪要 — 已登记4项

已从会议纪要登记以下待办：
1. 杜海峰：开展防台风应急演练（截止 2025-07-11）
2. 窦建伟：开展防台风应急演练（截止 2025-07-11）
3. （未指定负责人）排水泵站、防汛物资清点（截止 2025-07-09）
4. 孟庆山：台风期间船舶离泊、锚泊方案（截止 2025-07-10 17:00）
回复本邮件：确认 / 有异议 / 已完成 / 进度80% / 延期至某日""",
 items=[], fu=None, reply=REP("confirm", [2]),
 notes="Outlook '答复:' with the 发件人/发送时间 quote block: '第2项确认' -> confirm [2]; '周四上午组织演练' is information, not a new date.",
 what="reply: 第2项确认 with an extra plan sentence, Outlook quote block")

case(n=2429, slug="port-other-meeting-notice", kind="other", client="outlook", bot=PTB,
 frm=P("任静"), to=ppl("杜海峰", "窦建伟", "韩立新", "柏涛", "庞雪"), cc=ppl("孟庆山") + [PTB],
 subject="关于召开2026年第二季度安全生产委员会会议的通知", date="2026-06-29 09:02:17",
 body="""各单位：
经集团领导同意，定于2026年7月3日（周五）上午9:00在集团一号会议室召开第二季度安全生产委员会会议。现将有关事项通知如下：
一、会议议程
1. 安全环保部通报上半年安全生产情况；
2. 各分公司汇报汛期安全准备工作；
3. 孟庆山同志部署下半年重点工作。
二、有关要求
请各单位于7月1日下班前将汇报材料（PPT不超过10页）报送办公室，参会人员提前10分钟入场。

办公室
2026年6月29日""",
 items=[], fu=None,
 notes="A meeting notice (会议通知) before the meeting, with an agenda and a material deadline: not minutes -> other, no items, no follow-up.",
 what="other: 会议通知 with agenda and a deadline for materials")
# ============================== more minutes ==============================
case(n=2430, slug="hotpot-supervisor-japanese-tanto-kigen-exmail", kind="minutes", client="exmail", bot=HPB,
 frm=P("向磊"), to=ppl("谭晓梅", "余飞"), cc=[HPB],
 subject="南坪店巡店会议记录（4/14）", date="2027-04-14 16:48:30",
 body="""梅姐、余店长：
今天南坪店巡店后和店里开了个短会，记录如下。

■ 指摘事项
1. 出品口毛肚装盘量不统一（标准150g，抽查3份均不足）
2. 洗手池缺擦手纸

■ 对应（担当／期限）
No.1 毛肚出品称重上岗培训
　　担当：余飞　期限：4/17
No.2 洗手池擦手纸补充＋每班点检表
　　担当：余飞　期限：即日
No.3 全店出品标准图册更新（三店共用）
　　担当：向磊　期限：4月末

■ 次回确认
4/21（周三）午市前再来店里看

以上
向磊""",
 items=[I("余飞", "毛肚出品称重上岗培训", ("lit", "2027-04-17"), "2027-04-17"),
        I("余飞", "洗手池擦手纸补充＋每班点检表", ("add", 0), "2027-04-14"),
        I("向磊", "全店出品标准图册更新（三店共用）", ("eom",), "2027-04-30")],
 fu=FU("2027-04-21", None),
 notes="A supervisor with Japanese-chain habits: ■ sections, 担当／期限 on an indented continuation line (full-width spaces), 即日 (= today, send date 2027-04-14), 4月末 (= 04-30), 以上 sign-off. 指摘事项 are findings, not items. '次回确认 4/21（周三）午市前' -> next_followup 2027-04-21, no clock time (午市前 is a half-day phrase). No Chinese holiday involved.",
 what="Japanese-style 担当/期限 lines, 即日, 4月末, 次回确认 with a half-day only")

case(n=2431, slug="uni-name-to-do-by-english-apple", kind="minutes", client="apple", bot=UNB,
 frm=P("宋雅琴"), to=ppl("Lukas Bauer", "郑怀远"), cc=ppl("付子豪", "苗雨欣") + [UNB],
 subject="Meeting notes 4/30 – 与Lukas的合作讨论", date="2025-04-30 17:58:06",
 body="""Lukas, 郑老师：

Short notes from this afternoon (in English for Lukas):

- Zihao to send Lukas the tensile data of batch HEA-07 by next Wednesday.
- Yuxin to book the SEM for the week after the holiday.
- Lukas to draft the outline of the joint proposal (CSC-DAAD) by May 15.
- I will check the visiting-scholar housing extension with 冯老师 ASAP.

We agreed to keep HEA-07 as the reference alloy for the whole project.

Next meeting: 5月8日（周四）上午, my office.

Yaqin""",
 items=[I("付子豪", "send Lukas the tensile data of batch HEA-07", ("nwk", 2), "2025-05-07"),
        I("苗雨欣", "book the SEM for the week after the holiday"),
        I("Lukas Bauer", "draft the outline of the joint proposal (CSC-DAAD)", ("lit", "2025-05-15"), "2025-05-15"),
        I("宋雅琴", "check the visiting-scholar housing extension with 冯老师", None, None, flags=["vague_due"])],
 fu=FU("2025-05-08", None),
 notes="Apple Mail UTF-8 QP, sent Wed 2025-04-30, the eve of the 五一 holiday (05-01..05-05). 'Name to do X by …' lines; Zihao/Yuxin are roster aliases; 'I' = the sender 宋雅琴. by next Wednesday -> 2025-05-07 (the following calendar week). 'for the week after the holiday' describes the booking, not a deadline -> no_due. ASAP -> vague_due. The 'We agreed' line is a decision. Next meeting 5月8日（周四）上午 -> date only (half day).",
 what="'Name to do X by next Wednesday' English lines, 'I will…' sender-owned, half-day next meeting, pre-五一")

case(n=2432, slug="ec-items-in-prose-boss-feishu", kind="minutes", client="feishu", bot=ECB,
 frm=P("周薇"), to=ppl("何家俊", "林可可", "叶振"), cc=ppl("吴海涛") + [ECB],
 subject="今天例会说的几件事", date="2026-07-06 12:40:55",
 body="""Kevin、Coco、叶工：

今天例会时间短，我写成段落，大家自己认领一下。

Prime Day 平台把日期定在7月14-17日，广告预算我已经批了，不再讨论。Kevin 这周要把秒杀的备选 SKU 报上来，最晚周三，我要跟 Jessica 那边对一下。库存方面叶工说美西仓的铸铁锅只够卖12天，这个不能等，补货的柜子周五之前必须订好舱位，叶工盯一下。Coco 上个月做的站外红人合作效果不错，ROI 有2.8，继续做，7月的红人名单你月中前给我一版就行。

另外财务那边说6月的VAT申报材料还差德国站的发票，吴会计已经在催了，我就不单列了。

周薇""",
 items=[I("何家俊", "报秒杀的备选 SKU", ("wk", 2), "2026-07-08"),
        I("叶振", "补货的柜子订好舱位", ("wk", 4), "2026-07-10"),
        I("林可可", "7月的红人名单给周总一版", None, None, flags=["vague_due"])],
 fu=None,
 notes="Items buried in prose paragraphs by the boss (Feishu mail). Sent Mon 2026-07-06. 最晚周三 -> 07-08; 周五之前 -> 07-10; 月中前 -> vague_due. Prime Day dates and the approved budget are facts/decisions; the VAT sentence is explicitly not listed (吴会计 is already chasing) -> not an item.",
 what="items buried in prose paragraphs; an explicitly 'not listed' task; 最晚周三")

TBL2433 = [["序号", "工作事项", "责任单位", "责任人", "完成时限", "备注"],
 ["1", "恢复节后正常作业班次", "集装箱分公司", "杜海峰", "明天（10月10日，调休上班）", ""],
 ["2", "节日期间设备故障清单汇总", "调度指挥中心", "孟庆山", "下周一", ""],
 ["3", "四季度资金计划报集团", "财务部", "庞雪", "10月15日", ""],
 ["4", "北疆港区道路限行方案对接交管部门", "安全环保部", "待定", "尽快", ""],
 ["5", "国庆期间吞吐量统计", "调度指挥中心", "孟庆山", "10月8日", "已完成"]]
case(n=2433, slug="port-weekly-dispatch-table-outlook", kind="minutes", client="outlook", bot=PTB,
 frm=P("任静"), to=ppl("杜海峰", "孟庆山", "庞雪", "韩立新"), cc=[PTB],
 subject="10月9日调度会纪要", date="2026-10-09 16:05:19",
 body="各位领导：\n今天上午调度会纪要如下。\n\n" + "\n".join("\t".join(r) for r in TBL2433) + "\n\n下次调度会：10月16日（周五）上午。\n\n办公室 任静",
 html="<p>各位领导：</p><p>今天上午调度会纪要如下。</p>" + table_html(TBL2433) + "<p>下次调度会：10月16日（周五）上午。</p><p>办公室 任静</p>",
 items=[I("杜海峰", "恢复节后正常作业班次", ("add", 1), "2026-10-10"),
        I("孟庆山", "节日期间设备故障清单汇总", ("nwk", 0), "2026-10-12"),
        I("庞雪", "四季度资金计划报集团", ("lit", "2026-10-15"), "2026-10-15"),
        I(("dept", "安全环保部"), "北疆港区道路限行方案对接交管部门", None, None, flags=["vague_due"])],
 fu=FU("2026-10-16", None),
 notes="Ordinary Outlook gb2312 HTML table 序号|工作事项|责任单位|责任人|完成时限|备注. Sent Fri 2026-10-09, the day after National Day; 10-10 Sat is a make-up working day. 明天 -> 2026-10-10; 下周一 -> 10-12; 责任人 待定 + 尽快 -> dept-only (安全环保部) no_owner + vague_due. Row 5 备注 已完成 -> status. Next meeting 10月16日（周五）上午 -> date only.",
 what="ordinary SOE table with 责任单位+责任人 columns, 待定 owner, 已完成 in 备注, make-up Saturday 明天, half-day next meeting")

TBL2434 = [["序号", "事项", "负责人", "完成时间", "备注"],
 ["1", "中秋礼盒（火锅底料+蘸碟）预售方案", "黎佳", "8月27日（周五）", "含线上线下价格"],
 ["2", "观音桥店空调外机噪音投诉处理", "罗婷", "本周三", "物业已发函"],
 ["3", "三店消防演练", "各店长", "8月底", ""],
 ["4", "新员工带教考核表更新", "向磊", "下周五", ""],
 ["5", "解放碑店夜宵档（22:00-02:00）试运营数据", "牟小川", "9月第一周", "周会上汇报"]]
case(n=2434, slug="hotpot-monthly-template-table-outlook", kind="minutes", client="outlook", bot=HPB,
 frm=P("谭晓梅"), to=ppl("黎佳", "罗婷", "向磊", "牟小川", "余飞"), cc=ppl("冉建军") + [HPB],
 subject="【会议纪要】8月店长月会", date="2027-08-16 18:10:07",
 body="会议纪要\n会议名称：8月店长月会\n会议时间：2027年8月16日 14:00-16:00\n参会人员：冉建军、谭晓梅、向磊、黎佳、牟小川、罗婷、余飞\n记录人：谭晓梅\n\n一、会议内容\n7月三店营收同比+9%，南坪店客单价下降4元，原因是团购占比提高。\n\n二、待办事项\n"
      + "\n".join("\t".join(r) for r in TBL2434) + "\n\n三、下次月会：9月13日（周一）14:00\n",
 html="<p><b>会议纪要</b></p><p>会议名称：8月店长月会<br>会议时间：2027年8月16日 14:00-16:00<br>参会人员：冉建军、谭晓梅、向磊、黎佳、牟小川、罗婷、余飞<br>记录人：谭晓梅</p><p>一、会议内容</p><p>7月三店营收同比+9%，南坪店客单价下降4元，原因是团购占比提高。</p><p>二、待办事项</p>" + table_html(TBL2434) + "<p>三、下次月会：9月13日（周一）14:00</p>",
 items=[I("黎佳", "中秋礼盒（火锅底料+蘸碟）预售方案", ("lit", "2027-08-27"), "2027-08-27"),
        I("罗婷", "观音桥店空调外机噪音投诉处理", ("wk", 2), "2027-08-18"),
        I(None, "三店消防演练", ("eom",), "2027-08-31"),
        I("向磊", "新员工带教考核表更新", ("nwk", 4), "2027-08-27"),
        I("牟小川", "解放碑店夜宵档（22:00-02:00）试运营数据", None, None, flags=["vague_due"])],
 fu=FU("2027-09-13", "14:00"),
 notes="Ordinary 会议纪要 template (Outlook gb2312 HTML table). Sent Mon 2027-08-16 (no holiday nearby). 本周三 -> 08-18; 下周五 -> 08-27; 8月底 -> 08-31; 各店长 is a group -> no_owner, department null. '9月第一周（周会上汇报）' -> vague_due. 22:00-02:00 in a task is business hours, not a time.",
 what="ordinary template with 会议名称/时间/参会人员 and a 序号|事项|负责人|完成时间|备注 table; group owner; hours inside a task")

case(n=2435, slug="uni-ordinary-numbered-coremail", kind="minutes", client="coremail", bot=UNB,
 frm=P("苗雨欣"), to=ppl("郑怀远", "宋雅琴", "贺晓楠", "薛凯", "付子豪"), cc=[UNB],
 subject="12.15组会纪要", date="2025-12-15 21:40:33",
 body="""组会纪要 2025年12月15日（周一）19:00 B312
主持：郑老师  记录：苗雨欣

一、汇报
1. 贺晓楠：原位TEM第二轮数据处理完，界面位错密度提高约40%。
2. 薛凯：第三章实验完成70%。

二、待办
1. 薛凯：完成第三章实验并提交数据分析，12月19日（周五）17:00前
2. 贺晓楠：把原位TEM结果整理成组会PPT模板发全组，明早9点前
3. 付子豪：帮薛凯测两组DSC，周四前
4. 全体：年终实验室大扫除，12月26日下午

下次组会：12月22日（周一）19:00。""",
 items=[I("薛凯", "完成第三章实验并提交数据分析", ("lit", "2025-12-19"), "2025-12-19", "17:00"),
        I("贺晓楠", "把原位TEM结果整理成组会PPT模板发全组", ("add", 1), "2025-12-16", "09:00"),
        I("付子豪", "帮薛凯测两组DSC", ("wk", 3), "2025-12-18"),
        I(None, "年终实验室大扫除", ("lit", "2025-12-26"), "2025-12-26")],
 fu=FU("2025-12-22", "19:00"),
 notes="Ordinary numbered 组会纪要 (Coremail GBK). Sent Mon 2025-12-15 21:40. The 汇报 section is reports. 12月19日（周五）17:00前 -> date+time; 明早9点前 -> 12-16 09:00; 周四前 -> 12-18; 全体 -> no_owner, department null; '12月26日下午' -> date, no time.",
 what="ordinary numbered 汇报/待办 minutes: date+time, 明早9点, 全体 owner, 'X日下午' without a time")

TBL2436 = [["负责人", "事项", "截止", "优先级"],
 ["Kevin", "2027年广告预算初稿", "2026年底", "P0"],
 ["Amy", "春节主题店铺装修", "下周一", "P1"],
 ["叶工", "春节前最后一批发柜，确认截港时间", "1月8日", "P0"],
 ["Jessica", "Q1 media plan", "by 1/6", "P1"],
 ["周总", "审批年终奖金方案", "待定", "P2"]]
case(n=2436, slug="ec-weekly-owner-first-table-feishu", kind="minutes", client="feishu", bot=ECB,
 frm=P("何家俊"), to=ppl("周薇", "汪敏", "叶振", "林可可"), cc=ppl("Jessica Moore") + [ECB],
 subject="运营周会纪要 12/28", date="2026-12-28 11:35:48",
 body="本次周会：12月28日（周一）10:00-11:15\n\n结论：\n1. 2027年Q1主推珐琅锅，铸铁锅转为利润款。\n2. 春节期间（2月）客服由外包团队值班。\n\n待办：\n" + "\n".join(" | ".join(r) for r in TBL2436) + "\n\n下次周会：1月4日（周一）同一时间。\n\nKevin",
 html="<div>本次周会：12月28日（周一）10:00-11:15</div><div>结论：</div><ol><li>2027年Q1主推珐琅锅，铸铁锅转为利润款。</li><li>春节期间（2月）客服由外包团队值班。</li></ol><div>待办：</div>" + table_html(TBL2436) + "<div>下次周会：1月4日（周一）同一时间。</div><div>Kevin</div>",
 items=[I("何家俊", "2027年广告预算初稿", ("lit", "2026-12-31"), "2026-12-31"),
        I("汪敏", "春节主题店铺装修", ("nwk", 0), "2027-01-04"),
        I("叶振", "春节前最后一批发柜，确认截港时间", ("lit", "2027-01-08"), "2027-01-08"),
        I("Jessica Moore", "Q1 media plan", ("lit", "2027-01-06"), "2027-01-06"),
        I("周薇", "审批年终奖金方案", None, None, flags=["vague_due"])],
 fu=FU("2027-01-04", "10:00"),
 notes="Feishu mail, owner-first table 负责人|事项|截止|优先级 (pipes in the plain part). Sent Mon 2026-12-28. Owners by English name/title: Kevin (= sender 何家俊), Amy, 叶工, Jessica (external, in Cc), 周总. 2026年底 -> 12-31; 下周一 -> 2027-01-04; 1月8日 and by 1/6 roll into 2027 (clearly future-meant, sent 12-28); 待定 -> vague_due. 结论 lines are decisions. '1月4日（周一）同一时间' -> 2027-01-04 10:00 from the first line.",
 what="owner-first table with 优先级, year rollover (1月8日, by 1/6 sent 12-28), 2026年底, '同一时间' next meeting")
def main():
    args = sys.argv[1:]
    check = "--check" in args
    paths = [a for a in args if not a.startswith("--")]      # (tests/data copy) an output dir may be given
    out = __import__("pathlib").Path(paths[0]) if paths else __import__("pathlib").Path(__file__).resolve().parent
    out.mkdir(parents=True, exist_ok=True)
    bad = 0
    seen = set()
    for c in sorted(CASES, key=lambda c: c["n"]):
        assert c["n"] not in seen; seen.add(c["n"])
        raw, sent = build(c)
        items = []
        for k, it in enumerate(c["items"], 1):
            rule = it.pop("_rule", None) if not check else it.get("_rule")
            it.pop("_rule", None)
            if rule is not None:
                calc = rule_date(rule, sent).isoformat()
                if calc != it["due_date"]:
                    print("MISMATCH %s item %d: gold %s computed %s (%s)" % (c["n"], k, it["due_date"], calc, rule)); bad += 1
            elif it["due_date"] is not None:
                print("NO RULE %s item %d" % (c["n"], k)); bad += 1
            it["_rule"] = rule
            items.append({k2: v for k2, v in it.items() if k2 != "_rule"})
        if c["kind"] != "minutes": assert not items and c.get("fu") is None
        g = {"kind": c["kind"], "items": items, "next_followup": c.get("fu"), "reply": c.get("reply"), "notes": c["notes"]}
        name = "%d-%s" % (c["n"], c["slug"])
        if check:
            p = out / (name + ".json")
            if not p.exists() or json.loads(p.read_text(encoding="utf-8")) != g: print("GOLD DIFFERS", name); bad += 1
            if (out / (name + ".eml")).read_bytes() != raw: print("EML DIFFERS", name); bad += 1
        else:
            (out / (name + ".eml")).write_bytes(raw)
            (out / (name + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    if not check:
        with open(out / "roster.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n"); w.writerow(["name", "email", "department", "manager_email", "aliases"])
            for r in ROSTER: w.writerow(r)
    print("cases", len(CASES), "problems", bad)
    sys.exit(1 if bad else 0)
main()

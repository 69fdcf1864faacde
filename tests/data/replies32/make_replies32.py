#!/usr/bin/env python3
"""Blind set replies32: 50 replies (cases 6051-6100) to minutebot's recap mail.

    python3 make_replies32.py            # (re)write every .eml/.json, roster.csv and README.md here
    python3 make_replies32.py --check    # re-parse every .eml (email.policy.default) and recompute every gold date

Deterministic: no clock, no randomness; every id and boundary is derived from a hash of a fixed seed.
Working days and holidays come from the chinesecalendar package (2026 data only).
"""
import base64, datetime as dt, hashlib, io, json, os, sys
from email import base64mime, quoprimime, policy
from email.generator import BytesGenerator
from email.message import Message
from email.parser import BytesParser
from email.policy import compat32
from email.utils import format_datetime

import chinese_calendar as cc

OUT = os.path.dirname(os.path.abspath(__file__))
SH = dt.timezone(dt.timedelta(hours=8))

# ----------------------------------------------------------------------------- calendar helpers
def is_workday(d):
    return cc.is_workday(d)

def add_workdays(sent_date, n):
    d = sent_date
    while n:
        d += dt.timedelta(1)
        if is_workday(d):
            n -= 1
    return d

def after_holiday(sent_date):
    """first working day after the next statutory holiday block that starts after the send day"""
    d = sent_date + dt.timedelta(1)
    while not (cc.get_holiday_detail(d)[1] and not is_workday(d)):
        d += dt.timedelta(1)
    while not is_workday(d):
        d += dt.timedelta(1)
    return d

def resolve(rule, sent_local, item_due):
    d = sent_local.date()
    kind = rule[0]
    if kind == "abs":
        return dt.date(2026, rule[1], rule[2])
    if kind == "dom":                       # '20号' / 'the 10th'
        day = rule[1]
        if day >= d.day:
            return d.replace(day=day)
        m = d.month + 1
        return dt.date(d.year, m, day)
    if kind == "nextweek":                  # 下周三 / next Tuesday: weekday of the following calendar week
        monday = d - dt.timedelta(d.weekday()) + dt.timedelta(7)
        return monday + dt.timedelta(rule[1])
    if kind == "thisweek":                  # 本周五
        return d - dt.timedelta(d.weekday()) + dt.timedelta(rule[1])
    if kind == "workdays":
        return add_workdays(d, rule[1])
    if kind == "after_holiday":
        return after_holiday(d)
    if kind == "month_end":
        nxt = dt.date(d.year, d.month + 1, 1)
        return nxt - dt.timedelta(1)
    if kind == "plus_days_due":
        return item_due + dt.timedelta(rule[1])
    raise ValueError(rule)

# ----------------------------------------------------------------------------- deterministic ids
def hx(seed, n):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]

def hexu(seed, n):
    return hx(seed, n).upper()

# ----------------------------------------------------------------------------- organisations & people
ORGS = {
    "A": dict(name="威海海岳轮胎有限公司", en="Weihai Haiyue Tyre Co., Ltd.", domain="haiyue-tyre.example.cn",
              mx="mail.haiyue-tyre.example.cn", net="10.31.8."),
    "B": dict(name="泉州鸿棠酒店管理有限公司", en="Quanzhou Hongtang Hotel Management Co., Ltd.",
              domain="hongtang-hotels.example.cn", mx="mx.hongtang-hotels.example.cn", net="172.18.6."),
    "C": dict(name="赤水河银行遵义分行", en="Chishuihe Bank, Zunyi Branch", domain="zunyi.chishuihe-bank.example.cn",
              mx="mail.zunyi.chishuihe-bank.example.cn", net="10.66.12."),
}

# key: (name, email, department, manager_email, aliases, org)
P = {}
def person(key, name, email, dept, mgr, aliases, org):
    P[key] = dict(name=name, email=email, dept=dept, mgr=mgr, aliases=aliases, org=org)

A, B, C = (ORGS[k]["domain"] for k in "ABC")
person("sunliqun", "孙立群", f"sunliqun@{A}", "技术中心", "", "孙主任;Sun Liqun", "A")
person("yuhaitao", "于海涛", f"yuhaitao@{A}", "模具车间", f"sunliqun@{A}", "于工;Yu Haitao", "A")
person("quxiaodong", "曲晓东", f"quxiaodong@{A}", "工艺部", f"sunliqun@{A}", "曲工;Qu Xiaodong;Kevin Qu", "A")
person("shaowen", "邵文", f"shaowen@{A}", "采购部", "", "邵经理;Shao Wen", "A")
person("congli", "丛丽", f"congli@{A}", "采购部", f"shaowen@{A}", "Cong Li;叢麗", "A")
person("jianghui", "姜慧", f"jianghui@{A}", "国际业务部", "", "姜经理;Helen Jiang;Jiang Hui", "A")
person("liuchang", "刘畅", f"liuchang@{A}", "国际业务部", f"jianghui@{A}", "Liu Chang;Chris Liu", "A")
person("wangdongmei", "王冬梅", f"wangdongmei@{A}", "质量部", f"sunliqun@{A}", "Wang Dongmei;Winnie Wang", "A")
person("songjia", "宋佳", f"songjia@{A}", "物流部", f"jianghui@{A}", "Song Jia;Jessie Song", "A")
person("chenzhiming", "陳志明", "cm.chen@dingchang-mold.example.com.tw", None, "", "陈志明;Jimmy Chen;陳經理", "ext")
person("keller", "Tobias Keller", "tobias.keller@pruefwerk.example.de", None, "", "Keller;T. Keller", "ext")
person("weber", "Anna Weber", "anna.weber@pruefwerk.example.de", None, "", "A. Weber", "ext")

person("linmeihua", "林美华", f"linmeihua@{B}", "泉州湾店", "", "林总;Lin Meihua;Meihua Lin", "B")
person("zhouwanqing", "周婉清", f"zhouwanqing@{B}", "市场营销部", "", "周总监;Zhou Wanqing;Vivian Zhou", "B")
person("huangyaqi", "黄雅琪", f"huangyaqi@{B}", "前厅部", f"linmeihua@{B}", "Huang Yaqi;Angela Huang", "B")
person("caizhipeng", "蔡志鹏", f"caizhipeng@{B}", "采购部", f"linmeihua@{B}", "Cai Zhipeng;蔡主管", "B")
person("xuwenbin", "许文斌", f"xuwenbin@{B}", "餐饮部", f"linmeihua@{B}", "Xu Wenbin;许经理", "B")
person("wangjianhua", "王建华", f"wangjianhua@{B}", "工程部", f"linmeihua@{B}", "建华;王工;Wang Jianhua", "B")
person("chenshufen", "陈淑芬", f"chenshufen@{B}", "客房部", f"linmeihua@{B}", "Chen Shufen;陈经理", "B")
person("zhengxiaonan", "郑晓楠", f"zhengxiaonan@{B}", "市场营销部", f"zhouwanqing@{B}", "Zheng Xiaonan;Nancy Zheng", "B")
person("suyating", "苏雅婷", f"suyating@{B}", "销售部", f"linmeihua@{B}", "Su Yating", "B")
person("leung", "梁家豪", "ken.leung@pakwui-design.example.com.hk", None, "", "Ken Leung;梁生", "ext")
person("sato", "佐藤健一", "k-sato@wako-amenity.example.co.jp", None, "", "Kenichi Sato;Sato-san;佐藤", "ext")

person("zhangguodong", "张国栋", f"zhangguodong@{C}", "行领导", "", "张行;张副行长;Zhang Guodong", "C")
person("yangfan", "杨帆", f"yangfan@{C}", "科技部", f"zhangguodong@{C}", "Yang Fan", "C")
person("luomin", "罗敏", f"luomin@{C}", "运营管理部", f"zhangguodong@{C}", "Luo Min;罗经理", "C")
person("tianmaolin", "田茂林", f"tianmaolin@{C}", "办公室", f"zhangguodong@{C}", "田主任;Tian Maolin", "C")
person("wujuan", "吴娟", f"wujuan@{C}", "运营管理部", f"luomin@{C}", "Wu Juan", "C")
person("hejing", "何静", f"hejing@{C}", "人力资源部", f"zhangguodong@{C}", "He Jing", "C")

BOT_NAME = "纪要助手"

# ----------------------------------------------------------------------------- meetings and recaps
def T(y, mo, d, h, mi, s=0, tz=SH):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)

MEETINGS = {}
def meeting(mid, org, subject, organizer, participants, minutes_at, recap_at, items, lang="zh", minutes_msgid=None):
    dom = ORGS[org]["domain"]
    m = dict(id=mid, org=org, domain=dom, subject=subject, organizer=organizer, participants=participants,
             minutes_at=minutes_at, recap_at=recap_at, lang=lang,
             items=[dict(n=i + 1, task=t, owner=o, due=dt.date.fromisoformat(d)) for i, (t, o, d) in enumerate(items)],
             token="r" + hx("token" + mid, 16),
             minutes_msgid=minutes_msgid,
             recap_msgid=f"<recap.{recap_at.strftime('%Y%m%d%H%M%S')}.{hx('recap' + mid, 10)}@{dom}>")
    m["bot"] = f"minutes@{dom}"
    m["reply_to"] = f"minutes+{m['token']}@{dom}"
    MEETINGS[mid] = m

meeting("M1", "A", "TBR新品试产协调会纪要 2026-04-02", "sunliqun",
        ["yuhaitao", "quxiaodong", "congli", "chenzhiming"], T(2026, 4, 2, 10, 52), T(2026, 4, 2, 11, 20, 3),
        [("完成12R22.5花纹模具验收", "yuhaitao", "2026-04-08"),
         ("提交试产胎胚工艺卡", "quxiaodong", "2026-04-10"),
         ("安排室内耐久试验机台", "quxiaodong", "2026-04-15"),
         ("提供修模报价及交期", "chenzhiming", "2026-04-09"),
         ("更新试产物料BOM", "congli", "2026-04-07")],
        minutes_msgid=f"<{hx('m1min', 8).upper()}.{hx('m1min2', 6)}@{A}>")
meeting("M2", "A", "Minutes: EU certification weekly sync 2026-06-16", "jianghui",
        ["quxiaodong", "liuchang", "wangdongmei", "songjia", "keller", "weber"], T(2026, 6, 16, 9, 40),
        T(2026, 6, 16, 10, 5, 41),
        [("Build and ship 20 test tyres to the lab", "quxiaodong", "2026-06-24"),
         ("Send draft rolling-noise test report", "keller", "2026-06-26"),
         ("Translate EU tyre label documents into German", "liuchang", "2026-06-30"),
         ("Confirm EPREL registration data", "wangdongmei", "2026-06-23"),
         ("Book freight for the sample batch", "songjia", "2026-06-18")], lang="en",
        minutes_msgid=f"<000001dc{hx('m2min', 4)}${hx('m2a', 8)}${hx('m2b', 8)}@{A}>")
meeting("M3", "B", "五一假期接待保障协调会会议纪要（4月28日）", "linmeihua",
        ["huangyaqi", "caizhipeng", "xuwenbin", "wangjianhua", "chenshufen", "suyating"],
        T(2026, 4, 28, 16, 10), T(2026, 4, 28, 16, 40, 12),
        [("完成前台及客房五一排班表", "huangyaqi", "2026-04-29"),
         ("采购补充布草300套", "caizhipeng", "2026-04-30"),
         ("更新自助早餐菜单及价目", "xuwenbin", "2026-04-29"),
         ("检修中央空调及消防联动系统", "wangjianhua", "2026-04-30"),
         ("收集团队客人名单并录入PMS", "huangyaqi", "2026-04-30"),
         ("编制节后客房深度清洁计划", "chenshufen", "2026-05-08")],
        minutes_msgid=f"<tencent_{hexu('m3min', 36)}@qq.com>")
meeting("M4", "B", "泉州湾店客房翻新项目例会纪要 2026-05-12", "linmeihua",
        ["leung", "caizhipeng", "wangjianhua", "huangyaqi"], T(2026, 5, 12, 14, 0), T(2026, 5, 12, 14, 25, 30),
        [("提交样板间软装方案修订稿", "leung", "2026-05-19"),
         ("确认样板间家具供应商报价", "caizhipeng", "2026-05-20"),
         ("完成12层客房拆除工程", "wangjianhua", "2026-05-29"),
         ("提交消防报审资料", "wangjianhua", "2026-05-22"),
         ("出具灯光设计深化图", "leung", "2026-05-26"),
         ("编制翻新期间可售房量表", "huangyaqi", "2026-05-15")],
        minutes_msgid=f"<tencent_{hexu('m4min', 36)}@qq.com>")
meeting("M5", "B", "暑期亲子营销方案评审会纪要 2026-06-30", "zhouwanqing",
        ["xuwenbin", "zhengxiaonan", "huangyaqi", "sato"], T(2026, 6, 30, 13, 30), T(2026, 6, 30, 14, 5, 9),
        [("确定暑期亲子套餐价格", "xuwenbin", "2026-07-03"),
         ("完成小红书/抖音达人合作名单", "zhengxiaonan", "2026-07-06"),
         ("提供儿童洗护用品样品", "sato", "2026-07-10"),
         ("上线小程序暑期预售页", "zhengxiaonan", "2026-07-08"),
         ("培训前台亲子房销售话术", "huangyaqi", "2026-07-07")],
        minutes_msgid=f"<{hexu('m5min', 8)}-{hexu('m5a', 4)}-{hexu('m5b', 4)}-{hexu('m5c', 12)}@{B}>")
meeting("M6", "C", "网点智能化改造推进会会议纪要（2026年5月6日）", "zhangguodong",
        ["yangfan", "luomin", "tianmaolin", "wujuan", "hejing"], T(2026, 5, 6, 9, 15), T(2026, 5, 6, 9, 40, 27),
        [("完成3个网点智能柜员机安装调试", "yangfan", "2026-05-15"),
         ("提交改造期间客户分流方案", "luomin", "2026-05-11"),
         ("组织柜员新设备操作培训", "luomin", "2026-05-13"),
         ("完成网点装修消防验收", "tianmaolin", "2026-05-20"),
         ("报送改造进度周报至总行", "wujuan", "2026-05-08")],
        minutes_msgid=f"<000001dcdd{hx('m6min', 2)}${hx('m6a', 8)}${hx('m6b', 8)}@{C}>")
meeting("M7", "C", "二季度内控合规检查问题整改会纪要 2026-06-17", "zhangguodong",
        ["luomin", "wujuan", "tianmaolin", "hejing"], T(2026, 6, 17, 14, 40), T(2026, 6, 17, 15, 10, 44),
        [("整改重要空白凭证登记不规范问题", "luomin", "2026-06-24"),
         ("补齐客户身份识别影像资料", "wujuan", "2026-06-26"),
         ("修订网点现金尾箱管理细则", "tianmaolin", "2026-06-30"),
         ("完成员工异常行为排查报告", "hejing", "2026-06-22"),
         ("提交整改台账至合规部", "wujuan", "2026-06-23")],
        minutes_msgid=f"<000001dcfe{hx('m7min', 2)}${hx('m7a', 8)}${hx('m7b', 8)}@{C}>")

def pname(k):
    return P[k]["name"]

def recap_recipients(m):
    return [m["organizer"]] + m["participants"]

def recap_subject(m):
    return "Re: " + m["subject"]

def recap_text(m):
    cut = m["recap_at"].strftime("%Y-%m-%d") + " 18:00"
    if m["lang"] == "en":
        rows = ["| # | Action item | Owner | Due |"]
        rows += [f"| {i['n']} | {i['task']} | {en_name(i['owner'])} | {i['due']} |" for i in m["items"]]
        return ("Hello all,\n\nThe minutes assistant has recorded the action items of this meeting:\n"
                + "\n".join(rows) + "\n\n"
                f"If you disagree, please reply today (by {cut}; after that the items count as accepted).\n"
                f"如有异议请于今日内回复（截止 {cut}）。\n"
                "To update an item, reply to this mail: \"confirm\", \"object: reason\", \"item N done\", "
                "\"progress 80%\", \"extend to Oct 20\".\n"
                "回复方式：写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。\n\n"
                "-- Minutes assistant (automatic mail, please keep the subject)")
    rows = ["| 序号 | 事项 | 负责人 | 截止时间 |"]
    rows += [f"| {i['n']} | {i['task']} | {pname(i['owner'])} | {i['due']} |" for i in m["items"]]
    return ("各位好：\n\n纪要助手已登记本次会议的待办事项：\n" + "\n".join(rows) + "\n\n"
            f"如有异议请于今日内回复（截止 {cut}，逾期视为无异议）。\n"
            "回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。\n\n"
            "—— 纪要助手（系统自动发送，请勿修改主题）")

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")

def recap_html(m):
    cut = m["recap_at"].strftime("%Y-%m-%d") + " 18:00"
    if m["lang"] == "en":
        head = ["#", "Action item", "Owner", "Due"]
        rows = [[str(i["n"]), i["task"], en_name(i["owner"]), str(i["due"])] for i in m["items"]]
        intro = "<p>Hello all,</p><p>The minutes assistant has recorded the action items of this meeting:</p>"
        outro = (f"<p>If you disagree, please reply today (by {cut}; after that the items count as accepted).<br>"
                 f"如有异议请于今日内回复（截止 {cut}）。</p>"
                 "<p>To update an item, reply to this mail: &quot;confirm&quot;, &quot;object: reason&quot;, "
                 "&quot;item N done&quot;, &quot;progress 80%&quot;, &quot;extend to Oct 20&quot;.<br>"
                 "回复方式：写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。</p>"
                 "<p style=\"color:#888\">-- Minutes assistant (automatic mail, please keep the subject)</p>")
    else:
        head = ["序号", "事项", "负责人", "截止时间"]
        rows = [[str(i["n"]), i["task"], pname(i["owner"]), str(i["due"])] for i in m["items"]]
        intro = "<p>各位好：</p><p>纪要助手已登记本次会议的待办事项：</p>"
        outro = (f"<p>如有异议请于今日内回复（截止 {cut}，逾期视为无异议）。<br>"
                 "回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。</p>"
                 "<p style=\"color:#888\">—— 纪要助手（系统自动发送，请勿修改主题）</p>")
    t = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">']
    t.append("<tr>" + "".join(f"<th>{esc(h)}</th>" for h in head) + "</tr>")
    for r in rows:
        t.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>")
    t.append("</table>")
    return intro + "\n".join(t) + outro

EN_NAMES = {"quxiaodong": "Qu Xiaodong", "liuchang": "Liu Chang", "wangdongmei": "Wang Dongmei", "songjia": "Song Jia",
            "keller": "Tobias Keller", "weber": "Anna Weber", "jianghui": "Helen Jiang"}
def en_name(k):
    return EN_NAMES.get(k, pname(k))

# ----------------------------------------------------------------------------- header helpers
def ew(text, charset="utf-8", mode="B"):
    """RFC 2047 encoded words (<= 75 chars each), split on character boundaries"""
    if all(ord(c) < 128 for c in text):
        return text
    try:
        text.encode(charset)
    except UnicodeEncodeError:      # clients fall back to UTF-8 for names/subjects their charset lacks
        charset = "utf-8"
    words, chunk = [], ""
    def enc(s):
        b = s.encode(charset)
        if mode == "B":
            return f"=?{charset}?B?{base64.b64encode(b).decode()}?="
        q = "".join(chr(x) if (chr(x).isalnum() and x < 128) else "_" if x == 32 else f"={x:02X}" for x in b)
        return f"=?{charset}?Q?{q}?="
    for ch in text:
        if len(enc(chunk + ch)) > 75:
            words.append(enc(chunk)); chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(enc(chunk))
    return "\n ".join(words)

def addr(name, email, charset="utf-8", quote=False):
    if all(ord(c) < 128 for c in name):
        n = f'"{name}"' if (quote or "," in name or "." in name) else name
    else:
        n = ew(name, charset)
        if quote:
            n = f'"{n}"'
    return f"{n} <{email}>"

def addrs(keys, charset="utf-8", quote=False):
    return ",\n ".join(addr(pname(k), P[k]["email"], charset, quote) for k in keys)

def b64(data):
    return base64mime.body_encode(data, maxlinelen=76)

def qp(data):
    # quoted-printable of raw bytes, soft line breaks at 76
    return quoprimime.body_encode(data.decode("latin-1"), maxlinelen=76)

def leaf(ctype, text, charset, cte, params="", extra=()):
    m = Message()
    for k, v in extra:
        m[k] = v
    if ctype.startswith("text/"):
        m["Content-Type"] = f'{ctype}; charset="{charset}"{params}'
        if charset == "gb2312":
            # Windows clients write CP936 and label it gb2312: encode as GBK, then make sure that every byte
            # sequence is inside GB2312 so that a strict gb2312 decoder reads it (U+2014 -> A1AA -> U+2015)
            data = text.encode("gbk")
            data.decode("gb2312")
        else:
            data = text.encode(charset)
    else:
        m["Content-Type"] = ctype + params
        data = text
    m["Content-Transfer-Encoding"] = cte
    if cte == "base64":
        m.set_payload(b64(data))
    elif cte == "quoted-printable":
        m.set_payload(qp(data))
    else:
        m.set_payload(data.decode("ascii", "surrogateescape"))
    return m

def multi(subtype, parts, boundary):
    m = Message()
    m["Content-Type"] = f'multipart/{subtype};\n boundary="{boundary}"'
    m.preamble = "This is a multi-part message in MIME format."
    for p in parts:
        m.attach(p)
    return m

def serialize(msg):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(max_line_length=0)).flatten(msg)
    return buf.getvalue()

FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")

# ----------------------------------------------------------------------------- quote styles
WD_ZH = "一二三四五六日"
def ampm_zh(t):
    h = t.hour
    return ("上午" if h < 12 else "下午"), (h if h <= 12 else h - 12)

def quote(style, m, body_lines_prefix=True):
    """return (plain quote text, html quote) as the client writes it"""
    r = m["recap_at"]
    bot = m["bot"]
    to_names = [pname(k) for k in recap_recipients(m)]
    to_pairs = [(pname(k), P[k]["email"]) for k in recap_recipients(m)]
    subj = recap_subject(m)
    text = recap_text(m)
    html = recap_html(m)
    gt = "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    if style in ("qq", "exmail"):
        ap, h = ampm_zh(r)
        hdr = (f'发件人: "{BOT_NAME}"<{bot}>;\n发送时间: {r.year}年{r.month}月{r.day}日(星期{WD_ZH[r.weekday()]}) {ap}{h}:{r.minute:02d}\n'
               "收件人: " + "".join(f'"{n}"<{e}>;' for n, e in to_pairs) + f"\n主题: {subj}\n")
        p = "\n\n------------------ 原始邮件 ------------------\n" + hdr + "\n\n" + text + "\n"
        hh = ('<div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
              '------------------&nbsp;原始邮件&nbsp;------------------</div>'
              '<div style="font-size: 12px;background:#efefef;padding:8px;">' + esc(hdr).replace("\n", "<br>") +
              "</div><div><br></div>" + html)
        return p, hh
    if style == "foxmail":
        hdr = (f"发件人： {BOT_NAME}\n发送时间： {r.strftime('%Y-%m-%d %H:%M')}\n收件人： " + "; ".join(to_names) +
               f"\n主题： {subj}\n")
        p = "\n \n" + hdr + "\n" + text + "\n"
        hh = ('<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit">'
              '<div>&nbsp;</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
              '<div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; '
              'BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">' + esc(hdr).replace("\n", "<br>") +
              "</div></div><div>" + html + "</div></blockquote>")
        return p, hh
    if style in ("outlook_cn", "outlook_en", "outlook_de", "outlook_ja", "owa_en", "outlook_cn_utf8"):
        if style in ("outlook_cn", "outlook_cn_utf8"):
            lab = ("发件人", "发送时间", "收件人", "主题")
            when = f"{r.year}年{r.month}月{r.day}日 {r.hour}:{r.minute:02d}"
            frm = f"{BOT_NAME} <{bot}>"
        elif style == "outlook_de":
            lab = ("Von", "Gesendet", "An", "Betreff")
            rr = r.astimezone(dt.timezone(dt.timedelta(hours=2)))
            wd = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"][rr.weekday()]
            mo = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli"][rr.month - 1]
            when = f"{wd}, {rr.day}. {mo} {rr.year} {rr.hour:02d}:{rr.minute:02d}"
            frm = f"{BOT_NAME} <{bot}>"
        elif style == "outlook_ja":
            lab = ("差出人", "送信日時", "宛先", "件名")
            rr = r.astimezone(dt.timezone(dt.timedelta(hours=9)))
            when = f"{rr.year}年{rr.month}月{rr.day}日 {rr.hour}:{rr.minute:02d}"
            frm = f"{BOT_NAME} <{bot}>"
        else:
            lab = ("From", "Sent", "To", "Subject")
            ap = "AM" if r.hour < 12 else "PM"
            h12 = r.hour if r.hour <= 12 else r.hour - 12
            when = f"{r.strftime('%A, %B')} {r.day}, {r.year} {h12}:{r.minute:02d} {ap}"
            frm = f"{BOT_NAME} <{bot}>"
        sep = "Cc" if style != "outlook_cn" and style != "outlook_cn_utf8" else "抄送"
        hdr = (f"{lab[0]}: {frm}\n{lab[1]}: {when}\n{lab[2]}: " + "; ".join(f"{n} <{e}>" for n, e in to_pairs) +
               f"\n{lab[3]}: {subj}\n")
        p = "\n________________________________\n" + hdr + "\n" + text + "\n"
        hh = ('<div id="divRplyFwdMsg" dir="ltr"><hr style="display:inline-block;width:98%" tabindex="-1">'
              if style == "owa_en" else
              '<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
        hh += "<p class=MsoNormal>" + "<br>".join(
            f"<b>{esc(l.split(': ', 1)[0])}:</b> {esc(l.split(': ', 1)[1])}" for l in hdr.strip().split("\n")) + \
            "</p></div>" + ("" if style == "owa_en" else "</div>") + html
        return p, hh
    if style == "outlook_tw":
        ap, h = ampm_zh(r)
        hdr = (f"寄件者: {BOT_NAME} <{bot}>\n寄件日期: {r.year}年{r.month}月{r.day}日 {ap} {h:02d}:{r.minute:02d}\n"
               "收件者: " + "; ".join(f"{n} <{e}>" for n, e in to_pairs) + f"\n主旨: {subj}\n")
        p = "\n\n" + hdr + "\n" + text + "\n"
        return p, "<div>" + esc(hdr).replace("\n", "<br>") + "</div>" + html
    if style == "coremail":
        hdr = (f'-----原始邮件-----\n发件人:"{BOT_NAME}" <{bot}>\n发送时间:{r.strftime("%Y-%m-%d %H:%M:%S")} '
               f'(星期{WD_ZH[r.weekday()]})\n收件人: ' + ", ".join(f'"{n}" <{e}>' for n, e in to_pairs) +
               f"\n主题: {subj}\n")
        p = "\n\n\n" + hdr + "\n" + text + "\n"
        hh = ('<br><br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div>'
              '<blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; '
              'BORDER-LEFT: #ccc 1px solid">' + esc(hdr).replace("\n", "<br>") + html + "</blockquote>")
        return p, hh
    if style == "mailmaster":
        hdr = (f"---- 回复的原邮件 ----\n| 发件人 | {BOT_NAME}<{bot}> |\n| 日期 | {r.strftime('%Y年%m月%d日 %H:%M')} |\n"
               "| 收件人 | " + ", ".join(f"{n}<{e}>" for n, e in to_pairs) + f" |\n| 主题 | {subj} |\n")
        p = "\n" + hdr + text + "\n"
        hh = ('<div class="J-reply" style="background-color:#f2f2f2;color:black;padding-top:6px;padding-bottom:6px;'
              'border-radius:3px;-moz-border-radius:3px;-webkit-border-radius:3px;margin-top:45px;margin-bottom:20px;">'
              '<div style="font-size:12px;line-height:1.5;word-break:break-all;margin-left:10px;margin-right:10px">'
              "---- 回复的原邮件 ----</div><table>" +
              "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td></tr>" for a, b in
                      [("发件人", f"{BOT_NAME}<{bot}>"), ("日期", r.strftime('%Y年%m月%d日 %H:%M')),
                       ("收件人", ", ".join(f"{n}<{e}>" for n, e in to_pairs)), ("主题", subj)]) +
              "</table></div>" + html)
        return p, hh
    if style == "feishu":
        hdr = (f"发件人：{BOT_NAME} <{bot}>\n发送时间：{r.year}年{r.month}月{r.day}日 {r.hour}:{r.minute:02d}\n"
               "收件人：" + ", ".join(f"{n} <{e}>" for n, e in to_pairs) + f"\n主题：{subj}\n")
        p = "\n\n" + hdr + "\n" + gt + "\n"
        hh = ('<div class="history-quote-wrapper"><div style="border-left:2px solid #dee0e3;padding-left:8px">'
              + esc(hdr).replace("\n", "<br>") + html + "</div></div>")
        return p, hh
    if style == "dingtalk":
        hdr = (f"------------------------------------------------------------------\n发件人：{BOT_NAME}<{bot}>\n"
               f"发送时间：{r.year}年{r.month}月{r.day}日(星期{WD_ZH[r.weekday()]}) {r.strftime('%H:%M')}\n"
               "收件人：" + "; ".join(f"{n}<{e}>" for n, e in to_pairs) + f"\n主　题：{subj}\n")
        p = "\n\n" + hdr + "\n" + text + "\n"
        hh = '<blockquote style="margin-left:0.5em">' + esc(hdr).replace("\n", "<br>") + html + "</blockquote>"
        return p, hh
    if style in ("iphone_zh", "apple_zh", "iphone_hk"):
        if style == "iphone_zh":
            att = f"在 {r.year}年{r.month}月{r.day}日，{r.hour:02d}:{r.minute:02d}，{BOT_NAME} <{bot}> 写道："
        elif style == "iphone_hk":
            ap, h = ampm_zh(r)
            att = f"在 {r.year}年{r.month}月{r.day}日，{ap}{h}:{r.minute:02d}，{BOT_NAME} <{bot}> 寫道："
        else:
            att = f"{r.year}年{r.month}月{r.day}日 {r.hour:02d}:{r.minute:02d}，{BOT_NAME} <{bot}> 写道："
        p = "\n\n> " + att + "\n>\n" + gt + "\n"
        hh = f'<div><br><blockquote type="cite">{esc(att)}<br><br></blockquote></div><blockquote type="cite">{html}</blockquote>'
        return p, hh
    if style == "iphone_de":
        rr = r.astimezone(dt.timezone(dt.timedelta(hours=2)))
        att = f"Am {rr.strftime('%d.%m.%Y')} um {rr.strftime('%H:%M')} schrieb {BOT_NAME} <{bot}>:"
        p = "\n\n> " + att + "\n>\n" + gt + "\n"
        return p, f'<blockquote type="cite">{esc(att)}<br>{html}</blockquote>'
    if style == "gmail_en":
        ap = "AM" if r.hour < 12 else "PM"
        h12 = r.hour if r.hour <= 12 else r.hour - 12
        att = f"On {r.strftime('%a, %b')} {r.day}, {r.year} at {h12}:{r.minute:02d} {ap} {BOT_NAME} <{bot}> wrote:"
        p = "\n\n" + att + "\n\n" + gt + "\n"
        hh = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' + esc(att) +
              '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
              'rgb(204,204,204);padding-left:1ex">' + html + "</blockquote></div>")
        return p, hh
    if style == "thunderbird_zh":
        att = f"在 {r.year}/{r.month}/{r.day} {r.hour}:{r.minute:02d}, {BOT_NAME} 写道:"
        return "\n\n" + att + "\n" + gt + "\n", None
    if style == "thunderbird_en":
        ap = "AM" if r.hour < 12 else "PM"
        h12 = r.hour if r.hour <= 12 else r.hour - 12
        att = f"On {r.month}/{r.day}/{r.year % 100} {h12}:{r.minute:02d} {ap}, {BOT_NAME} wrote:"
        return "\n\n" + att + "\n" + gt + "\n", None
    raise ValueError(style)

# ----------------------------------------------------------------------------- client profiles
# subject prefix, header extras, message-id maker, Received "from" host
def msgid_for(client, seed, dom):
    h = lambda n: hx(seed, n)
    if client in ("qq", "exmail"):
        return f"<tencent_{hexu(seed, 36)}@qq.com>"
    if client == "foxmail":
        return f"<{h(14)}{h(2)}+{hexu(seed+'x', 10)}@{dom}>".replace("+", "")
    if client.startswith("outlook") or client == "owa_en":
        if client == "owa_en":
            return f"<SG2PR06MB{h(4).upper()}{hexu(seed+'o', 24)}@SG2PR06MB{h(4).upper()}.apcprd06.prod.outlook.com>"
        return f"<000{h(1)}01dc{h(4)}${h(8)}${hx(seed+'b', 8)}@{dom}>"
    if client == "coremail":
        return f"<{hx(seed+'c', 8)}.{hx(seed+'d', 4)}.{hx(seed+'e', 14)}.Coremail.{dom.split('.')[0]}@{dom}>"
    if client == "mailmaster":
        return f"<{hx(seed+'m', 8)}.{hx(seed+'n', 4)}.{hx(seed+'p', 14)}@{dom}>"
    if client == "feishu":
        return f"<{hx(seed+'f', 32)}@larksuite.com>"
    if client == "dingtalk":
        return f"<{hx(seed+'g', 10)}.{hx(seed+'k', 8)}@dingtalk.com>"
    if client.startswith("iphone") or client.startswith("apple"):
        return f"<{hexu(seed, 8)}-{hexu(seed+'1', 4)}-{hexu(seed+'2', 4)}-{hexu(seed+'3', 4)}-{hexu(seed+'4', 12)}@{dom}>"
    if client == "gmail_en":
        return f"<CA+{base64.b64encode(hashlib.sha1(seed.encode()).digest()).decode()[:22]}x{h(8)}@mail.gmail.com>".replace("/", "_")
    if client.startswith("thunderbird"):
        return f"<{hx(seed, 8)}-{hx(seed+'t', 4)}-{hx(seed+'u', 4)}-{hx(seed+'v', 4)}-{hx(seed+'w', 12)}@{dom}>"
    raise ValueError(client)

MAILER = {
    "foxmail": ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
    "outlook_cn": ("X-Mailer", "Microsoft Outlook 16.0"),
    "outlook_cn_utf8": ("X-Mailer", "Microsoft Outlook 16.0"),
    "outlook_tw": ("X-Mailer", "Microsoft Outlook 16.0"),
    "outlook_en": ("X-Mailer", "Microsoft Outlook 16.0"),
    "outlook_de": ("X-Mailer", "Microsoft Outlook 16.0"),
    "outlook_ja": ("X-Mailer", "Microsoft Outlook 16.0"),
    "coremail": ("X-Mailer", "Coremail Webmail Server Version 2023.3-cmXT6 build 20240611(a8f2c1d3)"),
    "mailmaster": ("X-Mailer", "NetEase Mail Master 7.19.4"),
    "feishu": ("X-Lms-Return-Path", "<lba+268a2c3f1+0c9d@larksuite.com>"),
    "dingtalk": ("X-Mailer", "DingTalk Mail 7.6"),
    "iphone_zh": ("X-Mailer", "iPhone Mail (23E246)"),
    "iphone_hk": ("X-Mailer", "iPhone Mail (23E246)"),
    "iphone_de": ("X-Mailer", "iPhone Mail (23F79)"),
    "apple_zh": ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),
    "gmail_en": None,
    "thunderbird_zh": ("User-Agent", "Mozilla Thunderbird"),
    "thunderbird_en": ("User-Agent", "Mozilla Thunderbird"),
    "exmail": ("X-QQ-Mailer", "QQMail 2.x"),
    "qq": ("X-QQ-Mailer", "QQMail 2.x"),
    "owa_en": None,
}

def subject_prefix(client):
    return {"outlook_cn": "答复: ", "outlook_cn_utf8": "答复: ", "outlook_tw": "回覆: ", "outlook_en": "RE: ",
            "outlook_de": "AW: ", "outlook_ja": "RE: ", "owa_en": "RE: ", "exmail": "回复：", "qq": "回复：",
            "foxmail": "回复：", "coremail": "Re:", "mailmaster": "回复:", "dingtalk": "回复：", "feishu": "回复："
            }.get(client, "")

def reply_subject(client, m):
    s = recap_subject(m)
    pre = subject_prefix(client)
    if client in ("gmail_en", "iphone_zh", "iphone_hk", "iphone_de", "apple_zh", "thunderbird_zh", "thunderbird_en"):
        return s  # these clients collapse an existing Re:
    return pre + s

# ----------------------------------------------------------------------------- cases
CASES = []
def case(num, slug, mid, sender, client, sent, body, gold, notes, charset="utf-8", cte="base64", structure="alt",
         cc=(), sig="", quote_mode="top", attach=None, html_body=None, kind_what="", extra_headers=()):
    CASES.append(dict(num=num, slug=slug, mid=mid, sender=sender, client=client, sent=sent, body=body, gold=gold,
                      notes=notes, charset=charset, cte=cte, structure=structure, cc=list(cc), sig=sig,
                      quote_mode=quote_mode, attach=attach, html_body=html_body, what=kind_what,
                      extra_headers=list(extra_headers)))

def R(intent, items=(), percent=None, rule=None):
    return dict(intent=intent, items=sorted(set(items)), percent=percent, rule=rule)

TZ_DE = dt.timezone(dt.timedelta(hours=2))
TZ_JP = dt.timezone(dt.timedelta(hours=9))
UTC = dt.timezone.utc

# ---------------- done (15)
case(6051, "done-item1-foxmail-gbk", "M1", "yuhaitao", "foxmail", T(2026, 4, 8, 16, 5, 22),
     "第1项已完成，模具今天上午验收合格，验收单已上传OA。",
     R("done", [1]), "Plain Foxmail reply (GBK, base64, text+HTML) to the M1 recap: '第1项已完成' -> done [1]. "
     "The Foxmail quote (发件人：/发送时间：, no '>' prefix) repeats the whole item table and the command footer.",
     charset="GBK", sig="\n\n--------------\n于海涛\n威海海岳轮胎有限公司 模具车间\n电话：0631-5726 318  手机：139 6310 4527",
     cc=["sunliqun"], kind_what="plain done, Foxmail GBK")
case(6052, "done-item4-taiwan-big5-noquote", "M1", "chenzhiming", "outlook_tw", T(2026, 4, 8, 9, 12, 40),
     "叢小姐、孫主任 您好：\n\n第4項已完成，修模報價單及交期已於4月7日以附件寄給叢小姐，請查收。\n"
     "新的花紋塊預計4月20日到威海，如有問題再請告知。",
     R("done", [4]), "Taiwanese supplier (Outlook zh-TW, charset big5, text+HTML) answers without quoting the recap "
     "(his Outlook is set not to include the original, so the whole message stays Big5-encodable). "
     "'第4項已完成' -> done [4]. '已於4月7日…寄給' and '預計4月20日到威海' are facts/ETA, not an extension (convention 7).",
     charset="big5", cte="base64", quote_mode="none", cc=["congli", "sunliqun"],
     sig="\n\n陳志明 Jimmy Chen\n鼎昌精密模具股份有限公司 業務部\nTel: +886-4-2358-1172 #215\nMobile: 0932-518-640",
     kind_what="Traditional Chinese (Taiwan), big5, no quote")
case(6053, "done-by-content-exmail-gb18030", "M3", "xuwenbin", "exmail", T(2026, 4, 29, 11, 31, 5),
     "林总，自助早餐的新菜单和价目表已经更新好了，已贴到餐厅门口和电子屏上。",
     R("done"), "Exmail (企业微信 mail, gb18030 base64) reply naming the task without a number. "
     "'自助早餐的新菜单和价目表已经更新好了' -> done; items [] (no number written). content-match [3]: 许文斌 has exactly one "
     "open item in M3 (更新自助早餐菜单及价目) and the words match.",
     charset="gb18030", cc=["linmeihua"], sig="\n\n许文斌\n餐饮部经理 | 鸿棠酒店·泉州湾店\n分机 8302",
     kind_what="done by task words, content-match [3]")
case(6054, "done-item4-iphone", "M3", "wangjianhua", "iphone_zh", T(2026, 4, 30, 17, 48, 11),
     "第4项已完成。中央空调和消防联动均已检修测试正常，记录表交工程部存档。",
     R("done", [4]), "Plain iPhone reply (UTF-8 quoted-printable, text only) '第4项已完成' -> done [4]; "
     "'发自我的iPhone' footer, Apple '> 在 …写道：' quote.", charset="utf-8", cte="quoted-printable",
     structure="plain", sig="\n\n发自我的iPhone", kind_what="plain done, iPhone")
case(6055, "done-items-1-5-one-sentence", "M3", "huangyaqi", "exmail", T(2026, 4, 30, 10, 20, 47),
     "第1、5项都已完成：五一排班表已发各部门，38个团队的客人名单已全部录入PMS。",
     R("done", [1, 5]), "Several items in one sentence: '第1、5项都已完成' -> done [1, 5]. '38个团队' is a count, not an item "
     "or a percent (convention 6). Exmail gb18030.", charset="gb18030", cc=["linmeihua"],
     sig="\n\n黄雅琪 Angela\n前厅部经理\n鸿棠酒店·泉州湾店  0595-2266 8801", kind_what="two items in one sentence")
case(6056, "done-item1-hongkong-outlook-en-attachment", "M4", "leung", "outlook_en", T(2026, 5, 19, 18, 32, 6),
     "Hi 林總，\n\n第1項軟裝方案修訂稿已完成，請查收附件（PDF，共12頁）。主要修改了床頭背景牆同窗簾顏色，"
     "如有問題隨時聯絡我。\n\nThanks!",
     R("done", [1]), "Hong Kong designer, English Outlook (RE:, From/Sent/To/Subject quote), Traditional Chinese body in "
     "UTF-8 QP, with a PDF attachment. '第1項…已完成' -> done [1].", charset="utf-8", cte="quoted-printable",
     structure="mixed", attach=("样板间软装方案_修订稿_v2.pdf", FAKE_PDF), cc=["linmeihua", "caizhipeng"],
     sig="\n\nKen Leung 梁家豪\nSenior Designer\nPak Wui Design Ltd. 柏滙設計有限公司\nT: +852 2851 3376 | M: +852 9123 8845\n"
     "Unit 1203, 12/F, Wing On Plaza, Tsim Sha Tsui, Kowloon",
     kind_what="Traditional Chinese (HK), English Outlook, attachment")
case(6057, "done-ambiguous-owner-of-two-mailmaster", "M4", "wangjianhua", "mailmaster", T(2026, 5, 22, 17, 40, 33),
     "已经弄完了，请知悉。",
     R("done"), "AMBIGUOUS: '已经弄完了' from 王建华, who owns two open items in M4 (3 完成12层客房拆除工程, 4 提交消防报审资料) and "
     "names neither. Intent done as written, items [] and no content-match (convention 3); the bot should ask which item. "
     "(A human might guess item 4 because it was due on the Friday he wrote, but he had asked on 05-21 to move it to month end.) "
     "NetEase Mail Master, '发自网易邮箱大师' footer, '---- 回复的原邮件 ----' quote.",
     charset="utf-8", sig="\n\n发自网易邮箱大师", cc=["linmeihua"], kind_what="ambiguous done, owner of two items")
case(6058, "done-item3-japan-outlook-ja-english", "M5", "sato", "outlook_ja", dt.datetime(2026, 7, 8, 10, 15, 2, tzinfo=TZ_JP),
     "Dear Ms. Zhou, dear all,\n\nItem 3 is done: we shipped the kids' toiletry samples (4 SKUs x 20 sets) by EMS on "
     "July 7, tracking no. EJ482913306JP.\nExpected arrival in Quanzhou is July 13. Please let me know when they arrive.",
     R("done", [3]), "Japanese supplier writing English from Outlook ja-JP (quote header 差出人/送信日時/宛先/件名, Date +0900 = "
     "09:15 in Shanghai). 'Item 3 is done' -> done [3]. 'shipped … on July 7' and 'Expected arrival … July 13' are not "
     "requests (convention 7), even though July 13 is after the item's due date (07-10). '4 SKUs x 20 sets' is a count.",
     charset="utf-8", cte="quoted-printable", cc=["zhouwanqing"],
     sig="\n\nBest regards,\n\nKenichi Sato (佐藤 健一)\nOverseas Sales, Wako Amenity Co., Ltd.\n"
     "2-14-7 Utsubo-honmachi, Nishi-ku, Osaka 550-0004, Japan\nTEL +81-6-6441-2207",
     kind_what="foreign partner, English, Japanese Outlook quote")
case(6059, "done-item1-coremail-attachment", "M6", "yangfan", "coremail", T(2026, 5, 14, 18, 5, 50),
     "张行，各位：\n\n第1项已完成，3台智能柜员机已安装调试完毕，厂家验收单见附件。",
     R("done", [1]), "Plain Coremail web reply (UTF-8 base64, text+HTML, PDF attachment): '第1项已完成' -> done [1]. "
     "'3台' is a count.", charset="utf-8", structure="mixed", attach=("智能柜员机验收单.pdf", FAKE_PDF),
     cc=["zhangguodong"], sig="\n\n杨帆\n赤水河银行遵义分行 科技部\n0851-2862 7715",
     kind_what="plain done, Coremail, attachment")
case(6060, "done-by-content-outlook-gb2312", "M6", "wujuan", "outlook_cn", T(2026, 5, 8, 16, 45, 19),
     "张行：\n\n改造进度周报（第1期）已报送总行运营管理部，后续每周五报送。",
     R("done"), "Outlook zh-CN (charset gb2312, base64) reply naming the task: '改造进度周报…已报送总行' -> done, items [] "
     "(no item number; '第1期' is an issue number of the report, not an item reference). content-match [5]: 吴娟's only open "
     "item in M6 is 报送改造进度周报至总行. '后续每周五报送' is a routine, not a date request.",
     charset="gb2312", cc=["zhangguodong", "luomin"], sig="\n\n吴娟\n运营管理部\n赤水河银行遵义分行",
     kind_what="done by task words, '第1期' is not an item")
case(6061, "done-inline-under-quoted-row-thunderbird", "M7", "hejing", "thunderbird_zh", T(2026, 6, 22, 16, 30, 8),
     "张行，见下文。", R("done", [4]),
     "Thunderbird zh-CN, plain UTF-8 8bit format=flowed, answer typed under the quoted recap row "
     "'> | 4 | 完成员工异常行为排查报告 | 何静 | 2026-06-22 |': '已完成，报告今天上午已交合规部。' -> done [4] (an inline answer "
     "takes that row's number, convention 2). The top line only says '见下文'.",
     charset="utf-8", cte="8bit", structure="plain", quote_mode="inline:4",
     kind_what="inline answer under a quoted row")
case(6062, "done-item2-german-outlook-de", "M2", "keller", "outlook_de", dt.datetime(2026, 6, 25, 15, 42, 37, tzinfo=TZ_DE),
     "Hi Helen, hi all,\n\nitem 2 is done - the draft rolling-noise report is attached (PDF, rev. A).\n"
     "Final report follows after your comments, ideally within one week.",
     R("done", [2]), "German test lab, Outlook de-DE (AW:, Von/Gesendet/An/Betreff quote, Date +0200 = 21:42 Shanghai), "
     "English body, PDF attachment. 'item 2 is done' -> done [2]. 'within one week' is about the final report, not a request.",
     charset="utf-8", cte="quoted-printable", structure="mixed", attach=("PW-26-0611_draft_rolling_noise.pdf", FAKE_PDF),
     cc=["jianghui", "weber"],
     sig="\n\nMit freundlichen Grüßen / Best regards\nTobias Keller\nProject Engineer Tyre Acoustics\n"
     "Prüfwerk Reifentechnik GmbH | Am Prüffeld 4 | 31135 Hildesheim\nTel. +49 5121 93870-22",
     kind_what="foreign partner, German Outlook, English")
case(6063, "done-hash5-feishu-eta", "M2", "songjia", "feishu", T(2026, 6, 23, 18, 20, 14),
     "#5 done，样品已于6月23日发出（DHL 6318 8842 10），预计6月30日到Hildesheim。",
     R("done", [5]), "Feishu/Lark mail (UTF-8 base64, text+HTML) in the English thread, mixed Chinese/English: '#5 done' -> "
     "done [5]. '已于6月23日发出' and '预计6月30日到' are facts/ETA, not a request (convention 7); the DHL number is not a count.",
     charset="utf-8", cc=["jianghui", "keller"], sig="\n\n宋佳 Jessie Song\n物流部 | 威海海岳轮胎有限公司",
     kind_what="#N done with ETA date")
case(6064, "done-circled-1-foxmail-gb2312", "M7", "luomin", "foxmail", T(2026, 6, 24, 11, 0, 36),
     "①已整改完毕，23本重要空白凭证登记簿均已重新登记，并经运营主管复核签字。",
     R("done", [1]), "Foxmail with the charset label gb2312 (base64): circled '①已整改完毕' -> done [1]. '23本' is a count.",
     charset="gb2312", cc=["zhangguodong"], sig="\n\n罗敏\n运营管理部\n赤水河银行遵义分行",
     kind_what="circled number ①, gb2312 label")
case(6065, "done-by-content-owner-of-two-coremail-gbk-qp", "M1", "quxiaodong", "coremail", T(2026, 4, 9, 17, 30, 25),
     "孙主任：\n\n胎胚工艺卡已提交技术中心审核，OA流程号 GY-2026-0412。",
     R("done"), "Coremail (GBK, quoted-printable) reply without a number from 曲晓东, who owns two open items in M1 "
     "(2 提交试产胎胚工艺卡, 3 安排室内耐久试验机台). The words '胎胚工艺卡已提交' match only item 2: done, items [], "
     "content-match [2]. 'GY-2026-0412' is a workflow number, not a date.",
     charset="GBK", cte="quoted-printable", cc=["sunliqun"], sig="\n\n曲晓东\n工艺部",
     kind_what="done by task words, sender owns two items")

# ---------------- extend (12)
case(6066, "extend-item5-absolute-outlook-utf8-qp", "M1", "congli", "outlook_cn_utf8", T(2026, 4, 3, 10, 15, 2),
     "孙主任：\n\n第5项申请延期至4月9日。原因：帘布供应商清明放假（4月4日-6日），新物料编码要节后才能确认。",
     R("extend", [5], rule=("abs", 4, 9)), "Outlook zh-CN (UTF-8, quoted-printable; the quoted table holds 陳, so Outlook could not use gb2312). '第5项申请延期至4月9日' -> extend [5], "
     "new_due_date 2026-04-09 (absolute date). The holiday dates in the reason are not the request.",
     charset="utf-8", cte="quoted-printable", cc=["sunliqun", "shaowen"],
     sig="\n\n丛丽\n采购部 | 威海海岳轮胎有限公司\nTel: 0631-5726 205", kind_what="extend, absolute date")
case(6067, "extend-after-labour-day-foxmail", "M3", "caizhipeng", "foxmail", T(2026, 4, 29, 15, 0, 44),
     "林总：\n\n第2项申请延期：布草厂五一前排不出货，到货时间顺延至节后第一个工作日。",
     R("extend", [2], rule=("after_holiday",)), "Foxmail GBK, sent Wed 2026-04-29. '顺延至节后第一个工作日' -> the next holiday "
     "block is Labour Day 05-01..05-05, first working day after it is Wed 2026-05-06 (convention 5).",
     charset="GBK", cc=["linmeihua"], sig="\n\n蔡志鹏\n采购部主管\n鸿棠酒店管理集团", kind_what="extend, 节后第一个工作日")
case(6068, "extend-item3-day-of-month-apple-mail", "M1", "quxiaodong", "apple_zh", T(2026, 4, 14, 9, 20, 13),
     "孙主任好，\n\n第3项耐久试验机台被出口订单占满了，申请延期到20号。",
     R("extend", [3], rule=("dom", 20)), "Apple Mail (macOS, UTF-8 QP, text+HTML), sent 2026-04-14. '延期到20号' -> day 20 of "
     "the current month, not yet past -> 2026-04-20 (convention 5).", charset="utf-8", cte="quoted-printable",
     cc=["sunliqun"], sig="\n\n曲晓东\n工艺部 | 威海海岳轮胎", kind_what="extend, 'N号'")
case(6069, "extend-workdays-over-dragon-boat-outlook", "M7", "wujuan", "outlook_cn_utf8", T(2026, 6, 18, 10, 30, 51),
     "张行：\n\n第5项整改台账需要各部门会签，端午假期前签不齐，申请延期，4个工作日内报送合规部。",
     R("extend", [5], rule=("workdays", 4)), "Outlook zh-CN (UTF-8 QP), sent Thu 2026-06-18 before Dragon Boat. "
     "'申请延期，4个工作日内报送' -> count working days from the day after sending: 06-19..21 are holidays, then 06-22 (1), "
     "06-23 (2), 06-24 (3), 06-25 (4) -> 2026-06-25 (convention 5).",
     charset="utf-8", cte="quoted-printable", cc=["zhangguodong", "luomin"],
     sig="\n\n吴娟\n运营管理部\n赤水河银行遵义分行", kind_what="extend, N个工作日 over a holiday")
case(6070, "extend-next-wednesday-foxmail", "M4", "caizhipeng", "foxmail", T(2026, 5, 18, 9, 50, 3),
     "林总：\n\n第2项家具报价还差两家没回，申请延期到下周三。",
     R("extend", [2], rule=("nextweek", 2)), "Foxmail GBK, sent Mon 2026-05-18. '延期到下周三' -> Wednesday of the following "
     "calendar week = 2026-05-27 (convention 5; not 05-20 of this week). '两家' is a count.",
     charset="GBK", cc=["linmeihua"], sig="\n\n蔡志鹏\n采购部主管\n鸿棠酒店管理集团", kind_what="extend, 下周三")
case(6071, "extend-month-end-by-content-exmail", "M4", "wangjianhua", "exmail", T(2026, 5, 21, 10, 20, 9),
     "林总，消防报审资料要等设计院出图盖章，申请推迟到月底。",
     R("extend", rule=("month_end",)), "Exmail gb18030. No item number: '消防报审资料…申请推迟到月底' -> extend, items [], "
     "content-match [4] (王建华 owns items 3 and 4; only item 4 提交消防报审资料 matches). '月底' = last calendar day of the "
     "month = 2026-05-31 (a Sunday; convention 5 takes the calendar day).",
     charset="gb18030", cc=["linmeihua"], sig="\n\n王建华\n工程部经理  13905958127", kind_what="extend by task words, 月底")
case(6072, "extend-next-tuesday-owa-utc", "M2", "wangdongmei", "owa_en", dt.datetime(2026, 6, 22, 1, 5, 17, tzinfo=UTC),
     "Hi Helen,\n\nCould we move item 4 to next Tuesday? Our EPREL account is still waiting for the EU importer's "
     "authorisation.\n\nThanks,\nWinnie",
     R("extend", [4], rule=("nextweek", 1)), "Outlook on the web (Microsoft 365), HTML only, Date in +0000: Mon 01:05 UTC = "
     "Mon 2026-06-22 09:05 Shanghai. 'Could we move item 4 to next Tuesday?' -> extend [4], Tuesday of the following "
     "calendar week = 2026-06-30 (convention 5).", charset="utf-8", cte="quoted-printable", structure="html",
     cc=["jianghui"], sig="\n\nWang Dongmei | Quality Dept.\nWeihai Haiyue Tyre Co., Ltd.",
     kind_what="English extend, 'next Tuesday', UTC Date, HTML only")
case(6073, "extend-the-10th-rolls-month-gmail", "M2", "liuchang", "gmail_en", T(2026, 6, 29, 16, 40, 55),
     "Hi all,\n\nItem 3: the German translation is waiting for the final label artwork. Please extend it to the 10th.",
     R("extend", [3], rule=("dom", 10)), "Gmail web, English (UTF-8 QP, text+HTML), sent 2026-06-29. 'extend it to the 10th' "
     "-> June 10 is past, so the 10th of next month = 2026-07-10 (convention 5).", charset="utf-8", cte="quoted-printable",
     cc=["jianghui"], sig="\n\n--\nChris Liu | International Business Dept.\nWeihai Haiyue Tyre Co., Ltd.",
     kind_what="English extend, 'the 10th' rolls to next month")
case(6074, "extend-two-more-days-wecom-html-only", "M5", "zhengxiaonan", "exmail", T(2026, 7, 6, 17, 30, 29),
     "周总，第2项达人名单还要两天，有三位达人的报价还没回。",
     R("extend", [2], rule=("plus_days_due", 2)), "企业微信 mail, HTML only (UTF-8 base64). '第2项…还要两天' -> extend [2]; "
     "'还要两天' = two calendar days after the item's current due date 2026-07-06 -> 2026-07-08 (convention 5). "
     "'三位' is a count.", charset="utf-8", structure="html", cc=["zhouwanqing"],
     sig="\n\n郑晓楠 Nancy\n市场营销部", kind_what="extend, 还要两天")
case(6075, "extend-workdays-over-makeup-saturday-outlook-qp", "M3", "chenshufen", "outlook_cn", T(2026, 5, 7, 17, 10, 40),
     "林总：\n\n第6项申请延期。节后客房入住率仍在九成以上，深度清洁计划需要3个工作日内完成。",
     R("extend", [6], rule=("workdays", 3)), "Outlook zh-CN (gb2312 QP), sent Thu 2026-05-07. '申请延期…3个工作日内完成' -> "
     "05-08 (1), Sat 05-09 is the Labour Day make-up working day (2), 05-11 (3) -> 2026-05-11. '入住率仍在九成以上' is "
     "occupancy, not progress (no percent).", charset="gb2312", cte="quoted-printable", cc=["linmeihua"],
     sig="\n\n陈淑芬\n客房部经理", kind_what="extend, N个工作日 across the 05-09 make-up Saturday")
case(6076, "extend-this-friday-coremail-gbk", "M6", "luomin", "coremail", T(2026, 5, 11, 8, 55, 31),
     "张行：\n\n第2项客户分流方案需要与安保公司再核对一次，推迟到本周五提交。",
     R("extend", [2], rule=("thisweek", 4)), "Coremail (GBK base64), sent Mon 2026-05-11, the item's due day. "
     "'推迟到本周五' -> this week's Friday = 2026-05-15.", charset="GBK", cc=["zhangguodong"],
     sig="\n\n罗敏\n运营管理部", kind_what="extend, 本周五")
case(6077, "extend-next-monday-hongkong-iphone", "M4", "leung", "iphone_hk", T(2026, 5, 25, 11, 5, 12),
     "林總：\n\n第5項燈光深化圖因業主更改客房吊頂高度，需要延期至下星期一（6月1日）交付，敬請見諒。",
     R("extend", [5], rule=("nextweek", 0)), "Hong Kong designer on iPhone (UTF-8, Traditional, '從我的 iPhone 傳送', "
     "'在 …寫道：' quote), sent Mon 2026-05-25. '延期至下星期一（6月1日）' -> Monday of the following week = 2026-06-01, "
     "which agrees with the written date.", charset="utf-8", cte="quoted-printable", structure="plain",
     sig="\n\n從我的 iPhone 傳送", cc=["linmeihua"], kind_what="extend, 下星期一 in Traditional Chinese")

# ---------------- progress (7)
case(6078, "progress-about-60-foxmail-english", "M2", "quxiaodong", "foxmail", T(2026, 6, 23, 11, 0, 18),
     "Hi Helen,\n\nItem 1 update: about 60% of the test tyres are built (12 of 20); the rest come off the press tomorrow.\n"
     "ETA at the lab is June 26.",
     R("progress", [1], 60), "Foxmail (UTF-8 base64) English reply: 'Item 1 update: about 60%' -> progress [1], 60 "
     "(convention 6). '12 of 20' is a count; 'ETA at the lab is June 26' is after the due date but is not a request "
     "(convention 7).", charset="utf-8", cc=["jianghui"], sig="\n\nKevin Qu\nProcess Engineering, Haiyue Tyre",
     kind_what="English progress 'about 60%' with ETA")
case(6079, "progress-half-by-content-mailmaster", "M3", "chenshufen", "mailmaster", T(2026, 4, 30, 16, 2, 45),
     "节后深度清洁计划已经写了一半，楼层分区和人手安排还在排。",
     R("progress", percent=50), "NetEase Mail Master (UTF-8), no number: '节后深度清洁计划已经写了一半' -> progress, "
     "percent 50 ('一半', convention 6), items [], content-match [6] (陈淑芬's only open item).",
     charset="utf-8", sig="\n\n发自网易邮箱大师", cc=["linmeihua"], kind_what="progress 一半 by task words")
case(6080, "progress-item3-sancheng-exmail", "M4", "wangjianhua", "exmail", T(2026, 5, 19, 17, 0, 7),
     "林总，第3项12层拆除已完成三成左右，卫生间防水层拆除比预期慢，本周加两个班组。",
     R("progress", [3], 30), "Exmail gb18030: '第3项…已完成三成左右' -> progress [3], percent 30 ('三成' read like 七成 = 70). "
     "'12层' is a floor, '两个班组' a count. Not done: '已完成' is followed by a fraction.",
     charset="gb18030", cc=["linmeihua"], sig="\n\n王建华\n工程部经理  13905958127", kind_what="progress 三成")
case(6081, "progress-item4-80pct-eta-outlook-utf8", "M5", "zhengxiaonan", "outlook_cn_utf8", T(2026, 7, 6, 10, 0, 39),
     "周总：\n\n第4项小程序预售页开发进度80%，预计7月8日上线。",
     R("progress", [4], 80), "Outlook zh-CN UTF-8 (base64): '第4项…进度80%' -> progress [4], 80. '预计7月8日上线' restates "
     "the due date, not a request (convention 7).", charset="utf-8", cc=["zhouwanqing"],
     sig="\n\n郑晓楠 Nancy Zheng\n市场营销部 | 鸿棠酒店管理集团", kind_what="plain progress 80%")
case(6082, "progress-item5-90pct-exmail", "M5", "huangyaqi", "exmail", T(2026, 7, 3, 18, 12, 26),
     "周总：第5项进度90%，还剩晚班两位同事，周日补训。",
     R("progress", [5], 90), "Exmail gb18030, plain: '第5项进度90%' -> progress [5], 90. '周日补训' is a plan, not a "
     "request to move the due date (07-07).", charset="gb18030", cc=["zhouwanqing"],
     sig="\n\n黄雅琪 Angela\n前厅部经理", kind_what="plain progress 90%")
case(6083, "progress-item3-qicheng-coremail", "M6", "luomin", "coremail", T(2026, 5, 12, 17, 20, 3),
     "张行：\n\n第3项柜员培训已完成七成，剩下两个网点本周内完成。",
     R("progress", [3], 70), "Coremail (GBK base64): '第3项…已完成七成' -> progress [3], 70 (convention 6). '剩下两个网点本周内完成' "
     "is a plan without 延期/顺延/推迟 (convention 4), so no extend and no date. AMBIGUOUS: the week ends after the 05-13 "
     "due date, but nothing asks to move it.", charset="GBK", cc=["zhangguodong"],
     sig="\n\n罗敏\n运营管理部", kind_what="progress 七成")
case(6084, "progress-item2-count-only-outlook-gb2312", "M7", "wujuan", "outlook_cn", T(2026, 6, 23, 17, 0, 56),
     "张行：\n\n第2项进展：14户中已补齐9户影像资料，剩余5户客户在外地，本周内陆续补录。",
     R("progress", [2]), "Outlook zh-CN gb2312 base64: '第2项进展：14户中已补齐9户' -> progress [2] with percent null: "
     "counts are not percents (convention 6), even though 9/14 could be computed. AMBIGUOUS only in that a human might "
     "write ~64%; the convention says null. '本周内陆续补录' asks to move nothing (convention 4).", charset="gb2312", cc=["zhangguodong"],
     sig="\n\n吴娟\n运营管理部", kind_what="progress with counts only, percent null")

# ---------------- confirm (5)
case(6085, "confirm-organizer-apple-mail", "M1", "sunliqun", "apple_zh", T(2026, 4, 2, 13, 2, 30),
     "确认，无异议。", R("confirm"), "Plain Apple Mail (UTF-8 QP, text+HTML) from the organizer: '确认，无异议。' -> confirm, "
     "no items.", charset="utf-8", cte="quoted-printable", sig="\n\n孙立群\n技术中心主任",
     cc=["yuhaitao", "quxiaodong", "congli"], kind_what="plain confirm")
case(6086, "confirm-english-iphone-german-locale", "M2", "weber", "iphone_de", dt.datetime(2026, 6, 16, 5, 31, 4, tzinfo=TZ_DE),
     "Confirmed from our side, no objections.\n\nAnna", R("confirm"),
     "iPhone with German locale (attribution 'Am 16.06.2026 um 04:05 schrieb …:'), English body, Date +0200 = 11:31 in "
     "Shanghai, before the cut-off. 'Confirmed…, no objections' -> confirm. 'Von meinem iPhone gesendet' footer.",
     charset="utf-8", cte="quoted-printable", structure="plain", sig="\n\nVon meinem iPhone gesendet",
     cc=["jianghui"], kind_what="English confirm, German iPhone")
case(6087, "confirm-organizer-iphone", "M5", "zhouwanqing", "iphone_zh", T(2026, 6, 30, 15, 20, 49),
     "收到，无异议。", R("confirm"), "Plain iPhone reply from the organizer, UTF-8 base64 text only: '收到，无异议' -> confirm.",
     charset="utf-8", cte="base64", structure="plain", sig="\n\n发自我的iPhone", kind_what="plain confirm, iPhone")
case(6088, "confirm-bottom-posted-thunderbird", "M6", "yangfan", "thunderbird_zh", T(2026, 5, 6, 10, 30, 16),
     "确认，科技部无异议。", R("confirm"),
     "Bottom-posting: Thunderbird zh-CN plain UTF-8 (8bit, format=flowed) with the whole recap quoted with '>' first and "
     "'确认，科技部无异议。' written below it, followed by a '-- ' signature. -> confirm.",
     charset="utf-8", cte="8bit", structure="plain", quote_mode="bottom",
     sig="\n\n-- \n杨帆\n科技部 赤水河银行遵义分行", cc=["zhangguodong"], kind_what="bottom-posted confirm")
case(6089, "confirm-item4-on-attribution-line-iphone", "M7", "hejing", "iphone_zh", T(2026, 6, 17, 16, 0, 33),
     "确认第4项，无异议。", R("confirm", [4]),
     "The reply is typed on the attribution line: '确认第4项，无异议。在 2026年6月17日，15:10，纪要助手 <…> 写道：' "
     "(iPhone, the blank lines above the attribution were deleted). -> confirm [4]; the rest of that line and the quote "
     "below are not reply text.", charset="utf-8", cte="quoted-printable", structure="plain",
     quote_mode="attribution", kind_what="reply on the attribution line")

# ---------------- object (4)
case(6090, "object-by-content-proposes-date-outlook-en", "M2", "songjia", "outlook_en", T(2026, 6, 16, 14, 10, 38),
     "Hi Helen,\n\nObjection on the freight booking: our forwarder takes no new bookings before the Dragon Boat holiday "
     "(Jun 19-21), earliest pickup is Jun 22. Suggest moving the due date to Jun 23.",
     R("object"), "English Outlook (Microsoft 365, UTF-8 QP) before the 18:00 cut-off. 'Objection on the freight booking: …' "
     "-> object, items [] (no number), content-match [5] (宋佳's only item, Book freight for the sample batch). "
     "The reason proposes another date ('Suggest moving the due date to Jun 23'): object with new_due_date null "
     "(convention 4). AMBIGUOUS: a reader could call it an extension; the objection is the command written first.",
     charset="utf-8", cte="quoted-printable", cc=["jianghui"], sig="\n\nBest,\nJessie Song\nLogistics, Haiyue Tyre",
     kind_what="object by task words, proposes a date")
case(6091, "object-item2-foxmail-gbk", "M4", "caizhipeng", "foxmail", T(2026, 5, 12, 15, 30, 11),
     "林总：\n\n第2项有异议：家具报价要等软装方案修订稿确定后才能询价，5月20日时间太紧，建议改到5月25日。",
     R("object", [2]), "Foxmail GBK before the cut-off: '第2项有异议：…建议改到5月25日' -> object [2], new_due_date null "
     "(convention 4: an objection whose reason proposes a date stays an objection).", charset="GBK", cc=["linmeihua"],
     sig="\n\n蔡志鹏\n采购部主管\n鸿棠酒店管理集团", kind_what="object with reason and a proposed date")
case(6092, "object-item3-non-owner-dingtalk", "M6", "hejing", "dingtalk", T(2026, 5, 6, 11, 10, 2),
     "张行：\n\n有异议：第3项柜员培训需要人力资源部协调培训场地和讲师，纪要里没有写人力部配合，建议补上。",
     R("object", [3]), "DingTalk mail (UTF-8 base64, text+HTML) from 何静, who is not the item's owner: '有异议：第3项…' -> "
     "object [3]. Whether the bot may act on it is a workflow question; the parse is still object.",
     charset="utf-8", cc=["zhangguodong", "luomin"], sig="\n\n何静\n人力资源部", kind_what="object by a non-owner")
case(6093, "object-item3-outlook-gb2312", "M7", "tianmaolin", "outlook_cn", T(2026, 6, 17, 16, 20, 45),
     "张行：\n\n对第3项有异议：现金尾箱管理细则由总行运营管理部统一修订，分行只能提修改意见，建议改为“提交细则修订意见”，"
     "完成时间不变。",
     R("object", [3]), "Outlook zh-CN gb2312 base64: '对第3项有异议：…' -> object [3]; '完成时间不变' keeps the date.",
     charset="gb2312", cc=["zhangguodong"], sig="\n\n田茂林\n办公室主任\n赤水河银行遵义分行  0851-2862 7701",
     kind_what="plain object")

# ---------------- unknown (5)
case(6094, "unknown-question-item4-outlook-de", "M2", "keller", "outlook_de", dt.datetime(2026, 6, 17, 9, 48, 20, tzinfo=TZ_DE),
     "Hi Helen,\n\nquick question on item 4 - will the EPREL entry go in under Haiyue or under your EU importer? "
     "We need to put the right name on the test report.",
     R("unknown", [4]), "Question from the German lab (Outlook de-DE, English): asks for no change -> unknown (convention 1); "
     "the number it writes is kept: items [4] (convention 2).", charset="utf-8", cte="quoted-printable",
     cc=["wangdongmei"], sig="\n\nMit freundlichen Grüßen / Best regards\nTobias Keller\nPrüfwerk Reifentechnik GmbH",
     kind_what="question naming an item")
case(6095, "unknown-question-item5-exmail", "M3", "wangjianhua", "exmail", T(2026, 4, 29, 9, 30, 52),
     "雅琪，第5项的团队名单里有没有需要无障碍客房的客人？工程部要提前检查一下扶手和呼叫器。",
     R("unknown", [5]), "Exmail gb18030 question to a colleague about item 5, from someone who does not own it: unknown [5], "
     "no percent, no date.", charset="gb18030", cc=["huangyaqi"], sig="\n\n王建华\n工程部经理  13905958127",
     kind_what="question naming an item")
case(6096, "unknown-question-item3-organizer-apple", "M4", "linmeihua", "apple_zh", T(2026, 5, 13, 8, 50, 5),
     "第3项的拆除范围包不包括12层的公共走廊？请建华确认一下。",
     R("unknown", [3]), "Apple Mail (UTF-8 QP) question from the organizer: unknown [3]. '12层' is a floor.",
     charset="utf-8", cte="quoted-printable", cc=["wangjianhua"], sig="\n\n林美华\n鸿棠酒店·泉州湾店 总经理",
     kind_what="organizer question")
case(6097, "unknown-thanks-organizer-iphone", "M6", "zhangguodong", "iphone_zh", T(2026, 5, 15, 18, 30, 41),
     "各位辛苦了，3个网点的智能柜员机本周全部到位，谢谢大家！",
     R("unknown"), "Thank-you from the organizer (iPhone, UTF-8 base64, text only): no command -> unknown. AMBIGUOUS: it "
     "states that the machines are in place (item 1's subject), but it is a thanks, not an owner's done report; item 1 was "
     "already reported done by 杨帆 (case 6059).", charset="utf-8", cte="base64", structure="plain",
     sig="\n\n发自我的iPhone", cc=["yangfan", "luomin", "tianmaolin", "wujuan", "hejing"], kind_what="thank-you")
case(6098, "unknown-thanks-mentions-after-holiday-outlook", "M7", "zhangguodong", "outlook_cn_utf8", T(2026, 6, 18, 17, 50, 4),
     "各位：\n\n谢谢大家，端午节后第一个工作日我们再碰一下整改进度。",
     R("unknown"), "Outlook zh-CN UTF-8 thank-you from the organizer that contains '节后第一个工作日' but asks to move no "
     "item -> unknown, new_due_date null (conventions 1 and 7).", charset="utf-8", cte="base64",
     cc=["luomin", "wujuan", "tianmaolin", "hejing"], sig="\n\n张国栋\n赤水河银行遵义分行",
     kind_what="thanks with a date phrase that is not a request")

AUTO = [6099, 6100]

# ----------------------------------------------------------------------------- building
def reply_parts(c, m):
    """return (plain text, html) of the whole reply, quote included"""
    style = c["client"]
    qstyle = {"outlook_cn_utf8": "outlook_cn"}.get(style, style)
    if qstyle == "exmail":
        qstyle = "qq"
    body, sig = c["body"], c["sig"]
    qm = c["quote_mode"]
    if qm == "none":
        text = body + sig + "\n"
        html = "<div>" + esc(body + sig).replace("\n", "<br>") + "</div>"
        return text, html
    qtext, qhtml = quote(qstyle, m)
    if qm == "top":
        text = body + sig + "\n" + qtext
        html = ('<div>' + esc(body).replace("\n", "<br>") + '</div><div><br></div><div style="color:#555">' +
                esc(sig.strip("\n")).replace("\n", "<br>") + "</div>" + (qhtml or ""))
        return text, html
    if qm == "bottom":
        return qtext.lstrip("\n") + "\n" + body + sig + "\n", None
    if qm.startswith("inline:"):
        n = int(qm.split(":")[1])
        lines = qtext.split("\n")
        out = []
        for l in lines:
            out.append(l)
            if l.startswith(f"> | {n} |"):
                out += ["", "已完成，报告今天上午已交合规部。", ""]
        return body + "\n" + "\n".join(out) + "\n何静\n人力资源部\n", None
    if qm == "attribution":
        ql = qtext.lstrip("\n")
        assert ql.startswith("> ")
        first, rest = ql.split("\n", 1)
        att = first[2:]
        if rest.startswith(">\n"):
            rest = rest[2:]
        return body + att + "\n\n" + rest, None
    raise ValueError(qm)

def build(c):
    m = MEETINGS[c["mid"]]
    org = ORGS[m["org"]]
    s = P[c["sender"]]
    cs = c["charset"]
    hcs = {"GBK": "GBK", "gb2312": "gb2312", "gb18030": "gb18030", "big5": "big5"}.get(cs, "utf-8")
    text, html = reply_parts(c, m)
    st = c["structure"]
    cte = c["cte"]
    flowed = c["client"].startswith("thunderbird")
    params = "; format=flowed" if flowed else ""
    seed = f"case{c['num']}"
    bnd = {"foxmail": f"----=_001_NextPart{hx(seed, 12)}_=----",
           "exmail": f"----=_NextPart_{hexu(seed, 8)}_{hexu(seed+'a', 8)}_{hexu(seed+'b', 8)}",
           "apple_zh": f"Apple-Mail={hexu(seed, 8)}-{hexu(seed+'a', 4)}-{hexu(seed+'b', 4)}",
           "gmail_en": f"000000000000{hx(seed, 16)}"}.get(c["client"], f"_000_{hx(seed, 24)}_")
    if st == "plain":
        root = leaf("text/plain", text, cs, cte, params)
    elif st == "html":
        hdoc = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}"></head><body>{html}</body></html>'
        root = leaf("text/html", hdoc, cs, cte)
    else:
        hdoc = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={cs}"></head><body>{html}</body></html>'
        alt = multi("alternative", [leaf("text/plain", text, cs, cte), leaf("text/html", hdoc, cs, cte)],
                    bnd + ("_alt" if st == "mixed" else ""))
        if st == "mixed":
            fname, data = c["attach"]
            fn_enc = ew(fname, "utf-8")
            att = leaf("application/pdf", data, None, "base64", params=f'; name="{fn_enc}"',
                       extra=[("Content-Disposition", f'attachment;\n filename="{fn_enc}"')])
            root = multi("mixed", [alt, att], bnd)
        else:
            root = alt
    sent = c["sent"]
    dom_sender = s["email"].split("@")[1]
    msgid = msgid_for(c["client"], seed, dom_sender)
    recv_at = sent.astimezone(SH) + dt.timedelta(seconds=3 + int(hx(seed + "r", 2), 16) % 9)
    internal = dom_sender == m["domain"]
    if internal:
        if c["client"] in ("exmail", "qq"):
            fromhost = f"smtpbg{100 + int(hx(seed, 2), 16) % 60}.qq.com (smtpbg{100 + int(hx(seed, 2), 16) % 60}.qq.com [43.155.{int(hx(seed,2),16)%200}.{int(hx(seed+'i',2),16)%250}])"
        elif c["client"] == "feishu":
            fromhost = "va-2-41.ptr.blmpb.com (va-2-41.ptr.blmpb.com [209.127.231.41])"
        elif c["client"] == "dingtalk":
            fromhost = "out30-118.freemail.mail.aliyun.com (out30-118.freemail.mail.aliyun.com [115.124.30.118])"
        elif c["client"] == "owa_en":
            fromhost = "SG2PR06CU001.outbound.protection.outlook.com (mail-southeastasiaazon11013040.outbound.protection.outlook.com [52.101.128.40])"
        else:
            fromhost = f"{s['email'].split('@')[0].upper()}-PC (unknown [{org['net']}{20 + int(hx(seed, 2), 16) % 200}])"
    else:
        fromhost = {"chenzhiming": "msr6.hinet.net (msr6.hinet.net [168.95.4.106])",
                    "keller": "mout.pruefwerk.example.de (mout.pruefwerk.example.de [194.25.134.17])",
                    "weber": "mout.pruefwerk.example.de (mout.pruefwerk.example.de [194.25.134.17])",
                    "leung": "mail-hk2apc01on2112.outbound.protection.outlook.com (mail-hk2apc01on2112.outbound.protection.outlook.com [40.107.255.112])",
                    "sato": "mail-ty2jpn01on2098.outbound.protection.outlook.com (mail-ty2jpn01on2098.outbound.protection.outlook.com [40.107.114.98])"}[c["sender"]]
    qid = hexu(seed + "q", 11)
    cc_keys = c["cc"]
    top = Message()
    hdrs = [
        ("Return-Path", f"<{s['email']}>"),
        ("Delivered-To", m["reply_to"]),
        ("Received", f"from {fromhost}\n\tby {org['mx']} (Postfix) with ESMTPS id {qid}\n\tfor <{m['reply_to']}>; "
                     f"{format_datetime(recv_at)} (CST)"),
    ]
    if c["client"] == "gmail_en":
        hdrs[2] = ("Received", f"from mail-pj1-f54.google.com (mail-pj1-f54.google.com [209.85.216.54])\n\tby {org['mx']} "
                   f"(Postfix) with ESMTPS id {qid}\n\tfor <{m['reply_to']}>; {format_datetime(recv_at)} (CST)")
    hdrs.append(("MIME-Version", "1.0"))
    hdrs.append(("Date", format_datetime(sent)))
    hdrs.append(("Message-ID", msgid))
    quote_names = c["client"] in ("exmail", "qq", "coremail")
    hdrs.append(("From", addr(s["name"], s["email"], hcs, quote_names)))
    hdrs.append(("To", addr(BOT_NAME, m["reply_to"], hcs, quote_names)))
    if cc_keys:
        hdrs.append(("Cc", addrs(cc_keys, hcs, quote_names)))
    hdrs.append(("Subject", ew(reply_subject(c["client"], m), hcs)))
    hdrs.append(("In-Reply-To", m["recap_msgid"]))
    hdrs.append(("References", f"{m['minutes_msgid']}\n {m['recap_msgid']}"))
    if c["client"].startswith("outlook") or c["client"] == "owa_en":
        hdrs.append(("Thread-Topic", ew(recap_subject(m), hcs)))
        hdrs.append(("Thread-Index", base64.b64encode(hashlib.sha1(seed.encode()).digest()[:22]).decode()))
        hdrs.append(("Content-Language", {"outlook_tw": "zh-TW", "outlook_en": "en-US", "outlook_de": "de-DE",
                                          "outlook_ja": "ja-JP", "owa_en": "en-US"}.get(c["client"], "zh-CN")))
    if c["client"] == "owa_en":
        hdrs.append(("X-MS-Exchange-Organization-AuthAs", "Anonymous"))
        hdrs.append(("X-MS-Has-Attach", ""))
    mailer = MAILER.get(c["client"])
    if mailer:
        hdrs.append(mailer)
    for k, v in hdrs:
        top[k] = v
    for k, v in root.items():
        top[k] = v
    top._payload = root._payload      # raw (possibly surrogate-escaped 8bit) payload, copied as is
    if root.is_multipart():
        top.preamble = root.preamble
    return serialize(top)

def build_auto(num):
    if num == 6099:   # out-of-office (Exmail) to the M3 recap
        m = MEETINGS["M3"]; s = P["suyating"]; sent = T(2026, 4, 28, 16, 40, 31); seed = "case6099"
        body = ("您好，我于4月28日至5月6日休假，期间邮件可能无法及时回复。\n"
                "团队及会议预订事宜请联系销售部 陈思敏（0595-2266 8866，chensimin@hongtang-hotels.example.cn），"
                "紧急事项请拨打 138 5081 2276。\n5月7日起正常处理，谢谢！\n\n苏雅婷\n销售部")
        root = leaf("text/plain", body, "gb18030", "base64")
        top = Message()
        for k, v in [("Return-Path", f"<{s['email']}>"), ("Delivered-To", m["bot"]),
                     ("Received", f"from smtpbg128.qq.com (smtpbg128.qq.com [43.155.80.173])\n\tby {ORGS['B']['mx']} "
                                  f"(Postfix) with ESMTPS id {hexu(seed, 11)}\n\tfor <{m['bot']}>; "
                                  f"{format_datetime(sent + dt.timedelta(seconds=4))} (CST)"),
                     ("MIME-Version", "1.0"), ("Date", format_datetime(sent)),
                     ("Message-ID", f"<tencent_{hexu(seed, 36)}@qq.com>"),
                     ("From", addr(s["name"], s["email"], "gb18030", True)),
                     ("To", addr(BOT_NAME, m["bot"], "gb18030", True)),
                     ("Subject", ew("自动回复：" + recap_subject(m), "gb18030")),
                     ("In-Reply-To", m["recap_msgid"]), ("References", m["recap_msgid"]),
                     ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply"),
                     ("X-QQ-Mailer", "QQMail 2.x")]:
            top[k] = v
        for k, v in root.items():
            top[k] = v
        top.set_payload(root.get_payload())
        return serialize(top)
    # 6100: Outlook read receipt (MDN) to the M6 recap
    m = MEETINGS["M6"]; s = P["tianmaolin"]; sent = T(2026, 5, 6, 9, 58, 40); seed = "case6100"
    r = m["recap_at"]
    human = (f"您的邮件\n\n  收件人: 田茂林\n  主题: {recap_subject(m)}\n  发送时间: {r.year}/{r.month}/{r.day} {r.hour}:{r.minute:02d}\n\n"
             f"已于 {sent.year}/{sent.month}/{sent.day} {sent.hour}:{sent.minute:02d} 读取。\n")
    p1 = leaf("text/plain", human, "gb2312", "base64")
    p2 = Message()
    p2["Content-Type"] = "message/disposition-notification"
    p2.set_payload(f"Reporting-UA: {ORGS['C']['mx']}; Microsoft Outlook 16.0\n"
                   f"Final-Recipient: rfc822;{s['email']}\nOriginal-Message-ID: {m['recap_msgid']}\n"
                   "Disposition: manual-action/MDN-sent-manually; displayed\n")
    root = Message()
    bnd = f"_004_{hx(seed, 24)}_"
    top = Message()
    for k, v in [("Return-Path", f"<{s['email']}>"), ("Delivered-To", m["bot"]),
                 ("Received", f"from TIANMAOLIN-PC (unknown [10.66.12.57])\n\tby {ORGS['C']['mx']} (Postfix) with ESMTPS id "
                              f"{hexu(seed, 11)}\n\tfor <{m['bot']}>; {format_datetime(sent + dt.timedelta(seconds=2))} (CST)"),
                 ("MIME-Version", "1.0"), ("Date", format_datetime(sent)),
                 ("Message-ID", f"<000001dcdd{hx(seed, 2)}${hx(seed+'a', 8)}${hx(seed+'b', 8)}@{ORGS['C']['domain']}>"),
                 ("From", addr(s["name"], s["email"], "gb2312")),
                 ("To", addr(BOT_NAME, m["bot"], "gb2312")),
                 ("Subject", ew("已读: " + recap_subject(m), "gb2312")),
                 ("In-Reply-To", m["recap_msgid"]), ("References", m["recap_msgid"]),
                 ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "zh-cn"),
                 ("Content-Type", f'multipart/report; report-type=disposition-notification;\n boundary="{bnd}"')]:
        top[k] = v
    top.preamble = ""
    top.attach(p1); top.attach(p2)
    return serialize(top)

AUTO_INFO = {
    6099: ("auto-ooo-exmail-labour-day", "M3",
           "Exmail out-of-office to the M3 recap from 苏雅婷 (a participant who owns no item): Auto-Submitted: auto-replied, "
           "X-Autoreply, Precedence: auto_reply, subject '自动回复：Re: …'. The body has dates (4月28日至5月6日, 5月7日起) and "
           "phone numbers; none is a command. kind auto, reply null.", "out-of-office"),
    6100: ("auto-read-receipt-outlook-mdn", "M6",
           "Outlook read receipt (multipart/report; report-type=disposition-notification, gb2312 human part, subject "
           "'已读: Re: …') for the M6 recap from 田茂林. No person wrote it: kind auto, reply null.", "read receipt (MDN)"),
}

# ----------------------------------------------------------------------------- gold
def gold_for(c):
    m = MEETINGS[c["mid"]]
    g = c["gold"]
    nd = None
    if g["rule"]:
        item_due = None
        if g["items"]:
            item_due = m["items"][g["items"][0] - 1]["due"]
        nd = resolve(g["rule"], c["sent"].astimezone(SH), item_due).isoformat()
    return {"kind": "reply", "items": [], "next_followup": None,
            "reply": {"intent": g["intent"], "items": g["items"], "percent": g["percent"], "new_due_date": nd},
            "notes": c["notes"]}

def fname(num, slug):
    return f"{num}-{slug}"

# ----------------------------------------------------------------------------- roster / README
def write_roster():
    rows = ["name,email,department,manager_email,aliases"]
    for k, p in P.items():
        rows.append(",".join([p["name"], p["email"], p["dept"] or "", p["mgr"], p["aliases"]]))
    with open(os.path.join(OUT, "roster.csv"), "w", encoding="utf-8") as f:
        f.write("\n".join(rows) + "\n")

def write_readme(golds):
    L = []
    L.append("# Blind set replies32: 50 replies to minutebot's recap mail (cases 6051-6100)\n")
    L.append("Written blind (without the bot's code or tests) by `make_replies32.py` in this folder "
             "(`python3 make_replies32.py` rewrites everything, `python3 make_replies32.py --check` re-parses every .eml "
             "with `email.policy.default` and recomputes every gold date with chinesecalendar). Gold schema and "
             "conventions: `/work/shared/corpus/README.md` and the brief's conventions 1-7; additions below.\n")
    counts = {}
    for g in golds.values():
        k = g["kind"] if g["kind"] == "auto" else g["reply"]["intent"]
        counts[k] = counts.get(k, 0) + 1
    L.append("Counts: reply 48 (" + ", ".join(f"{k} {v}" for k, v in counts.items() if k != "auto") +
             f"), auto {counts.get('auto', 0)}.\n")
    L.append("## Organisations\n")
    L.append("| org | domain | bot | trade | mail setup |\n|---|---|---|---|---|")
    L.append(f"| 威海海岳轮胎有限公司 (Weihai Haiyue Tyre) | {A} | minutes@{A} | truck/bus tyre maker, Weihai | own Postfix; staff use Foxmail, Coremail web, Outlook, Apple Mail, Feishu mail, OWA, Gmail |")
    L.append(f"| 泉州鸿棠酒店管理有限公司 (Hongtang hotels, 泉州湾店) | {B} | minutes@{B} | hotel group, Quanzhou | Tencent Exmail/企业微信 mail, Foxmail, Outlook, iPhone, 网易邮箱大师 |")
    L.append(f"| 赤水河银行遵义分行 (Chishuihe Bank, Zunyi branch) | {C} | minutes@{C} | bank branch, Zunyi | Coremail, Outlook (gb2312), Foxmail, Thunderbird, DingTalk mail, iPhone |")
    L.append("| 鼎昌精密模具 (Taiwan) | dingchang-mold.example.com.tw | - | tyre-mould supplier of Haiyue | Outlook zh-TW, Big5 |")
    L.append("| Prüfwerk Reifentechnik GmbH (Hildesheim) | pruefwerk.example.de | - | tyre test lab for Haiyue's EU certification | Outlook de-DE, iPhone (German locale) |")
    L.append("| 柏滙設計 Pak Wui Design (Hong Kong) | pakwui-design.example.com.hk | - | interior designer for Hongtang's refurbishment | Outlook en-US, iPhone (zh-HK) |")
    L.append("| 和光アメニティ Wako Amenity (Osaka) | wako-amenity.example.co.jp | - | amenity supplier of Hongtang | Outlook ja-JP |")
    L.append("\nThe replies go to the meeting's signed reply address `minutes+r<16 hex>@domain` (To), with In-Reply-To = the "
             "recap's Message-ID and References = minutes Message-ID + recap Message-ID. Auto mail (6099, 6100) goes to the "
             "plain bot address, as auto-replies answer the envelope/From address.\n")
    L.append("## Meetings and the bot's recaps\n")
    for mid, m in MEETINGS.items():
        L.append(f"### {mid}: {m['subject']}")
        L.append(f"- org {m['org']} ({ORGS[m['org']]['name']}), organizer {pname(m['organizer'])} <{P[m['organizer']]['email']}>; "
                 f"minutes sent {m['minutes_at'].strftime('%Y-%m-%d %H:%M')} (Message-ID `{m['minutes_msgid']}`)")
        L.append(f"- recap `Re: {m['subject']}` sent {m['recap_at'].strftime('%Y-%m-%d %H:%M')} "
                 f"{'(English recap)' if m['lang']=='en' else ''}, Message-ID `{m['recap_msgid']}`, reply address "
                 f"`{m['reply_to']}`, objection cut-off {m['recap_at'].strftime('%Y-%m-%d')} 18:00")
        L.append("\n| # | task | owner | due |\n|---|---|---|---|")
        for i in m["items"]:
            L.append(f"| {i['n']} | {i['task']} | {pname(i['owner'])} ({P[i['owner']]['email']}) | {i['due']} |")
        L.append("")
    L.append("The recap text quoted in each reply is the bot's recap as described in SPEC 6.1: the item table "
             "(序号 | 事项 | 负责人 | 截止时间; M2: # | Action item | Owner | Due), '如有异议请于今日内回复（截止 YYYY-MM-DD 18:00…）' "
             "and the command footer with the example words '确认' '有异议：原因' '第N项已完成' '进度80%' '延期至10月20日'. "
             "Those footer words are quoted text in every reply and must never count as the reply's command. M2's recap is "
             "English with the Chinese cut-off and command lines repeated (a bilingual meeting); this only shapes the quote.\n")
    L.append("## Conventions applied beyond the corpus README (a scorer must know them)\n")
    L.append("- C1. `content-match [N]` in notes: where the reply names the task without a number, gold `reply.items` is [] "
             "(only written numbers count) and notes give the item the words match among the sender's open items of that "
             "meeting (6053, 6060, 6065, 6071, 6079, 6090). A scorer that credits content matching may compare against it.")
    L.append("- C2. A sender who owns two items in the meeting and writes neither a number nor task words (6057) gets "
             "intent as written, items [] and no content-match.")
    L.append("- C3. '三成' = 30 and '90%' = 90, read the same way as '七成' = 70 (convention 6).")
    L.append("- C4. '下星期一' (Traditional/HK wording) = '下周一' (convention 5: the weekday of the following calendar week).")
    L.append("- C5. '还要两天' attached to a numbered item = two calendar days after that item's current due date (convention 5), "
             "even when written on the due date itself (6074).")
    L.append("- C6. 'N个工作日内' written in an extension request counts from the day after sending, with 2026 make-up working "
             "days counted (6075 crosses Sat 05-09) and holidays skipped (6069 crosses 06-19..21).")
    L.append("- C7. '节后第一个工作日' = first working day after the next statutory holiday block after the send date "
             "(6067: Labour Day -> 05-06). A thank-you that mentions it (6098) is unknown, not extend.")
    L.append("- C8. An inline answer under a quoted row (6061) takes that row's number; a reply typed on the attribution line "
             "(6089) is reply text up to the attribution; a bottom-posted reply (6088) is the text after the quote.")
    L.append("- C9. An objection by a participant who does not own the item (6092) is still intent object with that item; "
             "who may change an item is workflow, not parse.")
    L.append("- C10. Read receipts (multipart/report; report-type=disposition-notification) are kind auto, like "
             "out-of-office replies.")
    L.append("- C11. Progress given only as counts ('14户中已补齐9户') is progress with percent null (6084); "
             "'入住率九成' in a reason is not a percent of the item (6075).\n")
    L.append("## Clients and encodings\n")
    L.append("Foxmail (GBK and gb2312 label, base64, 发件人：/发送时间： quote without '>'), Tencent Exmail/企业微信 mail "
             "(gb18030 base64, '------------------ 原始邮件 ------------------'; one HTML-only), Outlook zh-CN (gb2312 base64 and "
             "QP, UTF-8; '________________________________' + 发件人/发送时间/收件人/主题, subject '答复:'), Outlook zh-TW (Big5, "
             "no quote, '回覆:'), Outlook en-US/de-DE/ja-JP (From/Sent, Von/Gesendet, 差出人/送信日時; RE:/AW:), OWA "
             "(HTML only, Date +0000, divRplyFwdMsg), Coremail web (UTF-8 base64, GBK base64 and GBK QP, '-----原始邮件-----'), "
             "网易邮箱大师 ('---- 回复的原邮件 ----' table, '发自网易邮箱大师'), Feishu/Lark mail (quote with '>' under "
             "发件人：/发送时间：; the exact Lark layout is approximated), DingTalk mail (dash line + 发件人：/主　题：), iPhone "
             "(zh-CN, zh-HK '從我的 iPhone 傳送', de-DE 'Am … schrieb …:'), Apple Mail macOS (UTF-8 QP), Gmail web (English "
             "'On … wrote:'), Thunderbird zh-CN (8bit UTF-8 format=flowed, '在 2026/6/17 15:10, 纪要助手 写道:'). "
             "Every .eml has Return-Path, Delivered-To and a Received line added by the receiving Postfix. Dates are in "
             "+0800 except 6062/6094 (+0200), 6086 (+0200), 6058 (+0900) and 6072 (+0000); all gold dates use Asia/Shanghai.\n")
    L.append("## Cases\n")
    L.append("| case | kind | gold summary | what it tests |\n|---|---|---|---|")
    for num in sorted(golds):
        g = golds[num]
        name = CASE_NAMES[num]
        if g["kind"] == "auto":
            summ = "auto"
        else:
            r = g["reply"]
            summ = f"{r['intent']} items={r['items']}"
            if r["percent"] is not None:
                summ += f" {r['percent']}%"
            if r["new_due_date"]:
                summ += f" -> {r['new_due_date']}"
            cm = [w for w in g["notes"].split() if False]
            if "content-match [" in g["notes"]:
                i = g["notes"].index("content-match [")
                summ += " (" + g["notes"][i:g["notes"].index("]", i) + 1] + ")"
        L.append(f"| {name} | {g['kind']} | {summ} | {CASE_WHAT[num]} |")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")

CASE_NAMES, CASE_WHAT = {}, {}

def generate():
    golds = {}
    for c in CASES:
        n = fname(c["num"], c["slug"])
        CASE_NAMES[c["num"]] = n
        CASE_WHAT[c["num"]] = f"{MEETINGS[c['mid']]['id']}, {pname(c['sender'])}, {c['client']} {c['charset']}/{c['cte']} {c['structure']}: {c['what']}"
        raw = build(c)
        with open(os.path.join(OUT, n + ".eml"), "wb") as f:
            f.write(raw)
        g = gold_for(c)
        golds[c["num"]] = g
        with open(os.path.join(OUT, n + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")
    for num in AUTO:
        slug, mid, notes, what = AUTO_INFO[num]
        n = fname(num, slug)
        CASE_NAMES[num] = n
        CASE_WHAT[num] = f"{mid}: {what}"
        with open(os.path.join(OUT, n + ".eml"), "wb") as f:
            f.write(build_auto(num))
        g = {"kind": "auto", "items": [], "next_followup": None, "reply": None, "notes": notes}
        golds[num] = g
        with open(os.path.join(OUT, n + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2); f.write("\n")
    write_roster()
    write_readme(golds)
    print(f"wrote {len(golds)} cases to {OUT}")

# ----------------------------------------------------------------------------- check
def check():
    errs = []
    byn = {c["num"]: c for c in CASES}
    files = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    assert len(files) == 50, len(files)
    nums = []
    for f in files:
        num = int(f.split("-")[0]); nums.append(num)
        raw = open(os.path.join(OUT, f), "rb").read()
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            if part.defects:
                errs.append(f"{f}: defects {part.defects}")
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                try:
                    part.get_payload(decode=True).decode(cs)   # strict decode with the declared charset
                    part.get_content()
                except Exception as e:
                    errs.append(f"{f}: text part does not decode: {e}")
        for h in ("From", "To", "Subject", "Date", "Message-ID", "In-Reply-To", "Return-Path", "Delivered-To", "Received"):
            if msg[h] is None:
                errs.append(f"{f}: missing {h}")
            else:
                str(msg[h])
        if msg.defects:
            errs.append(f"{f}: message defects {msg.defects}")
        gold = json.load(open(os.path.join(OUT, f[:-4] + ".json"), encoding="utf-8"))
        sent = msg["Date"].datetime.astimezone(SH)
        if sent.year != 2026:
            errs.append(f"{f}: not 2026")
        if num in byn:
            c = byn[num]
            m = MEETINGS[c["mid"]]
            if msg["In-Reply-To"] != m["recap_msgid"] or m["recap_msgid"] not in msg["References"]:
                errs.append(f"{f}: threading")
            if m["reply_to"] not in str(msg["To"]):
                errs.append(f"{f}: To is not the signed reply address")
            if sent <= m["recap_at"]:
                errs.append(f"{f}: sent before the recap")
            r = gold["reply"]
            for n in r["items"]:
                if not 1 <= n <= len(m["items"]):
                    errs.append(f"{f}: item {n} not in meeting")
            if r["items"] != sorted(set(r["items"])):
                errs.append(f"{f}: items not sorted/unique")
            rule = c["gold"]["rule"]
            if rule:
                due = m["items"][r["items"][0] - 1]["due"] if r["items"] else None
                exp = resolve(rule, sent, due).isoformat()   # recomputed from the parsed Date header
                if exp != r["new_due_date"]:
                    errs.append(f"{f}: new_due_date {r['new_due_date']} != {exp}")
                if r["intent"] != "extend":
                    errs.append(f"{f}: date on a non-extend")
                d = dt.date.fromisoformat(exp)
                if d.year != 2026:
                    errs.append(f"{f}: date outside 2026")
            elif r["new_due_date"] is not None:
                errs.append(f"{f}: date without rule")
            if r["intent"] in ("unknown", "confirm", "object") and (r["percent"] is not None or r["new_due_date"]):
                errs.append(f"{f}: percent/date on {r['intent']}")
            if "content-match [" in gold["notes"]:
                i = gold["notes"].index("content-match [")
                cmn = int(gold["notes"][i + 15:gold["notes"].index("]", i)])
                own = [it["n"] for it in m["items"] if it["owner"] == c["sender"]]
                if cmn not in own or r["items"]:
                    errs.append(f"{f}: content-match {cmn} not the sender's item or items not empty")
            # spot check: the reply text (top of the first text part) really contains what the gold relies on
            text = None
            for part in msg.walk():
                if part.get_content_type() in ("text/plain", "text/html"):
                    text = part.get_content(); break
            if c["body"].split("\n")[0][:12] not in text:
                errs.append(f"{f}: body not found")
        else:
            if gold["kind"] != "auto" or gold["reply"] is not None:
                errs.append(f"{f}: auto gold")
            if msg["Auto-Submitted"] is None and msg.get_content_type() != "multipart/report":
                errs.append(f"{f}: auto mail without auto markers")
    if sorted(nums) != list(range(6051, 6101)):
        errs.append("case numbers are not 6051-6100")
    # calendar sanity: the holiday facts the notes rely on
    assert not is_workday(dt.date(2026, 6, 19)) and is_workday(dt.date(2026, 5, 9)) and not is_workday(dt.date(2026, 5, 5))
    for e in errs:
        print("ERROR", e)
    print(f"checked {len(files)} messages: {'OK' if not errs else str(len(errs)) + ' problems'}")
    return 1 if errs else 0

if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    if sys.argv[1:]:                       # (added when the set joined the tests: write to OUTDIR, then check it)
        OUT = os.path.abspath(sys.argv[1])
        os.makedirs(OUT, exist_ok=True)
    generate()
    sys.exit(check())

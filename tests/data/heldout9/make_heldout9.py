#!/usr/bin/env python3
"""heldout9 generator: raw .eml + gold .json pairs (cases 1601-), roster.csv.

    /work/blind/venv/bin/python make_heldout9.py [OUTDIR]     # write
    /work/blind/venv/bin/python make_heldout9.py --check [DIR] # recompute every gold date, compare with files

Deterministic: no clock, no randomness. Every gold date is written by hand AND recomputed with chinesecalendar /
weekday arithmetic (function D below raises if they differ). 2027 cases use only phrases that need no holiday
calendar (chinesecalendar 1.11 does not know 2027).
"""
import base64, csv, datetime as dt, io, json, quopri, sys, zipfile
from pathlib import Path
import chinese_calendar as cc

TZ8 = dt.timezone(dt.timedelta(hours=8))
DAY = dt.timedelta(days=1)
date = dt.date.fromisoformat

# ---------------------------------------------------------------- calendar helpers
def is_wd(d):
    return cc.is_workday(d)

def wdays(sent, n):            # N个工作日内: count from the day after sending
    d = sent
    while n:
        d += DAY
        if is_wd(d):
            n -= 1
    return d

def this_or_next(sent, k):     # 周X (0=Mon): this week's if not past, else next week's
    c = sent - dt.timedelta(days=sent.weekday()) + dt.timedelta(days=k)
    return c if c >= sent else c + 7 * DAY

def next_week(sent, k):        # 下周X
    return sent - dt.timedelta(days=sent.weekday()) + dt.timedelta(days=7 + k)

def first_wd_after(d):
    d += DAY
    while not is_wd(d):
        d += DAY
    return d

def last_wd_before(d):
    d -= DAY
    while not is_wd(d):
        d -= DAY
    return d

def month_end(y, m):
    return (dt.date(y + (m == 12), m % 12 + 1, 1) - DAY)

def D(iso, computed):
    if date(iso) != computed:
        raise AssertionError(f"gold {iso} != computed {computed}")
    return iso

# ---------------------------------------------------------------- people
ORGS = {
    "sk": ("skpharma.example.cn", ("纪要助手", "minutes-bot@skpharma.example.cn")),
    "lh": ("luhai-trade.example.cn", ("待办小助手", "todo@luhai-trade.example.cn")),
    "qs": ("qsjd.example.gov.cn", ("督办助手", "duban@qsjd.example.gov.cn")),
    "hk": ("hekuang.example.tw", ("會議記錄小幫手", "notes@hekuang.example.tw")),
}
ROSTER = [  # name, local, org, department, head, aliases
    ("周静", "zhoujing", "sk", "质量保证部", True, "周经理;Zhou Jing;Jing Zhou;静姐"),
    ("冯磊", "fenglei", "sk", "质量保证部", False, "Feng Lei;冯工"),
    ("何雨桐", "heyutong", "sk", "质量保证部", False, "He Yutong;Yutong He"),
    ("唐慧", "tanghui", "sk", "质量控制部", True, "Tang Hui;Hui Tang"),
    ("罗志刚", "luozhigang", "sk", "生产部", True, "Luo Zhigang;罗部长"),
    ("邓思远", "dengsiyuan", "sk", "生产部", False, "Deng Siyuan;邓班长"),
    ("曾凡", "zengfan", "sk", "工程部", True, "曾经理;Zeng Fan"),
    ("谢婷", "xieting", "sk", "采购部", True, "Xie Ting;Tina Xie"),
    ("林志杰", "linzhijie", "lh", "出口部", True, "林经理;Jay Lin;阿杰;Jay"),
    ("陈雅婷", "chenyating", "lh", "出口部", False, "Yvonne Chen;Yvonne;雅婷"),
    ("黄国梁", "huangguoliang", "lh", "关务部", True, "黄经理;Kenny Huang;Kenny"),
    ("林晓薇", "linxiaowei", "lh", "关务部", False, "小林;Vivi Lin;Vivi"),
    ("苏美玲", "sumeiling", "lh", "单证部", True, "美玲;Mandy Su;Mandy"),
    ("吴建新", "wujianxin", "lh", "进口部", True, "吴总;Jason Wu;Jason"),
    ("王慧敏", "wanghuimin", "qs", "党政办", True, "王主任;Wang Huimin"),
    ("张国栋", "zhangguodong", "qs", "城管办", True, "张主任;Zhang Guodong"),
    ("刘卫东", "liuweidong", "qs", "平安办", True, "刘主任;Liu Weidong"),
    ("陈秀英", "chenxiuying", "qs", "翠竹社区居委会", True, "陈书记;Chen Xiuying"),
    ("李小燕", "lixiaoyan", "qs", "翠竹社区居委会", False, "小燕;Li Xiaoyan"),
    ("赵强", "zhaoqiang", "qs", "翠竹社区居委会", False, "Zhao Qiang"),
    ("周建华", "zhoujianhua", "qs", "桂园社区居委会", True, "周书记;Zhou Jianhua"),
    ("孙丽", "sunli", "qs", "桂园社区居委会", False, "Sun Li"),
    ("林宜君", "vivian.lin", "hk", "設計部", True, "Vivian Lin;Vivian;林總監;林总监"),
    ("張凱文", "kevin.chang", "hk", "設計部", False, "Kevin Chang;Kevin;阿凱;阿凯;张凯文"),
    ("黃怡如", "erin.huang", "hk", "客戶服務部", True, "Erin Huang;Erin;黄怡如"),
    ("鄭浩", "hao.zheng", "hk", "深圳工作室", True, "郑浩;Hao Zheng;Hao;浩哥"),
    ("許家豪", "jacky.hsu", "hk", "深圳工作室", False, "许家豪;Jacky Hsu;Jacky"),
]
P, HEADS = {}, {}
for n, l, o, dep, h, a in ROSTER:
    if h:
        HEADS[(o, dep)] = f"{l}@{ORGS[o][0]}"
for n, l, o, dep, h, a in ROSTER:
    P[n] = dict(name=n, email=f"{l}@{ORGS[o][0]}", department=dep,
                manager_email="" if h else HEADS[(o, dep)], aliases=a)
EXT = {
    "Anna Berg": "anna.berg@helixbio.example.se",
    "Marco Rossi": "marco.rossi@vinicolarossi.example.it",
    "Priya Nair": "priya.nair@spicebridge.example.in",
    "张海峰": "zhanghf@haixiang-log.example.cn",
    "李佩珊": "peishan.li@xiafei-bakery.example.tw",
    "王志明": "wang.zm@xiafei-bakery.example.tw",
    "Emma Clarke": "emma.clarke@nordlysroasters.example.co.uk",
    "佐藤 健": "k.sato@kasumi-foods.example.jp",
}

def W(name):
    if name in P:
        return (name, P[name]["email"])
    return (name, EXT[name])

def BOT(o):
    return ORGS[o][1]

def I(owner, task, due=None, time=None, flags=(), dept=None):
    email = None
    if owner in P:
        email, dept = P[owner]["email"], P[owner]["department"]
    elif owner is not None:
        email = EXT.get(owner)
    fl = list(flags)
    if owner is None and "no_owner" not in fl:
        fl.insert(0, "no_owner")
    if due is None and "vague_due" not in fl and "no_due" not in fl:
        fl.append("no_due")
    return {"owner_name": owner, "owner_email": email, "department": dept, "task": task,
            "due_date": due, "due_time": time, "flags": fl}

def FU(d, t=None):
    return {"date": d, "time": t}

def REP(intent, items=(), percent=None, new_due=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due}

# ---------------------------------------------------------------- MIME helpers
def b2047(s, cs="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        cs = "utf-8" if cs.lower() == "us-ascii" else cs
        enc = {"gb2312": "gbk", "big5": "cp950"}.get(cs, cs)
        return "=?%s?B?%s?=" % (cs, base64.b64encode(s.encode(enc)).decode())

def addr(p, cs="utf-8"):
    n, a = p
    return "%s <%s>" % (b2047(n, cs) if not n.isascii() else ('"%s"' % n if " " in n else n), a)

def rfcdate(t):
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][t.weekday()]
    mo = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][t.month - 1]
    off = int(t.utcoffset().total_seconds()) // 60
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (wd, t.day, mo, t.year, t.hour, t.minute, t.second,
                                                      "+" if off >= 0 else "-", abs(off) // 60, abs(off) % 60)

def encode_body(text, cs, cte):
    enc = {"gb2312": "gbk", "big5": "cp950"}.get(cs, cs)
    raw = text.replace("\r\n", "\n").encode(enc)
    if cte == "base64":
        return base64.encodebytes(raw).decode().replace("\n", "\r\n").encode()
    if cte == "quoted-printable":
        return quopri.encodestring(raw.replace(b"\n", b"\r\n")).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw.replace(b"\n", b"\r\n")

def part(ctype, text, cs, cte, extra=""):
    h = f"Content-Type: {ctype}; charset=\"{cs}\"{extra}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n"
    return h.encode() + encode_body(text, cs, cte)

def multipart(sub, parts, boundary):
    out = [f"Content-Type: multipart/{sub};\r\n\tboundary=\"{boundary}\"\r\n\r\n".encode(),
           b"This is a multi-part message in MIME format.\r\n\r\n"]
    for p in parts:
        out += [f"--{boundary}\r\n".encode(), p, b"\r\n"]
    out.append(f"--{boundary}--\r\n".encode())
    return b"".join(out)

def html_of(text, font="微软雅黑"):
    import html as H
    lines = "".join("<div>%s</div>\r\n" % (H.escape(l) if l.strip() else "<br>") for l in text.split("\n"))
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div style=\"font-family:%s;font-size:10.5pt\">\r\n%s</div></body></html>" % (font, lines))

def message(hdrs, body_bytes):
    out = b""
    for k, v in hdrs:
        out += f"{k}: {v}\r\n".encode()
    out += b"MIME-Version: 1.0\r\n"
    return out + body_bytes

def mail(c):
    """c: dict with frm,to,cc,date,subject,client,cs,cte,text,html(optional str),attach(optional)."""
    cs, cte, cl = c["cs"], c["cte"], c["client"]
    t = c["date"]
    tid = c["id"]
    hdrs = [("Received", f"from mx.{c['frm'][1].split('@')[1]} (unknown [10.1.{tid % 200}.{tid % 97}]) by mail.local; {rfcdate(t)}")]
    hdrs += [("From", addr(c["frm"], cs)), ("To", ", ".join(addr(p, cs) for p in c["to"]))]
    if c.get("cc"):
        hdrs.append(("Cc", ", ".join(addr(p, cs) for p in c["cc"])))
    hdrs.append(("Subject", b2047(c["subject"], cs)))
    hdrs.append(("Date", rfcdate(t)))
    mid = {"outlook": f"<{tid:04d}A1B2C3D4E5$F6a7b8$c9d0@{c['frm'][1].split('@')[1]}>",
           "foxmail": f"<2025{tid:04d}17201843{tid}@{c['frm'][1].split('@')[1]}>",
           "gmail": f"<CAK{tid}x7rQ=pZ-w2qNmL{tid}Hk@mail.gmail.com>",
           "apple": f"<{tid:04d}E1C2-7A3B-4D5E-9F10-AB{tid:04d}CD@{c['frm'][1].split('@')[1]}>",
           }.get(cl, f"<{tid}.{c['frm'][1].split('@')[0]}.msg@{c['frm'][1].split('@')[1]}>")
    hdrs.append(("Message-ID", mid))
    if c.get("inreply"):
        hdrs += [("In-Reply-To", c["inreply"]), ("References", c["inreply"])]
    hdrs += {"outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdqK3x1s9fQm2Yw7TbiZk0d+Eq1P3A=="),
                         ("Content-Language", "zh-tw" if c["frm"][1].endswith(".tw") else "zh-cn")],
             "foxmail": [("X-Priority", "3"), ("X-GUID", f"5A3E{tid}-0F2B-4C11-8E3D-7A9B0C1D2E3F"),
                         ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.228[cn]")],
             "apple": [("X-Mailer", "iPhone Mail (21F90)")],
             "applemac": [("X-Mailer", "Apple Mail (2.3774.600.62)")],
             "coremail": [("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version 2023.2-cmXT5 build 20231205(63b1e7d1)"),
                          ("X-Originating-IP", "[10.20.3.15]")],
             "dingtalk": [("X-Mailer", "DingTalk Mail")],
             "wecom": [("X-QQ-mid", f"bizesmtp{tid}t1718000000tq2k9f0"), ("X-QQ-SSF", "00400000000000F0")],
             "gmail": [], "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
             }.get(cl, [])
    hdrs += c.get("extra_headers", [])
    if cl == "thunderbird":
        pass
    text = c["text"]
    if c.get("html") is not None:
        alt = multipart("alternative", [part("text/plain", text, cs, cte),
                                        part("text/html", c["html"].replace("charset=utf-8", f"charset={cs}"), cs, cte)],
                        f"----=_NextPart_{tid:03d}_01DA_{tid * 7:08X}")
        body = alt
    else:
        body = part("text/plain", text, cs, cte, "; format=flowed" if cl in ("thunderbird", "applemac") else "")
    if c.get("attach"):
        fname, data, ctype = c["attach"]
        att = (f"Content-Type: {ctype};\r\n\tname=\"{b2047(fname, 'utf-8')}\"\r\nContent-Transfer-Encoding: base64\r\n"
               f"Content-Disposition: attachment;\r\n\tfilename*=utf-8''" +
               "".join(ch if ch.isascii() and ch.isalnum() or ch in ".-_" else "".join("%%%02X" % b for b in ch.encode())
                       for ch in fname) + "\r\n\r\n").encode() + base64.encodebytes(data).replace(b"\n", b"\r\n")
        body = multipart("mixed", [body[:0] + body, att], f"----=_Mixed_{tid:04d}_ABCD")
    return message(hdrs, body)

def docx(paragraphs):
    from xml.sax.saxutils import escape
    ps = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % escape(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % ps)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for n, s in [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)]:
            zi = zipfile.ZipInfo(n, (2026, 12, 2, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, s)
    return bio.getvalue()

def T(s):
    return dt.datetime.fromisoformat(s).replace(tzinfo=TZ8)

CASES = []

def case(id, slug, kind, what, notes, items=(), fu=None, reply=None, **m):
    m["id"] = id
    CASES.append(dict(id=id, slug=slug, kind=kind, what=what, mail=m,
                      gold={"kind": kind, "items": list(items), "next_followup": fu, "reply": reply, "notes": notes}))

# ======================================================================= 蜀康药业 (Chengdu pharma)
S = date("2025-01-24")
t1601 = """各位：

DEV-2025-007 偏差调查会议纪要如下，请各责任人按时限完成，节前未完成的请在节后第一时间跟进。

会议主题：DEV-2025-007（压片机冲头磨损导致片重差异）偏差调查及CAPA讨论
会议时间：2025年1月24日 14:00-15:30
会议地点：QA会议室
主持：周静　　记录：何雨桐
参会人员：周静、唐慧、罗志刚、冯磊、曾凡、邓思远

一、偏差概述
1月21日固体制剂车间ZP-35压片机生产批号P250118批次时，中控片重差异超出内控标准（±5%），已按规程隔离该批及前后相关批次。

二、初步结论
1. 根本原因初步判定为上冲头磨损，维护保养周期设置不合理；
2. 偏差分级为“主要偏差”。

三、纠正预防措施及分工
序号 | 措施 | 负责人 | 完成时限 | 状态
1 | 完成ZP-35全部冲头的尺寸测量并出具测量报告 | 曾凡 | 3个工作日内 | 进行中
2 | 对受影响批次追加片重差异及含量均匀度检验 | 唐慧 | 2025年1月27日 | 进行中
3 | 修订《压片机维护保养SOP》，冲头检查周期由每季度改为每月 | 冯磊 | 2月14日前 | 未开始
4 | 隔离批次标识与物料台账核对 | 邓思远 | 1月24日 | 已完成
5 | 偏差调查报告定稿并提交QA负责人审批 | 何雨桐 | 节后第一个工作日 | 未开始

四、下次会议
2月8日（周六，调休上班）上午9:30，地点同上，审核冲头测量结果及调查报告。

质量保证部　周静
四川蜀康药业有限公司
"""
case(1601, "pharma-deviation-table-outlook-gb2312", "minutes",
     "Outlook HTML+plain gb2312 QP deviation minutes, pipe table with 状态; 已完成 row excluded; 3个工作日内 across Spring Festival 2025 with the 01-26 make-up Sunday; 节后第一个工作日; next meeting on the 02-08 make-up Saturday",
     "Sent Fri 2025-01-24. Row1 3个工作日内: 01-26 (Sun, 调休 workday) =1, 01-27 =2, 01-28..02-04 holiday, 02-05 =3 -> 2025-02-05. Row2 2025-01-27. Row3 2月14日前 -> 2025-02-14. Row4 已完成 -> not an item. Row5 节后第一个工作日 -> 2025-02-05. 初步结论 lines are decisions. Next meeting 2025-02-08 09:30 (make-up Saturday).",
     items=[I("曾凡", "完成ZP-35全部冲头的尺寸测量并出具测量报告", D("2025-02-05", wdays(S, 3))),
            I("唐慧", "对受影响批次追加片重差异及含量均匀度检验", D("2025-01-27", date("2025-01-27"))),
            I("冯磊", "修订《压片机维护保养SOP》，冲头检查周期由每季度改为每月", D("2025-02-14", date("2025-02-14"))),
            I("何雨桐", "偏差调查报告定稿并提交QA负责人审批", D("2025-02-05", first_wd_after(date("2025-02-04"))))],
     fu=FU(D("2025-02-08", date("2025-02-08")), "09:30"),
     frm=W("周静"), to=[W("唐慧"), W("罗志刚"), W("冯磊"), W("曾凡"), W("邓思远")], cc=[W("何雨桐"), BOT("sk")],
     date=T("2025-01-24 16:41:07"), subject="偏差调查会议纪要-DEV-2025-007", client="outlook", cs="gb2312",
     cte="quoted-printable", text=t1601, html=html_of(t1601))

S = date("2025-09-26")
t1602 = """CAPA-2025-031 评审会议纪要

会议时间：2025-09-26 15:00
参加人员：周静、罗志刚、冯磊、唐慧、邓思远、曾凡
议题：清洁验证（品种切换 阿莫西林→头孢克肟）残留超标的CAPA评审

一、评审结论
CAPA方案原则通过，C3需补充评估后再定是否实施。

二、措施分工
|编号|措施内容|责任人（主责/配合）|时限|
|C1|①更新《固体车间设备清洁SOP》冲洗次数及目检标准；②组织操作工培训并考核|罗志刚（主责）/冯磊（配合）|①5个工作日内；②10月17日前|
|C2|补做3批清洁验证取样及检测|唐慧（主责）/邓思远（配合）|10月31日前|
|C3|评估是否需要更换CIP喷淋球|曾凡|国庆节后第一个工作日|
|C4|CAPA有效性评价|QA|待定|

三、下次评审
10月11日（周六，调休上班）14:00，QA会议室。

冯磊
质量保证部
"""
case(1602, "pharma-capa-main-support-foxmail-gbk", "minutes",
     "Foxmail GBK base64 plain: pipe table with '主责/配合' in one cell and ①② sub-tasks with ①② deadlines in one cell; 5个工作日内 across 2025 National Day (09-28 make-up Sunday); dept-only 'QA' + 待定",
     "Sent Fri 2025-09-26. C1 is two items owned by the 主责 罗志刚 (冯磊 only supports): ① 5个工作日内 = 09-28 (Sun make-up) 1, 09-29 2, 09-30 3, [10-01..10-08 holiday], 10-09 4, 10-10 5 -> 2025-10-10; ② 10月17日前 -> 2025-10-17. C2 主责 唐慧 2025-10-31. C3 国庆节后第一个工作日 -> 2025-10-09. C4 owner 'QA' is a department (质量保证部) -> no_owner, 待定 -> vague_due. 评审结论 is a decision. Next review 2025-10-11 14:00 (make-up Saturday).",
     items=[I("罗志刚", "更新《固体车间设备清洁SOP》冲洗次数及目检标准", D("2025-10-10", wdays(S, 5))),
            I("罗志刚", "组织操作工培训并考核", D("2025-10-17", date("2025-10-17"))),
            I("唐慧", "补做3批清洁验证取样及检测", D("2025-10-31", date("2025-10-31"))),
            I("曾凡", "评估是否需要更换CIP喷淋球", D("2025-10-09", first_wd_after(date("2025-10-08")))),
            I(None, "CAPA有效性评价", None, flags=["vague_due"], dept="质量保证部")],
     fu=FU(D("2025-10-11", date("2025-10-11")), "14:00"),
     frm=W("冯磊"), to=[W("周静"), W("罗志刚"), W("唐慧"), W("邓思远"), W("曾凡")], cc=[BOT("sk")],
     date=T("2025-09-26 17:20:44"), subject="【CAPA评审】CAPA-2025-031 清洁验证残留超标 会议纪要", client="foxmail",
     cs="GBK", cte="base64", text=t1602)

S = date("2025-03-14")
t1603 = """各位早，

今天质量例会几件事记一下：

1. 罗工：B线灌装机在线粒子监测的报警限重新确认一下，下周三前给QA回复。
2. 唐老师：稳定性考察6个月样品的取样计划，月底前发出来。
3. 小何：偏差台账里3月份那12条，根本原因分类补齐，今天下班前。
4. AHU-3压差最近老是波动，请罗工和曾经理一起看下，尽快。

下周例会照旧，周五上午10点。

周静
"""
case(1603, "pharma-titles-from-to-cc-outlook-qp", "minutes",
     "Outlook plain UTF-8 QP: owners only as surname+title (罗工, 唐老师, 小何) resolvable only through To/Cc display names (not roster aliases); 下周三前/月底前/今天下班前/尽快; next meeting 'next week same, Friday 10am'",
     "Sent Fri 2025-03-14. 罗工 = 罗志刚 (To), 唐老师 = 唐慧 (To), 小何 = 何雨桐 (Cc): none of these titles is a roster alias, each surname matches exactly one To/Cc person. 下周三前 -> 2025-03-19; 月底前 -> 2025-03-31; 今天下班前 -> 2025-03-14 (no time). Item 4 names 罗工 and 曾经理 together: the first named, 罗志刚, is recorded as owner (曾凡 co-owns); 尽快 -> vague_due. '下周例会照旧，周五上午10点' -> next week's Friday 2025-03-21 10:00.",
     items=[I("罗志刚", "B线灌装机在线粒子监测的报警限重新确认并回复QA", D("2025-03-19", next_week(S, 2))),
            I("唐慧", "发出稳定性考察6个月样品的取样计划", D("2025-03-31", month_end(2025, 3))),
            I("何雨桐", "补齐偏差台账3月份12条的根本原因分类", D("2025-03-14", S)),
            I("罗志刚", "排查AHU-3压差波动", None, flags=["vague_due"])],
     fu=FU(D("2025-03-21", next_week(S, 4)), "10:00"),
     frm=W("周静"), to=[W("罗志刚"), W("唐慧")], cc=[W("何雨桐"), W("曾凡"), BOT("sk")],
     date=T("2025-03-14 10:05:51"), subject="3月第2周质量例会", client="outlook", cs="utf-8", cte="quoted-printable",
     text=t1603)

S = date("2026-02-13")
t1604 = """飞书妙记出的纪要，待办我核对过了，麻烦纪要助手录一下。其余部分仅供参考。

---------- 转发的消息 ----------
智能纪要：清洁验证方案评审会 2026年2月13日

总结
本次会议评审了头孢类品种共线生产的清洁验证方案V1。与会人员认为残留限度计算依据需补充毒理学数据（PDE），取样点需增加混合机出料口。TOC方法的检测限尚待确认。

章节
00:00:15 开场与议程确认
周静介绍本次评审范围，提出希望在两周内形成定稿。
00:06:42 残留限度计算
冯磊说明按PDE法计算的可接受限度，唐慧提出TOC检测限可能不满足，需要实验确认。
00:21:30 取样点与设备清单
邓思远补充混合机出料口历史上有残留，建议增加擦拭取样点。
00:35:08 后续安排
周静确认复审时间。

关键决策
- 取样点增加混合机出料口（擦拭法）。
- 残留限度采用PDE法，不再使用10ppm法。

待办
- 冯磊：节后第一个工作日前提交清洁验证方案V2
- 唐慧：3个工作日内确认TOC方法检测限
- 邓思远：整理近三个月设备清洁记录

后续安排
复审会：2月28日（周六，调休上班）10:00

智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用
"""
case(1604, "pharma-feishu-ai-minutes-forward", "minutes",
     "Forwarded 飞书妙记 AI minutes (UTF-8 base64 HTML+plain): summary, time-stamped chapters with a '两周内' in the transcript, 关键决策; only the 待办 section counts; 3个工作日内 across Spring Festival 2026 with the 02-14 make-up Saturday; 'AI 生成' footer",
     "Sent Fri 2026-02-13. Only 待办 lines are items. 节后第一个工作日前: holiday 02-15..02-23 -> 2026-02-24. 3个工作日内: 02-14 (Sat make-up) 1, 02-24 2, 02-25 3 -> 2026-02-25. 邓思远 item has no date -> no_due. '希望在两周内形成定稿' in a chapter summary is not an item; 关键决策 are decisions. 复审会 2026-02-28 10:00 (make-up Saturday) -> next_followup.",
     items=[I("冯磊", "提交清洁验证方案V2", D("2026-02-24", first_wd_after(date("2026-02-23")))),
            I("唐慧", "确认TOC方法检测限", D("2026-02-25", wdays(S, 3))),
            I("邓思远", "整理近三个月设备清洁记录")],
     fu=FU(D("2026-02-28", date("2026-02-28")), "10:00"),
     frm=W("冯磊"), to=[BOT("sk")], cc=[W("周静"), W("唐慧"), W("邓思远")],
     date=T("2026-02-13 18:10:02"), subject="Fwd: 智能纪要：清洁验证方案评审会 2026年2月13日", client="feishu", cs="utf-8",
     cte="base64", text=t1604, html=html_of(t1604, "PingFang SC"),
     extra_headers=[("X-Mailer", "Feishu Mail")])

S = date("2026-03-10")
t1605 = """Hi Anna, all,

Thanks for the call this afternoon. Minutes below - please shout if I missed anything.

Attendees: Anna Berg (Helix QA), Zhou Jing, Tang Hui, Feng Lei

Summary
- Helix accepted our response to observation 5 (training records); closed.
- Observations 1-4 remain open; Helix expects a CAPA plan with target dates.

Action items

Action: Send the CAPA plan for observations 1-4 to Helix
Owner: Zhou Jing
Due: by 3/20

Action: Provide calibration certificates for the HPLC columns listed in obs. 2
Owner: Tang Hui
Due: EOD Friday

Action: Confirm dates for the on-site follow-up audit
Owner: Anna Berg
Due: ASAP

Action: English translation of the deviation management SOP summary
Owner: TBD
Due: 3/31

Next call: Tuesday 24 March, 4:00 pm CET.

Best regards,
Zhou Jing
QA Manager | Sichuan Shukang Pharmaceutical Co., Ltd.
"""
case(1605, "pharma-english-owner-due-blocks-outlook", "minutes",
     "Outlook English minutes to a Swedish client: Action:/Owner:/Due: blocks; 'by 3/20', 'EOD Friday', ASAP (external owner from To), Owner TBD; next call in CET (converted to Shanghai, crossing midnight no, 23:00)",
     "Sent Tue 2026-03-10. 'by 3/20' -> 2026-03-20. 'EOD Friday' -> 2026-03-13, no time (EOD convention). Anna Berg is external, address from To; ASAP -> vague_due. 'Owner: TBD' -> no_owner, department null, 3/31 -> 2026-03-31. Observation 5 closed is a fact. Next call Tue 24 March 16:00 CET (UTC+1; EU summer time starts 29 March) = 23:00 Asia/Shanghai the same day -> 2026-03-24 23:00 (stated time zone converted to Shanghai).",
     items=[I("周静", "Send the CAPA plan for observations 1-4 to Helix", D("2026-03-20", date("2026-03-20"))),
            I("唐慧", "Provide calibration certificates for the HPLC columns listed in obs. 2", D("2026-03-13", this_or_next(S, 4))),
            I("Anna Berg", "Confirm dates for the on-site follow-up audit", None, flags=["vague_due"]),
            I(None, "English translation of the deviation management SOP summary", D("2026-03-31", date("2026-03-31")))],
     fu=FU(D("2026-03-24", date("2026-03-24")), "23:00"),
     frm=("Zhou Jing", P["周静"]["email"]), to=[W("Anna Berg")], cc=[("Tang Hui", P["唐慧"]["email"]), ("Feng Lei", P["冯磊"]["email"]), BOT("sk")],
     date=T("2026-03-10 17:32:19"), subject="Minutes - Helix audit follow-up call (10 Mar)", client="outlook", cs="us-ascii",
     cte="7bit", text=t1605, html=html_of(t1605, "Calibri"))

S = date("2026-04-24")
t1606 = """固体车间4月生产协调会纪要

时间：4月24日上午　地点：车间办公室　记录：邓思远

1、颗粒车间2号流化床更换滤袋，由邓思远负责联系供应商到厂安装，
   完成时间：4月30日前（含安装确认记录（IQ）签字）。
2、（1）谢婷负责催促辅料供应商补发3个批次的COA；（2）何雨桐负责对
   已到货辅料的放行文件进行审核，上述两项均须在五一节前
   完成。
3、五一后第一周的排产计划由罗志刚牵头制定，5个工作日内
   报送计划部。
4、设备部反馈：压片机冲头已全部更换完毕（已完成，不再跟踪）。

下次协调会：5月9日（周六，调休上班）
下午，车间办公室。
"""
case(1606, "pharma-wrapped-lines-nested-brackets-base64", "minutes",
     "Plain UTF-8 base64 (NetEase Mail Master): items wrapped over lines with the deadline on the continuation line, nested brackets in the deadline, (1)(2) sub-items inside one numbered line sharing one deadline '五一节前'; 5个工作日内 across May Day 2026; next meeting day on one line, '下午' on the next",
     "Sent Fri 2026-04-24. 1: 4月30日前 -> 2026-04-30 (the nested bracket '（含安装确认记录（IQ）签字）' is part of the deliverable, not a date). 2: two items (谢婷, 何雨桐) sharing '五一节前' = last working day before the May Day holiday (05-01..05-05) -> 2026-04-30. 3: 5个工作日内: 04-27 1, 04-28 2, 04-29 3, 04-30 4, [05-01..05 holiday], 05-06 5 -> 2026-05-06. 4 is a report of work done. Next meeting 2026-05-09 (make-up Saturday), only '下午' -> time null (half day only).",
     items=[I("邓思远", "联系供应商到厂更换颗粒车间2号流化床滤袋（含安装确认记录（IQ）签字）", D("2026-04-30", date("2026-04-30"))),
            I("谢婷", "催促辅料供应商补发3个批次的COA", D("2026-04-30", last_wd_before(date("2026-05-01")))),
            I("何雨桐", "审核已到货辅料的放行文件", D("2026-04-30", last_wd_before(date("2026-05-01")))),
            I("罗志刚", "制定五一后第一周的排产计划并报送计划部", D("2026-05-06", wdays(S, 5)))],
     fu=FU(D("2026-05-09", date("2026-05-09")), None),
     frm=W("邓思远"), to=[W("罗志刚"), W("谢婷"), W("何雨桐")], cc=[W("周静"), BOT("sk")],
     date=T("2026-04-24 13:47:30"), subject="固体车间4月生产协调会纪要", client="mailmaster", cs="utf-8", cte="base64",
     text=t1606 + "\n发自网易邮箱大师\n", extra_headers=[("X-Mailer", "NetEase Flash Mail 2.4.1.32")])

S = date("2025-11-07")
t1607 = """各位，本周周会纪要如下（上周的在下面原邮件里，不再重复）。

本周待办：
1）冯磊 — 年度产品质量回顾（APQR）数据汇总，11月21日前
2）何雨桐 — 2026年度供应商审计计划初稿，下周五
3）唐慧 — OOS-2025-044 调查结论报告，11月12日（周三）17:00前

周会时间不变：下周五同一时间（15:00）。

周静

-----Original Message-----
From: 周静 <zhoujing@skpharma.example.cn>
Sent: 2025年10月31日 16:58
To: 冯磊 <fenglei@skpharma.example.cn>; 何雨桐 <heyutong@skpharma.example.cn>; 唐慧 <tanghui@skpharma.example.cn>
Cc: 纪要助手 <minutes-bot@skpharma.example.cn>
Subject: 质量周会纪要

本周待办：
1）冯磊 — 变更控制CC-2025-019 关闭资料整理，11月5日前
2）何雨桐 — 10月份偏差趋势分析，下周三
3）唐慧 — 对照品库存盘点，本月底

周静
"""
case(1607, "pharma-new-minutes-in-re-thread", "minutes",
     "Outlook 'RE:' in an old weekly thread: new minutes on top, last week's minutes quoted below an English '-----Original Message-----' block (quoted items must not be extracted); 下周五; 'next Friday same time (15:00)'",
     "Sent Fri 2025-11-07. Only the three new items count. 1: 2025-11-21. 2: 下周五 -> 2025-11-14. 3: 11月12日（周三）17:00前 -> 2025-11-12 17:00. The quoted 10-31 minutes are old items (already stored from that mail). Next meeting 下周五同一时间（15:00） -> 2025-11-14 15:00.",
     items=[I("冯磊", "年度产品质量回顾（APQR）数据汇总", D("2025-11-21", date("2025-11-21"))),
            I("何雨桐", "2026年度供应商审计计划初稿", D("2025-11-14", next_week(S, 4))),
            I("唐慧", "OOS-2025-044 调查结论报告", D("2025-11-12", date("2025-11-12")), "17:00")],
     fu=FU(D("2025-11-14", next_week(S, 4)), "15:00"),
     frm=W("周静"), to=[W("冯磊"), W("何雨桐"), W("唐慧")], cc=[BOT("sk")],
     date=T("2025-11-07 16:22:05"), subject="RE: 质量周会纪要", client="outlook", cs="utf-8", cte="base64",
     text=t1607, html=html_of(t1607), inreply="<1031A1B2C3D4E5$F6a7b8$c9d0@skpharma.example.cn>")

S = date("2025-12-03")
t1608 = """11月质量月度会会议纪要

一、11月工作完成情况
1. 完成年度GMP自检，共发现缺陷项14项，已全部制定整改计划（周静）。
2. 完成3个新供应商的现场审计（何雨桐），审计报告已归档。
3. 完成HPLC-07的年度校准（唐慧）。
4. 偏差关闭率96%，CAPA按期完成率92%。

二、会议决议
1. 自2026年1月1日起，所有偏差须在发现后24小时内于系统中登记。
2. 12月份起QA现场巡查频次由每周2次调整为每日1次。

三、遗留问题
纯化水系统TOC在线仪表校准仍未完成，由工程部曾凡跟进，12月10日前完成并将校准报告交QA。

四、下次月度会
2026年1月7日（周三）14:00

质量保证部
2025年12月3日
"""
case(1608, "pharma-monthly-report-mostly-done", "minutes",
     "Coremail HTML+plain gb18030 QP monthly meeting: a 完成情况 section of work already done (with names in brackets), decisions/rules with '24小时内' and dates, and a single real item under 遗留问题",
     "Sent Wed 2025-12-03. Section 一 reports finished work (not items), 二 are decisions/policy ('24小时内' is a rule, not a deadline). The only item: 曾凡 TOC在线仪表校准, 12月10日前 -> 2025-12-10. Next meeting 2026-01-07 14:00.",
     items=[I("曾凡", "完成纯化水系统TOC在线仪表校准并将校准报告交QA", D("2025-12-10", date("2025-12-10")))],
     fu=FU(D("2026-01-07", date("2026-01-07")), "14:00"),
     frm=W("周静"), to=[W("唐慧"), W("罗志刚"), W("曾凡"), W("谢婷")], cc=[W("冯磊"), W("何雨桐"), BOT("sk")],
     date=T("2025-12-03 11:08:40"), subject="11月质量月度会会议纪要", client="coremail", cs="gb18030",
     cte="quoted-printable", text=t1608, html=html_of(t1608, "宋体"))

# ======================================================================= 鹭海进出口 (Xiamen trading)
S = date("2025-05-29")
t1609 = """群里刚才对的，贴过来记一下

【鹭海出口-意大利线】
林志杰 21:02
Rossi那票柜子周六截关，报关资料今晚谁在弄
林晓薇 21:03
我在弄，发票箱单还差唛头
林志杰 21:05
@苏美玲 唛头明早9点前给小林
苏美玲 21:06
好的👌
林志杰 21:08
@黄国梁 最近查验率高，预录入明天中午前做完
黄国梁 21:10
收到
林志杰 21:15
大家节前辛苦，海运费的事端午回来再说

发自我的iPhone"""
case(1609, "trade-wechat-group-paste-iphone", "minutes",
     "iPhone Mail (UTF-8 QP) paste of a WeChat group chat with time stamps and @mentions: assignments are the @ lines; a status line ('我在弄') and 'talk after the holiday' are not items; 明早9点 / 明天中午前 give times",
     "Sent Thu 2025-05-29 21:40. Items are the two @ assignments: 苏美玲 唛头给小林 by 明早9点 -> 2025-05-30 09:00; 黄国梁 预录入 明天中午前 -> 2025-05-30 12:00. 林晓薇 '我在弄' reports work in progress on her own initiative (ambiguous; a careful assistant would not record it as an assignment). '端午回来再说' is not a meeting date. No next meeting.",
     items=[I("苏美玲", "把唛头给小林（Rossi那票报关资料）", D("2025-05-30", S + DAY), "09:00"),
            I("黄国梁", "完成Rossi那票的预录入", D("2025-05-30", S + DAY), "12:00")],
     frm=W("林志杰"), to=[BOT("lh")], cc=[W("林晓薇"), W("苏美玲"), W("黄国梁")],
     date=T("2025-05-29 21:40:12"), subject="意大利线 截关前分工", client="apple", cs="utf-8", cte="quoted-printable",
     text=t1609)

S = date("2026-01-05")
t1610 = """Hi Priya,

Thanks for your time today. Quick recap of what we agreed:

- Yvonne to send the revised PI (HS code changed to 0904.21, qty 2 x 20GP) by Wednesday.
- Priya to confirm the LC amendment with her bank by 1/9.
- Kenny to check whether the fumigation certificate needs consular legalisation - ASAP please, this decides the shipping date.
- Luhai to book space on the Jan 20 vessel once the amended LC is received.

Payment terms stay as in contract SB-2025-118 (30% TT, 70% LC at sight).

Next call: Thu 8 Jan, 11:30 IST.

Best regards,
Yvonne Chen
Export Dept. | Xiamen Luhai Import & Export Co., Ltd.
"""
case(1610, "trade-english-name-to-do-by-outlook", "minutes",
     "Outlook English recap to an Indian buyer: 'Name to do X by Wednesday/by 1/9', English alias 'Kenny', company name as owner ('Luhai to book …once…' = no_owner, no_due); next call in IST converted to Shanghai",
     "Sent Mon 2026-01-05 (first normal Monday after the 01-04 make-up Sunday). Yvonne = 陈雅婷 (alias), by Wednesday -> 2026-01-07. Priya Nair external (To), by 1/9 -> 2026-01-09. Kenny = 黄国梁 (alias), ASAP -> vague_due. 'Luhai to book space … once the amended LC is received' -> company as owner -> no_owner (department null), conditional with no date -> no_due ('Jan 20 vessel' is the sailing, not a deadline). Payment terms line is a decision. Next call Thu 8 Jan 11:30 IST (UTC+5:30) = 14:00 Asia/Shanghai.",
     items=[I("陈雅婷", "send the revised PI (HS code 0904.21, qty 2 x 20GP)", D("2026-01-07", this_or_next(S, 2))),
            I("Priya Nair", "confirm the LC amendment with her bank", D("2026-01-09", date("2026-01-09"))),
            I("黄国梁", "check whether the fumigation certificate needs consular legalisation", None, flags=["vague_due"]),
            I(None, "book space on the Jan 20 vessel once the amended LC is received")],
     fu=FU(D("2026-01-08", date("2026-01-08")), "14:00"),
     frm=("Yvonne Chen", P["陈雅婷"]["email"]), to=[W("Priya Nair")], cc=[("Kenny Huang", P["黄国梁"]["email"]), BOT("lh")],
     date=T("2026-01-05 16:48:33"), subject="Recap - revised PI / LC amendment (SB-2025-118)", client="outlook",
     cs="us-ascii", cte="7bit", text=t1610, html=html_of(t1610, "Calibri"))

S = date("2026-07-14")
t1611 = """小林明天中午前把那票冷冻虾的报关草单发我，雅婷周四前跟船公司把免柜期确认掉。就这些。

发自我的手机"""
case(1611, "trade-one-line-boss-mobile", "minutes",
     "One-line minutes from a busy boss on the Exmail mobile app (gb18030 base64): two items in one sentence, owners by nickname aliases (小林, 雅婷), 明天中午前 -> 12:00",
     "Sent Tue 2026-07-14 18:02. 小林 = 林晓薇 (alias), 明天中午前 -> 2026-07-15 12:00. 雅婷 = 陈雅婷 (alias), 周四前 -> 2026-07-16. Subject '今天碰头' marks it as a meeting outcome; kind minutes.",
     items=[I("林晓薇", "发冷冻虾那票的报关草单", D("2026-07-15", S + DAY), "12:00"),
            I("陈雅婷", "跟船公司确认免柜期", D("2026-07-16", this_or_next(S, 3)))],
     frm=W("吴建新"), to=[W("林晓薇"), W("陈雅婷")], cc=[BOT("lh")],
     date=T("2026-07-14 18:02:51"), subject="今天碰头", client="exmail", cs="gb18030", cte="base64", text=t1611,
     extra_headers=[("X-Mailer", "QQMail 2.x")])

S = date("2026-09-18")
t1612 = """各位，今天过的单子跟进表，直接从Excel贴过来的：

状态\t事项\t优先级\t负责人\t截止\t备注
已完成\t9月批次进口红酒中文背标备案\t高\t吴建新\t9/15\t
进行中\t巴西冻牛肉检疫审批续期\t高\t黄国梁\t9/25\t海关系统已提交
未开始\t报关单申报要素模板更新（2026版税则）\t中\t林晓薇\t3个工作日内\t
未开始\t国庆前最后一柜安排拖车\t高\t苏美玲\t国庆节前\t提前跟车队约
进行中\t和海翔物流对8月账\t低\t陈雅婷\t\t差额3200元待查

下次过表：9月28日（周一）9:00

阿杰"""
case(1612, "trade-excel-tsv-unusual-columns", "minutes",
     "Excel range pasted as tab-separated text with columns in an unusual order (状态 first, 优先级 before 负责人, 备注 last); 已完成 row excluded; 3个工作日内 over the 2026-09-20 make-up Sunday; 国庆节前 with Mid-Autumn 2026 (09-25..27) in between",
     "Sent Fri 2026-09-18. Row 已完成 -> not an item. 9/25 -> 2026-09-25 (a holiday; kept as written). 3个工作日内: 09-20 (Sun make-up) 1, 09-21 2, 09-22 3 -> 2026-09-22. 国庆节前 = last working day before 10-01 -> 2026-09-30. Empty 截止 -> no_due. 备注 text is not part of the task. Next 过表 2026-09-28 09:00. 阿杰 = 林志杰 (sender).",
     items=[I("黄国梁", "巴西冻牛肉检疫审批续期", D("2026-09-25", date("2026-09-25"))),
            I("林晓薇", "报关单申报要素模板更新（2026版税则）", D("2026-09-22", wdays(S, 3))),
            I("苏美玲", "国庆前最后一柜安排拖车", D("2026-09-30", last_wd_before(date("2026-10-01")))),
            I("陈雅婷", "和海翔物流对8月账")],
     fu=FU(D("2026-09-28", date("2026-09-28")), "09:00"),
     frm=W("林志杰"), to=[W("吴建新"), W("黄国梁"), W("林晓薇"), W("苏美玲"), W("陈雅婷")], cc=[BOT("lh")],
     date=T("2026-09-18 17:55:03"), subject="9/18 单子跟进表", client="foxmail", cs="GBK", cte="base64", text=t1612)

S = date("2027-03-03")
t1613 = """📌 周例会 3/3

✅ 上周 Marco 的尾款已到账
✅ 新加坡仓库合同已签回

🔲 小林：RCEP原产地证申请，周五前
🔲 Mandy：整理2月出口退税单证，3月10号前
🔲 Kenny + 阿杰：去海关沟通AEO复核的事，下周二

⏰ 下次例会 3/10 下午3点

Yvonne"""
case(1613, "trade-emoji-bullets-gmail-2027", "minutes",
     "Emoji-bullet minutes (Gmail, UTF-8 base64 with 4-byte emoji): ✅ = done (not items), 🔲 = to do; English nicknames as owners; two owners joined with '+'; 2027 (weekday phrases only)",
     "Sent Wed 2027-03-03. ✅ lines are done. 小林 = 林晓薇, 周五前 -> 2027-03-05. Mandy = 苏美玲, 3月10号前 -> 2027-03-10. 'Kenny + 阿杰' -> first named 黄国梁 recorded as owner (林志杰 co-owns), 下周二 -> 2027-03-09. Next 例会 3/10 下午3点 -> 2027-03-10 15:00. No working-day arithmetic (2027 calendar unknown).",
     items=[I("林晓薇", "RCEP原产地证申请", D("2027-03-05", this_or_next(S, 4))),
            I("苏美玲", "整理2月出口退税单证", D("2027-03-10", date("2027-03-10"))),
            I("黄国梁", "去海关沟通AEO复核的事", D("2027-03-09", next_week(S, 1)))],
     fu=FU(D("2027-03-10", date("2027-03-10")), "15:00"),
     frm=("Yvonne Chen", P["陈雅婷"]["email"]), to=[BOT("lh")], cc=[W("林晓薇"), W("苏美玲"), W("黄国梁"), W("林志杰")],
     date=T("2027-03-03 12:15:40"), subject="周例会 3/3", client="gmail", cs="UTF-8", cte="base64", text=t1613,
     html=html_of(t1613, "arial,sans-serif"))

S = date("2025-10-09")
t1614 = """## 出口部周会 2025-10-09

### 参会
@林志杰 @陈雅婷 @林晓薇 @苏美玲 @吴建新

### 结论
| 议题 | 结论 |
| --- | --- |
| 燕窝进口溯源 | 补件后重新申报，不换报关行 |
| 远期结汇 | 额度不超过500万美元 |

### 待办
- [ ] @林晓薇 进口燕窝溯源证明补件 10月11日（周六）前
- [x] @苏美玲 9月单证归档
- [ ] @陈雅婷 Marco新订单报价 EOD
- [ ] @吴建新 和银行谈远期结汇额度 本月内

## 下次会议
10月16日（周四）10:00

> 本文档导出自飞书云文档"""
case(1614, "trade-feishu-markdown-checkboxes", "minutes",
     "Feishu-doc Markdown export (Thunderbird, UTF-8 8bit, format=flowed): pipe table of decisions, '- [ ]'/'- [x]' with @handles, EOD, 本月内, next meeting under a '## 下次会议' heading",
     "Sent Thu 2025-10-09 (first working day after National Day 2025). '- [x]' is done -> not an item. 10月11日（周六）前 -> 2025-10-11 (a make-up Saturday). EOD -> 2025-10-09, no time. 本月内 -> month end 2025-10-31. Decision table rows are decisions. Next meeting 2025-10-16 10:00 (section, not a label).",
     items=[I("林晓薇", "进口燕窝溯源证明补件", D("2025-10-11", date("2025-10-11"))),
            I("陈雅婷", "Marco新订单报价", D("2025-10-09", S)),
            I("吴建新", "和银行谈远期结汇额度", D("2025-10-31", month_end(2025, 10)))],
     fu=FU(D("2025-10-16", date("2025-10-16")), "10:00"),
     frm=W("林志杰"), to=[W("陈雅婷"), W("林晓薇"), W("苏美玲"), W("吴建新")], cc=[BOT("lh")],
     date=T("2025-10-09 11:31:26"), subject="出口部周会 2025-10-09", client="thunderbird", cs="UTF-8", cte="8bit",
     text=t1614)

S = date("2025-09-23")
t1615 = """各位：

海翔发来的沟通纪要，转给大家，涉及我们的请按时间跟进。另外我下周请假，有事找吴总。

黄国梁

-------- 转发邮件信息 --------
发件人："张海峰" <zhanghf@haixiang-log.example.cn>;
发送时间：2025年9月22日(星期一) 下午6:12
收件人："黄国梁"<huangguoliang@luhai-trade.example.cn>;
主题：9月查验费用沟通纪要

黄经理好，今天沟通的内容整理如下：
1. 海翔物流（张海峰）：提供9月份查验费用明细，周四前
2. 鹭海关务（林晓薇）：核对查验单与报关单号的对应关系，周五前
3. 双方：确认10月起报关代理费新标准，月底前
下次沟通：10月9日（节后第一个工作日）

海翔物流 张海峰
"""
case(1615, "trade-forwarded-broker-minutes-foxmail", "minutes",
     "Foxmail GBK QP forward with the forwarder's own preface (a leave notice, not an item) over minutes written by an external customs broker; external owner resolvable only from the forwarded header; '双方' (no_owner)",
     "Forward sent Tue 2025-09-23; the original was Mon 09-22 (same week, so 周四/周五 give the same dates either way). 1: 张海峰 (external; address from the forwarded 发件人 line) 周四前 -> 2025-09-25. 2: 林晓薇 周五前 -> 2025-09-26. 3: 双方 -> no_owner, 月底前 -> 2025-09-30. The preface '我下周请假，有事找吴总' is not an item. 下次沟通 10月9日 = first working day after National Day 2025 -> 2025-10-09, no time.",
     items=[I("张海峰", "提供9月份查验费用明细", D("2025-09-25", this_or_next(S, 3))),
            I("林晓薇", "核对查验单与报关单号的对应关系", D("2025-09-26", this_or_next(S, 4))),
            I(None, "确认10月起报关代理费新标准", D("2025-09-30", month_end(2025, 9)))],
     fu=FU(D("2025-10-09", first_wd_after(date("2025-10-08"))), None),
     frm=W("黄国梁"), to=[W("林晓薇"), W("吴建新")], cc=[BOT("lh")],
     date=T("2025-09-23 09:12:44"), subject="转发：9月查验费用沟通纪要", client="foxmail", cs="GBK", cte="quoted-printable",
     text=t1615)

# ======================================================================= 青松街道办事处 (municipal sub-district)
S = date("2025-04-30")
t1616 = """青松街道主任办公会议纪要
（第8期）

2025年4月30日上午，街道办事处主任在三楼会议室主持召开主任办公会议，班子成员、各科室负责人参加。现将会议议定事项纪要如下：

一、关于“五一”期间安全生产工作
会议要求，一是由平安办牵头，对辖区23家餐饮场所燃气使用安全开展全覆盖检查，5月1日前完成；二是城管办负责节日期间占道经营巡查，每日巡查情况形成台账；三是党政办于今天下班前汇总报送节日值班表。

二、关于老旧小区加装电梯工作
会议同意桂园小区3栋、5栋加装电梯项目按程序申报，资金按区级补助政策执行。

三、关于其他事项
会议强调，各科室要严格落实节日值班和信息报送制度，重大情况第一时间报告。

青松街道党政办公室
2025年4月30日
"""
case(1616, "gov-office-meeting-yishi-ershi-coremail", "minutes",
     "Government 主任办公会议纪要 (Coremail HTML+plain gb18030 base64): items in prose as 一是…二是…三是… with department owners only (no_owner + department); decisions (会议同意) and standing requirements (会议强调) are not items",
     "Sent Wed 2025-04-30 (day before May Day). 一是 平安办 (department) -> no_owner, department 平安办, 5月1日前 -> 2025-05-01 (written date kept though a holiday). 二是 城管办 daily patrol -> no_owner, no_due. 三是 党政办 今天下班前 -> 2025-04-30. '会议同意…' is a decision, '会议强调…' a standing rule. No next meeting.",
     items=[I(None, "对辖区23家餐饮场所燃气使用安全开展全覆盖检查", D("2025-05-01", date("2025-05-01")), dept="平安办"),
            I(None, "节日期间占道经营巡查，每日巡查情况形成台账", dept="城管办"),
            I(None, "汇总报送节日值班表", D("2025-04-30", S), dept="党政办")],
     frm=W("王慧敏"), to=[W("刘卫东"), W("张国栋"), W("陈秀英"), W("周建华")], cc=[BOT("qs")],
     date=T("2025-04-30 11:20:36"), subject="青松街道主任办公会议纪要（第8期）", client="coremail", cs="gb18030",
     cte="base64", text=t1616, html=html_of(t1616, "仿宋_GB2312"))

S = date("2026-03-05")
t1617 = """电动自行车违规停放充电专项整治工作推进会纪要

3月5日，街道召开电动自行车违规停放充电专项整治工作推进会，刘卫东主任主持，城管办、党政办及两个社区居委会负责同志参加。会议明确以下工作：

（一）开展排查摸底。责任单位：平安办（牵头，刘卫东）、各社区居委会（配合）；完成时限：3月20日前。
（二）建设集中充电设施。责任单位：城管办（张国栋）；完成时限：2026年6月底前。
（三）加强宣传引导。责任单位：各社区居委会；完成时限：长期坚持。
（四）督查通报。责任单位：党政办；完成时限：3月底前首次通报。

下一次推进会拟于3月19日（周四）下午召开，具体时间另行通知。
"""
case(1617, "gov-special-campaign-zerendanwei", "minutes",
     "SOE/government （一）（二） with '责任单位：… 完成时限：…', 牵头/配合 with a named person in brackets, 6月底前 with a year, '长期坚持' (no deadline), next meeting as a sentence with a half day only",
     "Sent Thu 2026-03-05. (一) 牵头 平安办 (刘卫东) -> owner 刘卫东, 3月20日前 -> 2026-03-20. (二) 张国栋 2026年6月底前 -> 2026-06-30. (三) 各社区居委会 (several units) -> no_owner, department null; '长期坚持' is an ongoing duty, not a deadline -> no_due (ambiguous; a scorer may accept it being left out). (四) 党政办 -> no_owner, 3月底前 -> 2026-03-31. Next: '拟于3月19日（周四）下午召开' -> 2026-03-19, time null (half day, exact time to follow).",
     items=[I("刘卫东", "开展电动自行车违规停放充电排查摸底", D("2026-03-20", date("2026-03-20"))),
            I("张国栋", "建设集中充电设施", D("2026-06-30", month_end(2026, 6))),
            I(None, "加强宣传引导"),
            I(None, "督查通报（首次）", D("2026-03-31", month_end(2026, 3)), dept="党政办")],
     fu=FU(D("2026-03-19", date("2026-03-19")), None),
     frm=W("刘卫东"), to=[W("张国栋"), W("王慧敏"), W("陈秀英"), W("周建华")], cc=[BOT("qs")],
     date=T("2026-03-05 17:03:12"), subject="电动自行车专项整治推进会纪要", client="coremail", cs="utf-8", cte="base64",
     text=t1617, html=html_of(t1617, "仿宋"))

S = date("2026-06-10")
rows1618 = [("1", "3号楼楼道堆物清理", "李小燕", "本周五前", ""), ("2", "沿街商铺“门前三包”责任书签订", "赵强", "月底", "共41户"),
            ("3", "飞线充电隐患复查", "李小燕、赵强", "端午节前", "重点：5、7栋"),
            ("4", "加装电梯意见征询", "陈秀英", "2026年底", "桂园经验可参考"), ("5", "独居老人走访", "网格员", "每周一次", "")]
t1618 = "翠竹社区6月网格工作例会\n\n时间：6月10日 8:30　主持：陈秀英\n\n序号\t整治事项\t责任网格员\t完成时限\t备注\n" + \
        "\n".join("\t".join(r) for r in rows1618) + "\n\n下次网格工作例会：7月1日（周三）8:30\n\n翠竹社区居委会\n"
h1618 = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
         "<p><b>翠竹社区6月网格工作例会</b></p><p>时间：6月10日 8:30　主持：陈秀英</p>"
         "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
         "<tr><th>序号</th><th>整治事项</th><th>责任网格员</th><th>完成时限</th><th>备注</th></tr>" +
         "".join("<tr>" + "".join("<td>%s</td>" % (c or "&nbsp;") for c in r) + "</tr>" for r in rows1618) +
         "</table><p>下次网格工作例会：7月1日（周三）8:30</p><p>翠竹社区居委会</p></body></html>")
case(1618, "gov-community-grid-table-html", "minutes",
     "社区 网格例会 HTML table (Coremail, gb2312 QP) with 责任网格员 column: two names in one cell, 本周五前 / 月底 / 端午节前 / 2026年底, '网格员' generic owner with a recurring frequency",
     "Sent Wed 2026-06-10. 1: 本周五前 -> 2026-06-12. 2: 月底 -> 2026-06-30. 3: '李小燕、赵强' -> first named 李小燕 as owner (赵强 co-owns); 端午节前 = last working day before the Dragon Boat holiday (06-19) -> 2026-06-18. 4: 2026年底 -> 2026-12-31. 5: owner '网格员' is a role, not a person -> no_owner, department null; '每周一次' is a frequency -> no_due. 备注 not part of task. Next meeting 2026-07-01 08:30.",
     items=[I("李小燕", "3号楼楼道堆物清理", D("2026-06-12", this_or_next(S, 4))),
            I("赵强", "沿街商铺“门前三包”责任书签订", D("2026-06-30", month_end(2026, 6))),
            I("李小燕", "飞线充电隐患复查", D("2026-06-18", last_wd_before(date("2026-06-19")))),
            I("陈秀英", "加装电梯意见征询", D("2026-12-31", date("2026-12-31"))),
            I(None, "独居老人走访")],
     fu=FU(D("2026-07-01", date("2026-07-01")), "08:30"),
     frm=W("陈秀英"), to=[W("李小燕"), W("赵强")], cc=[W("刘卫东"), BOT("qs")],
     date=T("2026-06-10 10:12:55"), subject="翠竹社区6月网格工作例会纪要", client="coremail", cs="gb2312",
     cte="quoted-printable", text=t1618, html=h1618)

S = date("2026-11-20")
t1619 = """桂园社区居委会工作例会记录

会议时间：2026年11月20日（周五）下午3:00
会议地点：社区二楼会议室
参会：周建华、孙丽及全体网格员

1. 冬季供暖困难户名单由小孙核实后报街道，下周三前。
2. 冬季防火宣传进楼栋，周书记牵头，12月5日前完成第一轮。
3. 社区食堂招标材料准备，负责人待定，等街道批复后再定时间。

下次会议下周五同一时间，地点不变。

桂园社区 孙丽 记录
"""
case(1619, "gov-community-same-time-foxmail-gb2312", "minutes",
     "Foxmail gb2312 base64 community minutes: '小孙' known only from To (not a roster alias), 周书记 (alias), '负责人待定', next meeting '下周五同一时间' taking its time from the 会议时间 line",
     "Sent Fri 2026-11-20. 1: 小孙 = 孙丽 (the From person, the record keeper; '小孙' is not a roster alias), 下周三前 -> 2026-11-25. 2: 周书记 = 周建华 (alias), 12月5日前 -> 2026-12-05. 3: 负责人待定, no date -> no_owner + no_due. Next: 下周五同一时间 -> 2026-11-27, time from 会议时间 下午3:00 -> 15:00.",
     items=[I("孙丽", "核实冬季供暖困难户名单并报街道", D("2026-11-25", next_week(S, 2))),
            I("周建华", "冬季防火宣传进楼栋（第一轮）", D("2026-12-05", date("2026-12-05"))),
            I(None, "社区食堂招标材料准备")],
     fu=FU(D("2026-11-27", next_week(S, 4)), "15:00"),
     frm=W("孙丽"), to=[W("周建华")], cc=[W("陈秀英"), BOT("qs")],
     date=T("2026-11-20 17:26:08"), subject="桂园社区11月20日例会记录", client="foxmail", cs="gb2312", cte="base64",
     text=t1619)

S = date("2025-10-11")
t1620 = """钉钉AI听记｜共享单车乱停放整治碰头会
2025-10-11 09:30  时长 38分钟  参与人：张国栋、李小燕、赵强

AI摘要
会议围绕翠竹片区共享单车乱停放问题展开，梳理了地铁口、菜市场两处重点点位，明确了拍照上报、企业调度和投诉回复的分工。

发言记录
[00:01:05] 张国栋：国庆节后投诉又多了，地铁口早高峰基本堵死。
[00:04:22] 李小燕：我下周三之前可以把点位全部拍一遍。
[00:09:47] 张国栋：那就周一前吧，周二要报区里。
[00:15:30] 赵强：桂园路口那个投诉，居民又打了12345。
[00:22:12] 张国栋：企业那边我来协调，让他们增派调度员。

待办事项
1. 李小燕 周一前 完成翠竹片区共享单车乱停放点位拍照上报
2. 张国栋 3个工作日内 协调运营企业增派调度人员
3. 赵强 跟进桂园路口12345投诉的回复

内容由AI生成，仅供参考
"""
case(1620, "gov-dingtalk-ai-transcript-makeup-saturday", "minutes",
     "DingTalk AI 听记 (DingTalk Mail, UTF-8 base64 HTML+plain) sent on a make-up Saturday: time-stamped utterances contain dates ('下周三之前', '周一前') but only the 待办事项 section counts; 周一前 from a Saturday; 3个工作日内",
     "Sent Sat 2025-10-11 (调休 working day). 1: 周一前 -> this week's Monday is past -> 2025-10-13. 2: 3个工作日内 from 10-11: 10-13 1, 10-14 2, 10-15 3 -> 2025-10-15. 3: no date -> no_due. Transcript lines and the AI摘要 are not items; 'AI生成' footer. No next meeting.",
     items=[I("李小燕", "完成翠竹片区共享单车乱停放点位拍照上报", D("2025-10-13", this_or_next(S, 0))),
            I("张国栋", "协调运营企业增派调度人员", D("2025-10-15", wdays(S, 3))),
            I("赵强", "跟进桂园路口12345投诉的回复")],
     frm=W("张国栋"), to=[BOT("qs")], cc=[W("李小燕"), W("赵强")],
     date=T("2025-10-11 10:31:40"), subject="钉钉AI听记：共享单车乱停放整治碰头会", client="dingtalk", cs="utf-8",
     cte="base64", text=t1620, html=html_of(t1620, "PingFang SC"))

S = date("2027-11-08")
t1621 = """群租房安全隐患排查调度会纪要

一、基本情况
截至11月5日，两社区共排查出租房屋1,126套，发现疑似群租32处。

二、存在问题
部分房东联系不上；个别群租房存在电动车入户充电现象。

三、下步工作
3.1 请各社区继续排查，确保不漏一户。
3.2 翠竹社区：上报辖区群租房排查台账（陈秀英），11月15日前
3.3 桂园社区：上报辖区群租房排查台账（周建华），11月15日前
3.4 平安办：汇总两个社区台账并报区综治中心（刘卫东），11月19日前

下次调度会时间另行通知。

青松街道平安办
"""
case(1621, "gov-same-task-two-owners-own-numbering", "minutes",
     "Two items with the same task text for two owners; the minutes' own 3.1-3.4 numbering, where 3.1 is a general exhortation (no owner, no date: not a trackable item); '时间另行通知' -> no follow-up; 2027",
     "Sent Mon 2027-11-08. 3.1 '请各社区继续排查，确保不漏一户' is a general exhortation with no owner or date; recorded as not an item (ambiguous). 3.2 and 3.3 are two separate items with the same task text: 陈秀英 and 周建华, 11月15日前 -> 2027-11-15. 3.4 刘卫东 11月19日前 -> 2027-11-19. '下次调度会时间另行通知' -> next_followup null. No working-day arithmetic (2027).",
     items=[I("陈秀英", "上报辖区群租房排查台账", D("2027-11-15", date("2027-11-15"))),
            I("周建华", "上报辖区群租房排查台账", D("2027-11-15", date("2027-11-15"))),
            I("刘卫东", "汇总两个社区台账并报区综治中心", D("2027-11-19", date("2027-11-19")))],
     frm=W("刘卫东"), to=[W("陈秀英"), W("周建华")], cc=[W("王慧敏"), BOT("qs")],
     date=T("2027-11-08 16:40:21"), subject="群租房安全隐患排查调度会纪要", client="coremail", cs="gb18030", cte="base64",
     text=t1621)

S = date("2026-10-09")
t1622 = """党政办关于传达学习区委全会精神的会议纪要

10月9日下午，街道党工委召开专题会议，传达学习区委全会精神。会议强调：
一要提高政治站位，切实把思想和行动统一到全会部署上来；
二要压实工作责任，对照全年目标任务逐项梳理，确保12月31日前全面完成；
三要严肃工作纪律，自即日起各科室公文报送一律于每周四下班前通过OA系统提交，逾期不再受理。

会议要求各科室结合实际认真抓好贯彻落实。

青松街道党政办公室
"""
case(1622, "gov-study-session-rules-only", "minutes",
     "Government 学习会 minutes with only exhortations and rules (一要…二要…三要…), containing dates ('12月31日前', '每周四下班前'): zero items, no follow-up",
     "Sent Fri 2026-10-09. '一要/二要/三要' are requirements addressed to everyone; '12月31日前全面完成' refers to the year's targets in general and '每周四下班前' is a standing rule -> no items. Kind is still minutes (a meeting record sent to the bot).",
     items=[],
     frm=W("王慧敏"), to=[W("刘卫东"), W("张国栋"), W("陈秀英"), W("周建华")], cc=[BOT("qs")],
     date=T("2026-10-09 17:45:00"), subject="传达学习区委全会精神会议纪要", client="coremail", cs="utf-8", cte="base64",
     text=t1622, html=html_of(t1622, "仿宋"))

S = date("2026-01-04")
t1623 = """会议纪要

会议名称：翠竹社区2026年第1次工作例会
会议时间：2026年1月4日（星期日，调休上班）上午9:00
会议地点：社区会议室
参会人员：陈秀英、李小燕、赵强
记录人：李小燕

会议内容：
1. 通报2025年度网格工作考核情况。
2. 部署春节前走访慰问及安全检查工作。

下步工作：
1. 元旦后辖区出租屋消防检查“回头看”（责任人：赵强，时限：下周一前）
2. 春节前困难群众慰问名单摸排上报（责任人：李小燕，时限：1月16日）
3. 2025年度居务公开材料整理张贴（责任人：陈秀英，时限：本月底）
"""
case(1623, "gov-template-sent-on-makeup-sunday", "minutes",
     "Ordinary 会议纪要 template (名称/时间/地点/参会人员/会议内容/下步工作) sent on the 2026-01-04 make-up Sunday; items as '（责任人：X，时限：Y）'; 下周一 from a Sunday",
     "Sent Sun 2026-01-04 (调休 working day). Weeks start Monday, so 下周一 from Sunday 01-04 is 2026-01-05. 1月16日 -> 2026-01-16. 本月底 -> 2026-01-31. 会议内容 lines are reports, not items. No next meeting.",
     items=[I("赵强", "元旦后辖区出租屋消防检查“回头看”", D("2026-01-05", next_week(S, 0))),
            I("李小燕", "春节前困难群众慰问名单摸排上报", D("2026-01-16", date("2026-01-16"))),
            I("陈秀英", "2025年度居务公开材料整理张贴", D("2026-01-31", month_end(2026, 1)))],
     frm=W("李小燕"), to=[W("陈秀英"), W("赵强")], cc=[BOT("qs")],
     date=T("2026-01-04 11:52:37"), subject="翠竹社区2026年第1次工作例会纪要", client="wecom", cs="utf-8",
     cte="base64", text=t1623, html=html_of(t1623, "微软雅黑"))

# ======================================================================= 禾光設計 (Taipei design agency + Shenzhen studio)
S = date("2025-08-20")
t1624 = """會議記錄｜霞飛烘焙 中秋禮盒包裝提案 第二次會議

日期：2025/8/20（三）14:00–15:30
地點：霞飛烘焙 南港辦公室
出席：霞飛 王協理、李小姐；禾光 Vivian、Erin、阿凱
記錄：Erin

一、結論
1. 主視覺敲定採用 B 案（月光剪紙）。
2. 客戶窗口統一為李小姐，禾光窗口為 Erin。
3. 印量維持 12,000 盒。

二、待辦／跟進事項
1. 阿凱：依 B 案調整外盒展開圖，8/22（五）前提供。
2. Erin：跟進印刷廠打樣報價，下週一前回覆客戶。
3. Vivian：提袋材質敲定（兩款比較），週四下班前。
4. 霞飛（李小姐）：提供營養標示最終版文字，請盡快。

三、下次會議
9/3（三）上午 10:00，於禾光信義辦公室。

以上，如有遺漏請補充，謝謝！
Erin Huang 黃怡如
客戶服務部｜禾光設計 Hekuang Design
"""
case(1624, "design-taipei-big5-outlook-window-dingan", "minutes",
     "Traditional Chinese Outlook HTML+plain big5 QP: Taiwanese terms (窗口 = contact, 敲定 = finalise, 跟進), nicknames 阿凱/Vivian/Erin as aliases, client owner '李小姐' known only from Cc display name, 盡快",
     "Sent Wed 2025-08-20. 結論 lines (敲定 B 案, 窗口, 印量) are decisions. 1: 阿凱 = 張凱文, 8/22（五）前 -> 2025-08-22. 2: Erin = 黃怡如, 下週一前 -> 2025-08-25. 3: Vivian = 林宜君, 週四下班前 -> 2025-08-21, no time. 4: 李小姐 = 李佩珊 (Cc, the only 李 at 霞飛), 盡快 -> vague_due. Next meeting 9/3（三）10:00 -> 2025-09-03 10:00.",
     items=[I("張凱文", "依 B 案調整外盒展開圖", D("2025-08-22", date("2025-08-22"))),
            I("黃怡如", "跟進印刷廠打樣報價並回覆客戶", D("2025-08-25", next_week(S, 0))),
            I("林宜君", "敲定提袋材質（兩款比較）", D("2025-08-21", this_or_next(S, 3))),
            I("李佩珊", "提供營養標示最終版文字", None, flags=["vague_due"])],
     fu=FU(D("2025-09-03", date("2025-09-03")), "10:00"),
     frm=("Erin Huang 黃怡如", P["黃怡如"]["email"]), to=[W("王志明"), W("李佩珊")],
     cc=[W("林宜君"), W("張凱文"), BOT("hk")],
     date=T("2025-08-20 17:36:48"), subject="會議記錄｜霞飛烘焙 中秋禮盒 第二次會議", client="outlook", cs="big5",
     cte="quoted-printable", text=t1624, html=html_of(t1624, "微軟正黑體"))

S = date("2026-11-24")
t1625 = """Hi Emma,

Great to finally meet the whole Nordlys team today! Notes from our kickoff below.

What we agreed
- Scope: refresh of the 250g bag and the gift tube; the 1kg wholesale bag is out of scope for now.
- Tone: keep the Nordic minimalism, warmer colours.

ACTION ITEM (Emma): share the brand guidelines PDF + the current SKU list - by Friday
ACTION ITEM (Kevin): moodboard, 3 directions - by 12/4
ACTION ITEM (Erin): send the SOW and quote - EOD tomorrow
ACTION ITEM (Hao, Shenzhen studio): check whether the kraft tube supplier can do a 500pcs MOQ - ASAP

Next check-in: Thursday 3 Dec, 9:00am London time (same Meet link).

Cheers,
Erin

--
Erin Huang | Account Director
Hekuang Design 禾光設計 | Taipei · Shenzhen
"""
case(1625, "design-english-action-item-name-gmail", "minutes",
     "Google Workspace English kickoff notes to a UK client: 'ACTION ITEM (Name): … - by …' lines, 'EOD tomorrow', ASAP, client-side owner, next check-in in London time (GMT in December -> +8h)",
     "Sent Tue 2026-11-24. Emma Clarke (To, external) 'by Friday' -> 2026-11-27. Kevin = 張凱文, by 12/4 -> 2026-12-04. Erin = 黃怡如 (sender), 'EOD tomorrow' -> 2026-11-25, no time. Hao = 鄭浩, ASAP -> vague_due. 'What we agreed' are decisions. Next check-in Thu 3 Dec 09:00 London (GMT = UTC+0) = 17:00 Asia/Shanghai -> 2026-12-03 17:00.",
     items=[I("Emma Clarke", "share the brand guidelines PDF + the current SKU list", D("2026-11-27", this_or_next(S, 4))),
            I("張凱文", "moodboard, 3 directions", D("2026-12-04", date("2026-12-04"))),
            I("黃怡如", "send the SOW and quote", D("2026-11-25", S + DAY)),
            I("鄭浩", "check whether the kraft tube supplier can do a 500pcs MOQ", None, flags=["vague_due"])],
     fu=FU(D("2026-12-03", date("2026-12-03")), "17:00"),
     frm=("Erin Huang", P["黃怡如"]["email"]), to=[W("Emma Clarke")],
     cc=[("Kevin Chang", P["張凱文"]["email"]), ("Hao Zheng", P["鄭浩"]["email"]), BOT("hk")],
     date=T("2026-11-24 19:05:11"), subject="Nordlys x Hekuang - kickoff notes & next steps", client="gmail", cs="UTF-8",
     cte="quoted-printable", text=t1625, html=html_of(t1625, "arial,sans-serif"))

S = date("2027-01-20")
t1626 = """【议事录】霞ノ食品 抹茶系列新包装 定例会

日期：2027/1/20（水）10:00-11:00（日本时间）　形式：Zoom
出席：佐藤様（霞ノ食品）、郑浩、许家豪
记录：许家豪

■ 决定事项
・外箱烫金改为局部UV。
・日文文案以佐藤様确认版为准。

■ TODO
No.｜内容｜担当｜期限
1｜外箱刀模图修正｜许家豪｜1/22（金）
2｜日文文案最终校对｜佐藤様｜1/27（水）
3｜印刷厂报价比较（3家）｜郑浩｜2/3（水）
4｜春节期间生产排程确认｜郑浩・许家豪｜未定

■ 次回
1/27（水）10:00（日本时间）

以上
"""
case(1626, "design-japanese-style-tanto-kigen", "minutes",
     "Japanese-style 议事录 from the Shenzhen studio (simplified Chinese, UTF-8 base64, Apple Mail on Mac): TODO table with 担当/期限 and Japanese weekday marks （金）（水）, a client owner '佐藤様', '未定'; next meeting in Japan time (-1h to Shanghai); 2027",
     "Sent Wed 2027-01-20 10:32 Shanghai. 1: 许家豪 = 許家豪 (alias), 1/22（金=Fri） -> 2027-01-22. 2: 佐藤様 = 佐藤 健 (Cc display name; external), 2027-01-27. 3: 郑浩 = 鄭浩 (alias), 2/3 -> 2027-02-03. 4: '郑浩・许家豪' -> first named 鄭浩, 未定 -> vague_due. 决定事项 are decisions. 次回 1/27 10:00 JST (UTC+9) = 09:00 Asia/Shanghai -> 2027-01-27 09:00.",
     items=[I("許家豪", "外箱刀模图修正", D("2027-01-22", this_or_next(S, 4))),
            I("佐藤 健", "日文文案最终校对", D("2027-01-27", next_week(S, 2))),
            I("鄭浩", "印刷厂报价比较（3家）", D("2027-02-03", date("2027-02-03"))),
            I("鄭浩", "春节期间生产排程确认", None, flags=["vague_due"])],
     fu=FU(D("2027-01-27", date("2027-01-27")), "09:00"),
     frm=("许家豪", P["許家豪"]["email"]), to=[W("佐藤 健")], cc=[("郑浩", P["鄭浩"]["email"]), BOT("hk")],
     date=T("2027-01-20 10:32:57"), subject="【议事录】抹茶系列新包装 定例会 1/20", client="applemac", cs="utf-8",
     cte="base64", text=t1626)

S = date("2026-05-08")
t1627 = """大家好，這週內部週會重點如下，依人列：

【阿凱】
- 上週：霞飛禮盒印後檢查 ✔ 已完成
- 本週：Nordlys 提案 moodboard 三款，下週二前給我看

【Erin】
- 跟進 Kasumi 尾款（已催第二次），月底前要入帳
- 整理 Q2 客戶滿意度問卷

【浩哥（深圳）】
- 深圳工作室新印表機採購，5/15 前敲定廠商

【我】
- 年中調薪資料給 HR，下週三

週會改到每週一早上，下次：5/11（一）9:30。

Vivian"""
case(1627, "design-person-headings-traditional-utf8", "minutes",
     "Minutes grouped by person headings (【阿凱】【Erin】【浩哥（深圳）】【我】): done line under a heading excluded, '我' = the sender, nickname headings via aliases, an undated task",
     "Sent Fri 2026-05-08. 阿凱 = 張凱文: the 上週 line is done; 'moodboard 三款 下週二前' -> 2026-05-12. Erin = 黃怡如: 尾款 月底前 -> 2026-05-31; 問卷 no date -> no_due. 浩哥 = 鄭浩, 5/15 前 -> 2026-05-15. 【我】 = sender Vivian = 林宜君, 下週三 -> 2026-05-13. Next: 5/11（一）9:30 -> 2026-05-11 09:30.",
     items=[I("張凱文", "Nordlys 提案 moodboard 三款", D("2026-05-12", next_week(S, 1))),
            I("黃怡如", "跟進 Kasumi 尾款入帳", D("2026-05-31", month_end(2026, 5))),
            I("黃怡如", "整理 Q2 客戶滿意度問卷"),
            I("鄭浩", "深圳工作室新印表機採購敲定廠商", D("2026-05-15", date("2026-05-15"))),
            I("林宜君", "年中調薪資料給 HR", D("2026-05-13", next_week(S, 2)))],
     fu=FU(D("2026-05-11", date("2026-05-11")), "09:30"),
     frm=("Vivian Lin", P["林宜君"]["email"]), to=[W("張凱文"), W("黃怡如"), W("鄭浩")], cc=[BOT("hk")],
     date=T("2026-05-08 18:20:14"), subject="本週內部週會重點", client="applemac", cs="utf-8", cte="quoted-printable",
     text=t1627)

S = date("2026-12-02")
d1628 = ["霞飛烘焙 2027 年節禮盒 會議紀錄", "日期：2026/12/2（三）", "出席：霞飛 李小姐；禾光 Erin、阿凱、Jacky（深圳，線上）",
         "一、結論：禮盒結構採抽屜式，外盒燙銀。", "二、待辦事項",
         "1. 阿凱：抽屜盒結構打樣，12/4（五）前完成。",
         "2. Erin：與客戶確認交期與分批出貨，下週一。",
         "3. Jacky：深圳廠商打樣寄台北，12月11日前到。"]
t1628 = """Hi all,

附上今天跟霞飛開會的紀錄（Word 檔），待辦都在裡面。

下次會議：
12月9日（三）
下午兩點半，視訊。

Erin
"""
case(1628, "design-docx-attachment-day-time-split", "minutes",
     "Minutes as a .docx attachment (raw OOXML zip, RFC 2231 filename) with a short body; the next meeting in the body with the day on one line and '下午兩點半' on the next",
     "Sent Wed 2026-12-02. Items are in the attached .docx: 阿凱 = 張凱文 12/4（五）前 -> 2026-12-04; Erin = 黃怡如 下週一 -> 2026-12-07; Jacky = 許家豪 12月11日前 -> 2026-12-11. 結論 is a decision. Next meeting: '12月9日（三）' then '下午兩點半' on the next line -> 2026-12-09 14:30.",
     items=[I("張凱文", "抽屜盒結構打樣", D("2026-12-04", date("2026-12-04"))),
            I("黃怡如", "與客戶確認交期與分批出貨", D("2026-12-07", next_week(S, 0))),
            I("許家豪", "深圳廠商打樣寄台北", D("2026-12-11", date("2026-12-11")))],
     fu=FU(D("2026-12-09", date("2026-12-09")), "14:30"),
     frm=("Erin Huang", P["黃怡如"]["email"]), to=[W("張凱文"), W("許家豪")], cc=[W("林宜君"), BOT("hk")],
     date=T("2026-12-02 18:44:09"), subject="霞飛 2027 年節禮盒 會議紀錄", client="outlook", cs="utf-8", cte="base64",
     text=t1628, html=html_of(t1628, "微軟正黑體"),
     attach=("霞飛年節禮盒_會議紀錄_1202.docx", docx(d1628),
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))

S = date("2025-12-30")
t1629 = """Vivian、阿凱、浩哥：

今天跟晨星建設的會開得還算順利，他們對銷售中心的指標系統大致 OK，只是入口主牆的字希望再放大一級，另外停車場指標的箭頭要改成他們集團規範的樣式。

我答應客戶元旦後把修正版寄過去。我打算 1/5（一）寄，所以阿凱 1/2 前弄好給我就可以，辛苦了。

燈箱材質的部分，客戶想看實品。浩哥可以幫忙從深圳寄兩片樣品過來嗎？大概 1 月 9 日前要到台北，不然會趕不上他們的內部審查。

報價我自己處理，週五前會重發給王經理。

Erin
"""
case(1629, "design-items-in-prose-apple-mail", "minutes",
     "Meeting follow-up written as prose paragraphs (Apple Mail, UTF-8 QP, Traditional Chinese): items buried in sentences with the writer's own commitments, a request phrased as a question, dates like '1/2 前', '1 月 9 日前', '週五前' over New Year 2026",
     "Sent Tue 2025-12-30. 阿凱 = 張凱文: 入口主牆字級及停車場箭頭修正版 1/2 前 -> 2026-01-02 (a mainland holiday; the writer's date is kept). 黃怡如 (sender, '我'): 寄修正版給客戶 1/5（一） -> 2026-01-05. 浩哥 = 鄭浩: 寄兩片燈箱樣品到台北, 1 月 9 日前 -> 2026-01-09 (a request as a question; a careful assistant records it). 黃怡如 重發報價 週五前 -> 2026-01-02. The client's feedback sentences are facts.",
     items=[I("張凱文", "晨星建設指標系統修正版（入口主牆字放大、停車場箭頭改集團規範）", D("2026-01-02", date("2026-01-02"))),
            I("黃怡如", "寄修正版給晨星建設", D("2026-01-05", date("2026-01-05"))),
            I("鄭浩", "從深圳寄兩片燈箱樣品到台北", D("2026-01-09", date("2026-01-09"))),
            I("黃怡如", "重發報價給王經理", D("2026-01-02", this_or_next(S, 4)))],
     frm=("Erin Huang", P["黃怡如"]["email"]), to=[W("林宜君"), W("張凱文"), W("鄭浩")], cc=[BOT("hk")],
     date=T("2025-12-30 20:14:31"), subject="晨星建設 會後整理", client="applemac", cs="utf-8", cte="quoted-printable",
     text=t1629)

S = date("2025-06-03")
t1630 = """深圳工作室 项目例会纪要 6/3

参会：郑浩、许家豪、Vivian（线上）

待办：
1. 许家豪：Kasumi 抹茶礼盒烫金样，6月6日前寄台北
2. 郑浩：工作室租约续签，和房东谈到6月底
3. Vivian：确认Q3两个项目的人力分配，下周一前

下次例会：下周二 10:00

郑浩
"""
case(1630, "design-shenzhen-numbered-wecom", "minutes",
     "Ordinary numbered 待办 list from the Shenzhen studio (WeCom mail, UTF-8 base64), first working day after Dragon Boat 2025; simplified-script names map to Traditional canonical roster names",
     "Sent Tue 2025-06-03 (Dragon Boat holiday 05-31..06-02 just ended). 许家豪 = 許家豪 6月6日前 -> 2025-06-06. 郑浩 = 鄭浩 '谈到6月底' -> 2025-06-30. Vivian = 林宜君 下周一前 -> 2025-06-09. 下次例会 下周二 10:00 -> 2025-06-10 10:00.",
     items=[I("許家豪", "Kasumi 抹茶礼盒烫金样寄台北", D("2025-06-06", date("2025-06-06"))),
            I("鄭浩", "工作室租约续签（和房东谈）", D("2025-06-30", month_end(2025, 6))),
            I("林宜君", "确认Q3两个项目的人力分配", D("2025-06-09", next_week(S, 0)))],
     fu=FU(D("2025-06-10", next_week(S, 1)), "10:00"),
     frm=("郑浩", P["鄭浩"]["email"]), to=[("许家豪", P["許家豪"]["email"]), ("Vivian Lin", P["林宜君"]["email"])], cc=[BOT("hk")],
     date=T("2025-06-03 11:58:20"), subject="深圳工作室 项目例会纪要 6/3", client="wecom", cs="utf-8", cte="base64",
     text=t1630, html=html_of(t1630))

# ======================================================================= replies / auto / other
t1631 = """第1項確認，週五前會給 Erin。

Kevin

寄件者: 會議記錄小幫手 <notes@hekuang.example.tw>
寄件日期: 2025年8月20日 下午 05:38
收件者: 張凱文 <kevin.chang@hekuang.example.tw>
主旨: [待辦確認] 霞飛烘焙 中秋禮盒 第二次會議

您好，以下是會議記錄中與您有關的待辦：
1. 依 B 案調整外盒展開圖　截止：2025-08-22
請直接回覆：確認 / 有異議 / 已完成 / 進度80% / 延期至…
"""
case(1631, "reply-confirm-big5-outlook", "reply",
     "Traditional Chinese Outlook '回覆:' (big5 base64) confirming item 1 over an Outlook 寄件者/寄件日期 quote of the bot's recap (whose footer lists every command word)",
     "Reply from 張凱文 sent Thu 2025-08-21. '第1項確認' -> confirm, items [1]. '週五前會給' restates the existing deadline, not an extension. The quoted recap footer lists 已完成/延期至 etc. and must be ignored.",
     reply=REP("confirm", [1]),
     frm=("Kevin Chang", P["張凱文"]["email"]), to=[BOT("hk")], date=T("2025-08-21 09:12:40"),
     subject="回覆: [待辦確認] 霞飛烘焙 中秋禮盒 第二次會議", client="outlook", cs="big5", cte="base64", text=t1631,
     inreply="<1624.notes.recap@hekuang.example.tw>")

t1632 = """周经理：

第2项申请延期至3月6日（周五），原因：对照品供应商通知要下周四才能到货，到货后还需两天做系统适用性。

唐慧

------------------ 原始邮件 ------------------
发件人: "纪要助手"<minutes-bot@skpharma.example.cn>;
发送时间: 2026年2月25日(星期三) 上午9:00
收件人: "唐慧"<tanghui@skpharma.example.cn>;
主题: 【待办提醒】清洁验证方案评审会

唐慧您好，您有以下待办：
1. 确认TOC方法检测限　截止：2026-02-25
2. 复核对照品有效期台账　截止：2026-02-27
回复“确认”“有异议”“已完成”“进度80%”“延期至X月X日”即可更新。
"""
case(1632, "reply-extend-foxmail-gbk", "reply",
     "Foxmail GBK base64 reply: '第2项申请延期至3月6日（周五）' with a reason that contains '下周四' and '两天'; QQ-style '原始邮件' quote of a reminder",
     "Reply sent Thu 2026-02-26. Intent extend, items [2], new_due_date 2026-03-06 (written date). '下周四才能到货' and '两天' are the reason, not the new date.",
     reply=REP("extend", [2], new_due=D("2026-03-06", date("2026-03-06"))),
     frm=W("唐慧"), to=[BOT("sk")], cc=[W("周静")], date=T("2026-02-26 08:47:15"),
     subject="回复：【待办提醒】清洁验证方案评审会", client="foxmail", cs="GBK", cte="base64", text=t1632,
     inreply="<reminder.1604.2@skpharma.example.cn>")

t1633 = """#3 80%了，还差一个柜没订上舱，明天搞定

发自我的iPhone

> 在 2026年9月21日，09:00，待办小助手 <todo@luhai-trade.example.cn> 写道：
>
> 苏美玲您好，以下待办即将到期：
> 3. 国庆前最后一柜安排拖车　截止：2026-09-30
> 回复“进度80%”“已完成”等即可更新。
"""
case(1633, "reply-progress-iphone-terse", "reply",
     "iPhone reply in chat brevity: '#3 80%了…明天搞定' (progress with percent, no '进度' word), quoted with '> 在 …写道：'",
     "Reply from 苏美玲 sent Mon 2026-09-21. Intent progress, items [3], percent 80. '明天搞定' is an expectation, not an extension request (no new date requested).",
     reply=REP("progress", [3], percent=80),
     frm=W("苏美玲"), to=[BOT("lh")], date=T("2026-09-21 09:31:02"),
     subject="Re: 待办即将到期：国庆前最后一柜安排拖车", client="apple", cs="utf-8", cte="quoted-printable", text=t1633,
     inreply="<remind.1612.3@luhai-trade.example.cn>")

t1634 = """Done - item 2: our bank issued the LC amendment this morning, SWIFT copy attached to the other thread.

Regards,
Priya

On Tue, Jan 6, 2026 at 9:00 AM 待办小助手 <todo@luhai-trade.example.cn> wrote:
> Hello Priya Nair, items recorded for you:
> 1. (none)
> 2. confirm the LC amendment with her bank - due 2026-01-09
> Reply: confirm / object / done / progress 80% / extend to ...
"""
case(1634, "reply-done-english-gmail", "reply",
     "Gmail English reply from an overseas buyer: 'Done - item 2: …' under an 'On … wrote:' quote",
     "Reply sent Thu 2026-01-08 10:32 +0530 (13:02 Shanghai). Intent done, items [2].",
     reply=REP("done", [2]),
     frm=W("Priya Nair"), to=[BOT("lh")], cc=[("Yvonne Chen", P["陈雅婷"]["email"])], date=dt.datetime(2026, 1, 8, 10, 32, 44, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))),
     subject="Re: Action items recorded - Recap - revised PI / LC amendment (SB-2025-118)", client="gmail", cs="UTF-8",
     cte="quoted-printable", text=t1634, inreply="<recap.1610@luhai-trade.example.cn>")

t1635 = """您好！我已于9月30日至10月8日休假，期间不能及时处理邮件。
如有急事请联系党政办值班电话，或联系张国栋主任（zhangguodong@qsjd.example.gov.cn）。
10月9日上班后将第一时间回复，谢谢！

——刘卫东
"""
case(1635, "auto-ooo-coremail-national-day", "auto",
     "Coremail out-of-office ('自动回复：' + Auto-Submitted: auto-replied) during National Day 2026: body full of dates and a contact person",
     "Auto-reply to a reminder; kind auto, no items, no follow-up.",
     frm=W("刘卫东"), to=[BOT("qs")], date=T("2026-10-02 09:00:03"),
     subject="自动回复：【待办提醒】电动自行车专项整治推进会纪要", client="coremail", cs="utf-8", cte="base64", text=t1635,
     extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])

t1636 = """各社区居委会：

为做好2027年度网格员业务培训，请各社区于12月10日前将培训需求（附件表格）报送至党政办邮箱，逾期视为无需求。培训拟于2027年1月中旬举办，具体时间另行通知。

联系人：王慧敏，电话：0592-5550123

青松街道党政办公室
2026年12月1日
"""
case(1636, "other-notice-to-communities", "other",
     "A government 通知 (not a meeting record) asking the communities to report by 12月10日前, with the bot in Cc: kind other, no items",
     "Sent Tue 2026-12-01. A notice/request, not minutes: no items and no follow-up even though it has a deadline and a contact person.",
     frm=W("王慧敏"), to=[W("陈秀英"), W("周建华")], cc=[BOT("qs")], date=T("2026-12-01 10:05:27"),
     subject="关于报送2027年度网格员培训需求的通知", client="coremail", cs="gb2312", cte="base64", text=t1636)

t1637 = """【单一窗口】报关单状态变更通知

尊敬的用户：
您单位（厦门鹭海进出口贸易有限公司）申报的报关单 3701202611180456 状态已变更为：查验通知。
请于3个工作日内联系现场海关办理查验手续，逾期未办理的，将按规定处理。
1. 查验地点：海沧查验场 2号库
2. 联系电话：0592-5550188

本邮件由系统自动发送，请勿直接回复。
退订请点击：https://notify.singlewindow.example.cn/unsub?u=luhai
"""
case(1637, "auto-single-window-system-notice", "auto",
     "System notification from a customs 'single window' platform (noreply, Auto-Submitted: auto-generated, Precedence: bulk, List-Unsubscribe) with numbered lines and '3个工作日内': kind auto, no items",
     "Machine-generated bulk notice; the deadline belongs to the customs procedure, the bot must not create items or reply.",
     frm=("中国国际贸易单一窗口", "noreply@notify.singlewindow.example.cn"), to=[BOT("lh")], date=T("2026-11-18 14:03:11"),
     subject="【单一窗口】报关单状态变更通知 3701202611180456", client="system", cs="utf-8", cte="base64", text=t1637,
     extra_headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
                    ("List-Unsubscribe", "<https://notify.singlewindow.example.cn/unsub?u=luhai>")])

t1638 = """Hi Yvonne,

Quick one - can you ask the warehouse to hold the 3 pallets of the Barolo until I confirm the new consignee? Probably by next Tuesday. No rush on the docs.

Also, are you guys coming to ProWein next March? Would be great to catch up.

Ciao,
Marco
"""
case(1638, "other-buyer-personal-request", "other",
     "Person-to-person English mail from an overseas buyer with the bot in Cc (Gmail quoted-printable): a request with 'by next Tuesday' but no meeting record -> kind other",
     "Sent Thu 2027-04-15 10:20 +0200 (16:20 Shanghai). A customer's ad-hoc request, not minutes and not a reply to a recap: no items, no follow-up.",
     frm=W("Marco Rossi"), to=[("Yvonne Chen", P["陈雅婷"]["email"])], cc=[BOT("lh")], date=dt.datetime(2027, 4, 15, 10, 20, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))),
     subject="Barolo pallets - hold please", client="gmail", cs="UTF-8", cte="quoted-printable", text=t1638,
     html=html_of(t1638, "arial,sans-serif"))

# ======================================================================= main
def write(out):
    out.mkdir(parents=True, exist_ok=True)
    with open(out / "roster.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "email", "department", "manager_email", "aliases"])
        for n, *_ in ROSTER:
            p = P[n]
            w.writerow([n, p["email"], p["department"], p["manager_email"], p["aliases"]])
    for c in CASES:
        stem = f"{c['id']}-{c['slug']}"
        (out / f"{stem}.eml").write_bytes(mail(c["mail"]))
        (out / f"{stem}.json").write_text(json.dumps(c["gold"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

def check(out):
    bad = 0
    for c in CASES:
        stem = f"{c['id']}-{c['slug']}"
        g = json.loads((out / f"{stem}.json").read_text(encoding="utf-8"))
        if g != c["gold"]:
            print("MISMATCH json", stem); bad += 1
        if (out / f"{stem}.eml").read_bytes() != mail(c["mail"]):
            print("MISMATCH eml", stem); bad += 1
    print(f"{len(CASES)} cases, every gold date recomputed; {bad} mismatches")
    return bad == 0

if __name__ == "__main__":
    a = sys.argv[1:]
    if a and a[0] == "--check":
        sys.exit(0 if check(Path(a[1]) if len(a) > 1 else Path(__file__).parent) else 1)
    write(Path(a[0]) if a else Path(__file__).parent)
    print(len(CASES), "cases written")

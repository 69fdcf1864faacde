#!/usr/bin/env python3
"""heldout17 generator: writes NNN-slug.eml/.json, roster.csv.
    python gen.py            # write into this folder
    python gen.py --check    # only re-check every gold date against the computed one
Deterministic. Working days from chinese_calendar (2025-2026); 2027 mails use no working-day arithmetic."""
import base64, binascii, datetime as dt, io, json, sys, zipfile, html as H
from email.message import Message
from email.generator import BytesGenerator
from email.policy import compat32
from pathlib import Path
import chinese_calendar as cc

HERE = Path(__file__).resolve().parent
OUT = Path(next((a for a in sys.argv[1:] if not a.startswith("--")), HERE))   # OUTDIR (the regression test's)
D = dt.date
def d(s): return D.fromisoformat(s)
def is_wd(x):
    if x.year > 2026: raise RuntimeError("no 2027 calendar: do not count working days in 2027")
    return cc.is_workday(x)
def add_wd(sent, n):
    x = d(sent)
    while n:
        x += dt.timedelta(days=1)
        if is_wd(x): n -= 1
    return x.isoformat()
def wk(sent, wd):  # 周X this week if not past
    s = d(sent); c = s - dt.timedelta(days=s.weekday()) + dt.timedelta(days=wd)
    return (c if c >= s else c + dt.timedelta(days=7)).isoformat()
def nwk(sent, wd):
    s = d(sent); return (s - dt.timedelta(days=s.weekday()) + dt.timedelta(days=7 + wd)).isoformat()
def first_wd_after(x):
    x = d(x) + dt.timedelta(days=1)
    while not is_wd(x): x += dt.timedelta(days=1)
    return x.isoformat()
def wdv(iso, wd):  # a written date with its written weekday (0=Mon)
    return iso if d(iso).weekday() == wd else "WEEKDAY-MISMATCH"
def plus(sent, n): return (d(sent) + dt.timedelta(days=n)).isoformat()
def month_end(sent):
    s = d(sent); n = D(s.year + (s.month == 12), s.month % 12 + 1, 1); return (n - dt.timedelta(days=1)).isoformat()
CHECKS = []
def chk(gold_iso, computed, what):
    CHECKS.append((gold_iso, computed, what)); return gold_iso

# ---------------- people ----------------
ROSTER = [
 # name, email, dept, manager, aliases
 ("邹建平","zoujp@chulian-auto.example.cn","质量部","","邹部长;邹总;Zou Jianping;JP Zou"),
 ("彭磊","penglei@chulian-auto.example.cn","质量部","zoujp@chulian-auto.example.cn","彭工;Peng Lei;Lei Peng;Leo Peng"),
 ("夏雪","xiaxue@chulian-auto.example.cn","质量部","zoujp@chulian-auto.example.cn","Xia Xue;Snow Xia;Snow;小夏"),
 ("任晓婷","renxt@chulian-auto.example.cn","项目部","","任经理;Tina Ren;Ren Xiaoting;Tina"),
 ("万志刚","wanzg@chulian-auto.example.cn","工程部","","万工;Wan Zhigang;Steven Wan"),
 ("覃海波","qinhb@chulian-auto.example.cn","生产部","","覃主任;Qin Haibo"),
 ("龚丽","gongli@chulian-auto.example.cn","采购部","","龚经理;Gong Li;Lily Gong"),
 ("沈佳怡","shenjy@chengguo-live.example.cn","运营中心","","沈总;佳怡;Jiayi;Shen Jiayi"),
 ("陆可欣","lukx@chengguo-live.example.cn","主播部","shenjy@chengguo-live.example.cn","小鹿;鹿鹿;Lu Kexin"),
 ("楼俊","loujun@chengguo-live.example.cn","投放部","shenjy@chengguo-live.example.cn","阿俊;俊哥;Lou Jun"),
 ("叶倩","yeqian@chengguo-live.example.cn","选品部","shenjy@chengguo-live.example.cn","倩倩;Ye Qian"),
 ("蒋浩","jianghao@chengguo-live.example.cn","运营中心","shenjy@chengguo-live.example.cn","浩子;Jiang Hao"),
 ("钱蕾","qianlei@chengguo-live.example.cn","商务部","shenjy@chengguo-live.example.cn","蕾蕾;Qian Lei"),
 ("何国庆","hegq@lzsl-hosp.example.cn","院办","","何主任;He Guoqing"),
 ("陶静","taojing@lzsl-hosp.example.cn","院办","hegq@lzsl-hosp.example.cn","小陶;Tao Jing"),
 ("汪敏","wangmin@lzsl-hosp.example.cn","医务科","","汪科长;Wang Min"),
 ("鲍春燕","baocy@lzsl-hosp.example.cn","护理部","","鲍主任;Bao Chunyan"),
 ("查伟","zhawei@lzsl-hosp.example.cn","信息科","","查科长;Zha Wei"),
 ("方正","fangzheng@lzsl-hosp.example.cn","总务科","","方科长;Fang Zheng"),
 ("凌云","lingyun@lzsl-hosp.example.cn","质控办","","凌主任;Ling Yun"),
 ("黎振宇","zack@origolabs.example.cn","管理层","","Zack;Zack Li;黎总"),
 ("邝志豪","howard@origolabs.example.cn","硬件部","zack@origolabs.example.cn","Howard;Howard Kuang;@howard;邝工;鄺志豪"),
 ("钟雅琪","kiki@origolabs.example.cn","产品部","zack@origolabs.example.cn","Kiki;Kiki Zhong;@kiki;小钟;鍾雅琪"),
 ("谢文斌","ben@origolabs.example.cn","供应链","zack@origolabs.example.cn","Ben;Ben Xie;@ben;谢经理"),
 ("冯家乐","jacky@origolabs.example.cn","结构部","howard@origolabs.example.cn","Jacky;Jacky Feng;@jacky;馮家樂"),
]
R = {r[0]: r for r in ROSTER}
EXT = {
 "Markus Weber": "markus.weber@vellmar-auto.example.de",
 "Julia Brandt": "julia.brandt@vellmar-auto.example.de",
 "林宥廷": "yuting.lin@hexian-design.example.tw",
 "張雅筑": "yachu.chang@hexian-design.example.tw",
 "罗振东": "luozd@jingdiao-proto.example.cn",
 "麦宝华": "maibh@jingdiao-proto.example.cn",
 "Kim Minjun": "minjun.kim@hanbit-display.example.kr",
 "柯文昌": "kewc@hubei-cast.example.cn",
}
BOTS = {"A": ("质量纪要助手", "jiyao@chulian-auto.example.cn"), "B": ("待办小橙", "todo@chengguo-live.example.cn"),
        "C": ("督办助手", "duban@lzsl-hosp.example.cn"), "D": ("Origo Minutes", "minutes@origolabs.example.cn")}
def addr(n):
    if n in R: return (n, R[n][1])
    if n in EXT: return (n, EXT[n])
    if n in BOTS: return BOTS[n]
    raise KeyError(n)
def item(owner, task, due=None, time=None, flags=(), dept=None, email=None):
    if owner in R: email, dept = R[owner][1], R[owner][2]
    elif owner in EXT: email = EXT[owner]
    fl = list(flags)
    if owner is None and "no_owner" not in fl: fl.insert(0, "no_owner")
    if due is None and "vague_due" not in fl and "no_due" not in fl: fl.append("no_due")
    return {"owner_name": owner, "owner_email": email, "department": dept, "task": task,
            "due_date": due, "due_time": time, "flags": fl}
def fu(date, time=None): return {"date": date, "time": time}
def rep(intent, items=(), percent=None, new_due=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due}

# ---------------- MIME ----------------
CODEC = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "big5": "big5", "us-ascii": "ascii"}
def ew(text, label="utf-8", mode="B"):
    if all(ord(c) < 128 for c in text): return text
    cs = CODEC[label]; out = []; cur = ""
    def enc(s):
        raw = s.encode(cs)
        if mode == "B": body = base64.b64encode(raw).decode()
        else: body = "".join(chr(b) if (chr(b).isalnum() and b < 128) else ("_" if b == 32 else "=%02X" % b) for b in raw)
        return "=?%s?%s?%s?=" % (label, mode, body)
    for ch in text:
        if cur and len(enc(cur + ch)) > 66: out.append(enc(cur)); cur = ch
        else: cur += ch
    out.append(enc(cur)); return "\n ".join(out)
def ha(n, label="utf-8", mode="B", quote=False):
    name, a = addr(n) if isinstance(n, str) else n
    if all(ord(c) < 128 for c in name): return f'"{name}" <{a}>' if quote else f"{name} <{a}>"
    w = ew(name, label, mode).replace("\n ", " ")
    return f'"{w}" <{a}>' if quote else f"{w} <{a}>"
def has(ns, label="utf-8", mode="B", quote=False): return ", ".join(ha(n, label, mode, quote) for n in ns)
def tenc(data, cte):
    if cte == "base64": return base64.encodebytes(data).decode()
    if cte == "quoted-printable": return binascii.b2a_qp(data, istext=True).decode()
    return data.decode("ascii", "surrogateescape")
def leaf(ctype, text, label, cte, crlf=False, headers=(), data=None, params=""):
    m = Message(); m["Content-Type"] = ctype + (f'; charset="{label}"' if label else "") + params
    for k, v in headers: m[k] = v
    m["Content-Transfer-Encoding"] = cte
    if data is None:
        if crlf: text = text.replace("\n", "\r\n")
        data = text.encode(CODEC[label])
    m.set_payload(tenc(data, cte)); return m
def multi(sub, parts, b):
    m = Message(); m["Content-Type"] = f'multipart/{sub}; boundary="{b}"'; m.set_payload(parts); m.epilogue = ""; return m
def env(headers, body):
    top = Message()
    for k, v in headers: top[k] = v
    top["MIME-Version"] = "1.0"
    for k, v in body.items(): top[k] = v
    top._payload = body._payload; top.preamble = body.preamble; top.epilogue = body.epilogue
    return top
def ser(m, crlf=False):
    b = io.BytesIO(); BytesGenerator(b, mangle_from_=False, policy=compat32.clone(linesep="\r\n" if crlf else "\n", max_line_length=78)).flatten(m)
    return b.getvalue()
def to_html(text, font="微软雅黑"):
    lines = []
    for ln in text.split("\n"):
        lines.append("<div>%s</div>" % (H.escape(ln).replace("  ", "&nbsp; ") or "<br>"))
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=@@CS@@"></head><body style="font-family:%s;font-size:14px">\n%s\n</body></html>' % (font, "\n".join(lines))
def alt(text, htmlbody, label, cte, b, crlf=False):
    htmlbody = htmlbody.replace("@@CS@@", label)
    return multi("alternative", [leaf("text/plain", text, label, cte, crlf), leaf("text/html", htmlbody, label, cte, crlf)], b)

CASES = []
def case(num, slug, kind, what, headers, body, gold, crlf=False, notes=""):
    g = {"kind": kind, "items": gold.get("items", []), "next_followup": gold.get("fu"), "reply": gold.get("reply"), "notes": notes}
    CASES.append((num, slug, kind, what, env(headers, body), g, crlf))
def date_hdr(s, off="+0800"):
    t = dt.datetime.fromisoformat(s); W = ["Mon","Tue","Wed","Thu","Fri","Sat","Sun"]; M = ["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"]
    return "%s, %d %s %d %02d:%02d:%02d %s" % (W[t.weekday()], t.day, M[t.month-1], t.year, t.hour, t.minute, t.second, off)

# extra alias/ext used below
EXT["Yuting Lin"] = EXT["林宥廷"]
EXT["Minjun Kim"] = "minjun.kim@hanbit-display.example.kr"
def mid(tag, dom): return f"<{tag}@{dom}>"
def table(rows, border=1):
    out = ['<table border="%d" cellspacing="0" cellpadding="4" style="border-collapse:collapse">' % border]
    for i, r in enumerate(rows):
        tg = "th" if i == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tg, H.escape(c).replace("\n", "<br>"), tg) for c in r) + "</tr>")
    return "\n".join(out) + "</table>"
def txt_table(rows): return "\n".join(" | ".join(c.replace("\n", " ") for c in r) for r in rows)

# =============================== A: 楚联汽车零部件 (Wuhan) ===============================
S = "2025-09-26"
rows = [["序号", "事项", "负责人", "完成时间"],
        ["1", "完成壳体压铸件X光抽检报告并上传QMS", "彭磊", "3个工作日内"],
        ["2", "节前对2号线全部检具做一次MSA复核", "覃海波", "9月30日前"],
        ["3", "督促湖北铸造（柯文昌）提交气孔整改8D", "龚丽", "节后第一个工作日"],
        ["4", "整理9月客诉台账发邹部长", "夏雪", "本周日（调休上班）下班前"]]
head = """楚联汽车零部件有限公司 质量周会纪要（第39周）
时间：2025年9月26日 14:00-15:30　地点：二楼质量会议室
主持：邹建平　记录：夏雪
参会：彭磊、夏雪、万志刚、覃海波、龚丽

一、上周问题关闭情况
转向节铸件气孔问题：已关闭（彭磊），客户端无新增。
二、本周质量数据
内部PPM 312，较上周下降18%；客户端零公里投诉0起。
三、待办事项
"""
tail = """
四、下次会议：10月10日（周五）14:00，地点不变。

夏雪
质量部 | 楚联汽车零部件有限公司
电话：027-8455 xxxx"""
text = head + txt_table(rows) + "\n" + tail
htm = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body style="font-family:宋体;font-size:10.5pt">' + \
      "".join("<p>%s</p>" % H.escape(l) for l in head.strip().split("\n")) + table(rows) + "".join("<p>%s</p>" % H.escape(l) for l in tail.strip().split("\n")) + "</body></html>"
case(3201, "quality-weekly-table-national-day-outlook-gb2312", "minutes",
     "Outlook gb2312 QP 质量周会 table before National Day 2025: 3个工作日内 counts the 09-28 make-up Sunday; 节后第一个工作日 = 10-09; closed issue and data are not items",
     [("From", ha("夏雪", "gb2312")), ("To", has(["邹建平", "彭磊", "万志刚", "覃海波", "龚丽"], "gb2312")), ("Cc", ha("A", "gb2312")),
      ("Subject", ew("质量周会纪要（第39周）", "gb2312")), ("Date", date_hdr("2025-09-26 16:41:09")),
      ("Message-ID", mid("000001dc2e9a$4c1b2f10$e4518d30$", "chulian-auto.example.cn")), ("X-Mailer", "Microsoft Outlook 16.0"),
      ("Thread-Index", "AdwumkvE1bq0cQ0cSyO2pTQ9x3k3Ag=="), ("Content-Language", "zh-cn")],
     alt(text, htm, "gb2312", "quoted-printable", "----=_NextPart_000_0017_01DC2EDD.5A3E8F20", crlf=True),
     {"items": [item("彭磊", "完成壳体压铸件X光抽检报告并上传QMS", chk("2025-09-30", add_wd(S, 3), "3201#1")),
                item("覃海波", "节前对2号线全部检具做一次MSA复核", chk("2025-09-30", "2025-09-30", "3201#2")),
                item("龚丽", "督促湖北铸造（柯文昌）提交气孔整改8D", chk("2025-10-09", first_wd_after("2025-10-08"), "3201#3")),
                item("夏雪", "整理9月客诉台账发邹部长", chk("2025-09-28", wk(S, 6), "3201#4"))],
      "fu": fu(chk("2025-10-10", wk("2025-10-06", 4), "3201 fu"), "14:00")},
     crlf=True, notes="Sent Fri 2025-09-26. National Day 2025 = 10-01..10-08 off, make-up days Sun 09-28 and Sat 10-11. #1 3个工作日内 counts 09-28 (make-up Sunday), 09-29, 09-30 -> 2025-09-30. #3 节后第一个工作日 -> 2025-10-09. #4 本周日（调休上班）-> 2025-09-28. The closed 转向节 issue and PPM figures are status, not items. 柯文昌 is a supplier named inside the task, the owner is 龚丽. Next meeting 10月10日（周五）14:00.")

S = "2026-03-10"
text = """Hi all,

thanks for joining today's 8D review on complaint VA-26-0117 (bracket housing porosity). Summary and open points below.

Attendees: Markus Weber, Julia Brandt (Vellmar SQA); Lei Peng, Snow Xia, JP Zou (Chulian)

Status: D3 containment in place since 2 March, sorting at Chulian plant ongoing. No further rejects from line 4 since last Thursday.

Actions
1. Action: Lei Peng - submit D4 root cause incl. fishbone and 5-Why, by 3/20.
2. Action: Snow - send updated sorting results (daily, incl. quantities checked / rejected). EOD Friday.
3. Action: Julia - release revised drawing tolerance for bore dia. (rev. F) - ASAP.
4. Owner: JP Zou
   Due: 27 March 2026
   Task: PPAP resubmission (level 3) for the modified casting process

Decision: until further notice the 100% inspection of the bore diameter stays in place, at Chulian's cost.

Next call: Thursday 19 March, 14:00 CET (Teams link follows).

Best regards
Markus Weber
Supplier Quality Engineer
Vellmar Automotive GmbH | Purchasing Quality Chassis
Kasseler Str. 12, 34292 Ahnatal, Germany"""
case(3202, "oem-8d-review-english-cet", "minutes",
     "German OEM English minutes (Outlook, +0100 Date): 'Action: Name - task, by 3/20', EOD Friday, ASAP, an Owner:/Due:/Task: block; next call in CET converted to Shanghai time; decision not an item",
     [("From", "Weber Markus (VA/PQC-2) <markus.weber@vellmar-auto.example.de>"), ("To", has(["彭磊", "夏雪", "邹建平"])),
      ("Cc", "Brandt Julia (VA/PQC-2) <julia.brandt@vellmar-auto.example.de>, " + ha("A")),
      ("Subject", "Minutes 8D review VA-26-0117 bracket housing porosity"), ("Date", date_hdr("2026-03-10 09:15:44", "+0100")),
      ("Message-ID", "<AM9PR04MB8421C3E2F0B5A1D9E6B3C7A2D29C2@AM9PR04MB8421.eurprd04.prod.outlook.example>"),
      ("Accept-Language", "de-DE, en-US"), ("Content-Language", "en-US")],
     alt(text, to_html(text, "Calibri"), "utf-8", "quoted-printable", "_000_AM9PR04MB8421C3E2F0B5A1D9E6B3C7A2D29C2AM9PR04MB8421eurp_"),
     {"items": [item("彭磊", "submit D4 root cause incl. fishbone and 5-Why", chk("2026-03-20", "2026-03-20", "3202#1")),
                item("夏雪", "send updated sorting results (daily, incl. quantities checked / rejected)", chk("2026-03-13", wk(S, 4), "3202#2")),
                item("Julia Brandt", "release revised drawing tolerance for bore dia. (rev. F)", None, flags=["vague_due"]),
                item("邹建平", "PPAP resubmission (level 3) for the modified casting process", chk("2026-03-27", "2026-03-27", "3202#4"))],
      "fu": fu(chk("2026-03-19", wdv("2026-03-19", 3), "3202 fu"), "21:00")},
     notes="Date 09:15 +0100 = Tue 2026-03-10 16:15 Shanghai. 'Lei Peng', 'Snow', 'JP Zou' are roster aliases of 彭磊/夏雪/邹建平. 'EOD Friday' -> 2026-03-13 (no time, EOD convention). 'Julia' resolved via the Cc display name 'Brandt Julia' (surname-first Outlook display; canonical written name Julia Brandt), not in roster, department null; ASAP -> vague_due. #4 is an Owner/Due/Task block. Decision line is not an item. Next call 'Thursday 19 March, 14:00 CET': Germany is on CET (+0100) until 29 March 2026, so 14:00 CET = 21:00 Asia/Shanghai on 2026-03-19; a scorer accepting the written 14:00 should know the README converts to Shanghai time.")

S = "2026-06-17"
fwd = """各位：

下面是昨天跟Vellmar开的8D会议纪要（夏雪整理的），我看过了，没问题，请按分工落实。
客户那边盯得紧，有困难提前跟我说，别拖到最后一天。

邹建平
质量部

----------------- 转发邮件信息 -----------------
发件人："夏雪" <xiaxue@chulian-auto.example.cn>;
发送时间：2026年6月16日(星期二) 晚上6:05
收件人："邹建平" <zoujp@chulian-auto.example.cn>;
主题：客户投诉VA-26-0388 8D会议纪要

邹部长：

今天下午与Vellmar（Markus、Julia）8D电话会纪要如下，请审阅。

一、问题描述：客户装配线发现支架螺纹孔滑牙，共17件。
二、围堵：库存及在途产品全部隔离，客户处由我方驻场人员100%筛选（已落实）。
三、分工
1. 彭磊：完成失效件断面分析，6月18日（周四）前给出结论。
2. 夏雪：每日17:00前向客户报送围堵数据，直至问题关闭。
3. 万志刚：更新PFMEA和控制计划（攻丝工序），端午节后第一个工作日提交。
4. 龚丽：通知丝锥供应商追溯同批次刀具使用记录，本周四下班前反馈。
四、下次会议：下周二（6月23日）上午10:00，与客户电话会。

夏雪"""
case(3203, "forwarded-8d-minutes-foxmail-gbk-dragon-boat", "minutes",
     "Foxmail GBK base64 forward: the forwarder's preface (no items) above a Foxmail 转发邮件信息 block; items inside the forwarded minutes; 端午节后第一个工作日 2026; a recurring duty without an end date",
     [("From", ha("邹建平", "gbk", quote=True)), ("To", has(["彭磊", "夏雪", "万志刚", "龚丽"], "gbk", quote=True)),
      ("Cc", ha("A", "gbk", quote=True)), ("Subject", ew("转发：客户投诉VA-26-0388 8D会议纪要", "gbk")),
      ("Date", date_hdr("2026-06-17 10:20:31")), ("Message-ID", "<202606171020310357621@chulian-auto.example.cn>"),
      ("X-Mailer", "Foxmail 7.2.25.254[cn]"), ("X-Priority", "3"), ("X-GUID", "6A1F0C2E-4B33-4D9E-9C6B-2E5A8E0D1F47"),
      ("X-Has-Attach", "no")],
     alt(fwd, to_html(fwd, "Microsoft YaHei UI"), "gbk", "base64", "----=_001_NextPart135810334263_=----"),
     {"items": [item("彭磊", "完成失效件断面分析", chk("2026-06-18", wk(S, 3), "3203#1")),
                item("夏雪", "每日17:00前向客户报送围堵数据，直至问题关闭", None),
                item("万志刚", "更新PFMEA和控制计划（攻丝工序）", chk("2026-06-22", first_wd_after("2026-06-21"), "3203#3")),
                item("龚丽", "通知丝锥供应商追溯同批次刀具使用记录", chk("2026-06-18", wk(S, 3), "3203#4"))],
      "fu": fu(chk("2026-06-23", nwk(S, 1), "3203 fu"), "10:00")},
     notes="Forward sent Wed 2026-06-17; the minutes were written Tue 06-16 but every relative date gives the same day from either date (本周四 = 06-18, 下周二 = 06-23). Dragon Boat 2026 = 06-19..06-21 off -> 端午节后第一个工作日 = Mon 2026-06-22. The preface is the forwarder's own text with no item. #2 is a daily recurring duty 'until closed' with no end date -> no_due (17:00 is a daily time, not a deadline). 围堵 line marked 已落实 is status.")

S = "2025-04-25"
rows = [["序号", "工作内容", "责任人", "完成时间", "备注"],
        ["1", "①提交PPAP文件包（18项）\n②完成全尺寸检测报告", "主责：万工\n配合：彭工", "①4月30日前\n②5个工作日内", "客户SQE要求节前先发电子版"],
        ["2", "模具T2试模及样件送检", "牵头：覃海波／协办：龚丽", "4月27日（周日，调休上班）", ""],
        ["3", "客户节点评审（Gate 3）材料准备", "任晓婷", "待定", "等Vellmar回复评审日期"],
        ["4", "过程流程图冻结", "万志刚", "已完成（4/22）", ""]]
head = """Vellmar VA-BR26 控制臂支架项目 APQP阶段评审纪要

时间：2025年4月25日（周五）15:00-16:30
地点：技术中心301
参加：任晓婷、万志刚、彭磊、覃海波、龚丽、邹建平

评审结论：第三阶段（过程设计与开发）有条件通过，以下事项闭环后关闭。
"""
tail = """
下次评审定在5月7日，同一时间。

任晓婷 Tina Ren
项目部 | 楚联汽车零部件有限公司"""
text = head + "\n" + txt_table(rows) + "\n" + tail
htm = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="ZH-CN"><div class="WordSection1">' + \
      "".join('<p class="MsoNormal">%s</p>' % (H.escape(l) or "&nbsp;") for l in head.split("\n")) + table(rows) + \
      "".join('<p class="MsoNormal">%s</p>' % (H.escape(l) or "&nbsp;") for l in tail.split("\n")) + "</div></body></html>"
case(3204, "apqp-review-lead-support-cell-subtasks", "minutes",
     "Outlook UTF-8 QP APQP review table: ①② sub-tasks with ①② deadlines in one cell, 主责/配合 and 牵头/协办 in one owner cell (lead owns), 5个工作日内 over May Day 2025 + 04-27 make-up Sunday, 已完成 row, '同一时间' next review",
     [("From", ha("任晓婷")), ("To", has(["万志刚", "彭磊", "覃海波", "龚丽"])), ("Cc", has(["邹建平", "A"])),
      ("Subject", ew("VA-BR26 APQP第三阶段评审纪要")), ("Date", date_hdr("2025-04-25 17:08:12")),
      ("Message-ID", mid("SEZPR06MB6958B1A0C4F2E7D3A9E1C6B5A0D12", "SEZPR06MB6958.apcprd06.prod.outlook.example")),
      ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "zh-CN")],
     alt(text, htm, "utf-8", "quoted-printable", "_000_SEZPR06MB6958B1A0C4F2E7D3A9E1C6B5A0D12SEZPR06MB6958apcp_"),
     {"items": [item("万志刚", "提交PPAP文件包（18项）", chk("2025-04-30", "2025-04-30", "3204#1a")),
                item("万志刚", "完成全尺寸检测报告", chk("2025-05-06", add_wd(S, 5), "3204#1b")),
                item("覃海波", "模具T2试模及样件送检", chk("2025-04-27", wdv("2025-04-27", 6) if is_wd(d("2025-04-27")) else "NOT-MAKEUP", "3204#2")),
                item("任晓婷", "客户节点评审（Gate 3）材料准备", None, flags=["vague_due"])],
      "fu": fu(chk("2025-05-07", "2025-05-07", "3204 fu"), "15:00")},
     notes="Sent Fri 2025-04-25. Row 1 holds two sub-tasks ①② with matching ①② deadlines -> two items; the owner cell '主责：万工 配合：彭工' -> the lead 万志刚 (万工 = roster alias); 配合 is not a second owner. ②5个工作日内: 04-27 (make-up Sunday), 04-28, 04-29, 04-30, then May Day 05-01..05-05 off -> 05-06. Row 2 牵头 覃海波, 协办 龚丽 -> 覃海波; 4月27日 is the make-up Sunday. Row 3 待定 -> vague_due. Row 4 已完成 -> status, not an item. '评审结论' is a decision. Next review '5月7日，同一时间' = the meeting's 15:00 -> 2025-05-07 15:00.")

S = "2027-03-12"
text = """各位，本周质量周会纪要（3月12日 14:00，二楼会议室）：

1. 彭磊 —— Vellmar 0公里退货件（3件）分析报告，下周三下班前
2. 覃海波 —— 2号线首末件检验记录补齐（2月、3月），3/19前
3. 夏雪 —— Q1质量目标达成情况汇总，月底

上周待办：万工的工装更改已完成，龚丽的供应商审核推迟到4月（客户同意）。

下次：下周五同一时间。

夏雪

________________________________
发件人: 夏雪
发送时间: 2027年3月5日 17:12
收件人: 邹建平; 彭磊; 万志刚; 覃海波; 龚丽
抄送: 质量纪要助手
主题: 质量周会纪要 3/5

各位，本周质量周会纪要（3月5日 14:00）：

1. 万志刚 —— 4号线压装工装更改，3月10日前
2. 龚丽 —— 供应商年度审核计划（二方审核），3月底前
3. 彭磊 —— 客诉VA-27-0032 临时措施效果确认，下周一

下次：下周五同一时间。
"""
case(3205, "new-minutes-in-old-thread-re-2027", "minutes",
     "Outlook RE: in last week's thread: new minutes on top, last week's quoted minutes (with their own dates and owners) below an Outlook 发件人/发送时间 block are not items; 下周五同一时间; 2027 dates without working-day arithmetic",
     [("From", ha("夏雪")), ("To", has(["邹建平", "彭磊", "万志刚", "覃海波", "龚丽"])), ("Cc", ha("A")),
      ("Subject", "RE: " + ew("质量周会纪要 3/5")), ("Date", date_hdr("2027-03-12 17:31:02")),
      ("Message-ID", "<000a01dd9316$8a2be4c0$9e83ae40$@chulian-auto.example.cn>"),
      ("In-Reply-To", "<000501dd8d95$21f0b3a0$65d21ae0$@chulian-auto.example.cn>"),
      ("References", "<000501dd8d95$21f0b3a0$65d21ae0$@chulian-auto.example.cn>"),
      ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHbjZUh8LOgZdIa4FDQvS3pMWf5YAAsK3Lg")],
     alt(text, to_html(text), "utf-8", "base64", "----=_NextPart_000_000B_01DD9359.983A5A20", crlf=True),
     {"items": [item("彭磊", "Vellmar 0公里退货件（3件）分析报告", chk("2027-03-17", nwk(S, 2), "3205#1")),
                item("覃海波", "2号线首末件检验记录补齐（2月、3月）", chk("2027-03-19", "2027-03-19", "3205#2")),
                item("夏雪", "Q1质量目标达成情况汇总", chk("2027-03-31", month_end(S), "3205#3"))],
      "fu": fu(chk("2027-03-19", nwk(S, 4), "3205 fu"), "14:00")},
     crlf=True, notes="Sent Fri 2027-03-12 (no 2027 holiday data needed: only weekday/month arithmetic). 下周三下班前 -> 2027-03-17 (no time for 下班前). 月底 -> 2027-03-31. The '上周待办' line reports status. Everything under the Outlook '发件人/发送时间' separator is last week's quoted minutes, not items. 下周五同一时间 = 14:00 of this meeting -> 2027-03-19 14:00.")

S = "2026-11-05"
text = """转发腾讯会议智能纪要，待办请各位认领，有出入的直接回复我。——覃海波

【腾讯会议】智能纪要
会议主题：3号线压装力超差问题分析会
会议时间：2026/11/05 15:00-15:48（GMT+08:00）
参会人：覃海波、彭磊、万志刚、夏雪

会议摘要
本次会议围绕3号线衬套压装力超差问题展开讨论。彭磊介绍了近两周的SPC数据，超差集中在夜班；万志刚认为程序参数中保压时间设置偏短，表示会在下周一前调整；夏雪提醒客户已在询问，需尽快给出8D。会议确认先对夜班产品加严抽检。

章节速览
00:01:12 问题现象回顾
覃海波介绍了压装力超差的发生频次，11月以来共23件，均已隔离。
00:14:35 根因讨论
彭磊认为与衬套来料外径波动有关；万志刚认为主要是保压时间不足，两人同意先做对比试验。
00:31:50 后续安排
明确了程序调整、8D报告和员工培训三项工作。

待办
· 万志刚：调整3号线压装程序参数（保压时间）并完成验证，下周一前
· 彭磊：输出压装力超差问题8D报告（D1-D4），11月12日前
· 覃海波：安排3号线夜班操作工再培训

以上内容由AI生成，仅供参考"""
case(3206, "tencent-meeting-ai-minutes-forward", "minutes",
     "腾讯会议 智能纪要 pasted with a one-line preface: summary and 章节速览 with timestamps mention the same work (and 尽快), only the 待办 section counts; 内容由AI生成 footer",
     [("From", ha("覃海波")), ("To", has(["彭磊", "万志刚", "夏雪"])), ("Cc", has(["邹建平", "A"])),
      ("Subject", ew("3号线压装力超差问题分析会-智能纪要")), ("Date", date_hdr("2026-11-05 18:02:47")),
      ("Message-ID", "<tencent_5E7C1B0A9F2D4E3C8B6A7D1E0F29@exmail.example.qq.com>"), ("X-QQ-mid", "bizesmtp62t1762336967t8k2j1"),
      ("X-Mailer", "Tencent Exmail")],
     alt(text, to_html(text), "gb18030", "base64", "----=_Part_163421_1109283745.1762336967513"),
     {"items": [item("万志刚", "调整3号线压装程序参数（保压时间）并完成验证", chk("2026-11-09", nwk(S, 0), "3206#1")),
                item("彭磊", "输出压装力超差问题8D报告（D1-D4）", chk("2026-11-12", "2026-11-12", "3206#2")),
                item("覃海波", "安排3号线夜班操作工再培训", None)]},
     notes="Sent Thu 2026-11-05 (Exmail gb18030). Only the 待办 section of the AI minutes holds items: the 会议摘要 repeats 万志刚's 下周一前 and mentions 尽快 for the 8D, and the 章节速览 timestamps (00:14:35 ...) are transcript, not items or times. 下周一前 -> 2026-11-09. #3 has no date -> no_due. The preface asks people to claim items, not an item itself. No next meeting.")

text = """今天质量会只定了一件事：彭工明早9点前把客诉8D的D4根因报告发Markus，抄送我。其他照旧。

发自我的iPhone"""
case(3207, "one-line-manager-iphone", "minutes",
     "One-line minutes from a busy manager on iPhone (UTF-8 plain base64, late evening): 彭工 (alias), 明早9点前 -> next day 09:00",
     [("From", ha("邹建平")), ("Subject", ew("今天质量会")),
      ("Date", date_hdr("2025-12-09 21:40:15")), ("To", ha("彭磊")), ("Cc", ha("A")),
      ("Message-ID", "<6F2B8E1A-3C4D-4E9B-A1F0-7D2C5B9E8A31@chulian-auto.example.cn>"),
      ("X-Mailer", "iPhone Mail (22B91)")],
     leaf("text/plain", text, "utf-8", "base64"),
     {"items": [item("彭磊", "把客诉8D的D4根因报告发Markus，抄送邹部长", chk("2025-12-10", plus("2025-12-09", 1), "3207#1"), "09:00")]},
     notes="Sent Tue 2025-12-09 21:40. 明早9点前 -> Wed 2025-12-10 09:00. 彭工 is a roster alias of 彭磊. '其他照旧' is not an item. Task wording: the deliverable is the D4 root-cause report sent to Markus (cc the sender); a scorer should accept a shorter task such as '把客诉8D的D4根因报告发Markus'.")

S = "2026-12-14"
text = """会议纪要

会议主题：Vellmar新项目（VA-KN27 转向节）项目例会
会议时间：2026年12月14日（周一）08:30-09:15
会议地点：项目部小会议室
主 持 人：任晓婷
参会人员：万志刚、彭磊、龚丽、覃海波、夏雪
记 录 人：任晓婷

一、会议议题
1. APQP第二阶段交付物进度
2. 外协件供应商PPAP收集情况
3. 年度二方审核不符合项整改

二、会议决议
1. 项目例会改为每两周一次，周一上午召开。
2. 外协件PPAP统一按Level 3提交。

三、待办事项
1. 12月18日（周五）17:00前，任晓婷将APQP第二阶段交付物清单发客户Julia。
2. 万志刚负责组织DFMEA/PFMEA联评，2026年底前完成。
3. 龚丽收集外协件供应商PPAP资料（共6家），12月25日前完成。
4. 质量部：二方审核不符合项（共4项）整改，尽快关闭。

四、下次会议
2027年1月11日（周一）上午9:30

任晓婷"""
case(3208, "template-minutes-netease-gb18030-plain", "minutes",
     "Ordinary 会议纪要 template (主题/时间/地点/议题/决议/待办/下次会议), plain gb18030 base64: 12月18日（周五）17:00前, 2026年底前, department-only owner with 尽快, decisions not items",
     [("From", ha("任晓婷", "gb18030")), ("To", has(["万志刚", "彭磊", "龚丽", "覃海波", "夏雪"], "gb18030")), ("Cc", ha("A", "gb18030")),
      ("Subject", ew("【会议纪要】VA-KN27项目例会 12.14", "gb18030")), ("Date", date_hdr("2026-12-14 09:32:50")),
      ("Message-ID", "<2ec4a1b7.5d1e.19c1f0a3b7e.Coremail.renxt@chulian-auto.example.cn>"),
      ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9b1f3e0c)"), ("X-Priority", "3")],
     leaf("text/plain", text, "gb18030", "base64"),
     {"items": [item("任晓婷", "将APQP第二阶段交付物清单发客户Julia", chk("2026-12-18", wk(S, 4), "3208#1"), "17:00"),
                item("万志刚", "组织DFMEA/PFMEA联评", chk("2026-12-31", "2026-12-31", "3208#2")),
                item("龚丽", "收集外协件供应商PPAP资料（共6家）", chk("2026-12-25", "2026-12-25", "3208#3")),
                item(None, "二方审核不符合项（共4项）整改", None, flags=["vague_due"], dept="质量部")],
      "fu": fu(chk("2027-01-11", wdv("2027-01-11", 0), "3208 fu"), "09:30")},
     notes="Sent Mon 2026-12-14. #1 12月18日（周五）17:00前 -> 2026-12-18 17:00. #2 2026年底前 -> 2026-12-31. #4 owner is only '质量部' (one of ours) -> owner null, department 质量部, no_owner; 尽快 -> vague_due. The 会议决议 lines are decisions. Next meeting 2027-01-11 (a Monday) 09:30.")

S = "2025-08-05"
text = """各位好，

今天下午的项目协调会，记录如下，供大家对照执行。

一、项目状态
新支架产品（VA-BR26-2）已完成OTS样件交付，客户反馈良好；
批产爬坡计划维持9月第2周SOP不变。

二、需要跟进的事项
1. 万志刚负责牵头完成新支架产品的工装夹具设计评审，
   并输出评审记录，8月12日前完成。
2. 彭磊：收集客户Vellmar最新版质量协议（QAA）并组织
   内部宣贯（含(1)条款差异对比；(2)培训签到表），
   时间：8月15日（周五）前。
3. 龚丽：跟进铝锭供应商价格联动方案（截止日期（暂定）：
   8月底）。
4. 覃海波：车间5S整改，(a)2号线 8月8日前；
   (b)4号线 8月22日前。

下次沟通放在8月19日（周二），
下午3点。

任晓婷"""
case(3209, "wrapped-lines-nested-brackets-thunderbird", "minutes",
     "Thunderbird 8bit UTF-8 plain text with hard-wrapped items: deadlines on continuation lines, (1)(2) inside brackets are not items, a deadline inside nested brackets （截止日期（暂定）：8月底）, (a)(b) sub-items with their own dates -> two items; next meeting day and time on two lines",
     [("From", ha("任晓婷")), ("To", has(["万志刚", "彭磊", "龚丽", "覃海波"])), ("Cc", ha("A")),
      ("Subject", ew("项目协调会记录 8/5")), ("Date", date_hdr("2025-08-05 17:55:03")),
      ("Message-ID", "<7b3d9c2e-41a5-4f0e-b8d6-2c9e1a5f3b70@chulian-auto.example.cn>"),
      ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "zh-CN")],
     leaf("text/plain", text, "utf-8", "8bit", params="; format=flowed"),
     {"items": [item("万志刚", "牵头完成新支架产品的工装夹具设计评审，并输出评审记录", chk("2025-08-12", "2025-08-12", "3209#1")),
                item("彭磊", "收集客户Vellmar最新版质量协议（QAA）并组织内部宣贯（含(1)条款差异对比；(2)培训签到表）", chk("2025-08-15", plus(wk(S, 4), 7), "3209#2")),
                item("龚丽", "跟进铝锭供应商价格联动方案", chk("2025-08-31", month_end(S), "3209#3")),
                item("覃海波", "车间5S整改（2号线）", chk("2025-08-08", "2025-08-08", "3209#4a")),
                item("覃海波", "车间5S整改（4号线）", chk("2025-08-22", "2025-08-22", "3209#4b"))],
      "fu": fu(chk("2025-08-19", wdv("2025-08-19", 1), "3209 fu"), "15:00")},
     notes="Sent Tue 2025-08-05. Items are hard-wrapped; each deadline sits on a continuation line. #2 (1)(2) are parts of one deliverable, not separate items; 8月15日（周五）-> 2025-08-15. #3 '截止日期（暂定）：8月底' -> 2025-08-31 (a stated, if provisional, date: not vague). #4 (a)/(b) carry separate dates -> two items for 覃海波. Next meeting: '8月19日（周二），' then '下午3点。' on the next line -> 2025-08-19 15:00. The 项目状态 section is status (SOP date is a plan, not an item).")

# docx attachment
def docx(paragraphs):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % H.escape(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s<w:sectPr/></w:body></w:document>' % body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)]:
            zi = zipfile.ZipInfo(name, date_time=(2026, 7, 3, 9, 0, 0)); zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return b.getvalue()
S = "2026-07-03"
paras = ["PPAP预审会会议纪要", "时间：2026年7月2日（周四）14:00", "地点：质量部会议室", "参会：彭磊、龚丽、万志刚、任晓婷、夏雪",
         "一、预审结论", "18项文件中15项符合，3项需补充，整体有条件通过。", "二、待办事项",
         "1. 全尺寸检测报告补测3个尺寸（φ12孔位置度等）  负责人：彭磊  完成时间：7月8日",
         "2. 材料证书及IMDS数据提交  负责人：龚丽  完成时间：7月10日前",
         "3. 过程能力研究（Cpk）按新抽样重新计算  负责人：万志刚  完成时间：下周二",
         "三、下次会议", "7月9日（周四）上午9:00，正式提交前终审。"]
text = """各位，

昨天的PPAP预审会纪要见附件，请查收。有疑问今天中午前找我。

任晓婷
项目部"""
fname = "PPAP预审会纪要0702.docx"
att = leaf("application/vnd.openxmlformats-officedocument.wordprocessingml.document", None, None, "base64", data=docx(paras),
           params='; name="%s"' % ew(fname).replace("\n ", " "),
           headers=[("Content-Disposition", 'attachment; filename="%s"' % ew(fname).replace("\n ", " "))])
body = multi("mixed", [alt(text, to_html(text), "utf-8", "base64", "----=_NextPart_001_0A1B_01DCEB4F.3C2D1E00", crlf=True), att],
             "----=_NextPart_000_0A1A_01DCEB4F.3C2D1E00")
case(3210, "minutes-in-docx-attachment", "minutes",
     "Outlook mail whose body only says '纪要见附件' (with a non-item 今天中午前找我); the minutes are in a .docx attachment (RFC 2047 filename): items with 负责人/完成时间, 下周二, next meeting",
     [("From", ha("任晓婷")), ("To", has(["彭磊", "龚丽", "万志刚"])), ("Cc", has(["夏雪", "A"])),
      ("Subject", ew("PPAP预审会纪要（7/2）")), ("Date", date_hdr("2026-07-03 09:10:26")),
      ("Message-ID", "<000c01dceb0c$2e8d4f60$8ba7ee20$@chulian-auto.example.cn>"), ("X-Mailer", "Microsoft Outlook 16.0")],
     body,
     {"items": [item("彭磊", "全尺寸检测报告补测3个尺寸（φ12孔位置度等）", chk("2026-07-08", "2026-07-08", "3210#1")),
                item("龚丽", "材料证书及IMDS数据提交", chk("2026-07-10", "2026-07-10", "3210#2")),
                item("万志刚", "过程能力研究（Cpk）按新抽样重新计算", chk("2026-07-07", nwk(S, 1), "3210#3"))],
      "fu": fu(chk("2026-07-09", wdv("2026-07-09", 3), "3210 fu"), "09:00")},
     crlf=True, notes="Sent Fri 2026-07-03; the meeting was Thu 07-02. The body has no items ('有疑问今天中午前找我' is an offer, not a task). Items are in the .docx: 下周二 -> 2026-07-07 from either date. Next meeting 7月9日（周四）09:00. If a bot does not read attachments it scores zero items here; that is what the case measures.")

# =============================== B: 橙果互娱 (Hangzhou live commerce) ===============================
S = "2025-01-24"
text = """宝子们，年前最后一次排期会纪要🧧 辛苦大家啦～

📅 排期
1.26（周日，调休上班）小鹿专场·年货节返场
2.5 节后首播（开工大吉场）

✅ 待办
🔥 小鹿：返场脚本+话术，明天中午12点前发群里
🔥 阿俊：返场场次千川投流计划（预算5w），3个工作日内
🔥 倩倩：节后首播选品清单，节后第一个工作日
🔥 浩子：直播间灯光+声卡检修，尽快！！上次炸麦了😭
💰 蕾蕾：年货节品牌方返点对账，月底

❌ 抖音小店满减今年不跟了（定了）
🎉 年会红包已发，没领的找佳怡

下次碰头：节后开工当天下午2点，老地方～

佳怡"""
case(3211, "dingtalk-emoji-spring-festival-2025", "minutes",
     "DingTalk (阿里邮箱) casual minutes with emoji bullets before Spring Festival 2025: 3个工作日内 over the 01-26 make-up Sunday and the holiday, 节后第一个工作日, 明天中午12点前, 尽快, 月底; nickname owners; next meeting '节后开工当天下午2点'",
     [("From", ha("沈佳怡")), ("To", has(["陆可欣", "楼俊", "叶倩", "蒋浩", "钱蕾"])), ("Cc", ha("B")),
      ("Subject", ew("年前最后一次排期会🧧纪要")), ("Date", date_hdr("2025-01-24 19:45:33")),
      ("Message-ID", "<7f1c9a30-2b6e-4d58-9e41-0c3a5d8b1f26.shenjy@chengguo-live.example.cn>"),
      ("X-Mailer", "Alimail-Mailagent revision 4"), ("X-Alimail-AntiSpam", "AC=CONTINUE;BC=0.07;CH=0")],
     alt(text, to_html(text, "PingFang SC"), "utf-8", "base64", "----=ALIBOUNDARY_83215_4a3c1700_67938e0d_4f2"),
     {"items": [item("陆可欣", "返场脚本+话术发群里", chk("2025-01-25", plus(S, 1), "3211#1"), "12:00"),
                item("楼俊", "返场场次千川投流计划（预算5w）", chk("2025-02-05", add_wd(S, 3), "3211#2")),
                item("叶倩", "节后首播选品清单", chk("2025-02-05", first_wd_after("2025-02-04"), "3211#3")),
                item("蒋浩", "直播间灯光+声卡检修", None, flags=["vague_due"]),
                item("钱蕾", "年货节品牌方返点对账", chk("2025-01-31", month_end(S), "3211#5"))],
      "fu": fu("2025-02-05", "14:00")},
     notes="Sent Fri 2025-01-24. Spring Festival 2025 = 01-28..02-04 off; make-up working days Sun 01-26 and Sat 02-08. #1 明天中午12点前 -> 2025-01-25 12:00. #2 3个工作日内: 01-26 (make-up Sunday), 01-27, then 02-05 -> 2025-02-05. #3 节后第一个工作日 -> 2025-02-05. #4 尽快 -> vague_due. #5 月底 -> 2025-01-31 (a holiday; the written date is kept). Owners are nicknames in the roster aliases (小鹿/阿俊/倩倩/浩子/蕾蕾). The 排期 lines are the schedule, ❌ is a decision, 🎉 is a notice. Next meeting 节后开工当天下午2点 -> 2025-02-05 14:00.")

S = "2026-05-08"
text = """今晚复盘是在群里聊的，我直接贴过来了，待办整理在最下面👇

———— 群聊记录 ————
沈佳怡 20:31
今天GMV 38w，没到50w，主要是前1小时流量太差
楼俊 20:32
前1小时千川跑得慢，出价给低了
沈佳怡 20:33
@楼俊 明天（周六调休要上班哈）中午前把出价方案调一版发我
楼俊 20:33
收到👌
沈佳怡 20:35
@叶倩 下周三下班前出下周排品表，多放两个引流款
叶倩 20:36
好的
沈佳怡 20:38
@陆可欣 周一开播前把新话术过一遍，逼单那段太硬了
陆可欣 20:40
嗯嗯我周末先自己练
蒋浩 20:41
那我下周把弹幕助手也换一下？
沈佳怡 20:42
先不换，这个月先这样
———— 以上 ————

整理下待办：
1. 阿俊 出价方案调整 明天中午前
2. 倩倩 下周排品表（+2个引流款） 下周三下班前
3. 小鹿 新话术过一遍 周一开播前

浩子"""
case(3212, "wechat-group-chat-paste-makeup-saturday", "minutes",
     "Minutes pasted from a group chat (speaker + HH:MM lines, @mentions) with a summary list below: the same three items appear twice and must be stored once; chat timestamps are not times; 明天（周六调休）中午前; a rejected suggestion is not an item",
     [("From", ha("蒋浩")), ("To", has(["沈佳怡", "楼俊", "叶倩", "陆可欣"])), ("Cc", ha("B")),
      ("Subject", ew("【纪要】5.8 今晚复盘（群聊整理）")), ("Date", date_hdr("2026-05-08 22:10:07")),
      ("Message-ID", "<b2d7e41f-9c03-4a6e-8f15-3e0a7c9d2b84.jianghao@chengguo-live.example.cn>"),
      ("X-Mailer", "Alimail-Mailagent revision 4")],
     leaf("text/plain", text, "utf-8", "base64"),
     {"items": [item("楼俊", "出价方案调整", chk("2026-05-09", plus(S, 1), "3212#1"), "12:00"),
                item("叶倩", "下周排品表（+2个引流款）", chk("2026-05-13", nwk(S, 2), "3212#2")),
                item("陆可欣", "新话术过一遍", chk("2026-05-11", wk(S, 0), "3212#3"))]},
     notes="Sent Fri 2026-05-08 22:10. Sat 2026-05-09 is a make-up working day (May Day 05-01..05-05). #1 明天中午前 -> 2026-05-09 with 中午 = 12:00 (a scorer may accept null time). #2 下周三下班前 -> 2026-05-13. #3 周一开播前: Monday of this week is past -> next Monday 2026-05-11. Chat lines (20:31...) are timestamps, not deadlines; each item appears both in the chat and in the 整理 list and is one item. 浩子's suggestion was rejected ('先不换'). No next meeting.")

S = "2026-08-20"
text = """# 8月第3周选品会

> 时间：2026-08-20 10:00-10:50　参会：@佳怡 @倩倩 @阿俊 @蕾蕾 @小鹿
> 本文档导出自飞书云文档

## 结论
- 中秋礼盒主推「栖月」系列，佣金谈到20%
- 小家电类目本期暂停（退货率太高）

## 待办
- [ ] @倩倩 联系栖月品牌方寄样（10盒，含2款新口味） 周五前
- [ ] @蕾蕾 跟品牌方谈坑位费，争取降到3w 8/25
- [x] @阿俊 上周ROI报表 ✅
- [ ] @小鹿 中秋礼盒试吃短视频拍摄 下周二
- [ ] （待认领）竞品直播间价格监控

## 排期
| 日期 | 主播 | 主题 |
| --- | --- | --- |
| 9/1 | 小鹿 | 中秋礼盒专场 |
| 9/3 | 小鹿 | 家居好物 |
| 9/5 | 待定 | 零食节 |

## 下次选品会
下周四 10:00 同一个会议室
"""
case(3213, "feishu-markdown-export-selection-meeting", "minutes",
     "Feishu-doc Markdown export (headings, > quote, '- [ ]' / '- [x]' with @nicknames, a pipe table of the schedule): checked box is done, unclaimed task -> no_owner, 周五前/8/25/下周二, next meeting under a heading",
     [("From", ha("叶倩")), ("To", has(["沈佳怡", "楼俊", "钱蕾", "陆可欣"])), ("Cc", ha("B")),
      ("Subject", ew("8月第3周选品会纪要")), ("Date", date_hdr("2026-08-20 11:05:40")),
      ("Message-ID", "<e8a41c37-5d0b-4f92-bb61-0c7d2e9f3a15@chengguo-live.example.cn>"),
      ("X-Mailer", "Feishu Mail")],
     leaf("text/plain", text, "utf-8", "quoted-printable"),
     {"items": [item("叶倩", "联系栖月品牌方寄样（10盒，含2款新口味）", chk("2026-08-21", wk(S, 4), "3213#1")),
                item("钱蕾", "跟品牌方谈坑位费，争取降到3w", chk("2026-08-25", "2026-08-25", "3213#2")),
                item("陆可欣", "中秋礼盒试吃短视频拍摄", chk("2026-08-25", nwk(S, 1), "3213#3")),
                item(None, "竞品直播间价格监控", None)],
      "fu": fu(chk("2026-08-27", nwk(S, 3), "3213 fu"), "10:00")},
     notes="Sent Thu 2026-08-20. Owners are @nicknames (roster aliases). '- [x] @阿俊 上周ROI报表 ✅' is done -> not an item. '（待认领）' task has no owner and no date -> no_owner + no_due, department null. 结论 lines are decisions; the schedule table is not a task list. 下周二 -> 2026-08-25; 下周四 10:00 -> 2026-08-27 10:00.")

S = "2025-11-03"
rows = [["序号", "事项", "优先级", "状态", "负责人", "截止", "备注"],
        ["1", "双11预热场投流预算拆分", "P0", "进行中", "楼俊", "11.5", "按小时拆"],
        ["2", "达人分销佣金表更新", "P1", "未开始", "钱蕾", "11.10前", ""],
        ["3", "10月投流复盘报告", "P1", "已完成", "楼俊", "10.31", "已发群"],
        ["4", "直播间贴片素材（双11版）", "P0", "进行中", "蒋浩", "双11前", "设计外包"],
        ["5", "退货率异常商品排查", "P2", "未开始", "叶倩", "尽快", ""],
        ["6", "11月主播排班表", "P1", "进行中", "陆可欣", "本周五", ""]]
text = "今天周会的跟进表，直接从表格里拷的，格式有点乱见谅\n\n" + "\n".join("\t".join(r) for r in rows) + "\n\n阿俊"
case(3214, "excel-tsv-paste-priority-status-columns", "minutes",
     "Excel range pasted as tab-separated text with unusual columns (优先级, 状态 before 负责人, 备注): 已完成 row excluded, '11.5' / '11.10前' / '双11前' / 尽快 / 本周五",
     [("From", ha("楼俊")), ("To", has(["沈佳怡", "钱蕾", "蒋浩", "叶倩", "陆可欣"])), ("Cc", ha("B")),
      ("Subject", ew("周会跟进表 11.3")), ("Date", date_hdr("2025-11-03 10:20:55")),
      ("Message-ID", "<a7c3e9d1-5b2f-4e08-9d63-1f4b8a2c7e90.loujun@chengguo-live.example.cn>"),
      ("X-Mailer", "Alimail-Mailagent revision 4")],
     leaf("text/plain", text, "utf-8", "8bit"),
     {"items": [item("楼俊", "双11预热场投流预算拆分", chk("2025-11-05", "2025-11-05", "3214#1")),
                item("钱蕾", "达人分销佣金表更新", chk("2025-11-10", "2025-11-10", "3214#2")),
                item("蒋浩", "直播间贴片素材（双11版）", chk("2025-11-11", "2025-11-11", "3214#4")),
                item("叶倩", "退货率异常商品排查", None, flags=["vague_due"]),
                item("陆可欣", "11月主播排班表", chk("2025-11-07", wk(S, 4), "3214#6"))]},
     notes="Sent Mon 2025-11-03, 8bit UTF-8 plain text, cells separated by TABs. '11.5' = 11月5日 -> 2025-11-05; '11.10前' -> 2025-11-10; '双11前' = by 11-11 -> 2025-11-11; 尽快 -> vague_due; 本周五 -> 2025-11-07. Row 3 状态 已完成 -> not an item. Priority and 备注 columns are not part of the task.")

S = "2027-01-14"
text = """各位，今天下午跟悦岚护肤品牌方开了个会，简单同步一下。

他们对12月的场次数据还算满意，但是觉得客单价偏低，希望年货节能冲一下套组。这个我答应了，套组方案让倩倩这周六之前出一个初版给我看，价格带控制在199-299之间，赠品可以大方一点。

投流这块阿俊你辛苦一下，1月20号前把年货节的预算测算做出来，按三档（保守/正常/冲刺）分别给ROI预估。

另外品牌方的对接人换了，新的是王总监。蕾蕾你找时间去拜访一下，带上我们的年度案例册，不急，这个月内吧。

小鹿22号那场可能要调，我在等品牌方消息，有变化再通知大家。

就这些，有问题群里说～
佳怡"""
case(3215, "items-buried-in-prose-paragraphs", "minutes",
     "Minutes written as prose paragraphs by an ops director: three tasks buried in sentences ('让倩倩这周六之前', '阿俊…1月20号前', '蕾蕾…这个月内吧'), a pending-schedule sentence that is not an item; 2027 dates",
     [("From", ha("沈佳怡")), ("To", has(["叶倩", "楼俊", "钱蕾", "陆可欣"])), ("Cc", ha("B")),
      ("Subject", ew("悦岚品牌会同步")), ("Date", date_hdr("2027-01-14 23:10:42")),
      ("Message-ID", "<e0f4b8a2-7c19-4d3e-a6b5-92d1c0e3f7a8.shenjy@chengguo-live.example.cn>"),
      ("X-Mailer", "Alimail-Mailagent revision 4")],
     alt(text, to_html(text, "PingFang SC"), "utf-8", "base64", "----=ALIBOUNDARY_29411_5b8e2700_6786827a_9c1"),
     {"items": [item("叶倩", "出年货节套组方案初版（价格带199-299）", chk("2027-01-16", wk(S, 5), "3215#1")),
                item("楼俊", "年货节预算测算（保守/正常/冲刺三档，含ROI预估）", chk("2027-01-20", "2027-01-20", "3215#2")),
                item("钱蕾", "拜访品牌方新对接人王总监（带年度案例册）", chk("2027-01-31", month_end(S), "3215#3"))]},
     notes="Sent Thu 2027-01-14 (no working-day arithmetic needed). 这周六之前 -> Saturday 2027-01-16. 1月20号前 -> 2027-01-20. '不急，这个月内吧' -> by month end 2027-01-31 (a stated period end, not vague). The 小鹿 22号 sentence is the sender waiting for news, no task. Task wording is paraphrased from prose; scorers should match on meaning. No next meeting.")

S = "2026-02-13"
text = """春节前最后一次运营周会纪要（编号接上周）

7. 小鹿：整理本场直播复盘，明天（2月14日调休上班）下班前
8. 浩子：整理本场直播复盘，2个工作日内
9. 阿俊：节后首周投流预算，节后第一个工作日
10. 蕾蕾：开工红包品牌赞助对接，节前搞定
11. 佳怡：过年期间值班表（已发群，大家确认一下就行）

下次周会：2月24日（周二）开工日上午10点

祝大家新年快乐🧧
浩子"""
case(3216, "same-task-two-owners-continued-numbering-spring-2026", "minutes",
     "Numbering continued from last week (7-11); the same task text '整理本场直播复盘' for two owners with different deadlines; Spring Festival 2026: 明天 = 02-14 make-up Saturday, 2个工作日内 jumps the holiday, 节前, an already-done line",
     [("From", ha("蒋浩")), ("To", has(["沈佳怡", "陆可欣", "楼俊", "钱蕾", "叶倩"])), ("Cc", ha("B")),
      ("Subject", ew("运营周会纪要 2.13")), ("Date", date_hdr("2026-02-13 18:30:18")),
      ("Message-ID", "<c5a8f1d3-0e72-4b96-8a4d-6f2e9b1c3d57.jianghao@chengguo-live.example.cn>"),
      ("X-Mailer", "Alimail-Mailagent revision 4")],
     alt(text, to_html(text, "PingFang SC"), "utf-8", "base64", "----=ALIBOUNDARY_61802_2c7d9a00_698ef1ba_3e5"),
     {"items": [item("陆可欣", "整理本场直播复盘", chk("2026-02-14", plus(S, 1), "3216#7")),
                item("蒋浩", "整理本场直播复盘", chk("2026-02-24", add_wd(S, 2), "3216#8")),
                item("楼俊", "节后首周投流预算", chk("2026-02-24", first_wd_after("2026-02-23"), "3216#9")),
                item("钱蕾", "开工红包品牌赞助对接", chk("2026-02-14", (lambda x: x if not is_wd(d(plus(x,1))) else "NOT-LAST")(plus("2026-02-15", -1)), "3216#10"))],
      "fu": fu("2026-02-24", "10:00")},
     notes="Sent Fri 2026-02-13. Spring Festival 2026 = 02-15..02-23 off; Sat 02-14 and Sat 02-28 are make-up working days. #7 明天（调休上班）下班前 -> 2026-02-14. #8 has the SAME task text for another owner: 2个工作日内 = 02-14, then 02-24 -> 2026-02-24; both must be stored. #9 节后第一个工作日 -> 2026-02-24. #10 节前搞定 -> the last working day before the holiday, 2026-02-14 (a careful assistant records that date; a scorer could accept vague_due with null). #11 is already done (已发群), only a request to look -> not an item. Item numbers are the minutes' own (7-11) and must not shift in the recap. Next meeting 2026-02-24 10:00.")

S = "2026-06-29"
text = """直播排期周会 6/29
参会：佳怡、阿俊、倩倩、小鹿、浩子、蕾蕾

一、上周数据：6场，GMV 212w，ROI 3.1
二、本周排期：周二、周四、周六三场，主题见排期表（附件已共享到钉盘）
三、待办
1、7月3日前，倩倩确认618返场商品库存（尤其是爆款防晒）
2、本周五，浩子把直播间背景换成夏季版
3、下周一，阿俊交7月投流预算
4、7月中旬，蕾蕾完成2个新品牌招商签约
四、其他：7月起场控统一用新话术模板

蒋浩"""
case(3217, "ordinary-dingtalk-numbered-todo", "minutes",
     "Ordinary numbered 待办 list with the date first ('7月3日前，倩倩…', '本周五，浩子…'): 下周一, 7月中旬 -> vague; a rule line is not an item",
     [("From", ha("蒋浩")), ("To", has(["沈佳怡", "楼俊", "叶倩", "陆可欣", "钱蕾"])), ("Cc", ha("B")),
      ("Subject", ew("直播排期周会 6/29 纪要")), ("Date", date_hdr("2026-06-29 11:02:37")),
      ("Message-ID", "<4d9b2e7a-13c8-4f50-b6a2-8e7d0c5f1a39.jianghao@chengguo-live.example.cn>"),
      ("X-Mailer", "Alimail-Mailagent revision 4")],
     alt(text, to_html(text, "PingFang SC"), "utf-8", "base64", "----=ALIBOUNDARY_77310_0f6b3d00_6861ad3d_a07"),
     {"items": [item("叶倩", "确认618返场商品库存（尤其是爆款防晒）", chk("2026-07-03", "2026-07-03", "3217#1")),
                item("蒋浩", "把直播间背景换成夏季版", chk("2026-07-03", wk(S, 4), "3217#2")),
                item("楼俊", "交7月投流预算", chk("2026-07-06", nwk(S, 0), "3217#3")),
                item("钱蕾", "完成2个新品牌招商签约", None, flags=["vague_due"])]},
     notes="Sent Mon 2026-06-29. 7月3日前 and 本周五 are both 2026-07-03. 下周一 -> 2026-07-06. 7月中旬 -> vague_due (README convention: 11月中旬 style). The data line, the schedule line and '7月起…统一用新话术模板' (a rule) are not items. No next meeting.")

# =============================== C: 庐州省立医院 (Hefei) ===============================
S = "2025-05-29"
text = """庐州省立医院
院 务 会 纪 要
〔2025〕第18期

院长办公室　　　　　　　　　　　　　　　　2025年5月29日

5月29日上午，院长何国庆主持召开2025年第18次院务会，研究医疗质量安全、信息化建设及后勤保障等工作。现纪要如下：

一、关于医疗质量安全工作
会议指出，近期全省通报了多起医疗质量安全不良事件，各科室务必引以为戒。会议要求：一是医务科牵头开展第二季度运行病历质量专项检查，由汪敏同志具体负责，6月20日前形成检查通报；二是护理部要加强夏季高温期间住院患者安全管理，由鲍春燕同志负责制定防暑降温应急预案，端午节后第一个工作日报院办；三是各临床科室要严格落实十八项医疗质量安全核心制度，科主任为第一责任人。

二、关于信息化建设
会议听取了信息科关于电子病历系统应用水平分级评价的汇报，同意按5级标准推进升级改造。会议明确，由信息科查伟同志负责，于6月30日前完成升级方案论证并提交院务会审议。

三、关于后勤保障工作
会议要求总务科在本月底前完成门诊楼中央空调检修，确保入夏后正常运行。

出席：何国庆　汪敏　鲍春燕　查伟　方正　凌云
记录：陶静

（此件发至各职能科室）"""
htm = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>' + \
      '<p align="center" style="color:#C00000;font-size:22pt;font-family:方正小标宋简体">庐州省立医院<br>院 务 会 纪 要</p><hr color="#C00000">' + \
      "".join('<p style="font-family:仿宋_GB2312;font-size:16pt;text-indent:2em">%s</p>' % H.escape(l) for l in text.split("\n")[3:] if l.strip()) + "</body></html>"
case(3218, "hospital-yuanwuhui-yishi-ershi-redhead", "minutes",
     "Hospital 院务会纪要 in 红头 style (Outlook gb2312 QP, red-title HTML): items inside 一是…二是… sentences with '由X同志负责', a 三是 rule for all departments, a department-only item (总务科), 端午节后第一个工作日 2025",
     [("From", ha("陶静", "gb2312")), ("To", has(["汪敏", "鲍春燕", "查伟", "方正", "凌云"], "gb2312")), ("Cc", has(["何国庆", "C"], "gb2312")),
      ("Subject", ew("院务会纪要〔2025〕第18期", "gb2312")), ("Date", date_hdr("2025-05-29 17:20:44")),
      ("Message-ID", "<002301dbd07a$9f31c7e0$dd9557a0$@lzsl-hosp.example.cn>"), ("X-Mailer", "Microsoft Outlook 16.0")],
     alt(text, htm, "gb2312", "quoted-printable", "----=_NextPart_000_0024_01DBD0BD.AD5507E0", crlf=True),
     {"items": [item("汪敏", "开展第二季度运行病历质量专项检查并形成检查通报", chk("2025-06-20", "2025-06-20", "3218#1")),
                item("鲍春燕", "制定防暑降温应急预案报院办", chk("2025-06-03", first_wd_after("2025-06-02"), "3218#2")),
                item("查伟", "完成电子病历系统升级方案论证并提交院务会审议", chk("2025-06-30", "2025-06-30", "3218#3")),
                item(None, "完成门诊楼中央空调检修", chk("2025-05-31", month_end(S), "3218#4"), dept="总务科")]},
     crlf=True, notes="Sent Thu 2025-05-29. Dragon Boat 2025 = 05-31..06-02 off -> 端午节后第一个工作日 = 2025-06-03. 一是 names 医务科 as lead but 汪敏 as the person -> owner 汪敏. 三是 applies to all clinical departments with no deliverable -> rule, not an item. 总务科 alone -> owner null, department 总务科, no_owner; 本月底前 -> 2025-05-31. '同意按5级标准推进' is a decision. No next meeting.")

S = "2026-09-24"
text = """庐州省立医院办公室
关于落实三级甲等医院复审迎评准备工作的督办通知
院办督〔2026〕7号

各有关科室：
根据9月22日院务会部署，为确保我院三级甲等医院复审工作顺利通过，现将有关督办事项通知如下：

（一）完善医疗质量管理制度汇编。
责任单位：医务科（汪敏）；完成时限：2026年9月30日前。

（二）开展全院护理文书自查。
责任单位：护理部；完成时限：5个工作日内。

（三）信息系统等级保护测评问题整改。
责任单位：信息科；责任人：查伟；完成时限：10月10日（星期六，调休上班日）。

（四）院区标识标牌更新。
责任单位：总务科（牵头），院办（协办）；完成时限：国庆节后第一个工作日。

督办要求：各责任单位每周五下班前向院办报送进展情况，逾期未完成的纳入科室月度考核。院办将于10月中旬组织督查。

联系人：陶静，电话 0551-6xxx xxxx

庐州省立医院办公室
2026年9月24日"""
case(3219, "hospital-duban-notice-yi-er-zeren-danwei", "minutes",
     "红头 督办通知 with （一）（二） items and 责任单位：…；完成时限：… lines: person in brackets after a department, department-only owners (no_owner), 5个工作日内 over Mid-Autumn + National Day 2026, a make-up Saturday deadline, 国庆节后第一个工作日, weekly-report rule not an item",
     [("From", ha("何国庆")), ("To", has(["汪敏", "鲍春燕", "查伟", "方正"])), ("Cc", has(["陶静", "C"])),
      ("Subject", ew("关于落实三甲复审迎评准备工作的督办通知（院办督〔2026〕7号）")), ("Date", date_hdr("2026-09-24 10:02:19")),
      ("Message-ID", "<003a01dd2d1f$6b0e2c40$412a84c0$@lzsl-hosp.example.cn>"), ("X-Mailer", "Microsoft Outlook 16.0"), ("Importance", "High"), ("X-Priority", "1")],
     alt(text, to_html(text, "仿宋_GB2312"), "utf-8", "quoted-printable", "----=_NextPart_000_003B_01DD2D62.7931F0C0"),
     {"items": [item("汪敏", "完善医疗质量管理制度汇编", chk("2026-09-30", "2026-09-30", "3219#1")),
                item(None, "开展全院护理文书自查", chk("2026-10-09", add_wd(S, 5), "3219#2"), dept="护理部"),
                item("查伟", "信息系统等级保护测评问题整改", chk("2026-10-10", wdv("2026-10-10", 5) if is_wd(d("2026-10-10")) else "NOT-MAKEUP", "3219#3")),
                item(None, "院区标识标牌更新", chk("2026-10-08", first_wd_after("2026-10-07"), "3219#4"), dept="总务科")]},
     notes="Sent Thu 2026-09-24. Mid-Autumn 2026 = 09-25..09-27 off, National Day = 10-01..10-07 off; make-up days Sun 09-20 and Sat 10-10. A 督办通知 is not literally minutes but carries tracked items from the 院务会, so kind minutes. #1 责任单位 医务科（汪敏）-> 汪敏. #2 护理部 only -> no_owner, department 护理部; 5个工作日内 = 09-28, 09-29, 09-30, 10-08, 10-09 -> 2026-10-09. #3 -> 2026-10-10 (make-up Saturday). #4 总务科 lead, 院办 support, no person -> no_owner, department 总务科; 国庆节后第一个工作日 -> 2026-10-08. The weekly reporting duty and the 10月中旬 督查 are rules/notices, not items; no next meeting.")

S = "2026-04-02"
text = """三甲复审迎评筹备会纪要（按责任人整理）

时间：2026年4月2日（周四）下午
地点：行政楼三楼会议室
参加：汪敏、鲍春燕、查伟、凌云、陶静

【汪科长】
1. 核心制度落实情况自查表汇总（含18项制度、
   各临床科室签字版）
   —— 清明节后第一个工作日交质控办
2. 组织医疗组长培训（（线上）理论+线下考核），
   4月15日前完成

【鲍主任】
1. 护理质量敏感指标数据核对（2025年全年，
   按病区拆分），3个工作日内完成

【查科长】
1. 评审系统数据接口调试（配合：医务科、质控办）
   完成时间（最迟）：4月20日

【质控办（本人）】
1. 模拟评审方案及专家邀请，4月10日前

下次筹备会：4月9日（周四）
下午2:30，地点同上。

凌云
质控办"""
case(3220, "hospital-person-headings-continuation-exmail", "minutes",
     "Exmail gb18030 minutes grouped under person headings 【汪科长】【鲍主任】【查科长】【质控办（本人）】: owners from the heading (titles = aliases, 本人 = sender), deadlines on continuation lines, nested brackets, 清明节后第一个工作日, 3个工作日内 over Qingming 2026; next meeting day and time on two lines",
     [("From", ha("凌云", "gb18030")), ("To", has(["汪敏", "鲍春燕", "查伟"], "gb18030")), ("Cc", has(["陶静", "C"], "gb18030")),
      ("Subject", ew("三甲复审迎评筹备会纪要（4.2）", "gb18030")), ("Date", date_hdr("2026-04-02 16:45:09")),
      ("Message-ID", "<tencent_3C8E1F07A2B94D5E6F1A0B9C8D7E@exmail.example.qq.com>"), ("X-QQ-mid", "bizesmtp48t1775119509tq2m8z"),
      ("X-Mailer", "Tencent Exmail")],
     alt(text, to_html(text), "gb18030", "base64", "----=_NextPart_67E2C215_0B3A6F40_2C1D8E55"),
     {"items": [item("汪敏", "核心制度落实情况自查表汇总（含18项制度、各临床科室签字版）交质控办", chk("2026-04-07", first_wd_after("2026-04-06"), "3220#1")),
                item("汪敏", "组织医疗组长培训（（线上）理论+线下考核）", chk("2026-04-15", "2026-04-15", "3220#2")),
                item("鲍春燕", "护理质量敏感指标数据核对（2025年全年，按病区拆分）", chk("2026-04-08", add_wd(S, 3), "3220#3")),
                item("查伟", "评审系统数据接口调试", chk("2026-04-20", "2026-04-20", "3220#4")),
                item("凌云", "模拟评审方案及专家邀请", chk("2026-04-10", "2026-04-10", "3220#5"))],
      "fu": fu(chk("2026-04-09", wdv("2026-04-09", 3), "3220 fu"), "14:30")},
     notes="Sent Thu 2026-04-02. Qingming 2026 = 04-04..04-06 off (no make-up day). Owners come from the person headings: 汪科长/鲍主任/查科长 are roster aliases; '质控办（本人）' = the sender 凌云. #1 清明节后第一个工作日 -> 2026-04-07. #3 3个工作日内 = 04-03, 04-07, 04-08 -> 2026-04-08. #4 配合 departments are not owners; '完成时间（最迟）：4月20日' -> 2026-04-20. Next meeting '4月9日（周四）' with '下午2:30' on the next line -> 2026-04-09 14:30.")

S = "2025-12-30"
rows = [["序号", "督办事项", "牵头科室/责任人", "协办", "计划完成时间", "进展情况"],
        ["1", "门诊自助机医保结算功能上线", "信息科 查伟", "医务科", "元旦后第一个工作日", "联调测试中"],
        ["2", "2025年度医疗质量安全报告", "医务科 汪敏", "质控办", "3个工作日内", "初稿完成70%"],
        ["3", "护理人力资源配置调整方案", "护理部 鲍春燕", "院办", "2026年底", "调研阶段"],
        ["4", "消防设施年度检测", "总务科 方正", "—", "12月26日", "已完成"],
        ["5", "职工食堂改造", "总务科（牵头）/院办（协办）", "", "待定", "等预算批复"]]
head = "各位主任：\n\n年底院办督办事项跟踪表更新如下（截至12月30日），请各牵头科室对照推进。\n"
tail = "\n元旦期间值班安排另行通知。\n\n陶静\n院长办公室"
text = head + "\n" + txt_table(rows) + "\n" + tail
htm = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div>' + \
      "".join("<p>%s</p>" % (H.escape(l) or "&nbsp;") for l in head.split("\n")) + table(rows) + \
      "".join("<p>%s</p>" % (H.escape(l) or "&nbsp;") for l in tail.split("\n")) + "</div></body></html>"
case(3221, "hospital-tracking-table-new-year-makeup-sunday", "minutes",
     "Outlook UTF-8 QP 督办事项跟踪表 (牵头科室/责任人 in one cell as 'dept name', 协办 column, 进展情况): 元旦后第一个工作日 = the 2026-01-04 make-up Sunday, 3个工作日内 across New Year, 2026年底, 已完成 row, department-only 待定 row",
     [("From", ha("陶静")), ("To", has(["查伟", "汪敏", "鲍春燕", "方正"])), ("Cc", has(["何国庆", "C"])),
      ("Subject", ew("院办督办事项跟踪表（12.30更新）")), ("Date", date_hdr("2025-12-30 15:20:36")),
      ("Message-ID", "<004b01dc7953$1e9a2f80$5bce8e80$@lzsl-hosp.example.cn>"), ("X-Mailer", "Microsoft Outlook 16.0")],
     alt(text, htm, "utf-8", "quoted-printable", "----=_NextPart_000_004C_01DC7996.2CBD6F80"),
     {"items": [item("查伟", "门诊自助机医保结算功能上线", chk("2026-01-04", first_wd_after("2026-01-03"), "3221#1")),
                item("汪敏", "2025年度医疗质量安全报告", chk("2026-01-05", add_wd(S, 3), "3221#2")),
                item("鲍春燕", "护理人力资源配置调整方案", chk("2026-12-31", "2026-12-31", "3221#3")),
                item(None, "职工食堂改造", None, flags=["vague_due"], dept="总务科")]},
     notes="Sent Tue 2025-12-30. New Year 2026 = 01-01..01-03 off; Sun 01-04 is a make-up working day. #1 元旦后第一个工作日 -> 2026-01-04 (the make-up Sunday). #2 3个工作日内 = 12-31, 01-04, 01-05 -> 2026-01-05; '初稿完成70%' is progress status, not a reply. #3 2026年底 -> 2026-12-31. Row 4 已完成 -> not an item. Row 5 is department-only (总务科 lead, 院办 support) -> no_owner, department 总务科; 待定 -> vague_due. 协办 departments are not owners. No next meeting.")

S = "2025-07-15"
text = """各位：

今天院务会议定事项如下：

1、信息科（查科长）7月底前完成互联网医院二期上线前网络安全评估。
2、医务科、护理部联合开展夏季院感专项检查，7月25日前将结果报院办。
3、会议同意采购第二批输液泵（40台），由设备科按程序办理。
4、请各科室严格执行院领导夜查房制度。

下次院务会下周四上午召开，具体时间另行通知。

何国庆"""
case(3222, "hospital-short-minutes-half-day-next-meeting", "minutes",
     "Short Outlook plain minutes from the hospital director: owner as 'dept（title）', a joint two-department item (no_owner, department null), a decision and a rule that are not items; next meeting '下周四上午' (half day only -> date, time null)",
     [("From", ha("何国庆", "gb2312")), ("To", has(["查伟", "汪敏", "鲍春燕"], "gb2312")), ("Cc", has(["陶静", "C"], "gb2312")),
      ("Subject", ew("院务会议定事项 7.15", "gb2312")), ("Date", date_hdr("2025-07-15 11:31:58")),
      ("Message-ID", "<001201dbf546$7a3c1e20$6eb45a60$@lzsl-hosp.example.cn>"), ("X-Mailer", "Microsoft Outlook 16.0")],
     leaf("text/plain", text, "gb2312", "base64", crlf=True),
     {"items": [item("查伟", "完成互联网医院二期上线前网络安全评估", chk("2025-07-31", month_end(S), "3222#1")),
                item(None, "联合开展夏季院感专项检查，将结果报院办", chk("2025-07-25", "2025-07-25", "3222#2"))],
      "fu": fu(chk("2025-07-24", nwk(S, 3), "3222 fu"), None)},
     crlf=True, notes="Sent Tue 2025-07-15. #1 '信息科（查科长）' -> 查伟 (alias 查科长); 7月底前 -> 2025-07-31. #2 is owned jointly by two departments (医务科、护理部) with no person -> owner null, no_owner; department null because no single department is named (a scorer may accept 医务科 as the first-named). #3 (设备科, purchase approval) is a decision, #4 a rule. Next meeting '下周四上午' -> 2025-07-24 with time null (only a half day is given; '具体时间另行通知').")

S = "2026-03-16"
text = """护理部3月护理质量与安全管理委员会会议纪要

一、时间：2026年3月16日（周一）8:00-9:00
二、地点：护理部会议室
三、主持：鲍春燕
四、参会人员：各病区护士长（略）
五、会议内容
（一）通报2月护理质量检查结果：跌倒/坠床2例、压力性损伤1例（院外带入），已完成根因分析。
（二）布置三甲复审护理条款自查工作。
六、工作安排
1. 各病区护士长：对照复审条款完成本病区自查，3月27日前交护理部。
2. 鲍春燕：修订《住院患者跌倒/坠床风险评估及防范流程》，月底前发布。
3. 医务科汪敏科长：协调医生参与跨学科压力性损伤会诊流程制定，4月3日前。
4. 信息科：护理电子病历新增评估模板，本周五前完成上线。
七、下次会议：4月20日（周一）8:00

护理部
2026年3月16日"""
case(3223, "nursing-committee-ordinary-numbered", "minutes",
     "Ordinary 护理部 委员会纪要 with 一、二、…七、 sections and numbered 工作安排: a group owner (各病区护士长) -> no_owner, title after name (汪敏科长), department-only 信息科, 月底前, 本周五前",
     [("From", ha("鲍春燕")), ("To", has(["汪敏", "查伟"])), ("Cc", has(["何国庆", "凌云", "C"])),
      ("Subject", ew("护理质量与安全管理委员会3月会议纪要")), ("Date", date_hdr("2026-03-16 10:12:45")),
      ("Message-ID", "<a1e5c9f2.3b7d.19cf4e2a8b1.Coremail.baocy@lzsl-hosp.example.cn>"),
      ("X-Mailer", "Coremail Webmail Server Version XT6.0.3 build 20250310(2b7a9d11)")],
     alt(text, to_html(text), "utf-8", "base64", "----=_Part_281794_1630926845.1773627165422"),
     {"items": [item(None, "对照复审条款完成本病区自查", chk("2026-03-27", "2026-03-27", "3223#1")),
                item("鲍春燕", "修订《住院患者跌倒/坠床风险评估及防范流程》并发布", chk("2026-03-31", month_end(S), "3223#2")),
                item("汪敏", "协调医生参与跨学科压力性损伤会诊流程制定", chk("2026-04-03", "2026-04-03", "3223#3")),
                item(None, "护理电子病历新增评估模板上线", chk("2026-03-20", wk(S, 4), "3223#4"), dept="信息科")],
      "fu": fu(chk("2026-04-20", wdv("2026-04-20", 0), "3223 fu"), "08:00")},
     notes="Sent Mon 2026-03-16. #1 owner '各病区护士长' is a group, not a person or one of our departments -> owner null, no_owner, department null. #3 '医务科汪敏科长' -> 汪敏. #4 信息科 only -> no_owner, department 信息科; 本周五前 -> 2026-03-20. 月底前 -> 2026-03-31. Section 五 reports results (已完成根因分析) -> not items. Next meeting 4月20日（周一）8:00 -> 2026-04-20 08:00.")

# =============================== D: 原点智造 Origo Labs (Shenzhen) + 禾弦設計 (Taipei) ===============================
S = "2026-01-09"
text = """EVT1 build review - notes

Attendees: Zack, Howard, Jacky, Ben, Kiki; Yuting (Hexian, remote)

Summary
- 120 units built at Xinda line 3, FPY 71% (target 80%)
- Top fallout: battery connector (14), hinge torque (9), display mura (6)
- Decision: EVT2 build moves to week 6; no new features into EVT2

Open tickets
[HW-231] Battery connector intermittent contact
    Assignee: @howard | Due: 2026-01-16 | Status: In Progress
[ME-88] Hinge torque out of spec (1.8 vs 2.2 Nm)
    Assignee: @jacky | Due: next Wed | Status: Open
[SC-17] Second source for PMIC
    Assignee: @ben | Due: TBD | Status: Open
[ID-05] CMF golden sample approval
    Assignee: Yuting (Hexian) | Due: 1/23 | Status: Open
[HW-219] USB-C ESD fix
    Assignee: @howard | Due: 2026-01-05 | Status: Closed

Next review: Fri Jan 16, 4pm, same room (Yuting on Teams).

Kiki"""
case(3224, "evt-review-jira-style-tickets-gmail", "minutes",
     "Google Workspace English notes with Jira-like ticket blocks ([HW-231] + 'Assignee: @handle | Due: … | Status: …' on the next line): Closed ticket excluded, Due TBD -> vague, next Wed, 1/23, external assignee via Cc display name",
     [("From", ha("钟雅琪")), ("To", has(["黎振宇", "邝志豪", "冯家乐", "谢文斌"])), ("Cc", has([("Yuting Lin", EXT["林宥廷"]), "D"])),
      ("Subject", "EVT1 build review - notes & open tickets"), ("Date", date_hdr("2026-01-09 20:15:03")),
      ("Message-ID", "<CAF7kR2x9Vq1pL4mN0sT8yB3cW6hJ5dZ2eG7uQ1aK9oX4iP8rE3@mail.gmail.example>")],
     alt(text, to_html(text, "Arial"), "utf-8", "quoted-printable", "0000000000008f3a1d0647c2e5b1"),
     {"items": [item("邝志豪", "[HW-231] Battery connector intermittent contact", chk("2026-01-16", "2026-01-16", "3224#1")),
                item("冯家乐", "[ME-88] Hinge torque out of spec (1.8 vs 2.2 Nm)", chk("2026-01-14", nwk(S, 2), "3224#2")),
                item("谢文斌", "[SC-17] Second source for PMIC", None, flags=["vague_due"]),
                item("Yuting Lin", "[ID-05] CMF golden sample approval", chk("2026-01-23", "2026-01-23", "3224#4"), email=EXT["林宥廷"])],
      "fu": fu(chk("2026-01-16", nwk(S, 4), "3224 fu"), "16:00")},
     notes="Sent Fri 2026-01-09. @howard/@jacky/@ben are roster aliases. The assignee/due line sits under the ticket title; the task is the ticket title (with or without its key). Due TBD -> vague_due. 'next Wed' -> Wednesday of the following week 2026-01-14. 'Yuting (Hexian)' -> Cc display name 'Yuting Lin' (not in roster; department null). [HW-219] Status Closed -> not an item. The Decision line is not an item. Next review 'Fri Jan 16, 4pm' -> 2026-01-16 16:00.")

S = "2025-10-14"
text = """Kiki、Jacky 您好，

附上今天外觀設計審查的會議記錄，請參考。

Origo 耳機充電盒 外觀設計審查會議記錄
日期：2025/10/14（二）14:00－15:10
與會：禾弦 林宥廷、張雅筑；原點 鍾雅琪、馮家樂、鄺志豪（線上）

一、討論事項
1. 上蓋分模線目前落在弧面上，射出後可能有段差，原點傾向往下移0.5mm。
2. 霧面質感以樣板B為準（已確認）。

二、待辦事項
(1) 外觀CMF色板三色打樣寄深圳　負責：張雅筑　期限：10/23（四）
(2) 上蓋分模線位置確認　負責：馮家樂（原點）　期限：下週三
(3) 更新ID圖面至v0.7　負責：林宥廷　期限：本週五前
(4) 包材設計報價　負責：鍾雅琪　期限：待確認

三、下次會議
10/28（二）同一時間，視訊會議。

張雅筑 Ya-Chu Chang
禾弦設計有限公司｜台北市大安區"""
case(3225, "taipei-partner-traditional-big5", "minutes",
     "Taipei design partner minutes in Traditional Chinese, Outlook big5 QP: 負責/期限 on one line separated by full-width spaces, traditional forms of roster names (馮家樂/鍾雅琪 aliases), 下週三, 本週五前, 待確認 -> vague, 同一時間",
     [("From", ha(("張雅筑", EXT["張雅筑"]), "big5")), ("To", has([("鍾雅琪", R["钟雅琪"][1]), ("馮家樂", R["冯家乐"][1])], "big5")),
      ("Cc", has([("林宥廷", EXT["林宥廷"]), ("鄺志豪", R["邝志豪"][1]), "D"], "big5")),
      ("Subject", ew("Origo 充電盒 外觀設計審查會議記錄 10/14", "big5")), ("Date", date_hdr("2025-10-14 15:32:27")),
      ("Message-ID", "<TYZPR03MB7088E1B2C3D4A5F6071829304A5B6@TYZPR03MB7088.apcprd03.prod.outlook.example>"),
      ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "zh-TW")],
     alt(text, to_html(text, "新細明體"), "big5", "quoted-printable", "_000_TYZPR03MB7088E1B2C3D4A5F6071829304A5B6TYZPR03MB7088apcp_"),
     {"items": [item("張雅筑", "外觀CMF色板三色打樣寄深圳", chk("2025-10-23", wdv("2025-10-23", 3), "3225#1")),
                item("冯家乐", "上蓋分模線位置確認", chk("2025-10-22", nwk(S, 2), "3225#2")),
                item("林宥廷", "更新ID圖面至v0.7", chk("2025-10-17", wk(S, 4), "3225#3")),
                item("钟雅琪", "包材設計報價", None, flags=["vague_due"])],
      "fu": fu(chk("2025-10-28", wdv("2025-10-28", 1), "3225 fu"), "14:00")},
     notes="Sent Tue 2025-10-14 (+0800, Taipei = Shanghai time). big5 body and headers. 馮家樂 and 鍾雅琪 are the traditional forms of roster people 冯家乐/钟雅琪 (listed as aliases); 張雅筑 (From) and 林宥廷 (Cc) are external, department null. 10/23（四）-> 2025-10-23; 下週三 -> 2025-10-22; 本週五前 -> 2025-10-17; 待確認 -> vague_due. 討論事項 and '已確認' are not items. Next meeting 10/28（二）同一時間 -> 2025-10-28 14:00.")

S = "2026-10-09"
text = """DVT BOM freeze mtg 10/9 - quick notes

- BOM rev C reviewed: 212 lines, 14 changes vs rev B
- Cost $38.6 -> $36.9 after the FPC connector swap
- Hexian confirmed no ID impact from the new antenna window

AI: Ben to confirm MOQ & lead time of the new FPC with both vendors by tomorrow (Sat, 调休上班)
AI: Jacky 出DVT结构件打样图纸，2个工作日内
[ ] @kiki update PRD ch.4 power spec -> by 10/16
[ ] @zack sign off BOM rev C - EOD Monday
[x] @howard schematic rev 2.3 sent to Hexian

Next: BOM sign-off check, Tue 10/13 10:00.

-- 
Howard Kuang | HW Lead | Origo Labs"""
case(3226, "dvt-bom-ai-lines-checkboxes-makeup-saturday", "minutes",
     "Outlook English/Chinese mixed notes: 'AI: Name to … by tomorrow (Sat, 调休上班)', 'AI: Jacky 出…，2个工作日内' counting the 2026-10-10 make-up Saturday, '[ ] @handle … -> by 10/16', 'EOD Monday', '[x]' done",
     [("From", ha("邝志豪")), ("To", has(["谢文斌", "冯家乐", "钟雅琪", "黎振宇"])), ("Cc", ha("D")),
      ("Subject", "DVT BOM freeze mtg 10/9 - notes"), ("Date", date_hdr("2026-10-09 19:40:51")),
      ("Message-ID", "<SG2PR06MB5310A9B8C7D6E5F4A3B2C1D0E9F8@SG2PR06MB5310.apcprd06.prod.outlook.example>"),
      ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-US")],
     alt(text, to_html(text, "Calibri"), "utf-8", "quoted-printable", "_000_SG2PR06MB5310A9B8C7D6E5F4A3B2C1D0E9F8SG2PR06MB5310apcp_"),
     {"items": [item("谢文斌", "confirm MOQ & lead time of the new FPC with both vendors", chk("2026-10-10", plus(S, 1), "3226#1")),
                item("冯家乐", "出DVT结构件打样图纸", chk("2026-10-12", add_wd(S, 2), "3226#2")),
                item("钟雅琪", "update PRD ch.4 power spec", chk("2026-10-16", "2026-10-16", "3226#3")),
                item("黎振宇", "sign off BOM rev C", chk("2026-10-12", nwk(S, 0), "3226#4"))],
      "fu": fu(chk("2026-10-13", nwk(S, 1), "3226 fu"), "10:00")},
     notes="Sent Fri 2026-10-09, just after National Day 2026; Sat 2026-10-10 is a make-up working day. #1 'by tomorrow' -> 2026-10-10. #2 2个工作日内 = 10-10 (make-up Saturday), 10-12 -> 2026-10-12. #3 'by 10/16' -> 2026-10-16. #4 'EOD Monday' -> the coming Monday 2026-10-12, no time. '[x] @howard … sent' is done. The three bullet facts are status. Next 'Tue 10/13 10:00' -> 2026-10-13 10:00.")

S = "2026-07-21"
text = """罗工、麦总：

下午辛苦了。今天打样沟通会的几点，我整理一下，麻烦二位看看有没有遗漏：

1. 手板外壳（SLA+喷漆）第二轮，罗工这边周五前出货到我们公司，顺丰到付。
2. 喷漆色号以我们寄过去的潘通色卡为准，不再以电脑图为准。
3. 第三轮CNC件的报价单，麦总下周一给我。
4. 我们这边，冯工明天上午11点前把修改后的3D档（STEP）发罗工。
5. 第一轮尾款我来跟进付款流程，月底前付清。

谢谢！
谢文斌 Ben
原点智造 供应链"""
case(3227, "proto-shop-surname-titles-from-to-cc", "minutes",
     "Supplier-facing minutes (Exmail gb18030) where owners are only 罗工/麦总/冯工/我: resolved from To/Cc display names (罗振东, 麦宝华 external; 冯家乐 roster but 冯工 is not an alias) and the From; a decision line",
     [("From", ha("谢文斌", "gb18030")), ("To", ha("罗振东", "gb18030")), ("Cc", has(["麦宝华", "冯家乐", "D"], "gb18030")),
      ("Subject", ew("打样沟通会纪要 7/21", "gb18030")), ("Date", date_hdr("2026-07-21 18:03:55")),
      ("Message-ID", "<tencent_9A2B4C6D8E0F1A3B5C7D9E1F2A4B@exmail.example.qq.com>"), ("X-QQ-mid", "bizesmtp71t1784628235xk5w3p"),
      ("X-Mailer", "Tencent Exmail")],
     alt(text, to_html(text), "gb18030", "base64", "----=_NextPart_687E1F4B_0D2C3E5F_6A7B8C9D"),
     {"items": [item("罗振东", "手板外壳（SLA+喷漆）第二轮出货到原点", chk("2026-07-24", wk(S, 4), "3227#1")),
                item("麦宝华", "第三轮CNC件的报价单", chk("2026-07-27", nwk(S, 0), "3227#3")),
                item("冯家乐", "把修改后的3D档（STEP）发罗工", chk("2026-07-22", plus(S, 1), "3227#4"), "11:00"),
                item("谢文斌", "跟进第一轮尾款付款流程并付清", chk("2026-07-31", month_end(S), "3227#5"))]},
     notes="Sent Tue 2026-07-21. 罗工 = To display name 罗振东, 麦总 = Cc display name 麦宝华 (external, department null). 冯工 is not a roster alias but matches the Cc display name 冯家乐 (roster, 结构部). '我来跟进' = the sender 谢文斌. #2 is a decision (color reference), not an item. 周五前 -> 2026-07-24; 下周一 -> 2026-07-27; 明天上午11点前 -> 2026-07-22 11:00; 月底前 -> 2026-07-31.")

S = "2026-10-30"
text = """【議事録】量产导入准备会

日時：2026/10/30（金）14:00～15:00
場所：深圳本社 3F会议室
出席：黎、邝、冯、谢、钟（記）

■決定事項
・MP首批1000台，11/23投产（工厂：信达3号线）
・包装采用再生纸浆托，不再使用EPE

■ToDo（担当／期限）
・治具点检表作成　／　冯　／　11/6
・包装落下试验（1.2m，26面角棱）　／　邝　／　11/11（水）
・量产BOM最终版发行　／　谢（钟フォロー）　／　11/13
・认证送测（CE/FCC）日程确认　／　钟　／　来週前半

■次回
11/6（金）同時刻

以上、よろしくお願いします。
钟"""
case(3228, "japanese-style-gijiroku-tanto-kigen", "minutes",
     "Japanese-style 議事録 from a PM trained at a Japanese firm: ■決定事項 (not items), ■ToDo（担当／期限） rows 'task ／ surname ／ date', a lead with フォロー helper, 来週前半 -> vague, ■次回 '同時刻'; owners by surname only resolved via To",
     [("From", ha("钟雅琪")), ("To", has(["黎振宇", "邝志豪", "冯家乐", "谢文斌"])), ("Cc", ha("D")),
      ("Subject", ew("【議事録】量产导入准备会 10/30")), ("Date", date_hdr("2026-10-30 17:04:12")),
      ("Message-ID", "<CAH3pZ8qT1wX5nM2kR7vB9cL4fJ6dY0sG3eU8aQ2oN5iV7tK1rW@mail.gmail.example>")],
     leaf("text/plain", text, "utf-8", "quoted-printable"),
     {"items": [item("冯家乐", "治具点检表作成", chk("2026-11-06", "2026-11-06", "3228#1")),
                item("邝志豪", "包装落下试验（1.2m，26面角棱）", chk("2026-11-11", wdv("2026-11-11", 2), "3228#2")),
                item("谢文斌", "量产BOM最终版发行", chk("2026-11-13", "2026-11-13", "3228#3")),
                item("钟雅琪", "认证送测（CE/FCC）日程确认", None, flags=["vague_due"])],
      "fu": fu("2026-11-06", "14:00")},
     notes="Sent Fri 2026-10-30. Owners are surnames only (冯/邝/谢/钟), each matching exactly one To/From person (冯家乐, 邝志豪, 谢文斌, 钟雅琪 = sender). '谢（钟フォロー）' -> lead 谢文斌; the follower is not an owner. 11/11（水）= Wednesday 2026-11-11. 来週前半 (first half of next week) -> no single date -> vague_due. ■決定事項 are decisions. ■次回 '11/6（金）同時刻' -> 2026-11-06 at the meeting's 14:00.")

S = "2027-08-18"
text = """Hi Kiki,

今天的 sync 重點整理如下，有漏的再幫我補：

1. 第二代外觀提案 A/B 兩案，Zack 傾向 B 案（較薄、按鍵內縮）。
2. 待辦
 - 禾弦（宥廷）：B案細化 rendering ＋ 爆炸圖，8/27（五）前
 - 原點（Howard）：確認B案內部空間能否放下 600mAh 電池，下週一回覆
 - 雅筑：2028 色彩趨勢報告，月底前
3. A 案先封存，不再投入。

下次 sync：
9/1（三）
上午10:00（台北時間）

宥廷"""
case(3229, "taipei-sync-timezone-two-line-next-2027", "minutes",
     "Taipei partner (Gmail, UTF-8 Traditional Chinese, 2027) notes: owners written '公司（名）', the next sync split over three lines with '（台北時間）' (= UTC+8); decisions not items",
     [("From", ha(("林宥廷", EXT["林宥廷"]))), ("To", ha("钟雅琪")), ("Cc", has(["黎振宇", "邝志豪", ("張雅筑", EXT["張雅筑"]), "D"])),
      ("Subject", "Re: " + ew("第二代外觀 sync 8/18")), ("Date", date_hdr("2027-08-18 18:22:40")),
      ("Message-ID", "<CAJ8vN2kQ5mT9pX1wR4bL7cZ3fH6dS0yG2eU5aK8oM1iV4tP7rB@mail.gmail.example>")],
     alt(text, to_html(text, "Arial"), "utf-8", "base64", "000000000000a4c71e065f29d3b8"),
     {"items": [item("林宥廷", "B案細化 rendering ＋ 爆炸圖", chk("2027-08-27", wdv("2027-08-27", 4), "3229#1")),
                item("邝志豪", "確認B案內部空間能否放下 600mAh 電池", chk("2027-08-23", nwk(S, 0), "3229#2")),
                item("張雅筑", "2028 色彩趨勢報告", chk("2027-08-31", month_end(S), "3229#3"))],
      "fu": fu(chk("2027-09-01", wdv("2027-09-01", 2), "3229 fu"), "10:00")},
     notes="Sent Wed 2027-08-18 (+0800). The subject starts with 'Re:' but the body is new minutes with no quote. '禾弦（宥廷）' = the sender 林宥廷; '原點（Howard）' = 邝志豪 (alias Howard); 雅筑 = Cc 張雅筑 (external). 8/27（五）-> 2027-08-27 (a Friday); 下週一 -> 2027-08-23; 月底前 -> 2027-08-31. Items 1 and 3 are a preference and a decision. Next sync: '9/1（三）' / '上午10:00（台北時間）' on separate lines; Taipei time = UTC+8 = Shanghai -> 2027-09-01 10:00.")

S = "2026-11-16"
text = """Dear Origo team,

Thank you for your kind attendance of today meeting. We share the meeting minutes as below.
Please kindly check and feedback if there is any different understanding.

1. Hanbit side will send the revised panel spec sheet (Rev.1.3) until Nov. 20 (Fri).
   - PIC : Minjun Kim
2. Origo side please check the FPC bending radius with your hinge design and feedback until next Tuesday.
   - PIC : Jacky
3. Golden sample 5pcs will be delivered to Shenzhen office at Nov. 27.
   - PIC : Minjun Kim
4. Price negotiation for MP quantity.
   - PIC : Ben, schedule will be discussed later.

Next meeting will be held at Nov. 25 (Wed) 10:00 KST by Zoom.

Best regards,
Minjun Kim
Sales Engineer / Hanbit Display Co., Ltd."""
case(3230, "korean-vendor-english-pic-until-kst", "minutes",
     "Korean display vendor's English minutes (Outlook, +0900): 'until Nov. 20' = by, '- PIC : name' on the line after the task, 'at Nov. 27', 'schedule will be discussed later' -> vague; next meeting in KST converted to Shanghai",
     [("From", ha(("Minjun Kim", EXT["Minjun Kim"]))), ("To", has(["冯家乐", "谢文斌", "邝志豪"])), ("Cc", ha("D")),
      ("Subject", "[Hanbit] Meeting minutes_Origo 6.1inch panel_20261116"), ("Date", date_hdr("2026-11-16 17:48:20", "+0900")),
      ("Message-ID", "<PU4P216MB1567D8E9F0A1B2C3D4E5F6A7B8C9@PU4P216MB1567.KORP216.PROD.OUTLOOK.example>"),
      ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ko-KR")],
     alt(text, to_html(text, "맑은 고딕"), "utf-8", "quoted-printable", "_000_PU4P216MB1567D8E9F0A1B2C3D4E5F6A7B8C9PU4P216MB1567KORP_"),
     {"items": [item("Minjun Kim", "send the revised panel spec sheet (Rev.1.3)", chk("2026-11-20", wdv("2026-11-20", 4), "3230#1")),
                item("冯家乐", "check the FPC bending radius with your hinge design and feedback", chk("2026-11-24", nwk("2026-11-16", 1), "3230#2")),
                item("Minjun Kim", "deliver golden sample 5pcs to Shenzhen office", chk("2026-11-27", "2026-11-27", "3230#3")),
                item("谢文斌", "Price negotiation for MP quantity", None, flags=["vague_due"])],
      "fu": fu(chk("2026-11-25", wdv("2026-11-25", 2), "3230 fu"), "09:00")},
     notes="Date 17:48 +0900 = Mon 2026-11-16 16:48 Shanghai. 'until X' in Korean-English means 'by X'. PIC (person in charge) is on the line below each task. Minjun Kim is the From (external, department null); Jacky/Ben are roster aliases. 'next Tuesday' from Monday 11-16 -> the following week's Tuesday 2026-11-24 (README 下周X rule; a reader could argue 11-17, which is 'tomorrow'). 'at Nov. 27' -> 2026-11-27. 'schedule will be discussed later' -> vague_due. Next meeting Nov. 25 10:00 KST (UTC+9) = 09:00 Shanghai -> 2026-11-25 09:00.")

# =============================== replies / auto / other ===============================
text = """第1项已完成，D4根因报告今早8:40已发Markus，抄送了邹部长。

彭磊
质量部 SQE | 楚联汽车零部件有限公司

发件人: 质量纪要助手 <jiyao@chulian-auto.example.cn>
发送时间: 2025年12月9日 21:41
收件人: 彭磊 <penglei@chulian-auto.example.cn>
抄送: 邹建平 <zoujp@chulian-auto.example.cn>
主题: [待办登记] 今天质量会

彭磊，您好：

根据邹建平 12月9日 的会议纪要，已为您登记以下待办：
1. 把客诉8D的D4根因报告发Markus，抄送邹部长 —— 截止 2025-12-10 09:00

请直接回复本邮件：确认 / 有异议 / 已完成 / 进度80% / 延期至MM月DD日。
"""
case(3231, "reply-done-item1-outlook-gb2312", "reply",
     "Outlook 答复: '第1项已完成' over an Outlook 发件人/发送时间 quote of the bot's recap (whose footer lists every command word)",
     [("From", ha("彭磊", "gb2312")), ("To", ha("A", "gb2312")), ("Cc", ha("邹建平", "gb2312")),
      ("Subject", ew("答复: [待办登记] 今天质量会", "gb2312")), ("Date", date_hdr("2025-12-10 08:47:31")),
      ("Message-ID", "<001801dc6976$4d2e8b10$e78ba130$@chulian-auto.example.cn>"),
      ("In-Reply-To", "<recap-20251209-2141-0001@chulian-auto.example.cn>"), ("References", "<recap-20251209-2141-0001@chulian-auto.example.cn>"),
      ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", ew("[待办登记] 今天质量会", "gb2312"))],
     alt(text, to_html(text, "等线"), "gb2312", "base64", "----=_NextPart_000_0019_01DC69B9.5B51CB10", crlf=True),
     {"reply": rep("done", [1])}, crlf=True,
     notes="Reply by 彭磊 Wed 2025-12-10 08:47 to the recap of case 3207: '第1项已完成' -> done, items [1]. The quoted recap's '确认 / 有异议 / 已完成 / 进度80% / 延期至' footer must not be read as the reply.")

text = """第2项进度80%了 👍 明天中午前能全部上线

阿俊

------------------ 原始邮件 ------------------
发件人: "待办小橙" <todo@chengguo-live.example.cn>
发送时间: 2025年11月3日(星期一) 上午10:21
收件人: "楼俊" <loujun@chengguo-live.example.cn>
主题: [待办] 周会跟进表 11.3

阿俊 你好～ 本次登记给你的待办：
1. 双11预热场投流预算拆分 —— 截止 11-05
2. （如有多项将逐条列出）
回复：确认 / 有异议 / 已完成 / 进度80% / 延期至…
"""
case(3232, "reply-progress-80-casual-quote", "reply",
     "Casual reply with emoji '第2项进度80%了 👍 明天中午前能全部上线' over a QQ-style 原始邮件 quote: progress, items [2], percent 80; the future time is not an extend request",
     [("From", ha("楼俊")), ("To", ha("B")), ("Subject", ew("回复：[待办] 周会跟进表 11.3")),
      ("Date", date_hdr("2025-11-06 16:12:09")), ("Message-ID", "<f3b8a1c5-2d94-4e07-b6a3-7c1e9d0f5a82.loujun@chengguo-live.example.cn>"),
      ("In-Reply-To", "<recap-20251103-1021-0007@chengguo-live.example.cn>"), ("References", "<recap-20251103-1021-0007@chengguo-live.example.cn>"),
      ("X-Mailer", "Alimail-Mailagent revision 4")],
     leaf("text/plain", text, "utf-8", "base64"),
     {"reply": rep("progress", [2], 80)},
     notes="Reply Thu 2025-11-06. '第2项进度80%' -> progress, items [2], percent 80. '明天中午前能全部上线' is an estimate, not a requested new due date. The quoted recap lists only one numbered item (the recap was truncated by the writer's client); the reply's own number is recorded as written.")

text = """督办助手：

关于第（三）项“信息系统等级保护测评问题整改”，因测评机构复测排期在10月14日，整改报告需待复测结果出具，申请延期至10月16日。

妥否，请审示。

查伟
信息科

-----原始邮件-----
发件人："督办助手" <duban@lzsl-hosp.example.cn>
发送时间：2026-09-24 10:03:11 (星期四)
收件人: 查伟 <zhawei@lzsl-hosp.example.cn>
主题: [督办登记] 关于落实三甲复审迎评准备工作的督办通知（院办督〔2026〕7号）

查伟 同志：已登记以下督办事项：
（三）信息系统等级保护测评问题整改 —— 完成时限 2026-10-10
请回复：确认 / 有异议 / 已完成 / 进度80% / 延期至…
"""
case(3233, "reply-extend-item3-coremail-hospital", "reply",
     "Coremail reply in formal style: '关于第（三）项…申请延期至10月16日' with a reason holding another date (10月14日); quote '-----原始邮件-----'",
     [("From", ha("查伟")), ("To", ha("C")), ("Cc", ha("陶静")),
      ("Subject", ew("Re: [督办登记] 关于落实三甲复审迎评准备工作的督办通知（院办督〔2026〕7号）")),
      ("Date", date_hdr("2026-09-28 09:15:47")), ("Message-ID", "<5c2e7a91.8f3d.19d8a4b1c27.Coremail.zhawei@lzsl-hosp.example.cn>"),
      ("In-Reply-To", "<recap-20260924-1003-0003@lzsl-hosp.example.cn>"), ("References", "<recap-20260924-1003-0003@lzsl-hosp.example.cn>"),
      ("X-Mailer", "Coremail Webmail Server Version XT6.0.3 build 20250310(2b7a9d11)")],
     alt(text, to_html(text), "utf-8", "base64", "----=_Part_419362_1807263391.1790558147213"),
     {"reply": rep("extend", [3], None, chk("2026-10-16", "2026-10-16", "3233 new"))},
     notes="Reply Mon 2026-09-28 from 查伟 about case 3219's item （三）. '第（三）项' = item 3; '申请延期至10月16日' -> extend, new_due_date 2026-10-16. '10月14日' in the reason is not the new date.")

text = """Dear JP,

regarding item 4 of your recap (PPAP resubmission, due 27 March): we do not agree with this date. Our
release process needs the PPAP at least two weeks before the SOP of the modified casting, so we expect
the complete package earlier. Please align internally and come back to me.

Best regards
Markus

-----Original Message-----
From: Quality Minutes Bot <jiyao@chulian-auto.example.cn>
Sent: Tuesday, March 10, 2026 9:17 AM
To: Weber Markus (VA/PQC-2) <markus.weber@vellmar-auto.example.de>
Subject: [Action items] Minutes 8D review VA-26-0117 bracket housing porosity

4. PPAP resubmission (level 3) for the modified casting process - JP Zou - due 2026-03-27
Reply with: confirm / object / done / progress 80% / extend to <date>
"""
case(3234, "reply-object-item4-english-oem", "reply",
     "German OEM English reply objecting to 'item 4' of a recap (Outlook -----Original Message----- quote): object, items [4], no new date",
     [("From", "Weber Markus (VA/PQC-2) <markus.weber@vellmar-auto.example.de>"), ("To", ha("A")), ("Cc", ha("邹建平")),
      ("Subject", "RE: [Action items] Minutes 8D review VA-26-0117 bracket housing porosity"),
      ("Date", date_hdr("2026-03-11 08:02:33", "+0100")),
      ("Message-ID", "<AM9PR04MB84215F7A1B2C3D4E5F60718293A4B@AM9PR04MB8421.eurprd04.prod.outlook.example>"),
      ("In-Reply-To", "<recap-20260310-1617-0002@chulian-auto.example.cn>"), ("References", "<recap-20260310-1617-0002@chulian-auto.example.cn>"),
      ("Content-Language", "en-US")],
     alt(text, to_html(text, "Calibri"), "utf-8", "quoted-printable", "_000_AM9PR04MB84215F7A1B2C3D4E5F60718293A4BAM9PR04MB8421eurp_"),
     {"reply": rep("object", [4])},
     notes="Reply Wed 2026-03-11 from the customer to the recap of case 3202. 'we do not agree with this date' about item 4 -> object, items [4]. He asks for an earlier date but gives none, so it is not extend and new_due_date is null.")

text = """您好，我於 10/15（三）至 10/20（一）休假，期間無法即時回覆郵件。
設計相關事宜請聯絡 林宥廷 yuting.lin@hexian-design.example.tw，急件請來電 02-2700-xxxx。
10/21 起將盡快回覆，謝謝！

張雅筑 Ya-Chu Chang
禾弦設計有限公司"""
case(3235, "auto-ooo-traditional-big5", "auto",
     "Outlook out-of-office in Traditional Chinese (big5, '自動回覆:' subject, Auto-Submitted: auto-replied) to a recap; body has dates and a '盡快' -> kind auto, no items",
     [("From", ha(("張雅筑", EXT["張雅筑"]), "big5")), ("To", ha("D", "big5")),
      ("Subject", ew("自動回覆: [Action items] Origo 充電盒 外觀設計審查會議記錄 10/14", "big5")),
      ("Date", date_hdr("2025-10-15 09:01:04")), ("Message-ID", "<TYZPR03MB70881F2E3D4C5B6A79808172635A4@TYZPR03MB7088.apcprd03.prod.outlook.example>"),
      ("In-Reply-To", "<recap-20251014-1533-0004@origolabs.example.cn>"), ("Auto-Submitted", "auto-replied"),
      ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "yachu.chang@hexian-design.example.tw"),
      ("Content-Language", "zh-TW")],
     alt(text, to_html(text, "新細明體"), "big5", "base64", "_000_TYZPR03MB70881F2E3D4C5B6A79808172635A4TYZPR03MB7088apcp_"),
     {}, notes="Out-of-office reply to a recap: Auto-Submitted auto-replied + 自動回覆 subject -> kind auto. Dates and '盡快回覆' in the body are not items or a reply intent.")

text = """Hi 王总监，

我是橙果互娱商务钱蕾。关于年货节套组合作，麻烦您这边周五前回复一下以下两点：
1. 199/299两个价格带的套组，能否各提供300套库存？
2. 直播间专属赠品（小样）是否由品牌方承担？

另外下周方便的话想约您当面聊一下，时间您定～

谢谢！
钱蕾
橙果互娱 商务部 | 138xxxx6621"""
case(3236, "other-brand-request-bot-cc", "other",
     "A person-to-person business request to a brand (bot in Cc out of habit): numbered questions and '周五前回复' but no meeting minutes -> kind other, no items",
     [("From", ha("钱蕾")), ("To", ha(("王总监", "wang.zj@yuelan-beauty.example.cn"))), ("Cc", has(["沈佳怡", "B"])),
      ("Subject", ew("年货节套组合作确认（橙果互娱）")), ("Date", date_hdr("2027-01-18 14:36:22")),
      ("Message-ID", "<0b7e3d5a-9f21-4c68-a4e0-5d8c1b2f7e93.qianlei@chengguo-live.example.cn>"),
      ("X-Mailer", "Alimail-Mailagent revision 4")],
     alt(text, to_html(text, "PingFang SC"), "utf-8", "base64", "----=ALIBOUNDARY_52093_7e1a4c00_678b4c36_b18"),
     {}, notes="Sent Mon 2027-01-18. An outward request to a brand contact with questions and '周五前回复'; no meeting, no minutes, so kind other and no items (the bot is only in Cc). No follow-up.")

# =============================== write ===============================
def write():
    with open(OUT / "roster.csv", "w", encoding="utf-8", newline="") as f:
        f.write("name,email,department,manager_email,aliases\n")
        for r in ROSTER: f.write(",".join(r) + "\n")
    for num, slug, kind, what, msg, g, crlf in CASES:
        (OUT / f"{num}-{slug}.eml").write_bytes(ser(msg, crlf))
        (OUT / f"{num}-{slug}.json").write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    head = (HERE / "README.head.md").read_text(encoding="utf-8")
    rows = ["| case | kind | what it tests |", "| --- | --- | --- |"] + [f"| {n}-{sl} | {k} | {w.replace('|', '/')} |" for n, sl, k, w, *_ in CASES]
    (OUT / "README.md").write_text(head + "\n".join(rows) + "\n", encoding="utf-8")
def check():
    bad = [c for c in CHECKS if c[0] != c[1]]
    for g, c, w in bad: print(f"MISMATCH {w}: gold {g} computed {c}")
    # every gold date must have been checked
    checked = {(w.split('#')[0].split(' ')[0], g) for g, c, w in CHECKS}
    for num, slug, kind, what, msg, gd, crlf in CASES:
        dates = [i["due_date"] for i in gd["items"] if i["due_date"]] + ([gd["next_followup"]["date"]] if gd["next_followup"] else []) \
                + ([gd["reply"]["new_due_date"]] if gd["reply"] and gd["reply"]["new_due_date"] else [])
        for x in dates:
            if (str(num), x) not in checked:
                print(f"UNCHECKED {num}: {x}"); bad.append(x)
    nums = [c[0] for c in CASES]; assert len(nums) == len(set(nums))
    print(f"{len(CASES)} cases, {len(CHECKS)} date checks, {len(bad)} problems")
    return not bad
if __name__ == "__main__":
    ok = check()
    if "--check" not in sys.argv and ok: write()
    sys.exit(0 if ok else 1)

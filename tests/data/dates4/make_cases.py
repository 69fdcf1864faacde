#!/work/blind/venv/bin/python
"""dates4 minutes cases: raw .eml + gold .json pairs (and roster.csv) that put phrases of phrases.tsv into real
minutes mail. Every gold due date/time is recomputed from its rule with engine.evaluate (chinesecalendar).

usage:  make_cases.py [--check]      (--check: recompute and compare with the files on disk, write nothing)
Deterministic: no clock, no randomness. MIME/header helpers adapted from /work/shared/corpus/make_corpus.py.
"""
import base64, binascii, csv, hashlib, html, io, json, os, re, sys
import datetime as dt
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from engine import evaluate

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")
DOM = "jiahe.example.cn"
BOT = ("纪要助手", "minutes@" + DOM)
WEEKDAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTH_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# ---- roster: 嘉禾集团 (Jiahe Group): supply chain + retail + a construction arm ----------------------------
ROSTER = [  # name, local, department, head?, aliases
    ("周建国", "zhoujianguo", "仓储部", True, "周经理;老周;Zhou Jianguo"),
    ("孔丽华", "konglihua", "仓储部", False, "Kong Lihua;丽华"),
    ("许文静", "xuwenjing", "财务部", True, "许经理;Wendy Xu;Xu Wenjing;許文靜"),
    ("韩磊", "hanlei", "采购部", True, "韩经理;Han Lei;Lei Han;磊哥"),
    ("蒋涛", "jiangtao", "技术部", True, "蒋工;Tony Jiang;Jiang Tao"),
    ("欧阳娜", "ouyangna", "技术部", False, "Nana Ouyang;欧阳"),
    ("田甜", "tiantian", "客服部", True, "田主管;Tina Tian"),
    ("石勇", "shiyong", "工程部", True, "石工;石经理;Shi Yong"),
    ("陳嘉欣", "kayan.chan", "零售部", True, "Kayan Chan;Kayan;嘉欣"),
    ("梁志豪", "chiho.leung", "零售部", False, "Chiho Leung;Leung Chi Ho;志豪"),
    ("沈佳", "shenjia", "质量部", True, "Jia Shen;Jenny Shen;沈经理"),
    ("卢晓云", "luxiaoyun", "培训中心", True, "卢老师;Lu Xiaoyun"),
    ("范伟", "fanwei", "培训中心", False, "范老师;Fan Wei"),
    ("邓倩", "dengqian", "培训中心", False, "邓老师;Deng Qian;小邓"),
]
P = {}
for n, loc, dep, head, al in ROSTER:
    P[n] = dict(email="%s@%s" % (loc, DOM), department=dep, head=head, aliases=al)
HEADS = {P[n]["department"]: P[n]["email"] for n in P if P[n]["head"]}
EXT = {"Anna Lee": "anna.lee@crestline-bio.example.com", "Mark Rivera": "mark.rivera@crestline-bio.example.com"}


def who(n):
    if n in P:
        return (n, P[n]["email"])
    if n == BOT[0]:
        return BOT
    return (n, EXT[n])


def item(owner, task, rule, send, flags=(), department=None):
    d, t = evaluate(rule, send) if rule else ("", "")
    email = None
    if owner in P:
        email, department = P[owner]["email"], P[owner]["department"]
    elif owner in EXT:
        email = EXT[owner]
    return {"owner_name": owner, "owner_email": email, "department": department, "task": task,
            "due_date": d or None, "due_time": t or None, "flags": list(flags)}


# ---- RFC 2047 / MIME (adapted from the dev corpus) ------------------------------------------------------------
CODEC = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "big5": "big5"}


def encoded_words(text, label="utf-8", mode="B", limit=75):
    words, cur, cs = [], "", CODEC[label.lower()]

    def enc(s):
        raw = s.encode(cs)
        if mode == "B":
            body = base64.b64encode(raw).decode()
        else:
            body = "".join(chr(b) if (chr(b).isalnum() and b < 128) else ("_" if b == 32 else "=%02X" % b) for b in raw)
        return "=?%s?%s?%s?=" % (label, mode, body)

    for ch in text:
        if cur and len(enc(cur + ch)) > limit:
            words.append(enc(cur)); cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return words


def htext(text, label="utf-8", mode="B"):
    if all(ord(c) < 128 for c in text):
        return text
    return "\n ".join(encoded_words(text, label, mode, limit=66))


def haddr(name, email, label="utf-8", mode="B", quote=False):
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, email) if quote else "%s <%s>" % (name, email)
    w = " ".join(encoded_words(name, label, mode))
    return '"%s" <%s>' % (w, email) if quote else "%s <%s>" % (w, email)


def haddrs(people, label="utf-8", mode="B", quote=False):
    return ", ".join(haddr(*who(p), label=label, mode=mode, quote=quote) for p in people)


def leaf(ctype, text, label, cte, ct_quote=True, crlf=False, params=""):
    m = Message()
    m["Content-Type"] = ctype + ('; charset="%s"' % label if ct_quote else "; charset=%s" % label) + params
    m["Content-Transfer-Encoding"] = cte
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    data = text.encode(CODEC[label.lower()])
    if cte == "base64":
        m.set_payload(base64.encodebytes(data).decode("ascii"))
    elif cte == "quoted-printable":
        m.set_payload(binascii.b2a_qp(data, istext=True).decode("ascii"))
    else:
        m.set_payload(data.decode("ascii", "surrogateescape"))
    return m


def multi(parts, boundary, preamble=None):
    m = Message()
    m["Content-Type"] = 'multipart/alternative; boundary="%s"' % boundary
    m.set_payload(list(parts))
    m.preamble = preamble
    m.epilogue = ""
    return m


def envelope(delivery, headers, body):
    top = Message()
    for k, v in delivery + headers:
        top[k] = v
    for k, v in body.items():
        top[k] = v
    top._payload = body._payload
    top.preamble, top.epilogue = body.preamble, body.epilogue
    return top


def serialize(msg):
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\n", max_line_length=78)).flatten(msg)
    return buf.getvalue()


def hx(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def hb64(seed, n):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:n]).decode()


def rfc_date(t):
    off = t.utcoffset(); sign = "+" if off >= dt.timedelta(0) else "-"
    mins = abs(int(off.total_seconds())) // 60
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WEEKDAY_EN[t.weekday()], t.day, MONTH_EN[t.month - 1], t.year,
                                                      t.hour, t.minute, t.second, sign, mins // 60, mins % 60)


def delivery(t, sender, helo, ip, seed):
    t2 = (t + dt.timedelta(seconds=3)).astimezone(dt.timezone(dt.timedelta(hours=8)))
    return [("Return-Path", "<%s>" % sender), ("Delivered-To", BOT[1]),
            ("Received", "from %s (%s [%s])\n\tby mx.%s (Postfix) with ESMTPS id 4Y%s\n\tfor <%s>; %s (CST)"
             % (helo, helo, ip, DOM, hx(seed, 9).upper(), BOT[1], rfc_date(t2)))]


def esc(s):
    return html.escape(s, quote=False)


def simple_html(lines, style="font-size:14px;font-family:'Microsoft YaHei UI'"):
    return "\n".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in lines)


def table_html(head, rows):
    h = "<tr>" + "".join("<th style=\"border:1px solid #999;padding:4px\">%s</th>" % esc(c) for c in head) + "</tr>"
    b = "".join("<tr>" + "".join("<td style=\"border:1px solid #999;padding:4px\">%s</td>" % esc(c) for c in r) + "</tr>\n"
                for r in rows)
    return '<table style="border-collapse:collapse" cellspacing="0" cellpadding="0">\n%s\n%s</table>' % (h, b)


# ---- the cases -------------------------------------------------------------------------------------------------
CASES = []


def case(slug, kind, tests):
    def deco(fn):
        CASES.append((slug, kind, tests, fn))
        return fn
    return deco


@case("001-stocktake-before-cny-outlook-gb2312", "minutes",
      "Outlook gb2312 QP text+html 年终盘点会议纪要 sent Fri 2025-01-24 16:40: 春节前 (last workday 01-27), 今天下班前, "
      "节后第一个工作日, 3个工作日内 over the 01-26 make-up Sunday and the holiday, 待定, dept-only owner")
def c001():
    S = "2025-01-24T16:40:00+08:00"
    t = dt.datetime.fromisoformat(S)
    rows = [("1", "年终盘点差异报告（含报废清单）", "周建国", "春节前"),
            ("2", "向三家主要供应商发出对账函", "许经理", "今天下班前"),
            ("3", "节后到货排程表", "韩磊", "节后第一个工作日"),
            ("4", "叉车年检资料整理提交", "行政部", "3个工作日内"),
            ("5", "新仓租赁方案比选", "老周", "待定")]
    items = [item("周建国", "年终盘点差异报告（含报废清单）", "before_hol('Spring Festival')", S),
             item("许文静", "向三家主要供应商发出对账函", "rel(0)", S),
             item("韩磊", "节后到货排程表", "after_hol('Spring Festival')", S),
             item(None, "叉车年检资料整理提交", "wdays(3)", S, flags=["no_owner"]),
             item("周建国", "新仓租赁方案比选", None, S, flags=["vague_due"])]
    intro = ["各位好：", "", "今天下午年终盘点复盘会的纪要如下，如有遗漏请今天内补充。", "",
             "会议时间：2025年1月24日 14:30-16:00", "参会人：周建国、许文静、韩磊、孔丽华", "",
             "一、结论", "1. 华南仓账实差异率0.42%，在年度目标1%以内。", "2. 春节期间（1月28日-2月4日）仓库停止收货，1月26日（周日）正常上班。", "",
             "二、待办事项"]
    outro = ["", "下次会议：节后第一次例会 2月5日（周三）上午9:30，三楼会议室。", "", "谢谢！", "孔丽华", "仓储部 | 嘉禾供应链"]
    text = "\r\n".join(intro + ["序号\t事项\t负责人\t完成时间"] + ["\t".join(r) for r in rows] + outro) + "\r\n"
    body_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
                 '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>'
                 '<body lang="ZH-CN" link="#0563C1" vlink="#954F72" style="text-justify-trim:punctuation">'
                 '<div class="WordSection1">\n' +
                 "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(l) or "<o:p>&nbsp;</o:p>") for l in intro) +
                 "\n" + table_html(["序号", "事项", "负责人", "完成时间"], rows) + "\n" +
                 "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(l) or "<o:p>&nbsp;</o:p>") for l in outro) +
                 "\n</div></body></html>")
    b = "----=_NextPart_000_0011_01DB6E3A.%s" % hx("c001", 8).upper()
    body = multi([leaf("text/plain", text, "gb2312", "quoted-printable"),
                  leaf("text/html", body_html, "gb2312", "quoted-printable")], b,
                 preamble="This is a multipart message in MIME format.")
    frm = who("孔丽华")
    hdrs = [("From", haddr(*frm, label="gb2312")), ("To", haddrs(["周建国", "许文静", "韩磊"], "gb2312")),
            ("Cc", haddrs([BOT[0]], "gb2312")), ("Subject", htext("年终盘点复盘会会议纪要（1月24日）", "gb2312")),
            ("Date", rfc_date(t)), ("Message-ID", "<000001db6e3a$%s$%s$@%s>" % (hx("c1a", 8), hx("c1b", 8), DOM)),
            ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", base64.b64encode(b"\x01\xdb" + hashlib.sha256(b"c001").digest()[:20]).decode()),
            ("Content-Language", "zh-cn")]
    msg = envelope(delivery(t, frm[1], "KONGLH-PC", "10.20.3.41", "c001"), hdrs, body)
    gold = {"kind": "minutes", "items": items, "next_followup": {"date": "2025-02-05", "time": "09:30"}, "reply": None,
            "notes": "Sent Fri 2025-01-24 16:40 +0800. Spring Festival 2025 block 01-28..02-04, make-up Sun 01-26. "
                     "#1 '春节前' -> last workday before the block = Mon 2025-01-27. #2 '许经理' = 许文静 (alias); "
                     "'今天下班前' -> 2025-01-24, no time (corpus convention; dates-eval would give 18:00). #3 '节后第一个工作日' -> "
                     "2025-02-05. #4 owner 行政部 is not a roster department -> owner null, department null, no_owner; "
                     "'3个工作日内' -> 01-26 (make-up Sunday) = 1, 01-27 = 2, 02-05 = 3. #5 '老周' = 周建国; '待定' -> null + vague_due. "
                     "The holiday dates in 结论 are information. Next meeting 2月5日（周三）上午9:30 -> 2025-02-05 09:30 (Wednesday, checked)."}
    return msg, gold


@case("002-mayday-makeup-sunday-foxmail-gbk", "minutes",
      "Foxmail GBK base64 ops minutes sent on the 2025-04-27 make-up Sunday: 五一前, 明天中午, 后天下午, 4个工作日内 "
      "across May Day, 2小时内 from the Date header; items as numbered lines with （负责人：…）")
def c002():
    S = "2025-04-27T10:05:00+08:00"
    t = dt.datetime.fromisoformat(S)
    lines = ["Hi all，", "", "上午9点的五一大促准备会纪要：", "",
             "1. 活动页全链路压测，五一前完成并出报告（负责人：蒋工）",
             "2. 客服五一排班表明天中午前发群里（负责人：田甜）",
             "3. 灰度发布方案评审，后天下午（负责人：Tony）",
             "4. 3月退款差异对账，4个工作日内（负责人：Wendy）",
             "5. 昨晚支付告警的复盘初稿，2小时内先给一版（负责人：欧阳）", "",
             "备注：今天（周日）调休上班，五一放假5月1日-5日，6号正常上班。", "", "--", "蒋涛 | 技术部"]
    text = "\n".join(lines) + "\n"
    html_doc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=GBK"><style>body { line-height: 1.5; }'
                'body { font-size: 14px; font-family: \'Microsoft YaHei UI\'; color: rgb(0, 0, 0); line-height: 1.5; }</style>'
                '</head><body>\n' + simple_html(lines) + "\n</body></html>")
    n = int(hx("c002", 6), 16)
    body = multi([leaf("text/plain", text, "GBK", "base64", crlf=True), leaf("text/html", html_doc, "GBK", "base64", crlf=True)],
                 "----=_001_NextPart%012d_=----" % (n * 37 % 10 ** 12), preamble="This is a multi-part message in MIME format.")
    frm = who("蒋涛")
    hdrs = [("Date", rfc_date(t)), ("From", haddr(*frm, label="GBK", quote=True)),
            ("To", haddrs(["田甜", "许文静", "欧阳娜"], "GBK", quote=True)), ("Cc", haddrs([BOT[0]], "GBK", quote=True)),
            ("Subject", htext("五一大促准备会纪要", "GBK")), ("X-Priority", "3"),
            ("X-GUID", "%s-%s-%s-%s" % (hx("g2", 8).upper(), hx("g3", 4).upper(), hx("g4", 4).upper(), hx("g5", 12).upper())),
            ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]"), ("Mime-Version", "1.0"),
            ("Message-ID", "<%s%07d@%s>" % (t.strftime("%Y%m%d%H%M%S"), n % 10 ** 7, DOM))]
    msg = envelope(delivery(t, frm[1], "JIANGTAO-NB", "10.20.7.12", "c002"), hdrs, body)
    items = [item("蒋涛", "活动页全链路压测并出报告", "before_hol('Labour Day')", S),
             item("田甜", "发客服五一排班表", "at(rel(1),12)", S),
             item("蒋涛", "灰度发布方案评审", "at(rel(2),18)", S),
             item("许文静", "3月退款差异对账", "wdays(4)", S),
             item("欧阳娜", "支付告警复盘初稿", "hours(2)", S)]
    gold = {"kind": "minutes", "items": items, "next_followup": None, "reply": None,
            "notes": "Sent Sun 2025-04-27 10:05 +0800, a make-up workday; May Day block 05-01..05-05. #1 '五一前' -> 2025-04-30 "
                     "(蒋工 = 蒋涛). #2 '明天中午前' -> 2025-04-28 12:00. #3 'Tony' = 蒋涛 (alias); '后天下午' -> 2025-04-29, bare "
                     "下午 -> 18:00 (dates-eval; SPEC lists 下午 as a time). #4 'Wendy' = 许文静; '4个工作日内' -> 04-28, 04-29, 04-30, "
                     "05-06 -> 2025-05-06. #5 '欧阳' = 欧阳娜; '2小时内' -> 10:05 + 2 h = 12:05. The holiday line in 备注 is information. "
                     "No next meeting stated."}
    return msg, gold


@case("003-site-meeting-national-day-exmail-gb18030", "minutes",
      "Tencent Exmail gb18030 base64 site-meeting minutes sent Sun 2025-09-28 19:20 (make-up day): 国庆前, 今晚11点前, "
      "5个工作日内 ending on the 10-11 make-up Saturday, 10/15 for a department, 尽快; next meeting after the holiday")
def c003():
    S = "2025-09-28T19:20:00+08:00"
    t = dt.datetime.fromisoformat(S)
    lines = ["各位：", "", "今天下午项目部例会（南沙二期）纪要如下：", "",
             "①塔吊、施工电梯安全检查整改闭环，国庆前完成（石工）",
             "②今天施工日志及影像资料今晚11点前上传到钉盘（石勇）",
             "③钢筋、商砼三家报价比对表，5个工作日内给到项目部（韩磊）",
             "④监理月报及整改回复，10/15前（工程部）",
             "⑤1号塔吊维保，尽快安排（石勇）", "",
             "国庆中秋放假10月1日至8日，9月28日、10月11日上班。下次例会：10月9日（周四）上午10点。", "",
             "项目部 石勇"]
    text = "\n".join(lines) + "\n"
    html_body = simple_html(lines)
    html_doc = '<meta http-equiv="Content-Type" content="text/html; charset=gb18030">' + html_body
    b = "----=_NextPart_%s_%s_%s" % (hx("c3", 8).upper(), hx("c3a", 8).upper(), hx("c3b", 8).upper())
    body = multi([leaf("text/plain", text, "gb18030", "base64"), leaf("text/html", html_doc, "gb18030", "base64")], b,
                 preamble="This is a multi-part message in MIME format.")
    frm = who("石勇")
    hdrs = [("X-QQ-FEAT", hb64("c3f", 30)), ("X-QQ-SSF", "00000000000000F0"), ("X-HAS-ATTACH", "no"),
            ("X-QQ-BUSINESS-ORIGIN", "2"), ("X-Originating-IP", "183.62.41.77"), ("X-QQ-STYLE", ""),
            ("X-QQ-mid", "xmsezb5-0t%dt%s" % (int(t.timestamp()), hx("c3q", 7))),
            ("From", haddr(*frm, label="gb18030", quote=True)),
            ("To", haddrs(["韩磊", "沈佳"], "gb18030", quote=True)), ("Cc", haddrs([BOT[0]], "gb18030", quote=True)),
            ("Subject", htext("南沙二期项目部例会纪要 0928", "gb18030")), ("Mime-Version", "1.0"),
            ("Date", rfc_date(t)), ("X-Priority", "3"), ("Message-ID", "<tencent_%s@qq.com>" % hx("c3m", 36).upper()),
            ("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x")]
    msg = envelope(delivery(t, frm[1], "smtpbg.exmail.qq.com", "113.96.223.105", "c003"), hdrs, body)
    items = [item("石勇", "塔吊、施工电梯安全检查整改闭环", "before_hol('National Day')", S),
             item("石勇", "上传今天施工日志及影像资料", "at(rel(0),23)", S),
             item("韩磊", "钢筋、商砼三家报价比对表", "wdays(5)", S),
             item(None, "监理月报及整改回复", "md(10,15)", S, flags=["no_owner"], department="工程部"),
             item("石勇", "1号塔吊维保", None, S, flags=["vague_due"])]
    gold = {"kind": "minutes", "items": items, "next_followup": {"date": "2025-10-09", "time": "10:00"}, "reply": None,
            "notes": "Sent Sun 2025-09-28 19:20 +0800 (make-up workday); National Day + Mid-Autumn block 10-01..10-08, make-up Sat "
                     "10-11. ① '国庆前' -> 2025-09-30 (石工 = 石勇). ② '今晚11点前' -> 2025-09-28 23:00. ③ '5个工作日内' -> 09-29, "
                     "09-30, 10-09, 10-10, 10-11 (make-up Saturday) -> 2025-10-11. ④ owner 工程部 only -> no_owner, department 工程部; "
                     "'10/15前' -> 2025-10-15. ⑤ '尽快' -> null + vague_due. Holiday line is information. 下次例会 10月9日（周四）"
                     "上午10点 -> 2025-10-09 10:00 (Thursday, checked)."}
    return msg, gold


@case("004-hk-retail-cny-outlook-big5", "minutes",
      "Outlook big5 QP text+html minutes from Hong Kong (Traditional) sent Fri 2026-02-13 11:30: 過年前 = the 02-14 make-up "
      "Saturday, 年後第一個工作日, 3個工作天內, 今天下午5點前; English alias owner")
def c004():
    S = "2026-02-13T11:30:00+08:00"
    t = dt.datetime.fromisoformat(S)
    lines = ["各位同事：", "", "今早零售例會跟進事項如下：", "",
             "(1) 全部門市年貨盤點 - Kayan - 過年前完成",
             "(2) 新春檔期銷售報表 - 梁志豪 - 年後第一個工作日交",
             "(3) 兩間供應商合約續簽文件 - 許文靜 - 3個工作天內",
             "(4) 明天（週六補班）門市排班表 - Kayan - 今天下午5點前", "",
             "有問題請直接回覆。", "", "Best regards,", "Chiho Leung 梁志豪", "零售部 | 嘉禾零售（香港）"]
    text = "\r\n".join(lines) + "\r\n"
    html_doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head><body lang="ZH-TW">'
                '<div class="WordSection1">\n' +
                "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(l) or "<o:p>&nbsp;</o:p>") for l in lines) +
                "\n</div></body></html>")
    b = "----=_NextPart_000_0007_01DC9C8E.%s" % hx("c004", 8).upper()
    body = multi([leaf("text/plain", text, "big5", "quoted-printable"), leaf("text/html", html_doc, "big5", "quoted-printable")],
                 b, preamble="This is a multipart message in MIME format.")
    frm = who("梁志豪")
    hdrs = [("From", haddr(*frm, label="big5")), ("To", haddrs(["陳嘉欣", "许文静"], "utf-8")),
            ("Cc", haddrs([BOT[0]], "utf-8")), ("Subject", htext("零售例會跟進事項 (13/2)", "big5")),
            ("Date", rfc_date(t)), ("Message-ID", "<000701dc9c8e$%s$%s$@%s>" % (hx("c4a", 8), hx("c4b", 8), DOM)),
            ("MIME-Version", "1.0"), ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", base64.b64encode(b"\x01\xdc" + hashlib.sha256(b"c004").digest()[:20]).decode()),
            ("Content-Language", "zh-hk")]
    msg = envelope(delivery(t, frm[1], "HKRT-LT0231", "10.60.1.88", "c004"), hdrs, body)
    items = [item("陳嘉欣", "全部門市年貨盤點", "before_hol('Spring Festival')", S),
             item("梁志豪", "新春檔期銷售報表", "after_hol('Spring Festival')", S),
             item("许文静", "兩間供應商合約續簽文件", "wdays(3)", S),
             item("陳嘉欣", "明天門市排班表", "at(rel(0),17)", S)]
    gold = {"kind": "minutes", "items": items, "next_followup": None, "reply": None,
            "notes": "Sent Fri 2026-02-13 11:30 +0800; make-up Sat 02-14, Spring Festival block 02-15..02-23, make-up Sat 02-28. "
                     "(1) 'Kayan' = 陳嘉欣 (alias); '過年前' -> last workday before the block = the make-up Saturday 2026-02-14. "
                     "(2) '年後第一個工作日' -> 2026-02-24. (3) '許文靜' is the Traditional form of roster name 许文静 -> that "
                     "person; '3個工作天內' -> 02-14, 02-24, 02-25 -> 2026-02-25. (4) '今天下午5點前' -> 2026-02-13 17:00 "
                     "('明天' in the task names the shift, not the deadline). Subject '(13/2)' is D/M. Body big5 QP (HK Outlook); "
                     "To/Cc display names UTF-8 B."}
    return msg, gold


@case("005-cro-english-gmail-pacific-offset", "minutes",
      "Gmail English action items from a US CRO PM, Date -0700 (20:10 on 03-30 = 11:10 03-31 Shanghai): by Fri, "
      "before Qingming, next Tue, within 48 hours (clock from the Date header), by EOD (Shanghai date), TBD; Next sync")
def c005():
    S = "2026-03-30T20:10:00-07:00"
    t = dt.datetime.fromisoformat(S)
    lines = ["Hi all,", "", "Thanks for the late call. Notes and action items below.", "",
             "Decisions:", "- Batch 3 stability samples stay at 25C/60%RH; no change to the protocol.", "",
             "Action items:",
             "1. Jenny Shen - send the deviation report for lot JH-0317 by Fri",
             "2. Lei Han - confirm the reagent PO with the vendor before Qingming",
             "3. Anna Lee - share the revised sampling plan next Tue",
             "4. Mark Rivera - upload the raw chromatograms to the shared drive within 48 hours",
             "5. Wendy Xu - approve the Q2 invoice by EOD (your time)",
             "6. Audit date for the Suzhou site - TBD, Anna to coordinate", "",
             "Next sync: Thursday, April 9, 9:00 AM Beijing time.", "", "Best,", "Anna", "", "--",
             "Anna Lee | Project Manager | Crestline Bio"]
    text = "\n".join(lines) + "\n"
    html_body = "<div dir=\"ltr\">" + "".join("<div>%s</div>" % (esc(l) or "<br>") for l in lines) + "</div>"
    b = "000000000000%s" % hx("c005", 14)
    body = multi([leaf("text/plain", text, "UTF-8", "quoted-printable", ct_quote=False),
                  leaf("text/html", html_body, "UTF-8", "quoted-printable", ct_quote=False)], b)
    frm = who("Anna Lee")
    hdrs = [("MIME-Version", "1.0"), ("From", haddr(*frm)), ("Date", rfc_date(t)),
            ("Message-ID", "<CA%s@mail.gmail.com>" % hb64("c005", 45).replace("/", "_").replace("+", "-")[:58]),
            ("Subject", "Crestline / Jiahe QC call 3/30 - notes & action items"),
            ("To", ", ".join(["Jenny Shen <%s>" % P["沈佳"]["email"], "Lei Han <%s>" % P["韩磊"]["email"],
                              "Wendy Xu <%s>" % P["许文静"]["email"]])),
            ("Cc", "Mark Rivera <%s>, %s" % (EXT["Mark Rivera"], haddr(*BOT))),
            ("X-Gm-Features", "AbW1kvY" + hx("c005gm", 30))]
    msg = envelope(delivery(t, frm[1], "mail-pj1-f54.google.com", "209.85.216.54", "c005"), hdrs, body)
    items = [item("沈佳", "send the deviation report for lot JH-0317", "wd(FRI)", S),
             item("韩磊", "confirm the reagent PO with the vendor", "before_hol('Tomb-sweeping Day')", S),
             item("Anna Lee", "share the revised sampling plan", "next_wk(TUE)", S),
             item("Mark Rivera", "upload the raw chromatograms to the shared drive", "hours(48)", S),
             item("许文静", "approve the Q2 invoice", "rel(0)", S),
             item("Anna Lee", "coordinate the audit date for the Suzhou site", None, S, flags=["vague_due"])]
    gold = {"kind": "minutes", "items": items, "next_followup": {"date": "2026-04-09", "time": "09:00"}, "reply": None,
            "notes": "Date header Mon 2026-03-30 20:10 -0700 = Tue 2026-03-31 11:10 in Shanghai; every phrase resolves on the "
                     "Shanghai date. Qingming block 04-04..04-06. #1 'Jenny Shen' = 沈佳 (alias); 'by Fri' -> 2026-04-03. "
                     "#2 'Lei Han' = 韩磊; 'before Qingming' -> last workday before the block = 2026-04-03. #3 Anna Lee is external "
                     "(From) -> department null; 'next Tue' -> following week = 2026-04-07. #4 Mark Rivera via Cc display name; "
                     "'within 48 hours' -> 03-31 11:10 + 48 h = 2026-04-02 11:10. #5 'Wendy Xu' = 许文静; 'by EOD (your time)' "
                     "-> Shanghai date 2026-03-31, no time. #6 audit date TBD, 'Anna to coordinate' -> owner Anna Lee, null + "
                     "vague_due. The decision line is not an item. Next sync Thursday April 9 9:00 Beijing -> 2026-04-09 09:00."}
    return msg, gold


@case("006-weekend-teaching-meeting-apple-mail", "minutes",
      "Apple Mail UTF-8 QP plain minutes of a Saturday (2026-06-13) teaching meeting: 端午前, 下周三下午三点一刻, "
      "5个工作日内 across Dragon Boat, 廿八号, 长期 (no_due); next meeting on a Saturday")
def c006():
    S = "2026-06-13T15:00:00+08:00"
    t = dt.datetime.fromisoformat(S)
    lines = ["各位老师：", "", "今天教研会记录如下：", "",
             "一、暑期班课表定稿，端午前发给家长群 —— 范老师",
             "二、下周三下午三点一刻前把新版试卷上传教务系统 —— 邓倩",
             "三、退费申请汇总表交财务，5个工作日内 —— 卢晓云",
             "四、教室空调报修跟进，廿八号之前修好（行政）",
             "五、家长满意度回访，长期做 —— 小邓", "",
             "下次教研会：6月27日（周六）下午2点。", "", "卢晓云"]
    text = "\n".join(lines) + "\n"
    m = leaf("text/plain", text, "utf-8", "quoted-printable", ct_quote=False)
    frm = who("卢晓云")
    hdrs = [("From", haddr(*frm)), ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))"),
            ("Subject", htext("6.13 教研会记录")), ("Message-Id", "<%s@%s>" % (hx("c006", 8).upper() + "-" +
                                                                        hx("c006b", 4).upper() + "-4A2E-9C1D-" +
                                                                        hx("c006c", 12).upper(), DOM)),
            ("Date", rfc_date(t)), ("To", haddrs(["范伟", "邓倩"])), ("Cc", haddrs([BOT[0]])),
            ("X-Mailer", "Apple Mail (2.3826.600.51.1.1)")]
    msg = envelope(delivery(t, frm[1], "xiaoyun-mbp.lan", "10.30.0.17", "c006"), hdrs, m)
    items = [item("范伟", "暑期班课表定稿发家长群", "before_hol('Dragon Boat Festival')", S),
             item("邓倩", "新版试卷上传教务系统", "at(next_wk(WED),15,15)", S),
             item("卢晓云", "退费申请汇总表交财务", "wdays(5)", S),
             item(None, "教室空调报修跟进", "dayonly(28)", S, flags=["no_owner"]),
             item("邓倩", "家长满意度回访", None, S, flags=["no_due"])]
    gold = {"kind": "minutes", "items": items, "next_followup": {"date": "2026-06-27", "time": "14:00"}, "reply": None,
            "notes": "Sent Sat 2026-06-13 15:00 +0800 (ordinary weekend); Dragon Boat block 06-19..06-21. 一 '范老师' = 范伟; "
                     "'端午前' -> 2026-06-18. 二 '下周三下午三点一刻前' -> 2026-06-17 15:15. 三 '5个工作日内' -> 06-15..06-18, 06-22 -> "
                     "2026-06-22. 四 '(行政)' is no roster department -> owner null, department null, no_owner; '廿八号' -> "
                     "2026-06-28. 五 '小邓' = 邓倩; '长期做' is a standing task without any deadline -> no_due (not vague_due). "
                     "Next meeting 6月27日（周六）下午2点 -> 2026-06-27 14:00 (a Saturday, checked)."}
    return msg, gold


def roster_rows():
    out = [["name", "email", "department", "manager_email", "aliases"]]
    for n, loc, dep, head, al in ROSTER:
        out.append([n, P[n]["email"], dep, "" if head else HEADS[dep], al])
    return out


def main():
    check = "--check" in sys.argv
    os.makedirs(OUT, exist_ok=True)
    bad = 0
    for slug, kind, tests, fn in CASES:
        msg, gold = fn()
        assert gold["kind"] == kind
        data = serialize(msg)
        js = json.dumps(gold, ensure_ascii=False, indent=2) + "\n"
        pe, pj = os.path.join(OUT, slug + ".eml"), os.path.join(OUT, slug + ".json")
        if check:
            for p, want in ((pe, data), (pj, js.encode())):
                if not os.path.exists(p) or open(p, "rb").read() != want:
                    print("DIFFERS", p); bad += 1
        else:
            open(pe, "wb").write(data); open(pj, "w", encoding="utf-8").write(js)
    buf = io.StringIO(); csv.writer(buf, lineterminator="\n").writerows(roster_rows())
    for rp in (os.path.join(OUT, "roster.csv"), os.path.join(HERE, "roster.csv")):
        if check:
            if not os.path.exists(rp) or open(rp, encoding="utf-8").read() != buf.getvalue():
                print("DIFFERS", rp); bad += 1
        else:
            open(rp, "w", encoding="utf-8").write(buf.getvalue())
    print("cases=%d items=%d problems=%d" % (len(CASES), sum(len(fn()[1]["items"]) for _, _, _, fn in CASES), bad))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()

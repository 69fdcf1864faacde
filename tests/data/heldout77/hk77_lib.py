"""Helpers for make_heldout77.py: roster, date rules, MIME byte building, attachments.

Everything here is deterministic: no clock reads, no randomness without a fixed seed.
"""
import base64
import datetime as dt
import hashlib
import io
import quopri
import zipfile
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

import chinese_calendar as cc

SH = ZoneInfo("Asia/Shanghai")

# ----------------------------------------------------------------------------------------------
# Roster: name, email, department, manager_email, aliases
ROSTER_ROWS = [
    # 驻马店豫香坊小磨油业有限公司 (sesame oil mill, Zhumadian, Henan)
    ("孟庆国", "mengqg@yxf-oil.example.cn", "总经办", "", "孟总;Meng Qingguo;老孟"),
    ("程志远", "chengzy@yxf-oil.example.cn", "生产部", "mengqg@yxf-oil.example.cn", "程厂长;Cheng Zhiyuan;程主任"),
    ("党小勇", "dangxy@yxf-oil.example.cn", "生产部", "chengzy@yxf-oil.example.cn", "小党;党工;Dang Xiaoyong"),
    ("付春梅", "fucm@yxf-oil.example.cn", "品控部", "mengqg@yxf-oil.example.cn", "付主管;付姐;Fu Chunmei"),
    ("范磊", "fanlei@yxf-oil.example.cn", "采购部", "mengqg@yxf-oil.example.cn", "范科;Fan Lei;范经理"),
    ("牛晓雯", "niuxw@yxf-oil.example.cn", "电商部", "mengqg@yxf-oil.example.cn", "牛经理;Wendy;Niu Xiaowen;晓雯"),
    ("郜思雨", "gaosy@yxf-oil.example.cn", "电商部", "niuxw@yxf-oil.example.cn", "思雨;Siyu;Gao Siyu"),
    ("闫宝山", "yanbs@yxf-oil.example.cn", "销售部", "mengqg@yxf-oil.example.cn", "闫经理;老闫;Yan Baoshan"),
    ("葛丽娟", "gelj@yxf-oil.example.cn", "综合办", "mengqg@yxf-oil.example.cn", "葛主任;娟姐;Ge Lijuan"),
    # Moher Sensors (Suqian) Co., Ltd. 宿迁莫赫传感技术有限公司 (Irish-owned; parent in Ennis, Co. Clare)
    ("Declan Brennan", "declan.brennan@moher-sensors.example.ie", "Group Engineering", "", "Declan;DB"),
    ("Aoife Gallagher", "aoife.gallagher@moher-sensors.example.ie", "Group Product", "declan.brennan@moher-sensors.example.ie", "Aoife;Product owner Aoife"),
    ("陆文斌", "luwenbin@moher-sq.example.cn", "General Management", "declan.brennan@moher-sensors.example.ie", "陆总;Kevin Lu;Lu Wenbin;Wenbin"),
    ("沈佳琪", "shenjiaqi@moher-sq.example.cn", "Quality", "luwenbin@moher-sq.example.cn", "Jiaqi;Jiaqi Shen;Shen Jiaqi;沈工;QE lead"),
    ("仲海涛", "zhonghaitao@moher-sq.example.cn", "Production", "luwenbin@moher-sq.example.cn", "Haitao;Haitao Zhong;Zhong Haitao;仲主管"),
    ("朱燕", "zhuyan@moher-sq.example.cn", "Supply Chain", "luwenbin@moher-sq.example.cn", "Yvonne;Yvonne Zhu;Zhu Yan;燕子"),
    ("卞磊", "bianlei@moher-sq.example.cn", "Engineering", "luwenbin@moher-sq.example.cn", "卞工;Leo Bian;Bian Lei;Leo"),
    ("戚婷婷", "qitingting@moher-sq.example.cn", "Sales", "luwenbin@moher-sq.example.cn", "Tina;Tina Qi;Qi Tingting;婷婷"),
    ("何晨", "hechen@moher-sq.example.cn", "HR", "luwenbin@moher-sq.example.cn", "Chloe;Chloe He;He Chen"),
    # 七台河市茄子河区卫生健康局 (district health bureau, Qitaihe, Heilongjiang)
    ("邵长青", "shaocq@qzhwjj.example.gov.cn", "局领导", "", "邵局;邵局长"),
    ("栾秀丽", "luanxl@qzhwjj.example.gov.cn", "局领导", "shaocq@qzhwjj.example.gov.cn", "栾局;栾副局长"),
    ("关志刚", "guanzg@qzhwjj.example.gov.cn", "医政医管股", "luanxl@qzhwjj.example.gov.cn", "关股长;老关"),
    ("初晓燕", "chuxy@qzhwjj.example.gov.cn", "疾病预防控制股", "luanxl@qzhwjj.example.gov.cn", "初股长;疾控股初晓燕"),
    ("谭立军", "tanlj@qzhwjj.example.gov.cn", "基层卫生股", "luanxl@qzhwjj.example.gov.cn", "谭股长"),
    ("庞国栋", "panggd@qzhwjj.example.gov.cn", "规划财务股", "shaocq@qzhwjj.example.gov.cn", "庞股长"),
    ("曲丹", "qudan@qzhwjj.example.gov.cn", "办公室", "shaocq@qzhwjj.example.gov.cn", "曲主任;小曲"),
    ("宫雪", "gongxue@qzhwjj.example.gov.cn", "卫生监督所", "shaocq@qzhwjj.example.gov.cn", "宫所长;宫雪所长"),
    ("隋海鹰", "suihaiying@tsxwsy.example.cn", "铁山乡卫生院", "tanlj@qzhwjj.example.gov.cn", "隋院长"),
    # 湖州砚溪湖笔文化有限公司 (writing-brush maker, Shanlian, Huzhou, Zhejiang)
    ("沈砚秋", "shenyq@yanxi-brush.example.cn", "总经办", "", "沈总;沈老师;Yanqiu"),
    ("钮建华", "niujh@yanxi-brush.example.cn", "制笔车间", "shenyq@yanxi-brush.example.cn", "钮师傅;老钮;钮主任"),
    ("费雯", "feiwen@yanxi-brush.example.cn", "外贸部", "shenyq@yanxi-brush.example.cn", "Vivian;Vivian Fei;费经理"),
    ("邱亦舟", "qiuyz@yanxi-brush.example.cn", "设计部", "shenyq@yanxi-brush.example.cn", "小邱;Yizhou;Qiu Yizhou"),
    ("臧敏", "zangmin@yanxi-brush.example.cn", "电商部", "shenyq@yanxi-brush.example.cn", "臧经理;Zang Min"),
    ("吴桂芬", "wugf@yanxi-brush.example.cn", "财务部", "shenyq@yanxi-brush.example.cn", "吴会计;桂芬姐"),
    ("章浩", "zhanghao@yanxi-brush.example.cn", "行政部", "shenyq@yanxi-brush.example.cn", "小章;Zhang Hao"),
    ("严立新", "yanlx@yanxi-brush.example.cn", "采购部", "shenyq@yanxi-brush.example.cn", "严工;老严"),
]
ROSTER = {r[0]: r for r in ROSTER_ROWS}

BOTS = {
    "Y": ("纪要助手", "minutes@yxf-oil.example.cn"),
    "M": ("Minutes Bot", "minutes@moher-sq.example.cn"),
    "Q": ("会议纪要助手", "minutes@qzhwjj.example.gov.cn"),
    "H": ("纪要助手", "minutes@yanxi-brush.example.cn"),
}


def P(name):
    """(display name, email) of a roster person."""
    return (name, ROSTER[name][1])


# ----------------------------------------------------------------------------------------------
# Date rules (policy of research/dates-eval.md and the corpus README)
def is_work(d):
    return cc.is_workday(d)


def sent_local(date_header):
    return parsedate_to_datetime(date_header).astimezone(SH)


def resolve(rule, sent):
    """rule tuple -> (date, time or None) against the Shanghai send datetime."""
    d0 = sent.date()
    k = rule[0]
    if k == "abs":
        return dt.date.fromisoformat(rule[1]), None
    if k == "today":
        return d0, None
    if k == "tomorrow":
        return d0 + dt.timedelta(1), None
    if k == "days":
        return d0 + dt.timedelta(rule[1]), None
    if k == "wd":  # bare weekday: next such day after the send day (never the send weekday itself here)
        assert d0.weekday() != rule[1], "bare weekday equal to send weekday is ambiguous between the rule sets"
        n = (rule[1] - d0.weekday()) % 7
        return d0 + dt.timedelta(n), None
    if k == "this":  # 本周X: that day in the Mon-Sun week of the send day
        return d0 + dt.timedelta(rule[1] - d0.weekday()), None
    if k == "next":  # 下周X
        return d0 + dt.timedelta(7 - d0.weekday() + rule[1]), None
    if k == "week_end":
        return d0 + dt.timedelta(6 - d0.weekday()), None
    if k == "workdays":  # N个工作日内, counting from the day after sending
        d, n = d0, rule[1]
        while n:
            d += dt.timedelta(1)
            if is_work(d):
                n -= 1
        return d, None
    if k == "month_end":  # 月底 / 本月底 (offset months)
        y, m = d0.year, d0.month + rule[1] if len(rule) > 1 else d0.month
        y += (m - 1) // 12
        m = (m - 1) % 12 + 1
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return nxt - dt.timedelta(1), None
    if k == "before_hol":  # X节前: last workday before the holiday block that starts on rule[1]
        d = dt.date.fromisoformat(rule[1]) - dt.timedelta(1)
        while not is_work(d):
            d -= dt.timedelta(1)
        return d, None
    if k == "after_hol":  # 节后 / 节后第一个工作日: first workday after the block that ends on rule[1]
        d = dt.date.fromisoformat(rule[1]) + dt.timedelta(1)
        while not is_work(d):
            d += dt.timedelta(1)
        return d, None
    if k == "hours":
        t = sent + dt.timedelta(hours=rule[1])
        return t.date(), t.strftime("%H:%M")
    raise ValueError(rule)


# ----------------------------------------------------------------------------------------------
# Gold helpers
def item(owner, task, rule=None, time=None, flags=(), expect=None, email=None, dept=None):
    """owner: roster name, or (name, email) for people outside the roster, or None (dept-only)."""
    if owner is None:
        name, mail, department = None, None, dept
    elif isinstance(owner, tuple):
        name, mail, department = owner[0], owner[1], dept
    else:
        r = ROSTER[owner]
        name, mail, department = r[0], r[1], r[2]
    fl = list(flags)
    if name is None and "no_owner" not in fl:
        fl.insert(0, "no_owner")
    if rule is None and "vague_due" not in fl and "no_due" not in fl:
        fl.append("no_due")
    return {"owner_name": name, "owner_email": mail if email is None else email, "department": department,
            "task": task, "_rule": rule, "_time": time, "_expect": expect, "flags": fl}


def fu(rule, time=None, expect=None):
    return {"_rule": rule, "_time": time, "_expect": expect}


def finish_gold(case, date_header):
    """Resolve every rule against the Date header and return the public gold dict."""
    sent = sent_local(date_header)
    items = []
    for it in case.get("items", []):
        out = {k: v for k, v in it.items() if not k.startswith("_")}
        d, t = (None, None)
        if it["_rule"] is not None:
            d, t = resolve(it["_rule"], sent)
        t = it["_time"] or t
        out = {"owner_name": out["owner_name"], "owner_email": out["owner_email"], "department": out["department"],
               "task": out["task"], "due_date": d.isoformat() if d else None, "due_time": t, "flags": out["flags"]}
        if it["_expect"] and out["due_date"] != it["_expect"]:
            raise AssertionError(f"{case['slug']}: {it['task']}: {out['due_date']} != expected {it['_expect']}")
        items.append(out)
    nf = None
    if case.get("followup"):
        f = case["followup"]
        d, t = resolve(f["_rule"], sent)
        nf = {"date": d.isoformat(), "time": f["_time"] or t}
        if f["_expect"] and nf["date"] != f["_expect"]:
            raise AssertionError(f"{case['slug']}: follow-up {nf['date']} != {f['_expect']}")
    return {"kind": case["kind"], "items": items, "next_followup": nf, "reply": None, "notes": case["notes"]}


# ----------------------------------------------------------------------------------------------
# Header encoding
def ew(text, cs="utf-8", mode="B", limit=75):
    """RFC 2047 encoded words (split on character boundaries), joined by folding whitespace."""
    if all(ord(c) < 128 for c in text):
        return text
    words, cur = [], ""
    pre = f"=?{cs}?{mode}?"

    def enc(s):
        b = s.encode(cs)
        if mode.upper() == "B":
            return base64.b64encode(b).decode()
        out = ""
        for byte in b:
            ch = chr(byte)
            if ch.isalnum() and byte < 128:
                out += ch
            elif ch == " ":
                out += "_"
            else:
                out += "=%02X" % byte
        return out

    for ch in text:
        if len(pre + enc(cur + ch) + "?=") > limit and cur:
            words.append(pre + enc(cur) + "?=")
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(pre + enc(cur) + "?=")
    return "\n ".join(words)


def addr(person, cs="utf-8", mode="B", quote=False):
    name, mail = person
    if not name:
        return f"<{mail}>" if quote else mail
    if all(ord(c) < 128 for c in name):
        n = f'"{name}"' if (quote or any(c in name for c in ",.()")) else name
    else:
        n = ew(name, cs, mode)  # never quoted: an encoded word inside quotes is a defect
    return f"{n} <{mail}>"


def addrs(people, cs="utf-8", mode="B", quote=False):
    return ",\n ".join(addr(p, cs, mode, quote) for p in people)


def hexid(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


# ----------------------------------------------------------------------------------------------
# Bodies
def b64body(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def qpbody(data):
    return quopri.encodestring(data).decode("ascii") + ("\n" if not data.endswith(b"\n") else "")


def leaf(ctype, text=None, cs=None, cte="base64", data=None, params="", extra=(), csq=True):
    """A leaf MIME part as str (headers + body). text is encoded with cs."""
    raw = data if data is not None else text.encode(cs)
    head = f"Content-Type: {ctype}"
    if cs:
        head += f'; charset="{cs}"' if csq else f"; charset={cs}"
    head += params
    lines = [head] + list(extra) + [f"Content-Transfer-Encoding: {cte}"]
    if cte == "base64":
        body = b64body(raw)
    elif cte == "quoted-printable":
        body = qpbody(raw)
    else:  # 7bit / 8bit: keep raw (decoded later as latin-1 placeholder, see assemble)
        body = raw.decode(cs or "ascii")
        if not body.endswith("\n"):
            body += "\n"
    return "\n".join(lines) + "\n\n" + body


def multi(subtype, parts, boundary, preamble=None):
    out = f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"\n\n'
    if preamble:
        out += preamble + "\n\n"
    for p in parts:
        out += f"--{boundary}\n{p}\n"
    out += f"--{boundary}--\n"
    return out


def assemble(headers, body, cs8=None):
    """headers: list of (name, value). body: MIME entity str starting with Content-Type (or a bare body).
    cs8: charset to encode an 8bit body with (default utf-8)."""
    h = "".join(f"{k}: {v}\n" for k, v in headers)
    return (h + body).encode(cs8 or "utf-8")


def received(host, ip, server, t, qid):
    return (f"from {host} ({host} [{ip}])\n\tby {server} with ESMTPS id {qid}\n\t"
            f"for <minutes>; {t}")


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def lines_to_divs(text, tag="div", style=""):
    st = f' style="{style}"' if style else ""
    out = []
    for ln in text.split("\n"):
        out.append(f"<{tag}{st}>{html_escape(ln) if ln.strip() else '<br>'}</{tag}>")
    return "\n".join(out)


def html_table(rows, attrs='border="1" cellspacing="0" cellpadding="4"', th=True):
    out = [f"<table {attrs}>"]
    for i, r in enumerate(rows):
        tag = "th" if (th and i == 0) else "td"
        out.append("<tr>" + "".join(f"<{tag}>{html_escape(str(c))}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


# ----------------------------------------------------------------------------------------------
# Attachments (deterministic bytes)
def fix_zip(data, when):
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return buf.getvalue()


def make_docx(paragraphs, tables=(), author="", when=(2026, 1, 1, 9, 0, 0)):
    """paragraphs: list of str (a str starting with '# ' is a heading). tables: list of (after_index, rows)."""
    import docx
    doc = docx.Document()
    tmap = {i: rows for i, rows in tables}
    for i, p in enumerate(paragraphs):
        if p.startswith("# "):
            doc.add_heading(p[2:], level=1)
        else:
            doc.add_paragraph(p)
        if i in tmap:
            rows = tmap[i]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    t.cell(r, c).text = str(val)
    cp = doc.core_properties
    stamp = dt.datetime(*when)
    cp.author = author
    cp.last_modified_by = author
    cp.created = stamp
    cp.modified = stamp
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return fix_zip(buf.getvalue(), when)


def make_pdf(title, lines):
    """English PDF with reportlab, invariant mode (fixed dates and ID)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("Moher Sensors Quality")
    y = 800
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, title)
    y -= 26
    c.setFont("Helvetica", 10)
    for ln in lines:
        if ln.startswith("**"):
            c.setFont("Helvetica-Bold", 10.5)
            c.drawString(50, y, ln[2:])
            c.setFont("Helvetica", 10)
        else:
            c.drawString(50, y, ln)
        y -= 15
        if y < 60:
            c.showPage()
            c.setFont("Helvetica", 10)
            y = 800
    c.save()
    return buf.getvalue()

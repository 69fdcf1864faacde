"""Shared helpers for make_heldout56.py: roster, date rules, raw MIME building.

Deterministic: no clock, no randomness. Everything is derived from the case tables.
"""
import base64
import datetime as dt
import quopri
from email.utils import parsedate_to_datetime

import chinese_calendar as cc

SH = dt.timezone(dt.timedelta(hours=8))

# ---------------------------------------------------------------- organisations
ORGS = {
    "A": dict(name="吉林省粮油贸易集团有限公司 (吉粮贸易)", domain="jlgrain.example.cn",
              bot="minutes@jlgrain.example.cn", mx="mail.jlgrain.example.cn"),
    "B": dict(name="苏州三叠纪增材制造科技有限公司 (Wujiang 3D-printing service bureau)", domain="sandieji3d.example.cn",
              bot="minutes@sandieji3d.example.cn", mx="mx.sandieji3d.example.cn"),
    "C": dict(name="福州榕悦口腔正畸连锁 (orthodontics clinic group)", domain="rongyue-ortho.example.cn",
              bot="minutes@rongyue-ortho.example.cn", mx="mail.rongyue-ortho.example.cn"),
    "D": dict(name="Andes Pacífico Trading (Tianjin) Co., Ltd. 安第斯太平洋贸易（天津）有限公司", domain="andespacifico.example.com",
              bot="minutes@andespacifico.example.com", mx="mx1.andespacifico.example.com"),
}

# key, name, email, department, manager_key, aliases
_R = [
    # A  grain-and-oil trading SOE, Changchun
    ("mengqg", "孟庆国", "A", "综合办公室", None, "孟主任;Meng Qingguo"),
    ("yuhy", "于海洋", "A", "综合办公室", "mengqg", "小于;Yu Haiyang"),
    ("zhaolj", "赵立军", "A", "储运部", None, "赵部长;Zhao Lijun"),
    ("weizy", "韦志远", "A", "储运部", "zhaolj", "韦主管;仓储主管;仓储主管韦志远;Wei Zhiyuan"),
    ("jiangcm", "姜春梅", "A", "购销部", None, "姜部长;Jiang Chunmei"),
    ("liuzy", "刘振宇", "A", "购销部", "jiangcm", "刘经理;Liu Zhenyu"),
    ("wangjh", "王建华", "A", "质检中心", None, "王主任;王工;Wang Jianhua"),
    ("songyq", "宋雨晴", "A", "质检中心", "wangjh", "小宋;Song Yuqing"),
    ("changli", "常丽", "A", "财务部", None, "常总监;Chang Li"),
    ("baocs", "鲍春生", "A", "安全环保部", None, "鲍部长;Bao Chunsheng"),
    ("tanwb", "谭文博", "A", "信息中心", None, "谭工;谭主任;Tan Wenbo"),
    ("zhangdm", "张德明", "A", "公司领导", None, "张总;张副总;Zhang Deming"),
    # B  3D-printing service bureau, Suzhou Wujiang
    ("lujf", "陆建锋", "B", "总经办", None, "陆总;Lu Jianfeng"),
    ("shenjy", "沈佳怡", "B", "销售部", "lujf", "沈经理;Shen Jiayi;Jenny Shen;Jenny"),
    ("qiuli", "邱莉", "B", "销售部", "shenjy", "小邱;Qiu Li;Lily Qiu;Lily"),
    ("feixd", "费晓东", "B", "工程部", "lujf", "费工;Fei Xiaodong;Fei"),
    ("qianzm", "钱志明", "B", "工程部", "feixd", "钱工;Qian Zhiming"),
    ("wudm", "吴冬梅", "B", "生产部", "lujf", "吴主管;Wu Dongmei"),
    ("guhao", "顾浩", "B", "生产部", "wudm", "小顾;Gu Hao"),
    ("xujp", "徐建平", "B", "生产部", "wudm", "徐师傅;Xu Jianping"),
    ("panwen", "潘雯", "B", "质量部", "lujf", "潘经理;Pan Wen"),
    ("jiangyf", "蒋一帆", "B", "采购部", "lujf", "小蒋;Jiang Yifan"),
    # C  orthodontics clinic group, Fuzhou
    ("linyq", "林雅琴", "C", "医务部", None, "林主任;Lin Yaqin"),
    ("qianhm", "钱慧敏", "C", "医务部", "linyq", "钱老师;钱医生;Qian Huimin"),
    ("chensy", "陈思远", "C", "运营部", None, "陈总;Chen Siyuan"),
    ("huangxl", "黄晓玲", "C", "运营部", "chensy", "黄店长;Huang Xiaoling"),
    ("zhengwei", "郑伟", "C", "信息部", "chensy", "郑工;Zheng Wei"),
    ("lumin", "卢敏", "C", "市场部", "chensy", "卢经理;Lu Min"),
    ("wengjia", "翁佳", "C", "市场部", "lumin", "小翁;Weng Jia"),
    ("shijian", "施建", "C", "采购部", "chensy", "施经理;Shi Jian"),
    ("chimh", "池美华", "C", "客服中心", "chensy", "池主管;Chi Meihua"),
    # D  Chilean-owned wine and copper trading office, Tianjin
    ("rfuentes", "Rodrigo Fuentes", "D", "Management", None, "Rodrigo;Rod;Fuentes"),
    ("csoto", "Camila Soto", "D", "Wine Division", "rfuentes", "Camila;Cami"),
    ("liujh", "刘佳慧", "D", "Wine Division", "csoto", "Grace;Grace Liu;Liu Jiahui;劉佳慧"),
    ("mherrera", "Matías Herrera", "D", "Copper Desk", "rfuentes", "Matías;Matias;Mati;Matias Herrera"),
    ("sunlw", "孙立伟", "D", "Copper Desk", "mherrera", "Kevin;Kevin Sun;Sun Liwei"),
    ("gaomin", "高敏", "D", "Logistics", "rfuentes", "Mandy;Mandy Gao;Gao Min"),
    ("quhang", "曲航", "D", "Finance", "rfuentes", "Leo;Leo Qu;Qu Hang"),
]
ROSTER = {}
for k, n, o, dep, mgr, al in _R:
    ROSTER[k] = dict(key=k, name=n, org=o, email=f"{k}@{ORGS[o]['domain']}", department=dep,
                     manager=mgr, aliases=al)
# outsiders who write to the bots (department empty: gold department null for them)
OUTSIDERS = {
    "jweber": dict(name="Jonas Weber", email="jonas.weber@kessler-additive.example.de",
                   aliases="Jonas;J. Weber", note="Kessler Additive GmbH (German printer maker, B's supplier)"),
    "wangzh": dict(name="王志豪", email="wang.zh@oakbarrel.example.com.tw",
                   aliases="王經理;Jimmy Wang", note="橡木桶酒業 (Taiwan distributor of D's wines)"),
    "vrojas": dict(name="Valentina Rojas", email="vrojas@vinacordillera.example.cl",
                   aliases="Valentina;Vale", note="Viña Cordillera, Chilean winery (D's supplier)"),
}
# other outsiders that appear only in To/Cc (not in roster)
EXTERNAL = {
    "faraya": ("Felipe Araya", "felipe.araya@altiplano.example.cl"),
    "caolei": ("曹磊", "caolei@yindong-aligner.example.com"),
    "zhoujun": ("周军", "zhoujun@huafeng-feed.example.cn"),
}


def roster_csv():
    out = ["name,email,department,manager_email,aliases"]
    for r in ROSTER.values():
        mgr = ROSTER[r["manager"]]["email"] if r["manager"] else ""
        out.append(f'{r["name"]},{r["email"]},{r["department"]},{mgr},{r["aliases"]}')
    for o in OUTSIDERS.values():
        out.append(f'{o["name"]},{o["email"]},,,{o["aliases"]}')
    return "\n".join(out) + "\n"


# how D's Chinese staff appear in To/Cc display names (English names)
DISPLAY = {"liujh": "Grace Liu", "sunlw": "Kevin Sun", "gaomin": "Mandy Gao", "quhang": "Leo Qu"}


def who(key):
    """(display name, address) for a roster key, an outsider key or an EXTERNAL key."""
    if key in ROSTER:
        return DISPLAY.get(key, ROSTER[key]["name"]), ROSTER[key]["email"]
    if key in OUTSIDERS:
        return OUTSIDERS[key]["name"], OUTSIDERS[key]["email"]
    return EXTERNAL[key]


# ---------------------------------------------------------------- date rules
WD = "一二三四五六日"


def _statutory(d):
    on, name = cc.get_holiday_detail(d)
    return on and name is not None


def resolve(rule, sent):
    """rule -> (date or None). sent: aware datetime; everything in Asia/Shanghai."""
    s = sent.astimezone(SH)
    d0 = s.date()
    kind, _, arg = rule.partition(":")
    if kind == "abs":
        return dt.date.fromisoformat(arg)
    if kind == "today":
        return d0
    if kind == "tomorrow":
        return d0 + dt.timedelta(1)
    if kind == "bare":            # bare weekday: this week's if not past, else next week's
        w = int(arg)
        delta = (w - d0.weekday()) % 7
        return d0 + dt.timedelta(delta)
    if kind == "this":            # 本周X: that day of this Mon-Sun week
        return d0 + dt.timedelta(int(arg) - d0.weekday())
    if kind == "next":            # 下周X / next X: that day of the following calendar week
        return d0 + dt.timedelta(7 - d0.weekday() + int(arg))
    if kind == "wd":              # N个工作日内, counted from the day after sending
        n, d = int(arg), d0
        while n:
            d += dt.timedelta(1)
            if cc.is_workday(d):
                n -= 1
        return d
    if kind == "month_end":
        nxt = (d0.replace(day=28) + dt.timedelta(4)).replace(day=1)
        return nxt - dt.timedelta(1)
    if kind in ("after_hol", "before_hol"):
        d = d0
        while not _statutory(d):
            d += dt.timedelta(1)
        if kind == "after_hol":
            while not cc.is_workday(d):
                d += dt.timedelta(1)
            return d
        while not cc.is_workday(d):
            d -= dt.timedelta(1)
        return d
    if kind == "hours":
        return (s + dt.timedelta(hours=int(arg))).date()
    if kind in ("vague", "none"):
        return None
    raise ValueError(rule)


def sent_of(date_header):
    return parsedate_to_datetime(date_header)


# ---------------------------------------------------------------- items
def I(owner, task, rule, expect=None, time=None, flags=(), dept=None):
    """owner: roster/outsider/external key, or None (unit owner: give dept)."""
    return dict(owner=owner, task=task, rule=rule, expect=expect, time=time, flags=list(flags), dept=dept)


def NF(rule, expect, time=None):
    return dict(rule=rule, expect=expect, time=time)


def gold_item(it, sent):
    if it["owner"] is None:
        name = email = None
        dep = it["dept"]
        flags = ["no_owner"]
    elif it["owner"] in ROSTER:
        r = ROSTER[it["owner"]]
        name, email, dep, flags = r["name"], r["email"], r["department"], []
    else:
        name, email = who(it["owner"])
        dep, flags = None, []
    d = resolve(it["rule"], sent)
    if it["rule"].startswith("vague"):
        flags.append("vague_due")
    if it["rule"].startswith("none"):
        flags.append("no_due")
    for f in it["flags"]:
        if f not in flags:
            flags.append(f)
    return {"owner_name": name, "owner_email": email, "department": dep, "task": it["task"],
            "due_date": d.isoformat() if d else None, "due_time": it["time"], "flags": flags}


# ---------------------------------------------------------------- raw MIME
def b64(data, width=76):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\n"


def qp(data):
    out = quopri.encodestring(data).decode("ascii")
    return out if out.endswith("\n") else out + "\n"


def ew(text, charset="utf-8", enc="B"):
    """One RFC 2047 encoded word (split into several if long)."""
    if all(ord(c) < 128 for c in text):
        return text
    raw = text.encode(charset if charset.lower() != "gb2312" else "gb2312")
    words, chunk = [], b""
    # split on character boundaries
    for ch in text:
        cb = ch.encode(charset)
        if len(chunk) + len(cb) > 42:
            words.append(chunk)
            chunk = b""
        chunk += cb
    if chunk:
        words.append(chunk)
    del raw
    if enc == "B":
        return "\n ".join(f"=?{charset}?B?{base64.b64encode(w).decode()}?=" for w in words)
    parts = []
    for w in words:
        q = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else f"={b:02X}" for b in w)
        parts.append(f"=?{charset}?Q?{q}?=")
    return "\n ".join(parts)


def addr(key_or_pair, charset="utf-8", enc="B", quote_ascii=False):
    if isinstance(key_or_pair, tuple):
        name, email = key_or_pair
    else:
        name, email = who(key_or_pair)
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email}>' if quote_ascii or " " in name or "," in name else f"{name} <{email}>"
    return f"{ew(name, charset, enc)} <{email}>"


def addrs(keys, charset="utf-8", enc="B", quote_ascii=False, sep=",\n "):
    return sep.join(addr(k, charset, enc, quote_ascii) for k in keys)


def leaf(ctype, body, charset=None, cte="base64", extra=(), params=""):
    """A single MIME part: returns text (headers + encoded body)."""
    h = f"Content-Type: {ctype}"
    if charset:
        h += f'; charset="{charset}"' if not ctype.startswith("text/plain; format") else f"; charset={charset}"
    h += params
    lines = [h, f"Content-Transfer-Encoding: {cte}"] + list(extra)
    if isinstance(body, str):
        data = body.encode(charset or "ascii")
    else:
        data = body
    if cte == "base64":
        enc = b64(data)
    elif cte == "quoted-printable":
        enc = qp(data)
    else:
        enc = data.decode(charset or "ascii")
        if not enc.endswith("\n"):
            enc += "\n"
    return "\n".join(lines) + "\n\n" + enc


def multipart(subtype, boundary, parts, preamble="", params=""):
    out = f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"{params}\n\n'
    if preamble:
        out += preamble + "\n"
    for p in parts:
        out += f"\n--{boundary}\n" + p
    out += f"\n--{boundary}--\n"
    return out


def message(headers, body_mime):
    """headers: list of (name, value) in order; body_mime: text starting with Content-Type."""
    head = "".join(f"{k}: {v}\n" for k, v in headers)
    return (head + body_mime).encode("utf-8", "surrogateescape")


def received(org, from_host, from_ip, sent, qid, extra_hop=None, rcpt=None):
    """Return-Path / Delivered-To / Received lines added by the receiving server."""
    o = ORGS[org]
    s = sent.astimezone(SH) + dt.timedelta(seconds=3)
    stamp = s.strftime("%a, %-d %b %Y %H:%M:%S +0800 (CST)")
    lines = []
    rec = f"from {from_host} ({from_host} [{from_ip}])\n\tby {o['mx']} (Postfix) with ESMTPS id {qid}\n\tfor <{rcpt or o['bot']}>; {stamp}"
    lines.append(("Received", rec))
    if extra_hop:
        lines.append(("Received", extra_hop))
    return lines


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html(text, font="微软雅黑", size="10.5pt"):
    paras = "".join(f"<p style=\"margin:0\">{html_escape(l) if l else '&nbsp;'}</p>\n" for l in text.split("\n"))
    return (f"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\n"
            f"<body><div style=\"font-family:{font};font-size:{size}\">\n{paras}</div></body></html>\n")


def html_table(rows, border=1, header=True, style="border-collapse:collapse;font-size:10.5pt"):
    out = [f'<table border="{border}" cellspacing="0" cellpadding="4" style="{style}">']
    for i, r in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        cells = []
        for c in r:
            if isinstance(c, tuple):   # (text, attrs)
                cells.append(f"<{tag} {c[1]}>{c[0]}</{tag}>")
            else:
                cells.append(f"<{tag}>{c}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


# ---------------------------------------------------------------- case record
CASES = []


def case(num, slug, kind, org, date, headers, body_mime, items=(), nf=None, notes="", tests="",
         from_host="client", from_ip="10.0.0.1", qid=None, extra_hop=None, rcpt=None):
    """Register one case. headers: list of (name, value) *after* the server's trace lines."""
    sent = sent_of(date)
    trace = received(org, from_host, from_ip, sent, qid or f"4H{num}Q{num % 97:02d}ZK", extra_hop, rcpt)
    rp = [v for k, v in headers if k == "From"][0]
    rp_addr = rp[rp.rfind("<") + 1:rp.rfind(">")] if "<" in rp else rp
    lead = [("Return-Path", f"<{rp_addr}>"), ("Delivered-To", rcpt or ORGS[org]["bot"])] + trace
    eml = message(lead + list(headers), body_mime)
    CASES.append(dict(num=num, slug=slug, kind=kind, org=org, date=date, eml=eml, items=list(items),
                      nf=nf, notes=notes, tests=tests))


def case_raw(num, slug, kind, org, date, eml_bytes, notes="", tests=""):
    CASES.append(dict(num=num, slug=slug, kind=kind, org=org, date=date, eml=eml_bytes, items=[],
                      nf=None, notes=notes, tests=tests))


def gold_of(c):
    sent = sent_of(c["date"])
    items = [gold_item(it, sent) for it in c["items"]] if c["kind"] == "minutes" else []
    nf = None
    if c["nf"] and c["kind"] == "minutes":
        d = resolve(c["nf"]["rule"], sent)
        nf = {"date": d.isoformat(), "time": c["nf"]["time"]}
    return {"kind": c["kind"], "items": items, "next_followup": nf, "reply": None, "notes": c["notes"]}

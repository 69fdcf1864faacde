"""Helpers for the heldout43 blind set: MIME building, roster, date rules.

Everything here is deterministic: no clock, no randomness. Message bodies are encoded
by hand (base64 / quoted-printable / 8bit) and assembled as email.message.Message trees
(compat32), serialised with email.generator.BytesGenerator.
"""
import base64
import datetime as dt
import io
import quopri
import re
from email import policy as _policy
from email.generator import BytesGenerator
from email.message import Message
from zoneinfo import ZoneInfo

SH = ZoneInfo("Asia/Shanghai")
# keep the folds exactly as written here
GEN_POLICY = _policy.compat32.clone(max_line_length=0, linesep="\n")

# ----------------------------------------------------------------------------
# organisations, bot addresses, roster
# ----------------------------------------------------------------------------
ORGS = {
    "A": dict(name="淮安有轨电车运营有限公司", short="淮安有轨电车", domain="hatram.example.cn",
              bot=("纪要助手", "jiyao@hatram.example.cn"), mx="mx.hatram.example.cn"),
    "B": dict(name="杭州桐庐云岫丝品有限公司", short="云岫丝品", domain="yunxiu.example.cn",
              bot=("纪要小助手", "minutes@yunxiu.example.cn"), mx="mx.yunxiu.example.cn"),
    "C": dict(name="湖南明眸眼科医院管理有限公司（湘潭）", short="明眸眼科", domain="mingmou-eye.example.cn",
              bot=("会议纪要助手", "jiyao@mingmou-eye.example.cn"), mx="mail.mingmou-eye.example.cn"),
    "D": dict(name="Ridgeline Medical (Qujing) Co., Ltd. 曲靖锐岭医疗器械有限公司", short="Ridgeline Qujing",
              domain="ridgelinemed.example.com",
              bot=("Minutes Bot", "minutebot@ridgelinemed.example.com"), mx="mx1.ridgelinemed.example.com"),
}

# name, email, department, manager_email, aliases
ROSTER = [
    # --- A: 淮安有轨电车运营有限公司 (SOE tram operator)
    ("钱振宇", "qianzhenyu@hatram.example.cn", "公司领导", "", "钱总;钱总经理;Qian Zhenyu"),
    ("孙立峰", "sunlifeng@hatram.example.cn", "公司领导", "qianzhenyu@hatram.example.cn", "孙总;孙副总;Sun Lifeng"),
    ("邵文彬", "shaowenbin@hatram.example.cn", "综合办公室", "qianzhenyu@hatram.example.cn", "邵主任;Shao Wenbin"),
    ("卢晓雯", "luxiaowen@hatram.example.cn", "综合办公室", "shaowenbin@hatram.example.cn", "小卢;晓雯;Lu Xiaowen"),
    ("葛建华", "gejianhua@hatram.example.cn", "运营调度中心", "sunlifeng@hatram.example.cn", "葛主任;Ge Jianhua"),
    ("严立新", "yanlixin@hatram.example.cn", "运营调度中心", "gejianhua@hatram.example.cn", "严调度长;老严;Yan Lixin"),
    ("蒋国栋", "jiangguodong@hatram.example.cn", "车辆维修部", "sunlifeng@hatram.example.cn", "蒋部长;Jiang Guodong"),
    ("潘志强", "panzhiqiang@hatram.example.cn", "车辆维修部", "jiangguodong@hatram.example.cn", "潘工;Pan Zhiqiang"),
    ("韩旭东", "hanxudong@hatram.example.cn", "工务设备部", "sunlifeng@hatram.example.cn", "韩部长;Han Xudong"),
    ("柏云飞", "baiyunfei@hatram.example.cn", "工务设备部", "hanxudong@hatram.example.cn", "柏工;Bai Yunfei"),
    ("许明哲", "xumingzhe@hatram.example.cn", "安全质量部", "sunlifeng@hatram.example.cn", "许部长;Xu Mingzhe"),
    ("戴琳", "dailin@hatram.example.cn", "票务营销部", "sunlifeng@hatram.example.cn", "戴经理;Dai Lin"),
    ("周嘉怡", "zhoujiayi@hatram.example.cn", "票务营销部", "dailin@hatram.example.cn", "小周;嘉怡;Zhou Jiayi"),
    ("吕红梅", "lvhongmei@hatram.example.cn", "财务部", "qianzhenyu@hatram.example.cn", "吕部长;Lv Hongmei"),
    ("单志平", "shanzhiping@hajtj.example.gov.cn", "", "", "单科长;Shan Zhiping"),
    # --- B: 杭州桐庐云岫丝品有限公司 (silk scarves, Tmall shop)
    ("方静怡", "fangjingyi@yunxiu.example.cn", "总经办", "", "方总;Jingyi;静怡"),
    ("叶子涵", "yezihan@yunxiu.example.cn", "电商运营部", "fangjingyi@yunxiu.example.cn", "子涵;叶姐;叶经理;Ye Zihan"),
    ("褚浩然", "chuhaoran@yunxiu.example.cn", "电商运营部", "yezihan@yunxiu.example.cn", "浩然;小褚;Chu Haoran"),
    ("应梦婷", "yingmengting@yunxiu.example.cn", "设计部", "fangjingyi@yunxiu.example.cn", "梦婷;应老师;Ying Mengting"),
    ("袁一帆", "yuanyifan@yunxiu.example.cn", "设计部", "yingmengting@yunxiu.example.cn", "一帆;Yuan Yifan"),
    ("章卫国", "zhangweiguo@yunxiu.example.cn", "生产部", "fangjingyi@yunxiu.example.cn", "章师傅;老章;Zhang Weiguo"),
    ("宋立军", "songlijun@yunxiu.example.cn", "仓储物流部", "fangjingyi@yunxiu.example.cn", "宋主管;立军;Song Lijun"),
    ("柯佳", "kejia@yunxiu.example.cn", "客服部", "yezihan@yunxiu.example.cn", "柯主管;佳佳;Ke Jia"),
    ("姚雪", "yaoxue@yunxiu.example.cn", "财务部", "fangjingyi@yunxiu.example.cn", "姚会计;Yao Xue"),
    ("鲍磊", "baolei@shiguang-media.example.com", "", "", "鲍总;Bao Lei"),
    # --- C: 湖南明眸眼科医院管理有限公司 (private eye-hospital chain, Xiangtan)
    ("石永康", "shiyongkang@mingmou-eye.example.cn", "院领导", "", "石院长;Shi Yongkang"),
    ("文倩", "wenqian@mingmou-eye.example.cn", "院办", "shiyongkang@mingmou-eye.example.cn", "文主任;Wen Qian"),
    ("谭振华", "tanzhenhua@mingmou-eye.example.cn", "医务部", "shiyongkang@mingmou-eye.example.cn", "谭主任;Tan Zhenhua"),
    ("彭丽华", "penglihua@mingmou-eye.example.cn", "护理部", "shiyongkang@mingmou-eye.example.cn", "彭老师;彭护士长;彭主任;彭麗華;彭護理長;Peng Lihua"),
    ("欧阳明", "ouyangming@mingmou-eye.example.cn", "屈光手术中心", "tanzhenhua@mingmou-eye.example.cn", "欧阳主任;欧阳;Dr. Ouyang;Ouyang Ming;歐陽明;歐陽主任"),
    ("贺婉清", "hewanqing@mingmou-eye.example.cn", "视光中心", "shiyongkang@mingmou-eye.example.cn", "贺经理;婉清;Wanqing;He Wanqing"),
    ("龙玥", "longyue@mingmou-eye.example.cn", "视光中心", "hewanqing@mingmou-eye.example.cn", "小龙;龙老师;Long Yue"),
    ("易建军", "yijianjun@mingmou-eye.example.cn", "信息科", "shiyongkang@mingmou-eye.example.cn", "易科长;易工;Yi Jianjun"),
    ("皮晓峰", "pixiaofeng@mingmou-eye.example.cn", "信息科", "yijianjun@mingmou-eye.example.cn", "小皮;晓峰;Pi Xiaofeng"),
    ("颜佳琪", "yanjiaqi@mingmou-eye.example.cn", "市场部", "shiyongkang@mingmou-eye.example.cn", "颜经理;Kiki;Kiki Yan;Yan Jiaqi"),
    ("匡伟", "kuangwei@mingmou-eye.example.cn", "采购部", "shiyongkang@mingmou-eye.example.cn", "匡主管;Kuang Wei"),
    ("毛春燕", "maochunyan@mingmou-eye.example.cn", "财务部", "shiyongkang@mingmou-eye.example.cn", "毛经理;Mao Chunyan"),
    ("Grace Teo", "grace.teo@luminavision.example.sg", "", "", "Grace;张丽雯"),
    ("詹秉宏", "pinghung.chan@visioncare-tw.example.com.tw", "", "", "詹顧問;詹顾问;Ping-Hung Chan;Chan Ping-Hung"),
    # --- D: Ridgeline Medical (Qujing) — American-owned medical-device plant
    ("Mark Kowalski", "mark.kowalski@ridgelinemed.example.com", "Plant Management", "brian.whitaker@ridgelinemed.example.com", "Mark;MK"),
    ("杨晓岚", "ellen.yang@ridgelinemed.example.com", "Quality", "mark.kowalski@ridgelinemed.example.com", "Ellen;Ellen Yang;Yang Xiaolan;杨经理"),
    ("邹建伟", "jason.zou@ridgelinemed.example.com", "Manufacturing Engineering", "mark.kowalski@ridgelinemed.example.com", "Jason;Jason Zou;Zou Jianwei;邹工"),
    ("Danielle Brooks", "danielle.brooks@ridgelinemed.example.com", "Supply Chain", "mark.kowalski@ridgelinemed.example.com", "Dani;Danielle"),
    ("付雅婷", "tina.fu@ridgelinemed.example.com", "Regulatory Affairs", "mark.kowalski@ridgelinemed.example.com", "Tina;Tina Fu;Fu Yating"),
    ("保志刚", "bao.zhigang@ridgelinemed.example.com", "EHS", "mark.kowalski@ridgelinemed.example.com", "保工;Zhigang;Bao Zhigang"),
    ("缪文涛", "vincent.miao@ridgelinemed.example.com", "Quality", "ellen.yang@ridgelinemed.example.com", "Vincent;Vincent Miao;Miao Wentao;缪工"),
    ("普丽娟", "lily.pu@ridgelinemed.example.com", "Production", "mark.kowalski@ridgelinemed.example.com", "Lily;Lily Pu;Pu Lijuan;普主管"),
    ("Brian Whitaker", "brian.whitaker@ridgelinemed.example.com", "Global Operations", "", "Brian;BW"),
    ("Katrin Vogel", "k.vogel@nordlicht-steri.example.de", "", "", "Katrin;Dr. Vogel;Dr. Katrin Vogel"),
]
ROSTER_BY_NAME = {r[0]: r for r in ROSTER}


def roster_csv():
    out = io.StringIO()
    out.write("name,email,department,manager_email,aliases\n")
    for r in ROSTER:
        out.write(",".join(r) + "\n")
    return out.getvalue().encode("utf-8")


def person(name):
    """(name, email, department or None) for a roster name."""
    r = ROSTER_BY_NAME[name]
    return r[0], r[1], (r[2] or None)


# ----------------------------------------------------------------------------
# header helpers
# ----------------------------------------------------------------------------
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def mkdate(y, m, d, H, M, S, off="+0800"):
    sign = 1 if off[0] == "+" else -1
    delta = dt.timedelta(hours=int(off[1:3]), minutes=int(off[3:5])) * sign
    return dt.datetime(y, m, d, H, M, S, tzinfo=dt.timezone(delta))


def fmt_date(d, pad=False, cst=False):
    day = ("%02d" % d.day) if pad else str(d.day)
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    s = "%s, %s %s %d %02d:%02d:%02d %s%02d%02d" % (
        WD_EN[d.weekday()], day, MON_EN[d.month - 1], d.year, d.hour, d.minute, d.second, sign, mins // 60, mins % 60)
    if cst:
        s += " (CST)"
    return s


def ew(text, charset="utf-8", enc="B", codec=None):
    """RFC 2047 encoded words for text (split on character boundaries, folded with newline+space)."""
    codec = codec or charset
    if all(ord(c) < 128 for c in text):
        return text
    words = []
    chunk = ""
    for ch in text:
        trial = chunk + ch
        if len(_ew1(trial, charset, enc, codec)) > 75 and chunk:
            words.append(_ew1(chunk, charset, enc, codec))
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(_ew1(chunk, charset, enc, codec))
    return "\n ".join(words)


def _ew1(text, charset, enc, codec):
    b = text.encode(codec)
    if enc.upper() == "B":
        return "=?%s?%s?%s?=" % (charset, enc, base64.b64encode(b).decode())
    out = []
    for byte in b:
        c = chr(byte)
        if byte == 0x20:
            out.append("_")
        elif (0x30 <= byte <= 0x39) or (0x41 <= byte <= 0x5A) or (0x61 <= byte <= 0x7A):
            out.append(c)
        else:
            out.append("=%02X" % byte)
    return "=?%s?%s?%s?=" % (charset, enc, "".join(out))


def addr(name, email, charset="utf-8", enc="B", codec=None, quote=False):
    if not name:
        return "<%s>" % email if not quote else email
    if all(ord(c) < 128 for c in name):
        if quote or re.search(r"[(),.:;<>@\[\]\"]", name):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    # real Coremail/Foxmail often quote the encoded word; RFC 2047 forbids it and the email package
    # flags it as a defect, so encoded display names are never quoted here
    w = ew(name, charset, enc, codec)
    return "%s <%s>" % (w, email)


def addrs(lst, charset="utf-8", enc="B", codec=None, quote=False, sep=",\n "):
    return sep.join(addr(n, e, charset, enc, codec, quote) for n, e in lst)


def paddr(name, charset="utf-8", enc="B", codec=None, quote=False, display=None):
    """address of a roster person (display name defaults to the roster name)."""
    n, e, _ = person(name)
    return addr(display or n, e, charset, enc, codec, quote)


# ----------------------------------------------------------------------------
# body encoders and MIME tree
# ----------------------------------------------------------------------------
def _enc_body(b, cte):
    cte = cte.lower()
    if cte == "base64":
        return base64.encodebytes(b).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(b).decode("ascii")
    if cte in ("8bit", "7bit", "binary"):
        if cte == "7bit":
            b.decode("ascii")
        return b.decode("ascii", "surrogateescape")
    raise ValueError(cte)


def _set_headers(m, headers):
    for k, v in headers:
        m[k] = v


def text(body, subtype="plain", charset="utf-8", cte="base64", codec=None, params="", headers=(), pre=()):
    """A text leaf. params: extra Content-Type parameters as a literal string, e.g. '; format=flowed'."""
    codec = codec or charset
    b = body.replace("\r\n", "\n").encode(codec)
    m = Message(policy=GEN_POLICY)
    _set_headers(m, pre)
    quoteq = '"' if not params.startswith("!") else ""
    params = params.lstrip("!")
    m["Content-Type"] = 'text/%s; charset=%s%s%s%s' % (subtype, quoteq, charset, quoteq, params)
    m["Content-Transfer-Encoding"] = cte
    _set_headers(m, headers)
    m.set_payload(_enc_body(b, cte))
    return m


def binary(data, ctype, headers=(), cte="base64"):
    m = Message(policy=GEN_POLICY)
    m["Content-Type"] = ctype
    m["Content-Transfer-Encoding"] = cte
    _set_headers(m, headers)
    m.set_payload(_enc_body(data, cte))
    return m


def multi(subtype, parts, boundary, preamble=None, params="", headers=()):
    m = Message(policy=GEN_POLICY)
    m["Content-Type"] = 'multipart/%s;%s\n\tboundary="%s"' % (subtype, params, boundary)
    _set_headers(m, headers)
    for p in parts:
        m.attach(p)
    m.preamble = preamble
    m.epilogue = ""
    return m


def build(org, date, trace_from, top_headers, body, crlf=False, return_path=None, delivered_to=None,
          queue_id="4fQ2x0Lk3Nz9", received_extra=(), proto="ESMTPS"):
    """Assemble a stored message: trace headers added by the receiving server, then the author's headers."""
    o = ORGS[org]
    rp = return_path if return_path is not None else _first_addr(top_headers, "From")
    dlv = delivered_to or o["bot"][1]
    rdate = date + dt.timedelta(seconds=3)
    rdate = rdate.astimezone(SH)
    recv = "from %s\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s" % (
        trace_from, o["mx"], proto, queue_id, dlv, fmt_date(rdate, cst=True))
    m = Message(policy=GEN_POLICY)
    m["Return-Path"] = "<%s>" % rp
    m["Delivered-To"] = dlv
    m["Received"] = recv
    for r in received_extra:
        m["Received"] = r
    for k, v in top_headers:
        m[k] = v
    for k, v in body.items():
        m[k] = v
    if body.is_multipart():
        for p in body.get_payload():
            m.attach(p)
        m.preamble = body.preamble
        m.epilogue = body.epilogue
    else:
        m._payload = body._payload
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=GEN_POLICY).flatten(m)
    raw = buf.getvalue()
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def _first_addr(headers, name):
    for k, v in headers:
        if k.lower() == name.lower():
            mm = re.search(r"<([^>]+)>", v)
            return mm.group(1) if mm else v.strip()
    return ""


# ----------------------------------------------------------------------------
# HTML helpers
# ----------------------------------------------------------------------------
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_paras(lines, tag="p", style=""):
    st = (' style="%s"' % style) if style else ""
    out = []
    for ln in lines:
        out.append("<%s%s>%s</%s>" % (tag, st, esc(ln) if ln else "&nbsp;", tag))
    return "\n".join(out)


def html_table(rows, header=True, attrs='border="1" cellspacing="0" cellpadding="4"', cell_style=""):
    """rows: list of lists; a cell may be a str or a dict(text=..., rowspan=n, colspan=n)."""
    out = ["<table %s>" % attrs]
    for i, row in enumerate(rows):
        out.append("<tr>")
        for c in row:
            tag = "th" if header and i == 0 else "td"
            if isinstance(c, dict):
                extra = "".join(' %s="%d"' % (k, c[k]) for k in ("rowspan", "colspan") if k in c)
                txt = c["text"]
            else:
                extra, txt = "", c
            st = (' style="%s"' % cell_style) if cell_style else ""
            out.append("<%s%s%s>%s</%s>" % (tag, extra, st, esc(txt).replace("\n", "<br>"), tag))
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


# ----------------------------------------------------------------------------
# date rules (used by --check to recompute every gold date from the Date header)
# ----------------------------------------------------------------------------
def _cc():
    import chinese_calendar
    return chinese_calendar


def is_workday(d):
    return _cc().is_workday(d)


def send_local(date_hdr_dt):
    return date_hdr_dt.astimezone(SH)


def resolve(rule, sent):
    """rule -> (date 'YYYY-MM-DD', time 'HH:MM' or None). sent: aware datetime from the Date header."""
    loc = send_local(sent)
    today = loc.date()
    kind = rule[0]
    t = None
    if kind == "abs":          # ('abs', 'YYYY-MM-DD'[, weekday index the text states])
        d = dt.date.fromisoformat(rule[1])
        if len(rule) > 2 and rule[2] is not None:
            assert d.weekday() == rule[2], "stated weekday does not match %s" % rule[1]
    elif kind == "today":
        d = today
    elif kind == "plus_days":  # 明天 = 1, 后天 = 2
        d = today + dt.timedelta(days=rule[1])
    elif kind == "weekday":    # bare weekday: this week's if not yet past, else next week's
        wd = rule[1]
        delta = (wd - today.weekday()) % 7
        d = today + dt.timedelta(days=delta)
    elif kind == "this_week":  # 本周X
        d = today - dt.timedelta(days=today.weekday()) + dt.timedelta(days=rule[1])
    elif kind == "next_week":  # 下周X = that day of the following calendar week
        d = today - dt.timedelta(days=today.weekday()) + dt.timedelta(days=7 + rule[1])
    elif kind == "workdays":   # N个工作日内, counted from the day after sending
        n = rule[1]
        d = today
        while n:
            d += dt.timedelta(days=1)
            if is_workday(d):
                n -= 1
    elif kind == "month_end":  # 本月底 / 月底 / end of month
        m = today.month + rule[1] if len(rule) > 1 else today.month
        first_next = dt.date(today.year + (m // 12), m % 12 + 1, 1)
        d = first_next - dt.timedelta(days=1)
    elif kind == "after_holiday":   # 节后第一个工作日: first working day after the next holiday block
        name = rule[1]
        d = today
        # find the holiday block named (on or after today)
        while not _is_named_holiday(d, name):
            d += dt.timedelta(days=1)
        while not is_workday(d):
            d += dt.timedelta(days=1)
    elif kind == "before_holiday":  # 节前: last working day before the holiday block
        name = rule[1]
        d = today
        while not _is_named_holiday(d, name):
            d += dt.timedelta(days=1)
        d -= dt.timedelta(days=1)
        while not is_workday(d):
            d -= dt.timedelta(days=1)
    elif kind == "hours":      # N小时内 from the send instant
        x = loc + dt.timedelta(hours=rule[1])
        d, t = x.date(), x.strftime("%H:%M")
    elif kind == "tz":         # ('tz', 'YYYY-MM-DD HH:MM', 'Europe/Berlin') -> Shanghai wall time
        x = dt.datetime.fromisoformat(rule[1]).replace(tzinfo=ZoneInfo(rule[2])).astimezone(SH)
        d, t = x.date(), x.strftime("%H:%M")
    else:
        raise ValueError(rule)
    if len(rule) and kind not in ("hours", "tz"):
        pass
    return d.isoformat(), t


def _is_named_holiday(d, name):
    cc = _cc()
    on, hname = cc.get_holiday_detail(d)
    return (not cc.is_workday(d)) and hname is not None and name in hname


HOLIDAY_EN = {"清明": "Tomb-sweeping Day", "劳动节": "Labour Day", "端午": "Dragon Boat Festival"}


# ----------------------------------------------------------------------------
# case registry
# ----------------------------------------------------------------------------
CASES = []


def item(owner, task, due=None, rule=None, time=None, flags=(), dept=None, email=None):
    """One gold item.
    owner: roster name, or ('Name', 'email') for a person outside the roster, or None (unit owner / nobody).
    due: the hand-worked date 'YYYY-MM-DD' (or None); rule: how --check recomputes it from the Date header.
    """
    return dict(owner=owner, task=task, due=due, rule=rule, time=time, flags=list(flags), dept=dept, email=email)


def nxt(date, time=None, rule=None):
    return dict(date=date, time=time, rule=rule)


def add_case(num, slug, kind, raw, items=(), next_followup=None, notes="", summary="", tests="", org="",
             client="", encoding="", plain=False, attachments_text=""):
    CASES.append(dict(num=num, slug=slug, kind=kind, raw=raw, items=list(items), next=next_followup, notes=notes,
                      summary=summary, tests=tests, org=org, client=client, encoding=encoding, plain=plain,
                      attachments_text=attachments_text))


def gold_item(it):
    if it["owner"] is None:
        name, email, dept = None, None, it["dept"]
    elif isinstance(it["owner"], tuple):
        name, email = it["owner"]
        dept = it["dept"]
    else:
        name, email, dept = person(it["owner"])
        if it["dept"] is not None:
            dept = it["dept"]
    return {"owner_name": name, "owner_email": email, "department": dept, "task": it["task"],
            "due_date": it["due"], "due_time": it["time"], "flags": list(it["flags"])}


def gold(case):
    nf = None
    if case["next"] is not None:
        nf = {"date": case["next"]["date"], "time": case["next"]["time"]}
    return {"kind": case["kind"], "items": [gold_item(i) for i in case["items"]], "next_followup": nf,
            "reply": None, "notes": case["notes"]}


# ----------------------------------------------------------------------------
# attachments
# ----------------------------------------------------------------------------
def normalize_zip(data, when=(2026, 1, 1, 0, 0, 0)):
    """Rewrite a zip (docx) with fixed member timestamps so the bytes do not depend on the clock."""
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_docx(paragraphs, title, author, when, table=None):
    """paragraphs: list of (style, text); style in ('title', 'center', 'h', 'p', 'right').
    table: optional (after_index, rows)."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "FangSong"
    st.font.size = Pt(14)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    for i, (style, t) in enumerate(paragraphs):
        p = d.add_paragraph()
        r = p.add_run(t)
        if style == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r.bold = True
            r.font.size = Pt(22)
        elif style == "center":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif style == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif style == "h":
            r.bold = True
        else:
            p.paragraph_format.first_line_indent = Pt(28)
        if table is not None and i == table[0]:
            rows = table[1]
            tb = d.add_table(rows=len(rows), cols=len(rows[0]))
            tb.style = "Table Grid"
            for ri, row in enumerate(rows):
                for ci, cell in enumerate(row):
                    tb.cell(ri, ci).text = cell
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.revision = 3
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_pdf(lines, title, author):
    """A simple text PDF with reportlab (invariant=1: no clock in the bytes). lines: list of (size, bold, text)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    w, h = A4
    y = h - 60
    for size, bold, t in lines:
        if y < 60:
            c.showPage()
            y = h - 60
        c.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        c.drawString(50, y, t)
        y -= size + 7
    c.showPage()
    c.save()
    return buf.getvalue()


def rfc2231(filename, charset="UTF-8"):
    from urllib.parse import quote
    return "%s''%s" % (charset, quote(filename.encode(charset.lower()), safe=""))

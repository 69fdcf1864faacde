"""Roster, date rules and case helpers for heldout59."""
import datetime as dt
import email.utils

import chinese_calendar as cc

SH = dt.timezone(dt.timedelta(hours=8))

# name, email, department, manager_email, aliases
ROSTER = [
    # 石嘴山市生态环境局 (Shizuishan Municipal Ecology and Environment Bureau, Ningxia) - government
    ("周立平", "zhoulp@szssthj.example.gov.cn", "局领导", "", "周局;周副局长;周局长"),
    ("杨志刚", "yangzg@szssthj.example.gov.cn", "办公室", "zhoulp@szssthj.example.gov.cn", "杨主任;老杨"),
    ("丁晓雯", "dingxw@szssthj.example.gov.cn", "办公室", "yangzg@szssthj.example.gov.cn", "小丁;晓雯"),
    ("马宏伟", "mahw@szssthj.example.gov.cn", "大气环境科", "zhoulp@szssthj.example.gov.cn", "马科长;马科;宏伟"),
    ("撒文静", "sawj@szssthj.example.gov.cn", "大气环境科", "mahw@szssthj.example.gov.cn", "小撒;文静"),
    ("海玉兰", "haiyl@szssthj.example.gov.cn", "水生态环境科", "zhoulp@szssthj.example.gov.cn", "海科长;海科"),
    ("纳斌", "nabin@szssthj.example.gov.cn", "执法支队", "zhoulp@szssthj.example.gov.cn", "纳队;纳支队长;纳副支队长"),
    ("何蕾", "helei@szssthj.example.gov.cn", "监测站", "zhoulp@szssthj.example.gov.cn", "何站长;何站"),
    # Kallio Proving Ground (Heihe) Co., Ltd. 卡里奥寒区试验场（黑河）- Finnish-owned, writes English
    ("Mikko Rantanen", "mikko.rantanen@kallio-heihe.example.cn", "Management", "", "Mikko;MR;兰塔宁;米科"),
    ("Aino Laaksonen", "aino.laaksonen@kallio-pg.example.fi", "Group Engineering", "", "Aino;AL"),
    ("Jukka Heikkinen", "jukka.heikkinen@kallio-heihe.example.cn", "HSE", "mikko.rantanen@kallio-heihe.example.cn", "Jukka;JH"),
    ("孙浩然", "sunhr@kallio-heihe.example.cn", "Track Operations", "mikko.rantanen@kallio-heihe.example.cn", "Haoran;Sun Haoran;Haoran Sun;孙工;老孙"),
    ("刘春燕", "liucy@kallio-heihe.example.cn", "Customer Programs", "mikko.rantanen@kallio-heihe.example.cn", "Chunyan;Spring Liu;Spring;春燕"),
    ("王大勇", "wangdy@kallio-heihe.example.cn", "Facilities", "sunhr@kallio-heihe.example.cn", "Dayong;Wang Dayong;王师傅;大勇"),
    ("赵雪", "zhaoxue@kallio-heihe.example.cn", "Finance & Admin", "mikko.rantanen@kallio-heihe.example.cn", "Snow Zhao;Snow;小雪;Zhao Xue"),
    # 凯里锦绣苗坊民族服饰有限公司 (Kaili, Guizhou: Miao embroidery garments)
    ("杨秀英", "yangxy@jxmiaofang.example.cn", "总经办", "", "杨总;秀英姐;杨秀英总"),
    ("吴春花", "wuch@jxmiaofang.example.cn", "设计部", "yangxy@jxmiaofang.example.cn", "吴主管;春花"),
    ("潘国华", "panguohua@jxmiaofang.example.cn", "生产部", "yangxy@jxmiaofang.example.cn", "潘经理;老潘;国华"),
    ("龙小妹", "longxm@jxmiaofang.example.cn", "电商部", "yangxy@jxmiaofang.example.cn", "小龙;龙主管;阿妹"),
    ("石磊", "shilei@jxmiaofang.example.cn", "外贸部", "yangxy@jxmiaofang.example.cn", "Stone Shi;石经理;Stone"),
    ("文丽", "wenli@jxmiaofang.example.cn", "财务部", "yangxy@jxmiaofang.example.cn", "文会计;文姐"),
    ("欧阳明", "ouyangm@jxmiaofang.example.cn", "品控部", "panguohua@jxmiaofang.example.cn", "欧阳;欧工;欧阳工"),
    # 定西陇薯淀粉有限公司 (Dingxi, Gansu: potato starch and vermicelli)
    ("贾永强", "jiayq@longshu-starch.example.cn", "总经办", "", "贾总;贾总经理"),
    ("何文博", "hewb@longshu-starch.example.cn", "综合办", "jiayq@longshu-starch.example.cn", "小何;文博"),
    ("车丽娟", "chelj@longshu-starch.example.cn", "生产部", "jiayq@longshu-starch.example.cn", "车经理;娟姐;丽娟"),
    ("苟天明", "goutm@longshu-starch.example.cn", "采购部", "jiayq@longshu-starch.example.cn", "苟主管;老苟;天明"),
    ("牛晓峰", "niuxf@longshu-starch.example.cn", "品管部", "jiayq@longshu-starch.example.cn", "牛工;晓峰;牛主任"),
    ("魏红梅", "weihm@longshu-starch.example.cn", "销售部", "jiayq@longshu-starch.example.cn", "魏经理;红梅"),
    ("包志刚", "baozg@longshu-starch.example.cn", "设备科", "chelj@longshu-starch.example.cn", "包科长;包工;志刚"),
    ("祁燕", "qiyan@longshu-starch.example.cn", "财务部", "jiayq@longshu-starch.example.cn", "祁会计;燕子"),
]
BY_NAME = {r[0]: r for r in ROSTER}

BOT = {
    "gov": "minutes@szssthj.example.gov.cn",
    "kallio": "minutes@kallio-heihe.example.cn",
    "miao": "minutes@jxmiaofang.example.cn",
    "ls": "minutes@longshu-starch.example.cn",
}
BOTNAME = {"gov": "纪要助手", "kallio": "Minutes Bot", "miao": "纪要助手", "ls": "纪要助手"}


def P(name):
    """(display name, email) of a roster person."""
    return (name, BY_NAME[name][1])


def E(name):
    return BY_NAME[name][1]


def it(owner, task, due=None, rule=None, time=None, flags=(), dept=None):
    """owner: roster name, (name, email) for people outside the roster, or None."""
    if owner is None:
        o_name, o_mail, o_dept = None, None, dept
    elif isinstance(owner, tuple):
        o_name, o_mail, o_dept = owner[0], owner[1], dept
    else:
        r = BY_NAME[owner]
        o_name, o_mail, o_dept = r[0], r[1], r[2]
    fl = list(flags)
    if owner is None and "no_owner" not in fl:
        fl.insert(0, "no_owner")
    return {"owner_name": o_name, "owner_email": o_mail, "department": o_dept, "task": task,
            "due_date": due, "due_time": time, "flags": fl, "_rule": rule}


def nf(date, time=None, rule=None):
    return {"date": date, "time": time, "_rule": rule}


# ---------------------------------------------------------------- date rules
def workday(d):
    return cc.is_workday(d)


def sent_local(date_header):
    return email.utils.parsedate_to_datetime(date_header).astimezone(SH)


def resolve(rule, sent):
    """rule -> (date ISO, time or None). sent: aware datetime in Asia/Shanghai.
    Rules: abs:YYYY-MM-DD | md:M-D | dom:D | wk:N (bare weekday, 0=Mon, next occurrence after today) |
    twk:N (this Mon-Sun week) | nwk:N (next week) | wd:N (N working days, counted from the day after) |
    d:N (calendar days) | today | tmr | h:N (hours) | me (month end) | nme | eow (Sunday of this week) |
    afterhol (first workday after the next holiday block) | beforehol (last workday before it) |
    nextwd (next working day)."""
    d0 = sent.date()
    kind, _, arg = rule.partition(":")
    if kind == "abs":
        return arg, None
    if kind == "md":
        m, d = map(int, arg.split("-"))
        return dt.date(d0.year, m, d).isoformat(), None
    if kind == "dom":
        return d0.replace(day=int(arg)).isoformat(), None
    if kind == "wk":
        n = int(arg)
        delta = (n - d0.weekday()) % 7 or 7
        return (d0 + dt.timedelta(delta)).isoformat(), None
    if kind == "twk":
        return (d0 - dt.timedelta(d0.weekday()) + dt.timedelta(int(arg))).isoformat(), None
    if kind == "nwk":
        return (d0 - dt.timedelta(d0.weekday()) + dt.timedelta(7 + int(arg))).isoformat(), None
    if kind == "eow":
        return (d0 - dt.timedelta(d0.weekday()) + dt.timedelta(6)).isoformat(), None
    if kind == "wd":
        n, d = int(arg), d0
        while n:
            d += dt.timedelta(1)
            if workday(d):
                n -= 1
        return d.isoformat(), None
    if kind == "nextwd":
        d = d0 + dt.timedelta(1)
        while not workday(d):
            d += dt.timedelta(1)
        return d.isoformat(), None
    if kind == "d":
        return (d0 + dt.timedelta(int(arg))).isoformat(), None
    if kind == "today":
        return d0.isoformat(), None
    if kind == "tmr":
        return (d0 + dt.timedelta(1)).isoformat(), None
    if kind == "h":
        t = sent + dt.timedelta(hours=int(arg))
        return t.date().isoformat(), t.strftime("%H:%M")
    if kind in ("me", "nme"):
        y, m = d0.year, d0.month + (1 if kind == "nme" else 0)
        if m > 12:
            y, m = y + 1, 1
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return (nxt - dt.timedelta(1)).isoformat(), None
    if kind in ("afterhol", "beforehol"):
        d = d0
        while True:  # find the next statutory holiday day (not a plain weekend)
            d += dt.timedelta(1)
            on, name = cc.get_holiday_detail(d)
            if on and name:
                break
        if kind == "beforehol":
            b = d - dt.timedelta(1)
            while not workday(b):
                b -= dt.timedelta(1)
            return b.isoformat(), None
        while not workday(d):
            d += dt.timedelta(1)
        return d.isoformat(), None
    raise ValueError(rule)


def case(n, slug, kind, eml, items=(), nextf=None, notes="", tests=""):
    return {"n": n, "slug": slug, "kind": kind, "eml": eml, "items": list(items), "next": nextf,
            "notes": notes, "tests": tests}


def gold(c):
    items = [{k: v for k, v in i.items() if not k.startswith("_")} for i in c["items"]]
    nx = None
    if c["next"]:
        nx = {"date": c["next"]["date"], "time": c["next"]["time"]}
    return {"kind": c["kind"], "items": items, "next_followup": nx, "reply": None, "notes": c["notes"]}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_lines(text, tag="div", font="宋体", size="10.5pt", outlook=False):
    """Wrap plain lines as a client would in its HTML alternative."""
    out = []
    for ln in text.split("\n"):
        inner = esc(ln) if ln.strip() else "<br>" if not outlook else "&nbsp;"
        if outlook:
            out.append('<p class=MsoNormal><span style=\'font-family:%s;font-size:%s\'>%s</span></p>' % (font, size, inner))
        else:
            out.append("<%s>%s</%s>" % (tag, inner, tag))
    return "\n".join(out)


def html_table(rows, border=1, attrs="", head=True):
    out = ["<table border=%d cellspacing=0 cellpadding=4 %s>" % (border, attrs)]
    for i, r in enumerate(rows):
        cells = "".join(("<th>%s</th>" if head and i == 0 else "<td>%s</td>") % esc(c).replace("\n", "<br>")
                        for c in r)
        out.append("<tr>%s</tr>" % cells)
    out.append("</table>")
    return "\n".join(out)


def resolve_any(rule, sent):
    """rule may carry its own reference time after '@' (e.g. for forwarded minutes)."""
    if "@" in rule:
        rule, ref = rule.split("@", 1)
        sent = dt.datetime.fromisoformat(ref).replace(tzinfo=SH)
    return resolve(rule, sent)

"""heldout67 core: calendar rules, people (roster), gold helpers.

Dates are written by hand in every case as (iso, rule); the rule is re-evaluated from the .eml Date header
(Asia/Shanghai) with chinesecalendar, at generation time and again in --check.
"""
import datetime as dt

import chinese_calendar as cc

TZ8 = dt.timezone(dt.timedelta(hours=8))
D = dt.date
WD = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6}


def is_workday(d):
    return cc.is_workday(d)


def add_workdays(d, n):
    """N个工作日内: count Chinese working days starting the day after sending."""
    while n:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n -= 1
    return d


def month_end(d, k=0):
    y, m = d.year, d.month + k
    while m > 12:
        y, m = y + 1, m - 12
    nxt = D(y + (m == 12), 1 if m == 12 else m + 1, 1)
    return nxt - dt.timedelta(days=1)


def resolve(rule, sent):
    """rule tuple -> (date, time-or-None). sent: aware datetime (any zone); resolved in Asia/Shanghai."""
    s = sent.astimezone(TZ8)
    d = s.date()
    kind, *a = rule
    if kind == "abs":
        return D.fromisoformat(a[0]), None
    if kind == "days":                       # 今天/明天/后天 (+n calendar days)
        return d + dt.timedelta(days=a[0]), None
    if kind == "wd":                         # N个工作日内
        return add_workdays(d, a[0]), None
    if kind == "wkday":                      # bare 周X / by Friday: this week's if not past, else next week's
        mon = d - dt.timedelta(days=d.weekday())
        c = mon + dt.timedelta(days=a[0])
        return (c if c >= d else c + dt.timedelta(days=7)), None
    if kind == "nextwk":                     # 下周X / next Friday
        mon = d - dt.timedelta(days=d.weekday())
        return mon + dt.timedelta(days=7 + a[0]), None
    if kind == "weekend":                    # 本周内 -> Sunday of the calendar week
        return d + dt.timedelta(days=6 - d.weekday()), None
    if kind == "monthend":                   # 月底 / 下月底
        return month_end(d, a[0] if a else 0), None
    if kind == "qend":
        q_end_month = ((d.month - 1) // 3 + 1) * 3
        return month_end(D(d.year, q_end_month, 1)), None
    if kind == "before":                     # 节前: last working day before the holiday's first day
        x = D.fromisoformat(a[0]) - dt.timedelta(days=1)
        while not is_workday(x):
            x -= dt.timedelta(days=1)
        return x, None
    if kind == "after":                      # 节后第一个工作日: first working day after the holiday block
        x = D.fromisoformat(a[0])
        while not is_workday(x):
            x += dt.timedelta(days=1)
        return x, None
    if kind == "hours":                      # N小时内 -> send instant + N h
        t = s + dt.timedelta(hours=a[0])
        return t.date(), t.strftime("%H:%M")
    raise ValueError(rule)


def check_rule(iso, rule, sent, what):
    got, _ = resolve(rule, sent)
    if got.isoformat() != iso:
        raise AssertionError("%s: rule %r gives %s, gold %s" % (what, rule, got, iso))


# ------------------------------------------------------------------------------------------------------------
# Organisations and people
# ------------------------------------------------------------------------------------------------------------
ORGS = {
    "EDU": ("忻州市忻府区教育科技局", "Xinfu District Education & Science Bureau, Xinzhou, Shanxi (government)",
            "xfjkj.example.gov.cn"),
    "LX": ("三明岚溪新材料有限公司", "Sanming Lanxi New Materials Co., Ltd. — spunlace nonwoven maker, Sanming, Fujian (private)",
           "lanxi-nonwoven.example.cn"),
    "EG": ("埃格斯科通风设备（嘉兴）有限公司 / Egeskov Ventilation (Jiaxing) Co., Ltd.",
           "Danish-owned livestock-barn ventilation fans, Jiaxing, Zhejiang; HQ Egeskov A/S, Aarhus (egeskov.example.dk)",
           "egeskov-jx.example.cn"),
    "HR": ("赤峰红山热力有限责任公司", "Chifeng Hongshan Heating Co., Ltd. — state-owned district heating, Chifeng, Inner Mongolia (SOE)",
           "hsrl-cf.example.cn"),
}
BOTS = {k: ("纪要助手" if k != "EG" else "Minutes Bot", "minutes@" + v[2]) for k, v in ORGS.items()}

# key, name, local, org, department, head?, aliases
_ROSTER = [
    ("冯志强", "fengzq", "EDU", "局领导", True, "冯局;冯局长;Feng Zhiqiang"),
    ("郝建平", "haojp", "EDU", "办公室", True, "郝主任;Hao Jianping"),
    ("温晓丽", "wenxl", "EDU", "安全股", True, "温股长;温科长;Wen Xiaoli"),
    ("贾志刚", "jiazg", "EDU", "基建股", True, "贾股长;老贾;Jia Zhigang"),
    ("闫丽娟", "yanlj", "EDU", "基建股", False, "小闫;闫工;Yan Lijuan"),
    ("薛海燕", "xuehy", "EDU", "学前教育股", True, "薛股长;Xue Haiyan"),
    ("常宇", "changyu", "EDU", "信息中心", True, "常主任;常老师;Chang Yu"),
    ("牛素芳", "niusf", "EDU", "财务股", True, "牛股长;Niu Sufang"),
    ("邱振华", "qiuzh", "LX", "总经办", True, "邱总;Qiu Zhenhua"),
    ("罗美玲", "luoml", "LX", "生产部", True, "罗经理;美玲;Luo Meiling"),
    ("吴德胜", "wuds", "LX", "设备部", True, "吴工;老吴;吴主管;Wu Desheng"),
    ("黄诗琪", "huangsq", "LX", "销售部", True, "黄经理;Sukie Huang;Huang Shiqi"),
    ("郑一鸣", "zhengym", "LX", "销售部", False, "小郑;一鸣;Zheng Yiming"),
    ("林秋萍", "linqp", "LX", "品质部", True, "林经理;秋萍;Lin Qiuping"),
    ("余晖", "yuhui", "LX", "采购部", True, "余主管;Yu Hui"),
    ("陈小燕", "chenxy", "LX", "财务部", True, "陈会计;小燕;Chen Xiaoyan"),
    ("Mads Kjeldsen", "mads.kjeldsen", "EG", "Management", True, "Mads;MK;麦兹"),
    ("沈佳怡", "jiayi.shen", "EG", "Sales & Service", True, "Jiayi;Jiayi Shen;Jenny Shen;沈经理"),
    ("朱浩然", "haoran.zhu", "EG", "Sales & Service", False, "Howie;Howie Zhu;Haoran Zhu;小朱"),
    ("蒋磊", "lei.jiang", "EG", "Engineering", True, "Ray;Ray Jiang;Lei Jiang;蒋工"),
    ("陆晨", "chen.lu", "EG", "Quality", True, "Lu Chen;Chen Lu;陆工"),
    ("钱梦婷", "mengting.qian", "EG", "Supply Chain", True, "Mona;Mona Qian;Mengting Qian;钱钱"),
    ("Sofie Andersen", "sofie.andersen", "EGHQ", "Group Product", True, "Sofie;Product owner Sofie"),
    ("包国栋", "baogd", "HR", "经理层", True, "包总;包经理;Bao Guodong"),
    ("乌云其其格", "wuyunqqg", "HR", "生产技术部", True, "乌部长;其其格;Wuyun Qiqige"),
    ("孟庆海", "mengqh", "HR", "管网所", True, "孟所长;孟所;Meng Qinghai"),
    ("白玉山", "baiys", "HR", "工程部", True, "白工;白主管;Bai Yushan"),
    ("刘思雨", "liusy", "HR", "客服中心", True, "刘主任;思雨;Liu Siyu"),
    ("赵立新", "zhaolx", "HR", "安全环保部", True, "赵部长;Zhao Lixin"),
    ("韩冬梅", "handm", "HR", "综合办公室", True, "韩主任;冬梅;Han Dongmei"),
    ("那日苏", "narisu", "HR", "热源厂", True, "那厂长;Narisu"),
    ("张淑珍", "zhangsz", "HR", "财务部", True, "张部长;Zhang Shuzhen"),
]
_DOM = {"EDU": ORGS["EDU"][2], "LX": ORGS["LX"][2], "EG": ORGS["EG"][2], "EGHQ": "egeskov.example.dk",
        "HR": ORGS["HR"][2]}
# managers: the org's top person for heads, the department head otherwise
_TOP = {"EDU": "冯志强", "LX": "邱振华", "EG": "Mads Kjeldsen", "EGHQ": "", "HR": "包国栋"}
P = {}
for _n, _l, _o, _d, _h, _a in _ROSTER:
    P[_n] = {"name": _n, "email": "%s@%s" % (_l, _DOM[_o]), "department": _d, "org": _o, "aliases": _a,
             "head": _h}
for _n, v in P.items():
    if v["head"]:
        top = _TOP[v["org"]]
        v["manager_email"] = "" if (not top or top == _n) else P[top]["email"]
    else:
        head = next(x for x in P.values() if x["org"] == v["org"] and x["department"] == v["department"] and x["head"])
        v["manager_email"] = head["email"]
ROSTER_COLS = ["name", "email", "department", "manager_email", "aliases"]
DEPTS = sorted({v["department"] for v in P.values()})

# people outside the roster (owners are resolved from From/To/Cc display names)
EXT = {
    "Nguyen Thi Lan": "lan.nguyen@dongtien-agri.example.vn",
    "Tran Minh Duc": "duc.tran@dongtien-agri.example.vn",
    "蔡志明": "caizm@minfeng-fiber.example.cn",
    "王卫东": "wangwd@xinfu-xiurong.example.edu.cn",
    "周建伟": "zhoujw@hengli-motor.example.cn",
    "石磊": "shilei@hszjj.example.gov.cn",
}


def who(name):
    if name in P:
        return name, P[name]["email"]
    return name, EXT[name]


# ------------------------------------------------------------------------------------------------------------
# Gold
# ------------------------------------------------------------------------------------------------------------
class Item:
    def __init__(self, owner, task, due=None, time=None, flags=(), dept=None, email=None):
        self.owner, self.task, self.due, self.time, self.flags = owner, task, due, time, list(flags)
        self.dept, self.email = dept, email

    def gold(self, sent, what):
        owner, email, dept = self.owner, self.email, self.dept
        if owner in P:
            email, dept = P[owner]["email"], P[owner]["department"]
        elif owner is not None and email is None:
            email = EXT[owner]
        due_date, time = None, self.time
        if self.due is not None:
            iso, rule = self.due
            check_rule(iso, rule, sent, what)
            due_date = iso
            if rule[0] == "hours":
                time = resolve(rule, sent)[1]
        return {"owner_name": owner, "owner_email": email, "department": dept, "task": self.task,
                "due_date": due_date, "due_time": time, "flags": self.flags}


def I(owner, task, due=None, time=None, flags=(), dept=None, email=None):
    return Item(owner, task, due, time, flags, dept, email)


class Case:
    def __init__(self, num, slug, kind, tests, eml, sent, items=(), followup=None, notes=""):
        self.num, self.slug, self.kind, self.tests, self.eml, self.sent = num, slug, kind, tests, eml, sent
        self.items, self.followup, self.notes = list(items), followup, notes

    @property
    def name(self):
        return "%d-%s" % (self.num, self.slug)

    def gold(self):
        items = [it.gold(self.sent, "%s item %d" % (self.name, i + 1)) for i, it in enumerate(self.items)]
        fu = None
        if self.followup is not None:
            iso, rule, time = self.followup
            check_rule(iso, rule, self.sent, self.name + " next_followup")
            fu = {"date": iso, "time": time}
        return {"kind": self.kind, "items": items, "next_followup": fu, "reply": None, "notes": self.notes}

    def rules(self):
        """(label, rule, expected iso) triples for --check."""
        out = [("item %d" % (i + 1), it.due[1]) for i, it in enumerate(self.items) if it.due is not None]
        if self.followup is not None:
            out.append(("next_followup", self.followup[1]))
        return out


def T(s, tz=TZ8):
    """'2026-06-16 10:42:18' -> aware datetime (tz default +08:00)."""
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz)


def tz(hours):
    return dt.timezone(dt.timedelta(hours=hours))

"""heldout69: roster, date rules, gold helpers (shared by the case modules)."""
import datetime as dt

import chinese_calendar as cc

TZ8 = dt.timezone(dt.timedelta(hours=8))

# ---------------------------------------------------------------- roster
# key, name, email, department, manager key, aliases
GOV_D = "lzqyb.example.gov.cn"      # 广元市利州区医疗保障局 (Lizhou district healthcare-security bureau, Guangyuan, Sichuan)
SPC_D = "guixiang-spice.example.cn"  # 玉林桂香香料有限公司 (Yulin, Guangxi: star anise / cassia processing)
MSH_D = "anping-lsmesh.example.cn"   # 安平县联丝网业有限公司 (Anping, Hengshui, Hebei: welded / chain-link mesh)
HOP_D = "saazgreen-cj.example.com"   # Saaz Green Hop Processing (Changji) Co., Ltd. (Czech-owned, Xinjiang)
HOPCZ_D = "saazgreen.example.cz"     # parent: Saaz Green a.s., Žatec

ROSTER = [
    # government: 利州区医疗保障局
    ("hezhengping", "何正平", "hezhengping", GOV_D, "局领导", None, "何局;何局长;何正平局长"),
    ("puxiaolan", "蒲晓兰", "puxiaolan", GOV_D, "局领导", "hezhengping", "蒲局;蒲副局长"),
    ("goujianjun", "苟建军", "goujianjun", GOV_D, "办公室", "hezhengping", "苟主任;老苟"),
    ("wenjingyi", "文静怡", "wenjingyi", GOV_D, "办公室", "goujianjun", "小文;静怡"),
    ("zhaodeming", "赵德明", "zhaodeming", GOV_D, "待遇保障股", "puxiaolan", "赵股长;赵股;德明"),
    ("ranli", "冉丽", "ranli", GOV_D, "待遇保障股", "zhaodeming", "小冉"),
    ("wuzhigang", "伍志刚", "wuzhigang", GOV_D, "基金监管股", "puxiaolan", "伍股长;伍股"),
    ("duyutong", "杜雨桐", "duyutong", GOV_D, "基金监管股", "wuzhigang", "小杜;雨桐"),
    ("xianghongmei", "向红梅", "xianghongmei", GOV_D, "医药服务管理股", "puxiaolan", "向股长;红梅"),
    ("jingzhaoyang", "敬朝阳", "jingzhaoyang", GOV_D, "医保事务中心", "hezhengping", "敬主任;朝阳"),
    ("luoqi", "罗琦", "luoqi", GOV_D, "医保事务中心", "jingzhaoyang", "小罗;罗琦同志"),
    # 玉林桂香香料
    ("huangzhenhua", "黄振华", "huangzhenhua", SPC_D, "总经办", None, "黄总;华哥"),
    ("qinxiaowen", "覃晓雯", "qinxiaowen", SPC_D, "总经办", "huangzhenhua", "晓雯;小覃"),
    ("luyongqiang", "陆永强", "luyongqiang", SPC_D, "采购部", "huangzhenhua", "陆经理;强哥"),
    ("pangchunyan", "庞春燕", "pangchunyan", SPC_D, "采购部", "luyongqiang", "春燕;小庞"),
    ("liangguodong", "梁国栋", "liangguodong", SPC_D, "生产部", "huangzhenhua", "梁主管;栋哥"),
    ("weilijuan", "韦丽娟", "weilijuan", SPC_D, "品控部", "huangzhenhua", "韦工;韦主管"),
    ("moxiaofen", "莫小芬", "moxiaofen", SPC_D, "品控部", "weilijuan", "小莫;小芬"),
    ("zhongwenbin", "钟文斌", "zhongwenbin", SPC_D, "销售部", "huangzhenhua", "钟经理;Kevin Zhong;Kevin"),
    ("lizimeng", "李梓萌", "lizimeng", SPC_D, "销售部", "zhongwenbin", "萌萌;Mona;Mona Li"),
    ("gandesheng", "甘德胜", "gandesheng", SPC_D, "仓储部", "huangzhenhua", "甘主管;老甘"),
    ("chenshufen", "陈淑芬", "chenshufen", SPC_D, "财务部", "huangzhenhua", "陈会计;陈姐"),
    # 安平县联丝网业
    ("jiazhiqiang", "贾志强", "jiazhiqiang", MSH_D, "总经理室", None, "贾总;Mr. Jia"),
    ("haojing", "郝婧", "haojing", MSH_D, "外贸部", "jiazhiqiang", "郝经理;Cathy Hao;Cathy"),
    ("tianyu", "田宇", "tianyu", MSH_D, "外贸部", "haojing", "小田;Tony Tian;Tony"),
    ("gengweidong", "耿卫东", "gengweidong", MSH_D, "生产部", "jiazhiqiang", "耿厂长;老耿"),
    ("mengxiaofei", "孟晓飞", "mengxiaofei", MSH_D, "生产部", "gengweidong", "晓飞;孟计划"),
    ("fenglixin", "封立新", "fenglixin", MSH_D, "质检部", "jiazhiqiang", "封工;封主管"),
    ("yinhaoran", "尹浩然", "yinhaoran", MSH_D, "技术部", "jiazhiqiang", "尹工;浩然"),
    ("duanjinsuo", "段金锁", "duanjinsuo", MSH_D, "储运部", "gengweidong", "段师傅;老段"),
    ("zhengyaqin", "郑雅琴", "zhengyaqin", MSH_D, "财务部", "jiazhiqiang", "郑会计;雅琴"),
    # Saaz Green Hop Processing (Changji)
    ("tomas", "Tomáš Dvořák", "tomas.dvorak", HOP_D, "Management", None, "Tomas;Tomáš;TD;托马斯"),
    ("mahaijun", "马海军", "ma.haijun", HOP_D, "Operations", "tomas", "Ma Haijun;Haijun;马经理"),
    ("erkin", "艾尔肯·吐尔逊", "erkin.tursun", HOP_D, "Operations", "mahaijun", "Erkin Tursun;Erkin;艾尔肯;艾工"),
    ("gulnar", "古丽娜尔·阿不都克热木", "gulnar.a", HOP_D, "Quality", "tomas", "Gulnar;Gulnar Abdukerim;古丽娜尔;古丽"),
    ("handong", "韩东", "han.dong", HOP_D, "Agronomy", "tomas", "Han Dong;Dong;韩工"),
    ("songjia", "宋佳", "song.jia", HOP_D, "Supply Chain", "mahaijun", "Song Jia;Jia;Jessica Song;Jessica"),
    ("liuxiuying", "刘秀英", "liu.xiuying", HOP_D, "Finance", "tomas", "Liu Xiuying;Sherry Liu;Sherry"),
    ("petra", "Petra Nováková", "petra.novakova", HOPCZ_D, "Group Quality", None, "Petra;Petra Novakova"),
    ("jakub", "Jakub Svoboda", "jakub.svoboda", HOPCZ_D, "Group Commercial", None, "Jakub;Kuba"),
]
R = {k: {"name": n, "email": f"{u}@{d}", "department": dep, "manager": m, "aliases": a}
     for k, n, u, d, dep, m, a in ROSTER}

BOTS = {"gov": ("纪要助手", f"minutes@{GOV_D}"), "spc": ("纪要助手", f"minutes@{SPC_D}"),
        "msh": ("纪要助手", f"minutes@{MSH_D}"), "hop": ("Minutes Bot", f"minutes@{HOP_D}")}


def P(key):
    """(display name, email) of a roster person."""
    return (R[key]["name"], R[key]["email"])


def roster_csv():
    lines = ["name,email,department,manager_email,aliases"]
    for k, n, u, d, dep, m, a in ROSTER:
        mgr = R[m]["email"] if m else ""
        lines.append(f"{n},{u}@{d},{dep},{mgr},{a}")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- dates
def T(y, mo, d, h, mi, s=0, off=8):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(dt.timedelta(hours=off)))


def is_workday(d):
    return cc.is_workday(d)


def add_workdays(d, n):
    while n:
        d += dt.timedelta(1)
        if is_workday(d):
            n -= 1
    return d


def resolve(spec, sent):
    """Recompute a due date (and time) from a rule and the Date header (any offset)."""
    s = sent.astimezone(TZ8)
    d0 = s.date()
    kind, args = spec[0], spec[1:]
    tm = None
    if kind == "md":
        d = dt.date(d0.year, args[0], args[1])
        if (d0 - d).days > 90:
            d = dt.date(d0.year + 1, args[0], args[1])
    elif kind == "wd":          # bare weekday: next such day after the send day
        assert d0.weekday() != args[0], "bare weekday on its own send day is ambiguous"
        d = d0 + dt.timedelta((args[0] - d0.weekday()) % 7)
    elif kind == "this":        # 本周X: that day of this Mon-Sun week
        d = d0 + dt.timedelta(args[0] - d0.weekday())
    elif kind == "next":        # 下周X / next X
        d = d0 + dt.timedelta(7 - d0.weekday() + args[0])
    elif kind == "plus":        # 今天 0, 明天 1, 后天 2, 一周内 7
        d = d0 + dt.timedelta(args[0])
    elif kind == "workdays":
        d = add_workdays(d0, args[0])
    elif kind == "hours":
        e = s + dt.timedelta(hours=args[0])
        d, tm = e.date(), e.strftime("%H:%M")
    elif kind == "month_end":
        n = dt.date(d0.year + (d0.month == 12), d0.month % 12 + 1, 1)
        d = n - dt.timedelta(1)
    elif kind == "week_end":    # 本周内 -> Sunday of this week (dates-eval rule)
        d = d0 + dt.timedelta(6 - d0.weekday())
    elif kind == "before_hol":  # 端午节前 / 国庆节前: last workday before the first holiday day
        d = dt.date.fromisoformat(args[0]) - dt.timedelta(1)
        assert not cc.is_workday(d + dt.timedelta(1))
        while not is_workday(d):
            d -= dt.timedelta(1)
    elif kind == "after_hol":   # 节后第一个工作日: first workday after the holiday block containing args[0]
        d = dt.date.fromisoformat(args[0])
        assert not cc.is_workday(d)
        while not is_workday(d):
            d += dt.timedelta(1)
    elif kind == "tz":          # a wall time in another zone, converted to Shanghai: ("tz", "2026-05-20 11:00", 3)
        w = dt.datetime.fromisoformat(args[0]).replace(tzinfo=dt.timezone(dt.timedelta(hours=args[1])))
        e = w.astimezone(TZ8)
        d, tm = e.date(), e.strftime("%H:%M")
    else:
        raise ValueError(spec)
    return d.isoformat(), tm


# ---------------------------------------------------------------- gold helpers
class I:
    """One gold item. owner: roster key | (name, email) | ("dept", name) | None."""

    def __init__(self, owner, task, due=None, spec=None, at=None, vague=False, dept=None):
        self.owner, self.task, self.due, self.spec, self.at, self.vague = owner, task, due, spec, at, vague
        self.dept = dept

    def gold(self):
        flags = []
        if isinstance(self.owner, str):
            p = R[self.owner]
            name, email, dep = p["name"], p["email"], p["department"]
        elif isinstance(self.owner, tuple) and self.owner[0] == "dept":
            name, email, dep = None, None, self.owner[1]
        elif isinstance(self.owner, tuple):
            name, email, dep = self.owner[0], self.owner[1], self.dept
        else:
            name, email, dep = None, None, self.dept
        if name is None:
            flags.append("no_owner")
        if self.due is None:
            flags.append("vague_due" if self.vague else "no_due")
        return {"owner_name": name, "owner_email": email, "department": dep, "task": self.task,
                "due_date": self.due, "due_time": self.at, "flags": flags}


class FU:
    def __init__(self, date, time=None, spec=None):
        self.date, self.time, self.spec = date, time, spec

    def gold(self):
        return {"date": self.date, "time": self.time}


class Case:
    def __init__(self, num, slug, kind, eml, items=(), followup=None, notes="", tests="", extra=None):
        self.num, self.slug, self.kind, self.eml = num, slug, kind, eml
        self.items, self.followup, self.notes, self.tests = list(items), followup, notes, tests
        self.extra = extra or {}

    @property
    def name(self):
        return f"{self.num}-{self.slug}"

    def gold(self):
        return {"kind": self.kind, "items": [i.gold() for i in self.items],
                "next_followup": self.followup.gold() if self.followup else None,
                "reply": None, "notes": self.notes}

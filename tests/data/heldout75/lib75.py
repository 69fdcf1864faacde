"""heldout75 helpers: roster, gold items, and the date rules every gold date is checked against.

A gold date is written by hand in each case *and* paired with a rule; `resolve(rule, sent)` recomputes it from
the message's own Date header in Asia/Shanghai with chinesecalendar (holidays and 调休 make-up days), so a typo
in either place makes --check fail.
"""
import datetime as dt
from zoneinfo import ZoneInfo

import chinese_calendar as cc

SH = ZoneInfo("Asia/Shanghai")
D = dt.date

# ---------------------------------------------------------------------------------------------------- roster
# name, email, department, manager_email, aliases
FJ = "fjcutlery.example.cn"          # 阳江锋匠刀剪实业有限公司 (Yangjiang, Guangdong)
SOCA = "socaoutdoor-rz.example.cn"   # Soča Outdoor Gear (Rizhao) Co., Ltd. (Rizhao, Shandong; Slovenian-owned)
SOCA_HQ = "socaoutdoor.example.si"   # Soča Outdoor d.o.o., Kranj (Slovenia)
YJ = "yjsswj.example.gov.cn"         # 延吉市商务局 (Yanji, Jilin)
HC = "hcmijiu.example.cn"            # 孝感澴川米酒食品有限公司 (Xiaogan, Hubei)

ROSTER = [
    ("黄志坚", f"huangzhijian@{FJ}", "总经办", "", "黄总;Huang Zhijian;坚叔"),
    ("莫小燕", f"moxiaoyan@{FJ}", "总经办", f"huangzhijian@{FJ}", "小燕;Mo Xiaoyan"),
    ("冯丽华", f"fenglihua@{FJ}", "外贸部", f"huangzhijian@{FJ}", "冯经理;Lisa Feng;Lisa;华姐"),
    ("吴嘉欣", f"wujiaxin@{FJ}", "外贸部", f"fenglihua@{FJ}", "Kelly Wu;Kelly;嘉欣"),
    ("梁振东", f"liangzhendong@{FJ}", "生产部", f"huangzhijian@{FJ}", "梁厂长;梁经理;Liang Zhendong;东哥"),
    ("关永健", f"guanyongjian@{FJ}", "生产部", f"liangzhendong@{FJ}", "关主任;健哥;Guan Yongjian"),
    ("植文杰", f"zhiwenjie@{FJ}", "研发部", f"huangzhijian@{FJ}", "植经理;植工;Zhi Wenjie"),
    ("陈伟明", f"chenweiming@{FJ}", "研发部", f"zhiwenjie@{FJ}", "陈工;阿明;Chen Weiming"),
    ("李秀兰", f"lixiulan@{FJ}", "品质部", f"huangzhijian@{FJ}", "李主管;兰姐;Li Xiulan"),
    ("谭国强", f"tanguoqiang@{FJ}", "采购部", f"huangzhijian@{FJ}", "谭主管;强哥;Tan Guoqiang"),
    ("林晓彤", f"linxiaotong@{FJ}", "电商部", f"huangzhijian@{FJ}", "林经理;彤彤;Lin Xiaotong"),
    ("何雪梅", f"hexuemei@{FJ}", "财务部", f"huangzhijian@{FJ}", "何经理;He Xuemei"),
    ("Matej Kovač", f"matej.kovac@{SOCA}", "Management", "", "Matej;MK;Matej Kovac;马泰"),
    ("王海燕", f"helen.wang@{SOCA}", "Production", f"matej.kovac@{SOCA}", "Helen Wang;Helen;HW;王经理"),
    ("刘建华", f"jianhua.liu@{SOCA}", "Quality", f"matej.kovac@{SOCA}", "Jianhua Liu;Jianhua;JH;刘经理"),
    ("张明", f"simon.zhang@{SOCA}", "Supply Chain", f"matej.kovac@{SOCA}", "Simon Zhang;Simon;张经理"),
    ("孙悦", f"yolanda.sun@{SOCA}", "Supply Chain", f"simon.zhang@{SOCA}", "Yolanda Sun;Yolanda;小孙"),
    ("崔志刚", f"kevin.cui@{SOCA}", "Engineering", f"matej.kovac@{SOCA}", "Kevin Cui;Kevin;崔工"),
    ("高雅婷", f"grace.gao@{SOCA}", "HR & Admin", f"matej.kovac@{SOCA}", "Grace Gao;Grace;高主管"),
    ("于洪波", f"hongbo.yu@{SOCA}", "Finance", f"matej.kovac@{SOCA}", "Hongbo Yu;Hongbo;于经理"),
    ("Tina Hribar", f"tina.hribar@{SOCA_HQ}", "Product Development", "", "Tina;TH"),
    ("Luka Novak", f"luka.novak@{SOCA_HQ}", "Group Sourcing", "", "Luka;LN"),
    ("朴成哲", f"piaochengzhe@{YJ}", "局领导", "", "朴局长;朴局;Piao Chengzhe"),
    ("金美善", f"jinmeishan@{YJ}", "局领导", f"piaochengzhe@{YJ}", "金副局长;金局;Jin Meishan"),
    ("崔京浩", f"cuijinghao@{YJ}", "办公室", f"jinmeishan@{YJ}", "崔主任;Cui Jinghao"),
    ("赵婷", f"zhaoting@{YJ}", "办公室", f"cuijinghao@{YJ}", "小赵;Zhao Ting"),
    ("李东旭", f"lidongxu@{YJ}", "外经贸科", f"jinmeishan@{YJ}", "李科长;东旭;Li Dongxu"),
    ("全恩惠", f"quanenhui@{YJ}", "外经贸科", f"lidongxu@{YJ}", "小全;Quan Enhui"),
    ("韩雪莲", f"hanxuelian@{YJ}", "电子商务科", f"jinmeishan@{YJ}", "韩科长;Han Xuelian"),
    ("张立新", f"zhanglixin@{YJ}", "市场流通科", f"piaochengzhe@{YJ}", "张科长;Zhang Lixin"),
    ("姜明浩", f"jiangminghao@{YJ}", "口岸和开放合作科", f"piaochengzhe@{YJ}", "姜科长;Jiang Minghao"),
    ("涂国平", f"tuguoping@{HC}", "总经办", "", "涂总;Tu Guoping"),
    ("付晓雨", f"fuxiaoyu@{HC}", "总经办", f"tuguoping@{HC}", "晓雨;小付;Fu Xiaoyu"),
    ("熊慧", f"xionghui@{HC}", "电商部", f"tuguoping@{HC}", "熊经理;慧姐;Xiong Hui"),
    ("周雅琪", f"zhouyaqi@{HC}", "电商部", f"xionghui@{HC}", "琪琪;Vicky Zhou;Vicky"),
    ("胡俊", f"hujun@{HC}", "生产部", f"tuguoping@{HC}", "胡厂长;胡经理;Hu Jun"),
    ("邹建平", f"zoujianping@{HC}", "生产部", f"hujun@{HC}", "邹主任;老邹;Zou Jianping"),
    ("程敏", f"chengmin@{HC}", "品控部", f"tuguoping@{HC}", "程主管;Cheng Min"),
    ("万晓东", f"wanxiaodong@{HC}", "市场部", f"tuguoping@{HC}", "万经理;老万;Wan Xiaodong"),
    ("汪静", f"wangjing@{HC}", "采购部", f"tuguoping@{HC}", "小汪;汪主管;Wang Jing"),
    ("彭亮", f"pengliang@{HC}", "储运部", f"tuguoping@{HC}", "彭主管;亮子;Peng Liang"),
    ("严志刚", f"yanzhigang@{HC}", "财务部", f"tuguoping@{HC}", "严经理;Yan Zhigang"),
]
BY_NAME = {r[0]: r for r in ROSTER}
DEPARTMENTS = {r[2] for r in ROSTER}


def email_of(name):
    return BY_NAME[name][1]


# ---------------------------------------------------------------------------------------------------- gold
VAGUE = "vague"


def I(owner, task, due=None, rule=None, time=None, email=None, dept=None):
    """One gold item. owner: roster name, an outsider's name (give email), or None (dept-only / nobody).
    rule: the date rule that must reproduce `due` (None = no deadline at all, VAGUE = 尽快/ASAP/待定...)."""
    flags = []
    if owner in BY_NAME:
        email, dept = BY_NAME[owner][1], BY_NAME[owner][2]
    if owner is None:
        flags.append("no_owner")
    if due is None:
        flags.append("vague_due" if rule == VAGUE else "no_due")
    gold = {"owner_name": owner, "owner_email": email, "department": dept, "task": task,
            "due_date": due, "due_time": time, "flags": flags}
    return gold, rule


def F(date, time=None, rule=None):
    """next_followup gold + the rule that must reproduce it."""
    return {"date": date, "time": time}, rule


# ---------------------------------------------------------------------------------------------------- dates
def workday(d):
    return cc.is_workday(d)


def add_workdays(d, n):
    while n:
        d += dt.timedelta(days=1)
        if workday(d):
            n -= 1
    return d


def holiday_block(d):
    a = b = d
    while not workday(a - dt.timedelta(days=1)):
        a -= dt.timedelta(days=1)
    while not workday(b + dt.timedelta(days=1)):
        b += dt.timedelta(days=1)
    return a, b


def local(sent):
    return sent.astimezone(SH)


def resolve(rule, sent):
    """Return (iso date, 'HH:MM' or None) for a rule, from an aware send datetime."""
    t = local(sent)
    d = t.date()
    kind, args = rule[0], rule[1:]
    tm = None
    if kind == "md":                       # 6月12日 / 6/12 / June 12 (current year; >90 days past rolls over)
        out = D(d.year, args[0], args[1])
        if out < d - dt.timedelta(days=90):
            out = D(d.year + 1, args[0], args[1])
    elif kind == "wd":                     # bare weekday: on or after the send date (corpus README)
        out = d + dt.timedelta(days=(args[0] - d.weekday()) % 7)
    elif kind == "this":                   # 本周X
        out = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=args[0])
    elif kind == "next":                   # 下周X / next Monday
        out = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=7 + args[0])
    elif kind == "rel":                    # 今天 / 明天 / 后天 / N天内 / in two weeks
        out = d + dt.timedelta(days=args[0])
    elif kind == "workdays":               # N个工作日内
        out = add_workdays(d, args[0])
    elif kind == "month_end":              # 月底 / 本月底 / end of month (+n months)
        m = d.month + (args[0] if args else 0)
        y = d.year + (m - 1) // 12
        m = (m - 1) % 12 + 1
        out = D(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
    elif kind == "quarter_end":            # 季度末 / 本季度末
        q_last = ((d.month - 1) // 3 + 1) * 3
        out = D(d.year + (q_last == 12), q_last % 12 + 1, 1) - dt.timedelta(days=1)
    elif kind == "week_end":               # 本周内 (calendar-week end, date-phrases.tsv)
        out = d + dt.timedelta(days=6 - d.weekday())
    elif kind == "pre_hol":                # 端午节前 / 中秋节前: last working day before the holiday block
        a, _ = holiday_block(D.fromisoformat(args[0]))
        out = a - dt.timedelta(days=1)
        while not workday(out):
            out -= dt.timedelta(days=1)
    elif kind == "post_hol":               # 节后第一个工作日 / 节后N个工作日内
        _, b = holiday_block(D.fromisoformat(args[0]))
        out = add_workdays(b, args[1] if len(args) > 1 else 1)
    elif kind == "next_workday":           # 下个工作日
        out = add_workdays(d, 1)
    elif kind in ("hours", "minutes"):     # N小时内 / 30分钟内 / within 24 hours
        delta = dt.timedelta(hours=args[0]) if kind == "hours" else dt.timedelta(minutes=args[0])
        e = t + delta
        out, tm = e.date(), e.strftime("%H:%M")
    elif kind == "at":                     # a wall-clock time in another zone: ('at', 'YYYY-MM-DD', 'HH:MM', offset_h)
        tz = dt.timezone(dt.timedelta(hours=args[2]))
        e = dt.datetime.fromisoformat(f"{args[0]}T{args[1]}").replace(tzinfo=tz).astimezone(SH)
        out, tm = e.date(), e.strftime("%H:%M")
    else:
        raise ValueError(rule)
    return out.isoformat(), tm

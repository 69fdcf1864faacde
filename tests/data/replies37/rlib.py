# -*- coding: utf-8 -*-
"""Helpers for make_replies37.py: calendar rules, people, meetings, the bot's recaps,
client quote styles and raw MIME assembly.  Deterministic: no clock, no randomness."""
import base64
import datetime as dt
import hashlib
import html
import quopri

import chinese_calendar

SH = dt.timezone(dt.timedelta(hours=8), "CST")
TZ = {"+0800": dt.timezone(dt.timedelta(hours=8)), "+0700": dt.timezone(dt.timedelta(hours=7)),
      "+0000": dt.timezone.utc}

# ---------------------------------------------------------------- calendar rules
WD_ZH = "一二三四五六日"
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def is_workday(d):
    return chinese_calendar.is_workday(d)


def add_workdays(d, n):
    """N个工作日: count Chinese working days starting the day after d."""
    cur = d
    while n > 0:
        cur += dt.timedelta(days=1)
        if is_workday(cur):
            n -= 1
    return cur


def first_workday_after_next_holiday(d):
    """节后第一个工作日: the first working day after the next statutory holiday block."""
    cur = d
    for _ in range(400):
        on, name = chinese_calendar.get_holiday_detail(cur)
        if on and name is not None and not is_workday(cur):
            break
        cur += dt.timedelta(days=1)
    else:
        raise ValueError("no holiday found")
    while not is_workday(cur):
        cur += dt.timedelta(days=1)
    return cur


def month_end(d):
    nxt = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return nxt - dt.timedelta(days=1)


def resolve_rule(rule, sent_date, item_due=None):
    """Recompute an extension date from the reply's own send date (Asia/Shanghai)."""
    kind = rule[0]
    if kind == "abs":
        return dt.date.fromisoformat(rule[1])
    if kind == "dom":                      # '15号' / 'the 21st'
        day = rule[1]
        if day >= sent_date.day:
            return sent_date.replace(day=day)
        nm = month_end(sent_date) + dt.timedelta(days=1)
        return nm.replace(day=day)
    if kind == "next_week":                # '下周三' / 'next Tuesday': weekday of the following calendar week
        monday = sent_date - dt.timedelta(days=sent_date.weekday()) + dt.timedelta(days=7)
        return monday + dt.timedelta(days=rule[1])
    if kind == "this_week":                # '本周五': this week's weekday, even on a holiday
        monday = sent_date - dt.timedelta(days=sent_date.weekday())
        return monday + dt.timedelta(days=rule[1])
    if kind == "workdays":                 # 'N个工作日'
        return add_workdays(sent_date, rule[1])
    if kind == "after_holiday":            # '节后第一个工作日'
        return first_workday_after_next_holiday(sent_date)
    if kind == "month_end":                # '月底'
        return month_end(sent_date)
    if kind == "plus_due":                 # 'two more days' / '还要两天': N calendar days after the current due date
        return item_due + dt.timedelta(days=rule[1])
    raise ValueError(rule)


def sh(y, m, d, hh, mm, ss=0):
    return dt.datetime(y, m, d, hh, mm, ss, tzinfo=SH)


# ---------------------------------------------------------------- people
WF = "wanfeng.example.cn"
XM = "xingmu.example.cn"
SIAM = "siamorchard.example.co.th"
YJ = "yujia-bio.example.com.tw"
PD = "powerda.example.com.hk"
RY = "ruiying-opto.example.cn"

# key: (name, email, department, manager_key, aliases, org)
_P = [
    # 宛丰牧业集团 (Wanfeng Agri-Husbandry Group, Nanyang)
    ("zhouzhenhua", "周振华", WF, "生产管理部", None, "周部长;Zhou Zhenhua;老周"),
    ("lihongmei", "李红梅", WF, "生产管理部", "zhouzhenhua", "李主管;Li Hongmei;红梅"),
    ("wangjianjun", "王建军", WF, "兽医技术部", None, "王经理;Wang Jianjun;王兽医"),
    ("zhangxiaodong", "张晓东", WF, "兽医技术部", "wangjianjun", "Zhang Xiaodong;晓东;张医生"),
    ("chenzhigang", "陈志刚", WF, "养殖事业部", None, "陈总;Chen Zhigang"),
    ("liuguoqiang", "刘国强", WF, "养殖事业部", "chenzhigang", "刘场长;Liu Guoqiang;国强"),
    ("sunlina", "孙丽娜", WF, "采购部", None, "孙经理;Sun Lina;Lina Sun"),
    ("guopeng", "郭鹏", WF, "采购部", "sunlina", "小郭;Guo Peng;Peter Guo"),
    ("hebin", "何斌", WF, "食品事业部", None, "何总;He Bin"),
    ("mawenjing", "马文静", WF, "食品事业部", "hebin", "马主管;Ma Wenjing;文静"),
    ("hanlei", "韩磊", WF, "物流部", None, "韩经理;Han Lei;Leo Han"),
    ("xujia", "许佳", WF, "零售事业部", None, "许总;Xu Jia;Jessica Xu"),
    ("yangfan", "杨帆", WF, "零售事业部", "xujia", "Yang Fan;Vivian Yang;Vivian"),
    ("huangli", "黄丽", WF, "质量管理部", None, "黄经理;Huang Li;Lily Huang"),
    # 星幕影城 (Xingmu Cinemas, Wuhan)
    ("qiuzhiyuan", "邱志远", XM, "运营中心", None, "邱总;Qiu Zhiyuan"),
    ("fanglin", "方琳", XM, "运营中心", "qiuzhiyuan", "方经理;Fang Lin;Lynn Fang"),
    ("hejun", "何俊", XM, "卖品部", "qiuzhiyuan", "何经理;He Jun"),
    ("tangting", "唐婷", XM, "市场部", None, "唐经理;Tang Ting;Tina Tang"),
    ("luochen", "罗晨", XM, "市场部", "tangting", "小罗;Luo Chen"),
    ("caiwei", "蔡伟", XM, "工程部", None, "蔡工;蔡经理;Cai Wei"),
    ("penghao", "彭浩", XM, "工程部", "caiwei", "彭工;Peng Hao"),
    ("zhongmin", "钟敏", XM, "财务部", None, "钟经理;Zhong Min"),
    ("xionglei", "熊磊", XM, "门店运营部", "qiuzhiyuan", "熊店;Xiong Lei"),
    ("weixiaoxue", "魏晓雪", XM, "门店运营部", "qiuzhiyuan", "魏店;Wei Xiaoxue;晓雪"),
]
_EXT = [
    # outsiders who write (department empty: not one of ours)
    ("somchai", "Somchai Rattanakul", "somchai.r@" + SIAM, None, "Somchai;Khun Somchai"),
    ("nattaya", "Nattaya Wongsuwan", "nattaya.w@" + SIAM, "somchai", "Nattaya;Nat;Khun Nattaya"),
    ("kittipong", "Kittipong Saelim", "kittipong.s@" + SIAM, "somchai", "Kittipong;Kit"),
    ("linyating", "林雅婷", "yating.lin@" + YJ, "chenzhiming", "Yating Lin;Ellen Lin;林小姐"),
    ("chenzhiming", "陳志明", "cm.chen@" + YJ, None, "陈志明;陳經理;Jimmy Chen"),
    ("kathy", "陳嘉欣", "kathy.chan@" + PD, None, "Kathy Chan;陈嘉欣;Kathy"),
    ("jason", "黃子謙", "jason.wong@" + PD, None, "Jason Wong;黄子谦;Jason"),
    ("liangwei", "梁伟", "liangwei@" + RY, None, "梁工;Liang Wei"),
]

PEOPLE = {}
for key, name, dom, dept, mgr, aliases in _P:
    PEOPLE[key] = dict(key=key, name=name, email="%s@%s" % (key, dom), dept=dept, mgr=mgr,
                       aliases=aliases, domain=dom)
for key, name, email_, mgr, aliases in _EXT:
    PEOPLE[key] = dict(key=key, name=name, email=email_, dept="", mgr=mgr, aliases=aliases,
                       domain=email_.split("@")[1])


def P(key):
    return PEOPLE[key]


def roster_rows():
    rows = []
    for p in PEOPLE.values():
        mgr = PEOPLE[p["mgr"]]["email"] if p["mgr"] else ""
        rows.append([p["name"], p["email"], p["dept"], mgr, p["aliases"]])
    return rows


# ---------------------------------------------------------------- meetings and recaps
def hexid(*parts, n=10):
    return hashlib.sha256("|".join(str(x) for x in parts).encode()).hexdigest()[:n]


class Meeting:
    def __init__(self, mid, domain, lang, subject, organizer, minutes_at, recap_at, to, cc, items,
                 minutes_msgid, org_name, notes=""):
        self.mid = mid
        self.domain = domain
        self.lang = lang
        self.subject = subject
        self.organizer = organizer
        self.minutes_at = minutes_at
        self.recap_at = recap_at
        self.to = to
        self.cc = cc
        # items: list of (task, owner_key, 'YYYY-MM-DD')
        self.items = [(i + 1, t, o, dt.date.fromisoformat(d)) for i, (t, o, d) in enumerate(items)]
        self.minutes_msgid = minutes_msgid
        self.recap_msgid = "<r.%s.%s@%s>" % (recap_at.strftime("%Y%m%d%H%M"), hexid("recap", mid), domain)
        self.token = "r" + hexid("token", mid, n=16)
        self.reply_addr = "minutes+%s@%s" % (self.token, domain)
        self.bot_addr = "minutes@" + domain
        self.org_name = org_name
        self.notes = notes

    @property
    def recap_subject(self):
        return "Re: " + self.subject

    def item(self, n):
        return self.items[n - 1]

    def owner_items(self, key):
        return [n for n, _, o, _ in self.items if o == key]

    def cutoff(self):
        return "%s 18:00" % self.recap_at.strftime("%Y-%m-%d")

    # -- the bot's recap text (what the bot's text/plain part says)
    def recap_lines(self):
        rows = []
        if self.lang == "zh":
            rows += ["各位好：", "", "纪要助手已登记本次会议的待办事项：",
                     "| 序号 | 事项 | 负责人 | 截止时间 |"]
            for n, t, o, d in self.items:
                rows.append("| %d | %s | %s | %s |" % (n, t, P(o)["name"], d.isoformat()))
            rows += ["", "如有异议请于今日内回复（截止 %s，逾期视为无异议）。" % self.cutoff(),
                     "回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。",
                     "", "—— 纪要助手（系统自动发送，请勿修改主题）"]
        else:
            rows += ["Hello all,", "", "Minutes Assistant has recorded the following action items:",
                     "| # | Action item | Owner | Due |"]
            for n, t, o, d in self.items:
                rows.append("| %d | %s | %s | %s |" % (n, t, P(o)["name"], d.isoformat()))
            rows += ["", "If you disagree, please reply today (by %s); otherwise the items are confirmed." % self.cutoff(),
                     "Reply to this mail with \"confirm\", \"object: reason\", \"item N done\", \"progress 80%\" or \"extend to Oct 20\".",
                     "（中文回复亦可：“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”）",
                     "", "-- Minutes Assistant (automated message)"]
        return rows

    def recap_lines_tabbed(self):
        """How Outlook's text/plain renders the quoted HTML table: cells separated by tabs."""
        out = []
        for line in self.recap_lines():
            if line.startswith("| "):
                cells = [c.strip() for c in line.strip("|").split("|")]
                out.append("\t".join(cells))
            else:
                out.append(line)
        return out

    def recap_html(self):
        lines = self.recap_lines()
        parts = []
        table = []
        for line in lines:
            if line.startswith("| "):
                cells = [html.escape(c.strip()) for c in line.strip("|").split("|")]
                tag = "th" if not table else "td"
                table.append("<tr>" + "".join("<%s>%s</%s>" % (tag, c, tag) for c in cells) + "</tr>")
                continue
            if table:
                parts.append('<table border="1" cellspacing="0" cellpadding="4" '
                             'style="border-collapse:collapse;font-size:14px">\n' + "\n".join(table) + "\n</table>")
                table = []
            parts.append("<div>%s</div>" % (html.escape(line) if line else "<br>"))
        return "\n".join(parts)

    def recipients(self, which):
        return [P(k) for k in (self.to if which == "to" else self.cc)]


def _items(*rows):
    return list(rows)


MEETINGS = {}


def _m(*a, **kw):
    m = Meeting(*a, **kw)
    MEETINGS[m.mid] = m
    return m


_m("WFA", WF, "zh", "【会议纪要】生物安全周例会（2026年第14周）", "lihongmei",
   sh(2026, 4, 2, 11, 38, 21), sh(2026, 4, 2, 11, 42, 10),
   ["lihongmei", "liuguoqiang", "zhangxiaodong", "guopeng"],
   ["zhouzhenhua", "wangjianjun", "chenzhigang", "sunlina"],
   _items(("完成三场洗消中心烘干房温度校准", "liuguoqiang", "2026-04-03"),
          ("提交清明假期值班及门岗排班表", "lihongmei", "2026-04-03"),
          ("完成母猪群蓝耳抗体抽检（60头）", "zhangxiaodong", "2026-04-10"),
          ("修订外来车辆入场登记制度", "lihongmei", "2026-04-03"),
          ("采购第二批消毒剂（过硫酸氢钾）", "guopeng", "2026-04-08"),
          ("核对饲料车专线运输路线", "liuguoqiang", "2026-04-09")),
   "<202604021138214471203@%s>" % WF, "宛丰牧业集团",
   "Thu before Qingming (holiday 04-04..04-06, no make-up day).")

_m("WFB", WF, "zh", "五一假期生猪出栏与屠宰排产协调会纪要", "mawenjing",
   sh(2026, 4, 28, 16, 5, 12), sh(2026, 4, 28, 16, 20, 41),
   ["mawenjing", "liuguoqiang", "hanlei", "yangfan", "sunlina", "lihongmei"],
   ["hebin", "zhouzhenhua", "chenzhigang"],
   _items(("确认5月1日-5日屠宰厂排产计划", "mawenjing", "2026-04-30"),
          ("协调三场、五场节前出栏1200头", "liuguoqiang", "2026-04-30"),
          ("安排节日期间冷链车辆及司机值班", "hanlei", "2026-04-29"),
          ("完成节后鲜品门店配送计划", "yangfan", "2026-05-06"),
          ("提交五月生猪收购价格方案", "sunlina", "2026-05-08"),
          ("组织节后复工生物安全检查", "lihongmei", "2026-05-07")),
   "<SH0PR01MB0617A3C5D2E94F1B8C0D5E61A2B3C@SH0PR01MB0617.CHNPR01.prod.partner.outlook.cn>",
   "宛丰牧业集团", "Tue before Labour Day (holiday 05-01..05-05, make-up working day Sat 05-09).")

_m("WFC", WF, "en", "Meeting notes: durian & mangosteen season supply (May 13)", "yangfan",
   sh(2026, 5, 13, 16, 58, 2), sh(2026, 5, 13, 17, 6, 22),
   ["yangfan", "somchai", "nattaya", "hanlei"], ["xujia", "kittipong"],
   _items(("send the June shipment volume forecast", "yangfan", "2026-05-15"),
          ("share the GACC registration numbers of the three packing houses", "somchai", "2026-05-18"),
          ("confirm reefer container capacity at the Nanyang DC", "hanlei", "2026-05-20"),
          ("send the revised FOB price list for Monthong durian", "nattaya", "2026-05-19"),
          ("arrange phytosanitary certificate samples", "nattaya", "2026-05-22"),
          ("draft the in-store promotion plan for the 42 Wanfeng Fresh stores", "yangfan", "2026-05-27")),
   "<SH0PR01MB0731E0F4A1B2C3D4E5F60718293A@SH0PR01MB0731.CHNPR01.prod.partner.outlook.cn>",
   "宛丰牧业集团 x Siam Orchard", "English meeting with the Thai fruit partner; the bot writes the recap in English.")

_m("WFD", WF, "zh", "【纪要】益生菌饲料添加剂导入协调会（6月16日）", "sunlina",
   sh(2026, 6, 16, 11, 20, 44), sh(2026, 6, 16, 11, 35, 8),
   ["sunlina", "linyating", "zhangxiaodong", "guopeng", "huangli"], ["chenzhiming", "wangjianjun"],
   _items(("提供益生菌添加剂第三方检测报告", "linyating", "2026-06-18"),
          ("制定育肥场饲喂对比试验方案", "zhangxiaodong", "2026-06-24"),
          ("确认7月首批到货数量及报关资料", "guopeng", "2026-06-23"),
          ("寄送试用样品20公斤", "linyating", "2026-06-22"),
          ("完成供应商准入审核", "huangli", "2026-06-30")),
   "<SH0PR01MB0544B7D1C2A3F4E5D6C7B8A90123@SH0PR01MB0544.CHNPR01.prod.partner.outlook.cn>",
   "宛丰牧业集团 x 昱嘉生技", "Tue before Dragon Boat (holiday Fri 06-19..Sun 06-21, no make-up day).")

_m("XMA", XM, "zh", "五一档排片及卖品筹备会会议纪要（4月22日）", "fanglin",
   sh(2026, 4, 22, 13, 55, 40), sh(2026, 4, 22, 14, 8, 33),
   ["fanglin", "hejun", "luochen", "penghao", "xionglei", "zhongmin"],
   ["qiuzhiyuan", "tangting", "caiwei"],
   _items(("提交五一档各店排片初稿", "fanglin", "2026-04-27"),
          ("完成爆米花新品套餐定价及上架", "hejun", "2026-04-29"),
          ("发布五一档会员购票优惠推文", "luochen", "2026-04-28"),
          ("检修光谷店3号厅音响", "penghao", "2026-04-26"),
          ("制定节假日门店人员排班", "xionglei", "2026-04-28"),
          ("核对五一档票房分账比例", "zhongmin", "2026-04-30")),
   "<202604221355403318726@%s>" % XM, "星幕影城", "Cinema chain before the Labour Day box-office period.")

_m("XMB", XM, "zh", "端午档及暑期档港片宣发沟通会纪要", "tangting",
   sh(2026, 6, 10, 16, 50, 5), sh(2026, 6, 10, 17, 8, 5),
   ["tangting", "kathy", "fanglin", "luochen"], ["qiuzhiyuan", "jason"],
   _items(("提供《夜航西环》粤语版DCP及中文字幕文件", "kathy", "2026-06-15"),
          ("确认端午档点映场次", "fanglin", "2026-06-12"),
          ("制作暑期档港片主题海报", "luochen", "2026-06-17"),
          ("提交映前广告投放预算", "tangting", "2026-06-16"),
          ("寄送主创签名海报及宣传物料", "kathy", "2026-06-18")),
   "<tencent_4E1B7C2A9D3F5E6A8B0C1D2E3F405162@qq.com>", "星幕影城 x 宝达影业(香港)",
   "Meeting with the Hong Kong distributor before Dragon Boat.")

_m("XMC", XM, "zh", "激光放映机改造项目周会纪要 2026-07-01", "caiwei",
   sh(2026, 7, 1, 15, 48, 19), sh(2026, 7, 1, 16, 2, 47),
   ["caiwei", "liangwei", "fanglin", "penghao", "zhongmin", "weixiaoxue"], ["qiuzhiyuan"],
   _items(("完成汉街店1号厅激光光源安装", "liangwei", "2026-07-08"),
          ("提交改造期间停映场次调整方案", "fanglin", "2026-07-03"),
          ("完成银幕增益测试并出具报告", "penghao", "2026-07-10"),
          ("办理改造工程首期付款申请", "zhongmin", "2026-07-15"),
          ("通知受影响会员并处理退票", "weixiaoxue", "2026-07-06"),
          ("更新放映设备维保台账", "penghao", "2026-07-17")),
   "<0F2A6C1E-93B4-4D7A-8E25-5C1B0A9D7E43@%s>" % XM, "星幕影城 x 锐影光电",
   "Laser projector retrofit project with the vendor.")


# ---------------------------------------------------------------- encoding helpers
def codec(charset):
    cs = charset.lower()
    return {"gb2312": "gbk", "x-gbk": "gbk"}.get(cs, cs)   # a gb2312 label carries cp936 (GBK) bytes in practice


def ew(text, charset="utf-8", enc="B", label=None, errors="strict"):
    """RFC 2047 encoded words (each <= 75 chars), joined with folding whitespace."""
    label = label or charset
    c = codec(charset)
    text = text.encode(c, errors).decode(c)
    words, cur = [], ""
    overhead = len("=?%s?%s??=" % (label, enc))

    def enc_len(s):
        b = s.encode(c)
        if enc.upper() == "B":
            return (len(b) + 2) // 3 * 4
        return sum(1 if (chr(x).isalnum() or chr(x) in "!*+-/") else 3 for x in b)

    def encode(s):
        b = s.encode(c)
        if enc.upper() == "B":
            return "=?%s?%s?%s?=" % (label, enc, base64.b64encode(b).decode())
        out = []
        for x in b:
            ch = chr(x)
            if ch == " ":
                out.append("_")
            elif ch.isalnum() and x < 128 or ch in "!*+-/":
                out.append(ch)
            else:
                out.append("=%02X" % x)
        return "=?%s?%s?%s?=" % (label, enc, "".join(out))

    for ch in text:
        if cur and enc_len(cur + ch) + overhead > 75:
            words.append(encode(cur))
            cur = ""
        cur += ch
    if cur:
        words.append(encode(cur))
    return "\n ".join(words)


def is_ascii(s):
    return all(ord(ch) < 128 for ch in s)


def addr(p_or_name, email_=None, charset="utf-8", quoted=False, enc="B", label=None, errors="strict"):
    if isinstance(p_or_name, dict):
        name, email_ = p_or_name["name"], p_or_name["email"]
    else:
        name = p_or_name
    if is_ascii(name):
        if any(ch in name for ch in ',.;:()<>@"') or quoted:
            return '"%s" <%s>' % (name, email_)
        return "%s <%s>" % (name, email_)
    w = ew(name, charset, enc, label, errors)
    if quoted:
        return '"%s" <%s>' % (w, email_)
    return "%s <%s>" % (w, email_)


def addr_list(items, sep=",\n "):
    return sep.join(items)


def b64body(data, linelen=76):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + linelen] for i in range(0, len(s), linelen)) + "\n"


def qpbody(data):
    out = quopri.encodestring(data).decode("ascii")
    if not out.endswith("\n"):
        out += "\n"
    return out


def rfc_date(d):
    """RFC 5322 date in the datetime's own offset, day without leading zero."""
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()]
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.month - 1]
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (wd, d.day, mon, d.year, d.hour, d.minute, d.second,
                                                    sign, mins // 60, mins % 60)


# ---------------------------------------------------------------- MIME tree
class Node:
    def __init__(self, headers, body):
        self.headers = headers      # list of raw header lines (already folded)
        self.body = body            # bytes


def text_leaf(subtype, charset, cte, text, crlf=False, errors="strict", flowed=False, extra=None,
              quote_label=True):
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    data = text.encode(codec(charset), errors)
    lab = '"%s"' % charset if quote_label else charset
    ct = "Content-Type: text/%s; charset=%s" % (subtype, lab)
    if flowed:
        ct += "; format=flowed"
    if cte == "base64":
        body = b64body(data).encode()
    elif cte == "quoted-printable":
        body = qpbody(data).encode()
    elif cte in ("8bit", "7bit"):
        body = data if data.endswith(b"\n") else data + b"\n"
        if crlf:
            body = body.replace(b"\r\n", b"\n")
    else:
        raise ValueError(cte)
    hdrs = [ct, "Content-Transfer-Encoding: %s" % cte] + (extra or [])
    return Node(hdrs, body)


def bin_leaf(ctype, filename, data, style="rfc2231", charset="utf-8", disposition="attachment", extra=None):
    if is_ascii(filename):
        nm = 'name="%s"' % filename
        fn = 'filename="%s"' % filename
    elif style == "rfc2231":
        from urllib.parse import quote
        q = quote(filename.encode(codec(charset)), safe="")
        nm = "name*=%s''%s" % (charset, q)
        fn = "filename*=%s''%s" % (charset, q)
    else:  # rfc2047 inside quotes, as Outlook/Foxmail do
        w = ew(filename, charset).replace("\n ", "")
        nm = 'name="%s"' % w
        fn = 'filename="%s"' % w
    hdrs = ["Content-Type: %s;\n\t%s" % (ctype, nm),
            "Content-Disposition: %s;\n\t%s" % (disposition, fn),
            "Content-Transfer-Encoding: base64"] + (extra or [])
    return Node(hdrs, b64body(data).encode())


def multipart(subtype, boundary, children, preamble=None, extra_params=""):
    hdrs = ['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (subtype, extra_params, boundary)]
    out = b""
    if preamble:
        out += preamble.encode() + b"\n"
    for ch in children:
        out += b"\n--" + boundary.encode() + b"\n"
        out += "\n".join(ch.headers).encode() + b"\n\n" + ch.body
    out += b"\n--" + boundary.encode() + b"--\n"
    if out.startswith(b"\n"):
        out = out[1:]
    return Node(hdrs, out)


def serialize(top_headers, node):
    """top_headers: list of 'Name: value' strings; the token '@CT' marks where the content headers go."""
    lines = []
    placed = False
    for h in top_headers:
        if h == "@CT":
            lines.extend(node.headers)
            placed = True
        else:
            lines.append(h)
    if not placed:
        lines.extend(node.headers)
    head = "\n".join(lines).encode("ascii")
    return head + b"\n\n" + node.body


def html_lines(lines):
    out = []
    for l in lines:
        out.append("<div>%s</div>" % (html.escape(l) if l.strip() else "<br>"))
    return "\n".join(out)


# ---------------------------------------------------------------- attachments
def make_pdf(title, lines):
    """A small deterministic PDF (reportlab, invariant=1) with a CJK font."""
    import io
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setFont("STSong-Light", 15)
    y = 800
    c.drawString(60, y, title)
    c.setFont("STSong-Light", 11)
    for l in lines:
        y -= 22
        c.drawString(60, y, l)
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- date formats used in quote headers
TH_MON = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม",
          "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
TH_MON_AB = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
TH_WD = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"]
TH_WD_AB = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def h12(d):
    h = d.hour % 12 or 12
    return h


def ampm_zh(d):
    return "上午" if d.hour < 12 else "下午"


def qq_period(d):
    h = d.hour
    if h < 6:
        return "凌晨"
    if h < 12:
        return "上午"
    if h < 13:
        return "中午"
    if h < 18:
        return "下午"
    return "晚上"


def fmt(d, style):
    y, mo, da, H, M, S = d.year, d.month, d.day, d.hour, d.minute, d.second
    wz = WD_ZH[d.weekday()]
    if style == "outlook_cn":
        return "%d年%d月%d日 %d:%02d" % (y, mo, da, H, M)
    if style == "outlook_mac_cn":
        return "%d年%d月%d日 星期%s %d:%02d" % (y, mo, da, wz, H, M)
    if style == "outlook_tw":
        return "%d年%d月%d日 %s %d:%02d" % (y, mo, da, ampm_zh(d), h12(d), M)
    if style == "outlook_hk":
        return "%d年%d月%d日 %d:%02d" % (y, mo, da, H, M)
    if style == "outlook_en":
        return "%s, %s %d, %d %d:%02d %s" % (WD_EN[d.weekday()], EN_MON[mo - 1], da, y, h12(d), M,
                                            "AM" if H < 12 else "PM")
    if style == "outlook_mobile":
        return "%s, %s %d, %d %d:%02d:%02d %s" % (WD_EN[d.weekday()], EN_MON[mo - 1], da, y, h12(d), M, S,
                                                 "AM" if H < 12 else "PM")
    if style == "outlook_th":   # Thai Windows regional format: Buddhist era year
        return "วัน%sที่ %d %s %d %d:%02d" % (TH_WD[d.weekday()], da, TH_MON[mo - 1], y + 543, H, M)
    if style == "foxmail":
        return "%d-%02d-%02d %02d:%02d" % (y, mo, da, H, M)
    if style == "mailmaster":
        return "%d年%02d月%02d日 %02d:%02d" % (y, mo, da, H, M)
    if style == "qq":
        return "%d年%d月%d日(星期%s) %s%d:%02d" % (y, mo, da, wz, qq_period(d), h12(d), M)
    if style == "alimail":
        return "%d年%d月%d日(星期%s) %02d:%02d" % (y, mo, da, wz, H, M)
    if style == "huawei":
        return "%d年%d月%d日周%s %s%d:%02d" % (y, mo, da, wz, ampm_zh(d), h12(d), M)
    if style == "wecom":
        return "%d年%d月%d日 %02d:%02d" % (y, mo, da, H, M)
    if style == "feishu":
        return "%d年%d月%d日 (周%s) %02d:%02d" % (y, mo, da, wz, H, M)
    if style == "thunderbird":
        return "%d/%d/%d %02d:%02d" % (y, mo, da, H, M)
    if style == "k9":
        return "%d年%d月%d日 %s%d:%02d:%02d" % (y, mo, da, ampm_zh(d), h12(d), M, S)
    if style == "ios_cn":
        return "%d年%d月%d日，%02d:%02d" % (y, mo, da, H, M)
    if style == "mac_cn":
        return "%d年%d月%d日 %02d:%02d" % (y, mo, da, H, M)
    if style == "ios_hk":
        return "%d年%d月%d日，%s%d:%02d" % (y, mo, da, ampm_zh(d), h12(d), M)
    if style == "ios_tw":
        return "%d年%d月%d日 %s%d:%02d" % (y, mo, da, ampm_zh(d), h12(d), M)
    if style == "ios_en":
        return "%s %d, %d, at %d:%02d %s" % (EN_MON[mo - 1][:3], da, y, h12(d), M, "AM" if H < 12 else "PM")
    if style == "gmail_cn":
        return "%d年%d月%d日周%s %02d:%02d" % (y, mo, da, wz, H, M)
    if style == "gmail_en":
        return "%s, %s %d, %d at %d:%02d %s" % (WD_EN[d.weekday()][:3], EN_MON[mo - 1][:3], da, y, h12(d), M,
                                               "AM" if H < 12 else "PM")
    if style == "gmail_tw":
        return "%d年%d月%d日 週%s %s%d:%02d" % (y, mo, da, wz, ampm_zh(d), h12(d), M)
    if style == "gmail_th":
        return "%s %d %s %d เวลา %02d:%02d" % (TH_WD_AB[d.weekday()], da, TH_MON_AB[mo - 1], y, H, M)
    if style == "samsung":
        return "%d/%d/%d %02d:%02d (GMT+07:00)" % (da, mo, y, H, M)
    raise ValueError(style)


# ---------------------------------------------------------------- quote blocks of each client
BOT = "纪要助手"


def _names(ps, style):
    if style == "outlook":
        return "; ".join("%s <%s>" % (p["name"], p["email"]) for p in ps)
    if style == "foxmail":
        return "; ".join(p["name"] for p in ps)
    if style == "qq":
        return "".join('"%s"<%s>;' % (p["name"], p["email"]) for p in ps)
    if style == "mm":
        return ", ".join("%s<%s>" % (p["name"], p["email"]) for p in ps)
    if style == "comma":
        return ", ".join("%s <%s>" % (p["name"], p["email"]) for p in ps)
    raise ValueError(style)


def _hdr_html(pairs, open_="<div>", close="</div>"):
    return "\n".join("%s<b>%s</b> %s%s" % (open_, html.escape(k), html.escape(v), close) for k, v in pairs)


def quote_block(style, m, tz):
    """Returns dict(mode='block'|'cite', text=[lines before the recap], html=str, recap_text=lines,
    recap_html=str, html_open, html_close)."""
    r = m.recap_at.astimezone(tz)
    to, cc = m.recipients("to"), m.recipients("cc")
    bot = "%s <%s>" % (BOT, m.bot_addr)
    subj = m.recap_subject
    recap = m.recap_lines()
    rh = m.recap_html()
    d = dict(recap_text=recap, recap_html=rh, html_open="", html_close="")

    def block(pairs, sep_line=None, text_kv=": ", html_pre="", html_post=""):
        t = ([sep_line] if sep_line else []) + ["%s%s%s" % (k, text_kv, v) for k, v in pairs if v]
        h = html_pre + _hdr_html([(k + text_kv.rstrip(), v) for k, v in pairs if v]) + html_post
        return t, h

    if style in ("outlook_cn", "outlook_tw", "outlook_hk", "outlook_en", "outlook_th", "owa_cn", "owa_en",
                 "outlook_mobile"):
        lab = {"outlook_cn": ("发件人", "发送时间", "收件人", "抄送", "主题", "outlook_cn"),
               "owa_cn": ("发件人", "发送时间", "收件人", "抄送", "主题", "outlook_cn"),
               "outlook_mobile": ("发件人", "发送时间", "收件人", "抄送", "主题", "outlook_mobile"),
               "outlook_tw": ("寄件者", "寄件日期", "收件者", "副本", "主旨", "outlook_tw"),
               "outlook_hk": ("寄件者", "寄件日期", "收件者", "副本", "主旨", "outlook_hk"),
               "outlook_en": ("From", "Sent", "To", "Cc", "Subject", "outlook_en"),
               "owa_en": ("From", "Sent", "To", "Cc", "Subject", "outlook_en"),
               "outlook_th": ("จาก", "ส่ง", "ถึง", "สำเนาถึง", "เรื่อง", "outlook_th")}[style]
        pairs = [(lab[0], bot), (lab[1], fmt(r, lab[5])), (lab[2], _names(to, "outlook")),
                 (lab[3], _names(cc, "outlook")), (lab[4], subj)]
        if style.startswith("owa") or style == "outlook_mobile":
            t, _ = block(pairs, "________________________________")
            h = ('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
                 '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                 'color="#000000">' + "<br>\n".join("<b>%s:</b> %s" % (html.escape(k), html.escape(v))
                                                   for k, v in pairs if v) + '</font>\n<div>&nbsp;</div>\n</div>')
        else:
            t, _ = block(pairs)
            t = [""] + t
            h = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                 '<p class="MsoNormal">' + "<br>\n".join("<b>%s:</b> %s" % (html.escape(k), html.escape(v))
                                                        for k, v in pairs if v) + '<o:p></o:p></p>\n</div>')
            d["recap_text"] = m.recap_lines_tabbed()
        d.update(mode="block", text=t + [""], html=h)
        return d
    if style == "outlook_mac_cn":
        pairs = [("发件人", bot), ("日期", fmt(r, "outlook_mac_cn")), ("收件人", _names(to, "outlook")),
                 ("抄送", _names(cc, "outlook")), ("主题", subj)]
        t, _ = block(pairs)
        h = ('<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
             '<p class="MsoNormal" style="margin-bottom:12.0pt">' +
             "<br>\n".join("<b>%s: </b>%s" % (html.escape(k), html.escape(v)) for k, v in pairs) + '</p>\n</div>')
        d.update(mode="block", text=[""] + t + [""], html=h)
        return d
    if style == "foxmail":
        pairs = [("发件人", BOT), ("发送时间", fmt(r, "foxmail")), ("收件人", _names(to, "foxmail")),
                 ("抄送", _names(cc, "foxmail")), ("主题", subj)]
        t = [" "] + ["%s： %s" % (k, v) for k, v in pairs]
        h = ('<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="'
             'PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; '
             'BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">\n' +
             "\n".join("<div><b>%s：</b>&nbsp;%s</div>" % (k, html.escape(v)) for k, v in pairs) + "\n</div></div>")
        d.update(mode="block", text=t, html=h)
        return d
    if style == "mailmaster":
        pairs = [("发件人", "%s<%s>" % (BOT, m.bot_addr)), ("日期", fmt(r, "mailmaster")),
                 ("收件人", _names(to, "mm")), ("抄送至", _names(cc, "mm")), ("主题", subj)]
        t = ["---- 回复的原邮件 ----"] + ["| %s | %s |" % (k, v) for k, v in pairs]
        h = ('<div class="J-reply" style="background-color:#f2f2f2;color:black;padding-top:6px;padding-bottom:6px;'
             'border-radius:3px;margin-top:45px;margin-bottom:20px;font-family:\'微软雅黑\';">\n'
             '<div style="font-size:12px;line-height:1.5;word-break:break-all;margin-left:10px;margin-right:10px">'
             '---- 回复的原邮件 ----</div>\n<table class="J-reply-table" style="font-size:12px;margin-left:10px">\n' +
             "\n".join('<tr><td style="color:#a0a0a0;width:60px">%s</td><td>%s</td></tr>' % (k, html.escape(v))
                       for k, v in pairs) + "\n</table>\n</div>")
        d.update(mode="block", text=t, html=h)
        return d
    if style == "qq":
        pairs = [("发件人", '"%s"<%s>;' % (BOT, m.bot_addr)), ("发送时间", fmt(r, "qq")),
                 ("收件人", _names(to, "qq")), ("抄送", _names(cc, "qq")), ("主题", subj)]
        t = ["------------------ 原始邮件 ------------------"] + ["%s: %s" % (k, v) for k, v in pairs] + ["", "", ""]
        h = ('<div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
             '------------------&nbsp;原始邮件&nbsp;------------------</div>'
             '<div style="font-size: 12px;background:#efefef;padding:8px;">' +
             "".join("<div><b>%s:</b>&nbsp;%s</div>" % (k, html.escape(v)) for k, v in pairs) +
             "</div><div><br></div>")
        d.update(mode="block", text=t, html=h)
        return d
    if style == "wecom":
        pairs = [("发件人", bot), ("时间", fmt(r, "wecom")), ("收件人", _names(to, "comma")),
                 ("抄送", _names(cc, "comma")), ("主题", subj)]
        t = ["", "----- 原始邮件 -----"] + ["%s：%s" % (k, v) for k, v in pairs] + [""]
        h = ('<div class="wecom-mail-quote"><div style="font-size:12px;color:#888">----- 原始邮件 -----</div>'
             '<div style="font-size:12px;padding:8px;background:#f5f6f7">' +
             "".join("<div>%s：%s</div>" % (k, html.escape(v)) for k, v in pairs) + "</div>")
        d.update(mode="block", text=t, html=h, html_close="</div>")
        return d
    if style == "alimail":
        pairs = [("发件人", bot), ("发送时间", fmt(r, "alimail")), ("收件人", _names(to, "outlook")),
                 ("抄　送", _names(cc, "outlook")), ("主　题", subj)]
        t = ["------------------------------------------------------------------"] + \
            ["%s：%s" % (k, v) for k, v in pairs] + [""]
        h = ('<blockquote style="margin-right:0;margin-top:0;margin-bottom:0">'
             '<div>------------------------------------------------------------------</div>' +
             "".join("<div>%s：%s</div>" % (k, html.escape(v)) for k, v in pairs) + "<div><br></div>")
        d.update(mode="block", text=t, html=h, html_close="</blockquote>")
        return d
    if style == "huawei":
        pairs = [("发件人", bot), ("日期", fmt(r, "huawei")), ("收件人", _names(to, "comma")),
                 ("抄送", _names(cc, "comma")), ("主题", subj)]
        t = ["-------- 原始邮件 --------"] + ["%s： %s" % (k, v) for k, v in pairs] + [""]
        h = "<div>-------- 原始邮件 --------</div>" + "".join("<div>%s： %s</div>" % (k, html.escape(v))
                                                           for k, v in pairs) + "<br>"
        d.update(mode="block", text=t, html=h)
        return d
    if style == "feishu":
        pairs = [("发件人", bot), ("发送时间", fmt(r, "feishu")), ("收件人", _names(to, "comma")),
                 ("抄送", _names(cc, "comma")), ("主题", subj)]
        t = ["", ""] + ["%s：%s" % (k, v) for k, v in pairs] + [""]
        h = ('<div class="history-quote-wrapper"><div data-html-block="quote"><div class="adit-html-block">'
             '<div style="border-left:none;padding-left:0"><div class="history-quote-meta-wrapper" '
             'style="padding:12px;background:rgb(245,246,247);border-radius:4px;margin-top:24px;margin-bottom:12px">' +
             "".join("<div><span style=\"white-space:nowrap\">%s：</span>%s</div>" % (k, html.escape(v))
                     for k, v in pairs) + "</div>")
        d.update(mode="block", text=t, html=h, html_close="</div></div></div></div>")
        return d
    if style == "samsung":
        pairs = [("From", bot), ("Date", fmt(r, "samsung")), ("To", _names(to, "comma")),
                 ("Cc", _names(cc, "comma")), ("Subject", subj)]
        t = ["", "", "-------- Original message --------"] + ["%s: %s " % (k, v) for k, v in pairs] + [""]
        h = ('<div><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">'
             '<div>-------- Original message --------</div>' +
             "".join("<div>%s: %s </div>" % (k, html.escape(v)) for k, v in pairs) + "</div><br>")
        d.update(mode="block", text=t, html=h)
        return d
    # ---- attribution-line styles: attribution then '> ' quoted recap
    attr = {
        "thunderbird": "在 %s, %s 写道:" % (fmt(r, "thunderbird"), BOT),
        "k9": "%s <%s> 于 %s写道：" % (BOT, m.bot_addr, fmt(r, "k9")),
        "ios_cn": "在 %s，%s <%s> 写道：" % (fmt(r, "ios_cn"), BOT, m.bot_addr),
        "ios_hk": "在 %s，%s <%s> 寫道：" % (fmt(r, "ios_hk"), BOT, m.bot_addr),
        "ios_tw": "%s，%s <%s> 寫道：" % (fmt(r, "ios_tw"), BOT, m.bot_addr),
        "ios_en": "On %s, %s <%s> wrote:" % (fmt(r, "ios_en"), BOT, m.bot_addr),
        "mac_cn": "%s，%s <%s> 写道：" % (fmt(r, "mac_cn"), BOT, m.bot_addr),
        "gmail_cn": "%s <%s> 于%s写道：" % (BOT, m.bot_addr, fmt(r, "gmail_cn")),
        "gmail_en": "On %s %s <%s> wrote:" % (fmt(r, "gmail_en"), BOT, m.bot_addr),
        "gmail_tw": "%s <%s> 於 %s寫道：" % (BOT, m.bot_addr, fmt(r, "gmail_tw")),
        "gmail_th": "เมื่อ %s %s <%s> เขียนว่า:" % (fmt(r, "gmail_th"), BOT, m.bot_addr),
    }[style]
    d.update(mode="cite", attr=attr)
    if style.startswith("gmail"):
        d["html"] = ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                     '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                     'rgb(204,204,204);padding-left:1ex">' % html.escape(attr))
        d["html_close"] = "</blockquote></div>"
    elif style in ("thunderbird", "k9"):
        d["html"] = '<div class="moz-cite-prefix">%s<br>\n</div>\n<blockquote type="cite" cite="mid:%s">' % (
            html.escape(attr), m.recap_msgid.strip("<>"))
        d["html_close"] = "</blockquote>"
    else:  # Apple Mail
        d["html"] = ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div>'
                     '<blockquote type="cite"><div dir="ltr">' % html.escape(attr))
        d["html_close"] = "</div></blockquote>"
    d["text"] = [attr]
    return d


def cite(lines, prefix="> "):
    return [(prefix + l) if l else prefix.rstrip() for l in lines]


def compose(style, m, tz, body, sig, layout="top", inline=None, text_sig_sep=None, html_sig=None):
    """Build (text, html) of a reply.  layout: top | bottom | inline | attrline.
    inline: dict(after_row=N, answer=[lines]) for an answer typed under quoted row N."""
    q = quote_block(style, m, tz)
    recap = q["recap_text"]
    sig_lines = list(sig)
    if q["mode"] == "cite":
        quoted = cite(recap)
        if style.startswith(("ios", "mac")):     # Apple Mail quotes its attribution line too
            attr_lines = ["> " + q["attr"], ">"]
        else:
            attr_lines = [q["attr"]]
        if layout == "bottom":
            text = attr_lines + quoted + [""] + body + ([""] + sig_lines if sig_lines else [])
        elif layout == "inline":
            n = inline["after_row"]
            out = []
            for l in quoted:
                out.append(l)
                if l.startswith("> | %d | " % n):
                    out += [""] + inline["answer"] + [""]
            text = body + ([""] + sig_lines if sig_lines else []) + [""] + attr_lines + out
        elif layout == "attrline":
            text = body[:-1] + [body[-1] + q["attr"]] + quoted
        else:
            text = body + ([""] + sig_lines if sig_lines else []) + [""] + attr_lines + quoted
    else:
        text = body + ([""] + sig_lines if sig_lines else []) + [""] + q["text"] + recap
    # html
    bh = html_lines(body)
    sh_ = html_sig if html_sig is not None else (html_lines(sig_lines) if sig_lines else "")
    recap_h = q["recap_html"]
    if q["mode"] == "cite":
        if layout == "bottom":
            h = q["html"] + recap_h + q["html_close"] + "\n" + bh + ("\n<div><br></div>\n" + sh_ if sh_ else "")
        elif layout == "attrline":
            h = (q["html"].replace(html.escape(q["attr"]), bh.replace("<div>", "").replace("</div>", "")
                                   + html.escape(q["attr"]), 1) + recap_h + q["html_close"])
        elif layout == "inline":
            n = inline["after_row"]
            rows = recap_h.split("\n")
            out = []
            for r in rows:
                out.append(r)
                if r.startswith("<tr><td>%d</td>" % n):
                    out.append('</table>\n%s\n<div>%s</div>\n%s\n'
                               '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
                               % (q["html_close"], "<br>".join(html.escape(a) for a in inline["answer"]),
                                  '<blockquote type="cite"><div dir="ltr">' if q["html_close"].endswith(
                                      "</div></blockquote>") else q["html"].split(">")[0] + ">"))
            h = bh + "\n" + q["html"] + "\n".join(out) + q["html_close"] + ("\n" + sh_ if sh_ else "")
        else:
            h = bh + "\n<div><br></div>\n" + (sh_ + "\n" if sh_ else "") + q["html"] + recap_h + q["html_close"]
    else:
        h = bh + "\n<div><br></div>\n" + (sh_ + "\n<div><br></div>\n" if sh_ else "") + q["html"] + "\n" + recap_h + q["html_close"]
    return "\n".join(text) + "\n", h

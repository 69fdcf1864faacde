#!/usr/bin/env python3
"""Generator for the blind set "replies35": 50 replies (and 2 auto mails) to minutebot recaps.

Deterministic: no clock, no randomness. Every identifier is derived from a hash of fixed strings.

    python3 make_replies35.py            # (re)write every .eml/.json, roster.csv and README.md, then --check
    python3 make_replies35.py --check    # re-parse every .eml with email.policy.default and re-derive gold dates

Needs the `chinesecalendar` package (import chinese_calendar) and reportlab (for two small PDF attachments).
"""
import base64
import csv
import datetime as dt
import hashlib
import io
import json
import os
import quopri
import sys
from email import policy
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

try:
    from zoneinfo import ZoneInfo
    SHANGHAI = ZoneInfo("Asia/Shanghai")
except Exception:  # pragma: no cover - no tzdata: Shanghai has had no DST since 1991
    SHANGHAI = dt.timezone(dt.timedelta(hours=8))

import chinese_calendar

OUT = os.path.dirname(os.path.abspath(__file__))
FIRST_CASE = 6351

# ---------------------------------------------------------------------------------------------
# small deterministic helpers
# ---------------------------------------------------------------------------------------------

def h(*parts, n=16):
    return hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:n]


def uuid_like(*parts, upper=False):
    x = h(*parts, n=32)
    s = "%s-%s-%s-%s-%s" % (x[:8], x[8:12], "4" + x[13:16], "a" + x[17:20], x[20:32])
    return s.upper() if upper else s


def encode_words(text, charset="utf-8", enc="B", label=None):
    """RFC 2047 encoded words (each at most 75 chars), split on character boundaries."""
    label = label or charset
    codec = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5"}.get(charset.lower(), "utf-8")
    words, cur = [], ""
    overhead = len("=?%s?%s??=" % (label, enc))

    def enc_chunk(s):
        b = s.encode(codec)
        if enc == "B":
            return base64.b64encode(b).decode("ascii")
        out = []
        for byte in b:
            c = chr(byte)
            if c == " ":
                out.append("_")
            elif c.isalnum() and byte < 128:
                out.append(c)
            else:
                out.append("=%02X" % byte)
        return "".join(out)

    for ch in text:
        trial = cur + ch
        if overhead + len(enc_chunk(trial)) > 75 and cur:
            words.append("=?%s?%s?%s?=" % (label, enc, enc_chunk(cur)))
            cur = ch
        else:
            cur = trial
    if cur:
        words.append("=?%s?%s?%s?=" % (label, enc, enc_chunk(cur)))
    return words


def hdr_text(text, charset="utf-8", enc="B", label=None):
    """An unstructured header value: plain if ASCII, else folded encoded words."""
    if all(ord(c) < 128 for c in text):
        return text
    return "\n ".join(encode_words(text, charset, enc, label))


def hdr_addr(name, email, charset="utf-8", enc="B", label=None, quote=False):
    if not name:
        return "<%s>" % email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()"'):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    w = " ".join(encode_words(name, charset, enc, label))
    if quote:
        return '"%s" <%s>' % (w, email)
    return "%s <%s>" % (w, email)


def hdr_addrs(pairs, charset="utf-8", enc="B", label=None, quote=False, sep=",\n "):
    return sep.join(hdr_addr(n, e, charset, enc, label, quote) for n, e in pairs)


def b64_body(data):
    return base64.encodebytes(data).decode("ascii")


def qp_body(data):
    return quopri.encodestring(data, quotetabs=False).decode("ascii")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


WEEK_ZH = "一二三四五六日"
WEEK_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def rfc_date(t):
    """RFC 5322 date of an aware datetime, in its own offset."""
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    off = t.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return "%s, %d %s %04d %02d:%02d:%02d %s%02d%02d" % (
        days[t.weekday()], t.day, MON_EN[t.month - 1][:3], t.year, t.hour, t.minute, t.second,
        sign, mins // 60, mins % 60)


def cst(y, m, d, hh, mm, ss=0):
    return dt.datetime(y, m, d, hh, mm, ss, tzinfo=dt.timezone(dt.timedelta(hours=8)))


UTC = dt.timezone.utc


def ampm_zh(t):
    hour = t.hour
    if hour < 12:
        p = "上午"
    elif hour < 18:
        p = "下午"
    else:
        p = "晚上"
    h12 = hour if hour <= 12 else hour - 12
    return p, h12


def en_12(t, seconds=False):
    h12 = t.hour % 12 or 12
    ap = "AM" if t.hour < 12 else "PM"
    if seconds:
        return "%d:%02d:%02d %s" % (h12, t.minute, t.second, ap)
    return "%d:%02d %s" % (h12, t.minute, ap)


# ---------------------------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------------------------
COLLEGE = "tjvtc.example.edu.cn"      # 泸州沱江职业技术学院
STEEL = "jintaisteel.example.cn"      # 唐山锦泰钢材贸易有限公司
LANZHI = "lanzhi.example.cn"          # 广州澜芷化妆品有限公司
LANZHI_GLOBAL = "global.lanzhi.example.cn"   # Lanzhi's second (English) minutebot instance
MERIDIAN = "meridianbeauty.example.sg"
MERIDIAN_MY = "meridianbeauty.example.my"
FENGHUA = "fenghua-auto.example.cn"

# key: (name, email, department, manager key or "", aliases)
PEOPLE = {
    # --- 泸州沱江职业技术学院 ---
    "zhouwb": ("周文斌", "zhouwb@" + COLLEGE, "院领导", "", "周院长;周副院长;Zhou Wenbin"),
    "zhonggh": ("钟国华", "zhonggh@" + COLLEGE, "教务处", "zhouwb", "钟处;钟处长;Zhong Guohua"),
    "dengli": ("邓丽", "dengli@" + COLLEGE, "教务处", "zhonggh", "邓老师;邓副处;Deng Li"),
    "yangfan": ("杨帆", "yangfan@" + COLLEGE, "招生就业处", "zhouwb", "杨处;杨处长;Yang Fan"),
    "hexy": ("何晓燕", "hexy@" + COLLEGE, "招生就业处", "yangfan", "何老师;小何;He Xiaoyan"),
    "pengtao": ("彭涛", "pengtao@" + COLLEGE, "智能制造学院", "zhouwb", "彭院长;Peng Tao"),
    "luojj": ("罗建军", "luojj@" + COLLEGE, "智能制造学院", "pengtao", "罗老师;罗主任;Luo Jianjun"),
    "wangcm": ("王春梅", "wangcm@" + COLLEGE, "智能制造学院", "pengtao", "王老师;春梅;Wang Chunmei"),
    "gouzq": ("苟志强", "gouzq@" + COLLEGE, "科研与产教融合处", "zhouwb", "苟老师;苟科长;Gou Zhiqiang"),
    "zengdh": ("曾德华", "zengdh@" + COLLEGE, "资产管理处", "zhouwb", "曾老师;曾科长;Zeng Dehua"),
    # --- 唐山锦泰钢材贸易有限公司 ---
    "lizhenguo": ("李振国", "lizhenguo@" + STEEL, "总经理办公室", "", "李总;Li Zhenguo"),
    "liucy": ("刘春燕", "liucy@" + STEEL, "销售部", "lizhenguo", "刘经理;燕姐;Liu Chunyan"),
    "zhaomin": ("赵敏", "zhaomin@" + STEEL, "销售部", "liucy", "小赵;Zhao Min"),
    "zhanglx": ("张立新", "zhanglx@" + STEEL, "仓储物流部", "lizhenguo", "张经理;老张;Zhang Lixin"),
    "gaojm": ("高建明", "gaojm@" + STEEL, "采购部", "lizhenguo", "高经理;Gao Jianming"),
    "sunht": ("孙海涛", "sunht@" + STEEL, "质检部", "lizhenguo", "孙工;Sun Haitao"),
    "wangzg": ("王志刚", "wangzg@" + STEEL, "加工车间", "lizhenguo", "王主任;Wang Zhigang"),
    "hanxue": ("韩雪", "hanxue@" + FENGHUA, "", "", "韩经理;Han Xue"),
    # --- 广州澜芷化妆品有限公司 ---
    "hewt": ("何婉婷", "hewt@" + LANZHI, "总经办", "", "何总;Wendy He;Wendy"),
    "linhui": ("林慧", "linhui@" + LANZHI, "产品部", "hewt", "林慧姐;Lynn Lin;Lynn"),
    "chensm": ("陈思敏", "chensm@" + LANZHI, "产品部", "linhui", "思敏;Simone Chen;Simone"),
    "huangjx": ("黄嘉欣", "huangjx@" + LANZHI, "法规注册部", "hewt", "嘉欣;Jessica Huang;Jessica"),
    "liangzh": ("梁志豪", "liangzh@" + LANZHI, "电商部", "hewt", "豪哥;Jason Leung;Jason"),
    "fengyq": ("冯雅琪", "fengyq@" + LANZHI, "电商部", "liangzh", "雅琪;Kiki Feng;Kiki"),
    "wugq": ("吴国强", "wugq@" + LANZHI, "供应链部", "hewt", "强哥;Kevin Wu;Kevin"),
    "suhm": ("苏慧敏", "suhm@" + LANZHI, "海外事业部", "hewt", "Vivian Su;Vivian"),
    "qiuxt": ("邱晓彤", "qiuxt@" + LANZHI, "海外事业部", "suhm", "Tina Qiu;Tina"),
    # --- Meridian Beauty (Singapore partner; Malaysia arm has its own domain) ---
    "rachel": ("Rachel Tan", "rachel.tan@" + MERIDIAN, "", "", "陈慧玲;Rachel"),
    "marcus": ("Marcus Lim", "marcus.lim@" + MERIDIAN, "", "", "林伟明;Marcus"),
    "nurul": ("Nurul Aisyah", "nurul.aisyah@" + MERIDIAN_MY, "", "", "Nurul;Nurul Aisyah binti Ahmad"),
    "kaho": ("Chan Ka Ho", "kaho.chan@" + MERIDIAN, "", "", "陳家豪;Ka Ho;KH Chan"),
    "yating": ("Lin Ya-ting", "yating.lin@" + MERIDIAN, "", "", "林雅婷;Yating;Ya-ting Lin"),
}


def P(key):
    return PEOPLE[key]


def NAME(key):
    return PEOPLE[key][0]


def EMAIL(key):
    return PEOPLE[key][1]


# How the English recap shows our own staff
EN_OWNER = {"huangjx": "Jessica Huang (黄嘉欣)", "wugq": "Kevin Wu (吴国强)"}

BOT_NAME = "纪要助手"

# ---------------------------------------------------------------------------------------------
# meetings and the bot's recaps
# ---------------------------------------------------------------------------------------------
MEETINGS = {
    "M1": dict(
        org="泸州沱江职业技术学院", domain=COLLEGE, lang="zh", organizer="zhonggh",
        subject="2026年春季学期校企合作推进会会议纪要",
        minutes_at=cst(2026, 4, 2, 16, 31, 47), recap_at=cst(2026, 4, 2, 16, 40, 12),
        minutes_client="coremail",
        to=["zhonggh", "hexy", "luojj", "dengli", "gouzq"], cc=["zhouwb", "yangfan", "pengtao"],
        items=[(1, "提交2026级订单班招生简章初稿", "hexy", "2026-04-08"),
               (2, "完成实训基地设备清单核对", "luojj", "2026-04-10"),
               (3, "联系合作企业确认顶岗实习岗位数", "hexy", "2026-04-13"),
               (4, "修订《学生顶岗实习管理办法》", "dengli", "2026-04-17"),
               (5, "报送产教融合项目申报材料", "gouzq", "2026-04-20")]),
    "M2": dict(
        org="泸州沱江职业技术学院", domain=COLLEGE, lang="zh", organizer="pengtao",
        subject="省职业院校技能大赛（焊接赛项）集训筹备会纪要 0429",
        minutes_at=cst(2026, 4, 29, 17, 12, 3), recap_at=cst(2026, 4, 29, 17, 20, 5),
        minutes_client="coremail",
        to=["pengtao", "luojj", "zengdh", "dengli", "gouzq"], cc=["zhonggh"],
        items=[(1, "报送省赛参赛选手名单", "luojj", "2026-04-30"),
               (2, "采购比赛耗材（焊丝、不锈钢板材）", "zengdh", "2026-05-08"),
               (3, "安排五一期间集训场地开放及值班", "dengli", "2026-04-30"),
               (4, "报名裁判员培训并提交回执", "gouzq", "2026-05-11"),
               (5, "制作集训日程表并发到选手群", "luojj", "2026-05-06")]),
    "M3": dict(
        org="唐山锦泰钢材贸易有限公司", domain=STEEL, lang="zh", organizer="zhaomin",
        subject="【会议纪要】五一前库存与发运协调会 4.28",
        minutes_at=cst(2026, 4, 28, 10, 58, 20), recap_at=cst(2026, 4, 28, 11, 5, 31),
        minutes_client="foxmail",
        to=["zhaomin", "zhanglx", "gaojm", "liucy", "sunht"], cc=["lizhenguo"],
        items=[(1, "盘点冷轧卷库存并更新台账", "zhanglx", "2026-04-30"),
               (2, "与钢厂确认5月排产及到货计划", "gaojm", "2026-05-07"),
               (3, "跟进丰华汽车部件4月货款回款", "liucy", "2026-04-30"),
               (4, "安排节后首批发运车辆", "zhanglx", "2026-05-06"),
               (5, "更新5月报价单并发送重点客户", "liucy", "2026-05-08"),
               (6, "提交SPCC板面划伤质量异议处理报告", "sunht", "2026-05-09")]),
    "M4": dict(
        org="唐山锦泰钢材贸易有限公司", domain=STEEL, lang="zh", organizer="lizhenguo",
        subject="丰华汽车部件冷轧板质量异议处理会议纪要（6月16日）",
        minutes_at=cst(2026, 6, 16, 15, 22, 9), recap_at=cst(2026, 6, 16, 15, 30, 44),
        minutes_client="outlook",
        to=["lizhenguo", "sunht", "gaojm", "liucy", "wangzg", "hanxue"], cc=["zhaomin"],
        items=[(1, "复检退回的0.8mm冷轧板并出具检测报告", "sunht", "2026-06-18"),
               (2, "与钢厂沟通索赔方案", "gaojm", "2026-06-23"),
               (3, "向丰华提供替换货源及发货计划", "liucy", "2026-06-18"),
               (4, "提交纵剪线换刀及操作记录", "wangzg", "2026-06-17"),
               (5, "确认剩余货款扣款比例", "hanxue", "2026-06-26")]),
    "M5": dict(
        org="广州澜芷化妆品有限公司", domain=LANZHI, lang="zh", organizer="linhui",
        subject="夏季新品（防晒喷雾）上市筹备会 会议纪要",
        minutes_at=cst(2026, 5, 27, 14, 2, 41), recap_at=cst(2026, 5, 27, 14, 10, 9),
        minutes_client="feishu",
        to=["linhui", "chensm", "huangjx", "liangzh", "wugq"], cc=["hewt"],
        items=[(1, "完成防晒喷雾包装打样确认", "chensm", "2026-06-03"),
               (2, "提交新品国产普通化妆品备案资料", "huangjx", "2026-06-10"),
               (3, "输出达人种草投放排期", "liangzh", "2026-06-05"),
               (4, "确认首批生产数量与代工厂排期", "wugq", "2026-06-08"),
               (5, "完成新品详情页文案初稿", "chensm", "2026-06-09")]),
    "M6": dict(
        org="广州澜芷化妆品有限公司 × Meridian Beauty", domain=LANZHI_GLOBAL, lang="en", organizer="suhm",
        subject="LANZHI x Meridian | SG/MY launch sync - minutes (14 May)",
        minutes_at=cst(2026, 5, 14, 18, 21, 55), recap_at=cst(2026, 5, 14, 18, 30, 27),
        minutes_client="outlook_mac",
        to=["suhm", "rachel", "marcus", "nurul", "kaho", "yating", "huangjx", "wugq"], cc=["qiuxt"],
        items=[(1, "Send updated SG retail price list (SRP)", "rachel", "2026-05-19"),
               (2, "Provide HSA cosmetic notification documents", "huangjx", "2026-05-21"),
               (3, "Ship 200 sets of marketing samples to the SG warehouse", "wugq", "2026-05-20"),
               (4, "Confirm Watsons SG listing slots for July", "marcus", "2026-05-25"),
               (5, "Share Malaysia distributor shortlist", "nurul", "2026-05-19"),
               (6, "Proofread Traditional Chinese labels for HK", "kaho", "2026-05-22"),
               (7, "Check TFDA registration requirements for Taiwan", "yating", "2026-05-29")]),
    "M7": dict(
        org="广州澜芷化妆品有限公司", domain=LANZHI, lang="zh", organizer="linhui",
        subject="7月直播排期与库存会议纪要 0708",
        minutes_at=cst(2026, 7, 8, 10, 12, 30), recap_at=cst(2026, 7, 8, 10, 20, 16),
        minutes_client="feishu",
        to=["linhui", "liangzh", "wugq", "huangjx", "fengyq"], cc=["hewt", "chensm"],
        items=[(1, "整理6月直播间退货原因分析", "liangzh", "2026-07-10"),
               (2, "补货防晒喷雾2万支", "wugq", "2026-07-17"),
               (3, "审核直播话术中的功效宣称", "huangjx", "2026-07-13"),
               (4, "汇总7月中旬达人专场报价", "liangzh", "2026-07-15"),
               (5, "更新天猫旗舰店库存预警阈值", "fengyq", "2026-07-09")]),
    "M8": dict(
        org="泸州沱江职业技术学院", domain=COLLEGE, lang="zh", organizer="yangfan",
        subject="2026届毕业生就业工作推进会纪要",
        minutes_at=cst(2026, 6, 16, 9, 41, 2), recap_at=cst(2026, 6, 16, 9, 50, 12),
        minutes_client="coremail",
        to=["yangfan", "hexy", "wangcm", "dengli"], cc=["zhouwb", "pengtao"],
        items=[(1, "汇总2026届毕业生去向落实数据", "hexy", "2026-06-22"),
               (2, "组织6月下旬校园专场招聘会", "yangfan", "2026-06-26"),
               (3, "更新未就业学生帮扶台账", "wangcm", "2026-06-18"),
               (4, "安排毕业证书发放流程", "dengli", "2026-06-24")]),
}


def next_workday_cutoff(t):
    """Objection deadline per SPEC 6.1: today at 18:00, or the next working day if past 18:00 / non-working day."""
    d = t.date()
    if chinese_calendar.is_workday(d) and (t.hour, t.minute) < (18, 0):
        return d
    d += dt.timedelta(days=1)
    while not chinese_calendar.is_workday(d):
        d += dt.timedelta(days=1)
    return d


for _k, _m in MEETINGS.items():
    _m["key"] = _k
    _m["bot"] = "minutes@" + _m["domain"]
    _m["signed"] = "minutes+r%s@%s" % (h("signed-reply", _k, _m["subject"]), _m["domain"])
    _m["recap_id"] = "<r.%s.%s@%s>" % (_m["recap_at"].strftime("%Y%m%d%H%M"), h("recap", _k, n=10), _m["domain"])
    org_dom = EMAIL(_m["organizer"]).split("@")[1]
    user = EMAIL(_m["organizer"]).split("@")[0]
    mc = _m["minutes_client"]
    if mc == "coremail":
        _m["minutes_id"] = "<%s.%s.%s.Coremail.%s@%s>" % (h("mid", _k, n=8), h("mid2", _k, n=4),
                                                          h("mid3", _k, n=11), user, org_dom)
    elif mc == "foxmail":
        _m["minutes_id"] = "<%s%s@%s>" % (_m["minutes_at"].strftime("%Y%m%d%H%M%S"),
                                          str(int(h("fx", _k), 16))[:7], org_dom)
    elif mc == "outlook":
        _m["minutes_id"] = "<000001dc%s$%s$%s$@%s>" % (h("o1", _k, n=4), h("o2", _k, n=8),
                                                       h("o3", _k, n=8), org_dom)
    elif mc == "feishu":
        _m["minutes_id"] = "<%s@%s>" % (uuid_like("feishu", _k), org_dom)
    else:
        _m["minutes_id"] = "<%s@%s>" % (uuid_like("macoutlook", _k, upper=True), org_dom)
    _m["cutoff"] = next_workday_cutoff(_m["recap_at"])
    _m["recap_subject"] = "Re: " + _m["subject"]


def due_of(m, n):
    for num, task, owner, due in m["items"]:
        if num == n:
            return due
    raise KeyError(n)


def owner_disp(m, key):
    if m["lang"] == "en":
        return EN_OWNER.get(key, NAME(key))
    return NAME(key)


def recap_plain(m):
    if m["lang"] == "zh":
        lines = ["各位好：", "", "纪要助手已登记本次会议的待办事项：", "| 序号 | 事项 | 负责人 | 截止时间 |"]
        for n, task, owner, due in m["items"]:
            lines.append("| %d | %s | %s | %s |" % (n, task, owner_disp(m, owner), due))
        lines += ["", "如有异议请于今日内回复（截止 %s 18:00，逾期视为无异议）。" % m["cutoff"].isoformat(),
                  "回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。",
                  "", "—— 纪要助手（系统自动发送，请勿修改主题）"]
    else:
        lines = ["Hello all,", "", "纪要助手 has recorded these action items from the meeting:",
                 "| # | Action item | Owner | Due |"]
        for n, task, owner, due in m["items"]:
            lines.append("| %d | %s | %s | %s |" % (n, task, owner_disp(m, owner), due))
        lines += ["",
                  "If you disagree with anything, please reply by the next working day "
                  "(deadline %s 18:00, Asia/Shanghai); no reply means no objection." % m["cutoff"].isoformat(),
                  'How to reply: reply to this mail with "confirm", "object: <reason>", "item N done", '
                  '"progress 80%" or "extend to Oct 20".',
                  "", "-- 纪要助手 (automated message, please keep the subject unchanged)"]
    return lines


def recap_html(m):
    pl = recap_plain(m)
    if m["lang"] == "zh":
        head = ["序号", "事项", "负责人", "截止时间"]
    else:
        head = ["#", "Action item", "Owner", "Due"]
    out = ["<div>%s</div><div><br></div><div>%s</div>" % (esc(pl[0]), esc(pl[2])),
           '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:14px">',
           "<tr>" + "".join("<th>%s</th>" % esc(x) for x in head) + "</tr>"]
    for n, task, owner, due in m["items"]:
        out.append("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (n, esc(task), esc(owner_disp(m, owner)), due))
    out.append("</table>")
    n_items = len(m["items"])
    tail = pl[4 + n_items + 1:]
    out.append("<div><br></div>" + "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in tail))
    return "\n".join(out)


def recap_to(m):
    return [(NAME(k), EMAIL(k)) for k in m["to"]]


def recap_cc(m):
    return [(NAME(k), EMAIL(k)) for k in m["cc"]]


# ---------------------------------------------------------------------------------------------
# MIME assembly (hand-written so that bytes, header order and encodings are exactly as chosen)
# ---------------------------------------------------------------------------------------------

def Text(sub, text, charset="utf-8", codec=None, cte="base64", ct=None, crlf=False):
    return dict(t="text", sub=sub, text=text, charset=charset, codec=codec or charset, cte=cte, ct=ct, crlf=crlf)


def Multi(sub, boundary, parts, params="", preamble=None):
    return dict(t="multi", sub=sub, boundary=boundary, parts=parts, params=params, preamble=preamble)


def Attach(ctype, filename, data, headers):
    return dict(t="attach", ctype=ctype, filename=filename, data=data, headers=headers)


def Raw(headers, body):
    return dict(t="raw", headers=headers, body=body)


def serialize(node):
    t = node["t"]
    if t == "text":
        text = node["text"]
        if node["crlf"]:
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        data = text.encode(node["codec"])
        ct = node["ct"] or 'text/%s; charset="%s"' % (node["sub"], node["charset"])
        hdrs = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + node["cte"]]
        if node["cte"] == "base64":
            body = b64_body(data)
        elif node["cte"] == "quoted-printable":
            body = qp_body(data)
        else:
            body = text if text.endswith("\n") else text + "\n"
        return hdrs, body
    if t == "multi":
        hdrs = ['Content-Type: multipart/%s;%s\n\tboundary="%s"' % (node["sub"], node["params"], node["boundary"])]
        out = []
        if node["preamble"]:
            out.append(node["preamble"] + "\n\n")
        for part in node["parts"]:
            ph, pb = serialize(part)
            out.append("--%s\n%s\n\n%s" % (node["boundary"], "\n".join(ph), pb))
            if not pb.endswith("\n"):
                out.append("\n")
            out.append("\n")
        out.append("--%s--\n" % node["boundary"])
        return hdrs, "".join(out)
    if t == "attach":
        return list(node["headers"]), b64_body(node["data"])
    if t == "raw":
        body = node["body"]
        return list(node["headers"]), body if body.endswith("\n") else body + "\n"
    raise ValueError(t)


def assemble(headers, root):
    """headers: list of header strings; the string '__CT__' marks where the root's content headers go."""
    ch, body = serialize(root)
    out = []
    for x in headers:
        if x == "__CT__":
            out.extend(ch)
        elif x is not None:
            out.append(x)
    if "__CT__" not in headers:
        out.extend(ch)
    msg = "\n".join(out) + "\n\n" + body
    return msg.encode("utf-8")


def make_pdf(title, lines):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("")
    c.setFont("STSong-Light", 16)
    y = 780
    c.drawString(72, y, title)
    c.setFont("STSong-Light", 11)
    for ln in lines:
        y -= 22
        c.drawString(72, y, ln)
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------------------------------------
# client styles: quote headers, attribution lines, HTML wrappers
# ---------------------------------------------------------------------------------------------

def names_semicolon(pairs, with_addr=True, sep="; "):
    if with_addr:
        return sep.join("%s <%s>" % (n, e) for n, e in pairs)
    return sep.join(n for n, e in pairs)


def quoted(lines, prefix="> ", blank=">"):
    return [(prefix + x) if x else blank for x in lines]


def paras_html(lines, tag="div", style=""):
    out = []
    for x in lines:
        if x == "":
            out.append("<%s%s><br></%s>" % (tag, style, tag))
        else:
            out.append("<%s%s>%s</%s>" % (tag, style, esc(x), tag))
    return "".join(out)


def zh_dt_outlook(t):            # Outlook zh-CN: 2026年4月2日 16:40
    return "%d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)


def tw_dt_outlook(t):            # Outlook zh-TW: 2026年5月14日 下午 06:30
    p, h12 = ampm_zh(t)
    p = {"晚上": "下午"}.get(p, p)
    return "%d年%d月%d日 %s %02d:%02d" % (t.year, t.month, t.day, p, h12, t.minute)


def coremail_dt(t):              # 2026-04-02 16:40:12 (星期四)
    return "%s (星期%s)" % (t.strftime("%Y-%m-%d %H:%M:%S"), WEEK_ZH[t.weekday()])


def qq_dt(t):                    # 2026年6月16日(星期二) 下午3:30
    p, h12 = ampm_zh(t)
    return "%d年%d月%d日(星期%s) %s%d:%02d" % (t.year, t.month, t.day, WEEK_ZH[t.weekday()], p, h12, t.minute)


def ali_dt(t):                   # 2026年6月16日(星期二) 15:30
    return "%d年%d月%d日(星期%s) %02d:%02d" % (t.year, t.month, t.day, WEEK_ZH[t.weekday()], t.hour, t.minute)


def en_long(t, sec=False):       # Thursday, May 14, 2026 6:30 PM
    return "%s, %s %d, %d %s" % (WEEK_EN[t.weekday()], MON_EN[t.month - 1], t.day, t.year, en_12(t, sec))


def en_long_dmy(t):              # Thursday, 14 May 2026 6:30 PM
    return "%s, %d %s %d %s" % (WEEK_EN[t.weekday()], t.day, MON_EN[t.month - 1], t.year, en_12(t))


def recipients_outlook(m):
    return names_semicolon(recap_to(m)), names_semicolon(recap_cc(m))


def thread_index(*parts):
    raw = bytes.fromhex(h("thread-index", *parts, n=44))
    return base64.b64encode(raw).decode("ascii")


def html_page(inner, charset="utf-8", head_extra=""):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s">%s</head>'
            '<body>%s</body></html>' % (charset, head_extra, inner))


# ---------------------------------------------------------------------------------------------
# builders, one per mail client
# ---------------------------------------------------------------------------------------------

def common(c, m):
    s = c["sender"]
    return dict(name=NAME(s), email=EMAIL(s), user=EMAIL(s).split("@")[0], dom=EMAIL(s).split("@")[1],
                cc=[(NAME(k), EMAIL(k)) for k in c.get("cc", [])], to=[(BOT_NAME, m["signed"])],
                refs="%s\n %s" % (m["minutes_id"], m["recap_id"]), t=c["at"])


def text_block(c, sep_sig=1):
    lines = list(c["body"])
    if c.get("sig"):
        lines += [""] * sep_sig + list(c["sig"])
    return lines


def received_local(m, t, qid):
    host = {"tjvtc.example.edu.cn": "mail.tjvtc.example.edu.cn (Coremail)",
            "jintaisteel.example.cn": "mx.jintaisteel.example.cn (Postfix)",
            "lanzhi.example.cn": "mx.lanzhi.example.cn (Postfix)",
            "global.lanzhi.example.cn": "mx.lanzhi.example.cn (Postfix)"}[m["domain"]]
    return host, qid


def delivery_headers(c, m, via, envelope=None):
    """Return-Path / Delivered-To / Received lines added by the bot's mail server."""
    t = c["at"].astimezone(dt.timezone(dt.timedelta(hours=8))) + dt.timedelta(seconds=3)
    host, _ = received_local(m, t, None)
    qid = h("qid", c["num"], n=10).upper()
    env = envelope if envelope is not None else EMAIL(c["sender"])
    return ["Return-Path: <%s>" % env,
            "Delivered-To: %s" % m["bot"],
            "Received: from %s\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s (CST)" % (
                via, host, qid, m["signed"], rfc_date(t))]


# ---- Coremail web (college staff) ------------------------------------------------------------
def b_coremail(c, m):
    k = common(c, m)
    cs = c.get("charset", "UTF-8")
    codec = "gbk" if cs.upper() == "GBK" else "utf-8"
    cte = c.get("cte", "base64")
    to_s = ", ".join('"%s" <%s>' % p for p in recap_to(m))
    cc_s = ", ".join('"%s" <%s>' % p for p in recap_cc(m))
    qh = ["-----原始邮件-----",
          '发件人:"%s" <%s>' % (BOT_NAME, m["bot"]),
          "发送时间:%s" % coremail_dt(m["recap_at"]),
          "收件人:%s" % to_s, "抄送:%s" % cc_s, "主题:%s" % m["recap_subject"]]
    plain = "\n".join(text_block(c) + ["", ""] + qh + [""] + recap_plain(m)) + "\n"
    sig_html = ('<div><br></div><div id="spnEditorSign">%s</div>' % paras_html(c["sig"])) if c.get("sig") else ""
    qh_html = "-----原始邮件-----<br>" + "".join(
        "<b>%s</b>%s<br>" % (esc(x.split(":", 1)[0] + ":"), esc(x.split(":", 1)[1])) for x in qh[1:])
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s%s'
            '<br><div><br></div><blockquote name="replyContent" class="ReferenceQuote" style="padding-left:5px;'
            'margin-left:5px;border-left:#b6b6b6 2px solid;margin-right:0">%s<br>%s</blockquote></div>' % (
                paras_html(c["body"]), sig_html, qh_html, recap_html(m)))
    html = '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % cs + html
    epoch = int(k["t"].timestamp() * 1000)
    boundary = "----=_Part_%d_%d.%d" % (int(h("cmb", c["num"], n=6), 16) % 900000 + 100000,
                                         int(h("cmb2", c["num"], n=8), 16) % 900000000 + 100000000, epoch)
    root = Multi("alternative", boundary, [
        Text("plain", plain, cs, codec, cte, ct="text/plain; charset=%s" % cs),
        Text("html", html, cs, codec, cte, ct="text/html; charset=%s" % cs)], params=" ")
    ip = "10.30.%d.%d" % (int(h("ip", c["num"], n=2), 16) % 40 + 2, int(h("ip2", c["num"], n=2), 16) % 200 + 20)
    date = rfc_date(k["t"]) + " (GMT+08:00)"
    subj_charset = cs
    hdrs = delivery_headers(c, m, "mail.tjvtc.example.edu.cn (unknown [10.30.0.25])") + [
        "Received: from %s$%s ( [%s] ) by\n ajax-webmail-mail2 (Coremail) ; %s" % (k["user"], k["dom"], ip, date),
        "X-Originating-IP: [%s]" % ip,
        "Date: " + date,
        "X-CM-HeaderCharset: " + cs,
        "From: " + hdr_addr(k["name"], k["email"], subj_charset),
        "To: " + hdr_addrs(k["to"], subj_charset),
        ("Cc: " + hdr_addrs(k["cc"], subj_charset)) if k["cc"] else None,
        "Subject: " + hdr_text("Re:" + m["recap_subject"], subj_charset),
        "X-Priority: 3",
        "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240118(c8fb54b1)\n"
        " Copyright (c) 2002-2026 www.mailtech.cn mail.tjvtc.example.edu.cn",
        "In-Reply-To: " + m["recap_id"],
        "References: " + k["refs"],
        "__CT__",
        "MIME-Version: 1.0",
        "Message-ID: <%s.%s.%s.Coremail.%s@%s>" % (h("cm", c["num"], n=8), h("cm2", c["num"], n=4),
                                                   "%x" % epoch, k["user"], k["dom"]),
        "X-Coremail-Locale: zh_CN",
        "X-CM-TRANSID:%s--.%dS2" % (h("tr", c["num"], n=24), int(h("tr2", c["num"], n=4), 16)),
        "X-CM-SenderInfo: %s(%s)" % (h("si", c["num"], n=12), h("si2", c["num"], n=6)),
    ]
    return assemble(hdrs, root)


# ---- Coremail XT web with the 163-style attribution line (何晓燕 at the office) ----------------
def b_coremail163(c, m):
    k = common(c, m)
    att = '在 %s，"%s" <%s> 写道：' % (m["recap_at"].strftime("%Y-%m-%d %H:%M:%S"), BOT_NAME, m["bot"])
    body = list(c["body"])
    if c.get("on_attribution"):
        first = body[-1] + att
        plain_lines = body[:-1] + [first]
        html_top = paras_html(body[:-1], "p", ' style="margin:0;"') + '<p style="margin:0;">%s</p>' % esc(first)
    else:
        plain_lines = body + ["", "", att]
        html_top = paras_html(body, "p", ' style="margin:0;"') + '<p style="margin:0;"><br></p><p style="margin:0;">%s</p>' % esc(att)
    plain = "\n".join(plain_lines + [">" + x for x in recap_plain(m)]) + "\n"
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s'
            '<blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; '
            'BORDER-LEFT: #ccc 1px solid">%s</blockquote></div>' % (html_top, recap_html(m)))
    html = '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">' + html
    epoch = int(k["t"].timestamp() * 1000)
    boundary = "----=_Part_%d_%d.%d" % (int(h("cmb", c["num"], n=6), 16) % 900000 + 100000,
                                         int(h("cmb2", c["num"], n=8), 16) % 900000000 + 100000000, epoch)
    root = Multi("alternative", boundary, [
        Text("plain", plain, "UTF-8", "utf-8", "base64", ct="text/plain; charset=UTF-8"),
        Text("html", html, "UTF-8", "utf-8", "base64", ct="text/html; charset=UTF-8")], params=" ")
    ip = "10.30.%d.%d" % (int(h("ip", c["num"], n=2), 16) % 40 + 2, int(h("ip2", c["num"], n=2), 16) % 200 + 20)
    date = rfc_date(k["t"]) + " (GMT+08:00)"
    hdrs = delivery_headers(c, m, "mail.tjvtc.example.edu.cn (unknown [10.30.0.25])") + [
        "Received: from %s$%s ( [%s] ) by\n ajax-webmail-mail1 (Coremail) ; %s" % (k["user"], k["dom"], ip, date),
        "X-Originating-IP: [%s]" % ip,
        "Date: " + date,
        "X-CM-HeaderCharset: UTF-8",
        "From: " + hdr_addr(k["name"], k["email"]),
        "To: " + hdr_addrs(k["to"]),
        ("Cc: " + hdr_addrs(k["cc"])) if k["cc"] else None,
        "Subject: " + hdr_text("Re:" + m["recap_subject"]),
        "X-Priority: 3",
        "X-Mailer: Coremail Webmail Server Version XT6.0.3 build 20250210(a2f7c0e1)\n"
        " Copyright (c) 2002-2026 www.mailtech.cn mail.tjvtc.example.edu.cn",
        "In-Reply-To: " + m["recap_id"],
        "References: " + k["refs"],
        "__CT__",
        "MIME-Version: 1.0",
        "Message-ID: <%s.%s.%s.Coremail.%s@%s>" % (h("cm", c["num"], n=8), h("cm2", c["num"], n=4),
                                                   "%x" % epoch, k["user"], k["dom"]),
        "X-Coremail-Locale: zh_CN",
    ]
    return assemble(hdrs, root)


# ---- NetEase enterprise mail web (qiye.163.com), Tangshan sales ------------------------------
def b_netease_web(c, m):
    k = common(c, m)
    att = '在 %s，"%s" <%s> 写道：' % (m["recap_at"].strftime("%Y-%m-%d %H:%M:%S"), BOT_NAME, m["bot"])
    plain = "\n".join(text_block(c) + ["", "", "", att] + [">" + x for x in recap_plain(m)]) + "\n"
    sig_html = ('<div><br></div>' + paras_html(c["sig"])) if c.get("sig") else ""
    html = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s%s'
            '<br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>'
            '<p>%s</p><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; '
            'BORDER-LEFT: #ccc 1px solid">%s</blockquote></div>' % (
                paras_html(c["body"]), sig_html, esc(att), recap_html(m)))
    html = '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">' + html
    epoch = int(k["t"].timestamp() * 1000)
    boundary = "----=_Part_%d_%d.%d" % (int(h("nb", c["num"], n=6), 16) % 900000 + 100000,
                                         int(h("nb2", c["num"], n=8), 16) % 900000000 + 100000000, epoch)
    root = Multi("alternative", boundary, [
        Text("plain", plain, "UTF-8", "utf-8", "base64", ct="text/plain; charset=UTF-8"),
        Text("html", html, "UTF-8", "utf-8", "base64", ct="text/html; charset=UTF-8")], params=" ")
    date = rfc_date(k["t"]) + " (GMT+08:00)"
    hdrs = delivery_headers(c, m, "smtp.qiye.163.com (smtp.qiye.163.com [220.181.97.%d])" % (
        int(h("rip", c["num"], n=2), 16) % 200 + 20)) + [
        "Received: from %s$%s ( [111.62.%d.%d] ) by\n ajax-webmail-wmsvr-40-115 (Coremail) ; %s" % (
            k["user"], k["dom"], int(h("a", c["num"], n=2), 16), int(h("b", c["num"], n=2), 16), date),
        "X-Originating-IP: [111.62.%d.%d]" % (int(h("a", c["num"], n=2), 16), int(h("b", c["num"], n=2), 16)),
        "Date: " + date,
        "From: " + hdr_addr(k["name"], k["email"]),
        "To: " + hdr_addrs(k["to"]),
        ("Cc: " + hdr_addrs(k["cc"])) if k["cc"] else None,
        "Subject: " + hdr_text("Re:" + m["recap_subject"]),
        "X-Priority: 3",
        "X-Mailer: Coremail Webmail Server Version XT5.0.13 build 20240418(4b8a1f2e)\n"
        " Copyright (c) 2002-2026 www.mailtech.cn qiye163",
        "In-Reply-To: " + m["recap_id"],
        "References: " + k["refs"],
        "__CT__",
        "MIME-Version: 1.0",
        "Message-ID: <%s.%s.%s.Coremail.%s@%s>" % (h("nm", c["num"], n=7), h("nm2", c["num"], n=4),
                                                   "%x" % epoch, k["user"], k["dom"]),
        "X-Coremail-Locale: zh_CN",
        "X-HM-Tid: 0a%s" % h("tid", c["num"], n=24),
    ]
    return assemble(hdrs, root)


# ---- Outlook desktop (Windows), zh-CN or en-US UI --------------------------------------------
def outlook_html(body_lines, sig_lines, hdr_pairs, m, charset, lang_attr="ZH-CN", sep_line=False):
    ps = "".join("<p class=MsoNormal>%s<o:p></o:p></p>" % (esc(x) if x else "<o:p>&nbsp;</o:p>")
                 for x in body_lines + ([""] + sig_lines if sig_lines else []))
    hd = "".join("<b>%s</b> %s<br>" % (esc(a), esc(b)) for a, b in hdr_pairs)
    if sep_line:
        top = '<div style=\'border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\'>'
    else:
        top = '<div style=\'border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\'>'
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%s">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:10.5pt;font-family:DengXian;}\n'
            '--></style></head><body lang=%s link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>'
            '<div class=WordSection1>%s<p class=MsoNormal><o:p>&nbsp;</o:p></p>'
            '<div>%s<p class=MsoNormal>%s</p></div></div><div>%s</div></div></body></html>' % (
                charset, lang_attr, ps, top, hd, recap_html(m)))


def b_outlook(c, m):
    k = common(c, m)
    lang = c.get("ui", "zh")
    cs = c.get("charset", "utf-8")
    codec = {"gb2312": "gbk", "gbk": "gbk"}.get(cs, "utf-8")   # Outlook writes cp936 under a gb2312 label
    cte = c.get("cte", "base64")
    rt = m["recap_at"]
    to_s, cc_s = recipients_outlook(m)
    if lang == "zh":
        pairs = [("发件人:", "%s <%s>" % (BOT_NAME, m["bot"])), ("发送时间:", zh_dt_outlook(rt)),
                 ("收件人:", to_s), ("抄送:", cc_s), ("主题:", m["recap_subject"])]
        subj = "答复: " + m["recap_subject"]
        lang_attr = "ZH-CN"
    else:
        pairs = [("From:", "%s <%s>" % (BOT_NAME, m["bot"])), ("Sent:", en_long(rt)),
                 ("To:", to_s), ("Cc:", cc_s), ("Subject:", m["recap_subject"])]
        subj = "RE: " + m["recap_subject"][4:]
        lang_attr = "EN-US"
    plain = "\n".join(text_block(c) + [""] + ["%s %s" % p for p in pairs] + [""] + recap_plain(m)) + "\n"
    html = outlook_html(c["body"], c.get("sig"), pairs, m, cs, lang_attr)
    bnd = "----=_NextPart_000_%s_01DC%s.%s" % (h("b1", c["num"], n=4).upper(), h("b2", c["num"], n=4).upper(),
                                               h("b3", c["num"], n=8).upper())
    alt = Multi("alternative", bnd, [
        Text("plain", plain, cs, codec, cte, crlf=(cte == "base64")),
        Text("html", html, cs, codec, cte, crlf=(cte == "base64"))])
    root = alt
    if c.get("attach"):
        a = c["attach"]
        bnd2 = "----=_NextPart_000_%s_01DC%s.%s" % (h("c1", c["num"], n=4).upper(), h("c2", c["num"], n=4).upper(),
                                                    h("c3", c["num"], n=8).upper())
        root = Multi("mixed", bnd2, [alt, a], preamble="This is a multipart message in MIME format.")
        alt["preamble"] = None
    else:
        alt["preamble"] = "This is a multipart message in MIME format."
    mid = "<000001dc%s$%s$%s$@%s>" % (h("o1", c["num"], n=4), h("o2", c["num"], n=8), h("o3", c["num"], n=8), k["dom"])
    via = c.get("via") or "[192.168.%d.%d] (unknown [%s])" % (
        int(h("i1", c["num"], n=2), 16) % 20, int(h("i2", c["num"], n=2), 16) % 200 + 10, c.get("public_ip", "110.249.33.118"))
    hdrs = delivery_headers(c, m, via) + [
        "From: " + hdr_addr(k["name"], k["email"], cs),
        "To: " + hdr_addrs(k["to"], cs),
        ("Cc: " + hdr_addrs(k["cc"], cs)) if k["cc"] else None,
        "References: " + k["refs"],
        "In-Reply-To: " + m["recap_id"],
        "Subject: " + hdr_text(subj, cs),
        "Date: " + rfc_date(k["t"]),
        "Message-ID: " + mid,
        "MIME-Version: 1.0",
        "__CT__",
        "X-Mailer: Microsoft Outlook 16.0",
        "Thread-Index: " + thread_index(c["num"]),
        "Content-Language: " + ("zh-cn" if lang == "zh" else "en-us"),
    ]
    return assemble(hdrs, root)


# ---- Exchange Online / Microsoft 365 (Meridian Singapore; Taiwan colleague with zh-TW Outlook) -
def exo_ids(c, pod):
    a = "%s%04d" % (pod, int(h("pod", c["num"], n=4), 16) % 9000 + 1000)
    return "<%s%s@%s.apcprd04.prod.outlook.com>" % (a, h("exo", c["num"], n=32).upper(), a), a


def b_exchange(c, m):
    """Outlook desktop on M365 (en or zh-TW), OWA (en-SG)."""
    k = common(c, m)
    style = c["style"]           # 'outlook_en', 'owa', 'outlook_tw'
    rt = m["recap_at"]
    to_s, cc_s = recipients_outlook(m)
    if style == "outlook_tw":
        pairs = [("寄件者:", "%s <%s>" % (BOT_NAME, m["bot"])), ("寄件日期:", tw_dt_outlook(rt)),
                 ("收件者:", to_s), ("副本:", cc_s), ("主旨:", m["recap_subject"])]
        subj = "回覆: " + m["recap_subject"]
        lang_hdr = ("zh-TW, en-US", "zh-TW")
    elif style == "owa":
        pairs = [("From:", "%s <%s>" % (BOT_NAME, m["bot"])), ("Sent:", en_long_dmy(rt)),
                 ("To:", to_s), ("Cc:", cc_s), ("Subject:", m["recap_subject"])]
        subj = m["recap_subject"]
        lang_hdr = ("en-SG, en-US", "en-SG")
    else:
        pairs = [("From:", "%s <%s>" % (BOT_NAME, m["bot"])), ("Sent:", en_long(rt)),
                 ("To:", to_s), ("Cc:", cc_s), ("Subject:", m["recap_subject"])]
        subj = "RE: " + m["recap_subject"][4:]
        lang_hdr = ("en-US", "en-US")
    if style == "owa":
        plain = "\n".join(text_block(c) + ["", "________________________________"] +
                          ["%s %s" % p for p in pairs] + [""] + recap_plain(m)) + "\n"
        hd = "".join("<b>%s</b> %s<br>" % (esc(a), esc(b)) for a, b in pairs)
        html = html_page('<div class="elementToProof" style="font-family:Aptos,Arial,sans-serif;font-size:12pt">%s</div>'
                         '<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1">'
                         '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt">'
                         '%s</font><div>&nbsp;</div></div><div>%s</div>' % (
                             paras_html(text_block(c)), hd, recap_html(m)))
    else:
        plain = "\n".join(text_block(c) + [""] + ["%s %s" % p for p in pairs] + [""] + recap_plain(m)) + "\n"
        html = outlook_html(c["body"], c.get("sig"), pairs, m, "utf-8", "ZH-TW" if style == "outlook_tw" else "EN-US")
    bid = h("bid", c["num"], n=32).upper()
    mid, pod = exo_ids(c, "SG2PR04MB" if style != "outlook_tw" else "TYZPR04MB")
    alt = Multi("alternative", "_000_%s%s_" % (pod, bid[:24]), [
        Text("plain", plain, "utf-8", "utf-8", "base64", crlf=True),
        Text("html", html, "utf-8", "utf-8", "base64", crlf=True)])
    root = alt
    if c.get("attach"):
        root = Multi("mixed", "_004_%s%s_" % (pod, bid[:24]), [alt, c["attach"]])
    tu = k["t"].astimezone(UTC)
    rcv = ["Received: from %s.apcprd04.prod.outlook.com\n ([fe80::%s]) by %s.apcprd04.prod.outlook.com\n"
           " ([fe80::%s%%4]) with mapi id 15.20.9160.008; %s" % (
               pod, h("v6", c["num"], n=4), pod, h("v6", c["num"], n=4), rfc_date(tu))]
    hdrs = delivery_headers(c, m, "SG2PR04CU010.outbound.protection.outlook.com\n (mail-southeastasiaazon11012%03d."
                            "outbound.protection.outlook.com [52.101.133.%d])" % (
                                int(h("oip", c["num"], n=2), 16), int(h("oip", c["num"], n=2), 16) % 250)) + rcv + [
        "From: " + hdr_addr(k["name"], k["email"]),
        "To: " + hdr_addrs(k["to"]),
        ("CC: " + hdr_addrs(k["cc"])) if k["cc"] else None,
        "Subject: " + hdr_text(subj),
        "Thread-Topic: " + hdr_text(m["recap_subject"]),
        "Thread-Index: " + thread_index(c["num"]),
        "Date: " + rfc_date(tu),
        "Message-ID:\n " + mid,
        "References: " + k["refs"],
        "In-Reply-To: " + m["recap_id"],
        "Accept-Language: " + lang_hdr[0],
        "Content-Language: " + lang_hdr[1],
        "X-MS-Has-Attach: " + ("yes" if c.get("attach") else ""),
        "X-MS-TNEF-Correlator: ",
        "MIME-Version: 1.0",
        "__CT__",
    ]
    return assemble(hdrs, root)


# ---- Outlook for iOS (Kevin Wu on the road) --------------------------------------------------
def b_outlook_ios(c, m):
    k = common(c, m)
    rt = m["recap_at"]
    to_s, cc_s = recipients_outlook(m)
    pairs = [("From:", "%s <%s>" % (BOT_NAME, m["bot"])), ("Sent:", en_long(rt, sec=True)),
             ("To:", to_s), ("Cc:", cc_s), ("Subject:", m["recap_subject"])]
    plain = "\n".join(text_block(c) + ["", "Get Outlook for iOS<https://aka.ms/o0ukef>",
                                       "________________________________"] +
                      ["%s %s" % p for p in pairs] + [""] + recap_plain(m)) + "\n"
    hd = "".join("<b>%s</b> %s<br>" % (esc(a), esc(b)) for a, b in pairs)
    html = html_page('<div dir="ltr">%s</div><div dir="ltr"><br></div><div class="ms-outlook-mobile-signature">'
                     'Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div><div id="mail-editor-reference-message-container">'
                     '<hr style="display:inline-block;width:98%%"><div id="divRplyFwdMsg" dir="ltr">%s</div>%s</div>' % (
                         paras_html(text_block(c)), hd, recap_html(m)))
    mid, pod = exo_ids(c, "TYZPR06MB")
    bid = h("bid", c["num"], n=24).upper()
    root = Multi("alternative", "_000_%s%s_" % (pod, bid), [
        Text("plain", plain, "utf-8", "utf-8", "quoted-printable"),
        Text("html", html, "utf-8", "utf-8", "quoted-printable")])
    hdrs = delivery_headers(c, m, "mail-tyzapc01on2071.outbound.protection.outlook.com\n (mail-tyzapc01on2071."
                            "outbound.protection.outlook.com [40.107.117.71])") + [
        "From: " + hdr_addr(k["name"], k["email"]),
        "To: " + hdr_addrs(k["to"]),
        ("CC: " + hdr_addrs(k["cc"])) if k["cc"] else None,
        "Subject: " + hdr_text(m["recap_subject"]),
        "Thread-Topic: " + hdr_text(m["recap_subject"]),
        "Thread-Index: " + thread_index(c["num"]),
        "Date: " + rfc_date(k["t"].astimezone(UTC)),
        "Message-ID:\n " + mid,
        "References: " + k["refs"],
        "In-Reply-To: " + m["recap_id"],
        "Accept-Language: zh-CN, en-US",
        "Content-Language: en-US",
        "X-MS-Has-Attach: ",
        "X-MS-TNEF-Correlator: ",
        "MIME-Version: 1.0",
        "__CT__",
    ]
    return assemble(hdrs, root)


# ---- Outlook for Mac (Vivian Su) --------------------------------------------------------------
def b_outlook_mac(c, m):
    k = common(c, m)
    rt = m["recap_at"]
    to_s, cc_s = recipients_outlook(m)
    when = "%s, %d %s %d at %02d:%02d" % (WEEK_EN[rt.weekday()], rt.day, MON_EN[rt.month - 1], rt.year, rt.hour, rt.minute)
    pairs = [("From:", "%s <%s>" % (BOT_NAME, m["bot"])), ("Date:", when), ("To:", to_s), ("Cc:", cc_s),
             ("Subject:", m["recap_subject"])]
    plain = "\n".join(text_block(c) + ["", ""] + ["%s %s" % p for p in pairs] + [""] + recap_plain(m)) + "\n"
    hd = "".join('<span style="font-weight:bold">%s </span>%s<br>' % (esc(a), esc(b)) for a, b in pairs)
    html = html_page('<div class="WordSection1"><p class="MsoNormal">%s</p><div id="mail-editor-reference-message-container">'
                     '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">%s</div>%s</div></div>' % (
                         "<br>".join(esc(x) for x in text_block(c)), hd, recap_html(m)))
    bnd = "B_%d_%d" % (int(h("mb", c["num"], n=8), 16) % 4000000000, int(h("mb2", c["num"], n=8), 16) % 4000000000)
    root = Multi("alternative", bnd, [
        Text("plain", plain, "UTF-8", "utf-8", "quoted-printable", ct='text/plain;\n\tcharset="UTF-8"'),
        Text("html", html, "UTF-8", "utf-8", "quoted-printable", ct='text/html;\n\tcharset="UTF-8"')],
        preamble="> This message is in MIME format. Since your mail reader does not understand\n"
                 "this format, some or all of this message may not be legible.")
    hdrs = delivery_headers(c, m, "[192.168.3.57] (unknown [183.6.%d.%d])" % (
        int(h("a", c["num"], n=2), 16), int(h("b", c["num"], n=2), 16))) + [
        "User-Agent: Microsoft-MacOutlook/16.97.25051115",
        "Date: " + rfc_date(k["t"]),
        "Subject: " + hdr_text(m["recap_subject"]),
        "From: " + hdr_addr(k["name"], k["email"]),
        "To: " + hdr_addrs(k["to"]),
        ("CC: " + hdr_addrs(k["cc"])) if k["cc"] else None,
        "Message-ID: <%s@lanzhi.example.cn>" % uuid_like("mac", c["num"], upper=True),
        "Thread-Topic: " + hdr_text(m["recap_subject"]),
        "References: " + k["refs"],
        "In-Reply-To: " + m["recap_id"],
        "Mime-version: 1.0",
        "__CT__",
    ]
    return assemble(hdrs, root)


# ---- Foxmail 7.2 (GBK / gb2312) --------------------------------------------------------------
def b_foxmail(c, m):
    k = common(c, m)
    cs = c.get("charset", "gb2312")
    codec = {"gb2312": "gbk", "GBK": "gbk", "gbk": "gbk", "gb18030": "gb18030"}[cs]   # cp936 under a gb2312 label
    rt = m["recap_at"]
    to_s = "; ".join(n for n, e in recap_to(m))
    cc_s = "; ".join(n for n, e in recap_cc(m))
    fox_date = k["t"].strftime("%Y-%m-%d")
    sig = [fox_date, ""] + list(c.get("sig", [k["name"]]))
    qh = [("发件人：", BOT_NAME), ("发送时间：", rt.strftime("%Y-%m-%d %H:%M")), ("收件人：", to_s),
          ("抄送：", cc_s), ("主题：", m["recap_subject"])]
    plain = "\n".join(list(c["body"]) + ["", "", ""] + sig + [" "] + ["%s %s" % p for p in qh] +
                      recap_plain(m)) + "\n"
    qh_html = "".join('<div><b>%s</b>&nbsp;%s</div>' % (esc(a), esc(b)) for a, b in qh)
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s">'
            '<style>body { line-height: 1.5; }body { font-size: 14px; font-family: "Microsoft YaHei UI"; color: rgb(0, 0, 0); '
            'line-height: 1.5; }</style></head><body>\n%s<div><br></div>'
            '<hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">\n'
            '<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt">%s</div></span></div>\n'
            '<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit">'
            '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            '<div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; '
            'BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">%s</div></div><div>%s</div></blockquote>\n'
            '</body></html>' % (cs, paras_html(c["body"]), "<br>".join(esc(x) for x in sig), qh_html, recap_html(m)))
    bnd = "----=_001_NextPart%s_=----" % str(int(h("fx", c["num"]), 16))[:12]
    alt = Multi("alternative", bnd, [
        Text("plain", plain, cs, codec, "base64", ct='text/plain;\n\tcharset="%s"' % cs),
        Text("html", html, cs, codec, "quoted-printable", ct='text/html;\n\tcharset="%s"' % cs)])
    root = alt
    if c.get("attach"):
        bnd0 = "----=_001_NextPart%s_=----" % str(int(h("fx0", c["num"]), 16))[:12]
        root = Multi("mixed", bnd0, [alt, c["attach"]], preamble="This is a multi-part message in MIME format.")
    else:
        alt["preamble"] = "This is a multi-part message in MIME format."
    mid = "<%s%s@%s>" % (k["t"].strftime("%Y%m%d%H%M%S"), str(int(h("fxm", c["num"]), 16))[:7], k["dom"])
    recv_via = c.get("via") or "[192.168.%d.%d] (unknown [%s])" % (
        int(h("i1", c["num"], n=2), 16) % 20, int(h("i2", c["num"], n=2), 16) % 200 + 10, c.get("public_ip", "110.249.33.118"))
    hdrs = delivery_headers(c, m, recv_via) + [
        "Date: " + rfc_date(k["t"]),
        "From: " + hdr_addr(k["name"], k["email"], cs, label=cs.upper() if cs == "gbk" else cs),
        "To: " + hdr_addrs(k["to"], cs, label=cs.upper() if cs == "gbk" else cs),
        ("Cc: " + hdr_addrs(k["cc"], cs, label=cs.upper() if cs == "gbk" else cs)) if k["cc"] else None,
        "Subject: " + hdr_text("回复：" + m["recap_subject"], cs, label=cs.upper() if cs == "gbk" else cs),
        "References: " + k["refs"],
        "X-Priority: 3",
        "X-GUID: %s" % uuid_like("guid", c["num"], upper=True),
        "X-Has-Attach: " + ("yes" if c.get("attach") else "no"),
        "X-Mailer: Foxmail 7.2.25.375[cn]",
        "Mime-Version: 1.0",
        "Message-ID: " + mid,
        "In-Reply-To: " + m["recap_id"],
        "__CT__",
    ]
    return assemble(hdrs, root)


# ---- Apple: iPhone Mail (zh-CN, en, zh-HK) and Mail on macOS --------------------------------
def apple_attrib(style, m):
    rt = m["recap_at"]
    p, h12 = ampm_zh(rt)
    if style == "iphone_zh":
        return "在 %d年%d月%d日，%02d:%02d，%s <%s> 写道：" % (rt.year, rt.month, rt.day, rt.hour, rt.minute, BOT_NAME, m["bot"])
    if style == "iphone_en":
        return "On %s %d, %d, at %s, %s <%s> wrote:" % (MON_EN[rt.month - 1][:3], rt.day, rt.year, en_12(rt), BOT_NAME, m["bot"])
    if style == "iphone_hk":
        p = {"晚上": "下午"}.get(p, p)
        return "於 %d年%d月%d日 %s%d:%02d，%s <%s> 寫道：" % (rt.year, rt.month, rt.day, p, h12, rt.minute, BOT_NAME, m["bot"])
    if style == "mac_zh":
        p = {"晚上": "下午"}.get(p, p)
        return "%d年%d月%d日 %s%d:%02d，%s <%s> 写道：" % (rt.year, rt.month, rt.day, p, h12, rt.minute, BOT_NAME, m["bot"])
    raise ValueError(style)


def b_apple(c, m):
    k = common(c, m)
    style = c["style"]
    att = apple_attrib(style, m)
    footer = {"iphone_zh": "发自我的iPhone", "iphone_en": "Sent from my iPhone", "iphone_hk": "從我的 iPhone 傳送",
              "mac_zh": None}[style]
    top = text_block(c)
    if footer:
        top = top + ["", footer]
    plain = "\n".join(top + ["", "> " + att, ">"] + quoted(recap_plain(m))) + "\n"
    if style == "mac_zh":
        top_html = "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in top)
    else:
        top_html = "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text_block(c)) + \
            '<div><br></div><div dir="ltr">%s</div>' % esc(footer)
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto">%s<div dir="ltr"><br><blockquote type="cite">%s</blockquote></div>'
            '<blockquote type="cite"><div dir="ltr">%s</div></blockquote></body></html>' % (top_html, esc(att), recap_html(m)))
    u = uuid_like("apple", c["num"], upper=True)
    if style == "mac_zh":
        bnd = "Apple-Mail=_%s" % u
    else:
        bnd = "Apple-Mail-%s" % u
    root = Multi("alternative", bnd, [
        Text("plain", plain, "utf-8", "utf-8", "quoted-printable", ct="text/plain;\n\tcharset=utf-8"),
        Text("html", html, "utf-8", "utf-8", "quoted-printable", ct="text/html;\n\tcharset=utf-8")])
    mailer = {"iphone_zh": "iPhone Mail (23D127)", "iphone_en": "iPhone Mail (23E246)",
              "iphone_hk": "iPhone Mail (23E246)", "mac_zh": "Apple Mail (2.3864.100.1.1.5)"}[style]
    subj = m["recap_subject"]
    via = c.get("via") or "smtpclient.apple (unknown [%s])" % c.get("public_ip", "117.136.%d.%d" % (
        int(h("a", c["num"], n=2), 16), int(h("b", c["num"], n=2), 16)))
    hdrs = delivery_headers(c, m, via) + [
        "Content-Transfer-Encoding: 7bit",
        "__CT__",
        "From: " + hdr_addr(k["name"], k["email"]),
        "Mime-Version: 1.0 (1.0)" if style != "mac_zh" else "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3864.100.1.1.5\\))",
        "Subject: " + hdr_text(subj),
        "Date: " + rfc_date(k["t"]),
        "References: " + k["refs"],
        ("Cc: " + hdr_addrs(k["cc"])) if k["cc"] else None,
        "In-Reply-To: " + m["recap_id"],
        "To: " + hdr_addrs(k["to"]),
        "Message-Id: <%s@%s>" % (uuid_like("apple-mid", c["num"], upper=True), k["dom"]),
        "X-Mailer: " + mailer,
    ]
    return assemble(hdrs, root)


# ---- Thunderbird (plain text, format=flowed) -------------------------------------------------
def b_thunderbird(c, m):
    k = common(c, m)
    rt = m["recap_at"]
    att = "在 %d/%d/%d %d:%02d, %s 写道:" % (rt.year, rt.month, rt.day, rt.hour, rt.minute, BOT_NAME)
    q = quoted(recap_plain(m))
    sig = (["-- "] + list(c["sig"])) if c.get("sig") else []
    mode = c.get("mode", "top")
    if mode == "top":
        lines = list(c["body"]) + ["", att] + q + ["", ] + sig
    elif mode == "bottom":
        lines = [att] + q + [""] + list(c["body"]) + [""] + sig
    else:  # inline: answer typed under the quoted row number c['inline_after']
        row = c["inline_after"]
        rl = recap_plain(m)
        idx = next(i for i, x in enumerate(rl) if x.startswith("| %d |" % row))
        lines = [att] + quoted(rl[:idx + 1]) + [""] + list(c["body"]) + [""] + quoted(rl[idx + 1:]) + [""] + sig
    plain = "\n".join(lines) + "\n"
    cte = c.get("cte", "8bit")
    root = Text("plain", plain, "UTF-8", "utf-8", cte, ct="text/plain; charset=UTF-8; format=flowed")
    hdrs = delivery_headers(c, m, c.get("via") or "[192.168.10.%d] (unknown [%s])" % (
        int(h("tb", c["num"], n=2), 16) % 200 + 20, c.get("public_ip", "110.249.33.118"))) + [
        "Message-ID: <%s@%s>" % (uuid_like("tb", c["num"]), k["dom"]),
        "Date: " + rfc_date(k["t"]),
        "MIME-Version: 1.0",
        "User-Agent: Mozilla Thunderbird",
        "Subject: " + hdr_text("Re: " + m["subject"]),
        "Content-Language: zh-CN",
        "To: " + hdr_addrs(k["to"]),
        ("Cc: " + hdr_addrs(k["cc"])) if k["cc"] else None,
        "References: " + k["refs"],
        "From: " + hdr_addr(k["name"], k["email"]),
        "In-Reply-To: " + m["recap_id"],
        "__CT__",
    ]
    return assemble(hdrs, root)


# ---- NetEase Mail Master (网易邮箱大师) mobile ---------------------------------------------------
def b_mailmaster(c, m):
    k = common(c, m)
    rt = m["recap_at"]
    to_s = "；".join("%s<%s>" % p for p in recap_to(m))
    cc_s = "；".join("%s<%s>" % p for p in recap_cc(m))
    rows = [("发件人", "%s<%s>" % (BOT_NAME, m["bot"])), ("日期", rt.strftime("%Y年%m月%d日 %H:%M")),
            ("收件人", to_s), ("抄送至", cc_s), ("主题", m["recap_subject"])]
    top = text_block(c) + ["发自网易邮箱大师", ""]
    plain = "\n".join(top + ["---- 回复的原邮件 ----"] + ["| %s | %s |" % r for r in rows] + recap_plain(m)) + "\n"
    tbl = "".join('<tr><td style="color:#a0a0a0;">%s</td><td>%s</td></tr>' % (esc(a), esc(b)) for a, b in rows)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div style="font-family: 微软雅黑, 宋体; font-size: 14px; line-height: 1.5;">%s</div>'
            '<div id="ntes-pcmail-signature"><span style="font-size:12px;color:#888">发自<a href="https://mail.163.com/dashi/dlpro.html?from=mail81">网易邮箱大师</a></span></div>'
            '<div class="J-reply" style="background-color:#f2f2f2;color:black;padding-top:6px;padding-bottom:6px;'
            'border-radius:3px;margin-top:45px;margin-bottom:20px;font-family:\'微软雅黑\';">'
            '<div style="font-size:12px;line-height:1.5;word-break:break-all;margin-left:10px;margin-right:10px">'
            '---- 回复的原邮件 ----</div><table class="J-mail-info" style="font-size:12px">%s</table></div>'
            '<div>%s</div></body></html>' % (paras_html(text_block(c)), tbl, recap_html(m)))
    epoch = int(k["t"].timestamp() * 1000)
    bnd = "----=_Part_%d_%d.%d" % (int(h("mm", c["num"], n=6), 16) % 900000 + 100000,
                                    int(h("mm2", c["num"], n=8), 16) % 900000000 + 100000000, epoch)
    root = Multi("alternative", bnd, [
        Text("plain", plain, "UTF-8", "utf-8", "base64", ct="text/plain; charset=UTF-8"),
        Text("html", html, "UTF-8", "utf-8", "base64", ct="text/html; charset=UTF-8")])
    via = c.get("via") or "[10.%d.%d.%d] (unknown [%s])" % (
        int(h("a", c["num"], n=2), 16), int(h("b", c["num"], n=2), 16), int(h("d", c["num"], n=2), 16),
        c.get("public_ip", "223.104.%d.%d" % (int(h("e", c["num"], n=2), 16), int(h("f", c["num"], n=2), 16))))
    hdrs = delivery_headers(c, m, via) + [
        "Date: " + rfc_date(k["t"]),
        "From: " + hdr_addr(k["name"], k["email"]),
        "To: " + hdr_addrs(k["to"]),
        ("Cc: " + hdr_addrs(k["cc"])) if k["cc"] else None,
        "Message-ID: <%s.%s.%s@%s>" % (h("mmid", c["num"], n=8), h("mmid2", c["num"], n=4), "%x" % epoch, k["dom"]),
        "In-Reply-To: " + m["recap_id"],
        "References: " + k["refs"],
        "Subject: " + hdr_text("Re: " + m["subject"]),
        "MIME-Version: 1.0",
        "__CT__",
    ]
    return assemble(hdrs, root)


# ---- Tencent family: Exmail web (gb18030), WeCom mail, QQ Mail app ---------------------------
def b_tencent(c, m):
    k = common(c, m)
    style = c["style"]                   # exmail_web / wecom / qqmail_app
    cs = c.get("charset", "gb18030" if style == "exmail_web" else "utf-8")
    rt = m["recap_at"]
    to_s = "".join('"%s"<%s>;' % p for p in recap_to(m))
    cc_s = "".join('"%s"<%s>;' % p for p in recap_cc(m))
    qh = [("发件人:", ' "%s"<%s>;' % (BOT_NAME, m["bot"])), ("发送时间:", " " + qq_dt(rt)),
          ("收件人:", " " + to_s), ("抄送:", " " + cc_s), ("主题:", " " + m["recap_subject"])]
    plain = "\n".join(text_block(c) + ["", "", "------------------ 原始邮件 ------------------"] +
                      ["%s%s" % p for p in qh] + ["", "", ""] + recap_plain(m)) + "\n"
    qh_html = "".join("<div><b>%s</b>%s</div>" % (esc(a), esc(b).replace(" ", "&nbsp;", 1)) for a, b in qh)
    html = ('<meta http-equiv="Content-Type" content="text/html; charset=%s">%s<div><br></div><div><br></div>'
            '<div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;原始邮件&nbsp;'
            '------------------</div><div style="font-size: 12px;background:#efefef;padding:8px;">%s</div><div><br></div>%s' % (
                cs, paras_html(text_block(c)), qh_html, recap_html(m)))
    tid = h("tencent", c["num"], n=40).upper()
    bnd = "----=_NextPart_%s_%s_%s" % (tid[:8], tid[8:16], tid[16:24])
    root = Multi("alternative", bnd, [
        Text("plain", plain, cs, cs, "base64", ct='text/plain; charset="%s"' % cs),
        Text("html", html, cs, cs, "base64", ct='text/html; charset="%s"' % cs)],
        preamble="This is a multi-part message in MIME format.")
    subj = "回复：" + m["recap_subject"]
    via = "smtpbgsg%d.qq.com (smtpbgsg%d.qq.com [54.254.200.%d])" % (
        int(h("q", c["num"], n=1), 16) % 3 + 1, int(h("q", c["num"], n=1), 16) % 3 + 1, int(h("q2", c["num"], n=2), 16) % 200 + 10)
    hdrs = delivery_headers(c, m, via) + [
        "X-QQ-FEAT: %s" % h("feat", c["num"], n=40),
        "X-QQ-SSF: 00000000000000F0",
        "X-HAS-ATTACH: no",
        "X-QQ-BUSINESS-ORIGIN: 2",
        "X-Originating-IP: 121.18.%d.%d" % (int(h("a", c["num"], n=2), 16), int(h("b", c["num"], n=2), 16)),
        "X-QQ-STYLE: ",
        "X-QQ-mid: %s" % ("bizesmtp" if style != "qqmail_app" else "xmsezb") + "%st%dt%s" % (
            h("qm", c["num"], n=3), int(k["t"].timestamp()), h("qm2", c["num"], n=6)),
        "From: " + hdr_addr(k["name"], k["email"], cs),
        "To: " + hdr_addrs(k["to"], cs),
        ("Cc: " + hdr_addrs(k["cc"], cs)) if k["cc"] else None,
        "Subject: " + hdr_text(subj, cs),
        "Mime-Version: 1.0",
        "__CT__",
        "Date: " + rfc_date(k["t"]),
        "X-Priority: 3",
        "Message-ID: <tencent_%s@qq.com>" % tid,
        "X-QQ-MIME: TCMime 1.0 by Tencent",
        "X-Mailer: QQMail 2.x" if style == "exmail_web" else None,
        "X-QQ-Mailer: QQMail 2.x" if style == "exmail_web" else None,
        "In-Reply-To: " + m["recap_id"],
        "References: " + k["refs"],
    ]
    return assemble(hdrs, root)


# ---- DingTalk mail (Alimail engine), Tangshan workshop PC ------------------------------------
def b_dingtalk(c, m):
    k = common(c, m)
    rt = m["recap_at"]
    to_s = "; ".join("%s<%s>" % p for p in recap_to(m))
    cc_s = "; ".join("%s<%s>" % p for p in recap_cc(m))
    qh = [("发件人：", "%s <%s>" % (BOT_NAME, m["bot"])), ("发送时间：", ali_dt(rt)), ("收件人：", to_s),
          ("抄　送：", cc_s), ("主　题：", m["recap_subject"])]
    plain = "\n".join(text_block(c) + ["", "-" * 66] + ["%s%s" % p for p in qh] + [""] + recap_plain(m)) + "\n"
    html = html_page('<div class="__aliyun_email_body_block">%s<div><br></div>'
                     '<blockquote style="margin-right:0;margin-top:0;margin-bottom:0;">'
                     '<div><div class="__aliyun_email_body_block"><div>%s</div>%s</div></div></blockquote></div>' % (
                         paras_html(text_block(c)),
                         "-" * 66 + "<br>" + "".join("%s%s<br>" % (esc(a), esc(b)) for a, b in qh),
                         recap_html(m)), "UTF-8")
    bnd = "----=ALIBOUNDARY_%d_%s_%s" % (int(h("ab", c["num"], n=4), 16), h("ab2", c["num"], n=8), h("ab3", c["num"], n=4))
    root = Multi("alternative", bnd, [
        Text("plain", plain, "UTF-8", "utf-8", "base64", ct='text/plain; charset="UTF-8"'),
        Text("html", html, "UTF-8", "utf-8", "base64", ct='text/html; charset="UTF-8"')])
    hdrs = delivery_headers(c, m, "out30-%d.freemail.mail.aliyun.com (out30-%d.freemail.mail.aliyun.com [115.124.30.%d])" % (
        int(h("al", c["num"], n=2), 16) % 120 + 1, int(h("al", c["num"], n=2), 16) % 120 + 1, int(h("al", c["num"], n=2), 16) % 120 + 1)) + [
        "Date: " + rfc_date(k["t"]),
        "From: " + hdr_addr(k["name"], k["email"]),
        "To: " + hdr_addrs(k["to"]),
        ("Cc: " + hdr_addrs(k["cc"])) if k["cc"] else None,
        "Message-ID: <%s.%s@%s>" % (uuid_like("ding", c["num"]), k["user"], k["dom"]),
        "Subject: " + hdr_text("回复：" + m["recap_subject"]),
        "MIME-Version: 1.0",
        "References: " + k["refs"],
        "In-Reply-To: " + m["recap_id"],
        "__CT__",
    ]
    return assemble(hdrs, root)


# ---- Feishu (Lark) Mail, desktop and mobile --------------------------------------------------
def b_feishu(c, m):
    k = common(c, m)
    rt = m["recap_at"]
    to_s = "; ".join('"%s"<%s>' % p for p in recap_to(m))
    cc_s = "; ".join('"%s"<%s>' % p for p in recap_cc(m))
    qh = [("发件人: ", '"%s"<%s>' % (BOT_NAME, m["bot"])),
          ("发送时间: ", "%d年%d月%d日(周%s) %02d:%02d" % (rt.year, rt.month, rt.day, WEEK_ZH[rt.weekday()], rt.hour, rt.minute)),
          ("收件人: ", to_s), ("抄送: ", cc_s), ("主题: ", m["recap_subject"])]
    html = html_page('<div style="font-size:14px">%s</div><div><br></div><div class="history-quote-wrapper">'
                     '<div style="border-left:2px solid #dee0e3;padding-left:10px;color:#646a73">'
                     '<div style="font-weight:bold">原始邮件</div>%s<div><br></div>%s</div></div>' % (
                         paras_html(text_block(c)),
                         "".join("<div>%s%s</div>" % (esc(a), esc(b)) for a, b in qh), recap_html(m)))
    bnd = "%s" % h("fs", c["num"], n=28)
    if c.get("html_only"):
        root = Text("html", html, "UTF-8", "utf-8", "base64", ct="text/html; charset=UTF-8")
    else:
        plain = "\n".join(text_block(c) + ["", "", "原始邮件"] + ["%s%s" % p for p in qh] + [""] + recap_plain(m)) + "\n"
        root = Multi("alternative", bnd, [
            Text("plain", plain, "UTF-8", "utf-8", "quoted-printable", ct="text/plain; charset=UTF-8"),
            Text("html", html, "UTF-8", "utf-8", "quoted-printable", ct="text/html; charset=UTF-8")])
    hdrs = delivery_headers(c, m, "[10.71.%d.%d] (unknown [113.108.%d.%d])" % (
        int(h("a", c["num"], n=2), 16), int(h("b", c["num"], n=2), 16),
        int(h("d", c["num"], n=2), 16), int(h("e", c["num"], n=2), 16))) + [
        "Date: " + rfc_date(k["t"]),
        "From: " + hdr_addr(k["name"], k["email"]),
        "To: " + hdr_addrs(k["to"]),
        ("Cc: " + hdr_addrs(k["cc"])) if k["cc"] else None,
        "Subject: " + hdr_text("回复: " + m["recap_subject"]),
        "Message-Id: <%s@%s>" % (h("fsmid", c["num"], n=32), k["dom"]),
        "In-Reply-To: " + m["recap_id"],
        "References: " + k["refs"],
        "Mime-Version: 1.0",
        "__CT__",
    ]
    return assemble(hdrs, root)


# ---- Huawei Email app (HTML only) ------------------------------------------------------------
def b_huawei(c, m):
    k = common(c, m)
    rt = m["recap_at"]
    p, h12 = ampm_zh(rt)
    qh = [("发件人： ", "%s <%s>" % (BOT_NAME, m["bot"])),
          ("日期： ", "%d年%d月%d日周%s %s%d:%02d" % (rt.year, rt.month, rt.day, WEEK_ZH[rt.weekday()], p, h12, rt.minute)),
          ("收件人： ", ", ".join("%s <%s>" % x for x in recap_to(m))),
          ("抄送： ", ", ".join("%s <%s>" % x for x in recap_cc(m))), ("主题： ", m["recap_subject"])]
    html = html_page('<div dir="auto">%s</div><div dir="auto"><br></div><div dir="auto">发自我的华为手机</div>'
                     '<div dir="auto"><br></div><div class="quote"><div>-------- 原始邮件 --------</div>%s<br>%s</div>' % (
                         paras_html(text_block(c)), "".join("<div>%s%s</div>" % (esc(a), esc(b)) for a, b in qh),
                         recap_html(m)))
    root = Text("html", html, "utf-8", "utf-8", "base64", ct="text/html; charset=utf-8")
    hdrs = delivery_headers(c, m, "[10.%d.%d.%d] (unknown [120.229.%d.%d])" % (
        int(h("a", c["num"], n=2), 16), int(h("b", c["num"], n=2), 16), int(h("d", c["num"], n=2), 16),
        int(h("e", c["num"], n=2), 16), int(h("f", c["num"], n=2), 16))) + [
        "MIME-Version: 1.0",
        "Date: " + rfc_date(k["t"]),
        "Subject: " + hdr_text("回复：" + m["recap_subject"]),
        "From: " + hdr_addr(k["name"], k["email"]),
        "To: " + hdr_addrs(k["to"]),
        ("CC: " + hdr_addrs(k["cc"])) if k["cc"] else None,
        "Message-ID: <%s@email.android.com>" % h("hw", c["num"], n=30),
        "In-Reply-To: " + m["recap_id"],
        "References: " + k["refs"],
        "__CT__",
    ]
    return assemble(hdrs, root)


# ---- Gmail web, Malay interface (Meridian Malaysia on Google Workspace) ----------------------
def b_gmail_ms(c, m):
    k = common(c, m)
    rt = m["recap_at"]
    days_ms = ["Isn", "Sel", "Rab", "Kha", "Jum", "Sab", "Ahd"]
    mon_ms = ["Jan", "Feb", "Mac", "Apr", "Mei", "Jun", "Jul", "Ogo", "Sep", "Okt", "Nov", "Dis"]
    h12 = rt.hour % 12 or 12
    ap = "PG" if rt.hour < 12 else "PTG"
    att1 = "Pada %s, %d %s %d pada %d:%02d %s %s <" % (days_ms[rt.weekday()], rt.day, mon_ms[rt.month - 1], rt.year,
                                                       h12, rt.minute, ap, BOT_NAME)
    att2 = "%s> menulis:" % m["bot"]
    plain = "\n".join(text_block(c) + ["", att1, att2, ""] + quoted(recap_plain(m))) + "\n"
    html = ('<div dir="ltr">%s</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
            'Pada %s, %d %s %d pada %d:%02d %s %s &lt;<a href="mailto:%s">%s</a>&gt; menulis:<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
            'padding-left:1ex">%s</blockquote></div>\n' % (
                "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text_block(c)),
                days_ms[rt.weekday()], rt.day, mon_ms[rt.month - 1], rt.year, h12, rt.minute, ap, BOT_NAME,
                m["bot"], m["bot"], recap_html(m)))
    bnd = "000000000000%s" % h("gm", c["num"], n=14)
    root = Multi("alternative", bnd, [
        Text("plain", plain, "UTF-8", "utf-8", "quoted-printable", ct='text/plain; charset="UTF-8"'),
        Text("html", html, "UTF-8", "utf-8", "quoted-printable", ct='text/html; charset="UTF-8"')])
    hdrs = delivery_headers(c, m, "mail-pl1-f171.google.com (mail-pl1-f171.google.com [209.85.214.171])") + [
        "Received: by mail-pl1-f171.google.com with SMTP id d9443c01a7336-%s\n"
        "        for <%s>; %s" % (h("gr", c["num"], n=9), m["signed"],
                                  rfc_date(k["t"].astimezone(dt.timezone(dt.timedelta(hours=-7)))) + " (PDT)"),
        "MIME-Version: 1.0",
        "References: " + k["refs"],
        "In-Reply-To: " + m["recap_id"],
        "From: " + hdr_addr(k["name"], k["email"], "UTF-8"),
        "Date: " + rfc_date(k["t"]),
        "X-Gm-Features: %s" % h("gf", c["num"], n=40),
        "Message-ID: <CAJ%s=%s@mail.gmail.com>" % (h("g1", c["num"], n=20), h("g2", c["num"], n=16)),
        "Subject: " + hdr_text(m["recap_subject"], "UTF-8"),
        "To: " + hdr_addrs(k["to"], "UTF-8"),
        ("Cc: " + hdr_addrs(k["cc"], "UTF-8")) if k["cc"] else None,
        "__CT__",
    ]
    return assemble(hdrs, root)


# ---- auto mail ---------------------------------------------------------------------------------
def b_exchange_oof_big5(c, m):
    """Out-of-office from an Exchange mailbox with zh-TW regional settings; body in big5."""
    k = common(c, m)
    text = "\n".join(c["body"]) + "\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"></head><body>'
            '<div style="font-family:新細明體,serif;font-size:12pt">%s</div></body></html>' % (
                "".join("<p>%s</p>" % (esc(x) if x else "&nbsp;") for x in c["body"])))
    mid, pod = exo_ids(c, "TYZPR04MB")
    bid = h("bid", c["num"], n=24).upper()
    root = Multi("alternative", "_000_%s%s_" % (pod, bid), [
        Text("plain", text, "big5", "big5", "base64", crlf=True),
        Text("html", html, "big5", "big5", "base64", crlf=True)])
    tu = k["t"].astimezone(UTC)
    subj = "自動回覆: " + m["recap_subject"]
    hdrs = delivery_headers(c, m, "TYZPR04CU001.outbound.protection.outlook.com\n (mail-japaneastazon11011027."
                            "outbound.protection.outlook.com [52.101.127.27])") + [
        "From: " + hdr_addr(k["name"], k["email"]),
        "To: " + hdr_addr(BOT_NAME, m["bot"]),
        "Subject: " + hdr_text(subj, "big5"),
        "Thread-Topic: " + hdr_text(m["recap_subject"]),
        "Thread-Index: " + thread_index(c["num"]),
        "Date: " + rfc_date(tu),
        "Message-ID:\n " + mid,
        "References: " + k["refs"],
        "In-Reply-To: " + m["recap_id"],
        "Accept-Language: zh-TW, en-US",
        "Content-Language: zh-TW",
        "X-MS-Has-Attach: ",
        "X-MS-TNEF-Correlator: ",
        "X-Auto-Response-Suppress: All",
        "Auto-Submitted: auto-generated",
        "X-MS-Exchange-Transport-CrossTenantHeadersStamped: %s" % pod,
        "MIME-Version: 1.0",
        "__CT__",
    ]
    return assemble(hdrs, root)


def b_postfix_delay(c, m):
    """Postfix delay warning (RFC 3464, Action: delayed) for the recap to one recipient."""
    t = c["at"]
    qid = "4bZ%s" % h("pfq", c["num"], n=9).upper()
    relay = "relay.lanzhi.example.cn"
    rcpt = c["rcpt"]
    arrival = m["recap_at"] + dt.timedelta(seconds=1)
    bnd = "%s.%d/%s" % (qid, int(t.timestamp()), relay)
    notice = "\n".join([
        "This is the mail system at host %s." % relay, "",
        "####################################################################",
        "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #",
        "####################################################################", "",
        "Your message could not be delivered for more than 6 hour(s).",
        "It will be retried until it is 5 day(s) old.", "",
        "For further assistance, please send mail to postmaster.", "",
        "If you do so, please include this problem report. You can",
        "delete your own text from the attached returned message.", "",
        "                   The mail system", "",
        "<%s>: host aspmx.l.google.com[142.250.4.27] said:" % rcpt,
        "    421-4.7.28 [203.0.113.25      19] Our system has detected an unusual rate",
        "    of 421-4.7.28 unsolicited mail originating from your IP address. To",
        "    protect our 421-4.7.28 users from spam, mail sent from your IP address",
        "    has been temporarily 421-4.7.28 rate limited. (in reply to end of DATA",
        "    command)", ""])
    status = "\n".join([
        "Reporting-MTA: dns; %s" % relay,
        "X-Postfix-Queue-ID: %s" % qid,
        "X-Postfix-Sender: rfc822; %s" % m["bot"],
        "Arrival-Date: %s (CST)" % rfc_date(arrival), "",
        "Final-Recipient: rfc822; %s" % rcpt,
        "Original-Recipient: rfc822;%s" % rcpt,
        "Action: delayed",
        "Status: 4.7.28",
        "Remote-MTA: dns; aspmx.l.google.com",
        "Diagnostic-Code: smtp; 421-4.7.28 [203.0.113.25      19] Our system has detected",
        "    an unusual rate of unsolicited mail originating from your IP address.",
        "    To protect our users from spam, mail sent from your IP address has been",
        "    temporarily rate limited.",
        "Will-Retry-Until: %s (CST)" % rfc_date(arrival + dt.timedelta(days=5)), ""])
    orig = "\n".join([
        "Return-Path: <%s>" % m["bot"],
        "Received: from minutebot.lanzhi.example.cn (minutebot.lanzhi.example.cn [10.8.3.40])",
        "\tby %s (Postfix) with ESMTPS id %s;" % (relay, qid),
        "\t%s (CST)" % rfc_date(arrival),
        "From: %s" % hdr_addr(BOT_NAME, m["bot"]),
        "To: " + hdr_addrs(recap_to(m)),
        "Cc: " + hdr_addrs(recap_cc(m)),
        "Subject: " + hdr_text(m["recap_subject"]),
        "Date: %s" % rfc_date(m["recap_at"]),
        "Message-ID: %s" % m["recap_id"],
        "In-Reply-To: %s" % m["minutes_id"],
        "References: %s" % m["minutes_id"],
        "Reply-To: %s" % m["signed"],
        "Auto-Submitted: auto-generated",
        "X-Auto-Response-Suppress: OOF, AutoReply",
        "MIME-Version: 1.0",
        'Content-Type: multipart/alternative; boundary="===============%s=="' % str(int(h("bb", "M6"), 16))[:19], ""])
    root = Multi("report", bnd, [
        Raw(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], notice),
        Raw(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], status),
        Raw(["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], orig)],
        params=" report-type=delivery-status;", preamble="This is a MIME-encapsulated message.")
    hdrs = ["Return-Path: <>",
            "Delivered-To: %s" % m["bot"],
            "Received: by %s (Postfix)\n\tid %s; %s (CST)" % (relay, h("pfd", c["num"], n=10).upper(), rfc_date(t)),
            "Date: %s (CST)" % rfc_date(t),
            "From: MAILER-DAEMON@%s (Mail Delivery System)" % relay,
            "Subject: Delayed Mail (still being retried)",
            "To: %s" % m["bot"],
            "Auto-Submitted: auto-replied",
            "MIME-Version: 1.0",
            "__CT__",
            "Content-Transfer-Encoding: 7bit",
            "Message-Id: <%s@%s>" % (h("pfm", c["num"], n=14).upper(), relay)]
    return assemble(hdrs, root)


BUILDERS = {
    "coremail": b_coremail, "coremail163": b_coremail163, "netease_web": b_netease_web, "outlook": b_outlook,
    "exchange": b_exchange, "outlook_ios": b_outlook_ios, "outlook_mac": b_outlook_mac, "foxmail": b_foxmail,
    "apple": b_apple, "thunderbird": b_thunderbird, "mailmaster": b_mailmaster, "tencent": b_tencent,
    "dingtalk": b_dingtalk, "feishu": b_feishu, "huawei": b_huawei, "gmail_ms": b_gmail_ms,
    "oof_big5": b_exchange_oof_big5, "postfix_delay": b_postfix_delay,
}


def pdf_attachment_utf8_2231(filename, data):
    from urllib.parse import quote
    enc = quote(filename.encode("utf-8"), safe="")
    return Attach("application/pdf", filename, data, [
        "Content-Type: application/pdf;\n\tname*=UTF-8''%s" % enc,
        "Content-Transfer-Encoding: base64",
        "Content-Disposition: attachment;\n\tfilename*=UTF-8''%s" % enc])


def pdf_attachment_exchange(filename, data, t):
    d = rfc_date(t.astimezone(UTC)).replace("+0000", "GMT")
    return Attach("application/pdf", filename, data, [
        'Content-Type: application/pdf; name="%s"' % filename,
        "Content-Description: %s" % filename,
        'Content-Disposition: attachment; filename="%s"; size=%d;\n\tcreation-date="%s";\n\tmodification-date="%s"' % (
            filename, len(data), d, d),
        "Content-Transfer-Encoding: base64"])


# ---------------------------------------------------------------------------------------------
# the cases
# ---------------------------------------------------------------------------------------------
def R(intent, items=(), percent=None, new_due=None):
    return dict(intent=intent, items=sorted(set(items)), percent=percent, new_due_date=new_due)


SGT = dt.timezone(dt.timedelta(hours=8))   # Singapore, Kuala Lumpur, Hong Kong, Taipei: all +08:00

CASES = [
    # ================= M1 泸州沱江职业技术学院 校企合作推进会 (recap Thu 2026-04-02 16:40) =================
    dict(slug="confirm-coremail-wuyiyi", meeting="M1", sender="dengli", client="coremail",
         at=cst(2026, 4, 2, 17, 5, 18), cc=["zhonggh"], charset="UTF-8", cte="base64",
         body=["收到，无异议。"], sig=["邓丽", "教务处", "电话：0830-3152816"],
         gold=R("confirm"), tests="plain Coremail web reply '收到，无异议。' ('-----原始邮件-----' quote) before the cut-off",
         notes="Reply on Thu 2026-04-02 17:05, before the 18:00 objection cut-off of the M1 recap. The new text is only "
               "'收到，无异议。': confirm (无异议 contains 异议 but means no objection). No item number -> items []. "
               "Everything from '-----原始邮件-----' on is the quoted recap, whose footer lists every command word. The name "
               "block with a phone number is the signature."),
    dict(slug="object-item2-outlook-gb2312-qp", meeting="M1", sender="luojj", client="outlook",
         at=cst(2026, 4, 2, 17, 32, 40), cc=["zhonggh", "zengdh"], charset="gb2312", cte="quoted-printable",
         public_ip="182.151.27.66",
         body=["钟处、各位老师：", "",
               "对第2项有异议：实训基地设备清单涉及焊接、数控、机电三个实训室共400多台套，清明放假三天，4月10日前核对不完；"
               "另外固定资产编号需要资产处曾德华老师一起核对。建议截止时间改为4月17日，并把资产处加为共同负责。"],
         sig=["罗建军", "智能制造学院 实训中心", "手机：139 0830 1276"],
         gold=R("object", [2]), tests="Outlook zh-CN gb2312 QP objection to 第2项 that proposes another date",
         notes="Thu 2026-04-02 17:32, before the cut-off. '对第2项有异议' + reason -> object, items [2]. The reason "
               "proposes '改为4月17日', but an objection that suggests another date stays an objection with new_due_date "
               "null (convention 4). '400多台套' is a count; '4月10日' restates the due date. Outlook 2016 zh-CN, "
               "multipart/alternative labelled gb2312 (cp936 bytes) in quoted-printable; subject '答复: Re: …'; quote is "
               "Outlook's '发件人: / 发送时间: / 收件人: / 抄送: / 主题:' block with no '>' prefix."),
    dict(slug="done-item1-iphone-after-qingming", meeting="M1", sender="hexy", client="apple", style="iphone_zh",
         at=cst(2026, 4, 7, 10, 15, 33), cc=["zhonggh"],
         body=["第1项招生简章初稿已完成，已发钟处审阅。"],
         gold=R("done", [1]), tests="plain iPhone '第1项…已完成' + '发自我的iPhone', first working day after Qingming",
         notes="Tue 2026-04-07 is the first working day after Qingming (04-04..04-06). '第1项招生简章初稿已完成' -> done, "
               "items [1]. '发自我的iPhone' is the mobile footer; the quote starts at '> 在 2026年4月2日，16:40，纪要助手 "
               "<…> 写道：' and every quoted line has '> '."),
    dict(slug="extend-15hao-iphone-question", meeting="M1", sender="hexy", client="apple", style="iphone_zh",
         at=cst(2026, 4, 10, 16, 48, 2), cc=["zhonggh", "yangfan"],
         body=["钟处，第3项还有两家企业（川南机械、酒城智能装备）没回复顶岗岗位数，我想延到15号，可以吗？"],
         gold=R("extend", [3], new_due="2026-04-15"), rule=("dom", 15),
         tests="extension '想延到15号，可以吗？' phrased as a question; day-of-month date",
         notes="Fri 2026-04-10. '第3项…我想延到15号，可以吗？' asks to move the date (phrased as a question) -> extend, "
               "items [3]; item 3 was due 04-13. '15号' = the 15th of the reply's own month (April, not yet past on 04-10) "
               "-> 2026-04-15 (convention 5). '两家企业' is a count."),
    dict(slug="progress-qicheng-coremail-gbk", meeting="M1", sender="dengli", client="coremail",
         at=cst(2026, 4, 13, 9, 30, 26), cc=["zhonggh"], charset="GBK", cte="base64",
         body=["第4项进度七成：《学生顶岗实习管理办法》修订稿已发各二级学院征求意见，意见汇总后周四前定稿。"],
         sig=["邓丽", "教务处"],
         gold=R("progress", [4], 70), tests="Coremail GBK base64 '第4项进度七成' + an estimate '周四前定稿' inside the due date",
         notes="Mon 2026-04-13. '第4项进度七成' -> progress, items [4], percent 70 (七成 = 70, convention 6). '周四前定稿' "
               "(Thu 04-16) is her own estimate before the 04-17 due date, not a request to move it. Coremail sends this "
               "one in GBK (text parts and =?GBK?B? headers)."),
    dict(slug="done-inline-under-row-thunderbird", meeting="M1", sender="luojj", client="thunderbird", mode="inline",
         inline_after=2, at=cst(2026, 4, 10, 17, 20, 9), cc=["zhonggh", "zengdh"], public_ip="182.151.27.66",
         body=["已完成。三个实训室的设备清单已核对完毕，账实不符的7项已列表交资产处曾老师。"],
         sig=["罗建军", "智能制造学院 实训中心"],
         gold=R("done", [2]), tests="inline answer typed under the quoted row '| 2 | … |' (Thunderbird '> ' quote); '7项' is a count",
         notes="Fri 2026-04-10, the due date of item 2. Nothing is written above the attribution line: Thunderbird quotes "
               "the recap with '> ' and the new text '已完成。…' is typed directly under the quoted row "
               "'| 2 | 完成实训基地设备清单核对 | 罗建军 | 2026-04-10 |', before the rest of the quote resumes. An inline "
               "answer takes that row's number (convention 2) -> done, items [2]. '账实不符的7项' counts discrepancies "
               "(convention 6); it is not item 7 (M1 has five items)."),
    dict(slug="done-content-match-foxmail-gbk-pdf", meeting="M1", sender="gouzq", client="foxmail", charset="GBK",
         at=cst(2026, 4, 20, 11, 2, 8), cc=["zhonggh"], public_ip="182.151.27.66",
         body=["钟处：", "", "产教融合项目申报材料今天上午已报送市教育局职成科，回执扫描件见附件。"],
         sig=["苟志强", "科研与产教融合处", "电话：0830-3152609"],
         attach_pdf=("申报回执_产教融合项目.pdf", "产教融合项目申报材料接收回执",
                     ["申报单位：泸州沱江职业技术学院", "接收日期：2026年4月20日", "经办人：职成科"]),
         gold=R("done"), tests="task named without a number (sender's only item) -> content-match [5]; Foxmail GBK + PDF",
         notes="Mon 2026-04-20 (the due date). No item number. 苟志强 owns only item 5 of M1 (报送产教融合项目申报材料) "
               "and the reply names it ('产教融合项目申报材料…已报送') -> done, items [], content-match [5]. '今天上午' and "
               "the Foxmail signature date line '2026-04-20' are not requests. multipart/mixed: Foxmail alternative "
               "(GBK base64 text, GBK QP html) plus a PDF receipt with an RFC 2231 UTF-8 filename."),

    # ================= M2 技能大赛集训筹备会 (recap Wed 2026-04-29 17:20) =================
    dict(slug="confirm-with-plan-coremail-qp", meeting="M2", sender="dengli", client="coremail",
         at=cst(2026, 4, 29, 17, 41, 55), cc=["pengtao"], charset="UTF-8", cte="quoted-printable",
         body=["确认。五一期间实训楼每天8:30-17:30开放，值班老师名单明天上午发群里。"], sig=["邓丽"],
         gold=R("confirm"), tests="'确认。' followed by how the owner will do her item (times, 明天) -> still confirm",
         notes="Wed 2026-04-29 17:41, before the cut-off. '确认。' -> confirm, items []. The rest says how she will carry "
               "out her item 3 (opening hours 8:30-17:30, names '明天上午' = 04-30, her due date): not done, not an "
               "extension. Coremail UTF-8 quoted-printable."),
    dict(slug="done-two-items-mailmaster", meeting="M2", sender="luojj", client="mailmaster", os="iOS",
         at=cst(2026, 4, 30, 19, 5, 47), cc=["pengtao"],
         body=["第1项和第5项都已完成：选手名单已报省赛组委会，集训日程表已发选手群。"], sig=["罗建军"],
         gold=R("done", [1, 5]), tests="two items in one sentence '第1项和第5项都已完成'; 网易邮箱大师 quote table",
         notes="Thu 2026-04-30 evening, the last working day before Labour Day. '第1项和第5项都已完成' -> done, items "
               "[1, 5]. 网易邮箱大师 (iOS): footer '发自网易邮箱大师', quote '---- 回复的原邮件 ----' with '| 发件人 | … |' rows."),
    dict(slug="progress-yiban-content-match-eta", meeting="M2", sender="zengdh", client="coremail",
         at=cst(2026, 5, 7, 10, 20, 31), cc=["pengtao"], charset="UTF-8", cte="base64",
         body=["彭院长：", "", "比赛耗材采购进度一半：焊丝已到货入库，不锈钢板材供应商确认5月9日（周六调休上班）送到学校。"],
         sig=["曾德华", "资产管理处", "0830-3152733"],
         gold=R("progress", [], 50), tests="'进度一半' by task words (content-match [2]); ETA after the due date is not an extension",
         notes="Thu 2026-05-07. '耗材采购进度一半' -> progress, percent 50 (一半 = 50). No number: 曾德华 owns only item 2 of "
               "M2 (采购比赛耗材) and the words match -> items [], content-match [2]. '5月9日（周六调休上班）送到' is a "
               "delivery ETA one day after the 05-08 due date, but nobody asks to move the date, so it is not an extension "
               "(convention 7)."),
    dict(slug="extend-xiazhousan-foxmail", meeting="M2", sender="gouzq", client="foxmail", charset="GBK",
         at=cst(2026, 5, 8, 15, 12, 40), cc=["pengtao"], public_ip="182.151.27.66",
         body=["彭院长：", "", "第4项裁判员培训回执需要培训中心盖章后寄回，对方说下周一才上班处理，申请延期到下周三。"],
         sig=["苟志强", "科研与产教融合处"],
         gold=R("extend", [4], new_due="2026-05-13"), rule=("nextweek", 2),
         tests="'申请延期到下周三' sent on a Friday; '下周一' in the reason",
         notes="Fri 2026-05-08 (the day before the 05-09 make-up Saturday). '第4项…申请延期到下周三' -> extend, items [4]. "
               "下周三 = Wednesday of the following calendar week (05-11..05-17) = 2026-05-13. '下周一' (05-11, also the "
               "old due date) is the reason. The Foxmail signature date line '2026-05-08' is the send date."),

    # ================= M3 唐山锦泰 五一前库存与发运协调会 (recap Tue 2026-04-28 11:05) =================
    dict(slug="unknown-question-item2-foxmail", meeting="M3", sender="gaojm", client="foxmail", charset="gb2312",
         at=cst(2026, 4, 28, 13, 6, 15), cc=["zhaomin"],
         body=["赵敏：", "请问第2项的“到货计划”是指5月全月的，还是排到5月中旬就行？钢厂一般只给半个月的。"],
         sig=["高建明", "采购部"],
         gold=R("unknown", [2]), tests="question about 第2项 (keeps the number); '5月中旬' inside the question",
         notes="Tue 2026-04-28 13:06, before the cut-off. A question ('请问第2项…') that asks for no change -> unknown; it "
               "writes a number, so items [2] (convention 2). '5月中旬' belongs to the question, not a date request. "
               "Foxmail gb2312 label."),
    dict(slug="object-item6-thunderbird-qp", meeting="M3", sender="sunht", client="thunderbird", mode="top",
         cte="quoted-printable", at=cst(2026, 4, 28, 14, 20, 52), cc=["zhaomin", "lizhenguo"],
         body=["对第6项有异议：划伤卷已送第三方（冀东检测中心）检测，报告5月12日才出，没有检测报告处理报告写不了结论。"
               "建议第6项截止改到5月13日。"],
         sig=["孙海涛 | 质检部", "唐山锦泰钢材贸易有限公司", "手机 135 3150 8842"],
         gold=R("object", [6]), tests="objection to 第6项 proposing 5月13日 (object, no date); Thunderbird QP plain text",
         notes="Tue 2026-04-28 14:20. '对第6项有异议' + reason -> object, items [6]. The reason proposes '改到5月13日', but "
               "the command is an objection, so new_due_date stays null (convention 4). Thunderbird plain text in "
               "quoted-printable, '在 2026/4/28 11:05, 纪要助手 写道:' + '> ' quote; '-- ' signature with a phone number."),
    dict(slug="extend-jiehou-first-workday-163web", meeting="M3", sender="liucy", client="netease_web",
         at=cst(2026, 4, 29, 16, 30, 18), cc=["zhaomin", "lizhenguo"],
         body=["赵敏、李总：", "", "第3项丰华的4月货款：对方财务29号下午就开始放假了，付款审批走不完，申请延期至节后第一个工作日。"],
         sig=["刘春燕", "销售部"],
         gold=R("extend", [3], new_due="2026-05-06"), rule=("after_holiday",),
         tests="'申请延期至节后第一个工作日' before Labour Day; '29号' is the reason",
         notes="Wed 2026-04-29. '第3项…申请延期至节后第一个工作日' -> extend, items [3]. The next holiday block is Labour Day "
               "05-01..05-05, so the first working day after it is Wed 2026-05-06 (convention 5). '29号下午' (today) is the "
               "reason. 网易企业邮 web: attribution '在 2026-04-28 11:05:31，\"纪要助手\" <…> 写道：' and '>' quoted lines."),
    dict(slug="extend-4-workdays-over-labour-day", meeting="M3", sender="zhanglx", client="mailmaster", os="Android",
         at=cst(2026, 4, 30, 16, 50, 4), cc=["zhaomin"],
         body=["第1项库存盘点申请延期，二号库还有四十多卷没过磅，还需要4个工作日。"], sig=["张立新 仓储物流部"],
         gold=R("extend", [1], new_due="2026-05-09"), rule=("workdays", 4),
         tests="'还需要4个工作日' counted over Labour Day, landing on the 05-09 make-up Saturday",
         notes="Thu 2026-04-30. '第1项库存盘点申请延期…还需要4个工作日' -> extend, items [1]. Working days from the day after "
               "sending: 05-01..05-05 are Labour Day holidays, then 05-06 (1), 05-07 (2), 05-08 (3) and Sat 05-09 (4, a "
               "make-up working day) -> 2026-05-09. '四十多卷' is a count. 网易邮箱大师 (Android)."),
    dict(slug="done-item4-shipped-eta-outlook-gb2312", meeting="M3", sender="zhanglx", client="outlook",
         charset="gb2312", cte="base64", at=cst(2026, 5, 6, 11, 30, 27), cc=["zhaomin", "liucy"],
         body=["第4项已完成：节后首批6车已于5月6日早上8点从二号库发出，预计明天（5月7日）中午前到丰华厂区，随车质保书已附。"],
         sig=["张立新", "仓储物流部  电话 0315-5326618"],
         gold=R("done", [4]), tests="done with a shipping fact '已于5月6日…发出' and an ETA '预计明天（5月7日）'",
         notes="Wed 2026-05-06. '第4项已完成' -> done, items [4]. '已于5月6日早上8点…发出' and '预计明天（5月7日）中午前到' "
               "are a fact and an ETA, never an extension (convention 7); '6车' is a count. Outlook zh-CN, gb2312 label, "
               "base64 with CRLF lines."),
    dict(slug="progress-85-foxmail-gbk", meeting="M3", sender="gaojm", client="foxmail", charset="gbk",
         at=cst(2026, 5, 6, 15, 40, 11), cc=["zhaomin"],
         body=["第2项进度85%：冀东冷轧、华晟钢铁两家已回复5月排产，东海特钢的到货计划还在等，明天能定。"],
         sig=["高建明", "采购部"],
         gold=R("progress", [2], 85), tests="'第2项进度85%' with a count and '明天能定' (= the due date)",
         notes="Wed 2026-05-06. '第2项进度85%' -> progress, items [2], percent 85. '两家' is a count; '明天能定' (05-07) is "
               "the item's due date restated as an estimate, not a request."),
    dict(slug="done-ambiguous-two-items-iphone", meeting="M3", sender="liucy", client="apple", style="iphone_zh",
         at=cst(2026, 5, 9, 9, 12, 44), cc=["zhaomin"],
         body=["这个已经弄完了，对方也回复确认了。"],
         gold=R("done"), tests="AMBIGUOUS: '已经弄完了' from the owner of items 3 and 5, no number, no task words",
         notes="AMBIGUOUS. Sat 2026-05-09 (a make-up working day). '已经弄完了' = done, but there is no item number and no "
               "task words, and 刘春燕 owns two open items of M3 (3 跟进丰华汽车部件4月货款回款, 5 更新5月报价单并发送重点客户). "
               "Intent done, items [], no content-match (convention 3); the bot should ask which item (SPEC 6.3)."),

    # ================= M4 唐山锦泰 丰华质量异议处理会 (recap Tue 2026-06-16 15:30) =================
    dict(slug="confirm-customer-exmail-gb18030", meeting="M4", sender="hanxue", client="tencent", style="exmail_web",
         at=cst(2026, 6, 16, 16, 10, 37), cc=["liucy"],
         body=["收到，我方对纪要内容无异议。"], sig=["韩雪", "丰华汽车部件（唐山）有限公司 采购部"],
         gold=R("confirm"), tests="customer confirms from Tencent Exmail (gb18030 base64, QQ '原始邮件' quote)",
         notes="Tue 2026-06-16 16:10, before the cut-off. The customer (an outsider in the roster) writes '…无异议' -> "
               "confirm, items []. Tencent Exmail web, gb18030 base64; the quote starts at "
               "'------------------ 原始邮件 ------------------'. Whether the bot acts on mail from fenghua-auto.example.cn "
               "depends on allowed_domains; the parse is the same."),
    dict(slug="done-item4-dingtalk", meeting="M4", sender="wangzg", client="dingtalk",
         at=cst(2026, 6, 17, 10, 45, 19), cc=["lizhenguo", "sunht"],
         body=["第4项已完成，纵剪线6月10日至12日的换刀记录和操作记录已整理好，纸质版已交质检部孙工。"],
         sig=["王志刚", "加工车间"],
         gold=R("done", [4]), tests="plain '第4项已完成' from DingTalk mail (Alimail dashed quote header)",
         notes="Wed 2026-06-17 (the due date). '第4项已完成' -> done, items [4]. '6月10日至12日' is the period the records "
               "cover. DingTalk mail (Alimail engine): the quote starts at a line of dashes then '发件人：/发送时间：/收件人：/"
               "抄　送：/主　题：'."),
    dict(slug="progress-liucheng-163web", meeting="M4", sender="liucy", client="netease_web",
         at=cst(2026, 6, 17, 16, 20, 3), cc=["lizhenguo", "hanxue"],
         body=["第3项替换货源目前落实了六成左右：库里0.8mm SPCC调出18吨，剩下12吨冀东冷轧下周二到货后补发，发货计划今晚单独发韩经理。"],
         sig=["刘春燕", "销售部"],
         gold=R("progress", [3], 60), tests="'落实了六成左右' -> 60; tonnages and an ETA after the due date",
         notes="Wed 2026-06-17. '第3项…落实了六成左右' -> progress, items [3], percent 60 (六成 = 60, like 七成 = 70 in "
               "convention 6). '18吨/12吨' are quantities and '0.8mm' a thickness; '下周二到货' (06-23) is an ETA after "
               "the 06-18 due date, not a request to move it (convention 7)."),
    dict(slug="done-bottom-post-thunderbird", meeting="M4", sender="sunht", client="thunderbird", mode="bottom",
         at=cst(2026, 6, 18, 15, 5, 48), cc=["lizhenguo", "hanxue"],
         body=["第1项已完成，检测报告（编号JD-2606-118）已于6月18日上午发韩经理邮箱，结论：划伤为运输过程中造成。"],
         sig=["孙海涛 | 质检部", "唐山锦泰钢材贸易有限公司"],
         gold=R("done", [1]), tests="bottom-posting: new text below the whole '> ' quote; report number and '已于6月18日'",
         notes="Thu 2026-06-18 (the due date, the last working day before Dragon Boat). Bottom-posting: the attribution "
               "'在 2026/6/16 15:30, 纪要助手 写道:' and the whole '> ' quote come first, the new text follows. '第1项已完成' "
               "-> done, items [1]. '已于6月18日上午发…' is a fact; 'JD-2606-118' is a report number, not a date."),
    dict(slug="extend-yuedi-after-dragon-boat-foxmail", meeting="M4", sender="gaojm", client="foxmail", charset="gb2312",
         at=cst(2026, 6, 22, 10, 10, 36), cc=["lizhenguo"],
         body=["李总：", "第2项索赔方案钢厂法务还在走流程，端午前没批下来，申请延期至月底。"], sig=["高建明", "采购部"],
         gold=R("extend", [2], new_due="2026-06-30"), rule=("month_end",),
         tests="'申请延期至月底' on the first working day after Dragon Boat",
         notes="Mon 2026-06-22, the first working day after Dragon Boat (06-19..06-21). '第2项…申请延期至月底' -> extend, "
               "items [2]; 月底 = last calendar day of the month = 2026-06-30 (item was due 06-23). '端午前' is the reason."),
    dict(slug="done-item5-deduction-percent-wecom", meeting="M4", sender="hanxue", client="tencent", style="wecom",
         at=cst(2026, 6, 25, 14, 30, 12), cc=["liucy"],
         body=["李总、刘经理：", "", "第5项我方财务已确认：剩余货款按该批货值的3%扣款，其余款项6月30日前付清。此项已完成。"],
         sig=["韩雪", "丰华汽车部件（唐山）有限公司 采购部", "电话：0315-5128866"],
         gold=R("done", [5]), tests="done with '3%' deduction rate (not progress) and a payment date (not extension)",
         notes="Thu 2026-06-25. '第5项…此项已完成' -> done, items [5]. '3%' is the agreed deduction rate, not a progress "
               "percentage -> percent null (added convention A); '6月30日前付清' is a payment term, not an extension. "
               "企业微信 (WeCom) mail, UTF-8, QQ-style '原始邮件' quote."),

    # ================= M5 广州澜芷 夏季新品上市筹备会 (recap Wed 2026-05-27 14:10) =================
    dict(slug="confirm-items-1-3-feishu", meeting="M5", sender="linhui", client="feishu",
         at=cst(2026, 5, 27, 14, 35, 50), cc=["hewt"],
         body=["第1、3项确认，没问题。"], sig=["林慧"],
         gold=R("confirm", [1, 3]), tests="organizer confirms '第1、3项' (two numbers in one 第…项)",
         notes="Wed 2026-05-27 14:35. The organizer writes '第1、3项确认' -> confirm, items [1, 3]. Feishu (Lark) Mail "
               "desktop: multipart/alternative QP; the quote begins '原始邮件' then '发件人: / 发送时间: / 收件人: / 抄送: / 主题:'."),
    dict(slug="object-item4-split-outlook", meeting="M5", sender="wugq", client="outlook", charset="utf-8",
         cte="base64", at=cst(2026, 5, 27, 15, 20, 14), cc=["linhui", "liangzh"], public_ip="183.6.112.40",
         body=["林慧：", "",
               "对第4项有异议：首批生产数量要等达人投放排期出来才能定，6月8日前只能先锁代工厂档期。建议拆开：档期6月8日前确认，数量6月12日前确认。"],
         sig=["吴国强 Kevin Wu", "供应链部"],
         gold=R("object", [4]), tests="objection proposing to split the item with a later date (still object)",
         notes="Wed 2026-05-27 15:20, before the cut-off. '对第4项有异议' + reason -> object, items [4]. The proposal to "
               "split the item with '数量6月12日前确认' belongs to the objection (convention 4) -> new_due_date null. "
               "Outlook zh-CN UTF-8 base64."),
    dict(slug="extend-ambiguous-xiazhousi-feishu-html", meeting="M5", sender="chensm", client="feishu", html_only=True,
         at=cst(2026, 6, 2, 18, 40, 27), cc=["linhui"],
         body=["林慧姐，这周事情太多了，这个我想延到下周四，可以吗？"],
         gold=R("extend", [], new_due="2026-06-11"), rule=("nextweek", 3),
         tests="AMBIGUOUS item: '这个…延到下周四' from the owner of items 1 and 5; HTML-only Feishu mobile",
         notes="AMBIGUOUS item. Tue 2026-06-02. '这个我想延到下周四，可以吗？' is an extension request; 下周四 = Thursday "
               "of the following calendar week = 2026-06-11. No number and no task words, and 陈思敏 owns two items of M5 "
               "(1 完成防晒喷雾包装打样确认, due 06-03; 5 完成新品详情页文案初稿, due 06-09) -> items [], no content-match; the "
               "bot should ask which. Feishu mobile sends a single text/html part."),
    dict(slug="done-item3-feishu", meeting="M5", sender="liangzh", client="feishu",
         at=cst(2026, 6, 4, 11, 20, 45), cc=["linhui"],
         body=["第3项达人种草投放排期已完成，排期表放在飞书云文档「夏季新品投放」里，共32位达人，6月10日起分三波投放。"],
         sig=["梁志豪 Jason", "电商部"],
         gold=R("done", [3]), tests="plain '第3项…已完成' with a count and a campaign schedule date",
         notes="Thu 2026-06-04. '第3项…已完成' -> done, items [3]. '32位达人' is a count and '6月10日起分三波投放' is the "
               "campaign schedule, not a date for the item."),
    dict(slug="progress-80-estimate-outlook", meeting="M5", sender="wugq", client="outlook", charset="utf-8",
         cte="base64", at=cst(2026, 6, 5, 17, 50, 29), cc=["linhui"], public_ip="183.6.112.40",
         body=["第4项进度80%：代工厂已锁定6月15日开线，首批数量待电商部最终确认，预计下周一给出。"],
         sig=["吴国强 Kevin Wu", "供应链部"],
         gold=R("progress", [4], 80), tests="'第4项进度80%' + '预计下周一给出' (= the due date, not an extension)",
         notes="Fri 2026-06-05. '第4项进度80%' -> progress, items [4], percent 80. '预计下周一给出' (Mon 06-08) is the "
               "item's own due date given as an estimate, and '6月15日开线' is the production start: no extension."),
    dict(slug="extend-absolute-date-apple-mail", meeting="M5", sender="huangjx", client="apple", style="mac_zh",
         at=cst(2026, 6, 9, 10, 5, 33), cc=["linhui"], public_ip="183.6.112.41",
         body=["林慧：", "", "第2项备案资料申请延期至6月16日。防晒喷雾的SPF/PA功效评价报告第三方机构还没出具，预计6月15日拿到。"],
         sig=["黄嘉欣 Jessica", "法规注册部"],
         gold=R("extend", [2], new_due="2026-06-16"), rule=("abs", 2026, 6, 16),
         tests="plain '第2项…申请延期至6月16日' (absolute date) from Apple Mail on macOS",
         notes="Tue 2026-06-09. '第2项备案资料申请延期至6月16日' -> extend, items [2], new_due_date 2026-06-16 (absolute). "
               "'预计6月15日拿到' is the ETA in the reason. Apple Mail (macOS) QP; attribution '> 2026年5月27日 下午2:10，"
               "纪要助手 <…> 写道：'."),

    # ================= M6 LANZHI x Meridian (English recap, Thu 2026-05-14 18:30, cut-off Fri 05-15 18:00) =========
    dict(slug="confirm-organizer-outlook-mac-en", meeting="M6", sender="suhm", client="outlook_mac",
         at=cst(2026, 5, 14, 18, 52, 6), cc=["qiuxt"],
         body=["Confirmed from our side - thanks everyone, and thanks Rachel for hosting the call."],
         sig=["Best,", "Vivian", "", "Vivian Su 苏慧敏", "Overseas Business Dept. | LANZHI Cosmetics", "+86 20 3888 6120"],
         gold=R("confirm"), tests="English 'Confirmed from our side - thanks' (confirm, not unknown); Outlook for Mac QP",
         notes="Thu 2026-05-14 18:52. The English recap went out at 18:30, after the cut-off, so its objection deadline is "
               "the next working day (Fri 05-15 18:00). The organizer's 'Confirmed from our side' -> confirm, items []; the "
               "thanks does not make it unknown because a confirmation is written. Outlook for Mac, QP, quote 'From: / "
               "Date: Thursday, 14 May 2026 at 18:30 / To: / Cc: / Subject:'."),
    dict(slug="auto-ooo-exchange-big5", meeting="M6", sender="yating", client="oof_big5", kind="auto",
         at=dt.datetime(2026, 5, 14, 10, 30, 41, tzinfo=UTC),
         body=["您好：", "",
               "我於5月14日（四）下午至5月18日（一）休假，期間無法即時回覆郵件，5月19日（二）恢復上班。",
               "如有緊急事項，請聯絡 Rachel Tan（rachel.tan@meridianbeauty.example.sg）。", "",
               "謝謝！", "林雅婷 Lin Ya-ting", "Meridian Beauty 台灣分公司"],
         tests="Exchange out-of-office '自動回覆: Re: …' in big5 (Auto-Submitted: auto-generated), full of dates",
         notes="Out-of-office reply to the M6 recap, generated by the Exchange mailbox of the Taiwan colleague (zh-TW "
               "regional settings, so the body is big5 and the subject '自動回覆:' is =?big5?B?). Headers decide: "
               "Auto-Submitted: auto-generated and X-Auto-Response-Suppress: All. The body's dates (5月14日至5月18日, 5月19日) "
               "and the delegate are neither items nor commands; kind auto, reply null."),
    dict(slug="auto-postfix-delay-warning", meeting="M6", sender=None, client="postfix_delay", kind="auto",
         at=cst(2026, 5, 15, 0, 31, 7), rcpt="nurul.aisyah@meridianbeauty.example.my",
         tests="Postfix delay warning (multipart/report, Action: delayed, Return-Path <>) for the English recap",
         notes="RFC 3464 delay notification from the Lanzhi relay: Return-Path <>, From MAILER-DAEMON, Auto-Submitted: "
               "auto-replied, multipart/report; report-type=delivery-status with 'Action: delayed' / 'Status: 4.7.28' "
               "(the recipient's provider rate-limited the relay) and the recap's headers as text/rfc822-headers (including "
               "its Reply-To signed address and its own Auto-Submitted header). A 'still being retried' warning, not a "
               "bounce: the recap was later delivered (Nurul replies on 05-18). No person wrote it -> kind auto."),
    dict(slug="unknown-question-item4-exchange-utc", meeting="M6", sender="marcus", client="exchange", style="outlook_en",
         at=cst(2026, 5, 15, 9, 10, 22), cc=["suhm", "rachel"],
         body=["Hi Vivian,", "",
               "Quick question on item 4 - does \"listing slots\" cover Guardian as well, or only Watsons? Guardian's July "
               "planogram review is also next week."],
         sig=["Thanks,", "Marcus"],
         gold=R("unknown", [4]), tests="English question on 'item 4' (unknown keeps [4]); Exchange Online Date in +0000",
         notes="Fri 2026-05-15 09:10 in Singapore/Shanghai (the Date header says 01:10:22 +0000). A question that asks for "
               "no change -> unknown; it writes 'item 4', so items [4] (convention 2). 'next week' belongs to the question. "
               "Outlook desktop on Microsoft 365: subject 'RE: LANZHI …', 'From: / Sent: / To: / Cc: / Subject:' quote."),
    dict(slug="progress-about-60-english-zh-outlook", meeting="M6", sender="wugq", client="outlook", charset="utf-8",
         cte="base64", at=cst(2026, 5, 18, 11, 15, 40), cc=["suhm", "rachel"], public_ip="183.6.112.40",
         body=["Hi Vivian, Rachel,", "",
               "Item 3 update: about 60% packed (120 of 200 sets). The remaining gift boxes arrive tomorrow, we still plan "
               "to ship on Wed 20 May."],
         sig=["Kevin Wu 吴国强", "Supply Chain | LANZHI Cosmetics"],
         gold=R("progress", [3], 60), tests="English 'about 60%' + '120 of 200 sets' from a zh-CN Outlook (答复:, 发件人: quote)",
         notes="Mon 2026-05-18. 'Item 3 update: about 60% packed' -> progress, items [3], percent 60 ('about 60%' = 60, "
               "convention 6; '120 of 200 sets' is a count that agrees). 'ship on Wed 20 May' restates the due date. English "
               "text from a zh-CN Outlook, so the subject is '答复: Re: LANZHI …' and the quote block is Chinese "
               "('发件人: / 发送时间: 2026年5月14日 18:30 / …')."),
    dict(slug="extend-the-21st-gmail-malay", meeting="M6", sender="nurul", client="gmail_ms",
         at=dt.datetime(2026, 5, 18, 10, 40, 13, tzinfo=SGT), cc=["suhm"],
         body=["Hi Vivian,", "",
               "For item 5, could we push the Malaysia distributor shortlist to the 21st? Two of the four candidates only "
               "come back to me after their management meeting on Wednesday."],
         sig=["Terima kasih,", "Nurul Aisyah", "Business Development | Meridian Beauty (M) Sdn. Bhd.", "+60 12-338 4107"],
         gold=R("extend", [5], new_due="2026-05-21"), rule=("dom", 21),
         tests="'could we push … to the 21st?' from Gmail with a Malay UI ('Pada … menulis:')",
         notes="Mon 2026-05-18 10:40 +08:00 (Kuala Lumpur). 'could we push … to the 21st?' -> extend, items [5] (due 05-19). "
               "'the 21st' = the 21st of the reply's month, not yet past -> 2026-05-21 (convention 5). 'Wednesday' (05-20) "
               "is the reason; 'Two of the four' is a count. Gmail web in Malay: the attribution 'Pada Kha, 14 Mei 2026 pada "
               "6:30 PTG 纪要助手 <' / 'minutes@…> menulis:' is wrapped over two lines, quoted lines start with '> '."),
    dict(slug="done-item1-gst-percent-pdf-exchange", meeting="M6", sender="rachel", client="exchange", style="outlook_en",
         at=cst(2026, 5, 19, 10, 5, 51), cc=["suhm", "marcus"],
         attach_pdf_ex=("LANZHI_SG_SRP_June2026.pdf", "LANZHI SG SRP (effective 1 June 2026)",
                        ["SKU LZ-SS50  Sun Shield Mist 50ml   SGD 32.90", "SKU LZ-SS100 Sun Shield Mist 100ml  SGD 49.90",
                         "All prices incl. 9% GST"]),
         body=["Hi all,", "", "Item 1 is done - updated SG SRP list attached (effective 1 June, all prices incl. 9% GST)."],
         sig=["Regards,", "Rachel Tan", "Commercial Manager | Meridian Beauty Distribution Pte. Ltd.", "+65 6715 2048"],
         gold=R("done", [1]), tests="'Item 1 is done' + '9% GST' (a tax rate, not progress) + PDF attachment",
         notes="Tue 2026-05-19 10:05 (Date header +0000). 'Item 1 is done' -> done, items [1]. '9% GST' is a tax rate, not a "
               "progress figure -> percent null (added convention A); 'effective 1 June' is the price list's date. "
               "multipart/mixed (Outlook alternative + PDF); 'From: / Sent: Thursday, May 14, 2026 6:30 PM' quote."),
    dict(slug="done-item3-eta-outlook-ios", meeting="M6", sender="wugq", client="outlook_ios",
         at=cst(2026, 5, 20, 17, 40, 9), cc=["suhm", "rachel"],
         body=["Item 3 done - 200 sets picked up by DHL this afternoon, AWB 4417 2938 06, ETA Singapore warehouse Fri 22 May."],
         sig=["Kevin"],
         gold=R("done", [3]), tests="'Item 3 done' with an ETA and an airway-bill number; Outlook for iOS footer",
         notes="Wed 2026-05-20 (the due date). 'Item 3 done' -> done, items [3]. 'ETA … Fri 22 May' is a delivery estimate, "
               "not an extension (convention 7); the airway bill number is neither a date nor an item. Outlook for iOS: "
               "'Get Outlook for iOS' footer, a '____' rule and the 'From: / Sent: …' block."),
    dict(slug="extend-next-tuesday-iphone-en", meeting="M6", sender="huangjx", client="apple", style="iphone_en",
         at=cst(2026, 5, 20, 9, 20, 37), cc=["suhm"], public_ip="183.6.112.41",
         body=["Hi Vivian,", "",
               "Item 2: our factory is re-issuing the INCI list with the corrected fragrance allergens, so I'd like to move "
               "the HSA documents to next Tuesday."],
         sig=["Jessica"],
         gold=R("extend", [2], new_due="2026-05-26"), rule=("nextweek", 1),
         tests="'I'd like to move … to next Tuesday' (iPhone, English)",
         notes="Wed 2026-05-20. 'I'd like to move the HSA documents to next Tuesday' -> extend, items [2] (due 05-21). "
               "next Tuesday = Tuesday of the following calendar week = 2026-05-26 (convention 5). iPhone Mail in English: "
               "'Sent from my iPhone', '> On May 14, 2026, at 6:30 PM, 纪要助手 <…> wrote:'."),
    dict(slug="extend-hk-cantonese-xiaxingqiwu", meeting="M6", sender="kaho", client="apple", style="iphone_hk",
         at=dt.datetime(2026, 5, 21, 16, 5, 58, tzinfo=SGT), cc=["suhm", "rachel"], public_ip="223.197.160.12",
         body=["Hi Vivian，", "",
               "第6項嘅繁體標籤校對要延到下星期五（29/5），因為印刷廠話成分表要重新排版，我哋收到新稿先可以再校一次。唔該晒！"],
         sig=["Ka Ho"],
         gold=R("extend", [6], new_due="2026-05-29"), rule=("nextweek", 4),
         tests="Hong Kong Traditional/Cantonese '第6項…要延到下星期五（29/5）'; iPhone zh-HK attribution",
         notes="Thu 2026-05-21 (Hong Kong, +08:00). Traditional Chinese with Cantonese particles. '第6項…要延到下星期五"
               "（29/5）' -> extend, items [6] (due 05-22). 下星期五 = 下周五 = Friday of the following calendar week = "
               "2026-05-29, which the writer also gives as 29/5 (day/month, HK order). iPhone zh-HK: footer '從我的 iPhone "
               "傳送', attribution '> 於 2026年5月14日 下午6:30，纪要助手 <…> 寫道：'."),
    dict(slug="extend-two-more-days-owa", meeting="M6", sender="marcus", client="exchange", style="owa",
         at=cst(2026, 5, 25, 9, 30, 18), cc=["suhm"],
         body=["Hi Vivian,", "",
               "The Watsons buyer was on leave last week and only returns today. Could we extend item 4 by two more days? "
               "I should have the July slots confirmed by Wednesday."],
         sig=["Thanks,", "Marcus Lim", "Key Account Manager | Meridian Beauty"],
         gold=R("extend", [4], new_due="2026-05-27"), rule=("due_plus", 2),
         tests="'extend item 4 by two more days' = due + 2 calendar days; OWA quote",
         notes="Mon 2026-05-25 (the due date of item 4; Date header +0000). 'Could we extend item 4 by two more days?' -> "
               "extend, items [4]; 'two more days' = two calendar days after the item's current due date 2026-05-25 "
               "(convention 5) = 2026-05-27, which agrees with 'by Wednesday'. Outlook on the web: a '____' rule then "
               "'From: / Sent: Thursday, 14 May 2026 6:30 PM / …' (divRplyFwdMsg in HTML)."),
    dict(slug="progress-qicheng-taiwan-outlook-zhtw", meeting="M6", sender="yating", client="exchange", style="outlook_tw",
         at=dt.datetime(2026, 5, 26, 14, 30, 4, tzinfo=SGT), cc=["suhm"],
         body=["Vivian 您好，", "",
               "第7項目前大約完成七成：TFDA 化粧品產品登錄的規定已經整理好了，剩下產品資訊檔案（PIF）的部分還在跟法規顧問確認，"
               "預計5/29前可以給大家。"],
         sig=["謝謝！", "雅婷", "", "Lin Ya-ting 林雅婷", "Regulatory Affairs, Taiwan Branch | Meridian Beauty",
              "Tel: +886 2 2718 5530"],
         gold=R("progress", [7], 70), tests="Taiwan Traditional '第7項目前大約完成七成'; Outlook zh-TW quote (寄件者:/主旨:)",
         notes="Tue 2026-05-26 (Taipei, +08:00). '第7項目前大約完成七成' -> progress, items [7], percent 70 (七成). "
               "'預計5/29前可以給大家' restates the 05-29 due date, not an extension. Outlook zh-TW on Microsoft 365 "
               "(UTF-8): subject '回覆: Re: …', quote '寄件者: / 寄件日期: 2026年5月14日 下午 06:30 / 收件者: / 副本: / 主旨:'."),

    # ================= M7 广州澜芷 7月直播排期与库存会 (recap Wed 2026-07-08 10:20) =================
    dict(slug="object-item3-apple-mail", meeting="M7", sender="huangjx", client="apple", style="mac_zh",
         at=cst(2026, 7, 8, 11, 5, 12), cc=["linhui", "chensm"], public_ip="183.6.112.41",
         body=["林慧：", "",
               "对第3项有异议：功效宣称的审核需要产品部提供功效依据，建议负责人加上陈思敏；另外7月13日前时间太紧，至少要到7月15日。"],
         sig=["黄嘉欣"],
         gold=R("object", [3]), tests="objection to 第3项 (co-owner + '至少要到7月15日') -> object, no date",
         notes="Wed 2026-07-08 11:05. '对第3项有异议' -> object, items [3]. The reason asks for a co-owner and says '至少要到"
               "7月15日'; inside an objection this is not an extension (convention 4) -> new_due_date null."),
    dict(slug="unknown-question-quantities-outlook", meeting="M7", sender="wugq", client="outlook", charset="utf-8",
         cte="base64", at=cst(2026, 7, 8, 11, 40, 27), cc=["linhui"], public_ip="183.6.112.40",
         body=["请问第2项的2万支是按全部规格算，还是只算100ml装？50ml那款库存还够。"],
         sig=["吴国强 Kevin Wu", "供应链部"],
         gold=R("unknown", [2]), tests="question on 第2项 with quantities (2万支, 100ml) -> unknown [2]",
         notes="Wed 2026-07-08. A question -> unknown, items [2] (convention 2). '2万支', '100ml', '50ml' are quantities and "
               "sizes, not percents or items."),
    dict(slug="unknown-thanks-huawei-html", meeting="M7", sender="hewt", client="huawei",
         at=cst(2026, 7, 8, 12, 30, 45), cc=["linhui"],
         body=["谢谢，辛苦大家！7月是旺季，库存和合规都要盯紧一点。"],
         gold=R("unknown"), tests="thank-you from the COO (no command) -> unknown; Huawei Email HTML-only",
         notes="Wed 2026-07-08. A thank-you with a general remark, no command -> unknown (convention 1), items []. 何婉婷 is "
               "the COO (manager of several owners) in Cc of the recap. Huawei Email app: single text/html part, footer "
               "'发自我的华为手机', quote '-------- 原始邮件 --------'."),
    dict(slug="done-item5-qqmail-app", meeting="M7", sender="fengyq", client="tencent", style="qqmail_app",
         at=cst(2026, 7, 9, 15, 30, 26), cc=["liangzh"],
         body=["第5项已完成，天猫旗舰店防晒喷雾、洁面两个链接的库存预警阈值已调到500件。"], sig=["冯雅琪"],
         gold=R("done", [5]), tests="plain '第5项已完成' (QQ Mail app, UTF-8); '500件' is a quantity",
         notes="Thu 2026-07-09 (the due date). '第5项已完成' -> done, items [5]. '500件' is a threshold quantity. QQ Mail "
               "app sending from the company account, UTF-8, '原始邮件' quote."),
    dict(slug="done-content-match-among-two-feishu", meeting="M7", sender="liangzh", client="feishu",
         at=cst(2026, 7, 10, 16, 0, 39), cc=["linhui"],
         body=["6月直播间退货原因分析已经整理好了（主要是肤感偏油和物流破损两类），表格放在群文件了，这项完成。"],
         sig=["梁志豪 Jason", "电商部"],
         gold=R("done"), tests="task words match one of the sender's two items -> content-match [1]",
         notes="Fri 2026-07-10 (the due date of item 1). No item number. 梁志豪 owns items 1 (整理6月直播间退货原因分析) and "
               "4 (汇总7月中旬达人专场报价) of M7; the reply's words ('6月直播间退货原因分析') match only item 1 -> done, "
               "items [], content-match [1]."),

    # ================= M8 泸州沱江职业技术学院 毕业生就业推进会 (recap Tue 2026-06-16 09:50) =================
    dict(slug="extend-2-workdays-over-dragon-boat", meeting="M8", sender="wangcm", client="mailmaster", os="Android",
         at=cst(2026, 6, 18, 17, 10, 22), cc=["yangfan", "pengtao"],
         body=["杨处：", "第3项帮扶台账还有12名学生没联系上（已换号或在外地），申请延期2个工作日。"],
         sig=["王春梅", "智能制造学院辅导员"],
         gold=R("extend", [3], new_due="2026-06-23"), rule=("workdays", 2),
         tests="'申请延期2个工作日' sent the day before Dragon Boat",
         notes="Thu 2026-06-18 (the due date). '第3项…申请延期2个工作日' -> extend, items [3]. Working days from the day after "
               "sending: 06-19 (Dragon Boat) and the weekend 06-20/21 are off, then 06-22 (1), 06-23 (2) -> 2026-06-23. "
               "'12名学生' is a count. 网易邮箱大师 (Android)."),
    dict(slug="done-on-attribution-line-coremail", meeting="M8", sender="hexy", client="coremail163", on_attribution=True,
         at=cst(2026, 6, 22, 9, 40, 15), cc=["yangfan"],
         body=["第1项已完成，去向落实数据已录入学校就业系统。"],
         gold=R("done", [1]), tests="reply typed on the attribution line '…系统。在 2026-06-16 09:50:12，\"纪要助手\" <…> 写道：'",
         notes="Mon 2026-06-22 (the due date, first working day after Dragon Boat). The new text sits on the same line as the "
               "attribution: '第1项已完成，去向落实数据已录入学校就业系统。在 2026-06-16 09:50:12，\"纪要助手\" <…> 写道：', "
               "followed by '>' quoted recap lines (Coremail XT web). The reply is the part before '在 …写道：' -> done, "
               "items [1]."),
    dict(slug="extend-haiyao-liangtian-coremail", meeting="M8", sender="dengli", client="coremail",
         at=cst(2026, 6, 24, 16, 40, 50), cc=["yangfan"], charset="UTF-8", cte="base64",
         body=["杨处：", "", "第4项毕业证书发放流程还要两天，证书要等省教育厅验印后才能领回，申请顺延。"],
         sig=["邓丽", "教务处"],
         gold=R("extend", [4], new_due="2026-06-26"), rule=("due_plus", 2),
         tests="'还要两天…申请顺延' = due + 2 calendar days",
         notes="Wed 2026-06-24 (the due date). '第4项…还要两天…申请顺延' -> extend, items [4]; '还要两天' = two calendar days "
               "after the item's current due date 2026-06-24 (convention 5) = 2026-06-26 (Fri)."),
]

for _i, _c in enumerate(CASES):
    _c["num"] = FIRST_CASE + _i
    _c.setdefault("kind", "reply")


# ---------------------------------------------------------------------------------------------
# writing
# ---------------------------------------------------------------------------------------------
def case_base(c):
    return "%d-%s" % (c["num"], c["slug"])


def gold_of(c):
    if c["kind"] == "auto":
        return {"kind": "auto", "items": [], "next_followup": None, "reply": None, "notes": c["notes"]}
    return {"kind": "reply", "items": [], "next_followup": None, "reply": dict(c["gold"]), "notes": c["notes"]}


def build_case(c):
    m = MEETINGS[c["meeting"]]
    if c.get("attach_pdf"):
        fn, title, lines = c["attach_pdf"]
        c["attach"] = pdf_attachment_utf8_2231(fn, make_pdf(title, lines))
    if c.get("attach_pdf_ex"):
        fn, title, lines = c["attach_pdf_ex"]
        c["attach"] = pdf_attachment_exchange(fn, make_pdf(title, lines), c["at"])
    return BUILDERS[c["client"]](c, m)


def roster_rows():
    rows = []
    for key, (name, email, dept, mgr, aliases) in PEOPLE.items():
        rows.append([name, email, dept, EMAIL(mgr) if mgr else "", aliases])
    return rows


def write_all():
    for c in CASES:
        raw = build_case(c)
        with open(os.path.join(OUT, case_base(c) + ".eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(OUT, case_base(c) + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold_of(c), f, ensure_ascii=False, indent=2)
            f.write("\n")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "email", "department", "manager_email", "aliases"])
    for r in roster_rows():
        w.writerow(r)
    with open(os.path.join(OUT, "roster.csv"), "w", encoding="utf-8") as f:
        f.write(buf.getvalue())
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme())


CLIENT_DESC = {
    "coremail": "Coremail XT5 web (college mail server)",
    "coremail163": "Coremail XT6 web, 163-style attribution",
    "netease_web": "网易企业邮 web (qiye.163.com, Coremail-based)",
    "outlook": "Outlook 2016/365 desktop zh-CN",
    "exchange": "Outlook / OWA on Microsoft 365",
    "outlook_ios": "Outlook for iOS",
    "outlook_mac": "Outlook for Mac (en)",
    "foxmail": "Foxmail 7.2",
    "apple": "Apple Mail",
    "thunderbird": "Thunderbird",
    "mailmaster": "网易邮箱大师 (mobile)",
    "tencent": "Tencent (Exmail / WeCom / QQ Mail app)",
    "dingtalk": "DingTalk mail (Alimail engine)",
    "feishu": "Feishu / Lark Mail",
    "huawei": "Huawei Email app",
    "gmail_ms": "Gmail web, Malay UI",
    "oof_big5": "Exchange out-of-office",
    "postfix_delay": "Postfix delay DSN",
}


def client_label(c):
    base = CLIENT_DESC[c["client"]]
    sub = c.get("style") or c.get("mode") or c.get("os")
    extra = []
    if sub:
        extra.append(str(sub))
    if c.get("charset"):
        extra.append(c["charset"])
    if c.get("cte"):
        extra.append(c["cte"])
    if c.get("html_only"):
        extra.append("html only")
    return base + (" (" + ", ".join(extra) + ")" if extra else "")


def gold_summary(c):
    if c["kind"] == "auto":
        return "auto"
    g = c["gold"]
    s = "%s %s" % (g["intent"], g["items"])
    if g["percent"] is not None:
        s += " %d%%" % g["percent"]
    if g["new_due_date"]:
        s += " -> %s" % g["new_due_date"]
    import re
    mm = re.search(r"content-match \[\d+\]", c["notes"])
    if mm:
        s += " (%s)" % mm.group(0)
    if "AMBIGUOUS" in c["notes"]:
        s += " AMBIGUOUS"
    return s


def readme():
    from collections import Counter
    kinds = Counter(c["kind"] for c in CASES)
    intents = Counter(c["gold"]["intent"] for c in CASES if c["kind"] == "reply")
    L = []
    L.append("# Blind set replies35: replies to minutebot recaps (cases 6351-6400)\n")
    L.append("Written blind (no look at the bot's code or tests) by `make_replies35.py` in this folder; "
             "`/work/blind/venv/bin/python make_replies35.py --check` re-parses every message with `email.policy.default` "
             "(no defects anywhere, every text part decodes strictly with its declared charset) and recomputes every "
             "`new_due_date` from the message's own Date header in Asia/Shanghai with `chinesecalendar`.\n")
    L.append("Counts: %d cases: reply %d (%s), auto %d.\n" % (
        len(CASES), kinds["reply"], ", ".join("%s %d" % (k, intents[k]) for k in
                                             ["done", "extend", "progress", "confirm", "object", "unknown"]), kinds["auto"]))
    L.append("Gold follows `/work/shared/corpus/README.md` and the brief's conventions 1-7; every JSON has "
             "`kind`, `items` (always [] here), `next_followup` (null), `reply` and `notes`.\n")
    L.append("## Organisations\n")
    L.append("| organisation | domain | bot | who writes |\n|---|---|---|---|")
    L.append("| 泸州沱江职业技术学院 (vocational college, Luzhou) | tjvtc.example.edu.cn | minutes@tjvtc.example.edu.cn | "
             "教务处, 招生就业处, 智能制造学院, 科研与产教融合处, 资产管理处 (self-hosted Coremail) |")
    L.append("| 唐山锦泰钢材贸易有限公司 (cold-rolled steel trader, Tangshan) | jintaisteel.example.cn | "
             "minutes@jintaisteel.example.cn | 销售部, 仓储物流部, 采购部, 质检部, 加工车间 (网易企业邮) |")
    L.append("| 丰华汽车部件（唐山）有限公司 (Jintai's customer) | fenghua-auto.example.cn | - | 韩雪 (Tencent Exmail / WeCom) |")
    L.append("| 广州澜芷化妆品有限公司 LANZHI Cosmetics (Guangzhou) | lanzhi.example.cn | minutes@lanzhi.example.cn (zh) | "
             "产品部, 法规注册部, 电商部, 供应链部, 海外事业部, 总经办 |")
    L.append("| LANZHI overseas team, second bot instance | global.lanzhi.example.cn | minutes@global.lanzhi.example.cn "
             "(language = en, recap_external = true; staff addresses stay @lanzhi.example.cn) | 苏慧敏 Vivian Su + partner |")
    L.append("| Meridian Beauty Distribution Pte. Ltd. (Singapore partner; Taiwan branch, HK staff) | meridianbeauty.example.sg "
             "| - | Rachel Tan, Marcus Lim (Microsoft 365), Lin Ya-ting (Taipei), Chan Ka Ho (Hong Kong) |")
    L.append("| Meridian Beauty (M) Sdn. Bhd. (Malaysia arm, Google Workspace) | meridianbeauty.example.my | - | Nurul Aisyah |")
    L.append("")
    L.append("`roster.csv` lists staff of the three companies plus the outsiders who write (韩雪 and the five Meridian "
             "people) with an empty department and manager. Every bot mail has From `纪要助手 <minutes@DOMAIN>`; the "
             "signed reply address is one per meeting (`minutes+r<16 hex>@DOMAIN`) and every reply is addressed To it.\n")
    L.append("## Meetings and the bot's recaps\n")
    L.append("Each recap: From 纪要助手 <bot>, Subject `Re: <minutes subject>`, Message-ID of the bot's domain, In-Reply-To "
             "the minutes. zh recaps carry the table `序号 | 事项 | 负责人 | 截止时间`, '如有异议请于今日内回复（截止 … 18:00，"
             "逾期视为无异议）' and the footer '确认' '有异议：原因' '第N项已完成' '进度80%' '延期至10月20日'; the English "
             "recap has `# | Action item | Owner | Due` and 'confirm' / 'object: <reason>' / 'item N done' / 'progress 80%' / "
             "'extend to Oct 20'. The recap appears only as quoted text inside the replies.\n")
    for k, m in MEETINGS.items():
        L.append("### %s: %s\n" % (k, m["subject"]))
        L.append("- organisation: %s; organizer: %s <%s>" % (m["org"], NAME(m["organizer"]), EMAIL(m["organizer"])))
        L.append("- minutes Message-ID: `%s` (sent %s)" % (m["minutes_id"], m["minutes_at"].isoformat()))
        L.append("- recap Message-ID: `%s`, sent %s, objection deadline %s 18:00" % (
            m["recap_id"], m["recap_at"].isoformat(), m["cutoff"].isoformat()))
        L.append("- signed reply address: `%s`" % m["signed"])
        L.append("- recap To: %s; Cc: %s\n" % (", ".join(NAME(x) for x in m["to"]), ", ".join(NAME(x) for x in m["cc"])))
        L.append("| # | task | owner | due |\n|---|---|---|---|")
        for n, task, owner, due in m["items"]:
            L.append("| %d | %s | %s (%s) | %s |" % (n, task, NAME(owner), EMAIL(owner), due))
        L.append("")
    L.append("## Calendar facts used (2026, chinesecalendar 1.11.0)\n")
    L.append("- Qingming: 04-04 (Sat) .. 04-06 (Mon) off.")
    L.append("- Labour Day: 05-01 (Fri) .. 05-05 (Tue) off; Sat 05-09 is a make-up working day.")
    L.append("- Dragon Boat: 06-19 (Fri) .. 06-21 (Sun) off.")
    L.append("- Every send time is +08:00 or converted to it (Asia/Shanghai; Singapore, Kuala Lumpur, Hong Kong and Taipei "
             "are +08:00 too; Exchange Online writes +0000 Date headers).\n")
    L.append("## Conventions added beyond the corpus README and the brief (a scorer must know them)\n")
    L.append("- A. A percentage that is not a progress figure (a deduction rate '3%', a tax rate '9% GST') gives percent null "
             "(extends brief convention 6).")
    L.append("- B. '六成' = 60 (same rule as 七成 = 70); '大約完成七成' = 70; 'about 60%' = 60.")
    L.append("- C. A question that asks to move a date ('我想延到15号，可以吗？', 'could we push … to the 21st?') is an "
             "extension request, intent extend (it asks for a change; brief convention 1 covers questions that ask for none).")
    L.append("- D. Hong Kong/Taiwan wording: '下星期五' = 下周五; '第6項' = 第6项. A written day/month '29/5' (HK order) that "
             "agrees with the weekday phrase is the same date.")
    L.append("- E. '节后第一个工作日' is resolved against the next statutory holiday block after the send date (brief convention 5); "
             "'N个工作日' counts make-up Saturdays as working days (case 6365 lands on Sat 2026-05-09).")
    L.append("- F. 'two more days' / '还要两天' use the item's due date as listed in the recap (brief convention 5), even when a "
             "later day is named in passing ('by Wednesday' agrees in 6391).")
    L.append("- G. An inline answer (6356) is the only new text in its message; a reply typed on the attribution line "
             "(6399) is the text before '在 … 写道：'. A bottom-posted reply (6372) is the text after the quote.")
    L.append("- H. A delay DSN (Action: delayed, 'still being retried') is kind auto like a bounce; an out-of-office is auto "
             "whatever its language or charset.")
    L.append("- I. content-match notes: `content-match [N]` is written only when exactly one of the sender's open items in "
             "that meeting has task words that the reply uses (6357, 6360: the sender's only item; 6397: one of the "
             "sender's two items, matched by its words). "
             "AMBIGUOUS cases (6368, 6377) have no content-match.\n")
    L.append("## Clients, charsets, encodings\n")
    L.append("- Coremail XT web: multipart/alternative, UTF-8 base64 or QP, or GBK base64 (6355); '-----原始邮件-----' "
             "quote with '发件人:/发送时间:/收件人:/抄送:/主题:'; Date header with the '(GMT+08:00)' comment.")
    L.append("- 网易企业邮 web and Coremail XT6: '在 2026-04-28 11:05:31，\"纪要助手\" <…> 写道：' + '>' lines.")
    L.append("- Outlook desktop zh-CN: gb2312 label carrying cp936 bytes (the recap's '——' becomes A1AA), QP (6352) or "
             "base64 with CRLF; UTF-8 base64 (Lanzhi). Subject '答复: Re: …'.")
    L.append("- Microsoft 365 (Meridian): Date in +0000, Thread-Index, 'RE:' subject (Outlook), OWA divRplyFwdMsg, "
             "zh-TW Outlook '回覆:' + 寄件者/寄件日期/收件者/副本/主旨; out-of-office in big5 (6382).")
    L.append("- Foxmail 7.2: gb2312 / GBK labels; plain part base64, HTML part QP; the default signature starts with the "
             "send date ('2026-04-20') above the name; quote '发件人： / 发送时间： / 收件人： / 抄送： / 主题：' (names only). "
             "Attachment names use RFC 2231 (UTF-8) so that strict parsing finds no defect.")
    L.append("- Apple: iPhone zh-CN ('发自我的iPhone', '> 在 …写道：'), iPhone en ('Sent from my iPhone'), iPhone zh-HK "
             "('從我的 iPhone 傳送', '於 … 寫道：'), Mail on macOS ('2026年5月27日 下午2:10，… 写道：'); all UTF-8 QP.")
    L.append("- Thunderbird: text/plain UTF-8 format=flowed, 8bit or QP, '在 2026/4/2 16:40, 纪要助手 写道:'.")
    L.append("- 网易邮箱大师: '发自网易邮箱大师' + '---- 回复的原邮件 ----' table. Tencent Exmail web (gb18030 base64), "
             "WeCom mail and QQ Mail app (UTF-8): '------------------ 原始邮件 ------------------'. DingTalk mail: 66-dash "
             "line + '发件人：…主　题：'. Feishu: '原始邮件' block (mobile sends text/html only). Huawei Email: html only, "
             "'-------- 原始邮件 --------'. Gmail (Malay UI): 'Pada Kha, 14 Mei 2026 pada 6:30 PTG … menulis:'.")
    L.append("- Two PDF attachments are made with reportlab (invariant=1).\n")
    L.append("## Cases\n")
    L.append("| case | kind | meeting | sender | client | gold | what it tests |\n|---|---|---|---|---|---|---|")
    for c in CASES:
        sender = NAME(c["sender"]) if c.get("sender") else "MAILER-DAEMON"
        L.append("| %s | %s | %s | %s | %s | %s | %s |" % (
            case_base(c), c["kind"], c["meeting"], sender, client_label(c), gold_summary(c), c["tests"].replace("|", "\\|")))
    L.append("")
    return "\n".join(L)


# ---------------------------------------------------------------------------------------------
# --check
# ---------------------------------------------------------------------------------------------
def resolve_rule(rule, sent, m, items):
    kind = rule[0]
    if kind == "abs":
        return dt.date(rule[1], rule[2], rule[3])
    if kind == "dom":
        d = dt.date(sent.year, sent.month, rule[1])
        if d < sent:
            y, mo = (sent.year + 1, 1) if sent.month == 12 else (sent.year, sent.month + 1)
            d = dt.date(y, mo, rule[1])
        return d
    if kind == "nextweek":
        monday = sent - dt.timedelta(days=sent.weekday())
        return monday + dt.timedelta(days=7 + rule[1])
    if kind == "workdays":
        d, n = sent, 0
        while n < rule[1]:
            d += dt.timedelta(days=1)
            if chinese_calendar.is_workday(d):
                n += 1
        return d
    if kind == "after_holiday":
        d = sent + dt.timedelta(days=1)
        while not (chinese_calendar.is_holiday(d) and chinese_calendar.get_holiday_detail(d)[1]):
            d += dt.timedelta(days=1)
        while not chinese_calendar.is_workday(d):
            d += dt.timedelta(days=1)
        return d
    if kind == "month_end":
        nxt = dt.date(sent.year + (sent.month == 12), sent.month % 12 + 1, 1)
        return nxt - dt.timedelta(days=1)
    if kind == "due_plus":
        assert len(items) == 1, "due_plus needs exactly one item"
        return dt.date.fromisoformat(due_of(m, items[0])) + dt.timedelta(days=rule[1])
    raise ValueError(rule)


def check():
    import re
    errors = []
    pol = policy.default
    emls = sorted(f for f in os.listdir(OUT) if f.endswith(".eml"))
    by_base = {case_base(c): c for c in CASES}
    if len(emls) != len(CASES):
        errors.append("expected %d .eml files, found %d" % (len(CASES), len(emls)))
    dow = {"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}
    for fn in emls:
        base = fn[:-4]
        c = by_base.get(base)
        if c is None:
            errors.append("%s: not produced by this generator" % fn)
            continue
        m = MEETINGS[c["meeting"]]
        raw = open(os.path.join(OUT, fn), "rb").read()
        msg = BytesParser(policy=pol).parsebytes(raw)
        # defects, headers, text decoding
        for part in msg.walk():
            if part.defects:
                errors.append("%s: part %s defects %r" % (fn, part.get_content_type(), part.defects))
            for name, val in part.items():
                if getattr(val, "defects", None):
                    errors.append("%s: header %s defects %r" % (fn, name, val.defects))
            if part.get_content_maintype() == "text" and not part.is_multipart():
                cs = part.get_content_charset() or "us-ascii"
                data = part.get_payload(decode=True)
                try:
                    data.decode(cs, errors="strict")
                except Exception as e:  # noqa
                    errors.append("%s: %s part does not decode as %s: %s" % (fn, part.get_content_type(), cs, e))
                try:
                    part.get_content()
                except Exception as e:  # noqa
                    errors.append("%s: get_content failed: %s" % (fn, e))
        for hname in ("Return-Path", "Delivered-To", "Received", "Date", "From", "Message-ID"):
            if msg[hname] is None and not (hname == "Message-ID" and msg["Message-Id"]):
                errors.append("%s: missing %s" % (fn, hname))
        sent = msg["Date"].datetime.astimezone(SHANGHAI)
        if sent <= m["recap_at"]:
            errors.append("%s: sent before the recap" % fn)
        if sent.year != 2026:
            errors.append("%s: not 2026" % fn)
        # gold file
        gpath = os.path.join(OUT, base + ".json")
        if not os.path.exists(gpath):
            errors.append("%s: gold missing" % fn)
            continue
        gold = json.load(open(gpath, encoding="utf-8"))
        if gold != json.loads(json.dumps(gold_of(c), ensure_ascii=False)):
            errors.append("%s: gold differs from generator data" % fn)
        if set(gold) != {"kind", "items", "next_followup", "reply", "notes"}:
            errors.append("%s: gold keys %r" % (fn, sorted(gold)))
        if gold["items"] != [] or gold["next_followup"] is not None:
            errors.append("%s: reply/auto gold must have items [] and next_followup null" % fn)
        notes = gold["notes"]
        for dname, iso in re.findall(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (2026-\d\d-\d\d)", notes):
            if dt.date.fromisoformat(iso).weekday() != dow[dname]:
                errors.append("%s: notes say %s %s but that is a %s" % (fn, dname, iso,
                                                                         dt.date.fromisoformat(iso).strftime("%a")))
        if gold["kind"] == "auto":
            if gold["reply"] is not None:
                errors.append("%s: auto with a reply" % fn)
            if c["client"] == "postfix_delay":
                if msg.get_content_type() != "multipart/report" or m["recap_id"] not in raw.decode("utf-8"):
                    errors.append("%s: DSN must be multipart/report and carry the recap id" % fn)
            else:
                if msg["In-Reply-To"] != m["recap_id"] or not msg["Auto-Submitted"]:
                    errors.append("%s: auto-reply threading/Auto-Submitted wrong" % fn)
            continue
        # replies
        r = gold["reply"]
        if set(r) != {"intent", "items", "percent", "new_due_date"}:
            errors.append("%s: reply keys %r" % (fn, sorted(r)))
        if r["intent"] not in ("confirm", "object", "done", "progress", "extend", "unknown"):
            errors.append("%s: bad intent" % fn)
        if r["items"] != sorted(set(r["items"])):
            errors.append("%s: items not sorted/unique" % fn)
        nums = {n for n, *_ in m["items"]}
        if not set(r["items"]) <= nums:
            errors.append("%s: items %r not in meeting %s" % (fn, r["items"], c["meeting"]))
        if (r["percent"] is not None) != (r["intent"] == "progress"):
            errors.append("%s: percent must be set exactly for progress" % fn)
        if msg["In-Reply-To"] != m["recap_id"] or m["recap_id"] not in str(msg["References"]):
            errors.append("%s: In-Reply-To/References do not point at the recap" % fn)
        if m["signed"] not in str(msg["To"]):
            errors.append("%s: To is not the signed reply address" % fn)
        if sent.date().isoformat() not in notes:
            errors.append("%s: notes do not state the send date %s" % (fn, sent.date()))
        if r["intent"] == "extend":
            if not c.get("rule"):
                errors.append("%s: extend without a rule" % fn)
            else:
                want = resolve_rule(c["rule"], sent.date(), m, r["items"]).isoformat()
                if r["new_due_date"] != want:
                    errors.append("%s: new_due_date %s, recomputed %s" % (fn, r["new_due_date"], want))
        elif r["new_due_date"] is not None:
            errors.append("%s: new_due_date set on a non-extend" % fn)
        sender_items = [n for n, task, owner, due in m["items"] if owner == c["sender"]]
        cm = re.search(r"content-match \[(\d+)\]", notes)
        if cm:
            if r["items"]:
                errors.append("%s: content-match with written items" % fn)
            if int(cm.group(1)) not in sender_items:
                errors.append("%s: content-match item is not the sender's" % fn)
        if "AMBIGUOUS" in notes and not r["items"] and not cm and len(sender_items) < 2:
            errors.append("%s: ambiguous case but the sender owns <2 items" % fn)
        # the recap's first row must be quoted somewhere in the message text
        first_task = m["items"][0][1]
        texts = []
        for part in msg.walk():
            if part.get_content_maintype() == "text" and not part.is_multipart():
                texts.append(part.get_content())
        if not any(first_task in t for t in texts):
            errors.append("%s: the quoted recap is missing" % fn)
    # meetings: cut-offs and item dates are 2026 and make sense
    for k, m in MEETINGS.items():
        if m["recap_at"] <= m["minutes_at"]:
            errors.append("%s: recap before minutes" % k)
        for n, task, owner, due in m["items"]:
            d = dt.date.fromisoformat(due)
            if d.year != 2026 or d < m["recap_at"].date():
                errors.append("%s item %d: due %s" % (k, n, due))
            if not chinese_calendar.is_workday(d):
                errors.append("%s item %d: due %s is not a working day" % (k, n, due))
    # roster
    with open(os.path.join(OUT, "roster.csv"), encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if rows[0] != ["name", "email", "department", "manager_email", "aliases"]:
        errors.append("roster header")
    emails = {r[1] for r in rows[1:]}
    for r in rows[1:]:
        if r[3] and r[3] not in emails:
            errors.append("roster: manager %s unknown" % r[3])
    for c in CASES:
        if c.get("sender") and EMAIL(c["sender"]) not in emails:
            errors.append("%s: sender not in roster" % case_base(c))
    if errors:
        print("\n".join(errors))
        print("CHECK FAILED: %d problem(s)" % len(errors))
        return 1
    print("check ok: %d messages, every part decodes, every gold date recomputed" % len(emls))
    return 0


def main(argv):
    global OUT
    if [a for a in argv if not a.startswith("--")]:   # (added when the set joined the tests: write to OUTDIR, then check)
        OUT = [a for a in argv if not a.startswith("--")][0]
        os.makedirs(OUT, exist_ok=True)
    if "--check" in argv:
        return check()
    write_all()
    return check()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

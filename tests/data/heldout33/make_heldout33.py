#!/usr/bin/env python3
"""Generator for the blind held-out set "heldout33" (cases 6101-6138) for minutebot.

    python3 make_heldout33.py [OUTDIR]          write every .eml/.json, roster.csv (OUTDIR defaults to this folder)
    python3 make_heldout33.py --check [OUTDIR]  re-parse every .eml with email.policy.default (no defects, every
                                                text part decodes strictly, attachments open) and recompute every
                                                gold date from the message's own Date header in Asia/Shanghai with
                                                chinesecalendar

Deterministic: no clock, no randomness. Message-IDs and MIME boundaries are derived from the case slug with md5.
Run it with the venv that has chinesecalendar, python-docx and reportlab (/work/blind/venv/bin/python).
"""
import argparse
import base64
import csv
import datetime as dt
import hashlib
import io
import json
import os
import re
import sys
import zipfile
from email import base64mime, policy, quoprimime
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

import chinese_calendar

SH = ZoneInfo("Asia/Shanghai")
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------------------------------------------
# Roster: four organisations plus the outsiders who write or own items
# ---------------------------------------------------------------------------------------------------------------
JJ = "jjgh.example.cn"          # 九江港航物流集团有限公司 (port logistics SOE, Jiujiang)
XJ = "xja-hydro.example.cn"     # 宜昌峡江阿尔彭水电设备有限公司 (Sino-Austrian hydropower equipment JV, Yichang)
CR = "chengran-dye.example.cn"  # 绍兴柯桥澄染印染有限公司 (private textile dyeing mill, Shaoxing)
QH = "qihuo.example.cn"         # 淄博齐货出海科技有限公司 (cross-border e-commerce, Zibo)

BOTS = {JJ: ("纪要助手", "jiyao@" + JJ), XJ: ("Minutebot 纪要助手", "minutebot@" + XJ),
        CR: ("纪要助手", "minutes@" + CR), QH: ("纪要助手", "minutes@" + QH)}

# name, local part or full email, department, manager (name), aliases
_ROSTER = [
    # --- 九江港航物流集团 ---
    ("张国栋", "zhangguodong@" + JJ, "公司领导", None, "张总;Zhang Guodong"),
    ("陶建华", "taojianhua@" + JJ, "综合办公室", None, "陶主任;Tao Jianhua"),
    ("胡雪梅", "huxuemei@" + JJ, "综合办公室", "陶建华", "雪梅;Hu Xuemei"),
    ("程立军", "chenglijun@" + JJ, "生产调度中心", None, "程主任;Cheng Lijun"),
    ("韦志远", "weizhiyuan@" + JJ, "生产调度中心", "程立军", "韦主管;Wei Zhiyuan"),
    ("邹海涛", "zouhaitao@" + JJ, "生产调度中心", "程立军", "小邹;Zou Haitao"),
    ("熊国平", "xiongguoping@" + JJ, "安全环保部", None, "熊部长;Xiong Guoping"),
    ("汪琳", "wanglin@" + JJ, "安全环保部", "熊国平", "汪工;Wang Lin"),
    ("余德胜", "yudesheng@" + JJ, "工程设备部", None, "余部长;Yu Desheng"),
    ("詹晓峰", "zhanxiaofeng@" + JJ, "工程设备部", "余德胜", "詹工;Zhan Xiaofeng"),
    ("柯美玲", "kemeiling@" + JJ, "财务部", None, "柯部长;Ke Meiling"),
    ("聂文斌", "niewenbin@" + JJ, "市场经营部", None, "聂部长;Nie Wenbin"),
    ("甘露", "ganlu@" + JJ, "市场经营部", "聂文斌", "小甘;Gan Lu"),
    ("欧阳明", "ouyangming@" + JJ, "信息中心", None, "欧阳主任;Ouyang Ming"),
    ("廖凯", "liaokai@" + JJ, "信息中心", "欧阳明", "廖工;Liao Kai"),
    # --- 宜昌峡江阿尔彭水电设备 (JV) ---
    ("Stefan Huber", "stefan.huber@" + XJ, "总经理办公室", None, "Stefan;Huber"),
    ("王振东", "wangzhendong@" + XJ, "技术部", "Stefan Huber", "王部长;Wang Zhendong;Zhendong"),
    ("王立新", "wanglixin@" + XJ, "技术部", "王振东", "王工;Wang Lixin;Leo Wang"),
    ("Anna Gruber", "anna.gruber@" + XJ, "技术部", "王振东", "Anna;安娜"),
    ("李晓勇", "lixiaoyong@" + XJ, "制造部", "Stefan Huber", "李经理;Li Xiaoyong;Mike Li;Mike"),
    ("覃春燕", "qinchunyan@" + XJ, "质量部", "Stefan Huber", "覃经理;Qin Chunyan;Cathy Qin;Cathy"),
    ("田野", "tianye@" + XJ, "质量部", "覃春燕", "田工;Tian Ye"),
    ("向红", "xianghong@" + XJ, "项目部", "Stefan Huber", "向经理;Xiang Hong;Helen Xiang;Helen"),
    ("杜明轩", "dumingxuan@" + XJ, "项目部", "向红", "小杜;Du Mingxuan"),
    ("郑雅", "zhengya@" + XJ, "供应链部", "Stefan Huber", "郑经理;Zheng Ya;Yvonne Zheng;Yvonne"),
    ("彭浩", "penghao@" + XJ, "供应链部", "郑雅", "Peng Hao;Howard Peng;Howard"),
    ("钱文静", "qianwenjing@" + XJ, "财务部", "Stefan Huber", "钱经理;Qian Wenjing;Wendy Qian;Wendy"),
    ("雷鸣", "leiming@" + XJ, "服务部", "Stefan Huber", "雷经理;Lei Ming"),
    # --- 绍兴柯桥澄染印染 ---
    ("周金发", "zhoujinfa@" + CR, "总经办", None, "周总;Zhou Jinfa"),
    ("孙丽华", "sunlihua@" + CR, "总经办", "周金发", "丽华;Sun Lihua"),
    ("沈建江", "shenjianjiang@" + CR, "生产部", "周金发", "沈厂长;Shen Jianjiang"),
    ("俞国强", "yuguoqiang@" + CR, "染色车间", "沈建江", "俞主任;老俞;Yu Guoqiang"),
    ("钟晓东", "zhongxiaodong@" + CR, "定型车间", "沈建江", "钟主任;Zhong Xiaodong"),
    ("钱慧芬", "qianhuifen@" + CR, "技术科", "沈建江", "钱老师;钱科长;Qian Huifen"),
    ("楼佳", "loujia@" + CR, "技术科", "钱慧芬", "小楼;Lou Jia"),
    ("章伟峰", "zhangweifeng@" + CR, "环保科", "周金发", "章科长;章工;Zhang Weifeng"),
    ("陈倩", "chenqian@" + CR, "业务部", "周金发", "陈经理;Chen Qian;Cindy Chen;Cindy"),
    ("金晓燕", "jinxiaoyan@" + CR, "业务部", "陈倩", "小金;Jin Xiaoyan"),
    ("韩磊", "hanlei@" + CR, "仓储物流部", "沈建江", "韩主管;Han Lei"),
    ("骆小芳", "luoxiaofang@" + CR, "财务部", "周金发", "骆会计;Luo Xiaofang"),
    ("蒋涛", "jiangtao@" + CR, "设备科", "沈建江", "蒋工;Jiang Tao"),
    # --- 淄博齐货出海科技 ---
    ("宋凯", "songkai@" + QH, "总裁办", None, "宋总;Song Kai;Kevin Song"),
    ("毕晓琳", "bixiaolin@" + QH, "运营中心", "宋凯", "毕总监;Lynn Bi;Lynn;琳姐"),
    ("马骁", "maxiao@" + QH, "运营中心", "毕晓琳", "骁哥;Ma Xiao"),
    ("孔令辉", "konglinghui@" + QH, "供应链部", "宋凯", "孔经理;Kong Linghui"),
    ("路遥", "luyao@" + QH, "供应链部", "孔令辉", "遥遥;Lu Yao"),
    ("翟文", "zhaiwen@" + QH, "物流部", "宋凯", "翟经理;Zhai Wen;Wen Zhai;Wen"),
    ("房宇", "fangyu@" + QH, "产品开发部", "宋凯", "房经理;Fang Yu"),
    ("岳倩", "yueqian@" + QH, "品牌部", "毕晓琳", "Yue Qian;Chloe Yue;Chloe"),
    ("袁芳", "yuanfang@" + QH, "财务部", "宋凯", "袁经理;Yuan Fang"),
    ("冯博", "fengbo@" + QH, "技术部", "宋凯", "冯工;Feng Bo"),
    ("齐悦", "qiyue@" + QH, "客服部", "毕晓琳", "齐主管;Qi Yue"),
    # --- outsiders who write or own items (department empty) ---
    ("吕建新", "lvjianxin@hfcement.example.cn", None, None, "吕经理;Lyu Jianxin"),          # 瑞昌华峰水泥 (customer of JJ)
    ("Markus Steiner", "markus.steiner@alpenwerk.example.at", None, None, "Markus"),       # Alpenwerk Hydro GmbH, Linz
    ("Julia Berger", "julia.berger@alpenwerk.example.at", None, None, "Julia"),
    ("林悦", "linyue@supu-fashion.example.cn", None, None, "林经理;Lin Yue"),               # 杭州素朴服饰 (customer of CR)
    ("黃志明", "huang.zm@yongzhan-chem.example.com.tw", None, None, "黄志明;黃經理;Huang Chih-Ming"),  # 永展化工 (Taichung)
    ("Emily Carter", "emily.carter@lakeshore3pl.example.com", None, None, "Emily"),         # Lakeshore Fulfillment LLC
    ("Daniel Brooks", "daniel.brooks@lakeshore3pl.example.com", None, None, "Daniel;Dan"),
    ("任丽", "renli@boshan-glass.example.cn", None, None, "任经理;Ren Li"),                  # 博山琉璃灯饰厂 (supplier of QH)
]

PEOPLE = {}
for _n, _e, _d, _m, _a in _ROSTER:
    PEOPLE[_n] = {"name": _n, "email": _e, "department": _d, "manager": _m, "aliases": _a}


def P(name):
    return PEOPLE[name]


def email_of(name):
    return PEOPLE[name]["email"]


def write_roster(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "email", "department", "manager_email", "aliases"])
        for n, e, d, m, a in _ROSTER:
            w.writerow([n, e, d or "", email_of(m) if m else "", a])


def check_roster_aliases():
    seen = {}
    for n, e, d, m, a in _ROSTER:
        for key in [n] + a.split(";"):
            k = key.strip().lower()
            assert k not in seen, f"alias {key!r} of {n} already used by {seen[k]}"
            seen[k] = n


# ---------------------------------------------------------------------------------------------------------------
# Date rules (resolved against the Date header in Asia/Shanghai)
# ---------------------------------------------------------------------------------------------------------------
def _workday(d):
    return chinese_calendar.is_workday(d)


def _holiday_block(name, start):
    """First and last day of the holiday block called name (chinesecalendar English name) on/after start."""
    d = start
    for _ in range(400):
        on, hname = chinese_calendar.get_holiday_detail(d)
        if on and hname and hname == name and not _workday(d):
            first = d
            while True:
                p = first - dt.timedelta(days=1)
                if not _workday(p) and chinese_calendar.get_holiday_detail(p)[1] == name:
                    first = p
                else:
                    break
            last = d
            while True:
                n = last + dt.timedelta(days=1)
                if not _workday(n) and chinese_calendar.get_holiday_detail(n)[1] == name:
                    last = n
                else:
                    break
            return first, last
        d += dt.timedelta(days=1)
    raise ValueError(name)


def resolve(rule, sent):
    """rule -> (date, time-or-None). sent is an aware datetime already in Asia/Shanghai."""
    d = sent.date()
    k = rule[0]
    if k == "abs":                                   # an absolute date written in the text
        return dt.date.fromisoformat(rule[1]), None
    if k == "today":                                 # 今天下班前 / EOD / today
        return d, None
    if k == "rel":                                   # 明天 (+1), 后天 (+2)
        return d + dt.timedelta(days=rule[1]), None
    if k == "weekday":                               # bare weekday: this week's if not past, else next week's
        monday = d - dt.timedelta(days=d.weekday())
        c = monday + dt.timedelta(days=rule[1])
        if c < d:
            c += dt.timedelta(days=7)
        return c, None
    if k == "thisweek":                              # 本周X (this Mon-Sun week)
        monday = d - dt.timedelta(days=d.weekday())
        return monday + dt.timedelta(days=rule[1]), None
    if k == "nextweek":                              # 下周X / next X (following calendar week)
        monday = d - dt.timedelta(days=d.weekday())
        return monday + dt.timedelta(days=7 + rule[1]), None
    if k == "workdays":                              # N个工作日内, counted from the day after sending
        n, c = 0, d
        while n < rule[1]:
            c += dt.timedelta(days=1)
            if _workday(c):
                n += 1
        return c, None
    if k == "month_end":                             # 本月底 / 月底前 / end of month; ("month_end", 6) = 6月底
        if len(rule) > 1:
            d = dt.date(d.year, rule[1], 1)
        nxt = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return nxt - dt.timedelta(days=1), None
    if k == "after_holiday":                         # 节后第一个工作日
        first, last = _holiday_block(rule[1], d)
        c = last + dt.timedelta(days=1)
        while not _workday(c):
            c += dt.timedelta(days=1)
        return c, None
    if k == "before_holiday":                        # 端午节前 / before the holiday: last working day before the block
        first, last = _holiday_block(rule[1], d)
        c = first - dt.timedelta(days=1)
        while not _workday(c):
            c -= dt.timedelta(days=1)
        return c, None
    if k == "hours":                                 # N小时内 from the send instant
        t = sent + dt.timedelta(hours=rule[1])
        return t.date(), t.strftime("%H:%M")
    raise ValueError(rule)


class I:
    """One gold item. owner: roster name or None (then dept names the unit, if any).
    due: a rule tuple or None; exp: the hand-worked date that the rule must give; vague: deadline word without date."""

    def __init__(self, owner, task, due=None, exp=None, time=None, vague=False, dept=None):
        self.owner, self.task, self.due, self.exp, self.time, self.vague, self.dept = owner, task, due, exp, time, vague, dept
        assert (due is None) == (exp is None), task
        assert not (vague and due), task

    def gold(self, sent):
        flags = []
        if self.owner is None:
            flags.append("no_owner")
        due_date = due_time = None
        if self.due is not None:
            dd, tt = resolve(self.due, sent)
            due_date = dd.isoformat()
            due_time = self.time or tt
        elif self.vague:
            flags.append("vague_due")
        else:
            flags.append("no_due")
        if self.owner:
            p = P(self.owner)
            on, oe, dep = p["name"], p["email"], p["department"]
        else:
            on, oe, dep = None, None, self.dept
        return {"owner_name": on, "owner_email": oe, "department": dep, "task": self.task,
                "due_date": due_date, "due_time": due_time, "flags": flags}


class NF:
    """Next follow-up: a rule, the expected date and the time (or None)."""

    def __init__(self, rule, exp, time=None):
        self.rule, self.exp, self.time = rule, exp, time

    def gold(self, sent):
        d, t = resolve(self.rule, sent)
        return {"date": d.isoformat(), "time": self.time or t}


# ---------------------------------------------------------------------------------------------------------------
# MIME building (raw bytes, client by client)
# ---------------------------------------------------------------------------------------------------------------
def h(seed, n=8, upper=False):
    """Deterministic hex from a seed."""
    x = hashlib.md5(seed.encode("utf-8")).hexdigest()
    while len(x) < n:
        x += hashlib.md5(x.encode()).hexdigest()
    x = x[:n]
    return x.upper() if upper else x


def b64id(seed, n):
    raw = hashlib.sha256(seed.encode()).digest() * 3
    return base64.urlsafe_b64encode(raw).decode().replace("-", "x").replace("_", "Z")[:n]


def ew(text, charset="utf-8", codec=None, mode="B"):
    """RFC 2047 encoded words (each <= 75 chars, whole characters only)."""
    codec = codec or charset

    def enc(s):
        b = s.encode(codec)
        if mode == "B":
            return "=?%s?B?%s?=" % (charset, base64.b64encode(b).decode())
        out = []
        for byte in b:
            c = chr(byte)
            if c == " ":
                out.append("_")
            elif c.isascii() and (c.isalnum() or c in "!*+-/"):
                out.append(c)
            else:
                out.append("=%02X" % byte)
        return "=?%s?Q?%s?=" % (charset, "".join(out))

    words, cur = [], ""
    for ch in text:
        if cur and len(enc(cur + ch)) > 75:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return words


def fold_words(name, words, sep=" "):
    """Header line from tokens, folded at 78 columns with CRLF-free LF + single space."""
    lines, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > 78 and cur != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w if cur else w
    lines.append(cur)
    return "\n".join(lines)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def hdr_text(name, text, charset="utf-8", codec=None, mode="B"):
    if is_ascii(text):
        return fold_words(name, text.split(" "))
    return fold_words(name, ew(text, charset, codec, mode))


def addr(name, email, charset="utf-8", codec=None, mode="B", quote=False):
    if not name:
        return "<%s>" % email if quote else email
    if is_ascii(name):
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name, email)
        return "%s <%s>" % (name, email)
    # Foxmail/Coremail really wrap encoded words in quotes; RFC 2047 forbids it and email.policy.default flags it
    # as a defect, so the set writes them unquoted.
    w = " ".join(ew(name, charset, codec, mode))
    return "%s <%s>" % (w, email)


def addr_list(name, entries, charset="utf-8", codec=None, mode="B", quote=False, sep=","):
    """entries: list of (display, email). Folded one address per line when long."""
    parts = [addr(n, e, charset, codec, mode, quote) for n, e in entries]
    line = name + ": " + (sep + " ").join(parts)
    if len(line) <= 78:
        return line
    return name + ": " + (sep + "\n\t").join(parts) if charset.lower() in ("gbk", "gb2312", "gb18030") and quote else \
        name + ": " + (sep + "\n ").join(parts)


def people(*names, bot_of=None, display=None):
    """(display, email) pairs for roster people; display overrides by name."""
    out = []
    for n in names:
        disp = (display or {}).get(n, n)
        out.append((disp, email_of(n)))
    if bot_of:
        out.append(BOTS[bot_of])
    return out


DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfcdate(t, pad=False, suffix=""):
    off = t.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    day = ("%02d" if pad else "%d") % t.day
    s = "%s, %s %s %d %02d:%02d:%02d %s%02d%02d" % (DOW[t.weekday()], day, MON[t.month - 1], t.year, t.hour,
                                                  t.minute, t.second, sign, mins // 60, mins % 60)
    return s + suffix


def T(s, tz="+08:00"):
    """'2026-04-02 17:42:18' + offset -> aware datetime."""
    return dt.datetime.fromisoformat(s + tz)


def _encode(data, cte):
    if cte == "base64":
        return base64mime.body_encode(data, 76).encode("ascii")
    if cte == "quoted-printable":
        return (quoprimime.body_encode(data.decode("latin-1"), 76) + "\n").encode("ascii")
    if cte in ("8bit", "7bit", "binary"):
        return data if data.endswith(b"\n") else data + b"\n"
    raise ValueError(cte)


class Leaf:
    def __init__(self, ctype, body, cte, extra=()):
        self.headers = ["Content-Type: " + ctype]
        if cte:
            self.headers.append("Content-Transfer-Encoding: " + cte)
        self.headers += list(extra)
        self.body = body

    def render(self):
        return ("\n".join(self.headers) + "\n\n").encode("ascii") + self.body


def text(content, ctype='text/plain; charset="utf-8"', cte="base64", codec=None, eol="\r\n", extra=(), order=None):
    """A text leaf. content is a str; codec defaults to the charset parameter of ctype."""
    if codec is None:
        codec = re.search(r'charset="?([A-Za-z0-9_-]+)', ctype).group(1)
    c = content.replace("\r\n", "\n")
    if eol != "\n":
        c = c.replace("\n", eol)
    data = c.encode(codec)
    leaf = Leaf(ctype, _encode(data, cte), cte, extra)
    if order == "cte-first":
        leaf.headers = [leaf.headers[1], leaf.headers[0]] + leaf.headers[2:]
    return leaf


def binary(data, ctype, disposition, cte="base64", extra=()):
    return Leaf(ctype, _encode(data, cte), cte, [disposition] + list(extra))


class Multi:
    def __init__(self, subtype, parts, boundary, preamble=None, params="", extra=(), indent="\n\t"):
        self.subtype, self.parts, self.boundary, self.preamble = subtype, parts, boundary, preamble
        self.headers = ['Content-Type: multipart/%s;%sboundary="%s"%s' % (subtype, indent, boundary, params)]
        self.headers += list(extra)

    def render(self, top=False):
        out = []
        if not top:
            out.append(("\n".join(self.headers) + "\n\n").encode("ascii"))
        if self.preamble is not None:
            out.append((self.preamble + "\n").encode("ascii"))
        first = True
        for p in self.parts:
            if first and (top or self.preamble is None):
                out.append(("--%s\n" % self.boundary).encode("ascii") if not out else ("--%s\n" % self.boundary).encode("ascii"))
            else:
                out.append(("\n--%s\n" % self.boundary).encode("ascii"))
            first = False
            body = p.render()
            out.append(body.rstrip(b"\n"))
        out.append(("\n--%s--\n" % self.boundary).encode("ascii"))
        return b"".join(out)


def message(headers, body, crlf=False):
    """headers: list of complete header strings (ASCII, folded with LF). body: Leaf or Multi."""
    hs = list(headers)
    if isinstance(body, Multi):
        hs += body.headers
        payload = body.render(top=True)
    else:
        hs += body.headers
        payload = body.body
    for x in hs:
        assert is_ascii(x), x
    raw = ("\n".join(hs) + "\n\n").encode("ascii") + payload
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---- HTML skeletons ------------------------------------------------------------------------------------------
def outlook_html(inner, charset="gb2312", lang="ZH-CN", font="等线"):
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:%s;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n'
        '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\ttext-align:justify;\n'
        '\ttext-justify:inter-ideograph;\n\tfont-size:10.5pt;\n\tfont-family:%s;}\n'
        'span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n'
        '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 90.0pt 72.0pt 90.0pt;}\n'
        'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
        '<body lang="%s" link="#0563C1" vlink="#954F72" style="text-justify-trim:punctuation">\n'
        '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (charset, font, font, lang, inner))


def mso_p(line, bold=False):
    if not line.strip():
        return '<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>'
    t = esc(line).replace("  ", "&nbsp; ")
    if bold:
        t = "<b>%s</b>" % t
    return '<p class="MsoNormal">%s<span lang="EN-US"><o:p></o:p></span></p>' % t


def mso_lines(txt, bold_lines=()):
    return "\n".join(mso_p(l, l in bold_lines) for l in txt.split("\n"))


def div_lines(txt, style=None, empty="<div><br></div>"):
    out = []
    for l in txt.split("\n"):
        if not l.strip():
            out.append(empty)
        else:
            out.append("<div>%s</div>" % esc(l).replace("  ", "&nbsp; "))
    return "\n".join(out)


def html_table(rows, style="border-collapse:collapse", td='style="border:1px solid #999;padding:4px"', header=True):
    out = ['<table border="1" cellspacing="0" cellpadding="0" style="%s">' % style]
    for i, r in enumerate(rows):
        out.append("<tr>")
        for c in r:
            tag = "th" if (header and i == 0) else "td"
            attrs = td
            if isinstance(c, tuple):       # (text, extra attrs)
                c, extra = c
                attrs = td + " " + extra
            if c is None:
                continue
            out.append("<%s %s>%s</%s>" % (tag, attrs, esc(c).replace("\n", "<br>"), tag))
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def tsv(rows):
    return "\n".join("\t".join((c[0] if isinstance(c, tuple) else (c or "")).replace("\n", " ") for c in r) for r in rows)


# ---- receiving-server trace headers --------------------------------------------------------------------------
def trace(dom, env_from, sent, from_host, upstream=(), delay=3, seed=""):
    """Return-Path / Delivered-To / Received added by the bot's receiving server (Postfix + Dovecot on bot.<dom>),
    followed by the upstream Received headers (already formatted, newest first)."""
    bot = BOTS[dom][1]
    arr = (sent + dt.timedelta(seconds=delay)).astimezone(SH)
    qid = h(seed + env_from + str(sent), 10, upper=True)
    lines = ["Return-Path: <%s>" % env_from, "Delivered-To: %s" % bot,
             "Received: from %s\n\tby bot.%s (Postfix) with ESMTPS id 4c%s\n\tfor <%s>; %s (CST)" % (
                 from_host, dom, qid, bot, rfcdate(arr))]
    return lines + list(upstream)


def rcv(frm, by, t, extra="", tzname=None):
    """One upstream Received header at time t (aware); rendered in t's own offset."""
    d = rfcdate(t) + (" (%s)" % tzname if tzname else "")
    return "Received: from %s\n\tby %s%s;\n\t%s" % (frm, by, extra, d)


# ---------------------------------------------------------------------------------------------------------------
# Client builders. Each returns the complete raw message (trace headers first).
#   frm: (display, email); to/cc: lists of (display, email); sent: aware datetime in the sender's offset
# ---------------------------------------------------------------------------------------------------------------
def _thread_index(seed):
    return base64.b64encode(bytes.fromhex("01dc" + h(seed, 40))).decode()


def _mixed(alt_or_leaf, attachments, boundary):
    if not attachments:
        return alt_or_leaf
    return Multi("mixed", [alt_or_leaf] + list(attachments), boundary)


def outlook(seed, sent, frm, to, cc, subject, plain, html_inner, *, charset="gb2312", cte="base64", lang="zh-cn",
            html_cte=None,
            codec=None, attachments=(), reply_to_mid=None, references=None, thread_topic=None, extra=(),
            html_lang="ZH-CN", font="等线", crlf=True, upstream=None, from_host=None, mailer="Microsoft Outlook 16.0",
            dom=None, tz_exchange=False):
    dom = dom or frm[1].split("@")[1]
    hexid = h(seed, 24)
    stamp = "01DC%s.%s" % (h(seed + "s", 4, True), h(seed + "t", 8, True))
    alt = Multi("alternative", [
        text(plain, 'text/plain;\n\tcharset="%s"' % charset, cte, codec),
        text(outlook_html(html_inner, charset, html_lang, font), 'text/html;\n\tcharset="%s"' % charset, html_cte or cte,
             codec),
    ], "----=_NextPart_001_0001_" + stamp)
    body = _mixed(alt, attachments, "----=_NextPart_000_0000_" + stamp)
    if attachments:
        body.preamble = "This is a multipart message in MIME format."
    else:
        alt.boundary = "----=_NextPart_000_0001_" + stamp
        alt.headers = ['Content-Type: multipart/alternative;\n\tboundary="%s"' % alt.boundary]
        alt.preamble = "This is a multipart message in MIME format."
    mid = "<000001dc%s$%s$%s$@%s>" % (hexid[:4] + h(seed + "m", 4), hexid[8:16], hexid[16:24], dom)
    hcs, hcodec = (charset, codec) if charset != "us-ascii" else ("utf-8", None)
    hs = [addr_list("From", [frm], hcs, hcodec)]
    hs.append(addr_list("To", to, hcs, hcodec))
    if cc:
        hs.append(addr_list("Cc", cc, hcs, hcodec))
    hs.append(hdr_text("Subject", subject, hcs, hcodec))
    hs.append("Date: " + rfcdate(sent))
    hs.append("Message-ID: " + mid)
    if reply_to_mid:
        hs.append("In-Reply-To: " + reply_to_mid)
        hs.append("References: " + (references or reply_to_mid))
    hs.append("MIME-Version: 1.0")
    tail = ["X-Mailer: " + mailer, "Thread-Index: " + _thread_index(seed)]
    if thread_topic:
        tail.insert(0, hdr_text("Thread-Topic", thread_topic, hcs, hcodec))
    tail.append("Content-Language: " + lang)
    tail += list(extra)
    raw_hdrs = hs
    body_obj = body
    tr = trace(to_dom(to, cc), frm[1], sent,
               from_host or "%s-PC (unknown [10.%d.%d.%d])" % (frm[1].split("@")[0].upper()[:12], 16, int(h(seed, 2), 16) % 9 + 1, int(h(seed + "ip", 2), 16)),
               upstream or ())
    return _assemble(tr, raw_hdrs, body_obj, tail, crlf)


def to_dom(to, cc):
    for n, e in list(cc) + list(to):
        d = e.split("@")[1]
        if d in BOTS and e == BOTS[d][1]:
            return d
    raise ValueError("no bot in To/Cc")


def _assemble(trace_lines, hdrs, body, tail, crlf, ct_before_tail=False):
    """trace + headers + Content-Type (+tail headers after it unless ct_before_tail False)."""
    if isinstance(body, Multi):
        ct = body.headers
        payload = body.render(top=True)
    else:
        ct = body.headers
        payload = body.body
    all_h = list(trace_lines) + list(hdrs) + list(ct) + list(tail)
    for x in all_h:
        assert is_ascii(x), x
    raw = ("\n".join(all_h) + "\n\n").encode("ascii") + payload
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def coremail_html(inner, sign=""):
    return ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s</div>%s' % (inner, sign))


def coremail(seed, sent, frm, to, cc, subject, plain, html_full, *, charset="UTF-8", cte="base64", attachments=(),
             mailer="Coremail Webmail Server Version XT5.0.13 build 20230613(4a3d1f8c) Copyright (c) 2002-2026 www.mailtech.cn",
             brand="jjgh", reply_to_mid=None, references=None, ip="10.16.3.72", upstream_by=None, extra=(), crlf=False,
             from_host=None):
    dom = frm[1].split("@")[1]
    ms = int(sent.timestamp() * 1000)
    alt = Multi("alternative", [text(plain, "text/plain; charset=%s" % charset, cte, eol="\r\n"),
                                text(html_full, "text/html; charset=%s" % charset, cte, eol="\r\n")],
                "----=_Part_%d_%d.%d" % (int(h(seed, 6), 16) % 900000 + 100000, int(h(seed + "b", 8), 16) % 2000000000, ms),
                indent=" ")
    body = alt
    if attachments:
        body = Multi("mixed", [alt] + list(attachments),
                     "----=_Part_%d_%d.%d" % (int(h(seed + "x", 6), 16) % 900000 + 100000,
                                              int(h(seed + "y", 8), 16) % 2000000000, ms), indent=" ")
    local = frm[1].split("@")[0]
    mid = "<%s.%s.%x.Coremail.%s@%s>" % (h(seed, 8), h(seed + "2", 4), ms, local, dom)
    hs = ["Date: " + rfcdate(sent) + " (GMT+08:00)", addr_list("From", [frm], charset, quote=True),
          addr_list("To", to, charset, quote=True)]
    if cc:
        hs.append(addr_list("Cc", cc, charset, quote=True))
    hs.append(hdr_text("Subject", subject, charset))
    if reply_to_mid:
        hs += ["In-Reply-To: " + reply_to_mid, "References: " + (references or reply_to_mid)]
    hs += ["X-Priority: 3", "X-Mailer: " + mailer]
    tail = ["MIME-Version: 1.0", "Message-ID: " + mid, "X-Coremail-Locale: zh_CN",
            "X-CM-TRANSID:%s" % b64id(seed + "cm", 28) + "--.%dS2" % (int(h(seed, 4), 16) % 90000 + 10000),
            "X-CM-SenderInfo: %s" % b64id(seed + "si", 18).lower(),
            "X-Originating-IP: [%s]" % ip] + list(extra)
    up_by = upstream_by or "ajax-webmail-mail.%s (Coremail)" % dom
    upstream = ["Received: from %s$%s ( [%s] ) by %s ;\n %s" % (local, dom, ip, up_by, rfcdate(sent) + " (GMT+08:00)")]
    tr = trace(to_dom(to, cc), frm[1], sent, from_host or "mail.%s (mail.%s [10.16.1.25])" % (dom, dom), upstream,
               seed=seed)
    return _assemble(tr, hs, body, tail, crlf)


def foxmail_html(inner_divs, sig_lines, charset="GBK"):
    sig = "".join("<div>%s</div>" % esc(l) for l in sig_lines)
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"><style>body { line-height: 1.5; }'
            'body { font-size: 14px; font-family: \'Microsoft YaHei UI\'; color: rgb(0, 0, 0); line-height: 1.5; }'
            '</style></head><body>\n%s\n<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" '
            'align="left">\n<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt">%s</div></span>'
            '</div>\n</body></html>' % (charset, inner_divs, sig))


def foxmail(seed, sent, frm, to, cc, subject, plain, html_full, *, charset="GBK", attachments=(), plain_only=False,
            extra=(), crlf=True, ip=None, via="mail", upstream=None, from_host=None):
    dom = frm[1].split("@")[1]
    codec = {"GBK": "gbk", "gb2312": "gb2312", "UTF-8": "utf-8"}[charset]
    if plain_only:
        body = text(plain, 'text/plain;\n\tcharset="%s"' % charset, "base64", codec)
    else:
        body = Multi("alternative", [text(plain, 'text/plain;\n\tcharset="%s"' % charset, "base64", codec),
                                     text(html_full, 'text/html;\n\tcharset="%s"' % charset, "quoted-printable", codec)],
                     "----=_001_NextPart%s_=----" % (int(h(seed, 10), 16) % 10 ** 12), indent="\n\t")
    if attachments:
        body = Multi("mixed", [body] + list(attachments),
                     "----=_001_NextPart%s_=----" % (int(h(seed + "mix", 10), 16) % 10 ** 12), indent="\n\t")
        body.preamble = "This is a multi-part message in MIME format."
    elif not plain_only:
        body.preamble = "This is a multi-part message in MIME format."
    stamp = sent.strftime("%Y%m%d%H%M%S")
    mid = "<%s%s@%s>" % (stamp, int(h(seed, 8), 16) % 10 ** 7, dom)
    hs = ["Date: " + rfcdate(sent), addr_list("From", [frm], charset, codec, quote=True),
          addr_list("To", to, charset, codec, quote=True)]
    if cc:
        hs.append(addr_list("Cc", cc, charset, codec, quote=True))
    hs += [hdr_text("Subject", subject, charset, codec), "X-Priority: 3",
           "X-GUID: %s-%s-%s-%s-%s" % (h(seed, 8, True), h(seed + "1", 4, True), h(seed + "2", 4, True),
                                         h(seed + "3", 4, True), h(seed + "4", 12, True)),
           "X-Has-Attach: " + ("yes" if attachments else "no"), "X-Mailer: Foxmail 7.2.25.375[cn]",
           "Mime-Version: 1.0", "Message-ID: " + mid]
    hs += list(extra)
    host = "%s-PC (unknown [%s])" % (frm[1].split("@")[0].upper()[:10], ip or "10.16.5.%d" % (int(h(seed, 2), 16) % 200 + 20))
    upstream = upstream if upstream is not None else [
        "Received: from %s\n\tby %s.%s with ESMTPSA id %s;\n\t%s" % (
            host, via, dom, h(seed + "e", 12, True), rfcdate(sent + dt.timedelta(seconds=1)) + " (CST)")]
    tr = trace(to_dom(to, cc), frm[1], sent, from_host or "%s.%s (%s.%s [10.16.1.25])" % (via, dom, via, dom), upstream,
               seed=seed)
    return _assemble(tr, hs, body, [], crlf)


def exmail_html(inner, charset="UTF-8"):
    return ('<meta http-equiv="Content-Type" content="text/html; charset=%s"><div>%s</div>'
            '<div><includetail><!--<![endif]--></includetail></div>' % (charset, inner))


def exmail(seed, sent, frm, to, cc, subject, plain, html_full, *, charset="UTF-8", codec=None, cte="base64",
           mailer="QQMail 2.x", extra=(), crlf=False, client_ip="115.197.66.%d"):
    dom = frm[1].split("@")[1]
    codec = codec or charset.lower()
    bnd = "----=_NextPart_%s_%s_%s" % (h(seed, 8, True), h(seed + "a", 8, True), h(seed + "b", 8, True))
    body = Multi("alternative", [text(plain, 'text/plain;\n\tcharset="%s"' % charset, cte, codec),
                                 text(html_full, 'text/html;\n\tcharset="%s"' % charset, cte, codec)],
                 bnd, indent="\n\t")
    body.preamble = "This is a multi-part message in MIME format."
    hs = ["X-QQ-mid: bizesmtp%st%s%s" % (int(sent.timestamp()), int(h(seed, 6), 16) % 10 ** 7, "t"),
          "X-QQ-Originating-IP: %s" % b64id(seed + "ip", 32),
          addr_list("From", [frm], charset, codec, quote=True), addr_list("To", to, charset, codec, quote=True)]
    if cc:
        hs.append(addr_list("Cc", cc, charset, codec, quote=True))
    hs += [hdr_text("Subject", subject, charset, codec), "Mime-Version: 1.0"]
    tail = ["Content-Transfer-Encoding: 8Bit", "Date: " + rfcdate(sent),
            "X-Priority: 3", "Message-ID: <tencent_%s@qq.com>" % h(seed, 40, True), "X-QQ-MIME: TCMime 1.0 by Tencent",
            "X-Mailer: " + mailer, "X-QQ-Mailer: " + mailer, "X-QQ-SENDSIZE: 520",
            "Feedback-ID: bizesmtp:%s:qybglogicsvrgz:qybglogicsvrgz6a-0" % dom] + list(extra)
    ip = client_ip % (int(h(seed, 2), 16) % 200 + 20)
    upstream = ["Received: from %s ( [%s])\n\tby bizesmtp.qq.com (ESMTP) with SMTP id %s;\n\t%s" % (
        "WIN-" + h(seed + "w", 7, True), ip, h(seed + "s", 10), rfcdate(sent + dt.timedelta(seconds=1)))]
    tr = trace(to_dom(to, cc), frm[1], sent, "smtpbg%d.qq.com (smtpbg%d.qq.com [203.205.250.%d])" % (
        int(h(seed, 2), 16) % 9 + 1, int(h(seed, 2), 16) % 9 + 1, int(h(seed + "z", 2), 16) % 200 + 10),
        upstream, seed=seed)
    return _assemble(tr, hs, body, tail, crlf)


def feishu(seed, sent, frm, to, cc, subject, plain, html_full, *, attachments=(), html_only=False, crlf=False, extra=()):
    dom = frm[1].split("@")[1]
    bnd = h(seed, 28)
    html_leaf = text(html_full, "text/html; charset=UTF-8", "quoted-printable", eol="\n")
    if html_only:
        body = html_leaf
    else:
        body = Multi("alternative", [text(plain, "text/plain; charset=UTF-8", "quoted-printable", eol="\n"), html_leaf],
                     bnd, indent=" ")
    if attachments:
        body = Multi("mixed", [body] + list(attachments), h(seed + "mix", 28), indent=" ")
    hs = ["Date: " + rfcdate(sent), "Message-Id: <%s-%s-%s@%s>" % (h(seed, 8), h(seed + "m", 4), h(seed + "n", 12), "larksuite.com"),
          "Mime-Version: 1.0", hdr_text("Subject", subject, "UTF-8"), addr_list("From", [frm], "UTF-8", quote=True),
          addr_list("To", to, "UTF-8", quote=True)]
    if cc:
        hs.append(addr_list("Cc", cc, "UTF-8", quote=True))
    hs += ["X-Lms-Return-Path: <lba+%s+%s@%s>" % (h(seed, 10), frm[1].replace("@", "+"), "bounce.feishu.cn"),
           "X-Mailer: Lark Mail 7.42", "Content-Language: zh-CN"] + list(extra)
    upstream = ["Received: from %s ([10.80.%d.%d])\n\tby smtp.feishu.cn with ESMTPSA id %s;\n\t%s" % (
        "lark-mail-outbound-" + h(seed + "o", 6), int(h(seed, 2), 16) % 30, int(h(seed + "p", 2), 16) % 250,
        h(seed + "i", 14), rfcdate(sent + dt.timedelta(seconds=1)))]
    tr = trace(to_dom(to, cc), frm[1], sent, "smtp-out.feishu.cn (smtp-out.feishu.cn [101.126.%d.%d])" % (
        int(h(seed, 2), 16) % 200, int(h(seed + "q", 2), 16) % 250), upstream, seed=seed)
    return _assemble(tr, hs, body, [], crlf)


def feishu_html(inner):
    return ('<html><head></head><body><div style="font-family: -apple-system, BlinkMacSystemFont, \'Helvetica Neue\', '
            'Tahoma, \'PingFang SC\', \'Microsoft Yahei\', Arial; font-size: 14px; line-height: 1.6;">%s</div></body></html>'
            % inner)


def gmail(seed, sent, frm, to, cc, subject, plain, html_inner, *, app=False, crlf=False, host="mail-pl1-f%d.google.com"):
    dirv = "auto" if app else "ltr"
    ascii_only = is_ascii(plain)
    cte = None if ascii_only else "quoted-printable"
    bnd = "0000000000%s" % h(seed, 16)
    p1 = text(plain, 'text/plain; charset="UTF-8"', cte or "7bit", eol="\r\n")
    if ascii_only:
        p1.headers = p1.headers[:1]
    html = '<div dir="%s">%s</div>\n' % (dirv, html_inner)
    p2 = text(html, 'text/html; charset="UTF-8"', cte or "7bit", eol="\r\n")
    if ascii_only:
        p2.headers = p2.headers[:1]
    body = Multi("alternative", [p1, p2], bnd, indent=" ")
    hs = ["MIME-Version: 1.0", "From: " + addr(*frm), "Date: " + rfcdate(sent),
          "Message-ID: <CA%s@mail.gmail.com>" % b64id(seed, 52), hdr_text("Subject", subject),
          addr_list("To", to)]
    if cc:
        hs.append(addr_list("Cc", cc))
    n = int(h(seed, 2), 16) % 200 + 10
    upstream = ["Received: by %s with SMTP id %s-%s.%d\n\tfor <%s>; %s" % (
        "mail-pl1-f%d.google.com" % n, b64id(seed + "g", 14).lower(), h(seed, 8), 4, BOTS[to_dom(to, cc)][1],
        rfcdate(sent) if True else "")]
    hs2 = ["X-Gm-Message-State: AOJu0Y%s" % b64id(seed + "gm", 40),
           "X-Google-Smtp-Source: AGHT+IF%s" % b64id(seed + "gs", 44)]
    tr = trace(to_dom(to, cc), frm[1], sent, "mail-pl1-f%d.google.com (mail-pl1-f%d.google.com [209.85.214.%d])" % (n, n, n),
               upstream, seed=seed)
    return _assemble(tr, hs2 + hs, body, [], crlf)


def iphone(seed, sent, frm, to, cc, subject, plain, html_inner, *, cte="quoted-printable", mailer="iPhone Mail (23E246)",
           charset="utf-8", crlf=False, upstream=None, from_host=None):
    uuid = "%s-%s-%s-%s-%s" % (h(seed, 8, True), h(seed + "1", 4, True), h(seed + "2", 4, True), h(seed + "3", 4, True),
                               h(seed + "4", 12, True))
    bnd = "Apple-Mail-%s-%s-%s-%s-%s" % (h(seed + "b", 8, True), h(seed + "c", 4, True), h(seed + "d", 4, True),
                                         h(seed + "e", 4, True), h(seed + "f", 12, True))
    p1 = text(plain, "text/plain;\n\tcharset=%s" % charset, cte, eol="\n")
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
            '%s</body></html>' % html_inner)
    p2 = text(html, "text/html;\n\tcharset=%s" % charset, cte, eol="\n")
    body = Multi("alternative", [p1, p2], bnd, indent="; ")
    body.headers = ["Content-Type: multipart/alternative; boundary=%s" % bnd, "Content-Transfer-Encoding: 7bit"]
    hs = [addr_list("From", [frm]), "Mime-Version: 1.0 (1.0)", "Date: " + rfcdate(sent), hdr_text("Subject", subject),
          "Message-Id: <%s@%s>" % (uuid, frm[1].split("@")[1]), addr_list("To", to)]
    if cc:
        hs.append(addr_list("Cc", cc))
    tail = ["X-Mailer: " + mailer]
    tr = trace(to_dom(to, cc), frm[1], sent, from_host or "smtp.%s" % frm[1].split("@")[1], upstream or (), seed=seed)
    # Apple puts Content-Type first
    if isinstance(body, Multi):
        ct = body.headers
        payload = body.render(top=True)
    all_h = tr + ct + hs + tail
    raw = ("\n".join(all_h) + "\n\n").encode("ascii") + payload
    if crlf:
        raw = raw.replace(b"\n", b"\r\n")
    return raw


def thunderbird(seed, sent, frm, to, cc, subject, plain, *, lang="zh-CN", ua="Mozilla Thunderbird", crlf=False,
                upstream=None, from_host=None):
    uuid = "%s-%s-%s-%s-%s" % (h(seed, 8), h(seed + "1", 4), h(seed + "2", 4), h(seed + "3", 4), h(seed + "4", 12))
    body = text(plain, "text/plain; charset=UTF-8; format=flowed", "8bit", eol="\n")
    hs = ["Message-ID: <%s@%s>" % (uuid, frm[1].split("@")[1]), "Date: " + rfcdate(sent), "MIME-Version: 1.0",
          "User-Agent: " + ua, "Content-Language: " + lang, addr_list("To", to, "UTF-8")]
    if cc:
        hs.append(addr_list("Cc", cc, "UTF-8"))
    hs += [addr_list("From", [frm], "UTF-8"), hdr_text("Subject", subject, "UTF-8")]
    tr = trace(to_dom(to, cc), frm[1], sent, from_host, upstream or (), seed=seed)
    return _assemble(tr, hs, body, [], crlf)


def exo_hops(seed, sent, tenant="apcprd06", pfx="TYZPR06MB"):
    """Exchange Online: internal mapi hop (+0000) and the outbound host that hands the message to the bot server."""
    n = 5000 + int(h(seed, 3), 16) % 4000
    host = "%s%d.%s.prod.outlook.com" % (pfx, n, tenant)
    t = sent.astimezone(dt.timezone.utc)
    up = ["Received: from %s\n ([fe80::%s:%s:%s:%s]) by %s\n ([fe80::%s:%s:%s:%s%%5]) with mapi id 15.20.8857.016; %s" % (
        host, h(seed, 4), h(seed + "a", 4), h(seed + "b", 4), h(seed + "c", 4), host,
        h(seed, 4), h(seed + "a", 4), h(seed + "b", 4), h(seed + "c", 4), rfcdate(t))]
    k = int(h(seed + "o", 2), 16) % 90 + 10
    outbound = "mail-tyzapc01on21%02d.outbound.protection.outlook.com ([40.107.%d.%d])" % (k, int(h(seed, 2), 16) % 250, k)
    return up, outbound


def jj_outlook_hops(seed, sent, frm_email):
    """Outlook desktop -> Coremail server of 九江港航 (SMTP submission) -> bot server."""
    local = frm_email.split("@")[0].upper()
    ip = "10.16.%d.%d" % (int(h(seed, 2), 16) % 9 + 2, int(h(seed + "i", 2), 16) % 240 + 10)
    up = ["Received: from %s-PC (unknown [%s])\n\tby mail.jjgh.example.cn (Coremail) with SMTP id %s--.%dS2;\n\t%s" % (
        local[:12], ip, b64id(seed + "cm", 28), int(h(seed, 4), 16) % 90000 + 10000,
        rfcdate(sent + dt.timedelta(seconds=1)) + " (CST)")]
    return up, "mail.jjgh.example.cn (mail.jjgh.example.cn [10.16.1.25])"


# ---------------------------------------------------------------------------------------------------------------
# Cases
# ---------------------------------------------------------------------------------------------------------------
CASES = []


def case(num, slug, kind, notes, items=(), nxt=None, lie=None, attach=None):
    def deco(fn):
        CASES.append(dict(num=num, slug=slug, kind=kind, build=fn, items=list(items), nxt=nxt, notes=notes,
                          lie=lie, attach=attach or {}))
        return fn
    return deco


JJBOT = BOTS[JJ]
XJBOT = BOTS[XJ]
CRBOT = BOTS[CR]
QHBOT = BOTS[QH]


# ============================== 九江港航物流集团 (SOE) ==============================
_6101_TEXT = """各位领导、同事：

现将4月2日城西港区堆场扩容专题会议纪要印发如下，请遵照执行。

九江港航物流集团有限公司
专题会议纪要
〔2026〕第12期

会议时间：2026年4月2日（星期四）上午9:00
会议地点：集团本部三楼第一会议室
主 持 人：张国栋
参会人员：余德胜、熊国平、聂文斌、柯美玲、欧阳明、程立军、詹晓峰
记    录：胡雪梅

4月2日上午，集团副总经理张国栋主持召开城西港区堆场扩容专题会议，听取了工程设备部关于堆场扩容初步方案的汇报，研究部署下一阶段工作。现纪要如下：

一、会议认为，城西港区集装箱吞吐量连续三个月同比增长超过20%，现有堆场能力已接近饱和，扩容工作十分必要、十分紧迫。各部门要提高站位、密切配合，确保扩容项目年内开工。

二、会议议定事项
（一）完善堆场扩容方案。对初步方案中的堆存能力测算、功能分区和交通组织进一步细化，形成修改稿报集团审议。
责任单位：工程设备部（余德胜）
完成时限：4月10日前

（二）开展汛前安全检查。对城西港区现有堆场、护岸及排水设施开展一次全面检查，建立问题清单并限期整改。
责任单位：安全环保部
配合单位：生产调度中心
完成时限：节后第一个工作日

（三）测算运价调整方案。结合扩容后的运营成本，测算集装箱装卸及堆存费率调整方案。
责任单位：市场经营部（聂文斌牵头，财务部柯美玲配合）
完成时限：4月底前

（四）推进码头生产管理系统升级。与扩容项目同步考虑堆场管理模块改造。
责任单位：信息中心
完成时限：待定，视扩容方案确定后另行安排

三、会议要求
各部门要严格按照时间节点推进工作，遇有重大问题及时向集团分管领导报告。本纪要议定事项纳入集团督办，由综合办公室按周跟踪。

下次会议：4月9日（星期四）上午9:00，地点不变。

综合办公室
2026年4月2日

胡雪梅
综合办公室 | 九江港航物流集团有限公司
电话：0792-8106 2231"""

MID_6101 = None


@case(6101, "soe-special-minutes-units-gb2312", "minutes",
      "Formal SOE 专题会议纪要 from Outlook zh-CN (gb2312, base64, multipart/alternative, CRLF). Sent Thu 2026-04-02 "
      "17:42 +0800, two days before Qingming (04-04..04-06). Items are the four （一）–（四） under 会议议定事项, each with "
      "责任单位/完成时限 labels. （一）'工程设备部（余德胜）' = a person in brackets after the unit -> owner 余德胜; "
      "'4月10日前' -> 2026-04-10. （二）unit only (安全环保部) -> owner null, no_owner, department 安全环保部; 配合单位 "
      "生产调度中心 is support, not an owner; '节后第一个工作日' -> first working day after Qingming = Tue 2026-04-07. "
      "（三）'聂文斌牵头，财务部柯美玲配合' -> owner 聂文斌 (牵头), 柯美玲 is support; '4月底前' -> 2026-04-30. "
      "（四）unit only (信息中心) and '待定' -> no_owner + vague_due. 会议认为… (一) and 会议要求 (三) are a finding and a "
      "standing rule, not items; '年内开工' is not a deadline. 会议时间 (04-02 09:00) is this meeting; "
      "'下次会议：4月9日（星期四）上午9:00' -> next_followup 2026-04-09 09:00.",
      items=[I("余德胜", "完善堆场扩容方案，形成修改稿报集团审议", ("abs", "2026-04-10"), "2026-04-10"),
             I(None, "开展汛前安全检查，建立问题清单并限期整改", ("after_holiday", "Tomb-sweeping Day"), "2026-04-07",
               dept="安全环保部"),
             I("聂文斌", "测算集装箱装卸及堆存费率调整方案", ("month_end",), "2026-04-30"),
             I(None, "推进码头生产管理系统升级（堆场管理模块改造）", vague=True, dept="信息中心")],
      nxt=NF(("abs", "2026-04-09"), "2026-04-09", "09:00"))
def c6101():
    global MID_6101
    seed = "6101"
    sent = T("2026-04-02 17:42:18")
    frm = ("胡雪梅", email_of("胡雪梅"))
    to = people("张国栋", "余德胜", "熊国平", "聂文斌", "柯美玲", "欧阳明", "程立军")
    cc = people("陶建华", "詹晓峰") + [JJBOT]
    bold = {"九江港航物流集团有限公司", "专题会议纪要", "〔2026〕第12期", "二、会议议定事项", "三、会议要求"}
    html = mso_lines(_6101_TEXT, bold)
    up, fh = jj_outlook_hops(seed, sent, frm[1])
    raw = outlook(seed, sent, frm, to, cc, "城西港区堆场扩容专题会议纪要", _6101_TEXT, html, charset="gb2312",
                  upstream=up, from_host=fh)
    MID_6101 = re.search(rb"Message-ID: (<[^>]+>)", raw).group(1).decode()
    return raw


_6102_TEXT = """各位：

今天上午节后第一次生产调度例会，程主任主持，各作业公司、各部门参加。清明假期三天城西港区共完成装卸作业4.2万吨，未发生安全事故。会议对本周工作安排如下：

一是抓紧疏港。节日期间滞留的集装箱要加快疏运，由生产调度中心程立军牵头，本周五前将场存箱量降到3000标箱以下。
二是做好仓库盘点。仓储主管韦志远负责对2号、3号仓库开展一次全面盘点，5个工作日内报盘点结果。
三是落实防汛物资。安全环保部本月15日前完成防汛物资清点补充，并报送物资清单。
四是修复门机。城西港区3号门机变频器故障，工程设备部詹工尽快联系厂家修复。

会议强调，进入汛期后各作业点要严格执行24小时值班制度，遇有险情第一时间报告调度中心。

生产调度中心 邹海涛"""


@case(6102, "soe-yishi-ershi-coremail-plain", "minutes",
      "Plain, common SOE 例会 note from Coremail webmail (UTF-8 base64, text+HTML). Sent Tue 2026-04-07 11:26 +0800, the "
      "first working day after Qingming. Items are the 一是…二是…三是…四是… sentences. 一是: '由生产调度中心程立军牵头' -> "
      "owner 程立军; '本周五前' -> Fri 2026-04-10. 二是: owner written with his title '仓储主管韦志远' -> 韦志远; "
      "'5个工作日内' counted from Wed 04-08: 04-08, 04-09, 04-10, 04-13, 04-14 -> 2026-04-14. 三是: unit only "
      "(安全环保部) -> no_owner, department 安全环保部; '本月15日前' -> 2026-04-15. 四是: '工程设备部詹工' -> 詹晓峰 "
      "(alias 詹工); '尽快' -> vague_due. The report of the holiday (4.2万吨) and '会议强调…24小时值班制度' are facts and a "
      "standing rule. No next meeting is given -> null.",
      items=[I("程立军", "加快疏运节日滞留集装箱，场存箱量降到3000标箱以下", ("weekday", 4), "2026-04-10"),
             I("韦志远", "对2号、3号仓库开展全面盘点并报盘点结果", ("workdays", 5), "2026-04-14"),
             I(None, "完成防汛物资清点补充并报送物资清单", ("abs", "2026-04-15"), "2026-04-15", dept="安全环保部"),
             I("詹晓峰", "联系厂家修复城西港区3号门机变频器", vague=True)])
def c6102():
    seed = "6102"
    sent = T("2026-04-07 11:26:40")
    frm = ("邹海涛", email_of("邹海涛"))
    to = [("生产调度中心全体", "ddzx@" + JJ), ("程立军", email_of("程立军")), ("韦志远", email_of("韦志远")),
          ("熊国平", email_of("熊国平")), ("余德胜", email_of("余德胜")), ("詹晓峰", email_of("詹晓峰"))]
    cc = [JJBOT]
    html = coremail_html(div_lines(_6102_TEXT))
    return coremail(seed, sent, frm, to, cc, "4月7日生产调度例会纪要", _6102_TEXT, html, ip="10.16.3.72")


_6103_NEW = """各位：

今天上午9:00召开了扩容项目第二次推进会，张总主持。工程设备部汇报了方案修改稿，会议原则同意修改方向，个别问题需进一步完善。本次会议事项如下：

1. 余部长根据会议意见对方案修改稿再做一轮完善，重点补充堆场排水和消防通道设计，下周三前报综合办公室。
2. 詹工负责委托地勘单位补充地质勘察，4月20日前拿到地勘报告。
3. 柯部长牵头做好项目资金测算，本月底前提交。
4. 安全环保部汛前检查问题清单已于4月7日报送，已完成。

下周四同一时间再碰一次，地点不变。

胡雪梅
综合办公室"""


@case(6103, "soe-new-minutes-as-reply-in-thread", "minutes",
      "New minutes sent as an Outlook '答复:' in the thread of 6101 (In-Reply-To/References = 6101's Message-ID), UTF-8 "
      "quoted-printable, text+HTML, with the whole of 6101 quoted below an Outlook 发件人/发送时间/收件人/抄送/主题 block. "
      "Sent Thu 2026-04-09 16:05 +0800. Only the new part counts: 1. '余部长' -> 余德胜, '下周三前' -> Wed of next week "
      "2026-04-15; 2. '詹工' -> 詹晓峰, '4月20日前' -> 2026-04-20; 3. '柯部长牵头' -> 柯美玲, '本月底前' -> 2026-04-30; "
      "4. '…已于4月7日报送，已完成' is a done report, not an item. The quoted old minutes (items （一）–（四）, "
      "'下次会议：4月9日') are not items and not the follow-up. Next meeting: '下周四同一时间再碰一次' with this meeting "
      "'今天上午9:00' -> Thu 2026-04-16 09:00.",
      items=[I("余德胜", "完善方案修改稿，补充堆场排水和消防通道设计，报综合办公室", ("nextweek", 2), "2026-04-15"),
             I("詹晓峰", "委托地勘单位补充地质勘察，拿到地勘报告", ("abs", "2026-04-20"), "2026-04-20"),
             I("柯美玲", "项目资金测算", ("month_end",), "2026-04-30")],
      nxt=NF(("nextweek", 3), "2026-04-16", "09:00"))
def c6103():
    seed = "6103"
    sent = T("2026-04-09 16:05:33")
    frm = ("胡雪梅", email_of("胡雪梅"))
    to = people("张国栋", "余德胜", "熊国平", "聂文斌", "柯美玲", "欧阳明", "程立军")
    cc = people("陶建华", "詹晓峰") + [JJBOT]
    qhdr = ["发件人: 胡雪梅 <%s>" % frm[1], "发送时间: 2026年4月2日 17:42",
            "收件人: 张国栋 <%s>; 余德胜 <%s>; 熊国平 <%s>; 聂文斌 <%s>; 柯美玲 <%s>; 欧阳明 <%s>; 程立军 <%s>" % tuple(
                email_of(n) for n in ["张国栋", "余德胜", "熊国平", "聂文斌", "柯美玲", "欧阳明", "程立军"]),
            "抄送: 陶建华 <%s>; 詹晓峰 <%s>; 纪要助手 <%s>" % (email_of("陶建华"), email_of("詹晓峰"), JJBOT[1]),
            "主题: 城西港区堆场扩容专题会议纪要"]
    plain = _6103_NEW + "\n\n" + "\n".join(qhdr) + "\n\n" + _6101_TEXT
    html = (mso_lines(_6103_NEW) + "\n" + mso_p("") +
            '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n' +
            "\n".join('<p class="MsoNormal" align="left" style="text-align:left"><b>%s</b>%s<o:p></o:p></p>' % (
                esc(l.split(" ", 1)[0]), esc(" " + l.split(" ", 1)[1])) for l in qhdr) +
            "\n</div>\n" + mso_p("") + "\n" + mso_lines(_6101_TEXT))
    up, fh = jj_outlook_hops(seed, sent, frm[1])
    return outlook(seed, sent, frm, to, cc, "答复: 城西港区堆场扩容专题会议纪要", plain, html, charset="utf-8",
                   cte="quoted-printable", reply_to_mid=MID_6101, thread_topic="城西港区堆场扩容专题会议纪要",
                   upstream=up, from_host=fh)


_6104_ROWS = [
    ["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型（客户/供应商/合作方）", "核心需求/反馈", "解决方案/进展",
     "下次沟通时间", "负责人"],
    ["EC2026-05-06", "2026-05-06", "瑞昌华峰水泥/吕经理", "市场经营部/甘露", "客户",
     "6月起每月熟料水运量由5万吨增至7万吨，希望锁定全年装卸价格",
     "①生产调度中心韦志远评估城西港区泊位及堆场能力（5月8日前）②5月9日向客户反馈评估结果及报价", "2026-05-11", "甘露"],
]


@case(6104, "soe-external-followup-table-outlook", "minutes",
      "Seed 外部沟通跟进表 (customer row) as an HTML table in Outlook zh-CN (UTF-8 quoted-printable; the text part has the "
      "table tab-separated). Sent Wed 2026-05-06 18:12 +0800, the first working day after Labour Day (05-01..05-05). "
      "① names '生产调度中心韦志远' inline -> owner 韦志远, '（5月8日前）' -> 2026-05-08. ② names no person, so the row's "
      "负责人 甘露 owns it; '5月9日向客户反馈' -> 2026-05-09 (Saturday, a Labour Day make-up working day). 下次沟通时间 "
      "2026-05-11, no time. '6月起…7万吨' and '锁定全年装卸价格' are the customer's request, not tasks; the closing "
      "'韦主管评估时请把汛期停航的影响一并考虑进去' qualifies item ① and is not a separate item.",
      items=[I("韦志远", "评估城西港区泊位及堆场能力", ("abs", "2026-05-08"), "2026-05-08"),
             I("甘露", "向客户反馈评估结果及报价", ("abs", "2026-05-09"), "2026-05-09")],
      nxt=NF(("abs", "2026-05-11"), "2026-05-11"))
def c6104():
    seed = "6104"
    sent = T("2026-05-06 18:12:40")
    frm = ("甘露", email_of("甘露"))
    to = people("聂文斌", "程立军", "韦志远")
    cc = [JJBOT]
    head = "聂部长、程主任：\n\n今天下午和瑞昌华峰水泥吕经理电话沟通了熟料水运需求，跟进表如下：\n\n外部沟通跟进表"
    tailtxt = "韦主管评估时请把汛期停航的影响一并考虑进去。\n\n甘露\n市场经营部\n九江港航物流集团有限公司"
    plain = head + "\n" + tsv(_6104_ROWS) + "\n\n" + tailtxt
    td = 'style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"'
    table = html_table(_6104_ROWS, style="border-collapse:collapse;border:none", td=td).replace(
        "<table ", '<table class="MsoTableGrid" ')
    html = mso_lines(head, {"外部沟通跟进表"}) + "\n" + table + "\n" + mso_p("") + "\n" + mso_lines(tailtxt)
    up, fh = jj_outlook_hops(seed, sent, frm[1])
    return outlook(seed, sent, frm, to, cc, "华峰水泥熟料水运需求对接纪要（EC2026-05-06）", plain, html, charset="utf-8",
                   cte="quoted-printable", upstream=up, from_host=fh)


def rfc2231(param, value, charset="UTF-8", codec=None, width=58):
    """param*0*=charset''..; param*1*=.. split on whole characters (RFC 2231)."""
    codec = codec or charset.lower()
    import urllib.parse
    segs, cur = [], ""
    for ch in value:
        e = urllib.parse.quote(ch.encode(codec), safe="")
        if cur and len(cur) + len(e) > width:
            segs.append(cur)
            cur = e
        else:
            cur += e
    segs.append(cur)
    if len(segs) == 1:
        return "%s*=%s''%s" % (param, charset, segs[0])
    return ";\n\t".join("%s*%d*=%s%s" % (param, i, (charset + "''") if i == 0 else "", s) for i, s in enumerate(segs))


def attachment(data, ctype, filename, charset="UTF-8", codec=None):
    """Attachment leaf with RFC 2231 names (encoded words inside quoted parameters are a defect for email.policy)."""
    if is_ascii(filename):
        ct = '%s;\n\tname="%s"' % (ctype, filename)
        disp = 'Content-Disposition: attachment;\n\tfilename="%s"' % filename
    else:
        ct = "%s;\n\t%s" % (ctype, rfc2231("name", filename, charset, codec))
        disp = "Content-Disposition: attachment;\n\t%s" % rfc2231("filename", filename, charset, codec)
    return binary(data, ct, disp)


def fixed_zip(zbytes, when):
    """Rewrite a zip with fixed timestamps and sorted-as-written order so the bytes do not depend on the clock."""
    src = zipfile.ZipFile(io.BytesIO(zbytes))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def make_docx(build, author, when):
    """build(doc) fills a python-docx Document; core properties and zip timestamps are fixed."""
    import docx
    d = docx.Document()
    build(d)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(*when)
    cp.modified = dt.datetime(*when)
    cp.revision = 3
    cp.title = ""
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue(), when)


def make_pdf(lines, title, author):
    """A text PDF (reportlab, STSong-Light CID font, invariant=1). lines: list of (text, size, bold?)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("Microsoft Word 2016")
    w, hgt = A4
    y = hgt - 72
    for txt, size, center in lines:
        c.setFont("STSong-Light", size)
        maxc = int((w - 144) // size)
        chunks = [txt[i:i + maxc] for i in range(0, len(txt), maxc)] or [""]
        for ch in chunks:
            if y < 72:
                c.showPage()
                y = hgt - 72
                c.setFont("STSong-Light", size)
            if center:
                c.drawCentredString(w / 2, y, ch)
            else:
                c.drawString(72, y, ch)
            y -= size * 1.6
    c.save()
    return buf.getvalue()


_6105_ORIG = """总经理办公会会议纪要
（2026年第8次）

4月24日下午，集团总经理办公会研究部署“五一”假期安全生产和值班工作。纪要如下：

一、假期安排。按照国务院办公厅通知，5月1日至5日放假调休，共5天；5月9日（星期六）上班。各部门要提前做好工作衔接。

二、工作部署
1. 综合办公室（胡雪梅）：4月29日前汇总报送各部门假期值班表。
2. 安全环保部：熊国平牵头组织节前安全大检查，4月30日前完成，检查情况书面报集团。
3. 生产调度中心：程立军负责假期生产组织，节后第一个工作日报送假期生产情况。
4. 财务部：4月29日前完成4月份资金预拨。
5. 假期集团领导带班：张总牵头，4月30日前排定领导带班表并通知各单位。

三、节后第一个工作日（5月6日）上午9:30召开生产经营分析会，各部门主要负责人参加。

综合办公室
2026年4月24日"""

_6105_PREFACE = """调度中心各位：

转发集团总经理办公会纪要，请对照落实。韦志远，你那边假期仓库值班排班表明天中午前发我；邹海涛负责把调度值班电话更新到群里。

程立军"""


@case(6105, "soe-forwarded-minutes-preface-labour-day", "minutes",
      "Coremail webmail forward ('转发：') of the 总经理办公会 minutes, with the bot added on the forward. Sent Mon "
      "2026-04-27 08:51 +0800; the original (24 Apr) sits below Coremail's '-----原始邮件-----' header block and is the "
      "content to record. The forwarder's preface asks 韦志远 for a roster '明天中午前' and 邹海涛 to update a phone list: "
      "a forwarder's preface is not minutes -> not items. Items under 二、工作部署: 1. '综合办公室（胡雪梅）' -> 胡雪梅, "
      "2026-04-29; 2. '熊国平牵头' -> 熊国平, 2026-04-30; 3. 程立军, '节后第一个工作日' -> Labour Day block 05-01..05-05, "
      "first working day Wed 2026-05-06; 4. unit only 财务部 -> no_owner, 2026-04-29; 5. '张总牵头' = 张国栋 (alias 张总), 2026-04-30. 一、'5月9日（星期六）上班' is the "
      "holiday rule (a fact), not an item. 三、'节后第一个工作日（5月6日）上午9:30召开生产经营分析会' is the next meeting "
      "-> 2026-05-06 09:30. Relative phrases resolve against the forward's Date header (none of them differs from the "
      "original's here).",
      items=[I("胡雪梅", "汇总报送各部门假期值班表", ("abs", "2026-04-29"), "2026-04-29"),
             I("熊国平", "组织节前安全大检查，检查情况书面报集团", ("abs", "2026-04-30"), "2026-04-30"),
             I("程立军", "做好假期生产组织，报送假期生产情况", ("after_holiday", "Labour Day"), "2026-05-06"),
             I(None, "完成4月份资金预拨", ("abs", "2026-04-29"), "2026-04-29", dept="财务部"),
             I("张国栋", "排定假期领导带班表并通知各单位", ("abs", "2026-04-30"), "2026-04-30")],
      nxt=NF(("after_holiday", "Labour Day"), "2026-05-06", "09:30"))
def c6105():
    seed = "6105"
    sent = T("2026-04-27 08:51:09")
    frm = ("程立军", email_of("程立军"))
    to = [("生产调度中心全体", "ddzx@" + JJ), ("韦志远", email_of("韦志远")), ("邹海涛", email_of("邹海涛"))]
    cc = [JJBOT]
    qh = ['-----原始邮件-----',
          '发件人:"胡雪梅" <%s>' % email_of("胡雪梅"),
          '发送时间:2026-04-24 17:20:06 (星期五)',
          '收件人:"各部门负责人" <bmfzr@%s>' % JJ,
          '抄送:"张国栋" <%s>, "陶建华" <%s>' % (email_of("张国栋"), email_of("陶建华")),
          '主题:关于做好2026年“五一”假期有关工作的会议纪要']
    plain = _6105_PREFACE + "\n\n\n" + "\n".join(qh) + "\n\n" + _6105_ORIG
    html = coremail_html(div_lines(_6105_PREFACE) + "<div><br></div><div><br></div>" +
                         '<div style="position:relative;zoom:1">' + "<br>".join(esc(x) for x in qh) + "</div>" +
                         '<blockquote id="ntes-pcmail-quote" style="margin:0;padding:0;font-size:14px;">' +
                         div_lines(_6105_ORIG) + "</blockquote>")
    return coremail(seed, sent, frm, to, cc, "转发：关于做好2026年“五一”假期有关工作的会议纪要", plain, html,
                    ip="10.16.2.31")


_6106_ROWS = [
    ["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间", "计划完成时间",
     "实际完成时间", "进展情况（进行中/已完成/延期）", "风险点及应对措施"],
    ["1", "堆场扩容方案修改稿", "工程设备部", "综合办公室", "余德胜", "胡雪梅", "2026-04-02", "2026-04-15", "2026-04-15",
     "已完成", "-"],
    ["2", "地质勘察补充报告", "工程设备部", "安全环保部", "詹晓峰", "汪琳", "2026-04-10", "2026-05-22", "-",
     "进行中（已完成60%）", "汛期雨水多，钻探进度受影响，已要求地勘单位增加班组"],
    ["3", "扩容项目资金测算", "财务部", "市场经营部", "柯美玲", "甘露", "2026-04-10", "2026-05-29", "-",
     "延期（原计划4月30日，等运价方案）", "运价方案5月20日前定稿后即可完成"],
    ["4", "堆场管理模块改造需求", "信息中心", "生产调度中心", "欧阳明", "邹海涛", "待定", "待定", "-", "未开始",
     "待扩容方案批复后启动"],
    ["5", "运价调整方案", "市场经营部", "财务部", "聂文斌", "柯美玲", "2026-04-02", "2026-05-20", "-",
     "进行中（已完成80%）", "需报集团价格领导小组审定"],
]


@case(6106, "soe-collab-tracking-table-coremail", "minutes",
      "Seed 跨部门协作事项跟踪表 as an HTML table in Coremail webmail (UTF-8 base64; the text part has the rows "
      "tab-separated). Sent Fri 2026-05-15 16:48 +0800. Row 1 is 已完成 with an 实际完成时间 -> status, not an item. Each "
      "open row is an item owned by 责任人（发起方）; 责任人（协作方） is the supporting party (配合) and is never an owner "
      "(AMBIGUOUS in principle, but the seed's 发起方/协作方 split is exactly 牵头/配合). Due = 计划完成时间: row 2 "
      "2026-05-22; row 3 is 延期 with the revised plan date 2026-05-29 in the cell (the '原计划4月30日' in 进展情况 is "
      "history); row 4 '待定' -> vague_due; row 5 2026-05-20. The 风险点 column (e.g. '运价方案5月20日前定稿') is remarks, "
      "not items; percentages are progress. No next meeting -> null.",
      items=[I("詹晓峰", "地质勘察补充报告", ("abs", "2026-05-22"), "2026-05-22"),
             I("柯美玲", "扩容项目资金测算", ("abs", "2026-05-29"), "2026-05-29"),
             I("欧阳明", "堆场管理模块改造需求", vague=True),
             I("聂文斌", "运价调整方案", ("abs", "2026-05-20"), "2026-05-20")])
def c6106():
    seed = "6106"
    sent = T("2026-05-15 16:48:02")
    frm = ("胡雪梅", email_of("胡雪梅"))
    to = people("余德胜", "詹晓峰", "柯美玲", "欧阳明", "聂文斌", "汪琳", "甘露", "邹海涛")
    cc = people("张国栋", "陶建华") + [JJBOT]
    head = "各位：\n\n城西港区扩容项目本周（第6周）跨部门协作事项跟踪情况如下，请各责任人按计划推进，延期事项请说明原因。"
    tl = "综合办公室 胡雪梅\n电话：0792-8106 2231"
    plain = head + "\n\n跨部门协作事项跟踪表\n" + tsv(_6106_ROWS) + "\n\n" + tl
    td = 'style="border:1px solid #000000;padding:2px 4px;font-size:12px"'
    html = coremail_html(div_lines(head) + "<div><br></div><div><b>跨部门协作事项跟踪表</b></div>" +
                         html_table(_6106_ROWS, style="border-collapse:collapse;width:100%", td=td) +
                         "<div><br></div>" + div_lines(tl))
    return coremail(seed, sent, frm, to, cc, "城西港区扩容项目跨部门协作事项跟踪表（第6周）", plain, html,
                    ip="10.16.7.45")


_6107_PDF = [
    ("九江港航物流集团有限公司", 16, True),
    ("安全生产委员会会议纪要", 16, True),
    ("（2026年第5期）", 12, True),
    ("", 12, False),
    ("会议时间：2026年5月19日下午3:00", 12, False),
    ("会议地点：集团本部三楼第一会议室", 12, False),
    ("主持人：张国栋    记录：汪琳", 12, False),
    ("参会人员：熊国平、程立军、余德胜、韦志远、詹晓峰、柯美玲、胡雪梅", 12, False),
    ("", 12, False),
    ("5月19日下午，集团安全生产委员会召开2026年第5次会议。现纪要如下：", 12, False),
    ("一、会议听取了安全环保部关于1-4月安全生产情况的汇报。1-4月集团未发生一般及以上生产安全事故，隐患整改率98.6%。", 12, False),
    ("二、会议议定事项", 12, False),
    ("（一）安全环保部熊国平负责组织防汛应急演练，6月5日前完成，演练方案提前报集团审定。", 12, False),
    ("（二）仓储主管韦志远负责对各仓库消防设施开展专项排查，5月29日前完成整改闭环。", 12, False),
    ("（三）工程设备部负责完成城西港区门机年度检验，6月底前取得检验合格证。", 12, False),
    ("（四）各部门要认真落实安全生产责任制，严禁违章指挥、违章作业、违反劳动纪律。", 12, False),
    ("三、下次会议：6月17日（星期三）下午3:00", 12, False),
    ("", 12, False),
    ("九江港航物流集团有限公司安全生产委员会办公室", 12, False),
    ("2026年5月20日", 12, False),
]


@case(6107, "soe-pdf-attachment-foxmail-gbk", "minutes",
      "Foxmail 7.2 (GBK, base64 text + QP HTML) with a short body and the minutes as a PDF attachment (text PDF, RFC 2231 "
      "GBK file name). Sent Wed 2026-05-20 10:15 +0800. The body only says the minutes are attached; the gold is what "
      "a human reading the PDF records. 二、会议议定事项: （一）'安全环保部熊国平负责' -> 熊国平, '6月5日前' -> "
      "2026-06-05 (the '演练方案提前报集团审定' is part of the same task, no own date); （二）'仓储主管韦志远' -> 韦志远, "
      "2026-05-29; （三）unit only 工程设备部 -> no_owner, '6月底前' -> 2026-06-30; （四）is a standing rule. 一、is a report "
      "(汇报, 98.6%). '三、下次会议：6月17日（星期三）下午3:00' -> 2026-06-17 15:00. The body line '纸质版已盖章另行下发' "
      "is not an item.",
      items=[I("熊国平", "组织防汛应急演练（演练方案提前报集团审定）", ("abs", "2026-06-05"), "2026-06-05"),
             I("韦志远", "对各仓库消防设施开展专项排查并完成整改闭环", ("abs", "2026-05-29"), "2026-05-29"),
             I(None, "完成城西港区门机年度检验，取得检验合格证", ("month_end", 6), "2026-06-30", dept="工程设备部")],
      nxt=NF(("abs", "2026-06-17"), "2026-06-17", "15:00"),
      attach={"安委会会议纪要（2026年第5期）.pdf": ["韦志远", "6月5日前", "下次会议"]})
def c6107():
    seed = "6107"
    sent = T("2026-05-20 10:15:47")
    frm = ("汪琳", email_of("汪琳"))
    to = [("各部门负责人", "bmfzr@" + JJ)] + people("熊国平", "韦志远", "余德胜")
    cc = people("张国栋") + [JJBOT]
    plain = ("各位领导、各部门：\r\n\r\n附件是5月19日安委会会议纪要（PDF），请查收并按要求落实。纸质版已盖章另行下发。\r\n\r\n"
             "\r\n\r\n汪琳\r\n安全环保部")
    inner = ("<div><span>各位领导、各部门：</span></div><div><br></div><div>附件是5月19日安委会会议纪要（PDF），请查收并按要求落实。"
             "纸质版已盖章另行下发。</div>")
    html = foxmail_html(inner, ["汪琳", "安全环保部"])
    pdf = make_pdf(_6107_PDF, "安全生产委员会会议纪要（2026年第5期）", "汪琳")
    att = attachment(pdf, "application/pdf", "安委会会议纪要（2026年第5期）.pdf", "GBK", "gbk")
    return foxmail(seed, sent, frm, to, cc, "5月份安全生产委员会会议纪要", plain, html, attachments=[att])


_6108_TEXT = """各位：

下午和华峰水泥的线上洽谈开了腾讯会议的AI纪要，我核对过了，待办部分没问题，请大家按此落实。

聂文斌

——————————————————
腾讯会议 · 智能纪要
会议主题：华峰水泥2026年下半年物流合作洽谈
会议时间：2026/06/16 14:00-15:10
参会人：聂文斌、甘露、程立军、柯美玲、吕建新

全文摘要
本次会议双方就2026年下半年熟料水运合作进行了洽谈。华峰水泥吕建新表示下半年月均运量预计7万吨，希望锁定装卸费率；聂文斌表示可在现行费率基础上给予阶梯优惠。双方初步同意7月1日起执行新费率，甘露将在端午前把合同草稿发给对方，程立军负责6月底前排定7月首批船期。

章节速览
00:00:35 合作背景与运量预测
吕建新介绍了华峰水泥下半年生产计划，预计7-12月熟料外运总量约42万吨，其中水运占比提高到八成。
00:18:10 装卸费率与结算方式
柯美玲介绍了现行结算方式，双方同意结算账期待内部确认后再定。
00:41:52 船期安排
程立军表示7月首批船期可在6月底前排定，汛期如遇停航将提前两天通知客户。

待办事项
· 甘露：整理合同草稿发华峰水泥审阅，截止时间 6月18日
· 程立军：安排7月首批熟料船期，截止时间 6月30日
· 吕建新：提供下半年分月运量计划，截止时间 6月24日
· 柯美玲：确认结算账期方案

以上内容由腾讯会议AI小助手生成，仅供参考"""


@case(6108, "soe-tencent-meeting-ai-minutes", "minutes",
      "腾讯会议 智能纪要 pasted into an Outlook zh-CN mail (UTF-8 base64, text+HTML) by the host 聂文斌, with a one-line "
      "preface. Sent Tue 2026-06-16 17:30 +0800. Only the 待办事项 section counts; the 全文摘要 and 章节速览 restate the "
      "same tasks ('甘露将在端午前…', '程立军负责6月底前…') and add facts (42万吨, 八成, '提前两天通知') -> not items. "
      "待办: 甘露 2026-06-18; 程立军 2026-06-30; 吕建新 (customer, roster outsider, department null) 2026-06-24; 柯美玲 "
      "has no deadline -> no_due. '7月1日起执行新费率' is a decision. No next meeting -> null.",
      items=[I("甘露", "整理合同草稿发华峰水泥审阅", ("abs", "2026-06-18"), "2026-06-18"),
             I("程立军", "安排7月首批熟料船期", ("abs", "2026-06-30"), "2026-06-30"),
             I("吕建新", "提供下半年分月运量计划", ("abs", "2026-06-24"), "2026-06-24"),
             I("柯美玲", "确认结算账期方案")])
def c6108():
    seed = "6108"
    sent = T("2026-06-16 17:30:05")
    frm = ("聂文斌", email_of("聂文斌"))
    to = people("甘露", "程立军", "柯美玲") + [("吕建新", email_of("吕建新"))]
    cc = [JJBOT]
    html = mso_lines(_6108_TEXT, {"腾讯会议 · 智能纪要", "全文摘要", "章节速览", "待办事项"})
    up, fh = jj_outlook_hops(seed, sent, frm[1])
    return outlook(seed, sent, frm, to, cc, "华峰水泥下半年物流合作洽谈纪要（腾讯会议AI纪要）", _6108_TEXT, html,
                   charset="utf-8", upstream=up, from_host=fh)


# ============================== 宜昌峡江阿尔彭水电设备 (Sino-Austrian JV) ==============================
EXO_EXTRA = ["X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "]


def xj_outlook(seed, sent, frm, to, cc, subject, plain, html_inner, **kw):
    up, fh = exo_hops(seed, sent)
    kw.setdefault("extra", [])
    return outlook(seed, sent, frm, to, cc, subject, plain, html_inner, upstream=up, from_host=fh, **kw)


_6109_TEXT = """Hi all,

Thanks for joining today's design review. Summary and actions below.

Project: Xikou 2x35 MW retrofit (XJ-PRJ-2611)
Attendees: Wang Zhendong, Wang Lixin, Cathy Qin, Helen Xiang, Mike Li, Anna Gruber

Decisions
- Blade profile B2 is frozen; no further changes without a formal ECR.
- Model test results from Linz are accepted as the design basis.

Action items

1. Update the runner blade CFD report with the B2 profile
   Owner: Anna Gruber
   Due: Apr 17

2. Finalise the blade machining drawings (rev. C)
   Owner: Wang Lixin
   Due: by Friday

3. Define the NDT acceptance criteria for the blade welds
   Owner: Cathy
   Due: Apr 24

4. Check the shop crane capacity for the runner turnover
   Owner: TBD
   Due: ASAP

5. Send the revised manufacturing schedule to the client
   Owner: Helen
   Due: 28 April

Next sync: Tue Apr 21, 10:00 CEST (16:00 Beijing), Teams link as before.

Best regards,
Anna

Anna Gruber
Senior Hydraulic Engineer | Engineering
Yichang Xiajiang-Alpen Hydro Equipment Co., Ltd."""


@case(6109, "jv-english-owner-due-blocks-outlook", "minutes",
      "Plain, common English minutes from Outlook (en-us, us-ascii 7bit text + QP HTML) at the Sino-Austrian JV, with "
      "'Action items' written as Owner:/Due: blocks. Sent Tue 2026-04-14 16:32 +0800. 1. Anna Gruber, 'Apr 17' -> "
      "2026-04-17. 2. 'Wang Lixin' (roster alias of 王立新), 'by Friday' -> this week's Friday 2026-04-17. 3. 'Cathy' = "
      "覃春燕 (alias), 'Apr 24' -> 2026-04-24. 4. 'Owner: TBD' + 'ASAP' -> no_owner + vague_due, department null. "
      "5. 'Helen' = 向红, '28 April' -> 2026-04-28. Decisions are not items. 'Next sync: Tue Apr 21, 10:00 CEST (16:00 "
      "Beijing)' -> 2026-04-21 16:00 Asia/Shanghai (CEST = UTC+2).",
      items=[I("Anna Gruber", "Update the runner blade CFD report with the B2 profile", ("abs", "2026-04-17"), "2026-04-17"),
             I("王立新", "Finalise the blade machining drawings (rev. C)", ("weekday", 4), "2026-04-17"),
             I("覃春燕", "Define the NDT acceptance criteria for the blade welds", ("abs", "2026-04-24"), "2026-04-24"),
             I(None, "Check the shop crane capacity for the runner turnover", vague=True),
             I("向红", "Send the revised manufacturing schedule to the client", ("abs", "2026-04-28"), "2026-04-28")],
      nxt=NF(("abs", "2026-04-21"), "2026-04-21", "16:00"))
def c6109():
    seed = "6109"
    sent = T("2026-04-14 16:32:10")
    frm = ("Anna Gruber", email_of("Anna Gruber"))
    disp = {"王振东": "Wang Zhendong", "王立新": "Wang Lixin", "覃春燕": "Cathy Qin", "向红": "Helen Xiang",
            "李晓勇": "Mike Li", "Stefan Huber": "Stefan Huber"}
    to = people("王振东", "王立新", "覃春燕", "向红", "李晓勇", display=disp)
    cc = people("Stefan Huber") + [XJBOT]
    html = mso_lines(_6109_TEXT, {"Decisions", "Action items"})
    return xj_outlook(seed, sent, frm, to, cc, "Minutes - Runner design review #3 (XJ-PRJ-2611)", _6109_TEXT, html,
                      charset="us-ascii", cte="7bit", html_cte="quoted-printable", lang="en-US", html_lang="EN-US",
                      font="Aptos", extra=EXO_EXTRA)


_6110_TEXT = """Dear colleagues,

Please find below the minutes of today's kick-off call on the governor upgrade for Units 3-4.

Participants: Stefan Huber, Wang Zhendong, Yvonne Zheng (XJA); Julia Berger, Markus Steiner (Alpenwerk)

1. Scope
The PLC hardware will be supplied from Linz; cabinet assembly and wiring will be done in Yichang. Agreed.

2. Interfaces
Julia explained the new hydraulic power unit (HPU) layout. XJA to check the clearance in the existing pit.

Action points
AP1 - Julia Berger: send the updated governor specification (rev. 2) - by 8 May
AP2 - Wang Zhendong: confirm the shop test slot for the HPU - by Wednesday
AP3 - Yvonne Zheng: get quotes for local cabinet fabrication - by 7 May
AP4 - XJA engineering: check the clearance in the existing pit - date TBD
AP5 - Stefan Huber: align with the plant owner on the outage window - ASAP

We are aware of the Labour Day holidays in China from 1 to 5 May; the dates above take this into account.

Next call: Thursday, 14 May, 09:00 CEST / 15:00 Beijing time.

Kind regards
Markus Steiner
Project Manager | Alpenwerk Hydro GmbH
Industriezeile 12, 4020 Linz, Austria"""


@case(6110, "jv-partner-minutes-austria-cest", "minutes",
      "Minutes written by the Austrian partner (Alpenwerk, Outlook en via its own Exchange Online tenant, Date "
      "+0200, UTF-8 QP). Sent Thu 2026-04-30 11:20 +0200 = 17:20 Asia/Shanghai, the same calendar day. AP1 Julia Berger "
      "(roster outsider, department null) 'by 8 May' -> 2026-05-08. AP2 'Wang Zhendong' = 王振东, 'by Wednesday': this "
      "week's Wednesday (04-29) is past -> next week's 2026-05-06 (first working day after Labour Day). AP3 'Yvonne "
      "Zheng' = 郑雅, 'by 7 May' -> 2026-05-07. AP4 'XJA engineering' is a department (the JV's 技术部), no person -> "
      "no_owner, department 技术部, 'date TBD' -> vague_due. AP5 Stefan Huber 'ASAP' -> vague_due. Scope/agreements are "
      "decisions. 'Next call: Thursday, 14 May, 09:00 CEST / 15:00 Beijing time' -> 2026-05-14 15:00.",
      items=[I("Julia Berger", "send the updated governor specification (rev. 2)", ("abs", "2026-05-08"), "2026-05-08"),
             I("王振东", "confirm the shop test slot for the HPU", ("weekday", 2), "2026-05-06"),
             I("郑雅", "get quotes for local cabinet fabrication", ("abs", "2026-05-07"), "2026-05-07"),
             I(None, "check the clearance in the existing pit", vague=True, dept="技术部"),
             I("Stefan Huber", "align with the plant owner on the outage window", vague=True)],
      nxt=NF(("abs", "2026-05-14"), "2026-05-14", "15:00"))
def c6110():
    seed = "6110"
    sent = T("2026-04-30 11:20:44", "+02:00")
    frm = ("Markus Steiner", email_of("Markus Steiner"))
    to = people("王振东", "Stefan Huber", "郑雅", display={"王振东": "Wang Zhendong", "郑雅": "Yvonne Zheng"})
    cc = people("Julia Berger") + [XJBOT]
    html = mso_lines(_6110_TEXT, {"Action points", "1. Scope", "2. Interfaces"})
    up, fh = exo_hops(seed, sent, tenant="eurprd04", pfx="AS8PR04MB")
    fh = fh.replace("tyzapc01on21", "eur05on21").replace("40.107.", "40.107.1")
    return outlook(seed, sent, frm, to, cc, "Governor upgrade Units 3-4 - kick-off call minutes", _6110_TEXT, html,
                   charset="utf-8", cte="quoted-printable", lang="en-US", html_lang="DE-AT", font="Calibri",
                   upstream=up, from_host=fh, extra=EXO_EXTRA)


_6111_TEXT = """质量周会纪要 2026-05-07

参会：覃经理、田野、彭浩、李经理、Anna

## 上周遗留
- [x] @田野 关闭NCR-0412（转轮叶片气孔）
- [x] @彭浩 催供应商补发轴承检验报告

## 本周待办
- [ ] @田野 完成2号机组导叶复检，周五前出报告
- [ ] @彭浩 跟进推力轴承供应商交期，5/13前给确切到货日期
- [ ] @覃春燕 审核焊接工艺评定报告（WPQR-26-07），2个工作日内
- [ ] @李晓勇 下周一前确认转轮翻身作业吊装方案
- [ ] @Anna 与林茨确认叶片材料证书格式，时间待定

下次周会：5月14日（周四）10:00，小会议室

--
田野 | 质量部
宜昌峡江阿尔彭水电设备有限公司"""


@case(6111, "jv-markdown-checkboxes-thunderbird-8bit", "minutes",
      "Thunderbird plain text (UTF-8, 8bit, format=flowed) written in Markdown with '- [ ] @name' checkboxes. Sent Thu "
      "2026-05-07 17:05 +0800. The two '- [x]' lines under 上周遗留 are done -> not items. Open boxes: @田野 '周五前' -> "
      "2026-05-08; @彭浩 '5/13前' -> 2026-05-13; @覃春燕 '2个工作日内' counted from Fri 05-08: 05-08 (1), Sat 05-09 is a "
      "Labour Day make-up working day (2) -> 2026-05-09; @李晓勇 '下周一前' -> 2026-05-11; @Anna = Anna Gruber (alias), "
      "'时间待定' -> vague_due. Task text leaves out the ticket key (WPQR-26-07). '下次周会：5月14日（周四）10:00' -> "
      "2026-05-14 10:00. The '-- ' signature is not content.",
      items=[I("田野", "完成2号机组导叶复检并出报告", ("weekday", 4), "2026-05-08"),
             I("彭浩", "跟进推力轴承供应商交期，给确切到货日期", ("abs", "2026-05-13"), "2026-05-13"),
             I("覃春燕", "审核焊接工艺评定报告", ("workdays", 2), "2026-05-09"),
             I("李晓勇", "确认转轮翻身作业吊装方案", ("nextweek", 0), "2026-05-11"),
             I("Anna Gruber", "与林茨确认叶片材料证书格式", vague=True)],
      nxt=NF(("abs", "2026-05-14"), "2026-05-14", "10:00"))
def c6111():
    seed = "6111"
    sent = T("2026-05-07 17:05:22")
    frm = ("田野", email_of("田野"))
    to = people("覃春燕", "彭浩", "李晓勇", "Anna Gruber")
    cc = [XJBOT]
    up, fh = exo_hops(seed, sent)
    up = ["Received: from [10.20.4.37] (10.20.4.37) by %s with Microsoft SMTP Server (version=TLS1_2,\n"
          " cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8857.016; %s" % (
              up[0].split("by ")[1].split("\n")[0].strip(), rfcdate(sent.astimezone(dt.timezone.utc)))]
    return thunderbird(seed, sent, frm, to, cc, "质量周会纪要 5月7日", _6111_TEXT, from_host=fh, upstream=up,
                       ua="Mozilla Thunderbird")


_6112_TEXT = """各位好，

今天下午2点项目周例会纪要如下，按人整理，请各自确认：

向经理（项目部）：
① 本周五前向业主提交5月份进度计划
② 牵头组织下周的设计联络会，会议通知5月8日前发出

王振东（技术部）：
① 转轮图纸最终版5月9日（周六，调休上班）前发制造部
② 配合质量部编制检验试验计划（ITP）

覃春燕（质量部）：
① 编制检验试验计划（ITP），下周三前提交项目部
② 预约第三方见证检验，尽快

郑雅（供应链部）：
① 催主轴锻件厂家提供发货计划，3个工作日内

雷鸣（服务部）：本周无新增事项。

下周三同一时间再碰一次，还是三楼大会议室。

杜明轩
项目部 | 宜昌峡江阿尔彭水电设备有限公司"""


@case(6112, "jv-grouped-by-person-outlook-gb2312", "minutes",
      "Chinese minutes grouped by person with ①② sub-tasks, Outlook zh-CN (gb2312 base64, text+HTML, CRLF). Sent Wed "
      "2026-05-06 18:30 +0800, first working day after Labour Day. 向经理 = 向红: ① '本周五前' -> 2026-05-08; ② "
      "'牵头组织…会议通知5月8日前发出' -> 2026-05-08 (two separate items). 王振东: ① '5月9日（周六，调休上班）前' -> "
      "2026-05-09; ② '配合质量部编制ITP' is support (配合) -> not an item (the ITP is 覃春燕's ①). 覃春燕: ① '下周三前' -> "
      "2026-05-13; ② '尽快' -> vague_due. 郑雅: ① '3个工作日内' from Thu 05-07: 05-07, 05-08, Sat 05-09 (make-up "
      "working day) -> 2026-05-09. 雷鸣 has nothing. Next meeting: '下周三同一时间' with this meeting '今天下午2点' -> "
      "2026-05-13 14:00.",
      items=[I("向红", "向业主提交5月份进度计划", ("weekday", 4), "2026-05-08"),
             I("向红", "组织下周的设计联络会，发出会议通知", ("abs", "2026-05-08"), "2026-05-08"),
             I("王振东", "转轮图纸最终版发制造部", ("abs", "2026-05-09"), "2026-05-09"),
             I("覃春燕", "编制检验试验计划（ITP），提交项目部", ("nextweek", 2), "2026-05-13"),
             I("覃春燕", "预约第三方见证检验", vague=True),
             I("郑雅", "催主轴锻件厂家提供发货计划", ("workdays", 3), "2026-05-09")],
      nxt=NF(("nextweek", 2), "2026-05-13", "14:00"))
def c6112():
    seed = "6112"
    sent = T("2026-05-06 18:30:12")
    frm = ("杜明轩", email_of("杜明轩"))
    to = people("向红", "王振东", "覃春燕", "郑雅", "雷鸣")
    cc = people("Stefan Huber") + [XJBOT]
    html = mso_lines(_6112_TEXT)
    return xj_outlook(seed, sent, frm, to, cc, "【项目周例会】溪口电站改造项目 5月6日会议纪要", _6112_TEXT, html,
                      charset="gb2312", cte="base64", extra=EXO_EXTRA)


def owa(seed, sent_utc, frm, to, cc, subject, plain, html_inner, *, crlf=True):
    """Outlook on the web (Microsoft 365): Date in +0000, charset utf-8 QP, Thread-Topic/Thread-Index."""
    n = 5000 + int(h(seed, 3), 16) % 4000
    host = "TYZPR06MB%d.apcprd06.prod.outlook.com" % n
    mid = "<TYZPR06MB%d%s@%s>" % (n, h(seed, 20, True), host)
    bnd = "_000_TYZPR06MB%d%s_" % (n, h(seed, 20, True))
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            '<body dir="ltr">\n%s\n</body>\n</html>\n' % html_inner)
    body = Multi("alternative", [text(plain, 'text/plain; charset="utf-8"', "quoted-printable", eol="\r\n"),
                                 text(html, 'text/html; charset="utf-8"', "quoted-printable", eol="\r\n")], bnd,
                 indent="\n\t")
    hs = [addr_list("From", [frm]), addr_list("To", to), addr_list("CC", cc) if cc else None,
          hdr_text("Subject", subject), hdr_text("Thread-Topic", subject), "Thread-Index: " + _thread_index(seed),
          "Date: " + rfcdate(sent_utc), "Message-ID: " + mid, "Accept-Language: en-US, zh-CN",
          "Content-Language: en-US", "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ",
          "msip_labels: ", "x-ms-exchange-messagesentrepresentingtype: 1"]
    hs = [x for x in hs if x]
    up, fh = exo_hops(seed, sent_utc)
    tr = trace(to_dom(to, cc), frm[1], sent_utc, fh, up, seed=seed)
    return _assemble(tr, hs, body, ["MIME-Version: 1.0"], crlf)


def owa_div(txt):
    out = []
    for l in txt.split("\n"):
        if not l.strip():
            out.append('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, '
                       'Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>')
        else:
            out.append('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, '
                       'Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>' % esc(l))
    return "\n".join(out)


_6113_TEXT = """Hi all,

Actions from Friday's management meeting (12 June) below. Reminder: Dragon Boat holiday 19-21 June, office closed.

AI: Mike – confirm the final assembly schedule for Unit 2 by Wed
AI: Yvonne – place the PO for the stator bars by Thursday
AI: Wendy Qian – release the LC payment to Alpenwerk before the holiday
AI: Helen – send the updated project schedule to the client, EOD today
AI: Lei Ming – prepare the commissioning team roster for Xikou, by 26 June
AI: Cathy – (closed) FAT report for the cooling water pumps

Next management meeting: Mon 22 June, 08:30, GM office.

Stefan"""


@case(6113, "jv-owa-utc-date-ai-lines-dragon-boat", "minutes",
      "Outlook on the web (Microsoft 365) English 'AI:' lines; the Date header is in +0000: Sun 2026-06-14 23:50 UTC = "
      "Mon 2026-06-15 07:50 Asia/Shanghai, so every phrase resolves from Monday 06-15. 'Mike' = 李晓勇 'by Wed' -> "
      "2026-06-17. 'Yvonne' = 郑雅 'by Thursday' -> 2026-06-18. 'Wendy Qian' = 钱文静 'before the holiday' = before the "
      "Dragon Boat holiday block (06-19..06-21) -> its last working day before, 2026-06-18 (README convention; 'X前' "
      "cannot mean the day off itself). 'Helen' = 向红 'EOD today' -> the Shanghai send date 2026-06-15, no time (the UTC "
      "date 06-14 would be wrong). 'Lei Ming' = 雷鸣 'by 26 June' -> 2026-06-26. 'Cathy – (closed)' is done -> not an "
      "item. 'Friday's management meeting (12 June)' is the meeting date. 'Next management meeting: Mon 22 June, 08:30' "
      "-> 2026-06-22 08:30.",
      items=[I("李晓勇", "confirm the final assembly schedule for Unit 2", ("weekday", 2), "2026-06-17"),
             I("郑雅", "place the PO for the stator bars", ("weekday", 3), "2026-06-18"),
             I("钱文静", "release the LC payment to Alpenwerk", ("before_holiday", "Dragon Boat Festival"), "2026-06-18"),
             I("向红", "send the updated project schedule to the client", ("today",), "2026-06-15"),
             I("雷鸣", "prepare the commissioning team roster for Xikou", ("abs", "2026-06-26"), "2026-06-26")],
      nxt=NF(("abs", "2026-06-22"), "2026-06-22", "08:30"))
def c6113():
    seed = "6113"
    sent = T("2026-06-14 23:50:12", "+00:00")
    frm = ("Stefan Huber", email_of("Stefan Huber"))
    disp = {"李晓勇": "Mike Li", "郑雅": "Yvonne Zheng", "钱文静": "Wendy Qian", "向红": "Helen Xiang",
            "雷鸣": "Lei Ming", "覃春燕": "Cathy Qin", "王振东": "Wang Zhendong"}
    to = people("李晓勇", "郑雅", "钱文静", "向红", "雷鸣", "覃春燕", "王振东", display=disp)
    cc = [XJBOT]
    return owa(seed, sent, frm, to, cc, "Management meeting 12 June - actions", _6113_TEXT, owa_div(_6113_TEXT))


def _6114_doc(d):
    from docx.shared import Pt
    d.add_heading("质量专题会会议纪要", level=1)
    for l in ["会议时间：2026年6月11日 14:00-16:00", "会议地点：行政楼三楼大会议室", "主持人：向红    记录：杜明轩",
              "参会人员：覃春燕、田野、王振东、Anna Gruber、李晓勇、郑雅"]:
        d.add_paragraph(l)
    d.add_paragraph("一、会议情况", style="Heading 2")
    d.add_paragraph("6月9日溪口项目1号转轮叶片焊缝超声波探伤发现2处超标缺陷。质量部已完成返修方案初稿，制造部已隔离相关叶片。"
                    "会议对缺陷原因、返修方案和后续预防措施进行了讨论。")
    d.add_paragraph("二、待办事项", style="Heading 2")
    rows = [("序号", "事项", "责任人", "完成时间", "备注"),
            ("1", "出具叶片焊缝返修工艺及复检方案", "主责：覃春燕\n配合：田野", "6月16日前", ""),
            ("2", "完成2处缺陷返修并报检", "制造部（李晓勇）", "6月18日前", "端午假期前完成"),
            ("3", "复核叶片应力计算，评估缺陷对疲劳寿命的影响", "主责：王振东/配合：Anna Gruber", "端午节后第一个工作日",
             "需林茨总部确认"),
            ("4", "与焊材供应商进行质量索赔谈判", "供应链部 郑雅", "本月底", ""),
            ("5", "将本次问题纳入月度质量分析报告", "质量部", "—", "")]
    t = d.add_table(rows=len(rows), cols=5)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
    d.add_paragraph("")
    d.add_paragraph("三、下次会议：6月25日（周四）下午2:00，复盘返修结果。")
    d.add_paragraph("项目部")
    d.add_paragraph("2026年6月11日")


@case(6114, "jv-docx-attachment-zhuze-peihe", "minutes",
      "Outlook zh-CN mail (UTF-8 base64) with a short body and the minutes in a real .docx attachment (python-docx, "
      "fixed zip timestamps). Sent Thu 2026-06-11 17:55 +0800. The gold is what a reader of the .docx records. Table rows: "
      "1. cell '主责：覃春燕 配合：田野' -> owner 覃春燕 (配合 is support), '6月16日前' -> 2026-06-16. 2. '制造部（李晓勇）' -> "
      "李晓勇, '6月18日前' -> 2026-06-18 (remark '端午假期前完成' agrees). 3. one cell '主责：王振东/配合：Anna Gruber' -> "
      "王振东, '端午节后第一个工作日' -> Dragon Boat block 06-19..06-21 -> Mon 2026-06-22. 4. '供应链部 郑雅' -> 郑雅, '本月底' "
      "-> 2026-06-30. 5. unit only 质量部, '—' -> no_owner + no_due. 一、会议情况 is a report. '三、下次会议：6月25日（周四）"
      "下午2:00' -> 2026-06-25 14:00. The body's '如有意见请明天中午前反馈给我' is the usual objection window, not an item.",
      items=[I("覃春燕", "出具叶片焊缝返修工艺及复检方案", ("abs", "2026-06-16"), "2026-06-16"),
             I("李晓勇", "完成2处缺陷返修并报检", ("abs", "2026-06-18"), "2026-06-18"),
             I("王振东", "复核叶片应力计算，评估缺陷对疲劳寿命的影响", ("after_holiday", "Dragon Boat Festival"), "2026-06-22"),
             I("郑雅", "与焊材供应商进行质量索赔谈判", ("month_end",), "2026-06-30"),
             I(None, "将本次问题纳入月度质量分析报告", dept="质量部")],
      nxt=NF(("abs", "2026-06-25"), "2026-06-25", "14:00"),
      attach={"质量专题会会议纪要（6月11日）.docx": ["主责：王振东/配合：Anna Gruber", "端午节后第一个工作日", "下次会议"]})
def c6114():
    seed = "6114"
    sent = T("2026-06-11 17:55:30")
    frm = ("向红", email_of("向红"))
    to = people("覃春燕", "田野", "王振东", "Anna Gruber", "李晓勇", "郑雅")
    cc = people("Stefan Huber", "杜明轩") + [XJBOT]
    plain = "各位：\n\n附件为今天下午质量专题会的会议纪要，请查阅。如有意见请明天中午前反馈给我。\n\n向红\n项目部 | 宜昌峡江阿尔彭水电设备有限公司"
    data = make_docx(_6114_doc, "杜明轩", (2026, 6, 11, 17, 40, 0))
    att = attachment(data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                     "质量专题会会议纪要（6月11日）.docx", "utf-8")
    return xj_outlook(seed, sent, frm, to, cc, "质量专题会会议纪要（6月11日）", plain, mso_lines(plain), charset="utf-8",
                      cte="base64", attachments=[att], extra=["X-MS-Has-Attach: yes", "X-MS-TNEF-Correlator: "])


_6115_TEXT = """各位，

刚才在车间就叶片数控加工的问题碰了一下，纪要如下：

1. 五轴机床的后处理程序由王工负责修正，明天下班前完成试切。
2. 制造部李经理安排夜班操作工参加程序培训，4月24日前。
3. 叶片型线检测样板由质量部田工重新标定，4月底前。
4. 刀具采购事宜供应链部跟进，尽快。

王立新
技术部"""


@case(6115, "jv-short-list-iphone-wanggong", "minutes",
      "Plain, common short minutes typed on an iPhone (Apple Mail, UTF-8 base64, text+HTML, '发自我的iPhone'). Sent Wed "
      "2026-04-22 10:40 +0800 by 王立新, who refers to himself as '王工' (roster alias). 1. 王立新, '明天下班前' -> "
      "2026-04-23 without a time (下班前 gives the date only, like 今天下班前). 2. '制造部李经理' = 李晓勇, '4月24日前' -> "
      "2026-04-24. 3. '质量部田工' = 田野, '4月底前' -> 2026-04-30. 4. unit only 供应链部, '尽快' -> no_owner + vague_due. "
      "No next meeting -> null.",
      items=[I("王立新", "修正五轴机床的后处理程序并完成试切", ("rel", 1), "2026-04-23"),
             I("李晓勇", "安排夜班操作工参加程序培训", ("abs", "2026-04-24"), "2026-04-24"),
             I("田野", "重新标定叶片型线检测样板", ("month_end",), "2026-04-30"),
             I(None, "跟进刀具采购", vague=True, dept="供应链部")])
def c6115():
    seed = "6115"
    sent = T("2026-04-22 10:40:03")
    frm = ("王立新", email_of("王立新"))
    to = people("李晓勇", "田野", "郑雅", "王振东")
    cc = [XJBOT]
    plain = _6115_TEXT + "\n\n发自我的iPhone"
    html = ('<div dir="ltr">' + "".join("%s<br>" % esc(l) if l else "<br>" for l in _6115_TEXT.split("\n")) +
            '</div><div dir="ltr"><br id="lineBreakAtBeginningOfSignature"><div dir="ltr">发自我的iPhone</div></div>')
    up, fh = exo_hops(seed, sent)
    up = ["Received: from smtpclient.apple (10.20.8.112) by %s with Microsoft SMTP Server (version=TLS1_3,\n"
          " cipher=TLS_AES_256_GCM_SHA384) id 15.20.8857.016; %s" % (
              up[0].split("by ")[1].split("\n")[0].strip(), rfcdate(sent.astimezone(dt.timezone.utc)))]
    return iphone(seed, sent, frm, to, cc, "叶片加工问题小会纪要", plain, html, cte="base64", upstream=up, from_host=fh)


_6116_ROWS = [
    ["No.", "Action 事项", "Owner 负责人", "Due 截止", "Status 状态"],
    ["1", "Confirm delivery of generator stator bars 确认定子线棒交货期", "Yvonne", "2026-07-10", "Open"],
    ["2", "Customs clearance for the Linz shipment 林茨货物清关", "Howard Peng", "7/15", "Open"],
    ["3", "Bearing supplier audit report 轴承供应商审核报告", "彭浩", "–", "Closed"],
    ["4", "Update the vendor list in SAP 更新SAP供应商清单", "彭浩 / 田野", "Jul 17", "Open"],
    ["5", "Freight forwarder tender 货代招标", "Supply Chain 供应链部", "TBD", "Open"],
]


@case(6116, "jv-bilingual-word-table-closed-row", "minutes",
      "Bilingual actions table pasted from Word into Outlook (UTF-8 QP, HTML table; the text part lists the rows "
      "tab-separated). Sent Wed 2026-07-08 09:15 +0800. Row 1 'Yvonne' = 郑雅, 2026-07-10. Row 2 'Howard Peng' = 彭浩, "
      "'7/15' -> 2026-07-15. Row 3 is Closed -> not an item. Row 4 has two owners '彭浩 / 田野' for the same task -> two "
      "items, both 'Jul 17' -> 2026-07-17. Row 5 'Supply Chain 供应链部' is a department -> no_owner, department 供应链部, "
      "'TBD' -> vague_due. Task text keeps the cell as written (both languages). 'Next meeting 下次会议: Wed 15 July, "
      "09:00' -> 2026-07-15 09:00.",
      items=[I("郑雅", "Confirm delivery of generator stator bars 确认定子线棒交货期", ("abs", "2026-07-10"), "2026-07-10"),
             I("彭浩", "Customs clearance for the Linz shipment 林茨货物清关", ("abs", "2026-07-15"), "2026-07-15"),
             I("彭浩", "Update the vendor list in SAP 更新SAP供应商清单", ("abs", "2026-07-17"), "2026-07-17"),
             I("田野", "Update the vendor list in SAP 更新SAP供应商清单", ("abs", "2026-07-17"), "2026-07-17"),
             I(None, "Freight forwarder tender 货代招标", vague=True, dept="供应链部")],
      nxt=NF(("abs", "2026-07-15"), "2026-07-15", "09:00"))
def c6116():
    seed = "6116"
    sent = T("2026-07-08 09:15:40")
    frm = ("郑雅", email_of("郑雅"))
    to = people("彭浩", "田野", "Stefan Huber", display={"彭浩": "Howard Peng"})
    cc = people("向红") + [XJBOT]
    head = "Hi all / 各位，\n\nActions from yesterday's supply chain weekly / 昨天供应链周会待办如下："
    tl = "Next meeting 下次会议: Wed 15 July, 09:00, Room 3-02.\n\nBest regards,\nYvonne Zheng 郑雅\nSupply Chain 供应链部"
    plain = head + "\n\n" + tsv(_6116_ROWS) + "\n\n" + tl
    td = 'style="border:solid #BFBFBF 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"'
    html = mso_lines(head) + "\n" + mso_p("") + html_table(_6116_ROWS, style="border-collapse:collapse;border:none",
                                                           td=td).replace("<table ", '<table class="MsoTableGrid" ') + \
        "\n" + mso_p("") + mso_lines(tl)
    return xj_outlook(seed, sent, frm, to, cc, "Supply chain weekly – actions / 供应链周会待办 (wk28)", plain, html,
                      charset="utf-8", cte="quoted-printable", lang="en-US", html_lang="EN-US", font="Aptos",
                      extra=EXO_EXTRA)


# ============================== 绍兴柯桥澄染印染 (private dyeing mill) ==============================
def exmail_hops(seed, sent, who):
    """A desktop client (Foxmail, Mail Master) submitting through Tencent Exmail, then to the bot server."""
    ip = "115.197.66.%d" % (int(h(seed, 2), 16) % 200 + 20)
    up = ["Received: from %s ( [%s])\n\tby bizesmtp.qq.com (ESMTP) with SMTP id %s;\n\t%s" % (
        who, ip, h(seed + "s", 10), rfcdate(sent + dt.timedelta(seconds=1)))]
    n = int(h(seed, 2), 16) % 9 + 1
    return up, "smtpbg%d.qq.com (smtpbg%d.qq.com [203.205.250.%d])" % (n, n, int(h(seed + "z", 2), 16) % 200 + 10)


_6117_TEXT = """各位：

今天下午生产例会纪要如下。清明放假3天（4月4日-6日），7日正常上班。

一、上周问题回顾
1. 定型机2号机温控故障已修复。（已完成）

二、本次会议事项
1. 染色车间俞主任：3号染缸温控阀更换，节后第一个工作日完成。
2. 环保科章工：污水在线监测数据异常原因排查，明天上午10点前报周总。
3. 仓储物流部韩主管：坯布仓库盘点，4月8日前出盘点表。
4. 技术科钱老师：素朴服饰新单打样，清明后尽快安排。
5. 业务部陈经理：和客户确认4月交期，下周二前回复。

三、假期值班
4月4日-6日值班：沈厂长（带班）、俞主任，值班电话0575-8412 6608。

下次例会：节后第一天（4月7日）下午1点半，三楼会议室。"""


@case(6117, "mill-weekly-foxmail-gbk-qingming-eve", "minutes",
      "Plain, common 生产例会 minutes from Foxmail 7.2 (GBK: base64 text, QP HTML, Foxmail signature block), sent Fri "
      "2026-04-03 17:20 +0800, the eve of Qingming (04-04..04-06). 一、上周问题回顾 item is 已完成 -> status only. "
      "二、: 1. '染色车间俞主任' = 俞国强, '节后第一个工作日' -> Tue 2026-04-07. 2. '环保科章工' = 章伟峰, '明天上午10点前' -> "
      "Sat 2026-04-04 10:00 (a holiday, but the boss asked for tomorrow; dates are literal). 3. '韩主管' = 韩磊, "
      "2026-04-08. 4. '钱老师' = 钱慧芬, '清明后尽快' -> vague_due. 5. '陈经理' = 陈倩, '下周二前' -> Tue 2026-04-07. "
      "三、假期值班 is an arrangement, not an item. '下次例会：节后第一天（4月7日）下午1点半' -> 2026-04-07 13:30.",
      items=[I("俞国强", "更换3号染缸温控阀", ("after_holiday", "Tomb-sweeping Day"), "2026-04-07"),
             I("章伟峰", "排查污水在线监测数据异常原因，报周总", ("rel", 1), "2026-04-04", time="10:00"),
             I("韩磊", "坯布仓库盘点，出盘点表", ("abs", "2026-04-08"), "2026-04-08"),
             I("钱慧芬", "素朴服饰新单打样", vague=True),
             I("陈倩", "和客户确认4月交期并回复", ("nextweek", 1), "2026-04-07")],
      nxt=NF(("after_holiday", "Tomb-sweeping Day"), "2026-04-07", "13:30"))
def c6117():
    seed = "6117"
    sent = T("2026-04-03 17:20:33")
    frm = ("孙丽华", email_of("孙丽华"))
    to = people("沈建江", "俞国强", "章伟峰", "韩磊", "钱慧芬", "陈倩")
    cc = people("周金发") + [CRBOT]
    sig = ["孙丽华", "总经办", "绍兴柯桥澄染印染有限公司"]
    plain = _6117_TEXT + "\n\n\n" + "\n".join(sig)
    html = foxmail_html(div_lines(_6117_TEXT), sig)
    up, fh = exmail_hops(seed, sent, "SUNLIHUA-PC")
    return foxmail(seed, sent, frm, to, cc, "4月3日生产例会纪要", plain, html, upstream=up, from_host=fh)


_6118_TEXT = """各位：

今天早上的生产排期会用钉钉AI听记记录的，我看过了，待办没问题，大家按这个执行。

—————— 以下为钉钉AI听记 ——————
会议主题：5月中下旬生产排期协调会
会议时间：2026-05-11 09:00-09:48
参会人：沈建江、俞国强、钟晓东、钱慧芬、韩磊、陈倩

【AI摘要】
本次会议围绕5月中下旬生产排期展开。陈倩通报素朴服饰追加订单3万米，客户要求5月25日前交货；俞国强表示染色车间产能已满，建议本周末加班；钟晓东提出定型机需错峰检修；韩磊反馈现有坯布库存约2万米。会议决定优先保证素朴追加订单。

【发言总结】
陈倩：追加订单为藏青、酒红两色，客户希望分两批交货。
俞国强：染色车间周三前排出加班计划，需要增加两个班组。
钟晓东：定型机原计划5月14日检修，可以往后调。
韩磊：坯布缺口约1万米，今天核对后报采购。

【待办事项】
☐ 俞国强 排出染色车间5月加班计划 截止：5月13日
☐ 钟晓东 调整定型机检修时间，避开素朴订单生产高峰 截止：5月15日
☐ 韩磊 核对追加订单所需坯布库存，不足部分报采购 截止：今天下班前
☐ 陈倩 向客户确认追加订单分批交货方案

—————— 听记结束 ——————

另外，周三下午2点在车间办公室再碰一下进度。

沈建江
生产部"""


@case(6118, "mill-dingtalk-ai-minutes-in-exmail", "minutes",
      "钉钉 AI听记 (AI-generated minutes) pasted into a Tencent Exmail web mail (UTF-8 base64, text+HTML) by the "
      "organizer. Sent Mon 2026-05-11 10:30 +0800. Only 【待办事项】 counts; 【AI摘要】 and 【发言总结】 restate tasks "
      "('周三前排出加班计划', '今天核对后报采购') and facts (3万米, 5月25日前交货 is the customer's date, '5月14日检修' is the "
      "old plan) -> not items. 待办: 俞国强 2026-05-13; 钟晓东 2026-05-15; 韩磊 '今天下班前' -> 2026-05-11 without a "
      "time; 陈倩 has no deadline -> no_due. The organizer's own closing line '周三下午2点在车间办公室再碰一下进度' is "
      "the next meeting -> Wed 2026-05-13 14:00.",
      items=[I("俞国强", "排出染色车间5月加班计划", ("abs", "2026-05-13"), "2026-05-13"),
             I("钟晓东", "调整定型机检修时间，避开素朴订单生产高峰", ("abs", "2026-05-15"), "2026-05-15"),
             I("韩磊", "核对追加订单所需坯布库存，不足部分报采购", ("today",), "2026-05-11"),
             I("陈倩", "向客户确认追加订单分批交货方案")],
      nxt=NF(("weekday", 2), "2026-05-13", "14:00"))
def c6118():
    seed = "6118"
    sent = T("2026-05-11 10:30:18")
    frm = ("沈建江", email_of("沈建江"))
    to = people("俞国强", "钟晓东", "钱慧芬", "韩磊", "陈倩")
    cc = people("周金发") + [CRBOT]
    html = exmail_html(div_lines(_6118_TEXT))
    return exmail(seed, sent, frm, to, cc, "5月中下旬生产排期协调会纪要（钉钉AI听记）", _6118_TEXT, html)


_6119_TEXT = """陈经理、俞主任：

你们好！今天上午关于SP2605批次色差问题的会议，纪要如下，请确认：

一、问题情况
我司QC抽检发现SP2605批次（藏青色棉麻混纺）第3、5、7缸布与确认色样存在明显色差（ΔE约2.1），涉及约1.2万米。

二、处理意见
1. 澄染业务部陈倩：按新色样重新打样，5月20日前寄我司确认。
2. 澄染染色车间俞主任：确认色样后安排不合格布复染，5月22日前完成。
3. 我方（林悦）：3个工作日内提供确认后的标准色卡给澄染。
4. 关于质量损失的承担比例，本次会议不作结论。

三、下次沟通
下周一（5月25日）上午10点视频会议，跟进复染进度。

林悦
杭州素朴服饰有限公司 面料采购部
手机：138 0571 2046"""


@case(6119, "mill-customer-minutes-netease-web", "minutes",
      "Minutes written by the customer (杭州素朴服饰, external From) in NetEase enterprise webmail (Coremail-based, UTF-8 "
      "base64). Sent Mon 2026-05-18 16:40 +0800. 1. '澄染业务部陈倩' -> 陈倩, '5月20日前' -> 2026-05-20. 2. '俞主任' = "
      "俞国强, '5月22日前' -> 2026-05-22. 3. '我方（林悦）' = the sender, a roster outsider (department null); "
      "'3个工作日内' counted from Tue 05-19 -> 05-19, 05-20, 05-21 -> 2026-05-21. 4. '本次会议不作结论' is a non-decision, "
      "not an item. ΔE/1.2万米 are facts. '下周一（5月25日）上午10点视频会议' -> 2026-05-25 10:00.",
      items=[I("陈倩", "按新色样重新打样，寄客户确认", ("abs", "2026-05-20"), "2026-05-20"),
             I("俞国强", "安排不合格布复染", ("abs", "2026-05-22"), "2026-05-22"),
             I("林悦", "提供确认后的标准色卡给澄染", ("workdays", 3), "2026-05-21")],
      nxt=NF(("nextweek", 0), "2026-05-25", "10:00"))
def c6119():
    seed = "6119"
    sent = T("2026-05-18 16:40:21")
    frm = ("林悦", email_of("林悦"))
    to = people("陈倩", "俞国强")
    cc = people("周金发") + [("顾晨", "guchen@supu-fashion.example.cn"), CRBOT]
    sign = ('<div id="spnEditorSign"><div style="color:#909090;font-family:Arial;font-size:12px">林悦<br>'
            '杭州素朴服饰有限公司 面料采购部<br>手机：138 0571 2046</div></div>')
    body_txt = _6119_TEXT.rsplit("\n\n林悦", 1)[0]
    html = coremail_html(div_lines(body_txt) + "<div><br></div>", sign)
    return coremail(seed, sent, frm, to, cc, "关于SP2605批次色差问题的会议纪要", _6119_TEXT, html,
                    mailer="Coremail Webmail Server Version XT5.0.14 build 20240801(9fd4beba) Copyright (c) 2002-2026 "
                           "www.mailtech.cn qiye163",
                    ip="60.191.38.%d" % 77, upstream_by="ajax-webmail-wmsvr25 (Coremail)",
                    from_host="mail-m12147.qiye.163.com (mail-m12147.qiye.163.com [115.236.121.47])")


_6120_TEXT = """周总、沈厂长：

今天下午设备群里讨论定型机和成品仓的事，聊天记录有点乱，我整理了一下，请大家按这个落实。

整理如下：
1、定型机1号机链条更换：蒋工负责，6月6日（周六）前换好。
2、成品仓通道清理：韩主管负责，周五前完成，下周消防检查要看。
3、设备维修费用对账：骆会计负责，下周二前和供应商对完。

以下是聊天记录原文：
----------------------
沈建江 14:32
@蒋涛 1号定型机链条磨损厉害，周六前能换好吗
蒋涛 14:35
可以，配件明天到，周六前肯定换好
周金发 14:40
成品仓通道堆满了，下周消防要来检查，@韩磊 周五前清出来
韩磊 14:41
收到
骆小芳 15:02
上个月设备维修费供应商那边对不上，我下周二前跟他们对一下
周金发 15:05
好
----------------------

孙丽华
总经办"""


@case(6120, "mill-wechat-chat-paste-exmail-gb18030", "minutes",
      "A secretary's summary of a WeChat work-group discussion, Exmail web (QQMail style) in gb18030 base64, with the "
      "raw chat log pasted below. Sent Thu 2026-06-04 20:15 +0800. Items are the three lines under '整理如下'; the chat "
      "log restates them -> not items. 1. '蒋工' = 蒋涛, '6月6日（周六）前' -> 2026-06-06 (Saturday, literal). 2. '韩主管' = "
      "韩磊, '周五前' -> 2026-06-05. 3. '骆会计' = 骆小芳, '下周二前' -> 2026-06-09. '下周消防检查' is a fact. No next "
      "meeting -> null.",
      items=[I("蒋涛", "更换定型机1号机链条", ("abs", "2026-06-06"), "2026-06-06"),
             I("韩磊", "清理成品仓通道", ("weekday", 4), "2026-06-05"),
             I("骆小芳", "与供应商核对设备维修费用", ("nextweek", 1), "2026-06-09")])
def c6120():
    seed = "6120"
    sent = T("2026-06-04 20:15:07")
    frm = ("孙丽华", email_of("孙丽华"))
    to = people("周金发", "沈建江")
    cc = people("蒋涛", "韩磊", "骆小芳") + [CRBOT]
    html = exmail_html(div_lines(_6120_TEXT), "GB18030")
    return exmail(seed, sent, frm, to, cc, "设备群聊内容整理（6月4日）", _6120_TEXT, html, charset="gb18030")


_6121_ROWS = [
    ["序号", "事项", "责任人", "完成时间", "备注"],
    ["1", "SP2607批次（酒红）大货生产", "俞国强", "6/12", "原定6/15，客户要求提前"],
    ["2", "定型机温控系统升级方案", "蒋涛", "2026/6/15", ""],
    ["3", "助剂供应商比价", "钱慧芬", "6.18", "已询价3家"],
    ["4", "员工夏季防暑物资发放", "韩磊、钟晓东", "6月16日", "各车间分别发放"],
    ["5", "5月污水处理费核算", "骆小芳", "已完成", ""],
    ["6", "新客户验厂准备", "陈倩", "待定", "客户未定日期"],
]


@case(6121, "mill-excel-tsv-foxmail-plaintext", "minutes",
      "Excel rows pasted into a Foxmail plain-text mail (GBK base64, text only), so the table arrives tab-separated. "
      "Sent Tue 2026-06-09 08:40 +0800 about yesterday's meeting ('6.8' in the subject). Row 1 俞国强 '6/12' -> "
      "2026-06-12 (the remark '原定6/15' is history). Row 2 蒋涛 '2026/6/15'. Row 3 钱慧芬 '6.18' -> 2026-06-18. Row 4 "
      "'韩磊、钟晓东' share one task -> two items, '6月16日' -> 2026-06-16. Row 5 '已完成' in the date column -> done, not "
      "an item. Row 6 陈倩 '待定' -> vague_due. Remarks are not items. No next meeting -> null.",
      items=[I("俞国强", "SP2607批次（酒红）大货生产", ("abs", "2026-06-12"), "2026-06-12"),
             I("蒋涛", "定型机温控系统升级方案", ("abs", "2026-06-15"), "2026-06-15"),
             I("钱慧芬", "助剂供应商比价", ("abs", "2026-06-18"), "2026-06-18"),
             I("韩磊", "员工夏季防暑物资发放", ("abs", "2026-06-16"), "2026-06-16"),
             I("钟晓东", "员工夏季防暑物资发放", ("abs", "2026-06-16"), "2026-06-16"),
             I("陈倩", "新客户验厂准备", vague=True)])
def c6121():
    seed = "6121"
    sent = T("2026-06-09 08:40:51")
    frm = ("沈建江", email_of("沈建江"))
    to = people("俞国强", "蒋涛", "钱慧芬", "韩磊", "钟晓东", "骆小芳", "陈倩")
    cc = people("周金发") + [CRBOT]
    plain = ("各位，昨天协调会的待办整理成表了，直接贴在下面：\n\n" + tsv(_6121_ROWS) +
             "\n\n有变化的及时跟我说。\n\n沈建江\n生产部")
    up, fh = exmail_hops(seed, sent, "SHENJJ-PC")
    return foxmail(seed, sent, frm, to, cc, "6月生产协调会待办（6.8）", plain, None, plain_only=True, upstream=up,
                   from_host=fh)


_6122_TEXT = """周总、各部门：

6月10日上午，公司召开迎检工作会议，周总主持。柯桥区生态环境分局定于6月下旬对印染企业开展废水排放专项检查。会议纪要如下：

一、环保科（章伟峰）
（1）整理近12个月废水在线监测数据和台账，6月15日前完成；
（2）对照检查清单开展一次自查，端午节前形成自查报告报周总。

二、染色车间（俞国强）
（1）清理车间排水沟，杜绝跑冒滴漏，6月17日前完成；
（2）高温染缸冷却水回用管道检修，设备科配合，6月18日前完成。

三、总经办（孙丽华）
做好迎检接待准备，时间待定。

下次会议：6月23日（周二）上午9点，检查前最后一次碰头。

章伟峰
环保科"""


@case(6122, "mill-env-inspection-subtasks-wecom", "minutes",
      "企业微信 mail (Exmail backend; UTF-8 quoted-printable, text+HTML) with （1）（2） sub-tasks under unit headings "
      "that name a person in brackets. Sent Wed 2026-06-10 15:22 +0800. 一、环保科（章伟峰）: （1）2026-06-15; （2）"
      "'端午节前' -> the last working day before the Dragon Boat block (06-19..06-21) = Thu 2026-06-18. 二、染色车间"
      "（俞国强）: （1）2026-06-17; （2）'设备科配合' is support -> owner stays 俞国强, 2026-06-18. 三、总经办（孙丽华）: "
      "'时间待定' -> vague_due. '6月下旬…专项检查' is a fact. '下次会议：6月23日（周二）上午9点' -> 2026-06-23 09:00.",
      items=[I("章伟峰", "整理近12个月废水在线监测数据和台账", ("abs", "2026-06-15"), "2026-06-15"),
             I("章伟峰", "对照检查清单开展自查，形成自查报告报周总", ("before_holiday", "Dragon Boat Festival"),
               "2026-06-18"),
             I("俞国强", "清理车间排水沟，杜绝跑冒滴漏", ("abs", "2026-06-17"), "2026-06-17"),
             I("俞国强", "高温染缸冷却水回用管道检修", ("abs", "2026-06-18"), "2026-06-18"),
             I("孙丽华", "做好迎检接待准备", vague=True)],
      nxt=NF(("abs", "2026-06-23"), "2026-06-23", "09:00"))
def c6122():
    seed = "6122"
    sent = T("2026-06-10 15:22:10")
    frm = ("章伟峰", email_of("章伟峰"))
    to = people("周金发", "俞国强", "孙丽华", "蒋涛", "沈建江")
    cc = [CRBOT]
    html = exmail_html(div_lines(_6122_TEXT))
    return exmail(seed, sent, frm, to, cc, "关于迎接生态环境局专项检查的工作会议纪要", _6122_TEXT, html,
                  cte="quoted-printable", mailer="WeCom Mail 4.1.36")


_6123_TEXT = """周總、錢老師 您好：

感謝今天撥冗與我們討論新型低溫皂洗劑在貴廠的試驗安排，會議記錄如下，
如有遺漏請指正。

1. 新型低溫皂洗劑小樣試驗：由錢老師負責，完成3個配方的小樣對比與
   色牢度測試，6月26日前提供結果。
2. 小樣用坯布（SP2609 三個顏色）：樓佳小姐負責準備，本週四前寄到
   本公司台中實驗室。
3. 本公司（黃志明）提供新皂洗劑的MSDS及技術資料，明天下午3點前
   以email寄給錢老師。
4. 大貨試驗時間：雙方同意待小樣結果確認後再議，本次不定。

下次會議：
6月29日（週一）
下午2點，於貴廠技術科辦公室

永展化工股份有限公司
業務部 經理 黃志明
Tel: +886-4-2358-7710 ext.215"""


@case(6123, "mill-taiwan-supplier-big5-wrapped-lines", "minutes",
      "Minutes from a Taiwanese chemicals supplier in Traditional Chinese, Outlook zh-TW (big5, quoted-printable, "
      "text+HTML), with items hard-wrapped over two lines and the next meeting split over three lines. Sent Mon "
      "2026-06-22 18:05 +0800 (first working day after Dragon Boat). Owners are written in Traditional characters and map "
      "to the roster's simplified names: '錢老師' = 钱慧芬 (alias 钱老师), '樓佳小姐' = 楼佳. 1. 钱慧芬, '6月26日前' -> "
      "2026-06-26. 2. 楼佳, '本週四前' -> Thu 2026-06-25. 3. '本公司（黃志明）' = the sender (roster outsider, department "
      "null), '明天下午3點前' -> 2026-06-23 15:00. 4. '雙方同意…再議，本次不定' is a decision to defer -> not an item. "
      "'下次會議：' / '6月29日（週一）' / '下午2點…' -> 2026-06-29 14:00.",
      items=[I("钱慧芬", "完成3個配方的小樣對比與色牢度測試並提供結果", ("abs", "2026-06-26"), "2026-06-26"),
             I("楼佳", "準備小樣用坯布（SP2609 三個顏色）並寄到台中實驗室", ("weekday", 3), "2026-06-25"),
             I("黃志明", "提供新皂洗劑的MSDS及技術資料給錢老師", ("rel", 1), "2026-06-23", time="15:00")],
      nxt=NF(("abs", "2026-06-29"), "2026-06-29", "14:00"))
def c6123():
    seed = "6123"
    sent = T("2026-06-22 18:05:44")
    frm = ("黃志明", email_of("黃志明"))
    to = [("周總", email_of("周金发")), ("錢老師", email_of("钱慧芬"))]
    cc = [("樓佳", email_of("楼佳")), ("陳倩", email_of("陈倩")), ("紀要助手", CRBOT[1])]
    html = mso_lines(_6123_TEXT)
    up = ["Received: from HUANGZM-NB (192.168.10.57) by mail.yongzhan-chem.example.com.tw (192.168.10.5) with\n"
          " Microsoft SMTP Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.4;\n"
          " %s" % rfcdate(sent + dt.timedelta(seconds=1))]
    fh = "mail.yongzhan-chem.example.com.tw (mail.yongzhan-chem.example.com.tw [211.75.132.18])"
    return outlook(seed, sent, frm, to, cc, "澄染新型皂洗劑試驗 會議記錄 (6/22)", _6123_TEXT, html, charset="big5",
                   cte="quoted-printable", lang="zh-tw", html_lang="ZH-TW", font="新細明體", upstream=up,
                   from_host=fh)


_6124_TEXT = """各位：
今天下午价格会的结论：
1. 会议决定自8月1日起，常规面料染色加工费上调5%，特殊色（黑色、藏青）上调8%。
2. 老客户（合作三年以上）9月30日前下单的按原价执行。
3. 会议认为原材料价格波动较大，今后价格每季度评估一次。
下次会议时间另行通知。

周金发"""


@case(6124, "mill-decisions-only-mailmaster", "minutes",
      "Plain, common decisions-only minutes typed on a phone in 网易邮箱大师 (UTF-8 base64, text+HTML, '发自网易邮箱大师'). "
      "Sent Thu 2026-07-02 21:08 +0800 by the owner of the mill. Every line is a decision (会议决定/会议认为) or a price "
      "rule; '8月1日起', '9月30日前下单' are inside rules, not deadlines -> zero items. '下次会议时间另行通知' gives no date "
      "-> next_followup null.",
      items=[])
def c6124():
    seed = "6124"
    sent = T("2026-07-02 21:08:19")
    frm = ("周金发", email_of("周金发"))
    to = people("沈建江", "陈倩", "骆小芳", "孙丽华")
    cc = [CRBOT]
    plain = _6124_TEXT + "\n\n发自网易邮箱大师"
    html = ('<div style="font-size:14px;line-height:1.6">' + "".join(
        "<div>%s</div>" % (esc(l) or "<br>") for l in _6124_TEXT.split("\n")) +
        '</div><div><br></div><div id="ntes-iosmail-signature" style="font-size:14px;color:#909090">'
        '发自<a href="https://mail.163.com/dashi/">网易邮箱大师</a></div>')
    uuid = "%s.%s.%s" % (h(seed, 8), h(seed + "a", 4), h(seed + "b", 12))
    body = Multi("alternative", [text(plain, "text/plain; charset=UTF-8", "base64", eol="\n"),
                                 text(html, "text/html; charset=UTF-8", "base64", eol="\n")],
                 "----=_Part_%s" % h(seed + "bnd", 16), indent=" ")
    hs = ["Date: " + rfcdate(sent), addr_list("From", [frm]), addr_list("To", to), addr_list("Cc", cc),
          "Message-ID: <%s@%s>" % (uuid, CR), hdr_text("Subject", "关于下半年加工费调整的会议结论"),
          "MIME-Version: 1.0", "X-Mailer: MailMaster_iOS/7.21.2", "X-Priority: 3"]
    up, fh = exmail_hops(seed, sent, "[10.211.3.17]")
    tr = trace(CR, frm[1], sent, fh, up, seed=seed)
    return _assemble(tr, hs, body, [], False)


# ============================== 淄博齐货出海科技 (cross-border e-commerce) ==============================
def fs_div(txt, bold=()):
    out = []
    for l in txt.split("\n"):
        if not l.strip():
            out.append("<div><br></div>")
        elif l in bold:
            out.append('<div><b>%s</b></div>' % esc(l))
        else:
            out.append("<div>%s</div>" % esc(l))
    return "\n".join(out)


_6125_TEXT = """各位，今天选品会的飞书智能纪要，待办以这个为准，有出入的在群里说。

智能纪要：欧洲站Q3选品会 2026年6月3日
会议时间：2026年6月3日 14:00 - 15:26
参会人：毕晓琳、马骁、房宇、路遥、岳倩、袁芳

总结
本次会议讨论了欧洲站Q3的选品方向、新品开发、供应链准备和品牌素材。马骁认为户外露营类目在德国、法国站增长明显，建议Q3主推露营灯和便携餐具；房宇计划下周三前给出3款露营灯新品的打样；路遥将跟进博山玻璃厂样品到货；岳倩负责德国站A+页面素材；袁芳提醒德国站VAT申报6月底截止。

章节
00:01:15 Q3选品方向
马骁汇报了1-5月欧洲站销售数据，露营类目同比增长64%，建议Q3主推露营灯和便携餐具。
00:24:40 新品开发
房宇介绍了3款露营灯新品方案，预计下周三前提供打样，玻璃灯罩由博山玻璃厂供货。
00:51:03 供应链与物流
路遥反馈博山玻璃厂样品本周内发出，需确认到货时间；物流方面暂按海运补货。
01:10:22 品牌与合规
岳倩将准备德国站A+页面素材；袁芳提醒德国站VAT申报资料需在6月底前整理完毕。

待办
- 房宇：完成3款露营灯新品打样（6月10日）
- 路遥：确认博山玻璃厂样品到货时间（6月5日）
- 岳倩：准备德国站A+页面素材（6月12日）
- 整理德国站VAT申报资料（6月30日）
- 马骁：更新Q3选品表

智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用"""


@case(6125, "ecom-feishu-ai-minutes-todo-section", "minutes",
      "飞书 智能纪要 (AI minutes) sent from Feishu Mail (UTF-8 QP, text+HTML) with a one-line preface. Sent Wed "
      "2026-06-03 19:02 +0800. Only the 待办 section counts; 总结 and 章节 restate tasks ('下周三前给出…打样', '6月底截止') "
      "and facts (64%) -> not items. 待办: 房宇 2026-06-10; 路遥 2026-06-05; 岳倩 2026-06-12; 'VAT申报资料' has no "
      "assignee -> owner null, no_owner, department null, 2026-06-30 (AMBIGUOUS: the summary says 袁芳 only *reminded* "
      "about the deadline, so she is not recorded as owner); 马骁 has no date -> no_due. No next meeting -> null.",
      items=[I("房宇", "完成3款露营灯新品打样", ("abs", "2026-06-10"), "2026-06-10"),
             I("路遥", "确认博山玻璃厂样品到货时间", ("abs", "2026-06-05"), "2026-06-05"),
             I("岳倩", "准备德国站A+页面素材", ("abs", "2026-06-12"), "2026-06-12"),
             I(None, "整理德国站VAT申报资料", ("abs", "2026-06-30"), "2026-06-30"),
             I("马骁", "更新Q3选品表")])
def c6125():
    seed = "6125"
    sent = T("2026-06-03 19:02:36")
    frm = ("毕晓琳", email_of("毕晓琳"))
    to = people("马骁", "房宇", "路遥", "岳倩", "袁芳")
    cc = [QHBOT]
    html = feishu_html(fs_div(_6125_TEXT, {"总结", "章节", "待办", "智能纪要：欧洲站Q3选品会 2026年6月3日"}))
    return feishu(seed, sent, frm, to, cc, "智能纪要：欧洲站Q3选品会 2026年6月3日", _6125_TEXT, html)


_6126_TEXT = """Hi Wen, Ma Xiao,

Thanks for the call today. Notes below.

Inbound
- Container QHU-2606 (ceramic tableware, 1,140 cartons) arrived at Long Beach on 6/20; ETA at our Ontario, CA warehouse Jun 27.
- 3 cartons were damaged in the last shipment; photos already shared.

Action items
- Emily: send the updated inbound SOP (with carton labeling rules) by Friday
- Daniel: confirm the dock appointment for QHU-2606 by Jun 29
- Wen: share the ASN file for the next container EOD Thursday (Beijing time)
- Ma Xiao: update the FBA replenishment plan for July
- Lakeshore billing team: re-issue the May storage invoice, ASAP

Next sync: Tue Jun 30, 8:00 PM PDT / Wed Jul 1, 11:00 AM Beijing

Best,
Emily

--
Emily Carter
Account Manager | Lakeshore Fulfillment LLC
Ontario, CA"""


@case(6126, "ecom-us-3pl-gmail-pdt-date", "minutes",
      "English minutes from the US 3PL partner (Gmail web on Google Workspace, ASCII text + HTML). Date Tue 2026-06-23 "
      "19:30 -0700 = Wed 2026-06-24 10:30 Asia/Shanghai; dates resolve from Wednesday 06-24. Emily Carter (sender, "
      "roster outsider) 'by Friday' -> 2026-06-26. Daniel Brooks (Cc, outsider) 'by Jun 29' -> 2026-06-29. 'Wen' = 翟文 "
      "(alias) 'EOD Thursday' -> 2026-06-25, no time (EOD gives the date only). 'Ma Xiao' = 马骁: 'for July' names the "
      "plan's period, not a deadline -> no_due. 'Lakeshore billing team' is no person and no department of ours -> "
      "no_owner, department null, 'ASAP' -> vague_due. Inbound lines are facts (6/20, Jun 27). 'Next sync: Tue Jun 30, "
      "8:00 PM PDT / Wed Jul 1, 11:00 AM Beijing' -> 2026-07-01 11:00.",
      items=[I("Emily Carter", "send the updated inbound SOP (with carton labeling rules)", ("weekday", 4), "2026-06-26"),
             I("Daniel Brooks", "confirm the dock appointment for QHU-2606", ("abs", "2026-06-29"), "2026-06-29"),
             I("翟文", "share the ASN file for the next container", ("weekday", 3), "2026-06-25"),
             I("马骁", "update the FBA replenishment plan for July"),
             I(None, "re-issue the May storage invoice", vague=True)],
      nxt=NF(("abs", "2026-07-01"), "2026-07-01", "11:00"))
def c6126():
    seed = "6126"
    sent = T("2026-06-23 19:30:55", "-07:00")
    frm = ("Emily Carter", email_of("Emily Carter"))
    to = people("翟文", "马骁", display={"翟文": "Wen Zhai", "马骁": "Ma Xiao"})
    cc = people("Daniel Brooks", "毕晓琳", display={"毕晓琳": "Lynn Bi"}) + [("Qihuo Minutes", QHBOT[1])]
    html = "".join("<div>%s</div>" % (esc(l) or "<br>") for l in _6126_TEXT.split("\n"))
    return gmail(seed, sent, frm, to, cc, "Qihuo x Lakeshore weekly ops call - notes & action items", _6126_TEXT, html)


_6127_TEXT = """各位：

本周供应链周会纪要，按人列一下：

【路遥】
① 博山玻璃厂新款露营灯罩打样跟进，本周三前拿到样品
② 下半年玻璃制品年度框架协议初稿，7月15日前
【孔令辉】
① 和财务袁经理对齐6月供应商付款计划，明天下午3点前
【翟文（物流部）】
① 7月中旬美线旺季舱位预订，尽快锁舱
② 德国海外仓退货处理流程梳理，本月底前
【冯工（技术部）】
① ERP采购模块和领星对接测试，3个工作日内

下周一同一时间（上午10:00）继续。

孔令辉
供应链部"""


@case(6127, "ecom-feishu-grouped-by-person-circled", "minutes",
      "Feishu Mail (UTF-8 QP) weekly minutes grouped by person in 【】 headings with ①② sub-tasks. Sent Mon 2026-07-06 "
      "12:10 +0800. 路遥 ① '本周三前' -> 2026-07-08; ② '7月15日前' -> 2026-07-15. 孔令辉 ① '明天下午3点前' -> "
      "2026-07-07 15:00 ('和财务袁经理对齐' names a counterpart, not a second owner). 翟文 ① '尽快锁舱' -> vague_due "
      "('7月中旬' is when the sailing is, not the deadline); ② '本月底前' -> 2026-07-31. '冯工' = 冯博 ① '3个工作日内' "
      "from Tue 07-07 -> 07-07, 07-08, 07-09 -> 2026-07-09. '下周一同一时间（上午10:00）继续' -> 2026-07-13 10:00.",
      items=[I("路遥", "博山玻璃厂新款露营灯罩打样跟进，拿到样品", ("weekday", 2), "2026-07-08"),
             I("路遥", "下半年玻璃制品年度框架协议初稿", ("abs", "2026-07-15"), "2026-07-15"),
             I("孔令辉", "和财务对齐6月供应商付款计划", ("rel", 1), "2026-07-07", time="15:00"),
             I("翟文", "7月中旬美线旺季舱位预订，锁舱", vague=True),
             I("翟文", "德国海外仓退货处理流程梳理", ("month_end",), "2026-07-31"),
             I("冯博", "ERP采购模块和领星对接测试", ("workdays", 3), "2026-07-09")],
      nxt=NF(("nextweek", 0), "2026-07-13", "10:00"))
def c6127():
    seed = "6127"
    sent = T("2026-07-06 12:10:40")
    frm = ("孔令辉", email_of("孔令辉"))
    to = people("路遥", "翟文", "冯博", "袁芳")
    cc = people("宋凯") + [QHBOT]
    html = feishu_html(fs_div(_6127_TEXT))
    return feishu(seed, sent, frm, to, cc, "供应链部周会纪要（7月6日）", _6127_TEXT, html)


_6128_TEXT = """路遥、孔经理：

今天下午关于2000套玻璃灯罩交期的视频会，纪要如下：

一、情况说明
因五一假期停产5天，原定5月12日交付的2000套露营灯玻璃灯罩需推迟至5月22日交付。

二、会议确定事项
1. 我厂（任丽）：5月9日（周六）前提供分批交货计划。
2. 贵司产品开发部房经理：5月11日前确认灯罩能否改用库存款替代。
3. 贵司路遥：若不能替代，与物流部协调部分货物改走空运，3个工作日内给出方案。

三、下次沟通
5月12日（周二）上午10点电话会。

任丽
博山琉璃灯饰厂 销售部
电话：0533-4182 6670"""


@case(6128, "ecom-supplier-minutes-dingtalk-mail", "minutes",
      "Minutes written by a supplier (博山琉璃灯饰厂) in 钉钉邮箱 / DingTalk mail (Alimail backend, UTF-8 base64, "
      "text+HTML). Sent Thu 2026-05-07 17:45 +0800, two days after Labour Day. 一、is the delay fact (5月12日 -> 5月22日): "
      "not an item. 1. '我厂（任丽）' = the sender (roster outsider, department null), '5月9日（周六）前' -> 2026-05-09, a "
      "make-up working day. 2. '房经理' = 房宇, '5月11日前' -> 2026-05-11. 3. 路遥, conditional but dated: '3个工作日内' "
      "from Fri 05-08: 05-08, Sat 05-09 (make-up), Mon 05-11 -> 2026-05-11. '5月12日（周二）上午10点电话会' -> 2026-05-12 "
      "10:00.",
      items=[I("任丽", "提供分批交货计划", ("abs", "2026-05-09"), "2026-05-09"),
             I("房宇", "确认灯罩能否改用库存款替代", ("abs", "2026-05-11"), "2026-05-11"),
             I("路遥", "若不能替代，与物流部协调部分货物改走空运并给出方案", ("workdays", 3), "2026-05-11")],
      nxt=NF(("abs", "2026-05-12"), "2026-05-12", "10:00"))
def c6128():
    seed = "6128"
    sent = T("2026-05-07 17:45:12")
    frm = ("任丽", email_of("任丽"))
    to = people("路遥", "孔令辉")
    cc = people("房宇") + [QHBOT]
    html = ('<div class="__aliyun_email_body_block"><div style="line-height:1.7;font-family:Tahoma,Arial,STHeiti,SimSun;'
            'font-size:14px;color:#000000;">' + fs_div(_6128_TEXT) + "</div></div>")
    body = Multi("alternative", [text(_6128_TEXT, "text/plain; charset=UTF-8", "base64", eol="\r\n"),
                                 text(html, "text/html; charset=UTF-8", "base64", eol="\r\n")],
                 "----=ALIBOUNDARY_%s_%s" % (int(h(seed, 6), 16) % 99999, h(seed + "b", 12)), indent=" ")
    hs = ["Date: " + rfcdate(sent), addr_list("From", [frm]), addr_list("To", to), addr_list("Cc", cc),
          "Message-ID: <%s-%s-%s-%s-%s.renli@boshan-glass.example.cn>" % (h(seed, 8), h(seed + "1", 4), h(seed + "2", 4),
                                                                           h(seed + "3", 4), h(seed + "4", 12)),
          hdr_text("Subject", "关于玻璃灯罩交期调整的会议纪要"), "X-Priority: 3", "X-Mailer: DingTalk Mail/7.6.15",
          "MIME-Version: 1.0", "x-aliyun-mail-creator: W4_%s" % b64id(seed, 40),
          "X-Alimail-AntiSpam: AC=CONTINUE;BC=0.0943825|-1;CH=green;DM=|CONTINUE|false|;DS=CONTINUE|ham_regular_dialog|"
          "0.0144792-0.000171-0.985349;FP=0|0|0|0|0|-1|-1|-1;HT=maildocker-contentspam033037026107;MF=renli@boshan-glass."
          "example.cn;NM=1;PH=DW;RN=5;RT=5;SR=0;TI=W4_%s;" % b64id(seed + "t", 20)]
    up = ["Received: from %s(mailfrom:renli@boshan-glass.example.cn fp:SMTPD_---.%s)\n          by smtp.aliyun-inc.com;\n"
          "          %s" % ("10.147.41.199", b64id(seed + "sm", 10), rfcdate(sent + dt.timedelta(seconds=1)))]
    tr = trace(QH, frm[1], sent, "out30-118.freemail.mail.aliyun.com (out30-118.freemail.mail.aliyun.com [115.124.30.118])",
               up, seed=seed)
    return _assemble(tr, hs, body, [], True)


def _6129_doc(d):
    d.add_heading("Prime Day 备战会会议纪要", level=1)
    for l in ["时间：2026年7月14日 15:00—16:30", "地点：淄博总部5楼大会议室 / 飞书视频会议", "主持：毕晓琳    记录：岳倩",
              "参会：宋凯、毕晓琳、马骁、孔令辉、翟文、岳倩、齐悦、冯博"]:
        d.add_paragraph(l)
    d.add_paragraph("一、会议结论", style="Heading 2")
    d.add_paragraph("1. 今年Prime Day主推露营灯、陶瓷餐具两个类目，广告预算较日常提高50%。")
    d.add_paragraph("2. 大促期间客服实行两班倒，每日18:00同步一次售后数据。")
    d.add_paragraph("二、待办事项", style="Heading 2")
    for l in ["1. 马骁：完成主推款Deal提报及广告预算分配表，7月16日前。",
              "2. 岳倩：主图及A+视频素材更新，7月17日（周五）前上线。",
              "3. 翟文：核实FBA入仓进度，在途库存7月20日前全部上架。",
              "4. 齐悦：整理大促客服话术及常见问题，下周一前。",
              "5. 冯博：ERP库存预警阈值调整，今天下班前。",
              "6. 孔令辉：备货追单——视前三天销售情况决定，待定。"]:
        d.add_paragraph(l)
    d.add_paragraph("三、下次会议", style="Heading 2")
    d.add_paragraph("7月21日（周二）15:00，复核备战进度。")


@case(6129, "ecom-docx-numbered-paragraphs-feishu", "minutes",
      "Feishu Mail with a short body and the minutes in a .docx attachment (numbered paragraphs, no table). Sent Tue "
      "2026-07-14 16:52 +0800. The gold is what a reader of the .docx records; the body's '@马骁 Deal提报时间比较紧，辛苦' "
      "adds nothing new. 一、会议结论 are decisions/rules ('每日18:00同步' is a standing rule). 二、待办事项: 1. 马骁 "
      "2026-07-16; 2. 岳倩 '7月17日（周五）前' -> 2026-07-17; 3. 翟文 '7月20日前' -> 2026-07-20; 4. 齐悦 '下周一前' -> "
      "2026-07-20; 5. 冯博 '今天下班前' -> 2026-07-14, no time; 6. 孔令辉 '待定' -> vague_due. '三、下次会议 7月21日（周二）"
      "15:00' -> 2026-07-21 15:00.",
      items=[I("马骁", "完成主推款Deal提报及广告预算分配表", ("abs", "2026-07-16"), "2026-07-16"),
             I("岳倩", "主图及A+视频素材更新上线", ("abs", "2026-07-17"), "2026-07-17"),
             I("翟文", "核实FBA入仓进度，在途库存全部上架", ("abs", "2026-07-20"), "2026-07-20"),
             I("齐悦", "整理大促客服话术及常见问题", ("nextweek", 0), "2026-07-20"),
             I("冯博", "ERP库存预警阈值调整", ("today",), "2026-07-14"),
             I("孔令辉", "备货追单（视前三天销售情况决定）", vague=True)],
      nxt=NF(("abs", "2026-07-21"), "2026-07-21", "15:00"),
      attach={"Prime Day备战会纪要0714.docx": ["下周一前", "今天下班前", "7月21日（周二）15:00"]})
def c6129():
    seed = "6129"
    sent = T("2026-07-14 16:52:08")
    frm = ("岳倩", email_of("岳倩"))
    to = people("宋凯", "毕晓琳", "马骁", "孔令辉", "翟文", "齐悦", "冯博")
    cc = [QHBOT]
    plain = "宋总、各位：\n\n附件为今天Prime Day备战会纪要，请查收。\n@马骁 Deal提报时间比较紧，辛苦。\n\n岳倩\n品牌部"
    html = feishu_html(fs_div(plain))
    data = make_docx(_6129_doc, "岳倩", (2026, 7, 14, 16, 45, 0))
    att = attachment(data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                     "Prime Day备战会纪要0714.docx")
    return feishu(seed, sent, frm, to, cc, "Prime Day备战会纪要（7月14日）", plain, html, attachments=[att])


_6130_TEXT = """Wen, Lynn - quick recap of our call just now:

1. Relabel the 86 cartons with wrong FNSKU labels - our warehouse team, by Monday
2. Send the corrected FNSKU list - Wen, today
3. Decide whether to pay the relabeling fee or ship the cartons back - Lynn, by next Wednesday

No need for a follow-up call unless something comes up.

Daniel"""


@case(6130, "ecom-gmail-app-quick-recap-pacific", "minutes",
      "Short English recap from the Gmail app (Android; ASCII text + <div dir=\"auto\"> HTML) by the 3PL's Daniel Brooks. "
      "Date Wed 2026-04-15 18:05 -0700 = Thu 2026-04-16 09:05 Asia/Shanghai; dates resolve from Thursday 04-16. 1. 'our "
      "warehouse team' (the 3PL's team, no person) -> no_owner, department null; 'by Monday' -> this week's Monday is "
      "past -> 2026-04-20. 2. 'Wen' = 翟文, 'today' -> the Shanghai send date 2026-04-16 (AMBIGUOUS: in the writer's "
      "time zone it was still 04-15, but resolving in Asia/Shanghai is the set's rule and 04-15 would already be past "
      "for Wen). 3. 'Lynn' = 毕晓琳, 'by next Wednesday' -> Wednesday of the following week 2026-04-22. 'No need for a "
      "follow-up call' -> next_followup null.",
      items=[I(None, "Relabel the 86 cartons with wrong FNSKU labels", ("weekday", 0), "2026-04-20"),
             I("翟文", "Send the corrected FNSKU list", ("today",), "2026-04-16"),
             I("毕晓琳", "Decide whether to pay the relabeling fee or ship the cartons back", ("nextweek", 2), "2026-04-22")])
def c6130():
    seed = "6130"
    sent = T("2026-04-15 18:05:31", "-07:00")
    frm = ("Daniel Brooks", email_of("Daniel Brooks"))
    to = people("翟文", "毕晓琳", display={"翟文": "Wen Zhai", "毕晓琳": "Lynn Bi"})
    cc = people("Emily Carter") + [("minutes", QHBOT[1])]
    html = "".join("<div dir=\"auto\">%s</div>" % (esc(l) or "<br>") for l in _6130_TEXT.split("\n"))
    return gmail(seed, sent, frm, to, cc, "Quick recap - carton label issue", _6130_TEXT, html, app=True)


_6131_TEXT = """房经理、岳倩：

刚才碰的几件事记一下：
1、欧盟商标注册材料，岳倩本月底前准备齐。
2、新品牌的包装设计，房经理下周五前出两版。
3、代理机构的合同让袁经理审一下，尽快。

宋凯"""


@case(6131, "ecom-iphone-ceo-short-list", "minutes",
      "Plain, common three-line recap typed on an iPhone by the CEO (Apple Mail, UTF-8 quoted-printable, text+HTML, "
      "'发自我的iPhone'). Sent Tue 2026-05-12 22:14 +0800. 1. 岳倩 '本月底前' -> 2026-05-31 (a Sunday; the date is kept). "
      "2. '房经理' = 房宇, '下周五前' -> 2026-05-22. 3. '袁经理' = 袁芳 (not in To/Cc; resolved through the roster alias), "
      "'尽快' -> vague_due. No next meeting -> null.",
      items=[I("岳倩", "准备欧盟商标注册材料", ("month_end",), "2026-05-31"),
             I("房宇", "出两版新品牌包装设计", ("nextweek", 4), "2026-05-22"),
             I("袁芳", "审核代理机构的合同", vague=True)])
def c6131():
    seed = "6131"
    sent = T("2026-05-12 22:14:03")
    frm = ("宋凯", email_of("宋凯"))
    to = people("房宇", "岳倩")
    cc = [QHBOT]
    plain = _6131_TEXT + "\n\n发自我的iPhone"
    html = ('<div dir="ltr">' + "".join("%s<br>" % esc(l) if l else "<br>" for l in _6131_TEXT.split("\n")) +
            '</div><div dir="ltr"><br id="lineBreakAtBeginningOfSignature"><div dir="ltr">发自我的iPhone</div></div>')
    up = ["Received: from smtpclient.apple ([111.36.152.%d])\n\tby smtp.feishu.cn with ESMTPSA id %s;\n\t%s" % (
        int(h(seed, 2), 16) % 250, h(seed + "i", 14), rfcdate(sent + dt.timedelta(seconds=1)))]
    return iphone(seed, sent, frm, to, cc, "新品牌注册的事", plain, html, cte="quoted-printable", upstream=up,
                  from_host="smtp-out.feishu.cn (smtp-out.feishu.cn [101.126.%d.%d])" % (
                      int(h(seed, 2), 16) % 200, int(h(seed + "q", 2), 16) % 250))


_6132_HTML = """<div style="font-family: -apple-system, 'PingFang SC', 'Microsoft Yahei', Arial; font-size: 14px; line-height: 1.6;">
<div><b>ERP 二期上线评审会 纪要（2026-07-21）</b></div>
<div>参会：宋总、冯博、袁芳、孔令辉、翟文</div>
<div><br></div>
<ol>
<li>领星数据同步
<ul>
<li>目前订单同步延迟约15分钟，目标5分钟以内。</li>
<li><b>Action:</b> 冯工 优化同步任务调度，7/24 前上线。</li>
</ul>
</li>
<li>财务模块
<ul>
<li>袁芳反馈应付对账报表缺少币种字段。</li>
<li><b>Action:</b> 冯博 + 袁芳 确认报表字段清单，by Thursday</li>
</ul>
</li>
<li>仓储模块
<ul>
<li><b>Action:</b> 翟文 提供海外仓SKU映射表，明天 EOD</li>
</ul>
</li>
<li>上线时间
<ul>
<li><b>Decision:</b> 二期8月3日正式切换，切换当天暂停采购下单。</li>
<li><b>Action:</b> 技术部 出切换方案和回滚预案，7月底前</li>
</ul>
</li>
</ol>
<div>Next review: 7/28 (Tue) 16:00，老地方。</div>
<div><br></div>
<div>冯博 | 技术部</div>
</div>"""


@case(6132, "ecom-html-only-action-lines-feishu", "minutes",
      "Single-part text/html (no plain alternative) from Feishu Mail, an <ol>/<ul> outline with 'Action:' and "
      "'Decision:' bullets. Sent Tue 2026-07-21 18:20 +0800. '冯工' = 冯博, '7/24 前' -> 2026-07-24. '冯博 + 袁芳 确认报表"
      "字段清单，by Thursday' = one task for two owners -> two items, both Thu 2026-07-23. 翟文 '明天 EOD' -> 2026-07-22, "
      "no time. '技术部' only -> no_owner, department 技术部, '7月底前' -> 2026-07-31. The Decision bullet (8月3日切换) and "
      "the status bullets are not items. 'Next review: 7/28 (Tue) 16:00' -> 2026-07-28 16:00.",
      items=[I("冯博", "优化同步任务调度并上线", ("abs", "2026-07-24"), "2026-07-24"),
             I("冯博", "确认报表字段清单", ("weekday", 3), "2026-07-23"),
             I("袁芳", "确认报表字段清单", ("weekday", 3), "2026-07-23"),
             I("翟文", "提供海外仓SKU映射表", ("rel", 1), "2026-07-22"),
             I(None, "出切换方案和回滚预案", ("month_end",), "2026-07-31", dept="技术部")],
      nxt=NF(("abs", "2026-07-28"), "2026-07-28", "16:00"))
def c6132():
    seed = "6132"
    sent = T("2026-07-21 18:20:10")
    frm = ("冯博", email_of("冯博"))
    to = people("宋凯", "袁芳", "孔令辉", "翟文")
    cc = [QHBOT]
    html = "<html><head></head><body>%s</body></html>" % _6132_HTML
    return feishu(seed, sent, frm, to, cc, "ERP二期上线评审会纪要 0721", None, html, html_only=True)


# ============================== other ==============================
_6133_TEXT = """各部门：

根据集团年中工作安排，请各部门于6月26日前将2026年上半年工作总结及下半年工作计划（电子版）报送综合办公室，总结控制在3000字以内，重点突出亮点工作和存在问题。各部门分管领导审核后再报送。

联系人：胡雪梅，电话0792-8106 2231。

综合办公室
2026年6月15日"""


@case(6133, "other-soe-notice-request-outlook", "other",
      "An office notice (通知) asking all departments to hand in half-year summaries '6月26日前', sent from Outlook zh-CN "
      "(gb2312 base64) on Mon 2026-06-15 with the bot in Cc out of habit. It is a request, not the minutes of a meeting: "
      "no 会议/纪要, no list of owners. kind other, no items, no follow-up.")
def c6133():
    seed = "6133"
    sent = T("2026-06-15 09:30:26")
    frm = ("胡雪梅", email_of("胡雪梅"))
    to = [("各部门负责人", "bmfzr@" + JJ)]
    cc = people("陶建华") + [JJBOT]
    up, fh = jj_outlook_hops(seed, sent, frm[1])
    return outlook(seed, sent, frm, to, cc, "关于报送2026年上半年工作总结的通知", _6133_TEXT, mso_lines(_6133_TEXT),
                   charset="gb2312", upstream=up, from_host=fh)


_6134_TEXT = """各位好，

下周的设计联络会（溪口项目，林茨方面Markus和Julia线上参加）时间还没定。考虑到时差，目前有两个选择：
A. 5月12日（周二）下午3:00-5:00（林茨时间上午9:00-11:00）
B. 5月13日（周三）下午4:00-6:00（林茨时间上午10:00-12:00）

请大家今天下班前回复哪个时间方便，我汇总后发正式会议邀请。

杜明轩
项目部"""


@case(6134, "other-meeting-time-poll-makeup-saturday", "other",
      "A scheduling mail (Outlook zh-CN, UTF-8 base64) sent on Sat 2026-05-09, a Labour Day make-up working day: it "
      "proposes two slots for next week's design liaison meeting and asks for answers '今天下班前'. No meeting has taken "
      "place and nothing is decided: not minutes -> kind other, no items, and next_followup null (the proposed slots "
      "are not an agreed next meeting; next_followup is read only from minutes).")
def c6134():
    seed = "6134"
    sent = T("2026-05-09 10:12:45")
    frm = ("杜明轩", email_of("杜明轩"))
    to = people("向红", "王振东", "覃春燕", "Anna Gruber", "李晓勇")
    cc = [XJBOT]
    return xj_outlook(seed, sent, frm, to, cc, "下周设计联络会时间征询", _6134_TEXT, mso_lines(_6134_TEXT),
                      charset="utf-8", cte="base64", extra=EXO_EXTRA)


_6135_HTML = """<div style="font-family: -apple-system, 'PingFang SC', 'Microsoft Yahei', Arial; font-size: 14px; line-height: 1.7;">
<div style="font-size:20px"><b>运营中心周报 · 第27期</b></div>
<div style="color:#8f959e">2026年6月29日—7月3日 ｜ 编辑：毕晓琳</div>
<div><br></div>
<div><b>一、本周数据</b></div>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><th>站点</th><th>GMV（万美元）</th><th>环比</th><th>ACoS</th></tr>
<tr><td>美国站</td><td>38.6</td><td>+6.2%</td><td>18.4%</td></tr>
<tr><td>德国站</td><td>12.1</td><td>+11.5%</td><td>21.0%</td></tr>
<tr><td>法国站</td><td>4.3</td><td>-2.8%</td><td>24.7%</td></tr>
</table>
<div><br></div>
<div><b>二、本周亮点</b></div>
<div>1. 露营灯新品上架首周进入德国站类目前50。</div>
<div>2. 陶瓷餐具套装差评率从3.1%降到1.9%，客服部齐悦团队的售后回访起了作用。</div>
<div>3. Lakeshore海外仓6月入库时效平均缩短1.5天。</div>
<div><br></div>
<div><b>三、下周重点</b></div>
<div>Prime Day备战（预计7月中旬）、德国站VAT申报收尾、露营灯第二批补货。</div>
<div><br></div>
<div><b>四、小贴士</b></div>
<div>亚马逊7月15日起调整部分类目佣金，详情见飞书知识库《平台政策速递》。</div>
<div><br></div>
<div style="color:#8f959e">本周报每周五发送给运营中心及相关部门，有内容想上周报的，周四前发我。</div>
</div>"""


@case(6135, "other-weekly-newsletter-person-feishu", "other",
      "A weekly newsletter written and sent by a person (运营中心周报 第27期, Feishu Mail, HTML only) to staff including "
      "the bot. No list/bulk headers and no Auto-Submitted, so it is not auto; it reports numbers, highlights and "
      "next week's focus without owners or deadlines, and no meeting took place -> kind other, no items. Dates inside "
      "('7月中旬', '7月15日起', '周四前发我') are news and a standing invitation, not action items.")
def c6135():
    seed = "6135"
    sent = T("2026-07-03 17:30:00")
    frm = ("毕晓琳", email_of("毕晓琳"))
    to = [("运营中心", "yyzx@" + QH)] + people("宋凯", "孔令辉", "翟文", "齐悦")
    cc = [QHBOT]
    html = "<html><head></head><body>%s</body></html>" % _6135_HTML
    return feishu(seed, sent, frm, to, cc, "运营中心周报 · 第27期（6.29-7.3）", None, html, html_only=True)


# ============================== auto ==============================
@case(6136, "auto-ooo-exchange-bilingual", "auto",
      "Exchange Online out-of-office reply to the bot's recap of 6114, 'Automatic reply:' subject, Auto-Submitted: "
      "auto-replied, X-Auto-Response-Suppress: All, X-MS-Exchange-Inbox-Rules-Loop, In-Reply-To the recap. The body "
      "has dates ('6月12日至6月22日', 'back on 23 June') and a delegate, which are neither items nor commands -> kind "
      "auto; the bot must not answer it.")
def c6136():
    seed = "6136"
    sent = T("2026-06-11 10:01:37", "+00:00")
    frm = ("田野", email_of("田野"))
    to = [XJBOT]
    recap = "<minutebot.%s@xja-hydro.example.cn>" % h("recap6114", 16)
    plain = ("您好，我于6月12日至6月22日休假，期间无法及时回复邮件。质量相关紧急事项请联系覃春燕"
             "（qinchunyan@xja-hydro.example.cn）。\r\n\r\nI am out of the office from 12 June to 22 June and will be "
             "back on 23 June. For urgent quality matters please contact Cathy Qin.\r\n\r\n田野 Tian Ye\r\n质量部 Quality")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">' +
            "".join("<div>%s</div>" % (esc(l) or "<br>") for l in plain.replace("\r\n", "\n").split("\n")) +
            "</div></body></html>")
    n = 5000 + int(h(seed, 3), 16) % 4000
    bnd = "_000_TYZPR06MB%d%s_" % (n, h(seed, 20, True))
    body = Multi("alternative", [text(plain, 'text/plain; charset="utf-8"', "base64"),
                                 text(html, 'text/html; charset="utf-8"', "base64")], bnd, indent="\n\t")
    subj = "Automatic reply: 【纪要确认】质量专题会会议纪要（6月11日）"
    hs = [addr_list("From", [frm]), addr_list("To", to), hdr_text("Subject", subj), hdr_text("Thread-Topic",
          "【纪要确认】质量专题会会议纪要（6月11日）"), "Thread-Index: " + _thread_index(seed),
          "Date: " + rfcdate(sent), "Message-ID: <TYZPR06MB%d%s@TYZPR06MB%d.apcprd06.prod.outlook.com>" % (
              n, h(seed, 20, True), n),
          "References: " + recap, "In-Reply-To: " + recap, "Accept-Language: zh-CN, en-US", "Content-Language: zh-CN",
          "X-MS-Has-Attach: ", "X-MS-Exchange-Organization-SCL: -1", "X-MS-TNEF-Correlator: ",
          "Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
          "X-MS-Exchange-Inbox-Rules-Loop: tianye@xja-hydro.example.cn", "X-MS-Exchange-Generated-Message-Source: "
          "Mailbox Rules Agent"]
    up, fh = exo_hops(seed, sent)
    tr = trace(XJ, frm[1], sent, fh, up, seed=seed)
    return _assemble(tr, hs, body, ["MIME-Version: 1.0"], True)


@case(6137, "auto-coremail-dsn-bounce", "auto",
      "Delivery status notification from the 九江港航 Coremail server (From postmaster, Return-Path <>, Auto-Submitted: "
      "auto-replied, multipart/report; report-type=delivery-status with a Chinese/English notice, a message/"
      "delivery-status part and the returned headers) for the bot's recap to the customer's address. The notice "
      "quotes the recap's subject and a 550 error; nothing in it is minutes or a reply -> kind auto.")
def c6137():
    seed = "6137"
    sent = T("2026-06-16 17:33:51")
    bot = JJBOT[1]
    recap_mid = "<minutebot.%s@jjgh.example.cn>" % h("recap6108", 16)
    notice = ("您好，\n\n您发送的邮件未能成功投递到以下收件人：\n\n  lvjianxin@hfcement.example.cn\n\n"
              "原邮件主题：【纪要确认】华峰水泥下半年物流合作洽谈纪要（腾讯会议AI纪要）\n"
              "原邮件发送时间：2026-06-16 17:31:02\n"
              "退信原因：对方服务器拒收（550 5.1.1 <lvjianxin@hfcement.example.cn>: Recipient address rejected: "
              "User unknown in virtual mailbox table）\n\n"
              "建议：请检查收件人地址是否正确，或通过其他方式联系收件人。\n\n"
              "This is the mail system at host mail.jjgh.example.cn. Your message could not be delivered to one or more "
              "recipients.\n\n-- 九江港航物流集团邮件系统")
    dsn = ("Reporting-MTA: dns; mail.jjgh.example.cn\nX-Coremail-Queue-ID: %s\nArrival-Date: %s\n\n"
           "Final-Recipient: rfc822; lvjianxin@hfcement.example.cn\nOriginal-Recipient: rfc822;lvjianxin@hfcement.example.cn\n"
           "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.hfcement.example.cn\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <lvjianxin@hfcement.example.cn>: Recipient address rejected: User unknown\n"
           "    in virtual mailbox table\n" % (h(seed, 12, True), rfcdate(sent - dt.timedelta(minutes=2, seconds=49))))
    orig = ("Return-Path: <%s>\nReceived: from bot.jjgh.example.cn (unknown [10.16.1.40])\n\tby mail.jjgh.example.cn "
            "(Coremail) with SMTP id %s;\n\t%s (CST)\nFrom: =?utf-8?B?%s?= <%s>\nTo: =?utf-8?B?%s?= "
            "<lvjianxin@hfcement.example.cn>\nSubject: %s\nMessage-ID: %s\nAuto-Submitted: auto-generated\n"
            "X-Auto-Response-Suppress: OOF, AutoReply\nDate: %s\n" % (
                bot, b64id(seed, 24), rfcdate(sent - dt.timedelta(minutes=2, seconds=48)),
                base64.b64encode("纪要助手".encode()).decode(), bot, base64.b64encode("吕建新".encode()).decode(),
                " ".join(ew("【纪要确认】华峰水泥下半年物流合作洽谈纪要（腾讯会议AI纪要）")), recap_mid,
                rfcdate(sent - dt.timedelta(minutes=2, seconds=49))))
    p1 = text(notice, "text/plain; charset=UTF-8", "base64", eol="\n", extra=["Content-Description: Notification"])
    p2 = Leaf("message/delivery-status", dsn.encode("ascii"), "7bit", ["Content-Description: Delivery report"])
    p3 = Leaf("text/rfc822-headers", orig.encode("ascii"), "7bit", ["Content-Description: Undelivered Message Headers"])
    body = Multi("report", [p1, p2, p3], "%s.%d/mail.jjgh.example.cn" % (h(seed, 12, True), int(sent.timestamp())),
                 params=";\n\treport-type=delivery-status", indent="\n\t")
    body.headers = ['Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="%s"' % body.boundary]
    body.preamble = "This is a MIME-encapsulated message."
    hs = ["Date: " + rfcdate(sent) + " (CST)", "From: MAILER-DAEMON@mail.jjgh.example.cn (Mail Delivery System)",
          hdr_text("Subject", "系统退信：Undelivered Mail Returned to Sender"), "To: " + bot,
          "Auto-Submitted: auto-replied", "MIME-Version: 1.0", "Message-Id: <%s.%s@mail.jjgh.example.cn>" % (
              h(seed + "m", 12, True), int(sent.timestamp()))]
    lines = ["Return-Path: <>", "Delivered-To: " + bot,
             "Received: by bot.jjgh.example.cn (Postfix) from mail.jjgh.example.cn\n\tid 4c%s; %s (CST)" % (
                 h(seed + "q", 10, True), rfcdate(sent + dt.timedelta(seconds=1)))]
    return _assemble(lines, hs, body, [], False)


@case(6138, "auto-feishu-task-notification", "auto",
      "A Feishu task notification ('你关注的任务即将到期') sent by the platform, not a person: no-reply From, "
      "Auto-Submitted: auto-generated, Precedence: bulk, List-Unsubscribe(-Post). The body looks like an item "
      "(任务 / 负责人 袁芳 / 截止时间 2026年6月30日 18:00) but it is a system notice -> kind auto, no items, and the bot "
      "must not answer it.")
def c6138():
    seed = "6138"
    sent = T("2026-06-26 09:00:04")
    frm = ("飞书", "no-reply@notice.feishu.example.cn")
    to = [("纪要助手", QHBOT[1])]
    plain = ("你关注的任务即将到期\n\n任务：整理德国站VAT申报资料\n负责人：袁芳\n截止时间：2026年6月30日 18:00\n"
             "来源：智能纪要：欧洲站Q3选品会 2026年6月3日\n\n查看详情：https://applink.feishu.example.cn/client/todo/"
             "detail?guid=%s\n\n你收到此邮件是因为你是该任务的关注人。退订任务邮件提醒：https://www.feishu.example.cn/"
             "settings/notification\n© 2026 飞书" % h(seed, 32))
    html = ('<html><body><table width="600" style="font-family:PingFang SC,Microsoft Yahei,Arial;font-size:14px">'
            '<tr><td style="font-size:18px;font-weight:bold;padding:16px 0">你关注的任务即将到期</td></tr>'
            '<tr><td>任务：整理德国站VAT申报资料</td></tr><tr><td>负责人：袁芳</td></tr>'
            '<tr><td>截止时间：2026年6月30日 18:00</td></tr><tr><td>来源：智能纪要：欧洲站Q3选品会 2026年6月3日</td></tr>'
            '<tr><td style="padding:16px 0"><a href="https://applink.feishu.example.cn/client/todo/detail?guid=%s" '
            'style="background:#3370ff;color:#fff;padding:8px 16px;text-decoration:none">查看详情</a></td></tr>'
            '<tr><td style="color:#8f959e;font-size:12px">你收到此邮件是因为你是该任务的关注人。'
            '<a href="https://www.feishu.example.cn/settings/notification">退订任务邮件提醒</a><br>© 2026 飞书</td></tr>'
            '</table></body></html>' % h(seed, 32))
    body = Multi("alternative", [text(plain, "text/plain; charset=UTF-8", "base64", eol="\n"),
                                 text(html, "text/html; charset=UTF-8", "base64", eol="\n")], h(seed, 30), indent=" ")
    hs = ["Date: " + rfcdate(sent), "Message-Id: <%s@notice.feishu.example.cn>" % h(seed + "m", 32),
          "Mime-Version: 1.0", addr_list("From", [frm]), addr_list("To", to),
          hdr_text("Subject", "【飞书任务】你关注的任务「整理德国站VAT申报资料」即将到期"),
          "Auto-Submitted: auto-generated", "Precedence: bulk",
          "List-Unsubscribe: <https://www.feishu.example.cn/mail/unsubscribe?t=%s>" % h(seed + "u", 24),
          "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "X-Feishu-Notification-Type: todo_due_remind",
          "Feedback-ID: todo:notify:feishu"]
    tr = trace(QH, "bounce+%s@notice.feishu.example.cn" % h(seed + "b", 16), sent,
               "mta-out-12.notice.feishu.example.cn (mta-out-12.notice.feishu.example.cn [101.126.40.12])", [], seed=seed)
    return _assemble(tr, hs, body, [], False)


# ---------------------------------------------------------------------------------------------------------------
# Writing and checking
# ---------------------------------------------------------------------------------------------------------------
def sent_of(raw):
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    return parsedate_to_datetime(str(msg["Date"])).astimezone(SH)


def gold_of(c, raw):
    sent = sent_of(raw)
    items = []
    for it in c["items"]:
        g = it.gold(sent)
        if it.exp is not None:
            assert g["due_date"] == it.exp, (c["num"], it.task, g["due_date"], it.exp)
        items.append(g)
    nxt = None
    if c["nxt"] is not None:
        nxt = c["nxt"].gold(sent)
        assert nxt["date"] == c["nxt"].exp, (c["num"], nxt, c["nxt"].exp)
    assert c["kind"] == "minutes" or (not items and nxt is None)
    return {"kind": c["kind"], "items": items, "next_followup": nxt, "reply": None, "notes": c["notes"]}


def fname(c):
    return "%d-%s" % (c["num"], c["slug"])


def build_all():
    out = []
    for c in sorted(CASES, key=lambda x: x["num"]):
        raw = c["build"]()
        out.append((c, raw))
    return out


def write(outdir):
    check_roster_aliases()
    os.makedirs(outdir, exist_ok=True)
    for c, raw in build_all():
        with open(os.path.join(outdir, fname(c) + ".eml"), "wb") as f:
            f.write(raw)
        g = gold_of(c, raw)
        with open(os.path.join(outdir, fname(c) + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=2)
            f.write("\n")
    write_roster(os.path.join(outdir, "roster.csv"))
    print("wrote %d cases to %s" % (len(CASES), outdir))


STRICT_ALIASES = {"gb2312": "gb2312", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5", "utf-8": "utf-8",
                  "us-ascii": "ascii", "iso-8859-1": "latin-1"}


def _attachment_text(part):
    data = part.get_payload(decode=True)
    fn = part.get_filename() or ""
    if fn.endswith(".docx"):
        import docx
        d = docx.Document(io.BytesIO(data))
        chunks = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                chunks.append("\t".join(c.text for c in r.cells))
        return fn, "\n".join(chunks)
    if fn.endswith(".pdf"):
        import pypdf
        r = pypdf.PdfReader(io.BytesIO(data))
        return fn, "\n".join(p.extract_text() for p in r.pages)
    return fn, None


def check(outdir):
    problems = []
    names = sorted(x for x in os.listdir(outdir) if x.endswith(".eml"))
    expected = sorted(fname(c) + ".eml" for c in CASES)
    if names != expected:
        problems.append("file list differs: %s" % sorted(set(names) ^ set(expected)))
    # roster
    with open(os.path.join(outdir, "roster.csv"), encoding="utf-8") as f:
        roster = {r["email"]: r for r in csv.DictReader(f)}
    for c in sorted(CASES, key=lambda x: x["num"]):
        base = fname(c)
        p = os.path.join(outdir, base + ".eml")
        if not os.path.exists(p):
            continue
        raw = open(p, "rb").read()
        if raw != c["build"]():
            problems.append("%s: .eml differs from what the generator builds" % base)
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            if part.defects:
                problems.append("%s: defects %r in %s" % (base, part.defects, part.get_content_type()))
            for k, v in part.items():
                if getattr(v, "defects", None):
                    problems.append("%s: header %s defects %r" % (base, k, v.defects))
            if part.get_content_maintype() == "text":
                cs = (part.get_content_charset() or "us-ascii").lower()
                data = part.get_payload(decode=True)
                try:
                    data.decode(STRICT_ALIASES.get(cs, cs))
                except UnicodeDecodeError:
                    if c["lie"] and cs == c["lie"][0]:
                        data.decode(c["lie"][1])          # documented label lie: must decode with the real codec
                    else:
                        problems.append("%s: %s part does not decode as %s" % (base, part.get_content_type(), cs))
                part.get_content()
            elif part.get_content_disposition() == "attachment":
                fn, txt = _attachment_text(part)
                for s in c["attach"].get(fn, []):
                    if txt is None or s not in txt:
                        problems.append("%s: attachment %s lacks %r" % (base, fn, s))
        for k in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[k] is None:
                problems.append("%s: no %s header" % (base, k))
        for k in ("Return-Path", "Delivered-To", "Received"):
            if msg[k] is None:
                problems.append("%s: no %s trace header" % (base, k))
        # gold: recompute from this message's own Date header
        gpath = os.path.join(outdir, base + ".json")
        gold = json.load(open(gpath, encoding="utf-8"))
        if list(gold.keys()) != ["kind", "items", "next_followup", "reply", "notes"]:
            problems.append("%s: gold keys %s" % (base, list(gold.keys())))
        try:
            fresh = gold_of(c, raw)
        except AssertionError as e:
            problems.append("%s: date rule mismatch %s" % (base, e))
            continue
        if fresh != gold:
            problems.append("%s: gold differs from recomputation" % base)
        addrs = set()
        for k in ("From", "To", "Cc"):
            if msg[k] is not None:
                addrs |= {a.addr_spec for a in msg[k].addresses}
        for it in gold["items"]:
            if set(it) != {"owner_name", "owner_email", "department", "task", "due_date", "due_time", "flags"}:
                problems.append("%s: item keys %s" % (base, sorted(it)))
            if not set(it["flags"]) <= {"no_owner", "vague_due", "no_due"}:
                problems.append("%s: flags %s" % (base, it["flags"]))
            if it["owner_email"] and it["owner_email"] not in roster and it["owner_email"] not in addrs:
                problems.append("%s: owner %s neither in roster nor in headers" % (base, it["owner_email"]))
            if it["owner_email"] in roster and roster[it["owner_email"]]["name"] != it["owner_name"]:
                problems.append("%s: owner name %s is not the roster name" % (base, it["owner_name"]))
            if (it["owner_name"] is None) != ("no_owner" in it["flags"]):
                problems.append("%s: no_owner flag inconsistent" % base)
            if it["due_date"] is None and not ({"vague_due", "no_due"} & set(it["flags"])):
                problems.append("%s: undated item without flag" % base)
            if it["due_date"]:
                d = dt.date.fromisoformat(it["due_date"])
                if d.year != 2026:
                    problems.append("%s: date outside 2026" % base)
        s = sent_of(raw)
        if not (dt.date(2026, 4, 1) <= s.date() <= dt.date(2026, 7, 31)):
            problems.append("%s: sent outside April-July 2026: %s" % (base, s))
    for x in problems:
        print("PROBLEM", x)
    print("checked %d cases: %s" % (len(names), "OK" if not problems else "%d problems" % len(problems)))
    return not problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("outdir", nargs="?", default=HERE)
    a = ap.parse_args()
    if a.check:
        sys.exit(0 if check(a.outdir) else 1)
    os.makedirs(a.outdir, exist_ok=True)   # (added when the set joined the tests: write, then check)
    write(a.outdir)
    sys.exit(0 if check(a.outdir) else 1)


if __name__ == "__main__":
    main()

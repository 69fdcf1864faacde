#!/usr/bin/env python3
"""replies7: blind held-out set of replies to minutebot recaps (cases 1501-).

    python gen_replies7.py [OUTDIR]          # write NNN-slug.eml/.json, roster.csv (default: this folder)
    python gen_replies7.py --check [DIR]     # re-validate: every gold new_due_date recomputed with chinesecalendar,
                                             # every .eml parsed without defects, gold schema checked
Deterministic: no clock, no randomness. MIME/header helpers adapted from the dev corpus's make_corpus.py.
Run with a Python that has `chinesecalendar` (e.g. /work/blind/venv/bin/python).
"""
import base64, binascii, csv, datetime as dt, hashlib, html, io, json, re, sys, zipfile
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32
from pathlib import Path
import chinese_calendar

TZ8 = dt.timezone(dt.timedelta(hours=8))
UTC = dt.timezone.utc
D = dt.date
WEEKDAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTH_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

def ts(s, tz=TZ8):
    """'2024-10-10 16:02:37' -> aware datetime."""
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz)


def rfc_date(t):
    off = t.utcoffset()
    sign = "+" if off >= dt.timedelta(0) else "-"
    mins = abs(int(off.total_seconds())) // 60
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WEEKDAY_EN[t.weekday()], t.day, MONTH_EN[t.month - 1],
                                                      t.year, t.hour, t.minute, t.second, sign, mins // 60,
                                                      mins % 60)


def sh(t):
    return t.astimezone(TZ8)



# --------------------------------------------------------------------------------------------------------------
# Header encoding (RFC 2047), done by hand so the charset label can differ from the codec, as in real mail
# --------------------------------------------------------------------------------------------------------------
CODEC = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "us-ascii": "ascii",
         "big5": "big5", "iso-8859-1": "latin-1", "windows-1252": "cp1252", "iso-2022-jp": "iso2022_jp", "euc-kr": "euc_kr", "shift_jis": "shift_jis"}


def codec(label):
    return CODEC[label.lower()]


def encoded_words(text, label="utf-8", mode="B", limit=75):
    """Split text into whole-character encoded-words, each at most `limit` chars long."""
    words, cur = [], ""
    cs = codec(label)

    def enc(s):
        raw = s.encode(cs)
        if mode.upper() == "B":
            body = base64.b64encode(raw).decode()
        else:
            body = "".join(chr(b) if (chr(b).isalnum() and b < 128) else ("_" if b == 32 else "=%02X" % b)
                           for b in raw)
        return "=?%s?%s?%s?=" % (label, mode, body)

    for ch in text:
        if cur and len(enc(cur + ch)) > limit:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return words


def htext(text, label="utf-8", mode="B", prefix=""):
    """An unstructured header value (Subject): ASCII stays as is, the rest becomes encoded-words."""
    if all(ord(c) < 128 for c in text):
        return prefix + text
    return prefix + "\n ".join(encoded_words(text, label, mode, limit=66))


def haddr(name, email, label="utf-8", mode="B", quote=False):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email}>' if quote or re.search(r"[^\w ]", name) else f"{name} <{email}>"
    try:
        name.encode(codec(label))
    except UnicodeEncodeError:
        label = "utf-8"  # clients fall back to UTF-8 for a name the message charset cannot hold
    w = " ".join(encoded_words(name, label, mode))
    return f'"{w}" <{email}>' if quote else f"{w} <{email}>"


def _unused_haddrs(people, label="utf-8", mode="B", quote=False, sep=", "):
    return sep.join(haddr(*who(p) if isinstance(p, str) else p, label=label, mode=mode, quote=quote)
                    for p in people)


# --------------------------------------------------------------------------------------------------------------
# MIME building
# --------------------------------------------------------------------------------------------------------------
def transfer_encode(data, cte):
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return binascii.b2a_qp(data, istext=True).decode("ascii")
    if cte in ("7bit", "8bit", "binary"):
        return data.decode("ascii", "surrogateescape")
    raise ValueError(cte)


def leaf(ctype, text=None, label=None, cte="base64", data=None, params=(), headers=(), ct_quote=True, crlf=False):
    """A single MIME part with an already transfer-encoded payload (crlf: CRLF inside base64, as Windows clients)."""
    m = Message()
    ct = ctype
    if label:
        ct += '; charset="%s"' % label if ct_quote else "; charset=%s" % label
    for k, v in params:
        ct += '; %s="%s"' % (k, v) if ct_quote else "; %s=%s" % (k, v)
    m["Content-Type"] = ct
    for k, v in headers:
        m[k] = v
    m["Content-Transfer-Encoding"] = cte
    if data is None:
        if crlf and cte == "base64":
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        data = text.encode(codec(label))
    m.set_payload(transfer_encode(data, cte))
    return m


def multi(subtype, parts, boundary, preamble=None, params=()):
    m = Message()
    ct = 'multipart/%s; boundary="%s"' % (subtype, boundary)
    for k, v in params:
        ct += '; %s="%s"' % (k, v)
    m["Content-Type"] = ct
    m.set_payload(list(parts))
    if preamble:
        m.preamble = preamble
    m.epilogue = ""
    return m


def envelope(headers, body, mime_version=True, mime_after=None):
    """Top-level message: the given headers in order, then the body part's own headers and payload."""
    top = Message()
    placed = False
    for k, v in headers:
        top[k] = v
        if mime_after and k == mime_after and mime_version:
            top["MIME-Version"] = "1.0"
            placed = True
    if mime_version and not placed:
        top["MIME-Version"] = "1.0"
    for k, v in body.items():
        top[k] = v
    top._payload = body._payload  # raw: keeps 8bit surrogate escapes
    top.preamble = body.preamble
    top.epilogue = body.epilogue
    return top


def serialize(msg, crlf=False):
    buf = io.BytesIO()
    pol = compat32.clone(linesep="\r\n" if crlf else "\n", max_line_length=78)
    BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(msg)
    return buf.getvalue()


def hx(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def hb64(seed, nbytes):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:nbytes]).decode()


def thread_index(seed, parent_seed=None):
    """Outlook Thread-Index: 22 bytes (0x01 + FILETIME-ish + GUID), plus a 5-byte child block per reply."""
    if parent_seed:
        raw = base64.b64decode(thread_index(parent_seed)) + hashlib.sha256(seed.encode()).digest()[:5]
    else:
        raw = b"\x01\xdb" + hashlib.sha256(seed.encode()).digest()[:20]
    return base64.b64encode(raw).decode()



# ----------------------------------------------------------------------------------------------------------------
# Calendar: every working-day computation goes through chinesecalendar (official 2004-2026 schedules)
# ----------------------------------------------------------------------------------------------------------------
def is_workday(d):
    return chinese_calendar.is_workday(d)


def add_workdays(start, n):
    """N个工作日: count working days starting the day after `start`."""
    d, left = start, n
    while left:
        d += dt.timedelta(days=1)
        if is_workday(d):
            left -= 1
    return d


def first_workday_after_holiday(d):
    """节后第一个工作日: skip forward to the first working day after the next holiday block on/after d."""
    while is_workday(d):
        d += dt.timedelta(days=1)
    while not is_workday(d):
        d += dt.timedelta(days=1)
    return d


def this_or_next_weekday(sent, wd):
    monday = sent - dt.timedelta(days=sent.weekday())
    cand = monday + dt.timedelta(days=wd)
    return cand if cand >= sent else cand + dt.timedelta(days=7)


def next_week_weekday(sent, wd):
    monday = sent - dt.timedelta(days=sent.weekday())
    return monday + dt.timedelta(days=7 + wd)


def day_only(sent, day):
    """'the 27th' / '27号': this month if not yet past, else next month."""
    if day >= sent.day:
        return D(sent.year, sent.month, day)
    m = sent.month % 12 + 1
    return D(sent.year + (sent.month == 12), m, day)


def tz(h):
    return dt.timezone(dt.timedelta(hours=h))


def at(s, h=8):
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz(h))


# ----------------------------------------------------------------------------------------------------------------
# Organisation: 濠庭酒店集团 Haoting Hotels & Resorts (Macau HQ; Taipei, Shanghai, Tokyo, Seoul)
# ----------------------------------------------------------------------------------------------------------------
DOM = "haoting-hotels.example.com"
BOT = ("纪要助手", "minutes@" + DOM)

ROSTER = [
    # name, local, department, head?, aliases
    ("何嘉欣", "karen.ho", "營運部", True, "Karen Ho;何總;Karen;嘉欣"),
    ("黃詠詩", "vivian.wong", "營運部", False, "Vivian Wong;黄咏诗;詠詩;Vivian"),
    ("梁志豪", "jason.leung", "工程部", True, "Jason Leung;梁工;豪哥;Jason"),
    ("馮俊傑", "kit.fung", "工程部", False, "Kit Fung;阿傑;冯俊杰;Kit"),
    ("陳美玲", "mabel.chan", "財務部", True, "Mabel Chan;陳總監;陈美玲;Mabel"),
    ("李家樂", "kelvin.lee", "市場部", True, "Kelvin Lee;李經理;李家乐;Kelvin"),
    ("區嘉雯", "carmen.au", "市場部", False, "Carmen Au;嘉雯;区嘉雯;Carmen"),
    ("林佳蓉", "jessica.lin", "客房部", True, "Jessica Lin;林經理;林佳蓉經理;Jessica"),
    ("張書豪", "howard.chang", "客房部", False, "Howard Chang;書豪;张书豪;Howard"),
    ("吳雅婷", "tiffany.wu", "餐飲部", True, "Tiffany Wu;雅婷;吴雅婷;Tiffany"),
    ("王建明", "wangjianming", "销售部", True, "王总;Jimmy Wang;Wang Jianming"),
    ("刘晓雯", "liuxiaowen", "销售部", False, "Sherry Liu;晓雯;小刘;Liu Xiaowen"),
    ("钱峰", "qianfeng", "餐饮部", False, "Frank Qian;钱经理;Qian Feng"),
    ("赵鹏", "zhaopeng", "信息技术部", True, "Peter Zhao;赵工;Zhao Peng;趙鵬"),
    ("周磊", "zhoulei", "信息技术部", False, "Ray Zhou;磊子;Zhou Lei"),
    ("孙倩", "sunqian", "人力资源部", True, "Sunny Sun;孙经理;Sun Qian;孫倩"),
    ("郑雪", "zhengxue", "采购部", True, "Snow Zheng;郑经理;Zheng Xue"),
    ("许文静", "xuwenjing", "采购部", False, "Wendy Xu;文静;Xu Wenjing"),
    ("佐藤健一", "kenichi.sato", "东京事业部", True, "Kenichi Sato;Sato-san;佐藤さん;佐藤"),
    ("山田美咲", "misaki.yamada", "东京事业部", False, "Misaki Yamada;山田さん;山田"),
    ("김민준", "minjun.kim", "首尔事业部", True, "Kim Minjun;Minjun Kim;金敏俊;민준"),
    ("박서연", "seoyeon.park", "首尔事业部", False, "Park Seoyeon;Seoyeon Park;朴瑞妍;서연"),
]
# 钱峰 (上海餐饮部) reports to 吳雅婷 (group F&B head, Taipei)
MANAGER_OVERRIDE = {"钱峰": "吳雅婷"}
P = {}
_heads = {dep: local for name, local, dep, head, _ in ROSTER if head}
_local = {name: local for name, local, *_ in ROSTER}
for name, local, dep, head, aliases in ROSTER:
    mgr = "" if head else "%s@%s" % (_local[MANAGER_OVERRIDE[name]] if name in MANAGER_OVERRIDE else _heads[dep], DOM)
    P[name] = {"name": name, "email": "%s@%s" % (local, DOM), "department": dep, "manager_email": mgr,
               "aliases": aliases}

EXT = {  # vendors and consultants (not in the roster)
    "Jonas Weber": "j.weber@kuechentechnik-owl.example.de",
    "Camille Durand": "camille.durand@blanchisserie-lyonnaise.example.fr",
    "Élodie Martin": "elodie.martin@blanchisserie-lyonnaise.example.fr",
    "Sanne de Vries": "sanne@roomlink.example.nl",
    "Piotr Nowak": "piotr.nowak@vistulasoft.example.pl",
    "Nguyễn Thị Lan": "lan.nguyen@saigonwood.example.vn",
    "Lucía Fernández": "lucia@fernandez-hospitality.example.es",
}


def who(name):
    if isinstance(name, tuple):
        return name
    if name in P:
        return (name, P[name]["email"])
    if name == BOT[0]:
        return BOT
    return (name, EXT[name])


def bot_reply_to(mkey):
    return (BOT[0], "minutes+r%s@%s" % (hx("token" + mkey, 16), DOM))


# ----------------------------------------------------------------------------------------------------------------
# The meetings whose recaps the replies answer. rows: (task, owner, due)
# ----------------------------------------------------------------------------------------------------------------
MEETINGS = {
    "M0": dict(title="【會議紀要】2026春節入住高峰保障會", org="何嘉欣", recap_at="2026-02-10 14:20:31",
               rows=[("春節期間客房超訂應急預案", "黃詠詩", "2026-02-13"),
                     ("年夜饭包间预订确认", "钱峰", "2026-02-12"),
                     ("春节值班排班表", "孙倩", "2026-02-13"),
                     ("消防年檢整改", "梁志豪", "2026-02-27")]),
    "M1": dict(title="【會議紀要】澳門酒店客房翻新第二期進度會（ENG-2026-09-17）", org="梁志豪",
               recap_at="2026-09-17 15:10:22",
               rows=[("完成12樓走廊地毯更換", "馮俊傑", "2026-09-24"),
                     ("提交泳池水泵維修報價", "馮俊傑", "2026-09-22"),
                     ("確認翻新期間客房關閉清單", "黃詠詩", "2026-09-21"),
                     ("確認廚房排煙罩交期", "Jonas Weber", "2026-09-30"),
                     ("申請翻新預算追加", "陳美玲", "2026-09-29")]),
    "M2": dict(title="上海外滩店第四季度企业客户签约推进会纪要", org="王建明", recap_at="2026-09-28 11:35:08",
               rows=[("拜访汇丰会务采购，续签年度协议价", "刘晓雯", "2026-09-30"),
                     ("整理Q3会议客户名单发市场部", "刘晓雯", "2026-09-29"),
                     ("更新CRM中的企业协议价", "周磊", "2026-10-09"),
                     ("出具年会套餐报价单", "钱峰", "2026-09-30"),
                     ("确认双十一直播酒店券核销流程", "刘晓雯", "2026-10-12")]),
    "M3": dict(title="【會議紀要】台北館房務備品供應商檢討會", org="林佳蓉", recap_at="2026-10-13 16:20:45",
               rows=[("提交十月份布草耗損統計", "張書豪", "2026-10-16"),
                     ("客房洗沐備品更換為大容量瓶裝", "張書豪", "2026-10-30"),
                     ("寄送新床單樣品（Blanchisserie Lyonnaise）", "Camille Durand", "2026-10-20"),
                     ("房務員排班調整方案", "林佳蓉", "2026-10-23"),
                     ("早餐區備品補給流程", "吳雅婷", "2026-10-21")]),
    "M4": dict(title="集团PMS迁移项目周会纪要（第6周）", org="赵鹏", recap_at="2026-11-02 10:05:12",
               rows=[("完成东京店房价数据迁移测试", "山田美咲", "2026-11-06"),
                     ("首尔店Channel Manager对接RoomLink", "Sanne de Vries", "2026-11-13"),
                     ("修复夜审报表导出乱码", "Piotr Nowak", "2026-11-10"),
                     ("整理各店PMS用户权限清单", "周磊", "2026-11-09"),
                     ("首尔店员工系统培训", "박서연", "2026-11-20"),
                     ("台北館POS接口聯調", "吳雅婷", "2026-11-12")]),
    "M5": dict(title="Minutes: Haoting Tokyo Ginza pre-opening - F&B and furniture sync", org="佐藤健一",
               recap_at="2026-11-10 14:00:19", lang="en",
               rows=[("Confirm final lobby furniture delivery schedule", "Nguyễn Thị Lan", "2026-11-20"),
                     ("Menu engineering workshop with the kitchen team", "Lucía Fernández", "2026-11-18"),
                     ("Hire 4 banquet staff", "山田美咲", "2026-11-27"),
                     ("Kitchen hood installation sign-off", "Jonas Weber", "2026-11-25"),
                     ("Pre-opening budget re-forecast", "陳美玲", "2026-11-30")]),
    "M6": dict(title="首尔明洞店年终促销会议纪要", org="김민준", recap_at="2026-11-16 15:30:02",
               rows=[("韩国官网双语页面上线", "박서연", "2026-11-25"),
                     ("与本地旅行社签署冬季包价协议", "김민준", "2026-11-30"),
                     ("圣诞自助餐菜单定稿", "박서연", "2026-11-27"),
                     ("大堂圣诞装饰采购", "许文静", "2026-11-27")]),
    "M7": dict(title="【會議紀要】濠庭澳門十周年慶典籌備會", org="李家樂", recap_at="2026-11-23 17:10:20",
               rows=[("周年慶酒會嘉賓名單", "區嘉雯", "2026-11-27"),
                     ("媒體新聞稿初稿", "區嘉雯", "2026-11-30"),
                     ("酒會場地佈置方案", "黃詠詩", "2026-12-02"),
                     ("周年庆房价套票上线（上海渠道）", "刘晓雯", "2026-12-01"),
                     ("活動預算審批", "陳美玲", "2026-11-30")]),
    "M8": dict(title="集团2027届校园招聘启动会纪要", org="孙倩", recap_at="2026-11-30 15:00:33",
               rows=[("确定各店校招名额", "何嘉欣", "2026-12-04"),
                     ("校招宣传海报设计", "區嘉雯", "2026-12-08"),
                     ("与复旦、交大就业中心确认宣讲日期", "孙倩", "2026-12-11"),
                     ("日本校招渠道调研", "佐藤健一", "2026-12-10"),
                     ("韩国校招渠道调研", "김민준", "2026-12-10")]),
    "M9": dict(title="上海五一客房用品集中采购会纪要", org="郑雪", recap_at="2026-04-28 10:40:51",
               rows=[("与供应商确认一次性用品替代方案", "许文静", "2026-04-30"),
                     ("床品报价比对（含Blanchisserie Lyonnaise）", "许文静", "2026-05-08"),
                     ("采购合同法务审核", "郑雪", "2026-05-06")]),
}
for k, m in MEETINGS.items():
    m["key"] = k
    m["t"] = at(m["recap_at"])
    m["minutes_id"] = "<%s.%s@%s>" % (m["t"].strftime("%Y%m%d%H%M"), hx("minutes" + k, 12), DOM)
    m["msgid"] = "<r.%s.%s@%s>" % (m["t"].strftime("%Y%m%d%H%M"), hx("recap" + k, 10), DOM)
    m["reply_to"] = bot_reply_to(k)
    m["subject"] = "Re: " + m["title"]
    owners = []
    for _, o, _ in m["rows"]:
        if o not in owners and o != m["org"]:
            owners.append(o)
    m["to"] = [who(m["org"])] + [who(o) for o in owners]
    m["lang"] = m.get("lang", "zh")


def cutoff_text(m):
    t = m["t"]
    return "%s 18:00" % t.date().isoformat()


def recap_lines(m):
    """Plain text of the bot's recap (SPEC 6.1), as its recipients received it."""
    rows = m["rows"]
    if m["lang"] == "en":
        L = ["Hello all,", "", "Minutes Assistant has recorded the following action items:",
             "| # | Action item | Owner | Due |"]
        L += ["| %d | %s | %s | %s |" % (i, t, o, d) for i, (t, o, d) in enumerate(rows, 1)]
        L += ["", "If you disagree, please reply today (by %s); otherwise the items are confirmed." % cutoff_text(m),
              'Reply to this mail with "confirm", "object: reason", "item N done", "progress 80%" or '
              '"extend to Oct 20".', "", "-- Minutes Assistant (automated message)"]
        return L
    L = ["各位好：", "", "纪要助手已登记本次会议的待办事项：", "| 序号 | 事项 | 负责人 | 截止时间 |"]
    L += ["| %d | %s | %s | %s |" % (i, t, o, d) for i, (t, o, d) in enumerate(rows, 1)]
    L += ["", "如有异议请于今日内回复（截止 %s，逾期视为无异议）。" % cutoff_text(m),
          "回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。", "",
          "—— 纪要助手（系统自动发送，请勿修改主题）"]
    return L


def recap_text(m):
    return "\n".join(recap_lines(m)) + "\n"


def recap_html(m):
    out = []
    for l in recap_lines(m):
        if l.startswith("| "):
            cells = [c.strip() for c in l.strip("|").split("|")]
            if not out or not out[-1].startswith("<table") and not out[-1].startswith("<tr"):
                out.append('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;'
                           'font-size:14px">')
                out.append("<tr>" + "".join("<th>%s</th>" % esc(c) for c in cells) + "</tr>")
            else:
                out.append("<tr>" + "".join("<td>%s</td>" % esc(c) for c in cells) + "</tr>")
        else:
            if out and out[-1].startswith("<tr"):
                out.append("</table>")
            out.append("<div>%s</div>" % (esc(l) if l else "<br>"))
    return "\n".join(out)


def esc(s):
    return html.escape(s, quote=False)


# ----------------------------------------------------------------------------------------------------------------
# Quote styles: how each client (and UI language) introduces the quoted recap
# ----------------------------------------------------------------------------------------------------------------
WD_ZH = "一二三四五六日"
WD_EN_L = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN_L = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December"]
WD_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MON_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
MON_FR_S = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
WD_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MON_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember"]
WD_NL = ["ma", "di", "wo", "do", "vr", "za", "zo"]
MON_NL = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
WD_ES = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
MON_ES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
WD_JA = "月火水木金土日"
WD_KO = "월화수목금토일"


def h12(t):
    return t.hour % 12 or 12


def ko_ampm(t):
    return "%s %d:%02d" % ("오전" if t.hour < 12 else "오후", h12(t), t.minute)


def tw_ampm(t):
    return "%s %02d:%02d" % ("上午" if t.hour < 12 else "下午", h12(t), t.minute)


def q_prefix(lines):
    return "".join("> " + l + "\n" if l else ">\n" for l in lines)


def gmail_wrap(attr):
    """Gmail's text/plain wraps a long attribution line before the '<address>' part."""
    if len(attr) <= 76 or " <" not in attr:
        return attr
    i = attr.rfind(" <", 0, 77)
    if i <= 0:
        i = attr.find(" <")
    return attr[:i + 2] + "\n" + attr[i + 2:]


def attribution(style, lang, m, t):
    bn, ba = BOT[0], m["reply_to"][1]
    if style == "gmail":
        if lang == "en":
            return "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (WEEKDAY_EN[t.weekday()], MONTH_EN[t.month - 1],
                                                                     t.day, t.year, h12(t), t.minute,
                                                                     "AM" if t.hour < 12 else "PM", bn, ba)
        if lang == "zh":
            return "%s <%s> 于%d年%d月%d日周%s %d:%02d写道：" % (bn, ba, t.year, t.month, t.day, WD_ZH[t.weekday()],
                                                           t.hour, t.minute)
        if lang == "zh-TW":
            return "%s <%s> 於 %d年%d月%d日 週%s %s寫道：" % (bn, ba, t.year, t.month, t.day, WD_ZH[t.weekday()],
                                                        tw_ampm(t).replace(" ", ""))
        if lang == "nl":
            return "Op %s %d %s %d om %02d:%02d schreef %s <%s>:" % (WD_NL[t.weekday()], t.day, MON_NL[t.month - 1],
                                                                   t.year, t.hour, t.minute, bn, ba)
        if lang == "vi":
            return "Vào Th %d, %d thg %d, %d vào lúc %02d:%02d %s <%s> đã viết:" % (
                t.weekday() + 2, t.day, t.month, t.year, t.hour, t.minute, bn, ba)
        if lang == "es":
            return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (WD_ES[t.weekday()], t.day,
                                                                         MON_ES[t.month - 1], t.year, t.hour,
                                                                         t.minute, bn, ba)
        if lang == "ko":
            return "%d년 %d월 %d일 (%s) %s, %s <%s>님이 작성:" % (t.year, t.month, t.day, WD_KO[t.weekday()],
                                                          ko_ampm(t), bn, ba)
        if lang == "ja":
            return "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (t.year, t.month, t.day, WD_JA[t.weekday()], t.hour,
                                                        t.minute, bn, ba)
    if style == "apple":
        if lang == "zh":
            return "在 %d年%d月%d日，%d:%02d，%s <%s> 写道：" % (t.year, t.month, t.day, t.hour, t.minute, bn, ba)
        if lang == "zh-TW":
            return "%s <%s> 於 %d年%d月%d日 %s%d:%02d 寫道：" % (bn, ba, t.year, t.month, t.day,
                                                          "上午" if t.hour < 12 else "下午", h12(t), t.minute)
        if lang == "en":
            return "On %s %d, %d, at %d:%02d %s, %s <%s> wrote:" % (MONTH_EN[t.month - 1], t.day, t.year, h12(t),
                                                                 t.minute, "AM" if t.hour < 12 else "PM", bn, ba)
        if lang == "ja":
            return "%d/%02d/%02d %d:%02d、%s <%s>のメール:" % (t.year, t.month, t.day, t.hour, t.minute, bn, ba)
        if lang == "ko":
            return "%d. %d. %d. %s, %s <%s> 작성:" % (t.year, t.month, t.day, ko_ampm(t), bn, ba)
        if lang == "fr":
            return "Le %d %s %d à %02d:%02d, %s <%s> a écrit :" % (t.day, MON_FR_S[t.month - 1], t.year, t.hour,
                                                                 t.minute, bn, ba)
    if style == "thunderbird":
        if lang == "en":
            return "On %02d/%02d/%d %02d:%02d, %s wrote:" % (t.day, t.month, t.year, t.hour, t.minute, bn)
        if lang == "zh":
            return "在 %d/%d/%d %d:%02d, %s 写道:" % (t.year, t.month, t.day, t.hour, t.minute, bn)
        if lang == "zh-TW":
            return "於 %d/%d/%d %s, %s 寫道:" % (t.year, t.month, t.day, tw_ampm(t), bn)
        if lang == "pl":
            return "W dniu %d.%02d.%d o %02d:%02d, %s pisze:" % (t.day, t.month, t.year, t.hour, t.minute, bn)
        if lang == "de":
            return "Am %02d.%02d.%02d um %02d:%02d schrieb %s:" % (t.day, t.month, t.year % 100, t.hour, t.minute, bn)
    if style == "163":
        return '在 %s，"%s" <%s> 写道：' % (t.strftime("%Y-%m-%d %H:%M:%S"), bn, ba)
    raise KeyError((style, lang))


def quote_attr(style, lang, m, tzh, wrap=False, html_cls="gmail"):
    """'> '-prefixed quote under an attribution line (Gmail, Apple, Thunderbird, 163)."""
    t = m["t"].astimezone(tz(tzh))
    attr = attribution(style, lang, m, t)
    lines = recap_lines(m)
    if style == "gmail":
        text = "\n" + (gmail_wrap(attr) if wrap else attr) + "\n\n" + q_prefix(lines)
        h = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
             'padding-left:1ex">%s</blockquote></div>' % (esc(attr), recap_html(m)))
    elif style == "apple":
        text = "\n" + q_prefix([attr, ""] + lines) if lang != "en-mac" else ""
        h = ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite">'
             '<div dir="ltr">%s</div></blockquote>' % (esc(attr), recap_html(m)))
    elif style == "thunderbird":
        text = "\n" + attr + "\n" + q_prefix(lines)
        h = ('<div class="moz-cite-prefix">%s<br></div><blockquote type="cite" cite="mid:%s">%s</blockquote>'
             % (esc(attr), m["msgid"].strip("<>"), recap_html(m)))
    elif style == "163":
        text = "\n" + attr + "\n" + q_prefix(lines)
        h = ('<br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>%s<br>'
             '<blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: '
             '#ccc 1px solid">%s</blockquote>' % (esc(attr), recap_html(m)))
    return text, h, attr


OUTLOOK_LABELS = {
    "zh-CN": ("发件人", "发送时间", "收件人", "抄送", "主题", ": "),
    "zh-TW": ("寄件者", "寄件日期", "收件者", "副本", "主旨", ": "),
    "en": ("From", "Sent", "To", "Cc", "Subject", ": "),
    "fr": ("De", "Envoyé", "À", "Cc", "Objet", " : "),
    "de": ("Von", "Gesendet", "An", "Cc", "Betreff", ": "),
    "ja": ("差出人", "送信日時", "宛先", "CC", "件名", ": "),
    "ko": ("보낸 사람", "보낸 날짜", "받는 사람", "참조", "제목", ": "),
    "es": ("De", "Enviado el", "Para", "CC", "Asunto", ": "),
}


def outlook_when(lang, t, owa=False):
    if lang == "zh-CN":
        return "%d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)
    if lang == "zh-TW":
        return "%d年%d月%d日 %s" % (t.year, t.month, t.day, tw_ampm(t))
    if lang == "en":
        return "%s, %s %d, %d %d:%02d%s %s" % (WD_EN_L[t.weekday()], MON_EN_L[t.month - 1], t.day, t.year, h12(t),
                                               t.minute, ":%02d" % t.second if owa else "",
                                               "AM" if t.hour < 12 else "PM")
    if lang == "fr":
        return "%s %d %s %d %02d:%02d" % (WD_FR[t.weekday()], t.day, MON_FR[t.month - 1], t.year, t.hour, t.minute)
    if lang == "de":
        return "%s, %d. %s %d %02d:%02d" % (WD_DE[t.weekday()], t.day, MON_DE[t.month - 1], t.year, t.hour, t.minute)
    if lang == "ja":
        return "%d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)
    if lang == "ko":
        return "%d년 %d월 %d일 %s요일 %s" % (t.year, t.month, t.day, WD_KO[t.weekday()], ko_ampm(t))
    if lang == "es":
        return "%s, %d de %s de %d %d:%02d" % (WD_ES_L[t.weekday()], t.day, MON_ES_L[t.month - 1], t.year, t.hour,
                                              t.minute)
    raise KeyError(lang)


WD_ES_L = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MON_ES_L = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre"]


def quote_outlook(m, lang, tzh, owa=False, mobile=False):
    t = m["t"].astimezone(tz(tzh))
    f, s, to_, cc_, sub, sep = OUTLOOK_LABELS[lang]
    ra = m["reply_to"]
    tos = "; ".join("%s <%s>" % x for x in m["to"])
    when = outlook_when(lang, t, owa or mobile)
    hl = [(f, "%s <%s>" % ra), (s, when), (to_, tos), (sub, m["subject"])]
    text = "\n" + ("________________________________\n" if (owa or mobile) else "") + \
        "".join("%s%s%s\n" % (k, sep, v) for k, v in hl) + "\n" + recap_text(m)
    if owa or mobile:
        h = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1">'
             '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
             'color="#000000">%s</font><div>&nbsp;</div></div>%s'
             % ("<br>".join("<b>%s:</b> %s" % (esc(k), esc(v)) for k, v in hl), recap_html(m)))
    else:
        h = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
             '<p class="MsoNormal">%s<o:p></o:p></p></div></div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n%s'
             % ("<br>\n".join("<b>%s<span lang=\"EN-US\">%s</span></b><span lang=\"EN-US\">%s</span>"
                               % (esc(k), sep.rstrip(), esc(" " + v)) for k, v in hl), recap_html(m)))
    return text, h


def quote_outlook_mac(m, lang, tzh):
    t = m["t"].astimezone(tz(tzh))
    ra = m["reply_to"]
    tos = ", ".join("%s <%s>" % x for x in m["to"])
    if lang == "en":
        when = "%s, %d %s %d at %d:%02d" % (WD_EN_L[t.weekday()], t.day, MON_EN_L[t.month - 1], t.year, t.hour,
                                            t.minute)
        hl = [("From", "%s <%s>" % ra), ("Date", when), ("To", tos), ("Subject", m["subject"])]
        sep = ": "
    else:  # zh-TW UI
        when = "%d年%d月%d日 星期%s %s" % (t.year, t.month, t.day, WD_ZH[t.weekday()], tw_ampm(t))
        hl = [("寄件者", "%s <%s>" % ra), ("日期", when), ("收件者", tos), ("主旨", m["subject"])]
        sep = ": "
    text = "\n\n" + "".join("%s%s%s\n" % (k, sep, v) for k, v in hl) + "\n" + recap_text(m)
    h = ('<div id="mail-editor-reference-message-container"><div class="ms-outlook-mobile-reference-message">'
         '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal" '
         'style="margin-bottom:12.0pt"><span style="font-size:12.0pt;color:black">%s<o:p></o:p></span></p></div>%s'
         '</div></div>' % ("<br>".join("<b>%s: </b>%s" % (esc(k), esc(v)) for k, v in hl), recap_html(m)))
    return text, h


def quote_qq(m, tzh=8, english=False):
    t = m["t"].astimezone(tz(tzh))
    part = "上午" if t.hour < 12 else ("下午" if t.hour < 18 else "晚上")
    when = "%d年%d月%d日(星期%s) %s%d:%02d" % (t.year, t.month, t.day, WD_ZH[t.weekday()], part, h12(t), t.minute)
    tos = "".join('"%s"<%s>;' % x for x in m["to"])
    ra = m["reply_to"]
    text = ("\n\n\n------------------ 原始邮件 ------------------\n发件人: \"%s\"<%s>;\n发送时间: %s\n收件人: %s\n"
            "主题: %s\n\n\n\n" % (ra[0], ra[1], when, tos, m["subject"]) + recap_text(m))
    h = ('<div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
         '------------------&nbsp;原始邮件&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;'
         'padding:8px;"><div><b>发件人:</b>&nbsp;"%s"&lt;%s&gt;;</div><div><b>发送时间:</b>&nbsp;%s</div><div><b>收件人:'
         '</b>&nbsp;%s</div><div></div><div><b>主题:</b>&nbsp;%s</div></div><div><br></div>%s'
         % (esc(ra[0]), ra[1], when, esc(tos), esc(m["subject"]), recap_html(m)))
    return text, h


def quote_wecom(m):
    """企业微信 (WeCom) mobile mail: a 原始邮件 block with full-width colons, no '>' prefixes."""
    t = m["t"]
    ra = m["reply_to"]
    tos = "、".join(x[0] for x in m["to"])
    text = ("\n\n原始邮件\n\n发件人：%s <%s>\n发件时间：%d年%d月%d日 %02d:%02d\n收件人：%s\n主题：%s\n\n"
            % (ra[0], ra[1], t.year, t.month, t.day, t.hour, t.minute, tos, m["subject"]) + recap_text(m))
    h = ('<div class="xm_compose_origin_mail_container"><div><br></div><div style="color:#7d8085">原始邮件</div>'
         '<div style="font-size:12px;background:#f2f2f2;padding:8px"><div>发件人：%s &lt;%s&gt;</div><div>发件时间：'
         '%d年%d月%d日 %02d:%02d</div><div>收件人：%s</div><div>主题：%s</div></div><div>%s</div></div>'
         % (esc(ra[0]), ra[1], t.year, t.month, t.day, t.hour, t.minute, esc(tos), esc(m["subject"]), recap_html(m)))
    return text, h


def quote_foxmail(m):
    t = m["t"]
    tos = "; ".join(x[0] for x in m["to"])
    ra = m["reply_to"]
    text = (" \n发件人： %s\n发送时间： %s\n收件人： %s\n主题： %s\n" % (ra[0], t.strftime("%Y-%m-%d %H:%M"), tos,
                                                                m["subject"]) + recap_text(m))
    h = ('<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit"><div>&nbsp;'
         '</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="PADDING-RIGHT:'
         ' 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: '
         '8px; PADDING-TOP: 8px"><div><b>发件人：</b>&nbsp;<a href="mailto:%s">%s</a></div><div><b>发送时间：</b>&nbsp;%s'
         '</div><div><b>收件人：</b>&nbsp;%s</div><div><b>主题：</b>&nbsp;%s</div></div></div><div>%s</div></blockquote>'
         % (ra[1], esc(ra[0]), t.strftime("%Y-%m-%d&nbsp;%H:%M"), esc(tos), esc(m["subject"]), recap_html(m)))
    return text, h


def quote_coremail(m):
    t = m["t"]
    tos = ", ".join('"%s" <%s>' % x for x in m["to"])
    ra = m["reply_to"]
    when = "%s (星期%s)" % (t.strftime("%Y-%m-%d %H:%M:%S"), WD_ZH[t.weekday()])
    text = ("\n\n\n-----原始邮件-----\n发件人:\"%s\" <%s>\n发送时间:%s\n收件人:%s\n抄送:\n主题:%s\n\n"
            % (ra[0], ra[1], when, tos, m["subject"]) + recap_text(m))
    h = ('<br><br><blockquote name="replyContent" class="ReferenceQuote" style="padding-left:5px;margin-left:5px;'
         'border-left:#b6b6b6 2px solid;margin-right:0;">-----原始邮件-----<br><b>发件人:</b>"%s" &lt;%s&gt;<br>'
         '<b>发送时间:</b>%s<br><b>收件人:</b>%s<br><b>抄送:</b><br><b>主题:</b>%s<br><br>%s</blockquote>'
         % (esc(ra[0]), ra[1], when, esc(tos), esc(m["subject"]), recap_html(m)))
    return text, h


def quote_mailmaster(m):
    t = m["t"]
    tos = ", ".join("%s<%s>" % x for x in m["to"])
    ra = m["reply_to"]
    text = ("\n---- 回复的原邮件 ----\n| 发件人 | %s<%s> |\n| 日期 | %s |\n| 收件人 | %s |\n| 主题 | %s |\n"
            % (ra[0], ra[1], t.strftime("%Y年%m月%d日 %H:%M"), tos, m["subject"]) + recap_text(m))
    h = ('<div class="ntes-mailmaster-quote" style="padding-top: 1px; padding-bottom: 1px"><div style="margin-top: 20px;'
         ' margin-bottom: 12px; font-size: 14px; line-height: 1.25; color: #89898c">---- 回复的原邮件 ----</div><div '
         'style="margin-bottom: 12px; font-size: 13px"><table width="100%%" cellpadding="0" cellspacing="9" border="0">'
         '<tr><td valign="top" style="width: 4em; font-size: 12px; color: #a0a0a2;">发件人</td><td valign="top">'
         '%s&lt;%s&gt;</td></tr><tr><td valign="top" style="width: 4em; font-size: 12px; color: #a0a0a2;">日期</td>'
         '<td valign="top">%s</td></tr><tr><td valign="top" style="width: 4em; font-size: 12px; color: #a0a0a2;">'
         '收件人</td><td valign="top">%s</td></tr><tr><td valign="top" style="width: 4em; font-size: 12px; color: '
         '#a0a0a2;">主题</td><td valign="top">%s</td></tr></table></div><div>%s</div></div>'
         % (esc(ra[0]), ra[1], t.strftime("%Y年%m月%d日 %H:%M"), esc(tos), esc(m["subject"]), recap_html(m)))
    return text, h


def quote_alimail(m):
    """钉钉邮箱 / 阿里邮箱 web: a dashed rule then 发件人/发送时间/收件人/主　题 with full-width colons."""
    t = m["t"]
    ra = m["reply_to"]
    tos = "; ".join("%s<%s>" % x for x in m["to"])
    when = "%d年%d月%d日(星期%s) %02d:%02d" % (t.year, t.month, t.day, WD_ZH[t.weekday()], t.hour, t.minute)
    text = ("\n------------------------------------------------------------------\n发件人：%s <%s>\n发送时间：%s\n"
            "收件人：%s\n主　题：%s\n\n" % (ra[0], ra[1], when, tos, m["subject"]) + recap_text(m))
    h = ('<div style="clear:both;"><br></div><blockquote style="margin-right:0;margin-top:0;margin-bottom:0;">'
         '<div style="clear:both;">------------------------------------------------------------------</div>'
         '<div style="clear:both;">发件人：%s &lt;%s&gt;</div><div style="clear:both;">发送时间：%s</div>'
         '<div style="clear:both;">收件人：%s</div><div style="clear:both;">主　题：%s</div><div style="clear:both;">'
         '<br></div>%s</blockquote>' % (esc(ra[0]), ra[1], when, esc(tos), esc(m["subject"]), recap_html(m)))
    return text, h


def quote_feishu(m):
    """飞书邮箱 (Feishu/Lark Mail): a 'From/Date/To/Subject' card in the UI language (zh)."""
    t = m["t"]
    ra = m["reply_to"]
    tos = ", ".join("%s<%s>" % x for x in m["to"])
    when = "%d年%d月%d日 %02d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)
    text = ("\n\n发件人：%s<%s>\n日期：%s\n收件人：%s\n主题：%s\n\n" % (ra[0], ra[1], when, tos, m["subject"])
            + recap_text(m))
    h = ('<div class="history-quote-wrapper" id="lark-mail-quote-%s"><div style="list-style-type:none;'
         'padding-top:12px;border-top:1px solid #dee0e3"><div style="background:#f5f6f7;padding:12px;'
         'border-radius:4px"><div><b>发件人：</b>%s&lt;%s&gt;</div><div><b>日期：</b>%s</div><div><b>收件人：</b>%s</div>'
         '<div><b>主题：</b>%s</div></div><div style="padding-left:8px">%s</div></div></div>'
         % (hx(m["key"], 8), esc(ra[0]), ra[1], when, esc(tos), esc(m["subject"]), recap_html(m)))
    return text, h


# ----------------------------------------------------------------------------------------------------------------
# Clients: each returns a Message (headers in the client's order, MIME shape, charset, transfer encoding)
# ----------------------------------------------------------------------------------------------------------------
def rfc(t):
    return rfc_date(t)


def addr_list(people, label="utf-8", quote=False, sep=", "):
    return sep.join(haddr(*who(p), label=label, mode="B", quote=quote) for p in people)


def refs(m):
    return [m["minutes_id"], m["msgid"]]


def received_hdrs(c, t):
    """Return-Path / Delivered-To / Received added by the bot's mail server."""
    sender = who(c["frm"])[1]
    host, ip = c.get("relay", ("%s-PC" % sender.split("@")[0].upper().replace(".", "-"), "10.30.%d.%d"
                               % (int(hx(sender, 2), 16) % 9 + 1, int(hx(sender, 4)[2:], 16) % 200 + 20)))
    t2 = t.astimezone(TZ8) + dt.timedelta(seconds=4)
    rcv = ("from %s (%s [%s])\n\tby mx.%s (Postfix) with ESMTPS id 4Y%s\n\tfor <%s>; %s (CST)"
           % (host, host if "." in host else "unknown", ip, DOM, hx(c["slug"], 9).upper(), c["m"]["reply_to"][1],
              rfc(t2)))
    return [("Return-Path", "<%s>" % sender), ("Delivered-To", c["m"]["reply_to"][1]), ("Received", rcv)]


def wrap_top(delivery, msg):
    out = Message()
    for k, v in delivery:
        out[k] = v
    for k, v in msg.items():
        out[k] = v
    out._payload = msg._payload
    out.preamble, out.epilogue = msg.preamble, msg.epilogue
    return out


def lines_html(text, tag="div"):
    return "".join("<%s>%s</%s>" % (tag, esc(l) if l else "<br>", tag) for l in text.rstrip("\n").split("\n"))


def build(c):
    m, client, t = c["m"], c["client"], c["t"]
    seed = c["slug"]
    cs = c.get("cs", "utf-8")
    frm = who(c["frm"])
    to = c.get("to", [m["reply_to"]])
    cc = c.get("cc", [])
    subj = c.get("subject")
    qt, qh = c["quote"] if c.get("quote") else ("", "")
    text = c["text"] + qt if not c.get("full_text") else c["full_text"]
    new_html = c.get("html") or lines_html(c["text"])
    atts = c.get("attachments", [])

    if client in ("outlook", "outlook_noquote"):
        lang = c.get("ui", "zh-CN")
        stamp = hx(seed, 12).upper()
        doc = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
               'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40"><head>'
               '<meta http-equiv="Content-Type" content="text/html; charset=%s"><meta name="Generator" '
               'content="Microsoft Word 15 (filtered medium)"><style><!--p.MsoNormal {margin:0cm;font-size:10.5pt;'
               'font-family:%s;}--></style></head><body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:'
               'break-word"><div class="WordSection1">%s%s</div></body></html>'
               % (cs, {"zh-CN": "等线", "zh-TW": "新細明體"}.get(lang, "Calibri,sans-serif"),
                  {"zh-CN": "ZH-CN", "zh-TW": "ZH-TW", "ja": "JA", "ko": "KO"}.get(lang, "EN-US"),
                  lines_html(c["text"], "p class=\"MsoNormal\"").replace("</p class=\"MsoNormal\">", "</p>")
                  if not c.get("html") else c["html"], qh))
        cte = c.get("cte", "base64")
        b_alt = "----=_NextPart_%03d_%04X_01DC%s.%s" % (1 if atts else 0, int(hx(seed, 4), 16), stamp[:4],
                                                        stamp[4:12])
        body = multi("alternative", [leaf("text/plain", text, cs, cte, crlf=True),
                                     leaf("text/html", doc, cs, cte, crlf=True)], b_alt)
        if atts:
            body = multi("mixed", [body] + atts, "----=_NextPart_000_%04X_01DC%s.%s" % (int(hx(seed, 4), 16),
                                                                                        stamp[:4], stamp[4:12]))
        body.preamble = "This is a multipart message in MIME format."
        hl = c.get("hlabel", cs)
        hdrs = [("From", haddr(*frm, label=hl)), ("To", addr_list(to, hl))]
        if cc:
            hdrs.append(("Cc", addr_list(cc, hl)))
        hdrs += [("References", "\n ".join(refs(m))), ("In-Reply-To", m["msgid"]),
                 ("Subject", htext(subj, hl, "B")), ("Date", rfc(t)),
                 ("Message-ID", "<%s$%s$%s@%s>" % ("0000%s01dc" % hx(seed, 4), hx(seed + "a", 8), hx(seed + "b", 8),
                                                   frm[1].split("@")[1]))]
        msg = envelope(hdrs, body, mime_after="Message-ID")
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
        msg["Thread-Index"] = thread_index(seed, "recap" + m["key"])
        msg["Content-Language"] = {"zh-CN": "zh-cn", "zh-TW": "zh-tw", "en": "en-us", "fr": "fr-fr", "de": "de-de",
                                   "ja": "ja", "ko": "ko", "es": "es-es"}[lang]
        return msg

    if client in ("owa", "outlook_ios"):
        lang = c.get("ui", "zh-CN")
        mid = "%s%s" % (c.get("tenant", "TYZPR03MB"), hx(seed + "m", 8).upper())
        b = "_000_%s%s_" % (mid, hx(seed, 16).upper())
        doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css"'
               ' style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr"><div '
               'class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif;'
               ' font-size: 12pt; color: rgb(0, 0, 0);">%s</div>%s</body></html>' % (new_html, qh))
        if client == "outlook_ios":
            doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                   '<div dir="auto">%s</div><div id="ms-outlook-mobile-signature" dir="auto"><div dir="auto">%s</div>'
                   '</div>%s</body></html>' % (new_html, esc(c.get("mobile_sig", "")), qh))
        body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64", crlf=True, ct_quote=False),
                                     leaf("text/html", doc, "utf-8", "base64", crlf=True, ct_quote=False)], b)
        if atts:
            body = multi("mixed", [body] + atts, "_004_%s%s_" % (mid, hx(seed, 16).upper()))
        hdrs = [("From", haddr(*frm)), ("To", addr_list(to))]
        if cc:
            hdrs.append(("CC", addr_list(cc)))
        topic = re.sub(r"^((Re|RE|答复|回覆|回复|Fw|FW|AW|RE ):\s*)+", "", subj)
        hdrs += [("Subject", htext(subj, "utf-8", "B")), ("Thread-Topic", htext(topic, "utf-8", "B")),
                 ("Thread-Index", thread_index(seed, "recap" + m["key"])), ("Date", rfc(t.astimezone(UTC))),
                 ("Message-ID", "<%s@%s.apcprd03.prod.outlook.com>" % (mid, c.get("tenant", "TYZPR03MB") +
                                                                       hx(seed, 4).upper())),
                 ("References", "\n ".join(refs(m))), ("In-Reply-To", m["msgid"]),
                 ("Accept-Language", {"zh-CN": "zh-CN, en-US", "zh-TW": "zh-TW, en-US"}.get(lang, "en-US")),
                 ("Content-Language", {"zh-CN": "zh-CN", "zh-TW": "zh-TW"}.get(lang, "en-US")),
                 ("X-MS-Has-Attach", "yes" if atts else ""), ("X-MS-TNEF-Correlator", "")]
        if client == "outlook_ios":
            hdrs.append(("x-ms-reactions", "allow"))
        return envelope(hdrs, body, mime_after="X-MS-TNEF-Correlator")

    if client == "outlook_mac":
        doc = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40"><head>'
               '<meta http-equiv=Content-Type content="text/html; charset=utf-8"></head><body lang=%s style=\''
               'word-wrap:break-word\'><div class=WordSection1>%s<p class=MsoNormal><o:p>&nbsp;</o:p></p>%s</div>'
               '</body></html>' % ("ZH-TW" if c.get("ui") == "zh-TW" else "EN-US",
                                   "".join("<p class=MsoNormal>%s<o:p></o:p></p>" % (esc(l) if l else "<o:p>&nbsp;</o:p>")
                                           for l in c["text"].rstrip("\n").split("\n")), qh))
        b = "B_%d_%d" % (int(hx(seed, 8), 16) % 10 ** 10, int(hx(seed + "b", 8), 16) % 10 ** 10)
        body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                     leaf("text/html", doc, "UTF-8", "quoted-printable")], b,
                     preamble="> This message is in MIME format. Since your mail reader does not understand\nthis "
                              "format, some or all of this message may not be legible.")
        hdrs = [("User-Agent", "Microsoft-MacOutlook/16.103.25111620"), ("Date", rfc(t)),
                ("Subject", htext(subj, "UTF-8", "B")), ("From", haddr(*frm, quote=True)),
                ("To", addr_list(to, quote=True))]
        if cc:
            hdrs.append(("CC", addr_list(cc, quote=True)))
        hdrs += [("Message-ID", "<%s-%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed + "1", 4).upper(),
                                                   hx(seed + "2", 12).upper(), frm[1].split("@")[1])),
                 ("Thread-Topic", htext(re.sub(r"^(Re|回覆|答覆): ", "", subj), "UTF-8", "B")),
                 ("References", "\n ".join(refs(m))), ("In-Reply-To", m["msgid"]), ("Mime-version", "1.0")]
        return envelope(hdrs, body, mime_version=False)

    if client in ("qq", "wecom"):
        cs = c.get("cs", "gb18030")
        b = "----=_NextPart_%s_%s_%s" % (hx(seed, 8).upper(), hx(seed + "1", 8).upper(), hx(seed + "2", 8).upper())
        doc = '<meta http-equiv="Content-Type" content="text/html; charset=%s">%s%s' % (cs, new_html, qh)
        if client == "wecom":
            doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body>'
                   '<div style="font-size:15px">%s</div>%s</body></html>' % (cs, new_html, qh))
        body = multi("alternative", [leaf("text/plain", text, cs, "base64"), leaf("text/html", doc, cs, "base64")],
                     b, preamble="This is a multi-part message in MIME format.")
        hdrs = [("X-QQ-FEAT", hb64(seed + "f", 30)), ("X-QQ-SSF", "00000000000000F0"),
                ("X-QQ-XMAILINFO", hb64(seed + "x", 24)), ("X-HAS-ATTACH", "no"),
                ("X-QQ-BUSINESS-ORIGIN", "2"),
                ("X-Originating-IP", "101.88.%d.%d" % (int(hx(seed, 2), 16) % 250, int(hx(seed, 4)[2:], 16) % 250)),
                ("X-QQ-STYLE", ""), ("X-QQ-mid", "xmsezb%d-0t%dt%s" % (int(hx(seed, 1), 16) % 9, int(t.timestamp()),
                                                                        hx(seed + "q", 7))),
                ("From", haddr(*frm, label=cs, quote=True)), ("To", addr_list(to, cs, quote=True))]
        if cc:
            hdrs.append(("Cc", addr_list(cc, cs, quote=True)))
        hdrs += [("Subject", htext(subj, cs, "B")), ("Mime-Version", "1.0"), ("Date", rfc(t)),
                 ("X-Priority", "3"), ("Message-ID", "<tencent_%s@qq.com>" % hx(seed, 36).upper()),
                 ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
                 ("X-Mailer", "QQMail 2.x" if client == "qq" else "WeCom Mail iOS 4.1.33"),
                 ("X-QQ-Mailer", "QQMail 2.x" if client == "qq" else "WeCom 4.1.33"),
                 ("In-Reply-To", m["msgid"]), ("References", "\n ".join(refs(m)))]
        return envelope(hdrs, body, mime_version=False)

    if client == "foxmail":
        cs = c.get("cs", "GBK")
        n = int(hx(seed, 6), 16)
        b = "----=_001_NextPart%012d_=----" % (n * 37 % 10 ** 12)
        doc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"><style>body { line-height:'
               ' 1.5; }body { font-size: 14px; font-family: \'Microsoft YaHei UI\'; color: rgb(0, 0, 0); line-height: '
               '1.5; }</style></head><body>\n%s<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" '
               'size="1" align="left"><div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt">'
               '<div>%s</div></div></span></div>%s\n</body></html>'
               % (cs, new_html, esc(c.get("fox_sig", "")), qh))
        body = multi("alternative", [leaf("text/plain", text, cs, "base64", crlf=True),
                                     leaf("text/html", doc, cs, "base64", crlf=True)],
                     b, preamble="This is a multi-part message in MIME format.")
        hdrs = [("Date", rfc(t)), ("From", haddr(*frm, label=cs, quote=True)), ("To", addr_list(to, cs, quote=True))]
        if cc:
            hdrs.append(("Cc", addr_list(cc, cs, quote=True)))
        hdrs += [("Subject", htext(subj, cs, "B")), ("References", "\n ".join(refs(m))),
                 ("In-Reply-To", m["msgid"]), ("X-Priority", "3"),
                 ("X-GUID", "%s-%s-%s-%s-%s" % (hx(seed, 8).upper(), hx(seed + "g", 4).upper(), hx(seed + "h", 4).upper(),
                                                hx(seed + "i", 4).upper(), hx(seed + "j", 12).upper())),
                 ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]"), ("Mime-Version", "1.0"),
                 ("Message-ID", "<%s%07d@%s>" % (t.strftime("%Y%m%d%H%M%S"), n % 10 ** 7, DOM))]
        return envelope(hdrs, body, mime_version=False)

    if client in ("coremail", "mailmaster", "163web"):
        cs = c.get("cs", "UTF-8")
        cte = c.get("cte", "base64")
        b = "----=_Part_%d_%d.%d" % (int(hx(seed, 6), 16), int(hx(seed + "p", 7), 16), int(t.timestamp() * 1000))
        if client == "coremail":
            doc = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial"><div>%s</div>%s</div>'
                   % (new_html, qh))
        elif client == "mailmaster":
            doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div '
                   'style="line-height: 1.5;">%s</div><div style="clear: both;"><br></div><div id="ntes-pcmail-'
                   'signature" style="font-size: 14px;"><span style="font-size: 12px; color: #868686;">%s</span>'
                   '</div>%s</body></html>' % (new_html, esc(c.get("mm_sig", "")), qh))
        else:
            doc = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s%s</div>'
                   % (new_html, qh))
        body = multi("alternative", [leaf("text/plain", text, cs, cte), leaf("text/html", doc, cs, cte)], b)
        hdrs = [("Date", rfc(t)), ("From", haddr(*frm, label=cs, quote=True)), ("To", addr_list(to, cs, quote=True))]
        if cc:
            hdrs.append(("Cc", addr_list(cc, cs, quote=True)))
        hdrs += [("Subject", htext(subj, cs, "B")), ("In-Reply-To", m["msgid"]),
                 ("References", "\n ".join(refs(m)))]
        if client == "coremail":
            hdrs += [("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801"
                                                       "(9da12a7b)"), ("X-Coremail-Locale", "zh_CN"),
                     ("X-CM-CTRLDATA", hb64(seed + "c", 33)), ("MIME-Version", "1.0"),
                     ("Message-ID", "<%s.%s.%s.Coremail.%s>" % (hx(seed, 8), hx(seed + "2", 4), hx(seed + "3", 11),
                                                                frm[1]))]
        elif client == "mailmaster":
            hdrs += [("X-Mailer", "NetEase MailMaster 5.2.3.1008"), ("MIME-Version", "1.0"),
                     ("Message-ID", "<%s.%s.%s@%s>" % (hx(seed, 8), hx(seed + "1", 5), hx(seed + "2", 11), DOM))]
        else:
            hdrs += [("X-Priority", "3"), ("X-Mailer", "NetEase Flash Mail 2.4.1.32"),
                     ("X-Originating-IP", "[116.228.%d.%d]" % (int(hx(seed, 2), 16) % 250, int(hx(seed, 3)[1:], 16))),
                     ("MIME-Version", "1.0"),
                     ("Message-ID", "<%s.%s.%s.%s@%s>" % (hx(seed, 6), hx(seed + "1", 4), hx(seed + "2", 12),
                                                          "mail", "qiye.163.com"))]
        return envelope(hdrs, body, mime_version=False)

    if client == "alimail":
        b = "----=ALIBOUNDARY_%d_%s_%s" % (int(hx(seed, 5), 16), hx(seed + "a", 8), hx(seed + "b", 8))
        doc = ('<div class="__aliyun_email_body_block"><div style="line-height:1.7;font-size:14.0px;font-family:Tahoma,'
               'Arial,STHeiti,SimSun;color:#000000;">%s</div>%s</div>' % (new_html, qh))
        body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                     leaf("text/html", doc, "UTF-8", "base64")], b)
        hdrs = [("Date", rfc(t)), ("From", haddr(*frm, quote=True)), ("To", addr_list(to, quote=True))]
        if cc:
            hdrs.append(("Cc", addr_list(cc, quote=True)))
        hdrs += [("Reply-To", haddr(*frm, quote=True)),
                 ("Message-ID", "<%s.%s@%s>" % (hx(seed, 8), hx(seed + "d", 20), DOM)),
                 ("Subject", htext(subj, "UTF-8", "B")), ("X-Mailer", "[Alimail-Mailagent revision 1270]"),
                 ("MIME-Version", "1.0"), ("x-aliyun-im-through", '{"version":"v1.0"}'),
                 ("X-Alimail-AntiSpam", "AC=CONTINUE;BC=0.1|-1;BR=01201311R151e4;CH=green"),
                 ("In-Reply-To", m["msgid"]), ("References", "\n ".join(refs(m)))]
        return envelope(hdrs, body, mime_version=False)

    if client == "feishu":
        b = hx(seed, 32)
        doc = ('<html><head></head><body><div style="white-space:pre-wrap"><div>%s</div></div>%s</body></html>'
               % (new_html, qh))
        body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64", ct_quote=False),
                                     leaf("text/html", doc, "UTF-8", "base64", ct_quote=False)], b)
        hdrs = [("Mime-Version", "1.0"), ("From", haddr(*frm)), ("To", addr_list(to))]
        if cc:
            hdrs.append(("Cc", addr_list(cc)))
        hdrs += [("Subject", htext(subj, "UTF-8", "B")), ("Date", rfc(t)),
                 ("Message-Id", "<%s.%s@larksuite.com>" % (hx(seed, 16), hx(seed + "l", 8))),
                 ("In-Reply-To", m["msgid"]), ("References", " ".join(refs(m))),
                 ("X-Lms-Return-Path", "<lba+2%s+%s@%s>" % (hx(seed, 12), hx(seed + "r", 8), DOM)),
                 ("X-Mailer", "Feishu Mail")]
        return envelope(hdrs, body, mime_version=False)

    if client in ("gmail", "gmail_android"):
        b1 = "000000000000%s" % hx(seed, 14)
        doc = '<div dir="ltr">%s</div>%s' % (new_html, qh)
        body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable", ct_quote=False),
                                     leaf("text/html", doc, "UTF-8", "quoted-printable", ct_quote=False)], b1)
        if atts:
            body = multi("mixed", [body] + atts, "000000000000%s" % hx(seed + "m", 14))
        hdrs = [("MIME-Version", "1.0"), ("References", "\n ".join(refs(m))), ("In-Reply-To", m["msgid"]),
                ("From", haddr(*frm)), ("Date", rfc(t)),
                ("Message-ID", "<CA%s@mail.gmail.com>" % hb64(seed, 45).replace("/", "_").replace("+", "-")[:58]),
                ("Subject", htext(subj, "UTF-8", "B")), ("To", addr_list(to))]
        if cc:
            hdrs.append(("Cc", addr_list(cc)))
        hdrs.append(("X-Gm-Features", "AbW1kv" + hx(seed + "gm", 40)))
        return envelope(hdrs, body, mime_version=False)

    if client in ("apple", "iphone"):
        b = "Apple-Mail-%s-%s-%s-%s-%s" % (hx(seed, 8).upper(), hx(seed, 12)[8:].upper(), hx(seed + "1", 4).upper(),
                                           hx(seed + "2", 4).upper(), hx(seed + "3", 12).upper())
        if client == "iphone":
            b = "Apple-Mail-%s-%s-%s-%s-%s" % (hx(seed, 8).upper(), hx(seed + "0", 4).upper(),
                                               hx(seed + "1", 4).upper(), hx(seed + "2", 4).upper(),
                                               hx(seed + "3", 12).upper())
            doc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body '
                   'dir="auto">%s%s</body></html>' % (lines_html(c["text"], 'div dir="ltr"').replace(
                       '</div dir="ltr">', "</div>") if not c.get("html") else c["html"], qh))
        else:
            doc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body '
                   'style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                   '%s%s</body></html>' % (new_html, qh))
        body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable", ct_quote=False),
                                     leaf("text/html", doc, "utf-8", "quoted-printable", ct_quote=False)], b)
        body.replace_header("Content-Type", "multipart/alternative; boundary=%s" % b)
        hdrs = [("From", haddr(*frm)), ("Content-Type", None),
                ("Mime-Version", "1.0 (1.0)" if client == "iphone" else "1.0 (Mac OS X Mail 16.0 \\(3826.700.81\\))"),
                ("Subject", htext(subj, "utf-8", "B")), ("Date", rfc(t)),
                ("Message-Id", "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed + "4", 4).upper(),
                                                       hx(seed + "5", 4).upper(), hx(seed + "6", 4).upper(),
                                                       hx(seed + "7", 12).upper(), frm[1].split("@")[1])),
                ("References", "\n ".join(refs(m)))]
        if cc:
            hdrs.append(("Cc", addr_list(cc)))
        hdrs += [("In-Reply-To", m["msgid"]), ("To", addr_list(to))]
        hdrs.append(("X-Mailer", "iPhone Mail (23B85)" if client == "iphone" else "Apple Mail (3826.700.81)"))
        hdrs = [h for h in hdrs if h[1] is not None]
        return envelope(hdrs, body, mime_version=False)

    if client == "thunderbird":
        cs = c.get("cs", "UTF-8")
        b = "------------%s" % hb64(seed, 18).replace("+", "0").replace("/", "1")[:24]
        if c.get("plain_only"):
            body = leaf("text/plain", text, cs, c.get("cte", "8bit"), ct_quote=False,
                        params=[("format", "flowed")] if c.get("flowed") else [])
        else:
            doc = ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; '
                   'charset=UTF-8">\n  </head>\n  <body>\n    <p>%s</p>\n    %s\n  </body>\n</html>\n'
                   % ("<br>\n".join(esc(l) for l in c["text"].rstrip("\n").split("\n")), qh))
            body = multi("alternative", [leaf("text/plain", text, cs, c.get("cte", "8bit"), ct_quote=False),
                                         leaf("text/html", doc, cs, c.get("cte", "8bit"), ct_quote=False)], b,
                         preamble="This is a multi-part message in MIME format.")
        ua = c.get("ua", "Mozilla Thunderbird")
        hdrs = [("Message-ID", "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8), hx(seed + "1", 4), hx(seed + "2", 4),
                                                       hx(seed + "3", 4), hx(seed + "4", 12), frm[1].split("@")[1])),
                ("Date", rfc(t)), ("MIME-Version", "1.0"), ("User-Agent", ua),
                ("Subject", htext(subj, "UTF-8", "B")), ("Content-Language", c.get("clang", "en-US")),
                ("To", addr_list(to))]
        if cc:
            hdrs.append(("Cc", addr_list(cc)))
        hdrs += [("References", " ".join(refs(m))), ("From", haddr(*frm)), ("In-Reply-To", m["msgid"])]
        if c.get("org_hdr"):
            hdrs.append(("Organization", c["org_hdr"]))
        return envelope(hdrs, body, mime_version=False)

    raise KeyError(client)


_htext = htext


def htext(text, label="utf-8", mode="B", prefix=""):
    try:
        text.encode(codec(label))
    except UnicodeEncodeError:
        label = "utf-8"
    return _htext(text, label, mode, prefix)


# ----------------------------------------------------------------------------------------------------------------
# Cases
# ----------------------------------------------------------------------------------------------------------------
CASES = []


def case(num, slug, mkey, client, frm, t, text, gold, notes, readme, check=None, **kw):
    c = dict(num=num, slug="%d-%s" % (num, slug), m=MEETINGS[mkey], client=client, frm=frm, t=t, text=text,
             gold=gold, notes=notes, readme=readme, check=check)
    c.update(kw)
    c.setdefault("subject", {"outlook": "答复: ", "owa": "答复: ", "outlook_ios": "答复: "}.get(client, "Re: ") +
                 c["m"]["subject"] if client not in ("gmail", "gmail_android", "apple", "iphone", "thunderbird",
                                                     "outlook_mac", "feishu") else c["m"]["subject"])
    c.setdefault("cc", [who(c["m"]["org"])] if frm != c["m"]["org"] else [])
    CASES.append(c)
    return c


def rep(intent, items=(), percent=None, new_due=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due}


def sent_day(c):
    return c["t"].astimezone(TZ8).date()


def inline_quote(m, attr, answers, style=">"):
    """Quote the recap with '> ' and put answers (row number -> text) under the quoted rows."""
    out = [attr] if attr else []
    for l in recap_lines(m):
        out.append(("> " + l) if l else ">")
        mm = re.match(r"\| (\d+) \|", l)
        if mm and int(mm.group(1)) in answers:
            out += ["", answers[int(mm.group(1))], ""]
    return "\n".join(out) + "\n"


M = MEETINGS
RT = lambda k: [M[k]["reply_to"]]

# ---------------------------------------------------------------- M1 澳門工程部 (recap Thu 2026-09-17 15:10)
case(1501, "done-cantonese-outlook-zhtw-big5-noquote", "M1", "outlook_noquote", "馮俊傑", at("2026-09-21 10:02:41"),
     "梁工：\n\n第2項泳池水泵維修報價已經發到你郵箱，呢項搞掂。\n\n馮俊傑 Kit Fung\n工程部 技術主任\n濠庭澳門酒店\n"
     "T: +853 2882 6600 ext. 6213 | M: +853 6612 3456\n",
     rep("done", [2]), ui="zh-TW", cs="big5", hlabel="big5", subject="回覆: " + M["M1"]["subject"],
     notes="Outlook zh-TW set to not include the original message: the body is Big5 (all Traditional characters), "
           "only In-Reply-To/References tie it to the recap. The bot's display name 纪要助手 cannot be written in Big5 "
           "so the To header falls back to a UTF-8 encoded-word. '第2項…報價已經發到你郵箱，呢項搞掂' (Cantonese 搞掂 = "
           "done) -> done, items [2]. Signature has an extension number and a mobile number.",
     readme="Outlook zh-TW Big5 without quoted original; Cantonese '呢項搞掂' = done; phone signature")

case(1502, "done-ok-le-iphone-zhtw", "M1", "iphone", "黃詠詩", at("2026-09-18 09:12:05"),
     "第三項OK了，關房清單已經發到營運群組，Jason你睇下。\n\n從我的 iPhone 傳送\n",
     rep("done", [3]), quote=None, qspec=("apple", "zh-TW", 8),
     notes="iPhone (zh-TW UI) top-post. '第三項OK了，關房清單已經發到…' -> done, items [3] (Chinese numeral 三). 'OK了' "
           "with the list already sent means finished, not a bare confirm. '從我的 iPhone 傳送' is the mobile footer; "
           "the quote attribution is the zh-TW form '纪要助手 <…> 於 2026年9月17日 下午3:10 寫道：'.",
     readme="iPhone zh-TW: '第三項OK了' + what was sent -> done; '從我的 iPhone 傳送'")

case(1503, "extend-english-outlook-de-disclaimer", "M1", "outlook", "Jonas Weber", at("2026-09-18 08:47:13", 2),
     "Dear Mr Leung,\n\nregarding item 4 (hood delivery date): our plant in Bielefeld is about two weeks behind because "
     "of a supplier issue with the stainless sheets. Could we move item 4 to 16 October? I will send the confirmed "
     "truck slot as soon as I have it.\n\nMit freundlichen Grüßen / Best regards\n\nJonas Weber\nKey Account Manager "
     "Asia\nKüchentechnik OWL GmbH\nTel. +49 5221 998 41-12\n\nKüchentechnik OWL GmbH | Sitz: Herford | Amtsgericht "
     "Bad Oeynhausen HRB 12345\nGeschäftsführer: Dr. Anja Brockmann\nDiese E-Mail enthält vertrauliche Informationen. "
     "Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese "
     "E-Mail.\n",
     rep("extend", [4], None, "2026-10-16"), ui="de", cte="quoted-printable", subject="AW: " + M["M1"]["subject"],
     qspec=("outlook", "de", 2), check=lambda c: D(2026, 10, 16),
     relay=("mail-fr2deu01on2101.outbound.protection.outlook.com", "40.107.135.101"),
     notes="German supplier, Outlook de (Date +0200; 08:47 CEST = 14:47 Shanghai, Fri 2026-09-18). English body: 'Could "
           "we move item 4 to 16 October?' -> extend, items [4], new_due_date 2026-10-16 (absolute, current year). "
           "'two weeks behind' is the reason. Quote header 'Von: / Gesendet: Donnerstag, 17. September 2026 09:10 / "
           "An: / Betreff:' (recap time shown in CEST). German legal disclaimer after the signature.",
     readme="Outlook de (AW:, Von:/Gesendet:) English request 'move item 4 to 16 October' + German disclaimer")

case(1504, "extend-owa-zhtw-reason-date", "M1", "owa", "陳美玲", at("2026-09-18 10:15:44"),
     "梁工：\n\n第5項預算追加需要董事會批核，董事會10月8日先開會，申請延期至10月9日。\n\n陳美玲 Mabel Chan\n集團財務總監\n",
     rep("extend", [5], None, "2026-10-09"), ui="zh-TW", subject="回覆: " + M["M1"]["subject"],
     qspec=("owa", "zh-TW", 8), check=lambda c: D(2026, 10, 9),
     notes="Outlook on the web (Date in +0000: 02:15 UTC = 10:15 Macau/Shanghai, Fri 2026-09-18). '申請延期至10月9日' -> "
           "extend, items [5], new_due_date 2026-10-09. The reason contains another date (董事會10月8日開會) that must "
           "not be taken as the new date. Quote: OWA '________' rule then 寄件者:/寄件日期:/收件者:/主旨:.",
     readme="OWA zh-TW extend 第5項 to 10月9日 with a different date (10月8日) in the reason")

case(1505, "confirm-all-organizer-outlook-zhtw", "M1", "outlook", "梁志豪", at("2026-09-17 17:20:03"),
     "全部確認，冇問題。大家按時間表做。\n\n梁志豪\n工程部總監\n濠庭澳門酒店\n",
     rep("confirm"), ui="zh-TW", subject="回覆: " + M["M1"]["subject"], qspec=("outlook", "zh-TW", 8),
     notes="The organizer confirms the whole recap before the 18:00 cut-off (Thu 2026-09-17 17:20). '全部確認，冇問題' "
           "(Cantonese 冇 = 没) -> confirm, items [] (no item named). Outlook zh-TW desktop, UTF-8 because the quoted "
           "recap holds Simplified characters.",
     readme="Organizer '全部確認，冇問題' in Outlook zh-TW (UTF-8 because of the quoted Simplified recap)")

case(1506, "done-by-task-words-iphone-cantonese", "M1", "iphone", "馮俊傑", at("2026-09-24 18:40:22"),
     "地毯今日全部鋪好，聽日同營運部驗收。\n\n從我的 iPhone 傳送\n",
     rep("done"), qspec=("apple", "zh-TW", 8),
     notes="No item number: '地毯今日全部鋪好' names the task of item 1 (完成12樓走廊地毯更換), which is the sender's; he "
           "also owns item 2. Intent done (the carpet is laid; the joint inspection tomorrow does not make it a "
           "progress report, though a strict reader could argue progress). items [] per the as-written rule; a bot "
           "matching by task words should apply it to item 1. Sent on the due date 2026-09-24.",
     readme="iPhone zh-TW Cantonese, item named by its task words only ('地毯…鋪好'), sender owns two items")

# ---------------------------------------------------------------- M2 上海销售部 (recap Mon 2026-09-28 11:35)
case(1507, "confirm-item4-emoji-qq-gb18030", "M2", "qq", "钱峰", at("2026-09-28 13:02:11"),
     "收到，第4项没问题👍\n", rep("confirm", [4]), subject="回复：" + M["M2"]["subject"], qspec=("qq",),
     relay=("smtpbg151.qq.com", "43.154.221.58"),
     notes="Tencent Exmail / QQ Mail web, gb18030 (the emoji 👍 is a four-byte GB18030 sequence). '收到，第4项没问题' -> "
           "confirm, items [4]. Quote after '------------------ 原始邮件 ------------------'.",
     readme="QQ/Exmail gb18030 '收到，第4项没问题👍' (emoji in GB18030)")

case(1508, "bare-done-several-open-wecom", "M2", "wecom", "刘晓雯", at("2026-09-29 17:45:30"),
     "已完成\n\n发自我的企业微信\n", rep("done"), subject="回复：" + M["M2"]["subject"], qspec=("wecom",),
     relay=("smtpbg156.qq.com", "43.155.67.158"),
     notes="NO-CHANGE CASE. WeCom (企业微信) mobile mail: the whole new text is '已完成'. The sender owns items 1, 2 and 5 "
           "(all open); no number and no task words, so the bot must ask which item and change nothing. Gold intent "
           "done, items []. (Item 2 is due today, 09-29, so a human might guess it, but that is a guess.)",
     readme="NO-CHANGE: WeCom mobile bare '已完成' from an owner of three open items")

case(1509, "done-foxmail-gbk-signature", "M2", "foxmail", "周磊", at("2026-09-30 10:20:44"),
     "王总：\n\n第3项CRM里的企业协议价已经全部更新完毕（共47家），麻烦抽查一下。\n\n周磊\n",
     rep("done", [3]), subject="回复：" + M["M2"]["subject"], qspec=("foxmail",),
     fox_sig="周磊 | 濠庭上海外滩酒店 信息技术部 | 021-6321 8800 转 8031",
     notes="Foxmail 7.2, GBK base64 (the quoted recap's Traditional-free text fits GBK). '第3项…已经全部更新完毕' -> done, "
           "items [3]; '共47家' is a count, not a percent. HTML has the Foxmail signature block; the quote starts at "
           "'发件人： 纪要助手'.",
     readme="Foxmail GBK '第3项…全部更新完毕（共47家）' -> done; number that is not a percent")

case(1510, "confirm-two-items-organizer-mailmaster", "M2", "mailmaster", "王建明", at("2026-09-28 14:10:09"),
     "小刘的第1、2项我看过了，确认。\n\n发自网易邮箱大师\n", rep("confirm", [1, 2]), subject="回复：" + M["M2"]["subject"],
     mm_sig="发自网易邮箱大师", qspec=("mailmaster",), relay=("m13-12.mail.163.com", "220.181.13.12"),
     notes="Organizer via 网易邮箱大师 (company account). '第1、2项…确认' -> confirm, items [1, 2]. '小刘' is an alias of "
           "刘晓雯 (the owner), not a command target.",
     readme="Mail Master '小刘的第1、2项我看过了，确认' (several numbers, alias)")

case(1511, "extend-after-national-day-coremail", "M2", "coremail", "刘晓雯", at("2026-09-29 15:00:27"),
     "王总好，\n\n第1项汇丰续签：对方采购经理国庆前休假，这周见不到人，申请延期至节后第一个工作日。\n\n刘晓雯 Sherry Liu\n"
     "销售部 企业客户经理\n手机：138 1762 4409\n",
     rep("extend", [1], None, "2026-10-08"), subject="回复:" + M["M2"]["subject"], qspec=("coremail",),
     check=lambda c: first_workday_after_holiday(sent_day(c)),
     notes="Coremail XT5 web. Sent Tue 2026-09-29. '申请延期至节后第一个工作日' -> extend, items [1]; National Day 2026 "
           "runs 10-01..10-07 (holiday), so the first working day after it is Thu 2026-10-08 (chinesecalendar). "
           "Mobile number in the signature.",
     readme="Coremail '延期至节后第一个工作日' before National Day 2026 -> 2026-10-08")

case(1512, "progress-163web", "M2", "163web", "刘晓雯", at("2026-10-09 11:00:52"),
     "第5项进度30%，核销流程图画完了，等财务确认对账口径。\n", rep("progress", [5], 30),
     subject="Re:" + M["M2"]["subject"], qspec=("163",), relay=("mail-m12174.qiye.163.com", "115.236.121.74"),
     notes="NetEase enterprise webmail (163 style). '第5项进度30%' -> progress, items [5], percent 30. The quoted recap "
           "footer's '进度80%' example must not be read. Quote attribution '在 2026-09-28 11:35:08，\"纪要助手\" <…> 写道：'.",
     readme="163 web '第5项进度30%' over a quote whose footer says 进度80%")

c1513_text = "王总，回复在下面。\n\n"
case(1513, "done-inline-under-row-thunderbird-zh", "M2", "thunderbird", "钱峰", at("2026-09-30 16:05:40"), c1513_text,
     rep("done", [4]), clang="zh-CN", subject="Re: " + M["M2"]["subject"].replace("Re: ", ""),
     inline={4: "已发王总邮箱，这项完成了。"}, qspec=("thunderbird", "zh", 8),
     notes="Thunderbird zh-CN, inline answer: the recap is quoted with '> ' and the answer '已发王总邮箱，这项完成了。' is "
           "typed under the quoted row '> | 4 | 出具年会套餐报价单 | 钱峰 | 2026-09-30 |'. -> done, items [4] (the row "
           "the answer sits under; the sender owns only item 4). The top line only says 'see below'.",
     readme="Thunderbird zh-CN inline answer under quoted row 4 ('这项完成了')")

case(1552, "done-two-items-colloquial-iphone", "M2", "iphone", "刘晓雯", at("2026-10-08 18:31:16"),
     "1和2都搞定了，5还在跟财务对口径\n\n发自我的iPhone\n", rep("done", [1, 2]), qspec=("apple", "zh", 8),
     notes="iPhone zh-CN. '1和2都搞定了' -> done, items [1, 2] (bare numbers joined by 和; 搞定 = done). '5还在跟…' is a "
           "status remark about item 5 with no percent and no command: it does not change the intent.",
     readme="iPhone zh-CN '1和2都搞定了，5还在跟…' (bare numbers, colloquial done)")

# ---------------------------------------------------------------- M3 台北館房務 (recap Tue 2026-10-13 16:20)
case(1514, "done-attachment-outlook-zhtw", "M3", "outlook", "張書豪", at("2026-10-16 17:05:12"),
     "林經理您好：\n\n第1項十月份布草耗損統計已完成，詳見附件。\n\n張書豪 Howard Chang\n客房部 副理\n濠庭台北館\n"
     "Tel: +886-2-2712-8800 #3215\n",
     rep("done", [1]), ui="zh-TW", subject="回覆: " + M["M3"]["subject"], qspec=("outlook", "zh-TW", 8),
     att=("十月布草耗損統計.xlsx", "rfc2047"),
     notes="Outlook zh-TW with an .xlsx attachment whose Chinese filename is an encoded-word inside quotes. '第1項…已完成' "
           "-> done, items [1]. '#3215' in the signature is a phone extension, not an item reference.",
     readme="Outlook zh-TW done with .xlsx attachment; '#3215' extension in the signature is not '#N'")

case(1515, "done-english-outlook-fr", "M3", "outlook", "Camille Durand", at("2026-10-15 11:30:09", 2),
     "Bonjour Madame Lin,\n\nItem 3: the new sheet samples (percale 300 TC, white and ivory) left Lyon today with DHL "
     "Express, AWB 48 1234 5678. You can consider this one done.\n\nBien cordialement,\n\nCamille Durand\nResponsable "
     "export Asie-Pacifique\nBlanchisserie Lyonnaise SAS\n+33 4 78 00 12 34\n",
     rep("done", [3]), ui="fr", cte="quoted-printable", subject="RE : " + M["M3"]["subject"],
     qspec=("outlook", "fr", 2), relay=("mail-pr3fra01on2055.outbound.protection.outlook.com", "40.107.77.55"),
     notes="French supplier, Outlook fr ('RE : ' subject prefix; quote 'De : / Envoyé : mardi 13 octobre 2026 10:20 / "
           "À : / Objet :'), Date +0200. English body: 'Item 3: … samples … left Lyon today … consider this one "
           "done' -> done, items [3]. '300 TC' and the AWB digits are not percents or items.",
     readme="Outlook fr (RE :, De :/Envoyé :) English 'Item 3 … consider this one done'")

case(1553, "unsubscribe-request-ipad-fr", "M3", "iphone", "Élodie Martin", at("2026-10-14 09:05:00", 2),
     "Bonjour,\n\nMerci de me retirer de cette liste : je ne m'occupe plus des comptes linge de Taipei, c'est Camille "
     "Durand qui suit le dossier (en copie).\n\nBonne journée,\nÉlodie Martin\nBlanchisserie Lyonnaise\n\nEnvoyé de "
     "mon iPad\n",
     rep("unknown"), qspec=("apple", "fr", 2), cc=[who("Camille Durand"), who("林佳蓉")],
     notes="NO-CHANGE CASE. A former contact asks (in French, iPad Mail) to be removed from the thread; she owns no "
           "item. No command -> intent unknown, items []. The French attribution 'Le 13 oct. 2026 à 10:20, 纪要助手 "
           "<…> a écrit :' and 'Envoyé de mon iPad' must be stripped.",
     readme="NO-CHANGE: French iPad 'please remove me from this list' from a non-owner")

c1516_text = "林經理，回覆在下面。\n\n雅婷\n\n"
case(1516, "confirm-inline-apple-mail-zhtw", "M3", "apple", "吳雅婷", at("2026-10-13 17:30:00"), c1516_text,
     rep("confirm", [5]), inline={5: "這項沒問題，我週五前會把流程發出來。"}, qspec=("apple", "zh-TW", 8),
     notes="Apple Mail (macOS, zh-TW UI) with the answer typed under the quoted recap row 5 (hers): '這項沒問題，我週五前會"
           "把流程發出來。' -> confirm, items [5] (row it sits under). 週五 (10-16) is earlier than the due date 10-21, "
           "so it is a plan, not an extension. Sent before the cut-off.",
     readme="Apple Mail zh-TW inline '這項沒問題' under quoted row 5 (週五 is a plan, not an extension)")

case(1517, "extend-organizer-md-slash-iphone", "M3", "iphone", "林佳蓉", at("2026-10-28 20:14:51"),
     "書豪第二項可以延到11/6，我同意，其他照舊。\n\n從我的 iPhone 傳送\n", rep("extend", [2], None, "2026-11-06"),
     qspec=("apple", "zh-TW", 8), check=lambda c: D(2026, 11, 6),
     notes="The organizer (also 張書豪's manager) grants an extension for his item: '第二項可以延到11/6' -> extend, "
           "items [2], new_due_date 2026-11-06 (M/D as written in Taiwan; current year). Sent Wed 2026-10-28 20:14.",
     readme="iPhone zh-TW organizer '第二項可以延到11/6' (M/D date, extension granted for someone else)")

case(1518, "progress-qicheng-outlook-zhtw", "M3", "outlook", "張書豪", at("2026-10-23 15:48:30"),
     "林經理：\n\n第二項大容量瓶裝目前已換到8樓，整體大概完成七成，下週可以全部換完。\n\n張書豪\n客房部\n",
     rep("progress", [2], 70), ui="zh-TW", subject="回覆: " + M["M3"]["subject"], qspec=("outlook", "zh-TW", 8),
     notes="'整體大概完成七成' -> progress, items [2], percent 70 (七成 = 70%). '8樓' is a floor, not a percent; '下週可以"
           "全部換完' is an estimate inside the due date 10-30, not an extension.",
     readme="Outlook zh-TW '大概完成七成' -> progress 70")

# ---------------------------------------------------------------- M4 PMS 迁移 (recap Mon 2026-11-02 10:05)
case(1519, "done-japanese-outlook-ja", "M4", "outlook", "山田美咲", at("2026-11-06 16:40:18", 9),
     "趙さん\n\nお疲れ様です。東京の山田です。\n1番（東京店の房价数据迁移测试）、完了しました。\nテスト結果は共有フォルダの"
     "「PMS移行/東京」に置いてあります。\n\nよろしくお願いいたします。\n\n山田 美咲\nHaoting Tokyo Ginza 宿泊部\n"
     "TEL: 03-6226-8811\n",
     rep("done", [1]), ui="ja", subject="RE: " + M["M4"]["subject"], qspec=("outlook", "ja", 9),
     notes="Tokyo staff, Outlook ja (Date +0900; quote '差出人: / 送信日時: 2026年11月2日 11:05 / 宛先: / 件名:'). Japanese "
           "body: '1番（…）、完了しました' -> done, items [1] (1番 = item 1; 完了 = completed). UTF-8 because the quote "
           "holds Simplified Chinese that ISO-2022-JP cannot carry.",
     readme="Outlook ja (差出人:/送信日時:) Japanese '1番…完了しました' -> done")

case(1520, "progress-english-gmail-nl-wrapped", "M4", "gmail", "Sanne de Vries", at("2026-11-05 09:12:33", 1),
     "Hi Zhao Peng,\n\nQuick one on #2: the RoomLink channel mapping for Seoul is about 60% done, the Korean OTA rate "
     "plans are still missing. Should be fine for the 13th.\n\nMet vriendelijke groet,\n\nSanne de Vries\n"
     "Implementation Lead APAC | RoomLink B.V.\n",
     rep("progress", [2], 60), qspec=("gmail", "nl", 1, True), relay=("mail-sor-f41.google.com", "209.85.220.41"),
     notes="Dutch vendor on Google Workspace with a Dutch UI: attribution 'Op ma 2 nov 2026 om 03:05 schreef 纪要助手 <…>:' "
           "wrapped by Gmail's text/plain before the address. '#2 … about 60% done' -> progress, items [2], percent "
           "60. 'Should be fine for the 13th' restates the due date; not an extension.",
     readme="Gmail nl (Op … schreef, wrapped) '#2 … about 60% done'; 'fine for the 13th' is not an extension")

case(1521, "extend-bottom-post-thunderbird-pl", "M4", "thunderbird", "Piotr Nowak", at("2026-11-09 14:20:05", 1),
     "Hi Peter,\n\nitem 3 (night audit export, broken characters): the fix is ready but we need two more days for "
     "regression testing on the Taipei data. Can we move it to 12 Nov?\n\nPozdrawiam / Best regards\nPiotr Nowak\n"
     "VistulaSoft sp. z o.o.\n",
     rep("extend", [3], None, "2026-11-12"), clang="pl", bottom=True, qspec=("thunderbird", "pl", 1),
     check=lambda c: D(2026, 11, 12),
     notes="Polish contractor, Thunderbird with a Polish UI, BOTTOM-POSTED: 'W dniu 2.11.2026 o 03:05, 纪要助手 pisze:' and "
           "the whole quoted recap come first, the new text after it. 'Can we move it to 12 Nov?' -> extend, items "
           "[3], new_due_date 2026-11-12 ('two more days' on the 11-10 due date agrees).",
     readme="Thunderbird pl bottom-post (W dniu … pisze:) 'move it to 12 Nov'")

case(1522, "done-gaoding-dingtalk-alimail", "M4", "alimail", "周磊", at("2026-11-06 18:10:47"),
     "赵工，权限清单已经整理好了，放在钉盘“PMS迁移”目录下，第4项搞定。\n", rep("done", [4]),
     subject="回复：" + M["M4"]["subject"], qspec=("alimail",), relay=("out30-101.freemail.mail.aliyun.com", "115.124.30.101"),
     notes="钉钉邮箱 / Alimail web: quote after a dashed rule with '发件人：/发送时间：/收件人：/主　题：' (full-width space "
           "in 主　题). '第4项搞定' -> done, items [4].",
     readme="DingTalk/Alimail '第4项搞定' with the 主　题 quote block")

case(1523, "extend-korean-bilingual-outlook-ko", "M4", "outlook", "박서연", at("2026-11-10 09:30:14", 9),
     "조 팀장님, 안녕하세요.\n第5项培训申请延期至11月27日：11月中下旬酒店有年末活动，员工排不开。\n11월 27일로 연기 부탁드립니다.\n\n"
     "박서연 드림\n首尔明洞店 前台主管\nT. +82 2 3789 1200\n",
     rep("extend", [5], None, "2026-11-27"), ui="ko", subject="RE: " + M["M4"]["subject"],
     qspec=("outlook", "ko", 9), check=lambda c: D(2026, 11, 27),
     notes="Seoul staff, Outlook ko (quote '보낸 사람: / 보낸 날짜: 2026년 11월 2일 월요일 오전 11:05 / 받는 사람: / 제목:'), "
           "Korean + Chinese body. '第5项培训申请延期至11月27日' (repeated in Korean '11월 27일로 연기') -> extend, items "
           "[5], new_due_date 2026-11-27. '11月中下旬' in the reason is vague and not the new date.",
     readme="Outlook ko, Korean/Chinese bilingual '第5项…延期至11月27日'")

case(1524, "progress-outlook-mac-zhtw", "M4", "outlook_mac", "吳雅婷", at("2026-11-09 11:22:08"),
     "趙工：\n\n第6項POS聯調，廠商那邊還沒排到工程師，我這邊介面文件和測試帳號都準備好了，進度大概40%。\n\n雅婷\n",
     rep("progress", [6], 40), ui="zh-TW", subject="回覆: " + M["M4"]["subject"], qspec=("outlook_mac", "zh-TW", 8),
     notes="Outlook for Mac (zh-TW UI; quote '寄件者: / 日期: / 收件者: / 主旨:'), QP UTF-8. '第6項…進度大概40%' -> "
           "progress, items [6], percent 40.",
     readme="Outlook for Mac zh-TW '第6項…進度大概40%'")

case(1525, "question-organizer-feishu", "M4", "feishu", "赵鹏", at("2026-11-03 09:40:26"),
     "@Sanne @Piotr 第2项和第3项的上线窗口你们那边确认了吗？需要我们这边停机的话请提前两天说。\n",
     rep("unknown", [2, 3]), subject="回复：" + M["M4"]["subject"], qspec=("feishu",),
     cc=[who("Sanne de Vries"), who("Piotr Nowak")], relay=("va-1-28.ptr.blmpb.com", "209.127.231.28"),
     notes="NO-CHANGE CASE. 飞书邮箱 (Feishu Mail). The organizer asks the vendors a question about items 2 and 3; there is "
           "no command (no 确认/完成/进度/延期). intent unknown; items [2, 3] as written. '提前两天' is not a date for "
           "any item.",
     readme="NO-CHANGE: Feishu Mail question from the organizer naming 第2项和第3项")

# ---------------------------------------------------------------- M5 Tokyo pre-opening, English recap (Tue 2026-11-10 14:00)
case(1526, "extend-push-to-the-27th-gmail-vi", "M5", "gmail", "Nguyễn Thị Lan", at("2026-11-12 10:05:40", 7),
     "Dear Mr Sato,\n\nFor item 1, the container with the lobby sofas is held at Hai Phong port for inspection. Can we "
     "push #1 to the 27th?\n\nThank you and best regards,\nNguyễn Thị Lan\nExport Sales Manager\nSaigon Wood Co., "
     "Ltd.\n",
     rep("extend", [1], None, "2026-11-27"), qspec=("gmail", "vi", 7, True), relay=("mail-sor-f65.google.com", "209.85.220.65"),
     check=lambda c: day_only(sent_day(c), 27),
     notes="Vietnamese supplier, Gmail with a Vietnamese UI ('Vào Th 3, 10 thg 11, 2026 vào lúc 13:00 纪要助手 <…> đã "
           "viết:', wrapped). 'Can we push #1 to the 27th?' -> extend, items [1], new_due_date 2026-11-27 (day only: "
           "this month, not yet past on 11-12).",
     readme="Gmail vi 'Can we push #1 to the 27th?' (day-only date)")

case(1527, "done-english-gmail-es-attachment", "M5", "gmail", "Lucía Fernández", at("2026-11-18 09:40:02", 1),
     "Hola Sato-san,\n\nitem 2 - workshop done yesterday with the kitchen team (chef Ito + 6 cooks). Slides and the new "
     "menu matrix attached.\n\nSaludos,\nLucía\n\n--\nLucía Fernández\nFernández Hospitality Consulting · Madrid\n"
     "+34 611 234 567\n",
     rep("done", [2]), qspec=("gmail", "es", 1, True), att=("Menu_engineering_Ginza.pdf", "ascii"),
     relay=("mail-sor-f73.google.com", "209.85.220.73"),
     notes="Spanish consultant, Gmail es ('El mar, 10 nov 2026 a las 7:00, 纪要助手 (<…>) escribió:'), PDF attached. "
           "'item 2 - workshop done yesterday' -> done, items [2]. '6 cooks' is a count.",
     readme="Gmail es (escribió) 'item 2 - workshop done yesterday' + PDF")

case(1528, "progress-japanese-iphone-ja", "M5", "iphone", "山田美咲", at("2026-11-20 19:03:11", 9),
     "佐藤さん\n3番、4名中2名の採用が決まりました。50%です。\n残り2名は来週面接です。\n\niPhoneから送信\n",
     rep("progress", [3], 50), qspec=("apple", "ja", 9),
     notes="iPhone with Japanese UI ('2026/11/10 15:00、纪要助手 <…>のメール:'; 'iPhoneから送信'). '3番、4名中2名…50%です' "
           "-> progress, items [3], percent 50. '4名中2名' agrees; '来週面接' is not an extension.",
     readme="iPhone ja '3番…50%です' (Japanese attribution のメール:)")

case(1529, "extend-two-more-days-outlook-en", "M5", "outlook", "陳美玲", at("2026-11-30 09:15:37"),
     "Sato-san,\n\nNeed two more days on item 5 - the Q4 FX rates from treasury only come out on the 30th, so the "
     "re-forecast can't be closed today.\n\nRegards,\nMabel Chan\nGroup Financial Controller | Haoting Hotels & "
     "Resorts\nT +853 2882 6600 ext 1101\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential "
     "and may be privileged. If you are not the intended recipient, please notify the sender immediately and delete "
     "it.\n",
     rep("extend", [5], None, "2026-12-02"), ui="en", subject="RE: " + M["M5"]["subject"], qspec=("outlook", "en", 8),
     check=lambda c: sent_day(c) + dt.timedelta(days=2),
     notes="Outlook en, sent Mon 2026-11-30 09:15, the due date of item 5. 'Need two more days on item 5' -> extend, "
           "items [5], new_due_date 2026-12-02 (two calendar days; counted from the reply date, which is also the old "
           "due date, so both readings agree). 'on the 30th' is the reason. Confidentiality notice after the "
           "signature.",
     readme="Outlook en 'Need two more days on item 5' sent on the due date; disclaimer")

case(1530, "thanks-organizer-apple-mail-en", "M5", "apple", "佐藤健一", at("2026-11-12 21:44:09", 9),
     "Thank you all for the quick updates, very helpful. See you in Ginza next week.\n\nKenichi\n",
     rep("unknown"), qspec=("apple", "en", 9),
     notes="NO-CHANGE CASE. Organizer's thank-you (Apple Mail, English UI). No command; 'next week' is not a date for "
           "any item. intent unknown, items [].",
     readme="NO-CHANGE: organizer thank-you in Apple Mail en")

case(1531, "done-thunderbird-de-sigdash", "M5", "thunderbird", "Jonas Weber", at("2026-11-24 16:02:55", 1),
     "Hello Mr Sato,\n\nitem 4 is done - the hood was installed yesterday and your engineer Mr Kato signed the "
     "acceptance protocol.\n\nMit freundlichen Grüßen\nJonas Weber\n-- \nKüchentechnik OWL GmbH | Sitz: Herford\n"
     "Tel. +49 5221 998 41-12\n",
     rep("done", [4]), clang="de-DE", qspec=("thunderbird", "de", 1), plain_only=True, flowed=True, cte="8bit",
     notes="Thunderbird with a German UI, plain text only, format=flowed, 8bit UTF-8 (ü, ß). Attribution 'Am 10.11.26 um "
           "07:00 schrieb 纪要助手:'. 'item 4 is done' -> done, items [4]. Signature after the '-- ' delimiter.",
     readme="Thunderbird de plain 8bit format=flowed (Am … schrieb) 'item 4 is done'; '-- ' signature")

case(1554, "done-gmail-android-en", "M5", "gmail_android", "Nguyễn Thị Lan", at("2026-11-26 16:40:00", 7),
     "Item 1 done, all furniture delivered to Ginza this morning. Photos to follow.\n",
     rep("done", [1]), qspec=("gmail_android", "en", 7), relay=("mail-sor-f69.google.com", "209.85.220.69"),
     notes="Gmail for Android (English UI): short top-post, attribution 'On Tue, 10 Nov 2026, 13:00 纪要助手, <…> wrote:' "
           "(Android form with a comma after the name). 'Item 1 done' -> done, items [1] (after the earlier extension "
           "to 11-27, see 1526).",
     readme="Gmail Android 'Item 1 done …'")

# ---------------------------------------------------------------- M6 首尔明洞 (recap Mon 2026-11-16 15:30)
case(1532, "done-two-by-content-gmail-ko", "M6", "gmail", "박서연", at("2026-11-25 18:20:00", 9),
     "민준 팀장님,\n官网双语页面今天上线了，圣诞自助餐菜单也定稿了，两项都完成了。\n\n서연 드림\n",
     rep("done"), qspec=("gmail", "ko", 9, True),
     notes="Gmail with Korean UI ('2026년 11월 16일 (월) 오후 4:30, 纪要助手 <…>님이 작성:', wrapped). No numbers: the "
           "sender names both her tasks (官网双语页面 = item 1, 圣诞自助餐菜单 = item 3) and says '两项都完成了' -> done, "
           "items [] as written; a task-word matcher should apply it to items 1 and 3.",
     readme="Gmail ko: two tasks named by content, '两项都完成了'")

case(1533, "progress-iphone-ko-organizer-owner", "M6", "iphone", "김민준", at("2026-11-26 08:15:40", 9),
     "第2项 80%了，合同在法务那边审。\n\niPhone에서 보냄\n", rep("progress", [2], 80), qspec=("apple", "ko", 9),
     notes="iPhone with Korean UI ('2026. 11. 16. 오후 4:30, 纪要助手 <…> 작성:'; 'iPhone에서 보냄'). The organizer is also "
           "the owner of item 2: '第2项 80%了' -> progress, items [2], percent 80 (no word 进度).",
     readme="iPhone ko '第2项 80%了' without the word 进度")

case(1534, "extend-next-wednesday-by-content-126", "M6", "163web", "许文静", at("2026-11-24 10:31:06"),
     "圣诞装饰采购那项能不能延到下周三？供应商的货要下周二才到上海。\n\n许文静\n采购部\n",
     rep("extend", [], None, "2026-12-02"), subject="Re:" + M["M6"]["subject"], qspec=("163",),
     check=lambda c: next_week_weekday(sent_day(c), 2), relay=("mail-m12174.qiye.163.com", "115.236.121.74"),
     notes="NetEase enterprise webmail. Sent Tue 2026-11-24. '圣诞装饰采购那项能不能延到下周三' -> extend (a request), "
           "items [] (named by task = item 4, her only item), new_due_date = Wednesday of next week = 2026-12-02. "
           "'下周二' in the reason is not the new date.",
     readme="126/163 web '那项能不能延到下周三' by task name; 下周二 in the reason")

# ---------------------------------------------------------------- M7 澳門十周年 (recap Mon 2026-11-23 17:10)
case(1535, "done-with-plan-outlook-mac-zhtw", "M7", "outlook_mac", "區嘉雯", at("2026-11-25 12:40:19"),
     "李經理：\n\n嘉賓名單已整理好（第1項），共128位，已放在共享盤。新聞稿初稿週五前給你。\n\nCarmen\n",
     rep("done", [1]), ui="zh-TW", subject="回覆: " + M["M7"]["subject"], qspec=("outlook_mac", "zh-TW", 8),
     notes="Outlook for Mac zh-TW. '嘉賓名單已整理好（第1項）' -> done, items [1] (number in parentheses after the task). "
           "'新聞稿初稿週五前給你' is a plan for item 2 inside its due date (週五 = 11-27 < 11-30): no extension.",
     readme="Outlook for Mac zh-TW '…已整理好（第1項）' + a plan for another item")

case(1536, "object-outlook-zhtw-before-cutoff", "M7", "outlook", "陳美玲", at("2026-11-23 17:40:55"),
     "李經理：\n\n第5項有異議：活動預算未經營運部何總簽核，財務部無法在11月30日前審批，請先補簽核表再走流程。\n\n陳美玲\n"
     "集團財務總監\n",
     rep("object", [5]), ui="zh-TW", subject="回覆: " + M["M7"]["subject"], qspec=("outlook", "zh-TW", 8),
     notes="Objection before the 18:00 cut-off: '第5項有異議：…' -> object, items [5]. '11月30日前' is in the reason; "
           "no extension is requested.",
     readme="Outlook zh-TW '第5項有異議：…11月30日前…' -> object")

case(1537, "confirm-on-attribution-line-163", "M7", "163web", "刘晓雯", at("2026-11-23 17:55:03"),
     "第4项确认，上海渠道没问题", rep("confirm", [4]), subject="Re:" + M["M7"]["subject"], qspec=("163",),
     on_attr=True, relay=("mail-m12174.qiye.163.com", "115.236.121.74"),
     notes="Reply typed on the attribution line: the text/plain part reads '第4项确认，上海渠道没问题在 2026-11-23 "
           "17:10:20，\"纪要助手\" <…> 写道：' on one line (the HTML has the text in its own div). -> confirm, items "
           "[4]. The parser must cut the attribution off the end of the line, not drop the line.",
     readme="163 web: answer on the same line as the '在 …写道：' attribution")

case(1538, "extend-3-workdays-owa-by-content", "M7", "owa", "黃詠詩", at("2026-12-02 09:30:21"),
     "李經理：\n\n場地佈置方案要等工程部確認宴會廳吊點承重，申請延後3個工作日。\n\n詠詩\n",
     rep("extend", [], None, "2026-12-07"), ui="zh-TW", subject="回覆: " + M["M7"]["subject"],
     qspec=("owa", "zh-TW", 8), check=lambda c: add_workdays(sent_day(c), 3),
     notes="OWA (Date +0000 = Wed 2026-12-02 09:30 Macau), sent on the due date of item 3 (hers, named by task "
           "'場地佈置方案'; items [] as written). '申請延後3個工作日' -> extend, new_due_date = 3 working days after "
           "2026-12-02 = 12-03, 12-04, 12-07 -> 2026-12-07 (counting from the reply date and from the old due date "
           "agree because they are the same day).",
     readme="OWA zh-TW '申請延後3個工作日' by task name, sent on the due date -> 2026-12-07")

case(1539, "confirm-all-outlook-ios-zhtw", "M7", "outlook_ios", "李家樂", at("2026-11-23 17:25:48"),
     "全部確認👍\n\n取得 iOS 版 Outlook\n", rep("confirm"), ui="zh-TW", subject="回覆: " + M["M7"]["subject"],
     mobile_sig="取得 iOS 版 Outlook", html=esc("全部確認👍"), qspec=("owa", "zh-TW", 8, "mobile"),
     notes="Outlook for iOS (organizer): '全部確認👍' -> confirm, items []. '取得 iOS 版 Outlook' is the mobile footer. "
           "Quote is the Outlook mobile '________' + 寄件者:/寄件日期: block.",
     readme="Outlook iOS organizer '全部確認👍' + '取得 iOS 版 Outlook'")

# ---------------------------------------------------------------- M8 校招 (recap Mon 2026-11-30 15:00)
case(1540, "progress-outlook-en-japanese-gm", "M8", "outlook", "佐藤健一", at("2026-12-03 18:20:11", 9),
     "Sun-san,\n\nItem 4 (Japanese campus channels): about 30% done so far - Mynavi and Rikunabi contacted, waiting for "
     "two university career centers. On track for the 10th.\n\nBest regards,\n\nKenichi Sato\nGeneral Manager | "
     "Haoting Tokyo Ginza\nT +81 3 6226 8800 | M +81 90 1234 5678\n\nThis e-mail and any attachments are confidential "
     "and intended solely for the addressee. If you have received it in error, please notify the sender and delete "
     "it.\n",
     rep("progress", [4], 30), ui="en", subject="RE: " + M["M8"]["subject"], qspec=("outlook", "en", 9),
     notes="Outlook en on a Japanese GM's PC (+0900). 'Item 4 …: about 30% done' -> progress, items [4], percent 30. "
           "'On track for the 10th' restates the due date. Disclaimer after the signature.",
     readme="Outlook en 'Item 4 …: about 30% done'; 'On track for the 10th' is not an extension")

case(1541, "progress-half-owa-en-ui", "M8", "owa", "何嘉欣", at("2026-12-03 10:05:12"),
     "孫倩：\n\n第1項各店校招名額：澳門、台北已報，上海、東京、首爾未齊，暫時完成一半。\n\nKaren\n",
     rep("progress", [1], 50), ui="en", subject="RE: " + M["M8"]["subject"], qspec=("owa", "en", 8),
     notes="OWA with an English UI (quote 'From: / Sent: Monday, November 30, 2026 3:00:33 PM / To: / Subject:') and a "
           "Traditional Chinese body. '暫時完成一半' -> progress, items [1], percent 50 (一半 = half). Her earlier "
           "out-of-office (1544) is separate.",
     readme="OWA en UI, zh-TW body '暫時完成一半' -> progress 50")

case(1542, "done-bottom-post-thunderbird-en", "M8", "thunderbird", "김민준", at("2026-12-04 11:00:36", 9),
     "Hi Sun Qian,\n\nItem 5: done - shortlist of 6 Korean universities with contact persons is in the shared folder.\n\n"
     "Minjun\n",
     rep("done", [5]), clang="en-GB", bottom=True, qspec=("thunderbird", "en", 9),
     notes="Thunderbird (en-GB), bottom-posted under 'On 30/11/2026 16:00, 纪要助手 wrote:' and the whole quote. 'Item 5: "
           "done' -> done, items [5].",
     readme="Thunderbird en-GB bottom-post 'Item 5: done'")

case(1543, "question-poster-size-apple-zhtw", "M8", "apple", "區嘉雯", at("2026-12-01 11:12:45"),
     "孫經理，海報尺寸有要求嗎？要做易拉寶還是A3？東京、首爾要不要出日文和韓文版？\n\nCarmen\n",
     rep("unknown"), qspec=("apple", "zh-TW", 8),
     notes="NO-CHANGE CASE. Apple Mail zh-TW: questions about her own item 2 (poster) with no command; intent unknown, "
           "items []. 'A3' is a paper size, not an item reference.",
     readme="NO-CHANGE: questions about the poster (A3 is not an item)")

# ---------------------------------------------------------------- M0 春節 (recap Tue 2026-02-10 14:20)
case(1545, "done-emoji-coremail", "M0", "coremail", "钱峰", at("2026-02-11 20:08:14"),
     "年夜饭包间全部订满（12间），确认单已发前台，第2项完成✅\n", rep("done", [2]),
     subject="回复:" + M["M0"]["subject"], qspec=("coremail",),
     notes="Coremail, evening of Wed 2026-02-11. '第2项完成✅' -> done, items [2]. '12间' is a count.",
     readme="Coremail '第2项完成✅'")

case(1546, "extend-this-saturday-makeup-outlook-gb2312", "M0", "outlook", "孙倩", at("2026-02-12 16:03:29"),
     "何总：\n\n第3项春节值班表要等各店报齐人员，申请延期到本周六（14号调休上班）。\n\n孙倩\n人力资源部\n",
     rep("extend", [3], None, "2026-02-14"), ui="zh-CN", cs="gb2312", subject="答复: " + M["M0"]["subject"],
     qspec=("outlook", "zh-CN", 8), check=lambda c: this_or_next_weekday(sent_day(c), 5),
     notes="Outlook zh-CN, gb2312 label carrying GBK bytes (the quoted recap has Traditional characters outside "
           "GB2312). Sent Thu 2026-02-12. '申请延期到本周六（14号调休上班）' -> extend, items [3], new_due_date "
           "2026-02-14: this week's Saturday, a Spring Festival make-up working day (chinesecalendar).",
     readme="Outlook zh-CN gb2312/GBK '延期到本周六（14号调休上班）' -> Spring Festival make-up Saturday")

case(1547, "done-outlook-android-zhtw", "M0", "outlook_ios", "黃詠詩", at("2026-02-12 22:47:05"),
     "超訂預案已完成，已發各前台經理。第一項。\n\n取得 Android 版 Outlook\n", rep("done", [1]), ui="zh-TW",
     subject="回覆: " + M["M0"]["subject"], mobile_sig="取得 Android 版 Outlook",
     html=esc("超訂預案已完成，已發各前台經理。第一項。"), qspec=("owa", "zh-TW", 8, "mobile"),
     notes="Outlook for Android. The item number comes after the sentence: '超訂預案已完成…。第一項。' -> done, items "
           "[1]. '取得 Android 版 Outlook' is the mobile footer.",
     readme="Outlook Android '…已完成…。第一項。' (number after the sentence)")

case(1548, "extend-3-workdays-makeup-sat-thunderbird-zhtw", "M0", "thunderbird", "梁志豪", at("2026-02-27 17:32:10"),
     "何總：\n消防年檢整改仲差兩個花灑頭未換好，要再延3個工作日。\n\n梁志豪\n",
     rep("extend", [], None, "2026-03-03"), clang="zh-TW", qspec=("thunderbird", "zh-TW", 8),
     check=lambda c: add_workdays(sent_day(c), 3),
     notes="Thunderbird zh-TW, Cantonese ('仲差' = still missing). Sent Fri 2026-02-27, the due date of item 4 (his, "
           "named by task). '要再延3個工作日' -> extend, items [], new_due_date: working days after 02-27 are 02-28 "
           "(Saturday, Spring Festival make-up working day), 03-02, 03-03 -> 2026-03-03.",
     readme="Thunderbird zh-TW '再延3個工作日' across the 02-28 make-up Saturday -> 2026-03-03")

# ---------------------------------------------------------------- M9 五一采购 (recap Tue 2026-04-28 10:40)
case(1549, "extend-2-workdays-may-day-outlook-gb2312", "M9", "outlook", "许文静", at("2026-04-30 14:12:08"),
     "郑经理：\n\n第1项顺延2个工作日，供应商要节后才能给替代品样品。\n\n许文静\n采购部\n",
     rep("extend", [1], None, "2026-05-07"), ui="zh-CN", cs="gb2312", subject="答复: " + M["M9"]["subject"],
     qspec=("outlook", "zh-CN", 8), check=lambda c: add_workdays(sent_day(c), 2),
     notes="Outlook zh-CN gb2312. Sent Thu 2026-04-30, the due date of item 1. '第1项顺延2个工作日' -> extend, items [1]; "
           "May Day holiday 05-01..05-05, so the working days after 04-30 are 05-06, 05-07 -> 2026-05-07.",
     readme="Outlook zh-CN '第1项顺延2个工作日' across May Day 2026 -> 2026-05-07")

case(1550, "done-mixed-english-qq", "M9", "qq", "郑雪", at("2026-05-06 16:45:19"),
     "法务已审完，第三项 done\n", rep("done", [3]), subject="回复：" + M["M9"]["subject"], qspec=("qq",),
     relay=("smtpbg151.qq.com", "43.154.221.58"),
     notes="QQ/Exmail gb18030. '第三项 done' (Chinese item reference, English command word) -> done, items [3].",
     readme="QQ '第三项 done' (mixed Chinese/English)")

case(1551, "extend-question-form-mailmaster", "M9", "mailmaster", "许文静", at("2026-05-07 09:20:44"),
     "床品比价延到5月9号（周六调休上班）可以吗？Blanchisserie的报价周五晚上才到。\n\n发自网易邮箱大师\n",
     rep("extend", [], None, "2026-05-09"), subject="回复：" + M["M9"]["subject"], mm_sig="发自网易邮箱大师",
     qspec=("mailmaster",), check=lambda c: D(2026, 5, 9), relay=("m13-12.mail.163.com", "220.181.13.12"),
     notes="Mail Master. Extension asked as a question: '床品比价延到5月9号…可以吗？' -> extend, items [] (named by task "
           "= item 2), new_due_date 2026-05-09 (a Saturday that is a May Day make-up working day). '周五晚上' is the "
           "reason.",
     readme="Mail Master '…延到5月9号（周六调休上班）可以吗？' by task name")


# ---------------------------------------------------------------- more objections
case(1555, "object-english-outlook-es", "M5", "outlook", "Lucía Fernández", at("2026-11-10 08:31:47", 1),
     "Dear Sato-san,\n\nI have to object to item 2 as recorded: the kitchen team only starts on 16 November, so a "
     "workshop by the 18th leaves us one day with the cooks. We agreed in the meeting it would be \"the week after the "
     "team arrives\". Please correct the date or let us discuss.\n\nUn saludo,\nLucía Fernández\nFernández "
     "Hospitality Consulting\nC/ de Velázquez 57, 28001 Madrid · +34 611 234 567\n",
     rep("object", [2]), ui="es", cte="quoted-printable", subject="RE: " + M["M5"]["subject"],
     qspec=("outlook", "es", 1), relay=("mail-db8eur05on2071.outbound.protection.outlook.com", "40.107.20.71"),
     notes="Spanish consultant, Outlook with a Spanish UI (quote 'De: / Enviado el: martes, 10 de noviembre de 2026 "
           "7:00 / Para: / Asunto:'), Date +0100: 08:31 CET = 15:31 Shanghai, before the 18:00 cut-off. 'I have to "
           "object to item 2 as recorded: …' -> object, items [2]. The reason holds dates (16 November, the 18th) "
           "but asks for a correction, not a specific new date: no extend.",
     readme="Outlook es (De:/Enviado el:) English 'I have to object to item 2' with dates in the reason")

case(1556, "object-owner-wrong-outlook-ko", "M6", "outlook", "박서연", at("2026-11-16 17:48:20", 9),
     "민준 팀장님,\n\n有异议：圣诞自助餐菜单不是前台能定的，应该由餐饮部钱经理那边定稿，第3项负责人请改一下。\n"
     "메뉴는 식음료팀 담당입니다.\n\n박서연 드림\n",
     rep("object", [3]), ui="ko", subject="RE: " + M["M6"]["subject"], qspec=("outlook", "ko", 9),
     notes="Outlook ko, sent 17:48 KST = 16:48 Shanghai, before the cut-off. '有异议：…第3项负责人请改一下' -> object, "
           "items [3] (wrong owner). '钱经理' is another person's alias inside the reason, not a reassignment the bot "
           "should apply. (Her later 1532 reports the menu finished anyway; the objection would have been settled "
           "by the organizer in between.)",
     readme="Outlook ko '有异议：…第3项负责人请改一下' (wrong owner)")


# ---------------------------------------------------------------- auto-reply (kind auto)
def build_ooo(c):
    m, t = c["m"], c["t"]
    frm = who(c["frm"])
    seed = c["slug"]
    text = c["text"]
    b = "----=_Part_%d_%d.%d" % (int(hx(seed, 6), 16), int(hx(seed + "p", 7), 16), int(t.timestamp() * 1000))
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                 leaf("text/html", "<div>%s</div>" % lines_html(text), "UTF-8", "base64")], b)
    hdrs = [("Date", rfc(t)), ("From", haddr(*frm, quote=True)), ("To", haddr(*BOT, quote=True)),
            ("Subject", htext("自动回复：" + m["subject"], "UTF-8", "B")),
            ("In-Reply-To", m["msgid"]), ("References", m["msgid"]),
            ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("X-Mailer", "Coremail Autoreply"),
            ("MIME-Version", "1.0"), ("Message-ID", "<autoreply.%s.%s@qiye.163.com>" % (hx(seed, 10), hx(seed + "a", 6)))]
    return envelope(hdrs, body, mime_version=False)


case(1544, "auto-ooo-annual-leave-netease", "M6", "ooo", "许文静", at("2026-11-16 15:30:58"),
     "您好，我于11月16日至11月20日休年假，期间不便查看邮件。\n采购相关急事请联系郑雪（zhengxue@%s，021-6321 8800 转 8101），"
     "11月23日回来后尽快回复您。\n\nI am on annual leave from 16 to 20 November. For urgent purchasing matters "
     "please contact Snow Zheng.\n" % DOM,
     None, notes="NO-CHANGE CASE. Automatic out-of-office reply (NetEase enterprise mail autoreply: Auto-Submitted: "
                 "auto-replied, X-Autoreply: yes, subject '自动回复：Re: …') 56 seconds after the recap of M6, "
                 "sent To the bot's plain address with In-Reply-To the recap. Full of dates (11月16日至11月20日, "
                 "11月23日) and '尽快回复' -> kind auto, reply null; the bot must not answer or change anything.",
     readme="NO-CHANGE: NetEase out-of-office auto-reply to the Seoul recap (Auto-Submitted, dates in body) -> auto",
     kind="auto")


# ---------------------------------------------------------------- assembly
def make_quote(c):
    q = c.get("qspec")
    m = c["m"]
    if not q:
        return ("", ""), None
    k = q[0]
    if k in ("apple", "gmail", "thunderbird", "163"):
        lang = q[1] if len(q) > 1 else "zh"
        tzh = q[2] if len(q) > 2 else 8
        wrap = q[3] if len(q) > 3 else False
        qt, qh, attr = quote_attr(k, lang, m, tzh, wrap=wrap)
        return (qt, qh), attr
    if k == "gmail_android":
        t = m["t"].astimezone(tz(q[2]))
        attr = "On %s, %d %s %d, %02d:%02d %s, <%s> wrote:" % (WEEKDAY_EN[t.weekday()], t.day, MONTH_EN[t.month - 1],
                                                               t.year, t.hour, t.minute, BOT[0], m["reply_to"][1])
        qt = "\n" + gmail_wrap(attr) + "\n\n" + q_prefix(recap_lines(m))
        qh = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
              '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
              '%s</blockquote></div>' % (esc(attr), recap_html(m)))
        return (qt, qh), attr
    if k == "outlook":
        return quote_outlook(m, q[1], q[2]), None
    if k == "owa":
        return quote_outlook(m, q[1], q[2], owa=True, mobile=len(q) > 3), None
    if k == "outlook_mac":
        return quote_outlook_mac(m, q[1], q[2]), None
    return {"qq": quote_qq, "wecom": quote_wecom, "foxmail": quote_foxmail, "coremail": quote_coremail,
            "mailmaster": quote_mailmaster, "alimail": quote_alimail, "feishu": quote_feishu}[k](m), None


def inline_html(full):
    out, buf = [], []
    for l in full.rstrip("\n").split("\n"):
        if l.startswith(">"):
            buf.append(l[1:].lstrip(" "))
        else:
            if buf:
                out.append('<blockquote type="cite">%s</blockquote>' % lines_html("\n".join(buf)))
                buf = []
            out.append("<div>%s</div>" % (esc(l) if l else "<br>"))
    if buf:
        out.append('<blockquote type="cite">%s</blockquote>' % lines_html("\n".join(buf)))
    return "".join(out)


def attachment_part(name, style):
    if name.endswith(".xlsx"):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for n, txt in [("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"),
                           ("xl/worksheets/sheet1.xml", "<worksheet><sheetData/></worksheet>")]:
                z.writestr(zipfile.ZipInfo(n, date_time=(2026, 10, 16, 17, 0, 0)), txt)
        data, ctype = buf.getvalue(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    else:
        data = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
                b"trailer<</Root 1 0 R>>\n%%EOF\n")
        ctype = "application/pdf"
    p = Message()
    if style == "rfc2047":
        w = "".join(encoded_words(name, "utf-8", "B", limit=200))
        p["Content-Type"] = '%s; name="%s"' % (ctype, w)
        p["Content-Description"] = w
        p["Content-Disposition"] = 'attachment; filename="%s"; size=%d' % (w, len(data))
    else:
        p["Content-Type"] = '%s; name="%s"' % (ctype, name)
        p["Content-Disposition"] = 'attachment; filename="%s"' % name
        p["Content-ID"] = "<f_%s>" % hx(name, 11)
        p["X-Attachment-Id"] = "f_%s" % hx(name, 11)
    p["Content-Transfer-Encoding"] = "base64"
    p.set_payload(base64.encodebytes(data).decode("ascii"))
    return p


def render(c):
    if c.get("kind") == "auto":
        msg = build_ooo(c)
    else:
        (qt, qh), attr = make_quote(c)
        if c.get("inline"):
            iq = inline_quote(c["m"], attr, c["inline"]) if c["qspec"][0] != "apple" else \
                "\n".join("> " + l if l else ">" for l in ([attr, ""] if attr else [])) + "\n" + \
                inline_quote(c["m"], None, c["inline"])
            c["full_text"] = c["text"] + iq
            c["html"] = inline_html(c["full_text"])
            c["quote"] = ("", "")
        elif c.get("bottom"):
            c["full_text"] = qt.lstrip("\n") + "\n" + c["text"]
            c["html"] = qh + lines_html(c["text"])
            c["quote"] = ("", "")
        elif c.get("on_attr"):
            c["full_text"] = c["text"] + qt.lstrip("\n")
            c["quote"] = (qt, qh)
        else:
            c["quote"] = (qt, qh)
        if c.get("att"):
            c["attachments"] = [attachment_part(*c["att"])]
        msg = build(c)
    return serialize(wrap_top(received_hdrs(c, c["t"]), msg))


def gold_of(c):
    kind = c.get("kind", "reply")
    return {"kind": kind, "items": [], "next_followup": None, "reply": c["gold"] if kind == "reply" else None,
            "notes": c["notes"]}


def write_roster(out):
    with open(out / "roster.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "email", "department", "manager_email", "aliases"])
        for name, *_ in ROSTER:
            p = P[name]
            w.writerow([p["name"], p["email"], p["department"], p["manager_email"], p["aliases"]])


def generate(out):
    out.mkdir(parents=True, exist_ok=True)
    write_roster(out)
    for c in sorted(CASES, key=lambda c: c["num"]):
        (out / (c["slug"] + ".eml")).write_bytes(render(c))
        (out / (c["slug"] + ".json")).write_text(json.dumps(gold_of(c), ensure_ascii=False, indent=2) + "\n",
                                                 encoding="utf-8")


def check(out):
    import email
    from email import policy
    errors = []
    counts = {}
    for c in sorted(CASES, key=lambda c: c["num"]):
        ep, jp = out / (c["slug"] + ".eml"), out / (c["slug"] + ".json")
        if not ep.exists() or not jp.exists():
            errors.append("%s: missing files" % c["slug"])
            continue
        g = json.loads(jp.read_text(encoding="utf-8"))
        counts[g["kind"]] = counts.get(g["kind"], 0) + 1
        if set(g) != {"kind", "items", "next_followup", "reply", "notes"}:
            errors.append("%s: bad keys" % c["slug"])
        r = g["reply"]
        if g["kind"] == "reply":
            if r["intent"] not in ("confirm", "object", "done", "progress", "extend", "unknown"):
                errors.append("%s: intent" % c["slug"])
            if (r["percent"] is not None) != (r["intent"] == "progress"):
                errors.append("%s: percent/intent mismatch" % c["slug"])
            if (r["new_due_date"] is not None) != (r["intent"] == "extend"):
                errors.append("%s: new_due_date/intent mismatch" % c["slug"])
            if r["new_due_date"]:
                if c["check"] is None:
                    errors.append("%s: no computed check for %s" % (c["slug"], r["new_due_date"]))
                else:
                    comp = c["check"](c)
                    if comp.isoformat() != r["new_due_date"]:
                        errors.append("%s: gold %s, computed %s" % (c["slug"], r["new_due_date"], comp))
                    if comp < sent_day(c):
                        errors.append("%s: new date before the reply" % c["slug"])
        msg = email.message_from_bytes(ep.read_bytes(), policy=policy.default)
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %s" % (c["slug"], part.defects))
            if part.get_content_maintype() == "text":
                try:
                    part.get_content()
                except Exception as e:  # noqa
                    errors.append("%s: undecodable part %s" % (c["slug"], e))
        if msg["In-Reply-To"] != c["m"]["msgid"]:
            errors.append("%s: In-Reply-To" % c["slug"])
        sent = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if sent != c["t"]:
            errors.append("%s: Date header %s != %s" % (c["slug"], sent, c["t"]))
        if sent.astimezone(TZ8) <= c["m"]["t"]:
            errors.append("%s: reply before the recap" % c["slug"])
        if g != gold_of(c):
            errors.append("%s: gold on disk differs from the generator" % c["slug"])
    return errors, counts


def main(argv):
    only_check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    out = Path(args[0]) if args else Path(__file__).resolve().parent
    if not only_check:
        generate(out)
    errors, counts = check(out)
    for e in errors:
        print("ERROR", e)
    n = sum(counts.values())
    print("cases: %d  " % n + "  ".join("%s: %d" % kv for kv in sorted(counts.items())))
    print("new_due_date values checked against chinesecalendar: %d" % sum(
        1 for c in CASES if c.get("kind") != "auto" and c["gold"]["new_due_date"]))
    print("OK" if not errors else "%d problem(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

# -*- coding: utf-8 -*-
"""Helpers for the blind set "replies36": people, meetings, the bot's recaps,
client quote styles and raw MIME assembly.  Deterministic: no clock, no randomness."""
import base64
import datetime as dt
import hashlib
import html
import struct
import zlib
from email import quoprimime
from zoneinfo import ZoneInfo

SH = ZoneInfo("Asia/Shanghai")
MUSEUM = "kfmuseum.example.cn"
PARK = "lnlp.example.cn"

# label in Content-Type/encoded words -> Python codec used to write the bytes
# (Outlook labels GBK text "gb2312"; we write such parts with the gbk codec)
CODEC = {"utf-8": "utf-8", "UTF-8": "utf-8", "gb2312": "gbk", "GB2312": "gbk", "gbk": "gbk",
         "GBK": "gbk", "gb18030": "gb18030", "big5": "big5", "Big5": "big5", "us-ascii": "ascii"}


def hx(*parts, n=16):
    return hashlib.sha1("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:n]


def HX(*parts, n=16):
    return hx(*parts, n=n).upper()


def parse_dt(s):
    """'2026-04-01 15:02:11 +0800' -> aware datetime."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")


# ---------------------------------------------------------------- people
class P:
    def __init__(self, key, name, email, dept="", mgr="", aliases="", org="", disp=None):
        self.key, self.name, self.email, self.dept = key, name, email, dept
        self.mgr, self.aliases, self.org = mgr, aliases, org
        self.disp = disp or name          # display name the person's client writes in From


_PEOPLE = [
    # Kaifeng Municipal Museum (开封市博物馆), Coremail on-prem
    P("zhaowenbo", "赵文博", "zhaowenbo@" + MUSEUM, "馆长办公室", "", "赵馆;赵副馆长;Zhao Wenbo", "museum"),
    P("mengxiaolan", "孟晓岚", "mengxiaolan@" + MUSEUM, "陈列展览部", "zhaowenbo", "孟主任;Meng Xiaolan", "museum"),
    P("songqiming", "宋启明", "songqiming@" + MUSEUM, "陈列展览部", "mengxiaolan", "宋工;Song Qiming", "museum"),
    P("jialu", "贾露", "jialu@" + MUSEUM, "陈列展览部", "mengxiaolan", "小贾;Jia Lu", "museum"),
    P("chuguodong", "褚国栋", "chuguodong@" + MUSEUM, "藏品保管部", "zhaowenbo", "褚主任;Chu Guodong", "museum"),
    P("fanjing", "范婧", "fanjing@" + MUSEUM, "藏品保管部", "chuguodong", "范老师;Fan Jing", "museum"),
    P("yuepeng", "岳鹏", "yuepeng@" + MUSEUM, "安全保卫部", "zhaowenbo", "岳科长;Yue Peng", "museum"),
    P("qiyue", "齐悦", "qiyue@" + MUSEUM, "社会教育部", "zhaowenbo", "齐主任;Qi Yue;Joy Qi", "museum"),
    P("wenjiayi", "温佳怡", "wenjiayi@" + MUSEUM, "社会教育部", "qiyue", "佳怡;Wen Jiayi", "museum"),
    P("luhaitao", "卢海涛", "luhaitao@" + MUSEUM, "文创开发部", "zhaowenbo", "卢经理;Lu Haitao", "museum"),
    P("qiansiqi", "钱思琪", "qiansiqi@" + MUSEUM, "文创开发部", "luhaitao", "思琪;Qian Siqi;Kiki", "museum"),
    P("shaolei", "邵磊", "shaolei@" + MUSEUM, "信息中心", "zhaowenbo", "邵工;Shao Lei", "museum"),
    # museum partners
    P("linyating", "林雅婷", "yating.lin@muxi-design.example.com.tw", "", "", "Lin Ya-ting;Yating Lin;林經理", "muxi"),
    P("chenguanyu", "陳冠宇", "kuanyu.chen@muxi-design.example.com.tw", "", "", "陈冠宇;Chen Kuan-yu;Kevin Chen", "muxi"),
    P("huangjiaxin", "黃嘉欣", "karen.wong@harbourfineart.example.com.hk", "", "", "黄嘉欣;Karen Wong;Wong Ka-yan", "harbour",
      disp="Karen Wong 黃嘉欣"),
    # Linyi Lunan International Logistics Park (临沂鲁南国际物流园), own Postfix/Dovecot
    P("dingjianhua", "丁建华", "dingjianhua@" + PARK, "总经理办公室", "", "丁总;Ding Jianhua", "park"),
    P("handong", "韩冬", "handong@" + PARK, "运营部", "dingjianhua", "韩经理;Han Dong", "park"),
    P("fanglixin", "房立新", "fanglixin@" + PARK, "运营部", "handong", "房调度;Fang Lixin", "park"),
    P("miaoqing", "苗青", "miaoqing@" + PARK, "运营部", "handong", "小苗;Miao Qing", "park"),
    P("niuzhenyu", "牛振宇", "niuzhenyu@" + PARK, "仓储部", "dingjianhua", "牛经理;Niu Zhenyu", "park"),
    P("pangxin", "庞欣", "pangxin@" + PARK, "仓储部", "niuzhenyu", "欣欣;Pang Xin", "park"),
    P("yantao", "阎涛", "yantao@" + PARK, "安全环保部", "dingjianhua", "阎科;阎经理;Yan Tao", "park"),
    P("qiuchen", "邱晨", "qiuchen@" + PARK, "安全环保部", "yantao", "小邱;Qiu Chen", "park"),
    P("renjun", "任俊", "renjun@" + PARK, "信息部", "dingjianhua", "任工;Ren Jun;Jason Ren", "park"),
    P("tanlu", "谭璐", "tanlu@" + PARK, "信息部", "renjun", "Tan Lu;Lucy Tan", "park"),
    P("xuemei", "薛梅", "xuemei@" + PARK, "财务部", "dingjianhua", "薛经理;Xue Mei", "park"),
    # park partners
    P("xingzhiqiang", "邢志强", "xingzhiqiang@ymkuaiyun.example.cn", "", "", "邢总;Xing Zhiqiang", "yimeng"),
    P("caoying", "曹颖", "caoying@yuncangyx.example.cn", "", "", "曹经理;Cao Ying", "yuncang"),
    P("arvind", "Arvind Kulkarni", "arvind.kulkarni@saptarishi.example.com", "", "", "Arvind;AK", "saptarishi"),
    P("priya", "Priya Raghavan", "priya.raghavan@saptarishi.example.com", "", "", "Priya", "saptarishi"),
    P("sandeep", "Sandeep Nair", "sandeep.nair@saptarishi.example.com", "", "", "Sandeep", "saptarishi"),
    P("meera", "Meera Iyer", "meera.iyer@saptarishi.example.com", "", "", "Meera", "saptarishi"),
    P("jonas", "Jonas Weber", "jonas.weber@kranich-ft.example.com", "", "", "Jonas", "kranich"),
]
PEOPLE = {p.key: p for p in _PEOPLE}
ROSTER_KEYS = [p.key for p in _PEOPLE if p.key != "meera"]


def roster_csv():
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "email", "department", "manager_email", "aliases"])
    for k in ROSTER_KEYS:
        p = PEOPLE[k]
        w.writerow([p.name, p.email, p.dept, PEOPLE[p.mgr].email if p.mgr else "", p.aliases])
    return buf.getvalue()


# ---------------------------------------------------------------- meetings
def _m(mid, domain, lang, subject, organizer, minutes_at, recap_at, to, cc, items, minutes_mid):
    rdt = parse_dt(recap_at).astimezone(SH)
    return {
        "id": mid, "domain": domain, "lang": lang, "subject": subject, "organizer": organizer,
        "minutes_at": parse_dt(minutes_at), "recap_at": rdt, "to": to, "cc": cc, "items": items,
        "minutes_mid": minutes_mid,
        "recap_mid": "<r.%s.%s@%s>" % (rdt.strftime("%Y%m%d%H%M"), hx(mid, "recap", n=10), domain),
        "reply_addr": "minutes+r%s@%s" % (hx(mid, "token"), domain),
        "bot": "minutes@" + domain,
    }


MEETINGS = {}
for _mm in [
    _m("M1", MUSEUM, "zh", "「汴京遗珍」特展布展协调会纪要（4月1日）", "mengxiaolan",
       "2026-04-01 14:30:05 +0800", "2026-04-01 14:36:12 +0800",
       ["mengxiaolan", "songqiming", "linyating", "fanjing", "yuepeng", "wenjiayi", "shaolei", "jialu"],
       ["zhaowenbo", "chuguodong", "qiyue"],
       [(1, "完成序厅展柜灯光调试", "songqiming", "2026-04-03"),
        (2, "提交展板设计终稿（第二版）", "linyating", "2026-04-10"),
        (3, "提交借展文物点交清单", "fanjing", "2026-04-08"),
        (4, "落实清明假期展厅安保排班", "yuepeng", "2026-04-03"),
        (5, "确认展品保险估值", "fanjing", "2026-04-09"),
        (6, "编写展览导览词初稿", "wenjiayi", "2026-04-15"),
        (7, "完成多媒体触摸屏内容上线", "shaolei", "2026-04-14")],
       "<%s.%s.19d4a8c2f31.Coremail.mengxiaolan@%s>" % (hx("M1a", n=8), hx("M1b", n=4), MUSEUM)),
    _m("M2", PARK, "zh", "五一假期运输保障及仓储调度会 会议纪要", "handong",
       "2026-04-28 10:58:40 +0800", "2026-04-28 11:05:12 +0800",
       ["handong", "fanglixin", "qiuchen", "xingzhiqiang", "pangxin", "tanlu", "niuzhenyu", "miaoqing"],
       ["dingjianhua", "yantao", "renjun", "xuemei"],
       [(1, "制定五一期间车辆进出园排班表", "fanglixin", "2026-04-30"),
        (2, "完成3号库消防喷淋检测", "qiuchen", "2026-04-30"),
        (3, "协调沂蒙快运增开节前专线", "xingzhiqiang", "2026-04-29"),
        (4, "盘点节前在库商品并出具报表", "pangxin", "2026-04-30"),
        (5, "上线月台预约小程序新版本", "tanlu", "2026-05-08"),
        (6, "制定节后首日到港集装箱卸货预案", "niuzhenyu", "2026-05-06")],
       "<000b01dcd6c1$%s$%s$@%s>" % (hx("M2a", n=8), hx("M2b", n=8), PARK)),
    _m("M3", PARK, "en", "Minutes: WMS 2.0 cutover weekly sync with Saptarishi (12 May)", "renjun",
       "2026-05-12 15:58:20 +0800", "2026-05-12 16:05:12 +0800",
       ["renjun", "priya", "sandeep", "tanlu", "jonas", "arvind", "pangxin"],
       ["dingjianhua", "niuzhenyu"],
       [(1, "Finish the inbound module data migration", "priya", "2026-05-15"),
        (2, "Complete UAT test cases for outbound picking", "sandeep", "2026-05-20"),
        (3, "Provide production server access and VPN accounts", "tanlu", "2026-05-14"),
        (4, "Integrate the AGV dispatch interface", "jonas", "2026-05-22"),
        (5, "Deliver cutover runbook v1", "arvind", "2026-05-19"),
        (6, "Confirm the barcode label format with the warehouse team", "pangxin", "2026-05-15"),
        (7, "Train night-shift supervisors on the RF guns", "priya", "2026-05-26")],
       "<001401dce1d4$%s$%s$@%s>" % (hx("M3a", n=8), hx("M3b", n=8), PARK)),
    _m("M4", MUSEUM, "zh", "宋瓷借展运输及端午开幕筹备会纪要", "zhaowenbo",
       "2026-06-10 15:12:30 +0800", "2026-06-10 15:20:12 +0800",
       ["zhaowenbo", "huangjiaxin", "shaolei", "qiyue", "chuguodong", "qiansiqi", "wenjiayi", "yuepeng"],
       ["mengxiaolan", "luhaitao"],
       [(1, "提交借展文物运输方案", "huangjiaxin", "2026-06-15"),
        (2, "完成展厅恒温恒湿系统检测", "shaolei", "2026-06-12"),
        (3, "确定端午开幕式流程", "qiyue", "2026-06-16"),
        (4, "办理借展文物入境报关预审", "chuguodong", "2026-06-17"),
        (5, "设计端午文创礼盒", "qiansiqi", "2026-06-18"),
        (6, "发布端午开幕活动预告", "wenjiayi", "2026-06-17"),
        (7, "更新借展期间安保方案", "yuepeng", "2026-06-18")],
       "<000001dcf8a2$%s$%s$@%s>" % (hx("M4a", n=8), hx("M4b", n=8), MUSEUM)),
    _m("M5", PARK, "zh", "6月安全生产月隐患排查整改会 会议纪要", "yantao",
       "2026-06-02 17:12:44 +0800", "2026-06-02 17:20:12 +0800",
       ["yantao", "niuzhenyu", "qiuchen", "renjun", "miaoqing", "caoying"],
       ["dingjianhua", "handong"],
       [(1, "整改2号库叉车充电区线路", "niuzhenyu", "2026-06-12"),
        (2, "补齐园区消防通道标识", "qiuchen", "2026-06-10"),
        (3, "完成特种作业人员持证复核", "yantao", "2026-06-15"),
        (4, "更换冷链库门禁摄像头", "renjun", "2026-06-18"),
        (5, "组织全员消防演练", "qiuchen", "2026-06-17"),
        (6, "提交隐患整改台账", "miaoqing", "2026-06-16"),
        (7, "完成租户仓库电动车充电整改", "caoying", "2026-06-12")],
       "<%s@%s>" % ("2026060217124" + hx("M5a", n=6), PARK)),
    _m("M6", MUSEUM, "zh", "文创商店暑期运营会纪要 2026-07-06", "luhaitao",
       "2026-07-06 18:33:02 +0800", "2026-07-06 18:40:12 +0800",
       ["luhaitao", "qiansiqi", "shaolei", "wenjiayi", "chenguanyu"],
       ["zhaowenbo", "qiyue", "linyating"],
       [(1, "上架暑期研学文创新品", "qiansiqi", "2026-07-10"),
        (2, "完成线上商城小程序改版", "shaolei", "2026-07-17"),
        (3, "与木樨设计确认联名款实物打样", "luhaitao", "2026-07-15"),
        (4, "统计上半年文创销售数据", "qiansiqi", "2026-07-08"),
        (5, "制定暑期研学营招募方案", "wenjiayi", "2026-07-09"),
        (6, "提交联名款打样设计稿", "chenguanyu", "2026-07-13")],
       "<000001dd0d1b$%s$%s$@%s>" % (hx("M6a", n=8), hx("M6b", n=8), MUSEUM)),
    _m("M7", PARK, "en", "Yard app UAT kickoff – minutes (23 Jun)", "renjun",
       "2026-06-23 16:02:18 +0800", "2026-06-23 16:10:12 +0800",
       ["renjun", "priya", "sandeep", "fanglixin", "jonas", "arvind"],
       ["dingjianhua", "handong", "niuzhenyu", "meera"],
       [(1, "Fix gate-in OCR misreads on 鲁Q plates", "priya", "2026-06-26"),
        (2, "Set up the UAT environment with the June data snapshot", "sandeep", "2026-06-25"),
        (3, "Collect driver feedback at Gate 2", "fanglixin", "2026-06-30"),
        (4, "Sign off the AGV charging schedule", "jonas", "2026-06-29"),
        (5, "Update the SOW for phase 3", "arvind", "2026-07-03"),
        (6, "Prepare the UAT sign-off sheet", "renjun", "2026-07-01")],
       "<001a01dd02e9$%s$%s$@%s>" % (hx("M7a", n=8), hx("M7b", n=8), PARK)),
]:
    MEETINGS[_mm["id"]] = _mm


def item_due(mid, n):
    for num, _t, _o, due in MEETINGS[mid]["items"]:
        if num == n:
            return dt.date.fromisoformat(due)
    raise KeyError((mid, n))


# ---------------------------------------------------------------- calendar
def is_workday(d):
    import chinese_calendar as cc
    return cc.is_workday(d)


def objection_cutoff(recap_at):
    """SPEC 6.1: today 18:00; after the cut-off or on a non-working day the next working day 18:00."""
    d = recap_at.astimezone(SH)
    day = d.date()
    if not (is_workday(day) and d.time() < dt.time(18, 0)):
        day += dt.timedelta(days=1)
        while not is_workday(day):
            day += dt.timedelta(days=1)
    return dt.datetime.combine(day, dt.time(18, 0), tzinfo=SH)


WD_ZH = "一二三四五六日"
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WD_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MON_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]


def h12(t):
    h = t.hour % 12 or 12
    return h, ("AM" if t.hour < 12 else "PM")


def qq_period(t):
    h = t.hour
    if h < 6:
        return "凌晨"
    if h < 9:
        return "早上"
    if h < 12:
        return "上午"
    if h < 13:
        return "中午"
    if h < 18:
        return "下午"
    return "晚上"


def tw_ampm(t):
    return "上午" if t.hour < 12 else "下午"


# ---------------------------------------------------------------- recap
def owner_name(key):
    return PEOPLE[key].name


def recap_plain(m):
    cut = objection_cutoff(m["recap_at"])
    if m["lang"] == "zh":
        L = ["各位好：", "", "纪要助手已登记本次会议的待办事项：", "| 序号 | 事项 | 负责人 | 截止时间 |"]
        for n, task, o, due in m["items"]:
            L.append("| %d | %s | %s | %s |" % (n, task, owner_name(o), due))
        L += ["", "如有异议请于今日内回复（截止 %s，逾期视为无异议）。" % cut.strftime("%Y-%m-%d %H:%M"),
              "回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。",
              "", "—— 纪要助手（系统自动发送，请勿修改主题）"]
    else:
        L = ["Hello all,", "", "Minutes Assistant has recorded the following action items:",
             "| # | Action item | Owner | Due |"]
        for n, task, o, due in m["items"]:
            L.append("| %d | %s | %s | %s |" % (n, task, owner_name(o), due))
        L += ["", "If you disagree, please reply today (by %s); otherwise the items are confirmed."
              % cut.strftime("%Y-%m-%d %H:%M"),
              'Reply to this mail with "confirm", "object: reason", "item N done", "progress 80%" or '
              '"extend to Oct 20".', "", "-- Minutes Assistant (automated message)"]
    return "\n".join(L)


def recap_html(m):
    cut = objection_cutoff(m["recap_at"])
    e = html.escape
    if m["lang"] == "zh":
        head, intro = ("序号", "事项", "负责人", "截止时间"), "纪要助手已登记本次会议的待办事项："
        greet = "各位好："
        tail = ["如有异议请于今日内回复（截止 %s，逾期视为无异议）。" % cut.strftime("%Y-%m-%d %H:%M"),
                "回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。",
                "", "—— 纪要助手（系统自动发送，请勿修改主题）"]
    else:
        head, intro = ("#", "Action item", "Owner", "Due"), "Minutes Assistant has recorded the following action items:"
        greet = "Hello all,"
        tail = ["If you disagree, please reply today (by %s); otherwise the items are confirmed."
                % cut.strftime("%Y-%m-%d %H:%M"),
                'Reply to this mail with "confirm", "object: reason", "item N done", "progress 80%" or '
                '"extend to Oct 20".', "", "-- Minutes Assistant (automated message)"]
    out = ["<div>%s</div>" % e(greet), "<div><br></div>", "<div>%s</div>" % e(intro),
           '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:14px">',
           "<tr>" + "".join("<th>%s</th>" % e(h) for h in head) + "</tr>"]
    for n, task, o, due in m["items"]:
        out.append("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (n, e(task), e(owner_name(o)), due))
    out.append("</table>")
    out.append("<div><br></div>")
    for t in tail:
        out.append("<div>%s</div>" % (e(t) if t else "<br>"))
    return "\n".join(out)


# ---------------------------------------------------------------- encodings
def b64(data):
    return base64.b64encode(data).decode("ascii")


def ew(text, label="utf-8", q=False, errors="strict"):
    """RFC 2047 encoded words (B or Q) of at most 75 characters, joined by folding whitespace."""
    if all(ord(c) < 128 for c in text):
        return text
    if label.lower() == "gb2312":
        try:
            text.encode("gb2312")
        except UnicodeEncodeError:
            label = "GBK"        # a name outside GB2312 (e.g. 黃): label the word GBK so it decodes cleanly
    codec = CODEC.get(label, label)
    words, cur = [], ""

    def enc(s):
        raw = s.encode(codec, errors)
        if q:
            body = "".join(chr(b) if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122) else
                           ("_" if b == 32 else "=%02X" % b) for b in raw)
            return "=?%s?Q?%s?=" % (label, body)
        return "=?%s?B?%s?=" % (label, b64(raw))
    for ch in text:
        if cur and len(enc(cur + ch)) > 75:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return "\n ".join(words)


def addr(p_or_name, email=None, label="utf-8", quote=False, q=False, errors="strict"):
    if isinstance(p_or_name, P):
        name, email = p_or_name.disp, p_or_name.email
    else:
        name = p_or_name
    if not name:
        return "<%s>" % email
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()<>@"'):
            name = '"%s"' % name
        return "%s <%s>" % (name, email)
    w = ew(name, label, q=q, errors=errors)   # never inside a quoted string (RFC 2047 5(3))
    return "%s <%s>" % (w, email)


def fold_list(items, first_prefix_len=4):
    """Join encoded addresses with ',\\n ' (one per line like most clients)."""
    return ",\n ".join(items)


def encode_body(text, label, cte, crlf=False, errors="strict"):
    """Return the encoded body as bytes (ending with a newline)."""
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    data = text.encode(CODEC.get(label, label), errors)
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        s = quoprimime.body_encode(data.decode("latin-1"), maxlinelen=76, eol="\n")
        if not s.endswith("\n"):
            s += "\n"
        return s.encode("ascii")
    if cte in ("8bit", "7bit"):
        if not data.endswith(b"\n"):
            data += b"\n"
        return data
    raise ValueError(cte)


# ---------------------------------------------------------------- MIME tree
class Leaf:
    def __init__(self, ctype, cte, payload, headers=()):
        self.ctype, self.cte, self.payload, self.headers = ctype, cte, payload, list(headers)

    def render(self):
        h = ["Content-Type: " + self.ctype]
        if self.cte:
            h.append("Content-Transfer-Encoding: " + self.cte)
        h += self.headers
        return ("\n".join(h) + "\n\n").encode("utf-8"), self.payload


class Multi:
    def __init__(self, subtype, boundary, parts, preamble="", params="", headers=()):
        self.subtype, self.boundary, self.parts = subtype, boundary, parts
        self.preamble, self.params, self.headers = preamble, params, list(headers)
        self.ctype = 'multipart/%s;\n\tboundary="%s"%s' % (subtype, boundary, params)
        self.cte = None

    def body(self):
        out = b""
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n\n"
        for p in self.parts:
            out += b"--" + self.boundary.encode("ascii") + b"\n"
            h, b = p.render()
            out += h + b
            if not b.endswith(b"\n"):
                out += b"\n"
            out += b"\n"
        out += b"--" + self.boundary.encode("ascii") + b"--\n"
        return out

    def render(self):
        h = ["Content-Type: " + self.ctype] + self.headers
        return ("\n".join(h) + "\n\n").encode("utf-8"), self.body()


def text_leaf(text, label, cte, sub="plain", extra="", crlf=False, errors="strict", quoted_label=True):
    lab = '"%s"' % label if quoted_label else label
    return Leaf("text/%s; charset=%s%s" % (sub, lab, extra), cte, encode_body(text, label, cte, crlf, errors))


def attach_leaf(ctype, filename, data, inline=False):
    disp = "inline" if inline else "attachment"
    return Leaf('%s; name="%s"' % (ctype, filename), "base64", base64.encodebytes(data),
                ['Content-Disposition: %s; filename="%s"' % (disp, filename)])


def assemble(trace, headers, tree):
    """trace + client headers (list of 'Name: value' strings, may contain folded lines) + MIME tree."""
    h, b = tree.render()
    head = "\n".join(trace + headers) + "\n"
    if "MIME-Version" not in head and "Mime-Version" not in head:
        head += "MIME-Version: 1.0\n"
    return head.encode("ascii") + h + b


# ---------------------------------------------------------------- small binary attachments
def png_bytes(w, h, seed):
    """A small deterministic grey PNG (a 'screenshot' placeholder)."""
    rows = b""
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            v = 235 if (y // 12) % 2 == 0 else 250
            if 10 < x < w - 10 and y in (30, 31, 50, 51):
                v = 90 + (seed % 60)
            row.append(v)
        rows += bytes(row)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


def pdf_bytes(title, lines):
    """PDF with reportlab (invariant=1 so the bytes do not depend on the clock)."""
    import io
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    pdfmetrics.registerFont(UnicodeCIDFont("MSung-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setTitle(title)
    c.setFont("MSung-Light", 16)
    c.drawString(60, 780, title)
    c.setFont("MSung-Light", 11)
    y = 750
    for ln in lines:
        c.drawString(60, y, ln)
        y -= 20
    c.showPage()
    c.save()
    return buf.getvalue()

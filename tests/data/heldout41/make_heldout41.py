#!/usr/bin/env python3
"""Generator for the blind held-out set "heldout41" (cases 6901-6938) for minutebot.

    python3 make_heldout41.py [OUTDIR]          write every .eml/.json, roster.csv and README.md
    python3 make_heldout41.py --check [OUTDIR]  re-validate what is on disk

Deterministic: no clock, no randomness.  Every date in the gold is written by hand in the case
definitions below *and* described by a rule (e.g. ('workdays', 3)); --check re-parses every .eml
with email.policy.default (no defects, every text part decodes strictly), takes the message's own
Date header in Asia/Shanghai, recomputes each rule with chinesecalendar and compares it with the
gold JSON on disk.  It also re-generates every file and compares bytes.
"""
import base64
import csv
import datetime as dt
import email
import email.quoprimime
import email.utils
import io
import json
import os
import sys
import zipfile
from email import policy
from email.generator import BytesGenerator
from email.message import Message
from zoneinfo import ZoneInfo

import chinese_calendar

SH = ZoneInfo("Asia/Shanghai")
HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------------------------
# Organisations and people
# --------------------------------------------------------------------------------------------
ORGS = {
    "A": dict(name="柳州市龙城供水有限责任公司 (Longcheng Water Supply Co., Ltd., Liuzhou)",
              kind="city water-supply state-owned enterprise", domain="lcwater.example.cn",
              bot="minutebot@lcwater.example.cn", bot_name="纪要助手",
              mail="Coremail (self-hosted, mail.lcwater.example.cn); staff use Coremail webmail, Outlook and Foxmail"),
    "B": dict(name="景德镇青屿瓷坊 (Qingyu Ceramics Studio, Jingdezhen) with its Tmall/Douyin e-shop",
              kind="private porcelain studio and e-commerce shop", domain="qingyuci.example.cn",
              bot="minutebot@qingyuci.example.cn", bot_name="minutebot",
              mail="Feishu (Lark) mail; staff also use Foxmail, 网易邮箱大师, iPhone and Apple Mail over IMAP"),
    "C": dict(name="徐州仁康骨科医院 (Renkang Orthopaedic Hospital, Xuzhou)",
              kind="private orthopaedic hospital", domain="rkgk.example.cn",
              bot="minutebot@rkgk.example.cn", bot_name="会议纪要助手",
              mail="Tencent Exmail (腾讯企业邮) with 企业微信; staff also use Outlook, Foxmail and Thunderbird"),
    "D": dict(name="Lumière Packaging (Jiaxing) Co., Ltd. 吕米埃包装（嘉兴）有限公司",
              kind="French-owned cosmetics-packaging plant (English is the working language)",
              domain="lumiere-jx.example.com", bot="minutebot@lumiere-jx.example.com", bot_name="Minutes Bot",
              mail="Microsoft 365 (Exchange Online); Outlook for Windows/Mac, OWA, Thunderbird"),
}

# name, email, department, manager_email, aliases ; org ; note
PEOPLE_ROWS = [
    # --- A: Liuzhou water-supply SOE
    ("覃建华", "qinjianhua@lcwater.example.cn", "公司领导", "", "覃总;覃总经理;Qin Jianhua", "A"),
    ("黎志明", "lizhiming@lcwater.example.cn", "公司领导", "qinjianhua@lcwater.example.cn", "黎总;黎副总;Li Zhiming", "A"),
    ("韦丽萍", "weiliping@lcwater.example.cn", "综合办公室", "qinjianhua@lcwater.example.cn", "韦主任;Wei Liping", "A"),
    ("黄海燕", "huanghaiyan@lcwater.example.cn", "综合办公室", "weiliping@lcwater.example.cn", "海燕;小黄;Huang Haiyan", "A"),
    ("覃志刚", "qinzhigang@lcwater.example.cn", "生产调度中心", "lizhiming@lcwater.example.cn", "覃主任;Qin Zhigang", "A"),
    ("廖永福", "liaoyongfu@lcwater.example.cn", "生产调度中心", "qinzhigang@lcwater.example.cn", "廖工;Liao Yongfu", "A"),
    ("蓝国庆", "languoqing@lcwater.example.cn", "管网管理所", "lizhiming@lcwater.example.cn", "蓝所长;Lan Guoqing", "A"),
    ("莫少华", "moshaohua@lcwater.example.cn", "管网管理所", "languoqing@lcwater.example.cn", "莫所;莫副所长;Mo Shaohua", "A"),
    ("梁春燕", "liangchunyan@lcwater.example.cn", "水质检测中心", "lizhiming@lcwater.example.cn", "梁主任;Liang Chunyan", "A"),
    ("谭晓雯", "tanxiaowen@lcwater.example.cn", "水质检测中心", "liangchunyan@lcwater.example.cn", "谭工;晓雯;Tan Xiaowen", "A"),
    ("陆海波", "luhaibo@lcwater.example.cn", "客户服务中心", "qinjianhua@lcwater.example.cn", "陆主任;Lu Haibo", "A"),
    ("兰小凤", "lanxiaofeng@lcwater.example.cn", "客户服务中心", "luhaibo@lcwater.example.cn", "小凤;兰班长;Lan Xiaofeng", "A"),
    ("潘伟明", "panweiming@lcwater.example.cn", "工程管理部", "lizhiming@lcwater.example.cn", "潘部长;Pan Weiming", "A"),
    ("王永强", "wangyongqiang@lcwater.example.cn", "工程管理部", "panweiming@lcwater.example.cn", "王工;Wang Yongqiang", "A"),
    ("甘立新", "ganlixin@lcwater.example.cn", "安全环保部", "qinjianhua@lcwater.example.cn", "甘部长;Gan Lixin", "A"),
    ("罗美玲", "luomeiling@lcwater.example.cn", "财务部", "qinjianhua@lcwater.example.cn", "罗部长;Luo Meiling", "A"),
    ("龙赟", "longyun@lcwater.example.cn", "信息中心", "qinjianhua@lcwater.example.cn", "龙主任;Long Yun", "A"),
    ("蒙家宝", "mengjiabao@lcwater.example.cn", "二次供水管理所", "lizhiming@lcwater.example.cn", "蒙所长;Meng Jiabao", "A"),
    # --- B: Jingdezhen porcelain studio and e-shop
    ("江澄", "jiangcheng@qingyuci.example.cn", "管理层", "", "江总;澄姐;Jiang Cheng", "B"),
    ("钱墨", "qianmo@qingyuci.example.cn", "设计部", "jiangcheng@qingyuci.example.cn", "钱老师;Qian Mo", "B"),
    ("叶蓁", "yezhen@qingyuci.example.cn", "设计部", "qianmo@qingyuci.example.cn", "蓁蓁;小叶;Ye Zhen", "B"),
    ("汪德顺", "wangdeshun@qingyuci.example.cn", "窑房", "jiangcheng@qingyuci.example.cn", "汪师傅;老汪;Wang Deshun", "B"),
    ("熊小军", "xiongxiaojun@qingyuci.example.cn", "窑房", "wangdeshun@qingyuci.example.cn", "小熊;Xiong Xiaojun", "B"),
    ("方可欣", "fangkexin@qingyuci.example.cn", "电商运营部", "jiangcheng@qingyuci.example.cn", "可欣;可欣姐;Kexin;Kexin Fang;Fang Kexin", "B"),
    ("邓嘉乐", "dengjiale@qingyuci.example.cn", "电商运营部", "fangkexin@qingyuci.example.cn", "嘉乐;Jiale;Deng Jiale", "B"),
    ("温婧", "wenjing@qingyuci.example.cn", "电商运营部", "fangkexin@qingyuci.example.cn", "小温;Wen Jing", "B"),
    ("舒晓雨", "shuxiaoyu@qingyuci.example.cn", "客服部", "fangkexin@qingyuci.example.cn", "晓雨;Shu Xiaoyu", "B"),
    ("曹志远", "caozhiyuan@qingyuci.example.cn", "仓储物流部", "jiangcheng@qingyuci.example.cn", "志远;曹主管;Zhiyuan;Zhiyuan Cao;Cao Zhiyuan", "B"),
    # --- C: Xuzhou private orthopaedic hospital
    ("孔德明", "kongdeming@rkgk.example.cn", "院领导", "", "孔院长;Kong Deming", "C"),
    ("彭静", "pengjing@rkgk.example.cn", "院办", "kongdeming@rkgk.example.cn", "彭主任;Peng Jing", "C"),
    ("祁晓东", "qixiaodong@rkgk.example.cn", "院办", "pengjing@rkgk.example.cn", "晓东;小祁;Qi Xiaodong", "C"),
    ("邵永康", "shaoyongkang@rkgk.example.cn", "医务科", "kongdeming@rkgk.example.cn", "邵科长;Shao Yongkang", "C"),
    ("董慧", "donghui@rkgk.example.cn", "护理部", "kongdeming@rkgk.example.cn", "董主任;Dong Hui", "C"),
    ("侯雪", "houxue@rkgk.example.cn", "关节外科", "donghui@rkgk.example.cn", "侯护士长;Hou Xue", "C"),
    ("杭玉梅", "hangyumei@rkgk.example.cn", "脊柱外科", "donghui@rkgk.example.cn", "杭护士长;Hang Yumei", "C"),
    ("魏振宇", "weizhenyu@rkgk.example.cn", "关节外科", "kongdeming@rkgk.example.cn", "魏主任;Wei Zhenyu", "C"),
    ("蔡明远", "caimingyuan@rkgk.example.cn", "脊柱外科", "kongdeming@rkgk.example.cn", "蔡主任;Cai Mingyuan", "C"),
    ("贾珺", "jiajun@rkgk.example.cn", "康复科", "kongdeming@rkgk.example.cn", "贾老师;Jia Jun", "C"),
    ("单磊", "shanlei@rkgk.example.cn", "信息科", "kongdeming@rkgk.example.cn", "单科长;Shan Lei", "C"),
    ("郝宇航", "haoyuhang@rkgk.example.cn", "信息科", "shanlei@rkgk.example.cn", "小郝;郝工;Hao Yuhang", "C"),
    ("屠建军", "tujianjun@rkgk.example.cn", "设备科", "kongdeming@rkgk.example.cn", "屠科长;Tu Jianjun", "C"),
    ("闫丽", "yanli@rkgk.example.cn", "药剂科", "kongdeming@rkgk.example.cn", "闫科长;Yan Li", "C"),
    ("葛红", "gehong@rkgk.example.cn", "财务科", "kongdeming@rkgk.example.cn", "葛科长;Ge Hong", "C"),
    ("殷悦", "yinyue@rkgk.example.cn", "客服中心", "kongdeming@rkgk.example.cn", "殷主任;Yin Yue", "C"),
    # --- D: French-owned cosmetics-packaging plant, Jiaxing
    ("Julien Marchand", "julien.marchand@lumiere-jx.example.com", "Management", "", "Julien;JM", "D"),
    ("沈建华", "jason.shen@lumiere-jx.example.com", "Operations", "julien.marchand@lumiere-jx.example.com", "Jason;Jason Shen;Shen Jianhua;沈建華", "D"),
    ("Claire Dubois", "claire.dubois@lumiere-jx.example.com", "Quality", "julien.marchand@lumiere-jx.example.com", "Claire", "D"),
    ("钟婷", "joyce.zhong@lumiere-jx.example.com", "Quality", "claire.dubois@lumiere-jx.example.com", "Joyce;Joyce Zhong;Zhong Ting", "D"),
    ("陆佳琪", "vivian.lu@lumiere-jx.example.com", "Supply Chain", "julien.marchand@lumiere-jx.example.com", "Vivian;Vivian Lu;Lu Jiaqi", "D"),
    ("Thomas Girard", "thomas.girard@lumiere-jx.example.com", "Engineering", "julien.marchand@lumiere-jx.example.com", "Thomas;TG", "D"),
    ("范志强", "steven.fan@lumiere-jx.example.com", "Engineering", "thomas.girard@lumiere-jx.example.com", "Steven;Steven Fan;Fan Zhiqiang", "D"),
    ("屈晓峰", "eric.qu@lumiere-jx.example.com", "EHS", "julien.marchand@lumiere-jx.example.com", "Eric;Eric Qu;Qu Xiaofeng", "D"),
    ("冯雅", "sophie.feng@lumiere-jx.example.com", "Customer Service", "julien.marchand@lumiere-jx.example.com", "Sophie;Sophie Feng;Feng Ya", "D"),
    ("褚敏", "mandy.chu@lumiere-jx.example.com", "Finance", "julien.marchand@lumiere-jx.example.com", "Mandy;Mandy Chu;Chu Min", "D"),
    ("严国栋", "george.yan@lumiere-jx.example.com", "Production", "jason.shen@lumiere-jx.example.com", "George;George Yan;Yan Guodong", "D"),
    ("汤丽", "lily.tang@lumiere-jx.example.com", "HR", "julien.marchand@lumiere-jx.example.com", "Lily;Lily Tang;Tang Li", "D"),
    # --- outsiders who write mail in this set (department empty: gold department null)
    ("刘春生", "hongda_lcs@163.com", "", "", "刘总;Liu Chunsheng", "X"),
    ("Aiko Tanaka", "tanaka.aiko@ukiyo-kyoto.example.jp", "", "", "Aiko;Tanaka-san;田中爱子", "X"),
    ("马骁", "maxiao@yunshan-his.example.cn", "", "", "马工;Ma Xiao", "X"),
    ("Isabelle Roux", "isabelle.roux@lumiere-group.example.fr", "", "", "Isabelle", "X"),
    ("Camille Laurent", "camille.laurent@maison-verlaine.example.fr", "", "", "Camille", "X"),
    ("葉建宏", "kevin.yeh@lianyu-mold.example.com.tw", "", "", "Kevin;Kevin Yeh;叶建宏", "X"),
]
PEOPLE = {r[0]: dict(name=r[0], email=r[1], dept=r[2] or None, mgr=r[3], aliases=r[4], org=r[5]) for r in PEOPLE_ROWS}


def E(name):
    """Roster e-mail address of a person."""
    return PEOPLE[name]["email"]


# --------------------------------------------------------------------------------------------
# Date rules (re-evaluated by --check against each message's own Date header, Asia/Shanghai)
# --------------------------------------------------------------------------------------------
WD = {"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}


def is_workday(d):
    return chinese_calendar.is_workday(d)


def holiday_name(d):
    on, name = chinese_calendar.get_holiday_detail(d)
    return name if (on and name) else None


def resolve(rule, sent):
    """Return (date, 'HH:MM' or None) for a rule, given the send time `sent` (aware, Asia/Shanghai)."""
    d0 = sent.date()
    kind, args = rule[0], rule[1:]
    monday = d0 - dt.timedelta(days=d0.weekday())
    if kind == "abs":                       # a written date: ('abs', 'YYYY-MM-DD'[, 'Thu'])
        d = dt.date.fromisoformat(args[0])
        if len(args) > 1 and d.weekday() != WD[args[1]]:
            raise ValueError("weekday written next to %s is wrong" % d)
        return d, None
    if kind == "today":
        return d0, None
    if kind == "plus_days":                 # 明天 = 1, 后天 = 2
        return d0 + dt.timedelta(days=args[0]), None
    if kind == "wd":                        # bare weekday: this week's if not yet past, else next week's
        k = WD[args[0]]
        return d0 + dt.timedelta(days=(k - d0.weekday()) % 7), None
    if kind == "this_wd":                   # 本周X
        return monday + dt.timedelta(days=WD[args[0]]), None
    if kind == "next_wd":                   # 下周X / next Friday
        return monday + dt.timedelta(days=7 + WD[args[0]]), None
    if kind == "workdays":                  # N个工作日内, counted from the day after sending
        n, d = args[0], d0
        while n:
            d += dt.timedelta(days=1)
            if is_workday(d):
                n -= 1
        return d, None
    if kind == "hours":                     # N小时内, from the Date header
        t = sent + dt.timedelta(hours=args[0])
        return t.date(), t.strftime("%H:%M")
    if kind == "month_end":                 # 本月底 / 月底前 / end of <month>
        m = args[0] if args else d0.month
        first_next = dt.date(d0.year + (m == 12), m % 12 + 1, 1)
        return first_next - dt.timedelta(days=1), None
    if kind in ("after_holiday", "before_holiday"):
        name, d = args[0], d0
        while holiday_name(d) != name:      # find the (next) holiday block of that name
            d += dt.timedelta(days=1)
            if (d - d0).days > 120:
                raise ValueError("no holiday %s after %s" % (name, d0))
        if kind == "before_holiday":        # 节前 = last working day before the block
            while not is_workday(d):
                d -= dt.timedelta(days=1)
            return d, None
        while not is_workday(d):            # 节后第一个工作日
            d += dt.timedelta(days=1)
        return d, None
    if kind == "tz":                        # a local time abroad: ('tz', 'YYYY-MM-DD HH:MM', 'Europe/Paris')
        t = dt.datetime.fromisoformat(args[0]).replace(tzinfo=ZoneInfo(args[1])).astimezone(SH)
        return t.date(), t.strftime("%H:%M")
    raise ValueError("unknown rule %r" % (rule,))


# --------------------------------------------------------------------------------------------
# MIME helpers
# --------------------------------------------------------------------------------------------
CODEC = {"utf-8": "utf-8", "gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5",
         "us-ascii": "ascii", "iso-8859-1": "latin-1"}


def codec_of(label):
    """The codec every real client uses for a charset label (gb2312 is read as GBK, as all MUAs do)."""
    return CODEC[label.lower()]


def enc_words(text, label="utf-8", mode="B", maxlen=75):
    """RFC 2047 encoded words for `text`, split on character boundaries, joined with CRLF-SP folding."""
    codec = codec_of(label)
    words, chunk = [], ""

    def word(s):
        lab = label
        if label.lower() == "gb2312":
            try:
                s.encode("gb2312")
            except UnicodeEncodeError:
                lab = "GBK"             # a GBK-only character: label that word GBK so it decodes
        raw = s.encode(codec)
        if mode == "B":
            return "=?%s?B?%s?=" % (lab, base64.b64encode(raw).decode())
        q = ""
        for b in raw:
            ch = chr(b)
            if ch == " ":
                q += "_"
            elif ch.isascii() and (ch.isalnum() or ch in "!*+-/"):
                q += ch
            else:
                q += "=%02X" % b
        return "=?%s?Q?%s?=" % (lab, q)

    for c in text:
        if chunk and len(word(chunk + c)) > maxlen:
            words.append(word(chunk))
            chunk = ""
        chunk += c
    if chunk:
        words.append(word(chunk))
    return "\n ".join(words)


def hdr(text, label="utf-8", mode="B"):
    """A header value: plain if ASCII, else encoded words."""
    if all(ord(c) < 128 for c in text):
        return text
    return enc_words(text, label, mode)


def addr(name, email_, label="utf-8", mode="B", quote=False):
    """One address.  quote=True writes "=?...?=" <a@b> (Foxmail/QQ style)."""
    if not name:
        return email_
    if all(ord(c) < 128 for c in name):
        if any(c in name for c in ',.;:()"') :
            return '"%s" <%s>' % (name, email_)
        return "%s <%s>" % (name, email_)
    w = enc_words(name, label, mode)
    return "%s <%s>" % (w, email_)     # clients that quote encoded words ("=?..?=") are not copied:
                                       # email.policy.default flags that as a defect


def alist(pairs, label="utf-8", mode="B", quote=False, sep=",\n "):
    return sep.join(addr(n, e, label, mode, quote) for n, e in pairs)


def P(name, display=None):
    """(display name, roster address) for a roster person."""
    return (display if display is not None else name, E(name))


def T(text, label="utf-8", crlf=False):
    """Text to bytes in a charset (newlines optionally CRLF, as Windows clients write them)."""
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    return text.encode(codec_of(label))


def leaf(ctype, data, cte="base64", extra=()):
    """A leaf part.  ctype is the full Content-Type value as the client writes it; data is bytes."""
    m = Message()
    m["Content-Type"] = ctype
    if cte:
        m["Content-Transfer-Encoding"] = cte
    for k, v in extra:
        m[k] = v
    c = cte.lower() if cte else "7bit"
    if c == "base64":
        m.set_payload(base64.encodebytes(data).decode("ascii"))
    elif c == "quoted-printable":
        m.set_payload(qp(data))
    else:                                   # 7bit / 8bit / binary: raw bytes, kept by BytesGenerator
        m.set_payload(data.decode("ascii", "surrogateescape"))
    return m


def qp(data):
    """Quoted-printable body (76-column soft breaks), line breaks kept as real line breaks."""
    lines = data.replace(b"\r\n", b"\n").split(b"\n")
    out = []
    for ln in lines:
        out.append(email.quoprimime.body_encode(ln.decode("latin-1"), maxlinelen=76, eol="\n"))
    return "\n".join(out)


def multi(ctype, parts, preamble=None):
    m = Message()
    m["Content-Type"] = ctype
    for p in parts:
        m.attach(p)
    if preamble is not None:
        m.preamble = preamble
    return m


def build(headers, root, crlf=False):
    """Serialize a message: `headers` is a list of (name, value); the root part's own content
    headers are inserted where the pseudo-header ('*', None) stands (or at the end)."""
    top = Message()
    content = list(root.items())
    placed = False
    for k, v in headers:
        if k == "*":
            for ck, cv in content:
                top[ck] = cv
            placed = True
        else:
            top[k] = v
    if not placed:
        for ck, cv in content:
            top[ck] = cv
    top._payload = root._payload        # raw (8bit payloads keep their surrogate-escaped bytes)
    top.preamble = root.preamble
    top.epilogue = root.epilogue
    buf = io.BytesIO()
    pol = policy.compat32.clone(max_line_length=0, linesep="\r\n" if crlf else "\n")
    BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(top)
    return buf.getvalue()


def received(helo, ip, by, qid, rcpt, date, proto="ESMTPS"):
    return ("from %s (%s)\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s"
            % (helo, ip, by, proto, qid, rcpt, date))


def trace(return_path, rcpt, recv_list):
    """Return-Path / Delivered-To / Received headers added by the receiving server."""
    h = [("Return-Path", "<%s>" % return_path), ("Delivered-To", rcpt)]
    for r in recv_list:
        h.append(("Received", r))
    return h


def rfc2231(param, value):
    """param*=utf-8''percent-encoded (RFC 2231), as Thunderbird/Apple Mail write non-ASCII file names."""
    from urllib.parse import quote
    return "%s*=utf-8''%s" % (param, quote(value, safe=""))


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fixed_zip(data, when):
    """Re-pack a zip (docx) with fixed timestamps and a fixed member order, so the bytes never
    depend on the clock."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


# --------------------------------------------------------------------------------------------
# Case registry and gold helpers
# --------------------------------------------------------------------------------------------
CASES = []


def I(owner, task, date=None, rule=None, time=None, vague=False, dept=None, email_=None):
    """One gold item.  owner: a roster name, an outsider's name (with email_ from To/Cc), or None
    (unit-only owner: flag no_owner, dept = that unit when it is one of the organisation's)."""
    if owner is None:
        oname, oemail, odept = None, None, dept
    elif owner in PEOPLE:
        oname, oemail, odept = owner, PEOPLE[owner]["email"], PEOPLE[owner]["dept"]
    else:
        oname, oemail, odept = owner, email_, None
    flags = []
    if owner is None:
        flags.append("no_owner")
    if vague:
        flags.append("vague_due")
    elif date is None:
        flags.append("no_due")
    if (date is None) != (rule is None):
        raise ValueError("date and rule go together: %s" % task)
    return dict(gold=dict(owner_name=oname, owner_email=oemail, department=odept, task=task,
                          due_date=date, due_time=time, flags=flags), rule=rule)


def F(date, time, rule):
    """The next meeting: gold {date, time} plus the rule that recomputes it."""
    return dict(gold=dict(date=date, time=time), rule=rule)


def case(num, slug, kind, org, client, what, items=(), followup=None, notes=""):
    def deco(fn):
        CASES.append(dict(num=num, slug=slug, kind=kind, org=org, client=client, what=what,
                          items=list(items), followup=followup, notes=notes, build=fn))
        return fn
    return deco


def gold_of(c):
    return {"kind": c["kind"],
            "items": [i["gold"] for i in c["items"]],
            "next_followup": c["followup"]["gold"] if c["followup"] else None,
            "reply": None,
            "notes": c["notes"]}


# --------------------------------------------------------------------------------------------
# Client HTML skeletons
# --------------------------------------------------------------------------------------------
def outlook_html(inner, charset="gb2312", lang="ZH-CN", font="等线"):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%s">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:%s;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n'
            '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\ttext-align:justify;\n'
            '\ttext-justify:inter-ideograph;\n\tfont-size:10.5pt;\n\tfont-family:%s;}\n'
            'span.EmailStyle17\n\t{mso-style-type:personal-compose;\n\tfont-family:%s;\n\tcolor:windowtext;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-family:%s;}\n'
            '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 90.0pt 72.0pt 90.0pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style></head>'
            '<body lang=%s link="#0563C1" vlink="#954F72" style=\'text-justify-trim:punctuation\'>'
            '<div class=WordSection1>%s</div></body></html>\n'
            % (charset, font, font, font, font, lang, inner))


def mso_p(lines):
    out = []
    for ln in lines:
        if ln.strip() == "":
            out.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>")
        else:
            out.append("<p class=MsoNormal>%s<span lang=EN-US><o:p></o:p></span></p>"
                       % html_escape(ln).replace("　", "&#12288;"))
    return "\n".join(out)


def divs(lines, empty="<div><br></div>"):
    return "\n".join(empty if not ln.strip() else "<div>%s</div>" % html_escape(ln) for ln in lines)


def coremail_html(inner):
    return ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s</div>'
            '<br><br><span title="neteasefooter"><p>&nbsp;</p></span>' % inner)


def table_html(rows, attrs='border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse"', header=True):
    out = ["<table %s>" % attrs]
    for r, row in enumerate(rows):
        tag = "th" if (header and r == 0) else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, html_escape(c).replace("\n", "<br>"), tag) for c in row) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


# ============================================================================================
# A  柳州市龙城供水有限责任公司 (SOE)
# ============================================================================================
A_BOT = ("纪要助手", ORGS["A"]["bot"])


def a_trace(sender, when, helo, ip, qid):
    return trace(sender, ORGS["A"]["bot"], [
        "from %s (unknown [%s])\n\tby mail.lcwater.example.cn (Coremail) with SMTP id %s\n\tfor <%s>; %s"
        % (helo, ip, qid, ORGS["A"]["bot"], when)])


T6901 = """各部门：
　　4月2日上午，黎志明副总经理在公司三楼会议室主持召开二次供水设施改造推进专题会议，听取了二次供水管理所关于2026年第一批老旧小区泵房改造进展情况的汇报，研究部署下一阶段工作。现将会议议定事项纪要如下：

　　一、总体要求
　　会议指出，二次供水设施改造是今年公司承担的民生实事项目，各部门要提高站位、压实责任。一是要严格按照进度计划推进，确保6月底前第一批12座泵房全部完成改造；二是要加强施工期间临时供水保障，计划停水须提前24小时公告；三是要规范资金使用管理，专款专用。

　　二、议定事项
　　（一）关于柳东小区等3座泵房施工进度滞后问题。责任单位：二次供水管理所（蒙家宝）；配合单位：工程管理部。完成时限：4月10日前提交赶工计划。
　　（二）关于临时供水公告发布。由客户服务中心负责，停水前通过公众号、短信、小区公告栏三种渠道同步发布，作为长期工作要求执行。
　　（三）关于改造资金拨付。责任单位：财务部。完成时限：清明节后第一个工作日完成首笔进度款支付审核。
　　（四）关于泵房远程监控接入。责任单位：信息中心（龙赟）；配合单位：二次供水管理所。完成时限：4月30日前完成已改造泵房SCADA接入调试。
　　（五）关于用户投诉回访。由客户服务中心陆海波牵头，对3月份涉及二次供水的投诉工单逐一回访，4月15日前形成回访报告报综合办公室。

　　三、下次会议
　　下次专题会议定于4月16日（星期四）上午9:00召开，地点另行通知。

出席：黎志明、覃志刚、蒙家宝、潘伟明、罗美玲、龙赟、陆海波
记录：黄海燕

柳州市龙城供水有限责任公司综合办公室
2026年4月2日
"""


@case(6901, "soe-pump-room-special-minutes-gb2312", "minutes", "A",
      "Outlook 2016 zh-CN, multipart/alternative, charset label gb2312 with the GBK-only 赟, base64, CRLF",
      "Formal SOE 专题会议纪要: 一是/二是 general requirements (not items), （一）–（五） 议定事项 with 责任单位（person）/配合单位/完成时限; "
      "unit-only owner; 牵头; standing rule; 清明节后第一个工作日; 下次会议 label with （星期四）",
      items=[
          I("蒙家宝", "提交柳东小区等3座泵房赶工计划", "2026-04-10", ("abs", "2026-04-10")),
          I(None, "完成首笔进度款支付审核", "2026-04-07", ("after_holiday", "Tomb-sweeping Day"), dept="财务部"),
          I("龙赟", "完成已改造泵房SCADA接入调试", "2026-04-30", ("abs", "2026-04-30")),
          I("陆海波", "对3月份涉及二次供水的投诉工单逐一回访并形成回访报告报综合办公室", "2026-04-15", ("abs", "2026-04-15")),
      ],
      followup=F("2026-04-16", "09:00", ("abs", "2026-04-16", "Thu")),
      notes="Sent Thu 2026-04-02 16:48 +0800, two days before Qingming (04-04..04-06 off, no make-up day). "
            "一、总体要求 '一是…二是…三是…' are general requirements from the leader with no owner (the '6月底前' target is a "
            "goal, not a task) -> not items. （一） 责任单位 二次供水管理所（蒙家宝）: the person in brackets owns it; 配合单位 工程管理部 is "
            "never an owner; '4月10日前提交赶工计划' -> 2026-04-10. （二） is a standing rule ('作为长期工作要求执行') -> not an item. "
            "（三） names only 财务部 -> owner null, no_owner, department 财务部; '清明节后第一个工作日' -> Tue 2026-04-07 (Mon 04-06 is "
            "the holiday's last day). （四） 信息中心（龙赟）-> 龙赟, 2026-04-30. （五） 陆海波牵头 -> owner 陆海波, 2026-04-15. "
            "下次会议 '4月16日（星期四）上午9:00' -> 2026-04-16 09:00. The body is labelled gb2312 but carries 赟 (GBK only): "
            "decode as GBK like every mail client does.")
def build_6901():
    frm = P("黄海燕")
    to = [P(n) for n in ("黎志明", "覃志刚", "蒙家宝", "潘伟明", "罗美玲", "龙赟", "陆海波")]
    cc = [P("覃建华"), A_BOT]
    date = "Thu, 2 Apr 2026 16:48:12 +0800"
    plain = leaf('text/plain;\n\tcharset="gb2312"', T(T6901, "gb2312", crlf=True), "base64")
    html = outlook_html(mso_p(T6901.rstrip("\n").split("\n")), "gb2312")
    hpart = leaf('text/html;\n\tcharset="gb2312"', T(html, "gb2312", crlf=True), "base64")
    root = multi('multipart/alternative;\n\tboundary="----=_NextPart_000_0006_01DCC29A.7B3E1C50"', [plain, hpart],
                 "This is a multipart message in MIME format.")
    h = a_trace(E("黄海燕"), "Thu, 02 Apr 2026 16:48:14 +0800 (CST)", "HUANGHY-PC", "10.20.1.36",
                "AQAAfwD3_0gXhs1pvwMAAA--.1284S2")
    h += [("From", addr(*frm, label="gb2312")),
          ("To", alist(to, "gb2312")),
          ("Cc", alist(cc, "gb2312")),
          ("Subject", hdr("关于二次供水设施改造推进工作的专题会议纪要", "gb2312")),
          ("Date", date),
          ("Message-ID", "<000601dcc29a$7b3e1c50$71ba54f0$@lcwater.example.cn>"),
          ("MIME-Version", "1.0"), ("*", None),
          ("X-Mailer", "Microsoft Outlook 16.0"),
          ("Thread-Index", "AdzCmnrB9Ul1Y2nJQ2m8Vh0c3xk3Pg=="),
          ("Content-Language", "zh-cn")]
    return build(h, root)


def coremail_headers(frm, to, cc, subject, date, msgid, ip, label="utf-8"):
    return [("From", addr(*frm, label=label, quote=True)),
            ("Date", date),
            ("To", alist(to, label, quote=True)),
            ("Cc", alist(cc, label, quote=True)),
            ("Subject", hdr(subject, label)),
            ("X-Priority", "3"),
            ("X-Mailer", "Coremail Webmail Server Version XT6.0.3 build 20250318(6c5a7d8a)\n Copyright (c) 2002-2026 www.mailtech.cn lcwater"),
            ("X-Originating-IP", "[%s]" % ip),
            ("X-Coremail-Locale", "zh_CN"),
            ("MIME-Version", "1.0"), ("*", None),
            ("Message-ID", msgid),
            ("X-Coremail-Antispam", "1UD129KBjvJXoW7KF1fZr45Kr1rJw1fGry7ZFb_yoW8Xr1fpF\n\tWfKrWUCr4DJr1UJr1UJr1UJr1UJr1UJr1UJr1UJr1UJr1UJr1U=")]


T6902_HEAD = """各位领导、同事：
今天下午召开了五一假期供水保障准备会，黎总出席。现将纪要发出，请各部门对照跟踪表抓好落实。

一、会议结论
1. 假期期间实行24小时领导带班和值班制度，生产调度中心每天9点前在工作群报送前一日水量、水压日报。
2. 河西水厂2号滤池反冲洗改造推迟到节后实施，假期期间不安排计划停水。

二、跨部门协作事项跟踪表"""
T6902_TAIL = """三、下次会议
节后第一个工作日（5月6日）上午8:30，调度中心会议室。

生产调度中心 覃志刚"""
R6902 = [
    ["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划完成时间", "进展情况", "风险点及应对措施"],
    ["1", "假期值班表报送", "生产调度中心", "综合办公室", "廖永福", "黄海燕", "2026-04-28", "已完成", "—"],
    ["2", "应急抢修物资盘点补库", "管网管理所", "工程管理部", "莫少华", "王永强", "4月30日下班前", "进行中", "DN300球墨铸铁管库存偏少，已联系供应商加急"],
    ["3", "水质在线监测仪表校准", "水质检测中心", "生产调度中心", "谭晓雯", "廖永福", "5个工作日内", "进行中（已完成60%）", "厂家工程师节后到位"],
    ["4", "2号滤池反冲洗改造实施方案", "工程管理部", "生产调度中心", "王永强", "覃志刚", "节后第一个工作日", "未开始", "—"],
    ["5", "居民区抢修停水短信通知模板更新", "客户服务中心", "管网管理所", "兰小凤", "莫少华", "待定", "未开始", "需与短信平台确认字数限制"],
]


@case(6902, "soe-labour-day-collab-tracking-table", "minutes", "A",
      "Coremail webmail XT6, multipart/alternative UTF-8 quoted-printable, HTML table",
      "Seed 跨部门协作事项跟踪表 as an HTML table: 责任人（发起方） owns, 责任人（协作方） is support; 已完成 row skipped; "
      "5个工作日内 across Labour Day ends on the 05-09 make-up Saturday; 节后第一个工作日 = 05-06; 待定; conclusions not items",
      items=[
          I("莫少华", "应急抢修物资盘点补库", "2026-04-30", ("abs", "2026-04-30")),
          I("谭晓雯", "水质在线监测仪表校准", "2026-05-09", ("workdays", 5)),
          I("王永强", "2号滤池反冲洗改造实施方案", "2026-05-06", ("after_holiday", "Labour Day")),
          I("兰小凤", "居民区抢修停水短信通知模板更新", vague=True),
      ],
      followup=F("2026-05-06", "08:30", ("after_holiday", "Labour Day")),
      notes="Sent Wed 2026-04-29 16:35 +0800. Labour Day 05-01..05-05 is off and Sat 05-09 is a make-up working day. "
            "Row 1 is 已完成 -> not an item. Row 2: 莫少华 (发起方) owns; 王永强 (协作方) is support; '4月30日下班前' -> 2026-04-30, no "
            "time. Row 3: '5个工作日内' counted from Thu 04-30: 04-30(1), 05-06(2), 05-07(3), 05-08(4), Sat 05-09 make-up(5) -> "
            "2026-05-09; '进行中（已完成60%）' is progress, not a new item. Row 4: '节后第一个工作日' -> Wed 2026-05-06. Row 5: 待定 -> "
            "due null, vague_due. The two 会议结论 (24-hour duty with a daily 9点 report; filter work postponed) are decisions/"
            "standing rules, not items. '下次会议：节后第一个工作日（5月6日）上午8:30' -> 2026-05-06 08:30.")
def build_6902():
    frm = P("覃志刚")
    to = [P(n) for n in ("黎志明", "廖永福", "莫少华", "王永强", "谭晓雯", "兰小凤", "黄海燕")]
    cc = [P("蓝国庆"), P("梁春燕"), P("陆海波"), P("潘伟明"), A_BOT]
    tsv = "\n".join("\t".join(r) for r in R6902)
    plain = T6902_HEAD + "\n" + tsv + "\n\n" + T6902_TAIL + "\n"
    inner = (divs(T6902_HEAD.split("\n")) + "\n" +
             table_html(R6902, 'border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:13px"') +
             "\n<div><br></div>\n" + divs(T6902_TAIL.split("\n")))
    html = coremail_html(inner)
    root = multi('multipart/alternative; \n\tboundary="----=_Part_318204_1571802234.1777451740213"', [
        leaf("text/plain; charset=UTF-8", T(plain), "quoted-printable"),
        leaf("text/html; charset=UTF-8", T(html), "quoted-printable")])
    h = a_trace(E("覃志刚"), "Wed, 29 Apr 2026 16:35:42 +0800 (CST)", "qinzhigang$lcwater.example.cn",
                "10.20.3.15", "AQAAfwDXX9w8gvFpNQoBAA--.20761S2")
    h += coremail_headers(frm, to, cc, "五一假期供水保障准备会纪要（4月29日）", "Wed, 29 Apr 2026 16:35:40 +0800 (GMT+08:00)",
                          "<6a1f0c3e.2b71.19dd8a7c2e1.Coremail.qinzhigang@lcwater.example.cn>", "10.20.3.15")
    return build(h, root)


def foxmail_parts(text, label, sig_name, sig_lines=(), boundary="----=_001_NextPart284617203516_=----"):
    """Foxmail 7.2 multipart/alternative: plain + HTML with the Foxmail signature rule."""
    plain = text.rstrip("\n") + "\n\n\n\n" + sig_name + "\n" + "".join(s + "\n" for s in sig_lines)
    body = "".join("<div>%s</div>" % (html_escape(l) if l.strip() else "<br>") for l in text.rstrip("\n").split("\n"))
    sig = "".join("<div>%s</div>" % html_escape(s) for s in (sig_name,) + tuple(sig_lines))
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"><style>body { line-height: 1.5; }'
            'body { font-size: 14px; font-family: \'Microsoft YaHei UI\'; color: rgb(0, 0, 0); line-height: 1.5; }</style></head>'
            '<body>\n%s\n<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">\n'
            '<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt">%s</div></span></div>\n</body></html>\n'
            % (label, body, sig))
    return multi('multipart/alternative;\n\tboundary="%s"' % boundary, [
        leaf('text/plain;\n\tcharset="%s"' % label, T(plain, label, crlf=True), "base64"),
        leaf('text/html;\n\tcharset="%s"' % label, T(html, label, crlf=True), "quoted-printable")],
        "This is a multi-part message in MIME format.")


def foxmail_headers(frm, to, cc, subject, date, msgid, label="GBK", extra=()):
    h = [("Date", date),
         ("From", addr(*frm, label=label, quote=True)),
         ("To", alist(to, label, quote=True)),
         ("Cc", alist(cc, label, quote=True)),
         ("Subject", hdr(subject, label)),
         ("X-Priority", "3"),
         ("X-Has-Attach", "no"),
         ("X-Mailer", "Foxmail 7.2.25.375[cn]")]
    h += list(extra)
    h += [("Mime-Version", "1.0"), ("Message-ID", msgid), ("*", None)]
    return h


T6903 = """各位：
今天上午9点在调度中心召开了河东片区水质发黄问题协调会，按问题协调解决记录表整理如下，请各责任人抓紧落实。

问题编号：KF-20260616-01
问题描述：6月15日晚起河东片区（荣军路、东环大道一带）用户陆续反映自来水发黄，12345热线及客服热线累计接到投诉47起
提交人：客户服务中心 兰小凤
提交时间：2026-06-16 08:10
紧急程度：高
影响范围：约300户
责任部门：管网管理所、水质检测中心
初步原因：荣军路DN400主管6月15日抢修后复水，管内沉积物扰动（以检测结果为准）
解决方案及分工：
1. 管网管理所莫少华：2小时内完成荣军路DN400主管末端排放冲洗；
2. 水质检测中心谭晓雯：今天下班前出具6个采样点的浊度、色度、余氯检测结果；
3. 客户服务中心兰小凤：明天上午10点前完成受影响用户电话回访并登记；
4. 生产调度中心：视冲洗情况适当调低河东加压站出水压力，具体时间尽快确定。
实际解决时间：（待填）
用户反馈：（待填）

下午4点在调度中心再碰一次处理结果，请以上各位参加。"""


@case(6903, "soe-water-quality-incident-foxmail-gbk", "minutes", "A",
      "Foxmail 7.2, multipart/alternative GBK: plain base64 (CRLF), HTML quoted-printable, Foxmail signature rule",
      "Seed 问题协调解决记录表 as key：value lines (紧急程度 高): 2小时内 -> due_time from the Date header, 今天下班前, "
      "明天上午10点前, unit-only owner with 尽快; next meeting is a sentence '下午4点…再碰一次' (today 16:00)",
      items=[
          I("莫少华", "完成荣军路DN400主管末端排放冲洗", "2026-06-16", ("hours", 2), time="12:24"),
          I("谭晓雯", "出具6个采样点的浊度、色度、余氯检测结果", "2026-06-16", ("today",)),
          I("兰小凤", "完成受影响用户电话回访并登记", "2026-06-17", ("plus_days", 1), time="10:00"),
          I(None, "视冲洗情况适当调低河东加压站出水压力", vague=True, dept="生产调度中心"),
      ],
      followup=F("2026-06-16", "16:00", ("today",)),
      notes="Sent Tue 2026-06-16 10:24:37 +0800. Seed 问题协调解决记录表 written as key：value lines; the header fields (问题描述, "
            "提交人 兰小凤, 提交时间 08:10, 初步原因, 6月15日) are facts, not items. 1: '2小时内' counts from the Date header -> "
            "2026-06-16 12:24. 2: '今天下班前' -> the send date, no time. 3: '明天上午10点前' -> 2026-06-17 10:00. 4: only the unit "
            "生产调度中心, '具体时间尽快确定' -> owner null, [no_owner, vague_due], department 生产调度中心. '下午4点在调度中心再碰一次' -> "
            "next_followup today 2026-06-16 16:00. Foxmail signature (陆海波 / 客户服务中心) is not content.")
def build_6903():
    frm = P("陆海波")
    to = [P(n) for n in ("莫少华", "谭晓雯", "兰小凤", "覃志刚")]
    cc = [P("黎志明"), P("蓝国庆"), P("梁春燕"), A_BOT]
    root = foxmail_parts(T6903, "GBK", "陆海波", ("客户服务中心",))
    h = a_trace(E("陆海波"), "Tue, 16 Jun 2026 10:24:39 +0800 (CST)", "LUHB-PC", "10.20.5.41",
                "AQAAfwDHmeQnsjBqTdsCAA--.3817S2")
    h += foxmail_headers(frm, to, cc, "【紧急】河东片区用户反映水质发黄问题协调会记录", "Tue, 16 Jun 2026 10:24:37 +0800",
                         "<202606161024372103316@lcwater.example.cn>")
    return build(h, root)


def make_docx(blocks, author, when):
    """A real .docx from blocks: ('title', text) / ('p', text) / ('table', rows).  Fixed metadata
    and zip timestamps keep the bytes deterministic."""
    import docx
    from docx.shared import Pt
    from docx.oxml.ns import qn
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "SimSun"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "宋体")
    for kind, val in blocks:
        if kind == "title":
            p = d.add_paragraph()
            r = p.add_run(val)
            r.bold = True
            r.font.size = Pt(16)
            p.alignment = 1
        elif kind == "h":
            p = d.add_paragraph()
            p.add_run(val).bold = True
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
                    if r == 0:
                        for run in t.cell(r, c).paragraphs[0].runs:
                            run.bold = True
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    stamp = dt.datetime(*when)
    cp.created = stamp
    cp.modified = stamp
    cp.revision = 3
    cp.title = ""
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    return fixed_zip(buf.getvalue(), when)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append("\t".join(c.text for c in row.cells))
    return "\n".join(out)


R6904 = [["序号", "工作任务", "责任单位", "责任人", "完成时限"],
         ["1", "完成取水泵站防洪闸门、排涝泵全面检修", "生产调度中心", "覃志刚", "5月底前"],
         ["2", "修订《汛期供水应急预案》并组织一次桌面推演", "安全环保部", "甘立新", "6月15日前"],
         ["3", "储备应急发电机、移动净水设备并建立台账", "工程管理部", "", "端午节前"],
         ["4", "与市气象、水文部门建立降雨及水位预警信息共享机制", "综合办公室", "韦丽萍", "尽快"],
         ["5", "对低洼易涝片区12处阀门井加装防倒灌设施", "管网管理所", "蓝国庆", "6月30日前"]]
D6904 = [("title", "柳州市龙城供水有限责任公司"), ("title", "会 议 纪 要"), ("p", "〔2026〕第9期"),
         ("p", "综合办公室　　　　　　　　　　　　　　　　　　2026年5月21日"),
         ("h", "关于2026年防汛及汛期供水保障工作的会议纪要"),
         ("p", "　　5月21日下午，覃建华总经理在公司一楼会议室主持召开2026年防汛及汛期供水保障工作会议。黎志明副总经理，各部门、各所（中心）"
               "负责人参加会议。会议听取了生产调度中心、管网管理所关于汛前准备情况的汇报，对今年防汛及汛期供水保障工作进行了部署。现纪要如下："),
         ("p", "　　一、会议认为，今年我市汛期可能偏早偏强，柳江水位上涨将对取水泵站运行和低洼片区管网安全带来较大压力，各部门要克服麻痹思想，"
               "立足防大汛、抢大险。"),
         ("p", "　　二、会议明确以下工作任务，各责任单位要按时限完成，并将完成情况报综合办公室。"),
         ("table", R6904),
         ("p", "　　三、会议要求，汛期内各单位主要负责人原则上不得离柳，确需离开的须报总经理批准；汛期值班实行24小时在岗制度。"),
         ("p", "　　四、汛期结束后召开防汛工作总结会，具体时间另行通知。"),
         ("p", "出席：覃建华、黎志明、韦丽萍、覃志刚、蓝国庆、潘伟明、甘立新、梁春燕、陆海波、罗美玲"),
         ("p", "记录：黄海燕"),
         ("p", "抄送：公司领导班子成员")]
T6904 = """各部门：
　　现将《关于2026年防汛及汛期供水保障工作的会议纪要》（〔2026〕第9期）印发给你们（见附件），请认真抓好落实。各责任单位请对照纪要明确的完成时限推进，有关情况及时报综合办公室。

综合办公室
韦丽萍
2026年5月22日
"""


@case(6904, "soe-flood-season-minutes-docx", "minutes", "A",
      "Outlook 2016 zh-CN, multipart/mixed: alternative (UTF-8 base64 plain + HTML) + a real .docx attachment",
      "Formal 会议纪要〔2026〕第9期 only in a .docx (python-docx) with a 责任单位/责任人/完成时限 table; short covering body; "
      "月底前, empty 责任人 cell (no_owner), 端午节前, 尽快; 会议认为/会议要求 not items; no next meeting date",
      items=[
          I("覃志刚", "完成取水泵站防洪闸门、排涝泵全面检修", "2026-05-31", ("month_end",)),
          I("甘立新", "修订《汛期供水应急预案》并组织一次桌面推演", "2026-06-15", ("abs", "2026-06-15")),
          I(None, "储备应急发电机、移动净水设备并建立台账", "2026-06-18", ("before_holiday", "Dragon Boat Festival"), dept="工程管理部"),
          I("韦丽萍", "与市气象、水文部门建立降雨及水位预警信息共享机制", vague=True),
          I("蓝国庆", "对低洼易涝片区12处阀门井加装防倒灌设施", "2026-06-30", ("abs", "2026-06-30")),
      ],
      followup=None,
      notes="Sent Fri 2026-05-22 11:05 +0800. The body only covers the attachment; the minutes are in the .docx, and the gold is what "
            "a person reading it records: the five rows of the task table. Row 1 '5月底前' -> 2026-05-31. Row 2 -> 2026-06-15. Row 3 has "
            "an empty 责任人 cell -> owner null, no_owner, department 工程管理部; '端午节前' -> 2026-06-18, the last working day before "
            "the Dragon Boat holiday (06-19..06-21) [AMBIGUOUS: read literally 'X前 = due on X' would give the festival day 06-19, "
            "a holiday; a careful assistant records the last working day before the break, as research/dates-eval.md does for "
            "国庆节前]. Row 4 '尽快' -> vague_due. Row 5 -> 2026-06-30. 会议认为 (assessment), 会议要求 (standing duty rules) and "
            "'汛期结束后召开…总结会，具体时间另行通知' are not items and give no next_followup (no date).")
def build_6904():
    frm = P("韦丽萍")
    to = [P(n) for n in ("覃志刚", "甘立新", "潘伟明", "蓝国庆", "梁春燕", "陆海波", "罗美玲", "龙赟", "蒙家宝")]
    cc = [P("覃建华"), P("黎志明"), P("黄海燕"), A_BOT]
    docx_bytes = make_docx(D6904, "黄海燕", (2026, 5, 22, 10, 48, 0))
    html = outlook_html(mso_p(T6904.rstrip("\n").split("\n")), "utf-8")
    alt = multi('multipart/alternative;\n\tboundary="----=_NextPart_001_0019_01DCE9B8.4C2D7A90"', [
        leaf('text/plain;\n\tcharset="utf-8"', T(T6904, crlf=True), "base64"),
        leaf('text/html;\n\tcharset="utf-8"', T(html, crlf=True), "base64")])
    fname = "会议纪要〔2026〕第9期-防汛及汛期供水保障.docx"
    att = leaf('application/vnd.openxmlformats-officedocument.wordprocessingml.document;\n\t' + rfc2231("name", fname),
               docx_bytes, "base64",
               extra=[("Content-Disposition", "attachment;\n\t" + rfc2231("filename", fname))])
    root = multi('multipart/mixed;\n\tboundary="----=_NextPart_000_0018_01DCE9B8.4C2D7A90"', [alt, att],
                 "This is a multipart message in MIME format.")
    h = a_trace(E("韦丽萍"), "Fri, 22 May 2026 11:05:29 +0800 (CST)", "WEILP-PC", "10.20.1.12",
                "AQAAfwAXH7W4uJ9qVnEDAA--.6653S2")
    h += [("From", addr(*frm, label="utf-8")), ("To", alist(to)), ("Cc", alist(cc)),
          ("Subject", hdr("关于印发2026年防汛及汛期供水保障工作会议纪要的通知")),
          ("Date", "Fri, 22 May 2026 11:05:26 +0800"),
          ("Message-ID", "<001801dce9b8$4c2d7a90$e48870b0$@lcwater.example.cn>"),
          ("MIME-Version", "1.0"), ("*", None), ("X-Mailer", "Microsoft Outlook 16.0"),
          ("Thread-Index", "AdzpuEwQ6p0m2f1uRTuU0gxq7xKvLw=="), ("Content-Language", "zh-cn")]
    return build(h, root)


def outlook_quote_html(hdr_lines, body_lines):
    """Outlook desktop reply separator block + quoted body (as HTML paragraphs)."""
    hl = []
    for k, v in hdr_lines:
        hl.append("<b>%s<span lang=EN-US>:</span></b><span lang=EN-US> %s</span>" % (k, html_escape(v)))
    return ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal>"
            + "<br>\n".join(hl) + "<span lang=EN-US><o:p></o:p></span></p></div>\n" + mso_p(body_lines))


T6905_NEW = """各位：
本周联席例会（6月8日 9:00-10:10，管网所二楼会议室）纪要如下，上周事项进展附后。

一、本周待办
1. 东环大道漏损点修复后回访周边用户——客户服务中心兰小凤，本周五前
2. 6月份DMA分区漏损率分析——管网管理所莫少华，下周二
3. 夜间最小流量异常的3个分区现场排查——王工（工程管理部），月底
4. 12345热线工单派单规则修订——陆主任牵头，兰小凤配合，6月12日前

二、上周事项进展
1. 荣军路主管冲洗后复测——已完成
2. 阀门井台账更新——进行中，预计6月10日完成

下次例会：下周一同一时间。

兰小凤
客户服务中心"""
Q6905_HDR = [("发件人", "兰小凤 <lanxiaofeng@lcwater.example.cn>"),
             ("发送时间", "2026年6月1日 11:52"),
             ("收件人", "陆海波 <luhaibo@lcwater.example.cn>; 蓝国庆 <languoqing@lcwater.example.cn>; 莫少华 <moshaohua@lcwater.example.cn>; 王永强 <wangyongqiang@lcwater.example.cn>"),
             ("抄送", "纪要助手 <minutebot@lcwater.example.cn>"),
             ("主题", "管网客服联席周例会纪要（6月1日）")]
Q6905_BODY = """各位：
本周联席例会纪要如下：
1. 荣军路主管冲洗后复测——管网管理所莫少华，6月5日前
2. 阀门井台账更新——王工，6月10日前
3. 东环大道漏损点定位——莫少华，本周内
下次例会：下周一9:00。

兰小凤
客户服务中心"""


@case(6905, "soe-weekly-minutes-as-reply-in-old-thread", "minutes", "A",
      "Outlook 2016 zh-CN reply ('答复:'), multipart/alternative UTF-8 quoted-printable, In-Reply-To/References to last week",
      "New week's minutes written as a reply in last week's thread: quoted old minutes (发件人/发送时间 block) are not items; "
      "本周五前, bare 下周二, 月底, 王工 alias, 陆主任牵头/兰小凤配合; 上周进展 rows are status; '下周一同一时间' takes the time from the header",
      items=[
          I("兰小凤", "东环大道漏损点修复后回访周边用户", "2026-06-12", ("this_wd", "Fri")),
          I("莫少华", "6月份DMA分区漏损率分析", "2026-06-16", ("next_wd", "Tue")),
          I("王永强", "夜间最小流量异常的3个分区现场排查", "2026-06-30", ("month_end",)),
          I("陆海波", "12345热线工单派单规则修订", "2026-06-12", ("abs", "2026-06-12")),
      ],
      followup=F("2026-06-15", "09:00", ("next_wd", "Mon")),
      notes="Sent Mon 2026-06-08 11:40 +0800 as '答复:' to last week's minutes (In-Reply-To the 06-01 mail), but the new text above "
            "the quote is this week's minutes: kind minutes. 1 '本周五前' -> 2026-06-12. 2 '下周二' -> 2026-06-16. 3 '王工（工程管理部）' "
            "= 王永强 (roster alias), '月底' -> 2026-06-30. 4 '陆主任牵头，兰小凤配合' -> owner 陆海波 only, 2026-06-12. 二、上周事项进展 "
            "(已完成 / 进行中，预计6月10日完成) is status of old items, not new items. The quoted 06-01 minutes below the Outlook "
            "发件人/发送时间 block are not items either. '下次例会：下周一同一时间' = Mon 2026-06-15 at the time of this meeting (6月8日 9:00) "
            "-> 09:00.")
def build_6905():
    frm = P("兰小凤")
    to = [P(n) for n in ("陆海波", "蓝国庆", "莫少华", "王永强")]
    cc = [P("潘伟明"), A_BOT]
    q_plain = "\n\n".join(["", "\n".join("%s: %s" % kv for kv in Q6905_HDR), Q6905_BODY])
    plain = T6905_NEW + "\n" + q_plain + "\n"
    html = outlook_html(mso_p(T6905_NEW.split("\n")) + "\n<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n"
                        + outlook_quote_html(Q6905_HDR, Q6905_BODY.split("\n")), "utf-8")
    root = multi('multipart/alternative;\n\tboundary="----=_NextPart_000_0031_01DCF723.91C8E6B0"', [
        leaf('text/plain;\n\tcharset="utf-8"', T(plain, crlf=True), "quoted-printable"),
        leaf('text/html;\n\tcharset="utf-8"', T(html, crlf=True), "quoted-printable")],
        "This is a multipart message in MIME format.")
    h = a_trace(E("兰小凤"), "Mon, 08 Jun 2026 11:40:08 +0800 (CST)", "LANXF-PC", "10.20.5.46",
                "AQAAfwCnZCoZOCZqeIMCAA--.9032S2")
    h += [("From", addr(*frm)), ("To", alist(to)), ("Cc", alist(cc)),
          ("References", "<002a01dcf158$1d0c9e40$5725dac0$@lcwater.example.cn>"),
          ("In-Reply-To", "<002a01dcf158$1d0c9e40$5725dac0$@lcwater.example.cn>"),
          ("Subject", hdr("答复: 管网客服联席周例会纪要（6月1日）")),
          ("Date", "Mon, 8 Jun 2026 11:40:05 +0800"),
          ("Message-ID", "<003101dcf723$91c8e6b0$b55ab410$@lcwater.example.cn>"),
          ("MIME-Version", "1.0"), ("*", None), ("X-Mailer", "Microsoft Outlook 16.0"),
          ("Thread-Index", "AQHc8Vgd5GcPnwUCpUqMj6sJ4Ug3QrS0v3Aw"), ("Content-Language", "zh-cn")]
    return build(h, root)


T6906 = """2026年第14次总经理办公会会议纪要

时间：2026年7月20日上午9:00
地点：公司一楼会议室
主持：覃建华
出席：黎志明、韦丽萍、覃志刚、潘伟明、罗美玲、甘立新、龙赟
记录：黄海燕

会议听取了上半年经营情况汇报，研究了下半年重点工作。纪要如下：

一、关于上半年经营情况
会议听取了财务部关于上半年经营指标完成情况的汇报。上半年售水量同比增长3.2%，产销差率降至18.6%，完成年度目标的进度要求。

二、关于下半年重点工作
会议要求：一是由覃总牵头，组织编制下半年产销差治理攻坚方案，7月31日前提交办公会审议；二是工程管理部要加快城中区老旧管网改造三期项目招标工作，8月10日前完成招标文件编制（潘伟明负责）；三是各部门要严格落实安全生产责任制，全年不得发生较大及以上安全生产事故。

三、关于智慧水务平台二期建设
会议同意信息中心提出的智慧水务平台二期建设方案。请信息中心龙赟会同财务部，于本月底前完成项目预算测算并报分管领导。

四、关于高温天气防暑降温工作
安全环保部甘立新负责，3个工作日内完成一线班组防暑降温物资发放情况检查。

五、其他事项
请综合办公室尽快拟定2026年度职工疗养方案，报公司领导审定。

综合办公室
2026年7月20日"""


@case(6906, "soe-gm-office-meeting-coremail-gbk", "minutes", "A",
      "Coremail webmail XT6, multipart/alternative GBK base64",
      "总经理办公会纪要 with 一是/二是/三是 inside 会议要求: 覃总牵头 (title alias), '（潘伟明负责）' after the task, "
      "standing rule 三是 not an item; 会议同意 decision; 本月底前; 3个工作日内; unit-only 尽快; report of figures not an item; no next meeting",
      items=[
          I("覃建华", "组织编制下半年产销差治理攻坚方案并提交办公会审议", "2026-07-31", ("abs", "2026-07-31")),
          I("潘伟明", "完成城中区老旧管网改造三期项目招标文件编制", "2026-08-10", ("abs", "2026-08-10")),
          I("龙赟", "完成智慧水务平台二期项目预算测算并报分管领导", "2026-07-31", ("month_end",)),
          I("甘立新", "完成一线班组防暑降温物资发放情况检查", "2026-07-23", ("workdays", 3)),
          I(None, "拟定2026年度职工疗养方案", vague=True, dept="综合办公室"),
      ],
      followup=None,
      notes="Sent Mon 2026-07-20 17:20 +0800. 一、is a report of figures (汇报, 同比增长) -> no item. 二、'一是由覃总牵头…7月31日前提交' -> "
            "覃建华 (覃总 alias), 2026-07-31; '二是…8月10日前完成招标文件编制（潘伟明负责）' -> 潘伟明, 2026-08-10 (the unit 工程管理部 is "
            "named first but the person in brackets owns it); '三是…不得发生…事故' is a standing rule -> not an item. 三、'会议同意…方案' is "
            "a decision; '请信息中心龙赟会同财务部，于本月底前…' -> 龙赟 (财务部 only supports), 2026-07-31. 四、'3个工作日内' from Mon 07-20 "
            "-> 07-21, 07-22, 07-23 -> 2026-07-23. 五、'请综合办公室尽快…' -> owner null, [no_owner, vague_due], department 综合办公室. "
            "No next meeting is stated -> null.")
def build_6906():
    frm = P("黄海燕")
    to = [P(n) for n in ("覃建华", "黎志明", "韦丽萍", "覃志刚", "潘伟明", "罗美玲", "甘立新", "龙赟")]
    cc = [A_BOT]
    html = coremail_html(divs(T6906.split("\n")))
    root = multi('multipart/alternative; \n\tboundary="----=_Part_602719_1093874412.1784539231677"', [
        leaf("text/plain; charset=GBK", T(T6906 + "\n", "gbk"), "base64"),
        leaf("text/html; charset=GBK", T(html, "gbk"), "base64")])
    h = a_trace(E("黄海燕"), "Mon, 20 Jul 2026 17:20:33 +0800 (CST)", "huanghaiyan$lcwater.example.cn", "10.20.1.37",
                "AQAAfwB3lPZzsH1qA0oGAA--.41587S2")
    h += coremail_headers(frm, to, cc, "2026年第14次总经理办公会会议纪要", "Mon, 20 Jul 2026 17:20:31 +0800 (GMT+08:00)",
                          "<3d7e51a2.8c04.19f7e0a4c7d.Coremail.huanghaiyan@lcwater.example.cn>", "10.20.1.37", label="GBK")
    return build(h, root)


T6933 = """各部门：
　　根据公司年度工作安排，请各部门于7月3日（周五）前将2026年上半年工作总结及下半年工作计划（电子版，Word格式，3000字以内）报送综合办公室邮箱，纸质版经部门负责人签字后同步报送。
　　工作总结应包括：上半年重点工作完成情况、存在的问题及原因分析、下半年工作思路及主要措施。请各部门高度重视，按时报送，逾期未报的将在7月份总经理办公会上通报。
　　联系人：黄海燕，内线8016。

综合办公室
2026年6月24日
"""


@case(6933, "other-soe-notice-half-year-summary", "other", "A",
      "Outlook 2016 zh-CN in plain-text mode: single text/plain part, gb2312 base64, CRLF",
      "An office notice (通知) asking every department for a report by 7月3日（周五）前, with the bot on the distribution list: "
      "not minutes of a meeting -> kind other, no items",
      notes="Sent Wed 2026-06-24 09:30 +0800 by 综合办公室 to all department heads (the bot is on that list). It is a notice with a "
            "deadline for every department, not the minutes of a meeting: there is no meeting, no attendee list and no 纪要. "
            "kind other, no items, no next_followup ('7月份总经理办公会' is no date).")
def build_6933():
    frm = P("黄海燕")
    to = [P(n) for n in ("韦丽萍", "覃志刚", "蓝国庆", "梁春燕", "陆海波", "潘伟明", "甘立新", "罗美玲", "龙赟", "蒙家宝")]
    cc = [P("覃建华"), P("黎志明"), A_BOT]
    root = leaf('text/plain;\n\tcharset="gb2312"', T(T6933, "gb2312", crlf=True), "base64")
    h = a_trace(E("黄海燕"), "Wed, 24 Jun 2026 09:30:47 +0800 (CST)", "HUANGHY-PC", "10.20.1.36",
                "AQAAfwC3Gi1ZMDtqvGMEAA--.22170S2")
    h += [("From", addr(*frm, label="gb2312")), ("To", alist(to, "gb2312")), ("Cc", alist(cc, "gb2312")),
          ("Subject", hdr("关于报送2026年上半年工作总结的通知", "gb2312")),
          ("Date", "Wed, 24 Jun 2026 09:30:44 +0800"),
          ("Message-ID", "<004c01dd0383$7e29a0d0$7a7ce270$@lcwater.example.cn>"),
          ("MIME-Version", "1.0"), ("*", None), ("X-Mailer", "Microsoft Outlook 16.0"),
          ("Thread-Index", "AdzzfX4NvUvB0cm8T7yQ3oq6CvqTgw=="), ("Content-Language", "zh-cn")]
    return build(h, root, crlf=True)


T6938 = """很抱歉您的邮件没有发送成功。

收件人：weizhendong@guizhongpipe.example.cn
发送时间：2026-07-08 10:11:58
主题：【纪要确认】2026年第13次总经理办公会会议纪要
退信原因：对方邮箱已满，无法接收新邮件。
  (552 5.2.2 <weizhendong@guizhongpipe.example.cn>: Mailbox full, quota exceeded)

建议解决方案：请联系收件人清理邮箱后重新发送。

----
此邮件由系统自动发出，请勿直接回复。
This message was created automatically by mail delivery software.
"""


@case(6938, "auto-coremail-bounce-zh", "auto", "A",
      "Coremail system bounce (系统退信): multipart/report delivery-status, UTF-8 base64 notification, text/rfc822-headers",
      "Chinese bounce of a recap the bot sent to an outside supplier (mailbox full): Return-Path <>, From postmaster, "
      "Auto-Submitted: auto-replied; body has a date and a minutes subject -> kind auto",
      notes="A Coremail '系统退信' for a recap the bot had sent to an outside contact (552 mailbox full). No person wrote it: "
            "Return-Path <>, From postmaster, Auto-Submitted: auto-replied, multipart/report; report-type=delivery-status. The text "
            "carries a date and the subject of a recap of minutes, and the returned headers are the bot's own; none of this is minutes "
            "or a reply. kind auto; the bot must not answer it.")
def build_6938():
    notice = leaf("text/plain; charset=utf-8", T(T6938), "base64", extra=[("Content-Description", "Notification")])
    status = Message()
    status["Content-Type"] = "message/delivery-status"
    status["Content-Description"] = "Delivery report"
    s1, s2 = Message(), Message()
    s1["Reporting-MTA"] = "dns; mail.lcwater.example.cn"
    s1["Arrival-Date"] = "Wed, 8 Jul 2026 10:11:58 +0800"
    s2["Final-Recipient"] = "rfc822; weizhendong@guizhongpipe.example.cn"
    s2["Action"] = "failed"
    s2["Status"] = "5.2.2"
    s2["Remote-MTA"] = "dns; mx.guizhongpipe.example.cn"
    s2["Diagnostic-Code"] = "smtp; 552 5.2.2 <weizhendong@guizhongpipe.example.cn>: Mailbox full,\n quota exceeded"
    status.set_payload([s1, s2])
    orig = leaf("text/rfc822-headers", (
        "Return-Path: <minutebot@lcwater.example.cn>\n"
        "From: %s\n" % addr(*A_BOT) +
        "To: %s\n" % addr("韦振东", "weizhendong@guizhongpipe.example.cn") +
        "Subject: %s\n" % hdr("【纪要确认】2026年第13次总经理办公会会议纪要") +
        "Date: Wed, 08 Jul 2026 10:11:58 +0800\n"
        "Message-ID: <recap.7f3a91c2e5@lcwater.example.cn>\n"
        "Auto-Submitted: auto-generated\n").encode(), "7bit", extra=[("Content-Description", "Undelivered Message Headers")])
    root = multi('multipart/report; report-type=delivery-status;\n\tboundary="----=_Part_CMBOUNCE_20260708101209_5512"',
                 [notice, status, orig], "This is a MIME-encapsulated message.")
    h = [("Return-Path", "<>"), ("Delivered-To", ORGS["A"]["bot"]),
         ("Received", "by mail.lcwater.example.cn (Coremail) id AQAAfwBnOp1pHk1qAUwBAA--.812S3;\n\tWed, 08 Jul 2026 10:12:09 +0800 (CST)"),
         ("From", "postmaster@lcwater.example.cn"),
         ("To", ORGS["A"]["bot"]),
         ("Subject", hdr("系统退信") + " / Undeliverable"),
         ("Date", "Wed, 8 Jul 2026 10:12:09 +0800"),
         ("Message-ID", "<AQAAfwBnOp1pHk1qAUwBAA--.812S3@mail.lcwater.example.cn>"),
         ("Auto-Submitted", "auto-replied"),
         ("X-Coremail-Bounce", "1"),
         ("MIME-Version", "1.0"), ("*", None)]
    return build(h, root)


# ============================================================================================
# B  景德镇青屿瓷坊 (porcelain studio + e-shop, Feishu mail)
# ============================================================================================
B_BOT = ("minutebot", ORGS["B"]["bot"])


def b_trace(sender, when, qid, helo="smtp-out-sg.feishu-mail.example.net", ip="203.0.113.41"):
    return trace(sender, ORGS["B"]["bot"], [
        "from %s (%s [%s])\n\tby mx.qingyuci.example.cn (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
        % (helo, helo, ip, qid, ORGS["B"]["bot"], when)])


def feishu_headers(frm, to, cc, subject, date, msgid, extra=()):
    h = [("From", addr(*frm)), ("To", alist(to)), ("Cc", alist(cc)),
         ("Subject", hdr(subject)), ("Date", date), ("Message-Id", msgid)]
    h += list(extra)
    h += [("Mime-Version", "1.0"), ("*", None), ("X-Mailer", "Lark Mail"),
          ("X-Lms-Return-Path", "<lba+269f5c2a1d+%s>" % frm[1].replace("@", "="))]
    return h


def feishu_html(lines):
    body = "\n".join('<div style="margin:0;">%s</div>' % (html_escape(l) if l.strip() else "<br>") for l in lines)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family: -apple-system, BlinkMacSystemFont, \'PingFang SC\', sans-serif; font-size: 14px; '
            'color: #1f2329; line-height: 1.6;">\n%s\n</div></body></html>\n' % body)


T6907 = """大家好，今天下午端午礼盒上新会的飞书妙记智能纪要贴在下面，待办以最后一部分为准，有问题群里说～

智能纪要：端午礼盒上新会 2026年6月3日
会议时间：2026年6月3日 14:30 ｜ 56分钟
参会人：江澄、方可欣、钱墨、汪德顺、邓嘉乐、曹志远

总结
本次会议围绕端午礼盒“青屿·粽香”茶器套组的上新节奏展开。江澄确认礼盒定价298元、预售价268元，6月10日开启预售、6月15日起陆续发货。汪德顺提出第二窑需尽早装窑以保证出窑时间；钱墨表示主图和详情页已完成初稿；曹志远提到包材预计6月9日到货，发货高峰需要临时增加打包人手。

章节
00:02 礼盒定价与优惠
江澄与方可欣讨论礼盒定价，确认预售价268元，前100单赠送杯垫。
12:40 窑位与产能
汪德顺表示第二窑最迟6月8日装窑，否则赶不上15日发货；熊小军负责拉坯。
31:15 详情页与直播
钱墨展示主图初稿，大家建议增加使用场景图；邓嘉乐建议6月9日晚做一场预热直播。
45:50 仓储发货
仓储主管曹志远说明包材到货时间和打包人手安排。

待办
☐ 钱墨：6月5日前交付礼盒主图及详情页设计终稿
☐ 汪德顺：下周一前完成第二窑装窑，确保6月15日前出窑
☐ 邓嘉乐：明天下午3点前提交预热直播脚本初稿
☐ 仓储主管曹志远：确认包材到货并安排发货打包临时人手
☐ 方可欣：6月10日前完成天猫、抖音两个店铺预售链接上架

智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用
打开妙记查看完整内容：https://qingyuci.feishu.example.net/minutes/obcn7q2x5k8d1r3w"""


@case(6907, "studio-feishu-ai-minutes-todo-only", "minutes", "B",
      "Feishu (Lark) mail, multipart/alternative UTF-8 base64",
      "飞书妙记 智能纪要 pasted into a mail: only the 待办 section counts (总结 and 章节 carry dates and names that are not items); "
      "☐ checkboxes; 仓储主管曹志远 (title before the name); 下周一前; 明天下午3点前; an item with no date",
      items=[
          I("钱墨", "交付礼盒主图及详情页设计终稿", "2026-06-05", ("abs", "2026-06-05")),
          I("汪德顺", "完成第二窑装窑", "2026-06-08", ("next_wd", "Mon")),
          I("邓嘉乐", "提交预热直播脚本初稿", "2026-06-04", ("plus_days", 1), time="15:00"),
          I("曹志远", "确认包材到货并安排发货打包临时人手"),
          I("方可欣", "完成天猫、抖音两个店铺预售链接上架", "2026-06-10", ("abs", "2026-06-10")),
      ],
      followup=None,
      notes="Sent Wed 2026-06-03 18:12 +0800. Feishu Minutes (飞书妙记) AI minutes pasted by the organiser, who says the 待办 section "
            "is what counts. 总结 and 章节 restate the discussion ('第二窑最迟6月8日装窑', '6月9日晚做一场预热直播', '熊小军负责拉坯') and "
            "are not items. 待办: 钱墨 2026-06-05; 汪德顺 '下周一前' -> Mon 2026-06-08 (the clause '确保6月15日前出窑' is the purpose of "
            "the task, not a second item); 邓嘉乐 '明天下午3点前' -> 2026-06-04 15:00; '仓储主管曹志远' -> 曹志远, no deadline -> "
            "no_due; 方可欣 2026-06-10. No next meeting -> null. The AI disclaimer and the link are not content.")
def build_6907():
    frm = P("方可欣")
    to = [P(n) for n in ("江澄", "钱墨", "汪德顺", "邓嘉乐", "曹志远")]
    cc = [B_BOT]
    root = multi('multipart/alternative; boundary="lark-mail-bnd-6f1e2d3c4b5a69788796a5b4c3d2e1f0"', [
        leaf("text/plain; charset=UTF-8", T(T6907 + "\n"), "base64"),
        leaf("text/html; charset=UTF-8", T(feishu_html(T6907.split("\n"))), "base64")])
    h = b_trace(E("方可欣"), "Wed, 03 Jun 2026 18:12:47 +0800 (CST)", "4gX7Qm1sKpz3")
    h += feishu_headers(frm, to, cc, "端午礼盒上新会 · 智能纪要", "Wed, 3 Jun 2026 18:12:44 +0800",
                        "<0b4d9c2e-7a31-4f58-9e06-5c1d8f2a7b3e@qingyuci.example.cn>")
    return build(h, root)


T6908 = """各位：
今天下午Ukiyo日本首单评审会，纪要如下。

一、订单情况
京都Ukiyo首单：影青茶杯200只、月白盖碗120套，要求5月20日前到港大阪（已与对方确认）。

二、待办
1. 影青釉色按Ukiyo色卡调整试片（负责人：钱老师，截止：清明节后第一个工作日）
2. 影青茶杯首批200只拉坯、利坯排产（负责人：汪师傅，截止：下周三）
3. 出口包装方案及跌落测试报价（负责人：曹主管，截止：3个工作日内）
4. 给Ukiyo回复交期及报价确认函（负责人：可欣，截止：4月3日（周五）中午12点前）
5. 日文版产品说明卡翻译（负责人：待定，截止：4月底前）

三、下次评审
4月9日（周四）
下午2点，二楼样品间

江澄"""


@case(6908, "studio-order-review-qingming-holiday", "minutes", "B",
      "Feishu (Lark) mail, multipart/alternative UTF-8 quoted-printable",
      "Plain internal minutes before Qingming: (负责人：…，截止：…) brackets with aliases 钱老师/汪师傅/曹主管/可欣; 清明节后第一个工作日; "
      "3个工作日内 over the holiday; 下周三; time 中午12点前; owner 待定; next review date on one line and its time on the next",
      items=[
          I("钱墨", "影青釉色按Ukiyo色卡调整试片", "2026-04-07", ("after_holiday", "Tomb-sweeping Day")),
          I("汪德顺", "影青茶杯首批200只拉坯、利坯排产", "2026-04-08", ("next_wd", "Wed")),
          I("曹志远", "出口包装方案及跌落测试报价", "2026-04-08", ("workdays", 3)),
          I("方可欣", "给Ukiyo回复交期及报价确认函", "2026-04-03", ("abs", "2026-04-03", "Fri"), time="12:00"),
          I(None, "日文版产品说明卡翻译", "2026-04-30", ("month_end",)),
      ],
      followup=F("2026-04-09", "14:00", ("abs", "2026-04-09", "Thu")),
      notes="Sent Thu 2026-04-02 18:30 +0800; Qingming 04-04..04-06 is off (no make-up day). 1 钱老师 = 钱墨; '清明节后第一个工作日' -> "
            "Tue 2026-04-07. 2 汪师傅 = 汪德顺; '下周三' -> 2026-04-08. 3 曹主管 = 曹志远; '3个工作日内' from Fri 04-03(1), skip 04-04..06, "
            "04-07(2), 04-08(3) -> 2026-04-08. 4 可欣 = 方可欣; '4月3日（周五）中午12点前' -> 2026-04-03 12:00. 5 '负责人：待定' -> owner "
            "null, no_owner (no unit either, department null); '4月底前' -> 2026-04-30. The order facts ('5月20日前到港') are not items. "
            "Next review: the date '4月9日（周四）' on one line and '下午2点' on the next -> 2026-04-09 14:00.")
def build_6908():
    frm = P("江澄")
    to = [P(n) for n in ("钱墨", "汪德顺", "曹志远", "方可欣")]
    cc = [B_BOT]
    root = multi('multipart/alternative; boundary="lark-mail-bnd-1a2b3c4d5e6f708192a3b4c5d6e7f809"', [
        leaf("text/plain; charset=UTF-8", T(T6908 + "\n"), "quoted-printable"),
        leaf("text/html; charset=UTF-8", T(feishu_html(T6908.split("\n"))), "quoted-printable")])
    h = b_trace(E("江澄"), "Thu, 02 Apr 2026 18:30:13 +0800 (CST)", "4fmQx21Z0Cz9")
    h += feishu_headers(frm, to, cc, "Ukiyo日本首单评审会纪要（4/2）", "Thu, 2 Apr 2026 18:30:10 +0800",
                        "<5e7a2c91-0d4b-4e3f-8a61-2f9c7b1d0e45@qingyuci.example.cn>")
    return build(h, root)


T6909 = """周会纪要 7.11（本周周会挪到周六下午）
时间：7月11日 16:00-17:10　地点：工作室二楼

可欣：
1. 七夕专题页7月20日前上线
2. 6月退货原因分类统计，周一前发群里
汪师傅：
1. 青花系列补货的100个杯坯，下周三前做出来
钱老师：
1. 七夕对杯新器型手稿，下周五前给我
晓雨：
1. 差评里说“杯口有毛刺”的那5单，明天回访完
志远：
1. 仓库货架重新编号，不急，月底前弄好就行

下周六同一时间继续。
"""


@case(6909, "studio-weekly-grouped-by-person-saturday", "minutes", "B",
      "Feishu (Lark) mail mobile app, single text/plain UTF-8 8bit",
      "Minutes grouped by person (可欣： / 汪师傅： / 钱老师： …) with nicknames as aliases, sent on a Saturday evening: 周一前 / 下周三前 / "
      "下周五前 / 明天 (a Sunday) / 月底前; next meeting '下周六同一时间' with the time from the header line",
      items=[
          I("方可欣", "七夕专题页上线", "2026-07-20", ("abs", "2026-07-20")),
          I("方可欣", "6月退货原因分类统计发群里", "2026-07-13", ("wd", "Mon")),
          I("汪德顺", "做出青花系列补货的100个杯坯", "2026-07-15", ("next_wd", "Wed")),
          I("钱墨", "七夕对杯新器型手稿", "2026-07-17", ("next_wd", "Fri")),
          I("舒晓雨", "回访差评中反映杯口有毛刺的5单", "2026-07-12", ("plus_days", 1)),
          I("曹志远", "仓库货架重新编号", "2026-07-31", ("month_end",)),
      ],
      followup=F("2026-07-18", "16:00", ("next_wd", "Sat")),
      notes="Sent Sat 2026-07-11 20:16 +0800 (the weekly meeting moved to Saturday afternoon). Items are grouped under each person's "
            "nickname: 可欣 = 方可欣 (two items), 汪师傅 = 汪德顺, 钱老师 = 钱墨, 晓雨 = 舒晓雨, 志远 = 曹志远. '周一前' -> Mon 2026-07-13; "
            "'下周三前' -> 2026-07-15; '下周五前' -> 2026-07-17; '明天' -> Sun 2026-07-12 (a calendar date even though not a working day); "
            "'月底前' -> 2026-07-31. '下周六同一时间继续' -> Sat 2026-07-18 at the start time in the header (16:00).")
def build_6909():
    frm = P("江澄")
    to = [P(n) for n in ("方可欣", "汪德顺", "钱墨", "舒晓雨", "曹志远", "邓嘉乐", "温婧")]
    cc = [B_BOT]
    root = leaf("text/plain; charset=UTF-8", T(T6909), "8bit")
    h = b_trace(E("江澄"), "Sat, 11 Jul 2026 20:16:25 +0800 (CST)", "4jR2bV0xHqz1")
    h += feishu_headers(frm, to, cc, "7.11周会纪要（按人分工）", "Sat, 11 Jul 2026 20:16:22 +0800",
                        "<c81f4e07-3b9a-4d62-b5e0-71a2d94c3f18@qingyuci.example.cn>")
    return build(h, root)


T6910 = """江总、可欣姐：
中午在群里临时碰了一下直播的事，聊天记录贴在下面，最后是我整理的待办。

【微信群聊记录】
江澄 12:05
昨晚直播数据看了吗，平均停留时长掉到40秒了
方可欣 12:06
看了，主要是开场太慢，前10分钟都在讲窑口历史
邓嘉乐 12:07
我这周把脚本改一下，开场直接上开窑的画面
江澄 12:08
好，周四前给我看
钱墨 12:10
新款的样品照片我明天下班前能拍完
方可欣 12:11
@曹志远 福袋的盒子库存还够吗
曹志远 12:15
还剩80个，我周五前再补200个
江澄 12:16
行，下周二晚上按新脚本试播一场

整理的待办：
1. 邓嘉乐：修改直播脚本（开场改为开窑画面），周四前交江总审
2. 钱墨：拍完新款样品照片，明天下班前
3. 曹志远：补200个福袋包装盒，周五前
4. 下周二晚上按新脚本试播一场：嘉乐负责，可欣配合场控

发自网易邮箱大师
"""


@case(6910, "studio-wechat-chat-paste-mailmaster", "minutes", "B",
      "网易邮箱大师 (NetEase Mail Master, Android), single text/plain UTF-8 base64",
      "A WeChat group chat pasted into the mail followed by the writer's own 待办 list: the chat restates the list and is not "
      "items; 周四前 / 明天下班前 / 周五前 / 下周二; '嘉乐负责，可欣配合' -> one owner",
      items=[
          I("邓嘉乐", "修改直播脚本（开场改为开窑画面）并交江总审", "2026-05-14", ("wd", "Thu")),
          I("钱墨", "拍完新款样品照片", "2026-05-13", ("plus_days", 1)),
          I("曹志远", "补200个福袋包装盒", "2026-05-15", ("wd", "Fri")),
          I("邓嘉乐", "按新脚本试播一场", "2026-05-19", ("next_wd", "Tue")),
      ],
      followup=None,
      notes="Sent Tue 2026-05-12 13:47 +0800 from Mail Master. The 【微信群聊记录】 block is a chat log that restates the list (and "
            "its own '周四前', '明天', '周五前') -> not items; only '整理的待办' counts. 1 '周四前' -> 2026-05-14. 2 '明天下班前' -> "
            "2026-05-13, no time. 3 '周五前' -> 2026-05-15. 4 '嘉乐负责，可欣配合场控' -> owner 邓嘉乐 only (配合 is never an owner); "
            "'下周二晚上' -> 2026-05-19, no clock time so due_time null. The trial broadcast is a task, not a meeting -> next_followup "
            "null. '发自网易邮箱大师' is the client's signature.")
def build_6910():
    frm = P("邓嘉乐")
    to = [P("江澄"), P("方可欣")]
    cc = [P("钱墨"), P("曹志远"), B_BOT]
    root = leaf("text/plain; charset=utf-8", T(T6910), "base64")
    h = b_trace(E("邓嘉乐"), "Tue, 12 May 2026 13:47:31 +0800 (CST)", "4gB8kD5nWmz6")
    h += [("Date", "Tue, 12 May 2026 13:47:28 +0800"), ("From", addr(*frm)), ("To", alist(to)), ("Cc", alist(cc)),
          ("Message-ID", "<1f3c2e5a.6b1d.19e1b7c2d4a.mailmaster.dengjiale@qingyuci.example.cn>"),
          ("Subject", hdr("直播复盘小会（群聊整理）")), ("MIME-Version", "1.0"), ("*", None),
          ("X-Mailer", "MailMasterAndroid/7.19.8.1012")]
    return build(h, root)


T6911 = """Hi Jiang-san, Kexin,

Thank you for the call today. My notes below, please correct me if I missed anything.

Attendees: Jiang Cheng, Kexin Fang, Cao Zhiyuan (Qingyu); Aiko Tanaka, Kenji Mori (Ukiyo)

Agreed:
- First order (200 yingqing cups + 120 gaiwan sets) ships by sea from Shanghai, ETA Osaka around June 5.
- Ukiyo pays 50% deposit now, balance on arrival.

To do:
- [x] @Kexin send the signed proforma invoice (done during the call)
- [ ] @Kexin confirm the final packing list with carton dimensions by Monday
- [ ] @Zhiyuan book the container space and share the booking confirmation by May 22
- [ ] @Kenji send the Japanese label text for the gift boxes by Wednesday
- [ ] @Aiko arrange the deposit transfer EOD today
- [ ] @Jiang Cheng decide on the second glaze color for the autumn line - no rush, TBD

Next sync: Thu May 21, 15:00 JST (14:00 Beijing)

Best regards,
Aiko

--
Aiko Tanaka
Buyer, Tableware & Crafts | Ukiyo Store Kyoto
"""


@case(6911, "partner-japan-gmail-checkbox-todo", "minutes", "B",
      "Gmail web (Google Workspace of a Japanese shop), multipart/alternative UTF-8 quoted-printable, Date +0900",
      "English call notes from a foreign partner: '- [x]' done vs '- [ ] @name' open items; @Kexin/@Zhiyuan (roster aliases), "
      "@Kenji (Cc display name, outsider), @Aiko (the writer); by Monday / by May 22 / by Wednesday / EOD / TBD; Next sync in JST with Beijing time",
      items=[
          I("方可欣", "confirm the final packing list with carton dimensions", "2026-05-18", ("wd", "Mon")),
          I("曹志远", "book the container space and share the booking confirmation", "2026-05-22", ("abs", "2026-05-22")),
          I("Kenji Mori", "send the Japanese label text for the gift boxes", "2026-05-20", ("wd", "Wed"),
            email_="mori.kenji@ukiyo-kyoto.example.jp"),
          I("Aiko Tanaka", "arrange the deposit transfer", "2026-05-15", ("today",)),
          I("江澄", "decide on the second glaze color for the autumn line", vague=True),
      ],
      followup=F("2026-05-21", "14:00", ("tz", "2026-05-21 15:00", "Asia/Tokyo")),
      notes="Sent Fri 2026-05-15 16:20 +0900 = 15:20 in Shanghai (same date). '- [x] … (done during the call)' is done -> not an item. "
            "@Kexin = 方可欣 (alias Kexin), 'by Monday' -> 2026-05-18. @Zhiyuan = 曹志远 (alias), 'by May 22' -> 2026-05-22. @Kenji is "
            "Kenji Mori from the Cc header (not in the roster: address from Cc, department null), 'by Wednesday' -> 2026-05-20 "
            "(Wednesday of this week is past). @Aiko is the writer Aiko Tanaka (roster outsider, department null), 'EOD today' -> "
            "2026-05-15, no time. @Jiang Cheng = 江澄, 'no rush, TBD' -> vague_due. Decisions under 'Agreed' are not items. "
            "'Next sync: Thu May 21, 15:00 JST (14:00 Beijing)' -> 2026-05-21 14:00 Asia/Shanghai.")
def build_6911():
    frm = ("Aiko Tanaka", E("Aiko Tanaka"))
    to = [("Jiang Cheng", E("江澄")), ("Kexin Fang", E("方可欣"))]
    cc = [("Cao Zhiyuan", E("曹志远")), ("Kenji Mori", "mori.kenji@ukiyo-kyoto.example.jp"), B_BOT]
    lines = T6911.rstrip("\n").split("\n")
    html = '<div dir="ltr">' + "".join(
        "<div>%s</div>" % (html_escape(l) if l.strip() else "<br>") for l in lines[:-3]) + \
        '<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">' \
        '<div dir="ltr">Aiko Tanaka<div>Buyer, Tableware &amp; Crafts | Ukiyo Store Kyoto</div></div></div></div>\n'
    root = multi('multipart/alternative; boundary="000000000000d4a1b7063e5c2f90"', [
        leaf('text/plain; charset="UTF-8"', T(T6911), "quoted-printable"),
        leaf('text/html; charset="UTF-8"', T(html), "quoted-printable")])
    h = b_trace(E("Aiko Tanaka"), "Fri, 15 May 2026 15:20:09 +0800 (CST)", "4gLd2s7WQrz4",
                "mail-sor-f41.google.com", "209.85.220.41")
    h += [("MIME-Version", "1.0"), ("From", addr(*frm)), ("Date", "Fri, 15 May 2026 16:20:05 +0900"),
          ("Message-ID", "<CAH7s0qZ3vXk9Lw2fTnB1pY6dQe4_mR8uJcA5zK0oW3xVgN7hsQ@mail.gmail.com>"),
          ("Subject", "Ukiyo x Qingyu - call notes (May 15)"), ("To", alist(to)), ("Cc", alist(cc)),
          ("X-Gm-Features", "AX0GCFtbU1q7Zk3rR0mN5pD2wY8cV4hL6jE9aS1fT0gB3uI7oP2kX5zQ8"),
          ("*", None)]
    return build(h, root)


T6912 = """各位：
上午618及端午后直播排期会的结论和分工如下（表格直接从Excel贴过来的，格式可能有点乱）：

日期	场次	主播	负责人	准备事项	截止
6/16（二）	618预热场	嘉乐	邓嘉乐	选品清单+福袋设置	明天中午12点前
6/18（四）	618正日	嘉乐、可欣	方可欣	优惠券配置和价格核对	6月17日前
6/23（二）	端午后返场	嘉乐	温婧	返场主视觉海报	节后第一个工作日
6/24（三）	新品专场	钱老师	钱墨	新品讲解要点	待定
6/26（五）	清仓专场	嘉乐	曹志远	清点瑕疵品库存并出清单	6月24日前

备注：6/19-6/21端午放假，客服照常轮班，直播暂停。
下次排期会：6月22日（周一）上午10:30"""


@case(6912, "studio-livestream-schedule-tsv-foxmail", "minutes", "B",
      "Foxmail 7.2 in plain-text mode: single text/plain GBK base64, CRLF",
      "A schedule pasted from Excel as tab-separated text: the 负责人 column owns (主播 column does not); 明天中午12点前; "
      "节后第一个工作日 after Dragon Boat = 06-22; 待定; remark line not an item; 下次排期会 label",
      items=[
          I("邓嘉乐", "选品清单+福袋设置", "2026-06-16", ("plus_days", 1), time="12:00"),
          I("方可欣", "优惠券配置和价格核对", "2026-06-17", ("abs", "2026-06-17")),
          I("温婧", "返场主视觉海报", "2026-06-22", ("after_holiday", "Dragon Boat Festival")),
          I("钱墨", "新品讲解要点", vague=True),
          I("曹志远", "清点瑕疵品库存并出清单", "2026-06-24", ("abs", "2026-06-24")),
      ],
      followup=F("2026-06-22", "10:30", ("abs", "2026-06-22", "Mon")),
      notes="Sent Mon 2026-06-15 11:30 +0800, the week of the Dragon Boat holiday (06-19..06-21, no make-up day). Tab-separated rows "
            "pasted from Excel; the 负责人 column is the owner, the 主播 (host) column is not (row 2 lists 嘉乐、可欣 as hosts but 方可欣 "
            "as 负责人). Row 1 '明天中午12点前' -> 2026-06-16 12:00. Row 2 -> 2026-06-17. Row 3 '节后第一个工作日' -> Mon 2026-06-22. "
            "Row 4 '待定' -> vague_due. Row 5 -> 2026-06-24. The dates in the 日期 column are show dates, not deadlines. The 备注 line "
            "is a standing arrangement. '下次排期会：6月22日（周一）上午10:30' -> 2026-06-22 10:30.")
def build_6912():
    frm = P("方可欣")
    to = [P(n) for n in ("邓嘉乐", "温婧", "钱墨", "曹志远", "舒晓雨")]
    cc = [P("江澄"), B_BOT]
    text = T6912 + "\n\n\n\n方可欣\n青屿瓷坊 电商运营部\n"
    root = leaf('text/plain;\n\tcharset="GBK"', T(text, "gbk", crlf=True), "base64")
    h = b_trace(E("方可欣"), "Mon, 15 Jun 2026 11:30:19 +0800 (CST)", "4gQz1Hk9Fvz2",
                "smtp-out-sg.feishu-mail.example.net", "203.0.113.41")
    h += foxmail_headers(frm, to, cc, "618及端午后直播排期会纪要", "Mon, 15 Jun 2026 11:30:16 +0800",
                         "<202606151130164918207@qingyuci.example.cn>")
    return build(h, root, crlf=True)


T6913 = """江总、曹主管：
您好！今天下午在贵司样品间的沟通内容整理如下，请查收：

一、确认事项
1. 中秋礼盒采用天地盖结构，外覆星光白特种纸，内托由EVA改为纸浆模塑。
2. 首批数量1500套，单价14.8元/套（含税含运）。

二、待办事项
刘春生（宏达包装）：
①7月8日前寄3套实物打样到景德镇；
②打样确认后10天内完成大货生产并发货。
江总（青屿）：
①确认烫金LOGO文件并发给我，周五前；
②确认内托尺寸图（钱老师出图），下周二前。
曹主管：
①提供仓库码放高度限制，方便我们定外箱规格，尽快。

三、下次沟通
7月8日样品寄到后再约时间看样。

有问题随时电话联系，谢谢！

刘春生
乐平市宏达包装制品有限公司
微信同号"""


@case(6913, "supplier-163-web-circled-subtasks", "minutes", "B",
      "163.com webmail (Coremail XT5), multipart/alternative GBK base64, personal mailbox of an outside supplier",
      "Minutes written by an outside packaging supplier, grouped by person with ①② sub-tasks (separate items); the writer's own "
      "tasks; a conditional '打样确认后10天内' (no_due); 周五前 / 下周二前; '（钱老师出图）' is support; 尽快; 下次沟通 without a date",
      items=[
          I("刘春生", "寄3套实物打样到景德镇", "2026-07-08", ("abs", "2026-07-08")),
          I("刘春生", "完成大货生产并发货"),
          I("江澄", "确认烫金LOGO文件并发给宏达包装", "2026-07-03", ("wd", "Fri")),
          I("江澄", "确认内托尺寸图", "2026-07-07", ("next_wd", "Tue")),
          I("曹志远", "提供仓库码放高度限制", vague=True),
      ],
      followup=None,
      notes="Sent Wed 2026-07-01 17:55 +0800 by 刘春生 of an outside supplier from his personal 163.com mailbox (he is in the roster "
            "as an outsider who writes, department null). ①② under one person are separate items. 刘春生 ① '7月8日前' -> 2026-07-08; "
            "② '打样确认后10天内' depends on an event with no date -> due null, no_due. 江总 = 江澄: ① '周五前' -> 2026-07-03; ② '下周二前' "
            "-> 2026-07-07 ('钱老师出图' names who draws it, but the item is listed under 江总, who owns the confirmation). 曹主管 = "
            "曹志远, '尽快' -> vague_due. 确认事项 are decisions. '7月8日样品寄到后再约时间' fixes no meeting time -> next_followup null.")
def build_6913():
    frm = ("刘春生", E("刘春生"))
    to = [P("江澄"), P("曹志远")]
    cc = [B_BOT]
    html = coremail_html(divs(T6913.split("\n")))
    root = multi('multipart/alternative; \n\tboundary="----=_Part_229381_720634419.1782899726113"', [
        leaf("text/plain; charset=GBK", T(T6913 + "\n", "gbk"), "base64"),
        leaf("text/html; charset=GBK", T(html, "gbk"), "base64")])
    h = trace(E("刘春生"), ORGS["B"]["bot"], [
        "from m16-163.example.net (m16-163.example.net [198.51.100.163])\n\tby mx.qingyuci.example.cn (Postfix) with ESMTPS id 4gV1cN3yTdz7\n"
        "\tfor <minutebot@qingyuci.example.cn>; Wed, 01 Jul 2026 17:55:29 +0800 (CST)"])
    h += [("X-Originating-IP", "[198.51.100.77]"),
          ("Date", "Wed, 1 Jul 2026 17:55:26 +0800 (CST)"),
          ("From", addr(*frm, label="GBK")), ("To", alist(to, "GBK")), ("Cc", alist(cc, "GBK")),
          ("Subject", hdr("青屿中秋礼盒包装打样沟通记录（7月1日）", "GBK")),
          ("X-Priority", "3"),
          ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)\n Copyright (c) 2002-2026 www.mailtech.cn 163com"),
          ("X-NTES-SC", "AL_Qu2cAfqZuEEs4CSaYukfmk4RhOw6X8C5vf0h2IJUP5FwmDLp0iIxcVNMGkH10/aDKQyvsQiPcTRN2+pTdqdYFLj5sF9yaFbULUmuchbhxcAOdA=="),
          ("Content-Transfer-Encoding", "7bit"),
          ("MIME-Version", "1.0"), ("Message-ID", "<7c1e4b2a.3f9d.19fc8e2a1b7.Coremail.hongda_lcs@163.com>"),
          ("X-Coremail-Locale", "zh_CN"), ("*", None)]
    return build(h, root)


T6914 = """今晚8点线上会小结：
1、钱老师明天下午3点前把秋季新品5个器型的手稿发群里
2、可欣周一前出五一活动的预算表
3、汪师傅下周三前把库存的青花杯坯烧完，腾窑位给秋季新品
下周三同一时间再碰一次。

发自我的iPhone"""


@case(6914, "studio-iphone-evening-call-summary", "minutes", "B",
      "iPhone Mail (iOS 26), single text/plain UTF-8 base64",
      "Three-line evening summary from a phone: 明天下午3点前 (time), 周一前, 下周三前; next meeting '下周三同一时间再碰一次' "
      "with the time taken from '今晚8点'",
      items=[
          I("钱墨", "把秋季新品5个器型的手稿发群里", "2026-04-24", ("plus_days", 1), time="15:00"),
          I("方可欣", "出五一活动的预算表", "2026-04-27", ("wd", "Mon")),
          I("汪德顺", "把库存的青花杯坯烧完，腾窑位给秋季新品", "2026-04-29", ("next_wd", "Wed")),
      ],
      followup=F("2026-04-29", "20:00", ("next_wd", "Wed")),
      notes="Sent Thu 2026-04-23 21:42 +0800 from an iPhone, a short summary of a call held at 8 pm. 钱老师 = 钱墨, '明天下午3点前' -> "
            "2026-04-24 15:00. 可欣 = 方可欣, '周一前' -> Mon 2026-04-27. 汪师傅 = 汪德顺, '下周三前' -> 2026-04-29. '下周三同一时间再碰一次' "
            "-> Wed 2026-04-29 at the time of this call, '今晚8点' -> 20:00. '发自我的iPhone' is the client's signature.")
def build_6914():
    frm = P("江澄")
    to = [P(n) for n in ("钱墨", "方可欣", "汪德顺")]
    cc = [B_BOT]
    root = leaf("text/plain;\n\tcharset=utf-8", T(T6914 + "\n"), "base64")
    h = b_trace(E("江澄"), "Thu, 23 Apr 2026 21:42:21 +0800 (CST)", "4g2Wm8rPLvz3")
    h += [("From", addr(*frm)), ("Mime-Version", "1.0 (1.0)"), ("Date", "Thu, 23 Apr 2026 21:42:18 +0800"),
          ("Subject", hdr("今晚线上会小结")),
          ("Message-Id", "<3E9B7C21-58D4-4A1F-9C62-0B7D5E8F1A34@qingyuci.example.cn>"),
          ("Cc", alist(cc)), ("To", alist(to)), ("X-Mailer", "iPhone Mail (23A341)"), ("*", None)]
    return build(h, root)


T6931_NEW = """可欣：

今天下午打样会的纪要直接回在这个邮件里了，方便大家对照上次的。

本次结论：
· 影青系列改用2号釉，3号釉不再试。

本次待办：
1. 叶蓁：出影青系列白底产品图（6款），本周四前
2. 汪师傅：第三窑试烧，结果出来拍照发群里，4月25日前
3. 可欣：和天猫小二确认5月大促报名截止时间，尽快
4. 钱墨（我）：月白盖碗修改稿，下周一前

上次待办进展：
· 包装盒刀版图：已完成
· 第二窑试烧：已完成，釉面有针孔，照片见群里

钱墨"""
Q6931 = """各位，今天打样会待办：
1. 钱老师：包装盒刀版图，周三前
2. 汪师傅：第二窑试烧，本周五
3. 蓁蓁：影青系列场景图拍摄方案，下周一前

可欣"""


@case(6931, "studio-apple-mail-reply-new-minutes-on-top", "minutes", "B",
      "Apple Mail (macOS), multipart/alternative UTF-8 quoted-printable, reply with '>' quote",
      "'Re:' in an old thread whose new text is this week's minutes; the '> …写道：' quote holds last week's items; 本周四前, "
      "a Saturday date, 尽快, the writer's own item '钱墨（我）'; 上次待办进展 rows are status; no next meeting",
      items=[
          I("叶蓁", "出影青系列白底产品图（6款）", "2026-04-23", ("this_wd", "Thu")),
          I("汪德顺", "第三窑试烧，结果拍照发群里", "2026-04-25", ("abs", "2026-04-25")),
          I("方可欣", "和天猫小二确认5月大促报名截止时间", vague=True),
          I("钱墨", "月白盖碗修改稿", "2026-04-27", ("next_wd", "Mon")),
      ],
      followup=None,
      notes="Sent Mon 2026-04-20 18:05 +0800 as 'Re:' to last week's list (In-Reply-To set), but the new text is this week's minutes "
            "-> kind minutes. 叶蓁 '本周四前' -> 2026-04-23. 汪师傅 = 汪德顺, '4月25日前' -> 2026-04-25 (a Saturday; kept as written). "
            "可欣 = 方可欣, '尽快' -> vague_due. '钱墨（我）' is the sender, '下周一前' -> 2026-04-27. 本次结论 is a decision; 上次待办进展 "
            "(已完成) is status. The quoted 04-13 list under '> 2026年4月13日 17:02，方可欣 <…> 写道：' is old and not extracted. No next "
            "meeting -> null.")
def build_6931():
    frm = P("钱墨")
    to = [P("方可欣")]
    cc = [P("叶蓁"), P("汪德顺"), P("江澄"), B_BOT]
    qhead = "> 2026年4月13日 17:02，方可欣 <fangkexin@qingyuci.example.cn> 写道："
    plain = T6931_NEW + "\n\n" + qhead + "\n> \n" + "\n".join(("> " + l) if l else ">" for l in Q6931.split("\n")) + "\n\n"
    hbody = "".join("<div>%s</div>" % (html_escape(l) if l.strip() else "<br>") for l in T6931_NEW.split("\n"))
    hq = ('<div><br><blockquote type="cite"><div>2026年4月13日 17:02，方可欣 &lt;fangkexin@qingyuci.example.cn&gt; 写道：</div>'
          '<br class="Apple-interchange-newline"><div><div>%s</div></div></blockquote></div>'
          % "".join("<div>%s</div>" % (html_escape(l) if l else "<br>") for l in Q6931.split("\n")))
    html = ('<html aria-label="邮件正文"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s%s</body></html>'
            % (hbody, hq))
    bnd = "Apple-Mail=_9C1E5A7B-3D2F-4B60-8E14-7A5C2D9F0B63"
    root = multi('multipart/alternative;\n\tboundary="%s"' % bnd, [
        leaf("text/plain;\n\tcharset=utf-8", T(plain), "quoted-printable"),
        leaf("text/html;\n\tcharset=utf-8", T(html), "quoted-printable")])
    h = b_trace(E("钱墨"), "Mon, 20 Apr 2026 18:05:36 +0800 (CST)", "4fzK7Qd2Xbz5")
    h += [("From", addr(*frm, mode="Q")), ("*", None),
          ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"),
          ("Subject", "Re: " + hdr("春季新品打样进度跟进", mode="Q")),
          ("Date", "Mon, 20 Apr 2026 18:05:33 +0800"),
          ("References", "<a3c5e1f2-9b7d-4c08-8d16-4e2f7a9b1c30@qingyuci.example.cn>"),
          ("To", alist(to, mode="Q")), ("Cc", alist(cc, mode="Q")),
          ("In-Reply-To", "<a3c5e1f2-9b7d-4c08-8d16-4e2f7a9b1c30@qingyuci.example.cn>"),
          ("Message-Id", "<7D2B9F14-C6A3-4E58-B0D1-93E8F5A4C2B7@qingyuci.example.cn>"),
          ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")]
    return build(h, root)


H6935 = """<div style="font-family: -apple-system, 'PingFang SC', sans-serif; font-size: 14px; color: #1f2329; line-height: 1.7;">
<h2 style="color:#3a6ea5;">青屿小报 · 2026年6月刊</h2>
<p>各位小伙伴，6月辛苦啦！这是我们的第7期小报～</p>
<h3>📊 本月数据</h3>
<ul><li>6月GMV 41.6万元，环比 +18%</li><li>端午“粽香”礼盒售出612套，退货率1.3%</li><li>店铺好评率98.7%，客服平均响应时长22秒</li></ul>
<h3>🔥 高光时刻</h3>
<p>汪师傅的第二窑“粽香”礼盒出窑成品率92%，创今年新高！嘉乐6月26日清仓专场场观破2万。</p>
<h3>👋 欢迎新同事</h3>
<p>温婧（视觉设计），6月8日入职，坐在二楼靠窗的位置，欢迎去串门。</p>
<h3>📅 7月看点</h3>
<ul><li>七夕专题页预计7月20日上线（可欣在跟）</li><li>秋季新品打样进行中，钱老师说8月初能看到第一批样品</li>
<li>7月18日（周六）团建去瑶里古镇，报名找晓雨，7月10日截止</li></ul>
<h3>☀️ 小贴士</h3>
<p>高温天窑房注意防暑，绿豆汤每天下午3点在一楼供应。</p>
<h3>🎂 本月寿星</h3>
<p>熊小军、舒晓雨，生日快乐！</p>
<p>—— 澄姐</p>
</div>"""


@case(6935, "other-studio-monthly-newsletter-by-person", "other", "B",
      "Feishu (Lark) mail, multipart/alternative UTF-8 base64, HTML with headings and emoji",
      "A monthly staff newsletter written by the founder (no list headers, not bulk): plans with names and dates "
      "('7月20日上线（可欣在跟）', '7月10日截止') but no meeting -> kind other, no items",
      notes="Sent Tue 2026-06-30 20:30 +0800 by the founder to all staff with the bot in Cc. A person wrote it (no Precedence/List-* "
            "headers, not auto), but it is a newsletter: figures, a welcome, plans ('七夕专题页预计7月20日上线（可欣在跟）', "
            "'团建…7月10日截止') and birthdays. It records no meeting and assigns nothing as action items -> kind other, no items, "
            "no next_followup.")
def build_6935():
    frm = P("江澄")
    to = [("青屿全员", "all@qingyuci.example.cn")]
    cc = [B_BOT]
    import re
    text = re.sub(r"<li>", "· ", H6935)
    text = re.sub(r"</(p|h2|h3|li)>", "\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = "\n".join(l.strip() for l in text.split("\n") if l.strip()) + "\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>%s</body></html>\n' % H6935)
    root = multi('multipart/alternative; boundary="lark-mail-bnd-90817263544536271809a0b1c2d3e4f5"', [
        leaf("text/plain; charset=UTF-8", T(text), "base64"),
        leaf("text/html; charset=UTF-8", T(html), "base64")])
    h = b_trace(E("江澄"), "Tue, 30 Jun 2026 20:30:08 +0800 (CST)", "4gTn6Lq0Zcz8")
    h += feishu_headers(frm, to, cc, "青屿小报 · 2026年6月刊", "Tue, 30 Jun 2026 20:30:05 +0800",
                        "<e2b7c940-1f5d-4a83-9b26-8d0c3e7f1a52@qingyuci.example.cn>")
    return build(h, root)


# ============================================================================================
# C  徐州仁康骨科医院 (private orthopaedic hospital, Tencent Exmail / 企业微信)
# ============================================================================================
C_BOT = ("会议纪要助手", ORGS["C"]["bot"])


def c_trace(sender, when, qid, helo="smtpbgsg1.exmail.example.net", ip="203.0.113.88"):
    return trace(sender, ORGS["C"]["bot"], [
        "from %s (%s [%s])\n\tby mx.rkgk.example.cn (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
        % (helo, helo, ip, qid, ORGS["C"]["bot"], when)])


T6915_HEAD = """各科室：
　　4月14日上午，医务科组织关节外科、麻醉科、护理部、信息科、康复科、财务科召开关节置换日间手术流程优化协调会，纪要如下：
　　一、会议议定：日间手术患者术前检查统一在门诊完成；术后24小时内的出院评估由主管医生和康复治疗师共同签字确认。
　　二、工作分工："""
R6915 = [["序号", "工作事项", "责任科室及人员", "完成时限"],
         ["1", "修订《日间手术患者准入与出院评估标准》", "主责：关节外科魏振宇\n配合：麻醉科、护理部", "4月24日前"],
         ["2", "HIS系统增加日间手术路径及出院评估表单", "主责：信息科单磊\n配合：医务科、云杉医疗", "5月15日前"],
         ["3", "制定日间手术患者术后随访流程", "主责：护理部\n配合：康复科贾老师", "4月30日前"],
         ["4", "测算日间手术收费标准及医保结算方案", "主责：财务科葛红", "下周五前"],
         ["5", "拍摄髋、膝关节术后康复宣教视频各1套", "主责：康复科（贾珺）\n配合：客服中心", "待定"]]
T6915_TAIL = """　　三、下次会议：4月28日（周二）下午3:00，行政楼三楼会议室，各责任科室汇报进展。

医务科
邵永康
2026年4月14日"""


@case(6915, "hospital-word-table-lead-support-cell", "minutes", "C",
      "Outlook 2016 zh-CN, multipart/alternative gb2312 label (GBK-only 珺 in body, GBK-labelled encoded word in To): "
      "plain base64, HTML quoted-printable with a Word table",
      "Word table pasted in Outlook with 主责：…/配合：… in one cell: 主责 person owns, unit-only 主责 -> no_owner, "
      "'康复科（贾珺）' person in brackets; 下周五前; 待定; 会议议定 not an item; 下次会议 with weekday",
      items=[
          I("魏振宇", "修订《日间手术患者准入与出院评估标准》", "2026-04-24", ("abs", "2026-04-24")),
          I("单磊", "HIS系统增加日间手术路径及出院评估表单", "2026-05-15", ("abs", "2026-05-15")),
          I(None, "制定日间手术患者术后随访流程", "2026-04-30", ("abs", "2026-04-30"), dept="护理部"),
          I("葛红", "测算日间手术收费标准及医保结算方案", "2026-04-24", ("next_wd", "Fri")),
          I("贾珺", "拍摄髋、膝关节术后康复宣教视频各1套", vague=True),
      ],
      followup=F("2026-04-28", "15:00", ("abs", "2026-04-28", "Tue")),
      notes="Sent Tue 2026-04-14 15:10 +0800. The 责任科室及人员 cell holds both '主责：' and '配合：'; the 主责 person is the owner and "
            "配合 names (麻醉科, 护理部, 云杉医疗, 康复科贾老师, 客服中心) are never owners or extra items. Row 3 '主责：护理部' names only a "
            "unit -> owner null, no_owner, department 护理部 (贾老师 is 配合 only). Row 4 '下周五前' -> 2026-04-24. Row 5 '康复科（贾珺）' -> "
            "贾珺, '待定' -> vague_due. 一、会议议定 is a decision. '下次会议：4月28日（周二）下午3:00' -> 2026-04-28 15:00. Body labelled "
            "gb2312 carries 珺 (GBK only): decode as GBK.")
def build_6915():
    frm = P("邵永康")
    to = [P(n) for n in ("魏振宇", "单磊", "董慧", "葛红", "贾珺")]
    cc = [P("孔德明"), P("彭静"), C_BOT]
    plain = T6915_HEAD + "\n" + "\n".join("\t".join(c.replace("\n", " ") for c in r) for r in R6915) + "\n" + T6915_TAIL + "\n"
    tbl = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>"]
    for r, row in enumerate(R6915):
        tbl.append("<tr>" + "".join(
            "<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>%s</td>"
            % "".join("<p class=MsoNormal>%s%s</p>" % ("<b>" if r == 0 else "", html_escape(x) + ("</b>" if r == 0 else ""))
                      for x in cell.split("\n")) for cell in row) + "</tr>")
    tbl.append("</table>")
    html = outlook_html(mso_p(T6915_HEAD.split("\n")) + "\n" + "\n".join(tbl) + "\n" + mso_p(T6915_TAIL.split("\n")), "gb2312")
    root = multi('multipart/alternative;\n\tboundary="----=_NextPart_000_0042_01DCCBE3.2F0A8B60"', [
        leaf('text/plain;\n\tcharset="gb2312"', T(plain, "gb2312", crlf=True), "base64"),
        leaf('text/html;\n\tcharset="gb2312"', T(html, "gb2312", crlf=True), "quoted-printable")],
        "This is a multipart message in MIME format.")
    h = c_trace(E("邵永康"), "Tue, 14 Apr 2026 15:10:25 +0800 (CST)", "4fvR0m6yTqz3")
    h += [("From", addr(*frm, label="gb2312")), ("To", alist(to, "gb2312")), ("Cc", alist(cc, "gb2312")),
          ("Subject", hdr("关于关节置换日间手术流程优化协调会的会议纪要", "gb2312")),
          ("Date", "Tue, 14 Apr 2026 15:10:22 +0800"),
          ("Message-ID", "<004201dccbe3$2f0a8b60$8d1fa220$@rkgk.example.cn>"),
          ("MIME-Version", "1.0"), ("*", None), ("X-Mailer", "Microsoft Outlook 16.0"),
          ("Thread-Index", "AdzL4y7mJ3qW0n6GTmyVd1Yb2P9k0Q=="), ("Content-Language", "zh-cn")]
    return build(h, root)


def exmail_headers(frm, to, cc, subject, date, msgid, label="gb18030", extra=()):
    h = [("X-QQ-mid", "bizesmtpip%st%s" % (msgid[9:25].lower(), "".join(ch for ch in date if ch.isdigit())[:12])),
         ("X-QQ-Originating-IP", "Ql3kF0l7v1mX0sWk2nA8Qx9yZc1eG4rT5uH6iJ7o0Pk="),
         ("From", addr(*frm, label=label)), ("To", alist(to, label)), ("Cc", alist(cc, label)),
         ("Subject", hdr(subject, label)), ("Mime-Version", "1.0"), ("*", None),
         ("Date", date), ("X-Priority", "3"), ("Message-ID", msgid),
         ("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x")]
    h += list(extra)
    h += [("Feedback-ID", "bizesmtp:rkgk.example.cn:qybglogicsvrgz:qybglogicsvrgz5a-0")]
    return h


def exmail_html(lines, charset):
    return ('<meta http-equiv="Content-Type" content="text/html; charset=%s">' % charset +
            "".join("<div>%s</div>" % (html_escape(l) if l.strip() else "<br>") for l in lines) +
            '<div><includetail><!--<![endif]--></includetail></div>')


T6916 = """各位护士长：
5月7日下午护士长例会纪要如下，请各病区落实。

一、通报事项
1. 4月份全院护理质控检查平均得分92.6分，关节外科、脊柱外科并列第一。
2. 劳动节假期期间全院未发生护理不良事件。

二、工作安排
1. 侯护士长：关节外科病区“5·12护士节”活动方案，本周六（调休上班）前报护理部。
2. 脊柱外科杭护士长：3个工作日内完成科室压疮高风险患者清单梳理。
3. 魏主任、侯护士长：组织关节外科术后早期下床流程培训，5月20日前完成。
4. 护理部（董慧）：5月底前完成护理人员分层培训考核。
5. 各病区：护理文书书写规范自查，尽快上报自查结果。

三、下次例会
6月4日（周四）下午4:30，行政楼三楼会议室。

护理部 董慧"""


@case(6916, "hospital-nursing-meeting-labour-day-makeup-exmail", "minutes", "C",
      "Tencent Exmail web, multipart/alternative gb18030 base64",
      "Head-nurse meeting right after Labour Day: 本周六（调休上班）前 = the 05-09 make-up Saturday; 3个工作日内 counts that "
      "Saturday; two owners of one task -> two items; '护理部（董慧）'; 各病区 -> no_owner; facts not items",
      items=[
          I("侯雪", "关节外科病区“5·12护士节”活动方案报护理部", "2026-05-09", ("this_wd", "Sat")),
          I("杭玉梅", "完成科室压疮高风险患者清单梳理", "2026-05-11", ("workdays", 3)),
          I("魏振宇", "组织关节外科术后早期下床流程培训", "2026-05-20", ("abs", "2026-05-20")),
          I("侯雪", "组织关节外科术后早期下床流程培训", "2026-05-20", ("abs", "2026-05-20")),
          I("董慧", "完成护理人员分层培训考核", "2026-05-31", ("month_end",)),
          I(None, "护理文书书写规范自查并上报自查结果", vague=True),
      ],
      followup=F("2026-06-04", "16:30", ("abs", "2026-06-04", "Thu")),
      notes="Sent Thu 2026-05-07 17:25 +0800, two days after Labour Day (05-01..05-05 off; Sat 05-09 is a make-up working day). "
            "一、通报事项 are facts. 1 侯护士长 = 侯雪, '本周六（调休上班）前' -> Sat 2026-05-09. 2 杭护士长 = 杭玉梅, '3个工作日内' from Fri "
            "05-08(1), Sat 05-09 make-up(2), Mon 05-11(3) -> 2026-05-11. 3 '魏主任、侯护士长' share one task -> two items (魏振宇, 侯雪), "
            "both 2026-05-20. 4 '护理部（董慧）' -> 董慧, '5月底前' -> 2026-05-31. 5 '各病区' is every ward, not one unit or person -> owner "
            "null, department null, [no_owner, vague_due] for '尽快'. '下次例会：6月4日（周四）下午4:30' -> 2026-06-04 16:30.")
def build_6916():
    frm = P("董慧")
    to = [P("侯雪"), P("杭玉梅")]
    cc = [P("魏振宇"), P("邵永康"), C_BOT]
    root = multi('multipart/alternative;\n\tboundary="----=_NextPart_69FC5B35_0B7C5D40_2E9A1F63"', [
        leaf('text/plain;\n\tcharset="gb18030"', T(T6916 + "\n", "gb18030"), "base64"),
        leaf('text/html;\n\tcharset="gb18030"', T(exmail_html(T6916.split("\n"), "GB18030"), "gb18030"), "base64")],
        "This is a multi-part message in MIME format.")
    h = c_trace(E("董慧"), "Thu, 07 May 2026 17:25:44 +0800 (CST)", "4g0Tq9bVx1z5")
    h += exmail_headers(frm, to, cc, "护理部5月护士长例会纪要", "Thu, 7 May 2026 17:25:41 +0800",
                        "<tencent_4B7E2A91C05D3F68E1A9B2C7@qq.com>")
    return build(h, root)


T6917 = """单科长、邵科长好：
今天上午协调会的钉钉闪记纪要如下，待办事项请各位确认。

钉钉闪记 · AI纪要
会议主题：日间手术模块上线协调会
会议时间：2026-06-22 08:30 – 09:20
参与人：单磊、郝宇航、邵永康、马骁、任涛

会议摘要
双方确认日间手术模块于7月1日正式上线，6月29日前完成全院操作培训。会上梳理了路径配置、测试数据、出院评估表单和应急回退四项准备工作，任涛提出上线当天需要医院信息科全程值守。

关键决策
1. 上线当天云杉医疗派2名工程师驻场。
2. 出院评估表单沿用医务科4月版本，不再新增字段。

待办事项
1. 【马骁】完成日间手术路径配置及测试环境部署　截止：6月24日
2. 【郝宇航】导出近3个月关节置换病例数据用于测试　截止：明天
3. 【邵永康】确认出院评估表单打印样式终版　截止：本周五
4. 【任涛】提交上线应急回退方案　截止：6月26日
5. 【单磊】组织全院日间手术模块操作培训　截止：6月29日

AI建议
· 建议上线前安排一次全流程模拟演练。
· 建议明确上线首周问题反馈渠道。

下次会议：6月29日上午9:00（培训后线上复盘）

本纪要由钉钉闪记AI生成，仅供参考

马骁
南京云杉医疗信息技术有限公司 实施部"""


@case(6917, "vendor-dingtalk-ai-minutes-html-only", "minutes", "C",
      "DingTalk mail (Alimail) of an outside software vendor, single text/html UTF-8 base64 (no plain part)",
      "钉钉闪记 AI minutes sent by the vendor on the first working day after Dragon Boat: only 待办事项 count (摘要, 关键决策, "
      "AI建议 do not); 【name】 owners incl. the writer and a Cc'd colleague outside the roster; 明天 / 本周五; 下次会议 label",
      items=[
          I("马骁", "完成日间手术路径配置及测试环境部署", "2026-06-24", ("abs", "2026-06-24")),
          I("郝宇航", "导出近3个月关节置换病例数据用于测试", "2026-06-23", ("plus_days", 1)),
          I("邵永康", "确认出院评估表单打印样式终版", "2026-06-26", ("this_wd", "Fri")),
          I("任涛", "提交上线应急回退方案", "2026-06-26", ("abs", "2026-06-26"), email_="rentao@yunshan-his.example.cn"),
          I("单磊", "组织全院日间手术模块操作培训", "2026-06-29", ("abs", "2026-06-29")),
      ],
      followup=F("2026-06-29", "09:00", ("abs", "2026-06-29")),
      notes="Sent Mon 2026-06-22 09:40 +0800 (first working day after Dragon Boat 06-19..06-21) by the vendor's engineer 马骁 (roster "
            "outsider) right after the meeting. DingTalk 闪记 AI minutes: 会议摘要 ('6月29日前完成全院操作培训'), 关键决策 and AI建议 are not "
            "items; only 待办事项. 1 the writer 马骁, 2026-06-24. 2 郝宇航 '明天' -> 2026-06-23. 3 邵永康 '本周五' -> 2026-06-26. 4 任涛 is "
            "the vendor's project manager, in Cc only (not in the roster: address from Cc, department null), 2026-06-26. 5 单磊 "
            "2026-06-29. '下次会议：6月29日上午9:00（培训后线上复盘）' -> 2026-06-29 09:00. HTML-only message.")
def build_6917():
    frm = ("马骁", E("马骁"))
    to = [P("单磊"), P("郝宇航"), P("邵永康")]
    cc = [("任涛", "rentao@yunshan-his.example.cn"), C_BOT]
    inner = "".join('<div style="clear:both;">%s</div>' % (html_escape(l) if l.strip() else "<br>") for l in T6917.split("\n"))
    html = ('<div class="__aliyun_email_body_block"><div style="line-height:1.7;font-family:Tahoma,Arial,STHeiti,SimSun;'
            'font-size:14.0px;color:#000000;">%s</div></div>\n' % inner)
    root = leaf("text/html; charset=UTF-8", T(html), "base64")
    h = trace(E("马骁"), ORGS["C"]["bot"], [
        "from out198-51.us.a.mail.aliyun.example.net (out198-51.us.a.mail.aliyun.example.net [198.51.100.51])\n"
        "\tby mx.rkgk.example.cn (Postfix) with ESMTPS id 4gQ8r2Kx0Pz6\n\tfor <minutebot@rkgk.example.cn>; Mon, 22 Jun 2026 09:40:17 +0800 (CST)"])
    h += [("X-Alimail-AntiSpam", "AC=CONTINUE;BC=0.07436259|-1;CH=green;DM=|CONTINUE|false|;DS=CONTINUE|ham_regular_dialog|0.0184;"
                                 "FP=0|0|0|0|0|-1|-1|-1;HT=maildocker-contentspam033037120170;MF=maxiao@yunshan-his.example.cn;NM=1;PH=DW;"
                                 "RN=5;SR=0;TI=W4_0.2.3_v5ForWebDing_211F6E7B_1782092414213_o7001c211;"),
          ("Date", "Mon, 22 Jun 2026 09:40:14 +0800"), ("From", addr(*frm)), ("To", alist(to)), ("Cc", alist(cc)),
          ("Message-ID", "<93f1b2c4-5d6e-4f70-8a91-b2c3d4e5f607.maxiao@yunshan-his.example.cn>"),
          ("Subject", hdr("【钉钉闪记】仁康骨科日间手术模块上线协调会纪要")),
          ("X-Mailer", "[Alimail-Mailagent revision 1147][W4_0.2.3][v5ForWebDing][Chrome]"),
          ("MIME-Version", "1.0"), ("*", None)]
    return build(h, root)


P6918_LINES = [
    ("title", "徐州仁康骨科医院院周会纪要"),
    ("p", "时间：2026年7月6日（周一）8:00-9:10　地点：行政楼三楼会议室"),
    ("p", "主持：孔德明　记录：祁晓东"),
    ("p", "出席：各临床科室主任、护士长，各职能科室负责人"),
    ("h", "一、上周工作回顾"),
    ("p", "1. 6月份完成手术632台，其中关节置换148台，日间手术37台。"),
    ("p", "2. 日间手术模块已于7月1日正式上线运行（已完成）。"),
    ("p", "3. 二季度院感督查发现问题的整改已全部完成。"),
    ("h", "二、本周工作部署"),
    ("p", "1. 医务科邵永康：7月10日前完成二季度病历质控通报。"),
    ("p", "2. 设备科屠建军：7月9日（周四）前完成C型臂X光机年度状态检测。"),
    ("p", "3. 药剂科闫丽：下周一前上报骨科围手术期用药专项点评结果。"),
    ("p", "4. 客服中心殷悦：本月底前完成二季度出院患者满意度回访，并形成分析报告报院办。"),
    ("p", "5. 院办：迎接市卫健委民营医院校验的材料准备，具体时间另行通知。"),
    ("h", "三、院长强调"),
    ("p", "全院要严格落实首诊负责制和手术分级管理制度，杜绝越级手术；高温期间做好病区防暑降温和用电安全。"),
    ("h", "四、下次院周会"),
    ("p", "7月13日（周一）上午8:00，行政楼三楼会议室。"),
    ("p", "院办　2026年7月6日"),
]


def make_pdf(lines, title, author):
    """A PDF with Chinese text (reportlab CID font STSong-Light, invariant=1 so bytes are fixed)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    w, hgt = A4
    y = hgt - 72
    for kind, text in lines:
        size = 16 if kind == "title" else 12
        c.setFont("STSong-Light", size)
        per_line = int((w - 144) // size)
        chunks = [text[i:i + per_line] for i in range(0, len(text), per_line)] or [""]
        if kind == "title":
            c.drawCentredString(w / 2, y, text)
            y -= 30
            continue
        if kind == "h":
            y -= 6
        for ch in chunks:
            c.drawString(72, y, ch)
            y -= size + 8
    c.showPage()
    c.save()
    return buf.getvalue()


def pdf_text(data):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)


@case(6918, "hospital-weekly-meeting-pdf-foxmail", "minutes", "C",
      "Foxmail 7.2, multipart/mixed: alternative (GBK plain base64 + HTML QP) + a PDF (reportlab, CID font) attachment",
      "院周会纪要 only in a PDF attachment with a one-line body; 上周工作回顾 (reports, 已完成) not items; 7月9日（周四）前; 下周一前; "
      "本月底前; unit-only 院办 with 另行通知 (vague); standing rules; 下次院周会",
      items=[
          I("邵永康", "完成二季度病历质控通报", "2026-07-10", ("abs", "2026-07-10")),
          I("屠建军", "完成C型臂X光机年度状态检测", "2026-07-09", ("abs", "2026-07-09", "Thu")),
          I("闫丽", "上报骨科围手术期用药专项点评结果", "2026-07-13", ("next_wd", "Mon")),
          I("殷悦", "完成二季度出院患者满意度回访并形成分析报告报院办", "2026-07-31", ("month_end",)),
          I(None, "迎接市卫健委民营医院校验的材料准备", vague=True, dept="院办"),
      ],
      followup=F("2026-07-13", "08:00", ("abs", "2026-07-13", "Mon")),
      notes="Sent Mon 2026-07-06 14:20 +0800. The body only points to the PDF; the gold is what a reader of the PDF records. 一、上周工作回顾 "
            "reports figures and done work -> not items. 二、本周工作部署: 1 邵永康 2026-07-10; 2 屠建军 '7月9日（周四）前' -> 2026-07-09; 3 闫丽 "
            "'下周一前' -> 2026-07-13; 4 殷悦 '本月底前' -> 2026-07-31; 5 only the unit 院办 and '具体时间另行通知' -> owner null, department 院办, "
            "[no_owner, vague_due]. 三、院长强调 is a standing rule. '下次院周会：7月13日（周一）上午8:00' -> 2026-07-13 08:00. The PDF "
            "uses the non-embedded Adobe CID font STSong-Light; its text extracts with pypdf. Long lines are wrapped by the layout.")
def build_6918():
    frm = P("祁晓东")
    to = [P(n) for n in ("邵永康", "屠建军", "闫丽", "殷悦", "彭静")]
    cc = [P("孔德明"), C_BOT]
    pdf = make_pdf(P6918_LINES, "院周会纪要（2026年7月6日）", "祁晓东")
    body = "各位主任、科长：\n本周院周会纪要见附件PDF，请查阅并按时落实。"
    alt = foxmail_parts(body, "GBK", "院办 祁晓东", (), boundary="----=_001_NextPart746352810415_=----")
    fn = "院周会纪要（2026年7月6日）.pdf"
    att = leaf("application/octet-stream;\n\t" + rfc2231("name", fn), pdf, "base64",
               extra=[("Content-Disposition", "attachment;\n\t" + rfc2231("filename", fn))])
    root = multi('multipart/mixed;\n\tboundary="----=_001_NextPart301957624890_=----"', [alt, att],
                 "This is a multi-part message in MIME format.")
    h = c_trace(E("祁晓东"), "Mon, 06 Jul 2026 14:20:52 +0800 (CST)", "4gZ3tQw7Rkz2")
    h += foxmail_headers(frm, to, cc, "院周会纪要（7月6日）", "Mon, 6 Jul 2026 14:20:49 +0800",
                         "<202607061420495237104@rkgk.example.cn>",
                         extra=[("X-Has-Attach", "yes")])
    h = [x for x in h if x != ("X-Has-Attach", "no")]
    return build(h, root)


T6919_HEAD = """沈经理、魏主任：
　　今天下午与博骨医疗关于BK-3膝关节假体供货周期的沟通，按外部沟通跟进表记录如下，请确认。"""
R6919 = [["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型", "核心需求/反馈", "解决方案/进展", "下次沟通时间", "负责人"],
         ["EC-20260527", "2026-05-27", "江苏博骨医疗器械/沈磊经理", "设备科/屠建军", "供应商交期协调",
          "6月起BK-3膝关节假体供货周期由7天延长至15天，影响6月已排期手术约20台",
          "①与关节外科确认6月手术排期能否调整（5月29日前）\n②博骨沈磊经理提供备选型号清单及报价（6月2日前）\n③若6月排期无法调整，启动备选品牌临时采购审批",
          "2026-06-03 14:30", "屠建军"]]
T6919_TAIL = """备注：BK-3延期原因为原厂产能调整，博骨承诺7月起恢复7天供货周期。

设备科 屠建军
分机：6203"""


@case(6919, "hospital-external-followup-table-supplier", "minutes", "C",
      "Outlook 2016 zh-CN, multipart/alternative gb2312: plain base64, HTML quoted-printable with a one-row table",
      "Seed 外部沟通跟进表 (supplier row) as an HTML table: the row's 负责人 owns ①, the supplier's named contact owns ②, "
      "③ is conditional (no_due); 下次沟通时间 column with a time -> next_followup; 备注 not an item",
      items=[
          I("屠建军", "与关节外科确认6月手术排期能否调整", "2026-05-29", ("abs", "2026-05-29")),
          I("沈磊", "提供备选型号清单及报价", "2026-06-02", ("abs", "2026-06-02"), email_="shenlei@bogu-med.example.cn"),
          I("屠建军", "启动备选品牌临时采购审批"),
      ],
      followup=F("2026-06-03", "14:30", ("abs", "2026-06-03")),
      notes="Sent Wed 2026-05-27 16:40 +0800. Seed 外部沟通跟进表 with one supplier row. ① names no person -> the row's 负责人 屠建军, "
            "'（5月29日前）' -> 2026-05-29. ② '博骨沈磊经理' is the supplier's contact, in To as 沈磊 (not in the roster: address from To, "
            "department null), '（6月2日前）' -> 2026-06-02. ③ is conditional ('若…无法调整') with no date -> 屠建军 (row 负责人), no_due. "
            "核心需求/反馈 and 备注 are facts. 下次沟通时间 '2026-06-03 14:30' -> next_followup 2026-06-03 14:30.")
def build_6919():
    frm = P("屠建军")
    to = [("沈磊", "shenlei@bogu-med.example.cn"), P("魏振宇")]
    cc = [P("邵永康"), P("葛红"), C_BOT]
    plain = (T6919_HEAD + "\n\n" + "\n".join("\t".join(c.replace("\n", " ") for c in r) for r in R6919) + "\n\n" + T6919_TAIL + "\n")
    tbl = table_html(R6919, "class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'")
    html = outlook_html(mso_p(T6919_HEAD.split("\n")) + "\n" + tbl + "\n" + mso_p([""] + T6919_TAIL.split("\n")), "gb2312")
    root = multi('multipart/alternative;\n\tboundary="----=_NextPart_000_0057_01DCEDA4.6B9E3F10"', [
        leaf('text/plain;\n\tcharset="gb2312"', T(plain, "gb2312", crlf=True), "base64"),
        leaf('text/html;\n\tcharset="gb2312"', T(html, "gb2312", crlf=True), "quoted-printable")],
        "This is a multipart message in MIME format.")
    h = c_trace(E("屠建军"), "Wed, 27 May 2026 16:40:21 +0800 (CST)", "4gKc8Nn1Wtz9")
    h += [("From", addr(*frm, label="gb2312")), ("To", alist(to, "gb2312")), ("Cc", alist(cc, "gb2312")),
          ("Subject", hdr("外部沟通跟进表-博骨医疗（EC-20260527）", "gb2312")),
          ("Date", "Wed, 27 May 2026 16:40:18 +0800"),
          ("Message-ID", "<005701dceda4$6b9e3f10$42dabd30$@rkgk.example.cn>"),
          ("MIME-Version", "1.0"), ("*", None), ("X-Mailer", "Microsoft Outlook 16.0"),
          ("Thread-Index", "AdztpGsQx0k7pW8qR5uTz2v3N1mH6A=="), ("Content-Language", "zh-cn")]
    return build(h, root)


T6920 = """各位，本周例会纪要如下：

【上周待办回顾】
1. 机房UPS电池更换 —— 已完成（7/14）
2. 门诊自助机打印故障 —— 已完成
3. 日间手术模块上线 —— 已于7/1上线，遗留2个问题见本周待办第1条

【本周待办】
1. 日间手术出院评估表单打印格式错位问题，郝宇航负责，
   下周二前修复并发布
2. PACS与HIS影像调阅接口联调（需与云杉、影像设备厂家三方对接），
   单科长牵头，7月24日前完成
3. 等保2.0测评整改项第二批（共14项），郝宇航、单科长分工完成，
   月底前完成
4. 全院电脑终端杀毒软件升级，外包运维公司负责，时间待定

【其他】
- 下周三（7/22）晚22:00-24:00 HIS系统停机升级，已发全院通知，请各位 
当晚保持电话畅通。

下次例会：7月24日（周五）下午4点

-- 
郝宇航
信息科 | 分机 8023
"""


@case(6920, "hospital-it-weekly-thunderbird-wrapped-lines", "minutes", "C",
      "Thunderbird 140, single text/plain UTF-8 format=flowed 8bit (one soft line break, hard-wrapped items)",
      "Items wrapped over two lines (owner on the first line, deadline on the indented second line); 上周待办回顾 (已完成) skipped; "
      "two owners of one task; outsourced unit -> no_owner; a dated downtime notice that is not a task; '-- ' signature",
      items=[
          I("郝宇航", "修复日间手术出院评估表单打印格式错位问题并发布", "2026-07-21", ("next_wd", "Tue")),
          I("单磊", "PACS与HIS影像调阅接口联调", "2026-07-24", ("abs", "2026-07-24")),
          I("郝宇航", "等保2.0测评整改项第二批（共14项）", "2026-07-31", ("month_end",)),
          I("单磊", "等保2.0测评整改项第二批（共14项）", "2026-07-31", ("month_end",)),
          I(None, "全院电脑终端杀毒软件升级", vague=True),
      ],
      followup=F("2026-07-24", "16:00", ("abs", "2026-07-24", "Fri")),
      notes="Sent Fri 2026-07-17 17:48 +0800 from Thunderbird (format=flowed). Each 本周待办 item is hard-wrapped: the owner is on the "
            "first line and the deadline on the indented next line, and both lines belong to one item. 1 郝宇航, '下周二前' -> 2026-07-21. "
            "2 '单科长牵头' = 单磊, 2026-07-24 ('需与云杉、影像设备厂家三方对接' names support, not owners). 3 '郝宇航、单科长分工完成' -> the "
            "same task for two owners -> two items, '月底前' -> 2026-07-31. 4 '外包运维公司负责' is an outside company, not a person or one "
            "of our departments -> owner null, department null, [no_owner, vague_due] for '时间待定'. 上周待办回顾 rows are done/status. "
            "【其他】 '下周三（7/22）晚…停机升级' is a notice with a soft (flowed) line break, not a task. '下次例会：7月24日（周五）下午4点' -> "
            "2026-07-24 16:00. The '-- ' signature is not content.")
def build_6920():
    frm = P("郝宇航")
    to = [P("单磊")]
    cc = [P("邵永康"), C_BOT]
    root = leaf("text/plain; charset=UTF-8; format=flowed", T(T6920), "8bit")
    h = c_trace(E("郝宇航"), "Fri, 17 Jul 2026 17:48:09 +0800 (CST)", "4gdJ5vX2sQz4")
    h += [("Message-ID", "<5b7e1c2a-93d4-4f0e-b8a6-2c1d7e9f4a30@rkgk.example.cn>"),
          ("Date", "Fri, 17 Jul 2026 17:48:06 +0800"), ("MIME-Version", "1.0"),
          ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "zh-CN"),
          ("To", alist(to)), ("Cc", alist(cc)), ("From", addr(*frm)),
          ("Subject", hdr("信息科周例会纪要 2026-07-17")), ("*", None)]
    return build(h, root)


T6921_PRE = """各位：
转发医务科的纪要，请相关科室按纪要落实，院长特别强调第3条务必按时完成。殷主任，第4条的宣传方案请先报院办审核后再发布。

彭静"""
Q6921_HDR = [("发件人", '"邵永康"<shaoyongkang@rkgk.example.cn>;'),
             ("发送时间", "2026年6月1日(星期一) 下午5:32"),
             ("收件人", '"彭静"<pengjing@rkgk.example.cn>;"蔡明远"<caimingyuan@rkgk.example.cn>;"屠建军"<tujianjun@rkgk.example.cn>;"祁晓东"<qixiaodong@rkgk.example.cn>;"殷悦"<yinyue@rkgk.example.cn>;'),
             ("主题", "运动医学科筹建工作推进会纪要")]
T6921_FWD = """运动医学科筹建工作推进会纪要
时间：6月1日下午3:00　地点：行政楼第二会议室
主持：孔院长
一、筹建进度
关节镜设备已完成招标，预计6月20日前到货；诊室改造已完成70%。
二、待办事项
1. 设备科屠科长：关节镜设备到货后3个工作日内完成安装调试及验收。
2. 院办祁晓东：6月12日前完成运动医学科医师招聘面试安排。
3. 医务科（邵永康）：6月15日前完成运动医学科诊疗科目增项申报材料。
4. 客服中心殷主任：6月18日前拿出运动医学门诊开诊宣传方案。
5. 脊柱外科蔡主任：推荐2名医生轮转运动医学科，下周一前报医务科。
三、下次推进会
6月15日（周一）下午3:00。

医务科 邵永康"""


@case(6921, "hospital-forwarded-minutes-with-preface-exmail", "minutes", "C",
      "Tencent Exmail web forward ('转发：'), multipart/alternative UTF-8 base64, QQ-style '原始邮件' header block",
      "Forwarded minutes with a preface that stresses items and asks for a review step (not items); the minutes sit below the "
      "'------------------ 原始邮件 ------------------' block and must not be cut as a quote; conditional '到货后3个工作日内' (no_due); "
      "下周一前 resolved from the forward's Date",
      items=[
          I("屠建军", "完成关节镜设备安装调试及验收"),
          I("祁晓东", "完成运动医学科医师招聘面试安排", "2026-06-12", ("abs", "2026-06-12")),
          I("邵永康", "完成运动医学科诊疗科目增项申报材料", "2026-06-15", ("abs", "2026-06-15")),
          I("殷悦", "拿出运动医学门诊开诊宣传方案", "2026-06-18", ("abs", "2026-06-18")),
          I("蔡明远", "推荐2名医生轮转运动医学科并报医务科", "2026-06-08", ("next_wd", "Mon")),
      ],
      followup=F("2026-06-15", "15:00", ("abs", "2026-06-15", "Mon")),
      notes="Forward sent Tue 2026-06-02 10:15 +0800 by 院办 of minutes written on Mon 06-01. The preface (院长强调第3条; 殷主任 the plan "
            "goes to 院办 for review first) adds no item. The forwarded minutes are the content even though they sit below a QQ-style "
            "'原始邮件' header. 1 屠科长 = 屠建军; '到货后3个工作日内' counts from an arrival with no fixed date ('预计6月20日前到货' is an "
            "estimate) -> due null, no_due. 2 祁晓东 2026-06-12. 3 '医务科（邵永康）' -> 邵永康, 2026-06-15. 4 殷主任 = 殷悦, 2026-06-18. "
            "5 蔡主任 = 蔡明远, '下周一前' -> 2026-06-08 (the same from the original 06-01 and from the forward's Date 06-02). "
            "'下次推进会：6月15日（周一）下午3:00' -> 2026-06-15 15:00.")
def build_6921():
    frm = P("彭静")
    to = [P(n) for n in ("屠建军", "祁晓东", "邵永康", "殷悦", "蔡明远")]
    cc = [P("孔德明"), C_BOT]
    qh = "\n".join("%s: %s" % kv for kv in Q6921_HDR)
    plain = T6921_PRE + "\n\n\n------------------ 原始邮件 ------------------\n" + qh + "\n\n" + T6921_FWD + "\n"
    hq = "".join("<div><b>%s:</b> %s</div>" % (k, html_escape(v)) for k, v in Q6921_HDR)
    html = ('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">' +
            "".join("<div>%s</div>" % (html_escape(l) if l.strip() else "<br>") for l in T6921_PRE.split("\n")) +
            '<div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
            '------------------&nbsp;原始邮件&nbsp;------------------</div>'
            '<div style="font-size: 12px;background:#efefef;padding:8px;">%s</div><div><br></div>' % hq +
            "".join("<div>%s</div>" % (html_escape(l) if l.strip() else "<br>") for l in T6921_FWD.split("\n")))
    root = multi('multipart/alternative;\n\tboundary="----=_NextPart_6A3E8F12_0C5D7B40_5E1A9F63"', [
        leaf('text/plain;\n\tcharset="utf-8"', T(plain), "base64"),
        leaf('text/html;\n\tcharset="utf-8"', T(html), "base64")],
        "This is a multi-part message in MIME format.")
    h = c_trace(E("彭静"), "Tue, 02 Jun 2026 10:15:32 +0800 (CST)", "4gB0pLs4Y9z1")
    h += exmail_headers(frm, to, cc, "转发：运动医学科筹建工作推进会纪要", "Tue, 2 Jun 2026 10:15:29 +0800",
                        "<tencent_9D3F1B7A26C4E085F2B3A6D1@qq.com>", label="utf-8")
    return build(h, root)


T6922 = """各位：
今天复盘会的腾讯会议智能纪要转发如下，待办我补充了截止时间，以此为准。

腾讯会议 · 智能纪要
会议主题：患者投诉处理流程复盘会
会议时间：2026/06/10 16:00-17:02
参会人：殷悦、邵永康、董慧、侯雪、葛红

全文摘要
本次会议复盘了5月份3起患者投诉的处理过程。与会人员认为首诉响应不及时、费用解释口径不统一是主要问题，建议一周内完成流程修订，并对护士站接诉话术进行培训。

章节速览
00:00:35 5月投诉案例回顾：殷悦介绍了3起投诉的经过，其中1起涉及住院费用清单争议。
00:18:20 费用争议处理：葛红说明退费审批需经科室、财务科、分管院长三级审批，平均耗时5个工作日。
00:41:05 话术与培训：侯雪提出护士站接诉时常见的3类问题，建议统一话术。

待办事项
· 殷悦：修订《患者投诉处理流程》，明确首诉负责制（6月17日前）
· 葛红：梳理住院费用清单争议的退费审批时限（下周三前）
· 侯雪：护士站接诉话术培训（本月底前）
· 邵永康：明确投诉涉及医疗纠纷时的转介标准（尽快）

智能纪要由AI生成，可能不准确，请谨慎甄别后使用

殷悦
客服中心"""


@case(6922, "hospital-tencent-meeting-ai-minutes-wecom", "minutes", "C",
      "企业微信 (WeCom) mail, multipart/alternative UTF-8 quoted-printable",
      "腾讯会议 智能纪要 pasted by the organiser: 全文摘要 and 章节速览 (with '一周内', '5个工作日') are not items, only 待办事项; "
      "bracketed deadlines 6月17日前 / 下周三前 / 本月底前 / 尽快; no next meeting",
      items=[
          I("殷悦", "修订《患者投诉处理流程》，明确首诉负责制", "2026-06-17", ("abs", "2026-06-17")),
          I("葛红", "梳理住院费用清单争议的退费审批时限", "2026-06-17", ("next_wd", "Wed")),
          I("侯雪", "护士站接诉话术培训", "2026-06-30", ("month_end",)),
          I("邵永康", "明确投诉涉及医疗纠纷时的转介标准", vague=True),
      ],
      followup=None,
      notes="Sent Wed 2026-06-10 19:05 +0800 from 企业微信 mail. Tencent Meeting AI minutes pasted by the organiser, who added the "
            "deadlines. 全文摘要 ('建议一周内完成流程修订') and 章节速览 ('平均耗时5个工作日') are summaries, not items. 待办事项: 殷悦 "
            "2026-06-17; 葛红 '下周三前' -> 2026-06-17 (sent on a Wednesday, so next week's); 侯雪 '本月底前' -> 2026-06-30; 邵永康 '尽快' -> "
            "vague_due. No next meeting -> null.")
def build_6922():
    frm = P("殷悦")
    to = [P(n) for n in ("邵永康", "董慧", "侯雪", "葛红")]
    cc = [P("彭静"), C_BOT]
    html = ('<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><div style="font-size:14px;font-family:'
            '\'PingFang SC\',\'Microsoft YaHei\';">' +
            "".join("<div>%s</div>" % (html_escape(l) if l.strip() else "<br>") for l in T6922.split("\n")) + "</div>")
    root = multi('multipart/alternative;\n\tboundary="----=_NextPart_6A4CE1B5_1D8F2A60_4B7E3C91"', [
        leaf('text/plain;\n\tcharset="utf-8"', T(T6922 + "\n"), "quoted-printable"),
        leaf('text/html;\n\tcharset="utf-8"', T(html), "quoted-printable")],
        "This is a multi-part message in MIME format.")
    h = c_trace(E("殷悦"), "Wed, 10 Jun 2026 19:05:27 +0800 (CST)", "4gJ2kWc8Tfz7")
    h += exmail_headers(frm, to, cc, "腾讯会议智能纪要｜患者投诉处理流程复盘会", "Wed, 10 Jun 2026 19:05:24 +0800",
                        "<tencent_E71B2C94A3D05F68C1B9D2A4@qq.com>", label="utf-8",
                        extra=[("X-WXWork-Mail", "1")])
    h = [(k, "WXWork Mail" if k in ("X-Mailer", "X-QQ-Mailer") else v) for k, v in h]
    return build(h, root)


T6934_NEW = """晓东：
15号下午我有两台关节置换，来不了；16号上午可以。
另外建议会上把日间手术上线后的运行数据也过一下，我让科里准备。

魏振宇"""
T6934_Q = """各位主任、科长：
院里拟召开2026年下半年医疗质量与安全工作会议，备选时间如下：
1. 7月15日（周三）下午3:00
2. 7月16日（周四）上午9:00
请于7月8日前回复可参会的时间，院办根据多数意见确定后另行通知。

院办 祁晓东"""


@case(6934, "other-hospital-meeting-time-poll-reply", "other", "C",
      "企业微信 (WeCom) mail reply ('回复：'), multipart/alternative UTF-8 base64, QQ-style quote",
      "A doctor's reply to a meeting-time poll (two candidate dates, '7月8日前回复') in a thread the bot was Cc'd on: "
      "discussion about when to meet, not minutes and not a reply to a recap -> kind other",
      notes="Sent Thu 2026-07-02 12:05 +0800. 院办 asked on 07-01 which of two times suits for a meeting and the bot was in Cc; "
            "this is 魏主任's answer ('16号上午可以'). It discusses a future meeting (no minutes, no decided time) and answers a "
            "person, not a recap of the bot -> kind other, no items, no next_followup. The quoted poll's dates (7月15日, 7月16日, "
            "7月8日前) are not deadlines or a follow-up.")
def build_6934():
    frm = P("魏振宇")
    to = [P("祁晓东")]
    cc = [P("邵永康"), C_BOT]
    qh = ('发件人: "祁晓东"<qixiaodong@rkgk.example.cn>;\n发送时间: 2026年7月1日(星期三) 上午10:20\n'
          '收件人: "魏振宇"<weizhenyu@rkgk.example.cn>;"蔡明远"<caimingyuan@rkgk.example.cn>;"邵永康"<shaoyongkang@rkgk.example.cn>;\n'
          '抄送: "会议纪要助手"<minutebot@rkgk.example.cn>;\n主题: 关于召开2026年下半年医疗质量与安全工作会议的时间征询')
    plain = T6934_NEW + "\n\n\n------------------ 原始邮件 ------------------\n" + qh + "\n\n" + T6934_Q + "\n"
    html = ('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">' +
            "".join("<div>%s</div>" % (html_escape(l) if l.strip() else "<br>") for l in T6934_NEW.split("\n")) +
            '<div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
            '------------------&nbsp;原始邮件&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;padding:8px;">' +
            "".join("<div>%s</div>" % html_escape(l) for l in qh.split("\n")) + "</div><div><br></div>" +
            "".join("<div>%s</div>" % (html_escape(l) if l.strip() else "<br>") for l in T6934_Q.split("\n")))
    root = multi('multipart/alternative;\n\tboundary="----=_NextPart_6A85E3F0_2B9C7D14_6F3A8E27"', [
        leaf('text/plain;\n\tcharset="utf-8"', T(plain), "base64"),
        leaf('text/html;\n\tcharset="utf-8"', T(html), "base64")],
        "This is a multi-part message in MIME format.")
    h = c_trace(E("魏振宇"), "Thu, 02 Jul 2026 12:05:39 +0800 (CST)", "4gW9sBz3Hmz2")
    h += exmail_headers(frm, to, cc, "回复：关于召开2026年下半年医疗质量与安全工作会议的时间征询", "Thu, 2 Jul 2026 12:05:36 +0800",
                        "<tencent_2C8A5E1F7B3D94A06E5C1B8F@qq.com>", label="utf-8",
                        extra=[("In-Reply-To", "<tencent_61F0A3C9D2B84E75A1C3F9B2@qq.com>"),
                               ("References", "<tencent_61F0A3C9D2B84E75A1C3F9B2@qq.com>"), ("X-WXWork-Mail", "1")])
    h = [(k, "WXWork Mail" if k in ("X-Mailer", "X-QQ-Mailer") else v) for k, v in h]
    return build(h, root)


H6937 = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>腾讯会议</title></head>
<body style="margin:0;padding:0;background:#f5f6f7;">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f5f6f7;"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'PingFang SC','Microsoft YaHei',sans-serif;font-size:14px;color:#1d2129;">
<tr><td style="padding:24px 32px;"><img src="https://meeting.tencent.example.com/static/mail/logo.png" alt="腾讯会议" width="120"></td></tr>
<tr><td style="padding:0 32px;">您好，</td></tr>
<tr><td style="padding:8px 32px;">您参加的会议「骨科耗材集采落地协调会」（2026/07/16 15:00-16:10）的智能纪要已生成。</td></tr>
<tr><td style="padding:16px 32px 4px;font-weight:bold;">待办事项（3）</td></tr>
<tr><td style="padding:2px 32px;">· 屠建军：7月20日前完成集采中选产品院内目录调整</td></tr>
<tr><td style="padding:2px 32px;">· 葛红：7月24日前完成新价格HIS维护</td></tr>
<tr><td style="padding:2px 32px;">· 魏振宇：下周一前组织科室集采政策培训</td></tr>
<tr><td style="padding:20px 32px;"><a href="https://meeting.tencent.example.com/ai-minutes/8f3c2a7e91" style="background:#0066ff;color:#fff;padding:8px 20px;border-radius:4px;text-decoration:none;">查看完整智能纪要</a></td></tr>
<tr><td style="padding:16px 32px 24px;font-size:12px;color:#86909c;">此邮件由系统自动发送，请勿直接回复。如不希望接收此类邮件，可在 腾讯会议-设置-通知 中关闭。</td></tr>
</table></td></tr></table></body></html>
"""


@case(6937, "auto-tencent-meeting-ai-minutes-notification", "auto", "C",
      "Tencent Meeting system notification, single text/html UTF-8 base64, Auto-Submitted: auto-generated, noreply sender",
      "The meeting service's own 'AI minutes are ready' mail (the bot was an invitee): it lists 待办 with names and dates, but "
      "no person wrote it -> kind auto, no items (contrast with 6922, where a person pasted such minutes)",
      notes="Sent Thu 2026-07-16 17:45 +0800 by the Tencent Meeting service from a noreply address to every invitee, the bot "
            "included. It previews three 待办 with names and dates, but no person wrote or sent it: Auto-Submitted: auto-generated, "
            "X-Auto-Response-Suppress, a noreply From, and '此邮件由系统自动发送，请勿直接回复'. kind auto, no items; the bot must not "
            "answer it. (When a person pastes AI minutes into their own mail, as in 6907/6917/6922, it is minutes.)")
def build_6937():
    root = leaf("text/html; charset=utf-8", T(H6937), "base64")
    h = trace("bounce-meeting@notice.meeting.tencent.example.com", ORGS["C"]["bot"], [
        "from smtpbg-notice.tencent.example.net (smtpbg-notice.tencent.example.net [203.0.113.150])\n"
        "\tby mx.rkgk.example.cn (Postfix) with ESMTPS id 4gcT7mZ1Nxz8\n\tfor <minutebot@rkgk.example.cn>; Thu, 16 Jul 2026 17:45:12 +0800 (CST)"])
    h += [("Date", "Thu, 16 Jul 2026 17:45:10 +0800"),
          ("From", addr("腾讯会议", "noreply@notice.meeting.tencent.example.com")),
          ("To", ORGS["C"]["bot"]),
          ("Subject", hdr("【腾讯会议】「骨科耗材集采落地协调会」智能纪要已生成")),
          ("Message-ID", "<20260716174510.8f3c2a7e91.aiminutes@notice.meeting.tencent.example.com>"),
          ("Auto-Submitted", "auto-generated"),
          ("X-Auto-Response-Suppress", "All"),
          ("MIME-Version", "1.0"), ("*", None)]
    return build(h, root)


# ============================================================================================
# D  Lumière Packaging (Jiaxing)  (French-owned, Microsoft 365, English working language)
# ============================================================================================
D_BOT = ("Minutes Bot", ORGS["D"]["bot"])


def d_trace(sender, when, qid, helo="mail-sg2apc01on2071.outbound.protection.outlook.example.net", ip="203.0.113.71"):
    return trace(sender, ORGS["D"]["bot"], [
        "from %s (%s [%s])\n\tby mx-bot.lumiere-jx.example.com (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
        % (helo, helo, ip, qid, ORGS["D"]["bot"], when)])


def en_html_outlook(text):
    return outlook_html(mso_p(text.rstrip("\n").split("\n")), "us-ascii", lang="EN-US", font="Calibri")


T6923 = """Hi all,

Please find below the MOM of today's production & quality weekly meeting.

Attendees: Jason Shen, Claire Dubois, George Yan, Vivian Lu, Steven Fan, Joyce Zhong
Absent: Sophie Feng (customer visit)

1. Output
- March OEE 78.4% vs. target 82%. Line 3 (airless pump assembly) is the main loss: 14h downtime on the ultrasonic welder.
AI: Steven to submit the welder horn replacement plan by Friday.
AI: George to confirm the second-shift headcount for Line 3 with HR by Thursday.

2. Quality
- Maison Verlaine complaint on the lipstick case hinge (CAPA 26-014): root cause is wear of the mould insert on cavity 4.
- Decision: cavity 4 stays blocked until the insert is repaired.
AI: Joyce to send the 8D report to Sophie for the customer by 15-Apr.
AI: Claire - update the control plan for hinge torque, due 20/04.

3. Supply
AI: Vivian to chase the PP resin supplier for the delayed lot ASAP.
AI: Supply Chain team to re-quote the aluminium caps with 2 alternative suppliers before end of April.

Next meeting: Tuesday 14-Apr, 2:00 pm, meeting room "Lyon".

Best regards,
Jason Shen
Operations Manager | Lumiere Packaging (Jiaxing) Co., Ltd.
"""


@case(6923, "plant-english-ai-lines-outlook", "minutes", "D",
      "Outlook 2016 (English UI), multipart/alternative us-ascii: plain 7bit, HTML quoted-printable",
      "English MOM with 'AI:' lines under topics, the day after the Qingming Monday: by Friday / by Thursday / 15-Apr / "
      "20/04 (day-first) / ASAP / 'Supply Chain team' (no_owner, our department) 'before end of April'; Decision line; Next meeting",
      items=[
          I("范志强", "submit the welder horn replacement plan", "2026-04-10", ("wd", "Fri")),
          I("严国栋", "confirm the second-shift headcount for Line 3 with HR", "2026-04-09", ("wd", "Thu")),
          I("钟婷", "send the 8D report to Sophie for the customer", "2026-04-15", ("abs", "2026-04-15")),
          I("Claire Dubois", "update the control plan for hinge torque", "2026-04-20", ("abs", "2026-04-20")),
          I("陆佳琪", "chase the PP resin supplier for the delayed lot", vague=True),
          I(None, "re-quote the aluminium caps with 2 alternative suppliers", "2026-04-30", ("month_end",), dept="Supply Chain"),
      ],
      followup=F("2026-04-14", "14:00", ("abs", "2026-04-14", "Tue")),
      notes="Sent Tue 2026-04-07 17:30 +0800 (first working day after Qingming). 'AI:' = action item. Steven = 范志强 (alias), 'by Friday' "
            "-> 2026-04-10. George = 严国栋, 'by Thursday' -> 2026-04-09. Joyce = 钟婷, 'by 15-Apr' -> 2026-04-15 ('to Sophie' names the "
            "recipient, not an owner). Claire = Claire Dubois, 'due 20/04' is day/month -> 2026-04-20. Vivian = 陆佳琪, 'ASAP' -> "
            "vague_due. 'Supply Chain team' is a department of ours -> owner null, no_owner, department 'Supply Chain'; 'before end "
            "of April' -> 2026-04-30. Facts (OEE, CAPA root cause) and 'Decision:' are not items. 'Next meeting: Tuesday 14-Apr, "
            "2:00 pm' -> 2026-04-14 14:00.")
def build_6923():
    frm = ("Jason Shen", E("沈建华"))
    to = [("Claire Dubois", E("Claire Dubois")), ("George Yan", E("严国栋")), ("Vivian Lu", E("陆佳琪")),
          ("Steven Fan", E("范志强")), ("Joyce Zhong", E("钟婷")), ("Sophie Feng", E("冯雅"))]
    cc = [("Julien Marchand", E("Julien Marchand")), D_BOT]
    root = multi('multipart/alternative;\n\tboundary="----=_NextPart_000_0015_01DCC67E.3A5B9C20"', [
        leaf('text/plain;\n\tcharset="us-ascii"', T(T6923, "us-ascii", crlf=True), "7bit"),
        leaf('text/html;\n\tcharset="us-ascii"', T(en_html_outlook(T6923), "us-ascii", crlf=True), "quoted-printable")],
        "This is a multipart message in MIME format.")
    h = d_trace(E("沈建华"), "Tue, 07 Apr 2026 17:30:49 +0800 (CST)", "4fpX2cK7Rdz1")
    h += [("From", addr(*frm)), ("To", alist(to)), ("Cc", alist(cc)),
          ("Subject", "MOM - Production & Quality weekly meeting 07-Apr-2026"),
          ("Date", "Tue, 7 Apr 2026 17:30:44 +0800"),
          ("Message-ID", "<001501dcc67e$3a5b9c20$af12d460$@lumiere-jx.example.com>"),
          ("MIME-Version", "1.0"), ("*", None), ("X-Mailer", "Microsoft Outlook 16.0"),
          ("Thread-Index", "AdzGfjnR8Wm2kQ5pTqyHcE4v0aZ1BA=="), ("Content-Language", "en-us")]
    return build(h, root)


T6924 = """Dear all,

Sorry for the delay - here are the minutes of Friday's audit preparation meeting. The ISO 15378 surveillance audit by the certification body is scheduled on 3-4 June.

Key points
- Last year's 2 minor NCs are closed; evidence to be shown on day 1.
- Cleanroom particle counts were within ISO class 8 limits in April.

Actions

Action 1: Update the cleanroom gowning procedure (rev. E) and retrain the operators
Owner: Joyce Zhong
Due: 29 May 2026

Action 2: Complete the internal audit of the warehouse (FIFO, labelling)
Owner: Vivian Lu
Due: within 3 working days

Action 3: Compile the calibration records of the torque testers in one file
Owner: George
Due: Wednesday

Action 4: Send me the updated org chart and training matrix
Owner: Lily Tang
Due: EOD today

Action 5: Book the meeting room and lunch for the auditors
Owner: TBD (Admin)
Due: TBD

Closed
Action 0 (from 8 May): Pest-control contract renewal – Owner: Vivian – DONE

Next meeting: Friday 29 May, 10:00, Lyon room (audit dry run).

Thanks,
Claire

Claire Dubois
Quality Manager | Lumière Packaging (Jiaxing)
"""


@case(6924, "plant-owa-utc-date-owner-due-blocks", "minutes", "D",
      "Outlook on the web (Microsoft 365), multipart/alternative UTF-8 quoted-printable, Date in +0000 (Sunday 23:52 UTC = Monday 07:52 in Shanghai)",
      "Action/Owner/Due blocks written by a French manager; the Date header is the previous day in UTC, so 'within 3 working "
      "days', 'Wednesday' and 'EOD today' must use the Shanghai date; 'Owner: TBD (Admin)'; a Closed/DONE action",
      items=[
          I("钟婷", "Update the cleanroom gowning procedure (rev. E) and retrain the operators", "2026-05-29", ("abs", "2026-05-29")),
          I("陆佳琪", "Complete the internal audit of the warehouse (FIFO, labelling)", "2026-05-21", ("workdays", 3)),
          I("严国栋", "Compile the calibration records of the torque testers in one file", "2026-05-20", ("wd", "Wed")),
          I("汤丽", "Send the updated org chart and training matrix", "2026-05-18", ("today",)),
          I(None, "Book the meeting room and lunch for the auditors", vague=True),
      ],
      followup=F("2026-05-29", "10:00", ("abs", "2026-05-29", "Fri")),
      notes="Date: Sun, 17 May 2026 23:52:10 +0000 = Mon 2026-05-18 07:52 in Asia/Shanghai; every relative phrase resolves from "
            "Monday 05-18. Action 1 Joyce Zhong = 钟婷, 2026-05-29. Action 2 Vivian Lu = 陆佳琪, 'within 3 working days' -> 05-19, 05-20, "
            "05-21 -> 2026-05-21 (from the UTC date it would wrongly be 05-20). Action 3 George = 严国栋, 'Wednesday' -> 2026-05-20. "
            "Action 4 Lily Tang = 汤丽, 'EOD today' -> 2026-05-18, no time (not the UTC Sunday). Action 5 'Owner: TBD (Admin)' -> owner "
            "null, department null (no such department), 'Due: TBD' -> [no_owner, vague_due]. 'Action 0 … DONE' under Closed is not an "
            "item. Audit dates '3-4 June' and 'from 8 May' are facts. 'Next meeting: Friday 29 May, 10:00' -> 2026-05-29 10:00.")
def build_6924():
    frm = ("Claire Dubois", E("Claire Dubois"))
    to = [("Joyce Zhong", E("钟婷")), ("Vivian Lu", E("陆佳琪")), ("George Yan", E("严国栋")), ("Lily Tang", E("汤丽"))]
    cc = [("Julien Marchand", E("Julien Marchand")), ("Jason Shen", E("沈建华")), D_BOT]
    lines = T6924.rstrip("\n").split("\n")
    html = ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" '
            'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n' +
            "\n".join('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, '
                      'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>' % (html_escape(l) if l else "<br>")
                      for l in lines) + "\n</body>\n</html>\n")
    root = multi('multipart/alternative;\n\tboundary="_000_SG2PR06MB53107C1A9E2B4F6D8A0C3E51B7D92SG2PR06MB5310apcp_"', [
        leaf('text/plain; charset="utf-8"', T(T6924, crlf=True), "quoted-printable"),
        leaf('text/html; charset="utf-8"', T(html, crlf=True), "quoted-printable")])
    h = d_trace(E("Claire Dubois"), "Mon, 18 May 2026 07:52:14 +0800 (CST)", "4gGw1pR6Mjz3")
    h += [("From", addr(*frm)), ("To", alist(to)), ("CC", alist(cc)),
          ("Subject", "Minutes - ISO 15378 surveillance audit preparation (15 May)"),
          ("Thread-Topic", "Minutes - ISO 15378 surveillance audit preparation (15 May)"),
          ("Thread-Index", "AQHc5kX0y3m8Tz1qB0qCwA2Vd7hK9g=="),
          ("Date", "Sun, 17 May 2026 23:52:10 +0000"),
          ("Message-ID", "<SG2PR06MB53107C1A9E2B4F6D8A0C3E51B7D92@SG2PR06MB5310.apcprd06.prod.outlook.com>"),
          ("Accept-Language", "fr-FR, en-US"), ("Content-Language", "en-US"),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
          ("msip_labels", ""), ("MIME-Version", "1.0"), ("*", None)]
    return build(h, root)


T6925 = """Hello Claire, Julien,

Thanks for today's call. Short notes below.

- Jiaxing PPM for May: 412 (target 300). Main contributor: hinge cases for Maison Verlaine.
- Group will fund a second vision-inspection camera for Line 3 (capex approved by the Group CFO).

Actions
1. Claire: send the updated Pareto of May defects by Friday.
2. Thomas: get quotations for the vision camera from two suppliers, by June 12.
3. Marc (Group Engineering): share the Oyonnax hinge-mould maintenance standard by next Wednesday.
4. Julien: confirm whether Jiaxing joins the Group supplier audit programme – TBD after the budget review.

Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing).

Bien à vous,
Isabelle

--
Isabelle Roux
Directrice Qualité Groupe | Lumière Packaging Group
Oyonnax, France
"""


@case(6925, "hq-france-apple-mail-next-sync-cest", "minutes", "D",
      "Apple Mail (macOS) from the French head office, multipart/alternative UTF-8 quoted-printable, Date +0200",
      "Call notes from group HQ in France: by Friday / by June 12 / by next Wednesday / TBD; an owner outside the roster "
      "resolved from Cc (Marc Bonnet); 'Next sync: Tue Jun 9, 10:00 CEST (16:00 Beijing)' -> Shanghai time",
      items=[
          I("Claire Dubois", "send the updated Pareto of May defects", "2026-06-05", ("wd", "Fri")),
          I("Thomas Girard", "get quotations for the vision camera from two suppliers", "2026-06-12", ("abs", "2026-06-12")),
          I("Marc Bonnet", "share the Oyonnax hinge-mould maintenance standard", "2026-06-10", ("next_wd", "Wed"),
            email_="marc.bonnet@lumiere-group.example.fr"),
          I("Julien Marchand", "confirm whether Jiaxing joins the Group supplier audit programme", vague=True),
      ],
      followup=F("2026-06-09", "16:00", ("tz", "2026-06-09 10:00", "Europe/Paris")),
      notes="Sent Wed 2026-06-03 11:14 +0200 = 17:14 in Shanghai (same date). Claire = Claire Dubois, 'by Friday' -> 2026-06-05. "
            "Thomas = Thomas Girard, 'by June 12' -> 2026-06-12. 'Marc (Group Engineering)' is Marc Bonnet from the Cc header (not in "
            "the roster: address from Cc, department null), 'by next Wednesday' -> 2026-06-10. Julien = Julien Marchand, 'TBD after the "
            "budget review' -> vague_due. The PPM figure and the capex approval are facts. 'Next sync: Tue Jun 9, 10:00 CEST (16:00 "
            "Beijing)' -> 2026-06-09 16:00 Asia/Shanghai. Sender (Isabelle Roux) is a roster outsider.")
def build_6925():
    frm = ("Isabelle Roux", E("Isabelle Roux"))
    to = [("Claire Dubois", E("Claire Dubois")), ("Julien Marchand", E("Julien Marchand"))]
    cc = [("Thomas Girard", E("Thomas Girard")), ("Marc Bonnet", "marc.bonnet@lumiere-group.example.fr"), D_BOT]
    body = "".join("<div>%s</div>" % (html_escape(l) if l.strip() else "<br>") for l in T6925.rstrip("\n").split("\n"))
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: '
            'break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s</body></html>' % body)
    bnd = "Apple-Mail=_2B8E4C1A-7F3D-4E96-A5B0-C9D1E2F3A4B5"
    root = multi('multipart/alternative;\n\tboundary="%s"' % bnd, [
        leaf("text/plain;\n\tcharset=utf-8", T(T6925), "quoted-printable"),
        leaf("text/html;\n\tcharset=utf-8", T(html), "quoted-printable")])
    h = d_trace(E("Isabelle Roux"), "Wed, 03 Jun 2026 17:14:29 +0800 (CST)", "4gB3nT5Vqkz6",
                "smtp-out.lumiere-group.example.fr", "192.0.2.45")
    h += [("From", addr(*frm)), ("*", None),
          ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"),
          ("Subject", "Group Quality monthly call - Jiaxing - notes"),
          ("Date", "Wed, 3 Jun 2026 11:14:22 +0200"),
          ("Cc", alist(cc)), ("To", alist(to)),
          ("Message-Id", "<4C7A2E91-B3D5-4F08-9E61-7A2C5D8B0F13@lumiere-group.example.fr>"),
          ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")]
    return build(h, root)


R6926 = [["#", "Topic", "Action", "Owner", "Due"],
         ["1", "Hinge defect", "Share the 8D final report with the validation data", "Sophie Feng", "17/06"],
         ["2", "Hinge defect", "Return 50 defective samples to Jiaxing for analysis", "Camille Laurent", "by Tuesday"],
         ["3", "Rouge Velours launch", "Send the artwork and Pantone references", "Camille", "end of June"],
         ["4", "Rouge Velours launch", "Quotation for 200k cases incl. new tooling (with Thomas for the tooling part)", "Sophie", "June 19"],
         ["5", "Logistics", "Confirm the shipping mode for the July lot (air vs sea)", "Vivian Lu", "ASAP"],
         ["6", "Hinge defect", "Containment sorting at the Verlaine warehouse", "Camille", "Done ✓"]]
T6926_HEAD = """Bonjour Sophie, Julien,

Thank you for the visit this morning. Please find below the action plan we agreed."""
T6926_TAIL = """We'll reconvene once we have the 8D - I'll send an invite.

Belle journée,
Camille

Camille Laurent
Packaging Buyer | Maison Verlaine Paris"""


@case(6926, "customer-paris-gmail-action-table", "minutes", "D",
      "Gmail web (Google Workspace of a Paris brand), multipart/alternative UTF-8 quoted-printable, HTML table, Q-encoded subject",
      "A customer's action table (# / Topic / Action / Owner / Due) with owners on both sides: day-first '17/06', 'by Tuesday', "
      "'end of June', 'June 19' (a Chinese holiday, kept as written), ASAP, a Done ✓ row; '(with Thomas …)' is support; no meeting date",
      items=[
          I("冯雅", "Share the 8D final report with the validation data", "2026-06-17", ("abs", "2026-06-17")),
          I("Camille Laurent", "Return 50 defective samples to Jiaxing for analysis", "2026-06-16", ("wd", "Tue")),
          I("Camille Laurent", "Send the artwork and Pantone references", "2026-06-30", ("month_end", 6)),
          I("冯雅", "Quotation for 200k cases incl. new tooling", "2026-06-19", ("abs", "2026-06-19")),
          I("陆佳琪", "Confirm the shipping mode for the July lot (air vs sea)", vague=True),
      ],
      followup=None,
      notes="Sent Fri 2026-06-12 10:05 +0200 = 16:05 in Shanghai by the customer's buyer Camille Laurent (roster outsider, department "
            "null). Row 1 Sophie Feng = 冯雅, '17/06' is day/month -> 2026-06-17. Row 2 the writer, 'by Tuesday' -> 2026-06-16. Row 3 "
            "'Camille' = Camille Laurent, 'end of June' -> 2026-06-30. Row 4 'Sophie' = 冯雅 ('with Thomas for the tooling part' is support), "
            "'June 19' -> 2026-06-19, which is the Dragon Boat holiday in China; the customer wrote that date, so it is kept. Row 5 "
            "Vivian Lu = 陆佳琪, ASAP -> vague_due. Row 6 'Done ✓' is status -> not an item. 'We'll reconvene once we have the 8D - I'll "
            "send an invite' gives no date -> next_followup null.")
def build_6926():
    frm = ("Camille Laurent", E("Camille Laurent"))
    to = [("Sophie Feng", E("冯雅")), ("Julien Marchand", E("Julien Marchand"))]
    cc = [("Vivian Lu", E("陆佳琪")), ("Thomas Girard", E("Thomas Girard")), D_BOT]
    plain = T6926_HEAD + "\n\n" + "\n".join("\t".join(r) for r in R6926) + "\n\n" + T6926_TAIL + "\n"
    tbl = table_html(R6926, 'border="1" cellpadding="0" cellspacing="0" style="border-collapse:collapse;border:none"')
    html = ('<div dir="ltr">' + "".join("<div>%s</div>" % (html_escape(l) if l.strip() else "<br>") for l in T6926_HEAD.split("\n")) +
            "<div><br></div>" + tbl + "<div><br></div>" +
            "".join("<div>%s</div>" % (html_escape(l) if l.strip() else "<br>") for l in T6926_TAIL.split("\n")) + "</div>\n")
    root = multi('multipart/alternative; boundary="00000000000085c2e10640f1a7d3"', [
        leaf('text/plain; charset="UTF-8"', T(plain), "quoted-printable"),
        leaf('text/html; charset="UTF-8"', T(html), "quoted-printable")])
    h = d_trace(E("Camille Laurent"), "Fri, 12 Jun 2026 16:05:38 +0800 (CST)", "4gH8yJ2Sbnz4",
                "mail-sor-f52.google.com", "209.85.220.52")
    h += [("MIME-Version", "1.0"), ("From", addr(*frm)), ("Date", "Fri, 12 Jun 2026 10:05:31 +0200"),
          ("Message-ID", "<CAJ5p3rT8xWk0mQ2vNc7bY4uLz9eF1hGd6sA3oR0iK8tPq5wXyU@mail.gmail.com>"),
          ("Subject", hdr("Verlaine x Lumière – Rouge Satin case: meeting notes 12/06", mode="Q")),
          ("To", alist(to)), ("Cc", alist(cc)), ("*", None)]
    return build(h, root)


T6927 = """Hi team,

Tooling review this morning, action list below (copied from our Teams whiteboard):

- [x] @Thomas approve the repair PO for the cavity 4 insert (done 10-Jul)
- [ ] @Steven.Fan trial run of the repaired mould M-2231, report by Wed
- [ ] @George.Yan arrange 2 operators for the trial run, Wed morning
- [ ] @Vivian.Lu check the lead time of the hot-runner controller spare parts with the
      supplier and update the BOM, by 17-Jul
- [ ] @Kevin (Lianyu Mold) send the revised drawing of the hinge insert, next Monday
- [ ] @Thomas decide on the steel grade (S136 vs NAK80) for the new insert - pending
      the wear test, TBD

Next tooling review: Mon 20-Jul 10:00

Steven
"""


@case(6927, "plant-markdown-checkboxes-thunderbird", "minutes", "D",
      "Thunderbird 140, single text/plain UTF-8 7bit (format=flowed), English",
      "'- [ ] @First.Last' Markdown checkboxes written by a Chinese engineer: [x] row skipped; handles with dots; an outside "
      "supplier owner (@Kevin, roster outsider); items wrapped onto an indented second line; by Wed / 17-Jul / next Monday / TBD",
      items=[
          I("范志强", "trial run of the repaired mould M-2231 and report", "2026-07-15", ("wd", "Wed")),
          I("严国栋", "arrange 2 operators for the trial run", "2026-07-15", ("wd", "Wed")),
          I("陆佳琪", "check the lead time of the hot-runner controller spare parts with the supplier and update the BOM",
            "2026-07-17", ("abs", "2026-07-17")),
          I("葉建宏", "send the revised drawing of the hinge insert", "2026-07-20", ("next_wd", "Mon")),
          I("Thomas Girard", "decide on the steel grade (S136 vs NAK80) for the new insert", vague=True),
      ],
      followup=F("2026-07-20", "10:00", ("abs", "2026-07-20", "Mon")),
      notes="Sent Mon 2026-07-13 10:20 +0800. '- [x] … (done 10-Jul)' is done -> not an item. @Steven.Fan = 范志强 (the writer), 'by Wed' "
            "-> 2026-07-15. @George.Yan = 严国栋, 'Wed morning' -> 2026-07-15, no clock time. @Vivian.Lu = 陆佳琪; the item wraps onto "
            "an indented second line; 'by 17-Jul' -> 2026-07-17. '@Kevin (Lianyu Mold)' = 葉建宏 (Kevin Yeh, roster outsider who writes "
            "6932, also in Cc; department null), 'next Monday' -> 2026-07-20. @Thomas = Thomas Girard, 'pending the wear test, TBD' -> "
            "vague_due. 'Next tooling review: Mon 20-Jul 10:00' -> 2026-07-20 10:00. Handles are 'First.Last' forms of the roster "
            "names (Steven Fan, George Yan, Vivian Lu).")
def build_6927():
    frm = ("Steven Fan", E("范志强"))
    to = [("Thomas Girard", E("Thomas Girard")), ("George Yan", E("严国栋")), ("Vivian Lu", E("陆佳琪"))]
    cc = [("Kevin Yeh", E("葉建宏")), ("Jason Shen", E("沈建华")), D_BOT]
    root = leaf("text/plain; charset=UTF-8; format=flowed", T(T6927), "7bit")
    h = d_trace(E("范志强"), "Mon, 13 Jul 2026 10:20:18 +0800 (CST)", "4gbN4rW8Lpz5")
    h += [("Message-ID", "<8e2f4a61-1c7b-4d39-a5e0-93b6d2c7f1a8@lumiere-jx.example.com>"),
          ("Date", "Mon, 13 Jul 2026 10:20:15 +0800"), ("MIME-Version", "1.0"),
          ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-US"),
          ("To", alist(to)), ("Cc", alist(cc)), ("From", addr(*frm)),
          ("Subject", "Tooling review 13-Jul - action list"), ("*", None)]
    return build(h, root)


R6928 = [["No.", "Action", "Owner", "Due", "Status"],
         ["1", "Update the Q3 demand forecast for Maison Verlaine once the Rouge Velours launch date is confirmed", "Sophie Feng", "31 Jul", "Open"],
         ["2", "Raise the safety stock of PP resin from 2 to 3 weeks", "Vivian Lu", "Next Friday", "Open"],
         ["3", "Overtime plan for the August peak (Lines 1 & 3)", "Jason Shen", "28/07", "Open"],
         ["4", "Review payment terms with Maison Verlaine (60 → 45 days)", "Mandy Chu", "TBD", "Open"],
         ["5", "June inventory write-off report", "Mandy Chu", "15 Jul", "Closed"]]
D6928 = [("title", "Lumière Packaging (Jiaxing) – S&OP Meeting Minutes"),
         ("p", "Date: 23 July 2026, 14:00–15:30    Location: Meeting room \"Lyon\" / Teams"),
         ("p", "Participants: Julien Marchand, Jason Shen, Vivian Lu, Mandy Chu, Sophie Feng, George Yan"),
         ("h", "1. Demand review"),
         ("p", "July orders at 104% of forecast. Maison Verlaine moved the Rouge Velours launch to late September (to be confirmed)."),
         ("h", "2. Supply review"),
         ("p", "PP resin lead time increased from 3 to 5 weeks. Decision: no new customer tooling is started before September."),
         ("h", "3. Action items"),
         ("table", R6928),
         ("h", "4. Next meeting"),
         ("p", "Next S&OP meeting: 27 August 2026, 14:00, Meeting room \"Lyon\"."),
         ("p", "Minutes: Sophie Feng")]
T6928 = """Dear all,

Please find attached the minutes of today's S&OP meeting. The action items are in section 3.

Thanks,
Sophie

Sophie Feng
Customer Service Manager | Lumière Packaging (Jiaxing) Co., Ltd.
"""


@case(6928, "plant-sop-minutes-docx-outlook-mac", "minutes", "D",
      "Outlook for Mac, multipart/mixed: alternative (UTF-8 quoted-printable) + a real .docx attachment (python-docx)",
      "English S&OP minutes only in a .docx: action table with Status (Closed row skipped), 'Next Friday' (= next week's), "
      "day-first 28/07, TBD; a Decision line; next meeting in August",
      items=[
          I("冯雅", "Update the Q3 demand forecast for Maison Verlaine once the Rouge Velours launch date is confirmed", "2026-07-31",
            ("abs", "2026-07-31")),
          I("陆佳琪", "Raise the safety stock of PP resin from 2 to 3 weeks", "2026-07-31", ("next_wd", "Fri")),
          I("沈建华", "Overtime plan for the August peak (Lines 1 & 3)", "2026-07-28", ("abs", "2026-07-28")),
          I("褚敏", "Review payment terms with Maison Verlaine (60 → 45 days)", vague=True),
      ],
      followup=F("2026-08-27", "14:00", ("abs", "2026-08-27")),
      notes="Sent Thu 2026-07-23 18:40 +0800; the minutes are in the attached .docx and the gold is what a reader of it records. "
            "Action table: 1 Sophie Feng = 冯雅, '31 Jul' -> 2026-07-31. 2 Vivian Lu = 陆佳琪, 'Next Friday' sent on a Thursday -> the "
            "Friday of next week, 2026-07-31 (like 下周五; not tomorrow 07-24). 3 Jason Shen = 沈建华, '28/07' day/month -> 2026-07-28. "
            "4 Mandy Chu = 褚敏, TBD -> vague_due. 5 is Closed -> not an item. 'Decision: no new customer tooling…' and the demand/supply "
            "facts are not items. 'Next S&OP meeting: 27 August 2026, 14:00' -> 2026-08-27 14:00.")
def build_6928():
    frm = ("Sophie Feng", E("冯雅"))
    to = [("Julien Marchand", E("Julien Marchand")), ("Jason Shen", E("沈建华")), ("Vivian Lu", E("陆佳琪")),
          ("Mandy Chu", E("褚敏")), ("George Yan", E("严国栋"))]
    cc = [D_BOT]
    docx_bytes = make_docx(D6928, "Sophie Feng", (2026, 7, 23, 18, 31, 0))
    body_html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                 'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head>'
                 '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 '
                 '(filtered medium)"></head><body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">'
                 '<div class="WordSection1">' + mso_p(T6928.rstrip("\n").split("\n")) + "</div></body></html>\n")
    alt = multi('multipart/alternative;\n\tboundary="B_3867641234_1129384756"', [
        leaf('text/plain;\n\tcharset="UTF-8"', T(T6928), "quoted-printable"),
        leaf('text/html;\n\tcharset="UTF-8"', T(body_html), "quoted-printable")])
    fn = "S&OP minutes 2026-07-23.docx"
    att = leaf('application/vnd.openxmlformats-officedocument.wordprocessingml.document;\n\tname="%s"' % fn, docx_bytes, "base64",
               extra=[("Content-Description", fn), ("Content-Disposition", 'attachment;\n\tfilename="%s"' % fn)])
    root = multi('multipart/mixed;\n\tboundary="B_3867641234_2837465910"', [alt, att],
                 "> This message is in MIME format. Since your mail reader does not understand\nthis format, some or all of this message may not be legible.")
    h = d_trace(E("冯雅"), "Thu, 23 Jul 2026 18:40:09 +0800 (CST)", "4gk2Xb7Tnqz8")
    h += [("User-Agent", "Microsoft-MacOutlook/16.99.25071314"),
          ("Date", "Thu, 23 Jul 2026 18:40:05 +0800"),
          ("Subject", "Minutes - S&OP meeting July 2026"),
          ("From", addr(*frm)), ("To", alist(to)), ("CC", alist(cc)),
          ("Message-ID", "<5F1C9B7E-2D48-4A36-8E0B-C7F2A91D3E64@lumiere-jx.example.com>"),
          ("Thread-Topic", "Minutes - S&OP meeting July 2026"),
          ("Mime-version", "1.0"), ("*", None)]
    return build(h, root)


T6929 = """Dear all,

Below are the minutes of today's EHS monthly meeting / 以下为今天EHS月度会议纪要。

1. Heat stress prevention 防暑降温
Task: distribute cooling drinks and check the high-temperature allowance list for production workers
Owner: Lily Tang | Due: EOD

2. Forklift near-miss in the warehouse on 16-Jun 仓库叉车未遂事件
Task: paint floor markings and install a convex mirror at the warehouse crossing
Owner: Vivian Lu | Due: within 3 working days

3. Fire drill 消防演练
Task: organize the half-year fire evacuation drill (all shifts)
Owner: Eric Qu | Due: 30-Jun

4. Chemical cabinet labels 化学品柜标签
Task: replace the faded GHS labels on the chemical cabinets of Line 2
Owner: Production (George) | Due: ASAP

5. Noise monitoring Line 2 二号线噪声检测
Task: arrange the third-party noise measurement
Owner: EHS | Due: TBD

Closed items 已关闭: eyewash station weekly check added to the TPM checklist (done 10-Jun).

Next meeting / 下次会议: Mon 20-Jul, 15:30, Training room.

Best regards,
Eric Qu 屈晓峰
EHS Manager | Lumière Packaging (Jiaxing)
"""


@case(6929, "plant-ehs-bilingual-after-dragon-boat", "minutes", "D",
      "Outlook 2016 (English UI), multipart/alternative UTF-8 base64, bilingual English/Chinese",
      "Bilingual EHS minutes on the first working day after Dragon Boat: 'Owner: X | Due: Y' lines; EOD; 'within 3 working days'; "
      "'Production (George)' = person in brackets after a unit; 'Owner: EHS' (our department) -> no_owner; closed item skipped",
      items=[
          I("汤丽", "distribute cooling drinks and check the high-temperature allowance list for production workers", "2026-06-22", ("today",)),
          I("陆佳琪", "paint floor markings and install a convex mirror at the warehouse crossing", "2026-06-25", ("workdays", 3)),
          I("屈晓峰", "organize the half-year fire evacuation drill (all shifts)", "2026-06-30", ("abs", "2026-06-30")),
          I("严国栋", "replace the faded GHS labels on the chemical cabinets of Line 2", vague=True),
          I(None, "arrange the third-party noise measurement", vague=True, dept="EHS"),
      ],
      followup=F("2026-07-20", "15:30", ("abs", "2026-07-20", "Mon")),
      notes="Sent Mon 2026-06-22 16:02 +0800, the first working day after the Dragon Boat holiday (06-19..06-21). 1 Lily Tang = 汤丽, "
            "'EOD' -> 2026-06-22, no time. 2 Vivian Lu = 陆佳琪, 'within 3 working days' -> 06-23, 06-24, 06-25 -> 2026-06-25. 3 Eric Qu = "
            "屈晓峰 (the writer), '30-Jun' -> 2026-06-30. 4 'Production (George)': the person in brackets after a unit owns it -> 严国栋, "
            "ASAP -> vague_due. 5 'Owner: EHS' is one of our departments -> owner null, department 'EHS', TBD -> [no_owner, vague_due]. "
            "The near-miss date '16-Jun' is a fact; the closed eyewash item is done. 'Next meeting / 下次会议: Mon 20-Jul, 15:30' -> "
            "2026-07-20 15:30.")
def build_6929():
    frm = ("Eric Qu", E("屈晓峰"))
    to = [("Lily Tang", E("汤丽")), ("Vivian Lu", E("陆佳琪")), ("George Yan", E("严国栋")), ("Jason Shen", E("沈建华"))]
    cc = [("Julien Marchand", E("Julien Marchand")), D_BOT]
    html = outlook_html(mso_p(T6929.rstrip("\n").split("\n")), "utf-8", lang="EN-US", font="Calibri")
    root = multi('multipart/alternative;\n\tboundary="----=_NextPart_000_0063_01DD0213.5E7A4B90"', [
        leaf('text/plain;\n\tcharset="utf-8"', T(T6929, crlf=True), "base64"),
        leaf('text/html;\n\tcharset="utf-8"', T(html, crlf=True), "base64")],
        "This is a multipart message in MIME format.")
    h = d_trace(E("屈晓峰"), "Mon, 22 Jun 2026 16:02:37 +0800 (CST)", "4gQh6Dp1Zsz2")
    h += [("From", addr(*frm)), ("To", alist(to)), ("Cc", alist(cc)),
          ("Subject", hdr("EHS monthly meeting minutes / EHS月度会议纪要 (22-Jun)")),
          ("Date", "Mon, 22 Jun 2026 16:02:33 +0800"),
          ("Message-ID", "<006301dd0213$5e7a4b90$1b6ee2b0$@lumiere-jx.example.com>"),
          ("MIME-Version", "1.0"), ("*", None), ("X-Mailer", "Microsoft Outlook 16.0"),
          ("Thread-Index", "AdwCE13xV0c9bRqYSv2P7nKd4m3jHg=="), ("Content-Language", "en-us")]
    return build(h, root)


T6932 = """Jason、Thomas 您好：

今日下午於貴司嘉興廠的會議記錄如下，請參閱：

一、結論
1. 模穴4號鉸鏈鑲件磨損原因確認為材質硬度不足，改用S136並做淬火處理。
2. 維修期間模穴4號維持封模生產。

二、待辦事項
1. 聯鈺（葉建宏）：提供鑲件修改圖面 — 6/3前
2. Steven：量測現有鑲件尺寸並回傳數據 — 5/29
3. Vivian：確認模具維修PO — 下週一
4. 聯鈺：鑲件加工完成並出貨 — 6/12前
5. Thomas：評估是否需要第二套備用鑲件 — 待定

三、下次會議
6/15（一）上午10:00 於貴司試模確認

葉建宏 Kevin Yeh
聯鈺精密模具股份有限公司 業務部"""


@case(6932, "supplier-taiwan-outlook-big5", "minutes", "D",
      "Outlook 2016 zh-TW, multipart/alternative big5: plain base64, HTML quoted-printable; Big5 encoded-word names",
      "Traditional-Chinese minutes from a Taiwanese mould maker: English first names as owners (roster aliases), "
      "'聯鈺（葉建宏）' person in brackets vs '聯鈺' alone (an outside company -> no_owner, department null); M/D dates, 下週一, 待定",
      items=[
          I("葉建宏", "提供鑲件修改圖面", "2026-06-03", ("abs", "2026-06-03")),
          I("范志强", "量測現有鑲件尺寸並回傳數據", "2026-05-29", ("abs", "2026-05-29")),
          I("陆佳琪", "確認模具維修PO", "2026-06-01", ("next_wd", "Mon")),
          I(None, "鑲件加工完成並出貨", "2026-06-12", ("abs", "2026-06-12")),
          I("Thomas Girard", "評估是否需要第二套備用鑲件", vague=True),
      ],
      followup=F("2026-06-15", "10:00", ("abs", "2026-06-15", "Mon")),
      notes="Sent Thu 2026-05-28 14:25 +0800 by 葉建宏 (Kevin Yeh) of a Taiwanese mould maker (roster outsider, department null), in "
            "Big5. 1 '聯鈺（葉建宏）' -> the person in brackets, the writer; '6/3前' -> 2026-06-03. 2 Steven = 范志强, '5/29' -> 2026-05-29. "
            "3 Vivian = 陆佳琪, '下週一' -> 2026-06-01. 4 '聯鈺' alone is the supplier company, not a person and not one of our departments "
            "-> owner null, department null, no_owner; '6/12前' -> 2026-06-12. 5 Thomas = Thomas Girard, 待定 -> vague_due. 結論 lines are "
            "decisions. '下次會議 6/15（一）上午10:00' -> 2026-06-15 10:00. Task text keeps the writer's traditional characters.")
def build_6932():
    frm = ("葉建宏", E("葉建宏"))
    to = [("Jason Shen", E("沈建华")), ("Thomas Girard", E("Thomas Girard"))]
    cc = [("Steven Fan", E("范志强")), ("Vivian Lu", E("陆佳琪")), D_BOT]
    html = outlook_html(mso_p(T6932.split("\n")), "big5", lang="ZH-TW", font="新細明體")
    root = multi('multipart/alternative;\n\tboundary="----=_NextPart_000_0024_01DCEE6F.A3C5D810"', [
        leaf('text/plain;\n\tcharset="big5"', T(T6932 + "\n", "big5", crlf=True), "base64"),
        leaf('text/html;\n\tcharset="big5"', T(html, "big5", crlf=True), "quoted-printable")],
        "This is a multipart message in MIME format.")
    h = d_trace(E("葉建宏"), "Thu, 28 May 2026 14:25:38 +0800 (CST)", "4gL0wF3Yhrz7",
                "mail.lianyu-mold.example.com.tw", "198.51.100.203")
    h += [("From", addr(*frm, label="big5")), ("To", alist(to, "big5")), ("Cc", alist(cc, "big5")),
          ("Subject", hdr("會議記錄：M-2231 鉸鏈鑲件模具改善 (5/28)", "big5")),
          ("Date", "Thu, 28 May 2026 14:25:33 +0800"),
          ("Message-ID", "<002401dcee6f$a3c5d810$eb518830$@lianyu-mold.example.com.tw>"),
          ("MIME-Version", "1.0"), ("*", None), ("X-Mailer", "Microsoft Outlook 16.0"),
          ("Thread-Index", "AdzubqPFu9m0yI1bQ3KcO2xA7v1fWw=="), ("Content-Language", "zh-tw")]
    return build(h, root)


T6936 = """Bonjour,

Je suis en congés jusqu'au 10 août inclus, avec un accès limité à mes e-mails.
Pour toute question qualité urgente, merci de contacter Joyce Zhong (joyce.zhong@lumiere-jx.example.com).

Hello,

I am on annual leave until 10 August with limited access to e-mail. For urgent quality matters please contact Joyce Zhong (joyce.zhong@lumiere-jx.example.com); for customer complaints, Sophie Feng.

Claire Dubois
"""


@case(6936, "auto-ooo-french-exchange", "auto", "D",
      "Exchange Online out-of-office reply (French/English), multipart/alternative UTF-8 quoted-printable, Date +0000",
      "'Réponse automatique :' to one of the bot's recaps: Auto-Submitted: auto-replied and X-Auto-Response-Suppress; body "
      "with a return date and a delegate -> kind auto",
      notes="Out-of-office reply from Claire Dubois's mailbox (Exchange Online, Date Fri 2026-07-24 02:41 +0000 = 10:41 in Shanghai) "
            "to a recap the bot sent. Auto-Submitted: auto-replied, X-Auto-Response-Suppress: All and the subject prefix 'Réponse "
            "automatique :' mark it; the body's return date ('10 août' / '10 August') and delegate are neither items nor commands. "
            "kind auto; the bot must not answer it.")
def build_6936():
    frm = ("Claire Dubois", E("Claire Dubois"))
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">' +
            "".join('<div style="font-family: Aptos, Calibri, sans-serif; font-size: 12pt;">%s</div>' % (html_escape(l) if l else "<br>")
                    for l in T6936.rstrip("\n").split("\n")) + "</body></html>\n")
    root = multi('multipart/alternative;\n\tboundary="_000_SG2PR06MB5310A1B2C3D4E5F60718293A4B5C6SG2PR06MB5310apcp_"', [
        leaf('text/plain; charset="utf-8"', T(T6936, crlf=True), "quoted-printable"),
        leaf('text/html; charset="utf-8"', T(html, crlf=True), "quoted-printable")])
    h = d_trace(E("Claire Dubois"), "Fri, 24 Jul 2026 10:41:12 +0800 (CST)", "4gkQ0sM5Vwz1")
    subj = "Réponse automatique : [Recap] Minutes - S&OP meeting July 2026"
    h += [("From", addr(*frm)), ("To", addr(*D_BOT)),
          ("Subject", hdr(subj)), ("Thread-Topic", hdr("[Recap] Minutes - S&OP meeting July 2026")),
          ("Date", "Fri, 24 Jul 2026 02:41:07 +0000"),
          ("Message-ID", "<4a1f0c9e5d2b4b3aa7e1c8d9f0b2e6a1@SG2PR06MB5310.apcprd06.prod.outlook.com>"),
          ("In-Reply-To", "<recap.6928.2c91f7@lumiere-jx.example.com>"),
          ("References", "<recap.6928.2c91f7@lumiere-jx.example.com>"),
          ("Auto-Submitted", "auto-replied"),
          ("X-Auto-Response-Suppress", "All"),
          ("X-MS-Exchange-Inbox-Rules-Loop", "claire.dubois@lumiere-jx.example.com"),
          ("Content-Language", "fr-FR"), ("MIME-Version", "1.0"), ("*", None)]
    return build(h, root)


T6930 = """各位：
今天上午安全生产月活动部署会纪要如下：

会议时间：6月5日 9:30-10:40
会议地点：安全环保部会议室
参会人员：甘立新、覃志刚、蓝国庆、王永强、梁春燕、陆海波

事项一：组织“安全生产月”知识竞赛
责任人：综合办公室韦主任
完成时间：6月26日前
状态：未开始

事项二：加氯间、化验室危化品专项检查
责任人：梁春燕（水质检测中心）
完成时间：下周五前
状态：未开始

事项三：有限空间作业应急演练
责任人：管网管理所蓝所长，王工配合
完成时间：6月18日前
状态：方案已完成，待实施

事项四：更新各厂站安全警示标识
责任人：生产调度中心
完成时间：本月底
状态：进行中

事项五：5月份隐患整改复查
责任人：甘立新
完成时间：6月3日
状态：已完成

下周五下午3点在安全环保部会议室碰一下进展。

安全环保部 甘立新

发自网易邮箱大师"""


@case(6930, "soe-safety-month-blocks-mailmaster", "minutes", "A",
      "网易邮箱大师 (iOS) on the company Coremail account, multipart/alternative UTF-8 base64",
      "Plain block-format minutes (事项一/责任人/完成时间/状态): unit + title alias (综合办公室韦主任), '梁春燕（水质检测中心）', "
      "蓝所长 with 王工配合, unit-only owner, 已完成 block skipped, '方案已完成，待实施' still open; next meeting as a sentence",
      items=[
          I("韦丽萍", "组织“安全生产月”知识竞赛", "2026-06-26", ("abs", "2026-06-26")),
          I("梁春燕", "加氯间、化验室危化品专项检查", "2026-06-12", ("next_wd", "Fri")),
          I("蓝国庆", "有限空间作业应急演练", "2026-06-18", ("abs", "2026-06-18")),
          I(None, "更新各厂站安全警示标识", "2026-06-30", ("month_end",), dept="生产调度中心"),
      ],
      followup=F("2026-06-12", "15:00", ("next_wd", "Fri")),
      notes="Sent Fri 2026-06-05 15:45 +0800 from Mail Master on a phone. 事项一 '综合办公室韦主任' = 韦丽萍, 2026-06-26. 事项二 "
            "'梁春燕（水质检测中心）', '下周五前' -> 2026-06-12 (sent on a Friday: next week's). 事项三 蓝所长 = 蓝国庆 (王工 配合 is not an "
            "owner), 2026-06-18; its status '方案已完成，待实施' means the drill itself is still open -> an item. 事项四 names only the unit "
            "生产调度中心 -> owner null, no_owner, department 生产调度中心; '本月底' -> 2026-06-30. 事项五 is 已完成 -> not an item. "
            "'下周五下午3点…碰一下进展' -> next_followup 2026-06-12 15:00.")
def build_6930():
    frm = P("甘立新")
    to = [P(n) for n in ("韦丽萍", "覃志刚", "蓝国庆", "王永强", "梁春燕", "陆海波")]
    cc = [P("覃建华"), A_BOT]
    html = ('<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><div style="font-family: -apple-system, '
            'PingFangSC-Regular; font-size: 15px;">' +
            "".join("<div>%s</div>" % (html_escape(l) if l.strip() else "<br>") for l in T6930.split("\n")) + "</div>")
    root = multi('multipart/alternative; boundary="NetEase-MailMaster-Boundary-_4A6E1C0B_3D7F_4B92_9E15_6C2A8D0F7B31"', [
        leaf("text/plain; charset=utf-8", T(T6930 + "\n"), "base64"),
        leaf("text/html; charset=utf-8", T(html), "base64")])
    h = trace(E("甘立新"), ORGS["A"]["bot"], [
        "from [172.16.8.23] (unknown [198.51.100.201])\n\tby mail.lcwater.example.cn (Coremail) with SMTP id AQAAfwCnh3v8fCJq1ZUBAA--.14270S2\n"
        "\tfor <minutebot@lcwater.example.cn>; Fri, 05 Jun 2026 15:45:16 +0800 (CST)"])
    h += [("Date", "Fri, 5 Jun 2026 15:45:12 +0800"), ("From", addr(*frm)), ("To", alist(to)), ("Cc", alist(cc)),
          ("Message-ID", "<6e2a9f14.3b7c.19e9f2a1c5d.mailmaster.ganlixin@lcwater.example.cn>"),
          ("Subject", hdr("安全生产月活动部署会纪要")), ("MIME-Version", "1.0"), ("*", None),
          ("X-Mailer", "MailMasteriOS/7.19.6")]
    return build(h, root)


# ============================================================================================
# README
# ============================================================================================
README_HEAD = """# heldout41 — blind held-out set for minutebot (cases 6901–6938)

38 raw messages (`NNNN-slug.eml`, the bytes a mail server stores, with Return-Path / Delivered-To / Received added by the
receiving server) and their gold answers (`NNNN-slug.json`, exactly the flat schema of `shared/corpus/README.md`), the
roster (`roster.csv`) and the generator that wrote all of it (`make_heldout41.py`).

Counts: **minutes {minutes}, other {other}, auto {auto}** (no replies in this set). Send dates: April–July 2026, including the
weeks around Qingming (04-04..04-06 off), Labour Day (05-01..05-05 off, Saturday 05-09 a make-up working day) and Dragon Boat
(06-19..06-21 off). The set was written without looking at the bot's code or tests.

```
python3 -m venv /work/blind/venv && /work/blind/venv/bin/pip install chinesecalendar python-docx reportlab pypdf
/work/blind/venv/bin/python make_heldout41.py            # (re)write every file in this folder
/work/blind/venv/bin/python make_heldout41.py --check    # validate what is on disk
```
`--check` regenerates every file and compares bytes (the generator uses no clock and no randomness; the .docx zips get fixed
timestamps, the PDF is built with reportlab `invariant=1`), re-parses every .eml with `email.policy.default` (no defects in any
part or header; every text part decodes strictly with its declared charset, gb2312 read as GBK), opens the .docx/.pdf
attachments, and recomputes every gold date from the message's own `Date` header converted to Asia/Shanghai, with
`chinesecalendar` for working days and holidays: each item and next meeting carries a rule in the generator (`('workdays', 3)`,
`('next_wd', 'Fri')`, `('after_holiday', 'Labour Day')`, `('tz', '2026-06-09 10:00', 'Europe/Paris')`, …) that must give the
hand-written gold date.

## Organisations

| org | who | domain | bot address | mail system / clients |
| --- | --- | --- | --- | --- |
"""

README_CONV = """
Outsiders who write mail in this set are in `roster.csv` with an empty department and manager (so their gold `department`
is null): 刘春生 (packaging supplier, personal 163.com mailbox), Aiko Tanaka (Ukiyo Store Kyoto, the studio's Japanese buyer),
马骁 (Nanjing hospital-software vendor), Isabelle Roux (the French group head office), Camille Laurent (Maison Verlaine, a Paris
cosmetics brand, customer of the Jiaxing plant) and 葉建宏 / Kevin Yeh (a Taiwanese mould maker). Other outsiders appear only in
To/Cc (Kenji Mori, Marc Bonnet, 任涛, 沈磊); when they own an item the gold takes the full display name and address from that
header and department null, as the corpus README says.

## Conventions applied beyond the corpus README (a scorer must know these)

Everything in `shared/corpus/README.md` and SPEC §5 applies. In addition:

1. **One roster, four organisations.** Each organisation has its own bot address (table above); names and aliases are unique
   across the whole roster. Aliases include titles (覃总, 蓝所长, 王工, 钱老师, 汪师傅, 侯护士长, 曹主管/仓储主管), nicknames (可欣,
   志远, 晓雨) and English names (Jason, Vivian, Steven, Kevin). Handles such as `@Steven.Fan` are the roster names with a dot.
2. **Department of a unit-only item** (owner null, `no_owner`) is that unit only when it is one of the writer's organisation's
   roster departments, spelled as in the roster (财务部, 护理部, 院办, 'Supply Chain', 'EHS'). Outside companies (聯鈺, 外包运维公司),
   '各病区' (every ward), 'TBD (Admin)' and '负责人：待定' give department null.
3. **'X节前'** (端午节前) = the last working day before that holiday block (06-18), as `research/dates-eval.md` does for 国庆节前;
   marked AMBIGUOUS in 6904. **'节后第一个工作日'** = the first working day after the next block of that holiday.
4. **Day-first numeric dates from European writers** ('20/04', '17/06', '28/07') are day/month. **'Next Friday' / 'next Monday'**
   = that day of the next calendar week (like 下周五), even when sent on a Thursday. 'by Wednesday' and other bare weekdays follow
   the corpus rule (this week's if not past, else next week's).
5. **Next meetings given in another time zone** ('10:00 CEST (16:00 Beijing)', '15:00 JST (14:00 Beijing)') are recorded in
   Asia/Shanghai. **'下周X同一时间' / '下周六同一时间'** take the time of the meeting being minuted, as stated in the same minutes
   (header line '会议时间 …9:00', '今晚8点', '时间：… 16:00').
6. **Deadlines tied to an undated event** ('到货后3个工作日内', '打样确认后10天内') give due null with `no_due` (the task has no
   fixed deadline; it is not a vague word), and a conditional task ('若…无法调整，启动…') owned by a row's 负责人 likewise.
7. **Times of day without a clock time** ('下周二晚上', 'Wed morning', '今天下班前', 'EOD', 'EOD today') give due_time null;
   '中午12点', '下午3点', '上午10点' give a time; 'N小时内' gives the Date header plus N hours (minutes kept, seconds dropped).
8. **A written date that falls on a non-working day is kept** ('June 19' from a French customer = the Dragon Boat holiday;
   '4月25日' a Saturday; '明天' from a Saturday = Sunday). No rolling to a working day.
9. **AI meeting minutes** (飞书妙记, 钉钉闪记, 腾讯会议 智能纪要) pasted or sent by a person are minutes, and only their 待办 section
   gives items; 总结/摘要/章节/关键决策/AI建议 do not. The same kind of content sent by the meeting service itself from a noreply
   address with `Auto-Submitted: auto-generated` is `auto`.
10. **Two owners of one task** ('魏主任、侯护士长：…', '郝宇航、单科长分工完成') give two items with the same task text. A helper named
    in brackets inside a sub-task ('（钱老师出图）') or after 'with' ('with Thomas for the tooling part') is support, not an owner.
11. **Status words**: rows or blocks marked 已完成 / Done ✓ / Closed / `[x]` are not items; '进行中', '未开始', '方案已完成，待实施' and
    'Open' rows are items. Progress notes ('已完成60%') are not separate items.
12. **Replies in an old thread** ('答复:', 'Re:') whose new text is a new set of minutes are kind minutes; only the new text above
    the quote counts. A person's answer to a meeting-time poll, an office notice (通知) asking every department for a report, and a
    staff newsletter written by a person are kind `other`.
13. **Task text** is in the language of the minutes (traditional characters kept in 6932; English tasks in English), trimmed of
    owner, date and ticket words; first-person objects are made explicit ('发给我' -> '发给宏达包装'). Scorers should match loosely.
14. **Charsets**: two bodies are labelled gb2312 but contain GBK-only characters (赟 in 6901, 珺 in 6915), as Outlook really sends;
    decode them as GBK like every mail client (Python's strict gb2312 codec fails; `get_content()` would replace the character).
    In headers, an encoded word holding a GBK-only character is labelled GBK so that it parses without defects.

## Client and encoding notes

- Header styles follow each client (Outlook Thread-Index/Content-Language, Foxmail X-Mailer/boundary, Coremail X-Mailer/
  X-Coremail-*, Exmail X-QQ-*, Gmail Message-ID/boundary, Apple Mail 'Mime-Version: 1.0 (Mac OS X Mail …)', Thunderbird
  User-Agent, OWA Thread-Topic/X-MS-*, Outlook for Mac User-Agent). Two real habits were **not** copied because
  `email.policy.default` reports them as defects: Foxmail/QQ's quoted encoded words (`"=?GBK?B?…?=" <a@b>`) and RFC 2047 words
  inside quoted `filename="…"` parameters; display names use bare encoded words and non-ASCII file names use RFC 2231.
- Transfer encodings: base64, quoted-printable, 8bit (6909, 6920) and 7bit; single text/plain (6909, 6910, 6912, 6914, 6920,
  6927, 6933), single text/html (6917, 6937), multipart/alternative, multipart/mixed with .docx (6904, 6928) and PDF (6918),
  multipart/report (6938). CRLF line ends in 6912 and 6933, LF elsewhere. 6920 and 6927 are format=flowed (6920 has one
  soft line break in a notice, and the items are hard-wrapped onto an indented second line).
- Dates: most Date headers are +0800; 6911 is +0900, 6925 and 6926 are +0200, 6924 and 6936 are +0000 (6924 is Sunday 23:52 UTC =
  Monday 07:52 in Shanghai, and the gold depends on using the Shanghai date). Coremail writes '+0800 (GMT+08:00)', 163 '+0800 (CST)'.
- All domains are reserved example domains except the supplier's personal `163.com` mailbox in 6913 and Google's sending
  hosts in the Received lines of the two Gmail cases (6911, 6926); other IP addresses are documentation ranges or private.
- About a third of the minutes are plain, everyday mail with nothing unusual beyond ordinary aliases and dates: 6901, 6905,
  6906, 6908, 6909, 6914, 6916, 6919, 6923, 6925, 6929, 6930.

## Cases

| case | kind | gold summary | client / encoding | what it tests |
| --- | --- | --- | --- | --- |
"""


def gold_summary(c):
    if c["kind"] != "minutes":
        return "no items"
    parts = []
    for it in c["items"]:
        g = it["gold"]
        who = g["owner_name"] or ("(%s)" % g["department"] if g["department"] else "(no owner)")
        if g["due_date"]:
            when = g["due_date"][5:] + (" " + g["due_time"] if g["due_time"] else "")
        else:
            when = "vague" if "vague_due" in g["flags"] else "no date"
        parts.append("%s %s" % (who, when))
    s = "%d items: %s" % (len(c["items"]), "; ".join(parts))
    fu = c["followup"]
    s += " · next: %s" % ("%s %s" % (fu["gold"]["date"], fu["gold"]["time"] or "") if fu else "none")
    return s.strip()


def readme_text():
    kinds = {}
    for c in CASES:
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    out = [README_HEAD.format(minutes=kinds.get("minutes", 0), other=kinds.get("other", 0), auto=kinds.get("auto", 0))]
    for k in "ABCD":
        o = ORGS[k]
        out.append("| %s | %s — %s | `%s` | `%s` | %s |\n" % (k, o["name"], o["kind"], o["domain"], o["bot"], o["mail"]))
    out.append(README_CONV)
    for c in sorted(CASES, key=lambda c: c["num"]):
        out.append("| %s | %s | %s | %s | %s |\n" % (fname(c, "eml")[:-4], c["kind"], gold_summary(c).replace("|", "/"),
                                                     c["client"].replace("|", "/"), c["what"].replace("|", "/")))
    return "".join(out)


# ============================================================================================
# Output, README, roster and --check
# ============================================================================================
def fname(c, ext):
    return "%d-%s.%s" % (c["num"], c["slug"], ext)


def roster_bytes():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["name", "email", "department", "manager_email", "aliases"])
    for r in PEOPLE_ROWS:
        w.writerow(r[:5])
    return buf.getvalue().encode("utf-8")


def json_bytes(c):
    return (json.dumps(gold_of(c), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def all_outputs():
    out = {}
    for c in sorted(CASES, key=lambda c: c["num"]):
        out[fname(c, "eml")] = c["build"]()
        out[fname(c, "json")] = json_bytes(c)
    out["roster.csv"] = roster_bytes()
    out["README.md"] = readme_text().encode("utf-8")
    return out


def write(outdir):
    os.makedirs(outdir, exist_ok=True)
    for name, data in all_outputs().items():
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(data)
    print("wrote %d cases to %s" % (len(CASES), outdir))


def addresses_in(msg):
    out = set()
    for h in ("From", "To", "Cc", "Reply-To", "Sender"):
        for v in msg.get_all(h, []):
            for a in getattr(v, "addresses", ()):
                out.add(a.addr_spec.lower())
    return out


def check(outdir):
    errors = []

    def err(msg):
        errors.append(msg)

    nums = sorted(c["num"] for c in CASES)
    if nums != list(range(6901, 6939)):
        err("case numbers are not exactly 6901-6938: %s" % nums)
    # roster: unique names/e-mails, aliases unambiguous
    seen = {}
    for r in PEOPLE_ROWS:
        keys = [r[0]] + [a for a in r[4].split(";") if a]
        for k in keys:
            kl = k.lower()
            if kl in seen and seen[kl] != r[0]:
                err("roster: '%s' used by %s and %s" % (k, seen[kl], r[0]))
            seen[kl] = r[0]
    if len({r[1] for r in PEOPLE_ROWS}) != len(PEOPLE_ROWS):
        err("roster: duplicate e-mail")
    roster_emails = {r[1].lower() for r in PEOPLE_ROWS}
    expected = all_outputs()
    on_disk = set(os.listdir(outdir))
    for name, data in expected.items():
        path = os.path.join(outdir, name)
        if name not in on_disk:
            err("missing %s" % name)
            continue
        with open(path, "rb") as f:
            if f.read() != data:
                err("%s differs from what the generator writes (not deterministic or stale)" % name)
    stray = {n for n in on_disk if n.endswith((".eml", ".json"))} - set(expected)
    if stray:
        err("stray files: %s" % sorted(stray))
    kinds = {}
    for c in sorted(CASES, key=lambda c: c["num"]):
        tag = fname(c, "eml")
        try:
            with open(os.path.join(outdir, tag), "rb") as f:
                raw = f.read()
            with open(os.path.join(outdir, fname(c, "json")), encoding="utf-8") as f:
                gold = json.load(f)
        except OSError as e:
            err("%s: %s" % (tag, e))
            continue
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
        msg = email.message_from_bytes(raw, policy=policy.default)
        # --- structure: no defects anywhere, every text part decodes strictly
        for part in msg.walk():
            if part.defects:
                err("%s: part %s defects %s" % (tag, part.get_content_type(), part.defects))
            for k, v in part.items():
                if getattr(v, "defects", ()):
                    err("%s: header %s defects %s" % (tag, k, v.defects))
            if part.is_multipart():
                continue
            ctype = part.get_content_type()
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                try:
                    part.get_payload(decode=True).decode(codec_of(cs))
                    part.get_content()
                except Exception as e:
                    err("%s: %s (%s) does not decode: %s" % (tag, ctype, cs, e))
            elif (part.get_filename() or "").lower().endswith(".docx"):
                try:
                    if not docx_text(part.get_payload(decode=True)).strip():
                        err("%s: empty docx" % tag)
                except Exception as e:
                    err("%s: docx does not open: %s" % (tag, e))
            elif (part.get_filename() or "").lower().endswith(".pdf"):
                try:
                    if not pdf_text(part.get_payload(decode=True)).strip():
                        err("%s: empty pdf text" % tag)
                except Exception as e:
                    err("%s: pdf does not open: %s" % (tag, e))
        for h in ("From", "Date", "Message-ID", "Subject"):
            if msg[h] is None:
                err("%s: no %s header" % (tag, h))
        if ORGS[c["org"]]["bot"].lower() not in addresses_in(msg) and c["kind"] != "auto":
            err("%s: the bot address is not in From/To/Cc" % tag)
        sent = email.utils.parsedate_to_datetime(str(msg["Date"])).astimezone(SH)
        if sent.year != 2026 or not (4 <= sent.month <= 7):
            err("%s: sent %s is outside April-July 2026" % (tag, sent))
        # --- gold schema
        if set(gold) != {"kind", "items", "next_followup", "reply", "notes"}:
            err("%s: gold keys %s" % (tag, sorted(gold)))
        if gold.get("kind") not in ("minutes", "reply", "other", "auto") or gold.get("reply") is not None:
            err("%s: bad kind/reply" % tag)
        if gold != gold_of(c):
            err("%s: json on disk differs from the case definition" % tag)
        if gold["kind"] != "minutes" and (gold["items"] or gold["next_followup"]):
            err("%s: non-minutes with items or next_followup" % tag)
        if gold["kind"] == "minutes" and not gold["items"]:
            err("%s: minutes without items" % tag)
        addrs = addresses_in(msg)
        for n, (it, spec) in enumerate(zip(gold["items"], c["items"]), 1):
            where = "%s item %d" % (tag, n)
            if set(it) != {"owner_name", "owner_email", "department", "task", "due_date", "due_time", "flags"}:
                err("%s: keys %s" % (where, sorted(it)))
            if not set(it["flags"]) <= {"no_owner", "vague_due", "no_due"}:
                err("%s: flags %s" % (where, it["flags"]))
            if (it["owner_name"] is None) != ("no_owner" in it["flags"]):
                err("%s: owner/no_owner mismatch" % where)
            if it["due_date"] is None and not ({"vague_due", "no_due"} & set(it["flags"])):
                err("%s: no date but no flag" % where)
            if it["due_date"] is not None and ({"vague_due", "no_due"} & set(it["flags"])):
                err("%s: date and a no-date flag" % where)
            if it["due_time"] is not None and it["due_date"] is None:
                err("%s: time without date" % where)
            if it["owner_email"]:
                e_ = it["owner_email"].lower()
                if e_ not in roster_emails and e_ not in addrs:
                    err("%s: owner e-mail %s neither in the roster nor in From/To/Cc" % (where, e_))
                if e_ in roster_emails:
                    row = [r for r in PEOPLE_ROWS if r[1].lower() == e_][0]
                    if row[0] != it["owner_name"] or (row[2] or None) != it["department"]:
                        err("%s: owner %s/%s does not match the roster" % (where, it["owner_name"], it["department"]))
            elif it["owner_name"] is not None:
                err("%s: owner without e-mail" % where)
            if it["department"] is not None and it["owner_name"] is None:
                if it["department"] not in {r[2] for r in PEOPLE_ROWS if r[5] == c["org"]}:
                    err("%s: department %s is not one of the organisation's" % (where, it["department"]))
            if spec["rule"] is not None:
                try:
                    d, t = resolve(spec["rule"], sent)
                except Exception as e:
                    err("%s: rule %s fails: %s" % (where, spec["rule"], e))
                    continue
                if d.isoformat() != it["due_date"]:
                    err("%s: due %s but rule %s from %s gives %s" % (where, it["due_date"], spec["rule"], sent, d))
                if t is not None and t != it["due_time"]:
                    err("%s: time %s but rule gives %s" % (where, it["due_time"], t))
                if d.year != 2026:
                    err("%s: date outside 2026" % where)
        fu = gold["next_followup"]
        if fu is not None:
            if set(fu) != {"date", "time"}:
                err("%s: next_followup keys %s" % (tag, sorted(fu)))
            d, t = resolve(c["followup"]["rule"], sent)
            if d.isoformat() != fu["date"] or (t is not None and t != fu["time"]):
                err("%s: next_followup %s %s but rule gives %s %s" % (tag, fu["date"], fu["time"], d, t))
        if not gold["notes"]:
            err("%s: empty notes" % tag)
    for e in errors:
        print("ERROR", e)
    print("checked %d cases (%s): %s" % (len(CASES), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
                                         "OK" if not errors else "%d errors" % len(errors)))
    return not errors


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    outdir = args[0] if args else HERE
    if "--check" in argv:
        sys.exit(0 if check(outdir) else 1)
    write(outdir)
    sys.exit(0 if check(outdir) else 1)      # (added when the set joined the tests: write, then check what was written)


if __name__ == "__main__":
    main(sys.argv[1:])

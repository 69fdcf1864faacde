"""Helpers for make_replies5.py: MIME building (adapted from the dev corpus make_corpus.py), people, recaps,
quote styles of many mail clients. Deterministic: no clock, no randomness."""
import base64
import binascii
import datetime as dt
import hashlib
import html
import io
import re
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32

TZ8 = dt.timezone(dt.timedelta(hours=8))
UTC = dt.timezone.utc
D = dt.date

WEEKDAY_ZH = "一二三四五六日"
WEEKDAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAY_EN_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH_EN_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                 "November", "December"]


def ts(s, tz=TZ8):
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz)


def sh(t):
    return t.astimezone(TZ8)


def rfc_date(t, tzname=False):
    off = t.utcoffset()
    sign = "+" if off >= dt.timedelta(0) else "-"
    mins = abs(int(off.total_seconds())) // 60
    s = "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WEEKDAY_EN[t.weekday()], t.day, MONTH_EN[t.month - 1], t.year,
                                                   t.hour, t.minute, t.second, sign, mins // 60, mins % 60)
    return s + (" (CST)" if tzname else "")


def hx(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def hb64(seed, nbytes):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:nbytes]).decode()


# ---------------------------------------------------------------- people
DOM = "kqpharma.example.com"
BOT = ("纪要助手", "minutes@" + DOM)

# name, email local, department, head?, aliases, office
ROSTER = [
    ("周志远", "zhouzhiyuan", "供应链部", True, "周总;Zhou Zhiyuan;Jason Zhou", "上海"),
    ("林晓雯", "linxiaowen", "供应链部", False, "晓雯;Lin Xiaowen;Wendy Lin;Wendy", "上海"),
    ("钱磊", "qianlei", "冷链运营部", True, "钱经理;Qian Lei;Leo Qian", "上海"),
    ("许佳", "xujia", "冷链运营部", False, "小许;Xu Jia;Jia Xu", "上海"),
    ("孟凡", "mengfan", "冷链运营部", False, "凡哥;Meng Fan;老孟", "上海"),
    ("沈慧", "shenhui", "质量部", True, "沈经理;Shen Hui;Helen Shen;Helen", "上海"),
    ("贺子航", "hezihang", "质量部", False, "子航;He Zihang;Ken He", "上海"),
    ("邓佩琪", "dengpeiqi", "财务部", True, "邓总监;Deng Peiqi;Peggy Deng;Peggy", "上海"),
    ("严冬", "yandong", "财务部", False, "小严;Yan Dong", "上海"),
    ("蔡雨桐", "caiyutong", "信息部", True, "蔡工;Cai Yutong;Tina Cai", "上海"),
    ("陳怡君", "chenyijun", "法规事务部", True, "陈怡君;陳經理;Chen Yi-chun;Yvonne Chen;Yvonne", "台北"),
    ("黃柏翰", "huangbohan", "法规事务部", False, "黄柏翰;Huang Po-han;Paul Huang;柏翰", "台北"),
    ("吳佩珊", "wupeishan", "法规事务部", False, "吴佩珊;Wu Pei-shan;Sandy Wu;Sandy;佩珊", "台北"),
    ("Tan Wei Ming", "tanweiming", "亚太销售部", True, "陈伟明;Wei Ming;WM;Tan", "新加坡"),
    ("Priya Nair", "priya.nair", "亚太销售部", False, "Priya", "新加坡"),
    ("Nguyen Thi Lan", "nguyen.lan", "亚太销售部", False, "Lan;Nguyen Lan;Nguyễn Thị Lan", "新加坡"),
    ("Kim Min-jun", "kim.minjun", "亚太销售部", False, "Minjun;MJ Kim;김민준", "新加坡"),
    ("Sato Haruka", "sato.haruka", "亚太销售部", False, "Haruka;佐藤;佐藤遥", "新加坡"),
    ("Markus Weber", "markus.weber", "欧洲质量部", True, "Markus;Weber", "慕尼黑"),
    ("Anna Kowalska", "anna.kowalska", "欧洲质量部", False, "Anna;Ania", "慕尼黑"),
    ("Sophie Dubois", "sophie.dubois", "欧洲质量部", False, "Sophie", "慕尼黑"),
    ("Daan de Vries", "daan.devries", "欧洲质量部", False, "Daan", "慕尼黑"),
    ("Lucía Martín", "lucia.martin", "欧洲质量部", False, "Lucia Martin;Lucía", "慕尼黑"),
]
ROSTER_COLS = ["name", "email", "department", "manager_email", "aliases"]
P = {}
_heads = {dep: local for name, local, dep, head, _, _o in ROSTER if head}
for name, local, dep, head, aliases, office in ROSTER:
    P[name] = {"name": name, "email": "%s@%s" % (local, DOM), "department": dep,
               "manager_email": "" if head else "%s@%s" % (_heads[dep], DOM), "aliases": aliases, "office": office}


def who(x):
    if isinstance(x, tuple):
        return x
    if x == BOT[0]:
        return BOT
    return (x, P[x]["email"])


# ---------------------------------------------------------------- header encoding
CODEC = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "utf-8": "utf-8", "us-ascii": "ascii",
         "big5": "big5", "iso-8859-1": "latin-1", "iso-2022-jp": "iso2022_jp", "ks_c_5601-1987": "euc_kr"}


def codec(label):
    return CODEC[label.lower()]


def encoded_words(text, label="utf-8", mode="B", limit=75):
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


def htext(text, label="utf-8", mode="B"):
    if all(ord(c) < 128 for c in text):
        return text
    return "\n ".join(encoded_words(text, label, mode, limit=66))


def haddr(name, email, label="utf-8", mode="B", quote=False):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return '"%s" <%s>' % (name, email) if quote or re.search(r"[^\w ]", name) else "%s <%s>" % (name, email)
    w = " ".join(encoded_words(name, label, mode))
    return '"%s" <%s>' % (w, email) if quote else "%s <%s>" % (w, email)


def haddrs(people, label="utf-8", mode="B", quote=False, sep=", "):
    return sep.join(haddr(*who(p), label=label, mode=mode, quote=quote) for p in people)


# ---------------------------------------------------------------- MIME
def transfer_encode(data, cte):
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return binascii.b2a_qp(data, istext=True).decode("ascii")
    if cte in ("7bit", "8bit"):
        return data.decode("ascii", "surrogateescape")
    raise ValueError(cte)


def leaf(ctype, text=None, label=None, cte="base64", data=None, params=(), headers=(), ct_quote=True, crlf=False,
         extra_ct=""):
    m = Message()
    ct = ctype
    if label:
        ct += '; charset="%s"' % label if ct_quote else "; charset=%s" % label
    ct += extra_ct
    for k, v in params:
        ct += '; %s="%s"' % (k, v)
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


def multi(subtype, parts, boundary, preamble=None, quote_b=True):
    m = Message()
    m["Content-Type"] = ('multipart/%s; boundary="%s"' if quote_b else "multipart/%s; boundary=%s") % (subtype,
                                                                                                       boundary)
    m.set_payload(list(parts))
    if preamble:
        m.preamble = preamble
    m.epilogue = ""
    return m


def envelope(headers, body):
    top = Message()
    for k, v in headers:
        top[k] = v
    for k, v in body.items():
        top[k] = v
    top._payload = body._payload
    top.preamble = body.preamble
    top.epilogue = body.epilogue
    return top


def serialize(msg, crlf=False):
    buf = io.BytesIO()
    pol = compat32.clone(linesep="\r\n" if crlf else "\n", max_line_length=78)
    BytesGenerator(buf, mangle_from_=False, policy=pol).flatten(msg)
    return buf.getvalue()


def esc(s):
    return html.escape(s, quote=False)


def received(t, helo, rdns, ip, seed):
    t2 = sh(t) + dt.timedelta(seconds=2)
    return ("Received", "from %s (%s [%s])\n\tby mx1.%s (Postfix) with ESMTPS id 4Q%s\n\tfor <%s>; %s"
            % (helo, rdns, ip, DOM, hx(seed, 9).upper(), BOT[1], rfc_date(t2, tzname=True)))


# ---------------------------------------------------------------- the bot's recap
class Meeting:
    def __init__(self, key, subject, organizer, to, cc, t, rows, cutoff, lang="zh", problems=()):
        self.key, self.subject, self.organizer, self.to, self.cc = key, subject, organizer, to, cc
        self.t, self.rows, self.cutoff, self.lang, self.problems = t, rows, cutoff, lang, problems
        self.minutes_id = "<%s.%s@%s>" % (t.strftime("%Y%m%d"), hx("minutes" + key, 12), DOM)
        self.recap_id = "<r.%s.%s@%s>" % (t.strftime("%Y%m%d%H%M"), hx("recap" + key, 10), DOM)
        self.reply_to = ("纪要助手", "minutes+r%s@%s" % (hx("token" + key, 16), DOM))
        self.recap_subject = "Re: " + subject
        self.frm = BOT
        self.text, self.html = recap_text(self), recap_html(self)

    def owners(self, name):
        return [n for n, _t, o, _d in self.rows if o == name]

    def due_of(self, n):
        return D.fromisoformat(self.rows[n - 1][3][:10])


def recap_lines(m):
    if m.lang == "en":
        head = ["Hello all,", "", "Minutes Assistant has recorded the following action items:", "",
                "| # | Action item | Owner | Due |"]
        body = ["| %d | %s | %s | %s |" % r for r in m.rows]
        tail = [""]
        if m.problems:
            tail += ["Please check:"] + ["- " + x for x in m.problems] + [""]
        tail += ["If you disagree, please reply today (by %s); otherwise the items are confirmed." % m.cutoff,
                 'Reply to this mail with "confirm", "object: reason", "item N done", "progress 80%" or '
                 '"extend to Oct 20".', "", "-- Minutes Assistant (automated message)"]
        return head, body, tail
    head = ["各位好：", "", "纪要助手已登记本次会议的待办事项：", "", "| 序号 | 事项 | 负责人 | 截止时间 |"]
    body = ["| %d | %s | %s | %s |" % r for r in m.rows]
    tail = [""]
    if m.problems:
        tail += ["需要注意："] + ["· " + x for x in m.problems] + [""]
    tail += ["如有异议请于今日内回复（截止 %s，逾期视为无异议）。" % m.cutoff,
             "回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。", "",
             "—— 纪要助手（系统自动发送，请勿修改主题）"]
    return head, body, tail


def recap_text(m):
    h, b, t = recap_lines(m)
    return "\n".join(h + b + t) + "\n"


def recap_html(m, row_after=None):
    """row_after: {n: html inserted after row n} (inline answers in HTML)."""
    h, b, t = recap_lines(m)
    hdr = ["#", "Action item", "Owner", "Due"] if m.lang == "en" else ["序号", "事项", "负责人", "截止时间"]
    out = ["<div>%s</div>" % (esc(x) if x else "<br>") for x in h[:-1]]
    out.append('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:14px">'
               "<tr>" + "".join("<th>%s</th>" % x for x in hdr) + "</tr>")
    for n, task, o, d in m.rows:
        out.append("<tr><td>%d</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (n, esc(task), esc(o), esc(d)))
        if row_after and n in row_after:
            out.append('<tr><td colspan="4" style="color:#C00000">%s</td></tr>' % row_after[n])
    out.append("</table>")
    out += ["<div>%s</div>" % (esc(x) if x else "<br>") for x in t]
    return "\n".join(out)

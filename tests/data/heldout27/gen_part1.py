# -*- coding: utf-8 -*-
"""heldout27 generator: helpers, roster, calendar. Deterministic (no clock, no randomness)."""
import base64, quopri, json, os, re, sys, hashlib, datetime as dt
import chinese_calendar as cc

D = dt.date
TZ8 = dt.timezone(dt.timedelta(hours=8))

# ---------------------------------------------------------------- calendar
def is_wd(d):
    return cc.is_workday(d)

def add_wd(sent, n):
    d = sent; k = 0
    while k < n:
        d += dt.timedelta(1)
        if is_wd(d):
            k += 1
    return d

def first_wd_after(d):
    d += dt.timedelta(1)
    while not is_wd(d):
        d += dt.timedelta(1)
    return d

def this_or_next(sent, wd):  # 0=Mon; corpus README: this week's if not past, else next week's
    delta = wd - sent.weekday()
    return sent + dt.timedelta(delta if delta >= 0 else delta + 7)

def next_week(sent, wd):
    monday = sent - dt.timedelta(sent.weekday()) + dt.timedelta(7)
    return monday + dt.timedelta(wd)

def month_end(y, m):
    return (D(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(1))

# ---------------------------------------------------------------- roster
ROSTER_ROWS = [
 # Tianjin port logistics / customs brokerage  haiyan-log.example.cn
 ("韩建军","hanjianjun@haiyan-log.example.cn","总经理室","","韩总;老韩;Han Jianjun"),
 ("齐晓冬","qixiaodong@haiyan-log.example.cn","报关部","hanjianjun@haiyan-log.example.cn","齐经理;Qi Xiaodong;冬姐"),
 ("付雪","fuxue@haiyan-log.example.cn","报关部","qixiaodong@haiyan-log.example.cn","小付;Fu Xue"),
 ("卢振","luzhen@haiyan-log.example.cn","堆场管理部","hanjianjun@haiyan-log.example.cn","卢队;卢队长;Lu Zhen"),
 ("谷永胜","guyongsheng@haiyan-log.example.cn","堆场管理部","luzhen@haiyan-log.example.cn","老谷;谷班长;Gu Yongsheng"),
 ("彭丽娟","penglijuan@haiyan-log.example.cn","船代部","hanjianjun@haiyan-log.example.cn","彭经理;Lily Peng;彭姐"),
 ("单磊","shanlei@haiyan-log.example.cn","船代部","penglijuan@haiyan-log.example.cn","小单;Shan Lei"),
 ("贾桂兰","jiaguilan@haiyan-log.example.cn","财务部","hanjianjun@haiyan-log.example.cn","贾会计;贾姐;Jia Guilan"),
 # Chengdu municipal health commission, disease-control office  cdwjw.example.gov.cn
 ("邓光明","dengguangming@cdwjw.example.gov.cn","疾病预防控制处","","邓处;邓处长;Deng Guangming"),
 ("蒲晓琳","puxiaolin@cdwjw.example.gov.cn","疾病预防控制处","dengguangming@cdwjw.example.gov.cn","蒲副处长;蒲处;Pu Xiaolin"),
 ("杨凯文","yangkaiwen@cdwjw.example.gov.cn","疾病预防控制处","dengguangming@cdwjw.example.gov.cn","小杨;杨凯文同志;Yang Kaiwen"),
 ("曾若愚","zengruoyu@cdwjw.example.gov.cn","医政医管处","","曾处;曾处长;Zeng Ruoyu"),
 ("母红梅","muhongmei@cdwjw.example.gov.cn","综合监督处","","母处;母处长;Mu Hongmei"),
 ("熊莉","xiongli@cdwjw.example.gov.cn","办公室","","熊主任;Xiong Li"),
 ("谭卫东","tanweidong@cdcdc.example.gov.cn","市疾控中心","","谭所;谭所长;Tan Weidong"),
 # Xi'an game studio  huanyu-xa.example.com
 ("姚博文","yaobowen@huanyu-xa.example.com","制作部","","Bowen;Bowen Yao;老姚;姚制作人"),
 ("苏曼","suman@huanyu-xa.example.com","策划部","yaobowen@huanyu-xa.example.com","Mandy;Mandy Su;苏策划"),
 ("霍天宇","huotianyu@huanyu-xa.example.com","策划部","suman@huanyu-xa.example.com","Tim;Tim Huo;tianyu;天宇"),
 ("钱朵","qianduo@huanyu-xa.example.com","美术部","yaobowen@huanyu-xa.example.com","Dora;Dora Qian;朵姐"),
 ("俞晨阳","yuchenyang@huanyu-xa.example.com","美术部","qianduo@huanyu-xa.example.com","Chenyang;chenyang;晨阳;小俞"),
 ("冯一鸣","fengyiming@huanyu-xa.example.com","程序部","yaobowen@huanyu-xa.example.com","Ethan;Ethan Feng;yiming;冯工"),
 ("白露","bailu@huanyu-xa.example.com","发行部","yaobowen@huanyu-xa.example.com","Lulu;Lulu Bai;白姐"),
 # Qingdao German-invested auto-parts JV  hanse-qd.example.cn
 ("Markus Wendler","markus.wendler@hanse-qd.example.cn","总经理办公室","","Markus;MW;Herr Wendler;温德乐"),
 ("Sabine Krüger","sabine.krueger@hanse-qd.example.cn","质量部","markus.wendler@hanse-qd.example.cn","Sabine;SK;Frau Krüger;Sabine Krueger"),
 ("刘振宇","liuzhenyu@hanse-qd.example.cn","质量部","sabine.krueger@hanse-qd.example.cn","刘工;Zhenyu;Liu Zhenyu;LZY"),
 ("隋芳","suifang@hanse-qd.example.cn","质量部","sabine.krueger@hanse-qd.example.cn","小隋;隋工;Sui Fang;SF"),
 ("鞠晓峰","juxiaofeng@hanse-qd.example.cn","工程部","markus.wendler@hanse-qd.example.cn","鞠工;鞠经理;Xiaofeng;Ju Xiaofeng;JXF"),
 ("Thomas Brandt","thomas.brandt@hanse-qd.example.cn","生产部","markus.wendler@hanse-qd.example.cn","Thomas;TB;Herr Brandt"),
 ("栾鹏","luanpeng@hanse-qd.example.cn","生产部","thomas.brandt@hanse-qd.example.cn","栾班长;Luan Peng;LP"),
 ("宫雪","gongxue@hanse-qd.example.cn","物流部","markus.wendler@hanse-qd.example.cn","小宫;Gong Xue;Snow Gong"),
 ("曲海涛","quhaitao@hanse-qd.example.cn","采购部","markus.wendler@hanse-qd.example.cn","曲经理;Haitao;Qu Haitao"),
]
R = {r[0]: r for r in ROSTER_ROWS}

BOTS = {"port": ("纪要助手", "jiyao@haiyan-log.example.cn"),
        "gov": ("会议纪要督办助手", "dubanbot@cdwjw.example.gov.cn"),
        "game": ("minutebot", "minutes@huanyu-xa.example.com"),
        "jv": ("Protokoll-Bot", "protokoll@hanse-qd.example.cn")}

def P(name):
    r = R[name]; return (r[0], r[1])

# ---------------------------------------------------------------- gold
def I(owner, task, due=None, time=None, flags=(), calc=None, email="ROSTER", dept="ROSTER"):
    if owner is None:
        on, oe, od = None, None, (None if dept == "ROSTER" else dept)
    elif owner in R:
        on = owner; oe = R[owner][1] if email == "ROSTER" else email; od = R[owner][2] if dept == "ROSTER" else dept
    else:
        on = owner; oe = None if email == "ROSTER" else email; od = None if dept == "ROSTER" else dept
    return {"owner_name": on, "owner_email": oe, "department": od, "task": task,
            "due_date": due, "due_time": time, "flags": list(flags), "_calc": calc}

def FU(date, time=None, calc=None):
    return {"date": date, "time": time, "_calc": calc}

def REP(intent, items=(), percent=None, new_due=None, calc=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due, "_calc": calc}

# ---------------------------------------------------------------- MIME
CODECS = {"gb2312": "gbk", "gbk": "gbk", "gb18030": "gb18030", "big5": "big5", "utf-8": "utf-8", "iso-8859-1": "latin-1"}

def ew(text, cs="utf-8", mode="B", limit=70):
    words, cur = [], ""
    def enc(s):
        raw = s.encode(CODECS[cs.lower()])
        if mode == "B":
            b = base64.b64encode(raw).decode()
        else:
            b = "".join(chr(x) if (chr(x).isalnum() and x < 128) else ("_" if x == 32 else "=%02X" % x) for x in raw)
        return "=?%s?%s?%s?=" % (cs, mode, b)
    for ch in text:
        if cur and len(enc(cur + ch)) > limit:
            words.append(enc(cur)); cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return words

def H(text, cs="utf-8", mode="B"):
    if all(ord(c) < 128 for c in text):
        return text
    return "\n ".join(ew(text, cs, mode))

def A(name, email, cs="utf-8", mode="B", quote=False):
    if not name:
        return email
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{email}>' if (quote or re.search(r"[^\w ]", name)) else f"{name} <{email}>"
    w = " ".join(ew(name, cs, mode))
    return f'"{w}" <{email}>' if quote else f"{w} <{email}>"

def AL(people, cs="utf-8", mode="B", quote=False, sep=", "):
    return sep.join(A(n, e, cs, mode, quote) for n, e in people)

def rfc_date(t):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = t.utcoffset(); m = int(off.total_seconds() // 60); sign = "+" if m >= 0 else "-"; m = abs(m)
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (days[t.weekday()], t.day, mons[t.month - 1], t.year,
                                                      t.hour, t.minute, t.second, sign, m // 60, m % 60)

def hx(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]

def encode_body(text, cs, cte):
    raw = text.replace("\r\n", "\n").encode(CODECS[cs.lower()])
    if cte == "base64":
        b = base64.b64encode(raw).decode()
        return "\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n"
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    return raw.decode(CODECS[cs.lower()]) if cte in ("8bit", "7bit") else None

def leaf(ctype, text, cs="utf-8", cte="base64", extra=(), fmt_flowed=False):
    ct = f'{ctype}; charset="{cs}"' if not fmt_flowed else f'{ctype}; charset={cs}; format=flowed'
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra)
    return (hs, encode_body(text, cs, cte))

def bin_leaf(ctype, data, filename, cs="utf-8"):
    fn = filename if all(ord(c) < 128 for c in filename) else H(filename, cs)
    b = base64.b64encode(data).decode()
    body = "\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n"
    return ([("Content-Type", f'{ctype};\n\tname="{fn}"'), ("Content-Transfer-Encoding", "base64"),
             ("Content-Disposition", f'attachment;\n\tfilename="{fn}"')], body)

def multi(sub, parts, boundary, extra_params=""):
    out = []
    for hs, body in parts:
        out.append("--" + boundary + "\n" + "".join(f"{k}: {v}\n" for k, v in hs) + "\n" + body)
    text = "This is a multi-part message in MIME format.\n\n" + "\n".join(out) + "\n--" + boundary + "--\n"
    return ([("Content-Type", f'multipart/{sub};{extra_params}\n\tboundary="{boundary}"')], text)

def envelope(headers, part, raw_cs="utf-8"):
    hs, body = part
    lines = "".join(f"{k}: {v}\n" for k, v in headers)
    lines += "MIME-Version: 1.0\n" + "".join(f"{k}: {v}\n" for k, v in hs)
    data = lines + "\n" + body
    # 8bit bodies are stored in their own charset
    return data.encode(CODECS[raw_cs.lower()])

def received(t, host, ip, to_host, seed):
    return ("Received", f"from {host} (unknown [{ip}])\n\tby mx.{to_host} (Postfix) with ESMTPS id {hx(seed,10).upper()}\n"
            f"\tfor <{to_host}>; {rfc_date(t)}")

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def html_from_text(text, font="微软雅黑"):
    paras = []
    for line in text.split("\n"):
        paras.append(f'<div><span style="font-family:{font};font-size:10.5pt">{esc(line) if line else "&nbsp;"}</span></div>')
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%CS%\"></head><body>\n" + "\n".join(paras) + "\n</body></html>\n"

def html_table(rows, head=True, border=1):
    out = [f'<table border="{border}" cellspacing="0" cellpadding="4" style="border-collapse:collapse">']
    for i, r in enumerate(rows):
        tag = "th" if (head and i == 0) else "td"
        out.append("<tr>" + "".join(f"<{tag}>{esc(c).replace(chr(10), '<br>')}</{tag}>" for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)

def text_table(rows):
    return "\n".join("\t".join(c.replace("\n", " ") for c in r) for r in rows)

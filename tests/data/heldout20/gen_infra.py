"""Infrastructure for the heldout20 generator: calendar, people, MIME assembly (bytes built by hand)."""
import base64, hashlib, quopri, datetime as dt, html as H
import chinese_calendar as cc

TZ8 = dt.timezone(dt.timedelta(hours=8))
D = dt.date
WZ = "一二三四五六日"
WEN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MEN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# ---------------- calendar (chinesecalendar; 2027 has no official data: 2027 cases use no working-day phrases)
def is_workday(d):
    return cc.is_workday(d)

def add_wd(sent, n):
    d = sent
    while n:
        d += dt.timedelta(days=1)
        if is_workday(d):
            n -= 1
    return d

def wk(sent, wd):            # 周X / by Friday: this week's X if not past, else next week's
    mon = sent - dt.timedelta(days=sent.weekday())
    c = mon + dt.timedelta(days=wd)
    return c if c >= sent else c + dt.timedelta(days=7)

def nwk(sent, wd):           # 下周X
    mon = sent - dt.timedelta(days=sent.weekday())
    return mon + dt.timedelta(days=7 + wd)

def first_wd_after(d):
    d += dt.timedelta(days=1)
    while not is_workday(d):
        d += dt.timedelta(days=1)
    return d

def last_wd_before(d):
    d -= dt.timedelta(days=1)
    while not is_workday(d):
        d -= dt.timedelta(days=1)
    return d

def month_end(d):
    n = (d.replace(day=28) + dt.timedelta(days=4))
    return n - dt.timedelta(days=n.day)

# ---------------- people
ROSTER = []   # (name, email, dept, manager_email, aliases)
P = {}

def person(key, name, email, dept, mgr, aliases):
    ROSTER.append((name, email, dept, mgr, aliases))
    P[key] = (name, email, dept)

SUG = "guinan-sugar.example.cn"
AI = "shenyan.example.com"
TEA = "ludaotea.example.cn"
GOV = "dingxiang-jd.example.gov.cn"
BOTS = {"S": ("纪要助手", "jiyao@" + SUG), "A": ("Minutes Bot", "minutes-bot@" + AI),
        "T": ("会议跟踪", "memo@" + TEA), "H": ("纪要督办助手", "duban@" + GOV)}

q = "qinguoqiang@" + SUG
person("qin", "覃国强", q, "厂部", "", "覃厂长;覃总;老覃;Qin Guoqiang")
person("wei", "韦丽萍", "weiliping@" + SUG, "生产部", q, "韦厂长;韦副厂长;韦总;Wei Liping")
wl = "weiliping@" + SUG
person("huang", "黄志刚", "huangzhigang@" + SUG, "制炼车间", wl, "黄工;黄主任;老黄;Huang Zhigang")
person("meng", "蒙建华", "mengjianhua@" + SUG, "设备科", wl, "蒙工;蒙科长;Meng Jianhua")
person("lu", "陆海燕", "luhaiyan@" + SUG, "农务科", q, "陆科长;海燕;Lu Haiyan")
person("liang", "梁秀英", "liangxiuying@" + SUG, "安环科", q, "梁科长;梁工;Liang Xiuying")
person("nong", "农德明", "nongdeming@" + SUG, "酒精车间", wl, "农主任;老农;Nong Deming")
person("luxy", "卢小燕", "luxiaoyan@" + SUG, "化验室", wl, "小卢;卢工;Lu Xiaoyan")
person("mo", "莫春兰", "mochunlan@" + SUG, "财务科", q, "莫科长;Mo Chunlan")

lt = "tao.lin@" + AI
person("tao", "林涛", lt, "管理层", "", "Tao;Tao Lin;涛哥;林总")
person("kevin", "王凯", "kevin.wang@" + AI, "产品部", lt, "Kevin;Kevin Wang;凯哥;kevin.wang")
person("siyuan", "刘思远", "siyuan.liu@" + AI, "研发部", lt, "Siyuan;Siyuan Liu;思远;siyuan.liu")
sy = "siyuan.liu@" + AI
person("ethan", "陈一鸣", "ethan.chen@" + AI, "研发部", sy, "Ethan;Ethan Chen;一鸣;ethan.chen")
person("zoe", "赵子涵", "zoe.zhao@" + AI, "研发部", sy, "Zoe;Zoe Zhao;子涵;zoe.zhao")
person("yue", "孙悦", "yue.sun@" + AI, "研发部", sy, "Yue;Sun Yue;Yue Sun;悦悦;yue.sun")
person("jo", "周晓", "jo.zhou@" + AI, "数据部", lt, "Jo;Jo Zhou;周晓晓;jo.zhou")
person("kiki", "何佳琪", "kiki.he@" + AI, "产品部", "kevin.wang@" + AI, "Kiki;Kiki He;佳琪;kiki.he")

cz = "chenzhennan@" + TEA
person("chen", "陈振南", cz, "总经办", "", "陈总;Mr. Chen;Zhennan Chen")
person("tina", "苏雅婷", "tina.su@" + TEA, "外贸部", cz, "Tina;Tina Su;苏经理;雅婷")
ts_ = "tina.su@" + TEA
person("jimmy", "洪志明", "jimmy.hong@" + TEA, "外贸部", ts_, "Jimmy;Jimmy Hong;小洪;志明")
person("meiling", "吴美玲", "meiling.wu@" + TEA, "外贸部", ts_, "Meiling;Meiling Wu;美玲;吴姐")
person("zhuang", "庄文斌", "zhuangwb@" + TEA, "品控部", cz, "庄工;Wenbin Zhuang;庄さん")
person("xu", "许家豪", "xujiahao@" + TEA, "物流部", cz, "家豪;阿豪;Jack Xu;Jack")
EXT = {"youssef": ("Youssef El Amrani", "youssef@atlas-the.example.ma"),
       "karim": ("Karim Benali", "k.benali@atlas-the.example.ma"),
       "katrin": ("Katrin Bauer", "k.bauer@teehaus-nord.example.de"),
       "jonas": ("Jonas Weber", "j.weber@teehaus-nord.example.de")}

zg = "zhaoguohua@" + GOV
person("zhao", "赵国华", zg, "街道办", "", "赵主任;赵国华同志")
person("han", "韩雪梅", "hanxuemei@" + GOV, "街道办", zg, "韩主任;韩副主任")
hx_ = "hanxuemei@" + GOV
person("yu", "于洪波", "yuhongbo@" + GOV, "综治办", zg, "于科长;洪波")
person("liu", "刘春生", "liuchunsheng@" + GOV, "城管科", zg, "刘科长;春生")
person("wang", "王丽娟", "wanglijuan@" + GOV, "丁香社区", hx_, "王书记;丽娟;王网格长")
person("li", "李桂芝", "liguizhi@" + GOV, "民生服务科", hx_, "李科长;李大姐")
person("gao", "高博", "gaobo@" + GOV, "文明办", zg, "小高;高主任")
person("zhang", "张宏伟", "zhanghongwei@" + GOV, "丁香社区", "wanglijuan@" + GOV, "小张;宏伟")

def who(k):
    if k in P:
        return P[k][:2]
    return EXT[k]

# ---------------- gold
CHECKS = []

def item(owner, task, due=None, time=None, flags=(), calc=None, dept=None):
    """owner: roster key, external key, None (no owner). due: hand-written ISO; calc: computed date to check."""
    if due is not None:
        CHECKS.append((due, calc, task))
    if owner is None:
        n = e = None
        dp = dept
    elif owner in P:
        n, e, dp = P[owner]
    else:
        n, e = EXT[owner]
        dp = None
    return {"owner_name": n, "owner_email": e, "department": dp, "task": task, "due_date": due,
            "due_time": time, "flags": list(flags)}

def fu(date, time=None, calc=None):
    CHECKS.append((date, calc, "next_followup"))
    return {"date": date, "time": time}

def rep(intent, items=(), percent=None, new_due=None, calc=None):
    if new_due:
        CHECKS.append((new_due, calc, "reply new_due"))
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due}

def gold(kind, notes, items=(), followup=None, reply=None):
    return {"kind": kind, "items": list(items), "next_followup": followup, "reply": reply, "notes": notes}

# ---------------- MIME (bytes assembled by hand)
def hid(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]

def codec(cs):
    return {"gb2312": "gbk", "GB2312": "gbk"}.get(cs, cs.lower())   # Outlook labels gb2312 but writes GBK bytes

def ew(text, cs="utf-8", mode="B"):
    """RFC 2047 encoded words, never splitting a character; ASCII-only text returned as is."""
    if all(ord(c) < 128 for c in text):
        return text
    words, cur = [], b""
    for ch in text:
        b = ch.encode(codec(cs))
        if len(cur) + len(b) > 36:
            words.append(cur); cur = b""
        cur += b
    if cur:
        words.append(cur)
    out = []
    for w in words:
        if mode == "B":
            out.append("=?%s?B?%s?=" % (cs, base64.b64encode(w).decode()))
        else:
            s = "".join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else "=%02X" % c for c in w)
            out.append("=?%s?Q?%s?=" % (cs, s))
    return "\n ".join(out)

def addr(p, cs="utf-8", mode="B", quote=False):
    n, e = p
    if all(ord(c) < 128 for c in n):
        return ('"%s" <%s>' % (n, e)) if (quote or " " in n or "." in n) else "%s <%s>" % (n, e)
    return '%s <%s>' % (('"%s"' % ew(n, cs, mode)) if quote else ew(n, cs, mode), e)

def addrs(ps, cs="utf-8", mode="B", quote=False, sep=",\n\t"):
    return sep.join(addr(p, cs, mode, quote) for p in ps)

def body_enc(text, cs, cte):
    data = text.replace("\n", "\r\n").encode(codec(cs)) if cte != "8bit" else text.encode(codec(cs))
    if cte == "base64":
        b = base64.b64encode(data).decode()
        return "\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n"
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii").replace("\r\n", "\n").replace("=0D\n", "\n") + "\n"
    return data.decode(codec(cs)) + ("\n" if not text.endswith("\n") else "")

def leaf(ctype, text, cs, cte, extra=""):
    h = 'Content-Type: %s;\n\tcharset="%s"\nContent-Transfer-Encoding: %s\n%s\n' % (ctype, cs, cte, extra)
    return h + body_enc(text, cs, cte)

def multi(subtype, parts, boundary, extra_params=""):
    out = 'Content-Type: multipart/%s;\n\tboundary="%s"%s\n\n' % (subtype, boundary, extra_params)
    for p in parts:
        out += "--%s\n%s\n" % (boundary, p)
    out += "--%s--\n" % boundary
    return out

def rfc_date(t):
    off = t.utcoffset()
    m = int(off.total_seconds()) // 60
    sg = "+" if m >= 0 else "-"
    m = abs(m)
    return "%s, %d %s %d %02d:%02d:%02d %s%02d%02d" % (WEN[t.weekday()], t.day, MEN[t.month - 1], t.year, t.hour,
                                                     t.minute, t.second, sg, m // 60, m % 60)

def T(s, off=8):
    return dt.datetime.fromisoformat(s).replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))

def received(t, host, ip, rcpt, server):
    tt = t.astimezone(TZ8) + dt.timedelta(seconds=3)
    return ("Received: from %s (unknown [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s (CST)\n"
            % (host, ip, server, hid(host + str(t), 10).upper(), rcpt, rfc_date(tt)))

def html_of_text(text, font="微软雅黑", size="10.5pt"):
    lines = text.split("\n")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CS%%"></head><body>\n'
            + "\n".join('<div><span style="font-family:%s;font-size:%s">%s</span></div>' % (font, size, H.escape(l) if l else "<br>")
                        for l in lines) + "\n</body></html>")

def html_table(rows, border=1):
    out = '<table border="%d" cellspacing="0" cellpadding="4" style="border-collapse:collapse">\n' % border
    for i, r in enumerate(rows):
        tag = "th" if i == 0 else "td"
        out += "<tr>" + "".join("<%s>%s</%s>" % (tag, H.escape(c).replace("\n", "<br>"), tag) for c in r) + "</tr>\n"
    return out + "</table>"

def text_table(rows):
    return "\n".join("\t".join(c.replace("\n", " ") for c in r) for r in rows)

def build(client, frm, to, cc_, subject, t, text, html=None, cs="utf-8", cte="base64", irt=None, refs=None,
          extra_headers="", seed="", attach=None, hdr_cs=None, hdr_mode="B", dom=None):
    """Assemble a message the way `client` writes it; returns str (8-bit safe where the body is 8bit)."""
    seed = seed or subject + str(t)
    hcs = hdr_cs or ("utf-8" if cs.lower() in ("utf-8",) else cs)
    fdom = frm[1].split("@")[1]
    rcpt_dom = dom
    if html is not None:
        html = html.replace("%CS%", cs)
    h = ""
    if client == "outlook":
        mid = "<%s$%s$%s@%s>" % ("000001" + hid(seed, 6), hid(seed + "a", 8), hid(seed + "b", 8), fdom)
        b = "----=_NextPart_000_%s_%s.%s" % (hid(seed, 4).upper(), "01DB" + hid(seed, 4).upper(), hid(seed + "c", 8).upper())
        xm = "X-Mailer: Microsoft Outlook 16.0\nThread-Index: AQH%s\nContent-Language: zh-cn\n" % base64.b64encode(hashlib.md5(seed.encode()).digest()).decode()[:30]
    elif client == "foxmail":
        mid = "<%s%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), hid(seed, 8).upper()[:6], fdom)
        b = "----=_001_NextPart%s_=----" % str(int(hid(seed, 8), 16))[:12]
        xm = "X-Priority: 3\nX-GUID: %s-%s-%s-%s-%s\nX-Has-Attach: no\nX-Mailer: Foxmail 7.2.25.375[cn]\n" % (
            hid(seed, 8).upper(), hid(seed, 12)[8:12].upper(), "4F2A", hid(seed + "g", 4).upper(), hid(seed + "h", 12).upper())
    elif client == "coremail":
        mid = "<%s.%s.%s.Coremail.%s>" % (hid(seed, 5), hid(seed + "1", 4), hid(seed + "2", 11), frm[1])
        b = "----=_Part_%d_%d.%d" % (int(hid(seed, 6), 16) % 999999, int(hid(seed + "p", 8), 16) % 99999999, 1700000000000 + int(hid(seed, 8), 16) % 99999999999)
        xm = "X-Priority: 3\nX-Mailer: Coremail Webmail Server Version 2023.3-cmXT6 build 20240613(a8ff8bf5)\nX-Coremail-Locale: zh_CN\nX-CM-CTRLDATA: %s\n" % hid(seed + "cm", 24)
    elif client == "gmail":
        mid = "<CA%s+%s@mail.gmail.com>" % (hid(seed, 14).upper(), base64.b64encode(hashlib.md5(seed.encode()).digest()).decode()[:22].replace("/", "_"))
        b = "0000000000%s" % hid(seed, 16)
        xm = "X-Gm-Features: AQt7F2%s\n" % hid(seed + "gm", 30)
    elif client == "apple":
        u = hid(seed, 32).upper()
        mid = "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], fdom)
        b = "Apple-Mail=_%s-%s-%s" % (u[:8], u[8:12], u[12:16])
        xm = "X-Mailer: Apple Mail (2.3826.400.131.1.6)\n"
    elif client == "iphone":
        u = hid(seed, 32).upper()
        mid = "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], fdom)
        b = "Apple-Mail-%s-%s" % (u[:8], u[8:12])
        xm = "X-Mailer: iPhone Mail (22D82)\n"
    elif client == "qq":
        mid = "<tencent_%s@qq.com>" % hid(seed, 40).upper()[:36]
        b = "----=_NextPart_%s_%s_%s" % (hid(seed, 8).upper(), hid(seed + "x", 8).upper(), hid(seed + "y", 8).upper())
        xm = "X-QQ-mid: bizesmtp%st%s\nX-QQ-MIME: TCMime 1.0 by Tencent\nX-Mailer: QQMail 2.x\nX-QQ-Mailer: QQMail 2.x\n" % (hid(seed, 10), hid(seed + "t", 10))
    elif client == "feishu":
        mid = "<%s@%s>" % (hid(seed, 32), fdom)
        b = "%s" % hid(seed + "fs", 28)
        xm = "X-Lms-Return-Path: <lba+%s@%s>\n" % (hid(seed, 20), fdom)
    else:
        mid = "<%s@%s>" % (hid(seed, 24), fdom)
        b = "=_%s" % hid(seed, 20)
        xm = ""
    self_mid = mid
    h += "Return-Path: <%s>\n" % frm[1]
    h += "Delivered-To: %s\n" % (rcpt_dom or "")
    h += received(t, "mail." + fdom, "203.0.113.%d" % (int(hid(seed, 2), 16) % 200 + 10), rcpt_dom or "", "mx." + (rcpt_dom or "x@x").split("@")[1])
    h += "Date: %s\n" % rfc_date(t)
    h += "From: %s\n" % addr(frm, hcs, hdr_mode)
    h += "To: %s\n" % addrs(to, hcs, hdr_mode)
    if cc_:
        h += "Cc: %s\n" % addrs(cc_, hcs, hdr_mode)
    h += "Subject: %s\n" % ew(subject, hcs, hdr_mode)
    h += "Message-ID: %s\n" % mid
    if irt:
        h += "In-Reply-To: %s\n" % irt
        h += "References: %s\n" % ("\n ".join(refs or [irt]))
    h += xm + extra_headers
    h += "MIME-Version: 1.0\n"
    if html is None:
        body = leaf("text/plain", text, cs, cte)
    else:
        body = multi("alternative", [leaf("text/plain", text, cs, cte), leaf("text/html", html, cs, cte)], b)
    if attach:
        fn, ctype, data = attach
        a = ('Content-Type: %s;\n\tname="%s"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment;\n\tfilename="%s"\n\n'
             % (ctype, ew(fn, "utf-8"), ew(fn, "utf-8")))
        bb = base64.b64encode(data).decode()
        a += "\n".join(bb[i:i + 76] for i in range(0, len(bb), 76)) + "\n"
        body = multi("mixed", [body, a], b + "_mixed")
    return h + body, self_mid

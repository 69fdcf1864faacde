"""Case container and the header habits of each mail client used in heldout70."""
import datetime as dt
from email.utils import format_datetime

from h70_common import Person, addr, addrlist, date_hdr, encw, parse_date, seedhex


class Case:
    def __init__(self, num, slug, kind, client, date, frm, to, subject, root, cc=(), items=(), followup=None,
                 notes="", tests="", extra=(), rcpt=None, msgid=None, via=None, hcs=None):
        self.num, self.slug, self.kind, self.client, self.date = num, slug, kind, client, date
        self.frm, self.to, self.cc, self.subject, self.root = frm, list(to), list(cc), subject, root
        self.items, self.followup, self.notes, self.tests = list(items), followup, notes, tests
        self.extra, self.rcpt, self.msgid, self.via, self.hcs = list(extra), rcpt, msgid, via, hcs

    @property
    def name(self):
        return "%d-%s" % (self.num, self.slug)


def _email(p):
    return p.email if isinstance(p, Person) else p[1]


def _name(p):
    return p.name if isinstance(p, Person) else p[0]


def _dom(p):
    return _email(p).split("@")[1]


def boundary(client, num, i=0):
    h = seedhex(client, num, i, n=24)
    H = h.upper()
    return {
        "outlook": "----=_NextPart_%03d_%s_01DC%s.%s" % (i, H[:4], H[4:8], H[8:16]),
        "m365": "_%03d_%sMB%s_" % (i, H[:8], H[8:20]),
        "foxmail": "----=_%03d_NextPart%s_=----" % (i + 1, h[:12]),
        "coremail": "----=_Part_%d_%d.%d" % (int(h[:6], 16), int(h[6:12], 16), 1774000000000 + int(h[12:18], 16)),
        "netease": "----=_Part_%d_%d.%d" % (int(h[:6], 16), int(h[6:12], 16), 1774000000000 + int(h[12:18], 16)),
        "exmail": "----=_NextPart_%s_%s_%s" % (H[:8], H[8:16], H[16:24]),
        "qq": "----=_NextPart_%s_%s_%s" % (H[:8], H[8:16], H[16:24]),
        "wecom": "----=_NextPart_%s_%s_%s" % (H[:8], H[8:16], H[16:24]),
        "gmail": "0000000000%s" % h[:16],
        "apple": "Apple-Mail=_%s-%s-%s-%s-%s" % (H[:8], H[8:12], H[12:16], H[16:20], H[:12]),
        "thunderbird": "------------%s" % H[:24],
        "feishu": "%s" % h[:30],
        "dingtalk": "----=ALIBOUNDARY_%d_%s_%s" % (int(h[:5], 16), h[5:13], h[13:19]),
        "postfix": "%s.%d/mail.%s" % (H[:10], 1774000000 + int(h[10:15], 16), "example.cn"),
        "exchange": "_%03d_%sMB%s_" % (i, H[:8], H[8:20]),
    }[client]


HCS = {"outlook": "gb2312", "outlook_utf8": "utf-8", "m365": "utf-8", "foxmail": "GBK", "coremail": "GBK",
       "netease": "GBK", "exmail": "utf-8", "qq": "gb18030", "wecom": "utf-8", "gmail": "UTF-8", "apple": "utf-8",
       "thunderbird": "UTF-8", "feishu": "UTF-8", "dingtalk": "UTF-8", "postfix": "utf-8", "exchange": "utf-8"}


def default_msgid(c):
    h = seedhex(c.num, c.slug, n=40)
    H = h.upper()
    dom = _dom(c.frm)
    d = parse_date(c.date)
    cl = c.client
    if cl in ("outlook", "outlook_utf8"):
        return "<000001dc%s$%s$%s@%s>" % (h[:4], h[4:12], h[12:20], dom)
    if cl in ("m365", "exchange"):
        host = "TYZPR06MB%s" % str(int(h[:5], 16))[:4]
        if dom.endswith(".se"):
            host = "DB9PR10MB%s" % str(int(h[:5], 16))[:4]
            return "<%s%s@%s.EURPRD10.PROD.OUTLOOK.COM>" % (host, H[5:29], host)
        return "<%s%s@%s.apcprd06.prod.outlook.com>" % (host, H[5:29], host)
    if cl == "foxmail":
        return "<%s%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), str(int(h[:8], 16))[:7], dom)
    if cl in ("coremail",):
        return "<%s.%s.%s.Coremail.%s@%s>" % (h[:8], h[8:12], h[12:23], _email(c.frm).split("@")[0], dom)
    if cl == "netease":
        return "<%s.%s.%s@%s>" % (h[:8], h[8:12], h[12:23], dom)
    if cl in ("exmail", "qq", "wecom"):
        return "<tencent_%s@qq.com>" % H[:36]
    if cl == "gmail":
        return "<CAH%s%s@mail.gmail.com>" % (h[:20], "".join(chr(65 + int(x, 16)) for x in h[20:40]))
    if cl in ("apple", "thunderbird"):
        return "<%s-%s-%s-%s-%s@%s>" % (H[:8], H[8:12], H[12:16], H[16:20], H[20:32], dom)
    if cl == "feishu":
        return "<%s.%s@%s>" % (h[:24], h[24:32], dom)
    if cl == "dingtalk":
        return "<%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:24], dom)
    return "<%s@%s>" % (h[:24], dom)


def headers(c, root_ctype_line=None):
    """Header block for a case (the Content-Type of the root part is added by message())."""
    cs = c.hcs or HCS[c.client]
    cl = c.client
    d = parse_date(c.date)
    frm_dom = _dom(c.frm)
    rcpt = c.rcpt
    lag = 2 + int(seedhex(c.num, "lag", n=2), 16) % 9
    rd = format_datetime((d + dt.timedelta(seconds=lag)).astimezone(dt.timezone(dt.timedelta(hours=8))))
    host = {"outlook": "DESKTOP-%s" % seedhex(c.num, n=6).upper(), "foxmail": "PC-%s" % seedhex(c.num, n=5).upper()}
    out = ["Return-Path: <%s>" % ("" if cl == "exchange" else _email(c.frm))]
    if rcpt:
        out.append("Delivered-To: %s" % rcpt)
    rdom = rcpt.split("@")[1] if rcpt else frm_dom
    ip = "10.%d.%d.%d" % tuple(int(seedhex(c.num, k, n=2), 16) % 250 + 1 for k in "abc")
    qid = seedhex(c.num, "qid", n=11).upper()
    if c.via:
        out.append(c.via.replace("{date}", rd).replace("{qid}", qid))
    out.append("Received: from %s (unknown [%s])\n\tby mail.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
               % (host.get(cl, "mail." + frm_dom if cl not in ("gmail",) else "mail-sor-f41.google.com"), ip, rdom,
                  qid, rcpt or _email(c.to[0]), rd))
    mid = c.msgid or default_msgid(c)
    subj = encw(c.subject, cs, "B")
    to = addrlist(c.to, cs)
    cc = addrlist(c.cc, cs) if c.cc else None
    frm = addr(_name(c.frm), _email(c.frm), cs)
    date = date_hdr(c.date)
    refs = [h for h in c.extra if h.split(":")[0] in ("In-Reply-To", "References")]
    other = [h for h in c.extra if h not in refs]
    if cl in ("outlook", "outlook_utf8"):
        out += ["From: " + frm, "To: " + to] + (["Cc: " + cc] if cc else []) + ["Subject: " + subj, "Date: " + date,
                "Message-ID: " + mid] + refs + ["MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 16.0",
                "Thread-Index: Ad%s" % seedhex(c.num, "ti", n=22), "Content-Language: zh-cn"]
    elif cl in ("m365", "exchange"):
        out += ["From: " + frm, "To: " + to] + (["CC: " + cc] if cc else []) + ["Subject: " + subj,
                "Thread-Topic: " + subj, "Thread-Index: AQH%s" % seedhex(c.num, "ti", n=26), "Date: " + date,
                "Message-ID: " + mid] + refs + ["Accept-Language: en-US, zh-CN", "Content-Language: en-US",
                "X-MS-Has-Attach: %s" % ("yes" if "mixed" in (root_ctype_line or "") else ""),
                "X-MS-TNEF-Correlator:", "MIME-Version: 1.0"]
    elif cl == "foxmail":
        out += ["Date: " + date, "From: " + frm, "To: " + to] + (["Cc: " + cc] if cc else []) + [
                "Subject: " + subj] + refs + ["X-Priority: 3", "X-GUID: %s-%s-%s-%s-%s" % (
                seedhex(c.num, 1, n=8).upper(), seedhex(c.num, 2, n=4).upper(), seedhex(c.num, 3, n=4).upper(),
                seedhex(c.num, 4, n=4).upper(), seedhex(c.num, 5, n=12).upper()),
                "X-Has-Attach: %s" % ("yes" if "mixed" in (root_ctype_line or "") else "no"),
                "X-Mailer: Foxmail 7.2.25.228[cn]", "Mime-Version: 1.0", "Message-ID: " + mid]
    elif cl in ("coremail", "netease"):
        out += ["Date: " + date, "From: " + frm, "To: " + to] + (["Cc: " + cc] if cc else []) + [
                "Subject: " + subj] + refs + [
                "X-Priority: 3", "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240801(9fd2b1a8)"
                " Copyright (c) 2002-2026 www.mailtech.cn %s" % ("163com" if cl == "netease" else "cnmail"),
                "X-Originating-IP: [%s]" % ip, "MIME-Version: 1.0", "Message-ID: " + mid,
                "X-Coremail-Locale: zh_CN", "X-CM-TRANSID:%s" % seedhex(c.num, "tr", n=28),
                "X-CM-SenderInfo: %s" % seedhex(c.num, "si", n=20)]
    elif cl in ("exmail", "qq", "wecom"):
        out += ["X-QQ-mid: %s" % ("bizesmtp" if cl != "qq" else "") + "%st%s" % (seedhex(c.num, n=10),
                seedhex(c.num, "t", n=10)), "X-QQ-Originating-IP: %s" % seedhex(c.num, "ip", n=32),
                "X-QQ-SSF: %s" % seedhex(c.num, "ssf", n=16).upper(), "From: " + frm, "To: " + to] + (
                ["Cc: " + cc] if cc else []) + ["Subject: " + subj, "Mime-Version: 1.0", "Date: " + date,
                "X-Priority: 3", "Message-ID: " + mid] + refs + [
                "X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: %s" % {"qq": "QQMail 2.x", "exmail": "QQMail 2.x",
                                                                      "wecom": "WXWork 4.1.36"}[cl],
                "X-QQ-Mailer: %s" % {"qq": "QQMail 2.x", "exmail": "QQMail 2.x", "wecom": "WeCom Mail"}[cl]]
    elif cl == "gmail":
        out += ["MIME-Version: 1.0"] + refs + ["From: " + frm, "Date: " + date, "Message-ID: " + mid,
                "Subject: " + subj, "To: " + to] + (["Cc: " + cc] if cc else [])
    elif cl == "apple":
        out += ["From: " + frm, "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))",
                "Subject: " + subj, "Date: " + date] + (["Cc: " + cc] if cc else []) + [
                "To: " + to] + refs + ["Message-Id: " + mid, "X-Mailer: Apple Mail (2.3826.500.181.1.5)"]
    elif cl == "thunderbird":
        out += ["Message-ID: " + mid, "Date: " + date, "MIME-Version: 1.0",
                "User-Agent: Mozilla Thunderbird", "Content-Language: en-GB", "To: " + to] + (
                ["Cc: " + cc] if cc else []) + ["From: " + frm] + refs + ["Subject: " + subj]
    elif cl == "feishu":
        out += ["X-Lms-Return-Path: <lba+%s@%s>" % (seedhex(c.num, "lms", n=20), frm_dom),
                "From: " + frm, "To: " + to] + (["Cc: " + cc] if cc else []) + ["Subject: " + subj,
                "Date: " + date, "Message-Id: " + mid] + refs + ["Mime-Version: 1.0",
                "X-Mailer: feishu-mail", "X-Original-From: " + frm, "Content-Language: zh-CN"]
    elif cl == "dingtalk":
        out += ["X-Alimail-AntiSpam: AC=CONTINUE;BC=0.07%s;CH=green;DM=||false|;DS=CONTINUE" % seedhex(c.num, n=6),
                "Date: " + date, "From: " + frm, "To: " + to] + (["Cc: " + cc] if cc else []) + [
                "Message-ID: " + mid] + refs + ["Subject: " + subj, "X-Priority: 3",
                "X-Mailer: DingTalk Mail Web v2.3", "MIME-Version: 1.0"]
    else:
        out += ["From: " + frm, "To: " + to] + (["Cc: " + cc] if cc else []) + [
            "Subject: " + subj, "Date: " + date, "Message-ID: " + mid] + refs + ["MIME-Version: 1.0"]
    return out + other

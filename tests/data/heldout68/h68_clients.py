"""Header sets of the mail clients used in heldout68 (what each client really writes, ids derived from seeds)."""
import datetime as dt

from h68_common import haddrs, haddr, htext, hx, hb64, rfc_date


def _addr_lines(frm, to, cc, cs, mode, quote=False):
    out = ["From: " + haddr(frm, cs, mode, quote)]
    if to:
        out.append("To: " + haddrs(to, cs, mode, quote))
    if cc:
        out.append("Cc: " + haddrs(cc, cs, mode, quote))
    return out


def _thread(irt, refs):
    out = []
    if irt:
        out.append("In-Reply-To: " + irt)
    if refs:
        out.append("References: " + "\n ".join(refs))
    return out


def domain(p):
    return p[1].split("@")[1]


def outlook(sent, frm, to, cc, subj, seed, cs="gb2312", lang="zh-cn", irt=None, refs=None, attach=False,
            topic=None):
    mid = "<%s$%s$%s@%s>" % ("000001dc" + hx(seed, 8), hx(seed + "a", 8), hx(seed + "b", 8), domain(frm))
    h = _addr_lines(frm, to, cc, cs, "B")
    h += ["Subject: " + htext(subj, cs, "B", "Subject"), "Date: " + rfc_date(sent), "Message-ID: " + mid]
    h += _thread(irt, refs)
    h += ["MIME-Version: 1.0", "X-Mailer: Microsoft Outlook 16.0", "Thread-Index: " + hb64(seed, 22),
          "Content-Language: " + lang]
    if attach:
        h.append("X-MS-Has-Attach: yes")
    return h, mid


def m365(sent, frm, to, cc, subj, seed, irt=None, refs=None, attach=False, topic=None, cs="utf-8", extra=()):
    """Exchange Online: Date in +0000, Outlook-style ids, Thread-Topic, X-MS-* headers."""
    utc = dt.datetime.fromisoformat(sent).astimezone(dt.timezone.utc)
    mid = "<%s%s@%s.apcprd06.prod.outlook.com>" % ("SEZPR06MB", hx(seed, 28).upper(), "SEZPR06MB" + hx(seed, 4).upper())
    h = _addr_lines(frm, to, cc, cs, "B", quote=True)
    h += ["Subject: " + htext(subj, cs, "B", "Subject"), "Thread-Topic: " + htext(topic or subj, cs, "B", "Thread-Topic"),
          "Thread-Index: " + hb64(seed, 22), "Date: " + utc.strftime("%a, %d %b %Y %H:%M:%S +0000"),
          "Message-ID: " + mid]
    h += _thread(irt, refs)
    h += ["Accept-Language: en-US, zh-CN", "Content-Language: en-US",
          "X-MS-Has-Attach: " + ("yes" if attach else ""), "X-MS-TNEF-Correlator: ",
          "x-ms-exchange-organization-authas: Internal",
          "x-ms-publictraffictype: Email"]
    h += list(extra)
    h.append("MIME-Version: 1.0")
    return h, mid


def foxmail(sent, frm, to, cc, subj, seed, cs="GBK", irt=None, refs=None, attach=False):
    t = dt.datetime.fromisoformat(sent)
    mid = "<%s%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), hx(seed, 6), domain(frm))
    h = ["Date: " + t.strftime("%a, %d %b %Y %H:%M:%S %z")]
    h += _addr_lines(frm, to, cc, cs, "B")
    h += ["Subject: " + htext(subj, cs, "B", "Subject")]
    h += _thread(irt, refs)
    h += ["X-Priority: 3", "X-Has-Attach: " + ("yes" if attach else "no"), "X-Mailer: Foxmail 7.2.25.375[cn]",
          "Mime-Version: 1.0", "Message-ID: " + mid]
    return h, mid


def coremail(sent, frm, to, cc, subj, seed, cs="UTF-8", irt=None, refs=None):
    mid = "<%s.%s.%s.Coremail.%s>" % (hx(seed, 8), hx(seed + "x", 4), hx(seed + "y", 11), frm[1])
    h = ["Date: " + rfc_date(sent)]
    h += _addr_lines(frm, to, cc, cs, "B")
    h += ["Subject: " + htext(subj, cs, "B", "Subject")]
    h += _thread(irt, refs)
    h += ["X-Priority: 3", "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240801(9e9bd4c1)\n Copyright (c) 2002-2026 www.mailtech.cn "
          + domain(frm), "X-NotifyHeaderFlag: 0",
          "MIME-Version: 1.0", "Message-ID: " + mid, "X-Coremail-Locale: zh_CN",
          "X-CM-TRANSID:" + hb64(seed + "t", 18), "X-CM-SenderInfo: " + hx(seed + "s", 12)]
    return h, mid


def exmail(sent, frm, to, cc, subj, seed, cs="gb18030", irt=None, refs=None, wecom=False):
    mid = "<tencent_%s@%s>" % (hx(seed, 36).upper(), "exmail.qq.com" if not wecom else "qq.com")
    h = ["X-QQ-mid: bizesmtp%st%s" % (hx(seed, 6), hx(seed + "q", 6)),
         "X-QQ-Originating-IP: " + hb64(seed + "ip", 12),
         "Date: " + rfc_date(sent)]
    h += _addr_lines(frm, to, cc, cs, "B")
    h += ["Subject: " + htext(subj, cs, "B", "Subject")]
    h += _thread(irt, refs)
    h += ["Mime-Version: 1.0"]
    if wecom:
        h += ["X-Mailer: WeCom Mail(4.1.28)"]
    else:
        h += ["X-Priority: 3", "X-QQ-MIME: TCMime 1.0 by Tencent", "X-Mailer: QQMail 2.x", "X-QQ-Mailer: QQMail 2.x"]
    h += ["Message-ID: " + mid, "X-QQ-SENDSIZE: 520"]
    return h, mid


def netease(sent, frm, to, cc, subj, seed, cs="UTF-8", irt=None, refs=None, master=False):
    mid = "<%s.%s.%s@%s>" % (hx(seed, 7), hx(seed + "n", 4), hx(seed + "m", 11), domain(frm))
    h = ["Date: " + rfc_date(sent)]
    h += _addr_lines(frm, to, cc, cs, "B")
    h += ["Subject: " + htext(subj, cs, "B", "Subject")]
    h += _thread(irt, refs)
    h += ["X-Priority: 3", "X-Mailer: " + ("NetEase Mail Master 5.3.2.1028" if master else
                                           "Coremail Webmail Server Version 2023.3-cmXT5 build 20240715(ff93b3a5) Copyright (c) 2002-2026 www.mailtech.cn 163com"),
          "X-NTES-SC: AL_Qu2a" + hx(seed + "sc", 20), "MIME-Version: 1.0", "Message-ID: " + mid]
    return h, mid


def feishu(sent, frm, to, cc, subj, seed, irt=None, refs=None):
    mid = "<%s-%s-%s@%s>" % (hx(seed, 8), hx(seed + "1", 4), hx(seed + "2", 12), domain(frm))
    h = _addr_lines(frm, to, cc, "UTF-8", "B")
    h += ["Subject: " + htext(subj, "UTF-8", "B", "Subject"), "Date: " + rfc_date(sent), "Message-Id: " + mid]
    h += _thread(irt, refs)
    h += ["Mime-Version: 1.0", "X-Mailer: Lark Mail (Feishu) 7.19", "X-Lms-Return-Path: <lba+" + hx(seed, 12) + "@" +
          domain(frm) + ">", "X-Original-From: " + haddr(frm, "UTF-8", "B")]
    return h, mid


def dingtalk(sent, frm, to, cc, subj, seed, irt=None, refs=None):
    mid = "<%s.%s@%s>" % (hx(seed, 12), hx(seed + "d", 8), domain(frm))
    h = ["Date: " + rfc_date(sent)]
    h += _addr_lines(frm, to, cc, "UTF-8", "B")
    h += ["Message-ID: " + mid, "Subject: " + htext(subj, "UTF-8", "B", "Subject")]
    h += _thread(irt, refs)
    h += ["X-Mailer: Alimail-Mailagent revision 3", "X-Priority: 3", "MIME-Version: 1.0",
          "X-Alimail-AntiSpam: AC=CONTINUE;BC=0." + hx(seed + "as", 6) + ";CH=green", "x-aliyun-mail-creator: W4_" +
          hb64(seed + "cr", 12)]
    return h, mid


def gmail(sent, frm, to, cc, subj, seed, irt=None, refs=None, cs="UTF-8"):
    mid = "<CA+%s@mail.gmail.com>" % hb64(seed, 33).replace("/", "_").replace("+", "-")
    h = ["MIME-Version: 1.0"]
    h += _thread(irt, refs)
    h += ["From: " + haddr(frm, cs, "B"), "Date: " + rfc_date(sent).replace("-0000", "+0000"),
          "Message-ID: " + mid, "Subject: " + htext(subj, cs, "B", "Subject")]
    if to:
        h.append("To: " + haddrs(to, cs, "B"))
    if cc:
        h.append("Cc: " + haddrs(cc, cs, "B"))
    return h, mid


def apple(sent, frm, to, cc, subj, seed, irt=None, refs=None, iphone=False):
    u = hx(seed, 32).upper()
    mid = "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], domain(frm))
    h = ["From: " + haddr(frm, "utf-8", "B"),
         "Content-Type: PLACEHOLDER"]  # replaced by body headers (Apple puts Content-Type early)
    h = h[:1]
    h += ["Mime-Version: 1.0 (%s)" % ("1.0" if iphone else "Mac OS X Mail 16.0 \\(3826.500.181.1.5\\)"),
          "Subject: " + htext(subj, "utf-8", "B", "Subject"), "Date: " + rfc_date(sent)]
    h += _thread(irt, refs)
    if cc:
        h.append("Cc: " + haddrs(cc, "utf-8", "B"))
    h += ["To: " + haddrs(to, "utf-8", "B"), "Message-Id: " + mid,
          "X-Mailer: " + ("iPhone Mail (22F76)" if iphone else "Apple Mail (2.3826.500.181.1.5)")]
    return h, mid


def thunderbird(sent, frm, to, cc, subj, seed, irt=None, refs=None, lang="en-US"):
    u = hx(seed, 32)
    mid = "<%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:28], domain(frm))
    h = ["Message-ID: " + mid, "Date: " + rfc_date(sent), "MIME-Version: 1.0",
         "User-Agent: Mozilla Thunderbird", "Content-Language: " + lang]
    h += _thread(irt, refs)
    if to:
        h.append("To: " + haddrs(to, "UTF-8", "B"))
    if cc:
        h.append("Cc: " + haddrs(cc, "UTF-8", "B"))
    h += ["From: " + haddr(frm, "UTF-8", "B"), "Subject: " + htext(subj, "UTF-8", "B", "Subject")]
    return h, mid

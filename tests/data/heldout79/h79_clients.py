"""Client profiles: header order, Message-ID shape, boundaries, charsets and transfer encodings of the mail
clients the writers use. One entry point: mail(client, ...) -> bytes."""
import datetime as dt
from h79_common import (h, ht, addr, addrs, rfcdate, leaf, multi, message, received, binpart)

MAILHOST = {"yunhe-shuju.example.cn": "mx.yunhe-shuju.example.cn",
            "nemunas-yk.example.cn": "mail.nemunas-yk.example.cn",
            "szqswj.example.gov.cn": "mail.szqswj.example.gov.cn",
            "antu-helmet.example.cn": "smtp.antu-helmet.example.cn"}

PROFILES = {
    # client: (default charset, text cte, html cte, header-encoding mode, quote names)
    "outlook": ("gb2312", "base64", "base64", "B", False),
    "outlook_utf8": ("utf-8", "quoted-printable", "quoted-printable", "B", False),
    "exo": ("utf-8", "quoted-printable", "quoted-printable", "B", True),
    "foxmail": ("GBK", "base64", "base64", "B", True),
    "exmail": ("gb18030", "base64", "base64", "B", True),
    "wecom": ("utf-8", "base64", "base64", "B", True),
    "coremail": ("UTF-8", "base64", "quoted-printable", "B", True),
    "netease": ("UTF-8", "base64", "base64", "B", True),
    "feishu": ("utf-8", "quoted-printable", "quoted-printable", "B", True),
    "dingtalk": ("UTF-8", "base64", "base64", "B", True),
    "gmail": ("UTF-8", "quoted-printable", "quoted-printable", "B", False),
    "apple": ("utf-8", "quoted-printable", "quoted-printable", "Q", True),
    "thunderbird": ("UTF-8", "8bit", "8bit", "B", False),
}


def _stamp(date):
    return dt.datetime.strptime(date, "%Y-%m-%d %H:%M:%S %z")


def _ids(client, seed, date, dom):
    t = _stamp(date)
    hx = h(seed, 32)
    if client in ("outlook", "outlook_utf8"):
        return ("<000001dc%s$%s$%s$@%s>" % (hx[:6], hx[6:14], hx[14:22], dom),
                "----=_NextPart_000_%s_01DC%s.%s" % (hx[:4].upper(), hx[4:8].upper(), hx[8:16].upper()))
    if client == "exo":
        k = hx[:6].upper()
        return ("<TYZPR06MB%s%s@TYZPR06MB%s.apcprd06.prod.exchangelabs.example.net>" % (k, hx[6:20].upper(), k),
                "_000_TYZPR06MB%s%s_" % (k, hx[6:20].upper()))
    if client == "foxmail":
        return ("<%s%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), str(int(hx[:6], 16))[:7], dom),
                "----=_001_NextPart%s_=----" % str(int(hx[6:18], 16))[:12])
    if client in ("exmail", "wecom"):
        return ("<tencent_%s@%s>" % (hx[:24].upper(), dom), "----=_NextPart_%s_%s_%s" % (
            hx[:8].upper(), hx[8:16].upper(), hx[16:24]))
    if client in ("coremail", "netease"):
        return ("<%s.%s.%s@%s>" % (hx[:8], hx[8:12], hx[12:23], dom),
                "----=_Part_%s_%s.%d" % (int(hx[:5], 16), int(hx[5:10], 16), int(t.timestamp() * 1000)))
    if client == "feishu":
        return ("<%s-%s@%s>" % (hx[:16], hx[16:24], dom), "%s" % h(seed + "b", 28))
    if client == "dingtalk":
        return ("<%s.%s-%s@%s>" % (hx[:10], int(t.timestamp()), hx[10:16], dom),
                "----=ALIBOUNDARY_%s_%s" % (int(hx[:5], 16), hx[5:13]))
    if client == "gmail":
        return ("<CAG%s+%s@%s>" % (hx[:20], hx[20:32], dom), "000000000000%s" % hx[:16])
    if client == "apple":
        u = "%s-%s-%s-%s-%s" % (hx[:8], hx[8:12], hx[12:16], hx[16:20], h(seed + "u", 12))
        return ("<%s@%s>" % (u.upper(), dom), "Apple-Mail=_%s" % h(seed + "a", 32).upper())
    if client == "thunderbird":
        u = "%s-%s-%s-%s-%s" % (hx[:8], hx[8:12], hx[12:16], hx[16:20], h(seed + "u", 12))
        return ("<%s@%s>" % (u, dom), "------------%s" % h(seed + "t", 24))
    raise ValueError(client)


def xheaders(client, seed, date):
    if client in ("outlook", "outlook_utf8"):
        return [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdzK%sQ==" % h(seed + "ti", 22)),
                ("Content-Language", "zh-cn")]
    if client == "exo":
        return [("Thread-Topic", None), ("Thread-Index", "AQHc%s" % h(seed + "ti", 24)),
                ("Accept-Language", "en-US, zh-CN"), ("Content-Language", "en-US"),
                ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    if client == "foxmail":
        return [("X-Priority", "3"), ("X-GUID", "%s-%s" % (h(seed, 8).upper(), h(seed + "g", 4).upper())),
                ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.228[cn]")]
    if client == "exmail":
        return [("X-QQ-mid", "bizesmtp%st%s" % (int(h(seed, 6), 16), h(seed + "m", 6))),
                ("X-QQ-SSF", "0000000000000000"), ("X-Mailer", "QQMail 2.x")]
    if client == "wecom":
        return [("X-QQ-mid", "wecom%st%s" % (int(h(seed, 6), 16), h(seed + "m", 6))),
                ("X-Mailer", "WeCom Mail/4.1.22 (Windows)")]
    if client == "coremail":
        return [("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)"),
                ("X-Coremail-Locale", "zh_CN"), ("X-CM-TRANSID", "%s" % h(seed + "c", 24)),
                ("X-Originating-IP", "[10.62.%d.%d]" % (int(h(seed, 2), 16) % 200, int(h(seed, 4)[2:], 16) % 250))]
    if client == "netease":
        return [("X-Priority", "3"), ("X-Mailer", "NetEase Mail Master 5.2.4.1024"),
                ("X-NTES-SC", "AL_Qu2%s" % h(seed + "n", 30))]
    if client == "feishu":
        return [("X-Lms-Return-Path", "<lba+%s@lark.mail.example.net>" % h(seed, 10)),
                ("X-Mailer", "Feishu Mail")]
    if client == "dingtalk":
        return [("X-Mailer", "Alimail-Mailagent revision 2"), ("X-Alimail-AntiSpam", "AC=CONTINUE;BC=0.07;BR=01")]
    if client == "gmail":
        return []
    if client == "apple":
        return [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]
    if client == "thunderbird":
        return [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-US")]
    raise ValueError(client)


def mail(client, frm, to, cc, subject, date, text=None, html=None, seed="x", irt=None, refs=None,
         attachments=(), cs=None, cte_text=None, cte_html=None, extra=(), bcc_bot=False, reply_to=None,
         flowed=False):
    """frm: (name, email); to/cc: lists of (name, email); date: 'YYYY-mm-dd HH:MM:SS +zzzz'.
    attachments: list of (ctype, filename, bytes)."""
    dcs, dte, dhe, mode, quote = PROFILES[client]
    cs = cs or dcs
    cte_text, cte_html = cte_text or dte, cte_html or dhe
    dom = frm[1].split("@")[1]
    msgid, bnd = _ids(client, seed, date, dom)
    hcs = "utf-8" if cs.lower() in ("utf-8",) else cs
    parts = []
    if text is not None:
        params = "; format=flowed" if flowed else ""
        parts.append(leaf("text/plain", text, cs, cte_text, params=params, quote=client not in ("thunderbird", "apple")))
    if html is not None:
        parts.append(leaf("text/html", html, cs, cte_html, quote=client not in ("thunderbird", "apple")))
    body = parts[0] if len(parts) == 1 else multi("alternative", parts, bnd)
    if attachments:
        atts = [binpart(ct, fn, data, "utf-8" if client not in ("foxmail",) else "gbk",
                        style="2047" if client in ("foxmail", "exmail", "coremail", "netease") else "2231")
                for ct, fn, data in attachments]
        body = multi("mixed", [body] + atts, bnd.replace("_000_", "_004_") if "_000_" in bnd else bnd + "_m")
    t = _stamp(date)
    host = MAILHOST.get(dom, "mx." + dom)
    hd = []
    rcpt_dom = dom
    bot = [x for x in list(to) + list(cc) if x[1].startswith("minutes@")]
    rcpt = bot[0][1] if bot else "minutes@" + rcpt_dom
    hd.append(("Return-Path", "<%s>" % frm[1]))
    hd.append(("Delivered-To", rcpt))
    arr = t + dt.timedelta(seconds=2 + int(h(seed, 2), 16) % 40)
    hd.append(received(arr.strftime("%Y-%m-%d %H:%M:%S %z"), "[10.%d.%d.%d]" % (
        int(h(seed, 2), 16) % 250, int(h(seed, 4)[2:], 16) % 250, 10 + int(h(seed, 6)[4:], 16) % 200),
        "10.%d.%d.%d" % (int(h(seed, 2), 16) % 250, int(h(seed, 4)[2:], 16) % 250, 10 + int(h(seed, 6)[4:], 16) % 200),
        host, rcpt, seed))
    xh = xheaders(client, seed, date)
    hd.append(("Date", rfcdate(date)))
    hd.append(("From", addr(frm[0], frm[1], hcs, mode, quote)))
    hd.append(("To", addrs(to, hcs, mode, quote)))
    if cc:
        hd.append(("Cc", addrs(cc, hcs, mode, quote)))
    if reply_to:
        hd.append(("Reply-To", addr(reply_to[0], reply_to[1], hcs, mode, quote)))
    hd.append(("Subject", ht(subject, hcs, mode)))
    if client == "exo":
        xh = [(k, ht(subject, hcs, mode) if k == "Thread-Topic" else v) for k, v in xh]
    hd.append(("Message-ID", msgid))
    if irt:
        hd.append(("In-Reply-To", irt))
        hd.append(("References", refs or irt))
    if client == "exo" and attachments:
        xh = [(k, "yes" if k == "X-MS-Has-Attach" else v) for k, v in xh]
    if client == "foxmail" and attachments:
        xh = [(k, "yes" if k == "X-Has-Attach" else v) for k, v in xh]
    hd += xh + list(extra)
    return message(hd, body), msgid

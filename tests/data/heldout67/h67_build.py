"""heldout67: client header profiles and one assembler used by every case."""
from h67_core import BOTS, ORGS, TZ8, who
from h67_mime import addr, addrs, hnum, hx, message, rfc_date, received, subj, thread_index

ORG_OF_DOMAIN = {v[2]: k for k, v in ORGS.items()}


def client_headers(client, seed, sent, ip="10.0.0.1", sender=""):
    c = client
    if c == "outlook":
        return [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(seed)),
                ("Content-Language", "zh-cn")]
    if c == "outlook-en":
        return [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(seed)),
                ("Content-Language", "en-us")]
    if c == "m365":
        return [("Thread-Topic", None), ("Thread-Index", thread_index(seed)), ("Accept-Language", "en-US, da-DK"),
                ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                ("X-MS-Exchange-Organization-SCL", "-1"),
                ("X-MS-Exchange-CrossTenant-Network-Message-Id", "%s-%s-%s" % (hx(seed, 8), hx(seed + "a", 4), hx(seed + "b", 12))),
                ("X-MS-Exchange-CrossTenant-originalarrivaltime", rfc_date(sent.astimezone(TZ8).astimezone(
                    __import__("datetime").timezone.utc)).replace("+0000", "(UTC)"))]
    if c == "foxmail":
        return [("X-Priority", "3"), ("X-GUID", "%s-%s-%s" % (hx(seed, 8).upper(), hx(seed + "1", 4).upper(), hx(seed + "2", 12).upper())),
                ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]")]
    if c == "coremail":
        return [("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)"),
                ("X-Originating-IP", "[%s]" % ip), ("X-Coremail-Locale", "zh_CN"),
                ("X-CM-TRANSID", "AQAAf%s" % hx(seed, 28)), ("X-CM-SenderInfo", "%s" % sender.split("@")[0])]
    if c == "exmail":
        return [("X-QQ-mid", "bizesmtp%st%s" % (hnum(seed, 2), hnum(seed + "t", 10))),
                ("X-QQ-SSF", "00400000000000F0"), ("X-QQ-GoodBg", "1"), ("X-Mailer", "QQMail 2.x")]
    if c == "wecom":
        return [("X-QQ-mid", "xmsezb%s-%s" % (hnum(seed, 2), hnum(seed + "w", 10))),
                ("X-QQ-XMAILINFO", hx(seed, 40)), ("X-QQ-XMRINFO", hx(seed + "r", 32)),
                ("X-Mailer", "WeCom Mail")]
    if c == "mailmaster":
        return [("X-Priority", "3"), ("X-Mailer", "NetEase Mail Master 4.17.7"), ("X-NTES-SC", "AL_Qu2%s" % hx(seed, 24)),
                ("X-Originating-IP", "[%s]" % ip), ("X-CM-TRANSID", "_____wD%s" % hx(seed, 20))]
    if c == "dingtalk":
        return [("X-Alimail-AntiSpam", "AC=CONTINUE;BC=0.07;CM=1;ST=1;TC=1;TN=1;FP=%s" % hnum(seed, 12)),
                ("X-Mailer", "DingTalk Mail 7.6.25"), ("X-Priority", "3")]
    if c == "lark":
        return [("X-Lms-Return-Path", "<lba+%s@bounce.larksuite.example.com>" % hx(seed, 16)),
                ("X-Mailer", "Lark Mail"), ("X-Lark-Mail-Id", hx(seed, 24))]
    if c == "gmail":
        return [("X-Google-Smtp-Source", "AGHT+I%s" % hx(seed, 40)), ("X-Gm-Features", "AX0GCF%s" % hx(seed, 26))]
    if c == "iphone":
        return [("X-Mailer", "iPhone Mail (22F76)")]
    if c == "applemail":
        return [("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")]
    if c == "thunderbird":
        return [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-US")]
    if c == "thunderbird-zh":
        return [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "zh-CN")]
    if c == "plain":
        return []
    raise ValueError(client)


def default_msgid(client, seed, fdom):
    if client.startswith("outlook"):
        return "<00%s01dd%s$%s$%s$@%s>" % (hx(seed + "o1", 4), hx(seed + "o2", 4), hx(seed + "o3", 8),
                                          hx(seed + "o4", 8), fdom)
    if client == "foxmail":
        return "<%s%s@%s>" % (hnum(seed + "f", 14), hnum(seed + "g", 4), fdom)
    if client in ("exmail", "wecom"):
        return "<tencent_%s@%s>" % (hx(seed + "q", 32).upper(), fdom)
    if client == "gmail":
        return "<CA%s@mail.gmail.com>" % hx(seed + "g", 40)
    if client in ("iphone", "applemail"):
        h = hx(seed + "a", 32).upper()
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], fdom)
    if client.startswith("thunderbird"):
        h = hx(seed + "t", 32)
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], fdom)
    if client == "m365":
        return "<AM9PR%s%s@AM9PR%s.eurprd%s.prod.outlook.com>" % (hnum(seed, 2), hx(seed + "x", 32).upper(),
                                                                    hnum(seed + "p", 2), hnum(seed + "e", 2))
    return "<%s.%s@%s>" % (hx(seed + "m", 16), hnum(seed + "n", 6), fdom)


def mk(org, client, sent, frm, to, cc, subject, body, seed, label="utf-8", mode="B", msgid=None,
       reply_to=None, refs=None, extra=(), hop=("", ""), date_zone=None, sender_ip="203.0.113.17",
       order="std", mime="1.0", bot_in="cc", return_path=None, subj_label=None):
    """Assemble a whole message. to/cc: lists of roster/external names or (name, email) tuples; the org's bot is
    added to Cc (or To) unless bot_in is None."""
    bot = BOTS[org]
    to, cc = list(to), list(cc)
    if bot_in == "cc":
        cc.append(bot)
    elif bot_in == "to":
        to.append(bot)
    fname, femail = who(frm) if isinstance(frm, str) else frm
    fdom = femail.split("@")[1]
    dom = ORGS[org][2]
    helo = hop[0] or ("mail." + fdom)
    hdrs = [("Return-Path", "<%s>" % (return_path if return_path is not None else femail)),
            ("Delivered-To", bot[1])]
    hdrs += received(sent, helo, sender_ip, bot[1], dom, seed, extra_hop=hop if hop[1] else None)
    ch = client_headers(client, seed, sent, ip=sender_ip, sender=femail)
    ch = [(k, v if v is not None else subject) for k, v in ch]
    mid = msgid or default_msgid(client, seed, fdom)
    core = [("From", addr(fname, femail, label, mode)), ("To", addrs(to, label, mode)) if to else None,
            ("Cc", addrs(cc, label, mode)) if cc else None,
            ("Subject", subj(subject, subj_label or label, mode)),
            ("Date", rfc_date(sent.astimezone(date_zone) if date_zone else sent)),
            ("Message-ID", mid)]
    core = [x for x in core if x]
    if reply_to:
        core.append(("In-Reply-To", reply_to))
        core.append(("References", refs or reply_to))
    if order == "client_first":
        hdrs += ch + core
    else:
        hdrs += core + ch
    hdrs += list(extra)
    # a subject containing non-ASCII inside Thread-Topic must be encoded too
    hdrs = [(k, subj(v, label, mode) if k == "Thread-Topic" else v) for k, v in hdrs]
    return message(hdrs, body, mime=mime)

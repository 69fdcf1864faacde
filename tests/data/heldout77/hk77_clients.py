"""Header sets of the mail clients used in heldout77 (what each client really writes, approximately)."""
from hk77_lib import addr, addrs, ew, hexid

SERVERS = {
    "yxf-oil.example.cn": ("mx.yxf-oil.example.cn", "hwsmtp.qiye.163.example.net", "220.181.12.77"),
    "moher-sq.example.cn": ("moher-sq-example-cn.mail.protection.outlook.example.com", "CY4PR19MB1844.namprd19.prod.outlook.example.com", "40.107.93.61"),
    "qzhwjj.example.gov.cn": ("mail.qzhwjj.example.gov.cn", "coremail.qzhwjj.example.gov.cn", "10.46.2.18"),
    "yanxi-brush.example.cn": ("mx.yanxi-brush.example.cn", "smtp.qiye.163.example.net", "220.181.12.164"),
}


def _recv(bot_email, host, ip, date, seed):
    dom = bot_email.split("@")[1]
    server = SERVERS[dom][0]
    return ("Received", f"from {host} ({host} [{ip}])\n\tby {server} (Postfix) with ESMTPS id {hexid(seed, 10).upper()}\n\t"
                        f"for <{bot_email}>; {date}")


def base(frm, to, cc, subject, date, msgid, bot, cs="utf-8", mode="B", quote=False, host="client", ip="10.0.0.1",
         extra_top=(), extra=(), subj_cs=None, in_reply=None, refs=None, order="std"):
    """Generic header list. bot = (name, email); it is put in Cc unless already in to/cc."""
    h = [("Return-Path", f"<{frm[1]}>"), ("Delivered-To", bot[1]), _recv(bot[1], host, ip, date, msgid)]
    h += list(extra_top)
    subj = ew(subject, subj_cs or cs, mode)
    fields = [("Date", date), ("From", addr(frm, cs, mode, quote)), ("To", addrs(to, cs, mode, quote))]
    if cc:
        fields.append(("Cc", addrs(cc, cs, mode, quote)))
    fields.append(("Subject", subj))
    if in_reply:
        fields.append(("In-Reply-To", in_reply))
        fields.append(("References", refs or in_reply))
    fields.append(("Message-ID", msgid))
    if order == "msgid_first":
        fields = [fields[-1]] + fields[:-1]
    h += fields + list(extra)
    h.append(("MIME-Version", "1.0"))
    return h


def foxmail(frm, to, cc, subject, date, seed, bot, cs="GBK", **kw):
    mid = f"<{seed[:14]}{int(hexid(seed, 6), 16) % 10**6:06d}@{frm[1].split('@')[1]}>"
    extra = [("X-Priority", "3"), ("X-GUID", hexid(seed + 'g', 8).upper() + "-" + hexid(seed + 'h', 4).upper() + "-4F2C-9A1E-" + hexid(seed + 'i', 12).upper()),
             ("X-Has-Attach", kw.pop("attach", "no")), ("X-Mailer", "Foxmail 7.2.25.375[cn]")]
    return base(frm, to, cc, subject, date, mid, bot, cs=cs, host="DESKTOP-" + hexid(seed, 7).upper(), ip="171.8.44.19",
                extra=extra, **kw)


def outlook_zh(frm, to, cc, subject, date, seed, bot, cs="gb2312", **kw):
    dom = frm[1].split("@")[1]
    mid = f"<{kw.pop('midhead', '000')}{hexid(seed, 3)}01dcc{hexid(seed + 'x', 3)}${hexid(seed + 'y', 8)}${hexid(seed + 'z', 8)}@{dom}>"
    extra = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQH" + hexid(seed + "t", 20) + "Aw=="),
             ("Content-Language", "zh-cn")]
    return base(frm, to, cc, subject, date, mid, bot, cs=cs, host="PC-" + hexid(seed, 6).upper(), ip="10.20.3.51",
                extra=extra, **kw)


def m365(frm, to, cc, subject, date, seed, bot, lang="en-US", cs="utf-8", **kw):
    box = "DB9PR07MB" + str(int(hexid(seed, 4), 16) % 9000 + 1000)
    mid = f"<{box}{hexid(seed, 10).upper()}@{box}.eurprd07.prod.outlook.example.com>"
    extra = [("Thread-Topic", ew(kw.pop("topic", subject), cs)), ("Thread-Index", "AdzK" + hexid(seed + "t", 18) + "=="),
             ("Accept-Language", f"{lang}, zh-CN"), ("Content-Language", lang),
             ("X-MS-Has-Attach", kw.pop("attach", "")), ("X-MS-TNEF-Correlator", ""),
             ("X-MS-Exchange-Organization-AuthAs", "Anonymous"),
             ("X-MS-Exchange-CrossTenant-originalarrivaltime", kw.pop("arrival", "")),
             ("X-Originating-IP", "[83.70.182.14]")]
    return base(frm, to, cc, subject, date, mid, bot, cs=cs, host=box + ".eurprd07.prod.outlook.example.com",
                ip="40.107.22.91", extra=extra, **kw)


def coremail(frm, to, cc, subject, date, seed, bot, cs="UTF-8", **kw):
    mid = f"<{hexid(seed, 8)}.{hexid(seed + 'a', 4)}.{hexid(seed + 'b', 11)}.Coremail.{frm[1]}>"
    extra = [("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20250305(a9c2b1d4)"),
             ("X-Coremail-Locale", "zh_CN"), ("X-CM-TRANSID", hexid(seed + "c", 22) + "--.24095S2")]
    return base(frm, to, cc, subject, date, mid, bot, cs=cs, host="coremail-web2", ip="10.46.2.31", extra=extra, **kw)


def exmail(frm, to, cc, subject, date, seed, bot, cs="gb18030", **kw):
    mid = f"<tencent_{hexid(seed, 40).upper()}@exmail.qq.example.com>"
    extra = [("X-QQ-mid", "bizesmtp" + hexid(seed + "q", 8) + "t1" + str(int(hexid(seed, 6), 16))),
             ("X-QQ-SENDSIZE", "520"), ("X-QQ-Bgrelay", "1"), ("X-Mailer", "QQMail 2.x")]
    return base(frm, to, cc, subject, date, mid, bot, cs=cs, host="smtpbg" + str(int(hexid(seed, 2), 16) % 90 + 10) + ".exmail.qq.example.com",
                ip="43.155.65.254", extra=extra, **kw)


def wecom(frm, to, cc, subject, date, seed, bot, cs="utf-8", **kw):
    mid = f"<tencent_{hexid(seed, 40).upper()}@wxwork.qq.example.com>"
    extra = [("X-QQ-mid", "xmsezb" + hexid(seed + "q", 10)), ("X-QQ-XMAILINFO", hexid(seed + "x", 30)),
             ("X-Mailer", "WXWork Mail/4.1.36")]
    return base(frm, to, cc, subject, date, mid, bot, cs=cs, host="smtpbg-wecom.qq.example.com", ip="43.154.221.58",
                extra=extra, **kw)


def netease_qiye(frm, to, cc, subject, date, seed, bot, cs="UTF-8", **kw):
    user = frm[1].split("@")[0]
    mid = f"<A{hexid(seed, 5).upper()}AHgKE{hexid(seed + 'n', 14)}.1.{1780000000000 + int(hexid(seed, 8), 16) % 10**9}.Hmail.{user}@{frm[1].split('@')[1]}>"
    extra = [("X-Priority", "3"), ("X-Mailer", "NetEase Qiye Mail/6.2.0 (webmail)"),
             ("X-Originating-IP", "[115.61.4.201]"), ("X-HM-Tid", "0a" + hexid(seed + "h", 30))]
    return base(frm, to, cc, subject, date, mid, bot, cs=cs, host="mail-m127104.qiye.163.example.net", ip="59.111.127.104",
                extra=extra, **kw)


def gmail(frm, to, cc, subject, date, seed, bot, cs="UTF-8", **kw):
    mid = f"<CA{hexid(seed, 4)}+{hexid(seed + 'g', 30)}=Mq{hexid(seed + 'k', 6)}@mail.gmail.com>"
    extra = [("X-Gm-Message-State", "AOJu0Y" + hexid(seed + "s", 40)), ("X-Google-Smtp-Source", "AGHT+IF" + hexid(seed + "p", 30))]
    return base(frm, to, cc, subject, date, mid, bot, cs=cs, host="mail-sor-f41.google.example.com", ip="209.85.220.41",
                extra=extra, **kw)


def applemail(frm, to, cc, subject, date, seed, bot, cs="utf-8", **kw):
    h = hexid(seed, 32).upper()
    mid = f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{frm[1].split('@')[1]}>"
    extra = [("X-Mailer", kw.pop("xmailer", "Apple Mail (2.3826.600.51.1.1)"))]
    hs = base(frm, to, cc, subject, date, mid, bot, cs=cs, host="smtpclient.apple", ip="85.254.74.16", extra=extra,
              order="msgid_first", **kw)
    return [(k, "1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))" if k == "MIME-Version" else v) for k, v in hs]


def thunderbird(frm, to, cc, subject, date, seed, bot, cs="UTF-8", **kw):
    h = hexid(seed, 32)
    mid = f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{frm[1].split('@')[1]}>"
    extra = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", kw.pop("lang", "zh-CN"))]
    return base(frm, to, cc, subject, date, mid, bot, cs=cs, host="[192.168.1.23]", ip="36.150.11.8", extra=extra,
                order="msgid_first", **kw)


def dingmail(frm, to, cc, subject, date, seed, bot, cs="UTF-8", **kw):
    mid = f"<{hexid(seed, 8)}-{hexid(seed + 'd', 4)}-{hexid(seed + 'e', 12)}.{frm[1].split('@')[0]}@dingtalk-mail.example.net>"
    extra = [("X-Mailer", "DingTalk Mail Client(PC) 7.6.45"), ("X-Alimail-AntiSpam", "AC=PASS;BC=-1|-1;BR=01201311R171e4;CH=green"),
             ("x-aliyun-mail-creator", "W4_" + hexid(seed + "w", 30))]
    return base(frm, to, cc, subject, date, mid, bot, cs=cs, host="out30-118.freemail.mail.aliyun.example.com",
                ip="115.124.30.118", extra=extra, **kw)


def larkmail(frm, to, cc, subject, date, seed, bot, cs="UTF-8", **kw):
    mid = f"<{hexid(seed, 24)}@larksuite.example.net>"
    extra = [("X-Mailer", "Lark Mail"), ("X-Lms-Return-Path", f"<lba+2{hexid(seed + 'r', 16)}+{frm[1].replace('@', '=')}@bounce.larksuite.example.net>"),
             ("X-Original-From", addr(frm, cs))]
    return base(frm, to, cc, subject, date, mid, bot, cs=cs, host="va-1-24.ptr.blmpb.example.net", ip="209.127.230.24",
                extra=extra, **kw)


def mailmaster(frm, to, cc, subject, date, seed, bot, cs="UTF-8", **kw):
    mid = f"<{hexid(seed, 6)}.{hexid(seed + 'm', 5)}.{1780000000 + int(hexid(seed, 6), 16) % 10**7}@{frm[1].split('@')[1]}>"
    extra = [("X-Mailer", "MailMaster_PC_4.17.8.1015"), ("X-Priority", "3")]
    return base(frm, to, cc, subject, date, mid, bot, cs=cs, host="mail-m12711.qiye.163.example.net", ip="59.111.127.11",
                extra=extra, **kw)

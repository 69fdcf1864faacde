"""Header sets of the mail clients used in heldout80 (what the receiving server stores, top to bottom)."""
import base64
import datetime as dt

from h80_lib import addr, addrs, ew, hx, rfc_date


def _rcv(bot, sender_host, ip, sent, seed, hop2=None):
    """Two Received lines: the bot's MX (top) and the sender's submission server."""
    t1 = sent + dt.timedelta(seconds=3)
    mx = "mx." + bot[1].split("@")[1]
    out = [("Received", f"from {sender_host} ({sender_host} [{ip}])\n\tby {mx} (Postfix) with ESMTPS id "
                        f"{hx(seed + 'r1', 11).upper()}\n\tfor <{bot[1]}>; {rfc_date(t1)}")]
    if hop2:
        out.append(("Received", f"from {hop2} (unknown [10.{int(hx(seed, 2), 16) % 200}.3.17])\n\tby "
                                f"{sender_host} with ESMTPSA id {hx(seed + 'r2', 10)};\n\t{rfc_date(sent)}"))
    return out


def thread_index(seed):
    return base64.b64encode(bytes.fromhex(hx(seed, 44))).decode()


def common(frm, to, cc, subject, sent, cs, mode, quote=False):
    h = [("From", addr(*frm, cs=cs, mode=mode, quote=quote)), ("To", addrs(to, cs, mode, quote))]
    if cc:
        h.append(("Cc", addrs(cc, cs, mode, quote)))
    h.append(("Subject", ew(subject, cs, mode)))
    h.append(("Date", rfc_date(sent)))
    return h


def thread(in_reply_to, references):
    h = []
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if references:
        h.append(("References", "\n\t".join(references)))
    return h


def outlook(frm, to, cc, subject, sent, msgid, bot, cs="gb2312", mode="B", irt=None, refs=None,
            lang="zh-cn", has_attach=False, seed="o"):
    h = _rcv(bot, "smtp." + frm[1].split("@")[1], "10.20.8.61", sent, seed, hop2="PC-" + hx(seed, 6).upper())
    h += common(frm, to, cc, subject, sent, cs, mode)
    h += [("Message-ID", msgid)] + thread(irt, refs)
    h += [("MIME", None), ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(seed)),
          ("Content-Language", lang)]
    if has_attach:
        h.append(("X-MS-Has-Attach", "yes"))
    return h


def exchange(frm, to, cc, subject, sent, msgid, bot, cs="utf-8", mode="B", irt=None, refs=None,
             lang="en-US", has_attach=False, seed="x", topic=None):
    h = _rcv(bot, f"mail-{hx(seed, 4)}.outbound.protection.example.net", "52.101.7.20", sent, seed)
    h += common(frm, to, cc, subject, sent, cs, mode)
    h += [("Thread-Topic", ew(topic or subject, cs, mode)), ("Thread-Index", thread_index(seed))]
    h += [("Message-ID", msgid)] + thread(irt, refs)
    h += [("Accept-Language", f"{lang}, zh-CN"), ("Content-Language", lang),
          ("X-MS-Has-Attach", "yes" if has_attach else ""), ("X-MS-TNEF-Correlator", ""),
          ("X-MS-Exchange-Organization-AuthAs", "Internal"),
          ("X-MS-Exchange-Organization-AuthSource", f"SG2PR0{int(hx(seed, 2), 16) % 9}MB{int(hx(seed, 4), 16) % 9000 + 1000}.apcprd06.prod.example.net"),
          ("MIME", None)]
    return [x for x in h if not (x[0] == "X-MS-Has-Attach" and x[1] == "")]


def foxmail(frm, to, cc, subject, sent, msgid, bot, cs="GB2312", mode="B", irt=None, refs=None, seed="f"):
    h = _rcv(bot, "smtp." + frm[1].split("@")[1], "36.112.9.4", sent, seed, hop2="DESKTOP-" + hx(seed, 7).upper())
    h += [("Date", rfc_date(sent)), ("From", addr(*frm, cs=cs, mode=mode, quote=False)),
          ("To", addrs(to, cs, mode, False))]
    if cc:
        h.append(("Cc", addrs(cc, cs, mode, False)))
    h += [("Subject", ew(subject, cs, mode))] + thread(irt, refs)
    h += [("X-Priority", "3"), ("X-GUID", hx(seed + "g", 8).upper() + "-" + hx(seed + "h", 4).upper() + "-"
                                + hx(seed + "i", 4).upper() + "-" + hx(seed + "j", 12).upper()),
          ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.228[cn]"), ("MIME", None), ("Message-ID", msgid)]
    return h


def coremail(frm, to, cc, subject, sent, msgid, bot, cs="GBK", mode="B", irt=None, refs=None, seed="c"):
    h = _rcv(bot, "mail." + frm[1].split("@")[1], "58.16.40.12", sent, seed)
    h += [("Date", rfc_date(sent)), ("From", addr(*frm, cs=cs, mode=mode, quote=False)),
          ("To", addrs(to, cs, mode, False))]
    if cc:
        h.append(("Cc", addrs(cc, cs, mode, False)))
    h += [("Subject", ew(subject, cs, mode))] + thread(irt, refs)
    h += [("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version 2023.2-cmXT5 build 20240105(a1c7f7d2)"),
          ("Copyright", "Copyright (c) 2002-2026 www.mailtech.cn cnmail"),
          ("X-NotifyTo", "no"), ("MIME", None), ("Message-ID", msgid),
          ("X-Coremail-Locale", "zh_CN"), ("X-CM-TRANSID", hx(seed + "t", 22)),
          ("X-Originating-IP", "[10.52.1.88]")]
    return h


def exmail(frm, to, cc, subject, sent, msgid, bot, cs="gb18030", mode="B", irt=None, refs=None, seed="q",
           mailer="Tencent Exmail"):
    h = [("X-QQ-mid", f"bizesmtp{hx(seed, 4)}t{int(sent.timestamp())}t{hx(seed + 'm', 4)}")]
    h += _rcv(bot, "smtpbg.exmail.example.com", "113.96.223.105", sent, seed)
    h += [("X-QQ-SSF", "00400000000000F0"), ("X-QQ-FEAT", hx(seed + "ft", 24)),
          ("X-QQ-GoodBg", "2")]
    h += common(frm, to, cc, subject, sent, cs, mode, quote=False)
    h += thread(irt, refs)
    h += [("X-Priority", "3"), ("Message-ID", msgid), ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
          ("X-Mailer", mailer), ("X-QQ-Mailer", mailer), ("MIME", None)]
    return h


def netease(frm, to, cc, subject, sent, msgid, bot, cs="UTF-8", mode="B", irt=None, refs=None, seed="n",
            mailer="NetEase Flash Mail 2.4.1.42"):
    h = _rcv(bot, "qiye163-" + hx(seed, 3) + ".example.net", "220.181.12.40", sent, seed)
    h += [("Date", rfc_date(sent)), ("From", addr(*frm, cs=cs, mode=mode, quote=False)),
          ("To", addrs(to, cs, mode, False))]
    if cc:
        h.append(("Cc", addrs(cc, cs, mode, False)))
    h += [("Subject", ew(subject, cs, mode))] + thread(irt, refs)
    h += [("X-Priority", "3"), ("X-Mailer", mailer), ("X-NTES-SC", "AL_Qu2" + hx(seed + "s", 20)),
          ("MIME", None), ("Message-ID", msgid), ("X-Originating-IP", "[111.51.3.9]"),
          ("X-CM-TRANSID", hx(seed + "x", 20) + "--.21521S2"), ("X-Coremail-Antispam", "1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU==")]
    return h


def gmail(frm, to, cc, subject, sent, msgid, bot, cs="UTF-8", mode="B", irt=None, refs=None, seed="g"):
    h = [("Received", f"by mail-{hx(seed, 4)}.google.example.com with SMTP id {hx(seed, 18)}\n\tfor <{bot[1]}>; "
                      f"{rfc_date(sent + dt.timedelta(seconds=2))}"),
         ("X-Google-Smtp-Source", "AGHT+I" + hx(seed + "s", 30)),
         ("X-Received", f"by 2002:a05:6000:{hx(seed, 4)} with SMTP id {hx(seed + 'x', 12)}; {rfc_date(sent)}"),
         ("MIME", None)]
    h += thread(irt, refs)
    h += [("From", addr(*frm, cs=cs, mode=mode)), ("Date", rfc_date(sent)), ("Message-ID", msgid),
          ("Subject", ew(subject, cs, mode)), ("To", addrs(to, cs, mode))]
    if cc:
        h.append(("Cc", addrs(cc, cs, mode)))
    return h


def apple(frm, to, cc, subject, sent, msgid, bot, cs="utf-8", mode="Q", irt=None, refs=None, seed="a",
          build="3826.400.131.1.6"):
    h = _rcv(bot, "smtp." + frm[1].split("@")[1], "17.58.6.44", sent, seed, hop2="macbook-" + hx(seed, 4))
    h += [("From", addr(*frm, cs=cs, mode=mode)), ("Mime-Version", f"1.0 (Mac OS X Mail 16.0 \\({build}\\))"),
          ("MIME", None), ("Subject", ew(subject, cs, mode))]
    h += [("Date", rfc_date(sent))] + thread(irt, refs)
    if cc:
        h.append(("Cc", addrs(cc, cs, mode)))
    h += [("To", addrs(to, cs, mode)), ("Message-Id", msgid), ("X-Mailer", f"Apple Mail ({build.rsplit('.', 3)[0]})")]
    return h


def thunderbird(frm, to, cc, subject, sent, msgid, bot, cs="UTF-8", mode="B", irt=None, refs=None, seed="t",
                lang="en-US"):
    h = _rcv(bot, "smtp." + frm[1].split("@")[1], "115.236.8.70", sent, seed, hop2="[192.168.1.23]")
    h += [("Message-ID", msgid), ("Date", rfc_date(sent)), ("MIME", None),
          ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", lang)]
    h += [("To", addrs(to, cs, mode))]
    if cc:
        h.append(("Cc", addrs(cc, cs, mode)))
    h += [("From", addr(*frm, cs=cs, mode=mode)), ("Subject", ew(subject, cs, mode))] + thread(irt, refs)
    return h


def feishu(frm, to, cc, subject, sent, msgid, bot, cs="UTF-8", mode="B", irt=None, refs=None, seed="fs",
           mailer="Lark Mail"):
    h = _rcv(bot, "mail-out.larksuite.example.com", "101.45.255.11", sent, seed)
    h += [("X-Lms-Return-Path", f"<lba+2{hx(seed, 12)}+{frm[1].replace('@', '=')}@bounce.larksuite.example.com>")]
    h += common(frm, to, cc, subject, sent, cs, mode)
    h += [("Message-Id", msgid)] + thread(irt, refs)
    h += [("X-Mailer", mailer), ("MIME", None), ("X-Original-From", addr(*frm, cs=cs, mode=mode))]
    return h


def dingtalk(frm, to, cc, subject, sent, msgid, bot, cs="UTF-8", mode="B", irt=None, refs=None, seed="dt"):
    h = _rcv(bot, "out" + hx(seed, 4) + ".mail.aliyun.example.com", "115.124.30.101", sent, seed)
    h += [("X-Alimail-AntiSpam", "AC=PASS;BC=-1|-1;BR=01201311R"), ("X-Mailer", "DingTalk Mail")]
    h += common(frm, to, cc, subject, sent, cs, mode, quote=False)
    h += [("Message-ID", msgid)] + thread(irt, refs) + [("X-Priority", "3"), ("MIME", None)]
    return h


def wecom(frm, to, cc, subject, sent, msgid, bot, cs="UTF-8", mode="B", irt=None, refs=None, seed="wc"):
    return exmail(frm, to, cc, subject, sent, msgid, bot, cs=cs, mode=mode, irt=irt, refs=refs, seed=seed,
                  mailer="WeCom Mail")

"""heldout69: the header habits of each mail client; every function returns the raw bytes."""
import datetime as dt

from h69_mime import (addr, addrs, b64s, delivery, digits, html_doc, htext, hx, leaf, lines_html, message,
                      multi, rdate, threading)


def _dom(p):
    return p[1].split("@", 1)[1]


def _mx(p):
    return "mx." + _dom(p)


def _later(t, s=3):
    return t + dt.timedelta(seconds=s)


def alt(text, html_body, label, cte, boundary, preamble=None):
    return multi("alternative", [leaf("text/plain", text, label, cte), leaf("text/html", html_body, label, cte)],
                 boundary, preamble)


def with_attachments(node, atts, boundary, preamble=None):
    if not atts:
        return node
    return multi("mixed", [node] + list(atts), boundary, preamble)


def _rcpt(to, cc, bot):
    return bot[1]


def outlook(frm, to, cc, subject, t, node, seed, bot, cs="gb2312", irt=None, refs=None, lang="zh-cn"):
    """Outlook 16 desktop over SMTP (Message-ID of the 000001dc...$ form)."""
    mid = f"<000001dc{hx(seed, 4)}${hx(seed + 'a', 8)}${hx(seed + 'b', 8)}$@{_dom(frm)}>"
    hdr = delivery(_later(t), frm[1], bot[1], f"{frm[0].isascii() and frm[0].split()[0].upper() or 'DESKTOP-' + hx(seed, 7, True)}",
                   f"10.{int(digits(seed, 2)) % 50}.{int(digits(seed + 'x', 2)) % 200}.{int(digits(seed + 'y', 2)) + 2}",
                   _mx(frm), seed)
    hdr += [("From", addr(frm, cs)), ("To", addrs(to, cs))]
    if cc:
        hdr.append(("Cc", addrs(cc, cs)))
    hdr += [("Subject", htext(subject, cs, name="Subject")), ("Date", rdate(t)), ("Message-ID", mid)]
    hdr += threading(irt, refs)
    hdr.append(("MIME-Version", "1.0"))
    tail = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", b64s(seed + "ti", 16)), ("Content-Language", lang)]
    return message(hdr, node, tail), mid


def outlook_body(text, html_inner, cs, seed, cte="base64", atts=()):
    b = f"----=_NextPart_000_{hx(seed, 4, True)}_01DC{hx(seed + 'n', 4, True)}.{hx(seed + 'm', 8, True)}"
    node = alt(text, html_doc(html_inner, cs, "font-family:等线;font-size:10.5pt") if "<html" not in html_inner else html_inner,
               cs, cte, b, None if atts else "This is a multipart message in MIME format.")
    if atts:
        node = with_attachments(node, atts, b.replace("_000_", "_001_", 1) if "_000_" in b else b + "x",
                                "This is a multipart message in MIME format.")
    return node


def exchange_online(frm, to, cc, subject, t_utc, node, seed, bot, irt=None, refs=None, lang="en-US", extra=()):
    """Microsoft 365 (Exchange Online); Date in +0000."""
    host = f"PA{hx(seed, 4, True)}MB{digits(seed, 4)}.eurprd0{int(digits(seed, 1)) % 9 + 1}.prod.outlook.com"
    mid = f"<{host.split('.')[0]}{hx(seed + 'm', 24, True)}@{host}>"
    hdr = [("Return-Path", f"<{frm[1]}>"), ("Delivered-To", bot[1]),
           ("Received", f"from {host.replace('PA', 'EUR0', 1)} (mail-{hx(seed, 6)}.outbound.protection.outlook.com [40.107.{int(digits(seed, 2))}.{int(digits(seed + 'i', 2)) + 10}])\n"
                        f"\tby {_mx(bot)} (Postfix) with ESMTPS id {hx(seed + 'q', 11, True)}\n\tfor <{bot[1]}>; "
                        f"{rdate(_later(t_utc).astimezone(dt.timezone(dt.timedelta(hours=8))))} (CST)"),
           ("From", addr(frm, "utf-8")), ("To", addrs(to, "utf-8"))]
    if cc:
        hdr.append(("CC", addrs(cc, "utf-8")))
    hdr += [("Subject", htext(subject, "utf-8", name="Subject")), ("Thread-Topic", htext(subject.split(": ", 1)[-1], "utf-8", name="Thread-Topic")),
            ("Thread-Index", b64s(seed + "ti", 22)), ("Date", rdate(t_utc)), ("Message-ID", mid)]
    hdr += threading(irt, refs)
    hdr += [("Accept-Language", f"{lang}, zh-CN"), ("Content-Language", lang), ("X-MS-Has-Attach", "yes" if node["head"][0][1].startswith("multipart/mixed") else ""),
            ("X-MS-TNEF-Correlator", "")] + list(extra) + [("MIME-Version", "1.0")]
    return message(hdr, node), mid


def exo_body(text, html_inner, seed, atts=()):
    b = f"_000_{hx(seed, 20, True)}_"
    node = alt(text, html_doc(html_inner, "utf-8", "font-family:Aptos,Calibri,sans-serif;font-size:11pt"), "utf-8",
               "quoted-printable", b)
    return with_attachments(node, atts, f"_004_{hx(seed, 20, True)}_") if atts else node


def foxmail(frm, to, cc, subject, t, text, seed, bot, cs="GBK", html_inner=None, irt=None, refs=None, atts=()):
    mid = f"<{t.strftime('%Y%m%d%H%M%S')}{digits(seed, 8)}@{_dom(frm)}>"
    hdr = delivery(_later(t), frm[1], bot[1], f"DESKTOP-{hx(seed, 7, True)}", f"192.168.{int(digits(seed, 2))}.{int(digits(seed + 'z', 2)) + 3}", _mx(frm), seed)
    hdr += [("Date", rdate(t).replace(" +0800", " +0800")), ("From", addr(frm, cs, quote=True)), ("To", addrs(to, cs, quote=True))]
    if cc:
        hdr.append(("Cc", addrs(cc, cs, quote=True)))
    hdr += [("Subject", htext(subject, cs, name="Subject"))] + threading(irt, refs)
    hdr += [("X-Priority", "3"), ("X-Has-Attach", "yes" if atts else "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
            ("Mime-Version", "1.0"), ("Message-ID", mid)]
    b = f"----=_001_NextPart{digits(seed, 12)}_=----"
    body_html = html_doc(html_inner or lines_html(text), cs, "font-size:10.5pt;font-family:微软雅黑", 
                         '<style>body { line-height: 1.5; }</style>\n<meta name="GENERATOR" content="MSHTML 11.00.10570.1001">\n')
    node = alt(text, body_html, cs, "base64", b, "This is a multi-part message in MIME format.")
    if atts:
        node = with_attachments(node, atts, f"----=_001_NextPart{digits(seed + 'm', 12)}_=----", "This is a multi-part message in MIME format.")
    return message(hdr, node), mid


def exmail(frm, to, cc, subject, t, text, seed, bot, html_inner=None, cs="gb18030", irt=None, refs=None, wecom=False):
    """Tencent Exmail / QQ企业邮箱 (and WeCom, which sends through it)."""
    mid = f"<tencent_{hx(seed, 40, True)}@{_dom(frm)}>"
    hdr = [("Return-Path", f"<{frm[1]}>"), ("Delivered-To", bot[1]),
           ("Received", f"from smtpbgsg{int(digits(seed, 1)) + 1}.qq.com (smtpbgsg{int(digits(seed, 1)) + 1}.qq.com [54.254.200.{int(digits(seed, 2)) + 20}])\n"
                        f"\tby {_mx(bot)} (Postfix) with ESMTPS id {hx(seed + 'q', 11, True)}\n\tfor <{bot[1]}>; {rdate(_later(t))} (CST)"),
           ("X-QQ-mid", f"bizesmtp{digits(seed, 2)}t{digits(seed + 't', 10)}t{hx(seed + 'r', 8)}"),
           ("X-QQ-Originating-IP", b64s(seed + "ip", 12)),
           ("X-QQ-SSF", "0000000000000000000000000000000"), ("X-QQ-FEAT", b64s(seed + "f", 33)),
           ("X-QQ-GoodBg", "0"), ("From", addr(frm, cs, quote=True)), ("To", addrs(to, cs, quote=True))]
    if cc:
        hdr.append(("Cc", addrs(cc, cs, quote=True)))
    hdr += [("Subject", htext(subject, cs, name="Subject")), ("Mime-Version", "1.0")]
    tail = [("Content-Transfer-Encoding", "8Bit"), ("Date", rdate(t)), ("X-Priority", "3"), ("Message-ID", mid)]
    tail += threading(irt, refs)
    tail += [("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "WXWork 4.1.33" if wecom else "QQMail 2.x"),
             ("X-QQ-Mailer", "WXWork 4.1.33" if wecom else "QQMail 2.x")]
    b = f"----=_NextPart_{hx(seed, 8, True)}_{hx(seed + 'b', 8, True)}_{hx(seed + 'c', 8, True)}"
    node = alt(text, html_doc(html_inner or lines_html(text), cs, "font-size:14px;font-family:微软雅黑"), cs, "base64", b,
               "This is a multi-part message in MIME format.")
    return message(hdr, node, tail), mid


def coremail(frm, to, cc, subject, t, text, seed, bot, html_inner=None, cs="GBK", irt=None, refs=None, cte="base64", atts=()):
    ms = str(int(t.timestamp() * 1000))
    mid = f"<{hx(seed, 8)}.{hx(seed + 'a', 4)}.{hex(int(ms))[2:]}.Coremail.{frm[1].split('@')[0]}@{_dom(frm)}>"
    hdr = delivery(_later(t), frm[1], bot[1], f"mail.{_dom(frm)}", f"172.16.{int(digits(seed, 2))}.{int(digits(seed + 'z', 2)) + 3}", _mx(bot), seed)
    hdr += [("X-Originating-IP", f"[10.{int(digits(seed, 2))}.{int(digits(seed + 'o', 2))}.{int(digits(seed + 'p', 2)) + 2}]"),
            ("Date", rdate(t).replace("+0800", "+0800 (GMT+08:00)")), ("From", addr(frm, cs)), ("To", addrs(to, cs))]
    if cc:
        hdr.append(("Cc", addrs(cc, cs)))
    hdr += [("Subject", htext(subject, cs, name="Subject"))] + threading(irt, refs)
    hdr += [("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9fd7f3d3)\n Copyright (c) 2002-2026 www.mailtech.cn cnmail"),
            ("X-SendMailWithSms", "false")]
    b = f"----=_Part_{digits(seed, 6)}_{digits(seed + 'p', 9)}.{ms}"
    node = alt(text, html_doc(html_inner or lines_html(text), cs, "line-height:1.7;color:#000000;font-size:14px;font-family:Arial"),
               cs, cte, b)
    if atts:
        node = with_attachments(node, atts, f"----=_Part_{digits(seed + 'x', 6)}_{digits(seed + 'q', 9)}.{ms}")
    tail = [("MIME-Version", "1.0"), ("Message-ID", mid), ("X-Coremail-Locale", "zh_CN"),
            ("X-CM-TRANSID", b64s(seed + "tr", 18).rstrip("=") + "--.1"), ("X-CM-SenderInfo", hx(seed + "si", 20)),
            ("X-Coremail-Antispam", "1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU==")]
    return message(hdr, node, tail), mid


def netease(frm, to, cc, subject, t, node, seed, bot, irt=None, refs=None, flash=False):
    """网易企业邮 via Mail Master (or NetEase Flash Mail)."""
    mid = f"<{hx(seed, 8)}.{digits(seed, 5)}.{hex(int(t.timestamp()))[2:]}{digits(seed + 'm', 3)}.Mail.{frm[1].split('@')[0]}@{_dom(frm)}>" if not flash \
        else f"<{t.strftime('%Y%m%d%H%M%S')}{digits(seed, 6)}@{_dom(frm)}>"
    hdr = delivery(_later(t), frm[1], bot[1], f"m{digits(seed, 3)}.mail.qiye.163.com", f"220.181.{int(digits(seed, 2))}.{int(digits(seed + 'i', 2)) + 10}", _mx(bot), seed)
    hdr += [("X-NTES-SC", "AL_Qu2cBf" + b64s(seed + "sc", 24).rstrip("=")), ("Date", rdate(t)), ("From", addr(frm, "UTF-8")),
            ("To", addrs(to, "UTF-8"))]
    if cc:
        hdr.append(("Cc", addrs(cc, "UTF-8")))
    hdr += [("Message-ID", mid), ("Subject", htext(subject, "UTF-8", name="Subject"))] + threading(irt, refs)
    hdr += [("X-Priority", "3"), ("X-Mailer", "NetEase Flash Mail 2.4.1.71" if flash else "NetEase MailMaster 5.3.2.1012"),
            ("MIME-Version", "1.0"), ("X-CM-TRANSID", "_____wD" + b64s(seed + "tr", 15).rstrip("="))]
    return message(hdr, node), mid


def feishu(frm, to, cc, subject, t, text, html_inner, seed, bot, irt=None, refs=None):
    mid = f"<{hx(seed, 8)}-{hx(seed + 'a', 4)}-{hx(seed + 'b', 4)}-{hx(seed + 'c', 4)}-{hx(seed + 'd', 12)}@{_dom(frm)}>"
    hdr = delivery(_later(t), frm[1], bot[1], f"sg-{hx(seed, 6)}.feishu-mail.com", f"101.45.{int(digits(seed, 2))}.{int(digits(seed + 'i', 2)) + 10}", _mx(bot), seed)
    hdr += [("X-Lms-Return-Path", f"<lba+2{hx(seed + 'l', 14)}+{frm[1].replace('@', '=')}@{_dom(frm)}>"),
            ("Content-Type", None), ("Date", rdate(t)), ("From", addr(frm, "UTF-8", quote=True)), ("Subject", htext(subject, "UTF-8", name="Subject")),
            ("Message-Id", mid), ("To", addrs(to, "UTF-8", quote=True))]
    if cc:
        hdr.append(("Cc", addrs(cc, "UTF-8", quote=True)))
    hdr += threading(irt, refs) + [("Mime-Version", "1.0"), ("X-Mailer", "Feishu Mail"),
                                   ("X-Original-From", addr(frm, "UTF-8", quote=True))]
    b = hx(seed + "bd", 64)
    node = alt(text, html_doc(html_inner, "UTF-8", "font-family:-apple-system,PingFang SC,sans-serif;font-size:14px"), "UTF-8",
               "quoted-printable", b)
    ct = node["head"][0]
    node["head"] = node["head"][1:]
    hdr = [(k, ct[1]) if k == "Content-Type" else (k, v) for k, v in hdr]
    return message(hdr, node), mid


def alimail(frm, to, cc, subject, t, text, html_inner, seed, bot, irt=None, refs=None):
    """阿里邮箱 / 钉钉邮箱 web client."""
    mid = f"<{hx(seed, 8)}-{hx(seed + 'a', 4)}-{hx(seed + 'b', 4)}-{hx(seed + 'c', 12)}.alimail.{_dom(frm)}>"
    mid = mid.replace(".alimail.", "@alimail.", 1)
    hdr = delivery(_later(t), frm[1], bot[1], f"out30-{digits(seed, 3)}.freemail.mail.aliyun.com", f"115.124.30.{int(digits(seed, 2)) + 10}", _mx(bot), seed)
    hdr += [("X-Alimail-AntiSpam", f"AC=PASS;BC=-1|-1;BR=01201311R{digits(seed, 3)}e4;CH=green;DM=||false|;DS=||;FP=0|-1|-1|-1|0|-1|-1|-1;HT=maildocker-contentspam033037{digits(seed + 'h', 3)};MF={frm[1]};NM=1;PH=DS;RN=4;SR=0;TI=SMTPD_---0W{hx(seed + 'w', 8, True)}_"),
            ("Date", rdate(t)), ("From", addr(frm, "UTF-8", quote=True)), ("To", addrs(to, "UTF-8", quote=True))]
    if cc:
        hdr.append(("Cc", addrs(cc, "UTF-8", quote=True)))
    hdr += [("Reply-To", addr(frm, "UTF-8", quote=True)), ("Message-ID", mid), ("Subject", htext(subject, "UTF-8", name="Subject"))]
    hdr += threading(irt, refs) + [("X-Priority", "3"), ("X-Mailer", "Alimail-Mailagent revision 2"), ("MIME-Version", "1.0")]
    b = f"----=ALIBOUNDARY_{digits(seed, 5)}_{hx(seed + 'x', 12)}_{hx(seed + 'y', 8)}"
    node = alt(text, html_doc(html_inner, "UTF-8", "font-family:Tahoma,Arial,STHeiti,SimSun;font-size:14px"), "UTF-8", "base64", b)
    return message(hdr, node), mid


def gmail(frm, to, cc, subject, t, text, html_inner, seed, bot, irt=None, refs=None, atts=()):
    mid = f"<CA{b64s(seed, 30).replace('/', '_')[:44]}@mail.gmail.com>"
    hdr = [("Return-Path", f"<{frm[1]}>"), ("Delivered-To", bot[1]),
           ("Received", f"from mail-{hx(seed, 4)}-f{digits(seed, 3)}.google.com (mail-{hx(seed, 4)}-f{digits(seed, 3)}.google.com [209.85.{int(digits(seed, 2)) + 100}.{int(digits(seed + 'i', 2)) + 10}])\n"
                        f"\tby {_mx(bot)} (Postfix) with ESMTPS id {hx(seed + 'q', 11, True)}\n\tfor <{bot[1]}>; {rdate(_later(t).astimezone(dt.timezone(dt.timedelta(hours=8))))} (CST)"),
           ("X-Gm-Message-State", "AOJu0Y" + b64s(seed + "gm", 36).rstrip("=")),
           ("MIME-Version", "1.0")] + threading(irt, refs)
    hdr += [("From", addr(frm, "UTF-8")), ("Date", rdate(t)), ("X-Gm-Features", "AQt7F2" + b64s(seed + "gf", 24).rstrip("=")),
            ("Message-ID", mid), ("Subject", htext(subject, "UTF-8", name="Subject")), ("To", addrs(to, "UTF-8"))]
    if cc:
        hdr.append(("Cc", addrs(cc, "UTF-8")))
    b = "000000000000" + hx(seed + "b", 16)
    node = alt(text, f'<div dir="ltr">{html_inner}</div>\n', "UTF-8", "quoted-printable", b)
    node["head"][0] = ("Content-Type", f'multipart/alternative; boundary="{b}"')
    if atts:
        bm = "000000000000" + hx(seed + "m", 16)
        node = with_attachments(node, atts, bm)
        node["head"][0] = ("Content-Type", f'multipart/mixed; boundary="{bm}"')
    return message(hdr, node), mid


def apple(frm, to, cc, subject, t, text, seed, bot, iphone=False, irt=None, refs=None):
    mid = f"<{hx(seed, 8, True)}-{hx(seed + 'a', 4, True)}-{hx(seed + 'b', 4, True)}-{hx(seed + 'c', 4, True)}-{hx(seed + 'd', 12, True)}@{_dom(frm)}>"
    hdr = delivery(_later(t), frm[1], bot[1], f"smtpclient.apple", f"10.{int(digits(seed, 2))}.{int(digits(seed + 'i', 2))}.{int(digits(seed + 'j', 2)) + 2}", _mx(frm), seed)
    hdr += [("From", addr(frm, "utf-8")), ("Content-Type", "text/plain;\n\tcharset=utf-8"),
            ("Content-Transfer-Encoding", "quoted-printable"),
            ("Mime-Version", "1.0 (1.0)" if iphone else "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"),
            ("Subject", htext(subject, "utf-8", name="Subject")), ("Date", rdate(t)), ("Message-Id", mid)]
    hdr += threading(irt, refs) + [("To", addrs(to, "utf-8"))]
    if cc:
        hdr.append(("Cc", addrs(cc, "utf-8")))
    hdr.append(("X-Mailer", "iPhone Mail (23D60)" if iphone else "Apple Mail (2.3826.500.181.1.5)"))
    from h69_mime import transfer
    return message(hdr, {"head": [], "body": transfer(text.encode("utf-8"), "quoted-printable")}), mid


def thunderbird(frm, to, cc, subject, t, text_flowed, seed, bot, irt=None, refs=None, lang="en-US"):
    mid = f"<{hx(seed, 8)}-{hx(seed + 'a', 4)}-{hx(seed + 'b', 4)}-{hx(seed + 'c', 4)}-{hx(seed + 'd', 12)}@{_dom(frm)}>"
    hdr = delivery(_later(t), frm[1], bot[1], f"[192.168.{int(digits(seed, 2))}.{int(digits(seed + 'z', 2)) + 3}]",
                   f"192.168.{int(digits(seed, 2))}.{int(digits(seed + 'z', 2)) + 3}", _mx(frm), seed)
    hdr += [("Message-ID", mid), ("Date", rdate(t)), ("MIME-Version", "1.0"),
            ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", lang)] + threading(irt, refs)
    hdr += [("To", addrs(to, "UTF-8"))]
    if cc:
        hdr.append(("Cc", addrs(cc, "UTF-8")))
    hdr += [("From", addr(frm, "UTF-8")), ("Subject", htext(subject, "UTF-8", name="Subject")),
            ("Content-Type", "text/plain; charset=UTF-8; format=flowed; delsp=yes"), ("Content-Transfer-Encoding", "8bit")]
    body = text_flowed.encode("utf-8")
    return message(hdr, {"head": [], "body": body if body.endswith(b"\n") else body + b"\n"}), mid

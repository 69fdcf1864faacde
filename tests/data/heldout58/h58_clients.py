"""Mail-client imitations for heldout58: each returns raw message bytes with that client's headers, ids,
boundaries, charsets and transfer encodings."""
from h58_common import (Multi, Part, envelope, haddr, haddrs, htext, hx, hxu, b64s, message, rfc_date, TZ8,
                        flow, is_ascii)
import datetime as dt

UTC = dt.timezone.utc


def _body(text, html, cs, cte, balt, bmix=None, attachments=(), text_params="", html_cte=None, cs_label=None,
          cs_quote=True, related=None):
    parts = []
    if text is not None:
        parts.append(Part("text/plain", text, cs, cte, params=text_params, cs_label=cs_label, cs_quote=cs_quote))
    if html is not None:
        parts.append(Part("text/html", html, cs, html_cte or cte, cs_label=cs_label, cs_quote=cs_quote))
    body = parts[0] if len(parts) == 1 else Multi("alternative", parts, balt)
    if attachments:
        body = Multi("mixed", [body] + list(attachments), bmix)
    return body


def _thread(irt, refs):
    h = []
    if irt:
        h.append(f"In-Reply-To: {irt}")
    if refs:
        h.append("References: " + "\n ".join(refs))
    return h


def _rcpts(to, cc, cs, mode, quote=False):
    h = [f"To: {haddrs(to, cs, mode, quote)}"]
    if cc:
        h.append(f"Cc: {haddrs(cc, cs, mode, quote)}")
    return h


def _env(frm, t, rcpt, helo, ip, seed, host=None):
    dom = rcpt.split("@")[1]
    return envelope(frm[1], t, rcpt, helo, ip, host or f"mx.{dom}", seed)


def outlook(frm, to, cc, subject, t, text, html, seed, rcpt, cs="gb2312", cte="base64", attachments=(), irt=None,
            refs=None, lang="zh-cn", mode="B"):
    """Outlook 2016/2019 desktop (zh-CN)."""
    stamp = hxu(seed, 8)
    balt = f"----=_NextPart_001_0010_01DC{stamp[:4]}.{stamp[4:]}{hxu(seed + 'b', 4)}"
    bmix = f"----=_NextPart_000_000F_01DC{stamp[:4]}.{stamp[4:]}{hxu(seed + 'b', 4)}"
    hs = _env(frm, t, rcpt, f"{frm[1].split('@')[0].replace('.', '').upper()}-PC", "10.20.3." + str(int(hx(seed, 2), 16) % 200 + 20),
              seed)
    hs += [f"From: {haddr(*frm, cs=cs, mode=mode, quote=True)}"] + _rcpts(to, cc, cs, mode, True)
    hs += [f"Subject: {htext(subject, cs, mode)}", f"Date: {rfc_date(t)}",
           f"Message-ID: <000001dc{hx(seed, 8)}${hx(seed + 'm', 8)}${hx(seed + 'n', 8)}@{frm[1].split('@')[1]}>"]
    hs += _thread(irt, refs)
    hs += ["X-Mailer: Microsoft Outlook 16.0", f"Thread-Index: {b64s(seed, 22)}", f"Content-Language: {lang}"]
    body = _body(text, html, cs, cte, balt, bmix, attachments)
    if isinstance(body, Multi):
        body.preamble = "This is a multipart message in MIME format."
    return message(hs, body)


def m365(frm, to, cc, subject, t, text, html, seed, rcpt, cs="utf-8", irt=None, refs=None, attachments=(),
         lang="en-US", out_tz=UTC):
    """Exchange Online / Microsoft 365 (Outlook for Windows or OWA): Date in UTC, _000_ boundaries."""
    mid = f"{hxu(seed, 4)}PR0{int(hx(seed, 1), 16) % 9 + 1}MB{hxu(seed + 'x', 4)}{hxu(seed + 'y', 28)}"
    host = f"{mid[:13]}.eurprd0{int(hx(seed, 1), 16) % 7 + 1}.prod.outlook.com"
    balt = f"_000_{mid}_"
    bmix = f"_004_{mid}_"
    hs = _env(frm, t, rcpt, host, "40.107." + str(int(hx(seed, 2), 16)) + ".77", seed)
    hs += [f"From: {haddr(*frm, cs=cs)}"] + _rcpts(to, cc, cs, "B")
    hs += [f"Subject: {htext(subject, cs)}", f"Thread-Topic: {htext(subject.split(': ', 1)[-1], cs)}",
           f"Thread-Index: {b64s(seed, 22)}", f"Date: {rfc_date(t, out_tz)}",
           f"Message-ID:\n <{mid}@{host.split('.', 1)[0]}.{host.split('.', 1)[1]}>"]
    hs += _thread(irt, refs)
    hs += [f"Accept-Language: {lang}, zh-CN", f"Content-Language: {lang}",
           f"X-MS-Has-Attach: {'yes' if attachments else ''}".rstrip(), "X-MS-TNEF-Correlator:"]
    body = _body(text, html, cs, "base64" if not is_ascii(text or "") else "quoted-printable", balt, bmix, attachments)
    return message(hs, body)


def foxmail(frm, to, cc, subject, t, text, html, seed, rcpt, cs="GBK", attachments=(), irt=None, refs=None):
    """Foxmail 7.2 (Windows): GBK base64, =?GBK?B?...?= headers, NextPart boundaries, yyyymmddhhmmss ids."""
    n = int(hx(seed, 8), 16)
    balt = f"----=_001_NextPart{n % 10**12:012d}_=----"
    bmix = f"----=_002_NextPart{(n // 7) % 10**12:012d}_=----"
    hs = _env(frm, t, rcpt, "DESKTOP-" + hxu(seed, 7), "183.221.40." + str(n % 200 + 10), seed)
    hs += [f"Date: {rfc_date(t)}", f"From: {haddr(*frm, cs=cs, quote=True)}"] + _rcpts(to, cc, cs, "B", True)
    hs += [f"Subject: {htext(subject, cs)}"] + _thread(irt, refs)
    hs += ["X-Priority: 3", "X-GUID: " + "-".join([hxu(seed, 8), hxu(seed + 'a', 4), hxu(seed + 'b', 4),
                                                    hxu(seed + 'c', 4), hxu(seed + 'd', 12)]),
           "X-Has-Attach: " + ("yes" if attachments else "no"),
           "X-Mailer: Foxmail 7.2.25.254[cn]",
           f"Message-ID: <{t:%Y%m%d%H%M%S}{n % 10**7:07d}@{frm[1].split('@')[1]}>"]
    body = _body(text, html, cs, "base64", balt, bmix, attachments)
    if isinstance(body, Multi):
        body.preamble = "This is a multi-part message in MIME format."
    return message(hs, body)


def exmail(frm, to, cc, subject, t, text, html, seed, rcpt, cs="gb18030", attachments=(), irt=None, refs=None,
           wecom=False, html_only=False):
    """Tencent Exmail / QQ mail (and WeCom mail, which is Exmail underneath)."""
    bnum = hxu(seed, 8)
    balt = f"----=_NextPart_{bnum}_{hxu(seed + 'a', 8)}_{hxu(seed + 'b', 8)}"
    bmix = f"----=_NextPart_{bnum}_{hxu(seed + 'c', 8)}_{hxu(seed + 'd', 8)}"
    hs = _env(frm, t, rcpt, "smtpbg" + str(int(hx(seed, 2), 16) % 90 + 10) + ".exmail.example.com",
              "43.154.54." + str(int(hx(seed, 2), 16) % 200), seed)
    hs += [f"X-QQ-mid: bizesmtp{t:%y}t{int(t.timestamp())}t{hx(seed, 8)}",
           f"X-QQ-Originating-IP: {b64s(seed + 'ip', 12)}",
           f"From: {haddr(*frm, cs=cs, quote=True)}"] + _rcpts(to, cc, cs, "B", True)
    hs += [f"Subject: {htext(subject, cs)}", "Mime-Version: 1.0"]
    hs += ["X-Mailer: " + ("WeCom Mail" if wecom else "QQMail 2.x")] + _thread(irt, refs)
    hs += [f"Date: {rfc_date(t)}", f"X-Priority: 3",
           f"Message-ID: <tencent_{hxu(seed, 40)}@{frm[1].split('@')[1]}>",
           "X-QQ-MIME: TCMime 1.0 by Tencent", "X-QQ-Mailer: " + ("WeCom" if wecom else "QQMail 2.x")]
    body = _body(None if html_only else text, html, cs, "base64", balt, bmix, attachments)
    raw = message([h for h in hs if h != "Mime-Version: 1.0"], body)
    return raw


def coremail(frm, to, cc, subject, t, text, html, seed, rcpt, cs="UTF-8", cte="base64", attachments=(), irt=None,
             refs=None, html_only=False):
    """Coremail XT5 webmail (government and SOE mailboxes)."""
    ms = int(t.timestamp() * 1000)
    n = int(hx(seed, 6), 16)
    balt = f"----=_Part_{n % 900000 + 100000}_{n % 1000000007}.{ms}"
    bmix = f"----=_Part_{n % 900000 + 100001}_{(n * 7) % 1000000007}.{ms}"
    hs = _env(frm, t, rcpt, "localhost", "127.0.0.1", seed)
    hs += [f"Date: {rfc_date(t)}", f"From: {haddr(*frm, cs=cs, quote=True)}"] + _rcpts(to, cc, cs, "B", True)
    hs += [f"Subject: {htext(subject, cs)}"]
    hs += ["X-Priority: 3", "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240801(9bd9e8a2)",
           f"X-Coremail-Locale: zh_CN", f"X-CM-TRANSID:{b64s(seed + 't', 24)}"]
    hs += _thread(irt, refs)
    hs += [f"Message-ID: <{hx(seed, 8)}.{hx(seed + 'q', 4)}.{ms:x}.Coremail.{frm[1].split('@')[0]}@"
           f"{frm[1].split('@')[1]}>"]
    body = _body(None if html_only else text, html, cs, cte, balt, bmix, attachments)
    return message(hs, body)


def netease(frm, to, cc, subject, t, text, html, seed, rcpt, cs="UTF-8", attachments=(), irt=None, refs=None,
            master=False):
    """NetEase enterprise mail (qiye.163) web client or Mail Master."""
    ms = int(t.timestamp() * 1000)
    balt = f"----=_Part_{int(hx(seed, 5), 16)}_{int(hx(seed + 'z', 7), 16)}.{ms}"
    bmix = f"----=_Part_{int(hx(seed + 'm', 5), 16)}_{int(hx(seed + 'w', 7), 16)}.{ms}"
    hs = _env(frm, t, rcpt, "qiye163-ntes-" + hx(seed, 4), "220.181.97." + str(int(hx(seed, 2), 16) % 200), seed)
    hs += [f"Date: {rfc_date(t)}", f"From: {haddr(*frm, cs=cs)}"] + _rcpts(to, cc, cs, "B")
    hs += [f"Message-ID: <{hx(seed, 8)}.{hx(seed + 'k', 4)}.{ms:x}.{'mailmaster' if master else 'qiye'}@"
           f"{frm[1].split('@')[1]}>"]
    hs += [f"Subject: {htext(subject, cs)}"] + _thread(irt, refs)
    hs += ["X-Priority: 3", "X-Mailer: " + ("NetEase Mail Master 5.2.1.1" if master else "NetEase qiye Webmail"),
           f"X-NTES-SC: AL_Qu2{b64s(seed + 'sc', 18)}"]
    body = _body(text, html, cs, "base64", balt, bmix, attachments)
    return message(hs, body)


def feishu(frm, to, cc, subject, t, text, html, seed, rcpt, attachments=(), irt=None, refs=None, lark=False):
    """Feishu / Lark Mail: UTF-8, quoted-printable HTML, lms headers."""
    balt = hx(seed, 32)
    bmix = hx(seed + "mix", 32)
    hs = _env(frm, t, rcpt, f"va-{int(hx(seed, 2), 16)}.{'larksuite' if lark else 'feishu'}-mail.example.com",
              "101.45.216." + str(int(hx(seed, 2), 16) % 200), seed)
    hs += [f"Date: {rfc_date(t)}", f"From: {haddr(*frm)}"] + _rcpts(to, cc, "utf-8", "B")
    hs += [f"Subject: {htext(subject)}", f"Message-Id: <{hx(seed, 20)}@{frm[1].split('@')[1]}>"]
    hs += _thread(irt, refs)
    hs += [f"X-Lms-Return-Path: <lba+2{hx(seed + 'l', 24)}+{frm[1].replace('@', '=')}@"
           f"{'larksuite' if lark else 'feishu'}-mail.example.com>",
           "X-Mailer: " + ("Lark Mail" if lark else "Feishu Mail"), "Content-Language: " + ("en-US" if lark else "zh-CN")]
    body = _body(text, html, "UTF-8", "quoted-printable", balt, bmix, attachments, cs_quote=False)
    return message(hs, body)


def dingtalk(frm, to, cc, subject, t, text, html, seed, rcpt, attachments=(), irt=None, refs=None):
    """DingTalk Mail (Alibaba mail underneath): UTF-8 base64, ALIBABA boundaries."""
    balt = f"----=ALIBOUNDARY_{int(hx(seed, 5), 16)}_{hx(seed + 'r', 11)}_{hx(seed + 's', 5)}"
    bmix = f"----=ALIBOUNDARY_{int(hx(seed + 'm', 5), 16)}_{hx(seed + 'n', 11)}_{hx(seed + 'o', 5)}"
    hs = _env(frm, t, rcpt, "out30-" + str(int(hx(seed, 2), 16)) + ".freemail.mail.aliyun.example.com",
              "115.124.30." + str(int(hx(seed, 2), 16) % 200), seed)
    hs += [f"Date: {rfc_date(t)}", f"From: {haddr(*frm, quote=True)}"] + _rcpts(to, cc, "utf-8", "B", True)
    hs += [f"Message-ID: <{hx(seed, 8)}-{hx(seed + 'a', 4)}-{hx(seed + 'b', 4)}-{hx(seed + 'c', 12)}."
           f"dingtalk@{frm[1].split('@')[1]}>", f"Subject: {htext(subject)}"] + _thread(irt, refs)
    hs += ["X-Mailer: DingTalk Mail 7.6", "x-aliyun-mail-creator: " + b64s(seed + "cr", 18),
           f"X-Alimail-AntiSpam: AC=PASS;BC=-1|-1;BR=01201311R{int(hx(seed, 3), 16)};CH=green"]
    body = _body(text, html, "UTF-8", "base64", balt, bmix, attachments)
    return message(hs, body)


def gmail(frm, to, cc, subject, t, text, html, seed, rcpt, attachments=(), irt=None, refs=None):
    """Gmail / Google Workspace: UTF-8, QP or base64, 000000000000 boundaries, CA+ ids."""
    balt = "0000000000" + hx(seed, 16)
    bmix = "0000000000" + hx(seed + "mix", 16)
    hs = _env(frm, t, rcpt, "mail-pl1-f" + str(int(hx(seed, 2), 16) % 200 + 10) + ".google.example.com",
              "209.85.214." + str(int(hx(seed, 2), 16) % 200), seed)
    hs += ["X-Gm-Message-State: " + b64s(seed + "g", 30)]
    hs += _thread(irt, refs)
    hs += [f"From: {haddr(*frm)}", f"Date: {rfc_date(t)}",
           f"Message-ID: <CA+{b64s(seed, 27).replace('/', '_').replace('+', '-')}@mail.gmail.com>",
           f"Subject: {htext(subject)}"] + _rcpts(to, cc, "UTF-8", "B")
    cte = "quoted-printable"
    body = _body(text, html, "UTF-8", cte, balt, bmix, attachments, cs_quote=True)
    return message(hs, body)


def apple(frm, to, cc, subject, t, text, seed, rcpt, html=None, attachments=(), irt=None, refs=None, iphone=False):
    """Apple Mail (macOS): text/plain UTF-8 QP, Apple-Mail boundaries, UUID ids."""
    u = hxu(seed, 32)
    uuid = f"{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}"
    hs = _env(frm, t, rcpt, "smtpclient.apple", "113.111.2." + str(int(hx(seed, 2), 16) % 200), seed)
    hs += [f"From: {haddr(*frm)}"]
    hs += [f"Subject: {htext(subject)}", f"Date: {rfc_date(t)}"] + _thread(irt, refs)
    hs += _rcpts(to, cc, "utf-8", "Q")
    hs += [f"Message-Id: <{uuid}@{frm[1].split('@')[1]}>", "X-Mailer: " + ("iPhone Mail (22F76)" if iphone else "Apple Mail (2.3826.500.181.1.5)")]
    body = _body(text, html, "utf-8", "quoted-printable", f"Apple-Mail={hxu(seed + 'b', 8)}-{hxu(seed + 'c', 4)}",
                 f"Apple-Mail={hxu(seed + 'd', 8)}-{hxu(seed + 'e', 4)}", attachments, cs_quote=False)
    return message(hs, body)


def thunderbird(frm, to, cc, subject, t, text, seed, rcpt, cte="8bit", irt=None, refs=None, lang="zh-CN"):
    """Thunderbird 128: text/plain; format=flowed, UTF-8 8bit or QP."""
    u = hx(seed, 32)
    hs = _env(frm, t, rcpt, "[192.168.1." + str(int(hx(seed, 2), 16) % 200) + "]", "36.110.8.9", seed)
    hs += [f"Message-ID: <{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{frm[1].split('@')[1]}>",
           f"Date: {rfc_date(t)}", "User-Agent: Mozilla Thunderbird", f"Content-Language: {lang}"]
    hs += _thread(irt, refs)
    hs += _rcpts(to, cc, "UTF-8", "B") + [f"From: {haddr(*frm, cs='UTF-8')}", f"Subject: {htext(subject, 'UTF-8')}"]
    body = Part("text/plain", flow(text), "UTF-8", cte, params="; format=flowed", cs_quote=False)
    return message(hs, body)

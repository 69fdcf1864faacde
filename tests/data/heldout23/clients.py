"""Mail-client shapes used by heldout23 (header order, charsets, boundaries, Message-ID styles)."""
import datetime as dt
import re

from mimekit import (TZ8, UTC, attachment, envelope, esc, haddr, haddrs, hb64, htext, hx, leaf, multi, rfc_date,
                     text_to_html, thread_index)


def _thr(irt, refs):
    h = []
    if refs:
        h.append(("References", "\n ".join(refs)))
    if irt:
        h.append(("In-Reply-To", irt))
    return h


def _recv(t, frm, rcpt, seed, host):
    dom = rcpt.split("@")[1]
    t2 = (t + dt.timedelta(seconds=4)).astimezone(TZ8)
    ip = "%d.%d.%d.%d" % tuple(int(hx(seed + str(i), 2), 16) % 200 + 20 for i in range(4))
    return [("Return-Path", "<%s>" % frm[1]), ("Delivered-To", rcpt),
            ("Received", "from %s (unknown [%s])\n\tby mx.%s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
             % (host, ip, dom, hx(seed, 10).upper(), rcpt, rfc_date(t2)))]


def outlook(frm, to, cc, subject, t, text, html_body, seed, bot, cs="gb2312", cte="base64", irt=None, refs=None,
            attachments=(), host="smtp.qiye.163.com"):
    stamp = hx(seed, 12).upper()
    b = "----=_NextPart_000_%04d_01DC%s.%s" % (int(hx(seed, 3), 16) % 10000, stamp[:4], stamp[4:])
    doc = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
           'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%s">'
           '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!-- p.MsoNormal {margin:0cm;'
           'font-size:10.5pt;font-family:等线;} --></style></head><body lang=ZH-CN link="#0563C1" vlink="#954F72" '
           'style="text-align:justify;text-justify:inter-ideograph"><div class=WordSection1>\n%s\n</div></body></html>'
           % (cs, html_body))
    body = multi("alternative", [leaf("text/plain", text, cs, cte, crlf=True), leaf("text/html", doc, cs, cte, crlf=True)],
                 b.replace("_000_", "_001_") if attachments else b)
    if attachments:
        body = multi("mixed", [body] + list(attachments), b)
    body.preamble = "This is a multipart message in MIME format."
    hdrs = [("From", haddr(*frm, label=cs)), ("To", haddrs(to, cs))]
    if cc:
        hdrs.append(("Cc", haddrs(cc, cs)))
    hdrs += _thr(irt, refs)
    hdrs += [("Subject", htext(subject, cs)), ("Date", rfc_date(t)),
             ("Message-ID", "<00%s01dc%s$%s$%s@%s>" % (hx(seed, 4), hx(seed + "a", 8), hx(seed + "b", 8),
                                                     hx(seed + "c", 8), frm[1].split("@")[1])),
             ("MIME-Version!", None), ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", thread_index(seed)),
             ("Content-Language", "zh-cn")]
    return _recv(t, frm, bot, seed, host), envelope(hdrs, body)


def outlook_mac(frm, to, cc, subject, t, text, html_body, seed, bot, irt=None, refs=None, host="mail.example.net"):
    b = "_000_%s_" % hx(seed, 24).upper()
    doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; '
           'font-size: 12pt;">%s</div></body></html>' % html_body)
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                 leaf("text/html", doc, "utf-8", "quoted-printable")], b)
    hdrs = [("From", haddr(*frm)), ("To", haddrs(to))]
    if cc:
        hdrs.append(("CC", haddrs(cc)))
    hdrs += [("Subject", htext(subject)), ("Thread-Topic", htext(re.sub(r"^(RE|Re|FW|Fwd): ", "", subject))),
             ("Thread-Index", thread_index(seed)), ("Date", rfc_date(t)),
             ("Message-ID", "<%s@%s>" % (hx(seed, 32).upper(), frm[1].split("@")[1]))] + _thr(irt, refs)
    hdrs += [("Accept-Language", "en-US, zh-CN"), ("Content-Language", "en-US"),
             ("user-agent", "Microsoft-MacOutlook/16.89.24091630"), ("MIME-Version!", None)]
    return _recv(t, frm, bot, seed, host), envelope(hdrs, body)


def foxmail(frm, to, cc, subject, t, text, html_body, seed, bot, cs="GBK", irt=None, refs=None, attachments=(),
            host="smtp.exmail.qq.com"):
    n = int(hx(seed, 6), 16)
    b = "----=_001_NextPart%012d_=----" % (n * 37 % 10 ** 12)
    doc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"><style>body { line-height: 1.5; }'
           'body { font-size: 14px; font-family: \'Microsoft YaHei UI\'; color: rgb(0, 0, 0); line-height: 1.5; }'
           '</style></head><body>\n%s\n</body></html>' % (cs, html_body))
    body = multi("alternative", [leaf("text/plain", text, cs, "base64", crlf=True),
                                 leaf("text/html", doc, cs, "base64", crlf=True)], b,
                 preamble="This is a multi-part message in MIME format.")
    if attachments:
        body = multi("mixed", [body] + list(attachments), "----=_001_NextPart%012d_=----" % (n * 41 % 10 ** 12),
                     preamble="This is a multi-part message in MIME format.")
    hdrs = [("Date", rfc_date(t)), ("From", haddr(*frm, label=cs, quote=True)), ("To", haddrs(to, cs, quote=True))]
    if cc:
        hdrs.append(("Cc", haddrs(cc, cs, quote=True)))
    hdrs += [("Subject", htext(subject, cs))] + _thr(irt, refs)
    hdrs += [("X-Priority", "3"), ("X-GUID", "%s-%s-%s-%s-%s" % (hx(seed, 8).upper(), hx(seed, 4).upper(),
             hx(seed + "1", 4).upper(), hx(seed + "2", 4).upper(), hx(seed + "3", 12).upper())),
             ("X-Has-Attach", "yes" if attachments else "no"), ("X-Mailer", "Foxmail 7.2.25.254[cn]"),
             ("MIME-Version!", None), ("Message-ID", "<%s%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), hx(seed, 4) + "7",
                                                                     frm[1].split("@")[1]))]
    return _recv(t, frm, bot, seed, host), envelope(hdrs, body)


def exmail(frm, to, cc, subject, t, text, html_body, seed, bot, cs="gb18030", irt=None, refs=None):
    b = "----=_NextPart_%s_%s_%s" % (hx(seed, 8).upper(), hx(seed + "x", 8).upper(), hx(seed + "y", 8).upper())
    doc = '<meta http-equiv="Content-Type" content="text/html; charset=%s"><div>%s</div>' % (cs.upper(), html_body)
    body = multi("alternative", [leaf("text/plain", text, cs, "base64"), leaf("text/html", doc, cs, "base64")], b,
                 preamble="This is a multi-part message in MIME format.")
    hdrs = [("From", haddr(*frm, label=cs, quote=True)), ("To", haddrs(to, cs, quote=True, sep=";"))]
    if cc:
        hdrs.append(("Cc", haddrs(cc, cs, quote=True, sep=";")))
    hdrs += [("Subject", htext(subject, cs)), ("Mime-Version", "1.0"), ("Date", rfc_date(t)),
             ("X-Priority", "3"), ("Message-ID", "<tencent_%s@qq.com>" % hx(seed, 36).upper()),
             ("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x")]
    hdrs += _thr(irt, refs)
    return _recv(t, frm, bot, seed, "smtpbg.qq.com"), envelope(hdrs, body)


def coremail(frm, to, cc, subject, t, text, html_body, seed, bot, cs="UTF-8", irt=None, refs=None, cte="base64",
             attachments=()):
    b = "----=_Part_%d_%d.%d" % (int(hx(seed, 6), 16), int(hx(seed + "p", 7), 16), int(t.timestamp() * 1000))
    doc = '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial"><div>%s</div></div>' % html_body
    body = multi("alternative", [leaf("text/plain", text, cs, cte), leaf("text/html", doc, cs, cte)], b)
    if attachments:
        body = multi("mixed", [body] + list(attachments), b.replace("_Part_", "_Part_M"))
    hdrs = [("Date", rfc_date(t)), ("From", haddr(*frm, label=cs, quote=True)), ("To", haddrs(to, cs, quote=True))]
    if cc:
        hdrs.append(("Cc", haddrs(cc, cs, quote=True)))
    hdrs += [("Subject", htext(subject, cs))] + _thr(irt, refs)
    hdrs += [("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)"),
             ("X-Coremail-Locale", "zh_CN"), ("X-CM-CTRLDATA", hb64(seed + "c", 33)), ("MIME-Version!", None),
             ("Message-ID", "<%s.%s.%s.Coremail.%s>" % (hx(seed, 8), hx(seed + "2", 4), hx(seed + "3", 11), frm[1])),
             ("X-Coremail-Antispam", "1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU=="),
             ("X-CM-TRANSID", hb64(seed + "t", 18).replace("+", "_").replace("/", "-"))]
    return _recv(t, frm, bot, seed, "mail.coremail.example.net"), envelope(hdrs, body)


def gmail(frm, to, cc, subject, t, text, html_body, seed, bot, irt=None, refs=None, attachments=()):
    b1 = "000000000000%s" % hx(seed, 14)
    doc = html_body if html_body.startswith("<div dir") else '<div dir="ltr">%s</div>' % html_body
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable", ct_quote=False),
                                 leaf("text/html", doc, "UTF-8", "quoted-printable", ct_quote=False)], b1)
    if attachments:
        body = multi("mixed", [body] + list(attachments), "000000000000%s" % hx(seed + "m", 14))
    hdrs = [("MIME-Version!", None)] + _thr(irt, refs)
    hdrs += [("From", haddr(*frm, label="UTF-8")), ("Date", rfc_date(t)),
             ("Message-ID", "<CA%s@mail.gmail.com>" % hb64(seed, 45).replace("/", "_").replace("+", "-")[:58]),
             ("Subject", htext(subject, "UTF-8")), ("To", haddrs(to, "UTF-8"))]
    if cc:
        hdrs.append(("Cc", haddrs(cc, "UTF-8")))
    hdrs += [("X-Gm-Features", "AQt7F2" + hx(seed + "gm", 30))]
    return _recv(t, frm, bot, seed, "mail-sor-f41.google.com"), envelope(hdrs, body)


def apple_mail(frm, to, cc, subject, t, text, html_body, seed, bot, irt=None, refs=None, host="smtp.exmail.qq.com"):
    u = hx(seed, 32).upper()
    b = "Apple-Mail=_%s-%s-%s-%s-%s" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32])
    doc = ('<html aria-label="邮件正文"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s'
           '</body></html>' % html_body)
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable", ct_quote=False),
                                 leaf("text/html", doc, "utf-8", "quoted-printable", ct_quote=False)], b)
    hdrs = [("From", haddr(*frm)), ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"),
            ("Subject", htext(subject)), ("Message-Id", "<%s@%s>" % (u[:8] + "-" + u[8:12] + "-" + u[12:16],
                                                                       frm[1].split("@")[1])),
            ("Date", rfc_date(t)), ("Cc", haddrs(cc) if cc else None), ("To", haddrs(to))] + _thr(irt, refs)
    hdrs += [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]
    return _recv(t, frm, bot, seed, host), envelope(hdrs, body)


def iphone(frm, to, cc, subject, t, text, seed, bot, irt=None, refs=None, host="smtp.exmail.qq.com", cte="quoted-printable"):
    body = leaf("text/plain", text, "utf-8", cte, ct_quote=False)
    u = hx(seed, 32).upper()
    hdrs = [("Content-Type!", None), ("From", haddr(*frm)), ("Mime-Version", "1.0 (1.0)"),
            ("Subject", htext(subject)), ("Date", rfc_date(t)),
            ("Message-Id", "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], frm[1].split("@")[1])),
            ("Cc", haddrs(cc) if cc else None)] + _thr(irt, refs) + [("To", haddrs(to)), ("X-Mailer", "iPhone Mail (22F76)")]
    hdrs = [h for h in hdrs if h[0] != "Content-Type!"]
    return _recv(t, frm, bot, seed, host), envelope(hdrs, body)


def thunderbird(frm, to, cc, subject, t, text, seed, bot, irt=None, refs=None, host="smtp.example.net"):
    body = leaf("text/plain", text, "UTF-8", "8bit", params=[("format", "flowed")], ct_quote=False)
    u = hx(seed, 32)
    hdrs = [("Message-ID", "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], frm[1].split("@")[1])),
            ("Date", rfc_date(t)), ("MIME-Version!", None),
            ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "zh-CN"), ("To", haddrs(to))]
    if cc:
        hdrs.append(("Cc", haddrs(cc)))
    hdrs += [("From", haddr(*frm)), ("Subject", htext(subject))] + _thr(irt, refs)
    return _recv(t, frm, bot, seed, host), envelope(hdrs, body)


def finish(recv, msg):
    from email.message import Message
    out = Message()
    for k, v in recv:
        out[k] = v
    for k, v in msg.items():
        out[k] = v
    out._payload = msg._payload
    out.preamble, out.epilogue = msg.preamble, msg.epilogue
    return out

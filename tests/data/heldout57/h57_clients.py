"""Client-specific raw message assembly for heldout57."""
import datetime as dt
from h57_lib import (_hash, addr, addrs, attach, ew, leaf, multi, rfc_date, to_html, to_text, TZ8)

# client -> (charset, text cte, html cte, html flavour, structure)
#   structure: alt (text+html), text, html
PROFILES = {
    "outlook_gb2312": ("gb2312", "base64", "quoted-printable", "outlook", "alt"),
    "outlook_utf8":   ("utf-8", "base64", "base64", "outlook", "alt"),
    "outlook_mac":    ("utf-8", "quoted-printable", "quoted-printable", "outlook", "alt"),
    "m365":           ("utf-8", "quoted-printable", "quoted-printable", "outlook", "alt"),
    "foxmail":        ("GBK", "base64", "base64", "foxmail", "alt"),
    "exmail":         ("gb18030", "base64", "base64", "plain", "alt"),
    "wecom":          ("utf-8", "base64", "base64", "plain", "alt"),
    "coremail":       ("GBK", "base64", "base64", "coremail", "alt"),
    "netease":        ("utf-8", "base64", "base64", "coremail", "alt"),
    "feishu":         ("utf-8", "base64", "base64", "plain", "alt"),
    "dingtalk":       ("utf-8", "base64", "base64", "plain", "alt"),
    "gmail":          ("UTF-8", "quoted-printable", "quoted-printable", "gmail", "alt"),
    "apple":          ("utf-8", "quoted-printable", None, None, "text"),
    "thunderbird":    ("UTF-8", "8bit", None, None, "text"),
    "plain8":         ("utf-8", "8bit", None, None, "text"),
}


def _mid(client, n, frm_email, t):
    dom = frm_email.split("@")[1]
    h = _hash(("mid", n), 32)
    if client.startswith("outlook"):
        return "<%s$%s$%s$@%s>" % ("0000" + h[:12], h[12:20], h[20:28], dom)
    if client == "m365":
        return "<%s.%s@PSAPR06MB%s.apcprd06.prod.outlook.example.com>" % (
            "TYZPR06MB" + h[:4].upper(), h[4:20].upper(), h[20:24].upper())
    if client == "foxmail":
        return "<%s%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), str(int(h[:8], 16))[:7], dom)
    if client in ("exmail", "wecom"):
        return "<tencent_%s@%s>" % (h.upper()[:30], dom)
    if client in ("coremail", "netease"):
        return "<%s.%s.%s.Coremail.%s>" % (h[:8], h[8:12], h[12:23], frm_email)
    if client == "feishu":
        return "<%s-%s@%s>" % (h[:20], h[20:28], dom)
    if client == "dingtalk":
        return "<%s.%s@%s>" % (h[:8].upper(), h[8:22], dom)
    if client == "gmail":
        return "<CAJ%s+%s@%s>" % (h[:20], h[20:32], dom)
    if client == "apple":
        u = h.upper()
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], dom)
    return "<%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:24], dom)


def _mailer(client, n, t, frm_email):
    h = _hash(("x", n), 40)
    if client.startswith("outlook_g") or client == "outlook_utf8":
        return ["X-Mailer: Microsoft Outlook 16.0",
                "Thread-Index: AQH%s%s==" % (h[:20], h[20:30]),
                "Content-Language: zh-cn"]
    if client == "outlook_mac":
        return ["User-Agent: Microsoft-MacOutlook/16.86.24060916",
                "Thread-Topic: placeholder", "Thread-Index: AQH%s" % h[:24]]
    if client == "m365":
        return ["Thread-Index: AQHc%s" % h[:26],
                "Accept-Language: en-US, zh-CN",
                "Content-Language: en-US",
                "X-MS-Has-Attach: ",
                "X-MS-TNEF-Correlator: ",
                "X-MS-Exchange-Organization-AuthAs: Internal",
                "X-MS-Exchange-Organization-AuthSource: PSAPR06MB%s.apcprd06.prod.outlook.example.com" % h[:4].upper()]
    if client == "foxmail":
        return ["X-Priority: 3", "X-GUID: %s-%s-%s" % (h[:8].upper(), h[8:12].upper(), h[12:24].upper()),
                "X-Has-Attach: no", "X-Mailer: Foxmail 7.2.25.331[cn]"]
    if client == "exmail":
        return ["X-QQ-mid: bizesmtp%st%sz%s" % (h[:8], h[8:18], h[18:22]),
                "X-QQ-SSF: 00400000000000F0", "X-QQ-FEAT: %s" % h[:24],
                "X-QQ-XMAILINFO: %s" % h[:32], "X-QQ-Mailer: QQMail 2.x"]
    if client == "wecom":
        return ["X-QQ-mid: bizesmtpweb%st%s" % (h[:8], h[8:18]),
                "X-QQ-Mailer: WXWorkMail", "X-QQ-SSF: 00400000000000F0"]
    if client == "coremail":
        return ["X-Priority: 3", "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20240122(b1ee8a56)\n Copyright (c) 2002-2026 www.mailtech.cn",
                "X-Originating-IP: [10.33.%d.%d]" % (int(h[:2], 16) % 200, int(h[2:4], 16) % 200),
                "X-Coremail-Locale: zh_CN", "X-CM-TRANSID:%s" % h[:24],
                "X-CM-CTRLDATA: %s" % h[24:40]]
    if client == "netease":
        return ["X-Priority: 3", "X-Mailer: NetEase Mail Master 5.3.2.1023",
                "X-CM-TRANSID:%s" % h[:24], "X-NTES-SC: AL_Qu2a%s" % h[:20]]
    if client == "feishu":
        return ["X-Mailer: Feishu Mail", "X-Lark-Mail-Id: %s" % h[:26],
                "X-Lark-Thread-Id: %s" % h[26:40]]
    if client == "dingtalk":
        return ["X-Mailer: DingTalk Mail (Alimail PC 3.2.1)", "X-Alimail-AntiSpam: AC=CONTINUE;BC=0.0743;CP=0;HT=x;MF=%s" % frm_email,
                "X-Priority: 3"]
    if client == "gmail":
        return ["X-Gm-Message-State: AOJu0Y%s" % h[:30], "X-Google-Smtp-Source: AGHT+IE%s" % h[:28]]
    if client == "apple":
        return ["X-Mailer: Apple Mail (2.3826.600.51.1.5)"]
    if client == "thunderbird":
        return ["User-Agent: Mozilla Thunderbird", "Content-Language: en-US"]
    return []


def build(client, n, frm, to, cc, subject, date, bot, blocks=None, text=None, html=None, atts=(),
          irt=None, refs=None, extra=(), cs=None, structure=None, subj_cs=None, hdr_mode="B",
          name_cs=None, return_path=None, recv_host=None, mid=None, mime_top=None):
    pcs, tcte, hcte, flav, struct = PROFILES[client]
    cs = cs or pcs
    struct = structure or struct
    if text is None and blocks is not None:
        text = to_text(blocks)
    if html is None and blocks is not None and struct in ("alt", "html"):
        html = to_html(blocks, flav or "plain", cs)
    scs = subj_cs or ("gb2312" if cs.lower() in ("gb2312",) else ("gbk" if cs.lower() in ("gbk", "gb18030") else "utf-8"))
    ncs = name_cs or scs
    host = recv_host or "mx.%s" % bot.split("@")[1]
    sdom = frm[1].split("@")[1]
    t = date
    mid = mid or _mid(client, n, frm[1], t)
    ts_recv = rfc_date((t + dt.timedelta(seconds=3)).astimezone(TZ8)) + " (CST)"
    hh = _hash(("r", n), 12)
    H = ["Return-Path: <%s>" % (return_path if return_path is not None else frm[1]),
         "Delivered-To: %s" % bot,
         "Received: from smtp.%s (unknown [10.%d.%d.%d])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
             sdom, int(hh[:2], 16) % 250, int(hh[2:4], 16) % 250, int(hh[4:6], 16) % 250, host, hh.upper()[:11], bot, ts_recv),
         "From: " + addr(frm[0], frm[1], ncs, hdr_mode)]
    if to:
        H.append("To: " + addrs(to, ncs, hdr_mode))
    if cc:
        H.append("Cc: " + addrs(cc, ncs, hdr_mode))
    H.append("Subject: " + ew(subject, scs, hdr_mode))
    H.append("Date: " + rfc_date(t))
    H.append("Message-ID: " + mid)
    if irt:
        H.append("In-Reply-To: " + irt)
    if refs:
        H.append("References: " + "\n ".join(refs))
    mh = _mailer(client, n, t, frm[1])
    if client == "outlook_mac":
        mh = [x if not x.startswith("Thread-Topic") else "Thread-Topic: " + ew(subject, scs) for x in mh]
    H += mh
    H += list(extra)
    H.append(mime_top or ("Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.5\\))" if client == "apple" else "MIME-Version: 1.0"))
    b = _hash(("b", n), 24)
    fmt = "; format=flowed" if client == "thunderbird" else ""
    if struct == "text":
        tp = leaf("text/plain", text, cs, tcte, params=fmt)
    elif struct == "html":
        tp = leaf("text/html", html, cs, hcte or "base64")
    else:
        tparts = [leaf("text/plain", text, cs, tcte, params=fmt), leaf("text/html", html, cs, hcte)]
        bnd = {"foxmail": "----=_001_NextPart%s_=----" % b[:12],
               "gmail": "000000000000%s" % b[:12],
               "apple": "Apple-Mail=_%s" % b.upper()}.get(client, "----=_Part_%s" % b)
        if client.startswith("outlook") or client == "m365":
            bnd = "_000_%s_" % b.upper()
        tp = multi("alternative", tparts, bnd)
    if atts:
        parts = [tp] + [attach(fn, data, ct, style) for fn, data, ct, style in atts]
        tp = multi("mixed", parts, "----=_NextPart_mix_%s" % b[12:],
                   preamble="This is a multi-part message in MIME format.\n" if client in ("foxmail", "coremail", "outlook_gb2312", "outlook_utf8") else None)
    return ("\n".join(H) + "\n" + tp).encode("utf-8")

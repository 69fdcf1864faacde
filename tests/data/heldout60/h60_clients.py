"""Mail-client presets: header sets, MIME structure and encodings as each client writes them."""
import datetime as dt

import h60_lib as L
from h60_lib import A, AL, hx, hxu, leaf, multi, message, rfc_date, subj

# client -> defaults
CLIENTS = {
    # name: (text cte, html cte, charset label quoted?, crlf)
    "outlook": ("base64", "base64", True, True),
    "m365": ("quoted-printable", "quoted-printable", True, True),
    "foxmail": ("base64", "base64", True, False),
    "gmail": ("quoted-printable", "quoted-printable", True, False),
    "apple": ("quoted-printable", "quoted-printable", False, False),
    "iphone": ("quoted-printable", "quoted-printable", False, False),
    "thunderbird": ("8bit", "8bit", False, False),
    "coremail": ("base64", "quoted-printable", False, False),
    "exmail": ("base64", "base64", True, False),
    "qq": ("base64", "base64", True, False),
    "netease": ("base64", "base64", False, False),
    "mailmaster": ("base64", "base64", False, False),
    "dingtalk": ("base64", "base64", False, False),
    "feishu": ("quoted-printable", "quoted-printable", False, False),
    "wecom": ("base64", "base64", True, False),
}

MX = {"A": "mx.qiyuan-goji.example.cn", "B": "mail.kaarna-mdj.example.cn", "C": "mail.tsmjjt.example.gov.cn",
      "D": "mx.shanlan-dive.example.cn"}
OUT = {"outlook": ("exch01.{dom}", "10.12.0.21"), "m365": ("mail-sg2apc01on2112.outbound.protection.example.com",
                                                        "40.107.215.112"),
       "foxmail": ("smtp.{dom}", "10.12.0.9"), "gmail": ("mail-sor-f41.google.com", "209.85.220.41"),
       "apple": ("smtp.{dom}", "10.8.1.14"), "iphone": ("smtp.{dom}", "10.8.1.14"),
       "thunderbird": ("smtp.{dom}", "10.8.1.15"), "coremail": ("coremail.{dom}", "10.20.1.3"),
       "exmail": ("smtpbg154.qq.com", "183.3.255.59"), "qq": ("out203-205-221-209.mail.qq.com", "203.205.221.209"),
       "netease": ("m16.mail.163.com", "220.181.12.17"), "mailmaster": ("m15-112.126.com", "220.181.15.112"),
       "dingtalk": ("out30-130.freemail.mail.aliyun.com", "115.124.30.130"),
       "feishu": ("va-1-15.ptr.blmpb.com", "209.127.231.15"), "wecom": ("smtpbg156.qq.com", "203.205.250.60")}


def msgid(client, seed, dom, t, email=""):
    h = hx(seed, 32)
    if client == "outlook":
        return "<%s$%s$%s$@%s>" % ("0000" + h[:8], h[8:16], h[16:24], dom)
    if client == "m365":
        return "<TYZPR06MB%s%s@TYZPR06MB%s.apcprd06.prod.outlook.com>" % (h[:4].upper(), hxu(seed + "b", 14),
                                                                        h[4:8].upper())
    if client == "foxmail":
        return "<%s%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), h[:8], dom)
    if client == "gmail":
        return "<CA%s@mail.gmail.com>" % (L.base64.b64encode(bytes.fromhex(h + hx(seed + "g", 24))).decode()
                                          .replace("/", "_").rstrip("="))
    if client in ("apple", "iphone", "thunderbird"):
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(),
                                         h[20:32].upper(), dom)
    if client == "coremail":
        return "<%s.%s.%s.Coremail.%s>" % (h[:8], h[8:13], hx(seed + "c", 11), email)
    if client in ("exmail", "wecom"):
        return "<tencent_%s@%s>" % (hxu(seed, 40), "qq.com" if client == "exmail" and dom == "qq.com" else dom)
    if client == "qq":
        return "<tencent_%s@qq.com>" % hxu(seed, 40)
    if client in ("netease", "mailmaster"):
        return "<%s.%s.%s.Coremail.%s>" % (h[:8], h[8:13], hx(seed + "n", 11), email)
    if client == "dingtalk":
        return "<%s.%s@alimail.%s>" % (h[:20], h[20:28], dom)
    if client == "feishu":
        return "<%s@feishu.cn>" % (h[:26])
    raise ValueError(client)


def extra_headers(client, seed, t, lang):
    if client == "outlook":
        return [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQH" + L.base64.b64encode(
            bytes.fromhex(hx(seed, 36))).decode()[:40]), ("Content-Language", lang)]
    if client == "m365":
        return [("Thread-Index", "AQHc" + L.base64.b64encode(bytes.fromhex(hx(seed, 30))).decode()[:30]),
                ("Accept-Language", lang + ", zh-CN"), ("Content-Language", lang),
                ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    if client == "foxmail":
        return [("X-Priority", "3"), ("X-GUID", hxu(seed, 8) + "-" + hxu(seed + "1", 4) + "-" + hxu(seed + "2", 4)
                                        + "-" + hxu(seed + "3", 4) + "-" + hxu(seed + "4", 12)),
                ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]")]
    if client == "gmail":
        return [("X-Gm-Features", "AQt7F2" + hx(seed, 30))]
    if client == "apple":
        return [("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")]
    if client == "iphone":
        return [("X-Mailer", "iPhone Mail (22F76)")]
    if client == "thunderbird":
        return [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", lang)]
    if client == "coremail":
        return [("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)"),
                ("X-Originating-IP", "[10.20.3.%d]" % (int(hx(seed, 2), 16) % 200 + 20)),
                ("X-CM-TRANSID", hx(seed, 12) + "AAA--.1" + hx(seed + "t", 6)), ("X-Coremail-Locale", "zh_CN")]
    if client in ("exmail", "wecom"):
        h = [("X-QQ-mid", "bizesmtp%st%s" % (int(hx(seed, 5), 16), int(t.timestamp()))),
             ("X-QQ-Originating-IP", "IH/" + hx(seed, 14)), ("X-QQ-SSF", "00400000000000F0"),
             ("X-QQ-GoodBg", "2")]
        if client == "wecom":
            h.append(("X-Mailer", "WeCom Mail"))
        else:
            h.append(("X-Mailer", "QQMail 2.x"))
        return h
    if client == "qq":
        return [("X-QQ-FEAT", hx(seed, 24)), ("X-QQ-mid", "xmsezb%s-t%s" % (hx(seed, 12), int(t.timestamp()))),
                ("X-Mailer", "QQMail 2.x")]
    if client == "netease":
        return [("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version 2023.3-cmXT build 20240627(5d1d6c8b)"),
                ("X-NTES-SC", "AL_Qu2" + hx(seed, 20)), ("X-Originating-IP", "[117.136.%d.%d]" % (
                    int(hx(seed, 2), 16) % 200, int(hx(seed + "i", 2), 16) % 200))]
    if client == "mailmaster":
        return [("X-Priority", "3"), ("X-Mailer", "NetEase Mail Master 7.18.4"), ("X-NTES-SC", "AL_Qu2" + hx(seed, 20))]
    if client == "dingtalk":
        return [("X-Mailer", "DingTalk Mail"), ("X-Alimail-AntiSpam", "AC=CONTINUE;BC=0.07|-1;BR=01201311R151e4;"
                                                                      "FP=0|-1|-1|-1|0|-1|-1|-1;HT=" + hx(seed, 8))]
    if client == "feishu":
        return [("X-Lms-Return-Path", "<lba+" + hx(seed, 24) + "@feishu.cn>"), ("X-Mailer", "Lark Mail")]
    return []


def mk(org, client, frm, to, subject, date, text=None, html=None, cc=(), cs="utf-8", name_cs=None, subj_cs=None,
       mode="B", attach=(), irt=None, refs=None, extra=(), crlf=None, text_cte=None, html_cte=None,
       text_params="", lang="zh-CN", reply_to=None, seed=None, envelope_from=None, quote=False, top=(),
       priority=None):
    """Build one message. frm: roster name or (name, email). to/cc: lists of roster names or tuples."""
    t = L.ts(date)
    seed = seed or subject + date
    defaults = CLIENTS[client]
    text_cte = text_cte or defaults[0]
    html_cte = html_cte or defaults[1]
    crlf = defaults[3] if crlf is None else crlf
    name_cs = name_cs or cs
    subj_cs = subj_cs or cs
    frm = frm if isinstance(frm, tuple) else (frm, L.addr_of(frm))
    dom = frm[1].split("@")[1]
    bot_name, bot_addr = L.BOTS[org]
    if cs.lower() == "utf-8" and client in ("gmail", "thunderbird", "feishu", "dingtalk"):
        cs = "UTF-8"
    parts = []
    if text is not None:
        parts.append(leaf("text/plain", text, cs, text_cte, params=text_params, cs_quote=defaults[2]))
    if html is not None:
        parts.append(leaf("text/html", html, cs, html_cte, cs_quote=defaults[2]))
    b = hx(seed + "bnd", 24)
    bnd = {"outlook": "----=_NextPart_000_%s_01DC%s.%s" % (hxu(seed, 4), hxu(seed + "x", 4), hxu(seed + "y", 8)),
           "m365": "_000_TYZPR06MB%s_" % hxu(seed, 16),
           "foxmail": "----=_001_NextPart%s_=----" % str(int(b[:8], 16))[:12],
           "gmail": "000000000000%s" % b[:14],
           "apple": "Apple-Mail=_%s-%s-%s-%s-%s" % (hxu(seed, 8), hxu(seed + "1", 4), hxu(seed + "2", 4),
                                                   hxu(seed + "3", 4), hxu(seed + "4", 12)),
           "thunderbird": "------------%s" % hx(seed, 24),
           "coremail": "----=_Part_%d_%d.%d" % (int(b[:5], 16), int(b[5:13], 16) % 10 ** 9, int(t.timestamp() * 1000)),
           }.get(client, "----=_NextPart_%s_%s_%s" % (hxu(seed, 8), hxu(seed + "1", 8), hxu(seed + "2", 8)))
    bnd = bnd.replace("iphone", "apple")
    if client == "iphone":
        bnd = "Apple-Mail-%s-%s-%s" % (hxu(seed, 8), hxu(seed + "1", 4), hxu(seed + "2", 4))
    body = parts[0] if len(parts) == 1 else multi("alternative", parts, bnd + ("" if not attach else "_alt"))
    if attach:
        aparts = [body]
        for ctype, fname, data in attach:
            if L.needs(fname):
                pct = "".join(chr(x) if (chr(x).isalnum() and x < 128) or chr(x) in ".-_" else "%%%02X" % x
                              for x in fname.encode("utf-8"))
                disp = "Content-Disposition: attachment;\n\tfilename*=utf-8''" + pct
                aparts.append(leaf(ctype + ";\n\tname*=utf-8''" + pct, data=data, cte="base64", disposition=disp))
            else:
                disp = 'Content-Disposition: attachment;\n\tfilename="%s"' % fname
                aparts.append(leaf(ctype, data=data, cte="base64", name=fname, disposition=disp))
        body = multi("mixed", aparts, bnd)
    to_v = AL(to, name_cs, mode, quote)
    hdrs = list(top)
    ef = envelope_from if envelope_from is not None else frm[1]
    hdrs.append(("Return-Path", "<%s>" % ef))
    hdrs.append(("Delivered-To", bot_addr))
    host, ip = OUT[client]
    hdrs.append(L.received(MX[org], host.format(dom=dom), ip, t + dt.timedelta(seconds=3), bot_addr, seed))
    hdrs_main = [("Date", rfc_date(t))]
    hdrs_main.append(("From", A(frm[0], frm[1], name_cs, mode, quote)))
    hdrs_main.append(("To", to_v))
    if cc:
        hdrs_main.append(("Cc" if client not in ("outlook", "m365") else "CC", AL(cc, name_cs, mode, quote)))
    if reply_to:
        hdrs_main.append(("Reply-To", reply_to))
    hdrs_main.append(("Subject", subj(subject, subj_cs, mode)))
    if client in ("outlook", "m365"):
        hdrs_main.append(("Thread-Topic", subj(subject.split(": ", 1)[-1].split("：", 1)[-1], subj_cs, mode)))
    if irt:
        hdrs_main.append(("In-Reply-To", irt))
        hdrs_main.append(("References", refs or irt))
    hdrs_main.append(("Message-ID", msgid(client, seed, dom, t, frm[1])))
    if priority:
        hdrs_main.append(("X-Priority", priority))
    hdrs_main.extend(h for h in extra_headers(client, seed, t, lang) if not (priority and h[0] == "X-Priority"))
    hdrs_main.extend(extra)
    if client == "apple":
        hdrs = hdrs + hdrs_main + ["Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"]
        return message(hdrs, body, crlf=crlf, mime=False)
    if client == "iphone":
        hdrs = hdrs + hdrs_main + ["Mime-Version: 1.0 (1.0)"]
        return message(hdrs, body, crlf=crlf, mime=False)
    return message(hdrs + hdrs_main, body, crlf=crlf)


def gmail_html(text):
    out = []
    for line in text.split("\n"):
        out.append("<div>%s</div>" % (L.esc(line) if line else "<br>"))
    return '<div dir="ltr">' + "".join(out) + "</div>\n"


def simple_html(text, font="微软雅黑", size="10.5pt"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:%s;font-size:%s">\n%s\n</div></body></html>\n'
            % (font, size, "\n".join("<div>%s</div>" % (L.esc(l) if l else "<br>") for l in text.split("\n"))))


def outlook_html(inner, cs="gb2312", lang="ZH-CN"):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n@font-face {font-family:\u7b49\u7ebf;}\np.MsoNormal, li.MsoNormal, div.MsoNormal '
            '{margin:0cm;text-align:justify;font-size:10.5pt;font-family:\u7b49\u7ebf;}\n'
            'table.MsoTableGrid {border:solid windowtext 1.0pt;}\n--></style></head>\n'
            '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word;text-justify-trim:punctuation">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (cs, lang, inner))


def o_p(text):
    if not text:
        return '<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p></span></p>'
    return '<p class="MsoNormal"><span style="font-family:\u5fae\u8f6f\u96c5\u9ed1">%s<o:p></o:p></span></p>' % L.esc(text)


def o_table(rows, widths=None):
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
           'style="border-collapse:collapse;border:none">']
    for i, r in enumerate(rows):
        out.append("<tr>")
        for j, c in enumerate(r):
            w = ' width="%d"' % widths[j] if widths else ""
            cell = "".join(o_p(x) if x else o_p("") for x in c.split("\n"))
            if i == 0:
                cell = cell.replace("<span ", "<b><span ").replace("</span></p>", "</span></b></p>")
            out.append('<td%s valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">%s</td>'
                       % (w, cell))
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)

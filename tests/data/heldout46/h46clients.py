"""Mail-client profiles for make_heldout46.py.

Each profile writes the headers, body structure, charsets and quirks of one real
client.  `mail(profile, ...)` returns the raw bytes a receiving server stores
(Return-Path / Delivered-To / Received on top).
"""
import datetime as dt
import uuid

import h46lib as L

# ---------------------------------------------------------------------------
# receiving servers (the bot's mailbox of each organisation)
# ---------------------------------------------------------------------------
ORG_SERVER = {
    "A": dict(bot="jiyao@ycqcgj.example.gov.cn", mx="mail.ycqcgj.example.gov.cn", tz=8, kind="coremail"),
    "B": dict(bot="minutes@jincheng-parts.example.cn", mx="mx1.exmail.qq.com", tz=8, kind="exmail"),
    "C": dict(bot="minutebot@zhenxun.example.com", mx="mx1.feishu.cn", tz=8, kind="feishu"),
    "D": dict(bot="minutes.rizhao@nordvik.example.com", mx="TYZPR06MB6353.apcprd06.prod.outlook.com", tz=0, kind="exo"),
}
BOTS = {k: v["bot"] for k, v in ORG_SERVER.items()}


def _recv_date(date, offset, server_tz, add_seconds):
    tz = dt.timezone(dt.timedelta(hours=offset))
    aware = date.replace(tzinfo=tz) + dt.timedelta(seconds=add_seconds)
    target = aware.astimezone(dt.timezone(dt.timedelta(hours=server_tz)))
    s = target.strftime("%a, %d %b %Y %H:%M:%S %z").replace(", 0", ", ")
    return s + (" (CST)" if server_tz == 8 else "")


def received_lines(org, num, sender_email, date, offset, via_host, via_ip):
    srv = ORG_SERVER[org]
    rd = _recv_date(date, offset, srv["tz"], 2)
    qid = L.hexid_upper("q%s" % num, 11)
    if srv["kind"] == "coremail":
        return ["Received: from %s (unknown [%s])\n\tby %s (Coremail) with SMTP id %s\n\tfor <%s>; %s"
                % (via_host, via_ip, srv["mx"], "AQAAf" + L.hexid("cm%s" % num, 18), srv["bot"], rd)]
    if srv["kind"] == "exmail":
        return ["Received: from %s (unknown [%s])\n\tby %s (NewMx) with SMTP id %s\n\tfor <%s>; %s"
                % (via_host, via_ip, srv["mx"], qid, srv["bot"], rd)]
    if srv["kind"] == "feishu":
        return ["Received: from %s ([%s])\n\tby %s (Lark Mail MTA) with ESMTPS id %s\n\tfor <%s>; %s"
                % (via_host, via_ip, srv["mx"], qid.lower(), srv["bot"], rd)]
    # Exchange Online
    return ["Received: from %s (%s) by\n %s (2603:1096:4:1bb::11) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.9052.11; %s"
            % (via_host, via_ip, srv["mx"], rd)]


# ---------------------------------------------------------------------------
# ids
# ---------------------------------------------------------------------------

def uuid_from(seed):
    return str(uuid.UUID(L.hexid(seed, 32)))


def msgid(profile, num, domain, user="", date=None):
    h = L.hexid("mid%s%s" % (profile, num), 40)
    if profile in ("outlook", "outlook_tw"):
        return "<000001dc%s$%s$%s$@%s>" % (h[0:4], h[4:12], h[12:20], domain)
    if profile == "exo":
        p = "TYZPR06MB%s" % (str(int(h[:6], 16) % 9000 + 1000))
        return "<%s%s@%s.apcprd06.prod.outlook.com>" % (p, h.upper(), p)
    if profile == "exo_eu":
        p = "HE1PR07MB%s" % (str(int(h[:6], 16) % 9000 + 1000))
        return "<%s%s@%s.eurprd07.prod.outlook.com>" % (p, h.upper(), p)
    if profile == "foxmail":
        return "<%s%s@%s>" % (date.strftime("%Y%m%d%H%M%S"), str(int(h[:12], 16))[:7], domain)
    if profile in ("exmail", "wecom"):
        return "<tencent_%s@exmail.qq.com>" % h[:32].upper()
    if profile in ("coremail", "mailmaster", "netease"):
        return "<%s.%s.%s.Coremail.%s@%s>" % (h[:8], h[8:12], h[12:23], user, domain)
    if profile in ("apple", "iphone"):
        return "<%s@%s>" % (uuid_from("a%s" % num).upper(), domain)
    if profile == "thunderbird":
        return "<%s@%s>" % (uuid_from("t%s" % num), domain)
    if profile == "gmail":
        import base64
        s = base64.b64encode(bytes.fromhex(h + L.hexid("g2%s" % num, 20))).decode()
        s = s.replace("/", "_").replace("+", "-").rstrip("=")
        return "<CA%s@mail.gmail.com>" % s[:46]
    if profile == "feishu":
        return "<%s.%s@%s>" % (h[:24], "lark", domain)
    if profile == "dingtalk":
        return "<%s.%s@%s>" % (uuid_from("d%s" % num), user, domain)
    raise ValueError(profile)


def thread_index(num):
    import base64
    return "Thread-Index: Ad" + base64.b64encode(bytes.fromhex(L.hexid("ti%s" % num, 42))).decode()


def boundary(profile, num):
    h = L.hexid("b%s%s" % (profile, num), 32)
    if profile in ("outlook", "outlook_tw"):
        return "----=_NextPart_000_%s_01DC%s.%s" % (h[:4].upper(), h[4:8].upper(), h[8:16].upper())
    if profile in ("exo", "exo_eu"):
        return "_000_%s_" % h.upper()
    if profile == "foxmail":
        return "----=_001_NextPart%s_=----" % str(int(h[:10], 16))[:12]
    if profile in ("exmail", "wecom"):
        return "----=_NextPart_%s_%s_%s" % (h[:8].upper(), h[8:16].upper(), h[16:24].upper())
    if profile in ("coremail", "mailmaster", "netease"):
        return "----=_Part_%s_%s.%s" % (int(h[:5], 16), int(h[5:12], 16), 1775000000000 + int(h[12:20], 16) % 9000000000)
    if profile in ("apple", "iphone"):
        return "Apple-Mail=_%s" % uuid_from("ab%s" % num).upper()
    if profile == "thunderbird":
        return "------------%s" % h[:24]
    if profile == "gmail":
        return "000000000000%s" % h[:16]
    if profile == "feishu":
        return "%s" % h[:30]
    if profile == "dingtalk":
        return "----=ALIBOUNDARY_%s_%s_%s" % (int(h[:5], 16), h[5:13], int(h[13:20], 16))
    raise ValueError(profile)


# ---------------------------------------------------------------------------
# HTML wrappers
# ---------------------------------------------------------------------------

def html_outlook(inner, charset, lang="ZH-CN"):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=%s">'
            '<meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:DengXian;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:10.5pt;\n\tfont-family:DengXian;}\n'
            'span.EmailStyle17\n\t{mso-style-type:personal-compose;}\n'
            '--></style></head><body lang=%s link="#0563C1" vlink="#954F72" style=\'text-justify-trim:punctuation\'>'
            '<div class=WordSection1>\n%s\n</div></body></html>' % (charset, lang, inner))


def outlook_paras(text):
    out = []
    for line in text.split("\n"):
        if not line.strip():
            out.append("<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>")
        else:
            esc = L.html_escape(line).replace("  ", "&nbsp; ")
            out.append("<p class=MsoNormal>%s<span lang=EN-US><o:p></o:p></span></p>" % esc)
    return "\n".join(out)


def html_foxmail(inner, charset):
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"><style>body { line-height: 1.5; }'
            'body { font-size: 14px; font-family: "Microsoft YaHei UI"; color: rgb(0, 0, 0); line-height: 1.5; }'
            '</style></head><body>\n%s\n</body></html>' % (charset, inner))


def html_generic(inner, charset="UTF-8"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body>\n%s\n</body></html>'
            % (charset, inner))


def html_coremail(inner, charset):
    return ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s</div><br><br>'
            '<span title="neteasefooter"><p>&nbsp;</p></span>' % inner)


def html_exmail(inner, charset):
    return ('<meta http-equiv="Content-Type" content="text/html; charset=%s"><div style="font-family: \'Microsoft YaHei\';'
            ' font-size: 14px;">%s</div>' % (charset, inner))


def html_gmail(inner):
    return '<div dir="ltr">%s</div>\n' % inner


def html_apple(inner):
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s</body></html>'
            % inner)


def html_feishu(inner):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            '<div style="font-family: -apple-system, PingFang SC, Microsoft YaHei, sans-serif; font-size: 14px;">%s</div>'
            '</body></html>' % inner)


def html_dingtalk(inner):
    return ('<div class="__aliyun_email_body_block"><div  style="line-height:1.7;font-family:Tahoma,Arial,STHeiti,SimSun;'
            'font-size:14.0px;color:#000000;">%s</div></div>' % inner)


CT = object()  # where a client puts Content-Type among its headers

# ---------------------------------------------------------------------------
# main builder
# ---------------------------------------------------------------------------

def mail(profile, *, org, num, frm, to, cc=(), subject, date, offset=8,
         plain=None, html=None, charset="utf-8", cte="base64", html_cte=None,
         attachments=(), in_reply_to=None, references=None, via=("pc", "10.0.0.2"),
         hdr_charset=None, hdr_enc="B", extra=(), top_extra=(), date_style="std",
         plain_params="", crlf=None, domain=None, user=None, return_path=None,
         subject_raw=None, quote_names=False, cte_case=None):
    """Build one message.  Returns raw bytes."""
    hdr_charset = hdr_charset or charset
    domain = domain or frm[1].split("@")[1]
    user = user or frm[1].split("@")[0]
    html_cte = html_cte or cte
    if crlf is None:
        crlf = profile in ("outlook", "outlook_tw", "exo", "exo_eu", "foxmail")
    mid = msgid(profile, num, domain, user, date)
    bnd = boundary(profile, num)

    # ---- body
    parts = []
    if plain is not None:
        parts.append(L.text_part(plain, "plain", charset, cte, crlf=crlf, params=plain_params,
                                 quote_charset=profile not in ("thunderbird", "iphone", "apple", "feishu"),
                                 cte_case=cte_case))
    if html is not None:
        parts.append(L.text_part(html, "html", charset, html_cte, crlf=crlf,
                                 quote_charset=profile not in ("thunderbird", "iphone", "apple", "feishu"),
                                 cte_case=cte_case))
    preamble = None
    if profile in ("outlook", "outlook_tw"):
        preamble = "This is a multipart message in MIME format."
    elif profile in ("foxmail", "exmail", "wecom"):
        preamble = "This is a multi-part message in MIME format."
    if len(parts) == 2:
        ct, body = L.multipart("alternative", bnd, parts, preamble if not attachments else None)
        inner = L.part_from(ct, body)
        top_cte = None
    else:
        inner = parts[0]
        ct = None
        top_cte = None
    if attachments:
        mixed_b = boundary(profile, "%s-mixed" % num)
        att_parts = []
        for fn, ctype, data in attachments:
            # RFC 2231 parameters (RFC 2047 words inside quotes are a parser defect)
            att_parts.append(L.binary_part(data, ctype, fn, charset=hdr_charset, enc=hdr_enc, rfc2231=True,
                                           name_param=profile not in ("thunderbird", "apple", "iphone", "gmail")))
        ct, body = L.multipart("mixed", mixed_b, [inner] + att_parts, preamble)
    elif len(parts) == 2:
        ct, body = L.multipart("alternative", bnd, parts, preamble)
    else:
        # single part: lift its headers to the top level
        head, _, body = inner.partition(b"\n\n")
        hl = head.decode("ascii").split("\n")
        ct = hl[0][len("Content-Type: "):]
        top_cte = hl[1][len("Content-Transfer-Encoding: "):]

    # ---- headers
    def A(name, people):
        return L.addr_header(name, list(people), hdr_charset, hdr_enc, quote_ascii=quote_names)

    subj = subject_raw or L.enc_header("Subject", subject, hdr_charset, hdr_enc)
    dstr = L.rfc_date(date, offset, date_style)
    irt = ("In-Reply-To: %s" % in_reply_to) if in_reply_to else None
    refs = ("References: %s" % references) if references else None
    H = []
    if profile in ("outlook", "outlook_tw"):
        H = [A("From", [frm]), A("To", to), A("Cc", cc), refs, irt, subj, "Date: " + dstr, "Message-ID: " + mid,
             "MIME-Version: 1.0", CT, "X-Mailer: Microsoft Outlook 16.0",
             thread_index(num),
             "Content-Language: %s" % ("zh-tw" if profile == "outlook_tw" else
                                       ("zh-cn" if any(ord(ch) > 0x2e80 for ch in (plain or html or "")) else "en-us"))]
    elif profile in ("exo", "exo_eu"):
        H = [A("From", [frm]), A("To", to), A("Cc", cc), subj,
             L.enc_header("Thread-Topic", subject.split(": ", 1)[-1] if subject.lower().startswith(("re:", "fw:")) else subject, hdr_charset, hdr_enc),
             thread_index(num), "Date: " + dstr, "Message-ID: " + mid,
             refs, irt, "Accept-Language: en-US, zh-CN", "Content-Language: %s" % ("zh-CN" if charset != "us-ascii" and any(ord(c) > 0x2e80 for c in (plain or "")) else "en-US"),
             "X-MS-Has-Attach:%s" % (" yes" if attachments else ""), "X-MS-TNEF-Correlator:",
             "x-ms-exchange-organization-authas: Internal", CT, "MIME-Version: 1.0"]
    elif profile == "foxmail":
        H = ["Date: " + dstr, A("From", [frm]), A("To", to), A("Cc", cc), refs, irt, subj, "X-Priority: 3",
             "X-GUID: %s" % uuid_from("fx%s" % num).upper(), "X-Has-Attach: %s" % ("yes" if attachments else "no"),
             "X-Mailer: Foxmail 7.2.25.331[cn]", "Mime-Version: 1.0", "Message-ID: " + mid, CT]
    elif profile in ("exmail", "wecom"):
        H = ["Date: " + dstr, A("From", [frm]), A("To", to), A("Cc", cc), refs, irt, subj, "Mime-Version: 1.0", CT,
             "X-QQ-MIME: TCMime 1.0 by Tencent",
             "X-Mailer: %s" % ("QQMail 2.x" if profile == "exmail" else "WeWork Mail"),
             "X-QQ-Mailer: %s" % ("QQMail 2.x" if profile == "exmail" else "WeWork Mail"),
             "Message-ID: " + mid, "X-QQ-mid: bizesmtp%st%s" % (L.hexid("qm%s" % num, 6), int(L.hexid("qt%s" % num, 8), 16))]
    elif profile in ("coremail", "netease", "mailmaster"):
        xm = {"coremail": "Coremail Webmail Server Version XT5.0.13 build 20230109(dcb5de15)\n Copyright (c) 2002-2026 www.mailtech.cn gov",
              "netease": "Coremail Webmail Server Version XT5.0.14 build 20240102(6e87ba32)\n Copyright (c) 2002-2026 www.mailtech.cn qiye163",
              "mailmaster": None}[profile]
        H = ["Date: " + dstr, A("From", [frm]), A("To", to), A("Cc", cc), refs, irt, subj, "X-Priority: 3",
             ("X-Mailer: " + xm) if xm else None, "X-Coremail-Locale: zh_CN",
             "X-CM-TRANSID: %s" % L.hexid("ct%s" % num, 28), CT, "MIME-Version: 1.0", "Message-ID: " + mid,
             "X-Coremail-Antispam: 1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU=="]
    elif profile == "apple":
        H = [A("From", [frm]), CT, "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))", subj,
             "Date: " + dstr, refs, irt, A("To", to), A("Cc", cc), "Message-Id: " + mid,
             "X-Mailer: Apple Mail (2.3826.400.131.1.6)"]
    elif profile == "iphone":
        H = [CT, A("From", [frm]), "Mime-Version: 1.0 (1.0)", "Date: " + dstr, subj, "Message-Id: " + mid,
             refs, irt, A("Cc", cc), A("To", to), "X-Mailer: iPhone Mail (23F79)"]
    elif profile == "thunderbird":
        H = ["Message-ID: " + mid, "Date: " + dstr, "MIME-Version: 1.0", "User-Agent: Mozilla Thunderbird",
             "Content-Language: en-US", refs, irt, A("To", to), A("Cc", cc), A("From", [frm]), subj, CT]
    elif profile == "gmail":
        H = ["MIME-Version: 1.0", refs, irt, A("From", [frm]), "Date: " + dstr, "Message-ID: " + mid, subj,
             A("To", to), A("Cc", cc), CT]
    elif profile == "feishu":
        H = ["Date: " + dstr, A("From", [frm]), A("To", to), A("Cc", cc), "Message-Id: " + mid, refs, irt, subj,
             "Mime-Version: 1.0", CT, "X-Lms-Return-Path: <lba+2%s+%s@%s>" % (L.hexid("lr%s" % num, 10), user, domain),
             "X-Original-From: %s" % L.mbox(frm[0], frm[1], hdr_charset, hdr_enc)]
    elif profile == "dingtalk":
        H = ["Date: " + dstr, A("From", [frm]), A("To", to), A("Cc", cc), "Message-ID: " + mid, refs, irt, subj,
             "X-Mailer: DingTalk Mail", "MIME-Version: 1.0",
             "x-aliyun-mail-creator: W4_%s" % L.hexid("al%s" % num, 40), CT]
    else:
        raise ValueError(profile)
    # place Content-Type / CTE where the client puts it (the None slot)
    ct_lines = ["Content-Type: " + ct] + (["Content-Transfer-Encoding: " + top_cte] if top_cte else [])
    if profile in ("exmail", "wecom") and not top_cte:
        ct_lines.append("Content-Transfer-Encoding: 8Bit")
    if profile == "iphone" and not top_cte:
        ct_lines.append("Content-Transfer-Encoding: 7bit")
    out = []
    for h in H:
        if h is CT:
            out.extend(ct_lines)
            ct_lines = []
        elif h is not None:
            out.append(h)
    out.extend(ct_lines)
    out = [h for h in out if h] + list(extra)

    rp = return_path if return_path is not None else frm[1]
    top = L.server_headers(rp, BOTS[org], received_lines(org, num, frm[1], date, offset, via[0], via[1]))
    top += list(top_extra)
    return ("\n".join(top + out) + "\n\n").encode("ascii") + body

# Client envelopes and quote choices for make_replies18.py (exec'd into it; not a standalone module).

def alt(text, hdoc, label, cte, boundary, crlf=False, quote_cs=True, text_extra="", preamble=None):
    return multi("alternative", [leaf("text/plain", text, label, cte, crlf, quote_cs, text_extra),
                                 leaf("text/html", hdoc, label, cte, crlf, quote_cs)], boundary, preamble)


def finish(hdrs, body, seed, host, ip, t, frm_email, crlf=False):
    rec = received(t, host, ip, seed)
    rec[0] = ("Return-Path", "<%s>" % frm_email)
    return serialize(envelope(rec + hdrs, body), crlf)


def ip_of(seed, pre="10.16."):
    return pre + "%d.%d" % (int(hx(seed, 2), 16) % 200 + 2, int(hx(seed + "i", 2), 16) % 200 + 10)


def e_outlook(lang_cs, content_lang, mailer="Microsoft Outlook 16.0", cte="base64"):
    def f(c, r, frm, subj, t, text, hbody, seed, cc):
        label = lang_cs
        stamp = hx(seed, 12).upper()
        b = "----=_NextPart_000_%04X_01DB%s.%s" % (int(hx(seed, 3), 16) % 65535, stamp[:4], stamp[4:])
        hdoc = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
                'content="text/html; charset=%s"><meta name="Generator" content="Microsoft Word 15 (filtered '
                'medium)"></head><body lang="ZH-CN" link="#0563C1" vlink="#954F72"><div class="WordSection1">%s'
                '</div></body></html>' % (label, hbody))
        blabel = label
        try:
            (text + hdoc).encode(codec(label))
        except UnicodeEncodeError:
            blabel = "utf-8"   # Outlook's automatic encoding: the quoted recap/names need Unicode
            hdoc = hdoc.replace("charset=%s" % label, "charset=utf-8")
        try:
            (subj + frm[0]).encode(codec(label))
        except UnicodeEncodeError:
            label = "utf-8"
        body = alt(text, hdoc, blabel, cte, b, crlf=True,
                   preamble="This is a multipart message in MIME format.")
        hdrs = base_headers(frm, r, subj, t, label, cc=cc) + thread(r) + [
            ("Message-ID", "<00%s01db%s$%s$%s@%s>" % (hx(seed, 2), hx(seed, 4), hx(seed + "a", 8), hx(seed + "b", 8),
                                                      frm[1].split("@")[1])),
            ("MIME-Version", "1.0"), ("X-Mailer", mailer),
            ("Thread-Index", base64.b64encode(b"\x01\xdb" + hashlib.sha256(seed.encode()).digest()[:25]).decode()),
            ("Content-Language", content_lang)] + c["kw"].get("extra", [])
        return finish(hdrs, body, seed, "%s-PC" % frm[1].split("@")[0].upper().replace(".", ""), ip_of(seed), t,
                      frm[1], crlf=False)
    return f


def e_exo(c, r, frm, subj, t, text, hbody, seed, cc, ios=False):
    mid = "SEZPR06MB%s%s" % (hx(seed, 4).upper(), hx(seed + "m", 24).upper())
    b = "_000_%s_" % mid
    label = "utf-8"
    hdoc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div '
            'class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; '
            'font-size: 12pt; color: rgb(0, 0, 0);">%s</div></body></html>' % hbody)
    body = alt(text, hdoc, label, "base64", b, crlf=True)
    topic = r.subject[4:]
    hdrs = [("From", haddr(frm[0], frm[1])), ("To", haddr(BOT[0], r.reply_to))]
    if cc:
        hdrs.append(("CC", haddrs(cc)))
    hdrs += [("Subject", htext(subj)), ("Thread-Topic", htext(topic)),
             ("Thread-Index", base64.b64encode(b"\x01\xdb" + hashlib.sha256(seed.encode()).digest()[:25]).decode()),
             ("Date", rfc_date(t.astimezone(UTC))),
             ("Message-ID", "<%s@%s.apcprd06.prod.outlook.com>" % (mid, mid[:13]))] + thread(r)
    hdrs += [("Accept-Language", "zh-CN, en-US"), ("Content-Language", "zh-CN" if not ios else "en-US"),
             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("MIME-Version", "1.0")]
    hdrs += c["kw"].get("extra", [])
    return finish(hdrs, body, seed, "mail-sezapc01on2110.outbound.protection.outlook.com", "40.107.255.110", t,
                  frm[1])


def e_exo_ios(c, r, frm, subj, t, text, hbody, seed, cc):
    return e_exo(c, r, frm, subj, t, text, hbody, seed, cc, ios=True)


def e_qq(c, r, frm, subj, t, text, hbody, seed, cc, label="gb18030", wecom=False):
    b = "----=_NextPart_%s_%s_%s" % (hx(seed, 8).upper(), hx(seed + "1", 8).upper(), hx(seed + "2", 8).upper())
    hdoc = '<meta http-equiv="Content-Type" content="text/html; charset=%s"><div>%s</div>' % (label, hbody)
    body = alt(text, hdoc, label, "base64", b, preamble="This is a multi-part message in MIME format.")
    hdrs = [("X-QQ-FEAT", hb64(seed + "f", 30)), ("X-QQ-SSF", "00000000000000F0"),
            ("X-QQ-XMAILINFO", hb64(seed + "x", 24)), ("X-HAS-ATTACH", "no"),
            ("X-QQ-BUSINESS-ORIGIN", "2"), ("X-Originating-IP", ip_of(seed, "113.108.")),
            ("X-QQ-STYLE", ""), ("X-QQ-mid", "xmsezb%d-0t%dt%s" % (int(hx(seed, 1), 16) % 9, int(t.timestamp()),
                                                                    hx(seed + "q", 7)))]
    hdrs += base_headers(frm, r, subj, t, label, quote=True, cc=cc)[:2] + \
        ([("Cc", haddrs(cc, label, quote=True))] if cc else []) + [("Subject", htext(subj, label))]
    hdrs += [("Mime-Version", "1.0"), ("Date", rfc_date(t)), ("X-Priority", "3"),
             ("Message-ID", "<tencent_%s@%s>" % (hx(seed, 36).upper(), "exmail.qq.com" if wecom else "qq.com")),
             ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
             ("X-Mailer", "WeCom Mail" if wecom else "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x")] + thread(r)
    hdrs += c["kw"].get("extra", [])
    return finish(hdrs, body, seed, "smtpbgsg%d.qq.com" % (int(hx(seed, 1), 16) % 3 + 1), "54.254.200.%d" %
                  (int(hx(seed, 2), 16) % 200 + 20), t, frm[1])


def e_wecom(c, r, frm, subj, t, text, hbody, seed, cc):
    return e_qq(c, r, frm, subj, t, text, hbody, seed, cc, label="utf-8", wecom=True)


def e_foxmail(c, r, frm, subj, t, text, hbody, seed, cc, label="GBK"):
    n = int(hx(seed, 6), 16)
    b = "----=_001_NextPart%012d_=----" % (n * 37 % 10 ** 12)
    hdoc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"><style>body { font-size: '
            '14px; font-family: \'Microsoft YaHei UI\'; color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>'
            '\n%s\n</body></html>' % (label, hbody))
    body = alt(text, hdoc, label, "base64", b, crlf=True, preamble="This is a multi-part message in MIME format.")
    hdrs = [("Date", rfc_date(t))] + base_headers(frm, r, subj, t, label, quote=True, cc=cc)[:2]
    if cc:
        hdrs.append(("Cc", haddrs(cc, label, quote=True)))
    hdrs += [("Subject", htext(subj, label))] + thread(r) + [
        ("X-Priority", "3"), ("X-GUID", "%s-%s-%s-%s-%s" % (hx(seed, 8).upper(), hx(seed + "a", 4).upper(),
                                                            hx(seed + "g", 4).upper(), hx(seed + "h", 4).upper(),
                                                            hx(seed + "i", 12).upper())),
        ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]"), ("Mime-Version", "1.0"),
        ("Message-ID", "<%s%07d@%s>" % (t.strftime("%Y%m%d%H%M%S"), n % 10 ** 7, frm[1].split("@")[1]))]
    return finish(hdrs, body, seed, "%s-PC" % frm[1].split("@")[0].upper(), ip_of(seed), t, frm[1])


def e_coremail(c, r, frm, subj, t, text, hbody, seed, cc, label="UTF-8", mailer=None, mid_dom=None, cte="base64"):
    b = "----=_Part_%d_%d.%d" % (int(hx(seed, 6), 16), int(hx(seed + "p", 7), 16), int(t.timestamp() * 1000))
    hdoc = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial"><div>%s</div></div>'
            % hbody)
    body = alt(text, hdoc, label, cte, b)
    hdrs = [("Date", rfc_date(t))] + base_headers(frm, r, subj, t, label, quote=True, cc=cc)[:2]
    if cc:
        hdrs.append(("Cc", haddrs(cc, label, quote=True)))
    hdrs += [("Subject", htext(subj, label))] + thread(r)
    hdrs += [("X-Priority", "3"),
             ("X-Mailer", mailer or "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)"),
             ("X-Coremail-Locale", "zh_CN"), ("X-CM-CTRLDATA", hb64(seed + "c", 33))]
    hdrs += [("MIME-Version", "1.0"),
             ("Message-ID", "<%s.%s.%s.Coremail.%s>" % (hx(seed, 8), hx(seed + "2", 4), hx(seed + "3", 11),
                                                        frm[1]) if not mid_dom else
              "<%s.%s.%s@%s>" % (hx(seed, 8), hx(seed + "2", 4), hx(seed + "3", 11), mid_dom))]
    hdrs += [("X-CM-TRANSID", hb64(seed + "t", 18).replace("+", "_").replace("/", "-"))]
    return finish(hdrs, body, seed, "mail.%s" % frm[1].split("@")[1], ip_of(seed, "223.252."), t, frm[1])


def e_netease(c, r, frm, subj, t, text, hbody, seed, cc):
    dom = frm[1].split("@")[1]
    mailer = ("Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b) Copyright (c) 2002-2026 "
              "www.mailtech.cn %s" % ("126com" if dom == "126.com" else "163com" if dom == "163.com" else "hzqiye"))
    try:
        (text + hbody).encode("gbk")
        label = "GBK"
    except UnicodeEncodeError:
        label = "UTF-8"
    return e_coremail(c, r, frm, subj, t, text, hbody, seed, cc, label=label, mailer=mailer,
                      mid_dom=dom)


def e_mailmaster(c, r, frm, subj, t, text, hbody, seed, cc):
    b = "----=_Part_%d_%d.%d" % (int(hx(seed, 6), 16), int(hx(seed + "p", 7), 16), int(t.timestamp() * 1000))
    hdoc = '<div style="font-size:14px">%s</div>' % hbody
    body = alt(text, hdoc, "UTF-8", "base64", b)
    hdrs = [("Date", rfc_date(t))] + base_headers(frm, r, subj, t, "UTF-8", cc=cc)[:2]
    if cc:
        hdrs.append(("Cc", haddrs(cc)))
    hdrs += [("Subject", htext(subj)), ("Message-ID", "<%s.%s.%s@%s>" % (hx(seed, 7), hx(seed + "x", 12),
                                                                       hx(seed + "y", 6), frm[1].split("@")[1]))]
    hdrs += thread(r) + [("MIME-Version", "1.0"), ("X-Mailer", "NetEase Mail Master 7.22.3.1089 (Android)"),
                         ("X-NTES-SC", "AL_Qu2" + hb64(seed + "n", 30))]
    return finish(hdrs, body, seed, "m16.mail.163.com", "220.181.12.%d" % (int(hx(seed, 2), 16) % 200 + 10), t,
                  frm[1])


def e_gmail(c, r, frm, subj, t, text, hbody, seed, cc):
    b1 = "000000000000%s" % hx(seed, 14)
    hdoc = '<div dir="ltr">%s</div>' % hbody
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable", quote_cs=False),
                                 leaf("text/html", hdoc, "UTF-8", "quoted-printable", quote_cs=False)], b1)
    hdrs = [("MIME-Version", "1.0"), ("References", r.minutes_id + " " + r.msgid), ("In-Reply-To", r.msgid),
            ("From", haddr(frm[0], frm[1])), ("Date", rfc_date(t)),
            ("Message-ID", "<CA%s@mail.gmail.com>" % hb64(seed, 45).replace("/", "_").replace("+", "-")[:58]),
            ("Subject", htext(subj)), ("To", haddr(BOT[0], r.reply_to))]
    if cc:
        hdrs.append(("Cc", haddrs(cc)))
    hdrs += [("X-Gm-Features", "AS18NW" + hx(seed + "gm", 30))]
    return finish(hdrs, body, seed, "mail-pj1-f%d.google.com" % (int(hx(seed, 2), 16) % 90 + 10),
                  "209.85.216.%d" % (int(hx(seed, 2), 16) % 90 + 10), t, frm[1])


def e_apple(c, r, frm, subj, t, text, hbody, seed, cc, iphone=True):
    uid = "%s-%s-%s-%s-%s" % (hx(seed, 8).upper(), hx(seed + "a", 4).upper(), hx(seed + "b", 4).upper(),
                              hx(seed + "c", 4).upper(), hx(seed + "d", 12).upper())
    b = "Apple-Mail-%s" % uid if iphone else "Apple-Mail=_%s" % uid
    hdoc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
            '%s</body></html>' % hbody)
    body = alt(text, hdoc, "utf-8", "quoted-printable" if not iphone else "base64", b, quote_cs=False)
    hdrs = [("Content-Transfer-Encoding", None)] if False else []
    hdrs += [("From", haddr(frm[0], frm[1])),
             ("Mime-Version", "1.0 (1.0)" if iphone else "1.0 (Mac OS X Mail 16.0 \\(3826.700.81\\))"),
             ("Subject", htext(subj)), ("Date", rfc_date(t)),
             ("Message-Id", "<%s@%s>" % (uid, frm[1].split("@")[1]))] + thread(r)
    if cc:
        hdrs.append(("Cc", haddrs(cc)))
    hdrs += [("To", haddr(BOT[0], r.reply_to))]
    hdrs += [("X-Mailer", "iPhone Mail (22G100)" if iphone else "Apple Mail (2.3826.700.81)")]
    return finish(hdrs, body, seed, "[192.168.1.%d]" % (int(hx(seed, 2), 16) % 200 + 2),
                  ip_of(seed, "117.136."), t, frm[1])


def e_applemac(c, r, frm, subj, t, text, hbody, seed, cc):
    return e_apple(c, r, frm, subj, t, text, hbody, seed, cc, iphone=False)


def e_thunderbird(c, r, frm, subj, t, text, hbody, seed, cc, lang="en-US"):
    m = Message()
    m["Content-Type"] = "text/plain; charset=UTF-8; format=flowed"
    m["Content-Language"] = lang
    m["Content-Transfer-Encoding"] = "8bit"
    m.set_payload(text.encode("utf-8").decode("ascii", "surrogateescape"))
    hdrs = [("Message-ID", "<%s-%s-%s@%s>" % (hx(seed, 8), hx(seed + "1", 4), hx(seed + "2", 12),
                                             frm[1].split("@")[1])),
            ("Date", rfc_date(t)), ("MIME-Version", "1.0"),
            ("User-Agent", "Mozilla Thunderbird"), ("Subject", htext(subj)),
            ("To", haddr(BOT[0], r.reply_to))]
    if cc:
        hdrs.append(("Cc", haddrs(cc)))
    hdrs += [("References", r.minutes_id + "\n " + r.msgid), ("From", haddr(frm[0], frm[1])),
             ("In-Reply-To", r.msgid)]
    return finish(hdrs, m, seed, "[10.1.2.%d]" % (int(hx(seed, 2), 16) % 200), ip_of(seed, "91.64."), t, frm[1])


def e_thunderbird_de(c, r, frm, subj, t, text, hbody, seed, cc):
    return e_thunderbird(c, r, frm, subj, t, text, hbody, seed, cc, lang="de-DE")


def e_alimail(c, r, frm, subj, t, text, hbody, seed, cc):
    b = "----=ALIBOUNDARY_%d_%s_%s" % (int(hx(seed, 5), 16), hx(seed + "a", 8), hx(seed + "b", 6))
    hdoc = ('<div class="__aliyun_email_body_block"><div style="line-height:1.7;font-family:Tahoma,Arial,'
            'STHeiti,SimSun;font-size:14.0px;color:#000000;">%s</div></div>' % hbody)
    body = alt(text, hdoc, "UTF-8", "base64", b)
    hdrs = [("Date", rfc_date(t)), ("From", haddr(frm[0], frm[1], quote=True)),
            ("To", haddr(BOT[0], r.reply_to, quote=True))]
    if cc:
        hdrs.append(("Cc", haddrs(cc, quote=True)))
    hdrs += [("Reply-To", haddr(frm[0], frm[1], quote=True)),
             ("Message-ID", "<%s.%s.%s@%s>" % (hx(seed, 8), hx(seed + "2", 8), hx(seed + "3", 6),
                                               frm[1].split("@")[1])),
             ("Subject", htext(subj)),
             ("X-Mailer", "[DingTalk Mail][Alimail-Mailagent revision 4][W4_7216283][v7.11.0][Windows]")]
    hdrs += thread(r) + [("MIME-Version", "1.0")]
    return finish(hdrs, body, seed, "out30-%d.freemail.mail.aliyun.com" % (int(hx(seed, 2), 16) % 120),
                  "115.124.30.%d" % (int(hx(seed, 2), 16) % 120), t, frm[1])


def e_feishu(c, r, frm, subj, t, text, hbody, seed, cc):
    b = "%s" % hx(seed, 60)
    hdoc = '<div style="font-family:system-ui;font-size:14px">%s</div>' % hbody
    body = alt(text, hdoc, "UTF-8", "base64", b, quote_cs=False)
    hdrs = [("Content-Language", None)] if False else []
    hdrs += [("Date", rfc_date(t)), ("From", haddr(frm[0], frm[1], quote=True)),
             ("To", haddr(BOT[0], r.reply_to, quote=True))]
    if cc:
        hdrs.append(("Cc", haddrs(cc, quote=True)))
    hdrs += [("Subject", htext(subj)), ("Message-Id", "<%s@feishu.cn>" % ("lm" + hx(seed, 30))),
             ("Mime-Version", "1.0"), ("X-Lms-Return-Path", "<lba+%s@%s>" % (hx(seed, 20), frm[1].split("@")[1])),
             ("X-Mailer", "Feishu Mail")] + thread(r)
    return finish(hdrs, body, seed, "va-1-%d.ptr.blmpb.com" % (int(hx(seed, 2), 16) % 40),
                  "209.127.230.%d" % (int(hx(seed, 2), 16) % 100 + 10), t, frm[1])


def e_samsung(c, r, frm, subj, t, text, hbody, seed, cc):
    b = "--_com.samsung.android.email_%d%s" % (int(hx(seed, 8), 16), hx(seed + "s", 4))
    hdoc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>%s'
            '</body></html>' % hbody)
    body = alt(text, hdoc, "UTF-8", "base64", b, quote_cs=False)
    hdrs = [("Message-ID", "<%s.%s@email.android.com>" % (hx(seed, 10), hx(seed + "z", 10))),
            ("Date", rfc_date(t)), ("Subject", htext(subj)), ("From", haddr(frm[0], frm[1])),
            ("To", haddr(BOT[0], r.reply_to)), ("MIME-Version", "1.0"), ("Importance", "Normal"),
            ("X-Priority", "3")] + thread(r)
    return finish(hdrs, body, seed, "mail-pj1-f%d.google.com" % (int(hx(seed, 2), 16) % 90 + 10),
                  "209.85.216.%d" % (int(hx(seed, 2), 16) % 90 + 10), t, frm[1])


CLIENT = {
    "outlook_zh": e_outlook("gb2312", "zh-cn"), "outlook_tw": e_outlook("big5", "zh-tw"),
    "outlook_en": e_outlook("utf-8", "en-us", cte="quoted-printable"), "outlook_en8": e_outlook("utf-8", "en-us"),
    "outlook_de": e_outlook("utf-8", "de-de", cte="quoted-printable"), "outlook_nl": e_outlook("utf-8", "nl-nl"),
    "outlook_tr": e_outlook("utf-8", "tr-tr"), "outlook_pt": e_outlook("utf-8", "pt-br"),
    "outlook_ja": e_outlook("utf-8", "ja-jp"),
    "outlook_mac": e_outlook("utf-8", "en-US", "Microsoft Outlook for Mac 16.89 (24091630)", cte="quoted-printable"),
    "owa": e_exo, "outlook_ios": e_exo_ios,
    "qq": e_qq, "wecom": e_wecom, "foxmail": e_foxmail, "coremail": e_coremail, "netease": e_netease,
    "mailmaster": e_mailmaster, "gmail_zh": e_gmail, "gmail_en": e_gmail, "gmail_fr": e_gmail, "gmail_pl": e_gmail,
    "gmail_es": e_gmail, "gmail_vi": e_gmail, "gmail_ko": e_gmail, "gmail_android": e_gmail,
    "iphone_zh": e_apple, "iphone_tw": e_apple, "iphone_en": e_apple, "applemac_zh": e_applemac,
    "thunderbird_en": e_thunderbird, "thunderbird_de": e_thunderbird_de, "alimail": e_alimail,
    "feishu": e_feishu, "samsung": e_samsung,
}

FR_D = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_M = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
PL_D = ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."]
PL_M = ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"]
ES_D = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_M = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
KO_D = "월화수목금토일"
VI_D = ["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"]


def local(r, c):
    """The recap's send time as the replier's client shows it (its own timezone)."""
    return r.t.astimezone(c["t"].tzinfo)


def wrap_attr(a, width=76):
    """Gmail's text/plain wraps a long attribution line at a space / before '<'."""
    if len(a) <= width:
        return a
    cut = a.rfind("<", 0, width)
    if cut <= 0:
        cut = a.rfind(" ", 0, width)
    return a[:cut] + "\n" + a[cut:]


def q_gmail_lang(fmt):
    def f(r, c):
        a = fmt(r, local(r, c))
        text = "\n\n" + wrap_attr(a) + "\n\n" + gt(r.text)
        return text, bq(r.html, '<div dir="ltr" class="gmail_attr">%s<br></div>' % esc(a))
    return f


def _fr(r, t):
    return "Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :" % (FR_D[t.weekday()], t.day, FR_M[t.month - 1], t.year,
                                                              t.hour, t.minute, r.frm[0], r.frm[1])


def _pl(r, t):
    return "%s %d %s %d o %02d:%02d %s <%s> napisał(a):" % (PL_D[t.weekday()], t.day, PL_M[t.month - 1], t.year,
                                                           t.hour, t.minute, r.frm[0], r.frm[1])


def _es(r, t):
    return "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (ES_D[t.weekday()], t.day, ES_M[t.month - 1],
                                                                  t.year, t.hour, t.minute, r.frm[0], r.frm[1])


def _ko(r, t):
    return "%d년 %d월 %d일 (%s) %s %d:%02d, %s <%s>님이 작성:" % (t.year, t.month, t.day, KO_D[t.weekday()],
                                                          "오전" if t.hour < 12 else "오후", t.hour % 12 or 12,
                                                          t.minute, r.frm[0], r.frm[1])


def _vi(r, t):
    return "Vào %s, %d thg %d, %d vào lúc %02d:%02d %s <%s> đã viết:" % (VI_D[t.weekday()], t.day, t.month, t.year,
                                                                        t.hour, t.minute, r.frm[0], r.frm[1])


def _en(r, t):
    return a_gmail_en(r, t)


def _android(r, t):
    return "On %s, %s %d, %d, %d:%02d %s %s <%s> wrote:" % (WD_EN[t.weekday()], MON_EN[t.month - 1], t.day, t.year,
                                                           t.hour % 12 or 12, t.minute,
                                                           "AM" if t.hour < 12 else "PM", r.frm[0], r.frm[1])


def q_iphone(kind):
    def f(r, c):
        t = local(r, c)
        if kind == "zh":
            a = "在 %d年%d月%d日，%d:%02d，%s <%s> 写道：" % (t.year, t.month, t.day, t.hour, t.minute, *r.frm)
        elif kind == "tw":
            a = "%d年%d月%d日 %s%d:%02d，%s <%s> 寫道：" % (t.year, t.month, t.day, "上午" if t.hour < 12 else "下午",
                                                     t.hour % 12 or 12, t.minute, *r.frm)
        else:
            a = "On %s %d, %d, at %d:%02d, %s <%s> wrote:" % (MON_EN[t.month - 1], t.day, t.year, t.hour, t.minute,
                                                             *r.frm)
        text = "\n\n> " + a + "\n>\n" + gt(r.text)
        h = ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite">'
             '<div dir="ltr">%s</div></blockquote>' % (esc(a), r.html))
        return text, h
    return f


def q_applemac_zh(r, c):
    t = local(r, c)
    a = "%d年%d月%d日 %02d:%02d，%s <%s> 写道：" % (t.year, t.month, t.day, t.hour, t.minute, *r.frm)
    text = "\n\n" + a + "\n\n" + gt(r.text)
    return text, ('<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline">'
                  '<div>%s</div></blockquote></div>' % (esc(a), r.html))


def q_tb(lang):
    def f(r, c):
        t = local(r, c)
        if lang == "de":
            a = "Am %02d.%02d.%02d um %02d:%02d schrieb %s:" % (t.day, t.month, t.year % 100, t.hour, t.minute,
                                                                r.frm[0])
        else:
            a = "On %d/%d/%d %d:%02d %s, %s wrote:" % (t.month, t.day, t.year, t.hour % 12 or 12, t.minute,
                                                      "AM" if t.hour < 12 else "PM", r.frm[0])
        return "\n\n" + a + "\n" + gt(r.text), ""
    return f


QUOTE = {
    "outlook_zh": lambda r, c: q_outlook_zh(r), "owa": lambda r, c: q_outlook_zh(r, owa=True),
    "outlook_tw": lambda r, c: q_outlook_tw(r),
    "outlook_en": lambda r, c: q_outlook_en(r, local(r, c)), "outlook_en8": lambda r, c: q_outlook_en(r, local(r, c)),
    "outlook_ios": lambda r, c: q_outlook_en(r, local(r, c), "________________________________"),
    "outlook_de": lambda r, c: q_outlook_de(r, local(r, c)), "outlook_nl": lambda r, c: q_outlook_nl(r, local(r, c)),
    "outlook_tr": lambda r, c: q_outlook_tr(r, local(r, c)), "outlook_pt": lambda r, c: q_outlook_pt(r, local(r, c)),
    "outlook_ja": lambda r, c: q_outlook_ja(r, local(r, c)), "outlook_mac": lambda r, c: q_outlook_mac_en(r),
    "qq": lambda r, c: q_qq(r), "wecom": lambda r, c: q_qq(r), "foxmail": lambda r, c: q_foxmail(r),
    "coremail": lambda r, c: q_coremail(r), "netease": lambda r, c: q_netease_web(r),
    "mailmaster": lambda r, c: q_mailmaster(r), "alimail": lambda r, c: q_alimail(r),
    "feishu": lambda r, c: q_feishu(r),
    "gmail_zh": lambda r, c: attr_quote(r, a_gmail_zh(r)), "gmail_en": q_gmail_lang(_en),
    "gmail_fr": q_gmail_lang(_fr), "gmail_pl": q_gmail_lang(_pl), "gmail_es": q_gmail_lang(_es),
    "gmail_ko": q_gmail_lang(_ko), "gmail_vi": q_gmail_lang(_vi), "gmail_android": q_gmail_lang(_android),
    "samsung": lambda r, c: ("\n\n\n-------- Original message --------\nFrom: %s <%s> \nDate: %s \nTo: %s \n"
                             "Subject: %s \n\n" % (r.frm[0], r.frm[1], local(r, c).strftime("%d/%m/%Y %H:%M")
                                                  .replace("/0", "/").lstrip("0"), tos(r, "%s <%s>", ", "), r.subject) + r.text,
                             '<div>-------- Original message --------</div><div>From: %s &lt;%s&gt; </div>'
                             '<div>Subject: %s </div><br>%s' % (esc(r.frm[0]), r.frm[1], esc(r.subject), r.html)),
    "iphone_zh": q_iphone("zh"), "iphone_tw": q_iphone("tw"), "iphone_en": q_iphone("en"),
    "applemac_zh": q_applemac_zh, "thunderbird_en": q_tb("en"), "thunderbird_de": q_tb("de"),
}

"""Per-client header sets and HTML shells (approximations of what each client writes)."""
from _case import (al, mid_coremail, mid_exo, mid_foxmail, mid_gmail, mid_outlook, mid_uuid, people, subj,
                   thread_index)
from _kit import UPPER_HEX, addr, esc, hid, paras_html, rfc_date

MIME = ("__MIME__", "")


def _opt(h, name, value):
    if value:
        h.append((name, value))


def _one(x, label="utf-8", enc="B", quote=False):
    n, e = people([x])[0]
    return addr(n, e, label, enc, quote)


# ----------------------------------------------------------------------------- Coremail (webmail)
def coremail_web(frm, to, cc, subject, sent, seed, label="GBK", domain=None, irt=None, refs=None,
                 host="qcyjj", brand="www.mailtech.cn qcyjj", zone=" (GMT+08:00)", extra=()):
    n, e = people([frm])[0]
    local, dom = e.split("@")
    h = list(extra) + [("Date", rfc_date(sent) + zone),
         ("From", addr(n, e, label, "B", quote=True)),
         ("To", al(to, label, "B", quote=True, sep=", \n\t"))]
    if cc:
        h.append(("Cc", al(cc, label, "B", quote=True, sep=", \n\t")))
    h.append(("Subject", subj(subject, label, "B")))
    _opt(h, "In-Reply-To", irt)
    _opt(h, "References", refs)
    h += [("X-Priority", "3"),
          ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20231124(df0a6e0c)\n Copyright (c) 2002-2026 "
           + brand),
          ("X-SendMailWithSms", "false"),
          ("X-CM-CTRLDATA", hid(seed, "ctrl", n=40, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=="),
          MIME,
          ("MIME-Version", "1.0"),
          ("Message-ID", mid_coremail(seed, local, dom)),
          ("X-Coremail-Locale", "zh_CN"),
          ("X-CM-TRANSID", hid(seed, "trans", n=28, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") + "--.6"),
          ("X-CM-SenderInfo", hid(seed, "sinfo", n=14, alphabet="abcdefghijklmnopqrstuvwxyz0123456789") + "xfdqtkxlof00fyp"),
          ("X-Coremail-Antispam", "1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU==")]
    return h


def coremail_html(text, font="Arial", size="14px"):
    inner = paras_html(text, "div")
    return ('<div style="line-height:1.7;color:#000000;font-size:%s;font-family:%s">%s</div><br><br>'
            '<span title="neteasefooter"><p>&nbsp;</p></span>' % (size, font, inner)
            ).replace('<span title="neteasefooter"><p>&nbsp;</p></span>', "")


# ----------------------------------------------------------------------------- Foxmail
def foxmail(frm, to, cc, subject, sent, seed, label="gb2312", irt=None, refs=None, attach=False):
    n, e = people([frm])[0]
    h = [("Date", rfc_date(sent)),
         ("From", addr(n, e, label, "B", quote=True)),
         ("To", al(to, label, "B", quote=True, sep=", \n\t"))]
    if cc:
        h.append(("Cc", al(cc, label, "B", quote=True, sep=", \n\t")))
    h.append(("Subject", subj(subject, label, "B")))
    _opt(h, "References", refs)
    _opt(h, "In-Reply-To", irt)
    guid = hid(seed, "guid", n=32, alphabet=UPPER_HEX)
    h += [("X-Priority", "3"),
          ("X-GUID", "%s-%s-%s-%s-%s" % (guid[:8], guid[8:12], guid[12:16], guid[16:20], guid[20:])),
          ("X-Has-Attach", "yes" if attach else "no"),
          ("X-Mailer", "Foxmail 7.2.25.254[cn]"),
          ("Mime-Version", "1.0"),
          ("Message-ID", mid_foxmail(sent, seed, e.split("@")[1])),
          MIME]
    return h


def foxmail_html(text, sig_lines, charset="gb2312"):
    body = paras_html(text, "div")
    sig = "".join("<div>%s</div>" % esc(s) for s in sig_lines)
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"><style>body { line-height: 1.5; }'
            'blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em; }body { font-size: 14px; font-family: '
            '\'Microsoft YaHei UI\'; color: rgb(0, 0, 0); line-height: 1.5; }</style></head><body>\n%s\n'
            '<div><br></div><hr style="width: 210px; height: 1px;" color="#b5c4df" size="1" align="left">\n'
            '<div><span><div style="MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt">%s</div></span></div>\n'
            '</body></html>' % (charset, body, sig))


def foxmail_boundary(seed):
    return "----=_001_NextPart%s_=----" % hid(seed, "fxb", n=12, alphabet="0123456789")


# ----------------------------------------------------------------------------- Exchange / Outlook (M365)
def exchange(frm, to, cc, subject, sent, seed, label="utf-8", lang="zh-CN", irt=None, refs=None,
             attach=False, topic=None, owa=False):
    n, e = people([frm])[0]
    h = [("From", addr(n, e, label, "B")),
         ("To", al(to, label, "B", sep=",\n\t"))]
    if cc:
        h.append(("CC", al(cc, label, "B", sep=",\n\t")))
    s = subj(subject, label, "B")
    h += [("Subject", s),
          ("Thread-Topic", subj(topic if topic is not None else subject, label, "B")),
          ("Thread-Index", thread_index(seed)),
          ("Date", rfc_date(sent)),
          ("Message-ID", mid_exo(seed))]
    _opt(h, "References", refs)
    _opt(h, "In-Reply-To", irt)
    h += [("Accept-Language", "%s, en-US" % lang),
          ("Content-Language", lang),
          ("X-MS-Has-Attach", "yes" if attach else ""),
          ("X-MS-TNEF-Correlator", "")]
    if owa:
        h.append(("x-ms-exchange-messagesentrepresentingtype", "1"))
        h.append(("x-ms-publictraffictype", "Email"))
    h += [MIME]
    return h


def exo_boundary(seed, alt=True):
    return "_%03d_SG2PR06MB%s_" % (0 if alt else 4, hid(seed, "exb", n=28, alphabet=UPPER_HEX))


WORD_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
             'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
             'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
             'charset=%s">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
             '/* Font Definitions */\n@font-face\n\t{font-family:等线;\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n'
             '@font-face\n\t{font-family:"\\@等线";\n\tpanose-1:2 1 6 0 3 1 1 1 1 1;}\n/* Style Definitions */\n'
             'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\ttext-align:justify;\n\ttext-justify:inter-ideograph;\n'
             '\tfont-size:10.5pt;\n\tfont-family:等线;}\nspan.EmailStyle17\n\t{mso-style-type:personal-compose;\n'
             '\tfont-family:等线;\n\tcolor:windowtext;}\n.MsoChpDefault\n\t{mso-style-type:export-only;\n\tfont-family:等线;}\n'
             '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 90.0pt 72.0pt 90.0pt;}\n'
             'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n')


def word_p(line, lang="EN-US"):
    if line.strip() == "":
        return '<p class="MsoNormal"><span lang="%s"><o:p>&nbsp;</o:p></span></p>' % lang
    lead = len(line) - len(line.lstrip(" \u3000"))
    return '<p class="MsoNormal">%s%s<span lang="%s"><o:p></o:p></span></p>' % (
        "&nbsp;" * lead, esc(line.lstrip(" \u3000")), lang)


def word_html(blocks, charset="utf-8", body_lang="ZH-CN", font=None):
    """blocks: list of str (paragraph text, may contain newlines) or raw HTML wrapped as ('html', s)."""
    if font is None:
        font = "新細明體" if charset.lower() == "big5" else "等线"
    out = [(WORD_HEAD % charset).replace("等线", font),
           '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word;text-justify-trim:punctuation">'
           % body_lang, '<div class="WordSection1">']
    for b in blocks:
        if isinstance(b, tuple):
            out.append(b[1])
        else:
            for line in b.split("\n"):
                out.append(word_p(line))
    out += ["</div>", "</body>", "</html>"]
    return "\n".join(out)


# ----------------------------------------------------------------------------- Outlook for Mac
def outlook_mac(frm, to, cc, subject, sent, seed, irt=None, refs=None):
    n, e = people([frm])[0]
    h = [("User-Agent", "Microsoft-MacOutlook/16.95.25032717"),
         ("Date", rfc_date(sent)),
         ("Subject", subj(subject)),
         ("From", addr(n, e)),
         ("To", al(to, sep=",\n\t"))]
    if cc:
        h.append(("CC", al(cc, sep=",\n\t")))
    h += [("Message-ID", mid_uuid(seed, e.split("@")[1], upper=True)),
          ("Thread-Topic", subj(subject))]
    _opt(h, "References", refs)
    _opt(h, "In-Reply-To", irt)
    h += [("Mime-version", "1.0"), MIME]
    return h


def mac_boundary(seed):
    return "B_%s_%s" % (hid(seed, "mb1", n=10, alphabet="0123456789"), hid(seed, "mb2", n=5, alphabet="0123456789"))


# ----------------------------------------------------------------------------- Alimail / DingTalk mail
def alimail(frm, to, cc, subject, sent, seed, irt=None, refs=None, mailer="DingTalk Mail"):
    n, e = people([frm])[0]
    h = [("Date", rfc_date(sent)),
         ("From", addr(n, e, "UTF-8", "B", quote=True)),
         ("To", al(to, "UTF-8", "B", quote=True, sep=",\n  "))]
    if cc:
        h.append(("Cc", al(cc, "UTF-8", "B", quote=True, sep=",\n  ")))
    h += [("Message-ID", "<%s.%s@%s>" % (hid(seed, "am1", n=8), hid(seed, "am2", n=6), e.split("@")[1])),
          ("Subject", subj(subject, "UTF-8", "B"))]
    _opt(h, "In-Reply-To", irt)
    _opt(h, "References", refs)
    h += [("X-Priority", "3"),
          ("X-Mailer", mailer),
          ("MIME-Version", "1.0"),
          ("x-aliyun-mail-creator", "W4_" + hid(seed, "amc", n=40, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")),
          MIME]
    return h


def alimail_boundary(seed):
    return "----=ALIBOUNDARY_%s_%s" % (hid(seed, "ab1", n=5, alphabet="0123456789"), hid(seed, "ab2", n=16))


def alimail_html(inner_html):
    return ('<div class="__aliyun_email_body_block"><div style="line-height:1.7;font-family:\'微软雅黑\';'
            'font-size:14px;color:#000000;">%s</div></div>' % inner_html)


# ----------------------------------------------------------------------------- Lark / Feishu mail
def lark(frm, to, cc, subject, sent, seed, irt=None, refs=None):
    n, e = people([frm])[0]
    h = [("Date", rfc_date(sent)),
         ("From", addr(n, e, "UTF-8", "B", quote=True)),
         ("To", al(to, "UTF-8", "B", quote=True, sep=",\n "))]
    if cc:
        h.append(("Cc", al(cc, "UTF-8", "B", quote=True, sep=",\n ")))
    h += [("Subject", subj(subject, "UTF-8", "B")),
          ("Message-Id", "<%s@%s>" % (hid(seed, "lk", n=32), e.split("@")[1]))]
    _opt(h, "In-Reply-To", irt)
    _opt(h, "References", refs)
    h += [("Mime-Version", "1.0"),
          ("X-Mailer", "LarkMail"),
          ("X-Lms-Return-Path", "<lba+2%s@bounce.tzafon-drip.example.cn>" % hid(seed, "lrp", n=20)),
          MIME]
    return h


def lark_boundary(seed):
    return hid(seed, "lkb", n=60)


def lark_html(inner_html):
    return ('<html><head></head><body><div style="font-family: system-ui; font-size: 14px; line-height: 1.6;">%s'
            '</div></body></html>' % inner_html)


# ----------------------------------------------------------------------------- Gmail
def gmail(frm, to, cc, subject, sent, seed, irt=None, refs=None):
    n, e = people([frm])[0]
    h = [("MIME-Version", "1.0")]
    _opt(h, "References", refs)
    _opt(h, "In-Reply-To", irt)
    h += [("From", addr(n, e, "UTF-8", "B", quote=True)),
          ("Date", rfc_date(sent)),
          ("Message-ID", mid_gmail(seed)),
          ("Subject", subj(subject, "UTF-8", "B")),
          ("To", al(to, "UTF-8", "B", quote=True, sep=", "))]
    if cc:
        h.append(("Cc", al(cc, "UTF-8", "B", quote=True, sep=", ")))
    h.append(MIME)
    return h


def gmail_boundary(seed):
    return "000000000000" + hid(seed, "gmb", n=16)


# ----------------------------------------------------------------------------- Apple
def iphone(frm, to, cc, subject, sent, seed, irt=None, refs=None, build="23E246"):
    n, e = people([frm])[0]
    h = [MIME,
         ("From", addr(n, e)),
         ("Mime-Version", "1.0 (1.0)"),
         ("Subject", subj(subject)),
         ("Date", rfc_date(sent)),
         ("Message-Id", mid_uuid(seed, e.split("@")[1], upper=True))]
    _opt(h, "References", refs)
    _opt(h, "In-Reply-To", irt)
    if cc:
        h.append(("Cc", al(cc, sep=",\n ")))
    h += [("To", al(to, sep=",\n ")),
          ("X-Mailer", "iPhone Mail (%s)" % build)]
    return h


def apple_mail(frm, to, cc, subject, sent, seed, irt=None, refs=None):
    n, e = people([frm])[0]
    h = [("From", addr(n, e)),
         MIME,
         ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"),
         ("Subject", subj(subject)),
         ("Date", rfc_date(sent))]
    _opt(h, "References", refs)
    _opt(h, "In-Reply-To", irt)
    if cc:
        h.append(("Cc", al(cc, sep=",\n ")))
    h += [("To", al(to, sep=",\n ")),
          ("Message-Id", mid_uuid(seed, e.split("@")[1], upper=True)),
          ("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")]
    return h


def apple_boundary(seed):
    h = hid(seed, "apb", n=32, alphabet=UPPER_HEX)
    return "Apple-Mail=_%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


# ----------------------------------------------------------------------------- Thunderbird
def thunderbird(frm, to, cc, subject, sent, seed, irt=None, refs=None, lang="en-US"):
    n, e = people([frm])[0]
    h = [("Message-ID", mid_uuid(seed, e.split("@")[1])),
         ("Date", rfc_date(sent)),
         ("MIME-Version", "1.0"),
         ("User-Agent", "Mozilla Thunderbird"),
         ("Content-Language", lang)]
    _opt(h, "References", refs)
    _opt(h, "In-Reply-To", irt)
    h.append(("To", al(to, sep=",\n ")))
    if cc:
        h.append(("Cc", al(cc, sep=",\n ")))
    h += [("From", addr(n, e)),
          ("Subject", subj(subject)),
          MIME]
    return h


# ----------------------------------------------------------------------------- NetEase Mail Master / 126 webmail
def mailmaster(frm, to, cc, subject, sent, seed, mailer="MailMasterPC/5.2.3.1017 (Windows 11)"):
    n, e = people([frm])[0]
    h = [("Date", rfc_date(sent)),
         ("From", addr(n, e, "utf-8", "B", quote=True)),
         ("To", al(to, "utf-8", "B", quote=True, sep=",\n\t"))]
    if cc:
        h.append(("Cc", al(cc, "utf-8", "B", quote=True, sep=",\n\t")))
    h += [("Subject", subj(subject, "utf-8", "B")),
          ("X-Priority", "3"),
          ("X-Mailer", mailer),
          ("Mime-Version", "1.0"),
          ("Message-ID", "<%s.%s.%s@%s>" % (hid(seed, "mm1", n=8), hid(seed, "mm2", n=4), hid(seed, "mm3", n=11),
                                            e.split("@")[1])),
          MIME]
    return h


def netease_boundary(seed):
    return "----=_Part_%s_%s.%s" % (hid(seed, "nb1", n=6, alphabet="0123456789"),
                                   hid(seed, "nb2", n=9, alphabet="0123456789"),
                                   hid(seed, "nb3", n=13, alphabet="0123456789"))


# ----------------------------------------------------------------------------- Tencent (Exmail / WeCom mail)
def wecom(frm, to, cc, subject, sent, seed, label="gb18030"):
    n, e = people([frm])[0]
    h = [("X-QQ-mid", "bizesmtpip%st%s" % (hid(seed, "qm1", n=4, alphabet="0123456789"),
                                         hid(seed, "qm2", n=13, alphabet="0123456789"))),
         ("X-QQ-Originating-IP", hid(seed, "qip", n=28, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")),
         ("From", addr(n, e, label, "B", quote=True)),
         ("To", al(to, label, "B", quote=True, sep=", ")),
         ]
    if cc:
        h.append(("Cc", al(cc, label, "B", quote=True, sep=", ")))
    h += [("Subject", subj(subject, label, "B")),
          ("Mime-Version", "1.0"),
          MIME,
          ("Date", rfc_date(sent)),
          ("X-Priority", "3"),
          ("Message-ID", "<tencent_%s@qq.com>" % hid(seed, "qmid", n=40, alphabet=UPPER_HEX)),
          ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
          ("X-Mailer", "WeCom Mail"),
          ("X-QQ-Mailer", "QQMail 2.x"),
          ("X-BIZMAIL-ID", hid(seed, "biz", n=19, alphabet="0123456789"))]
    return h


def qq_boundary(seed):
    return "----=_NextPart_%s_%s_%s" % (hid(seed, "q1", n=8, alphabet=UPPER_HEX), hid(seed, "q2", n=8, alphabet=UPPER_HEX),
                                       hid(seed, "q3", n=8, alphabet=UPPER_HEX))

# -*- coding: utf-8 -*-
"""Mail clients for replies36: each builds the raw bytes of one reply to a recap the way that
client writes it (quote header, attribution, footer, charset, transfer encoding, structure)."""
import html

from r36lib import (CODEC, PEOPLE, MEETINGS, SH, HX, hx, parse_dt, recap_plain, recap_html, ew, addr,
                    text_leaf, attach_leaf, Leaf, Multi, assemble, WD_ZH, WD_EN, WD_DE, MON_EN, MON_DE,
                    h12, qq_period, tw_ampm)

E = html.escape


def CODEC_OF(label):
    return CODEC.get(label, label)


# ---------------------------------------------------------------- dates
def rfcdate(d):
    return "%s, %d %s %d %02d:%02d:%02d %s" % (
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()], d.day,
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.month - 1],
        d.year, d.hour, d.minute, d.second, d.strftime("%z"))


def plus(d, seconds):
    import datetime as dt
    return d + dt.timedelta(seconds=seconds)


# ---------------------------------------------------------------- quote headers
def _plist(keys, fmt):
    return [fmt(PEOPLE[k]) for k in keys]


def qhdr(style, m, tz):
    """Header block a client writes above the quoted recap: list of (label, value)."""
    rt = m["recap_at"].astimezone(tz)
    bot, subj = m["bot"], "Re: " + m["subject"]
    to, cc = m["to"], m["cc"]
    y, mo, d, H, M = rt.year, rt.month, rt.day, rt.hour, rt.minute
    std = lambda p: "%s <%s>" % (p.name, p.email)
    if style == "outlook_zh":
        return [("发件人:", "纪要助手 <%s>" % bot), ("发送时间:", "%d年%d月%d日 %d:%02d" % (y, mo, d, H, M)),
                ("收件人:", "; ".join(_plist(to, std))), ("抄送:", "; ".join(_plist(cc, std))), ("主题:", subj)]
    if style == "outlook_tw":
        h, _ = h12(rt)
        return [("寄件者:", "纪要助手 <%s>" % bot),
                ("寄件日期:", "%d年%d月%d日 星期%s %s %02d:%02d" % (y, mo, d, WD_ZH[rt.weekday()], tw_ampm(rt), h, M)),
                ("收件者:", "; ".join(_plist(to, std))), ("副本:", "; ".join(_plist(cc, std))), ("主旨:", subj)]
    if style in ("outlook_en", "outlook_ios"):
        h, ap = h12(rt)
        t = "%d:%02d:%02d %s" % (h, M, rt.second, ap) if style == "outlook_ios" else "%d:%02d %s" % (h, M, ap)
        return [("From:", "纪要助手 <%s>" % bot),
                ("Sent:", "%s, %s %d, %d %s" % (WD_EN[rt.weekday()], MON_EN[mo - 1], d, y, t)),
                ("To:", "; ".join(_plist(to, std))), ("Cc:", "; ".join(_plist(cc, std))), ("Subject:", subj)]
    if style == "outlook_de":
        return [("Von:", "纪要助手 <%s>" % bot),
                ("Gesendet:", "%s, %d. %s %d %02d:%02d" % (WD_DE[rt.weekday()], d, MON_DE[mo - 1], y, H, M)),
                ("An:", "; ".join(_plist(to, std))), ("Cc:", "; ".join(_plist(cc, std))), ("Betreff:", subj)]
    if style == "outlook_mac":
        h, ap = h12(rt)
        return [("From:", "纪要助手 <%s>" % bot),
                ("Date:", "%s, %d %s %d at %d:%02d %s" % (WD_EN[rt.weekday()], d, MON_EN[mo - 1], y, h, M, ap)),
                ("To:", ", ".join(_plist(to, std))), ("Cc:", ", ".join(_plist(cc, std))), ("Subject:", subj)]
    if style == "foxmail":
        return [("发件人：", "纪要助手"), ("发送时间：", "%d-%02d-%02d %02d:%02d" % (y, mo, d, H, M)),
                ("收件人：", "; ".join(_plist(to, lambda p: p.name))),
                ("抄送：", "; ".join(_plist(cc, lambda p: p.name))), ("主题：", subj)]
    if style == "qq":
        q = lambda p: '"%s"<%s>;' % (p.name, p.email)
        h = H % 12 or 12
        return [("发件人:", '"纪要助手"<%s>;' % bot),
                ("发送时间:", "%d年%d月%d日(星期%s) %s%d:%02d" % (y, mo, d, WD_ZH[rt.weekday()], qq_period(rt), h, M)),
                ("收件人:", "".join(_plist(to, q))), ("抄送:", "".join(_plist(cc, q))), ("主题:", subj)]
    if style == "coremail":
        q = lambda p: '"%s" <%s>' % (p.name, p.email)
        return [("发件人:", '"纪要助手" <%s>' % bot),
                ("发送时间:", "%s (星期%s)" % (rt.strftime("%Y-%m-%d %H:%M:%S"), WD_ZH[rt.weekday()])),
                ("收件人:", ", ".join(_plist(to, q))), ("抄送:", ", ".join(_plist(cc, q))), ("主题:", subj)]
    if style == "mailmaster":
        q = lambda p: "%s<%s>" % (p.name, p.email)
        return [("发件人", "纪要助手<%s>" % bot), ("日期", "%d年%02d月%02d日 %02d:%02d" % (y, mo, d, H, M)),
                ("收件人", "；".join(_plist(to, q))), ("抄送至", "；".join(_plist(cc, q))), ("主题", subj)]
    if style == "huawei":
        return [("发件人：", "纪要助手 <%s>" % bot),
                ("日期：", "%d年%d月%d日周%s %s%d:%02d" % (y, mo, d, WD_ZH[rt.weekday()], tw_ampm(rt), H % 12 or 12, M)),
                ("收件人：", "，".join(_plist(to, std))), ("抄送：", "，".join(_plist(cc, std))), ("主题：", subj)]
    if style == "dingtalk":
        return [("发件人：", "纪要助手 <%s>" % bot),
                ("发送时间：", "%d年%d月%d日(星期%s) %02d:%02d" % (y, mo, d, WD_ZH[rt.weekday()], H, M)),
                ("收件人：", "; ".join(_plist(to, std))), ("抄　送：", "; ".join(_plist(cc, std))), ("主　题：", subj)]
    if style == "feishu":
        return [("发件人:", "纪要助手 <%s>" % bot),
                ("日期:", "%d年%d月%d日 (周%s) %02d:%02d" % (y, mo, d, WD_ZH[rt.weekday()], H, M)),
                ("主题:", subj), ("收件人:", "; ".join(_plist(to, std))), ("抄送:", "; ".join(_plist(cc, std)))]
    raise ValueError(style)


def attribution(style, m, tz):
    rt = m["recap_at"].astimezone(tz)
    bot = m["bot"]
    y, mo, d, H, M = rt.year, rt.month, rt.day, rt.hour, rt.minute
    if style == "gmail_en":
        h, ap = h12(rt)
        return "On %s, %s %d, %d at %d:%02d %s 纪要助手 <%s> wrote:" % (
            WD_EN[rt.weekday()][:3], MON_EN[mo - 1][:3], d, y, h, M, ap, bot)
    if style == "gmail_zh":
        return "纪要助手 <%s> 于%d年%d月%d日周%s %02d:%02d写道：" % (bot, y, mo, d, WD_ZH[rt.weekday()], H, M)
    if style == "ios_zh":
        return "在 %d年%d月%d日，%02d:%02d，纪要助手 <%s> 写道：" % (y, mo, d, H, M, bot)
    if style == "ios_tw":
        return "於 %d年%d月%d日 %s%d:%02d，纪要助手 <%s> 寫道：" % (y, mo, d, tw_ampm(rt), H % 12 or 12, M, bot)
    if style == "mac_zh":
        return "%d年%d月%d日 %02d:%02d，纪要助手 <%s> 写道：" % (y, mo, d, H, M, bot)
    if style == "tb_zh":
        return "在 %d/%d/%d %02d:%02d, 纪要助手 写道:" % (y, mo, d, H, M)
    if style == "tb_en_in":
        h, ap = h12(rt)
        return "On %02d/%02d/%02d %d:%02d %s, 纪要助手 wrote:" % (d, mo, y % 100, h, M, ap.lower())
    raise ValueError(style)


def gt(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.split("\n"))


# ---------------------------------------------------------------- HTML helpers
def divs(text):
    return "\n".join("<div>%s</div>" % E(ln) if ln else "<div><br></div>" for ln in text.split("\n"))


def ps(text):
    return "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % E(ln) if ln else
                     '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' for ln in text.split("\n"))


def html_doc(inner, charset, outlook=False, lang="ZH-CN"):
    if outlook:
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; '
                'charset=%s"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;text-align:justify;font-size:10.5pt;'
                'font-family:DengXian;}\n--></style></head><body lang="%s" link="#0563C1" vlink="#954F72" '
                'style="word-wrap:break-word"><div class="WordSection1">\n%s\n</div></body></html>' % (charset, lang, inner))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body>\n%s\n'
            '</body></html>' % (charset, inner))


def qhtml(style, pairs_or_attr, m):
    rec = recap_html(m)
    if style in ("outlook_zh", "outlook_tw", "outlook_en", "outlook_de", "outlook_mac"):
        hdr = "<br>\n".join("<b>%s</b> %s" % (E(a), E(b)) for a, b in pairs_or_attr)
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                '<p class="MsoNormal" style="text-align:left">%s<o:p></o:p></p></div>\n'
                '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div>%s</div>' % (hdr, rec))
    if style == "outlook_ios":
        hdr = "<br>\n".join("<b>%s</b> %s" % (E(a), E(b)) for a, b in pairs_or_attr)
        return ('<hr style="display:inline-block;width:98%%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
                '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font>'
                '<div>&nbsp;</div></div>\n<div>%s</div>' % (hdr, rec))
    if style == "qq":
        hdr = "".join("<div><b>%s</b>&nbsp;%s</div>" % (E(a), E(b)) for a, b in pairs_or_attr)
        return ('<div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">------------------'
                '&nbsp;原始邮件&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;'
                'padding:8px;">%s</div><div><br></div>\n%s' % (hdr, rec))
    if style == "foxmail":
        hdr = "".join("<div><b>%s</b>&nbsp;%s</div>" % (E(a), E(b)) for a, b in pairs_or_attr)
        return ('<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                '<div style="PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;'
                'COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px">%s</div></div>'
                '<div><br></div>\n<div>%s</div>' % (hdr, rec))
    if style == "coremail":
        hdr = "<br>".join("%s%s" % (E(a), E(b)) for a, b in pairs_or_attr)
        return ('<br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>'
                '<pre><br>-----原始邮件-----<br>%s</pre><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; '
                'MARGIN: 0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">%s</blockquote>' % (hdr, rec))
    if style == "mailmaster":
        rows = "".join('<tr><td style="padding:2px 8px;color:#888">%s</td><td>%s</td></tr>' % (E(a), E(b))
                       for a, b in pairs_or_attr)
        return ('<div class="J-reply" style="background-color:#f2f2f2;color:black;padding:6px 8px;font-size:12px;">'
                '<div>---- 回复的原邮件 ----</div><table style="font-size:12px" cellpadding="0" cellspacing="0">%s'
                '</table></div><div><br></div>\n%s' % (rows, rec))
    if style in ("huawei", "dingtalk", "feishu"):
        sep = {"huawei": "-------- 原始邮件 --------",
               "dingtalk": "------------------------------------------------------------------",
               "feishu": ""}[style]
        hdr = "".join('<div style="clear:both;">%s%s%s</div>' % (E(a), "" if a.endswith("：") else " ", E(b))
                      for a, b in pairs_or_attr)
        top = '<div style="clear:both;">%s</div>' % sep if sep else ""
        wrap = ('<div class="history-quote-wrapper"><div style="border-left:2px solid #dee0e3;padding-left:8px">'
                if style == "feishu" else "<div>")
        return '%s%s%s<div><br></div>\n%s</div>' % (wrap, top, hdr, rec)
    if style.startswith("gmail"):
        return ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (E(pairs_or_attr), rec))
    if style in ("ios", "mac"):
        return ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div>'
                '<blockquote type="cite"><div dir="ltr">%s</div></blockquote>' % (E(pairs_or_attr), rec))
    raise ValueError(style)


def plain_hdr(pairs, style):
    if style == "mailmaster":
        return "\n".join("| %s | %s |" % (a, b) for a, b in pairs)
    glue = "" if style in ("coremail", "dingtalk") else " "
    return "\n".join("%s%s%s" % (a, glue, b) for a, b in pairs)


# ---------------------------------------------------------------- trace headers
def trace(c, m, d, helo, rdns, ip, sender_env=None):
    """Return-Path / Delivered-To / Received written by the receiving server."""
    s = PEOPLE[c["frm"]] if c.get("frm") else None
    env = sender_env if sender_env is not None else s.email
    r = plus(d.astimezone(SH), c.get("lag", 3))
    rcpt = c.get("rcpt", m["reply_addr"])
    if m["domain"].startswith("kfmuseum"):
        rec = ("Received: from %s (%s [%s])\n\tby mail.kfmuseum.example.cn (Coremail) with SMTP id %s\n"
               "\tfor <%s>; %s (CST)" % (helo, rdns, ip, "AQAAfw" + hx(c["n"], "cm", n=14) + "--.%d" % (c["n"] % 97),
                                         rcpt, rfcdate(r)))
    else:
        rec = ("Received: from %s (%s [%s])\n\tby mx.lnlp.example.cn (Postfix) with ESMTPS id %s\n"
               "\tfor <%s>; %s (CST)" % (helo, rdns, ip, "4Z" + HX(c["n"], "pf", n=9), rcpt, rfcdate(r)))
    return ["Return-Path: <%s>" % env, "Delivered-To: " + m["bot"], rec]


def refs(m, extra=()):
    return "References: " + "\n ".join([m["minutes_mid"], *extra, m["recap_mid"]])


def body_parts(c):
    body = c["body"].strip("\n")
    sig = c.get("sig", "").strip("\n")
    return body, sig


def ctx(c):
    m = MEETINGS[c["m"]]
    s = PEOPLE[c["frm"]]
    d = parse_dt(c["date"])
    return m, s, d


def cc_addrs(c, label="utf-8", quote=False, errors="strict"):
    return [addr(PEOPLE[k], label=label, quote=quote, errors=errors) for k in c.get("cc", [])]


def std_headers(c, m, s, d, label, subject, mid, to_quote=False, errors="strict", order="std"):
    frm = addr(s, label=label, quote=to_quote, errors=errors)
    to = addr("纪要助手", m["reply_addr"], label=label, quote=to_quote, errors=errors)
    H = ["From: " + frm, "To: " + to]
    ccs = cc_addrs(c, label, to_quote, errors)
    if ccs:
        H.append("Cc: " + ",\n ".join(ccs))
    H += ["Subject: " + ew(subject, label, errors=errors), "Date: " + rfcdate(d), "Message-ID: " + mid,
          "In-Reply-To: " + m["recap_mid"], refs(m)]
    return H


def uuid_like(*seed):
    h = HX(*seed, n=32)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def wrap_att(c, alt, boundary):
    atts = c.get("att") or []
    if not atts:
        return alt
    return Multi("mixed", boundary, [alt] + [attach_leaf(*a) for a in atts],
                 preamble="This is a multi-part message in MIME format.")


def thread_index(*seed):
    import base64
    return base64.b64encode(bytes.fromhex(hx(*seed, n=44))).decode("ascii")


def top_text(c):
    body, sig = body_parts(c)
    return body + ("\n\n" + sig if sig else "")


# ---------------------------------------------------------------- Outlook desktop / Microsoft 365 (Windows)
def build_outlook(c):
    m, s, d = ctx(c)
    o = c["opt"]
    lang, label, cte = o.get("lang", "zh"), o.get("label", "utf-8"), o.get("cte", "base64")
    style = {"zh": "outlook_zh", "tw": "outlook_tw", "en": "outlook_en", "de": "outlook_de"}[lang]
    pairs = qhdr(style, m, d.tzinfo)
    top = top_text(c)
    sep = "________________________________\n" if o.get("m365") else ""
    plain = top + "\n\n" + sep + plain_hdr(pairs, style) + "\n\n" + recap_plain(m) + "\n"
    inner = ps(top) + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + qhtml(style, pairs, m)
    htm = html_doc(inner, label, outlook=True, lang={"zh": "ZH-CN", "tw": "ZH-TW", "en": "EN-US", "de": "DE"}[lang])
    herr = "replace" if label.lower() == "big5" else "strict"
    top.encode(CODEC_OF(label))          # the sender's own text must fit the charset (only the quote may not)
    b1 = "----=_NextPart_000_%s_01DC%s.%s" % (HX(c["n"], "b0", n=4), HX(c["n"], "b1", n=4), HX(c["n"], "b2", n=8))
    alt = Multi("alternative", b1, [text_leaf(plain, label, cte, crlf=True, errors=herr),
                                    text_leaf(htm, label, cte, "html", crlf=True,
                                              errors="xmlcharrefreplace" if herr == "replace" else "strict")])
    tree = wrap_att(c, alt, b1.replace("_000_", "_001_"))
    if isinstance(tree, Multi) and tree is alt:
        alt.preamble = "This is a multi-part message in MIME format."
    prefix = {"zh": "答复: Re: ", "tw": "回覆: Re: ", "en": "RE: ", "de": "AW: Re: "}[lang]
    dom = s.email.split("@")[1]
    if o.get("m365"):
        srv = o["m365"]
        mid = "<%s%s@%s.%s.PROD.OUTLOOK.COM>" % (srv, HX(c["n"], "mid", n=28), srv, o.get("region", "APCPRD06"))
    else:
        mid = "<%s01dc%s$%s$%s$@%s>" % ("0000" if c["n"] % 2 else "0001", hx(c["n"], "m1", n=4),
                                         hx(c["n"], "m2", n=8), hx(c["n"], "m3", n=8), dom)
    H = std_headers(c, m, s, d, label, prefix + m["subject"], mid, errors=herr)
    if o.get("m365"):
        H += ["Thread-Topic: " + ew("Re: " + m["subject"], label, errors=herr),
              "Thread-Index: " + thread_index(c["n"], "ti"),
              "Accept-Language: %s, en-US" % {"zh": "zh-CN", "tw": "zh-TW", "en": "en-US", "de": "de-DE"}[lang],
              "Content-Language: " + {"zh": "zh-CN", "tw": "zh-TW", "en": "en-US", "de": "de-DE"}[lang],
              "X-MS-Has-Attach: " + ("yes" if c.get("att") else ""), "X-MS-TNEF-Correlator: "]
    else:
        H += ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: " + thread_index(c["n"], "ti"),
              "Content-Language: " + {"zh": "zh-cn", "tw": "zh-tw", "en": "en-us", "de": "de"}[lang]]
    H.append("MIME-Version: 1.0")
    helo, rdns, ip = o["via"]
    return assemble(trace(c, m, d, helo, rdns, ip), H, tree)


# ---------------------------------------------------------------- Outlook for Mac
def build_outlook_mac(c):
    m, s, d = ctx(c)
    o = c["opt"]
    pairs = qhdr("outlook_mac", m, d.tzinfo)
    top = top_text(c)
    plain = top + "\n\n\n" + plain_hdr(pairs, "outlook_mac") + "\n\n" + recap_plain(m) + "\n"
    inner = ps(top) + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + qhtml("outlook_mac", pairs, m)
    htm = html_doc(inner, "utf-8", outlook=True, lang="EN-GB")
    b = "B_%d_%d" % (3860000000 + int(hx(c["n"], "bm", n=6), 16) % 99999, 1000000000 + int(hx(c["n"], "bn", n=7), 16))
    alt = Multi("alternative", b, [text_leaf(plain, "UTF-8", "quoted-printable"),
                                   text_leaf(htm, "UTF-8", "quoted-printable", "html")],
                preamble="> This message is in MIME format. Since your mail reader does not understand\n"
                         "this format, some or all of this message may not be legible.")
    tree = wrap_att(c, alt, "B_" + hx(c["n"], "mixed", n=12))
    mid = "<%s@%s>" % (uuid_like(c["n"], "mac"), s.email.split("@")[1])
    H = ["User-Agent: Microsoft-MacOutlook/16.98.26061418", "Date: " + rfcdate(d),
         "Subject: " + ew("Re: " + m["subject"], "UTF-8"), "From: " + addr(s, label="UTF-8", quote=True),
         "To: " + addr("纪要助手", m["reply_addr"], label="UTF-8", quote=True)]
    if c.get("cc"):
        H.append("CC: " + ",\n ".join(cc_addrs(c, "UTF-8", True)))
    H += ["Message-ID: " + mid, "Thread-Topic: " + ew("Re: " + m["subject"], "UTF-8"), refs(m),
          "In-Reply-To: " + m["recap_mid"], "Mime-version: 1.0"]
    helo, rdns, ip = o["via"]
    return assemble(trace(c, m, d, helo, rdns, ip), H, tree)


# ---------------------------------------------------------------- Outlook for iOS (Microsoft 365)
def build_outlook_ios(c):
    m, s, d = ctx(c)
    o = c["opt"]
    pairs = qhdr("outlook_ios", m, d.tzinfo)
    top = top_text(c)
    plain = (top + "\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\n________________________________\n"
             + plain_hdr(pairs, "outlook_ios") + "\n\n" + recap_plain(m) + "\n")
    inner = (divs(top) + '\n<div><br></div><div dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div>\n'
             + qhtml("outlook_ios", pairs, m))
    htm = html_doc(inner, "utf-8")
    srv = o["m365"]
    b = "_000_%s%s_" % (srv, HX(c["n"], "bd", n=24))
    alt = Multi("alternative", b, [text_leaf(plain, "utf-8", "base64"), text_leaf(htm, "utf-8", "base64", "html")])
    mid = "<%s%s@%s.%s.PROD.OUTLOOK.COM>" % (srv, HX(c["n"], "mid", n=28), srv, o.get("region", "INDPRD01"))
    H = ["From: " + addr(s), "To: " + addr("纪要助手", m["reply_addr"])]
    if c.get("cc"):
        H.append("CC: " + ",\n ".join(cc_addrs(c)))
    H += ["Subject: " + ew("Re: " + m["subject"]), "Thread-Topic: " + ew("Re: " + m["subject"]),
          "Thread-Index: " + thread_index(c["n"], "ti"), "Date: " + rfcdate(d), "Message-ID: " + mid, refs(m),
          "In-Reply-To: " + m["recap_mid"], "Accept-Language: en-US", "Content-Language: en-US",
          "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", "MIME-Version: 1.0"]
    helo, rdns, ip = o["via"]
    return assemble(trace(c, m, d, helo, rdns, ip), H, alt)


# ---------------------------------------------------------------- Gmail (web / Android app)
def build_gmail(c):
    m, s, d = ctx(c)
    o = c["opt"]
    st = "gmail_en" if o.get("lang", "en") == "en" else "gmail_zh"
    attr = attribution(st, m, d.tzinfo)
    body, sig = body_parts(c)
    sigp = ("\n\n" + sig) if sig else ""
    if o.get("attrline"):
        plain = body + attr + "\n\n" + gt(recap_plain(m)) + "\n"
        inner = ('<div dir="auto">%s<span class="gmail_attr">%s</span></div>\n<blockquote class="gmail_quote" '
                 'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s'
                 '</blockquote>' % (E(body), E(attr), recap_html(m)))
    else:
        plain = body + sigp + "\n\n" + attr + "\n\n" + gt(recap_plain(m)) + "\n"
        sig_html = ('<div><br clear="all"></div><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
                    '<div dir="ltr" class="gmail_signature">%s</div>' % "<br>".join(E(x) for x in sig.split("\n"))
                    if sig else "")
        inner = '<div dir="ltr">%s%s</div><br>\n%s' % (divs(body), sig_html, qhtml(st, attr, m))
    htm = '<div dir="ltr">%s</div>' % inner if o.get("attrline") else inner
    b = "000000000000" + hx(c["n"], "gm", n=12)
    alt = Multi("alternative", b, [text_leaf(plain, "UTF-8", "quoted-printable"),
                                   text_leaf(htm, "UTF-8", "quoted-printable", "html")])
    tree = wrap_att(c, alt, "000000000000" + hx(c["n"], "gx", n=12))
    mid = "<CA%s%s@mail.gmail.com>" % (hx(c["n"], "g1", n=20).upper()[:6] + "_", b64s(c["n"]))
    H = ["MIME-Version: 1.0", refs(m), "In-Reply-To: " + m["recap_mid"], "From: " + addr(s),
         "Date: " + rfcdate(d), "Message-ID: " + mid, "Subject: " + ew("Re: " + m["subject"], "UTF-8"),
         "To: " + addr("纪要助手", m["reply_addr"], label="UTF-8")]
    if c.get("cc"):
        H.append("Cc: " + ",\n ".join(cc_addrs(c, "UTF-8")))
    helo, rdns, ip = o["via"]
    return assemble(trace(c, m, d, helo, rdns, ip), H, tree)


def b64s(*seed):
    import base64
    return base64.b64encode(bytes.fromhex(hx(*seed, "b64", n=36))).decode("ascii").replace("/", "_").replace("+", "-")


# ---------------------------------------------------------------- Apple Mail (iPhone/iPad and macOS)
def build_apple(c):
    m, s, d = ctx(c)
    o = c["opt"]
    dev = o.get("dev", "iphone")                     # iphone | ipad | mac
    loc = o.get("loc", "zh")                         # zh | tw
    if dev == "mac":
        st = "mac_zh" if loc == "zh" else "ios_tw"
    else:
        st = "ios_zh" if loc == "zh" else "ios_tw"
    attr = attribution(st, m, d.tzinfo)
    body, sig = body_parts(c)
    footer = o.get("footer", "")
    parts = [body]
    if sig:
        parts.append(sig)
    if footer:
        parts.append(footer)
    top = "\n\n".join(parts)
    plain = top + "\n\n" + gt(attr + "\n\n" + recap_plain(m)) + "\n"
    inner = divs(top) + "\n" + qhtml("ios" if dev != "mac" else "mac", attr, m)
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body dir="auto">%s</body></html>' % inner)
    cte = o.get("cte", "quoted-printable")
    if dev == "mac":
        b = "Apple-Mail=_" + uuid_like(c["n"], "am")
        mailer, mv = "Apple Mail (2.3826.500.181.1)", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1\\))"
    else:
        b = "Apple-Mail-" + uuid_like(c["n"], "am")
        mailer, mv = ("iPhone Mail (23E246)" if dev == "iphone" else "iPad Mail (23E246)"), "1.0 (1.0)"
    alt = Multi("alternative", b, [text_leaf(plain, "utf-8", cte, quoted_label=False),
                                   text_leaf(htm, "utf-8", cte, "html", quoted_label=False)])
    tree = wrap_att(c, alt, "Apple-Mail-" + uuid_like(c["n"], "mx"))
    mid = "<%s@%s>" % (uuid_like(c["n"], "mid"), s.email.split("@")[1])
    H = ["From: " + addr(s), "Mime-Version: " + mv, "Subject: " + ew("Re: " + m["subject"]),
         "Date: " + rfcdate(d), "Message-Id: " + mid, refs(m)]
    if c.get("cc"):
        H.append("Cc: " + ",\n ".join(cc_addrs(c)))
    H += ["In-Reply-To: " + m["recap_mid"], "To: " + addr("纪要助手", m["reply_addr"]), "X-Mailer: " + mailer]
    helo, rdns, ip = o["via"]
    return assemble(trace(c, m, d, helo, rdns, ip), H, tree)


# ---------------------------------------------------------------- Thunderbird (plain text, format=flowed)
def build_thunderbird(c):
    m, s, d = ctx(c)
    o = c["opt"]
    st = "tb_zh" if o.get("lang", "zh") == "zh" else "tb_en_in"
    attr = attribution(st, m, d.tzinfo)
    body, sig = body_parts(c)
    sigblock = ("\n\n-- \n" + sig) if sig else ""
    q = recap_plain(m).split("\n")
    mode = o.get("mode", "top")
    if mode == "top":
        plain = body + sigblock + "\n\n" + attr + "\n" + gt("\n".join(q)) + "\n"
    elif mode == "bottom":
        plain = attr + "\n" + gt("\n".join(q)) + "\n\n" + body + sigblock + "\n"
    else:                                           # inline: answer typed under a quoted row
        row = o["row"]
        cut = next(i for i, ln in enumerate(q) if ln.startswith("| %d | " % row)) + 1
        plain = (attr + "\n" + gt("\n".join(q[:cut])) + "\n\n" + body + "\n\n" + gt("\n".join(q[cut:]))
                 + sigblock + "\n")
    cte = o.get("cte", "8bit")
    leaf = text_leaf(plain, "UTF-8", cte, extra="; format=flowed", quoted_label=False)
    mid = "<%s@%s>" % (uuid_like(c["n"], "tb").lower(), s.email.split("@")[1])
    H = ["Message-ID: " + mid, "Date: " + rfcdate(d), "MIME-Version: 1.0", "User-Agent: Mozilla Thunderbird",
         "Subject: " + ew("Re: " + m["subject"]), "Content-Language: " + ("zh-CN" if st == "tb_zh" else "en-US"),
         "To: " + addr("纪要助手", m["reply_addr"])]
    if c.get("cc"):
        H.append("Cc: " + ",\n ".join(cc_addrs(c)))
    H += [refs(m), "From: " + addr(s), "In-Reply-To: " + m["recap_mid"]]
    helo, rdns, ip = o["via"]
    return assemble(trace(c, m, d, helo, rdns, ip), H, leaf)


# ---------------------------------------------------------------- Coremail webmail (museum)
def build_coremail(c):
    m, s, d = ctx(c)
    o = c.get("opt", {})
    pairs = qhdr("coremail", m, d.tzinfo)
    top = top_text(c)
    plain = top + "\n\n\n\n-----原始邮件-----\n" + plain_hdr(pairs, "coremail") + "\n\n\n" + recap_plain(m) + "\n"
    inner = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s%s</div>'
             % ("".join("<div>%s</div>" % (E(x) or "<br>") for x in top.split("\n")), qhtml("coremail", pairs, m)))
    htm = html_doc(inner, "UTF-8")
    cte = o.get("cte", "base64")
    ms = int(d.timestamp() * 1000) + c["n"] % 1000
    b = "----=_Part_%d_%d.%d" % (100000 + int(hx(c["n"], "cp", n=5), 16) % 900000,
                                 1000000000 + int(hx(c["n"], "cq", n=7), 16) % 999999999, ms)
    if o.get("html_only"):
        tree = text_leaf(htm, "UTF-8", cte, "html", quoted_label=False)
    else:
        tree = Multi("alternative", b, [text_leaf(plain, "UTF-8", cte, quoted_label=False),
                                        text_leaf(htm, "UTF-8", cte, "html", quoted_label=False)])
    tree = wrap_att(c, tree, b.replace("_Part_", "_Part_1"))
    mid = "<%s.%s.%s.Coremail.%s>" % (hx(c["n"], "c1", n=8), hx(c["n"], "c2", n=4), hx(c["n"], "c3", n=11),
                                      s.email)
    H = ["Date: " + rfcdate(d).replace(" +0800", " +0800 (GMT+08:00)"), "From: " + addr(s, label="UTF-8", quote=True),
         "To: " + addr("纪要助手", m["reply_addr"], label="UTF-8", quote=True)]
    if c.get("cc"):
        H.append("Cc: " + ",\n\t".join(cc_addrs(c, "UTF-8", True)))
    H += ["Subject: " + ew("Re:Re: " + m["subject"], "UTF-8"), "X-Priority: 3",
          "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)\n"
          " Copyright (c) 2002-2026 www.mailtech.cn kfmuseum",
          "In-Reply-To: " + m["recap_mid"], refs(m), "MIME-Version: 1.0", "Message-ID: " + mid,
          "X-Coremail-Locale: zh_CN", "X-CM-TRANSID:" + b64s(c["n"], "tr")[:22] + "--.%d" % (c["n"] % 50),
          "X-CM-SenderInfo: " + s.email.split("@")[0] + "xhnxq5xqhbhqqpyrvqnxlqvhvpvqpqqzqzqhqq/"]
    user = s.email.replace("@", "$")
    r = plus(d.astimezone(SH), 1)
    tr = ["Return-Path: <%s>" % s.email, "Delivered-To: " + m["bot"],
          "Received: from %s ( [%s] ) by\n ajax-webmail-mail.kfmuseum.example.cn (Coremail) ; %s (GMT+08:00)"
          % (user, o.get("ip", "10.30.%d.%d" % (c["n"] % 7 + 1, c["n"] % 200 + 20)), rfcdate(r).replace(" +0800", ""))]
    return assemble(tr, H, tree)


# ---------------------------------------------------------------- Foxmail (Windows)
def build_foxmail(c):
    m, s, d = ctx(c)
    o = c["opt"]
    label, cte = o.get("label", "GBK"), o.get("cte", "base64")
    pairs = qhdr("foxmail", m, d.tzinfo)
    body, sig = body_parts(c)
    sig = sig or s.email
    plain = body + "\n\n\n\n" + sig + "\n \n" + plain_hdr(pairs, "foxmail") + "\n" + recap_plain(m) + "\n"
    inner = ("<div>%s</div><div><br></div><hr style=\"width: 210px; height: 1px;\" color=\"#b5c4df\" size=\"1\" "
             "align=\"left\"><div><span>%s</span></div>%s" % (
                 "".join("<div>%s</div>" % (E(x) or "<br>") for x in body.split("\n")),
                 "<br>".join(E(x) for x in sig.split("\n")), qhtml("foxmail", pairs, m)))
    htm = html_doc('<style>body { line-height: 1.5; }</style>' + inner, label)
    b = "----=_001_NextPart%s_=----" % str(int(hx(c["n"], "fx", n=10), 16))[:12].rjust(12, "0")
    alt = Multi("alternative", b, [text_leaf(plain, label, cte, crlf=True), text_leaf(htm, label, cte, "html", crlf=True)],
                preamble="This is a multi-part message in MIME format.")
    tree = wrap_att(c, alt, b.replace("_001_", "_000_"))
    mid = "<%s%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), str(int(hx(c["n"], "fm", n=8), 16))[:7], s.email.split("@")[1])
    H = ["Date: " + rfcdate(d), "From: " + addr(s, label=label, quote=True),
         "To: " + addr("纪要助手", m["reply_addr"], label=label, quote=True)]
    if c.get("cc"):
        H.append("Cc: " + ",\n ".join(cc_addrs(c, label, True)))
    H += ["Subject: " + ew("回复: Re: " + m["subject"], label), "In-Reply-To: " + m["recap_mid"], refs(m),
          "X-Priority: 3", "X-GUID: " + uuid_like(c["n"], "guid"),
          "X-Has-Attach: " + ("yes" if c.get("att") else "no"), "X-Mailer: Foxmail 7.2.25.254[cn]",
          "Mime-Version: 1.0", "Message-ID: " + mid]
    helo, rdns, ip = o["via"]
    return assemble(trace(c, m, d, helo, rdns, ip), H, tree)


# ---------------------------------------------------------------- QQ Mail (web, sending as the work address; or the iOS app)
def build_qq(c):
    m, s, d = ctx(c)
    o = c["opt"]
    label, cte = o.get("label", "gb18030"), o.get("cte", "base64")
    pairs = qhdr("qq", m, d.tzinfo)
    top = top_text(c)
    plain = (top + "\n\n\n------------------ 原始邮件 ------------------\n" + plain_hdr(pairs, "qq") + "\n\n\n\n"
             + recap_plain(m) + "\n")
    htm = ('<meta http-equiv="Content-Type" content="text/html; charset=%s">%s<div><br></div><div><br></div>%s'
           % (label, "".join("<div>%s</div>" % (E(x) or "<br>") for x in top.split("\n")), qhtml("qq", pairs, m)))
    b = "----=_NextPart_%s_%s_%s" % (HX(c["n"], "q1", n=8), HX(c["n"], "q2", n=8), HX(c["n"], "q3", n=8))
    alt = Multi("alternative", b, [text_leaf(plain, label, cte), text_leaf(htm, label, cte, "html")],
                preamble="This is a multi-part message in MIME format.")
    tree = wrap_att(c, alt, b + "_M")
    mid = "<tencent_%s@qq.com>" % HX(c["n"], "qm", n=36)
    H = []
    if not o.get("app"):
        H += ["X-QQ-FEAT: " + b64s(c["n"], "feat")[:32], "X-QQ-SSF: 00000000000000F0",
              "X-HAS-ATTACH: " + ("yes" if c.get("att") else "no"), "X-QQ-BUSINESS-ORIGIN: 2",
              "X-Originating-IP: " + o.get("orig_ip", "60.212.178.%d" % (c["n"] % 200 + 20)), "X-QQ-STYLE: ",
              "X-QQ-mid: xmsezb%d-0t%dt%s" % (c["n"] % 9, int(d.timestamp()), hx(c["n"], "qmid", n=7))]
    H += ["From: " + addr(s, label=label, quote=True), "To: " + addr("纪要助手", m["reply_addr"], label=label, quote=True)]
    if c.get("cc"):
        H.append("Cc: " + ",\n ".join(cc_addrs(c, label, True)))
    H += ["Subject: " + ew("回复：Re: " + m["subject"], label), "Mime-Version: 1.0", "Date: " + rfcdate(d),
          "X-Priority: 3", "Message-ID: " + mid, "X-QQ-MIME: TCMime 1.0 by Tencent"]
    if o.get("app"):
        H += ["X-Mailer: " + o["app"]]
    else:
        H += ["X-Mailer: QQMail 2.x", "X-QQ-Mailer: QQMail 2.x"]
    H += ["In-Reply-To: " + m["recap_mid"], refs(m)]
    helo, rdns, ip = o["via"]
    return assemble(trace(c, m, d, helo, rdns, ip), H, tree)


# ---------------------------------------------------------------- NetEase Mail Master (mobile)
def build_mailmaster(c):
    m, s, d = ctx(c)
    o = c["opt"]
    pairs = qhdr("mailmaster", m, d.tzinfo)
    body, sig = body_parts(c)
    top = body + ("\n\n" + sig if sig else "") + "\n\n发自网易邮箱大师"
    plain = top + "\n---- 回复的原邮件 ----\n" + plain_hdr(pairs, "mailmaster") + "\n" + recap_plain(m) + "\n"
    htm = html_doc("".join("<div>%s</div>" % (E(x) or "<br>") for x in top.split("\n"))
                   + '<div class="J-reply">' + qhtml("mailmaster", pairs, m) + "</div>", "UTF-8")
    b = "NetEase-FlashMail-003-%s" % uuid_like(c["n"], "nm").lower()
    alt = Multi("alternative", b, [text_leaf(plain, "UTF-8", "base64"), text_leaf(htm, "UTF-8", "base64", "html")])
    tree = wrap_att(c, alt, b.replace("003", "004"))
    mid = "<%s.%s.%s@%s>" % (hx(c["n"], "mm1", n=8), hx(c["n"], "mm2", n=4), hx(c["n"], "mm3", n=11),
                             s.email.split("@")[1])
    H = ["Date: " + rfcdate(d), "From: " + addr(s, label="UTF-8"), "To: " + addr("纪要助手", m["reply_addr"], label="UTF-8")]
    if c.get("cc"):
        H.append("CC: " + ",\n ".join(cc_addrs(c, "UTF-8")))
    H += ["Message-ID: " + mid, "In-Reply-To: " + m["recap_mid"], refs(m),
          "Subject: " + ew("回复：Re: " + m["subject"], "UTF-8"), "X-Mailer: NetEase FlashMail 2.4.1.32",
          "X-Priority: 3 (Normal)", "MIME-Version: 1.0"]
    helo, rdns, ip = o["via"]
    return assemble(trace(c, m, d, helo, rdns, ip), H, tree)


# ---------------------------------------------------------------- Huawei Email (EMUI / HarmonyOS)
def build_huawei(c):
    m, s, d = ctx(c)
    o = c["opt"]
    pairs = qhdr("huawei", m, d.tzinfo)
    body, sig = body_parts(c)
    top = body + ("\n\n" + sig if sig else "") + "\n\n发自我的华为手机"
    plain = top + "\n\n\n-------- 原始邮件 --------\n" + plain_hdr(pairs, "huawei") + "\n\n" + recap_plain(m) + "\n"
    htm = html_doc("".join("<div>%s</div>" % (E(x) or "<br>") for x in top.split("\n")) + "<div><br></div>"
                   + qhtml("huawei", pairs, m), "UTF-8")
    b = "--_com.huawei.email_%d_%d" % (int(d.timestamp() * 1000), 100 + c["n"] % 800)
    alt = Multi("alternative", b, [text_leaf(plain, "UTF-8", "base64"), text_leaf(htm, "UTF-8", "base64", "html")])
    mid = "<%s@%s>" % (hx(c["n"], "hw", n=24), s.email.split("@")[1])
    H = ["Date: " + rfcdate(d), "Subject: " + ew("回复：Re: " + m["subject"], "UTF-8"), "Message-ID: " + mid,
         "From: " + addr(s, label="UTF-8"), "To: " + addr("纪要助手", m["reply_addr"], label="UTF-8")]
    if c.get("cc"):
        H.append("Cc: " + ",\n ".join(cc_addrs(c, "UTF-8")))
    H += ["In-Reply-To: " + m["recap_mid"], refs(m), "Importance: Normal", "MIME-Version: 1.0"]
    helo, rdns, ip = o["via"]
    return assemble(trace(c, m, d, helo, rdns, ip), H, alt)


# ---------------------------------------------------------------- DingTalk mail (Alimail), HTML only
def build_dingtalk(c):
    m, s, d = ctx(c)
    o = c["opt"]
    pairs = qhdr("dingtalk", m, d.tzinfo)
    top = top_text(c)
    inner = ('<div class="__aliyun_email_body_block"><div style="line-height:1.7;color:#000000;font-size:14px;'
             'font-family:Tahoma, Arial, STHeiti, SimSun;">%s<div style="clear:both;"><br></div>%s</div></div>'
             % ("".join('<div style="clear:both;">%s</div>' % (E(x) or "<br>") for x in top.split("\n")),
                qhtml("dingtalk", pairs, m)))
    leaf = text_leaf(inner, "UTF-8", "base64", "html")
    mid = "<%s.%s.%s@%s>" % (hx(c["n"], "d1", n=8), hx(c["n"], "d2", n=4), hx(c["n"], "d3", n=12), s.email.split("@")[1])
    H = ["Date: " + rfcdate(d), "From: " + addr(s, label="UTF-8", quote=True),
         "To: " + addr("纪要助手", m["reply_addr"], label="UTF-8", quote=True)]
    if c.get("cc"):
        H.append("Cc: " + ",\n ".join(cc_addrs(c, "UTF-8", True)))
    H += ["Reply-To: " + addr(s, label="UTF-8", quote=True), "Message-ID: " + mid,
          "Subject: " + ew("回复：Re: " + m["subject"], "UTF-8"), "X-Mailer: Alimail-Mailagent revision 7",
          "MIME-Version: 1.0", "In-Reply-To: " + m["recap_mid"], refs(m)]
    helo, rdns, ip = o["via"]
    return assemble(trace(c, m, d, helo, rdns, ip), H, leaf)


# ---------------------------------------------------------------- Feishu / Lark mail
def build_feishu(c):
    m, s, d = ctx(c)
    o = c["opt"]
    pairs = qhdr("feishu", m, d.tzinfo)
    top = top_text(c)
    plain = top + "\n\n\n" + plain_hdr(pairs, "feishu") + "\n\n" + gt(recap_plain(m)) + "\n"
    htm = html_doc("".join("<div>%s</div>" % (E(x) or "<br>") for x in top.split("\n")) + "<div><br></div>"
                   + qhtml("feishu", pairs, m), "UTF-8")
    b = hx(c["n"], "fs", n=32)
    alt = Multi("alternative", b, [text_leaf(plain, "UTF-8", "base64"), text_leaf(htm, "UTF-8", "base64", "html")])
    mid = "<%s@feishu.cn>" % b64s(c["n"], "fsm").replace("_", "")[:20]
    H = ["Date: " + rfcdate(d), "From: " + addr(s, label="UTF-8", quote=True),
         "To: " + addr("纪要助手", m["reply_addr"], label="UTF-8", quote=True)]
    if c.get("cc"):
        H.append("Cc: " + ",\n ".join(cc_addrs(c, "UTF-8", True)))
    H += ["Subject: " + ew("回复：Re: " + m["subject"], "UTF-8"), "Message-Id: " + mid,
          "In-Reply-To: " + m["recap_mid"], refs(m), "Mime-Version: 1.0", "X-Lms-Return-Path: <lba+" +
          hx(c["n"], "lms", n=20) + "+" + s.email.replace("@", "=") + "@feishu.cn>"]
    helo, rdns, ip = o["via"]
    return assemble(trace(c, m, d, helo, rdns, ip), H, alt)


# ---------------------------------------------------------------- auto: Coremail out-of-office
def build_coremail_ooo(c):
    m, s, d = ctx(c)
    text = c["body"].strip("\n") + "\n"
    leaf = text_leaf(text, "UTF-8", "base64", quoted_label=False)
    mid = "<%s.%s.%s.Coremail.%s>" % (hx(c["n"], "o1", n=8), hx(c["n"], "o2", n=4), hx(c["n"], "o3", n=11), s.email)
    H = ["Date: " + rfcdate(d).replace(" +0800", " +0800 (GMT+08:00)"), "From: " + addr(s, label="UTF-8", quote=True),
         "To: " + m["bot"], "Subject: " + ew("自动回复: Re: " + m["subject"], "UTF-8"),
         "X-Priority: 3", "X-Mailer: Coremail Webmail Server Version XT5.0.14 build 20230109(dcb5de15)",
         "Auto-Submitted: auto-replied", "X-Coremail-Autoreply: 1", "In-Reply-To: " + m["recap_mid"],
         "References: " + m["recap_mid"], "MIME-Version: 1.0", "Message-ID: " + mid, "X-Coremail-Locale: zh_CN"]
    r = plus(d.astimezone(SH), 1)
    tr = ["Return-Path: <%s>" % s.email, "Delivered-To: " + m["bot"],
          "Received: from localhost (unknown [127.0.0.1])\n\tby mail.kfmuseum.example.cn (Coremail) with SMTP id "
          "AQAAfw%s--.%d\n\tfor <%s>; %s (CST)" % (hx(c["n"], "or", n=14), c["n"] % 97, m["bot"], rfcdate(r))]
    return assemble(tr, H, leaf)


# ---------------------------------------------------------------- auto: Postfix delay notice (DSN)
def build_postfix_delay(c):
    m = MEETINGS[c["m"]]
    d = parse_dt(c["date"])
    qid = "4Z" + HX(m["id"], "recapq", n=9)
    arrival = m["recap_at"]
    from r36lib import objection_cutoff  # noqa: F401  (kept for symmetry)
    import datetime as dt
    until = arrival + dt.timedelta(days=5)
    rcpts = [PEOPLE[k].email for k in c["opt"]["rcpts"]]
    host, ip = c["opt"]["mx"]
    diag = "connect to %s[%s]:25: Connection timed out" % (host, ip)
    note = ("This is the mail system at host mx.lnlp.example.cn.\n\n"
            "####################################################################\n"
            "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n"
            "####################################################################\n\n"
            "Your message could not be delivered for more than 4 hour(s).\n"
            "It will be retried until it is 5 day(s) old.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n")
    for r in rcpts:
        note += "<%s>: %s\n\n" % (r, diag)
    ds = ("Reporting-MTA: dns; mx.lnlp.example.cn\nX-Postfix-Queue-ID: %s\nX-Postfix-Sender: rfc822; %s\n"
          "Arrival-Date: %s (CST)\n" % (qid, m["bot"], rfcdate(arrival)))
    for r in rcpts:
        ds += ("\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: delayed\nStatus: 4.4.1\n"
               "Diagnostic-Code: X-Postfix; %s\nWill-Retry-Until: %s (CST)\n" % (r, r, diag, rfcdate(until)))
    to_line = ",\n ".join(addr(PEOPLE[k], label="UTF-8") for k in m["to"])
    cc_line = ",\n ".join(addr(PEOPLE[k], label="UTF-8") for k in m["cc"])
    orig = ("Return-Path: <%s>\nReceived: from minutebot.lnlp.example.cn (minutebot.lnlp.example.cn [10.16.0.21])\n"
            "\tby mx.lnlp.example.cn (Postfix) with ESMTPS id %s;\n\t%s (CST)\nFrom: %s\nTo: %s\nCc: %s\n"
            "Reply-To: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nIn-Reply-To: %s\nReferences: %s\n"
            "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: OOF, AutoReply\nMIME-Version: 1.0\n"
            "Content-Type: multipart/alternative; boundary=\"===============%s==\"\n"
            % (m["bot"], qid, rfcdate(arrival), addr("纪要助手", m["bot"]), to_line, cc_line,
               addr("纪要助手", m["reply_addr"]), ew("Re: " + m["subject"]), rfcdate(arrival), m["recap_mid"],
               m["minutes_mid"], m["minutes_mid"], str(int(hx(m["id"], "bnd", n=12), 16))[:19]))
    b = "%s.%d/mx.lnlp.example.cn" % (qid, int(d.timestamp()))
    tree = Multi("report", b, [
        Leaf("text/plain; charset=us-ascii", None, note.encode("ascii"), ["Content-Description: Notification"]),
        Leaf("message/delivery-status", None, ds.encode("ascii"), ["Content-Description: Delivery report"]),
        Leaf("text/rfc822-headers", None, orig.encode("ascii"), ["Content-Description: Undelivered Message Headers"]),
    ], preamble="This is a MIME-encapsulated message.", params="; report-type=delivery-status")
    # Multi.render puts the type first; the report-type parameter must come before boundary for readability only
    tree.ctype = 'multipart/report; report-type=delivery-status;\n\tboundary="%s"' % b
    H = ["Date: %s (CST)" % rfcdate(d), "From: MAILER-DAEMON@mx.lnlp.example.cn (Mail Delivery System)",
         "Subject: Delayed Mail (still being retried)", "To: " + m["bot"], "Auto-Submitted: auto-replied",
         "MIME-Version: 1.0", "Content-Transfer-Encoding: 8bit",
         "Message-Id: <%s.%s@mx.lnlp.example.cn>" % (d.astimezone(SH).strftime("%Y%m%d%H%M%S"), HX(c["n"], "dsn", n=11))]
    tr = ["Return-Path: <>", "Delivered-To: " + m["bot"],
          "Received: by mx.lnlp.example.cn (Postfix)\n\tid %s; %s (CST)" % ("4Z" + HX(c["n"], "dq", n=9), rfcdate(d))]
    return assemble(tr, H, tree)


BUILDERS = {"outlook": build_outlook, "outlook_mac": build_outlook_mac, "outlook_ios": build_outlook_ios,
            "gmail": build_gmail, "apple": build_apple, "thunderbird": build_thunderbird,
            "coremail": build_coremail, "foxmail": build_foxmail, "qq": build_qq, "mailmaster": build_mailmaster,
            "huawei": build_huawei, "dingtalk": build_dingtalk, "feishu": build_feishu,
            "coremail_ooo": build_coremail_ooo, "postfix_delay": build_postfix_delay}

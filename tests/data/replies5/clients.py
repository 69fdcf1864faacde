"""Quote styles and header shapes of the mail clients used in replies5."""
import datetime as dt

from lib import (BOT, DOM, D, DAY_EN_LONG, MONTH_EN, MONTH_EN_LONG, TZ8, UTC, WEEKDAY_EN, WEEKDAY_ZH, envelope,
                 esc, haddr, haddrs, hb64, htext, hx, leaf, multi, received, rfc_date, sh, who)

CEST = dt.timezone(dt.timedelta(hours=2))
CET = dt.timezone(dt.timedelta(hours=1))


def munich(t):
    # Europe/Berlin: CEST until the last Sunday of October 2026 (10-25), CET before the last Sunday of March
    d = t.astimezone(UTC)
    if dt.datetime(2026, 3, 29, 1, tzinfo=UTC) <= d < dt.datetime(2026, 10, 25, 1, tzinfo=UTC):
        return t.astimezone(CEST)
    return t.astimezone(CET)


def gt(lines):
    """'> ' prefixed quote of text lines."""
    return "".join("> " + l + "\n" if l else ">\n" for l in lines.rstrip("\n").split("\n"))


def people_semi(lst, fmt="%s <%s>", sep="; "):
    return sep.join(fmt % who(x) for x in lst)


# Each quote function: (m, tlocal) -> (text, html). m: Meeting (parent = the recap).
def q_qq(m, t):
    when = "%d年%d月%d日(星期%s) %s" % (t.year, t.month, t.day, WEEKDAY_ZH[t.weekday()], ampm_zh(t))
    tos = "".join('"%s"<%s>;' % who(x) for x in m.to)
    text = ("\n\n\n------------------ 原始邮件 ------------------\n发件人: \"%s\"<%s>;\n发送时间: %s\n收件人: %s\n"
            "主题: %s\n\n\n\n" % (BOT[0], BOT[1], when, tos, m.recap_subject) + m.text)
    h = ('<div><br></div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
         '------------------&nbsp;原始邮件&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;'
         'padding:8px;"><div><b>发件人:</b>&nbsp;"%s"&lt;%s&gt;;</div><div><b>发送时间:</b>&nbsp;%s</div><div><b>收件人:'
         '</b>&nbsp;%s</div><div></div><div><b>主题:</b>&nbsp;%s</div></div><div><br></div>%s'
         % (BOT[0], BOT[1], when, esc(tos), esc(m.recap_subject), m.html))
    return text, h


def ampm_zh(t):
    h = t.hour
    part = "上午" if h < 12 else ("下午" if h < 18 else "晚上")
    return "%s%d:%02d" % (part, h if h <= 12 else h - 12, t.minute)


def _outlook_block(labels, m, when, sep=": "):
    f, s, to, cc, subj = labels
    tos = people_semi(m.to)
    text = ("\n%s%s%s <%s>\n%s%s%s\n%s%s%s\n" % (f, sep, BOT[0], BOT[1], s, sep, when, to, sep, tos)
            + ("%s%s%s\n" % (cc, sep, people_semi(m.cc)) if m.cc else "") + "%s%s%s\n\n" % (subj, sep, m.recap_subject)
            + m.text)
    h = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
         '<b>%s%s</b>%s &lt;%s&gt;<br><b>%s%s</b>%s<br><b>%s%s</b>%s<br>%s<b>%s%s</b>%s</p></div></div>'
         '<p class="MsoNormal">&nbsp;</p>%s'
         % (f, sep, esc(BOT[0]), BOT[1], s, sep, when, to, sep, esc(tos),
            ("<b>%s%s</b>%s<br>" % (cc, sep, esc(people_semi(m.cc)))) if m.cc else "", subj, sep,
            esc(m.recap_subject), m.html))
    return text, h


def q_outlook_zh(m, t):
    return _outlook_block(("发件人", "发送时间", "收件人", "抄送", "主题"), m,
                          "%d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute))


def q_outlook_tw(m, t):
    return _outlook_block(("寄件者", "寄件日期", "收件者", "副本", "主旨"), m,
                          "%d年%d月%d日 %s %s%d:%02d" % (t.year, t.month, t.day, "星期" + WEEKDAY_ZH[t.weekday()],
                                                      "上午" if t.hour < 12 else "下午", t.hour % 12 or 12, t.minute))


def q_outlook_en(m, t):
    return _outlook_block(("From", "Sent", "To", "Cc", "Subject"), m,
                          "%s, %s %d, %d %d:%02d %s" % (DAY_EN_LONG[t.weekday()], MONTH_EN_LONG[t.month - 1], t.day,
                                                        t.year, t.hour % 12 or 12, t.minute,
                                                        "AM" if t.hour < 12 else "PM"))


def q_outlook_de(m, t):
    de_days = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
    de_months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                 "November", "Dezember"]
    return _outlook_block(("Von", "Gesendet", "An", "Cc", "Betreff"), m,
                          "%s, %d. %s %d %02d:%02d" % (de_days[t.weekday()], t.day, de_months[t.month - 1], t.year,
                                                       t.hour, t.minute))


def q_outlook_fr(m, t):
    fr_days = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    fr_months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                 "novembre", "décembre"]
    return _outlook_block(("De", "Envoyé", "À", "Cc", "Objet"), m,
                          "%s %d %s %d %02d:%02d" % (fr_days[t.weekday()], t.day, fr_months[t.month - 1], t.year,
                                                     t.hour, t.minute), sep=" : ")


def q_owa_zh(m, t):
    when = "%d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)
    tos = people_semi(m.to)
    text = ("\n________________________________\n发件人: %s <%s>\n发送时间: %s\n收件人: %s\n主题: %s\n\n"
            % (BOT[0], BOT[1], when, tos, m.recap_subject) + m.text)
    h = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1"><div id="divRplyFwdMsg"'
         ' dir="ltr"><font face="等线" style="font-size:11pt" color="#000000"><b>发件人:</b> %s &lt;%s&gt;<br><b>发送时间:'
         '</b> %s<br><b>收件人:</b> %s<br><b>主题:</b> %s</font><div>&nbsp;</div></div>%s'
         % (esc(BOT[0]), BOT[1], when, esc(tos), esc(m.recap_subject), m.html))
    return text, h


def q_outlook_mac(m, t):
    when = "%s, %d %s %d at %d:%02d" % (DAY_EN_LONG[t.weekday()], t.day, MONTH_EN_LONG[t.month - 1], t.year, t.hour,
                                        t.minute)
    tos = ", ".join("%s <%s>" % who(x) for x in m.to)
    text = ("\n\nFrom: %s <%s>\nDate: %s\nTo: %s\nSubject: %s\n\n" % (BOT[0], BOT[1], when, tos, m.recap_subject)
            + m.text)
    h = ('<div id="mail-editor-reference-message-container"><div style="border:none;border-top:solid #B5C4DF 1.0pt;'
         'padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal" style="margin-bottom:12.0pt"><b>From: </b>%s &lt;%s&gt;<br>'
         '<b>Date: </b>%s<br><b>To: </b>%s<br><b>Subject: </b>%s</p></div>%s</div>'
         % (esc(BOT[0]), BOT[1], when, esc(tos), esc(m.recap_subject), m.html))
    return text, h


def _gmail(attr_text, attr_html, m):
    text = "\n\n" + attr_text + "\n\n" + gt(m.text)
    h = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
         '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
         'padding-left:1ex">%s</blockquote></div>' % (attr_html, m.html))
    return text, h


def _ga(m, fmt):
    """attribution with the bot's name and address; fmt has {who}"""
    return (fmt.format(who="%s <%s>" % BOT),
            fmt.format(who='%s &lt;<a href="mailto:%s">%s</a>&gt;' % (esc(BOT[0]), BOT[1], BOT[1])))


def q_gmail_zh(m, t):
    return _gmail(*_ga(m, "{who} 于%d年%d月%d日周%s %d:%02d写道：" % (t.year, t.month, t.day, WEEKDAY_ZH[t.weekday()],
                                                                 t.hour, t.minute)), m)


def q_gmail_en(m, t):
    when = "%s, %s %d, %d at %d:%02d %s" % (WEEKDAY_EN[t.weekday()], MONTH_EN[t.month - 1], t.day, t.year,
                                           t.hour % 12 or 12, t.minute, "AM" if t.hour < 12 else "PM")
    return _gmail(*_ga(m, "On %s {who} wrote:" % when), m)


def q_gmail_fr(m, t):
    d = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."][t.weekday()]
    mo = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
    return _gmail(*_ga(m, "Le %s %d %s %d à %02d:%02d, {who} a écrit :" % (d, t.day, mo[t.month - 1], t.year, t.hour,
                                                                         t.minute)), m)


def q_gmail_de(m, t):
    d = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."][t.weekday()]
    mo = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]
    return _gmail(*_ga(m, "Am %s, %d. %s %d um %02d:%02d Uhr schrieb {who}:" % (d, t.day, mo[t.month - 1], t.year,
                                                                               t.hour, t.minute)), m)


def q_gmail_nl(m, t):
    d = ["ma", "di", "wo", "do", "vr", "za", "zo"][t.weekday()]
    mo = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
    return _gmail(*_ga(m, "Op %s %d %s %d om %02d:%02d schreef {who}:" % (d, t.day, mo[t.month - 1], t.year, t.hour,
                                                                         t.minute)), m)


def q_gmail_pl(m, t):
    d = ["pon.", "wt.", "śr.", "czw.", "pt.", "sob.", "niedz."][t.weekday()]
    mo = ["sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"]
    return _gmail(*_ga(m, "%s %d %s %d o %02d:%02d {who} napisał(a):" % (d, t.day, mo[t.month - 1], t.year, t.hour,
                                                                       t.minute)), m)


def q_gmail_vi(m, t):
    d = ["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"][t.weekday()]
    return _gmail(*_ga(m, "Vào %s, %d thg %d, %d vào lúc %02d:%02d {who} đã viết:" % (d, t.day, t.month, t.year,
                                                                                     t.hour, t.minute)), m)


def q_gmail_ja(m, t):
    d = "月火水木金土日"[t.weekday()]
    return _gmail(*_ga(m, "%d年%d月%d日(%s) %d:%02d {who}:" % (t.year, t.month, t.day, d, t.hour, t.minute)), m)


def q_gmail_ko(m, t):
    d = "월화수목금토일"[t.weekday()]
    ap = "오전" if t.hour < 12 else "오후"
    return _gmail(*_ga(m, "%d년 %d월 %d일 (%s) %s %d:%02d, {who}님이 작성:" % (t.year, t.month, t.day, d, ap,
                                                                        t.hour % 12 or 12, t.minute)), m)


def q_gmail_es(m, t):
    d = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"][t.weekday()]
    mo = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
    a = "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (d, t.day, mo[t.month - 1], t.year, t.hour, t.minute,
                                                               BOT[0], BOT[1])
    ah = esc(a).replace("&lt;%s&gt;" % BOT[1], '&lt;<a href="mailto:%s">%s</a>&gt;' % (BOT[1], BOT[1]))
    return _gmail(a, ah, m)


def q_gmail_android_en(m, t):
    when = "%s, %d %s %d, %02d:%02d" % (WEEKDAY_EN[t.weekday()], t.day, MONTH_EN[t.month - 1], t.year, t.hour,
                                        t.minute)
    a = "On %s %s, <%s> wrote:" % (when, BOT[0], BOT[1])
    return _gmail(a, esc(a), m)


def q_ios_zh(m, t):
    attr = "在 %d年%d月%d日，%d:%02d，%s <%s> 写道：" % (t.year, t.month, t.day, t.hour, t.minute, BOT[0], BOT[1])
    text = "\n\n> " + attr + "\n>\n" + gt(m.text)
    h = ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite">'
         '<div dir="ltr">%s</div></blockquote>' % (esc(attr), m.html))
    return text, h


def q_ios_en(m, t):
    attr = "On %s %d, %d, at %02d:%02d, %s <%s> wrote:" % (MONTH_EN[t.month - 1], t.day, t.year, t.hour, t.minute,
                                                          BOT[0], BOT[1])
    text = "\n\n> " + attr + "\n>\n" + gt(m.text)
    h = ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite">'
         '<div dir="ltr">%s</div></blockquote>' % (esc(attr), m.html))
    return text, h


def q_applemail_zh(m, t):
    attr = "%d年%d月%d日 %s，%s <%s> 写道：" % (t.year, t.month, t.day, ampm_zh(t), BOT[0], BOT[1])
    text = "\n\n> " + attr + "\n> \n" + gt(m.text)
    h = ('<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline"><div>%s</div>'
         '</blockquote></div>' % (esc(attr), m.html))
    return text, h


def q_foxmail(m, t):
    tos = "; ".join(who(x)[0] for x in m.to)
    text = (" \n发件人： %s\n发送时间： %s\n收件人： %s\n主题： %s\n" % (BOT[0], t.strftime("%Y-%m-%d %H:%M"), tos,
                                                                 m.recap_subject) + m.text)
    h = ('<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit"><div>&nbsp;'
         '</div><div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="PADDING-RIGHT:'
         ' 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: '
         '8px; PADDING-TOP: 8px"><div><b>发件人：</b>&nbsp;<a href="mailto:%s">%s</a></div><div><b>发送时间：</b>&nbsp;%s'
         '</div><div><b>收件人：</b>&nbsp;%s</div><div><b>主题：</b>&nbsp;%s</div></div></div><div>%s</div></blockquote>'
         % (BOT[1], esc(BOT[0]), t.strftime("%Y-%m-%d&nbsp;%H:%M"), esc(tos), esc(m.recap_subject), m.html))
    return text, h


def q_coremail(m, t):
    tos = ", ".join('"%s" <%s>' % who(x) for x in m.to)
    when = "%s (星期%s)" % (t.strftime("%Y-%m-%d %H:%M:%S"), WEEKDAY_ZH[t.weekday()])
    text = ("\n\n\n-----原始邮件-----\n发件人:\"%s\" <%s>\n发送时间:%s\n收件人:%s\n抄送:\n主题:%s\n\n"
            % (BOT[0], BOT[1], when, tos, m.recap_subject) + m.text)
    h = ('<br><br><blockquote name="replyContent" class="ReferenceQuote" style="padding-left:5px;margin-left:5px;'
         'border-left:#b6b6b6 2px solid;margin-right:0;">-----原始邮件-----<br><b>发件人:</b>"%s" &lt;%s&gt;<br>'
         '<b>发送时间:</b>%s<br><b>收件人:</b>%s<br><b>抄送:</b><br><b>主题:</b>%s<br><br>%s</blockquote>'
         % (esc(BOT[0]), BOT[1], when, esc(tos), esc(m.recap_subject), m.html))
    return text, h


def q_mailmaster(m, t):
    tos = ", ".join("%s<%s>" % who(x) for x in m.to)
    text = ("\n---- 回复的原邮件 ----\n| 发件人 | %s<%s> |\n| 日期 | %s |\n| 收件人 | %s |\n| 主题 | %s |\n"
            % (BOT[0], BOT[1], t.strftime("%Y年%m月%d日 %H:%M"), tos, m.recap_subject) + m.text)
    h = ('<div class="ntes-mailmaster-quote" style="padding-top: 1px; padding-bottom: 1px"><div style="margin-top: 20px;'
         ' margin-bottom: 12px; font-size: 14px; line-height: 1.25; color: #89898c">---- 回复的原邮件 ----</div><div '
         'style="margin-bottom: 12px; font-size: 13px"><table width="100%%" cellpadding="0" cellspacing="9" border="0">'
         '<tr><td valign="top" style="width: 4em; font-size: 12px; color: #a0a0a2;">发件人</td><td valign="top">'
         '%s&lt;%s&gt;</td></tr><tr><td valign="top" style="width: 4em; font-size: 12px; color: #a0a0a2;">日期</td>'
         '<td valign="top">%s</td></tr><tr><td valign="top" style="width: 4em; font-size: 12px; color: #a0a0a2;">收件人'
         '</td><td valign="top">%s</td></tr><tr><td valign="top" style="width: 4em; font-size: 12px; color: #a0a0a2;">'
         '主题</td><td valign="top">%s</td></tr></table></div><div>%s</div></div>'
         % (esc(BOT[0]), BOT[1], t.strftime("%Y年%m月%d日 %H:%M"), esc(tos), esc(m.recap_subject), m.html))
    return text, h


def q_163web(m, t):
    attr = '在 %s，"%s" <%s> 写道：' % (t.strftime("%Y-%m-%d %H:%M:%S"), BOT[0], BOT[1])
    text = "\n\n\n" + attr + "\n" + gt(m.text)
    h = ('<br><br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>'
         '<pre><br>%s<br></pre><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; '
         'BORDER-LEFT: #ccc 1px solid">%s</blockquote>' % (esc(attr), m.html))
    return text, h


def q_dingtalk(m, t):
    tos = ", ".join("%s<%s>" % who(x) for x in m.to)
    when = "%d年%d月%d日(星期%s) %02d:%02d" % (t.year, t.month, t.day, WEEKDAY_ZH[t.weekday()], t.hour, t.minute)
    text = ("\n\n------------------------------------------------------------------\n发件人：%s <%s>\n发送时间：%s\n"
            "收件人：%s\n主　题：%s\n\n" % (BOT[0], BOT[1], when, tos, m.recap_subject) + m.text)
    h = ('<div><br></div><blockquote style="margin-right:0;margin-top:0;margin-bottom:0;"><div style="clear:both;">'
         '------------------------------------------------------------------</div><div style="clear:both;">发件人：%s '
         '&lt;%s&gt;</div><div style="clear:both;">发送时间：%s</div><div style="clear:both;">收件人：%s</div><div '
         'style="clear:both;">主&nbsp;&nbsp;&nbsp;题：%s</div><div style="clear:both;"><br></div>%s</blockquote>'
         % (esc(BOT[0]), BOT[1], when, esc(tos), esc(m.recap_subject), m.html))
    return text, h


def q_feishu(m, t):
    tos = ", ".join('"%s"<%s>' % who(x) for x in m.to)
    when = "%d年%d月%d日 周%s %02d:%02d" % (t.year, t.month, t.day, WEEKDAY_ZH[t.weekday()], t.hour, t.minute)
    text = ("\n\n发件人: \"%s\"<%s>\n日期: %s\n主题: %s\n收件人: %s\n\n" % (BOT[0], BOT[1], when, m.recap_subject, tos)
            + m.text)
    h = ('<div class="history-quote-wrapper"><div style="padding:12px;background-color:#f8f9fa;border-radius:4px">'
         '<div>发件人: "%s"&lt;%s&gt;</div><div>日期: %s</div><div>主题: %s</div><div>收件人: %s</div></div>'
         '<div class="history-quote-gap-tag"></div><blockquote style="padding-left:12px;border-left:2px solid '
         '#d0d3d6;margin:0">%s</blockquote></div>' % (esc(BOT[0]), BOT[1], when, esc(m.recap_subject), esc(tos),
                                                       m.html))
    return text, h


def q_tb_en(m, t):
    attr = "On %d/%d/%s %d:%02d %s, %s wrote:" % (t.month, t.day, str(t.year)[2:], t.hour % 12 or 12, t.minute,
                                                   "AM" if t.hour < 12 else "PM", BOT[0])
    return "\n" + attr + "\n" + gt(m.text), None


def q_tb_de(m, t):
    attr = "Am %02d.%02d.%s um %02d:%02d schrieb %s:" % (t.day, t.month, str(t.year)[2:], t.hour, t.minute, BOT[0])
    return "\n" + attr + "\n" + gt(m.text), None


QUOTES = {k[2:]: v for k, v in globals().items() if k.startswith("q_")}


# ------------------------------------------------------------------------------------------------ header shapes
def hdr_delivery(c, t, sender, seed):
    helo = {"qq": ("smtpbg151.qq.com", "smtpbg151.qq.com", "54.207.19.206"),
            "gmail": ("mail-pl1-f171.google.com", "mail-pl1-f171.google.com", "209.85.214.171"),
            "o365": ("APC01-SG2-obe.outbound.protection.outlook.com",
                     "mail-sgaapc01on2071.outbound.protection.outlook.com", "40.107.215.71"),
            "163": ("m16.mail.163.com", "m16.mail.163.com", "220.197.31.2"),
            "ali": ("out30-97.freemail.mail.aliyun.com", "out30-97.freemail.mail.aliyun.com", "115.124.30.97"),
            "feishu": ("va-2-37.ptr.blmpb.com", "va-2-37.ptr.blmpb.com", "209.127.231.37"),
            }.get(c, ("%s-PC" % sender.split("@")[0].upper().replace(".", "-"), "unknown",
                      "10.20.%d.%d" % (int(hx(sender, 2), 16) % 200, 10 + int(hx(sender, 4)[2:], 16) % 200)))
    return [("Return-Path", "<%s>" % sender), ("Delivered-To", BOT[1]), received(t, helo[0], helo[1], helo[2], seed)]


# ------------------------------------------------------------------------------------------------ builders
def _thread(m, refs_extra=()):
    return [("In-Reply-To", m.recap_id), ("References", "\n ".join([m.minutes_id, m.recap_id]))]


def html_wrap_div(text):
    return "\n".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.rstrip("\n").split("\n"))


def build(client, frm, to, cc, subject, t, text, html_body, seed, m, extra=(), cs=None, cte=None):
    """Returns a Message with the header shape of `client`."""
    fn, fe = who(frm)
    thr = _thread(m)
    if client in ("qq", "wecom"):
        cs = cs or "gb18030"
        b = "----=_NextPart_%s_%s_%s" % (hx(seed, 8).upper(), hx(seed + "1", 8).upper(), hx(seed + "2", 8).upper())
        hd = '<meta http-equiv="Content-Type" content="text/html; charset=%s">%s' % (cs.upper(), html_body)
        body = multi("alternative", [leaf("text/plain", text, cs.upper(), "base64"),
                                     leaf("text/html", hd, cs.upper(), "base64")], b,
                     preamble="This is a multi-part message in MIME format.")
        h = [("X-QQ-FEAT", hb64(seed + "f", 30)), ("X-QQ-SSF", "00000000000000F0"),
             ("X-QQ-XMAILINFO", hb64(seed + "x", 24)), ("X-HAS-ATTACH", "no"),
             ("X-QQ-BUSINESS-ORIGIN", "2"), ("X-Originating-IP", "116.228.%d.%d" % (int(hx(seed, 2), 16) % 250,
                                                                                  int(hx(seed, 4)[2:], 16) % 250)),
             ("X-QQ-STYLE", ""), ("X-QQ-mid", "%s%d-0t%dt%s" % ("wxworkweb" if client == "wecom" else "xmsezb",
                                                                 int(hx(seed, 1), 16) % 9, int(t.timestamp()),
                                                                 hx(seed + "q", 7))),
             ("From", haddr(fn, fe, cs.upper(), "B", quote=True)), ("To", haddrs(to, cs.upper(), "B", quote=True))]
        if cc:
            h.append(("Cc", haddrs(cc, cs.upper(), "B", quote=True)))
        h += [("Subject", htext(subject, cs.upper(), "B")), ("Mime-Version", "1.0"), ("Date", rfc_date(t)),
              ("X-Priority", "3"), ("Message-ID", "<tencent_%s@qq.com>" % hx(seed, 36).upper()),
              ("X-QQ-MIME", "TCMime 1.0 by Tencent"),
              ("X-Mailer", "QQMail 2.x" if client == "qq" else "WXWork Mail"), ("X-QQ-Mailer", "QQMail 2.x")] + thr
        return envelope(h, body), "qq"
    if client == "foxmail":
        cs = cs or "GBK"
        n = int(hx(seed, 6), 16)
        b = "----=_001_NextPart%012d_=----" % (n * 37 % 10 ** 12)
        hd = ('<html><head><meta http-equiv="content-type" content="text/html; charset=%s"><style>body { line-height: 1.5; '
              '}body { font-size: 14px; font-family: \'Microsoft YaHei UI\'; color: rgb(0, 0, 0); line-height: 1.5; }'
              '</style></head><body>\n%s\n</body></html>' % (cs, html_body))
        body = multi("alternative", [leaf("text/plain", text, cs, "base64", crlf=True),
                                     leaf("text/html", hd, cs, "base64", crlf=True)], b,
                     preamble="This is a multi-part message in MIME format.")
        h = [("Date", rfc_date(t)), ("From", haddr(fn, fe, cs, "B", quote=True)),
             ("To", haddrs(to, cs, "B", quote=True))]
        if cc:
            h.append(("Cc", haddrs(cc, cs, "B", quote=True)))
        h += [("Subject", htext(subject, cs, "B"))] + thr + [
            ("X-Priority", "3"), ("X-GUID", "%s-%s-%s-%s-%s" % (hx(seed, 8).upper(), hx(seed, 12)[8:].upper(),
                                                               hx(seed + "g", 4).upper(), hx(seed + "h", 4).upper(),
                                                               hx(seed + "i", 12).upper())),
            ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]"), ("Mime-Version", "1.0"),
            ("Message-ID", "<%s%07d@%s>" % (t.strftime("%Y%m%d%H%M%S"), n % 10 ** 7, fe.split("@")[1]))]
        return envelope(h, body), None
    if client.startswith("outlook_"):
        lang = client.split("_")[1]
        cs = cs or {"zh": "gb2312", "tw": "utf-8"}.get(lang, "utf-8")
        cte = cte or ("base64" if cs == "gb2312" else "quoted-printable")
        stamp = hx(seed, 12).upper()
        b = "----=_NextPart_000_0000_01DC%s.%s" % (stamp[:4], stamp[4:])
        hd = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
              'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40"><head>'
              '<meta http-equiv="Content-Type" content="text/html; charset=%s"><meta name="Generator" content="Microsoft '
              'Word 15 (filtered medium)"></head><body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:'
              'break-word"><div class="WordSection1">%s</div></body></html>'
              % (cs, {"zh": "ZH-CN", "tw": "ZH-TW"}.get(lang, "EN-US"), html_body))
        body = multi("alternative", [leaf("text/plain", text, cs, cte, crlf=True),
                                     leaf("text/html", hd, cs, cte, crlf=True)], b,
                     preamble="This is a multipart message in MIME format.")
        hcs = "utf-8" if cs == "big5" else cs     # Big5 cannot carry the Simplified names/subject
        h = [("From", haddr(fn, fe, hcs, "B")), ("To", haddrs(to, hcs, "B"))]
        if cc:
            h.append(("Cc", haddrs(cc, hcs, "B")))
        h += [("References", "\n ".join([m.minutes_id, m.recap_id])), ("In-Reply-To", m.recap_id),
              ("Subject", htext(subject, hcs, "B")), ("Date", rfc_date(t)),
              ("Message-ID", "<00%s01dc%s$%s$%s@%s>" % (hx(seed, 2), hx(seed, 4), hx(seed + "a", 8),
                                                        hx(seed + "b", 8), DOM)),
              ("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", hb64(seed + "ti", 27)),
              ("Content-Language", {"zh": "zh-cn", "tw": "zh-tw", "de": "de", "fr": "fr"}.get(lang, "en-us"))]
        return envelope(h + list(extra), body), None
    if client == "owa":
        cs = cs or "utf-8"
        mid = "SG2PR06MB%s%s" % (hx(seed, 4).upper(), hx(seed + "m", 24).upper())
        b = "_000_%s_" % mid
        hd = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"><style type="text/css" '
              'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr"><div '
              'class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, '
              'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</div></body></html>' % (cs, html_body))
        body = multi("alternative", [leaf("text/plain", text, cs, "base64", crlf=True),
                                     leaf("text/html", hd, cs, "base64", crlf=True)], b)
        h = [("From", haddr(fn, fe, cs, "B")), ("To", haddrs(to, cs, "B"))]
        if cc:
            h.append(("CC", haddrs(cc, cs, "B")))
        topic = m.subject
        h += [("Subject", htext(subject, cs, "B")), ("Thread-Topic", htext(topic, cs, "B")),
              ("Thread-Index", hb64(seed + "ti", 27)), ("Date", rfc_date(t.astimezone(UTC))),
              ("Message-ID", "<%s@%s.apcprd06.prod.outlook.com>" % (mid, mid[:14]))] + thr + [
              ("Accept-Language", "zh-CN, en-US"), ("Content-Language", "zh-CN"), ("X-MS-Has-Attach", ""),
              ("X-MS-TNEF-Correlator", "")]
        return envelope(h + list(extra), body), "o365"
    if client == "outlook_mac":
        cs = "utf-8"
        b = "B_%d_%d" % (3935000000 + int(hx(seed, 5), 16) % 999999, int(hx(seed + "b", 6), 16))
        hd = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40"><head>'
              '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="EN-US" '
              'style="word-wrap:break-word"><div class="WordSection1">%s</div></body></html>' % html_body)
        body = multi("alternative", [leaf("text/plain", text, cs, "quoted-printable"),
                                     leaf("text/html", hd, cs, "quoted-printable")], b)
        h = [("User-Agent", "Microsoft-MacOutlook/16.89.24091630"), ("Date", rfc_date(t)),
             ("Subject", htext(subject, cs, "B")), ("From", haddr(fn, fe, cs, "B")), ("To", haddrs(to, cs, "B"))]
        if cc:
            h.append(("CC", haddrs(cc, cs, "B")))
        h += [("Message-ID", "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed + "1", 4).upper(),
                                                      hx(seed + "2", 4).upper(), hx(seed + "3", 4).upper(),
                                                      hx(seed + "4", 12).upper(), DOM)),
              ("Thread-Topic", htext(m.subject, cs, "B")), ("Thread-Index", hb64(seed + "ti", 22))] + thr + [
              ("Mime-version", "1.0")]
        return envelope(h, body), None
    if client in ("gmail", "gmail_android"):
        b1 = "000000000000%s" % hx(seed, 14)
        hd = html_body if html_body.startswith("<div dir") else '<div dir="ltr">%s</div>' % html_body
        if client == "gmail_android":
            hd = '<div dir="auto">%s</div>' % html_body
        body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable", ct_quote=False),
                                     leaf("text/html", hd, "UTF-8", "quoted-printable", ct_quote=False)], b1,
                     quote_b=True)
        h = [("MIME-Version", "1.0"), ("References", "\n ".join([m.minutes_id, m.recap_id])),
             ("In-Reply-To", m.recap_id), ("From", haddr(fn, fe, "UTF-8", "B")), ("Date", rfc_date(t)),
             ("Message-ID", "<CA%s@mail.gmail.com>" % hb64(seed, 45).replace("/", "_").replace("+", "-")[:58]),
             ("Subject", htext(subject, "UTF-8", "B")), ("To", haddrs(to, "UTF-8", "B"))]
        if cc:
            h.append(("Cc", haddrs(cc, "UTF-8", "B")))
        h += [("X-Gm-Features", "AX0GCF" + hx(seed + "gm", 30))]
        return envelope(h, body), "gmail"
    if client in ("ios", "applemail"):
        b = "Apple-Mail-%s-%s-%s-%s-%s" % (hx(seed, 8).upper(), hx(seed, 12)[8:].upper(), hx(seed + "1", 4).upper(),
                                           hx(seed + "2", 4).upper(), hx(seed + "3", 12).upper())
        if client == "ios":
            hd = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body '
                  'dir="auto">%s</body></html>' % html_body)
        else:
            hd = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body '
                  'style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s'
                  '</body></html>' % html_body)
        body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable", ct_quote=False),
                                     leaf("text/html", hd, "utf-8", "quoted-printable", ct_quote=False)], b,
                     quote_b=False)
        mid = "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed + "4", 4).upper(), hx(seed + "5", 4).upper(),
                                       hx(seed + "6", 4).upper(), hx(seed + "7", 12).upper(), DOM)
        if client == "ios":
            h = [("From", haddr(fn, fe)), ("Mime-Version", "1.0 (1.0)"), ("Date", rfc_date(t)),
                 ("Subject", htext(subject)), ("Message-Id", mid), ("References", "\n ".join([m.minutes_id,
                                                                                             m.recap_id])),
                 ("Cc", haddrs(cc)) if cc else None, ("In-Reply-To", m.recap_id), ("To", haddrs(to)),
                 ("X-Mailer", "iPhone Mail (23A355)")]
        else:
            h = [("From", haddr(fn, fe)), ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.700.81\\))"),
                 ("Subject", htext(subject)), ("Date", rfc_date(t)), ("References", "\n ".join([m.minutes_id,
                                                                                               m.recap_id])),
                 ("To", haddrs(to)), ("Cc", haddrs(cc)) if cc else None, ("In-Reply-To", m.recap_id),
                 ("Message-Id", mid), ("X-Mailer", "Apple Mail (2.3826.700.81)")]
        return envelope([x for x in h if x], body), None
    if client in ("coremail", "163web"):
        cs = cs or ("UTF-8" if client == "coremail" else "GBK")
        b = "----=_Part_%d_%d.%d" % (int(hx(seed, 6), 16), int(hx(seed + "p", 7), 16), int(t.timestamp() * 1000))
        hd = ('<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s</div>' % html_body)
        body = multi("alternative", [leaf("text/plain", text, cs, "base64"), leaf("text/html", hd, cs, "base64")], b)
        h = [("Date", rfc_date(t)), ("From", haddr(fn, fe, cs, "B", quote=True)),
             ("To", haddrs(to, cs, "B", quote=True))]
        if cc:
            h.append(("Cc", haddrs(cc, cs, "B", quote=True)))
        h += [("Subject", htext(subject, cs, "B"))] + thr + [
            ("X-Priority", "3"), ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)"
                                  if client == "coremail" else "Coremail Webmail Server Version XT5.0.14 build "
                                  "20231205(47b9a6a4) Copyright (c) 2002-2026 www.mailtech.cn 163com"),
            ("X-Coremail-Locale", "zh_CN"), ("X-CM-CTRLDATA", hb64(seed + "c", 33)), ("MIME-Version", "1.0"),
            ("Message-ID", "<%s.%s.%s.Coremail.%s>" % (hx(seed, 8), hx(seed + "2", 4), hx(seed + "3", 11), fe))]
        if client == "163web":
            h += [("X-NTES-SC", "AL_Qu2" + hb64(seed + "n", 30)), ("X-Originating-IP", "[180.169.%d.%d]"
                                                                   % (int(hx(seed, 2), 16) % 250, 17))]
        return envelope(h, body), "163" if client == "163web" else None
    if client == "mailmaster":
        b = "----=_Part_%d_%d.%d" % (int(hx(seed, 6), 16), int(hx(seed + "p", 7), 16), int(t.timestamp() * 1000))
        hd = '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><div>%s</div>' % html_body
        body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                     leaf("text/html", hd, "UTF-8", "base64")], b)
        h = [("Date", rfc_date(t)), ("From", haddr(fn, fe, "UTF-8", "B")), ("To", haddrs(to, "UTF-8", "B"))]
        if cc:
            h.append(("Cc", haddrs(cc, "UTF-8", "B")))
        h += [("Message-ID", "<%s.%s.%s@%s>" % (hx(seed, 8).upper(), hx(seed + "1", 4).upper(),
                                                hx(seed + "2", 8).upper(), DOM)),
              ("Subject", htext(subject, "UTF-8", "B"))] + thr + [("MIME-Version", "1.0"),
                                                                  ("X-Mailer", "MailMaster/android")]
        return envelope(h, body), None
    if client == "dingtalk":
        b = "----=ALIBOUNDARY_%d_%s_%s" % (int(hx(seed, 5), 16), hx(seed + "1", 8), hx(seed + "2", 7))
        hd = ('<div class="__aliyun_email_body_block"><div style="line-height:1.7;font-family:Tahoma,Arial,STHeiti,'
              'SimSun;font-size:14.0px;color:#000000;">%s</div></div>' % html_body)
        body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                     leaf("text/html", hd, "UTF-8", "base64")], b)
        h = [("Date", rfc_date(t)), ("From", haddr(fn, fe, "UTF-8", "B", quote=True)),
             ("To", haddrs(to, "UTF-8", "B", quote=True))]
        if cc:
            h.append(("Cc", haddrs(cc, "UTF-8", "B", quote=True)))
        h += [("Reply-To", haddr(fn, fe, "UTF-8", "B", quote=True)),
              ("Message-ID", "<%s.%s--.%s@%s>" % (hx(seed, 8), hx(seed + "x", 12), hx(seed + "y", 6), DOM)),
              ("Subject", htext(subject, "UTF-8", "B")), ("X-Mailer", "[Alimail-Mailagent revision 6][DingTalk]"),
              ("MIME-Version", "1.0"), ("x-aliyun-mail-creator", "W4_%s" % hb64(seed + "a", 30))] + thr
        return envelope(h, body), "ali"
    if client == "feishu":
        b = "%s" % hx(seed, 60)
        hd = ('<div style="font-family: system-ui; font-size: 14px; color: rgb(31, 35, 41)">%s</div>' % html_body)
        body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                     leaf("text/html", hd, "UTF-8", "quoted-printable")], b)
        h = [("Date", rfc_date(t)), ("From", haddr(fn, fe, "UTF-8", "B", quote=True)),
             ("To", haddrs(to, "UTF-8", "B", quote=True))]
        if cc:
            h.append(("Cc", haddrs(cc, "UTF-8", "B", quote=True)))
        h += [("Subject", htext(subject, "UTF-8", "B")), ("Mime-Version", "1.0"),
              ("Message-Id", "<%s@%s>" % (hx(seed, 32), "feishu.cn")), ("X-Mailer", "Feishu Mail"),
              ("X-Lms-Return-Path", "<lba+26%s+%s@%s>" % (hx(seed, 10), fe.replace("@", "%"), "feishu.cn"))] + thr
        return envelope(h, body), "feishu"
    if client == "thunderbird":
        body = leaf("text/plain", text, "UTF-8", cte or "8bit", ct_quote=False, extra_ct="; format=flowed")
        h = [("Message-ID", "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8), hx(seed + "1", 4), hx(seed + "2", 4),
                                                     hx(seed + "3", 4), hx(seed + "4", 12), DOM)),
             ("Date", rfc_date(t)), ("MIME-Version", "1.0"),
             ("User-Agent", "Mozilla Thunderbird"), ("Subject", htext(subject)), ("To", haddrs(to))]
        if cc:
            h.append(("Cc", haddrs(cc)))
        h += [("References", "%s %s" % (m.minutes_id, m.recap_id)), ("Content-Language", "en-US"),
              ("From", haddr(fn, fe)), ("In-Reply-To", m.recap_id)]
        return envelope(h + list(extra), body), None
    raise ValueError(client)


def q_gmail_tw(m, t):
    ap = "上午" if t.hour < 12 else "下午"
    return _gmail(*_ga(m, "{who} 於 %d年%d月%d日 週%s %s%d:%02d寫道：" % (t.year, t.month, t.day, WEEKDAY_ZH[t.weekday()],
                                                                  ap, t.hour % 12 or 12, t.minute)), m)


def q_applemail_de(m, t):
    attr = "Am %02d.%02d.%d um %02d:%02d schrieb %s <%s>:" % (t.day, t.month, t.year, t.hour, t.minute, BOT[0], BOT[1])
    text = "\n\n> " + attr + "\n> \n" + gt(m.text)
    h = ('<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline"><div>%s</div>'
         '</blockquote></div>' % (esc(attr), m.html))
    return text, h


QUOTES.update(gmail_tw=q_gmail_tw, applemail_de=q_applemail_de)

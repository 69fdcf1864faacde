"""Quote styles and message builders for the replies21 set (on top of the dev corpus helpers in mailkit.py)."""
import datetime as dt

from mailkit import *  # noqa: F401,F403
from mailkit import (BOT, DOM, P, TZ8, UTC, WEEKDAY_ZH, WEEKDAY_EN, MONTH_EN, MONTH_EN_LONG, DAY_EN_LONG, esc, hx,
                     hb64, haddr, haddrs, htext, leaf, multi, envelope, finish, rfc_date, delivery, thread_index,
                     OUTLOOK_HEAD, OUTLOOK_TAIL, render_text, render_divs, wordify)


def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


def who(p):
    if isinstance(p, tuple):
        return p
    if p == BOT[0]:
        return BOT
    return (p, P[p]["email"])


# ---------------------------------------------------------------- localized date words
FR_DAY = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
          "décembre"]
FR_MON_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
DE_DAY = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
          "Dezember"]
NL_DAY = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_MON = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]
PL_DAY = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
PL_MON_GEN = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
              "października", "listopada", "grudnia"]
TR_DAY = ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"]
TR_MON = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"]
PT_DAY = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"]
PT_MON = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
          "novembro", "dezembro"]
ES_DAY_ABBR = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MON_ABBR = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
RU_DAY_ABBR = ["пн", "вт", "ср", "чт", "пт", "сб", "вс"]
RU_MON_ABBR = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."]
KO_DAY = ["월", "화", "수", "목", "금", "토", "일"]
JA_DAY = ["月", "火", "水", "木", "金", "土", "日"]
VI_DAY = ["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"]
ID_DAY = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
ID_MON = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def h12(t):
    return t.hour % 12 or 12


def outlook_sent(t, lang):
    """The 'Sent:' value of an Outlook desktop quote header, in the given UI language."""
    if lang == "en":
        return "%s, %s %d, %d %d:%02d %s" % (DAY_EN_LONG[t.weekday()], MONTH_EN_LONG[t.month - 1], t.day, t.year,
                                             h12(t), t.minute, "AM" if t.hour < 12 else "PM")
    if lang == "fr":
        return "%s %d %s %d %02d:%02d" % (FR_DAY[t.weekday()], t.day, FR_MON[t.month - 1], t.year, t.hour, t.minute)
    if lang == "de":
        return "%s, %d. %s %d %02d:%02d" % (DE_DAY[t.weekday()], t.day, DE_MON[t.month - 1], t.year, t.hour, t.minute)
    if lang == "nl":
        return "%s %d %s %d %02d:%02d" % (NL_DAY[t.weekday()], t.day, NL_MON[t.month - 1], t.year, t.hour, t.minute)
    if lang == "pl":
        return "%s, %d %s %d %02d:%02d" % (PL_DAY[t.weekday()], t.day, PL_MON_GEN[t.month - 1], t.year, t.hour,
                                           t.minute)
    if lang == "tr":
        return "%d %s %d %s %02d:%02d" % (t.day, TR_MON[t.month - 1], t.year, TR_DAY[t.weekday()], t.hour, t.minute)
    if lang == "pt":
        return "%s, %d de %s de %d %02d:%02d" % (PT_DAY[t.weekday()], t.day, PT_MON[t.month - 1], t.year, t.hour,
                                                 t.minute)
    if lang == "ja":
        return "%d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)
    if lang == "zh-TW":
        return "%d年%d月%d日 %s %02d:%02d" % (t.year, t.month, t.day, "上午" if t.hour < 12 else "下午", h12(t),
                                          t.minute)
    if lang == "zh":
        return "%d年%d月%d日 %d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)
    raise ValueError(lang)


OUTLOOK_LABELS = {
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:"),
    "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :"),
    "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"),
    "nl": ("Van:", "Verzonden:", "Aan:", "CC:", "Onderwerp:"),
    "pl": ("Od:", "Wysłano:", "Do:", "DW:", "Temat:"),
    "tr": ("Kimden:", "Gönderildi:", "Kime:", "Bilgi:", "Konu:"),
    "pt": ("De:", "Enviado:", "Para:", "Cc:", "Assunto:"),
    "ja": ("差出人:", "送信日時:", "宛先:", "CC:", "件名:"),
    "zh-TW": ("寄件者:", "寄件日期:", "收件者:", "副本:", "主旨:"),
    "zh": ("发件人:", "发送时间:", "收件人:", "抄送:", "主题:"),
}


def quote_outlook(p, lang, zone=TZ8, owa=False):
    """Outlook desktop / OWA reply header block in the UI language, times in the replier's zone."""
    t = p.t.astimezone(zone)
    lf, ls, lt, lc, lsub = OUTLOOK_LABELS[lang]
    sent = outlook_sent(t, lang)
    tos = "; ".join("%s <%s>" % x for x in p.to)
    ccs = "; ".join("%s <%s>" % x for x in p.cc)
    text = ("\n" + ("________________________________\n" if owa else "") +
            "%s %s <%s>\n%s %s\n%s %s\n" % (lf, p.frm[0], p.frm[1], ls, sent, lt, tos) +
            ("%s %s\n" % (lc, ccs) if ccs else "") + "%s %s\n\n" % (lsub, p.subject) + p.text)
    if owa:
        h = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1"><div id="divRplyFwd'
             'Msg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>%s</b> %s &lt;%s'
             '&gt;<br><b>%s</b> %s<br><b>%s</b> %s<br>%s<b>%s</b> %s</font><div>&nbsp;</div></div>%s'
             % (lf, esc(p.frm[0]), p.frm[1], ls, sent, lt, esc(tos),
                ("<b>%s</b> %s<br>" % (lc, esc(ccs))) if ccs else "", lsub, esc(p.subject), p.html))
    else:
        h = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
             '<b><span lang="EN-US">%s</span></b><span lang="EN-US"> %s &lt;%s&gt; <br><b>%s</b> %s<br><b>%s</b> %s<br>'
             '%s<b>%s</b> %s<o:p></o:p></span></p></div></div>\n<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;'
             '</o:p></span></p>\n%s'
             % (lf, esc(p.frm[0]), p.frm[1], ls, sent, lt, esc(tos),
                ("<b>%s</b> %s<br>" % (lc, esc(ccs))) if ccs else "", lsub, esc(p.subject), p.html))
    return text, h


def gt(text):
    return "".join("> " + l + "\n" if l else ">\n" for l in text.rstrip("\n").split("\n"))


def quote_attr(p, attr, style="gmail", prefix_attr=False):
    """Attribution-line quotes (Gmail, Apple Mail, Thunderbird, 163 web): the recap follows with '> '."""
    if prefix_attr:
        text = "\n\n> " + attr + "\n>\n" + gt(p.text)
    else:
        text = "\n\n" + attr + "\n" + ("\n" if style == "gmail" else "") + gt(p.text)
    if style == "gmail":
        h = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
             'padding-left:1ex">%s</blockquote></div>' % (esc(attr).replace("&lt;%s&gt;" % p.frm[1],
                                                                            '&lt;<a href="mailto:%s">%s</a>&gt;'
                                                                            % (p.frm[1], p.frm[1])), p.html))
    elif style == "apple":
        h = ('<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline"><div>%s</div>'
             '</blockquote></div>' % (esc(attr), p.html))
    elif style == "163":
        h = ('<br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>'
             '<pre><br>%s<br></pre><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex;'
             ' BORDER-LEFT: #ccc 1px solid">%s</blockquote>' % (esc(attr), p.html))
    else:
        h = ""
    return text, h


def quote_block(p, sep, rows, html_sep=None):
    """Header-block quotes of Chinese webmail (DingTalk/Alimail, Feishu, Lark): separator, label rows, the text."""
    text = "\n\n" + (sep + "\n" if sep else "") + "".join("%s%s\n" % (k, v) for k, v in rows) + "\n" + p.text
    h = ('<div><br></div><div style="clear:both;">%s<div style="font-size:12px;padding:2px 0;">%s</div></div>'
         '<blockquote style="margin:0 0 0 0.8ex;padding-left:1ex;border-left:1px solid #ccc">%s</blockquote>'
         % (("<div>%s</div>" % esc(html_sep or sep)) if sep else "",
            "".join("<div><b>%s</b>%s</div>" % (esc(k), esc(v)) for k, v in rows), p.html))
    return text, h


# ---------------------------------------------------------------- builders not in the dev corpus
def generic(frm, to, cc, subject, t, text, html_doc, headers_top, headers_tail, msgid, boundary, cs="utf-8",
            text_cte="base64", html_cte="base64", hcs=None, hmode="B", irt=None, refs=None, attachments=(),
            text_only=False, text_params=(), ct_quote=True, mixed_boundary=None):
    hcs = hcs or cs
    if text_only:
        body = leaf("text/plain", text, cs, text_cte, params=text_params, ct_quote=ct_quote)
    else:
        body = multi("alternative", [leaf("text/plain", text, cs, text_cte, ct_quote=ct_quote),
                                     leaf("text/html", html_doc, cs, html_cte, ct_quote=ct_quote)], boundary)
    if attachments:
        body = multi("mixed", [body] + list(attachments), mixed_boundary or ("mixed-" + boundary))
    fn, fe = who(frm)
    hdrs = list(headers_top)
    hdrs += [("From", haddr(fn, fe, hcs, hmode)), ("To", haddrs([who(x) for x in to], hcs, hmode))]
    if cc:
        hdrs.append(("Cc", haddrs([who(x) for x in cc], hcs, hmode)))
    hdrs += [("Subject", htext(subject, hcs, hmode)), ("Date", rfc_date(t)), ("Message-ID", msgid)]
    if irt:
        hdrs.append(("In-Reply-To", irt))
    if refs:
        hdrs.append(("References", "\n ".join(refs)))
    hdrs += list(headers_tail)
    return envelope(hdrs, body, mime_version=True, mime_after="Message-ID"), []


def html_lines(lines, wrap="div"):
    return "".join("<%s>%s</%s>" % (wrap, esc(l) if l else "<br>", wrap) for l in lines)

#!/usr/bin/env python3
"""Blind held-out set `replies20` for minutebot: replies to the bot's recaps from many mail clients.

    /work/blind/venv/bin/python gen.py [OUTDIR]      # write NNN-slug.eml/.json, roster.csv (default: this folder)
    /work/blind/venv/bin/python gen.py --check [DIR] # re-check every gold date against chinesecalendar + schema

Deterministic: no clock, no randomness. MIME/header helpers in mimekit.py are adapted from the dev corpus.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from mimekit import *  # noqa: F401,F403
import mimekit as mk

HERE = Path(__file__).resolve().parent


def tz(h):
    return dt.timezone(dt.timedelta(hours=h))


def T(s, off=8):
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz(off))


# ==============================================================================================================
# The recaps the bot sent (what the replies quote)
# ==============================================================================================================
class Meeting:
    def __init__(self, key, subject, minutes_t, recap_t, organizer, to, cc, rows, cutoff, lang="zh"):
        self.key, self.subject, self.organizer = key, subject, organizer
        self.minutes_id = "<%s.%s@%s>" % (minutes_t.strftime("%Y%m%d%H%M%S"), hx(key + "min", 10), DOM)
        self.rows = rows
        p = recap_parent(subject, recap_t, [organizer] + to, cc, rows, cutoff, (), lang, seed=key)
        self.parent = p
        self.reply_to = ("纪要助手", "minutes+r%s@%s" % (hx("token" + key, 16), DOM))
        self.refs = [self.minutes_id, p.msgid]

    def owners(self):
        return {r[2] for r in self.rows}


M = {}
M["KH"] = Meeting("KH", "【会议纪要】Küchenhaus 2026春季订单项目周会（空气炸锅AF-55）", T("2025-09-25 15:58:40"),
                  T("2025-09-25 16:05:17"), "王思远",
                  ["陆佳琪", "俞婷", "胡国强", "徐志豪", "Klaus Becker"], ["沈慧敏", "Anna Schulte", "Pieter de Vries"],
                  [(1, "确认AF-55彩盒刀版", "陆佳琪", "2025-09-29"),
                   (2, "提交LFGB食品接触测试申请（TÜV）", "俞婷", "2025-09-30"),
                   (3, "T1试模样品寄德国", "胡国强", "2025-10-10"),
                   (4, "订舱：12月第一柜（汉堡）", "徐志豪", "2025-10-15"),
                   (5, "确认德语版说明书终稿", "Klaus Becker", "2025-10-09")],
                  "2025-09-25 18:00")
M["PL"] = Meeting("PL", "【会议纪要】Domix 电热水壶KT-17 验货与出货协调会", T("2025-11-03 10:12:05"),
                  T("2025-11-03 10:20:44"), "蔡文博",
                  ["Katarzyna Nowak", "孔丽娟", "徐志豪"], ["沈慧敏", "Tomasz Wiśniewski"],
                  [(1, "提供KT-17波兰语彩盒文件", "Katarzyna Nowak", "2025-11-05"),
                   (2, "安排第三方验货（QIMA）", "蔡文博", "2025-11-12"),
                   (3, "更新装箱单与唛头", "孔丽娟", "2025-11-07"),
                   (4, "40HQ至格但斯克海运报价", "徐志豪", "2025-11-06")],
                  "2025-11-03 18:00")
M["JP"] = Meeting("JP", "【会议纪要】Sakura Living 电饭煲RC-5 PSE认证推进会", T("2025-11-18 17:31:10"),
                  T("2025-11-18 17:40:02"), "陆佳琪",
                  ["梁嘉欣", "佐藤健一", "俞婷", "胡国强"], ["叶建军", "田中美咲", "沈慧敏"],
                  [(1, "PSE申请资料提交", "梁嘉欣", "2025-11-28"),
                   (2, "日文铭牌与警示标签确认", "佐藤健一", "2025-11-21"),
                   (3, "内胆涂层迁移测试报告", "俞婷", "2025-11-26"),
                   (4, "底壳卡扣改模", "胡国强", "2025-11-25")],
                  "2025-11-18 18:00")
M["AS"] = Meeting("AS", "【会议纪要】Hanbit Home / Bếp Việt 2026 Q1订单评审", T("2025-12-10 15:03:33"),
                  T("2025-12-10 15:12:51"), "沈慧敏",
                  ["김민준", "方晓雯", "Nguyễn Thị Lan", "戴伟", "王思远"], ["邱国栋"],
                  [(1, "KC认证费用报价确认", "김민준", "2025-12-15"),
                   (2, "越南版插头（Type A/C）样品", "方晓雯", "2025-12-19"),
                   (3, "越南进口C/O（Form E）资料清单", "Nguyễn Thị Lan", "2025-12-17"),
                   (4, "Q1排产计划", "戴伟", "2025-12-12"),
                   (5, "韩文说明书翻译", "王思远", "2025-12-18")],
                  "2025-12-10 18:00")
M["ID"] = Meeting("ID", "【会议纪要】PARLA系列外观评审（Studio Ferri / Casa Andes）", T("2026-01-19 09:31:12"),
                  T("2026-01-19 09:40:17"), "郑雅婷",
                  ["Giulia Ferri", "邱国栋", "Camila Rojas", "胡国强", "潘海燕", "Élise Moreau"],
                  ["沈慧敏", "Marco Bianchi", "Rodrigo Fuentes"],
                  [(1, "PARLA电水壶CMF色板终版", "Giulia Ferri", "2026-01-23"),
                   (2, "手柄结构可行性评估", "邱国栋", "2026-01-21"),
                   (3, "智利SEC认证资料", "Camila Rojas", "2026-01-30"),
                   (4, "外观手板打样", "胡国强", "2026-02-06"),
                   (5, "西语彩盒设计稿", "潘海燕", "2026-02-04"),
                   (6, "渲染图交付", "Élise Moreau", "2026-01-26")],
                  "2026-01-19 18:00")
M["WK"] = Meeting("WK", "【会议纪要】外贸部周会 2026-02-09（节前安排）", T("2026-02-09 10:22:48"),
                  T("2026-02-09 10:30:06"), "沈慧敏",
                  ["王思远", "陆佳琪", "蔡文博", "郑雅婷"], ["戴伟"],
                  [(1, "整理1月出货数据", "王思远", "2026-02-12"),
                   (2, "节后首柜订舱确认", "王思远", "2026-02-26"),
                   (3, "给客户发春节放假通知", "陆佳琪", "2026-02-10"),
                   (4, "Küchenhaus应收账款对账", "蔡文博", "2026-02-13"),
                   (5, "样品间整理", "蔡文博", "2026-02-27"),
                   (6, "东京礼品展物料清单", "郑雅婷", "2026-02-27"),
                   (7, "东京礼品展展位搭建合同", "郑雅婷", "2026-03-06")],
                  "2026-02-09 18:00")


# ==============================================================================================================
# Quote styles not in the dev corpus helpers
# ==============================================================================================================
def _addr_list(ps, fmt="%s <%s>", sep="; "):
    return sep.join(fmt % x for x in ps)


def gt_lines(text, prefix="> "):
    return "".join(prefix + l + "\n" if l else prefix.rstrip() + "\n" for l in text.rstrip("\n").split("\n"))


def q_outlook_lang(p, labels, when, owa=False, sep=": ", fmt="%s <%s>", lsep="; "):
    """Outlook desktop/OWA header block in the UI language: labels = (From, Sent, To, Cc, Subject)."""
    lf, ls, lt, lc, lsub = labels
    tos, ccs = _addr_list(p.to, fmt, lsep), _addr_list(p.cc, fmt, lsep)
    text = ("\n" + ("________________________________\n" if owa else "")
            + "%s%s%s <%s>\n%s%s%s\n%s%s%s\n" % (lf, sep, p.frm[0], p.frm[1], ls, sep, when, lt, sep, tos)
            + ("%s%s%s\n" % (lc, sep, ccs) if ccs else "") + "%s%s%s\n\n" % (lsub, sep, p.subject) + p.text)
    if owa:
        h = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1">'
             '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
             '<b>%s%s</b>%s &lt;%s&gt;<br><b>%s%s</b>%s<br><b>%s%s</b>%s<br>%s<b>%s%s</b>%s</font><div>&nbsp;</div></div>%s'
             % (lf, sep, esc(p.frm[0]), p.frm[1], ls, sep, when, lt, sep, esc(tos),
                ("<b>%s%s</b>%s<br>" % (lc, sep, esc(ccs))) if ccs else "", lsub, sep, esc(p.subject), p.html))
    else:
        h = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
             '<b>%s%s</b>%s &lt;%s&gt; <br><b>%s%s</b>%s<br><b>%s%s</b>%s<br>%s<b>%s%s</b>%s<o:p></o:p></p></div></div>\n'
             '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n%s'
             % (lf, sep, esc(p.frm[0]), p.frm[1], ls, sep, when, lt, sep, esc(tos),
                ("<b>%s%s</b>%s<br>" % (lc, sep, esc(ccs))) if ccs else "", lsub, sep, esc(p.subject), p.html))
    return text, h


def wrap_attr(attr, width=78):
    """Gmail hard-wraps a long attribution line in text/plain at a space (or before '<')."""
    out = []
    while len(attr) > width:
        cut = attr.rfind(" ", 0, width)
        if cut <= 0:
            cut = attr.find(" ", width)
            if cut < 0:
                break
        out.append(attr[:cut])
        attr = attr[cut + 1:]
    out.append(attr)
    return "\n".join(out)


def q_gmail_attr(p, attr, wrap=True, glue=False):
    """Gmail-style attribution (any UI language) + '> ' quote; glue=True: no line break before it (mobile)."""
    a = wrap_attr(attr) if wrap else attr
    text = ("" if glue else "\n\n") + a + "\n\n" + gt_lines(p.text)
    h = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
         '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
         'padding-left:1ex">%s</blockquote></div>' % (esc(attr).replace("&lt;" + p.frm[1] + "&gt;",
                                                                        '&lt;<a href="mailto:%s">%s</a>&gt;'
                                                                        % (p.frm[1], p.frm[1])), p.html))
    return text, h


def q_apple(p, attr):
    text = "\n\n" + attr + "\n\n" + gt_lines(p.text)
    h = ('<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline"><div>%s</div>'
         '</blockquote></div>' % (esc(attr), p.html))
    return text, h


def q_thunderbird(p, attr):
    text = "\n" + attr + "\n" + gt_lines(p.text, ">")
    h = ('<div class="moz-cite-prefix">%s<br></div><blockquote type="cite" cite="mid:%s">%s</blockquote>'
         % (esc(attr), p.msgid.strip("<>"), p.html))
    return text, h


def q_163(p):
    t = p.t
    attr = '在 %s，"%s" <%s> 写道：' % (t.strftime("%Y-%m-%d %H:%M:%S"), p.frm[0], p.frm[1])
    text = "\n\n\n\n\n\n\n\n" + attr + "\n" + gt_lines(p.text, ">")
    h = ('<div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br>'
         '<pre><br>%s<br></pre><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: 0px 0px 0px 0.8ex; '
         'BORDER-LEFT: #ccc 1px solid">%s</blockquote>' % (esc(attr), p.html))
    return text, h


def q_alimail(p):
    t = p.t
    tos = "".join('"%s"<%s>; ' % x for x in p.to).strip()
    ccs = "".join('"%s"<%s>; ' % x for x in p.cc).strip()
    when = "%d年%d月%d日(星期%s) %d:%02d" % (t.year, t.month, t.day, WEEKDAY_ZH[t.weekday()], t.hour, t.minute)
    text = ("\n------------------------------------------------------------------\n发件人：%s <%s>\n发送时间：%s\n"
            "收件人：%s\n抄　送：%s\n主　题：%s\n\n" % (p.frm[0], p.frm[1], when, tos, ccs, p.subject) + p.text)
    h = ('<div class="alimail-quote"><div style="clear:both;">------------------------------------------------------------------'
         '</div><div style="clear:both;background-color:#f5f5f5;padding:8px;"><div><b>发件人：</b>%s &lt;%s&gt;</div>'
         '<div><b>发送时间：</b>%s</div><div><b>收件人：</b>%s</div><div><b>抄　送：</b>%s</div><div><b>主　题：</b>%s</div>'
         '</div><br>%s</div>' % (esc(p.frm[0]), p.frm[1], when, esc(tos), esc(ccs), esc(p.subject), p.html))
    return text, h


def q_feishu(p):
    t = p.t
    tos = ", ".join("%s<%s>" % x for x in p.to)
    ccs = ", ".join("%s<%s>" % x for x in p.cc)
    when = "%d年%d月%d日 %02d:%02d" % (t.year, t.month, t.day, t.hour, t.minute)
    text = ("\n\n\n发件人: %s<%s>\n日期: %s\n收件人: %s\n抄送: %s\n主题: %s\n\n" % (p.frm[0], p.frm[1], when, tos, ccs,
                                                                           p.subject) + p.text)
    h = ('<div class="history-quote-wrapper"><div style="list-style-position:inside;"><div class="adit-html-block '
         'adit-html-block--collapsed" style="border-left:none;padding-left:0px;"><div class="history-quote-meta-wrapper '
         'history-quote-gap-tag" style="padding:12px;background:#f5f6f7;color:#1f2329;border-radius:4px;margin:12px 0;">'
         '<div><span style="color:#646a73">发件人: </span>%s&lt;%s&gt;</div><div><span style="color:#646a73">日期: </span>%s'
         '</div><div><span style="color:#646a73">收件人: </span>%s</div><div><span style="color:#646a73">抄送: </span>%s</div>'
         '<div><span style="color:#646a73">主题: </span>%s</div></div>%s</div></div></div>'
         % (esc(p.frm[0]), p.frm[1], when, esc(tos), esc(ccs), esc(p.subject), p.html))
    return text, h


def q_outlook_mac_zh(p):
    t = p.t
    tos = ", ".join("%s <%s>" % x for x in p.to)
    ccs = ", ".join("%s <%s>" % x for x in p.cc)
    when = "%d年%d月%d日 星期%s %d:%02d" % (t.year, t.month, t.day, WEEKDAY_ZH[t.weekday()], t.hour, t.minute)
    text = ("\n\n发件人: %s <%s>\n日期: %s\n收件人: %s\n抄送: %s\n主题: %s\n\n" % (p.frm[0], p.frm[1], when, tos, ccs,
                                                                         p.subject) + p.text)
    h = ('<div id="mail-editor-reference-message-container"><div class="ms-outlook-mobile-reference-message">'
         '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal" '
         'style="margin-bottom:12.0pt"><b><span style="font-size:12.0pt;color:black">发件人: </span></b><span '
         'style="font-size:12.0pt;color:black">%s &lt;%s&gt;<br><b>日期: </b>%s<br><b>收件人: </b>%s<br><b>抄送: </b>%s'
         '<br><b>主题: </b>%s<o:p></o:p></span></p></div>%s</div></div>'
         % (esc(p.frm[0]), p.frm[1], when, esc(tos), esc(ccs), esc(p.subject), p.html))
    return text, h


# ---- localised date strings for attributions / header blocks --------------------------------------------------
def loc(t, off):
    return t.astimezone(tz(off))


FR_D = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_M = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
        "décembre"]
DE_D = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_M = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
        "Dezember"]
PL_D = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
PL_M = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
        "października", "listopada", "grudnia"]
ES_D = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
        "noviembre", "diciembre"]


# ==============================================================================================================
# Client envelopes not in the helpers (Apple Mail, Thunderbird, 163/126, Alimail/DingTalk, Feishu, WeCom, Outlook
# variants with their own Content-Language)
# ==============================================================================================================
FALLBACKS = {}


def with_fallback(cid, build, cs, alt="UTF-8"):
    """Clients switch to UTF-8 when the text (here: foreign names in the quoted recap) is outside their charset."""
    try:
        return build(cs)
    except UnicodeEncodeError:
        FALLBACKS[cid] = (cs, alt)
        return build(alt)


def env_simple(hdrs, text, html_doc, label, cte, boundary, ct_quote=False):
    body = multi("alternative", [leaf("text/plain", text, label, cte, ct_quote=ct_quote),
                                 leaf("text/html", html_doc, label, cte, ct_quote=ct_quote)], boundary)
    return envelope(hdrs, body, mime_version=False)


def html_lines(s, tag="div"):
    return "".join("<%s>%s</%s>" % (tag, esc(l), tag) if l else "<%s><br></%s>" % (tag, tag) for l in s.split("\n"))


def outlook_reply(frm, to, cc, subject, t, new_text, quote, seed, cs="gb2312", lang="zh-cn", irt=None, refs=None,
                  cte="base64"):
    qt, qh = quote
    text = new_text.rstrip("\n") + "\n\n" + qt.lstrip("\n")
    html_doc = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"'
                ' xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; '
                'charset=%s"><meta name=Generator content="Microsoft Word 15 (filtered medium)"></head><body lang=ZH-CN '
                'link="#0563C1" vlink="#954F72" style="text-align:justify;text-justify:inter-ideograph">'
                '<div class=WordSection1>%s<p class=MsoNormal><o:p>&nbsp;</o:p></p>%s</div></body></html>'
                % (cs, html_lines(new_text.rstrip("\n"), "p class=MsoNormal").replace("</p class=MsoNormal>", "</p>"),
                   qh))
    m = with_fallback(seed, lambda c: outlook_desktop(frm, to, cc, subject, t, None, seed, cs=c, cte=cte, irt=irt,
                                                     refs=refs, text=text, html_doc=html_doc.replace(
                                                         "charset=%s" % cs, "charset=%s" % c),
                                                     thread_parent=seed + "parent"), cs, "utf-8")
    msg, tail = m
    tail = [(k, lang if k == "Content-Language" else v) for k, v in tail]
    return msg, tail


def owa_reply(frm, to, cc, subject, t, new_text, quote, seed, irt=None, refs=None, lang="de-DE"):
    qt, qh = quote
    text = new_text.rstrip("\n") + "\n" + qt
    html_doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" '
                'style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr">'
                '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, '
                'Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>%s</body></html>'
                % (html_lines(new_text.rstrip("\n")), qh))
    msg, tail = exchange_online(frm, to, cc, subject, t, None, seed, irt=irt, refs=refs, text=text, html_doc=html_doc)
    del msg["Accept-Language"]
    del msg["Content-Language"]
    msg["Accept-Language"] = "%s, en-US" % lang
    msg["Content-Language"] = lang
    msg["X-MS-Exchange-Organization-SCL"] = "-1"
    return msg, tail


def apple_reply(frm, to, cc, subject, t, text, html_doc, seed, irt, refs, mailer, mime="1.0 (Mac OS X Mail 16.0 "
                "\\(3826.400.131.1.6\\))"):
    b = "Apple-Mail=_%s-%s-%s-%s-%s" % (hx(seed, 8).upper(), hx(seed + "a", 4).upper(), hx(seed + "b", 4).upper(),
                                        hx(seed + "c", 4).upper(), hx(seed + "d", 12).upper())
    fn, fe = mk._pair(frm)
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable", ct_quote=False),
                                 leaf("text/html", html_doc, "utf-8", "quoted-printable", ct_quote=False)], b)
    body.replace_header("Content-Type", "multipart/alternative;\n\tboundary=\"%s\"" % b)
    hdrs = [("From", haddr(fn, fe, "utf-8")), ("Content-Type", None), ("Mime-Version", mime),
            ("Subject", htext(subject, "utf-8", "Q" if "Mac OS" in mime else "B")), ("Date", rfc_date(t)),
            ("References", "\n ".join(refs)), ("To", haddrs(to)), ("In-Reply-To", irt)]
    if cc:
        hdrs.append(("Cc", haddrs(cc)))
    hdrs += [("Message-Id", "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8).upper(), hx(seed + "4", 4).upper(),
                                                    hx(seed + "5", 4).upper(), hx(seed + "6", 4).upper(),
                                                    hx(seed + "7", 12).upper(), fe.split("@")[1])),
             ("X-Mailer", mailer)]
    hdrs = [h for h in hdrs if h[1] is not None]
    return envelope(hdrs, body, mime_version=False), []


def thunderbird_reply(frm, to, cc, subject, t, text, html_inner, seed, irt, refs, lang="zh-CN"):
    fn, fe = mk._pair(frm)
    b = "------------%s" % hx(seed, 24).upper()[:24]
    html_doc = ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
                '\n  </head>\n  <body>\n%s\n  </body>\n</html>\n' % html_inner)
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "8bit", ct_quote=False,
                                      params=[("format", "flowed")]),
                                 leaf("text/html", html_doc, "UTF-8", "8bit", ct_quote=False)], b)
    body.preamble = "This is a multi-part message in MIME format."
    hdrs = [("Message-ID", "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8), hx(seed + "1", 4), hx(seed + "2", 4),
                                                   hx(seed + "3", 4), hx(seed + "4", 12), fe.split("@")[1])),
            ("Date", rfc_date(t)), ("MIME-Version", "1.0"),
            ("User-Agent", "Mozilla Thunderbird"), ("Subject", htext(subject, "UTF-8", "B")),
            ("Content-Language", lang), ("To", haddrs(to)), ("Cc", haddrs(cc)) if cc else None,
            ("References", "\n ".join(refs)), ("From", haddr(fn, fe, "UTF-8")), ("In-Reply-To", irt)]
    return envelope([h for h in hdrs if h], body, mime_version=False), []


def netease_web(frm, to, cc, subject, t, text, html_doc, seed, irt, refs, cs="GBK"):
    fn, fe = mk._pair(frm)
    b = "----=_Part_%d_%d.%d" % (int(hx(seed, 6), 16), int(hx(seed + "p", 7), 16), int(t.timestamp() * 1000))
    host = fe.split("@")[1]
    hdrs = [("Date", rfc_date(t)), ("From", haddr(fn, fe, cs, "B", quote=True)), ("To", haddrs(to, cs, "B", quote=True))]
    if cc:
        hdrs.append(("Cc", haddrs(cc, cs, "B", quote=True)))
    hdrs += [("Subject", htext(subject, cs, "B")), ("X-Priority", "3"),
             ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b) Copyright (c) 2002-2025 "
                          "www.mailtech.cn %s" % host.split(".")[0])]
    hdrs += mk._threading(irt, refs)
    hdrs += [("X-NTES-SC", "AL_Qu2dAP%s" % hb64(seed + "n", 30)), ("Content-Type", None), ("MIME-Version", "1.0"),
             ("Message-ID", "<%s.%s.%s.Coremail.%s>" % (hx(seed, 8), hx(seed + "2", 4), hx(seed + "3", 11), fe)),
             ("X-Coremail-Locale", "zh_CN"), ("X-CM-TRANSID", hb64(seed + "t", 18).replace("/", "_")),
             ("X-Originating-IP", "[115.236.%d.%d]" % (int(hx(seed, 2), 16) % 250, int(hx(seed, 4)[2:], 16) % 250))]
    hdrs = [h for h in hdrs if h[1] is not None]
    return env_simple(hdrs, text, '<div style="line-height:1.7;color:#000000;font-size:14px;font-family:Arial">%s</div>'
                      % html_doc, cs, "base64", b, ct_quote=True), []


def netease_web_fb(*a, **k):
    return with_fallback(a[7], lambda c: netease_web(*a, cs=c, **k), "GBK")


def foxmail_fb(*a, cs="GBK", **k):
    return with_fallback(a[7], lambda c: foxmail(*a, cs=c, **k), cs, "UTF-8")


def alimail(frm, to, cc, subject, t, text, html_inner, seed, irt, refs):
    fn, fe = mk._pair(frm)
    b = "----=ALIBOUNDARY_%d_%s" % (int(hx(seed, 5), 16), hx(seed + "b", 12))
    hdrs = [("Date", rfc_date(t)), ("From", haddr(fn, fe, "UTF-8", "B", quote=True)),
            ("To", haddrs(to, "UTF-8", "B", quote=True)), ("Cc", haddrs(cc, "UTF-8", "B", quote=True)),
            ("Reply-To", haddr(fn, fe, "UTF-8", "B", quote=True)),
            ("Message-ID", "<%s-%s-%s-%s-%s.%s>" % (hx(seed, 8), hx(seed + "1", 4), hx(seed + "2", 4), hx(seed + "3", 4),
                                                  hx(seed + "4", 12), fe)),
            ("Subject", htext(subject, "UTF-8", "B")), ("X-Priority", "3"),
            ("X-Mailer", "[Alimail-Mailagent revision 1008][W11_ALICLOUD_AM]"), ("MIME-Version", "1.0"),
            ("x-aliyun-im-through", '{"version":"v1.0"}')] + mk._threading(irt, refs)
    html_doc = ('<div class="__aliyun_email_body_block"><div style="clear:both;">%s</div>%s</div>'
                % (html_inner, ""))
    return env_simple(hdrs, text, html_doc, "UTF-8", "base64", b, ct_quote=True), []


def feishu(frm, to, cc, subject, t, text, html_inner, seed, irt, refs):
    fn, fe = mk._pair(frm)
    b = hx(seed + "fs", 28)
    hdrs = [("Content-Type", None), ("From", haddr(fn, fe, "UTF-8", "B", quote=True)),
            ("Subject", htext(subject, "UTF-8", "B")), ("To", haddrs(to, "UTF-8", "B", quote=True)),
            ("Cc", haddrs(cc, "UTF-8", "B", quote=True)), ("Date", rfc_date(t)),
            ("Message-Id", "<%s@%s>" % (hx(seed + "id", 32), fe.split("@")[1])), ("Mime-Version", "1.0"),
            ("X-Lms-Return-Path", "<lba+2%s+%s+%s>" % (hx(seed, 10), fe.split("@")[0].replace(".", "%2A"),
                                                        fe.split("@")[1])),
            ("X-Mailer", "Feishu Mail"), ("X-Original-From", haddr(fn, fe, "UTF-8", "B"))] + mk._threading(irt, refs)
    hdrs = [h for h in hdrs if h[1] is not None]
    html_doc = ('<!DOCTYPE html><html><head><meta charset="UTF-8"></head><body><div style="font-family: system-ui;'
                '">%s</div></body></html>' % html_inner)
    return env_simple(hdrs, text, html_doc, "UTF-8", "quoted-printable", b), []


def wecom(frm, to, cc, subject, t, text, html_body, seed, irt, refs, cs="gb18030"):
    """企业微信邮箱 (Tencent Exmail behind WeCom): QQ-style MIME, X-QQ-* headers, sent from the WeCom app."""
    msg, tail = qq_exmail(frm, to, cc, subject, t, text, html_body, seed, irt=irt, refs=refs, cs=cs)
    del msg["X-Mailer"]
    del msg["X-QQ-Mailer"]
    msg["X-Mailer"] = "WXWork"
    msg["X-QQ-SENDSIZE"] = "520"
    msg["X-QQ-Bgrelay"] = "1"
    return msg, tail


def mailmaster(frm, to, cc, subject, t, text, html_body, seed, irt, refs):
    fn, fe = mk._pair(frm)
    b = "----=_Part_%d_%d.%d" % (int(hx(seed, 6), 16), int(hx(seed + "p", 7), 16), int(t.timestamp() * 1000))
    hdrs = [("Date", rfc_date(t)), ("From", haddr(fn, fe, "UTF-8", "B", quote=True)),
            ("To", haddrs(to, "UTF-8", "B", quote=True)), ("Cc", haddrs(cc, "UTF-8", "B", quote=True)),
            ("Message-ID", "<%s.%s@%s>" % (hx(seed, 24), hx(seed + "m", 4), fe.split("@")[1])),
            ("Subject", htext(subject, "UTF-8", "B")), ("MIME-Version", "1.0"),
            ("X-Mailer", "MailMasterAndroid/7.21.3.1832")] + mk._threading(irt, refs)
    html_doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div>%s'
                '</div></body></html>' % html_body)
    return env_simple(hdrs, text, html_doc, "UTF-8", "base64", b, ct_quote=True), []


def gmail_reply(frm, to, cc, subject, t, new_text, quote, seed, irt, refs, top=True, new_html=None, glue=False):
    qt, qh = quote
    text = (new_text if glue else new_text.rstrip("\n")) + qt
    nh = new_html if new_html is not None else '<div dir="ltr">%s</div>' % html_lines(new_text.rstrip("\n"))
    return gmail(frm, to, cc, subject, t, text, nh + qh, seed, irt=irt, refs=refs)


def deliv2(t, sender, seed, host, ip):
    return delivery(sh(t), sender, host, ip, seed)


# ==============================================================================================================
# Cases
# ==============================================================================================================
CASES = []


def case(num, slug, kind, readme):
    def deco(fn):
        CASES.append(("%d-%s" % (num, slug), kind, readme, fn))
        return fn
    return deco


def R(intent, items=(), percent=None, new_due=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due}


def G(kind, notes, reply=None):
    return {"kind": kind, "items": [], "next_followup": None, "reply": reply, "notes": notes}


CHECKS = []  # (case id, computed date, gold iso)


def due_check(cid, computed, iso):
    CHECKS.append((cid, computed, iso))
    return iso


def rcpts(mt, frm, extra_cc=()):
    """Reply-all as clients do it: To the signed bot address (+ organizer), Cc the rest of the recap's people."""
    m = M[mt]
    p = m.parent
    others = [x for x in p.to + p.cc if x[1] != who(frm)[1]]
    return [m.reply_to], others


def subj(mt, prefix=""):
    return prefix + M[mt].parent.subject


# ---------------------------------------------------------------------------------------------------- KH (Küchenhaus)
@case(4101, "confirm-item1-qq-emoji", "reply", "QQ Mail gb18030 '收到，第1项没问题👍' (emoji outside GBK, so QQ labels gb18030) over the QQ 原始邮件 block")
def c4101(cid):
    mt, frm, t = "KH", "陆佳琪", T("2025-09-25 16:31:12")
    to, cc = rcpts(mt, frm)
    qt, qh = quote_qq(M[mt].parent)
    new = "收到，第1项没问题👍"
    msg = finish(qq_exmail(frm, to, cc, "回复：" + subj(mt), t, new + qt, "<div>%s</div>" % esc(new) + qh, cid,
                           irt=M[mt].parent.msgid, refs=M[mt].refs),
                 deliv2(t, P[frm]["email"], cid, "smtpbg151.qq.com", "43.155.65.252"))
    return msg, G("reply", "Owner of #1 confirms it the same afternoon. '没问题' = confirm; 👍 is a 4-byte char, QQ "
                  "therefore sends gb18030. Quote starts at the QQ '------------------ 原始邮件 ------------------' line.",
                  R("confirm", [1]))


@case(4102, "object-item3-foxmail-supplier-utf8", "reply", "Foxmail (GBK by default, switched to UTF-8 because the quoted recap has Ü), the Yuyao mould supplier: '第3项有异议' with a reason full of dates (10月10号 / 10月17日) that are not an extension")
def c4102(cid):
    mt, frm, t = "KH", "胡国强", T("2025-09-25 17:12:40")
    to, cc = rcpts(mt, frm)
    qt, qh = quote_foxmail(M[mt].parent)
    new = ("王工好，\n\n第3项有异议：T1试模要等模具钢到货（供应商说国庆后才发），10月10号肯定赶不上，最早也要10月17日左右才能寄出。"
           "请贵司评估一下是否要调整德国那边看样的时间。\n\n\n\n胡国强\n余姚市华塑模具有限公司 业务部\n手机：138 5741 2093\n")
    body = new + "\n" + qt
    hb = html_lines(new) + qh
    msg = finish(foxmail_fb(frm, to, cc, "回复: " + subj(mt), t, body, hb, cid, irt=M[mt].parent.msgid, refs=M[mt].refs),
                 deliv2(t, who(frm)[1], cid, "smtp.huasu-mould.example.cn", "60.190.21.87"))
    return msg, G("reply", "Supplier owner of #3 writes '第3项有异议' with a reason. The reason names 10月10号 and "
                  "10月17日 but he does not ask for a new date (he asks us to evaluate): intent object, no "
                  "new_due_date. Signature has a phone number. Quote: Foxmail 发件人：/发送时间： block.",
                  R("object", [3]))


@case(4103, "extend-push-to-21st-outlook-de", "reply", "Outlook desktop German UI (Von:/Gesendet:/An:/Cc:/Betreff:, 'AW:'), English 'can we push #5 to the 21st?', Date +0200")
def c4103(cid):
    mt, frm, t = "KH", "Klaus Becker", T("2025-09-26 09:14:55", 2)
    to, cc = rcpts(mt, frm)
    p = M[mt].parent
    pt = loc(p.t, 2)
    when = "Donnerstag, %d. %s %d %d:%02d" % (pt.day, DE_M[pt.month - 1], pt.year, pt.hour, pt.minute)
    q = q_outlook_lang(p, ("Von", "Gesendet", "An", "Cc", "Betreff"), when)
    new = ("Hello Siyuan,\n\nthe German manual has to go through our legal department first (new GPSR wording). "
           "Can we push #5 to the 21st?\n\nMit freundlichen Grüßen / Best regards\n\nKlaus Becker\nSenior Buyer "
           "Electrical Appliances\nKüchenhaus GmbH | Hafenstraße 12 | 20457 Hamburg\nTel. +49 40 3861 224\n\n"
           "Küchenhaus GmbH, Sitz Hamburg, Registergericht Hamburg HRB 10472. Diese E-Mail enthält vertrauliche "
           "Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender.\n")
    msg = finish(outlook_reply(frm, to, cc, "AW: " + subj(mt, ""), t, new, q, cid, cs="utf-8", lang="de-de",
                               irt=p.msgid, refs=M[mt].refs),
                 deliv2(t, who(frm)[1], cid, "mx.kuechenhaus.example.de", "194.25.134.40"))
    d = due_check(cid, D(2025, 10, 21), "2025-10-21")
    return msg, G("reply", "Fri 2025-09-26 09:14 CEST = 15:14 Shanghai. '#5' is item 5 (German manual, due 10-09); "
                  "'the 21st' after a due date of Oct 9 = 2025-10-21 (next 21st after the send date). Long German "
                  "disclaimer below the signature.", R("extend", [5], new_due=d))


@case(4104, "confirm-by-task-dingtalk", "reply", "DingTalk/Alimail reply from the forwarder naming the task ('订舱的事…确认') without a number; Alimail '主　题' quote block")
def c4104(cid):
    mt, frm, t = "KH", "徐志豪", T("2025-09-25 16:48:03")
    to, cc = rcpts(mt, frm)
    qt, qh = q_alimail(M[mt].parent)
    new = "订舱的事收到，12月第一柜我这边先跟马士基占舱位，确认。\n\n徐志豪 Jason\n上海远航国际货运代理有限公司\n"
    msg = finish(alimail(frm, to, cc, "回复：" + subj(mt), t, new + qt, html_lines(new) + qh, cid, M[mt].parent.msgid,
                         M[mt].refs),
                 deliv2(t, who(frm)[1], cid, "out30-118.freemail.mail.aliyun.com", "115.124.30.118"))
    return msg, G("reply", "Forwarder confirms his item by naming it ('订舱…12月第一柜' = #4, his only item) without "
                  "a number: confirm, items [] as written (the bot may match #4 by task words). '抄　送'/'主　题' with "
                  "full-width spaces mark the Alimail quote.", R("confirm", []))


@case(4105, "done-item2-outlook-zhcn-refno", "reply", "Outlook zh-CN '答复:' (UTF-8: quoted Ü) — '第2项已完成' plus a lab reference number full of digits")
def c4105(cid):
    mt, frm, t = "KH", "俞婷", T("2025-09-30 11:02:26")
    to, cc = rcpts(mt, frm)
    new = ("第2项已完成，LFGB申请已提交TÜV广州，受理号GZ25-0930-117，预计10个工作日出报告。\n\n俞婷\n品质部 | 甬厨电器\n"
           "分机 8312\n")
    msg = finish(outlook_reply(frm, to, cc, "答复: " + subj(mt), t, new, quote_outlook_zh(M[mt].parent), cid,
                               irt=M[mt].parent.msgid, refs=M[mt].refs), deliv(t, P[frm]["email"], cid))
    return msg, G("reply", "'第2项已完成' -> done [2]. '预计10个工作日出报告' is information, not an extension; the "
                  "受理号 and 分机 numbers are not item numbers.", R("done", [2]))


@case(4106, "done-by-task-iphone-makeup-sunday", "reply", "iPhone Mail zh on the 2025-09-28 make-up Sunday: '刀版已经确认好发给瓯彩了' (task words, no number) + 发自我的iPhone")
def c4106(cid):
    mt, frm, t = "KH", "陆佳琪", T("2025-09-28 08:47:31")
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    qt, qh = quote_ios_zh(p)
    new = "刀版已经确认好发给瓯彩了\n\n发自我的iPhone\n"
    html_doc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
                '<div dir="ltr">刀版已经确认好发给瓯彩了</div><div dir="ltr"><br></div><div dir="ltr">发自我的iPhone</div>'
                + qh + "</body></html>")
    msg = finish(apple_reply(frm, to, cc, subj(mt, ""), t, new + qt, html_doc, cid, p.msgid, M[mt].refs,
                             "iPhone Mail (22G86)", mime="1.0 (1.0)"), deliv(t, P[frm]["email"], cid))
    return msg, G("reply", "Sunday 2025-09-28 is a 调休 working day. No item number: '刀版' names #1 (确认AF-55彩盒刀版), "
                  "which is also her only item in this meeting -> done, items [] as written.", R("done", []))


@case(4107, "auto-ooo-exchange-german", "auto", "Exchange out-of-office 'Automatische Antwort: …' (German/English) to the recap: Auto-Submitted: auto-replied, dates in the body")
def c4107(cid):
    mt = "KH"
    p = M[mt].parent
    frm = "Anna Schulte"
    t = T("2025-09-25 10:05:44", 2)
    text = ("Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 10.10.2025 nicht im Büro und habe nur "
            "eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Klaus Becker "
            "(k.becker@kuechenhaus.example.de).\n\nThank you for your message. I am out of the office until 10 October "
            "2025 with limited access to email. For urgent matters please contact Klaus Becker.\n\nAnna Schulte\n")
    html_doc = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>%s'
                '</body></html>' % html_lines(text))
    fn, fe = who(frm)
    mid = "AM9PR10MB%s" % hx(cid, 20).upper()
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable", ct_quote=True),
                                 leaf("text/html", html_doc, "utf-8", "quoted-printable", ct_quote=True)],
                 "_000_%s_" % mid)
    hdrs = [("From", haddr(fn, fe)), ("To", haddr(*M[mt].reply_to)),
            ("Subject", "Automatische Antwort: " + htext(p.subject)),
            ("Thread-Topic", htext(p.subject)), ("Thread-Index", thread_index(cid)),
            ("Date", rfc_date(t.astimezone(UTC))),
            ("Message-ID", "<%s@%s.eurprd10.prod.outlook.com>" % (hx(cid + "m", 32).upper(), mid)),
            ("In-Reply-To", p.msgid), ("References", p.msgid),
            ("Auto-Submitted", "auto-replied"), ("X-MS-Has-Attach", ""), ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", fe), ("Content-Language", "de-DE"),
            ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")]
    msg = finish((envelope(hdrs, body, mime_version=True), []),
                 deliv2(t, "", cid, "mail-am9pr10.outbound.protection.outlook.com", "52.101.68.55"))
    msg.replace_header("Return-Path", "<>")
    return msg, G("auto", "Out-of-office of a Cc'd buyer (Exchange Online, German/English). Auto-Submitted: "
                  "auto-replied, Return-Path <>, 'Automatische Antwort:' subject; '10.10.2025' in the body is not an "
                  "extension. kind auto, reply null: changes nothing.")


@case(4108, "question-item4-gmail-nl", "reply", "Gmail in Dutch ('Op do 25 sep 2025 om 10:05 schreef …:' wrapped over two lines): an English question about #4 — changes nothing")
def c4108(cid):
    mt, frm, t = "KH", "Pieter de Vries", T("2025-09-25 11:20:09", 2)
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    pt = loc(p.t, 2)
    attr = "Op do 25 sep 2025 om %d:%02d schreef %s <%s>:" % (pt.hour, pt.minute, p.frm[0], p.frm[1])
    new = ("Hi all,\n\nquick question on item 4: is the December container booked to Hamburg or could it go via "
           "Rotterdam? Our Venlo DC would prefer Rotterdam.\n\nGroet,\nPieter de Vries\nKüchenhaus Sourcing B.V.\n")
    msg = finish(gmail_reply(frm, to, cc, subj(mt, ""), t, new, q_gmail_attr(p, attr), cid, p.msgid, M[mt].refs),
                 deliv2(t, who(frm)[1], cid, "mail-wm1-f52.google.com", "209.85.128.52"))
    return msg, G("reply", "A Cc'd buyer (not an owner) asks a question about item 4; no command word. Gold intent "
                  "'unknown' (SPEC section 5; see README) with items [4] as written. Must change nothing. The Dutch "
                  "Gmail attribution is hard-wrapped in text/plain.", R("unknown", [4]))


# ---------------------------------------------------------------------------------------------------- PL (Domix)
@case(4109, "extend-two-more-days-outlook-pl", "reply", "Outlook Polish UI (Od:/Wysłano:/Do:/DW:/Temat:), English 'we need two more days on the Polish artwork' (task named, no number)")
def c4109(cid):
    mt, frm, t = "PL", "Katarzyna Nowak", T("2025-11-05 08:41:30", 1)
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    pt = loc(p.t, 1)
    when = "%s, %d %s %d %d:%02d" % (PL_D[pt.weekday()], pt.day, PL_M[pt.month - 1], pt.year, pt.hour, pt.minute)
    q = q_outlook_lang(p, ("Od", "Wysłano", "Do", "DW", "Temat"), when)
    new = ("Hi Bob,\n\nsorry, regarding the Polish artwork - we need two more days, our translator has been sick "
           "since Monday.\n\nBest regards / Pozdrawiam\nKatarzyna Nowak\nDomix Sp. z o.o. | Dział Zakupów\n"
           "tel. +48 58 340 12 77\n")
    msg = finish(outlook_reply(frm, to, cc, "RE: " + subj(mt, ""), t, new, q, cid, cs="utf-8", lang="pl-pl",
                               irt=p.msgid, refs=M[mt].refs),
                 deliv2(t, who(frm)[1], cid, "mail.domix.example.pl", "195.149.225.10"))
    d = due_check(cid, D(2025, 11, 5) + dt.timedelta(days=2), "2025-11-07")
    return msg, G("reply", "Wed 2025-11-05 08:41 CET = 15:41 Shanghai, the due day of #1 (Polish artwork, her only "
                  "item). 'two more days' -> 2025-11-07 (Fri): counted from the reply date, which is also the current "
                  "due date, and the same in calendar or working days. No number -> items [].",
                  R("extend", [], new_due=d))


@case(4110, "thanks-gmail-pl", "reply", "Gmail Polish UI ('pon., 3 lis 2025 o 03:20 … napisał(a):'), a thank-you from a Cc'd QC manager — changes nothing")
def c4110(cid):
    mt, frm, t = "PL", "Tomasz Wiśniewski", T("2025-11-03 07:02:10", 1)
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    pt = loc(p.t, 1)
    attr = "pon., %d lis %d o %02d:%02d %s <%s> napisał(a):" % (pt.day, pt.year, pt.hour, pt.minute, p.frm[0], p.frm[1])
    new = "Thanks for the summary, we will wait for the QIMA date.\n\nTomasz\n"
    msg = finish(gmail_reply(frm, to, cc, subj(mt, ""), t, new, q_gmail_attr(p, attr), cid, p.msgid, M[mt].refs),
                 deliv2(t, who(frm)[1], cid, "mail-ej1-f45.google.com", "209.85.218.45"))
    return msg, G("reply", "A thank-you from someone with no item; 'QIMA' names item 2's topic but nothing is "
                  "reported. Intent 'unknown', items []; must change nothing.", R("unknown", []))


@case(4111, "confirm-item2-coremail-date-inside", "reply", "Coremail webmail 'Re:Re:' — '第2项…已约好11月12日上午验货，确认' (a date inside a confirm)")
def c4111(cid):
    mt, frm, t = "PL", "蔡文博", T("2025-11-03 13:55:40")
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    qt, qh = quote_coremail(p)
    new = "第2项 QIMA已约好11月12日上午验货，确认。"
    msg = finish(coremail(frm, to, cc, "Re:" + subj(mt), t, new + qt, esc(new) + qh, cid, irt=p.msgid,
                          refs=M[mt].refs), deliv(t, P[frm]["email"], cid))
    return msg, G("reply", "Organizer/owner of #2 confirms it; 11月12日 equals the recorded due date and is not an "
                  "extension. Quote: Coremail '-----原始邮件-----'.", R("confirm", [2]))


@case(4112, "done-by-task-outlook-zhcn-utf8", "reply", "Outlook zh-CN (gb2312 default, UTF-8 because the quoted Cc has Polish ś) '装箱单和唛头都改好了' — task words, no number, top-posted")
def c4112(cid):
    mt, frm, t = "PL", "孔丽娟", T("2025-11-04 16:20:03")
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    new = "装箱单和唛头都改好了，已发Kasia确认。\n\n孔丽娟\n计划物流部\n"
    msg = finish(outlook_reply(frm, to, cc, "答复: " + subj(mt), t, new, quote_outlook_zh(p), cid, irt=p.msgid,
                               refs=M[mt].refs), deliv(t, P[frm]["email"], cid))
    return msg, G("reply", "'装箱单和唛头' = #3 (更新装箱单与唛头), her only item: done, items [] as written.",
                  R("done", []))


@case(4113, "progress-item4-dingtalk", "reply", "DingTalk/Alimail '第4项报价进度50%，…预计周四前给' — progress with a weekday that is not an extension")
def c4113(cid):
    mt, frm, t = "PL", "徐志豪", T("2025-11-04 09:12:27")
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    qt, qh = q_alimail(p)
    new = "第4项报价进度50%，船公司还没回格但斯克的港杂费，预计周四前给到。"
    msg = finish(alimail(frm, to, cc, "回复：" + subj(mt), t, new + "\n" + qt, html_lines(new) + qh, cid, p.msgid,
                         M[mt].refs), deliv2(t, who(frm)[1], cid, "out30-99.freemail.mail.aliyun.com", "115.124.30.99"))
    return msg, G("reply", "progress [4] 50. '预计周四前给到' (Thu 11-06 = the due date) is an estimate, not a request "
                  "to extend.", R("progress", [4], 50))


@case(4114, "done-by-task-mailmaster", "reply", "网易邮箱大师 (Android) '验货做完了，报告明天出' — task words; '---- 回复的原邮件 ----' quote")
def c4114(cid):
    mt, frm, t = "PL", "蔡文博", T("2025-11-12 15:33:48")
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    qt, qh = quote_mailmaster(p)
    new = "验货做完了，一次通过，报告明天出\n\n发自网易邮箱大师\n"
    msg = finish(mailmaster(frm, to, cc, "回复：" + subj(mt), t, new + qt, html_lines(new) + qh, cid, p.msgid,
                            M[mt].refs), deliv2(t, P[frm]["email"], cid, "m16-52.mail.163.com", "220.181.16.52"))
    return msg, G("reply", "'验货做完了' = #2 (安排第三方验货), his only item in this meeting -> done, items []. "
                  "'报告明天出' does not make it progress.", R("done", []))


# ---------------------------------------------------------------------------------------------------- JP (Sakura)
@case(4115, "extend-item2-outlook-ja", "reply", "Outlook Japanese UI (差出人:/送信日時:/宛先:/CC:/件名:), Japanese '項目2…11月27日まで延長' , Date +0900")
def c4115(cid):
    mt, frm, t = "JP", "佐藤健一", T("2025-11-20 10:15:06", 9)
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    pt = loc(p.t, 9)
    when = "%d年%d月%d日 %d:%02d" % (pt.year, pt.month, pt.day, pt.hour, pt.minute)
    q = q_outlook_lang(p, ("差出人", "送信日時", "宛先", "CC", "件名"), when, sep=": ")
    new = ("陸様\n\nいつもお世話になっております。\n項目2（日本語銘板・警告ラベル）について、社内の法務確認が必要なため、"
           "11月27日まで延長させてください。\n\nよろしくお願いいたします。\n\n佐藤 健一\n株式会社さくらリビング 商品開発部\n"
           "TEL: 03-5412-7780\n")
    msg = finish(outlook_reply(frm, to, cc, "RE: " + subj(mt, ""), t, new, q, cid, cs="utf-8", lang="ja-jp",
                               irt=p.msgid, refs=M[mt].refs),
                 deliv2(t, who(frm)[1], cid, "mail.sakura-living.example.jp", "210.130.48.21"))
    d = due_check(cid, D(2025, 11, 27), "2025-11-27")
    return msg, G("reply", "Thu 2025-11-20 10:15 JST = 09:15 Shanghai. '項目2' = item 2; '11月27日まで延長' -> extend "
                  "to 2025-11-27. UTF-8 because the quoted recap has simplified Chinese outside ISO-2022-JP.",
                  R("extend", [2], new_due=d))


@case(4116, "progress-item1-outlook-en-disclaimer", "reply", "Outlook English UI (From:/Sent:/To:/Cc:/Subject:) from the TÜV lab, '第1项…已经提交了80%' in Chinese, long legal disclaimer")
def c4116(cid):
    mt, frm, t = "JP", "梁嘉欣", T("2025-11-25 14:08:51")
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    pt = p.t
    when = "Tuesday, November %d, %d %d:%02d PM" % (pt.day, pt.year, pt.hour - 12, pt.minute)
    q = q_outlook_lang(p, ("From", "Sent", "To", "Cc", "Subject"), when)
    new = ("Hi all,\n\n第1项 PSE资料目前已经提交了80%，剩下的电路图和变压器规格书请贵司周五前补齐。\n\nBest regards,\n"
           "Jiaxin Liang 梁嘉欣\nProject Engineer | Consumer Products\nTÜV (Guangzhou) Co., Ltd. | Tel +86 20 3839 5521\n\n"
           "This e-mail and any attachment may contain confidential information. If you have received it in error, "
           "please notify the sender and delete it. Any review, retransmission or other use within 24 hours or "
           "after is prohibited.\n")
    msg = finish(outlook_reply(frm, to, cc, "RE: " + subj(mt, ""), t, new, q, cid, cs="utf-8", lang="en-us",
                               irt=p.msgid, refs=M[mt].refs),
                 deliv2(t, who(frm)[1], cid, "mail.tuv-gz.example.com", "113.108.77.30"))
    return msg, G("reply", "'第1项…已经提交了80%' -> progress [1] 80. '周五前补齐' is a request to us, not an "
                  "extension; '24 hours' in the disclaimer is noise.", R("progress", [1], 80))


@case(4117, "done-by-task-foxmail-gb2312", "reply", "Foxmail gb2312 '改模的事情弄好了' (supplier, task words) — bottom signature with WeChat id")
def c4117(cid):
    mt, frm, t = "JP", "胡国强", T("2025-11-24 18:42:19")
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    qt, qh = quote_foxmail(p)
    new = "改模的事情弄好了，卡扣加厚0.3mm，明天顺丰寄2套样品过来。\n\n\n胡国强  微信同号 13857412093\n"
    msg = finish(foxmail_fb(frm, to, cc, "回复: " + subj(mt), t, new + qt, html_lines(new) + qh, cid, cs="gb2312",
                         irt=p.msgid, refs=M[mt].refs),
                 deliv2(t, who(frm)[1], cid, "smtp.huasu-mould.example.cn", "60.190.21.87"))
    return msg, G("reply", "'改模' names #4 (底壳卡扣改模), his only item in this meeting -> done, items []. '0.3' and "
                  "'2套' are not items or percentages.", R("done", []))


@case(4118, "extend-next-wed-by-task-qq", "reply", "QQ Mail (personal qq.com) '涂层迁移报告…申请延期到下周三' — task words, weekday resolved from the reply's Date")
def c4118(cid):
    mt, frm, t = "JP", "俞婷", T("2025-11-26 17:20:44")
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    qt, qh = quote_qq(p)
    new = "涂层迁移报告实验室排期排到下周了，申请延期到下周三，报告出来第一时间发大家。"
    fr = ("俞婷", "349217560@qq.com")
    msg = finish(qq_exmail(fr, to, cc, "回复：" + subj(mt), t, new + qt, "<div>%s</div>" % esc(new) + qh, cid,
                           irt=p.msgid, refs=M[mt].refs),
                 deliv2(t, fr[1], cid, "smtpbg156.qq.com", "43.155.65.230"))
    d = due_check(cid, next_week_weekday(D(2025, 11, 26), 2), "2025-12-03")
    return msg, G("reply", "Sent Wed 2025-11-26 from her personal QQ address (display name 俞婷; the roster knows "
                  "her company address). '下周三' = Wednesday of the next calendar week = 2025-12-03. '涂层迁移报告' "
                  "= #3 -> items [] as written.", R("extend", [], new_due=d))


@case(4119, "confirm-items-1-3-outlook-mac-zh", "reply", "Outlook for Mac zh-CN (发件人:/日期:/收件人:/抄送:/主题:) from the QA head: '第1、3项确认' + a note")
def c4119(cid):
    mt, frm, t = "JP", "叶建军", T("2025-11-18 17:52:10")
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    qt, qh = q_outlook_mac_zh(p)
    new = "第1、3项确认。第3项由俞婷负责，我这边盯着进度。\n\n叶建军\n品质部经理\n"
    html_doc = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
                'content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">'
                '</head><body lang="ZH-CN"><div class="WordSection1">%s%s</div></body></html>'
                % (html_lines(new, "p class=\"MsoNormal\"").replace('</p class="MsoNormal">', "</p>"), qh))
    fn, fe = who(frm)
    body = multi("alternative", [leaf("text/plain", new + qt, "utf-8", "quoted-printable"),
                                 leaf("text/html", html_doc, "utf-8", "quoted-printable")],
                 "_000_%s_" % hx(cid, 20).upper())
    hdrs = [("From", haddr(fn, fe)), ("To", haddrs(to)), ("CC", haddrs(cc)), ("Subject", htext("回复: " + subj(mt))),
            ("Thread-Topic", htext(subj(mt))), ("Thread-Index", thread_index(cid)), ("Date", rfc_date(t)),
            ("Message-ID", "<%s@%s>" % (hx(cid, 30).upper(), DOM)), ("References", "\n ".join(M[mt].refs)),
            ("In-Reply-To", p.msgid), ("Accept-Language", "zh-CN, en-US"), ("Content-Language", "zh-CN"),
            ("user-agent", "Microsoft-MacOutlook/16.91.24111020")]
    msg = finish((envelope(hdrs, body, mime_version=True), []), deliv(t, fe, cid))
    return msg, G("reply", "Manager of 俞婷 confirms items 1 and 3 ('第1、3项'). Outlook for Mac writes 日期: with "
                  "the weekday.", R("confirm", [1, 3]))


@case(4120, "confirm-item1-gmail-ko", "reply", "Gmail Korean UI ('2025년 11월 …(수) 오후 4:12, … <…>님이 작성:'), Korean '1번 … 문제 없습니다'")
def c4120(cid):
    mt, frm, t = "AS", "김민준", T("2025-12-10 17:03:41", 9)
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    pt = loc(p.t, 9)
    attr = "%d년 %d월 %d일 (수) 오후 %d:%02d, %s <%s>님이 작성:" % (pt.year, pt.month, pt.day, pt.hour - 12, pt.minute,
                                                               p.frm[0], p.frm[1])
    new = ("안녕하세요,\n\n1번 KC 인증 견적 확인했습니다. 문제 없습니다.\n\n감사합니다.\n김민준 드림\n한빛홈 | 소싱팀 과장\n")
    msg = finish(gmail_reply(frm, to, cc, subj(mt, ""), t, new, q_gmail_attr(p, attr), cid, p.msgid, M[mt].refs),
                 deliv2(t, who(frm)[1], cid, "mail-pj1-f41.google.com", "209.85.216.41"))
    return msg, G("reply", "Korean buyer: '1번 … 확인했습니다. 문제 없습니다' = item 1 confirmed ('1번' = number 1). "
                  "17:03 KST = 16:03 Shanghai, before the cut-off.", R("confirm", [1]))


@case(4121, "done-item3-gmail-vi", "reply", "Gmail Vietnamese UI ('Vào Th 4, 10 thg 12, 2025 vào lúc 14:12 … đã viết:'), Vietnamese text + 'Item 3 done.'")
def c4121(cid):
    mt, frm, t = "AS", "Nguyễn Thị Lan", T("2025-12-15 10:26:30", 7)
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    pt = loc(p.t, 7)
    attr = "Vào Th 4, %d thg %d, %d vào lúc %d:%02d %s <%s> đã viết:" % (pt.day, pt.month, pt.year, pt.hour, pt.minute,
                                                                     p.frm[0], p.frm[1])
    new = ("Chào anh chị,\n\nDanh sách hồ sơ C/O Form E bên em đã gửi trong file đính kèm ạ. Item 3 done.\n\n"
           "Trân trọng,\nNguyễn Thị Lan\nBếp Việt JSC - Phòng Mua hàng\n")
    msg = finish(gmail_reply(frm, to, cc, subj(mt, ""), t, new, q_gmail_attr(p, attr), cid, p.msgid, M[mt].refs),
                 deliv2(t, who(frm)[1], cid, "mail-pl1-f170.google.com", "209.85.214.170"))
    return msg, G("reply", "'Item 3 done.' -> done [3]; the Vietnamese sentence says the list was sent.",
                  R("done", [3]))


@case(4122, "progress-by-task-outlook-zhcn", "reply", "Outlook zh-CN '排产计划初版已发，进度60%…' — progress on a task named in words")
def c4122(cid):
    mt, frm, t = "AS", "戴伟", T("2025-12-12 17:35:09")
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    new = "排产计划初版已发各位，进度60%，等越南插头样品确认后再出终版。\n\n戴伟\n计划物流部\n"
    msg = finish(outlook_reply(frm, to, cc, "答复: " + subj(mt), t, new, quote_outlook_zh(p), cid, irt=p.msgid,
                               refs=M[mt].refs), deliv(t, P[frm]["email"], cid))
    return msg, G("reply", "'排产计划' = #4 (Q1排产计划), his only item -> progress 60, items [] as written.",
                  R("progress", [], 60))


@case(4123, "extend-item2-wecom", "reply", "企业微信邮箱 (WeCom, gb18030) '第2项延期至12月24日' with the reason before it")
def c4123(cid):
    mt, frm, t = "AS", "方晓雯", T("2025-12-16 11:07:55")
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    qt, qh = quote_qq(p)
    new = "插头供应商说Type C的样品要12月23号才能到我们这，第2项延期至12月24日。"
    msg = finish(wecom(frm, to, cc, "回复：" + subj(mt), t, new + qt, "<div>%s</div>" % esc(new) + qh, cid, p.msgid,
                       M[mt].refs), deliv2(t, P[frm]["email"], cid, "smtpbguseast2.qq.com", "54.204.34.130"))
    d = due_check(cid, D(2025, 12, 24), "2025-12-24")
    return msg, G("reply", "Reason mentions 12月23号 (arrival) before the command '第2项延期至12月24日' -> extend [2] "
                  "2025-12-24.", R("extend", [2], new_due=d))


@case(4124, "extend-3-workdays-by-task-163", "reply", "163 web mail (UTF-8: the quoted recap has Korean/Vietnamese names) '韩文说明书…需要再给我3个工作日' sent on the due day; '在 …，\"纪要助手\" <…> 写道：' + '>' quote")
def c4124(cid):
    mt, frm, t = "AS", "王思远", T("2025-12-18 16:40:12")
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    qt, qh = q_163(p)
    new = "韩文说明书翻译公司报价太高，我换了一家，需要再给我3个工作日。"
    fr = ("王思远", "steven_wsy@163.com")
    msg = finish(netease_web_fb(fr, to, cc, "Re:" + subj(mt), t, new + qt, esc(new) + qh, cid, p.msgid, M[mt].refs),
                 deliv2(t, fr[1], cid, "m16-11.mail.163.com", "220.181.16.11"))
    d = due_check(cid, add_workdays(D(2025, 12, 18), 3), "2025-12-23")
    return msg, G("reply", "Thu 2025-12-18 (the due day of #5). '再给我3个工作日' counted from the reply date: "
                  "Fri 12-19, Mon 12-22, Tue 12-23 -> 2025-12-23. '韩文说明书' names #5; no number -> items []. "
                  "Sent from his personal 163 address with his own display name.", R("extend", [], new_due=d))


@case(4125, "confirm-organizer-apple-mail-zh", "reply", "Apple Mail macOS zh ('2025年12月10日 15:12，纪要助手 <…> 写道：'), organizer '确认，辛苦各位' — bottom of a short thread")
def c4125(cid):
    mt, frm, t = "AS", "沈慧敏", T("2025-12-10 15:30:27")
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    attr = "%d年%d月%d日 %d:%02d，%s <%s> 写道：" % (p.t.year, p.t.month, p.t.day, p.t.hour, p.t.minute, p.frm[0], p.frm[1])
    qt, qh = q_apple(p, attr)
    new = "确认，辛苦各位。\n\n沈慧敏\n外贸部经理 | 甬厨电器\n"
    html_doc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="'
                'overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s%s</body></html>'
                % (html_lines(new), qh))
    msg = finish(apple_reply(frm, to, cc, subj(mt, ""), t, new + qt, html_doc, cid, p.msgid, M[mt].refs,
                             "Apple Mail (2.3826.400.131.1.6)"), deliv(t, P[frm]["email"], cid))
    return msg, G("reply", "Organizer's bare confirm, no item -> confirm []. macOS Mail zh attribution line.",
                  R("confirm", []))


# ---------------------------------------------------------------------------------------------------- ID (PARLA)
@case(4126, "done-by-task-apple-mail-it", "reply", "Apple Mail Italian ('Il giorno 19 gen 2026, alle ore 02:40, … ha scritto:'), English 'CMF board is done' (task in other words)")
def c4126(cid):
    mt, frm, t = "ID", "Giulia Ferri", T("2026-01-22 18:31:02", 1)
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    pt = loc(p.t, 1)
    attr = "Il giorno %d gen %d, alle ore %02d:%02d, %s <%s> ha scritto:" % (pt.day, pt.year, pt.hour, pt.minute,
                                                                          p.frm[0], p.frm[1])
    qt, qh = q_apple(p, attr)
    new = ("Ciao a tutti,\n\nCMF board is done – the final colour plates left by DHL today (AWB 48 1207 3361).\n\n"
           "Giulia\n\n--\nGiulia Ferri\nStudio Ferri Design | Via Tortona 27, 20144 Milano\n")
    html_doc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body>%s%s'
                '</body></html>' % (html_lines(new), qh))
    msg = finish(apple_reply(frm, to, cc, subj(mt, ""), t, new + qt, html_doc, cid, p.msgid, M[mt].refs,
                             "Apple Mail (2.3826.400.131.1.6)"),
                 deliv2(t, who(frm)[1], cid, "smtp.studioferri.example.it", "93.62.155.8"))
    return msg, G("reply", "Thu 2026-01-22 18:31 CET = Fri 01:31 Shanghai. 'CMF board' = #1 (CMF色板终版), her only "
                  "item -> done, items []. The AWB digits are not item numbers.", R("done", []))


@case(4127, "extend-item6-outlook-fr", "reply", "Outlook French UI ('De :', 'Envoyé :', 'À :', 'Cc :', 'Objet :'), French 'point 6 … livraison le 28 janvier'")
def c4127(cid):
    mt, frm, t = "ID", "Élise Moreau", T("2026-01-23 10:02:17", 1)
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    pt = loc(p.t, 1)
    when = "%s %d %s %d %02d:%02d" % (FR_D[pt.weekday()], pt.day, FR_M[pt.month - 1], pt.year, pt.hour, pt.minute)
    q = q_outlook_lang(p, ("De", "Envoyé", "À", "Cc", "Objet"), when, sep=" : ")
    new = ("Bonjour à tous,\n\nPour le point 6 (rendus 3D), nous avons besoin de deux jours supplémentaires : "
           "pouvez-vous décaler au 28 janvier ?\n\nCordialement,\nÉlise Moreau\nChef de projet – Studio Ferri Design\n")
    msg = finish(outlook_reply(frm, to, cc, "RE : " + subj(mt, ""), t, new, q, cid, cs="utf-8", lang="fr-fr",
                               irt=p.msgid, refs=M[mt].refs),
                 deliv2(t, who(frm)[1], cid, "smtp.studioferri.example.it", "93.62.155.8"))
    d = due_check(cid, D(2026, 1, 28), "2026-01-28")
    return msg, G("reply", "'point 6' = item 6 (渲染图交付, due 01-26); 'deux jours supplémentaires' is explained by "
                  "the explicit 'au 28 janvier' -> 2026-01-28 (01-26 + 2 days agrees).", R("extend", [6], new_due=d))


@case(4128, "progress-item3-gmail-es", "reply", "Gmail Spanish UI ('El dom, 18 ene 2026 a las 22:40, … (<…>) escribió:'), 'el punto 3 … va en un 70%', Date -0300")
def c4128(cid):
    mt, frm, t = "ID", "Camila Rojas", T("2026-01-20 12:15:40", -3)
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    pt = loc(p.t, -3)
    attr = "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % ("dom", pt.day, "ene", pt.year, pt.hour, pt.minute,
                                                                 p.frm[0], p.frm[1])
    new = ("Hola equipo,\n\nel punto 3 (documentos SEC) va en un 70%, falta el certificado de la fábrica.\n\n"
           "Saludos,\nCamila Rojas\nCasa Andes SpA | Compras\n+56 2 2947 1180\n")
    msg = finish(gmail_reply(frm, to, cc, subj(mt, ""), t, new, q_gmail_attr(p, attr), cid, p.msgid, M[mt].refs),
                 deliv2(t, who(frm)[1], cid, "mail-qt1-f180.google.com", "209.85.160.180"))
    return msg, G("reply", "Chile (UTC-3): the recap (Mon 09:40 Shanghai) was Sunday 22:40 there, so the quote "
                  "date differs from the recap's. Reply Tue 2026-01-20 12:15 -0300 = 23:15 Shanghai. 'el punto 3 … "
                  "va en un 70%' -> progress [3] 70.", R("progress", [3], 70))


@case(4129, "done-inline-under-row-thunderbird", "reply", "Thunderbird zh-CN (8bit, format=flowed) answering inline under the quoted row '| 2 | 手柄结构可行性评估 | 邱国栋 |'")
def c4129(cid):
    mt, frm, t = "ID", "邱国栋", T("2026-01-21 15:47:33")
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    attr = "在 %d/%d/%d %d:%02d, %s 写道:" % (p.t.year, p.t.month, p.t.day, p.t.hour, p.t.minute, p.frm[0])
    lines = p.text.rstrip("\n").split("\n")
    out = []
    for l in lines:
        out.append(">" + (" " + l if l else ""))
        if l.startswith("| 2 |"):
            out += ["", "已完成，评估报告见共享盘，手柄内侧要加一条加强筋。", ""]
    body = "\n" + attr + "\n" + "\n".join(out) + "\n\n-- \n邱国栋 研发部\n"
    html = ('<p><br></p><div class="moz-cite-prefix">%s<br></div><blockquote type="cite">%s</blockquote>'
            '<p>已完成，评估报告见共享盘，手柄内侧要加一条加强筋。</p><pre class="moz-signature" cols="72">-- \n邱国栋 研发部'
            '</pre>' % (esc(attr), p.html))
    msg = finish(thunderbird_reply(frm, to, cc, subj(mt, ""), t, body, html, cid, p.msgid, M[mt].refs),
                 deliv(t, P[frm]["email"], cid))
    return msg, G("reply", "The only new text sits between quoted lines, right under the row of item 2 (his item): "
                  "'已完成…' -> done. The number is taken from the quoted row it answers (a careful assistant records "
                  "item 2); a parser that drops everything after the attribution loses the reply.",
                  R("done", [2]))


@case(4130, "done-by-task-126-web", "reply", "126 web mail (UTF-8: quoted É) from the Wenzhou printer's personal account: '西语彩盒稿子做好了' (task words)")
def c4130(cid):
    mt, frm, t = "ID", "潘海燕", T("2026-02-03 09:58:20")
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    qt, qh = q_163(p)
    new = "您好，西语彩盒的稿子做好了，PDF和AI文件都发到雅婷邮箱了，请查收。\n\n温州瓯彩包装 潘海燕 13968872415"
    msg = finish(netease_web_fb(frm, to, cc, "Re:" + subj(mt), t, new + qt, html_lines(new) + qh, cid, p.msgid,
                             M[mt].refs), deliv2(t, who(frm)[1], cid, "m16-36.mail.126.com", "220.181.16.36"))
    return msg, G("reply", "'西语彩盒的稿子' = #5 (西语彩盒设计稿), her only item -> done, items [].",
                  R("done", []))


@case(4131, "question-outlook-es", "reply", "Outlook Spanish UI ('De:', 'Enviado el:', 'Para:', 'CC:', 'Asunto:'): the customer's manager asks for a call on Thursday — changes nothing")
def c4131(cid):
    mt, frm, t = "ID", "Rodrigo Fuentes", T("2026-01-19 09:12:44", -3)
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    pt = loc(p.t, -3)
    when = "%s, %d de %s de %d %d:%02d" % (ES_D[pt.weekday()], pt.day, ES_M[pt.month - 1], pt.year, pt.hour, pt.minute)
    q = q_outlook_lang(p, ("De", "Enviado el", "Para", "CC", "Asunto"), when)
    new = ("Gracias por el resumen. ¿Podemos tener una llamada el jueves para revisar el punto 4? "
           "Me acomoda a las 9:00 hora Chile.\n\nRodrigo Fuentes\nGerente de Producto | Casa Andes SpA\n")
    msg = finish(outlook_reply(frm, to, cc, "RE: " + subj(mt, ""), t, new, q, cid, cs="utf-8", lang="es-cl",
                               irt=p.msgid, refs=M[mt].refs),
                 deliv2(t, who(frm)[1], cid, "mail.casaandes.example.cl", "200.27.61.14"))
    return msg, G("reply", "A question asking for a call about point 4; 'el jueves' is a meeting request, not an "
                  "extension. Intent 'unknown', items [4] as written; must change nothing.", R("unknown", [4]))


@case(4132, "extend-by-task-feishu-spring-festival", "reply", "飞书邮箱 (Feishu Mail, UTF-8 QP): '手板…春节前出不来…能不能延到2月27号' (task words, date past Spring Festival)")
def c4132(cid):
    mt, frm, t = "ID", "胡国强", T("2026-01-30 10:26:51")
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    qt, qh = q_feishu(p)
    new = "雅婷你好，手板打样我们春节前肯定出不来了，CNC师傅2月10号就放假，节后第一周给，能不能延到2月27号？"
    msg = finish(feishu(frm, to, cc, "回复：" + subj(mt), t, new + qt, "<div>%s</div>" % esc(new) + qh, cid, p.msgid,
                        M[mt].refs), deliv2(t, who(frm)[1], cid, "smtp.feishu.cn", "101.126.12.73"))
    d = due_check(cid, D(2026, 2, 27), "2026-02-27")
    return msg, G("reply", "Question form of an extension request: '能不能延到2月27号' -> extend to 2026-02-27 (a working "
                  "day after the 02-15..02-23 holiday). '2月10号' is the reason. '手板打样' = #4, his only item here -> "
                  "items [].", R("extend", [], new_due=d))


@case(4133, "progress-non-owner-gmail-en-wrapped", "reply", "Gmail English web from the studio's partner (not the owner): 'Re item 1 … ~90%', long attribution wrapped over two lines")
def c4133(cid):
    mt, frm, t = "ID", "Marco Bianchi", T("2026-01-22 09:40:05", 1)
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    pt = loc(p.t, 1)
    attr = "On Mon, Jan %d, %d at %d:%02d AM %s <%s> wrote:" % (pt.day, pt.year, pt.hour, pt.minute, p.frm[0], p.frm[1])
    new = ("Hi Yating,\n\nre item 1 - Giulia is at the supplier today; the CMF plates are ~90% there, they ship "
           "tomorrow.\n\nMarco\n")
    msg = finish(gmail_reply(frm, to, cc, subj(mt, ""), t, new, q_gmail_attr(p, attr), cid, p.msgid, M[mt].refs),
                 deliv2(t, who(frm)[1], cid, "mail-wr1-f46.google.com", "209.85.221.46"))
    return msg, G("reply", "'re item 1 … ~90% there' -> progress [1] 90 (parse level). Marco is not the owner "
                  "(Giulia is): the bot should keep it as a comment, but the parse gold records what he wrote.",
                  R("progress", [1], 90))


# ---------------------------------------------------------------------------------------------------- WK (weekly)
@case(4134, "progress-items-6-7-outlook-zhtw", "reply", "Outlook zh-TW UI (寄件者:/寄件日期:/收件者:/副本:/主旨:, '回覆:'), Traditional '第6、7項…進度大約50%'")
def c4134(cid):
    mt, frm, t = "WK", "郑雅婷", T("2026-02-11 14:22:36")
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    pt = p.t
    when = "%d年%d月%d日 %s %d:%02d" % (pt.year, pt.month, pt.day, "上午" if pt.hour < 12 else "下午", pt.hour % 12,
                                      pt.minute)
    q = q_outlook_lang(p, ("寄件者", "寄件日期", "收件者", "副本", "主旨"), when)
    new = "第6、7項都在處理中，進度大約50%，合約還在等搭建商回覆報價。\n\n鄭雅婷 Tiffany\n外貿部\n"
    fr = ("鄭雅婷", P[frm]["email"])
    msg = finish(outlook_reply(fr, to, cc, "回覆: " + subj(mt), t, new, q, cid, cs="utf-8", lang="zh-tw",
                               irt=p.msgid, refs=M[mt].refs), deliv(t, P[frm]["email"], cid))
    return msg, G("reply", "Taiwanese colleague, Outlook zh-TW; display name in Traditional (鄭雅婷 = roster 郑雅婷). "
                  "'第6、7項' (項 traditional) -> items [6, 7], '進度大約50%' -> progress 50. UTF-8 because the quoted "
                  "recap has simplified characters outside Big5.", R("progress", [6, 7], 50))


@case(4135, "done-bare-several-open-wecom", "reply", "企业微信邮箱 from mobile: a bare '已完成' from someone who owns two open items (#4, #5) — the bot must ask")
def c4135(cid):
    mt, frm, t = "WK", "蔡文博", T("2026-02-12 18:05:10")
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    qt, qh = quote_qq(p)
    new = "已完成"
    msg = finish(wecom(frm, to, cc, "回复：" + subj(mt), t, new + qt, "<div>%s</div>" % new + qh, cid, p.msgid,
                       M[mt].refs), deliv2(t, P[frm]["email"], cid, "smtpbguseast1.qq.com", "54.204.34.129"))
    return msg, G("reply", "Bare '已完成' with no item and no task words; the sender owns #4 and #5 in this meeting, "
                  "so nothing may change: the bot asks which. Gold: done, items [].", R("done", []))


@case(4136, "done-by-task-gmail-zh", "reply", "Gmail web zh ('… 于2026年2月9日周一 10:30写道：'): '出货数据弄好了' — clear match among the sender's two items")
def c4136(cid):
    mt, frm, t = "WK", "王思远", T("2026-02-12 11:48:20")
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    new = "出货数据弄好了，表格在群文件里。\n\n思远"
    fr = ("王思远", "steven.wang.yc@gmail.com")
    msg = finish(gmail_reply(fr, to, cc, subj(mt, ""), t, new, quote_gmail_zh(p), cid, p.msgid, M[mt].refs),
                 deliv2(t, fr[1], cid, "mail-pf1-f178.google.com", "209.85.210.178"))
    return msg, G("reply", "The sender owns #1 (整理1月出货数据) and #2 (节后首柜订舱确认); '出货数据' matches only #1 -> "
                  "done, items [] as written (one clear task match). Sent from his personal Gmail.",
                  R("done", []))


@case(4137, "done-by-task-qq-emoji", "reply", "QQ Mail '放假通知已经群发给所有客户了✅' — task words, emoji, gb18030")
def c4137(cid):
    mt, frm, t = "WK", "陆佳琪", T("2026-02-10 09:33:07")
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    qt, qh = quote_qq(p)
    new = "放假通知已经群发给所有客户了✅"
    msg = finish(qq_exmail(frm, to, cc, "回复：" + subj(mt), t, new + qt, "<div>%s</div>" % new + qh, cid,
                           irt=p.msgid, refs=M[mt].refs),
                 deliv2(t, P[frm]["email"], cid, "smtpbg153.qq.com", "43.155.65.254"))
    return msg, G("reply", "'放假通知' = #3, her only item -> done, items [].", R("done", []))


@case(4138, "extend-after-holiday-iphone", "reply", "iPhone Mail zh '第2项…延期至节后第一个工作日' — resolved with the 2026 Spring Festival calendar")
def c4138(cid):
    mt, frm, t = "WK", "王思远", T("2026-02-13 16:05:49")
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    qt, qh = quote_ios_zh(p)
    new = "第2项船公司节后船期还没出，延期至节后第一个工作日吧\n\n发自我的iPhone\n"
    html_doc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
                '%s%s</body></html>' % (html_lines(new), qh))
    msg = finish(apple_reply(frm, to, cc, subj(mt, ""), t, new + qt, html_doc, cid, p.msgid, M[mt].refs,
                             "iPhone Mail (23C55)", mime="1.0 (1.0)"), deliv(t, P[frm]["email"], cid))
    d = first_workday_after(D(2026, 2, 13))
    while not (d > D(2026, 2, 23)):
        d = first_workday_after(d)
    d = due_check(cid, d, "2026-02-24")
    return msg, G("reply", "Sent Fri 2026-02-13. The Spring Festival holiday is 02-15..02-23 (02-14 Sat is a make-up "
                  "working day, i.e. still before the holiday); the first working day after it is Tue 2026-02-24. "
                  "Note: a naive 'next working day after the send date' gives 02-14, which is wrong.",
                  R("extend", [2], new_due=d))


@case(4139, "confirm-outlook-en-organizer", "reply", "Outlook desktop English UI, organizer 'Confirmed.' top-posted with a reminder that mentions dates")
def c4139(cid):
    mt, frm, t = "WK", "沈慧敏", T("2026-02-09 11:02:40")
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    pt = p.t
    when = "Monday, February %d, %d %d:%02d AM" % (pt.day, pt.year, pt.hour, pt.minute)
    q = q_outlook_lang(p, ("From", "Sent", "To", "Cc", "Subject"), when)
    new = ("Confirmed. Pls all note the office closes after the 14th (Sat, make-up working day) and reopens on the "
           "24th; anything urgent, call me.\n\nHelen Shen\nExport Manager | Ningbo Yongchu Appliances Co., Ltd.\n"
           "M: +86 139 5827 4410\n")
    msg = finish(outlook_reply(frm, to, cc, "RE: " + subj(mt, ""), t, new, q, cid, cs="utf-8", lang="en-us",
                               irt=p.msgid, refs=M[mt].refs), deliv(t, P[frm]["email"], cid))
    return msg, G("reply", "Organizer confirms; the 14th/24th are office information, not extensions -> confirm [].",
                  R("confirm", []))


@case(4140, "done-ambiguous-task-iphone-zhtw", "reply", "iPhone Mail (Traditional Chinese) '展會那邊的搞定了' — task words matching two of the sender's items (#6 and #7): ambiguous")
def c4140(cid):
    mt, frm, t = "WK", "郑雅婷", T("2026-02-27 17:12:30")
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    attr = "在 %d年%d月%d日 %d:%02d，%s <%s> 寫道：" % (p.t.year, p.t.month, p.t.day, p.t.hour, p.t.minute, p.frm[0],
                                                  p.frm[1])
    qt = "\n\n> " + attr + "\n>\n" + gt_lines(p.text)
    qh = ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite">'
          '<div dir="ltr">%s</div></blockquote>' % (esc(attr), p.html))
    new = "展會那邊的搞定了\n\n從我的 iPhone 傳送\n"
    html_doc = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
                '%s%s</body></html>' % (html_lines(new), qh))
    fr = ("鄭雅婷", P[frm]["email"])
    msg = finish(apple_reply(fr, to, cc, subj(mt, ""), t, new + qt, html_doc, cid, p.msgid, M[mt].refs,
                             "iPhone Mail (23D127)", mime="1.0 (1.0)"), deliv(t, P[frm]["email"], cid))
    return msg, G("reply", "'展會那邊的' matches both of her items (#6 东京礼品展物料清单, due today, and #7 展位搭建合同): "
                  "genuinely ambiguous. Gold done, items []; the bot should ask rather than close both (a careful "
                  "assistant would ask). iOS zh-TW signature '從我的 iPhone 傳送', attribution '寫道：'.",
                  R("done", []))


# ---------------------------------------------------------------------------------------------------- more clients
@case(4141, "done-item1-outlook-mac-en", "reply", "Outlook for Mac English ('From:/Date:/To:/Cc:/Subject:'): 'Item 1 completed — PSE application submitted … no. JET-25-11-0456'")
def c4141(cid):
    mt, frm, t = "JP", "梁嘉欣", T("2025-11-27 16:44:12")
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    qt, qh = quote_outlook_mac_en(p)
    new = ("Item 1 completed — PSE application submitted to JET on 27 Nov, application no. JET-25-11-0456.\n\n"
           "Jiaxin\n")
    fn, fe = who(frm)
    body = multi("alternative", [leaf("text/plain", new + qt, "utf-8", "quoted-printable"),
                                 leaf("text/html", '<html><body><div class="WordSection1">%s%s</div></body></html>'
                                      % (html_lines(new, "p"), qh), "utf-8", "quoted-printable")],
                 "_000_%s_" % hx(cid, 20).upper())
    hdrs = [("From", haddr(fn, fe)), ("To", haddrs(to)), ("CC", haddrs(cc)), ("Subject", htext(subj(mt, ""))),
            ("Thread-Topic", htext(subj(mt, ""))), ("Thread-Index", thread_index(cid)), ("Date", rfc_date(t)),
            ("Message-ID", "<%s@tuv-gz.example.com>" % hx(cid, 30).upper()), ("References", "\n ".join(M[mt].refs)),
            ("In-Reply-To", p.msgid), ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
            ("user-agent", "Microsoft-MacOutlook/16.91.24111020")]
    msg = finish((envelope(hdrs, body, mime_version=True), []),
                 deliv2(t, fe, cid, "mail.tuv-gz.example.com", "113.108.77.30"))
    return msg, G("reply", "'Item 1 completed' -> done [1]; the application number holds digits (25, 11, 0456) that "
                  "are not items.", R("done", [1]))


@case(4142, "confirm-gmail-ja", "reply", "Gmail Japanese UI ('2025年11月18日(火) 18:40 纪要助手 <…>:'), '特に異議ありません' (no objection = confirm)")
def c4142(cid):
    mt, frm, t = "JP", "田中美咲", T("2025-11-18 18:55:31", 9)
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    pt = loc(p.t, 9)
    attr = "%d年%d月%d日(火) %d:%02d %s <%s>:" % (pt.year, pt.month, pt.day, pt.hour, pt.minute, p.frm[0], p.frm[1])
    new = "陸様\n\nまとめありがとうございます。弊社側は特に異議ありません。\n\n田中\n"
    msg = finish(gmail_reply(frm, to, cc, subj(mt, ""), t, new, q_gmail_attr(p, attr), cid, p.msgid, M[mt].refs),
                 deliv2(t, who(frm)[1], cid, "mail-pg1-f182.google.com", "209.85.215.182"))
    return msg, G("reply", "Japanese '特に異議ありません' = no objection -> confirm [] (contains 異議 but negated). "
                  "18:55 JST = 17:55 Shanghai, just before the cut-off.", R("confirm", []))


@case(4143, "done-item5-owa-german-nonowner", "reply", "Outlook on the web (Microsoft 365, German UI, ____ + divRplyFwdMsg, +0000 Date): 'item 5 … done from our side' from a colleague of the owner")
def c4143(cid):
    mt, frm, t = "KH", "Anna Schulte", T("2025-10-13 09:20:00", 2)
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    pt = loc(p.t, 2)
    when = "Donnerstag, %d. %s %d %02d:%02d" % (pt.day, DE_M[pt.month - 1], pt.year, pt.hour, pt.minute)
    q = q_outlook_lang(p, ("Von", "Gesendet", "An", "Cc", "Betreff"), when, owa=True)
    new = ("Hi Siyuan,\n\nitem 5 (German manual) is done from our side – the final DE manual is in the shared "
           "folder now.\n\nBR Anna\n")
    msg = finish(owa_reply(frm, to, cc, "AW: " + subj(mt, ""), t, new, q, cid, irt=p.msgid, refs=M[mt].refs),
                 deliv2(t, who(frm)[1], cid, "mail-db8eur05.outbound.protection.outlook.com", "40.107.20.71"))
    return msg, G("reply", "Mon 2025-10-13 07:20 UTC = 15:20 Shanghai. 'item 5 … is done' -> done [5]. Anna is not "
                  "the owner (Klaus is): parse gold records the command; the bot should keep it as a comment.",
                  R("done", [5]))


@case(4144, "confirm-glued-attribution-gmail-android", "reply", "Gmail Android English: 'OK, confirmed 👍' glued to 'On Thu, 25 Sep 2025, 16:05 …' on the same line (reply on the attribution line)")
def c4144(cid):
    mt, frm, t = "KH", "徐志豪", T("2025-09-25 17:31:02")
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    attr = "On Thu, 25 Sep 2025, 16:05 %s, <%s> wrote:" % (p.frm[0], p.frm[1])
    new = "OK, confirmed 👍 "
    fr = ("Jason Xu", "jasonxu.sh@gmail.com")
    msg = finish(gmail_reply(fr, to, cc, subj(mt, ""), t, new, q_gmail_attr(p, attr, wrap=False, glue=True), cid,
                             p.msgid, M[mt].refs, new_html='<div dir="auto">OK, confirmed 👍</div>', glue=True),
                 deliv2(t, fr[1], cid, "mail-pl1-f176.google.com", "209.85.214.176"))
    return msg, G("reply", "The forwarder (display name 'Jason Xu' = roster alias of 徐志豪, from a personal Gmail) "
                  "replies from his phone; in text/plain his words sit on the same line as the attribution 'On Thu, "
                  "25 Sep 2025, 16:05 纪要助手, <…> wrote:'. Confirm, no item.", R("confirm", []))


@case(4145, "object-by-task-foxmail-bottom-post", "reply", "Foxmail (UTF-8: quoted É/é) bottom-posted objection under the quote: '西语彩盒那条有异议…' naming the task, reason with a date")
def c4145(cid):
    mt, frm, t = "ID", "潘海燕", T("2026-01-19 14:10:08")
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    qt, qh = quote_foxmail(p)
    new = ("\n\n西语彩盒那条有异议：西语文案贵司还没给，我们2月4号出不了稿，文案到了以后要5个工作日。\n\n潘海燕\n")
    body = " " + qt.lstrip(" \n").replace("发件人：", "\n发件人：", 1) + new
    msg = finish(foxmail_fb(frm, to, cc, "回复: " + subj(mt), t, body, qh + html_lines(new), cid, irt=p.msgid,
                         refs=M[mt].refs), deliv2(t, who(frm)[1], cid, "m16-36.mail.126.com", "220.181.16.36"))
    return msg, G("reply", "Bottom-posted: the new text follows the whole Foxmail quote. '西语彩盒那条有异议' -> object "
                  "on #5 named by task (items [] as written). '2月4号' and '5个工作日' are the reason. Foxmail "
                  "desktop sending through her 126 account.", R("object", []))


@case(4146, "progress-quoted-footer-words-coremail", "reply", "Coremail 'Re:Re:' '第3项进度80%了，下周二前搞定' — the quoted footer also says 进度80%/延期至10月20日")
def c4146(cid):
    mt, frm, t = "KH", "胡国强", T("2025-10-09 10:40:11")
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    qt, qh = quote_coremail(p)
    new = "第3项进度80%了，模具钢到了，T1下周二前搞定。"
    msg = finish(coremail(frm, to, cc, "Re:" + subj(mt), t, new + qt, esc(new) + qh, cid, irt=p.msgid,
                          refs=M[mt].refs), deliv2(t, who(frm)[1], cid, "smtp.huasu-mould.example.cn", "60.190.21.87"))
    return msg, G("reply", "Thu 2025-10-09 (first working day after National Day). progress [3] 80; '下周二前搞定' is "
                  "an estimate, not '延期至'. The quoted recap footer repeats the command examples.",
                  R("progress", [3], 80))


@case(4147, "extend-thunderbird-en-next-friday", "reply", "Thunderbird English ('On 12/10/25 3:12 PM, 纪要助手 wrote:'), 'Please extend item 4 to next Friday' from the planning head")
def c4147(cid):
    mt, frm, t = "AS", "戴伟", T("2025-12-11 09:05:40")
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    attr = "On 12/10/25 3:12 PM, %s wrote:" % p.frm[0]
    qt, qh = q_thunderbird(p, attr)
    new = "Please extend item 4 to next Friday, the plug samples decide the line plan.\n\nDavid Dai\n"
    msg = finish(thunderbird_reply(frm, to, cc, subj(mt, ""), t, new + qt, html_lines(new, "p") + qh, cid, p.msgid,
                                   M[mt].refs, lang="en-US"), deliv(t, P[frm]["email"], cid))
    d = due_check(cid, next_week_weekday(D(2025, 12, 11), 4), "2025-12-19")
    return msg, G("reply", "Thu 2025-12-11. 'next Friday' = Friday of the following calendar week (corpus rule for "
                  "下周X) = 2025-12-19 (this week's Friday would be 12-12, the current due date).",
                  R("extend", [4], new_due=d))


@case(4148, "done-item4-outlook-gb2312-mixed", "reply", "Outlook zh-CN gb2312 base64 (GBK bytes; the thread is all-Chinese apart from ü, so no UTF-8 fallback): '第4项对账已完成…第5项样品间节后再弄' — one command, one remark")
def c4148(cid):
    mt, frm, t = "WK", "蔡文博", T("2026-02-13 10:18:44")
    p = M[mt].parent
    to, cc = rcpts(mt, frm)
    new = "第4项对账已完成，KH那边确认无差异。第5项样品间节后再弄。\n\n蔡文博 Bob\n外贸部\n"
    msg = finish(outlook_reply(frm, to, cc, "答复: " + subj(mt), t, new, quote_outlook_zh(p), cid, irt=p.msgid,
                               refs=M[mt].refs), deliv(t, P[frm]["email"], cid))
    return msg, G("reply", "'第4项对账已完成' -> done [4]. '第5项样品间节后再弄' only says when he will do #5 (due 02-27, "
                  "after the holiday anyway): no command, no date; a careful assistant records done for #4 only.",
                  R("done", [4]))


# ==============================================================================================================
# Output and checks
# ==============================================================================================================
ROSTER_COLS = ["name", "email", "department", "manager_email", "aliases"]


def write_roster(out):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(ROSTER_COLS)
    for name, local, dep, head, aliases in ROSTER:
        w.writerow([name, P[name]["email"], dep, P[name]["manager_email"], aliases])
    for name, (email, aliases) in EXT.items():
        w.writerow([name, email, "", "", aliases])
    (out / "roster.csv").write_text(buf.getvalue(), encoding="utf-8")


def generate(out):
    out.mkdir(parents=True, exist_ok=True)
    for cid, kind, readme, fn in CASES:
        msg, g = fn(cid)
        (out / (cid + ".eml")).write_bytes(serialize(msg))
        (out / (cid + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    write_roster(out)


def check(out):
    import email
    from email import policy
    errors = []
    CHECKS.clear()
    counts = {}
    for cid, kind, readme, fn in CASES:
        _, g_built = fn(cid)  # rebuild: recomputes the calendar checks
        pj = out / (cid + ".json")
        pe = out / (cid + ".eml")
        if not pj.exists() or not pe.exists():
            errors.append("%s: missing files" % cid)
            continue
        g = json.loads(pj.read_text(encoding="utf-8"))
        if g != g_built:
            errors.append("%s: json differs from generator" % cid)
        counts[g["kind"]] = counts.get(g["kind"], 0) + 1
        if g["kind"] != kind:
            errors.append("%s: kind %s != %s" % (cid, g["kind"], kind))
        m = email.message_from_bytes(pe.read_bytes(), policy=policy.default)
        for part in m.walk():
            if part.defects:
                errors.append("%s: MIME defects %r" % (cid, part.defects))
            if part.get_content_maintype() == "text":
                part.get_content()
        if set(g) != {"kind", "items", "next_followup", "reply", "notes"} or g["items"] or g["next_followup"]:
            errors.append("%s: schema" % cid)
        r = g["reply"]
        if (r is not None) != (g["kind"] == "reply"):
            errors.append("%s: reply must be set exactly for kind reply" % cid)
        if r is not None:
            if set(r) != {"intent", "items", "percent", "new_due_date"}:
                errors.append("%s: reply keys" % cid)
            if r["intent"] not in ("confirm", "object", "done", "progress", "extend", "unknown"):
                errors.append("%s: intent" % cid)
            if (r["percent"] is not None) != (r["intent"] == "progress"):
                errors.append("%s: percent <=> progress" % cid)
            if (r["new_due_date"] is not None) != (r["intent"] == "extend"):
                errors.append("%s: new_due_date <=> extend" % cid)
            if r["new_due_date"]:
                ok = [c for c in CHECKS if c[0] == cid]
                if not ok:
                    errors.append("%s: new_due_date not computed" % cid)
                for _, comp, iso in ok:
                    if comp != D.fromisoformat(iso) or iso != r["new_due_date"]:
                        errors.append("%s: computed %s, gold %s" % (cid, comp, r["new_due_date"]))
                    if not is_workday(comp):
                        errors.append("%s: new date %s is not a working day (check)" % (cid, comp))
        # In-Reply-To must be the recap's Message-ID
        if g["kind"] == "reply":
            irt = str(m.get("In-Reply-To", ""))
            if irt not in {mm.parent.msgid for mm in M.values()}:
                errors.append("%s: In-Reply-To %r is no recap" % (cid, irt))
    return errors, counts


def main(argv):
    only_check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    out = Path(args[0]) if args else HERE
    if not only_check:
        generate(out)
    errors, counts = check(out)
    for e in errors:
        print("ERROR", e)
    print("cases: %d  " % sum(counts.values()) + "  ".join("%s: %d" % kv for kv in sorted(counts.items())))
    print("date checks: %d" % len(CHECKS))
    print("OK" if not errors else "%d problem(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

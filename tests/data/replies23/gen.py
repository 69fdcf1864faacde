#!/usr/bin/env python3
"""replies23: blind held-out set of replies to minutebot recaps (cases 4701-4751).

    /work/blind/venv/bin/python gen.py            # write NNN-slug.eml/.json, roster.csv into this folder
    /work/blind/venv/bin/python gen.py --check    # only recompute every gold date with chinesecalendar and compare

Deterministic: no clock, no randomness. MIME helpers come from mailkit.py (adapted from the dev corpus script).
Every new_due_date in the gold is written by hand AND recomputed here from the reply's own Date header converted
to Asia/Shanghai, with chinese_calendar for working days / holidays.
"""
import csv
import datetime as dt
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import chinese_calendar as ccal  # noqa: E402
import mailkit as K  # noqa: E402
from mailkit import (BR, OUTLOOK_HEAD, OUTLOOK_TAIL, Parent, Tbl, envelope, esc, finish, hx, hb64,  # noqa: E402
                     leaf, multi, o_para, rfc_date, serialize, render_text, render_divs, haddr, haddrs, htext,
                     quote_qq, quote_outlook_zh, quote_foxmail, quote_coremail, quote_mailmaster, quote_ios_zh,
                     quote_gmail_zh, quote_gmail_en, quote_outlook_mac_en, outlook_desktop, exchange_online,
                     foxmail, qq_exmail, coremail, gmail, delivery, attachment, tiny_zip, recap)

OUT = Path(next((a for a in sys.argv[1:] if not a.startswith("--")), Path(__file__).resolve().parent))   # [OUTDIR]
D = dt.date
TZ8 = dt.timezone(dt.timedelta(hours=8))
DOM = "lantu.example.cn"
BOT = ("纪要助手", "minutes@" + DOM)
WZH = "一二三四五六日"


def tz(h):
    return dt.timezone(dt.timedelta(hours=h))


# ------------------------------------------------------------------ calendar (chinesecalendar only)
def is_wd(d):
    return ccal.is_workday(d)


def add_wd(d, n):
    while n:
        d += dt.timedelta(days=1)
        if is_wd(d):
            n -= 1
    return d


def this_or_next(d, wd):
    mon = d - dt.timedelta(days=d.weekday())
    c = mon + dt.timedelta(days=wd)
    return c if c >= d else c + dt.timedelta(days=7)


def next_week(d, wd):
    mon = d - dt.timedelta(days=d.weekday())
    return mon + dt.timedelta(days=7 + wd)


def first_wd_after_holiday(d):
    """节后第一个工作日: the first working day after the next run of statutory-holiday days."""
    x = d + dt.timedelta(days=1)
    while not (ccal.is_holiday(x) and ccal.get_holiday_detail(x)[1]):
        x += dt.timedelta(days=1)
    while not is_wd(x):
        x += dt.timedelta(days=1)
    return x


def day_of_month_on_or_after(d, day):
    c = d.replace(day=day)
    if c < d:
        m = d.month % 12 + 1
        c = c.replace(year=d.year + (d.month == 12), month=m)
    return c


# ------------------------------------------------------------------ people
ORG = {
    "lantu": "杭州澜途智能科技有限公司", "hengchi": "常州恒驰电机有限公司", "yongtong": "宁波甬通国际物流有限公司",
    "rayfirm": "瑞鋒韌體股份有限公司 (台北)", "tuv": "TUV 上海实验室", "haushelfer": "Haushelfer GmbH (DE/NL)",
    "domov": "DomovPlus a.s. (CZ/PL)", "casalimpa": "CasaLimpa Distribuidora (BR)", "temiz": "Temiz Ev Ticaret A.Ş. (TR)",
    "siam": "SiamClean Co., Ltd. (TH/VN)", "gulf": "Gulf HomeTech FZE (AE)", "runtec": "Runtec株式会社 (JP)",
}
# key: (name, email, department, manager_email, aliases)
PEOPLE = {
    "程立": ("程立", "chengli@lantu.example.cn", "出口事业部", "", "程总;Cheng Li;Leo Cheng"),
    "沈嘉怡": ("沈嘉怡", "shenjiayi@lantu.example.cn", "出口事业部", "chengli@lantu.example.cn",
             "Shen Jiayi;Jiayi Shen;Joy Shen;嘉怡"),
    "许静": ("许静", "xujing@lantu.example.cn", "出口事业部", "chengli@lantu.example.cn", "Xu Jing;Jing Xu;静静"),
    "邵文博": ("邵文博", "shaowenbo@lantu.example.cn", "研发中心", "", "邵总;Shao Wenbo"),
    "冯涛": ("冯涛", "fengtao@lantu.example.cn", "研发中心", "shaowenbo@lantu.example.cn", "Feng Tao;冯工;Tony Feng"),
    "方明哲": ("方明哲", "fangmingzhe@lantu.example.cn", "研发中心", "shaowenbo@lantu.example.cn",
             "Fang Mingzhe;方工;Mingzhe"),
    "蒋红": ("蒋红", "jianghong@lantu.example.cn", "质量部", "", "蒋经理;Jiang Hong"),
    "陆晓东": ("陆晓东", "luxiaodong@lantu.example.cn", "质量部", "jianghong@lantu.example.cn", "Lu Xiaodong;小陆;晓东"),
    "韩蕾": ("韩蕾", "hanlei@lantu.example.cn", "采购部", "", "韩经理;Han Lei;Lily Han"),
    "杜娟": ("杜娟", "dujuan@lantu.example.cn", "客服部", "", "杜经理;Du Juan"),
    "唐思远": ("唐思远", "tangsiyuan@lantu.example.cn", "客服部", "dujuan@lantu.example.cn", "Tang Siyuan;思远;小唐"),
    "钱立军": ("钱立军", "qianlj@hengchi-motor.example.cn", "常州恒驰电机", "", "钱工;Qian Lijun"),
    "俞海波": ("俞海波", "yuhb@yongtong-log.example.cn", "宁波甬通物流", "", "俞经理;Yu Haibo;Harbor Yu"),
    "林冠宇": ("林冠宇", "ky.lin@rayfirm.example.com.tw", "瑞鋒韌體", "", "Lin Kuan-Yu;KY Lin;林工"),
    "黃郁雯": ("黃郁雯", "wendy.huang@rayfirm.example.com.tw", "瑞鋒韌體", "", "黄郁雯;Huang Yu-Wen;Wendy Huang"),
    "顾晨": ("顾晨", "guchen@tuv-sh.example.com", "TUV上海", "", "顾工;Gu Chen"),
    "朴智勋": ("朴智勋", "jihoon.park@tuv-sh.example.com", "TUV上海", "", "Park Ji-hoon;Jihoon Park;박지훈;朴工"),
    "Jonas Weber": ("Jonas Weber", "jonas.weber@haushelfer.example.de", "Haushelfer", "", "Jonas;Weber"),
    "Katrin Vogel": ("Katrin Vogel", "katrin.vogel@haushelfer.example.de", "Haushelfer", "", "Katrin"),
    "Markus Brandt": ("Markus Brandt", "markus.brandt@haushelfer.example.de", "Haushelfer", "", "Markus"),
    "Sanne de Vries": ("Sanne de Vries", "sanne.devries@haushelfer.example.nl", "Haushelfer", "", "Sanne"),
    "Petra Nováková": ("Petra Nováková", "petra.novakova@domovplus.example.cz", "DomovPlus", "",
                       "Petra;Petra Novakova"),
    "Marta Kowalska": ("Marta Kowalska", "marta.kowalska@domovplus.example.pl", "DomovPlus", "", "Marta"),
    "Rafael Souza": ("Rafael Souza", "rafael.souza@casalimpa.example.com.br", "CasaLimpa", "", "Rafael"),
    "Lucía Fernández": ("Lucía Fernández", "lucia.fernandez@casalimpa.example.com.br", "CasaLimpa", "",
                        "Lucia Fernandez;Lucía"),
    "Emre Yıldız": ("Emre Yıldız", "emre.yildiz@temizev.example.com.tr", "Temiz Ev", "", "Emre;Emre Yildiz"),
    "Nattaporn Srisuk": ("Nattaporn Srisuk", "nattaporn.s@siamclean.example.co.th", "SiamClean", "", "Nattaporn;Nat"),
    "Nguyễn Thu Hà": ("Nguyễn Thu Hà", "ha.nguyen@siamclean.example.co.th", "SiamClean", "", "Nguyen Thu Ha;Hà;Ha"),
    "Omar Haddad": ("Omar Haddad", "omar.haddad@gulfhometech.example.ae", "Gulf HomeTech", "", "Omar"),
    "佐藤健": ("佐藤健", "k.sato@runtec.example.jp", "Runtec", "", "Sato Ken;Ken Sato;佐藤"),
}


def P(k):
    return (PEOPLE[k][0], PEOPLE[k][1])


def A(k, display=None):
    return (display or PEOPLE[k][0], PEOPLE[k][1])


# ------------------------------------------------------------------ meetings and the bot's recaps
class M:
    def __init__(self, key, subject, organizer, minutes_t, recap_t, rows, to, cc, lang="zh"):
        self.key, self.subject, self.organizer = key, subject, organizer
        self.minutes_t, self.recap_t = minutes_t, recap_t
        self.rows, self.lang = rows, lang
        self.minutes_id = "<%s@%s>" % (hx(key + "min", 24), DOM)
        self.token = "r" + hx(key + "tok", 15)
        self.reply_to = (BOT[0], "minutes+%s@%s" % (self.token, DOM))
        cut = recap_t.date()
        cutoff = "%s 18:00" % cut.isoformat()
        rws = [(n, task, PEOPLE[o][0], due) for n, task, o, due in rows]
        blocks = recap(rws, cutoff, (), lang)
        self.blocks = blocks
        self.parent = Parent(BOT, [P(x) for x in to], [P(x) for x in cc], "Re: " + subject, recap_t,
                             render_text(blocks), render_divs(blocks),
                             "<r.%s.%s@%s>" % (recap_t.strftime("%Y%m%d%H%M"), hx(key, 10), DOM))
        self.to, self.cc = to, cc

    def refs(self):
        return [self.minutes_id, self.parent.msgid]

    def owners(self, k):
        return [n for n, task, o, due in self.rows if o == k]


def T(s, h=8):
    return dt.datetime.fromisoformat(s).replace(tzinfo=tz(h))


MEET = {}
MEET["M1"] = M("M1", "出口项目周会纪要 0925（德国首单/巴西认证）", "程立", T("2025-09-25 16:48:10"),
               T("2025-09-25 16:51:27"),
               [(1, "确认德国首批X30订单装柜计划", "沈嘉怡", "2025-09-29"),
                (2, "补充CE/RED认证资料给TUV", "冯涛", "2025-09-30"),
                (3, "订舱：宁波—汉堡 40HQ×2", "俞海波", "2025-09-28"),
                (4, "更新欧洲版包装说明书", "许静", "2025-10-10"),
                (5, "核对巴西INMETRO标签样稿", "沈嘉怡", "2025-10-09")],
               ["程立", "沈嘉怡", "许静", "冯涛"], ["俞海波", "邵文博"])
MEET["M2"] = M("M2", "滚刷电机异响来料异常处理会议纪要", "蒋红", T("2025-09-26 14:02:44"), T("2025-09-26 14:05:03"),
               [(1, "提交8D报告（滚刷电机异响）", "钱立军", "2025-09-30"),
                (2, "来料全检并反馈不良率", "陆晓东", "2025-09-28"),
                (3, "评估更换轴承供应商", "钱立军", "2025-10-15"),
                (4, "调整电机安全库存", "韩蕾", "2025-09-30")],
               ["蒋红", "钱立军", "陆晓东", "韩蕾"], ["邵文博"])
MEET["M3"] = M("M3", "瑞锋固件对接会纪要 1009", "邵文博", T("2025-10-09 16:00:31"), T("2025-10-09 16:03:12"),
               [(1, "修复回充座红外识别偏移", "林冠宇", "2025-10-14"),
                (2, "提供OTA升级包v2.3.1", "林冠宇", "2025-10-17"),
                (3, "测试地毯识别回归用例", "方明哲", "2025-10-13"),
                (4, "更新App繁体中文文案", "黃郁雯", "2025-10-15")],
               ["邵文博", "林冠宇", "黃郁雯", "方明哲"], [])
MEET["M4"] = M("M4", "EU distributor call 13 Oct – minutes", "程立", T("2025-10-13 17:01:09"),
               T("2025-10-13 17:05:40"),
               [(1, "Send final EU Q4 price list", "沈嘉怡", "2025-10-15"),
                (2, "Confirm Black Friday order quantity", "Jonas Weber", "2025-10-17"),
                (3, "Provide German/Dutch user manual PDFs", "许静", "2025-10-20"),
                (4, "Share CZ store display plan", "Petra Nováková", "2025-10-22"),
                (5, "Co-op marketing budget proposal (NL)", "Sanne de Vries", "2025-10-24"),
                (6, "Check Polish packaging texts", "Marta Kowalska", "2025-10-21")],
               ["程立", "沈嘉怡", "许静", "Jonas Weber", "Sanne de Vries", "Petra Nováková", "Marta Kowalska"],
               ["Katrin Vogel", "Markus Brandt"], lang="en")
MEET["M5"] = M("M5", "Emerging markets distributor review – minutes 14 Oct", "程立", T("2025-10-14 17:08:55"),
               T("2025-10-14 17:12:02"),
               [(1, "Ship INMETRO test samples to the lab", "Rafael Souza", "2025-10-22"),
                (2, "Proofread Spanish manual (LatAm)", "Lucía Fernández", "2025-10-20"),
                (3, "Prepare TSE certificate application documents", "Emre Yıldız", "2025-10-22"),
                (4, "Thai TISI label artwork", "Nattaporn Srisuk", "2025-10-21"),
                (5, "Vietnamese warranty card translation", "Nguyễn Thu Hà", "2025-10-17"),
                (6, "UAE ECAS registration", "Omar Haddad", "2025-10-31"),
                (7, "PSE technical documents for Japan", "佐藤健", "2025-10-24")],
               ["程立", "沈嘉怡", "Rafael Souza", "Lucía Fernández", "Emre Yıldız", "Nattaporn Srisuk",
                "Nguyễn Thu Hà", "Omar Haddad", "佐藤健"], [], lang="en")
MEET["M6"] = M("M6", "TUV认证测试计划沟通会纪要", "冯涛", T("2025-10-16 15:30:18"), T("2025-10-16 15:33:46"),
               [(1, "安排EMC预测试", "顾晨", "2025-10-22"),
                (2, "提供X30样机5台", "冯涛", "2025-10-20"),
                (3, "上传电池UN38.3报告", "冯涛", "2025-10-24"),
                (4, "出具测试报价", "朴智勋", "2025-10-17")],
               ["冯涛", "顾晨", "朴智勋"], ["邵文博", "沈嘉怡"])
MEET["M7"] = M("M7", "春节前生产与发运协调会纪要", "程立", T("2026-02-10 16:36:02"), T("2026-02-10 16:40:19"),
               [(1, "节前最后一批电机发货", "钱立军", "2026-02-12"),
                (2, "安排春节期间海运订舱", "俞海波", "2026-02-13"),
                (3, "节后复工产能排产表", "陆晓东", "2026-02-25"),
                (4, "Ramadan promotion stock confirmation", "Omar Haddad", "2026-02-13"),
                (5, "与恒驰年终对账", "韩蕾", "2026-02-13")],
               ["程立", "钱立军", "俞海波", "陆晓东", "韩蕾", "Omar Haddad"], ["蒋红"])
MEET["M8"] = M("M8", "产品质量周会纪要（第39周）", "杜娟", T("2025-09-29 17:04:50"), T("2025-09-29 17:08:21"),
               [(1, "整理9月客诉TOP5", "唐思远", "2025-09-30"),
                (2, "X30滚刷缠发问题复现", "方明哲", "2025-10-10"),
                (3, "评估更换滚刷材质的成本", "韩蕾", "2025-10-10"),
                (4, "更新售后FAQ", "唐思远", "2025-10-10"),
                (5, "产线返修数据周报", "陆晓东", "2025-09-30")],
               ["杜娟", "唐思远", "方明哲", "韩蕾", "陆晓东"], ["蒋红"])


# ------------------------------------------------------------------ quote styles (beyond the dev corpus ones)
def local(t, h):
    return t.astimezone(tz(h))


def gt(text):
    return "".join("> " + l + "\n" if l else ">\n" for l in text.rstrip("\n").split("\n"))


def q_attr(p, attr, gmail_cls=True, wrap=None):
    """attribution line + '> ' quoted text (Gmail in any language, 163/126 web, Thunderbird)."""
    a_txt = wrap if wrap else attr
    text = "\n\n" + a_txt + "\n\n" + gt(p.text)
    h = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
         '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
         'padding-left:1ex">%s</blockquote></div>' % (esc(attr), p.html))
    return text, h


def q_163(p):
    t = p.t
    attr = '在 %s，"%s" <%s> 写道：' % (t.strftime("%Y-%m-%d %H:%M:%S"), p.frm[0], p.frm[1])
    text = "\n\n\n\n\n\n" + attr + "\n" + gt(p.text)
    h = ('<br><br><div style="position:relative;zoom:1"></div><div id="divNeteaseMailCard"></div><br><pre><br>'
         '在 %s，"%s" &lt;%s&gt; 写道：<br></pre><blockquote id="isReplyContent" style="PADDING-LEFT: 1ex; MARGIN: '
         '0px 0px 0px 0.8ex; BORDER-LEFT: #ccc 1px solid">%s</blockquote>' % (t.strftime("%Y-%m-%d %H:%M:%S"),
                                                                             esc(p.frm[0]), p.frm[1], p.html))
    return text, h


def q_thunderbird(p, attr):
    text = "\n" + attr + "\n" + gt(p.text)
    h = ('<div class="moz-cite-prefix">%s<br></div><blockquote type="cite" cite="mid:%s">%s</blockquote>'
         % (esc(attr), p.msgid.strip("<>"), p.html))
    return text, h


def q_apple(p, attr, ios=True):
    text = "\n\n> " + attr + "\n>\n" + gt(p.text)
    if ios:
        h = ('<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite">'
             '<div dir="ltr">%s</div></blockquote>' % (esc(attr), p.html))
    else:
        h = ('<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline"><div>%s</div>'
             '</blockquote></div>' % (esc(attr), p.html))
    return text, h


def q_outlook_block(p, labels, when, owa=False, sep=""):
    """Outlook desktop/OWA header block in any UI language. labels: (from, sent, to, cc, subject)."""
    lf, ls, lt, lc, lsub = labels
    tos = "; ".join("%s <%s>" % x for x in p.to)
    ccs = "; ".join("%s <%s>" % x for x in p.cc)
    text = ("\n" + (sep + "\n" if sep else "") + "%s %s <%s>\n%s %s\n%s %s\n" % (lf, p.frm[0], p.frm[1], ls, when,
                                                                              lt, tos)
            + ("%s %s\n" % (lc, ccs) if ccs else "") + "%s %s\n\n" % (lsub, p.subject) + p.text)
    if owa:
        h = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1"><div id="divRplyFwdMsg"'
             ' dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>%s</b> %s &lt;%s&gt;<br>'
             '<b>%s</b> %s<br><b>%s</b> %s<br>%s<b>%s</b> %s</font><div>&nbsp;</div></div>%s'
             % (lf, esc(p.frm[0]), p.frm[1], ls, when, lt, esc(tos), ("<b>%s</b> %s<br>" % (lc, esc(ccs))) if ccs else "",
                lsub, esc(p.subject), p.html))
    else:
        h = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
             '<b><span lang="EN-US">%s</span></b><span lang="EN-US"> %s &lt;%s&gt; <br><b>%s</b> %s<br><b>%s</b> %s<br>'
             '%s<b>%s</b> %s<o:p></o:p></span></p></div></div>\n<p class="MsoNormal"><span lang="EN-US"><o:p>&nbsp;</o:p>'
             '</span></p>\n%s' % (lf, esc(p.frm[0]), p.frm[1], ls, when, lt, esc(tos),
                                  ("<b>%s</b> %s<br>" % (lc, esc(ccs))) if ccs else "", lsub, esc(p.subject), p.html))
    return text, h


def q_alimail(p):
    t = p.t
    tos = "; ".join('"%s"<%s>' % x for x in p.to)
    ccs = "; ".join('"%s"<%s>' % x for x in p.cc)
    when = "%d年%d月%d日(星期%s) %d:%02d" % (t.year, t.month, t.day, WZH[t.weekday()], t.hour, t.minute)
    text = ("\n\n" + "-" * 66 + "\n发件人：%s <%s>\n发送时间：%s\n收件人：%s\n" % (p.frm[0], p.frm[1], when, tos)
            + ("抄　送：%s\n" % ccs if ccs else "") + "主　题：%s\n\n" % p.subject + p.text)
    h = ('<div style="clear:both;"><br></div><div class="__aliyun_email_body_block"><blockquote style="margin-right:0;'
         'margin-top:0;margin-bottom:0;"><div style="clear:both;">%s</div><div style="clear:both;">发件人：%s &lt;%s&gt;'
         '</div><div style="clear:both;">发送时间：%s</div><div style="clear:both;">收件人：%s</div>%s<div style="clear:'
         'both;">主　题：%s</div><div><br></div>%s</blockquote></div>'
         % ("-" * 66, esc(p.frm[0]), p.frm[1], when, esc(tos),
            ('<div style="clear:both;">抄　送：%s</div>' % esc(ccs)) if ccs else "", esc(p.subject), p.html))
    return text, h


def q_lark(p):
    t = p.t
    tos = ", ".join('"%s"<%s>' % x for x in p.to)
    ccs = ", ".join('"%s"<%s>' % x for x in p.cc)
    when = "%d年%d月%d日 (周%s) %d:%02d" % (t.year, t.month, t.day, WZH[t.weekday()], t.hour, t.minute)
    text = ("\n\n发件人: \"%s\"<%s>\n时间: %s\n主题: %s\n收件人: %s\n" % (p.frm[0], p.frm[1], when, p.subject, tos)
            + ("抄送: %s\n" % ccs if ccs else "") + "\n" + p.text)
    h = ('<div class="history-quote-wrapper"><div data-html-block="quote" data-mail-html-ignore=""><div style="border-left:'
         ' none; padding-left: 0px;" class="adit-html-block adit-html-block--collapsed"><div><div class="adit-html-block__'
         'attr history-quote-meta-wrapper history-quote-gap-tag" style="padding: 12px; background: rgb(245, 246, 247); '
         'color: rgb(31, 35, 41); border-radius: 4px; margin-top: 24px; margin-bottom: 12px;"><div style="word-break: '
         'break-word;"><span style="white-space: nowrap;">发件人: </span>"%s"&lt;<a class="quote-head-meta-mailto" href='
         '"mailto:%s">%s</a>&gt;</div><div><span style="white-space: nowrap;">时间: </span>%s</div><div><span style='
         '"white-space: nowrap;">主题: </span>%s</div><div><span style="white-space: nowrap;">收件人: </span>%s</div>%s'
         '</div><div>%s</div></div></div></div></div>'
         % (esc(p.frm[0]), p.frm[1], p.frm[1], when, esc(p.subject), esc(tos),
            ('<div><span style="white-space: nowrap;">抄送: </span>%s</div>' % esc(ccs)) if ccs else "", p.html))
    return text, h


# ------------------------------------------------------------------ message envelopes
def deliv(t, sender, seed, host="10.8.3.41", ip=None):
    if ip is None:
        local_part = sender.split("@")[0]
        return delivery(t.astimezone(TZ8), sender, ("%s-PC" % local_part.upper(), "unknown"),
                        "10.8.%d.%d" % (2 + int(hx(local_part, 2), 16) % 3, 20 + int(hx(local_part, 4)[2:], 16) % 200),
                        seed)
    return delivery(t.astimezone(TZ8), sender, host, ip, seed)


def divs(text):
    return "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in text.rstrip("\n").split("\n"))


def outlook_html(text, quote_html, cs):
    paras = "".join(o_para(l) for l in text.rstrip("\n").split("\n"))
    return OUTLOOK_HEAD % {"cs": cs} + paras + quote_html + OUTLOOK_TAIL


def set_hdr(msg, name, value):
    if msg[name] is None:
        msg[name] = value
    else:
        msg.replace_header(name, value)


def generic(headers, text, html_doc, cs, cte, boundary, crlf=False, ct_quote=True, text_params=()):
    body = multi("alternative", [leaf("text/plain", text, cs, cte, ct_quote=ct_quote, params=text_params),
                                 leaf("text/html", html_doc, cs, cte, ct_quote=ct_quote)], boundary)
    return envelope(headers, body, mime_version=False)


def apple(frm, to, cc, subject, t, text, html_doc, seed, irt, refs, ios=True, attachments=()):
    uid = "%s-%s-%s-%s-%s" % (hx(seed, 8).upper(), hx(seed, 12)[8:].upper(), hx(seed + "a", 4).upper(),
                              hx(seed + "b", 4).upper(), hx(seed + "c", 12).upper())
    b = "Apple-Mail-%s" % uid if ios else "Apple-Mail=_%s" % uid
    hdrs = [("From", haddr(*frm, label="utf-8")), ("Mime-Version", "1.0 (1.0)" if ios else
                                                   "1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))"),
            ("Subject", htext(subject, "utf-8", "B")), ("Date", rfc_date(t)),
            ("Message-Id", "<%s@%s>" % (uid, frm[1].split("@")[1])),
            ("References", "\n ".join(refs)), ("In-Reply-To", irt),
            ("Cc", ", ".join(haddr(*x) for x in cc)) if cc else None,
            ("To", ", ".join(haddr(*x) for x in to)),
            ("X-Mailer", "iPhone Mail (22G100)" if ios else "Apple Mail (2.3826.600.51.1.1)")]
    hdrs = [h for h in hdrs if h]
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable", ct_quote=False),
                                 leaf("text/html", '<html><head><meta http-equiv="content-type" content="text/html; '
                                      'charset=utf-8"></head><body dir="auto">%s</body></html>' % html_doc,
                                      "utf-8", "quoted-printable", ct_quote=False)], b)
    if attachments:
        body = multi("mixed", [body] + list(attachments), b.replace("Apple-Mail", "Apple-Mail-Mixed"))
    return envelope(hdrs, body, mime_version=False)


def thunderbird(frm, to, cc, subject, t, text, html_doc, seed, irt, refs, lang="en-US"):
    mid = "<%s-%s-%s-%s-%s@%s>" % (hx(seed, 8), hx(seed, 12)[8:], hx(seed + "a", 4), hx(seed + "b", 4),
                                   hx(seed + "c", 12), frm[1].split("@")[1])
    hdrs = [("Message-ID", mid), ("Date", rfc_date(t)), ("MIME-Version", "1.0"),
            ("User-Agent", "Mozilla Thunderbird"), ("Subject", htext(subject, "UTF-8", "B")),
            ("Content-Language", lang), ("To", ", ".join(haddr(*x) for x in to))]
    if cc:
        hdrs.append(("Cc", ", ".join(haddr(*x) for x in cc)))
    hdrs += [("References", "\n ".join(refs)), ("From", haddr(*frm)), ("In-Reply-To", irt)]
    b = "------------%s" % hb64(seed, 18).replace("+", "0").replace("/", "1")[:24]
    body = multi("alternative", [
        leaf("text/plain", text, "UTF-8", "8bit", ct_quote=False, params=[("format", "flowed")]),
        leaf("text/html", '<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; '
             'charset=UTF-8">\n  </head>\n  <body>\n%s\n  </body>\n</html>\n' % html_doc, "UTF-8", "8bit",
             ct_quote=False)], b)
    body.preamble = "This is a multi-part message in MIME format."
    return envelope(hdrs, body, mime_version=False)


# ------------------------------------------------------------------ cases
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def rep(intent, items=(), percent=None, new_due=None):
    return {"intent": intent, "items": list(items), "percent": percent, "new_due_date": new_due}


def G(kind, reply, notes, match=None):
    g = {"kind": kind, "items": [], "next_followup": None, "reply": reply, "notes": notes}
    if match is not None:
        g["x_match_items"] = match
    return g


CHECKS = []  # (slug, computed date, gold iso)


def chk(slug, computed, iso):
    CHECKS.append((slug, computed, iso))
    return iso


def sdate(t):
    return t.astimezone(TZ8).date()


def recips(m, frm_key, extra_cc=()):
    """Reply-all: To = the signed bot address, Cc = the other recap recipients."""
    everyone = [x for x in m.to + m.cc if x != frm_key]
    return [m.reply_to], [P(x) for x in everyone] + list(extra_cc)


README_ROWS = []


def emit(num, slug, kind, what, msg, g, crlf=False):
    name = "%d-%s" % (num, slug)
    README_ROWS.append((name, kind, what))
    return name, serialize(msg, crlf=crlf), g


# ---- 4701 QQ Mail confirm
@case
def c4701():
    m, k = MEET["M1"], "沈嘉怡"
    t = T("2025-09-25 17:21:40")
    to, cc = recips(m, k)
    new = "收到，没问题👍"
    qt, qh = quote_qq(m.parent)
    msg = qq_exmail(P(k), to, cc, "回复：" + m.parent.subject, t, new + qt, "<div>%s</div>" % esc(new) + qh, "4701",
                    irt=m.parent.msgid, refs=m.refs(), cs="gb18030")
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4701", ("smtpbg154.qq.com", "smtpbg154.qq.com"), "43.155.65.254"))
    g = G("reply", rep("confirm"), "Recap of M1 (出口项目周会). '收到，没问题👍' is an acknowledgement that the items are "
          "fine -> confirm, no item written -> items []. gb18030 body carries an emoji (4-byte gb18030 sequence). "
          "Everything under the QQ '------------------ 原始邮件 ------------------' line is the quoted recap.")
    return emit(4701, "qq-confirm-emoji-gb18030", "reply",
                "QQ Mail (Exmail) gb18030 '收到，没问题👍' (emoji in gb18030) over the QQ 原始邮件 quote", msg, g)


# ---- 4702 Foxmail done #3 (logistics partner)
@case
def c4702():
    m, k = MEET["M1"], "俞海波"
    t = T("2025-09-26 09:12:05")
    to, cc = recips(m, k)
    new = ("程总、嘉怡：\n\n第3项订舱已经放舱了，宁波—汉堡 2×40HQ，船期10月2日，S/O已发嘉怡邮箱，这项算完成。\n\n"
           "俞海波\n宁波甬通国际物流有限公司 | 海运部\nTel: 0574-8765 4321  Mob: 139 5745 0000")
    qt, qh = quote_foxmail(m.parent)
    html = divs(new) + "<div><br></div>" + qh
    msg = foxmail(P(k), to, cc, "回复: " + m.parent.subject, t, new + "\n\n" + qt, html, "4702", cs="GBK",
                  irt=m.parent.msgid, refs=m.refs())
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4702", ("mail.yongtong-log.example.cn", "mail.yongtong-log.example.cn"),
                            "61.153.22.14"))
    g = G("reply", rep("done", [3]), "Supplier (logistics partner) reports 第3项 booked: '这项算完成' -> done [3]. The "
          "sailing date 10月2日 is information, not a new due date. Signature has phone numbers. Foxmail GBK base64; "
          "quote starts at Foxmail's '发件人：/发送时间：' block.")
    return emit(4702, "foxmail-done-item3-logistics", "reply",
                "Foxmail GBK: '第3项订舱已经放舱了…这项算完成' with a date (船期10月2日) that is not a command; phone signature",
                msg, g, crlf=False)


# ---- 4703 Outlook zh-CN extend #2
@case
def c4703():
    m, k = MEET["M1"], "冯涛"
    t = T("2025-09-26 10:30:12")
    to, cc = recips(m, k)
    new = ("第2项需要延期：TUV那边要求补充RED的射频测试报告，实验室排期要到节后。申请延期至10月10日。\n\n冯涛\n"
           "研发中心 认证工程师\n杭州澜途智能科技有限公司")
    qt, qh = quote_outlook_zh(m.parent)
    msg = outlook_desktop(P(k), to, cc, "答复: " + m.parent.subject, t, [], "4703", cs="gb2312", irt=m.parent.msgid,
                          refs=m.refs(), text=new + "\n" + qt, html_doc=outlook_html(new, qh, "gb2312"))
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4703"))
    nd = chk("4703", D(2025, 10, 10), "2025-10-10")
    g = G("reply", rep("extend", [2], None, nd), "Owner of #2 asks '申请延期至10月10日' on Fri 2025-09-26 -> extend [2], "
          "new date 2025-10-10 (a Friday, working day after National Day 10-01..10-08). '节后' is part of the reason.")
    return emit(4703, "outlook-zhcn-extend-item2", "reply",
                "Outlook zh-CN gb2312 '答复:' '第2项需要延期…申请延期至10月10日' (date after National Day)", msg, g)


# ---- 4704 Coremail object #4
@case
def c4704():
    m, k = MEET["M1"], "许静"
    t = T("2025-09-25 17:43:51")
    to, cc = recips(m, k)
    new = ("程总：\n第4项有异议。欧洲版说明书要等德国客户确认最终配置（是否带拖布模块）才能定稿，10月10日肯定来不及，"
           "建议改成客户确认后5个工作日内出。\n许静")
    qt, qh = quote_coremail(m.parent)
    msg = coremail(P(k), to, cc, "Re:" + m.parent.subject, t, new + qt, divs(new) + qh, "4704", cs="UTF-8",
                   irt=m.parent.msgid, refs=m.refs())
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4704"))
    g = G("reply", rep("object", [4]), "Objection to 第4项 with a reason, sent 17:43 before the 18:00 cut-off. The reason "
          "mentions '10月10日' and '5个工作日内' (a proposal conditional on the customer), which is not an extension "
          "request: new_due_date null. Coremail '-----原始邮件-----' quote.")
    return emit(4704, "coremail-object-item4-with-dates", "reply",
                "Coremail 'Re:' objection to 第4项 whose reason contains 10月10日 and 5个工作日内 (not an extend)", msg, g)


# ---- 4705 126 web progress named task
@case
def c4705():
    m, k = MEET["M1"], "沈嘉怡"
    t = T("2025-09-30 20:15:33")
    frm = ("沈嘉怡", "shenjiayi_joy@126.com")
    to, cc = recips(m, k)
    new = "巴西那个标签样稿核对了一半，进度50%，放假前弄不完了，节后第一天给到。\n\n（在外面，用私人邮箱回的）\n嘉怡"
    qt, qh = q_163(m.parent)
    msg = coremail(frm, to, cc, "Re:" + m.parent.subject, t, new + qt, divs(new) + qh, "4705", cs="GBK",
                   irt=m.parent.msgid, refs=m.refs())
    set_hdr(msg[0], "X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20250313(c6c3c8c7) Copyright (c) "
            "2002-2025 www.mailtech.cn 126com")
    set_hdr(msg[0], "Message-ID", "<%s.%s.%s.Coremail.shenjiayi_joy@126.com>" % (hx("4705a", 8), hx("4705b", 4),
                                                                               hx("4705c", 11)))
    del msg[0]["X-Coremail-Locale"]
    msg[0]["X-NTES-SC"] = "AL_Qu2cAf" + hb64("4705n", 30)
    msg = finish(msg, deliv(t, frm[1], "4705", ("m16.mail.126.com", "m16.mail.126.com"), "220.181.16.73"))
    g = G("reply", rep("progress", [], 50), "Owner writes from her private 126.com mailbox (not an allowed domain, so "
          "the bot should keep it as a comment; the parse gold is still the reply). '巴西那个标签样稿' names M1 #5 "
          "(核对巴西INMETRO标签样稿), her other item #1 is a different task -> one clear match #5, but no number is "
          "written, so items []. '进度50%' -> progress 50. '节后第一天给到' restates the existing due date 10-09 "
          "(first working day after National Day), not an extension request.", match=[5])
    return emit(4705, "126web-progress-named-task-private-box", "reply",
                "126.com web (GBK, '在 … 写道：' + isReplyContent) from a private box: task named in words, 进度50%", msg, g)


# ---- 4706 Mail Master circled done
@case
def c4706():
    m, k = MEET["M1"], "沈嘉怡"
    t = T("2025-09-29 11:02:47")
    to, cc = recips(m, k)
    new = "①已完成，装柜计划Jonas已经回邮件确认了。\n\n发自网易邮箱大师"
    qt, qh = quote_mailmaster(m.parent)
    msg = coremail(P(k), to, cc, "回复：" + m.parent.subject, t, new + "\n" + qt, divs(new) + qh, "4706", cs="UTF-8",
                   irt=m.parent.msgid, refs=m.refs())
    set_hdr(msg[0], "X-Mailer", "NetEase Mail Master for iOS 7.19.6")
    set_hdr(msg[0], "Message-ID", "<%s.%s@%s>" % (hx("4706m", 16).upper(), hx("4706n", 6).upper(), DOM))
    for h in ("X-Coremail-Locale", "X-CM-CTRLDATA", "X-Coremail-Antispam", "X-CM-TRANSID", "X-CM-SenderInfo"):
        del msg[0][h]
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4706", ("[10.8.3.9]", "unknown"), "10.8.3.9"))
    g = G("reply", rep("done", [1]), "'①已完成' -> done [1] (circled digit). Sent on Mon 09-29 (the day the item was "
          "due). Mail Master mobile footer '发自网易邮箱大师' and '---- 回复的原邮件 ----' quote with | 发件人 | rows.")
    return emit(4706, "mailmaster-done-circled-1", "reply",
                "网易邮箱大师 iOS: '①已完成…' + '发自网易邮箱大师', quote '---- 回复的原邮件 ----'", msg, g)


# ---- 4707 Outlook zh-TW big5 done #1
@case
def c4707():
    m, k = MEET["M3"], "林冠宇"
    t = T("2025-10-09 16:47:20")
    to, cc = recips(m, k)
    new = ("邵總您好，\n\n第1項回充座紅外識別偏移已修正完成，韌體已上傳到測試分支 fw-dev-1009，再請方先生協助驗證。\n\n"
           "林冠宇 KY Lin\n瑞鋒韌體股份有限公司 韌體研發部\nTel: +886-2-2758-1234 ext. 512")
    p = m.parent
    tt = p.t
    when = "%d年%d月%d日 %s %02d:%02d" % (tt.year, tt.month, tt.day, "下午" if tt.hour >= 12 else "上午",
                                        tt.hour - 12 if tt.hour > 12 else tt.hour, tt.minute)
    qt, qh = q_outlook_block(p, ("寄件者:", "寄件日期:", "收件者:", "副本:", "主旨:"), when)
    msg = outlook_desktop(P(k), to, cc, "回覆: " + p.subject, t, [], "4707", cs="utf-8", irt=p.msgid, refs=m.refs(),
                          text=new + "\n" + qt, html_doc=outlook_html(new, qh, "utf-8").replace('lang="ZH-CN"',
                                                                                                 'lang="ZH-TW"'))
    msg[1][:] = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", K.thread_index("4707")),
                 ("Content-Language", "zh-tw")]
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4707", ("mail.rayfirm.example.com.tw", "mail.rayfirm.example.com.tw"),
                            "203.69.45.18"))
    g = G("reply", rep("done", [1]), "Traditional Chinese from the Taipei contractor (Outlook switches to UTF-8 because the quoted simplified-Chinese recap is not encodable in Big5): '第1項…已修正完成' -> done [1] "
          "(項 not 项). Outlook zh-TW subject prefix '回覆:' and quote labels 寄件者/寄件日期/收件者/副本/主旨 with "
          "'下午 04:03'. The quoted recap itself is simplified Chinese.")
    return emit(4707, "outlook-zhtw-done-item1", "reply",
                "Outlook zh-TW (UTF-8) '回覆:' '第1項…已修正完成' with 寄件者/寄件日期/主旨 quote labels", msg, g)


# ---- 4708 Gmail zh-TW extend named task
@case
def c4708():
    m, k = MEET["M3"], "黃郁雯"
    t = T("2025-10-14 11:20:09")
    to, cc = recips(m, k)
    new = ("各位好，\nApp 繁中文案這項需要多兩天，翻譯社週四才回稿，申請延期到10月17日（週五）。\n謝謝！\n\nWendy 黃郁雯\n"
           "瑞鋒韌體 專案管理")
    p = m.parent
    tt = p.t
    attr = "%s <%s> 於 %d年%d月%d日 週%s %s%d:%02d寫道：" % (p.frm[0], p.frm[1], tt.year, tt.month, tt.day,
                                                       WZH[tt.weekday()].replace("日", "日"),
                                                       "下午" if tt.hour >= 12 else "上午",
                                                       tt.hour - 12 if tt.hour > 12 else tt.hour, tt.minute)
    qt, qh = q_attr(p, attr)
    msg = gmail(P(k), to, cc, p.subject, t, new + qt, divs(new) + qh, "4708", irt=p.msgid, refs=m.refs())
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4708", ("mail-sor-f41.google.com", "mail-sor-f41.google.com"),
                            "209.85.220.41"))
    nd = chk("4708", D(2025, 10, 17), "2025-10-17")
    g = G("reply", rep("extend", [], None, nd), "Traditional Chinese, Google Workspace (zh-TW UI: '於 2025年10月9日 週四 "
          "下午4:03寫道：'). 'App 繁中文案這項' names M3 #4 (更新App繁体中文文案), her only item -> match #4, items [] "
          "(no number). '申請延期到10月17日（週五）' -> extend, 2025-10-17 (is a Friday). '多兩天' agrees (10-15 + 2).",
          match=[4])
    return emit(4708, "gmail-zhtw-extend-named-task", "reply",
                "Gmail zh-TW (Traditional): 'App 繁中文案這項…申請延期到10月17日（週五）' — task named, no number", msg, g)


# ---- 4709 Apple Mail macOS zh done named task, attachment
@case
def c4709():
    m, k = MEET["M3"], "方明哲"
    t = T("2025-10-13 18:31:02")
    to, cc = recips(m, k)
    new = "地毯识别回归用例跑完了，42条全过，报告见附件。\n\n方明哲"
    p = m.parent
    tt = p.t
    attr = "%d年%d月%d日 %d:%02d，%s <%s> 写道：" % (tt.year, tt.month, tt.day, tt.hour, tt.minute, p.frm[0], p.frm[1])
    qt, qh = q_apple(p, attr, ios=False)
    att = attachment("地毯识别回归测试报告.xlsx", tiny_zip([("xl/workbook.xml", "<workbook/>")]),
                     "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", style="rfc2231+name")
    msg = apple(P(k), to, cc, p.subject, t, new + qt, divs(new) + qh, "4709", p.msgid, m.refs(), ios=False,
                attachments=[att])
    msg = finish((msg, []), deliv(t, PEOPLE[k][1], "4709"))
    g = G("reply", rep("done", []), "Apple Mail on macOS, zh UI: quote attribution '2025年10月9日 16:03，纪要助手 <…> "
          "写道：' inside the quote. '地毯识别回归用例跑完了，42条全过' reports M3 #3 done (测试地毯识别回归用例, the "
          "sender's only item) -> done, items [] (no number), match #3. '42条' is a count, not an item number. "
          "xlsx attachment with an RFC 2231 Chinese filename.", match=[3])
    return emit(4709, "applemail-zh-done-named-attachment", "reply",
                "Apple Mail macOS zh: '地毯识别回归用例跑完了，42条全过' + xlsx (RFC 2231 name); task named, '42条' is no item",
                msg, g)


# ---- 4710 iPhone en extend "push #2 to the 24th" from Germany
@case
def c4710():
    m, k = MEET["M4"], "Jonas Weber"
    t = T("2025-10-15 21:40:18", 2)
    to, cc = recips(m, k)
    new = ("Hi Leo,\nwe can't commit to the BF quantity before our buying committee on Oct 23. Can we push #2 to the "
           "24th?\nThx, Jonas\n\nSent from my iPhone")
    p = m.parent
    lt = local(p.t, 2)
    attr = "On %s %d, %d, at %d:%02d, %s <%s> wrote:" % (K.MONTH_EN[lt.month - 1], lt.day, lt.year, lt.hour,
                                                           lt.minute, p.frm[0], p.frm[1])
    qt, qh = q_apple(p, attr, ios=True)
    msg = apple(P(k), to, cc, p.subject, t, new + qt, divs(new) + qh, "4710", p.msgid, m.refs(), ios=True)
    msg = finish((msg, []), deliv(t, PEOPLE[k][1], "4710", ("mail.haushelfer.example.de", "mail.haushelfer.example.de"),
                                  "85.214.132.7"))
    nd = chk("4710", day_of_month_on_or_after(sdate(t), 24), "2025-10-24")
    g = G("reply", rep("extend", [2], None, nd), "German distributor on iPhone (24h clock, 'On Oct 13, 2025, at 11:05, "
          "… wrote:' in his local time). Date Wed 21:40 +0200 = Thu 2025-10-16 03:40 in Shanghai. 'Can we push #2 to the "
          "24th?' is an extension request phrased as a question -> extend [2]; 'the 24th' = next 24th on/after the "
          "Shanghai send date = 2025-10-24. 'Oct 23' is the reason (committee), not the new date.")
    return emit(4710, "iphone-en-push-item2-to-the-24th", "reply",
                "iPhone (en, Germany +0200): 'Can we push #2 to the 24th?' — question-form extend, bare day-of-month",
                msg, g)


# ---- 4711 Outlook de (German UI, English text) done #2
@case
def c4711():
    m, k = MEET["M4"], "Jonas Weber"
    t = T("2025-10-24 09:15:44", 2)
    to, cc = recips(m, k)
    new = ("Hello all,\n\nitem 2 is done – BF quantity confirmed: 1,200 pcs X30 + 300 pcs X30 Pro, PO follows today.\n\n"
           "Mit freundlichen Grüßen / Best regards\nJonas Weber\nHead of Category Floor Care\nHaushelfer GmbH | "
           "Speditionstraße 21 | 40221 Düsseldorf\nTel. +49 211 5408 8120\n\nHaushelfer GmbH, Sitz Düsseldorf, "
           "Amtsgericht Düsseldorf HRB 81234, Geschäftsführer: Markus Brandt\nDiese E-Mail enthält vertrauliche "
           "Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender.")
    p = m.parent
    lt = local(p.t, 2)
    DE_D = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
    DE_M = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
            "November", "Dezember"]
    when = "%s, %d. %s %d %02d:%02d" % (DE_D[lt.weekday()], lt.day, DE_M[lt.month - 1], lt.year, lt.hour, lt.minute)
    qt, qh = q_outlook_block(p, ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:"), when)
    msg = outlook_desktop(P(k), to, cc, "AW: " + p.subject, t, [], "4711", cs="utf-8", cte="quoted-printable",
                          irt=p.msgid, refs=m.refs(), text=new + "\n" + qt,
                          html_doc=outlook_html(new, qh, "utf-8").replace('lang="ZH-CN"', 'lang="DE"'))
    msg[1][:] = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", K.thread_index("4711")),
                 ("Content-Language", "de-de")]
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4711", ("mail.haushelfer.example.de", "mail.haushelfer.example.de"),
                            "85.214.132.7"))
    g = G("reply", rep("done", [2]), "Outlook with German UI ('AW:', Von/Gesendet/An/Cc/Betreff, 'Montag, 13. Oktober "
          "2025 11:05' local time), English text: 'item 2 is done' -> done [2]. Numbers 1,200 / 300 are quantities. "
          "German signature with HRB number and a confidentiality disclaimer.")
    return emit(4711, "outlook-de-done-item2-disclaimer", "reply",
                "Outlook German UI ('AW:', Von:/Gesendet:/Betreff:), English 'item 2 is done', Impressum + disclaimer",
                msg, g)


# ---- 4712 Outlook nl progress named task
@case
def c4712():
    m, k = MEET["M4"], "Sanne de Vries"
    t = T("2025-10-20 10:05:27", 2)
    to, cc = recips(m, k)
    new = ("Hi all,\n\nRe the co-op budget proposal: about 70% done, we're waiting for the media agency's quote. I'll "
           "send it by Friday.\n\nMet vriendelijke groet,\nSanne de Vries\nTrade Marketing Benelux | Haushelfer GmbH "
           "(NL branch)\n+31 20 794 5512")
    p = m.parent
    lt = local(p.t, 2)
    NL_D = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
    NL_M = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
            "november", "december"]
    when = "%s %d %s %d %02d:%02d" % (NL_D[lt.weekday()], lt.day, NL_M[lt.month - 1], lt.year, lt.hour, lt.minute)
    qt, qh = q_outlook_block(p, ("Van:", "Verzonden:", "Aan:", "CC:", "Onderwerp:"), when, owa=True,
                             sep="________________________________")
    msg = exchange_online(P(k), to, cc, "RE: " + p.subject[4:], t, [], "4712", cs="utf-8", irt=p.msgid, refs=m.refs(),
                          text=new + "\n\n" + qt, html_doc='<html><head><meta http-equiv="Content-Type" content='
                          '"text/html; charset=utf-8"></head><body dir="ltr">%s%s</body></html>' % (divs(new), qh))
    set_hdr(msg[0], "Accept-Language", "nl-NL, en-US")
    set_hdr(msg[0], "Content-Language", "nl-NL")
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4712", ("AM9PR03MB7411.eurprd03.prod.outlook.com",
                                                      "mail-am9pr03.outbound.protection.outlook.com"), "40.107.22.91"))
    g = G("reply", rep("progress", [], 70), "New Outlook / Microsoft 365 with Dutch UI ('Van:/Verzonden:/Aan:/CC:/"
          "Onderwerp:' after an underscore line), Date in +0000. 'Re the co-op budget proposal: about 70% done' names "
          "M4 #5, her only item -> progress 70, items [] (no number), match #5. 'by Friday' is her own estimate within "
          "the existing due date (10-24 is that Friday), not an extension request.", match=[5])
    return emit(4712, "m365-nl-progress-named-task", "reply",
                "Microsoft 365 Dutch UI (Van:/Verzonden:/Onderwerp:), 'about 70% done' on a task named in words", msg, g)


# ---- 4713 Thunderbird cs extend named task
@case
def c4713():
    m, k = MEET["M4"], "Petra Nováková"
    t = T("2025-10-14 09:30:11", 2)
    to, cc = recips(m, k)
    new = ("Hello,\n\nI'm afraid 22 October is not realistic for the store display plan - our visual merchandising "
           "team is at a workshop in Brno that week. Could we move it to 29 October?\n\nThank you,\nPetra\n\n-- \n"
           "Petra Nováková\nCategory Manager Small Appliances\nDomovPlus a.s., Praha")
    p = m.parent
    lt = local(p.t, 2)
    attr = "Dne %d. %d. %d v %d:%02d %s napsal(a):" % (lt.day, lt.month, lt.year, lt.hour, lt.minute, p.frm[0])
    qt, qh = q_thunderbird(p, attr)
    msg = thunderbird(P(k), to, cc, p.subject, t, new + "\n" + qt,
                      "<p>" + "<br>\n".join(esc(x) for x in new.split("\n")) + "</p>\n" + qh, "4713", p.msgid,
                      m.refs(), lang="cs")
    msg = finish((msg, []), deliv(t, PEOPLE[k][1], "4713", ("mx.domovplus.example.cz", "mx.domovplus.example.cz"),
                                  "77.75.78.12"))
    nd = chk("4713", D(2025, 10, 29), "2025-10-29")
    g = G("reply", rep("extend", [], None, nd), "Thunderbird with Czech UI ('Dne 13. 10. 2025 v 11:05 纪要助手 "
          "napsal(a):'), 8bit UTF-8 format=flowed, signature after '-- '. The store display plan is M4 #4, her only "
          "item -> match #4, items []. 'Could we move it to 29 October?' -> extend 2025-10-29; '22 October' is the "
          "current due date she is arguing against.", match=[4])
    return emit(4713, "thunderbird-cs-extend-named-task", "reply",
                "Thunderbird Czech UI (Dne … napsal(a):), 8bit flowed: 'Could we move it to 29 October?' task in words",
                msg, g)


# ---- 4714 Outlook pl done #6 with attachment
@case
def c4714():
    m, k = MEET["M4"], "Marta Kowalska"
    t = T("2025-10-21 14:10:36", 2)
    to, cc = recips(m, k)
    new = ("Hi,\nItem 6 – done. Polish packaging texts checked, two corrections marked in the attached PDF.\n\n"
           "Pozdrawiam / Best regards\nMarta Kowalska\nBuyer | DomovPlus Polska sp. z o.o.")
    p = m.parent
    lt = local(p.t, 2)
    PL_D = ["poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"]
    PL_M = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
            "października", "listopada", "grudnia"]
    when = "%s, %d %s %d %02d:%02d" % (PL_D[lt.weekday()], lt.day, PL_M[lt.month - 1], lt.year, lt.hour, lt.minute)
    qt, qh = q_outlook_block(p, ("Od:", "Wysłane:", "Do:", "DW:", "Temat:"), when)
    att = attachment("opakowanie_PL_X30_uwagi.pdf", b"%PDF-1.4\n% tiny\n", "application/pdf")
    msg = outlook_desktop(P(k), to, cc, "RE: " + p.subject[4:], t, [], "4714", cs="iso-8859-2" if False else "utf-8",
                          cte="base64", irt=p.msgid, refs=m.refs(), text=new + "\n" + qt,
                          html_doc=outlook_html(new, qh, "utf-8").replace('lang="ZH-CN"', 'lang="PL"'),
                          attachments=[att])
    msg[1][:] = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", K.thread_index("4714")),
                 ("Content-Language", "pl")]
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4714", ("mail.domovplus.example.pl", "mail.domovplus.example.pl"),
                            "91.239.201.15"))
    g = G("reply", rep("done", [6]), "Outlook with Polish UI (Od:/Wysłane:/Do:/DW:/Temat:, 'poniedziałek, 13 października "
          "2025 11:05'), English 'Item 6 – done' with an en dash -> done [6]. 'two corrections' is not an item number. "
          "PDF attachment (multipart/mixed).")
    return emit(4714, "outlook-pl-done-item6-pdf", "reply",
                "Outlook Polish UI (Od:/Wysłane:/Temat:), 'Item 6 – done' + PDF attachment", msg, g)


# ---- 4715 Outlook for Mac en progress named task (internal)
@case
def c4715():
    m, k = MEET["M4"], "许静"
    t = T("2025-10-17 16:20:08")
    to, cc = recips(m, k)
    new = ("Quick update on the DE/NL manuals: German is finished, Dutch is still with the translator – I'd say "
           "we're at 80%.\n\nJing")
    qt, qh = quote_outlook_mac_en(m.parent)
    msg = gmail(P(k), to, cc, m.parent.subject, t, new + qt, divs(new) + qh, "4715", irt=m.parent.msgid,
                refs=m.refs())
    set_hdr(msg[0], "Message-ID", "<%s@%s>" % ("SEZPR06MB" + hx("4715", 20).upper(), "lantu.example.cn"))
    msg[0]["User-Agent"] = "Microsoft-MacOutlook/16.101.25101916"
    del msg[0]["X-Gm-Features"]
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4715"))
    g = G("reply", rep("progress", [], 80), "Internal owner on Outlook for Mac (English UI: From/Date/To/Subject block "
          "with 'Monday, 13 October 2025 at 17:05'). 'the DE/NL manuals' names M4 #3 (Provide German/Dutch user manual "
          "PDFs), her only item -> progress 80, items [], match #3.", match=[3])
    return emit(4715, "outlook-mac-en-progress-80-named", "reply",
                "Outlook for Mac English: 'DE/NL manuals … I'd say we're at 80%' (task in words)", msg, g)


# ---- 4716 Gmail pt-BR "need two more days on item 1", wrapped attribution
@case
def c4716():
    m, k = MEET["M5"], "Rafael Souza"
    t = T("2025-10-20 22:30:41", -3)
    to, cc = recips(m, k)
    new = ("Hi team,\n\nneed two more days on item 1 - the lab courier only picks up on Tuesdays and Thursdays.\n\n"
           "Abraço,\nRafael Souza\nGerente de Importação | CasaLimpa Distribuidora\n+55 11 3456-7788")
    p = m.parent
    lt = local(p.t, -3)
    PT_D = ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."]
    PT_M = ["jan.", "fev.", "mar.", "abr.", "mai.", "jun.", "jul.", "ago.", "set.", "out.", "nov.", "dez."]
    attr = "Em %s, %d de %s de %d às %02d:%02d, %s <%s> escreveu:" % (PT_D[lt.weekday()], lt.day, PT_M[lt.month - 1],
                                                                    lt.year, lt.hour, lt.minute, p.frm[0], p.frm[1])
    wrapped = attr.replace(", %s <" % p.frm[0], ", %s <\n" % p.frm[0])
    qt, qh = q_attr(p, attr, wrap=wrapped)
    msg = gmail(P(k), to, cc, p.subject, t, new + qt, divs(new) + qh, "4716", irt=p.msgid, refs=m.refs())
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4716", ("mail-sor-f69.google.com", "mail-sor-f69.google.com"),
                            "209.85.220.69"))
    nd = chk("4716", D(2025, 10, 22) + dt.timedelta(days=2), "2025-10-24")
    g = G("reply", rep("extend", [1], None, nd), "Brazilian distributor, Gmail with Portuguese UI; the attribution "
          "'Em ter., 14 de out. de 2025 às 06:12, 纪要助手 <' is wrapped before the address. Date Mon 22:30 -0300 = Tue "
          "2025-10-21 09:30 Shanghai. 'need two more days on item 1' -> extend [1]; two more days counted from the "
          "item's current due date 2025-10-22 (Wed) = 2025-10-24 (Fri; calendar and working days agree). Ambiguity: "
          "'two more days' could be read from today (10-23); the item's due date is the natural anchor.")
    return emit(4716, "gmail-pt-two-more-days-item1-wrapped-attr", "reply",
                "Gmail pt-BR (-0300): 'need two more days on item 1' (relative to the due date); attribution wrapped "
                "over two lines", msg, g)


# ---- 4717 Gmail es done #2
@case
def c4717():
    m, k = MEET["M5"], "Lucía Fernández"
    t = T("2025-10-16 15:02:19", -3)
    to, cc = recips(m, k)
    new = ("Hola a todos / hi all,\n\nel ítem 2 ya está listo: proofreading del manual en español terminado, el "
           "archivo está en la carpeta compartida.\n\nSaludos,\nLucía")
    p = m.parent
    lt = local(p.t, -3)
    ES_D = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
    ES_M = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
    attr = "El %s, %d %s %d a las %d:%02d, %s (<%s>) escribió:" % (ES_D[lt.weekday()], lt.day, ES_M[lt.month - 1],
                                                                  lt.year, lt.hour, lt.minute, p.frm[0], p.frm[1])
    qt, qh = q_attr(p, attr)
    msg = gmail(P(k), to, cc, p.subject, t, new + qt, divs(new) + qh, "4717", irt=p.msgid, refs=m.refs())
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4717", ("mail-sor-f73.google.com", "mail-sor-f73.google.com"),
                            "209.85.220.73"))
    g = G("reply", rep("done", [2]), "Spanish with an English aside, Gmail Spanish UI ('El mar, 14 oct 2025 a las 6:12, "
          "纪要助手 (<…>) escribió:'). 'el ítem 2 ya está listo' (= item 2 is ready/done) -> done [2].")
    return emit(4717, "gmail-es-item2-ya-esta-listo", "reply",
                "Gmail Spanish UI (El … escribió:): 'el ítem 2 ya está listo' — done in Spanish", msg, g)


# ---- 4718 Outlook tr object #3
@case
def c4718():
    m, k = MEET["M5"], "Emre Yıldız"
    t = T("2025-10-15 11:40:52", 3)
    to, cc = recips(m, k)
    new = ("Dear all,\n\nwe object to item 3 as written: the TSE application has to be filed by the importer of "
           "record, which is your Istanbul agent, not Temiz Ev. Please reassign it.\n\nSaygılarımla / Kind regards,\n"
           "Emre Yıldız\nİthalat Müdürü | Temiz Ev Ticaret A.Ş.")
    p = m.parent
    lt = local(p.t, 3)
    TR_D = ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"]
    TR_M = ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım",
            "Aralık"]
    when = "%d %s %d %s %02d:%02d" % (lt.day, TR_M[lt.month - 1], lt.year, TR_D[lt.weekday()], lt.hour, lt.minute)
    qt, qh = q_outlook_block(p, ("Kimden:", "Gönderildi:", "Kime:", "Bilgi:", "Konu:"), when)
    msg = outlook_desktop(P(k), to, cc, "YNT: " + p.subject, t, [], "4718", cs="utf-8", cte="base64", irt=p.msgid,
                          refs=m.refs(), text=new + "\n" + qt,
                          html_doc=outlook_html(new, qh, "utf-8").replace('lang="ZH-CN"', 'lang="TR"'))
    msg[1][:] = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", K.thread_index("4718")),
                 ("Content-Language", "tr")]
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4718", ("mail.temizev.example.com.tr", "mail.temizev.example.com.tr"),
                            "185.86.12.40"))
    g = G("reply", rep("object", [3]), "Turkish Outlook UI ('YNT:' subject prefix, Kimden:/Gönderildi:/Kime:/Konu:), "
          "English text 'we object to item 3 as written … Please reassign it.' -> object [3]. Sent 11:40 +0300 = "
          "16:40 Shanghai on 10-15, i.e. the day after the recap (the objection cut-off was 10-14 18:00) — still "
          "an objection; what the bot does with a late objection is policy, not parsing.")
    return emit(4718, "outlook-tr-object-item3-reassign", "reply",
                "Outlook Turkish UI ('YNT:', Kimden:/Gönderildi:/Konu:): 'we object to item 3 … please reassign'",
                msg, g)


# ---- 4719 Outlook en (Thailand) confirm #4, disclaimer
@case
def c4719():
    m, k = MEET["M5"], "Nattaporn Srisuk"
    t = T("2025-10-14 18:05:13", 7)
    to, cc = recips(m, k)
    new = ("Dear Khun Leo,\n\nNoted with thanks. Confirm item 4, artwork will be ready on time.\n\nBest regards,\n"
           "Nattaporn Srisuk (Nat)\nProduct Compliance | SiamClean Co., Ltd.\nT: +66 2 118 4455\n\n"
           "DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you "
           "have received it in error please notify the sender and delete it. SiamClean accepts no liability for any "
           "damage caused by viruses.")
    p = m.parent
    lt = local(p.t, 7)
    h12 = lt.hour % 12 or 12
    when = "%s, %s %d, %d %d:%02d %s" % (K.DAY_EN_LONG[lt.weekday()], K.MONTH_EN_LONG[lt.month - 1], lt.day, lt.year,
                                         h12, lt.minute, "PM" if lt.hour >= 12 else "AM")
    qt, qh = q_outlook_block(p, ("From:", "Sent:", "To:", "Cc:", "Subject:"), when)
    msg = outlook_desktop(P(k), to, cc, "RE: " + p.subject[4:], t, [], "4719", cs="us-ascii" if False else "utf-8",
                          cte="quoted-printable", irt=p.msgid, refs=m.refs(), text=new + "\n" + qt,
                          html_doc=outlook_html(new, qh, "utf-8").replace('lang="ZH-CN"', 'lang="EN-US"'))
    msg[1][:] = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", K.thread_index("4719")),
                 ("Content-Language", "en-us")]
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4719", ("mail.siamclean.example.co.th", "mail.siamclean.example.co.th"),
                            "203.150.19.7"))
    g = G("reply", rep("confirm", [4]), "Outlook English UI from Thailand (+0700; 'Sent: Tuesday, October 14, 2025 "
          "4:12 PM' local). 'Noted with thanks. Confirm item 4' -> confirm [4]. Legal disclaimer below the signature.")
    return emit(4719, "outlook-en-confirm-item4-disclaimer", "reply",
                "Outlook English (Thailand): 'Noted with thanks. Confirm item 4' + long disclaimer", msg, g)


# ---- 4720 Gmail vi done named task
@case
def c4720():
    m, k = MEET["M5"], "Nguyễn Thu Hà"
    t = T("2025-10-17 16:45:30", 7)
    to, cc = recips(m, k)
    new = "Dear all,\n\nThe Vietnamese warranty card translation is finished, file attached.\n\nTrân trọng,\nHà"
    p = m.parent
    lt = local(p.t, 7)
    VI_D = ["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"]
    attr = "Vào %s, %d thg %d, %d vào lúc %02d:%02d %s <%s> đã viết:" % (VI_D[lt.weekday()], lt.day, lt.month,
                                                                        lt.year, lt.hour, lt.minute, p.frm[0],
                                                                        p.frm[1])
    qt, qh = q_attr(p, attr)
    msg = gmail(P(k), to, cc, p.subject, t, new + qt, divs(new) + qh, "4720", irt=p.msgid, refs=m.refs(),
                attachments=[attachment("Phieu_bao_hanh_X30_VI.docx", tiny_zip([("word/document.xml", "<w/>")]),
                                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4720", ("mail-sor-f45.google.com", "mail-sor-f45.google.com"),
                            "209.85.220.45"))
    g = G("reply", rep("done", []), "Gmail with Vietnamese UI ('Vào Th 3, 14 thg 10, 2025 vào lúc 16:12 … đã viết:'). "
          "'The Vietnamese warranty card translation is finished' names M5 #5, her only item -> done, items [], "
          "match #5. Vietnamese closing 'Trân trọng'.", match=[5])
    return emit(4720, "gmail-vi-done-named-task-docx", "reply",
                "Gmail Vietnamese UI (Vào … đã viết:): 'warranty card translation is finished' (task in words) + docx",
                msg, g)


# ---- 4721 Outlook fr progress named
@case
def c4721():
    m, k = MEET["M5"], "Omar Haddad"
    t = T("2025-10-27 10:20:05", 4)
    to, cc = recips(m, k)
    new = ("Hello Leo,\n\nECAS registration: 80% done, the last test report is still with the lab in Dubai. Should be "
           "closed before the deadline.\n\nRegards,\nOmar Haddad\nGulf HomeTech FZE – Jebel Ali Free Zone\n"
           "Mobile +971 50 123 4567")
    p = m.parent
    lt = local(p.t, 4)
    FR_D = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    FR_M = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre"]
    when = "%s %d %s %d %02d:%02d" % (FR_D[lt.weekday()], lt.day, FR_M[lt.month - 1], lt.year, lt.hour, lt.minute)
    qt, qh = q_outlook_block(p, ("De :", "Envoyé :", "À :", "Cc :", "Objet :"), when)
    msg = outlook_desktop(P(k), to, cc, "RE : " + p.subject, t, [], "4721", cs="utf-8", cte="quoted-printable",
                          irt=p.msgid, refs=m.refs(), text=new + "\n" + qt,
                          html_doc=outlook_html(new, qh, "utf-8").replace('lang="ZH-CN"', 'lang="FR"'))
    msg[1][:] = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", K.thread_index("4721")),
                 ("Content-Language", "fr-fr")]
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4721", ("mail.gulfhometech.example.ae", "mail.gulfhometech.example.ae"),
                            "94.200.33.18"))
    g = G("reply", rep("progress", [], 80), "UAE distributor with a French Outlook UI ('RE :', 'De :/Envoyé :/À :/Objet :' "
          "with the French space before the colon). 'ECAS registration: 80% done' names M5 #6, his only item in M5 "
          "-> progress 80, items [], match #6.", match=[6])
    return emit(4721, "outlook-fr-progress-80-named", "reply",
                "Outlook French UI ('RE :', De :/Envoyé :/Objet :): 'ECAS registration: 80% done' (task in words)", msg,
                g)


# ---- 4722 Gmail ja extend #7 to Oct 31
@case
def c4722():
    m, k = MEET["M5"], "佐藤健"
    t = T("2025-10-15 10:30:27", 9)
    to, cc = recips(m, k)
    new = ("Dear all,\n\nRegarding item 7 (PSE documents): we would like to extend it to Oct 31, because our METI "
           "consultation is scheduled on Oct 28.\n\nBest regards,\n佐藤 健 / Ken Sato\nRuntec株式会社 海外事業部\n"
           "〒530-0001 大阪市北区梅田1-2-3  TEL 06-6345-1200")
    p = m.parent
    lt = local(p.t, 9)
    JA_D = "月火水木金土日"
    attr = "%d年%d月%d日(%s) %d:%02d %s <%s>:" % (lt.year, lt.month, lt.day, JA_D[lt.weekday()], lt.hour, lt.minute,
                                                 p.frm[0], p.frm[1])
    qt, qh = q_attr(p, attr)
    msg = gmail(P(k), to, cc, p.subject, t, new + qt, divs(new) + qh, "4722", irt=p.msgid, refs=m.refs())
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4722", ("mail-sor-f52.google.com", "mail-sor-f52.google.com"),
                            "209.85.220.52"))
    nd = chk("4722", D(2025, 10, 31), "2025-10-31")
    g = G("reply", rep("extend", [7], None, nd), "Japanese distributor, Gmail Japanese UI (attribution '2025年10月14日"
          "(火) 18:12 纪要助手 <…>:' with no 'wrote'). 'extend it to Oct 31' -> extend [7], 2025-10-31. 'Oct 28' is the "
          "reason; the postal code/phone in the signature are not dates.")
    return emit(4722, "gmail-ja-extend-item7-oct31", "reply",
                "Gmail Japanese UI ('2025年10月14日(火) 18:12 … <…>:'): 'extend it to Oct 31' (Oct 28 is the reason)", msg,
                g)


# ---- 4723 Outlook ko, Chinese text, done #4
@case
def c4723():
    m, k = MEET["M6"], "朴智勋"
    t = T("2025-10-17 09:20:40")
    to, cc = recips(m, k)
    new = "冯工您好，\n\n第4项测试报价已发您邮箱，请查收。此项完成。\n\n朴智勋 Park Ji-hoon\nTUV上海 电子电气事业部 项目工程师"
    p = m.parent
    lt = p.t
    KO_D = ["월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"]
    when = "%d년 %d월 %d일 %s %s %d:%02d" % (lt.year, lt.month, lt.day, KO_D[lt.weekday()],
                                          "오후" if lt.hour >= 12 else "오전", lt.hour % 12 or 12, lt.minute)
    qt, qh = q_outlook_block(p, ("보낸 사람:", "보낸 날짜:", "받는 사람:", "참조:", "제목:"), when)
    msg = outlook_desktop(P(k), to, cc, "RE: " + p.subject[4:], t, [], "4723", cs="utf-8", cte="base64", irt=p.msgid,
                          refs=m.refs(), text=new + "\n" + qt,
                          html_doc=outlook_html(new, qh, "utf-8").replace('lang="ZH-CN"', 'lang="KO"'))
    msg[1][:] = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", K.thread_index("4723")),
                 ("Content-Language", "ko-kr")]
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4723", ("mail.tuv-sh.example.com", "mail.tuv-sh.example.com"),
                            "101.230.8.66"))
    g = G("reply", rep("done", [4]), "Korean engineer at the Shanghai lab writes Chinese on an Outlook with Korean UI "
          "(보낸 사람:/보낸 날짜:/받는 사람:/참조:/제목:, '2025년 10월 16일 목요일 오후 3:33'). '第4项…此项完成' -> "
          "done [4].")
    return emit(4723, "outlook-ko-ui-chinese-done-item4", "reply",
                "Outlook Korean UI (보낸 사람:/제목:) with Chinese text '第4项…此项完成'", msg, g)


# ---- 4724 WeCom mail confirm
@case
def c4724():
    m, k = MEET["M6"], "顾晨"
    t = T("2025-10-16 17:50:26")
    to, cc = recips(m, k)
    new = "确认。EMC预测试暗室已经排到22号上午。"
    qt, qh = quote_qq(m.parent)
    msg = qq_exmail(P(k), to, cc, "回复：" + m.parent.subject, t, new + qt, "<div>%s</div>" % esc(new) + qh, "4724",
                    irt=m.parent.msgid, refs=m.refs(), cs="utf-8")
    set_hdr(msg[0], "Message-ID", "<tencent_%s@exmail.qq.com>" % hx("4724", 36).upper())
    set_hdr(msg[0], "X-Mailer", "WXWork 4.1.38")
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4724", ("smtpbg151.qq.com", "smtpbg151.qq.com"), "162.62.58.211"))
    g = G("reply", rep("confirm"), "企业微信 (WeCom) mail on Tencent Exmail, UTF-8, same '原始邮件' quote as QQ. '确认。' "
          "-> confirm, items []. '22号上午' is the planned test slot for her own item (#1, due 10-22), not a "
          "command.")
    return emit(4724, "wecom-confirm-with-date-info", "reply",
                "企业微信 mail (Exmail, UTF-8): '确认。…排到22号上午' — a date that is only information", msg, g)


# ---- 4725 DingTalk progress named
@case
def c4725():
    m, k = MEET["M2"], "钱立军"
    t = T("2025-09-29 15:20:44")
    to, cc = recips(m, k)
    new = "蒋经理：\n8D报告初稿完成70%左右，D4根因分析还在做（轴承游隙+润滑脂批次），明天可以给到。\n\n钱立军\n常州恒驰电机 质量部"
    qt, qh = q_alimail(m.parent)
    hdrs = [("Date", rfc_date(t)), ("From", haddr(*P(k), label="UTF-8")),
            ("To", ", ".join(haddr(*x, label="UTF-8") for x in to)),
            ("Cc", ", ".join(haddr(*x, label="UTF-8") for x in cc)),
            ("Message-ID", "<%s--.%s@hengchi-motor.example.cn>" % (hx("4725", 8), hx("4725b", 12))),
            ("Subject", htext("回复：" + m.parent.subject, "UTF-8", "B")), ("X-Mailer", "[Alimail-Mailagent revision "
                                                                            "12][W11_1.0.0.0_DingTalk]"),
            ("MIME-Version", "1.0"), ("x-aliyun-mail-creator", "W4_" + hb64("4725x", 18)),
            ("In-Reply-To", m.parent.msgid), ("References", "\n ".join(m.refs())), ("Reply-To", haddr(*P(k)))]
    html = ('<div class="__aliyun_email_body_block">%s</div>' % divs(new)) + qh
    msg = generic(hdrs, new + qt, html, "UTF-8", "base64", "----=ALIBOUNDARY_%s" % hx("4725", 18))
    msg = finish((msg, []), deliv(t, PEOPLE[k][1], "4725", ("out30-101.freemail.mail.aliyun.com",
                                                            "out30-101.freemail.mail.aliyun.com"), "115.124.30.101"))
    g = G("reply", rep("progress", [], 70), "Supplier on DingTalk mail (Alimail: 66-dash line, '发件人：/发送时间：/收件人："
          "/抄　送：/主　题：' with ideographic spaces). He owns M2 #1 (8D报告) and #3 (轴承供应商评估); '8D报告初稿"
          "完成70%左右' names #1 -> progress 70, items [], match #1. '轴承' appears in the reason but the subject of the "
          "sentence is the 8D report. '明天可以给到' is within the due date (09-30), no extension.", match=[1])
    return emit(4725, "dingtalk-progress-named-of-two", "reply",
                "钉钉 (Alimail) quote '发件人：…主　题：': '8D报告初稿完成70%左右' names one of the sender's two items",
                msg, g)


# ---- 4726 DingTalk bare 已完成 with two open items
@case
def c4726():
    m, k = MEET["M2"], "钱立军"
    t = T("2025-10-10 09:31:06")
    to, cc = recips(m, k)
    new = "已完成。"
    qt, qh = q_alimail(m.parent)
    hdrs = [("Date", rfc_date(t)), ("From", haddr(*P(k), label="UTF-8")),
            ("To", ", ".join(haddr(*x, label="UTF-8") for x in to)),
            ("Cc", ", ".join(haddr(*x, label="UTF-8") for x in cc)),
            ("Message-ID", "<%s--.%s@hengchi-motor.example.cn>" % (hx("4726", 8), hx("4726b", 12))),
            ("Subject", htext("回复：" + m.parent.subject, "UTF-8", "B")),
            ("X-Mailer", "[Alimail-Mailagent revision 12][W11_1.0.0.0_DingTalk]"),
            ("MIME-Version", "1.0"), ("In-Reply-To", m.parent.msgid), ("References", "\n ".join(m.refs()))]
    html = ('<div class="__aliyun_email_body_block">%s</div>' % divs(new)) + qh
    msg = generic(hdrs, new + qt, html, "UTF-8", "base64", "----=ALIBOUNDARY_%s" % hx("4726", 18))
    msg = finish((msg, []), deliv(t, PEOPLE[k][1], "4726", ("out30-99.freemail.mail.aliyun.com",
                                                            "out30-99.freemail.mail.aliyun.com"), "115.124.30.99"))
    g = G("reply", rep("done", []), "MUST CHANGE NOTHING (ambiguous). Bare '已完成。' from the supplier who owns two "
          "open items in M2 (#1 8D报告 due 09-30, #3 轴承供应商评估 due 10-15; neither was closed by an earlier reply in "
          "this set). No number, no task words -> done, items []; per SPEC the bot must ask which item instead of "
          "closing one.", match=[])
    return emit(4726, "dingtalk-bare-done-two-open-items", "reply",
                "No-change: bare '已完成。' from a sender with two open items in the meeting (bot must ask)", msg, g)


# ---- 4727 Feishu done #2
@case
def c4727():
    m, k = MEET["M7"], "俞海波"
    t = T("2026-02-11 10:05:37")
    to, cc = recips(m, k)
    new = "春节期间的海运舱位已确认：2月13日宁波开船，2×40HQ舱位锁定。第2项完成。\n俞海波"
    qt, qh = q_lark(m.parent)
    hdrs = [("MIME-Version", "1.0"), ("Subject", htext("回复：" + m.parent.subject, "UTF-8", "B")),
            ("From", haddr(*P(k), label="UTF-8")), ("To", ", ".join(haddr(*x, label="UTF-8") for x in to)),
            ("Cc", ", ".join(haddr(*x, label="UTF-8") for x in cc)), ("Date", rfc_date(t)),
            ("Message-Id", "<%s@yongtong-log.example.cn>" % hx("4727", 32)),
            ("In-Reply-To", m.parent.msgid), ("References", "\n ".join(m.refs())),
            ("X-Lms-Return-Path", "<lba+2%s+%s@yongtong-log.example.cn>" % (hx("4727r", 10), hx("4727s", 8))),
            ("X-Mailer", "Lark Mail")]
    html = ('<html><head></head><body><div style="word-break:break-word"><div style="margin-top:4px;margin-bottom:4px;'
            'line-height:1.6"><div dir="auto" style="font-size:14px">%s</div></div></div>%s</body></html>'
            % ("<br>".join(esc(x) for x in new.split("\n")), qh))
    msg = generic(hdrs, new + qt, html, "UTF-8", "quoted-printable", hx("4727b", 32))
    msg = finish((msg, []), deliv(t, PEOPLE[k][1], "4727", ("va-2-36.ptr.blmpb.com", "va-2-36.ptr.blmpb.com"),
                                  "209.127.231.36"))
    g = G("reply", rep("done", [2]), "飞书 (Lark) mail: HTML quote block 'history-quote-wrapper' with '发件人: / 时间: / 主题: "
          "/ 收件人:' meta. '第2项完成' -> done [2]. '2月13日宁波开船' is the sailing date (the item's own due date), "
          "not a command.")
    return emit(4727, "feishu-done-item2-spring-festival", "reply",
                "飞书 mail (history-quote-wrapper, 发件人:/时间:/主题:): '…第2项完成' with a sailing date in the text", msg, g)


# ---- 4728 Gmail zh mobile done named task (make-up Sunday)
@case
def c4728():
    m, k = MEET["M2"], "陆晓东"
    t = T("2025-09-28 19:40:12")
    to, cc = recips(m, k)
    frm = ("陆晓东", "luxiaodong.lantu@gmail.com")
    new = "来料全检做完了，不良率2.3%（14/600），明细在附件表格里。"
    qt, qh = quote_gmail_zh(m.parent)
    msg = gmail(frm, to, cc, m.parent.subject, t, new + qt, divs(new) + qh, "4728", irt=m.parent.msgid,
                refs=m.refs(), attachments=[attachment("来料全检记录0928.xlsx", tiny_zip([("xl/a.xml", "<a/>")]),
                                                       "application/vnd.openxmlformats-officedocument.spreadsheetml."
                                                       "sheet")])
    msg = finish(msg, deliv(t, frm[1], "4728", ("mail-sor-f41.google.com", "mail-sor-f41.google.com"),
                            "209.85.220.41"))
    g = G("reply", rep("done", []), "Sent on Sun 2025-09-28, a make-up working day, from the Gmail Android app with zh UI "
          "(personal gmail.com address; not an allowed domain: the bot keeps it as a comment). '来料全检做完了' names "
          "M2 #2 (来料全检并反馈不良率), his only item -> done, items [], match #2. '2.3%' is a defect rate, NOT progress; "
          "'14/600' is no item number.", match=[2])
    return emit(4728, "gmail-zh-mobile-done-rate-not-progress", "reply",
                "Gmail zh (Android, personal box) on a make-up Sunday: '来料全检做完了，不良率2.3%' — a % that is not progress",
                msg, g)


# ---- 4729 QQ mobile extend named task across National Day
@case
def c4729():
    m, k = MEET["M2"], "韩蕾"
    t = T("2025-09-29 08:50:21")
    to, cc = recips(m, k)
    new = "安全库存那项我想往后放一放，等8D结论出来再调，延期至10月9日吧\n\n发自我的iPhone"
    qt, qh = quote_qq(m.parent)
    msg = qq_exmail(P(k), to, cc, "回复：" + m.parent.subject, t, new + qt, divs(new) + qh, "4729",
                    irt=m.parent.msgid, refs=m.refs(), cs="utf-8")
    set_hdr(msg[0], "X-Mailer", "iPhone Mail (22G100)")
    set_hdr(msg[0], "X-QQ-Mailer", "QQMail for iPhone 6.7.2")
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4729", ("smtpbg156.qq.com", "smtpbg156.qq.com"), "43.155.65.250"))
    nd = chk("4729", D(2025, 10, 9), "2025-10-09")
    g = G("reply", rep("extend", [], None, nd), "QQ Mail iOS app (Exmail backend, UTF-8) with '发自我的iPhone'. '安全库存"
          "那项' names M2 #4 (调整电机安全库存), her only item -> match #4, items []. '延期至10月9日' -> extend "
          "2025-10-09 (first working day after National Day). '8D' is a report name, not an item.", match=[4])
    return emit(4729, "qq-ios-extend-named-across-holiday", "reply",
                "QQ Mail iOS ('发自我的iPhone'): '安全库存那项…延期至10月9日吧' (task named; date after National Day)", msg, g)


# ---- 4730 Outlook zh-CN inline answer under a quoted row
@case
def c4730():
    m, k = MEET["M8"], "唐思远"
    t = T("2025-09-30 17:32:09")
    to, cc = recips(m, k)
    top = "杜经理：\n见下方标红。\n\n思远"
    p = m.parent
    row1 = "| 1 | 整理9月客诉TOP5 | 唐思远 | 2025-09-30 |"
    note = "【唐思远】已完成，TOP5清单已发客服群，附件为明细。"
    qt, qh = quote_outlook_zh(p)
    assert row1 in qt
    qt = qt.replace(row1, row1 + "\n" + note)
    qh = qh.replace("<td>整理9月客诉TOP5</td>", '<td>整理9月客诉TOP5<br><span style="color:red">%s</span></td>'
                    % esc(note))
    assert note in qh
    msg = outlook_desktop(P(k), to, cc, "答复: " + p.subject, t, [], "4730", cs="gb2312", irt=p.msgid, refs=m.refs(),
                          text=top + "\n" + qt, html_doc=outlook_html(top, qh, "gb2312"))
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4730"))
    g = G("reply", rep("done", [1]), "Inline answer: the top says only '见下方标红'; the command is written INSIDE the "
          "quoted recap, directly under row 1 (plain text) / in row 1's cell in red (HTML): '【唐思远】已完成…'. A careful "
          "assistant reads it as done for the row it sits under -> done [1] (convention: an answer placed under a quoted "
          "row refers to that row's number). A parser that drops everything after the quote header sees no command.")
    return emit(4730, "outlook-zhcn-inline-under-row1", "reply",
                "Outlook zh-CN inline answer: '见下方标红' on top, '【唐思远】已完成' typed under quoted row 1", msg, g)


# ---- 4731 Thunderbird en bottom-posting under a quoted row
@case
def c4731():
    m, k = MEET["M8"], "方明哲"
    t = T("2025-10-10 17:55:48")
    to, cc = recips(m, k)
    p = m.parent
    lt = p.t
    attr = "On %d/%d/%s %d:%02d, %s wrote:" % (lt.month, lt.day, str(lt.year)[2:], lt.hour, lt.minute, p.frm[0])
    ql = gt(p.text).split("\n")
    row = "> | 2 | X30滚刷缠发问题复现 | 方明哲 | 2025-10-10 |"
    i = ql.index(row)
    head = ql[:i + 1]
    text = (attr + "\n" + "\n".join(head) + "\n\n复现了，长发+地毯边缘场景必现，视频已传NAS（/QA/X30/缠发）。这项关掉。\n\n"
            "-- \n方明哲 | 研发中心 清洁算法组\n")
    h = ('<div class="moz-cite-prefix">%s<br></div><blockquote type="cite">%s</blockquote><p>复现了，长发+地毯边缘场景必现，'
         '视频已传NAS（/QA/X30/缠发）。这项关掉。</p><pre class="moz-signature" cols="72">-- \n方明哲 | 研发中心 清洁算法组'
         '</pre>' % (esc(attr), "<br>".join(esc(x[2:]) for x in head)))
    msg = thunderbird(P(k), to, cc, p.subject, t, text, h, "4731", p.msgid, m.refs(), lang="en-US")
    msg = finish((msg, []), deliv(t, PEOPLE[k][1], "4731"))
    g = G("reply", rep("done", [2]), "Thunderbird (en-US: 'On 9/29/25 17:08, 纪要助手 wrote:'), bottom-posting: the quote "
          "is trimmed after row 2 and the answer follows it. '这项关掉' (close this one) under the quoted row 2 -> done "
          "[2] (row position convention). The NAS path contains no item number.")
    return emit(4731, "thunderbird-en-bottom-post-under-row2", "reply",
                "Thunderbird en, bottom-posted under a trimmed quote ending at row 2: '…这项关掉。'", msg, g)


# ---- 4732 OWA +0000 extend 下周三 (Sunday UTC = Monday Shanghai)
@case
def c4732():
    m, k = MEET["M8"], "韩蕾"
    t = T("2025-10-12 22:41:30", 0)
    to, cc = recips(m, k)
    new = "杜经理：\n\n滚刷材质成本评估还差两家供应商报价，申请延期至下周三。\n\n韩蕾\n采购部"
    qt, qh = quote_outlook_zh(m.parent, owa=True)
    msg = exchange_online(P(k), to, cc, "答复: " + m.parent.subject, t, [], "4732", cs="utf-8", irt=m.parent.msgid,
                          refs=m.refs(), text=new + "\n" + qt,
                          html_doc='<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                          '</head><body dir="ltr"><div class="elementToProof" style="font-family: 等线, sans-serif; '
                          'font-size: 11pt;">%s</div>%s</body></html>' % (divs(new), qh))
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4732", ("SEZPR06MB6312.apcprd06.prod.outlook.com",
                                                      "SEZPR06MB6312.apcprd06.prod.outlook.com"), "40.107.255.58"))
    sd = sdate(t)
    assert sd == D(2025, 10, 13)
    nd = chk("4732", next_week(sd, 2), "2025-10-22")
    g = G("reply", rep("extend", [], None, nd), "Outlook on the web, Date 'Sun, 12 Oct 2025 22:41:30 +0000' = Mon "
          "2025-10-13 06:41 in Shanghai. '滚刷材质成本评估' names M8 #3, her only item -> match #3, items []. "
          "'申请延期至下周三' resolved from the Shanghai date (Monday 10-13): 下周三 = Wednesday of the following "
          "week = 2025-10-22 (reading the UTC Sunday would give 10-15).", match=[3])
    return emit(4732, "owa-utc-sunday-extend-next-wednesday", "reply",
                "OWA Date +0000 Sunday = Monday in Shanghai: '申请延期至下周三' -> 10-22 (not 10-15); task in words", msg, g)


# ---- 4733 iPhone zh text glued to the attribution line
@case
def c4733():
    m, k = MEET["M8"], "陆晓东"
    t = T("2025-09-30 16:10:55")
    to, cc = recips(m, k)
    p = m.parent
    tt = p.t
    attr = "在 %d年%d月%d日，%d:%02d，%s <%s> 写道：" % (tt.year, tt.month, tt.day, tt.hour, tt.minute, p.frm[0],
                                                  p.frm[1])
    new = "返修周报已发群里，第5项完成"
    text = new + attr + "\n\n" + gt(p.text)
    html = ('<div dir="ltr">%s</div><div dir="ltr"><blockquote type="cite">%s<br><br></blockquote></div>'
            '<blockquote type="cite"><div dir="ltr">%s</div></blockquote>' % (esc(new), esc(attr), p.html))
    msg = apple(P(k), to, cc, "回复：" + p.subject, t, text, html, "4733", p.msgid, m.refs(), ios=True)
    msg = finish((msg, []), deliv(t, PEOPLE[k][1], "4733", ("[10.8.4.77]", "unknown"), "10.8.4.77"))
    g = G("reply", rep("done", [5]), "iPhone Mail (zh): the reply text runs straight into the attribution line with no "
          "line break: '返修周报已发群里，第5项完成在 2025年9月29日，17:08，纪要助手 <…> 写道：'. The new text is "
          "'返修周报已发群里，第5项完成' -> done [5]. A quote detector anchored at line start misses the attribution; one "
          "that cuts at '在 ' too early could eat the command.")
    return emit(4733, "iphone-zh-text-on-attribution-line", "reply",
                "iPhone zh: '…第5项完成' glued to '在 2025年9月29日，17:08，纪要助手 <…> 写道：' on the same line", msg, g)


# ---- 4734 Outlook zh-CN Spring Festival extend 节后第一个工作日 (named)
@case
def c4734():
    m, k = MEET["M7"], "韩蕾"
    t = T("2026-02-13 18:40:26")
    to, cc = recips(m, k)
    new = ("程总：\n\n和恒驰的年终对账还没完，他们的发票要节后才能开出来，申请延期到节后第一个工作日。\n\n韩蕾\n采购部 | 杭州澜途智能科技有限公司\n"
           "手机：138 0571 6620")
    qt, qh = quote_outlook_zh(m.parent)
    msg = outlook_desktop(P(k), to, cc, "答复: " + m.parent.subject, t, [], "4734", cs="gb2312", irt=m.parent.msgid,
                          refs=m.refs(), text=new + "\n" + qt, html_doc=outlook_html(new, qh, "gb2312"))
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4734"))
    nd = chk("4734", first_wd_after_holiday(sdate(t)), "2026-02-24")
    g = G("reply", rep("extend", [], None, nd), "Sent Fri 2026-02-13 18:40. '和恒驰的年终对账' names M7 #5, her only "
          "item -> match #5, items []. '申请延期到节后第一个工作日': Spring Festival 2026 holiday is 02-15..02-23 "
          "(chinesecalendar), with a make-up working day on Sat 02-14 — which is BEFORE the holiday, so it is not "
          "'节后'. First working day after the holiday = Tue 2026-02-24.", match=[5])
    return emit(4734, "outlook-zhcn-extend-after-spring-festival", "reply",
                "Outlook zh-CN on 2026-02-13: '延期到节后第一个工作日' = 02-24 (02-14 make-up Saturday is before the holiday)",
                msg, g)


# ---- 4735 Outlook zh-CN on make-up Saturday: 延期3个工作日 relative to due
@case
def c4735():
    m, k = MEET["M7"], "陆晓东"
    t = T("2026-02-14 10:02:33")
    to, cc = recips(m, k)
    new = "第3项排产表要等恒驰确认节后第一批电机到货时间，延期3个工作日。\n\n陆晓东 质量部"
    qt, qh = quote_outlook_zh(m.parent)
    msg = outlook_desktop(P(k), to, cc, "答复: " + m.parent.subject, t, [], "4735", cs="gb2312", irt=m.parent.msgid,
                          refs=m.refs(), text=new + "\n" + qt, html_doc=outlook_html(new, qh, "gb2312"))
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4735"))
    nd = chk("4735", add_wd(D(2026, 2, 25), 3), "2026-02-28")
    g = G("reply", rep("extend", [3], None, nd), "Sent on Sat 2026-02-14, a make-up working day. '第3项…延期3个工作日' -> "
          "extend [3]; convention: '延期N个工作日' shifts the item's current due date (2026-02-25) by N working days: "
          "02-26, 02-27, 02-28 (Saturday, make-up working day) -> 2026-02-28. Counting from the send date instead "
          "would land inside the holiday run (02-24+), so the due-date anchor is the careful reading; noted as "
          "ambiguous.")
    return emit(4735, "outlook-zhcn-extend-3-workdays-makeup-sat", "reply",
                "Outlook zh-CN on a make-up Saturday: '第3项…延期3个工作日' from the due date 02-25 -> 02-28 (make-up Sat)",
                msg, g)


# ---- 4736 Gmail en (UAE) confirm #4 in M7
@case
def c4736():
    m, k = MEET["M7"], "Omar Haddad"
    t = T("2026-02-12 14:03:10", 4)
    to, cc = recips(m, k)
    new = "Ramadan stock: 3 x 40HQ as discussed, OK from our side. Item 4 confirmed.\n\nOmar"
    p = m.parent
    lt = local(p.t, 4)
    h12 = lt.hour % 12 or 12
    attr = "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (K.WEEKDAY_EN[lt.weekday()], K.MONTH_EN[lt.month - 1],
                                                              lt.day, lt.year, h12, lt.minute,
                                                              "PM" if lt.hour >= 12 else "AM", p.frm[0], p.frm[1])
    qt, qh = q_attr(p, attr)
    msg = gmail(P(k), to, cc, p.subject, t, new + qt, divs(new) + qh, "4736", irt=p.msgid, refs=m.refs())
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4736", ("mail-sor-f48.google.com", "mail-sor-f48.google.com"),
                            "209.85.220.48"))
    g = G("reply", rep("confirm", [4]), "English reply (Gmail, +0400) to a Chinese recap whose row 4 is in English. "
          "'OK from our side. Item 4 confirmed.' -> confirm [4]. '3 x 40HQ' is a quantity.")
    return emit(4736, "gmail-en-confirm-item4-zh-recap", "reply",
                "Gmail en (UAE) to a Chinese recap: 'OK from our side. Item 4 confirmed.'", msg, g)


# ---- 4737 Foxmail done #1 M7
@case
def c4737():
    m, k = MEET["M7"], "钱立军"
    t = T("2026-02-12 17:30:58")
    to, cc = recips(m, k)
    new = "程总，节前最后一批电机今天下午已发出，顺丰单号SF1402 2187 5530，预计明天到。第1项完成。\n\n钱立军\n常州恒驰电机 质量部 13861120045"
    qt, qh = quote_foxmail(m.parent)
    msg = foxmail(P(k), to, cc, "回复: " + m.parent.subject, t, new + "\n\n" + qt, divs(new) + "<div><br></div>" + qh,
                  "4737", cs="GB2312", irt=m.parent.msgid, refs=m.refs())
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4737", ("smtp.hengchi-motor.example.cn", "smtp.hengchi-motor.example.cn"),
                            "58.216.3.90"))
    g = G("reply", rep("done", [1]), "Foxmail GB2312 from the supplier (mail sent through its own SMTP this time). "
          "'第1项完成' -> done [1]. Tracking number and phone digits are not item numbers; '明天到' is not an "
          "extension.")
    return emit(4737, "foxmail-gb2312-done-item1-tracking", "reply",
                "Foxmail GB2312: '…顺丰单号SF1402…第1项完成' (long digit runs that are not items)", msg, g)


# ---- 4738 QQ mail progress named (M8 #4)
@case
def c4738():
    m, k = MEET["M8"], "唐思远"
    t = T("2025-10-10 16:02:14")
    to, cc = recips(m, k)
    new = "杜经理，售后FAQ进度80%，剩下拖布模块那几条周一前弄完~"
    qt, qh = quote_qq(m.parent)
    msg = qq_exmail(P(k), to, cc, "回复：" + m.parent.subject, t, new + qt, "<div>%s</div>" % esc(new) + qh, "4738",
                    irt=m.parent.msgid, refs=m.refs())
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4738", ("smtpbg150.qq.com", "smtpbg150.qq.com"), "43.155.65.251"))
    g = G("reply", rep("progress", [], 80), "She owns M8 #1 (TOP5, reported done in 4730) and #4 (更新售后FAQ); '售后FAQ进度"
          "80%' names #4 -> progress 80, items [], match #4. '周一前弄完' goes past the due date 10-10 (Fri) but is "
          "not phrased as a request (no 延期/申请); a careful assistant records progress and leaves the date — noted "
          "as borderline.", match=[4])
    return emit(4738, "qq-progress-80-named-faq", "reply",
                "QQ Mail: '售后FAQ进度80%，剩下…周一前弄完~' (task named; date mention is not a formal extend)", msg, g)


# ---- 4739 126 web thank-you (no change)
@case
def c4739():
    m, k = MEET["M1"], "程立"
    t = T("2025-09-25 19:02:40")
    frm = ("程立", "chengli_lantu@126.com")
    to, cc = recips(m, k)
    new = "辛苦大家，节前把德国这票柜子稳住，有问题随时找我。\n\n程立"
    qt, qh = q_163(m.parent)
    msg = coremail(frm, to, cc, "Re:" + m.parent.subject, t, new + qt, divs(new) + qh, "4739", cs="GBK",
                   irt=m.parent.msgid, refs=m.refs())
    set_hdr(msg[0], "X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20250313(c6c3c8c7) Copyright (c) "
            "2002-2025 www.mailtech.cn 126com")
    set_hdr(msg[0], "Message-ID", "<%s.%s.%s.Coremail.chengli_lantu@126.com>" % (hx("4739a", 8), hx("4739b", 4),
                                                                              hx("4739c", 11)))
    del msg[0]["X-Coremail-Locale"]
    msg = finish(msg, deliv(t, frm[1], "4739", ("m16.mail.126.com", "m16.mail.126.com"), "220.181.16.75"))
    g = G("reply", rep("unknown"), "MUST CHANGE NOTHING. The organizer thanks the team (from his private 126 box): no "
          "command, no item. Gold intent 'unknown' (SPEC §5 value; the dev README's intent list has no value for "
          "'no command'). Not 'confirm': nothing is being confirmed, and as organizer a confirm could settle "
          "objections.")
    return emit(4739, "126web-organizer-thanks-no-command", "reply",
                "No-change: organizer's encouragement/thanks from 126.com web ('辛苦大家…'), no command", msg, g)


# ---- 4740 Gmail en question about item 1 (no change)
@case
def c4740():
    m, k = MEET["M4"], "Jonas Weber"
    t = T("2025-10-13 13:22:05", 2)
    to, cc = recips(m, k)
    new = ("Quick question on item 1 – will the Q4 price list include the mop-module SKU (X30 Pro) or only the base "
           "unit?\n\nJonas")
    p = m.parent
    lt = local(p.t, 2)
    h12 = lt.hour % 12 or 12
    attr = "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (K.WEEKDAY_EN[lt.weekday()], K.MONTH_EN[lt.month - 1],
                                                              lt.day, lt.year, h12, lt.minute,
                                                              "PM" if lt.hour >= 12 else "AM", p.frm[0], p.frm[1])
    qt, qh = q_attr(p, attr)
    msg = gmail(P(k), to, cc, p.subject, t, new + qt, divs(new) + qh, "4740", irt=p.msgid, refs=m.refs())
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4740", ("mail-sor-f41.google.com", "mail-sor-f41.google.com"),
                            "209.85.220.41"))
    g = G("reply", rep("unknown", [1]), "MUST CHANGE NOTHING. A question about item 1 (owned by someone else): no "
          "command. intent unknown; items [1] records the reference as written. Date 13:22 +0200 = 19:22 Shanghai.")
    return emit(4740, "gmail-en-question-item1", "reply",
                "No-change: Gmail en question 'Quick question on item 1 – will the price list include …?'", msg, g)


# ---- 4741 Outlook de OOO auto-reply
@case
def c4741():
    m, k = MEET["M4"], "Katrin Vogel"
    t = T("2025-10-13 11:05:52", 2)
    new = ("Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 24.10.2025 nicht im Büro und habe keinen Zugriff "
           "auf meine E-Mails. In dringenden Fällen wenden Sie sich bitte an Jonas Weber (jonas.weber@haushelfer.example.de)."
           "\n\nThank you for your message. I am out of the office until 24 Oct 2025 with no access to e-mail. For "
           "urgent matters please contact Jonas Weber.\n\nKatrin Vogel\nHaushelfer GmbH")
    hdrs_to = [m.reply_to]
    msg = exchange_online(P(k), hdrs_to, [], "Automatische Antwort: " + m.parent.subject, t, [], "4741", cs="utf-8",
                          irt=m.parent.msgid, refs=None, text=new, html_doc='<html><head><meta http-equiv="Content-Type" '
                          'content="text/html; charset=utf-8"></head><body>%s</body></html>' % divs(new))
    mm = msg[0]
    mm["Auto-Submitted"] = "auto-replied"
    mm["X-Auto-Response-Suppress"] = "All"
    mm["X-MS-Exchange-Inbox-Rules-Loop"] = PEOPLE[k][1]
    set_hdr(mm, "Accept-Language", "de-DE, en-US")
    set_hdr(mm, "Content-Language", "de-DE")
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4741", ("FR2P281MB2710.DEUP281.PROD.OUTLOOK.COM",
                                                      "mail-fr2deu01.outbound.protection.outlook.com"), "40.107.135.90"))
    g = {"kind": "auto", "items": [], "next_followup": None, "reply": None,
         "notes": "MUST CHANGE NOTHING. Exchange Online out-of-office in German and English ('Automatische Antwort:', "
                  "Auto-Submitted: auto-replied, X-MS-Exchange-Inbox-Rules-Loop) from a Cc'd buyer. Dates "
                  "(24.10.2025) and a delegate in the body are not commands -> kind auto, reply null. The bot must "
                  "not answer it."}
    return emit(4741, "exchange-de-out-of-office", "auto",
                "No-change: Exchange 'Automatische Antwort:' OOO (de+en) to the EU recap, dates in body", msg, g)


# ---- 4742 Outlook zh-CN question about item 2 (no change)
@case
def c4742():
    m, k = MEET["M6"], "冯涛"
    t = T("2025-10-16 16:12:37")
    to, cc = recips(m, k)
    new = "顾工，请问第2项的样机是要带基站的整机，还是只要主机？带基站的话我这边要重新走一下借样流程。\n\n冯涛"
    qt, qh = quote_outlook_zh(m.parent)
    msg = outlook_desktop(P(k), to, cc, "答复: " + m.parent.subject, t, [], "4742", cs="gb2312", irt=m.parent.msgid,
                          refs=m.refs(), text=new + "\n" + qt, html_doc=outlook_html(new, qh, "gb2312"))
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4742"))
    g = G("reply", rep("unknown", [2]), "MUST CHANGE NOTHING. The owner of #2 asks the lab a question about the item "
          "('请问第2项…还是…？'): no command -> intent unknown, items [2] as written.")
    return emit(4742, "outlook-zhcn-question-item2", "reply",
                "No-change: Outlook zh-CN '请问第2项的样机是要…还是…？' — a question that names an item", msg, g)


# ---- 4743 Outlook zh-CN several items in one sentence
@case
def c4743():
    m, k = MEET["M6"], "冯涛"
    t = T("2025-10-20 09:10:03")
    to, cc = recips(m, k)
    new = "第2、3项都搞定了：5台样机上周五已送到TUV，UN38.3报告也传到共享盘了。\n\n冯涛"
    qt, qh = quote_outlook_zh(m.parent)
    msg = outlook_desktop(P(k), to, cc, "答复: " + m.parent.subject, t, [], "4743", cs="gb2312", irt=m.parent.msgid,
                          refs=m.refs(), text=new + "\n" + qt, html_doc=outlook_html(new, qh, "gb2312"))
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4743"))
    g = G("reply", rep("done", [2, 3]), "'第2、3项都搞定了' -> done [2, 3] (搞定 = done, colloquial). '5台' is a "
          "quantity.")
    return emit(4743, "outlook-zhcn-done-items-2-3-gaoding", "reply",
                "Outlook zh-CN: '第2、3项都搞定了' — colloquial done for two items in one sentence", msg, g)


# ---- 4744 Coremail (lab) done named
@case
def c4744():
    m, k = MEET["M6"], "顾晨"
    t = T("2025-10-22 17:10:45")
    to, cc = recips(m, k)
    new = "冯工：\nEMC预测试今天做完了，辐射发射30-230MHz超了约2dB，整改后再约复测。这项我这边算完成。\n顾晨"
    qt, qh = quote_coremail(m.parent)
    msg = coremail(P(k), to, cc, "Re:Re: " + m.parent.subject[4:], t, new + qt, divs(new) + qh, "4744", cs="GB2312",
                   irt=m.parent.msgid, refs=m.refs(), cte="quoted-printable")
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4744", ("mail.tuv-sh.example.com", "mail.tuv-sh.example.com"),
                            "101.230.8.66"))
    g = G("reply", rep("done", []), "Coremail, GB2312 quoted-printable. 'EMC预测试今天做完了…这项我这边算完成' names "
          "M6 #1 (安排EMC预测试), her only item -> done, items [], match #1. Frequencies/dB are not numbers of items.",
          match=[1])
    return emit(4744, "coremail-qp-done-named-emc", "reply",
                "Coremail GB2312 QP: 'EMC预测试今天做完了…这项我这边算完成' (task named; 30-230MHz/2dB noise)", msg, g)


# ---- 4745 iPhone en done #1 with emoji (internal, English recap)
@case
def c4745():
    m, k = MEET["M4"], "沈嘉怡"
    t = T("2025-10-15 09:00:31")
    to, cc = recips(m, k)
    new = "#1 done 👍 price list sent to Jonas & Petra this morning.\n\n发自我的iPhone"
    p = m.parent
    lt = p.t
    attr = "On %s %d, %d, at %d:%02d, %s <%s> wrote:" % (K.MONTH_EN[lt.month - 1], lt.day, lt.year, lt.hour, lt.minute,
                                                           p.frm[0], p.frm[1])
    qt, qh = q_apple(p, attr, ios=True)
    msg = apple(P(k), to, cc, p.subject, t, new + qt, divs(new) + qh, "4745", p.msgid, m.refs(), ios=True)
    msg = finish((msg, []), deliv(t, PEOPLE[k][1], "4745", ("[10.8.3.9]", "unknown"), "10.8.3.9"))
    g = G("reply", rep("done", [1]), "iPhone with mixed language settings (English attribution 'On Oct 13, 2025, at "
          "17:05, … wrote:', Chinese signature '发自我的iPhone'). '#1 done 👍' -> done [1].")
    return emit(4745, "iphone-mixed-done-hash1-emoji", "reply",
                "iPhone (en attribution, '发自我的iPhone'): '#1 done 👍 …'", msg, g)


# ---- 4746 Gmail zh-TW done named (one clear open item)
@case
def c4746():
    m, k = MEET["M3"], "林冠宇"
    t = T("2025-10-16 14:35:10")
    to, cc = recips(m, k)
    new = "OTA 升級包 v2.3.1 已經放到 FTP /release/2.3.1/ 了，MD5 在同目錄，麻煩方先生測一下。\n\nKY"
    p = m.parent
    tt = p.t
    attr = "%s <%s> 於 %d年%d月%d日 週%s %s%d:%02d寫道：" % (p.frm[0], p.frm[1], tt.year, tt.month, tt.day,
                                                       WZH[tt.weekday()], "下午" if tt.hour >= 12 else "上午",
                                                       tt.hour - 12 if tt.hour > 12 else tt.hour, tt.minute)
    # the sender deletes the whole quote before sending (Outlook zh-TW, Big5: nothing simplified is left)
    new = new.replace("\n\nKY", "\n\n林冠宇 KY Lin\n瑞鋒韌體股份有限公司 韌體研發部\nTel: +886-2-2758-1234 ext. 512")
    msg = outlook_desktop(P(k), to, cc, "回覆: " + p.subject, t, [], "4746", cs="big5", cte="base64", irt=p.msgid,
                          refs=m.refs(), text=new + "\n", html_doc=outlook_html(new, "", "big5").replace(
                              'lang="ZH-CN"', 'lang="ZH-TW"').replace("等线", "新細明體").replace("宋体", "新細明體"),
                          hcs="utf-8")
    msg[1][:] = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", K.thread_index("4746", "4707")),
                 ("Content-Language", "zh-tw")]
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4746", ("mail.rayfirm.example.com.tw", "mail.rayfirm.example.com.tw"),
                            "203.69.45.18"))
    g = G("reply", rep("done", []), "Traditional Chinese, Outlook zh-TW in Big5 with the quote deleted by the sender (only In-Reply-To/References and the subject tie it to the recap). He owns M3 #1 (closed by 4707) and #2 (提供OTA"
          "升级包v2.3.1). 'OTA 升級包 v2.3.1 已經放到 FTP' names #2 in words (Traditional 升級 vs the recap's simplified "
          "升级) -> done, items [], match #2. 'v2.3.1' and the path are not item numbers. Done is implied by delivery "
          "('已經放到…'), no explicit 已完成 — a careful assistant reads it as done.", match=[2])
    return emit(4746, "outlook-zhtw-big5-noquote-ota-named", "reply",
                "Outlook zh-TW Big5, quote deleted: 'OTA 升級包 v2.3.1 已經放到 FTP 了' — done implied, Traditional wording, v2.3.1 noise",
                msg, g)


# ---- 4747 Outlook cs progress named
@case
def c4747():
    m, k = MEET["M4"], "Petra Nováková"
    t = T("2025-10-28 15:44:19", 1)
    to, cc = recips(m, k)
    new = ("Hi,\nstore display plan is ~90% ready, final photos from the Brno store come tomorrow.\n\nS pozdravem\n"
           "Petra Nováková\nDomovPlus a.s. | Category Manager")
    p = m.parent
    lt = local(p.t, 2)
    CS_D = ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"]
    CS_M = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
            "listopadu", "prosince"]
    when = "%s %d. %s %d %d:%02d" % (CS_D[lt.weekday()], lt.day, CS_M[lt.month - 1], lt.year, lt.hour, lt.minute)
    qt, qh = q_outlook_block(p, ("Od:", "Odesláno:", "Komu:", "Kopie:", "Předmět:"), when)
    msg = outlook_desktop(P(k), to, cc, "RE: " + p.subject[4:], t, [], "4747", cs="utf-8", cte="quoted-printable",
                          irt=p.msgid, refs=m.refs(), text=new + "\n" + qt,
                          html_doc=outlook_html(new, qh, "utf-8").replace('lang="ZH-CN"', 'lang="CS"'))
    msg[1][:] = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", K.thread_index("4747")),
                 ("Content-Language", "cs-cz")]
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4747", ("mx.domovplus.example.cz", "mx.domovplus.example.cz"),
                            "77.75.78.12"))
    g = G("reply", rep("progress", [], 90), "Outlook with Czech UI (Od:/Odesláno:/Komu:/Kopie:/Předmět:), Date +0100 "
          "(CET after the 10-26 DST change; the quoted recap time is shown in CEST). 'store display plan is ~90% "
          "ready' names M4 #4, her only item -> progress 90 ('~90%'), items [], match #4.", match=[4])
    return emit(4747, "outlook-cs-progress-tilde-90-named", "reply",
                "Outlook Czech UI (Od:/Odesláno:/Předmět:): 'store display plan is ~90% ready' (task in words)", msg, g)


# ---- 4748 Gmail en mobile (Android) confirm #3 withdrawing objection
@case
def c4748():
    m, k = MEET["M5"], "Emre Yıldız"
    t = T("2025-10-16 09:12:40", 3)
    to, cc = recips(m, k)
    new = ("Sorry, my mistake – our agent confirmed Temiz Ev can file it as the distributor. Item 3 confirmed, please "
           "ignore my objection.\n\nEmre\n\nSent from Gmail Mobile")
    p = m.parent
    lt = local(p.t, 3)
    h12 = lt.hour % 12 or 12
    attr = "On %s, %s %d, %d, %d:%02d %s %s <%s> wrote:" % (K.WEEKDAY_EN[lt.weekday()], K.MONTH_EN[lt.month - 1],
                                                            lt.day, lt.year, h12, lt.minute,
                                                            "PM" if lt.hour >= 12 else "AM", p.frm[0], p.frm[1])
    qt, qh = q_attr(p, attr)
    msg = gmail(P(k), to, cc, p.subject, t, new + qt, divs(new) + qh, "4748", irt=p.msgid, refs=m.refs())
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4748", ("mail-sor-f65.google.com", "mail-sor-f65.google.com"),
                            "209.85.220.65"))
    g = G("reply", rep("confirm", [3]), "Gmail Android app (English, 'Sent from Gmail Mobile'). The objector of 4718 "
          "withdraws: 'Item 3 confirmed, please ignore my objection.' -> confirm [3]. The word 'objection' appears but "
          "the command is a confirm/withdrawal.")
    return emit(4748, "gmail-android-withdraw-objection-confirm3", "reply",
                "Gmail Android en: 'Item 3 confirmed, please ignore my objection.' (objection word, confirm intent)",
                msg, g)


# ---- 4749 163 web extend named (supplier private box)
@case
def c4749():
    m, k = MEET["M2"], "钱立军"
    t = T("2025-10-14 20:10:07")
    frm = ("钱立军", "qianlijun1978@163.com")
    to, cc = recips(m, k)
    new = ("蒋经理：公司邮箱今天在迁移，先用私人邮箱回复。\n轴承供应商评估需要再给一周，新供应商的样品10月20日才到，申请延期至10月22日。\n钱立军")
    qt, qh = q_163(m.parent)
    msg = coremail(frm, to, cc, "Re:" + m.parent.subject, t, new + qt, divs(new) + qh, "4749", cs="GBK",
                   irt=m.parent.msgid, refs=m.refs())
    set_hdr(msg[0], "X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20250313(c6c3c8c7) Copyright (c) "
            "2002-2025 www.mailtech.cn 163com")
    set_hdr(msg[0], "Message-ID", "<%s.%s.%s.Coremail.qianlijun1978@163.com>" % (hx("4749a", 8), hx("4749b", 4),
                                                                              hx("4749c", 11)))
    del msg[0]["X-Coremail-Locale"]
    msg[0]["X-NTES-SC"] = "AL_Qu2cAf" + hb64("4749n", 30)
    msg = finish(msg, deliv(t, frm[1], "4749", ("m15.mail.163.com", "m15.mail.163.com"), "45.254.50.220"))
    nd = chk("4749", D(2025, 10, 22), "2025-10-22")
    g = G("reply", rep("extend", [], None, nd), "163.com web (GBK) from the supplier's private box (sender not matched "
          "to the roster by address; by display name it is the owner). '轴承供应商评估' names M2 #3 (one of his two "
          "items; #1 is the 8D report) -> match #3, items []. '申请延期至10月22日' -> 2025-10-22; '10月20日' is "
          "the sample arrival (reason); '再给一周' agrees roughly (10-15 + 7 = 10-22).", match=[3])
    return emit(4749, "163web-private-extend-named-of-two", "reply",
                "163.com web from a private box: '轴承供应商评估…申请延期至10月22日' — names one of two items", msg, g)


# ---- 4750 Gmail en thank-you from the distributor's MD (no change)
@case
def c4750():
    m, k = MEET["M4"], "Markus Brandt"
    t = T("2025-10-13 18:30:02", 2)
    to, cc = recips(m, k)
    new = "Thanks for the clear summary, Leo – looking forward to a strong Q4 together!\n\nMarkus"
    p = m.parent
    lt = local(p.t, 2)
    h12 = lt.hour % 12 or 12
    attr = "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (K.WEEKDAY_EN[lt.weekday()], K.MONTH_EN[lt.month - 1],
                                                              lt.day, lt.year, h12, lt.minute,
                                                              "PM" if lt.hour >= 12 else "AM", p.frm[0], p.frm[1])
    qt, qh = q_attr(p, attr)
    msg = gmail(P(k), to, cc, p.subject, t, new + qt, divs(new) + qh, "4750", irt=p.msgid, refs=m.refs())
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4750", ("mail-sor-f41.google.com", "mail-sor-f41.google.com"),
                            "209.85.220.41"))
    g = G("reply", rep("unknown"), "MUST CHANGE NOTHING. A thank-you from a Cc'd managing director who owns no item. No "
          "command -> intent unknown, items []. 'Q4' is not an item number.")
    return emit(4750, "gmail-en-thanks-md-no-item", "reply",
                "No-change: Gmail en thank-you from a Cc'd director ('Thanks for the clear summary … Q4')", msg, g)


# ---- 4751 WeCom progress #3 (zh) with English mixed "80 percent"
@case
def c4751():
    m, k = MEET["M1"], "许静"
    t = T("2025-10-09 11:40:50")
    to, cc = recips(m, k)
    new = "程总，说明书第4项现在大概完成八成，德国客户拖布模块的配置昨天定了，剩下荷兰语版本。\n\n许静 | 出口事业部"
    qt, qh = quote_qq(m.parent)
    msg = qq_exmail(P(k), to, cc, "回复：" + m.parent.subject, t, new + qt, divs(new) + qh, "4751",
                    irt=m.parent.msgid, refs=m.refs(), cs="utf-8")
    set_hdr(msg[0], "Message-ID", "<tencent_%s@exmail.qq.com>" % hx("4751", 36).upper())
    set_hdr(msg[0], "X-Mailer", "WXWork 4.1.38")
    msg = finish(msg, deliv(t, PEOPLE[k][1], "4751", ("smtpbg151.qq.com", "smtpbg151.qq.com"), "162.62.58.211"))
    g = G("reply", rep("progress", [4], 80), "企业微信 mail. '第4项现在大概完成八成' -> progress [4]; '八成' (eight tenths) "
          "= 80%. Written after her earlier objection (4704) — the item is still hers. '昨天' is not a command.")
    return emit(4751, "wecom-progress-bacheng-item4", "reply",
                "企业微信 mail: '第4项现在大概完成八成' — percent written as 八成 (= 80)", msg, g)


# ------------------------------------------------------------------ roster / readme / main
def write_roster(out):
    with open(out / "roster.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "email", "department", "manager_email", "aliases"])
        for k, v in PEOPLE.items():
            w.writerow(v)


def main():
    check_only = "--check" in sys.argv
    outs = []
    for fn in CASES:
        name, data, g = fn()
        outs.append((name, data, g))
    bad = 0
    for slug, comp, iso in CHECKS:
        if comp.isoformat() != iso:
            print("MISMATCH %s: computed %s gold %s" % (slug, comp, iso))
            bad += 1
    # every gold new_due_date must have been checked
    checked = {s for s, _, _ in CHECKS}
    for name, data, g in outs:
        r = g.get("reply")
        if r and r.get("new_due_date") and name.split("-")[0] not in checked:
            print("UNCHECKED date in", name)
            bad += 1
        if r and r["intent"] != "extend" and r["new_due_date"]:
            print("new_due_date on non-extend", name)
            bad += 1
    if check_only:
        for name, data, g in outs:
            p = OUT / (name + ".json")
            if not p.exists() or json.loads(p.read_text(encoding="utf-8")) != g:
                print("gold differs on disk:", name)
                bad += 1
            e = OUT / (name + ".eml")
            if not e.exists() or e.read_bytes() != data:
                print("eml differs on disk:", name)
                bad += 1
        print("checked %d cases, %d dates: %s" % (len(outs), len(CHECKS), "OK" if not bad else "%d problems" % bad))
        sys.exit(1 if bad else 0)
    if bad:
        sys.exit(1)
    for name, data, g in outs:
        (OUT / (name + ".eml")).write_bytes(data)
        (OUT / (name + ".json")).write_text(json.dumps(g, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    write_roster(OUT)
    with open(OUT / "cases.tsv", "w", encoding="utf-8") as f:
        for name, kind, what in README_ROWS:
            f.write("%s\t%s\t%s\n" % (name, kind, what))
    print("wrote %d cases, %d checked dates" % (len(outs), len(CHECKS)))


if __name__ == "__main__":
    main()

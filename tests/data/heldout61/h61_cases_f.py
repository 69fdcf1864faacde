"""heldout61 cases 8933-8938: DSN, 森谷参业, 义安区城管局, corrected resend (坤鼎), PDF (Bosveld)."""
import html as _html

from h61_cases_a import ITEMS_8905, MX_GOV, MX_KD, c8905, mso_html
from h61_cases_b import MX_BV
from h61_cases_c import MX_SG
from h61_cases_d import attach_2231
from h61_clients import apple, exmail, foxmail, netease, outlook, trace
from h61_lib import FU, I, P, assemble, html_table, html_wrap, make_pdf, multipart, rfcdate, text_part
from h61_roster import BOTS, BV, GOV, KD, SG


# ------------------------------------------------------------------ 8933
def c8933():
    date = "2026-07-14 09:02:11 +0800"
    bad = "wangzq@tlyacg.example.gov.cn"
    expl = ("很抱歉您的邮件没有发送成功。\n\n收件人：wangzq@tlyacg.example.gov.cn\n原因：收件人地址不存在（550 5.1.1 User unknown）\n\n"
            "This is the mail system at host mail.tlyacg.example.gov.cn.\n\nI'm sorry to have to inform you that your message "
            "could not be delivered to one or more recipients.\n\n<wangzq@tlyacg.example.gov.cn>: user unknown\n")
    status = ("Reporting-MTA: dns; mail.tlyacg.example.gov.cn\r\nX-Postfix-Queue-ID: 4cV7Kq1nZbz9sWd\r\n"
              "Arrival-Date: Tue, 14 Jul 2026 09:02:09 +0800 (CST)\r\n\r\n"
              f"Final-Recipient: rfc822; {bad}\r\nOriginal-Recipient: rfc822;{bad}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
              "Diagnostic-Code: x-unix; user unknown")
    orig = ("Return-Path: <minutes@tlyacg.example.gov.cn>\r\n"
            "From: =?utf-8?B?57qq6KaB5Yqp5omL?= <minutes@tlyacg.example.gov.cn>\r\n"
            f"To: {bad}\r\n"
            "Subject: =?utf-8?B?44CQ57qq6KaB56Gu6K6k44CRN+aciOS4iuaXrOmHjeeCueW3peS9nOedo+afpemAmuaKpeS8mue6quimgQ==?=\r\n"
            "Date: Tue, 14 Jul 2026 09:02:08 +0800\r\n"
            "Message-ID: <mb.20260714.090208.8928@tlyacg.example.gov.cn>\r\n"
            "Auto-Submitted: auto-generated\r\nX-Auto-Response-Suppress: OOF, AutoReply")
    ent = multipart("report", "4cV7Kq1nZbz9sWd.1783991331/mail.tlyacg.example.gov.cn", [
        text_part(expl, "plain", "utf-8", "base64", extra=["Content-Description: Notification"]),
        ("Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n" + status).encode(),
        ("Content-Description: Undelivered Message Headers\r\nContent-Type: text/rfc822-headers\r\n\r\n" + orig).encode()],
        preamble="This is a MIME-encapsulated message.", extra_params=" report-type=delivery-status;")
    h = [("Date", rfcdate(date) + " (CST)"), ("From", "MAILER-DAEMON@mail.tlyacg.example.gov.cn (Mail Delivery System)"),
         ("Subject", "Undelivered Mail Returned to Sender"), ("To", BOTS["gov"]), ("Auto-Submitted", "auto-replied"),
         ("MIME-Version", "1.0"), ("Message-Id", "<20260714010211.4cV7Kq1nZbz9sWd@mail.tlyacg.example.gov.cn>")]
    tr = [("Return-Path", "<>"), ("Delivered-To", BOTS["gov"]),
          ("Received", "by mail.tlyacg.example.gov.cn (Postfix)\r\n\tid 4cV7Kq1nZbz9sWd; Tue, 14 Jul 2026 09:02:11 +0800 (CST)")]
    return dict(num=8933, slug="auto-dsn-bounce-of-recap-postfix", kind="auto", eml=assemble(tr, h, [], ent, crlf=False),
                items=[], followup=None, probes=["user unknown"],
                notes="Postfix DSN (multipart/report; report-type=delivery-status, From MAILER-DAEMON, Return-Path <>, "
                      "Auto-Submitted: auto-replied) for the bot's own recap of 8928 sent to a mistyped address; the "
                      "returned headers carry the recap subject (纪要确认 …纪要). kind auto, nothing to parse.",
                tests="auto: DSN bounce of the bot's recap, Chinese + English notification, rfc822-headers with a 纪要 subject")


# ------------------------------------------------------------------ 8934
def c8934():
    date = "2026-08-24 14:40:26 +0800"
    frm = P("pml")
    to = [P("sxl"), P("qy"), P("xjq")]
    cc = [P("jch"), ("纪要助手", BOTS["sg"])]
    subj = "外部沟通跟进表（8月24日）：中秋礼盒供应商/直播基地"
    head = ["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型", "核心需求/反馈", "解决方案/进展", "下次沟通时间", "负责人"]
    rows = [head,
            ["EC2026-08-24-01", "2026-08-24", "延吉金达莱包装/崔经理", "电商运营部/朴美兰", "供应商",
             "中秋礼盒（2000套）内托变形，要求返工；对方称9月5日前可补交",
             "①质检部隋晓丽到厂复检内托（8月26日前）②中秋节前确认最终到货批次", "2026-08-28", "朴美兰"],
            ["EC2026-08-24-02", "2026-08-24", "长白山助农直播基地/韩主管", "市场部/曲洋", "合作方",
             "希望9月起每周增加一场助农直播，需我方提供产地素材",
             "①本周内提供基地实拍素材 ②9月3日前确定9月直播排期（邢佳琪）", "同上", "曲洋"]]
    plain = "各位：\n\n今天上午两场外部沟通，跟进表如下：\n\n" + "\n".join("\t".join(r) for r in rows) + "\n\n美兰\n"
    html = html_wrap("<div>各位：</div><div><br></div><div>今天上午两场外部沟通，跟进表如下：</div>" +
                     html_table(rows, attrs='border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:12px"') +
                     "<div><br></div><div>美兰</div>")
    h, tail, mid = netease(frm, to, cc, subj, date, "8934", SG)
    ent = multipart("alternative", "----=_Part_1082297_1473226816.1787553626102", [
        text_part(plain, "plain", "UTF-8", "base64"), text_part(html, "html", "UTF-8", "base64")])
    tr = trace(BOTS["sg"], frm[1], date, MX_SG, "m16-22.mail.netease.example.com", "220.181.16.22", "8934")
    return dict(num=8934, slug="sg-seed-external-followup-mid-autumn-mailmaster", kind="minutes",
                eml=assemble(tr, h, tail, ent),
                items=[I("sxl", "到厂复检中秋礼盒内托", ("md", 8, 26)),
                       I("pml", "确认中秋礼盒最终到货批次", ("before_hol", "2026-09-25")),
                       I("qy", "提供基地实拍素材", ("week_end",)),
                       I("xjq", "确定9月直播排期", ("md", 9, 3))],
                followup=FU(("md", 8, 28)), probes=["①本周内提供基地实拍素材", "同上"],
                notes="Seed 外部沟通跟进表 (supplier row + partner row) from NetEase Mail Master. Sent Mon 2026-08-24. Row 1: "
                      "① names 隋晓丽 -> 08-26; ② names nobody -> row 负责人 朴美兰; 中秋节前 -> last working day before "
                      "中秋 (09-25..27) = 09-24. '对方称9月5日前可补交' is the supplier's promise, not our item. Row 2: ① -> "
                      "row 负责人 曲洋, 本周内 -> Sun 08-30; ② '(邢佳琪)' -> 09-03. 下次沟通时间 2026-08-28 and '同上' -> "
                      "next_followup 08-28, no time.",
                tests="seed 外部沟通跟进表: 中秋节前, 本周内, supplier promise not an item, 下次沟通时间 '同上'")


# ------------------------------------------------------------------ 8935
T8935 = """各位：

明天（周四）上午的电商周例会改到周五下午两点，金总明天临时去长春开会。地点不变，还是三楼小会议室。

要汇报的数据请周五中午前发我。

美兰
"""


def c8935():
    date = "2026-08-26 17:50:03 +0800"
    frm = P("pml")
    to = [P("xjq"), P("qy")]
    cc = [P("jch"), ("纪要助手", BOTS["sg"])]
    subj = "周例会改期"
    h, tail, mid = exmail(frm, to, cc, subj, date, "8935", wecom=True)
    ent = text_part(T8935, "plain", "utf-8", "base64")
    tr = trace(BOTS["sg"], frm[1], date, MX_SG, "smtpbg156.exmail.example.com", "203.205.250.156", "8935")
    return dict(num=8935, slug="other-sg-reschedule-wecom", kind="other", eml=assemble(tr, h, tail, ent),
                items=[], followup=None, probes=["改到周五下午两点"],
                notes="WeCom mail moving a weekly meeting (明天 -> 周五下午两点) and asking for data by 周五中午: a "
                      "rescheduling notice, not minutes. kind other; no items, no follow-up.",
                tests="other: Chinese rescheduling notice from WeCom with times and a request")


# ------------------------------------------------------------------ 8936
def c8936():
    date = "2026-08-06 10:12:48 +0800"
    frm = P("why")
    to = [P("wzq"), P("txd"), P("sjh"), P("shl"), P("jt")]
    cc = [P("zjp"), ("纪要助手", BOTS["gov"])]
    subj = "城市管理领域安全生产专题会议纪要"
    rows = [["序号", "工作任务", "责任单位（责任人）", "配合单位", "完成时限"],
            ["一是", "城区燃气管道占压排查，建立问题清单", "市政设施股（汪志强）", "执法大队", "8月20日前"],
            ["二是", "户外广告牌、店招店牌安全检查", "市容环卫股（檀晓东）", "无", "8月14日前"],
            ["三是", "防汛物资储备日常管理", "局办公室", "各股室", "长期坚持"],
            ["四是", "高空作业人员安全培训", "执法大队牵头（疏建华）", "园林绿化股", "8月底前"],
            ["五是", "安全生产月度自查报告", "江涛", "各股室", "每月25日前报送"]]
    intro = ("8月5日下午，章建平局长主持召开城市管理领域安全生产专题会议，传达市安委会第三次全体会议精神，"
             "分析当前安全生产形势，部署下一阶段工作。会议要求，各股室要压实安全生产责任，做到“三管三必须”。"
             "现将任务分解如下：")
    table = html_table(rows, attrs='class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse"',
                       cell_style=' style="border:solid windowtext 1.0pt;padding:0cm 5.4pt;font-family:仿宋_GB2312;font-size:12.0pt"')
    html = mso_html(intro, font="仿宋_GB2312", charset="gb2312").replace(
        "</div>\n</body>", table + '\n<p class="MsoNormal">下次专题会时间另行通知。</p>\n'
        '<p class="MsoNormal" align="right">局办公室</p>\n</div>\n</body>')
    plain = intro + "\n\n" + "\n".join("\t".join(r) for r in rows) + "\n\n下次专题会时间另行通知。\n\n局办公室\n"
    h, tail, mid = outlook(frm, to, cc, subj, date, "8936", GOV, cs="gb2312")
    ent = multipart("alternative", "----=_NextPart_000_0031_01DD0563.A3B4C5D0", [
        text_part(plain, "plain", "gb2312", "base64"), text_part(html, "html", "gb2312", "quoted-printable")],
        preamble="This is a multipart message in MIME format.")
    tr = trace(BOTS["gov"], frm[1], date, MX_GOV, "WUHAIYAN-PC", "10.12.3.57", "8936")
    return dict(num=8936, slug="gov-task-table-long-term-monthly-outlook-gb2312", kind="minutes",
                eml=assemble(tr, h, tail, ent),
                items=[I("wzq", "城区燃气管道占压排查并建立问题清单", ("md", 8, 20)),
                       I("txd", "户外广告牌、店招店牌安全检查", ("md", 8, 14)),
                       I(None, "防汛物资储备日常管理", None, dept="局办公室"),
                       I("sjh", "高空作业人员安全培训", ("md", 8, 31)),
                       I("jt", "安全生产月度自查报告", ("md", 8, 25))],
                followup=None, probes=["长期坚持", "每月25日前报送"],
                notes="AMBIGUOUS: '每月25日前报送' is a recurring report; the next occurrence (2026-08-25) is recorded as "
                      "its due date, which is what a tracker would chase first. Government task table pasted from Word "
                      "(gb2312, 一是…五是 in the 序号 column, '责任单位（责任人）' cells). Sent Thu 2026-08-06. '局办公室' "
                      "without a person and '长期坚持' -> no_owner + no_due. '执法大队牵头（疏建华）' -> 疏建华; 配合单位 "
                      "are not owners. 8月底前 -> 08-31. The 会议要求 sentence is policy. '下次专题会时间另行通知' -> null.",
                tests="gov 一是…五是 task table with 责任单位（责任人）, 长期坚持 (no_due), monthly recurring deadline, 另行通知")


# ------------------------------------------------------------------ 8937
T8937 = """各位：

周五发的纪要有两处更正：赖工改进方案时间由5月13日调整为5月15日；罗经理补货数量改为5月12日前回复林总。相对日期也都改成了具体日期，更正后全文如下，以此为准：

【蓝主管】
① HB-140破碎锤5月批次（60台）重新排产，5月9日（周六调休）把新排产表发群里
② 涂装线二号喷房停线检修，5月13日前恢复生产

【游堃】
① 更新5月物料需求计划（MRP），5月11日前发采购部

【赖工】
① 出具HB-140缸体砂眼问题的改进方案，5月15日前

【江主管】
① 修订缸体来料检验标准，赖工配合，5月15日前

【罗经理】
① 联系三明铸造厂确认缸体毛坯补货数量，5月12日前回复林总

下次协调会：5月15日（周五）下午两点，二楼小会议室。

晓雯
总经办
"""


def c8937():
    date = "2026-05-11 09:20:37 +0800"
    orig = c8905()
    frm = P("zxw")
    to = [P("lty"), P("yk"), P("lzj"), P("jml"), P("ljx")]
    cc = [P("llh"), ("纪要助手", BOTS["kd"])]
    subj = "【更正】5月8日生产协调会纪要"
    h, tail, mid = foxmail(frm, to, cc, subj, date, "8937", KD,
                           extra=[("In-Reply-To", orig["mid"]), ("References", orig["mid"])])
    html = html_wrap("".join(f"<div>{_html.escape(l) if l else '<br>'}</div>" for l in T8937.split("\n")),
                     '<style>body { line-height: 1.5; font-size: 14px; font-family: 微软雅黑; }</style>\n', "GBK")
    ent = multipart("alternative", "----=_001_NextPart317482965024_=----", [
        text_part(T8937, "plain", "GBK", "base64"), text_part(html, "html", "GBK", "quoted-printable")],
        preamble="This is a multi-part message in MIME format.")
    tr = trace(BOTS["kd"], frm[1], date, MX_KD, "ZHONGXW-PC", "192.168.20.35", "8937")
    return dict(num=8937, slug="kd-corrected-resend-in-thread-foxmail-gbk", kind="minutes", eml=assemble(tr, h, tail, ent),
                items=ITEMS_8905(corrected=True),
                followup=FU(("md", 5, 15), "14:00"), probes=["由5月13日调整为5月15日", "【游堃】"],
                notes="【更正】 re-send of 8905 in the same thread (In-Reply-To/References = 8905's Message-ID), sent Mon "
                      "2026-05-11: still minutes with the same six items. The writer replaced the relative dates with "
                      "absolute ones, so nothing is resolved from the Monday Date. '由5月13日调整为5月15日' -> 05-15 for "
                      "赖志坚; 罗建新 now 5月12日前 (no longer 尽快). 蓝天佑 ① keeps its now-past date 5月9日 (two days "
                      "before sending: kept in 2026, not rolled to next year). "
                      "Next meeting 5月15日（周五）14:00.",
                tests="corrected re-send in the thread: '由X调整为Y', relative dates rewritten as absolute, same items re-versioned")


# ------------------------------------------------------------------ 8938
PDF_8938 = [
    "# Bosveld Coffee (Pu'er) Co., Ltd. - Local Board Meeting",
    "Minutes - Friday 10 July 2026, 14:00-16:30, mill office, Simao",
    "Present: Pieter van Rensburg (chair), Johan Botha (by video), Thandiwe Mokoena, Lily Li, Mei Yang, Dao Jianguo",
    "",
    "1. Q2 results: volume 96% of plan, specialty share 23%. Noted.",
    "2. Capex: the optical sorter (CNY 1.38m) is APPROVED subject to two more installation quotes.",
    "3. EUDR: the buying policy needs a deforestation-free clause before the next harvest.",
    "",
    "Action register",
    "No.  Action                                                   Owner    Due",
    "A1   Obtain two more installation quotes for the optical sorter  JG       24 July",
    "A2   Prepare the FY26 budget rebase for the group                Pieter   by 31 July",
    "A3   Add the EUDR clause to the cherry-buying policy             Lily     next Wednesday",
    "A4   Review the insurance cover for warehouse B                  Mei      within 10 business days",
    "A5   Renew the Q-grader licences of two cuppers                  Thandi   by 14 August",
    "",
    "Next meeting: Friday 9 October 2026, 10:00 (Simao).",
]


def c8938():
    date = "2026-07-10 18:05:14 +0800"
    frm = ("Pieter van Rensburg", P("pvr")[1])
    to = [("Dao Jianguo", P("djg")[1]), ("Lily Li", P("lcy")[1]), ("Mei Yang", P("yxm")[1]), ("Thandiwe Mokoena", P("tmk")[1])]
    cc = [("Johan Botha", "johan.botha@bosveld-agri.example.co.za"), ("Bosveld minutes", BOTS["bv"])]
    subj = "Board minutes 10 July"
    pdf = make_pdf(PDF_8938, cjk=False, title="Local board minutes 10 July 2026")
    body = "All,\n\nMinutes of today's board meeting attached. Shout if I got anything wrong.\n\nPieter\n"
    html = html_wrap("<div>All,</div><div><br></div><div>Minutes of today's board meeting attached. Shout if I got "
                     "anything wrong.</div><div><br></div><div>Pieter</div>", charset="us-ascii")
    inner = multipart("alternative", "Apple-Mail=_5E1C7A2B-3D4F-4A6B-9C8D-7E6F5A4B3C2D", [
        text_part(body, "plain", "us-ascii", "7bit"), text_part(html, "html", "us-ascii", "7bit")])
    att = (b'Content-Disposition: attachment;\r\n\tfilename="Board minutes 2026-07-10.pdf"\r\n'
           b'Content-Type: application/pdf;\r\n\tx-unix-mode=0644;\r\n\tname="Board minutes 2026-07-10.pdf"\r\n'
           b"Content-Transfer-Encoding: base64\r\n\r\n")
    from h61_lib import b64
    att += b64(pdf).encode()
    ent = multipart("mixed", "Apple-Mail=_0B8D6E4F-2A1C-4E3D-8F7A-6B5C4D3E2F1A", [inner, att])
    h, tail, mid = apple(frm, to, cc, subj, date, "8938", BV)
    tr = trace(BOTS["bv"], frm[1], date, MX_BV, "[192.168.8.12]", "192.168.8.12", "8938")
    return dict(num=8938, slug="bv-pdf-board-minutes-apple-mail", kind="minutes", eml=assemble(tr, h, tail, ent),
                items=[I("djg", "Obtain two more installation quotes for the optical sorter", ("md", 7, 24)),
                       I("pvr", "Prepare the FY26 budget rebase for the group", ("md", 7, 31)),
                       I("lcy", "Add the EUDR clause to the cherry-buying policy", ("nwk", 2)),
                       I("yxm", "Review the insurance cover for warehouse B", ("wd", 10)),
                       I("tmk", "Renew the Q-grader licences of two cuppers", ("md", 8, 14))],
                followup=FU(("md", 10, 9), "10:00"), probes=["Action register", "within 10 business days"],
                notes="Apple Mail with a short body; the minutes are in a PDF (text layer) with an 'Action register' laid "
                      "out in columns. Sent Fri 2026-07-10. Decisions (sorter APPROVED) and notes are not items. 'next "
                      "Wednesday' -> 07-15; 'within 10 business days' -> Chinese working days 07-13 … 07-24 -> 2026-07-24. "
                      "Owners by first name/alias (JG, Pieter, Lily, Mei, Thandi). Next meeting Fri 9 October 2026 10:00.",
                tests="PDF attachment with a column-aligned action register, next Wednesday, 10 business days, decision not an item")


CASES = [c8933(), c8934(), c8935(), c8936(), c8937(), c8938()]

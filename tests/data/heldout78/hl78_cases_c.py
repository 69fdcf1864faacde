"""Cases 10611-10615: 哈密市伊州区发展和改革委员会 (government unit)."""
import datetime as dt
import html as H

from hl78_common import (I, NF, P, addr, alist, attach, case, dept, ew, html_table, make_docx, make_pdf, message,
                         multi, rfcdate, text)
from hl78_cases_a import outlook_html
from hl78_cases_b import GOVBOT, coremail_html, gov_received


# ------------------------------------------------------------------ 10611
@case(10611, "yz-gov-dispatch-docx-lead-support-cell", "minutes",
      "Outlook UTF-8 cover note + .docx 会议纪要 (伊发改纪〔2026〕12号) whose table puts 主责/配合 in one 责任人 cell; "
      "6月15日前, 6月底前, 端午节前 (last working day 06-18), 6月5日（周五）前; a row with 责任人 待定 and 7月上旬")
def c10611():
    date = rfcdate(2026, 6, 3, 18, 40, 10)
    rows = [
        ["序号", "工作任务", "责任科室", "责任人", "完成时限"],
        ["1", "完成东部工业园区供水管网项目资金申请报告", "项目科", "马振华（主责）/赵婷（配合）", "6月15日前"],
        ["2", "形成上半年价格监测分析报告", "价格科", "古丽娜尔（主责）", "6月底前"],
        ["3", "核查地方储备粮轮换出库进度", "粮储科", "李建国（主责）、阿依古丽（配合）", "端午节前"],
        ["4", "报送迎峰度夏能源保供工作方案", "能源科", "孙立新", "6月5日（周五）前"],
        ["5", "对接区交通运输局完成项目入库审核", "项目科、区交通运输局", "待定", "7月上旬"],
    ]
    docx = make_docx([
        ("h", "伊州区发展和改革委员会会议纪要"),
        ("p", "伊发改纪〔2026〕12号"),
        ("p", "6月2日下午，艾尔肯·吐尔逊主任主持召开重点工作调度会，各科室汇报了5月份重点工作完成情况。"
              "会议强调，各科室要对照年度目标任务查漏补缺。现将会议确定的工作任务纪要如下："),
        ("t", rows),
        ("p", "会议还通报了5月份公文办理情况，全委按时办结率98.5%。"),
        ("p", "下次调度会时间另行通知。"),
        ("p", "伊州区发展和改革委员会办公室  2026年6月3日"),
    ], dt.datetime(2026, 6, 3, 17, 55))
    body = ("各位领导、同事：\r\n\r\n6月2日调度会会议纪要（伊发改纪〔2026〕12号）见附件，请按责任分工抓好落实。"
            "纪要助手已抄送，会自动提醒。\r\n\r\n赵婷\r\n伊州区发改委项目科\r\n")
    alt = multi("alternative", [
        text(body, "plain", "utf-8", "base64"),
        text(outlook_html(body.replace("\r\n", "\n").split("\n"), "utf-8"), "html", "utf-8", "base64"),
    ], "----=_NextPart_000_0042_01DCF3B6.9A1C2E50")
    part = multi("mixed", [alt, attach(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                       "伊发改纪〔2026〕12号.docx")],
                 "----=_NextPart_000_0041_01DCF3B6.9A1C2E50", preamble="This is a multipart message in MIME format.")
    hs = [
        ("Return-Path", "<zhaoting@yzfgw.example.gov.cn>"),
        ("Received", "from ZHAOTING-PC (unknown [10.65.3.48])\n\tby mail.yzfgw.example.gov.cn (Coremail) with SMTP id "
                     "AQAAfwBH8q1tV0BmZ3QFAA--.21947S2;\n\tWed, 03 Jun 2026 18:40:12 +0800 (CST)"),
        ("From", addr("赵婷", "zhaoting@yzfgw.example.gov.cn")),
        ("To", alist([P("马振华"), P("古丽娜尔·买买提"), P("李建国"), P("孙立新"), P("阿依古丽·艾力")])),
        ("Cc", alist([P("艾尔肯·吐尔逊"), P("王海燕"), GOVBOT])),
        ("Subject", ew("6月2日调度会会议纪要（伊发改纪〔2026〕12号）")),
        ("Date", date),
        ("Message-ID", "<004201dcf3b6$9a1c2e50$ce548af0$@yzfgw.example.gov.cn>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdzztpoU6Zq3b7mEQ9Kk2p1W8c4LbQ=="),
        ("Content-Language", "zh-cn"),
    ]
    eml = message(hs, part, crlf=True)
    items = [
        I("马振华", "完成东部工业园区供水管网项目资金申请报告", "2026-06-15", "abs:2026-06-15"),
        I("古丽娜尔·买买提", "形成上半年价格监测分析报告", "2026-06-30", "me"),
        I("李建国", "核查地方储备粮轮换出库进度", "2026-06-18", "holbefore:Dragon Boat Festival"),
        I("孙立新", "报送迎峰度夏能源保供工作方案", "2026-06-05", "abs:2026-06-05"),
        I(dept("项目科"), "对接区交通运输局完成项目入库审核", None, "vague"),
    ]
    notes = ("Sent Wed 2026-06-03; the minutes are the .docx table. The 责任人 cell holds lead and support together: "
             "the owner is the 主责 person (马振华, 古丽娜尔=古丽娜尔·买买提, 李建国); 配合 people are not owners. "
             "6月15日前 -> 06-15; 6月底前 -> 06-30; 端午节前 -> last working day before 06-19 = 06-18; '6月5日（周五）前' "
             "-> 06-05. Row 5: 责任人 待定, units 项目科 + another bureau -> owner null, department 项目科, '7月上旬' -> "
             "vague_due (like 中旬 in the corpus). The 办结率 line is a report; '下次调度会时间另行通知' -> null.")
    return {"eml": eml, "items": items, "next": None, "notes": notes}


# ------------------------------------------------------------------ 10612
@case(10612, "yz-other-meeting-notice-pdf-coremail", "other",
      "Coremail forward of a meeting notice (关于召开…的通知) as a PDF: time, place and a '6月22日前报送' request, but "
      "no minutes -> other; the meeting date is not a follow-up")
def c10612():
    date = rfcdate(2026, 6, 16, 12, 10, 33)
    pdf = make_pdf([
        "#伊州区发展和改革委员会",
        "#关于召开2026年上半年重点工作总结会的通知",
        "各科室：",
        "经委领导同意，定于召开2026年上半年重点工作总结会，现将有关事项通知如下：",
        "一、会议时间：2026年6月24日（星期三）上午10:30",
        "二、会议地点：委机关三楼会议室",
        "三、参会人员：委领导，各科室负责人及业务骨干",
        "四、有关要求",
        "1. 请各科室于6月22日前将上半年工作总结及下半年工作计划（不超过2000字）报送办公室。",
        "2. 参会人员请提前10分钟到场，会议期间手机调至静音。",
        "联系人：王海燕",
        "伊州区发展和改革委员会办公室",
        "2026年6月16日",
    ], "notice")
    body = ["各科室：", "", "上半年重点工作总结会的通知见附件PDF，请按要求准备材料并按时参会。", "", "王海燕",
            "伊州区发改委办公室"]
    alt = multi("alternative", [
        text("\n".join(body) + "\n", "plain", "UTF-8", "base64"),
        text(coremail_html(body), "html", "UTF-8", "base64"),
    ], "----=_Part_502114_1198765432.1781583033219")
    part = multi("mixed", [alt, attach(pdf, "application/pdf", "关于召开上半年重点工作总结会的通知.pdf", "UTF-8")],
                 "----=_Part_502113_2044561290.1781583033219")
    hs = [
        ("Return-Path", "<wanghaiyan@yzfgw.example.gov.cn>"),
        gov_received(date, "10.65.3.21", "x"),
        ("Date", date),
        ("From", addr("王海燕", "wanghaiyan@yzfgw.example.gov.cn")),
        ("To", alist([P("马振华"), P("古丽娜尔·买买提"), P("孙立新"), P("李建国")])),
        ("Cc", alist([GOVBOT])),
        ("Subject", ew("关于召开2026年上半年重点工作总结会的通知")),
        ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9b9f0a2d)"),
        ("X-Coremail-Locale", "zh_CN"),
        ("MIME-Version", "1.0"),
        ("Message-ID", "<1c7e93a0.5d21.19e78f2c6a4.Coremail.wanghaiyan@yzfgw.example.gov.cn>"),
        ("X-Coremail-Antispam", "1U5529EdanIXcx71UUUUU7vcSsGvfC2KfnxnUU=="),
    ]
    eml = message(hs, part, mime_version=False)
    notes = ("A meeting notice (通知) forwarded with a PDF attachment, the bot in Cc out of habit. It announces a meeting "
             "(6月24日 10:30) and asks every 科室 to send material by 6月22日, but nothing was decided in a meeting and "
             "no one owns a recorded action: kind other, no items, no next_followup (an announced meeting is not a "
             "follow-up of minutes).")
    return {"eml": eml, "items": [], "next": None, "notes": notes}


# ------------------------------------------------------------------ 10613
@case(10613, "yz-gov-dingtalk-ai-minutes-forwarded", "minutes",
      "钉钉 AI听记 smart minutes forwarded through 钉钉邮箱 (Alimail) with a preface: 摘要/章节/发言人观点 mention "
      "deadlines and suggestions, only the 待办事项 list counts; 端午节前, 下周二前, a 待分配 item without date")
def c10613():
    date = rfcdate(2026, 6, 11, 9, 25, 48)
    lines = [
        "各位领导：",
        "昨天（6月10日）下午价格监测工作推进会的钉钉智能纪要转发如下，待办我已逐条核对过，以“待办事项”为准。",
        "",
        "赵婷",
        "",
        "---------- 转发的智能纪要 ----------",
        "【AI听记】价格监测工作推进会",
        "会议时间：2026-06-10 15:00-16:12 | 时长：72分钟 | 参会人：6人",
        "",
        "■ 会议摘要",
        "会议围绕重要民生商品价格监测、端午节前市场价格巡查和成本调查三项工作展开。与会人员认为6月以来蔬菜价格"
        "环比上涨明显，需要加密监测频次，并建议在7月底前完成新一轮成本调查。",
        "",
        "■ 章节速览",
        "00:03 价格监测点调整：古丽娜尔·买买提提出将城区超市监测点由5个增至7个。",
        "00:21 端午节前价格巡查：建议联合区市场监管局开展节前巡查。",
        "00:47 成本调查：马振华认为成本调查表需在6月底前下发各企业。",
        "",
        "■ 发言人观点",
        "古丽娜尔·买买提：监测点调整要尽快完成，避免影响6月下旬数据。",
        "马振华：成本调查可以参考去年的表格，减少企业填报负担。",
        "",
        "■ 待办事项",
        "☐ 古丽娜尔·买买提：完成城区超市价格监测点调整，6月15日前",
        "☐ 古丽娜尔·买买提：汇总端午节前主副食品价格巡查情况，端午节前",
        "☐ 赵婷：起草成本调查工作方案，下周二前",
        "☐ 待分配：联系区市场监管局确定联合巡查时间",
        "",
        "以上内容由AI生成，仅供参考",
    ]
    htm = ("<div class=\"__aliyun_email_body_block\"><div style=\"line-height:1.7;font-family:Tahoma,Arial,"
           "STHeiti,SimSun;font-size:14.0px;color:#000000;\">" +
           "".join("<div>%s</div>" % (H.escape(x) if x else "<br >") for x in lines) + "</div></div>\n")
    part = multi("alternative", [
        text("\n".join(lines) + "\n", "plain", "UTF-8", "base64"),
        text(htm, "html", "UTF-8", "base64"),
    ], "----=ALIBOUNDARY_71834_7f2a5c1d9700_6a2b4c0f_9e31")
    hs = [
        ("Return-Path", "<zhaoting@yzfgw.example.gov.cn>"),
        ("Received", "from smtp.dingtalk-mail.example.com (unknown [47.246.136.11])\n\tby mail.yzfgw.example.gov.cn "
                     "(Coremail) with SMTP id AQAAfwBnz6yoBEJm4tUGAA--.30412S2;\n\tThu, 11 Jun 2026 09:25:50 +0800 "
                     "(CST)"),
        ("Date", date),
        ("From", addr("赵婷", "zhaoting@yzfgw.example.gov.cn")),
        ("To", alist([P("古丽娜尔·买买提"), P("马振华")])),
        ("Cc", alist([P("艾尔肯·吐尔逊"), GOVBOT])),
        ("Message-ID", "<f31a8c62-0b9e-4d57-a1c4-7e2d90b3c518.zhaoting@yzfgw.example.gov.cn>"),
        ("Subject", ew("转发：【钉钉AI听记】价格监测工作推进会")),
        ("X-Mailer", "Alimail-Mailagent revision 3716"),
        ("X-Priority", "3"),
        ("MIME-Version", "1.0"),
        ("x-aliyun-mail-creator", "W4_5817441_DHMOTW96YTHNeYbmFZaWxsYS81LjAgKFdpbmRvd3MgTlQgMTAuMCk="),
    ]
    eml = message(hs, part, mime_version=False)
    items = [
        I("古丽娜尔·买买提", "完成城区超市价格监测点调整", "2026-06-15", "abs:2026-06-15"),
        I("古丽娜尔·买买提", "汇总端午节前主副食品价格巡查情况", "2026-06-18", "holbefore:Dragon Boat Festival"),
        I("赵婷", "起草成本调查工作方案", "2026-06-16", "next:1"),
        I(None, "联系区市场监管局确定联合巡查时间", None, "none"),
    ]
    notes = ("AI-generated minutes (钉钉 AI听记) forwarded Thu 2026-06-11 with a preface saying the 待办事项 list is "
             "authoritative. Only that list counts: 6月15日前 -> 06-15; 端午节前 -> 06-18 (last working day before "
             "06-19); 下周二前 -> 06-16; '待分配' -> no owner, no date. The summary ('7月底前完成新一轮成本调查'), the "
             "chapter notes ('6月底前下发') and speaker views ('尽快完成') are not items. No next meeting.")
    return {"eml": eml, "items": items, "next": None, "notes": notes}


# ------------------------------------------------------------------ 10614
@case(10614, "yz-gov-grain-collab-tracking-table-coremail", "minutes",
      "Coremail HTML seed 跨部门协作事项跟踪表 (发起方/协作方 责任人, 计划完成时间, 进展情况): 已完成 row is status; "
      "发起方 person owns; 待定 -> vague; a 延期 row whose 风险点 cell moves the date (7月10日前); next meeting "
      "'下周一（7月13日）上午10点'")
def c10614():
    date = rfcdate(2026, 7, 6, 17, 50, 2)
    rows = [
        ["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间",
         "计划完成时间", "实际完成时间", "进展情况", "风险点及应对措施"],
        ["1", "储备粮轮换出库质量检验", "粮储科", "区粮食质检站", "阿依古丽", "质检站王站长", "2026-06-22",
         "2026-07-03", "2026-07-03", "已完成", "-"],
        ["2", "轮换入库资金拨付申请", "粮储科", "区财政局", "李建国", "财政局经建股", "2026-07-01", "2026-07-15", "-",
         "进行中（已完成40%）", "拨付流程长，已提前与财政局沟通"],
        ["3", "新粮收购价格成本测算", "价格科", "粮储科", "古丽娜尔", "阿依古丽", "2026-07-06", "2026-07-24", "-",
         "进行中", "样本户不足，增加2个乡镇样本"],
        ["4", "仓储设施安全隐患排查", "粮储科", "区应急管理局", "阿依古丽", "-", "2026-07-08", "待定", "-", "未开始",
         "等应急局排查计划"],
        ["5", "粮食应急保障企业名单更新", "粮储科", "区商务局", "李建国", "-", "2026-06-15", "2026-06-30", "-",
         "延期（原定6月30日）", "商务局名单未反馈，调整至7月10日前完成"],
    ]
    intro = ["各位：", "", "本周粮储轮换协作事项调度情况如下，请各责任人按计划推进，有变化及时告知粮储科。", ""]
    tail = ["", "下次调度：下周一（7月13日）上午10点，粮储科办公室。", "", "李建国", "伊州区发改委粮储科"]
    htm = ("<div style=\"line-height:1.7;color:#000000;font-size:14px;font-family:Arial\">" +
           "".join("<div>%s</div>" % (H.escape(x) if x else "<br>") for x in intro) +
           html_table(rows, attrs='border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;'
                                  'font-size:12px"') +
           "".join("<div>%s</div>" % (H.escape(x) if x else "<br>") for x in tail) + "</div>\n")
    plain = "\n".join(intro + ["\t".join(r) for r in rows] + tail) + "\n"
    part = multi("alternative", [
        text(plain, "plain", "UTF-8", "base64"),
        text(htm, "html", "UTF-8", "base64"),
    ], "----=_Part_611873_1380126642.1783331402117")
    hs = [
        ("Return-Path", "<lijianguo@yzfgw.example.gov.cn>"),
        gov_received(date, "10.65.3.57", "x"),
        ("Date", date),
        ("From", addr("李建国", "lijianguo@yzfgw.example.gov.cn")),
        ("To", alist([P("阿依古丽·艾力"), P("古丽娜尔·买买提")])),
        ("Cc", alist([P("艾尔肯·吐尔逊"), GOVBOT])),
        ("Subject", ew("粮储轮换跨部门协作事项跟踪表（7月第1周）")),
        ("X-Priority", "3"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9b9f0a2d)"),
        ("X-Coremail-Locale", "zh_CN"),
        ("MIME-Version", "1.0"),
        ("Message-ID", "<37b2e0d4.6f10.19f3a1b7c22.Coremail.lijianguo@yzfgw.example.gov.cn>"),
    ]
    eml = message(hs, part, mime_version=False)
    items = [
        I("李建国", "轮换入库资金拨付申请", "2026-07-15", "abs:2026-07-15"),
        I("古丽娜尔·买买提", "新粮收购价格成本测算", "2026-07-24", "abs:2026-07-24"),
        I("阿依古丽·艾力", "仓储设施安全隐患排查", None, "vague"),
        I("李建国", "粮食应急保障企业名单更新", "2026-07-10", "abs:2026-07-10"),
    ]
    notes = ("Seed 跨部门协作事项跟踪表, sent Mon 2026-07-06. Row 1 has 实际完成时间 and 已完成 -> status. The owner is "
             "the 责任人（发起方） (阿依古丽=阿依古丽·艾力, 古丽娜尔=古丽娜尔·买买提); 协作方 names are support. Row 2 -> "
             "07-15 ('40%' is progress, not a command); row 3 -> 07-24; row 4 计划完成时间 待定 -> vague_due. Row 5 is "
             "延期: the 风险点 cell says '调整至7月10日前完成' -> 07-10 (AMBIGUOUS: the 计划完成时间 cell still says "
             "2026-06-30; most readers take the rescheduled date). Next: '下周一（7月13日）上午10点' -> 2026-07-13 10:00.")
    return {"eml": eml, "items": items, "next": NF("2026-07-13", "next:0", "10:00"), "notes": notes}


# ------------------------------------------------------------------ 10615
@case(10615, "yz-auto-dsn-unknown-user-coremail", "auto",
      "Coremail postmaster DSN (multipart/report delivery-status + text/rfc822-headers, Return-Path <>) for a recap "
      "sent to a mistyped address; the returned headers carry a minutes subject -> auto")
def c10615():
    date = rfcdate(2026, 5, 8, 11, 31, 40)
    human = ("This is the mail system at host mail.yzfgw.example.gov.cn.\n\n"
             "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
             "                   The mail system\n\n<zhaotin@yzfgw.example.gov.cn>: host mail.yzfgw.example.gov.cn"
             "[local] said:\n    550 User not found: zhaotin@yzfgw.example.gov.cn\n\n"
             "尊敬的用户：您发送的邮件因收件人地址不存在而被退回，请核对收件人地址后重新发送。\n")
    ds = ("Reporting-MTA: dns; mail.yzfgw.example.gov.cn\nX-Postfix-Queue-ID: 4ZPLk61Xq8z2\n"
          "Arrival-Date: " + rfcdate(2026, 5, 8, 11, 31, 38) + "\n\nFinal-Recipient: rfc822; zhaotin@yzfgw.example.gov.cn\n"
          "Original-Recipient: rfc822;zhaotin@yzfgw.example.gov.cn\nAction: failed\nStatus: 5.1.1\n"
          "Diagnostic-Code: smtp; 550 User not found: zhaotin@yzfgw.example.gov.cn\n")
    orig = ("Return-Path: <minutes@yzfgw.example.gov.cn>\nFrom: " + ew("纪要助手") +
            " <minutes@yzfgw.example.gov.cn>\nTo: zhaotin@yzfgw.example.gov.cn\nSubject: " +
            ew("【纪要助手】请确认：重点项目推进专题会议纪要（〔2026〕第9期）") + "\nDate: " +
            rfcdate(2026, 5, 8, 11, 31, 37) + "\nMessage-ID: <recap.20260508.1131.c2e9@yzfgw.example.gov.cn>\n"
            "Auto-Submitted: auto-generated\n")
    part = multi("report", [
        ([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=utf-8"),
          ("Content-Transfer-Encoding", "8bit")], human.encode("utf-8")),
        ([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], ds.encode()),
        ([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
         orig.encode()),
    ], "4ZPLk61Xq8z2.1778211100/mail.yzfgw.example.gov.cn", preamble="This is a MIME-encapsulated message.",
        extra_params="; report-type=delivery-status")
    hs = [
        ("Return-Path", "<>"),
        ("Received", "by mail.yzfgw.example.gov.cn (Postfix)\n\tid 4ZPLk61Xq8z2; " + date + " (CST)"),
        ("Date", date),
        ("From", "MAILER-DAEMON@yzfgw.example.gov.cn (Mail Delivery System)"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("To", "minutes@yzfgw.example.gov.cn"),
        ("Auto-Submitted", "auto-replied"),
        ("MIME-Version", "1.0"),
        ("Content-Transfer-Encoding", "8bit"),
        ("Message-Id", "<20260508033140.4ZPLk61Xq8z2@mail.yzfgw.example.gov.cn>"),
    ]
    phs, body = part
    eml = message(hs, (phs, body), mime_version=False)
    notes = ("Bounce (DSN, multipart/report; report-type=delivery-status) of the bot's own recap of 10610, sent to a "
             "mistyped address. From MAILER-DAEMON, Return-Path <>, Auto-Submitted. The returned headers contain the "
             "minutes subject, but nothing here is minutes or a reply: kind auto, never answered.")
    return {"eml": eml, "items": [], "next": None, "notes": notes}

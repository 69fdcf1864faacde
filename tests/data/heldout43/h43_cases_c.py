"""Organisation C: 湖南明眸眼科医院管理有限公司 (private eye-hospital chain, Xiangtan). Cases 7111-7118, 7134, 7135."""
import datetime as dt

from h43_lib import (add_case, addr, addrs, paddr, ew, fmt_date, mkdate, text, multi, binary, build, item, nxt,
                     esc, ORGS, person, make_docx, rfc2231)
from h43_cases_a import outlook_html, mso_paras

BOT = ORGS["C"]["bot"]


def P(name):
    n, e, _ = person(name)
    return (n, e)


# ----------------------------------------------------------------------------
# 7111  Outlook zh-CN, gb2312 label with GBK-only 玥, Word table: 主责/配合 in one cell, Qingming
# ----------------------------------------------------------------------------
def c7111():
    date = mkdate(2026, 4, 2, 17, 31, 26)
    intro = ["各位主任、护士长：", "",
             "4月2日（周四）8:00-9:10院周会纪要如下，请各责任部门按时限落实。", "",
             "石院长强调：清明假期各科室严格落实首诊负责制和医疗安全核心制度，节日期间院领导带班。", ""]
    head = ["序号", "工作事项", "主责/配合", "完成时间"]
    rows = [
        ["1", "清明假期门诊及急诊排班", "主责：医务部谭振华；配合：护理部", "4月3日前"],
        ["2", "清明小长假青少年近视防控义诊活动方案", "主责：视光中心贺婉清；配合：市场部颜佳琪", "4月3日前"],
        ["3", "屈光手术术后电话回访率统计", "主责：龙玥（视光中心）", "3个工作日内"],
        ["4", "HIS系统升级后门诊挂号流程培训", "主责：信息科；配合：门诊部", "清明节后第一个工作日"],
        ["5", "一季度药品耗材盘点", "主责：采购部匡伟；配合：财务部毛春燕", "已完成"],
    ]
    outro = ["", "下周四同一时间继续开院周会。", "", "文倩", "院办", "湖南明眸眼科医院管理有限公司"]
    plain = "\n".join(intro) + "\n" + "\n".join("\t".join(r) for r in [head] + rows) + "\n" + "\n".join(outro) + "\n"
    cells = []
    for r in [head] + rows:
        cells.append("<tr>" + "".join(
            "<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal>"
            "<span style='font-family:\u5b8b\u4f53'>%s</span></p></td>" % esc(c) for c in r) + "</tr>")
    tbl = ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>"
           + "\n".join(cells) + "</table>")
    html = outlook_html(mso_paras(intro) + "\n" + tbl + "\n" + mso_paras(outro))
    alt = multi("alternative", [text(plain, "plain", "gb2312", "base64", codec="gbk"),
                                text(html, "html", "gb2312", "base64", codec="gbk")],
                "----=_NextPart_000_0027_01DCC26B.1F0A7C40", preamble="This is a multipart message in MIME format.\n")
    to = [P("谭振华"), P("贺婉清"), P("龙玥"), P("易建军"), P("颜佳琪")]
    cc = [P("石永康"), P("彭丽华"), P("匡伟"), BOT]
    hdrs = [
        ("From", paddr("文倩", "gb2312")),
        ("To", addrs(to, "utf-8")),
        ("Cc", addrs(cc, "gb2312", codec="gbk")),
        ("Subject", ew("院周会纪要（4月2日）", "gb2312")),
        ("Date", fmt_date(date)),
        ("Message-ID", "<002701dcc24f$0a61e3b0$1f25ab10$@mingmou-eye.example.cn>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdzCTwph4+V9K2q7Qe+oRk7h3Y1Pzw=="),
        ("Content-Language", "zh-cn"),
    ]
    raw = build("C", date, "WENQIAN-PC (unknown [172.16.8.41])", hdrs, alt, queue_id="4fM1x7Hq2Bz8Tn")
    items = [
        item("谭振华", "清明假期门诊及急诊排班", "2026-04-03", ("abs", "2026-04-03")),
        item("贺婉清", "清明小长假青少年近视防控义诊活动方案", "2026-04-03", ("abs", "2026-04-03")),
        item("龙玥", "屈光手术术后电话回访率统计", "2026-04-08", ("workdays", 3)),
        item(None, "HIS系统升级后门诊挂号流程培训", "2026-04-07", ("after_holiday", "Tomb-sweeping Day"),
             flags=["no_owner"], dept="信息科"),
    ]
    notes = ("Outlook zh-CN mail with a Word table, charset label gb2312 but GBK bytes (龙玥's 玥 is not in GB2312), base64. "
             "Sent Thu 2026-04-02 17:31, two days before Qingming (04-04..04-06). The 主责/配合 cell holds lead and support together: "
             "only the 主责 person owns the row (配合 names are never owners). 1 医务部谭振华 -> 2026-04-03. 2 视光中心贺婉清 -> 2026-04-03. "
             "3 龙玥 '3个工作日内' from Fri 04-03: 04-03, (holiday 04-04..04-06), 04-07, 04-08 -> 2026-04-08. 4 主责 is only 信息科 -> "
             "no_owner, department 信息科; '清明节后第一个工作日' -> Tue 2026-04-07. 5 is 已完成. 石院长强调… is a standing rule. "
             "'下周四同一时间' -> Thu 2026-04-09 at the meeting's start time 08:00 (given as '8:00-9:10' in the first line).")
    add_case(7111, "hospital-weekly-lead-support-cell-gbk", "minutes", raw, items,
             nxt("2026-04-09", "08:00", ("next_week", 3)), notes,
             summary="4 items (谭振华 04-03, 贺婉清 04-03, 龙玥 04-08 3个工作日 over Qingming, 信息科 no_owner 04-07); next 04-09 08:00",
             tests="主责/配合 in one cell, 3个工作日内 across Qingming, 清明节后第一个工作日, gb2312 label with GBK-only 玥, 已完成 row",
             org="C", client="Outlook 16 zh-CN (Word table)", encoding="gb2312 label / GBK bytes, base64, multipart/alternative")


c7111()


# ----------------------------------------------------------------------------
# 7112  Foxmail, short body + .docx minutes (院长办公会纪要)
# ----------------------------------------------------------------------------
def c7112():
    date = mkdate(2026, 4, 21, 18, 20, 7)
    body_lines = ["各位主任：", "    4月20日院长办公会纪要见附件（明眸院办纪〔2026〕7号），请按分工抓好落实。",
                  "    纪要小助手已抄送，会按附件里的时限提醒大家。", "", "文倩", "院办"]
    plain = "\n".join(body_lines) + "\n"
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body>'
            + "".join("<div>%s</div>" % (esc(x).replace("    ", "&nbsp;&nbsp;&nbsp;&nbsp;") or "<br>") for x in body_lines)
            + "</body></html>\n")
    paras = [
        ("title", "院长办公会纪要"),
        ("center", "明眸院办纪〔2026〕7号"),
        ("p", "2026年4月20日下午，石永康院长在总院六楼会议室主持召开院长办公会。出席：谭振华、彭丽华、欧阳明、贺婉清、易建军、匡伟、毛春燕。记录：文倩。"),
        ("p", "会议听取了一季度医疗质量和运营情况汇报，研究了暑期手术高峰准备和岳塘分院开业筹备等事项。现纪要如下："),
        ("h", "一、关于暑期近视防控及屈光手术高峰准备"),
        ("p", "会议要求，屈光手术中心和视光中心要提前做好暑期手术高峰准备，确保医疗安全。"),
        ("p", "（一）屈光手术中心（欧阳明）制定暑期手术排班及设备保障方案，5月15日前报院办。"),
        ("p", "（二）视光中心（贺婉清）完成青少年角膜塑形镜验配流程优化，5月底前上线。"),
        ("h", "二、关于岳塘分院开业筹备"),
        ("p", "（一）医务部（谭振华）牵头完成岳塘分院执业登记材料准备，护理部、信息科配合，4月30日前提交市卫健委。"),
        ("p", "（二）信息科完成分院HIS、PACS系统部署并联调，完成时限：分院开业前（开业时间另定）。"),
        ("p", "（三）采购部匡伟负责分院设备采购合同签订，5月8日前完成。"),
        ("h", "三、关于一季度财务分析"),
        ("p", "会议听取了财务部关于一季度收支情况的汇报。会议认为，一季度成本控制成效明显，二季度继续执行集中采购制度。"),
        ("h", "四、下次会议"),
        ("p", "下次院长办公会定于5月19日（周二）下午2:30召开。"),
        ("right", "湖南明眸眼科医院管理有限公司院办"),
        ("right", "2026年4月21日"),
    ]
    docx_bytes = make_docx(paras, "院长办公会纪要", "文倩", dt.datetime(2026, 4, 21, 9, 12, 0))
    fn = "院长办公会纪要（2026年第7期）.docx"
    att = binary(docx_bytes, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document;\n\tname*=%s'
                 % rfc2231(fn), headers=[("Content-Disposition", "attachment;\n\tfilename*=%s" % rfc2231(fn))])
    alt = multi("alternative", [text(plain, "plain", "utf-8", "base64"), text(html, "html", "utf-8", "base64")],
                "----=_002_NextPart634185207411_=----")
    mixed = multi("mixed", [alt, att], "----=_001_NextPart716832405176_=----",
                  preamble="This is a multi-part message in MIME format.\n")
    to = [P("谭振华"), P("欧阳明"), P("贺婉清"), P("易建军"), P("匡伟")]
    cc = [P("石永康"), P("彭丽华"), P("毛春燕"), BOT]
    hdrs = [
        ("Date", fmt_date(date)),
        ("From", paddr("文倩", "utf-8")),
        ("To", addrs(to, "utf-8")),
        ("Cc", addrs(cc, "utf-8")),
        ("Subject", ew("院长办公会纪要（2026年第7期）", "utf-8")),
        ("X-Priority", "3"),
        ("X-GUID", "A7E2C913-0F4B-4D6E-8B25-31C9D07E5F84"),
        ("X-Has-Attach", "yes"),
        ("X-Mailer", "Foxmail 7.2.25.375[cn]"),
        ("Mime-Version", "1.0"),
        ("Message-ID", "<202604211820073312655@mingmou-eye.example.cn>"),
    ]
    raw = build("C", date, "WENQIAN-PC (unknown [172.16.8.41])", hdrs, mixed, queue_id="4fTs3Fp6dJz0Wq")
    items = [
        item("欧阳明", "制定暑期手术排班及设备保障方案", "2026-05-15", ("abs", "2026-05-15")),
        item("贺婉清", "完成青少年角膜塑形镜验配流程优化", "2026-05-31", ("month_end", 1)),
        item("谭振华", "完成岳塘分院执业登记材料准备", "2026-04-30", ("abs", "2026-04-30")),
        item(None, "完成分院HIS、PACS系统部署并联调", None, None, flags=["no_owner", "vague_due"], dept="信息科"),
        item("匡伟", "分院设备采购合同签订", "2026-05-08", ("abs", "2026-05-08")),
    ]
    notes = ("Foxmail mail whose body only points to the attached .docx (院长办公会纪要, built with python-docx; filename in RFC 2231). "
             "Sent Tue 2026-04-21. The items are read from the attachment, as a human would. 一（一） 屈光手术中心（欧阳明） -> 2026-05-15; "
             "一（二） 视光中心（贺婉清） '5月底前' -> 2026-05-31; 二（一） 医务部（谭振华）牵头, 护理部/信息科配合 -> owner 谭振华, 2026-04-30; "
             "二（二） only 信息科 -> no_owner, department 信息科; '分院开业前（开业时间另定）' has no date -> vague_due; 二（三） 采购部匡伟 -> 2026-05-08. "
             "一's 会议要求 and 三's 会议认为/集中采购制度 are findings and a standing rule. 下次院长办公会 '5月19日（周二）下午2:30' -> 2026-05-19 14:30.")
    add_case(7112, "docx-attachment-president-office-foxmail", "minutes", raw, items,
             nxt("2026-05-19", "14:30", ("abs", "2026-05-19", 1)), notes,
             summary="5 items from the .docx (欧阳明 05-15, 贺婉清 05-31, 谭振华 04-30, 信息科 no_owner vague, 匡伟 05-08); next 05-19 14:30",
             tests="minutes only in a .docx attachment, （一）（二） with unit（person）, 牵头/配合, 开业前 (date unknown) = vague",
             org="C", client="Foxmail 7.2", encoding="UTF-8 base64 body + .docx (multipart/mixed)",
             attachments_text="docx")


c7112()


# ----------------------------------------------------------------------------
# 7113  Gmail (Singapore partner) English action items; Next sync in SGT
# ----------------------------------------------------------------------------
def c7113():
    date = mkdate(2026, 4, 22, 15, 10, 52)
    lines = [
        "Hi Dr. Ouyang, Kiki, Wanqing,",
        "",
        "Thanks for the productive call this afternoon. Quick recap below.",
        "",
        "Decisions",
        "- The ortho-k pilot runs in three clinics (Xiangtan HQ, Yuetang, Xiangxiang) from June.",
        "- Lens pricing stays at the quoted tier for the pilot period.",
        "",
        "Action items",
        "1. Kiki - confirm the opening hours and fitting rooms of the three pilot clinics, by Friday.",
        "2. Grace - send the revised ortho-k fitting training deck, by EOD tomorrow.",
        "3. Dr. Ouyang - nominate two optometrists for the Lumina certification course, by Apr 30.",
        "4. Wanqing - share the current ortho-k follow-up SOP (Chinese is fine), by next Tuesday.",
        "5. Lumina logistics - confirm the ETA of the first trial-lens shipment, ASAP.",
        "",
        "Next sync: Wed, May 6, 15:00 SGT (same time as today).",
        "",
        "Best regards,",
        "Grace Teo",
        "Clinical Education Manager, Greater China",
        "Lumina Vision Pte. Ltd. | 8 Kallang Avenue, Singapore",
    ]
    plain = "\n".join(lines) + "\n"
    html = ('<div dir="ltr"><div>' + "</div><div>".join(esc(x) if x else "<br>" for x in lines[:4]) + "</div>"
            + "<div><b>Decisions</b></div><ul><li>%s</li><li>%s</li></ul>" % (esc(lines[5][2:]), esc(lines[6][2:]))
            + "<div><b>Action items</b></div><ol>" + "".join("<li>%s</li>" % esc(x.split(". ", 1)[1]) for x in lines[9:14])
            + "</ol><div>%s</div><div><br></div>" % esc(lines[15])
            + '<div>Best regards,</div><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">'
            + "<div>" + "</div><div>".join(esc(x) for x in lines[18:]) + "</div></div></div>\n")
    alt = multi("alternative", [text(plain, "plain", "UTF-8", "quoted-printable"),
                                text(html, "html", "UTF-8", "quoted-printable")],
                "000000000000a4c97e0618d2f3b1", params="")
    to = [("Ouyang Ming", P("欧阳明")[1]), ("Kiki Yan", P("颜佳琪")[1]), ("He Wanqing", P("贺婉清")[1])]
    cc = [("Minutes Assistant", BOT[1])]
    hdrs = [
        ("MIME-Version", "1.0"),
        ("From", addr("Grace Teo", "grace.teo@luminavision.example.sg")),
        ("Date", fmt_date(date)),
        ("Message-ID", "<CAL7vT2kq0b9Yx3p5Xr1eWmN8cZ4uJd6FhGs2A0oP7yQe3Tn1Lg@mail.gmail.example.com>"),
        ("Subject", "Recap: ortho-k pilot call (22 Apr) + action items"),
        ("To", addrs(to)),
        ("Cc", addrs(cc)),
    ]
    raw = build("C", date, "mail-sor-f41.google.example.com (mail-sor-f41.google.example.com [209.85.220.41])",
                hdrs, alt, queue_id="4fTl9Cz0wYz2Hp")
    items = [
        item("颜佳琪", "confirm the opening hours and fitting rooms of the three pilot clinics", "2026-04-24", ("weekday", 4)),
        item("Grace Teo", "send the revised ortho-k fitting training deck", "2026-04-23", ("plus_days", 1)),
        item("欧阳明", "nominate two optometrists for the Lumina certification course", "2026-04-30", ("abs", "2026-04-30")),
        item("贺婉清", "share the current ortho-k follow-up SOP", "2026-04-28", ("next_week", 1)),
        item(None, "confirm the ETA of the first trial-lens shipment", None, None, flags=["no_owner", "vague_due"]),
    ]
    notes = ("English minutes from the Singapore lens partner (Gmail web, UTF-8 quoted-printable). Date Wed 2026-04-22 15:10 +0800 "
             "(SGT = UTC+8 = Shanghai). 'Decisions' are not items. 1 'Kiki' = 颜佳琪 (roster alias, also the To display name 'Kiki Yan'); "
             "'by Friday' -> 2026-04-24. 2 'Grace' is the sender (roster outsider Grace Teo); 'by EOD tomorrow' -> 2026-04-23, no time. "
             "3 'Dr. Ouyang' = 欧阳明 -> 2026-04-30. 4 'Wanqing' = 贺婉清; 'by next Tuesday' -> Tuesday of next week 2026-04-28. "
             "5 'Lumina logistics' is a team of the partner -> no_owner, department null, ASAP -> vague_due. "
             "'Next sync: Wed, May 6, 15:00 SGT' -> 2026-05-06 15:00 Shanghai time.")
    add_case(7113, "partner-english-action-items-gmail", "minutes", raw, items,
             nxt("2026-05-06", "15:00", ("tz", "2026-05-06 15:00", "Asia/Singapore")), notes,
             summary="5 items (颜佳琪/Kiki 04-24, Grace Teo 04-23 EOD tomorrow, 欧阳明 04-30, 贺婉清 04-28 next Tuesday, partner team ASAP); next 05-06 15:00",
             tests="English 'Action items' with English nicknames -> roster aliases, by Friday / EOD tomorrow / by next Tuesday / ASAP, SGT",
             org="C (foreign partner writer)", client="Gmail web", encoding="UTF-8 QP, multipart/alternative", plain=True)


c7113()


def exmail_headers(msgid, mid):
    return [("X-QQ-mid", mid), ("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"),
            ("X-QQ-Mailer", "QQMail 2.x"), ("Message-ID", msgid)]


# ----------------------------------------------------------------------------
# 7114  WeCom mail, HTML only, UTF-8 QP: ①② sub-tasks under one owner; next meeting date and time on two lines
# ----------------------------------------------------------------------------
def c7114():
    date = mkdate(2026, 5, 7, 17, 45, 30)
    lines = [
        "各位护士长：",
        "今天下午护理质量例会纪要如下，请各自落实。",
        "",
        "一、5·12护士节活动",
        "彭丽华（护理部）：①5月8日前确定护士节表彰名单并报院办；②5月11日前完成护士节文艺汇演节目彩排。",
        "",
        "二、护理信息化",
        "易科长：下周一前上线护理不良事件电子上报模块，上线后护理部组织各病区培训。",
        "",
        "三、视光护理宣教",
        "龙老师（视光中心）：整理角膜塑形镜护理宣教材料，5月15日前交护理部审核。",
        "",
        "四、其他",
        "5月9日（周六）调休上班，门诊正常开诊，各病区按工作日排班。",
        "",
        "下次例会：",
        "5月14日（周四）",
        "下午4点，总院六楼示教室",
        "",
        "护理部 彭丽华",
    ]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:微软雅黑,Microsoft YaHei;font-size:14px;line-height:1.6">'
            + "".join("<p style=\"margin:0\">%s</p>" % (esc(x) or "<br>") for x in lines)
            + "</div></body></html>\n")
    body = text(html, "html", "utf-8", "quoted-printable")
    to = [P("易建军"), P("龙玥"), P("贺婉清")]
    cc = [P("文倩"), BOT]
    hdrs = [
        ("From", paddr("彭丽华", "utf-8")),
        ("To", addrs(to, "utf-8")),
        ("Cc", addrs(cc, "utf-8")),
        ("Subject", ew("护理质量例会纪要（5月7日）", "utf-8")),
        ("Mime-Version", "1.0"),
        ("Date", fmt_date(date)),
        ("X-Priority", "3"),
    ] + exmail_headers("<tencent_6A1B5E2A0F3D7C91_2E8B4A60@qq.example.com>", "bizesmtp14t1778147130tz9w5k2c")
    raw = build("C", date, "smtpbg153.qq.example.com (smtpbg153.qq.example.com [18.132.163.196])", hdrs, body,
                queue_id="4fbK6Vn2xCz5Jm")
    items = [
        item("彭丽华", "确定护士节表彰名单并报院办", "2026-05-08", ("abs", "2026-05-08")),
        item("彭丽华", "完成护士节文艺汇演节目彩排", "2026-05-11", ("abs", "2026-05-11")),
        item("易建军", "上线护理不良事件电子上报模块", "2026-05-11", ("next_week", 0)),
        item("龙玥", "整理角膜塑形镜护理宣教材料", "2026-05-15", ("abs", "2026-05-15")),
    ]
    notes = ("WeCom mail (Tencent Exmail backend), a single text/html part, UTF-8 quoted-printable. Sent Thu 2026-05-07. "
             "'彭丽华（护理部）：①…；②…' = two sub-tasks under one owner -> two items: 2026-05-08 and 2026-05-11. "
             "'易科长' = 易建军; '下周一前' -> 2026-05-11; the follow-up training ('上线后护理部组织…培训') has no owner person and no date and is a "
             "consequence, not a separate item. '龙老师' = 龙玥 -> 2026-05-15. 四、 states the make-up working day (fact). "
             "The next meeting is split: '下次例会：' / '5月14日（周四）' / '下午4点，…' on three lines -> 2026-05-14 16:00.")
    add_case(7114, "nursing-subtasks-split-next-meeting-wecom-html", "minutes", raw, items,
             nxt("2026-05-14", "16:00", ("abs", "2026-05-14", 3)), notes,
             summary="4 items (彭丽华 ① 05-08 ② 05-11, 易建军 05-11, 龙玥 05-15); next 05-14 16:00 split over lines",
             tests="①② sub-tasks under one owner, 易科长/龙老师 title aliases, next meeting label / date / time on separate lines, HTML-only",
             org="C", client="WeCom (企业微信) mail", encoding="UTF-8 QP, text/html only")


c7114()


# ----------------------------------------------------------------------------
# 7115  Thunderbird 8bit: seed 问题协调解决记录表, hour deadlines, outside vendor owner
# ----------------------------------------------------------------------------
def c7115():
    date = mkdate(2026, 5, 18, 10, 20, 4)
    body = """各位：

今早门诊HIS挂号故障的协调记录如下，请按分工处理。

问题协调解决记录表
问题编号：IT-2026-0518-01
问题描述：今天早上8:05起总院门诊HIS挂号模块间歇性卡顿，自助机无法出号，影响门诊挂号约40分钟
提交人：门诊部/导诊台
提交时间：2026-05-18 08:12
紧急程度：高
影响范围：总院门诊挂号、收费；岳塘分院未受影响
责任部门：信息科
责任人：易建军
计划解决时间：今天下班前
解决方案：
①云瞳信息晏飞：2小时内完成数据库锁表原因排查并提交临时修复补丁
②皮晓峰：明天上午10点前完成自助机客户端回滚并逐台验证
③易建军：今天下班前提交故障书面报告（含影响人次统计）报医务部
④门诊部：补录故障期间的手工挂号单据，5月20日前
实际解决时间：（待填）

问题关闭后另行组织复盘。

-- 
易建军
信息科 科长
湖南明眸眼科医院管理有限公司  0731-5552 8810
"""
    part = text(body, "plain", "UTF-8", "8bit", params="!; format=flowed")
    to = [("晏飞", "yanfei@yuntong-it.example.cn"), P("皮晓峰")]
    cc = [P("谭振华"), P("石永康"), BOT]
    hdrs = [
        ("Message-ID", "<b7e0c4d2-19a3-4f6b-8d52-7a1e3c90f6b4@mingmou-eye.example.cn>"),
        ("Date", fmt_date(date)),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "zh-CN"),
        ("To", addrs(to, "UTF-8")),
        ("Cc", addrs(cc, "UTF-8")),
        ("From", paddr("易建军", "UTF-8")),
        ("Subject", ew("【紧急】门诊HIS挂号故障协调记录 IT-2026-0518-01", "UTF-8")),
    ]
    raw = build("C", date, "[172.16.9.15] (unknown [172.16.9.15])", hdrs, part, queue_id="4fmW0Tc5hNz3Bd")
    items = [
        item(("晏飞", "yanfei@yuntong-it.example.cn"), "完成数据库锁表原因排查并提交临时修复补丁", "2026-05-18",
             ("hours", 2), time="12:20"),
        item("皮晓峰", "完成自助机客户端回滚并逐台验证", "2026-05-19", ("plus_days", 1), time="10:00"),
        item("易建军", "提交故障书面报告（含影响人次统计）", "2026-05-18", ("today",)),
        item(None, "补录故障期间的手工挂号单据", "2026-05-20", ("abs", "2026-05-20"), flags=["no_owner"], dept="门诊部"),
    ]
    notes = ("Seed 问题协调解决记录表 (紧急程度 高) in a Thunderbird plain-text mail (UTF-8 8bit, format=flowed but no soft breaks). "
             "Sent Mon 2026-05-18 10:20:04 +0800. ① vendor engineer '云瞳信息晏飞' (outside the roster; address from the To display name "
             "晏飞, department null); '2小时内' counts from the Date header -> 2026-05-18 12:20. ② 皮晓峰 '明天上午10点前' -> 2026-05-19 10:00. "
             "③ 易建军 '今天下班前' -> 2026-05-18, no time. ④ only the unit 门诊部 (a hospital department) -> no_owner, department 门诊部, "
             "2026-05-20. AMBIGUOUS: the record's own 责任人 易建军 / 计划解决时间 '今天下班前' is the umbrella for ①-④ (the fix as a whole); "
             "it is not recorded as a fifth item, since ③ already gives him a same-day deliverable. 提交时间/问题描述 times are facts. "
             "'问题关闭后另行组织复盘' -> no follow-up date.")
    add_case(7115, "issue-record-hours-vendor-thunderbird", "minutes", raw, items, None, notes,
             summary="4 items (晏飞 external 05-18 12:20 2小时内, 皮晓峰 05-19 10:00, 易建军 05-18 今天下班前, 门诊部 no_owner 05-20); no next",
             tests="seed 问题协调解决记录表, hour deadline from the Date header, vendor owner via To display name, umbrella row not an item",
             org="C", client="Thunderbird", encoding="UTF-8 8bit, text/plain format=flowed")


c7115()


# ----------------------------------------------------------------------------
# 7116  Outlook zh-CN "RE:" in an old thread: new minutes on top, last month's minutes quoted below
# ----------------------------------------------------------------------------
def c7116():
    date = mkdate(2026, 6, 15, 17, 35, 12)
    new = [
        "各位：",
        "6月例会纪要直接回在这个邮件里，方便对照上月事项。",
        "",
        "一、上月事项进展：角膜塑形镜验配流程优化已上线；暑期验光预约小程序已完成测试。",
        "二、本月事项",
        "1. 龙玥：整理暑期青少年验光预约排班表，6月18日前发各门店。",
        "2. 颜经理（市场部）：暑期近视防控进校园活动方案，端午节后第一个工作日提交。",
        "3. 贺婉清：离焦镜片库存与效期核查，本月底前完成。",
        "4. 信息科皮晓峰：验光数据对接HIS接口联调，尽快。",
        "三、下次例会：7月13日（周一）14:00，视光中心会议室。",
        "",
        "贺婉清",
        "视光中心",
    ]
    quote_hdr = [
        "发件人: 贺婉清 <hewanqing@mingmou-eye.example.cn>",
        "发送时间: 2026年5月18日 17:02",
        "收件人: 龙玥 <longyue@mingmou-eye.example.cn>; 颜佳琪 <yanjiaqi@mingmou-eye.example.cn>; 皮晓峰 <pixiaofeng@mingmou-eye.example.cn>",
        "抄送: 会议纪要助手 <jiyao@mingmou-eye.example.cn>",
        "主题: 视光中心月度例会纪要（5月）",
    ]
    old = [
        "各位：",
        "5月例会纪要如下。",
        "1. 贺婉清：角膜塑形镜验配流程优化，5月底前上线。",
        "2. 皮晓峰：暑期验光预约小程序测试，6月5日前完成。",
        "3. 龙玥：整理5月验配投诉台账，下周三前。",
        "下次例会：6月15日（周一）14:00。",
        "",
        "贺婉清",
    ]
    plain = "\n".join(new) + "\n\n" + "\n".join(quote_hdr) + "\n\n" + "\n".join(old) + "\n"
    qh = ("<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p class=MsoNormal>"
          + "<br>".join("<b>%s</b>%s" % (esc(x.split(" ", 1)[0]), esc(" " + x.split(" ", 1)[1])) for x in quote_hdr)
          + "</p></div></div>")
    html = outlook_html(mso_paras(new) + "\n" + qh + "\n" + mso_paras(old))
    alt = multi("alternative", [text(plain, "plain", "gb2312", "base64", codec="gbk"),
                                text(html, "html", "gb2312", "base64", codec="gbk")],
                "----=_NextPart_000_0035_01DCFCB1.9C2E4F70", preamble="This is a multipart message in MIME format.\n")
    to = [P("龙玥"), P("颜佳琪"), P("皮晓峰")]
    cc = [BOT]
    hdrs = [
        ("From", paddr("贺婉清", "gb2312")),
        ("To", addrs(to, "utf-8")),
        ("Cc", addrs(cc, "gb2312")),
        ("Subject", "RE: " + ew("视光中心月度例会纪要（5月）", "gb2312")),
        ("Date", fmt_date(date)),
        ("Message-ID", "<003501dcfc8d$8e1b3c50$aa51b4f0$@mingmou-eye.example.cn>"),
        ("References", "<002201dce6b0$4f7a9d10$ee6fd730$@mingmou-eye.example.cn>"),
        ("In-Reply-To", "<002201dce6b0$4f7a9d10$ee6fd730$@mingmou-eye.example.cn>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdzmsE96nRDuVtcwQfOeXmv3+u9KsAXDyY5Q"),
        ("Content-Language", "zh-cn"),
    ]
    raw = build("C", date, "HEWANQING-PC (unknown [172.16.8.77])", hdrs, alt, queue_id="4fyP3Dk8mQz1Gs")
    items = [
        item("龙玥", "整理暑期青少年验光预约排班表", "2026-06-18", ("abs", "2026-06-18")),
        item("颜佳琪", "暑期近视防控进校园活动方案", "2026-06-22", ("after_holiday", "Dragon Boat Festival")),
        item("贺婉清", "离焦镜片库存与效期核查", "2026-06-30", ("month_end",)),
        item("皮晓峰", "验光数据对接HIS接口联调", None, None, flags=["vague_due"]),
    ]
    notes = ("New (June) minutes written as 'RE:' on top of last month's minutes in the same thread (Outlook zh-CN, gb2312 label/GBK, "
             "base64, In-Reply-To/References to the May mail). The quoted May minutes below the Outlook 发件人/发送时间 block are not items and "
             "their '下次例会：6月15日' is not the new follow-up. Sent Mon 2026-06-15. 一、 reports progress. 1 龙玥 -> 2026-06-18. "
             "2 '颜经理（市场部）' = 颜佳琪; '端午节后第一个工作日' -> Mon 2026-06-22. 3 '本月底前' -> 2026-06-30. 4 皮晓峰 '尽快' -> vague_due. "
             "'下次例会：7月13日（周一）14:00' -> 2026-07-13 14:00. Kind stays minutes even though it is a reply in form.")
    add_case(7116, "new-minutes-as-re-in-old-thread-outlook", "minutes", raw, items,
             nxt("2026-07-13", "14:00", ("abs", "2026-07-13", 0)), notes,
             summary="4 items (龙玥 06-18, 颜佳琪 06-22 端午节后, 贺婉清 06-30, 皮晓峰 尽快); quoted May minutes skipped; next 07-13 14:00",
             tests="new minutes as RE: in an old thread with the old minutes quoted (items + next meeting), 端午节后第一个工作日",
             org="C", client="Outlook 16 zh-CN", encoding="gb2312 label / GBK, base64, multipart/alternative")


c7116()


# ----------------------------------------------------------------------------
# 7117  other: Apple Mail (Mac) — discussing when to hold a meeting
# ----------------------------------------------------------------------------
def c7117():
    date = mkdate(2026, 6, 2, 9, 40, 18)
    body = """各位主任：

二季度医疗质量与感控联席会议拟于6月中旬召开，初步考虑两个时间：
A. 6月16日（周二）下午3:00
B. 6月18日（周四）上午9:00

请大家今天下班前回复哪个时间方便，我汇总后发正式通知。会议议程初步如下：
1. 医务部通报二季度医疗质量指标
2. 护理部通报手术室感控检查情况
3. 各科室提出需协调事项

如有其他议题，也请一并告诉我。

文倩
院办
"""
    part = text(body, "plain", "utf-8", "quoted-printable", params="!")
    to = [P("谭振华"), P("彭丽华"), P("欧阳明"), P("贺婉清"), P("易建军")]
    cc = [BOT]
    hdrs = [
        ("From", paddr("文倩", "utf-8")),
        ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
        ("Subject", ew("二季度质控联席会议时间征询", "utf-8")),
        ("Message-Id", "<4E8A1F6C-92B0-4C3D-A5E7-1D0B6F3C8E29@mingmou-eye.example.cn>"),
        ("Date", fmt_date(date)),
        ("To", addrs(to, "utf-8")),
        ("Cc", addrs(cc, "utf-8")),
        ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),
    ]
    raw = build("C", date, "smtpclient.apple (unknown [172.16.8.41])", hdrs, part, queue_id="4fqY7Mb1kVz6Cw")
    notes = ("Apple Mail (macOS), text/plain UTF-8 quoted-printable. Sent Tue 2026-06-02. The 院办 asks which of two slots suits "
             "(6月16日下午3:00 or 6月18日上午9:00) and proposes an agenda; replies are requested '今天下班前'. No meeting has been held and "
             "no task is assigned -> kind other, no items. The candidate dates are not a confirmed next meeting -> next_followup null.")
    add_case(7117, "other-meeting-time-poll-apple-mail", "other", raw, [], None, notes,
             summary="other: poll for a meeting time with two candidate slots and an agenda; no items",
             tests="meeting-invitation discussion (dates, agenda, a deadline to reply) that is not minutes",
             org="C", client="Apple Mail (macOS)", encoding="UTF-8 QP, text/plain", plain=True)


c7117()


# ----------------------------------------------------------------------------
# 7118  auto: Exmail out-of-office reply to a recap
# ----------------------------------------------------------------------------
def c7118():
    date = mkdate(2026, 7, 6, 9, 3, 11)
    body = ("您好，我于7月6日至7月10日在北京参加全国眼科学术年会，期间邮件回复可能不及时。\n"
            "手术排班相关事宜请联系医务部谭主任（tanzhenhua@mingmou-eye.example.cn），急事请致电0731-5552 8801。\n"
            "7月13日返岗后我会尽快处理您的邮件，谢谢！\n\n欧阳明\n屈光手术中心\n")
    html = ('<div style="font-size:14px">' + "".join("<div>%s</div>" % (esc(x) or "<br>") for x in body.split("\n"))
            + "</div>\n")
    alt = multi("alternative", [text(body, "plain", "utf-8", "base64"), text(html, "html", "utf-8", "base64")],
                "----=_NextPart_6A4B0F2F_0B7D3E91_1C5A8E62")
    hdrs = [
        ("From", paddr("欧阳明", "utf-8")),
        ("To", addr(BOT[0], BOT[1], "utf-8")),
        ("Subject", ew("自动回复: 回复：【纪要确认】7月屈光手术排班及设备保障协调会", "utf-8")),
        ("Mime-Version", "1.0"),
        ("Date", fmt_date(date)),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("In-Reply-To", "<recap.7134.20260703@mingmou-eye.example.cn>"),
        ("References", "<recap.7134.20260703@mingmou-eye.example.cn>"),
    ] + exmail_headers("<tencent_autoreply_6A4B0F2F0B7D3E911C5A8E62@qq.example.com>", "bizesmtp6t1783299791tautorep")
    raw = build("C", date, "smtpbg154.qq.example.com (smtpbg154.qq.example.com [18.132.163.197])", hdrs, alt,
                queue_id="4gF0kT6x2Mz9Dh", return_path="")
    notes = ("Tencent Exmail out-of-office auto-reply to the bot's recap: Auto-Submitted: auto-replied, subject '自动回复: 回复：…', "
             "Return-Path <>, In-Reply-To the recap. The body has dates (7月6日至7月10日, 7月13日返岗), a delegate and a phone number, none "
             "of which is a command or an item -> kind auto; the bot must not answer it.")
    add_case(7118, "auto-ooo-exmail", "auto", raw, [], None, notes,
             summary="auto: Exmail out-of-office reply to a recap (dates, delegate)",
             tests="Auto-Submitted: auto-replied + empty Return-Path on a '自动回复' to a recap",
             org="C", client="Tencent Exmail (system)", encoding="UTF-8 base64, multipart/alternative")


c7118()


# ----------------------------------------------------------------------------
# 7134  Tencent Meeting AI minutes via Exmail (HTML, UTF-8 base64): 待办 only
# ----------------------------------------------------------------------------
def c7134():
    date = mkdate(2026, 7, 3, 12, 10, 27)
    top = ["各位，上午协调会的腾讯会议智能纪要如下，抄送纪要助手跟进待办。", ""]
    ai = [
        ("h1", "腾讯会议 AI小助手 | 智能纪要"),
        ("meta", "会议主题：7月屈光手术排班及设备保障协调会"),
        ("meta", "会议时间：2026/07/03 10:00-10:48"),
        ("meta", "会议号：582 417 936"),
        ("meta", "参会人员：欧阳明、谭振华、彭丽华、匡伟、易建军"),
        ("h2", "会议摘要"),
        ("p", "本次会议讨论了7月暑期屈光手术高峰的排班与设备保障。会议确定7月起每周二、四、六增开手术日；欧阳明表示排班表7月8日前出；"
              "匡伟提出全飞秒设备年度保养需避开手术高峰；彭丽华建议增补手术室护士培训。"),
        ("h2", "会议要点"),
        ("li", "手术排班：增开周二、四、六手术日，单日上限45台"),
        ("li", "设备保障：全飞秒激光设备年度保养时间待与厂商确认"),
        ("li", "人员：手术室护士增补2人，需完成岗前培训"),
        ("h2", "待办事项"),
        ("todo", "欧阳明：整理7月屈光手术医生及护士排班表（7月8日）"),
        ("todo", "匡伟：与设备厂商确认全飞秒激光设备年度保养时间（近期）"),
        ("todo", "彭丽华：安排手术室护士增补培训（下周五前）"),
        ("todo", "易建军：手术预约系统增加周六时段"),
        ("h2", "下次会议"),
        ("p", "2026/07/10 08:00"),
        ("foot", "本纪要由AI生成，内容仅供参考，请注意甄别。"),
    ]
    out = ['<div style="font-family:PingFang SC,Microsoft YaHei;font-size:14px">']
    out += ["<div>%s</div>" % (esc(x) or "<br>") for x in top]
    out.append('<div style="border:1px solid #dfe1e6;border-radius:6px;padding:16px">')
    for k, t in ai:
        if k == "h1":
            out.append('<div style="font-size:18px;font-weight:bold">%s</div>' % esc(t))
        elif k == "h2":
            out.append('<div style="font-size:15px;font-weight:bold;margin-top:12px">%s</div>' % esc(t))
        elif k == "meta":
            out.append('<div style="color:#6b7280">%s</div>' % esc(t))
        elif k == "li":
            out.append('<div>• %s</div>' % esc(t))
        elif k == "todo":
            out.append('<div><input type="checkbox" disabled> %s</div>' % esc(t))
        elif k == "foot":
            out.append('<div style="color:#9ca3af;font-size:12px;margin-top:12px">%s</div>' % esc(t))
        else:
            out.append("<div>%s</div>" % esc(t))
    out.append("</div></div>")
    html = "<html><head><meta charset=\"utf-8\"></head><body>" + "\n".join(out) + "</body></html>\n"
    plain = "\n".join(top + [("☐ " + t if k == "todo" else ("• " + t if k == "li" else t)) for k, t in ai]) + "\n"
    alt = multi("alternative", [text(plain, "plain", "utf-8", "base64"), text(html, "html", "utf-8", "base64")],
                "----=_NextPart_6A46F58B_0E2C7A14_4D90B3F7")
    to = [P("欧阳明"), P("彭丽华"), P("匡伟"), P("易建军")]
    cc = [BOT]
    hdrs = [
        ("From", paddr("谭振华", "utf-8")),
        ("To", addrs(to, "utf-8")),
        ("Cc", addrs(cc, "utf-8")),
        ("Subject", ew("【智能纪要】7月屈光手术排班及设备保障协调会", "utf-8")),
        ("Mime-Version", "1.0"),
        ("Date", fmt_date(date)),
        ("X-Priority", "3"),
    ] + exmail_headers("<tencent_6A46F58B0E2C7A144D90B3F7@qq.example.com>", "bizesmtp11t1783051827tp4r8n2b")
    raw = build("C", date, "smtpbg150.qq.example.com (smtpbg150.qq.example.com [18.132.163.192])", hdrs, alt,
                queue_id="4gB6yN3s0Fz2Pk")
    items = [
        item("欧阳明", "整理7月屈光手术医生及护士排班表", "2026-07-08", ("abs", "2026-07-08")),
        item("匡伟", "与设备厂商确认全飞秒激光设备年度保养时间", None, None, flags=["vague_due"]),
        item("彭丽华", "安排手术室护士增补培训", "2026-07-10", ("next_week", 4)),
        item("易建军", "手术预约系统增加周六时段", None, None, flags=["no_due"]),
    ]
    notes = ("Tencent Meeting AI minutes (腾讯会议 智能纪要) sent through Exmail, UTF-8 base64, plain + HTML. Sent Fri 2026-07-03. Only "
             "待办事项 counts: 会议摘要 repeats 欧阳明's deadline and mentions suggestions, 会议要点 are decisions/facts. 1 '（7月8日）' -> 2026-07-08. "
             "2 '（近期）' -> vague_due. 3 '下周五前' from a Friday -> Friday of next week 2026-07-10. 4 no deadline -> no_due. The meeting number "
             "582 417 936 is not a date. 下次会议 '2026/07/10 08:00' -> 2026-07-10 08:00 (given in its own section of the AI minutes, so it is recorded).")
    add_case(7134, "tencent-meeting-ai-minutes-exmail", "minutes", raw, items,
             nxt("2026-07-10", "08:00", ("abs", "2026-07-10", 4)), notes,
             summary="4 items from 待办 (欧阳明 07-08, 匡伟 近期 vague, 彭丽华 07-10 下周五 from Friday, 易建军 no_due); next 07-10 08:00",
             tests="腾讯会议 AI minutes: 摘要/要点 vs 待办, dates in brackets, 近期, 下周五 sent on a Friday, 2026/07/10 08:00",
             org="C", client="Tencent Exmail web", encoding="UTF-8 base64, multipart/alternative")


c7134()


# ----------------------------------------------------------------------------
# 7135  Outlook zh-TW, Big5: Taiwanese consultant's minutes in traditional characters
# ----------------------------------------------------------------------------
def c7135():
    date = mkdate(2026, 7, 6, 16, 20, 45)
    body = [
        "各位好：",
        "",
        "今日上午手術室感控稽核會議紀錄如下，請參考。",
        "",
        "一、稽核發現",
        "1. 屈光手術室術前準備區手部衛生遵從率為86%，低於目標值95%。",
        "2. 器械包滅菌標示大致完整，僅2包效期標示不清。",
        "",
        "二、待辦事項",
        "1. 彭護理長：7/10前完成手術室手部衛生再教育訓練，並提交簽到紀錄。",
        "2. 歐陽主任：下週三前修訂屈光手術術前準備SOP。",
        "3. 匡主管（採購部）：月底前補齊速乾手消毒液壁掛架12組。",
        "4. 本人：7/20會議前提供台灣院區使用的感控稽核表單範本供參考。",
        "",
        "三、下次會議：7月20日（週一）下午2點，總院六樓會議室。",
        "",
        "詹秉宏",
        "明眸眼科 感控顧問",
    ]
    plain = "\n".join(body) + "\n"
    html = outlook_html(mso_paras(body), lang="ZH-TW").replace("charset=gb2312", "charset=big5")
    html = html.replace("\u4eff\u5b8b", "\u65b0\u7d30\u660e\u9ad4").replace("\u7b49\u7ebf", "\u65b0\u7d30\u660e\u9ad4")
    alt = multi("alternative", [text(plain, "plain", "big5", "base64"), text(html, "html", "big5", "base64")],
                "----=_NextPart_000_0051_01DD0D5A.3E8C1B20", preamble="This is a multipart message in MIME format.\n")
    to = [("彭麗華", P("彭丽华")[1]), ("歐陽明", P("欧阳明")[1]), ("匡偉", P("匡伟")[1])]
    cc = [("文倩", P("文倩")[1]), ("會議紀要助手", BOT[1])]
    hdrs = [
        ("From", addr("詹秉宏", person("詹秉宏")[1], "big5")),
        ("To", addrs(to, "big5")),
        ("Cc", addrs(cc, "big5")),
        ("Subject", ew("手術室感控稽核會議紀錄（7/6）", "big5")),
        ("Date", fmt_date(date)),
        ("Message-ID", "<005101dd0d21$3b7c4e90$b274ebb0$@visioncare-tw.example.com.tw>"),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "Ad0NITt8TpCydOuwRfS7QmZ0c1D8xg=="),
        ("Content-Language", "zh-tw"),
    ]
    raw = build("C", date, "mail.visioncare-tw.example.com.tw (mail.visioncare-tw.example.com.tw [61.219.36.12])",
                hdrs, alt, queue_id="4gF9qC2w7Xz4Rn")
    items = [
        item("彭丽华", "完成手術室手部衛生再教育訓練", "2026-07-10", ("abs", "2026-07-10")),
        item("欧阳明", "修訂屈光手術術前準備SOP", "2026-07-15", ("next_week", 2)),
        item("匡伟", "補齊速乾手消毒液壁掛架12組", "2026-07-31", ("month_end",)),
        item("詹秉宏", "提供台灣院區使用的感控稽核表單範本", "2026-07-20", ("abs", "2026-07-20")),
    ]
    notes = ("Outlook zh-TW mail in Traditional Chinese, charset big5, base64, from the hospital's Taiwanese infection-control "
             "consultant (an outsider in the roster). Sent Mon 2026-07-06 16:20. 一、稽核發現 are findings. Owners are written in "
             "traditional characters and by title; the gold uses the canonical (simplified) roster names: '彭護理長' = 彭丽华, "
             "'歐陽主任' = 欧阳明, '匡主管（採購部）' = 匡伟, '本人' = the sender 詹秉宏. Task text stays as written (traditional). "
             "Dates: '7/10前' -> 2026-07-10; '下週三前' -> Wednesday of next week 2026-07-15; '月底前' -> 2026-07-31; '7/20會議前' -> due on the "
             "meeting day 2026-07-20 (X前 = due on X). '下次會議：7月20日（週一）下午2點' -> 2026-07-20 14:00.")
    add_case(7135, "big5-traditional-consultant-outlook-zhtw", "minutes", raw, items,
             nxt("2026-07-20", "14:00", ("abs", "2026-07-20", 0)), notes,
             summary="4 items (彭丽华 07-10, 欧阳明 07-15 下週三, 匡伟 07-31 月底, 詹秉宏 '本人' 07-20); next 07-20 14:00",
             tests="Big5 Traditional Chinese, 週/護理長 forms -> simplified roster names, 7/10前, 本人 = sender, 會議前",
             org="C (outside consultant)", client="Outlook 16 zh-TW", encoding="big5 base64, multipart/alternative")


c7135()

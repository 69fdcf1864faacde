"""Replies to the bot's recaps, auto mail and other mail: cases 4629-4636."""


def recap_text(rows, cutoff):
    lines = ["各位好：", "", "纪要助手已登记本次会议的待办事项：", "| 序号 | 事项 | 负责人 | 截止时间 |", "| --- | --- | --- | --- |"]
    lines += ["| %s | %s | %s | %s |" % r for r in rows]
    lines += ["", "如有异议请于今日内回复（截止 %s，逾期视为无异议）。" % cutoff,
              "回复方式：直接回复本邮件，写“确认”“有异议：原因”“第N项已完成”“进度80%”“延期至10月20日”即可。", "",
              "—— 纪要助手（系统自动发送）"]
    return "\n".join(lines)


def quote_lines(text):
    return "".join("> " + l + "\n" if l else ">\n" for l in text.rstrip("\n").split("\n"))


def build(g):
    globals().update(g)

    # ---------------------------------------------------------------------------------------------- 4629
    DOM, BOT = ORGS["ad"]
    rt = T("2025-09-30 11:39:02")
    rc = recap_text([("1", "提供过去3年的消费者调研原始数据", "Marcus Lee", "2025-10-10 18:00"),
                     ("2", "竞品审计（SG/MY/CN 共6个品牌）初版", "俞蕾", "2025-10-11 18:00"),
                     ("3", "品牌故事方向 × 3", "陆佳琪", "2025-10-15 18:00"),
                     ("4", "确认内部审批流程和最终决策人", "Jasmine Koh", "未注明（请补充）")], "2025-09-30 18:00")
    rid = "<mb.20250930033902.7f3a@loomlight.example.com>"
    t = T("2025-09-30 13:05:40")
    attr = "Minutes Bot <%s> 于2025年9月30日周二 11:39写道：" % BOT[1]
    text = "Confirmed 👍 第3项我这边没问题，10/15 前给到 Rae。\n\nJackie\n\n" + attr + "\n\n" + quote_lines(rc)
    html = ('<div dir="ltr">Confirmed 👍 第3项我这边没问题，10/15 前给到 Rae。<div><br></div><div>Jackie</div></div><br>'
            '<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" '
            'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
            % (esc(attr), text_to_html(rc)))
    b = gmail(who("陆佳琪"), [BOT], W("俞蕾"), "Re: [待办确认] Harbourline 品牌焕新 Kick-off 会议纪要", t, text, html, "4629", BOT[1],
              irt=rid, refs=[rid])
    case(4629, "reply-confirm-item3-gmail-zh-quote", "reply",
         "Gmail reply 'Confirmed 👍 第3项我这边没问题，10/15 前给到 Rae' over a Gmail zh quote of the recap (whose footer lists every command word)",
         b, G("reply",
              "Reply to the bot's recap of case 4609 (In-Reply-To the recap). Intent confirm for item 3 (第3项); '10/15 前' restates the existing deadline and is "
              "not an extension. The quoted recap's command words (有异议, 已完成, 进度80%, 延期至10月20日) must be ignored.",
              reply=R("confirm", [3])))

    # ---------------------------------------------------------------------------------------------- 4630
    DOM, BOT = ORGS["aero"]
    rc = recap_text([("1", "3#车床主轴异响报设备科", "秦朗", "2025-09-29 18:00"),
                     ("2", "Z12支架首件三坐标送检", "党小龙", "2025-09-28 18:00"),
                     ("3", "节前刀具盘点，缺的列清单报寇经理", "党小龙", "2025-09-30 18:00"),
                     ("4", "新来2个操作工的5S和安全培训", "党小龙", "2025-09-30 18:00")], "2025-09-28 18:00")
    rid = "<mb.20250928000012.c01d@qinchuan-aero.example.cn>"
    t = T("2025-09-29 18:10:33")
    q = (" \n发件人： 纪要助手\n发送时间： 2025-09-28 08:00\n收件人： 党小龙; 白振华; 屈文博; 秦朗\n主题： [纪要确认] 数控二班 9.28班前会\n" + rc)
    text = "第4项进度60%，两个新人安全培训做完了，5S明天上午搞完。\n\n党小龙\n" + q
    html = text_to_html("第4项进度60%，两个新人安全培训做完了，5S明天上午搞完。\n\n党小龙") + \
        '<blockquote style="margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em">' + text_to_html(q) + "</blockquote>"
    b = foxmail(who("党小龙"), [BOT], W("白振华"), "回复: [纪要确认] 数控二班 9.28班前会", t, text, html, "4630", BOT[1],
                irt=rid, refs=[rid])
    case(4630, "reply-progress-60-foxmail-gbk", "reply",
         "Foxmail GBK reply '第4项进度60%…5S明天上午搞完' with Foxmail's 发件人：/发送时间： quote of the recap",
         b, G("reply",
              "Reply from 党小龙 to the recap of case 4602. '第4项进度60%' -> progress, item 4, percent 60. '明天上午搞完' is a plan, not an extension request.",
              reply=R("progress", [4], 60)))

    # ---------------------------------------------------------------------------------------------- 4631
    DOM, BOT = ORGS["sea"]
    t = dt.datetime(2025, 7, 17, 16, 20, 11, tzinfo=TZ(-4))
    orig_mid = "<%s%s@lufengseafood.example.cn>" % ("20250715214037", hx("4622", 4) + "7")
    qtext = ("琴姐、阿鹏、阿杰：\n\n早上跟 Diego 在 WhatsApp 讲好了……\n\n下午内部碰了一下（我、琴姐、阿鹏、阿杰），分工：\n"
             "1. Diego：周五前发卫生证书扫描件（我来盯）\n2. 阿鹏：明天下班前把报关单草单做出来\n"
             "3. 阿杰：冷库预留2个40尺冻柜位，7月25日船到之前\n4. 琴姐：跟报关行陈国栋确认查验时间，尽快\n\n美玲")
    attr = "On Tue, Jul 15, 2025 at 9:40 AM 林美玲 <linmeiling@lufengseafood.example.cn> wrote:"
    mine = ("Hi Meiling,\n\nAbout item 1 (health certificate): the lab in Puerto Montt is delayed, the inspector of SERNAPESCA "
            "comes only on monday. Can we extend to July 23? Sorry for this, is not in our hands.\n\nSaludos,\nDiego Fuentes\n"
            "Export Manager | Austral Mar S.A.\nPuerto Montt, Chile")
    text = mine + "\n\n" + attr + "\n\n" + quote_lines(qtext)
    html = ('<div dir="ltr">%s</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s'
            '</blockquote></div>' % (text_to_html(mine), esc(attr), text_to_html(qtext)))
    b = gmail(who("Diego Fuentes"), W("林美玲"), W("黄秀琴", "洪志鹏", "蔡俊杰") + [BOT], "Re: 智利冻虾 AMCU4418207 到港准备", t, text,
              html, "4631", BOT[1], irt=orig_mid, refs=[orig_mid])
    case(4631, "reply-extend-item1-chile-english-utc-minus4", "reply",
         "Chilean supplier's English reply-all (Date -0400) to the minutes mail: 'About item 1 … Can we extend to July 23?'; Gmail 'On … wrote:' quote of Chinese minutes",
         b, G("reply",
              "Reply to the minutes of case 4622 (In-Reply-To that message; the recap was not sent externally). Sent Thu 2025-07-17 16:20 -0400 = Fri 07-18 04:20 Shanghai. "
              "'item 1' + 'extend to July 23' -> extend, items [1], new_due_date 2025-07-23. 'comes only on monday' is the reason, not a date request.",
              reply=R("extend", [1], None, C("2025-07-23", D(2025, 7, 23)))))

    # ---------------------------------------------------------------------------------------------- 4632
    DOM, BOT = ORGS["edu"]
    rc = recap_text([("1", "汇总各学科视导书面反馈意见报孔德明主任", "储文涛", "2025-05-13 18:00"),
                     ("2", "报送期中质量调研命题双向细目表", "邵蓓", "2025-05-16 18:00"),
                     ("3", "报送期中质量调研命题双向细目表", "仲丽", "2025-05-16 18:00"),
                     ("4", "编发第一期视导简报", "卞卫东", "2025-05-09 18:00")], "2025-05-06 18:00")
    rid = "<mb.20250506083300.e51a@jledu.example.gov.cn>"
    t = T("2025-05-13 11:20:09")
    q = ("\n\n\n-----原始邮件-----\n发件人:\"教研室纪要助手\" <%s>\n发送时间:2025-05-06 16:33:00 (星期二)\n收件人:\"储文涛\" <chuwentao@%s>, "
         "\"孔德明\" <kongdeming@%s>\n抄送:\n主题:[纪要确认] 教研室会议纪要〔2025〕第7期（教学视导工作推进会）\n\n" % (BOT[1], DOM, DOM)) + rc
    mine = "孔主任：\n第1项已完成，各学科视导反馈意见已汇总成文，已发您邮箱并上传共享盘“2025春视导”文件夹。\n\n储文涛"
    text = mine + q
    html = text_to_html(mine) + '<br><blockquote name="replyContent" class="ReferenceQuote" style="padding-left:5px;margin-left:5px;' \
        'border-left:#b6b6b6 2px solid;margin-right:0;">' + text_to_html(q) + "</blockquote>"
    b = coremail(who("储文涛"), [BOT], W("孔德明"), "Re:[纪要确认] 教研室会议纪要〔2025〕第7期（教学视导工作推进会）", t, text, html, "4632",
                 BOT[1], irt=rid, refs=[rid])
    case(4632, "reply-done-item1-coremail", "reply",
         "Coremail reply '第1项已完成…' addressed to the office head, with Coremail's '-----原始邮件-----' quote of the recap",
         b, G("reply", "Reply from 储文涛 to the recap of case 4615: '第1项已完成' -> done, item 1. The salutation '孔主任：' is not an item reference.",
              reply=R("done", [1])))

    # ---------------------------------------------------------------------------------------------- 4633
    DOM, BOT = ORGS["sea"]
    rc = recap_text([("1", "进口冷链食品追溯平台账号年度续期", "洪志鹏", "2026-01-04 18:00"),
                     ("2", "智利冻虾原产地证正本寄送", "林美玲", "2026-01-08 18:00"),
                     ("3", "年度报关行服务合同续签", "黄秀琴", "2026-01-04 18:00"),
                     ("4", "冷库温度记录仪年检", "蔡俊杰", "2026-01-15 18:00"),
                     ("5", "海关AEO认证复核资料准备", "（未指定，关务部）", "2026-03-31 18:00")], "2025-12-29 18:00")
    rid = "<mb.20251229093200.a77c@lufengseafood.example.cn>"
    t = T("2025-12-29 17:58:21")
    q = ("\n\n\n------------------ 原始邮件 ------------------\n发件人: \"鹭峰待办助手\"<%s>;\n发送时间: 2025年12月29日(星期一) 下午5:32\n"
         "收件人: \"黄秀琴\"<huangxiuqin@%s>;\n主题: [纪要确认] 年终冷链报关协调会纪要\n\n\n\n" % (BOT[1], DOM)) + rc
    mine = "第3项有异议：报关行合同一直是财务部苏经理在对接付款和条款，主办应该是苏经理，我们关务部协办。请庄总定一下。"
    text = mine + q
    b = exmail(who("黄秀琴"), [BOT], W("苏文斌", "庄永福"), "回复：[纪要确认] 年终冷链报关协调会纪要", t, text,
               text_to_html(mine) + '<div style="font-size: 12px;background:#efefef;padding:8px;">' + text_to_html(q) + "</div>",
               "4633", BOT[1], irt=rid, refs=[rid])
    case(4633, "reply-object-item3-owner-exmail", "reply",
         "Exmail gb18030 reply '第3项有异议：…主办应该是苏经理' (an ownership objection, no date) over the QQ '原始邮件' quote",
         b, G("reply", "Reply from 黄秀琴 to the recap of case 4625, before the 18:00 cut-off: '第3项有异议' + reason -> object, item 3. No new date.",
              reply=R("object", [3])))

    # ---------------------------------------------------------------------------------------------- 4634
    DOM, BOT = ORGS["ad"]
    t = dt.datetime(2026, 3, 18, 8, 0, 4, tzinfo=TZ(1))
    text = ("Bonjour,\n\nJe suis absente du 18 au 25 mars inclus, avec un accès limité à mes e-mails. Pour toute urgence concernant "
            "le lancement SS26, merci de contacter Hugo Marchand (hugo.marchand@maison-verre.example.fr).\n\n"
            "Hello,\n\nI am out of the office from 18 to 25 March with limited access to e-mail. For anything urgent about the SS26 launch, "
            "please contact Hugo Marchand.\n\nCamille Laurent\n")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                 leaf("text/html", "<html><body>%s</body></html>" % text_to_html(text), "utf-8", "quoted-printable")],
                 "_000_PR1P264MB%s_" % hx("4634", 20).upper())
    hdrs = [("From", haddr(*who("Camille Laurent"))), ("To", haddr(*BOT)),
            ("Subject", htext("Réponse automatique : Re: [Action items] Maison Verre – KV feedback round 2 / notes")),
            ("Thread-Topic", "Re: [Action items] Maison Verre – KV feedback round 2 / notes"), ("Thread-Index", "AQHclmtXk4o2AxyZ"),
            ("Date", rfc_date(t)), ("Message-ID", "<PR1P264MB%s@PR1P264MB.FRAP264.PROD.OUTLOOK.COM>" % hx("4634m", 16).upper()),
            ("In-Reply-To", "<mb.20260317081400.31c2@loomlight.example.com>"), ("Auto-Submitted", "auto-replied"),
            ("X-MS-Has-Attach", ""), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", EXT["Camille Laurent"]),
            ("X-MS-TNEF-Correlator", ""), ("Content-Language", "fr-FR")]
    recv = [("Return-Path", "<>"), ("Delivered-To", BOT[1]),
            ("Received", "from mail-eopbgr.outbound.protection.outlook.com (unknown [40.107.%d.%d])\n\tby mx.%s (Postfix) with ESMTPS id 4F%s\n\tfor <%s>; %s"
             % (12, 58, DOM, hx("4634r", 9).upper(), BOT[1], rfc_date(t.astimezone(TZ8))))]
    b = (recv, envelope(hdrs, body))
    case(4634, "auto-ooo-french-client-exchange", "auto",
         "Exchange Online out-of-office in French and English ('Réponse automatique :'), Auto-Submitted: auto-replied, Return-Path <>; body has dates and a contact",
         b, G("auto", "Automatic out-of-office reply from the French client's mailbox to the bot's recap of case 4610. Kind auto: no items, no reply intent; "
                      "the date range 18-25 March must not be read as an extension."))

    # ---------------------------------------------------------------------------------------------- 4635
    DOM, BOT = ORGS["aero"]
    t = T("2026-11-11 08:30:00")
    text = ("【钉钉待办】您有2项待办即将到期\n\n"
            "1. 输出《薄壁件装夹工艺规范》草案\n   负责人：屈文博　截止时间：2026-11-12 18:00\n   来源：工艺评审会-TC4薄壁件变形控制\n"
            "2. 首件三坐标检测方案发同部长\n   负责人：雷雪　截止时间：2026-11-09 18:00（已逾期）\n\n"
            "打开钉钉查看详情：https://todo.dingtalk.example.com/t/8Jk2Qa\n\n"
            "此邮件由系统自动发送，请勿直接回复。如不希望接收此类邮件，可在 钉钉 > 设置 > 通知 中关闭。\n")
    body = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"),
                                 leaf("text/html", "<html><body>%s</body></html>" % text_to_html(text), "utf-8", "base64")],
                 "----=_Part_%s" % hx("4635", 16))
    hdrs = [("Date", rfc_date(t)), ("From", haddr("钉钉", "no-reply@notice.dingtalk.example.com")), ("To", haddr(*BOT)),
            ("Message-ID", "<%s.dtnotice@notice.dingtalk.example.com>" % hx("4635m", 24)),
            ("Subject", htext("【钉钉待办】您有2项待办即将到期")), ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
            ("List-Unsubscribe", "<https://notice.dingtalk.example.com/unsub?u=%s>" % hx("4635u", 20)),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("X-Mailer", "DingTalk Notification Service")]
    recv = [("Return-Path", "<bounce+%s@notice.dingtalk.example.com>" % hx("4635b", 10)), ("Delivered-To", BOT[1]),
            ("Received", "from out-notice.dingtalk.example.com (unknown [47.246.%d.%d])\n\tby mx.%s (Postfix) with ESMTPS id 4F%s\n\tfor <%s>; %s"
             % (20, 33, DOM, hx("4635r", 9).upper(), BOT[1], rfc_date(t)))]
    case(4635, "auto-dingtalk-todo-notification", "auto",
         "Platform notification (钉钉待办 reminder) with numbered tasks, 负责人 and 截止时间: Auto-Submitted: auto-generated, Precedence: bulk, List-Unsubscribe",
         (recv, envelope(hdrs, body)),
         G("auto", "A machine notification from a collaboration platform that the bot's address was subscribed to. It lists tasks with owners and deadlines "
                   "but nobody wrote it: kind auto, no items."))

    # ---------------------------------------------------------------------------------------------- 4636
    DOM, BOT = ORGS["edu"]
    t = T("2026-12-03 15:40:12")
    text = ("各中小学、局属各科室：\n\n经研究，定于12月16日（周三）下午2:30在区教师发展中心报告厅召开2026年秋季学期期末工作部署会，现将有关事项通知如下：\n\n"
            "一、参会人员\n各中小学校长、分管教学副校长；局教研室、督导室全体人员。\n\n"
            "二、会议议程\n1. 通报秋季学期教学视导情况；\n2. 部署期末考试及质量分析工作；\n3. 孔德明主任讲话。\n\n"
            "三、有关要求\n1. 请各校于12月11日（周五）前通过OA报送参会人员名单；\n2. 参会人员提前10分钟签到，会议期间手机调至静音。\n\n"
            "联系人：陶静，电话：025-5888xxxx\n\n江澜区教育局办公室\n2026年12月3日\n")
    b = coremail(who("史国平"), W("孔德明", "葛晓春"), W("陶静") + [BOT], "关于召开2026年秋季学期期末工作部署会的通知", t, text,
                 html_of(text), "4636", BOT[1])
    case(4636, "other-meeting-notice-tongzhi", "other",
         "A 会议通知 (meeting notice, not minutes) from the bureau office: agenda, '请各校于12月11日（周五）前…报送', meeting time; kind other",
         b, G("other", "A notice convening a future meeting, copied to the bot by habit. It is not minutes of a held meeting: kind other, no items, no follow-up "
                       "(the 12月16日 meeting is the subject of the notice, not a next_followup of minutes)."))

    # ---------------------------------------------------------------------------------------------- 4637
    DOM, BOT = ORGS["aero"]
    t = T("2026-09-30 16:48:27")
    s = t.date()
    paras = ["秦川航精 生产计划协调会纪要", "时间：2026年9月30日 14:00-15:30", "地点：计划部会议室", "主持：寇敏",
             "参加：白振华、屈文博、雷雪、党小龙", "",
             "一、9月计划完成率93.5%，KX-220壳体因毛坯延迟欠交40件。", "二、会议议定事项："]
    rows = [["序号", "事项", "责任人", "完成时间"],
            ["1", "国庆期间车间值班排班表报计划部", "白振华", "9月30日下班前"],
            ["2", "KX-220壳体新工艺路线评审", "屈文博", "节后第一个工作日"],
            ["3", "外协件入厂检验积压清零", "雷雪", "10月10日（周六，调休上班）前"],
            ["4", "10月主生产计划下发", "寇敏", "3个工作日内"]]
    tail = ["", "三、下次协调会：10月12日（周一）上午8:30。", "", "计划部 2026年9月30日"]
    doc = docx(paras, [rows])
    # append the tail paragraphs after the table
    import io as _io, zipfile as _zf
    zin = _zf.ZipFile(_io.BytesIO(doc))
    files = [(n, zin.read(n).decode("utf-8")) for n in zin.namelist()]
    buf = _io.BytesIO()
    with _zf.ZipFile(buf, "w", _zf.ZIP_DEFLATED) as z:
        for n, x in files:
            if n == "word/document.xml":
                x = x.replace("</w:body>", "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p)
                                                   for p in tail) + "</w:body>")
            z.writestr(_zf.ZipInfo(n, date_time=(2026, 9, 30, 16, 40, 0)), x)
    doc = buf.getvalue()
    body_text = "各位：\n\n今天下午生产计划协调会的纪要见附件，请查收，按时完成。\n节日期间注意安全，值班人员保持电话畅通。\n\n寇敏\n计划部\n"
    att = attachment("生产计划协调会纪要0930.docx", doc,
                     "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label="gb2312", style="rfc2047")
    b = outlook(who("寇敏"), W("白振华", "屈文博", "雷雪"), W("党小龙") + [BOT], "生产计划协调会纪要（9月30日）", t, body_text,
                "\n".join('<p class=MsoNormal>%s<o:p></o:p></p>' % (esc(l) if l else "&nbsp;") for l in body_text.split("\n")),
                "4637", BOT[1], attachments=[att])
    case(4637, "aero-minutes-in-docx-attachment-national-day", "minutes",
         "Minutes only in a .docx attachment (Outlook gb2312, RFC 2047 filename); body just says 见附件. 9月30日下班前, 节后第一个工作日, Saturday make-up 10-10, 3个工作日内 across National Day 2026",
         b, G("minutes",
              "Sent Wed 2026-09-30 16:48; National Day holiday 2026-10-01..10-07, make-up Sat 10-10. The items are in the attached .docx table only. "
              "1 白振华 '9月30日下班前' -> 2026-09-30 (no clock time). 2 屈文博 '节后第一个工作日' -> 2026-10-08. 3 雷雪 '10月10日（周六，调休上班）前' -> 2026-10-10. "
              "4 寇敏 '3个工作日内' -> 10-08, 10-09, 10-10 (make-up Saturday) -> 2026-10-10. Section 一 is a fact. '下次协调会：10月12日（周一）上午8:30' -> 2026-10-12 08:30. "
              "A parser that ignores attachments finds no items; the body alone gives nothing to record.",
              [I("白振华", "国庆期间车间值班排班表报计划部", C("2026-09-30", s)),
               I("屈文博", "KX-220壳体新工艺路线评审", C("2026-10-08", first_workday_after(D(2026, 10, 7)))),
               I("雷雪", "外协件入厂检验积压清零", C("2026-10-10", D(2026, 10, 10) if is_workday(D(2026, 10, 10)) else None)),
               I("寇敏", "10月主生产计划下发", C("2026-10-10", add_workdays(s, 3)))],
              FU(C("2026-10-12", D(2026, 10, 12)), "08:30")))

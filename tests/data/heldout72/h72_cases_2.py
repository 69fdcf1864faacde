"""heldout72 cases 10009-10016."""
from h72_lib import (BOTS, Case, bin_part, docx_bytes, esc, fu, gold, haddr, haddrs, hb64, hdrs, html_lines,
                     html_table, htext, hx, item, message, multipart, plain_table, rfc_date, text_part, ts, who, flowed,
                     delivery)


def uuid(seed):
    h = hx(seed, 32).upper()
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


# ---------------------------------------------------------------------------------------------------------- 10009
def c10009():
    sent = ts("2026-05-12 09:14:03")
    subj = "自动回复：【纪要助手】请确认：低效系统资源回收方案专题会待办"
    body = """您好！
我于5月11日至5月15日参加省数据局组织的数据安全培训，期间不能及时查看邮件。
急事请联系数字基础设施科宋佳怡（songjiayi@lsszqsjj.example.gov.cn，0833-2xxxxxx），5月18日（周一）返岗后我会尽快回复。

杜鹏飞
"""
    mid = "<%s.%s.%s.Coremail.dupengfei@lsszqsjj.example.gov.cn>" % (hx("10009a", 7), hx("10009b", 4), hx("10009c", 11))
    bot = BOTS["A"]
    h = delivery(sent, "dupengfei@lsszqsjj.example.gov.cn", bot[1], "mail.lsszqsjj.example.gov.cn", "10.21.6.8",
                 "10009") + [
        ("Date", rfc_date(sent)), ("From", haddr(*who("杜鹏飞"))), ("To", haddr(*bot)),
        ("Subject", htext(subj)), ("Message-ID", mid),
        ("In-Reply-To", "<mb.%s@lsszqsjj.example.gov.cn>" % hx("recap10009", 20)),
        ("References", "<mb.%s@lsszqsjj.example.gov.cn>" % hx("recap10009", 20)),
        ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
        ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240321(3e2a1b6c)"),
        ("X-Coremail-Locale", "zh_CN"), ("X-CM-TRANSID", "%s--.%s" % (hb64("t9", 12), hb64("t9b", 6)))]
    g = gold("auto", "Coremail out-of-office answer to a bot recap: Auto-Submitted: auto-replied, '自动回复：' subject, "
             "In-Reply-To the bot's message. The body has dates (5月11日至5月15日, 5月18日返岗) and a delegate, none of "
             "which is an item or a command; the bot must not treat it as a reply nor answer it.")
    return Case(10009, "auto-ooo-coremail-auto-submitted", "auto", sent,
                message(h, text_part("plain", body, "UTF-8", "base64", quote_cs=False)), g,
                "Coremail out-of-office reply to a recap with Auto-Submitted: auto-replied; dates and a delegate in the body")


# ---------------------------------------------------------------------------------------------------------- 10010
def _docx_10010(doc):
    doc.add_heading("Quality Review \u2013 Propagation Unit", level=1)
    doc.add_paragraph("Date: Wednesday 13 May 2026, 15:00\u201316:30, meeting room Jade (Yuxi)")
    doc.add_paragraph("Attendees: Maarten de Wit (chair), Yan Li, Lily Pu, Jay Duan, Bob Luo, Kevin Zhao")
    doc.add_heading("1. Discussion", level=2)
    doc.add_paragraph("Substrate batch S-0512 showed EC 2.9 mS/cm against a 1.8\u20132.2 spec; cuttings stuck in it "
                      "are kept apart. The Seoul customer reported botrytis on 3 of 40 boxes on arrival (shipment 0506).")
    doc.add_paragraph("Decision: no substrate is released without an EC/pH certificate from now on.")
    doc.add_heading("2. Actions", level=2)
    rows = [("No.", "Action", "Owner", "Due", "Status"),
            ("1", "Retest EC/pH of substrate batch S-0512 and release or reject it", "Yan Li", "15 May", "Open"),
            ("2", "Replace the shade screens in GH2 (quote approved)", "Bob Luo", "end of May", "Open"),
            ("3", "Write the SOP for cutting disinfection", "Jay Duan (Lily to review)", "22 May", "Open"),
            ("4", "Root-cause report on the Seoul botrytis complaint", "Yan Li", "within 3 working days", "Open"),
            ("5", "Update the cold-room temperature log template", "Kevin Zhao", "13 May", "Done")]
    t = doc.add_table(rows=len(rows), cols=5)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, val in enumerate(row):
            t.cell(r, c).text = val
    doc.add_paragraph("")
    doc.add_paragraph("Next review: Wednesday 27 May, 14:00, meeting room Jade.")
    doc.add_paragraph("Minutes: Maarten de Wit")


def c10010():
    sent = ts("2026-05-13 19:22:47")
    subj = "Minutes quality review 13 May"
    body = """Hi team,

Minutes of this afternoon's quality review are attached (Word). Please check your actions in the table, especially Yan \u2013 the Seoul report is urgent for Cherry.

Thanks,
Maarten
"""
    html = ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
            '</head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in body.rstrip("\n").split("\n"))
            + '<div><br></div></body></html>\n')
    data = docx_bytes(_docx_10010, ts("2026-05-13 17:05:00"), "Maarten de Wit")
    mid = "<%s@bloemhof-yx.example.cn>" % uuid("10010")
    h = hdrs("B", sent, "Maarten de Wit", ["李艳", "普丽华", "段俊杰", "罗建波", "赵永康"], ["杨春燕", "B"], subj, mid,
             ("smtpclient.apple", "10.8.1.23"), order=("From", "Subject", "Date", "Message-ID", "Cc", "To"),
             post=[("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")])
    mixed = multipart("mixed", "Apple-Mail=_%s" % uuid("10010m"), [
        multipart("alternative", "Apple-Mail=_%s" % uuid("10010a"), [
            text_part("plain", body, "utf-8", "quoted-printable", quote_cs=False),
            text_part("html", html, "utf-8", "quoted-printable", quote_cs=False)]),
        bin_part("application/vnd.openxmlformats-officedocument.wordprocessingml.document", data,
                 "Minutes Quality Review 2026-05-13.docx")])
    h.append(("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"))
    g = gold("minutes", "Apple Mail with the minutes in a .docx attachment; the mail body only points to it. Sent Wed "
             "2026-05-13. Action table in the docx: 'Yan Li' (= 李艳) '15 May' -> 05-15; 'Bob Luo' (= 罗建波) 'end of "
             "May' -> 05-31; 'Jay Duan (Lily to review)' -> owner 段俊杰, '22 May' -> 05-22; 'within 3 working days' "
             "from Wed 05-13 -> 05-14, 05-15, 05-18 -> 05-18; row 5 Status Done -> not an item. The 'Decision:' line is "
             "not an item. 'Next review: Wednesday 27 May, 14:00' -> follow-up.",
             [item("李艳", "Retest EC/pH of substrate batch S-0512 and release or reject it", "2026-05-15",
                   "abs:2026-05-15"),
              item("罗建波", "Replace the shade screens in GH2", "2026-05-31", "mend"),
              item("段俊杰", "Write the SOP for cutting disinfection", "2026-05-22", "abs:2026-05-22"),
              item("李艳", "Root-cause report on the Seoul botrytis complaint", "2026-05-18", "wd:3")],
             fu("2026-05-27", "14:00", "abs:2026-05-27"))
    return Case(10010, "apple-mail-docx-action-table", "minutes", sent, message(h, mixed, mime=False), g,
                "Apple Mail whose minutes are only in a .docx attachment (Action/Owner/Due/Status table): end of May, "
                "'Jay Duan (Lily to review)', within 3 working days, a Done row; next review in the docx")


# ---------------------------------------------------------------------------------------------------------- 10011
def c10011():
    sent = ts("2026-05-18 17:50:31")
    subj = "飞书妙记｜618直播选品会 智能纪要"
    body = """以下为飞书妙记生成的智能纪要，待办已同步到飞书任务，同时抄送纪要助手跟踪。

智能纪要：618直播选品会 2026年5月18日
参会人：濮珺、解文涛、殷小军、笪红梅、眭国平

总结
本次会议确定了618直播间主推的三款产品：六年陈香醋礼盒、零添加香醋（500ml）、梅子味醋饮。
  · 选品：三款主推，另加两款引流款（100ml试吃装、醋泡花生）。
  · 价格：直播间到手价不低于天猫日常价的八五折，由眭总最终拍板。
  · 风险：梅子醋饮库存仅1200瓶，需要加灌；主播团队档期未最终确认。

待办
  □ 濮珺：5月25日前完成直播脚本初稿
  □ 解文涛：联系主播团队确认6月1日、6月10日两场直播档期（本周五前）
  □ 殷小军：梅子醋饮加灌2000瓶，6月5日前入库
  □ 笪红梅：醋饮新批次出厂检验报告，入库前提供
  □ 待分配：直播间样品寄送

相关链接：https://chunhe-vinegar.feishu.example.cn/minutes/obcn%s
智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用
""" % hx("10011l", 20)
    parts = body.split("\n\n")
    html = ('<div style="font-family:-apple-system,PingFang SC,sans-serif;font-size:14px;line-height:1.6">'
            + "".join('<p>%s</p>' % "<br>".join(esc(x) for x in p.split("\n")) for p in parts) + '</div>\n')
    mid = "<%s@larksuite.example.com>" % uuid("10011")
    h = hdrs("C", sent, "濮珺", ["解文涛", "殷小军", "笪红梅"], ["眭国平", "C"], subj, mid,
             ("sg-smtp-21.larksuite.example.com", "101.45.255.21"), order=("Date", "From", "Subject", "Message-Id", "To", "Cc"),
             post=[("Message-Id", mid), ("X-Mailer", "Lark Mail"), ("X-Lms-Return-Path",
                                                                      "<lba+2%s+chunhe-vinegar.example.cn>" % hx("l11", 18)),
                   ("X-Original-From", haddr(*who("濮珺")))])
    alt = multipart("alternative", "%s" % hx("10011b", 60), [
        text_part("plain", body, "UTF-8", "quoted-printable"), text_part("html", html, "UTF-8", "quoted-printable")])
    g = gold("minutes", "Feishu (Lark) 妙记 智能纪要 mailed by a person. Sent Mon 2026-05-18. Only the 待办 list counts; the "
             "总结 bullets (选品/价格/风险) are not items. 濮珺 '5月25日前' -> 05-25; 解文涛 '（本周五前）' -> 05-22; 殷小军 "
             "'6月5日前入库' -> 06-05; 笪红梅 '入库前提供' has no date of its own -> no_due (AMBIGUOUS: a reader may tie it "
             "to the 06-05 stocking date of the item above; the literal reading is kept); '待分配：直播间样品寄送' -> owner "
             "null, no_owner + no_due.",
             [item("濮珺", "完成直播脚本初稿", "2026-05-25", "abs:2026-05-25"),
              item("解文涛", "联系主播团队确认6月1日、6月10日两场直播档期", "2026-05-22", "tw:4"),
              item("殷小军", "梅子醋饮加灌2000瓶入库", "2026-06-05", "abs:2026-06-05"),
              item("笪红梅", "提供醋饮新批次出厂检验报告", flags=["no_due"]),
              item(None, "直播间样品寄送", flags=["no_owner", "no_due"])])
    return Case(10011, "feishu-ai-minutes-todo-boxes", "minutes", sent, message(h, alt), g,
                "飞书妙记 智能纪要 (only 待办 counts) with □ boxes 'owner：task + date'; 本周五前 in brackets; 入库前 (no "
                "date, AMBIGUOUS); 待分配 -> no_owner")


# ---------------------------------------------------------------------------------------------------------- 10012
def c10012():
    sent = ts("2026-05-20 10:30:16")
    subj = "外部沟通跟进表 EC2026-0520（Sohar Fresh / 货代）"
    rows = [["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型", "核心需求/反馈", "解决方案/进展",
             "下次沟通时间", "负责人"],
            ["EC2026-0520-01", "2026-05-19", "Sohar Fresh/Salim经理", "国际贸易部/乌日娜", "客户",
             "客户要求6月批次改用阿拉伯文+英文双语唛头，并在箱内加放清真证书复印件",
             "①出双语唛头样稿（5月22日前）②5月25日发客户确认", "2026-05-26", "乌日娜"],
            ["EC2026-0520-02", "2026-05-19", "天津港货代/李经理", "冷链物流部/韩志强", "供应商",
             "5月下旬冷箱舱位仅剩1个，无法满足2个40尺冷箱",
             "①改订6月2日船期，明天前与货代书面确认②若改期需通知客户（乌经理）", "—", "韩志强"]]
    intro = "各位领导，昨天与客户、货代的沟通已整理进跟进表，请查阅：\n"
    outro = "\n国际贸易部 其木格\n"
    text = intro + "\n" + plain_table(rows) + "\n" + outro
    html = ('<div style="font-size:14px;font-family:微软雅黑">' + html_lines(intro) +
            html_table(rows, style="border-collapse:collapse;font-size:13px", cell_style="border:1px solid #999") +
            html_lines(outro) + '</div>\n')
    mid = "<%s.%s.%s@muge-beef.example.cn>" % (hx("10012a", 6), hx("10012b", 4), hx("10012c", 12))
    h = hdrs("D", sent, "其木格", ["乌日娜", "韩志强"], ["包文生", "D"], subj, mid,
             ("mail-m12160.qiye.163.example.com", "220.197.31.160"), order=("Date", "From", "To", "Cc", "Subject",
                                                                            "Message-ID"),
             post=[("X-Priority", "3"), ("X-Mailer", "NetEase Flash Mail 2.4.1.32"),
                   ("X-CM-TRANSID", "%s--.%s" % (hb64("t12", 12), hb64("t12b", 6))),
                   ("X-Coremail-Antispam", "1Uf129KBjvJXoW%s" % hx("as12", 24)),
                   ("X-Originating-IP", "[111.121.14.9]"), ("X-CM-SenderInfo", "ttlx1l3q6rhv3nqwh%s" % hx("si12", 10))])
    alt = multipart("alternative", "----=_Part_%s" % hx("10012d", 16), [
        text_part("plain", text, "GBK", "base64"), text_part("html", html, "GBK", "base64")])
    g = gold("minutes", "Seed 外部沟通跟进表 with two rows (customer and freight forwarder), NetEase 企业邮 GBK. Sent Wed "
             "2026-05-20. Row 负责人 owns the ①② of its row that name nobody else: row 1 乌日娜 '①…（5月22日前）' -> 05-22, "
             "'②5月25日发客户确认' -> 05-25; row 2 韩志强 '①…明天前…确认' -> 05-21; row 2 ② names 乌经理 (= 乌日娜) and is "
             "conditional without a date -> no_due. 核心需求/反馈 are the counterpart's wishes, not our items. 下次沟通时间: "
             "row 1 2026-05-26 (row 2 '—') -> follow-up 2026-05-26, no time.",
             [item("乌日娜", "出双语唛头样稿", "2026-05-22", "abs:2026-05-22"),
              item("乌日娜", "发客户确认双语唛头", "2026-05-25", "abs:2026-05-25"),
              item("韩志强", "改订6月2日船期并与货代书面确认", "2026-05-21", "tmr"),
              item("乌日娜", "若改期通知客户", flags=["no_due"])],
             fu("2026-05-26", None, "abs:2026-05-26"))
    return Case(10012, "external-followup-table-netease-gbk", "minutes", sent, message(h, alt), g,
                "NetEase 企业邮 GBK seed 外部沟通跟进表 with a customer row and a supplier row: row 负责人 owns ①②; 明天前; "
                "conditional ② naming 乌经理; 下次沟通时间 from one row ('—' in the other)")


# ---------------------------------------------------------------------------------------------------------- 10013
def c10013():
    sent = ts("2026-05-26 17:05:12")
    old = ts("2026-04-30 10:12:40")
    subj = "RE: 关于开展公共数据授权运营试点的通知"
    new = """各位领导、同事：
    今天下午与嘉州数字科技集团就授权运营试点开了对接会，纪要直接回在这个通知的邮件里，便于大家对照通知要求。

对接会纪要（5月26日14:30-16:30，嘉州数字科技集团3楼会议室）
参会：邓海鹰、彭珂、税建军、熊亚楠（数据局）；郑凯文、何敏（嘉州数字科技集团）
一、双方确认首批开放场景为“不动产登记+金融授信”“文旅客流分析”两项。
二、工作分工
  1. 税建军：梳理首批场景涉及的公共数据清单及共享属性，6月5日前提交。
  2. 熊亚楠：在政务云开通数据沙箱环境，并完成安全评估，下周五前。
  3. 郑凯文（嘉州数字）：提交运营平台技术方案和安全承诺书，6月12日前。
  4. 何敏（嘉州数字）：拟定收益分配测算表，时间待双方商定。
  5. 彭珂：起草《授权运营协议（试点版）》，月底前送局领导审阅。
三、下次对接会：6月9日（周二）上午10:00，局三楼会议室。

彭珂
政务数据应用科
"""
    quoted = """
发件人: 罗婉清 <luowanqing@lsszqsjj.example.gov.cn>
发送时间: 2026年4月30日 10:12
收件人: 彭珂 <pengke@lsszqsjj.example.gov.cn>; 税建军 <shuijianjun@lsszqsjj.example.gov.cn>; 雷鸣 <leiming@lsszqsjj.example.gov.cn>
抄送: 邓海鹰 <denghaiying@lsszqsjj.example.gov.cn>
主题: 关于开展公共数据授权运营试点的通知

各科室、区大数据中心：
    根据市数据局工作安排，我区被列为公共数据授权运营试点区。请政务数据应用科牵头，于5月15日前完成试点方案初稿；数据资源科配合做好数据梳理，区大数据中心做好平台支撑。各单位于每月25日前报送试点进展。

市中区数据局办公室
"""
    text = new + "\n" + quoted
    inner = ('<div class="WordSection1">' + "".join(
        '<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(x) if x.strip() else "&nbsp;") for x in new.split("\n")) +
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
        '<b>发件人:</b> 罗婉清 &lt;luowanqing@lsszqsjj.example.gov.cn&gt;<br><b>发送时间:</b> 2026年4月30日 10:12<br>'
        '<b>收件人:</b> 彭珂 &lt;pengke@lsszqsjj.example.gov.cn&gt;; 税建军 &lt;shuijianjun@lsszqsjj.example.gov.cn&gt;; '
        '雷鸣 &lt;leiming@lsszqsjj.example.gov.cn&gt;<br><b>抄送:</b> 邓海鹰 &lt;denghaiying@lsszqsjj.example.gov.cn&gt;'
        '<br><b>主题:</b> 关于开展公共数据授权运营试点的通知</p></div>' + "".join(
            '<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(x) if x.strip() else "&nbsp;")
            for x in quoted.split("主题: 关于开展公共数据授权运营试点的通知\n")[1].split("\n")) + '</div>')
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"></head><body lang="ZH-CN">' + inner + '</body></html>\n')
    old_mid = "<000b01dcd84e$%s$%s@lsszqsjj.example.gov.cn>" % (hx("10013o", 8), hx("10013p", 8))
    mid = "<002e01dcecf0$%s$%s@lsszqsjj.example.gov.cn>" % (hx("10013a", 8), hx("10013b", 8))
    h = hdrs("A", sent, "彭珂", ["邓海鹰", "税建军", "熊亚楠", "郑凯文", "何敏"], ["罗婉清", "雷鸣", "A"], subj, mid,
             ("PK-THINKPAD", "10.21.6.71"), label="utf-8", mode="B",
             order=("From", "To", "Cc", "References", "In-Reply-To", "Subject", "Date", "Message-ID"),
             post=[("In-Reply-To", old_mid), ("References", old_mid), ("X-Mailer", "Microsoft Outlook 16.0"),
                   ("Thread-Index", "AdzYTg%s" % hb64("10013t", 24)), ("Content-Language", "zh-cn")])
    alt = multipart("alternative", "----=_NextPart_000_002F_01DCECF0.%s" % hx("10013c", 8).upper(), [
        text_part("plain", text, "utf-8", "quoted-printable", crlf_src=True),
        text_part("html", html, "utf-8", "quoted-printable", crlf_src=True)],
        preamble="This is a multipart message in MIME format.")
    g = gold("minutes", "New minutes posted as 'RE:' in an old notice thread (In-Reply-To/References of the 04-30 notice, "
             "Outlook UTF-8 QP). Sent Tue 2026-05-26. Only the new text counts: the quoted notice below the Outlook "
             "发件人/发送时间 block ('5月15日前完成试点方案初稿', '每月25日前报送') is old and not an item. 1 税建军 '6月5日前' "
             "-> 06-05; 2 熊亚楠 '下周五前' -> 06-05; 3 郑凯文 (SOE partner, in To) '6月12日前' -> 06-12; 4 何敏 '时间待双方商定' "
             "-> vague_due; 5 彭珂 '月底前' -> 05-31 (a Sunday; kept). '下次对接会：6月9日（周二）上午10:00' -> follow-up.",
             [item("税建军", "梳理首批场景涉及的公共数据清单及共享属性", "2026-06-05", "abs:2026-06-05"),
              item("熊亚楠", "在政务云开通数据沙箱环境并完成安全评估", "2026-06-05", "nw:4"),
              item("郑凯文", "提交运营平台技术方案和安全承诺书", "2026-06-12", "abs:2026-06-12"),
              item("何敏", "拟定收益分配测算表", flags=["vague_due"]),
              item("彭珂", "起草《授权运营协议（试点版）》送局领导审阅", "2026-05-31", "mend")],
             fu("2026-06-09", "10:00", "abs:2026-06-09"))
    return Case(10013, "minutes-as-re-in-old-thread-outlook", "minutes", sent, message(h, alt), g,
                "New minutes posted as 'RE:' of an old notice (Outlook UTF-8 QP) with the notice quoted below: quoted "
                "deadlines are not items; SOE partner owners from To; 下周五前, 月底前 on a Sunday, 待双方商定")


# ---------------------------------------------------------------------------------------------------------- 10014
def c10014():
    sent = ts("2026-05-28 14:02:37")
    subj = "Fw: 会议纪要：醇和500ml瓶交付及质量问题沟通会"
    body = """殷主任、笪经理：
晶润上午来厂沟通的纪要转给大家，涉及我们的事项请按时间办，供应商那边的事我来盯。

贡建华




From: 束志勇
Date: 2026-05-28 11:20
To: 贡建华
CC: 吉海燕
Subject: 会议纪要：醇和500ml瓶交付及质量问题沟通会
醇和醋业 贡主管：
    感谢贵司今天上午的接待，现将沟通内容纪要如下：
1. 5月批次500ml瓶口尺寸偏差问题：我司已确认为模具磨损所致，已于5月26日更换模具。
2. 待办：
  (1) 我司（束志勇）6月3日前补发合格瓶3万只，并提供新模具首件检验报告；
  (2) 我司（吉海燕）本周内出具5月批次质量问题8D报告；
  (3) 贵司品控部（笪经理）收货后3个工作日内完成来料抽检并反馈结果；
  (4) 贵司酿造车间（殷主任）根据补货到货时间调整6月上旬灌装排产，尽快告知我司。
3. 6月起每月第一周双方召开一次质量例会。

丹阳晶润玻璃制品有限公司  束志勇
"""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=GBK"></head><body>' +
            html_lines(body.split("\n\n\n\n\n")[0]) + '<div><br></div><div><br></div>'
            '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm"><div style="PADDING-RIGHT:'
            ' 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; '
            'PADDING-BOTTOM: 8px; PADDING-TOP: 8px"><div><b>From:</b>&nbsp;束志勇</div><div><b>Date:</b>&nbsp;2026-05-28'
            '&nbsp;11:20</div><div><b>To:</b>&nbsp;贡建华</div><div><b>CC:</b>&nbsp;吉海燕</div><div><b>Subject:</b>'
            '&nbsp;会议纪要：醇和500ml瓶交付及质量问题沟通会</div></div></div>' +
            html_lines(body.split("Subject: 会议纪要：醇和500ml瓶交付及质量问题沟通会\n")[1]) + '</body></html>\n')
    mid = "<2026052814023714%s@chunhe-vinegar.example.cn>" % hx("10014", 6)
    h = hdrs("C", sent, "贡建华", ["殷小军", "笪红梅"], ["眭国平", "束志勇", "吉海燕", "C"], subj, mid,
             ("DESKTOP-GJH", "58.220.41.33"), label="GBK", mode="B", order=("Date", "From", "To", "Cc", "Subject"),
             post=[("X-Priority", "3"), ("X-GUID", "%s-%s" % (hx("g14", 8).upper(), hx("g14b", 4).upper())),
                   ("X-Has-Attach", "no"), ("X-Mailer", "Foxmail 7.2.25.375[cn]"), ("Mime-Version", "1.0"),
                   ("Message-ID", mid)])
    alt = multipart("alternative", "----=_001_NextPart%s_=----" % hx("10014b", 12), [
        text_part("plain", body, "GBK", "base64"), text_part("html", html, "GBK", "base64")],
        preamble="This is a multi-part message in MIME format.")
    g = gold("minutes", "Foxmail GBK forward ('Fw:') of minutes written by the supplier, with a short preface; the minutes "
             "sit under Foxmail's From/Date/To/CC/Subject block and must not be dropped as a quote. Dates resolve from "
             "the forward's Date (Thu 2026-05-28; the original was the same day). (1) 束志勇 '6月3日前' -> 06-03; (2) "
             "吉海燕 '本周内' -> Sunday 05-31; (3) 笪经理 (= 笪红梅) '收货后3个工作日内' counts from an unknown receipt date "
             "-> no date, no_due; (4) 殷主任 (= 殷小军) '尽快' -> vague_due. Supplier owners get their Cc addresses. Point 1 "
             "is a report, point 3 a standing arrangement. The preface assigns nothing new.",
             [item("束志勇", "补发合格瓶3万只并提供新模具首件检验报告", "2026-06-03", "abs:2026-06-03"),
              item("吉海燕", "出具5月批次质量问题8D报告", "2026-05-31", "wkend"),
              item("笪红梅", "收货后完成来料抽检并反馈结果", flags=["no_due"]),
              item("殷小军", "根据补货到货时间调整6月上旬灌装排产并告知晶润", flags=["vague_due"])])
    return Case(10014, "forwarded-supplier-minutes-foxmail", "minutes", sent, message(h, alt), g,
                "Foxmail GBK 'Fw:' of supplier-written minutes under a From/Date/To/Subject block, with a preface: "
                "(1)(2)(3)(4) owners in brackets (external and title aliases), 本周内, 收货后3个工作日内 (no_due), 尽快")


# ---------------------------------------------------------------------------------------------------------- 10015
def c10015():
    sent = ts("2026-05-29 09:12:55")
    subj = "Sample shipment to Seoul - approval needed"
    body = """Hi Maarten,

Could you approve the sample shipment to Seoul (40 cuttings each of 'Amber Veil' and 'Coral Dune') by Monday? He Dong at SkyCold needs the signed commercial invoice before Tuesday noon to make the Thursday flight, otherwise we lose the slot until 12 June.

The invoice draft is on the shared drive under Sales/2026/Korea. Value is below the customs threshold, so no extra paperwork from Yan's side.

Thanks!
Cherry

--
Yang Chunyan (Cherry)
Sales & Logistics | Bloemhof Genetics (Yuxi) Co., Ltd.
"""
    mid = "<%s@bloemhof-yx.example.cn>" % uuid("10015")
    h = hdrs("B", sent, "杨春燕", ["Maarten de Wit"], ["B"], subj, mid, ("mail.bloemhof-yx.example.cn", "10.8.1.5"),
             order=("Message-ID", "Date", "MIME-Version", "User-Agent", "Content-Language", "To", "Cc", "From",
                    "Subject"),
             post=[("Content-Type", 'text/plain; charset=UTF-8; format=flowed'), ("Content-Transfer-Encoding", "8bit")])
    h = [(k, v) for k, v in h]
    i = [k for k, _ in h].index("Date") + 1
    h[i:i] = [("MIME-Version", "1.0"), ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-US")]
    ct = [x for x in h if x[0] in ("Content-Type", "Content-Transfer-Encoding")]
    h = [x for x in h if x not in ct]
    from h72_lib import Part
    raw = Part(h + ct, flowed(body).encode("utf-8")).to_bytes()
    g = gold("other", "Thunderbird (format=flowed, 8bit UTF-8) request from one person to another with the bot in Cc: "
             "'approve … by Monday', 'before Tuesday noon', 'until 12 June' are requests and facts, not minutes; kind "
             "other, no items.")
    return Case(10015, "other-request-thunderbird-flowed", "other", sent, raw, g,
                "Thunderbird flowed 8bit request ('could you approve … by Monday?') with deadlines but no minutes: other")


# ---------------------------------------------------------------------------------------------------------- 10016
def c10016():
    sent = ts("2026-06-01 16:45:09")
    subj = "屠宰线停线检修协调会纪要（6月1日）"
    body = """各位：
今天上午屠宰线停线检修协调会纪要如下，请各部门按分工落实。

一、检修时间：6月6日（周六）至6月7日（周日）两天，期间屠宰线停产，分割车间用库存胴体生产。
二、任务分工：
1、设备动力部（孟庆丰）：负责链条输送线更换、剥皮机刀具更换，检修方案及安全
   措施于6月3日（周三）前（含停电审批单）报包总审批；
2、屠宰车间（田宝山）：检修前（6月4日（周四）下班前（含待宰圈消毒））完成活牛
   待宰圈清空，并安排4名机修辅助人员；
3、品控部（白音）：检修完成后、复产前完成设备清洗消毒验证，出具验证记录
   （复产前（6月8日（周一）早6点前））；
4、冷链物流部（韩志强）：联系第三方冷库临时增租200吨库位，时间另定；
5、养殖基地（那仁）：6月5日前暂停向厂区发牛，恢复时间等通知。
三、6月8日早7点复产，复产前由孟庆丰组织联合验收，验收合格后方可开机。

设备动力部  孟庆丰
"""
    html = ('<div style="font-family:微软雅黑;font-size:14px;">' + html_lines(body) + '</div>'
            '<div><br></div><div><sign signid="0"><div style="color:#909090;font-size:12px">孟庆丰 | 设备动力部'
            '</div></sign></div>\n')
    mid = "<tencent_%s@muge-beef.example.cn>" % hx("10016", 40).upper()
    h = hdrs("D", sent, "孟庆丰", ["田宝山", "白音", "韩志强", "那仁"], ["包文生", "刘振东", "D"], subj, mid,
             ("smtpbg151.exmail.example.com", "203.205.250.151"),
             order=("X-QQ-mid", "X-QQ-Originating-IP", "Date", "From", "To", "Cc", "Subject", "Message-ID"),
             pre=[("X-QQ-mid", "bizesmtp%st1780303509t%s" % (hx("qq16", 5), hx("qq16b", 8))),
                  ("X-QQ-Originating-IP", hb64("ip16", 24))],
             post=[("X-QQ-MIME", "TCMime 1.0 by Tencent"), ("X-Mailer", "QQMail 2.x"), ("X-QQ-Mailer", "QQMail 2.x"),
                   ("X-QQ-SENDSIZE", "520"), ("X-WeCom-Client", "WXWork 4.1.33")])
    alt = multipart("alternative", "----=_NextPart_%s_%s" % (hx("10016b", 8).upper(), hx("10016c", 16).upper()), [
        text_part("plain", body, "utf-8", "base64", quote_cs=True), text_part("html", html, "utf-8", "base64")])
    g = gold("minutes", "WeCom (企业微信邮箱) minutes with items wrapped over two lines and deadlines inside nested "
             "brackets. Sent Mon 2026-06-01. 1 孟庆丰 '于6月3日（周三）前（含停电审批单）' -> 06-03; 2 田宝山 '（6月4日（周四）"
             "下班前（含待宰圈消毒））' -> 06-04, no time; 3 白音 '（复产前（6月8日（周一）早6点前））' -> 06-08 06:00; 4 韩志强 "
             "'时间另定' -> vague_due; 5 那仁 '6月5日前' -> 06-05. 三、'复产前由孟庆丰组织联合验收' -> an item for 孟庆丰 "
             "due 06-08 07:00 (AMBIGUOUS: it reads like an arrangement, but it names an owner and a hard time, and most "
             "readers would track it). 一、 is the schedule, not an item.",
             [item("孟庆丰", "检修方案及安全措施（含停电审批单）报包总审批", "2026-06-03", "abs:2026-06-03"),
              item("田宝山", "完成活牛待宰圈清空并安排4名机修辅助人员", "2026-06-04", "abs:2026-06-04"),
              item("白音", "完成设备清洗消毒验证并出具验证记录", "2026-06-08", "abs:2026-06-08", time="06:00"),
              item("韩志强", "联系第三方冷库临时增租200吨库位", flags=["vague_due"]),
              item("那仁", "暂停向厂区发牛", "2026-06-05", "abs:2026-06-05"),
              item("孟庆丰", "复产前组织联合验收", "2026-06-08", "abs:2026-06-08", time="07:00")])
    return Case(10016, "wecom-wrapped-nested-brackets", "minutes", sent, message(h, alt), g,
                "企业微信邮箱 minutes with items wrapped over lines and deadlines in nested brackets "
                "（6月4日（周四）下班前（…））, 早6点, 时间另定; an arrangement line with owner+time (AMBIGUOUS)")


CASES = [c10009, c10010, c10011, c10012, c10013, c10014, c10015, c10016]

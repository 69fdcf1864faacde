"""Cases 8801-8806."""
import h60_lib as L
from h60_lib import It, Fu, case, esc
from h60_clients import mk, gmail_html, outlook_html, o_p, o_table, simple_html

BOT_A, BOT_B, BOT_C, BOT_D = (L.BOTS[k] for k in "ABCD")


# ---------------------------------------------------------------------------------------------------------------
@case(8801, "qiyuan-nc-record-qingming-outlook-gb2312", "minutes",
      "Outlook zh-CN gb2312 base64 text+HTML, seed 内部沟通记录表 as a Word table; ①-④ items '部门+日期+事项（职务）'; "
      "清明节前 -> 04-03, 节后第一个工作日 -> 04-07 (Qingming 04-04..06), 时间待定 -> vague; 下次碰头 sentence")
def c8801():
    rows = [
        ("沟通编号", "NC2026-04-02"),
        ("沟通日期", "2026年4月2日"),
        ("发起部门/人", "总经办/杨主任"),
        ("参与部门/人", "生产部田经理、品控部苏主管、电商部何蕾、销售部丁经理"),
        ("沟通主题", "春季烘干线复产及清明礼盒上架"),
        ("核心内容摘要", "讨论2号烘干线复产时间；品控部确认首批鲜果到厂前须完成原料抽检；电商部清明礼盒现有库存约1200盒，"
                   "线上页面尚未更新。"),
        ("待办事项", "①品控部4月3日前提交春季原料抽检报告（苏主管）\n②生产部节后第一个工作日完成2号烘干线检修（田经理）\n"
                 "③电商部清明节前上架枸杞原浆礼盒页面（何蕾）\n④销售部与塞上优品确认4月铺货数量，时间待定（丁经理）"),
        ("状态", "进行中"),
        ("备注", "下次碰头：4月8日（周三）上午9:00，三楼会议室"),
    ]
    text = ("各位好：\n\n今天上午碰头会的内部沟通记录如下，请各部门按时落实，如有异议请于今日内回复。\n\n"
            + "\n".join("%s：%s" % (k, v.replace("\n", " ")) for k, v in rows)
            + "\n\n杨晓燕\n总经办 | 宁夏中宁杞源枸杞生物科技有限公司\n电话：0955-5601288\n")
    inner = (o_p("各位好：") + o_p("") + o_p("今天上午碰头会的内部沟通记录如下，请各部门按时落实，如有异议请于今日内回复。")
             + o_p("") + o_table([("项目", "内容")] + list(rows), widths=[110, 440]) + o_p("")
             + o_p("杨晓燕") + o_p("总经办 | 宁夏中宁杞源枸杞生物科技有限公司") + o_p("电话：0955-5601288"))
    raw = mk("A", "outlook", "杨晓燕", ["苏婷", "田国栋", "何蕾", "丁文博"], "内部沟通记录表-春季生产准备会（NC2026-04-02）",
             "2026-04-02 10:05:31 +0800", text, outlook_html(inner), cc=["马海东", BOT_A], cs="gb2312")
    items = [It("苏婷", "提交春季原料抽检报告", "abs:2026-04-03", "2026-04-03"),
             It("田国栋", "完成2号烘干线检修", "posthol:2026-04-05", "2026-04-07"),
             It("何蕾", "上架枸杞原浆礼盒页面", "prehol:2026-04-05", "2026-04-03"),
             It("丁文博", "与塞上优品确认4月铺货数量", "vague")]
    return {"raw": raw, "items": items, "fu": Fu("abs:2026-04-08", "2026-04-08", "09:00"),
            "notes": "Sent Thu 2026-04-02 10:05. Seed 内部沟通记录表 (Word table, one row per field). ① '4月3日前' -> "
                     "2026-04-03. ② '节后第一个工作日': Qingming holiday 04-04..04-06 (Sat-Mon) -> Tue 2026-04-07. "
                     "③ '清明节前' -> last working day before the holiday = Fri 2026-04-03. ④ '时间待定' -> null + "
                     "vague_due. Owners are titles in brackets: 苏主管 = 苏婷, 田经理 = 田国栋, 丁经理 = 丁文博 (roster "
                     "aliases), 何蕾 by name. '下次碰头：4月8日（周三）上午9:00' -> next_followup 2026-04-08 09:00. "
                     "1200盒 and 0955 phone are not items. gb2312 text only (no GBK-only characters)."}


# ---------------------------------------------------------------------------------------------------------------
@case(8802, "qiyuan-ec-supplier-followup-foxmail-gbk", "minutes",
      "Foxmail GBK base64 text+html, seed 外部沟通跟进表 as key：value lines to a packaging supplier; supplier-owned "
      "item via To display name; '收到打样后2个工作日内' (event-relative, AMBIGUOUS); row 负责人 owns the unnamed item; "
      "下次沟通时间 with a time")
def c8802():
    text = """郝经理您好：

今天电话沟通的内容整理如下，请您核对，有出入请今天回复我。

沟通编号：EC2026-04-13
沟通日期：2026-04-13
对方单位/联系人：银川贺兰印务有限公司/郝经理
我方对接人：采购部/冯主管
沟通类型：供应商
核心需求/反馈：原定4月18日交付的8000套礼盒外箱，因瓦楞纸原料涨价停机两天，需推迟至4月24日交付。
解决方案/进展：①贺兰印务4月15日前寄两套打样，确认色差（郝经理）②我方收到打样后2个工作日内反馈确认意见 ③与生产部确认4月24日到货是否影响包装排产（本周四前）
下次沟通时间：2026-04-17 10:00
负责人：冯主管

谢谢！
--
冯志刚 | 采购部
宁夏中宁杞源枸杞生物科技有限公司
手机：139 9550 7716
"""
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=GBK"><style>body { line-height: 1.5; }'
            '</style></head><body>\n' + "\n".join("<div><span></span>%s</div>" % (esc(l) if l else "<br>")
                                                  for l in text.split("\n")) + "\n</body></html>\n")
    raw = mk("A", "foxmail", "冯志刚", [("郝建军", L.EXT["郝建军"])], "外部沟通跟进表-礼盒外箱交期（EC2026-04-13）",
             "2026-04-13 16:20:05 +0800", text, html, cc=["田国栋", BOT_A], cs="GBK")
    items = [It("郝建军", "寄两套打样，确认色差", "abs:2026-04-15", "2026-04-15"),
             It("冯志刚", "反馈打样确认意见", "vague"),
             It("冯志刚", "与生产部确认4月24日到货是否影响包装排产", "wd:3", "2026-04-16")]
    return {"raw": raw, "items": items, "fu": Fu("abs:2026-04-17", "2026-04-17", "10:00"),
            "notes": "Sent Mon 2026-04-13 16:20 by 冯志刚 to the supplier. Seed 外部沟通跟进表 as key：value lines. "
                     "① owned by 郝经理 = 郝建军 (To display name, not in roster) -> 2026-04-15. ② names nobody, so the "
                     "row 负责人 冯主管 (= 冯志刚) owns it; AMBIGUOUS: '收到打样后2个工作日内' counts from an event with no "
                     "date (the sample's arrival), so most readers record no date -> null + vague_due; a parser counting "
                     "from the Date header would give 04-15. ③ '本周四前' -> Thu 2026-04-16, row 负责人 owns it. "
                     "The delay facts (4月18日 -> 4月24日交付) are information, not items. 下次沟通时间 2026-04-17 10:00."}


# ---------------------------------------------------------------------------------------------------------------
@case(8803, "kaarna-action-owner-due-blocks-m365", "minutes",
      "Exchange Online English, QP text+HTML, CRLF: 'Action N:' with Owner:/Due: lines; Due Apr 24 / next Monday / "
      "TBD / EOD Friday / '—'; team owner -> no_owner; next check-in written in two time zones")
def c8803():
    acts = [("Root-cause report (8D, D1–D4) on the feed-roller weld cracks", "Spring Zhao", "Apr 24"),
            ("Get a second quote for the saw-chain tensioner springs", "Howard", "next Monday"),
            ("Re-qualify welding fixture #2", "Production team", "TBD"),
            ("Send the updated torque spec (rev. F) for the rotator", "Aino Virtanen", "EOD Friday"),
            ("Check whether the laser-cut brackets can move to the Harbin supplier", "Tina", "—")]
    head = ("Hi all,\n\nMinutes from today's quality review below. Shout if I missed something.\n\n"
            "Attendees: Mikko, Spring, Howard, Lixin, Tina; Aino (Teams, from Tampere)\n\nDiscussion\n"
            "- Feed roller weld cracks: 3 of 40 heads from the March batch, all from the same fixture.\n"
            "- Aino confirmed Tampere will accept the 8D in English only.\n- Containment: 100% dye-penetrant "
            "check on every feed roller until further notice.\n\nActions\n")
    body = head + "\n".join("\nAction %d: %s\nOwner: %s\nDue: %s" % (i + 1, a, o, d) for i, (a, o, d) in enumerate(acts))
    tail = ("\n\nNext check-in: Tuesday 21 April, 09:00 Mudanjiang / 04:00 Tampere.\n\nBR,\nMikko\n\n"
            "Mikko Laaksonen | General Manager\nKaarna Heilong Forestry Machinery (Mudanjiang) Co., Ltd.\n")
    text = body + tail
    h = ['<div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt;color:#000000">']
    for line in (head).split("\n"):
        h.append("<div>%s</div>" % (esc(line) if line else "<br>"))
    for i, (a, o, d) in enumerate(acts):
        h.append("<div><br></div><div><b>Action %d: %s</b></div><div>Owner: %s</div><div>Due: %s</div>"
                 % (i + 1, esc(a), esc(o), esc(d)))
    for line in tail.split("\n"):
        h.append("<div>%s</div>" % (esc(line) if line else "<br>"))
    h.append("</div>")
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            '<body dir="ltr">\n' + "\n".join(h) + "\n</body>\n</html>\n")
    raw = mk("B", "m365", "Mikko Laaksonen", [("Spring Zhao", L.P["赵春燕"]["email"]),
                                              ("Howard Sun", L.P["孙浩"]["email"]),
                                              ("Wang Lixin", L.P["王立新"]["email"]),
                                              ("Tina Liu", L.P["刘雨桐"]["email"])],
             "Minutes – H-series harvester head quality review (14 Apr)", "2026-04-14 16:40:12 +0800", text, html,
             cc=["Aino Virtanen", BOT_B], lang="en-US")
    items = [It("赵春燕", "Root-cause report (8D, D1–D4) on the feed-roller weld cracks", "abs:2026-04-24", "2026-04-24"),
             It("孙浩", "Get a second quote for the saw-chain tensioner springs", "nw:0", "2026-04-20"),
             It(None, "Re-qualify welding fixture #2", "vague", dept="Production"),
             It("Aino Virtanen", "Send the updated torque spec (rev. F) for the rotator", "wd:4", "2026-04-17"),
             It("刘雨桐", "Check whether the laser-cut brackets can move to the Harbin supplier")]
    return {"raw": raw, "items": items, "fu": Fu("abs:2026-04-21", "2026-04-21", "09:00"),
            "notes": "Sent Tue 2026-04-14 16:40 +0800. Owner/Due blocks. #1 'Apr 24' -> 2026-04-24 (Spring Zhao = "
                     "赵春燕). #2 'next Monday' -> Monday of next week 2026-04-20 (Howard = 孙浩). #3 owner 'Production "
                     "team' is a team, not a person -> no_owner, department Production; 'TBD' -> vague_due. #4 'EOD "
                     "Friday' -> Fri 2026-04-17, no time (EOD gives the date only, corpus convention). #5 'Due: —' -> "
                     "no_due (Tina = 刘雨桐). Containment '100% … until further notice' is a decision. 'Next check-in: "
                     "Tuesday 21 April, 09:00 Mudanjiang / 04:00 Tampere' -> 2026-04-21 09:00 Shanghai time (04:00 EEST "
                     "is the same instant)."}


# ---------------------------------------------------------------------------------------------------------------
DOCX_8804 = [
    ("h", "麦积区交通运输局局务会议纪要"),
    ("p", "〔2026〕7号"),
    ("p", "2026年4月21日下午，张建华局长在局三楼会议室主持召开局务会议，研究国省干线养护、农村公路巡查、节日安全"
          "和资金拨付等工作。蒲志强副局长及各股室负责人参加会议。现将会议议定事项纪要如下："),
    ("p", "一、关于G310线麦积段安防工程。会议要求，一是规划建设股牵头完成G310线麦积段安防工程施工图审查，"
          "责任人：雷鸣，完成时限：4月30日前。"),
    ("p", "二、关于农村公路“路长制”春季巡查。二是公路管理股组织各乡镇开展农村公路春季巡查，形成问题清单报局办公室，"
          "责任单位：公路管理股、各乡镇，完成时限：5月底前。"),
    ("p", "三、关于“五一”期间安全生产。三是安全监督股在五一节前完成客运站、危货运输企业安全检查全覆盖，"
          "责任人：石磊。"),
    ("p", "四、关于一季度养护资金。四是财务股完成一季度养护资金拨付台账并报区财政局，责任人：吕娜，"
          "完成时限：4月28日前。"),
    ("p", "会议强调，各股室要严格落实节假日值班值守和领导带班制度，确保信息畅通。2025年已完成的项目要抓紧审计结算。"),
    ("p", "出席：张建华  蒲志强  王芸  雷鸣  赵敏  何军  石磊  吕娜"),
    ("p", "记录：康宁"),
    ("p", "麦积区交通运输局办公室                 2026年4月22日印发"),
]


@case(8804, "maiji-gov-yishi-ershi-docx-outlook", "minutes",
      "Government 局务会议纪要 in a .docx attachment (Outlook gb2312 body only says 详见附件): 一是/二是 with 责任人/"
      "责任单位/完成时限; department + 各乡镇 -> no_owner; 五一节前 -> 04-30; 会议强调 lines are not items")
def c8804():
    when = L.ts("2026-04-22 17:20:00 +0800")
    data = L.make_docx(DOCX_8804, "康宁", when)
    text = ("各股室：\n\n    4月21日局务会议纪要已经张局长审定，现印发给你们，详见附件。请各责任股室对照纪要所列事项和时限"
            "抓好落实，落实情况及时报送办公室。\n\n办公室  康宁\n麦积区交通运输局\n电话：0938-2736105\n")
    inner = "".join(o_p(l) for l in text.split("\n"))
    raw = mk("C", "outlook", "康宁", ["雷鸣", "赵敏", "何军", "石磊", "吕娜"], "【会议纪要】局务会议纪要（〔2026〕7号）",
             "2026-04-22 17:32:10 +0800", text, outlook_html(inner), cc=["张建华", "蒲志强", "王芸", BOT_C],
             cs="gb2312", attach=[("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                   "局务会议纪要〔2026〕7号.docx", data)])
    items = [It("雷鸣", "完成G310线麦积段安防工程施工图审查", "abs:2026-04-30", "2026-04-30"),
             It(None, "组织各乡镇开展农村公路春季巡查，形成问题清单报局办公室", "abs:2026-05-31", "2026-05-31", dept="公路管理股"),
             It("石磊", "完成客运站、危货运输企业安全检查全覆盖", "prehol:2026-05-01", "2026-04-30"),
             It("吕娜", "完成一季度养护资金拨付台账并报区财政局", "abs:2026-04-28", "2026-04-28")]
    return {"raw": raw, "items": items, "fu": None, "attach_has": ["完成时限：4月30日前", "责任人：石磊"],
            "notes": "Sent Wed 2026-04-22 17:32. The minutes are only in the .docx; the body says 详见附件 and mentions the "
                     "meeting date 4月21日 (not a deadline). 一是 雷鸣 4月30日前 -> 2026-04-30. 二是 责任单位 "
                     "'公路管理股、各乡镇' (units, no person) -> no_owner, department 公路管理股; '5月底前' -> 2026-05-31. "
                     "三是 '五一节前' -> last working day before Labour Day (05-01..05-05) = Thu 2026-04-30. 四是 吕娜 "
                     "4月28日前. '会议强调…值班值守…' and '2025年已完成的项目…' are standing instructions, not items. "
                     "No next meeting."}


# ---------------------------------------------------------------------------------------------------------------
@case(8805, "shanlan-feishu-ai-minutes-todo-only", "minutes",
      "Feishu/Lark 智能纪要 shared by mail, HTML only: 总结/章节 (AI suggestions) are not items, only 待办 counts; "
      "'：' owner prefix, 下周一, 本周日前, a 待办 without assignee")
def c8805():
    todos = [("陈海波", "5月1日前完成新手体验池的教练排班表"),
             ("吉雅", "4月28日前整理五一预订客户清单并逐一电话确认"),
             ("王梓萱", "下周一发布小红书五一预热笔记"),
             ("黎明辉", "本周日前完成两台空压机保养"),
             ("", "确认接驳船租赁报价")]
    chapters = [("00:02", "五一预订情况", "吉雅介绍截至目前五一期间已确认预订386人次，其中体验潜水占六成；去年同期约300人次。"),
                ("12:40", "教练排班", "陈海波提出五一期间需增加2名外聘教练，林涛同意按日结方式聘用。"),
                ("30:15", "设备检修", "黎明辉表示两台空压机已运行超过500小时，需要在节前保养；气瓶水压检测已于4月完成。")]
    html = ['<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f5f6f7">',
            '<div style="max-width:680px;margin:0 auto;background:#fff;font-family:PingFang SC,Microsoft YaHei,sans-serif;'
            'font-size:14px;color:#1f2329;padding:24px">',
            '<div style="color:#646a73">符晓琳 分享了智能纪要</div>',
            '<h2 style="font-size:20px">五一接待准备会 2026年4月24日</h2>',
            '<div style="color:#646a73">2026年4月24日 16:00 | 48分钟 | 参会人：林涛、符晓琳、陈海波、吉雅、王梓萱、黎明辉</div>',
            '<h3>总结</h3>',
            '<p>会议围绕五一期间接待准备展开。预计五一期间日均接待潜水客人约120人次，较去年增长约三成。'
            '建议提前增加一条接驳船，并考虑在官网上线分时段预约功能，以减轻码头排队压力。</p>',
            '<h3>章节</h3>']
    for tm, title, txt in chapters:
        html.append('<div><span style="color:#3370ff">%s</span> <b>%s</b></div><p>%s</p>' % (tm, title, esc(txt)))
    html.append('<h3>待办</h3><ul style="list-style:none;padding-left:0">')
    for who, what in todos:
        who_html = '<span style="color:#3370ff">@%s</span>：' % who if who else ""
        html.append('<li>&#9744; %s%s</li>' % (who_html, esc(what)))
    html.append('</ul><div style="color:#8f959e;font-size:12px;margin-top:24px">智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用。'
                '<br>在飞书中查看完整纪要与会议录制</div></div></body></html>\n')
    raw = mk("D", "feishu", "符晓琳", ["林涛", "陈海波", "吉雅", "王梓萱", "黎明辉"], "智能纪要：五一接待准备会 2026年4月24日",
             "2026-04-24 19:12:44 +0800", None, "\n".join(html), cc=[BOT_D])
    items = [It("陈海波", "完成新手体验池的教练排班表", "abs:2026-05-01", "2026-05-01"),
             It("吉雅", "整理五一预订客户清单并逐一电话确认", "abs:2026-04-28", "2026-04-28"),
             It("王梓萱", "发布小红书五一预热笔记", "nw:0", "2026-04-27"),
             It("黎明辉", "完成两台空压机保养", "tw:6", "2026-04-26"),
             It(None, "确认接驳船租赁报价")]
    return {"raw": raw, "items": items, "fu": None,
            "notes": "Sent Fri 2026-04-24 19:12. Feishu 智能纪要, single text/html part. Only the 待办 list is items; "
                     "总结 ('建议提前增加一条接驳船…') and 章节 (facts, '需要在节前保养') are AI narrative. '5月1日前' -> "
                     "2026-05-01 (a holiday, kept as written). '下周一' -> 2026-04-27. '本周日前' -> Sun 2026-04-26. The "
                     "last 待办 has no @assignee -> no_owner + no_due (department null). No next meeting."}


# ---------------------------------------------------------------------------------------------------------------
@case(8806, "kaarna-helsinki-checkboxes-gmail", "minutes",
      "Gmail (Google Workspace, Finland) English notes, Date +0300 Fri 19:40 = Sat 00:40 in Shanghai (05-09 make-up "
      "workday); '[ ] @name - … by Monday / by Wed / within 2 business days'; '[x]' done line is not an item; vague "
      "'before summer break'")
def c8806():
    text = """Hi Mikko, Howard, Lixin,

Thanks for staying late for the call. My notes:

- Service kits for the H6 heads will ship in the new crates from June.
- Tampere keeps the spare-part numbering; no local part numbers.
- Crate cost target stays at EUR 140 per kit.

Open actions:
[ ] @Howard - send the crate drawings to the packaging vendor by Monday
[ ] @Lixin - confirm the kitting station layout by Wed
[x] @Mikko - approve the crate budget (done during the call)
[ ] @Jussi - share the field-return list for Q1 within 2 business days
[ ] @Elina - update chapter 7 of the service manual (no rush, before summer break)

Talk soon,
Aino

--
Aino Virtanen
Product Owner, Harvester Heads | Kaarna Oy, Tampere
"""
    raw = mk("B", "gmail", "Aino Virtanen", ["Mikko Laaksonen", ("Howard Sun", L.P["孙浩"]["email"]),
                                             ("Wang Lixin", L.P["王立新"]["email"])],
             "Notes: service-kit crates call + actions", "2026-05-08 19:40:21 +0300", text, gmail_html(text),
             cc=["Jussi Heikkinen", "Elina Mäkelä", BOT_B])
    items = [It("孙浩", "send the crate drawings to the packaging vendor", "wd:0", "2026-05-11"),
             It("王立新", "confirm the kitting station layout", "wd:2", "2026-05-13"),
             It("Jussi Heikkinen", "share the field-return list for Q1", "bd:2", "2026-05-12"),
             It("Elina Mäkelä", "update chapter 7 of the service manual", "vague")]
    return {"raw": raw, "items": items, "fu": None,
            "notes": "Date Fri 2026-05-08 19:40:21 +0300 = Sat 2026-05-09 00:40 in Asia/Shanghai, a Labour Day make-up "
                     "working day. 'by Monday' -> 2026-05-11; 'by Wed' -> 2026-05-13 (same from either time zone). "
                     "'within 2 business days' counts from the day after the Shanghai send date: Sun 05-10 off, Mon 05-11 "
                     "= 1, Tue 05-12 = 2 -> 2026-05-12. '[x] @Mikko … (done during the call)' is done, not an item. "
                     "'before summer break' -> vague_due. Elina Mäkelä is not in the roster: owner through the Cc display "
                     "name, department null. 'EUR 140', 'from June' are decisions."}

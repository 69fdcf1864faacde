"""江澜区教育局教研室 (Nanjing district education bureau, teaching-research office): cases 4615-4621."""


def ptable(rows):
    return "\n".join("\t".join(c.replace("\n", " ") for c in r) for r in rows)


def mso(text):
    return "\n".join('<p class=MsoNormal>%s<o:p></o:p></p>' % (esc(l) if l.strip() else "&nbsp;")
                     for l in text.split("\n"))


def build(g):
    globals().update(g)
    DOM, BOT = ORGS["edu"]

    # ---------------------------------------------------------------------------------------------- 4615
    t = T("2025-05-06 16:32:10")
    s = t.date()
    text = ("江澜区教育局教研室\n会 议 纪 要\n〔2025〕第7期\n\n"
            "关于春季学期教学视导工作推进会的会议纪要\n\n"
            "5月6日上午，孔德明主任在区教师发展中心305会议室主持召开春季学期教学视导工作推进会，教研室全体教研员参加。"
            "会议听取了前一阶段视导情况汇报，研究部署了下阶段工作。现纪要如下：\n\n"
            "会议指出，本学期教学视导已覆盖全区23所中小学，总体情况良好，但部分学校仍存在作业设计质量不高、课堂提问低效等问题。\n\n"
            "会议要求：\n"
            "一是抓紧完成视导反馈。各学科教研员要将视导意见书面反馈至各校，由储文涛同志汇总，5个工作日内报孔德明主任。\n"
            "二是做好期中质量调研命题工作。小学语文由邵蓓同志负责，5月16日前报送期中质量调研命题双向细目表；"
            "初中英语由仲丽同志负责，5月16日前报送期中质量调研命题双向细目表。\n"
            "三是加强信息报送。卞卫东同志负责于5月9日（周五）前编发第一期视导简报。\n"
            "四是严肃工作纪律。视导期间一律不得接受学校宴请，不得增加学校负担。\n\n"
            "出席：孔德明、邵蓓、储文涛、仲丽、卞卫东\n抄送：葛晓春同志（督导室）\n\n"
            "江澜区教育局教研室\n2025年5月6日\n")
    b = coremail(who("孔德明"), W("邵蓓", "储文涛", "仲丽", "卞卫东"), W("葛晓春") + [BOT],
                 "教研室会议纪要〔2025〕第7期（教学视导工作推进会）", t, text, html_of(text), "4615", BOT[1])
    case(4615, "edu-notice-style-yishi-ershi-coremail", "minutes",
         "Formal 通知-style 会议纪要 with 一是…二是…三是…四是 sentences, owners as 'X同志', two items with the same task text for two owners, 5个工作日内 after May Day",
         b, G("minutes",
              "Sent Tue 2025-05-06 16:32 (May Day holiday 05-01..05 just ended). 一是: the named owner is 储文涛 (汇总 and report), '5个工作日内' from 05-07: "
              "05-07, 05-08, 05-09, 05-12, 05-13 -> 2025-05-13. 二是 gives two items with the same task text: 邵蓓 (小学语文) and 仲丽 (初中英语), "
              "both '5月16日前' -> 2025-05-16. 三是: 卞卫东, '5月9日（周五）前' -> 2025-05-09. 四是 is a discipline rule, not an item. "
              "'会议指出' paragraph is a finding. No next meeting.",
              [I("储文涛", "汇总各学科视导书面反馈意见报孔德明主任", C("2025-05-13", add_workdays(s, 5))),
               I("邵蓓", "报送期中质量调研命题双向细目表", C("2025-05-16", D(2025, 5, 16))),
               I("仲丽", "报送期中质量调研命题双向细目表", C("2025-05-16", D(2025, 5, 16))),
               I("卞卫东", "编发第一期视导简报", C("2025-05-09", D(2025, 5, 9)))]))

    # ---------------------------------------------------------------------------------------------- 4616
    t = T("2025-11-20 09:15:33")
    s = t.date()
    body = ("各位：\n\n11月19日下午，督导室召开责任督学工作例会，葛晓春主任主持。会议明确了秋季学期后半程重点工作，现将分工纪要如下：\n\n"
            "（一）开展秋季学期责任督学挂牌督导专项检查。\n责任单位：督导室（葛晓春）\n配合单位：教研室\n完成时限：2025年12月底前\n\n"
            "（二）整理上学期督导问题整改台账，逐校销号。\n责任单位：督导室 陶静\n完成时限：11月28日（周五）\n\n"
            "（三）各中小学完成校内自查并报送自查报告。\n责任单位：各中小学\n完成时限：12月10日前\n\n"
            "（四）推荐2名责任督学参加市级专题培训。\n责任单位：督导室\n完成时限：待市局通知\n\n"
            "（五）会议强调，督学进校一律提前一天告知学校，不搞突击检查。\n\n"
            "督导室\n2025年11月20日\n")
    b = outlook(who("陶静"), W("葛晓春", "孔德明"), W("史国平") + [BOT], "责任督学工作例会纪要（11月19日）", t, body, mso(body),
                "4616", BOT[1])
    case(4616, "edu-duda-paren-zeren-danwei-outlook", "minutes",
         "Government style （一）（二）blocks with 责任单位/配合单位/完成时限 lines: person in brackets after the unit, unit + name, schools as the unit (no_owner), '待市局通知' (vague), 12月底前",
         b, G("minutes",
              "Sent Thu 2025-11-20 09:15. （一） '督导室（葛晓春）' -> owner 葛晓春, '2025年12月底前' -> 2025-12-31. （二） '督导室 陶静' -> 陶静, '11月28日（周五）' -> "
              "2025-11-28. （三） '各中小学' is not a person -> owner null, no_owner, department null (not one of the bureau's departments), '12月10日前' -> "
              "2025-12-10. （四） department-only '督导室' -> owner null, department 督导室, no_owner; '待市局通知' -> vague_due. （五） is a rule. "
              "The meeting date 11月19日 is in the past; no next meeting.",
              [I("葛晓春", "开展秋季学期责任督学挂牌督导专项检查", C("2025-12-31", month_end(D(2025, 12, 1)))),
               I("陶静", "整理上学期督导问题整改台账，逐校销号", C("2025-11-28", D(2025, 11, 28))),
               I(None, "各中小学完成校内自查并报送自查报告", C("2025-12-10", D(2025, 12, 10))),
               I(None, "推荐2名责任督学参加市级专题培训", None, None, ["no_owner", "vague_due"], dept="督导室")]))

    # ---------------------------------------------------------------------------------------------- 4617
    t = T("2026-01-23 17:20:05")
    s = t.date()
    rows = [["序号", "工作任务", "牵头/协办", "时间节点"],
            ["1", "①完成全区九年级期末数学质量分析报告\n②召开薄弱校数学专题分析会", "储文涛（牵头）、各初中数学教研组长（协办）",
             "①1月30日前\n②开学后两周内"],
            ["2", "小学语文学业质量监测数据反馈至各校", "邵蓓牵头，卞卫东协办", "3个工作日内"],
            ["3", "期末质量分析会议材料汇编印发", "教研室（孔德明）", "2月13日前"],
            ["4", "寒假教师研修安排报督导室备案", "仲丽", "1月底"]]
    head = ("各位老师：\n\n1月23日（周五）下午召开2025—2026学年第一学期期末质量分析会，孔德明主任主持，各学科教研员及部分学校分管校长参加。"
            "会议通报了期末调研数据（全区九年级数学均分较去年同期提高2.3分），对下阶段工作作出安排：")
    tail = "下学期开学后召开质量提升推进会，时间另行通知。\n\n教研室 邵蓓（记录）"
    text = head + "\n\n" + ptable(rows) + "\n\n" + tail
    html = mso(head) + table_html(rows) + mso("\n" + tail)
    b = outlook(who("邵蓓"), W("孔德明", "储文涛", "仲丽", "卞卫东"), W("葛晓春") + [BOT], "期末质量分析会纪要（1月23日）",
                t, text, html, "4617", BOT[1])
    case(4617, "edu-qimo-analysis-lead-assist-subtasks", "minutes",
         "期末质量分析会 table: 牵头/协办 in one cell, ①② sub-tasks with ①② deadlines in one cell (one vague), 教研室（孔德明）, 3个工作日内 over a weekend, 1月底",
         b, G("minutes",
              "Sent Fri 2026-01-23 17:20. Row 1 owner 储文涛 (牵头); ① '1月30日前' -> 2026-01-30; ② '开学后两周内' has no date (term start not given) -> vague_due. "
              "Row 2 '邵蓓牵头，卞卫东协办' -> 邵蓓, '3个工作日内' from 01-26: 01-26, 01-27, 01-28 -> 2026-01-28. Row 3 '教研室（孔德明）' -> 孔德明, "
              "'2月13日前' -> 2026-02-13. Row 4 仲丽 '1月底' -> 2026-01-31. Statistics are facts. '时间另行通知' -> no follow-up.",
              [I("储文涛", "完成全区九年级期末数学质量分析报告", C("2026-01-30", D(2026, 1, 30))),
               I("储文涛", "召开薄弱校数学专题分析会", None, None, ["vague_due"]),
               I("邵蓓", "小学语文学业质量监测数据反馈至各校", C("2026-01-28", add_workdays(s, 3))),
               I("孔德明", "期末质量分析会议材料汇编印发", C("2026-02-13", D(2026, 2, 13))),
               I("仲丽", "寒假教师研修安排报督导室备案", C("2026-01-31", month_end(s)))]))

    # ---------------------------------------------------------------------------------------------- 4618
    t = T("2026-04-03 16:05:48")
    s = t.date()
    ai = ("会议主题：区级小学语文公开课第一次磨课\n会议时间：2026/04/03 14:00-15:30（GMT+08:00）\n参会人：邵蓓、何雯、樊立群、孔德明\n\n"
          "智能纪要由AI生成，可能不准确，请谨慎甄别后使用\n\n"
          "会议摘要\n本次会议为二年级《找春天》公开课第一次磨课。何雯老师完成了第一次试教，邵蓓老师从目标设定、朗读指导和板书设计三个方面提出修改意见，"
          "孔德明主任强调公开课要体现新课标“学习任务群”理念。\n\n"
          "章节回顾\n00:00 开场说明\n05:40 第一次试教情况反馈：邵蓓认为朗读层次不够，建议下周再试教一次。\n"
          "31:15 板书与课件：何雯表示周末可以改完课件。\n58:02 公开课安排：樊立群校长介绍报告厅条件。\n\n"
          "待办事项\n· 何雯：根据磨课意见修改《找春天》教学设计（第三稿），下周二前发邵蓓\n"
          "· 邵蓓：联系区电教馆安排公开课录像，2个工作日内\n"
          "· 樊立群：落实实验小学报告厅（4月16日公开课使用），4月10日前\n\n"
          "第二次磨课：4月9日（周四）下午2点，实验小学\n\n"
          "以上内容由腾讯会议AI生成\n")
    pre = "各位：腾讯会议的智能纪要导出如下，待办请按时完成，谢谢！\n邵蓓\n\n"
    text = pre + ai
    b = exmail(who("邵蓓"), W("何雯", "樊立群"), W("孔德明") + [BOT], "【磨课】《找春天》第一次磨课纪要", t, text,
               text_to_html(text), "4618", BOT[1])
    case(4618, "edu-tencent-meeting-ai-export-qingming", "minutes",
         "腾讯会议智能纪要 export (exmail gb18030): AI disclaimer, summary and 章节回顾 with time codes and '下周再试教'/'周末' are not items; 待办事项 only; external school owners; before Qingming",
         b, G("minutes",
              "Sent Fri 2026-04-03 16:05; Qingming holiday 2026-04-04..06. 待办 only: 何雯 (external, To) '下周二前' -> 2026-04-07; 邵蓓 '2个工作日内' -> "
              "04-07, 04-08 -> 2026-04-08; 樊立群 (external, To) '4月10日前' -> 2026-04-10 (4月16日 is the class date inside the task). "
              "Summary and 章节回顾 lines are transcript, not items. '第二次磨课：4月9日（周四）下午2点' -> next_followup 2026-04-09 14:00.",
              [I("何雯", "根据磨课意见修改《找春天》教学设计（第三稿）发邵蓓", C("2026-04-07", nwd(s, 1))),
               I("邵蓓", "联系区电教馆安排公开课录像", C("2026-04-08", add_workdays(s, 2))),
               I("樊立群", "落实实验小学报告厅（4月16日公开课使用）", C("2026-04-10", D(2026, 4, 10)))],
              FU(C("2026-04-09", D(2026, 4, 9)), "14:00")))

    # ---------------------------------------------------------------------------------------------- 4619
    t = T("2026-10-09 09:31:27")
    s = t.date()
    orig = ("江澜实验小学督导反馈整改推进会纪要\n\n时间：10月8日下午3:30\n地点：行政楼二楼会议室\n主持：樊立群\n\n"
            "根据区督导室9月督导反馈意见，学校研究确定以下整改任务：\n"
            "1.作业公示制度落实到各班：教导处何雯，10月16日前\n"
            "2.课后服务课程表调整并公示：樊立群，本周六（调休上班日）前\n"
            "3.心理健康教育专职教师配备方案报区教育局：樊立群，10月底前\n\n"
            "江澜实验小学 校长室\n")
    pre = ("各位：\n实验小学的整改纪要转给大家，请督导室跟踪。\n另：请储老师下周一前把初中数学组到实验小学的听课安排发给樊校长。\n\n"
           "孔德明\n")
    fwd = ("\n\n------------------ Original ------------------\nFrom: \"樊立群\" <%s>;\nDate: Thu, Oct 8, 2026 06:20 PM\n"
           "To: \"孔德明\" <kongdeming@%s>;\nCc: \"何雯\" <%s>;\nSubject: 督导反馈整改推进会纪要\n\n" % (EXT["樊立群"], DOM, EXT["何雯"]))
    text = pre + fwd + orig
    b = coremail(who("孔德明"), W("葛晓春", "陶静", "储文涛"), W("樊立群", "何雯") + [BOT], "Fw:督导反馈整改推进会纪要", t, text,
                 html_of(text), "4619", BOT[1])
    case(4619, "edu-forwarded-school-minutes-preface-item", "minutes",
         "A school's minutes forwarded by the 教研室 head (QQ-style 'Original' header), whose preface adds one item of his own (下周一前); 本周六（调休上班日）; 10月底前",
         b, G("minutes",
              "Sent Fri 2026-10-09 09:31 (National Day 10-01..07; 10-10 Sat is a make-up working day). The preface adds a real action: 储老师 = 储文涛, "
              "'下周一前' -> 2026-10-12 (a careful assistant records it with the forwarded items; genuinely arguable). Forwarded items (written 10-08, same week): "
              "何雯 (external, Cc) '10月16日前' -> 2026-10-16; 樊立群 '本周六（调休上班日）前' -> 2026-10-10 (same answer from the 10-08 original or the 10-09 forward); "
              "樊立群 '10月底前' -> 2026-10-31. No next meeting.",
              [I("储文涛", "把初中数学组到实验小学的听课安排发给樊校长", C("2026-10-12", nwd(s, 0))),
               I("何雯", "作业公示制度落实到各班", C("2026-10-16", D(2026, 10, 16))),
               I("樊立群", "课后服务课程表调整并公示", C("2026-10-10", wd(s, 5) if is_workday(wd(s, 5)) else None)),
               I("樊立群", "心理健康教育专职教师配备方案报区教育局", C("2026-10-31", month_end(s)))]))

    # ---------------------------------------------------------------------------------------------- 4620
    t = T("2025-12-01 17:42:19")
    s = t.date()
    text = ("葛主任、各位：\n\n今天上午对江澜二中开展了综合督导反馈，纪要如下。\n\n一、总体评价\n"
            "学校管理规范，课后服务开展较好；课堂教学方式仍偏传统。\n\n二、整改事项\n"
            "1．针对听课中发现的“满堂灌”问题，教研室组织一次课堂教学改革专题\n"
            "   研讨（储文涛负责，完成时间：12月12日（周五）前）\n"
            "2．整理本次督导听课记录，分学科归档\n"
            "   （陶静；12月5日前）\n"
            "3．整理本次督导听课记录，分学科归档\n"
            "   （邵蓓；小学部分，12月5日前）\n"
            "4．（陶静）督导报告初稿，含（1）问题清单、（2）整改建议两部分，报葛主任审定后\n"
            "   印发。完成时限：\n   12月19日\n"
            "5．被督导学校整改报告——江澜二中，下学期开学前\n\n"
            "陶静\n督导室\n")
    b = thunderbird(who("陶静"), W("葛晓春", "储文涛", "邵蓓"), [BOT], "江澜二中综合督导反馈会纪要", t, text, "4620", BOT[1],
                    host="mail.jledu.example.gov.cn")
    case(4620, "edu-duda-wrapped-lines-nested-brackets", "minutes",
         "Thunderbird flowed plain text: items wrapped over lines, deadline on a continuation line and two lines below its label, nested brackets '（…12月12日（周五）前）', "
         "（1）（2）inside an item, the same task text twice, a school as owner",
         b, G("minutes",
              "Sent Mon 2025-12-01 17:42. 1: 储文涛, deadline inside nested brackets '完成时间：12月12日（周五）前' -> 2025-12-12. 2 and 3 have the same task text "
              "for 陶静 and 邵蓓 (邵蓓's is the 小学 part), both '12月5日前' on the continuation line -> 2025-12-05. 4: owner in brackets before the task "
              "（陶静）; '（1）问题清单、（2）整改建议' are parts of one item, not sub-items; '完成时限：' then '12月19日' on the next line -> 2025-12-19. "
              "5: owner is a school (江澜二中, not a person) -> no_owner, '下学期开学前' has no date -> vague_due. 一、总体评价 is assessment.",
              [I("储文涛", "组织一次课堂教学改革专题研讨", C("2025-12-12", D(2025, 12, 12))),
               I("陶静", "整理本次督导听课记录，分学科归档", C("2025-12-05", D(2025, 12, 5))),
               I("邵蓓", "整理本次督导听课记录，分学科归档", C("2025-12-05", D(2025, 12, 5))),
               I("陶静", "督导报告初稿（问题清单、整改建议），报葛主任审定后印发", C("2025-12-19", D(2025, 12, 19))),
               I(None, "被督导学校整改报告", None, None, ["no_owner", "vague_due"])]))

    # ---------------------------------------------------------------------------------------------- 4621
    t = T("2026-11-04 12:10:55")
    s = t.date()
    text = ("各位组长、老师：\n\n今天上午初中英语教研组长会（线上）纪要：\n\n"
            "1. 期中考试情况：全区均分86.4，及格率、优秀率均较去年提高。\n"
            "2. 听说测试平台本学期继续使用，账号由区里统一开通。\n\n"
            "待办：\n"
            "1. 各校英语组长：11月13日前上交期中试卷分析\n"
            "2. 仲丽：汇总各校分析，形成区级质量报告，月底前\n"
            "3. 卞卫东：听说测试平台开通新学期账号，下周三下班前\n"
            "4. 储文涛：跨学科（英语+数学）联合教研方案初稿，11月20日\n\n"
            "下次组长会：11月18日（周三）下午，地点另行通知。\n\n仲丽\n江澜区教研室 初中英语\n")
    b = coremail(who("仲丽"), W("卞卫东", "储文涛"), W("孔德明") + [BOT], "初中英语教研组长会纪要 11.4", t, text,
                 html_of(text), "4621", BOT[1])
    case(4621, "edu-jiaoyanzu-numbered-halfday-next", "minutes",
         "Ordinary numbered 待办 after a numbered facts section (same numbering restarts), group owner '各校英语组长', 月底前, 下周三下班前; next meeting a half day only",
         b, G("minutes",
              "Sent Wed 2026-11-04 12:10. The first '1. 2.' list is facts (scores, a platform rule). 待办: '各校英语组长' is a group, not a person -> owner null, "
              "no_owner, '11月13日前' -> 2026-11-13; 仲丽 '月底前' -> 2026-11-30; 卞卫东 '下周三下班前' -> 2026-11-11 (下班前 gives no clock time); 储文涛 "
              "'11月20日' -> 2026-11-20. '下次组长会：11月18日（周三）下午' -> 2026-11-18, time null (half day only).",
              [I(None, "上交期中试卷分析", C("2026-11-13", D(2026, 11, 13))),
               I("仲丽", "汇总各校分析，形成区级质量报告", C("2026-11-30", month_end(s))),
               I("卞卫东", "听说测试平台开通新学期账号", C("2026-11-11", nwd(s, 2))),
               I("储文涛", "跨学科（英语+数学）联合教研方案初稿", C("2026-11-20", D(2026, 11, 20)))],
              FU(C("2026-11-18", D(2026, 11, 18)), None)))

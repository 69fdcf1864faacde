"""秦川航精 (Xi'an aerospace-parts machining plant): cases 4601-4607."""


def ptable(rows):
    return "\n".join("\t".join(c.replace("\n", " ") for c in r) for r in rows)


def mso(text):
    return "\n".join('<p class=MsoNormal>%s<o:p></o:p></p>' % (esc(l) if l.strip() else "&nbsp;")
                     for l in text.split("\n"))


def build(g):
    globals().update(g)
    DOM, BOT = ORGS["aero"]

    # ---------------------------------------------------------------------------------------------- 4601
    t = T("2025-04-03 16:41:09")
    s = t.date()
    rows = [["序号", "问题描述", "纠正措施", "责任人", "完成时间", "状态"],
            ["1", "NCR-2025-036 GH4169涡轮盘安装边Ra超差（实测1.6，要求0.8）", "更换精车刀片牌号，重新验证切削参数，提交工艺更改单",
             "屈工", "清明节后第一个工作日", "进行中"],
            ["2", "首件检验记录漏填量具编号（2个批次）", "组织检验员培训并完成考核", "雷雪", "4月10日前", "未开始"],
            ["3", "5#机床（DMG CTX）刀补数据未备份", "全部数控程序及刀补数据备份至PDM", "党班长", "3个工作日内", "未开始"],
            ["4", "NCR-2025-031 TC4法兰盘外圆超差", "纠正措施有效性验证", "雷雪", "3月28日", "已完成"],
            ["5", "601所来厂二方审核准备", "整理近三个月NCR清单及8D报告", "惠工", "4月15日（周二）17:00前", "未开始"]]
    head = ("各位：\n\n4月3日（周四）14:00在三楼质量会议室召开第13周质量例会，贺建军主持，质量部、工艺部、数控车间参加。"
            "纪要如下，请各责任人按时完成。\n\n一、上周问题关闭情况\nNCR-2025-031已于3月28日关闭，验证有效。\n\n二、本周问题及措施")
    tail = ("三、会议决定\n1. 自4月7日起，首件检验未签字的零件一律不得转序。\n2. 量具编号必须写全，不得只写“同上”。\n\n"
            "四、下次例会：4月10日（周四）同一时间，地点不变。\n\n质量部 雷雪（记录）\n秦川航精 质量部\n电话：029-8866xxxx")
    text = head + "\n" + ptable(rows) + "\n\n" + tail
    html = mso(head) + table_html(rows) + mso("\n" + tail)
    b = outlook(who("雷雪"), W("贺建军", "屈文博", "党小龙", "惠婷", "白振华"), [BOT], "【质量例会】2025年第13周质量例会纪要",
                t, text, html, "4601", BOT[1])
    case(4601, "aero-quality-weekly-table-outlook-gb2312", "minutes",
         "Outlook gb2312 质量例会 table (序号/问题/措施/责任人/完成时间/状态); 清明节后第一个工作日; 3个工作日内 across Qingming; 已完成 row; '同一时间' next meeting",
         b, G("minutes",
              "Sent Thu 2025-04-03 16:41 +0800, the day before Qingming (2025-04-04..06 off, no make-up day). Row 1 owner 屈工 = 屈文博 (alias), "
              "'清明节后第一个工作日' -> Mon 2025-04-07. Row 2 '4月10日前' -> 2025-04-10. Row 3 党班长 = 党小龙, '3个工作日内' counted from 04-04: "
              "04-04..06 holiday, 04-07, 04-08, 04-09 -> 2025-04-09. Row 4 is marked 已完成 (status, not an item). Row 5 惠工 = 惠婷, "
              "'4月15日（周二）17:00前' -> 2025-04-15 17:00. The 会议决定 lines are rules, not items. The task of each row is the 纠正措施 cell "
              "(the 问题描述 is context). '下次例会：4月10日（周四）同一时间' -> the same time as this meeting (14:00, stated in the first paragraph) -> 2025-04-10 14:00.",
              [I("屈文博", "更换精车刀片牌号，重新验证切削参数，提交工艺更改单", C("2025-04-07", first_workday_after(D(2025, 4, 6)))),
               I("雷雪", "组织检验员培训并完成考核", C("2025-04-10", D(2025, 4, 10))),
               I("党小龙", "全部数控程序及刀补数据备份至PDM", C("2025-04-09", add_workdays(s, 3))),
               I("惠婷", "整理近三个月NCR清单及8D报告", C("2025-04-15", D(2025, 4, 15)), "17:00")],
              FU(C("2025-04-10", wd(s, 3) + dt.timedelta(days=7)), "14:00")))

    # ---------------------------------------------------------------------------------------------- 4602
    t = T("2025-09-28 07:52:40")
    s = t.date()
    text = ("白主任、屈工：\n\n今早班前会（7:30 车间东头）\n到岗14人，请假1人（秦朗上午去医院，下午到）\n\n"
            "1、3#车床主轴异响，已停机。秦朗明天一上班报设备科\n"
            "2、Z12支架首件三坐标 - 小龙 今天下班前送检\n"
            "3、节前刀具盘点，缺的列清单报寇经理 / 党小龙 9.30前\n"
            "4、新来2个操作工的5S和安全培训，2个工作日内搞完（党小龙）\n"
            "5、上周那批TC4轴返修已交检，合格\n\n"
            "今天调休上班，大家别忘了打卡。\n\n党小龙\n数控二班")
    html = "<div>" + text_to_html(text) + "</div>"
    b = foxmail(who("党小龙"), W("白振华", "屈文博"), W("秦朗") + [BOT], "数控二班 9.28班前会", t, text, html, "4602", BOT[1])
    case(4602, "aero-shopfloor-terse-makeup-sunday-foxmail", "minutes",
         "Terse 班前会 notes from a 班组长, Foxmail GBK, sent on the 2025-09-28 make-up Sunday: 明天, 今天下班前, 9.30前, 2个工作日内; done line",
         b, G("minutes",
              "Sent Sun 2025-09-28 07:52, a make-up working day before National Day (10-01..10-08 off). Item 1: 秦朗 '明天一上班' -> Mon 2025-09-29 "
              "(no clock time given). Item 2: 小龙 = 党小龙, '今天下班前' -> 2025-09-28. Item 3: '9.30前' -> 2025-09-30. Item 4: '2个工作日内' from 09-29: "
              "09-29, 09-30 -> 2025-09-30. Line 5 reports finished work (not an item). '今天调休上班…打卡' is a reminder, not an item.",
              [I("秦朗", "3#车床主轴异响报设备科", C("2025-09-29", s + dt.timedelta(days=1))),
               I("党小龙", "Z12支架首件三坐标送检", C("2025-09-28", s)),
               I("党小龙", "节前刀具盘点，缺的列清单报寇经理", C("2025-09-30", D(2025, 9, 30))),
               I("党小龙", "新来2个操作工的5S和安全培训", C("2025-09-30", add_workdays(s, 2)))]))

    # ---------------------------------------------------------------------------------------------- 4603
    t = T("2026-02-13 10:20:31")
    s = t.date()
    rows = [["序号", "条款", "工作内容", "责任人（主责/配合）", "完成时限", "状态"],
            ["1", "8.1.4 首件检验", "①修订《首件检验控制程序》\n②补齐2025年FAI报告（AS9102格式）", "雷雪（主责）/屈文博（配合）",
             "①2月14日（周六，调休上班）前\n②节后第一个工作日", "进行中"],
            ["2", "7.1.5 监视和测量资源", "数控设备精度检验记录归档", "车间主任白振华牵头，班组长党小龙协办", "3月6日前", "未开始"],
            ["3", "7.2 能力", "特殊过程操作人员资质清单更新", "工艺员屈文博", "3个工作日内", "未开始"],
            ["4", "10.2 不合格和纠正措施", "NCR台账与8D报告交叉核对", "惠婷", "2月27日", "未开始"],
            ["5", "9.2 内部审核", "2026年内审计划报批", "贺部长", "1月30日", "已完成"]]
    head = ("各位领导、同事：\n\n今天上午召开AS9100D换版审核准备第二次推进会（9:00-10:05，质量部会议室），贺部长主持。"
            "认证机构现场审核已定于3月17日至18日。分工如下：")
    tail = ("其他事项：\n1. 审核期间车间现场按5S标准执行，工装、量具一律定置。\n2. 各部门文件以PDM发布版为准。\n\n"
            "下次推进会：节后第二个工作日上午9:00，质量部会议室。\n\n祝大家新春愉快！\n\n惠婷\n质量部 体系工程师")
    text = head + "\n\n" + ptable(rows) + "\n\n" + tail
    html = mso(head) + table_html(rows) + mso("\n" + tail)
    b = outlook(who("惠婷"), W("贺建军", "雷雪", "屈文博", "白振华", "党小龙"), W("同海燕") + [BOT],
                "AS9100D审核准备推进会（二）纪要", t, text, html, "4603", BOT[1])
    fa = first_workday_after(D(2026, 2, 23))
    case(4603, "aero-as9100-roles-subtasks-spring-festival", "minutes",
         "Outlook gb2312 AS9100 audit table: 主责/配合 and 牵头/协办 in one cell, ①② sub-tasks with two deadlines in one cell, titles before names, "
         "Saturday make-up day and Spring Festival 2026 (3个工作日内, 节后第一/第二个工作日)",
         b, G("minutes",
              "Sent Fri 2026-02-13 10:20; 2026-02-14 (Sat) is a make-up working day, 02-15..02-23 Spring Festival holiday, 02-24 first working day after. "
              "Row 1 '雷雪（主责）/屈文博（配合）' -> owner 雷雪 for both sub-tasks ①② (one item each): ① '2月14日（周六，调休上班）前' -> 2026-02-14; "
              "② '节后第一个工作日' -> 2026-02-24. Row 2 '车间主任白振华牵头，班组长党小龙协办' -> owner 白振华 (the lead), '3月6日前' -> 2026-03-06. "
              "Row 3 '工艺员屈文博', '3个工作日内' counted from 02-14: 02-14 (make-up Sat), 02-24, 02-25 -> 2026-02-25. Row 4 '2月27日' -> 2026-02-27. "
              "Row 5 is 已完成 (not an item). The audit dates 3月17日至18日 are a fact. '下次推进会：节后第二个工作日上午9:00' -> 2026-02-25 09:00.",
              [I("雷雪", "修订《首件检验控制程序》", C("2026-02-14", D(2026, 2, 14) if is_workday(D(2026, 2, 14)) else None)),
               I("雷雪", "补齐2025年FAI报告（AS9102格式）", C("2026-02-24", fa)),
               I("白振华", "数控设备精度检验记录归档", C("2026-03-06", D(2026, 3, 6))),
               I("屈文博", "特殊过程操作人员资质清单更新", C("2026-02-25", add_workdays(s, 3))),
               I("惠婷", "NCR台账与8D报告交叉核对", C("2026-02-27", D(2026, 2, 27)))],
              FU(C("2026-02-25", first_workday_after(fa)), "09:00")))

    # ---------------------------------------------------------------------------------------------- 4604
    t = T("2026-06-18 17:05:12")
    s = t.date()
    old = ("发件人: 屈文博 <quwenbo@%s>\n发送时间: 2026年6月4日 16:12\n收件人: 贺建军 <hejianjun@%s>; 雷雪 <leixue@%s>; "
           "寇敏 <koumin@%s>\n主题: 【NCR评审】NCR-2026-052 GH4169涡轮盘安装边粗糙度 评审纪要\n\n"
           "各位：\n6月4日NCR评审会纪要：\n1. 屈文博：6月10日前完成首轮试切（2件）\n2. 雷雪：本批12件全部复检，6月8日前\n"
           "3. 处置意见：返修，待第二轮验证后再定是否让步接收\n\n屈文博" % ((DOM,) * 4))
    new = ("各位：\n\n今天下午开了第二次评审会（6月18日 14:30-15:40，工艺部小会议室），贺部长、寇经理、雷雪、屈文博参加。\n"
           "首轮试切2件Ra 0.7/0.75，合格；但刀片寿命只有原来一半，需要再验证。\n\n本次待办：\n"
           "1. 屈文博：完成第二轮切削参数验证（3件），提交验证报告 —— 下周二前\n"
           "2. 雷雪：对已加工的12件安装边复检，出具复检记录 —— 节后第一个工作日\n"
           "3. 寇经理：评估对6月交付计划的影响，并回复客户 —— 6月30日前\n\n"
           "第三次评审会定在6月25日（周四），\n上午9:30，仍在工艺部小会议室。\n\n屈文博\n工艺部")
    text = new + "\n\n" + old
    html = mso(new) + ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">%s</div>'
                       % mso(old))
    b = outlook(who("屈文博"), W("贺建军", "雷雪", "寇敏"), W("白振华") + [BOT],
                "RE: 【NCR评审】NCR-2026-052 GH4169涡轮盘安装边粗糙度 评审纪要", t, text, html, "4604", BOT[1],
                irt="<00a1b201dc4601$aa11bb22$cc33dd44@%s>" % DOM, refs=["<00a1b201dc4601$aa11bb22$cc33dd44@%s>" % DOM])
    case(4604, "aero-ncr-second-review-re-thread", "minutes",
         "New minutes posted as 'RE:' in the old NCR thread, old minutes quoted below (their items are not items); 下周二前, 节后第一个工作日 before Dragon Boat; "
         "next meeting day on one line and time on the next",
         b, G("minutes",
              "Sent Thu 2026-06-18 17:05; Dragon Boat holiday 2026-06-19..21 (no make-up day). New items only: 1 '下周二前' -> 2026-06-23; "
              "2 '节后第一个工作日' -> Mon 2026-06-22; 3 寇经理 = 寇敏, '6月30日前' -> 2026-06-30. The quoted 6月4日 minutes (their 6月10日/6月8日 items) "
              "are quoted history, not items. '第三次评审会定在6月25日（周四），' + next line '上午9:30' -> next_followup 2026-06-25 09:30.",
              [I("屈文博", "完成第二轮切削参数验证（3件），提交验证报告", C("2026-06-23", nwd(s, 1))),
               I("雷雪", "对已加工的12件安装边复检，出具复检记录", C("2026-06-22", first_workday_after(D(2026, 6, 21)))),
               I("寇敏", "评估对6月交付计划的影响，并回复客户", C("2026-06-30", D(2026, 6, 30)))],
              FU(C("2026-06-25", D(2026, 6, 25)), "09:30")))

    # ---------------------------------------------------------------------------------------------- 4605
    t = T("2026-11-05 11:20:45")
    s = t.date()
    ai = ("【AI听记】工艺评审会-TC4薄壁件变形控制\n会议时间：2026-11-05 09:30-10:42\n参会人：同海燕、屈文博、党小龙、雷雪\n\n"
          "摘要\n本次会议围绕TC4薄壁环形件精车后变形超差问题展开讨论。屈文博介绍了上周已完成的三种装夹方案对比，"
          "结论是软爪+轴向压紧方案变形最小；党小龙反映现有夹具需要改制；雷雪提出首件需要增加三坐标全尺寸检测。\n\n"
          "章节速览\n00:01:12 变形问题现状\n同海燕介绍了近两个月薄壁件的返修数据，返修率约6%。\n"
          "00:14:35 装夹方案对比\n屈文博表示已经完成三组方案对比试验，建议采用方案B，并在下周出规范草案。\n"
          "00:29:02 夹具改制\n党小龙提到需要在周五前把夹具改好，否则影响下批投产。\n"
          "00:51:40 检测要求\n雷雪建议首件三坐标全尺寸检测，同海燕同意。\n\n"
          "待办\n☐ 屈文博：11月12日前输出《薄壁件装夹工艺规范》草案\n☐ 党小龙：本周五前完成专用夹具改制并试装\n"
          "☐ 雷雪：首件三坐标检测方案，下周一前发同部长\n\n以上内容由AI生成，请注意甄别")
    pre = "各位：\n上午评审会的AI纪要贴在下面，待办我核过了，没问题，请按时完成。\n\n同海燕\n"
    text = pre + "\n" + ai
    b = coremail(who("同海燕"), W("屈文博", "党小龙", "雷雪"), W("白振华", "贺建军") + [BOT],
                 "工艺评审会纪要（TC4薄壁件变形）", t, text, html_of(text), "4605", BOT[1])
    case(4605, "aero-ai-tingji-minutes-coremail", "minutes",
         "钉钉-style AI听记 minutes pasted into Coremail: summary and 章节速览 with time stamps (mention '周五前' in prose) are not items; only the 待办 ☐ lines count; AI footer",
         b, G("minutes",
              "Sent Thu 2026-11-05 11:20. Only the 待办 section counts: 屈文博 '11月12日前' -> 2026-11-12; 党小龙 '本周五前' -> 2026-11-06; 雷雪 '下周一前' -> 2026-11-09. "
              "The 章节速览 sentence '党小龙提到需要在周五前把夹具改好' repeats item 2 inside the transcript summary and is not a second item; "
              "'下周出规范草案' in the summary is the same as item 1. Time stamps (00:29:02) are not times. No next meeting.",
              [I("屈文博", "输出《薄壁件装夹工艺规范》草案", C("2026-11-12", D(2026, 11, 12))),
               I("党小龙", "完成专用夹具改制并试装", C("2026-11-06", wd(s, 4))),
               I("雷雪", "首件三坐标检测方案发同部长", C("2026-11-09", nwd(s, 0)))]))

    # ---------------------------------------------------------------------------------------------- 4606
    t = T("2027-03-10 08:47:03")
    orig_t = "2027年3月9日 17:32"
    orig = ("各位：\n\n3月9日质量月度分析会纪要如下。\n\n一、2月质量情况\n一次交检合格率97.2%，较1月上升0.8个百分点；NCR 9项，已关闭6项。\n\n"
            "二、工作安排\n1. 雷雪：2月份NCR数据按机床、按班组统计分析，3月12日前发各部门\n"
            "2. 党小龙：3#、5#车床首件检验记录补签，3月11日前\n"
            "3. 惠婷：更新车间质量目标看板，3月15日（周一）\n"
            "4. 秦朗：刀具寿命管理表试运行一周后汇总问题反馈工艺部，3月19日前\n\n"
            "三、下月分析会时间另行通知。\n\n贺建军\n质量部")
    pre = ("小龙、秦朗：\n转一下质量部的纪要，跟咱们车间有关的是第2、4条，按时间弄完，别拖。\n纪要助手也抄上了，帮忙登记。\n\n白振华\n")
    fwd = ("\n-----邮件原件-----\n发件人: 贺建军 <hejianjun@%s>\n发送时间: %s\n收件人: 雷雪; 惠婷; 白振华; 同海燕\n"
           "主题: 3月质量月度分析会纪要\n\n" % (DOM, orig_t))
    text = pre + fwd + orig
    html = mso(pre) + mso(fwd) + mso(orig)
    b = outlook(who("白振华"), W("党小龙", "秦朗"), [BOT], "转发: 3月质量月度分析会纪要", t, text, html, "4606", BOT[1])
    case(4606, "aero-forwarded-monthly-quality-with-preface", "minutes",
         "Workshop head forwards the quality dept's minutes ('转发:', '-----邮件原件-----') with his own preface that mentions item numbers; all items are absolute dates (2027)",
         b, G("minutes",
              "Sent Wed 2027-03-10 08:47 by 白振华, forwarding 贺建军's minutes of 2027-03-09. The preface ('跟咱们车间有关的是第2、4条') only points at items; "
              "it adds none. All four forwarded items are still the meeting's items (the bot is asked to register them): 3月12日前 -> 2027-03-12, "
              "3月11日前 -> 2027-03-11, 3月15日（周一） -> 2027-03-15 (a Monday), 3月19日前 -> 2027-03-19. All dates are absolute, so no 2027 holiday "
              "data is needed. The statistics (97.2%, NCR 9项) are facts. '下月分析会时间另行通知' -> no follow-up.",
              [I("雷雪", "2月份NCR数据按机床、按班组统计分析，发各部门", C("2027-03-12", D(2027, 3, 12))),
               I("党小龙", "3#、5#车床首件检验记录补签", C("2027-03-11", D(2027, 3, 11))),
               I("惠婷", "更新车间质量目标看板", C("2027-03-15", D(2027, 3, 15))),
               I("秦朗", "刀具寿命管理表试运行一周后汇总问题反馈工艺部", C("2027-03-19", D(2027, 3, 19)))]))

    # ---------------------------------------------------------------------------------------------- 4607
    t = T("2026-04-30 18:12:55")
    s = t.date()
    text = "纪要：首件检验记录表改版。雷雪周三前出初稿，惠工节后第一天审完，5月8日下午碰头定稿。\n\n发自我的iPhone"
    b = iphone(who("贺建军"), W("雷雪", "惠婷"), [BOT], "首件记录表改版", t, text, "4607", BOT[1], host="smtp.qinchuan-aero.example.cn")
    case(4607, "aero-one-line-iphone-may-day", "minutes",
         "One-line minutes from the department head on iPhone before May Day: bare 周三 rolls to next week, 节后第一天, next meeting '5月8日下午' (half day only)",
         b, G("minutes",
              "Sent Thu 2026-04-30 18:12; May Day holiday 2026-05-01..05, make-up Sat 05-09. '周三前' sent on a Thursday -> next week's Wednesday 2026-05-06. "
              "惠工 = 惠婷, '节后第一天' -> first working day after the holiday = 2026-05-06. '5月8日下午碰头定稿' is the next meeting: 2026-05-08, only a half day "
              "(下午) -> time null. Genuinely terse: '碰头定稿' is the follow-up meeting, not an item.",
              [I("雷雪", "首件检验记录表改版初稿", C("2026-05-06", wd(s, 2))),
               I("惠婷", "审完首件检验记录表改版初稿", C("2026-05-06", first_workday_after(D(2026, 5, 5))))],
              FU(C("2026-05-08", D(2026, 5, 8)), None)))

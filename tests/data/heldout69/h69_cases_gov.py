"""heldout69 cases of 广元市利州区医疗保障局 (government): 9701-9707 and the corrected re-send 9736."""
from h69_clients import alimail, coremail, exmail, foxmail, netease, outlook, outlook_body
from h69_common import BOTS, FU, Case, I, P, T
from h69_mime import esc, html_doc, leaf, lines_html, table_html, table_text

BOT = BOTS["gov"]
LEADS = [P("hezhengping"), P("puxiaolan")]
HEADS = [P("goujianjun"), P("zhaodeming"), P("wuzhigang"), P("xianghongmei"), P("jingzhaoyang")]


def c9701():
    t = T(2026, 4, 7, 17, 26, 41)
    text = """利州区医疗保障局
局务会会议纪要
（2026年第6次）

时间：2026年4月7日（星期二）上午9:00
地点：局三楼会议室
主持：何正平
出席：蒲晓兰、苟建军、赵德明、伍志刚、向红梅、敬朝阳
记录：文静怡

会议传达学习了省、市医疗保障工作会议精神，听取了一季度重点工作推进情况汇报，研究部署了近期工作。现纪要如下：

一、关于城乡居民医保集中参保后续工作
会议指出，一季度全区居民参保率达到96.3%，但部分街道仍有断缴人员。会议要求：
一是由待遇保障股牵头，赵德明同志负责，梳理断缴人员清单并分送各街道，4月15日前完成；
二是医保事务中心对新参保人员待遇享受时间进行核对，敬主任牵头，本周内报局领导；
三是办公室做好参保政策宣传报道工作。

二、关于定点医药机构基金使用专项检查
会议强调，要把专项检查作为今年基金监管的重点，坚持问题导向，做到全覆盖。
一是基金监管股制定专项检查工作方案，责任人：伍志刚，完成时限：2026年4月30日；
二是医药服务管理股配合做好检查对象筛选，由向红梅同志负责，4月下旬前提出检查对象名单。

三、其他事项
会议同意局机关4月份集中学习安排在每周四下午进行；同意医保事务中心临时调整1名窗口工作人员。

下次局务会时间另行通知。

利州区医疗保障局办公室
2026年4月7日
"""
    html = lines_html(text).replace("<div>局务会会议纪要</div>", "<div style=\"text-align:center;font-size:20px\"><b>局务会会议纪要</b></div>")
    eml, mid = coremail(P("wenjingyi"), LEADS + HEADS, [BOT], "利州区医保局2026年第6次局务会会议纪要", t, text, "9701", BOT,
                        html_inner=html, cs="GBK")
    items = [
        I("zhaodeming", "梳理断缴人员清单并分送各街道", "2026-04-15", ("md", 4, 15)),
        I("jingzhaoyang", "对新参保人员待遇享受时间进行核对", "2026-04-12", ("week_end",)),
        I(("dept", "办公室"), "做好参保政策宣传报道工作"),
        I("wuzhigang", "制定专项检查工作方案", "2026-04-30", ("md", 4, 30)),
        I("xianghongmei", "提出检查对象名单", vague=True),
    ]
    notes = ("Government 局务会纪要, Coremail GBK base64 text+html. Sent Tue 2026-04-07 17:26 +0800 (first working day after "
             "Qingming 04-04..06). 一是/二是 lines: 赵德明 4月15日前 -> 2026-04-15; '敬主任牵头，本周内报局领导' -> 敬朝阳 (alias), "
             "本周内 -> Sunday 2026-04-12 by the dates-eval rule (AMBIGUOUS: an office reader may mean Friday 04-10; the rule "
             "file's calendar-week end is used); '办公室做好…宣传报道工作' -> department-only, no date -> no_owner+no_due; "
             "伍志刚 完成时限 2026年4月30日; '4月下旬前' is a period word like 11月中旬 -> vague_due. 96.3% is a result; "
             "'每周四下午' study sessions are a decision; '下次局务会时间另行通知' -> no follow-up.")
    return Case(9701, "gov-yishi-ershi-coremail", "minutes", eml, items, None, notes,
                "Coremail GBK 局务会纪要 in 一是/二是 style: owners as 同志/主任 titles, 本周内 (AMBIGUOUS, Sunday rule), dept-only 办公室, 4月下旬前 -> vague; decisions and 另行通知 not items/follow-up"), mid


ROWS_9702 = [
    ["序号", "工作任务", "责任单位", "责任人", "完成时限"],
    ["1", "完成异地就医备案系统与市平台数据对接测试", "医保事务中心（主责）\n医药服务管理股（配合）", "敬朝阳\n向红梅", "5个工作日内"],
    ["2", "起草《利州区异地就医直接结算操作指引》", "待遇保障股", "赵德明", "2026年5月15日前"],
    ["3", "对3家未开通跨省联网结算的定点医院逐一督导", "医药服务管理股（主责）\n基金监管股（配合）", "向红梅", "节后第一个工作日启动，5月20日前完成"],
    ["4", "在“利州医保”公众号发布五一期间异地就医温馨提示", "办公室", "文静怡", "4月30日前"],
    ["5", "编制异地就医经费预算调整建议", "基金监管股", "杜雨桐", "待定"],
]


def _body_9702(rows, intro, outro):
    text = intro + "\n" + table_text(rows) + "\n\n" + outro
    inner = ("".join(f'<p class="MsoNormal"><span style="font-family:仿宋_GB2312;font-size:16pt">{esc(x) or "&nbsp;"}</span></p>\n'
                     for x in intro.split("\n"))
             + table_html(rows, attrs='class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" width="640" '
                                     'style="border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt"')
             + "".join(f'<p class="MsoNormal"><span style="font-family:仿宋_GB2312;font-size:16pt">{esc(x) or "&nbsp;"}</span></p>\n'
                       for x in outro.split("\n")))
    head = '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!-- p.MsoNormal {margin:0cm;font-size:10.5pt;font-family:等线;} --></style>\n'
    return text, html_doc(inner, "gb2312", "text-justify-trim:punctuation", head)


INTRO_9702 = """各位领导、各股室：

4月29日上午，蒲晓兰副局长主持召开异地就医直接结算工作专题会，苟建军、赵德明、伍志刚、向红梅、敬朝阳参加。会议通报了一季度异地就医结算情况，分析了群众反映较多的备案难、结算慢问题。经研究，明确以下事项：
"""
OUTRO_9702 = """请各责任单位对照时限抓好落实，主责单位负责牵头推进，配合单位积极支持。下次专题会定于5月21日（周四）下午3:00召开，各单位届时汇报进展。

办公室 苟建军
"""


def c9702():
    t = T(2026, 4, 29, 15, 48, 7)
    text, html = _body_9702(ROWS_9702, INTRO_9702, OUTRO_9702)
    node = outlook_body(text, html, "gb2312", "9702")
    eml, mid = outlook(P("goujianjun"), LEADS + HEADS[1:] + [P("wenjingyi"), P("duyutong")], [BOT],
                       "异地就医直接结算工作专题会议纪要（4月29日）", t, node, "9702", BOT, cs="gb2312")
    items = [
        I("jingzhaoyang", "完成异地就医备案系统与市平台数据对接测试", "2026-05-09", ("workdays", 5)),
        I("zhaodeming", "起草《利州区异地就医直接结算操作指引》", "2026-05-15", ("md", 5, 15)),
        I("xianghongmei", "对3家未开通跨省联网结算的定点医院逐一督导", "2026-05-20", ("md", 5, 20)),
        I("wenjingyi", "在“利州医保”公众号发布五一期间异地就医温馨提示", "2026-04-30", ("md", 4, 30)),
        I("duyutong", "编制异地就医经费预算调整建议", vague=True),
    ]
    notes = ("Outlook 16 gb2312 base64, Word table pasted (MsoTableGrid) with 主责/配合 in one cell and two names in the 责任人 "
             "cell. Sent Wed 2026-04-29 15:48 +0800. Row 1: owner is the 主责 unit's person 敬朝阳 (向红梅 only 配合); "
             "5个工作日内 counted after 04-29: 04-30, (05-01..05 May Day), 05-06, 05-07, 05-08, 05-09 (make-up Saturday) -> "
             "2026-05-09. Row 3: '节后第一个工作日启动，5月20日前完成' -> the deadline is 05-20 (the start date is not a due). "
             "Row 5 待定 -> vague_due. '下次专题会定于5月21日（周四）下午3:00' -> follow-up 2026-05-21 15:00.")
    return Case(9702, "gov-zhuze-peihe-table-outlook-gb2312", "minutes", eml, items, FU("2026-05-21", "15:00", ("md", 5, 21)), notes,
                "Outlook gb2312 Word table: 主责/配合 in one cell, two names in 责任人; 5个工作日内 over May Day ends on the 05-09 make-up Saturday; start vs deadline; 待定; next meeting as a sentence"), mid


def c9736(mid_9702):
    t = T(2026, 4, 30, 9, 12, 55)
    rows = [r[:] for r in ROWS_9702]
    rows[1][4] = "5月9日（周六，调休上班）前"
    rows[2][4] = "2026年5月20日前"
    intro = ("【更正】昨天发出的纪要第2项时限有误，经蒲局确认，第2项完成时限由5月15日调整为5月20日；第1项时限明确为具体日期。其余不变，以本版为准。\n\n"
             + INTRO_9702)
    text, html = _body_9702(rows, intro, OUTRO_9702)
    node = outlook_body(text, html, "gb2312", "9736")
    eml, mid = outlook(P("goujianjun"), LEADS + HEADS[1:] + [P("wenjingyi"), P("duyutong")], [BOT],
                       "【更正】异地就医直接结算工作专题会议纪要（4月29日）", t, node, "9736", BOT, cs="gb2312",
                       irt=mid_9702, refs=[mid_9702])
    items = [
        I("jingzhaoyang", "完成异地就医备案系统与市平台数据对接测试", "2026-05-09", ("md", 5, 9)),
        I("zhaodeming", "起草《利州区异地就医直接结算操作指引》", "2026-05-20", ("md", 5, 20)),
        I("xianghongmei", "对3家未开通跨省联网结算的定点医院逐一督导", "2026-05-20", ("md", 5, 20)),
        I("wenjingyi", "在“利州医保”公众号发布五一期间异地就医温馨提示", "2026-04-30", ("md", 4, 30)),
        I("duyutong", "编制异地就医经费预算调整建议", vague=True),
    ]
    notes = ("Corrected re-send of 9702 in the same thread (In-Reply-To/References 9702), Thu 2026-04-30 09:12 +0800. Still "
             "minutes with all five items. Row 2 '由5月15日调整为5月20日' -> 2026-05-20. Row 1 now says '5月9日（周六，调休上班）前' "
             "-> 2026-05-09 (no longer relative, so the new send date does not move it). Same follow-up 2026-05-21 15:00.")
    return Case(9736, "gov-corrected-resend-outlook-thread", "minutes", eml, items, FU("2026-05-21", "15:00", ("md", 5, 21)), notes,
                "【更正】 re-send of 9702 in its thread: new date replaces the old, relative 5个工作日内 replaced by an explicit make-up Saturday; all items kept")


def c9703():
    t = T(2026, 5, 28, 18, 5, 12)
    text = """各位领导、同事：

今天下午的经办窗口服务提升座谈会用钉钉闪记生成了智能纪要，待办我已逐条核对过，转发如下，请大家按时完成。

罗琦
医保事务中心

—————— 以下为钉钉闪记智能纪要 ——————
会议主题：经办窗口服务提升座谈会
会议时间：2026-05-28 14:30 - 16:05
参会人：敬朝阳、罗琦、冉丽、杜雨桐、窗口工作人员4名
记录方式：钉钉闪记（AI生成，仅供参考）

【会议摘要】
本次座谈会围绕经办窗口等候时间长、材料反复提交等问题展开讨论。敬朝阳提出下周要完成窗口排班调整，高峰时段增开2个综合窗口；冉丽介绍了门诊慢特病办理中群众反映的告知不清问题；杜雨桐提到月底前要配合做好两定机构信息核查。会议认为，应推行“一次告知、一表申请、一窗办结”。

【章节速览】
00:02 窗口等候时间分析：5月平均等候18分钟，较4月增加4分钟
00:31 慢特病办理告知问题：一次性告知单内容过时
01:02 两定机构信息核查：部分已注销机构仍在名单中
01:20 帮办代办服务：老年人、残疾人帮办需求较多

【发言人观点】
敬朝阳：窗口排班要向高峰时段倾斜，力争6月10日前等候时间降到15分钟以内。
冉丽：告知单要用群众看得懂的话写。

【待办事项】
1. 罗琦：整理5月份窗口投诉与建议台账，6月3日前提交
2. 冉丽：修订门诊慢特病办理一次性告知单，下周三前
3. 杜雨桐：核对两定机构名单中已注销的机构，6月5日前
4. 制作“帮办代办”服务指引二维码（未指定负责人）

以上内容由AI生成，请注意甄别。
"""
    html = lines_html(text)
    eml, mid = alimail(P("luoqi"), [P("jingzhaoyang"), P("ranli"), P("duyutong")], [P("puxiaolan"), BOT],
                       "转发：经办窗口服务提升座谈会智能纪要", t, text, html, "9703", BOT)
    items = [
        I("luoqi", "整理5月份窗口投诉与建议台账", "2026-06-03", ("md", 6, 3)),
        I("ranli", "修订门诊慢特病办理一次性告知单", "2026-06-03", ("next", 2)),
        I("duyutong", "核对两定机构名单中已注销的机构", "2026-06-05", ("md", 6, 5)),
        I(None, "制作“帮办代办”服务指引二维码"),
    ]
    notes = ("钉钉闪记 AI 智能纪要 forwarded with a preface from 阿里邮箱 (UTF-8 base64). Sent Thu 2026-05-28 18:05 +0800. Only "
             "the 【待办事项】 section gives items: 6月3日前 -> 2026-06-03; 下周三前 -> Wednesday of next week 2026-06-03; "
             "6月5日前; the unassigned 待办 -> no_owner+no_due. The 摘要 ('下周要完成窗口排班调整', '月底前要配合…') and 发言人观点 "
             "('力争6月10日前…') are not items; '18分钟' etc. are facts. No next meeting.")
    return Case(9703, "gov-dingtalk-ai-minutes-alimail", "minutes", eml, items, None, notes,
                "钉钉闪记 AI 纪要 forwarded via 阿里邮箱: only 待办 counts (摘要/发言人观点 with dates are not items); unassigned 待办 -> no_owner"), mid


def c9704():
    t = T(2026, 6, 15, 17, 40, 3)
    notice_mid = "<202606111005328874213@lzqyb.example.gov.cn>"
    text = """各位领导、同事：

推进会今天上午已开，纪要直接回在通知这个邮件里，不再另发。

医保基金安全检查工作推进会纪要
时间：6月15日上午9:00　地点：局二楼小会议室　主持：蒲晓兰

一、检查进展
截至6月12日，4个检查组已完成对31家定点医药机构的现场检查，发现问题线索17条，已追回违规费用12.6万元。

二、下步工作
1、伍股长：督促各检查组将检查底稿交基金监管股汇总，端午节前完成；
2、小杜：起草检查情况通报，节后第一个工作日报蒲局审阅；
3、向股长：约谈2家问题较多的定点药店，6月24日（周三）上午10点前完成；
4、敬主任：对涉及的12笔异常结算数据进行复核，尽快反馈。

杜雨桐
基金监管股

------------------ 原始邮件 ------------------
发件人: "文静怡"<wenjingyi@lzqyb.example.gov.cn>;
发送时间: 2026年6月11日(星期四) 上午10:05
收件人: "伍志刚"<wuzhigang@lzqyb.example.gov.cn>; "向红梅"<xianghongmei@lzqyb.example.gov.cn>; "敬朝阳"<jingzhaoyang@lzqyb.example.gov.cn>;
主题: 关于召开端午节前医保基金安全检查工作推进会的通知

各股室、中心：
经局领导同意，定于6月15日（周一）上午9:00在局二楼小会议室召开医保基金安全检查工作推进会。请各检查组于6月12日前将检查进展报基金监管股，会上每组汇报5分钟。

办公室
"""
    eml, mid = foxmail(P("duyutong"), [P("wenjingyi"), P("wuzhigang"), P("xianghongmei"), P("jingzhaoyang")],
                       [P("puxiaolan"), BOT], "Re: 关于召开端午节前医保基金安全检查工作推进会的通知", t, text, "9704", BOT,
                       cs="GBK", irt=notice_mid, refs=[notice_mid])
    items = [
        I("wuzhigang", "督促各检查组将检查底稿交基金监管股汇总", "2026-06-18", ("before_hol", "2026-06-19")),
        I("duyutong", "起草检查情况通报", "2026-06-22", ("after_hol", "2026-06-19")),
        I("xianghongmei", "约谈2家问题较多的定点药店", "2026-06-24", ("md", 6, 24), at="10:00"),
        I("jingzhaoyang", "对涉及的12笔异常结算数据进行复核", vague=True),
    ]
    notes = ("New minutes posted as a Foxmail GBK 'Re:' to the meeting notice (In-Reply-To the notice); the quoted notice below "
             "'原始邮件' has its own dates (6月12日前, 6月15日) that are not items. Sent Mon 2026-06-15 17:40 +0800. 端午 is "
             "06-19..21 (no make-up day): '端午节前' -> last working day before, Thu 2026-06-18; '节后第一个工作日' -> Mon "
             "2026-06-22; '6月24日（周三）上午10点前' -> 2026-06-24 10:00; 尽快 -> vague_due. Owners by title/nickname: 伍股长, "
             "小杜 (the writer herself), 向股长, 敬主任. Results (31家, 12.6万元) are not items.")
    return Case(9704, "gov-minutes-as-reply-to-notice-foxmail", "minutes", eml, items, None, notes,
                "Minutes written as a Foxmail 'Re:' to the meeting notice (quoted notice has dates); 端午节前 -> 06-18, 节后第一个工作日 -> 06-22; titles/nicknames as owners; 尽快"), mid


def c9705():
    t = T(2026, 6, 18, 11, 2, 36)
    text = """各股室、中心：

根据区委办、区政府办通知要求，现将报送2026年上半年工作总结有关事项通知如下：

一、报送内容：上半年工作开展情况、主要成效、存在问题及下半年工作打算，字数控制在3000字以内。
二、报送时间：请于6月26日（周五）前将电子版发送至办公室邮箱，纸质版经股室负责人签字后报办公室。
三、端午节假期（6月19日至21日）值班安排另行通知，节后第一个工作日请各股室负责人到岗检查。

联系人：文静怡，电话 0839-3261XXX

利州区医疗保障局办公室
2026年6月18日
"""
    eml, mid = coremail(P("wenjingyi"), HEADS[1:] + [P("duyutong"), P("ranli"), P("luoqi")], [P("goujianjun"), BOT],
                        "关于报送2026年上半年工作总结的通知", t, text, "9705", BOT, cs="GBK")
    notes = ("A notice asking each unit to submit a half-year summary (Coremail GBK). It has a deadline (6月26日前) and a "
             "holiday sentence but it is a notice, not minutes of a meeting: kind other, no items, no follow-up.")
    return Case(9705, "gov-notice-not-minutes-coremail", "other", eml, [], None, notes,
                "Government notice (上半年工作总结报送) with a deadline and 端午 wording: not minutes -> other"), mid


def c9706():
    t = T(2026, 7, 10, 16, 20, 48)
    done = [["序号", "事项", "责任单位", "落实情况"],
            ["1", "梳理断缴人员清单并分送各街道", "待遇保障股", "已完成（4月14日）"],
            ["2", "制定专项检查工作方案", "基金监管股", "已完成，已印发"],
            ["3", "起草异地就医直接结算操作指引", "待遇保障股", "已定稿，待蒲局签发"]]
    inner = f"""<div style="font-size:16px"><b>利州区医疗保障局局务会会议纪要（2026年第13次）</b></div>
<div>时间：7月10日（星期五）上午9:00　地点：局三楼会议室　主持：何正平</div>
<div>出席：蒲晓兰、苟建军、赵德明、伍志刚、向红梅、敬朝阳　记录：文静怡</div>
<div><br></div>
<div><b>一、上次会议议定事项落实情况</b></div>
{table_html(done)}
<div><br></div>
<div><b>二、本次会议议定事项</b></div>
<div>1. 关于DIP支付方式改革。待遇保障股（赵德明）：①7月20日前完成DIP病种分值测算初稿；②7月底前组织辖区医院召开政策解读会。</div>
<div>2. 关于年中基金运行分析。基金监管股（伍志刚）：下周一前报送1-6月基金运行分析报告。</div>
<div>3. 关于经办大厅适老化改造。医保事务中心（敬朝阳）：7月17日前完成经办大厅适老化改造验收。</div>
<div>4. 关于汛期值班。请办公室牵头做好汛期值班安排，各股室配合。</div>
<div><br></div>
<div>会议同意：上半年考核结果按《绩效考核办法》执行，7月15日前公示。</div>
<div>下次局务会拟于7月24日（周五）上午9时召开。</div>
<div><br></div>
<div>办公室　文静怡</div>
<div style="color:#999">发自网易邮箱大师</div>"""
    node = leaf("text/html", html_doc(inner, "UTF-8", "font-family:宋体;font-size:14px"), "UTF-8", "base64")
    eml, mid = netease(P("wenjingyi"), LEADS + HEADS, [BOT], "局务会纪要（2026年第13次）", t, node, "9706", BOT)
    items = [
        I("zhaodeming", "完成DIP病种分值测算初稿", "2026-07-20", ("md", 7, 20)),
        I("zhaodeming", "组织辖区医院召开政策解读会", "2026-07-31", ("month_end",)),
        I("wuzhigang", "报送1-6月基金运行分析报告", "2026-07-13", ("next", 0)),
        I("jingzhaoyang", "完成经办大厅适老化改造验收", "2026-07-17", ("md", 7, 17)),
        I(("dept", "办公室"), "做好汛期值班安排"),
    ]
    notes = ("Single-part text/html (NetEase Mail Master, UTF-8 base64). Sent Fri 2026-07-10 16:20 +0800. The 落实情况 table "
             "reports earlier items (已完成/待签发): status, not items. 赵德明 has ①② sub-tasks: 7月20日前 -> 2026-07-20; "
             "7月底前 -> 2026-07-31. 下周一前 from a Friday -> 2026-07-13. '请办公室牵头…各股室配合' -> department-only, no date. "
             "'7月15日前公示' is a decision. '下次局务会拟于7月24日（周五）上午9时' -> follow-up 2026-07-24 09:00.")
    return Case(9706, "gov-review-and-new-items-html-only-netease", "minutes", eml, items, FU("2026-07-24", "09:00", ("md", 7, 24)), notes,
                "HTML-only NetEase 局务会纪要: 落实情况 table (done) excluded; ①② sub-tasks of one owner; 下周一前 from Friday; 月底前; dept-only; 9时 follow-up"), mid


def c9707():
    t = T(2026, 8, 5, 10, 40, 19)
    text = """蒲局、各位：

今天上午医药服务管理股与我股对城西一家定点零售药店进行了联合现场检查，发现串换药品、进销存不符等问题（检查情况表附后）。经现场研究，明确如下：

1. 向股长负责约谈该药房负责人，24小时内完成并形成约谈记录；
2. 敬主任：暂停该药房医保结算权限，今天下班前完成；
3. 伍股长：对该药房近半年结算数据开展筛查，8月12日前出具筛查报告；
4. 请医药服务管理股将检查结果录入监管平台，明天上午11点前。

检查情况表
检查项目\t发现问题\t涉及金额
药品进销存\t17个品规账实不符\t约2.3万元
串换药品\t保健品串换为药品3笔\t1860元

基金监管股 杜雨桐
"""
    html = lines_html(text.split("检查情况表")[0]) + table_html(
        [["检查项目", "发现问题", "涉及金额"], ["药品进销存", "17个品规账实不符", "约2.3万元"], ["串换药品", "保健品串换为药品3笔", "1860元"]]
    ) + "<div><br></div><div>基金监管股 杜雨桐</div>"
    eml, mid = exmail(P("duyutong"), [P("puxiaolan"), P("xianghongmei"), P("jingzhaoyang"), P("wuzhigang")], [BOT],
                      "城西定点药店联合检查情况及处理意见", t, text, "9707", BOT, html_inner=html, cs="gb18030", wecom=True)
    items = [
        I("xianghongmei", "约谈该药房负责人", "2026-08-06", ("hours", 24), at="10:40"),
        I("jingzhaoyang", "暂停该药房医保结算权限", "2026-08-05", ("plus", 0)),
        I("wuzhigang", "对该药房近半年结算数据开展筛查", "2026-08-12", ("md", 8, 12)),
        I(("dept", "医药服务管理股"), "将检查结果录入监管平台", "2026-08-06", ("plus", 1), at="11:00"),
    ]
    notes = ("WeCom (企业微信 mail through Exmail, gb18030 base64). Sent Wed 2026-08-05 10:40:19 +0800. '24小时内' -> "
             "2026-08-06 10:40 from the Date header; '今天下班前' -> 2026-08-05 without a time (corpus convention); 8月12日前; "
             "'请医药服务管理股…明天上午11点前' -> department-only owner (no_owner), 2026-08-06 11:00. The 检查情况表 (amounts) "
             "is findings, not items. Owners by title: 向股长, 敬主任, 伍股长.")
    return Case(9707, "gov-onsite-check-hours-wecom", "minutes", eml, items, None, notes,
                "WeCom gb18030 onsite-check decisions: 24小时内 with time from Date, 今天下班前 (no time), dept-only with 明天上午11点前, findings table not items"), mid


def cases():
    out = []
    c1, _ = c9701()
    c2, mid2 = c9702()
    out += [c1, c2, c9736(mid2)]
    for f in (c9703, c9704, c9705, c9706, c9707):
        out.append(f()[0])
    return out

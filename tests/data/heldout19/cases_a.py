# -*- coding: utf-8 -*-
"""Case definitions for heldout19 (Qinghai EPC, Shanghai fashion, HK-SZ forwarder, Chengdu school)."""
from gen_base import *

def add_cases(case, T, P, EXT, BOTS):
    QB = BOTS["qnep"]; FB = BOTS["qimu"]; EB = BOTS["ever"]; SB = BOTS["jc7z"]

    # ============ Qinghai EPC: 西宁青能电力工程有限公司 (qnep.example.cn) ============
    rows = [["序号", "工作内容", "责任单位", "责任人", "完成时限", "备注"],
            ["1", "完成3#方阵支架基础混凝土浇筑", "施工队", "赵德福", "9月6日前", "注意养护"],
            ["2", "提交升压站GIS设备安装专项施工方案，报监理审批", "电气组", "祁永红", "本周五前", ""],
            ["3", "整改临边防护缺失及二级配电箱接地问题", "安全部", "韩建军", "3个工作日内", "监理通知单JL-2025-047"],
            ["4", "补齐8月份隐蔽工程验收资料并归档", "项目部", "李海燕", "9月10日17:00前", ""],
            ["5", "协调办理并网调度协议", "业主工程部", "才让东智", "9月底前", "我方配合"]]
    done = [["序号", "上周工作", "完成情况"],
            ["1", "35kV集电线路第2回路架线", "已完成"],
            ["2", "升压站主控楼主体封顶", "已完成，9月1日通过监理验收"]]
    head = ("会议名称：格尔木某100MW光伏电站EPC项目第18次工程周例会\n"
            "会议时间：2025年9月3日（星期三）15:00-17:10\n会议地点：项目部二楼会议室\n"
            "主持人：马国栋\n参会单位：建设单位（业主工程部）、监理单位、EPC总承包项目部、施工队\n"
            "记录人：李海燕\n")
    text = (head + "\n一、上周工作完成情况\n" + table_text(done) + "\n\n二、会议议定事项及待办\n" + table_text(rows) +
            "\n\n三、其他要求\n1. 所有进场人员必须完成三级安全教育后方可作业。\n2. 施工日志每日由各班组长签字确认。\n\n"
            "下次例会：9月10日（周三）下午3:00，地点不变。\n\n青能电力 项目部\n李海燕\n")
    h = text_to_html(head) + "<p><b>一、上周工作完成情况</b></p>" + table_html(done) + \
        "<p><b>二、会议议定事项及待办</b></p>" + table_html(rows) + \
        "<p><b>三、其他要求</b></p><div>1. 所有进场人员必须完成三级安全教育后方可作业。</div><div>2. 施工日志每日由各班组长签字确认。</div>" \
        "<p>下次例会：9月10日（周三）下午3:00，地点不变。</p><p>青能电力 项目部<br>李海燕</p>"
    case(3501, "epc-weekly-formal-table-gb2312", "minutes", T(2025, 9, 3, 18, 20), "qnep", P("李海燕"),
         [P("马国栋"), P("韩建军"), P("祁永红"), P("赵德福")], "【周例会纪要】格尔木100MW光伏项目第18次工程周例会", text,
         cc=[EXT["才让东智"], EXT["孙立新"], QB], cs="gb2312", cte="quoted-printable", html_body=h,
         items=[I("赵德福", "完成3#方阵支架基础混凝土浇筑", "2025-09-06", spec=("wk", "2025-09-06", 5)),
                I("祁永红", "提交升压站GIS设备安装专项施工方案，报监理审批", "2025-09-05", spec=("wd", 4)),
                I("韩建军", "整改临边防护缺失及二级配电箱接地问题", "2025-09-08", spec=("work", 3)),
                I("李海燕", "补齐8月份隐蔽工程验收资料并归档", "2025-09-10", "17:00", spec=("lit", "2025-09-10")),
                I("才让东智", "协调办理并网调度协议", "2025-09-30", email=EXT["才让东智"][1], spec=("me",))],
         fu=FU("2025-09-10", "15:00", ("wk", "2025-09-10", 2)),
         notes="Outlook gb2312 QP, multipart/alternative with two HTML tables. Sent Wed 2025-09-03 18:20. 上周工作完成情况 table is status (all 已完成), not items; 其他要求 are rules. 本周五前 -> 09-05; 3个工作日内 counts 09-04, 09-05, 09-08 -> 09-08; 9月底前 -> 09-30 (month end). Row 5 owner is the owner's rep 才让东智 (Cc display name, not in roster, dept null; the 业主工程部 cell is the owner's department, not ours). '下次例会：9月10日（周三）下午3:00' -> 2025-09-10 15:00.")

    text = ("关于国庆、中秋节前安全文明施工专项检查情况的会议纪要\n\n"
            "9月30日上午，项目部组织召开节前安全文明施工专项检查通报会。马国栋主持，各专业负责人及施工队班组长参加。会议通报了9月29日联合检查发现的问题（共14项，现场已整改9项），并对节日期间安全管理作出部署。纪要如下：\n\n"
            "一、会议指出，当前现场存在的主要问题：一是部分作业人员安全带未高挂低用；二是材料堆放区未设置标识牌；三是夜间照明不足。\n\n"
            "二、会议要求\n"
            "（一）开展节前安全隐患自查自纠。\n责任单位：施工队（赵德福）\n完成时限：今天下班前\n\n"
            "（二）报送节日期间值班表及应急联络表。\n责任单位：项目部（李海燕）\n完成时限：9月30日12:00前\n\n"
            "（三）完成升压站主变压器油样复检并提交报告。\n责任单位：电气组（祁永红）\n完成时限：节后第一个工作日\n\n"
            "（四）组织节后复工安全教育培训。\n责任单位：安全部\n完成时限：10月11日（星期六，调休上班日）\n\n"
            "三、节日期间，项目部实行领导带班制度，严禁擅自动火作业。\n\n"
            "下次例会时间另行通知。\n\n西宁青能电力工程有限公司 格尔木项目部\n2025年9月30日\n")
    case(3502, "epc-soe-holiday-eve-foxmail-gbk", "minutes", T(2025, 9, 30, 10, 5), "qnep", P("马国栋"),
         [P("韩建军"), P("祁永红"), P("李海燕"), P("赵德福"), QB], "关于国庆、中秋节前安全文明施工专项检查情况的会议纪要", text,
         cs="gbk", cte="base64", client="foxmail",
         items=[I("赵德福", "开展节前安全隐患自查自纠", "2025-09-30", spec=("today",)),
                I("李海燕", "报送节日期间值班表及应急联络表", "2025-09-30", "12:00", spec=("today",)),
                I("祁永红", "完成升压站主变压器油样复检并提交报告", "2025-10-09", spec=("after", "2025-10-01")),
                I(None, "组织节后复工安全教育培训", "2025-10-11", dept="安全部", spec=("lit", "2025-10-11"))],
         fu=None,
         notes="Foxmail GBK base64 plain text, SOE style （一）（二） with 责任单位：…（name） / 完成时限： lines. Sent Tue 2025-09-30 10:05, the last working day before National Day + Mid-Autumn 2025 (10-01..10-08). 一是…二是… under 一、 are problems found (facts), not items; 三、 is a rule. 今天下班前 -> send date, no time. 节后第一个工作日 -> 10-09. Item (四) is department-only (安全部, one of ours) -> owner null, no_owner; 10月11日 is the 调休 Saturday make-up day. '另行通知' -> no follow-up.")

    quoted = ("\n\n发件人: 李海燕 <lihaiyan@qnep.example.cn>\n发送时间: 2025年10月13日 18:02\n收件人: 马国栋 <maguodong@qnep.example.cn>; 祁永红 <qiyonghong@qnep.example.cn>\n"
              "抄送: 孙立新 <sunlixin@xbjianli.example.cn>; 纪要助手 <minutes@qnep.example.cn>\n主题: 【周例会】第23次工程周例会纪要\n\n"
              "会议时间：2025年10月13日 14:30\n待办：\n1. 祁永红：完成1#箱变送电调试，10月17日前。\n2. 赵德福：清理场区建筑垃圾，本周内。\n3. 李海燕：报送9月月报，10月15日前。\n")
    text = ("各位：\n\n第24次周例会纪要如下，沿用上周的邮件线索，方便大家对照。\n\n"
            "会议时间：2025年10月20日（周一）14:30-16:00\n参会：业主、监理、项目部\n\n"
            "上周事项：1#箱变送电调试已完成；9月月报已报送。\n\n本次待办：\n"
            "1. 马国栋：组织并网验收预检（含资料检查和现场消缺），下周三。\n"
            "2. 孙立新（监理）：出具3#方阵分部工程验收意见，10月24日（周五）前。\n"
            "3. 祁工：核对继电保护定值单，明天上午10点前反馈业主。\n\n"
            "下次例会定于下周一，同一时间、同一地点。\n\n李海燕" + quoted)
    case(3503, "epc-re-old-thread-same-time", "minutes", T(2025, 10, 20, 19, 40), "qnep", P("李海燕"),
         [P("马国栋"), P("祁永红")], "RE: 【周例会】第23次工程周例会纪要", text, cc=[EXT["孙立新"], QB],
         cs="utf-8", cte="base64", irt="<3A1F0C55E2D4.AB12CD34@qnep.example.cn>",
         items=[I("马国栋", "组织并网验收预检（含资料检查和现场消缺）", "2025-10-29", spec=("nwd", 2)),
                I("孙立新", "出具3#方阵分部工程验收意见", "2025-10-24", email=EXT["孙立新"][1], spec=("wk", "2025-10-24", 4)),
                I("祁永红", "核对继电保护定值单，反馈业主", "2025-10-21", "10:00", spec=("plus", 1))],
         fu=FU("2025-10-27", "14:30", ("nwd", 0)),
         notes="New week's minutes posted as 'RE:' in last week's thread (In-Reply-To set); the quoted Outlook 发件人/发送时间 block holds last week's minutes whose items must NOT be extracted. Sent Mon 2025-10-20. 下周三 -> 10-29; 明天上午10点前 -> 10-21 10:00; 祁工 is a roster alias of 祁永红; 孙立新 is the external supervisor (Cc). Next meeting is a sentence: '下周一，同一时间' with the meeting time 14:30 stated in the header -> 2025-10-27 14:30. '上周事项' are done reports.")

    text = ("韩工、祁工：\n\n业主昨天下发的协调会纪要转给大家，涉及我们的两项请按期落实，有问题直接找我。今天调休上班，下午我在项目部。\n\n马国栋\n\n"
            "-------- 转发邮件信息 --------\n发件人：\"才让东智\" <cairang.dz@hhsolar-owner.example.cn>\n发送日期：2026-01-03 17:46\n"
            "收件人：\"马国栋\" <maguodong@qnep.example.cn>\n主题：格尔木光伏项目并网前第三次协调会会议纪要\n\n"
            "格尔木光伏项目并网前第三次协调会会议纪要\n\n2026年1月3日，建设单位在项目现场组织召开并网前协调会，监理单位、EPC总承包单位参加。会议议定如下：\n"
            "（一）光伏区消缺清单闭环整改。责任单位：EPC总承包单位，责任人：祁永红，完成时限：1月9日。\n"
            "（二）修订冬季施工安全专项方案并报监理审查。责任单位：EPC总承包单位，责任人：韩建军，完成时限：5个工作日内。\n"
            "（三）组织并网验收委员会首次会议。责任单位：建设单位，责任人：才让东智，完成时限：1月中旬。\n\n"
            "下次协调会：1月13日（周二）上午，现场会议室。\n\n黄河光伏发电有限公司 格尔木项目建设部\n")
    case(3504, "epc-forwarded-owner-minutes-makeup-sunday", "minutes", T(2026, 1, 4, 9, 12), "qnep", P("马国栋"),
         [P("韩建军"), P("祁永红")], "转发：格尔木光伏项目并网前第三次协调会会议纪要", text, cc=[QB],
         cs="gbk", cte="base64", client="foxmail",
         items=[I("祁永红", "光伏区消缺清单闭环整改", "2026-01-09", spec=("lit", "2026-01-09")),
                I("韩建军", "修订冬季施工安全专项方案并报监理审查", "2026-01-09", spec=("work", 5)),
                I("才让东智", "组织并网验收委员会首次会议", None, flags=["vague_due"], email=EXT["才让东智"][1])],
         fu=FU("2026-01-13", None, ("wk", "2026-01-13", 1)),
         notes="Foxmail GBK forward with the forwarder's own preface (no items in it). Sent Sun 2026-01-04, a 调休 make-up working day after New Year 2026. 5个工作日内 counts from the day after sending: 01-05..01-09 -> 01-09. 1月中旬 -> vague_due, null. 才让东智 appears only inside the forwarded header (From of the original), not in our To/Cc: address taken from that forwarded header; a scorer may accept null email. Next meeting '1月13日（周二）上午' gives a half day only -> time null (ambiguous: some would write 09:00 or 12:00).")

    text = ("飞书智能会议纪要\n\n会议主题：光伏区防雷接地及SVG调试专题会\n会议时间：2026年5月9日 15:30 - 16:25（GMT+8）\n参会人：马国栋、韩建军、祁永红、李海燕\n\n"
            "总结\n本次会议主要讨论了防雷接地检测报告的进度、SVG动态无功补偿装置调试计划。会议明确防雷检测由第三方机构实施，SVG调试需在并网前完成。\n\n"
            "章节\n00:00:12 开场\n马国栋说明今天调休上班，会议尽量压缩时间。\n"
            "00:03:40 防雷接地检测\n韩建军表示第三方检测单位已进场，报告我下周二前肯定给到。马国栋强调报告需加盖CMA章。\n"
            "00:17:05 SVG调试\n祁永红介绍厂家技术员明天到场，调试计划我明早9点前发群里。\n"
            "00:41:30 其他\n李海燕提醒签到表需要补签。\n\n"
            "待办\n- 韩建军：下周二前提交防雷接地检测报告（需加盖CMA章）\n- 祁永红：明早9点前将SVG调试计划发至项目群\n- 李海燕：整理本次会议签到表\n\n"
            "智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用\n")
    case(3505, "epc-feishu-ai-minutes-makeup-saturday", "minutes", T(2026, 5, 9, 17, 30), "qnep", P("李海燕"),
         [P("马国栋"), P("韩建军"), P("祁永红"), QB], "飞书智能纪要：光伏区防雷接地及SVG调试专题会", text,
         cs="utf-8", cte="base64", client="feishu",
         html_body=text_to_html(text, "PingFang SC", "14px"),
         items=[I("韩建军", "提交防雷接地检测报告（需加盖CMA章）", "2026-05-12", spec=("nwd", 1)),
                I("祁永红", "将SVG调试计划发至项目群", "2026-05-10", "09:00", spec=("plus", 1)),
                I("李海燕", "整理本次会议签到表", None)],
         fu=None,
         notes="Feishu AI meeting minutes (总结 / 章节 with timestamps / 待办) + 'AI 生成' footer; only the 待办 section counts: the transcript sentences ('我下周二前肯定给到', '明早9点前发群里') repeat the same work and must not become extra items. Sent Sat 2026-05-09, a 调休 make-up working day. 下周二 -> 05-12; 明早9点前 -> 05-10 09:00 (a Sunday, still literal). 签到表 item has no date -> no_due.")

    rows = [["编号", "事项", "责任人", "完成时间"],
            ["7", "整改监理通知单JL-2026-031所列问题", "赵德福", "今天下班前"],
            ["8", "整改监理通知单JL-2026-031所列问题", "祁永红", "节后第一个工作日"],
            ["9", "报送端午节值班安排", "李海燕", "今天17:00前"]]
    text = ("马总、各位：\n\n今天碰头会内容简记如下。待办编号接上周（1-6号见上周纪要）。\n\n" + table_text(rows, "  |  ") +
            "\n\n说明：7号为土建部分（围栏、排水沟），8号为电气部分（电缆沟盖板、接地扁铁焊接），监理要求分开销项。\n\n"
            "下周一（6月22日）下午例会照常。\n\n李海燕\n")
    h = text_to_html("马总、各位：\n\n今天碰头会内容简记如下。待办编号接上周（1-6号见上周纪要）。") + table_html(rows) + \
        "<p>说明：7号为土建部分（围栏、排水沟），8号为电气部分（电缆沟盖板、接地扁铁焊接），监理要求分开销项。</p><p>下周一（6月22日）下午例会照常。</p><p>李海燕</p>"
    case(3506, "epc-same-task-twice-own-numbering-dragonboat", "minutes", T(2026, 6, 18, 16, 0), "qnep", P("李海燕"),
         [P("马国栋"), P("赵德福"), P("祁永红")], "6.18碰头会待办（续）", text, cc=[QB], cs="gb2312", cte="base64",
         html_body=h,
         items=[I("赵德福", "整改监理通知单JL-2026-031所列问题", "2026-06-18", spec=("today",)),
                I("祁永红", "整改监理通知单JL-2026-031所列问题", "2026-06-22", spec=("after", "2026-06-19")),
                I("李海燕", "报送端午节值班安排", "2026-06-18", "17:00", spec=("today",))],
         fu=FU("2026-06-22", None, ("nwd", 0)),
         notes="Outlook gb2312 base64 with HTML table. Sent Thu 2026-06-18, the eve of Dragon Boat 2026 (06-19..06-21). The minutes number items 7-9 (continuing last week); gold keeps them in order 1-3 but a scorer should know the written numbers are 7/8/9. Items 7 and 8 have the SAME task text with different owners/dates - both must be kept. 节后第一个工作日 -> Mon 06-22. Next meeting '下周一（6月22日）下午' is a half day only -> time null.")

    rows = [["序号", "事项", "主责/配合", "计划完成", "状态"],
            ["1", "箱变基础验收", "祁永红/赵德福", "2026/9/22", "进行中"],
            ["2", "升压站围墙砌筑", "赵德福", "2026/9/15", "已完成"],
            ["3", "施工用电专项检查", "韩建军（主责）、李海燕（配合）", "3个工作日内", "未开始"],
            ["4", "①组件清洗方案编制 ②清洗单位比选", "马国栋", "①9月24日 ②中秋节后", "未开始"]]
    text = ("马总好，\n下面是今天周会的跟踪表，直接从Excel里贴的，格式可能有点乱：\n\n" + table_text(rows) +
            "\n\n以上，有问题随时说。\n韩建军\n\n发自我的手机\n")
    case(3507, "epc-excel-tsv-primary-secondary-subtasks", "minutes", T(2026, 9, 18, 11, 0), "qnep", P("韩建军"),
         [P("马国栋")], "周会跟踪表 0918", text, cc=[P("祁永红"), P("赵德福"), P("李海燕"), QB], cs="utf-8", cte="8bit",
         client="dingtalk",
         items=[I("祁永红", "箱变基础验收", "2026-09-22", spec=("lit", "2026-09-22")),
                I("韩建军", "施工用电专项检查", "2026-09-22", spec=("work", 3)),
                I("马国栋", "组件清洗方案编制", "2026-09-24", spec=("lit", "2026-09-24")),
                I("马国栋", "清洗单位比选", "2026-09-28", spec=("after", "2026-09-25"))],
         fu=None,
         notes="Excel range pasted as tab-separated text, 8bit UTF-8. Sent Fri 2026-09-18 11:00. '主责/配合' cell: the first name (主责) owns the row - 祁永红 for row 1, 韩建军 for row 3. Row 2 已完成 is status. Row 4 holds ①② sub-tasks with ①② dates in one cell -> two items. 3个工作日内 from Fri: 09-20 (Sunday make-up day), 09-21, 09-22 -> 09-22. 中秋节后 -> first working day after Mid-Autumn 2026 (09-25..09-27) = Mon 09-28. '发自我的手机' is a signature.")

    text = ("韩工：\n今天节后第一天上班，简单碰一下，按人列：\n\n"
            "【韩工】\n- 节后复工安全教育培训（全体进场人员），\n  今日内完成并留影像资料。\n\n"
            "【祁工】\n- 主责：① 箱变送电前检查（配合：赵队），\n  2月10日前；② SVG设备\n  调试，2月14日前。\n\n"
            "【赵队】\n- 无新增，继续完成上周遗留的围栏安装。\n\n"
            "下次碰头：下周六（2月15日）上午8:30，同一地点。\n\n马国栋\n")
    case(3508, "epc-person-headings-wrapped-makeup-saturday", "minutes", T(2025, 2, 8, 8, 30), "qnep", P("马国栋"),
         [P("韩建军"), P("祁永红"), P("赵德福")], "节后复工碰头", text, cc=[QB], cs="gb18030", cte="base64", client="qq",
         items=[I("韩建军", "节后复工安全教育培训（全体进场人员），留影像资料", "2025-02-08", spec=("today",)),
                I("祁永红", "箱变送电前检查", "2025-02-10", spec=("lit", "2025-02-10")),
                I("祁永红", "SVG设备调试", "2025-02-14", spec=("lit", "2025-02-14"))],
         fu=FU("2025-02-15", "08:30", ("nwd", 5)),
         notes="QQ/Exmail gb18030 base64, sent Sat 2025-02-08 (the make-up working day after Spring Festival 2025). Minutes grouped by person headings 【韩工】【祁工】【赵队】 (roster aliases). Items wrap over lines; 祁工's ①② sub-tasks each carry a deadline on a continuation line. '配合：赵队' is a helper, not the owner. 今日内 -> send date. 【赵队】 has '无新增' and a carry-over sentence without a date: treated as not a new item. 下周六 from a Saturday -> 02-15 08:30.")
    add_fashion(case, T, P, EXT, BOTS)
    add_logistics(case, T, P, EXT, BOTS)
    add_school(case, T, P, EXT, BOTS)
    add_nonminutes(case, T, P, EXT, BOTS)

from cases_b import add_fashion, add_logistics
from cases_c import add_school, add_nonminutes

"""heldout58 cases 8613-8618."""
from h58_common import Case, It, T, G, L, K, person, ts
from h58_clients import outlook, netease, thunderbird, apple
from h58_html import word_html, div_html, text_of

BOT_T, BOT_G, BOT_L, BOT_K = ("纪要助手", "minutes@" + T), ("纪要助手", "minutes@" + G), \
    ("纪要助手", "minutes@" + L), ("纪要助手", "minutes@" + K)

# ---------------------------------------------------------------------------------------------------------- 8613
TAB8613 = [["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间",
            "计划完成时间", "实际完成时间", "进展情况", "风险点及应对措施"],
           ["1", "主灯组结构计算书", "项目部", "设计部", "何晨阳", "曾晓雯", "2026-06-22", "2026-06-30", "2026-06-29",
            "已完成", "-"],
           ["2", "凤凰灯组车间制作", "项目部", "制作车间", "何晨阳", "刘德贵", "2026-06-24", "2026-07-15", "-",
            "进行中（已完成60%）", "焊工紧张，已从二车间借调2人"],
           ["3", "灯组配电及消防验收资料", "项目部", "安全部", "何晨阳", "王德明", "2026-07-01", "2026-07-10", "-",
            "进行中", "消防队排期未定，王工每天跟进"],
           ["4", "海外巡展报关资料准备", "外联部", "财务部", "宋佳", "谢雨", "2026-07-06", "待定", "-", "未开始",
            "英方合同未签，签约后启动"],
           ["5", "春节灯会门票分成对账", "财务部", "项目部", "谢雨", "何晨阳", "2026-06-15", "2026-06-30", "-",
            "延期（主办方数据未给）", "已与主办方约定7月8日前补齐数据"]]
B8613 = ["罗总、各位：", "",
         "第27周跨部门协作事项跟踪表更新如下（截至7月3日）。说明：责任人（协作方）为具体执行人，逾期由其说明原因。", "",
         "跨部门协作事项跟踪表", ("table", TAB8613), "",
         "本周新增：无。已完成事项下周起不再列出。", "", "何晨阳", "项目部"]


def b8613():
    frm = person("何晨阳")
    to = [person("罗永红")]
    cc = [person(n) for n in ("曾晓雯", "刘德贵", "王德明", "宋佳", "谢雨")] + [BOT_L]
    return outlook(frm, to, cc, "【周度协作跟踪】成都灯会项目 第27周", ts("2026-07-03 17:30:48"), text_of(B8613),
                   word_html(B8613, cs="utf-8"), "8613", BOT_L[1], cs="utf-8")


# ---------------------------------------------------------------------------------------------------------- 8614
TAB8614 = [["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型（客户/供应商/合作方）", "核心需求/反馈",
            "解决方案/进展", "下次沟通时间", "负责人"],
           ["EC2026-07-08", "2026-07-08", "Skylark Kites/Mark Tolley", "外贸部/于晓彤", "客户",
            "客户要求2027春夏样品9月前到澳洲，并新增3款儿童风筝",
            "①生产部评估新增3款打样周期（7月13日前，张厂长）②7月15日前向客户报打样时间", "2026-07-15", "于晓彤"],
           ["EC2026-07-09", "2026-07-09", "青州恒韧碳纤/李经理", "采购部/高明", "供应商",
            "原定7月10日交付的碳杆因原料涨价，对方要求加价5%",
            "①核算加价对成本的影响（7月10日前）②如不接受加价，启动备选供应商询价", "视对方答复", "高明"]]
B8614 = ["孙总：", "", "本周外部沟通跟进表如下，请审阅。", "", "外部沟通跟进表", ("table", TAB8614), "",
         "于晓彤", "外贸部 | 潍坊翔鸢风筝制品有限公司"]


def b8614():
    frm = person("于晓彤")
    to = [person("孙海涛")]
    cc = [person("张庆福"), person("高明"), BOT_K]
    return netease(frm, to, cc, "外部沟通跟进表（7月第2周）", ts("2026-07-09 18:40:03"), text_of(B8614),
                   div_html(B8614, font="微软雅黑"), "8614", BOT_K[1])


# ---------------------------------------------------------------------------------------------------------- 8615
T8615 = """各位好，

昨天应收账款专题沟通的记录如下，按内部沟通记录表格式整理：

沟通编号：NC2026-07-14
沟通日期：2026-07-14
发起部门/人：财务部/关丽萍
参与部门/人：采购部/吴海燕，销售部/庞国栋
沟通主题：二季度应收账款清理
核心内容摘要：二季度末应收账款余额较一季度上升18%，主要集中在3家养殖客户；采购付款节奏与回款不匹配。
待办事项：①销售部7月24日前完成3家重点客户对账并出具催收方案（庞总）②采购部8月份付款计划按回款进度调整，月底前报财务（吴主管）③财务部每周五更新应收账款周报（关丽萍）
状态：进行中
备注：海丰养殖场欠款已签还款协议，不再单列。

-- 
关丽萍
财务部 | 潮汇水产饲料（湛江）有限公司
"""


def b8615():
    frm = person("关丽萍")
    to = [person("吴海燕"), person("庞国栋")]
    cc = [person("Lars Øvrebø"), BOT_T]
    return thunderbird(frm, to, cc, "内部沟通记录 NC2026-07-14 应收账款清理", ts("2026-07-15 10:05:19"), T8615, "8615",
                       BOT_T[1])


# ---------------------------------------------------------------------------------------------------------- 8616
T8616 = """各位：

今晚安全检查会纪要，两个现场分开列：

成都春熙路灯会现场
- 复核灯组接地电阻，负责人：刘师傅，7月24日前
- 更换破损的防水接线盒，负责人：刘师傅，明天

自贡彩灯公园现场
- 复核灯组接地电阻，负责人：何经理，7月28日前
- 消防通道标识补齐，负责人：安全部，本周五

检查中发现的漏电保护器误动作问题已当场处理，不再跟踪。
雷雨天气闭园由项目部按预案执行。

王德明
安全部
"""


def b8616():
    frm = person("王德明")
    to = [person("刘德贵"), person("何晨阳")]
    cc = [person("罗永红"), BOT_L]
    return apple(frm, to, cc, "夏季灯会安全检查会纪要", ts("2026-07-21 21:40:12"), T8616, "8616", BOT_L[1])


# ---------------------------------------------------------------------------------------------------------- 8617
B8617 = [
    "高标准农田建设项目推进会纪要",
    "",
    "时间：2026年6月10日（星期三）上午9:00",
    "地点：局四楼会议室",
    "主持：叶卫东",
    "参加：季国华、吕芳、毛建军，碧湖镇、老竹镇分管负责人",
    "",
    "会议研究了2026年度高标准农田建设项目推进中的有关问题，明确如下：",
    "（一）一期项目验收资料归档。责任人：季国华（完成时限：6月26日前（遇端午假期不顺延））。",
    "（二）二期项目招标文件编制【责任科室：农田建设科；责任人：季科长（牵头）、吕芳（配合）；时限：6月底前（以区公管办排期为准）】。",
    "（三）项目区农户补偿款公示（责任单位：碧湖镇、老竹镇〔各自负责辖区〕；时限：6月15日前）。",
    "（四）工程质量第三方抽检（责任人：毛建军〔执法大队〕；时限：7月上旬〔具体日期待定〕）。",
    "",
    "会议要求，项目建设资金严格按进度拨付，不得超进度付款。",
    "下次推进会定于6月24日（星期三）上午9:00召开（如有变动另行通知）。",
    "",
    "农田建设科",
    "2026年6月10日",
]


def b8617():
    frm = person("季国华")
    to = [person("吕芳"), person("毛建军")]
    cc = [person("叶卫东"), BOT_G]
    return outlook(frm, to, cc, "高标准农田建设项目推进会纪要（6月10日）", ts("2026-06-10 16:02:33"), text_of(B8617),
                   word_html(B8617, font="仿宋_GB2312"), "8617", BOT_G[1], cs="gb2312", cte="base64")


# ---------------------------------------------------------------------------------------------------------- 8618
T8618 = """7月26日夜班班组会纪要（符永康记录）

1、2号制粒机环模磨损，需更换，负责人：
阿康，本周三前联系厂家
上门。
2、冷却器出料温度偏高，梁工帮忙查一下
原因，月底前给结论。
3、夜班交接记录本填写不规范，各班长自查
整改。
4、成品仓叉车充电区照明不足，已报行政（
行政说8月初装好）。

发自网易邮箱大师
"""


def b8618():
    frm = person("符永康")
    to = [person("陈嘉怡")]
    cc = [person("梁志强"), BOT_T]
    return netease(frm, to, cc, "夜班班组会纪要7.26", ts("2026-07-27 09:30:55"), T8618, None, "8618", BOT_T[1],
                   master=True)


CASES = [
    Case(8613, "lantern-collab-tracking-table-outlook", "minutes",
         "Seed 跨部门协作事项跟踪表 (11 columns, Outlook UTF-8): 已完成 row excluded; 责任人（协作方） owns the row (stated in "
         "the mail); 计划完成时间 '待定'; a 延期 row whose new date sits in the 风险点 column",
         "Sent Fri 2026-07-03. The mail says 责任人（协作方） is the executor, so rows are owned by the 协作方 person. Row 1 is "
         "已完成 -> not an item. Row 2 刘德贵 -> 2026-07-15. Row 3 王德明 -> 2026-07-10. Row 4 谢雨, 计划完成时间 待定 -> "
         "vague_due. Row 5 is 延期 with '已与主办方约定7月8日前补齐数据' -> the agreed new date 07-08 (the planned 06-30 is "
         "superseded); owner 何晨阳 (协作方). No meeting follow-up.",
         b8613,
         [It("刘德贵", "凤凰灯组车间制作", ("abs", "2026-07-15"), "2026-07-15"),
          It("王德明", "灯组配电及消防验收资料", ("abs", "2026-07-10"), "2026-07-10"),
          It("谢雨", "海外巡展报关资料准备", "vague", "待定"),
          It("何晨阳", "春节灯会门票分成对账", ("abs", "2026-07-08"), "7月8日前补齐")],
         None),
    Case(8614, "kite-external-followup-table-netease", "minutes",
         "Seed 外部沟通跟进表 (NetEase enterprise webmail, UTF-8 base64) with a customer row and a supplier row: ①② in the "
         "解决方案 cell, inline owner '（7月13日前，张厂长）', row 负责人 owns the rest, conditional item without date; "
         "下次沟通时间 one date and one '视对方答复'",
         "Sent Thu 2026-07-09. Row 1 ① names 张厂长=张庆福, '7月13日前' -> 07-13; ② no name -> row 负责人 于晓彤, '7月15日前' -> "
         "07-15. Row 2 ① no name -> 高明, '7月10日前' -> 07-10; ② '如不接受加价，启动…询价' has no date -> no_due. The "
         "客户要求 '9月前到澳洲' and '原定7月10日交付' are information. 下次沟通时间: 2026-07-15 (row 1; row 2 has none) -> "
         "next_followup 2026-07-15, no time.",
         b8614,
         [It("张庆福", "评估新增3款打样周期", ("abs", "2026-07-13"), "7月13日前"),
          It("于晓彤", "向客户报打样时间", ("abs", "2026-07-15"), "7月15日前"),
          It("高明", "核算加价对成本的影响", ("abs", "2026-07-10"), "7月10日前"),
          It("高明", "如不接受加价，启动备选供应商询价", None)],
         (("abs", "2026-07-15"), None)),
    Case(8615, "tidewell-internal-record-keyvalue-thunderbird", "minutes",
         "Seed 内部沟通记录表 as 'key：value' lines in Thunderbird format=flowed 8bit UTF-8; ①②③ in one 待办事项 line with "
         "owners in brackets (庞总, 吴主管); a recurring '每周五' task; 备注 that is not an item",
         "Sent Wed 2026-07-15. ① 庞总=庞国栋 '7月24日前' -> 07-24. ② 吴主管=吴海燕 '月底前' -> 07-31. ③ 关丽萍 '每周五更新…周报' "
         "is recurring; AMBIGUOUS: recorded as due the next Friday 07-17 (the first occurrence), as most readers would "
         "track it. 备注 (还款协议) is status. The 18% is information.",
         b8615,
         [It("庞国栋", "完成3家重点客户对账并出具催收方案", ("abs", "2026-07-24"), "7月24日前"),
          It("吴海燕", "8月份付款计划按回款进度调整，报财务", "month_end", "月底前"),
          It("关丽萍", "更新应收账款周报", ("wk", 4), "每周五")],
         None),
    Case(8616, "lantern-same-task-two-sites-apple-mail", "minutes",
         "Apple Mail plain UTF-8 QP, items grouped by site: the same task text '复核灯组接地电阻' twice with different owners and "
         "dates (must stay two items); 明天 sent at 21:40; 负责人：安全部 (own department) with 本周五",
         "Sent Tue 2026-07-21 21:40. 成都: 复核灯组接地电阻 刘师傅=刘德贵 '7月24日前' -> 07-24; 更换防水接线盒 刘德贵 '明天' -> "
         "07-22. 自贡: 复核灯组接地电阻 何经理=何晨阳 '7月28日前' -> 07-28 (same task text, a separate item); 消防通道标识 "
         "'负责人：安全部' -> owner null, department 安全部, no_owner; '本周五' -> 07-24. The handled 漏电保护器 issue and the "
         "闭园 rule are not items.",
         b8616,
         [It("刘德贵", "复核灯组接地电阻", ("abs", "2026-07-24"), "7月24日前"),
          It("刘德贵", "更换破损的防水接线盒", "tomorrow", "明天"),
          It("何晨阳", "复核灯组接地电阻", ("abs", "2026-07-28"), "7月28日前"),
          It(None, "消防通道标识补齐", ("this", 4), "本周五", dept="安全部")],
         None),
    Case(8617, "gov-nested-bracket-deadlines-outlook-gb2312", "minutes",
         "Outlook gb2312 government minutes with deadlines in nested brackets （…（…））, 【…（…）】, （…〔…〕）; 牵头/配合; "
         "two 乡镇 as 责任单位; '7月上旬〔具体日期待定〕'; next meeting with '（如有变动另行通知）'",
         "Sent Wed 2026-06-10. （一）季国华 '6月26日前（遇端午假期不顺延）' -> 06-26. （二）季科长=季国华 (牵头; 吕芳 配合 is not "
         "owner) '6月底前（以区公管办排期为准）' -> 06-30. （三）碧湖镇、老竹镇 are outside units -> owner null, department "
         "null, no_owner; '6月15日前' -> 06-15. （四）毛建军 '7月上旬〔具体日期待定〕' -> vague_due (corpus: 上旬/中旬 are vague). "
         "'会议要求…不得超进度付款' is policy. Next meeting 6月24日上午9:00 -> 2026-06-24 09:00.",
         b8617,
         [It("季国华", "一期项目验收资料归档", ("abs", "2026-06-26"), "6月26日前"),
          It("季国华", "二期项目招标文件编制", "month_end", "6月底前"),
          It(None, "项目区农户补偿款公示", ("abs", "2026-06-15"), "6月15日前", dept="碧湖镇、老竹镇"),
          It("毛建军", "工程质量第三方抽检", "vague", "具体日期待定")],
         (("abs", "2026-06-24"), "09:00")),
    Case(8618, "tidewell-hard-wrapped-items-mailmaster", "minutes",
         "NetEase Mail Master plain text (UTF-8 base64) from a shift leader's phone: items hard-wrapped so owner and "
         "deadline land on the next line ('负责人：\\n阿康，本周三前…'), nickname alias, group owner without date, a reported "
         "item that is already handled",
         "Sent Mon 2026-07-27 09:30. 1 owner '阿康' = 符永康 (alias), '本周三前' -> 07-29. 2 梁工=梁志强 '月底前' -> 07-31. 3 "
         "'各班长自查整改' names a group, no date -> owner null, department null, no_owner + no_due. 4 '已报行政（行政说8月初装好）' is a "
         "report of something already passed on to another department -> not an item. No next meeting.",
         b8618,
         [It("符永康", "联系厂家上门更换2号制粒机环模", ("this", 2), "本周三前"),
          It("梁志强", "查冷却器出料温度偏高的原因，给结论", "month_end", "月底前"),
          It(None, "夜班交接记录本填写不规范自查整改", None, dept="各班长")],
         None),
]

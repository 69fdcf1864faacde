"""heldout58 cases 8607-8612."""
from h58_common import Case, It, T, G, L, K, person, ts, esc, rfc_date
from h58_clients import outlook, exmail, dingtalk, feishu
from h58_html import word_html, div_html, text_of

BOT_T, BOT_G, BOT_L, BOT_K = ("纪要助手", "minutes@" + T), ("纪要助手", "minutes@" + G), \
    ("纪要助手", "minutes@" + L), ("纪要助手", "minutes@" + K)

# ---------------------------------------------------------------------------------------------------------- 8607
ROWS8607 = [["序号", "问题/事项", "责任人（主责/配合）", "完成时间", "备注"],
            ["1", "5月12日批碳杆骨架断裂返工", "张厂长（主责）/崔主管（配合）", "周四", "返工后全检"],
            ["2", "换尼龙绸供应商前做色牢度送检", "高明（主责）、崔丽（配合）", "本周内", "送潍坊纺检所"],
            ["3", "修订风筝线拉力检验作业指导书", "崔主管", "月底", ""],
            ["4", "外贸单SK-2027-03交期评估", "于经理（主责）/张厂长（配合）", "5月20日", "客户催"],
            ["5", "二车间除湿机维修", "设备组", "尽快", "梅雨季前必须修好"]]


def _excel_table(rows):
    """Excel-to-mail paste: x:str cells, xl classes, col widths, no borders on the table element."""
    out = ['<table border=0 cellpadding=0 cellspacing=0 width=812 style="border-collapse:collapse;width:609pt">',
           '<col width=44 style="width:33pt"><col width=268 style="width:201pt"><col width=220 style="width:165pt">'
           '<col width=96 style="width:72pt"><col width=184 style="width:138pt">']
    for i, r in enumerate(rows):
        cls = "xl66" if i == 0 else "xl65"
        out.append('<tr height=22 style="height:16.5pt">' + "".join(
            f'<td class={cls} height=22 style="border:.5pt solid windowtext;height:16.5pt">{esc(c) or "&nbsp;"}</td>'
            for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def b8607():
    frm = person("崔丽")
    to = [person(n) for n in ("张庆福", "高明", "于晓彤")]
    cc = [person("孙海涛"), BOT_K]
    blocks = ["各位：", "今天下午生产质量协调会，结论和分工见下表（从Excel里贴过来的）。",
              "会上明确：5月12日批碳杆风筝暂停发货，返工复检合格后再放行。", "",
              ("raw", _excel_table(ROWS8607)), "",
              "品质部 崔丽", "翔鸢风筝 | 潍坊市寒亭区"]
    html = div_html(blocks, cs="UTF-8", font="微软雅黑")
    return exmail(frm, to, cc, "5.18生产质量协调会分工", ts("2026-05-18 16:31:50"), None, html, "8607", BOT_K[1],
                  cs="UTF-8", wecom=True, html_only=True)


# ---------------------------------------------------------------------------------------------------------- 8608
T8608 = """各位，钉钉闪记自动生成的纪要，我核对过待办，直接按这个执行。

【智能纪要】鱼粉采购周会
会议时间：2026-04-22 14:00-14:45
参会人：吴海燕、陈嘉怡、关丽萍、庞国栋

摘要
本次会议主要讨论了秘鲁鱼粉到港延误对5月生产的影响。吴海燕介绍了两家供应商最新报价，其中A供应商报价上涨约6%。陈嘉怡表示，如果5月10日前鱼粉不能到港，需要调整虾料配方。关丽萍提出预付款比例需重新核对。庞国栋认为应提前和重点客户沟通。

章节
00:02 到港延误情况：第二船鱼粉船期推迟至4月底，吴海燕会继续跟进船代。
00:15 配方调整预案：陈嘉怡提出可先用国产鱼粉替代30%，品管部需做对比试验。
00:31 付款安排：关丽萍确认A供应商合同约定预付30%。

待办
• 吴海燕：4月30日前确认第二船鱼粉到港时间并通报生产部
• 陈嘉怡：准备国产鱼粉替代30%的配方预案，下周一前
• 关丽萍：核对A供应商预付款比例，本周五
• 庞国栋：和主要客户沟通可能的交货延期

以上内容由AI生成，仅供参考

吴海燕
采购部
"""


def b8608():
    frm = person("吴海燕")
    to = [person(n) for n in ("陈嘉怡", "关丽萍", "庞国栋")]
    cc = [BOT_T]
    html = div_html(T8608.split("\n"), font="PingFang SC")
    return dingtalk(frm, to, cc, "鱼粉采购周会-智能纪要", ts("2026-04-22 15:10:26"), T8608, html, "8608", BOT_T[1])


# ---------------------------------------------------------------------------------------------------------- 8609
T8609 = """大家好，飞书智能纪要贴在下面，待办里的负责人我补全了。下次碰头：6月22日（周一）下午3点，还在设计部。

智能纪要：「荷塘月色」夜游项目创意会 2026年6月12日

会议时间：2026年6月12日 16:00 - 17:20
参会人：曾晓雯、邓宇、何晨阳、刘德贵

总结
荷塘月色夜游项目整体创意方向确定为“月下荷塘”，主色调为青绿配暖白。
景区方希望端午节后开始进场布展，7月中旬试灯。
刘德贵提出荷叶灯组材料需在PC板和亚克力之间选择，成本相差约15%。
何晨阳提到夜游动线可能因景区改造调整。

待办
☐ 邓宇 完成荷花灯组三维建模，下周三前
☐ 刘德贵 评估荷叶灯组用PC板还是亚克力，端午节前给结论
☐ 何晨阳 和景区确认夜游动线图，6月24日
☐ 曾晓雯 整理创意提案PPT

智能纪要由 AI 生成，可能不准确，请谨慎甄别后使用

--
曾晓雯 | 设计部主管
自贡灯耀彩灯文化有限公司
"""


def b8609():
    frm = person("曾晓雯")
    to = [person(n) for n in ("邓宇", "何晨阳", "刘德贵")]
    cc = [BOT_L]
    html = div_html(T8609.split("\n"), font="-apple-system,PingFang SC")
    return feishu(frm, to, cc, "「荷塘月色」夜游项目创意会 智能纪要", ts("2026-06-12 19:02:44"), T8609, html,
                  "8609", BOT_L[1])


# ---------------------------------------------------------------------------------------------------------- 8610
B8610 = [
    "各位：",
    "上午视频会议的腾讯会议智能纪要转发如下，待办事项已核对，请抓紧落实。",
    "",
    "【腾讯会议 AI小助手 · 智能纪要】",
    "会议主题：和美乡村示范村创建工作推进视频会",
    "会议时间：2026/07/16 09:30-10:45",
    "",
    "会议摘要",
    "会议通报了全区和美乡村示范村创建进展，明确了省级示范村申报的材料要求。省里要求8月15日前上报申报材料，各乡镇需提前准备。"
    "潘慧介绍了初审安排，吕芳对奖补资金测算口径作了说明。",
    "",
    "关键要点",
    "1. 今年全区计划申报省级示范村6个、市级12个。",
    "2. 申报材料需附村庄规划图件和产业数据。",
    "",
    "待办事项",
    "1. 潘慧：7月24日前完成示范村创建申报材料初审",
    "2. 钟丽娟：协调提供各村产业发展数据，下周二前",
    "3. 相关乡镇：补充村庄规划图件，尽快",
    "4. 吕芳：测算示范村奖补资金需求，月底前",
    "",
    "会议章节",
    "00:00:12 开场与进展通报",
    "00:18:40 申报材料要求",
    "00:47:05 资金测算口径",
    "",
    "本纪要由腾讯会议AI生成，请注意甄别",
    "",
    "乡村发展科 潘慧",
]


def b8610():
    frm = person("潘慧")
    to = [person(n) for n in ("钟丽娟", "吕芳", "雷志刚")]
    cc = [person("叶卫东"), BOT_G]
    return outlook(frm, to, cc, "和美乡村示范村创建推进会 智能纪要", ts("2026-07-16 11:20:05"), text_of(B8610),
                   word_html(B8610, cs="utf-8"), "8610", BOT_G[1], cs="utf-8", cte="quoted-printable")


# ---------------------------------------------------------------------------------------------------------- 8611
NEW8611 = """各位，本周技术服务周会纪要（5月11日），直接回在上周的邮件里，方便对照：

1. 徐闻片区：海丰养殖场5号塘虾苗成活率偏低，上周六已现场采样。
   待办：
   a) 黄俊：水样、料样送检，出检测结论——5月14日前
   b) 莫晓玲：协调客户安排复查时间，本周内
   c) 梁工：同批次留样复检——2个工作日内
2. 阳江片区：新客户试料正常，无待办。

下周一下午4点照旧。

黄俊
技术服务部
"""
OLD8611 = """发件人: 黄俊 <jun.huang@tidewell-zj.example.cn>
发送时间: 2026年5月6日 17:55
收件人: 莫晓玲 <xiaoling.mo@tidewell-zj.example.cn>; 梁志强 <zhiqiang.liang@tidewell-zj.example.cn>
抄送: 纪要助手 <minutes@tidewell-zj.example.cn>
主题: 【例会纪要】技术服务部周会

各位，5月6日技术服务周会纪要：
1. 黄俊：整理4月客户投诉台账，5月8日前
2. 莫晓玲：回访湛江片区三家新客户，本周内
3. 梁志强：提供4月成品抽检汇总，5月7日前

下次周会：5月11日（周一）下午4点。
"""


def b8611():
    frm = person("黄俊")
    to = [person("莫晓玲"), person("梁志强")]
    cc = [BOT_T]
    text = NEW8611 + "\n________________________________\n" + OLD8611
    blocks = NEW8611.split("\n") + [("raw", '<div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                                           'padding:3.0pt 0cm 0cm 0cm"></div>')] + OLD8611.split("\n")
    old_id = "<000001dc59a1c2d3$4e5f6a7b$8c9d0e1f@tidewell-zj.example.cn>"
    return outlook(frm, to, cc, "RE: 【例会纪要】技术服务部周会", ts("2026-05-11 18:20:37"), text,
                   word_html(blocks, cs="utf-8"), "8611", BOT_T[1], cs="utf-8", cte="quoted-printable",
                   irt=old_id, refs=[old_id])


# ---------------------------------------------------------------------------------------------------------- 8612
PRE8612 = """高明、崔丽：
转给你们，第2、3条是采购和品质的，请按时间办。纪要助手也抄上，方便跟踪。

孙海涛
"""
FWD8612 = """------------------ 原始邮件 ------------------
发件人: "于晓彤"<yuxiaotong@xykite.example.cn>;
发送时间: 2026年6月1日(星期一) 晚上8:12
收件人: "孙海涛"<sunhaitao@xykite.example.cn>;
抄送: "赵一鸣"<zhaoyiming@xykite.example.cn>;
主题: 杜塞尔多夫户外展样品会议纪要

孙总：
今天下午展会样品准备会纪要如下：
1. 赵一鸣：整理参展样品清单（32款），6月5日前发我
2. 高明：采购展品包装用的EVA盒和说明卡，6月12日前到货
3. 崔丽：样品全检并出具检验记录，时间看发货日期（待定）
4. 于晓彤：订展位搭建和展品物流，下周三前
下次碰头：6月8日上午10点。

于晓彤
外贸部
"""


def b8612():
    frm = person("孙海涛")
    to = [person("高明"), person("崔丽")]
    cc = [person("于晓彤"), person("赵一鸣"), BOT_K]
    text = PRE8612 + "\n\n" + FWD8612
    html = div_html(PRE8612.split("\n") + [""] + FWD8612.split("\n"), cs="gb18030", font="宋体")
    return exmail(frm, to, cc, "转发：杜塞尔多夫户外展样品会议纪要", ts("2026-06-02 09:15:12"), text, html, "8612",
                  BOT_K[1])


CASES = [
    Case(8607, "kite-wecom-html-only-excel-zhuze-peihe", "minutes",
         "WeCom mail, single-part HTML (no text alternative) with a table pasted from Excel (xl classes); 主责/配合 in one "
         "cell; bare weekday 周四, 本周内, 月底, '5月20日' without 前; department-like owner 设备组 with 尽快",
         "Sent Mon 2026-05-18 16:31. Owner of a '主责/配合' cell is the 主责 person: row 1 张厂长=张庆福, row 2 高明, row 4 "
         "于经理=于晓彤. 周四 -> 05-21. 本周内 -> Sunday 05-24. 月底 -> 05-31. '5月20日' -> 05-20. 设备组 is no roster "
         "department and no person -> owner null, department null, no_owner + vague_due (尽快). '暂停发货' is a decision.",
         b8607,
         [It("张庆福", "5月12日批碳杆骨架断裂返工", ("wk", 3), "周四"),
          It("高明", "换尼龙绸供应商前做色牢度送检", "week_end", "本周内"),
          It("崔丽", "修订风筝线拉力检验作业指导书", "month_end", "月底"),
          It("于晓彤", "外贸单SK-2027-03交期评估", ("abs", "2026-05-20"), "5月20日"),
          It(None, "二车间除湿机维修", "vague", "尽快", dept="设备组")],
         None),
    Case(8608, "tidewell-dingtalk-ai-minutes", "minutes",
         "DingTalk Mail with a pasted 钉钉闪记 智能纪要: 摘要/章节 full of dates and names (not items), only the 待办 bullets "
         "count; 下周一前, 本周五, a 待办 without a date",
         "Sent Wed 2026-04-22 15:10. Only the four 待办 bullets are items. '4月30日前' -> 04-30; '下周一前' -> 04-27; '本周五' -> "
         "04-24; 庞国栋's bullet has no date -> no_due. The summary's '如果5月10日前鱼粉不能到港' and the chapter lines are "
         "discussion, not items. No next meeting.",
         b8608,
         [It("吴海燕", "确认第二船鱼粉到港时间并通报生产部", ("abs", "2026-04-30"), "4月30日前"),
          It("陈嘉怡", "准备国产鱼粉替代30%的配方预案", ("next", 0), "下周一前"),
          It("关丽萍", "核对A供应商预付款比例", ("this", 4), "本周五"),
          It("庞国栋", "和主要客户沟通可能的交货延期", None)],
         None),
    Case(8609, "lantern-feishu-ai-minutes-checkbox", "minutes",
         "Feishu Mail (QP UTF-8) with a pasted 飞书 智能纪要: '总结' lines with dates are not items, '待办' ☐ lines with "
         "'姓名 任务，期限' are; 下周三前, 端午节前, '6月24日'; next meeting in the sender's preface",
         "Sent Fri 2026-06-12 19:02; Dragon Boat 06-19..21. ☐ 邓宇 '下周三前' -> 06-17. ☐ 刘德贵 '端午节前' -> last working day "
         "before 06-19 = 06-18. ☐ 何晨阳 '6月24日' -> 06-24. ☐ 曾晓雯 no date -> no_due. 总结 ('端午节后开始进场', '7月中旬试灯', "
         "'约15%') is discussion. Next meeting from the preface '6月22日（周一）下午3点' -> 2026-06-22 15:00.",
         b8609,
         [It("邓宇", "完成荷花灯组三维建模", ("next", 2), "下周三前"),
          It("刘德贵", "评估荷叶灯组用PC板还是亚克力，给结论", "pre_holiday", "端午节前"),
          It("何晨阳", "和景区确认夜游动线图", ("abs", "2026-06-24"), "6月24日"),
          It("曾晓雯", "整理创意提案PPT", None)],
         (("abs", "2026-06-22"), "15:00")),
    Case(8610, "gov-tencent-meeting-ai-minutes-outlook", "minutes",
         "Government office sends a 腾讯会议 AI小助手 智能纪要 through Outlook (UTF-8 QP): 会议摘要 with a provincial "
         "deadline (not an item), 待办事项 '姓名：任务，期限' incl. 相关乡镇 + 尽快, 下周二前, 月底前",
         "Sent Thu 2026-07-16 11:20. 待办 1 潘慧 '7月24日前' -> 07-24. 2 钟丽娟 '下周二前' -> 07-21. 3 '相关乡镇' is an outside "
         "unit -> owner null, department null, no_owner + vague_due (尽快). 4 吕芳 '月底前' -> 07-31. '省里要求8月15日前上报' in "
         "the summary is a requirement of the province, not an item of the meeting; 关键要点 are facts.",
         b8610,
         [It("潘慧", "完成示范村创建申报材料初审", ("abs", "2026-07-24"), "7月24日前"),
          It("钟丽娟", "协调提供各村产业发展数据", ("next", 1), "下周二前"),
          It(None, "补充村庄规划图件", "vague", "尽快", dept="相关乡镇"),
          It("吕芳", "测算示范村奖补资金需求", "month_end", "月底前")],
         None),
    Case(8611, "tidewell-new-minutes-as-re-in-old-thread", "minutes",
         "New weekly minutes posted as 'RE:' in last week's minutes thread (Outlook UTF-8 QP, In-Reply-To): only the new "
         "text counts, the quoted old minutes below the Outlook 发件人/发送时间 block do not; a) b) c) sub-items with "
         "'——' deadlines; '下周一下午4点照旧'",
         "Sent Mon 2026-05-11 18:20. New items: a) 黄俊 '5月14日前' -> 05-14; b) 莫晓玲 '本周内' -> Sunday 05-17; c) 梁工=梁志强 "
         "'2个工作日内' -> 05-12, 05-13 -> 05-13. '阳江片区…无待办' has no item. The quoted minutes of 05-06 (three items and "
         "the 5月11日 meeting) are history. Next: '下周一下午4点' -> 2026-05-18 16:00.",
         b8611,
         [It("黄俊", "水样、料样送检，出检测结论", ("abs", "2026-05-14"), "5月14日前"),
          It("莫晓玲", "协调客户安排复查时间", "week_end", "本周内"),
          It("梁志强", "同批次留样复检", ("wd", 2), "2个工作日内")],
         (("next", 0), "16:00")),
    Case(8612, "kite-forward-with-preface-exmail-gb18030", "minutes",
         "Exmail gb18030 '转发：' by the GM with a short preface; the minutes sit under QQ's '------------------ 原始邮件 "
         "------------------' block written the evening before (下周三前 from the original's Monday); 时间看发货日期（待定）",
         "Forward sent Tue 2026-06-02 09:15; the original was written Mon 06-01 (same week, so 下周三 is 06-10 from either "
         "date). 1 赵一鸣 '6月5日前' -> 06-05. 2 高明 '6月12日前到货' -> 06-12. 3 崔丽 '时间看发货日期（待定）' -> vague_due. 4 于晓彤 "
         "'下周三前' -> 06-10. The preface adds no item. Next meeting '6月8日上午10点' -> 2026-06-08 10:00.",
         b8612,
         [It("赵一鸣", "整理参展样品清单（32款）发于晓彤", ("abs", "2026-06-05"), "6月5日前"),
          It("高明", "采购展品包装用的EVA盒和说明卡", ("abs", "2026-06-12"), "6月12日前到货"),
          It("崔丽", "样品全检并出具检验记录", "vague", "待定"),
          It("于晓彤", "订展位搭建和展品物流", ("next", 2), "下周三前")],
         (("abs", "2026-06-08"), "10:00")),
]

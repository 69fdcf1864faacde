"""Organisation A: 河源市源城区城市管理和综合执法局 (district urban-management bureau, Heyuan).
Government Coremail mail system; staff use Coremail webmail, Outlook, 网易邮箱大师."""
import datetime as dt

import h46clients as C
import h46lib as L
from h46case import Case, I
from h46people import P

BOT = ("会议纪要助手", C.BOTS["A"])
CASES = []

# ---------------------------------------------------------------------------
# 7401  formal 专题会议纪要 (一)(二) + 责任单位/完成时限, Coremail GBK base64, Qingming
# ---------------------------------------------------------------------------
t7401 = """各股室、中队：

现将4月2日上午专题会议纪要印发给你们，请按分工抓好落实。

源城区城市管理和综合执法局
专题会议纪要
〔2026〕第9期

2026年4月2日上午，曾志强副局长在局三楼会议室主持召开清明节期间市容环境保障工作专题会议，局办公室、市容环境卫生股、市政设施股、执法一中队、执法二中队、数字城管指挥中心负责同志参加。会议听取了数字城管指挥中心关于3月份案件办理情况的汇报，研究部署了清明节假期市容环境保障工作。现纪要如下：

一、会议认为
今年清明节假期（4月4日至6日）祭扫人流集中，城区主要道路及公墓周边交通和环境卫生压力较大，各单位要提高站位，确保节日期间市容环境整洁有序。

二、会议议定事项
（一）开展沿街“三乱”集中清理。由市容环境卫生股牵头，执法一中队配合，对城区主次干道及公墓周边道路乱张贴、乱涂写、乱摆放进行集中清理。
责任单位：市容环境卫生股（温建华）
完成时限：4月3日前

（二）落实节日值班。执法二中队制定清明节假期执法值班表，报局办公室备案。
责任单位：执法二中队
完成时限：明天下午5点前

（三）抓好井盖隐患整改。对火车站片区排查出的3处破损井盖完成更换，并做好警示围蔽。
责任单位：市政设施股（钟伟明）
完成时限：3个工作日内

（四）做好数据汇总报送。汇总节日期间数字城管案件受理及处置情况，报局领导。
责任单位：数字城管指挥中心（刘晓东）
完成时限：节后第一个工作日

三、有关要求
各单位要严格执行24小时值班和领导带班制度，遇突发情况第一时间报告，不得迟报漏报。

参会人员：曾志强、黄丽娟、温建华、钟伟明、赖振华、古月明、刘晓东、邱小雯
记录：邱小雯

抄送：叶国平局长

--
局办公室  邱小雯
电话：0762-3328615
"""
CASES.append(Case(
    7401, "qingming-special-minutes-coremail-gbk", "minutes", "A", "Coremail webmail (gov), GBK base64, multipart/alternative",
    C.mail("coremail", org="A", num=7401, frm=P("邱小雯"),
           to=[P("温建华"), P("钟伟明"), P("刘晓东"), P("赖振华"), P("古月明")],
           cc=[P("曾志强"), P("黄丽娟"), BOT],
           subject="清明节期间市容环境保障工作专题会议纪要", date=dt.datetime(2026, 4, 2, 16, 48, 20),
           plain=t7401, html=C.html_coremail(L.html_divs(t7401), "GBK"), charset="GBK", cte="base64",
           date_style="gmt8", via=("qiuxiaowen-pc", "10.36.2.18")),
    items=[
        I("温建华", "对城区主次干道及公墓周边道路乱张贴、乱涂写、乱摆放进行集中清理",
          ("2026-04-03", None, "abs:2026-04-03")),
        I(None, "制定清明节假期执法值班表并报局办公室备案", ("2026-04-03", "17:00", "tomorrow 17:00"),
          ["no_owner"], dept="执法二中队"),
        I("钟伟明", "完成火车站片区3处破损井盖更换并做好警示围蔽", ("2026-04-08", None, "wdays:3")),
        I("刘晓东", "汇总节日期间数字城管案件受理及处置情况报局领导",
          ("2026-04-07", None, "after:Tomb-sweeping Day")),
    ],
    nf=None,
    notes=("Formal government 专题会议纪要 sent Thu 2026-04-02 16:48 +0800, two days before Qingming (04-04..04-06 off, no make-up day). "
           "Items are the four （一）-（四） under 二、会议议定事项, each with 责任单位/完成时限 labels. (一) 市容环境卫生股（温建华）: the person "
           "in brackets after the unit is the owner; 执法一中队配合 is not an owner; '4月3日前' -> 04-03. (二) only a unit (执法二中队) -> "
           "owner null, department 执法二中队, no_owner; '明天下午5点前' -> 04-03 17:00. (三) '3个工作日内' counted from the day after "
           "sending: 04-03 (1), 04-04..06 holiday, 04-07 (2), 04-08 (3). (四) '节后第一个工作日' = first working day after Qingming = "
           "Tue 04-07. 一、会议认为 is a finding, 三、有关要求 (24小时值班) a standing rule, '听取了…汇报' a report: none are items. "
           "The '24小时' inside the rule must not become an hour deadline. No next meeting."),
    summary="4 items (1 unit-only); 04-03, 04-03 17:00, 04-08, 04-07; no follow-up",
    tests="（一）（二） items with 责任单位（姓名）/完成时限 labels; 3个工作日内 and 节后第一个工作日 across Qingming; 会议认为/有关要求 not items"))

# ---------------------------------------------------------------------------
# 7402  plain weekly minutes, Outlook plain-text only, gb2312 base64
# ---------------------------------------------------------------------------
t7402 = """各位：

今天上午局办公室周例会纪要如下，请大家对照落实。

一、上周工作情况
局办公室汇报了清明节假期值班及信息报送情况，各项工作已按要求完成。

二、本周工作安排
1. 邱小雯：整理一季度督办事项台账，周五前报我。
2. 张嘉怡（指挥中心）：统计12345热线转办件办理情况，4月16日（周四）前报局办公室。
3. 谢文斌：起草二季度执法案卷评查方案初稿，下周三前提交局领导审阅。
4. 廖春梅：植树活动后续补植工作，4月17日前完成。

下次例会：4月21日（周二）上午9:00，局三楼小会议室。

黄丽娟
源城区城管局办公室
"""
CASES.append(Case(
    7402, "weekly-office-plain-outlook-gb2312", "minutes", "A", "Outlook 2016 zh-CN plain-text mode, gb2312 base64, text/plain only",
    C.mail("outlook", org="A", num=7402, frm=P("黄丽娟"),
           to=[P("邱小雯"), P("张嘉怡"), P("谢文斌"), P("廖春梅")], cc=[P("曾志强"), BOT],
           subject="4月14日局办公室周例会纪要", date=dt.datetime(2026, 4, 14, 11, 26, 3),
           plain=t7402, charset="gb2312", cte="base64", via=("HUANGLJ-PC", "10.36.2.7")),
    items=[
        I("邱小雯", "整理一季度督办事项台账报黄丽娟", ("2026-04-17", None, "wd:Fri")),
        I("张嘉怡", "统计12345热线转办件办理情况报局办公室", ("2026-04-16", None, "abs:2026-04-16|wd:Thu")),
        I("谢文斌", "起草二季度执法案卷评查方案初稿提交局领导审阅", ("2026-04-22", None, "nextwk:Wed")),
        I("廖春梅", "完成植树活动后续补植工作", ("2026-04-17", None, "abs:2026-04-17")),
    ],
    nf=("2026-04-21", "09:00", "abs:2026-04-21 09:00|nextwk:Tue 09:00"),
    notes=("Plain, common weekly minutes sent Tue 2026-04-14. '周五前' -> Fri 04-17; '4月16日（周四）前' -> 04-16; '下周三前' -> "
           "next calendar week's Wednesday 04-22; '4月17日前' -> 04-17. '报我' = report to the writer 黄丽娟 (not an owner). "
           "'上周工作情况' is a report of what was done, not an item. 下次例会 label -> 2026-04-21 09:00."),
    summary="4 items; 04-17, 04-16, 04-22, 04-17; next 04-21 09:00",
    tests="plain common case: 'N. 姓名：任务，时间' lines; 周五前/下周三前; 下次例会 label"))

# ---------------------------------------------------------------------------
# 7403  Word/HTML table before Labour Day, 主责/配合 in one cell, Outlook gb2312
# ---------------------------------------------------------------------------
rows7403 = [
    ["序号", "工作事项", "责任单位", "责任人", "完成时限", "完成情况/备注"],
    ["1", "制定滨江公园、东江夜市周边流动摊贩疏导方案", "执法一中队（主责）、市容环境卫生股（配合）", "赖振华", "4月30日下班前", ""],
    ["2", "报送节日期间环卫保洁加密作业计划", "市容环境卫生股", "温建华", "4月30日12:00前", ""],
    ["3", "户外广告招牌安全隐患排查，建立整治台账", "执法监督股（主责）、执法二中队（配合）", "谢文斌", "5个工作日内", "5月9日（周六）调休上班"],
    ["4", "汇总五一期间数字城管案件受理及处置情况", "数字城管指挥中心", "刘晓东", "节后第一个工作日", ""],
    ["5", "节前道路破损修复（4月专项）", "市政设施股", "钟伟明", "4月28日", "已完成"],
    ["6", "编排节日期间值班表", "局办公室", "/", "4月30日前", "局办公室统一编排"],
]
intro7403 = """各股室、中队：

4月29日下午，曾志强副局长主持召开五一假期城市管理保障工作部署会。会议强调，假期期间（5月1日至5日）各单位主要负责同志要保持通讯畅通，严格落实值班制度。会议议定的工作任务如下表，请各单位抓紧落实。
"""
outro7403 = """
局办公室
2026年4月29日
"""
html7403 = C.html_outlook(C.outlook_paras(intro7403) + "\n" +
                          L.html_table(rows7403, table_attrs='class=MsoTableGrid style=\'border-collapse:collapse;border:none\'') +
                          "\n" + C.outlook_paras(outro7403), "gb2312")
plain7403 = intro7403 + "\n" + L.tsv(rows7403) + "\n" + outro7403
CASES.append(Case(
    7403, "labour-day-table-outlook-gb2312", "minutes", "A", "Outlook 2016 zh-CN, gb2312 base64, multipart/alternative, Word HTML table",
    C.mail("outlook", org="A", num=7403, frm=P("黄丽娟"),
           to=[P("赖振华"), P("温建华"), P("谢文斌"), P("刘晓东"), P("钟伟明"), P("古月明")],
           cc=[P("曾志强"), BOT], subject="五一假期城市管理保障工作部署会议纪要",
           date=dt.datetime(2026, 4, 29, 17, 52, 41), plain=plain7403, html=html7403,
           charset="gb2312", cte="base64", via=("HUANGLJ-PC", "10.36.2.7")),
    items=[
        I("赖振华", "制定滨江公园、东江夜市周边流动摊贩疏导方案", ("2026-04-30", None, "abs:2026-04-30")),
        I("温建华", "报送节日期间环卫保洁加密作业计划", ("2026-04-30", "12:00", "abs:2026-04-30 12:00")),
        I("谢文斌", "户外广告招牌安全隐患排查，建立整治台账", ("2026-05-09", None, "wdays:5")),
        I("刘晓东", "汇总五一期间数字城管案件受理及处置情况", ("2026-05-06", None, "after:Labour Day")),
        I(None, "编排节日期间值班表", ("2026-04-30", None, "abs:2026-04-30"), ["no_owner"], dept="局办公室"),
    ],
    nf=None,
    notes=("Word table pasted in Outlook, sent Wed 2026-04-29, two days before Labour Day (05-01..05-05 off, Sat 05-09 a make-up "
           "working day). Row 1: 责任单位 cell holds 主责 and 配合 units; the 责任人 column names 赖振华 -> owner; '4月30日下班前' "
           "-> 04-30 without a time. Row 2 '4月30日12:00前' -> 04-30 12:00. Row 3 '5个工作日内' from 04-29: 04-30 (1), holiday, "
           "05-06 (2), 05-07 (3), 05-08 (4), Sat 05-09 make-up day (5) -> 05-09 (the 备注 says so too). Row 4 节后第一个工作日 "
           "-> Wed 05-06. Row 5 is 已完成 -> not an item. Row 6 has only the unit 局办公室 (责任人 cell '/') -> owner null, department "
           "局办公室, no_owner, 04-30. The opening '会议强调…保持通讯畅通' is a standing rule. No next meeting."),
    summary="5 items (1 unit-only); 04-30, 04-30 12:00, 05-09 (make-up Sat), 05-06, 04-30; no follow-up",
    tests="Word/HTML table with 主责/配合 in one cell, done row, 5个工作日内 ending on the 05-09 make-up Saturday, 节后第一个工作日"))

# ---------------------------------------------------------------------------
# 7404  一是…二是… paragraph, Coremail UTF-8, external 街道办 unit, next meeting with 下周一
# ---------------------------------------------------------------------------
t7404 = """各有关股室、街道：

5月11日下午，曾志强副局长主持召开背街小巷环境整治提升工作调度会，源南街道办事处、局市政设施股、园林绿化股、局办公室有关负责同志参加。现将会议主要精神纪要如下：

一、基本情况
市政设施股通报了第一批23条背街小巷整治进展，其中15条已完工，8条正在施工。

二、下步工作
会议要求：一是由市政设施股牵头，对第二批背街小巷路面破损、排水不畅点位开展摸排，形成问题清单，钟伟明同志负责，5月20日前完成；二是源南街道办事处负责组织沿街商户签订“门前三包”责任书，5月底前完成；三是园林绿化股廖春梅同志负责对已完工路段行道树缺株进行补植，尽快完成；四是局办公室邱小雯负责汇总各单位进展情况，本周五前报区创文办。

三、下次调度
下次调度会定于5月18日（下周一）下午3点召开，地点另行通知。

源城区城市管理和综合执法局办公室
2026年5月11日
"""
CASES.append(Case(
    7404, "yishi-ershi-paragraph-coremail-utf8", "minutes", "A", "Coremail webmail (gov), UTF-8 base64, multipart/alternative",
    C.mail("coremail", org="A", num=7404, frm=P("邱小雯"),
           to=[P("钟伟明"), P("廖春梅"), ("源南街道办事处", "yuannan-jd@yuancheng.example.gov.cn")],
           cc=[P("曾志强"), P("黄丽娟"), BOT], subject="背街小巷环境整治提升工作调度会议纪要",
           date=dt.datetime(2026, 5, 11, 18, 5, 9), plain=t7404, html=C.html_coremail(L.html_divs(t7404), "UTF-8"),
           charset="UTF-8", cte="base64", date_style="gmt8", via=("qiuxiaowen-pc", "10.36.2.18")),
    items=[
        I("钟伟明", "对第二批背街小巷路面破损、排水不畅点位开展摸排，形成问题清单", ("2026-05-20", None, "abs:2026-05-20")),
        I(None, "组织沿街商户签订“门前三包”责任书", ("2026-05-31", None, "month_end"), ["no_owner"]),
        I("廖春梅", "对已完工路段行道树缺株进行补植", None, ["vague_due"]),
        I("邱小雯", "汇总各单位进展情况报区创文办", ("2026-05-15", None, "thiswk:Fri")),
    ],
    nf=("2026-05-18", "15:00", "abs:2026-05-18 15:00|nextwk:Mon 15:00"),
    notes=("Government minutes sent Mon 2026-05-11 with all four tasks inside one paragraph '一是…；二是…；三是…；四是…'. "
           "一是: 市政设施股牵头 but '钟伟明同志负责' names the person -> owner 钟伟明, 05-20. 二是: 源南街道办事处 is a street office "
           "outside the bureau -> owner null, department null, no_owner; '5月底前' -> 05-31 (a Sunday; kept, no shift). 三是: "
           "廖春梅, '尽快' -> vague_due. 四是: 邱小雯, '本周五前' -> 05-15. 一、基本情况 (15条已完工) is a report. 下次调度会 "
           "'5月18日（下周一）下午3点' -> 2026-05-18 15:00."),
    summary="4 items (1 external unit); 05-20, 05-31, vague, 05-15; next 05-18 15:00",
    tests="一是…二是… items inside one paragraph; external unit owner (department null); 5月底前; 下次调度会 with 下周一 下午3点"))

# ---------------------------------------------------------------------------
# 7405  forwarded 局长办公会议纪要 with a preface, Outlook UTF-8 QP
# ---------------------------------------------------------------------------
orig7405 = """局长办公会议纪要
（第6期）

5月21日上午，叶国平局长主持召开局长办公会，研究垃圾分类督导、共享单车停放秩序整治等工作。纪要如下：

一、关于垃圾分类督导员招聘
会议同意面向社会招聘垃圾分类督导员12名。市容环境卫生股（温建华）负责完成招聘方案并报局党组审定，5月25日前完成。

二、关于共享单车乱停放整治
会议决定5月下旬在城区开展共享单车停放秩序集中整治。执法一中队（赖振华）、执法二中队（古月明）分别完成辖区内集中整治并报送整治前后对比照片，本周五前完成。

三、关于视频智能识别试点
会议原则同意在新城区选取10个点位开展占道经营视频智能识别试点。数字城管指挥中心负责制定点位方案，6月上旬报局长办公会审议。

参加：叶国平、曾志强、黄丽娟、温建华、赖振华、古月明、刘晓东
记录：邱小雯
"""
pref7405 = """纪要助手补登记一下这份纪要。各位抓紧落实，温股长那项时间比较紧，周一就要。

黄丽娟
"""
fwdhdr7405 = """发件人: 邱小雯 <qiuxiaowen@ycqcgj.example.gov.cn>
发送时间: 2026年5月21日 11:02
收件人: 温建华 <wenjianhua@ycqcgj.example.gov.cn>; 赖振华 <laizhenhua@ycqcgj.example.gov.cn>; 古月明 <guyueming@ycqcgj.example.gov.cn>; 刘晓东 <liuxiaodong@ycqcgj.example.gov.cn>
抄送: 叶国平 <yeguoping@ycqcgj.example.gov.cn>; 曾志强 <zengzhiqiang@ycqcgj.example.gov.cn>; 黄丽娟 <huanglijuan@ycqcgj.example.gov.cn>
主题: 局长办公会议纪要（第6期）
"""
plain7405 = pref7405 + "\n" + fwdhdr7405 + "\n" + orig7405
html7405 = C.html_outlook(
    C.outlook_paras(pref7405) +
    "\n<div><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
    "<p class=MsoNormal><b>发件人<span lang=EN-US>:</span></b><span lang=EN-US> </span>邱小雯<span lang=EN-US> &lt;qiuxiaowen@ycqcgj.example.gov.cn&gt; <br></span>"
    "<b>发送时间<span lang=EN-US>:</span></b><span lang=EN-US> 2026</span>年<span lang=EN-US>5</span>月<span lang=EN-US>21</span>日<span lang=EN-US> 11:02<br></span>"
    "<b>收件人<span lang=EN-US>:</span></b> 温建华 &lt;wenjianhua@ycqcgj.example.gov.cn&gt;; 赖振华 &lt;laizhenhua@ycqcgj.example.gov.cn&gt;; 古月明 &lt;guyueming@ycqcgj.example.gov.cn&gt;; 刘晓东 &lt;liuxiaodong@ycqcgj.example.gov.cn&gt;<br>"
    "<b>抄送<span lang=EN-US>:</span></b> 叶国平 &lt;yeguoping@ycqcgj.example.gov.cn&gt;; 曾志强 &lt;zengzhiqiang@ycqcgj.example.gov.cn&gt;; 黄丽娟 &lt;huanglijuan@ycqcgj.example.gov.cn&gt;<br>"
    "<b>主题<span lang=EN-US>:</span></b> 局长办公会议纪要（第<span lang=EN-US>6</span>期）</p></div></div>\n"
    + C.outlook_paras("\n" + orig7405), "utf-8")
CASES.append(Case(
    7405, "forwarded-director-meeting-outlook-qp", "minutes", "A", "Outlook 2016 zh-CN forward (转发:), UTF-8 quoted-printable, multipart/alternative",
    C.mail("outlook", org="A", num=7405, frm=P("黄丽娟"),
           to=[P("温建华"), P("赖振华"), P("古月明"), P("刘晓东")], cc=[BOT],
           subject="转发: 局长办公会议纪要（第6期）", date=dt.datetime(2026, 5, 21, 16, 40, 55),
           plain=plain7405, html=html7405, charset="utf-8", cte="quoted-printable", via=("HUANGLJ-PC", "10.36.2.7")),
    items=[
        I("温建华", "完成垃圾分类督导员招聘方案并报局党组审定", ("2026-05-25", None, "abs:2026-05-25|nextwk:Mon")),
        I("赖振华", "完成辖区内共享单车乱停放集中整治并报送整治前后对比照片", ("2026-05-22", None, "thiswk:Fri")),
        I("古月明", "完成辖区内共享单车乱停放集中整治并报送整治前后对比照片", ("2026-05-22", None, "thiswk:Fri")),
        I(None, "制定视频智能识别试点点位方案报局长办公会审议", None, ["no_owner", "vague_due"], dept="数字城管指挥中心"),
    ],
    nf=None,
    notes=("黄丽娟 forwards (Thu 2026-05-21 16:40) the 局长办公会议纪要 that 邱小雯 sent the same morning and adds the bot. The preface "
           "('温股长那项…周一就要') is not an item; the forwarded minutes below the Outlook 发件人/发送时间 block are the minutes and "
           "must not be dropped as a quote. Item 一: 温建华 (person in brackets after the unit), '5月25日前' -> 05-25 (the Monday the "
           "preface mentions). Item 二: the same task for two owners -> two items, '本周五前' -> 05-22 (same week for the original and "
           "the forward). Item 三: only the unit 数字城管指挥中心 and '6月上旬' (a period, not a date) -> owner null, department kept, "
           "[no_owner, vague_due]. '会议同意/会议决定/会议原则同意' are decisions. No next meeting."),
    summary="4 items (two owners of one task, 1 unit-only vague); 05-25, 05-22, 05-22, vague; no follow-up",
    tests="forwarded minutes under Outlook header block with a preface; one task for two owners; 6月上旬 -> vague"))

# ---------------------------------------------------------------------------
# 7406  other: reply in a meeting-notice thread (not minutes, not a reply to a recap)
# ---------------------------------------------------------------------------
t7406 = """小邱：

周二（16日）下午我们中队跟市场监管局有联合执法行动，能否把部署会调到周三上午？如果不行我安排副中队长参会。
参会名单我今天下班前报你。

古月明
执法二中队

发件人: 邱小雯 <qiuxiaowen@ycqcgj.example.gov.cn>
发送时间: 2026年6月11日 17:20
收件人: 温建华 <wenjianhua@ycqcgj.example.gov.cn>; 钟伟明 <zhongweiming@ycqcgj.example.gov.cn>; 赖振华 <laizhenhua@ycqcgj.example.gov.cn>; 古月明 <guyueming@ycqcgj.example.gov.cn>; 廖春梅 <liaochunmei@ycqcgj.example.gov.cn>
抄送: 黄丽娟 <huanglijuan@ycqcgj.example.gov.cn>; 会议纪要助手 <jiyao@ycqcgj.example.gov.cn>
主题: 关于召开端午节前安全生产检查部署会的通知

各股室、中队：

经局领导同意，定于6月16日（周二）下午3:00在局三楼会议室召开端午节前安全生产检查部署会，请各单位主要负责同志参加。请各单位于6月15日下午4点前将参会人员名单报局办公室。

局办公室
2026年6月11日
"""
CASES.append(Case(
    7406, "other-meeting-notice-reply-outlook", "other", "A", "Outlook 2016 zh-CN reply (答复:), gb2312 base64, multipart/alternative",
    C.mail("outlook", org="A", num=7406, frm=P("古月明"), to=[P("邱小雯")], cc=[P("黄丽娟"), BOT],
           subject="答复: 关于召开端午节前安全生产检查部署会的通知", date=dt.datetime(2026, 6, 12, 9, 14, 27),
           plain=t7406, html=C.html_outlook(C.outlook_paras(t7406), "gb2312"), charset="gb2312", cte="base64",
           in_reply_to="<000001dcf9a2$4b3c2d1e$a1b2c3d4$@ycqcgj.example.gov.cn>",
           references="<000001dcf9a2$4b3c2d1e$a1b2c3d4$@ycqcgj.example.gov.cn>", via=("GUYM-PC", "10.36.5.22")),
    items=[], nf=None,
    notes=("A person's reply in a meeting-notice thread: 古月明 asks to move a 部署会 from Tue 06-16 to Wednesday and promises the "
           "attendee list '今天下班前'. The quoted notice (CC'd to the bot by 邱小雯) gives a meeting time and a 6月15日下午4点前 "
           "deadline. It is neither minutes nor a reply to a bot recap (In-Reply-To points at the notice, not at bot mail) -> kind "
           "other, no items, no follow-up; the bot must not send an invitation for the 部署会."),
    summary="other: no items",
    tests="meeting-invitation discussion with times and a deadline, reply-all keeps the bot in Cc -> other"))

# ---------------------------------------------------------------------------
# 7407  auto: Coremail out-of-office reply to a bot recap
# ---------------------------------------------------------------------------
t7407 = """您好！

我于6月15日至6月18日参加市园林局组织的业务培训，期间不便回复邮件。紧急事项请联系园林绿化股李文（电话0762-3328690），6月22日返岗后我会尽快回复您。

廖春梅
"""
CASES.append(Case(
    7407, "auto-ooo-coremail", "auto", "A", "Coremail auto-reply, GBK base64, multipart/alternative",
    C.mail("coremail", org="A", num=7407, frm=P("廖春梅"), to=[BOT],
           subject="自动回复：Re: 【纪要确认】6月15日端午节前安全生产检查部署会议纪要",
           date=dt.datetime(2026, 6, 15, 18, 2, 44), plain=t7407, html=C.html_coremail(L.html_divs(t7407), "GBK"),
           charset="GBK", cte="base64", date_style="gmt8", via=("localhost", "127.0.0.1"),
           in_reply_to="<mb.7f3a9c21e4b05d68.recap@ycqcgj.example.gov.cn>",
           references="<mb.7f3a9c21e4b05d68.recap@ycqcgj.example.gov.cn>",
           extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"]),
    items=[], nf=None,
    notes=("Coremail out-of-office auto reply to a bot recap: 'Auto-Submitted: auto-replied', subject '自动回复：Re: …'. The body "
           "has dates (6月15日至6月18日, 6月22日返岗), a delegate and '尽快回复', none of which is an item or a command -> kind auto; "
           "the bot must not parse it as a reply nor answer it."),
    summary="auto: no items",
    tests="out-of-office auto reply (Auto-Submitted) whose body has dates and 尽快"))

# ---------------------------------------------------------------------------
# 7408  minutes grouped by person, ①② sub-tasks, '同上', 网易邮箱大师, before Dragon Boat
# ---------------------------------------------------------------------------
t7408 = """各位：

今天下午案件调度会纪要如下（按人列）：

张嘉怡：
① 整理5月以来超期未办结案件清单，明天上午10点前发各中队
② 更新派遣系统中各处置单位联系人，周四前完成

赖队（执法一中队）：
① 辖区超期案件3个工作日内办结并在系统回复

古队：同上

钟股长：
① 人民大道井盖沉降问题，与供电部门协调处置方案，时间待定

下次调度：节后第一个工作日上午9点，指挥中心大厅。

刘晓东

发自网易邮箱大师
"""
CASES.append(Case(
    7408, "grouped-by-person-mailmaster", "minutes", "A", "网易邮箱大师 (mobile) via Coremail, UTF-8 base64, multipart/alternative",
    C.mail("mailmaster", org="A", num=7408, frm=P("刘晓东"),
           to=[P("张嘉怡"), P("赖振华"), P("古月明"), P("钟伟明")], cc=[P("曾志强"), BOT],
           subject="6月16日数字城管案件调度会纪要", date=dt.datetime(2026, 6, 16, 19, 36, 10),
           plain=t7408, html=C.html_coremail(L.html_divs(t7408), "UTF-8"), charset="UTF-8", cte="base64",
           date_style="gmt8", via=("[223.104.67.15]", "223.104.67.15")),
    items=[
        I("张嘉怡", "整理5月以来超期未办结案件清单发各中队", ("2026-06-17", "10:00", "tomorrow 10:00")),
        I("张嘉怡", "更新派遣系统中各处置单位联系人", ("2026-06-18", None, "wd:Thu")),
        I("赖振华", "辖区超期案件办结并在系统回复", ("2026-06-22", None, "wdays:3")),
        I("古月明", "辖区超期案件办结并在系统回复", ("2026-06-22", None, "wdays:3")),
        I("钟伟明", "与供电部门协调人民大道井盖沉降问题处置方案", None, ["vague_due"]),
    ],
    nf=("2026-06-22", "09:00", "after:Dragon Boat Festival 09:00"),
    notes=("Minutes grouped by person, sent Tue 2026-06-16 19:36 from 网易邮箱大师, three days before Dragon Boat (06-19..06-21 off, "
           "no make-up day). 张嘉怡 has two ① ② sub-tasks -> two items: '明天上午10点前' -> 06-17 10:00; '周四前' -> 06-18. "
           "'赖队' = 赖振华 (alias): '3个工作日内' -> 06-17 (1), 06-18 (2), 06-19..21 holiday, 06-22 (3). '古队：同上' = the same "
           "task and deadline for 古月明 -> a second item. '钟股长' = 钟伟明, '时间待定' -> vague_due. '下次调度：节后第一个工作日上午9点' "
           "-> Mon 2026-06-22 09:00. '发自网易邮箱大师' is a signature."),
    summary="5 items; 06-17 10:00, 06-18, 06-22, 06-22, vague; next 06-22 09:00",
    tests="grouped by person with ①②, alias owners (赖队/古队/钟股长), '同上' copies a task, 3个工作日内 across Dragon Boat, 节后第一个工作日上午9点 follow-up"))

"""Cases 9801-9808: the water bureau (A) and the down-products maker (B)."""
from h70_clients import Case, boundary
from h70_common import (D, I, PEOPLE as P, attach, encw, esc, html_part, html_table, mso_paras, multi,
                        outlook_html, paras, simple_html, text_part)
from h70_docs import make_pdf
from h70_people import BOT_A, BOT_B, EXT

CASES = []

# ------------------------------------------------------------------ 9801 government 一是/二是, Outlook gb2312
T9801 = """各科室、大队：

4月28日上午，程建国局长主持召开汛前准备工作专题会议，听取各科室汛前检查情况汇报，研究部署下一阶段工作。现将会议议定事项纪要如下：

一、会议认为，今年我区入汛时间可能较常年提前，各科室要克服麻痹思想，4月份已完成的堤防普查成果要用足用好。

二、会议议定
一是抓紧完成青龙山水库、团城山港闸站汛前安全检查。责任单位：水旱灾害防御科（占海燕），完成时限：5月8日前。
二是更新区管河湖“一河一档”基础台账。责任单位：河湖管理科（柯文涛），完成时限：5个工作日内。
三是磁湖支港清淤应急工程完成招标挂网。责任单位：工程建设科（石磊），完成时限：4月30日下班前。
四是对沿河违建、非法采砂开展一次联合执法检查，形成检查报告。责任单位：水政监察大队牵头，河湖管理科配合，完成时限：5月15日前。
五是汛期值班人员名单报局办公室。责任单位：各科室、大队，完成时限：尽快。

三、下次调度会定于5月11日（周一）下午3:00在三楼会议室召开，请各责任单位届时汇报落实情况。

黄石市下陆区水利和湖泊局办公室
2026年4月28日

（联系人：费晓敏，电话 0714-6xx2031）"""

CASES.append(Case(
    9801, "gov-yishi-ershi-outlook-gb2312", "minutes", "outlook", "2026-04-28 16:42:10 +0800",
    P["费晓敏"], [P["占海燕"], P["柯文涛"], P["石磊"], P["吕冬梅"]],
    "汛前准备工作专题会议纪要（下水湖纪〔2026〕7号）",
    multi("alternative", boundary("outlook", 9801), [
        text_part(T9801, "gb2312", "quoted-printable"),
        html_part(outlook_html(mso_paras(T9801), "gb2312"), "gb2312", "quoted-printable")],
        preamble="This is a multipart message in MIME format."),
    cc=[P["程建国"], BOT_A], rcpt=BOT_A[1],
    items=[
        I("占海燕", "完成青龙山水库、团城山港闸站汛前安全检查", D("abs", 5, 8), "5月8日前"),
        I("柯文涛", "更新区管河湖“一河一档”基础台账", D("wd", 5), "5个工作日内"),
        I("石磊", "磁湖支港清淤应急工程完成招标挂网", D("abs", 4, 30), "4月30日下班前"),
        I(("dept", "水政监察大队"), "对沿河违建、非法采砂开展一次联合执法检查，形成检查报告", D("abs", 5, 15), "5月15日前"),
        I(("dept", None), "汛期值班人员名单报局办公室", D("vague"), "尽快"),
    ],
    followup=D("abs", 5, 11, time="15:00"),
    notes="Government 一是/二是 minutes with 责任单位/完成时限 lines. Sent Tue 2026-04-28 16:42 +0800. 一是: unit with the "
          "person in brackets -> 占海燕, 5月8日前 -> 2026-05-08. 二是: 5个工作日内 from 04-28 = 04-29, 04-30, then May Day "
          "05-01..05-05 off, 05-06, 05-07, 05-08 -> 2026-05-08 (a plain weekday count gives 05-05, a holiday). 三是: "
          "4月30日下班前 -> 2026-04-30, no time. 四是: only a unit (水政监察大队牵头) -> owner null, department 水政监察大队, "
          "no_owner (the 配合 unit is not an owner). 五是: 各科室、大队 + 尽快 -> no owner, no department, vague_due. "
          "'4月份已完成的堤防普查' in 一、 is a fact. 下次调度会 5月11日（周一）下午3:00 -> 2026-05-11 15:00. Outlook zh-CN, "
          "gb2312 quoted-printable text + Word HTML.",
    tests="Outlook gb2312 QP alternative; 一是/二是 with 责任单位（人）/完成时限; 5个工作日内 across May Day; 牵头 unit only "
          "-> no_owner; 各科室+尽快; next meeting sentence with （周一）下午3:00"))

# ------------------------------------------------------------------ 9802 PDF minutes attached, Coremail GBK
PDF9802 = make_pdf([
    "#下陆区防汛会商会会议纪要",
    "时间：2026年6月15日（周一）15:00",
    "地点：区水利和湖泊局四楼会商室",
    "主持：程建国    记录：胡俊",
    "参会：占海燕、柯文涛、石磊、吕冬梅，新下陆街道王建平",
    "",
    "一、雨水情形势",
    "据市气象台预报，6月17日至20日我区将有一次强降雨过程，累计雨量80至120毫米，",
    "局部可达150毫米以上。磁湖水位目前为19.62米，低于警戒水位0.88米。",
    "",
    "二、议定事项",
    "1. 端午节前完成沿湖低洼片区3处临时泵站调试，确保随时可以开机。",
    "   责任人：石磊",
    "2. 端午假期防汛值班表报区防办。责任人：胡俊，时限：6月17日12:00前。",
    "3. 汛情周报改为每周一报送，节后第一个工作日报送第一期。责任人：占海燕",
    "4. 新下陆街道组织低洼片区群众转移演练，6月底前完成。责任人：王建平（街道）",
    "",
    "三、其他",
    "上周已完成的青龙山水库安全检查问题清单（共7项）已全部整改销号。",
    "下次会商时间视雨情另行通知。",
    "",
    "区防办（水利和湖泊局代章）    2026年6月15日",
], title="下陆区防汛会商会会议纪要")

T9802 = """各位领导、同事：

附件为6月15日防汛会商会会议纪要（PDF版），请查阅，并按纪要时限落实。
端午期间请保持手机24小时畅通。

胡俊
水旱灾害防御科
"""
FN9802 = "防汛会商会会议纪要（2026年6月15日）.pdf"
CASES.append(Case(
    9802, "gov-pdf-attachment-coremail-dragon-boat", "minutes", "coremail", "2026-06-16 09:12:37 +0800",
    P["胡俊"], [P["程建国"], P["占海燕"], P["柯文涛"], P["石磊"], P["吕冬梅"], EXT["street"]],
    "防汛会商会会议纪要（6月15日）",
    multi("mixed", boundary("coremail", 9802, 0), [
        multi("alternative", boundary("coremail", 9802, 1), [
            text_part(T9802, "GBK", "base64"),
            html_part(simple_html(paras(T9802), "GBK", "line-height:1.7;font-size:14px;font-family:Microsoft YaHei"),
                      "GBK", "base64")]),
        attach(PDF9802, "application/pdf", FN9802, rfc2231="GBK"),
    ]),
    cc=[BOT_A], rcpt=BOT_A[1],
    items=[
        I("石磊", "完成沿湖低洼片区3处临时泵站调试", D("before_hol", "Dragon"), "端午节前"),
        I("胡俊", "端午假期防汛值班表报区防办", D("abs", 6, 17, time="12:00"), "6月17日12:00前"),
        I("占海燕", "报送第一期汛情周报", D("after_hol", "Dragon"), "节后第一个工作日", src="节后第一个工作日报送第一期"),
        I(("ext", "王建平", EXT["street"][1]), "组织低洼片区群众转移演练", D("monthend"), "6月底前"),
    ],
    followup=None,
    notes="The minutes are only in the PDF attachment (reportlab, embedded CJK font); the body just points to it. Sent Tue "
          "2026-06-16 09:12. Dragon Boat holiday 2026-06-19..21. #1 端午节前 -> last working day before the holiday = Thu "
          "2026-06-18. #2 6月17日12:00前 -> 2026-06-17 12:00. #3 节后第一个工作日 -> Mon 2026-06-22 (task reworded from "
          "'节后第一个工作日报送第一期'; '每周一报送' is the standing rule, not a date). #4 街道's 王建平 is not on the roster; "
          "he is in To as '新下陆街道 王建平', so his address is used, department null; 6月底前 -> 2026-06-30. The forecast "
          "dates (6月17日至20日) and the done checklist (已全部整改销号) are not items; '视雨情另行通知' -> no follow-up; "
          "'24小时畅通' in the body is not a deadline. Coremail GBK base64; PDF filename in RFC 2231 form "
          "(GBK percent-encoded).",
    tests="Minutes only in a PDF attachment; 端午节前 / 节后第一个工作日 around 06-19..21; external owner from To; "
          "'另行通知' -> no follow-up"))

# ------------------------------------------------------------------ 9803 new minutes posted as RE: in an old thread
T9803 = """各位：

7月6日周调度会纪要如下（上周纪要见下方，不再重复）：

上周事项：6月巡河通报已印发；东方山水库放水洞闸门已检修完毕。

本周安排：
1. 柯科长：起草7月河湖长巡河通报，本周五前送程局审签。
2. 小汪：汇总5个街道6月巡河记录，下周二前报科里。
3. 胡工：东方山水库坝体渗漏点复查，尽快出结论。
4. 陶工：牵头对接鄂东设计院，确定胜阳港护坡方案，7月17日前。

下周调度会照常，周一下午4点，二楼会议室。

汪丽
河湖管理科

________________________________
发件人: 汪丽 <wangli@xlslhj.example.gov.cn>
发送时间: 2026年6月29日 17:50
收件人: 柯文涛; 胡俊; 陶志远
抄送: 纪要助手
主题: 河湖长制工作周调度会纪要

各位：
6月29日周调度会纪要如下：
1. 柯科长：完成6月巡河通报，7月3日前印发。
2. 胡工：东方山水库放水洞闸门检修，7月2日前。
3. 小汪：更新河长公示牌信息表，7月3日前。
下周调度会：7月6日（周一）下午4点。
"""


def _html9803(t):
    new, old = t.split("________________________________")
    return outlook_html(mso_paras(new.rstrip()) + "\n<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;"
                        "padding:3.0pt 0cm 0cm 0cm\">\n" + mso_paras(old.strip()) + "\n</div>", "utf-8")


CASES.append(Case(
    9803, "re-old-thread-new-weekly-minutes-outlook", "minutes", "outlook_utf8", "2026-07-06 17:35:02 +0800",
    P["汪丽"], [P["柯文涛"], P["胡俊"], P["陶志远"]], "RE: 河湖长制工作周调度会纪要",
    multi("alternative", boundary("outlook", 9803), [
        text_part(T9803, "utf-8", "base64"), html_part(_html9803(T9803), "utf-8", "base64")]),
    cc=[BOT_A], rcpt=BOT_A[1],
    extra=["In-Reply-To: <000001dcf2a1$7c3be410$74b5ac30@xlslhj.example.gov.cn>",
           "References: <000001dcf2a1$7c3be410$74b5ac30@xlslhj.example.gov.cn>"],
    items=[
        I("柯文涛", "起草7月河湖长巡河通报", D("thiswk", "五"), "本周五前"),
        I("汪丽", "汇总5个街道6月巡河记录", D("nextwk", "二"), "下周二前"),
        I("胡俊", "东方山水库坝体渗漏点复查", D("vague"), "尽快"),
        I("陶志远", "对接鄂东设计院，确定胜阳港护坡方案", D("abs", 7, 17), "7月17日前"),
    ],
    followup=D("nextwk", "一", time="16:00"),
    notes="A new week's minutes written as 'RE:' on last week's minutes (In-Reply-To set); the quoted 6月29日 minutes below "
          "the Outlook 发件人/发送时间 block are old and not extracted again. Sent Mon 2026-07-06 17:35. 柯科长 = 柯文涛 "
          "-> 本周五 = 2026-07-10. 小汪 = 汪丽 (the writer herself) -> 下周二 = 2026-07-14. 胡工 = 胡俊 -> 尽快, "
          "vague_due. 陶工 = 陶志远 -> 2026-07-17. '上周事项' lines are status reports (已印发/已检修完毕), not items. Next "
          "meeting as a sentence: '下周调度会照常，周一下午4点' -> Mon 2026-07-13 16:00 (the quoted '7月6日（周一）下午4点' is "
          "the meeting just held). Note 本周五前 is a week-relative phrase; nothing here is a bare weekday.",
    tests="RE: thread reply carrying new minutes; quoted old minutes ignored; title aliases 柯科长/小汪/胡工/陶工; "
          "'下周…周一下午4点' follow-up"))

# ------------------------------------------------------------------ 9804 forwarded street minutes with a preface
T9804 = """纪要助手登记一下，涉及我局的事项已由王主任在纪要里标明，请胡工按时办理。
其余事项由街道负责，一并登记便于跟踪。

占海燕

-------- 转发邮件信息 --------
发件人："新下陆街道 王建平" <wangjianping@xxljd.example.gov.cn>
发送日期：2026-07-01 18:20:11
收件人："占海燕" <zhanhaiyan@xlslhj.example.gov.cn>
主题：山洪灾害防御联席会议纪要

占科长好，

今天下午联席会议的纪要整理如下，请审阅。

会议时间：2026年7月1日 14:30-16:10
会议地点：新下陆街道办事处三楼会议室
参会单位：新下陆街道、区水利和湖泊局、各社区

一、会议通报了6月以来山洪危险区巡查情况，共排查隐患点9处，已整改6处。
二、工作安排
（一）街道应急办完成辖区12处山洪危险区警示牌更新，7月10日前完成。
（二）区水利和湖泊局胡俊同志对接安装3处简易雨量站，7月15日前完成安装调试。
（三）王建平负责组织网格员开展一次夜间转移演练，7月17日（周五）前完成。
（四）各社区每日汇总上报巡查记录，此项为常态化工作。
三、下次联席会议：7月16日（周四）上午9:30，仍在街道三楼会议室。

新下陆街道办事处
王建平
"""
CASES.append(Case(
    9804, "forwarded-street-minutes-preface-coremail", "minutes", "coremail", "2026-07-02 10:05:44 +0800",
    P["占海燕"], [BOT_A], "Fw:山洪灾害防御联席会议纪要",
    multi("alternative", boundary("coremail", 9804), [
        text_part(T9804, "GBK", "base64"),
        html_part(simple_html(paras(T9804), "GBK", "line-height:1.7;font-size:14px"), "GBK", "base64")]),
    cc=[P["胡俊"], EXT["street"]], rcpt=BOT_A[1],
    items=[
        I(("dept", None), "完成辖区12处山洪危险区警示牌更新", D("abs", 7, 10), "7月10日前"),
        I("胡俊", "对接安装3处简易雨量站", D("abs", 7, 15), "7月15日前"),
        I(("ext", "王建平", EXT["street"][1]), "组织网格员开展一次夜间转移演练", D("abs", 7, 17), "7月17日（周五）前"),
    ],
    followup=D("abs", 7, 16, time="09:30"),
    notes="A forward (Fw:) with a two-line preface; the minutes sit below Coremail's '-------- 转发邮件信息 --------' block "
          "and must not be stripped as a quote. Sent Thu 2026-07-02 10:05. （一） 街道应急办 is a unit outside our roster -> "
          "owner null, department null, no_owner; 7月10日前 -> 2026-07-10. （二） 胡俊 -> 2026-07-15. （三） 王建平 is "
          "external; his address is in Cc ('新下陆街道 王建平') -> 2026-07-17 (a Friday, as written). （四） is a standing "
          "routine (常态化), no deliverable -> not an item. '已整改6处' is status. 下次联席会议 7月16日（周四）上午9:30 -> "
          "2026-07-16 09:30. The preface's '请胡工按时办理' adds no new item.",
    tests="Coremail forward with preface; 转发邮件信息 block kept; external owner via Cc; unit-only owner; 常态化 line not "
          "an item; follow-up in the forwarded minutes"))

# ------------------------------------------------------------------ 9805 HTML-only table with 主责/配合 in one cell
ROWS9805 = [
    ["序号", "工作事项", "责任科室", "责任人", "完成时限", "备注"],
    ["1", "完成胜阳港沿线“四乱”问题销号资料归档", "河湖管理科", "主责：柯科长\n配合：吕队", "5月15日（周五）前", ""],
    ["2", "拆除大冶湖支港2处违建钓台", "水政监察大队", "吕队", "本周内", "需街道配合断电"],
    ["3", "编制下半年河道保洁服务招标文件", "工程建设科", "石工（主责）/小陶（配合）", "5月底前", ""],
    ["4", "清理磁湖南岸堆积建筑垃圾", "河湖管理科", "小汪", "4月30日", "已完成，已拍照存档"],
    ["5", "“清四乱”专项行动中期总结报市局", "河湖管理科", "柯科长", "2026年6月10日", "用市局模板"],
]
H9805 = ("<div style=\"font-family:宋体;font-size:14px\">\n<p>各位：</p>\n<p>5月11日上午召开河湖“清四乱”专项行动推进会，"
         "现将任务分工表发给大家，请对照落实。表中第4项节前已完成，仅作记录。</p>\n"
         + html_table(ROWS9805, attrs='border="1" cellspacing="0" cellpadding="5" width="760" '
                      'style="border-collapse:collapse;font-size:13px"') +
         "\n<p>下次推进会时间待定，另行通知。</p>\n<p>汪丽<br>河湖管理科<br>0714-6xx2035</p>\n</div>")
CASES.append(Case(
    9805, "html-only-table-zhuze-peihe-coremail", "minutes", "coremail", "2026-05-11 11:20:18 +0800",
    P["汪丽"], [P["柯文涛"], P["吕冬梅"], P["石磊"], P["陶志远"]], "河湖“清四乱”专项行动推进会任务分工表",
    html_part(simple_html(H9805, "utf-8", "font-size:14px"), "utf-8", "base64"),
    cc=[BOT_A], rcpt=BOT_A[1], hcs="UTF-8",
    items=[
        I("柯文涛", "完成胜阳港沿线“四乱”问题销号资料归档", D("abs", 5, 15), "5月15日（周五）前"),
        I("吕冬梅", "拆除大冶湖支港2处违建钓台", D("weekend"), "本周内"),
        I("石磊", "编制下半年河道保洁服务招标文件", D("monthend"), "5月底前"),
        I("柯文涛", "“清四乱”专项行动中期总结报市局", D("abs", 2026, 6, 10), "2026年6月10日"),
    ],
    followup=None,
    notes="Single-part text/html (Coremail, UTF-8) with a task table. Sent Mon 2026-05-11 11:20 (first Monday after May Day; "
          "Sat 05-09 was a make-up working day). Row 1 责任人 cell '主责：柯科长 / 配合：吕队' -> owner 柯文涛 (主责 only); "
          "5月15日（周五）前 -> 2026-05-15. Row 2 吕队 = 吕冬梅; 本周内 -> Sun 2026-05-17 (calendar-week end, research rule). "
          "AMBIGUOUS: some readers would record Fri 05-15 for 本周内; the date-phrase rules give the Sunday. Row 3 "
          "'石工（主责）/小陶（配合）' -> 石磊; 5月底前 -> 2026-05-31. Row 4 is marked 已完成 -> not an item. Row 5 -> "
          "2026-06-10. '下次推进会时间待定' -> no follow-up.",
    tests="HTML-only table; 主责/配合 in one cell (two layouts); 已完成 row skipped; 本周内 (AMBIGUOUS note); 时间待定 "
          "-> null follow-up"))

# ------------------------------------------------------------------ 9806 Foxmail GBK seed 内部沟通记录表 before May Day
T9806 = """各位：

今天下午碰头会的内部沟通记录如下，节后按此推进。

沟通编号：NC2026-04-30
沟通日期：2026-04-30
发起部门/人：外贸部/储经理
参与部门/人：生产部许主管、品质部邵经理、采购部鲁经理、外贸部项阳
沟通主题：Plumes d'Aubrac 秋冬款羽绒被订单（PO 26-117）排产确认
核心内容摘要：客户确认90%白鹅绒、单条充绒量1.2kg，共3,600条，要求6月25日前出运；防绒布供应商报交期为5月中旬；品质部上批次含绒量复测结果为91.3%，合格。
待办事项：①采购部节后第一个工作日前确认防绒布到货日期（鲁经理）②品质部4个工作日内完成蓬松度和含绒量复测并出具检测报告（邵经理）③生产部5月8日前提交排产计划（许主管）
状态：进行中
备注：节后首次碰头会5月6日上午10点，二楼小会议室。

项阳
外贸部 跟单
六安羽丰羽绒制品有限公司
"""
CASES.append(Case(
    9806, "seed-internal-record-foxmail-gbk-mayday", "minutes", "foxmail", "2026-04-30 17:48:21 +0800",
    P["项阳"], [P["储婷婷"], P["许德胜"], P["邵玲"], P["鲁堃"]], "内部沟通记录：法国订单排产确认（NC2026-04-30）",
    multi("alternative", boundary("foxmail", 9806), [
        text_part(T9806, "GBK", "base64"),
        html_part("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=GBK\"><style>body { "
                  "line-height: 1.5; }body { font-size: 14px; font-family: 'Microsoft YaHei UI'; color: rgb(0, 0, 0); "
                  "line-height: 1.5; }</style></head><body>\n" + paras(T9806) + "\n</body></html>\n", "GBK", "base64")]),
    cc=[BOT_B], rcpt=BOT_B[1],
    items=[
        I("鲁堃", "确认防绒布到货日期", D("after_hol", "Labour"), "节后第一个工作日前"),
        I("邵玲", "完成蓬松度和含绒量复测并出具检测报告", D("wd", 4), "4个工作日内"),
        I("许德胜", "提交排产计划", D("abs", 5, 8), "5月8日前"),
    ],
    followup=D("abs", 5, 6, time="10:00"),
    notes="Seed 内部沟通记录表 as key：value lines, ①②③ on one line with the owner in brackets. Foxmail GBK base64; the To "
          "display name 鲁堃 uses the GBK-only 堃. Sent Thu 2026-04-30 17:48, the eve of May Day (05-01..05-05 off, Sat 05-09 "
          "make-up working day). ① 鲁经理 = 鲁堃; 节后第一个工作日前 -> Wed 2026-05-06. ② 邵经理 = 邵玲; 4个工作日内 = 05-06, "
          "05-07, 05-08, 05-09 (make-up Saturday) -> 2026-05-09. ③ 许主管 = 许德胜 -> 2026-05-08. 核心内容摘要 dates "
          "(6月25日前出运, 5月中旬) are the customer's terms and a supplier's quote, not our items. 备注 节后首次碰头会 5月6日上午10点 "
          "-> 2026-05-06 10:00.",
    tests="Foxmail GBK seed 内部沟通记录表; 节后第一个工作日; 4个工作日内 ending on the 05-09 make-up Saturday; title "
          "owners; 备注 next meeting"))

# ------------------------------------------------------------------ 9807 seed 外部沟通跟进表 (customer), Outlook HTML
ROWS9807 = [
    ["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型（客户/供应商/合作方）", "核心需求/反馈", "解决方案/进展",
     "下次沟通时间", "负责人"],
    ["EC2026-05-14", "2026-05-14", "Plumes d'Aubrac / Camille Roussel", "外贸部/储婷婷", "客户",
     "第二批样被（SS-02）开箱有轻微异味，客户要求提供气味等级检测；希望大货6月25日前出运不变",
     "①品质部邵经理安排第三方气味等级检测（5月22日前）②项阳在检测报告出具后更新英文检测说明并发客户③向客户提交样被整改方案",
     "下周三 15:00", "储婷婷"],
]
P9807 = ("鲍总、各位：\n\n今天下午和法国客户视频沟通了第二批样被的问题，跟进表如下。\n\n{table}\n\n"
         "补充：③整改方案5月18日给客户，我来写，生产部许主管把水洗工艺的参数发我。\n"
         "下次和客户视频会：下周三同一时间（北京时间15:00），还是Teams。\n\n储婷婷\n外贸部经理")
TXT9807 = P9807.replace("{table}", "\n".join("\t".join(c for c in r) for r in ROWS9807))
HTML9807 = outlook_html(
    mso_paras(P9807.split("{table}")[0].rstrip()) + "\n" +
    html_table(ROWS9807, attrs='class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
               'style="border-collapse:collapse;border:none"', cell_style="border:solid windowtext 1.0pt;padding:0cm 5.4pt")
    + "\n" + mso_paras(P9807.split("{table}")[1].strip()), "utf-8")
CASES.append(Case(
    9807, "seed-external-followup-customer-outlook", "minutes", "outlook_utf8", "2026-05-14 15:40:09 +0800",
    P["储婷婷"], [P["鲍志强"], P["邵玲"], P["项阳"], P["许德胜"]], "外部沟通跟进表-Plumes d'Aubrac 样被异味（EC2026-05-14）",
    multi("alternative", boundary("outlook", 9807), [
        text_part(TXT9807, "utf-8", "quoted-printable"), html_part(HTML9807, "utf-8", "quoted-printable")]),
    cc=[BOT_B], rcpt=BOT_B[1],
    items=[
        I("邵玲", "安排第三方气味等级检测", D("abs", 5, 22), "5月22日前"),
        I("项阳", "更新英文检测说明并发客户", D("none")),
        I("储婷婷", "向客户提交样被整改方案", D("abs", 5, 18), "5月18日给客户"),
    ],
    followup=D("nextwk", "三", time="15:00"),
    notes="Seed 外部沟通跟进表 (customer row) as an Outlook HTML table plus a tab-separated text part. Sent Thu 2026-05-14 "
          "15:40. ① 邵经理 = 邵玲 -> 2026-05-22. ② 项阳, due only 'after the test report is issued' -> no date, no_due. ③ names "
          "nobody in the cell; the row 负责人 储婷婷 owns it and the note below ('③整改方案5月18日给客户，我来写') gives "
          "2026-05-18. '许主管把水洗工艺的参数发我' is a side request inside ③, not a separate tracked item. 核心需求 '6月25日前出运' "
          "is the customer's term. 下次沟通时间 '下周三 15:00' / '下周三同一时间（北京时间15:00）' -> 2026-05-20 15:00.",
    tests="Seed 外部沟通跟进表 HTML; row 负责人 owns the unnamed ③ whose date is in a note; conditional item -> no_due; "
          "'下周三同一时间' follow-up"))

# ------------------------------------------------------------------ 9808 English minutes from the French buyer, Gmail
T9808 = """Hi Tina, hi all,

Thanks for the call this morning. My notes below - please correct me if I missed something.

Attendees: Tina Chu, Sunny Xiang, Shao Ling (Yufeng); Olivier Vidal and me (Plumes d'Aubrac)

Decisions
- Fill power target stays at 750+ (IDFL method), as agreed in April.
- Outer fabric: 280TC down-proof cotton, no change.

Actions
- Action: Sunny - send the revised packing list with carton dimensions - by Friday 29 May
- Action: Shao Ling - share the odour test report from the third-party lab - by June 5
- Action: Olivier - confirm the sewn-in label artwork with our marketing team - by Wed 3 June
- Action: Plumes QA - decide whether the pre-shipment inspection is done by a third party or in-house - TBD
- Action: Tina - book the container once the PO is countersigned - ASAP

Next call: Tuesday 9 June, 10:00 Paris / 16:00 Beijing.

Best regards,
Camille

--
Camille Roussel
Sourcing Manager, Plumes d'Aubrac
Rodez, France
"""
CASES.append(Case(
    9808, "english-buyer-notes-gmail-action-lines", "minutes", "gmail", "2026-05-26 10:12:44 +0200",
    EXT["camille"], [P["储婷婷"], P["项阳"], P["邵玲"]], "Call notes 26/05 - AW26 duvets - actions",
    multi("alternative", boundary("gmail", 9808), [
        text_part(T9808, "UTF-8", "quoted-printable"),
        html_part("<div dir=\"ltr\">" + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in T9808.split("\n"))
                  + "</div>\n", "UTF-8", "quoted-printable")]),
    cc=[EXT["olivier"], BOT_B], rcpt=BOT_B[1],
    items=[
        I("项阳", "send the revised packing list with carton dimensions", D("abs", 5, 29), "by Friday 29 May"),
        I("邵玲", "share the odour test report from the third-party lab", D("abs", 6, 5), "by June 5"),
        I(("ext", "Olivier Vidal", EXT["olivier"][1]), "confirm the sewn-in label artwork with our marketing team",
          D("abs", 6, 3), "by Wed 3 June"),
        I(("dept", None), "decide whether the pre-shipment inspection is done by a third party or in-house", D("vague"),
          "TBD"),
        I("储婷婷", "book the container once the PO is countersigned", D("vague"), "ASAP"),
    ],
    followup=D("abs", 6, 9, time="16:00"),
    notes="English minutes written by the French customer (external From, Gmail, Date +0200). Sent Tue 2026-05-26 10:12 "
          "+0200 = 16:12 Shanghai, same day. 'Action: Name - task - due' lines. Sunny = 项阳 (alias) -> Fri 2026-05-29. "
          "Shao Ling = 邵玲 (alias) -> 2026-06-05. Olivier Vidal is external, in Cc -> his address, department null; Wed 3 "
          "June -> 2026-06-03. 'Plumes QA' is a team of the customer -> no owner, no department; TBD -> vague_due. Tina = "
          "储婷婷; ASAP -> vague_due ('once the PO is countersigned' is a condition). Decisions are not items. Next call "
          "'Tuesday 9 June, 10:00 Paris / 16:00 Beijing' -> 2026-06-09 16:00 Shanghai time.",
    tests="Gmail English 'Action: X - task - due' lines from a customer; external owner via Cc; team owner + TBD; ASAP; "
          "two-time-zone next call"))

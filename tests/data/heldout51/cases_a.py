"""Org A: 山西晋通高速公路收费管理有限公司 (provincial highway toll-management SOE, Taiyuan).
Mail: Coremail server mail.jtgs.example.cn; staff use Outlook 2016 (zh-CN), Foxmail and Coremail webmail.
Bot: 纪要助手 <minutes@jtgs.example.cn>."""
import h51_lib as L
import h51_mime as M
import h51_clients as C
from h51_case import Case, Item, plain, outlook_html, div_html, envelope

DOM = "jtgs.example.cn"
BOT = ("纪要助手", f"minutes@{DOM}")

PEOPLE = [
    ("张海军", f"zhanghj@{DOM}", "公司领导", "", "张总;张副总;Zhang Haijun"),
    ("阎志刚", f"yanzg@{DOM}", "综合办公室", f"zhanghj@{DOM}", "阎主任;Yan Zhigang"),
    ("白雪", f"baixue@{DOM}", "综合办公室", f"yanzg@{DOM}", "小白;Bai Xue"),
    ("郝建平", f"haojp@{DOM}", "收费管理部", f"zhanghj@{DOM}", "郝部长;Hao Jianping"),
    ("温丽娟", f"wenlj@{DOM}", "收费管理部", f"haojp@{DOM}", "温科长;温科;Wen Lijuan"),
    ("任堃", f"renkun@{DOM}", "信息技术部", f"zhanghj@{DOM}", "任部长;Ren Kun"),
    ("王斌", f"wangbin@{DOM}", "信息技术部", f"renkun@{DOM}", "王工;Wang Bin"),
    ("康宁", f"kangning@{DOM}", "信息技术部", f"renkun@{DOM}", "康工;Kang Ning"),
    ("贾文涛", f"jiawt@{DOM}", "稽查部", f"zhanghj@{DOM}", "贾部长;Jia Wentao"),
    ("常莉", f"changli@{DOM}", "稽查部", f"jiawt@{DOM}", "常科长;Chang Li"),
    ("武艳", f"wuyan@{DOM}", "财务部", f"zhanghj@{DOM}", "武部长;Wu Yan"),
    ("薛凯", f"xuekai@{DOM}", "安全应急部", f"zhanghj@{DOM}", "薛部长;Xue Kai"),
    ("段鹏", f"duanpeng@{DOM}", "太原东收费站", f"haojp@{DOM}", "段站长;Duan Peng"),
]
P = {r[0]: (r[0], r[1]) for r in PEOPLE}


def recv_outlook(host, ip, date, smtp_id):
    t = date + __import__("datetime").timedelta(seconds=1)
    return [f"from {host} (unknown [{ip}])\n\tby mail.{DOM} (Coremail) with SMTP id {smtp_id};\n\t{L.rfc_date(t, pad=True, tzname='CST')}"]


def recv_web(ip, date, smtp_id):
    t = date + __import__("datetime").timedelta(seconds=2)
    return [f"from mail.{DOM} (unknown [127.0.0.1])\n\tby mail.{DOM} (Coremail) with SMTP id {smtp_id}\n\tfor <{BOT[1]}>; {L.rfc_date(t, pad=True, tzname='CST')}",
            f"from {ip} ( [{ip}] ) by ajax-webmail-mail.{DOM} (Coremail) ;\n {L.rfc_date(date, pad=False, tzname='GMT+08:00')}"]


def env(sender, received):
    return envelope(BOT[1], sender, received)


# ------------------------------------------------------------------ 7901
D7901 = L.when(2026, 4, 1, 16, 42, 18)
T7901 = [
    "各位领导、各部门：",
    "　　现将4月1日专题会议纪要印发如下，请按分工抓好落实。",
    "",
    "山西晋通高速公路收费管理有限公司",
    "专 题 会 议 纪 要",
    "〔2026〕第12期",
    "综合办公室　　　　　　　　　　　　　　　　2026年4月1日",
    "",
    "关于清明节假期小客车免费通行保障工作的会议纪要",
    "",
    "　　4月1日上午，张海军副总经理主持召开专题会议，研究部署2026年清明节假期（4月4日0时至4月6日24时）小客车免费通行保障工作。收费管理部、信息技术部、安全应急部、财务部、太原东收费站负责同志参加会议。现纪要如下：",
    "",
    "　　一、会议认为",
    "　　今年清明假期免费通行时段与往年一致，预计路网车流量同比增长约8%，太原东、晋祠等站口压力较大。各单位要提高站位，一是确保免费车辆快速通行，二是确保收费数据准确无误，三是确保突发情况及时处置。",
    "",
    "　　二、工作安排",
    "　　（一）收费车道调整。完成各站免费通行车道标识更换和ETC/MTC混合车道切换预案。",
    "　　责任单位：收费管理部（郝建平）",
    "　　完成时限：4月3日前",
    "　　（二）收费系统免费时段参数下发与测试。参数下发后逐站抽测，确保4日0时准时切换。",
    "　　责任单位：信息技术部（任堃）",
    "　　完成时限：4月2日18:00前",
    "　　（三）制定假期应急值守与保通预案，明确清障、救援力量布设。",
    "　　责任单位：安全应急部",
    "　　完成时限：4月3日前",
    "　　（四）太原东收费站增开临时复式收费亭，组织保畅人员上岗。",
    "　　责任单位：太原东收费站（段鹏）",
    "　　配合单位：收费管理部",
    "　　完成时限：4月3日前",
    "　　（五）假期通行费减免数据统计，并上报省高速公路联网收费中心。",
    "　　责任单位：财务部（武艳）",
    "　　完成时限：节后第一个工作日",
    "　　（六）汇总各单位假期保通工作总结，形成书面报告报公司领导。",
    "　　责任单位：综合办公室（阎志刚）",
    "　　完成时限：4月底前",
    "",
    "　　三、其他事项",
    "　　假期期间实行领导带班和24小时值班制度，值班表另行印发。各单位遇有重大情况须在30分钟内报公司总值班室。",
    "　　下次会议：4月8日（周三）上午9:30，地点：公司三楼第一会议室，听取假期保通工作情况汇报。",
    "",
    "参会：张海军、郝建平、任堃、薛凯、武艳、段鹏、阎志刚",
    "记录：白雪",
    "",
    "白雪",
    "综合办公室",
    "电话：0351-5268012",
]


def b7901():
    to = [P["郝建平"], P["任堃"], P["薛凯"], P["段鹏"], P["武艳"]]
    cc = [P["张海军"], P["阎志刚"], BOT]
    top = C.outlook(P["白雪"], to, cc, "关于清明节假期小客车免费通行保障工作的专题会议纪要", D7901,
                    "<000501dcc1a2$3f4b5e60$bde21b20$@jtgs.example.cn>", plain(T7901),
                    outlook_html(T7901, "gb2312"), charset="gb2312", codec="gbk", plain_cte="base64",
                    html_cte="base64", thread_index="AdzBoj9LXmC94hsgQ0a8kKmB1uEw7g==",
                    boundary="----=_NextPart_000_0006_01DCC1E5.4D6E8A10")
    top.headers = env(P["白雪"][1], recv_outlook("BAIXUE-PC", "10.20.3.17", D7901,
                      "AQAAfwD3wKm8V8xpQ2cBAA--.10231S2")) + top.headers
    return M.serialize(top, "\r\n")


CASES = []
CASES.append(Case(
    7901, "soe-qingming-special-minutes-outlook-gbk", "minutes", "A", "Outlook 2016 zh-CN",
    "multipart/alternative, gb2312 label carrying GBK-only 堃, base64, CRLF",
    "6 items (2 before Qingming, 节后第一个工作日=04-07, 4月底前); next 04-08 09:30",
    "SOE 专题会议纪要: （一）…（六） with 责任单位：X部（姓名）/完成时限 labels; 一是二是三是 in 会议认为 are principles; 配合单位 not an owner; dept-only owner",
    b7901,
    [Item("郝建平", "完成各站免费通行车道标识更换和ETC/MTC混合车道切换预案", ("md", 4, 3), "2026-04-03"),
     Item("任堃", "收费系统免费时段参数下发与逐站抽测", ("md", 4, 2), "2026-04-02", "18:00"),
     Item(("dept", "安全应急部"), "制定假期应急值守与保通预案", ("md", 4, 3), "2026-04-03"),
     Item("段鹏", "太原东收费站增开临时复式收费亭，组织保畅人员上岗", ("md", 4, 3), "2026-04-03"),
     Item("武艳", "假期通行费减免数据统计并上报省联网收费中心", ("after_hol", "Tomb-sweeping Day"), "2026-04-07"),
     Item("阎志刚", "汇总各单位假期保通工作总结，形成书面报告", ("month_end",), "2026-04-30")],
    (("md", 4, 8), "2026-04-08", "09:30"),
    "Formal SOE special-meeting minutes sent Wed 2026-04-01 16:42 +0800. Items are the six （一）…（六） under 二、工作安排, "
    "each with 责任单位/完成时限 labels. A person in brackets after a unit is the owner (郝建平, 任堃, 段鹏, 武艳, 阎志刚); "
    "（三） names only 安全应急部 -> owner null, department 安全应急部, no_owner (薛凯 heads it but is not named for the item). "
    "（四）'配合单位：收费管理部' is support, not an owner or an extra item. '4月2日18:00前' -> 2026-04-02 18:00. "
    "'节后第一个工作日': Qingming holiday 04-04..04-06 (Sat-Mon), so the first working day after it is Tue 2026-04-07. "
    "'4月底前' -> 2026-04-30. The 一是/二是/三是 in 一、会议认为 are principles (确保…), not tasks; the 值班 and '30分钟内报' lines are standing rules. "
    "下次会议 4月8日（周三）上午9:30 -> 2026-04-08 09:30. Charset label gb2312 but the bytes are GBK (任堃's 堃 is not in GB2312), as Outlook does; "
    "decode gb2312 as GBK."))


# ------------------------------------------------------------------ 7902
D7902 = L.when(2026, 4, 28, 17, 5, 2)
TAB7902 = [
    ["序号", "工作事项", "责任人", "完成时间", "备注"],
    ["1", "五一假期免费通行车道切换预案修订", "主责：温丽娟；配合：段鹏", "4月30日前", "参照清明方案修订"],
    ["2", "车道收费软件V3.2补丁升级", "主责：信息技术部王斌；配合：各收费站", "3个工作日内", "夜间23:00后窗口操作"],
    ["3", "假期绿通车辆查验登记表更新", "主责：稽查部常莉", "5月9日（周六，调休上班）前", ""],
    ["4", "节后车流数据统计分析", "主责：温丽娟", "节后第一个工作日", "与去年同期对比"],
    ["5", "收费员五一排班表", "段鹏", "已完成", "已报部里备案"],
    ["6", "收费站文明服务暗访", "主责：稽查部；配合：收费管理部", "待定", "视假期车流情况安排"],
]
T7902 = [
    "郝部长及各位同事：",
    "　　今天下午部门周例会纪要如下，节前事项较多，请大家抓紧落实。",
    "",
    "一、上周工作回顾",
    "1. 太原东站ETC门架通行率日报已恢复正常报送（已完成）。",
    "2. 3月份通行费拆分对账已完成，差异已全部核销。",
    "",
    "二、本周及节前重点工作",
    ("table", TAB7902),
    "",
    "三、下次例会：5月12日（周二）下午3:00，部门会议室。",
    "",
    "记录：温丽娟",
    "收费管理部",
]


def b7902():
    to = [P["郝建平"], P["王斌"], P["常莉"], P["段鹏"]]
    html_blocks = [b if not (isinstance(b, tuple)) else ("raw", __import__("h51_case")._table_html(b[1], "outlook")) for b in T7902]
    top = C.coremail_web(P["温丽娟"], to, [BOT], "收费管理部周例会纪要（4月28日）", D7902,
                         "<3c1f0a2e.5b7d.19dd3a4c1e2.Coremail.wenlj@jtgs.example.cn>", plain(T7902),
                         div_html(html_blocks, font="宋体"), boundary="----=_Part_419772_1540218338.1777367102315",
                         plain_cte="base64", html_cte="quoted-printable")
    top.headers = env(P["温丽娟"][1], recv_web("10.20.5.23", D7902, "AQAAfwDHhp1GbJBpCGYFAA--.7281S2")) + top.headers
    return M.serialize(top)


CASES.append(Case(
    7902, "weekly-table-zhuze-peihe-coremail", "minutes", "A", "Coremail webmail XT5",
    "multipart/alternative UTF-8, plain base64 + HTML quoted-printable (Word table pasted)",
    "5 items (3个工作日内 over Labour Day = 05-06, 05-09 make-up Saturday, 待定); 已完成 row skipped; next 05-12 15:00",
    "Word table with '主责：X；配合：Y' in one cell; review section and 已完成 row are not items; remarks cell with a time is not a due time",
    b7902,
    [Item("温丽娟", "五一假期免费通行车道切换预案修订", ("md", 4, 30), "2026-04-30"),
     Item("王斌", "车道收费软件V3.2补丁升级", ("wdays", 3), "2026-05-06"),
     Item("常莉", "假期绿通车辆查验登记表更新", ("md", 5, 9), "2026-05-09"),
     Item("温丽娟", "节后车流数据统计分析", ("after_hol", "Labour Day"), "2026-05-06"),
     Item(("dept", "稽查部"), "收费站文明服务暗访", ("vague",), None)],
    (("md", 5, 12), "2026-05-12", "15:00"),
    "Department weekly minutes sent Tue 2026-04-28 17:05 +0800 from Coremail webmail; the task table was pasted from Word. "
    "The 责任人 cell holds '主责：X；配合：Y': only the 主责 person owns the row ('信息技术部王斌' -> 王斌, '稽查部常莉' -> 常莉); 配合 names are never owners. "
    "Row 2 '3个工作日内' counted from Wed 04-29: 04-29 (1), 04-30 (2), Labour Day 05-01..05-05 off, Wed 05-06 (3) -> 2026-05-06. "
    "Row 3 '5月9日（周六，调休上班）前' -> 2026-05-09, the Labour Day make-up Saturday. Row 4 '节后第一个工作日' -> 2026-05-06. "
    "Row 5 is marked 已完成 -> status, not an item. Row 6 主责 is only 稽查部 -> owner null, department 稽查部, no_owner; '待定' -> vague_due. "
    "The 备注 '夜间23:00后窗口操作' is a remark, not a due time. 一、上周工作回顾 lines report finished work. 下次例会 5月12日（周二）下午3:00 -> 2026-05-12 15:00."))


# ------------------------------------------------------------------ 7903
D7903 = L.when(2026, 5, 8, 11, 20, 36)
DOCX7903 = [
    ("c", "总经理办公会会议纪要"),
    ("c", "（2026年第9期）"),
    ("p", "时间：2026年5月7日上午9:00"),
    ("p", "地点：公司四楼会议室"),
    ("p", "主持：张海军"),
    ("p", "参会：郝建平、任堃、贾文涛、武艳、薛凯、阎志刚"),
    ("p", "记录：白雪"),
    ("p", "　　5月7日，张海军副总经理主持召开总经理办公会，听取五一假期保通工作汇报，研究部署下一阶段重点工作。现纪要如下："),
    ("p", "　　一、关于五一假期保通工作"),
    ("p", "　　收费管理部汇报了假期路网运行情况，假期累计免费通行小客车42.6万辆次，未发生重大拥堵。会议认为，假期保通工作总体平稳有序。"),
    ("p", "　　二、关于ETC门架系统升级改造项目"),
    ("p", "　　会议要求：一是由张总牵头成立项目专班，5月15日前印发专班工作方案；二是信息技术部5月底前完成改造实施方案编制并报公司审议；三是财务部（武艳）2个工作日内提出项目资金测算意见。"),
    ("p", "　　三、关于收费站标准化建设"),
    ("p", "　　由稽查部贾文涛负责，会同收费管理部于6月10日前完成全线收费站标准化检查，形成检查报告。"),
    ("p", "　　四、关于“安全生产月”活动"),
    ("p", "　　由安全应急部薛凯牵头，各部门配合，5月29日前报送“安全生产月”活动方案。"),
    ("p", "　　五、其他"),
    ("p", "　　各部门要严格执行请销假制度，部门负责同志节假日离并须提前报备。"),
    ("p", "　　送：公司领导，各部门"),
    ("p", "　　综合办公室　　　　　　　　　　2026年5月7日印发"),
]
DOCX7903_NAME = "总经理办公会会议纪要（2026年第9期）.docx"


def docx7903():
    import datetime as dt
    return M.build_docx(DOCX7903, "白雪", dt.datetime(2026, 5, 7, 14, 12, 0), "总经理办公会会议纪要", (2026, 5, 7, 16, 40, 0))


def b7903():
    T = ["各部门：", "", "　　附件为5月7日总经理办公会会议纪要（2026年第9期），请按分工抓好落实，落实情况请于完成时限前报综合办公室。",
         "", "阎志刚", "综合办公室", "电话：0351-5268001"]
    to = [("各部门负责人", f"bmfzr@{DOM}")]
    cc = [P["张海军"], P["郝建平"], P["任堃"], P["贾文涛"], P["武艳"], P["薛凯"], BOT]
    att = M.attachment(docx7903(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                       "\n\t" + M.rfc2231_param("name", DOCX7903_NAME, "gb2312"),
                       "\n\t" + M.rfc2231_param("filename", DOCX7903_NAME, "gb2312"))
    top = C.outlook(P["阎志刚"], to, cc, "总经理办公会会议纪要（2026年第9期）", D7903,
                    "<001101dcde72$8a3c41d0$9eb4c570$@jtgs.example.cn>", plain(T), outlook_html(T, "gb2312"),
                    charset="gb2312", plain_cte="base64", html_cte="quoted-printable",
                    thread_index="AdzecoqGq2pI7dYuQ7yGmJ0jQ5kZ7Q==",
                    boundary="----=_NextPart_001_0012_01DCDEB5.9857A9E0",
                    mixed_boundary="----=_NextPart_000_0011_01DCDEB5.9857A9E0", attachments=[att])
    top.headers = env(P["阎志刚"][1], recv_outlook("YANZG-PC", "10.20.3.11", D7903,
                      "AQAAfwCXf0zpVp1pR8kHAA--.11873S2")) + top.headers
    return M.serialize(top, "\r\n")


CASES.append(Case(
    7903, "gm-office-minutes-docx-attachment", "minutes", "A", "Outlook 2016 zh-CN",
    "multipart/mixed: alternative gb2312 (plain base64, HTML QP) + .docx (RFC 2231 gb2312 file name with continuations)",
    "5 items from the .docx (一是…二是…三是… are tasks; 2个工作日内 over the 05-09 make-up Saturday = 05-11); no next meeting",
    "minutes only in a Word attachment with a two-line covering note; 张总牵头; dept-only owner; 会议认为/汇报 not items",
    b7903,
    [Item("张海军", "成立ETC门架系统升级改造项目专班，印发专班工作方案", ("md", 5, 15), "2026-05-15"),
     Item(("dept", "信息技术部"), "完成ETC门架系统改造实施方案编制并报公司审议", ("month_end",), "2026-05-31"),
     Item("武艳", "提出ETC门架项目资金测算意见", ("wdays", 2), "2026-05-11"),
     Item("贾文涛", "完成全线收费站标准化检查，形成检查报告", ("md", 6, 10), "2026-06-10"),
     Item("薛凯", "报送“安全生产月”活动方案", ("md", 5, 29), "2026-05-29")],
    None,
    "Sent Fri 2026-05-08 11:20 +0800; the body only says the minutes are attached, so the items come from the .docx, as a human reading it would record them. "
    "Here 一是/二是/三是 under 会议要求 are three separate tasks with their own owners and deadlines: '张总牵头' -> 张海军 (alias 张总), 5月15日前 -> 2026-05-15; "
    "'信息技术部5月底前' names only a unit -> owner null, department 信息技术部, no_owner, 2026-05-31; '财务部（武艳）2个工作日内' -> counted from Sat 05-09, "
    "which is the Labour Day make-up working day (1), then Mon 05-11 (2) -> 2026-05-11 (a Mon-Fri count gives 05-12). "
    "三、贾文涛负责, 会同收费管理部 (support) -> 贾文涛 2026-06-10. 四、薛凯牵头, 各部门配合 -> 薛凯 2026-05-29. "
    "一、is a report (汇报了…) and a 会议认为 judgement; 五、is a standing rule. No next meeting is stated. The covering note's '完成时限前报综合办公室' is not an item."))


# ------------------------------------------------------------------ 7904
D7904 = L.when(2026, 6, 15, 8, 55, 10)
FWD7904 = [
    "信息化工作推进会会议纪要",
    "",
    "时间：2026年6月12日（周五）下午3:00",
    "地点：公司三楼第一会议室",
    "主持：张海军",
    "参会：任堃、王斌、康宁、贾文涛、常莉、武艳、阎志刚",
    "",
    "　　一、会议听取了信息技术部关于收费稽核平台建设进展的汇报。平台一期已于6月1日上线试运行，运行总体稳定。",
    "　　二、部署事项",
    "　　（一）稽核平台二期需求调研。责任单位：信息技术部（王斌）、稽查部（常莉）；完成时限：6月26日前。",
    "　　（二）机房UPS电池组更换。责任单位：信息技术部（康宁）；完成时限：端午节前。",
    "　　（三）网络安全等级保护测评问题整改。责任单位：信息技术部；完成时限：7月15日前。",
    "　　（四）收费数据月报自动生成功能上线。责任单位：信息技术部（王斌）；配合单位：财务部；完成时限：节后第一个工作日。",
    "　　三、下次推进会定于7月上旬召开，具体时间另行通知。",
    "",
    "综合办公室",
    "2026年6月12日",
]
PRE7904 = [
    "王工、康工：",
    "　　转发公司信息化工作推进会纪要，涉及我部的事项请两位按分工牵头落实。请今天下班前先把各自的初步计划发我，周三部门会上再过一遍。",
    "",
    "任堃",
    "信息技术部",
    "",
]


def b7904():
    hdr = ["发件人: 白雪 <baixue@jtgs.example.cn> ",
           "发送时间: 2026年6月12日 17:30",
           "收件人: 任堃 <renkun@jtgs.example.cn>; 贾文涛 <jiawt@jtgs.example.cn>; 武艳 <wuyan@jtgs.example.cn>",
           "抄送: 张海军 <zhanghj@jtgs.example.cn>; 阎志刚 <yanzg@jtgs.example.cn>; 王斌 <wangbin@jtgs.example.cn>; 康宁 <kangning@jtgs.example.cn>; 常莉 <changli@jtgs.example.cn>",
           "主题: 信息化工作推进会会议纪要", ""]
    T = PRE7904 + hdr + FWD7904
    html_blocks = PRE7904 + [("raw", "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                              + "".join(f"<p class=MsoNormal><b>{h.split(': ', 1)[0]}:</b> {__import__('html').escape(h.split(': ', 1)[1]) if ': ' in h else ''}</p>" for h in hdr if h)
                              + "</div>")] + FWD7904
    oh = outlook_html([b for b in html_blocks if not isinstance(b, tuple)], "utf-8")
    # splice the header div where it belongs (after the preface)
    raw = html_blocks[len(PRE7904)][1]
    marker = "<p class=MsoNormal><span style='font-family:等线'>信息化工作推进会会议纪要</span>"
    oh = oh.replace(marker, raw + "\n" + marker, 1)
    top = C.outlook(P["任堃"], [P["王斌"], P["康宁"]], [P["常莉"], BOT], "转发: 信息化工作推进会会议纪要", D7904,
                    "<002c01dcfc5a$1e0f7b40$5a2e71c0$@jtgs.example.cn>", plain(T), oh, charset="utf-8",
                    plain_cte="quoted-printable", html_cte="quoted-printable",
                    thread_index="AQHc+lqHkC6y4oE3T0WnBm0uI6Wd0AAAmMRw", thread_topic="信息化工作推进会会议纪要",
                    boundary="----=_NextPart_000_002D_01DCFC9D.2C32C6A0",
                    references="<001f01dcfa33$77c10a30$67431e90$@jtgs.example.cn>")
    top.headers = env(P["任堃"][1], recv_outlook("RENKUN-NB", "10.20.6.30", D7904,
                      "AQAAfwBn5HptaF9pB4QMAA--.20911S2")) + top.headers
    return M.serialize(top, "\r\n")


CASES.append(Case(
    7904, "forwarded-it-minutes-preface-outlook", "minutes", "A", "Outlook 2016 zh-CN (forward)",
    "multipart/alternative UTF-8 quoted-printable, CRLF",
    "5 items from the forwarded minutes (one task for two owners = 2 items; 端午节前 = 06-18; 节后第一个工作日 = 06-22); next null (7月上旬 另行通知)",
    "'转发:' with a preface that asks for plans 'today' (not an item) above Outlook's 发件人/发送时间 block; minutes below the block are the content",
    b7904,
    [Item("王斌", "稽核平台二期需求调研", ("md", 6, 26), "2026-06-26"),
     Item("常莉", "稽核平台二期需求调研", ("md", 6, 26), "2026-06-26"),
     Item("康宁", "机房UPS电池组更换", ("before_hol", "Dragon Boat Festival"), "2026-06-18"),
     Item(("dept", "信息技术部"), "网络安全等级保护测评问题整改", ("md", 7, 15), "2026-07-15"),
     Item("王斌", "收费数据月报自动生成功能上线", ("after_hol", "Dragon Boat Festival"), "2026-06-22")],
    None,
    "任堃 forwards on Mon 2026-06-15 08:55 the minutes 白雪 sent on Fri 06-12. The preface ('请今天下班前先把各自的初步计划发我') is the forwarder's own request, "
    "not a minutes item. The minutes sit below Outlook's 发件人/发送时间/收件人/抄送/主题 block and must not be dropped as a quote. "
    "（一）names two units with a person each for the same task -> two items (王斌, 常莉), 6月26日前 -> 2026-06-26. "
    "（二）'端午节前': Dragon Boat holiday 06-19..06-21, last working day before it is Thu 2026-06-18. "
    "（三）only 信息技术部 -> owner null, no_owner, 2026-07-15. （四）王斌, 配合单位 财务部 is not an owner; '节后第一个工作日' -> Mon 2026-06-22. "
    "All deadlines are absolute or holiday-relative, so reading them from the forward's Date or from the original 06-12 gives the same dates. "
    "一、is a report. 三、'7月上旬召开，具体时间另行通知' gives no date -> next_followup null."))


# ------------------------------------------------------------------ 7905
D7905 = L.when(2026, 5, 21, 16, 10, 44)
NEW7905 = [
    "贾部长、各位：",
    "今天下午专项行动第二次碰头会纪要如下（第一次的纪要在下面，供对照）：",
    "1、大车绕行逃费名单核查：常莉负责，下周三前完成第一批300条核查。",
    "2、稽核数据接口对接：邵伟（华程智联）负责提供接口文档，本月底前提供。",
    "3、追缴通知书模板修订：稽查部尽快出初稿，王工配合提供系统字段。",
    "4、温科长：周五前汇总本周各站上报的追缴金额。",
    "下次碰头：5月28日（周四）下午4点，稽查部会议室。",
    "",
    "常莉",
    "稽查部",
    "0351-5268036",
]
OLD7905 = [
    "各位：",
    "ETC逃费稽核专项行动第一次碰头会纪要：",
    "1、常莉：5月20日前梳理近三个月大车绕行疑似名单。",
    "2、王工：本周五前导出门架与收费站交易比对数据。",
    "3、下周四同一时间第二次碰头。",
    "",
    "贾文涛",
]
SHAO = ("邵伟", "shaowei@huacheng-its.example.com")


def b7905():
    qhdr = ["发件人：贾文涛", "发送时间：2026-05-14 17:32", "收件人：常莉; 温丽娟; 王斌",
            "抄送：邵伟; 纪要助手", "主题：关于ETC逃费稽核专项行动第一次碰头会纪要"]
    T = NEW7905 + ["", "", " ", "", "常莉", " "] + qhdr + OLD7905
    import html as h
    html = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=GBK\"><style>body { line-height: 1.5; }"
            "blockquote { margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em; }</style></head>"
            "<body>\n" + "\n".join(f"<div>{h.escape(x) if x else '<br>'}</div>" for x in NEW7905)
            + "\n<div><br></div><hr style=\"width: 210px; height: 1px;\" color=\"#b5c4df\" size=\"1\" align=\"left\">\n"
            "<div><span><div style=\"MARGIN: 10px; FONT-FAMILY: verdana; FONT-SIZE: 10pt\"><div>常莉</div></div></span></div>\n"
            "<blockquote style=\"margin-Top: 0px; margin-Bottom: 0px; margin-Left: 0.5em; margin-Right: inherit\"><div>&nbsp;</div>"
            "<div style=\"border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
            "<div style=\"PADDING-RIGHT: 8px; PADDING-LEFT: 8px; FONT-SIZE: 12px;FONT-FAMILY:tahoma;COLOR:#000000; BACKGROUND: #efefef; PADDING-BOTTOM: 8px; PADDING-TOP: 8px\">"
            + "".join(f"<div><b>{q.split('：', 1)[0]}：</b>&nbsp;{h.escape(q.split('：', 1)[1])}</div>" for q in qhdr)
            + "</div></div><div>&nbsp;</div>\n" + "\n".join(f"<div>{h.escape(x) if x else '<br>'}</div>" for x in OLD7905)
            + "\n</blockquote>\n</body></html>")
    top = C.foxmail(P["常莉"], [P["贾文涛"], P["温丽娟"], P["王斌"]], [SHAO, BOT],
                    "回复：关于ETC逃费稽核专项行动第一次碰头会纪要", D7905, "<202605211610441053127@jtgs.example.cn>",
                    plain(T), html, boundary="----=_001_NextPart218034716052_=----", charset="GBK", codec="gbk",
                    in_reply_to="<001a01dce37c$2b1f6e90$815c4bb0$@jtgs.example.cn>")
    top.headers = env(P["常莉"][1], recv_outlook("CHANGLI-PC", "10.20.4.52", D7905,
                      "AQAAfwD3vxKgvw5qP5gJAA--.15507S2")) + top.headers
    return M.serialize(top)


CASES.append(Case(
    7905, "re-thread-new-minutes-foxmail-gbk", "minutes", "A", "Foxmail 7.2 (reply)",
    "multipart/alternative GBK, plain base64 + HTML quoted-printable",
    "4 items (下周三 from Thu = 05-27, external owner via Cc, dept-only 尽快, bare 周五); quoted first minutes ignored; next 05-28 16:00",
    "new minutes written as '回复：' on top of the previous minutes (Foxmail quote with 发件人：/发送时间：); 王工配合 is not an owner",
    b7905,
    [Item("常莉", "完成大车绕行逃费名单第一批300条核查", ("next", 2), "2026-05-27"),
     Item(("ext",) + SHAO, "提供稽核数据接口文档", ("month_end",), "2026-05-31"),
     Item(("dept", "稽查部"), "修订追缴通知书模板，出初稿", ("vague",), None),
     Item("温丽娟", "汇总本周各站上报的追缴金额", ("wd", 4), "2026-05-22")],
    (("md", 5, 28), "2026-05-28", "16:00"),
    "Second meeting's minutes sent as a Foxmail reply on Thu 2026-05-21 16:10 +0800; the first meeting's minutes are quoted below the Foxmail "
    "发件人：/发送时间： block and are not items (their '5月20日前', '本周五前', '下周四同一时间' belong to the old mail). "
    "1 '下周三前' from Thursday -> Wednesday of next week, 2026-05-27. 2 '邵伟（华程智联）' is the vendor's contact in Cc -> owner 邵伟, "
    "shaowei@huacheng-its.example.com from the Cc header, department null; '本月底前' -> 2026-05-31. "
    "3 '稽查部尽快出初稿，王工配合' -> the unit owns it (no_owner, department 稽查部), 王工 (王斌) is support; 尽快 -> vague_due. "
    "4 '温科长' = 温丽娟 (alias); bare '周五前' sent Thursday -> this week's Friday 2026-05-22. 下次碰头 5月28日（周四）下午4点 -> 2026-05-28 16:00."))


# ------------------------------------------------------------------ 7906
D7906 = L.when(2026, 6, 24, 10, 15, 27)
T7906 = [
    "各位：",
    "",
    "汛期安全生产工作会议纪要",
    "",
    "时间：2026年6月23日 下午2:30",
    "地点：安全应急部会议室",
    "参加：薛凯、段鹏、王斌、康宁、温丽娟",
    "",
    "会议议定事项：",
    "1. 段站长负责太原东收费站周边排水沟清淤及防汛沙袋储备，6月30日前",
    "   完成并拍照上报。",
    "2. 王工负责收费站监控和门架设备防雷检测，7月3日（周五）前完成，检测报",
    "   告报安全应急部备案。",
    "3. 温丽娟负责修订恶劣天气交通管制期间收费站应急处置流程，7月10日前报",
    "   初稿。",
    "4. 各收费站每日18:00前报送汛期值班情况，汛期内长期执行。",
    "5. 康工负责应急广播系统与省路网中心联调，时间待定。",
    "",
    "下次会议时间另行通知。",
    "",
    "薛凯",
    "安全应急部",
    "Tel: 0351-5268050",
]


def b7906():
    top = C.coremail_web(P["薛凯"], [P["段鹏"], P["王斌"], P["康宁"], P["温丽娟"]], [BOT], "汛期安全生产工作会议纪要",
                         D7906, "<6a0d2f11.3e1c.19ef8a6b2d1.Coremail.xuekai@jtgs.example.cn>", plain(T7906), None,
                         boundary=None, plain_only=True, plain_cte="base64")
    top.headers = env(P["薛凯"][1], recv_web("10.20.7.14", D7906, "AQAAfwCXd7yxQDtqH0IOAA--.3390S2")) + top.headers
    return M.serialize(top)


CASES.append(Case(
    7906, "flood-season-plain-wrapped-coremail", "minutes", "A", "Coremail webmail (plain-text mode)",
    "single text/plain UTF-8 base64",
    "4 items (titles 段站长/王工/康工; each wrapped over two lines; 待定); standing rule not an item; next null",
    "plain, common minutes; items hard-wrapped mid-word onto an indented second line; title aliases; daily reporting rule is not a task",
    b7906,
    [Item("段鹏", "太原东收费站周边排水沟清淤及防汛沙袋储备，完成并拍照上报", ("md", 6, 30), "2026-06-30"),
     Item("王斌", "收费站监控和门架设备防雷检测，检测报告报安全应急部备案", ("md", 7, 3), "2026-07-03"),
     Item("温丽娟", "修订恶劣天气交通管制期间收费站应急处置流程，报初稿", ("md", 7, 10), "2026-07-10"),
     Item("康宁", "应急广播系统与省路网中心联调", ("vague",), None)],
    None,
    "Plain minutes sent Wed 2026-06-24 10:15 +0800 (meeting was 06-23). Items 1-3 are hard-wrapped: the deadline or the end of the task "
    "continues on the indented next line ('检测报/告报…'), so an item is the numbered line plus its continuation. "
    "段站长 = 段鹏, 王工 = 王斌, 康工 = 康宁 (roster aliases). 6月30日前 -> 2026-06-30; 7月3日（周五）前 -> 2026-07-03; 7月10日前 -> 2026-07-10. "
    "4 '各收费站每日18:00前报送…长期执行' is a standing rule for all stations, not an item (and 18:00 is not a due time). "
    "5 '时间待定' -> vague_due. '下次会议时间另行通知' -> next_followup null."))


# ------------------------------------------------------------------ 7907
D7907 = L.when(2026, 7, 10, 16, 30, 5)
TAB7907 = [
    ["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间", "计划完成时间",
     "实际完成时间", "进展情况", "风险点及应对措施"],
    ["1", "上半年通行费收入分析报告", "财务部", "收费管理部", "武艳", "温丽娟", "2026-07-01", "2026-07-08", "2026-07-08",
     "已完成", "—"],
    ["2", "收费站标准化整改复查", "稽查部", "收费管理部", "贾文涛", "郝建平", "2026-07-06", "2026-07-17", "-",
     "进行中（已完成40%）", "部分站点整改材料未提交，已督促"],
    ["3", "稽核平台二期需求确认", "信息技术部", "稽查部", "王斌", "常莉", "2026-07-08", "2026-07-15", "-",
     "进行中", "需求变更较多，拟7月13日召开评审会"],
    ["4", "防汛物资补充采购", "安全应急部", "财务部", "薛凯", "武艳", "2026-07-09", "待定", "-", "未开始",
     "等待预算批复"],
    ["5", "半年工作总结汇编", "综合办公室", "各部门", "白雪", "—", "2026-07-06", "2026-07-24", "-", "进行中", ""],
]
T7907 = [
    "各部门：",
    "　　本周跨部门协作事项跟踪情况如下，请各责任人关注计划完成时间，有延期风险的请提前报综合办公室协调。",
    "",
    "跨部门协作事项跟踪表（第28周）",
    ("table", TAB7907),
    "",
    "　　下周五（7月17日）下午3:30在三楼第一会议室召开协作事项推进会，请各发起方责任人参加。",
    "",
    "阎志刚",
    "综合办公室",
]


def b7907():
    cc = [P["张海军"], BOT]
    top = C.outlook(P["阎志刚"], [("各部门负责人", f"bmfzr@{DOM}")], cc, "跨部门协作事项跟踪表（第28周）", D7907,
                    "<003701dd1043$5c2e9d10$1487d730$@jtgs.example.cn>", plain(T7907), outlook_html(T7907, "gb2312"),
                    charset="gb2312", codec="gbk", plain_cte="base64", html_cte="base64",
                    thread_index="Ad0QQ1wulxBdPyUNRrOXAh8bXSi0jQ==",
                    boundary="----=_NextPart_000_0038_01DD1086.6A51E5F0")
    top.headers = env(P["阎志刚"][1], recv_outlook("YANZG-PC", "10.20.3.11", D7907,
                      "AQAAfwC3Z0G7j5BqWWYSAA--.30022S2")) + top.headers
    return M.serialize(top, "\r\n")


CASES.append(Case(
    7907, "collab-tracking-table-seed-outlook", "minutes", "A", "Outlook 2016 zh-CN",
    "multipart/alternative gb2312 base64 (HTML table + tab-separated plain text), CRLF",
    "4 items (责任人（发起方） owns; 已完成 row skipped; 待定); next 07-17 15:30",
    "seed 跨部门协作事项跟踪表 with two person columns (发起方/协作方), 计划完成时间 vs 实际完成时间, progress and risk cells with dates",
    b7907,
    [Item("贾文涛", "收费站标准化整改复查", ("md", 7, 17), "2026-07-17"),
     Item("王斌", "稽核平台二期需求确认", ("md", 7, 15), "2026-07-15"),
     Item("薛凯", "防汛物资补充采购", ("vague",), None),
     Item("白雪", "半年工作总结汇编", ("md", 7, 24), "2026-07-24")],
    (("md", 7, 17), "2026-07-17", "15:30"),
    "Weekly tracking table (seed 跨部门协作事项跟踪表) sent Fri 2026-07-10 16:30 +0800. Convention (README): 责任人（发起方） is the lead owner of the row; "
    "责任人（协作方） is the supporting side (配合) and is not an owner or an extra item. Due = 计划完成时间. "
    "Row 1 has 实际完成时间 and 进展 已完成 -> status, not an item. Row 2 -> 贾文涛 2026-07-17 ('已完成40%' is progress, not done). "
    "Row 3 -> 王斌 2026-07-15 (the 7月13日 review meeting in the risk cell is a remark, not a due date or the next meeting). "
    "Row 4 计划完成时间 待定 -> vague_due. Row 5 -> 白雪 2026-07-24. "
    "'下周五（7月17日）下午3:30…召开协作事项推进会' -> next_followup 2026-07-17 15:30."))


# ------------------------------------------------------------------ 7908
D7908 = L.when(2026, 6, 29, 9, 40, 12)
T7908 = [
    "各部门、各收费站：",
    "",
    "　　根据公司年度工作安排，请各单位于7月3日（周五）前将2026年上半年工作总结及下半年工作计划（电子版）报送综合办公室，纸质版经单位负责人签字后一并报送。",
    "　　总结字数控制在3000字以内，重点突出工作亮点、存在问题和下步打算，不要罗列日常事务。",
    "　　联系人：白雪，电话：0351-5268012。",
    "",
    "综合办公室",
    "2026年6月29日",
]


def b7908():
    top = C.coremail_web(P["白雪"], [("各部门负责人", f"bmfzr@{DOM}"), ("各收费站站长", f"zzz@{DOM}")], [BOT],
                         "关于报送2026年上半年工作总结及下半年工作计划的通知", D7908,
                         "<1d0b5a7e.6f2a.19f3a1c5b0e.Coremail.baixue@jtgs.example.cn>", plain(T7908),
                         div_html(T7908, font="仿宋_GB2312", size="16px"),
                         boundary="----=_Part_627190_1830142207.1782697212384", plain_cte="base64", html_cte="base64")
    top.headers = env(P["白雪"][1], recv_web("10.20.3.17", D7908, "AQAAfwC3b1V8nF9qQ6wRAA--.1208S2")) + top.headers
    return M.serialize(top)


CASES.append(Case(
    7908, "other-notice-half-year-summary-coremail", "other", "A", "Coremail webmail",
    "multipart/alternative UTF-8 base64",
    "other: no items, no follow-up",
    "an office notice with a deadline (7月3日（周五）前) and a contact, bot in Cc: no meeting was held, so not minutes",
    b7908, [], None,
    "A 通知 from the general office (Mon 2026-06-29 09:40) asking every unit to submit its half-year summary by 7月3日（周五）前, with the bot in Cc "
    "as the office copies it on everything. Nothing here records a meeting (no 时间/参会/议定事项, no 纪要): it is an ordinary request to many units, "
    "so kind other, no items, next_followup null, even though it has a deadline a minutes parser could latch onto."))


# ------------------------------------------------------------------ 7909
D7909 = L.when(2026, 6, 24, 10, 16, 40)


def b7909():
    boundary = "----=_Part_Bounce_4471_1782267400117"
    notif = ("您好，这是邮件系统 mail.jtgs.example.cn 的自动退信通知。\n"
             "Hello, this is the mail system at host mail.jtgs.example.cn.\n\n"
             "很抱歉，您发送的邮件未能投递到以下收件人：\n"
             "I'm sorry to have to inform you that your message could not be delivered to one or more recipients.\n\n"
             "  收件人 / Recipient: kangning@jtgs.example.cn\n"
             "  原因 / Reason: 收件人邮箱空间已满 (552 5.2.2 Mailbox full, quota exceeded)\n\n"
             "  原邮件主题 / Original subject: 【纪要确认】汛期安全生产工作会议纪要（共4项待办）\n"
             "  发送时间 / Sent: 2026-06-24 10:16:31\n\n"
             "本邮件由系统自动发出，请勿直接回复。\n"
             "This is an automatically generated message. Please do not reply.\n")
    dsn = ("Reporting-MTA: dns; mail.jtgs.example.cn\n"
           "Arrival-Date: Wed, 24 Jun 2026 10:16:31 +0800\n\n"
           "Final-Recipient: rfc822; kangning@jtgs.example.cn\n"
           "Original-Recipient: rfc822;kangning@jtgs.example.cn\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full, quota exceeded\n")
    orig = ("Return-Path: <minutes@jtgs.example.cn>\n"
            "Received: from localhost (unknown [10.20.9.5])\n\tby mail.jtgs.example.cn (Coremail) with SMTP id AQAAfwBnb9yhQDtqTkIOAA--.3402S2;\n"
            "\tWed, 24 Jun 2026 10:16:31 +0800 (CST)\n"
            "From: " + L.addr("纪要助手", BOT[1]) + "\n"
            "To: " + L.addr("康宁", f"kangning@{DOM}") + "\n"
            "Subject: " + L.ew("【纪要确认】汛期安全生产工作会议纪要（共4项待办）") + "\n"
            "Date: Wed, 24 Jun 2026 10:16:31 +0800\n"
            "Message-ID: <recap.7906.1@minutes.jtgs.example.cn>\n"
            "In-Reply-To: <6a0d2f11.3e1c.19ef8a6b2d1.Coremail.xuekai@jtgs.example.cn>\n"
            "Auto-Submitted: auto-generated\n"
            "X-Auto-Response-Suppress: OOF, AutoReply\n")
    parts = [M.text_part(notif, "plain", "utf-8", "base64", extra_headers=[("Content-Description", "Notification")]),
             M.Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], dsn.encode()),
             M.Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers"),
                     ("Content-Transfer-Encoding", "7bit")], orig.encode())]
    top = M.multipart("report", parts, boundary, params=" report-type=delivery-status;")
    h = [("Date", L.rfc_date(D7909, pad=True, tzname="CST")),
         ("From", L.addr("系统管理员", f"postmaster@{DOM}")),
         ("To", BOT[1]),
         ("Subject", L.ew("系统退信：【纪要确认】汛期安全生产工作会议纪要（共4项待办）", "utf-8", "B")),
         ("Auto-Submitted", "auto-replied"),
         ("MIME-Version", "1.0")]
    tail = [("Message-ID", "<bounce.1782267400117.4471@mail.jtgs.example.cn>"), ("X-Coremail-Bounce", "1")]
    top.headers = h + top.headers + tail
    top.headers = envelope(BOT[1], None, [f"by mail.{DOM} (Coremail) id AQAAfwBnb9yhQDtqTkIOAA--.3402S3;\n\t{L.rfc_date(D7909, pad=True, tzname='CST')}"]) + top.headers
    return M.serialize(top)


CASES.append(Case(
    7909, "auto-bounce-mailbox-full-coremail", "auto", "A", "Coremail server (bounce)",
    "multipart/report (delivery-status), notification UTF-8 base64 in Chinese and English",
    "auto: no items",
    "a 系统退信 for the bot's own recap of 7906 (mailbox full): Return-Path <>, Auto-Submitted: auto-replied, postmaster sender; subject quotes '共4项待办'",
    b7909, [], None,
    "Coremail bounce (Wed 2026-06-24 10:16) for the recap the bot sent to 康宁 after 7906: multipart/report; report-type=delivery-status, "
    "Return-Path <>, From postmaster, Auto-Submitted: auto-replied. The quoted original headers show the bot's own Auto-Submitted recap. "
    "No person wrote it, so kind auto; no items, no follow-up, and the bot must not answer it."))

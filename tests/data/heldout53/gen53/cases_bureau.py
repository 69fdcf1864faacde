"""甘孜县自然资源局 (Ganzi County Natural Resources Bureau): formal government minutes, Coremail/Foxmail/Outlook."""
from . import attach, markup
from .mime import addr, addr_list, binary_part, date_hdr, message, multipart, subject, text_part
from .model import Item, Next, case, inbound, sent
from .orgs import BOTS, BUREAU, person

BOT = ("纪要助手", BOTS[BUREAU])
COREMAIL_XM = ("Coremail Webmail Server Version XT5.0.14 build 20230109(2a3b6c7d)\n"
               " Copyright (c) 2002-2026 www.mailtech.cn gov")


def P(*names):
    return [person(n) for n in names]


# ------------------------------------------------------------------------------------------------ 8101
T8101 = """各股室、中心、大队：

现将4月1日局长办公会议纪要印发给你们，请认真抓好落实。

甘孜县自然资源局
局长办公会议纪要
〔2026〕5号

2026年4月1日下午，泽仁邓珠局长在局三楼会议室主持召开局长办公会议，专题研究汛前地质灾害防治和清明节假日期间安全值守工作。陈光辉副局长，各股室、中心、大队负责人参加会议。现将会议议定事项纪要如下：

一、会议听取了地质灾害防治股关于2025年度地灾防治工作总结和2026年汛期形势研判的汇报。会议认为，今年我县汛期降雨偏多的可能性较大，全县在册的地质灾害隐患点防治任务艰巨，必须早部署、早排查、早落实。

二、会议议定事项
（一）关于汛前隐患排查。一是全面开展汛前地质灾害隐患点排查，逐点核实监测责任人和预警设施，形成排查台账。责任单位：地质灾害防治股（孙德明）；完成时限：4月15日前。二是更新群测群防员名册并报州局备案。责任单位：地质灾害防治股；配合单位：各乡（镇）人民政府；完成时限：节后第一个工作日。
（二）关于节日值守。局办公室（杨雪）负责将本纪要和清明节假日值班表印发各股室及各乡（镇），完成时限：4月3日前。

三、会议要求
一是执法监察大队要按照“早发现、早制止、严查处”的要求，常态化开展违法占地巡查，节假日期间不得松懈。二是各股室要严格落实领导带班和24小时值班制度，遇有险情须在30分钟内报告局值班室，不得迟报、漏报、瞒报。

下次会议时间另行通知。

甘孜县自然资源局办公室
2026年4月2日

--
李红梅
甘孜县自然资源局办公室
电话：0836-7822316
"""


@case(8101, "bureau-director-meeting-yishi-ershi-coremail-gbk", "minutes", BUREAU,
      items=[
          Item("孙德明", "全面开展汛前地质灾害隐患点排查，逐点核实监测责任人和预警设施，形成排查台账",
               "2026-04-15", ("date", "2026-04-15")),
          Item(None, "更新群测群防员名册并报州局备案", "2026-04-07", ("after_holiday", "Tomb-sweeping Day"),
               dept="地质灾害防治股"),
          Item("杨雪", "将本纪要和清明节假日值班表印发各股室及各乡（镇）", "2026-04-03", ("date", "2026-04-03")),
      ],
      nxt=None,
      client="Coremail XT webmail (government), GBK base64, multipart/alternative",
      tests="formal 局长办公会议纪要: 一是/二是 inside （一）, 责任单位/完成时限 labels, person in brackets after a unit, unit-only owner, 节后第一个工作日 over Qingming; 会议要求 (standing rules, 30分钟内) and 会议认为 are not items; 下次会议时间另行通知",
      notes="Coremail XT (gov) GBK base64, sent Thu 2026-04-02 16:40 +0800. 议定事项 (一) holds two tasks introduced by 一是/二是; (二) one. "
            "#1 '责任单位：地质灾害防治股（孙德明）' -> the person in brackets owns it; '4月15日前' -> 2026-04-15. "
            "#2 '责任单位：地质灾害防治股；配合单位：各乡（镇）人民政府' names no person -> owner null, no_owner, department 地质灾害防治股 (配合单位 is never an owner); "
            "'节后第一个工作日': Qingming holiday Sat 04-04..Mon 04-06, first working day after is Tue 2026-04-07. "
            "#3 '局办公室（杨雪）…4月3日前' -> 杨雪, 2026-04-03. "
            "Not items: the 会议认为 assessment, and both 会议要求 lines (一是执法监察大队常态化巡查…, 二是24小时值班/30分钟内报告) which are standing rules with no deliverable or deadline, "
            "although they reuse the 一是/二是 pattern. '下次会议时间另行通知' -> next_followup null.")
def b8101():
    when = sent(2026, 4, 2, 16, 40, 22)
    frm = person("李红梅")
    to = P("泽仁邓珠", "陈光辉", "孙德明", "扎西尼玛", "唐勇", "罗建平", "何志强", "格桑曲珍", "杨雪")
    h = [("Return-Path", "<%s>" % frm[1]), ("Delivered-To", BOT[1]),
         ("Received", "from lihongmei$gzxzrj.example.gov.cn ( [10.51.2.17] ) by\n ajax-webmail-mail.gzxzrj.example.gov.cn (Coremail) ; Thu, 2 Apr 2026 16:40:22\n +0800 (GMT+08:00)")]
    h += [("Date", "Thu, 2 Apr 2026 16:40:22 +0800 (GMT+08:00)"),
          ("From", addr(*frm, label="GBK")),
          ("To", addr_list(to, "GBK")),
          ("Cc", addr(*BOT, label="GBK")),
          ("Subject", subject("局长办公会议纪要〔2026〕5号（汛前地质灾害防治和清明节值守）", "GBK")),
          ("X-Priority", "3"),
          ("X-Mailer", COREMAIL_XM),
          ("MIME-Version", "1.0"),
          ("Message-ID", "<6c3a1f2e.5a1.19d4d2a7f39.Coremail.lihongmei@gzxzrj.example.gov.cn>"),
          ("X-Coremail-Locale", "zh_CN"),
          ("X-CM-TRANSID", "AQAAfwBXKKT2Ys5pAAAA--.5212W"),
          ("X-CM-SenderInfo", "polkrv5uhoxqxdg6p2xvnlqhqxlxmgrolo/1tbiAQAABWnN0dEAAAsh")]
    body = multipart("alternative", [
        text_part(T8101, "plain", "GBK", "base64", ctype_style="bare"),
        text_part(markup.coremail_html(T8101), "html", "GBK", "base64", ctype_style="bare"),
    ], "----=_Part_283471_1960239807.1775119222617", quote_boundary=True, params="")
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8102
T8102 = """各位：

今天上午耕地保护工作推进会纪要如下，请各自落实。

时间：2026年4月7日（周二）8:30-10:00
地点：局二楼小会议室
主持：陈光辉
参会：何志强、王诗琪、罗建平、降初拉姆、唐勇
记录：王诗琪

一、会议内容
陈局通报了州局3月底耕地“非农化”“非粮化”督察反馈的问题，共涉及我县图斑27个，其中9个已整改到位。

二、工作安排
（一）耕地保护股（何志强）
①4月10日前完成剩余18个问题图斑的逐一核实，建立整改清单；
②下周三前将整改清单报陈局审定。
（二）国土空间规划股（罗建平）
3个工作日内提交涉及村庄规划调整的图斑处理意见。
（三）执法监察大队（唐勇）
本月底前完成2026年第一季度卫片执法图斑的外业核查。

三、其他
会议照片和签到表已由诗琪会后交办公室存档。

下次会议：4月21日（周二）上午9:30，地点另行通知。

何志强
耕地保护股
"""


@case(8102, "farmland-meeting-circled-subtasks-foxmail-gb2312", "minutes", BUREAU,
      items=[
          Item("何志强", "完成剩余18个问题图斑的逐一核实，建立整改清单", "2026-04-10", ("date", "2026-04-10")),
          Item("何志强", "将整改清单报陈局审定", "2026-04-15", ("next_wd", 2)),
          Item("罗建平", "提交涉及村庄规划调整的图斑处理意见", "2026-04-10", ("workdays", 3)),
          Item("唐勇", "完成2026年第一季度卫片执法图斑的外业核查", "2026-04-30", ("month_end",)),
      ],
      nxt=Next("2026-04-21", "09:30", ("date", "2026-04-21")),
      client="Foxmail 7.2, gb2312 base64, multipart/alternative",
      tests="plain minutes grouped by unit with the person in brackets; ①② sub-tasks of one owner are two items; 下周三 from a Tuesday; 3个工作日内; 本月底前; 下次会议 label with 上午9:30",
      notes="Foxmail gb2312 base64, sent Tue 2026-04-07 10:15 +0800 (first working day after Qingming). "
            "（一）耕地保护股（何志强）has ① and ② -> two items owned by 何志强: ① '4月10日前' -> 2026-04-10; ② '下周三前' -> Wednesday of next calendar week = 2026-04-15. "
            "（二）罗建平 '3个工作日内': Wed 04-08, Thu 04-09, Fri 04-10 -> 2026-04-10. "
            "（三）唐勇 '本月底前' -> 2026-04-30. "
            "The 会议内容 report (27 图斑, 9 已整改) and '已由诗琪…存档' (done) are not items. "
            "'下次会议：4月21日（周二）上午9:30' -> 2026-04-21 09:30.")
def b8102():
    when = sent(2026, 4, 7, 10, 15, 33)
    frm = person("何志强")
    to = P("陈光辉", "王诗琪", "罗建平", "降初拉姆", "唐勇")
    h = inbound(BUREAU, frm[1], when, "DESKTOP-GB7K2M1", "10.51.2.64", "AQAAfwCHvEY0m9Rp6q8A--.3391S2")
    h += [("Date", date_hdr(2026, 4, 7, 10, 15, 33)),
          ("From", addr(*frm, label="gb2312")),
          ("To", addr_list(to, "gb2312")),
          ("Cc", addr(*BOT, label="gb2312")),
          ("Subject", subject("耕地保护工作推进会会议纪要（4月7日）", "gb2312")),
          ("X-Priority", "3"),
          ("X-GUID", "6E3F9A1C-4B2D-4C8A-9F11-7D0E2B5A8C34"),
          ("X-Has-Attach", "no"),
          ("X-Mailer", "Foxmail 7.2.25.254[cn]"),
          ("Mime-Version", "1.0"),
          ("Message-ID", "<202604071015336572814@gzxzrj.example.gov.cn>")]
    body = multipart("alternative", [
        text_part(T8102, "plain", "gb2312", "base64"),
        text_part(markup.foxmail_html(T8102, "gb2312"), "html", "gb2312", "base64"),
    ], "----=_001_NextPart417366835845_=----", params="")
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8103
T8103_PREFACE = """各位好：

受李主任委托，转发曲珍主任整理的不动产登记窗口推进会纪要，请对照各自事项抓紧落实。川西测绘的周工也一并抄送了。
另：扎西今天下午记得把下乡用的公务车钥匙交回办公室，周一要派车。

杨雪
局办公室
"""
T8103_INNER = """李主任、杨雪：

今天下午推进会的纪要整理如下，麻烦转给相关同志。

一、基本情况
截至4月15日，窗口积压登记件63件，其中因宗地图坐标偏移无法办理的41件。

二、需落实的事项
1. 登记中心（格桑曲珍）：4月24日前梳理全部积压件清单，逐件注明卡点原因；
2. 规划股降初拉姆：下周一前提供来马镇、拖坝乡两个片区的宗地图矢量数据；
3. 川西测绘周工：尽快修复不动产数据库坐标偏移问题，修复前先出具书面技术说明。

三、会议决定
自5月6日起，窗口试行“交房即交证”，试行期间每周五下午汇总办件情况报分管领导。

四、下次推进会
4月30日（周四）下午3点，地点：登记中心二楼会议室。

格桑曲珍
不动产登记中心
"""


def _t8103():
    return (T8103_PREFACE + "\n\n-----原始邮件-----\n"
            '发件人:"格桑曲珍" <gesangquzhen@gzxzrj.example.gov.cn>\n'
            "发送时间:2026-04-16 18:20:07 (星期四)\n"
            '收件人:"李红梅" <lihongmei@gzxzrj.example.gov.cn>, "杨雪" <yangxue@gzxzrj.example.gov.cn>\n'
            "抄送:\n主题:不动产登记窗口工作推进会纪要\n\n" + T8103_INNER)


def _h8103():
    head = markup.coremail_html(T8103_PREFACE)
    quote = ('<br><br><div id="isReplyContent" style="border-top:1px solid #ccc;padding-top:6px">'
             '<div style="font-size:12px;background:#efefef;padding:8px">-----原始邮件-----<br>'
             '<b>发件人:</b>&quot;格桑曲珍&quot; &lt;gesangquzhen@gzxzrj.example.gov.cn&gt;<br>'
             '<b>发送时间:</b>2026-04-16 18:20:07 (星期四)<br>'
             '<b>收件人:</b>&quot;李红梅&quot; &lt;lihongmei@gzxzrj.example.gov.cn&gt;, &quot;杨雪&quot; &lt;yangxue@gzxzrj.example.gov.cn&gt;<br>'
             '<b>抄送:</b><br><b>主题:</b>不动产登记窗口工作推进会纪要<br></div><br>'
             + markup.coremail_html(T8103_INNER) + "</div>")
    return head + quote


@case(8103, "forward-with-preface-registration-coremail-utf8", "minutes", BUREAU,
      items=[
          Item("格桑曲珍", "梳理全部积压件清单，逐件注明卡点原因", "2026-04-24", ("date", "2026-04-24")),
          Item("降初拉姆", "提供来马镇、拖坝乡两个片区的宗地图矢量数据", "2026-04-20", ("next_wd", 0)),
          Item("周云飞", "修复不动产数据库坐标偏移问题，修复前先出具书面技术说明", None, ("none",),
               flags=["vague_due"]),
      ],
      nxt=Next("2026-04-30", "15:00", ("date", "2026-04-30")),
      client="Coremail XT webmail forward (-----原始邮件----- block), UTF-8 base64, multipart/alternative",
      tests="forwarded minutes under a Coremail '-----原始邮件-----' header block must be read; the forwarder's preface request (car keys) is not an item; external owner 周工 via alias + Cc; 尽快 -> vague; 会议决定 not an item",
      notes="Forward sent Fri 2026-04-17 09:05 +0800 by 杨雪; the minutes sit below Coremail's '-----原始邮件-----' block (written Thu 04-16). "
            "The preface ('扎西今天下午…把车钥匙交回办公室') is the forwarder's own request, not a minutes item. "
            "#1 '登记中心（格桑曲珍）：4月24日前' -> 格桑曲珍 2026-04-24. "
            "#2 '下周一前' -> 2026-04-20 (the same Monday whether read from the forward's Friday or the original Thursday). "
            "#3 '川西测绘周工：尽快…' -> 周云飞 (roster alias 周工, also the Cc display name), department null (outside company), due null + vague_due; the 技术说明 is part of the same task. "
            "'会议决定：自5月6日起试行交房即交证…每周五下午汇总' is a decision/standing rule. The 基本情况 numbers are facts. "
            "'4月30日（周四）下午3点' -> next_followup 2026-04-30 15:00.")
def b8103():
    when = sent(2026, 4, 17, 9, 5, 41)
    frm = person("杨雪")
    to = P("降初拉姆", "罗建平", "格桑曲珍", "李红梅", "扎西尼玛")
    cc = P("周云飞") + [BOT]
    h = [("Return-Path", "<%s>" % frm[1]), ("Delivered-To", BOT[1]),
         ("Received", "from yangxue$gzxzrj.example.gov.cn ( [10.51.2.33] ) by\n ajax-webmail-mail.gzxzrj.example.gov.cn (Coremail) ; Fri, 17 Apr 2026 09:05:41\n +0800 (GMT+08:00)"),
         ("X-Originating-IP", "[10.51.2.33]"),
         ("Date", "Fri, 17 Apr 2026 09:05:41 +0800 (GMT+08:00)"),
         ("X-CM-HeaderCharset", "UTF-8"),
         ("From", addr(*frm)),
         ("To", addr_list(to)),
         ("Cc", addr_list(cc)),
         ("Subject", subject("转发：不动产登记窗口工作推进会纪要")),
         ("X-Priority", "3"),
         ("X-Mailer", COREMAIL_XM),
         ("MIME-Version", "1.0"),
         ("Message-ID", "<4f1d92a0.7c3.19d9a4e8b51.Coremail.yangxue@gzxzrj.example.gov.cn>"),
         ("X-Coremail-Locale", "zh_CN")]
    body = multipart("alternative", [
        text_part(_t8103(), "plain", "UTF-8", "base64", ctype_style="bare"),
        text_part(_h8103(), "html", "UTF-8", "base64", ctype_style="bare"),
    ], "----=_Part_412930_1281964455.1776387941502")
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8104
T8104 = """各位：

今天下午碰头会的分工如下（表格是从Excel里贴过来的，格式可能有点乱，见谅）。

序号\t工作任务\t责任人\t完成时限\t状态/备注
1\t汛期值班表排班并报局办公室\t杨雪\t节后第一个工作日\t
2\t在册隐患点监测设备巡检（含雨量计、裂缝计）\t扎西尼玛\t5个工作日内\t重点是拖坝乡片区
3\t应急物资（帐篷、发电机、冲锋舟）清点造册\t孙德明\t5月9日前\t9日周六正常上班
4\t汛前群测群防员培训\t扎西尼玛\t4月28日\t已完成
5\t群测群防员一季度补贴发放\t局办公室\t5月15日前\t需财政资金到位

节日期间如遇强降雨，值班人员第一时间电话报告，不用等邮件。

节后第一个工作日上午10点再碰一次，地点还是地灾股办公室。

孙德明
地质灾害防治股
"""


@case(8104, "labour-day-eve-tab-table-outlook-plain-gb2312", "minutes", BUREAU,
      items=[
          Item("杨雪", "汛期值班表排班并报局办公室", "2026-05-06", ("after_holiday", "Labour Day")),
          Item("扎西尼玛", "在册隐患点监测设备巡检（含雨量计、裂缝计）", "2026-05-11", ("workdays", 5)),
          Item("孙德明", "应急物资（帐篷、发电机、冲锋舟）清点造册", "2026-05-09", ("date", "2026-05-09")),
          Item(None, "群测群防员一季度补贴发放", "2026-05-15", ("date", "2026-05-15"), dept="办公室"),
      ],
      nxt=Next("2026-05-06", "10:00", ("after_holiday", "Labour Day")),
      client="Outlook 2016 zh-CN, plain text only, gb2312 base64, CRLF",
      tests="tab-separated table pasted from Excel in a text-only mail, sent on the eve of Labour Day: 节后第一个工作日, 5个工作日内 across the holiday and the 05-09 make-up Saturday, 已完成 row skipped, unit owner (局办公室); next meeting '节后第一个工作日上午10点再碰一次'",
      notes="Outlook text-only gb2312 base64, sent Thu 2026-04-30 17:10 +0800 (Labour Day holiday Fri 05-01..Tue 05-05, make-up working day Sat 05-09). "
            "Rows are tab-separated. #1 杨雪 '节后第一个工作日' -> Wed 2026-05-06. "
            "#2 扎西尼玛 '5个工作日内': 05-06 (1), 05-07 (2), 05-08 (3), Sat 05-09 make-up (4), 05-11 (5) -> 2026-05-11 (a Mon-Fri count gives 05-12). "
            "#3 孙德明 '5月9日前' -> 2026-05-09 (the remark confirms the Saturday is a working day). "
            "Row 4 is marked 已完成 -> not an item. "
            "#5 '局办公室' owns the row -> owner null, no_owner, department 办公室 (the roster's name for 局办公室); the remark '需财政资金到位' is a condition, not a separate item. "
            "The line about reporting heavy rain by phone is a standing instruction. "
            "'节后第一个工作日上午10点再碰一次' -> next_followup 2026-05-06 10:00.")
def b8104():
    when = sent(2026, 4, 30, 17, 10, 5)
    frm = person("孙德明")
    to = P("扎西尼玛", "杨雪", "李红梅")
    cc = P("泽仁邓珠") + [BOT]
    h = inbound(BUREAU, frm[1], when, "SUNDM-PC", "10.51.2.88", "AQAAfwDnjEH4XvNpxfsA--.6021S2")
    h += [("From", addr(*frm, label="gb2312")),
          ("To", addr_list(to, "gb2312")),
          ("Cc", addr_list(cc, "gb2312")),
          ("Subject", subject("五一节前地灾值守工作碰头会纪要", "gb2312")),
          ("Date", "Thu, 30 Apr 2026 17:10:05 +0800"),
          ("Message-ID", "<000301dcd878$5b2c1e90$11845bb0$@gzxzrj.example.gov.cn>"),
          ("MIME-Version", "1.0"),
          ("X-Mailer", "Microsoft Outlook 16.0"),
          ("Thread-Index", "AdzYeFsqPqQm1TqzRkmBo0m8c3y9Ng=="),
          ("Content-Language", "zh-cn")]
    body = text_part(T8104, "plain", "gb2312", "base64")
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8105
T8105 = """各股室负责人：

根据县委办通知，五一假期（5月1日至5日）实行24小时值班和领导带班制度。请各股室于本周四（4月23日）下班前将值班人员名单（姓名、手机号、值班日期）报局办公室，逾期未报的由办公室统一安排。

另外，5月9日（周六）正常上班，请提前安排好工作。

谢谢！

杨雪
局办公室

发自网易邮箱大师
"""


@case(8105, "other-holiday-duty-request-mailmaster", "other", BUREAU,
      client="网易邮箱大师 (NetEase Mail Master, Android) on the bureau account, UTF-8 base64, multipart/alternative",
      tests="a plain request with a deadline (本周四下班前) sent to unit heads with the bot in Cc: not minutes, no items",
      notes="Sent Mon 2026-04-20 09:30 +0800 from 网易邮箱大师. A notice asking each unit to send its Labour Day duty roster by 本周四（4月23日）下班前. "
            "No meeting took place and nothing is recorded: it is a request, kind other, no items, no follow-up (the bot was left in Cc from an earlier thread).")
def b8105():
    when = sent(2026, 4, 20, 9, 30, 12)
    frm = person("杨雪")
    to = P("李红梅", "罗建平", "何志强", "格桑曲珍", "孙德明", "唐勇")
    h = inbound(BUREAU, frm[1], when, "[10.51.9.201]", "117.173.44.21", "AQAAfwBHr2RgSl5p4D8A--.2277S2")
    h += [("Date", "Mon, 20 Apr 2026 09:30:12 +0800 (GMT+08:00)"),
          ("From", addr(*frm)),
          ("To", addr_list(to)),
          ("Cc", addr(*BOT)),
          ("Message-ID", "<1a6f2c8b.2e41.19da8f7c3d1.Coremail.yangxue@gzxzrj.example.gov.cn>"),
          ("Subject", subject("请报送五一假期值班人员名单")),
          ("MIME-Version", "1.0"),
          ("X-Mailer", "NetEase MailMaster/7.19.4 (Android 14)"),
          ("X-Priority", "3")]
    html = ('<div style="font-size:15px">' + "".join(
        "<div>%s</div>" % (markup.esc(l) if l.strip() else "<br>") for l in T8105.split("\n")[:-3])
        + '</div><div id="ntes-android-mail-signature"><br>发自网易邮箱大师</div>')
    body = multipart("alternative", [
        text_part(T8105, "plain", "UTF-8", "base64", crlf=False, ctype_style="bare"),
        text_part(html, "html", "UTF-8", "base64", crlf=False, ctype_style="bare"),
    ], "----=_Part_87_1042315882.1776648612034")
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8132
T8132 = """李主任、各位同事：

单位邮箱这两天登不上，先用个人邮箱发。本周一窗口例会纪要如下。

【上次待办回顾】
1. 积压件清单梳理（曲珍）——已完成，共63件，清单已报李主任。
2. 宗地图矢量数据（拉姆）——来马镇片区已提供，拖坝乡片区还差12宗。
3. 坐标偏移修复（川西测绘周工）——进行中，周工说6月中旬能出结果。

【本周待办】
1. 拉姆：周三前补齐拖坝乡片区剩余12宗宗地图；
2. 曲珍：6月12日前完成“交房即交证”试点第一批30件办件的复核；
3. 杨雪：下周一前把窗口新的收费公示牌做好挂上（内容已经审定）；
4. 唐队那边的两宗违建核查，执法结论还没出，这周暂不安排。

下周一上午9点继续开例会。

格桑曲珍
"""


@case(8132, "weekly-window-meeting-review-section-126-personal", "minutes", BUREAU,
      items=[
          Item("降初拉姆", "补齐拖坝乡片区剩余12宗宗地图", "2026-06-10", ("wd", 2)),
          Item("格桑曲珍", "完成“交房即交证”试点第一批30件办件的复核", "2026-06-12", ("date", "2026-06-12")),
          Item("杨雪", "制作并挂上窗口新的收费公示牌", "2026-06-15", ("next_wd", 0)),
      ],
      nxt=Next("2026-06-15", "09:00", ("next_wd", 0)),
      client="网易126 webmail from a personal mailbox, UTF-8 base64, multipart/alternative",
      tests="minutes sent from a personal 126 mailbox (owners still resolve to roster work addresses); 上次待办回顾 statuses are not items; short-name owners (拉姆, 曲珍); bare 周三 from a Monday; a 'not scheduled this week' line is not an item",
      notes="Sent Mon 2026-06-08 17:50 +0800 by 格桑曲珍 from her personal 126 mailbox (From is not a bureau address; owners resolve through the roster aliases 拉姆/曲珍 and names, to their work addresses). "
            "【上次待办回顾】 lines are status reports of older items (已完成 / 还差12宗 / 进行中…6月中旬) -> not items. "
            "【本周待办】 #1 拉姆 = 降初拉姆, '周三前' from Monday -> this week's Wednesday 2026-06-10. "
            "#2 曲珍 = 格桑曲珍 (the writer herself), '6月12日前' -> 2026-06-12. "
            "#3 杨雪 '下周一前' -> 2026-06-15. "
            "#4 says the 违建 check is not scheduled this week -> not an item. "
            "'下周一上午9点继续开例会' -> next_followup 2026-06-15 09:00.")
def b8132():
    when = sent(2026, 6, 8, 17, 50, 2)
    frm = ("格桑曲珍", "gesangqz@126.example.com")
    to = P("李红梅", "降初拉姆", "杨雪", "唐勇")
    h = [("Return-Path", "<gesangqz@126.example.com>"), ("Delivered-To", BOT[1]),
         ("Received", "from m16-41.126.example.com (m16-41.126.example.com [220.181.16.41])\n\tby mail.gzxzrj.example.gov.cn (Coremail) with SMTP id AQAAfwB3hnC9mQVqNzIA--.4417S2\n\tfor <%s>; Mon, 8 Jun 2026 17:50:06 +0800 (CST)" % BOT[1]),
         ("Received", "from gesangqz$126.example.com ( [182.139.77.3] ) by\n ajax-webmail-wmsvr-40-112 (Coremail) ; Mon, 8 Jun 2026 17:50:02 +0800 (CST)"),
         ("X-Originating-IP", "[182.139.77.3]"),
         ("Date", "Mon, 8 Jun 2026 17:50:02 +0800 (CST)"),
         ("From", addr(*frm)),
         ("To", addr_list(to)),
         ("Cc", addr(*BOT)),
         ("Subject", subject("不动产登记窗口周例会纪要（6月8日）")),
         ("X-Priority", "3"),
         ("X-Mailer", "Coremail Webmail Server Version XT5.0.14 build 20240801(9da12a7b)\n Copyright (c) 2002-2026 www.mailtech.cn 126com"),
         ("X-NTES-SC", "AL_Qu2cAfmcuE8r4yKYbOkfmU4Sj+w6UMS2vv0v2YFXN5k0oSjL0iYyWHNbAFzL4dCDFC2wtBGQcQ95wvlkarRkWYPcdF2l+z3ZwGzHO8MO3OJp"),
         ("MIME-Version", "1.0"),
         ("Message-ID", "<5b9e7a3c.4f21.19e0e6a21c3.Coremail.gesangqz@126.example.com>"),
         ("X-Coremail-Locale", "zh_CN"),
         ("X-CM-TRANSID", "KSgvCgD3n2K6mQVq8UMAAA--.51187W")]
    body = multipart("alternative", [
        text_part(T8132, "plain", "UTF-8", "base64", ctype_style="bare"),
        text_part(markup.coremail_html(T8132, font="Arial"), "html", "UTF-8", "base64", ctype_style="bare"),
    ], "----=_Part_120419_1893012478.1780912202118")
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8135
T8135 = """各位领导、各股室：

《国土空间规划专题会议纪要》（〔2026〕9号）已印发，电子版见附件，请按分工抓好落实。

局办公室  李红梅
"""
DOC8135 = [
    ("h", "甘孜县自然资源局"),
    ("h", "专题会议纪要"),
    ("p", "〔2026〕9号"),
    ("pi", "2026年5月19日，陈光辉副局长主持召开国土空间规划专题会议，研究县级国土空间总体规划报批和村庄规划编制工作。"
           "国土空间规划股、耕地保护股、不动产登记中心负责人及川西测绘地理信息有限公司项目负责人参加会议。现将会议议定事项纪要如下："),
    ("b", "一、会议听取的汇报"),
    ("pi", "会议听取了国土空间规划股关于县级国土空间总体规划成果修改情况的汇报。会议认为，规划成果已基本具备报批条件，要加快推进。"),
    ("b", "二、议定事项"),
    ("pi", "（一）县级国土空间总体规划成果报批。由陈光辉同志牵头，国土空间规划股、耕地保护股配合，6月底前完成成果报州人民政府审查。"),
    ("pi", "（二）村庄规划编制。责任单位：国土空间规划股（降初拉姆）；完成时限：7月10日前完成首批5个村的村庄规划成果初稿。"),
    ("pi", "（三）永久基本农田核实整改。责任单位：耕地保护股；配合单位：各乡（镇）人民政府；完成时限：5月29日前。"),
    ("pi", "（四）规划数据库质检。川西测绘地理信息有限公司（周云飞）按省厅质检细则完成数据库自检并提交质检报告；完成时限：5月27日前。"),
    ("b", "三、有关要求"),
    ("pi", "各股室要严格执行规划成果保密管理规定，涉密图件一律不得通过互联网邮箱传输。"),
    ("p", ""),
    ("p", "参会人员：陈光辉、罗建平、降初拉姆、何志强、格桑曲珍、周云飞（川西测绘）"),
    ("p", "抄送：泽仁邓珠局长"),
    ("p", "甘孜县自然资源局办公室                2026年5月20日印发"),
]


@case(8135, "special-meeting-docx-attachment-coremail-gbk", "minutes", BUREAU,
      items=[
          Item("陈光辉", "完成县级国土空间总体规划成果报州人民政府审查", "2026-06-30", ("date", "2026-06-30")),
          Item("降初拉姆", "完成首批5个村的村庄规划成果初稿", "2026-07-10", ("date", "2026-07-10")),
          Item(None, "永久基本农田核实整改", "2026-05-29", ("date", "2026-05-29"), dept="耕地保护股"),
          Item("周云飞", "按省厅质检细则完成规划数据库自检并提交质检报告", "2026-05-27", ("date", "2026-05-27")),
      ],
      nxt=None,
      client="Coremail XT (gov), GBK base64 body + .docx attachment (RFC 2231 filename), multipart/mixed",
      tests="the minutes are only in a Word attachment (body: 见附件); 牵头 leader owns, 配合 units do not; 6月底前; unit in brackets -> person; an outside company with a person in brackets; no next meeting",
      notes="Sent Wed 2026-05-20 16:30 +0800 by 李红梅; the body only says the minutes are attached. A human reads the .docx (〔2026〕9号): "
            "#1 '由陈光辉同志牵头，国土空间规划股、耕地保护股配合，6月底前' -> owner 陈光辉 (牵头), 2026-06-30 (last day of June). "
            "#2 '国土空间规划股（降初拉姆）…7月10日前' -> 降初拉姆, 2026-07-10. "
            "#3 '责任单位：耕地保护股；配合单位：各乡（镇）人民政府' -> owner null, no_owner, department 耕地保护股; '5月29日前' -> 2026-05-29. "
            "#4 '川西测绘地理信息有限公司（周云飞）' -> 周云飞 (outside, department null), '5月27日前' -> 2026-05-27. "
            "会议认为 and 有关要求 (保密) are not items. No next meeting -> null.")
def b8135():
    when = sent(2026, 5, 20, 16, 30, 47)
    frm = person("李红梅")
    to = P("陈光辉", "罗建平", "降初拉姆", "何志强", "格桑曲珍")
    cc = P("周云飞", "泽仁邓珠") + [BOT]
    h = [("Return-Path", "<%s>" % frm[1]), ("Delivered-To", BOT[1]),
         ("Received", "from lihongmei$gzxzrj.example.gov.cn ( [10.51.2.17] ) by\n ajax-webmail-mail.gzxzrj.example.gov.cn (Coremail) ; Wed, 20 May 2026 16:30:47\n +0800 (GMT+08:00)"),
         ("Date", "Wed, 20 May 2026 16:30:47 +0800 (GMT+08:00)"),
         ("From", addr(*frm, label="GBK")),
         ("To", addr_list(to, "GBK")),
         ("Cc", addr_list(cc, "GBK")),
         ("Subject", subject("印发《国土空间规划专题会议纪要》（〔2026〕9号）", "GBK")),
         ("X-Priority", "3"),
         ("X-Mailer", COREMAIL_XM),
         ("MIME-Version", "1.0"),
         ("Message-ID", "<3e8b5d17.9b2.19e4c5f7a08.Coremail.lihongmei@gzxzrj.example.gov.cn>"),
         ("X-Coremail-Locale", "zh_CN")]
    doc = attach.docx(DOC8135, "专题会议纪要", "李红梅", "2026-05-20T16:12:00", "甘孜县自然资源局")
    alt = multipart("alternative", [
        text_part(T8135, "plain", "GBK", "base64", ctype_style="bare"),
        text_part(markup.coremail_html(T8135), "html", "GBK", "base64", ctype_style="bare"),
    ], "----=_Part_330171_559918827.1779265847993")
    att = binary_part(doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                      "国土空间规划专题会议纪要（〔2026〕9号）.docx", name_label="GBK", rfc2231=True)
    body = multipart("mixed", [alt, att], "----=_Part_330170_1746823201.1779265847993")
    return message(h, body)


# ------------------------------------------------------------------------------------------------ 8138
H8138 = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>规划云周报</title></head>
<body style="margin:0;background:#f4f6f8"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="640" style="background:#ffffff;font-family:'Microsoft YaHei',sans-serif;font-size:14px;color:#333">
<tr><td style="background:#1f6f5c;color:#fff;padding:18px 24px;font-size:20px">规划云周报 · 第182期（2026年7月20日）</td></tr>
<tr><td style="padding:16px 24px">
<p><b>本周要闻</b></p>
<p>1. 自然资源部部署2026年度全国国土变更调查工作，各地须于10月31日前完成县级调查成果上报。</p>
<p>2. 多省出台村庄规划“通则式”管理办法，明确编制单位负责人须对成果质量终身负责。</p>
<p><b>待办提醒（订阅用户专享）</b></p>
<p>① 7月31日前：完成年度“三调”成果更新数据自检（责任：县级自然资源主管部门）</p>
<p>② 8月15日前：报送村庄规划实施评估报告</p>
<p>③ 下周三 14:00：直播课《国土空间规划“一张图”实施监督系统操作实务》，主讲：王工</p>
<p><b>下期预告</b>：7月27日发布《地质灾害气象风险预警业务规范》解读。</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:12px;color:#999">您收到此邮件是因为您订阅了规划云周报。
<a href="https://edm.guihuayun.example.cn/unsubscribe?u=7f3a9c&amp;l=planning-weekly">退订</a> | 
<a href="https://guihuayun.example.cn/weekly/182">在浏览器中查看</a><br>规划云（北京）信息技术有限公司 · 本邮件由系统自动发送，请勿直接回复</td></tr>
</table></td></tr></table></body></html>
"""


@case(8138, "auto-planning-newsletter-bulk", "auto", BUREAU,
      client="EDM platform bulk mail (Precedence: bulk, List-Id, List-Unsubscribe one-click), UTF-8 QP, HTML only",
      tests="bulk industry newsletter the bot address subscribed to, with ①②③ 待办提醒 lines, 前 dates, 责任 and 下周三 14:00: kind auto, no items, no follow-up",
      notes="Bulk newsletter sent Mon 2026-07-20 06:00 +0800 by an EDM platform: Precedence: bulk, List-Id, List-Unsubscribe(-Post), Feedback-ID, X-Mailer of a mass-mail system, 'no-reply' footer. "
            "The body imitates a to-do list (①7月31日前…责任：县级自然资源主管部门, ②8月15日前, ③下周三14:00 直播课, 下期预告7月27日) to tempt a minutes parser. "
            "No person wrote it -> kind auto, no items, next_followup null.")
def b8138():
    when = sent(2026, 7, 20, 6, 0, 3)
    h = [("Return-Path", "<bounce-182-7f3a9c@edm.guihuayun.example.cn>"), ("Delivered-To", BOT[1]),
         ("Received", "from edm-out-07.guihuayun.example.cn (edm-out-07.guihuayun.example.cn [123.57.186.77])\n\tby mail.gzxzrj.example.gov.cn (Coremail) with SMTP id AQAAfwAHZ5l7SV1qY8kA--.9910S2\n\tfor <%s>; Mon, 20 Jul 2026 06:00:09 +0800 (CST)" % BOT[1]),
         ("Date", "Mon, 20 Jul 2026 06:00:03 +0800"),
         ("From", addr("规划云周报", "weekly@guihuayun.example.cn")),
         ("Reply-To", "no-reply@guihuayun.example.cn"),
         ("To", BOT[1]),
         ("Subject", subject("规划云周报第182期｜全国国土变更调查部署、村庄规划通则式管理")),
         ("Message-ID", "<20260720060003.182.7f3a9c@edm.guihuayun.example.cn>"),
         ("Precedence", "bulk"),
         ("List-Id", "=?utf-8?B?6KeE5YiS5LqR5ZGo5oql?= <planning-weekly.guihuayun.example.cn>"),
         ("List-Unsubscribe", "<https://edm.guihuayun.example.cn/unsubscribe?u=7f3a9c&l=planning-weekly>,\n <mailto:unsubscribe-7f3a9c@edm.guihuayun.example.cn>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
         ("Feedback-ID", "182:planning-weekly:guihuayun:edm"),
         ("X-Mailer", "EDM-Sender 5.8 (guihuayun)"),
         ("MIME-Version", "1.0")]
    body = text_part(H8138, "html", "utf-8", "quoted-printable", ctype_style="bare")
    return message(h, body)

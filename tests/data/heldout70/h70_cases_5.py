"""Cases 9828-9832: more minutes (A docx, B Feishu table, C forward with reassignment) and two 'other' mails."""
from h70_clients import Case, boundary
from h70_common import D, I, PEOPLE as P, attach, esc, html_part, html_table, multi, paras, simple_html, text_part
from h70_docs import make_docx
from h70_people import BOT_A, BOT_B, BOT_C
from h70_cases_3 import m365_html

CASES = []

# ------------------------------------------------------------------ 9828 局长办公会议纪要 in a .docx, Coremail
DOCX9828 = make_docx([
    ("h", "黄石市下陆区水利和湖泊局局长办公会议纪要"),
    ("p", "〔2026〕第9次"),
    ("p", "8月19日下午，程建国局长主持召开局长办公会议，研究下半年重点工作。参会人员：程建国、费晓敏、柯文涛、石磊、占海燕、"
          "吕冬梅。现将会议议定事项纪要如下："),
    ("p", "一、关于胜阳港综合整治工程。会议要求，工程建设科加快工程进度，确保9月10日前完成主体工程。"
          "（责任领导：程建国；责任科室：工程建设科；责任人：石磊）"),
    ("p", "二、关于河湖长制年度考核迎检。会议要求，河湖管理科对照市级考核细则逐项自查，8月底前形成自查报告报局领导。"
          "（责任科室：河湖管理科；责任人：柯文涛）"),
    ("p", "三、关于汛后水毁工程修复。会议明确，由水旱灾害防御科牵头，中秋节后启动汛后水毁工程调查摸底。"
          "（责任科室：水旱灾害防御科）"),
    ("p", "四、关于国庆假期安全生产。办公室负责在国庆节前组织一次在建工地安全生产大检查。（责任人：费晓敏）"),
    ("p", "五、会议听取了水政监察大队上半年执法情况汇报，上半年共立案查处涉水违法案件6起，均已结案。"),
    ("p", "黄石市下陆区水利和湖泊局办公室        2026年8月20日印发"),
], title="局长办公会议纪要", author="费晓敏", when=(2026, 8, 20, 15, 10, 0))
T9828 = "各位：\n\n附件为局长办公会议纪要（〔2026〕第9次），请查收并抓好落实。\n\n费晓敏\n局办公室\n"
FN9828 = "局长办公会议纪要（2026第9次）.docx"
CASES.append(Case(
    9828, "gov-director-meeting-docx-coremail", "minutes", "coremail", "2026-08-20 15:31:27 +0800",
    P["费晓敏"], [P["石磊"], P["柯文涛"], P["占海燕"], P["吕冬梅"]], "局长办公会议纪要（〔2026〕第9次）",
    multi("mixed", boundary("coremail", 9828, 0), [
        multi("alternative", boundary("coremail", 9828, 1), [
            text_part(T9828, "UTF-8", "base64"),
            html_part(simple_html(paras(T9828), "UTF-8", "font-size:14px"), "UTF-8", "base64")]),
        attach(DOCX9828, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", FN9828,
               rfc2231="UTF-8"),
    ]),
    cc=[P["程建国"], BOT_A], rcpt=BOT_A[1], hcs="UTF-8",
    items=[
        I("石磊", "加快胜阳港综合整治工程进度，完成主体工程", D("abs", 9, 10), "9月10日前",
          src="确保9月10日前完成主体工程"),
        I("柯文涛", "对照市级考核细则逐项自查，形成自查报告", D("monthend"), "8月底前", src="形成自查报告报局领导"),
        I(("dept", "水旱灾害防御科"), "启动汛后水毁工程调查摸底", D("after_hol", "Mid-autumn"), "中秋节后"),
        I("费晓敏", "组织一次在建工地安全生产大检查", D("before_hol", "National"), "国庆节前"),
    ],
    followup=None,
    notes="Government 局长办公会议纪要 only in a .docx (Word paragraphs, not a table), each 议定事项 ending with "
          "（责任领导；责任科室；责任人）. Sent Thu 2026-08-20 15:31. 一: 责任人 石磊 (the 责任领导 程建国 is the "
          "supervising leader, not the owner) -> 2026-09-10. 二: 柯文涛 -> 8月底前 = 2026-08-31. 三: unit only -> "
          "no_owner, department 水旱灾害防御科; 中秋节后 -> first working day after Mid-Autumn (09-25..27) = Mon "
          "2026-09-28. 四: 费晓敏 -> 国庆节前 = last working day before 10-01 = Wed 2026-09-30. 五 is a report of closed "
          "cases. No next meeting. Attachment name RFC 2231 UTF-8.",
    tests="Gov 局长办公会议纪要 in .docx; 责任领导 vs 责任人; unit-only owner; 中秋节后 / 国庆节前 from August"))

# ------------------------------------------------------------------ 9829 Feishu mail table: 主责/配合 + ①② in one cell
ROWS9829 = [
    ["序号", "事项", "主责/配合", "时间节点", "备注"],
    ["1", "①核对大货唛头\n②拍摄大货出运照片", "项阳（主责）、汤明（配合）", "①8月5日\n②8月6日", "照片发客户前先给储经理看"],
    ["2", "订舱并确认截关时间", "储婷婷 主责 / 项阳 配合", "8月7日（周五）前", ""],
    ["3", "客户尾款催收（PO 26-117）", "江雪（主责）、储婷婷（配合）", "8月14日前", "尾款约3.2万欧元"],
    ["4", "出口退税资料整理", "江会计", "尽快", "7月报关单已齐"],
    ["5", "参加上海家纺展的报名", "储婷婷", "7月31日", "已报名，展位号待通知"],
]
H9829 = ("<div style=\"font-size:14px;font-family:PingFang SC\"><div>各位，外贸部周会（8月3日）安排如下：</div><br>" +
         html_table(ROWS9829, attrs='border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse;'
                    'border-color:#dee0e3"') +
         "<br><div>第5项已经办完，放在表里备查。</div><div>下周一上午10点外贸周会，地点不变。</div><br>"
         "<div>储婷婷</div></div>")
T9829 = ("各位，外贸部周会（8月3日）安排如下：\n\n" + "\n".join(" | ".join(c.replace("\n", " ") for c in r)
                                                      for r in ROWS9829) +
         "\n\n第5项已经办完，放在表里备查。\n下周一上午10点外贸周会，地点不变。\n\n储婷婷\n")
CASES.append(Case(
    9829, "feishu-table-zhuze-peihe-subtasks-in-cell", "minutes", "feishu", "2026-08-03 11:02:40 +0800",
    P["储婷婷"], [P["项阳"], P["汤明"], P["江雪"]], "外贸部周会安排 0803",
    multi("alternative", boundary("feishu", 9829), [
        text_part(T9829, "UTF-8", "quoted-printable"),
        html_part(simple_html(H9829, "UTF-8", ""), "UTF-8", "quoted-printable")]),
    cc=[BOT_B], rcpt=BOT_B[1],
    items=[
        I("项阳", "核对大货唛头", D("abs", 8, 5), "8月5日"),
        I("项阳", "拍摄大货出运照片", D("abs", 8, 6), "8月6日"),
        I("储婷婷", "订舱并确认截关时间", D("abs", 8, 7), "8月7日（周五）前"),
        I("江雪", "客户尾款催收（PO 26-117）", D("abs", 8, 14), "8月14日前"),
        I("江雪", "出口退税资料整理", D("vague"), "尽快"),
    ],
    followup=D("nextwk", "一", time="10:00"),
    notes="Feishu mail with a table whose cells hold ①② sub-tasks and '主责/配合' pairs. Sent Mon 2026-08-03 11:02. Row 1 "
          "splits into two items for the 主责 项阳 with dates matched by number: ①8月5日 -> 2026-08-05, ②8月6日 -> "
          "2026-08-06 (汤明 配合 is not an owner). Row 2 '储婷婷 主责 / 项阳 配合' -> 储婷婷, 2026-08-07. Row 3 江雪 主责 -> "
          "2026-08-14. Row 4 江会计 = 江雪, 尽快 -> vague_due. Row 5 is done (已报名) -> not an item. 下周一上午10点 -> "
          "2026-08-10 10:00.",
    tests="Feishu HTML table; ①② sub-tasks and dates inside one cell; 主责/配合 in several layouts; done row in the "
          "table skipped"))

# ------------------------------------------------------------------ 9830 FW: with a preface that reassigns one item
T9830 = """Adding the minutes bot. Note: Eric is on leave from tomorrow for two weeks, so Frank takes over item 2. Everything else as below.

Magnus

From: Eric Shi <shi.yuhang@lindqvist-yk.example.cn>
Sent: Monday, July 13, 2026 6:05 PM
To: Magnus Ekström <magnus.ekstrom@lindqvist-yk.example.cn>
Cc: Joy Lou <lou.jia@lindqvist-yk.example.cn>; Cathy Hu <hu.chenxi@lindqvist-yk.example.cn>
Subject: Minutes - Hansen Sågverk visit 13 July

Hi Magnus,

Minutes from today's visit of Hansen Sågverk (Per Hansen, Maja Berg) to our plant.

They are happy with the bi-metal quality; the main complaint is tooth-set variation on the 34 mm blades.

Actions
1. Joy to send the blade hardness test report to Hansen - by 17 July
2. Eric to set up a trial run of 30 blades with the new tooth-set tool - by 24 July
3. Cathy to quote the annual volume price (8,000 blades) - by end of July
4. Hansen to send their sawing log data - when available

Eric
"""
CASES.append(Case(
    9830, "forward-preface-reassigns-item-m365", "minutes", "m365", "2026-07-14 01:20:33 +0000",
    P["Magnus Ekström"], [P["应晓峰"], P["楼佳"], P["胡晨曦"]], "FW: Minutes - Hansen Sågverk visit 13 July",
    multi("alternative", boundary("m365", 9830), [
        text_part(T9830, "utf-8", "quoted-printable"), html_part(m365_html(T9830), "utf-8", "quoted-printable")]),
    cc=[BOT_C], rcpt=BOT_C[1],
    items=[
        I("楼佳", "send the blade hardness test report to Hansen", D("abs", 7, 17), "by 17 July"),
        I("应晓峰", "set up a trial run of 30 blades with the new tooth-set tool", D("abs", 7, 24), "by 24 July"),
        I("胡晨曦", "quote the annual volume price (8,000 blades)", D("monthend"), "by end of July"),
        I(("dept", None), "send their sawing log data", D("vague"), "when available"),
    ],
    followup=None,
    notes="Forwarded minutes (FW:, Outlook From:/Sent: block) whose one-line preface reassigns item 2: 'Frank takes over "
          "item 2' -> the owner of item 2 is 应晓峰, not Eric as written in the minutes. Date +0000 01:20 = Tue 2026-07-14 "
          "09:20 Shanghai. Joy = 楼佳 -> 2026-07-17. Frank = 应晓峰 -> 2026-07-24. Cathy = 胡晨曦 -> 2026-07-31. 'Hansen "
          "to send …' is the customer's action, with no person we can address -> no_owner; 'when available' -> vague_due. "
          "The visit facts are not items. No next meeting.",
    tests="FW: minutes with a preface that reassigns one item (owner changes); customer-side action -> no_owner + "
          "vague; +0000 Date"))

# ------------------------------------------------------------------ 9831 other: a person's request, Foxmail GBK
T9831 = """小项：

法国客户要的那两条加急样被，周五前寄出去，用顺丰国际，单号发我。
另外明天下午3点前把6月的出货明细表更新一下，鲍总要看。

谢谢！

储婷婷
"""
CASES.append(Case(
    9831, "other-request-to-colleague-foxmail", "other", "foxmail", "2026-06-02 09:41:17 +0800",
    P["储婷婷"], [P["项阳"]], "样被寄送和出货明细",
    multi("alternative", boundary("foxmail", 9831), [
        text_part(T9831, "GBK", "base64"),
        html_part("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=GBK\"></head><body>\n" +
                  paras(T9831) + "\n</body></html>\n", "GBK", "base64")]),
    cc=[BOT_B], rcpt=BOT_B[1],
    notes="A manager's request to one colleague with the bot in Cc out of habit (Foxmail GBK). It has deadlines (周五前, "
          "明天下午3点前) but no meeting and no minutes -> kind other, no items.",
    tests="Person-to-person request with dated asks, bot in Cc -> other"))

# ------------------------------------------------------------------ 9832 other: rescheduling chat, M365 English
T9832 = """Hi Karin,

Could we move Thursday's audit follow-up call to Friday 10:00 CST (04:00 CEST)? Frank is at a customer on Thursday and I would like him in the call.

If that does not work for you, Monday next week at the same time is also fine.

Thanks,
Joy
"""
CASES.append(Case(
    9832, "other-reschedule-request-m365", "other", "m365", "2026-06-02 03:12:09 +0000",
    P["楼佳"], [P["Karin Sjöberg"]], "Move Thursday's call?",
    multi("alternative", boundary("m365", 9832), [
        text_part(T9832, "utf-8", "quoted-printable"), html_part(m365_html(T9832), "utf-8", "quoted-printable")]),
    cc=[P["应晓峰"], BOT_C], rcpt=BOT_C[1],
    notes="A request to reschedule a call (English, M365) with the bot in Cc. It proposes times (Friday 10:00 CST, Monday "
          "next week) but holds no minutes and no agreed follow-up -> kind other, no items, no follow-up.",
    tests="Rescheduling chat with proposed times -> other, no follow-up"))

"""Cases 10817-10822: 邢台骏童童车 (strollers/kids' bikes, Xingtai) and its Colombian customer."""
import datetime as dt

from h80_clients import coremail, exmail, feishu, gmail, netease, outlook
from h80_html import T, div_html, gmail_html, outlook_html, to_text
from h80_lib import fu, hx, it, leaf, message, multi
from h80_people import ORGS, person

CST = dt.timezone(dt.timedelta(hours=8))
COT = dt.timezone(dt.timedelta(hours=-5))
BOT = ORGS["C"]["bot"]
P = person
DOM = ORGS["C"]["domain"]


def case(slug, kind, raw, notes, row, items=(), followup=None):
    return {"slug": slug, "kind": kind, "raw": raw, "items": list(items), "followup": followup,
            "notes": notes, "row": row}


def lines(text):
    return text.rstrip("\n").split("\n")


def c10817():
    sent = dt.datetime(2026, 4, 21, 17, 35, 50, tzinfo=CST)
    subject = "外部沟通跟进表（4月21日）：哥伦比亚客户及轮胎供应商"
    table = T([
        ["沟通编号", "沟通日期", "对方单位/联系人", "我方对接人", "沟通类型", "核心需求/反馈", "解决方案/进展",
         "下次沟通时间", "负责人"],
        ["EC2026-0421-01", "2026-04-21", "Juguetes Montaña/Valentina Ospina", "外贸部/刘思彤", "客户需求对接",
         "客户要求JT-16推车折叠机构通过哥伦比亚ICONTEC认证，并加西语警示标签，希望6月底前出货",
         "①研发部许工评估折叠机构改动（4月24日前）②4月27日前向客户报样品及标签方案", "2026-04-28", "刘思彤"],
        ["EC2026-0421-02", "2026-04-21", "任泽区顺力橡胶制品厂/孙经理", "采购部/高秀娟", "交期协调",
         "原定4月25日交付的充气轮胎因模具维修需推迟至5月8日",
         "①与生产部赵主管确认能否调整排产（4月23日前）②若无法调整，启动备选供应商询价", "—", "高秀娟"],
    ])
    blocks = ["郭总、各位：", "", "今天与哥伦比亚客户视频沟通、与轮胎厂电话沟通的情况整理如下，请相关同事跟进：", "",
              table, "", "如有异议请于今日内回复。", "", "刘思彤", "外贸部 | 邢台骏童童车有限公司"]
    frm = P("刘思彤")
    to = [P("郭振海")]
    cc = [P("许文博"), P("高秀娟"), P("赵铁军"), BOT]
    body = multi("alternative", [
        leaf("text/plain", to_text(blocks), "utf-8", "base64", cs_quote=True),
        leaf("text/html", outlook_html(blocks, "utf-8", bold_first=False), "utf-8", "base64", cs_quote=True)],
        "----=_NextPart_000_0A41_01DCD1B7.8C3E2F60")
    h = outlook(frm, to, cc, subject, sent, f"<000a01dcd1b7$8c3e2f60$a4ba8e20$@{DOM}>", BOT, cs="utf-8",
                seed="10817")
    items = [
        it("许文博", "评估折叠机构改动", "2026-04-24"),
        it("刘思彤", "向客户报样品及标签方案", "2026-04-27"),
        it("高秀娟", "与生产部赵主管确认能否调整排产", "2026-04-23"),
        it("高秀娟", "启动备选供应商询价"),
    ]
    notes = ("Seed 外部沟通跟进表 (customer row + supplier row) in an Outlook UTF-8 HTML table. Sent Tue 2026-04-21. "
             "Row 1: ① names 研发部许工 (= 许文博) -> 2026-04-24; ② names nobody, so the row 负责人 刘思彤 owns it -> "
             "2026-04-27. Row 2 (负责人 高秀娟): ① '与生产部赵主管确认' - 高秀娟 does the confirming, 赵铁军 is the "
             "counterpart -> owner 高秀娟, 2026-04-23; ② '若无法调整…' is conditional, no date -> no_due. The "
             "customer's wish '希望6月底前出货' and the supplier's '推迟至5月8日' are facts. 下次沟通时间 only in row 1: "
             "2026-04-28, no time.")
    return case("10817-ec-followup-table-outlook-utf8", "minutes", message(h, body), notes,
                "Seed 外部沟通跟进表 (customer + supplier rows), Outlook UTF-8: ①② in one cell, row 负责人 owns "
                "unnamed sub-tasks, '与赵主管确认' is not 赵's item, conditional sub-task", items, fu("2026-04-28"))


def c10818():
    sent = dt.datetime(2026, 5, 19, 20, 30, 0, tzinfo=COT)
    subject = "Minutes - Juntong / Juguetes Montaña call (May 19)"
    text = """Hello Sitong, hello team,

Thank you for the call today. My notes below; please correct me if I missed something.

Attendees: Valentina Ospina, Andrés Restrepo (Juguetes Montaña); Sitong Liu, Wenbo Xu, Mona Zhang (Juntong)

Agreed
- Order JM-2607: 2,400 strollers JT-16, FOB Tianjin, shipment in week 28.
- Spanish warning label v3 is approved.

Action items
1. Sitong - send the revised price list including the rain cover option, by Friday.
2. Engineer Xu - share the fold-lock drop test video, by next Monday.
3. Valentina - confirm the carton marks and barcode list by May 27.
4. Andrés - send the ICONTEC test report of the previous model ASAP.
5. Mona - update the packing list template to our new format (no date agreed).

Next call: Thursday May 28, 8:00 am Bogotá / 9:00 pm Beijing.

Saludos,
Valentina Ospina
Compras | Juguetes Montaña S.A.S. | Medellín, Colombia
"""
    frm = P("Valentina Ospina")
    to = [("Sitong Liu", P("刘思彤")[1]), ("Wenbo Xu", P("许文博")[1]), ("Mona Zhang", P("张雨萌")[1])]
    cc = [P("Andrés Restrepo"), BOT]
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable", cs_quote=True),
                                 leaf("text/html", gmail_html(lines(text)), "UTF-8", "quoted-printable",
                                      cs_quote=True)], f"000000000000{hx('10818b', 16)}")
    h = gmail(frm, to, cc, subject, sent, f"<CAJm{hx('10818', 22)}+{hx('10818q', 12)}@mail.gmail.com>", BOT,
              seed="10818")
    items = [
        it("刘思彤", "send the revised price list including the rain cover option", "2026-05-22", ("wkday", "Fri")),
        it("许文博", "share the fold-lock drop test video", "2026-05-25", ("nextwk", "Mon")),
        it("Valentina Ospina", "confirm the carton marks and barcode list", "2026-05-27"),
        it("Andrés Restrepo", "send the ICONTEC test report of the previous model", vague=True),
        it("张雨萌", "update the packing list template to our new format"),
    ]
    notes = ("English minutes written by the Colombian customer (Gmail). Date Tue 2026-05-19 20:30 -0500 = Wed "
             "2026-05-20 09:30 in Shanghai: resolve on 05-20 (here both calendars give the same answers). #1 "
             "'Sitong' = 刘思彤, 'by Friday' -> 2026-05-22. #2 'Engineer Xu' = 许文博 (alias), 'by next Monday' -> "
             "2026-05-25. #3 Valentina (From, outside the roster) -> 2026-05-27. #4 Andrés (Cc display name) "
             "'ASAP' -> vague_due. #5 'Mona' = 张雨萌, 'no date agreed' -> no_due. 'Agreed' lines (week 28 "
             "shipment) are decisions. Next call 'Thursday May 28, 8:00 am Bogotá / 9:00 pm Beijing' -> "
             "2026-05-28 21:00 Shanghai.")
    return case("10818-en-customer-minutes-gmail-bogota", "minutes", message(h, body), notes,
                "Customer-written English minutes from Colombia (-0500 Date = next day in Shanghai): our owners "
                "via aliases (Engineer Xu, Mona), the customer's own items, ASAP, no date; next call Bogotá/Beijing",
                items, fu("2026-05-28", "21:00", ("tz", "2026-05-28T08:00-05:00")))


def c10819():
    sent = dt.datetime(2026, 6, 5, 16, 10, 27, tzinfo=CST)
    subject = "跨部门协作事项跟踪表（第23周）"
    table = T([
        ["序号", "事项名称", "发起部门", "协作部门", "责任人（发起方）", "责任人（协作方）", "计划开始时间",
         "计划完成时间", "实际完成时间", "进展情况", "风险点及应对措施"],
        ["1", "JT-16推车西语包材打样", "外贸部", "研发部", "张雨萌", "许文博", "2026-05-25", "2026-06-03",
         "2026-06-04", "已完成（延期1天，客户改稿）", "客户改稿周期长，下次预留2天"],
        ["2", "车架焊接工装改造", "生产部", "研发部", "赵铁军", "许文博", "2026-05-28", "2026-06-12", "-",
         "进行中（已完成60%）", "夹具钢材到货慢，已催采购"],
        ["3", "哥伦比亚订单轮胎备货", "外贸部", "采购部", "刘思彤", "高秀娟", "2026-06-01", "2026-06-22", "-",
         "延期（原定6月18日，供应商端午放假）", "已联系备选供应商"],
        ["4", "跌落测试样箱及场地准备", "品质部", "仓储部", "孟庆华", "李建业", "2026-06-08", "待定", "-",
         "未开始", "等新纸箱样品"],
        ["5", "5月出口报关单据整理移交", "财务部", "外贸部", "田雅静", "张雨萌", "2026-06-01", "2026-06-10", "-",
         "进行中", "-"],
    ])
    blocks = ["各部门：", "", "本周协作事项跟踪表如下，请各责任人核对进展，有变化直接回复。", "", table, "",
              "下次周会：6月12日（周五）下午4点，二楼会议室。", "", "郭振海"]
    frm = P("郭振海")
    to = [P(n) for n in ("张雨萌", "许文博", "赵铁军", "刘思彤", "高秀娟", "孟庆华", "李建业", "田雅静")]
    body = multi("alternative", [leaf("text/plain", to_text(blocks), "UTF-8", "quoted-printable"),
                                 leaf("text/html", div_html(blocks, cs="UTF-8", font="宋体"), "UTF-8",
                                      "quoted-printable")],
                 f"----=_Part_{int(hx('10819', 6), 16)}_{int(hx('10819x', 7), 16)}.1780647027512")
    h = coremail(frm, to, [BOT], subject, sent,
                 f"<{hx('10819m', 8)}.{hx('10819n', 4)}.19e1a7b3f02.Coremail.guozhenhai@{DOM}>", BOT,
                 cs="UTF-8", seed="10819")
    items = [
        it("许文博", "车架焊接工装改造", "2026-06-12"),
        it("高秀娟", "哥伦比亚订单轮胎备货", "2026-06-22"),
        it("李建业", "跌落测试样箱及场地准备", vague=True),
        it("张雨萌", "5月出口报关单据整理移交", "2026-06-10"),
    ]
    notes = ("Seed 跨部门协作事项跟踪表 with both 责任人（发起方） and 责任人（协作方） columns, Coremail UTF-8 QP. Sent "
             "Fri 2026-06-05. Row 1 is 已完成 with an 实际完成时间 -> status, not an item. Rows 2-5 are open; the "
             "协作方 person, who does the work, owns each (AMBIGUOUS: the 发起方 person could be read as owner; the "
             "seed's own example and the task wording make the 协作方 the doer). Row 2 -> 2026-06-12. Row 3 was "
             "'延期（原定6月18日…）', the plan column already says 2026-06-22 -> 2026-06-22. Row 4 计划完成时间 '待定' "
             "-> vague_due. Row 5 -> 2026-06-10. 下次周会 6月12日（周五）下午4点 -> 2026-06-12 16:00.")
    return case("10819-collab-tracking-two-owner-columns-coremail", "minutes", message(h, body), notes,
                "Seed 跨部门协作事项跟踪表 with 发起方/协作方 owner columns (协作方 owns), 已完成 row skipped, 延期 row "
                "keeps the new plan date, 待定", items, fu("2026-06-12", "16:00"))


def c10820():
    sent = dt.datetime(2026, 6, 29, 19, 5, 16, tzinfo=CST)
    subject = "6.29 经营例会纪要"
    text = """6.29 经营例会纪要（记录：刘思彤）

【郭总】
1. 7月起哥伦比亚订单优先排产，其他订单顺延。（决定）
2. 本周内和银行敲定出口信用保险续保方案。

【赵铁军】
1. JT-16第一批1200台下线，7月10日前完成。
2. 夜班安全员排班表报行政（明天）。

【孟庆华】
1. 7月3日前完成ICONTEC送样前的预检。

【高秀娟】
1. 轮胎备选供应商两家报价，周三下班前发我。

【刘思彤】
1. 跟Valentina确认第二批交期，待客户回复后再定时间。
"""
    frm = P("刘思彤")
    to = [P(n) for n in ("郭振海", "赵铁军", "孟庆华", "高秀娟")]
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                 leaf("text/html", div_html(lines(text), cs="UTF-8", font="PingFang SC"), "UTF-8",
                                      "quoted-printable")], f"{hx('10820b', 28)}")
    h = feishu(frm, to, [BOT], subject, sent, f"<{hx('10820', 16)}.{hx('10820z', 8)}@{DOM}>", BOT, seed="10820",
               mailer="Feishu Mail")
    items = [
        it("郭振海", "和银行敲定出口信用保险续保方案", "2026-07-05", ("weekend",)),
        it("赵铁军", "JT-16第一批1200台下线", "2026-07-10"),
        it("赵铁军", "夜班安全员排班表报行政", "2026-06-30", ("days", 1)),
        it("孟庆华", "完成ICONTEC送样前的预检", "2026-07-03"),
        it("高秀娟", "轮胎备选供应商两家报价", "2026-07-01", ("wkday", "三")),
        it("刘思彤", "跟Valentina确认第二批交期", vague=True),
    ]
    notes = ("Feishu mail, minutes grouped by person under 【name】 headers (郭总 = 郭振海). Sent Mon 2026-06-29. "
             "郭总 #1 is marked （决定） -> a decision, not an item. 郭总 #2 '本周内' -> Sunday 2026-07-05 (AMBIGUOUS: "
             "the dates-eval rule is the calendar-week end; a business reader might say Friday 07-03). 赵铁军 #1 "
             "-> 2026-07-10; #2 '（明天）' -> 2026-06-30. 孟庆华 -> 2026-07-03. 高秀娟 '周三下班前发我' -> 2026-07-01, "
             "no time ('我' is the writer, the task is 高秀娟's). 刘思彤 '待客户回复后再定时间' -> vague_due.")
    return case("10820-feishu-grouped-by-person-weekend", "minutes", message(h, body), notes,
                "Feishu minutes grouped by 【person】: （决定） line not an item, 本周内 (AMBIGUOUS, Sunday), （明天）, "
                "周三下班前, 待…再定", items)


def c10821():
    sent = dt.datetime(2026, 7, 9, 14, 5, 22, tzinfo=CST)
    subject = "【紧急】问题协调解决记录 Q-0709：JT-16前轮异响客诉"
    table = T([
        ["问题编号", "问题描述", "提交人", "提交时间", "紧急程度", "影响范围", "责任部门", "责任人", "计划解决时间",
         "实际解决时间", "解决方案"],
        ["Q-0709", "哥伦比亚客户反馈JT-16前轮转动异响", "张雨萌", "2026-07-09 09:30", "高", "在途2个柜（1200台）",
         "品质部", "孟庆华", "2026-07-10 18:00", "—", "定位并消除前轮异响"],
    ])
    blocks = ["各位：", "", "上午客户发来视频，JT-16前轮转动有明显异响，按紧急程度“高”处理。问题记录如下：", "", table, "",
              "临时分工：",
              "1. 孟庆华：2小时内完成库存品抽检（50台）并出初判结论；",
              "2. 许文博：24小时内提交异响原因分析及改进方案；",
              "3. 张雨萌：今天下班前回复客户，说明处理计划；",
              "4. 赵铁军：明天上午10点前安排好返工线体和人员。",
              "", "孟庆华 品质部"]
    frm = P("孟庆华")
    to = [P("许文博"), P("张雨萌"), P("赵铁军")]
    cc = [P("郭振海"), BOT]
    body = multi("alternative", [leaf("text/plain", to_text(blocks), "gb18030", "base64"),
                                 leaf("text/html", div_html(blocks, cs="gb18030", font="微软雅黑"), "gb18030",
                                      "base64")], f"----=_NextPart_{hx('10821b', 8).upper()}_{hx('10821c', 8).upper()}_"
                                                  f"{hx('10821d', 8).upper()}")
    h = exmail(frm, to, cc, subject, sent, f"<tencent_{hx('10821', 36).upper()}@{DOM}>", BOT, seed="10821")
    items = [
        it("孟庆华", "定位并消除前轮异响", "2026-07-10", time="18:00"),
        it("孟庆华", "完成库存品抽检（50台）并出初判结论", "2026-07-09", ("hours", 2), time="16:05"),
        it("许文博", "提交异响原因分析及改进方案", "2026-07-10", ("hours", 24), time="14:05"),
        it("张雨萌", "回复客户，说明处理计划", "2026-07-09", ("today",)),
        it("赵铁军", "安排好返工线体和人员", "2026-07-10", ("days", 1), time="10:00"),
    ]
    notes = ("Seed 问题协调解决记录表 (紧急程度 高) plus hour deadlines, Tencent Exmail gb18030 base64. Sent Thu "
             "2026-07-09 14:05:22. The table row is an item: 责任人 孟庆华, 计划解决时间 2026-07-10 18:00, task from "
             "解决方案. '2小时内' -> 16:05; '24小时内' -> 2026-07-10 14:05 (hours run from the Date header, not the "
             "09:30 提交时间). '今天下班前' -> 2026-07-09, no time. '明天上午10点前' -> 2026-07-10 10:00.")
    return case("10821-issue-record-hours-exmail-gb18030", "minutes", message(h, body), notes,
                "Seed 问题协调解决记录表 row + 2小时内/24小时内 from the Date header, 今天下班前, 明天上午10点前; "
                "Exmail gb18030", items)


def c10822():
    sent = dt.datetime(2026, 7, 14, 9, 12, 44, tzinfo=CST)
    subject = "周四验货会改期"
    text = """孟经理：

周四（16号）的验货会改到周五下午两点吧，Valentina那边周四上午有事，视频接不进来。会议室我已经改订了，你看行不行？

另外验货报告模板周三前发我一下，我先翻成英文给客户看。

思彤
"""
    frm = P("刘思彤")
    to = [P("孟庆华")]
    cc = [P("张雨萌"), BOT]
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                 leaf("text/html", div_html(lines(text), cs="UTF-8"), "UTF-8", "base64")],
                 f"----=_Part_{int(hx('10822', 6), 16)}_{int(hx('10822x', 7), 16)}.1784077964000")
    h = netease(frm, to, cc, subject, sent, f"<{hx('10822m', 8)}.{hx('10822n', 5)}.{hx('10822o', 11)}@{DOM}>", BOT,
                seed="10822")
    notes = ("A person-to-person rescheduling note (NetEase enterprise mail) with the bot in Cc out of habit: moves "
             "a meeting and asks for a template '周三前'. Not minutes, not a reply to a recap -> kind other, no items, "
             "no follow-up.")
    return case("10822-other-reschedule-netease", "other", message(h, body), notes,
                "NetEase rescheduling chat ('改到周五下午两点', '周三前发我') with the bot in Cc -> other")


CASES = [c10817, c10818, c10819, c10820, c10821, c10822]

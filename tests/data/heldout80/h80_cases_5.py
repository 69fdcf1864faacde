"""Cases 10831-10838: 银川朔方甘草生物科技 (licorice extracts, Yinchuan)."""
import datetime as dt

from h80_clients import coremail, dingtalk, feishu, foxmail, netease, outlook
from h80_html import T, div_html, outlook_html, to_text
from h80_lib import fu, hx, it, leaf, message, multi
from h80_people import ORGS, person

CST = dt.timezone(dt.timedelta(hours=8))
BOT = ORGS["D"]["bot"]
P = person
DOM = ORGS["D"]["domain"]
MID_10828 = f"<001f01dcc6a4$3b9e7d10$b2db7730$@{DOM}>"


def case(slug, kind, raw, notes, row, items=(), followup=None):
    return {"slug": slug, "kind": kind, "raw": raw, "items": list(items), "followup": followup,
            "notes": notes, "row": row}


def lines(text):
    return text.rstrip("\n").split("\n")


def c10831():
    sent = dt.datetime(2026, 4, 8, 9, 15, 3, tzinfo=CST)
    subject = "【更正】跨部门沟通记录：甘草酸单铵盐新工艺试产协调会"
    todo = T([["序号", "事项", "负责人", "完成时限"],
              ["1", "编制试产工艺规程及批生产记录", "纳文静（主责）/丁海涛（配合）", "4月10日前（原“3个工作日内”）"],
              ["2", "确认试产用原料批次及库存量", "杨建国", "4月9日前"],
              ["3", "制定试产批次内控检验方案", "白雪（主责）、纳文静（配合）", "4月17日前"],
              ["4", "梳理匈牙利客户对新工艺样品的资质文件要求", "苏婉清", "本月底前"],
              ["5", "试产车间设备清洗验证", "丁海涛", "4月20日前"]])
    blocks = ["各位：", "",
              "昨天的沟通记录有两处更正：①第3项完成时限由4月15日调整为4月17日（白主管要等外检机构报价）；"
              "②第5项设备清洗验证定为4月20日前。完整待办如下，以此为准。", "", todo, "",
              "下次沟通时间：4月14日（周二）14:30，地点不变。", "", "周晓玲 | 行政部"]
    frm = P("周晓玲")
    to = [P(n) for n in ("丁海涛", "白雪", "纳文静", "杨建国", "苏婉清")]
    cc = [P("马俊峰"), BOT]
    body = multi("alternative", [
        leaf("text/plain", to_text(blocks), "utf-8", "base64", cs_quote=True),
        leaf("text/html", outlook_html(blocks, "utf-8", bold_first=False), "utf-8", "base64", cs_quote=True)],
        "----=_NextPart_000_0207_01DCC76B.1F0A5C30")
    h = outlook(frm, to, cc, subject, sent, f"<002001dcc76b$1f0a5c30$5d1f1490$@{DOM}>", BOT, cs="utf-8",
                irt=MID_10828, refs=[MID_10828], seed="10831")
    items = [
        it("纳文静", "编制试产工艺规程及批生产记录", "2026-04-10"),
        it("杨建国", "确认试产用原料批次及库存量", "2026-04-09"),
        it("白雪", "制定试产批次内控检验方案", "2026-04-17"),
        it("苏婉清", "梳理匈牙利客户对新工艺样品的资质文件要求", "2026-04-30", ("monthend",)),
        it("丁海涛", "试产车间设备清洗验证", "2026-04-20"),
    ]
    notes = ("【更正】 re-send of 10828 in the same thread (In-Reply-To/References = 10828's Message-ID), sent Wed "
             "2026-04-08: still minutes, a new version of the same items. #1 now '4月10日前（原“3个工作日内”）' -> "
             "2026-04-10 (the old phrase in brackets must not be re-resolved from the new Date, which would give "
             "04-13). #3 '由4月15日调整为4月17日' -> 2026-04-17. #5 待定 became '4月20日前' -> 2026-04-20. #4 "
             "'本月底前' -> 2026-04-30. 下次沟通 4月14日（周二）14:30 -> 2026-04-14 14:30.")
    return case("10831-corrected-resend-same-thread-outlook", "minutes", message(h, body), notes,
                "【更正】 re-send of 10828 in the same thread: changed dates, '4月10日前（原“3个工作日内”）' must "
                "not be re-resolved, 待定 now dated", items, fu("2026-04-14", "14:30"))


def c10832():
    sent = dt.datetime(2026, 7, 20, 17, 45, 19, tzinfo=CST)
    subject = "生产部周例会纪要（7月20日）"
    text = """生产部周例会纪要（7月20日）

一、上周待办回顾
1. 提取车间冷凝器清洗——已完成（7月16日）
2. 喷雾干燥塔温控改造——进行中，完成70%，预计本周五完成
3. 员工高温作业防护培训——已完成

二、本周待办
1. 喷雾干燥塔温控改造收尾并试车（丁海涛，7月24日（周五）前）
2. 提取罐安全阀年检送检（生产部设备组，下周一前）
3. 8月生产计划排产表（丁海涛，尽快）
4. 成品库温湿度记录仪校准（白雪，时间待定）
5. 7月能耗费用分摊表核对（财务部，月底前）

三、下次例会：7月27日（周一）下午4点，生产部办公室。

丁海涛
"""
    frm = P("丁海涛")
    to = [P("白雪"), P("何丽")]
    cc = [P("马俊峰"), BOT]
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                 leaf("text/html", div_html(lines(text), cs="UTF-8", font="PingFang SC"), "UTF-8",
                                      "base64")], f"----=ALIBOUNDARY_{hx('10832b', 5)}_{hx('10832c', 8)}")
    h = dingtalk(frm, to, cc, subject, sent, f"<{hx('10832', 8)}-{hx('10832x', 4)}-{hx('10832y', 4)}@{DOM}>", BOT,
                 seed="10832")
    items = [
        it("丁海涛", "喷雾干燥塔温控改造收尾并试车", "2026-07-24"),
        it(None, "提取罐安全阀年检送检", "2026-07-27", ("nextwk", "一"), dept="生产部"),
        it("丁海涛", "8月生产计划排产表", vague=True),
        it("白雪", "成品库温湿度记录仪校准", vague=True),
        it(None, "7月能耗费用分摊表核对", "2026-07-31", ("monthend",), dept="财务部"),
    ]
    notes = ("DingTalk mail weekly minutes with 上周待办回顾 (status of old items, including '预计本周五完成' - not "
             "items) and 本周待办 (items, owner and deadline in brackets after the task). Sent Mon 2026-07-20. #1 "
             "'7月24日（周五）前' -> 2026-07-24. #2 '生产部设备组' is a team -> no_owner, department 生产部, "
             "'下周一前' -> 2026-07-27. #3 '尽快' -> vague_due. #4 '时间待定' -> vague_due. #5 '财务部' -> no_owner, "
             "department 财务部, '月底前' -> 2026-07-31. 下次例会 7月27日（周一）下午4点 -> 2026-07-27 16:00.")
    return case("10832-review-last-week-dingtalk", "minutes", message(h, body), notes,
                "DingTalk weekly minutes: 上周待办回顾 (status, '预计本周五完成') vs 本周待办; team/department-only "
                "owners, 尽快, 时间待定, 月底前", items, fu("2026-07-27", "16:00"))


def c10833():
    sent = dt.datetime(2026, 6, 4, 10, 30, 26, tzinfo=CST)
    subject = "匈牙利客户留样寄送"
    text = """丁经理：

匈牙利客户要的三批留样（GL-2603/2604/2605）麻烦下周二前寄出，每批50g，地址我微信发你了。
另外新工艺的样品能不能6月底前给我200g？客户下次电话要问。

抄送纪要助手，帮我记一下。谢谢！

苏婉清
市场部
"""
    frm = P("苏婉清")
    to = [P("丁海涛")]
    cc = [BOT]
    body = multi("alternative", [
        leaf("text/plain", text, "gb2312", "base64"),
        leaf("text/html", outlook_html(lines(text), "gb2312", bold_first=False), "gb2312", "base64")],
        "----=_NextPart_000_0031_01DCF3D2.6A5B2C10")
    h = outlook(frm, to, cc, subject, sent, f"<003101dcf3d2$6a5b2c10$3f118430$@{DOM}>", BOT, seed="10833")
    notes = ("A person's own request (Outlook gb2312) with the bot in Cc and even '帮我记一下': two asks with dates "
             "(下周二前, 6月底前) to one colleague, but no meeting and no minutes -> kind other, no items.")
    return case("10833-other-request-cc-bot-outlook", "other", message(h, body), notes,
                "Outlook gb2312 person-to-person request that even asks the bot to 'note it' -> other (no meeting)")


def c10834():
    sent = dt.datetime(2026, 8, 3, 10, 2, 11, tzinfo=CST)
    subject = "朔方简讯 2026年第7期"
    text = """朔方简讯  2026年第7期（行政部编）

【要闻】
· 7月28日，公司甘草酸单铵盐新工艺通过试产验收，收率提高6.5个百分点。
· 7月份完成对匈牙利客户第二批出口（2×200kg），客户检测全部合格。
· 贺兰基地二期移栽补苗已全部完成，成活率93%。

【部门动态】
· 生产部：喷雾干燥塔温控改造已于7月24日完成并试车。
· 品控部：6月、7月批次放行检验合格率100%。
· 市场部：完成西安药交会报名。

【通知】
· 8月8日（周六）组织员工年度体检，具体安排见OA。
· 高温天气注意防暑，各车间按规定发放防暑用品。

欢迎各部门投稿：zhouxiaoling@shuofang-bio.example.cn
"""
    frm = P("周晓玲")
    to = [("全体员工", f"all@{DOM}")]
    cc = [BOT]
    body = multi("alternative", [leaf("text/plain", text, "GBK", "base64"),
                                 leaf("text/html", div_html(lines(text), cs="GBK", font="宋体"), "GBK", "base64")],
                 f"----=_Part_{int(hx('10834', 6), 16)}_{int(hx('10834x', 7), 16)}.1785722531000")
    h = coremail(frm, to, cc, subject, sent,
                 f"<{hx('10834m', 8)}.{hx('10834n', 4)}.19e6b2d1c55.Coremail.zhouxiaoling@{DOM}>", BOT, seed="10834")
    notes = ("An internal bulletin (简讯) sent by hand from Coremail to an all-staff address with the bot in Cc; no "
             "Precedence/List headers, written by a person. It reports what was done ('已于7月24日完成') and "
             "announces an event, but has no action items and is not minutes -> kind other.")
    return case("10834-other-internal-bulletin-coremail", "other", message(h, body), notes,
                "Coremail GBK hand-sent internal bulletin (no list headers) full of done-reports and dates -> other")


def c10835():
    sent = dt.datetime(2026, 7, 1, 21, 10, 37, tzinfo=CST)
    subject = "GMP自查情况汇报会纪要"
    text = """马总：
今天下午GMP自查汇报会纪要如下。

一、已完成工作
1. 已于6月30日完成GMP自查，共发现问题11项，已整改8项。
2. 品控部已完成6月全部批次放行检验，合格率100%。
3. 研发中心已提交新工艺验证方案（6月26日）。

二、下步工作
1. 剩余3项不符合项的整改，由丁经理牵头，7月10日前完成。
2. 纳工：下周三前补充验证方案中清洗验证部分的
   取样点说明。
3. 白雪：7月15日前完成自查报告定稿报马总。

三、下次汇报：7月15日（周三）下午3点。

发自网易邮箱大师
"""
    frm = P("白雪")
    to = [P("马俊峰")]
    cc = [P("丁海涛"), P("纳文静"), BOT]
    body = leaf("text/plain", text, "UTF-8", "base64")
    h = netease(frm, to, cc, subject, sent, f"<{hx('10835m', 8)}.{hx('10835n', 5)}.{hx('10835o', 11)}@{DOM}>", BOT,
                seed="10835", mailer="MailMaster_iPhone_7.18.6")
    items = [
        it("丁海涛", "剩余3项不符合项的整改", "2026-07-10"),
        it("纳文静", "补充验证方案中清洗验证部分的取样点说明", "2026-07-08", ("nextwk", "三")),
        it("白雪", "完成自查报告定稿报马总", "2026-07-15"),
    ]
    notes = ("NetEase Mail Master (phone) plain-text minutes. Sent Wed 2026-07-01 21:10. Section 一 reports work "
             "already done (dates in the past) - not items. 下步工作: #1 '由丁经理牵头' = 丁海涛 -> 2026-07-10. #2 "
             "'纳工' = 纳文静, '下周三前' -> 2026-07-08; the task wraps onto the next line. #3 白雪 (the sender) -> "
             "2026-07-15. 下次汇报 7月15日（周三）下午3点 -> 2026-07-15 15:00.")
    return case("10835-done-reports-vs-next-steps-mailmaster", "minutes", message(h, body), notes,
                "Mail Master phone minutes: 已完成工作 (reports, not items) vs 下步工作; 牵头, 纳工 alias, a task "
                "wrapped over two lines", items, fu("2026-07-15", "15:00"))


def c10836():
    sent = dt.datetime(2026, 8, 7, 18, 25, 4, tzinfo=CST)
    subject = "8月7日市场部周会纪要"
    text = """各位好，本周周会纪要：

讨论：
- 匈牙利客户第三批订单已确认，9月初发运。
- 西安药交会（9月）报名已完成。

待办（从表格复制）：
序号\t事项\t负责人\t完成时间
1\t西安药交会展位设计稿确认\t苏婉清\t8/14
2\t匈牙利第三批订单CoA模板更新\t白雪\t8月20日
3\t展会样品准备（甘草浸膏粉3种规格）\t丁海涛\t下周三
4\t市场部7月费用报销汇总\t何丽\t月底前

下次周会：8月14日（周五）上午9:30

苏婉清
"""
    frm = P("苏婉清")
    to = [P("白雪"), P("丁海涛"), P("何丽")]
    cc = [P("马俊峰"), BOT]
    body = leaf("text/plain", text, "GBK", "base64")
    h = foxmail(frm, to, cc, subject, sent, "<202608071825043317520@shuofang-bio.example.cn>", BOT, cs="GBK",
                seed="10836")
    items = [
        it("苏婉清", "西安药交会展位设计稿确认", "2026-08-14"),
        it("白雪", "匈牙利第三批订单CoA模板更新", "2026-08-20"),
        it("丁海涛", "展会样品准备（甘草浸膏粉3种规格）", "2026-08-12", ("nextwk", "三")),
        it("何丽", "市场部7月费用报销汇总", "2026-08-31", ("monthend",)),
    ]
    notes = ("Foxmail GBK text/plain only, a table pasted from Excel as tab-separated lines. Sent Fri 2026-08-07. "
             "#1 '8/14' -> 2026-08-14. #2 -> 2026-08-20. #3 '下周三' -> 2026-08-12. #4 '月底前' -> 2026-08-31. "
             "讨论 lines (orders confirmed, '9月初发运') are facts. 下次周会 8月14日（周五）上午9:30 -> 2026-08-14 "
             "09:30.")
    return case("10836-tab-separated-excel-text-foxmail-gbk", "minutes", message(h, body), notes,
                "Foxmail GBK plain text with a tab-separated Excel paste: M/D 8/14, 下周三, 月底前; 讨论 lines not "
                "items", items, fu("2026-08-14", "09:30"))


def c10837():
    sent = dt.datetime(2026, 8, 18, 17, 5, 52, tzinfo=CST)
    subject = "新品（甘草浸膏片）上市准备会纪要 / Launch prep minutes"
    text = """新品（甘草浸膏片）上市准备会纪要
时间：8月18日 15:00-16:20    地点：二楼会议室
Product owner：苏经理

分工：
- Product owner 苏经理：8月25日（周二）前完成上市方案终稿
- 工艺：纳老师 —— 下周一上午10点前提交中试放大总结
- 品控：白主管 —— 3个工作日内出具中试样品全检报告
- 包材：行政部 —— 包材供应商比价（时间待定）
- 财务：何会计 —— 成本测算表，8月28日前

下次碰头：8月25日同一时间。
"""
    frm = P("苏婉清")
    to = [P(n) for n in ("纳文静", "白雪", "周晓玲", "何丽")]
    cc = [P("马俊峰"), BOT]
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                 leaf("text/html", div_html(lines(text), cs="UTF-8", font="PingFang SC"), "UTF-8",
                                      "base64")], f"{hx('10837b', 28)}")
    h = feishu(frm, to, cc, subject, sent, f"<{hx('10837', 16)}.{hx('10837z', 8)}@{DOM}>", BOT, seed="10837")
    items = [
        it("苏婉清", "完成上市方案终稿", "2026-08-25"),
        it("纳文静", "提交中试放大总结", "2026-08-24", ("nextwk", "一"), time="10:00"),
        it("白雪", "出具中试样品全检报告", "2026-08-21", ("wd", 3)),
        it(None, "包材供应商比价", vague=True, dept="行政部"),
        it("何丽", "成本测算表", "2026-08-28"),
    ]
    notes = ("Lark mail minutes where owners are written as role + title: 'Product owner 苏经理' (= 苏婉清), "
             "'工艺：纳老师' (= 纳文静), '品控：白主管' (= 白雪), '财务：何会计' (= 何丽); the role word is not the owner. "
             "Sent Tue 2026-08-18. #1 '8月25日（周二）前' -> 2026-08-25. #2 '下周一上午10点前' -> 2026-08-24 10:00. "
             "#3 '3个工作日内' -> 08-19, 08-20, 08-21 = 2026-08-21. #4 '行政部' only -> no_owner, department 行政部; "
             "'时间待定' -> vague_due. #5 -> 2026-08-28. '下次碰头：8月25日同一时间' -> the meeting began 15:00 -> "
             "2026-08-25 15:00.")
    return case("10837-role-title-owners-lark", "minutes", message(h, body), notes,
                "Lark minutes with role+title owners (Product owner 苏经理, 纳老师, 白主管, 何会计), dept-only owner, "
                "3个工作日内, '8月25日同一时间'", items, fu("2026-08-25", "15:00"))


def c10838():
    sent = dt.datetime(2026, 8, 24, 8, 50, 17, tzinfo=CST)
    subject = "转发: 秋季采挖准备会纪要"
    text = """纪要助手：请跟踪杨建国这份基地纪要里的事项。各位按时办。
马俊峰

发件人: 杨建国 <yangjianguo@shuofang-bio.example.cn>
发送时间: 2026年8月21日 17:30
收件人: 马俊峰 <majunfeng@shuofang-bio.example.cn>
主题: 秋季采挖准备会纪要

马总：
今天基地秋季采挖准备会纪要如下：
1. 采挖机械检修保养，8月28日前完成（杨建国）。
2. 临时用工招聘60人，中秋节前到岗（周晓玲）。
3. 采挖期间鲜根初检方案，国庆前出稿（白雪）。
4. 采挖季资金预算报马总审批（何丽，9月5日前）。
下次碰头：9月1日（周二）上午10点，基地。

杨建国
种植基地部
"""
    frm = P("马俊峰")
    to = [P(n) for n in ("杨建国", "周晓玲", "白雪", "何丽")]
    cc = [BOT]
    body = multi("alternative", [
        leaf("text/plain", text, "utf-8", "quoted-printable", cs_quote=True),
        leaf("text/html", outlook_html(lines(text), "utf-8", bold_first=False), "utf-8", "quoted-printable",
             cs_quote=True)], "----=_NextPart_000_0044_01DD1398.2C7A9E50")
    h = outlook(frm, to, cc, subject, sent, f"<004401dd1398$2c7a9e50$85ebdaf0$@{DOM}>", BOT, cs="utf-8", seed="10838")
    items = [
        it("杨建国", "采挖机械检修保养", "2026-08-28"),
        it("周晓玲", "临时用工招聘60人", "2026-09-24", ("pre_hol",)),
        it("白雪", "采挖期间鲜根初检方案", "2026-09-30"),
        it("何丽", "采挖季资金预算报马总审批", "2026-09-05"),
    ]
    notes = ("Outlook '转发:' by 马俊峰 (Mon 2026-08-24) of minutes 杨建国 sent on Fri 08-21 without the bot; the "
             "minutes sit below an Outlook 发件人/发送时间 block and must not be cut as a quote. Owner in brackets "
             "after each task. #1 -> 2026-08-28. #2 '中秋节前' -> last working day before Mid-Autumn (09-25..09-27) = "
             "Thu 2026-09-24. #3 '国庆前' -> last working day before 10-01 = Wed 2026-09-30 (09-28..09-30 are "
             "working days). #4 -> 2026-09-05 (a Saturday, kept as written). Both anchors (08-21, 08-24) give the "
             "same dates. 下次碰头 9月1日（周二）上午10点 -> 2026-09-01 10:00.")
    return case("10838-forwarded-minutes-mid-autumn-outlook", "minutes", message(h, body), notes,
                "Outlook '转发:' with a one-line preface over minutes sent without the bot: 中秋节前 = 09-24, 国庆前 = "
                "09-30, owner in trailing brackets", items, fu("2026-09-01", "10:00"))


CASES = [c10831, c10832, c10833, c10834, c10835, c10836, c10837, c10838]

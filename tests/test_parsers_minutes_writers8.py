"""Issue #12, heldout7 round: readings of structure that heldout7 showed missing, each tested on a variant written
here (other words, layouts and trades than the held-out mails) and on the shape the held-out mail had."""
from datetime import datetime
from textwrap import dedent

from parsers.context import Context
from parsers.dates.workdays import WorkdayCalendar
from parsers.mail.addresses import Address
from parsers.mail.hant import fold
from parsers.minutes.meeting.followup import held_in_sentence, next_followup
from parsers.minutes.reader import read_minutes
from parsers.minutes.owning.people import Roster
from minutes_reading import KNOWN, SHANGHAI, WED, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "秦海燕,qinhaiyan@ex.cn,质量部,,Helen;Helen Qin\n何斌,hebin@ex.cn,工程部,,Ben;Ben He\n"
    "马骁,maxiao@ex.cn,工程部,,老马\n孔令辉,konglinghui@ex.cn,工程部,,小孔\n")
BOT = Address("Tasks Bot", "tasks@ex.cn")          # a bot in To whose mailbox is a section word
MINUTES = MinutesReader(ROSTER, (*KNOWN, BOT, Address("Pieter Claes", "pieter@vendor.example.com")))
owners = MINUTES.owners
FRI = datetime(2025, 3, 14, 9, 30, tzinfo=SHANGHAI)


TASKS = "会议分工：\n1. 何斌：周五前提交报价单\n"


def next_meeting(text: str, sent: datetime = WED) -> str | None:
    meeting = next_followup(list(MINUTES.read(text, sent).followups), MINUTES.context(sent))
    return meeting.start.strftime("%Y-%m-%d %H:%M") if meeting else None


def test_a_section_heading_is_no_person_even_when_a_mailbox_is_spelt_like_it():
    text = """
    Decisions
    1. Keep the current forwarder until June.
    2. No new carriers this quarter.

    Tasks
    1. Vendor (Pieter) - send the revised packaging spec - by Mar 20
    2. Factory (Ben) - run the drop test on the new carton - by Mar 18
    """
    assert owners(text) == [("Pieter Claes", "send the revised packaging spec", "2025-03-20"),
                            ("何斌", "run the drop test on the new carton", "2025-03-18")]


def test_the_japanese_and_korean_label_for_attendees_names_people_not_work():
    for label in ("■参加者：", " - 参加者：", "・参加者："):
        text = f"""
        {label}秦海燕、何斌 先生、Pieter Claes

        ■课题
        1. 样品寄送到工厂：何斌 / 3月20日
        """
        read = MINUTES.read(text)
        assert [(i.owner.name, i.due_date.isoformat()) for i in read.items] == [("何斌", "2025-03-20")], label


def test_labelled_lines_under_a_person_heading_are_that_persons_plan_not_the_commenters():
    text = """
    本周例会记录如下：

    【何斌】
    已完成：二号线夹具改造，试产3批。
    马老师建议：3月19日前把夹具图纸更新后发给秦海燕审。

    【孔令辉】
    本周工作：供应商走访两家。
    下一步：下周二前提交供应商评估表。

    【秦海燕】
    完成情况：来料检验标准已发布。

    其他：厂区周末停电，请提前关机。
    """
    assert owners(text, FRI) == [("何斌", "把夹具图纸更新后发给秦海燕审", "2025-03-19"),
                                 ("孔令辉", "提交供应商评估表", "2025-03-18")]


def test_a_column_of_known_people_under_a_job_title_is_the_owner_column():
    text = """
    各位，本周设备点检问题汇总：

    设备\t班组长\t故障现象\t处理措施\t计划日期\t状态
    3号注塑机\t何斌\t液压油温偏高\t清洗冷却器\t3月18日\t处理中
    5号注塑机\t孔令辉\t模温机报警\t更换温控探头\t3/20\t未开始
    空压站\t小孔\t排水阀堵塞\t疏通排水阀\t3月13日\t已完成
    """
    assert owners(text) == [("何斌", "清洗冷却器", "2025-03-18"), ("孔令辉", "更换温控探头", "2025-03-20")]


def test_a_column_that_says_whose_it_is_otherwise_is_no_owner_column():
    text = """
    设备\t报修人\t故障现象\t处理措施\t计划日期
    3号注塑机\t何斌\t液压油温偏高\t清洗冷却器\t3月18日
    """
    assert owners(text) == [(None, "清洗冷却器", "2025-03-18")]


def test_an_owner_after_a_dash_may_carry_a_note_in_brackets():
    text = """
    待办：
    1. 更新设备台账 —— 何斌（二车间），3月20日前
    2. 更新设备台账 —— 孔令辉(三车间)，3月21日前
    3. Draft the supplier scorecard - Helen (EMEA side) - by Mar 19
    """
    assert owners(text) == [("何斌", "更新设备台账", "2025-03-20"), ("孔令辉", "更新设备台账", "2025-03-21"),
                            ("秦海燕", "Draft the supplier scorecard", "2025-03-19")]


TEAM = MinutesReader(ROSTER, (Address("秦海燕", "qinhaiyan@ex.cn"), Address("孔令辉", "konglinghui@ex.cn")))
SENDER = Address("马骁", "maxiao@ex.cn")


def test_prose_names_the_people_it_was_sent_to_by_given_name_and_asks_them_mid_sentence():
    text = """
    海燕、令辉：

    上午把明年的培训计划过了一遍，要点如下。去年的计划是在11月30日前报到人事部的。

    课程清单由海燕整理，争取3月20日前发给我。讲师费用这块请令辉核一下，月底前就行，不急。

    马骁
    """
    assert TEAM.owners(text) == [("秦海燕", "课程清单整理，争取发给我", "2025-03-20"),
                                 ("孔令辉", "讲师费用这块核一下，就行，不急", "2025-03-31")]


def test_a_request_about_a_numbered_item_is_no_new_item():
    text = """
    各位：

    跟踪表更新如下，明天（周四）正常上班，第2项请何斌抓紧。

    序号\t事项\t负责人\t完成时限
    1\t更新设备台账\t秦海燕\t3月20日前
    2\t清洗冷却器\t何斌\t明天下班前
    """
    assert [owner for owner, _, _ in owners(text)] == ["秦海燕", "何斌"]


def test_a_progress_heading_holds_reports_not_work():
    for title in ("## 本周进度", "## Progress", "**进展**", "进展："):
        text = f"""
        # 工程部周会

        {title}
        - 何斌：夹具改造完成八成，剩余部分下周收尾
        - 孔令辉：供应商走访两家，评估表已交

        ## 待办
        - [ ] @秦海燕 更新来料检验标准 (due: 3/20)
        """
        assert owners(text) == [("秦海燕", "更新来料检验标准", "2025-03-20")], title


def test_a_pointing_emoji_or_a_small_diamond_is_a_bullet():
    text = """
    ⏰ 待办
    ➡️ 我：周五上午10点前 把整改说明发给客户
    🔸 小孔：更新巡检路线（时间另定）
    👉 何斌：下周二前 复核温控记录
    """
    context = Context(WED, WorkdayCalendar(), ROSTER, TEAM.known, sender=SENDER)
    read = read_minutes(dedent(text).strip(), context)
    assert [(i.owner.name, i.task, i.due_date and i.due_date.isoformat()) for i in read.items] == [
        ("马骁", "把整改说明发给客户", "2025-03-14"), ("孔令辉", "更新巡检路线", None), ("何斌", "复核温控记录", "2025-03-18")]


def test_a_time_to_be_set_later_is_a_vague_deadline():
    text = """
    待办：
    1. 何斌：复核温控记录（时间另定）
    2. 秦海燕：供应商现场审核，日期未定
    3. 孔令辉：更新巡检路线，时间待定
    """
    assert [i.flags for i in MINUTES.read(text).items] == [("vague_due",)] * 3


def test_the_person_named_before_lead_owns_a_sentence_and_the_helper_does_not():
    text = "上午过了一下，展厅改造小孔牵头，何斌配合，月底前出个方案给我。"
    assert owners(text) == [("孔令辉", "展厅改造，出个方案给我", "2025-03-31")]
    assert owners("月度盘点秦海燕主责、何斌协助，3月20日前交盘点报告。") == [("秦海燕", "月度盘点，交盘点报告", "2025-03-20")]


def test_a_heading_behind_a_square_or_diamond_symbol_sets_its_section():
    text = """
    ◆决定事项
    ・包装改为双层瓦楞纸箱，何斌3月20日前通知供应商。

    ◆课题
    1. 样品寄送工厂：秦海燕 / 3月18日

    ◆下次例会
    3月26日（水）
    14:00～ 二楼会议室
    """
    assert owners(text) == [("秦海燕", "样品寄送工厂", "2025-03-18")]
    assert next_meeting(text) == "2025-03-26 14:00"


def test_a_clock_time_in_a_named_countrys_time_is_converted():
    assert next_meeting(TASKS + "下次例会：3月27日（木）10:00～（韩国时间）线上\n") == "2025-03-27 09:00"
    assert next_meeting(TASKS + "◆下次会议\n3月28日（金）\n15:00～（日本时间）Zoom\n") == "2025-03-28 14:00"
    assert next_meeting(TASKS + "下次会议：3月27日 下午3点（北京时间），线上\n") == "2025-03-27 15:00"


def test_a_due_cell_that_says_before_the_next_meeting_takes_its_day():
    text = """
    事项\t担当\t期限
    更新来料检验标准\t秦海燕\t下次例会前
    样品寄送工厂\t何斌\t3月18日

    下次例会：3月26日（周三）14:00
    """
    assert owners(text) == [("秦海燕", "更新来料检验标准", "2025-03-26"), ("何斌", "样品寄送工厂", "2025-03-18")]


def test_same_time_next_week_after_items_on_one_line_takes_the_clock_this_meeting_was_held():
    text = "今天下午3点跟何斌、小孔碰了下展会的事：何斌周五前把展位图发给供应商；小孔下周二前订好酒店。下周同一时间再碰一次。"
    read = TEAM.read(text)
    assert [item.owner.name for item in read.items] == ["何斌", "孔令辉"]
    held = held_in_sentence(read.facts["held_sentence"], TEAM.context())
    meeting = next_followup(list(read.followups), TEAM.context(), held)
    assert meeting.start.strftime("%Y-%m-%d %H:%M") == "2025-03-19 15:00"


def test_numbered_steps_with_their_own_dates_in_a_due_cell_are_items_of_their_own():
    text = """
    序号\t工作内容\t负责人\t计划完成
    1\t二号线夹具改造\t何斌\t①图纸会审：3月18日前；②现场交底：3月下旬
    2\t来料检验标准\t秦海燕\t3/20
    """
    assert [(owner, due) for owner, _, due in owners(text)] == [("何斌", "2025-03-18"), ("何斌", None), ("秦海燕", "2025-03-20")]
    assert "现场交底" in owners(text)[1][1] and "夹具改造" in owners(text)[1][1]


def test_within_a_named_month_is_due_on_its_last_day():
    text = """
    待办：
    1. 何斌：设备年检，4月份内完成
    2. 秦海燕：供应商复评，5月份之内
    """
    assert [due for _, _, due in owners(text)] == ["2025-04-30", "2025-05-31"]


def test_a_helper_in_brackets_after_an_owner_label_is_no_owner_and_an_fyi_line_is_no_item():
    text = """
    1) Re-label the returned pallets
        Owner: Ben He (Support: Helen Qin)
        Due: Mar 20
    2) Book the auditor's hotel
        Owner: Helen
        Due: Friday

    FYI / no action: the auditor confirmed the visit for Mar 25.
    仅供参考：Tasks Bot 已上线，3月18日起自动提醒。
    """
    assert owners(text) == [("何斌", "Re-label the returned pallets", "2025-03-20"),
                            ("秦海燕", "Book the auditor's hotel", "2025-03-14")]


def test_the_writer_handing_something_over_themself_owns_it():
    text = """
    补充两点：
    1）样品检测报告，何斌3月20日前补齐；
    2）下周一我把检测结论发给客户，顺便约复审时间。
    """
    context = Context(WED, WorkdayCalendar(), ROSTER, TEAM.known, sender=SENDER)
    read = read_minutes(dedent(text).strip(), context)
    assert [(i.owner.name, i.due_date.isoformat()) for i in read.items] == [("何斌", "2025-03-20"), ("马骁", "2025-03-17")]


def test_next_week_before_the_meeting_word_sets_the_week_of_its_day():
    assert next_meeting(TASKS + "三、下周例会改到周二下午4点，地点不变。\n") == "2025-03-18 16:00"
    assert next_meeting(TASKS + "下周碰头会挪到周四上午10点。\n") == "2025-03-20 10:00"
    assert next_meeting(TASKS + "下次例会：周五下午3点\n") == "2025-03-14 15:00"


def test_the_first_working_day_after_the_long_holiday_written_as_lianjia():
    text = """
    待办：
    1. 何斌：连假后第一个工作日提交盘点报告
    2. 秦海燕：國慶連假後第一個工作日前完成供应商复评
    """
    sent = datetime(2025, 4, 28, 10, 0, tzinfo=SHANGHAI)
    assert [due for _, _, due in owners(fold(dedent(text)), sent)][:1] == ["2025-05-06"]
    assert [due for _, _, due in owners(fold(dedent(text)), datetime(2025, 9, 26, 10, 0, tzinfo=SHANGHAI))] == [
        "2025-10-09", "2025-10-09"]


def test_a_holiday_named_with_its_country_is_that_holiday():
    text = """
    Actions
    1. Factory (Ben) - ship the pilot batch - before China's National Day holiday
    2. QA (Helen) - close the audit findings - by the Chinese National Day break
    """
    sent = datetime(2025, 9, 24, 10, 0, tzinfo=SHANGHAI)
    assert [(owner, due) for owner, _, due in owners(text, sent)] == [("何斌", "2025-09-30"), ("秦海燕", "2025-09-30")]


def test_no_firm_date_is_a_vague_deadline():
    text = """
    Action items
    - [ ] @Ben recalibrate the torque wrenches – no fixed date, ideally before the customer audit
    - [ ] @Helen update the sampling plan (no firm deadline)
    """
    assert [i.flags for i in MINUTES.read(text).items] == [("vague_due",)] * 2


def test_the_middle_of_a_numbered_week_is_a_vague_deadline():
    text = """
    后续措施（担当者 / 期限）
    ① 现场培训：何斌 / 4月第2周中
    ② 备件清单提交：秦海燕 / 3月20日
    """
    assert [i.flags for i in MINUTES.read(text).items] == [("vague_due",), ()]

"""Issue #12, heldout8 round: readings of structure that heldout8 showed broken or missing, each tested on a variant
written here (other words, layouts and trades than the held-out mails) beside the shape the held-out mail had."""
from datetime import datetime, time

from parsers.mail.addresses import Address
from parsers.minutes.meeting.followup import meeting_held, next_followup
from parsers.minutes.owning.people import Roster
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "秦海燕,qinhaiyan@ex.cn,质量部,,Helen;秦工\n何斌,hebin@ex.cn,工程部,,Ben;何工\n"
    "马骁,maxiao@ex.cn,工程部,,老马;Max\n孔令辉,konglinghui@ex.cn,仓储部,,小孔\n")
MINUTES = MinutesReader(ROSTER, (Address("马骁", "maxiao@ex.cn"), Address("罗永庆", "luo@qq.example.com")))
owners = MINUTES.owners
FRI = datetime(2025, 9, 26, 10, 0, tzinfo=SHANGHAI)          # the Friday before National Day 2025
WED_AFTERNOON = datetime(2025, 3, 12, 16, 0, tzinfo=SHANGHAI)
MONDAY_MARCH = datetime(2025, 3, 10, 11, 0, tzinfo=SHANGHAI)


def test_a_meeting_that_makes_clear_sets_work_and_its_units_lead_without_a_person():
    """'会议明确：' opens what the meeting decided to do (a directive), not background: a numbered line whose
    责任单位 is a unit (牵头) with a 完成时限 is an item with no owner, and a line naming a person is that person's."""
    text = """
    一、关于秋季安全生产检查
    会议明确：
    （一）编制秋检方案，报分管领导审定。责任单位：设备部（牵头），安环部（配合）；完成时限：9月30日前。
    （二）仓库消防通道清理。责任人：孔令辉；完成时限：10月15日前。
    二、其他事项
    会议强调，各部门要落实安全生产责任制。
    """
    assert owners(text, FRI) == [(None, "编制秋检方案，报分管领导审定", "2025-09-30"),
                                 ("孔令辉", "仓库消防通道清理", "2025-10-15")]


def test_the_two_holidays_written_together_end_after_the_later_one():
    """'国庆中秋假期后第一个工作日' (and '中秋国庆…') is after the whole double break, not before 国庆."""
    text = """
    待办：
    1. 孔令辉：盘点月台库存，国庆中秋假期后第一个工作日
    2. 何斌：更新巡检路线，中秋国庆节后第一个工作日
    """
    assert [due for _, _, due in owners(text, FRI)] == ["2025-10-09", "2025-10-09"]
    in_2026 = datetime(2026, 9, 10, 10, 0, tzinfo=SHANGHAI)   # 中秋 9-25, 国庆 10-01..07: two breaks, the later one
    assert [due for _, _, due in owners(text, in_2026)] == ["2026-10-08", "2026-10-08"]


def test_a_task_column_whose_header_also_says_repair_request_stays_the_task():
    """'报修内容/处理事项' is the work (a 报修人 column is whose request it was, never the owner's); a done row is no item."""
    text = """
    状态\t单号\t报修内容/处理事项\t备注\t责任人\t期限
    已完成\tR-01\t3号楼电梯轿厢照明更换\t\t何工\t9/25
    处理中\tR-02\t地库排水沟清淤\t等车\t何工\t9/30
    未开始\tR-03\t东门岗亭空调维修\t\t罗师傅\t10/10
    """
    assert owners(text, FRI) == [("何斌", "地库排水沟清淤", "2025-09-30"), ("罗永庆", "东门岗亭空调维修", "2025-10-10")]


def test_a_lead_written_after_the_task_and_its_date_owns_the_whole_sentence():
    """'…，10月17号前，邓工牵头' (a chat line): the person before 牵头 owns what was said before the date."""
    text = """
    马骁 10:02
    仓库货架加固方案报安环部，10月10号前，何工牵头
    何斌 10:03
    好的
    """
    assert owners(text, FRI) == [("何斌", "仓库货架加固方案报安环部", "2025-10-10")]


def test_this_one_led_by_someone_points_back_to_the_clause_before():
    """'…重新过一遍，这个老马牵头，月底前给结论': 这个 is the work of the clause before, not a task of its own."""
    text = "审计那边提醒供应商准入材料要按新版制度重新过一遍，这个老马牵头，10月底前给结论。"
    assert owners(text, FRI) == [("马骁", "审计那边提醒供应商准入材料要按新版制度重新过一遍，给结论", "2025-10-31")]


def test_who_will_do_it_undecided_is_no_owner_and_no_date():
    """'—— 谁来？待定' answers who (nobody yet): no owner, and no vague deadline either."""
    text = """
    待办
    - @何斌 更新排班表，周二前
    - 仓库盘点培训 —— 谁负责？待定
    """
    read = MINUTES.read(text, FRI).items
    assert [(i.owner.name if i.owner else None, i.due_date, sorted(i.flags)) for i in read] == \
        [("何斌", datetime(2025, 9, 30).date(), []), (None, None, ["no_due", "no_owner"])]


def next_meeting(text: str, sent: datetime) -> str | None:
    read, ctx = MINUTES.read(text, sent), MINUTES.context(sent)
    meeting = next_followup(list(read.followups), ctx, meeting_held(read.facts, ctx))
    return meeting.start.strftime("%Y-%m-%d %H:%M") if meeting else None


def test_same_time_is_the_hours_this_meeting_was_held_in_written_anywhere_before_the_items():
    """'（今天 9:30-10:30）' in the opening line or a header line '🕑 3/4（周三）14:00-15:00 | 📍 2F' gives this
    meeting's time; '下次：…同一时间' takes it."""
    opening = "各位，仓库盘点会（今天 9:30-10:30）的待办：\n1. 何斌：更新库位表，周五前\n\n下次：3月19日（周四）同一时间。\n"
    assert next_meeting(opening, WED_AFTERNOON) == "2025-03-19 09:30"
    header = "🕑 3/12（周三）14:00-15:00 | 📍 2F 会议室\n\n📌 待办\n👉 @何斌 更新库位表，周五前\n\n🔁 复盘：下周二同一时间\n"
    assert next_meeting(header, WED_AFTERNOON) == "2025-03-18 14:00"


def test_a_teams_own_item_ids_number_the_lines_and_everyone_of_a_role_is_no_owner():
    """'OPS-7 …' / 'A-18 …' number a list like '1.' does (so '—— 1/7' needs no stronger date), the same task for
    two people stays two items, and '各 team lead' / '各班长' name nobody."""
    text = """
    OPS-6 月结对账脚本 —— 已关闭

    OPS-7 更新应急预案 —— @秦海燕 —— 3/14
    OPS-8 更新应急预案 —— @何斌 —— 3/20
    OPS-9 季度预算草稿 —— 各 team lead —— 3/21
    OPS-10 班前会记录补齐 —— 各班长 —— 3/17
    """
    assert owners(text, WED_AFTERNOON) == [("秦海燕", "更新应急预案", "2025-03-14"), ("何斌", "更新应急预案", "2025-03-20"),
                                           (None, "季度预算草稿", "2025-03-21"), (None, "班前会记录补齐", "2025-03-17")]


def test_a_ddl_column_is_the_due_column():
    """'DDL' (the Chinese internet's word for deadline) heads the due column of a pasted sheet."""
    text = "编号\t事项\t负责人\tDDL\n1\t库位表更新\t何斌\t2025/3/20\n2\t应急预案修订\t秦海燕\t3月底\n"
    assert owners(text, WED_AFTERNOON) == [("何斌", "库位表更新", "2025-03-20"), ("秦海燕", "应急预案修订", "2025-03-31")]


def test_a_japanese_style_table_names_its_people_by_surname_and_its_work_as_kadai():
    """課題/担当/期限 with '何', '秦（品质）　协力：马' (the surname alone: the one person of the mail with it) and
    '午前' (before noon: 12:00)."""
    text = """
    ■ 課題·担当·期限
    No.\t課題\t担当\t期限
    1\t来料检验标准改订\t秦（品质）　协力：马\t3/20
    2\t治具点检表电子化\t何\t3/14 午前
    """
    team = MinutesReader(ROSTER, (Address("秦海燕", "qinhaiyan@ex.cn"), Address("何斌", "hebin@ex.cn"),
                                  Address("马骁", "maxiao@ex.cn")))
    read = team.read(text, WED_AFTERNOON).items
    assert [(i.owner.name, i.task, i.due_date.isoformat(), i.due_time) for i in read] == [
        ("秦海燕", "来料检验标准改订", "2025-03-20", None), ("何斌", "治具点检表电子化", "2025-03-14", time(12, 0))]
    two_he = MinutesReader(ROSTER, (Address("何斌", "hebin@ex.cn"), Address("何静", "hejing@ex.cn")))
    assert [i.owner for i in two_he.read(text, WED_AFTERNOON).items][1] is None    # two people named 何: nobody


PARTNERS = MinutesReader(ROSTER, (Address("秦海燕", "qinhaiyan@ex.cn"), Address("何斌", "hebin@ex.cn"),
                                  Address("Ola Berg", "ola.berg@fjordtrans.example.no")))


def test_an_action_line_under_any_heading_is_an_action_and_its_label_below_names_the_owner():
    """'Action: …' under a numbered topic or a Summary is work; 'Resp.: Helen' on the next line is its owner;
    'until end of CW 12' / 'KW 14' is the Friday of that ISO week; a company of the mail's addresses owns nobody."""
    text = """
    Summary
    - Line 3 is running again since Monday.
    AI: Ben to re-run the capability study by Friday.
    Action: FjordTrans to confirm the pickup slots - asap.

    2. Packaging
    - Action: send the revised pallet drawing to the carrier.
      Resp.: Helen, until end of CW 12
    - Action: audit the returnable racks. Resp.: Ben, latest KW 14
    """
    assert PARTNERS.owners(text, MONDAY_MARCH) == [
        ("何斌", "re-run the capability study", "2025-03-14"), (None, "confirm the pickup slots", None),
        ("秦海燕", "send the revised pallet drawing to the carrier", "2025-03-21"),
        ("何斌", "audit the returnable racks", "2025-04-04")]
    flags = [sorted(i.flags) for i in PARTNERS.read(text, MONDAY_MARCH).items]
    assert flags[1] == ["no_owner", "vague_due"]


def test_a_next_call_in_two_zones_takes_the_one_written_first():
    """'Monday, 3/17, 4 pm Beijing time / 9 am CET': Beijing time first (an English city name for a zone)."""
    text = "Action items\n1. Ben: send the 8D report by Friday\n\nNext call\nMonday, 3/17, 4 pm Beijing time / 9 am CET.\n"
    assert next_meeting(text, MONDAY_MARCH) == "2025-03-17 16:00"


def test_korean_style_notes_task_then_owner_then_date_under_a_countermeasures_heading():
    """'一) TASK : 何斌部长 / ~3.21' under '2) 对策及担当' (countermeasures and who): 一) numbers items, the task comes
    first, then who, then when ('~3.21', '到3/19(三)为止'); '3) 参考' (for reference) holds facts, not work."""
    text = """
    1) 现状
     - 本周毛刺不良率 2.1%（目标 0.8%以下）

    2) 对策及担当
     一) 去毛刺工装 再设计 及 试制 : 何斌部长 / ~3.21
     二) 毛刺检查 追加到 首件检查表 : 秦海燕 / 到3/19(三)为止

    3) 参考
     - 刀具供应商 交货期 2周，3.26 到货预定。

    马骁 드림
    """
    assert owners(text, WED_AFTERNOON) == [("何斌", "去毛刺工装 再设计 及 试制", "2025-03-21"),
                                           ("秦海燕", "毛刺检查 追加到 首件检查表", "2025-03-19")]


def test_a_deadline_wrapped_onto_the_next_line_keeps_the_sub_tasks_owner():
    """'2. 何斌：（1）…；（2）…' with the second deadline wrapped to the next line ('（截止：3月21日（周五）中午12点）'):
    the owner of the line still owns the second sub-task, with the time."""
    text = """
    二、任务分工
    2. 何斌：（1）样品仓货架复核（3月14日前）；（2）盘点差异分析报告
       （截止：3月21日（周五）中午12点）；
    """
    read = MINUTES.read(text, WED_AFTERNOON).items
    assert [(i.owner.name, i.task, i.due_date.isoformat(), i.due_time) for i in read] == [
        ("何斌", "样品仓货架复核", "2025-03-14", None), ("何斌", "盘点差异分析报告", "2025-03-21", time(12, 0))]


def test_an_item_that_can_be_closed_is_done_and_one_that_cannot_is_not():
    """'From our side item 3 can be closed.' (the organiser closing it) is done; 'cannot be closed yet' is not."""
    from parsers.dates.workdays import WorkdayCalendar
    from parsers.replies.reader import parse_reply
    said = parse_reply("Hi,\n\nthe 8D report for item 3 arrived today. From our side item 3 can be closed.\n\nBR",
                       WED_AFTERNOON, WorkdayCalendar())
    assert (said.intent, said.items) == ("done", (3,))
    refused = parse_reply("Item 3 cannot be closed yet, the trial is still missing.", WED_AFTERNOON, WorkdayCalendar())
    assert refused.intent != "done"


def test_next_weeks_meeting_as_usual_then_its_weekday_after_a_comma_is_next_week():
    """'下周例会照旧，周四下午3点半' sent on a Wednesday: next week's Thursday, not tomorrow."""
    text = "1、何斌：更新库位表，周五前\n\n下周例会照旧，周四下午3点半。\n"
    assert next_meeting(text, WED_AFTERNOON) == "2025-03-20 15:30"


def test_open_points_discussed_in_a_short_call_on_a_day_set_the_next_meeting():
    """'Open points will be discussed in a short call on Tuesday, 18.03.2025, 09:00 CET.': a sentence that sets the
    next meeting without a label (in its stated zone)."""
    text = "To Do's:\n1. Ben: send the 8D report by Friday\n\nOpen points will be discussed in a short call on " \
           "Tuesday, 18.03.2025, 09:00 CET.\n"
    assert next_meeting(text, WED_AFTERNOON) == "2025-03-18 16:00"


def test_a_markdown_bold_label_is_no_bullet():
    """'**参会人**：@何斌 @秦海燕' (a Feishu-doc export) is the attendee label, not a '*' bullet naming 何斌's work."""
    text = """
    # 周会纪要
    **参会人**：@何斌 @秦海燕
    **时间**：2025-03-12 10:00-11:00

    ## Action Items
    - [ ] @秦海燕 更新来料检验标准，by 3/21
    """
    assert owners(text, WED_AFTERNOON) == [("秦海燕", "更新来料检验标准", "2025-03-21")]


def test_the_writers_own_bracketed_heading_and_a_newsroom_meeting_as_usual():
    """'【我】' over a list is the sender's; '明天下午4点编前会照常' (the newsroom's pre-edit meeting) is the next one."""
    text = """
    【何斌】
    - 库位表更新，周五前

    【我】
    - 今天下班前把盘点方案报周主任

    没别的了，明天下午4点编前会照常。
    """
    ctx_sender = MinutesReader(ROSTER, (Address("秦海燕", "qinhaiyan@ex.cn"), Address("何斌", "hebin@ex.cn")))
    context = ctx_sender.context(WED_AFTERNOON)
    from dataclasses import replace
    from textwrap import dedent
    from parsers.minutes.reader import read_minutes
    read = read_minutes(dedent(text).strip("\n"), replace(context, sender=Address("秦海燕", "qinhaiyan@ex.cn")))
    assert [(i.owner.name, i.task) for i in read.items] == [("何斌", "库位表更新"), ("秦海燕", "把盘点方案报周主任")]
    assert next_meeting(text, WED_AFTERNOON) == "2025-03-13 16:00"


def test_me_between_dashes_is_the_sender_and_an_at_sign_inside_a_word_is_no_address():
    """'与客户确认Run@Rate审核日期 —— 我 —— 本周四': the writer's own item ('Run@Rate' is a term, not a mail address)."""
    from dataclasses import replace
    from textwrap import dedent
    from parsers.minutes.reader import read_minutes
    text = """
    本周待办：
    1. 模具试模报告 —— 何斌 —— 3/14
    2. 与客户确认Run@Rate审核日期 —— 我 —— 本周四
    """
    context = replace(MINUTES.context(WED_AFTERNOON), sender=Address("秦海燕", "qinhaiyan@ex.cn"))
    read = read_minutes(dedent(text).strip("\n"), context).items
    assert [(i.owner.name, i.owner.email, i.task, i.due_date.isoformat()) for i in read] == [
        ("何斌", "hebin@ex.cn", "模具试模报告", "2025-03-14"),
        ("秦海燕", "qinhaiyan@ex.cn", "与客户确认Run@Rate审核日期", "2025-03-13")]


def test_an_english_prose_recap_is_read_sentence_by_sentence():
    """A paragraph of English sentences: the decision opening it does not hide 'Ben will … by Friday' and 'I'd like
    Helen to … by 3/19' after it; 'Mr. Ma' is no sentence end; a 'Deadline:' after a full stop stays with its item."""
    text = ("We agreed to move the spare parts to the new warehouse in April; the old plan is dropped. Ben will draft the "
            "move plan (racks, labels, downtime) and share it by Friday. I'd like Helen to have the stock count ready "
            "before that, ideally by 3/19, so Mr. Ma can check it.\n\n"
            "Action: Max to book the forklift training. Deadline: 21.03.2025\n")
    assert owners(text, WED_AFTERNOON) == [
        ("何斌", "draft the move plan (racks, labels, downtime) and share it", "2025-03-14"),
        ("秦海燕", "have the stock count ready before that, ideally, so Mr. Ma can check it", "2025-03-19"),
        ("马骁", "book the forklift training", "2025-03-21")]


def test_a_speakers_views_section_without_a_list_ends_the_action_items_of_ai_minutes():
    """'发言人观点' (AI minutes: what each speaker said) over '秦海燕：…' lines is a section of its own, so those views
    are no items of the 待办事项 above it."""
    text = """
    飞书智能纪要
    待办事项
    □ 何斌：样品仓货架复核（3月14日前）

    发言人观点
    秦海燕：来料检验宁可慢一点，也不能放过批次问题。
    何斌：货架建议统一标签，节省盘点时间。

    以上内容由AI生成，仅供参考
    """
    assert owners(text, WED_AFTERNOON) == [("何斌", "样品仓货架复核", "2025-03-14")]

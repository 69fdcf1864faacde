"""Issue #12, heldout17 round (cases 3201-3230): readings of structure that heldout17 showed broken, each tested on a
variant written here (other words, trades and layouts than the held-out mails) beside the shape the held-out mail had."""
from datetime import datetime

from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "温子涵,wenzh@ex.cn,设计部,,Zoe\n韩立新,hanlx@ex.cn,工艺部,,\n"
    "曾国栋,zenggd@ex.cn,采购部,,\n石慧,shihui@ex.cn,品质部,,\n")
PEOPLE = (Address("温子涵", "wenzh@ex.cn"), Address("韩立新", "hanlx@ex.cn"), Address("曾国栋", "zenggd@ex.cn"),
          Address("石慧", "shihui@ex.cn"), Address("Task Bot", "bot@ex.cn"))
MINUTES = MinutesReader(ROSTER, PEOPLE)
TUE = datetime(2025, 9, 16, 18, 0, tzinfo=SHANGHAI)          # Tuesday 2025-09-16


def test_todo_rows_of_task_slash_surname_slash_day_belong_to_the_one_header_person_of_that_surname():
    """Japanese-style ToDo rows 'task ／ surname ／ day' write the owner as a surname alone: the one From/To/Cc person
    with that surname owns the row (as in a 担当 column), a '（X フォロー）' helper beside it owns nothing, and the
    surname field does not stay in the task."""
    text = """
    ■決定事項
    ・试产批次定为300台

    ■ToDo（担当／期限）
    ・模具修正确认　／　韩　／　9/19
    ・来料检验规范改版　／　石（温フォロー）　／　9/24（水）
    ・二供报价对比　／　曾　／　9/22
    """
    assert MINUTES.owners(text, TUE) == [("韩立新", "模具修正确认", "2025-09-19"),
                                         ("石慧", "来料检验规范改版", "2025-09-24"),
                                         ("曾国栋", "二供报价对比", "2025-09-22")]


def test_a_slash_field_whose_surname_two_header_people_share_owns_nothing():
    """A surname that two header people share ('韩' for 韩立新 and 韩梅) names no one: the row has no owner."""
    people = PEOPLE + (Address("韩梅", "hanmei@ex.cn"),)
    text = """
    ■ToDo（担当／期限）
    ・模具修正确认　／　韩　／　9/19
    """
    assert [owner for owner, _, _ in MinutesReader(ROSTER, people).owners(text, TUE)] == [None]


def test_the_first_or_second_half_of_next_week_is_a_vague_due_and_same_time_in_japanese_is_this_meetings_hour():
    """'来週前半' / '下周后半' (half of next week) name no day: a vague due, not no due and not a Monday; '■次回
    9/23（火）同時刻' is the next meeting at the hour of this one (日時：… 10:30～11:30), as 同一时间 is."""
    text = """
    日時：2025/9/16（火）10:30～11:30

    ■ToDo（担当／期限）
    ・包材打样　／　温　／　来週前半
    ・治具验收　／　韩　／　下周后半

    ■次回
    9/23（火）同時刻
    """
    read = MINUTES.read(text, TUE).items
    assert [(i.owner.name, i.task, i.due_date, sorted(i.flags)) for i in read] == [
        ("温子涵", "包材打样", None, ["vague_due"]), ("韩立新", "治具验收", None, ["vague_due"])]
    assert MINUTES.next_meeting(text, TUE) == "2025-09-23 10:30"


def test_a_numbered_owner_due_task_block_after_numbered_action_lines_is_an_item_of_its_own():
    """'3. Owner: … / Due: … / Task: …' (labels on the lines under a numbered entry) is the third item; the 'Action:'
    label of the numbered line above it is that line's, so the block neither gives line 2 its owner and due nor is lost."""
    text = """
    Actions
    1. Action: Zoe - check the drop test report, by 9/19.
    2. Action: 石慧 - rework the incoming inspection sheet - ASAP.
    3. Owner: 曾国栋
       Due: 26 September 2025
       Task: second-source quotation for the hinge
    """
    read = MINUTES.read(text, TUE).items
    assert [(i.owner.name, i.task, i.due_date.isoformat() if i.due_date else None, sorted(i.flags)) for i in read] == [
        ("温子涵", "check the drop test report", "2025-09-19", []),
        ("石慧", "rework the incoming inspection sheet", None, ["vague_due"]),
        ("曾国栋", "second-source quotation for the hinge", "2025-09-26", [])]


def test_a_given_name_fits_an_outlook_display_written_surname_first_with_a_team_after_it():
    """Outlook shows 'Okafor Chidi (EMEA/QA)' (surname first, team in brackets): 'Chidi' in the notes is that
    person, as 'Rachel' is the Cc 'Rachel Lim'."""
    people = PEOPLE + (Address("Okafor Chidi (EMEA/QA)", "chidi.okafor@ex.de"),)
    text = """
    Actions
    1. Action: Chidi - confirm the revised gauge drawing, by 9/26.
    """
    assert MinutesReader(ROSTER, people).owners(text, TUE) == [
        ("Okafor Chidi (EMEA/QA)", "confirm the revised gauge drawing", "2025-09-26")]


CHAT_THEN_LIST = """
下午的碰头是在群里说的，直接贴过来，待办在最后

—— 群聊 ——
温子涵 15:02
今天的样机跌落又裂了，卡扣位置要改
温子涵 15:04
@韩立新 周五前把卡扣加强的改模方案发群里
韩立新 15:05
收到
温子涵 15:07
@曾国栋 下周一下班前问一下二供的交期
曾国栋 15:08
好
—— 以上 ——

待办：
1. 韩立新 卡扣加强改模方案 周五前
2. 曾国栋 二供交期确认 下周一下班前
"""


def test_work_asked_in_a_pasted_chat_and_restated_in_the_todo_list_below_it_is_one_item():
    """A chat pasted above its own 待办 list asks for the same work twice ('@韩立新 周五前把卡扣加强的改模方案发群里' and
    '1. 韩立新 卡扣加强改模方案 周五前'): one item each, as the list writes it."""
    assert MINUTES.owners(CHAT_THEN_LIST, TUE) == [("韩立新", "卡扣加强改模方案", "2025-09-19"),
                                                   ("曾国栋", "二供交期确认", "2025-09-22")]


def test_two_different_tasks_of_one_person_with_one_due_after_a_chat_stay_two_items():
    """Only a restatement goes: the same person's other work with the same due (other words) is an item of its own."""
    text = CHAT_THEN_LIST + "3. 韩立新 来料检验规范改版 周五前\n"
    assert [owner for owner, _, _ in MINUTES.owners(text, TUE)] == ["韩立新", "曾国栋", "韩立新"]


def test_a_numbered_entry_after_a_todo_entry_with_bulleted_children_is_its_sibling_and_no_work():
    """'2. 待办' over ' - …' bullets, then '3. 旧模具报废，不再维修。': the 3. line is the sibling of the 待办 entry (its
    children were bullets, not numbers), so it is what was decided, not one more item; '1. Zoe 倾向方案二' is a view."""
    text = """
    今天的评审重点如下：
    1. 外壳两版方案，Zoe 倾向方案二（更轻）。
    2. 待办
     - 韩立新：方案二模流分析，9/26前
     - 曾国栋：方案二报价，下周一前
    3. 旧模具报废，不再维修。
    """
    assert MINUTES.owners(text, TUE) == [("韩立新", "方案二模流分析", "2025-09-26"),
                                         ("曾国栋", "方案二报价", "2025-09-22")]


def test_a_person_who_prefers_an_option_asks_no_work_but_one_asked_to_weigh_it_does():
    """'石慧倾向于先做小批量' / 'Zoe prefers option B' say what someone thinks; '石慧评估小批量方案，周五前' is work."""
    text = """
    待办：
    1. 石慧倾向于先做小批量试产
    2. Zoe prefers option B for the hinge
    3. 石慧评估小批量方案，周五前
    """
    assert MINUTES.owners(text, TUE) == [("石慧", "评估小批量方案", "2025-09-19")]


def test_a_topic_heading_about_something_is_no_information_section_whatever_words_its_topic_holds():
    """'二、关于信息化建设' / '二、关于数据治理' names a topic the meeting ruled on ('关于…'), not an information section
    ('信息', '数据' are words of the topic): '会议明确，由工艺部韩立新同志负责，于10月15日前完成…' under it is work."""
    for topic in ("关于信息化建设", "关于数据治理工作"):
        text = f"""
        一、{topic}
        会议听取了工艺部的汇报，同意分两期实施。会议明确，由工艺部韩立新同志负责，于10月15日前完成一期方案评审并报总经理办公会。
        """
        assert [(owner, due) for owner, _, due in MINUTES.owners(text, TUE)] == [("韩立新", "2025-10-15")], topic


def test_a_ticket_whose_label_line_says_its_status_is_closed_or_done_is_no_item():
    """'[QA-12] …' over 'Assignee: @zoe | Due: … | Status: Closed' (Jira-like tickets), or '负责人：… | 截止：… | 状态：已关闭'
    under a numbered item: finished work, no item; an Open or 进行中 status leaves the item."""
    text = """
    Open tickets
    [QA-12] Drop test crack on the bezel
        Assignee: @zoe | Due: 2025-09-26 | Status: Closed
    [QA-14] Gauge calibration
        Assignee: 石慧 | Due: 9/24 | Status: Open

    待办：
    1. 二供报价对比
       负责人：曾国栋 | 截止：9月22日 | 状态：已关闭
    2. 模流分析
       负责人：韩立新 | 截止：9月26日 | 状态：进行中
    """
    assert MINUTES.owners(text, TUE) == [("石慧", "[QA-14] Gauge calibration", "2025-09-24"),
                                         ("韩立新", "模流分析", "2025-09-26")]


def test_a_pic_line_whose_owner_is_followed_by_only_a_vague_schedule_gives_the_item_above_its_owner_and_due():
    """'3. Mold flow analysis …' over '- PIC : Zoe, timeline will be agreed later.': the PIC line's words after the name
    are only its (vague) due, so the line labels the item above; it is no item of its own."""
    text = """
    1. Mold flow analysis for the hinge cover.
       - PIC : Zoe, timeline will be agreed later.
    2. Drop test report for the EVT samples until Sep. 26.
       - PIC : 石慧
    """
    read = MINUTES.read(text, TUE).items
    assert [(i.owner.name, i.task, i.due_date.isoformat() if i.due_date else None, sorted(i.flags)) for i in read] == [
        ("温子涵", "Mold flow analysis for the hinge cover", None, ["vague_due"]),
        ("石慧", "Drop test report for the EVT samples", "2025-09-26", [])]


def test_traditional_chinese_words_for_a_deadline_still_to_be_set_are_vague():
    """Taipei minutes write 待確認 / 盡快 / 另行確定 in Traditional characters: as vague as 待确认 / 尽快 / 另行确定, in a
    期限： cell of a line or in the sentence."""
    text = """
    二、待辦事項
    (1) 包材打樣報價　負責：溫子涵　期限：待確認
    (2) 治具驗收報告　負責：韓立新　期限：盡快
    (3) 二供交期　負責：曾國棟　期限：另行確定
    """
    assert [(due, sorted(i.flags)) for due, i in zip(MINUTES.dues(text, TUE), MINUTES.read(text, TUE).items)] == [
        ((None, None), ["vague_due"])] * 3

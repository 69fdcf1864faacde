"""Minutes the dates4 blind cases read wrong, each fixed as a general reading and tested on variants written here:
a part of the day in an item keeps its time (明天上午前 -> 12:00) while 下班前/EOD keep only the date; Traditional
tasks keep the writer's characters; a department alone in trailing brackets owns nothing but keeps the item; an
English owner named after the task ('…, Nora to follow up'); English weekday abbreviations and holidays as dues."""
from datetime import datetime
from email.message import EmailMessage
from textwrap import dedent

from parsers import parse_message
from parsers.dates.workdays import WorkdayCalendar
from parsers.mail import hant
from parsers.minutes.owning.people import Roster
from minutes_reading import MinutesReader, SHANGHAI, WED

ROSTER = Roster.from_csv_text("name,email,department,manager_email,aliases\n"
                              "秦海燕,qinhaiyan@ex.cn,质量部,,\n何斌,hebin@ex.cn,工程部,,\n"
                              "Nora Lind,nora.lind@ex.com,Design,,Nora\n")

MINUTES = MinutesReader(ROSTER)
read, dues = MINUTES.read, MINUTES.dues


def test_a_part_of_the_day_keeps_its_time_but_the_end_of_the_working_day_does_not():
    text = """
    会议纪要：
    1. 来料抽检报告后天上午前提交（负责人：秦海燕）
    2. 产线排班表明天中午前发出（负责人：何斌）
    3. 供应商评审，周五下午（负责人：马骁）
    4. 质量周报今天下班前提交（负责人：秦海燕）
    """
    assert dues(text) == [("2025-03-14", "12:00"), ("2025-03-13", "12:00"), ("2025-03-14", "18:00"),
                          ("2025-03-12", None)]


def _mail(body: str, charset: str = "big5") -> bytes:
    message = EmailMessage()
    message["From"] = "Winnie Ho <winnie@ex.cn>"
    message["To"] = "马骁 <maxiao@ex.cn>, minutes@ex.cn"
    message["Subject"] = "倉務例會紀要"
    message["Date"] = "Wed, 12 Mar 2025 16:00:00 +0800"
    message["Message-ID"] = "<hant-test@ex.cn>"
    message.set_content(dedent(body).strip("\n"), charset=charset)
    return message.as_bytes()


def test_traditional_tasks_keep_the_writers_characters_when_the_task_is_put_together_from_parts():
    body = """
    各位同事：

    今日倉務例會跟進事項：
    (1) 舊倉鑰匙移交 - 何斌 - 週五前完成
    (2) 後天（週五）貨車調度表 - 馬驍 - 3個工作天內
    (3) 貨架標籤更換 - 秦海燕 - 今個月尾
    """
    parsed = parse_message(_mail(body), tz=SHANGHAI, roster=ROSTER, calendar=WorkdayCalendar(), bot_address="minutes@ex.cn")
    tasks = [(item.task, item.due_date.isoformat()) for item in parsed.items]
    assert tasks == [("舊倉鑰匙移交完成", "2025-03-14"), ("貨車調度表", "2025-03-17"), ("貨架標籤更換", "2025-03-31")]


def test_unfold_gives_back_each_part_from_where_it_stands():
    original = "(1) 舊倉鑰匙移交 - 何斌 - 週五前完成"
    folded = hant.fold(original)
    assert hant.unfold("旧仓钥匙移交完成", folded, original) == "舊倉鑰匙移交完成"
    assert hant.unfold("旧仓X钥匙", folded, original) == "舊倉X鑰匙"          # a character found nowhere stays
    assert hant.unfold("移交旧仓", folded, original) == "移交旧仓"       # a part is looked for after the one before


def owned(text: str, sent: datetime = WED):
    return [(i.owner.name if i.owner else None, i.owner.department if i.owner else None, i.task,
             i.due_date.isoformat() if i.due_date else None, i.flags) for i in read(text, sent).items]


def test_a_department_alone_in_the_brackets_closing_an_item_keeps_the_item_without_an_owner():
    text = """
    今天例会纪要如下：

    ①仓库消防通道清理，3/20前（工程部）
    ②会议室投影仪维修，下周二之前修好（后勤）
    ③来料检验报告，周五前（秦海燕）
    ④门禁系统权限复核，月底前（信息中心）
    """
    assert owned(text) == [
        (None, "工程部", "仓库消防通道清理", "2025-03-20", ("no_owner",)),
        (None, None, "会议室投影仪维修，修好", "2025-03-18", ("no_owner",)),
        ("秦海燕", "质量部", "来料检验报告", "2025-03-14", ()),
        (None, None, "门禁系统权限复核", "2025-03-31", ("no_owner",)),
    ]


def test_a_person_named_in_the_item_wins_over_a_unit_in_closing_brackets_and_a_dated_bracket_is_no_unit():
    text = """
    待办事项：
    1. 何斌负责整理设备台账，周五前（工程部）
    2. 年度培训预算（总务处，4月中旬）
    """
    assert owned(text) == [("何斌", "工程部", "整理设备台账", "2025-03-14", ()),
                           (None, None, "年度培训预算", None, ("no_owner", "vague_due"))]


def test_an_owner_named_after_the_task_in_a_clause_of_their_own():
    text = """
    Action items:
    1. Supplier visit schedule - TBC, Nora to arrange
    2. Packaging artwork sign-off by Friday, Theo will chase the printer
    3. Update the risk log, Legal to review
    """
    assert owned(text) == [
        ("Nora Lind", "Design", "Supplier visit schedule", None, ("vague_due",)),
        ("Theo Brandt", None, "Packaging artwork sign-off", "2025-03-14", ()),
        (None, None, "Update the risk log, Legal to review", None, ("no_due", "no_owner")),
    ]


def test_an_english_weekday_abbreviation_with_next_or_this_is_a_due_in_free_text():
    text = """
    Action items:
    - Nora Lind - circulate the test plan next Wed
    - Theo Brandt - book the lab this Fri
    - Nora Lind - sat in on the vendor call
    """
    assert [(task, due) for _, _, task, due, _ in owned(text)] == [
        ("circulate the test plan", "2025-03-19"), ("book the lab", "2025-03-14"),
        ("sat in on the vendor call", None)]                    # 'sat' alone is a word, not Saturday


def test_a_due_label_in_words_longer_than_forty_characters_is_read_whole():
    text = """
    Action items

    1. Update the supplier onboarding checklist
    Owner: Nora Lind
    Due: first working day after the Dragon Boat Festival holiday
    """
    assert owned(text) == [("Nora Lind", "Design", "Update the supplier onboarding checklist", "2025-06-03", ())]

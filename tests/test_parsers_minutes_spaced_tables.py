"""Issue #12, session 19: tables laid out with spaces (a PDF's text, a fixed-width paste) and 'Action N' record heads
over 'Owner:' / 'Due:' and an unlabelled task (heldout61 8938 and heldout62 9018, both other before, now minutes)."""
from datetime import datetime

from parsers.mail.addresses import Address
from parsers.minutes.lines.spaced_table import spaced_rows
from parsers.minutes.owning.people import Roster
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "饶振东,raozd@ex.cn,Mill Operations,,JG;Rao\n范晓雯,fanxw@ex.cn,Finance,,Wendy\n贾明轩,jiamx@ex.cn,仓储部,,\n"
    "Pieter Botha,pieter@ex.za,Management,,Pieter\n")
SENDER = Address("Pieter Botha", "pieter@ex.za")
MINUTES = MinutesReader(ROSTER, (SENDER,))
FRI = datetime(2026, 7, 10, 18, 0, tzinfo=SHANGHAI)          # Friday 2026-07-10


def items(text: str) -> list[tuple]:
    return [(i.owner.name if i.owner else None, i.task, i.due_date and i.due_date.isoformat())
            for i in MINUTES.read(text, FRI).items]


def test_a_space_aligned_table_is_read_as_a_table():
    """'No.  Action  Owner  Due' and its rows apart by two spaces or more: each row an item, an empty cell left empty;
    lines of prose with a double space, and '|' rows, stay as they are."""
    got = items("""
    Action register
    No.  Action                                                Owner    Due
    A1   Obtain two more installation quotes for the sorter    JG       24 July
    A2   Prepare the FY26 budget rebase                        Pieter   by 31 July
    A3   Review the insurance cover for warehouse B            Wendy
    Next meeting: Friday 9 October 2026, 10:00.
    """)
    assert got == [("饶振东", "Obtain two more installation quotes for the sorter", "2026-07-24"),
                   ("Pieter Botha", "Prepare the FY26 budget rebase", "2026-07-31"),
                   ("范晓雯", "Review the insurance cover for warehouse B", None)]
    assert spaced_rows(["Date: 18 May  Venue: Room 2", "编号  |  事项  |  责任人"]) == ["Date: 18 May  Venue: Room 2", "编号  |  事项  |  责任人"]


def test_a_chinese_table_laid_out_with_spaces_keeps_its_columns():
    """A Chinese character is two columns wide in a fixed-width layout, so '序号  整改事项  负责人  完成时间' over rows
    of Chinese tasks still lines up."""
    rows = spaced_rows(["序号  整改事项                          负责人    完成时间",
                        "1     仓库消防通道清理并张贴疏散图      贾明轩    7月20日前",
                        "2     补齐近3个月加班工时记录           范晓雯    7月31日前"])
    assert rows == ["序号\t整改事项\t负责人\t完成时间", "1\t仓库消防通道清理并张贴疏散图\t贾明轩\t7月20日前",
                    "2\t补齐近3个月加班工时记录\t范晓雯\t7月31日前"]


def test_action_heads_over_owner_and_due_and_the_work_unlabelled():
    """'Action 1' / 'Owner: Wendy' / 'Due: 17 July' / then the work on its own line: one item; 'Owner: me' is the
    writer; a 'Done since last time' list above is no item."""
    got = MINUTES.owners_from(SENDER, """
    Done since last time
    - Brno lab slot booked (Wendy).
    Action 1
    Owner: Wendy
    Due: 17 July
    Finalise the thermal simulation for the 160 kW variant.
    Action 2
    Owner: me
    Due: end of July
    Agree the 2027 budget envelope with the group.
    """, FRI)
    assert got == [("范晓雯", "Finalise the thermal simulation for the 160 kW variant", "2026-07-17"),
                   ("Pieter Botha", "Agree the 2027 budget envelope with the group", "2026-07-31")]

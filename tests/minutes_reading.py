"""Minutes text read the way the parser tests read it: one send time, one roster, the people of the headers, and small
views of what was read (owners, due days, the next meeting)."""
from __future__ import annotations

from datetime import datetime
from textwrap import dedent
from zoneinfo import ZoneInfo

from dataclasses import replace

from parsers.context import Context
from parsers.dates.workdays import WorkdayCalendar
from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster
from parsers.minutes.meeting.followup import meeting_held, next_followup
from parsers.minutes.reader import read_minutes

SHANGHAI = ZoneInfo("Asia/Shanghai")
WED = datetime(2025, 3, 12, 16, 0, tzinfo=SHANGHAI)                # Wednesday 2025-03-12 16:00
ROSTER = Roster.from_csv_text("name,email,department,manager_email,aliases\n"
                              "秦海燕,qinhaiyan@ex.cn,质量部,,\n何斌,hebin@ex.cn,工程部,,\n"
                              "Nora Lind,nora.lind@ex.com,Design,,\n")
KNOWN = (Address("马骁", "maxiao@ex.cn"), Address("Theo Brandt", "theo@ex.com"))


class MinutesReader:
    """`read`, `owners` and `dues` of minutes text sent at `sent` (WED unless given), with one roster and the
    To/Cc people the parser may match names against."""

    def __init__(self, roster: Roster = ROSTER, known: tuple[Address, ...] = KNOWN):
        self.roster, self.known = roster, known

    def context(self, sent: datetime = WED) -> Context:
        return Context(sent, WorkdayCalendar(), self.roster, self.known)

    def read(self, text: str, sent: datetime = WED):
        return read_minutes(dedent(text).strip("\n"), self.context(sent))

    def owners(self, text: str, sent: datetime = WED) -> list[tuple]:
        """(owner name, task, due day) of each item."""
        return [(i.owner.name if i.owner else None, i.task, i.due_date.isoformat() if i.due_date else None)
                for i in self.read(text, sent).items]

    def dues(self, text: str, sent: datetime = WED) -> list[tuple]:
        """(due day, due time) of each item."""
        return [(i.due_date.isoformat() if i.due_date else None, i.due_time.strftime("%H:%M") if i.due_time else None)
                for i in self.read(text, sent).items]

    def owners_from(self, sender: Address, text: str, sent: datetime = WED) -> list[tuple]:
        """(owner name, task, due day) of each item of minutes that `sender` sent (whom 我 means)."""
        read = read_minutes(dedent(text).strip("\n"), replace(self.context(sent), sender=sender))
        return [(i.owner.name if i.owner else None, i.task, i.due_date.isoformat() if i.due_date else None)
                for i in read.items]

    def next_meeting(self, text: str, sent: datetime = WED) -> str | None:
        """The next meeting the minutes set, 'YYYY-MM-DD HH:MM' (this meeting's time known for 同一时间), or None."""
        read, ctx = self.read(text, sent), self.context(sent)
        meeting = next_followup(list(read.followups), ctx, meeting_held(read.facts, ctx))
        return meeting.start.strftime("%Y-%m-%d %H:%M") if meeting else None

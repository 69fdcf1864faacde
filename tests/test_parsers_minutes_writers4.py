"""Issue #12, third round: readings of structure that heldout4 showed missing, each tested first on a variant written
here (other words, other layout) and not taken from the held-out mails.
"""
from datetime import date, datetime
from textwrap import dedent
from zoneinfo import ZoneInfo

import pytest

from parsers.context import Context
from parsers.dates import due as dates
from parsers.dates.workdays import WorkdayCalendar
from parsers.mail.addresses import Address
from parsers.minutes.followup import held_at, next_followup
from parsers.minutes.people import Roster
from parsers.minutes.reader import read_minutes

SHANGHAI = ZoneInfo("Asia/Shanghai")
ROSTER = Roster.from_csv_text("name,email,department,manager_email,aliases\n"
                              "秦海燕,qinhaiyan@ex.cn,质量部,,\n何斌,hebin@ex.cn,工程部,,\n"
                              "马骁,maxiao@ex.cn,工程部,,\n"
                              "Nora Lind,nora.lind@ex.com,Design,,\nPaul Krüger,paul.krueger@ex.com,Design,,\n")
KNOWN = (Address("马骁", "maxiao@ex.cn"), Address("Nora Lind", "nora.lind@ex.com"),
         Address("Paul Krüger", "paul.krueger@ex.com"))
WED = datetime(2025, 3, 12, 16, 0, tzinfo=SHANGHAI)                # Wednesday 2025-03-12 16:00


def ctx(sent: datetime = WED) -> Context:
    return Context(sent, WorkdayCalendar(), ROSTER, KNOWN)


def read(text: str, sent: datetime = WED):
    return read_minutes(dedent(text).strip("\n"), ctx(sent))


def owners(text: str, sent: datetime = WED):
    return [(i.owner.name if i.owner else None, i.task, i.due_date.isoformat() if i.due_date else None)
            for i in read(text, sent).items]


def next_meeting(text: str, sent: datetime = WED):
    found = read(text, sent)
    held = held_at(found.facts["held"], ctx(sent)) if found.facts.get("held") else None
    return next_followup(list(found.followups), ctx(sent), held)


@pytest.mark.parametrize("phrase,day", [("bis 21.03.", date(2025, 3, 21)), ("until 04.04., EOD", date(2025, 4, 4)),
                                        ("Termin: 02.05.2025", date(2025, 5, 2)),
                                        ("next call 07.04.2025 10:00", date(2025, 4, 7))])
def test_a_day_written_between_dots_is_day_first(phrase, day):
    assert dates.resolve(phrase, WED, WorkdayCalendar()).date == day


@pytest.mark.parametrize("text", ["see chapter 3.1. Scope", "release 2.4.1 is out", "1.2. 背景"])
def test_outline_numbers_and_versions_are_no_days(text):
    assert dates.resolve(text, WED, WorkdayCalendar()) is None

"""What every text-level reader of a message needs to know beside the text itself."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from parsers.frozen import quick_init
from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster
from parsers.dates.workdays import WorkdayCalendar


@quick_init
@dataclass(frozen=True)
class Context:
    sent: datetime | None              # the Date header in the configured zone: every relative date hangs on it
    calendar: WorkdayCalendar
    roster: Roster
    known: tuple[Address, ...] = ()    # From, To and Cc: people named in the text are looked up here too
    default_due_time: time = time(18, 0)
    sender: Address | None = None      # From: who 'I'll …' and '我来…' mean
    holiday: str = ""                  # the one holiday the minutes name (国庆): what their bare 节后 means
    written_offset: timedelta | None = None   # the Date header's own UTC offset: the writer's clock ('+0300')

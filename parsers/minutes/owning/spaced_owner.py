"""A terse line that writes its owner as a word between the task and the date, spaces only: 'LP季度信 Mandy 3/31',
'盘点表 孔令辉 周五'; a step of owner_steps.OWNER_STEPS, tried after the ones that read marks and verbs."""
from __future__ import annotations

import re

from parsers.context import Context
from parsers.dates.due import find_all_dues
from parsers.minutes.owning.owners import Owner, read_owner

BARE_DAY = re.compile(r"\d{1,2}\s*/\s*\d{1,2}\s*前?")     # '3/31': a month/day the due reader takes only last on a line
SPACED = re.compile(r"^(?P<task>\S.*\S)\s+(?P<who>[^\s,，;；:：()（）\[\]【】—–\-]{2,20})\s+(?P<due>\S{1,24})$")


def spaced_owner(text: str, ctx: Context, strict: bool) -> tuple[Owner, str] | None:
    """'LP季度信 Mandy 3/31': a person we know (roster or headers), standing between spaces, with nothing but a
    date after it, owns the task before it."""
    m = SPACED.match(text.strip()) if ctx.sent and " " in text else None
    if not m:
        return None
    due = m.group("due").strip()
    bare = BARE_DAY.fullmatch(due)
    dues = () if bare else find_all_dues(due, ctx.sent, ctx.calendar, ctx.holiday)
    if not bare and (not dues or dues[0].start > 0 or dues[-1].end < len(due.rstrip("。.，,；;"))):
        return None                                  # '… Mandy 3/31 报批': more than a date after the name
    owner = read_owner(m.group("who"), ctx.roster, ctx.known, "none")
    return (owner, f"{m.group('task')} {due}") if owner and owner.person else None

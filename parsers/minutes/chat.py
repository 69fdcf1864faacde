"""A group chat pasted as minutes: 'Name HH:MM' over each message names its speaker, whom the message's 我 means."""
from __future__ import annotations

import re

from parsers.context import Context
from parsers.mail.addresses import Address
from parsers.minutes.owners import read_owner

SPEAKER_LINE = re.compile(r"(?P<who>[^\s:：\d@＠，,。；;]{2,12})\s+(?:\d{1,2}[/-]\d{1,2}\s+|\d{1,2}月\d{1,2}日\s*)?\d{1,2}:\d{2}")


def speaker(line: str, ctx: Context) -> Address | None:
    """'石磊 15:05' alone on a line: the person we know (with an address) who said the message below it."""
    line = line.strip()
    m = line[-3:-2] == ":" and SPEAKER_LINE.fullmatch(line)
    owner = m and read_owner(m.group("who"), ctx.roster, ctx.known, "none")
    person = owner and owner.person
    return Address(person.name, person.email) if person and person.email else None

"""Of the people an item names, the one a note calls lead: 'Wendy / Xiaofeng to transfer … (Xiaofeng lead)',
'JH/Kevin - requalify the taping parameters. Kevin leads, Jianhua supports.'"""
from __future__ import annotations

import re

from parsers.context import Context
from parsers.minutes.owning.owners import Owner, read_owner

LEAD_NOTE = re.compile(r"\s*[(（]\s*(?P<who>[^()（）,，]{2,24}?)\s+(?:leads?|as\s+lead|is\s+(?:the\s+)?lead)\s*[)）]|"
                       r"[.;]\s*(?P<lead>[A-Z][\w'\-]{1,20}(?:\s+[A-Z][\w'\-]{1,20})?)\s+leads(?:,\s*[^.;]{2,40}?\s+supports?)?\.?", re.I)   # '. Kevin leads, Jianhua supports.'


def lead_noted(owner: Owner, rest: str, ctx: Context) -> tuple[Owner, str] | None:
    """'Wendy / Xiaofeng to transfer … by 14 Feb. (Xiaofeng lead)': of the people named, the one the note calls lead."""
    note = LEAD_NOTE.search(rest) if "lead" in rest.lower() else None
    lead = note and read_owner(note.group("who") or note.group("lead"), ctx.roster, ctx.known, "none")
    return (lead, rest[:note.start()] + rest[note.end():]) if lead and lead.person else None

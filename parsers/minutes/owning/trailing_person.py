"""An item that names its owner in a last field of its own and gives no date: '元旦值班安排，韦刚'; a step of
owner_steps.OWNER_STEPS, tried last (a dated line, '…，韦刚，12月31日前', is read by the steps before)."""
from __future__ import annotations

import re

from parsers.context import Context
from parsers.minutes.owning.owners import Owner, read_owner

LAST_FIELD = re.compile(r"^(?P<task>\S.{1,80}?)\s*[,，]\s*(?P<who>[\u4e00-\u9fff]{2,4}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)[。.]?$")


def trailing_person(text: str, ctx: Context, strict: bool) -> tuple[Owner, str] | None:
    """'年会场地预订，鲍志成': a person we know (roster or headers, with an address), alone in the last comma field."""
    m = LAST_FIELD.match(text.strip()) if "," in text or "，" in text else None
    owner = m and read_owner(m.group("who"), ctx.roster, ctx.known, "none")
    return (owner, m.group("task")) if owner and owner.person and owner.person.email else None

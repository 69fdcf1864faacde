"""A surname written alone as the owner ('范', '崔（品质）　协力：范', '谢（钟フォロー）'): the one header person with it."""
from __future__ import annotations

import re

from parsers.context import Context
from parsers.minutes.owning.owners import Owner

SURNAME_ONLY = re.compile(r"^\s*([\u4e00-\u9fff])\s*(?:さん|様|さま|桑)?\s*(?:[(（][^()（）]{0,10}[)）])?\s*"    # '邵さん' too
                          r"(?:(?:协力|配合|协助)\s*[:：].*)?$")


def by_surname(cell: str, ctx: Context) -> Owner | None:
    """'范', '崔（品质）　协力：范', '邵さん' (Japanese-style tables write the surname alone): the one person of the mail's
    From/To/Cc with that surname, else None."""
    m = SURNAME_ONLY.match(cell)
    if not m:
        return None
    people = {a.email.lower(): a for a in ctx.known if a.email and a.name and 2 <= len(a.name) <= 3
              and a.name.startswith(m.group(1))}
    if len(people) != 1:
        return None
    person = ctx.roster.resolve(next(iter(people)), ctx.known)
    return Owner(person, person.department) if person else None

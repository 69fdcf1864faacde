"""A deadline written before its owner ('明早8点前黄工把2号罐结垢情况报我', '周三前张伟把试车方案定下来'): the person and
the work, then the day, as the owner steps read them ('黄工把…报我，明早8点前').

    time_first('周三前张伟把试车方案定下来', ctx)  -> '张伟把试车方案定下来，周三前'   (张伟 known, 周三前 a day)
"""
from __future__ import annotations

import re

from parsers.context import Context
from parsers.dates.due import find_due
from parsers.minutes.owning.owners import read_owner

# a short lead ending in 前/内 (the day), then two to four characters (a name, a surname and title) and the verb of a
# directive ('把', '将', '要', '负责', '牵头', '先')
TIME_FIRST = re.compile(r"^(?P<when>[^，,。；;把将要]{1,14}?(?:之前|以前|前|以内|之内|内))\s*"
                        r"(?P<who>[\u4e00-\u9fff]{2,4}?)(?P<rest>(?:把|将|要|负责|牵头|先|再)[\u4e00-\u9fffA-Za-z0-9].*)$", re.S)


def time_first(text: str, ctx: Context) -> str:
    """The text with a leading deadline moved after the work when a known person follows it, else the text."""
    m = TIME_FIRST.match(text) if ("前" in text or "内" in text) and ctx.sent else None
    if not m or not find_due(m.group("when"), ctx.sent, ctx.calendar, ctx.holiday):
        return text
    owner = read_owner(m.group("who"), ctx.roster, ctx.known, "none")
    if not (owner and owner.person):
        return text
    return f"{m.group('who')}{m.group('rest')}，{m.group('when')}"

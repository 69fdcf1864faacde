"""Owners in slash-separated fields: '闸口复测并出报告 / 柏涛 / 5月22日（周五）' writes task / who / when, and the
field that is a person we know (or '我', the writer, or a surname only one header person has) owns the line; the other fields stay for the task and the due."""
from __future__ import annotations

import re

from parsers.context import Context
from parsers.minutes.owning.owners import Owner, leading_owner, read_owner
from parsers.minutes.owning.surname_owner import by_surname

FIELD_BREAK = re.compile(r"\s+[/／]\s+|\s*／\s*")       # ' / ' or a full-width '／' (not '6/12', 'A/B测试')
ME = re.compile(r"(?:我|本人|me)", re.I)


def between_slashes(text: str, ctx: Context, strict: bool) -> tuple[Owner, str] | None:
    """'<task> / <who> / <when>': a later field that is only a person we know (or the writer) owns the task."""
    fields = FIELD_BREAK.split(text) if "/" in text or "／" in text else ()     # (a look before the split: a break holds one)
    if len(fields) < 2:
        return None
    for index, field in enumerate(fields[1:], 1):
        who = ctx.sender.email if ctx.sender and ME.fullmatch(field.strip()) else field.strip()
        owner = read_owner(who, ctx.roster, ctx.known, "none") or by_surname(who, ctx)   # '谢（钟フォロー）'
        if owner and owner.person and owner.person.email:
            kept = [part for number, part in enumerate(fields) if number != index]
            unit = leading_owner(kept[0], ctx.roster, ctx.known)      # '集装箱分公司提供UAT签字确认单 / 曹工': the
            task = kept[0][unit[1]:] if unit and not unit[0].person and len(kept[0]) > unit[1] + 1 else kept[0]   # unit goes
            return owner, task + "".join(f"（{part.strip()}）" for part in kept[1:] if part.strip())
    return None

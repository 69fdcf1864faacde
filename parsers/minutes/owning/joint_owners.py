"""People named together who each own the same task: '暑期学校：梦琪、子昂本月底前完成报名', 'Sam and Priya to …',
'研发中心洪毅、产品部许嘉明，…' (an item each, every one of them chased)."""
from __future__ import annotations

import re

from parsers.context import Context
from parsers.minutes.owning.named_owners import known_prefix
from parsers.minutes.owning.owners import Owner, leading_owner

TOPIC_PREFIX = re.compile(r"^(?P<who>[^：:，,。；;]{2,30}?|[A-Za-z][\w '&/\-]{29,59}?)\s*(?:(?<!\d)[：:]|[：:](?!\d))\s*(?P<rest>\S.*)$")   # '3#楼…到货：…'
OWN_SIDE = re.compile(r"^(?:由|请)?\s*(?:本司|我司|我方|本公司|本单位|本部门)?(?=\S)")      # '由本司梁嘉輝跟進'
JOINT = re.compile(r"[、和与及/]|\s*(?:&|/|\+|＋|\band\b)\s*")     # between people sharing a task: '梦琪、子昂', 'Minnie & Wulan'


def next_person(text: str, ctx: Context) -> tuple[Owner, int] | None:
    """The person after a joiner, bare or after their unit ('梦琪、子昂…', '研发中心洪毅、产品部许嘉明，…')."""
    found = leading_owner(text, ctx.roster, ctx.known)
    return found if found and found[0].person and found[0].person.email else known_prefix(text, ctx)


def co_owners(text: str, ctx: Context) -> list[Owner]:
    """'暑期学校：梦琪、子昂本月底前完成报名', 'Sam and Priya to …': the people named after the first, each owning the same
    task (each is chased for it)."""
    m = TOPIC_PREFIX.match(text)               # ('柏经理、芮经理：分别组织…', 'Sam & Kim: walk…': the people are the prefix)
    for rest in [text] + ([OWN_SIDE.sub("", m.group("rest"))] if m else []):
        first = leading_owner(rest, ctx.roster, ctx.known) or known_prefix(rest, ctx)
        others, end = [], first[1] if first else 0
        while first and (joint := JOINT.match(rest, end)) and (other := next_person(rest[joint.end():], ctx)):
            others.append(other[0])
            end = joint.end() + other[1]
        if others:
            return others
    return []

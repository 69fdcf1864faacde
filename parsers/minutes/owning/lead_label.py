"""A label that names the work, then the person who leads it: '家长会PPT：任老师主讲，曾老师配合，7月18日前' is
任老师's ('任老师：家长会PPT，7月18日前'), as is '试验 : 王海涛部长 / ~11.21' (task : who / when)."""
from __future__ import annotations

import re

from parsers.context import Context
from parsers.minutes.lines.inline import take_labels
from parsers.minutes.owning.owners import Owner, read_owner

TASK_WHO_WHEN = re.compile(r"^(?P<task>\S.{1,80}?)\s+[:：]\s+(?P<who>[^:：/／，,\s]{1,12})\s*[/／]\s*(?P<when>\S.{0,30})$")
# 'TASK：PERSON主讲/负责/牵头，HELPER配合，DATE' (the person after the colon leads; the label names the work)
LABEL_THEN_LEAD = re.compile(r"^(?P<task>[^：:，,。；;]{2,30})[：:]\s*(?P<who>[^：:，,。；;\s]{1,12}?)\s*"
                             r"(?:主讲|负责|牵头|主责|主导|主持|主笔|执笔)(?P<rest>(?:[，,、；;].*)?)$")
HELPER_CLAUSE = re.compile(r"[，,、；;]\s*[^，,。；;]{1,12}?(?:配合|协助|协同|参与|协办)(?=[，,。；;]|$)")


def lead_after_label(text: str, ctx: Context) -> str:
    """'家长会PPT：任老师主讲，曾老师配合，7月18日前': the label is the task, the person who leads owns it (the helper
    is nobody's owner) -> '任老师：家长会PPT，7月18日前'."""
    if ":" not in text and "：" not in text:
        return text                         # (a look before the patterns: both need a colon)
    slot = TASK_WHO_WHEN.match(text)        # '试验 : 王海涛部长 / ~11.21': the task, then who, then when
    if slot and (read_owner(slot.group("who"), ctx.roster, ctx.known, "none") or Owner(None, None)).person:
        return f"{slot.group('who')}：{slot.group('task')}，{slot.group('when')}"
    m = LABEL_THEN_LEAD.match(text)
    if not m or take_labels(text).owner or take_labels(text).due:
        return text
    owner = read_owner(m.group("who"), ctx.roster, ctx.known, "han")
    if not (owner and owner.person):
        return text
    return f"{m.group('who')}：{m.group('task')}{HELPER_CLAUSE.sub('', m.group('rest'))}"

"""A confirmation that is itself the work: '第3项已确认：把手改用PA66+GF30…' on the quoted task '确认把手材料改为PA66+GF30'
reports that task done, since the task was to confirm something; a bare '确认' (or a confirm of any other task)
still accepts the recap's items.

    confirmed_work(Reply('confirm', (3,), text='第3项已确认：…'), lambda: {3: '确认把手材料改为PA66+GF30'}).intent -> 'done'
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from parsers.model import Reply

# a task whose work is to confirm, verify or settle something with someone
CONFIRMING_TASK = re.compile(r"^\s*(?:[与和跟][^，,。]{1,12}?)?(?:确认|確認|核实|核實|确定|確定)|"
                             r"(?:确认|確認|核实|核實)\s*$|^\s*(?:confirm|verify|check\s+with|agree\s+with)\b", re.I)   # '…1月船期确认'
# the confirming reported as done, not given: '已确认', '已经確認好了', 'has been confirmed', '确认完'
REPORTED = re.compile(r"已经?(?:[跟和与][^，,。]{1,12}?)?(?:确认|確認|确定|確定|核实|核實)|已經(?:確認|确认)|"
                      r"(?:确认|確認|核实|核實)(?:好了|完了?|完毕|完畢)|\b(?:has|have)\s+been\s+(?:confirmed|verified)\b|"
                      r"\b(?!(?:items?|points?|all|both|everything|this|that|it)\b)[a-z]{3,}\s+(?:is\s+|are\s+)?confirmed\b",
                      re.I)                    # 'January shipment confirmed': what the task was to confirm, now confirmed


def confirmed_work(reply: Reply, quoted_tasks: Callable[[], dict[int, str]]) -> Reply:
    """The reply as done when it reports, for items whose every quoted task is to confirm something, that the
    confirming has happened; else the reply unchanged."""
    if reply.intent != "confirm" or not reply.items or not REPORTED.search(reply.text):
        return reply
    tasks = quoted_tasks()
    if not all(CONFIRMING_TASK.search(tasks.get(number, "")) for number in reply.items):
        return reply
    commands = tuple(replace(c, intent="done") if c.intent == "confirm" else c for c in reply.commands)
    return replace(reply, intent="done", commands=commands)

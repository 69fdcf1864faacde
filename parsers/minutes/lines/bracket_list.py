"""Sub-tasks listed in the bracket that closes a line: '…核查（其中：1.高压…4月15日前完成；2.低压…4月30日前完成）',
'何美玲负责WMS切换（（1）历史数据迁移，5月25日前；（2）倉管員培训，6月1日前）' — each its own item, read with the line
before the bracket; a list joined by 、 ('（含（1）名单核对、（2）材料收集）') names the parts of one task.

    bracket_list('王芳负责切换（（1）数据迁移，10月25日前；（2）培训，11月1日前）。')
        -> ['王芳负责切换', '数据迁移，10月25日前', '培训，11月1日前']
"""
from __future__ import annotations

import re

LEAD = re.compile(r"\s*(?:(?:其中|包括|分别为?|含)\s*[:：]?\s*)?")
# a sub-number opening the list or a piece after ；: '1.', '1、', '（1）', '(1)'
SUB_NUMBER = re.compile(r"(?:^|(?<=[；;]))\s*(?:(\d{1,2})\s*[.、．](?!\d)|[(（](\d{1,2})[)）])|(?:^|(?<=[；;\s]))\s*([①-⑳])")
# after the bracket, a clause that dates every sub-task ('（①…②…），下周五前')
SHARED_TAIL = re.compile(r"[，,]\s*[^，,。；;()（）]{1,12}$")
TAIL_CHARS = " \t\r\n\xa0\u3000。.；;"           # what may follow the closing bracket (the \\s of a pattern, 。；)
MAX_BODY = 400


def bracket_list(text: str) -> list[str]:
    """[the line up to the bracket, sub-task 1, sub-task 2, …] when the bracket closing the line lists sub-tasks
    numbered 1, 2, … (each after a ；) or ①②, else [text]. A short clause after the bracket dates each of them; a
    topic before it, after the owner's colon, names each ('蒲建华：涂装线改造方案（①与环评单位对接 ②设备选型比价），
    下周五前' -> '涂装线改造方案：与环评单位对接（下周五前）', …)."""
    tail = SHARED_TAIL.search(text) if text.rstrip(TAIL_CHARS)[-1:] not in ")）" else None
    body_text = text[:tail.start()] if tail else text
    opening = _closing_bracket(body_text)
    if opening is None:
        return [text]
    pieces = _listed(body_text, opening)
    if len(pieces) < 3:
        return [text]
    topic = body_text[:opening].rpartition("：")[2].strip() if "：" in body_text[:opening] else ""
    topic = topic if 2 <= len(topic) <= 24 else ""
    due = f"（{tail.group().strip(' ，,')}）" if tail else ""
    return [pieces[0]] + [f"{topic}：{piece}{due}" if topic else f"{piece}{due}" for piece in pieces[1:]]


def _listed(text: str, opening: int) -> list[str]:
    """[the text before the bracket, each numbered sub-task in it] or [text]."""
    close = len(text.rstrip(TAIL_CHARS)) - 1
    lead = LEAD.match(text, opening + 1)
    start = lead.end()
    body = text[start:close]
    if len(body) > MAX_BODY:
        return [text]
    marks = [m for m in SUB_NUMBER.finditer(body) if _depth(body, m.start()) == 0]
    if len(marks) < 2 or marks[0].start() != 0 or [_number(m) for m in marks] != list(range(1, len(marks) + 1)):
        return [text]
    ends = [m.start() for m in marks[1:]] + [len(body)]
    pieces = [body[m.end():end].strip(" ；;。，,") for m, end in zip(marks, ends)]
    if marks[0].group(3) and min(map(len, pieces)) < 4:
        return [text]                   # '安全帽（①防滑 ②加厚）': the kinds of one thing, not work each
    return [text[:opening]] + pieces


def _number(m: re.Match) -> int:
    return int(m.group(1) or m.group(2)) if not m.group(3) else ord(m.group(3)) - ord("①") + 1


def _closing_bracket(text: str) -> int | None:
    """Where the bracket that closes the line (before a last 。/；) opens, brackets inside it balanced; else None."""
    end = len(text.rstrip(TAIL_CHARS))
    if end == 0 or text[end - 1] not in ")）":
        return None
    depth = 0
    for index in range(end - 1, -1, -1):
        char = text[index]
        depth += char in ")）"
        depth -= char in "(（"
        if depth == 0:
            return index
    return None


def _depth(body: str, at: int) -> int:
    """How many brackets are open at `at` within the body."""
    depth = 0
    for char in body[:at]:
        depth += char in "(（"
        depth -= char in ")）"
    return depth

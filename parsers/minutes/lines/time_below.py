"""A next meeting's day on one line and its time on the next ('三、下次评审' / '6月24日（周三）' / '时间：14:30'): one value."""
from __future__ import annotations

import re
from itertools import islice

from parsers.minutes.grids.columns import FOLLOWUP, column_role
from parsers.minutes.grids.records import kv_label

CLOCK_WORD = re.compile(r"(?:\d{1,2}|(?<![\u4e00-\u9fff])[一二三四五六七八九十]|[上下中晚]午[一二两三四五六七八九十]|十[一二])\s*(?:[:：]\d{2}|点|时|am|pm)", re.I)
CLOCK_START = re.compile(r"^(?:上午|下午|晚上|中午|早上|傍晚|at\s+)?\s*(?:\d{1,2}\s*(?:[:：.]\d{2}|[点點时時]|am|pm|\s*-\s*\d)|"
                         r"[一二三四五六七八九十两兩]{1,3}\s*[点點时時]|(?:同一|相同|同样|老|原)时间\s*[(（]\s*\d{1,2}[:：]\d{2})", re.I)
# ('下午三点半' too, and '下午同一时间（14:30）': the same time, written out in the bracket)
WRITTEN_DAY = re.compile(r"\d{1,2}\s*[月/]\s*\d{1,2}|[周礼拜星期][一二三四五六日天]|[(（][月火水木金土日][)）]|"
                         r"(?i:\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b)")


def with_time_below(pair: tuple[str, str], after) -> tuple[str, str]:
    """'下次会议：10月21日（周二）' with '时间：下午2:30' (or a line that opens with the clock) on the next line: the day
    and its time are one value."""
    role = column_role(pair[0])
    if not role or role[0] != FOLLOWUP or CLOCK_WORD.search(pair[1]):
        return pair
    line = next((a for a in after() if a.strip()), "").strip()
    clock = time_line(line)                        # '时间：下午2:30'; '下午4点，还是小会议室。' after a written day
    return (pair[0], f"{pair[1]} {clock}") if clock and (clock != line or WRITTEN_DAY.search(pair[1])) else pair


def time_line(line: str) -> str:
    """The time a line gives when it opens with a clock ('下午4点，还是小会议室。') or is labelled with one
    ('时间：14:30，地点：二楼会议室'); '' otherwise."""
    if CLOCK_START.match(line):
        return line
    below = kv_label(line)
    return below[1] if below and re.fullmatch(r"(?:具体|会议|开始)?时间|time|at", below[0], re.I) and CLOCK_WORD.search(below[1]) else ""


def day_then_time_below(line: str, after) -> str:
    """'定在5月6日（周三）' with '下午三点半，还是三楼小会议室。' on the next line: one sentence over two lines gives
    the day and its time together; the line alone otherwise."""
    if not WRITTEN_DAY.search(line) or CLOCK_WORD.search(line):
        return line
    clock = time_line(next((a.strip() for a in after() if a.strip()), ""))
    return f"{line} {clock}" if clock else line


def meeting_below(after) -> str:
    """'三、下次会议' with '3月24日（周二）' below it and '下午2点，Teams会议' below that: the day and its time are one
    value (the first line alone when it has its own time or the next line does not open with one)."""
    below = [a.strip() for a in islice((a for a in after() if a.strip()), 2)]
    clock = time_line(below[1]) if len(below) == 2 and not CLOCK_WORD.search(below[0]) else ""
    return f"{below[0]} {clock}" if clock else below[0] if below else ""

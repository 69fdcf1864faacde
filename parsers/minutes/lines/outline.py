"""The outline of minutes: which numbering style opened the action section, so a sibling of that heading ends it."""
from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.dates.tokens import cn_number

STYLE = re.compile(r"^\s*(?:[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．是]|"
                   r"\d{1,2}\s*[、.．)）](?!\d)|[IVX]{1,4}\.)")
BULLET = re.compile(r"^\s*[-*•·・▪◦]\s*\S")        # ' - 禾弦（宥廷）：…' under '2. 待辦': a child too
NUMERALS = ((re.compile(r"[一二三四五六七八九十]+"), "C"), (re.compile(r"\d+"), "N"), (re.compile(r"[IVX]+"), "R"))


def numbering_style(line: str) -> str:
    """'三、工作任务' -> 'C、'; '（二）关于…' -> '（C）'; '1. 王芳…' -> 'N.'; an unnumbered line -> ''."""
    match = STYLE.match(line)
    style = re.sub(r"\s", "", match.group()).replace("(", "（").replace(")", "）") if match else ""
    for numeral, name in NUMERALS:
        style = numeral.sub(name, style)
    return style


@dataclass
class Outline:
    """'三、工作任务' over '1. …' '2. …' then '四、节日期间如遇突发事件…': the 四、 line is the heading's sibling, so the
    action section is over and that line is read as ordinary prose (a rule or an arrangement needs an owner). An action
    heading numbered not at all under a numbered topic ('1. May build plan' … 'Action 1') ends at the next topic ('2.
    Quality') unless its own list is numbered so."""
    style: str = ""             # the numbering of the heading that opened the action section
    nested: bool = False        # lines numbered otherwise (its children) came below it
    above: tuple[str, int] | None = None     # the last numbered line outside an action section: its style and number
    next_topic: tuple[str, int] | None = None    # the topic after the one an unnumbered action heading sits under

    def opens(self, line: str, action: bool) -> None:
        self.style, self.nested = (numbering_style(line) if action else ""), False
        if not action or self.style or self.above:             # ('Action 1', 'Action 2': one section under one topic)
            self.next_topic = (self.above[0], self.above[1] + 1) if action and not self.style and self.above else None
        self.above = None if action else numbered(line) or self.above

    def passes(self, line: str) -> None:
        """A line read outside an action section: a numbered one may be the topic an action heading sits under."""
        self.above = numbered(line) or self.above

    def closes(self, line: str, action: bool = True) -> bool:
        """Whether this line (no heading) is the sibling of the action heading, after its children (`action`: the
        line is read in an action section; else it may be a numbered topic)."""
        if not action:
            self.passes(line)
            return False
        if self.next_topic and numbering_style(line) == self.next_topic[0]:
            ends, self.next_topic = numbered(line) == self.next_topic, None
            return ends                            # ('1. …' under 'Action items': its own list)
        style = numbering_style(line) if self.style else ""
        if style and style == self.style and self.nested:
            self.style = ""
            return True
        self.nested = self.nested or bool(style) or bool(self.style and BULLET.match(line))
        return False

    def child(self, line: str) -> bool:
        """Whether this heading is numbered otherwise than the action heading above it: a part of that section
        ('（三）建设单位' under '二、本次例会议定事项')."""
        style = numbering_style(line) if self.style else ""
        return bool(style) and style != self.style


def numbered(line: str) -> tuple[str, int] | None:
    """'2. Quality' -> ('N.', 2); '三、其他' -> ('C、', 3); a line numbered otherwise or not at all -> None."""
    style, number = numbering_style(line), NUMBER.search(line)
    digits = number and number.group()
    if not style or not digits:
        return None
    return style, int(digits) if digits.isdigit() else cn_number(digits) or 0      # (a Roman numeral: 0)


NUMBER = re.compile(r"\d{1,2}|[一二三四五六七八九十]|[IVX]{1,4}")

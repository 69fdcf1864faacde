"""The outline of minutes: which numbering style opened the action section, so a sibling of that heading ends it."""
from __future__ import annotations

import re
from dataclasses import dataclass

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
    action section is over and that line is read as ordinary prose (a rule or an arrangement needs an owner)."""
    style: str = ""             # the numbering of the heading that opened the action section
    nested: bool = False        # lines numbered otherwise (its children) came below it

    def opens(self, line: str, action: bool) -> None:
        self.style, self.nested = (numbering_style(line) if action else ""), False

    def closes(self, line: str) -> bool:
        """Whether this line (no heading) is the sibling of the action heading, after its children."""
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

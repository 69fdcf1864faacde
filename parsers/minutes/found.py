"""What reading one body of minutes gives (MinutesRead), and what one walk over it collects on the way (Found)."""
from __future__ import annotations

from dataclasses import dataclass, field

from parsers.minutes.lines.ai_minutes import ACTION_LINE, ASSIGNING_LINE
from parsers.minutes.lines.outline import Outline
from parsers.minutes.lines.sections import ACTION
from parsers.minutes.owning.owners import Owner
from parsers.model import Item


@dataclass(frozen=True)
class MinutesRead:
    items: tuple[Item, ...]
    facts: dict[str, str]                # first written value of ref, title, held, people (columns.py roles)
    followups: tuple[str, ...]           # texts that may give the next meeting, in order
    evidence: frozenset[str]             # what made it look like minutes: section kinds, 'table', 'record', 'list'


@dataclass
class Found:
    """What one walk over one body collects (local to read_minutes)."""
    items: list[Item] = field(default_factory=list)
    pairs: list[tuple[str, str]] = field(default_factory=list)
    followups: list[str] = field(default_factory=list)
    evidence: set[str] = field(default_factory=set)
    named: list[str] = field(default_factory=list)      # 'Sprint 24 planning: Mon 10/27': after any labelled one
    last_text: str = ""                  # the text the last line item was read from
    last_list: tuple[str, int] = ("", -1)   # marker kind and indent of the last list line
    written: dict[int, int] = field(default_factory=dict)   # item index -> its number as the minutes write it
    last_plain: str = ""                 # the line just read when it asked for nothing (its labels may follow)
    outside: set[int] = field(default_factory=set)       # items read outside an action section (by index)
    marked: set[int] = field(default_factory=set)        # items read from a line marked 'Action:', 'AI:' (by index)
    structured: set[int] = field(default_factory=set)    # items read from a table or an 'Owner:/Due:' record (by index)
    assigned: set[int] = field(default_factory=set)      # items read from a line that opens 'X to …', 'X：…' (by index)
    chat: set[int] = field(default_factory=set)          # items read from a pasted chat's messages (by index)
    person: Owner | None = None          # a heading that names a person ('【韦志远】', 'Dana:'): owns the list below
    heading_above: bool = False          # the line before was such a heading
    person_kind: str = ""                # the list marker of the first line under it
    person_section: str = ""             # the section the heading sits in
    completed: bool = False              # the line before gave the last item its owner or due by labels ('Due: 3/20')
    held_sentence: str = ""              # the opening sentence that names this meeting with its time
    outline: Outline = field(default_factory=Outline)    # '三、工作任务' … '四、…': a sibling ends the section
    topic_indent: int | None = None      # a numbered topic whose deeper lines name their owners: its indent
    labelled: bool = False               # this directive section's entries take '责任单位：/完成时限：' lines below
    topic: str = ""                      # the topic of the list line above its '→ …' action lines
    work_list: tuple[str, int] = ("", -1)   # the numbered list (kind, indent) whose last line was an item

    def note_source(self, section: str, count: int, start: int | None = None, chat: bool = False, line: str = "") -> None:
        """Remember which items were read outside an action section, which from a line marked as an action, which in
        a pasted chat (minutes an AI wrote, or whose writer marks each action, count only their actions)."""
        start = len(self.items) if start is None else start
        self.outside.update(range(start, start + count) if section != ACTION else ())
        self.marked.update(range(start, start + count) if line and ACTION_LINE.match(line) else ())
        self.structured.update(range(start, start + count) if not line else ())
        self.assigned.update(range(start, start + count) if line and ASSIGNING_LINE.match(line) else ())
        self.chat.update(range(start, start + count) if chat else ())

    def goes_on_list(self, kind: str, indent: int, number: int | None) -> bool:
        """The line numbers the next point of the list whose last line was an item ('4.' after '3.', at its indent)."""
        return self.work_list == (kind, indent) and number is not None and \
            self.written.get(len(self.items) - 1) == number - 1

    def keep_person(self, kind: str, heading_above: bool, section: str) -> str:
        """Under a person's heading: a line of prose (not right below it, nor indented as the first: kind 'indented')
        ends their list, and so does an outline line of another kind ('（二）关于…' below '蒋文斌科长负责：' and its ①②),
        which returns to the section the heading sat in. Gives the section to read the line in."""
        if heading_above:
            self.person_kind = kind
        elif self.person and kind == "cn" and self.person_kind != "cn":
            self.person = None
            return self.person_section
        elif not kind:
            self.person = None
        return section

"""One text's cheap facts, found in one pass before the rules that read it run (LineFacts, held).

The minutes reader tries some twenty rules on every line (a transcript stamp? a person's name over a list? a
next-meeting label?) and nineteen owner steps on every item's text (owner_steps.OWNER_STEPS), each a few regexes
at 1-5 us, and most texts are none of them. So the characters a text holds are read once (`held(text)`: its
characters, plus DIGIT or NO_DIGIT for what \\d finds), and every such rule declares its needs: the characters
of which every text it can accept holds at least one, read off its patterns (every transcript stamp holds a digit
and ':'; '我来整理清单' is the writer's own item only with 我 or an opening I). A rule whose needs the text lacks
is not run: its empty answer (None, '', False) is taken as it is (held.py reads the text and tests the needs). A gate never changes an answer, it only skips
work that would give the empty one; tests/test_line_facts.py runs each gated rule on the corpora's texts its gate
refuses. A new rule declares its needs where it is listed (NEEDS here for the reader's per-line rules,
owner_steps.STEP_NEEDS for the owner steps), or declares none and always runs.

    LineFacts.of('1. 上线日期定为10月18日').allows(transcript_line)  -> False      (no ':')
"""
from __future__ import annotations

from string import ascii_letters
from typing import NamedTuple

from parsers.minutes.lines.chat_lines import transcript_line
from parsers.minutes.lines.cues import about_this_meeting, heads_actions, introduces_meeting, list_below, meeting_sentence, notice
from parsers.minutes.lines.held import DIGIT, HAS_DIGIT, NO_DIGIT, held, needs, scan_for
from parsers.minutes.lines.inline import CIRCLED, MARKER_START, list_marker, marker_number, split_inline
from parsers.minutes.owning.owning_clause import owned_among
from parsers.minutes.owning.person_headings import person_heading
from parsers.minutes.lines.sections import bare_heading, is_followup_label, mentions_followup, names_next_meeting, next_alone

NUMBERED_OR_CN = "\0list 1. or 一、"            # facts of a line: a '1.' or '一、' list marker;
MARKABLE = "\0may open a list"                # a first character a list marker can open with (inline.MARKER_START);
UNLISTED = "\0no list marker"                 # no list marker, or a markdown mark first (#, *, _)
UNJOINED = "\0no 、:：/&"                       # none of person_headings.JOINED_NAMES but a last colon (a name alone)
MARKED = "\0opens with #, *, _"               # a markdown mark first: person_heading reads the text inside it
SYMBOLS = "▶►▷➤■□◆◇●○★☆"                       # person_headings.HEADING_SYMBOL's


# the reader's per-line rules (reader._read_line) and what each needs
NEEDS = {
    transcript_line: needs((DIGIT,), ":"),           # each TRANSCRIPT stamp is \d{1,2}:\d{2}
    introduces_meeting: needs((DIGIT, *"一二两三四五六七八九十")),   # a clock time (CLOCK_WORD: \d{1,2}, 三点 or 下午两点)
    person_heading: needs((NO_DIGIT, *SYMBOLS), (UNLISTED, *SYMBOLS, *"我本mM")),   # PERSON_HEADING and SELF_LABEL (我, 本人,
    # me) hold no \d, a list line is no name but the writer's; else only after a HEADING_SYMBOL
    heads_actions: needs((NUMBERED_OR_CN,)),         # it reads only a 'number' or 'cn' list line
    bare_heading: needs((NO_DIGIT,)),                # NOT_IN_BARE holds \d
    next_alone: needs("nN"),                         # NEXT_ALONE: the word 'next'
    is_followup_label: needs("下次后다nNfF"),         # FOLLOWUP_WORDS: 下…, 次回, …后首次/第一次, 首次, 다음, next, follow-up
    mentions_followup: needs("下nN"),                 # FOLLOWUP_MENTION: 下次, 下一轮, next
    owned_among: needs(":：", "/,，、&aA"),            # PEOPLE_PREFIX: names joined by / , 、 & 'and', then a colon
    marker_number: needs((MARKABLE,)),               # inline.MARKER opens with a MARKER_START character
    split_inline: needs((DIGIT, "是", *CIRCLED)),     # INLINE: 一是, ①, (1), 1), 1.; BRACKET_LIST: （其中：1.…）
    meeting_sentence: needs("再另碰开举留空继照改变同老原加见定下复" + ascii_letters + "ſKİı"),   # sets_meeting's look (下次…)
    notice: needs("通fFhH冇无沒没暫暂nNaApP:："),    # 通报, FYI, heads-up, 暂无…, no action, attendees, present; a lead-in ends in a colon
    about_this_meeting: needs("如召主出列参" + ascii_letters + "ſKİı"),   # …如下, 召开, 主持, 出席/列席/参加/参会, English
    names_next_meeting: needs((DIGIT, *"周星", *ascii_letters, *"ſKİı")),   # NAMED_MEETING: a day after the colon
}   # (MEETING_SETTER_CHARS: 再/另 + verb, 碰开举留空继照改变同老原加见, 复盘, 定于/定在, an opening 下次, two letters; case-blind: ſ K İ ı)
# what a rule that reads the lines below needs one of them to open with
RUN_STARTS = {heads_actions: frozenset("aAtT待行措唯还另需要须")}   # ACTION_LINE: action, AI, A/I, AP, to-do, 待办, 行动项, 措施, …落实
# what a rule that reads the next line needs of that line
BELOW = {
    list_below: needs((MARKABLE, *":：")),              # a list marker, or a speaker's 'NAME：' (kv_label: a colon)
    person_heading: needs((MARKABLE,)),              # heads_list: the next line is a list item ...
}
ALONE = {person_heading: needs((UNJOINED, MARKED, "【", "[", *SYMBOLS))}   # ... or the line may be a name alone, boxed or marked

JOINED = frozenset("、:：/&")                   # person_headings.JOINED_NAMES' characters
LINE_SCAN = scan_for(NEEDS.values(), BELOW.values(), ALONE.values(), [(JOINED,)])     # the characters all need


class LineFacts(NamedTuple):
    text: str                      # the line, stripped
    marker: tuple[str, str]        # inline.list_marker(text): (kind, text after the marker)
    facts: frozenset[str]          # held(text), with NUMBERED_OR_CN, MARKABLE, UNLISTED when they hold

    @classmethod
    def of(cls, text: str) -> LineFacts:
        """The facts of a stripped line, each found once (one list, one set: they are made for every line)."""
        markable = MARKER_START.match(text.lstrip()) is not None
        marker = list_marker(text) if markable else ("", text.strip())     # (what list_marker gives without a start)
        kind, found = marker[0], LINE_SCAN.findall(text)
        found.append(DIGIT if HAS_DIGIT.search(text) else NO_DIGIT)
        if markable:
            found.append(MARKABLE)
        if kind in ("number", "cn"):
            found.append(NUMBERED_OR_CN)
        if not kind or text[:1] in "#*_":
            found.append(UNLISTED)
        if text[:1] in "#*_":
            found.append(MARKED)
        core = found if text[-1:] not in ":：" else LINE_SCAN.findall(text.rstrip(" :："))   # '杨老师：' is a name alone too
        if JOINED.isdisjoint(core):                # (LINE_SCAN looks for every one of them)
            found.append(UNJOINED)
        return cls(text, marker, frozenset(found))

    def allows(self, rule, table: dict = NEEDS) -> bool:
        """Does the line hold what `rule` needs (NEEDS; a rule not listed always runs)?"""
        for group in table.get(rule, ()):
            if self.facts.isdisjoint(group):
                return False
        return True

    def allows_above(self, rule) -> bool:
        """Does this line, the next one, hold what `rule` needs of the line below the one it reads (BELOW)?"""
        return self.allows(rule, BELOW)


BLANK = LineFacts("", ("", ""), held("", LINE_SCAN))        # below the last line


class Run:
    """The facts of each line of a run, and the characters its lines open with (what a rule reading the lines
    below a line needs of them: RUN_STARTS)."""
    __slots__ = ("lines", "starts")

    def __init__(self, lines: list[str]):
        self.lines = [LineFacts.of(line.strip()) for line in lines]
        self.starts = frozenset(line.text[:1] for line in self.lines)

    def below(self, index: int) -> LineFacts:
        """The facts of the first line from `index` on that is not blank (what a rule's `after()` gives first)."""
        while index < len(self.lines):
            if self.lines[index].text:
                return self.lines[index]
            index += 1
        return BLANK

    def opens_with(self, rule) -> bool:
        """Does some line of the run open with a character `rule` needs of a line below (RUN_STARTS)?"""
        return rule not in RUN_STARTS or not self.starts.isdisjoint(RUN_STARTS[rule])

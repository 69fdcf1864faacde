"""A free sentence that gives work to two people in turn, split into their clauses:
'小林明天中午前把草单发我，雅婷周四前跟船公司把免柜期确认掉' -> ['小林明天中午前把草单发我', '雅婷周四前跟船公司把免柜期确认掉'];
a topic lead-in before them ('今天10点碰的电梯年检整改：') and a closing clause that sets the next meeting
('…，下周一同一时间再碰') are parts of their own. A line typed on a phone with spaces for commas is cut the same way."""
from __future__ import annotations

import re
import unicodedata

from parsers.context import Context
from parsers.minutes.lines.cues import next_meeting_sentence
from parsers.minutes.owning.owner_steps import all_dues, owner_of
from parsers.mail.hant import fold
from parsers.minutes.owning.owners import TITLE_START, person_prefix
from parsers.minutes.lines.phone_lines import spaced_clauses
from parsers.minutes.lines.sections import SENTENCE_END, sets_meeting

COMMA = re.compile(r"[，,]")
SEMICOLON = re.compile(r"[；;]")
TOPIC_LABEL = re.compile(r"^(?:纪要|会议纪要|主题|议题|事项|关于)\s*[：:]?\s*")
TOPIC_SPAN = 20                # characters a topic sentence holds at the most
LEAD_IN = re.compile(r"[^：:。；]{2,30}[：:]")     # '下午3点对的机房搬迁：', '刚通了电话，两件事：' before the people's clauses
WISH = re.compile(r"\s*(?:所以|因此|因而|那么?|另外)?\s*(?:我们?|咱们?)?\s*(?:希望|想请|麻烦|要求)")   # a request's lead-in
OWNER_PREFIX = re.compile(r"^\s*[^：:，,。；;！？!?\s]{2,20}[：:]")     # '其股长：', '畜牧兽医股（其股长）：'
NAME_SPAN = 24                 # characters after a comma in which a clause names its person
_LAST: list = [(None, None, {})]   # (roster, people, their names by initial) last asked for


def free_clauses(text: str, ctx: Context) -> tuple[list[str], list[str]]:
    """The work clauses of a line's free sentences, and the closing clauses among them that set the next meeting."""
    work, meetings = [], []
    sentences = SENTENCE_END.split(text)
    prefix = _owner_prefix(text, ctx) if len(sentences) > 1 else ""
    for index, sentence in enumerate(sentences):
        if prefix and index and sentence.strip() and owner_of("", sentence, ctx, True)[0] is None:
            sentence = prefix + sentence.strip()   # '畜牧兽医股（其股长）：…；7月17日前上报…': theirs too
        parts = person_clauses(sentence, ctx)
        if len(parts) == 1 and (spaced := spaced_clauses(sentence)) != sentence:    # typed on a phone: spaces for commas
            split = person_clauses(spaced, ctx)
            parts = split if len(split) > 1 else parts
        parts = _closing_meeting(parts) if len(parts) == 1 else parts     # '有几笔差异今天没对完，下周三同一时间再碰一次'
        if len(parts) > 1 and sets_meeting(parts[-1]) and next_meeting_sentence(parts[-1], ctx):
            meetings.append(parts.pop())
        if len(parts) > 1 and work and _topic(work[-1], ctx):        # '首件检验记录表改版。雷雪周三前出初稿，惠工…审完'
            topic = work.pop().strip().rstrip("。.！!；;")
            parts = [f"{topic}：{part.strip()}" for part in parts]
        work.extend(parts)
    return work, meetings


def _owner_prefix(text: str, ctx: Context) -> str:
    """'畜牧兽医股（其股长）：' when the line opens with the person (or unit) its sentences are given to, else ''."""
    m = OWNER_PREFIX.match(text)
    return m.group(0) if m and owner_of("", f"{m.group(0)}工作", ctx, True)[0] is not None else ""


def _topic(sentence: str, ctx: Context) -> bool:
    """A short sentence that names what the people's clauses after it work on: no person, no day, no verb of its own
    ('纪要：首件检验记录表改版' as '首件检验记录表改版')."""
    text = TOPIC_LABEL.sub("", sentence.strip())
    return 2 <= len(text) <= TOPIC_SPAN and not COMMA.search(text) and ctx.sent is not None and \
        not all_dues(text, ctx.sent, ctx.calendar, ctx.holiday) and owner_of("", text, ctx, True)[0] is None


def person_clauses(sentence: str, ctx: Context) -> list[str]:
    """The sentence cut before each comma clause that opens with a person we know and gives its own deadline, when
    the sentence itself (or what follows its lead-in) opens with a person too (parallel assignments), and before a
    closing clause that sets a meeting; else the sentence whole."""
    if ctx.sent is None or "，" not in sentence and "," not in sentence:
        return [sentence]
    initials = _initials(ctx)                                  # (a cheap look first: a clause may open with a name)
    opening = [c for c in COMMA.finditer(sentence) if _may_name(sentence[c.end():c.end() + 3].lstrip(), initials)]
    if not opening:
        return [sentence]
    lead = _lead_in(sentence, initials, ctx)
    if lead < 0:
        return [sentence]
    parts, start = [sentence[:lead]] if lead else [], lead
    for comma in (c for c in opening if c.start() > lead):
        length = _person_at(sentence[comma.end():comma.end() + NAME_SPAN], ctx)
        clause = COMMA.split(sentence[comma.end() + length:], maxsplit=1)[0] if length else ""
        if clause and all_dues(clause, ctx.sent, ctx.calendar, ctx.holiday):
            parts.append(sentence[start:comma.start()])
            start = comma.end()
    return _closing_meeting([*parts, sentence[start:]]) if len(parts) > bool(lead) else [sentence]


def _lead_in(sentence: str, initials: dict, ctx: Context) -> int:
    """Where the people's clauses begin: 0 when the sentence opens with a person, after a topic lead-in
    ('今天10点碰的电梯年检整改：') that names nobody when one follows it, -1 when neither."""
    if _may_name(sentence.lstrip(), initials) and _person_at(sentence, ctx):
        return 0
    wish = WISH.match(sentence)                  # '所以我希望Rain在下周一之前…，MJ最晚下周三…': whom the wish asks
    if wish and _may_name(sentence[wish.end():].lstrip(), initials) and _person_at(sentence[wish.end():], ctx):
        return wish.end()
    lead = LEAD_IN.match(sentence)
    if lead and _may_name(sentence[lead.end():].lstrip(), initials) and _person_at(sentence[lead.end():], ctx):
        return lead.end()
    return -1


def _closing_meeting(parts: list[str]) -> list[str]:
    """'田姐月底前把业主告知发出去，下周一同一时间再碰。': the last clause that sets a meeting is a part of its own."""
    last = COMMA.split(parts[-1])
    if len(last) > 1 and sets_meeting(last[-1]):
        return [*parts[:-1], "，".join(last[:-1]), last[-1]]
    return parts


def _initials(ctx: Context) -> dict:
    """roster.names_by_initial for this message's people, remembered for the same roster and people (by identity:
    hashing the people on every sentence costs more than the look it saves)."""
    roster, known, initials = _LAST[0]                  # (one tuple, replaced whole: safe across threads)
    if roster is not ctx.roster or known is not ctx.known:
        initials = ctx.roster.names_by_initial(ctx.known)
        _LAST[0] = (ctx.roster, ctx.known, initials)
    return initials


def _may_name(text: str, initials: dict) -> bool:
    """Could a person's name or alias, or a surname + title, open `text`?"""
    return fold(unicodedata.normalize("NFKC", text[:1]).lower()) in initials or bool(TITLE_START.match(text))


def _person_at(text: str, ctx: Context) -> int:
    """How many characters the known person (with an address) opening `text` takes; 0 when none does."""
    found = person_prefix(text.lstrip()[:NAME_SPAN], ctx.roster, ctx.known)
    return found[1] + len(text) - len(text.lstrip()) if found and found[0].email else 0


def owned_parts(chunks: list[str], numbers, ctx: Context) -> tuple[list[str], list]:
    """Each chunk cut at its semicolons when every part names its own person and its own day ('小学语文由邵蓓同志负责，
    5月16日前报送…；初中英语由仲丽同志负责，5月16日前报送…': two items, the second unnumbered); else as it is."""
    if ctx.sent is None or not any("；" in chunk or ";" in chunk for chunk in chunks):
        return chunks, list(numbers)
    out, written = [], []
    for chunk, number in zip(chunks, numbers):
        parts = [part for part in SEMICOLON.split(chunk) if part.strip()]
        owned = len(parts) > 1 and all(_owned_and_dated(part, ctx) for part in parts)
        out.extend(parts if owned else [chunk])
        written.extend([number] + [None] * (len(parts) - 1) if owned else [number])
    return out, written


def _owned_and_dated(part: str, ctx: Context) -> bool:
    owner = owner_of("", part, ctx, True)[0]
    return bool(owner and owner.person and owner.person.email and all_dues(part, ctx.sent, ctx.calendar, ctx.holiday))


# a later clause that opens on a deadline of its own then the work: '…6月底前完成首批改造，2026年底前全部完工'
PHASE_START = re.compile(r"[，,]\s*(?=\d{4}\s*年|\d{1,2}\s*月|本月|下月|年底|月底)")
PHASE_WORK = re.compile(r"\s*(?:之?前|以前)?\s*[\u4e00-\u9fff]{2}")          # the work after a phase's deadline
CLOSING_LABELS = re.compile(r"[，,]\s*(?:责任人|负责人|责任单位)\s*[：:].*$")     # the labels closing the text


def phased_parts(chunks: list[str], ctx: Context) -> tuple[list[str], list]:
    """Free chunks cut into their phases (`_phases`), and their numbers (none: prose is not numbered)."""
    parts = [part for chunk in chunks for part in _phases(chunk, ctx)]
    return parts, [None] * len(parts)


def _phases(text: str, ctx: Context) -> list[str]:
    """'城市更新科于6月底前完成首批30个小区主体改造，2026年底前全部完工，责任人：孙丽娜': work in phases, each with its own
    deadline, is one item a phase — each part keeps the labels that close the text; else [text]."""
    if ctx.sent is None or not PHASE_START.search(text):
        return [text]
    for m in PHASE_START.finditer(text):
        first, second = text[:m.start()], text[m.end():]
        dues = all_dues(second, ctx.sent, ctx.calendar, ctx.holiday)
        if dues and dues[0].start == 0 and PHASE_WORK.match(second, dues[0].end) and \
                all_dues(first, ctx.sent, ctx.calendar, ctx.holiday):
            labels = CLOSING_LABELS.search(second)
            return [first + (labels.group() if labels else ""), second]
    return [text]

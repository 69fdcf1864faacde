"""parsers/minutes/lines/line_facts.py, held.py: a rule whose needs a text lacks gives its empty answer anyway, so skipping
it changes nothing. Each gated rule is run on every corpus line (and on made-up variants) that its gate refuses."""
from __future__ import annotations

import random
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

import parsers.message  # noqa: F401  (loads every reader)
from parsers.context import Context
from parsers.dates.workdays import WorkdayCalendar
from parsers.limits import DEFAULT
from parsers.mail import mime
from parsers.mail.addresses import Address
from parsers.minutes.lines import line_facts
from parsers.minutes.lines.cues import list_below
from parsers.minutes.grids import records, row_status
from parsers.minutes.meeting import followup
from parsers.minutes.lines.held import allows, chars_held, held
from parsers.minutes.lines.line_facts import BELOW, BLANK, NEEDS, RUN_STARTS, LineFacts, Run
from parsers.minutes.owning.owner_steps import STEP_NEEDS, STEP_SCAN
from parsers.minutes.owning.people import Roster
from parsers.minutes.owning.person_headings import person_heading
from parsers.minutes.reader import NUMBERING

DATA = Path(__file__).parent / "data"
ROSTER = Path(__file__).parents[1] / "tests" / "data" / "heldout" / "roster.csv"
# made-up lines each gate must refuse rightly: symbols, markdown, fullwidth and other scripts' digits, case folds
VARIANTS = ["【我】", "我：", "# 王芳", "**李娜**", "▶ 1号线 王芳", "■ 2. 李娜", "1. 我", "ME:", "Myself", "１０:３０ 王芳：“好”",
            "٣:١٥ 李娜：", "NEXT SYNC: Fri", "Follow-up meeting: 3/4", "次回：10月5日", "节后首次例会：2月5日", "다음 회의: 5월",
            "下次：4月15日", "一、下次会议", "- [ ] 王芳", "* 李娜", "_张伟_", "孟凡 00:03:12", "[00:12:31] 沈嘉怡: …", "", " "]


def _corpus_lines() -> list[str]:
    lines: set[str] = set()
    for path in sorted(DATA.rglob("*.eml")):
        try:
            mail = mime.decode(path.read_bytes(), DEFAULT)
        except Exception:
            continue
        for text in (mail.plain, mail.html_text):
            lines.update(line for line in (text or "").splitlines() if line.strip())
    return sorted(lines)


@pytest.fixture(scope="module")
def lines() -> list[str]:
    found = _corpus_lines()
    assert len(found) > 5000
    rng = random.Random(13)
    alphabet = sorted(set("".join(VARIANTS)) | set("0123456789:：,，()（）/-—@我各帮牵下次后定 \tabcdeilmnotwxyzAINT"))
    made = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 24))) for _ in range(3000)]
    return [*found, *VARIANTS, *made]


@pytest.fixture(scope="module")
def ctx() -> Context:
    roster = Roster.from_csv_text(ROSTER.read_text(encoding="utf-8"))
    known = tuple(Address(e.name, e.email) for e in roster.entries[:40])
    return Context(datetime(2025, 10, 8, 16, 0, tzinfo=ZoneInfo("Asia/Shanghai")), WorkdayCalendar(), roster, known,
                   sender=known[0])


def _answers(rule, line: str, ctx: Context, after) -> list:
    """What the rule says of the line, as the reader asks it (every way it is asked)."""
    if rule is person_heading:
        return [person_heading(line, ctx, after), person_heading(line, ctx, after, in_run=True)]
    if rule in (line_facts.heads_actions,):
        return [rule(line, after)]
    if rule is line_facts.is_followup_label:
        return [rule(line), rule(NUMBERING.sub("", line))]
    if rule is line_facts.split_inline:
        return [len(rule(line)) > 1 or rule(line) != [line]]
    if rule is line_facts.meeting_sentence:
        return [rule(line, ctx, after)]
    if rule is line_facts.owned_among:
        return [rule(line), rule(LineFacts.of(line).marker[1])]
    if rule is line_facts.next_alone:
        return [rule(line, lambda: "Weekly sync Mon 10:30")]      # a meeting below: only the line decides
    return [rule(line)]


def test_every_refused_rule_gives_its_empty_answer(lines: list[str], ctx: Context):
    refused = 0
    for index, raw in enumerate(lines):
        line = raw.strip()
        facts = LineFacts.of(line)
        after = lambda: iter(lines[index + 1:index + 8])     # noqa: E731  (the lines below, as the reader gives them)
        for rule in NEEDS:
            if not facts.allows(rule):
                refused += 1
                assert not any(_answers(rule, line, ctx, after)), (rule.__name__, line)
    assert refused > 20000


def test_a_refused_next_line_makes_no_list_below(lines: list[str], ctx: Context):
    for index in range(len(lines) - 1):
        below = LineFacts.of(lines[index + 1].strip())
        after = lambda: iter([lines[index + 1]])     # noqa: E731
        if not below.allows_above(list_below):
            assert not list_below(after, ctx) and not list_below(after), lines[index + 1]
    assert set(BELOW) == {list_below, person_heading}


def test_every_refused_owner_step_finds_no_owner(lines: list[str], ctx: Context):
    refused = 0
    for raw in lines:
        for text in {raw.strip(), LineFacts.of(raw.strip()).marker[1]}:
            facts = chars_held(text, STEP_SCAN)
            assert facts == {char for char in text if any(char in group for need in STEP_NEEDS.values() for group in need)}
            for step, groups in STEP_NEEDS.items():
                if any(facts.isdisjoint(group) for group in groups):
                    refused += 1
                    assert not step(text, ctx, True) and not step(text, ctx, False), (step.__name__, text)
    assert refused > 100000


def test_a_refused_rewrite_leaves_a_next_meeting_text_as_it_is(lines: list[str], ctx: Context):
    refused = 0
    for text in lines:
        facts = held(text, followup.REWRITE_SCAN)
        for rewrite_needs, rewrite in followup.REWRITES:
            if not allows(facts, rewrite_needs):
                refused += 1
                assert rewrite(text) == text, text
        if not allows(facts, followup.MOVE_NEEDS):
            assert followup._after_move(text, ctx) == text, text
    assert refused > 30000


def test_the_facts_of_a_line():
    from parsers.minutes.owning.person_headings import JOINED_NAMES
    assert {chr(c) for c in range(0x10000) if JOINED_NAMES.match(chr(c))} == set(line_facts.JOINED)
    facts = LineFacts.of("1. 上线日期定为10月18日")
    assert facts.marker == ("number", "上线日期定为10月18日")
    assert not facts.allows(line_facts.transcript_line) and facts.allows(line_facts.heads_actions)
    assert LineFacts.of("00:21 何志强：“今天主要…”").allows(line_facts.transcript_line)
    assert not LineFacts.of("王芳 1号").allows(person_heading) and LineFacts.of("▶ 1号").allows(person_heading)
    assert LineFacts.of("  - 李娜 ").marker == ("bullet", "李娜") and LineFacts.of(" 李娜 ").marker == ("", "李娜")


def test_next_line_skips_blank_lines():
    run = Run(["一、待办", "  ", "1. 王芳：提交", ""])
    assert run.below(1).text == "1. 王芳：提交"
    assert run.below(3) is BLANK


def test_a_run_whose_lines_open_with_no_action_word_heads_no_actions(lines: list[str]):
    for start in range(0, len(lines) - 8, 4):
        window = lines[start:start + 8]
        run = Run(window)
        if not run.opens_with(line_facts.heads_actions):
            after = lambda: iter(window[1:])     # noqa: E731
            assert not line_facts.heads_actions(window[0].strip(), after), window
    assert set(RUN_STARTS) == {line_facts.heads_actions}
    numbered = ["1. 设备改造", "   Action: Stefan to order", "2. 其他"]
    assert Run(numbered).opens_with(line_facts.heads_actions) and line_facts.heads_actions(numbered[0], lambda: iter(numbered[1:]))


def test_a_line_marker_is_the_same_stripped_or_not(lines: list[str]):
    for raw in lines:
        assert LineFacts.of(raw).marker == LineFacts.of(raw.strip()).marker, raw


def test_a_cell_without_a_listing_mark_lists_one_item_and_a_status_without_a_done_word_is_open(lines: list[str]):
    rng = random.Random(3)
    made = ["".join(rng.choice("ab 王芳，。1２①是\n\r\u2028（）.、;已完成done%") for _ in range(rng.randint(0, 20)))
            for _ in range(20000)]
    listing = status = 0
    for text in [*lines, *made]:
        if not records.LISTING.search(text):
            listing += 1
            assert len(records.cell_items(text)) <= 1, text
        if not row_status.STATUS_NEEDS.search(text):
            status += 1
            assert not row_status.status_done(text), text
    assert listing > 5000 and status > 5000


def test_a_joined_line_over_no_list_heads_no_person(lines: list[str], ctx: Context):
    refused = 0
    pairs = [*zip(lines, lines[1:]), ("各位好：", "以下是今天的纪要"), ("王芳、李娜：", "提交方案"), ("**王芳**：", "提交方案"),
             ("王芳：", "- 提交方案"), ("【王芳】：", "提交方案"), ("▶ 王芳：", "提交方案")]
    for line, next_line in pairs:
        facts, below = LineFacts.of(line.strip()), LineFacts.of(next_line.strip())
        if facts.allows(person_heading) and not facts.allows(person_heading, line_facts.ALONE) and \
                not below.allows_above(person_heading):
            refused += 1
            after = lambda: iter([next_line])     # noqa: E731
            assert person_heading(line.strip(), ctx, after) is None and \
                person_heading(line.strip(), ctx, after, in_run=True) is None, line
    assert refused > 1000


def test_trail_junk_is_tried_on_every_text_whose_last_character_can_end_a_match(lines):
    """items.may_trail skips TRAIL_JUNK where it cannot match: never on a text (corpus lines and their prefixes)
    where it would."""
    from parsers.minutes.task_text import TRAIL_JUNK, may_trail
    tails = [line[-40:] for line in lines[::3]]      # (a match ends the text: its last 40 characters say as much)
    texts = [t for line in tails for t in (line, line[:len(line) // 2], line.rstrip("。"), line + " by", line + "之前")]
    assert [t for t in texts if not may_trail(t) and TRAIL_JUNK.search(t)] == []
    assert sum(map(may_trail, texts)) < len(texts)     # the look does skip texts

"""parsers/regex_start.py: a pattern with the lookahead on its first characters finds exactly what it found before."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

import parsers.message  # noqa: F401  (loads every reader, so every checked pattern is registered)
from parsers.limits import DEFAULT
from parsers.mail import mime
from parsers.regex_start import CHECKED, first_chars, start_checked

DATA = Path(__file__).parent / "data"
FOLDS = "ſKİıµΩ"                                  # characters that case-blind letters also match


def _corpus_lines() -> list[str]:
    lines: set[str] = set()
    for path in sorted(DATA.rglob("*.eml")):
        try:
            mail = mime.decode(path.read_bytes(), DEFAULT)
        except Exception:
            continue
        for text in (mail.plain, mail.html_text, mail.attachment_text, mail.subject):
            lines.update(line for line in (text or "").splitlines() if line.strip())
    return sorted(lines)


@pytest.fixture(scope="module")
def corpus_lines() -> list[str]:
    lines = _corpus_lines()
    assert len(lines) > 5000
    return lines


def _random_texts(pattern: re.Pattern, count: int, seed: int) -> list[str]:
    """Short texts made of the pattern's own characters (its words, brackets, digits), ASCII and case folds."""
    alphabet = sorted(set(pattern.pattern) | set("azAZ09 \t\n.,:;()（）：，。、-_/") | set(FOLDS))
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 18))) for _ in range(count)]


def _found(pattern: re.Pattern, text: str) -> tuple:
    whole = pattern.match(text)
    return [(m.span(), m.groups()) for m in pattern.finditer(text)], whole and (whole.span(), whole.groups())


def test_every_checked_pattern_finds_what_the_original_finds(corpus_lines):
    assert len(CHECKED) >= 60                       # the date tokens, the inline labels, SETS_MEETING
    for index, (original, checked) in enumerate(CHECKED):
        for text in corpus_lines + _random_texts(original, 3000, index):
            assert _found(checked, text) == _found(original, text), (original.pattern[:80], text)


def test_a_line_that_sets_a_meeting_holds_one_of_the_gate_characters(corpus_lines):
    from parsers.minutes.lines.sections import MEETING_SETTER_CHARS, SETS_MEETING
    one_each = ["再碰一次", "另约", "碰一下", "举行评审会", "下午开复盘会", "预留下周四上午", "空出周三下午", "定于周三召开", "例会照常", "周会改在周五",
                "下次定在", "继续讨论", "参加评审", "同一时间", "老时间", "原时间", "同样时间", "例会时间不变", "周三见", "meet again",
                "ſame time"]     # (ſ: a case fold of s)
    assert all(SETS_MEETING.search(text) for text in one_each)
    texts = one_each + corpus_lines + _random_texts(SETS_MEETING, 20000, 7)
    matched = [text for text in texts if SETS_MEETING.search(text)]
    assert len(matched) > 50                        # the test sees lines that set a meeting
    assert all(MEETING_SETTER_CHARS.search(text) for text in matched), \
        [text for text in matched if not MEETING_SETTER_CHARS.search(text)][:5]
    assert not MEETING_SETTER_CHARS.search("以下是今天项目周会的会议纪要，如有异议请于今日内回复。")   # the gate spares work
    assert not MEETING_SETTER_CHARS.search("会议时间：2024年10月10日 14:00-15:30")          # a label's 时间 opens no gate
    assert not MEETING_SETTER_CHARS.search("参会人员：李娜、王芳、张伟、陈喆、刘洋")
    assert not MEETING_SETTER_CHARS.search("1. 上线日期定为10月18日，不再调整。")      # 定 alone, one Latin letter
    assert not MEETING_SETTER_CHARS.search("2. 预算按Q4计划执行，超支部分另行审批。")


def test_first_characters_of_a_pattern():
    assert first_chars(re.compile(r"(?<!第)(?:[①②]|\(\d{1,2}\)|[一二]是|(?<![.])\d)")) == r"\d\x28①②一二"
    assert first_chars(re.compile(r"\b(?:due|eta)\s", re.I)) == "de"
    assert first_chars(re.compile(r"x?y*")) is None           # may match empty: every position is a start
    assert first_chars(re.compile(r"[^，]{1,8}见")) is None      # a negated class starts anywhere
    assert first_chars(re.compile(r"a|.b")) is None


def test_case_blind_pattern_keeps_its_folds():
    original = re.compile(r"sync|ok", re.I)
    checked = start_checked(original)
    assert checked is not original
    for text in ("ſync", "SYNC", "OK", "oK", "x ſYNC"):     # 'ſ' folds to 's', 'K' (Kelvin) to 'k'
        assert _found(checked, text) == _found(original, text) != ([], None)


def test_pattern_that_may_start_anywhere_is_left_as_it_is():
    original = re.compile(r".{0,8}见")
    assert start_checked(original) is original


def test_the_introducing_words_and_title_find_what_the_one_pattern_found(corpus_lines):
    from parsers.minutes.lines.cues import INTRODUCES, INTRODUCING_TITLE
    whole = re.compile(f"{INTRODUCES.pattern}|^{INTRODUCING_TITLE.pattern}", re.I)     # the pattern before the split
    titles = ["本周（6/18 14:00）质量周会", "项目例会（3/8 周一 10:30）", "项目例会（3/8 周一 10:30）纪要", "Notes from sprint review"]
    texts = titles + corpus_lines + _random_texts(whole, 5000, 11)
    assert sum(bool(whole.search(t)) for t in texts) > 20
    assert all(bool(whole.search(t)) == bool(INTRODUCES.search(t) or INTRODUCING_TITLE.match(t)) for t in texts)

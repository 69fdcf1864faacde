"""The parser on a fifth held-out set, written blind (by a helper that had not read the parser) and kept sealed while
the parser was tuned on two other blind sets (heldout4, heldout6): tests/data/heldout5 — a restaurant chain, a county
health commission and its hospitals, a securities firm, a game studio in Singapore and Hong Kong (39 mails, 122 items).

Its first score, before anything was changed: items F1 0.783, due 0.936, owner 1.000, flags 0.968, kind 0.974,
reply 0.750, follow-up 0.900. After the session's general work (tuned on other sets, this one unseen): items F1 0.865,
due 0.981, owner 1.000, flags 0.981, kind 1.000, reply 0.750, follow-up 0.933. Its misses were not read before that
second score.

Its misses were then read and fixed from structure, each first on a variant written elsewhere
(tests/test_parsers_minutes_writers7.py): items F1 0.865 -> 1.000, follow-up 0.933 -> 1.000, reply 0.750 -> 1.000,
flags 0.981 -> 0.984, due 0.981 -> 0.959 (more items matched, five of their deadlines read otherwise by parsers/dates:
those are what is left below).

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT5 = Path(__file__).resolve().parent / "data" / "heldout5"
KNOWN = {
    '903-wg-franchise-lead-assist-outlook': "due of '确认开业日期（初定12月28日），下周一前回复陈总': parsers/dates/grouping.py joins the date inside the bracket and the 下周一 after '），' into one phrase (12-28, weekday_mismatch) where the deadline is 下周一前 (12-08); a dates-reader question, not changed here",
    '911-wj-yishi-ershi-dispatch-outlook': "due of 四是 '节后第一个工作日': read after Mid-Autumn (the nearest holiday, 2026-09-28) where the gold reads National Day from the lines around it (2026-10-08); which 节 a bare 节后 means is the dates reader's question",
    '922-hy-inspection-same-task-own-numbering': "due of item 10 '限制性名单更新改为T+0，下周一起执行并书面反馈': '下周一起' is when a standing rule starts, read as no deadline (no_due); the gold takes the start as the due of the written feedback (2026-07-13), which the gold itself calls ambiguous",
    '925-hy-cab-english-new-years-eve-exchange': "due of 'on the first working day of January': an English working-day phrase parsers/dates does not read (2026-01-04, a make-up Sunday), so the item is no_due; a dates-reader phrase, not changed here",
    '933-lf-hk-person-headings-cantonese-utf8': "due of '聽朝10點前': the Cantonese 聽朝 (tomorrow morning) is not read as a day by parsers/dates, so 10点前 falls on the send day (2026-01-21 10:00 for 01-22 10:00); a dates-reader word, not read here",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT5, KNOWN)


def test_heldout5_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT5 / "make_heldout5.py", tmp_path, least=30)

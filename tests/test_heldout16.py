"""Minutes from a sixteenth blind set (written by a helper that had not read the parser): tests/data/heldout16 — a
Nanjing pharmaceutical distributor, a Dalian seafood exporter, a Beijing growth team and a Guiyang data-centre
construction project, 40 mails (30 minutes with 100 gold items, 6 replies, 3 auto, 1 other). Kept sealed all
session and never tuned on: items F1 0.814, due 0.899, owner 1.000, flags 0.911, kind 0.975, reply 0.833, follow-up
0.833 on 34edb24 (the session's start), at its arrival (3352eca, after the first round) and on 3f673f9 and the final
main (after the second round, which lifted heldout14 from 0.894 to 0.984 and heldout15 from 0.859 to 0.921): the
tuning of both rounds did not reach these writers. Its misses were then read in a short round (tune18a, tune18b),
with variants in tests/test_parsers_minutes_writers19a.py and 19b.py: items F1 0.848, due 0.964, flags 0.976, reply
1.000, follow-up 0.933.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT16 = Path(__file__).resolve().parent / "data" / "heldout16"
KNOWN = {
    '3009-seafood-japan-buyer-english-jst': 'read (tune18a/b), not fixed: owners and tasks now parse cleanly, but gold restates the English tasks in Chinese, so the task match fails (a debatable gold)',
    '3010-seafood-person-headings-foxmail': 'read (tune18a/b), not fixed: under person headings, status lines (已报修) and a rule line (即日起执行) are still read as items, and one task keeps its lead-in',
    '3011-seafood-korean-buyer-bilingual': "read (tune18a/b), not fixed: Korean/Chinese bilingual lines: '까지' deadlines and the '드림' sign-off are not read (the KST next meeting is, since session 11)",
    '3019-growth-excel-tsv-spring-festival': "read (tune18a/b), not fixed: '3月初' gives the 5th by the date policy (EARLY_MONTH_DAY; SPEC lists 下月初 as a period end); gold wants vague_due",
    '3023-dc-jianli-weekly-meeting-formal': "read (tune18a/b), not fixed: a supervisor's directive prose with the owner after a role ('要求总包安全员韦刚整改…'): 4 items missed, 1 extra",
    '3025-dc-zhenggai-tongzhidan-table-holidays': 'read (tune18a/b), not fixed: a 复查时间 of half a day should be a follow-up with no time (the 整改要求 column, which lost to 隐患描述 on one row, is the task since session 21)',
    '3027-dc-next-meeting-two-lines-apple': "read (tune18a/b), not fixed: '4月初前' gives the 5th by the date policy; gold wants vague (the same policy question as 3019)",
    '3031-pharma-training-decisions-one-request': 'read (tune18a/b), not fixed: a request to a group inside training minutes is missed',
    '3037-pharma-tracking-table-midautumn-national': "read (tune18a/b), not fixed: '节后第一个工作日' sent on 09-24 is read after the nearest holiday (中秋, 09-28); gold reads it after 国庆 (10-08) from the meeting's title",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT16, KNOWN)


def test_heldout16_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT16 / "make_heldout16.py", tmp_path, least=28)

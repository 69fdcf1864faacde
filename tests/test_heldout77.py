"""Blind set heldout77 (issue #12): 38 mails by a writer who never read the parser — 驻马店豫香坊小磨油业 (Henan), Moher Sensors
(Suqian, Irish-owned, with a Philippine customer), 七台河市茄子河区卫生健康局 (Heilongjiang), 湖州砚溪湖笔 (Zhejiang, with a Latvian
customer). Scored once on a3ae1b6 (this session's third parser commit): items F1 0.935 (P 0.922, R 0.949), due 0.968,
flags 0.979, kind 1.000, next follow-up 0.933 (on 42800f4: 0.930).

Read in part in session 21: 10502, 10505, 10506, 10513, 10517, 10518 and 10520 led to
tests/test_parsers_minutes_writers58.py (items F1 0.969, due 0.979, flags 0.989, next follow-up 0.967 since); the
misses named below as read are policies or readings not made, the others are not read yet.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with what
the scorer still finds wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT77 = Path(__file__).resolve().parent / "data" / "heldout77"
UNREAD = "not read yet (a blind miss of heldout77): "
READ = "read, not fixed: "
KNOWN = {
    "10503-coremail-gov-yishi-zerendanwei": UNREAD + 'missed item None: 完成辖区65岁及以上常住老年人健康体检预约登记并报送名册',
    "10507-wecom-re-old-thread-new-weekly-minutes": UNREAD + 'missed item None: 报送药品零差率补助申报材料; due 2026-05-21 None != 2026-05-22 None (汇总药品零差率补助申报材料并报局里)',
    "10512-thunderbird-flowed-wrapped-items-nested-brackets": UNREAD + 'due 2026-07-03 None != 2026-07-03 17:00 (办理善琏湖笔文化节参展报名)',
    "10519-m365-english-ai-prefix-at-mentions": READ + "'no date yet' is no_due to us (as heldout73 10118's gold reads it); this gold takes vague_due: flags ['no_due'] != ['vague_due'] (get a quote for a spare reflow conveyor belt)",
    "10528-netease-supplier-followup-table-external-owner": UNREAD + 'missed item None: 确定预付比例及价格条款; extra item 范磊: 预付比例及价格条款',
    "10530-m365-english-re-thread-new-minutes-midautumn": UNREAD + 'missed item 仲海涛: release the work order for the Lusong September batch; extra item 仲海涛: Lusong September batch，to release the work order',
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT77, KNOWN)


def test_heldout77_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT77 / "make_heldout77.py", tmp_path, least=38)

"""Minutes from a fifteenth blind set (written by a helper that had not read the parser): tests/data/heldout15 — a
Xiamen tea exporter, a Suzhou biotech CRO, a Shenyang heavy-machinery SOE and a Harbin events company, 38 mails (29
minutes with 98 gold items, 4 replies, 3 auto, 2 other). Kept sealed through this session's first round: items F1
0.859, due 1.000, owner 0.987, flags 0.988, kind 0.921, reply 0.750, follow-up 0.897 both on 34edb24 (the session's
start) and on 5023728 (after the round that lifted heldout13 from 0.752 to 0.996). Its misses were then read on
branch tune17, with variants in tests/test_parsers_minutes_writers18.py: items F1 0.921, due 0.989, owner 0.989,
flags 0.989, kind 0.974, reply 1.000, follow-up 0.931.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT15 = Path(__file__).resolve().parent / "data" / "heldout15"
KNOWN = {
    '2802-tea-dubai-buyer-english-action-gmail': "read (tune17), not fixed: 'Luyan QC to share … ASAP': a team named in English should give no owner (no_owner flag); the flag is not set",
    '2816-cro-prose-paragraph-2027': "read (tune17), not fixed: '下周一去…访视，回来后3月26日前交访视报告' stays one item: a clause chain whose '回来后' step has its own deadline is not split",
    '2821-soe-leader-yishi-ershi-prose': "read (tune17), not fixed: under 工艺科 plus '报分管领导审定', a unit-only owner should give no_owner; the item goes to 刘振东",
    '2829-ice-wechat-group-paste-voice-typos': 'read (tune17), not fixed: the pasted chat lines are read as items on top of the 整理待办 list that re-lists them (4 extras)',
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT15, KNOWN)


def test_heldout15_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT15 / "make_heldout15.py", tmp_path, least=28)

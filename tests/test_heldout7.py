"""The parser on a seventh held-out set, written blind (by a helper that had not read the parser): tests/data/heldout7
— a CRO with a Boston sponsor, a metro-construction project office, a university materials institute and a cold-chain
fleet (37 mails: 29 minutes with 100 items, 4 replies, 2 auto mails, 2 others).

Its first score, on main before anything was changed: items F1 0.769, due 0.960, owner 1.000, flags 0.920, kind
1.000, reply 1.000, follow-up 0.897. It was then read and tuned on (issue #12, branch tune7): each miss got a variant
of other words, layout and trade first (tests/test_parsers_minutes_writers8.py), then a reading of the structure.
After: items F1 0.964, due 1.000, owner 1.000, flags 1.000, kind 1.000, reply 1.000, follow-up 1.000. Then (branch
tune12) a remark before the work clause is cut from the task (1225) and a person asked to help with a fronted topic
is given it without a day (1222; variants in test_parsers_minutes_writers13.py): items F1 0.980.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong and why. Its generator needs chinesecalendar (1.11.0 stops at 2026: the script refuses to count
working days in 2027, so its 2027 cases use no working-day or holiday phrase).
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT7 = Path(__file__).resolve().parent / "data" / "heldout7"
KNOWN = {
    '1210-metro-quality-yi-er-blocks-national-day': 'ambiguous call (README): （四） addressed to the supervision unit with '
        'no person and no date reads as a standing requirement, the gold keeps it as a no_owner/no_due item: '
        'missed item None: 加强焊接工序旁站，发现问题立即下发整改通知',
    '1223-univ-japanese-style-tantou-kigen-gmail': 'a bare surname in the owner cell (佐藤) of a sender written 佐藤健 '
        'is not matched (Chinese 2-character names are full names, so a prefix match is not safe): '
        'missed item 佐藤健: 同步辐射XAS测定结果整理; extra item None: 同步辐射XAS测定结果整理',
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT7, KNOWN)


def test_heldout7_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT7 / "gen_heldout7.py", tmp_path, least=29)

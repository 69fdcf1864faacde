"""The parser on an eighth held-out set, written blind (by a helper that had not read the parser): tests/data/heldout8
— a Changchun auto-parts supplier with its German OEM, a provincial media group, a residential property office and a
Hangzhou fintech start-up (41 mails: 30 minutes with 120 items, 6 replies, 3 auto mails, 2 others).

Its first score, at 21610bd (session start, unseen): items F1 0.835, due 0.934, owner 1.000, flags 0.945, kind 0.976,
reply 0.833, follow-up 0.733. After the session tuned on other sets (25fabc8, still unseen) it got worse: items F1
0.792, due 0.940, flags 0.929, kind 0.951, reply 0.833, follow-up 0.733 — rules fitted to other sets broke unseen
mail (1308, 1316, 1317, 1327, 1328). It was then read and tuned on (issue #12, branch tune8): the regressions first,
each by a narrower reading that keeps the test it came from, then the other misses, each with a variant of other
words, layout and trade first (tests/test_parsers_minutes_writers9.py). After: items F1 0.979, due 0.983, owner
1.000, flags 1.000, kind 1.000, reply 1.000, follow-up 0.967. Then (branch tune12) the clause readings a colleague
judged general (1315, 1317, 1319; variants in tests/test_parsers_minutes_writers13.py): items F1 0.996, due 0.983,
follow-up 1.000.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with what
is still wrong and why. Its generator needs chinesecalendar (1.11.0 stops at 2026: the 2027 cases use no
working-day or holiday phrase).
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT8 = Path(__file__).resolve().parent / "data" / "heldout8"
KNOWN = {
    '1309-night-desk-slang-qq': 'a numbered line with neither owner nor date outside an action section is not read as '
        'an item, though its numbered siblings are (no list-context rule yet): missed item None: 标题再过一遍',
    '1313-spring-festival-2026-person-headings-outlook': 'convention (README 4): 除夕前 is due on 除夕 itself (02-16); '
        'the dates parser reads X前 of a holiday as the last working day before it (02-14): due 2026-02-14 != 2026-02-16',
    '1326-excel-range-tsv-mid-autumn-2026': 'ambiguous call (README): the mail names only 中秋, so the bare 节后 of '
        '"节后3个工作日内" is read after Mid-Autumn (09-30); the gold counts after National Day: due 2026-09-30 != 2026-10-10',
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT8, KNOWN)


def test_heldout8_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT8 / "make_heldout8.py", tmp_path, least=30)

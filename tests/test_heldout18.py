"""A blind set of 36 mails (30 minutes, 4 replies, 1 out-of-office, 1 other) written in session 8 by a helper that never read the parser: a Changsha construction-machinery dealer network, a Shanghai law firm's bilingual client minutes, a Lanzhou county government office, a Guangzhou beauty brand with a Korean ODM. First scored on 1ebbab6, before anything was changed for it: items F1 0.883, due 0.966, flags 0.943, kind 0.944, follow-up 0.867. tune19a and tune19b then read its misses by structure: items F1 0.970.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT18 = Path(__file__).resolve().parent / "data" / "heldout18"
KNOWN = {
    '3303-wechat-group-paste-before-national-day':
        "a chat offer asked as a question ('…我这边先拟一版？') approved by the next speaker ('拟，尽快') is one item: an offer "
        "joined with its approval is a reading not built; and '邓总，…我9号先给您初稿' names the boss addressed, not the owner "
        "(its gold calls this counter-offer no item, ambiguous)",
    '3305-new-minutes-in-old-re-thread-spring-festival':
        "'年后代理商提车政策由邓总另行通知' is no item here, but heldout10 counts '培训时间另行通知' as a vague-due item: the golds "
        "disagree, the older one is kept",
    '3320-wecom-forward-own-units-only':
        "the forwarder's preface limits the mail to items (一) and (三) ('请办理第一、三项'); (二), 县交通局's, is still read as a "
        "no-owner item. Its notes mark this ambiguous; a rule for it would fit one case",
    '3321-wrapped-lines-nested-brackets-coremail':
        "hard-wrapped Coremail text: unwrapping does not join a line ending in a digit ('（完成时限：8' + '月20日前…') nor one "
        "ending in a due label and colon ('完成时限：' + '8月底前') (item 3's task is whole since session 18)",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT18, KNOWN)


def test_heldout18_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT18 / "make_heldout18.py", tmp_path, least=36)

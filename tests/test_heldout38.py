"""Blind set heldout38 (issue #12): 38 mails (32 minutes, 3 other, 3 auto) by a writer who never read the parser — a
highway-construction SOE in Nanning (with a county transport bureau and a supervising engineer), a lithium-battery
separator maker in Yibin, a payments fintech in Shenzhen with a Singapore partner, and a German-owned machine-tool plant
in Taicang, April-July 2026 around Qingming, Labour Day and Dragon Boat; a .docx, a PDF and three AI-written minutes
among them. Scored once on 706df8b, before anything was changed for it: items F1 0.938 (P 0.945, R 0.931), due 0.992,
flags 0.983, kind 0.974, next follow-up 0.906. After its misses were read (tests/test_parsers_minutes_writers34.py):
items F1 0.985, due 1.000, flags 1.000, next follow-up 0.938.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT38 = Path(__file__).resolve().parent / "data" / "heldout38"
UNREAD = "not read yet (a blind miss of heldout38): "
KNOWN = {
    "6619-kt-production-weekly-ai-lines-outlook-en": UNREAD + "an action of Kevin Xu's the gold does not record is taken",
    "6625-kt-other-scheduling-discussion-outlook-en": UNREAD + "a scheduling discussion in a thread the bot never saw is "
        "read as a reply",
    "6632-cm-customer-sent-minutes-wecom": "read, not fixed: under '一、沟通事项' (read as information), '双方质量部门8月"
        "上旬召开一次质量改进联合评审会' names no person and no day, so it is no item",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT38, KNOWN)


def test_heldout38_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT38 / "make_heldout38.py", tmp_path, least=38)

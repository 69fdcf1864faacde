"""Blind set heldout44 (issue #12): 38 mails (32 minutes, 3 other, 3 auto) by a writer who never read the parser — the
education bureau of Ruijin, a frozen-dumpling maker in Xinxiang, a legal-tech start-up in Haidian and a Spanish-owned
olive-oil importer in Zhangzhou, with its Spanish parent and a Rotterdam forwarder, April-July 2026 around Qingming,
Labour Day and Dragon Boat; .docx, PDF and AI-written minutes among them. Scored once on e1401cc, before anything was
changed for it: items F1 0.973 (P 0.969, R 0.977), due 0.984, flags 0.992, kind 0.974, next follow-up 0.938 (the same
on 9b42fc1). Its misses were read (tests/test_parsers_minutes_writers36.py): items F1 0.992, next follow-up 1.000.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT44 = Path(__file__).resolve().parent / "data" / "heldout44"
UNREAD = "not read yet (a blind miss of heldout44): "
KNOWN = {
    "7204-os-supply-sync-ai-lines-outlook-en": UNREAD + "a due is read from a later clause of the line (05-30) instead "
        "of its own (04-09)",
    "7214-lx-corrected-checklist-resend-in-thread": UNREAD + "the writer's note on what the re-send corrects ('…的评测报告"
        "改到…，另外漏了程雪的一条') is taken as an item",
    "7223-os-management-action-lines-owa-utc": UNREAD + "'Action: Anouk (Van Dijk) - send … - EOD': the company in "
        "brackets after the name hides the trailing due",
    "7238-rj-summer-repairs-rowspan-table-coremail-gb18030": UNREAD + "a row of a table with merged (rowspan) cells is "
        "missed",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT44, KNOWN)


def test_heldout44_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT44 / "make_heldout44.py", tmp_path, least=38)

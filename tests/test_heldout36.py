"""Blind set heldout36 (issue #12): 38 mails (32 minutes, 3 other, 3 auto) by a writer who never read the parser — a
city bus group in Bengbu, a furniture maker in Nankang, a restaurant SaaS start-up in Chengdu and a Japanese-owned
auto-lamp plant in Zhaoqing, with American, German, Japanese and Taiwanese writers, April-July 2026 around Qingming,
Labour Day and Dragon Boat; a .docx, a PDF, a Teams Copilot recap and an ISO-2022-JP mail among them. Scored once on
439ec1b, before anything was changed for it: items F1 0.924 (P 0.937, R 0.911), due 0.970, flags 0.977, kind 0.947,
next follow-up 0.906. One of its misses was read (tests/test_parsers_minutes_writers33.py): due 0.977, flags 0.985;
seven more (tests/test_parsers_minutes_writers34.py): items F1 0.959, due 0.993, flags 0.993, next follow-up 0.938.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong (the session that scored it ran out of time for the rest).
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT36 = Path(__file__).resolve().parent / "data" / "heldout36"
UNREAD = "not read yet (a blind miss of heldout36): "
KNOWN = {
    "6404-bb-dragon-boat-minutes-docx-attachment": UNREAD + "in .docx formal minutes, a unit's point keeps its topic in "
        "the task, a standing rule ('各分公司要严格执行…') is taken as an item, and 端午 gives a next meeting",
    "6406-bb-other-consultant-request-126-gbk": UNREAD + "a consultant's plain request to one person is read as minutes",
    "6411-mzy-export-review-chat-paste-exmail-gb18030": UNREAD + "the task loses the order it names "
        "('PO#MF-2605第二批订单')",
    "6432-as-hq-dfm-review-jst-next-meeting-two-lines": UNREAD + "a tentative early-June day is read as 5 June; the gold "
        "reads it as vague",
    "6433-as-customer-visit-html-table-outlook": UNREAD + "a decision row of an HTML table ('7月起周交付量由8,000套调整为"
        "9,500套') is taken as an item",
    "6436-as-taiwan-mold-maker-big5-grouped": "encoding: the set's big5 bytes for ①② are Python's big5 table (C7E9), "
        "which Big5-HKSCS, the decoding the parser gives a big5 label (as Hong Kong mail needs), reads as kana; the "
        "sub-tasks under each person are lost",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT36, KNOWN)


def test_heldout36_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT36 / "make_heldout36.py", tmp_path, least=38)

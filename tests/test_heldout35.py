"""Blind set heldout35 (issue #12): 38 mails (32 minutes, 3 other, 3 auto) by a writer who never read the parser — a
grain-reserve SOE in Zhoukou, a glass-fibre maker in Tai'an, a fresh-food delivery app in Changsha and a Danish-owned
pump factory in Yangzhou, with a Turkish, a Taiwanese and a German writer, April-July 2026 around Qingming, Labour Day
and Dragon Boat; two .docx and a PDF among them. Scored once on 439ec1b, before anything was changed for it: items F1
0.924 (P 0.917, R 0.931), due 0.984, flags 0.992, kind 1.000, next follow-up 0.938. Three of its misses were read
(tests/test_parsers_minutes_writers33.py): items F1 0.943; four more (tests/test_parsers_minutes_writers34.py):
items F1 0.966, due 0.992, flags 0.992, next follow-up 1.000.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong (the session that scored it ran out of time for the rest).
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT35 = Path(__file__).resolve().parent / "data" / "heldout35"
UNREAD = "not read yet (a blind miss of heldout35): "
KNOWN = {
    "6313-supplier-followup-table-exmail-web": UNREAD + "the writer's opening ('和鑫源矿业包经理电话沟通了…，跟进表如下，帮忙"
        "安排复检') is taken as an item above the 外部沟通跟进表",
    "6320-3pl-partner-chat-paste-dingtalk-mail": UNREAD + "pasted DingTalk chat lines that open with an empty '[]' (an "
        "emoji lost in the copy) are read as items",
    "6323-cooperative-126-webmail-makeup-saturday": UNREAD + "the writer's lead-in ('我把商量的事情整理了一下，你们看看有没有"
        "漏的') is taken as an item, and 廖志军's '确定夏季新品种…的收购价' is missed",
    "6327-outlook-mac-wrapped-items-qp": UNREAD + "'讨论结论：7月起数据周报改为…发布' (a decision) is taken as an item",
    "6329-hq-action-lines-cest-next-sync": UNREAD + "'Action: Lars – …' names a person known only from the Participants "
        "line (Lars Bech)",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT35, KNOWN)


def test_heldout35_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT35 / "make_heldout35.py", tmp_path, least=38)

"""Blind set heldout41 (issue #12): 38 mails (32 minutes, 3 other, 3 auto) by a writer who never read the parser — a
water-supply SOE in Liuzhou, a porcelain studio and its e-shop in Jingdezhen, a private orthopaedic hospital in Xuzhou
and a French-owned cosmetics-packaging plant in Jiaxing, with Japanese, French and Taiwanese partners, April-July 2026
around Qingming, Labour Day and Dragon Boat; .docx, PDF and AI-written minutes among them. Scored once on 4e48425,
before anything was changed for it: items F1 0.945 (P 0.965, R 0.926), due 0.986, flags 0.978, kind 0.947, next
follow-up 0.938. Its misses were read (tests/test_parsers_minutes_writers35.py): items F1 0.993.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT41 = Path(__file__).resolve().parent / "data" / "heldout41"
UNREAD = "not read yet (a blind miss of heldout41): "
EVENT = "policy: a span counted from an undated event ('打样确认后10天内', '到货后3个工作日内') is vague_due here, no_due in " \
    "this writer's gold (heldout35 6335 records such a span as vague_due)"
KNOWN = {
    '6910-studio-wechat-chat-paste-mailmaster': "read, not fixed: a pasted chat that restates the list is read line by "
        "line; since session 19 '这周把…' before the work is this week's due, so the chat's '我这周把脚本改一下' reads as an item "
        "(the chat-restates-the-list reading is not built; heldout56 8409 is the same): extra item 邓嘉乐: 把脚本改一下，开场直接上开窑的画面",
    "6907-studio-feishu-ai-minutes-todo-only": UNREAD + "a due the AI minutes restate differently in two places is taken "
        "from the later one",
    "6910-studio-wechat-chat-paste-mailmaster": UNREAD + "a chat line giving a count ('还剩80个，再补200个') is taken as an "
        "item",
    "6913-supplier-163-web-circled-subtasks": EVENT + "; and '7月8日样品寄到后再约时间看样' (a meeting still to be fixed) is "
        "read as the next meeting",
    "6921-hospital-forwarded-minutes-with-preface-exmail": EVENT,
    "6935-other-studio-monthly-newsletter-by-person": UNREAD + "a studio's monthly newsletter a person wrote is read as "
        "minutes",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT41, KNOWN)


def test_heldout41_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT41 / "make_heldout41.py", tmp_path, least=38)

"""Blind set heldout43 (issue #12): 38 mails (32 minutes, 3 other, 3 auto) by a writer who never read the parser — a
tram operator (SOE) in Huai'an, a silk-scarf brand with a Tmall shop in Tonglu, a private eye-hospital chain in
Xiangtan and an American-owned medical-device plant in Qujing, with Singaporean, German, Taiwanese and US partners,
April-July 2026 around Qingming, Labour Day and Dragon Boat; .docx, PDF and AI-written minutes among them. Scored once
on e1401cc, before anything was changed for it: items F1 0.945 (P 0.956, R 0.935), due 0.985, flags 0.985, kind
1.000, next follow-up 1.000 (0.949 on 9b42fc1, whose later readings were not made for it). Its misses were read
(tests/test_parsers_minutes_writers36.py): items F1 0.978.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT43 = Path(__file__).resolve().parent / "data" / "heldout43"
UNREAD = "not read yet (a blind miss of heldout43): "
KNOWN = {
    "7103-gov-supervision-minutes-html-gb18030": UNREAD + "a bureau's directive to a unit ('做好与有轨电车接驳线路的运力衔接') "
        "is missed",
    "7132-agency-minutes-both-sides-163": "policy: '小蒋' is the one Cc person surnamed 蒋 (蒋雨桐), as issue #12 asks of "
        "a surname and a title; this gold (AMBIGUOUS) keeps it as written; and '三、双方' over '共同确定佣金结算方式' is "
        "missed",
    "7133-iphone-one-paragraph-founder": UNREAD + "a one-paragraph note: the task keeps the clause before it ('和章师傅、"
        "宋主管、梦婷过了一下秋冬新品生产，打样三款')",
    "7134-tencent-meeting-ai-minutes-exmail": UNREAD + "a weekday named as when a change takes effect ('增加周六时段') is "
        "read as the due",
    "7135-big5-traditional-consultant-outlook-zhtw": UNREAD + "a due written in Traditional Chinese before a meeting "
        "('7/20會議前') is missed",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT43, KNOWN)


def test_heldout43_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT43 / "make_heldout43.py", tmp_path, least=38)

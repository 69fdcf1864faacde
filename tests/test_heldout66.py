"""Blind set heldout66 (issue #12): 38 mails (30 minutes, 5 other, 3 auto) by a writer who never read the parser — 安庆长锚链业
(Anhui), Kalliste Marine Coatings (Qinzhou, Greek-owned), 上饶市广信区林业局 and 灵山国有林场 (Jiangxi), 琼海椰韵会展服务 (Hainan). Scored
once on 53fa0a0 (items F1 0.929: P 0.961, R 0.899; due 1.000, flags 0.984, kind 0.974, next follow-up 1.000; the same
on ee32c82 and on 810c30d).

Read in session 20: the misses led to the readings of tests/test_parsers_minutes_writers49.py; since then items F1 0.985,
due 1.000, flags 0.985, kind 1.000, next follow-up 1.000. The misses left are named below.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with what the
scorer still finds wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT66 = Path(__file__).resolve().parent / "data" / "heldout66"
UNREAD = "not read yet (a blind miss of heldout66): "
READ = "read, not fixed: "
KNOWN = {
    "9402-foxmail-gbk-supplier-followup-table": READ + "a clause handed by 由 ('另：换批次后到货要重新做附着力抽检，到货后由汪工安排') keeps the whole sentence as its task, below the scorer's likeness to the gold's '到货后安排附着力抽检': missed item 汪海涛: 到货后安排附着力抽检; extra item 汪海涛: 另：换批次后到货要重新做附着力抽检，到货后安排",
    "9410-m365-en-ai-prefix-utc-date": READ + "in 'AI: Owner TBD - get a quote … - TBD' the last field 'TBD' is read as the undecided owner, not as the vague due: flags ['no_due', 'no_owner'] != ['no_owner', 'vague_due'] (get a quote for the second dust extraction unit)",
    "9415-m365-forwarded-hq-minutes-preface-assigns": READ + "items whose owner field is a site ('- Qinzhou -') are dropped, and the preface 'Jack please take #2, Helen #4' is no hand-over form we read: missed item 覃志强: submit the Asia dealer summit budget for approval; missed item 黄海燕: confirm local stock of antifouling AF-77 for the Q4 dry-dock season",
    "9431-qqmail-app-next-meeting-sentence": READ + "policy: a day counted from an event nobody can date ('收到发票后3个工作日内') is vague_due here; this gold takes no_due: flags ['vague_due'] != ['no_due'] (嘉宾礼品付款)",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT66, KNOWN)


def test_heldout66_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT66 / "make_heldout66.py", tmp_path, least=38)

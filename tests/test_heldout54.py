"""Blind set heldout54 (issue #12): 38 mails (32 minutes, 3 other, 3 auto) by a writer who never read the parser —
a Wuhan metro operations SOE, a drone crop-spraying co-operative in Suihua, a translation agency in Xi'an and a
Portuguese-owned cork plant in Dongguan, with a signalling vendor, a Taiwanese client (big5), the Lisbon parent and an
Australian customer writing too; .docx, PDF and AI-written minutes among them.
Scored once on 97ce511, before anything was changed for it: items F1 0.944 (P 0.955, R 0.933), due 0.992, flags 1.000, kind 1.000, next follow-up 0.938.

Session 18 read four of its misses (8208 '还是这个会', 8231 'Next EHS committee meeting:', 8224 '长译：段文轩', 8211 '1、12架…'; tests/test_parsers_minutes_writers43.py): items F1 0.970, next follow-up 1.000.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with what
the scorer still finds wrong (READ: read, with the reason it is not fixed).
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT54 = Path(__file__).resolve().parent / "data" / "heldout54"
UNREAD = "not read yet (a blind miss of heldout54): "
READ = "read, not fixed: "
KNOWN = {
    "8201-soe-special-meeting-coremail": UNREAD + 'extra item None: 前期准备工作扎实，但部分车站应急物资储备不足，补齐',
    "8211-coop-plain-minutes-exmail-gb18030": READ + "'1、12架…' is item 1 since session 18 (a count after the '、'), but the bracketed detail the gold keeps ('（电池、喷头、流量计逐台过一遍）') is cut from the task, and '12架' stays: similarity under 0.5",
    "8213-gov-extension-centre-minutes-gb2312": UNREAD + 'missed item None: 将作业机具、飞手信息报中心植保站备案; missed item None: 组织辖区种植大户参加飞防作业现场观摩会',
    "8216-wrapped-items-two-line-next-exmail": UNREAD + 'missed item 刘大鹏: 组织一次作业安全培训，全体飞手参加',
    "8218-external-followup-table-html-only-exmail": READ + "the row's 负责人 cell (白雪) gives the owner; this gold gives the row to the known person its 解决方案 cell opens with ('潘志勇给出5号机维修结论…'): choosing between a row's owner cell and a person the task opens with needs a rule no other writer has shown yet",
    "8236-docx-qbr-ddmm-dates-outlook": UNREAD + 'due 2026-08-05 None != 2026-05-08 None (Commissioning report for the new rotary press)',
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT54, KNOWN)


def test_heldout54_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT54 / "make_heldout54.py", tmp_path, least=38)

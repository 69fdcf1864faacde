"""Blind set heldout72 (issue #12): 38 mails (30 minutes, 5 other, 3 auto) by a writer who never read the parser —
乐山市市中区数据局 (Sichuan), Bloemhof Genetics (Yuxi, Dutch-owned), 镇江醇和醋业 (Jiangsu, with a Korean importer), 通辽科尔沁牧歌肉业 (Inner
Mongolia, with an Omani buyer). Scored once on 8ee112b0 (items F1 0.952: P 0.949, R 0.956; due 0.961, flags 0.953,
kind 1.000, next follow-up 0.967; the same on 07e1344, the session's start).

Read in session 20 (10003 and 10031: the last test of tests/test_parsers_minutes_writers52.py; items F1 0.959 since)
and session 21 (10004, 10006, 10008, 10013, 10014, 10020, 10023, 10033, 10038: tests/test_parsers_minutes_writers53.py;
items F1 0.982, due 0.985, flags 0.977, next follow-up 1.000 since). What is left is named below: three policies and one
reading not made.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with what the
scorer still finds wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT72 = Path(__file__).resolve().parent / "data" / "heldout72"
UNREAD = "not read yet (a blind miss of heldout72): "
READ = "read, not fixed: "
KNOWN = {
    "10014-forwarded-supplier-minutes-foxmail": READ + "policy: a day counted from an event nobody can date ('收货后3个工作日内') is vague_due, as in heldout66 9431; this gold takes no_due: flags ['vague_due'] != ['no_due'] (收货后完成来料抽检并反馈结果)",
    "10022-korean-partner-summary-gmail-kst": READ + 'policy: "early July" is 07-05 as 7月初 is (this gold: vague_due): due 2026-07-05 None != None None (send the purchase order); flags [] != [\'vague_due\'] (send the purchase order)',
    "10024-collab-tracking-two-owner-cols-netease-html": READ + "policy: the seed 跨部门协作事项跟踪表's 责任人（发起方） owns the row, as 20 earlier golds read it; this gold takes 协作方 and calls it AMBIGUOUS: missed item 刘振东: 7月批次分割规格调整试产; missed item 包文生: 客户验厂接待方案; extra item 其木格: 7月批次分割规格调整试产; extra item 乌日娜: 客户验厂接待方案",
    "10026-urgent-issue-hours-outlook-mac": READ + 'a 问题协调解决记录 whose 问题描述 and 责任人 fields precede a numbered 处置分工 list is read as one more item (the problem itself); a record with no list below is one, so only the list below should tell them apart: extra item 笪红梅: 6年陈香醋500ml批次20260618，华东仓到货开箱发现11瓶瓶盖渗漏',
    "10037-gov-one-table-holidays-outlook-qp": READ + "policy: a day counted from an event nobody can date ('检查结束后5个工作日内') is vague_due here, as in heldout66 9431; this gold takes no_due: flags ['no_owner', 'vague_due'] != ['no_owner', 'no_due'] (检查结果全局通报)",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT72, KNOWN)


def test_heldout72_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT72 / "make_heldout72.py", tmp_path, least=38)

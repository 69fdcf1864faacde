"""Blind set heldout69 (issue #12): 38 mails (30 minutes, 5 other, 3 auto) by a writer who never read the parser —
广元市利州区医疗保障局 (Sichuan), 玉林桂香香料 (Guangxi), 安平县联丝网业 (Hebei, with a Saudi customer), Saaz Green Hop Processing (Changji,
Czech-owned). Scored once on b9fe8a8 (items F1 0.952: P 0.967, R 0.937; due 1.000, flags 1.000, kind 1.000, next
follow-up 0.933; 0.948 on 07e1344, the session's start).

Read in session 20: the misses led to the readings of tests/test_parsers_minutes_writers52.py; since then items F1 0.960,
due 1.000, flags 1.000, kind 1.000, next follow-up 1.000. The misses left are named below.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with what the
scorer still finds wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT69 = Path(__file__).resolve().parent / "data" / "heldout69"
UNREAD = "not read yet (a blind miss of heldout69): "
READ = "read, not fixed: "
KNOWN = {
    "9701-gov-yishi-ershi-coremail": READ + "a closing point to all ('做好参保政策宣传报道工作') with no unit and no day is read as the meeting's general demand: missed item None: 做好参保政策宣传报道工作",
    "9702-gov-zhuze-peihe-table-outlook-gb2312": READ + 'an owner cell of two people beside a 主责/配合 unit cell gives the row to the second named: missed item 敬朝阳: 完成异地就医备案系统与市平台数据对接测试; extra item 向红梅: 完成异地就医备案系统与市平台数据对接测试',
    "9706-gov-review-and-new-items-html-only-netease": READ + "a general point ('做好汛期值班安排') under new items with no unit or day is dropped: missed item None: 做好汛期值班安排",
    "9707-gov-onsite-check-hours-wecom": READ + "an unowned step with no day ('将检查结果录入监管平台') is dropped: missed item None: 将检查结果录入监管平台",
    "9712-spc-same-task-two-owners-feishu": READ + "a unit with its stand-in in brackets ('原料仓（春燕代管）：') is not read as the person: missed item 庞春燕: 提交6月盘点差异分析表; extra item None: 原料仓（春燕代管）：提交6月盘点差异分析表",
    "9720-msh-docx-internal-record-outlook": READ + "the .docx record's 问题描述 cell is read as an item beside its 解决方案: extra item 封立新: 客户反馈第一柜约3%网片焊点脱焊。现场复核：焊接电流偏低、焊机电极磨损；在库同批次网片需全检",
    "9736-gov-corrected-resend-outlook-thread": READ + 'as 9702 (the same table, re-sent corrected): missed item 敬朝阳: 完成异地就医备案系统与市平台数据对接测试; extra item 向红梅: 完成异地就医备案系统与市平台数据对接测试',
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT69, KNOWN)


def test_heldout69_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT69 / "make_heldout69.py", tmp_path, least=38)

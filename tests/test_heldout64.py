"""Blind set heldout64 (issue #12): 38 mails (30 minutes, 5 other, 3 auto) by a writer who never read the parser — Tandil
Agro Implements (Qiqihar, Argentine-owned), 固原市原州区住房和城乡建设局 and 原州城投 (Ningxia), 宝鸡钛源精工 (Shaanxi, with an Australian
customer), 库尔勒孔雀河棉纺 (Xinjiang, with a Moroccan customer). Scored once on 9014001 (items F1 0.955: P 0.955, R 0.955;
due 1.000, flags 1.000, kind 1.000, next follow-up 0.967; the same on 07e1344, the session's start).

Not read yet.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with what the
scorer still finds wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT64 = Path(__file__).resolve().parent / "data" / "heldout64"
UNREAD = "not read yet (a blind miss of heldout64): "
READ = "read, not fixed: "
KNOWN = {
    "9205-tandil-grouped-by-person-thunderbird-flowed-duanwu": UNREAD + "next_followup {'start': '2026-06-24T09:00:00+08:00', 'end': None, 'location': None} != {'date': '2026-06-24', 'time': '15:00'}",
    "9206-tandil-feishu-ai-minutes-todo-only": UNREAD + 'extra item 曲文静: 生产部计划员',
    "9213-gov-duban-taizhang-excel-paste-outlook": UNREAD + 'extra item 海军: 既有住宅加装电梯试点申报',
    "9219-tiyuan-dingtalk-ai-minutes-todo-only": UNREAD + 'extra item 权鹏: 00:01：主要看0601这个批次，大家先说一下情况; extra item 贺婷: 03:25：金相照片我整理出来发群里; extra item 同建军: 没有问题',
    "9223-tiyuan-pdf-minutes-attachment-outlook-en": UNREAD + 'missed item 寇思远: Update packaging to double bag + desiccant; missed item Tom Whitaker: Share incoming inspection results for lot 7; missed item 权鹏: Close NCR-2607 with effectiveness check',
    "9232-soe-lianxi-huiyi-external-writer-mailmaster": UNREAD + 'missed item None: 道路占挖审批手续办理; missed item None: 施工围挡公益广告规范设置',
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT64, KNOWN)


def test_heldout64_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT64 / "make_heldout64.py", tmp_path, least=38)

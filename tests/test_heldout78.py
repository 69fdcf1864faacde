"""Blind set heldout78 (issue #12): 38 mails (29 minutes, 6 other, 3 auto) by a writer who never read the parser —
十堰武当传动轴 (Shiyan) and its Kenyan distributor Tsavo Motor Spares, 哈密市伊州区发展和改革委员会, 晋城泽州水务集团 (Jincheng), 建阳窑火建盏
(Jianyang). Scored once on 0144534 (items F1 0.906: P 0.925, R 0.888; due 0.982; flags 1.000; next follow-up 0.966;
kind 0.947) — the same on a97782d, the session's start.

Read in session 22 (tests in test_parsers_minutes_writers61.py, test_message_preface_pointer.py): 0.906 -> 0.980; what
is left is named below.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with what the
scorer still finds wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT78 = Path(__file__).resolve().parent / "data" / "heldout78"
UNREAD = "not read yet (a blind miss of heldout78): "
READ = "read, not fixed: "
KNOWN = {
    "10610-yz-gov-special-meeting-coremail-yishi-ershi": UNREAD + 'missed item 古丽娜尔·买买提: 督促各监测点按周报送农副产品价格数据',
    "10614-yz-gov-grain-collab-tracking-table-coremail": UNREAD + 'due 2026-06-30 None != 2026-07-10 None (粮食应急保障企业名单更新)',
    "10621-zz-soe-burst-pipe-hours-mailmaster-saturday": READ + 'the 问题协调解决记录表 record: its 问题描述 is read as the task (责任部门 as unit) while the ①② steps under 处置安排 are the work: extra item None: 凤台街与泽州路交叉口DN400供水主管凌晨4:40爆管，周边约2100户停水',
    "10632-yz-other-agenda-reply-coremail": UNREAD + 'kind minutes != other; extra item 赵婷: 三季度专项债项目申报准备。相关材料我发给办公室',
    "10637-yh-kiln-weekly-report-done-vs-plan-qqmail-app": READ + 'policy-adjacent: "（春生负责包装）" after the task names a person with a share of it (包装); we take no owner from a bracket that says 负责 + a verb, the gold takes him: missed item 连春生: 备好200只中秋礼盒款; extra item None: 备好200只中秋礼盒款',
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT78, KNOWN)


def test_heldout78_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT78 / "make_heldout78.py", tmp_path, least=38)

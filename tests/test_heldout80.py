"""Blind set heldout80 (issue #12): 38 mails (30 minutes, 5 other, 3 auto) by a writer who never read the parser —
安顺市西秀区自然资源局 (Anshun), Ruhuna Coir Geotextiles (Jinhua, Galle), 邢台骏童童车 (Xingtai) and its Colombian customer, 银川朔方甘草生物科技
(Yinchuan) and its Hungarian buyer. Scored once on 0144534 (items F1 0.925: P 0.925, R 0.925; due 0.984; flags 0.984;
next follow-up 1.000) — 0.922 on a97782d, the session's start.

Read in session 22 (tests in test_parsers_minutes_writers61.py, 62.py): 0.925 -> 0.944 (one more row of 10813 read as
work of nobody named); what is left is named below.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with what the
scorer still finds wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT80 = Path(__file__).resolve().parent / "data" / "heldout80"
UNREAD = "not read yet (a blind miss of heldout80): "
READ = "read, not fixed: "
KNOWN = {
    "10811-en-apple-prose-x-to": READ + "'Zhenhua and Xiaofeng to agree … ; Zhenhua to circulate it' gives both an item (the policy of 'A + B'); this gold takes the one who delivers: extra item 楼晓峰: agree the new in-process sampling plan; Zhenhua to circulate it",
    "10813-fw-customer-minutes-en-preface-m365": READ + "'我方（何建平）负责…' keeps 我方负责 in the task; '鲁胡纳楼工…' (楼 is no surname we list) names no owner: missed item 叶子豪: 提交CB-700椰纤毯与锚钉的分批供货计划; missed item 楼晓峰: 出具椰纤毯抗拉强度及降解周期检测报告复印件; extra item None: 鲁胡纳叶经理提交CB-700椰纤毯与锚钉的分批供货计划; extra item None: 鲁胡纳楼工出具椰纤毯抗拉强度及降解周期检测报告复印件",
    "10816-feishu-ai-minutes-todo-only": READ + "policy: a day counted from an event nobody can date ('到港后2个工作日内') is vague_due; and '楼晓峰 @胡振华 一起修订…' goes to the mention, where this gold takes the first-named: missed item 楼晓峰: 修订烘干工序作业指导书（v3.2）; extra item 胡振华: 一起修订烘干工序作业指导书（v3.2）; flags ['vague_due'] != ['no_due'] (跟进斯里兰卡椰壳纤维到港情况)",
    "10819-collab-tracking-two-owner-columns-coremail": READ + "policy: the seed 跨部门协作事项跟踪表's 责任人（发起方） owns the row, as 20 earlier golds and heldout76, 77, 79 read it; this gold takes 协作方 and calls it AMBIGUOUS (as heldout68 9622, 72 10024, 75 10305): missed item 许文博: 车架焊接工装改造; missed item 高秀娟: 哥伦比亚订单轮胎备货; missed item 李建业: 跌落测试样箱及场地准备; missed item 张雨萌: 5月出口报关单据整理移交; extra item 赵铁军: 车架焊接工装改造; extra item 刘思彤: 哥伦比亚订单轮胎备货; extra item 孟庆华: 跌落测试样箱及场地准备; extra item 田雅静: 5月出口报关单据整理移交",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT80, KNOWN)


def test_heldout80_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT80 / "make_heldout80.py", tmp_path, least=38)

"""Blind set heldout70 (issue #12): 38 mails (30 minutes, 5 other, 3 auto) by a writer who never read the parser —
黄石市下陆区水利和湖泊局 (Hubei), 六安羽丰羽绒制品 (Anhui, with a French customer), Lindqvist Saw Tools (Yongkang, Swedish-owned),
菏泽花韵牡丹生物科技 (Shandong, with a Cambodian distributor). Scored once on b9fe8a8 (items F1 0.902: P 0.914, R 0.891; due
0.981, flags 0.981, kind 0.974, next follow-up 0.967; the same on 07e1344, the session's start).

Read in session 20: the misses led to the readings of tests/test_parsers_minutes_writers52.py; since then items F1 0.950,
due 0.982, flags 0.982, kind 1.000, next follow-up 1.000. The misses left are named below.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with what the
scorer still finds wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT70 = Path(__file__).resolve().parent / "data" / "heldout70"
UNREAD = "not read yet (a blind miss of heldout70): "
READ = "read, not fixed: "
KNOWN = {
    "9802-gov-pdf-attachment-coremail-dragon-boat": READ + "the PDF's points whose owner is named after the work ('…调试（石磊负责）') are read without their owner: missed item 石磊: 完成沿湖低洼片区3处临时泵站调试; missed item 占海燕: 报送第一期汛情周报; extra item None: 完成沿湖低洼片区3处临时泵站调试，确保随时可以开机; extra item 占海燕: 汛情周报改为每周一报送，报送第一期",
    "9807-seed-external-followup-customer-outlook": READ + "the seed 外部沟通跟进表's ①② cell with an added ③ line ('补充：③…') is read as one more row, and two of its sub-tasks are missed: missed item 邵玲: 安排第三方气味等级检测; missed item 项阳: 更新英文检测说明并发客户; extra item 许德胜: 补充：③整改方案给客户; due 2026-05-22 None != 2026-05-18 None (向客户提交样被整改方案)",
    "9811-supplier-written-minutes-netease-gbk": READ + "a closing ask to all ('…条款各自再看一遍') is dropped: missed item None: 把明年收毛框架协议的条款各自再看一遍",
    "9819-english-re-thread-product-owner-tz": READ + "policy: a day counted from an event nobody can date is vague_due here; this gold takes no_due: flags ['vague_due'] != ['no_due'] (send the grinding-wheel wear data from the pilot run)",
    "9824-nested-brackets-wrapped-lines-coremail-gbk": READ + "a decision left open ('待田总定，暂不安排') is read as an unowned item, and a date in a nested bracket is read before the later one: extra item None: 隔离批次的处置方案（返工或降级）：待田总定，暂不安排; due 2026-06-09 17:00 != 2026-06-16 17:00 (提交牡丹籽油α-亚麻酸含量检测数据（含三批次对比）)",
    "9829-feishu-table-zhuze-peihe-subtasks-in-cell": READ + "a 配合 person of a row's cell is read as a co-owner of its sub-task: extra item 储婷婷: 参加上海家纺展的报名",
    "9830-forward-preface-reassigns-item-m365": READ + "the English preface's hand-over of one item to another person is no form we read: missed item 应晓峰: set up a trial run of 30 blades with the new tooth-set tool; extra item 施宇航: set up a trial run of 30 blades with the new tooth-set tool; flags ['no_due'] != ['no_owner', 'vague_due'] (send their sawing log data)",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT70, KNOWN)


def test_heldout70_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT70 / "make_heldout70.py", tmp_path, least=38)

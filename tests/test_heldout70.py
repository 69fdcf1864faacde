"""Blind set heldout70 (issue #12): 38 mails (30 minutes, 5 other, 3 auto) by a writer who never read the parser —
黄石市下陆区水利和湖泊局 (Hubei), 六安羽丰羽绒制品 (Anhui, with a French customer), Lindqvist Saw Tools (Yongkang, Swedish-owned),
菏泽花韵牡丹生物科技 (Shandong, with a Cambodian distributor). Scored once on b9fe8a8 (items F1 0.902: P 0.914, R 0.891; due
0.981, flags 0.981, kind 0.974, next follow-up 0.967; the same on 07e1344, the session's start).

Not read yet.

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
    "9802-gov-pdf-attachment-coremail-dragon-boat": UNREAD + 'missed item 石磊: 完成沿湖低洼片区3处临时泵站调试; missed item 占海燕: 报送第一期汛情周报; extra item None: 完成沿湖低洼片区3处临时泵站调试，确保随时可以开机; extra item 占海燕: 汛情周报改为每周一报送，报送第一期; owner email None != wangjianping@xxljd.example.gov.cn',
    "9804-forwarded-street-minutes-preface-coremail": UNREAD + 'missed item 胡俊: 对接安装3处简易雨量站; missed item 王建平: 组织网格员开展一次夜间转移演练; extra item None: 区水利和湖泊局胡俊同志对接安装3处简易雨量站，完成安装调试; extra item None: 王建平负责组织网格员开展一次夜间转移演练',
    "9807-seed-external-followup-customer-outlook": UNREAD + 'missed item 邵玲: 安排第三方气味等级检测; missed item 项阳: 更新英文检测说明并发客户; extra item 许德胜: 补充：③整改方案给客户; due 2026-05-22 None != 2026-05-18 None (向客户提交样被整改方案)',
    "9811-supplier-written-minutes-netease-gbk": UNREAD + 'missed item None: 把明年收毛框架协议的条款各自再看一遍',
    "9815-apple-mail-x-to-lines-dragon-boat": UNREAD + 'extra item Magnus Ekström: discuss the 2027 budget frame with Sandviken next week - no action for you yet',
    "9819-english-re-thread-product-owner-tz": UNREAD + "flags ['vague_due'] != ['no_due'] (send the grinding-wheel wear data from the pilot run)",
    "9822-same-task-two-bases-subtasks-dingtalk-plain": UNREAD + "missed item 祁红梅: 完成土壤墒情检测; missed item 祁红梅: 秋季分株用的种苗挑选; missed item 崔亮: 完成土壤墒情检测; missed item 崔亮: 滴灌管网检修; missed item 樊青: 两个基地的土样检测报告汇总后出一份对比分析; next_followup {'start': '2026-07-10T09:00:00+08:00', 'end': None, 'location': None} != {'date': '2026-07-17', 'time': '08:00'}",
    "9824-nested-brackets-wrapped-lines-coremail-gbk": UNREAD + 'extra item None: 隔离批次的处置方案（返工或降级）：待田总定，暂不安排; due 2026-06-09 17:00 != 2026-06-16 17:00 (提交牡丹籽油α-亚麻酸含量检测数据（含三批次对比）)',
    "9829-feishu-table-zhuze-peihe-subtasks-in-cell": UNREAD + 'extra item 储婷婷: 参加上海家纺展的报名',
    "9830-forward-preface-reassigns-item-m365": UNREAD + "missed item 应晓峰: set up a trial run of 30 blades with the new tooth-set tool; extra item 施宇航: set up a trial run of 30 blades with the new tooth-set tool; flags ['no_due'] != ['no_owner', 'vague_due'] (send their sawing log data)",
    "9832-other-reschedule-request-m365": UNREAD + 'kind minutes != other; extra item 应晓峰: is at a customer on and I would like him in the call',
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT70, KNOWN)


def test_heldout70_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT70 / "make_heldout70.py", tmp_path, least=38)

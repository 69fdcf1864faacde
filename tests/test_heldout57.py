"""Blind set heldout57 (issue #12): 38 mails (30 minutes, 5 other, 3 auto) by a writer who never read the parser —
a kite maker in Weifang, an Irish-owned contact-lens plant in Changzhou (its Galway parent writes English), a district
emergency-management bureau in Lishui and a guesthouse chain in Dali; .docx and PDF minutes, AI minutes among them.
Scored once on 810c30d, before anything was changed for it: items F1 0.906 (P 0.902, R 0.910), due 0.982, flags 0.991, kind 0.974, next follow-up 0.833.

Session 19 read its follow-up misses ('再次会商', '其他事下周一例会再说', "we pick up again on …", '过一遍进度',
'15:00 Galway / 22:00 Changzhou'; tests/test_parsers_minutes_writers44.py and 45.py) and 8516 and 8529 (policies, below):
items F1 0.906, next follow-up 1.000; then 8512 ('…我自己盯，月底前…'): items F1 0.918. The others are not read
yet.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with what
the scorer still finds wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT57 = Path(__file__).resolve().parent / "data" / "heldout57"
UNREAD = "not read yet (a blind miss of heldout57): "
READ = "read, not fixed: "
KNOWN = {
    "8501-nc-record-foxmail-gbk-qingming": UNREAD + 'missed item 邱露: 上架预售链接; due 2026-04-10 None != 2026-04-07 None (安排样品试飞)',
    "8511-outlook-en-owner-due-blocks": UNREAD + 'missed item 林思雨: 2026 H1 internal audit close-out; extra item 曹阳: Customer complaint trend, Q2',
    "8516-outlook-excel-paste-collab-tracking": READ + "the seed 跨部门协作事项跟踪表's two 责任人 columns: this gold takes 责任人（协作方） and calls it AMBIGUOUS; the parser takes 责任人（发起方）, as 20 earlier golds do: missed item 谭志勇: 风筝会展位设计方案; missed item 刘振东: 风筝会参展样品备货（200只）; missed item 许佳: 展会期间直播方案; missed item 蒋敏: 参展费用预算; extra item 韩梅: 风筝会展位设计方案; extra item 韩梅: 风筝会参展样品备货; extra item 赵一鸣: 展会期间直播方案; extra item 韩梅: 参展费用预算",
    "8517-outlook-pdf-attachment-gov-minutes": UNREAD + 'missed item 朱立新: 提交平台升级需求书; extra item 朱立新: 会同区大数据局提交平台',
    "8526-wecom-zhuze-subtasks-relative-event": UNREAD + "extra item 段志华: 开业筹备; due None None != 2026-08-19 None (开业接待流程演练); flags ['no_due'] != [] (开业接待流程演练)",
    "8529-exmail-issue-coordination-table-weekend": READ + 'policy: in the seed 问题协调解决记录表 the task is the 解决方案 cell, as 16 earlier golds read it; this gold takes 问题描述 (the parser takes 问题描述 only where no 解决方案 is written): missed item 李绍明: 双廊店海景房热水忽冷忽热; missed item 董佳怡: 携程两条差评（热水问题）需回复; missed item 和丽: 受影响客人补偿方案; extra item 李绍明: 更换恒温阀，备用热水器先顶上; extra item 董佳怡: 统一回复口径后回复; extra item 和丽: 每间赠一晚或退半价，二选一',
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT57, KNOWN)


def test_heldout57_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT57 / "make_heldout57.py", tmp_path, least=38)

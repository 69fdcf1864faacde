"""Blind set heldout60 (issue #12): 38 mails (30 minutes, 5 other, 3 auto) by a writer who never read the parser —
a goji processor in Zhongning (Ningxia), a Finnish joint-venture forestry-machinery plant in Mudanjiang (writes English),
a district transport bureau in Tianshui with its state-owned investment company, and a dive resort in Sanya; .docx and PDF
minutes among them.
Scored once on 7b10c9a, before anything was changed for it: items F1 0.913 (P 0.899, R 0.928), due 0.991, flags 0.991, kind 0.974, next follow-up 1.000 (810c30d, the session's start, scored it the same).

Session 19 read four of its misses (a request to move a meeting is a letter; a '责任股室及人员' column with
'主责：…；配合：…' cells; a forward's 'Howard, item 3 is yours now' and '第3条改成萱萱负责'; tests/test_parsers_minutes_writers46.py):
items F1 0.964; the others are not read yet.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with what
the scorer still finds wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT60 = Path(__file__).resolve().parent / "data" / "heldout60"
UNREAD = "not read yet (a blind miss of heldout60): "
READ = "read, not fixed: "
KNOWN = {
    "8806-kaarna-helsinki-checkboxes-gmail": UNREAD + "flags ['no_due'] != ['vague_due'] (update chapter 7 of the service manual)",
    "8809-kaarna-grouped-by-person-thunderbird-flowed": UNREAD + 'extra item 王立新: Scrap rate on the boom welds is down to 1.8% (was 2.6%), nice work',
    "8814-shanlan-grouped-by-person-titles-apple-mail": UNREAD + 'missed item 邢丽: 安排循环泵30%预付款; due 2026-06-03 None != 2026-06-15 None (泳池循环泵更换)',
    "8815-qiyuan-customer-visit-report-netease": UNREAD + 'missed item 何蕾: 出一版门店扫码购的二维码页面; missed item 白玉兰: 提供门店周销量数据（每周一发，首次6月8日）; extra item 丁文博: 出一版门店扫码购的二维码页面; extra item None: 白经理提供门店周销量数据，每周一发我们，首次',
    "8827-qiyuan-by-department-subtasks-wrapped-outlook": UNREAD + 'extra item 田国栋: 冷库温度记录改为每4小时一次，执行',
    "8834-shanlan-typhoon-brief-notes-mailmaster": UNREAD + 'missed item 陈海波: 船只避风锚地联系; extra item 陈海波: 对接',
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT60, KNOWN)


def test_heldout60_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT60 / "make_heldout60.py", tmp_path, least=38)

"""Blind set heldout79 (issue #12): 38 mails (30 minutes, 5 other, 3 auto) by a writer who never read the parser —
山东运河属具科技 (Liaocheng), Nemunas Photonics (Yingkou, Vilnius) and its Bangladeshi customer, 酒泉市肃州区水务局 and 肃州供排水公司
(Jiuquan), 常德安途头盔 (Changde). Scored once on 0144534 (items F1 0.918: P 0.918, R 0.918; due 0.955; flags 0.920; next
follow-up 0.900) — the same on a97782d, the session's start.

Read in session 22 (tests in test_parsers_minutes_writers60.py, test_message_two_clocks.py): 0.918 -> 0.967, follow-up
0.900 -> 1.000; what is left is named below.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with what the
scorer still finds wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT79 = Path(__file__).resolve().parent / "data" / "heldout79"
UNREAD = "not read yet (a blind miss of heldout79): "
READ = "read, not fixed: "
KNOWN = {
    "10708-wecom-seed-collab-tracking-two-owners": UNREAD + 'due 2026-04-24 None != 2026-05-15 None (尾灯电池仓结构优化)',
    "10711-outlook-utf8-docx-minutes-attachment": UNREAD + 'extra item 伊春来: 钢材价格联动条款谈判',
    "10719-m365-english-grouped-by-owner": UNREAD + "flags ['no_due', 'no_owner'] != ['no_owner', 'vague_due'] (Q3 delivery forecast to Karnaphuli)",
    "10720-outlook-gb2312-seed-external-followup-supplier": UNREAD + "flags ['vague_due'] != ['no_due'] (若不能改料，调整6月下旬排产，优先安排库存可用型号)",
    "10721-wecom-excel-pasted-rectification-list": UNREAD + "flags ['no_due'] != ['vague_due'] (补发劳保鞋并按季度核对)",
    "10722-outlook-gov-docx-yishi-zerendanwei": UNREAD + 'missed item None: 做好城区供水价格调整成本监审资料准备',
    "10723-gmail-english-ai-prefix-two-timezones": UNREAD + 'extra item 鲍雪: agree the incoming inspection criteria for CaF2',
    "10725-apple-mail-same-time-next-wednesday": READ + 'task wording: "本周内把邀请名单定下来（约35家经销商）" keeps the verb phrase and cuts the trailing note, the gold rewrites it: missed item 伊春来: 确定经销商大会邀请名单（约35家经销商）; extra item 伊春来: 把邀请名单定下来',
    "10728-dingtalk-mail-sub-tasks-mid-autumn": UNREAD + 'missed item None: 拟定中秋员工福利发放方案',
    "10730-outlook-plain-gb2312-mid-autumn-national-day": READ + 'the event-relative "施工前3天" stays in the task (no day to read), the gold rewrites it: missed item 韦成: 在小区张贴停水公告; extra item 韦成: 停水公告施工前3天在小区张贴',
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT79, KNOWN)


def test_heldout79_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT79 / "make_heldout79.py", tmp_path, least=38)

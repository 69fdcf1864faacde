"""Blind set heldout63 (issue #12): 38 mails (30 minutes, 5 other, 3 auto) by a writer who never read the parser —
巴彦淖尔市临河区农牧局 (Inner Mongolia, a district bureau), 萍乡瓷峰化工填料 (Jiangxi, with an Egyptian customer), Tiszavölgy Sealing
Technologies (Quzhou, Hungarian-owned), 张掖甘泉脱水蔬菜 (Gansu, with a Mexican customer). Scored once on 9014001 (items F1
0.959: P 0.967, R 0.951; due 0.991, flags 0.983, kind 0.974, next follow-up 0.933; the same on 07e1344, the session's
start).

Not read yet.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with what the
scorer still finds wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT63 = Path(__file__).resolve().parent / "data" / "heldout63"
UNREAD = "not read yet (a blind miss of heldout63): "
READ = "read, not fixed: "
KNOWN = {
    "9101-gov-yishi-ershi-outlook-gb2312": UNREAD + 'missed item 贺建军: 组织各乡镇农机合作社召开检修调试现场会',
    "9108-pack-zhuze-peihe-mailmaster-html-only": UNREAD + 'missed item 文超: 确定新型蜂窝陶瓷蓄热体配方; extra item 文超: 确定配方',
    "9109-pack-quality-pdf-foxmail": UNREAD + 'missed item None: 纠正措施效果验证',
    "9116-seal-apple-checkbox-at-mentions": UNREAD + 'missed item None: look at the compressor noise',
    "9119-seal-other-site-newsletter-outlook": UNREAD + "kind minutes != other; extra item 王俊峰: welcome our new process engineer, Rui, who joins Péter's team",
    "9121-seal-forwarded-customer-minutes-preface": UNREAD + "due None None != 2026-08-16 None (send the failed seals back by courier); flags ['no_due'] != [] (send the failed seals back by courier)",
    "9131-gov-yiding-nested-brackets-coremail-html": UNREAD + 'missed item 杜文静: 秸秆还田补贴资金兑付; extra item 杜文静: 对照核查结果抓紧兑付，不得截留挪用',
    "9133-seal-m365-docx-english-supplier-review": UNREAD + "flags [] != ['no_owner'] (Submit 8D corrective action for the black-speck contamination)",
    "9134-veg-mid-autumn-national-day-foxmail-mac": UNREAD + "next_followup None != {'date': '2026-09-07', 'time': '09:00'}",
    "9135-gov-dispatch-by-unit-titles-foxmail-gbk": UNREAD + 'missed item 其木格: 上报规模养殖场防暑降温措施落实情况; extra item 其木格: 高温天气畜禽防暑工作要长期抓好',
    "9136-seal-m365-decisions-only": UNREAD + "next_followup {'start': '2026-12-31T09:00:00+08:00', 'end': None, 'location': None} != None",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT63, KNOWN)


def test_heldout63_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT63 / "make_heldout63.py", tmp_path, least=38)

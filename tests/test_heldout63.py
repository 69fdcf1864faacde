"""Blind set heldout63 (issue #12): 38 mails (30 minutes, 5 other, 3 auto) by a writer who never read the parser —
巴彦淖尔市临河区农牧局 (Inner Mongolia, a district bureau), 萍乡瓷峰化工填料 (Jiangxi, with an Egyptian customer), Tiszavölgy Sealing
Technologies (Quzhou, Hungarian-owned), 张掖甘泉脱水蔬菜 (Gansu, with a Mexican customer). Scored once on 9014001 (items F1
0.959: P 0.967, R 0.951; due 0.991, flags 0.983, kind 0.974, next follow-up 0.933; the same on 07e1344, the session's
start).

Read in session 20: the misses led to the readings of tests/test_parsers_minutes_writers48.py; since then items F1 0.984, due
0.992, flags 0.983, kind 1.000, next follow-up 1.000. The misses left are named below.

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
    "9109-pack-quality-pdf-foxmail": READ + "a label line of no role of ours ('效果验证：6月30日前由品管部统一验证') under the corrective actions is read as a note, not as the unit's item: missed item None: 纠正措施效果验证",
    "9121-seal-forwarded-customer-minutes-preface": READ + '"- this week" closing a dash field after a person the headers know ("Cordillera (Camila) - …") is cut from the task but gives no due (the same line alone gives its Sunday; not traced): due None None != 2026-08-16 None (send the failed seals back by courier); flags [\'no_due\'] != [] (send the failed seals back by courier)',
    "9131-gov-yiding-nested-brackets-coremail-html": READ + "the gold takes the topic ('关于秸秆还田补贴资金兑付') where the unit's sentence is generic ('对照核查结果抓紧兑付，不得截留挪用'); we keep the sentence: missed item 杜文静: 秸秆还田补贴资金兑付; extra item 杜文静: 对照核查结果抓紧兑付，不得截留挪用",
    "9133-seal-m365-docx-english-supplier-review": READ + "an owner cell naming the supplier company ('Jinhua Fluoro', also in the subject) is read as an unknown person: flags [] != ['no_owner'] (Submit 8D corrective action for the black-speck contamination)",
    "9135-gov-dispatch-by-unit-titles-foxmail-gbk": READ + "a standing duty given to a person in one clause ('…防暑工作要长期抓好；7月17日前上报…') stays an item beside the dated one: extra item 其木格: 高温天气畜禽防暑工作要长期抓好",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT63, KNOWN)


def test_heldout63_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT63 / "make_heldout63.py", tmp_path, least=38)

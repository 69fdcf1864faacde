"""Blind set heldout82 (issue #12): 38 mails (30 minutes, 5 other, 3 auto) by a writer who never read the parser —
扬州润帆游艇制造 (Yangzhou) and its Romanian partner, Sialkot Precision Instruments (Weihai), 大庆市住房公积金管理中心 (Daqing), 丽江雪岭酒店
(Lijiang) and its Nepalese partner. Scored once on 3727ba3 (items F1 0.972: P/R 0.972; due 0.986; flags 0.978; next
follow-up 0.967) — the same on a97782d, the session's start.

Read in session 22 (tests in test_parsers_minutes_writers64.py): 0.972 -> 0.986, follow-up 0.967 -> 1.000; some of its
misses not read yet.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with what the
scorer still finds wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT82 = Path(__file__).resolve().parent / "data" / "heldout82"
UNREAD = "not read yet (a blind miss of heldout82): "
READ = "read, not fixed: "
KNOWN = {
    "11007-exmail-tencent-meeting-ai-minutes": UNREAD + "flags ['vague_due'] != ['no_due'] (组织RF-40返修后的水密试验)",
    "11011-wecom-zhuze-peihe-before-dragon-boat": UNREAD + 'due 2026-06-18 08:00 != 2026-06-19 08:00 (客房预留与超售预案)',
    "11012-gmail-english-checkbox-at-mentions": UNREAD + "flags ['no_due', 'no_owner'] != ['vague_due', 'no_owner'] (check the FDA user fee invoice)",
    "11015-mailmaster-external-followup-key-value": READ + "'②如同意，由办公室统一制作宣传展板' in a 外部沟通跟进表 record goes to the row's contact (么晓丹), where the gold takes the unit the step names (办公室, no owner): missed item None: 统一制作宣传展板; extra item 么晓丹: 如同意，由办公室统一制作宣传展板",
    "11026-thunderbird-seed-issue-record-hours": UNREAD + 'missed item 苗志强: 解决RF-42右舷主机燃油管接头渗漏问题; extra item 苗志强: 更换同规格不锈钢接头，全船燃油管路保压复检',
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT82, KNOWN)


def test_heldout82_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT82 / "make_heldout82.py", tmp_path, least=38)

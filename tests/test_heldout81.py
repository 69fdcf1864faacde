"""Blind set heldout81 (issue #12): 38 mails (30 minutes, 5 other, 3 auto) by a writer who never read the parser —
乌海市海勃湾区城市管理综合行政执法局 and 海勃湾区市政设施养护 (Wuhai), 梅州客都金柚食品 (Meizhou) and its Polish buyer, Gulet Marine Refit (Danzhou,
Bodrum), 河源恒拓智能锁业 (Heyuan) and its Brazilian distributor. Scored once on 3727ba3 (items F1 0.851: P 0.858, R 0.844;
due 1.000; flags 1.000; next follow-up 0.867) — the same on a97782d, the session's start.

Read in session 22 (tests in test_parsers_minutes_writers63.py, test_message_two_clocks.py): 0.851 -> 0.930, follow-up
0.867 -> 0.967; some cases not read yet.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with what the
scorer still finds wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT81 = Path(__file__).resolve().parent / "data" / "heldout81"
UNREAD = "not read yet (a blind miss of heldout81): "
READ = "read, not fixed: "
KNOWN = {
    "10901-gov-yishi-ershi-outlook-gb2312": UNREAD + "missed item None: 加强占道经营常态化管控，与各街道建立联动机制; next_followup {'start': '2026-03-31T09:00:00+08:00', 'end': None, 'location': '各科室、中队要严格落实首问负责制'} != None",
    "10902-gov-docx-duty-table-coremail": UNREAD + 'extra item None: 每周五下午向市容环境卫生科报送工作进展，市容环境卫生科汇总后报局领导',
    "10905-soe-partner-minutes-duanwu-netease": UNREAD + 'missed item 任国栋: 协调办结占道施工审批; extra item 任国栋: 占道施工审批由城管执法局市政设施科协调',
    "10909-gov-grouped-by-speaker-thunderbird-flowed": UNREAD + 'missed item None: 各科室、中队向办公室报送半年工作总结材料',
    "10913-pomelo-collab-tracking-two-owner-columns-exmail": READ + "policy: the seed 跨部门协作事项跟踪表's 责任人（发起方） owns the row, as 20 earlier golds and heldout76, 77, 79 read it; this gold takes 协作方 and calls it AMBIGUOUS (as heldout68, 72, 75, 80): missed item 黄秋菊: 礼盒内衬供应商比价（至少3家）; missed item 丘美玲: 礼盒装柚子茶保质期验证; missed item 廖志强: 中秋礼盒产能排期; missed item 李慧珍: 礼盒报价单测算; extra item 张嘉豪: 礼盒内衬供应商比价; extra item 张嘉豪: 礼盒装柚子茶保质期验证; extra item 张嘉豪: 中秋礼盒产能排期; extra item 张嘉豪: 礼盒报价单测算",
    "10914-pomelo-at-mentions-qq-mobile-gb18030": READ + "task wording: '…的头批发货车辆提前联系好，别到时候没车' is kept as written, the gold rewrites it as a verb phrase: missed item 刘振东: 联系端午节后头批发货车辆; extra item 刘振东: 头批发货车辆提前联系好，别到时候没车",
    "10937-lock-production-plan-quarter-midautumn-exmail": READ + "'中秋员工福利方案――邓总定，中秋节前发放': the dash field '邓总定' (a title and the verb 定) is read as no name: missed item 邓国华: 确定并发放中秋员工福利方案; extra item None: 中秋员工福利方案——邓总定，发放",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT81, KNOWN)


def test_heldout81_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT81 / "make_heldout81.py", tmp_path, least=38)

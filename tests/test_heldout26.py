"""Blind set heldout26 (issue #12): 38 mails by a writer who never read the parser — a Zhengzhou cold-chain logistics company, a Beijing state-owned design institute, a Foshan tile exporter, a Hefei university lab spin-off. Written while session 11's changes were made and kept sealed: scored on dce704e (the session's start) and on 5370997 (after thirteen of the session's commits, written from heldout25 and older sets) the same: items F1 0.864 (P 0.913, R 0.819), due 0.968, owner 1.000, flags 0.968, kind 1.000, reply 0.750, follow-up 0.903. After the structures it showed were read (tests/test_parsers_minutes_writers25.py, tests/test_parsers_replies_writers25.py): items F1 0.926, due 0.991, flags 0.991, follow-up 1.000, reply 1.000; with the later rounds of session 11 items F1 0.947, due 1.000 (4 known misses, each named below).

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT26 = Path(__file__).resolve().parent / "data" / "heldout26"
KNOWN = {
    '5202-yl-driver-iphone-makeup-sunday': "'4 防冻液各车自己检查一遍' (every driver, no day) in a phone-typed list: a group's work with no day is read as a rule; the gold keeps it as a no_owner item",
    '5204-yl-wechat-group-paste-spring-festival': "a WeChat paste: '2号库有个温度探头漂移，差不多0.8度，我节前换掉' (a problem, its size, then the speaker's 我 with a day) and the answer '@范晓雯 好，明天下班前换完…' are read as two items of hers with the wrong words; two more chat asks ('节后复工车辆检查', '汇总春节期间的客户异常单给马俊峰') are missed",
    '5211-jh-dangweihui-zerendanwei-qingming': "a 党委会 point whose request sits after a decision ('会议原则通过《…》，请党群工作部…修改完善后印发'): since session 11 the decision is dropped, but the object it named is lost with it; and '完成时限：节后第一个工作日前报送节日期间执行情况' (the work written in the time-limit label) is not taken as the task",
    '5212-jh-wrapped-lines-nested-brackets': "'2. 结构专业：（1）地下室抗浮验算补充；（2）屋面钢结构' wrapped, with '以上由汪工负责，完成时限（含所内校审）：本周五前' two lines down: the sub-items and their shared owner and day are not joined; '全套图纸重新盖章出图' with no day: vague here, no_due in the gold",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT26, KNOWN)


def test_heldout26_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT26 / "make_heldout26.py", tmp_path, least=38)

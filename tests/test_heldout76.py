"""Blind set heldout76 (issue #12): 38 mails by a writer who never read the parser — 六盘水乌蒙果业 (Guizhou, with a Singapore
buyer), 平凉市崆峒区统计局 (Gansu), Kuma Sauna Equipment (Putian, Estonian-owned), 乌兰察布阴山燕麦产业集团 (Inner Mongolia SOE, with a
Canadian supplier). Scored once on a3ae1b6 (this session's third parser commit): items F1 0.864 (P 0.868, R 0.861),
due 0.981, flags 0.981, kind 0.974, next follow-up 0.931 (on 42800f4, the session's start: 0.864, next follow-up
0.897).

Read in part in session 21: 10415, 10416, 10420, 10423, 10431 and 10438 led to tests/test_parsers_minutes_writers57.py
(items F1 0.931, due 0.974, flags 0.974, next follow-up 1.000 since); the misses named below as read are policies or
readings not made, the others are not read yet.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with what
the scorer still finds wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT76 = Path(__file__).resolve().parent / "data" / "heldout76"
UNREAD = "not read yet (a blind miss of heldout76): "
READ = "read, not fixed: "
KNOWN = {
    "10409-kd-bureau-meeting-yishi-ershi-coremail": READ + "policy: '朱红霞副局长牵头，普查中心田静同志具体负责' is the 牵头 person's (who leads answers for it); this gold takes the 具体负责 person and calls it AMBIGUOUS; and '各股室…尽快开展…自查' (every unit, no one named) is no item to us: missed item 田静: 拟定区农普办组建方案报局党组审定; missed item None: 对照四上企业名录开展联网直报数据自查; extra item 朱红霞: 普查中心田静同志具体负责，拟定区农普办组建方案，报局党组审定",
    "10411-kd-forwarded-minutes-preface-wecom": READ + 'the topic then its restated object ("普查区划分底图：…把17个乡镇（街道）的底图全部下发到位") is kept as written, which the gold rewrites as one verb phrase: missed item 贾小鹏: 下发17个乡镇（街道）普查区划分底图; extra item 贾小鹏: 普查区划分底图，把17个乡镇（街道）的底图全部下发到位',
    "10414-kuma-tallinn-checkbox-mentions-gmail-eest": UNREAD + "flags ['no_due'] != ['no_owner', 'vague_due'] (check whether the glass-door supplier can do 8 mm tempered)",
    "10415-kuma-plant-x-to-sentences-apple-mail": READ + "'Jenny: June output is at 96% of plan so far. Good job everyone.' is a report read as her item; 'I will sign off … on the first working day after the' + 'holiday.' wrapped is not read as the writer's: missed item Priit Tamm: sign off the second powder-coating booth request; extra item 郑丽娟: June output is at 96% of plan so far. Good job everyone",
    "10420-kuma-weekly-grouped-by-person-lark": READ + "'8月底出初稿（国庆前要报园区备案，…）': the 国庆前 of the bracket's other step (备案) beats the main clause's 8月底: due 2026-09-30 None != 2026-08-31 None (出中秋、国庆两节值班及加班安排初稿)",
    "10431-ys-safety-inspection-wecom-before-duanwu": READ + "a due label whose value holds two clauses ('整改时限：立即清理，节前复查') keeps only the first (立即), not the day of the second: due None None != 2026-06-18 None (清理燕麦片车间消防通道堆放托盘); flags ['vague_due'] != [] (清理燕麦片车间消防通道堆放托盘)",
    "10436-ys-corrected-resend-in-thread-foxmail": READ + '"到场当天完成" is a day we cannot date, but read as today: without it the line "…；加方调试人员到场后，安全环保部孟凡宇做好…" is no longer cut at its semicolon (the second part names its person mid-clause); the topic sentence stays in the task: missed item 郝俊峰: 完成技改设备安装; extra item 郝俊峰: 技改设备安装调试。项目建设部设备安装完成; due 2026-08-10 None != None None (做好加方调试人员入厂安全培训); flags [] != [\'no_due\'] (做好加方调试人员入厂安全培训)',
    "10437-ys-saturday-site-notes-mailmaster": READ + '"窑体保温棉还差20卷，供应商说尽快补发，由我盯着": the writer taking the work in a third clause is not read; "调试方案：等…到场后再定" keeps its label and reads no_due, not vague_due: missed item 巴特尔: 跟进供应商补发窑体保温棉; missed item None: 确定调试方案; extra item None: 调试方案：等加方工程师到场后再定',
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT76, KNOWN)


def test_heldout76_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT76 / "make_heldout76.py", tmp_path, least=38)

"""A blind set of 36 mails (31 minutes, 3 replies, 1 out-of-office, 1 other) written in session 8 by a helper that never read the parser: a Xining solar EPC contractor, a Shanghai fashion e-commerce team, a Hong Kong-Shenzhen forwarder (Traditional Chinese, Cantonese), a Chengdu school teaching-research group. It was the session's sealed minutes set: first scored on faf5cf9, before anything was changed for it: items F1 0.883, due 0.988, flags 1.000, kind 0.889, follow-up 0.839; re-scored on the final main after four tuning branches and kind20: the same figures. Its misses were not read in session 8.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT19 = Path(__file__).resolve().parent / "data" / "heldout19"
KNOWN = {
    '3509-fashion-feishu-markdown-checkboxes': 'not read yet (blind miss, no rule written for it): missed item 钱建国: 寄新一季色卡到公司',
    '3511-fashion-emoji-bullets-slang-qq': "not read yet (blind miss, no rule written for it): missed item 周萌萌: 跟面料商再砍一轮价; extra item 周萌萌: 能压多少压多少 (its next meeting, '⏰ 下次碰头：…', is read since the sealed score)",
    '3515-fashion-prose-items-national-day-eve': 'not read yet (blind miss, no rule written for it): missed item 唐蜜: 定下秋冬 lookbook 拍摄脚本发沈佳怡; extra item 唐蜜: 她把拍摄脚本定下来发我',
    '3516-fashion-wechat-chat-paste-2027': 'not read yet (blind miss, no rule written for it): extra item 陆子轩: 直播场地确认下？',
    '3517-hk-big5-weekly-before-cny': 'not read yet (blind miss, no rule written for it): due 2025-01-27 None != 2025-01-24 None (年前最後一批報關資料（共6票）)',
    '3522-hk-markdown-pipe-table-odd-columns': "not read yet (blind miss, no rule written for it): next_followup None != {'date': '2026-12-28', 'time': '09:30'}",
    '3524-hk-wrapped-items-nested-brackets': 'not read yet (blind miss, no rule written for it): missed item 何美玲: 深圳倉WMS系統切換：倉管員操作培訓',
    '3525-school-notice-surname-teacher-makeup-sunday': "not read yet (blind miss, no rule written for it; kind fixed by kind21): missed item None: 收齐本组学生作业检查记录，交教务处; next_followup None != {'date': '2025-05-08', 'time': None}",
    '3528-school-forward-district-notice-preface-items': 'not read yet (blind miss, no rule written for it): missed item 杨秀兰: 汇总我组参评名单报学校; extra item None: 报送参评课例',
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT19, KNOWN)


def test_heldout19_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT19 / "make_heldout19.py", tmp_path, least=36)

"""A blind set of 36 mails (31 minutes, 3 replies, 1 out-of-office, 1 other) written in session 8 by a helper that never read the parser: a Xining solar EPC contractor, a Shanghai fashion e-commerce team, a Hong Kong-Shenzhen forwarder (Traditional Chinese, Cantonese), a Chengdu school teaching-research group. It was the session's sealed minutes set: first scored on faf5cf9, before anything was changed for it: items F1 0.883, due 0.988, flags 1.000, kind 0.889, follow-up 0.839; re-scored on the final main after four tuning branches and kind20: the same figures. Its misses were not read in session 8.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT19 = Path(__file__).resolve().parent / "data" / "heldout19"
KNOWN = {
    '3511-fashion-emoji-bullets-slang-qq': "slang: '跟面料商再砍一轮价，能压多少压多少' is cut at its comma and the second half ('能压多少压多少', how far to push) is kept as the task",
    '3515-fashion-prose-items-national-day-eve': "prose: '她把拍摄脚本定下来发我' keeps the pronoun and the writer's 我; gold restates it as '定下秋冬 lookbook 拍摄脚本发沈佳怡', too far for the scorer",
    '3516-fashion-wechat-chat-paste-2027': "a chat question ('直播场地确认下？') under a person's name is taken as an item",
    '3528-school-forward-district-notice-preface-items': "a forward whose preface assigns the group's share ('（三）我在2个工作日内汇总我组参评名单报学校', the writer's own): that ask is missed and the district notice's '各学校于10月15日前报送参评课例' is taken (missed 杨秀兰; extra 报送参评课例)",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT19, KNOWN)


def test_heldout19_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT19 / "make_heldout19.py", tmp_path, least=36)

"""Blind set heldout22 (issue #12): 39 mails by a writer who never read the parser — a Chengdu hotpot chain's operations and food-safety team, a Shenzhen consumer-drone start-up (US distributor, German lab), a Wuhan hospital's 医务处 and 护理部, a Hohhot dairy cooperative (New Zealand supplier). First score on 249772f, before anything was changed for it: items F1 0.829 (P 0.924, R 0.752), due 0.959, owner 1.000, flags 0.969, kind 0.923, follow-up 0.839.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT22 = Path(__file__).resolve().parent / "data" / "heldout22"
KNOWN = {
    '4402-hotpot-store-patrol-iphone-makeup-sunday': "'5 员工餐台面不锈钢板翘起来了 报工程部' (a fault reported to a department, no person, no day) is no item of ours; the gold takes it as 工程部's (no_owner)",
    '4404-hotpot-wechat-group-paste-spring-festival': "a WeChat paste: '@彭涛 …把空调外机清洗做了，初三前弄完' (the mention owns, 初三 a lunar day) is missed ('节前食安检查我明天带蒋小雨去春熙路店', a topic before the speaker's 我, is read since session 11)",
    '4405-hotpot-emoji-store-meeting-dragon-boat': "owners and days right ('—— 我来招 明天之前', '—— 小王 月底前…'), but the tasks keep the problem and the verb ('端午三天预订爆满，加开2个临时工，招') where the gold writes the action ('招2名端午临时工'): similarity under 0.5",
    '4411-drone-notion-markdown-apple-mail': "'## Next' over 'Weekly DVT sync 周一 10:30 as usual → next one 11/17': the next meeting's day is read, but at 09:00 — its clock is the weekly slot's, written before the date",
    '4412-drone-cert-owner-due-blocks-exchange-utc': "'Due: within 5 working days after receipt of samples': the gold calls a day counted from an event no_due, we call it vague_due (a policy question)",
    '4413-drone-feishu-ai-minutes-forward': "'2个工作日内确认海运船期（需满足6月10日前到 LA 仓）': the bracket's 6月10日前 (the condition the work must meet) beats the span before it",
    '4416-drone-us-distributor-minutes-pst-2027': "'We (SkyReach) will run the FCC ID listing check…': the writer's company as 'we' is not read as the writer",
    '4426-hosp-wrapped-lines-nested-brackets-coremail-qp': "prose in a section: '质控科田甜牵头开展专项培训（时间：…，地点另定），并于培训后一周内（即7月29日前）完成复查' is two items in the gold (one line here, its first bracket emptied), and '周处长要求各临床科室本周五前完成…，报医务处' (every department asked) is read as a rule",
    '4431-dairy-village-meeting-semi-literate-qq': "'今年青贮每户报个数 我礼拜天前统计出来': owner and day right, the task keeps the topic ('今年青贮每户报个数，统计出来') where the gold paraphrases ('统计各户青贮数量'); '下个月…时间再定' is no_due here, vague_due in the gold",
    '4434-dairy-ranch-inspection-excel-paste-outlook': "'年后' in a due cell: read as the first working day after the Spring Festival (as 节后), the gold calls it vague",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT22, KNOWN)


def test_heldout22_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT22 / "make_heldout22.py", tmp_path, least=39)

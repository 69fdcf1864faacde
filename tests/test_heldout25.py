"""Blind set heldout25 (issue #12): 40 mails by a writer who never read the parser — a Chongqing motorcycle-parts maker, a Hangzhou livestreaming MCN agency, a Harbin housing and urban-rural development bureau, a Suzhou Singapore-invested biotech CRO. First score on da5f279 (and the same on dce704e, the session's start), before anything was changed for it: items F1 0.818 (P 0.821, R 0.814), due 0.967, owner 1.000, flags 0.935, kind 1.000, follow-up 0.935. After the structures it showed were read (tests/test_parsers_minutes_writers25.py): items F1 0.917, due 1.000, flags 0.962, follow-up 1.000; with the later rounds of session 11 (heldout26, heldout27) 0.926 (13 known misses, each named below).

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT25 = Path(__file__).resolve().parent / "data" / "heldout25"
KNOWN = {
    '5006-yy-gm-prose-paragraphs': "a general manager's prose paragraphs ('成本这块请况玲把…拉出来，哪些型号是亏着做的要一目了然'): three tasks keep the sentence around them (too far from the gold's restatement) and an exhortation ('车间的5S检查要亲自去看') is taken for work",
    '5010-xm-wechat-group-chat-paste': "a WeChat paste: a shift schedule ('小满周二周四晚场') is taken for 小满's item",
    '5011-xm-feishu-ai-minutes': "'待定：达人矩阵号是否参与年货节 —— 负责人待定': the gold reads the 待定 label as a vague due, we as no_due (a policy question); '年货节后半程' (a shopping festival, no day off) is no date since session 11, and the item is right",
    '5013-xm-emoji-person-headings-makeup-sunday': "'👉 保持嗓子，别熬夜！！😂' under '🎤 小满': a joke of advice taken for her item",
    '5015-xm-same-task-two-owners-own-numbering': "'7. 小满直播间：端午三天GMV 38.6万，退货率偏高（18%）': a status line of figures whose prefix names a person's live room is taken for her item",
    '5016-xm-cny-makeup-saturday-numbered': "'投流账户节中暂停，恢复时间等数据组通知': the gold calls a day waiting on another team vague_due, we no_due (a policy question)",
    '5025-hz-forwarded-city-minutes-with-preface': "'三、市财政局要积极争取超长期特别国债资金支持。' in forwarded city minutes: a unit's directive with no date is read as a rule; the gold keeps it as a no_owner item",
    '5028-hz-decisions-only-2027': "'四、会议强调，各科室要严格执行请示报告制度，重大事项须在24小时内报局主要领导。': a standing rule with a relative hour ('24小时内') is read as a no_owner item",
    '5030-lm-glp-audit-action-item-blocks': "ACTION ITEM (name) blocks are read since session 11 (3 of 4 right); the first task keeps its finding sentence ('Finding M1 - incomplete audit trail review … Submit CAPA plan …') where the gold restates it, too far for the scorer",
    '5031-lm-us-sponsor-checkboxes-eastern-time': "'for a study start in the week of 6 Apr': a condition's date, no deadline — the gold calls it no_due, we vague_due",
    '5033-lm-bilingual-lab-mixed-zh-en': "'新来的两个 analyst 的 training record 还差 pipette calibration 部分 → Lynn 跟进, 3个工作日内补签': the topic before the arrow is dropped from the task ('跟进,补签')",
    '5037-lm-japanese-style-tanto-kigen': "'期限：稽查前日' (the day before an audit whose day is not given): no_due here, vague_due in the gold (a policy question)",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT25, KNOWN)


def test_heldout25_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT25 / "make_heldout25.py", tmp_path, least=40)

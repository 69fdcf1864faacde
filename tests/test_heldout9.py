"""The parser on a ninth held-out set, written blind (by a helper that had not read the parser) while the parser was tuned on other sets, and kept sealed: tests/data/heldout9 — a Chengdu pharmaceutical factory's GMP departments, a Xiamen trading company, a 街道办事处 and its 社区, a Taipei design agency with a Shenzhen studio (38 mails, 100 items).

Scores, none of them tuned for it: at the session's start (21610bd) items F1 0.767, due 0.986, owner 0.984, flags 0.986,
kind 0.921, reply 1.000, follow-up 0.833; first score when it was written (25fabc8) items F1 0.822, due 0.986, owner 0.986,
flags 0.986, kind 0.921, follow-up 0.833; at the session's end (7ba5329) items F1 0.829, due 0.987, owner 0.986, flags
0.987, kind 0.921, reply 1.000, follow-up 0.867. Its misses were not read.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT9 = Path(__file__).resolve().parent / "data" / "heldout9"
KNOWN = {
    '1604-pharma-feishu-ai-minutes-forward': "not read yet (blind miss, no rule written for it): next_followup None != {'date': '2026-02-28', 'time': '10:00'}",
    '1606-pharma-wrapped-lines-nested-brackets-base64': "not read yet (blind miss, no rule written for it): due None None != 2026-04-30 None (催促辅料供应商补发3个批次的COA); flags ['no_due'] != [] (催促辅料供应商补发3个批次的COA)",
    '1608-pharma-monthly-report-mostly-done': 'not read yet (blind miss, no rule written for it): missed item 曾凡: 完成纯化水系统TOC在线仪表校准并将校准报告交QA',
    '1609-trade-wechat-group-paste-iphone': 'not read yet (blind miss, no rule written for it): missed item 黄国梁: 完成Rossi那票的预录入; extra item 黄国梁: 最近查验率高，预录入做完',
    '1610-trade-english-name-to-do-by-outlook': 'not read yet (blind miss, no rule written for it): missed item None: book space on the Jan 20 vessel once the amended LC is received',
    '1611-trade-one-line-boss-mobile': 'not read yet (blind miss, no rule written for it): missed item 林晓薇: 发冷冻虾那票的报关草单; missed item 陈雅婷: 跟船公司确认免柜期; extra item 林晓薇: 把那票冷冻虾的报关草单发我，雅婷跟船公司把免柜期确认掉',
    '1615-trade-forwarded-broker-minutes-foxmail': 'not read yet (blind miss, no rule written for it): owner email None != zhanghf@haixiang-log.example.cn',
    '1616-gov-office-meeting-yishi-ershi-coremail': 'not read yet (blind miss, no rule written for it): missed item None: 对辖区23家餐饮场所燃气使用安全开展全覆盖检查; missed item None: 节日期间占道经营巡查，每日巡查情况形成台账; missed item None: 汇总报送节日值班表',
    '1617-gov-special-campaign-zerendanwei': 'not read yet (blind miss, no rule written for it): missed item 刘卫东: 开展电动自行车违规停放充电排查摸底; missed item None: 加强宣传引导; extra item None: 开展排查摸底',
    '1619-gov-community-same-time-foxmail-gb2312': 'not read yet (blind miss, no rule written for it): missed item None: 社区食堂招标材料准备',
    '1621-gov-same-task-two-owners-own-numbering': 'not read yet (blind miss, no rule written for it): missed item 刘卫东: 汇总两个社区台账并报区综治中心; extra item None: 汇总两个社区台账并报区综治中心',
    '1622-gov-study-session-rules-only': 'not read yet (blind miss, no rule written for it): kind other != minutes',
    '1629-design-items-in-prose-apple-mail': "read (tune10): the question to 浩哥 and the writer's '報價我自己處理，週五前會重發…' are items now; still missed: 阿凱's '1/2 前弄好給我' and the writer's '我打算 1/5（一）寄' name their work only as a verb whose object (修正版) is in the sentence before ('我答應客戶元旦後把修正版寄過去') - carrying a 把-object over sentences is not read, and '我打算 DATE V' (a plan) is not taken as the writer's item",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT9, KNOWN)


def test_heldout9_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT9 / "make_heldout9.py", tmp_path, least=30)

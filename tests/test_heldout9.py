"""The parser on a ninth held-out set, written blind (by a helper that had not read the parser) while the parser was tuned on other sets, and kept sealed: tests/data/heldout9 — a Chengdu pharmaceutical factory's GMP departments, a Xiamen trading company, a 街道办事处 and its 社区, a Taipei design agency with a Shenzhen studio (38 mails, 100 items).

Scores, none of them tuned for it: at the session's start (21610bd) items F1 0.767, due 0.986, owner 0.984, flags 0.986,
kind 0.921, reply 1.000, follow-up 0.833; first score when it was written (25fabc8) items F1 0.822, due 0.986, owner 0.986,
flags 0.986, kind 0.921, follow-up 0.833; at the session's end (7ba5329) items F1 0.829, due 0.987, owner 0.986, flags
0.987, kind 0.921, reply 1.000, follow-up 0.867. Its misses were not read.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong.

Read (branch tune9), the pharmaceutical, trade and 街道 misses, each fixed as a reading of structure tested first on a
variant written elsewhere (tests/test_parsers_minutes_writers10.py): items F1 0.829 -> 0.910, due 0.987 -> 1.000, owner
0.986 -> 1.000, flags 0.987 -> 1.000, kind 0.921 -> 0.947, follow-up 0.867 -> 0.900, reply 1.000. 1609 stays known: its gold
task is worded from another chat line. The design-agency cases (1624-1629) are read on branch tune10.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT9 = Path(__file__).resolve().parent / "data" / "heldout9"
KNOWN = {
    '1609-trade-wechat-group-paste-iphone': "gold task debatable: owner and due are right, but the gold paraphrases the task "
                                            "with words from an earlier chat line ('完成Rossi那票的预录入'), while the @ line says only "
                                            "'最近查验率高，预录入明天中午前做完' (a reason, then the work): no reading of that line gives the "
                                            "gold's words (our task '最近查验率高，预录入做完' also keeps the reason clause)",
    '1624-design-taipei-big5-outlook-window-dingan': 'not read yet (blind miss, no rule written for it): missed item 李佩珊: 提供營養標示最終版文字; extra item 李小燕: 提供營養標示最終版文字',
    '1625-design-english-action-item-name-gmail': "not read yet (blind miss, no rule written for it): kind other != minutes; missed item Emma Clarke: share the brand guidelines PDF + the current SKU list; missed item 張凱文: moodboard, 3 directions; missed item 黃怡如: send the SOW and quote; missed item 鄭浩: check whether the kraft tube supplier can do a 500pcs MOQ; next_followup None != {'date': '2026-12-03', 'time': '17:00'}",
    '1626-design-japanese-style-tanto-kigen': "not read yet (blind miss, no rule written for it): kind other != minutes; missed item 許家豪: 外箱刀模图修正; missed item 佐藤 健: 日文文案最终校对; missed item 鄭浩: 印刷厂报价比较（3家）; missed item 鄭浩: 春节期间生产排程确认; next_followup None != {'date': '2027-01-27', 'time': '09:00'}",
    '1628-design-docx-attachment-day-time-split': "not read yet (blind miss, no rule written for it): next_followup {'start': '2026-12-09T09:00:00+08:00', 'end': None, 'location': None} != {'date': '2026-12-09', 'time': '14:30'}",
    '1629-design-items-in-prose-apple-mail': 'not read yet (blind miss, no rule written for it): missed item 張凱文: 晨星建設指標系統修正版（入口主牆字放大、停車場箭頭改集團規範）; missed item 黃怡如: 寄修正版給晨星建設; missed item 鄭浩: 從深圳寄兩片燈箱樣品到台北; missed item 黃怡如: 重發報價給王經理; extra item 鄭浩: 可以幫忙從深圳寄兩片樣品過來嗎？大概要到台北，不然會趕不上他們的內部審查',
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT9, KNOWN)


def test_heldout9_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT9 / "make_heldout9.py", tmp_path, least=30)

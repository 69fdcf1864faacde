"""Blind set heldout27 (issue #12): 37 mails by a writer who never read the parser — a Tianjin port-logistics and customs-brokerage firm, a Chengdu health commission's disease-control office, a Xi'an game studio, a Qingdao German-invested auto-parts joint venture. Written while session 11's last changes were made and kept sealed: scored on dce704e (the session's start) and on b3bcacd (after twenty-three of the session's commits) the same: items F1 0.798 (P 0.849, R 0.753), due 0.918, owner 1.000, flags 0.932, kind 0.973, reply 1.000, follow-up 0.828. Then 5409 and 5429 were read (a 'unit/person' owner column, minutes said to be attached, '下一次调度：'), 5427's titled name and 5415's Jira dates: items F1 0.876; the 14 known misses (5427 among them for its last due) are the sealed set's own, not read yet, each named below with what is wrong.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT27 = Path(__file__).resolve().parent / "data" / "heldout27"
KNOWN = {
    '5401-port-yard-shift-note-iphone-makeup-sunday': 'not read yet (a blind miss of the sealed set; no rule written for it): kind other != minutes; missed item 谷永胜: 3号堆场B区剩余17个倒箱倒完; missed item 单磊: 跟船代核对查验掏箱柜（MSCU）放行时间并回话',
    '5405-port-one-line-boss-minutes': 'not read yet (a blind miss of the sealed set; no rule written for it): missed item 贾桂兰: 整理查验费垫付台账',
    '5413-game-confluence-sprint-review-new-year': 'not read yet (a blind miss of the sealed set; no rule written for it): extra item 姚博文: Date: Attendees: @Mandy Su @Tim Huo @Dora Qian @Ethan Feng @Lulu Bai',
    '5417-game-outsourcing-owner-due-blocks-external': 'not read yet (a blind miss of the sealed set; no rule written for it): missed item 何家杰: Boss 立绘第二轮反馈修改（手部重画）; extra item 何家杰: 比例问题已确认，手部重画',
    '5419-game-prose-paragraph-items-qingming': 'not read yet (a blind miss of the sealed set; no rule written for it): missed item 钱朵: 新版UI风格稿评审; missed item 苏曼: 付费点调整说明; extra item 钱朵: 所以美术这边，把新版UI风格稿给我们过一遍; extra item 苏曼: 补一份说明给我',
    '5422-jv-german-8d-massnahmen-dd-mm': "not read yet (a blind miss of the sealed set; no rule written for it): missed item 栾鹏: Sperrung Lagerbestand Charge 2704; missed item 鞠晓峰: Ursachenanalyse (Ishikawa) mit Werkzeugbau; missed item 刘振宇: Lessons Learned in die FMEA übernehmen; due None None != 2027-05-07 None (Lieferantenaudit Gießerei); flags ['no_due'] != [] (Lieferantenaudit Gießerei); next_followup None != {'date': '2027-04-29', 'time': '09:00'}",
    '5424-game-japanese-style-tantou-kigen-jst': 'not read yet (a blind miss of the sealed set; no rule written for it): missed item 佐藤健: 日服版本本地化文本校对; extra item None: 日服版本本地化文本校对',
    '5425-jv-same-task-twice-numbering-from-5': 'not read yet (a blind miss of the sealed set; no rule written for it): missed item 鞠晓峰: 量具校准计划',
    '5428-port-nested-brackets-sub-numbering': "not read yet (a blind miss of the sealed set; no rule written for it): missed item 贾桂兰: 查验费发票寄给客户; due None None != 2026-10-31 None (配合码头确认查验箱调箱时间并形成固定流程); flags ['no_due'] != [] (配合码头确认查验箱调箱时间并形成固定流程)",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT27, KNOWN)


def test_heldout27_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT27 / "gen_heldout27.py", tmp_path, least=37)

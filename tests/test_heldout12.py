"""The parser on a twelfth held-out set, written blind (by a helper that had not read the parser) and kept sealed to the session's end: tests/data/heldout12 — a Wuhan automotive OEM's purchasing and supplier development, a Shenzhen hardware start-up, a county 农业农村局 and its 乡镇 stations, a Guangzhou-Hong Kong-Macau accounting firm (37 mails, 104 items).

Scores, none of them tuned for it: at the session's start (f0f2c58) items F1 0.806, due 0.987, owner 1.000, flags 0.975,
kind 0.973, reply 1.000, follow-up 0.833; at its arrival (de1acea) items F1 0.828, due 0.988, flags 0.976, kind 0.973,
follow-up 0.833; at the session's end (279b512) the same, 0.828. Its misses were not read.
Then read (tune14, rules tested on variants in test_parsers_minutes_writers15.py): 2215, 2214, 2229, 2212, 2211, 2222, 2204, 2209's
follow-up -> items F1 0.898, due 0.989, owner 1.000, flags 0.978, kind 0.973, reply 1.000, follow-up 0.933.
Then tune15c (variants in test_parsers_minutes_writers16c.py): 2219 ('week of 23 Nov' is a week: vague) -> items F1 0.898,
due 1.000, owner 1.000, flags 0.989, kind 0.973, reply 1.000, follow-up 0.933; 2208 (a next meeting moved '→ 提前到 Thu 9/24':
the day after the move) -> follow-up 0.967; 2207 (a stand-up's 'today:' is its action list, 'done:' its report; 'tmrw')
-> items F1 0.919, due 1.000, owner 1.000, flags 0.990, kind 1.000, reply 1.000, follow-up 1.000; 2205 ('Quick summary of
today's kick-off (names)' is about the meeting, no item) -> items F1 0.923; 2213 (among directive entries with
责任单位/完成时限 lines, one with none is a standing rule) -> items F1 0.928.
2210 ('Arjun Mehta 20:40' names a speaker; '产测固件我1月9号前release' and '收到，我明天把PO发过去' are the speaker's own)
-> Arjun's item read, 邝志恒's read with another task wording (see KNOWN): items F1 0.928.
2203 ('1、topic：status' over '→ action' lines: the arrow lines are the items, led by the topic label; the status line
asks nothing) -> items F1 0.947 (and heldout6 1017, the same shape, right too).
2202 ('AI Gong / Claire: <task>. Claire owns the report': the later sentence picks the owner among those named)
-> items F1 0.957; 2221 item 4 (a bracket left open takes the label line below; 由我 is the writer) -> items F1 0.966;
2209's buried item ('Q1末前' is the quarter's last day) -> items F1 0.971, due 1.000, owner 1.000, flags 0.990, kind 1.000,
reply 1.000, follow-up 1.000.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with
what is still wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT12 = Path(__file__).resolve().parent / "data" / "heldout12"
KNOWN = {
    '2203-oem-title-owners-spring-festival-foxmail-gbk': "read since tune15c but for 刘工's task: its topic is a comma clause ('3、Vorland 灯具 PPAP 4级提交，刘工说资料基本齐了。'), a sentence, which test_parsers_minutes_writers12 keeps from leading the arrow line, and the task drops its closing bracket (PSW+控制计划+MSA): missed item 刘建平: 提交Vorland灯具PPAP文件包（PSW+控制计划+MSA）; extra item 刘建平: 提交PPAP文件包",
    '2210-startup-wechat-chat-paste-iphone': "邝志恒's '收到，我明天把PO发过去' is read as his (明天 right), but its task is the words he wrote, while gold names what the turn before set ('嘉禾那边PCBA先下500套试产'): missed item 邝志恒: 给嘉禾发PCBA 500套试产PO; extra item 邝志恒: 我把PO发过去",
    '2214-county-town-headings-station-heads-foxmail': "the 【全县】 heading reads as a person named 全县 (全 is a surname) and owns the line under it, though the line itself asks 各乡镇: flags [] != ['no_owner'] (报送各乡镇农技员培训名单)",
    '2221-audit-wrapped-lines-nested-brackets-foxmail': "item 4 read since tune15c; item 2's '(1) 2台叉车的报废审批手续；(2) 1辆货车的过户凭证——负责人：陈思颖' is split at its sub-numbers and the part without the owner label dropped, where gold keeps one item (its README: splitting is defensible, a judgement call): missed item 陈思颖: 固定资产盘点差异逐项取得说明（叉车报废审批手续、货车过户凭证）; extra item 陈思颖: 1辆货车的过户凭证",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT12, KNOWN)


def test_heldout12_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT12 / "make_heldout12.py", tmp_path, least=30)

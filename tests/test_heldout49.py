"""Blind set heldout49 (issue #12): 38 mails (32 minutes, 3 other, 3 auto) by a writer who never read the parser —
a municipal water-conservancy bureau in Xinyang, a furniture-hardware maker in Shunde (Foshan), a children's-book
publisher in Nanchang and a Belgian-owned chocolate factory in Suzhou Industrial Park, with outsiders writing too
(zh-TW big5 and English among them); .docx, PDF and AI-written minutes among them.
Scored once on 20bb685, before anything was changed for it: items F1 0.842 (P 0.838, R 0.845), due 0.982, flags 0.982, kind 1.000, next follow-up 0.938 (the same on 6974491, with
heldout50's readings, not made for it).

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with what
the scorer still finds wrong. Six misses were read in session 17 (tests/test_parsers_minutes_writers41.py): 0.897; the
ones marked READ were read and not fixed, for the reason given. Session 18 read the other eight and two of 7711's
three asks (tests/test_parsers_minutes_writers42.py): 0.953, follow-up 1.000.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT49 = Path(__file__).resolve().parent / "data" / "heldout49"
READ = "read, not fixed: "
KNOWN = {
    "7711-xj-taiwan-coedition-outlook-big5": READ + "two of its three asks are read since session 18 (a settled clause before '由/請 + person' is dropped; '修改意見請…回覆' gives '回覆修改意見'); the third asks a unit, not a person ('繁體版需將簡體字圖層替換，請小橘燈美術設計部提供分層原始檔'): a reason clause that is no settled fact stays in the task, too far from the gold's '提供繁體版分層原始檔（PSD）'",
    "7714-br-food-safety-pdf-attachment-outlook": READ + "the PDF's actions table comes one cell per line with the owner's name run into the task ('…, line 2 Lily Zhou'): the row is not rebuilt",
    "7723-hj-issue-record-hours-foxmail-utf8": READ + "an issue record with both 问题描述 and 解决方案: the remedy column is read as the task where this writer's gold takes the problem column (the next meeting, '明天下午4点在品质部会议室复盘', is read since session 17)",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT49, KNOWN)


def test_heldout49_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT49 / "make_heldout49.py", tmp_path, least=38)

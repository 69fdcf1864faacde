"""Blind set heldout49 (issue #12): 38 mails (32 minutes, 3 other, 3 auto) by a writer who never read the parser —
a municipal water-conservancy bureau in Xinyang, a furniture-hardware maker in Shunde (Foshan), a children's-book
publisher in Nanchang and a Belgian-owned chocolate factory in Suzhou Industrial Park, with outsiders writing too
(zh-TW big5 and English among them); .docx, PDF and AI-written minutes among them.
Scored once on 20bb685, before anything was changed for it: items F1 0.842 (P 0.838, R 0.845), due 0.982, flags 0.982, kind 1.000, next follow-up 0.938 (the same on 6974491, with
heldout50's readings, not made for it).

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with what
the scorer still finds wrong. Six misses were read in session 17 (tests/test_parsers_minutes_writers41.py): 0.897; the
ones marked READ were read and not fixed, for the reason given.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT49 = Path(__file__).resolve().parent / "data" / "heldout49"
UNREAD = "not read yet (a blind miss of heldout49): "
READ = "read, not fixed: "
KNOWN = {
    "7703-br-quality-hq-call-ai-lines-outlook": UNREAD + 'extra item Annelies De Wilde: confirmed the tempering curve from Ghent has not changed since March',
    "7705-wb-rural-water-labour-day-outlook-gb2312": UNREAD + "missed item 罗春燕: 提交水源地保护范围划定方案初稿; extra item None: 配合做好水源地保护范围划定工作，请罗科长提交划定方案初稿; due 2026-05-06 None != None None (组织设计院再对接一次项目可研); flags [] != ['vague_due'] (…",
    "7706-hj-external-followup-table-outlook-gb2312": UNREAD + "due 2026-05-20 None != None None (若到货晚于5月20日，启动备选供应商询价); flags [] != ['no_due'] (若到货晚于5月20日，启动备选供应商询价)",
    "7711-xj-taiwan-coedition-outlook-big5": READ + "a '<context>，<object>请<person>于<day>前<verb>' clause (Traditional, a partner writing) keeps the context sentence as the task and loses the object ('修改意見'); the gold writes verb + object",
    "7714-br-food-safety-pdf-attachment-outlook": READ + "the PDF's actions table comes one cell per line with the owner's name run into the task ('…, line 2 Lily Zhou'): the row is not rebuilt",
    "7717-br-tencent-meeting-ai-minutes-outlook-gb2312": UNREAD + 'extra item 顾晓峰: 表示七月各周下线计划可以给到',
    "7719-hj-qingming-safety-check-exmail-gb18030": UNREAD + 'missed item None: 3号冲床光栅维修',
    "7720-br-production-action-lines-mac-outlook": UNREAD + "extra item Pieter Claes: Line 1 and line 3 stop from May 1; line 2 runs-3 for the export order; extra item 沈建国: Noise increased; 's team checked it on",
    "7722-wb-river-chief-word-lists-outlook": UNREAD + 'extra item None: 各级河长巡河记录按月上传省河长制信息平台',
    "7723-hj-issue-record-hours-foxmail-utf8": READ + "an issue record with both 问题描述 and 解决方案: the remedy column is read as the task where this writer's gold takes the problem column (the next meeting, '明天下午4点在品质部会议室复盘', is read since session 17)",
    "7726-wb-dragon-boat-duty-yishi-thunderbird": UNREAD + 'missed item 陈静: 印发端午假期值班表; extra item 陈静: 严格值班值守。端午假期（6月19日至）实行局领导带班、科室负责人值班制度，值班表印发; extra item None: 加强信息报送。宣传和信息发布工作遇有险情及时报告、及时发布',
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT49, KNOWN)


def test_heldout49_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT49 / "make_heldout49.py", tmp_path, least=38)

"""Blind set heldout58 (issue #12): 38 mails (30 minutes, 5 other, 3 auto) by a writer who never read the parser —
a Norwegian-owned aquafeed mill in Zhanjiang (Bergen writes English), a district agriculture bureau in Lishui, a lantern
maker in Zigong with a UK partner and a kite exporter in Weifang with an Australian buyer; .docx and PDF minutes among them.
Scored once on 810c30d, before anything was changed for it: items F1 0.882, due 0.981, flags 0.981, kind 0.947, next follow-up 0.867.

Session 19 read eight of its misses (a PDF's '序号 事项' header, an issue row with no 解决方案 yet, nested label
brackets and 〔〕, '我们这边', '无待办', '…4点照旧', '过一下进度'; tests/test_parsers_minutes_writers45.py) and 8613 and
8623 (policies, below): items F1 0.931, next follow-up 0.967; then 8625's '这周把…配齐': due 0.991. The others are
not read yet.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with what
the scorer still finds wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT58 = Path(__file__).resolve().parent / "data" / "heldout58"
UNREAD = "not read yet (a blind miss of heldout58): "
READ = "read, not fixed: "
KNOWN = {
    "8613-lantern-collab-tracking-table-outlook": READ + "the seed 跨部门协作事项跟踪表's two 责任人 columns: this gold takes 责任人（协作方）, as a note under the table says it is the executor; the parser takes 责任人（发起方）, as 20 earlier golds do, and does not yet read such a note: missed item 刘德贵: 凤凰灯组车间制作; missed item 王德明: 灯组配电及消防验收资料; missed item 谢雨: 海外巡展报关资料准备; missed item 何晨阳: 春节灯会门票分成对账; extra item 何晨阳: 凤凰灯组车间制作; extra item 何晨阳: 灯组配电及消防验收资料; extra item 宋佳: 海外巡展报关资料准备; extra item 谢雨: 春节灯会门票分成对账",
    "8615-tidewell-internal-record-keyvalue-thunderbird": UNREAD + "due None None != 2026-07-17 None (更新应收账款周报); flags ['no_due'] != [] (更新应收账款周报)",
    "8618-tidewell-hard-wrapped-items-mailmaster": UNREAD + 'missed item 梁志强: 查冷却器出料温度偏高的原因，给结论; missed item None: 夜班交接记录本填写不规范自查整改; extra item 梁志强: 帮忙查一下',
    "8623-kite-issue-table-hour-deadlines-foxmail": READ + 'policy: in the seed 问题协调解决记录表 the task is the 解决方案 cell, as 16 earlier golds read it; this gold takes 问题描述 (the parser takes 问题描述 only where no 解决方案 is written): missed item 郑璐: 天猫店详情页价格错标（59元标成5.9元）处理; missed item 郑璐: 37笔错价订单与客户协商处理; extra item 郑璐: 先下架链接; extra item 郑璐: 补差价或退款，不强制',
    "8625-lantern-gm-vague-dept-only-lark": UNREAD + 'missed item 曾晓雯: 设计部新人培训; extra item None: 新人培训，曾主管完成',
    "8628-tidewell-customer-writes-minutes-iphone": UNREAD + "next_followup {'start': '2026-09-02T09:00:00+08:00', 'end': None, 'location': None} != {'date': '2026-09-02', 'time': '15:00'}",
    "8634-other-reply-question-in-minutes-thread-foxmail": UNREAD + 'kind reply != other',
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT58, KNOWN)


def test_heldout58_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT58 / "make_heldout58.py", tmp_path, least=38)

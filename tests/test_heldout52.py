"""Blind set heldout52 (issue #12): 38 mails (32 minutes, 3 other, 3 auto) by a writer who never read the parser —
a district emergency-management bureau in Hohhot, an LED-display maker in Zhongshan (with a German customer), a regional
airline's maintenance base in Guiyang (with a Taiwanese repair vendor writing big5) and an Israeli-owned drip-irrigation
company in Yinchuan (with its head office and a Dutch partner); .docx, PDF and AI-written minutes among them.
Scored once on 49fb73e, before anything was changed for it: items F1 0.926 (P 0.932, R 0.920), due 0.971, flags 0.978,
kind 0.974, next follow-up 0.875.

Session 18 read its reply-or-other miss (8028: a reply in a person's thread is other) and its next-meeting misses
(8018 'IDT', 8027 'Next field service weekly:'; tests/test_parsers_minutes_writers43.py): kind 1.000, items F1 0.929,
next follow-up 0.938. The misses below are not read yet.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with what
the scorer still finds wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT52 = Path(__file__).resolve().parent / "data" / "heldout52"
UNREAD = "not read yet (a blind miss of heldout52): "
KNOWN = {
    "8001-gov-qingming-inspection-coremail-gbk": UNREAD + 'missed item 许丽华: 开展节前安全生产大检查; missed item None: 在大青山沿线主要祭扫点设置森林草原防火宣传点位; extra item 许丽华: 开展安全生产大检查，重点检查辖区加油站、燃气场站和人员密集场所; extra item None: 严格执行24小时值班和领导带班制度，假期…',
    "8002-factory-weekly-by-person-foxmail-gb2312": UNREAD + 'missed item 罗国强: 召集SMT、组装、老化三段班组长开复工安全交底会',
    "8004-english-ai-lines-outlook-mac": UNREAD + 'missed item 马晓兰: joint tender technical proposal (agronomy section + pricing)',
    "8005-gov-flood-yishi-ershi-foxmail-plain": UNREAD + 'missed item 王建军: 完成全区积水点、地下空间排查台账更新; missed item None: 上报防汛物资储备清单; extra item None: 完成全区积水点、地下空间排查台账更新，责任人王建军',
    "8006-issue-record-table-hours-dingtalk-qp": UNREAD + "flags ['vague_due'] != ['no_due'] (评估是否需要调整恒流驱动参数)",
    "8007-pre-mayday-safety-lark-zh": UNREAD + 'due 2026-04-30 None != 2026-05-09 None (员工节前安全培训签到表整理归档)',
    "8011-customer-owner-due-blocks-outlook-de": UNREAD + "due None None != 2026-05-19 None (Credit note proposal); flags ['no_due'] != [] (Credit note proposal)",
    "8014-winery-action-table-lark-en": UNREAD + 'missed item Zhang Lei: Install 4 soil moisture sensors in Block D; extra item 王磊: Install 4 soil moisture sensors in Block D',
    "8019-supplier-ec-followup-wecom-gb18030": UNREAD + 'missed item None: 出具8D报告; extra item 郑浩: 编带问题由我方品质部出具8D报告，提交',
    "8022-gov-event-prep-mailmaster-android": UNREAD + "due 2026-06-16 None != 2026-06-24 None (活动新闻稿及新媒体推送); next_followup {'start': '2026-06-24T09:00:00+08:00', 'end': None, 'location': None} != {'date': '2026-06-…",
    "8026-subdistrict-joint-check-126-webmail-gbk": UNREAD + 'missed item 郝建平: 完成127户隐患户入户告知，留存签字记录; extra item 郝建平: 街道安办，留存签字记录',
    "8027-checklist-handles-thunderbird-flowed": UNREAD + "due None None != 2026-06-29 None (approve the spare parts budget for Q3); flags ['no_due'] != [] (approve the spare parts budget for Q3)",
    "8032-forwarded-partner-minutes-apple-mail": UNREAD + 'missed item Pieter Jansen: on-site commissioning support in Yinchuan; extra item None: Hydrobyte (Pieter): on-site commissioning support in Yinchuan – dates',
    "8033-forwarded-gov-minutes-preface-foxmail-gbk": UNREAD + 'missed item 苏和: 制定危化品运输车辆过境管控方案; extra item 苏和: 会同区交警大队，制定管控方案',
    "8037-warehouse-stocktake-iphone-plain": UNREAD + 'missed item 韦志远: 呆滞料清单交何经理确认处理方案; extra item None: 呆滞料清单我这边交何经理确认处理方案',
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT52, KNOWN)


def test_heldout52_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT52 / "make_heldout52.py", tmp_path, least=38)

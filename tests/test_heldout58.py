"""Blind set heldout58 (issue #12): 38 mails (30 minutes, 5 other, 3 auto) by a writer who never read the parser —
a Norwegian-owned aquafeed mill in Zhanjiang (Bergen writes English), a district agriculture bureau in Lishui, a lantern
maker in Zigong with a UK partner and a kite exporter in Weifang with an Australian buyer; .docx and PDF minutes among them.
Scored once on 810c30d, before anything was changed for it: items F1 0.882, due 0.981, flags 0.981, kind 0.947, next follow-up 0.867.

Session 19 read one of its misses (8613, below); the others are not read yet.

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
    "8611-tidewell-new-minutes-as-re-in-old-thread": UNREAD + "extra item None: 阳江片区：新客户试料正常，无待办; next_followup None != {'date': '2026-05-18', 'time': '16:00'}",
    "8613-lantern-collab-tracking-table-outlook": READ + "the seed 跨部门协作事项跟踪表's two 责任人 columns: this gold takes 责任人（协作方）, as a note under the table says it is the executor; the parser takes 责任人（发起方）, as 20 earlier golds do, and does not yet read such a note: " + 'missed item 刘德贵: 凤凰灯组车间制作; missed item 王德明: 灯组配电及消防验收资料; missed item 谢雨: 海外巡展报关资料准备; missed item 何晨阳: 春节灯会门票分成对账; extra item 何晨阳: 凤凰灯组车间制作; extra item 何晨阳: 灯组配电及消防验收资料; extra item 宋佳: 海外巡展报关资料准备; extra item 谢雨: 春节灯会门票分成对账',
    "8615-tidewell-internal-record-keyvalue-thunderbird": UNREAD + "due None None != 2026-07-17 None (更新应收账款周报); flags ['no_due'] != [] (更新应收账款周报)",
    "8617-gov-nested-bracket-deadlines-outlook-gb2312": UNREAD + 'missed item 季国华: 一期项目验收资料归档; missed item 毛建军: 工程质量第三方抽检',
    "8618-tidewell-hard-wrapped-items-mailmaster": UNREAD + 'missed item 梁志强: 查冷却器出料温度偏高的原因，给结论; missed item None: 夜班交接记录本填写不规范自查整改; extra item 梁志强: 帮忙查一下',
    "8620-kite-pdf-attachment-apple-mail": UNREAD + "kind other != minutes; missed item 郑璐: 上架国庆主题风筝套装详情页; missed item 崔丽: 核对7月平台退货原因统计; missed item 张庆福: 直播样品备货200套; missed item 郑璐: 申请平台国庆大促报名; next_followup None != {'date': '2026-09-09', 'time': '14:30'}",
    "8623-kite-issue-table-hour-deadlines-foxmail": UNREAD + 'missed item 郑璐: 天猫店详情页价格错标（59元标成5.9元）处理; missed item 郑璐: 37笔错价订单与客户协商处理; missed item 郑璐: 错价原因复盘并出具改进措施; missed item 崔丽: 核查同批风筝包装价签是否有误; extra item 郑璐: 先下架链接; extra item 郑璐: 补差价或退款，不强制',
    "8625-lantern-gm-vague-dept-only-lark": UNREAD + "missed item 曾晓雯: 设计部新人培训; extra item None: 新人培训，曾主管完成; due None None != 2026-08-09 None (车间夏季防暑降温设备配齐); flags ['no_due'] != [] (车间夏季防暑降温设备配齐)",
    "8627-kite-ecom-at-names-gmail-zh": UNREAD + "next_followup None != {'date': '2026-06-29', 'time': '20:00'}",
    "8628-tidewell-customer-writes-minutes-iphone": UNREAD + "missed item 邝志雄: 每天早晚测溶氧，记录表发给黄工; extra item None: 我们这边每天早晚各测一次溶氧，记录表发给黄工; next_followup {'start': '2026-09-02T09:00:00+08:00', 'end': None, 'location': None} != {'date': '2026-09-02', 'time': '15:00'}",
    "8634-other-reply-question-in-minutes-thread-foxmail": UNREAD + 'kind reply != other',
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT58, KNOWN)


def test_heldout58_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT58 / "make_heldout58.py", tmp_path, least=38)

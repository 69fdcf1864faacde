"""Blind set heldout66 (issue #12): 38 mails (30 minutes, 5 other, 3 auto) by a writer who never read the parser — 安庆长锚链业
(Anhui), Kalliste Marine Coatings (Qinzhou, Greek-owned), 上饶市广信区林业局 and 灵山国有林场 (Jiangxi), 琼海椰韵会展服务 (Hainan). Scored
once on 53fa0a0 (items F1 0.929: P 0.961, R 0.899; due 1.000, flags 0.984, kind 0.974, next follow-up 1.000; the same
on ee32c82 and on 810c30d).

Not read yet.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with what the
scorer still finds wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT66 = Path(__file__).resolve().parent / "data" / "heldout66"
UNREAD = "not read yet (a blind miss of heldout66): "
READ = "read, not fixed: "
KNOWN = {
    "9401-outlook-gb2312-grouped-by-person-titles": UNREAD + 'missed item 何志勇: 4#热处理炉炉温均匀性测试报告; missed item 何志勇: 热处理工段夜班排班表报孙部长; missed item 潘晓东: 2#闪光焊机故障原因分析报告; missed item 潘晓东: 联系焊机厂家售后上门检修; missed item 吴敏: 整理一季度客户投诉闭环情况; missed item 汪海涛: φ76锚链破断负荷试验样品送船级社见证; missed item 查丽: 更新AM3热处理工艺卡（C版）交檀部长审核; missed item 储卫红: 催卡利斯特发沥青漆（黑）200桶',
    "9402-foxmail-gbk-supplier-followup-table": UNREAD + 'missed item 汪海涛: 到货后安排附着力抽检',
    "9403-exmail-gb18030-issue-record-hours": UNREAD + 'missed item 吴敏: 出8D报告（先完成D1-D4）; extra item 吴敏: 见下; extra item None: 本人出8D报告; extra item 孙立群: 已决定：同规格焊接生产暂停，复检结果出来后再定是否恢复',
    "9410-m365-en-ai-prefix-utc-date": UNREAD + "flags ['no_due', 'no_owner'] != ['no_owner', 'vague_due'] (get a quote for the second dust extraction unit)",
    "9412-apple-mail-checkbox-at-mentions": UNREAD + 'missed item Eleni Karagianni: ask Yeyun Expo for a formal quotation; extra item None: @me - ask Yeyun Expo for a formal quotation',
    "9415-m365-forwarded-hq-minutes-preface-assigns": UNREAD + 'missed item 覃志强: submit the Asia dealer summit budget for approval; missed item 黄海燕: confirm local stock of antifouling AF-77 for the Q4 dry-dock season',
    "9427-coremail-mid-autumn-national-day-yishi": UNREAD + 'missed item 饶建新: 组织防火物资和扑火机具清点',
    "9429-exmail-forward-tencent-meeting-ai-minutes-preface-item": UNREAD + 'extra item 王家豪: 说明B馆特装展位需做结构计算，设计院要求给齐资料',
    "9431-qqmail-app-next-meeting-sentence": UNREAD + "flags ['vague_due'] != ['no_due'] (嘉宾礼品付款)",
    "9435-mailmaster-reply-venue-thread-not-minutes": UNREAD + 'kind reply != other',
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT66, KNOWN)


def test_heldout66_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT66 / "make_heldout66.py", tmp_path, least=38)

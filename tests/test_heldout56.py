"""Blind set heldout56 (issue #12): 38 mails (32 minutes, 3 other, 3 auto) by a writer who never read the parser —
a provincial grain-and-oil trading SOE in Changchun, a 3D-printing service bureau in Suzhou Wujiang, an orthodontics
clinic group in Fuzhou and a Chilean-owned wine and copper-trading office in Tianjin, with a German printer maker and a
Taiwanese distributor (big5) writing too; .docx, PDF and AI-written minutes among them.
Scored once on fd1b374, before anything was changed for it: items F1 0.921 (P 0.921, R 0.921), due 0.991, flags 0.991, kind 0.974, next follow-up 0.906.

Session 18 read two of its misses (8422 'Mrs. Wu:' and 'immediately'; 8429 '会议研究了…事项。' before a directive, and '提交下次办公会审议' is no next meeting; tests/test_parsers_minutes_writers43.py): items F1 0.934, next follow-up 0.938; the others are not read yet.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with what
the scorer still finds wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT56 = Path(__file__).resolve().parent / "data" / "heldout56"
UNREAD = "not read yet (a blind miss of heldout56): "
READ = "read, not fixed: "
KNOWN = {
    "8401-soe-special-meeting-qingming-outlook-gb2312": READ + "（四）'清明节假期安全工作。一是严格执行…值班…制度；二是完成…检查' holds a standing rule and a task in one "
        "labelled item; the item is read whole under its title: missed item 鲍春生: 完成各库区消防设施和电气线路检查; extra item 鲍春生: 清明节假期安全工作",
    "8409-chat-log-restates-list-coremail": UNREAD + 'missed item None: 编排下周铁路专用线装车计划; extra item 车计划: 由储运部调度室编排下周装车计划，报我; extra item 韦志远: [04-21 15:02] 赵立军： 1号库清仓消杀要弄完，安全环保部要来验收; extra item 赵立军: [04-21 15:05] 宋雨晴：扦样计划发群里',
    "8411-new-minutes-as-re-old-thread-outlook-qp": UNREAD + "flags ['no_due'] != ['vague_due'] (跟进客户灭菌验证)",
    "8418-wrapped-lines-mailmaster-mobile-holiday-eve": READ + "the gold words item 3 in another order ('给…客户发…通知' for '把…通知发给…客户'), below the "
        "scorer's likeness; owner, due and flags are right: missed item 邱莉: 给受影响的6家客户发端午后交期调整通知; extra item 邱莉: 把端午后的交期调整通知发给受影响的6家客户",
    "8432-role-title-owners-outlook-plain": UNREAD + 'extra item 钱慧敏: 8月起每周四下午开设正畸咨询专场，作为固定安排',
    "8435-other-internal-newsletter-by-person": UNREAD + 'kind minutes != other; extra item 钱慧敏: 团队获“优秀病例”二等奖',
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT56, KNOWN)


def test_heldout56_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT56 / "make_heldout56.py", tmp_path, least=38)

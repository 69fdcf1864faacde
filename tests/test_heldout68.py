"""Blind set heldout68 (issue #12): 38 mails (30 minutes, 5 other, 3 auto) by a writer who never read the parser —
娄底市娄星区人力资源和社会保障局 (Hunan), Ergolz Mikrotechnik (Taizhou, Swiss-owned), 江门市锐焰燃气具 (Guangdong, with a Tanzanian
distributor), 绥化禾润寒地稻米 (Heilongjiang). Scored once on a1b946c (items F1 0.913: P 0.917, R 0.909; due 0.991, flags
0.982, kind 1.000, next follow-up 0.897; 0.912 on 07e1344, the session's start).

Read in session 20: the misses led to the readings of tests/test_parsers_minutes_writers50.py and 51.py; since then
items F1 0.942, due 1.000, flags 0.991, kind 1.000, next follow-up 0.966. The misses left are named below.

Since then it is a regression suite: every case as its gold says, but the known misses below, each named with what the
scorer still finds wrong.
"""
from pathlib import Path

import pytest

from gold import SCORER, assert_every_case, assert_script_writes_the_stored_cases

HELDOUT68 = Path(__file__).resolve().parent / "data" / "heldout68"
UNREAD = "not read yet (a blind miss of heldout68): "
READ = "read, not fixed: "
KNOWN = {
    "9601-gov-yishi-ershi-coremail": READ + "the gold takes a point's dated clause ('…五一节前完成首轮排查并形成问题清单') where we keep the point's topic and all its sentences: missed item 谢志刚: 完成在建工程项目欠薪首轮排查并形成问题清单; missed item 罗文斌: 完成上半年补贴性培训计划备案; extra item 谢志刚: 开展根治欠薪专项排查。对全区在建工程项目逐一排查农民工工资专用账户和实名制管理情况，完成首轮排查并形成问题清单; extra item 罗文斌: 推进补贴性职业技能培训。完成上半年培训计划备案，确保培训机构资质审核到位",
    "9602-gov-docx-duty-table-outlook-gb2312": READ + "the .docx's '下阶段调度安排：5月20日（周三）下午3:00' is no next-meeting label we read: next_followup None != {'date': '2026-05-20', 'time': '15:00'}",
    "9610-ergolz-ai-lines-headoffice-gmail-cest": READ + "a before-event with no day ('before the next audit') is no due here; this gold calls it vague_due: flags ['no_due'] != ['vague_due'] (add the brush-wear failure mode to the PFMEA)",
    "9622-ruiyan-collab-tracking-table-coremail-html": READ + "policy: the seed 跨部门协作事项跟踪表's 责任人（发起方） owns the row, as 20 earlier golds read it; this gold takes 协作方 and calls it AMBIGUOUS: missed item 冯淑仪: CKD散件检验标准; missed item 甄国栋: 首柜散件防潮包装方案; missed item 司徒敏: 出口退税资料准备; missed item 麦晓琳: 阀体二供认证; extra item 区文杰: CKD散件检验标准; extra item 区文杰: 首柜散件防潮包装方案; extra item 黄嘉欣: 出口退税资料准备; extra item 黄嘉欣: 阀体二供认证",
    "9638-herun-sent-on-makeup-saturday-coremail-gbk": READ + "a 请 clause after a topic ('色选机校准需厂家上门，请王部长尽快联系厂家') keeps the topic in the task, below the scorer's likeness: missed item 王立国: 联系厂家上门校准色选机; extra item 王立国: 色选机校准需厂家上门，联系厂家",
}


@pytest.mark.skipif(not SCORER.is_file(), reason="no ../shared scorer")
def test_every_case_is_right_but_the_known_misses():
    assert_every_case(HELDOUT68, KNOWN)


def test_heldout68_mails_are_what_the_script_writes_and_gold_dates_follow_the_calendar(tmp_path):
    """The script re-checks every gold date against chinesecalendar and writes the same bytes as are stored."""
    assert_script_writes_the_stored_cases(HELDOUT68 / "make_heldout68.py", tmp_path, least=38)

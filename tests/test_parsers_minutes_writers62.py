"""Issue #12, session 22: readings heldout80's blind misses asked for (scored once on 0144534), each tested on a
variant written here beside its near miss."""
from datetime import datetime

from minutes_reading import SHANGHAI, MinutesReader
from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "龙海燕,longhy@ex.cn,办公室,,\n韦晓丽,weixl@ex.cn,耕地保护股,,晓丽\n安志刚,anzg@ex.cn,执法大队,,安队\n"
    "田茂林,tianml@ex.cn,局领导,,田局\n")
MINUTES = MinutesReader(ROSTER, tuple(Address(e.name, e.email) for e in ROSTER.entries))
WED = datetime(2026, 6, 17, 20, 15, tzinfo=SHANGHAI)        # Wednesday 2026-06-17


def test_a_crew_leader_nobody_knows_by_surname_and_title():
    """'施工队邵队长尽快整改…': 邵队长, by name (no address); '工程部的人尽快…' names nobody."""
    read = MINUTES.read("三、议定事项\n1. 施工队邵队长尽快整改3号段坡面平整度，满足铺设要求。\n", WED)
    assert [(i.owner.name, i.owner.email, i.task, i.flags) for i in read.items] == \
        [("邵队长", None, "整改3号段坡面平整度，满足铺设要求", ("vague_due",))]


def test_a_line_marked_as_a_decision_is_no_item():
    """'1. 7月起订单优先排产，其他订单顺延。（决定）' under a person heading: what was decided, not their work."""
    got = MINUTES.owners("【田局】\n1. 7月起哥伦比亚订单优先排产，其他订单顺延。（决定）\n2. 本周内和银行敲定续保方案。\n", WED)
    assert got == [("田茂林", "和银行敲定续保方案", "2026-06-21")]


def test_a_numbered_line_whose_owner_is_still_to_be_named():
    """'4. 整理会议录音中提到的数据问题清单（未指定负责人）' in the 待办 list: an item of no owner, though 录音 names a
    section elsewhere; '（负责人待定）' is cut from the task whole."""
    read = MINUTES.read("【待办事项】\n1. 韦晓丽：端午节前完成内业复核\n2. 整理会议录音中提到的数据问题清单（未指定负责人）\n"
                        "3. 汇总复核意见（负责人待定）\n", WED)
    assert [(i.owner.name if i.owner else None, i.task) for i in read.items] == \
        [("韦晓丽", "完成内业复核"), (None, "整理会议录音中提到的数据问题清单"), (None, "汇总复核意见")]


def test_an_opening_that_names_the_minutes_and_who_is_away():
    """'股室周例会（6月17日）简要纪要，田局不在，结论以此为准：' gives 田茂林 nothing to do."""
    got = MINUTES.owners("股室周例会（6月17日）简要纪要，田局不在，结论以此为准：\n晓丽：\n①6月19日前把台账更新完；\n", WED)
    assert got == [("韦晓丽", "把台账更新完", "2026-06-19")]


def test_a_helper_s_own_step_ending_on_other_words_than_the_lead_s():
    """'②配合执法大队做好…现场复核' beside 安队's '出具…复核意见': her step of the work (the field check), kept."""
    got = MINUTES.owners("晓丽：\n①6月19日前把台账更新完；\n②配合执法大队做好大西桥镇2宗图斑的现场复核，具体时间跟安队约。\n"
                         "安队：\n①尽快出具大西桥镇复核意见。\n", WED)
    assert [owner for owner, _, _ in got] == ["韦晓丽", "韦晓丽", "安志刚"]

"""Issue #12, session 21: readings five of heldout71's unread known misses asked for, each tested on a variant written
here beside its near miss."""
from datetime import datetime

from minutes_reading import SHANGHAI, MinutesReader
from parsers.dates.due import resolve
from parsers.dates.workdays import WorkdayCalendar
from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "于海波,yuhb@ex.cn,综合办,,\n姜涛,jiangt@ex.cn,设备部,,\n廖春燕,liaocy@ex.cn,社会救助股,,廖老师\n"
    "李湘,lix@ex.cn,规划财务股,,\n雷振宇,leizy@ex.cn,社会救助股,,雷股长\n王斌,wangb@ex.cn,稽查部,,\n")
KNOWN = tuple(Address(name, email) for name, email in (("于海波", "yuhb@ex.cn"), ("姜涛", "jiangt@ex.cn"),
                                                       ("廖春燕", "liaocy@ex.cn"), ("李湘", "lix@ex.cn")))
MINUTES = MinutesReader(ROSTER, KNOWN)
TUE = datetime(2026, 6, 16, 14, 5, tzinfo=SHANGHAI)        # Tuesday 2026-06-16


def test_a_mention_closing_a_line_after_its_due_label():
    """'[ ] 组织夏季消防演练  截止时间：待定  @于海波': his, vague; 'Assignee: @jacky | Due: next Wed' keeps its mention."""
    got = MINUTES.owners("待办\n[ ] 更换灌装阀密封圈  6月19日前  @姜涛\n[ ] 组织夏季消防演练  截止时间：待定  @于海波\n", TUE)
    assert [(owner, day) for owner, _, day in got] == [("姜涛", "2026-06-19"), ("于海波", None)]


def test_an_item_the_forwarder_adds_to_an_ai_s_minutes():
    """A forward's preface that adds an item ('另外补充一项…：请李湘6月25日前核对…') keeps it, though the AI's minutes
    below count only their 待办; a preface line that moves an item's day ('第2条…时间改为6月26日') adds none."""
    text = ("各位：\n转发昨天调度会的腾讯会议智能纪要，待办已核对。\n另外补充一项会上口头交代的：请李湘6月25日前核对临时救助资金的拨付进度。\n"
            "其中第2条，会上同意延后，时间改为6月26日。\n-------- 转发邮件信息 --------\n发件人：\"腾讯会议\" <notice@tmeet.example.com>\n"
            "主题：腾讯会议智能纪要\n腾讯会议 · 智能纪要\nAI 总结\n会议通报了救助工作情况。\n待办事项\n· 雷振宇：6月19日前完成台账比对\n"
            "· 廖春燕：6月22日前汇总各街道数据\n本纪要由腾讯会议 AI 生成，请核实后使用\n")
    got = MINUTES.owners(text, TUE)
    assert [(owner, task) for owner, task, _ in got][0] == ("李湘", "核对临时救助资金的拨付进度")
    assert [owner for owner, _, _ in got] == ["李湘", "雷振宇", "廖春燕"]


def test_a_person_asked_to_help_when_nobody_leads():
    """'3. 请廖老师协助核实院内2名低保对象的护理等级（7月上旬）': hers; '…，王斌配合提供系统字段' under a unit that does
    the work stays the unit's."""
    assert MINUTES.owners("整改要求：\n3. 请廖老师协助核实院内2名低保对象的护理等级（7月上旬）。\n", TUE)[0][0] == "廖春燕"
    assert MINUTES.owners("待办：\n1. 追缴通知书模板修订：稽查部出初稿，王斌配合提供系统字段，6月30日前。\n", TUE)[0][0] is None


def test_the_first_working_day_needs_its_period():
    """'检修结束后的第一个工作日' names a day nobody can date; '下周第一个工作日', 'the first working day of next week'
    are next Monday (a working one)."""
    assert resolve("检修结束后的第一个工作日", TUE, WorkdayCalendar()) is None
    for text in ("下周第一个工作日", "the first working day of next week"):
        assert resolve(text, TUE, WorkdayCalendar()).date.isoformat() == "2026-06-22"
    assert resolve("下周第一个工作日", datetime(2026, 9, 24, 10, 0, tzinfo=SHANGHAI), WorkdayCalendar()).date.isoformat() \
        == "2026-09-28"
    assert MINUTES.next_meeting("1. 姜涛：6月18日前完成管线标识\n下次碰头：检修结束后的第一个工作日，时间另行通知。\n", TUE) is None

"""Issue #12, session 21: readings heldout73's and heldout74's misses asked for (both scored once on 42800f4), each
tested on a variant written here beside its near miss."""
import io
from datetime import datetime

import pytest

from hostile_attachments import PDF, attached
from minutes_reading import SHANGHAI, MinutesReader
from parsers.mail.addresses import Address
from parsers.message import SEE_ATTACHED
from parsers.minutes.grids.columns import column_role
from parsers.minutes.lines.inline import list_marker
from parsers.minutes.owning.people import Roster
from test_attachments import read

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "米晓燕,mixy@ex.cn,采购部,,米经理\n刘俊峰,liujf@ex.cn,生产部,,\n隋永刚,suiyg@ex.cn,生产技术部,,隋部长\n"
    "邹国平,zougp@ex.cn,生产部,,\n彭志强,pengzq@ex.cn,采购部,,\n段志明,duanzm@ex.cn,资金科,,\n")
KNOWN = (Address("邵飞", "shaofei@anchi.example.cn"), Address("王振宇", "wangzy@fire.example.gov.cn"))
MINUTES = MinutesReader(ROSTER, KNOWN)
WED = datetime(2026, 6, 17, 9, 12, tzinfo=SHANGHAI)            # Wednesday 2026-06-17


@pytest.mark.parametrize("body", [
    "Minutes of yesterday's design review for the 2027 collection are attached (PDF).",
    "Please find attached the minutes of today's call.", "附上本次会议纪要，请查收。", "会议纪要详见附件。",
    "周会记录放在附件里了", "Our notes from the review are in the attachment."])
def test_a_body_that_says_the_minutes_are_attached(body):
    assert SEE_ATTACHED.search(body)


@pytest.mark.parametrize("body", ["Please send me the attached invoice again.", "Thanks for the minutes, all clear.",
                                  "附件是报价单，请查收。"])
def test_a_body_that_attaches_something_else(body):
    assert not SEE_ATTACHED.search(body)


def pdf_of_lines(lines: list[str]) -> bytes:
    """A one-page PDF (reportlab, Helvetica) with each line drawn as written, runs of spaces kept as gaps."""
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    page = canvas.Canvas(out)
    for n, line in enumerate(lines):
        page.drawString(40, 800 - 16 * n, line)
    page.save()
    return out.getvalue()


def test_action_codes_in_a_pdf_start_their_own_rows():
    """'#3 … Due: end of month' then '#4  Owner: … Task: … Due: TBD' in a PDF the body says is attached: four items,
    none of them carrying the next row or its 'Task:' label."""
    lines = ["Design Review Minutes", "2. Actions",
             "#1  Owner: Li Na      Task: prototype 3 lounge chairs in natural rattan     Due: 26 June",
             "#2  Owner: Wang Fang  Task: run the salt-spray test on the new frames       Due: 3 July",
             "#3  Owner: Liu Yang   Task: source a 200 m sample of core rattan            Due: end of month",
             "#4  Owner: Chen Zhe Task: release the final BOM for the collection          Due: TBD"]
    raw = attached(pdf_of_lines(lines), "minutes.pdf", PDF, body="Minutes of yesterday's review are attached (PDF).")
    items = read(raw).items
    assert [(i.owner.name if i.owner else None, i.task) for i in items] == [
        ("Li Na", "prototype 3 lounge chairs in natural rattan"), ("Wang Fang", "run the salt-spray test on the new frames"),
        ("Liu Yang", "source a 200 m sample of core rattan"), ("Chen Zhe", "release the final BOM for the collection")]


def test_an_action_code_is_a_list_marker():
    assert list_marker("#12 fix the seal") == ("number", "fix the seal")
    assert list_marker("# Next steps") == ("", "# Next steps")


def test_a_numbered_line_that_does_work_is_no_heading():
    """'2、节后尽快安排液化气供应商上门检测管道' under 【米晓燕】 is her item (安排 is its verb, not a section's name);
    '二、工作安排' over a list still heads it."""
    got = MINUTES.owners("""
    【米晓燕】
    1、今天下班前把气瓶库存报给我
    2、节后尽快安排液化气供应商上门检测管道
    二、工作安排
    1、刘俊峰：6月20日前完成钢丝绳检查
    """, WED)
    assert [(owner, task) for owner, task, _ in got] == [
        ("米晓燕", "把气瓶库存报给我"), ("米晓燕", "节后安排液化气供应商上门检测管道"), ("刘俊峰", "完成钢丝绳检查")]


def test_a_person_and_what_they_do_in_the_closing_brackets():
    """'振实密度测试方法统一（隋部长定稿），本周内': his; '（隋部长已确认）' says what is done, and names no owner."""
    assert MINUTES.owners("待办：\n1. 振实密度测试方法统一（隋部长定稿），本周内。\n", WED) == \
        [("隋永刚", "振实密度测试方法统一", "2026-06-21")]
    assert MINUTES.owners("待办：\n1. 振实密度测试方法统一（隋部长已确认），本周内。\n", WED)[0][0] is None


def test_what_is_to_be_done_after_the_meeting_is_the_work():
    """'会后事项：' after '会议结论：' opens the work: each 'NAME：…' below is an item."""
    got = MINUTES.owners("""
    会议结论：
    1. 报价在上次基础上下浮3%。
    会后事项：
    1. 邹国平：完成招标文件商务部分响应，月底前。
    2. 米经理：梳理服务网点覆盖情况，6月24日前。
    """, WED)
    assert got == [("邹国平", "完成招标文件商务部分响应", "2026-06-30"), ("米晓燕", "梳理服务网点覆盖情况", "2026-06-24")]


def test_the_permanent_measure_is_the_work_not_the_interim_one():
    """An issue table with 临时措施 and 永久措施: the 永久措施 cell is the task (the interim one is in place)."""
    assert column_role("永久措施")[1] < column_role("临时措施")[1]
    table = ("问题编号\t问题描述\t临时措施\t永久措施\t责任人\t计划完成日期\t状态\n"
             "Q-02\t指板边缘毛刺\t返修\t修改打磨工装\t邹国平\t2026/7/3\t进行中\n"
             "Q-03\t面漆橘皮\t调整喷枪气压\t喷漆房加装恒湿机\t彭志强\t2026/7/15\t进行中\n")
    assert MINUTES.owners(table, WED) == [("邹国平", "修改打磨工装", "2026-07-03"), ("彭志强", "喷漆房加装恒湿机", "2026-07-15")]


def test_a_company_then_its_person_who_answers_for_it():
    """In a customer's minutes, '安驰公司邵飞经理负责补齐…' is 邵飞's (in the To line)."""
    got = MINUTES.owners("会议明确：\n二、安驰公司邵飞经理负责补齐随车工具清单，6月30日前送达支队。\n", WED)
    assert got == [("邵飞", "补齐随车工具清单，送达支队", "2026-06-30")]


def test_a_person_with_nothing_new_asks_nothing():
    """'4. 段志明：（无新增事项）一季度资金执行情况已在会上通报' after three items of the list is a report."""
    got = MINUTES.owners("""
    议定事项：
    1. 邹国平：牵头起草管理办法初稿，6月30日前报主任审定。
    2. 彭志强：6月25日前反馈结果。
    3. 段志明：（无新增事项）一季度资金执行情况已在会上通报。
    """, WED)
    assert [owner for owner, _, _ in got] == ["邹国平", "彭志强"]

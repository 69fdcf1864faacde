"""Minutes structure: tables in any column order, two-row headers, sections that are never items, the
meeting's facts and the next follow-up."""
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parsers.minutes.meeting.followup import held_at, location, next_followup
from parsers.minutes.lines.sections import heading
from tests.test_parsers_minutes import MON, Q, ROSTER, KNOWN, read, summary
from parsers.context import Context
from parsers.dates.workdays import WorkdayCalendar

SH = ZoneInfo("Asia/Shanghai")
CTX = Context(MON, WorkdayCalendar(), ROSTER, KNOWN)


def test_table_columns_in_any_order_and_done_rows_left_out():
    text = ("责任人\t工作内容\t完成时限\t进展\t备注\n"
            "刘工\t完成支付模块联调\t11月15日\t进行中\t依赖第三方\n"
            "研发中心\t评估服务器扩容\t本月底\t未开始\t\n"
            "何工\t补充回归用例\t待定\t进行中\t\n"
            "王大伟\t发布新闻稿\t11月1日\t已完成\t")
    assert [summary(i) for i in read(text).items] == [
        ("刘晓峰", "liuxf" + Q, "完成支付模块联调", "2024-11-15", None, []),
        (None, None, "评估服务器扩容", "2024-11-30", None, ["no_owner"]),
        ("何志明", "hezm" + Q, "补充回归用例", None, None, ["vague_due"])]


def test_a_department_only_owner_keeps_a_roster_department():
    [item] = read("事项\t负责人\t截止时间\n评估服务器扩容\t研发中心\t本月底").items
    assert item.owner.department == "研发中心" and item.owner.name is None


def test_two_row_header_with_spans_expanded():
    rows = (("序号", "事项", "负责信息", "负责信息", "截止时间", "状态"),
            ("序号", "事项", "负责部门", "负责人", "截止时间", "状态"),
            ("1", "确定会议场地", "市场部", "王大伟", "11月20日", "进行中"),
            ("2", "制作邀请函", "市场部", "王大伟", "11月20日", "未开始"),
            ("3", "准备演示样机", "产品部", "周雨", "11月25日前", "未开始"),
            ("4", "会议预算审批", "人力资源部", "孙丽", "11月1日", "已完成"))
    text = "筹备会纪要如下：\n" + "\n".join(" | ".join(r) for r in rows[:1]) + "\n" + "\n".join(
        " | ".join(dict.fromkeys(r)) for r in rows[1:])    # the flattened text lacks the repeated cells
    items = read(text, tables=(rows,)).items
    assert [(i.owner.name, i.task, i.due_date.isoformat()) for i in items] == [
        ("王大伟", "确定会议场地", "2024-11-20"), ("王大伟", "制作邀请函", "2024-11-20"),
        ("周雨", "准备演示样机", "2024-11-25")]


def test_english_table_with_header_cells():
    text = ("| Action | Owner | Due date | Status |\n|---|---|---|---|\n"
            "| Draft the hiring plan | 孙经理 | Nov 29 | In progress |\n"
            "| Close the Q3 books | Finance | Nov 10 | Done |")
    assert [summary(i)[:4] for i in read(text).items] == [("孙丽", "sunli" + Q, "Draft the hiring plan", "2024-11-29")]


def test_a_table_without_an_item_header_is_read_as_lines():
    text = "沟通基本信息 | 内容\n会议时间 | 2024年11月1日 14:00-15:00\n参会人员 | 陈思远、刘晓峰"
    read_ = read(text)
    assert read_.items == () and read_.facts["held"].startswith("2024年11月1日")
    assert read_.facts["people"] == "陈思远、刘晓峰"


@pytest.mark.parametrize("quiet_heading", ["一、会议结论", "会议决议：", "Decisions:", "一、上次待办回顾", "本周回顾"])
def test_lines_under_decisions_and_reviews_are_never_items(quiet_heading):
    text = f"{quiet_heading}\n1. 刘工：11月8日前完成联调\n2. 郑总 上线方案 —— 已完成\n二、待办事项\n1. 周雨：周五前评审需求"
    assert [i.task for i in read(text).items] == ["评审需求"]


def test_outside_an_action_section_a_line_must_name_its_owner():
    text = "议题：\n1. 双11备货计划\n2. 刘工：周五前提交排期\n高优先级问题请保持电话畅通。\n周雨本周五前整理问题清单。"
    assert [(i.owner.name, i.task) for i in read(text).items] == [("刘晓峰", "提交排期"), ("周雨", "整理问题清单")]


def test_signature_and_disclaimer_are_not_read():
    text = ("待办事项：\n1. 刘工：周五前联调\n\n谢谢！\n何志明\n服务热线：400-800-1234（工作日 9:00-18:00）\n"
            "如您误收本邮件，请于24小时内删除。")
    assert [i.task for i in read(text).items] == ["联调"]


def test_a_forwarded_message_after_the_cover_note_is_read():
    text = ("请跟进以下待办，谢谢！\n\n周雨\n\n发件人: 马超 <machao@qinghe.example.com>\n发送时间: 2024年11月1日 17:20\n"
            "主题: 评审会纪要\n\n待办事项：\n1. 刘工：11月8日前输出设计稿")
    assert [i.task for i in read(text).items] == ["输出设计稿"]


@pytest.mark.parametrize("line, kind, value", [
    ("二、待办事项", "action", ""), ("Action items:", "action", ""), ("三、后续工作安排", "action", ""),
    ("一、会议结论", "decision", ""), ("Decisions:", "decision", ""), ("一、上次待办回顾", "review", ""),
    ("Key points:", "info", ""), ("三、下次周会：11月8日（周五）16:00", "followup", "11月8日（周五）16:00"),
    ("Next sync: Friday Nov 15 at 11:00", "followup", "Friday Nov 15 at 11:00"),
])
def test_headings(line, kind, value):
    assert heading(line) == type(heading(line))(kind, value)


@pytest.mark.parametrize("line", ["1. 刘工：提交方案", "评审结论：方案B通过，采用环保内托。", "各位：", "周雨"])
def test_not_headings(line):
    assert heading(line) is None


@pytest.mark.parametrize("text, start, end, place", [
    ("下次会议：11月11日（周一）10:00，线上会议。", "2024-11-11T10:00", None, "线上会议"),
    ("下次沟通时间：2024-11-12", "2024-11-12T09:00", None, None),
    ("Next sync: Friday Nov 15 at 11:00, Room 5B.", "2024-11-15T11:00", None, "Room 5B"),
    ("下次评审：11月14日（周四）14:00-15:30，地点：2号会议室", "2024-11-14T14:00", "2024-11-14T15:30", "2号会议室"),
    ("双方约定下周二上午10点召开下一次沟通会。", "2024-11-12T10:00", None, None),
    ("## Next\nSprint 24 planning: Mon 11/11 10:00 @ Big Room", "2024-11-11T10:00", None, None),
])
def test_next_followup_from_the_minutes(text, start, end, place):
    found = read(text).followups
    followup = next_followup(list(found), CTX)
    assert followup.start.isoformat().startswith(start)
    assert (followup.end.isoformat()[:16] if followup.end else None) == end
    assert followup.location == place


@pytest.mark.parametrize("text", ["下次会议时间待定，另行通知。", "四、下次会议\n时间待定", "Next meeting: TBD"])
def test_an_undecided_next_meeting_is_no_followup(text):
    assert next_followup(list(read(text).followups), CTX) is None


def test_held_at_reads_the_start_of_a_range():
    assert held_at("2024年11月1日 14:00-15:30", CTX) == datetime(2024, 11, 1, 14, 0, tzinfo=SH)
    assert held_at("10月28日 下午3点", CTX) == datetime(2024, 10, 28, 15, 0, tzinfo=SH)


def test_location_needs_a_place_word():
    assert location("11月8日 16:00，腾讯会议") == "腾讯会议" and location("11月8日 16:00，项目周会") is None


PIECES = st.sampled_from(["待办事项：", "1. ", "①", "刘工：", "负责人：", "截止时间：", "11月8日前", "|", "\t", "（", "）",
                          "已完成", "下次会议：", "周五", "研发中心", "\n", " ", "Owner: ", "by Friday", "由", "，", "-- "])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=40))
def test_any_text_reads_without_error_and_items_are_numbered(parts):
    items = read("".join(parts)).items
    assert [i.number for i in items] == list(range(1, len(items) + 1))
    assert all(i.task.strip() for i in items)


def test_a_roster_alias_shaped_like_a_unit_is_the_person():
    """'黄处' (处长 黄志强) ends in 处 like a department, but the roster writes him so: the row is his."""
    from parsers.minutes.owning.people import Roster
    roster = Roster.from_csv_text("name,email,department,manager_email,aliases\n"
                                  "黄志强,hzq@taihe.example.com,信息科技部,,黄处\n")
    ctx = Context(MON, WorkdayCalendar(), roster, ())
    from parsers.minutes.reader import read_minutes
    [item] = read_minutes("工作事项\t牵头部门\t责任人\t时间节点\n完成压力测试\t信息科技部\t黄处\t11月21日", ctx).items
    assert (item.owner.name, item.owner.email, item.flags) == ("黄志强", "hzq@taihe.example.com", ())


def test_keycap_numbers_are_list_markers_and_emoji_are_no_task():
    text = "【待办】\n1️⃣ @刘工 联调接口 👉 周五\n2️⃣ 产品部 整理需求池 ⚠️尽快\n\n【下次同步】11月11日（周一）10:00 钉钉视频会"
    found = read(text)
    assert [(i.owner.name, i.task, list(i.flags)) for i in found.items] == [
        ("刘晓峰", "联调接口", []), (None, "整理需求池", ["no_owner", "vague_due"])]
    assert next_followup(list(found.followups), CTX).start.isoformat().startswith("2024-11-11T10:00")


@pytest.mark.parametrize("opening", [
    "11月4日上午，研发中心在3楼会议室召开周例会，陈总主持，各组负责人参加。纪要如下：",
    "本周组会纪要如下（11月4日，刘工参加）。",
])
def test_a_sentence_about_the_meeting_itself_is_no_item(opening):
    assert [i.task for i in read(f"{opening}\n待办事项：\n1. 周雨：周五前评审需求").items] == ["评审需求"]


def test_a_meeting_named_by_its_kind_only_after_a_colon_and_a_day():
    found = read("Action items:\n- Code review: Leo to fix the login bug by Friday\nDesign review: Nov 12, Room 5B")
    assert len(found.items) == 1
    assert found.followups == ("Design review: Nov 12, Room 5B",)

"""Issue #12, heldout13 round (cases 2401-2418): readings of structure that heldout13 showed broken or missing, each
tested on a variant written here (other words, layouts and trades than the held-out mails)."""
from datetime import datetime

from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "秦海燕,qinhaiyan@ex.cn,质量部,,Helen;秦工\n何斌,hebin@ex.cn,工程部,,Ben;何工\n"
    "马骁,maxiao@ex.cn,工程部,,老马;Max\n孔令辉,konglinghui@ex.cn,仓储部,,小孔\n")
MINUTES = MinutesReader(ROSTER, (Address("马骁", "maxiao@ex.cn"),))
owners = MINUTES.owners
TUE = datetime(2025, 6, 10, 10, 0, tzinfo=SHANGHAI)


def next_meeting(text: str, sent: datetime) -> str | None:
    return MINUTES.next_meeting(text, sent)


def test_columns_of_no_role_before_the_owner_name_the_work_when_no_column_says_task():
    """A pasted spreadsheet '物料编码 | 物料名称 | 采购数量 | 负责人 | 截止日期 | 状态': no column is called task, but
    beside an owner and a due column the cells before the owner's say together what is to be done (a bare number
    keeps its header); a 已完成 row is status."""
    text = ("物料编码\t物料名称\t采购数量\t负责人\t截止日期\t状态\t备注\n"
            "M-3301\t轴承座\t120\t孔令辉\t6/13\t进行中\t\n"
            "M-3302\t密封圈\t500\t秦工\t下周一\t待确认\t先核库存\n"
            "M-3303\t润滑脂\t40\t何斌\t—\t已完成\t6/5已到\n")
    got = owners(text, TUE)
    assert [(who, due) for who, _, due in got] == [("孔令辉", "2025-06-13"), ("秦海燕", "2025-06-16")]
    assert "M-3301" in got[0][1] and "轴承座" in got[0][1] and "120" in got[0][1]


def test_a_heading_naming_a_person_and_their_team_heads_that_persons_work():
    """'【何斌 工程】' over ①② lines, '【秦海燕 质量】' over one line of prose: the name before the team word is the
    owner; a 配合 line under a person's own heading is that person's work, whoever the bracket says leads the whole."""
    text = """
    各位：评审会分工按人列如下。

    【何斌 工程】
    ① 夹具图纸定版，出作业指导书 —— 下周三下班前
    ② 配合质量部做首件尺寸复测（复测由秦海燕牵头）

    【秦海燕 质量】
    复测报告出来后发群，6月20日前

    下次碰头：6月16日（周一）上午10点。
    """
    got = owners(text, TUE)
    assert [(who, due) for who, _, due in got] == [("何斌", "2025-06-18"), ("何斌", None), ("秦海燕", "2025-06-20")]
    assert got[1][1].startswith("配合质量部做首件尺寸复测")


def test_a_heading_naming_each_of_a_kind_of_people_heads_work_nobody_owns_alone():
    """'【各班组长】' over a line of work: everybody of that kind does it, so it is an item with no owner."""
    text = """
    分工如下：

    【孔令辉 仓储】
    ① 退货区重新划线 —— 6月13日前

    【各班组长】
    组织本班组消防演练，月底前完成，具体时间各自定
    """
    assert [(who, due) for who, _, due in owners(text, TUE)] == [("孔令辉", "2025-06-13"), (None, "2025-06-30")]


def test_bare_nicknames_over_indented_dash_lists_each_head_their_own_list():
    """'秦工' / '小何' / '小孔' alone on a line over an indented '- …' line: each is a person (an alias, or 小 + the
    one surname of the roster), and the list below is theirs, not the previous person's: a long item line that stops
    without punctuation is not continued by a line at the margin that heads an indented list of its own."""
    text = """
    今天定了以下几件事：

    秦工
      - 来料检验规程修订稿和抽样标准说明，下周一给我
    小何
      - 二号线夹具图纸按评审意见改好，3个工作日内发我
    小孔
      - 备件库盘点表今天下班前发群里

    下次例会：另行通知。
    """
    assert [(who, due) for who, _, due in owners(text, TUE)] == [
        ("秦海燕", "2025-06-16"), ("何斌", "2025-06-13"), ("孔令辉", "2025-06-10")]


def test_a_period_then_to_be_decided_sets_no_next_meeting():
    """'下次例会：节后再定' / '下次碰头：下个月另行通知': the period says when the day will be decided, not the day;
    a day with only its place to be announced still stands."""
    assert next_meeting("待办：\n1. 何斌：图纸定版，6月13日前\n下次例会：节后再定。\n", TUE) is None
    assert next_meeting("待办：\n1. 何斌：图纸定版，6月13日前\n下次碰头：下个月另行通知\n", TUE) is None
    kept = next_meeting("待办：\n1. 何斌：图纸定版，6月13日前\n下次例会：6月17日（周二）上午9点，地点另行通知\n", TUE)
    assert kept == "2025-06-17 09:00"


def test_a_numbered_topic_over_lines_that_name_their_owners_is_no_item_and_the_lines_are():
    """A numbered topic ('2. 小孔的盘点数据有问题，老马建议重新盘。') over deeper lines that each name who does what
    ('孔令辉：…', 'Action: 何斌 — …', 'AI (Helen): …'): the topic tells what was discussed, each line below is an item
    (an 'AI (name):' line is not the topic's wrapped text); 'due 6/20' on the line under its action dates it, not the
    aside in brackets; '下周例会前' is the next meeting's day when that is next week; '不再单列' says: no item."""
    text = """
    今天例会纪要如下：

    1. 何工汇报了夹具进展：客户要求补充尺寸报告。
       Action: 何斌 — 补尺寸报告 + 修改图纸，
       due 6/20（客户周末前要看）
    2. 小孔的盘点数据有问题，老马建议重新盘。
       孔令辉：按新口径重新盘点，下周例会前给结果
    3. Max presented the new layout.
       AI (Helen): share the layout with the group by Friday
       AI (小孔): prepare 3 pallets for Max — no fixed date
    4. 秦工的报告：老马提了几点意见，已当场讨论，不再单列。

    下次例会：6/17（周二）19:00
    """
    got = owners(text, TUE)
    assert [(who, due) for who, _, due in got] == [
        ("何斌", "2025-06-20"), ("孔令辉", "2025-06-17"), ("秦海燕", "2025-06-13"), ("孔令辉", None)]
    assert got[1][1].startswith("按新口径重新盘点") and got[2][1] == "share the layout with the group"
    # the next meeting two weeks on is not '下周例会': the due stays unread
    later = text.replace("6/17（周二）", "6/24（周二）")
    assert [due for _, _, due in owners(later, TUE)][1] is None


def test_a_heading_whose_bracket_says_decided_holds_decisions():
    """'二、端午值班安排（会议决定）': the title says what about, the bracket says what kind of lines follow —
    decisions, never items, even where the title alone ('安排') would head work."""
    text = """
    二、端午值班安排（会议决定）
    1. 5月31日-6月2日仓库不停工，两班倒。
    2. 备件按日均1.5倍备货。

    三、待办事项
    1. 孔令辉：值班表报行政部，6月13日前
    """
    assert [(who, due) for who, _, due in owners(text, TUE)] == [("孔令辉", "2025-06-13")]


def test_a_status_column_first_marks_rectified_rows_and_a_due_waiting_on_someone_is_vague():
    """An inspection table whose status comes first ('状态 | 整改事项 | 责任人 | 期限'): '已整改'/'已处理' rows are
    done, '整改中' is not; a due cell '待供应商确认' waits on someone: no day yet (vague), not no due at all."""
    text = ("状态\t整改事项\t区域\t责任人\t期限\t优先级\n"
            "已处理\t消防通道堆放杂物\t一号库\t孔令辉\t6/10\t高\n"
            "待整改\t货架标识缺失\t二号库\t孔令辉\t6/13前\t中\n"
            "整改中\t叉车充电区漏电保护更换\t三号库\t何斌\t待供应商确认\t低\n")
    read = MINUTES.read(text, TUE)
    assert [(i.owner.name, i.due_date.isoformat() if i.due_date else None, i.flags) for i in read.items] == [
        ("孔令辉", "2025-06-13", ()), ("何斌", None, ("vague_due",))]


def test_a_person_who_reminds_everyone_of_a_rule_owns_no_task():
    """'秦工提醒：…所有气瓶必须挂状态牌' in a numbered list: the name says who spoke, the rest is a standing rule (no
    item); a reminder that sets a day stays an item with no owner; '老马提醒客户付款' is 马骁's task (no colon)."""
    text = """
    待办：
    1. 何斌：图纸定版，6月13日前
    2. 秦工提醒：实验室安全月检查，所有气瓶必须挂状态牌（全组执行）。
    3. 老马提醒客户付款，周五前
    4. 小孔强调：各组6月20日前交巡检记录
    """
    assert [(who, due) for who, _, due in owners(text, TUE)] == [
        ("何斌", "2025-06-13"), ("马骁", "2025-06-13"), (None, "2025-06-20")]


def test_a_bare_month_day_then_a_handing_over_verb_ends_an_action_line_as_its_due():
    """'…，6/17 交', '…，6/20 给我': a bare month/day last on an action line but for the verb that hands the work
    over is its deadline, as '…，6/17' alone is."""
    text = """
    📌 待跟进
    🔹 Helen：新品主图视频 30s 版，6/17 交
    🔹 小孔：仓库月报，6/20 给我
    """
    assert [(who, due) for who, _, due in owners(text, TUE)] == [("秦海燕", "2025-06-17"), ("孔令辉", "2025-06-20")]


def test_an_english_alias_right_before_a_chinese_verb_names_the_owner():
    """'…要全部列出来，Max负责，本周五。': a Latin alias of the roster followed at once by Chinese ('Max负责') ends
    there, as 'Max 负责' does; the person in that clause owns the sentence's work."""
    text = "早上会的表贴过来了。\n\n另：库存周转超过90天的SKU要全部列出来，Max负责，本周五。\n"
    assert [(who, due) for who, _, due in owners(text, TUE)] == [("马骁", "2025-06-13")]
    assert [(who, due) for who, _, due in owners(text.replace("Max负责", "Helen负责"), TUE)] == [("秦海燕", "2025-06-13")]


def test_a_next_meeting_in_one_zone_restated_in_brackets_in_another_is_read_once():
    """'Next sync: Monday 6/16 at 7pm PT (Tuesday 10am Beijing).': the moment with its zone, converted; the bracket
    says the same moment again and must not be read into it."""
    text = "Action items:\n- Max to send the quote by Friday.\n\nNext sync: Monday 6/16 at 7pm PT (Tuesday 10am Beijing).\n"
    assert next_meeting(text, TUE) == "2025-06-17 10:00"
    assert next_meeting(text.replace(" (Tuesday 10am Beijing)", ""), TUE) == "2025-06-17 10:00"


def test_an_extension_to_a_written_day_keeps_it_over_a_dateless_aside():
    """Reply '第2项申请延期到6月20日（端午前），…三个工作日来不及': the written day is asked for; the aside in brackets
    says why it suits (a holiday word that would give another day), and the working days are the reason."""
    from parsers.dates.workdays import WorkdayCalendar
    from parsers.replies.reader import parse_reply
    found = parse_reply("第2项申请延期到6月20日（端午前），供应商要补两批料，三个工作日来不及。", TUE, WorkdayCalendar())
    assert (found.intent, list(found.items), str(found.new_due_date)) == ("extend", [2], "2025-06-20")

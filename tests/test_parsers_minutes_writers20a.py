"""Issue #12, heldout18 round (cases 3301-3318): readings of structure that heldout18 showed broken, each tested on a
variant written here (other words, trades and layouts than the held-out mails) beside the shape the held-out mail had."""
from datetime import datetime

from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "赵文科,zhaowk@ex.cn,信息科,,赵科长\n钱晓雯,qianxw@ex.cn,护理部,,钱主任\n"
    "孙立平,sunlp@ex.cn,医务科,,孙科\n")
MINUTES = MinutesReader(ROSTER, (Address("赵文科", "zhaowk@ex.cn"), Address("钱晓雯", "qianxw@ex.cn")))
MON = datetime(2025, 12, 1, 10, 0, tzinfo=SHANGHAI)


def test_a_unit_then_a_person_whose_name_ends_like_a_unit_is_the_person():
    """'信息科 赵文科' in an owner cell: the cell reads unit then person; the person's name ending in 科 does not make
    the whole cell one department."""
    text = """
    序号\t督办事项\t责任科室及责任人\t完成时限
    1\t电子病历评级材料整理\t信息科 赵文科\t12月10日前
    2\t护理质量月报\t护理部 钱晓雯\t12月5日前
    """
    assert MINUTES.owners(text, MON) == [("赵文科", "电子病历评级材料整理", "2025-12-10"),
                                         ("钱晓雯", "护理质量月报", "2025-12-05")]


def test_a_status_that_finished_only_a_first_stage_leaves_the_row_open():
    """'已完成初稿' / '已完成一半' in the 进展 column says where the work stands (a draft, half of it), not that the
    row is done; '已完成' alone still closes it."""
    text = """
    序号\t工作任务\t负责人\t完成时限\t进展情况
    1\t年度院感防控总结\t孙立平\t12月15日前\t已完成初稿
    2\t病区床位调配方案\t钱晓雯\t12月8日前\t已完成一半
    3\t机房巡检\t赵文科\t12月3日前\t已完成
    """
    assert MINUTES.owners(text, MON) == [("孙立平", "年度院感防控总结", "2025-12-15"),
                                         ("钱晓雯", "病区床位调配方案", "2025-12-08")]


def test_a_due_cell_that_says_done_closes_the_row_even_beside_a_status_column():
    """A row whose 完成时限 cell says '已完成' is finished, whatever its 进展 column words it as ('已上报')."""
    text = """
    序号\t工作任务\t负责人\t完成时限\t进展情况
    1\t不良事件季度汇总\t孙立平\t已完成\t已上报
    2\t护理质量月报\t钱晓雯\t12月5日前\t进行中
    """
    assert MINUTES.owners(text, MON) == [("钱晓雯", "护理质量月报", "2025-12-05")]


def test_every_unit_of_a_level_named_as_the_responsible_unit_is_a_group_owner():
    """'二是…（责任单位：各镇；完成时限：…）' among 一是…三是… with named people: 各镇 / 各网点 (every unit of a level, not
    one department) owns the point as a group: an item with no owner, not a line dropped; '各网点要…' opening the
    point is that owner, not the task."""
    text = """
    二、会议强调，各有关单位要切实抓好以下几项工作：
    一是完成护理质量月报。（责任单位：护理部；责任人：钱晓雯；完成时限：12月5日前）
    二是开展冬季消防安全排查。对辖区沿街商铺逐户检查，做到不留死角。（责任单位：各镇；完成时限：12月12日前）
    三是各网点要摸清留守老人底数。（责任单位：各网点；完成时限：12月19日）
    """
    owners = MINUTES.owners(text, MON)
    assert owners[0] == ("钱晓雯", "完成护理质量月报", "2025-12-05")
    assert [(o, due) for o, _, due in owners[1:]] == [(None, "2025-12-12"), (None, "2025-12-19")]
    assert "逐户检查" in owners[1][1] or "消防安全排查" in owners[1][1]
    assert owners[2][1] == "摸清留守老人底数"           # the unit the label names, opening the point, is no task


def test_the_sentence_a_labelled_unit_opens_is_the_task_of_a_themed_point():
    """'二是<theme>。各镇要<work>，做到<goal>。（责任单位：各镇；…）': the first sentence names the theme; the sentence the
    labelled unit opens is the work asked of it, so that sentence is the task."""
    text = """
    二、会议强调，各有关单位要切实抓好以下几项工作：
    一是完成护理质量月报。（责任单位：护理部；责任人：钱晓雯；完成时限：12月5日前）
    二是开展冬季消防安全排查。各镇要对辖区沿街商铺逐户检查，做到不留死角。（责任单位：各镇；完成时限：12月12日前）
    """
    assert MINUTES.owners(text, MON)[1] == (None, "对辖区沿街商铺逐户检查，做到不留死角", "2025-12-12")


def test_an_at_handle_nobody_knows_in_a_dash_field_is_the_owner_field():
    """'- [ ] task — @handle — due' (a checklist pasted from Notion): the '@' marks the owner's field even when the
    handle is a team nobody knows ('@外部审计', '@物流服务商'): no person (no_owner), the field leaves the task, and the
    due field after it is still read ('TBD' is vague)."""
    text = """
    ## 上线前 Pre-launch
    - [ ] 门诊系统切换演练 — @赵文科 — 12/5
    - [ ] 年度审计底稿 Audit working papers — @外部审计 — TBD
    - [ ] 耗材冷链配送方案 — @物流服务商 — 12/10
    """
    read = MINUTES.read(text, MON)
    assert [(i.owner.name if i.owner else None, i.task, i.due_date and i.due_date.isoformat(), i.flags)
            for i in read.items] == [
        ("赵文科", "门诊系统切换演练", "2025-12-05", ()),
        (None, "年度审计底稿 Audit working papers", None, ("no_owner", "vague_due")),
        (None, "耗材冷链配送方案", "2025-12-10", ("no_owner",))]


EN_MINUTES = MinutesReader(ROSTER, (Address("赵文科", "zhaowk@ex.cn"), Address("Klaus Weber", "klaus.weber@nordmed.example.de")))


def test_a_label_written_in_two_languages_is_one_label():
    """'Owner / 负责人: …    Due / 截止: …' on the line under a numbered action: both halves name one label, so the
    English half stays out of the task and the line is the item's labels ('截止 / Due:' the other way round too)."""
    text = """
    Action Items / 待办事项
    (1) Update the device validation plan / 更新设备验证方案
        Owner / 负责人: 赵文科    Due / 截止: 5 December 2025
    (2) Nurse training roster / 护士培训排班
        负责人 / Owner: 钱晓雯    截止 / Due: 12月9日
    """
    assert EN_MINUTES.owners(text, MON) == [
        ("赵文科", "Update the device validation plan / 更新设备验证方案", "2025-12-05"),
        ("钱晓雯", "Nurse training roster / 护士培训排班", "2025-12-09")]


def test_an_owner_written_as_company_dash_person_is_the_person():
    """'Owner: Nordmed – Klaus Weber': the client's side, a dash, then its person (in the mail's headers): the person
    owns it, not the company; 'Owner: Nordmed IT (TBC)' is a company's team: no person."""
    text = """
    Action items:
    1. Share the sterilisation audit report
       Owner: Nordmed – Klaus Weber    Due: 10 December 2025
    2. Open VPN access for the vendor
       Owner: Nordmed IT (TBC)    Due: ASAP
    """
    read = EN_MINUTES.read(text, MON)
    assert [(i.owner.name if i.owner else None, i.owner.email if i.owner else None, i.task, i.flags)
            for i in read.items] == [
        ("Klaus Weber", "klaus.weber@nordmed.example.de", "Share the sterilisation audit report", ()),
        (None, None, "Open VPN access for the vendor", ("no_owner", "vague_due"))]


def test_the_day_an_event_is_set_for_is_no_next_meeting():
    """'发布会定在12月18日，地点…' / '年会定在1月16日': the event the meeting plans (a launch, a conference, the annual
    party) is set for that day; it is no next meeting of these people ('下次例会定在…' still is)."""
    text = """
    1. 发布会定在12月18日，地点还是国展中心，规模按300人准备
    2. 年会定在1月16日晚上
    3. 赵文科：发布会物料清单，12月5日前
    """
    assert MINUTES.next_meeting(text, MON) is None
    assert MINUTES.next_meeting(text + "\n4. 下次例会定在12月8日上午9点\n", MON) == "2025-12-08 09:00"


def test_a_sentence_that_leads_in_to_what_follows_is_no_item():
    """'钱主任让把今天碰头会定的事发邮件存个档，要点我列在下面：': the writer's lead-in ends in a colon and introduces the
    lines below (the mail itself is the work it speaks of); the person it names asked for the mail, owns nothing."""
    text = """
    钱主任让把今天碰头会定的事发邮件存个档，要点我列在下面：

    1. 赵文科：门诊系统切换演练，12月5日前
    2. 孙立平：不良事件季度汇总，12月10日前
    """
    assert MINUTES.owners(text, MON) == [("赵文科", "门诊系统切换演练", "2025-12-05"),
                                         ("孙立平", "不良事件季度汇总", "2025-12-10")]

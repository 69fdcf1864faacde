"""Issue #12, heldout6 round: readings of structure that heldout6 showed missing, each tested on variants written
here (other words, layouts and trades than the held-out mails)."""
from datetime import datetime
from email.message import EmailMessage
from textwrap import dedent

from parsers import parse_message
from parsers.context import Context
from parsers.dates.workdays import WorkdayCalendar
from parsers.mail.hant import fold
from parsers.mail.addresses import Address
from parsers.minutes.meeting.followup import next_followup
from parsers.minutes.owning.people import Roster
from parsers.minutes.reader import read_minutes
from minutes_reading import MinutesReader, KNOWN, ROSTER, SHANGHAI, WED

MINUTES = MinutesReader()
context, read, owners = MINUTES.context, MINUTES.read, MINUTES.owners


def next_meeting(text: str, sent: datetime = WED) -> str | None:
    meeting = next_followup(list(read(text, sent).followups), context(sent))
    return meeting.start.strftime("%Y-%m-%d %H:%M") if meeting else None


TASKS = """
会议分工：
1. 何斌：周五前提交报价单
"""


def test_a_weekday_in_brackets_between_the_day_and_its_clock_keeps_the_clock():
    assert next_meeting(TASKS + "下次例会：3月19日（水）15:00～\n") == "2025-03-19 15:00"
    assert next_meeting(TASKS + "下次评审：3/21 (Fri) 10:30\n") == "2025-03-21 10:30"


def test_the_japanese_label_for_next_time_names_the_next_meeting():
    assert next_meeting(TASKS + "次回：3月19日（水）15:00～ 同会议室\n") == "2025-03-19 15:00"
    assert next_meeting(TASKS + "次回：\n3月26日（水）9:30～\n") == "2025-03-26 09:30"


def test_a_written_clock_beside_same_time_wins():
    assert next_meeting(TASKS + "下周四同一时间（上午10点）再碰一次。\n") == "2025-03-20 10:00"


def test_a_meeting_sentence_over_several_lines_gives_its_day_and_its_clock():
    assert next_meeting(TASKS + "\n下次例会定在3月20日（周四）\n上午十点半，还是二楼会议室。\n") == "2025-03-20 10:30"
    text = """
    几位同事：

    1. 何斌：周五前提交报价单
    2. 秦海燕：下周一前把样品寄出

    等样品到了我们再碰一次，
    定在3月20日（周四）
    下午两点半，还是二楼会议室。

    马骁
    """
    assert next_meeting(text) == "2025-03-20 14:30"
    assert owners(text) == [("何斌", "提交报价单", "2025-03-14"), ("秦海燕", "把样品寄出", "2025-03-17")]


def test_a_surname_with_the_japanese_honorific_sang_is_the_person_with_that_surname():
    text = """
    本日生产会议的记录。

    1. 包装箱破损（客户B投诉）
       → 秦桑：包装测试报告，3月14日为止提出。
       → 何桑：缓冲材方案，3个工作日内完成。
    2. 来料延迟
       → 马桑：供应商交期确认，下周一回复。
    """
    assert [(who, due) for who, _, due in owners(text)] == [("秦海燕", "2025-03-14"), ("何斌", "2025-03-17"),
                                                           ("马骁", "2025-03-17")]


def test_the_long_holiday_written_as_lianxiu_is_the_coming_statutory_break():
    sent = datetime(2025, 9, 26, 10, 0, tzinfo=SHANGHAI)               # Friday before National Day 2025
    text = """
    会议分工：
    1. 何斌：设备点检表，连休前提交
    2. 秦海燕：客户审核资料，连休后第一天回复
    """
    assert owners(text, sent) == [("何斌", "设备点检表，提交", "2025-09-30"),
                                  ("秦海燕", "客户审核资料，回复", "2025-10-09")]


def test_under_a_person_heading_a_line_reporting_finished_work_is_no_item():
    text = """
    今天的评审，按人记一下：

    【何斌】
    · 报价单模板改版，3月14日前交我看
    · 旧版官网的联系方式上周已经换好上线了，不用再动
    · 初稿已提交，终稿下周一前交

    【秦海燕】
    · 质检报告已经发出（3/10），等客户确认
    · 来料抽检记录，周五前整理完
    """
    assert [(who, due) for who, _, due in owners(text)] == [("何斌", "2025-03-14"), ("何斌", "2025-03-17"),
                                                           ("秦海燕", "2025-03-14")]


def test_traditional_wrapped_lines_keep_a_deadline_with_a_bare_weekday_and_a_signature_name_is_no_item():
    roster = Roster.from_csv_text("name,email,department,manager_email,aliases\n"
                                  "何斌,hebin@ex.cn,工程部,,David\n秦海燕,qinhaiyan@ex.cn,质量部,,\n")
    text = fold(dedent("""
    各位好，

    今日包裝線檢討會議記錄如下：

    一、待辦
      1. 何斌：封箱機 2 號機膠帶張力重新校正，並把參數登錄到
         點檢表（3/18 前）
      2. 秦海燕：外箱標籤位置重新確認，
         完成時間：3/14 下班前
      3. 馬驍：3 月出貨計畫因客戶延期調整後重新發佈，
         預計 3/15（六，加班）前

    二、下次會議
      3/19（三）14:00，2F 會議室

    David 何斌
    工程部
    """).strip())
    items = read_minutes(text, Context(WED, WorkdayCalendar(), roster, KNOWN)).items
    assert [(i.owner.name, i.task, i.due_date.isoformat()) for i in items] == [
        ("何斌", "封箱机 2 号机胶带张力重新校正，并把参数登录到点检表", "2025-03-18"),
        ("秦海燕", "外箱标签位置重新确认", "2025-03-14"),
        ("马骁", "3 月出货计画因客户延期调整后重新发布", "2025-03-15")]


def test_a_bare_or_japanese_weekday_in_brackets_between_a_date_and_qian_keeps_the_deadline():
    text = """
    会议分工：
    1. 何斌：样品寄出，3月21日（金）前
    2. 秦海燕：检验标准修订，3/15（六）前
    3. 马骁：供应商名单，3/17（一，调休）前
    """
    assert [due for _, _, due in owners(text)] == ["2025-03-21", "2025-03-15", "2025-03-17"]


def test_glyph_person_headings_with_japanese_dots_below_give_each_dot_its_own_item():
    text = """
    各位

    3/12 仓库改造会议的记录。

    ■ 何斌
     ・货架布局图（含消防通道），3/19前提交
     ・叉车充电区 schedule，和秦课长调整，何工主责，下周中

    ■ 秦海燕
     ・来料检验区改善报告，3/14（金）

    ■ 全员
     ・月底前 5S 大扫除，3/28前完成

    ※ 4 月启用新仓的方针不变。

    次回：3月19日（水）13:30～ 同会议室

    马骁
    """
    items = read(text).items
    assert [(i.owner.name if i.owner else None, i.due_date.isoformat() if i.due_date else None, i.flags)
            for i in items] == [("何斌", "2025-03-19", ()), ("何斌", None, ("vague_due",)),
                                ("秦海燕", "2025-03-14", ()), (None, "2025-03-28", ("no_owner",))]
    assert items[0].task.startswith("货架布局图") and items[3].task.endswith("5S 大扫除")
    assert next_meeting(text) == "2025-03-19 13:30"


def test_a_table_whose_owner_column_is_headed_dandang_and_due_column_naqi_keeps_both():
    text = ("各位：\n本次工程变更评审的对策如下。\n\n项次\t对策\t担当者\t纳期\t进度\n"
            "1-1\t夹具定位销更换为淬火件\t何斌\t3/20\t进行中\n"
            "1-2\t首件检验记录表改版\t主责：秦海燕 配合：何斌\t3/18（二）\t未开始\n"
            "2-1\t旧夹具报废登记\t马骁\t3/13\t已完成\n")
    assert owners(text) == [("何斌", "夹具定位销更换为淬火件", "2025-03-20"),
                            ("秦海燕", "首件检验记录表改版", "2025-03-18")]


def test_agreed_items_as_title_then_unit_and_time_limit_lines_keep_their_due():
    text = """
    质量部3月例会会议纪要
    时间：2025年3月12日 14:00-15:30    地点：二楼会议室
    一、会议听取了2月来料合格率汇报。
    二、议定事项
    1. 来料抽检标准修订
    责任单位：质量部（秦海燕）
    完成时限：3月21日
    2. 夹具台账与工程部数据核对
    责任单位：工程部
    完成时限：3月底
    3. 客户投诉回访
    责任单位：质量部 秦海燕
    完成时限：本周五
    三、下次例会：4月9日 9:30
    """
    assert owners(text) == [("秦海燕", "来料抽检标准修订", "2025-03-21"), (None, "夹具台账与工程部数据核对", "2025-03-31"),
                            ("秦海燕", "客户投诉回访", "2025-03-14")]
    assert next_meeting(text) == "2025-04-09 09:30"


def test_the_writers_own_item_is_theirs_even_with_a_long_external_address():
    sender = Address("Harriet Okonkwo-Fairweather", "harriet.okonkwo-fairweather@riverside-conferences.example.org.uk")
    text = """
    Hi Nora,

    Thanks for the call. My notes:

    - Venue confirmed: 40 seats, projector on site.
    - Nora to send the final attendee list by 3/14.
    - I'll book all the hotel rooms by end of March.

    Best,
    Harriet
    """
    items = read_minutes(dedent(text).strip(), Context(WED, WorkdayCalendar(), ROSTER, KNOWN + (sender,), sender=sender)).items
    assert [(i.owner.name, i.task, i.due_date.isoformat()) for i in items] == [
        ("Nora Lind", "send the final attendee list", "2025-03-14"),
        ("Harriet Okonkwo-Fairweather", "book all the hotel rooms", "2025-03-31")]


def test_a_labelled_task_whose_value_names_who_leads_and_who_helps_is_the_leaders():
    text = """
    会议分工：
    3、客户培训课件：何工主讲，秦工配合，3月18日前
    4、安全讲座：秦海燕负责、何斌协助，下周一前
    5、负责人：何斌，3月20日前完成报价
    """
    assert owners(text) == [("何斌", "客户培训课件", "2025-03-18"), ("秦海燕", "安全讲座", "2025-03-17"),
                            ("何斌", "完成报价", "2025-03-20")]


def _mail(subject: str, body: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "马骁 <maxiao@ex.cn>", "何斌 <hebin@ex.cn>, bot <bot@ex.cn>", subject
    msg["Date"] = "Wed, 12 Mar 2025 16:00:00 +0800"
    msg.set_content(dedent(body).strip() + "\n")
    return msg.as_bytes()


def test_formal_minutes_made_only_of_what_the_meeting_found_and_decided_are_minutes_with_no_items():
    body = """
    各单位：
        3月12日，局里召开防汛物资储备工作推进会，现将会议主要精神纪要如下：

        （一）会议指出，今年汛期提前，物资储备工作任务重、要求高。

        （二）会议确定，储备物资以3月31日库存台账为准，由物资科统一调配。

        （三）会议强调，各单位要落实专人负责，确保账实相符。

    物资科
    """
    parsed = parse_message(_mail("防汛物资储备工作推进会会议纪要", body), tz=SHANGHAI, roster=ROSTER,
                           calendar=WorkdayCalendar(), bot_address="bot@ex.cn")
    assert (parsed.kind, parsed.items) == ("minutes", ())
    notice = parse_message(_mail("关于做好防汛物资储备工作的通知", body.replace("纪要如下", "通知如下")), tz=SHANGHAI,
                           roster=ROSTER, calendar=WorkdayCalendar(), bot_address="bot@ex.cn")
    assert notice.kind == "other"


def test_work_assigned_with_by_and_a_labelled_deadline_in_brackets_is_the_named_persons():
    """'X由Y汇总（截止：date）': 由 names the owner although the deadline sits in a labelled bracket."""
    text = """
    各位，今天收尾会议的纪要：

    1. 季度质量报告（含三次抽检结果对比）由秦海燕老师汇总（截止：3月14日（周五）前）。
    2. 供应商评分表由何斌整理（期限：3月20日）。
    """
    assert owners(text) == [("秦海燕", "季度质量报告（含三次抽检结果对比）汇总", "2025-03-14"),
                            ("何斌", "供应商评分表整理", "2025-03-20")]


def test_a_supervision_table_row_done_in_its_remarks_is_no_item_and_an_announced_later_due_is_vague():
    text = ("各科室：\n3月12日周例会确定的督办事项如下。\n序号\t督办事项\t责任部门\t责任人\t完成时限\t备注\n"
            "1\t更新门禁系统人员名单\t工程部\t何斌\t3月20日\t\n"
            "2\t一季度安全台账归档\t质量部\t秦海燕\t3月10日\t已完成\n"
            "3\t组织消防演练\t质量部\t\t另行通知\t待上级文件\n")
    items = read(text).items
    assert [(i.owner.name, i.task, i.due_date, i.flags) for i in items] == [
        ("何斌", "更新门禁系统人员名单", datetime(2025, 3, 20).date(), ()),
        (None, "组织消防演练", None, ("no_owner", "vague_due"))]
    assert items[1].owner.department == "质量部"


def test_circled_sub_tasks_in_a_cell_take_the_circled_dates_of_the_due_cell_in_order():
    text = ("各位：今天筹备会的分工如下：\n负责人\t事项\t时间\n"
            "何斌\t①展位搭建图纸确认 ②物料运输车辆预约\t①3月14日前 ②3月18日\n"
            "秦海燕\t①样品清单 ②宣传册校对\t3月20日前\n")
    assert owners(text) == [("何斌", "展位搭建图纸确认", "2025-03-14"), ("何斌", "物料运输车辆预约", "2025-03-18"),
                            ("秦海燕", "样品清单", "2025-03-20"), ("秦海燕", "宣传册校对", "2025-03-20")]


def test_sub_tasks_numbered_inside_a_closing_bracket_are_the_sentences_owners_each_with_its_date():
    text = """
    一、会议议定事项
    （二）关于来料数据治理。质量部秦海燕负责，完成供应商档案核查（其中：1.一级供应商档案于3月20日前完成；2.二级供应商档案于3月31日前完成）。
    （三）关于仓库盘点。何斌负责，3月25日前完成年中盘点（含1）原料库 2）成品库）。
    """
    assert owners(text) == [("秦海燕", "一级供应商档案完成", "2025-03-20"), ("秦海燕", "二级供应商档案完成", "2025-03-31"),
                            ("何斌", "完成年中盘点（含1）原料库 2）成品库）", "2025-03-25")]


def test_numbered_action_blocks_after_a_status_section_are_items():
    text = """
    All,

    Status
    - Packing line yield last week: 96% (target 98%).

    Action 1
      Reduce changeover time to under 25 min
      Owner: Nora
      Due: 3/27

    Action 2
      Get second-source quotation
      Owner: TBD
      Due: ASAP
    """
    assert owners(text) == [("Nora Lind", "Reduce changeover time to under 25 min", "2025-03-27"),
                            (None, "Get second-source quotation", None)]

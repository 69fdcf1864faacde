"""Issue #12, session 11: readings of structure that earlier blind sets named as known misses and that recur across
writers — work handed to every member of a group ('——各病区护士长，1月26日前'), a unit after 报/交/送 as where the
work goes, not who does it — each tested on a variant written here beside its near miss."""
from datetime import datetime

from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "郑晓红,zhengxh@ex.cn,教务处,,郑主任\n梁文斌,liangwb@ex.cn,安全科,,\n")
PEOPLE = (Address("郑晓红", "zhengxh@ex.cn"), Address("梁文斌", "liangwb@ex.cn"))
MINUTES = MinutesReader(ROSTER, PEOPLE)
MON = datetime(2025, 9, 15, 17, 0, tzinfo=SHANGHAI)          # Monday 2025-09-15


def items(text: str) -> list[tuple]:
    return [(i.owner.name if i.owner else None, i.task, i.due_date and i.due_date.isoformat(), i.flags)
            for i in MINUTES.read(text, MON).items]


def test_work_handed_to_every_member_of_a_group_with_a_day_is_a_no_owner_item():
    """'…——各年级组长，9月19日前': every head of a kind of group, with a day to come, is work nobody in particular owns
    (no_owner), as a department-only owner is; a group with no day ('长期坚持') stays a standing rule."""
    text = """
    开学工作会议纪要

    三、工作要求
    1. 新学期课表核对——责任人：郑主任，9月17日前完成；
    2. 各班安全教育记录交教务处——各年级组长，9月19日前。
    3. 课间巡查制度——各年级组长，长期坚持。
    """
    assert items(text) == [("郑晓红", "新学期课表核对", "2025-09-17", ()),
                           (None, "各班安全教育记录交教务处", "2025-09-19", ("no_owner",))]


def test_a_unit_after_a_handing_verb_is_where_the_work_goes_not_who_does_it():
    """'消防器材点检表报安全科——各车间主任，9月22日前': 安全科 after 报 receives the table; the line is still one
    item of every workshop head. Without 报 ('安全科——…') the unit opens the line as its owner."""
    text = """
    安全例会纪要

    整改要求
    1. 消防器材点检表报安全科——各车间主任，9月22日前；
    2. 安全科负责节前消防演练，9月26日前。
    """
    got = items(text)
    assert got[0] == (None, "消防器材点检表报安全科", "2025-09-22", ("no_owner",))
    assert got[1] == (None, "消防演练", "2025-09-26", ("no_owner",))


def test_a_dash_left_before_a_comma_by_a_removed_owner_label_goes_with_it():
    """'修订巡检表——责任人：梁文斌，国庆前提交安全科': the label taken out leaves no '——，' in the task."""
    text = """
    整改要求
    1. 修订设备巡检表（2025版）——责任人：梁文斌，9月25日前提交安全科；
    """
    assert items(text) == [("梁文斌", "修订设备巡检表（2025版），提交安全科", "2025-09-25", ())]


def test_a_topic_then_the_writers_me_then_a_day_is_the_writers_item():
    """'月度盘点表我周五前交': a topic fronted before the writer's 我, a day to come, then the work — the writer's item
    (as '…，我明天补齐' is). In '老郑把…发我明天看' 我 is an object (老郑 owns it), '好的我明天…' answers an ask,
    '…我昨天已经报了' reports."""
    writer = Address("梁文斌", "liangwb@ex.cn")
    text = """
    安全科周会

    1. 月度盘点表我周五前交
    2. 灭火器年检这块我下周二带小刘去二车间
    3. 老郑把点检记录发我明天看
    4. 好的我明天再催一下
    5. 叉车培训名单我昨天已经报了
    """
    got = [(o, t, d) for o, t, d in MINUTES.owners_from(writer, text, MON)]
    assert got == [("梁文斌", "月度盘点表交", "2025-09-19"),
                   ("梁文斌", "灭火器年检这块带小刘去二车间", "2025-09-23"),
                   ("郑晓红", "把点检记录发我看", "2025-09-16")]


def test_a_person_in_a_closing_bracket_who_answers_for_a_units_work_owns_it():
    """'三车间…报安全科（郑主任负责）': a unit opens the line, the bracket names who answers for it — by the title we know
    them by, or a name nobody knows ('小王'); the unit stays in the task."""
    text = """
    安全例会

    1、三车间在3个工作日内把叉车隐患整改清单报安全科（郑主任负责）。
    2、二车间本周五前完成消防通道清理（小王负责）。
    """
    assert items(text) == [("郑晓红", "三车间把叉车隐患整改清单报安全科", "2025-09-18", ()),
                           ("小王", "二车间完成消防通道清理", "2025-09-19", ())]


def test_a_lead_cell_listing_a_helper_unit_after_a_dunhao_keeps_the_lead():
    """'责任处室：教务处（郑晓红）、安全科配合': the part before 、 leads, the unit that 配合 helps."""
    text = """
    专题会议纪要

    （一）关于开学安全检查。组织各年级开展开学安全大检查，检查结果报分管校长。
    责任处室：教务处（郑晓红）、安全科配合
    完成时限：2025年9月26日前
    """
    assert items(text) == [("郑晓红", "组织各年级开展开学安全大检查，检查结果报分管校长", "2025-09-26", ())]


def test_a_point_closed_in_its_closing_bracket_is_status_not_work():
    """'…更换，验收合格（关闭）', '（结案）': a point the bracket closes is a report; '周五前关闭8D报告' asks for work."""
    text = """
    质量周会

    1、上周遗留：2#空压机更换，验收合格（关闭）。
    2、客户投诉QC-0912回复客户（结案）
    3、梁文斌周五前关闭8D报告
    """
    assert items(text) == [("梁文斌", "关闭8D报告", "2025-09-19", ())]


def test_records_headed_action_item_n_with_a_contents_label_under_a_topic():
    """'Action Item 2' over 'Owner: / Due: / Contents:' lines, indented under a numbered topic: the record is the item
    ('Contents' labels the work, 'Please kindly' is no owner and no part of it); the heading joins neither the topic
    above nor becomes work, and the topic line asks for nothing. 'within this month' is its last day."""
    text = """
    Minutes of TC

    1. Stability study
       Action Item 1
       Owner: 梁文斌
       Due: 2025.09.19 (Fri)
       Contents: Please kindly send the 3-month stability data.

    2. Sponsor side
       Action Item 2
       Owner: 郑晓红
       Due: within this month
       Details: Provide the updated protocol amendment.
    """
    assert items(text) == [("梁文斌", "send the 3-month stability data", "2025-09-19", ()),
                           ("郑晓红", "Provide the updated protocol amendment", "2025-09-30", ())]


def test_a_teleconference_is_a_meeting_to_come():
    """'Next TC will be held on …': TC (a teleconference) names the next meeting as 'call' does; 'etc' does not."""
    text = """
    Minutes

    1. Tom to update the sample list by Friday.

    Next TC will be held on 9/24 (Wed) 10:00 KST.
    """
    assert MINUTES.next_meeting(text, MON) == "2025-09-24 09:00"
    assert MINUTES.next_meeting("Minutes\n\n1. Tom to update the list etc. by 9/24 (Wed) 10:00.\n", MON) is None


def test_a_dated_line_of_work_naming_nobody_in_a_list_of_work_is_a_no_owner_item():
    """Phone-typed morning notes: after lines that give work to people, '质量部下周三给个结论' (a unit, a day, a verb of
    work) and '…端午后第一个工作日报行政' (no one at all) are work nobody in particular owns. A line ending in 结论 is
    no 'conclusions' heading when a day and a verb come before it; a short last line under longer ones was not cut
    at a margin, so the slogan below it stays apart; a line without a day stays out."""
    text = """
    早会
    1.三号线传送带跑偏 梁文斌今天下班前调好 调完拍照
    2.灭火器点检表缺签字 郑主任明早9点前补齐
    3.客户退货投诉 质量部下周三给个结论
    4.工装尺码统计 下周一报行政
    安全第一 节前不准带情绪上岗
    5.仓库灯管坏了两根 有空看看
    """
    assert items(text) == [("梁文斌", "三号线传送带跑偏，调好，调完拍照", "2025-09-15", ()),
                           ("郑晓红", "灭火器点检表缺签字，补齐", "2025-09-16", ()),
                           (None, "客户退货投诉 质量部给个结论", "2025-09-24", ("no_owner",)),
                           (None, "工装尺码统计报行政", "2025-09-22", ("no_owner",))]


def test_a_next_label_naming_the_same_slot_is_the_next_meeting_at_the_hour_written_beside_it():
    """'Next: same slot (Thu 3pm), 25 Sep': the slot's hour is the one in its brackets; 'already done: …' under a
    person's heading is status, not work."""
    text = """
    Protocol review

    Wendy Lu
      - send the draft to the sponsor by Friday
      - already done: randomisation list

    Next: same slot (Thu 3pm), 25 Sep.
    """
    reader = MinutesReader(Roster.from_csv_text("name,email,department,manager_email,aliases\n陆雯,luwen@ex.cn,BA,,Wendy Lu\n"),
                           (Address("陆雯", "luwen@ex.cn"),))
    assert reader.owners(text, MON) == [("陆雯", "send the draft to the sponsor", "2025-09-19")]
    assert reader.next_meeting(text, MON) == "2025-09-25 15:00"


def test_the_lines_under_an_action_item_heading_naming_its_owner_are_one_item():
    """'ACTION ITEM (梁文斌)' alone on a line, then the finding and the work over one or two lines, then 'Due: …': one
    item of that person, its sentences not split apart; a record below such a heading ('Owner: / Task:') is read
    as a record."""
    text = """
    Safety audit - closing meeting

    ACTION ITEM (梁文斌)
    Finding 1 - two extinguishers past their inspection date. Replace them and
    update the inspection log.
    Due: by 9/19

    ACTION ITEM (郑主任)
    Brief all class teachers on the new evacuation route.
    Due: within 3 working days
    """
    assert items(text) == [("梁文斌", "Finding 1 - two extinguishers past their inspection date. Replace them and update "
                                     "the inspection log", "2025-09-19", ()),
                           ("郑晓红", "Brief all class teachers on the new evacuation route", "2025-09-18", ())]


def test_a_titled_point_whose_labels_name_the_work_and_a_standing_duty_that_is_no_task():
    """Under '（一）title' / '责任单位：…' / '责任人：…' / '完成时限：…', a '工作要求：…' line states the task itself (the
    title only names the point); a point for a unit alone whose time limit is '长期' or '常态化' is a standing duty."""
    text = """
    督办通知

    （一）开学安全检查
    责任单位：安全科
    责任人：梁文斌
    完成时限：9月19日前
    工作要求：完成全校消防设施和实验室危化品的专项检查，形成检查报告。

    （二）校园值班
    责任单位：教务处
    完成时限：常态化
    工作要求：严格执行24小时值班制度。

    （三）课表调整
    责任单位：教务处
    责任人：郑晓红
    完成时限：9月17日前
    """
    assert items(text) == [("梁文斌", "完成全校消防设施和实验室危化品的专项检查，形成检查报告", "2025-09-19", ()),
                           ("郑晓红", "课表调整", "2025-09-17", ())]


def test_a_list_line_wrapped_by_hand_under_a_wider_paragraph_still_joins():
    """The margin is judged on the list's own lines: an opening paragraph wider than the list does not stop '（一）…，'
    + '梁文斌同志具体负责，3个工作日内…' from being one item."""
    text = """
    安全工作会议纪要

    9月15日下午，郑晓红主任主持召开开学安全工作会议，研究节前校园安全和实验室危化品管理工作，纪要如下：

    （一）实验楼东侧消防通道被占用，由安全科负责协调后勤清理，
    梁文斌同志具体负责，3个工作日内反馈清理结果。
    （二）节前值班表，教务处郑主任负责，9月26日前发全体教师。
    """
    got = items(text)
    assert [(o, d) for o, _, d, _ in got] == [("梁文斌", "2025-09-18"), ("郑晓红", "2025-09-26")]
    assert "反馈清理结果" in got[0][1]


def test_work_in_phases_with_a_deadline_each_is_an_item_a_phase():
    """'教务处于9月底前完成一至三年级…，10月底前全部完成，责任人：郑晓红': each phase with its own deadline is an item,
    both of the person the closing label names; one deadline with two verbs stays one item."""
    text = """
    三、关于督办落实
    教务处于9月30日前完成一至三年级教室的安全检查，10月31日前全部完成，责任人：郑晓红。安全科负责将上述事项纳入台账，由梁文斌同志每周五汇总进展报分管校长。
    """
    assert items(text) == [("郑晓红", "完成一至三年级教室的安全检查", "2025-09-30", ()),
                           ("郑晓红", "全部完成", "2025-10-31", ()),
                           ("梁文斌", "上述事项纳入台账，每周五汇总进展报分管校长", None, ("no_due",))]


def test_a_unit_that_must_lead_leaves_no_lead_word_in_the_task():
    """'一是教务处要牵头，会同各年级于9月30日前完成…，责任人：郑晓红': the unit 要牵头 is no part of the work."""
    text = """
    会议指出，开学工作任务重。一是教务处要牵头，会同各年级于9月30日前完成课表核对，责任人：郑晓红；二是安全科要在本周五前完成消防检查。
    """
    assert items(text)[0] == ("郑晓红", "会同各年级完成课表核对", "2025-09-30", ())


def test_a_person_someone_designates_in_the_owner_field_owns_the_item():
    """'—— 郑主任指定小梁先问两家，9月26日前报价到安全科': the field names who designated whom; the one designated, known
    to us by surname, owns it. A field that designates nobody we know stays no owner's."""
    text = """
    质量周会纪要

    【本周新增】
    1）消防器材年度检测外委询价 —— 郑主任指定小梁先问两家，9月26日前报价到安全科
    2）实验室通风橱检测 —— 郑主任安排外包单位来测，9月30日前
    """
    got = items(text)
    assert got[0][0] == "梁文斌" and got[0][2] == "2025-09-26"
    assert got[1][0] is None


def test_the_person_a_note_calls_lead_owns_a_shared_action():
    """'AI: Wendy / 梁文斌 to send the audit plan by 9/19. (梁文斌 lead)': the note names which of them owns it."""
    reader = MinutesReader(Roster.from_csv_text("name,email,department,manager_email,aliases\n"
                                                "陆雯,luwen@ex.cn,BA,,Wendy\n梁文斌,liangwb@ex.cn,安全科,,Wenbin\n"),
                           (Address("陆雯", "luwen@ex.cn"), Address("梁文斌", "liangwb@ex.cn")))
    text = """
    Notes

    - AI: Wendy / Wenbin to send the audit plan to the sponsor by 9/19. (Wenbin lead)
    - AI: Wendy to book the meeting room by 9/17.
    """
    assert reader.owners(text, MON) == [("梁文斌", "send the audit plan to the sponsor", "2025-09-19"),
                                        ("陆雯", "book the meeting room", "2025-09-17")]


def test_a_festival_that_gives_no_day_off_sets_no_day_and_a_restated_day_completes_its_label():
    """'年货节后半程…' (the second half of a shopping festival) and '艺术节后…' name no statutory holiday: no day, where
    a bare '节后' still means after the coming holiday; '完成时限：正式供热后一周内，即10月27日前' takes the day the
    label restates after 即, also across a wrapped line."""
    text = """
    工作安排

    1. 郑主任：年货节后半程主播话术调整
    2. 梁文斌：艺术节后提交展板清单
    3. 对排名后三位的企业约谈（责任人：梁文斌，完成时限：正式供热后一周内，
       即10月27日前）。
    """
    assert items(text) == [("郑晓红", "年货节后半程主播话术调整", None, ("no_due",)),
                           ("梁文斌", "艺术节后提交展板清单", None, ("no_due",)),
                           ("梁文斌", "对排名后三位的企业约谈", "2025-10-27", ())]


def test_a_note_that_numbering_goes_on_from_last_week_is_no_look_back():
    """'接上周编号：' over '5. … —— 梁文斌，周三前': the list is this week's work numbered on from last week's, not a
    review of last week ('上周第3项已完成' still is status)."""
    text = """
    周例会纪要

    接上周编号：
    5. 核对消防台账 —— 梁文斌，周三前
    6. 预约灭火器年检 —— 郑主任，9月19日

    上周第3、4项已完成。
    """
    assert items(text) == [("梁文斌", "核对消防台账", "2025-09-17", ()), ("郑晓红", "预约灭火器年检", "2025-09-19", ())]


def test_minutes_pasted_from_latex_read_as_the_text_they_show():
    """An Overleaf paste: '\\\\item \\\\textbf{梁文斌}：… \\\\hfill \\\\textit{截止：9月19日（周五）}' is a bullet of that person's
    with its due; '\\\\subsection*{进展}' a heading whose items are status; environments' lines are no items."""
    text = r"""
    组会纪要

    \subsection*{进展}
    \begin{itemize}
      \item 梁文斌：已完成消防通道清理
    \end{itemize}

    \subsection*{Action items}
    \begin{enumerate}
      \item \textbf{梁文斌}：整理检查报告 \hfill \textit{截止：9月19日（周五）}
      \item \textbf{郑晓红}：发布新课表，\emph{9月22日前}
    \end{enumerate}
    """
    assert items(text) == [("梁文斌", "整理检查报告", "2025-09-19", ()), ("郑晓红", "发布新课表", "2025-09-22", ())]


def test_titled_points_marked_with_a_square_over_tanto_and_kigen_lines_are_items():
    """'■ 预算表及预算说明' over '担当：…' / '期限：…': the title is the task even when it holds a section word (说明,
    工作); '担当：卞思琪（主）、蒋宇航（副）' names its lead."""
    reader = MinutesReader(Roster.from_csv_text("name,email,department,manager_email,aliases\n"
                                                "季晓红,jxh@ex.cn,组,,\n卞思琪,bsq@ex.cn,组,,\n蒋宇航,jyh@ex.cn,组,,\n"),
                           (Address("季晓红", "jxh@ex.cn"), Address("卞思琪", "bsq@ex.cn"), Address("蒋宇航", "jyh@ex.cn")))
    text = """
    申请书分工会纪要

    ■ 预算表及预算说明
    　担当：季晓红
    　期限：9月19日（金）17:00

    ■ 研究基础与工作条件
    　担当：卞思琪（主）、蒋宇航（副）
    　期限：下周一
    """
    assert reader.owners(text, MON) == [("季晓红", "预算表及预算说明", "2025-09-19"),
                                        ("卞思琪", "研究基础与工作条件", "2025-09-22")]


def test_a_meeting_held_at_an_hour_written_in_words_gives_the_same_time_next_week():
    """'今天下午三点的会定了三件事：…。下周同一时间再碰一次。': the hour in words is this meeting's, and the next one's."""
    text = "今天下午三点的会定了三件事：梁文斌明天下班前把报价发我，郑主任下周一之前排出值班表。下周同一时间再碰一次。"
    assert MINUTES.next_meeting(text, MON) == "2025-09-22 15:00"


def test_a_decision_before_the_ask_is_no_part_of_the_task():
    """'会议同意将教务处迁至三楼。教务处牵头，于9月30日前完成搬迁方案（郑晓红负责）': the decision sentence is context, the
    task is the work asked after it; '由安全科牵头、总务处配合制定具体方案': neither the lead nor the helper is the task."""
    text = """
    校务会纪要

    三、关于办公用房调整。会议同意将教务处迁至三楼。教务处牵头，于9月30日前完成搬迁方案（郑晓红负责）。
    四、关于安全培训。会议同意开展消防培训，由安全科牵头、总务处配合制定具体方案。
    责任单位：安全科    完成时限：10月10日前
    """
    got = items(text)
    assert got[0] == ("郑晓红", "完成搬迁方案", "2025-09-30", ())
    assert got[1][1:3] == ("制定具体方案", "2025-10-10")


def test_a_next_week_label_puts_its_bare_weekday_in_next_week():
    """'下周例会：周四晚7点' sent on a Thursday night is next week's Thursday, and '下周例会前出结果' is due that day;
    a line's second sentence may set the meeting when its first is about this one ('…纪要转给大家。材料下周二上午再过一遍。')."""
    thursday = datetime(2025, 9, 18, 21, 40, tzinfo=SHANGHAI)
    text = """
    例会记录

    待办：
    1. 梁文斌：消防演练方案补充完善，下周例会前出结果

    下周例会：周四晚7点，还是302
    """
    assert MINUTES.next_meeting(text, thursday) == "2025-09-25 19:00"
    assert MINUTES.read(text, thursday).items[0].due_date.isoformat() == "2025-09-25"
    preface = "各位，下午准备会的纪要转给大家，待办以下面为准。材料下周二上午再过一遍。\n\n待办\n· 梁文斌：准备汇报PPT，9月19日前\n"
    assert MINUTES.next_meeting(preface, MON) == "2025-09-23 09:00"


def forwarded_minutes(preface: str) -> bytes:
    """A forward of minutes with the forwarder's own lines above the forwarded header."""
    from email.message import EmailMessage
    message = EmailMessage()
    message["From"] = "郑晓红 <zhengxh@ex.cn>"
    message["To"] = "梁文斌 <liangwb@ex.cn>, 何平 <heping@hualian.example.cn>, 纪要助手 <minutes@ex.cn>"
    message["Subject"], message["Date"] = "转发：安全例会纪要", "Mon, 15 Sep 2025 17:00:00 +0800"
    message["Message-ID"] = "<w25-forward@ex.cn>"
    message.set_content(preface + "\n\n发件人: 梁文斌 <liangwb@ex.cn>\n发送时间: 2025年9月12日 17:48\n"
                        "收件人: 郑晓红 <zhengxh@ex.cn>\n主题: 安全例会纪要\n\n安全例会纪要（9月12日）\n待办：\n"
                        "1. 梁文斌：9月19日前整理消防检查报告。\n2. 郑晓红：9月22日前发布新课表。\n\n华联超市物流部 何平\n")
    return message.as_bytes()


def test_a_forwarders_preface_that_moves_an_item_gives_it_the_new_day():
    """'另外第2条，…可以缓一周，按9月29日算': the preface's day for that item replaces the forwarded one; a preface that
    names an item without a day changes nothing; an outsider's sign-off line ('华联超市物流部 何平') is no item."""
    from zoneinfo import ZoneInfo
    from parsers import parse_message
    from parsers.dates.workdays import WorkdayCalendar
    parse = lambda raw: parse_message(raw, tz=ZoneInfo("Asia/Shanghai"), roster=ROSTER, calendar=WorkdayCalendar(),
                                      bot_address="minutes@ex.cn")
    moved = parse(forwarded_minutes("纪要助手：转过来跟踪一下。\n另外第2条，教务处说可以缓一周，按9月29日算。"))
    assert [(i.number, i.owner.name, str(i.due_date)) for i in moved.items] == [(1, "梁文斌", "2025-09-19"),
                                                                               (2, "郑晓红", "2025-09-29")]
    kept = parse(forwarded_minutes("纪要助手：转过来跟踪一下，第2条请郑主任多关注。"))
    assert [str(i.due_date) for i in kept.items] == ["2025-09-19", "2025-09-22"]


def test_an_owner_cell_marking_lead_and_helper_with_brackets_and_spaces_gives_the_lead():
    """Cells '梁文斌（主） 郑晓红（配合）', '安全科（梁文斌）牵头 教务处（郑晓红）配合' (a space, no slash) and
    '安全科（主责）/教务处（配合）梁文斌' (the one person the cell names, after the units) give the lead person."""
    from parsers.minutes.owning.owners import read_owner
    for cell in ("梁文斌（主） 郑晓红（配合）", "安全科（梁文斌）牵头 教务处（郑晓红）配合", "安全科（主责）/教务处（配合）梁文斌",
                 "梁文斌（主）、郑晓红（副）"):
        assert read_owner(cell, ROSTER, PEOPLE, "any").person.name == "梁文斌", cell


def test_a_unit_or_person_column_gives_the_person_and_a_next_one_label_names_the_meeting():
    """A '责任科室/责任人' column holds a unit or its person: the person named owns the row (the unit column beside it,
    '牵头处室', does not); '下一次调度：10月9日（周四）下午3:00' is the next meeting."""
    text = """
    工作提示单

    序号\t工作任务\t牵头处室\t责任科室/责任人\t时间节点
    1\t完成节日值班安排\t疾控处\t梁文斌\t9月19日前
    2\t汇总督导问题清单\t疾控处\t教务处 郑晓红\t9月26日前

    下一次调度：10月9日（周四）下午3:00，地点：三楼会议室。
    """
    assert [(o, d) for o, _, d, _ in items(text)] == [("梁文斌", "2025-09-19"), ("郑晓红", "2025-09-26")]
    assert MINUTES.next_meeting(text, MON) == "2025-10-09 15:00"


def test_a_full_name_with_a_station_or_institute_title_and_a_date_cut_after_its_month():
    """'请市疾控中心（谭卫东所长）牵头完成…' names 谭卫东 (所长/站长/厂长/队长… as 处长 is read); a date wrapped after its
    month ('…（时间节点：12月' + '5日（周五）下班前）') is one line, its day no list number."""
    from parsers.minutes.lines.wrapped import join_wrapped
    from parsers.minutes.owning.owners import read_owner
    roster = Roster.from_csv_text("name,email,department,manager_email,aliases\n谭卫东,twd@ex.cn,疾控中心,,\n")
    assert read_owner("谭卫东所长", roster, (), "han").person.name == "谭卫东"
    assert join_wrapped(["3.疾控处汇总督导问题清单（时间节点：12月", "5日（周五）下班前）。"]) == [
        "3.疾控处汇总督导问题清单（时间节点：12月5日（周五）下班前）。"]


def test_a_jira_export_gives_its_dates_and_an_english_title_with_a_weekday_gives_the_hour():
    """'Sprint 37 review (Fri 10:00). Open tickets below…' then 'Key | Summary | Assignee | Status | Due date' rows with
    Jira's '20/Jan/27': the rows' days are read, and 'same time next Friday' takes the title's 10:00."""
    friday = datetime(2027, 1, 15, 10, 30, tzinfo=SHANGHAI)
    text = """
    Sprint 37 review (Fri 10:00). Open tickets below are our action items.

    Key | Summary | Assignee | Status | Due date
    HY-2101 | Fix memory leak in battle scene | 梁文斌 | In Progress | 20/Jan/27
    HY-2102 | Compress UI textures | 郑晓红 | To Do | 22-Jan-2027

    Sprint 38 review: same time next Friday.
    """
    assert MINUTES.dues(text, friday) == [("2027-01-20", None), ("2027-01-22", None)]
    assert MINUTES.next_meeting(text, friday) == "2027-01-22 10:00"

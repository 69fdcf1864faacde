"""Issue #12, heldout20 round (cases 3901-3939, after their first score): readings of structure that heldout20 (and
the same shapes in heldout19) showed broken, each tested on a variant written here beside its near miss."""
from datetime import datetime

from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "彭雪梅,pengxm@ex.cn,采购部,,\n邱志华,qiuzh@ex.cn,仓储部,,\n"
    "Greta Holm,greta@ex.se,Sales,,\n")
PEOPLE = (Address("彭雪梅", "pengxm@ex.cn"), Address("邱志华", "qiuzh@ex.cn"), Address("Greta Holm", "greta@ex.se"))
MINUTES = MinutesReader(ROSTER, PEOPLE)
THU = datetime(2025, 10, 16, 17, 0, tzinfo=SHANGHAI)          # Thursday 2025-10-16


def test_a_record_whose_every_field_wears_a_bullet_is_one_item_whatever_the_order_of_its_fields():
    """'· 担当：… / · 期限：… / · 内容：…' under a ■ topic: each field of a record wears a bullet, the task may come last;
    the topic heading is no item, and a numbered line still opens a record of its own."""
    text = """
    ■议题一：冷库温控
    · 担当：邱志华
    · 期限：10月24日
    · 内容：更换2号冷库的温控探头

    ■议题二：包材
    • 期限：本月底
    • 担当：彭雪梅
    • 内容：比较三家包材供应商报价
    """
    assert MINUTES.owners(text, THU) == [("邱志华", "更换2号冷库的温控探头", "2025-10-24"),
                                         ("彭雪梅", "比较三家包材供应商报价", "2025-10-31")]


def test_a_block_with_owner_and_due_but_no_task_label_takes_its_numbered_topic_as_the_task():
    """'Topic 2: …' over 'Owner:' and 'Due:' (as a table's Topic column beside Owner and Due): the topic is the task;
    a topic block with no owner and no due (only notes) is no item."""
    text = """
    Topic 1: 冷库温控探头更换
    Owner: 邱志华
    Due: 10/24

    Topic 2: 包材报价对比
    Owner: Greta
    Due: end of month
    Note: three suppliers at least

    Topic 3: Q3 review
    Note: GMV 92% of target
    """
    assert MINUTES.owners(text, THU) == [("邱志华", "冷库温控探头更换", "2025-10-24"),
                                         ("Greta Holm", "包材报价对比", "2025-10-31")]


def test_a_bracketed_remark_after_the_owner_in_a_record_is_no_part_of_the_name():
    """'Owner: 彭雪梅（邱志华协助对账）' and 'Owner: Greta (Peng to support on pricing)': the name before the bracket."""
    text = """
    Action: 比较三家包材供应商报价
    Owner: 彭雪梅（邱志华协助对账）
    Due: 10/24

    Action: Send the revised price list to the distributor
    Owner: Greta (Peng to support on pricing)
    Due: 10/28
    """
    assert [owner for owner, _, _ in MINUTES.owners(text, THU)] == ["彭雪梅", "Greta Holm"]


def test_nothing_new_and_going_on_with_earlier_work_is_no_item_nor_is_a_line_that_ends_in_a_tick():
    """Under person headings: '无新增，继续…' / '冇新增，跟返…' / 'nothing new, still on …' report that nothing was
    added; '… review 过了 ✅' reports work done. A line that only starts with '无' or mentions 新增 still asks for work."""
    text = """
    【邱志华】
    - 无新增，继续盘点B区库存
    - 新增2号冷库温控巡检表，10月24日前

    【彭雪梅】
    - 包材报价单 review 过了 ✅
    - 无纸化入库单上线方案，本月底

    【Greta】
    - Nothing new, still on the distributor price list
    """
    assert MINUTES.owners(text, THU) == [("邱志华", "新增2号冷库温控巡检表", "2025-10-24"),
                                         ("彭雪梅", "无纸化入库单上线方案", "2025-10-31")]


def test_an_unknown_place_naming_the_clock_before_its_offset_leaves_the_offset_to_decide():
    """'15:00 Agadir time (GMT+1)', '9am Campinas time (UTC-3)', '15:00 阿加迪尔时间（UTC+1）': the offset in the bracket
    is the zone; the same unknown place without an offset stays in the default zone."""
    assert MINUTES.next_meeting("Next call: Wednesday 22 Oct, 15:00 Agadir time (GMT+1).", THU) == "2025-10-22 22:00"
    assert MINUTES.next_meeting("Next call: Wed 22 Oct, 9am Campinas time (UTC-3)", THU) == "2025-10-22 20:00"
    assert MINUTES.next_meeting("下次会议：10月22日 15:00 阿加迪尔时间（UTC+1）", THU) == "2025-10-22 22:00"
    assert MINUTES.next_meeting("Next call: Wednesday 22 Oct, 15:00 Agadir time.", THU) == "2025-10-22 15:00"


def test_a_sentence_opening_with_next_time_sets_the_meeting_when_it_repeats_it_or_names_it_in_latin_letters():
    """'下次还是下周一这个时间' (the hour this meeting was held, also after 晚上), '下次 design review 10/23 14:00' (a
    label without its colon); '下次注意提前发材料' sets nothing."""
    held = "今晚8点和彭雪梅、邱志华线上碰了一下包材的事，记几条：\n1. 彭雪梅：比较三家包材报价，10月24日前\n"
    assert MINUTES.next_meeting(held + "下次还是下周一晚上这个时间，线上。", THU) == "2025-10-20 20:00"
    assert MINUTES.next_meeting(held + "下次还是下周一这个时间。", THU) == "2025-10-20 20:00"
    assert MINUTES.next_meeting(held + "下次 design review 10/23 14:00", THU) == "2025-10-23 14:00"
    assert MINUTES.next_meeting(held + "下次注意提前发材料。", THU) is None


def test_a_ticked_box_under_a_done_header_closes_its_row_and_an_empty_box_leaves_it_open():
    """A Notion/GitHub task table: '| [x] |' or '| ✅ |' in the 'Done' column is a finished row, '| [ ] |' an open one."""
    text = """
    | Done | Task | Owner | Due |
    |---|---|---|---|
    | [x] | 发送上季度冷库巡检报告 | 邱志华 | 2025-10-14 |
    | [ ] | 比较三家包材供应商报价 | 彭雪梅 | 10月24日 |
    | ✅ | Book the booth for the fair | Greta | Oct 15 |
    """
    assert MINUTES.owners(text, THU) == [("彭雪梅", "比较三家包材供应商报价", "2025-10-24")]


def test_a_line_that_says_nobody_will_follow_it_up_is_no_item():
    """'…，这个不用再跟。' and '（物业自行安排，街道不跟踪）': the writer says nobody is chased for it; '需要跟进…' still
    asks for work."""
    text = """
    1. 彭雪梅：比较三家包材供应商报价，10月24日前
    2. 冷库电费口径邱志华昨天和财务核对过，这个不用再跟。
    3. 冷库外墙保温由物业自行安排（街道不跟踪）。
    4. 邱志华：跟进冷库外墙保温的报价，10月28日前
    """
    assert [task for _, task, _ in MINUTES.owners(text, THU)] == ["比较三家包材供应商报价", "跟进冷库外墙保温的报价"]


def test_a_status_that_names_a_first_stage_done_leaves_the_row_open_whichever_word_comes_first():
    """'初稿已完成' as '已完成初稿': a stage of the row's work, not the row; '已完成' alone closes it."""
    text = """
    | 序号 | 事项 | 负责人 | 截止时间 | 进展 |
    | 1 | 冷库巡检方案 | 邱志华 | 10月24日 | 初稿已完成 |
    | 2 | 包材报价对比 | 彭雪梅 | 10月20日 | 已完成初稿 |
    | 3 | 冷库电费核对 | 邱志华 | 10月15日 | 已完成 |
    """
    assert [task for _, task, _ in MINUTES.owners(text, THU)] == ["冷库巡检方案", "包材报价对比"]


def test_name_colon_lines_each_over_one_line_of_work_are_person_headings_but_a_greeting_is_not():
    """'彭老师：' over an indented line, then '邱老师：' over the next: each name (a surname + title the headers
    know) owns the line below; a greeting 'name：' over prose that no second 'name：' line follows owns nothing."""
    pairs = """
    彭老师：
      包材报价对比表下周一前发群。
    邱老师：
      更新冷库巡检记录，本周五。
    """
    assert MINUTES.owners(pairs, THU) == [("彭雪梅", "包材报价对比表发群", "2025-10-20"),
                                          ("邱志华", "更新冷库巡检记录", "2025-10-17")]
    greeting = """
    彭雪梅：
    附件是昨天协调会的纪要，请查收并安排落实。
    谢谢
    邱志华
    """
    assert MINUTES.owners(greeting, THU) == []


def test_a_lead_in_naming_what_is_to_be_acted_on_opens_an_action_even_after_a_list_of_decisions():
    """'唯一需要落实的：彭老师明天上午把…' below '会议主要定了几件事：1. … 2. …': the one action; the lead-in is no part
    of the task."""
    text = """
    今天会议主要定了几件事：
    1. 冷库年检10月28日开始。
    2. 本季度不再新增供应商。

    唯一需要落实的：彭老师明天上午把包材报价对比表发到群里。
    """
    assert MINUTES.owners(text, THU) == [("彭雪梅", "把包材报价对比表发到群里", "2025-10-17")]


def test_a_task_that_sends_something_to_the_company_is_work_not_a_company_name():
    """'寄新一季色卡到公司', '样品带回公司' end in 公司 as a company's name does, but a verb sends something there; a
    company's name alone ('星河电子有限公司') is still no task."""
    text = """
    ## Todo
    - [ ] @邱志华 寄新一季色卡到公司，10月24日
    - [ ] @彭雪梅 把样品带回公司，10月20日
    - [ ] 星河电子有限公司
    """
    assert MINUTES.owners(text, THU) == [("邱志华", "寄新一季色卡到公司", "2025-10-24"),
                                         ("彭雪梅", "把样品带回公司", "2025-10-20")]


def test_next_alone_as_a_label_with_a_day_after_it_is_the_next_meeting_and_with_work_after_it_is_not():
    """'Next: Mon 27 Oct, 9:30 CST' as '下次：10月27日'; 'Next: Greta to send the deck by Friday' is work; '下次例会定于…'
    sets the meeting as '下次例会定在…' does."""
    assert MINUTES.next_meeting("| Task | Owner | Due |\n|---|---|---|\n| Renew licence | 邱志华 | 10/23 |\n\n"
                                "Next: Mon 27 Oct, 9:30 CST (= 9:30 HKT)", THU) == "2025-10-27 09:30"
    assert MINUTES.next_meeting("1. 邱志华：更新巡检表，10月24日前\n\nNext: Greta to send the deck by Friday", THU) is None
    assert MINUTES.next_meeting("1. 邱志华：更新巡检表，10月24日前\n\nNext: BOM sign-off check, Tue 10/21 10:00.", THU) \
        == "2025-10-21 10:00"                      # the meeting named between the label and its day
    assert MINUTES.next_meeting("1. 邱志华：更新巡检表，10月24日前\n\nNext: Greta to send the deck, by Friday", THU) is None
    assert MINUTES.next_meeting("1. 邱志华：更新巡检表，10月24日前\n\n下次教研活动定于10月23日（星期四）下午第三节课。", THU) \
        == "2025-10-23 14:00"


def test_a_standing_rule_for_a_group_is_no_item_while_a_person_named_for_it_still_owns_work():
    """'各车间：交接班签字制度长期执行，不得漏签', '各班组严禁夜间动火作业': a rule for good, for everyone of a kind; a
    person named beside the same words still has work ('邱志华：…，严禁…' reads as his)."""
    text = """
    三、待办事项
    1. 彭雪梅：比较三家包材供应商报价，10月24日前；
    2. 各车间：交接班签字制度长期执行，不得漏签；
    3. 各班组严禁夜间动火作业；
    4. 邱志华：10月24日前整改冷库电线，整改期间严禁堆放包材。
    """
    assert [owner for owner, _, _ in MINUTES.owners(text, THU)] == ["彭雪梅", "邱志华"]


def test_a_day_that_names_which_batch_yields_to_the_deadline_of_the_line():
    """'年前最后一批…，今日内搞定', '节前最后一批出货清单今晚发我', '国庆前第一批…，周五前发出': the first day names which
    batch, the second is when; alone ('年前最后一批报关资料') the batch's day is still the only deadline there is (the 2026-02-14 make-up Saturday)."""
    text = """
    1. 邱志华：年前最后一批报关资料（共6票），今日内搞定。
    2. 彭雪梅：节前最后一批出货清单今晚发我。
    3. 邱志华：国庆前第一批样品的装箱单，周五前发出。
    4. 彭雪梅：年前最后一批报关资料。
    """
    assert [day for _, _, day in MINUTES.owners(text, THU)] == ["2025-10-16", "2025-10-16", "2025-10-17", "2026-02-14"]


def test_sub_tasks_numbered_inside_the_bracket_that_closes_an_item_are_items_even_when_wrapped_or_nested():
    """'…负责冷库改造（（1）拆旧机组，10月24日前；（2）新机组调试（完成时间：（暂定）10月31日））' and the same wrapped
    at its '；' ('（2）…' on the next line, inside the open bracket): one item a sub-task, each with its own day; a list
    joined by 、 ('（含（1）名单核对、（2）材料收集）') names the parts of one task."""
    one_line = "1. 邱志华负责冷库改造（（1）拆旧机组，10月24日前；（2）新机组调试（完成时间：（暂定）10月31日））。"
    wrapped = "1. 邱志华负责冷库改造（（1）拆旧机组，10月24日前；\n   （2）新机组调试，10月31日前）。\n2. 彭雪梅：比较包材报价，10月27日前"
    parts = "1. 彭雪梅负责补贴材料梳理（含（1）名单核对、（2）材料收集），10月22日前报主任。"
    assert MINUTES.owners(one_line, THU) == [("邱志华", "拆旧机组", "2025-10-24"), ("邱志华", "新机组调试", "2025-10-31")]
    assert MINUTES.owners(wrapped, THU) == [("邱志华", "拆旧机组", "2025-10-24"), ("邱志华", "新机组调试", "2025-10-31"),
                                            ("彭雪梅", "比较包材报价", "2025-10-27")]
    assert [(owner, day) for owner, _, day in MINUTES.owners(parts, THU)] == [("彭雪梅", "2025-10-22")]


def test_a_deadline_written_before_its_owner_dates_the_work_of_the_person_after_it():
    """'明早8点前彭工把…报我', '周三前邱志华把…定下来': the day, then the person and 把; a day before no known person
    ('周三前完成…', '月底前所有部门把…') stays as it was."""
    text = """
    明早8点前彭工把包材报价对比报我；周三前邱志华把冷库改造方案定下来。
    """
    assert MINUTES.owners(text, THU) == [("彭雪梅", "把包材报价对比报我", "2025-10-17"),
                                         ("邱志华", "把冷库改造方案定下来", "2025-10-22")]
    assert [(owner, day) for owner, _, day in MINUTES.owners(
        "待办：\n1. 周三前完成报价单的整理\n2. 月底前所有部门把预算报上来", THU)] == [(None, "2025-10-22"), (None, "2025-10-31")]


def test_a_meeting_that_requires_a_named_person_to_act_by_a_day_gives_that_person_an_item():
    """'会议要求邱志华在本月底前完成…' as '会议要求冷链部在…' already did; '会议要求加强安全管理' (nobody, no day) asks
    nothing of anyone."""
    text = """
    一、会议听取了各部门工作汇报。
    二、会议要求邱志华在本月底前完成冷库消防通道整改。
    三、会议要求加强安全管理。
    """
    assert MINUTES.owners(text, THU) == [("邱志华", "完成冷库消防通道整改", "2025-10-31")]


def test_a_topic_then_the_writer_coming_to_take_it_is_the_writers_item():
    """'第一轮尾款我来跟进付款流程，月底前付清', '招聘上，两个岗我自己来跟，下周五前…': the writer (From) takes the topic,
    also with the work after '我来' and a '…上，' lead before the topic; '把报告发我' names the writer as no owner."""
    sender = Address("彭雪梅", "pengxm@ex.cn")
    text = """
    1. 第一轮尾款我来跟进付款流程，月底前付清。
    2. 招聘上，两个仓管岗我自己来跟，下周五前给到 offer。
    3. 邱志华：把冷库巡检报告发我，周五前
    """
    assert [(owner, day) for owner, _, day in MINUTES.owners_from(sender, text, THU)] == [
        ("彭雪梅", "2025-10-31"), ("彭雪梅", "2025-10-24"), ("邱志华", "2025-10-17")]


def test_under_person_headings_a_dash_line_and_a_labelled_line_below_an_item_give_its_day():
    """'—— 国庆节后第一个工作日交质控办' below a wrapped item is its day and where it goes (no owner named 质控办);
    '完成时间（最迟）：10月20日' (a label with an aside before its colon) is its due; '【质控办（本人）】' heads the
    writer's own list."""
    sender = Address("彭雪梅", "pengxm@ex.cn")
    text = """
    【邱志华】
    1. 冷库温控探头更换记录汇总（含2号、
       3号冷库）
       —— 10月24日前交质控办
    2. 冷库电费核对（配合：财务部）
       完成时间（最迟）：10月28日

    【质控办（本人）】
    1. 包材供应商年审方案，10月31日前
    """
    assert [(owner, day) for owner, _, day in MINUTES.owners_from(sender, text, THU)] == [
        ("邱志华", "2025-10-24"), ("邱志华", "2025-10-28"), ("彭雪梅", "2025-10-31")]


def test_a_call_with_a_partner_in_a_city_named_in_chinese_or_english_is_read_in_that_citys_time():
    """'下次与Faisal通话：…利雅得时间上午10点', 'Next call: … 9am Jakarta time', '…15:00（伊斯坦布尔时间）': the cities
    and countries an export team writes, and a call (通话/电话/视频) as a meeting."""
    lines = ("1. 邱志华：更新巡检表，10月24日前\n\n下次与Faisal通话：10月21日（周二）利雅得时间上午10点。",
             "1. 邱志华：更新巡检表，10月24日前\n\nNext call: Tue 21 Oct, 9am Jakarta time",
             "1. 邱志华：更新巡检表，10月24日前\n\n下次视频：10月21日 15:00（伊斯坦布尔时间）")
    assert [MINUTES.next_meeting(text, THU) for text in lines] == ["2025-10-21 15:00", "2025-10-21 10:00",
                                                                    "2025-10-21 20:00"]


def test_a_full_name_we_know_with_an_honorific_after_it_is_that_person():
    """'彭雪梅様', '邱志华さん' (a Japanese partner's table) and '彭雪梅老师' are the people we know; '校医彭老师' (a role,
    a surname and a title) and '佐藤様' (a name nobody knows) are read as before."""
    text = """
    ■ToDo（担当／期限）
    ・包材打样确认　／　彭雪梅様　／　10/24
    ・冷库温控复核　／　邱志华さん　／　10/27
    ・报价单归档　／　彭雪梅老师　／　10/28
    """
    assert [owner for owner, _, _ in MINUTES.owners(text, THU)] == ["彭雪梅", "邱志华", "彭雪梅"]


def test_our_side_written_as_the_owner_is_the_writer_and_your_side_is_nobody_in_particular():
    """'我方：…', '我司：…' in a supplier's minutes: the writer (From) answers for it; '贵方：…' is the other side, a
    group with no owner."""
    sender = Address("彭雪梅", "pengxm@ex.cn")
    text = """
    待办事项：
    1. 我方：10月底前完成首批采冰，运至园区冰场。
    2. 贵方：确认冰雕设计图终稿，下周三前发我们。
    3. 我司：10月28日前提交运输车辆清单。
    """
    assert [owner for owner, _, _ in MINUTES.owners_from(sender, text, THU)] == ["彭雪梅", None, "彭雪梅"]


def test_a_handling_status_column_closes_its_finished_rows_and_a_first_stage_named_after_its_noun_does_not():
    """'办理情况' / '落实情况' columns are a status ('已办结' closes the row); '方案初稿已完成' is the first stage of the
    row's work, as '初稿已完成' is."""
    text = """
    序号\t督办事项\t责任人\t完成时限\t办理情况
    1\t冷库改造方案评审\t邱志华\t10月24日\t方案初稿已完成
    2\t第二批包材款支付\t彭雪梅\t10月10日\t已办结
    3\t冷库电费核对\t邱志华\t10月28日\t未启动
    """
    assert [task for _, task, _ in MINUTES.owners(text, THU)] == ["冷库改造方案评审", "冷库电费核对"]

"""Issue #12, heldout10 round: readings of structure that heldout10 showed broken or missing, each tested on a variant
written here (other words, layouts and trades than the held-out mails) beside the shape the held-out mail had."""
from dataclasses import replace
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime
from textwrap import dedent

from parsers import parse_message
from parsers.dates.workdays import WorkdayCalendar
from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster
from parsers.minutes.reader import read_minutes
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "秦海燕,qinhaiyan@ex.cn,质量部,,Helen;秦工\n何斌,hebin@ex.cn,工程部,,Ben;何工\n"
    "马骁,maxiao@ex.cn,工程部,,老马;Max\n孔令辉,konglinghui@ex.cn,仓储部,,小孔;孔班长\n")
KNOWN = (Address("马骁", "maxiao@ex.cn"), Address("渡边浩二", "watanabe@client.example.jp"),
         Address("Lars Jensen", "lars@agent.example.dk"), Address("罗永庆", "luo@yongxin.example.cn"))
MINUTES = MinutesReader(ROSTER, KNOWN)
owners = MINUTES.owners


def parse_mail(subject: str, body: str, sent: datetime):
    """parse_message on a plain-text mail from 马骁 to the team, the bot in Cc."""
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Cc"] = "马骁 <maxiao@ex.cn>", "何斌 <hebin@ex.cn>", "bot@ex.cn"
    mail["Subject"], mail["Date"], mail["Message-ID"] = subject, format_datetime(sent), "<t12@ex.cn>"
    mail.set_content(dedent(body).strip("\n") + "\n")
    return parse_message(mail.as_bytes(), tz=SHANGHAI, roster=ROSTER, calendar=WorkdayCalendar(), bot_address="bot@ex.cn")


def owners_from(sender: Address, text: str, sent: datetime) -> list[tuple]:
    return MINUTES.owners_from(sender, text, sent)
WED_2027 = datetime(2027, 3, 10, 10, 0, tzinfo=SHANGHAI)
TUE = datetime(2025, 6, 10, 17, 0, tzinfo=SHANGHAI)


def test_a_time_limit_column_is_the_due_and_a_department_with_everyone_in_it_is_no_person():
    """'限期' heads the due column as 期限 does; '仓储部全体同事' is the department, nobody in particular."""
    text = """
    例会记录如下：

    | 序号 | 跟进事项 | 负责人 | 限期 |
    | 1 | 盘点二号库退货区 | 小孔 | 3月12日 |
    | 2 | 更新叉车保养台账 | 何工 | 3月底 |
    | 3 | 完成新WMS系统培训 | 仓储部全体同事 | 下星期五 |
    """
    assert owners(text, WED_2027) == [("孔令辉", "盘点二号库退货区", "2027-03-12"),
                                      ("何斌", "更新叉车保养台账", "2027-03-31"),
                                      (None, "完成新WMS系统培训", "2027-03-19")]
    third = MINUTES.read(text, WED_2027).items[2]
    assert (third.owner.name, third.owner.department, third.flags) == (None, "仓储部", ("no_owner",))


def test_a_person_heading_in_brackets_owns_the_one_line_of_prose_below_it():
    """'【何工】' over a sentence (not a list) gives that sentence to him, its ①② parts as two items; '【本人】' is the
    writer; a heading over a numbered list still leaves each line's own 主责 person the owner."""
    text = """
    各位：

    今天仓库协调会，按人列一下。

    【何工】
    叉车充电区改造：①电缆桥架重新走线，6月13日前；②充电桩地脚加固，6月17日前。

    【秦工 / 小孔】
    1. 退货区盘点：小孔主责，秦工配合，6月12日前完成。

    【本人】
    与物流商确认7月运价，下周三前。

    另：月度报表已发，不再单列。
    """
    assert owners_from(KNOWN[0], text, TUE) == [("何斌", "电缆桥架重新走线", "2025-06-13"),
                                                ("何斌", "充电桩地脚加固", "2025-06-17"),
                                                ("孔令辉", "退货区盘点", "2025-06-12"),
                                                ("马骁", "与物流商确认7月运价", "2025-06-18")]


def test_an_excel_range_pasted_as_tabs_whose_task_column_says_what_to_do_is_minutes():
    """A spreadsheet pasted as tab-separated lines under one sentence: '做什么' / '要做的事' head the task column, so
    the mail is minutes; the 已完成 row is no item, and the stand-up named in the last sentence is the next meeting."""
    body = """
    下午会上分的活，从表里直接贴了：

    库区\t面积\t负责人\t做什么\t截止\t状态
    A区\t1200㎡\t小孔\t货架标签全部换新\t6/13\t进行中
    B区\t800㎡\t何工\t地面划线\t6/9\t已完成
    C区\t600㎡\t秦工\t温湿度计校准\t周五\t未开始

    周一早会再对一遍，8:45 还是仓库门口。
    """
    parsed = parse_mail("仓库整改分工（表格）", body, TUE)
    assert parsed.kind == "minutes"
    assert [(i.owner.name, i.task, str(i.due_date)) for i in parsed.items] == [
        ("孔令辉", "货架标签全部换新", "2025-06-13"), ("秦海燕", "温湿度计校准", "2025-06-13")]
    assert parsed.meeting.next_followup.start == datetime(2025, 6, 16, 8, 45, tzinfo=SHANGHAI)
    assert [i.task for i in owners_table("要做的事")] == ["货架标签全部换新"]


def owners_table(task_header: str):
    text = f"负责人\t{task_header}\t截止\n小孔\t货架标签全部换新\t6/13\n"
    return MINUTES.read(text, TUE).items


def test_a_numbered_point_that_states_a_fact_first_gives_the_work_to_the_person_named_after_it():
    """'1. <fact>. Lars to … by …': the item starts at the person, in English or after a Chinese comma, and with
    an arrow line under the point; Lars is the first name of the Cc'd agent; '… once the permit is received' is a
    condition of the work, not a report that it is done."""
    text = """
    Dear all, notes of today's call with the Aarhus agent below.

    1. Crane slots at the terminal are short next week. Lars to confirm the crane booking by Thursday.
    2. 仓库地坪有裂缝，Ben 安排维修队 check 一下，明天之前。
    3. 叉车电池还没到货。
       -> 小孔 下周二之前跟供应商催货。
    4. Max to release the dangerous-goods cargo once the permit is received.
    5. The customs hold was lifted.
    """
    assert owners(text, TUE) == [("Lars Jensen", "confirm the crane booking", "2025-06-12"),
                                 ("何斌", "仓库地坪有裂缝， 安排维修队 check 一下", "2025-06-11"),
                                 ("孔令辉", "跟供应商催货", "2025-06-17"),
                                 ("马骁", "release the dangerous-goods cargo once the permit is received", None)]


def test_in_a_pasted_chat_the_person_a_speaker_mentions_owns_what_is_asked():
    """'[马骁] 月台 @小孔 明天中午前清出来': the speaker asks the @-mentioned person; a speaker's own promise stays theirs,
    and a mention at the end of the line ('… @何工') counts the same."""
    text = """
    把群里刚才说的整理一下👇

    [马骁] 二号月台的退货 @小孔 明天中午前清出来哈
    [孔令辉] 好的
    [秦海燕] 收到 我这边来料检验报告周四给
    [马骁] 周五前把叉车年检约好 @何工
    """
    assert owners(text, TUE) == [("孔令辉", "二号月台的退货清出来哈", "2025-06-11"),
                                 ("秦海燕", "收到 我这边来料检验报告给", "2025-06-12"),
                                 ("何斌", "把叉车年检约好", "2025-06-13")]


def test_a_heading_with_a_case_number_in_nested_brackets_and_a_day_in_brackets_after_the_owner():
    """'一、仲裁准备（（2025）沪仲字第318号）' is a heading (its brackets nest), not an item; '——何工（开庭前，即6月20日）'
    names the owner and keeps the day written in the brackets after him."""
    text = """
    今天仲裁准备会的待办：

    一、仲裁准备（（2025）沪仲字第318号）
    1. 答辩意见定稿——秦工（6月16日前）
    2. 仲裁费补缴——何工（开庭前，即6月20日）

    二、证据
    3. 调取监控录像——小孔，本周五前
    """
    assert owners(text, TUE) == [("秦海燕", "答辩意见定稿", "2025-06-16"), ("何斌", "仲裁费补缴", "2025-06-20"),
                                 ("孔令辉", "调取监控录像", "2025-06-13")]


def test_a_two_character_family_name_alone_is_the_four_character_name_in_the_headers():
    """'渡边：提供…' in an AI summary's 待办 means 渡边浩二 of the Cc line (a Japanese family name alone)."""
    text = """
    待办事项
    1. 小孔：输出7月出货排程（周五前）
    2. 渡边：提供新托盘图纸
    """
    assert owners(text, TUE) == [("孔令辉", "输出7月出货排程", "2025-06-13"), ("渡边浩二", "提供新托盘图纸", None)]


def next_meeting(text: str, sent: datetime) -> str | None:
    return MINUTES.next_meeting(text, sent)


def test_a_bare_hour_on_the_line_after_an_evening_is_that_evening():
    """'下周一傍晚我们再对一次，' then '时间定在6点半…' on the next line: 18:30, not 06:30; '下午…3点' is 15:00."""
    evening = """
    我的意见是：小孔周四之前把盘点差异表重做一版。

    下周一傍晚我们再对一次，
    时间定在6点半，还是仓库办公室。
    """
    assert next_meeting(evening, TUE) == "2025-06-16 18:30"
    afternoon = evening.replace("下周一傍晚", "下周一下午").replace("6点半", "3点")
    assert next_meeting(afternoon, TUE) == "2025-06-16 15:00"


def test_a_numbered_line_that_names_a_meeting_with_its_day_and_clock_is_the_next_meeting():
    """'三、年中盘点启动会：6月30日 9:00，仓库会议室。' sets a meeting; '评审会：6月20日 14:00前提交材料' is a deadline."""
    text = """
    会议纪要如下：

    一、待办：
    （1）小孔：盘点表模板更新，6月13日前；
    （2）何工：叉车检修，评审会：6月20日 14:00前提交材料。
    二、年中盘点启动会：6月30日 9:00，仓库会议室。
    """
    assert next_meeting(text, TUE) == "2025-06-30 09:00"
    assert [(o, d) for o, _, d in owners(text, TUE)] == [("孔令辉", "2025-06-13"), ("何斌", "2025-06-20")]


def test_a_time_stamped_chat_line_whose_speaker_addresses_someone_is_theirs():
    """'[09:12] 马骁：@小孔 …' asks 小孔 (the time stamp and the speaker are no part of the task); a 'name：' line that
    mentions someone later ('何斌：叉车检修，完成后@秦工 复核') stays the named person's."""
    text = """
    早上群里的几件事：

    [09:12] 马骁：@小孔 今天下班前把三号库的温湿度记录导出来
    [09:13] 孔令辉：收到
    [09:15] 马骁：@何工 叉车检修周四前完成
    何斌：周五前更新设备台账，完成后@秦工 复核
    """
    assert owners(text, TUE) == [("孔令辉", "把三号库的温湿度记录导出来", "2025-06-10"),
                                 ("何斌", "叉车检修完成", "2025-06-12"),
                                 ("何斌", "更新设备台账，完成后@秦工 复核", "2025-06-13")]


def test_a_japanese_style_table_of_items_with_its_lead_marked_and_business_days():
    """'項目' heads the task column; '小孔・何工（主）' is led by 何工 (the （主） part, wherever it stands); '2営業日内'
    counts working days as 2个工作日内 does."""
    text = """
    ■ 対策事項
    | No. | 項目 | 担当 | 期限 | 備考 |
    | 1 | 出荷待ち在庫の再検品 | 小孔 | 6/12 | 約800箱 |
    | 2 | 荷崩れ原因の調査 | 小孔・何工（主） | 6/16 | |
    | 3 | 報告書提出 | 秦工 | 2営業日内 | |
    """
    assert owners(text, TUE) == [("孔令辉", "出荷待ち在庫の再検品", "2025-06-12"), ("何斌", "荷崩れ原因の調査", "2025-06-16"),
                                 ("秦海燕", "報告書提出", "2025-06-12")]


def test_a_customer_writes_please_kindly_and_the_next_call_in_a_sentence_or_in_korean():
    """'Mr. Ma Xiao please kindly … until this Friday' is 马骁's item; a company word that starts like an alias
    ('Bensonic 同意…' and Ben) names nobody; 'Next review call will be held on …' and '다음 회의: 6월 19일(목) 15:00
    (KST)' set the next meeting (KST is an hour ahead of Shanghai)."""
    text = """
    1. Pallet damage issue
     - Max please kindly check the stretch film and share the test result until this Friday.
    2. Claim
     - Bensonic 同意 close 条件。

    Next review call will be held on next Wednesday 10:00 KST.
    """
    assert owners(text, TUE) == [("马骁", "check the stretch film and share the test result", "2025-06-13")]
    assert next_meeting(text, TUE) == "2025-06-18 09:00"
    korean = "待办：\n1. 小孔：退货区盘点，周五前\n\n다음 회의: 6월 19일(목) 15:00 (KST)"
    assert next_meeting(korean, TUE) == "2025-06-19 14:00"


def test_the_writer_as_i_a_supplier_after_its_company_and_a_signature_with_a_job_title():
    """'我本人：…' is the writer's item; '永鑫罗永庆：…' is 罗永庆 of the To line (with his address) after his company's
    name; the signature line '马骁 PMC' under the list is no item."""
    text = """
    跟进事项：
    1. 永鑫罗永庆：针对破损提交8D报告，6月13日前；
    2. 何工：现场稽核，下周二前；
    3. 我本人：与客户确认索赔金额，3个工作日内。

    说明：端午期间仓库放假。

    马骁 PMC
    瑞祥物流 仓储部
    """
    assert owners_from(KNOWN[0], text, TUE) == [("罗永庆", "针对破损提交8D报告", "2025-06-13"),
                                                ("何斌", "现场稽核", "2025-06-17"),
                                                ("马骁", "与客户确认索赔金额", "2025-06-13")]
    first = read_minutes(dedent(text).strip("\n"), replace(MINUTES.context(TUE), sender=KNOWN[0])).items[0]
    assert first.owner.email == "luo@yongxin.example.cn"


def test_the_line_that_says_the_minutes_follow_opens_no_background_section():
    """'今天与车队的沟通会纪要如下：' introduces the list of work: an item its department owns ('外协车队：…') counts (no
    owner), as under '待办：'."""
    text = """
    各位好：

    今天与车队的沟通会纪要如下：
    1. 外协车队：提供6月车辆排班表，6月13日前；
    2. 仓储部（小孔）：整理退货台账，6月16日前；
    """
    assert owners(text, TUE) == [(None, "提供6月车辆排班表", "2025-06-13"), ("孔令辉", "整理退货台账", "2025-06-16")]


def test_a_deadline_before_an_event_whose_day_and_clock_are_in_brackets():
    """'…，新品首发（6/20 19:30）前' is due at the event's day and time; '（6/20）前' with a day alone too."""
    text = """
    待办：
    - [ ] @小孔 首发库存再点一遍，新品首发（6/20 19:30）前
    - [ ] @何工 仓库灯光检修，开业（6/18）前
    """
    assert MINUTES.dues(text, TUE) == [("2025-06-20", "19:30"), ("2025-06-18", None)]
    assert [task for _, task, _ in owners(text, TUE)] == ["首发库存再点一遍，新品首发", "仓库灯光检修，开业"]

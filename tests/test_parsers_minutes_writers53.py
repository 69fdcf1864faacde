"""Issue #12, session 21: readings heldout72's misses asked for (scored once on 8ee112b in session 20, read now), each
tested on a variant written here beside its near miss."""
from datetime import datetime

import pytest

from parsers.dates.due import find_all_dues
from parsers.dates.workdays import WorkdayCalendar
from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "乌兰,wulan@ex.cn,国际贸易部,,\n白音,baiyin@ex.cn,品控部,,\n韩志强,hanzq@ex.cn,冷链物流部,,\n"
    "孟庆丰,mengqf@ex.cn,设备动力部,,\n田宝山,tianbs@ex.cn,屠宰车间,,\n龚雪,gongxue@ex.cn,数据资源科,,\n"
    "彭珂,pengke@ex.cn,政务数据应用科,,\n")
KNOWN = (Address("乌兰", "wulan@ex.cn"), Address("白音", "baiyin@ex.cn"), Address("韩志强", "hanzq@ex.cn"),
         Address("孟庆丰", "mengqf@ex.cn"), Address("龚雪", "gongxue@ex.cn"), Address("彭珂", "pengke@ex.cn"),
         Address("殷海燕", "yinhy@glass.example.cn"), Address("杜立平", "dulp@glass.example.cn"),
         Address("张桂芳", "zhanggf@town.example.gov.cn"), Address("Rashid Al-Amri", "rashid@buyer.example.om"))
MINUTES = MinutesReader(ROSTER, KNOWN)
TUE = datetime(2026, 5, 12, 14, 15, tzinfo=SHANGHAI)          # Tuesday 2026-05-12
THU = datetime(2026, 4, 30, 17, 48, tzinfo=SHANGHAI)          # Thursday 2026-04-30, the eve of the May Day break
SUPPLIER = Address("杜立平", "dulp@glass.example.cn")


def dues(text: str, sent: datetime) -> list[tuple]:
    return [(d.date and d.date.isoformat(), d.time and d.time.strftime("%H:%M"), d.vague)
            for d in find_all_dues(text, sent, WorkdayCalendar())]


def test_a_mention_opens_an_item_whatever_words_of_a_section_it_holds():
    """'5. @乌兰 向客户发送会议确认函' is her item, not a heading titled 会议 (nor is '4. @韩志强 准备评审会议资料')."""
    got = MINUTES.owners("""
    【待办事项】
    1. @白音 联系协会启动证书续期审核，5月20日前
    2. @乌兰 向客户发送会议确认函
    3. @韩志强 准备评审会议资料
    以上内容由AI生成，仅供参考
    """, TUE)
    assert [(owner, task) for owner, task, _ in got] == [
        ("白音", "联系协会启动证书续期审核"), ("乌兰", "向客户发送会议确认函"), ("韩志强", "准备评审会议资料")]


@pytest.mark.parametrize("text, day", [
    ("first working day after your May holiday", "2026-05-06"),
    ("before the May break", "2026-04-30"),
    ("after the October holidays", "2026-10-08"),
    ("after the October golden week", "2026-10-08"),
])
def test_a_holiday_named_by_its_month(text, day):
    """'your May holiday' is the Labour Day break, 'the October holidays' National Day's."""
    assert dues(text, THU) == [(day, None, False)]


def test_of_two_clocks_for_one_slot_the_one_in_our_zone_is_ours():
    """'11:00 Muscat time (15:00 Beijing)': a zone we do not name beside ours; so '10:00 Oman time / 14:00 China time'
    and '11:00马斯喀特时间（北京时间15:00）'. '15:00 Heihe / 10:00 Helsinki' stays 15:00 (the place we do not know is
    ours), and '10:00 CEST (16:00 Beijing)' is 16:00 either way."""
    assert MINUTES.next_meeting("Next call: Tuesday 19 May, 11:00 Muscat time (15:00 Beijing).\n", TUE) == \
        "2026-05-19 15:00"
    assert MINUTES.next_meeting("Next call: Tue 19 May, 10:00 Oman time / 14:00 China time\n", TUE) == "2026-05-19 14:00"
    assert MINUTES.next_meeting("下次会议：5月19日（周二）11:00马斯喀特时间（北京时间15:00）\n", TUE) == "2026-05-19 15:00"
    assert MINUTES.next_meeting("Next call: Tue 19 May 15:00 Heihe / 10:00 Helsinki\n", TUE) == "2026-05-19 15:00"
    assert MINUTES.next_meeting("Next call: Tue 9 Jun, 10:00 CEST (16:00 Beijing)\n", TUE) == "2026-06-09 16:00"


def test_our_side_with_a_person_in_brackets_is_that_person():
    """In a supplier's minutes, '我司（殷海燕）本周内出具8D报告' is hers, not the writer's; '我司本周内补发…' and
    '我方（晶华）…', which name only the company, stay the writer's."""
    got = MINUTES.owners_from(SUPPLIER, """
    待办：
    (1) 我司（殷海燕）本周内出具5月批次质量问题8D报告；
    (2) 本司（殷海燕）5月20日前提交改善计划；
    (3) 我司5月18日前提交补货计划；
    (4) 我方（晶华）5月22日前完成模具更换。
    """, TUE)
    assert [(owner, day) for owner, _, day in got] == [
        ("殷海燕", "2026-05-17"), ("殷海燕", "2026-05-20"), ("杜立平", "2026-05-18"), ("杜立平", "2026-05-22")]


@pytest.mark.parametrize("text", ["时间待双方商定", "日期待客户确定", "待协商", "时间待领导明确"])
def test_a_time_still_to_be_agreed_is_vague(text):
    assert dues(text, TUE) == [(None, None, True)]


def test_a_plan_still_to_be_agreed_is_no_deadline():
    assert dues("待商定方案", TUE) == []


def test_a_named_person_among_listed_directives_needs_no_day():
    """Under '整改要求：', '4. 孟庆丰：配合韩志强完成记录仪安装调试' follows three dated items of the same list: his item,
    with no due. The same line opening a directive list, with no item above it, stays a directive."""
    got = MINUTES.owners("""
    二、整改要求：
      1. 田宝山：提交检查问题整改报告，5月20日前；
      2. 韩志强：3号冷库温度记录仪更换，下周三前完成；
      3. 孟庆丰：配合韩志强完成记录仪安装调试。
    """, TUE)
    assert got[-1] == ("孟庆丰", "配合韩志强完成记录仪安装调试", None)
    assert MINUTES.owners("二、整改要求：\n  1. 孟庆丰：配合韩志强完成记录仪安装调试。\n", TUE) == []


@pytest.mark.parametrize("text, time", [
    ("Monday morning, 9:00", "09:00"), ("Monday morning 9:00", "09:00"), ("Monday afternoon, 3:00", "15:00"),
    ("Monday morning", "12:00"), ("明天下班前", "18:00"),
])
def test_a_clock_after_a_part_of_the_day_is_the_time(text, time):
    assert dues(text, datetime(2026, 6, 26, 16, 10, tzinfo=SHANGHAI))[0][1] == time


@pytest.mark.parametrize("text, due", [("到货当天完成", []), ("到货当日验收", []), ("当天完成", [("2026-05-12", None, False)])])
def test_the_day_of_an_arrival_is_no_day_we_know(text, due):
    assert dues(text, TUE) == due


def test_the_other_sides_step_in_an_external_follow_up_row_is_their_contacts():
    """外部沟通跟进表: '①对方提供超时日志（7月30日前）' belongs to the row's 对方单位/联系人 (张桂芳, in the To line), the
    row's 负责人 keeps '②排查接口超时原因…'; a row whose contact we do not know leaves the step to its 负责人."""
    table = ("沟通编号\t对方单位/联系人\t解决方案/进展\t负责人\n"
             "EC-01\t苏港镇便民服务中心/张桂芳\t①对方提供超时日志（7月30日前）②排查接口超时原因，8月3日前反馈\t龚雪\n"
             "EC-02\t某某科技/刘某\t①对方提供测试账号（7月31日前）②完成联调（8月5日前）\t彭珂\n")
    got = MINUTES.owners(table, datetime(2026, 7, 28, 16, 5, tzinfo=SHANGHAI))
    assert [(owner, day) for owner, _, day in got] == [
        ("张桂芳", "2026-07-30"), ("龚雪", "2026-08-03"), ("彭珂", "2026-07-31"), ("彭珂", "2026-08-05")]

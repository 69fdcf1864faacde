"""Issue #12, session 22: readings heldout82's blind misses asked for (scored once on 3727ba3), each tested on a
variant written here beside its near miss."""
from datetime import datetime

from minutes_reading import SHANGHAI, MinutesReader
from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "富德明,fdm@ex.cn,归集管理科,,\n么晓丹,mxd@ex.cn,让胡路管理部,,\n鞠红梅,jhm@ex.cn,贷款管理科,,\n")
MINUTES = MinutesReader(ROSTER, tuple(Address(e.name, e.email) for e in ROSTER.entries))
WED = datetime(2026, 8, 5, 11, 40, tzinfo=SHANGHAI)         # Wednesday 2026-08-05


def test_a_notice_of_decisions_gives_the_hour_its_meeting_was_held():
    """'8月5日（周三）上午9:30，…主持召开业务调度会，现将议定事项通报如下：' then '下次调度会于下周三同一时间…': 09:30."""
    text = ("各科室：\n8月5日（周三）上午9:30，房主任主持召开业务调度会，现将议定事项通报如下：\n"
            "1. 组合贷款数据统计，贷款管理科（鞠红梅）下周一前报中心领导。\n下次调度会于下周三同一时间在四楼会议室召开。\n")
    assert MINUTES.next_meeting(text, WED) == "2026-08-12 09:30"


def test_the_helping_unit_s_person_in_the_label_owns_nothing():
    """'一是归集管理科牵头，会同让胡路管理部，于8月下旬前拟定…方案（责任人：富德明、么晓丹）': 富德明's alone; without
    牵头/会同 both named share it."""
    led = "会议要求：一是归集管理科牵头，会同让胡路管理部，于8月20日前拟定缴存试点方案（责任人：富德明、么晓丹）。\n"
    assert [owner for owner, _, _ in MINUTES.owners(led, WED)] == ["富德明"]
    shared = "会议要求：一是8月20日前拟定缴存试点方案（责任人：富德明、么晓丹）。\n"
    assert [owner for owner, _, _ in MINUTES.owners(shared, WED)] == ["富德明", "么晓丹"]


def test_points_hard_wrapped_at_a_fixed_width_under_indented_numbers():
    """'    二、由…关英杰牵头，【会同信息科】对' + '系统账号权限进行全面清理（8月7日【周五】前）。' over '    三、…': the
    second line ends the point above (it heads no list); '【会同信息科】' is the helping unit, cut from the task;
    '四、各管理部要于（本周五（7月24日）前）上报本' + '部门终端设备台账。': every unit's work (no owner), by Friday."""
    text = ("信息系统安全专题会议纪要\n    2026年8月5日上午，主持召开信息系统安全专题会议。现纪要如下：\n"
            "    一、由归集管理科（富德明）负责，完成核心业务系统\n等保测评整改（完成时限：8月31日前）。\n"
            "    二、由贷款管理科鞠红梅牵头，【会同信息科】对\n系统账号权限进行全面清理（8月14日【周五】前）。\n"
            "    三、各管理部要于（本周五（8月7日）前）上报本\n部门终端设备台账。\n")
    assert MINUTES.owners(text, WED) == [("富德明", "完成核心业务系统等保测评整改", "2026-08-31"),
                                         ("鞠红梅", "对系统账号权限进行全面清理", "2026-08-14"),
                                         (None, "上报本部门终端设备台账", "2026-08-07")]

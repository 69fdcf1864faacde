"""Issue #12, heldout10 round: readings of structure that heldout10 showed broken or missing, each tested on a variant
written here (other words, layouts and trades than the held-out mails) beside the shape the held-out mail had."""
from datetime import datetime

from parsers.mail.addresses import Address
from parsers.minutes.people import Roster
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "秦海燕,qinhaiyan@ex.cn,质量部,,Helen;秦工\n何斌,hebin@ex.cn,工程部,,Ben;何工\n"
    "马骁,maxiao@ex.cn,工程部,,老马;Max\n孔令辉,konglinghui@ex.cn,仓储部,,小孔;孔班长\n")
KNOWN = (Address("马骁", "maxiao@ex.cn"), Address("渡边浩二", "watanabe@client.example.jp"),
         Address("Lars Jensen", "lars@agent.example.dk"))
MINUTES = MinutesReader(ROSTER, KNOWN)
owners = MINUTES.owners
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

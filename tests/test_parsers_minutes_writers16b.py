"""Issue #12, heldout13 round (cases 2419-2436): readings of structure that heldout13 showed broken, each tested on a
variant written here (other words, trades and layouts than the held-out mails) beside the shape the held-out mail had."""
from dataclasses import replace
from datetime import datetime
from textwrap import dedent

from parsers.mail.addresses import Address
from parsers.minutes.followup import next_followup
from parsers.minutes.people import Roster
from parsers.minutes.reader import read_minutes
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "龚立新,gonglx@ex.cn,设备部,,龚工\n简爱华,jianah@ex.cn,财务部,,简部长\n"
    "覃少波,qinsb@ex.cn,品控部,,小覃\n卢燕,luyan@ex.cn,门店,,卢店长\n")
MINUTES = MinutesReader(ROSTER, (Address("龚立新", "gonglx@ex.cn"), Address("覃少波", "qinsb@ex.cn")))
THU = datetime(2025, 6, 12, 15, 0, tzinfo=SHANGHAI)
QIN = Address("覃少波", "qinsb@ex.cn")


def owners_from(sender: Address, text: str, sent: datetime = THU) -> list[tuple]:
    """(owner name, task, due day) of each item of minutes that `sender` sent."""
    read = read_minutes(dedent(text).strip("\n"), replace(MINUTES.context(sent), sender=sender))
    return [(i.owner.name if i.owner else None, i.task, i.due_date.isoformat() if i.due_date else None) for i in read.items]


def test_numbered_no_lines_with_tanto_and_kigen_below_are_items():
    """'No.1 <task>' over an indented '担当：X　期限：Y' line (the Japanese-chain habit): one item each, 担当 its owner;
    期限：即日 is the send day ('即日起' is a start, no deadline); '次回确认' heads the next visit."""
    text = """
    ■ 指摘事项
    1. 冷柜温度记录缺两天
    ■ 对策（担当／期限）
    No.1 冷柜温度记录表改为每班签字
    　　担当：卢燕　期限：6/14
    No.2 品控抽检频次加到每周两次
    　　担当：覃少波　期限：6月末
    No.3 过期酱料即日下架
    　　担当：卢燕　期限：即日
    ■ 次回确认
    6/19（周四）晚市前复查
    以上
    """
    got = owners_from(QIN, text)
    assert [(who, due) for who, _, due in got] == [("卢燕", "2025-06-14"), ("覃少波", "2025-06-30"), ("卢燕", "2025-06-12")]
    assert got[0][1].startswith("冷柜温度记录表改为每班签字") and "担当" not in got[0][1]
    read = read_minutes(dedent(text).strip("\n"), replace(MINUTES.context(THU), sender=QIN))
    assert next_followup(list(read.followups), MINUTES.context(THU)).start.date().isoformat() == "2025-06-19"

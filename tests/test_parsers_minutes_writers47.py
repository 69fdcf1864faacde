"""Issue #12, session 20: readings heldout62's unread misses asked for, each tested on a variant written here beside its
near miss."""
from datetime import datetime

from parsers.mail.letter import is_letter
from parsers.mail.addresses import Address
from parsers.minutes.owning.people import Roster
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "贺明轩,hemx@ex.cn,销售部,,明轩\n邵佳怡,shaojy@ex.cn,物流部,,佳怡;阿怡\n杭志成,hangzc@ex.cn,技术部,,杭工\n"
    "戚婉婷,qiwt@ex.cn,财务部,,婉婷\n")
MINUTES = MinutesReader(ROSTER, (Address("贺明轩", "hemx@ex.cn"), Address("邵佳怡", "shaojy@ex.cn"),
                                 Address("杭志成", "hangzc@ex.cn"), Address("戚婉婷", "qiwt@ex.cn")))
THU = datetime(2026, 9, 3, 18, 0, tzinfo=SHANGHAI)          # Thursday 2026-09-03


def items(text: str, sent: datetime = THU) -> list[tuple]:
    return [(i.owner.name if i.owner else None, i.task, i.due_date and i.due_date.isoformat())
            for i in MINUTES.read(text, sent).items]


def test_a_field_of_no_role_between_an_item_and_its_labels():
    """'1. 续签仓储合同' / '仓库：嘉兴二号库' / '负责人：…　截止：…': the field says which contract, so the two items with
    the same words stay two, each with its own owner and day; a remark in brackets that holds brackets after the due
    ('（周二（客户周三开会要看））') is the due's remark, not a meeting to come."""
    read = MINUTES.read("""
    二、后续工作
    1. 续签仓储合同
       仓库：嘉兴二号库，合同号CK-0917
       负责人：邵佳怡　截止：9月8日前（周二（客户周三开会要看））
    2. 续签仓储合同
       仓库：平湖一号库
       负责人：贺明轩
       截止：下周五前（（如房东未回复，另行通知））
    """, THU)
    assert [(i.owner.name, i.task, i.due_date.isoformat()) for i in read.items] == [
        ("邵佳怡", "续签仓储合同：嘉兴二号库，合同号CK-0917", "2026-09-08"),
        ("贺明轩", "续签仓储合同：平湖一号库", "2026-09-11")]
    assert read.followups == () and not any("开会" in text for text in read.followups)


def test_who_arranges_it_in_the_closing_brackets():
    """'…周二前寄出（阿怡安排）', '（杭工盯）': the person in the brackets arranges it, by the name the team calls them."""
    assert items("""
    今天和代理商碰了，记几条：
    1. 宁波客户要两套演示样机，周二前寄出（阿怡安排）
    2. 报价系统的折扣权限下周一前改好（杭工盯）
    """) == [("邵佳怡", "宁波客户要两套演示样机，寄出", "2026-09-08"), ("杭志成", "报价系统的折扣权限改好", "2026-09-07")]


def test_a_greeting_then_a_lead_in_is_no_item():
    """'贺总，今天下午跟代理商开了个短会，简单记一下：' greets the reader and introduces the list: no item of his; the
    short meeting it names makes the mail minutes, not a letter."""
    assert items("""
    贺总，今天下午跟代理商开了个短会，简单记一下：

    1. 演示样机周二前寄出（阿怡安排）
    """) == [("邵佳怡", "演示样机寄出", "2026-09-08")]
    assert not is_letter("代理商沟通", "贺总，今天下午跟代理商开了个短会，同步一下：\n1. 样机周二前寄出", ("贺明轩",))


def test_prose_that_hands_work_by_name():
    """'会上明确，X由杭工负责，9月10日前完成': the task is X (no '由' left over); 'Y婉婷继续跟进，…' hands Y to her with
    no day."""
    assert items("""
    今天下午新品定价会，记录如下。
    会上明确，样机测试报告由杭工负责，9月10日前完成。
    ISO 9001复审材料婉婷继续跟进，有结果第一时间同步。
    线下门店10月继续跟进。
    """) == [("杭志成", "样机测试报告", "2026-09-10"), ("戚婉婷", "ISO 9001复审材料，有结果第一时间同步", None)]

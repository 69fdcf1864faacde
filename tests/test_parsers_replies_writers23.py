"""Reply structures the twentieth blind set (replies20, issue #14, after its first score) found missing, each tried on
variants it does not hold, with the counterparts that must change nothing: a clause that 已 opens and 了 closes is done
even when the object sits between the verb and the 了 ('已经群发给所有客户了'); Japanese asks to extend with the causative
('11月27日まで延長させてください'); a span with neither a number nor task words counts from the one quoted row the
sender owns ('we need two more days' from the owner of one row), and from no row when the sender owns none or two."""
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from parsers import parse_message
from parsers.dates.workdays import WorkdayCalendar
from parsers.minutes.owning.people import Roster
from parsers.replies.quotes import new_text
from parsers.replies.reader import parse_reply

CST = timezone(timedelta(hours=8))
SENT = datetime(2025, 11, 5, 10, 0, tzinfo=CST)          # Wednesday


def reply(text, sent=SENT):
    found = parse_reply(new_text(text), sent, WorkdayCalendar())
    return found.intent, list(found.items), found.percent, found.new_due_date


@pytest.mark.parametrize("text", [
    "放假通知已经群发给所有客户了✅",
    "样品已经分批寄给客户了",
    "第2项的图纸已经重新发给模具厂了。",
    "报价单已经转发给采购了，请查收",
    "刀版已经确认好发给印刷厂了",
])
def test_a_clause_that_yi_opens_and_le_closes_is_done_with_the_object_between(text):
    assert reply(text)[0] == "done"


@pytest.mark.parametrize("text", [
    "已经安排发给客户了吗？",                  # a question
    "已经让小王下周发给客户了",                # set going, for later
    "还没发给客户，已经在排了",                # negated
])
def test_a_clause_of_yi_and_le_that_only_sets_work_going_or_asks_is_not_done(text):
    assert reply(text)[0] != "done"


@pytest.mark.parametrize("text, expected", [
    ("項目2について、社内確認が必要なため、11月27日まで延長させてください。", ("extend", [2], None, "2025-11-27")),
    ("第3項は12月1日まで延長させていただけますでしょうか。", ("extend", [3], None, "2025-12-01")),
])
def test_japanese_asks_to_extend_with_the_causative(text, expected):
    intent, items, percent, day = reply(text)
    assert (intent, items, percent, str(day)) == expected


def test_japanese_extension_words_as_a_noun_in_a_report_ask_nothing():
    assert reply("第2項の延長は不要です。予定通り完了します。")[0] != "extend"


RECAP = ("\n\n------------------ 原始邮件 ------------------\n发件人: \"纪要助手\"<minutes@ningbo.example.cn>;\n"
         "发送时间: 2025年11月3日(星期一) 上午10:05\n主题: 验货协调会\n\n各位好，\n\n| 序号 | 事项 | 负责人 | 截止时间 |\n"
         "| 1 | 提供彩盒文件 | Katarzyna Nowak | 2025-11-05 |\n| 2 | 安排第三方验货 | 蔡文博 | 2025-11-12 |\n"
         "| 3 | 更新装箱单 | 蔡文博 | 2025-11-07 |\n\n如有异议请于今日内回复。\n")
ROSTER = Roster.from_csv_text("name,email,department,manager_email,aliases\n蔡文博,caiwb@ningbo.example.cn,外贸部,,\n"
                              "Katarzyna Nowak,k.nowak@domix.example.pl,,,\n")


def _reply_from(sender: str, text: str):
    mail = EmailMessage()
    mail["From"], mail["To"] = sender, "minutes@ningbo.example.cn"
    mail["Subject"], mail["Date"] = "Re: 验货协调会", "Wed, 05 Nov 2025 08:41:30 +0100"
    mail["In-Reply-To"] = "<recap-7@ningbo.example.cn>"
    mail.set_content(text + RECAP)
    parsed = parse_message(mail.as_bytes(), tz=ZoneInfo("Asia/Shanghai"), roster=ROSTER, calendar=WorkdayCalendar(),
                           bot_address="minutes@ningbo.example.cn")
    return parsed.reply.intent, parsed.reply.items, str(parsed.reply.new_due_date)


def test_a_span_with_no_number_and_no_task_words_counts_from_the_one_row_the_sender_owns():
    assert _reply_from("Katarzyna Nowak <k.nowak@domix.example.pl>", "Sorry - we need two more days.") == \
        ("extend", (), "2025-11-07")


def test_a_span_from_a_sender_with_two_rows_or_none_keeps_no_date():
    assert _reply_from("蔡文博 <caiwb@ningbo.example.cn>", "不好意思，需要再延2个工作日。") == ("extend", (), "None")
    assert _reply_from("Tomasz <t.w@domix.example.pl>", "We need two more days.") == ("extend", (), "None")


@pytest.mark.parametrize("text, expected", [
    ("第1项卡扣拔模角度改到1.5°，9号前搞定。", ("unknown", [1], None, None)),     # an angle, then a promise
    ("第2项公差改到0.05mm", ("unknown", [2], None, None)),
    ("第2项截止日期改到11月20日", ("extend", [2], None, "2025-11-20")),
    ("第2项改到11月20日，供应商晚了", ("extend", [2], None, "2025-11-20")),
    ("第3项延期到11.20", ("extend", [3], None, "2025-11-20")),
])
def test_a_move_word_takes_its_date_from_its_own_clause_and_a_measure_is_no_date(text, expected):
    intent, items, percent, day = reply(text)
    assert (intent, items, percent, str(day) if day else None) == expected


@pytest.mark.parametrize("text, expected", [
    ("第2项周五前搞定", "unknown"),          # a promise by a day
    ("第2项下班前完成", "unknown"),
    ("第2项已于9号前完成", "done"),          # a report of when it was done
    ("第2项9号前已完成", "done"),
    ("第1项周五前完成了", "done"),
])
def test_a_done_verb_right_after_a_day_and_before_promises_it_unless_yi_or_le_reports_it(text, expected):
    assert reply(text)[0] == expected


def _reply_to_tasks(text: str, tasks: tuple[str, ...]):
    rows = "".join(f"| {n} | {task} | 蔡文博 | 2025-11-1{n} |\n" for n, task in enumerate(tasks, 1))
    mail = EmailMessage()
    mail["From"], mail["To"] = "蔡文博 <caiwb@ningbo.example.cn>", "minutes@ningbo.example.cn"
    mail["Subject"], mail["Date"] = "Re: 验货协调会", "Wed, 05 Nov 2025 10:00:00 +0800"
    mail["In-Reply-To"] = "<recap-8@ningbo.example.cn>"
    mail.set_content(text + "\n\n在 2025-11-03 10:05，\"纪要助手\" <minutes@ningbo.example.cn> 写道：\n"
                     "> | 序号 | 事项 | 负责人 | 截止时间 |\n" + "".join("> " + row for row in rows.splitlines(True)))
    parsed = parse_message(mail.as_bytes(), tz=ZoneInfo("Asia/Shanghai"), roster=ROSTER, calendar=WorkdayCalendar(),
                           bot_address="minutes@ningbo.example.cn")
    return parsed.reply.intent, parsed.reply.items


@pytest.mark.parametrize("text, tasks, expected", [
    ("第2项已确认：彩盒改用350g白卡，样品今天到了。", ("更新装箱单", "确认彩盒纸张规格"), ("done", (2,))),
    ("Item 1 has been confirmed with the lab, report attached.", ("Confirm the test standard with SGS", "更新装箱单"),
     ("done", (1,))),
    ("第1项已经跟客户确认好了", ("与客户确认唛头内容", "更新装箱单"), ("done", (1,))),
    ("第2项确认，没问题。", ("更新装箱单", "确认彩盒纸张规格"), ("confirm", (2,))),      # accepting the item, not reporting
    ("第1项已确认。", ("更新装箱单", "确认彩盒纸张规格"), ("confirm", (1,))),           # the task was no confirming
])
def test_a_reported_confirmation_of_a_task_that_is_to_confirm_something_is_that_task_done(text, tasks, expected):
    assert _reply_to_tasks(text, tasks) == expected


@pytest.mark.parametrize("text, expected", [
    ("Item 2: we need more time on this one, our S&OP meeting moved. Can we say Nov 20?", ("extend", [2], None, "2025-11-20")),
    ("Item 3 - need more time on it. How about Nov 12?", ("extend", [3], None, "2025-11-12")),
    ("第2项需要延期，这项供应商晚了。11月20日可以吗？", ("extend", [2], None, "2025-11-20")),
    ("Item 2: need more time on this one. Our auditor visits on Nov 20.", ("extend", [2], None, None)),   # a reason
])
def test_a_day_proposed_after_a_dateless_request_is_its_new_date(text, expected):
    intent, items, percent, day = reply(text)
    assert (intent, items, percent, str(day) if day else None) == expected


@pytest.mark.parametrize("text, expected", [
    ("第5项我撤回异议，昨天沟通过了，按2月25日没问题。", ("confirm", [5])),
    ("I withdraw my objection on item 3, the owner is right.", ("confirm", [3])),
    ("第3项我有异议，不撤回。", ("object", [3])),                      # still an objection
    ("样品已经发顺丰了，单号SF1402 6688 1937。", ("done", [])),         # 已 opens, 了 closes: delivered
    ("舱位已经订上了，SO号 TJN260211458。", ("done", [])),
    ("舱位还没订上。", ("unknown", [])),
    ("Point 4 : les échantillons sont validés de notre côté.", ("done", [4])),
    ("Pour le contrat (point 5) : signé et renvoyé par DHL ce matin.", ("done", [5])),
    ("2項目目のCOAにつきまして、12月11日まで延期させていただけますでしょうか。", ("extend", [2])),
    ("re item 2: the template will only be ready on Monday. Can we say 14.12.?", ("extend", [2])),
    ("Can we say thanks to the whole team?", ("unknown", [])),
])
def test_replies20_round_two_withdrawals_deliveries_french_participles_japanese_ordinals_and_proposed_days(text, expected):
    assert reply(text)[:2] == expected


def test_a_task_ending_in_its_confirmation_is_done_when_the_reply_reports_it_confirmed():
    """'SVR10天然橡胶1月船期确认' (the confirmation last) on 'January shipment confirmed': the confirming is done."""
    assert _reply_to_tasks("Item 1: January shipment confirmed, vessel ETD 08 Jan.", ("1月船期确认", "更新装箱单")) == \
        ("done", (1,))
    assert _reply_to_tasks("Item 2: January shipment confirmed.", ("1月船期确认", "更新装箱单")) == ("confirm", (2,))

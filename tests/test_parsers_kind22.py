"""Issue #12, the kind of a mail (kind22): a poll for a meeting's time ('两个时间大家看哪个方便：A. … B. …', 'Which slot
works? A) … B) …') is no minutes though it copies the bot, names the meeting and asks for a reply by a day (heldout28
5634, heldout29 5727: each a different writer); minutes that end with such a poll for the next meeting stay minutes."""
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from parsers import parse_message
from parsers.dates.workdays import WorkdayCalendar
from parsers.minutes.owning.people import Roster

SH = ZoneInfo("Asia/Shanghai")
BOT = "minutes@hx.example.cn"
ROSTER = Roster.from_csv_text("name,email,department,manager_email,aliases\n"
                              "周岚,zhoulan@hx.example.cn,产品部,,\n高远,gaoyuan@hx.example.cn,研发部,,高工\n"
                              "Ines Vidal,ines@hx.example.cn,Sales,,Ines\n")


def kind(body: str, subject: str) -> tuple[str, int]:
    message = EmailMessage()
    message["From"] = "周岚 <zhoulan@hx.example.cn>"
    message["To"] = "高远 <gaoyuan@hx.example.cn>, Ines Vidal <ines@hx.example.cn>"
    message["Cc"] = f"纪要助手 <{BOT}>"
    message["Subject"] = subject
    message["Date"] = "Tue, 16 Jun 2026 09:30:00 +0800"
    message["Message-ID"] = "<kind22@hx.example.cn>"
    message.set_content(body)
    parsed = parse_message(message.as_bytes(), tz=SH, roster=ROSTER, calendar=WorkdayCalendar(), bot_address=BOT)
    return parsed.kind, len(parsed.items)


@pytest.mark.parametrize("subject, body", [
    ("季度复盘会时间，看哪个方便", "各位，\n\n季度复盘会想放在下周，候选时间：\nA. 6月23日（周二）上午10点\n"
     "B. 6月24日（周三）下午3点\n\n请明天中午前回我，复盘材料模板我周五前发出来。纪要助手也抄送一下。\n\n周岚"),
    ("Roadmap review - which slot works?", "Hi both,\n\nTrying to set the roadmap review next week. Which slot works?\n"
     "A) Tue 23 Jun, 10:00\nB) Wed 24 Jun, 15:00\n\nPlease reply by Thursday; I'll send the agenda by Friday.\n\nZhou Lan"),
])
def test_a_poll_for_a_meetings_time_is_no_minutes(subject, body):
    assert kind(body, subject) == ("other", 0)


def test_minutes_that_end_with_a_poll_for_the_next_meeting_stay_minutes():
    body = ("各位，今天评审会纪要如下：\n\n待办事项：\n1. 高工：接口文档补齐，本周五前\n2. Ines：报价单更新，下周一前\n\n"
            "下次评审时间大家看哪个方便：\nA. 6月23日（周二）上午10点\nB. 6月24日（周三）下午3点\n\n周岚")
    assert kind(body, "评审会纪要 6/16") == ("minutes", 2)


def test_a_bulletin_whose_plans_name_nobody_is_no_minutes():
    """'研发部5月工作简报' (heldout30 5835 is a 市场部 one): a report sent round to be read, its plans owned by nobody; the
    same subject with a plan that names a person to chase stays minutes."""
    body = ("各位同事：\n\n研发部5月工作简报如下，供大家了解。\n\n一、本月回顾\n1. 新版App上线，日活增长12%。\n"
            "二、6月计划\n1. 6月10日前上线会员积分页。\n2. 6月下旬启动支付系统改版调研。\n\n周岚\n研发部")
    assert kind(body, "研发部5月工作简报") == ("other", 0)
    assert kind(body.replace("1. 6月10日前上线会员积分页。", "1. 高工6月10日前上线会员积分页。"), "研发部5月工作简报")[0] == "minutes"


def test_a_bot_copied_by_its_display_name_owns_nothing_whatever_its_address():
    """heldout32 6007: '纪要助手 <jiyao@…>' is the bot (each company may give it its own address); '…定了几件事，纪要助手
    帮忙跟一下：' asks it to track the list, no item of its own."""
    message = EmailMessage()
    message["From"] = "周岚 <zhoulan@hx.example.cn>"
    message["To"] = "高远 <gaoyuan@hx.example.cn>"
    message["Cc"] = "纪要助手 <jiyao@hx.example.cn>"
    message["Subject"] = "工程例会"
    message["Date"] = "Tue, 16 Jun 2026 09:30:00 +0800"
    message["Message-ID"] = "<kind22-bot@hx.example.cn>"
    message.set_content("各位：\n今天上午工程例会定了几件事，纪要助手帮忙跟一下：\n1、高工周五前把赶工计划的审核意见发出。\n")
    parsed = parse_message(message.as_bytes(), tz=SH, roster=ROSTER, calendar=WorkdayCalendar(), bot_address=BOT)
    assert [(i.owner.name if i.owner else None) for i in parsed.items] == ["高远"]


def test_a_periodicals_numbered_issue_is_no_minutes_even_with_an_owner_named():
    """'宣发周报｜第24期' (heldout33 6135 and heldout34 6229 are two writers' 周报 of a numbered issue): a newsletter,
    though a preview line names who does it ('6月26日前 终版预告片定稿（负责人：高远）'); without the issue number, a 周报
    whose plan names a person stays minutes (the test above)."""
    body = ("【本周亮点】\n· 开机花絮短视频播放量突破1200万。\n【下周预告】\n· 6月23日（周二） 定档宣传方案沟通会\n"
            "· 6月26日前 终版预告片定稿（负责人：高远）\n\n如有宣传素材需求请@我。\n周岚 ｜ 宣发部")
    assert kind(body, "宣发周报｜第24期（6.15—6.19）") == ("other", 0)
    assert kind(body, "Marketing newsletter issue #24")[0] == "other"


def thread_answer(body: str, subject: str, quoted_from: str) -> str:
    message = EmailMessage()
    message["From"] = "周岚 <zhoulan@hx.example.cn>"
    message["To"] = "高远 <gaoyuan@hx.example.cn>"
    message["Cc"] = f"Ines Vidal <ines@hx.example.cn>, 纪要助手 <{BOT}>"
    message["Subject"], message["Date"] = subject, "Thu, 16 Jul 2026 09:15:51 +0800"
    message["Message-ID"], message["In-Reply-To"] = "<kind22-thread@hx.example.cn>", "<parent@hx.example.cn>"
    message.set_content(f"{body}\n\nFrom: {quoted_from}\nSent: Wednesday, July 15, 2026 6:10 PM\nTo: 周岚 "
                        f"<zhoulan@hx.example.cn>\nCc: 纪要助手 <{BOT}>\nSubject: {subject[4:]}\n\nPlease set it up.\n")
    return parse_message(message.as_bytes(), tz=SH, roster=ROSTER, calendar=WorkdayCalendar(), bot_address=BOT).kind


def test_an_answer_in_peoples_own_thread_the_bot_is_copied_on_is_no_reply():
    """heldout34 6228: 'RE: Q3 capacity review - proposed time', answering 高远's mail (the bot in Cc) with another slot:
    the bot is asked nothing; the same answer to the bot's own mail, or one about a numbered item, or in a thread of
    minutes, is a reply."""
    body = "Hi 高远,\n\nTue 21 Jul 10:00 clashes with another call. Could we move the review to Wed 22 Jul, 14:00?\n\n周岚"
    human = "高远 <gaoyuan@hx.example.cn>"
    assert thread_answer(body, "RE: Q3 capacity review - proposed time", human) == "other"
    assert thread_answer(body, "RE: Q3 capacity review - proposed time", f"纪要助手 <{BOT}>") == "reply"
    assert thread_answer("第2项有异议：时间来不及。", "RE: Q3 capacity review - proposed time", human) == "reply"
    assert thread_answer("确认。", "RE: 【会议纪要】Q3 capacity review", human) == "reply"

"""Issue #12, the kind of a mail from its structure (kind20): mails composed from parts — who it is sent To, whether
the bot is in To or only in Cc, a Re:/Fw:/no prefix, an In-Reply-To to the bot's mail or a person's — and bodies
(minutes with and without a meeting title, a letter with numbered asks, a reply with a command, a person-to-person
answer with numbered points), in Chinese and English, each with the kind it must get."""
from datetime import time
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from parsers import parse_message
from parsers.dates.workdays import WorkdayCalendar
from parsers.mail.letter import greeting_head, is_letter
from parsers.minutes.owning.people import Roster

SH = ZoneInfo("Asia/Shanghai")
BOT = "todo@huaxin.example.cn"
ROSTER = Roster.from_csv_text("name,email,department,manager_email,aliases\n"
                              "许晴,xuqing@huaxin.example.cn,市场部,,\n"
                              "邓立,dengli@huaxin.example.cn,运营部,,\n"
                              "Laura Chen,laura.chen@huaxin.example.cn,Sales,,\n")
BOT_ADDR = f"待办助手 <{BOT}>"
PERSON = "邓立 <dengli@huaxin.example.cn>"
OUTSIDER = "Laura Chen <laura.chen@huaxin.example.cn>"
TEAM = "许晴 <xuqing@huaxin.example.cn>, 邓立 <dengli@huaxin.example.cn>"
BOT_ID = "<recap-20251103-0007@huaxin.example.cn>"
PERSON_ID = "<CAF3x9+kq2@mail.gmail.example.com>"

LETTER_ZH = """邓经理您好，

关于春节礼盒合作，麻烦您周五前回复一下以下两点：
1. 两个价格带的礼盒，能否各提供500套库存？
2. 直播间专属赠品是否由贵方承担？

下周方便的话想约您当面聊一下，时间您定。
谢谢！
许晴
"""
LETTER_EN = """Hi Laura,

Could you get back to me by Friday on two points:
1. Can you hold 500 units of the spring kit for March?
2. Who covers the freight to Shanghai?

Happy to set up a call next week if easier.

Thanks,
Qing
"""
ANSWER_ZH = """立哥，

合同我们法务看过了，有两点想改：
1. 第5条付款节点，改为发货后15天内付清；
2. 第8条保底数据，CPE不超过2.5元，超过部分按比例退款。

没问题的话周四前回签可以吗？11月10日前要排期。
"""
ANSWER_EN = """Laura,

Legal has been through the draft. Two changes from our side:
1. Clause 5: payment within 15 days of delivery, not 30.
2. Clause 8: cap the penalty at 5% of the order value.

Could you send the signed copy back by Thursday?
"""
MINUTES_ZH = """各位好，

本周渠道例会纪要如下：
会议时间：11月3日 14:00
参会人员：许晴、邓立
行动项：
1. 许晴：整理双十一直播排期，11月6日前
2. 邓立：确认经销商返利方案，11月7日前
"""
MINUTES_TO_ONE_ZH = """邓经理，

今天评审会纪要如下：
1. 邓立：确认经销商返利方案，11月7日前
2. 许晴：整理双十一直播排期，11月6日前
"""
MET_NO_TITLE_ZH = """立哥，今天会上定了两件事：
1. 邓立 周五前确认经销商返利方案
2. 许晴 11月6日前整理直播排期
"""
MINUTES_EN = """Hi all,

Minutes of today's channel sync.
Attendees: Xu Qing, Deng Li
Action items:
1. Deng Li: confirm the distributor rebate plan by Nov 7
2. Xu Qing: draft the live-stream schedule by Nov 6
"""
COMMAND_ZH = "第2项已完成，谢谢。\n"
COMMAND_EN = "Item 2 is done.\n"
FORWARDED_MINUTES = """邓经理，转给你看下，第2项你来跟。

---------- Forwarded message ---------
From: 许晴 <xuqing@huaxin.example.cn>
Subject: 渠道例会纪要

本周渠道例会纪要如下：
会议时间：11月3日 14:00
行动项：
1. 许晴：整理双十一直播排期，11月6日前
2. 邓立：确认经销商返利方案，11月7日前
"""


def mail(body: str, *, to: str, cc: str = "", subject: str = "春节礼盒合作", in_reply_to: str = "") -> bytes:
    message = EmailMessage()
    message["From"] = "许晴 <xuqing@huaxin.example.cn>" if "许晴 <" not in to else "Tom Wu <tom.wu@huaxin.example.cn>"
    message["To"] = to
    if cc:
        message["Cc"] = cc
    message["Subject"] = subject
    message["Date"] = "Mon, 03 Nov 2025 18:00:00 +0800"
    message["Message-ID"] = "<kind20-test@huaxin.example.cn>"
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
        message["References"] = in_reply_to
    message.set_content(body)
    return message.as_bytes()


def kind(raw: bytes) -> str:
    return parse_message(raw, tz=SH, roster=ROSTER, calendar=WorkdayCalendar(), bot_address=BOT,
                         default_due_time=time(18, 0)).kind


@pytest.mark.parametrize("body, to, cc, subject, in_reply_to, expected", [
    # a letter to one person, the bot copied: its numbered asks and deadlines are that person's to answer
    (LETTER_ZH, PERSON, BOT_ADDR, "春节礼盒合作确认", "", "other"),
    (LETTER_EN, OUTSIDER, BOT_ADDR, "Spring kit - two questions", "", "other"),
    (LETTER_ZH, PERSON, f"{BOT_ADDR}, 许晴 <xuqing@huaxin.example.cn>", "春节礼盒合作确认", "", "other"),
    # a person-to-person thread with numbered points and deadlines, the bot Cc'd by mistake: no answer to the bot
    (ANSWER_ZH, PERSON, BOT_ADDR, "Re: 11月达人合作合同", "", "other"),
    (ANSWER_EN, OUTSIDER, BOT_ADDR, "RE: supply agreement draft", "", "other"),
    (ANSWER_ZH, PERSON, BOT_ADDR, "回复：11月达人合作合同", PERSON_ID, "other"),
    # minutes stay minutes: to a team, to one person when called minutes, or when the text says a meeting was held
    (MINUTES_ZH, TEAM, BOT_ADDR, "渠道例会", "", "minutes"),
    (MINUTES_ZH, BOT_ADDR, TEAM, "本周渠道例会纪要", "", "minutes"),
    (MINUTES_TO_ONE_ZH, PERSON, BOT_ADDR, "返利方案评审", "", "minutes"),
    (MET_NO_TITLE_ZH, PERSON, BOT_ADDR, "返利", "", "minutes"),
    (MINUTES_EN, f"{OUTSIDER}, {PERSON}", BOT_ADDR, "channel sync", "", "minutes"),
    (MINUTES_EN, OUTSIDER, BOT_ADDR, "channel sync 11/3", "", "minutes"),
    (FORWARDED_MINUTES, PERSON, BOT_ADDR, "转发：渠道例会纪要", "", "minutes"),
    # answers to the bot's recap stay replies
    (COMMAND_ZH, BOT_ADDR, PERSON, "Re: 本周渠道例会纪要", BOT_ID, "reply"),
    (COMMAND_EN, BOT_ADDR, "", "Re: channel sync 11/3", BOT_ID, "reply"),
    ("邓经理，" + COMMAND_ZH, BOT_ADDR, PERSON, "Re: 本周渠道例会纪要", BOT_ID, "reply"),
    # greeting the one it is sent To, with a command in a thread: the bot's own name when the bot is not known
    ("待办助手：\n\n关于第3项，申请延期至11月14日。\n", "待办助手 <todo@other.example.cn>", PERSON, "Re: 督办登记",
     BOT_ID, "reply"),
    ("Minutes Bot,\n\nItem 2 is done.\n", "Minutes Bot <minutes@other.example.cn>", "", "RE: open items", BOT_ID,
     "reply"),
    ("待办助手：\n\n关于第3项，申请延期至11月14日。\n", "待办助手 <todo@other.example.cn>", PERSON, "Re: 督办登记",
     "", "other"),                                       # no thread: a letter to someone called 待办助手

])
def test_kind_from_the_parts_of_a_mail(body, to, cc, subject, in_reply_to, expected):
    assert kind(mail(body, to=to, cc=cc, subject=subject, in_reply_to=in_reply_to)) == expected


@pytest.mark.parametrize("subject, letter", [
    ("年货节套组合作确认", True), ("Re: 6月达人合作合同", True), ("答复: 【会议纪要】双11活动方案评审", False),
    ("Re: Sprint 41 review", False), ("Q3 channel sync", False), ("RE: supply agreement draft", True),
])
def test_a_thread_about_a_meeting_is_no_letter(subject, letter):
    assert is_letter(subject, "李经理：\n\n对第②项有异议：建议顺延到10月15日。", ("李娜 lina",)) is letter


@pytest.mark.parametrize("opening, head", [
    ("Hi 王总监，\n\n我是…", "Hi 王总监"), ("Amy你好，\n合同…", "Amy你好"), ("野哥，A/B 实验平台下周要迁新集群", "野哥"),
    ("Dear Ms. Brandt,\nplease", "Dear Ms. Brandt"), ("本周渠道例会纪要如下：", ""),      # a title, too long to greet
    ("行动项：\n1. …", "行动项"), ("\n\n顾老师好，\n下周一…", "顾老师好"),
])
def test_the_greeting_is_the_short_head_of_the_first_line(opening, head):
    assert greeting_head(opening) == head


@pytest.mark.parametrize("opening, readers, letter", [
    ("Hi 王总监，\n麻烦您周五前回复以下两点：\n1. …", ("王总监 wang.zj",), True),       # the reader's title
    ("野哥，埋点字典你那边周五前能更新一版给我吗？", ("田野 tianye",), True),          # a character of the name
    ("Amy你好，\n合同我哋法务睇过啦，有两点想改下：", ("Amy Lin amy.lin",), True),
    ("Karen, Jason,\n\nSpent the morning with the CFO.", ("Karen Fung karen.fung", "Jason Mak jason.mak"), False),
    ("各科主任：\n昨日会议形成以下决定", ("全体科主任 kzr-all",), False),               # a group, and a meeting
    ("各位好，\n本周周会纪要如下：", ("许晴 xuqing",), False),
    ("Hi all,\nnotes from the call", ("Laura Chen laura.chen",), False),
    ("立哥，今天会上定了两件事：", ("邓立 dengli",), False),                           # the meeting was held
    ("张工，刚和厂家电话沟通了，结论如下：\n1. 你周三前…", ("张强 zhangq",), False),     # a talk was held
    ("Laura,\nI spoke with their CFO this morning. Two things for you:", ("Laura Chen laura.chen",), False),
    ("王总您好，下周方便的话想约您当面聊一下", ("王总监 wang.zj",), True),               # a talk to come is no record
    ("Laura,\nas we agreed at the meeting yesterday:", ("Laura Chen laura.chen",), False),
    ("行动项：\n1. 邓立 周五前", ("邓立 dengli",), False),                                # no greeting
    ("Hi Laura,\nplease see below", (), False),                                       # sent To the bot only
    ("野哥，字典周五前能更新一版吗？\n（顺手抄了 todo-bot，不是纪要哈，忽略）", ("田野 tianye",), True),   # denied
    ("Laura, not minutes, just two asks:\n1. …", ("Laura Chen laura.chen",), True),
    ("振宇总，SOP还要再推一下，改到10月22日吧。", ("纪要助手 minutes+rd95",), False),  # greets someone not in To
    ("Hi,\ncan we push item 3 to next Wednesday?", ("Minutes Bot minutes+Kx9m",), False),
])
def test_a_letter_greets_its_one_reader_and_names_no_meeting(opening, readers, letter):
    assert is_letter("合作确认", opening, readers) is letter


DECISIONS_ZH = """各部门负责人：

上周五季度经营会议作出如下决议，请遵照执行：
一、自12月1日起，所有采购合同须经法务审核后方可签署。
二、应收账款超过90天的客户暂停发货。
三、各部门每月5日前提交上月费用分析。
"""


@pytest.mark.parametrize("body, subject, expected", [
    (DECISIONS_ZH, "季度经营会议决定事项", "minutes"),          # decisions only, no owner: still the meeting's record
    (DECISIONS_ZH.replace("作出如下决议", "的决议另行通知"), "季度经营会议决定事项", "other"),   # no decisions listed
    (DECISIONS_ZH.replace("上周五季度经营会议作出如下决议", "经研究，公司作出如下决定"), "采购合同审核规定", "other"),  # no meeting
])
def test_a_meetings_decisions_listed_are_minutes(body, subject, expected):
    assert kind(mail(body, to="各部门负责人 <heads@huaxin.example.cn>", cc=BOT_ADDR, subject=subject)) == expected

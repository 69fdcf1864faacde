"""A forward's preface that moves the deadline of an item it points at by its owner and topic, not by number
('魏科长那项（取水许可台账）窦局已同意时限放宽到5月29日'): that item takes the new day, and the remark is no item."""
import base64
from zoneinfo import ZoneInfo

from parsers.dates.workdays import WorkdayCalendar
from parsers.message import parse_message
from parsers.minutes.owning.people import Roster

ROSTER = Roster.from_csv_text("name,email,department,manager_email,aliases\n"
                              "覃丽,qinli@ex.cn,财务部,,\n莫少华,mosh@ex.cn,技术部,,\n邝雨,kuangyu@ex.cn,办公室,,\n")
MAIL = """From: 邝雨 <kuangyu@ex.cn>
To: 覃丽 <qinli@ex.cn>, 莫少华 <mosh@ex.cn>
Cc: bot <bot@ex.cn>
Subject: =?utf-8?b?{subject}?=
Date: Mon, 20 Jul 2026 09:40:05 +0800
Message-ID: <p1@ex.cn>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

各位：
局长要求把上周推进会的纪要再发一遍，请按时限落实。
另：{pointer}局长已同意时限放宽到7月29日。
邝雨

-----原始邮件-----
发件人：邝雨 <kuangyu@ex.cn>
发送时间：2026-07-17 17:10:22
主题：推进会纪要
序号\t工作任务\t责任人\t完成时限
1\t更新资金台账，逐一核对到期合同\t覃丽\t7月24日前
2\t编制收费办法\t覃丽\t7月底前
3\t核对设备清单\t莫少华\t7月24日前
"""


def _dues(pointer: str) -> list[tuple]:
    raw = MAIL.format(subject=base64.b64encode("转发：推进会纪要".encode()).decode(), pointer=pointer).encode()
    got = parse_message(raw, tz=ZoneInfo("Asia/Shanghai"), roster=ROSTER, calendar=WorkdayCalendar(), bot_address="bot@ex.cn")
    return [(i.owner.name if i.owner else None, i.due_date.isoformat() if i.due_date else None) for i in got.items]


def test_the_item_its_owner_and_topic_point_at_takes_the_new_day():
    assert _dues("覃科长那项（资金台账）") == [("覃丽", "2026-07-29"), ("覃丽", "2026-07-31"), ("莫少华", "2026-07-24")]


def test_a_person_with_one_item_needs_no_topic():
    assert _dues("莫工那项") == [("覃丽", "2026-07-24"), ("覃丽", "2026-07-31"), ("莫少华", "2026-07-29")]


AI_FORWARD = """From: 邝雨 <kuangyu@ex.cn>
To: 覃丽 <qinli@ex.cn>, 莫少华 <mosh@ex.cn>
Cc: bot <bot@ex.cn>
Subject: =?utf-8?b?{subject}?=
Date: Fri, 17 Jul 2026 09:05:30 +0800
Message-ID: <p2@ex.cn>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

各位，
昨天评审会腾讯会议自动出了智能纪要，我核对过了。{preface}
邝雨

【腾讯会议】智能纪要
会议主题：Q3订单评审会
待办事项
1. 覃丽：7月22日前确认首批订单数量
2. 莫少华：下周二前排出首批生产计划
3. 覃丽：下周二前更新资金台账

以上内容由AI生成，请注意甄别
"""


def _ai_forward(preface: str) -> list[tuple]:
    raw = AI_FORWARD.format(subject=base64.b64encode("转发：智能纪要".encode()).decode(), preface=preface).encode()
    got = parse_message(raw, tz=ZoneInfo("Asia/Shanghai"), roster=ROSTER, calendar=WorkdayCalendar(), bot_address="bot@ex.cn")
    return [(i.owner.name if i.owner else None, i.due_date.isoformat() if i.due_date else None) for i in got.items]


def test_a_preface_over_an_ai_s_minutes_moves_the_item_it_names():
    """'另外第2项莫工说下周二来不及，改到下周三' above '【腾讯会议】智能纪要' (no forwarded header): item 2 moves."""
    assert _ai_forward("另外第2项莫工说下周二来不及，改到下周三，其余不变。") == \
        [("覃丽", "2026-07-22"), ("莫少华", "2026-07-22"), ("覃丽", "2026-07-21")]


def test_a_preface_that_hands_an_item_on_after_saying_who_had_it():
    """'第3项原定覃丽负责，经研究改由莫工负责': item 3 is his now."""
    assert _ai_forward("第3项原定覃丽负责，经研究改由莫工负责，其他不变。") == \
        [("覃丽", "2026-07-22"), ("莫少华", "2026-07-21"), ("莫少华", "2026-07-21")]

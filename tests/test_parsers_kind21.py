"""Issue #12, the kind of a mail (kind21): minutes that do not call themselves 纪要 are still minutes by structure —
a 'notes:' subject over Owner/Due blocks, a record signed by its recorder ('记录：…'), a notice that reports a meeting
already held (召开了…会议精神), a meeting that lists what it settled (会议定了几件事：1. 2. 3.) — each written in another
trade and other words than the heldout19 cases it comes from (3513, 3529, 3525, 3530), with the near miss that stays
'other'."""
import re
from datetime import time
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from parsers import parse_message
from parsers.dates.workdays import WorkdayCalendar
from parsers.minutes.owning.people import Roster

SH = ZoneInfo("Asia/Shanghai")
BOT = "tasks@lanfeng.example.cn"
ROSTER = Roster.from_csv_text("name,email,department,manager_email,aliases\n"
                              "张敏,zhangmin@lanfeng.example.cn,护理部,,\n"
                              "吴磊,wulei@lanfeng.example.cn,工程部,,\n"
                              "Nina Ho,nina.ho@lanfeng.example.cn,Ops,,Nina\n"
                              "Omar Reyes,omar.reyes@lanfeng.example.cn,Ops,,Omar\n")
TEAM = "张敏 <zhangmin@lanfeng.example.cn>, 吴磊 <wulei@lanfeng.example.cn>"
TEAM_EN = "Nina Ho <nina.ho@lanfeng.example.cn>, Omar Reyes <omar.reyes@lanfeng.example.cn>"

NOTES_EN = """Hi team,

Carrier review, short notes from this morning:

Topic 1: Q4 freight tender shortlist
Owner: Nina
Due: Friday

Topic 2: Damage claim backlog
Owner: Omar
Due: within 3 working days

Next sync: Nov 17, 10am
"""
OWNERLESS_EN = re.sub(r"Owner: \w+\n", "", NOTES_EN)          # the same blocks with no owner: no item is read
SIGNED_ZH = """各位：

今天下午护理组长碰了个头，按人记一下：

张护士长：
  夜班交接单新模板周四前发群。
吴工：
  病区呼叫器线路检修，本周五前。

会议时间：11月3日 15:00—15:30
记录：张敏
"""
HELD_ZH = """各位同事：

昨天下午召开了项目部安全生产会议，现将会议精神及工作安排通知如下：

一、脚手架检查。请吴工于11月7日前完成东区脚手架全面检查，并提交检查记录。

二、消防演练。请张敏11月12日前拟定消防演练方案。

三、各班组严禁夜间动火作业。
"""
CALLING_ZH = """各位同事：

定于11月10日下午两点召开项目部安全生产会议，请吴工于11月7日前准备脚手架检查汇报，请张敏11月7日前准备消防演练汇报。

地点：项目部二楼会议室。
"""
SETTLED_ZH = """各位：

今天门店月度会议定了以下几点：
1. 双十二活动12月10日开始，为期三天。
2. 本月起不再接受现金预订。
3. 赠品统一由总部配送，各门店不得自行采购。

谢谢
"""


def mail(body: str, *, subject: str, to: str = TEAM) -> bytes:
    message = EmailMessage()
    message["From"] = "许峰 <xufeng@lanfeng.example.cn>"
    message["To"] = to
    message["Cc"] = f"任务助手 <{BOT}>"
    message["Subject"] = subject
    message["Date"] = "Mon, 03 Nov 2025 18:00:00 +0800"
    message["Message-ID"] = "<kind21-test@lanfeng.example.cn>"
    message.set_content(body)
    return message.as_bytes()


def kind(raw: bytes) -> str:
    return parse_message(raw, tz=SH, roster=ROSTER, calendar=WorkdayCalendar(), bot_address=BOT,
                         default_due_time=time(18, 0)).kind


@pytest.mark.parametrize("body, subject, to, expected", [
    (NOTES_EN, "notes: carrier review", TEAM_EN, "minutes"),            # a 'notes:' subject over Owner/Due blocks
    (NOTES_EN.replace("short notes", "quick notes"), "Carrier review", TEAM_EN, "minutes"),   # called so in the body
    (NOTES_EN, "Carrier review", TEAM_EN, "minutes"),                    # not called notes, but its blocks are items
    (OWNERLESS_EN, "notes: carrier review", TEAM_EN, "minutes"),         # blocks naming no owner: the subject decides
    (OWNERLESS_EN, "Carrier review", TEAM_EN, "other"),                  # neither calls it notes: no rule fires
    (SIGNED_ZH, "护理组长碰头 11.3", TEAM, "minutes"),                     # signed by its recorder, with its time
    (SIGNED_ZH.replace("记录：张敏\n", ""), "护理组长碰头 11.3", TEAM, "minutes"),   # unsigned, but each name heads its
    #                                                         indented lines of work (session 22): a list, so minutes
    (SIGNED_ZH.replace("记录：张敏\n", "").replace("\n  ", "\n"), "护理组长碰头 11.3", TEAM, "other"),   # not indented: not
    (HELD_ZH, "项目部安全生产会议通知", TEAM, "minutes"),                  # a notice that reports a held meeting
    (CALLING_ZH, "项目部安全生产会议通知", TEAM, "other"),                 # a notice calling a meeting to come
    (SETTLED_ZH, "门店月度会议", TEAM, "minutes"),                         # a meeting lists what it settled
    (SETTLED_ZH.replace("定了以下几点", "要定以下几点"), "门店月度会议", TEAM, "other"),   # still to settle: an agenda
])
def test_minutes_by_structure_not_by_the_word(body, subject, to, expected):
    assert kind(mail(body, subject=subject, to=to)) == expected

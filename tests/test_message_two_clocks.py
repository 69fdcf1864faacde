"""Two clocks for one slot in places we do not know ('10:00 Vilnius / 15:00 Yingkou'): the mail's own Date offset says
which is ours — the clock as far after the other as our zone is ahead of the writer's."""
from zoneinfo import ZoneInfo

import pytest

from parsers.dates.workdays import WorkdayCalendar
from parsers.message import parse_message
from parsers.minutes.owning.people import Roster

ROSTER = Roster.from_csv_text("name,email,department,manager_email,aliases\nRuta Kaz,ruta@ex.lt,Quality,,\n"
                              "Snow Bao,snow@ex.cn,Quality,,Snow\n")
MAIL = """From: Ruta Kaz <ruta@ex.lt>
To: Snow Bao <snow@ex.cn>
Cc: Minutes Bot <bot@ex.cn>
Subject: Minutes - quality review
Date: Fri, 08 May 2026 10:05:44 {offset}
Message-ID: <c1@ex.lt>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Minutes of yesterday's quality review.
Actions
- Snow to complete the D4 root-cause analysis by 12 May
{line}
Ruta
"""


def _next(offset: str, line: str) -> str | None:
    raw = MAIL.format(offset=offset, line=line).encode()
    got = parse_message(raw, tz=ZoneInfo("Asia/Shanghai"), roster=ROSTER, calendar=WorkdayCalendar(), bot_address="bot@ex.cn")
    meeting = got.meeting.next_followup if got.meeting else None
    return meeting.start.strftime("%Y-%m-%d %H:%M") if meeting else None


@pytest.mark.parametrize("offset, line, ours", [
    ("+0300", "Next review: Thursday 14 May 2026, 10:00 Vilnius / 15:00 Yingkou.", "2026-05-14 15:00"),
    ("+0300", "Next review: Thursday 14 May 2026, 15:00 Yingkou / 10:00 Vilnius.", "2026-05-14 15:00"),
    ("+0300", "Next review: Thursday 14 May 2026, 10:00 Vilnius (15:00 Yingkou).", "2026-05-14 15:00"),
    ("+0800", "Next review: Thursday 14 May 2026, 10:00 Vilnius / 15:00 Yingkou.", "2026-05-14 10:00"),   # no offset to tell
])
def test_the_clock_our_zone_is_from_the_writer_s(offset, line, ours):
    assert _next(offset, line) == ours


def test_a_writer_in_our_zone_who_names_the_other_place_s_time_first():
    """'9:00 am Curitiba time (8:00 pm Heyuan)' from a writer at +0800: the clock after the other place's time is ours;
    '16:00 北京时间 / 11:00 Athens' names ours first."""
    assert _next("+0800", "Next call: Tue 12 May, 9:00 am Curitiba time (8:00 pm Heyuan).") == "2026-05-12 20:00"
    assert _next("+0800", "Next call: Tue 12 May, 16:00 北京时间 / 11:00 Athens.") == "2026-05-12 16:00"

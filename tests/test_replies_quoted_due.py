"""An extension asked as a span ('two more days on item 2') is counted from the due date the quoted recap shows for
that item, when the recap is quoted with '>' marks and the signature above the quote is written with pipes
('Name | Title | Company | phone'), which must not be read as the header of the quoted table."""
from datetime import time
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from parsers.dates.workdays import WorkdayCalendar
from parsers.message import parse_message
from parsers.minutes.owning.people import Roster

RECAP = """Hello all,

The minutes assistant has registered these action items:
| No. | Item | Owner | Due |
| 1 | Update the wholesale price list | Tan Wei | 2025-12-17 |
| 2 | Send the shelf-life study | Olivia Brown | 2025-12-17 |
| 3 | Renew the container lease | Pierre Laurent | 2025-12-22 |

Please reply today if you disagree."""


def reply_mail(new: str, marks: str) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"] = "olivia@kauri.example.nz", "minutes@bot.example.cn"
    msg["Subject"], msg["Date"] = "Re: Minutes: supplier review", "Tue, 16 Dec 2025 15:10:00 +0800"
    msg["In-Reply-To"] = "<recap-1@bot.example.cn>"
    quote = "\n".join(marks + line if line else marks.rstrip() for line in RECAP.splitlines())
    msg.set_content(f"{new}\n\nOlivia Brown | Technical Manager | Kauri Dairy Ltd | +64 21 555 0192\n\n"
                    f"On Mon, Dec 15, 2025 at 10:30 PM Minutes <minutes@bot.example.cn>\nwrote:\n\n{quote}\n")
    return bytes(msg)


@pytest.mark.parametrize("new, marks, due", [
    ("Sorry - need two more days on item 2, the lab results only come back on Thursday.", "> ", "2025-12-19"),
    ("Need 3 more days on item 3.", ">", "2025-12-25"),
    ("第2项需要再多两天，化验结果周四才出来。", "> > ", "2025-12-19"),
])
def test_a_span_counts_from_the_due_date_of_a_recap_quoted_with_marks(new, marks, due):
    parsed = parse_message(reply_mail(new, marks), tz=ZoneInfo("Asia/Shanghai"), roster=Roster(()),
                           calendar=WorkdayCalendar(), bot_address="minutes@bot.example.cn", default_due_time=time(18))
    assert parsed.kind == "reply" and parsed.reply.intent == "extend"
    assert str(parsed.reply.new_due_date) == due

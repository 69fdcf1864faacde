"""Issue #12, heldout5 round: the shapes heldout5's misses showed, each read from structure and tested first on a
variant written here (other words, layouts and trades than the held-out mails), then on the held-out case itself."""
from datetime import datetime

from parsers.dates.workdays import WorkdayCalendar
from parsers.replies.reader import parse_reply
from minutes_reading import MinutesReader, SHANGHAI

MINUTES = MinutesReader()
owners = MINUTES.owners
SENT = datetime(2025, 3, 12, 16, 0, tzinfo=SHANGHAI)


def test_an_item_number_in_brackets_as_the_minutes_wrote_it_is_a_reference():
    """'对第（一）项有异议': the minutes numbered their items （一）（二）, the reply names them the same way."""
    reply = parse_reply("对第（二）项有异议：场地要等消防验收，3月底前办不完。", SENT, WorkdayCalendar())
    assert (reply.intent, reply.items) == ("object", (2,))
    assert parse_reply("第(1)、(3)项已完成。", SENT, WorkdayCalendar()).items == (1, 3)

"""Issue #12, heldout11 round: readings of structure that heldout11 showed broken or missing, each tested on a variant
written here (other words, layouts and trades than the held-out mails) beside the shape the held-out mail had."""
from datetime import datetime
from textwrap import dedent

from parsers.mail.addresses import Address
from parsers.minutes.people import Roster
from minutes_reading import SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "唐晓雯,tang.xw@ex.cn,运营部,,Tang;@xiaowen.t;晓雯\n邓凯,dengkai@ex.cn,运营部,,Kai;@kaid\n"
    "付明,fuming@ex.cn,仓储部,,老付\n")
KNOWN = (Address("邓凯", "dengkai@ex.cn"), Address("Lim Bee Hoon", "beehoon@partner.example.my"))
MINUTES = MinutesReader(ROSTER, KNOWN)
owners = MINUTES.owners
THU = datetime(2026, 3, 12, 16, 0, tzinfo=SHANGHAI)


def test_a_roster_alias_written_as_a_handle_is_the_handle_in_the_minutes():
    """The roster may write an alias with its '@' ('@xiaowen.t'); the minutes' '@xiaowen.t' is that person."""
    text = """
    Action items
    - [ ] @xiaowen.t refresh the returns dashboard, by Fri
    - [ ] @kaid 对齐618备货计划, 3/20
    """
    assert owners(text, THU) == [("唐晓雯", "refresh the returns dashboard", "2026-03-13"),
                                 ("邓凯", "对齐618备货计划", "2026-03-20")]

"""Issue #12, heldout7 round: readings of structure that heldout7 showed missing, each tested on a variant written
here (other words, layouts and trades than the held-out mails) and on the shape the held-out mail had."""
from datetime import datetime

from parsers.mail.addresses import Address
from parsers.minutes.people import Roster
from minutes_reading import KNOWN, SHANGHAI, MinutesReader

ROSTER = Roster.from_csv_text(
    "name,email,department,manager_email,aliases\n"
    "秦海燕,qinhaiyan@ex.cn,质量部,,Helen;Helen Qin\n何斌,hebin@ex.cn,工程部,,Ben;Ben He\n"
    "马骁,maxiao@ex.cn,工程部,,老马\n孔令辉,konglinghui@ex.cn,工程部,,小孔\n")
BOT = Address("Tasks Bot", "tasks@ex.cn")          # a bot in To whose mailbox is a section word
MINUTES = MinutesReader(ROSTER, (*KNOWN, BOT, Address("Pieter Claes", "pieter@vendor.example.com")))
owners = MINUTES.owners
FRI = datetime(2025, 3, 14, 9, 30, tzinfo=SHANGHAI)


def test_a_section_heading_is_no_person_even_when_a_mailbox_is_spelt_like_it():
    text = """
    Decisions
    1. Keep the current forwarder until June.
    2. No new carriers this quarter.

    Tasks
    1. Vendor (Pieter) - send the revised packaging spec - by Mar 20
    2. Factory (Ben) - run the drop test on the new carton - by Mar 18
    """
    assert owners(text) == [("Pieter Claes", "send the revised packaging spec", "2025-03-20"),
                            ("何斌", "run the drop test on the new carton", "2025-03-18")]

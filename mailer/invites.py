"""iMIP invitations (RFC 6047) for the next follow-up meeting: REQUEST, updates and CANCEL, built with icalendar.

Times are written in UTC: Outlook mishandles the Asia/Shanghai VTIMEZONE icalendar generates (1986–91 DST rules as
RDATEs), and every client shows UTC in the reader's own zone. The organizer is the bot, never also an attendee, so
RSVPs come back to the bot; the UID is stable per meeting and SEQUENCE rises with every change.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from icalendar import Alarm, Calendar, Event, vCalAddress, vText

PRODID = "-//minutebot//minutes follow-up//EN"


@dataclass(frozen=True)
class Attendee:
    name: str
    email: str


@dataclass(frozen=True)
class Invite:
    uid: str
    sequence: int
    organizer: Attendee
    attendees: tuple[Attendee, ...]
    start: datetime
    end: datetime
    summary: str
    description: str = ""
    location: str = ""
    method: str = "REQUEST"             # REQUEST or CANCEL


def to_ical(invite: Invite, stamp: datetime) -> bytes:
    """The VCALENDAR text of one invite (REQUEST or CANCEL), ready for a text/calendar part."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("method", invite.method)
    cal.add_component(_event(invite, stamp))
    return cal.to_ical()


def _event(invite: Invite, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", invite.uid)
    event.add("dtstamp", stamp.astimezone(timezone.utc))
    event.add("sequence", invite.sequence)
    event.add("dtstart", invite.start.astimezone(timezone.utc))
    event.add("dtend", invite.end.astimezone(timezone.utc))
    event.add("summary", vText(_clean(invite.summary)))
    if invite.description:
        event.add("description", vText(invite.description))
    if invite.location:
        event.add("location", vText(_clean(invite.location)))
    event.add("organizer", _address(invite.organizer, organizer=True), encode=0)
    for person in invite.attendees:
        if person.email.lower() != invite.organizer.email.lower():
            event.add("attendee", _address(person), encode=0)
    if invite.method == "CANCEL":
        event.add("status", "CANCELLED")
    else:
        event.add("status", "CONFIRMED")
        event.add("transp", "OPAQUE")
        event.add_component(_alarm(invite.summary))
    return event


def _address(person: Attendee, organizer: bool = False) -> vCalAddress:
    address = vCalAddress(f"mailto:{person.email}")
    if person.name:
        address.params["CN"] = _clean(person.name)
    if not organizer:
        address.params["ROLE"] = "REQ-PARTICIPANT"
        address.params["PARTSTAT"] = "NEEDS-ACTION"
        address.params["RSVP"] = "TRUE"
    return address


def _alarm(summary: str) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", timedelta(minutes=-15))
    alarm.add("description", vText(_clean(summary)))
    return alarm


def _clean(text: str) -> str:
    """Single-line properties: no CR/LF or control characters (icalendar escapes , ; \\ itself)."""
    return " ".join((text or "").split())

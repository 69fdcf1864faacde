"""The next follow-up meeting as a calendar invitation: sent, updated, cancelled, and the answers recorded.

Called from minutes.py in the minutes' transaction (so the invite mail and the meeting change commit together) and
from handle.py for iTIP REPLY mail. SPEC 6.4: stable UID per meeting, SEQUENCE raised on every change, CANCEL when a
corrected version drops the follow-up.
"""
from __future__ import annotations

import hashlib
from datetime import datetime, time, timedelta

from mailer.compose import Recipient
from mailer.invites import Attendee, Invite, to_ical
from minutebot.workflow import mails
from minutebot.app import App
from parsers.model import FollowUp, ParsedMessage

DEFAULT_LENGTH = timedelta(hours=1)


def sync(meeting_id: int, followup: FollowUp | None, app: App, now: datetime) -> str:
    """Send what the follow-up needs now: a first REQUEST, an update, a CANCEL, or nothing."""
    row = next(app.store.db["invites"].rows_where("meeting_id = ?", [meeting_id]), None)
    if followup is None:
        if row and row["status"] == "active":
            return _send(app, meeting_id, row, "CANCEL", row["sequence"] + 1, now)
        return ""
    start, end = followup.start, followup.end or followup.start + DEFAULT_LENGTH
    wanted = {"start": start.isoformat(), "end": end.isoformat(), "location": followup.location or ""}
    if row and row["status"] == "active" and all(row[k] == v for k, v in wanted.items()):
        return ""
    sequence = row["sequence"] + 1 if row else 0
    row = {"meeting_id": meeting_id, "uid": row["uid"] if row else _uid(app, meeting_id), **wanted}
    return _send(app, meeting_id, row, "REQUEST", sequence, now)


def followup_of(msg: ParsedMessage, app: App, now: datetime) -> FollowUp | None:
    """The minutes' next meeting; else, when `policy.default_followup` is set ("5 10:00"), one that many working
    days after the meeting at that time."""
    if msg.meeting.next_followup or not app.config.policy.default_followup:
        return msg.meeting.next_followup
    days, hhmm = app.config.policy.default_followup.split()
    held = (msg.meeting.held_at or msg.sent_at or now).astimezone(app.tz)
    day = app.calendar.add_workdays(held.date(), int(days))
    hour, minute = hhmm.split(":")
    return FollowUp(start=datetime.combine(day, time(int(hour), int(minute)), tzinfo=app.tz))


def record_reply(msg: ParsedMessage, app: App, now: datetime) -> tuple[str, int | None]:
    """An attendee's accept/decline/tentative: recorded per attendee, never answered."""
    answer = msg.calendar_reply or {}
    invite = next(app.store.db["invites"].rows_where("uid = ?", [answer.get("uid", "")]), None)
    if not invite:
        return "calendar reply for an unknown invitation: ignored", None
    attendee = (answer.get("attendee") or "").lower()
    if attendee != (msg.sender.email or "").lower():
        return "calendar reply whose attendee is not the sender: ignored", invite["meeting_id"]
    if attendee not in _invited(app, invite["meeting_id"]):
        return "calendar reply from someone not invited: ignored", invite["meeting_id"]
    previous = next(app.store.db["invite_responses"].rows_where("uid = ? AND email = ?",
                                                                [invite["uid"], attendee]), None)
    sequence = int(answer.get("sequence") or 0)
    if previous and previous["sequence"] > sequence:
        return "calendar reply older than the one recorded: ignored", invite["meeting_id"]
    partstat = (answer.get("partstat") or "NEEDS-ACTION").upper()
    app.store.db["invite_responses"].insert({"uid": invite["uid"], "email": attendee, "partstat": partstat,
                                             "sequence": sequence, "at": now.isoformat(),
                                             "message_id": msg.message_id}, replace=True)
    app.store.add_event(at=now, action="invite_answered", meeting_id=invite["meeting_id"], actor=attendee,
                        new=partstat, message_id=msg.message_id)
    return f"calendar reply: {attendee} {partstat}", invite["meeting_id"]


def _send(app: App, meeting_id: int, row: dict, method: str, sequence: int, now: datetime) -> str:
    meeting, lang = app.store.meeting(meeting_id), app.config.bot.language
    people = [Recipient(p["name"], p["email"]) for p in app.store.participants(meeting_id)]
    organizer = Recipient(meeting["organizer_name"] or "", meeting["organizer_email"])
    to, cc = mails.split_recipients(app, [organizer, *people], [])
    items = [i for i in app.store.items(meeting_id) if i["status"] not in ("done", "cancelled")]
    context = {"title": meeting["title"], "method": method, "sequence": sequence, "location": row["location"],
               "when": _when(datetime.fromisoformat(row["start"]).astimezone(app.tz), lang),
               "items": [{"number": i["number"], "task": i["task"], "owner": i["owner_name"]} for i in items]}
    context["summary"] = app.composer.render_line("invite.summary", lang, context)
    invite = Invite(uid=row["uid"], sequence=sequence, method=method,
                    organizer=Attendee(app.config.bot.name, app.config.bot.address),
                    attendees=tuple(Attendee(r.name, r.email) for r in to + cc),
                    start=datetime.fromisoformat(row["start"]), end=datetime.fromisoformat(row["end"]),
                    summary=context["summary"], location=row["location"],
                    description="\n".join(f"{i['number']}. {i['task']}" for i in context["items"]))
    mails.send(app, key=f"invite:{meeting_id}:s{sequence}", template="invite", context=context, to=to + cc,
               now=now, meeting_id=meeting_id, in_reply_to=meeting["source_message_id"],
               calendar=to_ical(invite, now), calendar_method=method)
    status = "cancelled" if method == "CANCEL" else "active"
    app.store.db["invites"].insert({**row, "sequence": sequence, "status": status, "updated_at": now.isoformat()},
                                   replace=True)
    app.store.add_event(at=now, action=f"invite_{method.lower()}", meeting_id=meeting_id,
                        new={"start": row["start"], "sequence": sequence})
    return f"invite {method} seq {sequence}"


def _invited(app: App, meeting_id: int) -> set[str]:
    meeting = app.store.meeting(meeting_id)
    return {(p["email"] or "").lower() for p in app.store.participants(meeting_id)} | {
        (meeting["organizer_email"] or "").lower()}


def _uid(app: App, meeting_id: int) -> str:
    """Stable for the meeting's life, and not guessable across installations."""
    domain = app.config.bot.address.rpartition("@")[2] or "localhost"
    digest = hashlib.sha256(f"{app.secret}:invite:{meeting_id}".encode()).hexdigest()[:16]
    return f"followup-{meeting_id}-{digest}@{domain}"


def _when(start: datetime, lang: str) -> str:
    return f"{mails.show_day(start.date(), lang)} {start:%H:%M}"

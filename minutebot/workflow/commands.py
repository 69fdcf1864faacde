"""Apply one reply command to one stored item: who may, what changes, and the audit event.

Only the owner, the meeting's organizer or the owner's manager (roster) may change an item (SPEC 6.3). Each
accepted change is one event (actor, action, old, new, message) so `items --format json` shows the history.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from minutebot.app import App
from parsers.dates.durations import counted_from, extension
from parsers.model import ItemCommand

DONE_STATUSES = ("done", "cancelled")


@dataclass(frozen=True)
class Change:
    """What one command did to one item, for the acknowledgement and the organizer's notice."""
    number: int
    task: str
    action: str                  # confirm | object | done | progress | extend | withdraw | settle | refused |
                                 # unchanged
    percent: int | None = None
    new_due: str = ""            # ISO date of an accepted extension
    reason: str = ""
    meeting_id: int | None = None  # the item's meeting (a reply to a multi-meeting mail touches several)
    objector: str = ""             # settle / a disputed item left open: who objected (told of the outcome)


def may_change(sender: str, item: dict, meeting: dict, app: App) -> bool:
    sender = sender.lower()
    if sender in ((item.get("owner_email") or "").lower(), (meeting.get("organizer_email") or "").lower()):
        return True
    return bool(sender) and sender == _manager_of(item, app)


def _manager_of(item: dict, app: App) -> str:
    """The owner's manager (roster manager_email), lower-cased; '' when there is none."""
    owner = app.roster.find_by_email(item.get("owner_email") or "") if item.get("owner_email") else None
    return (owner.manager_email or "").lower() if owner else ""


def targets(command: ItemCommand, items: list[dict], sender: str, organizer: str) -> list[dict]:
    """The items a command names; with no number, the sender's own open items (the organizer's confirm: all)."""
    live = [i for i in items if i["status"] != "cancelled"]
    if command.items:
        return [i for i in live if i["number"] in command.items]
    own = [i for i in live if (i.get("owner_email") or "").lower() == sender.lower()]
    if not own and command.intent == "confirm" and sender.lower() == organizer.lower():
        return live
    return own


def apply(command: ItemCommand, item: dict, *, app: App, meeting: dict, actor: str, now: datetime,
          message_id: str) -> Change:
    """Change the item as the command says and record the event; returns what happened."""
    action, objector = command.intent, ""
    if action == "confirm" and item["status"] == "disputed":
        objector = objector_of(app, item)
        action = _settling(command, item, meeting, actor, objector, app)
        if action == "unsettled":
            return Change(item["number"], item["task"], "unchanged", reason="disputed", meeting_id=meeting["id"],
                          objector=objector)
    changes = _changes(command, item, app, now)
    if not changes:
        return Change(item["number"], item["task"], "unchanged", meeting_id=meeting["id"])
    app.store.update_item(item["id"], {**changes, "updated_at": now.isoformat()})
    app.store.add_event(at=now, action=action, meeting_id=meeting["id"], item_id=item["id"], actor=actor,
                        old={k: item.get(k) for k in changes}, new=changes, message_id=message_id)
    return Change(item["number"], item["task"], action, percent=changes.get("percent"),
                  new_due=changes.get("due_date", ""), reason=command.reason, meeting_id=meeting["id"],
                  objector=objector if action == "settle" else "")


def objector_of(app: App, item: dict) -> str:
    """Who raised the item's open objection (the last 'object' event)."""
    objections = [e for e in app.store.events(item["id"]) if e["action"] == "object"]
    return objections[-1]["actor"] if objections else ""


def _settling(command: ItemCommand, item: dict, meeting: dict, actor: str, objector: str, app: App) -> str:
    """A confirm of a disputed item settles the objection only when said explicitly: the objector withdraws it
    (确认 from them), or the organizer or the owner's manager confirms that item by its number. A bare 确认 from
    anyone else leaves it disputed and says so."""
    actor = actor.lower()
    if actor == objector.lower():
        return "withdraw"
    deciders = {(meeting.get("organizer_email") or "").lower(), _manager_of(item, app)} - {""}
    return "settle" if command.items and actor in deciders else "unsettled"


def _changes(command: ItemCommand, item: dict, app: App, now: datetime) -> dict:
    intent, status = command.intent, item["status"]
    if intent == "confirm" and status in ("pending", "disputed"):
        return {"status": "confirmed"}
    if intent == "object" and status not in DONE_STATUSES:
        return {"status": "disputed", "note": command.reason or ""}
    if intent == "done" and status != "done":
        return {"status": "done", "percent": 100, "done_at": now.isoformat()}
    if intent == "progress" and command.percent is not None and status not in DONE_STATUSES:
        if command.percent >= 100:
            return {"status": "done", "percent": 100, "done_at": now.isoformat()}
        return {"percent": command.percent}
    if intent == "extend" and status not in DONE_STATUSES:
        stated = None if command.from_span else command.new_due_date     # a span: counted from the stored due date
        new_date = stated or _after_span(command.reason, item, app, now) or command.new_due_date
        if new_date:                    # a new date brings an item a backfill archived back to be followed up
            reopen = {"status": "confirmed"} if status == "archived" else {}
            return _extension(new_date, item, app, command.reason) | reopen
    return {}


def _after_span(reason: str, item: dict, app: App, now: datetime) -> date | None:
    """延期3天 / 再给两个工作日 / one more week: the span added to the current due date (to today when none or passed)."""
    span = extension(reason)
    if span is None:
        return None
    due = date.fromisoformat(item["due_date"]) if item.get("due_date") else None
    return counted_from(span, due, now.astimezone(app.tz).date(), app.calendar)


def _extension(new_date: date, item: dict, app: App, reason: str) -> dict:
    clock = time.fromisoformat(item["due_time"]) if item.get("due_time") else app.config.time_of("default_due_time")
    due = datetime.combine(new_date, clock, tzinfo=app.tz)
    flags = [f for f in item.get("flags") or [] if f not in ("vague_due", "no_due", "no_such_day", "weekday_mismatch")]
    return {"due_date": new_date.isoformat(), "due": due.isoformat(), "flags": flags, "note": reason or ""}

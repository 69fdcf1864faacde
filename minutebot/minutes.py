"""Minutes arrive: store the meeting and its items (or a new version of them), then queue the recap.

Called by handle.py inside the message's transaction, so the meeting, its items, the audit events and the recap
in the outbox are written together or not at all.
"""
from __future__ import annotations

import re
from datetime import datetime
from difflib import SequenceMatcher

from mailer.compose import Recipient
from minutebot import caps, invites, mails
from minutebot.app import App
from parsers.model import Item, ParsedMessage
from parsers.replies.reader import strip_subject_prefixes

PROBLEMS_ZH = {"no_owner": "第{n}项没有明确的负责人{dept}，请指定一位负责人",
               "vague_due": "第{n}项的截止时间不明确（“{text}”），请给出具体日期",
               "no_due": "第{n}项没有截止时间，请补充",
               "no_such_day": "第{n}项的截止日期不存在（“{text}”），请给出正确日期",
               "weekday_mismatch": "第{n}项的截止日期与星期不符（“{text}”），已按日期记录，请核对"}
PROBLEMS_EN = {"no_owner": "Item {n} has no named owner{dept}: please name one person",
               "vague_due": "Item {n} has a vague deadline (\"{text}\"): please give a date",
               "no_due": "Item {n} has no deadline: please add one",
               "no_such_day": "Item {n} has a deadline on a day that does not exist (\"{text}\"): please give a real date",
               "weekday_mismatch": "Item {n} has a deadline whose weekday does not match its date (\"{text}\"): "
                                   "the date was kept, please check"}


def record(msg: ParsedMessage, app: App, now: datetime) -> tuple[str, int]:
    """Store the minutes and queue the recap. Returns (outcome, meeting id)."""
    existing = find_existing(msg, app)
    if existing and not may_correct(msg.sender.email or "", existing, app):
        app.store.add_event(at=now, action="correction_refused", meeting_id=existing["id"],
                            actor=msg.sender.email or "", message_id=msg.message_id)
        return f"minutes v{existing['version'] + 1} refused: only the organizer may correct them", existing["id"]
    if existing:
        meeting_id, version = existing["id"], existing["version"] + 1
        _update_meeting(meeting_id, version, msg, app, now)
        summary, changes = _update_items(meeting_id, msg, app, now)
        outcome = f"minutes v{version}: {summary}"
    else:
        meeting_id, version, changes = _create_meeting(msg, app, now), 1, []
        for item in msg.items:
            _insert_item(meeting_id, item, app, now, msg.message_id)
        outcome = f"minutes: {len(msg.items)} items"
    queue_recap(meeting_id, version, msg, app, now, changes)
    invite = invites.sync(meeting_id, invites.followup_of(msg, app, now), app, now)
    return f"{outcome}; {invite}" if invite else outcome, meeting_id


def find_existing(msg: ParsedMessage, app: App) -> dict | None:
    """A corrected re-send: same thread (In-Reply-To/References), or the same meeting ref from someone who may
    correct it (from anyone else the same number is another team's meeting)."""
    thread = [m for m in (msg.in_reply_to, *msg.references) if m]
    found = app.store.meeting_by_thread(thread)
    if not found and msg.meeting and msg.meeting.ref:
        found = app.store.meeting_by_ref(msg.meeting.ref)
        found = found if found and may_correct(msg.sender.email or "", found, app) else None
    return found


def may_correct(sender: str, meeting: dict, app: App) -> bool:
    """A new version replaces every item, so only the organizer (who sent the minutes) or their manager may send
    one: anyone else's list in the thread would otherwise cancel items they have no say over."""
    sender, organizer = sender.lower(), (meeting["organizer_email"] or "").lower()
    person = app.roster.find_by_email(organizer) if organizer else None
    return sender == organizer or bool(person and (person.manager_email or "").lower() == sender)


def objection_deadline(app: App, now: datetime) -> datetime:
    """Today at the cut-off; after it, or on a non-working day, the next working day at the cut-off."""
    local, cutoff = now.astimezone(app.tz), app.config.time_of("objection_cutoff")
    day = local.date()
    if not (app.calendar.is_workday(day) and local.time() < cutoff):
        day = app.calendar.next_workday(day)
    return mails.at_time(day, cutoff, app.tz)


def queue_recap(meeting_id: int, version: int, msg: ParsedMessage, app: App, now: datetime,
                changes: list[dict] = ()) -> None:
    """The recap (a corrected version says what changed, and also goes to owners of cancelled items)."""
    meeting, lang = app.store.meeting(meeting_id), app.config.bot.language
    items = [i for i in app.store.items(meeting_id) if i["status"] != "cancelled"]
    deadline = datetime.fromisoformat(meeting["objection_deadline"])
    owners = [Recipient(i["owner_name"] or "", i["owner_email"]) for i in items if i["owner_email"]]
    owners += [Recipient(c["owner_name"] or "", c["owner_email"]) for c in changes if c.get("owner_email")]
    organizer = Recipient(meeting["organizer_name"] or "", meeting["organizer_email"])
    others = [Recipient(p["name"] or "", p["email"]) for p in app.store.participants(meeting_id)]
    to, cc = mails.split_recipients(app, [organizer, *owners], others)
    if version == 1:
        to, cc = caps.limit_recap(app.store, meeting["organizer_email"], to, cc, now, app.config.policy)
    context = {"title": meeting["title"], "reply_subject": mails.reply_subject(msg.subject),
               "items": [_show_item(i, lang) for i in items], "problems": _problems(items, lang),
               "objection_text": mails.show_deadline(deadline, now.astimezone(app.tz), lang), "version": version,
               "changes": [_show_change(c, lang) for c in changes]}
    mails.send(app, key=f"recap:{meeting_id}:v{version}", template="recap", context=context, to=to, cc=cc,
               now=now, meeting_id=meeting_id, in_reply_to=msg.message_id,
               references=(*msg.references, msg.message_id))


def _create_meeting(msg: ParsedMessage, app: App, now: datetime) -> int:
    meeting = msg.meeting
    row = {"thread_key": (msg.references[0] if msg.references else msg.message_id), "ref": meeting.ref,
           "title": meeting.title or msg.subject or "(no subject)",
           "subject": strip_subject_prefixes(msg.subject), "organizer_name": msg.sender.name or "",
           "organizer_email": msg.sender.email or "", "source_message_id": msg.message_id,
           "held_at": meeting.held_at.isoformat() if meeting.held_at else None, "language": app.config.bot.language,
           "version": 1, "status": "open", "objection_deadline": objection_deadline(app, now).isoformat(),
           "next_followup": meeting.next_followup.start.isoformat() if meeting.next_followup else None,
           "created_at": now.isoformat(), "updated_at": now.isoformat()}
    meeting_id = app.store.insert_meeting(row)
    app.store.set_participants(meeting_id, _participants(msg))
    app.store.add_event(at=now, action="meeting_created", meeting_id=meeting_id, actor=msg.sender.email or "",
                        new={"title": row["title"], "items": len(msg.items)}, message_id=msg.message_id)
    return meeting_id


def _update_meeting(meeting_id: int, version: int, msg: ParsedMessage, app: App, now: datetime) -> None:
    meeting = msg.meeting
    app.store.update_meeting(meeting_id, {
        "version": version, "title": meeting.title or msg.subject, "updated_at": now.isoformat(),
        "objection_deadline": objection_deadline(app, now).isoformat(),
        "next_followup": meeting.next_followup.start.isoformat() if meeting.next_followup else None})
    app.store.set_participants(meeting_id, _participants(msg))
    app.store.add_event(at=now, action="meeting_corrected", meeting_id=meeting_id, actor=msg.sender.email or "",
                        new={"version": version}, message_id=msg.message_id)


def _update_items(meeting_id: int, msg: ParsedMessage, app: App, now: datetime) -> tuple[str, list[dict]]:
    """Match the new version's items to the stored ones by task text, then number; update, add, cancel.
    Returns a summary and the changes (kind changed/added/cancelled, with old and new rows) for the recap."""
    stored = [i for i in app.store.items(meeting_id) if i["status"] != "cancelled"]
    pairs, unmatched = _match(stored, list(msg.items))
    changes: list[dict] = []
    for old, new in pairs:
        edits = {k: v for k, v in _item_row(new).items() if old.get(k) != v}
        if edits:
            app.store.update_item(old["id"], {**edits, "updated_at": now.isoformat()})
            app.store.add_event(at=now, action="item_corrected", meeting_id=meeting_id, item_id=old["id"],
                                actor=msg.sender.email or "", old={k: old.get(k) for k in edits}, new=edits,
                                message_id=msg.message_id)
            if set(edits) & SHOWN_FIELDS:
                changes.append({"kind": "changed", "old": old, "new": {**old, **edits}})
    for new in unmatched:
        _insert_item(meeting_id, new, app, now, msg.message_id)
        changes.append({"kind": "added", "old": None, "new": _item_row(new)})
    matched_ids = {old["id"] for old, _ in pairs}
    removed = [old for old in stored if old["id"] not in matched_ids]
    for old in removed:
        app.store.update_item(old["id"], {"status": "cancelled", "updated_at": now.isoformat()})
        app.store.add_event(at=now, action="item_cancelled", meeting_id=meeting_id, item_id=old["id"],
                            actor=msg.sender.email or "", old=old["status"], new="cancelled",
                            message_id=msg.message_id)
        changes.append({"kind": "cancelled", "old": old, "new": None, "owner_name": old["owner_name"],
                        "owner_email": old["owner_email"]})
    return f"{len(pairs)} kept, {len(unmatched)} added, {len(removed)} cancelled", changes


def _show_change(change: dict, lang: str) -> dict:
    """One line of '本次更正': the item as it is now (or was, when cancelled) and each shown field old -> new."""
    old, new = change["old"], change["new"]
    row = new or old
    fields = []
    if change["kind"] == "changed":
        before, after = _show_item(old, lang), _show_item(new, lang)
        fields = [{"name": name, "old": before[name], "new": after[name]}
                  for name in ("task", "owner", "due") if before[name] != after[name]]
    return {"kind": change["kind"], "number": row["number"], "task": row["task"], "fields": fields}


SHOWN_FIELDS = {"task", "owner_name", "department", "due", "due_text"}


def _match(stored: list[dict], new: list[Item]) -> tuple[list, list]:
    pairs, left = [], list(new)
    for old in stored:
        best = max(left, key=lambda n: similar_task(old["task"], n.task), default=None)
        score = similar_task(old["task"], best.task) if best is not None else 0.0
        if best is not None and (score >= 0.6 or (best.number == old["number"] and score >= 0.3)):
            pairs.append((old, best))
            left.remove(best)
    return pairs, left


def _insert_item(meeting_id: int, item: Item, app: App, now: datetime, message_id: str) -> None:
    item_id = app.store.insert_item({"meeting_id": meeting_id, **_item_row(item), "status": "pending",
                                     "created_at": now.isoformat(), "updated_at": now.isoformat()})
    app.store.add_event(at=now, action="item_created", meeting_id=meeting_id, item_id=item_id,
                        new=_item_row(item), message_id=message_id)


def _item_row(item: Item) -> dict:
    owner = item.owner
    return {"number": item.number, "task": item.task, "owner_name": owner.name if owner else None,
            "owner_email": owner.email if owner else None, "department": owner.department if owner else None,
            "due_date": item.due_date.isoformat() if item.due_date else None,
            "due_time": item.due_time.strftime("%H:%M") if item.due_time else None,
            "due": item.due.isoformat() if item.due else None, "due_text": item.due_text,
            "flags": list(item.flags)}


def _participants(msg: ParsedMessage) -> list[dict]:
    people = {}
    for person in (*msg.meeting.participants, *msg.to, *msg.cc):
        if person.email:
            people.setdefault(person.email.lower(), {"email": person.email.lower(), "name": person.name or "",
                                                     "role": "participant"})
    return list(people.values())


def _show_item(row: dict, lang: str) -> dict:
    owner = row["owner_name"] or (f"{row['department']}" if row["department"] else "")
    return {"number": row["number"], "task": row["task"], "owner": owner,
            "due": mails.show_due(row["due"], row["due_time"], lang) or ("" if not row["due_text"] else row["due_text"])}


def _problems(items: list[dict], lang: str) -> list[str]:
    table = PROBLEMS_ZH if lang == "zh" else PROBLEMS_EN
    out = []
    for item in items:
        for flag in item["flags"]:
            if flag in table:
                dept = f"（{item['department']}）" if lang == "zh" and item["department"] else \
                    (f" ({item['department']})" if item["department"] else "")
                out.append(table[flag].format(n=item["number"], text=item["due_text"], dept=dept))
    return out


def similar_task(a: str, b: str) -> float:
    """How alike two task texts are (0..1), ignoring punctuation and spaces."""
    a, b = (re.sub(r"[\W_]+", "", t or "").lower() for t in (a, b))
    return SequenceMatcher(None, a, b).ratio() if a and b else 0.0



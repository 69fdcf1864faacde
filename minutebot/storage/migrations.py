"""The store's schema, one function per change, recorded in _sqlite_migrations (sqlite-utils Migrations).

Never edit a migration that has shipped: add a new one below it.
"""
from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("minutebot")


@migrations()
def m001_initial(db: Database) -> None:
    db["meetings"].create({
        "id": int, "thread_key": str, "ref": str, "title": str, "organizer_name": str, "organizer_email": str,
        "source_message_id": str, "held_at": str, "language": str, "version": int, "status": str,
        "objection_deadline": str, "next_followup": str, "created_at": str, "updated_at": str,
    }, pk="id", not_null={"title", "organizer_email", "source_message_id", "version", "status", "created_at"},
        defaults={"version": 1, "status": "open"})
    db["meetings"].create_index(["thread_key"])
    db["meetings"].create_index(["ref"])
    db["participants"].create({"meeting_id": int, "email": str, "name": str, "role": str},
                              pk=("meeting_id", "email"), foreign_keys=[("meeting_id", "meetings", "id")])
    db["items"].create({
        "id": int, "meeting_id": int, "number": int, "task": str, "owner_name": str, "owner_email": str,
        "department": str, "due_date": str, "due_time": str, "due": str, "due_text": str, "flags": str,
        "status": str, "percent": int, "done_at": str, "created_at": str, "updated_at": str,
    }, pk="id", foreign_keys=[("meeting_id", "meetings", "id")],
        not_null={"meeting_id", "number", "task", "status", "created_at"})
    db["items"].create_index(["meeting_id", "number"])
    db.execute("CREATE INDEX idx_items_open_due ON items(due) WHERE status NOT IN ('done', 'cancelled')")
    db["events"].create({
        "id": int, "at": str, "meeting_id": int, "item_id": int, "actor": str, "action": str,
        "old": str, "new": str, "message_id": str,
    }, pk="id", not_null={"at", "action"})
    db["events"].create_index(["item_id"])
    db["messages"].create({"message_id": str, "at": str, "kind": str, "outcome": str, "meeting_id": int,
                           "sender": str, "subject": str}, pk="message_id")
    db["outbox"].create({
        "key": str, "message_id": str, "created_at": str, "sender": str, "recipients": str, "raw": bytes,
        "status": str, "attempts": int, "next_attempt": str, "sent_at": str, "last_error": str,
        "purpose": str, "meeting_id": int,
    }, pk="key", not_null={"message_id", "created_at", "sender", "recipients", "raw", "status"},
        defaults={"attempts": 0, "status": "queued"})
    db.execute("CREATE INDEX idx_outbox_queued ON outbox(next_attempt) WHERE status = 'queued'")
    db["job_runs"].create({"job": str, "target": str, "period": str, "at": str}, pk=("job", "target", "period"))
    db["checkpoints"].create({"inbox": str, "uidvalidity": int, "last_uid": int}, pk="inbox")
    db["settings"].create({"key": str, "value": str}, pk="key")


@migrations()
def m002_item_notes(db: Database) -> None:
    """Items keep the latest objection/extension reason; meetings keep the minutes' subject for reply matching."""
    db["items"].add_column("note", str)
    db["meetings"].add_column("subject", str)


@migrations()
def m003_invites(db: Database) -> None:
    """The follow-up invitation of each meeting (stable UID, SEQUENCE) and the attendees' answers."""
    db["invites"].create({"meeting_id": int, "uid": str, "sequence": int, "start": str, "end": str,
                          "location": str, "status": str, "updated_at": str}, pk="meeting_id")
    db["invites"].create_index(["uid"], unique=True)
    db["invite_responses"].create({"uid": str, "email": str, "partstat": str, "sequence": int, "at": str,
                                   "message_id": str}, pk=("uid", "email"))


@migrations()
def m004_daily_sends(db: Database) -> None:
    """Mail sent to each recipient per day, for the per-recipient daily cap (caps.py); `held` marks the day logged."""
    db["daily_sends"].create({"recipient": str, "day": str, "sent": int, "held": int}, pk=("recipient", "day"),
                             defaults={"sent": 0, "held": 0})


@migrations()
def m005_mail_lists(db: Database) -> None:
    """Mail that lists items of several meetings numbers them 1..N; a reply's 第3项 is the third of that list."""
    db["mail_lists"].create({"id": int, "created_at": str, "item_ids": str}, pk="id")


@migrations()
def m006_due_indexes(db: Database) -> None:
    """Indexes the timed jobs and `items` read through: open items by due time (a partial index whose WHERE clause
    the queries repeat word for word, store.OPEN_WHERE; the old NOT IN one was never chosen), done items by the
    time they were done (the weekly report)."""
    db.execute("DROP INDEX IF EXISTS idx_items_open_due")
    db.execute("CREATE INDEX idx_items_open ON items(due) WHERE status IN ('pending', 'confirmed', 'disputed')")
    db.execute("CREATE INDEX idx_items_done_at ON items(done_at) WHERE status = 'done'")


@migrations()
def m007_open_windows(db: Database) -> None:
    """Meetings remember which version's objection window was closed (window_closed); the partial index holds only
    meetings whose current window is still open, so closing windows reads those, not every meeting ever held."""
    db["meetings"].add_column("window_closed", int)
    db.execute("UPDATE meetings SET window_closed = version WHERE EXISTS (SELECT 1 FROM job_runs j WHERE "
               "j.job = 'objection_window' AND j.target = CAST(meetings.id AS TEXT) "
               "AND j.period = 'v' || meetings.version)")
    db.execute("CREATE INDEX idx_meetings_window_open ON meetings(objection_deadline) "
               "WHERE window_closed IS NOT version")


@migrations()
def m008_organisations(db: Database) -> None:
    """Each meeting belongs to the organisation of the daemon that stored it ([store] organisation; "" for rows
    stored before): the timed work and `items` of a daemon read only its organisation's meetings."""
    db["meetings"].add_column("organisation", str, not_null_default="")
    db["meetings"].create_index(["organisation"])


@migrations()
def m009_outbox_bytes(db: Database) -> None:
    """A mail's bytes live in outbox_bytes, apart from its outbox row (whose raw column stays, empty): SQLite rewrites
    a whole record on every UPDATE, so marking a mail sent, held or retried copied its 20-190 KB of bytes each time."""
    db["outbox_bytes"].create({"key": str, "raw": bytes}, pk="key", not_null={"raw"})
    db.execute("INSERT INTO outbox_bytes (key, raw) SELECT key, raw FROM outbox WHERE length(raw) > 0")
    db.execute("UPDATE outbox SET raw = X'' WHERE length(raw) > 0")


@migrations()
def m010_listing_indexes(db: Database) -> None:
    """`items` reads the open items it lists from one partial index that holds every column a CSV or a table shows
    (no lookup of a scattered table row per item), and an item's extensions from a partial index of those events
    only. PostgreSQL keeps idx_items_open alone: a B-tree entry there must fit in ~2.7 KB, which a long task would not."""
    if getattr(db, "dialect", "") != "postgresql":
        db.execute("CREATE INDEX idx_items_open_rows ON items(due, meeting_id, number, task, owner_name, owner_email, "
                   "department, due_date, due_text, flags, done_at, status, percent, note) "
                   "WHERE status IN ('pending', 'confirmed', 'disputed')")
    db.execute("CREATE INDEX idx_events_extend ON events(item_id) WHERE action = 'extend'")


@migrations()
def m011_claims_by_period(db: Database) -> None:
    """job_runs keyed (job, period, target): a morning's claims (chase, day, each item) then land side by side at the
    end of the key, not scattered over a year of an item's earlier claims (on a big store each claim dirtied a page of
    its own: a third of the chase's time). SQLite keeps the rows in that key alone (WITHOUT ROWID)."""
    if getattr(db, "dialect", "") == "postgresql":
        db.execute("ALTER TABLE job_runs DROP CONSTRAINT job_runs_pkey, ADD PRIMARY KEY (job, period, target)")
        return
    db.execute("CREATE TABLE job_runs_by_period (job TEXT, target TEXT, period TEXT, at TEXT, "
               "PRIMARY KEY (job, period, target)) WITHOUT ROWID")
    db.execute("INSERT INTO job_runs_by_period SELECT job, target, period, at FROM job_runs ORDER BY job, period, target")
    db.execute("DROP TABLE job_runs")
    db.execute("ALTER TABLE job_runs_by_period RENAME TO job_runs")

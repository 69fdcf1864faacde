"""The store: a real SQLite file (or, with --store postgresql, a real PostgreSQL database), migrations, ledger,
checkpoints and job claims."""
from datetime import datetime, timezone

from minutebot.storage.migrations import migrations
from minutebot.storage.store import Store

NOW = datetime(2024, 10, 10, 15, 0, tzinfo=timezone.utc)


def test_open_applies_the_schema_in_wal_mode(tmp_path):
    store = Store.open(tmp_path / "db" / "minutebot.db")
    assert {"meetings", "items", "events", "messages", "outbox", "job_runs", "checkpoints"} <= set(
        store.db.table_names())
    assert store.db.journal_mode == "wal"
    store.close()
    again = Store.open(tmp_path / "db" / "minutebot.db")     # reopening applies nothing twice
    assert len(list(again.db["_sqlite_migrations"].rows)) == len(migrations._migrations)


def test_the_ledger_remembers_message_ids(open_store, tmp_path):
    store = open_store()
    assert not store.seen("<a@x>")
    store.mark_seen("<a@x>", at=NOW, kind="minutes", outcome="ok")
    assert store.seen("<a@x>")


def test_checkpoint_round_trip(open_store, tmp_path):
    store = open_store()
    assert store.checkpoint("imap://x") == (None, None)
    store.save_checkpoint("imap://x", 1234, 56)
    assert store.checkpoint("imap://x") == (1234, 56)


def test_a_job_is_claimed_once_per_target_and_period(open_store, tmp_path):
    store = open_store()
    assert store.claim_job("chase", "item:1", "2024-10-10", NOW)
    assert not store.claim_job("chase", "item:1", "2024-10-10", NOW)
    assert store.claim_job("chase", "item:1", "2024-10-11", NOW)


def test_many_claims_at_once_claim_each_pair_once(open_store, tmp_path):
    """claim_jobs, as the chase uses it: what was claimed before (same job, target and period) is not claimed again,
    another period or job is, a pair asked twice is claimed once, and chunks past CLAIMS read every earlier claim."""
    store = open_store()
    with store.atomic():
        store.claim_job("chase", "item:2", "2024-10-10", NOW)
        store.claim_job("chase", "item:3", "2024-10-09", NOW)
        store.claim_job("remind", "item:4", "2024-10-10", NOW)
        store.claim_job("chase", "item:1200", "2024-10-10", NOW)
    wanted = [(f"item:{n}", "2024-10-10") for n in range(1, 1300)] + [("item:1", "2024-10-10")]
    with store.atomic():
        fresh = store.claim_jobs("chase", wanted, NOW)
    assert ("item:2", "2024-10-10") not in fresh and ("item:1200", "2024-10-10") not in fresh
    assert {("item:1", "2024-10-10"), ("item:3", "2024-10-10"), ("item:4", "2024-10-10")} <= fresh
    assert len(fresh) == 1299 - 2
    with store.atomic():
        assert store.claim_jobs("chase", wanted, NOW) == set()          # a second pass claims nothing
    assert not store.claim_job("chase", "item:700", "2024-10-10", NOW)
    assert store.claim_jobs("chase", [], NOW) == set()


def test_a_failed_transaction_leaves_nothing(open_store, tmp_path):
    store = open_store()
    try:
        with store.atomic():
            store.mark_seen("<b@x>", at=NOW, kind="minutes", outcome="ok")
            raise RuntimeError("crash in the middle")
    except RuntimeError:
        pass
    assert not store.seen("<b@x>")


def test_items_keep_flags_as_lists_and_events_keep_history(open_store, tmp_path):
    store = open_store()
    meeting_id = store.insert_meeting({"title": "周会", "organizer_email": "a@x.cn", "source_message_id": "<m@x>",
                                       "version": 1, "status": "open", "created_at": NOW.isoformat()})
    item_id = store.insert_item({"meeting_id": meeting_id, "number": 1, "task": "提交方案", "status": "pending",
                                 "flags": ["no_due"], "created_at": NOW.isoformat()})
    store.add_event(at=NOW, action="item_created", item_id=item_id, new={"task": "提交方案"})
    [item] = store.items(meeting_id)
    assert item["flags"] == ["no_due"]
    assert store.events(item_id)[0]["new"] == '{"task": "提交方案"}'


def test_a_nul_that_mail_carried_into_a_task_is_stored(open_store):
    """Quoted-printable =00 reaches a task; PostgreSQL text cannot hold NUL, so it is stored there as U+FFFD."""
    store = open_store()
    meeting_id = store.insert_meeting({"title": "周会\x00", "organizer_email": "a@x.cn", "source_message_id": "<n@x>",
                                       "version": 1, "status": "open", "created_at": NOW.isoformat()})
    store.insert_item({"meeting_id": meeting_id, "number": 1, "task": "升级\x00固件", "status": "pending",
                       "flags": [], "created_at": NOW.isoformat()})
    [item] = store.items(meeting_id)
    assert item["task"] == ("升级\ufffd固件" if store.postgres else "升级\x00固件")


def test_an_older_stores_queued_bytes_move_apart_from_their_outbox_rows(open_store):
    """Upgrading (migrations.m009): the bytes of mail queued before it move to outbox_bytes, and are sent from there."""
    from minutebot.sending import outbox
    store = open_store()
    store.db.execute("DROP TABLE outbox_bytes")                          # the store as m008 left it
    store.db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm009_outbox_bytes'")
    store.db.execute("INSERT INTO outbox (key, message_id, created_at, sender, recipients, raw, status, attempts, "
                     "next_attempt) VALUES ('ack:1', '<a1@x>', ?, 'bot@x', '[\"w@x\"]', ?, 'queued', 0, ?)",
                     [NOW.isoformat(), b"Message-ID: <a1@x>\r\n\r\nhello\r\n", NOW.isoformat()])
    if store.postgres:
        from minutebot.storage import pg_schema
        pg_schema.apply(store.db, migrations)
    else:
        migrations.apply(store.db)
    assert store.db.execute("SELECT length(raw) FROM outbox").fetchall() == [(0,)]
    transport = KeepingTransport()
    assert outbox.drain(store, transport, NOW).sent == 1
    assert transport.sent == [b"Message-ID: <a1@x>\r\n\r\nhello\r\n"]


def test_an_older_stores_claims_are_kept_under_their_new_key(open_store):
    """Upgrading (migrations.m011): job_runs keyed (job, target, period) becomes (job, period, target) with every
    claim kept, so nothing claimed before the upgrade runs again."""
    store = open_store()
    store.db.execute("DROP TABLE job_runs")                              # the table as m001 made it
    store.db.execute("CREATE TABLE job_runs (job TEXT, target TEXT, period TEXT, at TEXT, "
                     "PRIMARY KEY (job, target, period))")
    store.db.execute("DELETE FROM _sqlite_migrations WHERE name = 'm011_claims_by_period'")
    for day in ("2024-10-09", "2024-10-10"):
        store.db.execute("INSERT INTO job_runs (job, target, period, at) VALUES ('chase', 'item:1', ?, ?)",
                         [day, NOW.isoformat()])
    if store.postgres:
        from minutebot.storage import pg_schema
        pg_schema.apply(store.db, migrations)
    else:
        migrations.apply(store.db)
    assert store.claimed("chase", "item:1", "2024-10-09") and store.claimed("chase", "item:1", "2024-10-10")
    with store.atomic():
        assert store.claim_jobs("chase", [("item:1", "2024-10-10"), ("item:1", "2024-10-11")], NOW) == \
            {("item:1", "2024-10-11")}


class KeepingTransport:
    def __init__(self):
        self.sent = []

    def send(self, sender, recipients, raw):
        self.sent.append(raw)

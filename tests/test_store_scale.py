"""What keeps the store's cost to what is due: the open-items partial index, the queries that must use it, and
reads that come in batches (the scale benches, benches/bench_scale.py, measure the time)."""
import re
from datetime import datetime, timezone

from minutebot.storage.store import OPEN_WHERE, Store

NOW = datetime(2024, 10, 10, 15, 0, tzinfo=timezone.utc)
STATUSES = ("pending", "confirmed", "disputed", "done", "cancelled")


def filled(tmp_path, count=40) -> Store:
    store = Store.open(tmp_path / "minutebot.db")
    with store.atomic():
        for meeting in (1, 2):
            store.insert_meeting({"id": meeting, "title": f"m{meeting}", "organizer_email": "o@x.cn",
                                  "source_message_id": f"<m{meeting}@x>", "created_at": NOW.isoformat()})
        for n in range(count):
            item_id = store.insert_item({"meeting_id": 2 - n % 2, "number": n, "task": f"t{n}",
                                         "status": STATUSES[n % 5], "due": f"2024-10-{n % 28 + 1:02d}T18:00:00+08:00",
                                         "due_date": f"2024-10-{n % 28 + 1:02d}", "created_at": NOW.isoformat()})
            store.add_event(at=NOW, action="item_created", meeting_id=2 - n % 2, item_id=item_id, new={"n": n})
    return store


def plan(store: Store, sql: str, params: list) -> str:
    return " / ".join(row[3] for row in store.db.execute("EXPLAIN QUERY PLAN " + sql, params))


def test_the_old_unused_index_is_replaced_by_one_the_planner_takes_for_open_items_by_due(tmp_path):
    store = filled(tmp_path)
    names = {row[0] for row in store.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "idx_items_open" in names and "idx_items_open_due" not in names
    # without any hint, the planner reads open items due by a time through the partial index, not every item
    assert re.search(r"USING (COVERING )?INDEX idx_items_open(_rows)? \(due<\?\)",
                     plan(store, f"SELECT id FROM items WHERE {OPEN_WHERE} AND due < ?", ["2024-10-05"]))
    assert "idx_items_open" not in plan(store, "SELECT id FROM items WHERE status = 'done' AND due < ?", ["2024-10-05"])


def test_open_items_are_the_open_ones_matching_in_meeting_order(tmp_path):
    store = filled(tmp_path)
    rows = store.open_items("due <= ?", ["2024-10-10T23:59"])
    assert rows and all(r["status"] in STATUSES[:3] and r["due"] <= "2024-10-10T23:59" for r in rows)
    assert [(r["meeting_id"], r["number"]) for r in rows] == sorted((r["meeting_id"], r["number"]) for r in rows)
    every = [r for r in store.items() if r["status"] in STATUSES[:3] and r["due"] <= "2024-10-10T23:59"]
    assert sorted(r["id"] for r in rows) == sorted(r["id"] for r in every)


def test_items_are_streamed_in_meeting_order_and_meetings_read_by_batch(tmp_path):
    store = filled(tmp_path, count=25)
    streamed = list(store.iter_items("1", []))
    assert [r["id"] for r in streamed] == [r["id"] for r in store.items()]
    assert set(store.meetings_by_id([2, 1, 2, 7])) == {1, 2}


def test_the_overdue_listing_reads_one_covering_index_and_only_the_extensions(tmp_path):
    """`items --status overdue` as a CSV: the items and their columns come from the open items' covering index, the
    meeting by its key, the extensions from their own partial index: no item row outside what is listed is read."""
    from minutebot.admin.exports import BRIEF_COLUMNS, EXTENSIONS
    store = filled(tmp_path)
    where = f"{OPEN_WHERE} AND due < ?"
    listing = plan(store, f"SELECT {', '.join('i.' + c for c in BRIEF_COLUMNS)}, m.title FROM (SELECT * FROM items "
                          f"INDEXED BY idx_items_open_rows WHERE {where}) i JOIN meetings m ON m.id = i.meeting_id",
                   ["2024-10-05"])
    assert "SEARCH items USING COVERING INDEX idx_items_open_rows (due<?)" in listing
    assert "USING INTEGER PRIMARY KEY" in listing and "SCAN" not in listing
    extensions = plan(store, f"SELECT item_id FROM events WHERE item_id IN (SELECT id FROM items INDEXED BY "
                             f"idx_items_open_rows WHERE {where}){EXTENSIONS}", ["2024-10-05"])
    assert "SEARCH events USING INDEX idx_events_extend (item_id=?)" in extensions and "SCAN" not in extensions


def test_a_claim_can_be_looked_up_without_claiming(tmp_path):
    store = Store.open(tmp_path / "minutebot.db")
    assert not store.claimed("weekly", "o@x.cn", "2024-W41")
    store.claim_job("weekly", "o@x.cn", "2024-W41", NOW)
    assert store.claimed("weekly", "o@x.cn", "2024-W41") and not store.claimed("weekly", "o@x.cn", "2024-W42")


def test_a_claim_reads_only_the_periods_it_asks_for_not_a_targets_whole_history(tmp_path):
    """An item chased every working day for a year has ~250 claims: today's claim looks up (job, target, period)
    in the key, and finds an earlier claim of the same day."""
    store = Store.open(tmp_path / "minutebot.db")
    with store.atomic():
        store.claim_jobs("chase", [("item:1", f"2024-{m:02d}-{d:02d}") for m in range(1, 10) for d in range(1, 29)], NOW)
    statements = []
    store.db.conn.set_trace_callback(statements.append)
    with store.atomic():
        fresh = store.claim_jobs("chase", [("item:1", "2024-10-10"), ("item:1", "2024-09-03"), ("item:2", "2024-10-10")],
                                 NOW)
    store.db.conn.set_trace_callback(None)
    assert fresh == {("item:1", "2024-10-10"), ("item:2", "2024-10-10")}
    [lookup] = [s for s in statements if s.startswith("SELECT target, period FROM job_runs")]
    [key] = re.findall(r"\((job=\?[^)]*)\)", plan(store, lookup, []))
    assert sorted(key.split(" AND ")) == ["job=?", "period=?", "target=?"]


def test_a_days_claims_are_keyed_side_by_side_by_period(tmp_path):
    """The claims of one job and day sort together in job_runs' key (job, period, target), so a morning's thousands
    of claims fill a few pages at the key's end instead of one page each among a year of earlier claims."""
    store = Store.open(tmp_path / "minutebot.db")
    assert "PRIMARY KEY (job, period, target)) WITHOUT ROWID" in store.db.execute(
        "SELECT sql FROM sqlite_master WHERE name = 'job_runs'").fetchone()[0]


def test_a_closed_window_leaves_the_open_window_index_and_a_correction_reopens_it(bot, now):
    from datetime import timedelta
    from conftest import MINUTES, mail
    from minutebot.timed.jobs import WINDOW_OPEN
    open_windows = lambda: bot.app.store.db.execute(f"SELECT count(*) FROM meetings WHERE {WINDOW_OPEN}").fetchone()[0]
    bot.drop(mail(MINUTES))
    bot.tick(now)
    assert open_windows() == 1
    bot.tick(now + timedelta(days=1))                          # past the objection deadline: closed, and remembered
    assert open_windows() == 0
    bot.app.store.update_meeting(1, {"version": 2})            # what a corrected re-send does to the meeting
    assert open_windows() == 1


def test_the_jobs_read_open_item_ids_from_the_covering_index_not_the_item_rows(tmp_path):
    """chase's and the digest's id queries (store.open_ids) read no item row: each open item due by the slot is one
    entry of idx_items_open_rows, with the same ids in the same order as the rows themselves."""
    store = filled(tmp_path)
    where = "owner_email IS NULL AND due <= ? AND due_date IS NOT NULL"
    sent = []
    store.db.conn.set_trace_callback(sent.append)
    ids = store.open_ids(where, ["2024-10-10T23:59"])
    store.db.conn.set_trace_callback(None)
    assert "SEARCH items USING COVERING INDEX idx_items_open_rows (due<?)" in plan(store, sent[-1], [])
    rows = store.open_items(where, ["2024-10-10T23:59"])
    assert ids and [row[0] for row in ids] == [row["id"] for row in rows]

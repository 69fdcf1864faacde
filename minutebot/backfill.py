"""`minutebot backfill`: import a folder of past mail as if the bot had been CC'd all along, but mail nobody.

    result = backfill(app, inbox, now=now, since=date(2024, 9, 1), progress=Progress(sys.stderr, tty=True))

Each message goes down the daemon's own path (handle.handle_message) with a quiet App, at the time its Date header
gives: meetings, items, versions and the replies' changes are stored as they happened, and the Message-ID ledger
takes each message once (a second backfill, or the daemon meeting the same mail later, changes nothing). No recap,
ack or invite is queued. Each imported meeting's objection window is closed quietly (视为无异议 at its deadline, or at
`now` when that is still ahead: nobody saw a recap), so no organizer gets a window mail about an import.

Items of the imported meetings still open and due before the backfill day are then archived (backfill_first_run.py):
no job chases them, unless `keep_open`. The others are like any item from `now` on; the first digest or chase slot
after the import tells each organizer what will be chased, capped at policy.backfill_chase_cap.

The folder is only read: nothing is moved, flagged or checkpointed.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date, datetime
from email.parser import BytesParser
from email.policy import compat32
from email.utils import parsedate_to_datetime

from minutebot import backfill_first_run, jobs
from minutebot.app import App
from minutebot.errors import MinutebotError
from minutebot.handle import ALREADY, handle_message

log = logging.getLogger("minutebot.backfill")
PAGE = 100


@dataclass
class BackfillResult:
    read: int = 0
    handled: int = 0          # new to the ledger and handled
    already: int = 0          # handled before (ledger)
    older: int = 0            # dated before --since
    failed: int = 0           # unreadable or failing: logged, left in the folder
    windows_closed: int = 0
    archived: int | None = 0      # open items due before the backfill day, archived; None with --keep-open

    def __str__(self) -> str:
        kept = "overdue items kept open (--keep-open)" if self.archived is None else \
            f"{self.archived} item(s) due before today archived (not chased)"
        return (f"backfill: read {self.read} message(s): {self.handled} handled, {self.already} already handled, "
                f"{self.older} before --since, {self.failed} failed; {self.windows_closed} objection window(s) "
                f"closed; {kept}; no mail queued")


def backfill(app: App, inbox, *, now: datetime, since: date | None = None, progress=None,
             keep_open: bool = False) -> BackfillResult:
    """Handle every message of the folder, oldest first, with no mail sent; see the module docstring."""
    quiet, result, touched = replace(app, quiet=True), BackfillResult(), set()
    first_new = (app.store.db.execute("SELECT max(id) FROM meetings").fetchone()[0] or 0) + 1
    total, messages = scan(inbox, now)
    if progress:
        progress.start(total)
    for incoming in messages:
        result.read += 1
        when = message_time(incoming.raw, now)
        if since and when.astimezone(app.tz).date() < since:
            result.older += 1
        else:
            meeting_id = _handle(incoming, quiet, when, result)
            if meeting_id:
                touched.add(meeting_id)
        if progress:
            progress.step(result.read)
    if progress:
        progress.finish(result.read)
    result.windows_closed = sum(_close_window(quiet, meeting_id, now) for meeting_id in sorted(touched))
    imported = [meeting_id for meeting_id in sorted(touched) if meeting_id >= first_new]
    result.archived = None if keep_open else backfill_first_run.archive_overdue(app, imported, now)
    backfill_first_run.remember(app.store, imported, now)
    return result


def _handle(incoming, app: App, when: datetime, result: BackfillResult) -> int | None:
    try:
        outcome = handle_message(incoming.raw, app, when)
    except MinutebotError as exc:
        result.failed += 1
        log.error("message %s not imported: %s", incoming.key, exc)
        return None
    except Exception:                                   # a bug in one message must not stop the import
        result.failed += 1
        log.exception("message %s not imported after an internal error", incoming.key)
        return None
    log.info("%s", outcome)
    if outcome.action == ALREADY:
        result.already += 1
        return None
    if outcome.kind == "reply" and outcome.meeting_id is None:
        app.store.forget(outcome.message_id)        # its minutes may come with a later, wider backfill
    result.handled += 1
    return outcome.meeting_id


def scan(inbox, now: datetime) -> tuple[int | None, object]:
    """(how many, an iterator over every message oldest first), leaving them where they are.

    IMAP pages by UID past the last one read (BODY.PEEK: no \\Seen), in arrival order; the count is known when the
    inbox offers count(). A Maildir has no UIDs to page by, so its folder is read at once and put in Date order
    (file times say when the files were copied, not when the mail was written)."""
    if inbox.uidvalidity is None:
        messages = sorted(inbox.fetch_new(None, limit=10**9), key=lambda m: message_time(m.raw, now))
        return len(messages), iter(messages)
    count = getattr(inbox, "count", None)
    return (count() if count else None), _pages(inbox)


def _pages(inbox):
    after = None
    while True:
        page = inbox.fetch_new(after, PAGE)
        yield from page
        if len(page) < PAGE:
            return
        after = page[-1].uid


def message_time(raw: bytes, now: datetime) -> datetime:
    """When the message was written (its Date header), never later than `now`; `now` when there is no usable Date."""
    try:
        header = BytesParser(policy=compat32).parsebytes(raw, headersonly=True)["Date"]
        when = parsedate_to_datetime(str(header)) if header else None
    except (TypeError, ValueError, IndexError):
        when = None
    if when is None:
        return now
    when = when.replace(tzinfo=now.tzinfo) if when.tzinfo is None else when.astimezone(now.tzinfo)
    return min(when, now)


def _close_window(app: App, meeting_id: int, now: datetime) -> int:
    """Close an imported meeting's objection window quietly (the App is quiet) at its deadline, or at `now` when
    that is still ahead: nobody saw a recap to object to, and the organizer must get no window mail later."""
    meeting = app.store.meeting(meeting_id)
    deadline = datetime.fromisoformat(meeting["objection_deadline"])
    return jobs.close_window(app, meeting_id, meeting["version"], min(deadline, now))


class Progress:
    """A bar rewritten in place on a terminal; elsewhere (a log, a pipe) a plain count line every PAGE messages."""

    def __init__(self, out, *, tty: bool, width: int = 30):
        self.out, self.tty, self.width, self.total = out, tty, width, None

    def start(self, total: int | None) -> None:
        self.total = total
        if not self.tty:
            self.out.write(f"backfill: {total if total is not None else 'an unknown number of'} message(s) to read\n")

    def step(self, done: int) -> None:
        if self.tty:
            self.out.write("\r" + self._bar(done))
            self.out.flush()
        elif done % PAGE == 0:
            self.out.write(f"backfill: {done}{'/' + str(self.total) if self.total is not None else ''} read\n")

    def finish(self, done: int) -> None:
        self.out.write(("\r" + self._bar(done) if self.tty else f"backfill: {done} read") + "\n")

    def _bar(self, done: int) -> str:
        if not self.total:
            return f"backfill {done} read"
        filled = self.width * done // self.total
        return f"backfill [{'#' * filled}{'-' * (self.width - filled)}] {done}/{self.total} {100 * done // self.total:3d}%"

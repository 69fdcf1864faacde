"""The daemon loop and the single pass it repeats (also what `tick` runs once).

    one_pass(app, inbox, transport, now): intake -> timed jobs -> drain the outbox

`now` is read once per pass, here, and handed down. `run()` waits for mail (IMAP IDLE or polling) between passes and
stops cleanly on SIGTERM/SIGINT: a signal that arrives while a message is being handled lets it finish first. A
database that cannot be written (disk full, held by another writer past the busy timeout) ends the pass with a
StoreError: one log line, a pause, another try; the mail waits in the inbox meanwhile.
"""
from __future__ import annotations

import logging
import signal
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

import schedule

from mailer.inbox import InboxError
from minutebot.inbound import intake
from minutebot.sending import outbox
from minutebot.storage import store
from minutebot.storage.lease import STANDBY_SECONDS, MailboxLease
from minutebot.timed import jobs
from minutebot.timed.budget import Budget
from minutebot.app import App
from minutebot.errors import StoreError
from minutebot.faults import maybe_crash

if TYPE_CHECKING:
    from minutebot.inbound.handle import Outcome     # (intake imports handle with the first message)

log = logging.getLogger("minutebot.inbound.daemon")
DRAIN_SLICE = 0.5            # seconds of sending per daemon pass before the inbox is looked at again
JOBS_SLICE = 0.5             # seconds of timed work (a big store's morning) per pass before the inbox is read again


@dataclass(frozen=True)
class PassResult:
    outcomes: list[Outcome] = field(default_factory=list)
    jobs: dict[str, int] = field(default_factory=dict)
    sent: outbox.DrainResult = outbox.DrainResult()
    jobs_more: bool = False                    # a job stopped at its slice with work left (the next pass goes on)

    @property
    def more(self) -> bool:
        return self.sent.more or self.jobs_more


def one_pass(app: App, inbox, transport, now: datetime, drain_seconds: float = 0,
             jobs_seconds: float = 0) -> PassResult:
    """`drain_seconds` > 0 bounds the sending, `jobs_seconds` > 0 the timed jobs (the daemon's slices: a long queue
    or a big store's morning is done over several passes, and mail that arrives meanwhile is read between them);
    `tick` does everything."""
    now = now.astimezone(app.tz)
    with _store_errors(app):
        outcomes = intake.process_new(inbox, app, now)
        maybe_crash("pass.intake_done")
        budget = Budget.of(jobs_seconds)
        done = jobs.run_due(app, now, budget)
        return PassResult(outcomes, done, _drain(app, transport, now, drain_seconds), budget.cut)


@contextmanager
def _store_errors(app: App):
    """Database errors that are about the database itself (file or server) become one StoreError naming the fix."""
    try:
        yield
    except app.store.errors as exc:
        failure = store.failure(exc, app.store.where)
        if failure:
            raise failure from None
        raise


class Stop(Exception):
    """Raised out of a wait when SIGTERM/SIGINT arrives."""


class _Signals:
    """Turns SIGTERM/SIGINT into a flag; interrupts only a wait, never the handling of a message."""

    def __init__(self):
        self.stop = False
        self.waiting = False

    def install(self) -> None:
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, self._on_signal)

    def _on_signal(self, signum, frame) -> None:
        log.info("signal %s: stopping after the current step", signum)
        self.stop = True
        if self.waiting:
            raise Stop()


def run(app: App, inbox, transport, clock=None, wait_seconds: float | None = None) -> int:
    """Serve until a signal arrives. Returns the exit code (0 on a clean stop)."""
    clock = clock or (lambda: datetime.now(app.tz))
    signals = _Signals()
    signals.install()
    wait = wait_seconds if wait_seconds is not None else _wait_seconds(app, inbox)
    lease = MailboxLease(app.store, app.config.inbox_url)
    try:
        while _await_turn(app, lease, signals) and not _serve(app, inbox, transport, clock, wait, signals, lease):
            log.warning("lost the lease on %s (its database session ended): standing by", lease.mailbox)
    finally:
        lease.release()
    log.info("minutebot stopped")
    return 0


def _await_turn(app: App, lease: MailboxLease, signals: _Signals) -> bool:
    """Stand by while another daemon works on this mailbox (storage/lease.py); False when a signal ends this one."""
    standing_by = False
    while not signals.stop:
        try:
            if lease.take():
                if standing_by:
                    log.warning("taking over %s: the daemon that worked on it is gone", lease.mailbox)
                return True
        except app.store.errors as exc:                 # the database is away: ask again later
            log.error("%s", store.failure(exc, app.store.where) or exc)
        if not standing_by:
            log.info("standby: another minutebot works on %s; asking again every %.0f s", lease.mailbox,
                     STANDBY_SECONDS)
            standing_by = True
        try:
            signals.waiting = True
            time.sleep(STANDBY_SECONDS)
        except Stop:
            return False
        finally:
            signals.waiting = False
    return False


def _serve(app: App, inbox, transport, clock, wait: float, signals: _Signals, lease: MailboxLease) -> bool:
    """Passes until a signal (True) or until the lease is lost (False: another daemon may work now)."""
    heartbeat = schedule.Scheduler()
    heartbeat.every(30).seconds.do(lambda: _jobs_and_outbox(app, transport, clock()))
    log.info("minutebot running: inbox %s, outbox %s", app.config.inbox_url, app.config.outbox_url)
    while not signals.stop:
        try:
            with _store_errors(app):
                if not lease.take():
                    return False
            result = one_pass(app, inbox, transport, clock(), DRAIN_SLICE, JOBS_SLICE)
            heartbeat.run_pending()
            if signals.stop:
                break
            if result.more:                            # more to send or to chase: look at the inbox, then go on at once
                continue
            signals.waiting = True
            inbox.wait(wait)
        except Stop:
            break
        except (OSError, InboxError) as exc:           # the server went away: reconnect, then carry on
            signals.waiting = False
            log.warning("inbox connection lost (%s); reconnecting", exc)
            if not _reconnect(inbox, signals):
                break
        except StoreError as exc:                      # disk full, database held too long: pause, then try again
            signals.waiting = False
            log.error("%s", exc)
            if not _pause(inbox, signals, wait):
                break
        finally:
            signals.waiting = False
    return True


def _pause(inbox, signals: _Signals, seconds: float) -> bool:
    """Wait before trying the database again; False when a signal ends the daemon meanwhile."""
    try:
        signals.waiting = True
        inbox.wait(seconds)
        return True
    except Stop:
        return False
    except (OSError, InboxError):                      # the next pass reconnects
        return True
    finally:
        signals.waiting = False


def _reconnect(inbox, signals: _Signals) -> bool:
    """Reconnect with the inbox's own backoff; a signal during the wait ends the daemon instead."""
    try:
        signals.waiting = True
        inbox.reconnect()
        return True
    except Stop:
        return False
    finally:
        signals.waiting = False


def _jobs_and_outbox(app: App, transport, now: datetime) -> None:
    with _store_errors(app):
        jobs.run_due(app, now, Budget.of(JOBS_SLICE))
        _drain(app, transport, now, DRAIN_SLICE)


def _drain(app: App, transport, now: datetime, seconds: float = 0) -> outbox.DrainResult:
    return outbox.drain(app.store, transport, now, cap=app.config.policy.max_mails_per_recipient_per_day,
                        seconds=seconds)


def _wait_seconds(app: App, inbox) -> float:
    """IMAP waits in IDLE (woken by the server); Maildir has no push, so it polls every few seconds."""
    if inbox.uidvalidity is None:
        return min(5.0, float(app.config.inbox.poll_seconds))
    return float(app.config.inbox.poll_seconds)


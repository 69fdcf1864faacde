"""The daemon loop and the single pass it repeats (also what `tick` runs once).

    one_pass(app, inbox, transport, now): intake -> timed jobs -> drain the outbox

`now` is read once per pass, here, and handed down. `run()` waits for mail (IMAP IDLE or polling) between passes and
stops cleanly on SIGTERM/SIGINT: a signal that arrives while a message is being handled lets it finish first.
"""
from __future__ import annotations

import logging
import signal
from dataclasses import dataclass, field
from datetime import datetime

import schedule

from mailer.inbox import InboxError
from minutebot import intake, jobs, outbox
from minutebot.app import App
from minutebot.handle import Outcome

log = logging.getLogger("minutebot.daemon")


@dataclass(frozen=True)
class PassResult:
    outcomes: list[Outcome] = field(default_factory=list)
    jobs: dict[str, int] = field(default_factory=dict)
    sent: outbox.DrainResult = outbox.DrainResult()


def one_pass(app: App, inbox, transport, now: datetime) -> PassResult:
    now = now.astimezone(app.tz)
    outcomes = intake.process_new(inbox, app, now)
    done = jobs.run_due(app, now)
    return PassResult(outcomes, done, outbox.drain(app.store, transport, now))


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
    heartbeat = schedule.Scheduler()
    heartbeat.every(30).seconds.do(lambda: _jobs_and_outbox(app, transport, clock()))
    wait = wait_seconds if wait_seconds is not None else _wait_seconds(app, inbox)
    log.info("minutebot running: inbox %s, outbox %s", app.config.inbox_url, app.config.outbox_url)
    while not signals.stop:
        try:
            one_pass(app, inbox, transport, clock())
            heartbeat.run_pending()
            if signals.stop:
                break
            signals.waiting = True
            inbox.wait(wait)
        except Stop:
            break
        except (OSError, InboxError) as exc:           # the server went away: reconnect, then carry on
            signals.waiting = False
            log.warning("inbox connection lost (%s); reconnecting", exc)
            if not _reconnect(inbox, signals):
                break
        finally:
            signals.waiting = False
    log.info("minutebot stopped")
    return 0


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
    jobs.run_due(app, now)
    outbox.drain(app.store, transport, now)


def _wait_seconds(app: App, inbox) -> float:
    """IMAP waits in IDLE (woken by the server); Maildir has no push, so it polls every few seconds."""
    if inbox.uidvalidity is None:
        return min(5.0, float(app.config.inbox.poll_seconds))
    return float(app.config.inbox.poll_seconds)


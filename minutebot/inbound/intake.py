"""Each new message once: fetch a batch past the checkpoint, handle each, move the batch, advance the checkpoint.

The ledger (Message-IDs in the store) makes handling idempotent; the checkpoint (UIDVALIDITY + last UID) keeps IMAP
from re-sending the whole folder. Each message is handled in its own transaction; the batch is then acknowledged
together, one move per destination folder (IMAP: one UID MOVE by UID set), and the checkpoint saved once. The moves
and the checkpoint come after the commits, so a crash between them means only that the batch is fetched again and
its handled messages skipped by the ledger. Any error for one message parks it in Failed with one log line; the
loop carries on.
"""
from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from minutebot.app import App
from minutebot.storage import store
from minutebot.errors import MinutebotError
from minutebot.faults import maybe_crash

if TYPE_CHECKING:                     # handle (and the parsers behind it) is imported with the first message to handle:
    from minutebot.inbound.handle import Outcome     # a pass with an empty inbox (a morning's jobs) never loads it

log = logging.getLogger("minutebot.inbound.intake")
FAILED_FOLDER = "Failed"


def process_new(inbox, app: App, now: datetime, batch: int = 100) -> list[Outcome]:
    """Handle everything waiting in the inbox; returns one Outcome per handled message."""
    name = inbox_name(app)
    outcomes = []
    while True:
        messages = inbox.fetch_new(_after_uid(inbox, app, name), batch)
        destinations: dict[str, list[str]] = {}
        for incoming in messages:
            maybe_crash("intake.fetched")
            outcome, folder = _handle_one(incoming, app, now)
            if outcome:
                outcomes.append(outcome)
            destinations.setdefault(folder, []).append(incoming.key)
        maybe_crash("intake.batch_handled")
        _acknowledge(inbox, destinations)
        _advance_checkpoint(inbox, app, name, messages)
        if len(messages) < batch:
            return outcomes


def _handle_one(incoming, app: App, now: datetime) -> tuple[Outcome | None, str]:
    """Handle one message (its own transaction); returns its outcome and the folder it goes to."""
    from minutebot.inbound.handle import handle_message
    try:
        outcome = handle_message(incoming.raw, app, now)
    except MinutebotError as exc:
        log.error("message %s parked in %s: %s", incoming.key, FAILED_FOLDER, exc)
        return None, FAILED_FOLDER
    except Exception as exc:                            # a bug must not stop the daemon: park the message
        if store.failure(exc, app.store.where):      # …but a full disk is not the message's fault: keep it
            raise
        log.exception("message %s parked in %s after an internal error", incoming.key, FAILED_FOLDER)
        return None, FAILED_FOLDER
    log.info("%s", outcome)
    maybe_crash("intake.handled")
    return outcome, app.config.inbox.processed_folder


def _acknowledge(inbox, destinations: dict[str, list[str]]) -> None:
    """Move the handled batch away: one move per destination folder."""
    for folder, keys in destinations.items():
        inbox.move_many(keys, folder)
        maybe_crash("intake.moved")


def _advance_checkpoint(inbox, app: App, name: str, messages) -> None:
    """Save the batch's highest UID (IMAP only; Maildir has none), once the batch is moved."""
    uids = [incoming.uid for incoming in messages if incoming.uid is not None]
    if uids:
        app.store.save_checkpoint(name, inbox.uidvalidity, max(uids))
        maybe_crash("intake.checkpointed")


def _after_uid(inbox, app: App, name: str) -> int | None:
    """The last UID handled, unless the server's UIDVALIDITY changed (then start over; the ledger dedups)."""
    uidvalidity, last_uid = app.store.checkpoint(name)
    if inbox.uidvalidity is None or uidvalidity != inbox.uidvalidity:
        return None
    return last_uid


def inbox_name(app: App) -> str:
    """The checkpoint key: the inbox url without any secret (urls never carry passwords anyway)."""
    return app.config.inbox_url

"""Each new message once: fetch past the checkpoint, handle, move, advance the checkpoint.

The ledger (Message-IDs in the store) makes handling idempotent; the checkpoint (UIDVALIDITY + last UID) keeps IMAP
from re-sending the whole folder. The move and the checkpoint come after the commit, so a crash between them means
only that the message is fetched again and skipped by the ledger. Any error for one message parks it in Failed with
one log line; the loop carries on.
"""
from __future__ import annotations

import logging
from datetime import datetime

from minutebot.app import App
from minutebot.storage import store
from minutebot.errors import MinutebotError
from minutebot.faults import maybe_crash
from minutebot.inbound.handle import Outcome, handle_message

log = logging.getLogger("minutebot.inbound.intake")
FAILED_FOLDER = "Failed"


def process_new(inbox, app: App, now: datetime, batch: int = 100) -> list[Outcome]:
    """Handle everything waiting in the inbox; returns one Outcome per handled message."""
    name = inbox_name(app)
    outcomes = []
    while True:
        messages = inbox.fetch_new(_after_uid(inbox, app, name), batch)
        for incoming in messages:
            maybe_crash("intake.fetched")
            outcome = _handle_one(incoming, inbox, app, now)
            if outcome:
                outcomes.append(outcome)
            if incoming.uid is not None:
                app.store.save_checkpoint(name, inbox.uidvalidity, incoming.uid)
                maybe_crash("intake.checkpointed")
        if len(messages) < batch:
            return outcomes


def _handle_one(incoming, inbox, app: App, now: datetime) -> Outcome | None:
    processed = app.config.inbox.processed_folder
    try:
        outcome = handle_message(incoming.raw, app, now)
    except MinutebotError as exc:
        log.error("message %s parked in %s: %s", incoming.key, FAILED_FOLDER, exc)
        inbox.move(incoming.key, FAILED_FOLDER)
        return None
    except Exception as exc:                            # a bug must not stop the daemon: park the message
        if store.failure(exc, app.store.where):      # …but a full disk is not the message's fault: keep it
            raise
        log.exception("message %s parked in %s after an internal error", incoming.key, FAILED_FOLDER)
        inbox.move(incoming.key, FAILED_FOLDER)
        return None
    log.info("%s", outcome)
    maybe_crash("intake.handled")
    inbox.move(incoming.key, processed)
    maybe_crash("intake.moved")
    return outcome


def _after_uid(inbox, app: App, name: str) -> int | None:
    """The last UID handled, unless the server's UIDVALIDITY changed (then start over; the ledger dedups)."""
    uidvalidity, last_uid = app.store.checkpoint(name)
    if inbox.uidvalidity is None or uidvalidity != inbox.uidvalidity:
        return None
    return last_uid


def inbox_name(app: App) -> str:
    """The checkpoint key: the inbox url without any secret (urls never carry passwords anyway)."""
    return app.config.inbox_url

"""Timed jobs commit their units (one owner's chase, one organizer's digest) in batches of UNITS to a transaction.

Each unit still claims what it does in job_runs in the same transaction as its mail; a batch only shares the commit,
which on a big store's first morning cost more CPU than composing a mail (~0.13 ms of WAL writes each). A crash or a
failure inside a batch rolls back all of it, claims and mails together, and the next pass does it again.
"""
from __future__ import annotations

from itertools import islice
from typing import Callable, Iterable, TypeVar

from minutebot.app import App
from minutebot.timed.budget import Budget

UNITS = 50                    # units a transaction: the write lock is held a few tens of milliseconds at most
Unit = TypeVar("Unit")


def in_batches(app: App, units: Iterable[Unit], budget: Budget, work: Callable[[Unit], int]) -> int:
    """work(unit) for each unit, UNITS to a transaction, stopping after the unit that spends the budget; the sum of
    what work returned (mails queued)."""
    units, done = iter(units), 0
    while True:
        count = 0
        with app.store.atomic():
            for unit in islice(units, UNITS):
                count += 1
                done += work(unit)
                if budget.used():
                    return done
        if count < UNITS:
            return done

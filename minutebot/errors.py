"""The one family of errors the core raises on purpose: each says what is wrong and how to fix it.

The CLI prints them as one line (exit 2 for bad usage or input, 1 at run time); intake parks the message that
caused one in Failed and carries on. Anything else is a bug and is logged with its traceback, never shown to a user.
"""
from __future__ import annotations


class MinutebotError(Exception):
    exit_code = 1

    def __init__(self, what: str, fix: str = ""):
        super().__init__(what)
        self.what, self.fix = what, fix

    def __str__(self) -> str:
        return f"{self.what}; {self.fix}" if self.fix else self.what


class ConfigError(MinutebotError):
    """The config file, roster or holidays file is wrong."""
    exit_code = 2


class UsageError(MinutebotError):
    """A command was called wrongly or given a file it cannot use."""
    exit_code = 2


class MessageError(MinutebotError):
    """One incoming message cannot be handled; it is parked in Failed."""


class StoreError(MinutebotError):
    """The database cannot be written now (another writer past the busy timeout, disk full, I/O error). Nothing of
    the message or job that hit it was kept: the mail stays in the inbox; the daemon retries, `tick` exits 1."""

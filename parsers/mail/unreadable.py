"""Why an attached file could not be read: the one error every attachment reader raises, with a reason code the core
turns into an answer to the sender (templates unreadable.*).

    raise Unreadable("attachment '纪要.pdf' is an encrypted PDF", "encrypted", "纪要.pdf")
"""
from __future__ import annotations

REASONS = ("too_big", "bomb", "broken", "encrypted", "no_text", "image", "legacy_word")


class Unreadable(ValueError):
    """An attachment that looks like minutes but cannot be read; the message says why, `reason` is one of REASONS."""

    def __init__(self, message: str, reason: str = "broken", filename: str = ""):
        super().__init__(message)
        self.reason = reason if reason in REASONS else "broken"
        self.filename = filename

"""Pure parsers: raw mail bytes + reference data in, a ParsedMessage out. The one entry point:

    parsed = parse_message(raw, tz=ZoneInfo("Asia/Shanghai"), roster=roster, calendar=WorkdayCalendar())
    parsed.kind          # minutes | reply | other | auto
    parsed.items         # numbered action items (minutes)
    parsed.as_json()     # SPEC section 5

The steps, in order: decode the MIME (mime), say whether a machine wrote it (auto), pick the text to read
(the whole body, or only the new text of a reply), read it as minutes (minutes), decide the kind
(classify), then fill in the meeting or the reply. Only bytes that are not mail at all raise MailError. How much of a
message is read is bounded by `limits` (parsers/limits.py), so a hostile mail costs no more than a big real one.
"""
from __future__ import annotations

__all__ = ["parse_message"]


def __getattr__(name: str):
    """`from parsers import parse_message` loads the whole reading stack (parsers/message.py) only when asked: the
    commands that read no mail (items, check, backup) import parsers.limits, the roster and the calendar without it."""
    if name == "parse_message":
        from parsers.message import parse_message
        return parse_message
    raise AttributeError(f"module 'parsers' has no attribute {name!r}")

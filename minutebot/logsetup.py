"""Log lines on stderr stamped with the configured time zone's local time and its offset (2026-12-05 09:30:00+08:00).

    setup(verbose=False)          # at start-up, before any config is read: the machine's zone
    use_timezone(config.tz)       # once the config is loaded: the bot's zone, the one its mail speaks
"""
from __future__ import annotations

import logging
import sys
from datetime import datetime, tzinfo

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class ZonedFormatter(logging.Formatter):
    """asctime as local time in `tz` with its UTC offset, so a log line and a mail's Date header agree."""

    def __init__(self, fmt: str = FORMAT, tz: tzinfo | None = None):
        super().__init__(fmt)
        self.tz = tz

    def formatTime(self, record, datefmt=None) -> str:
        when = datetime.fromtimestamp(record.created, self.tz) if self.tz else \
            datetime.fromtimestamp(record.created).astimezone()
        return when.isoformat(sep=" ", timespec="seconds")


def setup(verbose: bool = False, stream=None) -> None:
    """A stderr handler with the zoned stamp, INFO or DEBUG; like logging.basicConfig, nothing when the root logger
    already has handlers (an embedding program, or pytest capturing the log)."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(ZonedFormatter())
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO, handlers=[handler])


def use_timezone(tz: tzinfo) -> None:
    """Stamp further lines in the configured zone (only the lines of handlers setup() made)."""
    for handler in logging.getLogger().handlers:
        if isinstance(handler.formatter, ZonedFormatter):
            handler.formatter.tz = tz

"""`minutebot parse`: what the bot understands of each file, as SPEC section 5 JSON. No side effects.

A file that cannot be read as mail gives {"file": ..., "error": ...} and the others still print.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from minutebot.app import load_calendar, load_roster
from minutebot.config import Config, replace_roster
from minutebot.errors import ConfigError
from parsers import parse_message


def parse_files(config: Config, files: list[str], *, roster_path: str | None, jsonl: bool) -> int:
    if roster_path:
        if not Path(roster_path).is_file():
            raise ConfigError(f"roster {roster_path} not found", "give the path of a CSV file")
        config = replace_roster(config, str(Path(roster_path).resolve()))
    roster, calendar = load_roster(config), load_calendar(config)
    failed = 0
    for name in files:
        result = _parse_one(Path(name), config, roster, calendar)
        failed += "error" in result
        text = json.dumps(result, ensure_ascii=False, indent=None if jsonl else 2)
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
    return 2 if failed else 0


def _parse_one(path: Path, config: Config, roster, calendar) -> dict:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return {"file": str(path), "error": f"cannot read: {exc.strerror or exc}"}
    try:
        parsed = parse_message(raw, tz=config.tz, roster=roster, calendar=calendar, bot_address=config.bot.address,
                               default_due_time=config.time_of("default_due_time"), limits=config.limits)
    except Exception as exc:                    # never a traceback: one line per bad file
        return {"file": str(path), "error": f"{type(exc).__name__}: {exc}"}
    return parsed.as_json()

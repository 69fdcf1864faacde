"""`minutebot check`: is everything the daemon needs in place? One line per check, non-zero exit on a failure."""
from __future__ import annotations

from minutebot.app import load_calendar, load_roster
from minutebot.config import Config
from minutebot.errors import MinutebotError


def check_all(config: Config) -> int:
    from minutebot.connect import connect_inbox, connect_transport
    checks = (("config", lambda: f"config ok: {config.path or 'embedded default'}"),
              ("roster", lambda: f"roster ok: {len(load_roster(config).entries)} people"),
              ("calendar", lambda: _calendar_line(config)),
              ("inbox", lambda: _reach(connect_inbox(config))),
              ("outbox", lambda: _reach(connect_transport(config))))
    failed = 0
    for name, check in checks:
        try:
            print(check())
        except MinutebotError as exc:
            failed += 1
            print(f"{name} FAILED: {exc}")
        except Exception as exc:             # a check must report, never crash
            failed += 1
            own = type(exc).__module__.startswith("mailer.")      # mailer errors already say what and how to fix
            print(f"{name} FAILED: {exc}" if own else f"{name} FAILED: {type(exc).__name__}: {exc}")
    return 1 if failed else 0


def _reach(box) -> str:
    try:
        return box.check()
    finally:
        box.close()


def _calendar_line(config: Config) -> str:
    from datetime import datetime
    today = datetime.now(config.tz).date()
    calendar = load_calendar(config)
    if calendar.missing_next_year(today):
        return (f"calendar WARNING: no holiday schedule for {today.year + 1} yet; working days will be estimated "
                "(add it to the policy.holidays file when the State Council publishes it)")
    return f"calendar ok: working days known for {today.year}"

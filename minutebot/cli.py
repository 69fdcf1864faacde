"""`minutebot [--config FILE] COMMAND`: one `cmd_<name>(args) -> int` per command (SPEC section 3).

This is the only place that prints a MinutebotError (one line on stderr) and picks the exit code:
0 success, 1 runtime failure, 2 bad usage or bad input.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from datetime import date, datetime
from pathlib import Path

from minutebot import config as config_mod, logsetup
from minutebot.errors import MinutebotError, UsageError

log = logging.getLogger("minutebot")


def cmd_run(args) -> int:
    from minutebot.inbound import daemon
    with _session(args) as (app, inbox, transport):
        return daemon.run(app, inbox, transport)


def cmd_tick(args) -> int:
    from minutebot.inbound import daemon
    with _session(args) as (app, inbox, transport):
        now = _parse_now(args.now, app.tz)
        result = daemon.one_pass(app, inbox, transport, now)
    for outcome in result.outcomes:
        print(outcome)
    jobs = ", ".join(f"{name}={count}" for name, count in result.jobs.items())
    print(f"handled {len(result.outcomes)} message(s); jobs: {jobs}; sent {result.sent.sent}, "
          f"retry later {result.sent.retry}, failed {result.sent.failed}")
    return 0


def cmd_parse(args) -> int:
    from minutebot.admin.parse_command import parse_files
    return parse_files(_config(args), args.files, roster_path=args.roster, jsonl=args.jsonl)


def cmd_items(args) -> int:
    from minutebot.admin import export_formats, exports
    from minutebot.site_files import load_calendar, load_departments, load_roster
    from minutebot.storage.read_only import open_to_read
    config = _config(args)
    if not config.store_location.is_postgres and not config.db_path.exists():
        raise UsageError(f"no database at {config.db_path}", "run `minutebot tick` or `minutebot run` first")
    status = args.status or ("all" if args.format == "xlsx" else "open")   # a tracking table holds the whole meeting
    filters = exports.Filters(status, args.owner, args.department, args.meeting, args.since, args.until)
    roster = load_departments(config) if args.format == "csv" else load_roster(config)   # a CSV: departments only
    view = exports.View(roster, load_calendar(config), config.bot.language,
                        config.policy.escalate_after_workdays)
    color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    store = open_to_read(config.store_location)
    store.organisation = config.store.organisation       # whose meetings this daemon serves ([store] organisation)
    try:                               # rows are written as they are read from the store
        now = datetime.now(config.tz)
        if args.format == "csv":               # cells from the query, a chunk at a time (export_csv.py)
            from minutebot.admin.export_csv import write_items_csv
            with export_formats.opened("csv", args.output, sys.stdout) as out:
                write_items_csv(store, filters, view=view, now=now, out=out)
            return 0
        rows = exports.iter_items(store, filters, view=view, now=now, history=args.format in ("json", "xlsx"))
        export_formats.write(rows, args.format, args.output, sys.stdout, lang=config.bot.language, color=color)
    finally:
        store.close()
    return 0


def cmd_backfill(args) -> int:
    from minutebot.app import open_app
    from minutebot.admin.backfill import Progress, backfill
    from minutebot.inbound.connect import connect_inbox
    config = _config(args)
    tty = sys.stderr.isatty()
    if tty and not args.verbose:              # the bar shows progress; per-message lines would break it up
        logging.getLogger("minutebot.admin.backfill").setLevel(logging.WARNING)
    app = open_app(config)
    try:
        inbox = connect_inbox(config, args.folder)
        try:
            result = backfill(app, inbox, now=datetime.now(config.tz), since=args.since,
                              progress=Progress(sys.stderr, tty=tty), keep_open=args.keep_open)
        finally:
            inbox.close()
    finally:
        app.close()
    print(result)
    return 0


def cmd_demo(args) -> int:
    from minutebot.admin import scaffold
    return scaffold.demo(Path(args.dir), now=datetime.now().astimezone())


def cmd_init(args) -> int:
    from minutebot.admin import scaffold
    return scaffold.init(Path(args.output), force=args.force)


def cmd_check(args) -> int:
    from minutebot.admin.checkup import check_all
    config = _config(args)
    return check_all(config, now=datetime.now(config.tz))


def _global_options(parser: argparse.ArgumentParser, default) -> argparse.ArgumentParser:
    """--config and -v, taken before the command or after it (`minutebot items -v`, `minutebot check --config X`)."""
    parser.add_argument("--config", default=default, help="config file (default: $MINUTEBOT_CONFIG, then "
                                                          "./minutebot.toml)")
    parser.add_argument("-v", "--verbose", action="store_true", default=default, help="debug logging")
    return parser


def cmd_backup(args) -> int:
    from minutebot.storage.backup import backup
    config = _config(args)
    if config.store_location.is_postgres:
        raise UsageError("minutebot backup copies an SQLite file; this store is PostgreSQL",
                         "back it up with pg_dump (docs/postgresql.md)")
    print(backup(config.db_path, Path(args.file)))
    return 0


def cmd_migrate(args) -> int:
    from minutebot.admin.migrate import migrate
    from minutebot.storage.location import parse_cli
    print(migrate(parse_cli(args.source), parse_cli(args.target)))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = _global_options(argparse.ArgumentParser(
        prog="minutebot", description="Meeting minutes in, follow-up out, by email."), None)
    parser.set_defaults(verbose=False)
    # after the command the options default to SUPPRESS, so they never undo what was given before it
    common = _global_options(argparse.ArgumentParser(add_help=False), argparse.SUPPRESS)
    sub = _Commands(parser.add_subparsers(dest="command", required=True, metavar="COMMAND"), common)
    sub.add_parser("run", help="the daemon: watch the inbox, run timed jobs, send mail")
    tick = sub.add_parser("tick", help="one pass and exit (for cron and for tests that simulate days)")
    tick.add_argument("--now", help="ISO time to act at (default: the real time)")
    parse = sub.add_parser("parse", help="print what minutebot understands of .eml files (no side effects)")
    parse.add_argument("files", nargs="+", metavar="FILE.eml")
    parse.add_argument("--roster", help="roster CSV (default: the config's)")
    parse.add_argument("--jsonl", action="store_true", help="one JSON object a line")
    items = sub.add_parser("items", help="list action items")
    items.add_argument("--status", choices=("open", "overdue", "done", "disputed", "archived", "all"),
                       help="default: open; for --format xlsx, all (the whole meeting, done items included)")
    items.add_argument("--owner", help="owner email (or name as in the roster)")
    items.add_argument("--department", help="the owner's or the organizer's department")
    items.add_argument("--meeting", type=int, help="meeting id")
    items.add_argument("--since", type=_day, metavar="DATE", help="due on or after DATE (YYYY-MM-DD)")
    items.add_argument("--until", type=_day, metavar="DATE", help="due on or before DATE (YYYY-MM-DD)")
    items.add_argument("--format", default="table", choices=("table", "json", "csv", "xlsx"))
    items.add_argument("-o", "--output", help="write to this file instead of the terminal")
    backfill = sub.add_parser("backfill", help="import past mail from a folder: store meetings, items and replies, "
                                                "send nothing")
    backfill.add_argument("--since", type=_day, metavar="DATE", help="skip mail dated before DATE (YYYY-MM-DD)")
    backfill.add_argument("--folder", help="folder of the configured mailbox (default: the inbox itself)")
    backfill.add_argument("--keep-open", action="store_true", help="leave items due before today open (chased from "
                                                                   "the next working day) instead of archiving them")
    demo = sub.add_parser("demo", help="make a demo folder, run one pass, show what the bot sent")
    demo.add_argument("dir", nargs="?", default="minutebot-demo", help="folder to create (default: minutebot-demo)")
    init = sub.add_parser("init", help="write a commented minutebot.toml")
    init.add_argument("-o", "--output", default="minutebot.toml")
    init.add_argument("--force", action="store_true", help="overwrite an existing file")
    sub.add_parser("check", help="verify config, roster, inbox and outbox")
    backup = sub.add_parser("backup", help="copy the database to FILE, safely while the daemon runs")
    backup.add_argument("file", metavar="FILE", help="the new backup file (never overwritten)")
    migrate = sub.add_parser("migrate", help="copy the store into an empty one (SQLite to PostgreSQL, or back)")
    migrate.add_argument("--from", dest="source", required=True, metavar="URL", help="e.g. sqlite:///minutebot.db")
    migrate.add_argument("--to", dest="target", required=True, metavar="URL",
                         help="e.g. postgresql://minutebot@db:5432/minutebot (password: $MINUTEBOT_DB_PASSWORD)")
    return parser


class _Commands:
    """The subparsers action, each command made with the global options as a parent."""

    def __init__(self, action, common: argparse.ArgumentParser):
        self.action, self.common = action, common

    def add_parser(self, name: str, **kwargs) -> argparse.ArgumentParser:
        return self.action.add_parser(name, parents=[self.common], **kwargs)


COMMANDS = {"run": cmd_run, "tick": cmd_tick, "parse": cmd_parse, "items": cmd_items, "backfill": cmd_backfill,
            "demo": cmd_demo, "init": cmd_init, "check": cmd_check, "backup": cmd_backup, "migrate": cmd_migrate}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logsetup.setup(args.verbose)
    try:
        return COMMANDS[args.command](args)
    except MinutebotError as exc:
        print(f"minutebot: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:                   # `minutebot items --format json | head -1`: the reader has had enough
        _silence_stdout()
        return 0


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's last flush into the closed pipe raises nothing at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):             # stdout is no file (a test's capture): nothing to flush into a pipe
        pass
    finally:
        os.close(devnull)


def _config(args):
    config = config_mod.load(config_mod.find_config_path(args.config))
    logsetup.use_timezone(config.tz)
    return config


class _session:
    """Config, app, inbox and transport for the commands that touch mail; closed on the way out."""

    def __init__(self, args):
        self.args = args

    def __enter__(self):
        from minutebot.app import open_app
        from minutebot.inbound.connect import connect_inbox, connect_transport
        config = _config(self.args)
        self.app = open_app(config)
        self.inbox = connect_inbox(config)
        self.transport = connect_transport(config)
        return self.app, self.inbox, self.transport

    def __exit__(self, *exc):
        for thing in (self.transport, self.inbox, self.app):
            thing.close()


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it like 2024-10-31") from None


def _parse_now(text: str | None, tz) -> datetime:
    if not text:
        return datetime.now(tz)
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(f"--now {text!r} is not an ISO time", "write it like 2024-10-10T15:00+08:00") from None
    return when.replace(tzinfo=tz) if when.tzinfo is None else when.astimezone(tz)


if __name__ == "__main__":
    sys.exit(main())

"""Files for `init` and `demo`: a commented config, and a demo folder that shows the bot at work in one pass."""
from __future__ import annotations

import sys
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from importlib import resources
from pathlib import Path

from minutebot.errors import UsageError

DEMO_CONFIG_EXTRA = {"address": 'address = "minutes@example.cn"', "roster": 'roster = "roster.csv"',
                     "allowed_domains": 'allowed_domains = ["example.cn"]'}


def default_file(name: str) -> str:
    return resources.files("minutebot").joinpath("defaults", name).read_text(encoding="utf-8")


def init(path: Path, *, force: bool = False) -> int:
    if path.exists() and not force:
        raise UsageError(f"{path} already exists", "use --force to overwrite it, or -o to write another file")
    path.write_text(default_file("minutebot.toml"), encoding="utf-8")
    print(f"wrote {path}: edit [bot] address, [inbox] url and [outbox] url, then run `minutebot check`")
    return 0


def demo(folder: Path, *, now: datetime) -> int:
    """Write config, roster and one sample minutes mail into folder/, run one pass, print what was sent."""
    from minutebot import config as config_mod
    from minutebot.app import open_app
    from minutebot.connect import connect_inbox, connect_transport
    from minutebot.daemon import one_pass
    if (folder / "minutebot-data").exists():
        raise UsageError(f"{folder} already holds a demo", "remove it or give another folder: minutebot demo DIR")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "minutebot.toml").write_text(demo_config(), encoding="utf-8")
    (folder / "roster.csv").write_text(default_file("roster.csv"), encoding="utf-8")
    config = config_mod.load(folder / "minutebot.toml")
    inbox_dir = Path(config.inbox_url[len("maildir:"):])
    (inbox_dir / "new").mkdir(parents=True, exist_ok=True)
    (inbox_dir / "new" / "sample-minutes.eml").write_bytes(sample_minutes(now))
    app = open_app(config)
    inbox, transport = connect_inbox(config), connect_transport(config)
    try:
        result = one_pass(app, inbox, transport, now)
    finally:
        app.close()
    for outcome in result.outcomes:
        print(f"handled: {outcome}")
    if not _show_outbox(Path(config.outbox_url[len("maildir:"):])):
        print(f"demo FAILED: the bot sent nothing; see the log above and {inbox_dir.parent}", file=sys.stderr)
        return 1
    return 0


def demo_config() -> str:
    lines = []
    for line in default_file("minutebot.toml").splitlines():
        key = line.split("=")[0].strip()
        lines.append(DEMO_CONFIG_EXTRA.get(key, line) if "=" in line else line)
    return "\n".join(lines) + "\n"


def sample_minutes(now: datetime) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = "陈明 <chenming@example.cn>"
    msg["To"] = "王芳 <wangfang@example.cn>, 李强 <liqiang@example.cn>, 赵敏 <zhaomin@example.cn>"
    msg["Cc"] = "纪要助手 <minutes@example.cn>"
    msg["Subject"] = "会议纪要：新品发布会筹备会"
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = make_msgid(domain="example.cn")
    msg.set_content(default_file("sample-minutes.txt").format(held=f"{now:%Y年%m月%d日} 14:00"))
    return msg.as_bytes()


def _show_outbox(outbox: Path) -> int:
    """Print each mail the demo sent; returns how many."""
    from email import message_from_bytes
    from email.policy import default
    sent = sorted((outbox / "new").iterdir(), key=lambda p: (p.stat().st_mtime_ns, p.name))   # as sent
    for path in sent:
        msg = message_from_bytes(path.read_bytes(), policy=default)
        print(f"\n--- sent: {path} ---")
        for header in ("From", "To", "Cc", "Subject", "In-Reply-To", "Reply-To"):
            if msg[header]:
                print(f"{header}: {msg[header]}")
        print()
        sys.stdout.write(msg.get_body(("plain",)).get_content())
    return len(sent)

"""Open the configured inbox and outbox, turning connection problems into one-line errors."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

from mailer.inbox import InboxError, open_inbox
from mailer.transport import TransportError, open_transport
from minutebot.config import Config
from minutebot.credentials import mailbox_secrets
from minutebot.errors import ConfigError, MinutebotError, UsageError


def connect_inbox(config: Config, folder: str | None = None):
    """The configured inbox; with `folder`, another folder of the same mailbox (backfill reads old mail there)."""
    url = folder_url(config.inbox_url, folder) if folder else config.inbox_url
    login = {} if url.startswith("maildir:") else mailbox_secrets(config, "inbox")
    if login and "oauth" not in login and not login["password"]:
        raise ConfigError(f"no IMAP password: ${config.inbox.password_env} is empty",
                          f"export {config.inbox.password_env}=... before starting minutebot")
    try:
        return open_inbox(url, processed_folder=config.inbox.processed_folder, **login)
    except InboxError as exc:
        raise MinutebotError(str(exc)) from None


def folder_url(url: str, folder: str) -> str:
    """The same mailbox, another folder: imap(s)://user@host/FOLDER, or the Maildir++ sub-folder PATH/.FOLDER
    (INBOX is the Maildir itself). A Maildir folder must exist: opening one would create it, empty."""
    if not url.startswith("maildir:"):
        return urlunsplit(urlsplit(url)._replace(path="/" + quote(folder)))
    root = Path(url[len("maildir:"):])
    target = root if folder.upper() == "INBOX" else root / f".{folder}"
    if not any((target / sub).is_dir() for sub in ("cur", "new")):
        names = sorted(p.name[1:] for p in root.glob(".*") if p.is_dir()) if root.is_dir() else []
        raise UsageError(f"no Maildir folder {folder!r} in {root}",
                         f"folders there: {', '.join(['INBOX', *names])}")
    return f"maildir:{target}"


def connect_transport(config: Config):
    url = config.outbox_url
    try:
        return open_transport(url, **({} if url.startswith("maildir:") else mailbox_secrets(config, "outbox")))
    except TransportError as exc:
        raise ConfigError(str(exc)) from None

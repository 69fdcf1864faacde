"""Open the configured inbox and outbox, turning connection problems into one-line errors."""
from __future__ import annotations

from mailer.inbox import InboxError, open_inbox
from mailer.transport import TransportError, open_transport
from minutebot.config import Config
from minutebot.errors import ConfigError, MinutebotError


def connect_inbox(config: Config):
    password = config.secret(config.inbox.password_env)
    if not config.inbox_url.startswith("maildir:") and not password:
        raise ConfigError(f"no IMAP password: ${config.inbox.password_env} is empty",
                          f"export {config.inbox.password_env}=... before starting minutebot")
    try:
        return open_inbox(config.inbox_url, password, processed_folder=config.inbox.processed_folder)
    except InboxError as exc:
        raise MinutebotError(str(exc)) from None


def connect_transport(config: Config):
    try:
        return open_transport(config.outbox_url, config.secret(config.outbox.password_env))
    except TransportError as exc:
        raise ConfigError(str(exc)) from None

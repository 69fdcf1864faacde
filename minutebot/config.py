"""minutebot.toml -> frozen dataclasses (SPEC section 4), with the embedded default when there is no file.

Every key is checked here, once: a wrong key or value raises ConfigError naming the key and how to fix it, so the
rest of the program can trust the config. Secrets are never in the file: only the names of environment variables.
"""
from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, time
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from minutebot.errors import ConfigError
from minutebot.storage.location import Location, StoreConfig, locate, validate as validate_store
from parsers.limits import Limits

WEEKDAYS = ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")


@dataclass(frozen=True)
class BotConfig:
    address: str = "minutes@localhost"
    name: str = "纪要助手"
    language: str = "zh"
    timezone: str = "Asia/Shanghai"
    data_dir: str = "./minutebot-data"
    roster: str = ""
    allowed_domains: tuple[str, ...] = ()       # empty: every domain allowed (the embedded default)
    secret_env: str = "MINUTEBOT_SECRET"
    authserv_ids: tuple[str, ...] = ()          # trust Authentication-Results only from these servers (DMARC)


@dataclass(frozen=True)
class InboxConfig:
    url: str = ""                               # default: maildir:<data_dir>/inbox
    password_env: str = "MINUTEBOT_IMAP_PASSWORD"
    processed_folder: str = "Processed"
    poll_seconds: int = 60
    auth: str = "password"                      # or "oauth2": a token from [oauth2] (Microsoft 365, Gmail)
    ca_file: str = ""                           # PEM file of the CA that signed the server's certificate (private CA)
    allow_plaintext: bool = False               # imap:// without STARTTLS to a non-loopback host


@dataclass(frozen=True)
class OutboxConfig:
    url: str = ""                               # default: maildir:<data_dir>/outbox
    password_env: str = "MINUTEBOT_SMTP_PASSWORD"
    auth: str = "password"                      # or "oauth2"
    ca_file: str = ""
    allow_plaintext: bool = False               # smtp:// without STARTTLS to a non-loopback host
    keep_sent_days: int = 30                    # the bytes of sent mail are dropped after this many days (0: kept)


@dataclass(frozen=True)
class OAuth2Config:
    """Where access tokens come from when [inbox] or [outbox] says auth = "oauth2" (mailer/oauth2.py)."""
    token_url: str = ""                         # the provider's token endpoint (refresh-token flow)
    client_id_env: str = "MINUTEBOT_OAUTH_CLIENT_ID"
    client_secret_env: str = "MINUTEBOT_OAUTH_CLIENT_SECRET"
    refresh_token_env: str = "MINUTEBOT_OAUTH_REFRESH_TOKEN"
    scope: str = ""
    token_command: str = ""                     # instead of token_url: a command that prints an access token
    mechanism: str = "xoauth2"                  # or "oauthbearer" (RFC 7628)


@dataclass(frozen=True)
class PolicyConfig:
    objection_cutoff: str = "18:00"
    default_due_time: str = "18:00"
    remind_before_workdays: int = 1
    chase_time: str = "10:00"
    escalate_after_workdays: int = 2
    digest_time: str = "09:00"
    weekly_report: str = "FRI 17:00"
    recap_external: bool = False
    holidays: str = ""
    default_followup: str = ""                  # "5 10:00": invite to a follow-up 5 working days on; "" = off
    department_digest: bool = False             # managers get their people's overdue items at digest_time
    max_mails_per_recipient_per_day: int = 20   # more To them waits, copies go without them (0 = no cap); caps.py
    backfill_chase_cap: int = 10                # first run after a backfill: imported overdue items chased (0 = all)
    max_recipients_per_minutes: int = 50        # people one minutes mail's recap goes to (0 = no cap); caps.py
    max_recap_recipients_per_sender_per_day: int = 200   # recap deliveries one sender's minutes cause a day; caps.py


@dataclass(frozen=True)
class Config:
    bot: BotConfig = field(default_factory=BotConfig)
    inbox: InboxConfig = field(default_factory=InboxConfig)
    outbox: OutboxConfig = field(default_factory=OutboxConfig)
    policy: PolicyConfig = field(default_factory=PolicyConfig)
    oauth2: OAuth2Config = field(default_factory=OAuth2Config)
    store: StoreConfig = field(default_factory=StoreConfig)
    limits: Limits = field(default_factory=Limits)   # how much of one message is read (parsers/limits.py)
    path: Path | None = None                    # the file it came from; None for the embedded default

    @property
    def base(self) -> Path:
        """Relative paths in the config are relative to the config file's folder."""
        return self.path.parent if self.path else Path.cwd()

    def resolve(self, value: str) -> Path:
        return (self.base / value).resolve() if value else Path()

    @property
    def data_dir(self) -> Path:
        return self.resolve(self.bot.data_dir)

    @property
    def db_path(self) -> Path:                   # the SQLite file: store.url sqlite:///PATH, else in data_dir
        return self.store_location.path or self.data_dir / "minutebot.db"

    @property
    def store_location(self) -> Location:
        return locate(self.store.url, self.base, self.data_dir / "minutebot.db", self.store.password_env)

    @property
    def inbox_url(self) -> str:
        return _maildir_url(self, self.inbox.url) or f"maildir:{self.data_dir / 'inbox'}"

    @property
    def outbox_url(self) -> str:
        return _maildir_url(self, self.outbox.url) or f"maildir:{self.data_dir / 'outbox'}"

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.bot.timezone)

    def time_of(self, key: str) -> time:
        hour, minute = getattr(self.policy, key).split(":")
        return time(int(hour), int(minute))

    def at(self, day: date, key: str) -> datetime:
        """`day` at the policy time `key` (e.g. "chase_time") in the bot's time zone."""
        return datetime.combine(day, self.time_of(key), tzinfo=self.tz)

    @property
    def weekly_slot(self) -> tuple[int, time]:
        day, hhmm = self.policy.weekly_report.split()
        hour, minute = hhmm.split(":")
        return WEEKDAYS.index(day.upper()), time(int(hour), int(minute))

    def secret(self, env_name: str) -> str | None:
        return os.environ.get(env_name) or None

    def domain_allowed(self, email: str | None) -> bool:
        if not self.bot.allowed_domains:
            return True
        domain = (email or "").rpartition("@")[2].lower()
        return any(domain == d or domain.endswith("." + d) for d in self.bot.allowed_domains)


SECTIONS = {"bot": BotConfig, "inbox": InboxConfig, "outbox": OutboxConfig, "policy": PolicyConfig, "limits": Limits,
            "oauth2": OAuth2Config, "store": StoreConfig}


def find_config_path(explicit: str | None) -> Path | None:
    """--config, then $MINUTEBOT_CONFIG, then ./minutebot.toml; None means the embedded default."""
    chosen = explicit or os.environ.get("MINUTEBOT_CONFIG")
    if chosen:
        path = Path(chosen)
        if not path.is_file():
            raise ConfigError(f"config file {chosen} not found", "check the path, or run `minutebot init` to write one")
        return path
    default = Path("minutebot.toml")
    return default if default.is_file() else None


def load(path: Path | None) -> Config:
    """Read and check a config file; with no file, the embedded default."""
    if path is None:
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read {path}: {exc}", "make it a readable UTF-8 file") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML ({exc})", "fix the syntax at that line") from None
    return from_dict(data, path=path.resolve())


def from_dict(data: dict, path: Path | None = None) -> Config:
    unknown = set(data) - set(SECTIONS)
    if unknown:
        raise ConfigError(f"unknown section [{sorted(unknown)[0]}]", f"use one of {', '.join(SECTIONS)}")
    sections = {name: _section(name, cls, data.get(name, {})) for name, cls in SECTIONS.items()}
    config = Config(**sections, path=path)
    _validate(config)
    return config


def _section(name: str, cls: type, values: dict):
    if not isinstance(values, dict):
        raise ConfigError(f"[{name}] must be a table", f"write it as [{name}] followed by key = value lines")
    known = {f.name: f for f in fields(cls)}
    converted = {}
    for key, value in values.items():
        if key not in known:
            raise ConfigError(f"unknown key {name}.{key}", f"known keys in [{name}]: {', '.join(known)}")
        converted[key] = _convert(f"{name}.{key}", known[key], value)
    return cls(**converted)


def _convert(key: str, spec, value):
    default = spec.default
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ConfigError(f"{key} must be true or false, not {value!r}", f"write {key.split('.')[1]} = true")
        return value
    if isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ConfigError(f"{key} must be a whole number >= 0, not {value!r}", "write it without quotes")
        return value
    if isinstance(default, tuple):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{key} must be a list of strings", f'write {key.split(".")[1]} = ["example.cn"]')
        return tuple(v.strip().lower() for v in value)
    if not isinstance(value, str):
        raise ConfigError(f"{key} must be a string, not {value!r}", "put the value in double quotes")
    return value


HHMM = re.compile(r"^([01]?\d|2[0-3]):[0-5]\d$")


def _validate(config: Config) -> None:
    bot, policy = config.bot, config.policy
    if "@" not in bot.address:
        raise ConfigError(f"bot.address {bot.address!r} is not an email address", 'write address = "minutes@example.cn"')
    if bot.language not in ("zh", "en"):
        raise ConfigError(f"bot.language {bot.language!r} is not supported", 'use "zh" or "en"')
    try:
        ZoneInfo(bot.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"bot.timezone {bot.timezone!r} is not a time zone", 'use an IANA name such as "Asia/Shanghai"') from None
    for key in ("objection_cutoff", "default_due_time", "chase_time", "digest_time"):
        if not HHMM.match(getattr(policy, key)):
            raise ConfigError(f"policy.{key} {getattr(policy, key)!r} is not a time", 'write it as "HH:MM", e.g. "18:00"')
    day, _, hhmm = policy.weekly_report.partition(" ")
    if day.upper() not in WEEKDAYS or not HHMM.match(hhmm):
        raise ConfigError(f"policy.weekly_report {policy.weekly_report!r} is not a weekly slot", 'write it as "FRI 17:00"')
    if policy.default_followup and not re.fullmatch(r"\d{1,2} \d{1,2}:\d{2}", policy.default_followup.strip()):
        raise ConfigError(f"policy.default_followup {policy.default_followup!r} is not 'N HH:MM'",
                          'write e.g. "5 10:00" (5 working days after the meeting, at 10:00), or "" for none')
    for key, url in (("inbox.url", config.inbox.url), ("outbox.url", config.outbox.url)):
        if url and not re.match(r"^(maildir:|imaps?://|smtps?://)", url):
            raise ConfigError(f"{key} {_masked(url)!r} is not a mailbox url", "use maildir:PATH, imap(s)://user@host/FOLDER or smtp(s)://user@host")
        if url and _password_in(url):
            section = key.split(".")[0]
            raise ConfigError(f"{key} carries a password ({_masked(url)}); secrets come only from the environment",
                              f"remove ':PASSWORD' from the url and set the variable named by {section}.password_env")
    for key, value in vars(config.limits).items():
        if value < 1:
            raise ConfigError(f"limits.{key} must be 1 or more, not {value}", "remove the line to get the default")
    _validate_mail_auth(config)
    validate_store(config.store)


def _validate_mail_auth(config: Config) -> None:
    """auth, ca_file and [oauth2]: a wrong value is named here, not at the first login."""
    for name, box in (("inbox", config.inbox), ("outbox", config.outbox)):
        if box.auth not in ("password", "oauth2"):
            raise ConfigError(f"{name}.auth {box.auth!r} is not supported", 'use "password" or "oauth2"')
        if box.ca_file and not config.resolve(box.ca_file).is_file():
            raise ConfigError(f"{name}.ca_file {box.ca_file!r} is not a file", "name the PEM file of your CA")
    oauth2 = config.oauth2
    if oauth2.mechanism not in ("xoauth2", "oauthbearer"):
        raise ConfigError(f"oauth2.mechanism {oauth2.mechanism!r} is not supported", 'use "xoauth2" or "oauthbearer"')
    if "oauth2" in (config.inbox.auth, config.outbox.auth) and not (oauth2.token_url or oauth2.token_command):
        raise ConfigError('auth = "oauth2" needs [oauth2] token_url or token_command',
                          "see docs/providers.md for your provider's token endpoint")
    if oauth2.token_url and not re.match(r"^https?://", oauth2.token_url):
        raise ConfigError(f"oauth2.token_url {oauth2.token_url!r} is not a URL", "write the https:// token endpoint")


def _password_in(url: str) -> bool:
    try:
        return not url.startswith("maildir:") and urlsplit(url).password is not None
    except ValueError:                                  # a bad port: the url check above says so
        return False


def _masked(url: str) -> str:
    """The url with its password (user:PASSWORD@) shown as ***, so no error or log line repeats it."""
    return re.sub(r"^([A-Za-z][\w+.-]*://[^:/@]*):[^@/]*@", r"\1:***@", url)


def _maildir_url(config: Config, url: str) -> str:
    """maildir: paths are relative to the config file, like every other path."""
    if url.startswith("maildir:"):
        return f"maildir:{config.resolve(url[len('maildir:'):])}"
    return url


def replace_roster(config: Config, roster: str) -> Config:
    """The same config with another roster file (for `parse --roster`)."""
    return replace(config, bot=replace(config.bot, roster=roster))

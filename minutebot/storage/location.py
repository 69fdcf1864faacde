"""Where the store lives: `[store] url`, either an SQLite file (the embedded default) or a PostgreSQL database.

    sqlite:///minutebot-data/minutebot.db     a file, relative to the config file (four slashes: an absolute path)
    postgresql://minutebot@db.example.cn:5432/minutebot     password from the variable named by password_env

`url = ""` keeps today's default, <data_dir>/minutebot.db. A password written in the url is refused: secrets come
only from the environment.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from minutebot.errors import ConfigError

SCHEMES = ("sqlite:///", "postgresql://", "postgres://")


@dataclass(frozen=True)
class StoreConfig:
    url: str = ""                                # "" = sqlite:///<data_dir>/minutebot.db
    password_env: str = "MINUTEBOT_DB_PASSWORD"  # PostgreSQL only
    organisation: str = ""                       # the meetings this daemon's timed work and `items` cover


@dataclass(frozen=True)
class Location:
    """An opened-or-to-open store: a SQLite file (`path`) or a PostgreSQL database (`dsn` + `password`)."""
    path: Path | None = None
    dsn: str = ""
    password: str | None = None

    @property
    def is_postgres(self) -> bool:
        return bool(self.dsn)

    def __str__(self) -> str:
        return str(self.path) if self.path else masked(self.dsn)


def validate(store: StoreConfig) -> None:
    """ConfigError naming store.url when it is not a store url or carries a password."""
    url = store.url
    if not url:
        return
    if not url.startswith(SCHEMES):
        raise ConfigError(f"store.url {masked(url)!r} is not a store url",
                          'use "sqlite:///PATH" or "postgresql://user@host:5432/dbname"')
    if url.startswith("sqlite:///") and len(url) == len("sqlite:///"):
        raise ConfigError("store.url sqlite:/// names no file", 'write e.g. "sqlite:///minutebot-data/minutebot.db"')
    if not url.startswith("sqlite") and _has_password(url):
        raise ConfigError(f"store.url carries a password ({masked(url)}); secrets come only from the environment",
                          "remove ':PASSWORD' from the url and set the variable named by store.password_env")


def sqlite_path(url: str, base: Path) -> Path:
    """The file of a sqlite:/// url, relative to `base` (the config file's folder)."""
    return (base / url[len("sqlite:///"):]).resolve()


def locate(url: str, base: Path, default_db: Path, password_env: str) -> Location:
    """The Location a (validated) store url names."""
    if not url:
        return Location(path=default_db)
    if url.startswith("sqlite:///"):
        return Location(path=sqlite_path(url, base))
    return Location(dsn=url, password=os.environ.get(password_env) or None)


def parse_cli(url: str, password_env: str = "MINUTEBOT_DB_PASSWORD") -> Location:
    """A store url given on the command line (`migrate --from/--to`); relative sqlite paths from the current folder."""
    validate(StoreConfig(url=url))
    if not url:
        raise ConfigError("a store url is empty", 'write "sqlite:///PATH" or "postgresql://user@host/dbname"')
    return locate(url, Path.cwd(), Path(), password_env)


def _has_password(url: str) -> bool:
    try:
        return urlsplit(url).password is not None
    except ValueError:
        return False


def masked(url: str) -> str:
    """The url with any password shown as ***."""
    head, sep, rest = url.partition("://")
    if "@" not in rest or ":" not in rest.split("@", 1)[0]:
        return url
    user, _, tail = rest.partition("@")
    return f"{head}{sep}{user.split(':', 1)[0]}:***@{tail}"

"""The IMAP inbox: new mail by UID past a checkpoint, moved away once handled, IDLE (or polling) in between.

    inbox = ImapInbox("mail.example.cn", 993, "minutes@example.cn", password, "INBOX")
    batch = inbox.fetch_new(after_uid=last_uid)           # BODY.PEEK[]: \\Seen is left to the humans
    ...handle each...
    inbox.move_many([msg.key for msg in batch], "Processed")   # one UID MOVE by UID set, or COPY + \\Deleted
    inbox.wait(60)                                        # IDLE until EXISTS, or the timeout

Connecting, logging in and selecting fail with an InboxError that says what and how to fix it. A connection that
dies later fails fetch/move/wait with OSError or InboxError; the daemon then calls reconnect().
"""
from __future__ import annotations

import logging
import random
import ssl
import time

from imapclient import DELETED, IMAPClient, SocketTimeout
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from mailer.imap_errors import connect_error, guard, text_of as _text
from mailer.imap_idle import idle_until_news
from mailer.imap_oauth2 import imap_oauth2_login
from mailer.inbox import Incoming, InboxError
from mailer.oauth2 import OAuth2Login

log = logging.getLogger("mailer.imap")
IDLE_RENEW = 9 * 60            # servers drop idle clients after 10-30 min (RFC 2177 allows 29): renew well before
BACKOFF = (1.0, 60.0)          # reconnect delays double from the first to the last, with jitter
CLIENT_ID = {"name": "minutebot", "vendor": "minutebot"}   # NetEase (163/126) refuses SELECT without an ID


class ImapInbox:
    def __init__(self, host: str, port: int, user: str, password: str, folder: str = "INBOX", *,
                 tls: str = "ssl", processed_folder: str = "Processed", timeout: float = 60.0,
                 oauth: OAuth2Login | None = None, ca_file: str | None = None, allow_plaintext: bool = False):
        if tls not in ("ssl", "starttls", "none"):
            raise ValueError(f"tls must be ssl, starttls or none, not {tls!r}")
        self.host, self.port, self.user, self.password = host, port, user, password
        self.oauth, self.ca_file, self.allow_plaintext = oauth, ca_file, allow_plaintext
        self.folder, self.tls, self.processed_folder, self.timeout = folder, tls, processed_folder, timeout
        self.uidvalidity: int | None = None
        self._client: IMAPClient | None = None
        self._folders: set[str] = set()        # folders known to exist (move creates the missing ones once)
        self._highest = 0                      # the highest UID seen: wait() returns at once if more arrived
        self.connect()

    @property
    def where(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.folder}"

    # --- connecting --------------------------------------------------------------------------------------------
    def connect(self) -> None:
        """Open, log in, send ID, select the folder and read its UIDVALIDITY."""
        client = self._open()
        try:
            self._login(client)
            self._send_id(client)
            self._select(client)
        except BaseException:
            _drop(client)
            raise
        self._client, self._folders, self._highest = client, set(), 0

    def _open(self) -> IMAPClient:
        context = ssl.create_default_context(cafile=self.ca_file or None)   # certificates and host names verified
        timeout = SocketTimeout(connect=min(15.0, self.timeout), read=self.timeout)
        try:
            client = IMAPClient(self.host, port=self.port, ssl=self.tls == "ssl", ssl_context=context,
                                timeout=timeout)
        except (OSError, IMAPClientError) as exc:
            raise connect_error(exc, self.host, self.port, self.tls) from None
        if self.tls == "starttls":
            try:
                self._starttls(client, context)
            except (OSError, IMAPClientError) as exc:
                _drop(client)
                raise connect_error(exc, self.host, self.port, self.tls) from None
        return client

    def _starttls(self, client: IMAPClient, context: ssl.SSLContext) -> None:
        if not client.has_capability("STARTTLS"):
            if self.allow_plaintext:
                log.warning("IMAP server %s:%s offers no STARTTLS: plain text, as [inbox] allow_plaintext says",
                            self.host, self.port)
                self.tls = "none"
                return
            _drop(client)
            raise InboxError(f"IMAP server {self.host}:{self.port} offers no STARTTLS, so the password would travel "
                             "in clear; use imaps://host (port 993) in [inbox] url (allow_plaintext = true only "
                             "for a server on a network you trust)")
        client.starttls(context)

    def _login(self, client: IMAPClient) -> None:
        if self.oauth is not None:
            return imap_oauth2_login(client, self.oauth, self.user, self.host, self.port)
        try:
            client.login(self.user, self.password)
        except LoginError as exc:
            if "[UNAVAILABLE]" in str(exc):                # RFC 5530: the server's own auth is down for now
                raise InboxError(f"IMAP server {self.host} cannot check passwords right now ({_text(exc)}); "
                                 "try again later") from None
            raise InboxError(f"IMAP login failed for {self.user} at {self.host}: {_text(exc)}; check the user in "
                             "[inbox] url and the password in the variable named by [inbox] password_env "
                             "(QQ/163 need an app authorization code)") from None
        except (OSError, IMAPClientError) as exc:
            raise InboxError(f"IMAP login to {self.host}:{self.port} broke off: {_text(exc)}; check the "
                             "server and try again") from None

    def _send_id(self, client: IMAPClient) -> None:
        """Some providers refuse SELECT from clients that do not say who they are (RFC 2971 ID)."""
        if client.has_capability("ID"):
            try:
                client.id_(CLIENT_ID)
            except IMAPClientError as exc:
                log.debug("IMAP ID refused by %s: %s", self.host, exc)

    def _select(self, client: IMAPClient) -> None:
        try:
            status = client.select_folder(self.folder)
        except IMAPClientAbortError as exc:
            raise InboxError(f"IMAP connection to {self.host} lost while opening {self.folder!r}: {_text(exc)}") \
                from None
        except IMAPClientError as exc:
            raise InboxError(f"IMAP folder {self.folder!r} cannot be opened on {self.host} ({_text(exc)}); fix "
                             f"the folder at the end of [inbox] url; folders there: {_folder_names(client)}") \
                from None
        self.uidvalidity = int(status[b"UIDVALIDITY"])

    def reconnect(self) -> None:
        """Drop the connection and connect again until it works: jittered backoff from 1 s up to 60 s."""
        self._close_quietly()
        delay = BACKOFF[0]
        while True:
            try:
                self.connect()
                log.info("IMAP reconnected to %s (UIDVALIDITY %s)", self.where, self.uidvalidity)
                return
            except InboxError as exc:
                pause = delay * random.uniform(0.5, 1.0)
                log.warning("IMAP reconnect failed: %s; next try in %.1f s", exc, pause)
                time.sleep(pause)
                delay = min(delay * 2, BACKOFF[1])

    @property
    def _conn(self) -> IMAPClient:
        if self._client is None:
            raise InboxError(f"IMAP connection to {self.where} is closed; reconnect first")
        return self._client

    # --- the inbox interface ----------------------------------------------------------------------------------
    def fetch_new(self, after_uid: int | None = None, limit: int = 100) -> list[Incoming]:
        """Messages with a UID above `after_uid`, oldest first, at most `limit`; read without setting \\Seen."""
        after = after_uid or 0
        with guard("fetching mail", self.where):
            self._conn.noop()                      # the server shows new arrivals to a session only on a sync
            found = self._conn.search(["UID", f"{after + 1}:*"])
            self._highest = max([self._highest, *found])
            uids = sorted(u for u in found if u > after)[:limit]    # `n:*` always matches the last UID
            data = self._conn.fetch(uids, ["BODY.PEEK[]"]) if uids else {}
        # a UID missing from the answer was moved away by someone else meanwhile
        return [Incoming(str(uid), data[uid][b"BODY[]"], uid) for uid in uids if b"BODY[]" in data.get(uid, {})]

    def move(self, key: str, folder: str) -> None:
        """Move one message to `folder`: `move_many` with one key."""
        self.move_many([key], folder)

    def move_many(self, keys: list[str], folder: str) -> None:
        """Move messages to `folder` (created when missing) by UID set: one UID MOVE, or UID COPY + UID STORE
        \\Deleted + UID EXPUNGE without MOVE. Messages already gone are fine: a retry after a crash may move twice."""
        wanted = sorted({int(key) for key in keys})
        if not wanted:
            return
        with guard(f"moving {len(wanted)} message(s) to {folder}", self.where):
            uids = uid_set(self._conn.search(["UID", uid_set(wanted)]))
            if not uids:
                return
            self._ensure_folder(folder)
            if self._conn.has_capability("MOVE"):
                self._conn.move(uids, folder)
            else:
                self._copy_and_expunge(uids, folder)

    def _copy_and_expunge(self, uids: str, folder: str) -> None:
        """No MOVE: copy, then flag and expunge these UIDs only (a bare EXPUNGE would delete others' mail too).
        A failed COPY raises before anything is flagged."""
        self._conn.copy(uids, folder)
        self._conn.add_flags(uids, [DELETED], silent=True)        # no FETCH answer per message
        if self._conn.has_capability("UIDPLUS"):
            self._conn.uid_expunge(uids)

    def _ensure_folder(self, folder: str) -> None:
        if folder in self._folders:
            return
        if not self._conn.folder_exists(folder):
            try:
                self._conn.create_folder(folder)
                self._conn.subscribe_folder(folder)       # so people see it in their mail program
            except IMAPClientError as exc:                  # created by someone else meanwhile is fine
                if not self._conn.folder_exists(folder):
                    raise InboxError(f"cannot create IMAP folder {folder!r} on {self.host}: {_text(exc)}; "
                                     "create it by hand or pick another name in [inbox]") from None
        self._folders.add(folder)

    def wait(self, timeout: float) -> bool:
        """Until new mail may be there (IDLE push) or `timeout` seconds pass; polling where there is no IDLE."""
        with guard("waiting for mail", self.where):
            if self._has_news():
                return True
            if not self._conn.has_capability("IDLE"):
                time.sleep(timeout)
                return True
            try:
                return idle_until_news(self._conn, timeout, IDLE_RENEW)
            except BaseException:                # a signal or a failure mid-IDLE: the session can't be reused
                self._abandon()
                raise

    def _has_news(self) -> bool:
        """A UID above the highest seen: its EXISTS came with another command's answer, so IDLE would not tell."""
        self._conn.noop()
        return any(u > self._highest for u in self._conn.search(["UID", f"{self._highest + 1}:*"]))

    def check(self) -> str:
        """One line for `minutebot check`: reachable, logged in, folder selected, what the server offers."""
        with guard("checking the inbox", self.where):
            waiting = len(self._conn.search("ALL"))
            offers = [c for c in ("IDLE", "MOVE", "ID") if self._conn.has_capability(c)]
            processed = "exists" if self._conn.folder_exists(self.processed_folder) else "will be created"
        return (f"IMAP inbox ok: {self.where} over {_TLS_NAMES[self.tls]}, {waiting} message(s) waiting, "
                f"UIDVALIDITY {self.uidvalidity}, server offers {' '.join(offers) or 'no IDLE/MOVE'}; "
                f"{self.processed_folder!r} {processed}")

    def close(self) -> None:
        self._close_quietly()

    def _abandon(self) -> None:
        """Close the socket without a LOGOUT, which a server still in IDLE would not answer."""
        if self._client is not None:
            try:
                self._client.shutdown()
            except Exception:
                pass
            self._client = None

    def _close_quietly(self) -> None:
        if self._client is not None:
            _drop(self._client)
            self._client = None


def uid_set(uids) -> str:
    """UIDs as a compact IMAP sequence set: [1, 2, 3, 7] -> "1:3,7" (a backlog's batch is one short range)."""
    ranges: list[list[int]] = []
    for uid in sorted(set(uids)):
        if ranges and uid == ranges[-1][1] + 1:
            ranges[-1][1] = uid
        else:
            ranges.append([uid, uid])
    return ",".join(str(a) if a == b else f"{a}:{b}" for a, b in ranges)


_TLS_NAMES = {"ssl": "TLS", "starttls": "STARTTLS", "none": "plain text (loopback)"}


def _drop(client: IMAPClient) -> None:
    """Log out if the connection still works, else just close the socket."""
    try:
        client.socket().settimeout(2)
        client.logout()
    except Exception:
        try:
            client.shutdown()
        except Exception:
            pass


def _folder_names(client: IMAPClient) -> str:
    try:
        return ", ".join(sorted(str(f[2]) for f in client.list_folders())[:20]) or "none"
    except IMAPClientError:
        return "(the server would not list them)"

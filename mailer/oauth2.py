"""OAuth2 access tokens for IMAP and SMTP (Microsoft 365, Gmail): a refresh-token flow or an admin's token command,
the token cached and renewed before it expires, and the SASL strings (XOAUTH2, OAUTHBEARER) that carry it.

    source = RefreshTokenSource("https://login.example/token", client_id, client_secret, refresh_token, scope)
    login = OAuth2Login(source, "xoauth2")
    imap.oauth2_login(user, login.token())        # mailer/imap.py and mailer/smtp.py do this
    login.renew()                                  # the server refused the token: drop it, the next one is fresh

Every failure is an OAuth2Error whose one-line message says what happened and what to do.
"""
from __future__ import annotations

import json
import shlex
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

RENEW_BEFORE = 300.0             # seconds before expiry that a token is replaced (M365 and Gmail tokens last 3600 s)
COMMAND_TOKEN_SECONDS = 600.0    # a token_command's token without "expires_in" is asked for again after this
HTTP_TIMEOUT = 30.0
MAX_ANSWER = 65536               # a token endpoint's answer is a few hundred bytes; more is not read
MECHANISMS = ("xoauth2", "oauthbearer")
LOOPBACK = ("127.0.0.1", "localhost", "::1")    # a token endpoint there may be plain http (tests, a local helper)


class OAuth2Error(Exception):
    """No access token could be had. The message says why and what to do."""


class _CachedSource:
    """A token and when it expires; `token()` fetches a new one when none is cached or it expires within
    RENEW_BEFORE seconds. Thread-safe: the inbox and the outbox may share one source."""

    def __init__(self, clock=time.monotonic):
        self._clock = clock
        self._token: str | None = None
        self._expires = 0.0
        self._lock = threading.Lock()
        self.fetched = 0                 # how many tokens were fetched (check and the tests read it)

    def token(self) -> str:
        with self._lock:
            if self._token is None or self._clock() >= self._expires - RENEW_BEFORE:
                self._token, lifetime = self._fetch()
                self._expires = self._clock() + lifetime
                self.fetched += 1
            return self._token

    def invalidate(self) -> None:
        """The server refused the cached token (revoked, or expired early): the next token() fetches anew."""
        with self._lock:
            self._token = None

    @property
    def cached(self) -> bool:
        return self._token is not None

    def _fetch(self) -> tuple[str, float]:
        raise NotImplementedError


class RefreshTokenSource(_CachedSource):
    """RFC 6749 section 6: POST grant_type=refresh_token to the token endpoint."""

    def __init__(self, token_url: str, client_id: str, client_secret: str, refresh_token: str, scope: str = "", *,
                 clock=time.monotonic):
        super().__init__(clock)
        if not token_url.startswith("https://") and urllib.parse.urlsplit(token_url).hostname not in LOOPBACK:
            raise OAuth2Error(f"OAuth2 token_url {token_url!r} is not https://; the refresh token would travel in "
                              "clear: use the provider's https:// token endpoint")
        self.token_url, self.client_id, self.client_secret = token_url, client_id, client_secret
        self.refresh_token, self.scope = refresh_token, scope

    def _fetch(self) -> tuple[str, float]:
        form = {"grant_type": "refresh_token", "refresh_token": self.refresh_token, "client_id": self.client_id}
        if self.client_secret:
            form["client_secret"] = self.client_secret
        if self.scope:
            form["scope"] = self.scope
        answer = self._post(form)
        token = answer.get("access_token")
        if not isinstance(token, str) or not token:
            raise OAuth2Error(f"OAuth2 token endpoint {self.token_url} answered without an access_token")
        if isinstance(answer.get("refresh_token"), str):       # providers may rotate it (Microsoft does)
            self.refresh_token = answer["refresh_token"]
        return token, _lifetime(answer.get("expires_in"), 3600.0)

    def _post(self, form: dict) -> dict:
        request = urllib.request.Request(self.token_url, data=urllib.parse.urlencode(form).encode(),
                                         headers={"Accept": "application/json"}, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=HTTP_TIMEOUT) as response:     # https: verified
                return _json(response.read(MAX_ANSWER), self.token_url)
        except urllib.error.HTTPError as exc:
            raise _refused(exc, self.token_url) from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise OAuth2Error(f"OAuth2 token endpoint {self.token_url} cannot be reached ({reason}); check "
                              "[oauth2] token_url and the network; the bot tries again later") from None


class CommandTokenSource(_CachedSource):
    """An admin's own helper prints the token: its first line, or a JSON object with access_token and expires_in."""

    def __init__(self, command: str, *, clock=time.monotonic):
        super().__init__(clock)
        self.command = command

    def _fetch(self) -> tuple[str, float]:
        try:
            done = subprocess.run(shlex.split(self.command), capture_output=True, timeout=HTTP_TIMEOUT,
                                  stdin=subprocess.DEVNULL)
        except (OSError, ValueError, subprocess.TimeoutExpired) as exc:
            raise OAuth2Error(f"OAuth2 token_command {self.command!r} could not run ({exc}); fix [oauth2] "
                              "token_command") from None
        out = done.stdout[:MAX_ANSWER].decode("utf-8", "replace").strip()
        if done.returncode != 0 or not out:
            said = " ".join(done.stderr[:500].decode("utf-8", "replace").split()) or f"exit {done.returncode}"
            raise OAuth2Error(f"OAuth2 token_command {self.command!r} printed no token ({said}); run it by hand "
                              "as the bot's user to see why")
        if out.startswith("{"):
            answer = _json(out.encode(), "token_command")
            if not isinstance(answer.get("access_token"), str):
                raise OAuth2Error(f"OAuth2 token_command {self.command!r} printed JSON without access_token")
            return answer["access_token"], _lifetime(answer.get("expires_in"), COMMAND_TOKEN_SECONDS)
        return out.splitlines()[0].strip(), COMMAND_TOKEN_SECONDS


class OAuth2Login:
    """How a mailbox logs in with OAuth2: which SASL mechanism, and where its tokens come from."""

    def __init__(self, source: _CachedSource, mechanism: str = "xoauth2"):
        if mechanism not in MECHANISMS:
            raise ValueError(f"mechanism must be one of {MECHANISMS}, not {mechanism!r}")
        self.source, self.mechanism = source, mechanism

    def token(self) -> str:
        return self.source.token()

    def renew(self) -> bool:
        """Drop a token the server refused. True when it was a cached one, so a fresh one is worth a try."""
        was_cached = self.source.cached
        self.source.invalidate()
        return was_cached

    def sasl(self, user: str, token: str, host: str = "", port: int = 0) -> str:
        """The initial client response: XOAUTH2 (Google, Microsoft) or OAUTHBEARER (RFC 7628)."""
        if self.mechanism == "xoauth2":
            return f"user={user}\x01auth=Bearer {token}\x01\x01"
        authzid = user.replace("=", "=3D").replace(",", "=2C")
        return f"n,a={authzid},\x01host={host}\x01port={port}\x01auth=Bearer {token}\x01\x01"



def _json(raw: bytes, where: str) -> dict:
    try:
        answer = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise OAuth2Error(f"OAuth2 {where} answered something that is not JSON") from None
    if not isinstance(answer, dict):
        raise OAuth2Error(f"OAuth2 {where} answered JSON that is not an object")
    return answer


def _lifetime(value, default: float) -> float:
    try:
        return max(float(value), 0.0)
    except (TypeError, ValueError):
        return default


def _refused(exc: urllib.error.HTTPError, url: str) -> OAuth2Error:
    """400/401 with {"error": "invalid_grant"}: the refresh token is revoked or expired; a person must sign in."""
    try:
        answer = json.loads(exc.read(MAX_ANSWER))
    except (ValueError, OSError):
        answer = {}
    answer = answer if isinstance(answer, dict) else {}
    code = str(answer.get("error") or f"HTTP {exc.code}")
    said = " ".join(str(answer.get("error_description") or "").split())[:200]
    detail = f"{code}: {said}" if said else code
    if code == "invalid_grant":
        return OAuth2Error(f"OAuth2 refresh token refused by {url} ({detail}): it was revoked or has expired; "
                           "sign in again to get a new one and put it in the variable named by [oauth2] "
                           "refresh_token_env")
    if code in ("invalid_client", "unauthorized_client"):
        return OAuth2Error(f"OAuth2 client refused by {url} ({detail}); check the client id and secret in the "
                           "variables named by [oauth2] client_id_env and client_secret_env")
    return OAuth2Error(f"OAuth2 token endpoint {url} refused the refresh ({detail}); check [oauth2]")

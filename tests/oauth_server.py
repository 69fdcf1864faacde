"""A small OAuth2 authorization server on 127.0.0.1 for the tests: a token endpoint (refresh-token grant, RFC 6749
section 6) and a token-introspection endpoint (RFC 7662) that Dovecot's oauth2 passdb asks. Tokens can be expired
or revoked from the test, as a provider would; every request is counted.

Also: a Dovecot whose passdb checks XOAUTH2/OAUTHBEARER tokens here, and an aiosmtpd handler that does the same.
"""
from __future__ import annotations

import base64
import itertools
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

from aiosmtpd.smtp import AuthResult

from dovecot_server import Dovecot
from loopback import free_port
from smtp_sink import SinkHandler

CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN = "minutebot-test-app", "s3cret", "rt-bot-1"


class TokenServer:
    """Issues access tokens for the refresh token REFRESH_TOKEN (account "bot") and says which are active."""

    def __init__(self, expires_in: int = 3600):
        self.expires_in = expires_in
        self.active: dict[str, str] = {}               # access token -> the account it is for
        self.refresh_tokens = {REFRESH_TOKEN: "bot"}
        self.token_requests = 0
        self.introspections = 0
        self._numbers = itertools.count(1)
        self._lock = threading.Lock()
        self.port = free_port()
        self._http = ThreadingHTTPServer(("127.0.0.1", self.port), _handler(self))
        self._thread = threading.Thread(target=self._http.serve_forever, daemon=True)

    @property
    def token_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/token"

    @property
    def introspection_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/introspect"

    def start(self) -> "TokenServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._http.shutdown()
        self._http.server_close()

    # --- what a provider does to tokens -----------------------------------------------------------------------
    def expire_access_tokens(self) -> None:
        """Every access token issued so far stops working (the client's cache still thinks them valid)."""
        with self._lock:
            self.active.clear()

    def revoke_refresh_token(self) -> None:
        """An admin revoked the app's consent, or the refresh token expired: a person must sign in again."""
        with self._lock:
            self.refresh_tokens.clear()
            self.active.clear()

    def account_of(self, token: str) -> str | None:
        with self._lock:
            self.introspections += 1
            return self.active.get(token)

    def refresh(self, form: dict) -> tuple[int, dict]:
        with self._lock:
            self.token_requests += 1
            if form.get("client_id") != CLIENT_ID or form.get("client_secret") != CLIENT_SECRET:
                return 401, {"error": "invalid_client", "error_description": "unknown client"}
            if form.get("grant_type") != "refresh_token":
                return 400, {"error": "unsupported_grant_type"}
            account = self.refresh_tokens.get(form.get("refresh_token", ""))
            if account is None:
                return 400, {"error": "invalid_grant",
                             "error_description": "The refresh token has been revoked by the user or an admin."}
            token = f"at-{next(self._numbers)}-{account}"
            self.active[token] = account
            return 200, {"access_token": token, "token_type": "Bearer", "expires_in": self.expires_in}


def _handler(server: TokenServer):
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            length = min(int(self.headers.get("Content-Length") or 0), 65536)
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            if self.path == "/token":
                self._answer(*server.refresh(form))
            elif self.path == "/introspect":
                account = server.account_of(form.get("token", ""))
                self._answer(200, {"active": True, "username": account} if account else {"active": False})
            else:
                self._answer(404, {"error": "not_found"})

        def _answer(self, code: int, body: dict) -> None:
            data = json.dumps(body).encode()
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    return Handler


class OAuthDovecot(Dovecot):
    """Dovecot whose XOAUTH2 and OAUTHBEARER logins are checked by the token server's introspection endpoint
    (passdb driver = oauth2, introspection_mode = post); PLAIN logins still use the users file."""

    def __init__(self, tokens: TokenServer, **kwargs):
        self.tokens = tokens
        super().__init__(**kwargs)

    def _write_config(self) -> None:
        super()._write_config()
        oauth_conf = self.root / "oauth2.conf.ext"
        oauth_conf.write_text(f"introspection_mode = post\nintrospection_url = {self.tokens.introspection_url}\n"
                              "force_introspection = yes\nusername_attribute = username\n"
                              "active_attribute = active\nactive_value = true\n")
        text = self.conf.read_text()
        text = text.replace("auth_mechanisms = plain login", "auth_mechanisms = plain login xoauth2 oauthbearer")
        passdb = (f"passdb {{\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n  args = {oauth_conf}\n}}\n")
        text = text.replace("passdb {\n  driver = passwd-file", passdb + "passdb {\n  driver = passwd-file", 1)
        self.conf.write_text(text)


class OAuthSinkHandler(SinkHandler):
    """aiosmtpd handler offering AUTH XOAUTH2 and OAUTHBEARER, each token checked with the token server."""

    def __init__(self, tokens: TokenServer):
        super().__init__()
        self.tokens = tokens
        self.logins: list[str] = []

    async def auth_XOAUTH2(self, server, args):
        return await self._bearer(server, args, "XOAUTH2")

    async def auth_OAUTHBEARER(self, server, args):
        return await self._bearer(server, args, "OAUTHBEARER")

    async def _bearer(self, server, args, mechanism: str) -> AuthResult:
        blob = base64.b64decode(args[1]) if len(args) > 1 else await server.challenge_auth("")
        fields = dict(f.split("=", 1) for f in blob.decode().split("\x01") if "=" in f)
        user = fields.get("user") or _gs2_user(blob.decode())
        token = fields.get("auth", "").removeprefix("Bearer ")
        if self.tokens.account_of(token) == user:
            self.logins.append(f"{mechanism} {user}")
            return AuthResult(success=True, auth_data=user)
        await server.challenge_auth(json.dumps({"status": "401", "schemes": "bearer"}))   # then "535"
        return AuthResult(success=False, handled=False)


def _gs2_user(blob: str) -> str:
    """OAUTHBEARER's "n,a=USER," header (RFC 7628)."""
    header = blob.split("\x01", 1)[0]
    return next((p[2:] for p in header.split(",") if p.startswith("a=")), "")

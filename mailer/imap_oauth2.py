"""IMAP login with an OAuth2 access token (SASL XOAUTH2 or OAUTHBEARER), renewed once when the server refuses it."""
from __future__ import annotations

import logging

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from mailer.inbox import InboxError
from mailer.oauth2 import OAuth2Error, OAuth2Login

log = logging.getLogger("mailer.imap")


def imap_oauth2_login(client: IMAPClient, oauth: OAuth2Login, user: str, host: str, port: int) -> None:
    """Log in with the cached token; if the server refuses a cached one (expired early, revoked), fetch a fresh
    token and try once more. A refused fresh token or no token at all is an InboxError that says what to do."""
    try:
        _authenticate(client, oauth, user, oauth.token())
        return
    except LoginError as exc:
        if not oauth.renew():
            raise _refused(exc, oauth, user, host) from None
        log.info("IMAP %s refused the cached OAuth2 token for %s (%s); fetching a new one", host, user, _said(exc))
    except OAuth2Error as exc:
        raise InboxError(str(exc)) from None
    try:
        _authenticate(client, oauth, user, oauth.token())
    except LoginError as exc:
        raise _refused(exc, oauth, user, host) from None
    except OAuth2Error as exc:
        raise InboxError(str(exc)) from None


def _authenticate(client: IMAPClient, oauth: OAuth2Login, user: str, token: str) -> None:
    mechanism = oauth.mechanism.upper()
    if not client.has_capability(f"AUTH={mechanism}"):
        offered = " ".join(sorted(c.decode()[5:] for c in client.capabilities() if c.startswith(b"AUTH="))) or "none"
        raise InboxError(f"IMAP server offers no {mechanism} login (it offers: {offered}); set [oauth2] mechanism "
                         "to one it offers, or use auth = \"password\"")
    try:
        if oauth.mechanism == "xoauth2":
            client.oauth2_login(user, token)
        else:
            client.oauthbearer_login(user, token)
    except IMAPClientError as exc:
        if isinstance(exc, LoginError):
            raise
        raise LoginError(str(exc)) from None


def _refused(exc: Exception, oauth: OAuth2Login, user: str, host: str) -> InboxError:
    return InboxError(f"IMAP OAuth2 login failed for {user} at {host}: a fresh access token was refused "
                      f"({_said(exc)}); check that the user in [inbox] url is the account the token is for and "
                      "that the app may use IMAP (its scope, and IMAP enabled for the mailbox)")


def _said(exc: Exception) -> str:
    text = str(exc)
    if text.startswith(("b'", 'b"')):
        text = text[2:-1]
    return " ".join(text.split())[:300] or type(exc).__name__

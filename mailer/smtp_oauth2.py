"""SMTP AUTH with an OAuth2 access token (SASL XOAUTH2 or OAUTHBEARER), renewed once when the server refuses it."""
from __future__ import annotations

import logging
import smtplib

from mailer.oauth2 import OAuth2Error, OAuth2Login

log = logging.getLogger("mailer.smtp")


def smtp_oauth2_login(smtp: smtplib.SMTP, oauth: OAuth2Login, user: str, host: str, port: int) -> None:
    """AUTH with the cached token; a refused cached token is dropped and a fresh one tried once. A refused fresh
    token raises OAuth2Error with what to check (token fetch failures are OAuth2Errors already)."""
    mechanism = oauth.mechanism.upper()
    offered = (smtp.esmtp_features.get("auth") or "").upper().split()
    if mechanism not in offered:
        raise OAuth2Error(f"SMTP server {host}:{port} offers no {mechanism} login (it offers: "
                          f"{' '.join(offered) or 'none'}); set [oauth2] mechanism to one it offers, or use "
                          "auth = \"password\" in [outbox]")
    try:
        _auth(smtp, oauth, user, host, port)
        return
    except smtplib.SMTPAuthenticationError as exc:
        if not oauth.renew():
            raise _refused(exc, user, host, port) from None
        log.info("SMTP %s refused the cached OAuth2 token for %s (%s); fetching a new one", host, user, _said(exc))
    try:
        _auth(smtp, oauth, user, host, port)
    except smtplib.SMTPAuthenticationError as exc:
        raise _refused(exc, user, host, port) from None


def _auth(smtp: smtplib.SMTP, oauth: OAuth2Login, user: str, host: str, port: int) -> None:
    initial = oauth.sasl(user, oauth.token(), host, port)
    answers = iter([initial])

    def respond(challenge=None) -> str:
        """The token first; after an error challenge (334 + JSON), an empty line ends the exchange."""
        return next(answers, "")

    smtp.auth(oauth.mechanism.upper(), respond, initial_response_ok=True)


def _refused(exc: smtplib.SMTPAuthenticationError, user: str, host: str, port: int) -> OAuth2Error:
    return OAuth2Error(f"SMTP server {host}:{port}: OAuth2 login failed for {user}: a fresh access token was "
                       f"refused ({_said(exc)}); check that the user in [outbox] url is the account the token is "
                       "for and that the app may send mail (its scope, and SMTP AUTH enabled for the mailbox)")


def _said(exc: smtplib.SMTPAuthenticationError) -> str:
    reply = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
    return f"{exc.smtp_code} {' '.join(reply.split())}"[:300]

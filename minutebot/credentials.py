"""How the bot logs in to its mailboxes: a password from the environment, or an OAuth2 token source from [oauth2]
and the environment (one source shared by inbox and outbox, so both use the same cached token)."""
from __future__ import annotations

from functools import lru_cache

from mailer.oauth2 import CommandTokenSource, OAuth2Error, OAuth2Login, RefreshTokenSource
from minutebot.config import Config, OAuth2Config
from minutebot.errors import ConfigError


def oauth_login(config: Config) -> OAuth2Login:
    """The [oauth2] login; its secrets come from the environment variables the config names."""
    oauth2 = config.oauth2
    secrets = tuple(config.secret(name) or "" for name in
                    (oauth2.client_id_env, oauth2.client_secret_env, oauth2.refresh_token_env))
    return OAuth2Login(_source(oauth2, secrets, str(config.base)), oauth2.mechanism)


@lru_cache(maxsize=8)
def _source(oauth2: OAuth2Config, secrets: tuple[str, str, str], base: str):
    if oauth2.token_command:
        return CommandTokenSource(oauth2.token_command)
    client_id, client_secret, refresh_token = secrets
    for env, value in ((oauth2.client_id_env, client_id), (oauth2.refresh_token_env, refresh_token)):
        if not value:
            raise ConfigError(f"no OAuth2 credentials: ${env} is empty",
                              f"export {env}=... before starting minutebot (docs/providers.md says where to get it)")
    try:
        return RefreshTokenSource(oauth2.token_url, client_id, client_secret, refresh_token, oauth2.scope)
    except OAuth2Error as exc:
        raise ConfigError(str(exc)) from None


def mailbox_secrets(config: Config, box: str) -> dict:
    """The keyword arguments open_inbox/open_transport take for `box` ("inbox" or "outbox")."""
    section = getattr(config, box)
    options = {"ca_file": str(config.resolve(section.ca_file)) if section.ca_file else None,
               "allow_plaintext": section.allow_plaintext}
    if section.auth == "oauth2":
        return {**options, "oauth": oauth_login(config)}
    return {**options, "password": config.secret(section.password_env)}

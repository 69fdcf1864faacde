"""Signed reply addresses: bot+TOKEN@domain, where TOKEN names a meeting and carries an HMAC of it.

A reply to that address finds its meeting without trusting the subject; an altered or forged token matches
nothing. The same token goes into the bot's own Message-IDs, so In-Reply-To carries it through providers that
drop plus-addressing.
"""
from __future__ import annotations

import hashlib
import hmac
import re

TOKEN = re.compile(r"\bm(\d{1,12})-([0-9a-f]{12})\b")


def make_token(secret: str, meeting_id: int) -> str:
    return f"m{meeting_id}-{_mac(secret, meeting_id)}"


def reply_address(bot_address: str, token: str) -> str:
    local, _, domain = bot_address.partition("@")
    return f"{local}+{token}@{domain}"


def meeting_of(secret: str, text: str) -> int | None:
    """The meeting id a token in `text` (an address or a Message-ID) names, when its signature is right."""
    for match in TOKEN.finditer(text or ""):
        meeting_id = int(match.group(1))
        if hmac.compare_digest(match.group(2), _mac(secret, meeting_id)):
            return meeting_id
    return None


def _mac(secret: str, meeting_id: int) -> str:
    return hmac.new(secret.encode(), f"meeting:{meeting_id}".encode(), hashlib.sha256).hexdigest()[:12]

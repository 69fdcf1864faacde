"""Signed reply addresses: bot+TOKEN@domain, where TOKEN names a meeting (m42-…) or the stored list of items a
mail showed (l7-…, see lists.py) and carries an HMAC of it.

A reply to that address finds its meeting without trusting the subject; an altered or forged token matches
nothing. The same token goes into the bot's own Message-IDs, so In-Reply-To carries it through providers that
drop plus-addressing.
"""
from __future__ import annotations

import hashlib
import hmac
import re

TOKEN = re.compile(r"\b([ml])(\d{1,12})-([0-9a-f]{12})\b")
KINDS = {"m": "meeting", "l": "list"}


def make_token(secret: str, meeting_id: int) -> str:
    return f"m{meeting_id}-{_mac(secret, meeting_id)}"


def make_list_token(secret: str, list_id: int) -> str:
    return f"l{list_id}-{_mac(secret, list_id, 'list')}"


def reply_address(bot_address: str, token: str) -> str:
    local, _, domain = bot_address.partition("@")
    return f"{local}+{token}@{domain}"


def meeting_of(secret: str, text: str) -> int | None:
    """The meeting id a token in `text` (an address or a Message-ID) names, when its signature is right."""
    return _signed(secret, text, "meeting")


def list_of(secret: str, text: str) -> int | None:
    """The list id a list token in `text` names, when its signature is right."""
    return _signed(secret, text, "list")


def _signed(secret: str, text: str, kind: str) -> int | None:
    for match in TOKEN.finditer(text or ""):
        number = int(match.group(2))
        if KINDS[match.group(1)] == kind and hmac.compare_digest(match.group(3), _mac(secret, number, kind)):
            return number
    return None


def _mac(secret: str, number: int, kind: str = "meeting") -> str:
    return hmac.new(secret.encode(), f"{kind}:{number}".encode(), hashlib.sha256).hexdigest()[:12]

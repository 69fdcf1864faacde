"""Pre-checks: each looks at a parsed message and returns a reason to drop it, or None. None of them acts.

A dropped message is recorded in the ledger with its reason and gets no reply — that is what keeps the bot out of
mail loops (auto-replies, bounces, its own mail) and away from strangers.
"""
from __future__ import annotations

from minutebot.config import Config
from minutebot.unreadable import files_to_answer
from parsers.mail.auth import dmarc_failure, dmarc_other_domain
from parsers.model import ParsedMessage


def is_auto(msg: ParsedMessage, config: Config) -> str | None:
    if msg.kind == "auto":
        return f"auto mail ({msg.auto_reason or 'no person wrote it'})"
    return None


def is_from_bot(msg: ParsedMessage, config: Config) -> str | None:
    sender = (msg.sender.email if msg.sender else "") or ""
    local, _, domain = config.bot.address.lower().partition("@")
    s_local, _, s_domain = sender.lower().partition("@")
    if s_domain == domain and (s_local == local or s_local.startswith(local + "+")):
        return "the bot's own mail"
    return None


def has_unclear_sender(msg: ParsedMessage, config: Config) -> str | None:
    """The From is not exactly one mailbox that every reader agrees on (two From fields, a list, a group, an address
    in front of another): whoever it names, mail clients and DMARC may read another."""
    return f"unclear sender: {msg.sender_problem}" if msg.sender_problem else None


def fails_dmarc(msg: ParsedMessage, config: Config) -> str | None:
    """Our own receiving server (bot.authserv_ids) says the From domain did not send this, or checked another From
    domain than the one we read: a forged sender."""
    sender = (msg.sender.email if msg.sender else "") or ""
    failure = dmarc_failure(msg.auth_results, config.bot.authserv_ids) or \
        dmarc_other_domain(msg.auth_results, config.bot.authserv_ids, sender.rpartition("@")[2])
    return f"spoofed sender {sender or '(none)'}: {failure}" if failure else None


def is_outside_domains(msg: ParsedMessage, config: Config) -> str | None:
    """The From domain is not allowed; a From without an address is never allowed, not even with every domain open."""
    sender = msg.sender.email if msg.sender else None
    if not sender and not config.bot.allowed_domains:
        return "sender has no address"
    if not config.domain_allowed(sender):
        return f"sender {sender or '(none)'} is outside allowed_domains"
    return None


def is_other(msg: ParsedMessage, config: Config) -> str | None:
    """Neither minutes nor a reply; kept are calendar answers and files sent as minutes that could not be read."""
    if msg.kind == "other" and not msg.calendar_reply and not files_to_answer(msg):
        return "neither minutes nor a reply"
    return None


PRECHECKS = (is_auto, has_unclear_sender, is_from_bot, fails_dmarc, is_outside_domains, is_other)


def first_reason(msg: ParsedMessage, config: Config) -> str | None:
    for check in PRECHECKS:
        reason = check(msg, config)
        if reason:
            return reason
    return None

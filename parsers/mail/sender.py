"""Whether a message's From names exactly one mailbox, the one every reader of the header agrees on.

    from_problem(['王芳 <wangfang@xinghe.cn>'])                                   -> ''
    from_problem(['wangfang@xinghe.cn (x) <mallory@evil.example>'])              -> 'From is ambiguous: …'
    from_problem(['a@xinghe.cn, b@evil.example'])                                -> 'From names 2 mailboxes …'

A person is their From address, so a From that different readers read differently is an impersonation waiting to
happen: a mail client and a DMARC checker take the angle address of `zhaolei@inside (x) <attacker@outside>`, a lax
reader takes the first. Such a From is refused whole (RFC 5322 §3.6.2: one From field; with several mailboxes a
Sender field would be needed, and we act for one person). Pure: header values in, a reason out.
"""
from __future__ import annotations

import re
from email.errors import InvalidHeaderDefect
from email.policy import default
from email.utils import getaddresses

ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")     # RFC 2047: in a name or a comment only
SIMPLE = re.compile(r'^(?:(?:"[^"\\\r\n]*"|[^"<>()\[\],;:@\\\r\n]*?)\s*<(?P<angle>[^<>()\[\],;:"@\s\\]+@[A-Za-z0-9.-]+)>'
                    r'|(?P<bare>[^<>()\[\],;:"@\s\\]+@[A-Za-z0-9.-]+))$')   # one mailbox, nothing a reader could read two ways
MAX_FROM_CHARS = 2_000          # a real From is under 200 characters; the strict reader is slow on long hostile ones


def from_problem(values: list[str]) -> str:
    """'' when the From fields name exactly one mailbox that the strict and the lax reader both find; else why not."""
    if not values:
        return ""                                   # no From: no sender (the domain check refuses it)
    if len(values) > 1:
        return f"{len(values)} From headers"
    value = ENCODED_WORD.sub("x", " ".join(values[0].split()))    # a name's words cannot change the structure
    if len(value) > MAX_FROM_CHARS:
        return f"From header of {len(value)} characters"
    if SIMPLE.match(value.strip()):
        return ""                                   # the common shape: both readers find its one address (its
    #   test: tests/test_mail_sender.py), so neither is asked (the lax one costs ~7 us, the strict one more)
    lax = [address.lower() for _, address in getaddresses([value]) if "@" in address]
    if not lax:
        return ""                                   # no address at all: no sender (the domain check refuses it)
    strict, problem = _strict(value)
    if problem:
        return problem
    if lax != [strict]:
        return f"From is ambiguous: {value[:120]!r} reads as {', '.join(lax) or 'nothing'} or as {strict}"
    return ""


def _strict(value: str) -> tuple[str, str]:
    """(the one addr-spec of an RFC 5322 mailbox, lower-cased; '') or ('', why the value is not exactly one)."""
    try:
        header = default.header_factory("from", value)
    except Exception as exc:                        # the stdlib's parser on input it never met: not a mailbox
        return "", f"From cannot be read ({type(exc).__name__})"
    if any(isinstance(defect, InvalidHeaderDefect) for defect in header.defects):
        return "", f"From is not a valid mailbox: {value[:120]!r}"
    if any(group.display_name is not None for group in header.groups):
        return "", f"From is a group: {value[:120]!r}"
    if len(header.addresses) != 1:
        return "", f"From names {len(header.addresses)} mailboxes: {value[:120]!r}"
    address = header.addresses[0].addr_spec.lower()
    return (address, "") if "@" in address else ("", f"From has no address: {value[:120]!r}")

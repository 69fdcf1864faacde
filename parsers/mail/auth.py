"""What receiving servers said about the sender: Authentication-Results headers (RFC 8601), read but not trusted here.

    found = results(mail.headers)          # (AuthResult('mx.example.cn', 'dmarc', 'fail', 'header.from=example.cn'),)
    dmarc_failure(found, ["mx.example.cn"])   # 'dmarc=fail (header.from=example.cn) reported by mx.example.cn'

Anyone can write an Authentication-Results header into a mail, so only those carrying the authserv-id of our own
receiving server count: that server removes forged copies with its id (RFC 8601 §5, §7.1). They are used only to
refuse, never to vouch: a message with no trusted result is unknown and goes on (QQ adds none, Coremail gives no
dmarc), one with a trusted dmarc=fail was not written by its From domain.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

HEADER_FROM = re.compile(r"(?:^|\s)header\.from\s*=\s*\"?([^\s\";]+)", re.I)
RESULT = re.compile(r"^\s*([A-Za-z0-9_-]+)(?:\s*/\s*\d+)?\s*=\s*([A-Za-z0-9_-]+)\s*(.*)$", re.S)


@dataclass(frozen=True)
class AuthResult:
    authserv_id: str           # the server that checked, lower-cased (e.g. "mx.example.cn")
    method: str                # spf | dkim | dmarc | arc | …, lower-cased
    result: str                # pass | fail | none | softfail | …, lower-cased
    detail: str = ""           # what it was checked on, e.g. "header.from=example.cn"


def results(headers: tuple[tuple[str, str], ...]) -> tuple[AuthResult, ...]:
    """Every method result of every Authentication-Results header, in header order."""
    found: list[AuthResult] = []
    for name, value in headers:
        if name == "authentication-results":
            found.extend(parse_header(value))
    return tuple(found)


def parse_header(value: str) -> tuple[AuthResult, ...]:
    """One header value: 'authserv-id [version]; method=result props; …' (comments dropped, quotes kept whole)."""
    parts = _split(_uncomment(value))
    if not parts or not parts[0].split():
        return ()
    authserv_id = parts[0].split()[0].lower()
    out = []
    for part in parts[1:]:
        found = RESULT.match(part)
        if found:
            out.append(AuthResult(authserv_id, found.group(1).lower(), found.group(2).lower(),
                                  " ".join(found.group(3).split())))
    return tuple(out)


def dmarc_failure(found: tuple[AuthResult, ...], trusted_ids) -> str | None:
    """Why a trusted server says the From domain did not send this (dmarc=fail), or None."""
    trusted = {t.lower() for t in trusted_ids}
    for result in found:
        if result.authserv_id in trusted and result.method == "dmarc" and result.result == "fail":
            detail = f" ({result.detail})" if result.detail else ""
            return f"dmarc=fail{detail} reported by {result.authserv_id}"
    return None


def dmarc_other_domain(found: tuple[AuthResult, ...], trusted_ids, from_domain: str) -> str | None:
    """A trusted server's DMARC result about another From domain than `from_domain` (header.from=evil.example on a
    mail whose From we read as xinghe.cn): the result, pass or not, is not about the sender we would believe."""
    trusted = {t.lower() for t in trusted_ids}
    for result in found:
        checked = HEADER_FROM.search(result.detail)
        domain = checked.group(1).rpartition("@")[2].lower().rstrip(".") if checked else ""
        if result.authserv_id in trusted and result.method == "dmarc" and domain and domain != from_domain.lower():
            return f"dmarc={result.result} checked header.from={domain}, not {from_domain or '(none)'}, " \
                   f"reported by {result.authserv_id}"
    return None


def _uncomment(value: str) -> str:
    """Drop (comments), nested ones too, outside quoted strings."""
    out, depth, quoted, escaped = [], 0, False, False
    for char in value:
        if escaped:
            escaped = False
            if not depth:
                out.append(char)
            continue
        if char == "\\":
            escaped = True
            if not depth:
                out.append(char)
        elif char == '"' and not depth:
            quoted = not quoted
            out.append(char)
        elif char == "(" and not quoted:
            depth += 1
        elif char == ")" and not quoted and depth:
            depth -= 1
        elif not depth:
            out.append(char)
    return "".join(out)


def _split(value: str) -> list[str]:
    """Split on ';' outside quoted strings."""
    parts, current, quoted = [], [], False
    for char in value:
        if char == '"':
            quoted = not quoted
        if char == ";" and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]

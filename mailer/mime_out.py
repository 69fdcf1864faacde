"""The bytes of a plain bot mail (text + HTML alternative), written directly: the email package's header objects cost
~3 ms a mail, which a morning's 3,000 chases and digests cannot afford.

    raw = plain_mail(headers, text, html)     # None when a value is outside what this writer handles

Only one shape is written here: From/To/Cc/Reply-To with ASCII addresses, any subject and display names (RFC 2047
base64 words, folded at 78 columns), and a multipart/alternative of two base64 UTF-8 parts, CRLF throughout. Anything
else (an attachment, a calendar, an address the strict pattern does not accept, a control character in a value)
returns None and the caller builds the mail with the email package instead, so unusual input keeps its old path.
"""
from __future__ import annotations

import base64
import binascii
import re
import secrets
from functools import lru_cache

LIMIT = 78                                        # RFC 5322's recommended line length
WORD_BYTES = 45                                   # UTF-8 bytes per encoded word: =?utf-8?b?<60 chars>?= is 72 long
ADDR_SPEC = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                       r"@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*")
ATOMS = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]*")          # a phrase of atoms that needs no quoting
PRINTABLE = re.compile(r"[\x20-\x7e]*")
LINES_76 = re.compile(rb".{1,76}", re.DOTALL)                     # base64 text cut into 76-column lines


class Unsupported(ValueError):
    """A value this writer does not write; the email package does instead."""


def plain_mail(headers: list[tuple[str, object]], text: str, html: str) -> bytes | None:
    """Headers [(name, value)] — a value is a str, or for address headers a list of (display name, addr-spec) — then
    the two bodies as multipart/alternative. None when any value is outside this writer's shape."""
    try:
        lines = [_header(name, value) for name, value in headers]
    except Unsupported:
        return None
    boundary = f"=_mb_{secrets.token_hex(12)}"      # '_' is not in base64's alphabet: no body line can match it
    head = "\r\n".join(lines) + ('\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative;\r\n'
                                  f' boundary="{boundary}"\r\n')
    parts = [head.encode("ascii")]
    for subtype, body in (("plain", text), ("html", html)):
        parts.append(f'\r\n--{boundary}\r\nContent-Type: text/{subtype}; charset="utf-8"\r\n'
                     f"Content-Transfer-Encoding: base64\r\n\r\n".encode("ascii"))
        parts.append(_base64_body(body))
    parts.append(f"\r\n--{boundary}--\r\n".encode("ascii"))
    return b"".join(parts)


def _base64_body(text: str) -> bytes:
    """Text with CRLF line ends (CR, LF and CRLF are the line breaks the email package recognises) and one at the
    end, base64 in 76-column lines: each step one call over the whole body (a 190 KB digest is 2,500 lines). A
    body with no CR (the templates write none) skips the two passes that fold CR into LF."""
    data = text.encode("utf-8")
    if "\r" in text:
        data = data.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    data = data.replace(b"\n", b"\r\n")
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return b"\r\n".join(LINES_76.findall(binascii.b2a_base64(data, newline=False)))


def _header(name: str, value) -> str:
    if isinstance(value, str):
        return _text(name, value)
    return _addresses(name, tuple(value))


@lru_cache(maxsize=4096)        # Date is the tick's, Auto-Submitted, X-Loop… the bot's, References a meeting's
def _text(name: str, value: str) -> str:
    """A header whose value is text: as it stands when it fits, folded at spaces, or (a Subject) RFC 2047 words."""
    if not PRINTABLE.fullmatch(value) or "=?" in value:
        if name != "Subject":
            raise Unsupported(name)
        return _fold(name, _encoded_words(value, _first_bytes(name)))
    if len(name) + 2 + len(value) <= LIMIT:           # one line as it stands (what _fold would write)
        return f"{name}: {value}"
    return _fold(name, value.split(" ") if value.strip() == value and "  " not in value else [value])


@lru_cache(maxsize=4096)        # From is the bot on every mail; To and Cc name the same people again and again
def _addresses(name: str, value: tuple[tuple[str, str], ...]) -> str:
    """An address header: each mailbox's tokens, comma after all but the last, folded."""
    tokens: list[str] = []
    for n, (display, addr) in enumerate(value):
        tokens += _address(display, addr, _first_bytes(name) if n == 0 else WORD_BYTES)
        if n < len(value) - 1:
            tokens[-1] += ","
    return _fold(name, tokens)


@lru_cache(maxsize=4096)        # a morning's mails name the same owners, managers and organizers again and again
def _address(display: str, addr: str, first: int) -> tuple[str, ...]:
    """One mailbox as unbreakable tokens: 'name <addr>', '"na,me" <addr>', '=?utf-8?b?…?= <addr>' or 'addr'."""
    if not ADDR_SPEC.fullmatch(addr) or len(addr) > 254:
        raise Unsupported(addr)
    if not display:
        return (addr,)
    if PRINTABLE.fullmatch(display) and "=?" not in display:
        words = display.split(" ") if ATOMS.fullmatch(display) and "  " not in display and display.strip() == display \
            else ['"' + display.replace("\\", "\\\\").replace('"', '\\"') + '"']
    else:
        words = _encoded_words(display, first)
    return (*words, f"<{addr}>")


def _first_bytes(name: str) -> int:
    """UTF-8 bytes in the first encoded word after 'Name: ', so that its line stays within LIMIT."""
    return min(WORD_BYTES, (LIMIT - len(name) - 2 - len("=?utf-8?b??=")) // 4 * 3)


def _encoded_words(value: str, first: int = WORD_BYTES) -> list[str]:
    """RFC 2047 base64 words of at most WORD_BYTES UTF-8 bytes each (`first` for the first), never splitting a
    character."""
    whole = value.encode("utf-8")
    if len(whole) <= first:                       # a name or a short subject: one word, no character walk
        return [f"=?utf-8?b?{base64.b64encode(whole).decode('ascii')}?="] if whole else []
    words, chunk = [], b""
    for char in value:
        data = char.encode("utf-8")
        if len(chunk) + len(data) > (first if not words else WORD_BYTES) and chunk:
            words.append(chunk)
            chunk = b""
        chunk += data
    words.append(chunk)
    return [f"=?utf-8?b?{base64.b64encode(w).decode('ascii')}?=" for w in words if w]


def _fold(name: str, tokens: list[str]) -> str:
    """'Name: tok tok', starting a new line (CRLF + space) before a token that would pass LIMIT columns."""
    line, lines = f"{name}:", []
    for token in tokens:
        if len(line) + 1 + len(token) > LIMIT and line != f"{name}:":
            lines.append(line)
            line = ""
        line += " " + token
    lines.append(line)
    if any(len(text) > 998 for text in lines):
        raise Unsupported(name)
    return "\r\n".join(lines)

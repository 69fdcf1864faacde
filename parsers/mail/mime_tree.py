"""The stdlib's compat32 MIME tree of ordinary mail, built by splitting on boundaries rather than line by line.

    tree = quick_tree(raw)  or  email.message_from_bytes(raw)

`email.feedparser` walks every body line in Python, matching each against the boundaries in force: for a typical
minutes mail (text and HTML parts in base64, ~300 lines) that is a fifth of the whole parse. Here each header block
still goes through the stdlib parser, and the bodies are cut where their boundary lines are, found with str.find
(in C). The result is the tree the stdlib builds (same headers, payload strings, preambles and epilogues: checked on
every mail of the tests by tests/test_mime_tree.py). Anything out of the ordinary — message/* parts, multipart/digest,
a multipart without its boundary, its first or its closing boundary line, two boundary lines in a row — returns None,
and the caller lets the stdlib read the whole message.
"""
from __future__ import annotations

import re
from email import feedparser
from email.message import Message
from email.parser import Parser

LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")
BOUNDARY_TAIL = re.compile(r"(--)?[ \t]*(?:\r\n|\n|\Z)")        # after '--boundary': the rest of its line
LONE_CR = re.compile(r"\r(?!\n)")
MAX_PARTS = 200                     # more than this: the stdlib reads it (and mime.py's own limits apply)


class _Unusual(Exception):
    """A shape the quick split does not take on: the stdlib reads the message."""


def quick_tree(raw: bytes) -> Message | None:
    """The compat32 tree of `raw` as `email.message_from_bytes` gives it, or None when the shape is unusual."""
    text = raw.decode("ascii", "surrogateescape")             # what BytesParser does before parsing
    if "\r" in text and LONE_CR.search(text):                  # (a line that ends in a bare CR: rare, left alone)
        return None
    try:
        return _message(text, 0, len(text), [0])
    except _Unusual:
        return None


def _message(text: str, start: int, end: int, parts: list[int]) -> Message:
    """One message or part: text[start:end], its headers by the stdlib, its body by boundaries."""
    parts[0] += 1
    if parts[0] > MAX_PARTS:
        raise _Unusual
    head_end, body_start = _head_end(text, start, end)
    message = Parser().parsestr(text[start:head_end], headersonly=True)
    if message.get_payload():                                  # (the stdlib saw the headers end sooner)
        raise _Unusual
    if message.get_content_maintype() == "message" or message.get_content_type() == "multipart/digest":
        raise _Unusual
    if message.get_content_maintype() != "multipart":
        message.set_payload(text[body_start:end])
        return message
    boundary = message.get_boundary()
    if boundary is None:
        raise _Unusual
    _read_multipart(message, boundary, text, body_start, end, parts)
    return message


def _head_end(text: str, start: int, end: int) -> tuple[int, int]:
    """(where the header lines end, where the body starts): the feedparser's rule, a line that is no header."""
    position = start
    while position < end:
        line = LINE.match(text, position, end).group()
        if not line:
            break
        if not feedparser.headerRE.match(line):
            return position, position + len(line) if feedparser.NLCRE.match(line) else position
        position += len(line)
    return position, position


def _read_multipart(message: Message, boundary: str, text: str, start: int, end: int, parts: list[int]) -> None:
    """Cut text[start:end] at the boundary lines into preamble, parts and epilogue, as the feedparser does."""
    lines = list(_boundary_lines("--" + boundary, text, start, end))
    closing = [index for index, (_, _, is_close) in enumerate(lines) if is_close]
    if not lines or lines[0][2] or not closing:
        raise _Unusual
    lines = lines[:closing[0] + 1]
    if any(first[1] == second[0] for first, second in zip(lines, lines[1:])):
        raise _Unusual                                         # two boundary lines in a row
    if lines[0][0] > start:
        message.preamble = _without_eol(text[start:lines[0][0]])
    children = []
    for (_, part_start, _), (part_end, _, _) in zip(lines, lines[1:]):
        child = _message(text, part_start, part_end, parts)
        _trim_last_eol(child)
        children.append(child)
    message.set_payload(children)
    message.epilogue = text[lines[-1][1]:end]       # (the feedparser strips a line break only from what is left)


def _boundary_lines(separator: str, text: str, start: int, end: int):
    """(line start, line end, is the closing boundary) of each boundary line in text[start:end]: found as text, then
    checked to be the whole line (the separator, '--' for the last, spaces or tabs)."""
    at = start if text.startswith(separator, start) else _after_newline(text.find("\n" + separator, start, end))
    while at >= 0:
        tail = BOUNDARY_TAIL.match(text, at + len(separator), end)
        if tail:
            yield at, tail.end(), bool(tail.group(1))
        at = _after_newline(text.find("\n" + separator, at, end))


def _after_newline(found: int) -> int:
    return found + 1 if found >= 0 else -1


def _without_eol(text: str) -> str:
    """`text` less the one line break it ends with (a regex anchored at the end would scan all of it)."""
    return text[:-2] if text.endswith("\r\n") else text[:-1] if text.endswith(("\n", "\r")) else text


def _trim_last_eol(part: Message) -> None:
    """The line break before a boundary line belongs to the boundary (RFC 2046), not to the part before it."""
    if part.is_multipart():
        if part.epilogue == "":
            part.epilogue = None
        elif part.epilogue is not None:
            part.epilogue = _without_eol(part.epilogue)
    elif isinstance(part._payload, str):
        part._payload = _without_eol(part._payload)

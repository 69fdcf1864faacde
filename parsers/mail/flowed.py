"""A format=flowed text part (RFC 3676) read as its writer wrote it: each soft line break joined back.

Thunderbird, Apple Mail and some webmail send plain text as format=flowed: a line that ends in a space was wrapped
by the client, and the next line continues it. Read line by line, a task wrapped there loses its deadline or its
owner to a line of its own ('- Heizwerk will send the revised drawing (…) ' + 'by 3 June. Owner: Jonas Weber').

    unflow('- send the drawing \\nby 3 June.\\n', delsp=False) -> '- send the drawing by 3 June.\\n'
"""
from __future__ import annotations

import re

QUOTE = re.compile(r"^>+")
CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")   # Han, kana, full-width marks
SIGNATURE = "-- "                       # the signature separator ends in a space and is never flowed


def as_written(text: str, part) -> str:
    """The decoded text of a text part (a stdlib Message), unflowed when its Content-Type says format=flowed."""
    if "flowed" not in str(part.get("content-type", "")).lower():
        return text                                # (a look before the parameters are parsed)
    flowed, delsp = (_param(part, name) for name in ("format", "delsp"))
    return unflow(text, delsp == "yes") if flowed == "flowed" else text


def _param(part, name: str) -> str:
    value = part.get_param(name)
    return value.strip().lower() if isinstance(value, str) else ""


def unflow(text: str, delsp: bool = False) -> str:
    """The text with every flowed line joined to the line after it at the same quote depth; quoted lines keep
    their '>' marks (one '>' a level, then a space), space-stuffing is undone."""
    out: list[str] = []
    open_line: tuple[int, str] | None = None           # (depth, text so far) of a paragraph still flowing
    for line in text.split("\n"):
        line = line.rstrip("\r")
        quote = QUOTE.match(line)
        depth = len(quote.group()) if quote else 0
        body = line[depth:]
        body = body[1:] if body.startswith(" ") else body                # space-stuffed, or the space after '>'
        if open_line is not None and (open_line[0] != depth or not body):    # a new depth ends the paragraph (RFC
            out.append(_quoted(*open_line))                                # 3676 4.5); so does an empty line here
            open_line = None
        flowing = body.endswith(" ") and body != SIGNATURE
        body = (body[:-1] if flowing and delsp else body) if open_line is None else \
            _joined(open_line[1], body[:-1] if flowing and delsp else body)
        if flowing:
            open_line = (depth, body)
            continue
        open_line = None
        out.append(_quoted(depth, body))
    if open_line is not None:
        out.append(_quoted(*open_line))
    return "\n".join(out)


def _joined(before: str, after: str) -> str:
    """Two pieces of a flowed paragraph: where Chinese meets Chinese the soft break's space is no word space (a
    client that wrapped '…提交评审组 ' + '确认' without delsp=yes)."""
    if before.endswith(" ") and CJK.match(before[-2:-1]) and CJK.match(after[:1]):
        return before[:-1] + after
    return before + after


def _quoted(depth: int, body: str) -> str:
    return (">" * depth + " " + body) if depth else body

"""The features of one body line of minutes, as strings: what the line model scores (text and context in).

A line is read for its structure more than its words: the list marker, the heading it sits under, whether the
item reader finds an owner and a deadline in it, a colon label, its length and place, the line above; plus its
character 1-3-grams (the verbs and nouns, in any language, without a word list).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from parsers.context import Context
from parsers.dates.due import find_due
from parsers.minutes.lines.inline import list_marker
from parsers.minutes.items import read_item
from parsers.minutes.lines.sections import heading

GRAM_CHARS = 48             # the n-grams of a line's first characters: its opening says what it is
DIGITS = re.compile(r"\d")
SPACES = re.compile(r"\s+")
LABEL = re.compile(r"^[^:：]{1,12}[:：]")
TABLE_ROW = re.compile(r"\t| \| ")


@dataclass(frozen=True)
class Body:
    """A body's lines (stripped) with the kind of the heading each sits under, computed once per body."""
    lines: tuple[str, ...]
    sections: tuple[str, ...]         # the kind of the last heading above each line ('' before any)
    titles: tuple[str, ...]           # that heading's text


def body_of(text: str) -> Body:
    lines = tuple(line.strip() for line in text.splitlines())
    sections, titles, kind, title = [], [], "", ""
    for line in lines:
        sections.append(kind)
        titles.append(title)
        found = heading(line) if line and len(line) <= 40 else None
        if found:
            kind, title = found.kind, line
    return Body(lines, tuple(sections), tuple(titles))


def features(body: Body, index: int, ctx: Context) -> list[str]:
    """The features of body.lines[index]."""
    line = body.lines[index]
    kind, text = list_marker(line)
    out = ["bias", f"m:{kind}", f"h:{body.sections[index]}", f"len:{min(len(text) // 8, 12)}",
           f"pos:{index * 10 // max(len(body.lines), 1)}", f"c:{bool(LABEL.match(text))}",
           f"t:{bool(TABLE_ROW.search(line))}", f"q:{line.startswith('>')}"]
    out += _reading(text, ctx)
    out += [f"hg:{g}" for g in _grams(body.titles[index][:12], 2)]
    out += [f"g:{g}" for g in _grams(text[:GRAM_CHARS], 3)]
    out += _previous(body, index)
    return out


def _reading(text: str, ctx: Context) -> list[str]:
    """What the rules' item reader and deadline finder make of the line."""
    due = find_due(text, ctx.sent, ctx.calendar, ctx.holiday) if ctx.sent else None
    item = read_item(text, ctx)
    owner = item.owner if item else None
    who = "none" if item is None else "person" if owner and owner.email else "name" if owner and owner.name else \
        "unit" if owner and owner.department else "nobody"
    return [f"d:{due is not None}", f"r:{who}", f"rd:{who}:{due is not None}"]


def _previous(body: Body, index: int) -> list[str]:
    above = next((body.lines[k] for k in range(index - 1, -1, -1) if body.lines[k]), "")
    kind, text = list_marker(above)
    blank = index > 0 and not body.lines[index - 1]
    return [f"pm:{kind}", f"pb:{blank}", f"pc:{bool(LABEL.match(text))}", f"pm2:{kind}:{list_marker(body.lines[index])[0]}"]


def _grams(text: str, longest: int) -> list[str]:
    text = DIGITS.sub("0", SPACES.sub(" ", unicodedata.normalize("NFKC", text).lower()))
    return [text[k:k + n] for n in range(1, longest + 1) for k in range(len(text) - n + 1)]

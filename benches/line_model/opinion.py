"""The second opinion, as a hook after the minutes reader would run it: a body line the rules took for no item,
that the line model is confident is one, becomes an item read by the rules' own item reader (owner, task,
deadline). Only lines no rule item came from are scored."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from difflib import SequenceMatcher

from parsers.context import Context
from parsers.minutes.lines.inline import list_marker
from parsers.minutes.items import read_item
from parsers.model import Item

from line_model.features import Body, body_of, features
from line_model.model import LineModel

SHORTEST, LONGEST = 4, 200       # a line outside these lengths is no candidate
MAX_CANDIDATES = 200             # hostile input: at most this many lines are scored a body
TASK_KEY = 6                     # an item covers a line that holds the first characters of its task
PUNCT = re.compile(r"[\s\W_]+")


GATES = ("none", "owned", "neighbour", "empty")


def second_opinion(text: str, items: tuple[Item, ...], ctx: Context, model: LineModel,
                   known: dict[int, list[str]] | None = None, gate: str = "none") -> tuple[Item, ...]:
    """`items` with the items of the confident lines the rules left, numbered after them. `known`: features
    already computed, by line index (measuring many models on the same mails). `gate` narrows where the model
    may add: 'owned' a line that names its owner itself, 'neighbour' a list line next to one the rules took
    (same marker), 'empty' a mail where the rules found nothing."""
    if model.take_above >= 1.0 or not text or gate == "empty" and items:
        return items
    body = body_of(text)
    taken = set(covered(body, items)) if gate == "neighbour" else set()
    added: list[Item] = []
    for index in candidates(body, items):
        if gate == "neighbour" and not _beside_taken(body, index, taken):
            continue
        feats = known[index] if known and index in known else features(body, index, ctx)
        if model.probability(feats) > model.take_above:
            item = read_item(list_marker(body.lines[index])[1], ctx, strict=gate == "owned")
            if item and not _repeats(item, (*items, *added)):
                added.append(item)
    last = max((item.number for item in items), default=0)
    return (*items, *(replace(item, number=last + k) for k, item in enumerate(added, 1)))


def candidates(body: Body, items: tuple[Item, ...]) -> list[int]:
    """The lines no rule item came from, by index."""
    keys = [key for key in (_norm(item.task)[:TASK_KEY] for item in items) if key]
    out = []
    for index, line in enumerate(body.lines):
        if SHORTEST <= len(line) <= LONGEST and not line.startswith(">"):
            flat = _norm(line)
            if not any(key in flat for key in keys):
                out.append(index)
                if len(out) >= MAX_CANDIDATES:
                    break
    return out


def covered(body: Body, items: tuple[Item, ...]) -> list[int]:
    """The lines some rule item came from, by index (the complement of `candidates` among the lines kept)."""
    keys = [key for key in (_norm(item.task)[:TASK_KEY] for item in items) if key]
    return [index for index, line in enumerate(body.lines) if keys and any(key in _norm(line) for key in keys)]


def drop_below(text: str, items: tuple[Item, ...], model: LineModel, below: float,
               known: dict[int, list[str]], ctx: Context) -> tuple[Item, ...]:
    """The other use: `items` without those whose line (the most similar one) the model gives less than `below`."""
    body = body_of(text)
    kept = []
    for item in items:
        index = _line_of(body, item)
        feats = known.get(index) if index is not None else None
        if feats is None or model.probability(feats) >= below:
            kept.append(item)
    return tuple(kept)


def _line_of(body: Body, item: Item) -> int | None:
    task = _norm(item.task)
    best = max(((_similar(task, _norm(line)), k) for k, line in enumerate(body.lines) if line), default=(0.0, None))
    return best[1] if best[0] >= 0.5 else None


def _similar(a: str, b: str) -> float:
    """The scorer's similarity on normalised texts."""
    if not a or not b:
        return 0.0
    if a in b or b in a:
        return min(len(a), len(b)) / max(len(a), len(b)) * 0.5 + 0.5
    return SequenceMatcher(None, a, b).ratio()


def _beside_taken(body: Body, index: int, taken: set[int]) -> bool:
    """Is the line a list line whose nearest non-empty neighbour above or below the rules took, same marker?"""
    kind = list_marker(body.lines[index])[0]
    if not kind:
        return False
    for step in (-1, 1):
        k = index + step
        while 0 <= k < len(body.lines) and not body.lines[k]:
            k += step
        if k in taken and 0 <= k < len(body.lines) and list_marker(body.lines[k])[0] == kind:
            return True
    return False


def _repeats(item: Item, items) -> bool:
    key = _norm(item.task)[:TASK_KEY]
    return any(_norm(other.task)[:TASK_KEY] == key for other in items)


def _norm(text: str) -> str:
    return PUNCT.sub("", unicodedata.normalize("NFKC", text).lower())

"""What training and measuring the line model share: the gold mails read through the real parse, their body
lines labelled by the gold items, a deterministic logistic regression, and item-level scoring.

A mail is read by `parse_message` itself; two of its steps are wrapped while it runs, to record the text the
minutes were read from (`preface_of`, which is handed it), the context and the rules' items (`_with_minutes`): what a hook after the
reader would see. A body line is an item line when a gold item's task is most similar to it (the
scorer's `similar`, >= 0.5). A mail with a gold item no line matches (a task the gold wrote in its own words)
is left out: its item line would be a false negative.
"""
from __future__ import annotations

import json
import math
import random
import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from zoneinfo import ZoneInfo

import parsers.message as message
from minutebot.config import from_dict, replace_roster
from minutebot.site_files import load_calendar, load_roster
from parsers import parse_message

from line_model import opinion
from line_model.features import body_of, features
from line_model.model import LineModel, bucket

ROOT = Path(__file__).resolve().parent.parent.parent
DATA = ROOT / "tests" / "data"
SEED, EPOCHS, RATE, L2 = 12, 8, 0.2, 1e-5
PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)
OFF = LineModel({}, 2.0)


def training_sets() -> list[Path]:
    """The gold sets with minutes: every tests/data/heldout* and minutes* folder, in name order."""
    return sorted(p for p in DATA.iterdir() if p.is_dir() and re.fullmatch(r"(heldout|minutes)\d*", p.name))


@dataclass
class Mail:
    set: str
    name: str
    gold: list[dict]                  # the gold items
    rule_items: tuple                 # what the rules alone read
    text: str
    ctx: object
    lines: list[int]                  # indexes of the body lines scored
    feats: list[list[str]]
    labels: list[int]
    aligned: bool                     # every gold item found its line
    left: frozenset[int] = frozenset()  # the lines no rule item came from (opinion.candidates)


def norm(text):
    return PUNCT.sub("", unicodedata.normalize("NFKC", text or "").lower())


def similar(a, b):
    """The scorer's task similarity (/work/shared/tools/score_corpus.py), repeated so training needs no checkout."""
    a, b = norm(a), norm(b)
    if not a or not b:
        return 0.0
    if a in b or b in a:
        return min(len(a), len(b)) / max(len(a), len(b)) * 0.5 + 0.5
    return SequenceMatcher(None, a, b).ratio()


def read_sets(sets: list[Path]) -> list[Mail]:
    out: list[Mail] = []
    for folder in sets:
        config = replace_roster(from_dict({}), str(folder / "roster.csv"))
        roster, calendar = load_roster(config), load_calendar(config)
        for eml in sorted(folder.glob("*.eml")):
            gold = json.loads(eml.with_suffix(".json").read_text(encoding="utf-8"))
            if gold.get("kind") == "minutes":
                mail = _read(folder.name, eml, gold.get("items") or [], roster, calendar, config.tz)
                out.extend([mail] if mail else [])
    return out


def _read(set_name, eml, gold, roster, calendar, tz) -> Mail | None:
    seen = _recorded(eml.read_bytes(), roster, calendar, tz or ZoneInfo("Asia/Shanghai"))
    if not seen:
        return None                                   # not read as minutes: a hook would never run on it
    text, items, ctx = seen
    body = body_of(text)
    lines = [i for i, line in enumerate(body.lines) if opinion.SHORTEST <= len(line) <= opinion.LONGEST
             and not line.startswith(">")]
    positive, aligned = set(), True
    for item in gold:
        score, best = max(((similar(item.get("task"), body.lines[i]), i) for i in lines), default=(0.0, -1))
        if score >= 0.5:
            positive.add(best)
        else:
            aligned = False
    return Mail(set_name, eml.stem, gold, tuple(items), text, ctx, lines, [features(body, i, ctx) for i in lines],
                [int(i in positive) for i in lines], aligned, frozenset(opinion.candidates(body, tuple(items))))


def _recorded(raw: bytes, roster, calendar, tz) -> tuple | None:
    """(text, rule items, context) of a mail read as minutes, else None."""
    seen: dict = {}
    preface_of, with_minutes = message.preface_of, message._with_minutes

    def recording_preface_of(text):
        seen["text"] = text
        return preface_of(text)

    def recording_with_minutes(base, read, mail, ctx):
        seen["items"], seen["ctx"] = tuple(read.items), ctx
        return with_minutes(base, read, mail, ctx)

    message.preface_of, message._with_minutes = recording_preface_of, recording_with_minutes
    try:
        parse_message(raw, tz=tz, roster=roster, calendar=calendar)
    finally:
        message.preface_of, message._with_minutes = preface_of, with_minutes
    return (seen["text"], seen["items"], seen["ctx"]) if len(seen) == 3 else None


def train(mails: list[Mail], take_above: float, residual: bool = False) -> LineModel:
    """Logistic regression by stochastic gradient descent: fixed seed, fixed order, so the same mails give the
    same weights. `residual`: learn only from the lines the rules took for no item (what the hook scores)."""
    rows = [([bucket(f) for f in feats], label) for m in mails if m.aligned
            for index, feats, label in zip(m.lines, m.feats, m.labels) if not residual or index in m.left]
    order = list(range(len(rows)))
    random.Random(SEED).shuffle(order)
    w: dict[int, float] = {}
    for epoch in range(EPOCHS):
        rate = RATE / (1 + epoch)
        for k in order:
            keys, label = rows[k]
            z = max(-30.0, min(30.0, sum(w.get(b, 0.0) for b in keys)))
            g = label - 1.0 / (1.0 + math.exp(-z))
            for b in keys:
                w[b] = w.get(b, 0.0) * (1 - rate * L2) + rate * g
    return LineModel({b: round(v, 4) for b, v in sorted(w.items()) if abs(v) >= 1e-3}, take_above)


def as_json(model: LineModel, sets: list[str]) -> str:
    data = {"trained_on": sets, "take_above": model.take_above,
            "weights": {str(b): v for b, v in sorted(model.weights.items())}}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n"


def item_counts(mail: Mail, items) -> tuple[int, int, int]:
    """(gold, predicted, matched) items of one mail, matched as the scorer matches them (task and owner)."""
    preds = [item.as_json() for item in items]
    pairs = []
    for gi, g in enumerate(mail.gold):
        for pi, p in enumerate(preds):
            s = similar(g.get("task"), p.get("task"))
            if s >= 0.5 and _owner_ok(g, p):
                pairs.append((s, gi, pi))
    used_g, used_p, matched = set(), set(), 0
    for s, gi, pi in sorted(pairs, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi), used_p.add(pi)
            matched += 1
    return len(mail.gold), len(preds), matched


def _owner_ok(gold, pred):
    owner = pred.get("owner") or {}
    g_email, p_email = gold.get("owner_email"), owner.get("email")
    if g_email and p_email:
        return g_email.lower() == p_email.lower()
    g_name, p_name = norm(gold.get("owner_name")), norm(owner.get("name"))
    if not g_name:
        return not p_name or not p_email and norm(owner.get("department")) == norm(gold.get("department"))
    return bool(p_name) and (g_name in p_name or p_name in g_name)

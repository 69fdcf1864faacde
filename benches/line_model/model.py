"""The line model: hashed features -> the probability that a body line of minutes is an action item.

A logistic regression (training.py fits it; `learned_loso.py --write-model` writes it as JSON). Features are
hashed with CRC-32, which, unlike `hash`, is the same in every process.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from zlib import crc32

BUCKETS = 1 << 18


@dataclass(frozen=True)
class LineModel:
    weights: dict[int, float]
    take_above: float            # a line the rules did not take becomes an item above this probability

    def probability(self, features: list[str]) -> float:
        z = sum(self.weights.get(bucket(f), 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def bucket(feature: str) -> int:
    return crc32(feature.encode("utf-8")) & (BUCKETS - 1)


def from_json(data: dict) -> LineModel:
    return LineModel({int(k): float(v) for k, v in data["weights"].items()}, float(data["take_above"]))

"""Lines typed on a phone, where a space (or a dash between spaces) stands for a comma: '后厨地漏返味 彭工说五一前来修'
is read as '后厨地漏返味，彭工说五一前来修', so the owner who opens a later clause is found as after a comma. Tried only
when the line as written names no owner (items.read_item)."""
from __future__ import annotations

import re

SPACE_AS_COMMA = re.compile(r"(?<=[\u4e00-\u9fff）)])[ ](?=[\u4e00-\u9fff])|"   # one space between two Chinese runs,
                            r"\s+(?:——?|–|--?)\s+")                          # a dash between spaces ('… —— 我来招')
PUNCTUATED = re.compile(r"[，,；;。、]|\s{2}")        # a line with commas (or columns) already says where clauses end


def spaced_clauses(text: str) -> str:
    """`text` with each single space between Chinese runs (and each dash between spaces) read as a comma, when it has
    no clause marks of its own."""
    if " " not in text or PUNCTUATED.search(text):
        return text
    return SPACE_AS_COMMA.sub("，", text)

"""A state word in the reason for a request is no verdict: 'the notary office is closed over the holiday, so please extend
to Oct 16' asks to extend; the 'closed' describes the office, not the item. `requests_win` drops a done joined to an
extension of the same sentence by a word of consequence after it (so, 所以, deshalb) or of cause before it (because, 因为).

    requests_win('Item 3: the office is closed, so please extend to Oct 16.', [done, extend]) -> [extend]
"""
from __future__ import annotations

import re

from parsers.replies.references import references

SO = re.compile(r"(?<![^\W\d_])(?:so|therefore|hence|thus|which\s+is\s+why|that'?s\s+why|and\s+so|deshalb|daher|darum|"
                r"donc|alors|por\s+isso|então|por\s+lo\s+tanto|así\s+que|quindi|perciò|więc|dlatego|bu\s+yüzden|"
                r"o\s+yüzden|dolayısıyla|vì\s+vậy|do\s+đó)(?![^\W\d_])|所以|因此|因而|故而|于是|so\s*that", re.I)
BECAUSE = re.compile(r"(?<![^\W\d_])(?:because|as|since|due\s+to|weil|da|denn|car|parce\s+que|porque|pois|perché|"
                     r"poiché|bo|ponieważ|çünkü|vì)(?![^\W\d_])|因为|因為|由于|由於", re.I)

CLAUSE = re.compile(r"[,，;；。]|\.\s")
DATED = re.compile(r"\d")      # 'move it to Oct 20': a move word is an extension only with its date


def requests_win(text: str, found: list) -> list:
    """`found` (a sentence's command mentions, in order) without a done that states the reason of an extension."""
    extensions = [m for m in found if m.kind == "extend" and (not m.needs_date or DATED.search(text, m.end))]
    return [m for m in found if m.kind != "done" or not any(_reason_of(text, m, e) for e in extensions)]


def _reason_of(text: str, done, extension) -> bool:
    """Joined by a consequence or cause word, with no item named between ('Item 3 done, so extend item 4' is two)."""
    if done.end <= extension.start:
        joined = SO.search(text, done.end, extension.start)
        return bool(joined) and not references(CLAUSE.split(text[joined.end():], maxsplit=1)[0])
    joined = BECAUSE.search(text, extension.end, done.start)
    return bool(joined) and not references(text[joined.end():done.start])

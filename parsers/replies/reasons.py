"""A state word in the reason for a request is no verdict: 'the notary office is closed over the holiday, so please extend
to Oct 16' asks to extend; the 'closed' describes the office, not the item. `requests_win` drops a done joined to an
extension of the same sentence by a word of consequence after it (so, 所以, deshalb) or of cause before it (because, 因为),
or told after the writer says the work cannot be finished ('第5项今天完成不了，样品昨天送去校准了，申请延期…').

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

UNABLE = re.compile(r"(?:完成|做完|弄完|搞定|做|弄|搞|交|赶|写|改|提供)(?:不了|不完|不出来)|来不及|赶不上|完不成|"
                    r"(?:无法|没法|没办法|不能)(?:按时|如期|准时)|\b(?:can'?t|cannot|won'?t\s+be\s+able\s+to|unable\s+to|"
                    r"will\s+not|won'?t)\s+(?:finish|make\s+it|complete|deliver|meet)\b", re.I)   # what cannot be finished in time
CLAUSE = re.compile(r"[,，;；。]|\.\s")
DATED = re.compile(r"\d")      # 'move it to Oct 20': a move word is an extension only with its date


def requests_win(text: str, found: list) -> list:
    """`found` (a sentence's command mentions, in order) without a done that states the reason of an extension."""
    extensions = [m for m in found if m.kind == "extend" and (not m.needs_date or DATED.search(text, m.end))]
    return [m for m in found if m.kind != "done" or not any(_reason_of(text, m, e) for e in extensions)]


def _reason_of(text: str, done, extension) -> bool:
    """Joined by a consequence or cause word, with no item named between ('Item 3 done, so extend item 4' is two)."""
    if done.end <= extension.start:
        unable = UNABLE.search(text, 0, done.start)       # '…完成不了，[why: 样品送去校准了]，申请延期'
        if unable and not references(text[unable.end():extension.start]):
            return True
        joined = SO.search(text, done.end, extension.start)
        return bool(joined) and not references(CLAUSE.split(text[joined.end():], maxsplit=1)[0])
    joined = BECAUSE.search(text, extension.end, done.start)
    return bool(joined) and not references(text[joined.end():done.start])

"""Answers written inside the quoted recap and marked by brackets, when the new text says so ('进度写在下面表里了
（【】里是我的）', 'my answers are in [brackets] below'): each quoted line that opens with a bracket ('【周敏】第3项进度40%')
is the sender's, read as its own line; one that names no item takes the numbered row it stands under ('第N项：…').

    bracket_answers('| 3 | Update docs | 周敏 | 09-30 |\\n【周敏】进度40%')  -> ['第3项：进度40%']
"""
from __future__ import annotations

import re

MARKED = re.compile(r"【\s*】|［\s*］|\[\s*\]|括号|括弧|(?<![a-z])(?:brackets|klammern|crochets|colchetes|corchetes|parentesi)(?![a-z])",
                    re.I)
QUOTE_MARK = re.compile(r"^(?:\s*>)+\s?")
BRACKETED = re.compile(r"^\s*[【\[［](?P<inside>[^】\]］\n]{0,40})[】\]］]\s*(?P<rest>.*)$")
ROW = re.compile(r"^\s*\|?\s*(?:第\s*)?(?P<n>\d{1,2})\s*(?:项|項)?\s*(?:\||[.、)）:：]|\t)")
HAS_REF = re.compile(r"第\s*\S{1,6}?\s*[项項条條]|#\s*\d|\b(?:items?|points?|punkt)\s*\d", re.I)
MAX_ANSWERS = 20
MAX_CHARS = 500
MAX_LINES = 2000


def marks_brackets(new: str) -> bool:
    """Does the new text say its answers below are the bracketed ones?"""
    return bool(MARKED.search(new or ""))


def bracket_answers(quoted: str) -> list[str]:
    """Each bracketed line of the quote, as the sender's answer, at most MAX_ANSWERS of MAX_CHARS characters."""
    answers: list[str] = []
    row = None
    for line in quoted.splitlines()[:MAX_LINES]:
        line = QUOTE_MARK.sub("", line)
        numbered = ROW.match(line)
        if numbered:
            row = numbered.group("n")
            continue
        found = BRACKETED.match(line)
        rest = found.group("rest").strip()[:MAX_CHARS] if found else ""
        inside = found.group("inside").strip() if found else ""
        answer = rest if rest and len(inside) <= 12 else inside if not rest else ""   # '【周敏】…' or '【已完成】'
        if answer:
            answers.append(answer if HAS_REF.search(answer) or row is None else f"第{row}项：{answer}")
        if len(answers) >= MAX_ANSWERS:
            break
    return answers

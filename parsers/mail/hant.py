"""Traditional Chinese (繁體) read as Simplified, one character for one.

    is_traditional('負責人：陳嘉慧，截止日期：下週三')  -> True
    fold('負責人：陳嘉慧，截止日期：下週三')            -> '负责人：陈嘉慧，截止日期：下周三'
    unfold('确认新仓租约', folded, original)          -> '確認新倉租約'  (the words as written)

Every word list of the readers (负责人, 截止日期, 下周三, 尽快, 第1项, 纪要, 已完成 …) is written once, in
Simplified characters; Hong Kong and Taiwan mail is folded before it is read, and because the fold maps one
character to one, any piece of the folded text is found at the same place in the original.
"""
from __future__ import annotations

import re

from parsers.mail.hant_table import SIMPLIFIED, TRADITIONAL

TABLE = str.maketrans(TRADITIONAL, SIMPLIFIED)
def _traditional_only() -> str:
    """Traditional forms that Simplified text never uses (not in GB2312): their presence says the mail is 繁體."""
    out = []
    for char in TRADITIONAL:
        try:
            char.encode("gb2312")
        except UnicodeEncodeError:
            out.append(char)
    return "".join(out)


TRADITIONAL_ONLY = re.compile(f"[{_traditional_only()}]")
SAMPLE = 4000            # characters looked at to decide
MAX_PIECE = 1000         # a task longer than this is given back folded rather than looked for part by part
WINDOW = 2000            # how far after one part of a task the next part is looked for
ENOUGH = 3               # Traditional-only characters that make a text 繁體 (one name in a signature does not)


def is_traditional(text: str) -> bool:
    """Is the text written in Traditional characters (more than a name or two of them)?"""
    found = 0
    for _ in TRADITIONAL_ONLY.finditer(text[:SAMPLE]):
        found += 1
        if found >= ENOUGH:
            return True
    return False


def fold(text: str) -> str:
    """The text in Simplified characters; same length, same positions."""
    return text.translate(TABLE)


GLUE = "，,；; "


def unfold(piece: str, folded: str, original: str) -> str:
    """The original writing of a piece of the folded text. A piece the reader put together from parts of a line
    ('全部门市年货盘点' + '完成' of '全部门市年货盘点 - Kayan - 过年前完成') is given back part by part, each from
    where it stands in the text after the one before; a character found nowhere stays as it is."""
    at = folded.find(piece)
    if at >= 0 or not piece or len(piece) > MAX_PIECE:
        return original[at:at + len(piece)] if at >= 0 and piece else piece
    out, cursor, end, rest = [], 0, len(folded), piece
    while rest:
        at, length = _longest_prefix(rest, folded, cursor, end) if rest[0] not in GLUE else (0, 0)
        if length == 0:                                  # (a comma the reader put between parts is written the same
                                                          # in both scripts: searched for, it would jump past the next part)
            out.append(rest[0])
            rest = rest[1:]
            continue
        out.append(original[at:at + length])
        cursor, rest = at + length, rest[length:]
        end = min(len(folded), cursor + WINDOW)          # the next part is near: bounded time on any text
    return "".join(out)


def _longest_prefix(rest: str, folded: str, cursor: int, end: int) -> tuple[int, int]:
    """Where the longest start of `rest` first stands in folded[cursor:end], and its length (0: nowhere). A start
    that is found has every shorter start found too, so the length is found by halving: a few searches, not one
    a character."""
    if folded.find(rest[:1], cursor, end) < 0:
        return 0, 0
    low, high = 1, len(rest)                     # rest[:low] is found; is rest[:high]?
    while low < high:
        middle = (low + high + 1) // 2
        if folded.find(rest[:middle], cursor, end) >= 0:
            low = middle
        else:
            high = middle - 1
    return folded.find(rest[:low], cursor, end), low

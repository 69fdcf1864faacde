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


def unfold(piece: str, folded: str, original: str) -> str:
    """The original writing of a piece of the folded text; a piece joined from parts ('东立面…确认，回覆') part by
    part (a part not found stays as it is)."""
    at = folded.find(piece)
    if at >= 0 and piece:
        return original[at:at + len(piece)]
    parts = re.split(r"([，,；;、\s])", piece)
    return "".join(_found(part, folded, original) for part in parts) if len(parts) > 1 else piece


def _found(part: str, folded: str, original: str) -> str:
    at = folded.find(part) if len(part) > 1 else -1
    return original[at:at + len(part)] if at >= 0 else part

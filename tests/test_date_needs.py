"""parsers/dates/needs.py: the patterns a line is worth running are exactly those whose `needs` it holds."""
from __future__ import annotations

import random
import re
from pathlib import Path

from parsers.dates.needs import Needs
from parsers.dates.tokens import PATTERNS, normalise

DATA = Path(__file__).parent / "data"


def _by_search(text: str) -> list[int]:
    return [index for index, (*_, needs) in enumerate(PATTERNS) if needs.search(text)]


def test_wanted_is_every_pattern_whose_needs_the_line_holds():
    needs = Needs([need for *_, need in PATTERNS])
    phrases = [cell for path in sorted(DATA.glob("dates*/**/*.tsv")) + sorted(DATA.glob("dates*/*.tsv"))
               for line in path.read_text(encoding="utf-8").splitlines() for cell in line.split("\t")]
    assert len(phrases) > 1000
    alphabet = sorted(set("".join(need.pattern for *_, need in PATTERNS)) | set("٣०１ aZ9:\n"))   # other scripts' digits
    rnd = random.Random(13)
    texts = phrases + ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 12))) for _ in range(20000)]
    for text in map(normalise, texts):
        assert needs.wanted(text) == _by_search(text), text


def test_classes_are_read_into_characters_and_words_are_searched():
    needs = Needs([re.compile("[月]"), re.compile(r"[-\d]"), re.compile("第|最后"), re.compile("[月]"), re.compile("[^x]")])
    assert needs.wanted("10月") == [0, 1, 3, 4]
    assert needs.wanted("٣") == [1, 4]                     # \d: any decimal digit, as the regex reads it
    assert needs.wanted("最后一天") == [2, 4]
    assert needs.wanted("x") == []

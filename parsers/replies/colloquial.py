"""Verdicts written as people chat or in dialect, beside the plain command words of words.py:

    搞掂 / 搞掂咗 (Cantonese: done)        冇问题 (Cantonese: no problem, an acknowledgement)
    第5项ok了 (an item 'ok了' = finished)   Item 2 sorted / shipped / wrapped up / taken care of / finalized (done)
    The price list is sorted / #2 is out / it's all sorted now (a finished state ending its clause, after its subject)
    第4项大半已经做完了 / 大部分完成了 / 进度过半 (progress, no figure)    一半已经做完了 (progress 50)
    two thirds done / 3/4 done (progress 67, 75)    第2项妥了 (done)    没毛病 / 👌 (an acknowledgement)
    Japanese and Korean colleagues: 完了しました / 対応済み / 완료했습니다 (done), 承知しました / 확인했습니다 (acknowledged)

Each is (kind, start, end, percent, weak); words.py makes them Mentions and applies the same negation rules.
"""
from __future__ import annotations

import re
from typing import Callable

FINISHED = r"(?:已经?)?\s*(?:完成|做完|弄完|搞定|搞掂|做好|弄好|办完)(?:了|啦|咗)?"
PART_DONE = re.compile(r"(?:一大半|大半|大部分|多半|一部分|部分)\s*(?:都|也)?\s*" + FINISHED)
HALF_DONE = re.compile(r"一半\s*(?:都|也)?\s*" + FINISHED)
DONE_SLANG = re.compile(r"搞掂(?:咗|了|啦)?|(?<![a-z])(?:wrapped\s+up|all\s+sorted|taken\s+care\s+of|finali[sz]ed)(?![a-z])",
                        re.I)
AFTER_ITEM = re.compile(r"(?<![a-z])(?:ok(?:ay)?\s*(?:了|啦|咗)|(?:sorted|sent|shipped|uploaded|published|fixed|signed|booked|paid|"
                        r"filed|handled|released|deployed|merged|renewed)(?![a-z]))|妥了", re.I)   # '第5项ok了', 'Item 2: shipped'
# a state that says the work is finished, ending its clause, after its subject (an item, 'the price list', 'it'):
# 'The price list is sorted.', '#2 is out.', 'It's all sorted now' — not 'sorted by region', 'out of stock'
# an approval or acceptance the item waited for, reached: done in the perfective ('促销价已审批通过', '合同获批了',
# '已验收合格', '已盖章'); in English a passive or its agent ('has been approved', 'approved by finance'), not a bare
# 'approved' (the reader's own consent to the recap: a confirm)
OUTCOME = (r"(?:(?:审批|审核|审查|验收|评审|复核|检测|检验|年检|测试)(?:已经?|都|均)?通过|通过(?:了)?(?:审批|审核|审查|验收|评审|复核|检测|年检)|"
           r"获批|批准|批复|盖章|签字|签好字|(?:验收|检测|检验|复检|抽检)合格|备案)")
OUTCOME_DONE = re.compile(r"(?:已经?|均已|都已)\s*" + OUTCOME + r"|" + OUTCOME + r"\s*(?:了|完毕|啦)|"
                          r"(?<![a-z])(?:(?:has|have|had|was|were|got|is|are)\s+(?:been\s+)?(?:now\s+|already\s+|just\s+|finally\s+)?"
                          r"(?:approved|signed\s+off|accepted|cleared)|approved\s+by)(?![a-z])", re.I)
# '名单跟试跑都OK了', '已经好了': everything named has become OK (了: a change of state), not an OK to the recap
ALL_OK_NOW = re.compile(r"(?:都|也都|全都|均|已经|已)\s*(?:ok|okay|好|妥)\s*(?:了|啦|咗)", re.I)
STATE_DONE = re.compile(r"(?:(?:\s+(?:is|are|has\s+been|have\s+been)|'s)\s+(?:now\s+|all\s+|already\s+)?(?:sorted(?:\s+out)?|out|live|"
                        r"squared\s+away|good\s+to\s+go)|\s+(?:went\s+(?:out|live)|(?:shipped|dispatched)(?:\s+(?:out|off))?|"
                        r"sent\s+(?:out|off)|launched))"   # 'It went out yesterday', 'Pilot lot shipped out today'
                        r"(?=\s*(?:$|[.,;!)]|\s+(?:now|today|yesterday|already|too|this|last|on)\b))", re.I)
SUBJECT = re.compile(r"(?:\b(?:the|our|my|this|that|these|those|its|your)\s+[\w-]+(?:\s+[\w-]+){0,3}|\b(?:it|everything|all|both)|#\s*\d+|\d+)$", re.I)
# or a bare noun phrase opening its clause: 'Pilot lot shipped out today', 'Samples dispatched' (not 'Nothing shipped'; not after a
# label's colon: 'Item 1: samples shipped.' stays a note, tests/test_parsers_replies.py)
CLAUSE_SUBJECT = re.compile(r"(?:^|[,;，；.!?(\n]\s*)(?!(?:no|nothing|none|not|nobody|never|nor)\b)[^\W\d_][\w-]*"
                            r"(?:\s+[\w-]+){0,3}\s*$", re.I)
SHIPPED = re.compile(r"\s+(?:shipped|dispatched|sent)\b", re.I)
ACK = re.compile(r"(?:冇|无)\s*问题|没毛病|👌|承知(?:しました|いたしました)|了解(?:しました|です)|확인했습니다|알겠습니다")
DONE_JA_KO = re.compile(r"完了(?:しました|です|いたしました)|(?:対応|送付|発送)済み?(?:です)?|완료(?:했습니다|되었습니다|됐습니다|했어요)?")
OVER_HALF = re.compile(r"(?:进度|进展|完成|做了)\s*(?:已经?)?\s*(?:过半|近半|大半)|(?:已经?)?过半(?:了|啦)")   # '进度过半', '过半了': no figure
EN_FRACTION = re.compile(r"(?<![\w/])(?:(?P<word>one|two|three|a)\s+(?P<part>thirds?|quarters?|fourths?)|(?P<num>[1-9])\s*/\s*"
                         r"(?P<den>[2-9]))\s+(?:done|complete|completed|finished|through)\b", re.I)   # 'two thirds done', '3/4 done'
WORD_COUNT = {"one": 1, "a": 1, "two": 2, "three": 3}


def verdicts(text: str, after_reference: Callable[[str], bool], negations: tuple[re.Pattern, re.Pattern]) -> list[tuple]:
    """(kind, start, end, percent, weak) for each colloquial verdict in one sentence, in the order of the patterns;
    `negations` are the English and Chinese words that cancel a verdict written right after them (not, 还没)."""
    english, chinese = negations

    def blocked(before: str) -> bool:
        return bool(english.search(before[-30:]) or chinese.search(before[-6:]))
    found = [("progress", m.start(), m.end(), None, False) for pattern in (PART_DONE, OVER_HALF)
             for m in pattern.finditer(text)]
    found += [("progress", m.start(), m.end(), _fraction(m), False) for m in EN_FRACTION.finditer(text)
              if _fraction(m) < 100]
    found += [("progress", m.start(), m.end(), 50, False) for m in HALF_DONE.finditer(text)]
    found += [("done", m.start(), m.end(), None, False) for pattern in (DONE_SLANG, DONE_JA_KO, OUTCOME_DONE, ALL_OK_NOW)
              for m in pattern.finditer(text) if not blocked(text[:m.start()])]
    found += [("done", m.start(), m.end(), None, False) for m in AFTER_ITEM.finditer(text)
              if after_reference(re.sub(r"\s+(?:is|are|was|were|all|now|both|has\s+been|have\s+been)\s*$", "", text[max(0, m.start() - 40):m.start()],
                                        flags=re.I))]                   # a reference is short: 40 characters back
    found += [("done", m.start(), m.end(), None, False) for m in STATE_DONE.finditer(text)
              if _has_subject(text[:m.start()], m.group()) and not blocked(text[:m.start()])]
    return found + [("confirm", m.start(), m.end(), None, True) for m in ACK.finditer(text)]


def _has_subject(before: str, state: str) -> bool:
    """A subject right before a state word: 'the price list', 'it', '#2'; before a shipping verb also a noun phrase
    opening its clause ('Pilot lot shipped out today'; not 'He is out today')."""
    window = ("" if len(before) <= 60 else "\x00") + before[-60:]     # the clause must start inside the window
    return bool(SUBJECT.search(before[-40:]) or SHIPPED.match(state) and CLAUSE_SUBJECT.search(window))


def _fraction(match: re.Match) -> int:
    """'two thirds' -> 67, 'a quarter' -> 25, '3/4' -> 75."""
    if match.group("num"):
        return round(100 * int(match.group("num")) / int(match.group("den")))
    parts = 3 if match.group("part").lower().startswith("third") else 4
    return round(100 * WORD_COUNT[match.group("word").lower()] / parts)

"""Which item a reply names by its task words, when it gives no number: '报价单那个已经发给客户了' -> the quote item.

    items_named('报价单那个已经发给客户了', {1: '向客户发送报价单', 2: '与客户确认交期'})  -> (1,)
    items_named('the vendor one is done', {3: 'Send the vendor quote', 4: 'Book the venue'})  -> (3,)
    items_named('合同签好了', {4: '签订供货合同', 5: '组织供应商审厂'})                   -> (4,)  (the clause's topic)
    items_named('the quotation is sent', {1: '向客户发送报价单', 3: '更新预算表'}, gloss)     -> (1,)  (by meaning)

The reply and each task are read as Simplified (繁體 folded) and cut into content pieces: Chinese two-character runs and
English word stems (one stem a word family: quote/quotation, price/pricing) and codes (Q4, 8D), without command words
(完成, 已经, done, item …) and function words. An item scores the pieces it shares with the reply; the best item is named
when it scores at least MIN_SCORE, or shares one Chinese word that opens a clause of the reply (its topic:
'合同那件事延到下周三', '审厂排好了'), and more than any other (then the most words shared: '隔膜抽检做完了' names 来料隔膜批次抽检, not
跟进隔膜供应商8D整改回复). A tie is broken by the first clause that names one tied item alone ('I object to the pricing; the date
is too tight': the reason names another); a tie within one clause names every tied item (the caller asks which one).
When no item shares a piece, and the caller passes a glossary (a Chinese word -> its English senses, from a
dictionary: glossary.py in the core), the reply and the tasks are compared by meaning: an English word against a
Chinese task's senses ('quotation' - 报价单), or two Chinese words with a sense in common (合约 - 合同: contract). Nothing
shared names none.
"""
from __future__ import annotations

import re
from typing import Callable

from parsers.mail.hant import fold
from parsers.replies import words

MIN_SCORE = 2            # two shared Chinese pairs (报价+价单) or one English word stem (vendor)
EN_WORD_SCORE = 2
TOPIC_REACH = 4          # characters from a clause's start where its topic word may begin ('那个合同…', '合同那件事…')
LONGEST_WORD = 4         # characters: the longest Chinese word looked up in the glossary

HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
EN_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{2,}|(?<![A-Za-z\d])(?:[A-Za-z]+\d|\d+[A-Za-z])[A-Za-z\d]*(?![A-Za-z\d])")   # and codes: Q4, 8D
CLAUSE = re.compile(r"[^，,。；;！!？?\n]+")
SENTENCE = re.compile(r"[^。！!？?\n]+")
FUNCTION_CHARS = set("的了是在和与及或我你他她它们这那个些已经将把被给对于从向到为以也都就还再又很更最吗呢吧啊呀嘛么"
                     "之其此该每各项第条件一二三四五六七八九十上下中前后内外里时日月号周天年请要让使并且而但")
COMMAND_PAIRS = {"完成", "搞定", "做完", "办完", "弄完", "处理", "提交", "发送", "发出", "确认", "同意", "异议", "进度", "延期",
                 "推迟", "顺延", "事项", "任务", "待办", "负责", "截止", "今天", "明天", "客户端", "已完", "经完", "经发",
                 "发给", "没问", "问题", "谢谢", "收到", "好的", "目前", "现在", "已经"}
EN_STOP = {"the", "and", "for", "with", "this", "that", "one", "item", "items", "task", "tasks", "done", "completed",
           "complete", "finished", "finish", "sent", "send", "is", "are", "was", "has", "have", "been", "our", "your",
           "its", "all", "now", "just", "also", "please", "thanks", "thank", "progress", "extend", "confirm",
           "confirmed", "agree", "object", "today", "tomorrow", "week", "from", "about", "will", "can", "could",
           "need", "more", "days", "day", "into", "out", "off", "over", "per", "via", "not", "yet", "ok", "okay",
           "both", "ready", "sth", "etc", "one's", "oneself", "used", "variant", "kind", "thing", "things"}


def items_named(text: str, tasks: dict[int, str], glossary: Callable[[str], tuple[str, ...]] | None = None
                ) -> tuple[int, ...]:
    """The items the text names by their task words (see the module docstring)."""
    text, tasks = fold(text or ""), {number: fold(task or "") for number, task in tasks.items()}
    words = pieces(text)
    if not words:
        return ()
    topics = _topics(text)
    scores = {number: _score(words, pieces(task), topics) for number, task in tasks.items()}
    best = max(scores.values(), default=(0, 0))
    if best[0] >= MIN_SCORE:
        return _first_clause_decides(text, tuple(sorted(n for n, score in scores.items() if score == best)), tasks, topics)
    if best[0] > 0 or glossary is None:
        return ()
    return _by_meaning(text, tasks, glossary)


def _first_clause_decides(text: str, tied: tuple[int, ...], tasks: dict[int, str], topics: set[str]) -> tuple[int, ...]:
    """A tie broken by the first clause that names one of the tied items alone: what the reply is about comes before
    what it says of it ('I object to the pricing; the date is too tight', '报价有点意见，交期太赶'); a tie within one
    clause stands ('the quote and the deck are both done')."""
    for clause in CLAUSE.findall(text) if len(tied) > 1 else ():
        scores = {n: _score(pieces(clause), pieces(tasks[n]), topics)[1] for n in tied}
        best = max(scores.values())
        if best:
            named = tuple(n for n in tied if scores[n] == best)
            return named if len(named) == 1 else tied
    return tied


def pieces(text: str) -> set[str]:
    """Content pieces: Chinese character pairs and English word stems, command and function words left out."""
    found: set[str] = set()
    for run in HAN_RUN.findall(text or ""):
        for index in range(len(run) - 1):
            pair = run[index:index + 2]
            if _content(pair):
                found.add(pair)
    return found | _english(text)


def _content(pair: str) -> bool:
    return pair not in COMMAND_PAIRS and not all(char in FUNCTION_CHARS for char in pair)


def _english(text: str) -> set[str]:
    return {_stem(word.lower()) for word in EN_WORD.findall(text or "") if word.lower() not in EN_STOP}


def _topics(text: str) -> set[str]:
    """The Chinese pairs that open a sentence which says something is done, moved or under way: what it is about
    ('合同签好了', '那个合同…', '关于合同，已经签好了'; not '都弄完了，客户很满意', where 客户 opens a remark)."""
    found = set()
    for sentence in SENTENCE.finditer(text):
        clause = CLAUSE.match(sentence.group().lstrip())
        head = clause.group()[:TOPIC_REACH + 2].lstrip("关于至对那这个件份些的 ") if clause else ""
        run = HAN_RUN.match(head)
        if run and words.commands(sentence.group()):
            found.update(p for p in (run.group()[i:i + 2] for i in range(len(run.group()) - 1)) if _content(p))
    return found


def _score(reply: set[str], task: set[str], topics: set[str]) -> tuple[int, int]:
    """(the score that must reach MIN_SCORE, the words shared): one word that is the clause's topic reaches it, but an
    item sharing more words still wins ('隔膜抽检做完了': 来料隔膜批次抽检 over 跟进隔膜供应商8D整改回复)."""
    shared = reply & task
    score = sum(EN_WORD_SCORE if piece.isascii() else 1 for piece in shared)
    return (MIN_SCORE if score == 1 and shared & topics else score), score


def _by_meaning(text: str, tasks: dict[int, str], glossary) -> tuple[int, ...]:
    """The items whose senses share the most with the reply's (an English word against a Chinese task's senses)."""
    senses = _senses(text, glossary)
    scores = {number: len(senses & _senses(task, glossary)) for number, task in tasks.items()}
    best = max(scores.values(), default=0)
    return tuple(sorted(n for n, score in scores.items() if score == best)) if best else ()


def _senses(text: str, glossary) -> set[str]:
    """English stems of the text and the senses of its Chinese words (longest words first, one- character words and
    command words left out)."""
    found = _english(text)
    for run in HAN_RUN.findall(text):
        start = 0
        while start < len(run) - 1:
            size = next((n for n in range(min(LONGEST_WORD, len(run) - start), 1, -1) if glossary(run[start:start + n])), 0)
            word = run[start:start + size] if size else ""
            if word and _content(word[:2]) and word not in COMMAND_PAIRS:
                found |= {_stem(sense) for sense in glossary(word) if sense not in EN_STOP}
            start += size or 1
    return found


def _stem(word: str) -> str:
    """One stem for a word family: 'quotes', 'quote', 'quotation' -> 'quot'; 'pricing', 'prices' -> 'pric'; 'booking' ->
    'book'; 'reviewed' -> 'review'; 'confirmation' -> 'confirm': enough to meet the task's form."""
    for ending in ("ations", "ation", "ings", "ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[:-len(ending)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word

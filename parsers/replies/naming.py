"""Which item a reply names by its task words, when it gives no number: '报价单那个已经发给客户了' -> the quote item.

    items_named('报价单那个已经发给客户了', {1: '向客户发送报价单', 2: '与客户确认交期'})  -> (1,)
    items_named('the vendor one is done', {3: 'Send the vendor quote', 4: 'Book the venue'})  -> (3,)

The reply and each task are cut into content pieces: Chinese two-character runs and English word stems, without
command words (完成, 已经, done, item …) and function words. An item scores the pieces it shares with the reply; the
best item is named when it scores at least MIN_SCORE and more than any other. A tie names every tied item (the
caller asks which one); nothing shared names none.
"""
from __future__ import annotations

import re

MIN_SCORE = 2            # two shared Chinese pairs (报价+价单) or one English word stem (vendor)
EN_WORD_SCORE = 2

HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
EN_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{2,}")
FUNCTION_CHARS = set("的了是在和与及或我你他她它们这那个些已经将把被给对于从向到为以也都就还再又很更最吗呢吧啊呀嘛么"
                     "之其此该每各项第条件一二三四五六七八九十上下中前后内外里时日月号周天年请要让使并且而但")
COMMAND_PAIRS = {"完成", "搞定", "做完", "办完", "弄完", "处理", "提交", "发送", "发出", "确认", "同意", "异议", "进度", "延期",
                 "推迟", "顺延", "事项", "任务", "待办", "负责", "截止", "今天", "明天", "客户端", "已完", "经完", "经发",
                 "发给", "没问", "问题", "谢谢", "收到", "好的", "目前", "现在", "已经"}
EN_STOP = {"the", "and", "for", "with", "this", "that", "one", "item", "items", "task", "tasks", "done", "completed",
           "complete", "finished", "finish", "sent", "send", "is", "are", "was", "has", "have", "been", "our", "your",
           "its", "all", "now", "just", "also", "please", "thanks", "thank", "progress", "extend", "confirm",
           "confirmed", "agree", "object", "today", "tomorrow", "week", "from", "about", "will", "can", "could",
           "need", "more", "days", "day", "into", "out", "off", "over", "per", "via", "not", "yet", "ok", "okay"}


def items_named(text: str, tasks: dict[int, str]) -> tuple[int, ...]:
    """The items the text names by their task words (see the module docstring)."""
    words = pieces(text)
    if not words:
        return ()
    scores = {number: _score(words, pieces(task)) for number, task in tasks.items()}
    best = max(scores.values(), default=0)
    if best < MIN_SCORE:
        return ()
    return tuple(sorted(number for number, score in scores.items() if score == best))


def pieces(text: str) -> set[str]:
    """Content pieces: Chinese character pairs and English word stems, command and function words left out."""
    found: set[str] = set()
    for run in HAN_RUN.findall(text or ""):
        for index in range(len(run) - 1):
            pair = run[index:index + 2]
            if pair not in COMMAND_PAIRS and not all(char in FUNCTION_CHARS for char in pair):
                found.add(pair)
    for word in EN_WORD.findall(text or ""):
        word = word.lower()
        if word not in EN_STOP:
            found.add(_stem(word))
    return found


def _score(reply: set[str], task: set[str]) -> int:
    shared = reply & task
    return sum(EN_WORD_SCORE if piece.isascii() else 1 for piece in shared)


def _stem(word: str) -> str:
    """'quotes' -> 'quote', 'booking' -> 'book', 'reviewed' -> 'review': enough to meet the task's form."""
    for ending in ("ing", "ed", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)]
    return word

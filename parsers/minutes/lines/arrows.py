"""A list line that states a topic and where it stands, over '→ …' lines that say what is to be done about it:
'2、A12 门内饰板 模具T1延期：邓总答应…，我们认为风险很大。' + '   → 邓总：春节放假前提交T1样件': the arrow lines are the
items, each task led by the topic (a label, or a line that only names a thing); the status line asks for nothing itself."""
from __future__ import annotations

import re
from dataclasses import replace

from parsers.model import Item

ARROW = re.compile(r"^\s*(?:→|->|=>|⇒|➔|➜|➡\ufe0f?)\s*(?=\S)")
LABEL_END = re.compile(r"[：:]|——|\s[—–-]\s")     # '后视镜支架 二供定点：…', 'Crane slots — …'
SENTENCE = re.compile(r"[，,。；;!！?？]|\.(?:\s|$)")
BRACKETED = re.compile(r"[(（][^()（）]*[)）]")
TOPIC_CHARS = 30               # a topic is a few words: '后视镜支架 二供定点'


def arrow_below(after) -> bool:
    """The next line that is not blank opens with an arrow."""
    return bool(ARROW.match(next((a for a in after() if a.strip()), "")))


def topic_of(text: str) -> str:
    """What the line is about: the label before its colon or dash, or the whole line when it is a name of a thing
    ('客户投诉品（批号2504-118，连锡不良）'); a sentence ('叉车电池还没到货。') states a fact and leads nothing."""
    label = LABEL_END.search(text)
    if label:
        topic = text[:label.start()].strip()
    else:
        topic = "" if SENTENCE.search(BRACKETED.sub("", text)) else text.strip()
    return topic if len(topic) <= TOPIC_CHARS else ""


def led_by_topic(items: list[Item], topic: str) -> list[Item]:
    """Each item's task with the topic before it, unless the task names it already."""
    return [i if not topic or topic in i.task else replace(i, task=f"{topic}：{i.task}") for i in items]

"""The items a sentence is about when it names none: a label or topic that opens its paragraph, or the items the
sentence just before named without a command.

    'Item 1: samples shipped today. Done.'          -> done [1]      (a label: 'Item 1:', '第2项：', '#5 -')
    'For item 3 – … Could we extend it to Oct 20?'  -> extend [3]    (a topic: 'Regarding #2,', '关于第2项，', 'As for #3,')
    '第1项明天上午提交。没问题。'                      -> confirm [1]   (named, then the verdict alone)
    '第1項は12月8日までに提出いたします。問題ございません。' -> confirm [1]
    '第2项的报价还在等总部。其他都没问题。'            -> confirm []    (其他/the rest: the other items)
    '确认无异议。第1项会如期于4/30前提供。'            -> confirm [1]   (the verdict, then the item named as on time)
    'Item 3 will slip. Can I have until Thursday?'  -> extend [3]    (a request about what was just named)
    'We cannot finish item 4 by tomorrow. … Could we move it to next Tuesday?' -> extend [4]   (a request that points
                                                       back with 'it' at the one item the reply named, no command on it)
    '第3项名单已定。此项关闭。'                        -> done [3]      (a done that points back: 此项, 'this one')
    'The AR details for item 3 are below: …\n\nThis is done from our side.' -> done [3]   (the one item the reply
                                                       named, no command said on it yet: pointed back at, or named just
                                                       before; two named -> none)

A label or topic holds for the later sentences of its paragraph until another reference; a sentence's named items
only for the next sentence of the same paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

GLOSS = r"\s*(?:[(（][^()（）\n]{1,40}[)）])?"       # 'item 3 (label layout):' a short name of the item in brackets
LABEL_MARK = re.compile(GLOSS + r"\s*(?:[:：]|[-–—]\s)")
TOPIC = re.compile(r"^\W*(?:for|regarding|re|about|concerning|as\s+(?:for|to|regards)|on|with\s+regard\s+to|关于|至于|对于|针对|"
                   r"说到|zu|bezüglich|betreffend|concernant|quant\s+(?:au|à)|pour|sobre|respecto\s+a|en\s+cuanto\s+a|"
                   r"riguardo\s+a|quanto\s+a|per|wat\s+betreft|odnośnie(?:\s+do)?|co\s+do|về|đối\s+với)\s*"
                   r"(?:(?:the|el|la|le|il|lo|o|a|al|den|dem|het)\s+)?$", re.I)   # and the team's other languages' 'about'
TOPIC_MARK = re.compile(GLOSS + r"\s*(?:[:：，,]|[-–—]\s)")
POINTED = re.compile(r"(?:此|该|这|本|這|該)一?(?:项|項|条|條)|\bthis\s+(?:one|item|action(?:\s+item)?|point)\b", re.I)
BACK = re.compile(r"^\W*(?:(?:this|that|it)(?:'s|\s+(?:is|was|has|have|one)\b)|(?:das|dies|es)\s+ist\b|c'est\b|"
                  r"(?:esto|eso|isto|isso)\s+(?:está|esta|es|é)\b|此项|这项|该项|此項|這項|該項)", re.I)   # a subject pointing back
IT = re.compile(r"\b(?:it|this\s+one|that\s+one)\b|它|此项|这项|该项|此項|這項|該項", re.I)   # 'Could we move it to …?'
STILL = re.compile(r"(?<![a-z])(?:still|open|pending|outstanding|not|yet)(?![a-z])|还|仍|未|尚|没", re.I)
ON_TIME = re.compile(r"如期|按时|按期|准时|按计划|照计划|照常|按\s*(?:原定|既定|原)?\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]?\s*(?:执行|推进|完成|交付|提交)(?!\s*(?:有|很|太|比较)?(?:困难|难度|来不及|不了|不行|难))|\bon\s+(?:track|schedule|time)\b|\bas\s+planned\b", re.I)
OTHERS = re.compile(r"^\W*(?:其他|其它|其余|剩下|别的|另外|(?:all\s+)?(?:the\s+)?(?:others?|rest)\b)", re.I)


@dataclass(frozen=True)
class Topic:
    label: tuple[int, ...] = ()     # from a label or topic: every later sentence of the paragraph
    named: tuple[int, ...] = ()     # named by the sentence before, with no command: this sentence only
    pending: tuple[int, ...] = ()   # named by this sentence with no command: the next one
    pointed: bool = False           # this sentence points back at them: '此项关闭', 'this one is done'
    seen: tuple[int, ...] = ()      # every item the reply named so far, across paragraphs
    spoken: bool = False            # a command was said on a named item so far
    back: bool = False              # this sentence's subject points back: 'This is done', '此项完成'
    still: bool = False             # the sentence that named `pending` says it is still open: 'Item 2 is still open.'
    named_still: bool = False       # the sentence that named `named` said so
    it: bool = False                # this sentence names its item by a pronoun: 'Could we move it to next Tuesday?'


def paragraph(before: Topic) -> Topic:
    """The topic a new paragraph starts from: no label, no named items; what the reply named so far stays."""
    return Topic(seen=before.seen, spoken=before.spoken)


def follow(text: str, offset: int, mentions: list, before: Topic) -> Topic:
    """The topic of a sentence (`text` starting at `offset`, its `mentions`) after the paragraph's topic `before`."""
    refs = [m for m in mentions if m.kind == "ref"]
    named = before.pending if not refs and not OTHERS.match(text) else ()
    pending = tuple(n for ref in refs for n in ref.items) if refs and len(refs) == len(mentions) else ()
    seen = tuple(dict.fromkeys(before.seen + tuple(n for ref in refs for n in ref.items)))
    spoken = before.spoken or bool(refs) and len(refs) != len(mentions)
    still = bool(pending) and bool(STILL.search(text))
    if not refs:
        back = bool(BACK.match(text)) and not OTHERS.match(text)
        return Topic(before.label, named, pending, bool(named) and bool(POINTED.search(text)), seen, spoken, back,
                     still, before.still, bool(IT.search(text)))
    head, after = text[:refs[0].start - offset], text[refs[0].end - offset:]
    opens = not head.strip() and LABEL_MARK.match(after) or TOPIC.match(head) and TOPIC_MARK.match(after)
    return Topic(refs[0].items if opens else (), named, pending, seen=seen, spoken=spoken, still=still,
                 named_still=before.still)


def items_for(topic: Topic, kind: str, weak: bool) -> tuple[int, ...]:
    """The items of a command that names none: the label's (not for an OK/没问题, which may be about the whole recap);
    else, for a confirm or a request (extend, object), those the sentence before named: 'Item 2 is open. Done.'
    does not say which item is done."""
    if topic.label and not weak:
        return topic.label
    alone = len(topic.seen) == 1 and not topic.spoken and not weak       # the one item the reply is about
    if kind in ("extend", "object") and not topic.named and alone and topic.it:
        return topic.seen                          # '… cannot finish item 4 by tomorrow. … Could we move it to …?'
    if kind in ("confirm", "extend", "object") or topic.pointed:
        return topic.named
    return topic.seen if kind in ("done", "confirm") and alone and (topic.back or topic.named == topic.seen and not topic.named_still) else ()


def on_time(text: str, mentions: list) -> tuple[int, ...]:
    """The items a sentence without a command names as kept on time ('第1項割接方案會如期於4/30前提供', 'Item 2 is on
    track'): after a confirm that named none, they are what it confirms."""
    if not mentions or any(m.kind != "ref" for m in mentions) or not ON_TIME.search(text):
        return ()
    return tuple(dict.fromkeys(n for m in mentions for n in m.items))

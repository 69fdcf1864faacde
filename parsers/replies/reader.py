"""Understand a reply to the bot's recap: which commands, for which items, with which percent or new date.

    parse_reply('第1、4项确认，没问题。', sent, WorkdayCalendar())      -> Reply('confirm', items=(1, 4), …)
    parse_reply('①已完成，③进度80%', sent, cal).commands                -> (ItemCommand('done', (1,)),
                                                                           ItemCommand('progress', (3,), 80))
    parse_reply('第1项申请延期到下周三', Thu 2024-10-24, cal).new_due_date  -> 2024-10-30

The caller passes only the new text (`new_text` below strips the quoted recap, which repeats every command
word). Reading goes one sentence at a time (words.py finds the words):
- a command takes the item references written before it since the previous command ('第1、4项确认',
  'Item 3 is done'); with none, those written right after it in the same clause ('确认第1、4项'); with none
  again, the items of the sentence's previous command ('第1、4项确认，没问题'; not after 另外/another, a new matter:
  '第1项已完成，另外申请延期'); else no items (the core then applies it to the sender's own items);
- the text after an objection is its reason, up to the end of the paragraph or the next clause that starts
  with an item reference: '对第②项有异议：…建议顺延到10月15日' is an objection, not an extension;
- an extension's new date is the first date phrase after the word, in its clause or the next one (not in a reason:
  '原因：…周末才能寄到', ' - line 4 is stopped until Thursday'), or right before a verb that comes last ('auf den 4.
  Dezember verschieben'; asked_date.py), resolved against the reply's own Date; a word that counts only with its date
  (改到, 才能) finds it in its own clause ('拔模角度改到1.5°，9号前搞定' asks nothing). A request without a date
  ('是否可以延期?', '延期两天') is extend with new_due_date None: the core asks for the date;
- a clause that asks (?, 吗, 是否, 能否, Can/Is …) or a sentence under a condition (如果, if …) carries no command but a
  request to extend (words.py);
- a sentence that is only an item number names the commands of the sentence before that named none ('…已完成。第一项。');
  a sentence that is only a percent is the progress of the item the sentence before named ('3番、…。50%です。');
- OK/没问题 with no item yield to any other command ('OK, item 2 is done' is done);
- the main command (Reply.intent/items/percent/new_due_date) is the first one, or, when that names no item, the first
  extension, objection or done that does ('完成了一半，明天来不及，第1项往后推两天' -> extend [1]; but 'Confirmed, thanks.
  Item 4 is on track.' stays confirm), and a progress note yields to an extension of its items ('第5项完成了一半，
  往后推三天' is extend); 'unknown' when none, with the items the text names ('收到，第2项我这边周四前完成'
  -> unknown, [2]).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime

from parsers.mail.hant import fold
from parsers.replies import labels, lexicon, overall, words
from parsers.model import ItemCommand, Reply
from parsers.replies.asked_date import asked_date, date_before, dated_first
from parsers.replies.merging import merge
from parsers.replies.named_date import named_after
from parsers.replies.quotes import new_text
from parsers.dates.workdays import WorkdayCalendar

__all__ = ["new_text", "parse_reply", "looks_like_reply", "strip_subject_prefixes"]

PREFIX = re.compile(r"^\s*(?:(?:re|aw|sv|vs|antw|odp|fw|fwd|tr|wg|rv|enc|回复|回覆|答复|答覆|转发|轉發|转寄|轉寄)\s*(?:\[\d+\]|\(\d+\))?"
                    r"\s*[:：]\s*)+", re.I)
REPLY_PREFIX = re.compile(r"^\s*(?:re|aw|sv|vs|antw|odp|回复|回覆|答复|答覆)\s*(?:\[\d+\]|\(\d+\))?\s*[:：]", re.I)
SENTENCE = re.compile(r"[^。！!？?\n]+[。！!？?]*|\n")
EN_STOP = re.compile(r"(?<![Nn]o)(?<!\b[A-Z])(?<!\b[Cc]a)(?<!\b[Aa]pprox)(?<!\b[ie]\.[eg])(?<!^\d)(?<!^\d\d)\.(?=\s+\S)(?!\s*(?i:" + lexicon.MONTH_WORDS + r")\b)")
CLAUSE_END = re.compile(r"[，,；;]|\s[-–—]\s")
NEXT_REF = re.compile(r"[，,；;。！!\n]\s*(?:另外|此外|还有|其他|其余|and|also)?\s*$", re.I)
OBJECT_HEAD = re.compile(r"(?:[^：:，,。.;；\n]|\.(?=\s*\d)){0,40}")   # an item named right after the word starts within HEAD_REACH
OBJECT_COLON = re.compile(r"\s*[:：]\s*")
BARE_ACK = re.compile(r"^\W*(?:(?:收到|嗯+|哦|谢谢|thanks?)[\W]*)?(?:好的?|好滴|可以|行|没意见|没有意见|ok(?:ay)?|sure|fine)"
                      r"[\W了啦哈呀的，,。.!！~～]*(?:谢谢|thanks?|thank\s+you|收到)?\W*$", re.I)  # the whole reply: an acknowledgement
PARAGRAPH = re.compile(r"\n\s*\n")
ANOTHER = re.compile(r"另外|此外|其他|其它|另一|别的|\b(?:another|the\s+other|besides|apart\s+from)\b", re.I)  # a new matter
REQUESTS = ("extend", "object", "done")     # what a reply asks to change, above a note without an item
HEAD_REACH = 16               # characters after an objection word where the item it names may start
# or further, after what of it is objected to: 'we do not agree with the deadline of item 1', 'object to the owner for #3'
OF_ITEM = re.compile(r"\s*(?:with|to|on|about)?\s*(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:of|for|on)\s+", re.I)
MAX_ACK = 40                  # characters: an acknowledgement is short (and is not searched for in a flood)
MAX_MENTIONS = 40             # commands and item references read per sentence: more is a flood, not a reply
REASON_COLON = re.compile(r"\s*[：:]")          # '第2项需要延期：' then why
TARGET_LATER = re.compile(r"(?:延期|推迟|顺延|延后|延长|推|改|调整)(?:至|到)\s*\S|\b(?:extend|push|move)\w*\s+(?:it\s+)?(?:to|until)\b", re.I)
MAX_REASON = 500              # characters after an objection or extension read as its reason


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int
    text: str


def looks_like_reply(subject: str, in_reply_to: str | None, references: tuple[str, ...]) -> bool:
    """An answer in a thread: In-Reply-To/References, or a Re:/回复:/答复:/AW: subject (forwards are not answers)."""
    return bool(in_reply_to or references or REPLY_PREFIX.match(subject or ""))


def strip_subject_prefixes(subject: str) -> str:
    """'回复：Re:Re: 周会纪要' -> '周会纪要': every Re:/RE[2]:/回复:/回覆:/答复:/AW:/Fwd:/FW:/转发:, any colon width."""
    return PREFIX.sub("", subject or "").strip()


def parse_reply(text: str, sent: datetime, calendar: WorkdayCalendar) -> Reply:
    """The commands of a reply's new text; see the module docstring for the rules."""
    text = (text or "").strip()
    read = fold(text)                               # 繁體 read as 简体, one character for one: '第2項進度80%'
    found = overall.settled(merge(_commands(read, sent, calendar)), read)
    if not found and len(read) <= MAX_ACK and BARE_ACK.match(read):
        return Reply("confirm", text=text, commands=(ItemCommand("confirm"),))
    if not found:
        named = tuple(dict.fromkeys(n for ref in words.references(read) for n in ref.items))
        if overall.delivered(read):
            return Reply("done", named, text=text, commands=(ItemCommand("done", named),))   # the deliverable attached
        return Reply("unknown", items=named, text=text)
    main = found[0] if found[0].items else next((c for c in found if c.items and c.intent in REQUESTS), found[0])
    if main.intent == "progress":                   # '第5项完成了一半，来不及了，往后推三天': the request is the command
        main = next((c for c in found if c.intent == "extend" and c.items == main.items), main)
    return Reply(main.intent, main.items, main.percent, main.new_due_date, text=text, commands=tuple(found))


def _commands(text: str, sent: datetime, calendar: WorkdayCalendar) -> list[tuple[ItemCommand, bool]]:
    """(command, weak) in order of writing, sentence by sentence; an objection's reason is skipped."""
    commands: list[tuple[ItemCommand, bool]] = []
    skip_to, carried, topic, last, itemless = 0, (), labels.Topic(), 0, []
    for sentence in _sentences(text):
        if sentence.end <= skip_to:
            continue
        mentions, skip_to = _without_reasons([m for m in _mentions(sentence) if m.start >= skip_to], text, skip_to)
        pairs, carried = _assign(sentence, mentions, carried)
        new_paragraph = PARAGRAPH.search(text, last, sentence.start)
        topic = labels.follow(sentence.text, sentence.start, mentions, labels.paragraph(topic) if new_paragraph else topic)
        last = sentence.end
        if itemless and not new_paragraph:
            _name_itemless(commands, itemless, sentence, mentions)
        if topic.label and not any(m.kind in ("ref", "progress") for m in mentions):
            pairs += [(m, ()) for m in _absolute(words.labelled_percents(sentence.text), sentence)]
        if topic.named and not any(m.kind == "ref" for m in mentions):
            pairs = _bare_percent(pairs, sentence, topic.named)
        itemless = []
        for mention, items in pairs:
            if not items and not any(m.kind == "ref" for m in mentions):
                items = labels.items_for(topic, mention.kind, mention.weak)      # 'Item 1: samples shipped today. Done.'
            command = _command(mention, items, sentence, text, sent, calendar)
            if command is not None:
                itemless += [] if command.items else [len(commands)]
                commands.append((command, mention.weak))
    return commands


def _name_itemless(commands: list, itemless: list[int], sentence: _Sentence, mentions: list) -> None:
    """'超订预案已完成。第一项。': a sentence that is only an item number names the previous sentence's itemless commands;
    so does one with no command of its own that glosses a task with its number ('Confirmed. … the MFDS schedule (item 3)
    …'), and one with no command that names items as kept on time after a confirm ('確認無異議。第1項…會如期於4/30前提供')."""
    relative = _relative(mentions, sentence)
    confirms = all(commands[index][0].intent == "confirm" for index in itemless)
    alone = words.item_alone(sentence.text) or words.glossed_items(sentence.text, relative) or \
        (labels.on_time(sentence.text, relative) if confirms else ())
    for index in itemless if alone else ():
        commands[index] = (replace(commands[index][0], items=alone), commands[index][1])


def _bare_percent(pairs: list, sentence: _Sentence, named: tuple[int, ...]) -> list:
    """'3番、…決まりました。50%です。': a sentence that is only a percent is the state of the item just named."""
    bare = words.bare_percent(sentence.text)
    if bare is None:
        return pairs
    return [pair for pair in pairs if pair[0].kind != "progress"] + [(_absolute([bare], sentence)[0], named)]


def _without_reasons(mentions: list[words.Mention], text: str, skip_to: int) -> tuple[list[words.Mention], int]:
    """Drop what is written inside an objection's reason; returns where the last reason ends."""
    kept: list[words.Mention] = []
    reason = range(0)
    for mention in mentions:
        if mention.start in reason:
            continue
        kept.append(mention)
        if mention.kind == "object":
            start = _reason_start(text, mention.end)
            reason = range(start, _reason_end(text, start))
            skip_to = max(skip_to, reason.stop)
    return kept, skip_to


def _reason_start(text: str, end: int) -> int:
    """After the objection word and the items it names at once: 'I object to item 2: …', '不同意第2项的…'."""
    head = OBJECT_HEAD.match(text, end).group()
    refs = [ref for ref in words.references(head) if ref.start <= HEAD_REACH or OF_ITEM.fullmatch(head[:ref.start])]
    if refs:
        return end + refs[-1].end
    colon = OBJECT_COLON.match(text, end)                  # '有异议：第1项时间来不及' names the item first
    named_before = words.references(text[max(0, end - 20):end])   # '第2项有异议：第1项先…' is a reason
    refs = words.references(text[colon.end():colon.end() + 16]) if colon and not named_before else []
    return colon.end() + refs[0].end if refs and refs[0].start == 0 else end


def _sentences(text: str) -> list[_Sentence]:
    """Sentences split at 。！？!?, line breaks and an English '. ' (not 'No. 2')."""
    out = []
    for match in SENTENCE.finditer(text):
        start = match.start()
        for piece in EN_STOP.split(match.group()):
            if piece.strip():
                out.append(_Sentence(start, start + len(piece), piece))
            start += len(piece) + 1
    return out


def _mentions(sentence: _Sentence) -> list[words.Mention]:
    """References and commands of the sentence, positions made absolute, in order."""
    cmds = words.commands(sentence.text)
    refs = words.references(sentence.text)
    refs += words.bare_references(sentence.text, cmds, refs)
    return sorted(_absolute(cmds + refs, sentence), key=lambda m: (m.start, m.kind != "ref"))[:MAX_MENTIONS]


def _relative(mentions: list[words.Mention], sentence: _Sentence) -> list[words.Mention]:
    return [replace(m, start=m.start - sentence.start, end=m.end - sentence.start) for m in mentions]


def _absolute(mentions: list[words.Mention], sentence: _Sentence) -> list[words.Mention]:
    return [replace(m, start=m.start + sentence.start, end=m.end + sentence.start) for m in mentions]


def _assign(sentence: _Sentence, mentions: list[words.Mention], carried: tuple[int, ...]):
    """(command, items) pairs by the reference rules of the module docstring, and the references a sentence
    ending in ':' hands on to the next one ('关于第2项：' / 'Item 2:')."""
    pending, pairs = list(carried), []
    open_index: int | None = None                  # a command with no reference before it, open to its clause
    for mention in mentions:
        if mention.kind != "ref":
            pairs.append((mention, pending))
            open_index, pending = (None if pending else len(pairs) - 1), []
        elif open_index is not None and not CLAUSE_END.search(_between(sentence, pairs[open_index][0].end, mention.start)):
            pairs[open_index][1].extend(mention.items)
        else:
            open_index = None
            pending.extend(mention.items)
    handed = tuple(pending) if sentence.text.rstrip().endswith((":", "：")) else ()
    bare = [i for i, (_, items) in enumerate(pairs) if not items]
    if pending and bare and not handed:
        pairs[bare[-1]][1].extend(pending)         # 'Done: item 3'
    previous: tuple = (None, [], sentence.start)
    for mention, items in pairs:
        after = CLAUSE_END.split(sentence.text[mention.end - sentence.start:], maxsplit=1)[0]   # 'more time on another one'
        another = ANOTHER.search(_between(sentence, previous[2], mention.start) + " " + after)   # '…，另外申请延期'
        if not items and not another and (not mention.weak or previous[0] == mention.kind):
            items.extend(previous[1])              # '第1、4项确认，没问题'
        previous = (mention.kind, items, mention.end)
    return [(mention, tuple(dict.fromkeys(items))) for mention, items in pairs], handed


def _between(sentence: _Sentence, start: int, end: int) -> str:
    return sentence.text[start - sentence.start:end - sentence.start]


def _command(mention, items, sentence: _Sentence, text: str, sent: datetime, calendar) -> ItemCommand | None:
    if mention.kind == "object":
        start = _reason_start(text, mention.end)
        return ItemCommand("object", items, reason=_clean(text[start:_reason_end(text, start)]))
    if mention.kind != "extend":
        return ItemCommand(mention.kind, items, percent=mention.percent)
    after, before = text[mention.end:min(sentence.end, _reason_end(text, mention.end))], text[sentence.start:mention.start]
    if mention.needs_date:            # '改到10月20日', '下周二才能寄': a date in its own clause, or no extension at all
        before, after = CLAUSE_END.split(before)[-1], dated_first(after, sent, calendar)
    new_date, reason = asked_date(after, sent, calendar)
    if new_date and REASON_COLON.match(after) and TARGET_LATER.search(text, mention.end):
        new_date = None                   # '需要延期：…排期要到节后。申请延期至10月10日': the day asked comes after the reason
    new_date = new_date or date_before(before, sent, calendar) or (   # 'two more days. … by 19 October'
        None if mention.needs_date else named_after(text[mention.end:], sent, calendar))
    return None if new_date is None and mention.needs_date else \
        ItemCommand("extend", items, new_due_date=new_date, reason=_clean(reason))   # '改为线上会议': no date, no extension


def _reason_end(text: str, start: int) -> int:
    """The end of the paragraph, or the boundary before the next clause that starts with an item reference; at
    most MAX_REASON characters on (each command looks ahead: unbounded, a flood of commands is quadratic)."""
    window = text[start:start + MAX_REASON]
    end = start + next((p.start() for p in PARAGRAPH.finditer(window)), len(window))
    for ref in words.references(text[start:end]):
        if NEXT_REF.search(text[start:start + ref.start]):
            return start + ref.start
    return end


def _clean(reason: str) -> str:
    return re.sub(r"\s+", " ", reason).strip(" :：，,。.;；-—?？!！的")

"""What a reply says as a whole when its command words disagree or are missing, read after reader.py's commands:

    steps_dropped([done [1], progress [1] 90], '第1项的影片已经拍好，正在剪辑，大概完成了九成')  -> [progress [1] 90]
    delivered('Please find attached the VOC test report for our lacquer (item 2).')              -> True (done)

A done beside a stated percent of the same items was a step of the work; a reply with no command word that hands
over the deliverable ('见附件', 'please find attached') is done, unless it asks, or sends a part or a draft.
"""
from __future__ import annotations

import re
from dataclasses import replace

from parsers.model import ItemCommand
from parsers.replies import words

MAX_READ = 500           # characters of the reply read for these phrases
DELIVERED = re.compile(r"\b(?:please\s+)?(?:find|see)\s+(?:the\s+)?(?:attached|enclosed)\b|\b(?:attached|enclosed)\s+(?:is|are|please|you)\b|"
                       r"\b(?:i've|i\s+have|we've|we\s+have|i|we)\s+(?:attached|enclosed)\b|(?:^|[.!。！]\s*)attached\b|"
                       r"\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:attaching|enclosing|sending\s+you)\b|"
                       r"\b(?:pdf|file|copy|report|version|scan)\s+attached\s*(?:[.!;]|$)|"    # 'signed PDF attached.'
                       r"(?:详见|请见|见|如)附件|附件(?:是|为|中|里|请查收)|附上|随附|请查收", re.I)  # the deliverable handed over
PARTIAL_OR_ASKING = re.compile(words.QUESTION.pattern + r"|部分|初稿|草稿|草案|样稿|\b(?:drafts?|partial|part\s+of|preview)\b|"
                               r"麻烦|请(?:你|您)?(?:帮|转|协助|更新|安排)|帮忙|\b(?:could|can)\s+you\b|\bplease\s+(?!find|see)\w", re.I)   # asks the bot's reader to act
PART_OF = re.compile(r"(\d+)\s*[\u4e00-\u9fff]{0,4}\s*中已[^\d，,。；;]{0,6}?(\d+)")
WHOLE_DONE = re.compile(r"已经?(?:全部)?完成|完成了|搞定|做完|办结|(?:确认|处理|办|弄|谈|做)好了|\b(?:done|completed|finished)\b", re.I)   # the item itself
WHOLE = (r"(?:整体|总体|整體|總體|总共|總共|合计|合計|\boverall|\bin\s+total|\ball\s+in\s+all)\s*(?:上|来看|來看|来说|來說)?\s*"
         r"(?:约|約|大约|大約|大概|将近|將近|差不多|about|around|roughly)?\s*\d{1,3}\s*[%％](?=\s*(?:$|[，,。.！!；;]))|"
         r"\d{1,3}\s*[%％]\s*(?:overall|in\s+total|all\s+told)\b")     # the whole item at a percent: '整体大概40%', '60% overall'
SHARE_READY = (r"\d{1,3}\s*%\s+of\s+(?:the\s+|our\s+|my\s+)?[\w\s-]{1,40}?\s+(?:is|are)\s+(?:now\s+)?"
               r"(?:ready|done|complete|completed|finished|in\s+place)\b")   # '60% of the checklist is ready'
STATED_PROGRESS = re.compile(r"(?:进度|进展|完成了?|做了|做到|整理到|到了)\s*(?:约|大约|大概|将近)?\s*(?:\d{1,3}\s*[%％]|[一二三四五六七八九]成)|"
                             r"(?:完成|做完|弄完|做|弄)了?\s*(?:一半|过半|大半)|"
                             r"[一二三四五六七八九]成(?:了|左右)?(?=$|[，,。.！!])|\b(?:at|to)\s+(?:about\s+|around\s+)?\d{1,3}\s*%|"
                             r"\d{1,3}\s*%\s*(?:done|complete|there|through)|\bprogress\b|" + WHOLE + "|" + SHARE_READY,
                             re.I)   # where the whole item stands


def settled(commands: list[ItemCommand], text: str) -> list[ItemCommand]:
    """The commands once those that were steps, reasons or settled by another are dropped (the three rules below)."""
    return delivered_confirms(confirm_dropped(reason_dropped(steps_dropped(commands, text), text)), text)


def delivered_confirms(commands: list[ItemCommand], text: str) -> list[ItemCommand]:
    """Confirms alone in a reply that hands the deliverable over ('Item 4 - artwork approved, signed PDF attached.'): the
    approval was the work, now done."""
    if not commands or any(c.intent != "confirm" for c in commands) or not delivered(text):
        return commands
    return [replace(c, intent="done") for c in commands]


def reason_dropped(commands: list[ItemCommand], text: str) -> list[ItemCommand]:
    """Work still under way, with no figure, or a step reported done (not the item: '第1项已完成，申请延期…' keeps its
    done), beside an extension of the same items is its reason ('讲师还在修改，要再延3个工作日', 'still working on it,
    need two more days', '样品已送第三方检测，…需要延期，5个工作日内出报告'): the extension is the command."""
    moved = {c.items for c in commands if c.intent == "extend"}
    step = not WHOLE_DONE.search(text[:MAX_READ])
    return [c for c in commands if not (c.intent == "progress" and c.percent is None or c.intent == "done" and step) or
            c.items not in moved]


def delivered(text: str) -> bool:
    """A reply that hands over its deliverable, and neither asks nor sends only a part or a draft."""
    head = text[:MAX_READ]
    return bool(DELIVERED.search(head)) and not PARTIAL_OR_ASKING.search(head)


def confirm_dropped(commands: list[ItemCommand]) -> list[ItemCommand]:
    """A confirm of the items a done also names said the work is settled ('zu Punkt 6: Kapazität … ist bestätigt. Erledigt.',
    'Item 2 confirmed and done'); so did a confirm naming no item beside a done naming none ('鞋楦修改确认没问题了，…，
    这项可以关了'): the done is the command."""
    done = {n for c in commands if c.intent == "done" for n in c.items}
    bare_done = any(c.intent == "done" and not c.items for c in commands)
    return [c for c in commands if not (c.intent == "confirm" and (set(c.items) <= done if c.items else bare_done))]


def steps_dropped(commands: list[ItemCommand], text: str) -> list[ItemCommand]:
    """A done beside a percent under 100 for the same items was a step of the work ('第1项的影片已经拍好，…大概完成了
    九成', 'the first half is finished, overall we're at 60%', '初稿做好了，整体大概40%', '… - about 70% overall'): the item
    is in progress; so does a count short of the whole ('20家门店中已完成12家');
    only when the percent is said of the work (STATED_PROGRESS), not of something measured ('满意度95%', '5%用户')."""
    counted = PART_OF.search(text[:MAX_READ])   # '20家门店中已完成12家': a count short of the whole
    counted = bool(counted) and int(counted.group(2)) < int(counted.group(1))
    if not STATED_PROGRESS.search(text[:MAX_READ]) and not counted:
        return commands
    partial = {c.items for c in commands if c.intent == "progress" and (c.percent is not None and c.percent < 100 or
                                                                         c.percent is None and counted)}
    return [c for c in commands if not (c.intent == "done" and c.items in partial)]

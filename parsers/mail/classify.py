"""What kind of mail this is: minutes | reply | other | auto — one decision, from facts found elsewhere.

    auto     mail no person wrote (auto.auto_reason said why)
    other    an attendee's calendar answer (iTIP REPLY), a chat mail, a person's meeting invitation or notice,
             a letter to one person with the bot copied (letter.py), also as a Re: that gives the bot no command
    reply    an answer in a thread that carries no new minutes (prose that gives work to two people or more, sent to
             no signed address of the bot, is new minutes)
    minutes  action items, or clearly minutes (纪要/会议记录/minutes/'notes:'/a recorder's '记录：…' + sections or
             facts, or a meeting listing what it settled) even without items; a notice of a meeting already held;
             a corrected re-send in the same thread (【更正】) is minutes too
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.minutes.reader import MinutesRead

MARKERS = re.compile(r"纪要|会议[记纪]录|沟通记录|记录表|跟进表|跟踪表|会议总结|会议小结|会议决议|会议决定|minutes|meeting notes|meeting summary|"
                     r"\bmom\b|action items|会后待办|待办事项|"
                     r"(?:^|\s)notes\s*[:：]|\b(?:quick|sync|call|team)\s+notes\b|"   # 'notes: 年货节复盘', 'quick notes'
                     r"(?:^|\s)(?:记录人?|纪要人|整理人?)\s*[:：]\s*[\u4e00-\u9fff]{2,4}(?:\s|$)", re.I)   # '记录：何静' signs it
# new text that says it is minutes ('本周例会纪要：', 'minutes below'): its sentences are items even in a thread
INTRO = re.compile(r"(?:纪要|会议记录|要点)\s*(?:如下)?\s*[:：]|纪要如下|\bminutes\s+(?:are\s+)?(?:below|as follows)|"
                   r"\b(?:meeting\s+)?notes\s+(?:below|as follows)|\bhere\s+are\s+(?:the\s+)?(?:minutes|notes)\b", re.I)
NOTICE = re.compile(r"通知|公告|通告|邀请函?|议程|改期|延期召开|时间调整|invitation|agenda|announcement|notice|reschedul", re.I)   # '本周例会改期'
ASSIGNING = re.compile(r"督办|分工|任务分解|工作分解")     # '…专项整治工作的督办通知': a notice that hands out work
# a notice that reports a meeting already held ('今天…召开了教研组会议，现将会议精神…通知如下'): its record, not a call
HELD = re.compile(r"召开了|已召开|(?:已|刚)(?:经)?开完|会议精神")
# the paragraphs of formal minutes that record what the meeting found or decided ('二、会议明确，…')
DECIDED = re.compile(r"(?:^|\n)\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．])?\s*"
                     r"会议(?:认为|明确|要求|指出|强调|决定|同意|议定|确定|提出|研究)[，,：:]")
# decisions listed under an intro ('会议形成以下决定：' then '1. …' '2. …'): a meeting's record without owners
DECISIONS = re.compile(r"(?:形成|作出|做出)(?:以下|如下)(?:决定|决议)|(?:决定|决议)(?:事项)?如下|"
                       r"\bdecisions?\s+(?:below|as follows|were made)\b", re.I)
# a meeting that says what it settled ('今天期末工作会议主要定了几件事：' then '1. …' '2. …'): its record, however titled
SETTLED = re.compile(r"(?:会议|会上|例会|碰头)[^，。,.\n：:]{0,8}(?:定了|定下|决定了|明确了|议定了?)(?:以下|如下|这|几|[两三四五六七八九]){0,2}"
                     r"(?:件事|点|项|条)?(?:情|事项)?\s*[:：]")
NUMBERED = re.compile(r"(?:^|\n)\s*(?:\d{1,2}[、.．)]|[(（]\d{1,2}[)）]|[一二三四五六七八九十][、.．])\s*\S")
# a poll for a meeting's time ('下半年规划会时间征集', '两个候选时间，大家看哪个方便', 'which slot works'): before any meeting
POLL = re.compile(r"时间征集|征集[^，。,.\n]{0,6}时间|哪个(?:时间)?(?:比较|更)?方便|[候备]选(?:时间|日期)|时间投票|"
                  r"\b(?:which|what)\s+(?:time|slot|date|day|option)s?\s+(?:works?|suits?)|\bdoodle\b|\b(?:time|date)\s+poll\b", re.I)
EITHER_TIME = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*[日号][^，。,；;\n]{0,16}?(?:或者?|还是|\bor\b)\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]|"
                         r"(?:周|星期)[一二三四五六日天][^，。,；;\n]{0,12}?(?:或者?|还是)\s*(?:周|星期)[一二三四五六日天]")
OPTIONS = re.compile(r"(?:^|\n)\s*(?:[A-D]\s*[.、．)）:：]|(?:选项|方案|option)\s*[A-D1-4]\b)", re.I)   # 'A. 7月8日…' 'B. …'
BULLETIN = re.compile(r"简报|简讯|快讯|通讯|月报|周报|内刊|周刊|月刊|newsletter|bulletin|\b(?:site|company|plant|staff|team|office)\s+news\b|\b(?:monthly|weekly)\s*[-–—|:：]", re.I)   # a report sent round to be read ('Chongli Service Monthly - June 2026')
ISSUE = re.compile(r"第\s*\d+\s*期|\b(?:issue|no\.)\s*#?\d+|[-–—|]\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\s*$", re.I)   # '宣发周报｜第24期', '… - June 2026'
HELD_WORK = frozenset({"action", "decision", "directive", "review", "table", "record"})
STRUCTURE = frozenset({"action", "decision", "directive", "review", "followup", "table", "record", "list"})
TRACKED = frozenset({"table", "record"})       # a table of items (负责人/计划日期 columns) is kept to be tracked
FORWARD = re.compile(r"^\s*(?:(?:re|答复|回复)\s*[:：]\s*)*(?:fw|fwd|tr|wg|转发|转)\s*[:：]", re.I)


@dataclass(frozen=True)
class Signals:
    auto_reason: str | None
    calendar_method: str
    replying: bool            # In-Reply-To/References/Re: — it answers something
    correction: bool          # 【更正】 or a '更正：' opening line
    subject: str
    opening: str              # the first part of the body, for minutes markers
    letter: bool = False      # greets the one person it is sent To, names no meeting (letter.is_letter)
    signed: bool = False      # sent to a signed (plus) address: an answer to the bot's own mail
    others_owning: int = 0    # people other than the sender that the items read give work to
    to_bot: bool = True       # it answers the bot's mail (or one not known) or a numbered item, not a person's thread


def classify(signals: Signals, read: MinutesRead) -> str:
    if signals.auto_reason:
        return "auto"
    if signals.calendar_method == "REPLY":
        return "other"
    clearly = looks_like_minutes(signals, read)
    if signals.letter and not clearly and not read.evidence & TRACKED:   # a person's letter, the bot copied: its
        return "other"                                                  # asks are its reader's to answer
    if is_poll(signals) and not read.evidence & HELD_WORK:
        return "other"                             # a poll for a time: the meeting is still to be held
    if signals.replying:       # an answer is minutes only with items in a list or table, or as a correction
        listed = bool(read.items) and bool(read.evidence & {"list", "table", "record"} or INTRO.search(signals.opening))
        hands_out = not signals.signed and signals.others_owning >= 2     # 'Jackie 这周五之前…；Sean，…月底前…': prose
        return "minutes" if listed or hands_out or (signals.correction and clearly) else \
            "reply" if signals.to_bot or _called(signals) else "other"   # minutes in a thread; an answer in a thread
    #   of people's own that is no minutes (the bot copied on 'RE: Q3 capacity review - proposed time') asks it nothing
    if read.items and not is_notice(signals) and not is_bulletin(signals, read):
        return "minutes"
    return "minutes" if clearly and signals.calendar_method != "REQUEST" else "other"


def is_notice(signals: Signals) -> bool:
    """A notice calling a meeting ('关于召开…的通知', 'Invitation: …'): its requests and dates are before the meeting,
    so nothing to track, unless it says it carries minutes (纪要, 会议记录, minutes)."""
    return bool(NOTICE.search(signals.subject)) and not _called(signals) and not ASSIGNING.search(signals.subject) \
        and not HELD.search(signals.opening)


def is_poll(signals: Signals) -> bool:
    """A mail that asks which of two or more lettered times suits ('A. 7月8日（周三）下午2点' / 'B. …', '哪个方便'),
    not one that reports a meeting held."""
    text = f"{signals.subject}\n{signals.opening}"
    options = len(OPTIONS.findall(signals.opening)) >= 2 or bool(EITHER_TIME.search(signals.opening))   # '7月8日下午3点或7月9日上午10点'
    return bool(POLL.search(text)) and options and not HELD.search(signals.opening)


def is_bulletin(signals: Signals, read: MinutesRead) -> bool:
    """A report sent round for reading ('市场部6月工作简报', 'June newsletter'): not called minutes, and its plans name
    nobody to chase ('7月10日前上线活动页'), or it is a periodical's numbered issue ('宣发周报｜第24期')."""
    return bool(BULLETIN.search(signals.subject)) and not _called(signals) and (
        bool(ISSUE.search(signals.subject)) or not any(item.owner and item.owner.name for item in read.items))


def looks_like_minutes(signals: Signals, read: MinutesRead) -> bool:
    """Called minutes (纪要, meeting notes) and shaped like minutes (sections, a table, 会议时间/参会人员)."""
    called = _called(signals)
    shaped = bool(read.evidence & STRUCTURE) or bool({"held", "people"} & set(read.facts)) or \
        len(DECIDED.findall(signals.opening)) >= 2 or decisions_listed(signals.opening)  # decisions only
    return called and shaped or settled_listed(signals.opening)


def decisions_listed(opening: str) -> bool:
    """'会议形成以下决定：' followed by at least two numbered lines."""
    found = DECISIONS.search(opening)
    return bool(found) and len(NUMBERED.findall(opening[found.end():])) >= 2


def settled_listed(opening: str) -> bool:
    """'会议主要定了几件事：' followed by at least two numbered lines: a held meeting's decisions."""
    found = SETTLED.search(opening)
    return bool(found) and len(NUMBERED.findall(opening[found.end():])) >= 2


def _called(signals: Signals) -> bool:
    """Does the subject or the opening call the mail minutes? An address is no word: the invitation
    'Invitation: Review @ Thu 2pm (minutes@corp.example)' names the bot, not minutes."""
    words = (" ".join(w for w in text.split() if "@" not in w) for text in (signals.subject, signals.opening))
    return any(MARKERS.search(text) for text in words)      # (split, not a regex: linear on a 5 MB subject)


def is_forward(subject: str) -> bool:
    """'转发:', 'FW:', 'Fwd:' — the quoted message is the content, not history."""
    return bool(FORWARD.match(subject or ""))


def calendar_reply(ics: str) -> dict | None:
    """{uid, attendee, partstat, sequence} of an iTIP REPLY (best effort, first VEVENT); None without a UID."""
    unfolded = re.sub(r"\r?\n[ \t]", "", ics or "")
    fields: dict[str, str] = {}
    for line in unfolded.splitlines():
        name, _, value = line.partition(":")
        key = name.split(";")[0].strip().upper()
        if key in ("UID", "SEQUENCE") and key not in fields:
            fields[key] = value.strip()
        elif key == "ATTENDEE" and "ATTENDEE" not in fields:
            fields["ATTENDEE"] = re.sub(r"^mailto:", "", value.strip(), flags=re.I).lower()
            found = re.search(r";PARTSTAT=([^;:]+)", name, re.I)
            fields["PARTSTAT"] = found.group(1).upper() if found else "NEEDS-ACTION"
    if not fields.get("UID"):
        return None
    sequence = fields.get("SEQUENCE", "0")
    return {"uid": fields["UID"], "attendee": fields.get("ATTENDEE", ""), "partstat": fields.get("PARTSTAT", ""),
            "sequence": int(sequence) if sequence.isdigit() else 0}

"""Facts about the meeting itself: its title, its number (ref) and who took part.

    meeting_title('【更正】【会议纪要】双11线上活动方案评审（NC2024-10-10）', {}) -> '双11线上活动方案评审'
    meeting_ref('…（NC2024-10-10）', {})                                    -> 'NC2024-10-10'
"""
from __future__ import annotations

import re

from parsers.context import Context
from parsers.mail.addresses import Address
from parsers.model import Person
from parsers.minutes.owning.owners import read_owner

REPLY_PREFIX = re.compile(r"^\s*(?:(?:re|fw|fwd|aw|wg|tr|sv|vs|答复|回复|转发|转|reply|forward)\s*(?:\[\d+\])?\s*[:：]\s*)+", re.I)
CORRECTION = re.compile(r"[【\[(（]\s*(?:更正|更正版|修订|修订版|修正|更新|更新版|重发|correction|corrected|updated?|revised|"
                        r"resend)\s*[】\])）]|^\s*(?:更正|修订|correction|corrected|updated?|revised)\s*[:：]\s*", re.I)
CORRECTION_LINE = re.compile(r"^\s*(?:更正|修订|correction)\s*[:：]", re.M | re.I)     # a '更正：' line opening the body
BRACKETED_NOTE = re.compile(r"[(（][^()（）]*[)）]")       # '张三（财务）': the note is no name
LABEL_BEFORE = re.compile(r"^.*?[:：]")
GENERIC_TAG = re.compile(r"[【\[]\s*(?:会议纪要|纪要|会议记录|沟通记录|紧急|重要|周报|通知|minutes|meeting notes|urgent|important)\s*[】\]]",
                         re.I)
REF_SHAPE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{1,6}[-_]?\d{4}[-_.]?\d{2}[-_.]?\d{2}(?:[-_]\d{1,3})?(?![A-Za-z0-9])")
NOT_PEOPLE = re.compile(r"^(?:各部门负责人|各部门|相关人员|全体|全员|等|等人|all|others?)$", re.I)
SPLIT_PEOPLE = re.compile(r"[、,，;；/]|\s+(?:and|&)\s+|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])|和|及|与")


def strip_decorations(subject: str) -> str:
    """The subject without Re:/FW:/答复:, 【更正】 and generic tags such as 【会议纪要】."""
    text = subject or ""
    for _ in range(3):
        text = REPLY_PREFIX.sub("", CORRECTION.sub("", text)).strip()
    return " ".join(GENERIC_TAG.sub("", text).split())


def is_correction(subject: str, text: str = "") -> bool:
    """A corrected re-send: 【更正】 in the subject or a '更正：' line opening the body."""
    return bool(CORRECTION.search(subject or "")) or bool(CORRECTION_LINE.search(text[:400]))


def meeting_title(subject: str, topic: str = "") -> str:
    """The written 会议主题/沟通主题 when there is one, else the cleaned subject; without the meeting number."""
    title = " ".join((topic or "").split()) or strip_decorations(subject)
    without = re.sub(rf"[(（\[【]?\s*{REF_SHAPE.pattern}\s*[)）\]】]?", " ", title)
    return " ".join(without.split()).strip(" -–—:：") or title


def meeting_ref(subject: str, written: str = "") -> str | None:
    """A meeting number (NC2024-10-10): the labelled 沟通编号 first, else one in the subject."""
    written = " ".join((written or "").split())
    if written and len(written) <= 40 and written not in ("-", "—", "无"):
        return written
    m = REF_SHAPE.search(subject or "")
    return m.group() if m else None


def participants(written: str, ctx: Context, fallback: tuple[Address, ...]) -> tuple[Person, ...]:
    """People of a 参会人员 line (departments and 各部门负责人 left out), else the To/Cc people."""
    people: dict[Person, None] = {}                       # ordered, and a long line costs no quadratic look-up
    for token in SPLIT_PEOPLE.split(BRACKETED_NOTE.sub(" ", written or "")):
        token = LABEL_BEFORE.sub("", token).strip(" ：:。.")
        if not token or NOT_PEOPLE.match(token):
            continue
        owner = read_owner(token, ctx.roster, ctx.known, "han")
        if owner and owner.person:
            people.setdefault(Person(owner.person.name, owner.person.email))
    if people:
        return tuple(people)
    return tuple(_from_address(a, ctx) for a in fallback)


def _from_address(address: Address, ctx: Context) -> Person:
    entry = ctx.roster.find_by_email(address.email)
    return Person(entry.name if entry else (address.name or address.email), address.email)

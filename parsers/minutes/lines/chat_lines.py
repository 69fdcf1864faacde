"""Lines pasted from a group chat ('[20:03] 陆志强：@顾晓芸 …', '[叶蓁] 坑位费合同 @邹凯 明天中午前…') and @-mentions in
any line ('完成接口联调 @邵宇 10月24日'): the person an @ names is the one asked; a 'Name HH:MM' line over a message
names its speaker, whom the message's 我 means; a transcript line ('00:21 何志强：“…”') is speech, never items."""
from __future__ import annotations

import re

from parsers.context import Context
from parsers.mail.addresses import Address
from parsers.minutes.owning.owners import Owner, leading_owner, read_owner

SELF_MENTION = re.compile(r"(?i:me|myself)(?![\w])|我(?![们方司])")
MENTION = re.compile(r"(?:^|(?<=[\s(（,，;；:：]))[@＠](?=\S)")
# the time stamp a chat line starts with, when a speaker and an @ follow it
CHAT_STAMP = re.compile(r"^[\[(（]?\d{1,2}:\d{2}(?::\d{2})?[\])）]?\s*(?=[^\s:：\d\[\]]{1,12}\s*[:：]\s*[@＠])")
# a speaker line: a name (a Chinese one, or an English given name and surname: 'Arjun Mehta 20:40') and a time
SPEAKER_LINE = re.compile(r"(?P<who>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}|[^\s:：\d@＠，,。；;]{2,12})\s+(?:\d{1,2}[/-]\d{1,2}\s+|\d{1,2}月\d{1,2}日\s*)?\d{1,2}:\d{2}")

STAMP = r"[\[(（]?\d{1,2}:\d{2}(?::\d{2})?[\])）]?"         # a recording time: '00:21', '[00:12:31]'
# a transcript line: a time stamp then a speaker ('00:21 何志强：“…”', '[00:12:31] 沈嘉怡: …'), or a speaker then a
# recording time alone ('孟凡 00:03:12', 'Speaker 1  00:05:40') or before what they said ('权鹏 00:01：今天主要看…': a
# recording's minute, not a chat's clock, which reads '同建军 12:40' over the message)
TRANSCRIPT = re.compile(rf"^{STAMP}\s*[^\s:：\d]{{1,20}}[:：]\s*[“\"「『]|"
                        r"^[\[(（]?\d{1,2}:\d{2}:\d{2}[\])）]?\s*[^\s:：\d]{1,20}[:：]|"
                        r"^[^\s:：\d]{1,20}(?:\s\d{1,2})?\s+[\[(（]?\d{1,2}:\d{2}:\d{2}[\])）]?$|"
                        r"^[^\s:：\d]{1,20}\s+[\[(（]?(?:\d{1,2}:\d{2}:\d{2}|0\d:\d{2})[\])）]?\s*[:：]\s*\S|"
                        r"^[\[(（]?00:\d{2}[\])）]?\s+[^\s:：\d][^:：]{1,20}[:：]\s*\S")   # '00:02 展位结构：王家豪说明…': a chapter
CHAPTER = re.compile(rf"^\s*{STAMP}\s+[^\s:：\d][^:：]{{1,30}}$|"     # '00:02 暑期课上线时间': an AI's chapter, no speaker,
                     rf"^\s*{STAMP}\s+[^\s:：\d][^:：\s]{{1,11}}[:：]\s*\S")   # or its topic, then what was said ('19:20 交期：…')


def transcript_line(line: str) -> bool:
    """'00:21 何志强：“今天主要…”', '孟凡 00:03:12': speech from here on (never items)."""
    return TRANSCRIPT.match(line) is not None


def mentioned(text: str, ctx: Context, strict: bool = False) -> tuple[Owner, str] | None:
    """'完成接口联调 @邵宇 10月24日' (Feishu, DingTalk, Slack): a person we know, @-mentioned anywhere."""
    if "@" not in text and "＠" not in text:
        return None                                # (a look before the search: most lines mention nobody)
    for m in MENTION.finditer(text):
        me = SELF_MENTION.match(text, m.end()) if ctx.sender else None     # '[ ] @me - ask …': the writer
        found = (read_owner(ctx.sender.email, ctx.roster, ctx.known), me.end() - m.end()) if me else \
            leading_owner(text[m.end():], ctx.roster, ctx.known)
        if found and found[0].person:
            return found[0], text[:m.start()] + " " + text[m.end() + found[1]:]
    return None


def asked_by_speaker(said: str, ctx: Context, anywhere: bool) -> tuple[Owner, str] | None:
    """The person a speaker @-mentions in what they said: anywhere in a '[speaker] …' line, and at the start of a
    'speaker：@name …' one (a 'name：' prefix elsewhere is the owner, whoever it mentions later)."""
    if not anywhere and not MENTION.match(said.lstrip()):
        return None
    found = mentioned(said.lstrip(), ctx)
    return (found[0], found[1].strip()) if found else None


def speaker(line: str, ctx: Context) -> Address | None:
    """'石磊 15:05' alone on a line: the person we know (with an address) who said the message below it."""
    line = line.strip()
    m = line[-3:-2] == ":" and SPEAKER_LINE.fullmatch(line)
    owner = m and read_owner(m.group("who"), ctx.roster, ctx.known, "none")
    person = owner and owner.person
    return Address(person.name, person.email) if person and person.email else None

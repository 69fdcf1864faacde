"""Is this mail a letter from one person to another (the bot only copied), not minutes and not an answer to the bot?

A letter is addressed To exactly one person and opens by greeting that person by name ('Hi 王总监，', 'Amy你好，',
'顾老师好，', '野哥，…'); neither it nor its subject names a meeting (会议/会上/复盘/纪要/minutes/the meeting; a subject's
sync/review/notes), so a thread about minutes ('答复: 【会议纪要】…', greeting the minutes' writer) is no letter. Its numbered
asks and deadlines are that person's to answer, so there is nothing for the bot to track. The greeting is the
structure: minutes sent to a team greet the team (各位、大家好、Hi all) or open on a title; a letter greets its reader.
"""
from __future__ import annotations

import re

HEAD_END = re.compile(r"[，,:：!！;；\n]")
MAX_SUBJECT = 500        # a subject names its meeting early; a hostile 5 MB subject is read no further
MAX_CJK, MAX_WORDS = 6, 4     # a greeting is short: 'Hi 王总监', 'Amy你好', '邓经理您好', 'Dear Mr. Markus Weber'
# a meeting or a talk that was held ('会上', '电话会', '刚和厂家沟通了', 'I spoke with'), not one to come ('想约您聊一下')
MEETING = re.compile(r"会议|会上|开会|例会|周会|晨会|早会|碰头|复盘|纪要|参会|与会|议题|讨论|"
                     r"(?:电话|视频|线上|专题|评审|协调|启动|对接|沟通|推进|总结|月度|季度|班前|班后|交班|店务|调度|办公|务虚)会|"
                     r"会(?:记录|要点|小结)|开了(?:个|一个|一场|场)?[\u4e00-\u9fff]{0,3}?会|"   # '今早班前会记录', '开了个短会'
                     r"(?:电话|视频|线上|当面)沟通|本次沟通|沟通(?:结论|内容|记录|要点)|"   # '电话沟通结论', '本次沟通确认3件事'
                     r"(?:沟通|聊|碰|谈|商量|商议)(?:了|过)|\b(?:spoke|talked|met)\s+(?:with|to)\b|"
                     r"\b(?:minutes|attendees|agenda|stand-?up|we (?:agreed|decided|discussed))\b|"
                     r"\b(?:the|today's|this morning's|yesterday's|our|this week's)\s+(?:meeting|sync|call)\b", re.I)
# a subject that names a meeting in English ('Q3 channel sync', 'Sprint 41 review')
TITLED = re.compile(r"\b(?:meeting|sync|review|stand-?up|notes|debrief|retro|kick-?off|workshop|1:1|call|agreed\s+actions|action\s+items)\b", re.I)
NEGATED = re.compile(r"(?:不是|并非|并不是|不算|not|no)\s*(?:an?\s+|the\s+)?$", re.I)   # '不是纪要哈', 'not minutes'
# a question that asks to move a meeting ('…的设计评审会能不能改到周四下午3点？', 'could we move Thursday's review to Friday?')
MOVE_ASKED = re.compile(r"(?:能不能|能否|可否|可不可以|是否可以|可以)[^。！？?!\n]{0,8}?(?:改到|改在|改成|调到|调整到|挪到|推迟到|推到|延到|换到|往后推)"
                        r"[^。！？?!\n]{0,30}[？?]|\b(?:could|can)\s+we\s+(?:move|push|reschedule|shift)\b[^?\n]{0,100}\?", re.I)
MAX_GREETING = 60         # characters of a first line that is a greeting alone
GROUP = re.compile(r"各|大家|全体|诸位|们|\b(?:all|team|everyone|folks|guys|colleagues)\b", re.I)   # '各位', 'Hi all': a team
CJK = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]{2,}")


def is_letter(subject: str, opening: str, to_names: tuple[str, ...]) -> bool:
    """True when the text greets the one person it is sent To and neither it nor the subject names a meeting
    (to_names: the display names and mailbox names of the To recipients other than the bot)."""
    subject = subject[:MAX_SUBJECT]
    moving = MOVE_ASKED.search(opening[:MAX_SUBJECT]) is not None    # '…评审会能不能改到周四下午3点？': the meeting is to come
    if len(to_names) != 1 or not moving and (names_meeting(opening) or names_meeting(subject) or TITLED.search(subject)):
        return False
    head, first = greeting_head(opening), _first_line(opening)
    greeting = first if first.endswith((",", "，", ":", "：")) and len(first) <= MAX_GREETING else head   # 'Dear Jonas, dear colleagues,'
    return bool(head) and not GROUP.search(greeting) and names_reader(head, to_names[0])


def names_meeting(text: str) -> bool:
    """A meeting word that is not denied ('（顺手抄了 todo-bot，不是纪要哈）' says it is no minutes)."""
    return any(not NEGATED.search(text[max(0, m.start() - 6):m.start()]) for m in MEETING.finditer(text))


def greeting_head(opening: str) -> str:
    """The words before the first comma/colon of the first line, when short enough to be a greeting; else ''."""
    first = _first_line(opening)
    found = HEAD_END.search(first)
    head = first[:found.start()].strip() if found else ""
    short = len(CJK.findall(head)) <= MAX_CJK and len(head.split()) <= MAX_WORDS and len(head) <= 4 * MAX_WORDS * 6
    return head if head and short else ""


def _first_line(opening: str) -> str:
    """The first line of the text that holds anything, stripped."""
    return next((line.strip() for line in opening.splitlines() if line.strip()), "")


def names_reader(head: str, name: str) -> bool:
    """Does the greeting name the reader: a Latin word of the name ('Amy'), or a Chinese character of it ('野哥' for
    田野, '顾老师' for 顾婷)?"""
    words = {w.lower() for w in LATIN.findall(name)}
    if words & {w.lower() for w in LATIN.findall(head)}:
        return True
    return bool(set(CJK.findall(name)) & set(CJK.findall(head)))

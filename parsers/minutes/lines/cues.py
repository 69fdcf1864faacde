"""What one line of minutes signals besides its own items: the
next meeting written as a sentence, a meeting day whose time is on the next line, and 'before the next meeting'
as a due on the next meeting's day.

    next_meeting_sentence('下周三同一时间再碰一次', ctx) -> True
"""
from __future__ import annotations

import re
from itertools import islice
from dataclasses import replace
from datetime import datetime

from parsers.context import Context
from parsers.dates import due as dates
from parsers.minutes.meeting.followup import next_followup
from parsers.minutes.lines.chat_lines import CHAPTER
from parsers.minutes.lines.inline import list_marker, take_labels
from parsers.minutes.items import read_item
from parsers.minutes.task_text import clean_task
from parsers.model import Item, Person
from parsers.minutes.owning.owners import NOT_NAMES, Owner, leading_owner, read_owner
from parsers.minutes.owning.owner_steps import HELPS, owner_of
from parsers.minutes.owning.people import looks_like_name
from parsers.minutes.grids.records import CLOCK_SPAN, kv_label
from parsers.minutes.lines.time_below import CLOCK_START, CLOCK_WORD, day_then_time_below
from parsers.minutes.lines.sections import (HELD_THERE, TO_COME, held_lead_in, meeting_clauses, mentions_followup,
                                            sets_meeting)
from parsers.regex_start import start_checked

# a line labelled as a notice ('通报：证监局反馈已收到，整改由邵总牵头，已另行部署', 'FYI: …'): information, no item
NOTICE = re.compile(r"^\s*(?:情况|工作)?通报\s*[:：]|^\s*(?:FYI|for (?:your )?info(?:rmation)?|heads[- ]up)\s*[:：\-–—]|"
                    # '冇 action，知會一聲：…', '暂无待办', 'No action this week': a person's line that asks nothing
                    r"^\s*(?:冇|无|沒有|没有|暫無|暂无)\s*(?:action|待办|待辦|行动项|行動項|任务|任務|事项|事項)|^\s*no\s+(?:action|to-?do)s?\b|"
                    r"^\s*(?:attendees?|participants?|present)\s*[:：]|"     # '1. Attendee : Marcus, Zihan, Yu': who came
                    # '老板让把群里定的事发个邮件，我把群聊贴过来了：': the writer's lead-in to the lines below (the mail is its work)
                    r"^[^：:\n]{4,}[，,][^：:，,\n]{0,12}(?:如下|下面|下方|以下|贴(?:过来|上来|出来)了?|附(?:后|上)|见下|"
                    r"(?:记|说|汇报|同步|总结|整理|汇总|梳理|列)(?:了?一下|几[点条句]))[^：:，,\n]{0,4}[：:]\s*$", re.I)   # '…，简单记一下：'
FIRST_SENTENCE_END = re.compile(r"(?<=[。！；])|(?<=[a-z)）\d][.!?])\s+(?=[A-Z])")   # and an English sentence's end
TODAYS = re.compile(r"\s*(?:今天|今日|今早|今晨|今晚|本次)(?![^，,。]*(?:再|另|下次|下周|碰一[下次]|见面?))")   # this meeting,
#                                                                   named first ('今天下午4点在车间碰一下' is one to come)
DAY_OPENS = re.compile(r"\s*(?:\d{4}\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")     # a sentence that opens with its day
THIS_MEETING = re.compile(r"主持|出席|列席|(?:召开|举行|开)了|开完会|(?:纪要|记录|要点)如下|\b(?:chaired|attended|was held)\b", re.I)
# the sentence that opens the minutes by naming this meeting ('本周例会（9/26 周五下午3点）纪要如下', "notes from today's
# sync (4-5pm)"): when it gives a clock time, that is when the meeting was held
INTRODUCES = start_checked(re.compile(r"(?:本次|本周|今天|今日|今早|今晨|今晚|today'?s|this (?:morning|afternoon|week)'?s?)[^。\n]{0,30}?"
                        r"(?:会|碰了|聊了|过了一?下|讨论了|[走转看]了一[圈趟遍]|sync|meeting|call|review|minutes|notes)|(?:纪要|记录|要点|议定事项)(?:(?:通报|整理|汇报|通知)?如下|[，,：:])|"
                        r"\b(?:minutes|notes)\s+(?:of|from)\b", re.I))     # tried only where a match can start
AI_RECORDING = re.compile(r"\s*\d{4}\s*[年/.-]\s*\d{1,2}\s*[月/.-]\s*\d{1,2}日?\s*(?:[(（][^()（）]{1,4}[)）])?\s*\d{1,2}[:：]\d{2}\s*"
                          r"(?:[|｜丨]\s*(?:时长\s*[:：]?\s*)?\d+\s*(?:小时|分钟|h\b|min).*)?$")
INTRODUCING_TITLE = re.compile(r"[^：:()（）]{2,40}[(（][^()（）]*(?:\d{1,2}\s*[月/]\s*\d{1,2}|周[一二三四五六日天]|星期[一二三四五六日天]|(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)[^()（）]*\d{1,2}[:：]\d{2}[^()（）]*[)）]\s*$", re.I)   # a title（3/8 周一 10:30）, the whole line
# 'AI (Lukas): …', 'ACTION ITEM (Winnie) — …': the action word, maybe its owner in brackets, then a colon (or a dash
# after the bracket)
ACTION_LINE = re.compile(r"^(?:action(?:\s+item)?|AI|A/I|AP|to-?do|待办|行动项|措施|"
                         r"(?:唯一|还|另外)?(?:需要|要|须|需|待)落实的?(?:事项|事情|工作|是)?)\s*(?:[(（][^()（）]{1,30}[)）]\s*[-–—]{1,2}|"
                         r"(?:[(（][^()（）]{1,30}[)）])?\s*[:：]|\s+#?\d{1,2}\s*$)|"
                         r"(?-i:AI|TODO)\s+(?!(?i:summary|notes?|recap|minutes|overview|highlights|insights|transcript|assistant|companion|generated)\b)@?[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)?\s*[:：]", re.I)     # 'Action Item 2' over its record; 'AI Jonas: …'
NAME_COLON = re.compile(r"[^：:，,。；;]{2,12}[：:]")     # 'NAME：' opening the line
UNIT_COLON = re.compile(r"^[\u4e00-\u9fff]{1,10}(?:单位|部门|部|中心|局|委|办|组|队|科|处)\s*[:：]")
# '恒通冷链周建：…': a company (or any 2-8 character name of a body) then a person's name, then the colon
BODY_THEN_NAME = [re.compile(rf"^[\u4e00-\u9fff]{{2,8}}(?P<who>[\u4e00-\u9fff]{{{size}}})[：:]\s*(?P<rest>\S.*)$") for size in (3, 2)]
# 'before the next meeting': a due on the next meeting's day, not the next meeting itself
BEFORE_NEXT = re.compile(r"(?:在|于)?(?:下[一]?次[\u4e00-\u9fff]{0,4}?|下周的?)(?:会议?|组会|例会|周会|沟通|评审)(?:召开)?[之以]?前|"
                         r"\b(?:before|by)\s+(?:the\s+|our\s+)?next\s+(?:meeting|sync|call|review|session|check-?in)\b", re.I)
# a line that waits for the next meeting ('下次组会前给出', '由谁起草待定，下次会上定'): an item, not the meeting
FOR_NEXT = re.compile(BEFORE_NEXT.pattern + r"|下一?次[\u4e00-\u9fff]{0,4}?会上(?:再)?(?:定|确定|讨论|议|商定|明确)|"
                      r"\b(?:decide|settle|agree)\w*\s+(?:on\s+)?(?:it\s+)?(?:at|in)\s+(?:the\s+)?next\s+(?:meeting|sync|call)\b", re.I)

# a sentence about the meeting itself ('…召开第6周生产例会，刘海涛主持，…参加'): it names people and a day, asks nothing
MEETING_META = re.compile(r"(?:纪要|记录|要点|内容|情况)如下|召开|主持|(?:出席|列席|参加|参会)(?:会议|本次会议)?\s*(?:[)）。.，,;；：:]|$)|"
                          r"\b(?:chaired by|attended by|minutes (?:are )?(?:as follows|below)|minutes (?:of|from)|the meeting was held)\b|"
                          r"^(?:(?:a|my|our)\s+)?(?:(?:quick|short|brief)\s+)?(?:summary|recap|notes|write-?up)\s+(?:of|from)\b", re.I)

# a verb of work a dated unowned line in a list of work must hold; and no person we do not know ('小马说…', 'Max')
UNKNOWN_PERSON = re.compile(r"[小老][\u4e00-\u9fff](?:说|\s|$)|\b[A-Z][a-z]{2,}\b")
UNOWNED_WORK = re.compile(r"给|报|交|提交|完成|出(?!差|席|现)|做|整理|统计|安排|提供|反馈|回复|落实|整改|上报|发|更新|修|换|补|"
                          r"\b(?:send|submit|update|prepare|fix|check|provide|share)\b", re.I)


def notice(text: str) -> bool:
    """'通报：…', 'FYI: …', '暂无待办', a writer's lead-in ('…，我把群聊贴过来了：'): information, no item (NOTICE)."""
    return NOTICE.match(text) is not None


def about_this_meeting(text: str) -> bool:
    """'…召开第6周生产例会，刘海涛主持', 'Minutes of …': a sentence about the meeting itself (MEETING_META)."""
    return MEETING_META.search(text) is not None


MEETING_NOUN = re.compile(r"会(?![议室场])")       # '经营碰头会' names a meeting (this one); '在会议室碰头' meets


def next_meeting_sentence(line: str, ctx: Context) -> bool:
    """A sentence that sets a meeting still ahead ('早上8点半开复盘会', '…9:00召开调度会'); not the one about this
    meeting ('9月26日，公司召开…调度会，张建国主持')."""
    clauses = re.split(r"[，,。；;]|[：:](?!\d)", line, maxsplit=1)
    today = TODAYS.match(line) and not sets_meeting(clauses[-1]) and \
        not (CLOCK_WORD.search(clauses[0]) and not MEETING_NOUN.search(clauses[0]))
    # '今天上午10:00经营碰头会，本次沟通确认…': this meeting, unless a later clause sets one, or it meets by a verb at a
    # clock ('今天下午5点在品质部碰头看结果', sent at 09:40: still ahead)
    if not sets_meeting(line) or BEFORE_NEXT.search(line) or THIS_MEETING.search(line) or today or ctx.sent is None:
        return False
    opening = DAY_OPENS.match(line)                # '6月17日下午召开…通报会，…' sent that evening: this meeting
    if opening and (int(opening.group(1)), int(opening.group(2))) <= (ctx.sent.month, ctx.sent.day):
        return False
    meeting = next_followup([line], ctx)
    return bool(meeting and meeting.start > ctx.sent)


def heads_actions(line: str, after) -> bool:
    """'2. Test bench TB-3' with '   Action: Stefan to …' below it: a topic whose actions are labelled lines of
    their own; the topic line (and a status sentence wrapped into it) asks for nothing."""
    kind = list_marker(line)[0]
    if kind not in ("number", "cn"):
        return False
    for below in islice((a for a in after() if a.strip()), 6):
        if list_marker(below)[0] == kind:
            return False
        if ACTION_LINE.match(below.strip()):
            return True
    return False


def introduces_meeting(line: str) -> str:
    """'本周（6/18 14:00）质量周会纪要，…', 'minutes of today's review (16:00-17:00)', '今天10点碰的电梯年检整改：…': the
    line's first sentence or lead-in when it introduces this meeting with its time ('今天上午11点跟…碰了下…。'), else '';
    or its second, after one of no time ('Replying on last week's thread … Notes from today's 10:00 sync:')."""
    parts = FIRST_SENTENCE_END.split(line, maxsplit=1)
    found = _introduces(parts[0])
    return found or (_introduces(parts[1]) if len(parts) > 1 and not CLOCK_WORD.search(parts[0]) else "")


def _introduces(line: str) -> str:
    line = FIRST_SENTENCE_END.split(line, maxsplit=1)[0].rstrip(". ")
    lead = re.split(r"[，,：:](?!\d)", line, maxsplit=1)[0]     # '今天上午10:00经营碰头会，本次沟通确认3件事：①…': its lead-in
    line = lead if lead != line and CLOCK_WORD.search(lead) and INTRODUCES.search(lead) else line
    held = HELD_THERE.search(line) and not TO_COME.search(line)      # '4月3日14:00在三楼召开…例会': held, as told
    if AI_RECORDING.match(line):
        return line                                # '2026年5月19日 14:30 | 1小时10分钟' (an AI record's start and length),
        #                                            or that day and hour alone on their line
    to_come = mentions_followup(line) or sets_meeting(line) and not THIS_MEETING.search(line) and not TODAYS.match(line)
    # ('今天下午碰头会（15:00-16:10）纪要如下', '今天上午10:00经营碰头会，…' set no meeting: these are its minutes)
    timed = held or (CLOCK_SPAN.search(line) or INTRODUCES.search(line) or INTRODUCING_TITLE.match(line)) and not to_come
    return held_lead_in(line) or (line if CLOCK_WORD.search(line) and timed else "")


def meeting_sentences(line: str) -> str:
    """Of '下周四同一时间（14:00），还在301。端午节（6月19日）放假…', the sentence that sets the meeting."""
    sentences = [s for s in re.split(r"(?<=[。；！])", line) if s.strip()]
    setting = [s for s in sentences if sets_meeting(s) or mentions_followup(s)]
    return meeting_clauses("".join(setting) if setting and len(setting) < len(sentences) else line)


def meeting_sentence(line: str, ctx: Context, after) -> str:
    """The text that sets a meeting still ahead, from this line: the line, with its time from the line below, or
    a sentence that runs on over the next lines ('再碰一次，' / '定在5月6日（周三）' / '下午三点半，…'); or the one
    sentence of the line that does ('…纪要转给大家。材料下周二上午再过一遍。'); '' if none."""
    if not line.endswith(("，", ",")) or CLOCK_WORD.search(line) or not sets_meeting(line):
        if next_meeting_sentence(line, ctx):
            return day_then_time_below(line, after)
        return next((s for s in re.split(r"(?<=[。！!])", line)[1:] if s.strip() and next_meeting_sentence(s, ctx)), "")
    below = [a.strip() for a in islice((a for a in after() if a.strip()), 2)]
    joined = " ".join([line, *below[:1]])
    if len(below) == 2 and not CLOCK_WORD.search(joined) and CLOCK_START.match(below[1]):
        joined = f"{joined} {below[1]}"
    if next_meeting_sentence(joined, ctx):
        return joined
    return line if next_meeting_sentence(line, ctx) else ""


def sentence_apart(line: str, items: list[Item]) -> bool:
    """'…子豪下周五前把报告交研究生办。下周同一时间再碰一次。': a sentence of its own sets the meeting, and no item was
    read from it, though the line's other sentences gave items."""
    setting = meeting_sentences(line)
    return setting != line and not any(setting.strip("。；！ ")[:6] in item.task for item in items)


def names_person(line: str, ctx: Context) -> bool:
    """Does the line give a named person something to do ('张三：10月20日前召开供应商沟通会')?"""
    item = read_item(list_marker(line)[1], ctx, strict=True)
    return bool(item and item.owner and item.owner.name)


def bracket_list_owner(pieces: list[str], ctx: Context) -> Owner | None:
    """'营销部马骏负责，完成档案核查（其中：1.…；2.…）': the sub-tasks numbered in the closing bracket are the owner's
    whom the sentence before the bracket names."""
    if len(pieces) < 3 or not re.search(r"[(（][^()（）]*$", pieces[0]):
        return None
    owner, _ = owner_of("", re.sub(r"[(（][^()（）]*$", "", list_marker(pieces[0])[1]), ctx, False)
    return owner if owner and owner.person else None


def labels_below(after) -> bool:
    """The next line holds only labels ('责任单位：营销部（马骏）', '完成时限：11月25日'): the line above is an item."""
    return only_labels(next((a for a in after() if a.strip()), ""))


def only_labels(line: str) -> bool:
    """'负责人：刘思远　截止：6月12日前（周五（客户周一开会要用））': an owner, unit or due label and nothing else (no
    sentence that sets a meeting, whatever its remark names)."""
    labels = take_labels(line.strip())
    return bool(labels.owner or labels.unit or labels.due) and not re.search(r"[^\W_]", labels.rest)


def gives_person_work(line: str, ctx: Context, listed: bool = False) -> bool:
    """'（二）钱老师：本周四前整理…' or '3. 幕墙单位：埋件拉拔试验，下周二' under 会议议定/本周要求: a named person or a
    unit before a colon, and a deadline still ahead, make it a task; `listed` (the line above, of the same list, is
    an item), a person we know before a colon needs no deadline ('4. 孟庆丰：配合韩志强完成记录仪安装调试')."""
    text = list_marker(line)[1]
    item = read_item(text, ctx, strict=True)
    named = item and (item.owner and item.owner.name or UNIT_COLON.match(text))
    return bool(named and (item.due and ctx.sent and item.due >= ctx.sent or "vague_due" in item.flags or
                           listed and item.owner.email and NAME_COLON.match(text)))


def list_below(after, ctx: Context | None = None) -> bool:
    """A list starts on the next line; with `ctx`, a known person's 'NAME：view' line counts too ('发言人观点' over
    '钱文静：…' in AI minutes: the speakers' views are a section, not the items of the section above), and so does
    an AI's chapter, a recording time and its title ('智能章节' over '00:02 暑期课上线时间')."""
    below = next((a for a in after() if a.strip()), "")
    speaker = ctx and kv_label(below.strip())
    return list_marker(below)[0] not in ("", "checked") or ctx is not None and CHAPTER.match(below) is not None or bool(
        speaker and (read_owner(speaker[0], ctx.roster, ctx.known, "none") or Owner(None)).person)


def until_next_meeting(items: list[Item], followups: tuple[str, ...], ctx: Context) -> list[Item]:
    """'下次组会前给出结果', 'before the next meeting': due on the next meeting's day when the minutes give it."""
    waiting = [i for i, item in enumerate(items) if item.due_date is None and
               (BEFORE_NEXT.search(item.task) or BEFORE_NEXT.fullmatch(item.due_text.strip()))]   # or its due cell
    meeting = next_followup(list(followups), ctx) if waiting else None
    if meeting is None:
        return items
    items = list(items)
    for i in waiting:
        item, day = items[i], meeting.start.date()
        phrase = BEFORE_NEXT.search(item.task)
        if "下周" in (phrase.group() if phrase else item.due_text) and _weeks_ahead(day, ctx) != 1:
            continue                    # '下周组会前' is the next meeting's day only when that is next week
        task = clean_task(item.task[:phrase.start()] + item.task[phrase.end():]) if phrase else item.task
        written = (phrase.group() if phrase else item.due_text).strip()
        items[i] = replace(item, task=task or item.task, due_date=day, due_text=written,
                           due=datetime.combine(day, ctx.default_due_time, tzinfo=meeting.start.tzinfo),
                           flags=tuple(f for f in item.flags if f not in ("no_due", "vague_due")))
    return items


def _weeks_ahead(day, ctx: Context) -> int:
    """How many calendar weeks (from Monday) the day is after the send day."""
    sent = ctx.sent.date() if ctx.sent else day
    return (day.toordinal() - day.weekday() - sent.toordinal() + sent.weekday()) // 7


def names_after_bodies(items: list[Item], ctx: Context) -> list[Item]:
    """In minutes whose items name people ('温雅琴：…', '黄立群：…'), an ownerless one that opens with
    '恒通冷链周建：…' names an outside person after their company: that person (their address when the mail
    headers give it) owns it."""
    if sum(1 for item in items if item.owner and item.owner.name) < 2:
        return items
    return [_named_after_body(item, ctx) if item.owner is None else item for item in items]


def _named_after_body(item: Item, ctx: Context) -> Item:
    for pattern in BODY_THEN_NAME:
        m = pattern.match(item.task)
        if m and looks_like_name(m.group("who")) and m.group("who") not in NOT_NAMES:
            person = ctx.roster.resolve(m.group("who"), ctx.known) or Person(m.group("who"), None, None)
            return replace(item, owner=person, task=m.group("rest"),
                           flags=tuple(f for f in item.flags if f != "no_owner"))
    return item


ASSIGNING = re.compile(r"牵头|负责|报送|上报|提交|完成|落实|整改|提供|出具|编制|制定|(?:(?<!汇)报(?![告道表名价])|交|送)[至到给]?[\u4e00-\u9fff]{1,6}?(?:部|处|科|室|办|中心|局)|\b(?:lead|owns?|submit|complete|deliver)\b", re.I)  # 议定事项


def sets_work(line: str, ctx: Context) -> bool:
    """An assigning verb and a deadline still ahead: '物资设备部…5个工作日内报送检测报告'."""
    return bool(ASSIGNING.search(line) and ctx.sent and
                any(not due.past for due in dates.find_all_dues(line, ctx.sent, ctx.calendar)))


def duty_handed(line: str, ctx: Context) -> bool:
    """'办公室负责将本次会议精神报区局党组，5月11日前完成。' under '其他事项' (a section that is read, not acted on): a
    unit or person we know that 负责 the work by a day still ahead; '各部门要严格执行…' is no such line."""
    return bool(DUTY_OPENS.match(line)) and sets_work(line, ctx) and owner_of("", line, ctx, True)[0] is not None


DUTY_OPENS = re.compile(r"^[\u4e00-\u9fffA-Za-z]{2,12}?(?:具体|牵头)?负责")
CLAUSE_START = re.compile(r"(?:(?<=[。；！!?;，,])|(?<=[a-z0-9)]\.)(?<!\b[A-Z][a-z]\.)(?<!\b[A-Z][a-z]{2}\.)(?<!\bProf\.)(?=\s))"
                          r"\s*(?:(?:->|→|=>|⇒)\s*)?|\s*(?:->|→|=>|⇒)\s*")      # not after 'Ms.' or 'Prof.'


def owner_clause(text: str, ctx: Context) -> str | None:
    """A list line that first states a fact, then gives the work to someone ('Reefer plugs are tight. Pieter to
    confirm … by Friday', '港口擠塞，Pieter 幫手 check …', '…仲未confirm。 -> Winnie 聽日之前…'): from that person on."""
    for found in CLAUSE_START.finditer(text, 1):
        rest = text[found.end():]
        owner = rest and leading_owner(rest, ctx.roster, ctx.known)
        if owner and owner[0].person and owner[0].person.email and not HELPS.match(rest, owner[1]):
            return rest                            # (not '…负责，张利军配合：…': he helps)
    return None

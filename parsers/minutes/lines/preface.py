"""A forward's own lines about items of the minutes below: handed to the person it is sent to ('第3项…由你跟进',
'Howard, item 3 is yours now') or to one it names ('第3条改成萱萱负责'), or given a new deadline ('补充：第3项…改为6月13日前交，
以这个为准')."""
from __future__ import annotations

import re
from dataclasses import replace

from parsers.context import Context
from parsers.dates.due import deadline, find_all_dues
from parsers.dates.tokens import cn_number
from parsers.minutes.lines.document import RESUME
from parsers.model import Item, Person
from parsers.minutes.owning.owners import read_owner

NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
HANDED = re.compile(rf"第\s*(?P<list>{NUMBER}(?:\s*[、,，和及]\s*第?\s*{NUMBER})*)\s*[项條条]"
                    r"[^。！!？?\n]{0,24}?(?:由你|请你|你来|交给你)(?:来)?(?:跟进|负责|牵头|处理|落实|办理|对接|跟)")
# 'Howard, item 3 is yours now', 'please take over items 2 and 4', 'item #3 goes to you'
EN_NUMBERS = r"#?\s*(?P<list>\d{1,2}(?:\s*(?:,|and|&)\s*#?\d{1,2})*)"
HANDED_EN = (re.compile(r"\bitems?\s*" + EN_NUMBERS + r"\s+(?:(?:is|are)\s+(?:now\s+)?yours|goes\s+to\s+you)\b", re.I),
             re.compile(r"\b(?:please\s+)?take\s+over\s+items?\s*" + EN_NUMBERS, re.I))
# '第3条改成萱萱负责，春花配合', '第2项改由王工跟进': an item of the minutes given to another person, by name
REASSIGNED = re.compile(rf"第\s*(?P<n>{NUMBER})\s*[项條条](?:[^。！!？?\n，,]{{0,8}}?|[^。！!？?\n第]{{0,16}}?[，,][^。！!？?\n第，,]{{0,6}}?)(?:(?:改成|改为|改由|换成|转给|交给)\s*"
                        r"(?P<who>[^，,。；;\s]{1,10}?)\s*(?:负责|跟进|牵头|来做|来跟|处理)|"
                        r"负责人(?:应该|应当|应)?(?:是|为|改为|改成)\s*(?P<whom>[^，,。；;\s]{1,10}?)\s*(?=[，,。；;！!\s]|$)|"   # '第3条负责人应该是姜主任'
                        r"负责人[^。！!？?\n]{0,12}?[，,][^。！!？?\n，,]{0,16}?由\s*(?P<by>[^，,。；;\s由]{1,6}?)\s*负责|"   # '…负责人AI听错了，…由卞工负责'
                        r"(?<=[项條条])\s*(?:请|由)?\s*(?P<lead>(?!原)[^，,。；;\s请由]{2,6}?)\s*(?:牵头|负责|跟进)(?:落实|推进|办理)?(?=[，,。；;！!\s]|$))")   # '第一项请乌部长牵头落实，第二项孟所长负责'
AI_TITLE = re.compile(r"^[【\[]?[^\s，,。]{0,8}[】\]]?\s*(?:AI|智能)\s*(?:会议)?纪要\s*$|^[^\s，,。]{0,8}(?:妙记|闪记)\s*$")   # '【腾讯会议】智能纪要'
PREFACE_LINES = 40          # a preface is a few lines above the forwarded header
# what a preface asks of everyone about the forwarded items ('确认各自事项', '回复一下进度', '对照落实', '第（二）项…落实')
ABOUT_THE_MINUTES = re.compile(rf"各自|各项|都回复|回复[^，,。]{{0,4}}进度|进展|对照落实|落实情况|第\s*[（(]?{NUMBER}[)）]?\s*[项條条]|"
                               r"\bitems?\s*#?\s*\d", re.I)
NAMED_ITEM = re.compile(rf"第\s*(?P<n>{NUMBER})\s*[项條条]")      # '第3项', '第4条'
# an item pointed at by its owner and topic: '魏科长那项（取水许可台账）窦局已同意时限放宽到5月29日'
POINTER = re.compile(r"[那这该](?:一)?[项条]")
POINTED = re.compile(r"(?P<who>[^，,。；;：:\s]{2,6}?)的?" + POINTER.pattern + r"(?:[（(](?P<topic>[^()（）]{2,20})[)）])?")
SENTENCE = re.compile(r"[^。！!？?\n]+")
# a new deadline is given by words that change one ('改为', '缓一周，按…算', '以这个为准'), not by an urging ('节后务必落实')
CHANGED = re.compile(r"改|调整|变更|更改|延|推迟|顺延|缓|放宽|提前|为准|按[^，,。]{0,12}算|\b(?:move[ds]?|changed?|push(?:ed)?|now)\b", re.I)


def preface_of(text: str) -> str:
    """The forwarder's own lines above the forwarded header, or above the title of an AI's minutes pasted below them
    ('【腾讯会议】智能纪要'); '' when the text forwards nothing."""
    lines = text.splitlines()[:PREFACE_LINES]
    header = next((i for i, line in enumerate(lines) if RESUME.match(line.strip()) or i and AI_TITLE.match(line.strip())), None)
    return "\n".join(lines[:header]) if header is not None else ""


def preface_asks(items: list[Item], text: str, read) -> tuple[set[int], set[int]]:
    """The indexes of `items` that are a forward's preface asking about the minutes it forwards ('各部门请于5月8日前
    在OA上确认各自事项', '周五前都回复一下进度'): no items of their own (`read` reads the preface alone); and those of the
    new tasks the preface gives a named person ('Kevin 下周一前把黑五的广告预算方案报给我', '另外补充一项…：请李湘6月3日前
    核对…'): items, even before an AI's minutes, whose only section that counts is their 待办."""
    preface = preface_of(text)
    asked = read(preface) if preface.strip() else ()
    if not asked or len(items) <= len(asked) or [i.task for i in items[:len(asked)]] != [i.task for i in asked]:
        return set(), set()
    about = {n for n, item in enumerate(asked) if ABOUT_THE_MINUTES.search(item.task) or not (item.owner and item.owner.email)
             or CHANGED.search(item.task) and POINTER.search(item.task)}       # ('…那项（…）…时限放宽到': that item's)
    return about, {n for n, item in enumerate(asked) if n not in about and not CHANGED.search(item.task) and   # (not
                   (item.due_date or "vague_due" in item.flags)}     # '时间改为…', nor '…由卞工负责，不是我': no day asked


def handed_numbers(preface: str) -> tuple[int, ...]:
    """The item numbers a forwarder's preface hands on ('第3项涉及我们股，由你跟进' -> (3,)); () when it hands
    nothing on."""
    numbers = (cn_number(n) for pattern in (HANDED, *HANDED_EN) for m in pattern.finditer(preface)
               for n in re.findall(NUMBER, m.group("list")))
    return tuple(dict.fromkeys(n for n in numbers if n))


def hand_over(items: tuple[Item, ...], preface: str, people: tuple[tuple[Person, str], ...]) -> tuple[Item, ...]:
    """The items the preface (preface_of) hands on, owned by the person the forward is addressed To: the only one,
    or the one the preface names right before it hands them on ('Howard, item 3 is yours now'). `people`: each To
    person with the name the mail shows."""
    numbers = handed_numbers(preface) if people else ()
    taker = (people[0][0] if len(people) == 1 else _named_before(preface, people)) if numbers else None
    return tuple(replace(item, owner=taker, flags=tuple(f for f in item.flags if f != "no_owner"))
                 if taker and item.number in numbers else item for item in items)


def _named_before(preface: str, people: tuple[tuple[Person, str], ...]) -> Person | None:
    """The one of `people` whose name (a Latin word of it, or its Chinese given name) opens the handing sentence."""
    handing = next((m for pattern in (HANDED, *HANDED_EN) for m in [pattern.search(preface)] if m), None)
    head = preface[max(0, handing.start() - 30):handing.start()] if handing else ""
    named = [person for person, shown in people
             if any(word in head for name in (person.name or "", shown) for word in _name_words(name))]
    return named[0] if len(named) == 1 else None


def _name_words(name: str) -> list[str]:
    """The words a greeting may call a person by: each Latin word ('Howard'), or a Chinese name whole and its given name."""
    return re.findall(r"[A-Za-z]{3,}", name) + ([name, name[-2:]] if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name) else [])


def reassigned_by_preface(items: tuple[Item, ...], preface: str, ctx: Context) -> tuple[Item, ...]:
    """The items the preface gives to another person we know by name ('第3条改成萱萱负责，春花配合'): theirs."""
    given = {cn_number(m.group("n")): owner.person for m in REASSIGNED.finditer(preface)
             if (owner := read_owner(m.group("who") or m.group("whom") or m.group("by") or m.group("lead"), ctx.roster, ctx.known, "none")) and owner.person and
             owner.person.email}
    return tuple(replace(item, owner=given[item.number], flags=tuple(f for f in item.flags if f != "no_owner"))
                 if item.number in given else item for item in items)


def moved_by_preface(items: tuple[Item, ...], preface: str, ctx: Context) -> tuple[Item, ...]:
    """The items whose deadline the preface (preface_of) changes ('另外第4条，客户…可以缓一周，按12月12日算'): the day
    the sentence names after the item's number, with the deadline's time as a minutes' item gets it."""
    moved = {}
    for sentence in SENTENCE.findall(preface if ctx.sent else ""):
        named = NAMED_ITEM.search(sentence) or POINTED.search(sentence)
        number = named and (cn_number(named.group("n")) if "n" in named.groupdict() else _pointed(named, items, ctx))
        changed = number and CHANGED.search(sentence, named.end())
        dues = [d for d in find_all_dues(sentence[named.end():], ctx.sent, ctx.calendar) if d.date] if changed else []
        if dues and not dues[-1].vague:
            moved[number] = dues[-1]
    return tuple(_due_on(item, moved[item.number], ctx) if item.number in moved else item for item in items)


def _pointed(m: re.Match, items: tuple[Item, ...], ctx: Context) -> int | None:
    """The number of the item '魏科长那项（取水许可台账）' points at: of that person's items, the one sharing most
    characters with the topic in brackets (their only one when none is given); None when the person has none."""
    owner = read_owner(m.group("who"), ctx.roster, ctx.known, "none")
    email = owner and owner.person and owner.person.email
    theirs = [item for item in items if email and item.owner and item.owner.email == email]
    topic = set(m.group("topic") or "")
    best = max(theirs, key=lambda item: len(topic & set(item.task)), default=None)
    return best.number if best and (topic or len(theirs) == 1) else None


def _due_on(item: Item, due, ctx: Context) -> Item:
    """The item with the preface's deadline in place of its own."""
    return replace(item, due_date=due.date, due_text=due.text, due_time=None if due.end_of_day else due.time,
                   due=deadline(due, ctx.default_due_time),
                   flags=tuple(f for f in item.flags if f not in ("no_due", "vague_due")))

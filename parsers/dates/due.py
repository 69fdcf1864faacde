"""Due phrases in Chinese and English -> deadlines.

    find_due('市场部王芳10月12日前提交方案终稿', sent, calendar)  -> Due(date=2024-10-12, text='10月12日前', ...)

Reading a line takes three steps: `tokens` finds date-ish tokens, `rules` says what each means against the send time
and the working-day calendar, and this module joins neighbours into phrases (10月16日（周三）下午5点前 = one phrase), drops
the ones that are no deadline (每周三, 自11月1日起, a meeting's 14:00-15:30, the old date of '由10月13日调整为10月15日') and
picks the one most likely meant as the deadline: a labelled one (截止时间：…) over one with 前/内/by over a bare date, and
any date over a vague word.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, tzinfo

from parsers.dates.anchored import anchor_spans
from parsers.dates.grouping import GAP, WEEKDAY_RULES, Phrase, group
from parsers.dates.policy import Ctx, Part
from parsers.dates.rules import meanings
from parsers.dates.tokens import MAX_LINE_CHARS, TRIGGER, cn_number, normalise, tokenize
from parsers.dates.workdays import WorkdayCalendar
from parsers.dates.zones import converted
from parsers.regex_start import start_checked
from parsers.frozen import quick_init


@quick_init
@dataclass(frozen=True)
class Due:
    date: date | None          # None for vague phrases
    time: time | None          # written, or a policy time (上午 -> 12:00, 下班前/EOD -> 18:00; see policy_time)
    text: str                  # the phrase as written in the input
    start: int                 # span of the phrase in the searched text
    end: int
    vague: bool = False        # 尽快, 近期, ASAP, 待定, TBD, 11月中旬 (a period without a day)
    estimated: bool = False    # calendar year unknown -> guessed working days
    past: bool = False         # resolved date is before the send date
    policy_time: bool = False  # `time` comes from a word by policy (上午 -> 12:00, 下午 -> 18:00), not a clock
    end_of_day: bool = False   # that word is the end of the working day (下班前, EOD): minutes keep due_time empty
    approx: date | None = None          # for a vague period, the policy guess (中旬 -> 20th, 月初 -> 5th)
    instant: datetime | None = None     # hour phrases (4小时内): the exact moment
    zone: tzinfo | None = field(default=None, repr=False, compare=False)   # the send time's zone
    problem: str = ""          # no_such_day (2月30日: date None) or weekday_mismatch (周五 written with a Sunday)
    zoned: bool = False        # date and time were written in another zone (5pm CET) and are converted into this one


SUFFIX = re.compile(r"\s*(?:[(（]\s*(?:周|星期)?[一二三四五六日天月火水木金土]\s*(?:[,，、][^()（）]{0,8})?[)）]\s*"   # 3/15（六，补班）前
                    r"(?:之前|以前|前(?!后)|为止|之内|以内|内|截止|止)?|(?:之前|以前|前(?!后)|为止|之内|以内|内|截止|止)|"
                    r"[)）]\s*(?:之前|以前|前(?!后)|为止))")      # '预售开播（10/20 20:00）前': the event's day in brackets
LABEL = re.compile(r"(?:(?:截止|截至|完成|到期|交付|计划完成|要求完成)(?:时间|日期|时限)|期限|时限|deadline|due\s+date|due|ddl)"
                   r"\s*[:=]?\s*$", re.I)
PREFIX = re.compile(r"(?:(?<![a-z])(?:by|before|until|till|no\s+later\s+than|due(?:\s+on|\s+by)?)|截止(?:到|至)?|-{1,2}>|=>|[→⇒➜➡]|"
                    r"最迟|最晚|不晚于|务必在?|[须需要]在|必须在|请在|[请须需]于|务必于|(?:延期|推迟|顺延|延长|延后|提前)[至到]|"
                    r"延至|(?:调整|改|变更|更改|更新)[为到至])\s*$", re.I)
EVENT_BEFORE = re.compile(r"(?<![a-z])before\s+the\s+[a-z][a-z\s-]{1,30}?\s+on\s*$", re.I)   # 'before the trial run on 7/15'
CHANGE_TO = re.compile(r"(?:调整|改|变更|更改|更新)[为到至]\s*$")
INCLUDED_PREFIX = re.compile(r"by|before|until|till|no\s+later|due|截止|最迟|最晚|不晚于|-{1,2}>|=>|[→⇒➜➡]", re.I)   # '… -> Thu': an arrow to the day
NOT_DUE_BEFORE = re.compile(r"(?:[每自从由原]|原定于?|原计划|(?<![a-z])(?:since|from|starting|effective|as\s+of)|"
                            r"(?<![不没未])(?:晚于|迟于|超过|超出)|(?<!no\s)(?<!not\s)later\s+than|"   # '若到货晚于5月20日，…': a condition
                            r"(?<![a-z])for\s+(?:the\s+)?(?:day|days|week|weeks|weekend|month)(?:\s+right)?)\s*$", re.I)   # 'book it for the week after …': when it is for
NOT_DUE_AFTER = re.compile(r"[\s,，]*(?:\d{1,2}:\d{2}\s*[-~–—至到]\s*\d{1,2}:\d{2}|的(?!话)|(?:下发|印发|发布|发出|出台|公布|通过|签订|签署|召开|开|定|讲|说|提|收到|发|交|报)的|起(?!草)|开始|以后|之后|后(?![天续勤台厨端期])|"
                           r"(?:例会|周会|会议|会)上?[\u4e00-\u9fff]{0,4}?[过了]的)")    # '周三会上过的…': a past meeting's day;
# '按5月初下发的新模板改', '周五交的报告', '今晚差评的3个订单': the day names which thing (not '周五要交的': 要 asks for it)
# 'the Jan 20 vessel', 'our 3/18 shipment': a day that names which thing, asking for nothing by then ('the 3/20 deadline' does)
WHICH_ONES = re.compile(r"(?![要需须应得前之以])[\u4e00-\u9fff]{2}的(?![话时])")   # a short clause and 的 after the day
NAMING_BEFORE = re.compile(r"(?<![a-z])(?<!by )(?<!before )(?<!until )(?<!till )(?:the|our|your|their|this|that)\s+$", re.I)
NOUN_AFTER = re.compile(r"\s+(?!(?:at|by|to|or|and|if|for|in|on|before|after|until|eod|cob|deadline|due|cut-?off|target|"
                        r"milestone|latest|please|pm|am)\b)[a-z]{3,}", re.I)
EVENT_AFTER = re.compile(r"[\s,，]*(?:召开|举行|举办|开会|见面|碰头)")   # an event's day: the weakest cue, over no date
# '下周一起执行': the day a change the owner puts in place takes effect; the weakest cue, as an event's day (a
# notice's '自11月1日起执行' stays no deadline: 自/从 before the day says it is a rule's date, not a task's)
WHICH_BATCH = re.compile(r"\s*(?:最后|最後|第一|首|头|頭)\s*一?\s*[批次个個轮輪趟票]")   # a day naming which one of a series
RULE_STARTS = re.compile(r"[\s,，]*起\s*(?:执行|实施|施行|生效|启用|上线|切换|推行)")
BRACKETED = re.compile(r"[(（]\s*$")
CONNECTOR = re.compile(r"\s*(?:至|到|~|-|–|—|→|->|to|until|(?:调整|改|变更|更改|更新)[为到至]|(?:推迟|延期|延后|顺延|延长|提前)[至到]|延至)\s*", re.I)
CHANGED_TO = re.compile(r"(?:调整|改|变更|更改|更新)[为到至]|(?:推迟|延期|延后|顺延|延长|提前)[至到]|延至")
DISCLAIMER = re.compile(r"误收|误发|保密信息|机密信息|仅供.{0,8}使用|confidential|intended\s+recipient|unsubscribe|退订", re.I)
END_OF_DAY_WORD = re.compile(r"下班|收工|eod|cob|eob|end|close", re.I)
LOOKBACK = 16
QUESTIONED = re.compile(r"(?:能否|是否|可否|能不能|可不可以|来不来得及|有没有可能)\s*(?:在|于|赶在)?\s*$")
# read on every phrase and line, tried only where a match can start (parsers/regex_start.py): the same matches
LABEL, PREFIX, NOT_DUE_BEFORE, DISCLAIMER, CHANGED_TO = map(start_checked, (LABEL, PREFIX, NOT_DUE_BEFORE, DISCLAIMER, CHANGED_TO))


def find_due(text: str, sent: datetime, calendar: WorkdayCalendar, holiday: str = "") -> Due | None:
    """The deadline phrase in a line of free text, resolved; None when the line holds no deadline."""
    text = text[:MAX_LINE_CHARS]
    norm = normalise(text)
    if not TRIGGER.search(norm) or DISCLAIMER.search(norm):
        return None
    return _best(_phrases(text, norm, Ctx(sent, calendar, holiday=holiday), strict=True))


# 'amenity count for Sunday, tomorrow EOD': the day the work is for, when another phrase says when it is due
PURPOSE = re.compile(r"\bfor\s+(?:the\s+)?$", re.I)


def find_all_dues(text: str, sent: datetime, calendar: WorkdayCalendar, holiday: str = "") -> list[Due]:
    """Every deadline phrase of the line, in order of appearance."""
    text = text[:MAX_LINE_CHARS]
    norm = normalise(text)
    if not TRIGGER.search(norm) or DISCLAIMER.search(norm):
        return []
    dues = [due for due, _ in _phrases(text, norm, Ctx(sent, calendar, holiday=holiday), strict=True)]
    purposes = [due for due in dues if PURPOSE.search(text[:due.start])] if len(dues) > 1 else []
    return [due for due in dues if due not in purposes] if len(purposes) < len(dues) else dues


def resolve(phrase: str, sent: datetime, calendar: WorkdayCalendar, holiday: str = "") -> Due | None:
    """A whole phrase such as a table cell ('10/28前', '周三17:00', 'Q4'): shapes that free text only
    trusts next to 前/by (10.15, Q4, 12号) are taken here, because the caller says it is a due."""
    phrase = phrase[:MAX_LINE_CHARS]
    norm = normalise(phrase)
    if not TRIGGER.search(norm):
        return None
    return _best(_phrases(phrase, norm, Ctx(sent, calendar, holiday=holiday), strict=False))


def deadline(due: Due, default_time: time) -> datetime | None:
    """The full aware deadline in the send time's zone: the exact instant for hour phrases, else the date at
    its time or `default_time`; None for a vague due."""
    if due.instant is not None:
        return due.instant
    if due.date is None:
        return None
    return datetime.combine(due.date, due.time or default_time, tzinfo=due.zone)


UNDECIDED = re.compile(r"(?<!地点)(?<!地址)(?<!会场)(?<!人选)(?<!名单)(?:待定|待[确確][认認]|另行通知|另行[确確]定|另定|未定|择期|择日|\btb[dc]\b)", re.I)   # not yet set, unlike 尽快


def _best(found: list[tuple[Due, tuple[int, bool]]]) -> Due | None:
    """A dated phrase over a vague one (but a day only implied, such as 节后, gives way to 时间待定), then the strongest cue, then a written-out date (节后首次例会：2月19日),
    then the first."""
    if not found:
        return None
    undecided = next((due for due, _ in found if due.vague and UNDECIDED.search(due.text)), None)
    if undecided and all(due.vague or cue == (1, False) for due, cue in found):
        return undecided                           # '节后由何科长牵头…对接一次，时间待定': no day is set yet
    return max(found, key=lambda pair: (not pair[0].vague, pair[1]))[0]


def _phrases(text: str, norm: str, ctx: Ctx, strict: bool) -> list[tuple[Due, tuple]]:
    """Tokens -> meanings -> phrases -> the ones that may be deadlines, each with its rank for `_best`."""
    tokens = tokenize(norm)
    if not tokens:
        return []                                  # most lines: no date token, so no phrase
    phrases = [p for p in group(norm, meanings(norm, tokens, ctx)) if p.day or p.time or p.whole]   # not a zone alone
    repeats = [t.end for t in tokens if t.kind == "noise" and norm[t.start] in "每隔"]
    for phrase in phrases:
        _judge(norm, phrase)
        if any(end <= phrase.start and GAP.fullmatch(norm[end:phrase.start]) for end in repeats):
            phrase.dropped = True                  # 每周一上午10点前: a routine, not a deadline
    anchor_spans(norm, phrases, tokens, ctx)        # 国庆后3个工作日内, 收到样品后3个工作日内
    _drop_replaced(norm, phrases)
    kept = [p for p in phrases if not p.dropped and _trusted(norm, p, strict)]
    dues = [(_due(text, p, ctx), (p.cue, bool(p.day and p.day.explicit))) for p in kept]
    return [(due, cue) for due, cue in dues if due.date or due.vague or due.problem]


def _judge(text: str, phrase: Phrase) -> None:
    """Cue strength from the words around the phrase (label 3, 前/by 2, none 1) and the not-a-deadline cases."""
    before = text[max(0, phrase.start - LOOKBACK):phrase.start]
    _balance(text, phrase)
    suffix = SUFFIX.match(text, phrase.end)
    if suffix and not (phrase.whole and phrase.tokens[0].kind == "span"):
        phrase.end = suffix.end()
        opened = suffix.group().lstrip()[:1] in ")）" and BRACKETED.search(text, 0, phrase.start)
        phrase.start = opened.start() if opened else phrase.start      # '（10/20 20:00）前' whole
    rules = {t.rule for t in phrase.tokens}
    strong_span = rules & {"span", "span_en"} and not phrase.tokens[0].weak
    inherent = 2 if strong_span or _text(text, phrase).endswith("前") else 1
    prefix = PREFIX.search(before) if before else None          # (a phrase opening its text has no words before it)
    prefix = prefix or (EVENT_BEFORE.search(text, max(0, phrase.start - 3 * LOOKBACK), phrase.start) if "on" in before else None)
    if prefix and not suffix and CHANGE_TO.search(prefix.group()) and not (phrase.day or phrase.whole):
        prefix = None                             # '改为上午配送': the part of the day the work moves to, no new due
    phrase.cue = 3 if before and LABEL.search(before) else 2 if (suffix or prefix) else inherent
    if prefix and INCLUDED_PREFIX.match(prefix.group()):
        phrase.start -= len(prefix.group())       # 'by Friday', '截止10月25日': the cue is part of the phrase
    if before and (NOT_DUE_BEFORE.search(before) or not prefix and NAMING_BEFORE.search(before) and
                   NOUN_AFTER.match(text, phrase.end)) \
            or (not suffix and NOT_DUE_AFTER.match(text, phrase.end)
                                         and not rules & {"span", "span_en", "holiday", "holiday_en"}
                                         and not RULE_STARTS.match(text, phrase.end)) \
            or not suffix and WHICH_ONES.match(text, phrase.end):    # '今晚差评的3个订单', '节前入库的3批中间体'
        phrase.dropped = True
    elif not suffix and not prefix and (EVENT_AFTER.match(text, phrase.end) or RULE_STARTS.match(text, phrase.end)) or \
            before and QUESTIONED.search(before):  # 11月12日下午3点召开: when something happens, not a deadline; '评估能否
        phrase.cue = 0                            # 在7月10日前交付，明天答复': what is asked about, not by when
    elif not prefix and WHICH_BATCH.match(text, phrase.end):
        phrase.cue = 0                            # '年前最后一批报关资料，今日内…': which batch, below any deadline


def _balance(text: str, phrase: Phrase) -> None:
    """Keep the phrase's brackets closed: '年后上班第一天（2月18日）', not '明天（周六' of '明天（周六调休上班）'."""
    inside = text[phrase.start:phrase.end]
    if inside.count("(") <= inside.count(")"):
        return
    if text.startswith(")", phrase.end):
        phrase.end += 1
    else:
        phrase.end = phrase.start + len(inside[:inside.rindex("(")].rstrip())


def _drop_replaced(text: str, phrases: list[Phrase]) -> None:
    """'由10月13日调整为10月15日', '10月24日至10月31日': the later date stands; '周一至周五' is a schedule."""
    for first, second in zip(phrases, phrases[1:]):
        if CONNECTOR.fullmatch(text[first.end:second.start]):
            first.dropped = True
            if _bare_weekday(text, first) and _bare_weekday(text, second) and not CHANGED_TO.search(
                    text[first.end:second.start]):
                second.dropped = True                  # 周一至周五, but not 由周三改为周五
            _inherit_month(first, second)


def _inherit_month(first: Phrase, second: Phrase) -> None:
    """'11月25日-29日': a bare day after a dated range start is in that month (or the next one)."""
    tok = second.tokens[0]
    if tok.rule != "day_only" or tok.m.groupdict().get("rel") or not (first.day and first.day.day and second.day):
        return
    start, day = first.day.day, cn_number(tok.m.group("d")) or 0
    try:
        end = start.replace(day=day)
        if end < start:
            end = (start.replace(day=1) + timedelta(days=32)).replace(day=day)
    except ValueError:
        return
    second.day, second.linked = replace(second.day, day=end), True


def _bare_weekday(text: str, phrase: Phrase) -> bool:
    tok = phrase.tokens[0]
    return tok.rule in WEEKDAY_RULES and not tok.m.groupdict().get("rel") and len(phrase.tokens) == 1


def _trusted(text: str, phrase: Phrase, strict: bool) -> bool:
    """Free text needs a cue for weak shapes (10.15, Q4, 12号) and for a bare time of day (18:00前)."""
    if not strict or phrase.linked:
        return True
    dated = [t for t in phrase.tokens if t.kind in ("day", "span")]
    if dated and all(t.weak for t in dated) and phrase.cue < 2 and not _weekday_vouches(text, phrase):
        return False
    if not dated and phrase.whole and all(t.weak for t in phrase.tokens) and phrase.cue < 2:
        return False                               # a bare week number (第47周) outside a due cell
    if phrase.day is None and phrase.whole is None:
        return phrase.cue >= 2 or bool(END_OF_DAY_WORD.search(_text(text, phrase)))
    return True


def _weekday_vouches(text: str, phrase: Phrase) -> bool:
    """A weekday alone in brackets ('整理报告(Fri)'), one that agrees with the date beside it ('Mon 27/4') or one
    joined to the end of the working day ('EOD Fri', 'COB Thu'): a date, whatever shape it is written in."""
    if not any(t.rule in WEEKDAY_RULES for t in phrase.tokens):
        return False
    agrees = sum(t.kind == "day" for t in phrase.tokens) >= 2 and not phrase.mismatch
    day_end = any(t.kind == "time" for t in phrase.tokens) and bool(END_OF_DAY_WORD.search(_text(text, phrase)))
    bracketed = bool(BRACKETED.search(text, 0, phrase.start)) and text[phrase.end:].lstrip()[:1] in (")", "）")
    return agrees or day_end or bracketed


def _text(text: str, phrase: Phrase) -> str:
    return text[phrase.start:phrase.end]


def _due(original: str, phrase: Phrase, ctx: Ctx) -> Due:
    part = phrase.whole or phrase.day or Part(day=ctx.today)
    clock, policy = _clock(part, phrase.time)
    day = part.day
    if phrase.whole is None and day is None and phrase.time is not None and phrase.time.time is None:
        day = None                                 # a lone 晚上: no deadline
    problem = "no_such_day" if part.no_such_day else "weekday_mismatch" if phrase.mismatch else ""
    if phrase.zone is not None and phrase.whole is None and day is not None and clock is not None:
        return _zoned(original, phrase, ctx, converted(day, clock, phrase.zone, ctx.sent.tzinfo), problem)
    return Due(date=None if part.vague else day, time=part.time if phrase.whole else clock,
               text=original[phrase.start:phrase.end], start=phrase.start, end=phrase.end,
               vague=part.vague, estimated=part.estimated, past=bool(day and day < ctx.today),
               policy_time=policy, end_of_day=bool(policy and phrase.time.hint == "eod"), approx=part.approx, instant=part.instant, zone=ctx.sent.tzinfo, problem=problem)


def _zoned(original: str, phrase: Phrase, ctx: Ctx, moment: datetime, problem: str) -> Due:
    """A day and time written in another zone ('EOD Friday PST' is 18:00 there), as this zone's clock shows it:
    a time of its own, no longer a policy word of ours."""
    day = moment.date()
    return Due(date=day, time=moment.time().replace(second=0, microsecond=0, tzinfo=None),
               text=original[phrase.start:phrase.end], start=phrase.start, end=phrase.end,
               past=day < ctx.today, zone=ctx.sent.tzinfo, problem=problem, zoned=True)


def _clock(day: Part, when: Part | None) -> tuple[time | None, bool]:
    """The time of day, with 今晚/明早 and the office-hours reading of a bare 3点 (-> 15:00) applied."""
    if when is None or when.time is None:
        return None, False
    hour = when.time.hour
    if (hour, when.time.minute, day.hint) == (12, 0, "pm") and when.hint == "bare":
        return time(23, 59), False                 # 今晚12点: the end of the day, not noon
    if hour < 12 and (day.hint == "pm" and when.hint in ("bare", "colon")
                      or when.hint == "bare" and day.hint != "am" and 1 <= hour <= 6):
        hour += 12
    return when.time.replace(hour=hour), when.policy_time

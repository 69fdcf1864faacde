"""Step 4 of reading a due phrase: the words around it — how strongly they say it is a deadline (a label 3, 前/by 2,
none 1) and when they say it is none ('每周一', '自11月1日起执行', '周五交的报告', '5月12日前的排产', 'the Jan 20 vessel')."""
from __future__ import annotations

import re

from parsers.dates.grouping import Phrase
from parsers.regex_start import start_checked

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
# '周五交的报告', 'our 3/18 shipment': the day names which thing (not '周五要交的', 'the 3/20 deadline': they ask for it)
WHICH_ONES = re.compile(r"(?![要需须应得前之以])[\u4e00-\u9fff]{2}的(?![话时])")   # a short clause and 的 after the day
NAMING_BEFORE = re.compile(r"(?<![a-z])(?<!by )(?<!before )(?<!until )(?<!till )(?:the|our|your|their|this|that)\s+$", re.I)
NOUN_AFTER = re.compile(r"\s+(?!(?:at|by|to|or|and|if|for|in|on|before|after|until|eod|cob|deadline|due|cut-?off|target|"
                        r"milestone|latest|please|pm|am)\b)[a-z]{3,}", re.I)
EVENT_AFTER = re.compile(r"[\s,，]*(?:召开|举行|举办|开会|见面|碰头)")   # an event's day: the weakest cue, over no date
# '下周一起执行': the day a change takes effect, the weakest cue (a notice's '自11月1日起执行' stays no deadline: 自/从 a rule's)
WHICH_BATCH = re.compile(r"\s*(?:最后|最後|第一|首|头|頭)\s*一?\s*[批次个個轮輪趟票]")   # a day naming which one of a series
RULE_STARTS = re.compile(r"[\s,，]*起\s*(?:执行|实施|施行|生效|启用|上线|切换|推行)")
BRACKETED = re.compile(r"[(（]\s*$")
LOOKBACK = 16
QUESTIONED = re.compile(r"(?:能否|是否|可否|能不能|可不可以|来不来得及|有没有可能)\s*(?:在|于|赶在)?\s*$")
OF_BEFORE = re.compile(r"的(?!话|时候)[\u4e00-\u9fff]")     # '5月12日前的排产': the day before it names which one
# read on every phrase, tried only where a match can start (parsers/regex_start.py): the same matches
LABEL, PREFIX, NOT_DUE_BEFORE = map(start_checked, (LABEL, PREFIX, NOT_DUE_BEFORE))


def judge(text: str, phrase: Phrase) -> None:
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
    inherent = 2 if strong_span or phrase_text(text, phrase).endswith("前") else 1
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
            or not suffix and WHICH_ONES.match(text, phrase.end) or OF_BEFORE.match(text, phrase.end) and \
            phrase_text(text, phrase).endswith("前"):   # '今晚差评的3个订单', '节前入库的3批中间体', '5月12日前的排产'
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


def phrase_text(text: str, phrase: Phrase) -> str:
    return text[phrase.start:phrase.end]

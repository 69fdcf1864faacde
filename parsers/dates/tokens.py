"""Step 1 of reading a due phrase: find the date-ish tokens in a line of text.

Each pattern has a rule name (what `rules` does with it) and a kind:
  day    a calendar day (10月12日, 周三, 明天, 月底, 节后 ...)     time   a time of day (17:00, 下午3点, EOD)
  span   a whole deadline from a duration (3个工作日内, 4小时内)  vague  a deadline word without a date (尽快)
  zone   the time zone the phrase is written in (CET, UTC+2, 东京时间, '(London)' after a clock)
  noise  numbers that look like dates but are not (9:00-18:00, 400-800-1234, 2.3万元, 92%): they only
         shadow the date patterns under them.
A `weak` token (10.15, 10-18, 10/28, 12号, Q4) is a date only next to a deadline cue, or when the caller
hands over a whole phrase: in free text those shapes are too often versions, ratios or room numbers.
Positions are those of the input: normalisation maps characters one to one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

from parsers.dates.festivals import FESTIVAL_NAMES, FESTIVALS_EN, SOLAR_TERM_NAMES
from parsers.mail.hant import TABLE as TRADITIONAL_TO_SIMPLIFIED
from parsers.dates.needs import Needs
from parsers.dates.vocabulary import (CN, NUM, MONTH_NUM, NOT_NUM_BEFORE, NOT_NUM_AFTER, WD, WEEKDAYS_EN, WEEK_AFTER, WEEKDAY_ABBR,
    MONTHS_EN, EN_NUMBER, A, Z, CN_CLOCK, NOT_ROOM, PERIOD_CN, CANTONESE_MINUTES, YUE_DAY, YUE_PART, NOT_A_DAY_WORD, HOLIDAY_NAME,
    HOLIDAY_BARE, CN_DAY, LUNAR_MONTH, LUNAR_DAY_RX, HOLIDAY_WHEN, ATTRIBUTIVE, FIRST_WORKDAY, SPAN_UNIT_EN, END_OF_DAY_EN, VAGUE_EN,
    LETTERS, ORDINAL_EN)
from parsers.dates.zones import ZONE_PATTERN
from parsers.regex_start import start_checked
from parsers.frozen import quick_init

# full-width ASCII (ＡＢ１２：（）) -> ASCII, ideographic space -> space; one character for one, so spans hold
_WIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: " ", 0x301C: "~", 0x2236: ":"} | \
    TRADITIONAL_TO_SIMPLIFIED                      # 下週五 reads as 下周五, also one phrase in a Simplified mail
DAY_THEN_STOP = r"(?![\d:/%])(?!\.(?!\s|$))(?!(?<!/\d)(?<!/\d\d)\.)"   # 6/24 may end its sentence, 3.1. is an outline number
MAX_TOKENS = 200         # date tokens of one pattern read in one line
MAX_LINE_CHARS = 20_000  # characters of one line read for dates (a deadline sits in a sentence, not a book)


@quick_init
@dataclass(frozen=True)
class Token:
    rule: str
    kind: str
    start: int
    end: int
    m: re.Match
    weak: bool = False


# 'lines 1-3', 'items 2/4', 'rooms 3-5': a range or pair of numbered things, no month and day
NUMBERED_THINGS = "".join(f"(?<!{word} )" for word in ("lines", "line", "items", "units", "rows", "steps", "pages",
                                                       "rooms", "zones", "bays", "phases", "stages", "sections", "nos."))


ANY_ONE = r"(?<!\ba\s)(?<!\ban\s)(?<!\bevery\s)(?<!\beach\s)"      # 'without a Saturday shift': any such day, no date


def _rule(rule: str, kind: str, needs: str, *pieces: str, weak: bool = False, flags: int = re.IGNORECASE) -> tuple:
    """One pattern: `needs` is a character class the text must hold for the pattern to match at all (a
    cheap test first keeps lines without dates fast)."""
    return rule, kind, weak, start_checked(re.compile("".join(pieces), flags)), re.compile(needs)


PATTERNS = [
    # dates with a year
    _rule("ymd", "day", "[年]", rf"(?<![\d{CN}])(?P<y>\d{{4}}|\d{{2}}|[{CN}]{{4}}|[{CN}]{{2}})\s*年\s*(?P<m>{NUM})\s*月\s*(?P<d>{NUM})\s*[日号]?"),
    _rule("ymd", "day", "[-/.]", r"(?<![\d.A-Za-z])(?P<y>20\d{2})\s*(?P<s>[-/.])\s*(?P<m>\d{1,2})\s*(?P=s)\s*(?P<d>\d{1,2})",
          r"(?:(?![\d%])|(?<=\d\d)(?=\d{1,2}:\d\d))"),                                 # 2021-09-0910:09
    _rule("ymd", "day", " ", r"(?<![\d.])(?P<y>20\d{2}) (?P<m>0?[1-9]|1[0-2]) (?P<d>0?[1-9]|[12]\d|3[01])(?![\d.%])", weak=True),
    _rule("ymd", "day", r"\d{8}", r"(?<![\d.\-/A-Za-z])(?P<y>20\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?![\d.%])",
          weak=True),                                                                   # 20241020
    _rule("year", "year", "[年]", rf"(?<![\d{CN}])(?P<y>\d{{4}}|\d{{2}}|[{CN}]{{4}}|[{CN}]{{2}})\s*年(?!\s*(?:底|末|终|内|度|尾|初|[上下]半年))|",
          r"(?P<rel>今|明|后|去|本)年(?!\s*(?:底|末|终|内|度|尾|初|[上下]半年))"),        # the year of the next token: 2025年12月底, 明年春节前
    _rule("dashed", "day", "[-]", r"(?<![\d./-])(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<c>\d{1,2})(?![\d.-])", weak=True),  # 27-7-3
    _rule("mdy", "day", "[/]", r"(?<![\d./-])(?P<a>\d{1,2})\s*/\s*(?P<b>\d{1,2})\s*/\s*(?P<y>(?:19|20)\d\d|\d\d)(?!\d)"),
    _rule("mdy", "day", "[.-]", r"(?<![\d./-])(?P<a>\d{1,2})(?P<s>[.-])(?P<b>\d{1,2})(?P=s)(?P<y>(?:19|20)\d\d)(?![\d.-])"),  # 13.5.2015
    # '14.11.', 'until 05.03.': a day, its month and a closing dot, as German and European writers date (day first)
    _rule("dm_dot", "day", "[.]", r"(?<![\d./-])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?![\d.])(?!\s*[A-Za-z\u4e00-\u9fff(（])"),
    # numbers that only look like dates or times
    _rule("noise", "noise", "[:]", r"\d{1,2}:\d{2}\s*[-~–—至到]\s*\d{1,2}:\d{2}"),                 # 9:00-18:00
    _rule("noise", "noise", r"[-\d]", r"(?<!\d)\d{2,4}-\d{3,4}-\d{3,4}(?!\d)|(?<!\d)1\d{10}(?!\d)"),  # phones
    _rule("noise", "noise", "[%‰万亿元块美kmcp件台个°℃倍毫厘公吨]",     # amounts and measures: '改到1.5°' is no January 5th
          r"\d+(?:\.\d+)?\s*(?:%|‰|万|亿|元|块|美元|kg|mm|cm|pcs|件|台|个点|°|℃|倍|毫米|厘米|公斤|吨|mpa\b)"),
    _rule("noise", "noise", "[.]", r"(?<![a-z])v\d+(?:\.\d+)+|\d+\.\d+\.\d+"),                      # versions
    _rule("noise", "noise", "[至到~-]", r"(?:周|星期|礼拜)[一二三四五六日天]\s*[至到~-]\s*(?:周|星期|礼拜)?[一二三四五六日天]"),
    # another country's or faith's holiday is not ours (以色列国庆节, 伊斯兰新年, 犹太植树节), and the n-th day of a festival
    # (丰收节第四天) is not counted from today
    _rule("noise", "noise", "[以伊犹树]", r"(?:以色列|伊斯兰[教历]?|犹太教?|树木)[\u4e00-\u9fff]{0,2}?(?:节|新年)"),
    _rule("noise", "noise", "[节]", rf"(?<=节)第\s*{NUM}\s*天"),
    _rule("noise", "noise", "[每隔]", r"[每隔](?:个|一个|周|天|日|月|年|星期|礼拜)?\s*(?:周|星期|礼拜)?", NUM, r"?[日号]?"),
    # a Chinese-numeral month with a lunar day word and no 日/号 (五月廿二, 八月初三) is a lunar date: before "md", which
    # matches the same characters, so that at a tie this reading wins (五月廿二日, 五月二十二日, 5月22号 stay solar);
    # 三十 is no lunar word of its own: 九月三十 is as often September 30th
    _rule("lunar", "day", "[月]", rf"{NOT_NUM_BEFORE}(?P<lm3>十[一二]?|[{CN_DAY}])月(?P<ld3>初[{CN_DAY}十]|廿[{CN_DAY}])",
          rf"(?![\d{CN}日号])"),
    # month and day
    # ('5月、6月两批白釉': a numeral day with no 日/号 and a measure word after it counts things)
    _rule("md", "day", "[月]", rf"{NOT_NUM_BEFORE}(?P<m>{NUM})\s*月\s*(?P<d>{NUM})\s*(?:[日号]|(?![\d{CN}])"
          rf"(?!\s*[批个次项份家台件名张套轮场期条辆箱吨位款])(?:(?<=\d)|(?![\u4e00-\u9fff])|(?=[前后之以左起止到至截])))"),   # not '9月八角采购价' (star anise)
    # 'by 6/24.' ends its sentence with the day: after a slash date, a stop then a space or the end is no decimal ('6/24.5')
    _rule("md_num", "day", "[-/.·]", rf"(?<![a-z\d./-]){NUMBERED_THINGS}(?P<m>\d{{1,2}})\s*[/.·-]\s*(?P<d>(?!00)\d{{1,2}}){DAY_THEN_STOP}(?![-万元])(?!\s*(?:hrs?\b|h\b|[a-z]+\s+time\b))",
          weak=True),
    _rule("month_part", "day", "[月]", rf"{NOT_NUM_BEFORE}(?P<m>{MONTH_NUM})\s*月\s*(?:份\s*(?:之(?=内))?)?"
          r"(?P<part>底|末|初|中旬|上旬|下旬|中|头|尾|(?<=[份之])内)"),     # 1月份内 = by 1-31 (1月内 reads already)
    _rule("month_part", "day", "[月]", rf"(?:(?P<rel>(?:本|这|今|当|同|下下|下|上)个?)|(?<![\d{CN}个岁年]))月\s*(?:份\s*)?",
          r"(?P<part>底|末|初|中旬|上旬|下旬|内|中|头|尾)"),
    _rule("month_alone", "day", "[月]", rf"{NOT_NUM_BEFORE}(?P<m>{MONTH_NUM})\s*月(?:份)?(?![\d{CN}])", weak=True),
    _rule("day_only", "day", "[日号]", rf"(?P<rel>(?:本|这|今|当|同|下|上)个?|次)月\s*(?:的\s*)?(?P<d>{NUM})\s*[日号]{NOT_ROOM}"),
    _rule("day_only", "day", "[日号]", rf"{NOT_NUM_BEFORE}(?<![第编型账批单])(?P<d>{NUM})\s*[日号]{NOT_ROOM}", weak=True),
    _rule("day_only", "day", LETTERS, A, r"(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)", Z, weak=True),
    _rule("shopping", "day", "[双]", r"双\s*(?P<m>十一|11|十二|12)(?![\d月日号])", weak=True),
    # weeks, relative days, period ends, holidays
    _rule("weekday", "day", "[周期拜]", rf"(?:(?P<rel>本|这|呢|今|下下|下|上上|上)\s*(?:个)?\s*(?:(?:周|星期|礼拜)\s*(?:的\s*)?)?)?",
          rf"(?<![{CN}\d每隔圣节色默])(?:周|星期|礼拜)\s*",
          rf"(?P<wd>{WD})"),
    _rule("nth_weekday", "day", "第|最后|最末", rf"(?:{NOT_NUM_BEFORE}(?P<m>{NUM})|(?P<rel>本|这个?|今|当|下下个?|下个?|次))\s*月\s*",
          rf"(?:份\s*)?(?:的\s*)?(?:第\s*(?P<n>[一二三四五1-5])|(?P<last>最后|最末))\s*(?:一\s*)?个?\s*(?:周|星期|礼拜)\s*(?P<wd>{WD})"),
    _rule("week_end", "day", "[周期拜]", r"(?P<rel>本|这|今|下)?(?:个)?(?:周|星期|礼拜)(?:内|之内|以内)"),
    # '刘师傅这周把降温设备配齐': this week, right before the work, is within this week
    _rule("week_end", "day", "[周期拜]", r"(?P<rel>本|这)(?:个)?(?:周|星期|礼拜)(?=\s*(?:把|将|给我|交|报给?|发给?|配齐|搞定|弄好|做完|落实|提交))"),
    _rule("relative", "day", "[今明后当次翌本听即]", r"大大后天|大后天|后天|今天|今日|本日|即日(?![起开])|今晚|今夜|今晨|今早|(?<![货到收达])(?:当天|当日)|当晚|当夜|",
          r"明天|明日|明早|明晨|明晚|明夜|明儿|次日|翌日|(?<![\u4e00-\u9fff])大?后日"),   # not 以后日常, nor 到货当天 (a day
    #                                                                                       we cannot date)
    # Cantonese (zh-HK): a day word and a part of the day: 听朝, 听日, 听晚, 今朝, 今晚黑, 大后日, 我哋后日
    _rule("relative", "day", "听[朝日晚]|今朝|今晚黑|后日", rf"(?:{YUE_DAY})(?:{YUE_PART}){NOT_A_DAY_WORD}|(?<=[我你佢哋们])后日{NOT_A_DAY_WORD}"),
    _rule("relative", "day", "[昨前]", r"昨天|昨日|昨晚|昨夜|昨早|昨晨|大前天|(?<![提之以此\d年月周天日])前天(?!数)|",
          r"(?<![\u4e00-\u9fff])前日", weak=True),       # a day past: in free text a story ('昨天客户反馈'), in a due cell a date
    _rule("nth_day", "day", "[天日]", rf"第\s*(?P<n>{NUM})\s*[天日](?![\d{CN}])", weak=True),       # 第二天 = 次日
    _rule("quarter", "day", "[季]", r"(?P<rel>本|这个?|今|下个?)?(?:第)?(?P<q>[一二三四1-4])?\s*季度?\s*(?P<end>末|底|结束)"),
    _rule("quarter", "day", "[季qQ]", r"(?:(?P<y>20\d\d)\s*年?\s*)?(?:第(?P<q>[一二三四1-4])季度|",
          rf"(?<![{CN}])(?P<q2>[一二三四])季度|(?<![a-z])q(?P<q3>[1-4])(?![\d]))", weak=True),
    # a quarter's end written with Q: 'Q1末前', 'Q3底', 'end of Q2', 'Q4 end' (a bare Q2 stays weak, above)
    _rule("quarter", "day", "[qQ]", r"(?<![a-z\d])q(?P<q3>[1-4])\s*(?:末|底|结束|end\b)|", A, r"end\s+of\s+q(?P<q>[1-4])(?!\d)"),
    _rule("year_end", "day", "[年]", rf"(?:(?<![\d{CN}])(?P<y>\d{{4}}|\d{{2}}|[{CN}]{{4}}|[{CN}]{{2}})\s*|(?P<rel>今|明|本|去))?",
          r"年\s*(?:(?P<end>底|末|终|内|尾)(?!奖|总结|考核)|(?P<start>初)(?![步稿版次审试赛级中期心衷]))"),  # 明年初: vague
    _rule("year_end", "day", "[半]", rf"(?:(?<![\d{CN}])(?P<y>\d{{4}}|\d{{2}}|[{CN}]{{4}}|[{CN}]{{2}})\s*年|",
          r"(?P<rel>今|明|本|去)年)?\s*(?P<half>上|下)半年", weak=True),       # 上半年完成率 is no deadline
    _rule("year_end", "day", "[hH]", r"(?<![a-z\d])(?:(?P<y>20\d\d)\s*)?h(?P<h>[12])(?![\da-z])(?:\s+(?P<y2>20\d\d)(?!\d))?",
          weak=True),                                                                   # H1 = 上半年, 2026 H2, H1 2027
    _rule("holiday", "day", "[前后回返收]", rf"(?P<name>{HOLIDAY_NAME})\s*(?P<when>{HOLIDAY_WHEN})(?!后)",   # 春节前后: around it
          rf"(?>(?:\s*的?\s*(?:{FIRST_WORKDAY}|最后(?:一天|一个工作日)|第\s*(?P<hweek>[一二三1-3])\s*(?:个\s*)?(?:周|星期)\s*的?\s*(?:周|星期|礼拜)(?P<hwd>[一二三四五六日天1-7])|"
          r"(?:第一个|首个)\s*(?:周|星期|礼拜)(?P<hfirst>[一二三四五六日天1-7])|"       # 节后第一个周一
          r"第\s*(?P<hnth>[二三四五六七八九十]{1,2}|[2-9]|[1-2]\d)\s*个\s*工作日))?)",   # 节后第二个工作日, 节后第10个工作日 (whole: '节前最后一天的发货时间' names which)
          ATTRIBUTIVE),                                          # 节后第一周的周四: a day of the week after the break      # not '节前那批货', '节前的订单': which goods
    _rule("holiday", "day", "国庆|春节|新年|新春|元旦|五一|劳动节|清明|端午|中秋|十一|双节", rf"(?<![\d{CN}])(?P<name>{HOLIDAY_BARE})(?![\d{CN}月日号])", weak=True),
    _rule("festival", "day", LETTERS, A, rf"(?P<fest>{FESTIVALS_EN})", Z, weak=True),          # before Christmas
    _rule("reopen", "day", "[开复]", r"(?:开工|复工|开年上班)(?:第一天|首日|第一个工作日)"),
    _rule("festival", "day", "[节诞夜六一夕宵八年重日圣受灰复拉忏五旬正]", rf"(?P<fest>{FESTIVAL_NAMES})(?P<when>\s*(?:之前|以前|前))?", weak=True),
    _rule("festival", "day", "[春水蛰分雨夏满种至暑秋露降冬雪寒]", rf"(?P<fest>{SOLAR_TERM_NAMES})",    # 芒种, 冬至前; not 小满意
          r"(?:(?P<when>\s*(?:之前|以前|前))|(?![\u4e00-\u9fff]))", weak=True),
    _rule("lunar", "day", "[月年]", rf"(?:农历|阴历)\s*(?:的\s*)?(?P<lm>{LUNAR_MONTH})\s*月\s*(?P<ld>{LUNAR_DAY_RX})|",
          rf"(?P<lm2>正|腊|冬)月\s*(?P<ld2>{LUNAR_DAY_RX})|{NOT_NUM_BEFORE}(?P<lm3>{LUNAR_MONTH})月(?P<ld3>初[{CN_DAY}十])|",
          rf"大年(?P<big>初[{CN_DAY}十])"),
    _rule("next_workday", "day", "[工a-zA-Z]", r"(?:下一?个|下一|次一?个?)工作日|",
          A, r"(?:the\s+)?next\s+(?:business|working|work)\s+day", Z),
    # durations: a whole deadline each
    _rule("span", "span", "[内后]", rf"(?<!第)(?:(?:\d+|[{CN}]+)\s*[-~到至]\s*)?(?P<n>\d+|[{CN}]+|半|几)\s*个?\s*(?P<half>半)?\s*",
          r"(?P<unit>工作日|工作天|[営营][業业]日|自然日|天|日|小时|钟头|分钟|刻钟|周|星期|礼拜|月)\s*(?P<suf>之内|以内|内|之后|以后|后)"),
    _rule("span", "span", "[内后]", r"(?<![0-9A-Za-z.])(?P<n>\d+)\s*(?P<unit>h(?:ours?|rs?)?)\s*(?P<suf>之内|以内|内|之后|以后|后)",
          weak=True),                             # '24h内' is a deadline only where nothing stronger is written
    _rule("span", "span", "[工天时周期]", rf"(?<!第)(?P<n>\d+|[{CN}]+|半)\s*个?\s*(?P<half>半)?\s*",   # not 第一个工作日: which day
          r"(?P<unit>工作日|工作天|自然日|天|小时|周|星期)(?![\w])", weak=True),
    _rule("span_en", "span", LETTERS, A, r"(?P<pre>within|in)\s+(?:the\s+next\s+)?",
          rf"(?P<n>{EN_NUMBER})(?:\s+|(?<=\d))(?P<unit>{SPAN_UNIT_EN}|h)", Z),
    _rule("span_en", "span", LETTERS, A, rf"(?P<n>{EN_NUMBER})\s+(?P<unit>(?:business|working)\s+days?)(?!\s+(?:ago|before|earlier))", Z,
          weak=True),                             # '5 business days' alone is a span of working days too
    # English days
    _rule("en_md", "day", LETTERS, A, rf"(?P<mon>{MONTHS_EN})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?",
          r"(?:,?\s+(?P<y>20\d\d))?(?![\d:])"),
    _rule("en_dm", "day", LETTERS, rf"(?<![\d.])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?|-|/)(?P<mon>{MONTHS_EN})", Z,
          r"\.?(?:,?\s+(?P<y>20\d\d)|[-/](?:20)?(?P<yy>\d\d)(?![\d:]))?"),       # Jira's '20/Jan/27', '20-Jan-27'
    _rule("en_dm", "day", r"(?i:the\s+\d)", A, rf"the\s+(?<![\d.])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?|-)(?P<mon>{MONTHS_EN})", Z,
          r"\.?(?:,?\s+(?P<y>20\d\d))?"),   # 'the 4th of December': longer than 'the 4th'
    _rule("weekday_en", "day", LETTERS, A, ANY_ONE, rf"(?:(?P<rel>next|this|coming)\s+)?(?P<wd>{WEEKDAYS_EN}){WEEK_AFTER}", Z),
    # the n-th or last working day of a period, read as its parts (an ordinal, the working day, the period)
    _rule("ordinal_workday", "day", r"(?i:(?:working|business|work)\s+day\s+(?:of|in))", A, rf"(?:the\s+)?(?P<n>{ORDINAL_EN})\s+(?:working|business|work)\s+day\s+",
          r"(?:of|in)\s+(?:the\s+)?(?:(?P<rel>this|next|coming|current)\s+)?",
          rf"(?P<unit>month|quarter|year|week|{MONTHS_EN})(?:\s+(?P<y>20\d\d))?", Z),
    _rule("ordinal_workday", "day", "(?:第.{1,3}|最[后末].{0,3})工作日", rf"(?:{NOT_NUM_BEFORE}(?P<m>{NUM})\s*月|(?P<rel>本|这|今|当|明|下|次)\s*(?:个\s*)?",
          r"(?P<unit>月|季度|季|年|周|星期))\s*(?:份\s*)?(?:的\s*)?(?:第\s*(?P<n>[一二三四五1-5])|(?P<nlast>最后|最末))\s*(?:一\s*)?个?\s*工作日"),
    _rule("weekday_en", "day", LETTERS, A, rf"(?P<wd>{WEEKDAY_ABBR})\.?,?\s+(?P<week>next|this)\s+week", Z),  # 'Wed next week'
    _rule("iso_week", "day", "[cCkK]", A, r"(?:cw|kw|calendar\s+week)\s*(?P<wk>\d{1,2})(?!\d)"),   # end of CW 12: its Friday
    _rule("month_start_en", "day", LETTERS, A, rf"early[-\s]+(?P<mon>{MONTHS_EN})", Z),       # early April = 4月初
    _rule("weekday_en", "day", LETTERS, A, rf"(?P<rel>next|this|coming)\s+(?P<wd>{WEEKDAY_ABBR})\.?", Z),   # next Tue
    _rule("weekday_en", "day", LETTERS, A, rf"(?P<wd>{WEEKDAY_ABBR})\.?(?=\s+(?:morning|afternoon|evening|noon|night|am|pm|eod)\b)",
          Z),                                                                                              # 'Wed morning'
    _rule("weekday_en", "day", LETTERS, A, ANY_ONE, rf"(?P<wd>{WEEKDAY_ABBR})\.?", Z, weak=True),                       # Sat: a word
    _rule("relative_en", "day", LETTERS, A, r"(?:the\s+day\s+after\s+tomorrow|tomorrow|tomorow|tmrw|tmrow|tmr|tmw|2morrow|2moro|today|tonight)", Z),
    _rule("period_en", "day", LETTERS, A, r"(?:(?:(?:the\s+)?end\s+of|(?P<within>within))\s+(?:the\s+)?(?:(?P<rel>this|next)\s+)?",   # within this month
          rf"(?P<unit>month|week|quarter|year|q[1-4]|{MONTHS_EN})|(?P<abbr>eom|eow|eoq|eoy))", Z),
    _rule("period_en", "day", LETTERS, A, r"(?:(?:by|during)\s+)?(?P<within>)(?P<rel>this)\s+(?P<unit>week)(?=\s*(?:[.;,!)\]]|$))", Z),  # '…PO this week'

    _rule("holiday_en", "day", LETTERS, A, r"(?:(?:the\s+)?(?:1st|first)\s+(?:working|business|work)\s+day\s+)?",
          r"(?P<when>after|before|by|until|till)\s+(?:the\s+|your\s+|our\s+)?(?:china(?:'s|’s)\s+|chinese\s+(?=national))?",   # 'before your May Day holiday'
          r"(?P<name>national\s+day|golden\s+week|chinese\s+new\s+year|lunar\s+new\s+year|cny|spring\s+festival|new\s+year|"
          r"qingming|tomb[-\s]sweeping(?:\s+day)?|dragon[-\s]boat|mid[-\s]autumn|moon\s+festival|may\s+day|labou?r\s+day|"
          r"(?:may|october)(?=\s+(?:holidays?|break|golden\s+week)\b)|"   # 'after your May holiday', 'the October break'
          r"holidays?|break)(?:\s+(?:festival|holidays?|break|golden\s+week)){0,2}", Z),
    # the zone a time is written in: 5pm CET, 10:00 UTC+2, 9am (London), 德国时间; it joins the phrase beside it
    _rule("zone", "zone", "[A-Z时]", ZONE_PATTERN, flags=0),          # capitals: 'est', 'pt' are words
    # times of day
    _rule("clock", "time", "[:点时]", rf"(?:(?P<per>{PERIOD_CN})\s*)?(?:(?<![\d:])|(?<=\d{{4}}[-/.]\d\d[-/.]\d\d))",
          r"(?:(?P<h>\d{1,2})\s*:\s*(?P<mi>[0-5]\d)(?!\d)|",                       # also glued: 2021-09-0910:09
          rf"(?P<h2>\d{{1,2}}|[{CN_CLOCK}]{{1,3}})\s*",
          rf"(?:点\s*(?:(?P<half>半)|(?P<quarter>[1一3三])\s*刻|{CANTONESE_MINUTES}|",
          rf"(?P<mi2>\d{{1,2}}|[{CN_CLOCK}]{{1,3}})\s*(?P<fen>分)?|整|钟)?|",
          rf"时\s*(?:(?P<mi3>\d{{1,2}})\s*分|(?P<quarter2>[1一3三])\s*刻)?))"),
    _rule("clock_en", "time", LETTERS, r"(?<![\d:])(?P<h>\d{1,2})(?::(?P<mi>[0-5]\d))?\s*",
          r"(?P<ap>am|pm|a\.m\.|p\.m\.)", Z, "|",
          r"(?<![\d:])(?P<h3>\d{1,2}):(?P<mi3>[0-5]\d)(?P<ap3>[ap])", Z,            # 3:15p
          r"|(?<![\d:.])(?P<h4>[01]?\d|2[0-3])\.(?P<mi4>[0-5]\d)(?=\s*(?:hrs?\b|h\b|[a-z]+\s+time\b))",   # '10.00 Bangkok time'
          "|", A, r"(?P<word>noon|midday|midnight)", Z),
    _rule("policy_time", "time", "[午上班工晚早a-zA-Z]", r"上午|(?<!中)午前|(?<!中)午后|早上|(?<![周期拜])一早|中午|午饭|下午|下班|收工|晚上|傍晚|", A,
          f"(?:{END_OF_DAY_EN}|morning|afternoon|evening)", Z),
    # deadline words without a date
    _rule("vague", "vague", "[立随]", r"立即|立刻|随时(?![\u4e00-\u9fff])", weak=True),   # due cell '立即整改', '随时' (not '发现隐患立即整改')
    _rule("vague", "vague", "[尽盡近待另择未周星下本看时再汛秋麦夏a-zA-Z]", r"尽快|尽早|尽速|盡快|近期|近日|待定|待[确確][认認]|另行通知|另行[确確]定|另定|未定(?![稿案])|择期|择日|",
          r"(?<![防抗])(?:主)?汛期?(?:结束)?[前后](?![检准排巡演工物隐安大防])|[秋麦夏]收[前后]|",    # '汛后报局党组' (a season), not 汛前检查
          r"时间另约|另约时间|时间再约|再约时间|另议|时间另行安排|另行安排时间|",        # '参加设备操作培训，时间另约': a time still to be agreed
          r"(?:时间|日期|时限)\s*待[\u4e00-\u9fff]{0,6}?(?:商定|协商|[确確]定|明[确確])|待(?:双方|各方|对方)?(?:商定|协商)(?![\u4e00-\u9fff]?[稿案])|",   # '时间待双方商定'
          r"看[\u4e00-\u9fffA-Za-z\d]{1,10}?再(?:定|[确確]定|说|[议議]|决定)|",    # '看月底行情再定': decided later, not 月底
          r"(?:下|本)\s*(?:一|个)?\s*(?:迭代|冲刺|sprint|Sprint|版本周期)|",   # '下个迭代': a sprint, no day
          r"待[\u4e00-\u9fffA-Za-z\d]{1,10}?[后後]再?(?:定|[确確]定|商定|明[确確]|[议議]|商[议議]|[讨討][论論])(?![稿案型点])|",   # 待厂商回复后定, 待T2完成後再議
          r"(?:本|这|下下?|来)\s*(?:个)?\s*(?:周|星期)(?:的)?(?:中(?![心国文间期午])|[前后上下]半(?:周|段)?)|",   # 下周中, 来週前半: a part of a week, no day
          rf"(?:{NOT_NUM_BEFORE}{NUM}\s*月\s*(?:份\s*)?(?:的\s*)?)?第\s*{NUM}\s*(?:个\s*)?(?:周|星期)(?:的)?中(?![心国文间期午])|",  # 11月第3周中
          A, f"(?:{VAGUE_EN})", Z),
    # a week named by a day in it ('week of 23 Nov', 'w/c 16/6', '6月16日那周'): a period, no day of it chosen
    _rule("vague", "vague", "[wW周星拜]", A, r"(?:the\s+)?(?:week\s+(?:of|commencing|beginning|starting)|w/c)\s+(?:the\s+)?",
          rf"(?:\d{{1,2}}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?:{MONTHS_EN})\.?)?|(?:{MONTHS_EN})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|",
          r"\d{1,2}/\d{1,2})(?![\d/])|",
          rf"{NOT_NUM_BEFORE}(?:{NUM}\s*月\s*)?{NUM}\s*[日号]\s*(?:的\s*)?(?:那|这|当|所在的?)\s*(?:一\s*|个\s*)?(?:周|星期|礼拜)",
          r"(?![一二三四五六日天末1-7])"),
    # a week by its number (11月第三周, 第47周, WK47): a period without a day, like 11月中旬, never the 3rd
    # or '47 weeks'; weak: in free text ('11月第一周启动') it is a schedule, in a due cell a vague deadline
    _rule("vague", "vague", "[第wWcC]", rf"(?:{NOT_NUM_BEFORE}{NUM}\s*月\s*(?:份\s*)?(?:的\s*)?)?第\s*{NUM}\s*(?:个\s*)?周(?![一二三四五六日天末])|",
          A, r"(?:wk|cw)\s*\d{1,2}(?!\d)|(?<=in\s|by\s)(?:calendar\s+)?week\s+(?:[2-4]\d|5[0-3])(?![\d/.:])", weak=True),
    _rule("vague", "vague", "[dwDW]", r"\b(?:during|within)\s+(?:calendar\s+)?week\s+\d{1,2}(?![\d/.:])"),   # 'during week 28'
]
NEEDS = Needs([needs for *_, needs in PATTERNS])      # the patterns worth running on a line, from its characters (needs.py)
# a quick look before the patterns run: a line holding none of these has no date
TRIGGER = re.compile(rf"[\d０-９A-Za-zＡ-Ｚａ-ｚ{CN}今明后昨前周星礼月年季节假内快期定待早午晚班旬底末初号日天庆旦秋夕宵诞夜听春另夏冬雨蛰谷满芒种暑露霜寒迭立随汛]")   # 芒种, 小寒, 迭代


def normalise(text: str) -> str:
    """Full-width digits, letters and punctuation to ASCII, one character each (spans stay valid)."""
    return text.translate(_WIDTH)


def tokenize(text: str) -> list[Token]:
    """Non-overlapping tokens of a normalised line, left to right; at one place the longest match wins."""
    wanted = [PATTERNS[index] for index in NEEDS.wanted(text)]     # in PATTERNS order: it breaks ties
    if len(text) <= MAX_TOKENS:                        # too short to hold MAX_TOKENS matches of one pattern
        found = [(m.start(), m.end(), m, pattern) for pattern in wanted for m in pattern[3].finditer(text)
                 if m.end() > m.start()]
        return _longest_first(found, len(text))
    return _longest_first(*_bounded_matches(text, wanted))


def _bounded_matches(text: str, wanted: list[tuple]) -> tuple[list[tuple], int]:
    """A line flooded with dates (10月10月10月…) is read up to where one pattern has found MAX_TOKENS: beyond
    that point the patterns no longer see the same text, and no real line holds that many dates."""
    found: list[tuple] = []
    cut = len(text)
    for pattern in wanted:
        matches = list(islice(pattern[3].finditer(text, 0, cut), MAX_TOKENS))
        if len(matches) == MAX_TOKENS:
            cut = matches[-1].start()
        found += [(m.start(), m.end(), m, pattern) for m in matches if m.end() > m.start()]
    return found, cut


def _longest_first(found: list[tuple], cut: int) -> list[Token]:
    """(start, end, match, pattern) of every match -> the tokens kept, left to right: at one place the longest, and
    of equals the first in PATTERNS (the sort is stable); a Token is made for the kept ones only."""
    found.sort(key=lambda f: (f[0], f[0] - f[1]))
    chosen: list[Token] = []
    for start, end, m, (rule, kind, weak, _, _) in found:
        if start < cut and (not chosen or start >= chosen[-1].end):
            chosen.append(Token(rule, kind, start, end, m, weak))
    return chosen


def cn_number(s: str) -> int | None:
    """'12', '十二', '二十五', '廿五', '二〇二四', '两' -> int; None when it is no number."""
    if s.isdigit():
        return int(s)
    digits = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
    if s and all(c in digits for c in s) and len(s) > 1:      # 二〇二四: digit by digit
        return int("".join(str(digits[c]) for c in s))
    tens = {"十": 10, "廿": 20, "卅": 30}
    total, unit_seen = 0, False
    for i, c in enumerate(s):
        if c in tens:
            before = digits.get(s[i - 1]) if i else None
            total = total - (before or 0) + (before or 1) * tens[c] if c == "十" else total + tens[c]
            unit_seen = True
        elif c in digits:
            total += digits[c]
        else:
            return None
    return total if (unit_seen or len(s) == 1) else None

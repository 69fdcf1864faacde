"""The words of the date grammar (tokens.PATTERNS): Chinese and English numerals, weekdays, months, parts of the
day, holidays and their 前/后, Cantonese day words, spans and vague deadlines."""
from __future__ import annotations

CN = "零〇一二两三四五六七八九十廿卅"
NUM = rf"(?:\d{{1,2}}|[{CN}]{{1,3}})"
NOT_NUM_BEFORE = rf"(?<![\d{CN}./])"
MONTH_NUM = rf"(?:\d{{1,2}}(?=\s*月)|(?!零)[{CN}]{{1,3}}(?=月))"     # '9 月' may hold a space, '一月' not: '清一 月底前', '清零 月底前
NOT_NUM_AFTER = r"(?![\d.:/%])"
WD = r"(?:[一二三四五六日天末]|[1-7](?![\d:]))"
WEEKDAYS_EN = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
WEEK_AFTER = r"(?:,?\s+(?P<week>next|this)\s+week)?"          # 'Wednesday next week' = next week's Wednesday
WEEKDAY_ABBR = r"mon|tues?|wed|thur?s?|fri|sat|sun"
MONTHS_EN = (r"january|february|march|april|may|june|july|august|september|october|november|december|"
             r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec")
EN_NUMBER = r"(?:\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half an?|twenty-four)"
A = r"(?<![a-z])"   # an English word starts here (\b fails next to Chinese characters)
Z = r"(?![a-z])"
CN_CLOCK = "零一二两三四五六七八九十"
NOT_ROOM = r"(?![楼线房室门馆厅机床位窗桌仓库柜车站口码泵罐炉台井])(?!\d(?!\d?\s*[点:时]))"   # 3号楼, 5号101, but 9号17点
PERIOD_CN = r"晏昼|下昼|(?<![听今])朝早|上午|(?<!中)午后|早上|(?<![周期拜])一早|早晨|清早|清晨|中午|下午|傍晚|晚上|夜里|夜间|半夜|深夜|午夜|凌晨|(?<![今明昨当听朝])[早晚]"
# Cantonese minutes after 点 (三点踏三, 三点搭半, 三点三个字): each 字 is five minutes
CANTONESE_MINUTES = r"[踏搭]\s*(?:(?P<half2>半)|(?P<step>十一?|[一二三四五六七八九]))(?:\s*个字)?|(?P<zi>十一?|[一二三四五六七八九])\s*个字"
YUE_DAY = r"(?<![打收聆倾旁监视试偷])听|今|(?<![扩放强庞加增壮长])大后"       # tomorrow, today, in three days
YUE_PART = r"朝早?|晚黑|晚|日"                                                 # morning, evening, the whole day
NOT_A_DAY_WORD = r"(?![程常志记期子])"                                          # 听日程, 今日常
HOLIDAY_NAME = (rf"双节|(?:国庆中秋|中秋国庆)(?:节|双节)?(?:假期|长假|小长假|黄金周)?|(?:国庆|春节|元旦|五一|劳动节|清明|端午|中秋)节?(?:假期|长假|小长假|黄金周)?|十一(?:假期|长假|小长假|黄金周)|(?<![\d{CN}第月号双])十一(?=\s*(?:之|以)?前)|过年|"
                rf"(?<![\d{CN}几今明去前后每周])年|(?<![环章细情关调音])(?<!年货|艺术|文化|购物|女神|狂欢|电商|啤酒|美食|读书|科技|体育|音乐|电影|会员|品牌|店庆)节|假期|长假|放假|节假日|连休|連休|连假|連假")
HOLIDAY_BARE = (r"双节|国庆节?|国庆假期|春节|农历新年|新春|元旦节?|阳历新年|新年|五一(?:国际)?劳动节|五一|国际劳动节|劳动节|清明节?|"
                r"端午节?|中秋节?|十一(?:假期|长假|黄金周)")
CN_DAY = "一二三四五六七八九"
LUNAR_MONTH = r"十[一二]?|[一二三四五六七八九]|1[0-2]|[1-9]"
LUNAR_DAY_RX = rf"初[{CN_DAY}十]|二十[{CN_DAY}]?|三十|廿[{CN_DAY}]?|十[{CN_DAY}]?|[12]\d|30|[1-9]"
HOLIDAY_WHEN = r"前|之前|以前|后|之后|以后|结束后|回来后?|返岗后?|收假后?"
# what follows a time that describes a thing ('节前那批原料', '节后的订单'), so the time is no deadline
ATTRIBUTIVE = r"(?!\s*(?:的(?!\s*(?:最后|第|头|前|首))|[那这](?:批|个|些|份|张|台|件|笔|单|项|轮|波|几)))"
FIRST_WORKDAY = r"第一个工作日|首个工作日|第一天|上班第一天|开工第一天|第一个上班日|上班"
SPAN_UNIT_EN = r"business\s+days?|working\s+days?|work\s*days?|days?|hours?|hrs?|minutes?|mins?|weeks?|months?"
END_OF_DAY_EN = r"eod|cob|eob|end\s+of\s+(?:the\s+)?(?:business\s+)?day|close\s+of\s+business"
VAGUE_EN = (r"asap|a\.s\.a\.p\.|as\s+soon\s+as\s+possible|immediately|right\s+away|tbd|tba|tbc|"
            r"(?:up)?on\s+(?:the\s+)?arrival(?:\s+of\s+the\s+[a-z]+(?:\s+[a-z]+)?)?|"      # 'Due: upon arrival of the vessel'
            r"no\s+(?:hard|fixed|firm)\s+(?:date|deadline)|"
            r"to\s+be\s+(?:determined|confirmed|decided|announced)|"
            r"(?:schedule|timeline|timing|date|deadline)\s+(?:will\s+be|is\s+to\s+be|to\s+be)\s+(?:discussed|agreed|set|fixed)"
            r"(?:\s+later)?|"                                                                   # 'schedule will be discussed later'
            r"(?:early|mid|late)[-\s]+(?:next|this)\s+(?:week|month)|"                         # 'early next week': no day
            r"(?:next|this|the\s+following)\s+(?:sprint|iteration|release)\b|"                  # a sprint is no day
            r"before\s+(?:any|the|we)\s+[a-z][a-z\s]{2,30}?\s(?:starts?|begins?|opens?|goes\s+live)\b|"   # an undated event
            r"(?:mid|late)[-\s]+(?:january|february|march|april|may|june|july|august|september|october|"
            r"november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)")          # like 11月中旬
LETTERS = "[a-zA-Z]"
ORDINAL_EN = r"first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last|final"

# Order only breaks ties between equally long matches at one position.

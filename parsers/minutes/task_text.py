"""A task's words, cleaned of what reading its owner and date left behind: a lead-in ('另外，', '请'), a role ('负责，'),
a trailing 'by' or '完成', a note in brackets, emoji.

    clean_task('请负责完成季度对账（附件见群）') -> '完成季度对账'
"""
from __future__ import annotations

import re

from parsers.minutes.no_work import two_words
from parsers.regex_start import start_checked

LEAD_JUNK = re.compile(r"^(?:[\s,，、:：;；.。\-—–~|]+|[的于](?![确是])(?=[\u4e00-\u9fff])|(?:因为|由于|鉴于|考虑到)[^，,；;。]{0,20}[，,](?=\S)|(?:另外)?补充一[项条点][^，,；;。]{0,16}[，,](?=\S)|(?:另外|此外|请|需要|须|需|务必|将|由)(?=\S)|(?:please\s+|pls\s+)?kindly\s+|please\s+|(?:will|shall)\s+(?=[a-z])|[(（](?:me|myself|我|本人)[)）]|"
                       r"[^，,；;。]{0,20}?我(?:们)?(?:看|读|试|查|听)(?:了|过了?)(?:一下|一遍)?[，,](?=\S)|(?:还|仍|也)?不(?:够|太|大)[\u4e00-\u9fff]{1,3}[，,](?=\S)|"   # a remark: '…我看了，还不够扎实，'
                       r"(?:最近|近期|目前|现在|这两天|这几天|这周|本周)[\u4e00-\u9fff]{1,6}?(?:高|多|紧|严|少|慢|忙|频繁)[，,](?=\S)|会议(?:原则)?(?:通过|同意|决定)[^。；;，,]{2,40}[，,。]"
                       r"(?=[^。]*?(?:请|由|牵头|负责|完成)))+", re.I)   # a state: '最近查验率高，'; a decision before the ask: '会议同意…。院办公室牵头，…'
TRAIL_JUNK = re.compile(r"(?:[\s,，;；。.!！、:：|\-–—~～]|(?<=[\s,，、])[/／]+|(?<=[\s,，])(?:target|due|deadline|by|before|no later than|latest|at the latest|until(?: the)?(?: end of)?|till|"
                        r"截止|完成时间|时间节点|时间|预计|预定|计划|要求|最迟|最晚)|(?:(?<=,\s)|(?<=[，,]))(?:finish|complete|done|完成|到|[\u4e00-\u9fff]?完(?:成|毕)?|搞定|弄好|做好|办好|改好|交齐)|(?<=[\u4e00-\u9fff])(?:之前|以前))+$", re.I)
TRAIL_LAST = frozenset(",，;；。.!！、:：|-–—~～/／" "teynlf" "止间点计定划求迟晚成到前完毕好齐h")   # a TRAIL_JUNK match's last character
# who leads or helps, left in the task once the owner is read: '负责完成…', '采购中心负责，出台…', '韩雪配合完成…', '…；邓超配合'
# ('钱国栋负责盘点…' -> '盘点…'; '牵头，各项目部配合，组织…' -> '组织…')
ROLE_LEFTOVER = re.compile(r"^(?:[\u4e00-\u9fff]{1,8}?(?:部|科|中心|室|处|局|办|团队|单位))?(?:要|须|需)?(?:负责|牵头)(?!人)[，,、]?\s*(?=\S)|^[\u4e00-\u9fff]{2,6}?(?:配合|协助)(?=\S)|"
                           r"(?:(?<=[，,；;、(（])|^)\s*[^，,；;。、\s()（）]{1,12}?(?:配合|协助|协同|协办)\s*(?=[，,；;。)）]|$)|"
                           r"(?<=[，,；;])\s*(?:同志|老师)?\s*(?:具体|全面|亲自)?\s*(?:负责|牵头)\s*$|"   # '…，(谢婉清)同志具体负责'
                           r"[，,；;]\s*(?!请)[^，,。；;\s()（）]{1,8}?(?:协助|配合)[^，,。；;()（）]{1,12}$|"     # '…，小俞协助数据汇总': a helper's share
                           r"[【\[(（]\s*(?:会同|配合|协助|协同)[^】\]()（）]{1,10}[】\])）]")    # '【会同信息科】对…': the unit that helps
# a note in brackets closing the task, but not what names the thing itself: a platform or version ('(Android 12)', '（iOS 17）'),
# a draft ('（征求意见稿）')
# a note after the task: a bracket, or a question put to someone by name in a sentence of its own ('…, ASAP. Wenlan, can
# you decide who takes this?')
TRAILING_NOTE = re.compile(r"\s*[(（](?![A-Za-z]+\s?v?\d+(?:\.\d+)*[)）]|[^()（）]{0,6}稿\s*[)）])[^()（）]*[)）]\s*$|"
                           r"\s*[(（]\s*[(（][^()（）]*[)）]\s*[)）]\s*$|"     # '…跟踪（（如…顺延…））': a bracket its label left empty
                           r"(?<=[.。!！])\s*[^\s,，.。!！?？]{1,20}[,，]\s*[^.。!！?？]{2,80}[?？]\s*$")
EMOJI = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2300-\u23FF\ufe0f\u200d\u20e3]+")
DOUBLED_COMMA = re.compile(r"(?:\s*(?:——|--|—)\s*)?([，,；;])(?:\s*[，,；;])+|\s*(?:——|--|—)\s*([，,；;])")   # (a dash left before it)
TRAIL_JUNK, TRAILING_NOTE = map(start_checked, (TRAIL_JUNK, TRAILING_NOTE))


# the old day a due moved from, left once the new day is read: '设备安装完成时间由8月14日调整为(8月18日)' -> '设备安装完成'
MOVED_FROM = re.compile(r"(?:时间|日期|时限|节点)?由[^，,。；;]{2,16}?(?:调整|改|变更|推迟|延后|延期|顺延|提前)(?:为|到|至)\s*$")
DUE_REMARK = re.compile(r"\s*（\([^()（）]*\)）")       # a due label's remark left in the brackets its label was read from


def clean_task(text: str) -> str:
    """The deliverable without the leftovers of owner and date decorations (emoji such as 👉 ⚠️ are decoration)."""
    text = " ".join(EMOJI.sub(" ", text).replace("（）", "").split())     # '放寒假前（）': the date cut from its brackets
    text = MOVED_FROM.sub("", text) if "由" in text else text
    text = DUE_REMARK.sub("", text) if "（(" in text else text     # '…field test（(ship from Rizhao by then)）': its due's
    text = DOUBLED_COMMA.sub(lambda m: m.group(1) or m.group(2), text) if DOUBLED_COMMA.search(text) else text
    if text.count("（") > text.count("）"):         # '（10日，，…': a bracket whose date and closer were cut out
        text = re.sub(r"（[^（）]{0,12}?[，,]+", "", text, count=1)
    while True:
        cleaned = _without_role(LEAD_JUNK.sub("", text))
        cleaned = DOUBLED_COMMA.sub(lambda m: m.group(1) or m.group(2), cleaned) if "，，" in cleaned else cleaned   # ('…，柴主管配合，…')
        cleaned = TRAIL_JUNK.sub("", cleaned) if may_trail(cleaned) else cleaned
        stripped = TRAILING_NOTE.sub("", cleaned)
        if stripped != cleaned and two_words(stripped):
            cleaned = stripped
        if cleaned == text:
            return text.strip()
        text = cleaned


def may_trail(text: str) -> bool:
    """Whether TRAIL_JUNK can match: its matches end the text, so its last character must end one of them."""
    last = text[-1:]
    return last.isspace() or last.lower() in TRAIL_LAST


def _without_role(text: str) -> str:
    """ROLE_LEFTOVER cut out; a text without 负责, 牵头, 配合 or 协 holds none of its matches (a look before the search)."""
    return ROLE_LEFTOVER.sub("", text) if "负责" in text or "牵头" in text or "配合" in text or "协" in text or "会同" in text else text

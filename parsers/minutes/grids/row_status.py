"""Whether a tracked row is done ('已完成（延期2天）', 'Done', '100%'; not '进行中（已完成60%）' nor '已完成初稿'), and the
day a row put off gives itself ('延期（预计5月12日完成）')."""
from __future__ import annotations

import re

from parsers.minutes.lines.held import hint
from parsers.minutes.lines.inline import is_done

MARK_LEAD = re.compile(r"^[^\w%]+")
FULL_PERCENT = re.compile(r"100\s*%")
PERCENT = re.compile(r"\d+\s*%")
FIRST_STAGE = re.compile(r"^已?完成了?(?:初稿|草稿|初版|一稿|一半|大半|部分|前期|初步|首批|第[一二三1-3])|"   # where it stands
                         r"^[^，,。；;]{0,8}?(?:初稿|草稿|初版|一稿|一半|大半|部分|前期|初步|首批)(?:已经?|都已|均已)?完成")   # '方案初稿已完成'
PART_DONE_REST_WAITS = re.compile(r"^(?!全部|所有|全|均|都)[^，,。；;\s]{1,8}?(?:已经?|均已|都已)完成\s*[，,；;]\s*(?:尚|还|仍)?(?:待|需|未)")   # '方案已完成，待实施'
STATUS_DONE = re.compile(r"(?:已完成|完成|已关闭|关闭|已解决|已结束|已取消|取消|已(?:整改|处理|落实|办结|闭环|修复|上线)|"
                         r"(?:対応)?済み?$|完了|"                       # Japanese-style: '済', '対応済み', '完了'
                         r"done|completed|closed|finished|resolved|"
                         r"cancell?ed)(?![\d%])", re.I)
# what a status that says done holds one of (STATUS_DONE, inline.is_done's 已 and DONE_WORD, FULL_PERCENT's %)
STATUS_NEEDS = hint("已完关解结取済%dDcCfFrR")
NEW_DAY = re.compile(r"(?:预计|改为|改到|调整为|调整到|[延推顺]\w?[至到]|expected|now|moved\s+to|until)\s*(?:于|在)?\s*"   # not '原定4月30日'
                     r"(?:\d{1,2}\s*[月/.\-]\s*\d{1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2})", re.I)
DELAYED = re.compile(r"延期|推迟|顺延|改期|延后|postponed|delayed|moved", re.I)   # '延期（预计5月12日完成）': a new day


def status_done(status: str) -> bool:
    """'已完成（延期2天）', 'Done', 'closed' - but not '进行中（已完成60%）' nor '已完成初稿'."""
    status = status.strip()
    if not STATUS_NEEDS.search(status):
        return False                               # '进行中', '10月12日前': nothing that says done
    if FIRST_STAGE.match(status) or PART_DONE_REST_WAITS.match(status):
        return False                               # '已完成初稿', '方案已完成，待实施': a stage of the row's work, not the row
    if FULL_PERCENT.fullmatch(status):
        return True
    return bool(STATUS_DONE.match(status)) or is_done(status) and not PERCENT.search(status)


def done_in_due(due: str) -> str:
    """A finished row may say so in its due cell ('✅已完成', 'Done'), beside a status column or without one."""
    mark = MARK_LEAD.sub("", due.strip())
    return mark if mark and status_done(mark) else ""


def revised_due(status: str, due: str) -> str:
    """The day a row put off gives in its status ('延期（预计5月12日完成）'), else its due cell."""
    return status if DELAYED.search(status) and NEW_DAY.search(status) else due

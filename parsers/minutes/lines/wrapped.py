"""Items wrapped over lines joined back into one: an indented continuation, a label line inside a bracket left open,
a line cut at a fixed-width client's margin, the lines under an 'ACTION ITEM (name)' line alone; not a line heading a
record or a list of its own.

    join_wrapped(['1. …同步更新WMS系统中的', '   库位主数据，10月20日前完成']) -> ['1. …同步更新WMS系统中的库位主数据，10月20日前完成']
"""
from __future__ import annotations

import re

from parsers.minutes.grids.records import RECORD_HEAD
from parsers.minutes.lines.cues import ACTION_LINE
from parsers.minutes.lines.inline import PICTOGRAPH, list_marker, take_labels
from parsers.minutes.lines.sections import heading, sets_meeting
from parsers.minutes.lines.spaced_table import display_width

ACTION_ALONE = re.compile(r"\s*(?:action\s+items?|actions?|AI|to-?dos?|待办(?:事项)?|行动项)\s*[(（][^()（）]{2,30}[)）]\s*[:：]?\s*$", re.I)
DAY_OPENS = re.compile(r"\s*\d{1,2}\s*[日号]")      # '5日（周五）…' under a line that ends in its month
CONTINUES = re.compile(r"\s*(?:之前|以前|前(?![\d一二两三四五六七八九十几半]|[\u4e00-\u9fff]{0,2}(?:期|面|台|端|提|后|往|任|天|日|年))|为止|以内)")   # no line opens on these
SENTENCE_ENDS = tuple("。；;！!？?，,：:")
LABEL_OPENS = re.compile(r"\s*[^\s:：，,。]{1,12}[:：]")      # 'Owner: …', '责任人：…': a label line, never a wrapped half
WRAP_CJK, WRAP_LATIN = 18, 60     # an item line at least this long that stops mid-sentence may have been wrapped


def join_wrapped(lines: list[str], markers: list[tuple[str, str]] | None = None) -> list[str]:
    """A list item wrapped over two lines is one line: an indented line that is no list item itself, right
    under a list item and indented deeper than it, continues it ('1. …同步更新WMS系统中的' + '   库位主数据，10月20日前完成');
    a label line continues it too when the item leaves a bracket open ('…确认（澳门办，' + '   时间：本周四前）。') or a
    sentence ('…，由陈佳怡负责，' + '   时间：下周三前。'), and
    so does a sub-number inside that bracket ('…切换（（1）数据迁移，5月25日前；' + '   （2）培训，6月1日前）').
    `markers`: list_marker of each line when the caller has read them already."""
    out: list[str] = []
    above_kind, widest, in_action = "", 0, False   # list_marker(out[-1])[0]; the widest line above the last
    for index, line in enumerate(lines):
        if index > 1 and (markers[index - 2] if markers else list_marker(lines[index - 2]))[0]:
            widest = max(widest, display_width(lines[index - 2].strip()))      # raw list lines: none is past the margin
        indent = len(line) - len(line.lstrip())
        above = out[-1] if out else ""
        kind = (markers[index] if markers else list_marker(line))[0] if line.strip() else ""
        if line.strip() and above.strip() and not kind and not _only_labels(line) and \
                (in_action or ACTION_ALONE.match(lines[index - 1] if index else "")):   # 'ACTION ITEM (Lynn Zhu)' over its lines
            out[-1] = above.rstrip().rstrip(":：") + (": " if not in_action else " ") + line.strip()
            in_action = True
            continue
        in_action = False
        if line.strip() and above.strip() and above_kind not in ("", "checked") and \
                not (above_kind == "action" and (indent or not line.strip()[:1].islower()) and not _bracket_open(above)) and \
                (not kind or indent and _bracket_open(above) or _month_then_day(above, line)) and \
                (not _only_labels(line) or _bracket_open(above) or indent and above.rstrip().endswith(("，", ","))) and \
                not _heads_record(line, lines[index + 1:index + 2]) and \
                (indent > len(above) - len(above.lstrip()) if indent else
                 _cut_at_margin(above, line, widest) and (_bracket_open(above) or not _heads_list(line, lines[index + 1:index + 2]))) or \
                _clause_to_come(above, above_kind, line, kind) or _cut_mid_phrase(above, line, kind):
            last, first = above.rstrip()[-1:], line.strip()[:1]     # '（7月' + '17日前）': Chinese wraps without a space
            glue = "" if _cjk(last) and (_cjk(first) or first.isdigit()) or last.isdigit() and _cjk(first) else " "
            out[-1] = above.rstrip() + glue + line.strip()
            above_kind = list_marker(out[-1])[0]
        else:
            out.append(line)
            above_kind = kind or ("action" if ACTION_LINE.match(line.strip()) else "")   # 'AI: Joy – send the … list' over 'list, by Friday'
    return out


def _clause_to_come(above: str, above_kind: str, line: str, kind: str) -> bool:
    """'研发部樊工：两个基地的土样检测报告汇总后出一份对比分析，' + '月底前给孟博。': a line of prose that stops on a comma
    goes on in the plain line below it (no heading, label or meeting of its own)."""
    return not above_kind and not kind and above.rstrip().endswith(("，", ",")) and len(above.strip()) >= WRAP_CJK and \
        bool(line.strip()) and heading(line.strip()) is None and not _only_labels(line) and not sets_meeting(line.strip())


def _cut_mid_phrase(above: str, line: str, kind: str) -> bool:
    """'…新品样机6月中旬' + '前完成装机测试。' (no line opens on 前), '…（訾主管，完成时限：' + '6月5日（周五）前…）', an
    indented line of prose that stops mid-sentence over one indented as much: a line cut inside a phrase, whatever the
    margin — the line below goes on with it."""
    if kind or not line.strip() or not above.strip():
        return False
    indent = len(line) - len(line.lstrip())
    return bool(CONTINUES.match(line)) or _bracket_open(above) and above.rstrip().endswith(("：", ":", "，", ",")) or \
        bool(indent) and indent == len(above) - len(above.lstrip()) and not list_marker(above)[0] and \
        len(above.strip()) >= WRAP_CJK and not above.rstrip().endswith(SENTENCE_ENDS) and _cjk(above.rstrip()[-1:]) and \
        _cjk(line.strip()[:1]) and not LABEL_OPENS.match(line) and not LABEL_OPENS.match(above)   # '  …，7月10日前' + '  完成…。'



def _month_then_day(above: str, line: str) -> bool:
    """'…（时间节点：12月' + '5日（周五）下班前）': a date cut after its month, its day no list number."""
    return above.rstrip().endswith("月") and bool(DAY_OPENS.match(line))


def _heads_record(line: str, below: list[str]) -> bool:
    """'Action Item 2' over 'Owner: …' / 'Due: …' lines: a short line heading the labelled record under it."""
    return bool(below) and bool(RECORD_HEAD.fullmatch(line.strip())) and _only_labels(below[0])


def _bracket_open(text: str) -> bool:
    """'…确认（澳门办，' : a bracket the line leaves open, so the label line below ('时间：本周四前）。') is inside it."""
    return sum(text.count(c) for c in "(（") > sum(text.count(c) for c in ")）")


def _cut_at_margin(above: str, line: str, widest: int = 0) -> bool:
    """A list item cut by a client that wraps at a fixed width, its rest at the margin: a long item line that stops
    mid-sentence (no closing punctuation), then a line that is no heading or label; not one shorter than a line above
    it, which the margin did not cut ('5.劳保鞋码数统计 …报行政' under longer phone-typed lines), unless it ends in a
    comma."""
    text = list_marker(above)[1]
    wide = len(text) >= WRAP_CJK if _cjk(text[-1:]) else len(text) >= WRAP_LATIN
    wide = wide and display_width(above.strip()) > widest - (10 if _cjk(text[-1:]) else 16)    # (5 characters short: no margin cut it)
    wide = wide or text.endswith("，") and len(text) >= WRAP_CJK     # '…检查表补齐，' + '报安监部白工备案。': a clause to come
    return wide and not re.search(r"[。；;！!？?：:.)）]$", text) and heading(line.strip()) is None and \
        not PICTOGRAPH.match(line.strip()) and \
        not sets_meeting(line.strip())             # '元旦后4号下午大家再碰一下' under the last item: the next meeting


def _heads_list(line: str, below: list[str]) -> bool:
    """'小付' at the margin over '  - …' indented deeper: the line heads that list, it continues nothing (a line that
    ends a sentence, '系统账号权限进行全面清理（8月7日前）。' over '    三、…', is the rest of the item above)."""
    under = below[0] if below else ""
    return bool(list_marker(under)[0]) and len(under) - len(under.lstrip()) > len(line) - len(line.lstrip()) and \
        not line.rstrip().endswith(("。", "；", ";"))


def _only_labels(line: str) -> bool:
    """'   Owner: Yifan', '   截止时间：10月17日', 'ETA: TBD': a label line under an item, read as the item's labels."""
    labels = take_labels(line)
    return bool(labels.owner or labels.due) and not re.search(r"[^\W_]", labels.rest) or \
        bool(re.match(r"\s*[^\W\d_][\w ]{0,11}(?:\s*[(（][^()（）]{1,20}[)）])?\s*[:：]", line))    # 'AI (Lukas): …'


def _cjk(ch: str) -> bool:
    return bool(ch) and ("\u4e00" <= ch <= "\u9fff" or ch in "，。；：（）、")

"""Label lines under an item ('责任单位：… 责任人：… 完成时限：…', '负责人：张三  截止：11月8日'): they give the item above its
owner and due, or make the heading above them one item. Used by reader.py as it walks the lines."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from parsers.context import Context
from parsers.dates.due import find_due
from parsers.minutes.grids.columns import column_role
from parsers.minutes.grids.records import kv_label
from parsers.minutes.lines.cues import labels_below
from parsers.minutes.lines.inline import DUE_THEN_WORK, due_first, is_done, list_marker, take_labels
from parsers.minutes.items import OWNER_UNDECIDED, read_item
from parsers.minutes.task_text import clean_task
from parsers.minutes.owning.owners import Owner, leading_owner, read_owner
from parsers.minutes.owning.dash_fields import between_dashes
from parsers.minutes.owning.roles import lead_part

STATUS_LABEL = re.compile(r"^\s*(?:status|state|状态|狀態|进展|進展)\s*[:：]\s*(?P<value>\S.*)$", re.I)
STATED_WORK = re.compile(r"^\s*(?:工作要求|具体要求|任务要求|工作内容|具体任务|工作任务|任务内容|办理要求)\s*[:：]\s*(?P<value>\S.*)$")
STANDING = re.compile(r"\s*(?:长期|长期坚持|常态化|常态|日常|经常性|持续)\s*$")
DETAIL_WORDS = re.compile(r"[A-Za-z]+|[\u4e00-\u9fff]{2}")     # a detail says something: three words or six characters
BRACKETED_PERSON = re.compile(r"[(（](?P<who>[^()（）]{2,40})[)）]")
CIRCLED = re.compile(r"(?P<mark>[\u2460-\u2473])(?P<text>[^\u2460-\u2473]+)")   # '①修订…；②组织…'
HELPER_PART = re.compile(r"[；;，,、\s]*(?:配合|协助|协办|协作|支持)(?:单位|部门|人)?\s*[:：]")
ABOUT_TOPIC = re.compile(r"关于(?P<topic>[^。；;，,：:]{2,30}?)[。；;，,：:]")   # '一是关于X。…': the topic X
ACTION_CODE = re.compile(r"\s*[A-Z]{1,2}-?\d{1,3}\s")
MEETING_SAYS = re.compile(r"\s*(?:会议|会上)(?:要求|强调|指出|明确|同意|决定|认为)")
AFFILIATION = re.compile(r"(?<=[^\s(（])\s*[(（][^()（）]{1,40}[)）]\s*$")     # a bracket closing a label line (not the
#                                                                               line itself: '（责任单位：办公室；责任人：曾国平）')

if TYPE_CHECKING:
    from parsers.minutes.found import Found     # what reader.py has found so far: .items, .last_text


def heading_with_labels(plain: str, line: str, ctx: Context, found: Found) -> bool:
    """'（一）关于…。会议要求对B区…检修。' then '责任单位：仓储部　责任人：韦志远　完成时限：10月31日前': one item."""
    status = STATUS_LABEL.match(line)
    if status and is_done(status.group("value")):
        return True                                # '4. 热处理炉温控系统年度校准' over '状态：已完成（5月8日）': no item
    labels = take_labels(line)
    if not (labels.owner or labels.due or labels.unit) or re.search(r"[^\W_]", labels.rest) and not _timed(labels, ctx):
        return False
    labelled = _without_affiliation(list_marker(line)[1]) if labels.owner and not labels.due else list_marker(line)[1]
    item = _with_label_person(read_item(f"{plain}（{labelled}）", ctx), line, ctx)
    if item:
        found.items.append(item)
        found.last_text = f"{plain}（{labelled}）"
        found.completed = True
    return bool(item)


def unlabelled(line: str, after, ctx: Context | None = None) -> bool:
    """Neither the line nor the one below it gives a unit, a person or a time limit ('责任单位：…', '完成时限：…'), nor
    does the line say who does what by when in its own words ('3.区住建局提供…图纸，节后第一个工作日提供。')."""
    own = take_labels(line)
    if own.owner or own.unit or own.due or labels_below(after):
        return False
    item = read_item(list_marker(line)[1], ctx, strict=True) if ctx else None
    return not (item and item.due_date)


def _without_affiliation(line: str) -> str:
    """'Person in charge: Park Jiho (Hanil Engineering)': the person, without the firm in brackets after the name."""
    return AFFILIATION.sub("", line)


def completes_last_item(line: str, ctx: Context, found: Found) -> bool:
    """'负责人：张三  截止：11月8日' on the line(s) after '1. 完成接口联调': the last item's owner and due."""
    if not found.items or not found.last_text:
        return False                               # (no item above to complete: nothing to read)
    status = STATUS_LABEL.match(line)
    if status and is_done(status.group("value")):
        return _finished(found)                    # 'Status: Closed' under '[HW-219] …' (its Assignee/Due read): done
    labels = take_labels(line)
    if re.search(r"[^\W_]", labels.rest) and not (due_first(line) or _timed(labels, ctx)) or \
            not (labels.owner or labels.due or labels.unit):   # 'Due: within 24 hours，这个是 blocker': a note after the due
        return False
    earlier = take_labels(found.last_text)
    if labels.owner and earlier.owner or labels.due and earlier.due:
        return False                               # that label was given already: this line is something else
    if labels.due and CIRCLED.match(labels.due) and len(CIRCLED.findall(found.items[-1].task)) > 1:
        return _one_due_each(line, ctx, found)     # '①修订…；②组织…' over '完成时限：①3个工作日内；②5月15日前'
    item = read_item(f"{found.last_text}（{line}）", ctx, owner_hint=Owner.of(found.items[-1].owner))
    if item and not (item.owner and item.owner.name) and STANDING.match(labels.due or ""):
        found.items.pop()                          # '责任单位：办公室' / '完成时限：长期': a standing duty, no task
        found.last_text = ""
        return True
    item = _with_label_person(item, line, ctx)
    work = item and labels.due and DUE_THEN_WORK.match(labels.due)     # '完成时限：4月15日前完成施工方案并报院办公室'
    topic = work and not re.search(r"[(（]", work.group("when")) and ABOUT_TOPIC.search(found.last_text)
    if topic:                                      # under '一是关于高原病诊疗中心改造。会议同意…': the work, of that topic
        item = replace(item, task=clean_task(f"{topic.group('topic')}：{work.group('work')}"))
    if item:
        found.items[-1] = item
        found.last_text = f"{found.last_text}（{line}）"   # '负责人：…' and '截止：…' may come on two lines
        found.completed = True
    return bool(item)


def _one_due_each(line: str, ctx: Context, found: Found) -> bool:
    """The item above split at its ①② parts, each with the due its mark is given on this label line."""
    last = found.items.pop()
    dues = {m.group("mark"): m.group("text").strip(" ；;，,。") for m in CIRCLED.finditer(line)}
    for part in CIRCLED.finditer(last.task):
        item = read_item(f"{part.group('text').strip(' ；;，,。')}（截止：{dues.get(part.group('mark'), '')}）", ctx,
                         owner_hint=Owner.of(last.owner))
        found.items.extend([replace(item, owner=item.owner or last.owner, flags=last.flags if not item.owner else item.flags)]
                           if item else [])
    found.last_text, found.completed = "", True
    return True


def _with_label_person(item, line: str, ctx: Context):
    """'主责：设备能源部（王海涛）；配合：热轧厂', '责任单位：物资供应部（邢志强）', '责任单位：市场经营部（聂文斌牵头，财务部
    柯美玲配合）': the (leading) person a unit label names in brackets answers for the item above when its prose gives it
    to the unit only ('由设备能源部牵头…'); never a helper."""
    if not item or item.owner and item.owner.name:
        return item
    lead = HELPER_PART.split(line, maxsplit=1)[0]
    owners = (read_owner(lead_part(m.group("who")), ctx.roster, ctx.known, "none") for m in BRACKETED_PERSON.finditer(lead))
    person = next((owner.person for owner in owners if owner and owner.person and owner.person.name), None)
    return replace(item, owner=person, flags=tuple(f for f in item.flags if f != "no_owner")) if person else item


def describes_last_item(line: str, found: Found, ctx: Context | None = None) -> bool:
    """'1) Radio test samples' / 'Owner: Kai' / 'Due: 3/20' / 'Ship 3 DVT2 samples to the lab': a plain line right under
    the labels that completed an item says what the work is; the topic keeps its place before it. A line labelled as
    the work ('工作要求：完成…摸底，形成书面报告。') under a titled point's labels is the task itself."""
    stated = STATED_WORK.match(line)
    if found.items and stated:
        found.items[-1] = replace(found.items[-1], task=stated.group("value").strip().rstrip("。.；;"))
        return True
    if not found.items or len(DETAIL_WORDS.findall(line)) < 3 or MEETING_SAYS.match(line) or ACTION_CODE.match(line):
        return False                               # ('会议要求，节日期间严格执行…': what the meeting says, to all; 'A2  Issue
        #                                            the report.': the next action, by its code)
    last = found.items[-1]
    work = read_item(line, ctx, owner_hint=Owner.of(last.owner)) if ctx and not last.due_text else None
    found.items[-1] = work if work and work.due_date else replace(last, task=f"{last.task}: {line.strip()}")
    return True                                    # ('主责：X…' over '梳理…清单，劳动节前报公司。': the day is the work's)


def detail_above_labels(line: str, after, found: Found) -> bool:
    """'1. 确认订单交期' / '客户：巴西Cabelo Real，PO-2606-031' / '负责人：刘思远　截止：6月12日前': a field of no role of
    ours between an item and the labels that complete it tells which one it is (the task: '确认订单交期：巴西…'; in
    brackets, clean_task would cut it as a remark)."""
    labelled = kv_label(line) if found.items and found.last_text else None
    last = found.items[-1] if labelled else None
    if not last or column_role(labelled[0]) or last.owner or last.due_text or last.task not in found.last_text or \
            not labels_below(after):
        return False
    found.items[-1] = replace(last, task=f"{last.task}：{labelled[1]}")
    found.last_text = f"{found.last_text}：{labelled[1]}"
    return True


def _finished(found: Found) -> bool:
    """The last item is reported finished by a status line below it: it asks for nothing."""
    found.items.pop()
    found.written.pop(len(found.items), None)
    found.outside.discard(len(found.items))
    found.last_text = ""
    return True


def _timed(labels, ctx: Context) -> bool:
    """'- PIC : Ben, schedule will be discussed later': what follows the owner label is only when (vague or not)."""
    if not labels.owner or labels.due or not labels.rest or ctx.sent is None:
        return False
    due = find_due(labels.rest, ctx.sent, ctx.calendar, ctx.holiday)
    return bool(due) and not re.search(r"[^\W_]", labels.rest.replace(due.text, ""))


def item_not_heading(line: str, marker: tuple[str, str], numbered: bool, after, ctx: Context) -> bool:
    """A list line whose words name a section is an item when labels follow it ('2. 台账与规划数据核对' over '责任单位：…'),
    when it says its owner is still to be named, or when it opens with a person we know and goes on with their work
    ('2. 包晓红安排节日期间热线增加2个坐席')."""
    if (numbered or line[:1] in "■□◆◇●") and labels_below(after):
        return True
    text = marker[1].strip()
    if numbered and OWNER_UNDECIDED.search(text):
        return True                                # '4. 整理会议录音中提到的数据问题清单（未指定负责人）': work, no owner yet
    text = text[1:] if text[:1] in "@＠" else text     # '5. @乌日娜 向客户发送会议确认函': a mention names the person
    dashed = marker[0] and between_dashes(text, ctx, True)
    if dashed and (dashed[0].person or dashed[0].department):
        return True                                # '2. 审核日程确认及接待安排 —— 总务部': its owner's field
    by = text.startswith("由")                    # ('3. 由宋主管重新安排入库计划' as much)
    found = leading_owner(text[by:], ctx.roster, ctx.known) if marker[0] else None
    rest = text[by + found[1]:].strip() if found and found[0].person and found[0].person.email else ""
    return len(rest) > 6 and not rest.endswith((":", "："))      # ('王芳工作安排：' heads her list)

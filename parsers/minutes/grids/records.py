"""A record — one table row, or one block of 'label：value' lines — read as action items.

    事项一：发布会场地确认            Record(task='发布会场地确认', owner='郭晓明',
    负责人：郭晓明               ->         due='2024年11月8日', status='进行中')
    截止时间：2024年11月8日
    状态：进行中

A cell that lists several actions ('①…②…') is the task cell even where another column is named more like one
(外部沟通跟进表: 沟通事项 | 解决方案/进展). A record's 负责人 owns every item of its task cell that names nobody else ('①技术部刘洋评估…②10月12日反馈…'
-> 刘洋, then the row's 杨帆); a record whose status says 已完成 asks for nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from parsers.minutes.grids.columns import (BARE_TIME_RANK, DEPT, DONE_AT, DUE, HELD, ITEM_ROLES, OWNER, STATUS, TASK, TITLE,
                                     WEAK_TASK_RANK, column_role)
from parsers.context import Context
from parsers.minutes.grids.counterpart import counterpart, their_step
from parsers.minutes.lines.inline import CIRCLED, list_marker, split_inline
from parsers.minutes.items import read_item
from parsers.model import Item, Person
from parsers.minutes.owning.joint_owners import co_owners
from parsers.minutes.owning.owner_steps import SELF_LABEL
from parsers.minutes.owning.roles import LEAD, SUPPORT
from parsers.minutes.owning.owners import Owner, read_owner
from parsers.minutes.owning.surname_owner import by_surname
from parsers.minutes.grids.row_status import done_in_due, revised_due, status_done
from parsers.minutes.grids.step_owners import owner_each

ORDINAL_END = re.compile(r"\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})$")     # 'Topic 2', '议题三': the label's own number
KV_LINE = re.compile(r"^\s*(?P<label>[^：:，,。；;！？!?\s][^：:，,。；;！？!?]{0,15}?)\s*[：:]\s*(?P<value>.*)$")
LABEL_GAP = re.compile(r"\s+[/|｜]\s+|\s{2,}|　+|[;；]\s*")
CLOCK_SPAN = re.compile(r"\d{1,2}[:：]\d{2}\s*[-~～–—至到]\s*\d{1,2}[:：]\d{2}")   # '时间：…14:00-16:30': the hours a meeting sat
EMPTY_CELL = re.compile(r"^[\s\-–—/\\_.。无N/A]*$", re.I)

NOTE_LABEL = re.compile(r"备注|说明|remarks?|notes?|comments?", re.I)
STANDING = re.compile(r"长期(?:有效|坚持|执行)?|常态化?|持续|日常|ongoing", re.I)     # a due cell of a standing duty
A_RULE = re.compile(r"制度|规定|纪律|规范|严格执行|严格落实|遵守|严禁|不得")       # …and a task that states a rule
PEOPLE_JOINED = re.compile(r"[、,，/／&+＋和及与]|\s\S")     # what joins two names in one cell (co_owners.JOINT's marks)
STEP_DUE = re.compile(r"^([^:：\d]{2,20})[:：]\s*(\S.*)$")
# read on every row and record line (compiled once: a module-level re call looks its pattern up each time)
DIGIT = re.compile(r"\d")
CLOCK_IN_LABEL = re.compile(r"\d{1,2}[:：]\d{2}")          # '14:30' is no 'label：value'


@dataclass(frozen=True)
class Record:
    values: dict[str, str]                                   # role -> the best-ranked cell of that role
    pairs: tuple[tuple[str, str], ...] = field(default=())   # every (label, value), for the meeting facts


def record_items(record: Record, ctx: Context) -> list[Item]:
    """The open items a record asks for (none when its status is done)."""
    task, pieces = _listing_cell(record, record.values.get(TASK, "").strip())
    status = record.values.get(STATUS, "") or _done_in_note(record)
    done_at = record.values.get(DONE_AT, "")
    if not task or EMPTY_CELL.match(task) or (status and status_done(status)) or DIGIT.search(done_at) or \
            TICKED_CELL.match(done_at) or YES_CELL.fullmatch(done_at) or \
            done_in_due(record.values.get(DUE, "")):
        return []                                  # done: by its status or due cell, or by the day it was actually done
    owner = _row_owner(record, ctx)
    due = revised_due(status, record.values.get(DUE, ""))       # '延期（预计5月12日完成）' beside the first plan
    if STANDING.fullmatch(due.strip()) and not (owner and owner.person) and A_RULE.search(task):
        return []                                  # '严格执行…审批制度 | 各部门 | 长期': a standing rule, nobody's task
    due = "待定" if WAITS_ON.fullmatch(due.strip()) else due       # '待厂家确认': no day until someone confirms it
    due = "" if EMPTY_CELL.match(due) else due
    steps = _due_steps(due) if len(pieces) == 1 else []
    if steps:                                         # '①方案修改完善：10月20日前；②组织专家论证：10月下旬'
        return [i for i in (read_item(f"{pieces[0]}：{label}", ctx, owner_hint=owner, due_hint=day)
                            for label, day in steps) if i]
    if len(pieces) == 1:
        item = read_item(pieces[0], ctx, owner_hint=owner, due_hint=due)   # an unread due cell ('下次会议前') is kept:
        if item and not item.due_text and due.strip():                      # the next meeting may date it
            item = replace(item, due_text=due.strip())
        return [item, *_shared_cell(item, record, ctx)] if item else []
    them = counterpart(record.pairs, ctx)             # '①对方提供…': the other side's contact (counterpart.py)
    steps = [(their_step(p), them) if them and their_step(p) else (p, owner) for p in pieces]
    steps = owner_each(steps, cell_items(record.values.get(OWNER, "")),   # '①丘美玲/廖志强 ②廖志强/罗锦辉': one each
                       lambda cell: _row_owner(replace(record, values={**record.values, OWNER: cell}), ctx))
    dues = cell_items(due) if due else []             # '①2月27日前 ②3月2日' beside '①… ②…': each its own, which
    if len(dues) == len(pieces):                      # beats a day the sub-task names ('…装运期改到11月15日')
        return [i for i in (read_item(p, ctx, owner_hint=o, due_hint=d) for (p, o), d in zip(steps, dues)) if i]
    return [i for i in (read_item(p, ctx, owner_hint=o, due_fallback=due) for p, o in steps) if i]


def _shared_cell(item: Item, record: Record, ctx: Context) -> list[Item]:
    """'蒋国栋、潘志强' in the owner cell: the same item for the second person too, unless the cell, its column
    ('主责/配合') or another cell of the row ('主责唐毅，林小雨配合') says who only helps."""
    cell = record.values.get(OWNER, "")
    if not PEOPLE_JOINED.search(cell):
        return []                                  # one name: nobody shares the row
    header = _column_of(record, cell)
    if not item.owner or not item.owner.name or SUPPORT.search(cell) or LEAD.search(cell) or SUPPORT.search(header) or \
            SUPPORT.search(record.values.get(DEPT, "")):       # '电子商务科（主责）、外经贸科（配合）' beside '韩雪莲、全恩惠'
        return []
    notes = " ".join(value for _, value in record.pairs if value != cell)
    others = [o.person for o in co_owners(cell.strip(), ctx) if o.person and o.person.name != item.owner.name]
    return [replace(item, owner=Person(p.name, p.email, p.department)) for p in dict.fromkeys(others)
            if not re.search(rf"{re.escape(p.name)}\s*(?:配合|协助|协办|支持)", notes)]


def _column_of(record: Record, cell: str) -> str:
    """The label (table header or record field) a cell was written under ('主责/配合'), '' when none."""
    return next((label for label, value in record.pairs if value == cell), "")


def _due_steps(due: str) -> list[tuple[str, str]]:
    """[(step, its date)] of a due cell that numbers steps each with its own date ('①图纸会审：3月18日前；②现场交底：
    3月下旬'); [] for any other due cell."""
    if ":" not in due and "：" not in due:
        return []                                  # each step names itself before a colon
    parts = [STEP_DUE.match(piece.strip()) for piece in cell_items(due)]
    return [(m.group(1).strip(), m.group(2).strip()) for m in parts] if len(parts) > 1 and all(parts) else []


def _done_in_note(record: Record) -> str:
    """A table without a status column may say '已完成' in its 备注/remarks cell: read that as the status."""
    return next((v for label, v in record.pairs if NOTE_LABEL.search(label) and status_done(v.strip())), "")


def _listing_cell(record: Record, task: str) -> tuple[str, list[str]]:
    """Of two task-like cells ('沟通事项' = the topic, '解决方案/进展' = '①…前提交…②…前完成…'), the one that lists several
    actions holds the items: the topic names what was discussed, the list what is to be done. (cell, its items)"""
    pieces = cell_items(task)
    if len(pieces) > 1:
        return task, _under_topic(task, pieces)
    for label, value in record.pairs:              # (a cell lists items only with a newline or a mark: LISTING)
        role = column_role(label)                  # (cached: asked first)
        if role and role[0] == TASK and LISTING.search(value) and value.strip() != task and len(cell_items(value)) > 1:
            return value.strip(), cell_items(value.strip())
    return task, pieces


def _under_topic(cell: str, pieces: list[str]) -> list[str]:
    """'新型蜂窝陶瓷蓄热体试产：①确定配方②小批量试烧': each step of the topic its colon opens says what it is done to
    ('新型蜂窝陶瓷蓄热体试产：确定配方')."""
    lead = TOPIC_LEAD.match(" ".join(cell.split()))
    return [f"{lead.group('topic')}：{piece}" for piece in pieces] if lead else pieces


def cell_items(cell: str) -> list[str]:
    """The items one cell holds: '①…②…' inline, or one per line/list marker, or the whole cell."""
    lines = [line for line in cell.splitlines() if line.strip()]
    if len(lines) > 1 and sum(bool(list_marker(line)[0]) for line in lines) >= 2:
        lead = lines[0].rstrip().endswith(("：", ":")) and not list_marker(lines[0])[0]   # 'PVT 试产导入：' over ①②
        return [list_marker(line)[1] for line in lines[1 if lead else 0:]]
    inline = split_inline(" ".join(cell.split()))
    if len(inline) > 1:
        return [p for p in inline[1:] if p.strip()]
    return [" ".join(cell.split())]


def kv_label(line: str) -> tuple[str, str] | None:
    """('label', 'value') of a 'label：value' line whose label is short enough to be one."""
    m = KV_LINE.match(line) if ":" in line or "：" in line else None     # (a look before the match: it needs a colon)
    if not m or CLOCK_IN_LABEL.search(m.group("label") + ":" + m.group("value")[:3]):
        return None
    return m.group("label").strip(), m.group("value").strip()


RECORD_HEAD = re.compile(r"(?:action\s+items?|actions?|AI|items?|to-?dos?|待办(?:事项)?|行动项|事项)\s*#?\s*\d{1,2}", re.I)   # 'Action 2'


def kv_records(lines: list[str], markers: list[tuple[str, str]] | None = None) -> list[tuple[int, int, Record]]:
    """Blocks of 'label：value' lines that describe items: [(first line, last line + 1, record)].
    A repeated task label or a new list entry starts the next one; any other line ends it (`markers`: lines' list_marker)."""
    out: list[tuple[int, int, Record]] = []
    start, values, pairs = 0, {}, []
    for index, line in enumerate([*lines, ""]):
        marker = markers[index] if markers and index < len(markers) else None
        blank = _blank_field(line) if TASK in values else None     # '实际解决时间：' of a template: a field left blank
        parts = [blank] if blank else _kv_parts(line, marker)
        for part, kv in enumerate(parts):
            found = _field_role(kv[0]) if kv else None
            one_line = part == 0 and len(parts) > 1 and any(   # '责任人：A　工作：…　时限：…' is a record of its own
                (_field_role(p[0]) or ("",))[0] == TASK for p in parts if p)
            again = kv is not None and found is not None and any(   # 'Who:' twice, 'Topic 2:' after 'Topic 1:'
                _unnumbered(kv[0]) == _unnumbered(label) for label, _ in pairs)
            listed = kv is not None and part == 0 and (marker or list_marker(line))[0] not in ("", "bullet")   # '4. Owner: …'
            if kv is None and TASK not in values and OWNER in values and \
                    _task_below(line, marker, lines[start:index], lines[start - 1] if start else ""):
                values[TASK] = (WEAK_TASK_RANK, line.strip())   # 'Owner: …' / 'Due: …' / then the work, unlabelled
                continue
            values = _topic_as_task(values)
            better = found and found[0] in values and found[1] < values[found[0]][0] and not again   # '问题描述：…' then '解决方案：…'
            if kv is None or (found and found[0] in (TASK, TITLE) and not better or one_line or again or listed) and TASK in values:
                if TASK in values and (values.keys() & {OWNER, DUE, DEPT} or values.get(HELD, (0,))[0] == BARE_TIME_RANK and
                                       not CLOCK_SPAN.search(values[HELD][1])):
                    out.append((start, index, Record(_best(values), tuple(pairs))))
                start, values, pairs = index, {}, []
                if kv is None:
                    start = index + 1
                    continue
            pairs.append(kv)
            if found and (found[0] not in values or found[1] < values[found[0]][0]):
                values[found[0]] = (found[1], kv[1])
    return out


def _task_below(line: str, marker: tuple[str, str] | None, fields: list[str], head: str = "") -> bool:
    """Plain words under field lines that open a numbered entry ('1. Owner: Zheng Hongda' / 'Due: Fri 22 May') or sit
    under a record's head ('Action 1' over 'Owner: Bo Wen' / 'Due: 29 May'): the work."""
    labels = [re.split(r"[:：]", list_marker(field)[1], maxsplit=1)[0].strip() for field in fields]
    return len(line.strip()) >= 4 and not (marker or list_marker(line))[0] and not line.rstrip().endswith((":", "：")) and \
        bool(fields) and (list_marker(fields[0])[0] not in ("", "bullet") or bool(RECORD_HEAD.fullmatch(head.strip()))) and \
        all(len(label) <= 12 and not re.search(r"[(（，,]", label) and column_role(label) for label in labels)


def _field_role(label: str) -> tuple[str, int] | None:
    """The role of a record's field label; a numbered label is its word's ('Topic 2' as 'Topic', '议题1' as '议题')."""
    return column_role(label) or column_role(_unnumbered(label))


def _unnumbered(label: str) -> str:
    return ORDINAL_END.sub("", label)


def _topic_as_task(values: dict) -> dict:
    """A record that names an owner and a due but no task: its topic is the task ('Topic 1: 年货节直播复盘' / 'Owner:
    Kevin' / 'Due: 2/14'), as header_roles reads a table's 'Topic' column beside Owner and Due."""
    if TASK in values or TITLE not in values or not {OWNER, DUE} <= values.keys():
        return values
    return {**values, TASK: (WEAK_TASK_RANK, values[TITLE][1])}


def _kv_parts(line: str, marker: tuple[str, str] | None = None) -> list[tuple[str, str] | None]:
    """The labels of one record line: one, or several on one line ('Owner: Dana Kim / Due: Nov 19',
    '责任人：韦志远　　完成时限：10月31日前') when every part is a label of ours; [None] for a line that is none."""
    kv = _kv_line(line, marker)
    if kv is None:
        return [None]
    parts = [p for p in LABEL_GAP.split(line) if p.strip()]
    if len(parts) > 1:
        many = [_kv_line(p) for p in parts]
        if all(m and column_role(m[0]) for m in many):
            return many
    return [kv]


def _blank_field(line: str) -> tuple[str, str] | None:
    """('实际解决时间', '') of a label of ours with no value, inside a record ('解决方案及分工：' over the list of work
    stands in for the record's task: the problem described above it is no item)."""
    kv = kv_label(line.strip()) if line.rstrip().endswith((":", "：")) else None
    return kv if kv and not kv[1] and column_role(kv[0]) and not list_marker(line)[0] else None


def _kv_line(line: str, marker: tuple[str, str] | None = None) -> tuple[str, str] | None:
    """The label and value of a record line. A numbered list item is one only when its label names the task or the
    owner ('1. 待办内容：上线退货规则' opens a record, as DingTalk and WeCom templates write them); a bulleted one is one
    whenever its label is one of ours ('· 担当：庄' / '· 期限：8/8' / '· 内容：…': each field of a record wears a bullet)."""
    if ":" not in line and "：" not in line:
        return None                                # (kv_label needs a colon: no list marker to read first)
    kind, rest = marker or list_marker(line)
    kv = kv_label(rest if kind else line)
    if not kv or not kv[1]:
        return None
    role = column_role(kv[0])
    if not kind or role and (kind == "bullet" or role[0] in (TASK, OWNER)):     # '4. Owner: Helen' + 'Task: …' below
        return kv
    return None


def _best(values: dict[str, tuple[int, str]]) -> dict[str, str]:
    """The item roles of a record; a bare '时间：' in a block with a task is its due."""
    if DUE not in values and values.get(HELD, (0, ""))[0] == BARE_TIME_RANK:
        values = {**values, DUE: values[HELD]}
    return {role: value for role, (_, value) in values.items() if role in ITEM_ROLES}


def _row_owner(record: Record, ctx: Context) -> Owner | None:
    """The row's 负责人 cell, else its 负责部门 cell as a department-only owner. A remark in brackets after the name is
    no part of it ('Kiki (Ethan to support on implementation)')."""
    for role in (OWNER, DEPT):
        cell = record.values.get(role, "")
        label = _column_of(record, cell) if "/" in cell or "／" in cell else ""
        if LEAD.search(label) and SUPPORT.search(label):     # '主责/配合' over '生产部冯志坚/外贸部': the lead, then helpers
            cell = re.split(r"[/／]", cell)[0]
        if role == OWNER and ctx.sender and SELF_LABEL.fullmatch(cell):
            return read_owner(ctx.sender.email, ctx.roster, ctx.known)      # 'Owner: me', '负责人：我': the writer
        if cell and not EMPTY_CELL.match(cell):
            bare = REMARK.sub("", cell) if "(" in cell or "（" in cell else cell
            owner = read_owner(cell, ctx.roster, ctx.known) or (bare != cell and read_owner(bare, ctx.roster, ctx.known)) \
                or (by_surname(cell, ctx) if role == OWNER else None)
            if owner:
                return owner
    return None


# what a cell that lists several items holds one of: a line break (str.splitlines'), or a mark of inline.INLINE or
# BRACKET_LIST (一是, ①, a digit)
LISTING = re.compile(rf"[\n\r\v\f\x1c-\x1e\x85\u2028\u2029是{CIRCLED}]|\d")
TOPIC_LEAD = re.compile(r"(?P<topic>[^：:，,。；;①-⑳\d]{4,24})[：:]\s*(?=[①-⑳]|\(?1[)）.、])")   # a topic over its steps
YES_CELL = re.compile(r"\s*(?:是|已办结|(?i:y|yes))\s*")     # '是' under '是否办结', 'Yes' under 'Closed?'
TICKED_CELL = re.compile(r"\s*(?:\[[xX✓✔]\]|[☑✅✔✓☒])\ufe0f?\s*$")    # '| [x] | Send samples |' under a 'Done' header
REMARK = re.compile(r"\s*[(（][^()（）]*[)）]")
WAITS_ON = re.compile(r"待[\u4e00-\u9fffA-Za-z]{1,6}?(?:确认|确定|通知|回复|排期)(?:后定)?|(?![^前]*(?:\d|[一二三四五六七八九十两]|"
                      r"[月周年天日旬底末初晚早午班节号期庆旦秋夕宵诞明会次]))[\u4e00-\u9fff]{2,6}(?:之前|以前|前)")   # '交割前': an undated event

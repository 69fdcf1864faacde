"""What a table column header or a 'label：value' label holds, in any order and any of the usual words.

    column_role('计划完成时间') -> ('due', 3)        column_role('实际完成时间') -> None
    column_role('责任人')       -> ('owner', 0)      column_role('解决方案/进展') -> ('task', 6)

The number ranks columns of the same role (lower is better): a 待办事项 column beats 核心内容摘要, a 负责人
column beats 我方对接人. Meeting facts (编号, 主题, 日期, 参会人员, 下次沟通时间) have roles of their own.
"""
from __future__ import annotations

import re
from functools import lru_cache

from parsers.minutes.lines.sections import is_followup_label

TASK, OWNER, DEPT, DUE, STATUS = "task", "owner", "dept", "due", "status"
DONE_AT = "done_at"        # 实际完成时间: a row with a date here is finished
REF, TITLE, HELD, PEOPLE, FOLLOWUP = "ref", "title", "held", "people", "followup"
ITEM_ROLES = (TASK, OWNER, DEPT, DUE, STATUS, DONE_AT)


def _words(*words: str) -> list[re.Pattern]:
    return [re.compile(w, re.I) for w in words]


# (role, patterns in rank order); the first role with a matching pattern wins, so order matters:
# meeting facts, then columns that look like ours but are not (实际完成时间, 发起部门), then the item columns.
ROLES: tuple[tuple[str | None, list[re.Pattern]], ...] = (
    (REF, _words(r"(?:沟通|会议|纪要|记录)编号", r"meeting\s*(?:no|ref|number)\b")),
    (HELD, _words(r"^(?:沟通|会议|开会)(?:日期|时间)$", r"^(?:日期|时间|date|meeting date|when held|when)$")),
    (TITLE, _words(r"^(?:沟通|会议)(?:主题|名称)$", r"^(?:主题|topic|meeting)$")),
    (PEOPLE, _words(r"参会|与会|出席|参加(?:人|者)|参与人员|参与部门(?:及|/|和)人", r"attendees|participants|^present$")),
    (DONE_AT, _words(r"^实际(?:完成|解决|结束|关闭|办结)?(?:时间|日期)$", r"^(?:actual\s+(?:completion|finish|close|end)|"
                     r"completed|closed|resolved|done)\s*(?:on|date|time)?$",
                     r"^是否(?:已)?(?:办结|完成|关闭|结案|销号|解决|闭环)$|^(?:closed|done|completed|resolved)\s*[?？]$")),   # '是否办结': 是/否
    (DEPT, _words(r"^(?:牵头|主办|主责)(?:部门|单位|科室|处室)$")),
    (OWNER, _words(r"^(?:牵头|主办)人$", r"^(?:主责|牵头|主办|负责|lead|owner)\s*[/／、&]\s*(?:配合|协办|协助|support|helpers?)$")),
    (None, _words(r"实际|开始|提交人|报修(?:人|时间|日期)|申请人|报告人|填报人|记录人|提交时间|发起|创建|登记|录入|(?:协作|配合|参与)(?!事项|任务|内容|工作)|对方|联系人|类型|紧急|优先|影响|风险|备注|说明|"
                  r"remark|note|comment|序号|^no\.?$|^#$|编号|^id$|依据|原因|来源|核心需求|需求/反馈|反馈|发件|收件|抄送|发送|"
                  r"^(?:from|to|cc|sent|subject)$|priority|category|type|start|actual|created|reporter|验证|审核人|确认人|批准|"
                  r"验收人|reviewer|approver|verified")),
    (DUE, _words(r"截止|截至", r"完成时限|完成时间|完成日期|计划完成|预计完成", r"解决时间|期限|时限|限期|纳期|到期|交付(?!物|成果|内容)|目标日期|时间节点|完成节点|节点(?:时间|日期)|计划(?:时间|日期)|时间要求",
                 r"deadline|due|target date|\beta\b|^ddl$", r"^(?:when|by when|date|时间|日期)$")),
    (DEPT, _words(r"负责部门|责任部门|责任方|承办部门|责任单位|负责单位|负责团队|责任处室|责任科室|责任股室|承办(?:科室|股室|单位)", r"^(?:部门|单位|团队|team|department|dept)$")),
    (OWNER, _words(r"负责人|责任人", r"执行人|承办人|跟进人|主责人|经办人|处理人|整改人|落实人|办理人|owner|assignee|responsible|\bpic\b|^who$",
                   r"对接人|负责|主责|担当|^(?:牵头|主办)$|^(?:责任|人员)?分工$|^(?:整改|落实|工作)?责任$")),     # '整改责任：巴特尔（主责）'     # 担当: Japanese-style Chinese for the one in charge
    (TASK, _words(r"待办|行动|action|to-?do|跟进事项|后续工作|下一步|next steps?|follow[- ]?ups?|要做的?事|要干的?事|做什么|"
                  r"(?:整改|处置|处理|改进)(?:要求|措施|内容|意见)", r"^(?:任务|事项)|任务|事项",
                  r"工作内容|工作项|工作事项|^工作$|task|item", r"解决方案|(?<!临时)(?<!应急)(?<!围堵)(?:措施|对策)|改进|^(?:対応|对应|応対|処置|处置)$",
                  r"措施|对策")),   # 対応: the remedy, Japanese-style; 临时措施 is in place already, 永久措施 the work
    (STATUS, _words(r"状态|状况|状況|状態|進捗|进展|进度|完成情况|(?:办理|落实|执行|处理|整改)情况|status|progress|state")),
    (TASK, _words(r"内容|描述|问题|^课题$|^課題$|^[项項]目$|方案|具体工作|交付物|what|deliverable|subject|^summary$|^contents?$|^details?$")),   # Jira's 'Summary'
)
LABELLED_VALUE = re.compile(r"^\s*[^:：\d]{1,16}[:：]\s*\S")
WEAK_TASK_RANK = 10
BARE_TIME_RANK = 1       # the rank of a bare '时间'/'日期' label among HELD: a due when it sits in an item table


@lru_cache(maxsize=4096)
def column_role(label: str) -> tuple[str, int] | None:
    """(role, rank) of a header or label, or None when it is none of ours."""
    text = re.sub(r"[(（][^()（）]*[)）]", "", label or "").strip(" ：:*_")
    if not text or len(text) > 24:
        return None
    first = re.split(r"\s*[/／]\s*", text)[0]
    if first != text and (re.search(r"[/／]\s*(?:配合|协助|协办|参与)", text) or first in ("问题", "问题描述", "现象")):
        return column_role(first)                  # '负责人/配合人': the lead's column; '问题/事项': the problem's
    if first != text and any(column_role(part) == (OWNER, 0) for part in re.split(r"\s*[/／]\s*", text)):
        return OWNER, 0                            # '责任科室/责任人': a unit or its person, the person when named
    unit, joined, person = text.partition("及") if "及" in text else text.partition("和")
    if joined and (person in ("人员", "人") or column_role(person) == (OWNER, 0)) and column_role(unit) == (DEPT, 0):
        return OWNER, 0                            # '责任股室及人员', '责任部门和负责人': so too
    if is_followup_label(text):
        return FOLLOWUP, 0
    for index, (role, patterns) in enumerate(ROLES):
        for rank, pattern in enumerate(patterns):
            if pattern.search(text):
                if role is None:
                    return None
                return role, rank + (WEAK_TASK_RANK if index == len(ROLES) - 1 else 0)
    return None


def named_not_ours(label: str) -> bool:
    """A header that says what it is and is none of ours ('发起人', '参与人', '联系人'): never an owner column."""
    text = re.sub(r"[(（][^()（）]*[)）]", "", label or "").strip(" ：:*_")
    return any(pattern.search(text) for role, patterns in ROLES if role is None for pattern in patterns)


def header_roles(cells: tuple[str, ...]) -> list[tuple[str, int] | None]:
    """Each cell's role; beside an owner and a due column, and with no task column, 'Topic'/'主题' is the task
    ('| Owner | Topic | Due |' of a retro's action table)."""
    roles = [column_role(c) for c in cells]
    found = {r[0] for r in roles if r}
    if TASK not in found and {OWNER, DUE} <= found:
        roles = [(TASK, WEAK_TASK_RANK) if r and r[0] == TITLE else r for r in roles]
    return roles


def is_header(cells: tuple[str, ...]) -> bool:
    """A header row names a task column and at least one of owner, department, due or status; a row whose cells
    carry their own values ('Owner: Mike Sato | Due: May 27 | Task: …') is a record, not a header."""
    if any(LABELLED_VALUE.match(c) for c in cells):
        return False
    roles = {r[0] for r in header_roles(cells) if r}
    return TASK in roles and len(roles & set(ITEM_ROLES)) >= 2 or bool(lead_columns(cells))


def lead_columns(cells: tuple[str, ...]) -> list[int]:
    """'SKU | 品名 | 补货数量 | 负责人 | 截止': with an owner and a due column and no task column, the columns of no
    role before the owner's say together what is to be done; [] for any other header."""
    roles = header_roles(cells)
    found = {r[0] for r in roles if r}
    if TASK in found or not {OWNER, DUE} <= found:
        return []
    owner_at = next(i for i, r in enumerate(roles) if r and r[0] == OWNER)
    return [i for i in range(owner_at) if roles[i] is None and cells[i].strip() and not named_not_ours(cells[i])]


def best_columns(roles: list[tuple[str, int] | None]) -> dict[str, int]:
    """For each role, the index of its best-ranked column (the leftmost on a tie)."""
    best: dict[str, tuple[int, int]] = {}
    for index, found in enumerate(roles):
        if found and (found[0] not in best or found[1] < best[found[0]][0]):
            best[found[0]] = (found[1], index)
    return {role: index for role, (_, index) in best.items()}

"""A line that only names a person above the work that is theirs ('【韦志远】', 'Dana:', '▶ 我'), the
'下周计划：…' / '本周进展：…' lines under it, and the person named before a line's sub-tasks ('2、黄主任：①…②…').

    person_heading('【韦志远】', ctx, after) -> Owner(韦志远)          (when a list or a line of work follows)
"""
from __future__ import annotations

import re

from parsers.context import Context
from parsers.minutes.lines.inline import list_marker
from parsers.minutes.lines.outline import numbering_style
from parsers.minutes.items import read_item
from parsers.model import Item
from parsers.minutes.owning.owner_steps import SELF_LABEL, owner_of
from parsers.minutes.owning.bracket_owners import WRITER
from parsers.minutes.owning.named_owners import known_person_alone
from parsers.minutes.owning.owners import Owner, read_owner
from parsers.minutes.grids.records import kv_label
from parsers.minutes.lines.document import RESUME
from parsers.minutes.lines.sections import NEUTRAL, heading, is_followup_label

ASIDE = r"[(（][^()（）\d]{1,12}[)）]"            # '（年级组长）', '（基础教育股）': a title or unit in brackets
PERSON_HEADING = re.compile(r"(?:[【\[][^【】\[\]:：,，。;；\d]{1,12}[】\]]\s*(?=[^\s【\[]))?(?P<box>[【\[])?\s*(?P<who>[^【】\[\]:：,，。;；()（）\d]{2,30}?)\s*"
                            rf"(?:{ASIDE})?\s*(?(box)[】\]](?:\s*{ASIDE})?)\s*[:：]?\s*")   # '孔令辉（年级组长）', '【黄丽萍】（基础教育股）'
BOX_END = re.compile(rf"[】\]](?:\s*{ASIDE})?\s*$")     # '…】' or '…】（基础教育股）' ends the line
ADDRESSED = re.compile(r"(?:^|(?<=\s))[@＠]")     # '@钱老师 @庄工 @郑哥' above a forward: the people it is sent to
MARKDOWN_STRONG = re.compile(r"^\s*(?:#{1,4}\s*)?(?:\*\*|__)?(.+?)(?:\*\*|__)?\s*$")
HEADING_SYMBOL = re.compile(r"^\s*[▶►▷➤■□◆◇●○★☆]\s*")
PLAN_LABEL = re.compile(r"下周.{0,4}|.{0,6}?(?:意见|建议|计划|安排|待办|要求|下一步|下步工作|任务)|(?:next\s+steps?|to-?dos?|plan)", re.I)
REPORT_LABEL = re.compile(r".{0,4}?(?:进展|进度|已完成|已做|完成情况|工作|完成|汇报)|(?:progress|done|status)", re.I)
SELF_NOTE = re.compile(rf"[(（]\s*(?:{WRITER}|myself)\s*[)）]", re.I)    # '【质控办（本人）】': the writer's unit, and the writer
NAME_THEN_TEAM = re.compile(r"([\u4e00-\u9fff]{2,4})\s+[\u4e00-\u9fff]{1,6}")      # '陈大勇 研发': a name, then the team
EACH_OF = re.compile(r"各[\u4e00-\u9fff]{1,5}")
EVERYONE = re.compile(r"全员|全体|所有人|大家|各位|all|everyone", re.I)
WORD_START = re.compile(r"\w|[(（]\d|[《“\"「【]")     # (a list line may open with its sub-tasks: "- (1) …; (2) …", or a title: "- 《月亮船》…")
JOINED_NAMES = re.compile(r"[、:：/&]")
LABELLED_LEAD = re.compile(r"^[^\d()（）]{1,16}[(（]\s*(?:责任人|负责人|牵头人?|主责人?)\s*[:：]\s*[^()（）\d]{2,12}[)）]\s*[:：]?\s*$")   # '轮对组（责任人：云海龙）'
LEAD_INTRO = re.compile(r"(?:负责|牵头|主责)[^，,。；;：:]{0,6}[，,]?[^，,。；;：:]{0,8}[:：]\s*$")   # '…，石磊负责推进，分三步：'
SUB_KINDS = ("circled", "letter", "bullet")     # the marks of sub-tasks under a numbered person ('①', 'a)', '-')
UNIT_THEN_PERSON = re.compile(r"^[^\d()（）:：,，。；;]{1,16}[(（]\s*(?P<who>[^()（）\d:：,，]{2,12}?)\s*[)）]\s*[:：]?\s*$")   # '环保科（章伟峰）'


def person_heading(line: str, ctx: Context, after, in_run: bool = False) -> Owner | None:
    """A line that only names a person ('【韦志远】', 'Martin Weber', 'Dana:') above a list: the list is theirs.
    A known person (roster or mail headers), or a Chinese name in 【】; a known person in 【】 also owns one line of
    prose below ('【杜工】' over 'ECN导入：①BOM更新，5月7日前；②…'), and so does a known person's bare name in a run
    of name / work pairs (飞书妙记's 待办: '罗可欣' over '更新设计稿 5月12日', then the next name): `in_run` when the
    pair above was one."""
    if line[:1] in "#*_" and len(line) <= 40:
        line = MARKDOWN_STRONG.match(line).group(1)  # '**何斌**', '### Nora'
    symbol = HEADING_SYMBOL.match(line)              # '▶ 石老师' over '- …' lines
    m = PERSON_HEADING.fullmatch(line) if len(line) <= 34 and len(ADDRESSED.findall(line)) < 2 else None   # not '@钱老师 @庄工'
    if not symbol and not m and not SELF_LABEL.fullmatch(line.strip(" ：:【】[]")):
        return None                                  # ('我' alone over a list: the writer's own items, read below)
    below = next((a for a in after() if a.strip()), "")
    if symbol and below.lstrip()[:1] != line.lstrip()[:1]:
        line = line[symbol.end():]
        m = PERSON_HEADING.fullmatch(line) if len(line) <= 34 else None
    if not (ctx.sender and SELF_LABEL.fullmatch(line.strip(" ：:【】[]"))) and (not m or list_marker(line)[0] or _section_word(line)):
        return None                                # (the last test below, made first: '一、会议结论' costs no look below)
    heads_list = WORD_START.match(list_marker(below)[1]) and list_marker(below)[0]
    boxed = symbol or line.lstrip()[:1] in "【["
    heads_list = heads_list or boxed and person_label(below) or \
        line.rstrip()[-1:] in "：:—" and below[:1] in " \t\u3000" and _known_name(line, ctx)   # '青青——' over indented lines
    over_line = boxed and BOX_END.search(line) is not None and _work_line(below)    # '【杜工】' over one line of work
    over_line = over_line or not boxed and _known_name(line, ctx) and _task_line(below, ctx) and \
        (in_run or _name_pair_follows(after, ctx, line.rstrip()[-1:] in ":："))
    if not heads_list and not over_line or RESUME.match(below.strip()):
        return None                                # a signature name above '-----原始邮件-----' heads no list
    if (SELF_LABEL.fullmatch(line.strip(" ：:【】[]")) or SELF_NOTE.search(line)) and ctx.sender:
        return read_owner(ctx.sender.email, ctx.roster, ctx.known)      # '▶ 我', '【质控办（本人）】': the writer's own list
    if not m or list_marker(line)[0] or _section_word(line):
        return None
    who = re.sub(r"(?:负责的?|牵头的?|的|那边|这边|那里|方面)$", "", m.group("who").strip())     # '郑凯负责的：', '吴老板那边：'
    marked = m.group("box") or symbol
    owner = read_owner(who, ctx.roster, ctx.known, "han" if marked else "none")
    team = marked and not owner and NAME_THEN_TEAM.fullmatch(who)
    owner = read_owner(team.group(1), ctx.roster, ctx.known, "han") if team else owner     # '【陈大勇 研发】'
    if owner and owner.group and not owner.person and marked and EVERYONE.fullmatch(who):
        return owner                               # '■ 全员': the list below is everyone's (no owner)
    if marked and EACH_OF.fullmatch(who):
        return Owner(None, None, group=True)       # '【各店长】': each of a kind of people, nobody in particular
    if not owner or not owner.person or not (owner.person.email or marked and heads_list):
        return None
    return owner


def _name_pair_follows(after, ctx: Context, colon: bool = False) -> bool:
    """Is the line after the next one a known person's bare name over a line of work (the pairs run on)? The name
    ends in a colon as this one does ('杨老师：' over a line, '刘老师：' over the next): a greeting ('孟庆山：') heads
    prose that no second 'name：' line follows."""
    lines = [a for a in after() if a.strip()][1:3]
    return len(lines) == 2 and _known_name(lines[0], ctx) and _task_line(lines[1], ctx) and \
        (lines[0].rstrip()[-1:] in ":：") == colon


def _known_name(line: str, ctx: Context) -> bool:
    """Is the line only the name of a person of the roster or the mail headers ('Marcus Lee', '罗可欣', '杨老师：')?"""
    text = line.strip()                            # (not '梁总、曾经理：', a greeting)
    owner = PERSON_HEADING.fullmatch(text) and not JOINED_NAMES.search(text.rstrip(" ：:")) and \
        read_owner(text, ctx.roster, ctx.known, "none")
    return bool(owner and owner.person and owner.person.email)


def _task_line(line: str, ctx: Context) -> bool:
    """A line of prose that is no list, heading or person's name ('给出数据导入最低可行版本需求')."""
    text = line.strip()
    return bool(text) and not list_marker(text)[0] and text[:1] not in "【[" and not _known_name(text, ctx) and \
        heading(text) is None


def _work_line(line: str) -> bool:
    """A line of prose under a heading (not a list, another heading or a label)."""
    text = line.strip()
    return bool(text) and not list_marker(text)[0] and text[:1] not in "【[" and not PERSON_HEADING.fullmatch(text)


def person_label(line: str) -> tuple[str, str] | None:
    """('plan' or 'report', value) of a labelled line under a person heading: '下周计划：…', '周老师意见：…' are
    the person's work; '本周进展：…', '已完成：…' report what is done. None for any other line."""
    labelled = kv_label(line.strip())
    kind = labelled and not is_followup_label(labelled[0]) and (      # ('下周例会照旧：8/19…' is the next meeting)
        PLAN_LABEL.fullmatch(labelled[0]) and "plan" or REPORT_LABEL.fullmatch(labelled[0]) and "report")
    return (kind, labelled[1]) if kind else None


def person_plan(line: str, person: Owner, ctx: Context, items: list[Item]) -> bool:
    """Is the line a 'plan' or 'report' line under a person heading? A plan's item, owned by that person, joins
    `items`; a report ('本周进展：…') adds nothing."""
    kind, value = person_label(line) or ("", "")
    item = kind == "plan" and read_item(value, ctx, owner_hint=person)
    items.extend([item] if item else [])
    return bool(kind)


def _section_word(line: str) -> bool:
    """'Actions', 'Tasks', '决定事项': a section heading, even where a mailbox is spelt like it (actions@…)."""
    title = heading(line)
    return bool(title and title.kind != NEUTRAL)


def preamble_owner(text: str, ctx: Context) -> Owner | None:
    """'现场6S整改（冯晓东负责，孟班长配合）：①…②…': the person named before the sub-tasks owns them."""
    text = list_marker(text)[1].strip()
    owner = (owner_of("", text, ctx, True)[0] if text else None) or _person_alone(text, ctx)   # '2、注塑车间黄主任：①…②…'
    return owner if owner and owner.person and owner.person.email else None


OWNER_LINE = re.compile(r"(?:负责人|责任人|(?:整改|落实)?责任|owner)\s*[:：]\s*(?P<who>[^\s:：，,；;。]{2,12})$", re.I)


def person_over_sub_list(lines: list[str], ctx: Context) -> list[str]:
    """'2、注塑车间黄主任：' over '  ①…；' and '  ②…。' (a numbered line that is only a person we know and a colon, a topic
    with its 责任人 in brackets: '一、轮对组（责任人：云海龙）', or a unit with its person: '一、环保科（章伟峰）', over lines of
    another list kind, '（1）' under '一、' too): one line, so the person owns the sub-tasks as when they are written inline."""
    out: list[str] = []
    subs: tuple[str, ...] = ()
    named, head = False, ""                        # a person's heading seen above; its numbering ('N、')
    for line in lines:
        kind, text = list_marker(line)
        if kind in subs and not (kind == "number" and numbering_style(line) == head) or \
                "" in subs and not kind and line.strip():     # (one line of prose: '做好迎检接待准备，时间待定。')
            labelled = OWNER_LINE.match(out[-1].strip())     # (a label's person heads the steps as '孟凡宇：①…')
            out[-1] = f"{labelled.group('who') if labelled else out[-1].rstrip().rstrip(':：')}{'' if kind else '：'}{line.strip()}"
            subs = tuple(k for k in subs if k) if kind else ()       # (prose only right under the heading, once)
            continue
        bare = kind in ("number", "cn") and text.strip()[-1:] not in ":：" and known_person_alone(text.strip(), ctx)
        leads = kind in ("number", "cn") and (_person_alone(text, ctx) or bare or LABELLED_LEAD.search(text) or
                                              _unit_person(text, ctx))
        steps = kind in ("", "number", "cn") and LEAD_INTRO.search(text) is not None and \
            preamble_owner(text, ctx) is not None  # '1. 外贸部龚经理负责，分两步：', '…，石磊
        unit_lead = not kind and text.strip().endswith((":", "：")) and (   # '牡丹区基地（祁组长）：', '曹县基地（我自己盯）：'
            _person_alone(text, ctx) if SELF_NOTE.search(text) else _unit_person(text, ctx))
        leads = leads or steps or unit_lead        # 负责推进，分三步：' over '①…': the person named before the steps owns them
        head = numbering_style(line) if bare or kind == "number" and leads else ""   # '1、覃永明' or '1. 中心（郝佳）：' over
        subs = (SUB_KINDS + (("number",) if kind in ("cn", "number") else ()) + ("",)) if leads else ()   # '（1）…', then '2、…'
        subs = SUB_KINDS if not kind and not subs and OWNER_LINE.match(text.strip()) else subs   # '整改责任：孟凡宇' over ①②
        shared = not kind and named and JOINED_NAMES.search(text.strip()[:-1]) and _people_alone(text, ctx)
        subs = ("",) if shared else subs           # '柏经理、芮经理：' over one line, below '卜工：' and its list
        named = named or bool(kind in ("", "number", "cn") and _people_alone(text, ctx))
        out.append(line)
    return out


def _people_alone(text: str, ctx: Context) -> bool:
    """'柏经理、芮经理：', '卜工：': only people we know, and a colon."""
    names = text.strip()
    return names.endswith((":", "：")) and all(_person_alone(f"{name}：", ctx) for name in JOINED_NAMES.split(names[:-1]))


def _unit_person(text: str, ctx: Context) -> bool:
    """'环保科（章伟峰）': a unit with a person we know in brackets, alone on its line."""
    m = UNIT_THEN_PERSON.match(text.strip())
    owner = m and read_owner(m.group("who"), ctx.roster, ctx.known, "none")
    return bool(owner and owner.person and owner.person.email)


def _person_alone(text: str, ctx: Context) -> Owner | None:
    """'注塑车间黄主任：', '周经理：': only a person we know (after their unit), and a colon: that person."""
    name = text.strip()
    if not name.endswith((":", "：")):
        return None
    name = re.sub(r"\s*(?:负责|牵头|主责|跟进|落实)$", "", name.rstrip(" :："))      # '车间主管牟海龙负责：'
    if SELF_NOTE.search(name) and ctx.sender:        # '2. 龙哥（我）：' over ①②: the writer's
        return read_owner(ctx.sender.email, ctx.roster, ctx.known)
    return known_person_alone(name, ctx)

"""Meeting minutes as text -> numbered action items and the meeting's facts.

The body is walked once, top to bottom (document.blocks gives lines and tables):
  1. headings set the section: items are read under 待办/Action items, never under 决议/回顾/Decisions;
  2. blocks of 'label：value' lines (事项一/负责人/截止时间) and table rows are records (records.py);
  3. any other line is a list item, several items on one line (①…②…), or a free sentence that names an
     owner and a deadline ('市场部王芳10月12日前提交方案终稿') — items.py reads each;
  4. labelled facts (会议时间, 参会人员, 沟通编号, 下次沟通时间) are collected for the meeting.
Each line's cheap facts (a digit, a colon, its list marker…) are found once, and a rule whose needs the line lacks
is not tried (line_facts.py); what the walk collects is found.py's.
"""
from __future__ import annotations

import re
from itertools import islice
from dataclasses import replace

from parsers.minutes.grids.columns import FOLLOWUP, column_role
from parsers.context import Context
from parsers.dates.holidays import holiday_named
from parsers.minutes.lines.document import Rows, Table, blocks
from parsers.minutes.lines.inline import marker_number, split_inline
from parsers.minutes.lines.wrapped import join_wrapped
from parsers.minutes.grids.labels_first import tasks_over_labels
from parsers.minutes.lines.latex import plain_latex
from parsers.minutes.lines.ai_minutes import only_actions
from parsers.minutes.lines.preface import preface_asks
from parsers.minutes.items import URGENT_ASK, read_item, unit_directive
from parsers.minutes.co_owned import as_above, with_co_owners
from parsers.minutes.lines.arrows import ARROW, arrow_below, led_by_topic, topic_of
from parsers.minutes.owning.owning_clause import owned_among
from parsers.minutes.grids.label_lines import (STATED_WORK, completes_last_item, describes_last_item, detail_above_labels,
                                               heading_with_labels, item_not_heading, unlabelled)
from parsers.frozen import quick_replace
from parsers.minutes.found import Found, MinutesRead
from parsers.model import Item
from parsers.minutes.grids.records import kv_label, kv_records, record_items
from parsers.minutes.lines.sections import (ACTION, Heading, DECISION, DIRECTIVE, FOLLOWUP as FOLLOWUP_SECTION, INFO, NEUTRAL, REVIEW,
                                      bare_heading, closing_heading, followup_sentences, heading, is_followup_label, mentions_followup,
                                      names_next_meeting, next_alone)
from parsers.minutes.grids.tables import read_table
from parsers.minutes.lines.time_below import WRITTEN_DAY, day_then_time_below, meeting_below, with_time_below
from parsers.minutes.lines.cues import (ACTION_LINE, FOR_NEXT, about_this_meeting, notice, gives_person_work, heads_actions, introduces_meeting,
                                  duty_handed, labels_below, list_below, only_labels, meeting_sentences, names_after_bodies,
                                  names_person, until_next_meeting, meeting_sentence, bracket_list_owner, sets_work, sentence_apart, owner_clause,
                                  UNKNOWN_PERSON, UNOWNED_WORK)
from parsers.minutes.owning.person_headings import person_heading, person_over_sub_list, person_plan, preamble_owner
from parsers.minutes.numbering import number, without
from parsers.minutes.lines.bare_numbers import dotted, with_bare_numbers
from parsers.minutes.lines.chat_lines import speaker, transcript_line
from parsers.minutes.lines.line_facts import ALONE, LineFacts, Run
from parsers.minutes.lines.restatements import not_new
from parsers.minutes.lines.clauses import free_clauses, owned_parts, phased_parts
from parsers.minutes.owning.prose_owners import asks_help
from parsers.minutes.lines.prose_task import dated_clause
from parsers.minutes.lines.topic_lines import deeper, topic_over_owned_lines

QUIET = (DECISION, REVIEW, FOLLOWUP_SECTION)      # sections whose lines are never items
NUMBERED = ("number", "circled", "cn", "inline")
ASSIGNED = re.compile(r"(?:责任(?:单位|部门|处室|科室|人)|牵头(?:单位|部门|处室)|负责人)\s*[:：]")   # '（责任单位：…）': a decision that is a task
DIRECTIVE_OPENING = re.compile(r"要求|强调|部署|指出|明确")
NUMBERING = re.compile(r"^[\s\d一二三四五六七八九十、.．()（）]+")     # a line's numbering, before a label


def read_minutes(text: str, ctx: Context, tables: tuple[Rows, ...] = ()) -> MinutesRead:
    ctx, found = quick_replace(ctx, holiday=holiday_named(text)), Found()     # the holiday its bare 节后 means
    text = dotted(plain_latex(text)).replace("\u2015", "\u2014")   # '1 大鹏 …': a list; '\item \textbf{X}：…'; '――' as '——'
    section, run = NEUTRAL, []
    for block in [*blocks(text, tables, ctx.sender.name if ctx.sender else ""), None]:
        if isinstance(block, str):
            run.append(block)
            continue
        section, run = _read_lines(run, section, ctx, found), []
        if isinstance(block, Table):
            section = _read_table(block, section, ctx, found)
    facts: dict[str, str] = {}
    for label, value in found.pairs:
        role = column_role(label)
        if role and role[0] == FOLLOWUP:
            found.followups.append(value)
        elif role and value.strip():
            facts.setdefault(role[0], value.strip())
    facts.update({"held_sentence": found.held_sentence} if found.held_sentence and "held" not in facts else {})
    followups = (*found.followups, *found.named)
    asks, own = preface_asks(found.items, text, lambda preface: read_minutes(preface, ctx).items)   # a forward's own
    dropped = not_new(found.items, text, ctx, found.chat) | only_actions(text, found) - own | asks
    items, written = without(found.items, found.written, dropped)   # (AI minutes: their summary retells the 待办)
    items = names_after_bodies(until_next_meeting(as_above(items), followups, ctx), ctx)
    return MinutesRead(number(items, written), facts, followups, frozenset(found.evidence))


def _read_table(table: Table, section: str, ctx: Context, found: Found) -> str:
    read = read_table(table.rows, ctx)
    if section != REVIEW:
        found.note_source(section, len(read.items))
        found.items.extend(read.items)
    found.pairs.extend(read.pairs)
    if read.items or read.pairs:
        found.evidence.add("table")
    return _read_lines(list(read.lines), section, ctx, found) if read.lines else section


def _read_lines(lines: list[str], section: str, ctx: Context, found: Found) -> str:
    """Read a run of lines; returns the section the run ends in."""
    lines = with_bare_numbers(lines)
    run = Run(lines)                               # each line's facts, read once (line_facts.py)
    joined = person_over_sub_list(tasks_over_labels(join_wrapped(lines, [facts.marker for facts in run.lines])), ctx)   # ①②
    run, lines = (run if joined == lines else Run(joined)), joined      # (a wrapped item joined, a task moved: read again)
    records = {start: (end, record) for start, end, record in kv_records(lines, [facts.marker for facts in run.lines])}
    index, speaking = 0, ctx        # speaking: in a pasted chat, the context whose sender said the lines below
    while index < len(lines):
        if index in records and section != REVIEW:     # 'Owner:/截止时间:' labels: items even under decisions
            end, record = records[index]
            record_read = record_items(record, ctx)
            found.note_source(section, len(record_read))
            found.items.extend(record_read)
            found.last_plain = ""
            found.pairs.extend(record.pairs)
            found.evidence.add("record")
            index = end
            continue
        line = lines[index]
        index += 1
        said = speaker(line, ctx)                      # '石磊 15:05' over a chat message: whom its 我 means
        speaking = replace(ctx, sender=said) if said else speaking
        if line.strip() and not said:                  # (the lines after: lazily, a copy each line is quadratic)
            before, reading = len(found.items), section
            section = _read_line(line, lambda: islice(lines, index, None), section, speaking, found, run, index)
            found.note_source(reading, len(found.items) - before, before, speaking is not ctx, line)
    return section


def _read_line(raw: str, after, section: str, ctx: Context, found: Found, run: Run, below: int, facts=None) -> str:
    """One line of `run`; `after()` gives the lines below it from index `below` on (lazily: a copy is quadratic)."""
    line = raw.strip()
    facts = facts or run.lines[below - 1]
    found.topic_indent = found.topic_indent if deeper(raw, found.topic_indent) else None
    if facts.allows(transcript_line) and transcript_line(line):
        return INFO                                # '00:21 张三：“…”', '孟凡 00:03:12': speech from here on
    if not found.items and not found.held_sentence:
        found.held_sentence = facts.allows(introduces_meeting) and introduces_meeting(line) or ""   # its first sentence
    person = facts.allows(person_heading) and (facts.allows(person_heading, ALONE) or run.below(below).allows_above(
        person_heading)) and person_heading(line, ctx, after, in_run=found.person is not None and found.heading_above is False)
    if person:                                     # (the bullets under it are no details of a list above it)
        found.person, found.heading_above, found.person_section, found.last_list = person, True, section, ("", -1)
        return section if section in QUIET else ACTION
    heading_above, found.heading_above = found.heading_above, False
    completed_above, found.completed = found.completed, False
    if found.person and person_plan(line, found.person, ctx, found.items):   # '下周计划：…' under '【邓子豪】': theirs
        return section                             # ('本周进展：…' is read too, and is no work)
    marker = facts.marker
    section = found.keep_person(marker[0] or raw[:1].isspace() and "indented", heading_above, section)   # ('【杜工】': one line)
    if (marker[0] or heading_above) and facts.allows(heads_actions) and run.opens_with(heads_actions) and heads_actions(line, after):
        found.outline.passes(line)                 # ('1. May build plan' over 'Action 1': a numbered topic)
        return section
    closing = closing_heading(line)                # '…情况。会议要求：' then '一是…二是…'
    if closing:                                    # (a heading of minutes' shape, whatever the prose before says)
        found.evidence.add(closing[1].kind)
        return _read_line(closing[0], after, section, ctx, found, run, below, LineFacts.of(closing[0].strip())) and \
            closing[1].kind
    title = heading(line)
    bare = bare_heading(line) if not title and facts.allows(bare_heading) and \
        run.below(below).allows_above(list_below) else None
    title = title or (bare if bare and list_below(after, ctx if bare.kind == INFO else None) else None)
    if title and title.kind != FOLLOWUP_SECTION and item_not_heading(line, marker, marker[0] in NUMBERED, after, ctx):
        title = None                               # '2. 台账与规划数据核对' over '责任单位：…': an item, not a heading
    if (title is None or title.kind == NEUTRAL) and facts.allows(next_alone) and next_alone(line, lambda: meeting_below(after)):
        title = Heading(FOLLOWUP_SECTION, "")      # '## Next' over 'Weekly sync Mon 10:30 → next one 11/17'
    if title:
        found.evidence.add(title.kind)
        found.last_plain, found.labelled = (marker[1] if title.kind == NEUTRAL else ""), False   # '一、门岗…升级' + '负责人：…'
        child = title.kind == NEUTRAL and section in (ACTION, DIRECTIVE) and found.outline.child(line)   # '（三）建设单位'
        if not child:                                                               # under '二、本次例会议定事项'
            found.outline.opens(line, title.kind in (ACTION, DIRECTIVE))
        if title.kind == FOLLOWUP_SECTION:
            value = title.value or (day_then_time_below(line, after) if WRITTEN_DAY.search(line) else meeting_below(after))
            found.followups.append(with_time_below(("下次会议", value), after)[1] if title.value else value)
        return section if child else title.kind
    section = NEUTRAL if found.outline.closes(line, section == ACTION) and section == ACTION else section
    if section != REVIEW and facts.allows(names_next_meeting) and names_next_meeting(line) and marker[0] != "checked":
        found.named.append(line)
        return section
    labelled = kv_label(line)
    labelled = None if labelled and column_role(labelled[0]) is None and mentions_followup(line) else labelled   # 'Next: same slot…'
    if labelled:
        found.pairs.append(with_time_below(labelled, after))
    elif facts.allows(is_followup_label) and (is_followup_label(NUMBERING.sub("", line)) or
                                             mentions_followup(line) and not FOR_NEXT.search(line)):   # 'before the next meeting' is a due
        meeting, line = followup_sentences(line)   # '…。下次例会4月27日上午9点。': the rest may be items
        found.followups.extend(meeting)
        if not line:
            return section
        facts = LineFacts.of(line)
    # read once, asked again below; a line of labels alone sets no meeting, whatever its remark names, nor does the work
    # its labels below complete ('…在清明节后第一个工作日组织…召开检修调试现场会' over '责任单位：…；责任人：…')
    meets = facts.allows(meeting_sentence) and not only_labels(line) and meeting_sentence(line, ctx, after) or ""
    meets = "" if meets and labels_below(after) else meets
    if meets and not names_person(line, ctx):
        found.named.append(meeting_sentences(meets))   # '三、后续会议定于11月12日下午3点召开': no item, the next meeting
        return section
    plain, found.last_plain = found.last_plain, ""
    if plain and heading_with_labels(plain, line, ctx, found):
        found.labelled |= section == DIRECTIVE
        return section
    if marker[0] in NUMBERED and section not in QUIET and arrow_below(after):
        found.topic = topic_of(marker[1])          # '1、topic：where it stands' over '→ what to do'
        return section
    if marker[0] in NUMBERED and section not in QUIET and topic_over_owned_lines(raw, after, ctx):
        found.topic_indent = len(raw) - len(raw.lstrip())      # '2. 雨欣的…有问题' over '   苗雨欣：…': no item
        return section
    if not marker[0] and detail_above_labels(line, after, found):
        return section                             # '1. 确认订单交期' / '客户：巴西…' / '负责人：…　截止：…'
    before = len(found.items)
    if not (section == DIRECTIVE and found.labelled and marker[0] and unlabelled(line, after, ctx)):
        section = _read_work(raw, facts, section, ctx, found)    # (else a rule among labelled tasks: '（三）严格值班…')
    found.topic = found.topic if ARROW.match(line) else ""
    if found.topic and len(found.items) > before:      # (no topic, or no new item: nothing to lead)
        found.items[before:] = led_by_topic(found.items[before:], found.topic)
    if len(found.items) == before and completed_above and not (labelled and not STATED_WORK.match(line) or marker[0]) and \
            run.lines[below - 2].text.strip() and describes_last_item(line, found, ctx):    # (no blank line between)
        return section                             # 'Owner: …' / 'Due: …' / then what the work is
    if len(found.items) == before and section not in QUIET and (not labelled or ACTION_LINE.match(facts.marker[1])):
        found.last_plain = facts.marker[1]         # ('Action: …' then 'Resp.: Mr. Cui' below it)
    if section != REVIEW and meets and (len(found.items) == before or sentence_apart(meets, found.items[before:])):
        found.named.append(meeting_sentences(meets))   # '下周三同一时间再碰一次': the next meeting
    return section


def _read_work(raw: str, facts: LineFacts, section: str, ctx: Context, found: Found) -> str:
    """The items a line asks for, by the section it sits in; a line labelled as an action ('ACTION ITEM (Emma): …',
    '待办：…') is one even among decisions, and after a status list ('Updates') it opens this meeting's work."""
    line = facts.text
    if section in (DECISION, REVIEW) and ACTION_LINE.match(facts.marker[1]):
        _read_work(raw, facts, ACTION, ctx, found)
        return section if section == DECISION else ACTION     # 'Updates' over 'ACTION ITEM (X) — …': the work begins
    if section in (DECISION, DIRECTIVE) and ASSIGNED.search(line) or section == DIRECTIVE and (sets_work(line, ctx) or
            gives_person_work(line, ctx, found.goes_on_list(facts.marker[0], len(raw) - len(raw.lstrip()), marker_number(line)))):
        if not completes_last_item(line, ctx, found):      # '责任人：邱文博' under '（一）开通…账号。'
            found.items.extend(_line_items(facts, len(raw) - len(raw.lstrip()), ACTION, ctx, found, section == DIRECTIVE))
    elif section == DIRECTIVE:                     # a directive without work and a date is a decision,
        completes_last_item(line, ctx, found)     # or the last labels of the item above ('完成时限：另行通知')
    elif section not in QUIET and not completes_last_item(line, ctx, found):
        found.items.extend(_line_items(facts, len(raw) - len(raw.lstrip()), section, ctx, found))
    return section


def _line_items(facts: LineFacts, indent: int, section: str, ctx: Context, found: Found, ruled: bool = False) -> list[Item]:
    """A list item, several inline items, or free sentences; outside an action section each must name its owner
    itself, and a free sentence must give a deadline too. A bullet indented under a numbered item is a detail of it
    unless it names its own owner. `ruled`: a directive's points ('一是…二是…') each need a day or a named unit."""
    line = facts.text
    pieces = split_inline(line) if facts.allows(split_inline) else [line]
    kind, text = facts.marker
    text = facts.allows(owned_among) and owned_among(text) or text   # 'AI Gong / Claire: …. Claire owns the report, due 3/27'
    section = ACTION if ACTION_LINE.match(text) or kind == "check" or found.topic_indent is not None else section   # 'AI: Kai
    #                                                             to …' anywhere; an open box ('[ ] …') is a to-do anywhere
    if len(pieces) > 1:
        chunks, kind = pieces[1:], kind or "inline"
    elif kind == "checked":
        return []
    elif not kind and section == INFO and not URGENT_ASK.match(text) and not duty_handed(text, ctx) or \
            facts.allows(notice) and notice(text):
        return []                                   # background prose, a notice: names and dates of what happened
    else:
        chunks, meetings = ([text], []) if kind or ACTION_LINE.match(text) else free_clauses(text, ctx)   # A…，B…，下周同一时间再碰
        found.named.extend(meetings)
    detail = kind in ("bullet", "letter") and indent > found.last_list[1] and found.last_list[0] in NUMBERED
    if kind:
        found.last_list = (kind, indent) if not detail else found.last_list
    hint = found.person or (preamble_owner(pieces[0], ctx) if len(pieces) > 1 else None) or \
        bracket_list_owner(pieces, ctx)                                     # '马骏负责，…（其中：1.…；2.…）'
    strict = not ((kind or ACTION_LINE.match(text)) and section == ACTION) and hint is None or detail
    in_work = strict and kind in NUMBERED and found.work_list == (kind, indent) and len(pieces) == 1 and \
        UNOWNED_WORK.search(text) is not None and not UNKNOWN_PERSON.search(text)   # '4.轮毂毛刺投诉 质量部下周三给个结论'
    items = []
    numbers = range(1, len(chunks) + 1) if len(pieces) > 1 else [facts.allows(marker_number) and marker_number(line) or None] + [None] * (len(chunks) - 1)
    directive = len(pieces) > 1 and (ruled or DIRECTIVE_OPENING.search(pieces[0]))    # '会议要求，一是…二是…'
    chunks, numbers = owned_parts(chunks, numbers, ctx)     # '…由邵蓓负责，5月16日前…；初中英语由仲丽负责，…': two
    chunks, numbers = (chunks, numbers) if kind else phased_parts(chunks, ctx)   # '…6月底前…，年底前全部完工': two
    for chunk, written in zip(chunks, numbers):
        if not kind and facts.allows(about_this_meeting) and about_this_meeting(chunk):
            continue
        need_due = not kind and section != ACTION and not asks_help(chunk) or section == INFO or bool(directive)
        item = read_item(chunk, ctx, owner_hint=hint, strict=strict, need_due=need_due) or \
            (directive and unit_directive(chunk, ctx))    # '二是城管办负责…巡查': that unit's work, dated or not
        later = kind in (*NUMBERED, "bullet") and not (item and item.owner) and owner_clause(chunk, ctx)   # '…tight. Pieter to…'
        item = (read_item(later, ctx, owner_hint=hint, strict=strict, need_due=need_due) or item) if later else item
        item = dated_clause(chunk, item, ctx) if item and not kind and section != ACTION else item   # prose: the dated clause
        if in_work and not item:                    # a list of work above: unowned, it is work when it gives a day
            item = read_item(chunk, ctx, strict=False)
            item = item if item and item.due_date else None
        if item:
            if written:
                found.written[len(found.items) + len(items)] = written
            items.extend(with_co_owners(item, chunk, ctx))
            found.last_text = chunk
    found.work_list = (kind, indent) if items and kind in NUMBERED else ("", -1) if kind in NUMBERED else found.work_list
    if items and (kind or ACTION_LINE.match(text)):        # 'ACTION ITEM (Sean): …' lines are a list as much
        found.evidence.add("list")
    return items

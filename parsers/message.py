"""parse_message, the parsers' one entry point (parsers/__init__.py says what it returns), and its steps."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from datetime import time
from zoneinfo import ZoneInfo

from parsers.mail import auto, hant, mime
from parsers.mail.addresses import People, forwarded_people, quoted_writer
from parsers.replies import reader as replies
from parsers.replies.confirmed_work import confirmed_work
from parsers.replies.spans import dated_spans, dues_by_row
from parsers.replies.splitters import after_splitter
from parsers.mail.classify import Signals, calendar_reply, classify, is_forward
from parsers.mail.letter import is_letter
from parsers.minutes.grids.columns import is_header
from parsers.context import Context
from parsers.minutes.lines.document import rows_cover
from parsers.mail.auth import results as auth_results
from parsers.minutes.meeting.followup import meeting_held, next_followup
from parsers.minutes.lines.preface import hand_over, moved_by_preface, preface_of, reassigned_by_preface
from parsers.limits import DEFAULT, Limits
from parsers.minutes.meeting.meta import is_correction, meeting_ref, meeting_title, participants
from parsers.minutes.reader import MinutesRead, read_minutes
from parsers.frozen import quick_replace
from parsers.model import Meeting, ParsedMessage, Person, Reply
from parsers.minutes.owning.people import Roster
from parsers.dates.workdays import WorkdayCalendar

__all__ = ["parse_message"]
BODY_FAILED = "body not understood"    # the warning of a body the reader failed on (a parser error)
MOSTLY_NEW = 0.9      # a 'reply' whose new text is this much of the body quotes nothing: read it whole
QUOTE_MARKS = re.compile(r"^(?:[ \t]*>)+ ?")    # the quote marks before a quoted line ('> > ')

# an answer about a numbered item ('第1项有异议', '③没意见', 'item 4'): to a recap, whoever sent the mail it quotes
ITEM_REF = re.compile(r"第\s*[\d一二三四五六七八九十]{1,3}\s*[项項条條]|[\u2460-\u2473]|#\s?\d|\bitems?\s*\d", re.I)
BOT_NAME = re.compile(r"助手|机器人|\b(?:bot|minutebot)\b|\bminutes?\s+assistant\b|\bminutes$", re.I)   # a mail bot's display name ('PawIsle Minutes'), never an owner


def parse_message(raw: bytes, *, tz: ZoneInfo, roster: Roster, calendar: WorkdayCalendar, bot_address: str = "",
                  default_due_time: time = time(18, 0), limits: Limits = DEFAULT) -> ParsedMessage:
    mail = mime.decode(raw, limits)                          # MailError: not mail at all
    sent = mail.date.astimezone(tz) if mail.date else None
    people = tuple(a for a in (mail.sender, *mail.to, *mail.cc) if a and a.email and not _is_bot(a.email, bot_address)
                   and not BOT_NAME.search(a.name or ""))   # '纪要助手 <jiyao@…>': a bot by its name, whatever its address
    ctx = Context(sent, calendar, roster, People((*people, *_forwarded(mail, people, bot_address))), default_due_time,
                  mail.sender, written_offset=mail.date.utcoffset() if mail.date else None)
    base = _envelope(mail, sent, roster)
    try:
        return _understand(mail, base, ctx, bot_address, limits)
    except Exception as exc:                                 # the contract: mail always gives a ParsedMessage
        return replace(base, warnings=(*base.warnings, f"{BODY_FAILED} ({type(exc).__name__}: {exc})"))


def _understand(mail: mime.Mail, base: ParsedMessage, ctx: Context, bot_address: str, limits: Limits) -> ParsedMessage:
    """The steps in order: auto?, which text, minutes read, kind, then the meeting or the reply."""
    reason = auto.auto_reason(mail, bot_address)
    replying = replies.looks_like_reply(mail.subject, mail.in_reply_to, mail.references) and \
        (not is_forward(mail.subject) or _answers_in_thread(mail))
    cuts: list[str] = []
    text, read, source = _read(mail, ctx, replying and not reason, replies.new_text, lambda t: _bounded(t, limits, cuts))
    if cuts:
        base = replace(base, warnings=(*base.warnings, *dict.fromkeys(cuts)))
    subject, opening = _readable(mail.subject), _readable(text[:600])
    letter = is_letter(subject, opening, _readers(mail, bot_address)) and \
        not (replying and _commands_bot(mail, text, ctx))
    signed = any("+" in a.email.partition("@")[0] for a in (*mail.to, *mail.cc) if a.email)
    writer = quoted_writer(mail.plain or mail.text) if replying and not signed else None   # whose mail it answers
    signals = Signals(reason, mail.calendar_method, replying, is_correction(subject, opening), subject, opening, letter,
                      signed=signed, to_bot=not writer or _is_bot(writer.email, bot_address) or
                      bool(BOT_NAME.search(writer.name or "") or ITEM_REF.search(text)),
                      others_owning=len({i.owner.email for i in read.items if i.owner and i.owner.email} -
                                        {mail.sender.email if mail.sender else ""}))
    kind = classify(signals, read)
    base = quick_replace(base, kind=kind, auto_reason=reason, attachment=source if kind == "minutes" else None,
                   calendar_reply=calendar_reply(mail.calendar) if mail.calendar_method == "REPLY" else None)
    if kind == "minutes":
        preface = preface_of(text)                  # a forward's own lines: '第3项…由你跟进', '第3项…改为6月13日前交'
        handed = hand_over(reassigned_by_preface(read.items, preface, ctx), preface, _to_people(mail, ctx.roster, bot_address))
        handed = moved_by_preface(handed, preface, ctx)
        return _with_minutes(base, replace(read, items=handed), mail, ctx)
    if kind == "reply":
        reply = _with_reply(base, text, ctx, replies.parse_reply, limits.max_reply_chars)
        quoted = cache(lambda: _quoted_rows(mail, text, ctx, limits))
        if not ctx.sent or reply.reply is None:
            return reply
        read = confirmed_work(reply.reply, lambda: quoted()[1])       # '第3项已确认' on '确认…': the work is done
        return replace(reply, reply=dated_spans(read, lambda: quoted()[0], ctx.sent.date(), ctx.calendar,
                                                lambda: quoted()[1], lambda: _own_rows(quoted()[2], mail.sender)))
    return base


def _envelope(mail: mime.Mail, sent, roster: Roster) -> ParsedMessage:
    """What the headers say, as kind 'other' until the body is understood."""
    return ParsedMessage(
        message_id=mail.message_id, kind="other", subject=mail.subject, sent_at=sent, sender=_person(mail.sender, roster),
        to=tuple(_person(a, roster) for a in mail.to), cc=tuple(_person(a, roster) for a in mail.cc),
        in_reply_to=mail.in_reply_to, references=mail.references, reply_to=tuple(a.email for a in mail.reply_to),
        auth_results=auth_results(mail.headers), sender_problem=mail.sender_problem, unreadable=mail.unreadable,
        warnings=(*mail.warnings, *(() if sent else ("no usable Date header: no due dates resolved",))))


SEE_ATTACHED = re.compile(r"(?:纪要|记录|minutes|notes)[^。\n]{0,20}?(?:见|详见|请见|在|放在)附件|(?:附件(?:是|为|中|里)?|附上|随附)[^。\n]{0,10}?"
                          r"(?:纪要|记录)|\b(?:minutes|notes|MoM)\b[^.\n]{0,80}?\b(?:attached|enclosed|in\s+the\s+attachment)\b|"
                          r"\b(?:attached|enclosed)\b[^.\n]{0,30}?\b(?:minutes|MoM)\b", re.I)   # 'Minutes of … are attached (PDF)'


def _read(mail: mime.Mail, ctx: Context, replying: bool, new_text, bounded) -> tuple[str, MinutesRead, str | None]:
    """The text to read, what it says, and the attachment it was read from (None: the body). A reply is read from
    its new text only (the quoted recap lists every item again); a forward or a reply that quotes nothing is read
    whole, tables and attachments too; a body without items (请查收附件), or one that says the minutes are attached
    ('周会纪要见附件，机器人帮忙跟一下'), gives way to its attachments when they hold items.
    Each text is `bounded` (max_lines, max_line_chars, max_minutes_chars): the readers cost time per line and per
    character, so a hostile text is read only as far as a long real one goes."""
    body, tables = _body(mail)
    whole = bounded(body)
    if replying:
        new = bounded(new_text(mail.plain, mail.html))
        if len(_letters(new)) < MOSTLY_NEW * len(_letters(mail.text)):
            return new, _read_minutes(new, ctx), None
    read = _read_minutes(whole, ctx, tables)
    if (not read.items or SEE_ATTACHED.search(whole)) and mail.attachment_text.strip():   # '周会纪要见附件，…'
        attached = _read_minutes(bounded(mail.attachment_text), ctx, mail.tables)
        if attached.items:                  # the body may still give the meeting's time and the next one
            attached = replace(attached, facts={**read.facts, **attached.facts},
                               followups=(*attached.followups, *read.followups))
            return whole + "\n" + mail.attachment_text, attached, _source(attached.items, mail.attached_parts)
    return whole, read, None


def _source(items: tuple, parts: tuple[tuple[str, str], ...]) -> str | None:
    """The attachment(s) whose text holds the items' tasks, by name, in order."""
    names = [name for name, text in parts if any(_letters(item.task)[:12] in _letters(text) for item in items)]
    return ", ".join(dict.fromkeys(names)) or (parts[0][0] if len(parts) == 1 else None)


def _read_minutes(text: str, ctx: Context, tables: tuple = ()) -> MinutesRead:
    """read_minutes, with Traditional Chinese folded to Simplified first and the tasks given back as written."""
    if not hant.is_traditional(text):
        return read_minutes(text, ctx, tables)
    folded = hant.fold(text)
    read = read_minutes(folded, ctx, tuple(tuple(tuple(map(hant.fold, row)) for row in table) for table in tables))
    return replace(read, items=tuple(replace(item, task=hant.unfold(item.task, folded, text),
                                             owner=_owner_as_written(item.owner, folded, text, ctx))
                                     for item in read.items))


def _owner_as_written(owner: Person | None, folded: str, text: str, ctx: Context) -> Person | None:
    """A roster person keeps the roster's name; anyone else is named as the mail writes them (張雅婷, not 张雅婷)."""
    if owner is None or not owner.name or ctx.roster.find_by_email(owner.email):
        return owner
    return replace(owner, name=hant.unfold(owner.name, folded, text))


def _readable(text: str) -> str:
    """The text as the word lists read it (Traditional folded to Simplified)."""
    return hant.fold(text) if hant.is_traditional(text) else text


def _body(mail: mime.Mail) -> tuple[str, tuple]:
    """The text to read and the tables to match its rows with. The plain part when there is one and it keeps
    the tables as rows (its table rows are then matched with the HTML tables, rowspans expanded); else the HTML
    as text, which always has the tables' rows."""
    if mail.plain.strip() and _plain_is_enough(mail.plain, mail.html):
        return mail.plain, mail.attachment_tables
    item_tables = tuple(table for table in mail.tables if any(is_header(row) for row in table[:4]))
    if mail.plain.strip() and rows_cover(mail.plain, item_tables):
        return mail.plain, mail.tables
    return mail.html_text or mail.plain, mail.tables


def _plain_is_enough(plain: str, html: str) -> bool:
    """A cheap look that spares reading the HTML: it has no table, or it merges no cell and the plain part has a
    tab-separated row for each of its rows (what Outlook and Foxmail write), so the HTML would add nothing.
    (The tags are looked for in ASCII bytes, lower-cased: what html.lower() would show, at a tenth of the cost.)"""
    low = html.encode("ascii", "replace").lower()
    if b"<table" not in low:
        return True
    if b"rowspan" in low or b"colspan" in low:
        return False
    return sum(1 for line in plain.splitlines() if "\t" in line.strip()) >= low.count(b"<tr")


def _with_minutes(base: ParsedMessage, read: MinutesRead, mail: mime.Mail, ctx: Context) -> ParsedMessage:
    facts = read.facts
    held = meeting_held(facts, ctx)
    meeting = Meeting(
        title=meeting_title(mail.subject, facts.get("title", "")), ref=meeting_ref(mail.subject, facts.get("ref", "")),
        held_at=held,
        participants=participants(facts.get("people", ""), ctx,
                                  People(a for a in ctx.known if a != mail.sender and a in (*mail.to, *mail.cc))),
        next_followup=next_followup(list(read.followups), ctx, held))
    return quick_replace(base, meeting=meeting, items=read.items)


def _with_reply(base: ParsedMessage, text: str, ctx: Context, parse_reply, max_chars: int) -> ParsedMessage:
    if ctx.sent is None:
        return replace(base, reply=Reply("unknown", text=text.strip()))
    read = parse_reply(_readable(text[:max_chars]), ctx.sent, ctx.calendar)    # commands: in the first max_chars
    return replace(base, reply=replace(read, text=text.strip()))


def _quoted_rows(mail: mime.Mail, new: str, ctx: Context, limits: Limits) -> tuple[dict, dict, dict]:
    """({item number: due date}, {item number: task}, {item number: owner}) of the recap a reply quotes, read as minutes without the reply's
    own lines (for a span: 'two more days on item 4'; '第4项往后推3天' itself is no item due in 3 days)."""
    body, tables = _body(mail)
    own = {line.strip() for line in new.splitlines() if line.strip()}
    lines = [line for line in _bounded(body, limits, []).splitlines() if line.strip() not in own]
    marked = [QUOTE_MARKS.sub("", line) for line in lines if QUOTE_MARKS.match(line)]
    quoted = "\n".join(marked or after_splitter(lines))      # quoted with '>': those lines unquoted; else after the
    #   splitter ('… napisał(a):'): neither is the signature above them
    items = _read_minutes(quoted, ctx, tables).items
    dues = dues_by_row([item.due_date for item in items], quoted)
    return dues, dict(zip(dues, (item.task for item in items))), dict(zip(dues, (item.owner for item in items)))


def _own_rows(owners: dict, sender) -> tuple[int, ...]:
    """The quoted rows whose owner is the reply's sender (by address, else by the name the From shows)."""
    if sender is None:
        return ()
    return tuple(n for n, owner in owners.items() if owner and (
        owner.email and owner.email.lower() == (sender.email or "").lower() or
        not owner.email and owner.name and owner.name == sender.name))


def _forwarded(mail: mime.Mail, people: tuple, bot_address: str) -> tuple:
    """The people a forwarded message's header block names with an address (its writer, its To/Cc), when the mail is
    a forward: an owner named there is that person (read with the headers' people, never as a recipient)."""
    if not is_forward(mail.subject):
        return ()
    seen = {a.email for a in people}
    return tuple(a for a in forwarded_people(mail.plain or mail.text) if a.email not in seen and not _is_bot(a.email, bot_address))


def _commands_bot(mail: mime.Mail, text: str, ctx: Context) -> bool:
    """An answer in a thread (In-Reply-To/References) whose new text carries a command for the bot ('申请延期至10月16日'):
    a reply to the bot's mail even when it greets the one it is sent To (the bot's name when the bot is not known)."""
    threaded = bool(mail.in_reply_to or mail.references)
    return threaded and ctx.sent is not None and \
        replies.parse_reply(_readable(text[:2000]), ctx.sent, ctx.calendar).intent != "unknown"


def _readers(mail: mime.Mail, bot_address: str) -> tuple[str, ...]:
    """The To recipients other than the bot, each as 'display name mailbox' (what a greeting may name)."""
    return tuple(f"{a.name or ''} {a.email.partition('@')[0]}" for a in mail.to
                 if a.email and not _is_bot(a.email, bot_address))


def _to_people(mail: mime.Mail, roster: Roster, bot_address: str) -> tuple[tuple[Person, str], ...]:
    """The people a mail is sent To, the bot aside: each by their roster name, with the name the mail shows
    (('孙浩', …), 'Howard Sun'))."""
    to = [a for a in mail.to if a.email and not _is_bot(a.email, bot_address)]
    return tuple((_person(replace(a, name=(roster.find_by_email(a.email) or a).name or a.name), roster), a.name) for a in to)


def _person(address: mime.Address | None, roster: Roster) -> Person | None:
    if address is None:
        return None
    entry = roster.find_by_email(address.email)
    return Person(address.name or (entry.name if entry else None), address.email or None,
                  entry.department or None if entry else None)


def _answers_in_thread(mail: mime.Mail) -> bool:
    """'Re: 转发：…' with an In-Reply-To: the outermost prefix is what this mail did — it answers a message of the
    thread (the bot's recap of forwarded minutes), it does not forward them."""
    return bool(mail.in_reply_to) and bool(replies.REPLY_PREFIX.match(mail.subject or ""))


def _is_bot(email: str, bot_address: str) -> bool:
    """The bot itself, also under a signed reply address (minutes+token@domain)."""
    if not bot_address:
        return False
    local, _, domain = email.lower().partition("@")
    bot_local, _, bot_domain = bot_address.lower().partition("@")
    return domain == bot_domain and local.split("+")[0] == bot_local.split("+")[0]


def _bounded(text: str, limits: Limits, cuts: list[str]) -> str:
    """The first max_lines lines, each cut at max_line_chars, all of them cut at max_minutes_chars (at a line's end);
    each cut made is named in `cuts`."""
    if text.count("\n") >= limits.max_lines:
        text = "\n".join(text.split("\n", limits.max_lines)[:limits.max_lines])
    if text.count("\n") >= limits.max_lines - 1:
        cuts.append(f"only the first {limits.max_lines} lines were read (max_lines)")
    width = limits.max_line_chars
    if len(text) > width and any(len(line) > width for line in text.split("\n")):
        text = "\n".join(line[:width] for line in text.split("\n"))
        cuts.append(f"lines longer than {width} characters were read up to there (max_line_chars)")
    if len(text) > limits.max_minutes_chars:
        cut = text.rfind("\n", 0, limits.max_minutes_chars + 1)
        text = text[:cut if cut > 0 else limits.max_minutes_chars]
        cuts.append(f"only the first {limits.max_minutes_chars} characters were read (max_minutes_chars)")
    return text


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", text or "")

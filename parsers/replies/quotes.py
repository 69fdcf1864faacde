"""What the sender wrote now: a reply without the quoted mail, forwarded headers, signature or disclaimer.

    new_text('收到，确认无异议。\\n\\n------------------ 原始邮件 ------------------\\n发件人: …')  -> '收到，确认无异议。'

Why we write our own (research/anchors-protocols.md §5): the known libraries read English attributions only,
and a reply to the bot always quotes the recap, whose footer lists every command word (确认/有异议/已完成/
进度80%/延期至…). Anything left of the quote would be read as commands, so cutting it is the whole job.

Two passes, the way Discourse and talon do it:
1. HTML (when given): cut at the first quote container in document order — Gmail `.gmail_quote`, Outlook
   `#divRplyFwdMsg`/`#appendonsend`/a border-top box that starts with 发件人/From, any `blockquote`, QQ/Foxmail
   `#isReplyContent`, NetEase `.ntes-mailmaster-quote`, Coremail `.ReferenceQuote`, Thunderbird
   `.moz-cite-prefix` … — and drop signature boxes; then read the rest as text.
2. Text: each line is marked (splitters.py: separator, attribution, header block, '>' quote, text). The sender's
   words are the text before the first quote and, as talon reads them, the text under each '>' block (a bottom
   post, or answers written under the quoted items: an answer under the row of item 2 that names no item is read
   as '第2项：…'); a quote that is not '>'-marked runs to the end. Signatures and footers are cut from each run
   (signatures.py). '>' lines with no quote header are dropped, unless a line is framed '>>> … <<<'.
The plain part is trusted when it shows a quote marker; otherwise the HTML cut is used when it found one. When the
sender's words point below ('见下方红字', 'see inline'), the answers written in colour inside the quoted HTML are added
(inline.py).
"""
from __future__ import annotations

import re

from lxml import etree

from parsers.mail.htmltext import parse_html, text_of
from parsers.replies.bracketed import bracket_answers, marks_brackets
from parsers.replies.inline import inline_answers, points_below
from parsers.replies.signatures import signature_start
from parsers.replies.splitters import mark_lines, split_inline_attribution

CIRCLED = "\u2460-\u2473\u2776-\u277f"
ROW_NUMBER = re.compile(rf"^\s*>[>\s]*(?:\|\s*)?(?:第\s*)?(?P<n>\d{{1,2}}|[{CIRCLED}])\s*(?:项|項)?\s*(?:\||[.、)）:：]|\s)")
HAS_REF = re.compile(rf"第\s*\S{{1,6}}?\s*[项項条條]|[{CIRCLED}]|#\s*\d|\bitems?\s*\d|^\s*\d{{1,2}}\s*[.、)）]", re.I)
LINK_PIECE = re.compile(r"^\s*\(?\s*(?:https?://|www\.)\S*\s*\)?\s*>?\s*$|^\S{1,80}\)\s*$")
MAX_LINES = 5_000        # lines of a reply read: its new text and quote are far shorter; a flood costs no more
NOT_SPLIT = re.compile(r"[^se]")
NOT_EMPTY = re.compile(r"[^e]")
ROW_LOOKBACK = 8         # lines looked back for the quoted item an answer is written under
ROW_LINES = 2            # a quoted item is its numbered line and at most one detail line ('负责人：… 截止时间：…')
RULE = re.compile(r"^\s*[_\-—─=*]{4,}\s*$")
BOT_SIGN_OFF = re.compile(r"^\s*(?:—{1,2}|-{2})\s*\S[^()（）]{0,40}[(（][^()（）]*(?:自动发送|自動發送|sent\s+automatically|"
                          r"automatic)[^()（）]*[)）]\s*$", re.I)   # the recap's last line (templates/*/recap.txt)
FROM_LINE = re.compile(r"^\s*\*{0,2}(?:发件人|發件人|寄件者|寄件人|发信人|from|von|de|fra|från|от)\*{0,2}\s*[:：]", re.I)

# HTML: elements where the quoted mail begins (cut it and all after it) and signature boxes (drop only them).
QUOTE_IDS = {"divrplyfwdmsg", "appendonsend", "isreplycontent", "isforwardcontent", "foxmail_quote",
             "divneteasemailcard", "mail-editor-reference-message-container", "reply-content", "origbody"}
QUOTE_CLASSES = {"gmail_quote", "gmail_attr", "gmail_quote_container", "moz-cite-prefix", "ntes-mailmaster-quote",
                 "referencequote", "yahoo_quoted", "protonmail_quote", "zmail_extra", "tutanota_quote",
                 "history-quote-wrapper"}
QUOTE_NAMES = {"messagereplysection", "replycontent"}
SIGNATURE_IDS = {"signature", "ntes-pcmail-signature", "ntes-signature", "qm_con_body_sign"}
SIGNATURE_CLASSES = {"gmail_signature", "moz-signature", "signature"}
DROP_TAGS = ("head", "style", "script", "title", "meta", "xml")


def new_text(plain: str, html: str = "") -> str:
    """Only what the sender wrote now: quotes, forwarded/quoted headers, signatures and mobile footers removed; and,
    when it points below ('见下方红字', 'see inline'), the answers written in colour inside the quoted HTML."""
    text = _own_text(plain, html)
    marked = bracket_answers(plain or _html_lines(html)) if marks_brackets(text) else []    # '（【】里是我的）'
    if marked:
        return "\n\n".join([text, "\n".join(marked)])
    if not (html or "").strip() or not points_below(text):
        return text
    root = parse_html(html)
    start = None if root is None else next((e for e in root.iter() if isinstance(e.tag, str) and _is_quote(e)), None)
    answers = inline_answers(root, start) if start is not None else []
    return "\n\n".join([text, "\n".join(answers)]) if answers else text


def _html_lines(html: str) -> str:
    root = parse_html(html)
    return "" if root is None else text_of(root)


def _own_text(plain: str, html: str) -> str:
    plain_new, plain_found = strip_text(plain or "")
    if not (html or "").strip():
        return plain_new
    body, container = cut_html(html)
    html_new, html_found = strip_text(body)
    if not (plain or "").strip() or (container and _kept_more(html_new, plain_new)):
        return html_new       # or where the text's words went with the attribution line they were typed on
    if plain_found and html_found and _tighter(html_new, plain_new) and not _answers_under_quotes(plain):
        return html_new       # (not where the plain part answers under quoted rows the HTML cut drops: Apple Mail)
    if not plain_found and (container or html_found):
        return html_new
    return plain_new


def strip_text(text: str) -> tuple[str, bool]:
    """The sender's words (see the module docstring) and whether a quote, signature or footer was seen."""
    lines = [piece for line in _lines(text)[:MAX_LINES] for piece in split_inline_attribution(line)]
    marks = mark_lines(lines)
    parts = _own_parts(lines, marks)
    kept: list[str] = []
    cut = False
    for number, part in enumerate(parts):
        end = signature_start(part, below_quote=number > 0)
        cut = cut or end < len(part)
        while end and (RULE.match(part[end - 1]) or not part[end - 1].strip()):
            end -= 1                                            # Outlook's '____' above the quoted header
        if any(line.strip() for line in part[:end]):
            kept += part[:end]
    found = cut or "s" in marks or "m" in marks
    return re.sub(r"\n{3,}", "\n\n", "\n".join(line.rstrip() for line in kept)).strip(), found


def _answers_under_quotes(text: str) -> bool:
    """Does the sender write under a '>' block as well as above it (answers under the quoted items)?"""
    lines = _lines(text)[:MAX_LINES]
    marks = mark_lines(lines)
    return "m" in marks and len(_own_parts(lines, marks)) > 1


def _lines(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u3000", " ")
    return text.split("\n")


def _own_parts(lines: list[str], marks: str) -> list[list[str]]:
    """The runs of lines the sender wrote: before the first quote, then each run of text under a '>' block."""
    parts: list[list[str]] = [[]]
    index, last = 0, ""                                         # last: the mark of the last line that is not empty
    while index < len(lines):
        mark = marks[index]
        if mark == "s":
            after = NOT_SPLIT.search(marks, index)
            if after is None or marks[after.start()] != "m":
                below = None if _written(parts) else _below_sign_off(lines, index)
                if below is None:
                    break                                       # an unmarked quote runs to the end
                parts.append([])                                # a bottom post under the quoted recap's sign-off
                index, last = below, ""
                continue
            index = after.start()
            continue
        if mark == "m" or last == "m" and _link_piece(lines, marks, index):
            parts.append([])
            index, last = index + 1, "m"
            continue
        if mark == "t" and last == "m" and not any(line.strip() for line in parts[-1]):
            parts[-1].append(_with_row_number(lines, marks, index))
        else:
            parts[-1].append(lines[index])
        index, last = index + 1, (mark if mark != "e" else last)
    return [part for part in parts if any(line.strip() for line in part)]


def _written(parts: list[list[str]]) -> bool:
    return any(line.strip() for part in parts for line in part)


def _below_sign_off(lines: list[str], index: int) -> int | None:
    """Nothing written above an unmarked quote: the line after the bot's own sign-off that ends the quoted recap
    ('—— 纪要助手（自动发送）', '-- Minutes Bot (sent automatically)'), when the sender wrote below it; else None."""
    ends = [i for i in range(index, min(len(lines), MAX_LINES)) if BOT_SIGN_OFF.match(lines[i])]
    if not ends or not any(line.strip() for line in lines[ends[-1] + 1:]):
        return None
    return ends[-1] + 1


def _link_piece(lines: list[str], marks: str, index: int) -> bool:
    """A link the quote's line wrap broke out of its '>' lines: ' (http://…) >', '_nonce=3dd518)'."""
    if marks[index] != "t" or not LINK_PIECE.match(lines[index]):
        return False
    after = NOT_EMPTY.search(marks, index + 1)
    return after is None or marks[after.start()] == "m"


def _with_row_number(lines: list[str], marks: str, index: int) -> str:
    """An answer under a quoted item ('> | 2 | 预算表 | 李强 |' or '> 2. 预算表' and its '>    负责人：…' line, then
    '已完成') is about that item: '第2项：已完成'."""
    above = [lines[i] for i in range(index - 1, max(-1, index - ROW_LOOKBACK), -1)
             if marks[i] == "m" and lines[i].strip(" >")][:ROW_LINES]
    row = next((match for match in map(ROW_NUMBER.match, above) if match), None)
    if not row or not lines[index].strip() or HAS_REF.search(lines[index]):
        return lines[index]
    return f"第{row.group('n')}项：{lines[index].strip()}"


def _tighter(html_new: str, plain_new: str) -> bool:
    """The HTML cut is shorter and is the start of the plain cut: it cut less of the sender's words off."""
    return bool(_letters(html_new)) and _starts(html_new, plain_new)


def _kept_more(html_new: str, plain_new: str) -> bool:
    """The HTML, cut at its quote block, holds the plain cut and more: the plain part's last words were typed onto
    the attribution line ('…样品清单下午发林工纪要助手 <a@b> 于…写道：') and went with it."""
    return _starts(plain_new, html_new)


def _starts(shorter: str, longer: str) -> bool:
    """The letters of `shorter` begin those of `longer`, which has more."""
    short, long = _letters(shorter), _letters(longer)
    return len(short) < len(long) and long.startswith(short)


def _letters(text: str) -> str:
    return re.sub(r"[\W_]+", "", text)


def cut_html(markup: str) -> tuple[str, bool]:
    """The HTML read as text up to its first quote container (signature boxes dropped); and whether one was found."""
    root = parse_html(markup)
    if root is None:
        return "", False
    for element in list(root.iter(*DROP_TAGS, etree.Comment, etree.ProcessingInstruction)):
        _remove(element)
    for element in [e for e in root.iter() if isinstance(e.tag, str) and _is_signature(e)]:
        _remove(element)
    start = next((e for e in root.iter() if isinstance(e.tag, str) and _is_quote(e)), None)
    if start is not None:
        _cut_from(start)
    return text_of(root), start is not None


def _is_quote(element) -> bool:
    if element.tag == "blockquote":
        return True
    if (element.get("id") or "").lower() in QUOTE_IDS or (element.get("name") or "").lower() in QUOTE_NAMES:
        return True
    if QUOTE_CLASSES & set((element.get("class") or "").lower().split()):
        return True
    return _outlook_header_box(element)


def _outlook_header_box(element) -> bool:
    """Outlook desktop: <div style="border-top:solid #E1E1E1 1.0pt"> holding 发件人:/From: … the quoted header."""
    style = (element.get("style") or "").replace(" ", "").lower()
    if element.tag != "div" or "border-top:solid" not in style:
        return False
    return bool(FROM_LINE.match(element.text_content().strip()))


def _is_signature(element) -> bool:
    if (element.get("id") or "").lower() in SIGNATURE_IDS:
        return True
    return bool(SIGNATURE_CLASSES & set((element.get("class") or "").lower().split()))


def _remove(element) -> None:
    """Remove an element but keep the text that follows it (its tail)."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail or ""
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(element)


def _cut_from(start) -> None:
    """Drop `start` and everything after it in document order."""
    node = start
    while node.getparent() is not None:
        parent = node.getparent()
        node.tail = None
        for following in list(node.itersiblings()):
            parent.remove(following)
        node = parent
    start.getparent().remove(start)

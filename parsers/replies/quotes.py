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
2. Text: cut at the first separator (原始邮件, Original Message, 回复的原邮件), attribution ('在…写道：',
   '…于…写道：', 'On … wrote:'), header block (发件人/From + 发送时间/Sent/日期/收件人/主题 within a few lines,
   full-width colons and Mail Master '| 发件人 |' rows too), signature ('-- ', 发自我的iPhone, Sent from my …,
   Get Outlook for …) or disclaimer; then drop the remaining '>' lines.
The plain part is trusted when it shows a quote marker; otherwise the HTML cut is used when it found one.
"""
from __future__ import annotations

import re

from lxml import etree

from parsers.mail.htmltext import parse_html, text_of

SEPARATOR = re.compile(
    r"^\s*[-_=—–─*]{2,}\s*(?:原始邮件|原始郵件|原邮件|原郵件|回复的原邮件|回覆的原郵件|转发的原邮件|转发邮件|转发的邮件|邮件原文|"
    r"original\s+message|original|replied\s+message|forwarded\s+message|message\s+d'origine|ursprüngliche\s+nachricht)"
    r"\s*[-_=—–─*]{2,}\s*$|^\s*(?:begin\s+forwarded\s+message|以下是转发的邮件|下面是转发的邮件)\s*[:：]?\s*$", re.I)
ATTRIBUTION = re.compile(r"(?:写道|寫道|wrote|schrieb|a\s+écrit|escribió)\s*[:：]\s*$", re.I)
ATTRIBUTION_START = re.compile(r"^\s*(?:>\s*)?(?:on|at|在|于|於|le|am|el)\b|^\s*(?:>\s*)?(?:在|于|於)", re.I)
HEADER_FIELD = (r"(?:发件人|發件人|寄件者|寄件人|发信人|from|von|发送时间|發送時間|发送日期|寄件日期|日期|时间|sent|date|gesendet|收件人|收件者|to|an|"
                r"抄送|副本|cc|主题|主旨|標題|标题|subject|betreff)")
HEADER_LINE = re.compile(r"^\s*(?:[|>]\s*)?\*{0,2}" + HEADER_FIELD + r"\*{0,2}\s*(?:[:：]|\|)", re.I)
FROM_LINE = re.compile(r"^\s*(?:[|>]\s*)?\*{0,2}(?:发件人|發件人|寄件者|寄件人|发信人|from|von)\*{0,2}\s*(?:[:：]|\|)", re.I)
RULE_LINE = re.compile(r"^\s*(?:_{8,}|-{8,}|—{4,}|─{4,})\s*$")
SIGNATURE = re.compile(
    r"^\s*(?:--|—{2})\s*$|^\s*(?:发自|来自|寄自|发送自|從我的|从我的)\s*.{0,24}?(?:iphone|ipad|android|手机|手機|邮箱|郵箱|邮件|"
    r"郵件|大师|客户端|app|outlook|mail|设备|裝置)\S{0,12}\s*$|^\s*(?:从|從)我的.{1,20}(?:发送|發送)\s*$|"
    r"^\s*(?:sent\s+(?:from|via|with)\s+\S.{0,50}|get\s+outlook\s+for\s+\S+.{0,20}|(?:获取|下载|取得)\s*outlook.{0,30}|"
    r"envoyé\s+de\s+mon\s+\S+|von\s+meinem\s+\S+\s+gesendet)\s*$", re.I)
DISCLAIMER = re.compile(r"^\W*(?:免责声明|保密声明|保密提示|法律声明|confidentiality|disclaimer)|if\s+you\s+(?:are\s+not\s+the\s+intended|"
                        r"have\s+received\s+this)", re.I)
SECRECY = re.compile(r"(?:本|此|该)邮件.{0,30}(?:保密|机密|专有|误收|误发|法律保护)|"
                     r"this\s+(?:e-?mail|message).{0,60}(?:confidential|privileged|intended\s+(?:solely|only|recipient))", re.I)
QUOTED = re.compile(r"^\s*>")
HEADER_WINDOW = 6        # lines after 发件人/From in which another header field must appear

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
    """Only what the sender wrote now: quotes, forwarded/quoted headers, signatures and mobile footers removed."""
    plain_new, plain_found = strip_text(plain or "")
    if not (html or "").strip():
        return plain_new
    body, container = cut_html(html)
    html_new, html_found = strip_text(body)
    if not (plain or "").strip():
        return html_new
    if plain_found and html_found and _tighter(html_new, plain_new):
        return html_new
    if not plain_found and (container or html_found):
        return html_new
    return plain_new


def strip_text(text: str) -> tuple[str, bool]:
    """The text above the first quote, signature or disclaimer, without '>' lines; and whether a quote was seen."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u3000", " ").split("\n")
    quote = _quote_start(lines)
    end = min(quote, _signature_start(lines[:quote]))
    kept = [line.rstrip() for line in lines[:end] if not QUOTED.match(line)]
    found = quote < len(lines) or len(kept) < end
    if not "".join(kept).strip() and found:
        kept = _written_below(lines[quote:])
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip(), found


def _written_below(lines: list[str]) -> list[str]:
    """Bottom posting: nothing above a '>' quote, the answer under it (the lines without '>')."""
    if not any(QUOTED.match(line) for line in lines[1:]):
        return []
    below = [line.rstrip() for line in lines[1:] if not QUOTED.match(line)]
    return below[:_signature_start(below)]


def _quote_start(lines: list[str]) -> int:
    """Index of the first line of the quoted mail (len(lines) when there is none)."""
    for index, line in enumerate(lines):
        if SEPARATOR.match(line):
            return index
        if ATTRIBUTION.search(line) and re.search(r"\d|@", line):
            return _attribution_begin(lines, index)
        if FROM_LINE.match(line) and _header_block(lines, index):
            return _rule_before(lines, index)
    return len(lines)


def _attribution_begin(lines: list[str], index: int) -> int:
    """'On Mon, Oct 14, 2024 at 5:05 PM Peter <' wrapped onto the next line by the client: start at 'On'."""
    if index > 0 and not ATTRIBUTION_START.match(lines[index]) and ATTRIBUTION_START.match(lines[index - 1]):
        return index - 1
    return index


def _header_block(lines: list[str], index: int) -> bool:
    """发件人/From is a quoted header only with another header field (发送时间, Sent, 收件人, 主题 …) just below."""
    window = lines[index + 1:index + 1 + HEADER_WINDOW]
    return any(HEADER_LINE.match(line) and not FROM_LINE.match(line) for line in window)


def _rule_before(lines: list[str], index: int) -> int:
    """Outlook puts a '____' rule (and maybe a blank line) above the header block: cut from the rule."""
    for back in (1, 2):
        if index - back >= 0 and RULE_LINE.match(lines[index - back]):
            return index - back
        if index - back >= 0 and lines[index - back].strip():
            break
    return index


def _signature_start(lines: list[str]) -> int:
    """First signature delimiter, mobile footer or disclaimer that follows some written text."""
    written = False
    for index, line in enumerate(lines):
        if written and (SIGNATURE.match(line) or DISCLAIMER.search(line) or SECRECY.search(line)):
            return index
        written = written or bool(line.strip()) and not QUOTED.match(line)
    return len(lines)


def _tighter(html_new: str, plain_new: str) -> bool:
    """The HTML cut is shorter and is the start of the plain cut: it cut less of the sender's words off."""
    short, long = _letters(html_new), _letters(plain_new)
    return bool(short) and len(short) < len(long) and long.startswith(short)


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

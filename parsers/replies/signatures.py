"""Where the sender's own words end: a signature, a mobile footer, a disclaimer or a name-and-contact block.

    signature_start(['第2项已完成', '', '张三', '市场部 经理', '电话 138 0000 0000'])  -> 1

A signature begins at '-- ' (or '--', '__…', '-Name' after a blank line), a mobile or app footer (发自我的iPhone,
发自我的企业微信, 来自钉钉, Sent from my iPhone, Sent with Sparrow (…), Get Outlook for iOS) — but not a sentence
that merely starts with 'Sent from' ('Sent from my desk, is much easier …') — a disclaimer, or a closing name block:
a short name line followed by contact lines (title, phone, e-mail, web address). A bare name under the text stays
(it is how people sign a two-line reply).
"""
from __future__ import annotations

import re

from parsers.replies.splitters import QUOTED     # a quoted line ('> …'), as the quote splitter reads it

FOOTER_MAX_WORDS = 4     # 'Sent from my Samsung Galaxy smartphone': a device names itself in a few words
MAX_LINE = 120           # a name or contact line is short; a longer one is the sender's text
NAME_BLOCK_LINES = 6     # a closing name-and-contact block is at most this many lines

DELIMITER = re.compile(r"^\s*(?:--|—{2})\s*$")
AFTER_BLANK = re.compile(r"^(?:--\s*(?:[^-\s][^-]{0,40})?$|_{2,}\s*$|-[A-Za-z][\w.' ]{0,40}$)")
MOBILE = re.compile(
    r"^\s*(?:发自|發自|来自|來自|寄自|发送自|從我的|从我的)\s*.{0,24}?(?:iphone|ipad|android|手机|手機|邮箱|郵箱|邮件|郵件|大师|客户端|"
    r"app|outlook|mail|设备|裝置|微信|企业微信|企業微信|钉钉|釘釘|飞书|飛書|lark|dingtalk|wecom|平板)\S{0,12}\s*$|"
    r"^\s*(?:从|從)我的.{1,20}(?:发送|發送)\s*$|^\s*(?:发自|發自)我的\s*[\w\s\-+]{1,24}$|^\s*(?:sent\s+)?(?:via|from)\s+(?:mobile|phone|my\s+phone)\s*$|"
    r"^\s*(?:get\s+outlook\s+for\s+\S+.{0,20}|(?:获取|下载|取得)\s*outlook.{0,30}|envoyé\s+de\s+mon\s+\S+|"
    r"von\s+meinem\s+\S+\s+gesendet|enviado\s+desde\s+mi\s+\S+.{0,20}|inviato\s+da\s+\S+.{0,20})\s*$", re.I)
SENT_FROM = re.compile(r"^\s*sent\s+(?:from|via|with|using)\s+(?P<words>[\w'’&+-]+(?:\s+[\w'’&+-]+)*)\.?"
                       r"(?:\s*\(\S+\))?\s*$", re.I)
DISCLAIMER = re.compile(r"^\W*(?:免责声明|保密声明|保密提示|法律声明|confidentiality|disclaimer)|if\s+you\s+(?:are\s+not\s+the\s+intended|"
                        r"have\s+received\s+this)", re.I)
SECRECY = re.compile(r"(?:本|此|该)邮件.{0,30}(?:保密|机密|专有|误收|误发|法律保护)|"
                     r"this\s+(?:e-?mail|message).{0,60}(?:confidential|privileged|intended\s+(?:solely|only|recipient))", re.I)
CONTACT = re.compile(r"(?:\+?\d[\d\s().-]{6,}\d|[\w.+-]+@[\w-]+\.[\w.]+|https?://|www\.|\b(?:tel|phone|mobile|cell|fax|skype|"
                     r"wechat|t|m|f)\s*[.:：]|电话|手机|座机|传真|邮箱|微信|地址)", re.I)
TITLE = re.compile(r"(?:经理|主管|总监|主任|专员|助理|工程师|总裁|总经理|部长|处长|科长|组长|负责人|董事|秘书|顾问|"
                   r"\b(?:manager|director|engineer|officer|head|lead|president|ceo|cto|cfo|vp|assistant|coordinator|"
                   r"consultant|specialist|analyst|inc|ltd|llc|gmbh|co)\b\.?)", re.I)
_LATIN_NAME = r"[A-Z][\w.'-]*(?:\s+(?:(?:de|van|der|von|den|da|di|du|dos|del|la|le|ten|ter)\s+)*[A-Z][\w.'-]*){0,3}"
_CJK_NAME = r"[\u3040-\u30ff\u4e00-\u9fff·]{1,3}\s?[\u3040-\u30ff\u4e00-\u9fff·]{1,3}(?:\s+" + _LATIN_NAME + ")?"  # 陳怡君 Vivian
NAME = re.compile(rf"^\s*(?:{_LATIN_NAME}|{_CJK_NAME})\s*$")
NAME_AND_TITLE = re.compile(rf"^\s*(?:{_LATIN_NAME}|{_CJK_NAME})\s*[|｜/／]\s*\S.{{0,60}}$")     # 'Kenta Sato | Sales'
NAME_PARTS = re.compile(r"\s*[|｜/／]\s*|\s{2,}")
CLOSING = re.compile(r"^\s*(?:best(?:\s+regards)?|(?:kind|warm)?\s*regards|cheers|thanks|thank\s+you|sincerely|"
                     r"met\s+vriendelijke\s+groet|mit\s+freundlichen\s+grüßen|viele\s+grüße|cordialement|saludos|"
                     r"atenciosamente|cordiali\s+saluti|pozdrawiam|감사합니다|よろしくお願いします|よろしくお願いいたします|"
                     r"此致敬礼|此致|敬礼|祝好|顺颂商祺|順頌商祺|顺祝商祺|谢谢)[\s,.!，。！]*$", re.I)
RULE_LINE = re.compile(r"^\s*[-—–─_=~*·]{2,}\s*$")
DEPARTMENT = re.compile(r"[\u4e00-\u9fff]{1,6}部$|办事处|辦事處|\b(?:dept|department|office)\b", re.I)
COMPANY = re.compile(r"有限公司|集团|公司$|\b(?:co\.|b\.v\.|s\.a\.|gmbh|ltd|inc|llc|corp)\b", re.I)


def signature_start(lines: list[str], below_quote: bool = False) -> int:
    """First line of the signature, footer, disclaimer or closing name block after some written text (under a
    quote, where the sender's words went on above it, from the first line)."""
    written = below_quote
    for index, line in enumerate(lines):
        if written and _starts_signature(lines, index):
            cut = index - 1 if _signed_above(lines, index) else index
            return _name_block(lines[:cut])             # a name-and-contact block above a footer or disclaimer
        written = written or bool(line.strip()) and not QUOTED.match(line)
    return _name_block(lines)


def _signed_above(lines: list[str], index: int) -> bool:
    """A name alone on the line above a footer, after a blank line, signs it: 'Stavros X' / 'via mobile'."""
    return index >= 2 and not lines[index - 2].strip() and bool(NAME.match(lines[index - 1])) and bool(
        MOBILE.match(lines[index]) or SENT_FROM.match(lines[index]))


def _starts_signature(lines: list[str], index: int) -> bool:
    line = lines[index]
    if not line.strip():
        return False
    if DELIMITER.match(line) or MOBILE.match(line) or DISCLAIMER.search(line) or SECRECY.search(line):
        return True
    sent = SENT_FROM.match(line)
    if sent and len(sent.group("words").split()) <= FOOTER_MAX_WORDS:
        return True
    return (index == 0 or not lines[index - 1].strip()) and bool(AFTER_BLANK.match(line.strip()))


def _name_block(lines: list[str]) -> int:
    """The closing block 'Name / title / phone / e-mail' (after a blank line, at the end): where it starts."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    start = end
    while start and lines[start - 1].strip() and end - start < NAME_BLOCK_LINES:
        start -= 1
    block = lines[start:end]
    if start == 0 or lines[start - 1].strip() or len(block) < 2 or any(len(line) > MAX_LINE for line in block):
        return len(lines)
    head = 0
    while head < len(block) - 1 and (CLOSING.match(block[head]) or RULE_LINE.match(block[head])):
        head += 1                      # 'Best,' / '此致' / 'Met vriendelijke groet,' / '————' above the name
    name = block[head]
    if not (NAME.match(name) or NAME_AND_TITLE.match(name) or NAME.match(NAME_PARTS.split(name)[0])):
        return len(lines)              # '韩雪 | 信息科 | 青禾医院': the name leads its line
    rest = block[head + 1:]
    shaped = all(CONTACT.search(line) or _title_line(line) or TITLE.search(line) or len(line.split()) <= 3 for line in rest)
    titled = len(NAME_PARTS.split(name.strip())) > 1 and _title_line(NAME_PARTS.split(name.strip())[-1])
    signed = titled or any(CONTACT.search(line) or _title_line(line) for line in rest)    # 'Thanks, / Alex' stays
    return start if shaped and signed else len(lines)


def _title_line(line: str) -> bool:
    """'采购部 经理', 'Logistics Manager EU', '星河电子有限公司', '台灣辦事處': a short title, company or department line."""
    return len(line) <= 40 and not re.search(r"\d", line) and bool(TITLE.search(line) or COMPANY.search(line)
                                                                 or DEPARTMENT.search(line))

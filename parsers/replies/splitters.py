"""Where a quoted mail begins: each line of a reply marked e (empty), m ('>' quote), s (a quote's first lines) or t.

    mark_lines(['Test reply', '', 'On 04/19/2011 07:10 AM, Roman wrote:', '', '> Test'])  -> 'tesem'

A quote begins at (s) a separator ('----- 原始邮件 -----', '-----Original Message-----', '-----Reply Message-----',
'---- X wrote ----', '---------- Forwarded message ----------'); an attribution, on one line or wrapped over up to
three ('在 2024年10月10日 16:02，李娜 写道：', 'On … wrote:', 'Op … schreef X <a@b>:', 'W dniu … napisał:',
'Den … skrev:', 'Vào … đã viết:', 'Pada … menulis:', 'เมื่อ … เขียนว่า:', '26.06.2014, 14:41, "X" <a@b>:',
'чт, 24 апр. 2025 г. в 10:05, X <a@b>:', '2011/4/7 X <a@b>'); or a header block: a
From or Date line (发件人/寄件者/From/Von/De/Fra/Från/От, 发送时间/Sent/Date/Envoyé/Sendt …) with another header
field (收件人/To/À/Til, 主题/Subject/Objet/Emne/Тема …) just below. Words are read in the languages an international
team writes; the shapes (a date or an address, then a verb and a colon; two header fields in a row) carry the rest.
"""
from __future__ import annotations

import re

WRAP = 3                 # lines an attribution may be wrapped over by the client
MAX_ATTRIBUTION = 300    # characters: a longer line is no attribution (and is not searched for one twice)
HEADER_WINDOW = 6        # lines after a From/Date line in which another header field must appear

VERB = (r"(?:wrote|sent|writes|schrieb|a\s+écrit|escribió|escreveu|ha\s+scritto|skrev|schreef|het\s+volgende\s+geschreven|"
        r"napisał\(a\)|napisała?|pisze|đã\s+viết|написал[аи]?|пишет|kirjoitti|írta|yazdı|napsal\(a\)|napsala?|menulis|"
        r"เขียนว่า|작성|のメール|写道|寫道|来信|來信)")
ATTRIBUTION = re.compile(VERB + r"\s*[:：]\s*-*\s*$", re.I)
DIGIT_OR_AT = re.compile(r"\d|@")
SENTENCE_END = re.compile(r"[.!?。！？]\s*$")
CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")
VERB_ANYWHERE = re.compile(r"\b" + VERB + r"\b", re.I)
DASHED_WROTE = re.compile(r"^\s*-{2,}.*\b" + VERB + r"\b.*-{2,}\s*$", re.I)
ADDRESS_END = re.compile(r"[<(\[]?(?:mailto:)?[^\s<>@]+@[^\s<>@]+?[>)\]]*\s*[:：]?\s*$")
DATE_START = re.compile(r"^\s*(?:\d{1,4}[-/.年]\d{1,2}[-/.月]\d{1,4}|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+\d)", re.I)
START = re.compile(r"^\s*(?:-+\s*)?(?:(?:on|at|op|am|le|el|il|em|den|på|w\s+dniu|vào|в|dne|pada|เมื่อ)\b|在|于|於|\d)", re.I)
WEEKDAY_FIRST = re.compile(r"^\s*[^\W\d_]{1,4}\.?,\s+\d.*\d{1,2}:\d{2}")   # 'чт, 24 апр. 2025 г. в 10:05, X <a@b>:'
INLINE_START = re.compile(   # where an attribution run into the reply's last line starts: after a space, a dash, an
    r"(?:\s|-{2,}|(?<=[^\w\s])|"                                    # emoji or a full stop ('👍On Wed', 'done.On Wed'),
    r"(?<=[a-z\u4e00-\u9fff])(?=(?-i:On|Le|Am|Op|El|Em|Il|Den|Vào|Pada|W\s+dniu)\s)|"   # a word ('doneOn Wed'),
    r"(?<=[\u4e00-\u9fff])(?=在\s*\d))"                                # or a Chinese verdict ('已完成在 2025年…')
    r"(?=(?:(?:on|am|le|op|el|em|il|den|vào|pada|w\s+dniu)\s+|在\s*|于\s*)\S.*\d)", re.I)
SEPARATOR = re.compile(
    r"^\s*[-_=—–─*]{2,}\s*(?:原始邮件|原始郵件|原邮件|原郵件|回复的原邮件|回覆的原郵件|转发的原邮件|转发邮件|转发的邮件|邮件原文|"
    r"original\s+message|original|reply\s+message|replied\s+message|forwarded\s+message|message\s+d'origine|"
    r"ursprüngliche\s+nachricht|antwort\s+nachricht|weitergeleitete\s+nachricht|oprindelig\s+meddelelse|"
    r"opprinnelig\s+melding|ursprungligt\s+meddelande|oorspronkelijk\s+bericht|doorgestuurd\s+bericht|mensaje\s+original|"
    r"messaggio\s+originale|mensagem\s+original|wiadomość\s+oryginalna|alkuperäinen\s+viesti|исходное\s+сообщение|"
    r"původní\s+zpráva|eredeti\s+üzenet|orijinal\s+mesaj|원본\s*메일|元のメッセージ)"
    r"\s*[-_=—–─*]{2,}\s*$|^\s*(?:begin\s+forwarded\s+message|以下是转发的邮件|下面是转发的邮件|开始转发的邮件|開始轉寄的郵件|開始轉發的郵件|"
    r"転送されたメッセージ|début\s+du\s+message\s+réexpédié|anfang\s+der\s+weitergeleiteten\s+nachricht)\s*[:：]?\s*$", re.I)   # Apple Mail

_FROM = (r"发件人|發件人|寄件者|寄件人|发信人|差出人|보낸\s*사람|from|von|de|da|fra|från|van|od|от|kimden|lähettäjä|feladó|dari|จาก|"
         r"từ")
_DATE = (r"发送时间|發送時間|发送日期|寄件日期|日期|送信日時|日付|보낸\s*날짜|sent|date|gesendet|envoyé|sendt|skickat|verzonden|enviado|inviato|"
         r"wysłane|отправлено|дата|datum|fecha|data|päivämäärä|gönderildi|dikirim|tanggal|ส่ง|วันที่|đã\s+gửi|ngày\s+gửi")
_TO = r"收件人|收件者|宛先|받는\s*사람|to|an|à|a|til|till|aan|para|do|кому|vastaanottaja|kime|címzett|kepada|ถึง|đến"
_CC = r"抄送|副本|cc|kopie|копия"
_SUBJECT = (r"主题|主旨|標題|标题|件名|제목|subject|betreff|objet|emne|ämne|onderwerp|asunto|oggetto|temat|тема|assunto|aihe|konu|"
            r"tárgy|subjek|perihal|เรื่อง|chủ\s+đề|tiêu\s+đề")
FIELDS = {"from": _FROM, "date": _DATE, "to": _TO, "cc": _CC, "subject": _SUBJECT}
FIELD = {name: re.compile(r"^\s*(?:[|>]\s*)?\*{0,2}(?:" + words + r")\*{0,2}\s*(?:[:：]|\|)", re.I)
         for name, words in FIELDS.items()}
INNER_FIELD = {name: re.compile(r"\s\*{0,2}(?:" + FIELDS[name] + r")\*{0,2}\s*[:：]\s*\S", re.I | (re.A if name == "date" else 0))
               for name in ("from", "date", "subject")}
QUOTED = re.compile(r"^\s*>")
GLUED_RULE = re.compile(r"^(\s*[^-_=—\s*].*[^-_=—\s])\s*([-_=—]{10,})\s*$")     # not '---- 原始邮件 ----'
DECORATION = re.compile(r"^\s*>{2,}.*<{2,}\s*$")     # '>>> >>>  http://… <<<' frames a line; it quotes nothing
NAME_FIRST = re.compile(r"(?:^|(?<=\s)|(?<=[。！!？?，,；;]))(?:\"[^\"<>]{1,40}\"|[^\s\"<>@，,。！!？?；;：:]{1,20}(?:\s[A-Z][^\s\"<>@，,。]{0,20}){0,3})"
                        r"\s*<[^\s<>@]+@[^\s<>@]+>\s*(?:于|於|on\b)")   # Gmail zh: '纪要助手 <a@b> 于…写道：' (the name first,
#   after a space or right after the reply's last stop: '确认，各项按表执行。纪要助手 <a@b> 于…写道：')
LEAD_ONLY = re.compile(r"^[\s-]*(?:(?:on|at|op|am|le|el|il|em|den|på|w\s+dniu|vào|в|dne|pada|เมื่อ)\b|在|于|於)?[\s,，-]*$", re.I)
YEAR_FIRST = re.compile(r"(?<=\s)\d{4}\s*[年년/.-]\s*\d{1,2}\s*[月월/.-]\s*\d{1,2}")  # Gmail ko/ja: '2025년 4월 24일 (목) …:'


def mark_lines(lines: list[str]) -> str:
    """One mark a line: e, m, s or t (see the module docstring)."""
    marks: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            marks.append("e")
        elif QUOTED.match(line) and not DECORATION.match(line):
            marks.append("m")
        else:
            span = splitter_span(lines, index)
            if span:
                marks += ["s"] * span
                index += span
                if _unmarked_after(lines, index):
                    break                    # a quote with no '>' runs to the end: its lines need no marks
                continue
            marks.append("t")
        index += 1
    return "".join(marks).ljust(len(lines), "t")


def after_splitter(lines: list[str]) -> list[str]:
    """The lines after the first quote splitter ('… napisał(a):', 'From: …'), or all of them when none is found: the
    quoted recap without the reply's own signature above it (a '--' there would hide the recap's table)."""
    for index in range(len(lines)):
        span = splitter_span(lines, index)
        if span:
            return lines[index + span:]
    return lines


def _unmarked_after(lines: list[str], index: int) -> bool:
    following = next((line for line in lines[index:index + 50] if line.strip()), None)
    return following is not None and not QUOTED.match(following)


def splitter_span(lines: list[str], index: int) -> int:
    """How many lines the quote's first block takes from `index` (0: no quote starts here)."""
    line = lines[index]
    if SEPARATOR.match(line) or DASHED_WROTE.match(line):
        return 1
    span = _attribution_span(lines, index)
    if span:
        return span
    kind = _field_of(line)
    if kind in ("from", "date") and (_header_block(lines, index) or _one_line_block(line, kind)):
        return 1
    return 0


def _attribution_span(lines: list[str], index: int) -> int:
    """'On … wrote:' on this line, or started here and wrapped over the next lines ('<', 'a@b>', 'wrote:')."""
    if len(lines[index]) > MAX_ATTRIBUTION:
        return 0
    if _attribution(lines[index].strip(), single=True):
        return 1
    if not START.match(lines[index]) or SENTENCE_END.search(lines[index]):
        return 0
    joined, pieces = lines[index].strip(), 1
    for span in range(2, WRAP + 4):
        if index + span - 1 >= len(lines) or pieces > WRAP:
            break
        nxt = re.sub(r"^\s*>?\s*", "", lines[index + span - 1])
        if nxt and START.match(nxt) and _attribution(nxt, single=True):
            return 0                                # the attribution starts on that line; this one is the reply's
        joined, pieces = f"{joined} {nxt}".strip(), pieces + bool(nxt)
        if nxt and _attribution(joined, single=False):
            return span
    return 0


def _attribution(text: str, single: bool) -> bool:
    """A verb and a colon after a date or an address, or a date, a time and a verb before the sender's name ('Op … 09:10
    schreef X:'); or a date first and an address last ('26.06.2014, X <a@b>:')."""
    if len(text) > MAX_ATTRIBUTION or not DIGIT_OR_AT.search(text):
        return False
    if text.rstrip(" -\t")[-1:] in (":", "：") and ATTRIBUTION.search(text):
        return single or bool(START.match(text))
    if text.rstrip()[-1:] in (":", "：") and START.match(text) and VERB_ANYWHERE.search(text) and CLOCK.search(text):
        return True                                 # 'Op 5-11-2025 om 09:10 schreef 纪要助手:' (the name after the verb)
    if "@" not in text or not ADDRESS_END.search(text):
        return False
    colon = text.rstrip()[-1:] in (":", "：")
    if colon and START.match(text) and VERB_ANYWHERE.search(text):
        return True                                 # 'Op 13-02-2014 3:18 schreef Julius Caesar <a@b>:', also wrapped
    return bool(DATE_START.match(text) or colon and WEEKDAY_FIRST.match(text))


def _header_block(lines: list[str], index: int) -> bool:
    """A From/Date line is a quoted header only with another kind of header field just below."""
    first = _field_of(lines[index])
    window = lines[index + 1:index + 1 + HEADER_WINDOW]
    return any(kind not in (None, first) for kind in map(_field_of, window))


def _one_line_block(line: str, kind: str) -> bool:
    """'From: bob@example.com Date: Thu, 24 Mar 2016 08:07' — the fields a client ran into one line."""
    if len(line) > MAX_ATTRIBUTION or "@" not in line or not DIGIT_OR_AT.search(line.replace("@", "")):
        return False
    return any(INNER_FIELD[other].search(line) for other in ("from", "date", "subject") if other != kind)


def _field_of(line: str) -> str | None:
    head = line[:40]
    if ":" not in head and "：" not in head and "|" not in head:
        return None
    return next((name for name, pattern in FIELD.items() if pattern.match(line)), None)


def split_inline_attribution(line: str) -> list[str]:
    """'reply On Wed, Apr 4, 2012 at 3:59 PM, bob@x.com wrote:' -> ['reply', 'On … wrote:'] (also '确认 在 … 写道：');
    a quote rule glued to the reply's last sentence ('建议下周再说。-------…', DingTalk) -> [sentence, rule]."""
    glued = GLUED_RULE.match(line)
    if glued:
        return [glued.group(1), glued.group(2)]
    if len(line) > MAX_ATTRIBUTION or line.rstrip(" -\t")[-1:] not in (":", "："):
        return [line]
    if not (ATTRIBUTION.search(line) or VERB_ANYWHERE.search(line) or ADDRESS_END.search(line)):  # 'Uhr schrieb X <a@b>:'
        return [line]                                                                   # or no verb ('… X <a@b>:', ja)
    for match in INLINE_START.finditer(line):
        head, tail = line[:match.start()], line[match.end():]
        if head.strip(" -") and not re.search(r"[@<>\"“”]", head) and _attribution(tail.strip(), single=False):
            return [head.rstrip(" -"), tail]
    return _split_name_first(line)


def _split_name_first(line: str) -> list[str]:
    """'第1项弄好了 纪要助手 <a@b> 于2026年5月6日 15:10写道：' -> [reply, attribution]: the sender's name and address
    come before the date (Gmail in Chinese), so the attribution starts at the name; or it starts with the year
    ('Item 4 is done 2025년 4월 24일 (목) 오전 10:05, X <a@b>님이 작성:', Gmail in Korean and Japanese)."""
    for match in (NAME_FIRST.search(line), YEAR_FIRST.search(line)):
        if match is None:
            continue
        head, tail = line[:match.start()], line[match.start():]
        if not LEAD_ONLY.match(head) and not re.search(r"[@<>]", head) and _attribution(tail.strip(), single=True):
            return [head.rstrip(" -"), tail]
    return [line]

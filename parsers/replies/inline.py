"""Answers written in colour inside the quoted mail (Outlook's 'see below in red'): when the new text points below
(见下方红字, 答复见下, see inline, answers below in blue, siehe unten …), each coloured piece of the quoted HTML is the
sender's when it stands under a numbered row or line of the quote, or follows the text of a cell of an item's row (typed
under its date), read as '第N项：…' (coloured text elsewhere, or a whole coloured cell of an item's row, is the quoted
mail's: the bot's recap marks overdue dates and its footer in red).

    inline_answers(root, quote_start)  -> ['第6项：[孟凡] 名单已整理完，已完成，附后。']

A colour is an answer's when it is no shade of grey or black (the quoted text's own) and not a link's; at most
MAX_ANSWERS pieces of at most MAX_CHARS characters are read.
"""
from __future__ import annotations

import re

POINTS_BELOW = re.compile(
    r"见下|見下|下方|下面|下文|如下|红字|紅字|蓝字|藍字|标红|標紅|红色|紅色|批注|逐条|逐項|逐项|inline|in-line|below|"
    r"in\s+(?:red|blue|green)|see\s+(?:my\s+)?(?:comments|answers|notes|replies)|ci-dessous|en\s+rouge|siehe\s+unten|unten|"
    r"in\s+rot|abajo|en\s+rojo|sotto|in\s+rosso|abaixo|em\s+vermelho|hieronder|poniżej|bên\s+dưới|下記|以下|아래", re.I)
COLOUR = re.compile(r"(?:^|;)\s*color\s*:\s*([^;]+)", re.I)
HEX = re.compile(r"#([0-9a-f]{3}|[0-9a-f]{6})\b", re.I)
RGB = re.compile(r"rgb\s*\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)", re.I)
NOT_ANSWER = {"black", "gray", "grey", "silver", "white", "windowtext", "inherit", "initial", "currentcolor", "auto",
              "transparent", "darkgray", "dimgray", "lightgray"}
ROW = re.compile(r"^\s*(?:第\s*)?(?P<n>\d{1,2}|[\u2460-\u2473])\s*(?:项|項)?\s*(?:[.、)）:：|]|\s|$)")
HAS_REF = re.compile(r"第\s*\S{1,6}?\s*[项項条條]|[\u2460-\u2473]|#\s*\d|\bitems?\s*\d", re.I)
CIRCLED = {chr(0x2460 + i): str(i + 1) for i in range(20)}
MAX_ANSWERS = 20
MAX_CHARS = 500
LOOKBACK = 50            # children read back for the line an answer stands under
MAX_COLOURED = 200       # coloured elements looked at: a flood of them costs no more
BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "dl", "dt", "dd"}


def points_below(text: str) -> bool:
    """Does the new text send the reader to answers further down?"""
    return bool(POINTS_BELOW.search(text or ""))


def inline_answers(root, start) -> list[str]:
    """The coloured pieces from `start` (the quoted mail's first element) on, each as '第N项：…' under a numbered row."""
    answers: list[str] = []
    taken: set = set()
    reached = False
    for element in root.iter():
        reached = reached or element is start
        if not reached or not isinstance(element.tag, str) or _inside(element, taken) or not _coloured(element):
            continue
        taken.add(element)
        if len(taken) > MAX_COLOURED:
            break
        text = re.sub(r"\s+", " ", element.text_content()).strip()[:MAX_CHARS]
        own = _own_row(element)
        number = None if not text or own == "" else own or _row_above(element)
        if number:
            answers.append(text if HAS_REF.search(text) else f"第{CIRCLED.get(number, number)}项：{text}")
        if len(answers) >= MAX_ANSWERS:
            break
    return answers


def _coloured(element) -> bool:
    if element.tag == "a":
        return False
    found = COLOUR.search(element.get("style") or "")
    value = (found.group(1) if found else element.get("color") if element.tag == "font" else "") or ""
    return bool(value.strip()) and _answer_colour(value.strip().lower())


def _answer_colour(value: str) -> bool:
    """Red, blue, green …: not black, white or a grey (channels within 40 of each other)."""
    if value in NOT_ANSWER:
        return False
    hexed, rgb = HEX.search(value), RGB.search(value)
    if hexed:
        digits = hexed.group(1) if len(hexed.group(1)) == 6 else "".join(c * 2 for c in hexed.group(1))
        channels = [int(digits[i:i + 2], 16) for i in (0, 2, 4)]
    elif rgb:
        channels = [int(rgb.group(i)) for i in (1, 2, 3)]
    else:
        return value.isalpha()                         # a named colour: red, blue, green
    return max(channels) - min(channels) > 40


def _inside(element, taken: set) -> bool:
    return any(ancestor in taken for ancestor in element.iterancestors())


def _own_row(element) -> str | None:
    """In a quoted item's own row: the row's number when the coloured piece was added to a cell after its text (the
    answer typed under the date), '' when it is a whole cell (an overdue date the recap marks in red); None outside."""
    row = next((e for e in element.iterancestors() if e.tag == "tr"), None)
    cells = [c for c in row if c.tag in ("td", "th")] if row is not None else []
    match = ROW.match(cells[0].text_content()) if cells and cells[0] is not element and not _inside(element, {cells[0]}) else None
    if not match:
        return None
    cell = next((c for c in cells if c is element or _inside(element, {c})), None)
    rest = cell.text_content().replace(element.text_content(), "", 1) if cell is not None else ""
    return match.group("n") if rest.strip() else ""


def _row_above(element) -> str | None:
    """The number of the row (a table's first cell) or of the numbered line right above the answer, also when the
    answer ends that line ('3. 确认包装供应商 林峰 <span red>已完成</span>') or follows it after a <br>."""
    row = next((e for e in (element, *element.iterancestors()) if e.tag == "tr"), None)
    node = row if row is not None else element
    for _ in range(3):                                  # the element, then its parent … when it opens its block
        parent = node.getparent()
        if parent is None:
            return None
        line = _line_before(parent, node)
        if line is not None:
            match = ROW.match(line)
            return match.group("n") if match else None
        if row is not None:
            return None
        node = parent
    return None


def _line_before(parent, node, depth: int = 0) -> str | None:
    """The last line of text in `parent` before `node` (of all of it when `node` is None), read backwards over at most
    LOOKBACK children: a table row gives its first cell, a whole table '' (an answer under a table is a footer's);
    None when nothing stands there."""
    before = node.itersiblings(preceding=True) if node is not None else parent.iterchildren(reversed=True)
    line, exhausted = "", True
    for count, child in enumerate(before):
        if count >= LOOKBACK:
            exhausted = False
            break
        line = (child.tail or "") + line
        if not isinstance(child.tag, str) or child.tag not in (*BLOCKS, "br", "tr", "table", "tbody"):
            line = (child.text_content() if isinstance(child.tag, str) else "") + line
            continue
        if line.strip():
            return line
        if child.tag in ("table", "tbody"):
            return ""
        if child.tag == "tr":
            inner = next((c for c in child if c.tag in ("td", "th")), child).text_content()
        elif child.tag in BLOCKS:
            inner = _line_before(child, None, depth + 1) if depth < 2 else child.text_content()
        else:
            inner = ""
        if inner and inner.strip():
            return inner
        line = ""
    line = ((parent.text or "") if exhausted else "") + line
    return line if line.strip() else None

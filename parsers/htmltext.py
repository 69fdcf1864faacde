"""HTML mail (Outlook, Foxmail, Feishu, Gmail) as text lines and as tables.

    text, tables = html_to_text('<p>1.&nbsp;提交方案</p><table><tr><td rowspan=2>王芳</td><td>a</td></tr>'
                                '<tr><td>b</td></tr></table>')
    text   -> '1. 提交方案\\n王芳 | a\\n王芳 | b'
    tables -> ((('王芳', 'a'), ('王芳', 'b')),)

One line per block (paragraph, div, list item, heading, <br>); every data table row as one line with its cells
joined by ' | ', rowspan/colspan expanded (the merged value repeated, as a reader of the table sees it). A table
that holds other tables is page layout, not data: its cells are read as blocks. Styles, scripts, comments (Outlook's
conditional blocks) and hidden elements are skipped; Word's list numbers ('1.' before the text) stay; NBSP and
zero-width characters are normalized.
"""
from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

Rows = tuple[tuple[str, ...], ...]
SKIP = {"style", "script", "head", "title", "template", "noscript", "object", "svg", "xml", "meta", "link"}
BLOCK = {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
         "section", "article", "header", "footer", "aside", "nav", "main", "address", "hr", "table", "tr", "form",
         "fieldset", "figure", "figcaption", "center", "body", "caption"}
MAX_SPAN = 200                     # rowspan/colspan beyond this are typos or attacks, not tables
WHITESPACE = re.compile(r"[ \t\r\n\f\v\u00a0\u2002\u2003\u2009]+")
INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
HIDDEN = re.compile(r"display\s*:\s*none|mso-hide\s*:\s*all|visibility\s*:\s*hidden", re.I)
LEADING_NUMBER = re.compile(r"^\s*(?:\d{1,3}[.、)）]|[(（]\d{1,3}[)）]|[①-⑳])")
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
MULTI_LINE = {"br", "div", "li", "table", "pre", "script", "style", "h1", "h2", "h3", "h4", "ul", "ol", "tr"}


def html_to_text(markup: str) -> tuple[str, Rows]:
    """The text of an HTML body (one line per block, table rows ' | '-joined) and its data tables."""
    root = parse_html(markup)
    return text_of(root), tables_of(root)


def text_of(root) -> str:
    """A parsed HTML document as text lines (see the module docstring)."""
    if root is None:
        return ""
    reader = _Reader()
    try:
        reader.element(root)
    except RecursionError:                     # absurd nesting: the words still matter more than the layout
        return _clean(root.text_content())
    return _clean("".join(reader.parts))


def tables_of(root) -> tuple[Rows, ...]:
    """The data tables of a parsed HTML document (two columns or more), merged cells expanded; the same tables,
    in the same order, as `text_of` writes as ' | ' rows. Cheaper than the text: it reads only the tables."""
    if root is None:
        return ()
    reader, found = _Reader(), []
    for table in root.iter("table"):
        if _has_nested_table(table) or any(_skipped(e) for e in (table, *table.iterancestors())):
            continue
        grid = _grid(table, reader._cell_text)
        if grid and max(len(row) for row in grid) >= 2:
            found.append(grid)
    return tuple(found)


def parse_html(markup: str):
    """An lxml tree of the markup, or None when there is nothing to read."""
    markup = XML_DECLARATION.sub("", markup or "")
    if not markup.strip():
        return None
    try:
        return lxml_html.document_fromstring(markup)
    except (etree.ParserError, ValueError):
        return None


class _Reader:
    """Walks the tree once, writing text parts and collecting data tables."""

    def __init__(self):
        self.parts: list[str] = []
        self.tables: list[Rows] = []
        self.pre = 0
        self.line_start = True

    def element(self, element) -> None:
        tag = element.tag if isinstance(element.tag, str) else None
        if tag is None or _skipped(element):
            self._text(element.tail)           # a comment's or a hidden element's tail is still visible text
            return
        tag = tag.lower()                      # Word's <o:p> and friends stay inline: 'o:p' is no block
        if tag == "br":
            self._newline()
        elif tag == "table":
            self._table(element)
        else:
            block = tag in BLOCK
            if block:
                self._break()
            mark = len(self.parts)
            if tag == "li":
                self._text(_list_mark(element))
            self.pre += tag == "pre"
            self._text(element.text)
            for child in element:
                self.element(child)
            self.pre -= tag == "pre"
            if tag == "p" and len(self.parts) == mark:
                self._newline()                 # an empty paragraph is how Outlook writes a blank line
            elif block:
                self._break()
        self._text(element.tail)

    def _text(self, text: str | None) -> None:
        if not text:
            return
        text = INVISIBLE.sub("", text)
        text = text.replace("\u00a0", " ") if self.pre else WHITESPACE.sub(" ", text)
        if self.line_start and not text.strip():
            return                              # source indentation between blocks
        self.parts.append(text)
        self.line_start = False

    def _break(self) -> None:
        """End the current line, if anything is on it."""
        if not self.line_start:
            self._newline()

    def _newline(self) -> None:
        self.parts.append("\n")
        self.line_start = True

    def _table(self, table) -> None:
        self._break()
        if _has_nested_table(table):           # layout: read the cells as blocks
            for cell in _cells_of(table):
                self._break()
                self._text(cell.text)
                for child in cell:
                    self.element(child)
                self._break()
            return
        grid = _grid(table, self._cell_text)
        if grid and max(len(row) for row in grid) >= 2:
            self.tables.append(grid)
            lines = [" | ".join(cell.replace("\n", " ") for cell in row) for row in grid]
        else:
            lines = [line for row in grid for line in row]
        for line in lines:
            self.parts.append(line)
            self._newline()

    def _cell_text(self, cell) -> str:
        if _one_line(cell):                     # most cells: one paragraph of text, read in C
            return " ".join(INVISIBLE.sub("", cell.text_content()).split())
        inner = _Reader()
        inner.pre = self.pre
        inner._text(cell.text)
        for child in cell:
            inner.element(child)
        self.tables.extend(inner.tables)
        return _clean("".join(inner.parts))


def _one_line(cell) -> bool:
    """A cell of at most one paragraph, nothing hidden: its text_content() is its text."""
    paragraphs = 0
    for element in cell.iterdescendants():
        tag = element.tag
        if not isinstance(tag, str) or tag in MULTI_LINE or _hidden(element):
            return False
        paragraphs += tag == "p"
    return paragraphs <= 1


def _skipped(element) -> bool:
    """Elements whose text nobody sees: styles, scripts, the head, hidden blocks."""
    return element.tag.lower() in SKIP or _hidden(element)


def _hidden(element) -> bool:
    style = element.get("style")
    return bool(style) and ("display" in style or "mso-hide" in style or "visibility" in style) and \
        bool(HIDDEN.search(style))


def _list_mark(item) -> str:
    """'3. ' for the third item of an <ol> (unless the text already starts with a number), '- ' in a <ul>."""
    parent = item.getparent()
    if parent is None or not isinstance(parent.tag, str):
        return ""
    if parent.tag.lower() == "ol":
        if LEADING_NUMBER.match(item.text_content() or ""):
            return ""
        try:
            start = int(parent.get("start") or 1)
        except ValueError:
            start = 1
        siblings = [child for child in parent if isinstance(child.tag, str) and child.tag.lower() == "li"]
        return f"{start + siblings.index(item)}. "
    return "- " if parent.tag.lower() == "ul" else ""


def _has_nested_table(table) -> bool:
    return any(True for _ in table.iterdescendants("table"))


def _rows_of(table) -> list:
    """The table's own <tr>s (in thead/tbody/tfoot or directly), not those of tables inside it."""
    return [row for row in table.iterdescendants("tr") if _owner_table(row) is table]


def _cells_of(table) -> list:
    return [cell for row in _rows_of(table) for cell in row if isinstance(cell.tag, str) and cell.tag in ("td", "th")]


def _owner_table(element):
    parent = element.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


def _grid(table, cell_text) -> Rows:
    """Rows of cell texts with rowspan/colspan expanded; rows with no text at all dropped."""
    grid: dict[tuple[int, int], str] = {}
    width = 0
    rows = _rows_of(table)
    for r, row in enumerate(rows):
        c = 0
        for cell in row:
            if not isinstance(cell.tag, str) or cell.tag not in ("td", "th"):
                continue
            if _hidden(cell):
                continue
            while (r, c) in grid:
                c += 1
            text = cell_text(cell)
            rowspan = min(_span(cell.get("rowspan")), MAX_SPAN, len(rows) - r)
            colspan = min(_span(cell.get("colspan")), MAX_SPAN)
            for dr in range(rowspan):
                for dc in range(colspan):
                    grid.setdefault((r + dr, c + dc), text)
            c += colspan
            width = max(width, c)
    out = []
    for r in range(len(rows)):
        row = tuple(grid.get((r, c), "") for c in range(width))
        if any(cell.strip() for cell in row):
            out.append(row)
    return tuple(out)


def _span(value: str | None) -> int:
    if not value or value == "1":
        return 1
    try:
        return max(1, int(re.sub(r"\D", "", value or "") or 1))
    except ValueError:
        return 1


def _clean(text: str) -> str:
    """Lines stripped, spaces collapsed, runs of blank lines cut to one."""
    out: list[str] = []
    for line in text.split("\n"):
        line = " ".join(line.split())
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()

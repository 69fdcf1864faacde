"""HTML mail (Outlook, Foxmail, Feishu, Gmail) as text lines and as tables.

    text, tables = html_to_text('<p>1.&nbsp;提交方案</p><table><tr><td rowspan=2>王芳</td><td>a</td></tr>'
                                '<tr><td>b</td></tr></table>')
    text   -> '1. 提交方案\\n王芳 | a\\n王芳 | b'
    tables -> ((('王芳', 'a'), ('王芳', 'b')),)

One line per block (paragraph, div, list item, heading, <br>); every data table row as one line with its cells
joined by ' | ', rowspan/colspan expanded (the merged value repeated, as a reader of the table sees it). A table
that holds other tables is page layout, not data: its cells are read as blocks. Styles, scripts, comments (Outlook's
conditional blocks) and hidden elements are skipped; Word's list numbers ('1.' before the text) stay; NBSP and
zero-width characters are normalized. A document is read up to a budget of lines and of table cells (merged copies
count), so a list of 10^5 items, a 10^5-cell table or a rowspan of 10^6 costs what a big real mail costs.
"""
from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from parsers.limits import DEFAULT
from parsers.mail.htmlgrid import Budget, cells_of, has_nested_table, hidden, table_grid

Rows = tuple[tuple[str, ...], ...]
SKIP = {"style", "script", "head", "title", "template", "noscript", "object", "svg", "xml", "meta", "link"}
BLOCK = {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
         "section", "article", "header", "footer", "aside", "nav", "main", "address", "hr", "table", "tr", "form",
         "fieldset", "figure", "figcaption", "center", "body", "caption"}
MAX_CELLS = DEFAULT.max_table_cells   # a document's budget of table cells, unless the caller gives one
MAX_LINES = DEFAULT.max_lines          # …and of text lines
WHITESPACE = re.compile(r"[ \t\r\n\f\v\u00a0\u2002\u2003\u2009]+")
INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
LEADING_NUMBER = re.compile(r"^\s*(?:\d{1,3}[.、)）]|[(（]\d{1,3}[)）]|[①-⑳])")
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")   # what lxml refuses to hold
MULTI_LINE = {"br", "div", "li", "table", "pre", "script", "style", "h1", "h2", "h3", "h4", "ul", "ol", "tr"}


def html_to_text(markup: str, cells: int = MAX_CELLS, lines: int = MAX_LINES) -> tuple[str, Rows]:
    """The text of an HTML body (one line per block, table rows ' | '-joined) and its data tables."""
    root = parse_html(markup)
    return text_of(root, cells, lines), tables_of(root, cells)


def text_of(root, cells: int = MAX_CELLS, lines: int = MAX_LINES) -> str:
    """A parsed HTML document as text lines (see the module docstring), its first `lines` lines."""
    return read_html(root, cells, lines)[0]


def read_html(root, cells: int = MAX_CELLS, lines: int = MAX_LINES) -> tuple[str, tuple[Rows, ...] | None]:
    """`text_of` and, from the same walk, what `tables_of` would return; None instead of the tables when the walk
    could differ from `tables_of`'s (lines budget spent, absurd nesting, a layout table), so the caller reads them."""
    if root is None:
        return "", ()
    reader = _Reader(Budget(cells, lines))
    try:
        reader.element(root)
    except _Full:                              # the line budget is spent: the rest is not read
        return _clean("".join(reader.parts)), None
    except RecursionError:                     # absurd nesting: the words still matter more than the layout
        return _clean(root.text_content()), None
    return _clean("".join(reader.parts)), None if reader.layout else tuple(reader.tables)


def tables_of(root, cells: int = MAX_CELLS) -> tuple[Rows, ...]:
    """The data tables of a parsed HTML document (two columns or more), merged cells expanded; the same tables,
    in the same order, as `text_of` writes as ' | ' rows. Cheaper than the text: it reads only the tables."""
    if root is None:
        return ()
    budget = Budget(cells)
    reader, found = _Reader(budget), []
    for table in root.iter("table"):
        if has_nested_table(table) or any(_skipped(e) for e in (table, *table.iterancestors())):
            continue
        grid = table_grid(table, reader._cell_text, budget)
        if grid and max(len(row) for row in grid) >= 2:
            found.append(grid)
    return tuple(found)


# lxml.html's own parser, its elements all plain HtmlElement: its default class lookup is Python code run for every
# element lxml hands out (to make <form>, <input>, <select>… special classes, which no reader here uses); this
# lookup is lxml's C one (~8% of an HTML body's parse and walk)
HTML_PARSER = lxml_html.HTMLParser()
HTML_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=lxml_html.HtmlElement, comment=lxml_html.HtmlComment, pi=lxml_html.HtmlProcessingInstruction,
    entity=lxml_html.HtmlEntity))


def parse_html(markup: str):
    """An lxml tree of the markup, or None when there is nothing to read."""
    markup = CONTROL.sub("", XML_DECLARATION.sub("", markup or ""))
    if not markup.strip():
        return None
    try:
        return lxml_html.document_fromstring(markup, parser=HTML_PARSER)
    except (etree.ParserError, ValueError):
        return None


class _Full(Exception):
    """The document's line budget is spent."""


class _Reader:
    """Walks the tree once, writing text parts and collecting data tables."""

    def __init__(self, budget: Budget):
        self.parts: list[str] = []
        self.tables: list[Rows] = []
        self.pre = 0
        self.line_start = True
        self.budget = budget
        self.numbers: dict = {}                # <ol> element -> {its <li>: position}, built once per list
        self.layout = False                    # a table holding tables was read (its cells as blocks)

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
                self._text(_list_mark(element, self.numbers))
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
        if self.budget.lines is not None:
            self.budget.lines -= 1
            if self.budget.lines < 0:
                raise _Full()

    def _table(self, table) -> None:
        self._break()
        if has_nested_table(table):           # layout: read the cells as blocks
            self.layout = True
            for cell in cells_of(table):
                self._break()
                self._text(cell.text)
                for child in cell:
                    self.element(child)
                self._break()
            return
        grid = table_grid(table, self._cell_text, self.budget)
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
        inner = _Reader(self.budget)
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
        if not isinstance(tag, str) or tag in MULTI_LINE or hidden(element):
            return False
        paragraphs += tag == "p"
    return paragraphs <= 1


def _skipped(element) -> bool:
    """Elements whose text nobody sees: styles, scripts, the head, hidden blocks."""
    return element.tag.lower() in SKIP or hidden(element)


def _list_mark(item, numbers: dict) -> str:
    """'3. ' for the third item of an <ol> (unless the text already starts with a number), '- ' in a <ul>.
    `numbers` keeps each list's positions, so a list of 10^5 items is numbered in linear time."""
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
        if parent not in numbers:
            siblings = (child for child in parent if isinstance(child.tag, str) and child.tag.lower() == "li")
            numbers[parent] = {child: index for index, child in enumerate(siblings)}
        return f"{start + numbers[parent][item]}. "
    return "- " if parent.tag.lower() == "ul" else ""


def _clean(text: str) -> str:
    """Lines stripped, spaces collapsed, runs of blank lines cut to one."""
    out: list[str] = []
    for line in text.split("\n"):
        line = " ".join(line.split())
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()

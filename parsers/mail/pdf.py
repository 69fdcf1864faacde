"""Text of a PDF attachment (pdfminer.six), bounded: pages, characters and inflated bytes, so a bomb costs little.

    text, tables = pdf_text(data, "会议纪要.pdf", limits)      # raises Unreadable(reason=...) when it cannot

pdfminer gives each character's box and each ruling line; parsers/mail/pdflayout.py turns them into reading order.
Bounds (parsers/limits.py): only the first max_pdf_pages pages are read; past max_pdf_tokens tokens (what the time
of a file is made of) or max_pdf_chars characters the reading stops, keeping the pages read before; every Flate
stream pdfminer inflates draws on one budget of max_pdf_inflated_bytes (a stream bomb stops there); a page tree or
object nested past Python's recursion limit is a broken file. A file with pages but no text (a scan)
is Unreadable with reason 'no_text'; one that needs a password, 'encrypted'.
"""
from __future__ import annotations

import io
import logging
import unicodedata
import zlib
from contextlib import contextmanager
from itertools import islice

from parsers.limits import Limits
from parsers.mail.pdflayout import PageText, reading_order
from parsers.mail.pdftables import Box, Rule
from parsers.mail.unreadable import Unreadable

Rows = tuple[tuple[str, ...], ...]
MAX_RULES = 5_000                     # ruling lines per page looked at for tables; past that the page has no table
logging.getLogger("pdfminer").setLevel(logging.ERROR)       # its warnings on odd fonts are not the user's business


class _Stop(Exception):
    """A bound was reached while pdfminer was reading."""


def pdf_text(data: bytes, filename: str, limits: Limits) -> tuple[str, Rows, list[str]]:
    """(text, tables, warnings) of a PDF in reading order."""
    from pdfminer.pdfdocument import PDFPasswordIncorrect, PDFEncryptionError
    warnings: list[str] = []
    try:
        with _bounded(limits):
            pages, images = _pages(data, limits, warnings)
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise Unreadable(f"attachment {filename!r} is an encrypted PDF", "encrypted", filename) from None
    except _Stop as stop:
        raise Unreadable(f"attachment {filename!r} not read: {stop}", "too_big", filename) from None
    except Exception as exc:                           # pdfminer raises many kinds on a broken file (and RecursionError)
        raise Unreadable(f"attachment {filename!r} is not a readable PDF ({type(exc).__name__})", "broken",
                         filename) from None
    text, tables = reading_order(pages)
    if not text.strip():
        why = "scanned pages (images, no text)" if images else "no text"
        raise Unreadable(f"attachment {filename!r} has {why}", "no_text", filename)
    return text, tables, warnings


def _pages(data: bytes, limits: Limits, warnings: list[str]) -> tuple[list[PageText], int]:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    class Counting(PDFPageAggregator):
        """Stops the reading once max_pdf_chars characters were drawn."""
        chars = 0

        def render_char(self, *args, **kwargs):
            Counting.chars += 1
            if Counting.chars > limits.max_pdf_chars:
                raise _Stop(f"more than {limits.max_pdf_chars} characters (max_pdf_chars)")
            return super().render_char(*args, **kwargs)

    document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
    resources = PDFResourceManager(caching=True)
    device = Counting(resources, laparams=LAParams(char_margin=1.0, line_margin=0.3, boxes_flow=None))
    interpreter = PDFPageInterpreter(resources, device)
    pages: list[PageText] = []
    images = 0
    try:
        for number, page in enumerate(islice(PDFPage.create_pages(document), limits.max_pdf_pages + 1)):
            if number == limits.max_pdf_pages:
                warnings.append(f"only the first {limits.max_pdf_pages} pages of the PDF were read (max_pdf_pages)")
                break
            interpreter.process_page(page)
            page_text, found = _page_text(device.get_result())
            pages.append(page_text)
            images += found
    except _Stop as stop:
        if not pages:
            raise
        warnings.append(f"only the first {len(pages)} pages of the PDF were read: {stop}")
    return pages, images


def _page_text(layout) -> tuple[PageText, int]:
    """The page's text runs and ruling lines, top-down; and how many pictures it holds."""
    from pdfminer.layout import LTFigure, LTImage, LTLine, LTRect, LTTextContainer, LTTextLine
    x0, y0, x1, y1 = layout.bbox
    lines, rules, images = [], [], 0
    for element in layout:
        if isinstance(element, LTTextContainer):
            lines.extend(line for line in element if isinstance(line, LTTextLine) and line.get_text().strip())
        elif isinstance(element, (LTRect, LTLine)) and len(rules) <= MAX_RULES:
            rules.append(Rule(element.x0 - x0, element.x1 - x0, y1 - element.y1, y1 - element.y0))
        elif isinstance(element, (LTFigure, LTImage)):
            images += 1
    rules = rules if len(rules) <= MAX_RULES else []
    walls = [((r.left + r.right) / 2, r.top, r.bottom) for r in rules if r.right - r.left <= 3 < r.bottom - r.top]
    boxes = [box for line in lines for box in _runs(line, walls, x0, y1)]
    return PageText(x1 - x0, y1 - y0, tuple(boxes), tuple(rules)), images


def _runs(line, walls: list[tuple[float, float, float]], x0: float, y1: float) -> list[Box]:
    """One text line cut where a vertical ruling line runs between two of its characters (cells set close together
    come out of pdfminer as one line)."""
    from pdfminer.layout import LTChar
    top, bottom = y1 - line.y1, y1 - line.y0
    cuts = sorted(x for x, w_top, w_bottom in walls if w_top <= (top + bottom) / 2 <= w_bottom
                  and line.x0 - x0 < x < line.x1 - x0)
    if not cuts:
        return [Box(line.x0 - x0, line.x1 - x0, top, bottom, _clean(line.get_text()))]
    runs: list[list] = [[]]
    for char in line:
        if not isinstance(char, LTChar):
            runs[-1].append(char)
            continue
        if runs[-1] and any(_last_x(runs[-1]) - x0 <= cut + 1 and char.x0 - x0 >= cut - 1 for cut in cuts):
            runs.append([])
        runs[-1].append(char)
    out = []
    for run in runs:
        chars = [c for c in run if isinstance(c, LTChar)]
        text = _clean("".join(c.get_text() for c in run))
        if chars and text:
            out.append(Box(chars[0].x0 - x0, chars[-1].x1 - x0, top, bottom, text))
    return out


def _last_x(run: list) -> float:
    from pdfminer.layout import LTChar
    chars = [c for c in run if isinstance(c, LTChar)]
    return chars[-1].x1 if chars else float("-inf")


def _clean(text: str) -> str:
    """Kangxi radicals, compatibility ideographs and ligatures some fonts map to (⽅, 﨑, ﬁ) as the usual letters."""
    return "".join(unicodedata.normalize("NFKC", ch) if "\u2e80" <= ch <= "\u2fdf" or "\uf900" <= ch <= "\ufaff"
                   or "\ufb00" <= ch <= "\ufb06" else ch for ch in text.strip())


class _BoundedZlib:
    """What pdfminer uses of zlib, with every inflation drawing on one budget of bytes."""
    error = zlib.error

    def __init__(self, budget: int):
        self.left = budget

    def decompress(self, data: bytes) -> bytes:
        inflater = zlib.decompressobj()
        out = inflater.decompress(data, self.left + 1)
        if len(out) > self.left:
            raise _Stop("its streams would inflate past max_pdf_inflated_bytes (a compression bomb)")
        self.left -= len(out)
        return out

    def decompressobj(self, *args):
        return _BoundedInflater(self, zlib.decompressobj(*args))


class _BoundedInflater:
    def __init__(self, owner: _BoundedZlib, inflater):
        self.owner, self.inflater = owner, inflater

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        out = self.inflater.decompress(data, min(max_length or self.owner.left + 1, self.owner.left + 1))
        if len(out) > self.owner.left:
            raise _Stop("its streams would inflate past max_pdf_inflated_bytes (a compression bomb)")
        self.owner.left -= len(out)
        return out

    def __getattr__(self, name):
        return getattr(self.inflater, name)


@contextmanager
def _bounded(limits: Limits):
    """For this reading, pdfminer's zlib draws on one budget of inflated bytes and its tokenizer counts tokens
    (about 7 us each: the time of a file is its tokens, a bracket nested 100,000 deep as much as a word). Both are
    swapped in for the reading and put back after it; the bot reads one message at a time."""
    from pdfminer import pdftypes, psparser
    saved_zlib, saved_next = pdftypes.zlib, psparser.PSBaseParser.nexttoken
    tokens = [0]

    def counted(parser):
        tokens[0] += 1
        if tokens[0] > limits.max_pdf_tokens:
            raise _Stop(f"more than {limits.max_pdf_tokens} PDF tokens (max_pdf_tokens)")
        return saved_next(parser)
    pdftypes.zlib, psparser.PSBaseParser.nexttoken = _BoundedZlib(limits.max_pdf_inflated_bytes), counted
    try:
        yield
    finally:
        pdftypes.zlib, psparser.PSBaseParser.nexttoken = saved_zlib, saved_next

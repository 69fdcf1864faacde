"""The public quote-stripping fixtures of email_reply_parser (MIT) and talon (Apache-2.0), as (name, plain, html, expected).

    .venv/bin/python -m tests.vendor_quotes        # prints each case that differs and the fraction that matches

Expected outputs: talon's are the strings its own tests assert (tests/data/vendor/talon/plain_cases.json was read
from talon's tests/text_quotations_test.py; the standard replies expect 'Hello' unless a *_reply_text file says
otherwise; every html_replies page expects 'Hi. I am fine. Thanks, Alex'; html_cases.json holds the HTML and expected
HTML of every `eq_` on `extract_from_html` in its tests/html_quotations_test.py, compared as text; a signature_stripped body expects the
body without its *_signature). email_reply_parser's are the visible text its library gives (expected/*.txt, written
with a line-by-line port of its 0.5.11 `visible_text`, checked against every string its own tests assert).
A case matches when the texts are equal exactly or up to whitespace.
"""
from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from parsers.mail import mime
from parsers.mail.htmltext import parse_html, text_of
from parsers.replies.quotes import new_text

VENDOR = Path(__file__).parent / "data" / "vendor"
ERP, TALON = VENDOR / "email_reply_parser", VENDOR / "talon"
ERP_LEFT_OUT = {"email_long_quote"}        # 767 KB of quote: a timing test of theirs, 38x our 20,000-char reply read
TALON_LEFT_OUT = {"johndoeexamplecom"}      # its lines carry talon's '#sig#' training marks: no mail looks like it
HTML_REPLY = "Hi. I am fine.\n\nThanks,\nAlex"


@dataclass(frozen=True)
class Case:
    name: str
    plain: str
    html: str
    expected: str


def cases() -> list[Case]:
    return [*_erp(), *_talon_plain(), *_talon_standard(), *_talon_html(), *_talon_html_cases(), *_talon_signatures()]


def _erp() -> list[Case]:
    out = []
    for path in sorted((ERP / "emails").glob("*.txt")):
        if path.stem not in ERP_LEFT_OUT:
            expected = (ERP / "expected" / path.name).read_text(encoding="utf-8").rstrip("\n")
            out.append(Case(f"erp/{path.stem}", path.read_text(encoding="utf-8"), "", expected))
    return out


def _talon_plain() -> list[Case]:
    rows = json.loads((TALON / "plain_cases.json").read_text(encoding="utf-8"))
    return [Case(f"talon/{row['name']}", row["input"], "", row["expected"]) for row in rows]


def _talon_standard() -> list[Case]:
    out = []
    for path in sorted((TALON / "standard_replies").glob("*.eml")):
        answer = path.with_name(path.stem + "_reply_text")
        expected = answer.read_text(encoding="utf-8").strip() if answer.exists() else "Hello"
        mail = mime.decode(path.read_bytes())
        out.append(Case(f"talon/standard/{path.stem}", mail.plain, mail.html, expected))
    return out


def _talon_html() -> list[Case]:
    out = [Case(f"talon/html/{p.stem}", "", p.read_text(encoding="utf-8", errors="replace"), HTML_REPLY)
           for p in sorted((TALON / "html_replies").glob("*.html"))]
    out.append(Case("talon/html/reply-separated-by-hr", "", (TALON / "reply-separated-by-hr.html").read_text(), "Hi\nthere"))
    out.append(Case("talon/html/OLK_SRC_BODY_SECTION", "", (TALON / "OLK_SRC_BODY_SECTION.html").read_text(), "Reply"))
    return out


def _talon_html_cases() -> list[Case]:
    """talon's inline HTML tests: the expected HTML read as text (the library compares it without whitespace)."""
    rows = json.loads((TALON / "html_cases.json").read_text(encoding="utf-8"))
    return [Case(f"talon/html/{row['name']}", "", row["html"], _text(row["expected_html"])) for row in rows]


def _text(markup: str) -> str:
    root = parse_html(markup)
    return text_of(root) if root is not None else ""


def _talon_signatures() -> list[Case]:
    out = []
    for body in sorted((TALON / "signature_stripped").glob("*_body")):
        if body.name[:-5] in TALON_LEFT_OUT:
            continue
        text = body.read_text(encoding="utf-8")
        signature = body.with_name(body.name.replace("_body", "_signature")).read_text(encoding="utf-8")
        expected = text[:text.rindex(signature.strip())] if signature.strip() in text else text
        out.append(Case(f"talon/signature/{body.name[:-5]}", text, "", expected.strip()))
    return out


def matches(got: str, expected: str) -> bool:
    """Equal exactly or up to whitespace."""
    return got.strip() == expected.strip() or re.sub(r"\s+", "", got) == re.sub(r"\s+", "", expected)


def run() -> list[tuple[Case, str, bool]]:
    return [(case, got, matches(got, case.expected)) for case in cases() for got in [new_text(case.plain, case.html)]]


if __name__ == "__main__":
    results = run()
    for case, got, ok in results:
        if not ok or "-v" in sys.argv:
            print(f"{'ok  ' if ok else 'DIFF'} {case.name}\n  expected: {case.expected[:300]!r}\n  got:      {got[:300]!r}")
    good = sum(ok for *_, ok in results)
    print(f"{good}/{len(results)} = {good / len(results):.3f} match exactly or up to whitespace")

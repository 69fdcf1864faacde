"""The public fixtures of email_reply_parser (MIT) and talon (Apache-2.0): the text new_text keeps matches theirs.

Run: tests/vendor_quotes.py loads 115 cases (tests/data/vendor/README.md says where each comes from); a case matches
when the texts are equal exactly or up to whitespace. Left out of the set: email_reply_parser's email_long_quote
(767 KB, a timing test, far past the 20,000 characters of a reply the bot reads) and talon's johndoeexamplecom
signature (its lines carry talon's '#sig#' training marks); talon's test_too_many_lines (it patches talon's own
MAX_LINES_COUNT). The cases in DIFFERS below are kept in the set and counted as misses: each says why the bot keeps
other text than the library, on purpose.
"""
import pytest

from tests.vendor_quotes import cases, matches
from parsers.replies.quotes import new_text

DIFFERS = {
    "erp/email_1_2": "a bottom post: email_reply_parser keeps the '>' quote between the answers, the bot keeps only the answers",
    "erp/email_1_8": "inline answers: the same, the quoted lines are kept by the library and dropped by the bot",
    "talon/test_dont_parse_quotations_for_forwarded_messages": "a forwarded mail is cut: a forwarded recap repeats every command word",
    "talon/standard/iphone": "talon's extract_from_plain keeps signatures; the bot drops 'Sent from my iPhone'",
    "talon/standard/sparrow": "the same: '-- ' and 'Sent with Sparrow (…)' are a signature",
    "talon/html/reply-separated-by-hr": "talon drops the name 'Bob' in the block of the <hr>; the bot keeps a bare name",
    "talon/signature/short_url": "'Thank you,' and a bare name stay",
    "talon/signature/sparse": "a signature under a dash rule: a dash line inside the sender's text is no cut",
    "talon/html/test_regular_blockquote": "any <blockquote> starts the quote: a recap quoted without a header is no command",
    "talon/html/test_gmail_quote_blockquote": "the same, for a gmail_quote blockquote with no attribution",
    "talon/html/test_blockquote_disclaimer": "the same: the bot cuts at the first quote and all after it",
    "talon/html/test_gmail_forwarded_msg": "a forward is cut, as in plain text",
    "talon/html/test_readable_html_empty": "a mail that is all quote gives no new text (talon gives the whole mail back)",
}
CASES = cases()


@pytest.mark.parametrize("case", [c for c in CASES if c.name not in DIFFERS], ids=lambda c: c.name)
def test_the_bot_keeps_what_the_library_keeps(case):
    got = new_text(case.plain, case.html)
    assert matches(got, case.expected), f"{case.name}: {got!r}"


def test_at_least_85_percent_of_all_cases_match():
    good = sum(matches(new_text(c.plain, c.html), c.expected) for c in CASES)
    assert len(CASES) == 115
    assert good / len(CASES) >= 0.85


def test_every_case_said_to_differ_is_in_the_set_and_differs():
    differing = {c.name for c in CASES if not matches(new_text(c.plain, c.html), c.expected)}
    assert differing == set(DIFFERS)

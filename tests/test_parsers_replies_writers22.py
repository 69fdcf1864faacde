"""Reply structures the eighteenth blind set (replies18, issue #14) found missing, each tried first on variants it does
not hold (other words, another language, another client), with the counterparts that must change nothing: the numbers
inside a date phrase ('Oct 9', '9 Oct', '10月9日', '9.10.', 'le 9 octobre', '9 de outubro') are no item references; a
verdict with no item of its own takes the one item the reply named before it (named just before, or pointed back at
across paragraphs: 'This is done', 'Das ist erledigt'; two named, or a command already said on it -> none); a state word
in the reason of a request ('the office is closed, so please extend to Oct 16') is no verdict; a shipping verb after a
bare subject ('Pilot lot shipped out today') is done; a span asked is counted from the quoted recap's due even when the
reply's '--' signature stands above the quote."""
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import pytest

from parsers import parse_message
from parsers.dates.workdays import WorkdayCalendar
from parsers.minutes.owning.people import Roster
from parsers.replies.date_numbers import masked
from parsers.replies.quotes import new_text
from parsers.replies.reader import parse_reply

CST = timezone(timedelta(hours=8))
SENT = datetime(2026, 9, 23, 10, 0, tzinfo=CST)          # Wednesday


def reply(text, sent=SENT):
    found = parse_reply(new_text(text), sent, WorkdayCalendar())
    return found.intent, list(found.items), found.percent, found.new_due_date


@pytest.mark.parametrize("text, expected", [
    ("Point 2 approved - Nov 4 works for us.", ("confirm", [2], None, None)),
    ("Item 4 agreed, Sept 14 is fine with us.", ("confirm", [4], None, None)),
    ("Pozycja 2 ok – Nov 3 works.", ("confirm", [2], None, None)),
    ("Punkt 3 bestätigt, 14. Oktober passt.", ("confirm", [3], None, None)),
    ("Item 2 confirmed – 12 Oct is fine.", ("confirm", [2], None, None)),
    ("Ponto 1 confirmado, 9 de outubro está ok.", ("confirm", [1], None, None)),
    ("Point 4 confirmé, le 9 octobre nous convient.", ("confirm", [4], None, None)),
    ("第2项确认，10月9日没问题。", ("confirm", [2], None, None)),
    ("Pozycja 1 potwierdzona, 9.10. jest ok.", ("confirm", [1], None, None)),
])
def test_the_day_of_a_date_is_no_item(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Item 1 confirmed - 2 is OK too.", ("confirm", [1, 2], None, None)),     # a bare number is still an item
    ("Items 1 and 3 confirmed.", ("confirm", [1, 3], None, None)),
    ("Item 3 may slip, I will confirm tomorrow.", ("unknown", [3], None, None)),   # 'may' is no month here
    ("Items 1-3 done, Oct 9 ok", ("done", [1, 2, 3], None, None)),
])
def test_numbers_beside_month_like_words_stay_items(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Oct 9 is OK", "Oct _ is OK"),
    ("9 Oct 2026", "_ Oct 2026"),
    ("Item 3 May 5", "Item 3 May _"),
    ("10月9日", "__月_日"),
    ("9 de outubro", "_ de outubro"),
    ("bis 9.10.", "bis _.__."),
    ("items 1/3 done", "items 1/3 done"),
])
def test_masked_hides_the_date_digits_only(text, expected):
    assert masked(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Please find the signed declaration attached (point 2). Done on our side.", ("done", [2], None, None)),
    ("Die Unterlagen zu Punkt 4 finden Sie unten:\nMedizin GmbH, HRB 4455\n\nDas ist erledigt.", ("done", [4], None, None)),
    ("The importer licence for item 3 is below:\nABC Trading LLC, CR 101\n\nIt's done from our side.",
     ("done", [3], None, None)),
    ("Segue o certificado do ponto 1 em anexo.\n\nIsso está concluído.", ("done", [1], None, None)),
])
def test_a_verdict_with_no_item_takes_the_one_item_the_reply_named_before(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Item 1: samples shipped.\n\nDone.", ("done", [], None, None)),                # a bare verdict a paragraph on
    ("Regarding item 5, see below.\n\nDone.", ("done", [], None, None)),
    ("Item 1: samples went out. Item 2 is open. Done.", ("done", [], None, None)),   # two named: none
    ("The test report for item 3 is still pending. Done.", ("done", [], None, None)),  # said open: which is done?
    ("The details for items 1 and 2 are below:\nABC\n\nThis is done.", ("done", [], None, None)),
    ("The AR details for item 3 are below:\nXYZ\n\nThis is not done yet.", ("unknown", [3], None, None)),
    ("The AR details for item 3 are below:\nXYZ\n\nIs this done?", ("unknown", [3], None, None)),
    ("The AR details for item 3 are below:\nXYZ\n\nThat is OK.", ("confirm", [], None, None)),   # an OK stays general
])
def test_a_verdict_that_cannot_tell_its_item_takes_none(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Item 2: the customs office is closed until Monday, so please move it to Oct 20.", ("extend", [2], None, "2026-10-20")),
    ("Item 4: the supplier's old batch is finished, so please extend to Oct 30.", ("extend", [4], None, "2026-10-30")),
    ("Item 1 - the test house is completely booked out, therefore please extend to 30 Oct.",
     ("extend", [1], None, "2026-10-30")),
    ("Punkt 1: Das Labor ist wegen Wartung geschlossen, deshalb bitte auf den 20. Oktober verschieben.",
     ("extend", [1], None, "2026-10-20")),
])
def test_a_state_word_in_the_reason_of_a_request_is_no_verdict(text, expected):
    intent, items, percent, new_due = reply(text)
    assert (intent, items, percent, new_due and new_due.isoformat()) == expected


def test_a_state_word_after_because_is_no_second_command():
    found = parse_reply("Please extend item 2 to 20 Oct, as the customs office is closed until Monday.", SENT,
                        WorkdayCalendar())
    assert [c.intent for c in found.commands] == ["extend"]


@pytest.mark.parametrize("text, expected", [
    ("Item 3 is done, please extend item 4 to Oct 16.", ("done", [3], None, None)),     # no consequence word
    ("Item 2: the drawing is finished and approved.", ("done", [2], None, None)),
    ("Item 3: the office is closed, so we can't send it yet.", ("done", [3], None, None)),   # no request: unchanged
])
def test_a_verdict_without_a_request_after_so_stands(text, expected):
    assert reply(text) == expected


def test_a_verdict_on_another_item_before_so_stands():
    found = parse_reply("Item 3 is done, so please extend item 4 to Oct 16.", SENT, WorkdayCalendar())
    assert [(c.intent, c.items) for c in found.commands] == [("done", (3,)), ("extend", (4,))]


@pytest.mark.parametrize("text, expected", [
    ("Goods dispatched this morning, tracking to follow.", ("done", [], None, None)),
    ("Spare parts sent out yesterday, DHL 1234.", ("done", [], None, None)),
    ("Samples shipped.", ("done", [], None, None)),
    ("Sample kits for item 2 shipped out today.", ("done", [2], None, None)),
])
def test_a_shipping_verb_after_a_bare_subject_opening_its_clause_is_done(text, expected):
    assert reply(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Nothing shipped today.", ("unknown", [], None, None)),
    ("Not shipped yet.", ("unknown", [], None, None)),
    ("If samples shipped today we are fine.", ("unknown", [], None, None)),
    ("Will check whether samples shipped today.", ("unknown", [], None, None)),
    ("Item 2: pilot lot shipped out today.", ("unknown", [2], None, None)),     # after a label's colon: a note
])
def test_a_shipping_verb_without_a_subject_or_negated_stays_unknown(text, expected):
    assert reply(text) == expected


def _html_reply(lead: str, attribution: str) -> bytes:
    """A Gmail-style HTML-only reply: the new text, a '--' signature, the attribution, the recap table in a blockquote."""
    rows = "".join(f"<tr><td>{n}</td><td>{task}</td><td>{owner}</td><td>{due}</td></tr>" for n, task, owner, due in (
        (1, "Send the updated IFU translation", "Anna Nowak", "2026-09-24"),
        (2, "Provide the registration checklist", "Jonas Weber", "2026-09-23")))
    mail = EmailMessage()
    mail["From"], mail["To"] = "Jonas Weber <j.weber@partner.example.de>", "minutes@lanquan-med.example.cn"
    mail["Subject"], mail["Date"] = "Re: EMEA distributor call", "Mon, 21 Sep 2026 15:40:05 +0200"
    mail["In-Reply-To"] = "<recap-1@lanquan-med.example.cn>"
    mail.set_content(f"<div>{lead}</div><div>Thanks,<br>Jonas</div><div>--</div><div>Jonas Weber</div><div>Regulatory"
                     f" Affairs</div><div class='quote'><div>{attribution}</div><blockquote><div>Hello all,</div><div>"
                     f"Minutes Assistant has recorded the following action items:</div><table><tr><th>#</th><th>Action"
                     f" item</th><th>Owner</th><th>Due</th></tr>{rows}</table></blockquote></div>", subtype="html")
    return mail.as_bytes()


@pytest.mark.parametrize("attribution", [
    "Am Mi., 16. Sept. 2026 um 11:40 Uhr schrieb 纪要助手 &lt;minutes@lanquan-med.example.cn&gt;:",
    "On Wed, 16 Sep 2026 at 11:40, 纪要助手 &lt;minutes@lanquan-med.example.cn&gt; wrote:",
])
def test_a_span_asked_is_counted_from_the_quoted_due_under_a_signature(attribution):
    raw = _html_reply("regarding item 2 - need three more days, the notary is closed.", attribution)
    parsed = parse_message(raw, tz=ZoneInfo("Asia/Shanghai"), roster=Roster.from_csv_text("name,email\n"),
                           calendar=WorkdayCalendar(), bot_address="minutes@lanquan-med.example.cn")
    assert (parsed.reply.intent, parsed.reply.items, str(parsed.reply.new_due_date)) == ("extend", (2,), "2026-09-26")


QUOTED_RECAP = ("\n\nFrom: Minutes Assistant <minutes@lanquan-med.example.cn>\nSent: Thursday, September 17, 2026 11:10\n"
                "To: Jonas Weber <j.weber@partner.example.de>\nSubject: MDR audit preparation\n\nHello all,\n\n"
                "| # | Action item | Owner | Due |\n| 1 | Send audit plan | Jonas Weber | 2026-09-22 |\n{under1}"
                "| 2 | Book interpreter | Anna Nowak | 2026-09-23 |\n{under2}\n-- Minutes Assistant (automated message)\n")


@pytest.mark.parametrize("new, under1, under2, expected", [
    ("Hi, my answers are in [brackets] below.", "[Jonas] done, sent yesterday\n", "", ("done", [1], None, None)),
    ("进度见表格，括号里是我的。", "", "【Anna】60%，口译还在谈\n", ("progress", [2], 60, None)),
    ("Hi, status in the table below ([] = mine).", "", "[Anna] item 2 at 30%\n", ("progress", [2], 30, None)),
])
def test_answers_marked_by_brackets_inside_the_quoted_recap_are_read(new, under1, under2, expected):
    assert reply(new + QUOTED_RECAP.format(under1=under1, under2=under2)) == expected


@pytest.mark.parametrize("new, under1, under2, expected", [
    ("Hi, see the table below.", "[Jonas] done, sent yesterday\n", "", ("unknown", [], None, None)),   # not said
    ("Hi, my answers are in [brackets] below.", "", "", ("unknown", [], None, None)),              # none written
])
def test_bracketed_lines_are_read_only_when_the_new_text_says_so(new, under1, under2, expected):
    assert reply(new + QUOTED_RECAP.format(under1=under1, under2=under2)) == expected

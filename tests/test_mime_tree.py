"""mime_tree.quick_tree builds the very tree the stdlib's compat32 parser builds, or declines (None).

Checked on every .eml under tests/ (as stored and with CRLF line ends), on hand-made corner cases of RFC 2046, and on
seeded mutations of real mail (cut short, boundary lines added, doubled or removed, line breaks added or removed).
"""
from __future__ import annotations

import email
import random
import re
from email.message import Message
from pathlib import Path

import pytest

from parsers.mail.mime import decode
from parsers.mail.mime_tree import quick_tree

MAILS = sorted(Path(__file__).parent.glob("**/*.eml"))


def difference(ours: Message, theirs: Message, path: str = "/") -> str | None:
    """Where two trees differ in anything a reader can see (headers, preamble, epilogue, payloads), or None."""
    for name in ("preamble", "epilogue"):
        if getattr(ours, name) != getattr(theirs, name):
            return f"{path}: {name} {getattr(ours, name)!r:.60} != {getattr(theirs, name)!r:.60}"
    if list(ours.raw_items()) != list(theirs.raw_items()) or ours.get_unixfrom() != theirs.get_unixfrom():
        return f"{path}: headers"
    if ours.get_default_type() != theirs.get_default_type():
        return f"{path}: default type"
    mine, stdlib = ours.get_payload(), theirs.get_payload()
    if isinstance(mine, list) and isinstance(stdlib, list) and len(mine) == len(stdlib):
        return next((found for index, (a, b) in enumerate(zip(mine, stdlib))
                     if (found := difference(a, b, f"{path}{index}/"))), None)
    return None if mine == stdlib else f"{path}: payload {str(mine)[-60:]!r} != {str(stdlib)[-60:]!r}"


def same_or_declined(raw: bytes) -> bool:
    """quick_tree(raw) is None or equals the stdlib's tree; True when it took the quick path."""
    tree = quick_tree(raw)
    if tree is not None:
        assert difference(tree, email.message_from_bytes(raw)) is None, difference(tree, email.message_from_bytes(raw))
    return tree is not None


def crlf(raw: bytes) -> bytes:
    return raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def test_every_mail_of_the_tests_gives_the_stdlib_tree():
    assert len(MAILS) > 1000
    quick = sum(same_or_declined(raw) + same_or_declined(crlf(raw)) for raw in map(Path.read_bytes, MAILS))
    assert quick >= 0.95 * 2 * len(MAILS)              # ordinary mail takes the quick path


def mail(body: str, content_type: str = 'multipart/alternative; boundary="b1"') -> bytes:
    return f"From: a@x.cn\nSubject: s\nContent-Type: {content_type}\n\n{body}".encode()


CORNERS = {
    "ordinary": ("pre\n--b1\nContent-Type: text/plain\n\nhello\n--b1\nContent-Type: text/html\n\n<p>hi</p>\n"
                 "--b1--\nepi\n", True),
    "no preamble, no epilogue": ("--b1\n\nx\n--b1--", True),
    "boundary lines with trailing blanks": ("--b1 \t\n\nx\n--b1--  \n", True),
    "a part with headers only": ("--b1\nContent-Type: text/plain\n--b1--\n", True),
    "a part with no headers": ("--b1\nbody without headers\n--b1--\n", True),
    "an empty preamble line": ("\n--b1\n\nx\n\n--b1--\n\n\n", True),
    "a line that only starts like the boundary": ("--b1\n\n--b1x\n--b1--x\n--b1--\n", True),
    "nested": ("--b1\nContent-Type: multipart/related; boundary=\"b2\"\n\n--b2\n\ninner\n--b2--\n\n--b1\n\nx\n"
               "--b1--\n", True),
    "nested, inner closing line missing": ("--b1\nContent-Type: multipart/related; boundary=\"b2\"\n\n--b2\n\n"
                                          "inner\n--b1\n\nx\n--b1--\n", False),
    "closing line missing": ("--b1\n\nx\n", False),
    "first boundary missing": ("just text\n", False),
    "two boundary lines in a row": ("--b1\n--b1\n\nx\n--b1--\n", False),
    "a bare CR line end": ("--b1\r\nx\r--b1--\r\n", False),
}


@pytest.mark.parametrize("name", CORNERS)
def test_corner_cases_give_the_stdlib_tree_or_are_declined(name):
    body, quick = CORNERS[name]
    for raw in (mail(body), crlf(mail(body))):
        assert same_or_declined(raw) is quick


@pytest.mark.parametrize("content_type", ["multipart/mixed", "multipart/digest; boundary=b1",
                                          "message/rfc822"])
def test_what_the_stdlib_reads_its_own_way_is_declined(content_type):
    assert quick_tree(mail("--b1\n\nx\n--b1--\n", content_type)) is None


def mutations(raw: bytes, rnd: random.Random):
    """Real mail broken the ways transport and hand-editing break it."""
    boundaries = re.findall(rb'boundary="?([^";\r\n]+)', raw) or [b"x"]
    for _ in range(6):
        at, boundary, data = rnd.randrange(len(raw) + 1), rnd.choice(boundaries), bytearray(raw)
        kind = rnd.randrange(6)
        if kind == 0:
            data = data[:at]
        elif kind == 1:
            data[at:at] = b"\n--" + boundary + rnd.choice([b"", b"--", b" ", b"x"]) + rnd.choice([b"\n", b"\r\n", b""])
        elif kind == 2:
            data[at:at] = rnd.choice([b"\n", b"\r\n", b"\r", b" ", b":"])
        elif kind == 3:
            del data[at:at + rnd.randrange(1, 50)]
        elif kind == 4:
            data = data.replace(b"--" + boundary + b"--", b"", 1)
        else:
            data = data.replace(b"\n\n", b"\n", 1)
        yield bytes(data)


def test_broken_mail_gives_the_stdlib_tree_or_is_declined():
    rnd = random.Random(2026)
    taken = [same_or_declined(broken) for raw in map(Path.read_bytes, MAILS[::7]) for broken in mutations(raw, rnd)]
    assert len(taken) > 1500 and 0.3 < sum(taken) / len(taken) < 1       # both paths were walked


def test_decode_reads_the_same_mail_either_way(monkeypatch):
    for path in MAILS[::25]:
        quick = decode(path.read_bytes())
        monkeypatch.setattr("parsers.mail.mime.quick_tree", lambda raw: None)
        stdlib = decode(path.read_bytes())
        monkeypatch.undo()
        assert (quick.plain, quick.html, quick.attachments, quick.warnings) == \
               (stdlib.plain, stdlib.html, stdlib.attachments, stdlib.warnings), path

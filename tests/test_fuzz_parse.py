"""Bad mail never stops the bot: mutated real mails, broken MIME, wrong charsets, bombs and pathological HTML.

parse_message gives a ParsedMessage for anything that starts like mail (MailError only for bytes that do not) and no
reader underneath it raises; each pathological mail is cut at a limit of parsers/limits.py, which says so in the
warnings, and stays within a bounded memory; `minutebot parse` prints JSON or an error object for every file; and
mutated mail through the running bot is handled or parked in Failed with a reason, never crashing the pass.
Hypothesis runs derandomized (the same cases every run); FUZZ_EXAMPLES=5000 runs more of them.
"""
import email
import email.base64mime
import json
import logging
import os
import random
import re
import subprocess
import sys
import tracemalloc
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import MINUTES, ROSTER, mail
from hostile import MINUTES as SHORT_MINUTES, PATHOLOGICAL, docx_mail, mutate, seeds
from parsers import parse_message
from parsers.limits import Limits
from parsers.mail.mime import MailError
from parsers.model import KINDS
from parsers.minutes.owning.people import Roster
from parsers.dates.workdays import WorkdayCalendar
from test_parsers_mime import docx_bytes

TZ = ZoneInfo("Asia/Shanghai")
PEOPLE = Roster.from_csv_text(ROSTER)
CALENDAR = WorkdayCalendar()
SEEDS = seeds()
LOOKS_LIKE_MAIL = re.compile(rb"^(?:From |[!-9;-~]+:)")
FUZZ = settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "200")), deadline=None, derandomize=True,
                suppress_health_check=list(HealthCheck))


def read(raw: bytes, limits: Limits = Limits()):
    """parse_message as the bot calls it, and what every result must satisfy; None for bytes that are not mail."""
    try:
        parsed = parse_message(raw, tz=TZ, roster=PEOPLE, calendar=CALENDAR, bot_address="minutes@xinghe.cn",
                               limits=limits)
    except MailError:
        assert not LOOKS_LIKE_MAIL.match(raw[:1000].lstrip(b"\r\n")) or not email.message_from_bytes(raw).keys()
        return None
    doc = json.loads(json.dumps(parsed.as_json(), ensure_ascii=False))
    assert doc["kind"] in KINDS
    assert [item["number"] for item in doc["items"]] == list(range(1, len(doc["items"]) + 1))
    assert not [w for w in parsed.warnings if "not understood" in w or "was not read (" in w], parsed.warnings
    return parsed


# --- mutated real mail ------------------------------------------------------------------------------------------
@FUZZ
@given(seed=st.sampled_from(SEEDS), rng=st.randoms(use_true_random=False))
def test_mutated_real_mail_always_reads(seed, rng):
    read(mutate(seed, rng))


@FUZZ
@given(first=st.sampled_from(SEEDS), second=st.sampled_from(SEEDS), cut=st.floats(0, 1), rng=st.randoms())
def test_two_mails_spliced_together_read(first, second, cut, rng):
    read(mutate(first[:int(len(first) * cut)] + second[int(len(second) * cut):], rng, rounds=1))


# --- MIME built from broken parts -------------------------------------------------------------------------------
CHARSETS = st.sampled_from([None, "utf-8", "gb2312", "gbk", "gb18030", "big5", "x-unknown", "utf-7", "utf-16",
                            "iso-2022-jp", "latin-1", '"', "utf\0-8", "=?utf-8?q?x?="])
CTES = st.sampled_from([None, "7bit", "8bit", "base64", "quoted-printable", "x-uuencode", "binary", "bogus"])
LEAF_TYPES = st.sampled_from(["text/plain", "text/html", "text/calendar; method=REPLY", "application/octet-stream",
                              "message/rfc822", "text/x-weird", "multipart/mixed", "image/png",
                              "application/vnd.openxmlformats-officedocument.wordprocessingml.document"])
WORDS = st.sampled_from(["会议纪要", "第2项已完成", "延期至10月20日", "王芳：提交方案，10月12日前", "<table><tr><td rowspan=9>",
                         "</td><td>李强</td></tr>", "<li>", "<script>x</script>", "=?gb2312?B?1cXqvw==?=", "\r\n--b1\r\n",
                         "\u202e", "\0", "进度80%", "Automatic reply", "BEGIN:VCALENDAR\r\nUID:x\r\n"])
TEXT = st.lists(st.one_of(WORDS, st.text(max_size=40)), max_size=12).map("".join)


@st.composite
def leaf(draw) -> bytes:
    ctype, charset, cte = draw(LEAF_TYPES), draw(CHARSETS), draw(CTES)
    payload = draw(st.one_of(TEXT.map(lambda t: t.encode("utf-8", "surrogatepass")), st.binary(max_size=200)))
    if cte == "base64" and draw(st.booleans()):
        payload = email.base64mime.body_encode(payload).encode()
    head = f"Content-Type: {ctype}" + (f"; charset={charset}" if charset else "")
    if draw(st.booleans()):
        head += f'; name="{draw(st.sampled_from(["纪要.docx", "a.eml", "=?utf-8?b?5Lya?=.txt", "", "x" * 300]))}"'
    head += "\r\n" + (f"Content-Transfer-Encoding: {cte}\r\n" if cte else "")
    if draw(st.booleans()):
        head += f"Content-Disposition: {draw(st.sampled_from(['attachment', 'inline', 'attachment; filename*=utf-8']))}\r\n"
    return head.encode("utf-8", "surrogateescape") + b"\r\n" + payload


@st.composite
def part(draw, depth: int = 0) -> bytes:
    if depth >= 4 or draw(st.integers(0, 2)) == 0:
        return draw(leaf())
    boundary = draw(st.sampled_from([f"b{depth}", "b0", "", "x" * 90, "a b", "--", "=_"]))
    children = draw(st.lists(part(depth + 1), max_size=4))
    subtype = draw(st.sampled_from(["mixed", "alternative", "related", "report", "digest", "signed"]))
    closed = draw(st.booleans())
    body = b"".join(b"--" + boundary.encode() + b"\r\n" + child + b"\r\n" for child in children)
    return (f'Content-Type: multipart/{subtype}; boundary="{boundary}"\r\n\r\n'.encode() + body +
            (b"--" + boundary.encode() + b"--\r\n" if closed else b""))


@st.composite
def built_mail(draw) -> bytes:
    name = draw(st.one_of(TEXT, st.just("Evil\r\nBcc: x@evil.example")))
    headers = [f"From: {name} <{draw(st.sampled_from(['wangfang@xinghe.cn', 'a@', '<<>>', 'x@y@z', '']))}>",
               f"To: {draw(TEXT)} <liqiang@xinghe.cn>, {draw(TEXT)}", f"Subject: {draw(TEXT)}",
               f"Date: {draw(st.sampled_from(['Thu, 10 Oct 2024 15:00:00 +0800', 'yesterday', '1 Jan 0001 00:00 +0800', '31 Dec 9999 23:59 -1200', '']))}",
               f"Message-ID: {draw(st.sampled_from(['<a@b>', '', '<<>>', 'x' * 500]))}",
               f"In-Reply-To: {draw(st.sampled_from(['<mb.m1-000000000000.x@xinghe.cn>', '', '<', 'x']))}",
               f"Authentication-Results: {draw(st.sampled_from(['mx; dmarc=fail', '(((', 'a; b=c; d', ';;;', '']))}",
               f"Auto-Submitted: {draw(st.sampled_from(['no', 'auto-replied', '']))}"]
    head = "\r\n".join(draw(st.permutations(headers))).encode("utf-8", "surrogateescape") + b"\r\nMIME-Version: 1.0\r\n"
    return head + draw(part())


@FUZZ
@given(raw=built_mail())
def test_mime_built_from_broken_parts_reads(raw):
    read(raw)


# --- each pathological mail: read, cut where a limit says, memory bounded ----------------------------------------
CUT_BY = {"deep multipart (3,000)": "only the headers", "deep message/rfc822 (2,000)": "only the headers",
          "26 MB text body": "max_message_bytes", "26 MB attachment": "max_message_bytes",
          "zip bomb .docx (1 GB)": "zip bomb guard", "HTML table of 100,000 cells": "max_lines",
          "HTML list of 100,000 items": "max_lines", "minutes flooded with date tokens (2 MB line)": "max_line_chars",
          "minutes flooded with day-dates (2 MB line)": "max_line_chars"}


@pytest.mark.parametrize("name", list(PATHOLOGICAL))
def test_a_pathological_mail_reads_within_bounded_memory(name):
    raw = PATHOLOGICAL[name]()
    tracemalloc.start()
    try:
        parsed = read(raw)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert parsed is not None
    if name in CUT_BY:
        assert any(CUT_BY[name] in warning for warning in parsed.warnings), parsed.warnings
    assert peak < 20 * Limits().max_message_bytes          # about 10x the bytes read, for the worst of them


def test_what_stays_within_the_limits_is_still_read():
    """The cuts keep the minutes at the start: items of a 26 MB mail, of a mail nested at depth 19."""
    assert len(read(PATHOLOGICAL["26 MB text body"]()).items) == 2
    assert len(read(PATHOLOGICAL["26 MB attachment"]()).items) == 2
    assert len(read(PATHOLOGICAL["unknown/wrong charsets"]()).items) == 2


def test_the_limits_are_the_callers_to_choose():
    six_items = MINUTES + "4. 王芳：整理用户反馈，10月18日前\n5. 李强：准备演示环境，10月16日前\n6. 陈明：预定会议室，10月11日前\n"
    raw = mail(six_items)
    assert len(read(raw).items) == 6
    short = read(raw, Limits(max_lines=6))
    assert len(short.items) < 6 and "only the first 6 lines were read (max_lines)" in short.warnings
    minutes_docx = docx_mail(docx_bytes(SHORT_MINUTES.splitlines()))
    assert len(read(minutes_docx).items) == 2
    refused = read(minutes_docx, Limits(max_attachment_bytes=1000))
    assert refused.items == () and any("is over 1000" in w for w in refused.warnings)


# --- `minutebot parse` on hostile files ----------------------------------------------------------------------------
def test_minutebot_parse_prints_json_or_an_error_line_for_each_file(tmp_path):
    names = ["deep multipart (3,000)", "zip bomb .docx (1 GB)", "broken boundaries", "unknown/wrong charsets",
             "HTML rowspan 10^6, colspan 10^6"]
    files = []
    for index, name in enumerate(names):
        files.append(tmp_path / f"{index}.eml")
        files[-1].write_bytes(PATHOLOGICAL[name]())
    for index, raw in enumerate((b"", b"\x00\x01binary", b"%PDF-1.4\n", mutate(SEEDS[0], random.Random(3)))):
        files.append(tmp_path / f"junk{index}.eml")
        files[-1].write_bytes(raw)
    done = subprocess.run([sys.executable, "-m", "minutebot", "parse", "--jsonl", *map(str, files)],
                          capture_output=True, text=True, timeout=300, env={**os.environ, "MINUTEBOT_CONFIG": ""},
                          cwd=tmp_path)
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(lines) == len(files)
    assert [("error" in line) for line in lines] == [False] * 5 + [True, True, True, False]
    assert all(line["error"].startswith("MailError: not a mail message") for line in lines if "error" in line)
    assert done.returncode == 2 and "Traceback" not in done.stderr


# --- through the running bot ---------------------------------------------------------------------------------------
MUTANTS = 200


def test_200_mutated_mails_through_the_bot_crash_nothing_and_lose_nothing(bot, now, caplog):
    rng = random.Random(2024)
    pool = [seed.replace(b"xinghe.example.cn", b"xinghe.cn") for seed in SEEDS]       # inside allowed_domains
    for n in range(MUTANTS):                           # each its own Message-ID, so each is handled in full
        seed = re.sub(rb"(?im)^message-id:.*$", b"Message-ID: <mutant%d@xinghe.cn>" % n, rng.choice(pool), count=1)
        bot.drop(mutate(seed, rng), name=f"{n:04d}-mutant.eml")
        if n % 20 == 0:
            bot.drop(mail(MINUTES.replace("产品周会", f"产品周会{n}"), subject=f"会议纪要 {n}",
                          message_id=f"<good{n}@xinghe.cn>"), name=f"{n:04d}-good.eml")
    for junk in (b"", b"\x89PNG\r\n\x1a\n", b"not mail at all\n"):
        bot.drop(junk, name=f"9999-junk{len(junk)}.eml")
    with caplog.at_level(logging.INFO, logger="minutebot"):
        result = bot.tick(now)
        bot.tick(now + timedelta(minutes=1))
    internal = [r for r in caplog.records if "internal error" in r.getMessage()]
    assert internal == [], internal[0].exc_text if internal else ""
    total = MUTANTS + MUTANTS // 20 + 3
    processed, failed = bot.folder("Processed"), bot.folder("Failed")
    assert len(processed) + len(failed) == total and not list((bot.inbox_dir / "new").iterdir())
    parked = [r.getMessage() for r in caplog.records if "parked in Failed" in r.getMessage()]
    assert len(parked) == len(failed) >= 3
    assert all(any(path.name in line and "not a readable mail message" in line for line in parked) for path in failed)
    answered = [m["In-Reply-To"] for m in bot.sent() if m["In-Reply-To"] and m["In-Reply-To"].startswith("<good")]
    assert sorted(answered) == sorted(f"<good{n}@xinghe.cn>" for n in range(0, MUTANTS, 20))   # each once
    assert len(result.outcomes) == len(processed)


def test_a_body_the_reader_fails_on_is_parked_in_failed_not_taken_for_other_mail(bot, now, caplog, monkeypatch):
    """A parser error (here: a rule that raises on one mail) must not turn minutes into mail of no kind, marked seen
    and lost: the message is parked in Failed with the error in one line, and the next mail is answered as usual."""
    import parsers.message

    understand = parsers.message._understand

    def breaks_on_one(mail_, *args):
        if "坏掉" in (mail_.subject or ""):
            raise KeyError("a rule's table has no such key")
        return understand(mail_, *args)
    monkeypatch.setattr(parsers.message, "_understand", breaks_on_one)
    bot.drop(mail(MINUTES, subject="会议纪要 坏掉", message_id="<broken@xinghe.cn>"), name="1-broken.eml")
    bot.drop(mail(MINUTES, subject="会议纪要 好的", message_id="<fine@xinghe.cn>"), name="2-fine.eml")
    with caplog.at_level(logging.INFO, logger="minutebot"):
        bot.tick(now)
    [failed] = bot.folder("Failed")
    assert failed.name.startswith("1-broken") or b"<broken@xinghe.cn>" in failed.read_bytes()
    parked = [r.getMessage() for r in caplog.records if "parked in Failed" in r.getMessage()]
    assert len(parked) == 1 and "body not understood (KeyError" in parked[0] and "\n" not in parked[0]
    assert [m["In-Reply-To"] for m in bot.sent() if m["In-Reply-To"]] == ["<fine@xinghe.cn>"]

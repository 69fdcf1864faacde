"""Minutes sent as a file: hostile .docx and PDF files are refused cheaply with a reason (the budget of each,
1 s and 100 MB, is measured by benches/bench_fuzz.py; here the reason and Python's peak memory)."""
from __future__ import annotations

import tracemalloc
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from hostile_attachments import ATTACHMENT_BOMBS, DOCX, PDF, attached, paragraph_bomb, pdf_pages
from parsers import parse_message
from parsers.dates.workdays import WorkdayCalendar
from parsers.minutes.owning.people import Roster
from test_parsers_mime import docx_bytes

ROSTER = Roster.from_csv_text("name,email,department,manager_email,aliases\n王芳,wangfang@xinghe.cn,市场部,,\n")
MB = 2 ** 20


def read(raw: bytes):
    return parse_message(raw, tz=ZoneInfo("Asia/Shanghai"), roster=ROSTER, calendar=WorkdayCalendar(),
                         bot_address="minutes@xinghe.cn")


def traced(raw: bytes):
    """The parse and the peak of Python memory it took."""
    tracemalloc.start()
    try:
        parsed = read(raw)
        return parsed, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_docx_of_millions_of_empty_paragraphs_is_counted_not_built():
    raw = ATTACHMENT_BOMBS["docx of 8 million empty paragraphs"]()
    assert len(raw) < 1_000_000
    parsed, peak = traced(raw)
    assert parsed.kind == "other" and parsed.items == ()
    assert any("max_docx_elements" in warning for warning in parsed.warnings), parsed.warnings
    assert peak < 100 * MB


def test_a_long_real_docx_under_the_element_bound_is_read():
    lines = ["会议纪要", "待办事项："] + [f"{n}. 王芳：整理第{n}份客户反馈，10月12日前" for n in range(1, 41)]
    lines += ["补充说明：本周各部门按计划推进。"] * 3000
    parsed = read(attached(docx_bytes(lines), "纪要.docx", DOCX))
    assert len(parsed.items) == 40 and parsed.items[-1].owner.name == "王芳"


def test_the_same_paragraph_bomb_smaller_than_the_bound_is_read_as_nothing():
    parsed = read(attached(paragraph_bomb(50_000, 1000), "纪要.docx", DOCX))
    assert parsed.items == () and not any("max_docx_elements" in w for w in parsed.warnings)


PDF_BOMBS = {"PDF of 10,000 pages": "max_pdf_pages", "PDF page tree nested 5,000 deep": "has no text",
             "PDF arrays nested 100,000 deep": "max_pdf_tokens", "PDF stream inflating to 1 GB": "max_pdf_inflated_bytes"}


@pytest.mark.parametrize("name", list(PDF_BOMBS))
def test_a_pdf_bomb_is_cut_by_its_bound_and_says_which(name):
    parsed, peak = traced(ATTACHMENT_BOMBS[name]())
    assert parsed.items == () and any(PDF_BOMBS[name] in warning for warning in parsed.warnings), parsed.warnings
    assert peak < 100 * MB


def test_the_pages_before_a_bound_are_still_read():
    from parsers.limits import Limits
    from parsers import parse_message
    from parsers.dates.workdays import WorkdayCalendar
    from zoneinfo import ZoneInfo
    raw = attached(pdf_pages(40), "纪要.pdf", PDF)
    parsed = parse_message(raw, tz=ZoneInfo("Asia/Shanghai"), roster=ROSTER, calendar=WorkdayCalendar(),
                           limits=Limits(max_pdf_tokens=400))
    assert any("only the first" in w and "max_pdf_tokens" in w for w in parsed.warnings), parsed.warnings
    assert parsed.unreadable == ()


# --- legacy .doc/.wps: fixtures saved as "MS Word 97" by LibreOffice 7.4 from a .docx made with python-docx ---------
DOCS = Path(__file__).resolve().parent / "data" / "attachments"
SAME_IN_BODY = """新品发布筹备周会 会议纪要
会议时间：2024年10月10日 14:00
参会人员：陈明、王芳、李强、赵敏
待办事项：
1. 王芳：提交活动方案终稿，10月12日前
2. 李强：完成样机固件升级，10月15日下午3点前
3. 赵敏：确认场地报价，本周五
下次会议时间：10月17日 14:00，3楼会议室
"""


def summary(parsed) -> tuple:
    items = [(i.number, i.owner.name if i.owner else None, i.task, i.due) for i in parsed.items]
    followup = parsed.meeting.next_followup if parsed.meeting else None
    return parsed.kind, items, followup


@pytest.mark.parametrize("fixture", ["minutes-list.doc", "minutes-table.doc"])
@pytest.mark.parametrize("name,content_type", [("纪要.doc", "application/msword"), ("纪要.wps", "application/kswps"),
                                               ("纪要", "application/octet-stream")])
def test_a_legacy_doc_or_wps_gives_what_the_body_gives(fixture, name, content_type):
    from hostile import HEAD
    body = HEAD + b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + SAME_IN_BODY.encode()
    parsed = read(attached((DOCS / fixture).read_bytes(), name, content_type))
    assert summary(parsed) == summary(read(body)) and len(parsed.items) == 3
    assert parsed.attachment == name


def test_a_damaged_doc_is_named_unreadable():
    data = (DOCS / "minutes-list.doc").read_bytes()
    parsed = read(attached(data[:3000], "纪要.doc", "application/msword"))
    assert parsed.items == () and parsed.unreadable == (("纪要.doc", "legacy_word"),)


def test_a_body_that_says_the_minutes_are_attached_gives_way_to_the_attachments_items():
    """'周会纪要见附件，机器人帮忙跟一下' reads, alone, like a request: when it says the minutes are in the attachment and
    the attachment holds items, those are the items; a body with items of its own and no such words keeps them."""
    data = docx_bytes(["周会纪要", "待办：", "1. 王芳：10月18日前提交渠道方案"])
    pointed = read(attached(data, "周会纪要.docx", DOCX, body="周会纪要见附件，机器人帮忙跟一下。"))
    assert [(item.owner.name, item.task) for item in pointed.items] == [("王芳", "提交渠道方案")]
    assert pointed.attachment == "周会纪要.docx"
    own = read(attached(data, "周会纪要.docx", DOCX, body="会议纪要\n1. 王芳：10月20日前整理预算\n"))
    assert [item.task for item in own.items] == ["整理预算"] and own.attachment is None

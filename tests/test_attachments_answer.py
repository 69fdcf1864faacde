"""Through the running bot: minutes in a file it cannot read get one short answer in the thread (what arrived, why
it was not read, what to send instead); a readable PDF gets the recap; a stray picture gets nothing."""
from __future__ import annotations

from datetime import datetime

from conftest import CST, Bot, text_of
from hostile_attachments import PDF, attached
from test_attachments_pdf import tiny_png

HEAD_SUBJECT = "=?utf-8?b?5Lya6K6u57qq6KaB?="          # 会议纪要, the subject hostile.HEAD carries


def with_subject(raw: bytes, subject: str) -> bytes:
    """The same mail under another subject (and so another Message-ID)."""
    return raw.replace(HEAD_SUBJECT.encode(), subject.encode()).replace(b"<hostile@", b"<other@")


def scanned_pdf() -> bytes:
    """A page that draws a picture and no text, as a scanner writes it."""
    from hostile_attachments import pdf_file, stream
    png_like = b"\x80" * 64
    image = stream(png_like, b"/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray "
                             b"/BitsPerComponent 8")
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 3 0 R >> >> " \
           b"/Contents 4 0 R >>"
    return pdf_file([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>", image,
                     stream(b"q 500 0 0 700 40 60 cm /Im1 Do Q"), page])


def test_a_scanned_pdf_gets_one_answer_saying_why_and_what_to_send(tmp_path):
    bot = Bot(tmp_path)
    raw = attached(scanned_pdf(), "会议纪要.pdf", PDF)
    bot.drop(raw)
    bot.tick(datetime(2024, 10, 10, 15, 5, tzinfo=CST))
    [answer] = bot.new_mail()
    body = text_of(answer)
    assert answer["In-Reply-To"] == "<hostile@xinghe.cn>" and answer["To"].addresses[0].addr_spec == "chenming@xinghe.cn"
    assert "会议纪要.pdf" in body and "扫描件" in body and ".docx" in body and "PDF" in body
    assert bot.app.store.db["meetings"].count == 0
    assert [a for (a,) in bot.app.store.db.execute("SELECT action FROM events")] == ["attachment_unreadable"]
    bot.drop(raw)
    bot.tick(datetime(2024, 10, 10, 15, 10, tzinfo=CST))
    assert bot.new_mail() == []                                      # the same message again: no second answer


def test_a_legacy_doc_and_an_encrypted_or_broken_file_are_named_with_their_reason(tmp_path):
    bot = Bot(tmp_path, language="en")
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
    bot.drop(attached(ole, "纪要.wps", "application/octet-stream"))
    bot.drop(with_subject(attached(b"%PDF-1.4 garbage", "minutes.pdf", PDF), "Minutes: weekly sync"))
    bot.tick(datetime(2024, 10, 10, 15, 5, tzinfo=CST))
    bodies = sorted(text_of(m) for m in bot.new_mail())
    assert len(bodies) == 2
    assert any("纪要.wps is a legacy Word/WPS file (.doc/.wps) whose text could not be read" in b for b in bodies)
    assert any("minutes.pdf is damaged" in b for b in bodies)


def test_a_picture_is_answered_only_under_a_minutes_subject(tmp_path):
    bot = Bot(tmp_path)
    bot.drop(with_subject(attached(tiny_png(), "photo.png", "image/png", "周末团建照片"), "团建照片"))
    bot.tick(datetime(2024, 10, 10, 15, 5, tzinfo=CST))
    assert bot.new_mail() == []
    bot.drop(attached(tiny_png(), "白板.png", "image/png"))
    bot.tick(datetime(2024, 10, 10, 15, 10, tzinfo=CST))
    [answer] = bot.new_mail()
    assert "白板.png" in text_of(answer) and "图片" in text_of(answer)


def test_a_readable_pdf_gets_the_recap_and_no_complaint(tmp_path):
    from test_attachments_pdf import LAYOUTS, print_pdf
    bot = Bot(tmp_path)
    pdf = print_pdf(LAYOUTS["table"](), tmp_path, "minutes")
    bot.drop(attached(pdf, "会议纪要.pdf", PDF))
    bot.tick(datetime(2024, 10, 10, 15, 5, tzinfo=CST))
    purposes = [p for (p,) in bot.app.store.db.execute("SELECT purpose FROM outbox")]
    assert "recap" in purposes and "unreadable" not in purposes
    assert len(bot.items()) == 3

"""Minutes sent as a PDF: printed here by headless Chromium (with its CJK font and its own running heads: date, title,
file URL, page x/y) in four layouts, each must give the items, owners, dates and next meeting of the same minutes
sent as the mail body. Scans and pictures are read as nothing, with a reason. Without Chromium the tests skip, except
under CI=true (scripts/install-chromium.sh installs it)."""
from __future__ import annotations

import base64
import struct
import subprocess
import zlib
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

import pytest

from conftest import CST
from test_attachments import read
from test_html_render import chromium

HEAD = "<html><head><meta charset='utf-8'><title>会议纪要</title><style>td,th{border:1px solid #000;padding:5px}" \
       "table{border-collapse:collapse}</style></head><body>"
ITEMS = [("王芳", "提交活动方案终稿，包括预算明细、场地布置方案和嘉宾名单的最终确认版本", "10月12日前"),
         ("李强", "完成样机固件升级", "10月15日下午3点前"), ("赵敏", "确认场地报价", "本周五")]
META = "<h2>新品发布筹备周会 会议纪要</h2><p>会议时间：2024年10月10日 14:00</p><p>参会人员：陈明、王芳、李强、赵敏</p>"
NEXT = "<p>下次会议时间：10月17日 14:00，3楼会议室</p>"
ROW = "<tr><td>{n}</td><td>{task}</td><td>{owner}</td><td>{due}</td></tr>"
HEADER = "<thead><tr><th>序号</th><th>事项</th><th>负责人</th><th>截止时间</th></tr></thead>"


def numbered_list() -> str:
    items = "".join(f"<li>{owner}：{task}，{due}</li>" for owner, task, due in ITEMS)
    return f"{HEAD}{META}<h3>待办事项</h3><ol>{items}</ol>{NEXT}</body></html>"


def table() -> str:
    rows = "".join(ROW.format(n=n, owner=o, task=t, due=d) for n, (o, t, d) in enumerate(ITEMS, 1))
    return f"{HEAD}{META}<table>{HEADER}<tbody>{rows}</tbody></table>{NEXT}</body></html>"


def two_columns() -> str:
    items = "".join(f"<li>{owner}：{task}，{due}</li>" for owner, task, due in ITEMS)
    talk = "<p>会议讨论了发布会的整体安排、预算与场地，各部门汇报了准备进度，市场部介绍了活动方案初稿，研发部说明了样机的状态。</p>"
    return f"{HEAD}<h2>新品发布筹备周会 会议纪要</h2><div style='column-count:2;column-gap:40px'>" \
           f"<p>会议时间：2024年10月10日 14:00</p><p>参会人员：陈明、王芳、李强、赵敏</p>{talk}" \
           f"<h3>待办事项</h3><ol>{items}</ol>{NEXT}</div></body></html>"


def table_across_pages() -> str:
    owners = ("王芳", "李强", "赵敏")
    rows = "".join(ROW.format(n=n, owner=owners[n % 3], task=f"整理第{n}批客户反馈并形成改进建议", due=f"10月{12 + n % 10}日前")
                   for n in range(1, 41))
    return f"{HEAD}{META}<table>{HEADER}<tbody>{rows}</tbody></table>{NEXT}</body></html>"


def borderless_with_own_heads() -> str:
    """A variant none of the rules was written from: a table without borders across pages, under the company's own
    running head and a '第 1 页 共 2 页' footer (CSS page-margin boxes; Chromium's own heads off)."""
    page = "@page { margin: 2cm; @top-center { content: '星河科技有限公司 内部资料'; font-size: 9pt }" \
           " @bottom-center { content: '第 ' counter(page) ' 页 共 ' counter(pages) ' 页'; font-size: 9pt } }"
    return table_across_pages().replace("<style>td,th{border:1px solid #000;padding:5px}",
                                        f"<style>{page} td,th{{padding:3px 12px}}") + "<!-- own heads -->"


def english_in_a_narrow_column() -> str:
    """English minutes whose items wrap inside a narrow column: the lines must join again with a space."""
    items = "".join(f"<li>{line}</li>" for line in (
        "Wang Fang: send the final launch event plan with the budget breakdown and the guest list, by Oct 12",
        "Li Qiang: finish the firmware upgrade of the prototype units, by Oct 15 3pm",
        "Zhao Min: confirm the venue quotation with the two shortlisted suppliers, by Friday"))
    return f"{HEAD}<div style='width:260px'><h3>Launch prep weekly sync</h3><p>Date: Oct 10, 2024</p>" \
           f"<h4>Action items</h4><ol>{items}</ol><p>Next sync: Oct 17 14:00, Room 301</p></div></body></html>"


LAYOUTS = {"numbered list": numbered_list, "table": table, "two columns": two_columns,
           "page break inside a table": table_across_pages, "borderless table under the company's heads": borderless_with_own_heads,
           "English wrapped in a narrow column": english_in_a_narrow_column}


def print_pdf(html: str, tmp_path, name: str, heads: bool = True) -> bytes:
    """The page printed by Chromium, with its running heads (date, title; URL, page x/y) unless `heads` is False."""
    source, out = tmp_path / f"{name}.html", tmp_path / f"{name}.pdf"
    source.write_text(html, encoding="utf-8")
    plain = [] if heads else ["--no-pdf-header-footer"]
    done = subprocess.run([chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", *plain,
                           f"--user-data-dir={tmp_path / 'profile'}", f"--print-to-pdf={out}", source.as_uri()],
                          capture_output=True, timeout=180, stdin=subprocess.DEVNULL)
    assert done.returncode == 0 and out.exists(), done.stderr.decode(errors="replace")[-2000:]
    return out.read_bytes()


def message(body: str, subtype: str = "plain", attachment: tuple[bytes, str, str] | None = None) -> bytes:
    msg = EmailMessage(policy=SMTP)
    msg["From"], msg["To"], msg["Subject"] = "陈明 <chenming@xinghe.cn>", "王芳 <wangfang@xinghe.cn>", "会议纪要"
    msg["Date"] = format_datetime(datetime(2024, 10, 10, 15, 0, tzinfo=CST))
    msg["Message-ID"] = "<pdf-test@xinghe.cn>"
    msg.set_content(body, subtype=subtype)
    if attachment:
        data, maintype, filename = attachment
        msg.add_attachment(data, maintype=maintype.split("/")[0], subtype=maintype.split("/")[1], filename=filename)
    return msg.as_bytes()


def summary(parsed) -> tuple:
    items = [(i.number, i.owner.name if i.owner else None, i.task, i.due.isoformat() if i.due else None, i.flags)
             for i in parsed.items]
    followup = parsed.meeting.next_followup if parsed.meeting else None
    return parsed.kind, items, followup.as_json() if followup else None


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    chromium()
    root = tmp_path_factory.mktemp("pdf")
    return {name: (make(), print_pdf(make(), root, f"layout{n}", heads="own heads" not in make()))
            for n, (name, make) in enumerate(LAYOUTS.items())}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_pdf_gives_what_the_same_minutes_give_in_the_body(printed, layout):
    html, pdf = printed[layout]
    in_body = read(message(html, "html"))
    attached = read(message("附件为本次会议纪要，请查收。", attachment=(pdf, "application/pdf", "会议纪要.pdf")))
    assert summary(attached) == summary(in_body)
    assert attached.kind == "minutes" and len(attached.items) == (40 if "page" in layout or "heads" in layout else 3)
    assert attached.meeting.next_followup is not None
    assert attached.attachment == "会议纪要.pdf" and in_body.attachment is None
    assert attached.as_json()["attachment"] == "会议纪要.pdf"


def test_running_heads_page_numbers_and_a_repeated_table_header_are_dropped(printed):
    import io
    from pdfminer.high_level import extract_text
    from parsers.mail.mime import decode
    _, pdf = printed["page break inside a table"]
    assert "1/2" in extract_text(io.BytesIO(pdf))                   # Chromium's footer is in the file
    text = decode(message("见附件", attachment=(pdf, "application/pdf", "纪要.pdf"))).attachment_text
    assert "file:" not in text and "ﬁle:" not in text and "1/2" not in text and "2/2" not in text
    assert "会议纪要" not in text.splitlines() and not any("PM" in line or "AM" in line for line in text.splitlines())
    assert text.count("序号 | 事项 | 负责人 | 截止时间") == 1
    numbers = [line.split(" | ")[0] for line in text.splitlines() if " | " in line][1:]
    assert numbers == [str(n) for n in range(1, 41)]


def test_the_company_heads_and_chinese_page_numbers_are_dropped(printed):
    from parsers.mail.mime import decode
    import io
    from pdfminer.high_level import extract_text
    _, pdf = printed["borderless table under the company's heads"]
    raw = extract_text(io.BytesIO(pdf))                              # the file does carry them, on both pages
    assert raw.count("星河科技有限公司 内部资料") == 2 and "第 2 页 共 2 页" in raw
    text = decode(message("见附件", attachment=(pdf, "application/pdf", "纪要.pdf"))).attachment_text
    assert "星河科技" not in text and "页" not in text and "下次会议时间" in text.splitlines()[-1]


def test_items_in_the_body_are_not_counted_again_from_the_same_pdf(printed):
    html, pdf = printed["table"]
    both = read(message(html, "html", attachment=(pdf, "application/pdf", "会议纪要.pdf")))
    assert len(both.items) == 3 and both.attachment is None


def tiny_png() -> bytes:
    """A 40x40 grey picture: what a scanner leaves in a PDF instead of text."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\0" + b"\x80" * 40 for _ in range(40))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 40, 40, 8, 0, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def test_a_scanned_pdf_and_a_picture_are_unreadable_with_a_reason(tmp_path):
    png = tiny_png()
    scan = print_pdf(f"<html><body><img src='data:image/png;base64,{base64.b64encode(png).decode()}' width=600>"
                     "</body></html>", tmp_path, "scan", heads=False)
    parsed = read(message("附件为本次会议纪要，请查收。", attachment=(scan, "application/pdf", "会议纪要.pdf")))
    assert parsed.items == () and parsed.unreadable == (("会议纪要.pdf", "no_text"),)
    assert parsed.as_json()["unreadable_attachments"] == [{"file": "会议纪要.pdf", "reason": "no_text"}]
    picture = read(message("会议纪要见附件", attachment=(png, "image/png", "纪要.png")))
    assert picture.unreadable == (("纪要.png", "image"),)


def test_parse_names_the_file_the_items_came_from_among_several(printed):
    _, pdf = printed["numbered list"]
    msg = EmailMessage(policy=SMTP)
    msg["From"], msg["To"], msg["Subject"] = "陈明 <chenming@xinghe.cn>", "王芳 <wangfang@xinghe.cn>", "会议纪要"
    msg["Date"] = format_datetime(datetime(2024, 10, 10, 15, 0, tzinfo=CST))
    msg.set_content("请查收附件。")
    msg.add_attachment("会议议程：一、回顾上周工作；二、讨论发布会安排".encode(), maintype="text", subtype="plain",
                       filename="议程.txt")
    msg.add_attachment(tiny_png(), maintype="image", subtype="png", filename="现场照片.png")
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="会议纪要.pdf")
    parsed = read(msg.as_bytes())
    assert parsed.kind == "minutes" and len(parsed.items) == 3
    assert parsed.as_json()["attachment"] == "会议纪要.pdf"
    assert parsed.as_json()["unreadable_attachments"] == [{"file": "现场照片.png", "reason": "image"}]


def test_mutated_pdf_and_doc_files_never_raise_and_each_is_read_or_named(printed):
    import random
    from pathlib import Path
    from hostile import mutate
    docs = Path(__file__).resolve().parent / "data" / "attachments"
    seeds = [(pdf, "纪要.pdf") for _, pdf in printed.values()][:3] + [((docs / "minutes-table.doc").read_bytes(), "纪要.doc")]
    rng, outcomes = random.Random(20), set()
    for _ in range(100):
        data, name = rng.choice(seeds)
        parsed = read(message("附件为本次会议纪要，请查收。", attachment=(mutate(data, rng), "application/octet-stream", name)))
        assert not any("not understood" in w for w in parsed.warnings), parsed.warnings
        outcomes.add("items" if parsed.items else parsed.unreadable[0][1] if parsed.unreadable else "text, no items")
    assert {"items", "broken"} <= outcomes


def test_minutebot_parse_prints_the_attachment_the_items_came_from(printed, tmp_path):
    import json
    import os
    import sys
    _, pdf = printed["table"]
    (tmp_path / "pdf.eml").write_bytes(message("附件为本次会议纪要，请查收。", attachment=(pdf, "application/pdf", "会议纪要.pdf")))
    done = subprocess.run([sys.executable, "-m", "minutebot", "parse", str(tmp_path / "pdf.eml")], capture_output=True,
                          text=True, timeout=120, env={**os.environ, "MINUTEBOT_CONFIG": ""}, cwd=tmp_path)
    out = json.loads(done.stdout)
    assert done.returncode == 0 and out["attachment"] == "会议纪要.pdf" and len(out["items"]) == 3
    assert out["unreadable_attachments"] == [] and done.stderr == ""

"""The HTML mail as people see it: each kind the bot sends, rendered by headless Chromium to a PNG and a DOM.

A simulated week makes the real mails (recap, reminder, chase, escalation, digest, weekly report) in zh and en; each
is opened from a file, as a mail client shows it, and must show its table, every task it lists in its text part
(Chinese intact), and no template syntax. Without Chromium the tests skip (scripts/install-chromium.sh), except under
CI=true, where a missing browser is a failure. MINUTEBOT_SCREENSHOTS=DIR keeps the zh screenshots (docs/screenshots).
"""
import os
import re
import shutil
import subprocess
from datetime import datetime, timedelta
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import lxml.html
import pytest

from conftest import CST, Bot, mail
from pngread import read_png

KINDS = ("recap", "reminder", "chase", "escalation", "digest", "weekly")
TASKS = ("提交渠道活动方案终稿", "完成样机固件升级", "确认展台物料报价", "联系备选供应商")
MINUTES = """
会议主题：新品发布筹备周会
参会人员：陈明、王芳、李强、赵敏

待办事项：
1. 王芳：提交渠道活动方案终稿，10月10日前
2. 李强：完成样机固件升级，10月11日17:00前
3. 赵敏：确认展台物料报价，10月16日前
4. 采购部：联系备选供应商，尽快
"""
WINDOW = "800,900"


def at(day, hour, minute=0):
    return datetime(2024, 10, day, hour, minute, tzinfo=CST)


def missing(message: str) -> None:
    """Skip on a developer's machine; under CI=true a missing browser fails instead of skipping quietly."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


def chromium() -> str:
    found = shutil.which("chromium") or (os.access("/usr/bin/chromium", os.X_OK) and "/usr/bin/chromium")
    if not found:
        missing("chromium is not installed; run scripts/install-chromium.sh (Debian: chromium)")
    return found


def render(html_file: Path, png: Path) -> str:
    """Screenshot `html_file` into `png` and return the DOM Chromium built from it (one browser run)."""
    profile = html_file.parent / f"profile-{html_file.stem}"
    done = subprocess.run(
        [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
         f"--user-data-dir={profile}", f"--window-size={WINDOW}", f"--screenshot={png}", "--dump-dom",
         html_file.as_uri()],
        capture_output=True, timeout=180, stdin=subprocess.DEVNULL)
    assert done.returncode == 0 and png.exists(), done.stderr.decode(errors="replace")[-2000:]
    return done.stdout.decode("utf-8")


def reply(body, sender, recap, when):
    address = recap["Reply-To"].addresses[0].addr_spec
    return mail(body, subject="Re: 会议纪要", sender=sender, to=f"纪要助手 <{address}>", cc="",
                in_reply_to=recap["Message-ID"], date=when)


def week_of_mail(root: Path, language: str) -> dict:
    """Minutes on Wed 10-09, replies, then the slots of a week (Sat 10-12 is a make-up working day in 2024)."""
    root.mkdir(parents=True, exist_ok=True)
    bot = Bot(root, language)
    bot.drop(mail(MINUTES, subject="会议纪要：新品发布筹备周会", date=at(9, 15),
                  to="王芳 <wangfang@xinghe.cn>, 李强 <liqiang@xinghe.cn>, 赵敏 <zhaomin@xinghe.cn>"))
    bot.tick(at(9, 15, 5))
    [recap] = bot.new_mail()
    replies = {at(10, 10): ("第3项进度60%", "赵敏 <zhaomin@xinghe.cn>"), at(11, 16, 30): ("第2项已完成", "李强 <liqiang@xinghe.cn>")}
    for when in (at(10, 10), at(11, 9), at(11, 10), at(11, 16, 30), at(11, 17), at(12, 10)):
        if when in replies:
            bot.drop(reply(*replies[when], recap, when - timedelta(minutes=30)))
        bot.tick(when)
    found = {}
    rows = bot.app.store.db.execute("SELECT o.purpose, b.raw FROM outbox o JOIN outbox_bytes b ON b.key = o.key "
                                    "ORDER BY o.created_at, o.key")
    for purpose, raw in rows:
        found.setdefault(purpose, message_from_bytes(raw, policy=default))
    bot.app.close()
    return found


@pytest.fixture(scope="module", params=("zh", "en"))
def rendered(request, tmp_path_factory):
    """{kind: (mail, DOM text, DOM html, screenshot path)} for one language."""
    chromium()
    root = tmp_path_factory.mktemp(f"render-{request.param}")
    mails = week_of_mail(root / "bot", request.param)
    out = {}
    for kind in KINDS:
        html_file = root / f"{kind}.html"
        html_file.write_bytes(mails[kind].get_body(("html",)).get_content().encode("utf-8"))
        png = root / f"{kind}.png"
        dom = render(html_file, png)
        out[kind] = (mails[kind], lxml.html.fromstring(dom).text_content(), dom, png)
    keep = os.environ.get("MINUTEBOT_SCREENSHOTS")
    if keep and request.param == "zh":
        Path(keep).mkdir(parents=True, exist_ok=True)
        for kind in KINDS:
            shutil.copy(out[kind][3], Path(keep) / f"{kind}.png")
    return out


@pytest.mark.parametrize("kind", KINDS)
def test_the_dom_has_the_table_and_every_task_intact(rendered, kind):
    msg, text, dom, _ = rendered[kind]
    plain = msg.get_body(("plain",)).get_content()
    listed = [task for task in TASKS if task in plain]
    assert listed, f"{kind}: the scenario should list items"
    for task in listed:
        assert task in text, f"{kind}: {task} garbled or missing in the rendered page"
    assert "<table" in dom and re.search(r"<td[^>]*>\s*\d+\s*</td>", dom)        # an item table with its numbers
    assert not re.search(r"\{\{|\{%|\{#|%\}|\}\}", dom), f"{kind}: raw template syntax"
    assert "\ufffd" not in text                                                   # no undecodable bytes


@pytest.mark.parametrize("kind", KINDS)
def test_the_screenshot_shows_the_card_and_its_table(rendered, kind):
    image = read_png(rendered[kind][3])
    assert (image.width, image.height) == tuple(int(n) for n in WINDOW.split(","))
    background = {(255, 255, 255), (0xF2, 0xF4, 0xF7)}
    drawn = image.count(lambda r, g, b: (r, g, b) not in background)
    assert drawn > image.width * image.height // 20, f"{kind}: only {drawn} pixels drawn: is the page blank?"
    assert image.count(lambda r, g, b: r + g + b < 300) > 800, f"{kind}: too little dark text"
    colours = image.colours()
    assert (0xEE, 0xF2, 0xF7) in colours, f"{kind}: no table header band"        # the item table's header row
    assert (0xF2, 0xF4, 0xF7) in colours                                           # the grey around the card
    assert {(0x1F, 0x4E, 0x79), (0xB9, 0x77, 0x0E), (0xC0, 0x39, 0x2B)} & colours  # the heading band


def test_the_png_reader_counts_what_chromium_drew(tmp_path):
    page = tmp_path / "box.html"
    page.write_text('<html><body style="margin:0;background:#fff"><div style="width:100px;height:50px;'
                    'background:#ff0000"></div><p style="margin:0;font-size:40px">提交活动方案</p></body></html>',
                    encoding="utf-8")
    render(page, tmp_path / "box.png")
    image = read_png(tmp_path / "box.png")
    assert image.count(lambda r, g, b: (r, g, b) == (255, 0, 0)) == 100 * 50
    assert image.count(lambda r, g, b: r + g + b < 300) > 500                       # CJK glyphs, not blank boxes

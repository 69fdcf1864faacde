"""The replies10 replies that name their task instead of a number, run through the workflow (real Maildir inbox and
outbox, real SQLite file): each changes the item its README names, and the bare '搞定了' from an owner of two items
asks which one. The scorer does not check this (their gold items are []). Each reply is the stored mail's own bytes,
addressed to the recap of minutes holding that meeting's items (the rows its quoted recap shows; the partners' domains
are allowed). Before -> after on tuner10: 7/9 -> 9/9 items changed as the README says (on main de1acea and on
f0f2c58 alike, 2116 '交期跟踪表更新了80%' and 2127 'Sketches are 90% there' changed nothing: no command was read),
1/1 -> 1/1 asked; 2137's new due 01-06 -> 01-05 (3个工作日内 counted from the reply)."""
from __future__ import annotations

import re
import textwrap
from datetime import datetime, timedelta, timezone
from email import message_from_bytes
from email.policy import default
from email.utils import parsedate_to_datetime
from pathlib import Path

import pytest

from conftest import Bot, mail, text_of
from minutebot import config as config_mod
from minutebot.app import open_app

REPLIES10 = Path(__file__).resolve().parent / "data" / "replies10"
CST = timezone(timedelta(hours=8))
DOMAIN = "linglan.example.cn"
MEETINGS = {   # title, organizer, recap time (Shanghai), rows (task, owner, due) — tests/data/replies10/README.md
    "M1": ("AW25秋冬第二波上市协调会", "林晓雯", "2025-10-09 17:20", [
        ("确认AW25第二波面料色卡", "阮氏兰", "2025-10-15 18:00"), ("提交大衣系列设计稿终版", "Giulia Rossi", "2025-10-17 18:00"),
        ("LA仓黑五备货方案", "Daniel Ortiz", "2025-10-20 18:00"), ("天猫双11预售页面上线", "陈可欣", "2025-10-14 18:00"),
        ("更新Q4供应商付款计划", "陳嘉欣", "2025-10-16 18:00"), ("双11直播样衣寄送", "陈可欣", "2025-10-13 18:00")]),
    "M2": ("达卡针织大货生产跟进会", "周航", "2025-10-21 16:05", [
        ("寄出针织开衫产前样", "Rahim Chowdhury", "2025-10-28 18:00"), ("安排BSCI验厂", "Tomasz Kowalski", "2025-10-31 18:00"),
        ("洛杉矶线海运订舱", "何志强", "2025-10-24 18:00"), ("更新大货交期跟踪表", "周航", "2025-10-23 18:00"),
        ("确认纽扣供应商替代方案", "周航", "2025-10-27 18:00")]),
    "M3": ("SS26 design review, Milan studio", "Marco Bianchi", "2025-11-04 18:30", [
        ("Finalise SS26 capsule sketches", "Giulia Rossi", "2025-11-14 18:00"),
        ("Lab-dip approval for linen blends", "Sophie Laurent", "2025-11-10 18:00"),
        ("Antique-brass zipper samples", "田中健", "2025-11-12 18:00"), ("Nylon taffeta price quote", "Kim Ji-woo", "2025-11-07 18:00"),
        ("Book fit session with models", "Marco Bianchi", "2025-11-11 18:00"),
        ("Wool-cashmere mill capacity check", "Lukas Becker", "2025-11-13 18:00"),
        ("EU consolidation freight quote", "Jan de Vries", "2025-11-12 18:00")]),
    "M5": ("2026年货节电商大促筹备会", "刘振宇", "2025-12-26 17:10", [
        ("年货节主图拍摄", "陈可欣", "2025-12-31 18:00"), ("春节物流截单时间公告", "何志强", "2026-01-05 18:00"),
        ("会员积分规则更新", "杜雨桐", "2026-01-07 18:00"), ("LA仓退货积压清理", "Daniel Ortiz", "2026-01-09 18:00"),
        ("年货节客服话术培训", "杜雨桐", "2026-01-06 18:00")]),
}
MEETING_OF = {2107: "M1", 2110: "M1", 2111: "M1", 2116: "M2", 2120: "M2", 2123: "M3", 2127: "M3", 2137: "M5",
              2140: "M5", 2141: "M5"}
NAMED = {2107: 6, 2110: 4, 2116: 4, 2120: 2, 2123: 4, 2127: 1, 2137: 1, 2140: 5, 2141: 4}   # case -> the item it changes
ASKED = [2111]                                         # a bare '搞定了' from an owner of two open items
EMAILS = {row.split(",")[0]: row.split(",")[1]
          for row in (REPLIES10 / "roster.csv").read_text(encoding="utf-8").splitlines()[1:]}
UNFOLDED = re.compile(rb"\r\n[ \t]")


class Linglan(Bot):
    """A bot for replies10's organisation: its roster, its domain and its partners' (the QC agency, the mill … reply
    about their own items, so a deployment for this set accepts their domains)."""

    def __init__(self, root: Path):
        super().__init__(root, address=f"minutes@{DOMAIN}")
        self.app.close()
        (root / "roster.csv").write_bytes((REPLIES10 / "roster.csv").read_bytes())
        allowed = ", ".join(f'"{domain}"' for domain in sorted({email.split("@")[1] for email in EMAILS.values()}))
        config = (root / "minutebot.toml").read_text(encoding="utf-8").replace('"xinghe.cn"', allowed)   # and partners
        (root / "minutebot.toml").write_text(config, encoding="utf-8")
        self.config = config_mod.load(root / "minutebot.toml")
        self.app = open_app(self.config)


@pytest.fixture
def linglan(tmp_path):
    instance = Linglan(tmp_path)
    yield instance
    instance.app.close()


def _shanghai(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=CST)


def _minutes(meeting: str) -> bytes:
    title, organizer, recap_at, rows = MEETINGS[meeting]
    table = "\n".join(f"| {n} | {task} | {owner} | {due} |" for n, (task, owner, due) in enumerate(rows, 1))
    body = textwrap.dedent(f"""
        各位好，以下是{title}的会议纪要。

        会议主题：{title}

        待办事项：
        | 序号 | 事项 | 负责人 | 截止时间 |
        """) + table + "\n"
    owners = sorted({owner for _, owner, _ in rows})
    return mail(body, subject=f"会议纪要：{title}", sender=f"{organizer} <{EMAILS[organizer]}>",
                to=", ".join(f"{name} <{EMAILS[name]}>" for name in owners), cc=f"纪要助手 <minutes@{DOMAIN}>",
                date=_shanghai(recap_at) - timedelta(minutes=5), message_id=f"<minutes.{meeting}@{DOMAIN}>")


def _readdressed(raw: bytes, recap) -> bytes:
    """The stored reply's bytes, sent to this recap's signed Reply-To address in its thread."""
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = UNFOLDED.sub(b" ", head).split(b"\r\n")
    kept = [line for line in lines if not re.match(rb"(?i)(to|cc|in-reply-to|references):", line)]
    address = recap["Reply-To"].addresses[0].addr_spec
    kept += [f"To: {address}".encode(), f"In-Reply-To: {recap['Message-ID']}".encode(),
             f"References: {recap['Message-ID']}".encode()]
    return b"\r\n".join(kept) + b"\r\n\r\n" + body


def _run(bot, case: int) -> tuple[list[dict], list[dict], list]:
    """(items before, items after, mail answered) for one stored reply to its meeting's recap."""
    [path] = REPLIES10.glob(f"{case}-*.eml")
    meeting = MEETING_OF[case]
    bot.drop(_minutes(meeting))
    bot.tick(_shanghai(MEETINGS[meeting][2]))
    recap = next(m for m in bot.new_mail() if m["Reply-To"])
    raw = path.read_bytes()
    sent = parsedate_to_datetime(message_from_bytes(raw, policy=default)["Date"])
    bot.tick(sent - timedelta(minutes=1))               # the objection window closes, reminders go: not the reply's
    bot.new_mail()
    before = bot.items()
    bot.drop(_readdressed(raw, recap))
    bot.tick(sent + timedelta(minutes=2))
    return before, bot.items(), bot.new_mail()


def _changed(before: list[dict], after: list[dict]) -> list[int]:
    keys = ("status", "due_date", "percent")
    return [new["number"] for old, new in zip(before, after) if any(old.get(k) != new.get(k) for k in keys)]


def test_the_minutes_give_each_meeting_its_items_and_owners(linglan):
    linglan.drop(_minutes("M5"))
    linglan.tick(_shanghai(MEETINGS["M5"][2]))
    assert [(i["number"], i["owner_email"], i["due_date"]) for i in linglan.items()] == [
        (n, EMAILS[owner], due[:10]) for n, (_, owner, due) in enumerate(MEETINGS["M5"][3], 1)]


@pytest.mark.parametrize("case, number", sorted(NAMED.items()))
def test_a_task_named_reply_changes_the_item_it_names(linglan, case, number):
    before, after, _ = _run(linglan, case)
    assert _changed(before, after) == [number]


@pytest.mark.parametrize("case", ASKED)
def test_a_bare_done_from_an_owner_of_two_items_asks_which_one(linglan, case):
    before, after, answered = _run(linglan, case)
    assert _changed(before, after) == []
    assert len(answered) == 1 and re.search(r"请问是哪一项|Which item", text_of(answered[0]))


def test_a_deadline_in_working_days_counts_from_the_reply_not_the_due(linglan):
    """2137 '主图拍摄要往后推一下，…3个工作日内交' on Tue 12-30 (item 1 due 12-31): 12-31, Sun 01-04 (make-up), 01-05;
    counted from the due date it would be 01-06."""
    _, after, _ = _run(linglan, 2137)
    assert after[0]["due_date"] == "2026-01-05"

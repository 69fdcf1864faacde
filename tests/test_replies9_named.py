"""The replies9 replies that name their task instead of a number, run through the workflow (real Maildir inbox and
outbox, real SQLite file): each changes the item its README names, and the bare 'done' from an owner of two items
asks which one. The scorer does not check this (their gold items are []). Each reply is the stored mail's own bytes,
addressed to the recap of minutes holding that meeting's items (README table). Before -> after on tuner9: 14/16 ->
16/16 items changed as the README says (on main 2005 '隔膜抽检做完了' asked which of 来料隔膜批次抽检 and 跟进隔膜供应商8D整改回复,
2033 '可能要延期，…最晚4月22日给结论' asked for a date), 2/2 -> 2/2 asked."""
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

REPLIES9 = Path(__file__).resolve().parent / "data" / "replies9"
CST = timezone(timedelta(hours=8))
DOMAIN = "henglith.example.cn"
MEETINGS = {   # title, organizer, recap time (Shanghai), rows (task, owner, due) — tests/data/replies9/README.md
    "M1": ("常州基地电芯良率周会", "周建华", "2025-09-25 16:10", [
        ("A3涂布线面密度波动排查报告", "陆晓东", "2025-09-30"), ("化成分容柜温控参数复核", "陆晓东", "2025-10-10"),
        ("来料隔膜批次抽检（3批）", "钱美玲", "2025-09-28"), ("更新良率看板统计口径", "许诺", "2025-10-09"),
        ("跟进隔膜供应商8D整改回复", "钱美玲", "2025-10-11"), ("A3线涂布辊更换验收", "顾斌", "2025-09-30")]),
    "M2": ("Debrecen ramp-up weekly sync", "Tamás Kovács", "2025-11-12 15:32", [
        ("Finalize electrolyte filling SOP (HU/EN)", "Réka Szabó", "2025-11-19"),
        ("Ship spare winding heads from Changzhou", "陆晓东", "2025-11-21"),
        ("Recruit 12 operators for shift C", "Anna Nagy", "2025-11-28"),
        ("MES interface test with Changzhou IT", "许诺", "2025-11-18"),
        ("Update customer PPAP timeline", "Lukas Becker", "2025-11-20"),
        ("Recalibrate winding machine tension sensors", "佐藤健", "2025-11-17"),
        ("Review dry room dew point logs", "Kim Minjun", "2025-11-14")]),
    "M3": ("台北业务客户交付协调会", "林雅婷", "2026-02-05 17:20", [
        ("提交Q1交付排程给客户", "陳志明", "2026-02-10"), ("样品电池包送第三方检测", "黄冠宇", "2026-02-13"),
        ("更新铜箔涨价后的报价单", "林雅婷", "2026-02-11"), ("准备客户审厂资料包", "钱美玲", "2026-02-26"),
        ("确认春节期间发货安排", "陳志明", "2026-02-12")]),
    "M4": ("宁德基地安全整改专项会", "郑海峰", "2026-04-01 11:05", [
        ("注液车间排风系统改造方案", "黄冠宇", "2026-04-08"), ("组织二季度消防演练", "吴婷", "2026-04-10"),
        ("危化品仓库台账更新", "吴婷", "2026-04-03"), ("热失控预警算法验证", "许诺", "2026-04-15"),
        ("外包施工人员安全培训", "孙立", "2026-04-09")]),
    "M5": ("Monterrey/Erfurt supply chain weekly", "Carlos Mendoza", "2026-09-16 09:40", [
        ("Customs documents for cathode shipment MTY-0917", "Sofía Ramírez", "2026-09-22"),
        ("Book Erfurt warehouse slots for October", "Jan de Vries", "2026-09-24"),
        ("Second-source separator quotation", "刘洋", "2026-09-30"),
        ("Update logistics cost model (EU lanes)", "Jan de Vries", "2026-09-24"),
        ("Sign Polish trucking carrier contract", "Piotr Nowak", "2026-10-09"),
        ("Schedule audit of Hai Phong cell supplier", "Nguyễn Thị Lan", "2026-09-29"),
        ("Prepare customer audit package (Erfurt)", "Claire Dubois", "2026-09-28")]),
}
NAMED = {2004: 2, 2005: 3, 2007: 5, 2012: 6, 2016: 7, 2018: 4, 2019: 2, 2023: 5, 2026: 4, 2027: 3, 2030: 3, 2031: 5,
         2033: 4, 2036: 5, 2039: 2, 2041: 6}          # case -> the item its README says it changes
ASKED = [2010, 2047]                                   # a bare 'done' from an owner of two open items
EMAILS = {row.split(",")[0]: row.split(",")[1]
          for row in (REPLIES9 / "roster.csv").read_text(encoding="utf-8").splitlines()[1:]}
UNFOLDED = re.compile(rb"\r\n[ \t]")


class Henglith(Bot):
    """A bot for replies9's organisation: its roster and domain."""

    def __init__(self, root: Path):
        super().__init__(root, address=f"minutes@{DOMAIN}")
        self.app.close()
        (root / "roster.csv").write_bytes((REPLIES9 / "roster.csv").read_bytes())
        config = (root / "minutebot.toml").read_text(encoding="utf-8").replace('"xinghe.cn"', f'"{DOMAIN}"')
        (root / "minutebot.toml").write_text(config, encoding="utf-8")
        self.config = config_mod.load(root / "minutebot.toml")
        self.app = open_app(self.config)


@pytest.fixture
def henglith(tmp_path):
    instance = Henglith(tmp_path)
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
    [path] = REPLIES9.glob(f"{case}-*.eml")
    meeting = path.name.split("-")[1].upper()
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


def test_the_minutes_give_each_meeting_its_items_and_owners(henglith):
    henglith.drop(_minutes("M5"))
    henglith.tick(_shanghai(MEETINGS["M5"][2]))
    assert [(i["number"], i["owner_email"], i["due_date"]) for i in henglith.items()] == [
        (n, EMAILS[owner], due) for n, (_, owner, due) in enumerate(MEETINGS["M5"][3], 1)]


@pytest.mark.parametrize("case, number", sorted(NAMED.items()))
def test_a_task_named_reply_changes_the_item_it_names(henglith, case, number):
    before, after, _ = _run(henglith, case)
    assert _changed(before, after) == [number]


@pytest.mark.parametrize("case", ASKED)
def test_a_bare_done_from_an_owner_of_two_items_asks_which_one(henglith, case):
    before, after, answered = _run(henglith, case)
    assert _changed(before, after) == []
    assert len(answered) == 1 and re.search(r"请问是哪一项|Which item", text_of(answered[0]))

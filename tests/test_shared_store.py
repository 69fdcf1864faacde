"""Two bot mailboxes (one per department) on one database: one Message-ID ledger, one numbering of meetings, and the
timed work of both done once, by whichever daemon comes first, so an organizer's digest spans both mailboxes.
On SQLite the two share one file; with --store postgresql, one PostgreSQL database (the deployment that needs it)."""
from datetime import datetime

import conftest
from conftest import CST, MINUTES, Bot, mail


def minutes_to(bot_address: str, title: str, message_id: str) -> bytes:
    return mail(MINUTES.replace("产品周会", title), subject=f"会议纪要 {title}", message_id=message_id,
                cc=f"纪要助手 <{bot_address}>")


def test_two_mailboxes_share_the_ledger_the_numbering_and_the_organisations_digest(tmp_path, monkeypatch, now):
    url = Bot.new_store_url() or f"sqlite:///{tmp_path / 'shared.db'}"
    monkeypatch.setattr(Bot, "new_store_url", staticmethod(lambda: url))
    (tmp_path / "hr").mkdir()
    (tmp_path / "rd").mkdir()
    hr = Bot(tmp_path / "hr", address="hr-minutes@xinghe.cn")
    rd = Bot(tmp_path / "rd", address="rd-minutes@xinghe.cn")
    try:
        hr.drop(minutes_to("hr-minutes@xinghe.cn", "人事周会", "<hr1@xinghe.cn>"))
        rd.drop(minutes_to("rd-minutes@xinghe.cn", "研发周会", "<rd1@xinghe.cn>"))
        both = mail(MINUTES.replace("产品周会", "联席会议"), subject="会议纪要 联席会议", message_id="<both@xinghe.cn>",
                    cc="hr-minutes@xinghe.cn, rd-minutes@xinghe.cn")
        hr.drop(both)
        rd.drop(both)                                       # the same minutes, delivered to both mailboxes
        assert [o.action for o in hr.tick(now).outcomes] == ["minutes: 3 items", "minutes: 3 items"]
        assert {o.message_id: o.action for o in rd.tick(now).outcomes} == {
            "<rd1@xinghe.cn>": "minutes: 3 items", "<both@xinghe.cn>": "already handled"}     # the one ledger
        assert len(hr.new_mail()) == 2 and len(rd.new_mail()) == 1       # one recap each: the shared one once
        titles = {m["title"]: m["id"] for m in map(hr.app.store.meeting, (1, 2, 3))}
        assert set(titles) == {"人事周会", "研发周会", "联席会议"}          # one numbering for both mailboxes
        assert len(rd.items()) == len(hr.items()) == 9
        monday = datetime(2024, 10, 14, 9, 30, tzinfo=CST)                # item 1 of each was due Sat 10-12 18:00
        hr.tick(monday)
        rd.tick(monday)
        digests = [m for m in hr.new_mail() + rd.new_mail() if "每日逾期汇总" in m["Subject"]]
        assert len(digests) == 1                                          # one digest for the organizer…
        text = digests[0].get_body(("plain",)).get_content()
        assert all(title in text for title in titles)                     # …listing the meetings of both mailboxes
    finally:
        hr.app.close()
        rd.app.close()


def organisation_bot(tmp_path, monkeypatch, name: str, organisation: str) -> Bot:
    """A bot mailbox named `name` on the shared store of this test, serving `organisation` ([store] organisation)."""
    monkeypatch.setattr(conftest, "store_toml", lambda url: f'\n[store]\nurl = "{url}"\norganisation = "{organisation}"\n')
    (tmp_path / name).mkdir()
    return Bot(tmp_path / name, address=f"{name}-minutes@xinghe.cn")


def digests_of(bots: list[Bot]) -> list[str]:
    """The text of every daily digest the bots' outboxes sent since the last look (any daemon may send a queued mail)."""
    return [m.get_body(("plain",)).get_content() for bot in bots for m in bot.new_mail() if "每日逾期汇总" in m["Subject"]]


def three_mailboxes(tmp_path, monkeypatch, now) -> list[Bot]:
    """hr and rd of organisation xinghe, ops of organisation yuntu, on one store, each with one meeting stored."""
    url = Bot.new_store_url() or f"sqlite:///{tmp_path / 'shared.db'}"
    monkeypatch.setattr(Bot, "new_store_url", staticmethod(lambda: url))
    bots = [organisation_bot(tmp_path, monkeypatch, name, org) for name, org in
            (("hr", "xinghe"), ("rd", "xinghe"), ("ops", "yuntu"))]
    for bot, title in zip(bots, ("人事周会", "研发周会", "运维周会")):
        bot.drop(minutes_to(bot.config.bot.address, title, f"<{bot.config.bot.address.split('-')[0]}1@xinghe.cn>"))
        assert [o.action for o in bot.tick(now).outcomes] == ["minutes: 3 items"]
    return bots


def test_two_organisations_on_one_store_each_get_their_own_digest_and_items(tmp_path, monkeypatch, now):
    bots = three_mailboxes(tmp_path, monkeypatch, now)
    hr, rd, ops = bots
    try:
        organisations = {m["title"]: m["organisation"] for m in map(ops.app.store.meeting, (1, 2, 3))}
        assert organisations == {"人事周会": "xinghe", "研发周会": "xinghe", "运维周会": "yuntu"}   # one numbering
        assert {i["meeting_id"] for i in ops.app.store.open_items()} == {3}                  # `items` of yuntu…
        assert {i["meeting_id"] for i in hr.app.store.open_items()} == {1, 2}                # …and of xinghe
        digests_of(bots)
        monday = datetime(2024, 10, 14, 9, 30, tzinfo=CST)
        ops.tick(monday)                               # yuntu's daemon first: it must not report xinghe's meetings
        mine = digests_of(bots)
        assert len(mine) == 1 and "运维周会" in mine[0] and "人事周会" not in mine[0] and "研发周会" not in mine[0]
        hr.tick(monday)
        rd.tick(monday)
        ops.tick(monday)
        theirs = digests_of(bots)
        assert len(theirs) == 1 and "运维周会" not in theirs[0]   # xinghe's own digest, sent once, to the same organizer
    finally:
        for bot in bots:
            bot.app.close()


def test_two_mailboxes_of_one_organisation_share_one_digest(tmp_path, monkeypatch, now):
    bots = three_mailboxes(tmp_path, monkeypatch, now)
    hr, rd, ops = bots
    try:
        digests_of(bots)
        monday = datetime(2024, 10, 14, 9, 30, tzinfo=CST)
        rd.tick(monday)
        hr.tick(monday)
        xinghe = [text for text in digests_of(bots) if "运维周会" not in text]
        assert len(xinghe) == 1                                           # one digest for both mailboxes…
        assert "人事周会" in xinghe[0] and "研发周会" in xinghe[0]          # …listing the meetings of both
    finally:
        for bot in bots:
            bot.app.close()

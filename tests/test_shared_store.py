"""Two bot mailboxes (one per department) on one database: one Message-ID ledger, one numbering of meetings, and the
timed work of both done once, by whichever daemon comes first, so an organizer's digest spans both mailboxes.
On SQLite the two share one file; with --store postgresql, one PostgreSQL database (the deployment that needs it)."""
from datetime import datetime

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

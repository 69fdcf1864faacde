"""Bot mail: headers SPEC 6.6 asks for, safe against header injection, queued once, retried, never doubled."""
import logging
import os
import time
from datetime import datetime, timedelta, timezone
from email import message_from_bytes
from email.policy import default

import pytest

from mailer.compose import Composer, Envelope, Recipient
from mailer.maildir import MaildirTransport
from mailer.transport import PermanentFailure, TemporaryFailure, open_transport
from minutebot.sending import outbox
from minutebot.storage.store import Store
from loopback import USERS

NOW = datetime(2024, 10, 10, 15, 0, tzinfo=timezone(timedelta(hours=8)))
BOT = Recipient("纪要助手", "minutes@xinghe.cn")
CONTEXT = {"bot_name": "纪要助手", "title": "<b>周会</b>", "reply_subject": "Re: 会议纪要", "version": 1,
           "items": [{"number": 1, "task": "提交<script>方案</script>", "owner": "王芳", "due": "10月12日（周六）"}],
           "problems": ["第1项没有截止时间，请补充"], "objection_text": "今日内（18:00前）"}


def envelope(**extra):
    fields = dict(sender=BOT, to=(Recipient("王芳", "wangfang@xinghe.cn"),), message_id="<mb.1@xinghe.cn>",
                  date=NOW, reply_to="minutes+m1-abc@xinghe.cn", in_reply_to="<minutes@x>",
                  references=("<minutes@x>",))
    fields.update(extra)
    return Envelope(**fields)


def parsed(msg):
    return message_from_bytes(msg.as_bytes(), policy=default)


def test_recap_has_the_headers_and_parts_spec_asks_for():
    msg = parsed(Composer().compose(envelope(), "recap", "zh", CONTEXT))
    assert msg["From"].addresses[0].display_name == "纪要助手"
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["X-Loop"] == "minutes@xinghe.cn"
    assert msg["X-Auto-Response-Suppress"] == "OOF, AutoReply"
    assert msg["In-Reply-To"] == "<minutes@x>"
    assert msg["Reply-To"].addresses[0].addr_spec == "minutes+m1-abc@xinghe.cn"
    text = msg.get_body(("plain",)).get_content()
    html = msg.get_body(("html",)).get_content()
    assert "如有异议请于今日内（18:00前）回复" in text
    assert "&lt;script&gt;" in html and "<script>" not in html          # HTML autoescaped
    assert "提交<script>方案</script>" in text                          # text is text


def test_raw_headers_are_rfc2047_encoded_ascii():
    raw = Composer().compose(envelope(), "recap", "zh", CONTEXT).as_bytes()
    head = raw.split(b"\r\n\r\n", 1)[0]
    head.decode("ascii")                                                 # no raw 8-bit in headers
    assert b"=?utf-8?" in head.lower()


def test_crlf_in_names_cannot_add_headers():
    evil = Recipient("王芳\r\nBcc: victim@evil.com", "wangfang@xinghe.cn")
    raw = Composer().compose(envelope(to=(evil,)), "recap", "zh", CONTEXT).as_bytes()
    msg = message_from_bytes(raw, policy=default)
    assert msg["Bcc"] is None
    assert b"\r\nBcc:" not in raw


def test_english_templates_render_too():
    msg = parsed(Composer().compose(envelope(), "recap", "en", {**CONTEXT, "objection_text": "today by 18:00"}))
    assert "If you object, please reply today by 18:00" in msg.get_body(("plain",)).get_content()


class FlakyTransport:
    def __init__(self, failures):
        self.failures, self.sent = list(failures), []

    def send(self, sender, recipients, raw):
        if self.failures:
            raise self.failures.pop(0)
        self.sent.append(raw)


def queue_one(store, key="recap:1:v1"):
    msg = Composer().compose(envelope(message_id=f"<{key}@xinghe.cn>"), "recap", "zh", CONTEXT)
    return outbox.queue(store, key, msg, now=NOW, sender=BOT.email, recipients=["wangfang@xinghe.cn"])


def test_the_same_key_is_queued_once(open_store, tmp_path):
    store = open_store()
    assert queue_one(store) and not queue_one(store)
    transport = FlakyTransport([])
    assert outbox.drain(store, transport, NOW).sent == 1
    assert outbox.drain(store, transport, NOW + timedelta(days=1)).sent == 0
    assert len(transport.sent) == 1


def test_temporary_failures_wait_and_retry(open_store, tmp_path):
    store = open_store()
    queue_one(store)
    transport = FlakyTransport([TemporaryFailure("421 busy"), TemporaryFailure("timeout")])
    assert outbox.drain(store, transport, NOW).retry == 1
    assert outbox.drain(store, transport, NOW + timedelta(seconds=30)).sent == 0       # still waiting
    assert outbox.drain(store, transport, NOW + timedelta(seconds=61)).retry == 1
    assert outbox.drain(store, transport, NOW + timedelta(seconds=61 + 301)).sent == 1
    assert len(transport.sent) == 1


def test_permanent_failure_is_recorded_not_retried(open_store, tmp_path):
    store = open_store()
    queue_one(store)
    transport = FlakyTransport([PermanentFailure("550 no such user")])
    assert outbox.drain(store, transport, NOW).failed == 1
    row = next(store.db["outbox"].rows)
    assert row["status"] == "failed" and "550" in row["last_error"]
    assert outbox.drain(store, transport, NOW + timedelta(days=1)).sent == 0


def test_maildir_transport_writes_one_file_per_mail(open_store, tmp_path):
    store = open_store()
    queue_one(store, "a")
    queue_one(store, "b")
    outbox.drain(store, MaildirTransport(tmp_path / "out"), NOW)
    assert len(list((tmp_path / "out" / "new").iterdir())) == 2


def test_maildir_transport_does_not_double_a_resent_message(tmp_path):
    transport = MaildirTransport(tmp_path / "out")
    raw = Composer().compose(envelope(), "recap", "zh", CONTEXT).as_bytes()
    transport.send(BOT.email, ["wangfang@xinghe.cn"], raw)
    transport.send(BOT.email, ["wangfang@xinghe.cn"], raw)        # a crash between send and "sent" repeats it
    assert len(list((tmp_path / "out" / "new").iterdir())) == 1


class Interrupted(Exception):
    """Stands for a kill in the middle of a drain: nothing after it runs, nothing uncommitted is kept."""


class CutShort:
    """A transport that sends `good` mails through `inner`, then fails as if the process died (not a mail failure)."""

    def __init__(self, inner, good):
        self.inner, self.good = inner, good
        self.resend_is_noop = getattr(inner, "resend_is_noop", False)

    def send(self, sender, recipients, raw):
        if self.good == 0:
            raise Interrupted()
        self.good -= 1
        self.inner.send(sender, recipients, raw)


def statuses(store):
    return sorted(row[0] for row in store.db.execute("SELECT status FROM outbox").fetchall())


def test_a_maildir_drain_cut_short_marks_in_batches_and_the_next_pass_writes_no_copy(open_store, tmp_path):
    store = open_store()
    for key in "abcde":
        queue_one(store, key)
    out = tmp_path / "out"
    with pytest.raises(Interrupted):                   # three written, then the "kill", before the batch's commit
        outbox.drain(store, CutShort(MaildirTransport(out), 3), NOW)
    assert statuses(store) == ["queued"] * 5 and len(list((out / "new").iterdir())) == 3
    assert outbox.drain(store, MaildirTransport(out), NOW).sent == 5        # the three are found delivered
    assert statuses(store) == ["sent"] * 5 and len(list((out / "new").iterdir())) == 5


def test_a_transport_whose_resend_doubles_marks_each_mail_in_its_own_transaction(open_store):
    store = open_store()
    for key in "abcde":
        queue_one(store, key)
    transport = FlakyTransport([])
    with pytest.raises(Interrupted):
        outbox.drain(store, CutShort(transport, 3), NOW)
    assert statuses(store) == ["queued"] * 2 + ["sent"] * 3            # what went out is recorded as it went
    assert outbox.drain(store, transport, NOW).sent == 2 and len(transport.sent) == 5


def test_a_mail_already_read_in_cur_is_not_delivered_again_however_full_cur_is(tmp_path):
    """A reader's client moves what it read to cur/ with an info suffix (':2,S', Dovecot's ',S=…:2,S'); a resend of
    such a mail (a crash between send and marking it sent) adds nothing, also when cur/ was listed before the move
    and holds thousands of other files."""
    out = tmp_path / "out"
    transport = MaildirTransport(out)
    for n in range(3000):
        (out / "cur" / f"{n:024x}.minutebot:2,S").write_bytes(b"")
    past = time.time_ns() - 60 * 10**9
    os.utime(out / "cur", ns=(past, past))                   # a folder nobody touched for a minute
    raws = [Composer().compose(envelope(message_id=f"<read{n}@xinghe.cn>"), "recap", "zh", CONTEXT).as_bytes()
            for n in range(3)]
    for raw in raws:
        transport.send(BOT.email, ["wangfang@xinghe.cn"], raw)
    first, second, third = sorted((out / "new").iterdir(), key=lambda p: p.stat().st_mtime_ns)
    first.rename(out / "cur" / f"{first.name}:2,S")
    second.rename(out / "cur" / f"{second.name},S=2048:2,RS")
    for raw in raws:
        transport.send(BOT.email, ["wangfang@xinghe.cn"], raw)
    assert [p.name for p in (out / "new").iterdir()] == [third.name] and len(list((out / "cur").iterdir())) == 3002


class RecordingTransport:
    def __init__(self):
        self.to = []

    def send(self, sender, recipients, raw):
        self.to.append(recipients)


def queue_to(store, key, to, at=NOW):
    msg = Composer().compose(envelope(message_id=f"<{key}@xinghe.cn>"), "recap", "zh", CONTEXT)
    return outbox.queue(store, key, msg, now=at, sender=BOT.email, recipients=[to])


def test_one_pass_drains_the_whole_queue_recaps_first_and_capped_mail_holds_nothing_back(open_store, tmp_path, monkeypatch):
    monkeypatch.setattr(outbox, "PAGE", 3)                     # several pages in one pass
    store = open_store()
    for n in range(5):                                         # older mail to one person, over a cap of 1
        queue_to(store, f"chase:wangfang:{n}", "wangfang@xinghe.cn")
    for n in range(4):
        queue_to(store, f"digest:o{n}", f"o{n}@xinghe.cn", NOW + timedelta(seconds=1))
    queue_to(store, "recap:7:v2", "liqiang@xinghe.cn", NOW + timedelta(seconds=2))
    transport = RecordingTransport()
    result = outbox.drain(store, transport, NOW + timedelta(minutes=1), cap=1)
    assert (result.sent, result.held) == (6, 4)
    assert transport.to[0] == ["liqiang@xinghe.cn"]            # the newest mail, but a recap: it goes first
    assert outbox.drain(store, transport, NOW + timedelta(minutes=2), cap=1) == outbox.DrainResult()


def test_a_server_that_keeps_failing_ends_the_pass_and_the_rest_waits_untouched(open_store, tmp_path):
    store = open_store()
    for n in range(outbox.STOP_AFTER_FAILURES + 3):
        queue_to(store, f"chase:p{n}:1", f"p{n}@xinghe.cn")
    transport = FlakyTransport([TemporaryFailure("connection refused")] * 50)
    assert outbox.drain(store, transport, NOW).retry == outbox.STOP_AFTER_FAILURES
    untouched = store.db.execute("SELECT count(*) FROM outbox WHERE attempts = 0").fetchone()[0]
    assert untouched == 3


def test_sent_mail_loses_its_bytes_after_the_retention_but_is_never_sent_again(open_store, tmp_path):
    store = open_store()
    queue_one(store)
    outbox.drain(store, FlakyTransport([]), NOW)
    assert outbox.prune_sent(store, NOW + timedelta(days=10), keep_days=30) == 0
    assert outbox.prune_sent(store, NOW + timedelta(days=31), keep_days=0) == 0          # 0 keeps everything
    assert outbox.prune_sent(store, NOW + timedelta(days=31), keep_days=30) == 1
    row = next(store.db["outbox"].rows)
    assert row["status"] == "sent" and row["message_id"] and row["sent_at"]
    assert store.db.execute("SELECT count(*) FROM outbox_bytes").fetchone()[0] == 0      # its bytes are gone
    assert not queue_one(store)                                 # the key is still known: nothing is queued twice


def test_a_pass_with_a_time_slice_stops_when_it_is_used_and_says_more_is_due(open_store, tmp_path):
    store = open_store()
    for n in range(4):
        queue_to(store, f"chase:p{n}:1", f"p{n}@xinghe.cn")
    transport = RecordingTransport()
    first = outbox.drain(store, transport, NOW, seconds=1e-9)          # the slice is over after one mail
    assert (first.sent, first.more) == (1, True)
    rest = outbox.drain(store, transport, NOW)
    assert (rest.sent, rest.more) == (3, False) and len(transport.to) == 4


# --- the daily cap is decided per recipient (a copied manager over it never holds the owner's mail) ----------------
OWNER, MANAGER, ORGANIZER = (Recipient("王芳", "wangfang@xinghe.cn"), Recipient("张经理", "zhangwei@xinghe.cn"),
                             Recipient("陈明", "chenming@xinghe.cn"))


def queue_mail(store, key, to, cc=(), at=NOW):
    """Queue the bot's own bytes (the writer mails.send uses) To `to` and Cc `cc`."""
    sent = envelope(message_id=f"<{key}@xinghe.cn>", to=tuple(to), cc=tuple(cc))
    raw = Composer().compose_bytes(sent, "recap", "zh", CONTEXT)
    return outbox.queue_raw(store, key, raw, sent.message_id, now=at, sender=BOT.email, recipients=sent.recipients)


def test_a_copy_over_the_cap_is_left_out_of_the_envelope_and_the_mail_goes_to_the_others(open_store, smtp_sink,
                                                                                          caplog):
    store = open_store()
    for n in range(2):                                          # the manager's quota of 2 is used up first
        queue_mail(store, f"digest:zhangwei:{n}", [MANAGER])
    for n in range(2):
        queue_mail(store, f"escalation:wangfang:{n}", [OWNER], [MANAGER, ORGANIZER], NOW + timedelta(seconds=1))
    queue_mail(store, "digest:zhangwei:2", [MANAGER], [OWNER], NOW + timedelta(seconds=2))
    transport = open_transport(f"smtp://bot@127.0.0.1:{smtp_sink.port}", USERS["bot"])
    with caplog.at_level(logging.WARNING, logger="minutebot"):
        result = outbox.drain(store, transport, NOW + timedelta(minutes=1), cap=2)
    transport.close()
    assert (result.sent, result.held) == (4, 1)                # held only when everyone it is To is over the cap
    escalations = [e for e in smtp_sink.envelopes() if "escalation" in e.message["Message-ID"]]
    assert [e.recipients for e in escalations] == [["wangfang@xinghe.cn", "chenming@xinghe.cn"]] * 2
    assert all("zhangwei@xinghe.cn" in str(e.message["Cc"]) for e in escalations)     # the headers as written
    notes = store.db.execute("SELECT last_error FROM outbox WHERE key LIKE 'escalation:%'").fetchall()
    assert notes == [("sent without zhangwei@xinghe.cn: copied, 2 mails already sent to them today",)] * 2
    told = [r.getMessage() for r in caplog.records if "daily cap" in r.getMessage()]
    assert len([line for line in told if "zhangwei@xinghe.cn" in line]) == 1           # once per person and day
    assert "mail that only copies them goes without them" in told[0]
    counts = dict(store.db.execute("SELECT recipient, sent FROM daily_sends").fetchall())
    assert counts == {"zhangwei@xinghe.cn": 2, "wangfang@xinghe.cn": 2, "chenming@xinghe.cn": 2}
    held = store.db.execute("SELECT key, last_error FROM outbox WHERE status = 'queued'").fetchall()
    assert held[0][0] == "digest:zhangwei:2" and held[0][1].startswith("held until 2024-10-11")


def test_a_mail_whose_every_to_recipient_is_over_the_cap_waits_even_when_a_copy_is_not(open_store, smtp_sink):
    store = open_store()
    queue_mail(store, "digest:wangfang:0", [OWNER])
    queue_mail(store, "escalation:wangfang:1", [OWNER], [MANAGER], NOW + timedelta(seconds=1))
    transport = open_transport(f"smtp://bot@127.0.0.1:{smtp_sink.port}", USERS["bot"])
    assert outbox.drain(store, transport, NOW + timedelta(minutes=1), cap=1).held == 1
    assert outbox.drain(store, transport, NOW + timedelta(days=1), cap=1).sent == 1     # the next day, to both
    transport.close()
    assert smtp_sink.envelopes()[-1].recipients == ["wangfang@xinghe.cn", "zhangwei@xinghe.cn"]


def test_who_a_mail_is_addressed_to_is_read_from_its_to_field_not_from_names_or_other_fields():
    from minutebot.sending.caps import envelope
    raw = (b'From: bot <minutes@xinghe.cn>\r\nTo: "zhangwei@xinghe.cn, boss" <wangfang@xinghe.cn>,\r\n'
           b' =?utf-8?b?5p2O5by6?= <liqiang@xinghe.cn>\r\nCc: zhangwei@xinghe.cn, chenming@xinghe.cn\r\n'
           b'Subject: To: chenming@xinghe.cn\r\n\r\nTo: zhangwei@xinghe.cn\r\n')
    everyone = ["wangfang@xinghe.cn", "liqiang@xinghe.cn", "zhangwei@xinghe.cn", "chenming@xinghe.cn"]
    assert envelope(everyone, ["zhangwei@xinghe.cn", "chenming@xinghe.cn"], raw) == (
        everyone[:2], ["zhangwei@xinghe.cn", "chenming@xinghe.cn"])
    assert envelope(everyone, ["liqiang@xinghe.cn"], raw) == (everyone, [])         # a To over it still goes
    assert envelope(everyone, everyone[:2], raw) == ([], everyone[:2])               # every To over it: held

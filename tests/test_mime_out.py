"""The directly written bot mail (mailer/mime_out.py) reads back exactly as the email package's own build of the same
mail: every header decoded, both bodies; values outside its shape go to the email package."""
from datetime import datetime, timedelta, timezone
from email import message_from_bytes
from email.policy import default

from hypothesis import given, settings, strategies as st

from mailer.compose import Composer, Envelope, Recipient, _header_values, one_line
from mailer.mime_out import plain_mail

NOW = datetime(2024, 10, 10, 15, 0, tzinfo=timezone(timedelta(hours=8)))
BOT = Recipient("纪要助手", "minutes@xinghe.cn")
COMPOSER = Composer()
names = st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)
# a display name longer than one encoded word (45 UTF-8 bytes) is split in several, which the email package's address
# reader joins with a space (as it does with its own writer's): names in the test fit in one word
short_names = names.filter(lambda name: len(name.encode()) <= 45)
locals_ = st.from_regex(r"[a-z0-9][a-z0-9._+-]{0,20}[a-z0-9]", fullmatch=True).filter(lambda s: ".." not in s)


def read(raw: bytes) -> tuple:
    msg = message_from_bytes(raw, policy=default)
    heads = []
    for name, value in msg.items():
        if name in ("From", "To", "Cc", "Reply-To"):
            heads.append((name, [(a.display_name, a.addr_spec) for a in value.addresses]))
        elif name != "Content-Type":
            heads.append((name, str(value)))
    assert not any(part.defects for part in msg.walk()), [part.defects for part in msg.walk()]
    return heads, msg.get_body(("plain",)).get_content(), msg.get_body(("html",)).get_content()


def both(envelope: Envelope, subject: str, text: str, html: str) -> tuple[bytes, bytes]:
    fast = plain_mail(_header_values(envelope, subject), text, html)
    assert fast is not None
    return fast, COMPOSER._build(envelope, subject, text, html).as_bytes()


@settings(max_examples=150, deadline=None)
@given(subject=names, people=st.lists(st.tuples(short_names, locals_), min_size=1, max_size=8),
       text=st.text(max_size=300))
def test_fast_mail_reads_back_as_written(subject, people, text):
    """Every name and subject decodes to exactly what was given (the email package's own writer does not always:
    it puts a space between a base64 and a quoted-printable word of one name)."""
    to = tuple(Recipient(name, f"{local}@xinghe.cn") for name, local in people)
    envelope = Envelope(sender=BOT, to=to[:1], cc=to[1:], message_id="<mb.1@xinghe.cn>", date=NOW,
                        reply_to="minutes+m1-abc@xinghe.cn", in_reply_to="<minutes@x>", references=("<a@x>", "<b@y>"))
    subject = one_line(subject)
    raw = plain_mail(_header_values(envelope, subject), text, "<p>" + text + "</p>")
    heads, _, _ = read(raw)
    plain = message_from_bytes(raw, policy=default).get_body(("plain",)).get_payload(decode=True)
    found = dict(heads)
    def spaced(name):                                           # the email package's reader joins runs of spaces
        return " ".join(name.split())
    assert [(spaced(name), addr) for name, addr in found["To"] + found.get("Cc", [])] == \
        [(spaced(one_line(r.name)), r.email) for r in to]
    assert found["Subject"] == subject and found["References"] == "<a@x> <b@y>"
    assert found["Reply-To"] == [(BOT.name, "minutes+m1-abc@xinghe.cn")]
    assert plain == b"\r\n".join(text.encode().splitlines()) + b"\r\n"     # CRLF line ends, as the email package
    head = raw.split(b"\r\n\r\n", 1)[0]
    head.decode("ascii")                                        # 8-bit never in a header
    assert max(len(line) for line in head.split(b"\r\n")) <= 998


def test_a_recap_reads_back_as_the_email_package_writes_it():
    context = {"bot_name": "纪要助手", "title": "<b>周会</b>", "reply_subject": "Re: 会议纪要", "version": 1,
               "items": [{"number": 1, "task": "提交<script>方案</script>", "owner": "王芳",
                          "due": "10月12日（周六）"}],
               "problems": [], "objection_text": "今日内（18:00前）"}
    people = (Recipient("王芳", "wangfang@xinghe.cn"), Recipient("Li Qiang", "lq@xinghe.cn"))
    envelope = Envelope(sender=BOT, to=people, cc=(Recipient("", "zhao@xinghe.cn"),), message_id="<mb.1@xinghe.cn>",
                        date=NOW, reply_to="minutes+m1-abc@xinghe.cn", in_reply_to="<minutes@x>",
                        references=("<minutes@x>",))
    fast, slow = both(envelope, *COMPOSER.render("recap", "zh", context))
    assert read(fast) == read(slow)


def test_a_long_subject_and_many_recipients_fold_within_78_columns():
    to = tuple(Recipient(f"员工{n:04d}（市场部）", f"p{n:04d}@xinghe.cn") for n in range(30))
    envelope = Envelope(sender=BOT, to=to, message_id="<mb.2@xinghe.cn>", date=NOW,
                        references=tuple(f"<ref{n}@xinghe.cn>" for n in range(25)))
    subject = "【逾期提醒】" + "跨部门协作事项" * 12 + " and some plain words " * 4
    fast, slow = both(envelope, subject, "正文\n第二行\r\n", "<b>正文</b>")
    assert read(fast) == read(slow)
    assert all(len(line) <= 78 for line in fast.split(b"\r\n\r\n", 1)[0].split(b"\r\n"))


def test_values_outside_its_shape_go_to_the_email_package():
    odd = Envelope(sender=BOT, to=(Recipient("王芳", "wang fang@xinghe.cn"),), message_id="<m@x>", date=NOW)
    assert plain_mail(_header_values(odd, "纪要"), "a", "b") is None
    unicode_address = Envelope(sender=BOT, to=(Recipient("王芳", "王芳@xinghe.cn"),), message_id="<m@x>", date=NOW)
    assert plain_mail(_header_values(unicode_address, "纪要"), "a", "b") is None
    broken_id = Envelope(sender=BOT, to=(Recipient("王芳", "w@xinghe.cn"),), message_id="<m@x>", date=NOW,
                         in_reply_to="<a@x>\r\nBcc: victim@evil.com")
    assert plain_mail(_header_values(broken_id, "纪要"), "a", "b") is None
    tricky = Envelope(sender=BOT, to=(Recipient('Wang "Fang", PM', "w@xinghe.cn"),), message_id="<m@x>", date=NOW)
    fast, slow = both(tricky, "=?utf-8?q?not_a_word?=", "a", "b")
    found = dict(read(fast)[0])
    assert found["To"] == [('Wang "Fang", PM', "w@xinghe.cn")]
    assert found["Subject"] == "=?utf-8?q?not_a_word?="            # kept as typed (the email package decodes it)


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(["a", "中", " ", "\r", "\n", "\r\n", "\x0b", "\x85", "\u2028"]),
                    max_size=400).map("".join))
def test_a_body_is_cut_into_the_same_base64_lines_as_line_by_line(text):
    """_base64_body works on the whole body in a few calls; its bytes are those of the line-by-line definition
    (CR, LF and CRLF as line ends, 76-column lines), whatever mix of line ends the text has."""
    import base64
    from mailer.mime_out import _base64_body
    encoded = base64.b64encode(b"\r\n".join(text.encode("utf-8").splitlines()) + b"\r\n")
    assert _base64_body(text) == b"\r\n".join(encoded[n:n + 76] for n in range(0, len(encoded), 76))

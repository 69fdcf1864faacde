"""Signed reply tokens: the right secret finds the meeting, anything altered finds nothing."""
from minutebot.workflow import tokens


def test_a_token_names_its_meeting():
    token = tokens.make_token("k", 42)
    address = tokens.reply_address("minutes@xinghe.cn", token)
    assert address.startswith("minutes+m42-") and address.endswith("@xinghe.cn")
    assert tokens.meeting_of("k", address) == 42
    assert tokens.meeting_of("k", f"<mb.{token}.abcdef@xinghe.cn>") == 42


def test_forged_or_altered_tokens_match_nothing():
    token = tokens.make_token("k", 42)
    assert tokens.meeting_of("other-secret", token) is None
    assert tokens.meeting_of("k", token.replace("m42", "m43")) is None
    assert tokens.meeting_of("k", "minutes+m42-000000000000@xinghe.cn") is None
    assert tokens.meeting_of("k", "") is None

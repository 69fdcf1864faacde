"""parsers/mail/sender.py: a From of the plain shape (SIMPLE) is read by the lax reader as its one address, so
from_problem need not ask it; every other shape is still read by both readers."""
from __future__ import annotations

import random
from email.utils import getaddresses

from parsers.mail.sender import ENCODED_WORD, SIMPLE, from_problem


def test_the_lax_reader_finds_the_one_address_of_every_simple_from():
    rng = random.Random(13)
    name_chars, local_chars, domain_chars = "abcXYZ .'!#$%&*+-/=?^_`{|}~王芳é0\t", "abcXYZ.!#$%&'*+-/=?^_`{|}~09王é", "abc09.-XYZ"
    simple = 0
    for _ in range(20000):
        address = "".join(rng.choice(local_chars) for _ in range(rng.randint(1, 8))) + "@" + \
            "".join(rng.choice(domain_chars) for _ in range(rng.randint(1, 8)))
        name = "".join(rng.choice(name_chars) for _ in range(rng.randint(0, 10)))
        name = f'"{name}"' if rng.random() < 0.3 else name
        value = rng.choice([address, f"{name} <{address}>", f"{name}<{address}>", f"=?utf-8?b?5p2O5aic?= <{address}>"])
        value = ENCODED_WORD.sub("x", " ".join(value.split()))
        m = SIMPLE.match(value.strip())
        if m:
            simple += 1
            lax = [found.lower() for _, found in getaddresses([value]) if "@" in found]
            assert lax == [(m.group("angle") or m.group("bare")).lower()], value
    assert simple > 15000


def test_the_shapes_of_a_from():
    assert from_problem(["王芳 <wangfang@xinghe.cn>"]) == ""
    assert from_problem(["=?utf-8?b?5p2O5aic?= <lina@xinghe.cn>"]) == ""
    assert from_problem(["wangfang@xinghe.cn (x) <mallory@evil.example>"]).startswith("From is not a valid mailbox")
    assert from_problem(["a@xinghe.cn, b@evil.example"]).startswith("From names 2 mailboxes")
    assert from_problem(["a@x.cn", "b@x.cn"]) == "2 From headers"
    assert from_problem(["nobody"]) == ""

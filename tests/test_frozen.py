"""parsers/frozen.py: quick_init makes the same frozen dataclass instances as the dataclass's own __init__."""
from __future__ import annotations

import copy
import dataclasses
import pickle
from dataclasses import dataclass, field

import pytest

from parsers.dates.due import Due
from parsers.dates.policy import Ctx, Part
from parsers.dates.tokens import Token
from parsers.frozen import quick_init, quick_replace
from parsers.minutes.lines.inline import Labels
from parsers.context import Context
from parsers.mail.addresses import Address, People
from parsers.model import Item, ParsedMessage, Person


def _pair():
    def make():
        @dataclass(frozen=True)
        class Point:
            x: int
            y: int = 2
            note: str | None = field(default=None, compare=False)
        return Point
    return make(), quick_init(make())


def test_same_fields_defaults_equality_and_hash():
    plain, quick = _pair()
    for args, kwargs in (((1,), {}), ((1, 5), {}), ((), {"x": 3, "note": "n"}), ((4,), {"y": 0})):
        a, b = plain(*args, **kwargs), quick(*args, **kwargs)
        assert vars(a) == vars(b) and repr(a).split("(", 1)[1] == repr(b).split("(", 1)[1]
        assert hash(a) == hash(quick(*args, **kwargs)) and b == quick(*args, **kwargs)
    with pytest.raises(dataclasses.FrozenInstanceError):
        quick(1).x = 2                                 # still frozen
    with pytest.raises(TypeError):
        quick()                                        # a field without default is still required
    assert dataclasses.replace(quick(1), y=7) == quick(1, 7)


def test_classes_it_would_change_are_left_alone():
    @dataclass(frozen=True)
    class Listed:
        items: list = field(default_factory=list)
    assert "__dict__" not in quick_init(Listed).__init__.__code__.co_names
    assert quick_init(Listed)().items == []


def test_the_parsers_classes_use_it():
    for cls in (Token, Ctx, Part, Due, Labels, Item, Person, ParsedMessage, Context, Address):
        names = cls.__init__.__code__.co_names         # quick_init's fills __dict__; the dataclass's calls __setattr__
        assert "__dict__" in names and "__dataclass_builtins_object__" not in names, cls
        assert dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen
    assert Labels("a", "b", "c") == Labels("a", "b", "c", "") and Labels("a", "b", "c").unit == ""


def test_quick_replace_is_replace():
    plain, quick = _pair()
    for made in (quick(1), quick(1, 5, note="n")):
        for changes in ({"y": 9}, {"x": 0, "note": None}, {}):
            new, expected = quick_replace(made, **changes), dataclasses.replace(made, **changes)
            assert vars(new) == vars(expected) and new == expected and hash(new) == hash(expected)
            assert new is not made and vars(made) == vars(quick_replace(made))   # a copy; the original unchanged
    with pytest.raises(TypeError):
        quick_replace(quick(1), z=3)                   # no such field, as replace() says
    with pytest.raises(dataclasses.FrozenInstanceError):
        quick_replace(quick(1), y=3).y = 4
    assert quick_replace(plain(1), y=3) == plain(1, 3)   # a class without quick_init: replace() itself
    item = Item(0, Person("王芳", "wangfang@xinghe.cn"), "提交方案")
    assert quick_replace(item, number=2) == dataclasses.replace(item, number=2)


def test_people_is_the_tuple_it_holds_with_its_hash_kept():
    members = (Address("王芳", "wangfang@xinghe.cn"), Address("", "li@x.cn"))
    people = People(members)
    assert people == members and hash(people) == hash(members) and people[1].email == "li@x.cn"
    assert People(a for a in members if a.name) == members[:1] and People() == () and hash(People()) == hash(())
    assert {members: "plain"}[people] == "plain"       # a cached lookup made with the plain tuple is found again
    assert pickle.loads(pickle.dumps(people)) == people and hash(copy.copy(people)) == hash(members)

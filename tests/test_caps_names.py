"""caps._names finds an address in a To field by scanning (no pattern compiled per address): it must answer exactly
what the pattern it replaced answered, on the shapes a To field takes and on random text around the address."""
import re

from hypothesis import given, settings, strategies as st

from minutebot.sending.caps import _names


def by_pattern(field: str, address: str) -> bool:
    return re.search(rf"(?:^|[<\s,]){re.escape(address)}(?:$|[>\s,])", field) is not None


SHAPES = ['"" <wangfang@xinghe.cn>', "wangfang@xinghe.cn", "a@b.cn, wangfang@xinghe.cn\r", "xwangfang@xinghe.cn",
          "wangfang@xinghe.cn.evil", '"" <wangfang@xinghe.cn>, "" <chenming@xinghe.cn>', "<wangfang@xinghe.cn>x",
          "wangfang@xinghe.cn\u3000", "", "wangfang@xinghe.c", " wangfang@xinghe.cnwangfang@xinghe.cn "]


def test_the_shapes_of_a_to_field():
    for field in SHAPES:
        assert _names(field, "wangfang@xinghe.cn") == by_pattern(field, "wangfang@xinghe.cn"), field


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="<>, \t\r\u3000\"xa@.", max_size=8), st.text(alphabet="<>, \t\r\u3000\"xa@.", max_size=8),
       st.sampled_from(["a@x.cn", "x", "a.a@a"]), st.integers(0, 2))
def test_random_text_around_the_address(before, after, address, copies):
    field = before + (address + after) * copies
    assert _names(field, address) == by_pattern(field, address)

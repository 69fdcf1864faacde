"""Addresses in From/To/Cc as people and clients write them: (name, address) pairs, names decoded.

    addresses(['=?utf-8?b?546L6Iqz?= <WangFang@xinghe.cn>, li@x.cn'])
        -> (Address('王芳', 'wangfang@xinghe.cn'), Address('', 'li@x.cn'))
"""
from __future__ import annotations

import re
from itertools import islice
from dataclasses import dataclass
from email.utils import getaddresses

from parsers.frozen import quick_init
from parsers.mail.charsets import decode_words, recover_8bit

_ONE = r' ?(?:(?:"([^"\\]*)"|([^"<>,;:()\\ ]+(?: [^"<>,;:()\\ ]+)*)?) ?<([^<>\s,"()@]+@[^<>\s,"()@]+)>|' \
       r'([^<>\s,"();:@]+@[^<>\s,"();:@]+)) ?'
SIMPLE_LIST = re.compile(rf"(?:{_ONE})(?:,(?:{_ONE}))*,? ?")        # for whitespace-collapsed values only
SIMPLE_ADDRESS = re.compile(_ONE + r"(?:,|$)")
FAST_ADDRESSES = 4000            # longer header values go to the stdlib parser
LOOSE_ADDRESS = re.compile(r"[\w.!#$%&'*+/=?^`{|}~-]+@[\w-]+(?:\.[\w-]+)*")
# a header line of a forwarded message inside a body: '发件人："张海峰" <zhanghf@…>;', 'To: A <a@x>; B <b@x>'
FORWARDED_HEADER = re.compile(r"^[ \t>*]*(?:\|[ \t]*)?(?P<label>发件人|發件人|寄件者|寄件人|发信人|收件人|收件者|抄送至?|副本|from|to|cc)\*{0,2}"
                              r"[ \t]*(?:[:：]|\|)(?P<value>[^\n|]{1,1000})", re.I | re.M)     # (a longer line: its start only;
#                               '| 发件人 | 李婷<liting@…> |': NetEase Mail Master quotes the header as table rows)
FROM_LABELS = frozenset({"发件人", "發件人", "寄件者", "寄件人", "发信人", "from"})     # the header lines naming the writer
MAX_FORWARDED = 50             # people taken from forwarded headers at most
ADDR_SPEC = re.compile(r"^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                       r"@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$")


@quick_init
@dataclass(frozen=True)
class Address:
    name: str      # display name, decoded ("" when none)
    email: str     # lower-cased addr-spec ("" when unparseable)


class People(tuple):
    """A tuple of Addresses that hashes its members once: the lookups cached on (text, roster, known) hash `known`
    on every call, and a frozen dataclass's __hash__ is Python code (~80 calls a parse). Equal to the plain tuple."""

    def __new__(cls, addresses=()):
        self = super().__new__(cls, addresses)
        self._hash = tuple.__hash__(self)
        return self

    def __hash__(self) -> int:
        return self._hash


def pairs(values: list[str]) -> list[tuple[str, str]]:
    """(name, address) pairs. The common shapes ('Name <a@b>, "Name" <c@d>, e@f') by one regex; anything else
    (comments, groups, quoted commas) by the stdlib, which is exact but slow."""
    if all(len(value) <= FAST_ADDRESSES and SIMPLE_LIST.fullmatch(value) for value in values):
        return [((m.group(1) if m.group(1) is not None else m.group(2)) or "", m.group(3) or m.group(4))
                for value in values for m in SIMPLE_ADDRESS.finditer(value)]
    try:
        return getaddresses(values)
    except RecursionError:                      # '((((…', ':::…': the stdlib reads comments and groups recursively
        return [("", found) for value in values for found in LOOSE_ADDRESS.findall(value)]


def addresses(values: list[str]) -> tuple[Address, ...]:
    """Addresses of raw header values: parsed before decoding (a decoded name may hold commas), names decoded."""
    recovered = [" ".join(recover_8bit(v).split()) for v in values]
    out = []
    for name, addr in pairs(recovered):
        name = decode_words(name).strip().strip('"\'').strip()
        addr = addr.strip().strip("<>").lower()
        if addr or name:                              # only addresses a reply can be sent to (ASCII, one @)
            out.append(Address(" ".join(name.split()), addr if ADDR_SPEC.match(addr) else ""))
    return tuple(out)



def forwarded_people(text: str) -> tuple[Address, ...]:
    """People named with an address in the header lines of a message forwarded inside `text` (its writer too)."""
    lines = (m.group("value") for m in FORWARDED_HEADER.finditer(text) if "@" in m.group("value")) if "@" in text else ()
    values = [value.replace("；", ",").replace(";", ",") for value in islice(lines, MAX_FORWARDED)]
    return tuple(dict.fromkeys(a for a in addresses(values) if a.name and a.email))[:MAX_FORWARDED]


# an attribution line that names its writer with an address: '在 2026-06-30 08:47，"周立伟" <a@b> 写道：', 'On Tue, X <a@b> wrote:'
ATTRIBUTED = re.compile(r"^(?:[ \t]*>)*[^\n<>@]{0,120}?(?P<who>(?:\"[^\"<>\n]{1,40}\"|[^\s\"<>@，,]{1,30}(?:[ \t][^\s\"<>@，,]{1,20}){0,2})[ \t]*"
                        r"<[^\s<>@]+@[^\s<>@]+>)[^\n<>@]{0,60}?(?:wrote|写道|寫道|schrieb|a\s+écrit|escribió)\s*[:：]?\s*$", re.M | re.I)


def quoted_writer(text: str) -> Address | None:
    """The writer of the first message quoted below a header block ('From: Daniel Koh <daniel@…>', '发件人: 纪要助手
    <minutes@…>'); None when the text quotes none that way."""
    lines = FORWARDED_HEADER.finditer(text) if "@" in text else ()
    m = next((m for m in lines if m.group("label").lower() in FROM_LABELS), None)
    said = ATTRIBUTED.search(text, 0, m.start() if m else len(text)) if "@" in text else None   # '在…，"周立伟" <a@b> 写道：'
    value = said.group("who") if said else m.group("value")[:300] if m else ""
    return next((a for a in addresses([value]) if a.email), None) if value else None

"""Hostile and broken mail, built in code: what tests/test_fuzz_parse.py feeds the parsers and the pipeline, and
what benches/bench_fuzz.py times. Each builder returns raw bytes, the way a mail server would hand them over.

    raw = PATHOLOGICAL["deep multipart"]()
    seeds()                      # real-looking samples: tests/data/fuzz + our own minutes, reply and calendar mails
    mutate(raw, random.Random(7))

Kept apart from conftest so the bench can import it without pytest.
"""
from __future__ import annotations

import base64
import random
import struct
import zlib
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
SEED_FILES = (*sorted((DATA / "fuzz").glob("*.eml")), DATA / "minutes" / "104-docx-attachment-minutes.eml",
              DATA / "minutes" / "116-calendar-accept-reply.eml", DATA / "replies" / "028-reply-object-item2-outlook-gbk.eml")
HEAD = (b"From: =?utf-8?b?6ZmI5piO?= <chenming@xinghe.cn>\r\nTo: wangfang@xinghe.cn\r\nCc: minutes@xinghe.cn\r\n"
        b"Subject: =?utf-8?b?5Lya6K6u57qq6KaB?=\r\nDate: Thu, 10 Oct 2024 15:00:00 +0800\r\n"
        b"Message-ID: <hostile@xinghe.cn>\r\nMIME-Version: 1.0\r\n")
MINUTES = "会议纪要\r\n参会人员：陈明、王芳\r\n待办事项：\r\n1. 王芳：提交活动方案终稿，10月12日前\r\n2. 李强：完成样机固件升级，尽快\r\n"


def seeds() -> list[bytes]:
    return [path.read_bytes() for path in SEED_FILES]


def normal() -> bytes:
    """The reference: a short plain-text minutes mail."""
    return HEAD + b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + MINUTES.encode()


def html(markup: bytes) -> bytes:
    return HEAD + b"Content-Type: text/html; charset=utf-8\r\n\r\n" + markup


def deep_multipart(levels: int = 3000) -> bytes:
    opening = b"".join(b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (i, i + 1) for i in range(levels))
    return HEAD + b"Content-Type: multipart/mixed; boundary=b0\r\n\r\n" + opening + \
        b"--b%d\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" % levels + MINUTES.encode() + b"\r\n"


def deep_forward(levels: int = 2000) -> bytes:
    """Mail inside mail inside mail… as message/rfc822 parts."""
    raw = normal()
    for _ in range(levels):
        raw = HEAD + b"Content-Type: message/rfc822\r\n\r\n" + raw
    return raw


def huge_header(size: int = 5_000_000) -> bytes:
    return HEAD.replace(b"Subject: ", b"Subject: " + b"x" * size) + b"Content-Type: text/plain\r\n\r\nhello\r\n"


def many_headers(count: int = 100_000) -> bytes:
    return HEAD + b"".join(b"X-Spam-%d: =?gb2312?B?1cXqvw==?=\r\n" % i for i in range(count)) + b"\r\n" + MINUTES.encode()


def big_body(size: int = 26_000_000) -> bytes:
    """A 25 MB+ text body (base64, as clients send it) after real minutes."""
    text = (MINUTES + "补充说明：" + "数据" * (size // 6)).encode()
    return HEAD + b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" + \
        base64.encodebytes(text)


def big_attachment(size: int = 26_000_000) -> bytes:
    """Minutes with a 25 MB+ attachment, which is not read."""
    return HEAD + b"Content-Type: multipart/mixed; boundary=xx\r\n\r\n--xx\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + \
        MINUTES.encode() + b"\r\n--xx\r\nContent-Type: application/octet-stream; name=a.bin\r\n" \
        b"Content-Disposition: attachment; filename=a.bin\r\nContent-Transfer-Encoding: base64\r\n\r\n" + \
        base64.encodebytes(b"\0" * (size * 3 // 4)) + b"--xx--\r\n"


def docx_mail(data: bytes, name: str = "纪要.docx") -> bytes:
    return HEAD + b"Content-Type: multipart/mixed; boundary=dd\r\n\r\n--dd\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n" \
        b"--dd\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n" \
        b"Content-Disposition: attachment; filename=\"=?utf-8?b?" + base64.b64encode(name.encode()) + b"?=\"\r\n" \
        b"Content-Transfer-Encoding: base64\r\n\r\n" + \
        base64.encodebytes(data) + b"--dd--\r\n"


def zip_bomb(inflated: int = 1_000_000_000, claimed: int | None = None) -> bytes:
    """A .docx whose word/document.xml inflates to a gigabyte from about a megabyte: one deflated block of 1 MiB,
    flushed so it stands alone, repeated. `claimed` makes the zip lie about the inflated size."""
    chunk = b"<w:t>" + b"A" * (1_048_576 - 5)
    count = inflated // len(chunk)
    block = zlib.compressobj(9, zlib.DEFLATED, -15)
    stream = (block.compress(chunk) + block.flush(zlib.Z_FULL_FLUSH)) * count + \
        zlib.compressobj(9, zlib.DEFLATED, -15).flush()
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(chunk, crc)
    types = b"<Types/>"
    return _zip([("[Content_Types].xml", types, len(types), zlib.crc32(types), STORED),
                 ("word/document.xml", stream, claimed or count * len(chunk), crc, DEFLATED)])


def lying_zip_bomb() -> bytes:
    """The same bomb claiming its document.xml inflates to 100 bytes: zipfile stops there (and the CRC fails)."""
    return zip_bomb(claimed=100)


STORED, DEFLATED = 0, 8


def _zip(members: list[tuple[str, bytes, int, int, int]]) -> bytes:
    """A zip written by hand from (name, data as stored, inflated size, crc, method): sizes exactly as claimed."""
    out, directory = bytearray(), bytearray()
    for name, data, size, crc, method in members:
        directory += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, method, 0, 0, crc, len(data), size,
                                 len(name), 0, 0, 0, 0, 0, len(out)) + name.encode()
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, method, 0, 0, crc, len(data), size, len(name), 0)
        out += name.encode() + data
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(directory), len(out), 0)
    return bytes(out + directory + end)


def broken_boundaries() -> bytes:
    return HEAD + b"Content-Type: multipart/mixed; boundary=\"never\"\r\n\r\n--other\r\nContent-Type: text/plain\r\n\r\n" + \
        MINUTES.encode() + b"\r\n--never\r\nContent-Type: multipart/alternative; boundary=never\r\n\r\n--never\r\n" \
        b"Content-Type: text/html\r\n\r\n<p>half" + b"\r\n--nev"


def command_flood(repeats: int = 60_000) -> bytes:
    """A reply whose one line is 2 MB of commands ('第1项延期至10月20日，原因是' again and again)."""
    head = HEAD.replace(b"Subject: =?utf-8?b?5Lya6K6u57qq6KaB?=", b"Subject: Re: =?utf-8?b?5Lya6K6u57qq6KaB?=")
    return head + b"In-Reply-To: <m1@xinghe.cn>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + \
        "第1项延期至10月20日，原因是".encode() * repeats


def label_flood(repeats: int = 12_000) -> bytes:
    """Minutes whose one item line is 400 KB of owner and due labels."""
    return HEAD + b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + "会议纪要\n待办事项：\n".encode() + \
        "负责人：王芳 截止：10月12日 ".encode() * repeats


FIRST_ITEM = "1. 王芳：提交活动方案终稿，10月12日前\n"


def plain(text: str) -> bytes:
    return HEAD + b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + text.encode()


def long_participants(chars: int = 350_000) -> bytes:
    """Minutes whose 参会人员 line names about 1 MB of distinct people (each a new name: no look-up is spared)."""
    names = "、".join(f"张{chr(0x4e00 + i % 3000)}{chr(0x4e00 + i // 3000)}" for i in range(chars // 4 + 1))[:chars]
    return plain("会议纪要\n参会人员：" + names + "\n待办事项：\n" + FIRST_ITEM)


def url_flood(repeats: int = 350_000) -> bytes:
    """Minutes whose last line is `http://a.b/` 350,000 times (3.85 MB, one line)."""
    return plain("会议纪要\n待办事项：\n" + FIRST_ITEM + "http://a.b/" * repeats + "\n")


def long_dates(items: int = 3_000) -> bytes:
    """3,000 numbered items, each with a due phrase of twenty dates and times."""
    due = "、".join(f"10月{n % 28 + 1}日下午3点" for n in range(20))
    lines = "".join(f"{n % 99 + 1}. 王芳：提交方案{n}，{due}前\n" for n in range(items))
    return plain("会议纪要\n待办事项：\n" + lines)


def date_flood(size: int = 2_000_000, unit: str = "10月") -> bytes:
    """Minutes whose one item line is 2 MB of date tokens ('10月10月10月…'): every position starts a date."""
    line = unit * (size // len(unit.encode()))
    return HEAD + b"Content-Type: text/plain; charset=utf-8\r\n\r\n" + "会议纪要\n待办事项：\n1. 王芳：".encode() + \
        line.encode() + "前提交\n".encode()


def charsets() -> bytes:
    parts = [(b"x-unknown-charset", MINUTES.encode()), (b"utf-7", b"+ZeVnLGI-+\xff\xfe"),
             (b"gb2312", MINUTES.encode("utf-8")), (b"utf-16", b"\xff"), (b"\"; bogus=", b"\x80\x81"),
             (b"iso-2022-jp", b"\x1b$B\xff\xff"), (b"big5", "會議紀要".encode("big5"))]
    body = b"".join(b"--cc\r\nContent-Type: text/plain; charset=" + label + b"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" +
                    data + b"\r\n" for label, data in parts)
    head = HEAD.replace(b"Subject: =?utf-8?b?5Lya6K6u57qq6KaB?=", b"Subject: =?x-nope?B?////?= =?utf-8?Q?=E4=BC?=")
    return head + b"Content-Type: multipart/mixed; boundary=cc\r\n\r\n" + body + b"--cc--\r\n"


PATHOLOGICAL = {
    "normal minutes": normal,
    "deep multipart (3,000)": deep_multipart,
    "deep message/rfc822 (2,000)": deep_forward,
    "5 MB subject": huge_header,
    "100,000 headers": many_headers,
    "26 MB text body": big_body,
    "26 MB attachment": big_attachment,
    "zip bomb .docx (1 GB)": lambda: docx_mail(zip_bomb()),
    "lying zip bomb .docx": lambda: docx_mail(lying_zip_bomb()),
    "broken boundaries": broken_boundaries,
    "reply flooded with commands (2 MB line)": command_flood,
    "minutes flooded with labels (400 KB line)": label_flood,
    "参会人员 line of 1 MB": long_participants,
    "http://a.b/ x 350,000 on one line": url_flood,
    "3,000 items with long dates": long_dates,
    "minutes flooded with date tokens (2 MB line)": date_flood,
    "minutes flooded with day-dates (2 MB line)": lambda: date_flood(unit="10月10日"),
    "unknown/wrong charsets": charsets,
    "a task's separators run before its end (2^n in TRAIL_JUNK before)": lambda: HEAD + b"Content-Type: text/plain; "
        b"charset=utf-8\r\n\r\n" + (MINUTES + "3. \u738b\u82b3\uff1a\u63d0\u4ea4" + "~" * 1500 + "x~\r\n").encode(),
    "HTML nested 100,000 deep": lambda: html(b"<div>" * 100_000 + b"1. x" + b"</div>" * 100_000),
    "HTML tables nested 5,000 deep": lambda: html(b"<table><tr><td>" * 5_000 + b"x" + b"</td></tr></table>" * 5_000),
    "HTML table of 100,000 cells": lambda: html(b"<table>" + b"".join(
        b"<tr><td>%d</td><td>\xe7\x8e\x8b\xe8\x8a\xb3\xef\xbc\x9a\xe6\x8f\x90\xe4\xba\xa4</td></tr>" % i
        for i in range(50_000)) + b"</table>"),
    "HTML rowspan 10^6, colspan 10^6": lambda: html(
        b"<table><tr>" + b"<td rowspan=1000000 colspan=1000000>x</td>" * 2_000 + b"</tr>" +
        b"<tr><td>a</td><td>b</td></tr>" * 20_000 + b"</table>"),
    "HTML list of 100,000 items": lambda: html(b"<ol>" + b"<li>item</li>" * 100_000 + b"</ol>"),
}


NASTY = (b"\r\n", b"\r\n\r\n", b"\0", b"\xff\xfe", b"=?", b"?=", b"=?gb2312?B?", b"=?utf-8?Q?=0D=0A?=", b"--",
         b"\r\n--", b"boundary=", b"Content-Type: multipart/mixed; boundary=x\r\n", b"Content-Type: message/rfc822\r\n",
         b"charset=", b"charset=x-unknown", b"base64", b"quoted-printable", b"<table>", b"<td rowspan=99999>",
         b"</td>", b"<!--", b"<![CDATA[", b"\\", b"\"", b"(", b")", b"<", b">", b"@", b",", b";", b":", b"\t",
         "第2项".encode(), "延期至".encode(), "10月12日前".encode(), "\u202e".encode(), b"\xe4\xbc", b"%" * 50)


def mutate(raw: bytes, rng: random.Random, rounds: int | None = None) -> bytes:
    """A few random edits of the kinds that break parsers: flipped bytes, nasty tokens, cuts, repeats, splices."""
    data = bytearray(raw)
    for _ in range(rounds or rng.randint(1, 6)):
        if not data:
            data += rng.choice(NASTY)
            continue
        at = rng.randrange(len(data))
        kind = rng.randrange(6)
        if kind == 0:
            data[at] = rng.randrange(256)
        elif kind == 1:
            data[at:at] = rng.choice(NASTY)
        elif kind == 2:
            del data[at:at + rng.randint(1, 200)]
        elif kind == 3:
            piece = bytes(data[at:at + rng.randint(1, 80)])
            data[at:at] = piece * rng.randint(2, 200)
        elif kind == 4:
            data = data[:at]
        else:
            data[at:at] = rng.choice(NASTY) * rng.randint(1, 1000)
    return bytes(data)

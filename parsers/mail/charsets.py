"""Bytes to text the way Chinese mail needs it: labels that lie, RFC 2047 words and raw 8-bit headers.

    decode_bytes(b"\\xd5\\xc5\\xea\\xbf", "gb2312")   -> '张堃'   (gb2312 label, GBK bytes: read as GB18030)
    decode_words("=?gb2312?B?1cXqvw==?=")           -> '张堃'
    header_text("\\udcd5\\udcc5...")                 -> raw 8-bit header bytes read as UTF-8, else GB18030

Mail clients label GBK and GB18030 text as gb2312 and Big5-HKSCS as big5; every MUA decodes the superset, so we
do too. With no label, or a label whose codec fails, strict UTF-8 then strict GB18030 are tried before a lossy
read: never statistical guessing, which calls short Chinese commands Big5.
"""
from __future__ import annotations

import base64
import binascii
import codecs
import re
from functools import lru_cache

SUPERSETS = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030", "euc-cn": "gb18030",
    "euccn": "gb18030", "x-euc-cn": "gb18030", "hz-gb-2312": "hz", "csgb2312": "gb18030", "chinese": "gb18030",
    "ms936": "gb18030", "windows-936": "gb18030", "gb_2312-80": "gb18030",
    "big5": "big5hkscs", "x-big5": "big5hkscs", "cn-big5": "big5hkscs", "cp950": "big5hkscs",
    "ks_c_5601-1987": "cp949", "unicode-1-1-utf-7": "utf-7", "utf8": "utf-8",
}
SINGLE_BYTE = {"latin_1", "iso8859-1", "cp1252", "ascii"}
ENCODED_WORD = re.compile(r"=\?([^?\s*]+)(?:\*[^?\s]*)?\?([bBqQ])\?([^?\s]*)\?=")
BETWEEN_WORDS = re.compile(r"\s+")
ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
NOT_BASE64 = re.compile(r"[^A-Za-z0-9+/]")


@lru_cache(maxsize=64)
def codec_for(label: str | None) -> str | None:
    """The Python codec to read a declared charset with (the superset where clients lie), or None if unknown."""
    if not label:
        return None
    label = label.strip().strip('"\'').lower()
    label = SUPERSETS.get(label, label)
    try:
        return codecs.lookup(label).name
    except (LookupError, ValueError):          # unknown, or not even a name ('utf\0-8')
        return None


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Text of `data` under its declared charset; a wrong or missing label falls back to UTF-8, then GB18030."""
    codec = codec_for(declared)
    if codec and codec not in SINGLE_BYTE:
        try:
            return data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if codec in SINGLE_BYTE and codec != "ascii":
        return data.decode(codec)                      # real Latin-1 text is rarely valid UTF-8: checked that first
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        return data.decode(codec or "utf-8", errors="replace")


def header_text(value: str) -> str:
    """A header value as read by the compat32 parser: raw 8-bit bytes (surrogate escapes) recovered, then RFC 2047
    words decoded, whitespace collapsed."""
    return " ".join(decode_words(recover_8bit(value)).split())


def recover_8bit(value: str) -> str:
    """compat32 keeps raw 8-bit header bytes as surrogate escapes: read them as UTF-8, else GB18030."""
    if ESCAPED_BYTE.search(value):
        return decode_bytes(value.encode("ascii", "surrogateescape"))
    return value


def decode_words(value: str) -> str:
    """Decode RFC 2047 encoded words. Adjacent words of one charset are joined as bytes first: senders split a
    multi-byte character across two words."""
    if "=?" not in value:
        return value
    out: list[str] = []
    pending: list[bytes] = []
    pending_charset: str | None = None
    position = 0

    def flush() -> None:
        nonlocal pending, pending_charset
        if pending:
            out.append(decode_bytes(b"".join(pending), pending_charset))
        pending, pending_charset = [], None

    for match in ENCODED_WORD.finditer(value):
        gap = value[position:match.start()]
        if gap and not (pending and BETWEEN_WORDS.fullmatch(gap)):
            flush()
            out.append(gap)
        charset, encoding, payload = match.group(1), match.group(2).lower(), match.group(3)
        data = _b_decode(payload) if encoding == "b" else _q_decode(payload)
        if pending and codec_for(charset) != codec_for(pending_charset):
            flush()
        pending.append(data)
        pending_charset = charset
        position = match.end()
    flush()
    out.append(value[position:])
    return "".join(out)


def _b_decode(payload: str) -> bytes:
    payload = NOT_BASE64.sub("", payload)
    payload += "=" * (-len(payload) % 4)
    try:
        return base64.b64decode(payload)
    except (binascii.Error, ValueError):
        return b""


def _q_decode(payload: str) -> bytes:
    data = payload.replace("_", " ").encode("ascii", "replace")
    return re.sub(rb"=([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), data)

"""A tiny PNG reader for the render tests: 8-bit RGB/RGBA, non-interlaced (what Chromium's screenshots are).

    image = read_png(path)
    image.count(lambda r, g, b: r < 240)      # pixels that are not near-white

Pure standard library (zlib), so the tests need no imaging package. Rows filtered with None or Up (most of a
mail's blank margins) are undone with whole-row integer arithmetic; the others byte by byte.
"""
from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

SIGNATURE = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class Image:
    width: int
    height: int
    channels: int
    rows: tuple[bytes, ...]

    def pixels(self):
        for row in self.rows:
            for x in range(0, len(row), self.channels):
                yield row[x], row[x + 1], row[x + 2]

    def count(self, test) -> int:
        return sum(1 for pixel in self.pixels() if test(*pixel))

    def colours(self) -> set[tuple[int, int, int]]:
        return set(self.pixels())


def read_png(path: str | Path) -> Image:
    data = Path(path).read_bytes()
    if not data.startswith(SIGNATURE):
        raise ValueError(f"{path} is not a PNG")
    pos, idat, header = len(SIGNATURE), [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        raise ValueError(f"{path}: only 8-bit RGB/RGBA non-interlaced PNG is read here")
    channels = 3 if colour == 2 else 4
    return Image(width, height, channels, _unfilter(zlib.decompress(b"".join(idat)), width * channels, channels))


def _unfilter(raw: bytes, stride: int, bpp: int) -> tuple[bytes, ...]:
    rows, previous = [], bytes(stride)
    for start in range(0, len(raw), stride + 1):
        kind, line = raw[start], raw[start + 1:start + 1 + stride]
        previous = _row(kind, line, previous, bpp)
        rows.append(previous)
    return tuple(rows)


def _row(kind: int, line: bytes, up: bytes, bpp: int) -> bytes:
    if kind == 0:
        return bytes(line)
    if kind == 2:
        return _add_bytes(line, up)
    out = bytearray(line)
    for i in range(len(out)):
        left = out[i - bpp] if i >= bpp else 0
        if kind == 1:
            out[i] = (out[i] + left) & 0xFF
        elif kind == 3:
            out[i] = (out[i] + ((left + up[i]) >> 1)) & 0xFF
        else:
            corner = up[i - bpp] if i >= bpp else 0
            out[i] = (out[i] + _paeth(left, up[i], corner)) & 0xFF
    return bytes(out)


def _add_bytes(a: bytes, b: bytes) -> bytes:
    """Bytewise (a + b) mod 256 over a whole row at once: add the low 7 bits, then set the top bit by xor."""
    n = len(a)
    x, y = int.from_bytes(a, "big"), int.from_bytes(b, "big")
    low, high = int.from_bytes(b"\x7f" * n, "big"), int.from_bytes(b"\x80" * n, "big")
    return (((x & low) + (y & low)) ^ ((x ^ y) & high)).to_bytes(n, "big")


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c

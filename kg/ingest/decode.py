"""Bytes to text: BOMs, UTF-8/16/32, Windows-1252 and Latin-1, binary refused."""

from __future__ import annotations

import codecs
import re

from kg.errors import E
from kg.ingest.clean import _normalise_newlines

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
# A valid UTF-8 sequence of two to four bytes (what a non-ASCII character is in UTF-8).
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_ASCII = bytes(range(0x80))
_BOMS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)


def _cp1252_bytes(exc: UnicodeDecodeError) -> tuple[str, int]:
    """Codec error handler: bytes that are not UTF-8 read as Windows-1252 (the five
    bytes Windows-1252 leaves undefined as Latin-1), so a UTF-8 file with a pasted
    Windows-1252 quote keeps both its "é" and its curly quotes."""
    chunk = exc.object[exc.start : exc.end]
    return chunk.decode("cp1252", errors="kg-latin-1"), exc.end


def _latin1_bytes(exc: UnicodeDecodeError) -> tuple[str, int]:
    return exc.object[exc.start : exc.end].decode("latin-1"), exc.end


codecs.register_error("kg-cp1252", _cp1252_bytes)
codecs.register_error("kg-latin-1", _latin1_bytes)


def _utf16_without_bom(data: bytes) -> str | None:
    """The byte order if ``data`` reads as mostly-ASCII UTF-16 without a byte-order
    mark (every other byte NUL), else None."""
    pairs = len(data) // 2
    if pairs < 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if odd > pairs * 0.3 and even < pairs * 0.05:
        return "little-endian"
    if even > pairs * 0.3 and odd < pairs * 0.05:
        return "big-endian"
    return None


def _decode_8bit(data: bytes) -> str:
    """UTF-8; else Windows-1252, or both where a UTF-8 file holds some Windows-1252.

    Bytes that are not UTF-8 are read as Windows-1252 (a superset of Latin-1 for
    text: the euro sign and curly quotes sit in 0x80-0x9f). When most non-ASCII bytes
    form valid UTF-8 sequences the file is UTF-8 with a few stray bytes, and only those
    are read as Windows-1252; otherwise the whole file is (Latin-1 "Straße“" happens to
    hold a valid UTF-8 pair, which must not turn into one character).
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    in_sequences = sum(len(m) for m in _UTF8_SEQUENCE.findall(data))
    non_ascii = len(data.translate(None, _ASCII))
    if in_sequences * 2 > non_ascii:
        return data.decode("utf-8", errors="kg-cp1252")
    return data.decode("cp1252", errors="kg-latin-1")


def _decode(data: bytes) -> tuple[str | None, str | None]:
    """``(text, None)`` or ``(None, problem)``.

    A byte-order mark decides (UTF-8, UTF-16, UTF-32); without one, UTF-8, else
    Windows-1252/Latin-1 (see :func:`_decode_8bit`). NUL bytes or many control codes
    mean binary data (or UTF-16 without a mark, which is named but not guessed).
    """
    text: str | None = None
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            if codec == "utf-8":
                text = _decode_8bit(body)
                break
            try:
                text = body.decode(codec)
            except UnicodeDecodeError as exc:
                return None, E.BAD_UNICODE.format(encoding=name, msg=exc.reason, at=exc.start)
            break
    else:
        if b"\x00" in data:
            order = _utf16_without_bom(data)
            if order:
                return None, E.UTF16_NO_BOM.format(order=order)
            return None, E.BINARY.format(why="it holds NUL bytes")
        text = _decode_8bit(data)
    if "\x00" in text:
        return None, E.BINARY.format(why="it holds NUL characters")
    controls = len(_CONTROL.findall(text))
    if controls > len(text) * 0.01:
        why = f"{controls:,} of its {len(text):,} characters are control codes"
        return None, E.BINARY.format(why=why)
    return _normalise_newlines(text.lstrip("\ufeff")), None

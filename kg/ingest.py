"""Ingest: turn files, folders or stdin into clean :class:`~kg.model.Document` records.

This is the first pipeline stage. It has two jobs:

* **Reading** many input shapes (.txt, .md, .html/.htm, .json, .jsonl, stdin) in many
  encodings into one record type with stable, IRI-safe ids and the metadata the later
  stages need (title, outlet, url, published date). One bad file must not stop a
  10,000-article build, so problems come back as :class:`~kg.errors.InputError` values
  in the output stream instead of exceptions.
* **Cleaning** scrape noise (image paths, "Related Links" footers, newsletter prompts,
  lists of other headlines) out of the text before the NLP stage reads it, because
  spaCy would otherwise find actors and events in the sidebar. Cleaning works on whole
  lines and copies kept lines unchanged, so every offset in the clean text maps exactly
  back to the text the user gave (``Document.segments``) and evidence can be checked.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, NamedTuple, TextIO

from kg.config import DEFAULT_MAX_DOCUMENT_SIZE, DEFAULT_MAX_WORD_LENGTH
from kg.errors import E, InputError
from kg.model import Document

SUFFIXES = (".txt", ".md", ".html", ".htm", ".json", ".jsonl")
MAX_HEADLINE_WORDS = 20  # a line this short without final punctuation may be a headline
STDIN_NAME = "<stdin>"

Segment = tuple[int, int, int]  # (clean_start, source_start, length)
Result = Document | InputError
Located = tuple[Result, str | None]  # a result and where in its file it came from


# --------------------------------------------------------------------------- lines


@dataclass
class _Line:
    """One source line, and the text the noise rules see for it."""

    raw: str  # the line as in the source, without its newline
    end: int  # source offset just past the line, where its "\n" is (if any)
    text: str  # what the rules read (markdown syntax removed); equals raw otherwise
    spans: list[tuple[int, int]]  # source ranges whose concatenation is ``text``


def _split_lines(source: str) -> list[_Line]:
    """Split on ``\\n`` only (not ``str.splitlines``), so offsets stay exact."""
    lines: list[_Line] = []
    pos = 0
    for part in source.split("\n"):
        end = pos + len(part)
        lines.append(_Line(part, end, part, [(pos, end)]))
        pos = end + 1
    return lines


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --------------------------------------------------------------------- line tests

_CLOSERS = "\"'\u201d\u2019\u00bb)]*_ \t"
_FINAL = (".", "!", "?", "\u2026")
_INITIALISM = re.compile(r"(?:^|[\s(])(?:[A-Za-z]\.){2,}$")  # "U.S." ends no sentence
_CONTINUES = tuple(",;-\u2013\u2014(/&")
_CONNECTORS = frozenset(  # a line ending in one of these words continues on the next
    {"a", "an", "the", "of", "to", "and", "or", "but", "nor", "with", "for", "from", "by"}
    | {"in", "on", "at", "as", "that", "than", "into", "onto", "between", "about", "after"}
    | {"before", "over", "under", "against", "during", "without", "within", "through"}
    | {"across", "via", "per", "is", "are", "was", "were", "be", "been", "has", "have"}
    | {"had", "will", "would", "could", "should", "can", "may", "might", "must", "not"}
    | {"who", "which", "whose", "where", "when", "while", "if", "because", "his", "her"}
    | {"its", "their", "our", "your", "this", "these", "those", "my"}
)
# A sentence ending inside the line ("...Tehran. While the") or a quote closed after a
# comma ('now," White'): prose, not a headline.
_INNER_SENTENCE_END = re.compile(
    r"[a-z]{2}[.!?][\"\u201d\u2019']?\s+[\"\u201c\u2018']?[A-Z]|,[\"\u201d]\s"
)
_BULLET = re.compile(r"^(?:[-*\u2022\u00b7\u25aa\u2023\u2013]|\d{1,2}[.)])\s+")
_SEPARATOR = re.compile(r"[\W_]+")
_MD_LINKS_ONLY = re.compile(r"(?:[-*]\s*)?(?:!?\[[^\]\n]*\]\([^)\n]*\)[\s|,\u2022-]*)+")
_STRAY = "()[]<>{}!\"'|*`,; \t"
_ADDRESS = re.compile(
    r"(?:(?:https?|ftp|data|mailto):|www\.|\.{0,2}/)\S*"
    r"|\S+\.(?:webp|jpe?g|png|gif|svg|avif|bmp|ico|tiff?|heic|mp4|webm|mov|mp3|m4a|wav|pdf)"
    r"(?:[?#]\S*)?",
    re.IGNORECASE,
)
_TLDS = (
    "com|net|org|info|biz|io|co|ai|app|news|online|site|blog|media|tv|me|gov|edu|int|"
    "uk|us|ca|au|nz|ie|de|fr|it|es|nl|be|ch|at|se|no|dk|fi|pl|ru|ua|cn|jp|kr|in|za|br|mx|eu"
)
_DOMAIN_END = re.compile(
    rf"(?:^|\s)(?:https?://)?(?:www\.)?(?:[a-z0-9-]{{2,}}\.)+(?:{_TLDS})(?:/\S*)?$",
    re.IGNORECASE,
)
# Markers that open a footer: after one, even a lone headline-like line is noise.
_FOOTER_MARKER = re.compile(
    r"related(?:\s+[a-z]+)?(?:\s*\(\d+\))?"  # "Related Links", "Related Events (6)"
    r"|related\s*:.*"  # "Related: <headline>"
    r"|read\s+more\b.*"
    r"|subscribe\b.*"
    r"|more\s+(?:stories|news|articles|coverage)\b.*"
    r"|you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)"
    r"|recommended(?:\s+for\s+you)?"
    r"|most\s+(?:read|popular|viewed|shared)"
    r"|(?:top|latest)\s+(?:stories|news|headlines)",
    re.IGNORECASE,
)
# Other boilerplate lines, dropped wherever they appear.
_BOILERPLATE = re.compile(
    r"advertisement\b.*|.*\badvertisement|sponsored(?:\s+content)?|advert|ad"
    r"|share\s+(?:this|on|via)\b.*"
    r"|sign\s+up(?:\s+(?:for|to|now|here|today)\b.*)?"
    r"|follow\s+us\b.*"
    r"|.*\ball\s+rights\s+reserved\b.*"
    r"|(?:\u00a9|\(c\)\s|copyright\s*(?:\u00a9|\(c\)|\d{4}|by\b)).*"
    r"|click\s+here\b.*"
    r"|skip\s+to\s+(?:main\s+)?(?:content|navigation)"
    r"|(?:listen\s+to|print|email)\s+this\s+(?:article|story|page)",
    re.IGNORECASE,
)
_MARKER_TRIM = " \t|\u2022\u00b7*#>-\u2013\u2014:\u00bb\u203a\u2192.!"


def _core(line: str) -> str:
    """The line without trailing closing quotes, brackets and emphasis marks."""
    return line.rstrip(_CLOSERS)


def _ends_sentence(line: str) -> bool:
    """True if the line ends with sentence-final punctuation (not an initialism)."""
    core = _core(line)
    return core.endswith(_FINAL) and not _INITIALISM.search(core)


def _starts_lower(line: str) -> bool:
    first = next((c for c in line if c.isalnum()), "")
    return first.islower()


def _is_headline(line: str) -> bool:
    """Short, capitalised, and ending without punctuation: it reads like a headline."""
    words = line.split()
    if not 0 < len(words) <= MAX_HEADLINE_WORDS or not any(c.isalpha() for c in line):
        return False
    core = _core(line)
    if _ends_sentence(line) or core.endswith((",", ";", ":") + _CONTINUES):
        return False
    return not _starts_lower(line) and not _INNER_SENTENCE_END.search(line)


def _is_question(line: str) -> bool:
    """A short question line: a headline in a list, a sentence elsewhere."""
    words = line.split()
    return (
        0 < len(words) <= MAX_HEADLINE_WORDS
        and _core(line).endswith("?")
        and not _starts_lower(line)
    )


def _marker_text(line: str) -> str:
    return " ".join(line.strip(_MARKER_TRIM).split())


def _is_footer_marker(line: str) -> bool:
    return len(line.split()) <= MAX_HEADLINE_WORDS and bool(
        _FOOTER_MARKER.fullmatch(_marker_text(line))
    )


def _is_noise(line: str) -> bool:
    """Lines dropped on sight: addresses, separators, boilerplate, promo link lines."""
    if _SEPARATOR.fullmatch(line) or _MD_LINKS_ONLY.fullmatch(line):
        return True
    core = line.strip(_STRAY)
    if core and not any(c.isspace() for c in core) and _ADDRESS.fullmatch(core):
        return True
    if len(line.split()) > MAX_HEADLINE_WORDS:
        return False
    marker = _marker_text(line)
    if _FOOTER_MARKER.fullmatch(marker) or _BOILERPLATE.fullmatch(marker):
        return True
    return not _ends_sentence(line) and bool(_DOMAIN_END.search(line.rstrip(_STRAY)))


def _wraps(prev: str, nxt: str) -> bool:
    """True if ``nxt`` continues a hard-wrapped paragraph that ``prev`` started."""
    prev = prev.rstrip()
    if not prev or _ends_sentence(prev):
        return False
    if _starts_lower(nxt):
        return True
    return prev.endswith(_CONTINUES) or prev.split()[-1].lower() in _CONNECTORS


# ------------------------------------------------------------------------ cleaning

_TEXT, _BLANK, _NOISE = "text", "blank", "noise"


def _unit_label(text: str, in_footer: bool) -> str:
    """H headline-like, Q short question, F footer headline (always dropped), P prose."""
    if in_footer:  # bulleted or not
        return "F" if _is_headline(text) or _is_question(text) else "P"
    if _BULLET.match(text):
        return "P"  # list items in the article body are content
    if _is_headline(text):
        return "H"
    return "Q" if _is_question(text) else "P"


def _keep_mask(lines: list[_Line]) -> list[bool]:
    """Decide line by line what survives; blank lines are decided later."""
    kinds: list[str] = []
    footer_at: list[bool] = []
    footer = False
    for line in lines:
        text = line.text.strip()
        if not text:
            kinds.append(_BLANK)
        elif _is_noise(text):
            kinds.append(_NOISE)
            footer = footer or _is_footer_marker(text)
        else:
            kinds.append(_TEXT)
        footer_at.append(footer)

    # Units: text lines joined when a paragraph was hard-wrapped over several lines.
    units: list[list[int]] = []
    for i, kind in enumerate(kinds):
        if kind != _TEXT:
            continue
        if units and units[-1][-1] == i - 1 and _wraps(lines[i - 1].text, lines[i].text):
            units[-1].append(i)
        else:
            units.append([i])
    labels = [
        _unit_label(" ".join(lines[i].text.strip() for i in unit), footer_at[unit[0]])
        for unit in units
    ]

    # Headline lists: runs of 2+ headline-like units (blank and noise lines do not
    # break a run; a short question inside a run is part of the list).
    drop = [label == "F" for label in labels]
    start = 0
    while start < len(units):
        if labels[start] == "P":
            start += 1
            continue
        stop = start
        while stop < len(units) and labels[stop] != "P":
            stop += 1
        run = list(range(start, stop))
        while run and labels[run[0]] == "Q":
            run.pop(0)
        while run and labels[run[-1]] == "Q":
            run.pop()
        if sum(labels[u] in "HF" for u in run) >= 2:
            for u in run:
                drop[u] = True
        start = stop

    keep = [kind != _NOISE for kind in kinds]
    for unit, dropped in zip(units, drop, strict=True):
        if dropped:
            for i in unit:
                keep[i] = False
    return keep


def _same_title(line: str, title: str) -> bool:
    return " ".join(line.split()).casefold() == " ".join(title.split()).casefold()


def _clean(
    source: str, lines: list[_Line], title: str | None = None
) -> tuple[str, list[Segment], list[str]]:
    """Clean ``lines`` of ``source``; drop a first line that repeats ``title``."""
    if title:
        first = next((i for i, line in enumerate(lines) if line.text.strip()), None)
        if first is not None and _same_title(lines[first].text, title):
            lines = lines[:first] + lines[first + 1 :]
    keep = _keep_mask(lines)
    removed = [line.raw for line, k in zip(lines, keep, strict=True) if not k]

    chosen: list[_Line] = []
    for line, k in zip(lines, keep, strict=True):
        if not k:
            continue
        if line.text.strip() or (chosen and chosen[-1].text.strip()):
            chosen.append(line)  # at most one blank line between kept lines
    while chosen and not chosen[-1].text.strip():
        chosen.pop()

    segments: list[Segment] = []
    parts: list[str] = []
    clean_pos = 0

    def copy(start: int, end: int) -> None:
        nonlocal clean_pos
        if end <= start:
            return
        last = segments[-1] if segments else None
        if last and last[1] + last[2] == start and last[0] + last[2] == clean_pos:
            segments[-1] = (last[0], last[1], last[2] + end - start)
        else:
            segments.append((clean_pos, start, end - start))
        parts.append(source[start:end])
        clean_pos += end - start

    for n, line in enumerate(chosen):
        for start, end in line.spans:
            copy(start, end)
        if n + 1 < len(chosen):
            copy(line.end, line.end + 1)  # the line's own "\n" in the source
    return "".join(parts), segments, removed


def clean_text(text: str) -> tuple[str, list[Segment], list[str]]:
    """Remove scrape noise from ``text`` (newlines already normalised to ``\\n``).

    Returns the clean text, the segments mapping it onto ``text`` (each
    ``(clean_start, source_start, length)`` is a run copied unchanged) and the removed
    lines. Whole lines are dropped or kept; runs of blank lines become one.
    """
    return _clean(text, _split_lines(text))


# ------------------------------------------------------------- titles and markdown

# Each pattern stays linear on a long line: a label or address stops at the next "[",
# where an unclosed one ("[" 200,000 times) made every "[" scan to the line's end.
_MD_TITLE = re.compile(r"^\s{0,3}#(?!#)\s+(.*)$")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_INLINE = re.compile(r"(!?)\[([^\[\]\n]*)\]\([^)\s\[\]]*(?:\s+\"[^\"\n]*\")?\)")


def _heading_end(raw: str, pos: int) -> int:
    """Where a heading's text ends, before closing hashes ("## Title ##") and spaces.

    By hand, not with a pattern like ``\\s+#+\\s*$``: searched for, that backtracks over
    a long run of spaces once for each of them (20,000 spaces took 20 s).
    """
    end = len(raw.rstrip())
    core = raw[:end].rstrip("#")
    if len(core) < end and core[-1:].isspace() and len(core.rstrip()) >= pos:
        return len(core.rstrip())
    return len(raw)


def _title_line(lines: list[_Line]) -> tuple[str | None, list[_Line]]:
    """BBC layout: a first headline-like line followed by a blank line is the title."""
    for k, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            continue
        followed_by_blank = k + 1 < len(lines) and not lines[k + 1].text.strip()
        if followed_by_blank and _is_headline(text) and not _is_noise(text):
            return text, lines[k + 1 :]
        break
    return None, lines


def _markdown_line(line: _Line) -> _Line:
    """Strip heading hashes and inline link/image syntax, keeping source spans."""
    raw = line.raw
    if _MD_LINKS_ONLY.fullmatch(raw.strip()):
        return line  # a line of links only: the noise rules drop it whole
    base = line.end - len(raw)
    pos, stop = 0, len(raw)
    heading = _MD_HEADING.match(raw)
    if heading:
        pos = heading.end()
        stop = _heading_end(raw, pos)
    spans: list[tuple[int, int]] = []
    for match in _MD_INLINE.finditer(raw, pos, stop):
        spans.append((pos, match.start()))
        if not match.group(1):  # a link keeps its label; an image goes
            spans.append(match.span(2))
        pos = match.end()
    spans.append((pos, stop))
    spans = [(a, b) for a, b in spans if b > a]
    text = "".join(raw[a:b] for a, b in spans)
    return _Line(raw, line.end, text, [(base + a, base + b) for a, b in spans])


def _markdown_lines(lines: list[_Line]) -> tuple[str | None, list[_Line]]:
    """A first ``# Title`` line becomes the title; other lines lose markdown syntax."""
    title = None
    first = next((i for i, line in enumerate(lines) if line.raw.strip()), None)
    if first is not None:
        match = _MD_TITLE.match(lines[first].raw)
        if match and match.group(1).strip():
            title = match.group(1)[: _heading_end(match.group(1), 0)].strip()
            lines = lines[first + 1 :]
    return title, [_markdown_line(line) for line in lines]


# ------------------------------------------------------------------ small helpers


def _slug(value: str) -> str:
    """An id safe in IRIs and file names: letters, digits, ``.``, ``_`` and ``-``.

    Latin letters lose their accents ("Café talks" -> "Cafe-talks"); letters that have
    no ASCII form keep their script ("Тбилиси-東京-عربي" stays as it is, where ASCII
    alone would leave nothing), so a publisher's own id survives. IRIs are minted
    from ids with percent-encoding, so any letter is safe there.
    """
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    if any(_lost_in_ascii(ch) for ch in value):
        kept = "".join(
            ch if ch in "._-" or unicodedata.category(ch)[0] in "LMN" else "-"
            for ch in unicodedata.normalize("NFC", value)
        )
        return re.sub(r"-{2,}", "-", kept).strip("-.")
    return re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_text).strip("-.")


def _lost_in_ascii(ch: str) -> bool:
    """A letter or digit that ASCII folding would drop ("東", "ж"; not "é")."""
    return (
        not ch.isascii()
        and unicodedata.category(ch)[0] in "LN"
        and not unicodedata.normalize("NFKD", ch).encode("ascii", "ignore")
    )


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]


_SURROGATE = re.compile("[\ud800-\udfff]")


def _whole_characters(text: str) -> str:
    """JSON may escape half of a character ("\\ud83d" alone, an emoji cut in two), which
    no encoder or spaCy accepts: U+FFFD stands in for it, as in browsers. One character
    for one, so offsets stay exact."""
    return _SURROGATE.sub("\ufffd", text)


def _at(where: str | None, problem: str) -> str:
    return E.IN_RECORD.format(where=where, problem=problem) if where else problem


def _parse_date(value: Any) -> date | None:
    """An ISO 8601 date or timestamp (its calendar date, as written); raise ValueError."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise ValueError(value)
    text = value.strip()
    if text[-1] in "Zz":
        text = text[:-1] + "+00:00"
    try:
        return date.fromisoformat(text)
    except ValueError:
        return datetime.fromisoformat(text).date()


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


def _json_kind(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    kinds = {dict: "an object", list: "a list", str: "a string", type(None): "null"}
    return kinds.get(type(value), "a number")


def _text_field(record: dict[str, Any]) -> str | None:
    return next(
        (record[k] for k in ("text", "body", "content") if isinstance(record.get(k), str)),
        None,
    )


def _first_field(record: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        value = record.get(key)
        if value is not None and value != "":
            return value
    return None


# ----------------------------------------------------------------------- documents


class Limits(NamedTuple):
    """How big an article kg reads (0: no limit); see :mod:`kg.config` for why."""

    document_size: int = DEFAULT_MAX_DOCUMENT_SIZE  # characters of its text
    word_length: int = DEFAULT_MAX_WORD_LENGTH  # characters without whitespace


_WORD_PATTERNS: dict[int, re.Pattern[str]] = {}


def _long_word(text: str, limit: int) -> re.Match[str] | None:
    """The first run of more than ``limit`` non-whitespace characters in ``text``."""
    if not limit:
        return None
    pattern = _WORD_PATTERNS.get(limit)
    if pattern is None:
        pattern = _WORD_PATTERNS[limit] = re.compile(rf"\S{{{limit + 1},}}")
    return pattern.search(text)


def _clip(text: str, size: int = 80) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def _preview(run: str) -> str:
    """The start of a long run, shown safely in a one-line message."""
    head = run[:24].encode("unicode_escape").decode("ascii")
    return f"{head!r}…" if len(run) > 24 else repr(head)


def _build(
    doc_id: str,
    source: str,
    lines: list[_Line],
    *,
    path: str,
    limits: Limits,
    where: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published: date | None = None,
) -> Result:
    if limits.document_size and len(source) > limits.document_size:
        problem = E.TOO_LONG.format(size=len(source), limit=limits.document_size)
        return InputError(path, _at(where, problem))
    if not source.strip():
        return InputError(path, _at(where, E.BLANK))
    text, segments, removed = _clean(source, lines, title)
    if not text.strip():
        if removed:
            problem = E.ONLY_NOISE.format(count=len(removed), example=_clip(removed[0]))
        else:  # a lone headline-like line
            problem = E.ONLY_TITLE.format(title=_clip(title or ""))
        return InputError(path, _at(where, problem))
    doc = Document(
        id=doc_id or f"doc-{_digest(source)}",
        text=text,
        source_text=source,
        segments=segments,
        title=title or None,
        outlet=outlet,
        url=url,
        published=published,
        path=path,
        removed=removed,
    )
    long_word = _long_word(text, limits.word_length)
    if long_word is not None:
        at = doc.source_offset(long_word.start())
        line = source.count("\n", 0, at) + 1
        column = at - (source.rfind("\n", 0, at) + 1) + 1
        problem = E.WORD_TOO_LONG.format(
            size=len(long_word[0]),
            line=line,
            column=column,
            preview=_preview(long_word[0]),
            limit=limits.word_length,
        )
        return InputError(path, _at(where, problem))
    return doc


def _from_plain(
    source: str, path: str, doc_id: str, limits: Limits, *, markdown: bool = False
) -> Result:
    lines = _split_lines(source)
    title, lines = _markdown_lines(lines) if markdown else _title_line(lines)
    return _build(doc_id, source, lines, path=path, limits=limits, title=title)


class _FieldError(ValueError):
    """A JSON field of the wrong type; the message says which and what it should be."""


_STRING = "a string"
_ID = "a string or a number"
_OUTLET = 'a string or an object with a "name"'


def _field(record: dict[str, Any], key: str, expected: str = _STRING) -> str | None:
    """A metadata field as a stripped string (numbers allowed), None when missing,
    null or blank; any other type is an error, never silently dropped."""
    value = record.get(key)
    if value is None:
        return None
    if isinstance(value, str):
        return _whole_characters(value.strip()) or None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if expected is _OUTLET and isinstance(value, dict):
        name = value.get("name")
        if name is None or isinstance(name, str):
            return (_whole_characters(name.strip()) or None) if name else None
        kind = _json_kind(name)
        raise _FieldError(E.FIELD_TYPE.format(field=f"{key}.name", kind=kind, expected=_STRING))
    raise _FieldError(E.FIELD_TYPE.format(field=key, kind=_json_kind(value), expected=expected))


def _from_record(
    record: Any, *, path: str, where: str | None, default_id: str, limits: Limits
) -> Result:
    """One JSON object (``text``/``body``/``content`` plus metadata) as a document.

    Fields kg does not know are ignored; a known field of the wrong type (a list for a
    title, a number for the text) is an error that names it.
    """
    if not isinstance(record, dict):
        return InputError(path, _at(where, E.NOT_OBJECT.format(kind=_json_kind(record))))
    body = next((k for k in ("text", "body", "content") if record.get(k) is not None), None)
    body = body or next((k for k in ("text", "body", "content") if k in record), None)
    if body is None:
        return InputError(path, _at(where, E.NO_TEXT))
    text = record[body]
    if not isinstance(text, str):
        problem = E.FIELD_TYPE.format(
            field=body, kind=_json_kind(text), expected="a string with the article body"
        )
        return InputError(path, _at(where, problem))
    raw_date = _first_field(record, "published", "date", "published_at", "publishedAt")
    try:
        published = _parse_date(raw_date)
    except ValueError:
        return InputError(path, _at(where, E.BAD_DATE.format(value=raw_date)))
    try:
        given_id = _field(record, "id", _ID)
        title = _field(record, "title")
        url = _field(record, "url")
        outlet = None
        for key in ("source", "outlet", "publisher"):
            outlet = _field(record, key, _OUTLET)
            if outlet:
                break
    except _FieldError as exc:
        return InputError(path, _at(where, str(exc)))
    source = _normalise_newlines(_whole_characters(text))
    return _build(
        _slug(given_id or "") or default_id,
        source,
        _split_lines(source),
        path=path,
        limits=limits,
        where=where,
        title=title,
        outlet=outlet,
        url=url,
        published=published,
    )


def _json_value(exc: ValueError) -> str:
    """What json.loads refused beyond syntax: Python reads no number of over 4,300 digits."""
    return "a number of more than 4,300 digits" if "digits" in str(exc) else str(exc)


def _jsonl_records(
    text: str, path: str, ids: Callable[[int, Any], str], limits: Limits
) -> Iterator[Located]:
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(path, E.BAD_JSON.format(line=number, msg=exc.msg)), where
            continue
        except ValueError as exc:
            yield InputError(path, E.BAD_JSON.format(line=number, msg=_json_value(exc))), where
            continue
        except RecursionError:
            yield InputError(path, E.BAD_JSON.format(line=number, msg="nested too deeply")), where
            continue
        default_id = ids(number, record)
        yield (
            _from_record(record, path=path, where=where, default_id=default_id, limits=limits),
            where,
        )


def _json_records(
    data: Any, path: str, ids: Callable[[int, Any], str], single_id: str, limits: Limits
) -> Iterator[Located]:
    if isinstance(data, dict):
        yield (
            _from_record(data, path=path, where=None, default_id=single_id, limits=limits),
            None,
        )
    elif isinstance(data, list):
        for number, record in enumerate(data, 1):
            where = f"item {number}"
            default_id = ids(number, record)
            yield (
                _from_record(record, path=path, where=where, default_id=default_id, limits=limits),
                where,
            )
    else:
        yield InputError(path, E.JSON_TOP_LEVEL.format(kind=_json_kind(data))), None


def _read_json(text: str, path: str, stem: str, limits: Limits) -> Iterator[Located]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield InputError(path, E.BAD_JSON.format(line=exc.lineno, msg=exc.msg)), None
        return
    except ValueError as exc:
        yield InputError(path, E.BAD_JSON_VALUE.format(msg=_json_value(exc))), None
        return
    except RecursionError:
        yield InputError(path, E.BAD_JSON.format(line=1, msg="nested too deeply")), None
        return
    yield from _json_records(data, path, lambda n, _record: f"{stem}-{n}", stem, limits)


# ---------------------------------------------------------------------------- HTML

_SKIP_TAGS = frozenset(
    {"script", "style", "nav", "header", "footer", "aside", "form", "figure", "noscript"}
    | {"template", "svg", "iframe", "head", "select", "button", "object", "canvas"}
)
_SOFT_SKIP = "form"  # whole pages sit inside <form> on some sites: see _HtmlText.content
_BLOCK_TAGS = _SKIP_TAGS | frozenset(
    {"address", "article", "blockquote", "body", "br", "dd", "details", "dialog", "div"}
    | {"dl", "dt", "fieldset", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li"}
    | {"main", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot"}
    | {"td", "th", "tr", "ul"}
)
_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param"}
    | {"source", "track", "wbr"}
)
# Class, id or itemprop words of page furniture that sits inside the article element.
_BOILERPLATE_CLASS = re.compile(
    r"(?i)(?<![a-z])(byline|author|credit|caption|share|sharing|social|newsletter|"
    r"advert|advertisement|promo|related|comments?|breadcrumbs?|tags)(?![a-z])"
)
_DATE_META = ("article:published_time", "date", "datepublished", "pubdate", "publishdate")

Where = tuple[int | None, bool]  # (outermost <article> number, inside <main>)


class _HtmlText(HTMLParser):
    """Collect an HTML page's paragraphs (one per block) and its metadata."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.class_skips: list[int] = []  # stack depths of elements skipped for their class
        self.skipping = 0
        self.in_form = 0
        self.articles: list[int] = []
        self.article_count = 0
        self.in_main = 0
        self.buffer: list[str] = []
        self.blocks: list[tuple[str, Where, bool]] = []  # (text, where, inside a form)
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self.page_title: str | None = None
        self.title_parts: list[str] | None = None
        self.h1_parts: list[str] | None = None
        self.h1s: list[tuple[str, Where]] = []
        self.times: list[tuple[str, Where]] = []
        self.last_gt: tuple[str, int] | None = None  # (buffer, where its last ">" is)
        self.unclosed: dict[str, tuple[str, int]] = {}  # kind -> (buffer, from where)

    # html.parser looks for the end of a tag, comment or declaration from its "<" to the
    # end of the page, and where there is none, does so again from the next "<": time
    # quadratic in the page (200 KB of unclosed "<a " or "<!--x" took minutes). None of
    # them ends without a ">", and a search that found no end from one place finds none
    # from a later one, so neither search is repeated over the same buffer.

    def _no_gt_from(self, i: int) -> bool:
        raw = self.rawdata
        if self.last_gt is None or self.last_gt[0] is not raw:
            self.last_gt = (raw, raw.rfind(">"))
        return self.last_gt[1] < i

    def _unclosed(self, kind: str, i: int) -> bool:
        known = self.unclosed.get(kind)
        return known is not None and known[0] is self.rawdata and i >= known[1]

    def _remember(self, kind: str, i: int, end: int) -> int:
        if end < 0:
            self.unclosed[kind] = (self.rawdata, i)
        return end

    def check_for_whole_start_tag(self, i: int) -> int:
        # Without a ">" after it a start tag can only end the page: read as text then.
        return -1 if self._no_gt_from(i) else super().check_for_whole_start_tag(i)

    def parse_endtag(self, i: int) -> int:
        return -1 if self._no_gt_from(i) else super().parse_endtag(i)

    def parse_pi(self, i: int) -> int:
        return -1 if self._no_gt_from(i) else super().parse_pi(i)

    def parse_comment(self, i: int, report: int = 1) -> int:
        if self._no_gt_from(i) or self._unclosed("comment", i):
            return -1
        return self._remember("comment", i, super().parse_comment(i, report))

    def parse_html_declaration(self, i: int) -> int:
        if self._no_gt_from(i):
            return -1
        if not self.rawdata.startswith("<![", i):
            return super().parse_html_declaration(i)
        # "<![CDATA[…]]>" and "<![if …]>"; on any other "<![" Python before 3.13 raises
        # AssertionError, which would stop the whole build: a comment up to ">", as
        # browsers read it.
        name = self.rawdata[i + 3 : i + 12].split("[", 1)[0].strip().lower()
        kind = f"section {name}"
        if self._unclosed(kind, i):
            return -1
        try:
            return self._remember(kind, i, super().parse_html_declaration(i))
        except AssertionError:
            return self.parse_bogus_comment(i)

    def where(self) -> Where:
        return (self.articles[0] if self.articles else None, self.in_main > 0)

    def flush(self) -> None:
        text = " ".join("".join(self.buffer).split())
        self.buffer.clear()
        if text:
            self.blocks.append((text, self.where(), self.in_form > 0))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): (value or "") for name, value in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop") or ""
            key = key.strip().lower()
            if key and "content" in values:
                self.meta.setdefault(key, values["content"].strip())
        elif tag == "link":
            if "canonical" in values.get("rel", "").lower().split() and values.get("href"):
                self.canonical = self.canonical or values["href"].strip()
        elif tag == "time" and values.get("datetime", "").strip():
            self.times.append((values["datetime"].strip(), self.where()))
        if tag in _BLOCK_TAGS:
            self.flush()
        if tag in _VOID_TAGS:
            return
        self.stack.append(tag)
        if tag in _SKIP_TAGS and tag != _SOFT_SKIP:
            self.skipping += 1
        marks = " ".join(values.get(k, "") for k in ("class", "id", "itemprop", "rel", "role"))
        if _BOILERPLATE_CLASS.search(marks):  # byline, share bar, caption inside <article>
            self.skipping += 1
            self.class_skips.append(len(self.stack))
        if tag == _SOFT_SKIP:
            self.in_form += 1
        if tag == "article":
            self.article_count += 1
            self.articles.append(self.article_count)
        elif tag == "main":
            self.in_main += 1
        elif tag == "title" and self.page_title is None and "svg" not in self.stack[:-1]:
            self.title_parts = []
        elif tag == "h1" and self.h1_parts is None:
            self.h1_parts = []

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK_TAGS:
            self.flush()
        if tag not in self.stack:
            return
        while self.stack:
            if self.class_skips and self.class_skips[-1] == len(self.stack):
                self.class_skips.pop()
                self.skipping -= 1
            open_tag = self.stack.pop()
            self._leave(open_tag)
            if open_tag == tag:
                break

    def _leave(self, tag: str) -> None:
        if tag in _SKIP_TAGS and tag != _SOFT_SKIP:
            self.skipping -= 1
        if tag == _SOFT_SKIP:
            self.in_form -= 1
        if tag == "article" and self.articles:
            self.articles.pop()
        elif tag == "main":
            self.in_main -= 1
        elif tag == "title" and self.title_parts is not None:
            self.page_title = " ".join("".join(self.title_parts).split()) or None
            self.title_parts = None
        elif tag == "h1" and self.h1_parts is not None:
            text = " ".join("".join(self.h1_parts).split())
            if text:
                self.h1s.append((text, self.where()))
            self.h1_parts = None

    def handle_data(self, data: str) -> None:
        if self.title_parts is not None:
            self.title_parts.append(data)
            return
        if self.h1_parts is not None:
            self.h1_parts.append(data)
        if not self.skipping:
            self.buffer.append(data)

    def close(self) -> None:
        super().close()
        self.flush()

    def content(self) -> tuple[list[str], Callable[[Where], bool]]:
        """The main text's paragraphs (largest <article>, else <main>, else the page)."""
        totals: dict[int, int] = {}
        for text, (article, _main), _form in self.blocks:
            if article is not None:
                totals[article] = totals.get(article, 0) + len(text)
        if totals:
            best = max(totals, key=lambda a: (totals[a], -a))

            def inside(where: Where) -> bool:
                return where[0] == best

        elif any(where[1] for _text, where, _form in self.blocks):

            def inside(where: Where) -> bool:
                return where[1]

        else:

            def inside(where: Where) -> bool:
                return True

        region = [(text, form) for text, where, form in self.blocks if inside(where)]
        # A small <form> is a comment or search box: drop it. One holding most of the
        # text wraps the whole page (ASP.NET sites): keep it, and only it.
        in_form = sum(len(text) for text, form in region if form)
        wrapper = in_form * 2 > sum(len(text) for text, _form in region)
        return [text for text, form in region if form == wrapper], inside


def _from_html(source: str, path: str, doc_id: str, limits: Limits) -> Result:
    parser = _HtmlText()
    parser.feed(source)
    parser.close()
    paragraphs, inside = parser.content()
    if not paragraphs:
        return InputError(path, E.EMPTY_HTML)
    meta = parser.meta

    title = next((text for text, where in parser.h1s if inside(where)), None)
    title = title or next((text for text, _where in parser.h1s), None)
    title = title or meta.get("og:title") or parser.page_title

    published: date | None = None
    raw_date = next((meta[key] for key in _DATE_META if meta.get(key)), None)
    if raw_date is not None:
        try:
            published = _parse_date(raw_date)
        except ValueError:
            return InputError(path, E.BAD_DATE.format(value=raw_date))
    else:  # <time datetime> is a guess (it may date a comment): skip what does not parse
        times = sorted(parser.times, key=lambda item: not inside(item[1]))
        for value, _where in times:
            try:
                published = _parse_date(value)
            except ValueError:
                continue
            break

    text = "\n".join(paragraphs)
    return _build(
        doc_id,
        text,
        _split_lines(text),
        path=path,
        limits=limits,
        title=title,
        outlet=meta.get("og:site_name") or None,
        url=parser.canonical or meta.get("og:url") or None,
        published=published,
    )


# ----------------------------------------------------------------------- inputs


class _Stdin:
    """Marker for the ``-`` path."""


_STDIN = _Stdin()


def _read_file(path: Path, limits: Limits) -> Iterator[Located]:
    name = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(name, E.UNREADABLE.format(msg=exc.strerror or exc)), None
        return
    if not data:
        yield InputError(name, E.EMPTY_FILE), None
        return
    text, problem = _decode(data)
    if text is None:
        yield InputError(name, problem or E.BINARY.format(why="undecodable")), None
        return
    suffix = path.suffix.lower()
    stem = _slug(path.stem) or f"doc-{_digest(text)}"
    if suffix == ".jsonl":
        yield from _jsonl_records(text, name, lambda n, _record: f"{stem}-{n}", limits)
    elif suffix == ".json":
        yield from _read_json(text, name, stem, limits)
    elif suffix in (".html", ".htm"):
        yield _from_html(text, name, stem, limits), None
    else:
        yield _from_plain(text, name, stem, limits, markdown=suffix == ".md"), None


def _stdin_record_id(_number: int, record: Any) -> str:
    text = _text_field(record) if isinstance(record, dict) else None
    return f"stdin-{_digest(_normalise_newlines(text or json.dumps(record)))}"


def _read_stdin(stream: TextIO | None, limits: Limits) -> Iterator[Located]:
    """Stdin is JSON or JSONL if it parses as records with a text field, else plain text."""
    stream = stream if stream is not None else sys.stdin
    # Its bytes where there are some, decoded as a file's are: the text layer would turn
    # Windows-1252 into lone surrogates (errors="surrogateescape" in a C or UTF-8 locale).
    source = getattr(stream, "buffer", None) or stream
    try:
        raw: str | bytes = source.read()
    except (OSError, UnicodeDecodeError) as exc:
        yield InputError(STDIN_NAME, E.UNREADABLE.format(msg=exc)), None
        return
    if isinstance(raw, bytes):
        decoded, problem = _decode(raw)
        if decoded is None:
            yield InputError(STDIN_NAME, problem or E.BINARY.format(why="undecodable")), None
            return
        raw = decoded
    text = _normalise_newlines(raw.lstrip("\ufeff"))
    stripped = text.strip()
    if stripped[:1] in ("{", "["):
        try:
            data = json.loads(stripped)
        except (ValueError, RecursionError):
            data = None
        first = data[0] if isinstance(data, list) and data else data
        if isinstance(first, dict) and _text_field(first) is not None:
            single = _stdin_record_id(1, data)
            yield from _json_records(data, STDIN_NAME, _stdin_record_id, single, limits)
            return
        first_line = stripped.split("\n", 1)[0]
        try:
            record = json.loads(first_line)
        except (ValueError, RecursionError):
            record = None
        if isinstance(record, dict) and _text_field(record) is not None:
            yield from _jsonl_records(text, STDIN_NAME, _stdin_record_id, limits)
            return
    yield _from_plain(text, STDIN_NAME, f"stdin-{_digest(text)}", limits), None


PROJECT_DOCS = ("readme", "license", "licence", "changelog", "contributing", "notice")


def _is_project_doc(name: str) -> bool:
    """README.md, LICENSE.txt…: a folder's own documentation, not an article.

    Skipped only while walking a folder; naming such a file explicitly still reads it.
    """
    return name.lower().split(".")[0] in PROJECT_DOCS


def _walk(folder: Path, seen_files: set[str], seen_dirs: set[str]) -> Iterator[Path | InputError]:
    """Supported, non-hidden files under ``folder``, recursively, in name order."""
    try:
        with os.scandir(folder) as entries:
            ordered = sorted(entries, key=lambda entry: entry.name)
    except OSError as exc:
        yield InputError(str(folder), E.UNREADABLE.format(msg=exc.strerror or exc))
        return
    for entry in ordered:
        if entry.name.startswith(".") or _is_project_doc(entry.name):
            continue
        path = folder / entry.name
        try:
            is_dir = entry.is_dir()
            is_file = entry.is_file()
        except OSError:
            continue
        if is_dir:
            real = os.path.realpath(path)
            if real not in seen_dirs:  # a symlink loop is walked once
                seen_dirs.add(real)
                yield from _walk(path, seen_files, seen_dirs)
        elif is_file and path.suffix.lower() in SUFFIXES:
            real = os.path.realpath(path)
            if real not in seen_files:
                seen_files.add(real)
                yield path


def _expand(paths: Sequence[str | Path]) -> Iterator[Path | _Stdin | InputError]:
    """Files to read, in order; a file named twice (or also found in a folder) once."""
    seen_files: set[str] = set()
    seen_dirs: set[str] = set()
    for given in paths:
        if str(given) == "-":
            yield _STDIN
            continue
        path = Path(given)
        if path.is_dir():
            seen_dirs.add(os.path.realpath(path))
            yield from _walk(path, seen_files, seen_dirs)
        elif path.exists():
            if path.suffix.lower() not in SUFFIXES:
                yield InputError(str(path), E.UNSUPPORTED.format(suffix=path.suffix))
                continue
            real = os.path.realpath(path)
            if real not in seen_files:
                seen_files.add(real)
                yield path
        else:
            yield InputError(str(path), E.NO_SUCH_PATH)


def _same_article(doc: Document) -> str:
    """What makes two records with one id the same article (text and metadata)."""
    parts = (doc.source_text, doc.title, doc.outlet, doc.url, doc.published)
    return _digest(json.dumps([str(p) if p is not None else None for p in parts]))


def read_documents(
    paths: Sequence[str | Path],
    *,
    published: date | None = None,
    stdin: TextIO | None = None,
    max_document_size: int = DEFAULT_MAX_DOCUMENT_SIZE,
    max_word_length: int = DEFAULT_MAX_WORD_LENGTH,
) -> Iterator[Document | InputError]:
    """Yield a :class:`Document` per article in ``paths``, or an :class:`InputError`.

    ``paths`` are files, folders (read recursively in name order, hidden files and
    unsupported suffixes skipped) or ``"-"`` for ``stdin`` (default ``sys.stdin``).
    ``published`` fills in the date of documents whose metadata has none. A bad file,
    record or date, an empty text or a repeated id is yielded as an error and skipped:
    of two articles with one id the first is kept, and the error names both places.
    An article longer than ``max_document_size`` characters, or holding a run of more
    than ``max_word_length`` characters without whitespace, is an error too (0: no
    limit); articles are never cut short.
    """
    if isinstance(published, datetime):
        published = published.date()
    limits = Limits(max_document_size, max_word_length)
    first_use: dict[str, tuple[str, str]] = {}
    for item in _expand(paths):
        if isinstance(item, InputError):
            yield item
            continue
        if isinstance(item, _Stdin):
            name, results = STDIN_NAME, _read_stdin(stdin, limits)
        else:
            name, results = str(item), _read_file(item, limits)
        try:
            for result, where in results:
                if isinstance(result, InputError):
                    yield result
                    continue
                origin = f"{result.path} {where}" if where else str(result.path)
                fingerprint = _same_article(result)
                if result.id in first_use:
                    other, other_fingerprint = first_use[result.id]
                    same = fingerprint == other_fingerprint
                    message = E.DUPLICATE_DOC if same else E.DUPLICATE_ID
                    problem = message.format(doc_id=result.id, other=other)
                    yield InputError(str(result.path), _at(where, problem))
                    continue
                first_use[result.id] = (origin, fingerprint)
                if result.published is None:
                    result.published = published
                yield result
        except Exception as exc:  # a bug in kg costs the file it met, never the build
            yield InputError(name, E.READ_FAILED.format(kind=type(exc).__name__, msg=exc))

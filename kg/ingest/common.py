"""What every input kind shares: the result types, ids, dates and the one place a
read text becomes a :class:`~kg.model.Document` (limits, cleaning, offsets)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date, datetime
from typing import Any, NamedTuple

from kg.config import DEFAULT_MAX_DOCUMENT_SIZE, DEFAULT_MAX_WORD_LENGTH
from kg.errors import E, InputError
from kg.ingest.clean import _clean, _Line
from kg.model import Document

Result = Document | InputError
Located = tuple[Result, str | None]  # a result and where in its file it came from


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


_LOST = "\ufffd"
_CONTRACTION = re.compile(r"(?<=[^\W\d_])\ufffd(?=(?:t|s|re|ll|ve|d|m)\b)")
_SPACED = re.compile(r"(?<= )\ufffd(?= )")
# a dash between no-break spaces: all three lost, or the first already a space
_SPACED_RUN = re.compile(r"(?<=\S)\ufffd{3}(?=\S)|(?<= )\ufffd{2}(?=\S)")


def _lost_punctuation(text: str) -> str:
    """Put back the punctuation a page lost to U+FFFD when the page shows it lost only that.

    A scraper that decodes a Windows page as UTF-8 turns every curly quote, dash and
    no-break space into U+FFFD: "haven\ufffdt", "election \ufffd and", "of\ufffdthe",
    "\ufffdWe". The glued words then read as one unknown name (the model took "May.\ufffdThe"
    for a place). A page is repaired only when it shows the pattern of lost punctuation
    (a contraction or a spaced dash); a page where U+FFFD stands for a lost letter
    ("S\ufffdnchez") is left as it is. One character for one, so offsets stay exact.
    """
    if _LOST not in text or not any(p.search(text) for p in (_CONTRACTION, _SPACED, _SPACED_RUN)):
        return text
    dashed = _SPACED_RUN.sub(lambda m: " \u2013 "[-len(m[0]) :], _CONTRACTION.sub("\u2019", text))
    chars = list(dashed)
    quoted = False  # a quote this line opened and has not closed
    for i, ch in enumerate(chars):
        if ch == "\n":
            quoted = False
        if ch != _LOST:
            continue
        before = chars[i - 1] if i else "\n"
        after = chars[i + 1] if i + 1 < len(chars) else "\n"
        if before == " " and after == " ":
            chars[i] = "\u2013"
        elif before in " \n([" and after.isalnum():
            chars[i], quoted = "\u201c", True
        elif (before.isalnum() or before in ".,!?") and not after.isalnum():
            chars[i] = "\u201d" if quoted else " "
            quoted = False
        elif before.isalnum() or before in ".,;:!?" or after.isspace():
            chars[i] = " "  # a lost no-break space between two words or at a line's end
    return "".join(chars)


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


class Limits(NamedTuple):
    """How big an article kg reads (0: no limit; see :mod:`kg.config` for why), and
    whether an HTML page that is no article is read all the same."""

    document_size: int = DEFAULT_MAX_DOCUMENT_SIZE  # characters of its text
    word_length: int = DEFAULT_MAX_WORD_LENGTH  # characters without whitespace
    # read an HTML page that is no article (a shop page, a listing) too; see kg.ingest.kind
    keep_non_articles: bool = False


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

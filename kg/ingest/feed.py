"""RSS and Atom feeds: each entry is an article, read through feedparser.

feedparser knows the dozen RSS dialects, Atom, their encodings and their date formats,
which is why the feed gets its bytes, not kg's decoding. kg adds what the rest of the
build needs: an id from the entry's link, the feed's title as the outlet, the text of
the content (else the summary) with its HTML taken off, and the publication date *as
the feed writes it*: feedparser turns "Tue, 01 Dec 2026 22:30:00 -0500" into 2 December
(UTC), but the outlet published it on 1 December, the date its readers saw.
"""

from __future__ import annotations

import email.utils
import html as html_escapes
import io
import re
from collections.abc import Iterator
from datetime import date
from typing import Any
from xml.sax import SAXParseException

from kg.errors import E, InputError
from kg.ingest.clean import _split_lines
from kg.ingest.common import (
    Limits,
    Located,
    _at,
    _build,
    _digest,
    _lost_punctuation,
    _parse_date,
    _slug,
)
from kg.ingest.language import primary
from kg.ingest.url import _FIRST_ELEMENT, _url_id

SUFFIXES = (".rss", ".atom", ".xml")
BINARY = True  # feedparser reads the encoding the feed declares

_TAG = re.compile(r"<[A-Za-z/!]")
_HTML_KINDS = ("text/html", "application/xhtml+xml", "html", "xhtml")


def _entry_date(entry: Any) -> date | None:
    """The entry's publication (else update) date, on the calendar of the feed's own
    time zone; feedparser's UTC reading only where kg cannot read the string itself."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        try:
            return email.utils.parsedate_to_datetime(raw).date()  # RSS: RFC 822
        except (TypeError, ValueError, IndexError):
            pass
        try:
            return _parse_date(raw)  # Atom: RFC 3339
        except ValueError:
            pass
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


def _plain(value: str, kind: str | None = "text/html") -> str:
    """The text of an entry field, one paragraph a line. feedparser hands HTML fields
    as HTML (tags, escapes) and plain ones as they are: only the first are taken off."""
    if kind not in _HTML_KINDS:
        return value.strip()
    if not _TAG.search(value):
        return html_escapes.unescape(value).strip()
    import trafilatura  # imported by the first feed that needs it, not by every build

    page = f"<html><body>{value}</body></html>"
    text = trafilatura.extract(page, favor_recall=True, include_comments=False)
    return (text or trafilatura.html2txt(page)).strip()


def _field(detail: Any, value: str | None = None) -> str:
    """The text of a feedparser field with its ``*_detail`` (type, value)."""
    detail = detail or {}
    kind = detail.get("type") or "text/html"
    return _plain(value if value is not None else detail.get("value") or "", kind)


def _entry_text(entry: Any) -> str:
    """The longest content given, else the summary."""
    contents = sorted(entry.get("content") or [], key=lambda c: -len(c.get("value") or ""))
    body = _field(contents[0]) if contents else ""
    return body or _field(entry.get("summary_detail"), entry.get("summary") or "")


def _entry_id(entry: Any, stem: str, title: str, text: str) -> str:
    """From the link; else the feed's guid; else the entry's words: never its position,
    which changes as the feed moves on."""
    link = entry.get("link") or ""
    if link.lower().startswith(("http://", "https://")):
        return _url_id(link)
    guid = entry.get("id") or ""
    if guid.lower().startswith(("http://", "https://")):
        return _url_id(guid)
    if _slug(guid):
        return f"{stem}-{_slug(guid)}"
    return f"{stem}-{_digest(title + chr(10) + text)}"


def read_feed(
    data: bytes,
    path: str,
    stem: str,
    limits: Limits,
    *,
    content_type: str | None = None,
) -> Iterator[Located]:
    """Each entry of the feed in ``data`` as an article, in the feed's order."""
    headers = {"content-type": content_type} if content_type else {}
    import feedparser  # imported by a build that reads a feed, not by every build

    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    problem = parsed.get("bozo_exception")
    entries = parsed.entries
    broken = None
    if isinstance(problem, SAXParseException):
        broken = {
            "msg": problem.getMessage(),
            "line": problem.getLineNumber(),
            "column": problem.getColumnNumber(),
        }
    if not entries:
        if broken:
            yield InputError(path, E.BAD_FEED.format(**broken)), None
        elif parsed.version:
            yield InputError(path, E.EMPTY_FEED), None
        else:
            root = _FIRST_ELEMENT.search(data[:4096])
            found = "no XML element in it"
            if root:
                found = f"its first element is <{root.group(1).decode('ascii', 'replace')}>"
            yield InputError(path, E.NOT_A_FEED.format(found=found)), None
        return
    if broken:  # the lenient parser got this far
        yield InputError(path, E.BAD_FEED_KEPT.format(count=len(entries), **broken)), None
    channel = parsed.feed
    outlet = (channel.get("title") or "").strip() or None
    for number, entry in enumerate(entries, 1):
        where = f"entry {number}"
        title = _field(entry.get("title_detail"), entry.get("title") or "") or None
        text = _lost_punctuation(_entry_text(entry))
        if not text:
            yield InputError(path, _at(where, E.NO_ENTRY_TEXT)), where
            continue
        link = entry.get("link") or None
        result = _build(
            _entry_id(entry, stem, title or "", text),
            text,
            _split_lines(text),
            path=path,
            limits=limits,
            where=where,
            title=title,
            outlet=outlet,
            url=link,
            published=_entry_date(entry),
        )
        if not isinstance(result, InputError):
            detail = (entry.get("content") or [{}])[0]
            result.language = next(
                filter(None, map(primary, (detail.get("language"), channel.get("language")))), None
            )
        yield result, where


def read(source: bytes, path: str, stem: str, limits: Limits) -> Iterator[Located]:
    """The reader interface (see :mod:`kg.ingest`), for a binary kind: a feed's bytes."""
    yield from read_feed(source, path, stem, limits)

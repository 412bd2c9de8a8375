"""Web archives (WARC, as Common Crawl's CC-NEWS ships them): each HTML page is an article.

warcio reads the records, plain or gzipped one record per member. Only ``response``
records of a page (HTTP 200, an HTML content type) are articles; requests, metadata,
redirects, 404s, images and scripts are what a crawl records besides and are passed
over. A page's address is the record's WARC-Target-URI, its date the page's own when
it has one, else the capture date (WARC-Date) -- a news page is seldom crawled long
after it appeared, and an undated article merges badly.

A damaged record (cut short, a broken gzip member, a bad header) costs that record:
the error names its byte offset, and reading goes on from the next record start, so
one bad block in a 1 GB crawl does not lose the rest.
"""

from __future__ import annotations

import contextlib
import io
import zlib
from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from kg.errors import E, InputError
from kg.ingest.common import Limits, Located, _at, _clip, _parse_date
from kg.ingest.url import _HTML_TYPES, _decode_body, _media_type, _page, _url_id

SUFFIXES = (".warc", ".warc.gz")
BINARY = True  # records hold bytes in the pages' own encodings

_GZIP_MEMBER = b"\x1f\x8b\x08"
_RECORD_START = b"\nWARC/1."


def _resume(data: bytes, after: int) -> int:
    """Where the next record may start after a damaged one at ``after`` (len: none)."""
    if data.startswith(_GZIP_MEMBER):
        found = data.find(_GZIP_MEMBER, after + 1)
    else:
        found = data.find(_RECORD_START, after + 1)
        found = found + 1 if found >= 0 else found
    return found if found >= 0 else len(data)


def _message(exc: Exception) -> str:
    """warcio's reason, without the raw bytes it quotes from the damaged record; a
    Python error from deep inside warcio says nothing to a user, so it is named."""
    if not isinstance(exc, (ArchiveLoadFailed, zlib.error, EOFError, ValueError)):
        return "a damaged or cut-short record header"
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    message = lines[0].split(", first line:")[0] if lines else ""
    return _clip(message.strip(" :"), 100) or type(exc).__name__


def _where(offset: int) -> str:
    return f"record at byte {offset:,}"


def _next_page(records: ArchiveIterator) -> tuple[int, tuple[str, str, str], bytes, int] | None:
    """The archive's next HTML page: ``(offset, (uri, date, content type), body, bytes
    missing)``; None at the end. Raises what warcio raises on a damaged record."""
    # warcio prints its own warnings about odd record ends: kg reports in its own
    # messages, so they are kept off the build's stderr.
    with contextlib.redirect_stderr(io.StringIO()):
        for record in records:
            # What warcio makes of a header cut short: a record with no type or length.
            if record.rec_type is None or not record.rec_headers.get_header("Content-Length"):
                raise ValueError("its header is cut short")
            page = _response_page(record)
            if page is None:
                continue
            offset = records.offset  # where this record starts, until it is read
            body = record.content_stream().read()
            return offset, page, body, getattr(record.raw_stream, "limit", 0)
    return None


def _pages(data: bytes, path: str, stem: str, limits: Limits) -> Iterator[Located]:
    """Every HTML page of the archive, or the error of a damaged record."""
    position = 0
    while position < len(data):
        stream = io.BytesIO(data)
        stream.seek(position)
        records = ArchiveIterator(stream)
        while True:
            try:
                found = _next_page(records)
            except Exception as exc:  # warcio's errors on bad input are of many kinds
                # records.offset is where the record being read or parsed starts.
                failed = max(records.offset, position)
                where = _where(failed)
                yield InputError(path, _at(where, E.BAD_WARC.format(msg=_message(exc)))), where
                position = _resume(data, failed)
                break
            if found is None:
                end = max(records.offset, position)
                if data[end:].strip():  # warcio takes a header cut short for the end
                    where = _where(end)
                    yield InputError(path, _at(where, E.WARC_CUT.format(missing="some"))), where
                return
            offset, page, body, missing = found
            if missing > 0:  # the archive ends inside this record
                where = _where(offset)
                problem = E.WARC_CUT.format(missing=f"{missing:,}")
                yield InputError(path, _at(where, problem)), where
                continue
            yield from _article(body, *page, path, stem, offset, limits)


def _response_page(record: object) -> tuple[str, str, str] | None:
    """``(target URI, WARC-Date, content type)`` of an HTML 200 response record."""
    if getattr(record, "rec_type", None) != "response":
        return None
    headers = record.http_headers  # type: ignore[attr-defined]
    if headers is None or headers.get_statuscode() != "200":
        return None
    content_type = headers.get_header("Content-Type") or ""
    if _media_type(content_type) not in _HTML_TYPES:
        return None
    warc = record.rec_headers  # type: ignore[attr-defined]
    uri = (warc.get_header("WARC-Target-URI") or "").strip().strip("<>")
    return uri, warc.get_header("WARC-Date") or "", content_type


def _article(
    body: bytes,
    uri: str,
    date_header: str,
    content_type: str,
    path: str,
    stem: str,
    offset: int,
    limits: Limits,
) -> Iterator[Located]:
    where = _where(offset)
    text, problem = _decode_body(body, content_type)
    if text is None:
        yield InputError(path, _at(where, problem or E.BINARY.format(why="undecodable"))), where
        return
    try:
        captured = _parse_date(date_header)
    except ValueError:
        captured = None
    doc_id = _url_id(uri) if uri else f"{stem}-{offset}"
    result = _page(text, path, doc_id, limits, url=uri or None, published=captured)
    if isinstance(result, InputError):
        result = type(result)(path, _at(f"{where} ({uri})", result.problem))  # a KeptOut stays one
    yield result, where


def _is_warc(data: bytes) -> bool:
    """Whether ``data`` starts as a WARC file does, plain or gzipped."""
    head = data[:4096]
    if head.startswith(_GZIP_MEMBER):
        try:
            head = zlib.decompressobj(31).decompress(head, 64)
        except zlib.error:
            return False
    return head.lstrip().startswith(b"WARC/")


def read(source: bytes, path: str, stem: str, limits: Limits) -> Iterator[Located]:
    """The reader interface (see :mod:`kg.ingest`), for a binary kind: the archive's
    bytes. An archive without a single HTML page is an error, not silence."""
    if not _is_warc(source):
        yield InputError(path, E.NOT_WARC), None
        return
    found = False
    for located in _pages(source, path, stem, limits):
        found = True
        yield located
    if not found:
        yield InputError(path, E.EMPTY_WARC), None

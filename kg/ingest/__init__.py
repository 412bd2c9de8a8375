"""Ingest: turn files, folders or stdin into clean :class:`~kg.model.Document` records.

This is the first pipeline stage; one module per input kind (``text``, ``records``,
``html``, ``feed``, ``warc``, ``url``), the byte decoding (``decode``) and the noise
cleaning (``clean``) beside them.
It has two jobs:

* **Reading** many input shapes (.txt, .md, .html/.htm, .json, .jsonl, RSS/Atom feeds,
  WARC web archives, http(s) addresses and ``.urls`` lists of them, stdin) in many
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

import errno
import hashlib
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol, TextIO

from kg.config import DEFAULT_MAX_DOCUMENT_SIZE, DEFAULT_MAX_WORD_LENGTH
from kg.errors import E, InputError, KeptOut
from kg.ingest import feed, html, plain, records, url, warc
from kg.ingest.clean import MAX_HEADLINE_WORDS, Segment, _normalise_newlines, clean_text
from kg.ingest.common import Limits, Located, Result, _at, _digest, _slug
from kg.ingest.decode import _decode
from kg.ingest.spam import spam
from kg.model import Document

__all__ = [
    "MAX_HEADLINE_WORDS",
    "STDIN_NAME",
    "SUFFIXES",
    "Limits",
    "Located",
    "Result",
    "Segment",
    "clean_text",
    "read_documents",
]


class Reader(Protocol):
    """One input kind: a module with ``SUFFIXES`` and ``read``, as rdflib keeps one parser
    per format. ``read`` gets the decoded text of one file, the file's name, the id stem
    its articles are named from and the size limits, and yields each article (or the
    error that stands for it) with where in the file it came from.

    A kind whose module sets ``BINARY = True`` (feeds, web archives) gets the file's
    bytes instead of kg's decoding of them: its library reads the encodings the format
    declares inside, record by record. A suffix may have two parts (``.warc.gz``)."""

    SUFFIXES: tuple[str, ...]

    def read(self, source: str, path: str, stem: str, limits: Limits) -> Iterator[Located]: ...


KINDS: tuple[Reader, ...] = (plain, html, records, feed, warc, url)
READERS: dict[str, Reader] = {suffix: kind for kind in KINDS for suffix in kind.SUFFIXES}
SUFFIXES = tuple(READERS)
_LONG_SUFFIXES = tuple(sorted((s for s in SUFFIXES if s.count(".") > 1), key=len, reverse=True))


def _suffix(path: Path) -> str:
    """The suffix that names a file's kind: ``.warc.gz`` for ``crawl.warc.gz``."""
    name = path.name.lower()
    return next((long for long in _LONG_SUFFIXES if name.endswith(long)), path.suffix.lower())


STDIN_NAME = "<stdin>"
# Reads files elsewhere: every file to read with its subfolder (see _read_file), in order,
# and the size limits -> each file's articles, in the same order (see read_documents).
FileReader = Callable[[Sequence[tuple[Path, str]], Limits], Iterable[list[Located]]]

# ----------------------------------------------------------------------- inputs


class _Stdin:
    """Marker for the ``-`` path."""


_STDIN = _Stdin()


def _read_file(
    path: Path, limits: Limits, where: Path | None = None, folder: str = ""
) -> Iterator[Located]:
    """The articles of one file. ``where`` is the place to read the bytes from when it is
    not ``path`` itself (a cluster worker reads the absolute path of a file the user
    named relative to the client's folder); names and ids come from ``path``.

    ``folder`` is the file's subfolder inside a folder the user gave ("business" for
    ``bbc/business/001.txt`` when ``bbc`` was given): it leads the id, so collections that
    number their files afresh in every section keep one article per file."""
    name = str(path)
    try:
        data = (where or path).read_bytes()
    except OSError as exc:
        yield InputError(name, E.UNREADABLE.format(msg=exc.strerror or exc)), None
        return
    if not data:
        yield InputError(name, E.EMPTY_FILE), None
        return
    suffix = _suffix(path)
    reader = READERS[suffix]
    if getattr(reader, "BINARY", False):
        stem = _stem(folder, path.name[: -len(suffix)]) or (
            f"doc-{hashlib.sha1(data).hexdigest()[:12]}"
        )
        yield from reader.read(data, name, stem, limits)  # type: ignore[arg-type]
        return
    text, problem = _decode(data)
    if text is None:
        yield InputError(name, problem or E.BINARY.format(why="undecodable")), None
        return
    stem = _stem(folder, path.stem) or f"doc-{_digest(text)}"
    yield from reader.read(text, name, stem, limits)


def _stem(folder: str, name: str) -> str:
    """The id stem of a file: its name, led by its subfolder inside the given folder."""
    stem = _slug(name)
    lead = "-".join(filter(None, (_slug(part) for part in folder.split("/"))))
    return f"{lead}-{stem}" if lead and stem else stem  # "!!!/001.txt": "001", not "-001"


def read_file(
    path: Path, limits: Limits, where: Path | None = None, folder: str = ""
) -> list[Located]:
    """All the articles of one file at once, to send back from the worker that read it."""
    return list(_read_file(path, limits, where, folder))


def _stdin_record_id(_number: int, record: Any) -> str:
    text = records._text_field(record) if isinstance(record, dict) else None
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
        if isinstance(first, dict) and records._text_field(first) is not None:
            single = _stdin_record_id(1, data)
            yield from records._json_records(data, STDIN_NAME, _stdin_record_id, single, limits)
            return
        first_line = stripped.split("\n", 1)[0]
        try:
            record = json.loads(first_line)
        except (ValueError, RecursionError):
            record = None
        if isinstance(record, dict) and records._text_field(record) is not None:
            yield from records._jsonl_records(text, STDIN_NAME, _stdin_record_id, limits)
            return
    yield plain._from_plain(text, STDIN_NAME, f"stdin-{_digest(text)}", limits), None


PROJECT_DOCS = ("readme", "license", "licence", "changelog", "contributing", "notice")


def _is_project_doc(name: str) -> bool:
    """README.md, LICENSE.txt…: a folder's own documentation, not an article.

    Skipped only while walking a folder; naming such a file explicitly still reads it.
    So is an ``.xml`` file that is no feed (:func:`_other_xml`).
    """
    return name.lower().split(".")[0] in PROJECT_DOCS


_FEED_ROOT = re.compile(rb"<(?:[\w-]+:)?(?:rss|feed|RDF)\b")


def _other_xml(path: Path) -> bool:
    """An ``.xml`` file that is no feed (a sitemap, a config): in a scraped site's folder it
    is not an article, so a walk passes it by, as it does a README. Named on its own, it
    still reaches the feed reader, which says what it is."""
    if _suffix(path) != ".xml":
        return False
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        return False  # reading it again will report what is wrong
    return _FEED_ROOT.search(head) is None


def _broken_link(path: Path) -> InputError | None:
    """The error for a symbolic link that leads nowhere (dangling, or a loop), or None
    when ``path`` is no link or its target can be opened. Such a link is not skipped
    silently: the article it stood for would be missing from the build unannounced."""
    if not path.is_symlink():
        return None
    try:
        os.stat(path)
    except FileNotFoundError:
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        return InputError(str(path), E.DANGLING.format(target=repr(target)))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return InputError(str(path), E.LINK_LOOP)
        return InputError(str(path), E.BAD_ENTRY.format(msg=exc.strerror or exc))
    return None


def _walk(
    folder: Path,
    seen_files: set[str],
    seen_dirs: set[str],
    folders: dict[Path, str],
    inside: str = "",
) -> Iterator[Path | InputError]:
    """Supported, non-hidden files under ``folder``, recursively, in name order; an entry
    that cannot be looked at (a dangling symbolic link, a link loop) as an error. A file
    found in a subfolder has that subfolder (``inside``, "a/b") noted in ``folders``."""
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
        except OSError as exc:
            yield _broken_link(path) or InputError(
                str(path), E.BAD_ENTRY.format(msg=exc.strerror or exc)
            )
            continue
        if is_dir:
            real = os.path.realpath(path)
            if real not in seen_dirs:  # a symlink loop is walked once
                seen_dirs.add(real)
                below = f"{inside}/{entry.name}" if inside else entry.name
                yield from _walk(path, seen_files, seen_dirs, folders, below)
        elif is_file:
            if _suffix(path) in SUFFIXES and not _other_xml(path):
                real = os.path.realpath(path)
                if real not in seen_files:
                    seen_files.add(real)
                    if inside:
                        folders[path] = inside
                    yield path
        elif entry.is_symlink():
            broken = _broken_link(path)
            if broken is not None:
                yield broken


class _Url(str):
    """An ``http(s)://`` address given in place of a path: fetched, not opened."""


def _expand(
    paths: Sequence[str | Path], folders: dict[Path, str]
) -> Iterator[Path | _Stdin | _Url | InputError]:
    """Files to read, in order; a file named twice (or also found in a folder) once.
    ``folders`` receives the subfolder of each file found below a given folder."""
    seen_files: set[str] = set()
    seen_dirs: set[str] = set()
    for given in paths:
        if str(given) == "-":
            yield _STDIN
            continue
        if isinstance(given, str) and url.is_url(given):
            if given.strip() not in seen_files:
                seen_files.add(given.strip())
                yield _Url(given.strip())
            continue
        path = Path(given)
        if path.is_dir():
            seen_dirs.add(os.path.realpath(path))
            yield from _walk(path, seen_files, seen_dirs, folders)
        elif path.exists():
            if _suffix(path) not in SUFFIXES:
                yield InputError(str(path), E.UNSUPPORTED.format(suffix=path.suffix))
                continue
            real = os.path.realpath(path)
            if real not in seen_files:
                seen_files.add(real)
                yield path
        else:
            yield _broken_link(path) or InputError(str(path), E.NO_SUCH_PATH)


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
    keep_non_articles: bool = False,
    read_files: FileReader | None = None,
) -> Iterator[Document | InputError]:
    """Yield a :class:`Document` per article in ``paths``, or an :class:`InputError`.

    ``paths`` are files, folders (read recursively in name order, hidden files and
    unsupported suffixes skipped), ``http(s)://`` addresses (fetched, see
    :mod:`kg.ingest.url`) or ``"-"`` for ``stdin`` (default ``sys.stdin``).
    ``published`` fills in the date of documents whose metadata has none. A bad file,
    record or date, an empty text, a spam page (:mod:`kg.ingest.spam`) or a repeated id
    is yielded as an error and skipped:
    of two articles with one id the first is kept, and the error names both places.
    An article longer than ``max_document_size`` characters, or holding a run of more
    than ``max_word_length`` characters without whitespace, is an error too (0: no
    limit); articles are never cut short. An HTML page that is no article (a shop page,
    a forum thread, a listing: :mod:`kg.ingest.kind`) is an error too, unless
    ``keep_non_articles``; plain text and JSON records are never judged so.

    ``read_files`` reads the files elsewhere (a cluster's workers, :mod:`kg.cluster`):
    given every file in order, it yields each one's articles in the same order. Only the
    reading moves; the checks across files (a repeated id) stay here, so the documents
    are those a local read gives.
    """
    if isinstance(published, datetime):
        published = published.date()
    limits = Limits(max_document_size, max_word_length, keep_non_articles)
    first_use: dict[str, tuple[str, str]] = {}
    folders: dict[Path, str] = {}
    items: Iterable[Path | _Stdin | _Url | InputError] = _expand(paths, folders)
    remote: Iterator[list[Located]] | None = None
    if read_files is not None:
        items = list(items)
        files = [(i, folders.get(i, "")) for i in items if isinstance(i, Path)]
        remote = iter(read_files(files, limits))
    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        if isinstance(item, _Stdin):
            name, results = STDIN_NAME, _read_stdin(stdin, limits)
        elif isinstance(item, _Url):
            name, results = str(item), url.read_url(item, limits)
        else:
            name = str(item)
            folder = folders.get(item, "")
            results = (
                iter(next(remote)) if remote is not None else _read_file(item, limits, None, folder)
            )
        try:
            for result, where in results:
                if isinstance(result, InputError):
                    yield result
                    continue
                junk = spam(result.text)
                if junk is not None:  # every stuffed sentence would read as an event
                    yield KeptOut(str(result.path), _at(where, E.SPAM.format(why=junk)))
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

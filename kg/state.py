"""The build's memory: what each article yielded, so an update need not parse it again.

``kg build`` stores, beside its outputs, every document's extraction result *before*
resolution and linking (``OUTPUT/.kg/state.jsonl.gz``: a header line, then one JSON
line per document). ``kg build --update`` reads it back, parses only the articles that
are new or whose text or metadata changed, and runs resolution, linking and export over
the whole set again; those stages are cheap next to the parse, and running them over
everything is what makes an update equal a full rebuild.

JSON rather than pickle, so that opening someone else's output folder never runs code,
and the file says what it holds.
"""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import io
import json
import os
import pickle
import sys
import tempfile
import types
import typing
import zlib
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from functools import cache
from pathlib import Path

from . import __version__
from .errors import E, KgError, shown
from .model import (
    Actor,
    ActorMention,
    Copy,
    DocResult,
    Document,
    Evidence,
    Relation,
    Statement,
)

STATE_DIR = ".kg"
STATE_FILE = "state.jsonl.gz"
FORMAT = 1  # bump when the layout of a line changes


# Values :func:`encode` returns as they are: most of a result's leaves (ids, names,
# offsets). Asked first, by exact type, they skip the four tests a tree's nodes need.
_LEAVES = frozenset({str, int, float, bool, type(None)})


def encode(obj):
    """Plain JSON values for a tree of model dataclasses; fields at their default are
    left out, which halves the file. A leaf (:data:`_LEAVES`) is kept without a call:
    the stored line is made for every article, and the recursion into each id, name
    and offset was half its encoding (0.067 -> 0.037 CPU s on 120 BBC politics
    results, the same JSON)."""
    kind = type(obj)
    if kind in _LEAVES:
        return obj
    spec = _fields(kind)
    if spec is not None:
        out = {}
        for name, default, made in spec:
            value = getattr(obj, name)
            if default is not dataclasses.MISSING and value == default:
                continue
            if made and not value:
                continue
            out[name] = value if type(value) in _LEAVES else encode(value)
        return out
    if isinstance(obj, list | tuple | set | frozenset):
        items = [v if type(v) in _LEAVES else encode(v) for v in obj]
        return sorted(items, key=json.dumps) if isinstance(obj, set | frozenset) else items
    if isinstance(obj, dict):
        return {str(k): encode(v) for k, v in obj.items()}
    if isinstance(obj, date):
        return obj.isoformat()
    return obj


@cache
def _fields(kind: type) -> tuple[tuple[str, object, bool], ...] | None:
    """A dataclass's fields as :func:`encode` reads them (name, default, whether a
    factory makes it), once per class: asked of every object of every stored line,
    ``dataclasses.fields`` was half the time of writing the state. None for a value
    that is no dataclass."""
    if not dataclasses.is_dataclass(kind):
        return None
    return tuple(
        (f.name, f.default, f.default_factory is not dataclasses.MISSING)
        for f in dataclasses.fields(kind)
    )


def decode(kind, value):
    """The inverse of :func:`encode`, driven by the dataclasses' type hints; its short
    strings come out shared and its equal spans one instance, as :func:`shared` makes
    them."""
    return _decoder(kind)(value, {})


def _same(value, spans):
    return value


class Damaged(ValueError):
    """A stored value that is not of the type its field holds."""


def _plain(kinds: tuple[type, ...], name: str) -> typing.Callable:
    """A decoder that keeps a JSON scalar of one of ``kinds`` as it is (``bool`` is not
    taken for a number, though Python makes it one)."""

    def check(value, spans):
        if type(value) not in kinds:
            raise Damaged(f"{type(value).__name__} where {name} belongs")
        return value

    return check


def _word(value, spans):
    """A string, interned when short (see :func:`shared`): done while decoding, a
    second walk over the decoded result cost more than the decode itself."""
    if type(value) is not str:
        raise Damaged(f"{type(value).__name__} where a str belongs")
    return sys.intern(value) if len(value) <= SHARED_LENGTH else value


_SCALARS = {int: (int,), float: (float, int), bool: (bool,)}


@cache
def _decoder(kind) -> typing.Callable:
    """A function ``(value, spans)`` that rebuilds values of type ``kind``, made once
    per type: reading a 20k-article state calls it millions of times. ``spans`` holds
    the frozen values already decoded in this result (an equal one is handed back, not
    made again). A value of the wrong type (a damaged or hand-edited state) raises
    :class:`Damaged` instead of giving a wrong result."""
    origin = typing.get_origin(kind)
    if origin is types.UnionType or origin is typing.Union:
        inner = _decoder(next(a for a in typing.get_args(kind) if a is not type(None)))
        return lambda v, spans: None if v is None else inner(v, spans)
    if dataclasses.is_dataclass(kind):
        return _record(kind)
    if origin in (list, set, tuple):
        args = [a for a in typing.get_args(kind) if a is not Ellipsis]
        item = _decoder(args[0]) if len(set(args)) == 1 else _same
        build = {list: None, set: set, tuple: tuple}[origin]

        def items(v, spans):
            if type(v) is not list:
                raise Damaged(f"{type(v).__name__} where a list belongs")
            out = [item(x, spans) for x in v]
            return out if build is None else build(out)

        return items
    if origin is dict:
        return _plain((dict,), "an object")
    if kind is date:
        check = _plain((str,), "a date")
        return lambda v, spans: date.fromisoformat(check(v, spans))
    if kind is str:
        return _word
    if kind in _SCALARS:
        return _plain(_SCALARS[kind], f"a {kind.__name__}")
    return _same


def _record(kind: type) -> typing.Callable:
    """The decoder of a dataclass. A frozen one (a span, a position, a copy) equal to
    one already read in the same result is that instance: a quarter of an article's
    spans are read twice (see :func:`shared`), and the stored object's keys and values
    find it before any of its fields is decoded. A number stored as ``1.0`` or ``true``
    equals ``1`` and so may find the instance read from ``1``: what comes back is still
    of its field's type, never the damaged value."""
    fields = {k: _decoder(t) for k, t in typing.get_type_hints(kind).items()}

    def record(v, spans):
        if type(v) is not dict:
            raise Damaged(f"{type(v).__name__} where a {kind.__name__} belongs")
        try:
            return kind(**{k: fields[k](x, spans) for k, x in v.items()})
        except KeyError as exc:
            raise Damaged(f"{kind.__name__} has no field {exc}") from None
        except TypeError as exc:  # a required field missing
            raise Damaged(f"{kind.__name__}: {exc}") from None

    if not kind.__dataclass_params__.frozen:
        return record

    def frozen(v, spans):
        try:
            key = (kind, *v.items())
            return spans[key]
        except KeyError:
            made = spans[key] = record(v, spans)
            return made
        except (TypeError, AttributeError):  # not an object, or a value unhashable
            return record(v, spans)

    return frozen


SHARED_LENGTH = 80  # strings up to this long are names, ids, kinds: shared, not copied


def shared(result: DocResult) -> DocResult:
    """``result`` with its short strings interned, so that the many copies of one
    document id, one name, one kind or one role are one string, and its equal spans
    one :class:`Evidence`.

    A result comes to the main process unpickled from a worker with a copy of the
    string at each place it occurs (a document's id is in every piece of evidence;
    :func:`decode` shares what it reads in the same pass, as this does); held for
    every article until the build is written, the copies were a third of the results'
    memory. A span is often read twice (an event's
    trigger is among its mentions, a participant's evidence is an actor's mention): a
    quarter of an article's spans equal another, and an :class:`Evidence` is frozen,
    so one instance serves all the places. Frozen dataclasses are set through
    ``object.__setattr__``: the value stays equal, so their hashes do not change."""
    _share(result, {})
    return result


def _share(obj, spans: dict[Evidence, Evidence]) -> None:
    intern, limit = sys.intern, SHARED_LENGTH
    for name in _slots(type(obj)):
        value = getattr(obj, name)
        if type(value) is str:
            if len(value) <= limit:
                object.__setattr__(obj, name, intern(value))
        elif type(value) is list:
            for i, item in enumerate(value):
                if type(item) is str:
                    if len(item) <= limit:
                        value[i] = intern(item)
                elif type(item) is Evidence:
                    value[i] = _span(item, spans)
                elif dataclasses.is_dataclass(item):
                    _share(item, spans)
        elif type(value) is Evidence:
            object.__setattr__(obj, name, _span(value, spans))
        elif value is not None and dataclasses.is_dataclass(value):
            _share(value, spans)


def _span(evidence: Evidence, spans: dict[Evidence, Evidence]) -> Evidence:
    """The one instance of this span in the result, its strings interned."""
    seen = spans.get(evidence)
    if seen is None:
        _share(evidence, spans)
        seen = spans[evidence] = evidence
    return seen


@cache
def _slots(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(kind))


def fingerprint(doc: Document) -> str:
    """What decides whether an article must be parsed again: its text and metadata
    (not where the file lies, which the graph does not say, nor which other outlets'
    copies of its text were folded into it, which change nothing the parse reads, nor
    the genre the extraction read from the text)."""
    data = encode(dataclasses.replace(doc, path=None, copies=[], genre=None))
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode("utf-8")).hexdigest()[:32]


def line(result: DocResult) -> bytes:
    """One document's stored line: ``[id, fingerprint]``, a tab, then the result as the
    extractors returned it (JSON escapes tabs, so the first one splits the line). The
    file's path is left out: the same article read from elsewhere is the same line.
    Kept zlib-compressed in memory (a 20k-article build holds every line until it is
    written)."""
    key = json.dumps([result.doc.id, fingerprint(result.doc)], ensure_ascii=False)
    stored = dataclasses.replace(result, doc=dataclasses.replace(result.doc, path=None))
    text = key + "\t" + json.dumps(encode(stored), ensure_ascii=False, sort_keys=True)
    return zlib.compress(text.encode("utf-8"), 1)


def _text(line: bytes) -> str:
    return zlib.decompress(line).decode("utf-8")


@cache
def code_digest() -> str:
    """A digest of kg's own code and word tables (every ``.py`` and ``.tsv`` file of the
    package). Between releases the version stays the same while the extractors change
    (a new junk rule, a sentence start at line breaks): an update must not join results
    stored by other code to results made now, so the state names the code that made it."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.suffix in {".py", ".tsv"} and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def header(model: str, settings: dict[str, object]) -> dict[str, object]:
    """What the stored results depend on: the state layout, kg's version and code, the
    model, and the build's settings (which an update reuses unless told otherwise)."""
    return {
        "kg_state": FORMAT,
        "kg": __version__,
        "code": code_digest(),
        "model": model,
        "settings": settings,
    }


def write(path: Path, head: dict[str, object], lines: Iterable[bytes]) -> None:
    """Write the state (gzip with a fixed timestamp, so rebuilds give the same bytes)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with (
        open(path, "wb") as raw,
        gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=1, mtime=0, filename="") as out,
    ):
        out.write((json.dumps(head, sort_keys=True) + "\n").encode("utf-8"))
        for compressed in lines:
            out.write(zlib.decompress(compressed) + b"\n")


class Spill(Mapping[str, bytes]):
    """Stored lines by document id, kept in a temporary file rather than in memory
    until the state is written: a line is a few kilobytes compressed, 70 MB for 20k
    articles and gigabytes for a million, held through resolve, link and export only
    to be written last. Only where each line starts stays in memory (an id's place in
    two arrays). The file has no name (:func:`tempfile.TemporaryFile`), so it goes with
    the process, however the build ends.

    A build's main process holds its results here too (:meth:`hold`), not as objects:
    a line is the whole result, so the result is read back (:meth:`results`) when
    resolve needs it, and the memory of the parse's wait stays that of the places,
    whatever the archive's size (an object held was some 24 KB an article)."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 - as long as the Spill
        self._place: dict[str, int] = {}
        self._start = array("q")
        self._size = array("q")
        # each line's article date as a day number (0: none; -1: not told, a line set
        # without its result), beside its place: what a sweep over publication time
        # orders the lines by (:meth:`windows`), without reading a line back to learn it
        self._day = array("i")
        self._paths: dict[str, str] = {}  # the file each held result was read from

    def hold(
        self, result: DocResult, line: bytes, day: date | None | typing.Literal[False] = False
    ) -> None:
        """Keep ``result`` as its stored ``line`` alone, and the two things of it the
        line leaves out: its file's path (warnings name the file) and ``day``, the
        date its article is known by (:func:`kg.link.article_dates`, which may read
        the dateline in its text: known here, while the text is in hand), None for
        none; False when not told (then resolve reads it)."""
        self[result.doc.id] = line
        told = -1 if day is False else day.toordinal() if day else 0
        self._day[self._place[result.doc.id]] = told
        if result.doc.path is not None:
            self._paths[result.doc.id] = result.doc.path
        else:
            self._paths.pop(result.doc.id, None)

    def dated(self, doc_id: str) -> tuple[bool, date | None]:
        """Whether :meth:`hold` was told the date of ``doc_id``'s article, and that
        date: resolve reads it here rather than read the dateline once more."""
        day = self._day[self._place[doc_id]]
        return day >= 0, date.fromordinal(day) if day > 0 else None

    def windows(self, days: int) -> Iterator[tuple[date | None, list[str]]]:
        """The held ids in publication order, cut into windows of ``days`` days: each
        window's first day and its ids (by date, then by id), the undated ones first,
        as one window of day None (they meet every window). Only the places' days are
        read, so the lines can be read back (:meth:`results`) a window at a time."""
        by_day = sorted((d, i) for i, p in self._place.items() if (d := self._day[p]) > 0)
        undated = sorted(i for i, p in self._place.items() if self._day[p] <= 0)
        if undated:
            yield None, undated
        k = 0
        while k < len(by_day):
            first = by_day[k][0]
            end = k
            while end < len(by_day) and by_day[end][0] < first + days:
                end += 1
            yield date.fromordinal(first), [doc_id for _, doc_id in by_day[k:end]]
            k = end

    def results(self, ids: Iterable[str]) -> Iterator[DocResult]:
        """The held results of ``ids``, read back one at a time as they were given
        (their path put back), so a caller that lets each go holds one."""
        for doc_id in ids:
            result = _read_back(self[doc_id], doc_id, None)
            result.doc.path = self._paths.get(doc_id)
            yield result

    def mentions(self, ids: Iterable[str]) -> Iterator[list[ActorMention]]:
        """The actor mentions alone of the held results of ``ids``, one article's at a
        time: what resolve's table of names reads (:class:`kg.resolve.Names`), without
        making the rest of each result."""
        for doc_id in ids:
            yield _read_back(self[doc_id], doc_id, None, _MENTIONS)

    def __setitem__(self, doc_id: str, line: bytes) -> None:
        self._file.seek(0, io.SEEK_END)
        place = self._place.setdefault(doc_id, len(self._start))
        if place == len(self._start):
            self._start.append(0)
            self._size.append(0)
            self._day.append(-1)
        self._day[place] = -1  # a line set again is its date untold until hold tells it
        self._start[place] = self._file.tell()
        self._size[place] = len(line)
        self._file.write(line)

    def __getitem__(self, doc_id: str) -> bytes:
        place = self._place[doc_id]
        self._file.seek(self._start[place])
        return self._file.read(self._size[place])

    def __iter__(self) -> Iterator[str]:
        return iter(self._place)

    def __len__(self) -> int:
        return len(self._place)

    def close(self) -> None:
        self._file.close()


class _OnDisk(Sequence):
    """What :class:`Statements` and :class:`Relations` share: a sequence whose items
    wait in a temporary file, compared with a list item by item, closed with its file."""

    _file: typing.IO[bytes]
    _what = "item"

    def _position(self, index: int) -> int:
        """``index`` as a position in the sequence, counted from the end when negative."""
        n = len(self)
        i = index + n if index < 0 else index
        if not 0 <= i < n:
            raise IndexError(f"{self._what} index out of range")
        return i

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (list, type(self))):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment] - mutable, as a list

    def close(self) -> None:
        self._file.close()


class Statements(_OnDisk, Sequence[Statement]):
    """A build's statements in a temporary file, an article's at a time, read back as
    they are iterated: a build held every article's statements (some 10 KB an
    article) from resolve to the end of its export, though linking never reads them
    and each export reads them once in order. What stays in memory is where each
    article's lie (two numbers) and how many it has.

    A sequence: ``len``, iteration in the order given, and an index (which reads back
    its article's alone). Reads are positional (:func:`os.pread`), so a forked
    process (:class:`kg.workers.Aside`) reads the same file beside its parent without
    moving its offset. The file is pickles this process wrote, never one from outside.
    """

    _what = "statement"

    def __init__(self, statements: Iterable[Statement] = ()) -> None:
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 - as long as the object
        self._start = array("q")
        self._size = array("q")
        self._ends = array("q")  # statements up to and including each article's
        self._end = 0  # where the next article's are written
        if some := list(statements):
            self.add(some)

    def add(self, statements: list[Statement]) -> None:
        """Write one article's ``statements`` at the end (the caller lets them go)."""
        if not statements:
            return
        data = pickle.dumps(statements, pickle.HIGHEST_PROTOCOL)
        os.pwrite(self._file.fileno(), data, self._end)
        self._start.append(self._end)
        self._size.append(len(data))
        self._end += len(data)
        self._ends.append(len(self) + len(statements))

    def articles(self) -> Iterator[list[Statement]]:
        """Each article's statements, read anew, in the order added."""
        fd = self._file.fileno()
        for start, size in zip(self._start, self._size, strict=True):
            yield pickle.loads(os.pread(fd, size, start))

    def __iter__(self) -> Iterator[Statement]:
        for some in self.articles():
            yield from some

    def __len__(self) -> int:
        return self._ends[-1] if self._ends else 0

    def __getitem__(self, index):  # type: ignore[override] - int or slice, as a list
        if isinstance(index, slice):
            return list(self)[index]
        i = self._position(index)
        k = bisect_right(self._ends, i)
        first = self._ends[k - 1] if k else 0
        some = pickle.loads(os.pread(self._file.fileno(), self._size[k], self._start[k]))
        return some[i - first]

    def __repr__(self) -> str:
        return f"<{len(self)} statements on disk>"


class Relations(_OnDisk, Sequence[Relation]):
    """A build's relations with their rationales in a temporary file, read back as they
    are iterated or indexed: the rationales (some 400 bytes a relation, 37 MB of the
    46 MB of relations at 5k simulated articles) were held from linking to the end of
    the export, though graph.ttl and relations.jsonl read them once in order and the
    cards and the view only the few they show. What stays in memory is each relation
    without its rationale and where its rationale ends in the file (8 bytes).

    A sequence, as :class:`Statements`: ``len``, iteration (a relation made anew with
    its rationale, let go by the reader) and an index (which reads its rationale
    alone). Reads are positional, so a forked process reads beside its parent."""

    BATCH = 1 << 20  # bytes of rationales read at a time when iterated
    _what = "relation"

    def __init__(self, relations: Iterable[Relation] = ()) -> None:
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 - as long as the object
        self._bare: list[Relation] = []  # each with an empty rationale
        self._ends = array("q")  # where each relation's rationale ends in the file
        # where each one starts, when the file is not in the relations' order (in_order);
        # None: each starts where the one before it ends
        self._starts: array | None = None
        self._bare, self._ends, _ = self._written(relations)

    def _written(self, relations: Iterable[Relation]) -> tuple[list[Relation], array, array]:
        """Each rationale of ``relations`` written to the file as it comes: the
        relations bare, and where each rationale starts and ends in the file."""
        bare: list[Relation] = []
        starts, ends = array("q"), array("q")
        end = 0
        for r in relations:
            data = r.rationale.encode("utf-8")
            self._file.write(data)
            starts.append(end)
            end += len(data)
            ends.append(end)
            bare.append(Relation(r.source, r.target, r.type, r.score, ""))
        self._file.flush()
        return bare, ends, starts

    @classmethod
    def in_order(
        cls, relations: Iterable[Relation], key: typing.Callable[[Relation], typing.Any]
    ) -> Relations:
        """``relations`` sorted by ``key`` (a stable sort, as :func:`sorted`), each
        rationale written to the file once, as it comes, and found through an order map
        (where each sorted relation's words start and end): :func:`kg.link.link` words its
        kept relations in the order the ranking decided them, and held them all, worded,
        to sort them (at 5k simulated articles 48 of the 207 MB linking held at its
        end, its peak); then it wrote them to a scratch file and copied each into
        place, every rationale written twice."""
        out = cls()
        bare, ends, starts = out._written(relations)
        order = sorted(range(len(bare)), key=lambda i: key(bare[i]))
        out._bare = [bare[i] for i in order]
        out._ends = array("q", (ends[i] for i in order))
        out._starts = array("q", (starts[i] for i in order))
        return out

    def _start(self, k: int) -> int:
        """Where relation ``k``'s rationale starts in the file."""
        if self._starts is not None:
            return self._starts[k]
        return self._ends[k - 1] if k else 0

    def _whole(self, bare: Relation, data: bytes) -> Relation:
        return Relation(bare.source, bare.target, bare.type, bare.score, data.decode("utf-8"))

    def __iter__(self) -> Iterator[Relation]:
        fd, ends, bare = self._file.fileno(), self._ends, self._bare
        i, n = 0, len(bare)
        while i < n:
            # as many whole rationales as follow each other in the file and fit in a
            # batch (one at the least): all of them, unless sorted by an order map
            start = self._start(i)
            j = i + 1
            while j < n and self._start(j) == ends[j - 1] and ends[j] - start <= self.BATCH:
                j += 1
            data = os.pread(fd, ends[j - 1] - start, start)
            for k in range(i, j):
                at = self._start(k) - start
                yield self._whole(bare[k], data[at : ends[k] - start])
            i = j

    def __len__(self) -> int:
        return len(self._bare)

    def __getitem__(self, index):  # type: ignore[override] - int or slice, as a list
        if isinstance(index, slice):
            return list(self)[index]
        i = self._position(index)
        start = self._start(i)
        data = os.pread(self._file.fileno(), self._ends[i] - start, start)
        return self._whole(self._bare[i], data)

    def __repr__(self) -> str:
        return f"<{len(self)} relations, their rationales on disk>"


class ActorSpans:
    """Every actor's mention spans and their forms in a temporary file, from the end
    of linking to the end of the export: the largest part of the linked graph held per
    article (at 5k simulated articles 25 MB of spans and 8 MB of forms, as much as
    the events' participants, summaries and mentions together), though after linking
    only graph.ttl and actors.jsonl read them whole, once each, and the view a few
    actors'. Each actor is given back a :class:`Mentions` and, when it has forms, a
    :class:`Forms` in their place: its spans' count in memory, the spans read back
    (one pickle an actor) as they are asked for and let go by the reader.

    Reads are positional (:func:`os.pread`), so a forked process
    (:class:`kg.workers.Aside`) reads the same file beside its parent. The file is
    pickles this process wrote, never one from outside."""

    def __init__(self, actors: Iterable[Actor], kept: KeptForms | None = None) -> None:
        """``kept``: the actors' forms, when resolve kept them there, not on the actors."""
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 - as long as the object
        self._start = array("q")
        self._size = array("q")
        self._count = array("q")  # each actor's spans
        self._forms = array("q")  # and how many of them have a form
        self._last: tuple[int, tuple[list[Evidence], dict[Evidence, str]]] | None = None
        end, fd = 0, self._file.fileno()
        for actor in actors:
            if not actor.mentions:
                continue
            own = kept.of(actor.id) if kept is not None else actor.forms
            place = {e: i for i, e in enumerate(actor.mentions)} if own else {}
            data = pickle.dumps(
                (
                    [(e.doc_id, e.start, e.end, e.text) for e in actor.mentions],
                    [(place[e], form) for e, form in own.items()],
                ),
                pickle.HIGHEST_PROTOCOL,
            )
            os.pwrite(fd, data, end)
            k = len(self._start)
            self._start.append(end)
            self._size.append(len(data))
            self._count.append(len(actor.mentions))
            self._forms.append(len(own))
            end += len(data)
            actor.mentions = Mentions(self, k)  # type: ignore[assignment] - a sequence
            # most actors are named by name alone: their empty dicts (64 bytes each, a
            # third of what the forms held) are handed over to one that cannot change
            forms = Forms(self, k) if own else NO_FORMS
            actor.forms = forms  # type: ignore[assignment] - a mapping
        if kept is not None:
            kept.close()

    def read(self, k: int) -> tuple[list[Evidence], dict[Evidence, str]]:
        """Actor ``k``'s spans and its forms by span, the last actor's kept: a reader
        asks one actor's spans, then its forms, then each form (``dict(actor.forms)``
        looks each key up), and a country's record read anew for each of its
        thousands of forms made the export three times slower at 5k articles."""
        if self._last is not None and self._last[0] == k:
            return self._last[1]
        spans, forms = pickle.loads(os.pread(self._file.fileno(), self._size[k], self._start[k]))
        mentions = [Evidence(*s) for s in spans]
        record = mentions, {mentions[i]: form for i, form in forms}
        self._last = (k, record)
        return record

    def close(self) -> None:
        self._file.close()


NO_FORMS: Mapping[Evidence, str] = types.MappingProxyType({})  # a parked actor's, when none


class SpanTable:
    """Every actor's mention spans from resolve to :class:`ActorSpans`, in columns of
    4-byte integers (the document, start, end and words of each span, the document and
    the words by code) rather than one :class:`Evidence` an actor's list holds. They
    were the largest part of what resolve holds an article (5.4 KB of 28 at 2k
    simulated articles: the object, its two offsets past 256 and the list's slot),
    though from resolve to the export they are read only by document (the stories'
    vectors and places, :meth:`kg.link.Stories.named`). :meth:`add` as resolve assigns
    each mention; :meth:`settle` sorts them as ``actor.mentions.sort()`` did and gives
    each actor a :class:`Spans`, which makes each span again as it is read."""

    def __init__(self) -> None:
        self._actor = array("i")
        self._doc = array("i")
        self._start = array("i")
        self._end = array("i")
        self._word = array("i")
        self._actors: dict[str, int] = {}
        self._docs: dict[str, int] = {}
        self._words: dict[str, int] = {}
        self.doc_ids: list[str] = []  # by code, then (settled) in their sorted order
        self.words: list[str] = []

    def add(self, actor_id: str, span: Evidence) -> int:
        """As ``actor.mentions.append(span)``; the span's row (:meth:`span`)."""
        self._actor.append(self._actors.setdefault(actor_id, len(self._actors)))
        doc = self._docs.setdefault(span.doc_id, len(self._docs))
        if doc == len(self.doc_ids):
            self.doc_ids.append(span.doc_id)
        word = self._words.setdefault(span.text, len(self._words))
        if word == len(self.words):
            self.words.append(span.text)
        self._doc.append(doc)
        self._start.append(span.start)
        self._end.append(span.end)
        self._word.append(word)
        return len(self._word) - 1

    def settle(self, actors: Mapping[str, Actor]) -> None:
        """Sort each actor's spans as :class:`Evidence` sorts (document id, start, end,
        words) and give each actor that has any its :class:`Spans`."""
        import numpy as np

        doc_rank = _ranks(self.doc_ids)
        word_rank = _ranks(self.words)
        actor = np.frombuffer(self._actor, dtype=np.int32)
        doc = doc_rank[np.frombuffer(self._doc, dtype=np.int32)]
        start = np.frombuffer(self._start, dtype=np.int32)
        end = np.frombuffer(self._end, dtype=np.int32)
        word = np.frombuffer(self._word, dtype=np.int32)
        order = np.lexsort((word_rank[word], end, start, doc, actor))
        self._where = np.empty_like(order, dtype=np.int32)  # a row's place once sorted
        self._where[order] = np.arange(len(order), dtype=np.int32)
        self.doc = doc[order]  # a span's document by its place in the sorted ids
        self.start, self.end, self.word = start[order], end[order], word[order]
        bounds = np.searchsorted(actor[order], np.arange(len(self._actors) + 1)).tolist()
        self.doc_ids = sorted(self.doc_ids)
        self._docs = {d: i for i, d in enumerate(self.doc_ids)}
        for aid, k in self._actors.items():
            actors[aid].mentions = Spans(self, bounds[k], bounds[k + 1])  # type: ignore[assignment]
        self._actor = self._doc = self._start = self._end = self._word = array("i")
        self._actors, self._words = {}, {}

    def span(self, row: int) -> Evidence:
        """The span :meth:`add` gave as ``row``, made anew (once settled)."""
        return self.spans(k := int(self._where[row]), k + 1)[0]

    def spans(self, lo: int, hi: int) -> list[Evidence]:
        """The spans from place ``lo`` to ``hi``, made anew."""
        docs, words = self.doc_ids, self.words
        return [
            Evidence(docs[d], s, e, words[w])
            for d, s, e, w in zip(
                self.doc[lo:hi].tolist(),
                self.start[lo:hi].tolist(),
                self.end[lo:hi].tolist(),
                self.word[lo:hi].tolist(),
                strict=True,
            )
        ]

    def within(self, lo: int, hi: int, doc_id: str) -> tuple[int, int]:
        """The places among ``lo`` to ``hi`` of the spans in document ``doc_id``: they
        follow each other, sorted by document first."""
        code = self._docs.get(doc_id)
        if code is None or lo == hi:
            return lo, lo
        part = self.doc[lo:hi]
        return lo + int(part.searchsorted(code)), lo + int(part.searchsorted(code, "right"))


def _ranks(values: list[str]):
    """Each value's place (by its code) in the values' sorted order, as an array."""
    import numpy as np

    ranks = np.empty(len(values), dtype=np.int32)
    for rank, code in enumerate(sorted(range(len(values)), key=values.__getitem__)):
        ranks[code] = rank
    return ranks


class Spans(Sequence[Evidence]):
    """One actor's mention spans in a :class:`SpanTable`, sorted: as the list they
    were, each read made anew; :meth:`in_doc` gives one document's without the rest."""

    __slots__ = ("_table", "_lo", "_hi")

    def __init__(self, table: SpanTable, lo: int, hi: int) -> None:
        self._table, self._lo, self._hi = table, lo, hi

    def __len__(self) -> int:
        return self._hi - self._lo

    def __iter__(self) -> Iterator[Evidence]:
        yield from self._table.spans(self._lo, self._hi)

    def __getitem__(self, index):  # type: ignore[override] - int or slice, as a list
        return self._table.spans(self._lo, self._hi)[index]

    def docs(self) -> list[str]:
        """Each span's document id, in order, without making the spans."""
        t = self._table
        return [t.doc_ids[d] for d in t.doc[self._lo : self._hi].tolist()]

    def in_doc(self, doc_id: str) -> list[Evidence]:
        """The spans in document ``doc_id``, in order."""
        return self._table.spans(*self._table.within(self._lo, self._hi, doc_id))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (list, Spans)):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment] - as a list

    def __repr__(self) -> str:
        return f"<{len(self)} mention spans in a table>"


class KeptForms:
    """The actors' forms (a mention that is no name: "he", "the minister") from resolve
    to :class:`ActorSpans`, kept in one table rather than in a dict on each actor:
    only the export reads them (linking never does), and the dicts, with an empty one
    on every actor named by name alone, were 1.7 KB an article from resolve to the end
    of linking. Each form is its span (the very object the actor's mentions hold), a
    byte for its word and the place of the actor's form before it: 13 bytes, and one
    entry an actor that has any. :meth:`of` gives an actor's as the dict resolve made.

    With a :class:`SpanTable` (resolve keeps the spans there) a form's span is its row
    in the table, 4 bytes, not the object: held for the forms alone, the objects were
    1.7 KB an article once the actors' lists of spans were gone."""

    def __init__(self, table: SpanTable | None = None) -> None:
        self._last: dict[str, int] = {}  # actor id -> the place of its last form
        self._before = array("i")  # place -> the place of its actor's form before, or -1
        self._spans: list[Evidence] = []
        self._rows = array("i")  # with a table, each form's span by its row there
        self.table = table
        self._codes = bytearray()
        self._words: dict[str, int] = {}  # a form's word -> its code

    def add(self, actor_id: str, span: Evidence | int, form: str) -> None:
        """As ``actor.forms[span] = form``; ``span`` its row in the table if any."""
        code = self._words.setdefault(form, len(self._words))
        self._before.append(self._last.get(actor_id, -1))
        self._last[actor_id] = len(self._codes)
        if isinstance(span, int):
            self._rows.append(span)
        else:
            self._spans.append(span)
        self._codes.append(code)

    def of(self, actor_id: str) -> dict[Evidence, str]:
        """The actor's forms by span, as the dict of its ``add`` calls in their order
        (a span given twice keeps its first place and its last form)."""
        places = []
        at = self._last.get(actor_id, -1)
        while at >= 0:
            places.append(at)
            at = self._before[at]
        words = list(self._words)
        if self.table is not None:
            span = self.table.span
            return {span(self._rows[i]): words[self._codes[i]] for i in reversed(places)}
        return {self._spans[i]: words[self._codes[i]] for i in reversed(places)}

    def close(self) -> None:
        """Let the table go once the forms are written out (:class:`ActorSpans`)."""
        self._last, self._before, self._spans = {}, array("i"), []
        self._rows, self.table = array("i"), None
        self._codes, self._words = bytearray(), {}


class Mentions(Sequence[Evidence]):
    """One actor's mention spans in :class:`ActorSpans`' file: ``len`` in memory,
    iteration and an index read them back."""

    __slots__ = ("_spans", "_k")

    def __init__(self, spans: ActorSpans, k: int) -> None:
        self._spans, self._k = spans, k

    def __len__(self) -> int:
        return self._spans._count[self._k]

    def __iter__(self) -> Iterator[Evidence]:
        yield from self._spans.read(self._k)[0]

    def __getitem__(self, index):  # type: ignore[override] - int or slice, as a list
        return self._spans.read(self._k)[0][index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (list, Mentions)):
            return len(self) == len(other) and list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment] - as a list

    def __repr__(self) -> str:
        return f"<{len(self)} mention spans on disk>"


class Forms(Mapping[Evidence, str]):
    """One actor's forms by span (a mention that is no name: a pronoun, a
    description) in :class:`ActorSpans`' file. Each look-up reads the file: a reader
    of many takes them at once (``dict(actor.forms)``)."""

    __slots__ = ("_spans", "_k")

    def __init__(self, spans: ActorSpans, k: int) -> None:
        self._spans, self._k = spans, k

    def __len__(self) -> int:
        return self._spans._forms[self._k]

    def __iter__(self) -> Iterator[Evidence]:
        yield from list(self._spans.read(self._k)[1])

    def __getitem__(self, span: Evidence) -> str:
        return self._spans.read(self._k)[1][span]

    def __repr__(self) -> str:
        return f"<{len(self)} mention forms on disk>"


class State:
    """A stored build: its header and each document's line, by document id."""

    def __init__(
        self, head: dict[str, object], lines: dict[str, bytes], path: Path | None = None
    ) -> None:
        self.head = head
        self.lines = lines
        self.path = path

    @property
    def settings(self) -> dict[str, object]:
        return dict(self.head.get("settings") or {})

    def fingerprints(self) -> dict[str, str]:
        return {i: json.loads(_text(b).split("\t", 1)[0])[1] for i, b in self.lines.items()}

    def copies(self, ids: Iterable[str]) -> dict[str, list[Copy]]:
        """The other outlets' copies stored with each text of ``ids`` that has some: a
        text an update parses again keeps them (see :func:`kg.ingest.dedup.refold`)."""
        return {
            r.doc.id: r.doc.copies
            for r in self.results(i for i in ids if i in self.lines)
            if r.doc.copies
        }

    def results(self, ids: Iterable[str]) -> Iterator[DocResult]:
        """The stored results of ``ids``; a line that does not read back as one (cut,
        bad JSON, a field missing or of the wrong type) stops with the state's
        "run a full build" message."""
        for doc_id in ids:
            try:
                line = self.lines[doc_id]
            except KeyError as exc:
                where = f"document {doc_id!r}: {exc}"
                raise KgError(E.BAD_STATE.format(path=shown(self.path), msg=where)) from None
            yield _read_back(line, doc_id, self.path)


def _read_back(line: bytes, doc_id: str, path: Path | None, part: str | None = None):
    """The result a stored line holds, its short strings shared (:func:`shared`), or
    only its field ``part``; a line that does not read back as one (cut, bad JSON, a
    field missing or of the wrong type) stops with the state's "run a full build"
    message."""
    try:
        text = _text(line).split("\t", 1)[1]
        if part is None:
            return decode(DocResult, json.loads(text))
        first = f'{{"{part}": '  # the line's keys are sorted: a result's "actors" lead
        if text.startswith(first):  # its value alone is parsed, not the article's text
            return decode(_PARTS[part], _JSON.raw_decode(text, len(first))[0])
        return decode(_PARTS[part], json.loads(text).get(part, []))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError, zlib.error) as exc:
        where = f"document {doc_id!r}: {exc}"
        raise KgError(E.BAD_STATE.format(path=shown(path), msg=where)) from None


_JSON = json.JSONDecoder()
_MENTIONS = "actors"  # a result's field of actor mentions, left out when empty
_PARTS = {_MENTIONS: list[ActorMention]}


def state_path(output: Path) -> Path:
    return Path(output) / STATE_DIR / STATE_FILE


def read(output: Path, model: str) -> State:
    """The state of the build in ``output``; a clear error when there is none or when
    it was made by another kg or model, whose results would not match a rebuild."""
    path = state_path(output)
    if not path.is_file():
        raise KgError(E.NO_STATE.format(output=shown(output), path=shown(path)))
    number = 1
    try:
        with gzip.open(path, "rt", encoding="utf-8", newline="\n") as f:
            head = json.loads(f.readline())
            if not isinstance(head, dict) or head.get("kg_state") != FORMAT:
                raise Damaged("unknown layout")
            _check_header(head)
            lines = {}
            for number, text in enumerate(f, 2):  # noqa: B007 - named in the error
                if not text.endswith("\n"):
                    raise Damaged("the last line is cut short")
                text = text.rstrip("\n")
                key = json.loads(text.split("\t", 1)[0])
                if "\t" not in text or not (
                    type(key) is list and len(key) == 2 and all(type(k) is str for k in key)
                ):
                    raise Damaged("not a stored document")
                lines[key[0]] = zlib.compress(text.encode(), 1)
    except Damaged as exc:
        where = E.BAD_STATE_LINE.format(line=number, msg=exc) if number > 1 else exc
        raise KgError(E.BAD_STATE.format(path=shown(path), msg=where)) from None
    except (OSError, EOFError, ValueError, KeyError, TypeError, zlib.error) as exc:
        raise KgError(E.BAD_STATE.format(path=shown(path), msg=exc)) from exc
    made = (head.get("kg"), head.get("model"))
    if made != (__version__, model):
        raise KgError(
            E.STALE_STATE.format(
                output=output, kg=made[0], model=made[1], now_kg=__version__, now_model=model
            )
        )
    if head.get("code") != code_digest():
        raise KgError(
            E.STALE_CODE.format(
                output=output, kg=__version__, code=head.get("code"), now_code=code_digest()
            )
        )
    return State(head, lines, path)


def _check_header(head: dict[str, object]) -> None:
    """The header's fields are of their types, the stored settings of their
    :class:`~kg.config.Settings` types, so an update never starts from a damaged one."""
    from .config import CONTENT_SETTINGS, Settings

    for name in ("kg", "model"):
        if type(head.get(name)) is not str:
            raise Damaged(f"the header's {name!r} is missing or not a string")
    settings = head.get("settings", {})
    if type(settings) is not dict:
        raise Damaged("the header's 'settings' is not an object")
    hints = typing.get_type_hints(Settings)
    for name, value in settings.items():
        if name in CONTENT_SETTINGS:
            try:
                decode(hints[name], value)
            except Damaged as exc:
                raise Damaged(f"setting {name!r}: {exc}") from None

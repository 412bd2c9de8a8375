"""RDF export: the build as Turtle under ``ontology/kg.ttl``, with stable IRIs.

Why IRIs are derived from content (document id + character offsets, actor slug, hash
of merged members) and never from counters or memory addresses: the same input must
give the same IRIs and the same bytes, so re-imports into a triplestore are
idempotent and diffs between builds are meaningful. No blank nodes for the same
reason. Evidence uses W3C Web Annotation selectors: character positions plus the
exact text with a little context, so it can be found again after edits.

Terms are held as plain strings in their N-Triples spelling (see :func:`encode`), not
as rdflib objects, and each format is written as a stream of pieces: on all of Reuters
(9.5M triples) the set of rdflib terms took ~2.7 GB, each file's text as one string up
to 1.4 GB more (10.7 GB peak), and making the terms was most of collect()'s time.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import re
import shutil
import struct
import tempfile
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from decimal import Decimal
from itertools import chain
from operator import itemgetter
from pathlib import Path
from typing import BinaryIO, Protocol, TypeVar
from urllib.parse import quote

import pyoxigraph
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, SKOS

from .. import __version__
from ..errors import KgError
from ..model import (
    COUNTRY,
    PLACE,
    STATEMENT_MODES,
    STATEMENT_TYPES,
    BuildResult,
    Copy,
    Document,
    Evidence,
    Position,
    TimeValue,
)
from ..namespaces import KG, OA, SCHEMA, SEM, WD
from ..resolve import slug
from . import copies_of

DEFAULT_BASE = "https://w3id.org/kgnews/id/"
CONTEXT = 32  # characters of prefix/suffix kept with each quote selector
KIND_CLASS = {
    "person": KG.Person,
    "organisation": KG.Organisation,
    "country": KG.Country,
    "group": KG.Group,
    "place": KG.Place,
}
ROLE = {
    "agent": KG.Agent,
    "patient": KG.Patient,
    "partner": KG.Partner,
    "host": KG.Host,
    "mediator": KG.Mediator,
    "location": KG.Location,
}
FACTUALITY = {
    "asserted": KG.Asserted,
    "reported": KG.Reported,
    "planned": KG.Planned,
    "hypothetical": KG.Hypothetical,
    "negated": KG.Negated,
}
STATEMENT_KIND = {"direct": KG.Direct, "indirect": KG.Indirect, "mixed": KG.Mixed}
# kg.model.STATEMENT_MODES -> individuals ("speech" -> kg:SpeechMode): the "Mode" suffix
# keeps them apart from the statement type kg:Finding.
STATEMENT_MODE = {m: KG[f"{m.capitalize()}Mode"] for m in STATEMENT_MODES}
# kg.model.STATEMENT_TYPES -> individuals; "demand" is kg:DemandStatement because
# kg:Demand is already the event type.
STATEMENT_TYPE = {
    t: KG.DemandStatement if t == "demand" else KG[t.capitalize()] for t in STATEMENT_TYPES
}


TextFn = Callable[[str], str]
RUN_BATCH = 1024  # subjects a run writes and reads at a time
_T = TypeVar("_T")


class _Names:
    """A namespace's terms as plain strings, each made once.

    Why: an rdflib attribute lookup (``KG.mention``) costs ~1 µs and gives a ``URIRef``,
    whose comparisons and hashing run in Python; the exporter reads millions of them.
    """

    def __init__(self, namespace) -> None:
        self._namespace = namespace
        self._cache: dict[str, str] = {}

    def __getattr__(self, name: str) -> str:
        if name.startswith("_"):
            raise AttributeError(name)
        value = self[name]
        setattr(self, name, value)
        return value

    def __getitem__(self, name: str) -> str:
        value = self._cache.get(name)
        if value is None:  # a ClosedNamespace (kg:) still rejects a misspelt name
            value = self._cache[name] = str(self._namespace[name])
        return value


_rdf, _rdfs, _xsd, _owl, _prov, _skos = map(_Names, (RDF, RDFS, XSD, OWL, PROV, SKOS))
_kg, _oa, _schema, _wd = map(_Names, (KG, OA, SCHEMA, WD))
_RDF_TYPE = _rdf.type
_KIND = {k: str(v) for k, v in KIND_CLASS.items()}
_ROLE = {k: str(v) for k, v in ROLE.items()}
_FACTUALITY = {k: str(v) for k, v in FACTUALITY.items()}
_STATEMENT_KIND = {k: str(v) for k, v in STATEMENT_KIND.items()}
_STATEMENT_TYPE = {k: str(v) for k, v in STATEMENT_TYPE.items()}
_STATEMENT_MODE = {k: str(v) for k, v in STATEMENT_MODE.items()}

# A prefixed name is used only where its local part is plain letters, digits, "_" and
# "-": no escapes, no dots, which every strict Turtle parser (and Virtuoso) reads alike.
_PLAIN_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")
# Characters a one-line string literal must escape: the quote, the backslash and every
# control character (as \uXXXX, except the short forms), so each literal stays on one
# line in every format and no parser has to guess.
_ESCAPE = re.compile(r'["\\\x00-\x1f\x7f]')
# (the backslash first: the others add backslashes of their own)
_SHORT_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_UNESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))", re.S)
_SHORT_UNESCAPES = {"n": "\n", "r": "\r", "t": "\t", "b": "\b", "f": "\f"}
_SAFE_PART = re.compile(r"[A-Za-z0-9._~-]*\Z")
# An absolute IRI as Turtle, TriG and N-Triples write it between <>: a scheme, then no
# space, control character or any of <>"{}|^`\ (what IRIREF leaves out).
_ABSOLUTE_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\x00-\x20<>\"{}|^`\\]*\Z")


def _escape(m: re.Match) -> str:
    return f"\\u{ord(m[0]):04X}"


def _quote(text: str) -> str:
    """A string as a one-line, double-quoted literal valid in Turtle, TriG and N-Triples."""
    # str.isprintable() is False for every control character, so printable text without
    # a quote or backslash needs no escape: three C scans, faster than the regex's search
    # on the ~2 literals a triple has; other text (line breaks, U+2028, NBSP) asks it
    if text.isprintable() and '"' not in text and "\\" not in text:
        return f'"{text}"'
    if _ESCAPE.search(text) is None:
        return f'"{text}"'
    # str.replace for the short forms: a regex callback per character costs ~1 µs, and
    # a line break in a quote's context is common
    for char, escaped in _SHORT_ESCAPES.items():
        if char in text:
            text = text.replace(char, escaped)
    return '"' + _CONTROL.sub(_escape, text) + '"'


def _unescape(m: re.Match) -> str:
    code = m[1] or m[2]
    return chr(int(code, 16)) if code else _SHORT_UNESCAPES.get(m[3], m[3])


def encode(term) -> str:
    """An rdflib term as :class:`Triples` keeps it: an IRI is its text; a literal is its
    N-Triples spelling (``"escaped"``, ``"escaped"@lang`` or ``"escaped"^^<datatype>``).

    Why strings: a ``Literal`` costs ~4 µs to make and ~150 bytes to hold, and the
    writers only ever need its spelling. A literal starts with ``"``; an IRI never does.
    """
    if isinstance(term, Literal):
        quoted = _quote(str(term))
        if term.language:
            return f"{quoted}@{term.language}"
        if term.datatype is None or term.datatype == XSD.string:
            return quoted
        return f"{quoted}^^<{term.datatype}>"
    if isinstance(term, URIRef):
        return str(term)
    raise ValueError(f"cannot write {term!r}: kg graphs have no blank nodes")


def decode(term: str) -> URIRef | Literal:
    """The rdflib term that :func:`encode` spelt as ``term`` (for tests, rdflib users)."""
    if not term.startswith('"'):
        return URIRef(term)
    value, suffix = _lexical(term)
    if suffix.startswith("@"):
        return Literal(value, lang=suffix[1:])
    if suffix:  # ^^<datatype>; already in rdflib's normal form, so kept as it is
        return Literal(value, datatype=URIRef(suffix[3:-1]), normalize=False)
    return Literal(value)


def _lexical(literal: str) -> tuple[str, str]:
    """An encoded literal's lexical form and what follows its closing quote."""
    end = literal.rindex('"')  # inner quotes are escaped; tags and datatypes have none
    value = literal[1:end]
    if "\\" in value:
        value = _UNESCAPE.sub(_unescape, value)
    return value, literal[end + 1 :]


class Watcher(Protocol):
    """What :class:`Triples` feeds the batches of a pass to (kg.export.void.Census)."""

    done: bool

    def counted(
        self, batches: Iterator[list[tuple[str, tuple[str, ...]]]]
    ) -> Iterator[list[tuple[str, tuple[str, ...]]]]: ...

    def close(self) -> None: ...


class Triples:
    """A set of triples with prefixes: what the exporter fills and the writers read.

    Held as subject -> flat ``(p1, o1, p2, o2, ...)`` of terms spelt by :func:`encode`, not
    as a set of rdflib triples: at 9.5M triples that set took ~2.7 GB, and every
    writer grouped it by subject again. Duplicates are dropped, and each subject's
    pairs sorted, once when the triples are first read (:meth:`subjects`).
    Iterating and ``in`` speak rdflib terms, as before, for tests and other callers.

    With ``spill_at`` (a number of subjects) and a folder ``scratch``, a graph larger
    than that goes to disk as it is made: :meth:`checkpoint` writes the subjects held
    so far, sorted, as one run and forgets them, and :meth:`items` merges the runs
    again in subject order (a subject found in several runs gets the union of its
    pairs), so a writer streams the same bytes a graph held whole gives. Why: at 20k
    simulated articles the held triples were most of the export's peak memory, and
    they grow with the corpus. :meth:`close` deletes the runs.
    """

    def __init__(self, spill_at: int | None = None, scratch: Path | None = None) -> None:
        self._subjects: dict[str, list[str] | tuple[str, ...]] = {}
        self._prefixes: dict[str, str] = {}
        self._order: list[str] | None = None
        self._dirty = False
        self._spill_at = spill_at if scratch is not None else None
        self._scratch = scratch
        self._folder: Path | None = None  # the runs' own folder, made at the first spill
        self._runs: list[Path] = []
        # fed the batches of the first whole pass of :meth:`items` (what void.ttl counts,
        # kg.export.void.Census), so that no reader passes over the graph for it again
        self.census: Watcher | None = None

    def node(self, s: str) -> list[str]:
        """The pairs of encoded subject ``s``, for the caller to extend with (p, o, ...)."""
        self._dirty = True
        self._order = None
        pairs = self._subjects.get(s)
        if type(pairs) is not list:
            pairs = self._subjects[s] = list(pairs or ())
        return pairs

    def add(self, triple: tuple) -> None:
        """Add an rdflib triple."""
        s, p, o = map(encode, triple)
        self.node(s).extend((p, o))

    def checkpoint(self) -> bool:
        """Write the held subjects to a run on disk when there are ``spill_at`` of them
        or more; whether it did. Called by the maker between whole nodes, never while
        it still holds a subject's list to extend (that list would be lost)."""
        if self._spill_at is None or len(self._subjects) < self._spill_at:
            return False
        self._spill()
        return True

    def _spill(self) -> None:
        if self._folder is None:
            assert self._scratch is not None
            self._scratch.mkdir(parents=True, exist_ok=True)
            self._folder = Path(tempfile.mkdtemp(prefix=".kg-triples-", dir=self._scratch))
        path = self._folder / f"run-{len(self._runs):05d}"
        subjects = self._held()
        with open(path, "wb") as out:
            order = sorted(subjects)
            for start in range(0, len(order), RUN_BATCH):  # one call a batch, not a record
                dump_framed([(s, subjects[s]) for s in order[start : start + RUN_BATCH]], out)
        self._runs.append(path)
        subjects.clear()  # in place: a maker may hold this dict under another name
        self._order = None

    @property
    def spilled(self) -> bool:
        """Whether part of the graph is on disk (then :meth:`items` is the way to read)."""
        return bool(self._runs)

    @property
    def runs(self) -> int:
        """How many runs are on disk."""
        return len(self._runs)

    @property
    def scratch(self) -> Path | None:
        """The folder the runs go into."""
        return self._scratch

    def items(self) -> Iterator[tuple[str, tuple[str, ...]]]:
        """(subject, its pairs) in subject order, held or merged from the runs on disk;
        the first whole pass a batch at a time to :attr:`census` too, when it has one."""
        census = self.census
        if census is not None and not census.done:
            return chain.from_iterable(census.counted(self.batches()))
        if not self._runs:
            subjects, order = self._held(), self.order()
            return zip(order, map(subjects.__getitem__, order), strict=True)  # C loops
        return chain.from_iterable(self.batches())

    def batches(self) -> Iterator[list[tuple[str, tuple[str, ...]]]]:
        """:meth:`items` a list at a time (about ``RUN_BATCH`` subjects each when
        spilled), for readers that count with C loops over a list.

        The runs are merged a batch at a time, not a subject at a time: every record
        not past the smallest last subject among the runs' current batches is taken
        at once and the slices put in order by one C sort (which merges sorted slices
        in linear time). Why: with each run's batch read in one read
        (:func:`load_framed`), merging record by record (heapq.merge, a union call and
        a generator step per subject) was most of what a spilled graph costs a reader
        more than a held one, on every pass (graph.ttl, void.ttl)."""
        subjects = self._held()
        order = sorted(subjects) if self._runs else self.order()
        held = (
            [(s, subjects[s]) for s in order[i : i + RUN_BATCH]]
            for i in range(0, len(order), RUN_BATCH)
        )
        if not self._runs:
            yield from held
            return
        yield from _merged([*map(_read_run, self._runs), held])

    def close(self) -> None:
        """Delete the runs on disk and forget the triples held: the graph is gone."""
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
        self._folder, self._runs = None, []
        if self.census is not None:
            self.census.close()
        self._subjects.clear()
        self._order = None

    def subjects(self) -> dict[str, tuple[str, ...]]:
        """Subject -> its pairs, without duplicates and sorted by (predicate, object).

        A spilled graph is read back whole first (and its runs deleted): a writer that
        streams reads :meth:`items` instead."""
        if self._runs:
            whole = dict(self.items())
            self.close()
            self._subjects.update(whole)
        return self._held()

    def _held(self) -> dict[str, tuple[str, ...]]:
        """The subjects held in memory, each one's pairs deduplicated and sorted."""
        if self._dirty:
            subjects = self._subjects
            for s, pairs in subjects.items():
                if type(pairs) is list:
                    unique = set(zip(pairs[::2], pairs[1::2], strict=True))
                    subjects[s] = tuple(chain.from_iterable(sorted(unique)))
            self._dirty = False
        return self._subjects  # type: ignore[return-value]

    def order(self) -> list[str]:
        """The subjects, sorted (by their IRI's text)."""
        if self._order is None or self._dirty or self._runs:
            self._order = sorted(self.subjects())
        return self._order

    def __contains__(self, triple: tuple) -> bool:
        s, p, o = map(encode, triple)
        pairs = self.subjects().get(s, ())
        return any(pairs[i] == p and pairs[i + 1] == o for i in range(0, len(pairs), 2))

    def __iter__(self) -> Iterator[tuple]:
        for s, pairs in self.items():
            node = URIRef(s)
            for i in range(0, len(pairs), 2):
                yield node, URIRef(pairs[i]), decode(pairs[i + 1])

    def __len__(self) -> int:
        return sum(len(pairs) for _, pairs in self.items()) // 2

    def bind(self, prefix: str, namespace: str) -> None:
        self._prefixes[prefix] = str(namespace)

    def namespaces(self):
        return iter(sorted(self._prefixes.items()))


def _union(found: list[tuple[str, ...]]) -> tuple[str, ...]:
    """One subject's pairs from the runs that hold some, without duplicates, sorted."""
    if len(found) == 1:  # most subjects: one run made all of them
        return found[0]
    unique = set()
    for pairs in found:
        unique.update(zip(pairs[::2], pairs[1::2], strict=True))
    return tuple(chain.from_iterable(sorted(unique)))


_SUBJECT = itemgetter(0)


def _merged(
    sources: list[Iterator[list[tuple[str, tuple[str, ...]]]]],
) -> Iterator[list[tuple[str, tuple[str, ...]]]]:
    """Sorted batches of records from ``sources`` (each a stream of sorted batches,
    a subject at most once per source), as sorted batches with each subject once (its
    pairs the union of its records').

    Each round takes from every source all records up to the smallest last subject
    of their current batches: any record left behind sorts after it, so a subject's
    records always meet in one round."""
    live: list[list] = [[source, [], 0] for source in sources]  # [source, batch, next]
    while True:
        for entry in live:  # a new batch for each source whose batch is done
            while entry[0] is not None and entry[2] == len(entry[1]):
                batch = next(entry[0], None)
                if batch is None:
                    entry[0] = None
                else:
                    entry[1], entry[2] = batch, 0
        live = [entry for entry in live if entry[0] is not None]
        if not live:
            return
        bound = min(batch[-1][0] for _, batch, _ in live)
        chunk: list[tuple[str, tuple[str, ...]]] = []
        taken = 0
        for entry in live:
            _, batch, start = entry
            end = bisect_right(batch, bound, start, key=_SUBJECT)
            if end > start:
                chunk += batch[start:end] if start or end < len(batch) else batch
                taken += 1
            entry[2] = end
        if taken > 1:
            chunk.sort(key=_SUBJECT)  # stable; the slices are sorted runs timsort merges
            keys = list(map(_SUBJECT, chunk))
            if len(set(keys)) < len(keys):  # a subject in several runs: one record
                chunk = _folded(chunk)
        yield chunk


def _folded(chunk: list[tuple[str, tuple[str, ...]]]) -> list[tuple[str, tuple[str, ...]]]:
    """Sorted records with each subject once, its records' pairs joined (:func:`_union`)."""
    out: list[tuple[str, tuple[str, ...]]] = []
    last, found = None, []
    for s, pairs in chunk:
        if s != last:
            if found:
                out.append((last, _union(found)))
            last, found = s, []
        found.append(pairs)
    if found:
        out.append((last, _union(found)))
    return out


def _read_run(path: Path) -> Iterator[list[tuple[str, tuple[str, ...]]]]:
    """The batches of (subject, pairs) records of one run, in the order written
    (subject order)."""
    with open(path, "rb", buffering=1 << 20) as f:
        yield from load_framed(f)


_FRAME = struct.Struct("<Q")


def dump_framed(value: object, out: BinaryIO) -> None:
    """Write ``value`` to ``out`` as marshal's bytes after their length.

    Why not ``marshal.dump``: ``marshal.load`` from a file calls its ``read`` once per
    string, six times slower than ``marshal.loads`` of the bytes; the length lets a
    reader take each value's bytes in one read (:func:`load_framed`)."""
    data = marshal.dumps(value)
    out.write(_FRAME.pack(len(data)))
    out.write(data)


def load_framed(f: BinaryIO) -> Iterator:
    """The values :func:`dump_framed` wrote to ``f``, in order."""
    size = _FRAME.size
    while head := f.read(size):
        yield marshal.loads(f.read(_FRAME.unpack(head)[0]))


def is_iri(value: str) -> bool:
    """Whether ``value`` is an absolute IRI (RFC 3987) every graph format can write and
    pyoxigraph (kg query, kg validate) reads."""
    try:
        return bool(_ABSOLUTE_IRI.match(value)) and bool(pyoxigraph.NamedNode(value))
    except ValueError:
        return False


def check_iri(value: str, what: str) -> str:
    """``value`` if it is an absolute IRI (:func:`is_iri`), else a :class:`KgError`
    saying so: a base like "http://example.org/my graph/" made every IRI of the export
    one no parser reads."""
    if not is_iri(str(value)):
        raise KgError(
            f"{what} {str(value)!r} is not an absolute IRI: it needs a scheme (https:, urn:), "
            'valid %-escapes and no spaces, control characters or any of <>"{}|^`\\'
        )
    return str(value)


# Characters an IRI cannot hold but a link may be written with, each standing for
# itself: percent-encoding them (RFC 3987, 3.1) spells the same address. The bidi
# formatting characters are among them: an IRI must not hold them (RFC 3987, 4.1).
_ENCODABLE = re.compile('[ "<>{}|\\\\^`\u200e\u200f\u202a-\u202e\u2066-\u2069]')


def url_iri(url: str) -> str | None:
    """A document's address as a valid IRI, or None when it cannot be one faithfully.

    Surrounding white space is dropped and the characters of ``_ENCODABLE`` (a space,
    ``<>"{}|\\^`` and the bidi controls) are percent-encoded as UTF-8, as a browser
    does; any other fault (a TAB or another control character inside it, a bad
    ``%``-escape, no scheme) is left for the caller to store the text as it is rather
    than guess what was meant."""
    text = _ENCODABLE.sub(lambda m: quote(m[0], safe=""), url.strip())
    return text if is_iri(text) else None


def _part(text: str) -> str:
    """One percent-safe path segment of an IRI."""
    return text if _SAFE_PART.match(text) else quote(text, safe="-._~")


class Iris:
    """Mints the IRIs of one build from its base; every local part is percent-safe.

    IRIs are plain strings, and the ones a build names again and again (documents,
    actors, statements, events) are made once each and shared.
    """

    def __init__(self, base: str = DEFAULT_BASE):
        base = check_iri(base, "the base IRI")
        self.base = base if base.endswith(("/", "#")) else base + "/"
        self._docs: dict[str, str] = {}
        self._actors: dict[str, str] = {}
        self._statements: dict[str, str] = {}
        self._events: dict[str, str] = {}

    def forget(self) -> None:
        """Drop the IRIs made so far (they are made again, the same, when asked)."""
        for made in (self._docs, self._actors, self._statements, self._events):
            made.clear()

    def _iri(self, *parts: str) -> str:
        return self.base + "/".join(map(_part, parts))

    def doc(self, doc_id: str) -> str:
        iri = self._docs.get(doc_id)
        if iri is None:
            iri = self._docs[doc_id] = self._iri("doc", doc_id)
        return iri

    def mention(self, ev: Evidence) -> str:
        # ev.key ("<start>-<end>", digits and a hyphen) is percent-safe as it is: spelt
        # here without _part's check, once per mention made
        return f"{self.doc(ev.doc_id)}/m/{ev.start}-{ev.end}"

    def actor(self, actor_id: str) -> str:
        iri = self._actors.get(actor_id)
        if iri is None:
            iri = self._actors[actor_id] = self._iri("actor", actor_id)
        return iri

    def statement(self, statement_id: str) -> str:
        iri = self._statements.get(statement_id)
        if iri is None:
            doc_id, key = statement_id.rsplit("/", 1)
            iri = self._statements[statement_id] = f"{self.doc(doc_id)}/statement/{_part(key)}"
        return iri

    def event(self, event_id: str) -> str:
        iri = self._events.get(event_id)
        if iri is None:
            if "/" in event_id:  # a per-document event: "<doc>/<start>-<end>"
                doc_id, key = event_id.rsplit("/", 1)
                iri = f"{self.doc(doc_id)}/event/{_part(key)}"
            else:
                iri = self._iri("event", event_id)
            self._events[event_id] = iri
        return iri

    def conflict(self, first: str, second: str) -> str:
        h = hashlib.sha1(f"{first}\n{second}\nconflict".encode()).hexdigest()[:12]
        return self._iri("conflict", h)

    def relation(self, source: str, target: str, kind: str) -> str:
        h = hashlib.sha1(f"{source}\n{target}\n{kind}".encode()).hexdigest()[:12]
        return self._iri("relation", h)


def collect(
    result: BuildResult,
    base: str = DEFAULT_BASE,
    model: str | None = None,
    options: dict[str, str] | None = None,
    spill_at: int | None = None,
    scratch: Path | None = None,
) -> Triples:
    """Every triple of the build (all facts traceable to evidence), as :class:`Triples`.

    Prose (labels, names, summaries, rationales) is tagged with the language of the
    build's main (English) pipeline, an article's headline and quotes with the article's
    own language; the exact text of a quote selector stays a
    plain string, as Web Annotation has it. ``options`` are the build's settings that
    shape its content, recorded on the build activity. With ``spill_at`` and
    ``scratch``, every ``spill_at`` subjects go to a sorted run in ``scratch`` as they
    are made (see :class:`Triples`), and the caches of terms made so far are dropped
    with them, so the memory of collecting stays bounded whatever the corpus.
    """
    iris = Iris(base)
    g = Triples(spill_at, scratch)
    node = g.node
    lang = result.language or None
    tag = f"@{Literal('', lang=lang).language}" if lang else ""  # rdflib checks the tag

    def text(value: str) -> str:
        return _quote(value) + tag if type(value) is str else encode(Literal(value, lang=lang))

    def plain(value: str) -> str:
        return _quote(value) if type(value) is str else encode(Literal(value))

    in_language: dict[str, TextFn] = {}

    def text_of(doc_id: str) -> TextFn:
        """An article's own words (its headline, its quotes) are tagged with its own
        language: a German quote is @de in a build whose other prose is English."""
        own = languages.get(doc_id)
        if not own or own == lang:
            return text
        if own not in in_language:
            own_tag = f"@{Literal('', lang=own).language}"
            in_language[own] = lambda v: (
                _quote(v) + own_tag if type(v) is str else encode(Literal(v, lang=own))
            )
        return in_language[own]

    languages = {d.id: d.language for d in result.documents}

    # Mentions' words, lemmas and time words recur (one name, many mentions): each is
    # kept once. Longer prose is mostly unique, so it is not looked up.
    named: dict[str, str] = {}
    worded: dict[str, str] = {}

    def text_once(value: str) -> str:
        out = named.get(value)
        if out is None:
            out = named[value] = text(value)
        return out

    def plain_once(value: str) -> str:
        out = worded.get(value)
        if out is None:
            out = worded[value] = plain(value)
        return out

    typed_cache: dict[tuple, str] = {}

    def typed(value, datatype: str) -> str:
        """A datatyped literal as rdflib spells it (it normalises some: "P1W" -> "P7D")."""
        key = (type(value), value, datatype)
        out = typed_cache.get(key)
        if out is None:
            if type(value) is int and value >= 0 and datatype in _PLAIN_INTEGERS:
                # rdflib writes these as the digits: spelt here without a Literal (~15 µs
                # each, and a build has one per distinct character offset)
                out = typed_cache[key] = f'"{value}"^^<{datatype}>'
                return out
            lexical = Decimal(value) if datatype == _xsd.decimal else value
            out = typed_cache[key] = encode(Literal(lexical, datatype=URIRef(datatype)))
        return out

    for prefix, ns in [
        ("kg", str(KG)),
        ("oa", str(OA)),
        ("schema", str(SCHEMA)),
        ("sem", str(SEM)),
        ("prov", str(PROV)),
        ("rdfs", str(RDFS)),
        ("skos", str(SKOS)),
        ("owl", str(OWL)),
        ("xsd", str(XSD)),
        ("wd", str(WD)),
        ("rdf", str(RDF)),
    ]:
        g.bind(prefix, ns)
    docs = {d.id: d for d in result.documents}
    mentions: dict[str, str] = {}
    a_, label, kg, oa = _RDF_TYPE, _rdfs.label, _kg, _oa
    nni = _xsd.nonNegativeInteger

    subjects = g._subjects
    offsets: dict[int, str] = {}  # character offset -> its xsd:nonNegativeInteger

    def offset(n: int) -> str:
        out = offsets.get(n)
        if out is None:
            out = offsets[n] = typed(n, nni)
        return out

    def mention(ev: Evidence) -> str:
        m = iris.mention(ev)
        seen = mentions.get(m)
        if seen is not None:
            return seen
        mentions[m] = m
        d = iris.doc(ev.doc_id)
        pos, quo = f"{m}/pos", f"{m}/quote"
        # the mention's and its selectors' pairs in sorted order (rdf:, rdfs:, oa: by
        # name, then kg:; ".../pos" before ".../quote"): see placed()
        placed(
            m,
            (a_, kg.Mention, label, text_once(ev.text), oa.hasSelector, pos)
            + (oa.hasSelector, quo, oa.hasSource, d, kg.inDocument, d),
        )
        start, end = ev.start, ev.end
        placed(pos, (a_, oa.TextPositionSelector, oa.end, offset(end), oa.start, offset(start)))
        doc = docs.get(ev.doc_id)
        if doc is None:
            placed(quo, (a_, oa.TextQuoteSelector, oa.exact, plain_once(ev.text)))
        else:
            src = doc.source_text
            placed(
                quo,
                (a_, oa.TextQuoteSelector, oa.exact, plain_once(ev.text))
                + (oa.prefix, plain(src[max(0, start - CONTEXT) : start]))
                + (oa.suffix, plain(src[end : end + CONTEXT])),
            )
        return m

    def placed(s: str, pairs: tuple[str, ...]) -> None:
        """A new node whose ``pairs`` are already as :meth:`Triples._held` leaves them
        (sorted, no duplicates): kept as they are, never sorted again unless more are
        added (:meth:`Triples.node` makes them a list again). Why: sorting each
        subject's pairs was a third of collecting, and four of every five subjects are
        a mention or one of its selectors."""
        if subjects.setdefault(s, pairs) is not pairs:  # made before: merged, sorted later
            node(s).extend(pairs)

    def checkpoint() -> None:
        """Between whole nodes: spill the held subjects, then forget what was made for
        them (a mention made again is the same triples, merged as one on reading)."""
        if g.checkpoint():
            mentions.clear()
            named.clear()
            worded.clear()
            iris.forget()

    def is_actor(actor_id: str | None) -> bool:
        """Whether ``actor_id`` may fill an actor slot (speaker, affiliation, hasActor).

        The ontology keeps places apart from actors; when an extractor has taken an
        organisation for a place, the slot is left out rather than made inconsistent.
        """
        actor = result.actors.get(actor_id or "")
        return actor is not None and actor.kind != PLACE

    # What the build made (actors, statements, events, relations, conflicts) points to
    # it; mentions, selectors and participations belong to a node that does.
    build = build_iri(result, iris)
    generated = _prov.wasGeneratedBy
    folded = copies_of(result.documents)
    for d in result.documents:
        _document(g, iris, d, text_of(d.id))
        for c in folded.get(d.id, ()):  # another outlet's copy: a source, its text read once
            _document(g, iris, c, text_of(d.id))
            node(iris.doc(c.id)).extend((_prov.alternateOf, iris.doc(d.id)))
        checkpoint()
    copies = {i: [iris.doc(c.id) for c in cs] for i, cs in folded.items()}
    names = {aid: a.name for aid, a in result.actors.items()}
    actor_names = {aid: n for aid, n in names.items() if is_actor(aid)}
    for a in result.actors.values():
        subject = iris.actor(a.id)
        pairs = node(subject)
        pairs.extend((generated, build, a_, _KIND[a.kind], label, text(a.name)))
        for alias in sorted(a.aliases):
            pairs.extend((_skos.altLabel, text(alias)))
        for title in sorted(a.titles):
            pairs.extend((kg.title, text(title)))
        for reason in a.merge_reasons:
            pairs.extend((kg.mergeReason, text(reason)))
        if a.wikidata:
            pairs.extend((_owl.sameAs, _wd[a.wikidata]))
        forms = dict(a.forms) if a.forms else {}  # read once, when on disk (ActorSpans)
        for ev in a.mentions:
            m = mention(ev)
            pairs.extend((kg.mention, m))
            if ev in forms:
                node(m).extend((kg.mentionForm, plain_once(forms[ev])))
        for p in sorted(a.positions, key=Position.sort_key):
            _position(g, iris, actor_names, subject, p, text)
        for c in sorted(a.countries):
            if c in result.actors:
                country = iris.actor(c)
                pairs.extend((kg.country, country, kg.affiliation, country))
        checkpoint()
    for st in result.statements:
        subject = iris.statement(st.id)
        pairs = node(subject)
        said, quoted = st.text, text_of(st.doc_id)
        pairs.extend(
            (generated, build, a_, kg.Statement, label, quoted(_short(said)))
            + (_schema.text, quoted(said), kg.statementKind, _STATEMENT_KIND[st.kind])
            + (kg.statementType, _STATEMENT_TYPE[st.type], kg.inDocument, iris.doc(st.doc_id))
            + (kg.statementMode, _STATEMENT_MODE[st.mode])
        )
        for part in st.content:
            pairs.extend((kg.content, mention(part)))
        if is_actor(st.speaker):  # a place never speaks: keep only its name (speakerName)
            pairs.extend((kg.speaker, iris.actor(st.speaker)))
        if st.speaker_name:
            pairs.extend((kg.speakerName, plain_once(st.speaker_name)))
        if st.speaker_mention:
            pairs.extend((kg.speakerMention, mention(st.speaker_mention)))
        if st.cue:
            pairs.extend((kg.cue, mention(st.cue)))
        if st.addressee:
            pairs.extend((kg.addressee, plain(st.addressee)))
        if st.relay:
            pairs.extend((kg.relay, plain(st.relay)))
        if st.channel:
            pairs.extend((kg.channel, plain(st.channel)))
        if st.time:
            _time(pairs, st.time, plain_once, typed)
        for eid in st.about_events:
            pairs.extend((kg.about, iris.event(eid)))
        for aid in st.about_actors:
            if aid in result.actors:
                pairs.extend((kg.aboutActor, iris.actor(aid)))
        checkpoint()
    for e in result.events.values():
        subject = iris.event(e.id)
        pairs = node(subject)
        pairs.extend(
            (generated, build, a_, kg.Event, label, text(e.title or e.lemma))
            + (kg.summary, text(e.summary), kg.eventType, kg[e.type])
            + (kg.triggerLemma, plain_once(e.lemma), kg.trigger, mention(e.trigger))
            + (kg.factuality, _FACTUALITY[e.factuality])
        )
        for ev in e.mentions:
            pairs.extend((kg.mention, mention(ev)))
        count = len(e.sources)
        for s in e.sources:
            pairs.extend((kg.source, iris.doc(s)))
            for c in copies.get(s, ()):
                pairs.extend((kg.source, c))
                count += 1
        pairs.extend((kg.sourceCount, typed(count, _xsd.integer)))
        if e.merge_rationale:
            pairs.extend((kg.mergeRationale, text(e.merge_rationale)))
        if e.merge_score is not None and len(e.members) > 1:
            pairs.extend((kg.mergeScore, typed(f"{e.merge_score:.3f}", _xsd.decimal)))
        if len(e.members) > 1:
            for member in e.members:
                mnode = iris.event(member)
                pairs.extend((kg.member, mnode))
                node(mnode).extend(
                    (label, text(f"report of '{e.title}' in {member.split('/')[0]}"))
                    + (kg.source, iris.doc(member.rsplit("/", 1)[0]))
                )
        for p in e.participants:
            if p.actor not in result.actors:
                continue
            pnode = f"{subject}/p/{quote(p.actor, safe='-._~')}-{p.role}"
            pairs.extend((kg.hasParticipation, pnode))
            if is_actor(p.actor):  # a place taking part (kg:Location) is in kg:place
                pairs.extend((kg.hasActor, iris.actor(p.actor)))
            part = node(pnode)
            part.extend(
                (a_, kg.Participation, label, text(f"{result.actors[p.actor].name} as {p.role}"))
                + (kg.participant, iris.actor(p.actor), kg.role, _ROLE[p.role])
            )
            if p.description:
                part.extend((kg.description, text(p.description)))
            if p.evidence:
                part.extend((kg.mention, mention(p.evidence)))
        if e.place in result.actors and result.actors[e.place].kind in (PLACE, COUNTRY):
            pairs.extend((kg.place, iris.actor(e.place)))
        if e.time:
            _time(pairs, e.time, plain_once, typed)
        if e.ongoing:
            pairs.extend((kg.ongoing, _TRUE))
        for inst in e.instruments:
            pairs.extend((kg.instrument, plain(inst.text)))
        checkpoint()
    for r in result.relations:
        subject = iris.relation(r.source, r.target, r.type)
        a, b = iris.event(r.source), iris.event(r.target)
        title = f"{r.type}: {result.events[r.source].title} -> {result.events[r.target].title}"
        node(subject).extend(
            (generated, build, a_, kg.EventRelation, label, text(title))
            + (kg.fromEvent, a, kg.toEvent, b, kg.relationType, kg[r.type])
            + (kg.score, typed(f"{r.score:.3f}", _xsd.decimal), kg.rationale, text(r.rationale))
        )
        node(a).extend((kg.relatedTo, b))
        checkpoint()
    for c in result.conflicts:
        subject = iris.conflict(c.first, c.second)
        a, b = iris.statement(c.first), iris.statement(c.second)
        title = f"conflicting accounts of {result.events[c.event].title}"
        node(subject).extend(
            (generated, build, a_, kg.AccountConflict, label, text(title))
            + (kg.concerns, iris.event(c.event), kg.account, a, kg.account, b)
            + (kg.score, typed(f"{c.score:.3f}", _xsd.decimal), kg.rationale, text(c.rationale))
        )
        node(a).extend((kg.contradicts, b))
        node(b).extend((kg.contradicts, a))
        checkpoint()
    pairs = node(build)
    pairs.extend((a_, kg.Build, a_, _prov.Activity))
    pairs.extend((label, text(f"kg {__version__} build of {len(docs)} documents")))
    pairs.extend((kg.kgVersion, plain(__version__)))
    if model or result.model:
        pairs.extend((kg.spacyModel, plain(result.model or model)))
    for name, value in sorted((options or {}).items()):
        pairs.extend((kg.option, plain(f"{name}={value}")))
    for d in docs:
        pairs.extend((_prov.used, iris.doc(d)))
        pairs.extend(chain.from_iterable((_prov.used, c) for c in copies.get(d, ())))
    g._dirty = True  # mentions were added past node(): sort and deduplicate them too
    g._held()  # here, so the time shows as collecting and the lists shrink to tuples
    return g


_TRUE = encode(Literal(True))
# Integer datatypes whose lexical form rdflib writes for a non-negative int is its digits.
_PLAIN_INTEGERS = frozenset((_xsd.integer, _xsd.nonNegativeInteger))


def corpus_key(result: BuildResult) -> str:
    """A short hash of the input document ids: the same corpus gets the same key."""
    copies = [c.id for cs in copies_of(result.documents).values() for c in cs]
    ids = "\n".join(sorted([*(d.id for d in result.documents), *copies]))
    return hashlib.sha1(ids.encode()).hexdigest()[:12]


def build_iri(result: BuildResult, iris: Iris) -> str:
    """The build's IRI, from its input documents: the same corpus names the same build."""
    return iris._iri("build", corpus_key(result))


def build_graph(result: BuildResult, base: str = DEFAULT_BASE, model: str | None = None) -> Graph:
    """The whole build as an rdflib graph, for querying and other formats from Python."""
    triples = collect(result, base, model)
    g = Graph(bind_namespaces="none")
    for prefix, ns in triples.namespaces():
        g.bind(prefix, ns)
    g.addN((s, p, o, g) for s, p, o in triples)
    return g


def _position(
    g: Triples, iris: Iris, names: dict[str, str], node: str, p: Position, text: TextFn
) -> None:
    """An office with whom it serves and whom it faces, as its own node (kg:Position)."""
    affiliation = p.affiliation if p.affiliation in names else None
    toward = p.toward if p.toward in names else None
    key = "--".join(x for x in (slug(p.role), affiliation, toward and f"to-{toward}") if x)
    pos = f"{node}/position/{key or 'unnamed'}"
    g.node(node).extend((_kg.position, pos))
    pairs = g.node(pos)
    pairs.extend((_RDF_TYPE, _kg.Position))
    if affiliation is not None:
        pairs.extend((_kg.affiliation, iris.actor(affiliation)))
        g.node(node).extend((_kg.affiliation, iris.actor(affiliation)))
    if toward is not None:
        pairs.extend((_kg.toward, iris.actor(toward)))
    pairs.extend((_rdfs.label, text(p.describe(names, blank="member"))))
    if p.role:
        pairs.extend((_kg.office, _quote(p.role)))


def _document(g: Triples, iris: Iris, d: Document | Copy, text: TextFn) -> None:
    """The article as a schema:NewsArticle: what a reader needs to find and cite it."""
    pairs = g.node(iris.doc(d.id))
    pairs.extend((_RDF_TYPE, _kg.Document, _RDF_TYPE, _schema.NewsArticle))
    pairs.extend((_rdfs.label, text(d.title or d.id), _schema.identifier, encode(Literal(d.id))))
    if d.title:
        pairs.extend((_schema.headline, text(d.title)))
    if d.outlet:
        pairs.extend((_kg.outlet, encode(Literal(d.outlet))))
    if isinstance(d, Document) and d.genre:  # a blog post, a column
        pairs.extend((_kg.genre, encode(Literal(d.genre))))
    if d.url:  # an address that is no IRI is kept as text, never as a bad xsd:anyURI
        iri = url_iri(d.url)
        url = Literal(iri, datatype=XSD.anyURI) if iri is not None else Literal(d.url)
        pairs.extend((_schema.url, encode(url)))
    if d.published:
        date = Literal(d.published.isoformat(), datatype=XSD.date)
        pairs.extend((_schema.datePublished, encode(date)))


def _time(pairs: list[str], t: TimeValue, plain: TextFn, typed: Callable[..., str]) -> None:
    """When an event happened or a statement was made: text, day interval, precision."""
    pairs.extend((_kg.timeText, plain(t.text)))
    if t.start:
        pairs.extend((_kg.begin, typed(t.start.isoformat(), _xsd.date)))
    if t.end:
        pairs.extend((_kg.end, typed(t.end.isoformat(), _xsd.date)))
    if t.precision:
        pairs.extend((_kg.timePrecision, plain(t.precision)))
    if t.duration:
        pairs.extend((_kg.duration, typed(t.duration, _xsd.duration)))


def _short(text: str, n: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


class _Terms:
    """Writes encoded terms as Turtle: prefixed names where safe, else full IRIs."""

    def __init__(self, prefixes: list[tuple[str, str]] | None) -> None:
        self.by_ns = sorted(((ns, p) for p, ns in prefixes or []), key=lambda x: -len(x[0]))
        self.namespaces = tuple(ns for ns, _ in self.by_ns)
        self.names: dict[str, str | None] = {}  # IRI under a namespace -> prefixed name
        self.typed: dict[str, str] = {}  # datatyped literal -> its Turtle text
        self.verbs: dict[str, str] = {_RDF_TYPE: "    a "}  # "a" only as a predicate

    def compact(self, u: str) -> str | None:
        """``u`` as a prefixed name, or None where no prefix gives a plain local part."""
        if not u.startswith(self.namespaces):  # most IRIs: no prefix, nothing to remember
            return None
        if u not in self.names:
            self.names[u] = next(
                (
                    f"{prefix}:{u[len(ns) :]}"
                    for ns, prefix in self.by_ns
                    if u.startswith(ns) and _PLAIN_LOCAL.match(u, len(ns))
                ),
                None,
            )
        return self.names[u]

    def iri(self, u: str) -> str:
        return self.compact(u) or f"<{u}>"

    def term(self, t: str) -> str:
        if not t.startswith('"'):
            return self.compact(t) or f"<{t}>"
        if not t.endswith(">"):  # a plain or language-tagged literal: as it is kept
            return t
        text = self.typed.get(t)
        if text is None:
            quoted, _, datatype = t.rpartition("^^<")
            text = self.typed[t] = f"{quoted}^^{self.iri(datatype[:-1])}"
        return text

    def verb(self, p: str) -> str:
        text = self.verbs.get(p)
        if text is None:
            text = self.verbs[p] = f"    {self.iri(p)} "
        return text

    def block(self, s: str, pairs: tuple[str, ...]) -> str:
        """One subject's pairs (sorted by predicate, no duplicates) as a Turtle block.

        rdf:type comes first, as "a"; each predicate's objects are sorted by their
        Turtle text, so the same graph always gives the same bytes. The common cases
        (one object, a full IRI or a literal without datatype) are inlined: this runs
        once per triple.
        """
        namespaces, verbs, term = self.namespaces, self.verbs, self.term
        names, typed = self.names, self.typed  # term()'s caches, read here without a call
        head = None
        parts = []
        i, n = 0, len(pairs)
        while i < n:
            p = pairs[i]
            j = i + 2
            if j < n and pairs[j] == p:
                while j < n and pairs[j] == p:
                    j += 2
                objs = " ,\n        ".join(sorted(map(term, pairs[i + 1 : j : 2])))
            else:
                o = pairs[i + 1]
                if o[:1] == '"':  # a literal: as it is kept, unless it has a datatype
                    objs = (typed.get(o) or term(o)) if o[-1] == ">" else o
                elif o.startswith(namespaces):
                    objs = names.get(o) or term(o)
                else:
                    objs = "<" + o + ">"
            verb = verbs.get(p) or self.verb(p)
            if p == _RDF_TYPE:
                head = verb + objs
            else:
                parts.append(verb + objs)
            i = j
        if head is not None:
            parts.insert(0, head)
        subject = self.compact(s) if s.startswith(namespaces) else None
        return f"{subject or f'<{s}>'}\n" + " ;\n".join(parts) + " .\n"


def _prefixes(g: Graph | Triples) -> list[tuple[str, str]]:
    return sorted((str(p), str(ns)) for p, ns in g.namespaces())


def _as_triples(g: Graph | Triples) -> Triples:
    """``g`` as :class:`Triples` (an rdflib graph is copied, prefixes and all)."""
    if isinstance(g, Triples):
        return g
    out = Triples()
    for prefix, ns in g.namespaces():
        out.bind(str(prefix), str(ns))
    for triple in g:
        out.add(triple)
    return out


def _joined(lines: Iterable[str]) -> Iterator[str]:
    """``"\\n".join(lines)``, as a stream of pieces."""
    first = True
    for line in lines:
        if not first:
            yield "\n"
        first = False
        yield line


def turtle(g: Graph | Triples) -> Iterator[str]:
    """The graph as Turtle, in pieces to write one after another (see :func:`to_turtle`)."""
    g = _as_triples(g)
    prefixes = _prefixes(g)
    terms = _Terms(prefixes)
    head = [f"@prefix {p}: <{ns}> ." for p, ns in prefixes]
    return _turtle_pieces("\n".join([*head, ""]), terms.block, g.items())


def _turtle_pieces(head: str, block: Callable, items: Iterable) -> Iterator[str]:
    """``head``, then each subject's block after a blank line: the pieces of
    ``"\\n".join`` with the separator joined to the block (one piece a subject, not two)."""
    yield head
    for s, pairs in items:
        yield "\n" + block(s, pairs)


def to_turtle(g: Graph | Triples) -> str:
    """Serialise a graph without blank nodes as Turtle, deterministically and fast.

    Why not ``g.serialize("turtle")``: rdflib's writer runs at ~14k triples/s here, which
    made it the slowest stage of a build. This writer emits the same triples (tested),
    grouped by subject, with subjects, predicates and objects in sorted order, so the same
    graph always gives the same bytes.
    """
    return "".join(turtle(g))


def _graph_names(base: str) -> tuple[str, Callable[[str], str | None]]:
    """The documents' IRI space, and the named graph of an encoded term in it (else None).

    See :func:`graph_of`; each document's graph name is made once and shared.
    """
    base = base if base.endswith(("/", "#")) else base + "/"
    docs = base + "doc/"
    cut = len(docs)
    names: dict[str, str] = {}

    def doc_graph(term: str) -> str | None:
        if not term.startswith(docs):  # a literal starts with '"', so never does
            return None
        doc = term[cut:].partition("/")[0]
        name = names.get(doc)
        if name is None:
            name = names[doc] = base + "graph/doc/" + doc
        return name

    return docs, doc_graph


def graph_of(triple: tuple, base: str) -> str:
    """The named graph a triple belongs to in a TriG export.

    What one article says (its metadata, mentions, statements, per-document events and
    their participations, and every link from a shared node to one of its mentions)
    goes into that document's graph, so a corrected article can be replaced as a unit;
    what the corpus says (merged actors and events, relations, conflicts, the build)
    goes into one corpus graph.
    """
    s, _, o = map(encode, triple)
    _, doc_graph = _graph_names(base)
    return doc_graph(s) or ("/m/" in o and doc_graph(o)) or _corpus(base)


def _corpus(base: str) -> str:
    return (base if base.endswith(("/", "#")) else base + "/") + "graph/corpus"


def named_graphs(g: Triples, base: str = DEFAULT_BASE) -> dict[str, list]:
    """Graph name (see :func:`graph_of`) -> its subjects in order: a subject whose triples
    all go to that graph by itself (most of them), one whose triples are split as
    (subject, its pairs that go there). TriG writes each graph as a block; ``--shard``
    groups them into files (kg.export.shards), so both cut the graph the same way.
    """
    subjects = g.subjects()
    docs, doc_graph = _graph_names(base)
    corpus = _corpus(base)
    graphs: dict[str, list] = {}
    for s in g.order():
        name = doc_graph(s)
        if name is not None:  # a document's node: all its triples are the document's
            graphs.setdefault(name, []).append(s)
            continue
        pairs = subjects[s]
        split: dict[str, list[str]] = {}
        for i in range(1, len(pairs), 2):
            o = pairs[i]
            name = (o.startswith(docs) and "/m/" in o and doc_graph(o)) or corpus
            split.setdefault(name, []).extend((pairs[i - 1], o))
        if len(split) == 1:
            [name] = split
            graphs.setdefault(name, []).append(s)
            continue
        for name, part in split.items():
            graphs.setdefault(name, []).append((s, tuple(part)))
    return graphs


def trig(g: Graph | Triples, base: str = DEFAULT_BASE) -> Iterator[str]:
    """The graph as TriG, in pieces to write one after another (see :func:`to_trig`)."""
    g = _as_triples(g)
    prefixes = _prefixes(g)
    terms = _Terms(prefixes)
    subjects = g.subjects()
    graphs = named_graphs(g, base)

    def lines() -> Iterator[str]:
        yield from (f"@prefix {p}: <{ns}> ." for p, ns in prefixes)
        yield ""
        for name in sorted(graphs):
            yield f"<{name}> {{"
            for item in graphs[name]:
                yield terms.block(item, subjects[item]) if type(item) is str else terms.block(*item)
            yield "}\n"

    return _joined(lines())


def to_trig(g: Graph | Triples, base: str = DEFAULT_BASE) -> str:
    """The graph as TriG: one named graph per source document plus the corpus graph."""
    return "".join(trig(g, base))


def ntriples(g: Graph | Triples) -> Iterator[str]:
    """The graph as N-Triples, in pieces to write one after another (see :func:`to_ntriples`).

    Lines sort by "<subject>" first; that order differs from the subjects' own only
    where one IRI is the start of another ("<…/m/1-2>" sorts after "<…/m/1-2/pos>",
    as "/" < ">"), so the sorted subjects are reordered with a stack, not sorted again.
    """
    g = _as_triples(g)
    for s, pairs in _nt_order(g.items(), itemgetter(0)):
        head = f"<{s}> <"
        lines = [
            f"{head}{pairs[i]}> {o} .\n" if o.startswith('"') else f"{head}{pairs[i]}> <{o}> .\n"
            for i in range(0, len(pairs), 2)
            for o in (pairs[i + 1],)
        ]
        lines.sort()
        yield "".join(lines)


def _nt_order(order: Iterable[_T], iri: Callable[[_T], str] | None = None) -> Iterator[_T]:
    """Sorted IRIs (or items sorted by ``iri(item)``) in the order of the IRIs'
    N-Triples spelling "<iri>".

    An IRI sorts after its extensions whose next character comes before ">"; the
    pending ones are a chain of prefixes on the stack, so a stream stays a stream.
    """
    stack: list[tuple[str, _T]] = []
    for item in order:
        s = item if iri is None else iri(item)
        while stack:
            top = stack[-1][0]
            if s.startswith(top) and s[len(top)] < ">":
                break
            yield stack.pop()[1]
        stack.append((s, item))  # type: ignore[arg-type]
    while stack:
        yield stack.pop()[1]


def to_ntriples(g: Graph | Triples) -> str:
    """The graph as N-Triples: one triple a line, full IRIs, lines sorted."""
    return "".join(ntriples(g))


def jsonld(g: Graph | Triples) -> Iterator[str]:
    """The graph as flattened JSON-LD, in pieces to write one after another.

    Spelt as ``json.dumps(node, sort_keys=True, ensure_ascii=False)`` spells each node
    object (tested), but written as text: a literal's N-Triples spelling is already its
    JSON string unless it holds a ``\\uXXXX`` escape (JSON spells those characters
    differently), so most values are copied, not decoded and encoded again.
    """
    g = _as_triples(g)
    prefixes = _prefixes(g)
    terms = _Terms(prefixes)
    string = json.encoder.encode_basestring  # what json.dumps uses with ensure_ascii=False
    keys: dict[str, str] = {}  # predicate -> its key
    opening: dict[str, str] = {}  # what follows a literal's quote -> its value object's start

    def compact(u: str) -> str:
        return terms.compact(u) or u

    def literal(o: str) -> str:
        """A literal's value object, as JSON."""
        end = o.rindex('"')  # inner quotes are escaped; tags and datatypes have none
        suffix = o[end + 1 :]
        start = opening.get(suffix)
        if start is None:
            if suffix.startswith("@"):
                start = f'{{"@language": {string(suffix[1:])}, "@value": '
            elif suffix:
                start = f'{{"@type": {string(compact(suffix[3:-1]))}, "@value": '
            else:
                start = '{"@value": '
            opening[suffix] = start
        if "\\u" in o:
            return f"{start}{string(_lexical(o)[0])}}}"
        return f"{start}{o[: end + 1]}}}"

    def order(o: str) -> tuple[str, str, str, str]:
        """A value's place among its property's values: (id, value, language, type)."""
        if not o.startswith('"'):
            return (o, "", "", "")
        lexical, suffix = _lexical(o)
        if suffix.startswith("@"):
            return ("", lexical, suffix[1:], "")
        return ("", lexical, "", compact(suffix[3:-1]) if suffix else "")

    def value(o: str) -> str:
        return literal(o) if o.startswith('"') else f'{{"@id": {string(o)}}}'

    def node(s: str, pairs: tuple[str, ...]) -> str:
        entries = [("@id", string(s))]
        i, n = 0, len(pairs)
        while i < n:
            p = pairs[i]
            j = i + 2
            while j < n and pairs[j] == p:
                j += 2
            if p == _RDF_TYPE:
                types = sorted(compact(o) for o in pairs[i + 1 : j : 2])
                entries.append(("@type", "[" + ", ".join(map(string, types)) + "]"))
            else:
                key = keys.get(p)
                if key is None:
                    key = keys[p] = compact(p)
                if j == i + 2:
                    entries.append((key, f"[{value(pairs[i + 1])}]"))
                else:
                    objects = sorted(pairs[i + 1 : j : 2], key=order)
                    entries.append((key, "[" + ", ".join(map(value, objects)) + "]"))
            i = j
        entries.sort()
        return "{" + ", ".join(f"{string(k)}: {v}" for k, v in entries) + "}"

    context = json.dumps(dict(prefixes), sort_keys=True, ensure_ascii=False)
    yield f'{{"@context": {context},\n"@graph": [\n'
    first = True
    for s, pairs in g.items():
        if not first:
            yield ",\n"
        first = False
        yield node(s, pairs)
    yield "\n]}\n"


def to_jsonld(g: Graph | Triples) -> str:
    """The graph as flattened JSON-LD: one node object a line, in subject order.

    Properties and types are compact IRIs under the graph's prefixes; every literal is
    a value object with its language or datatype, so a JSON-LD processor gives back
    exactly the same triples (tested with rdflib and pyoxigraph).
    """
    return "".join(jsonld(g))


def options(settings) -> dict[str, str]:
    """The settings that shape a build's content, for the build's provenance."""
    out = {"base_iri": settings.base_iri}
    if settings.published:
        out["published"] = settings.published.isoformat()
    return out

"""The VoID description of an export (``void.ttl``): what the graph holds and how it was made.

Why a separate file: a data catalogue, a triplestore's dataset browser or a colleague
deciding whether to load the graph wants its size, vocabularies, license and creation
time without reading the data. The build's time lives here and not in ``graph.ttl``,
which must stay byte-identical when the same input is rebuilt; load both files and the
build activity has its ``prov:startedAtTime`` and ``prov:endedAtTime``. Set
``SOURCE_DATE_EPOCH`` (seconds, the reproducible-builds convention) to pin the time.
"""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from itertools import chain, compress
from operator import itemgetter
from pathlib import Path
from typing import BinaryIO
from urllib.parse import quote

from rdflib import RDF, XSD, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, VOID

from .. import __version__
from ..model import BuildResult
from ..namespaces import KG_NS
from . import copies_of, write_atomic
from .rdf import (
    Iris,
    Triples,
    build_iri,
    check_iri,
    corpus_key,
    decode,
    dump_framed,
    load_framed,
    to_turtle,
)

# The vocabularies a kg export draws on: namespace -> the vocabulary's own IRI.
VOCABULARIES = {
    KG_NS: "https://w3id.org/kgnews/ns",
    "http://www.w3.org/ns/oa#": "http://www.w3.org/ns/oa#",
    "https://schema.org/": "https://schema.org/",
    "http://www.w3.org/ns/prov#": "http://www.w3.org/ns/prov#",
    "http://www.w3.org/2004/02/skos/core#": "http://www.w3.org/2004/02/skos/core",
    "http://www.w3.org/2000/01/rdf-schema#": "http://www.w3.org/2000/01/rdf-schema#",
    "http://www.w3.org/2002/07/owl#": "http://www.w3.org/2002/07/owl#",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
}
# Graph format -> its W3C format IRI (void:feature) and file name.
FEATURES = {
    "turtle": ("http://www.w3.org/ns/formats/Turtle", "graph.ttl"),
    "trig": ("http://www.w3.org/ns/formats/TriG", "graph.trig"),
    "nt": ("http://www.w3.org/ns/formats/N-Triples", "graph.nt"),
    "jsonld": ("http://www.w3.org/ns/formats/JSON-LD", "graph.jsonld"),
}
# Distinct objects of a graph held with at most this many subjects are counted in one
# set (the graph spills to disk past kg.pipeline.SPILL_AT = 200,000 subjects anyway).
ONE_SET = 250_000
# Predicates counted per Counter.update call.
BATCH = 1 << 16
# Distinct objects gathered in one set before they are dealt out to files (_Parts).
PENDING = 1 << 18
NO_LICENSE = (
    "No license was given for this export (kg build --license IRI). The facts are "
    "derived from the source articles, whose publishers' terms apply."
)


def build_time(result: BuildResult) -> tuple[datetime, datetime]:
    """When the build ran, in UTC; ``SOURCE_DATE_EPOCH`` overrides both ends."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        pinned = datetime.fromtimestamp(int(epoch), timezone.utc)
        return pinned, pinned
    now = datetime.now(timezone.utc)
    return result.started or now, result.finished or now


def _stamp(when: datetime) -> Literal:
    text = when.astimezone(timezone.utc).replace(microsecond=0, tzinfo=None).isoformat() + "Z"
    return Literal(text, datatype=XSD.dateTime)


def describe(result: BuildResult, triples: Triples, settings) -> Triples:
    """The VoID dataset of one export, with a class and a property partition each."""
    iris = Iris(settings.base_iri)
    dataset = URIRef(iris._iri("dataset", corpus_key(result)))
    build = URIRef(build_iri(result, iris))
    v = Triples()
    for prefix, ns in [
        ("void", VOID),
        ("dct", DCTERMS),
        ("prov", PROV),
        ("xsd", XSD),
        ("kg", KG_NS),
    ]:
        v.bind(prefix, str(ns))
    # the articles read, each other outlet's copy of a text among them (a kg:Document too)
    n_docs = len(result.documents) + sum(map(len, copies_of(result.documents).values()))
    v.add((dataset, RDF.type, VOID.Dataset))
    v.add((dataset, DCTERMS.title, Literal(f"kg graph of {n_docs} news articles", lang="en")))
    v.add(
        (
            dataset,
            DCTERMS.description,
            Literal(
                "Actors, statements and events read from news articles by kg, merged across "
                "articles and linked by typed relations, each fact traced to the characters of "
                "the article it was read from.",
                lang="en",
            ),
        )
    )
    started, finished = build_time(result)
    v.add((dataset, DCTERMS.created, _stamp(finished)))
    v.add((build, PROV.startedAtTime, _stamp(started)))
    v.add((build, PROV.endedAtTime, _stamp(finished)))
    v.add((dataset, PROV.wasGeneratedBy, build))
    v.add((dataset, DCTERMS.creator, Literal(f"kg {__version__}")))
    if getattr(settings, "license", None):
        license_iri = check_iri(settings.license, "the license")
        v.add((dataset, DCTERMS.license, URIRef(license_iri)))
    else:
        v.add((dataset, DCTERMS.rights, Literal(NO_LICENSE, lang="en")))
    v.add((dataset, VOID.uriSpace, Literal(iris.base)))
    for fmt in settings.formats:
        if fmt in FEATURES:
            v.add((dataset, VOID.feature, URIRef(FEATURES[fmt][0])))

    # counted as a graph format streamed the triples out, or else by a pass of its own
    census = triples.census
    if census is not None and census.done:
        subjects, properties, classes, objects = census.figures()
    else:
        subjects, properties, classes, objects = _statistics(triples)
    used = set()
    for term in list(properties) + list(classes):
        for ns, vocabulary in VOCABULARIES.items():
            if term.startswith(ns):
                used.add(vocabulary)
    for vocabulary in sorted(used):
        v.add((dataset, VOID.vocabulary, URIRef(vocabulary)))
    for prop, value in [
        (VOID.triples, sum(properties.values())),
        (VOID.entities, subjects),
        (VOID.distinctSubjects, subjects),
        (VOID.distinctObjects, objects),
        (VOID.properties, len(properties)),
        (VOID.classes, len(classes)),
        (VOID.documents, n_docs),
    ]:
        v.add((dataset, prop, Literal(value, datatype=XSD.integer)))
    prefixes = sorted(((ns, p) for p, ns in triples.namespaces()), key=lambda x: -len(x[0]))

    def local(term: str) -> str:
        """``kg:Event`` -> ``kg-Event``: a readable, IRI-safe partition name."""
        for ns, prefix in prefixes:
            if term.startswith(ns):
                return quote(f"{prefix}-{term[len(ns) :]}", safe="-._~")
        return quote(str(term), safe="")

    for cls, n in classes.items():
        part = URIRef(f"{dataset}/class/{local(cls)}")
        v.add((dataset, VOID.classPartition, part))
        v.add((part, VOID["class"], decode(cls)))
        v.add((part, VOID.entities, Literal(n, datatype=XSD.integer)))
    for prop, n in properties.items():
        part = URIRef(f"{dataset}/property/{local(prop)}")
        v.add((dataset, VOID.propertyPartition, part))
        v.add((part, VOID.property, URIRef(prop)))
        v.add((part, VOID.triples, Literal(n, datatype=XSD.integer)))
    return v


def _statistics(triples: Triples, parts: int = 4) -> tuple[int, Counter, Counter, int]:
    """Distinct subjects, triples per property, entities per class, distinct objects,
    by a pass of their own: for a graph no writer streamed whole (:class:`Census`).

    One pass over the triples (subject -> pairs, :meth:`Triples.items`), counting with C
    loops (``Counter.update`` of a batch of predicates and types, ``set.update``)
    rather than per triple or per subject in Python. Distinct objects of a graph held
    in memory go to one set when it has at most ``ONE_SET`` subjects (a spilled graph
    is never larger in memory than that); a larger one is counted a part at a time (by
    hash, so each object falls in one part): one set of them all took ~200 MB at 9.5M
    triples. A graph on disk (:attr:`Triples.spilled`) is counted by a :class:`Census`
    of its merged batches. A graph held whole, up to ``ONE_SET`` subjects, is counted
    flat (:func:`_held_statistics`).
    """
    if triples.spilled:
        census = Census(triples)
        for _ in census.counted(triples.batches()):
            pass
        return census.figures()
    held = triples.subjects()
    if len(held) <= ONE_SET:
        return _held_statistics(held)
    subjects, properties, classes, _ = _held_statistics(held, distinct=False)
    objects = 0
    for part in range(parts):
        seen = set()
        for pairs in held.values():
            seen.update(o for o in pairs[1::2] if hash(o) % parts == part)
        objects += len(seen)
    return subjects, properties, classes, objects


def _held_statistics(
    held: dict[str, tuple[str, ...]], distinct: bool = True
) -> tuple[int, Counter, Counter, int]:
    """:func:`_statistics` of a graph held in memory, a slice of subjects at a time laid
    out flat, so predicates, objects and the objects of rdf:type are cut from it by C
    slicing and counted by C loops: nothing runs in Python per subject (the loop over
    subjects was most of void.ttl's time). Without ``distinct`` the objects are not
    gathered in one set (0 is returned for them): a graph past ``ONE_SET`` subjects
    counts them a part at a time."""
    properties: Counter = Counter()
    classes: Counter = Counter()
    seen: set[str] = set()
    is_type = str(RDF.type).__eq__
    values, step = list(held.values()), max(1, BATCH // 8)  # subjects a slice
    for start in range(0, len(values), step):
        flat = list(chain.from_iterable(values[start : start + step]))
        predicates, objects = flat[::2], flat[1::2]
        properties.update(predicates)
        classes.update(compress(objects, map(is_type, predicates)))
        if distinct:
            seen.update(objects)
    return len(held), properties, classes, len(seen)


class Census:
    """void.ttl's figures of a graph (distinct subjects, triples per property, entities
    per class, distinct objects), counted from the batches a writer streams out
    (:attr:`Triples.census`: graph.ttl's pass, or N-Triples' or JSON-LD's), not by a
    pass of void.ttl's own. Why: that second pass merged a spilled graph's runs from
    disk again and held what it read, as long as graph.ttl took and a peak of its own
    (at 10k simulated articles). Each batch is counted as :func:`_held_statistics`
    counts a slice, with C loops; the objects are dealt out to :class:`_Parts`, counted
    once the pass ends, so what is held past it is the figures alone."""

    def __init__(self, triples: Triples) -> None:
        self._triples = triples
        self.done = False
        self._parts: _Parts | None = None
        self._figures: tuple[int, Counter, Counter, int] = (0, Counter(), Counter(), 0)

    def counted(
        self, batches: Iterator[list[tuple[str, tuple[str, ...]]]]
    ) -> Iterator[list[tuple[str, tuple[str, ...]]]]:
        """``batches``, each counted as it goes by; the figures are kept once the last
        has (a pass left unfinished counts nothing, and the next starts again)."""
        self.close()
        properties: Counter = Counter()
        classes: Counter = Counter()
        is_type = str(RDF.type).__eq__
        subjects = 0
        self._parts = objects = _Parts(self._triples)
        try:
            for batch in batches:
                subjects += len(batch)
                flat = list(chain.from_iterable(map(itemgetter(1), batch)))
                predicates = flat[::2]
                properties.update(predicates)
                classes.update(compress(flat[1::2], map(is_type, predicates)))
                objects.add(flat[1::2])
                del flat, predicates
                yield batch
            self._figures = (subjects, properties, classes, objects.distinct())
            self.done = True
        finally:
            self.close()

    def figures(self) -> tuple[int, Counter, Counter, int]:
        """What :func:`_statistics` gives, once a whole pass was counted."""
        if not self.done:
            raise RuntimeError("the graph's triples were not all counted")
        return self._figures

    def close(self) -> None:
        """Delete the objects dealt out to disk by an unfinished pass."""
        if self._parts is not None:
            self._parts.close()
            self._parts = None


class _Parts:
    """Objects dealt out by hash to files in a scratch folder, for a graph too large to
    hold: each file's set is counted alone, so no set holds more than about one run's
    objects, and an object always falls in the same file. The folder is made at the
    first batch dealt out: a graph with fewer distinct objects than :data:`PENDING`
    is counted in one set, as a held one was, without a file."""

    def __init__(self, triples: Triples) -> None:
        self.parts = max(4, 2 * triples.runs)
        self._scratch = triples.scratch
        self._batches: list[list[str]] = [[] for _ in range(self.parts)]
        self._pending: set[str] = set()
        self._folder: tempfile.TemporaryDirectory | None = None
        self._files: list[BinaryIO] = []

    def add(self, objects: Iterable[str]) -> None:
        """Objects to count: gathered in one set first (a C loop), so each distinct one
        among a few hundred thousand is dealt out once, not each time it recurs."""
        pending = self._pending
        pending.update(objects)
        if len(pending) >= PENDING:
            self._flush()

    def _flush(self) -> None:
        if self._folder is None:
            if self._scratch is not None:
                self._scratch.mkdir(parents=True, exist_ok=True)
            self._folder = tempfile.TemporaryDirectory(prefix=".kg-objects-", dir=self._scratch)
            path = Path(self._folder.name)
            self._files = [(path / f"{i:05d}").open("wb") for i in range(self.parts)]
        batches, parts = self._batches, self.parts
        for o in self._pending:
            batches[hash(o) % parts].append(o)
        self._pending.clear()
        for batch, f in zip(batches, self._files, strict=True):
            dump_framed(batch, f)
            batch.clear()

    def distinct(self) -> int:
        """How many distinct objects were added."""
        if self._folder is None:  # never dealt out: they are all in one set
            return len(self._pending)
        self._flush()
        for f in self._files:
            f.close()
        objects = 0
        for i in range(self.parts):
            seen: set[str] = set()
            with open(Path(self._folder.name) / f"{i:05d}", "rb") as f:
                for batch in load_framed(f):
                    seen.update(batch)
            objects += len(seen)
        return objects

    def close(self) -> None:
        """Delete the files (and forget the objects held)."""
        for f in self._files:
            f.close()
        self._files = []
        self._pending.clear()
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None


def write(result: BuildResult, triples: Triples, path: Path, settings) -> None:
    """Write ``void.ttl`` atomically."""
    write_atomic(path, to_turtle(describe(result, triples, settings)))

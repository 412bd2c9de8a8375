"""SHACL shapes checked as SPARQL queries over a pyoxigraph store.

Why: pySHACL walks the graph in Python, node by node; on a 534,000-triple export it
took 112 s and 657 MB, and a 9.5-million-triple build could not be checked at all.
Here the constraints become SPARQL queries that return only the nodes that break
them, and Oxigraph answers them in native code: the counts and value tests of all
the property shapes of one node shape share one query (see Translator.combined),
every other constraint has its own.

The queries are generated from the shapes graph, never written per shape, so a
changed shapes file is checked without a code change. :func:`compile_shapes` raises
:class:`Unsupported` for any part of SHACL it does not translate; ``kg validate``
then falls back to pySHACL for the run and says so.

The results are pySHACL's, item for item (focus node, path, value, constraint
component, severity, source shape, message); tests/test_validate.py compares the two
on damaged graphs. Known differences, on literals kg never writes: pySHACL compares
values with Python, this engine with SPARQL's operators, so values that cannot be
compared may be judged differently (pySHACL even stops with a TypeError on an
ill-typed number beside a good one under sh:lessThanOrEquals); an ill-typed literal
is one that Oxigraph cannot cast, which differs from rdflib on a few spellings such
as "1e3"^^xsd:decimal; and a shape without sh:message gets a message of kg's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

import pyoxigraph as ox
from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH, XSD
from rdflib.term import Node

# Oxigraph stores numbers, booleans, dates and durations in a native form: it gives
# "0.50"^^xsd:decimal back as "0.5" (two values that rdflib, and so pySHACL, keeps
# apart), and the integer subtypes as plain xsd:integer (which would hide a wrong
# sh:datatype). So the store holds the data in three graphs (see stored): PLAIN, the
# triples without such a literal, and each triple with one twice: in EXACT under a
# private datatype that names the real one, its text as written, and in NATIVE as
# Oxigraph reads it. kg's own checks read PLAIN + EXACT (casting such values where
# they compare them); the shapes' SPARQL (targets and constraints) reads PLAIN +
# NATIVE, as any SPARQL store would answer it.
SURROGATE = "urn:x-kg-validate:datatype:"
_INTEGER_RANGES: dict[str, tuple[int | None, int | None]] = {
    "integer": (None, None),
    "nonNegativeInteger": (0, None),
    "positiveInteger": (1, None),
    "nonPositiveInteger": (None, 0),
    "negativeInteger": (None, -1),
    "long": (-(2**63), 2**63 - 1),
    "int": (-(2**31), 2**31 - 1),
    "short": (-(2**15), 2**15 - 1),
    "byte": (-(2**7), 2**7 - 1),
    "unsignedLong": (0, 2**64 - 1),
    "unsignedInt": (0, 2**32 - 1),
    "unsignedShort": (0, 2**16 - 1),
    "unsignedByte": (0, 2**8 - 1),
}
# The XSD datatypes whose values SPARQL compares, and the cast that reads each one.
CASTS: dict[str, str] = {str(XSD) + name: str(XSD.integer) for name in _INTEGER_RANGES}
for _name in ("decimal", "float", "double", "boolean", "date", "dateTime", "time"):
    CASTS[str(XSD) + _name] = str(XSD) + _name
for _name in ("duration", "dayTimeDuration", "yearMonthDuration"):
    CASTS[str(XSD) + _name] = str(XSD) + _name
CASTS[str(XSD.dateTimeStamp)] = str(XSD.dateTime)


PLAIN = ox.NamedNode("urn:x-kg-validate:graph:plain")
EXACT = ox.NamedNode("urn:x-kg-validate:graph:exact")
NATIVE = ox.NamedNode("urn:x-kg-validate:graph:native")
TARGETS = ox.NamedNode("urn:x-kg-validate:graph:targets")  # each shape's focus nodes
FOCUS_OF = "urn:x-kg-validate:focus"
CORE_VIEW = [PLAIN, EXACT]
SPARQL_VIEW = [PLAIN, NATIVE]


def wrapped(datatype: str) -> bool:
    """Whether literals of ``datatype`` are stored twice (see PLAIN, EXACT, NATIVE)."""
    return datatype.startswith(str(XSD)) and datatype != str(XSD.string)


# Shape parameters this translator understands; any other sh: term on a shape makes
# the shapes unsupported (see Unsupported).
_TARGETS = {SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target}
_NON_VALIDATING = {
    SH.path,
    SH.message,
    SH.severity,
    SH.name,
    SH.description,
    SH.order,
    SH.group,
    SH.deactivated,
    SH.defaultValue,
    SH.property,
    SH.declare,
    SH.prefixes,
    SH.sparql,
    SH.closed,
    SH.ignoredProperties,
}
_VALUE_LOCAL = {
    SH["class"],
    SH.datatype,
    SH.nodeKind,
    SH.pattern,
    SH.flags,
    SH["in"],
    SH.minInclusive,
    SH.maxInclusive,
    SH.minExclusive,
    SH.maxExclusive,
    SH.minLength,
    SH.maxLength,
    SH.languageIn,
    SH.node,
    SH["or"],
    SH["and"],
    SH["not"],
    SH.xone,
    SH.hasValue,
}
_COUNTING = {SH.minCount, SH.maxCount, SH.qualifiedValueShape, SH.qualifiedMinCount}
_COUNTING |= {SH.qualifiedMaxCount}
_PAIRS = {SH.equals, SH.disjoint, SH.lessThan, SH.lessThanOrEquals}
KNOWN = _TARGETS | _NON_VALIDATING | _VALUE_LOCAL | _COUNTING | _PAIRS
_PATH_KINDS = {
    SH.inversePath,
    SH.alternativePath,
    SH.zeroOrMorePath,
    SH.oneOrMorePath,
    SH.zeroOrOnePath,
}


class Unsupported(Exception):
    """A shape uses SHACL that this translator does not turn into SPARQL."""


@dataclass
class Check:
    """One generated query and what its rows mean."""

    shape: Node  # the source shape of the results
    component: URIRef  # sh:...ConstraintComponent
    path: Node | None
    severity: str
    messages: list[Literal]
    query: str
    sparql: bool = False  # a SPARQL-based constraint: messages take its bindings, and
    # it reads the data as SPARQL does (see SPARQL_VIEW)
    extra_messages: list[Literal] = field(default_factory=list)
    # several constraints in one query: (component, variable that is false if it failed)
    flags: list[tuple[URIRef, str]] = field(default_factory=list)
    # the value tests of the same property shape, run only when the query finds a focus
    # node with a value that fails one (a non-zero ``bad`` variable)
    values: Check | None = None
    bad: str | None = None
    # one query for all the property shapes of a node shape (see Translator.combined):
    # each part is a property shape's check whose flags and ``bad`` name this query's
    # variables, and whose own query is empty
    parts: list[Check] = field(default_factory=list)


@dataclass
class Part:
    """A property shape's share of its node shape's combined query."""

    check: Check  # what its rows are reported as (flags and ``bad`` name variables)
    branch: str  # the pattern that binds the property's values
    aggregates: list[str]  # ``(expression AS ?variable)`` for the select clause
    failed: list[str]  # the expressions of which any true makes a focus node a row


@dataclass(frozen=True)
class Row:
    """A result row, still in rdflib terms: the focus node, path and value."""

    focus: Node
    path: Node | None
    value: Node | None
    message: str


# --- loading ----------------------------------------------------------------------


def stored(quads: Iterable[ox.Quad], blank_prefix: str) -> Iterator[ox.Quad]:
    """``quads`` as the store must hold them for the checks (see PLAIN).

    Files share no blank nodes: each gets its own prefix, as pySHACL's copy does.
    """
    blank, literal, quad = ox.BlankNode, ox.Literal, ox.Quad
    surrogates: dict[str, ox.NamedNode | None] = {}  # datatype -> its stand-in, if wrapped
    for q in quads:
        s, o = q.subject, q.object
        if isinstance(s, blank):
            s = blank(blank_prefix + s.value)
        if isinstance(o, blank):
            o = blank(blank_prefix + o.value)
        elif isinstance(o, literal):
            datatype = o.datatype.value
            if datatype not in surrogates:
                wrap = wrapped(datatype)
                surrogates[datatype] = ox.NamedNode(SURROGATE + datatype) if wrap else None
            surrogate = surrogates[datatype]
            if surrogate is None:
                yield quad(s, q.predicate, o, PLAIN)
                continue
            yield quad(s, q.predicate, literal(o.value, datatype=surrogate), EXACT)
            yield quad(s, q.predicate, o, NATIVE)
            continue
        yield quad(s, q.predicate, o, PLAIN)


# Formats that bulk_load reads into one named graph, as the checks want them.
_GRAPH_FORMATS = (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N3)


def load(store: ox.Store, path: str, fmt: ox.RdfFormat, base_iri: str, blank_prefix: str):
    """Add the triples of one file to ``store`` as the checks need them (see PLAIN).

    Why two ways: handing each triple through Python (:func:`stored`) costs several
    times what Oxigraph's own bulk loader does. So an N-Triples file is sorted by line
    and loaded natively (see _load_n_triples); a Turtle file is bulk-loaded natively
    into PLAIN, and only its triples with an XSD-typed literal are moved to EXACT and
    NATIVE. The bulk loader renames blank nodes, which would
    part a moved triple from its subject, so a file with blank nodes goes the slow
    way. Returns the file's prefixes.
    """
    typed: list[ox.Quad] | None = None
    prefixes: dict = {}
    if fmt == ox.RdfFormat.N_TRIPLES:
        if _load_n_triples(store, path, base_iri, blank_prefix):
            return prefixes
    elif fmt == ox.RdfFormat.TURTLE:
        found = _as_n_triples(store, path, base_iri, blank_prefix)
        if found is not None:
            return found
    if fmt in _GRAPH_FORMATS and fmt != ox.RdfFormat.N_TRIPLES:
        found = _typed(path, fmt, base_iri)
        if found is not None:
            typed, prefixes = found
            store.bulk_load(path=path, format=fmt, base_iri=base_iri, to_graph=PLAIN)
    if typed is not None:
        for q in typed:
            store.remove(ox.Quad(q.subject, q.predicate, q.object, PLAIN))
        store.bulk_extend(stored(typed, blank_prefix))
        return prefixes
    parser = ox.parse(path=path, format=fmt, base_iri=base_iri)
    store.bulk_extend(stored(parser, blank_prefix))
    return dict(getattr(parser, "prefixes", None) or {})


def _as_n_triples(store: ox.Store, path: str, base_iri: str, blank_prefix: str) -> dict | None:
    """Load a Turtle file by way of N-Triples (:func:`_load_n_triples`); its prefixes,
    or None, with nothing loaded, if it has blank nodes.

    Why: Oxigraph writes a Turtle file out as N-Triples, every literal as written, in
    about a tenth of the time the Turtle route spends handing each triple to Python
    (0.6 s against 1.7 s on 500,000 triples); the copy lives in the temporary folder
    only while it is loaded. A syntax error is the Turtle file's, with its line.
    """
    import os
    import tempfile

    parser = ox.parse(path=path, format=ox.RdfFormat.TURTLE, base_iri=base_iri)
    handle, copy = tempfile.mkstemp(suffix=".nt", prefix="kg-validate-")
    try:
        with os.fdopen(handle, "wb") as out:
            ox.serialize(parser, output=out, format=ox.RdfFormat.N_TRIPLES)
        if not _load_n_triples(store, copy, base_iri, blank_prefix):
            return None
    finally:
        os.unlink(copy)
    return dict(parser.prefixes)


def _typed(path: str, fmt: ox.RdfFormat, base_iri: str) -> tuple[list[ox.Quad], dict] | None:
    """The triples of a Turtle file whose object is an XSD-typed literal, and its
    prefixes; None if the file has blank nodes. Kept lean: it sees every triple."""
    typed: list[ox.Quad] = []
    add = typed.append
    datatypes: dict[ox.NamedNode, bool] = {}
    blank, literal = ox.BlankNode, ox.Literal
    parser = ox.parse(path=path, format=fmt, base_iri=base_iri)
    for q in parser:
        o = q.object
        kind = type(o)
        if kind is literal:
            datatype = o.datatype
            wrap = datatypes.get(datatype)
            if wrap is None:
                wrap = datatypes[datatype] = wrapped(datatype.value)
            if wrap:
                add(q)
        elif kind is blank or type(q.subject) is blank:
            return None
    return typed, dict(parser.prefixes)


# An N-Triples line whose object is a literal typed with an XSD datatype, written out.
_TYPED_LINE = re.compile(rb'"\^\^<http://www\.w3\.org/2001/XMLSchema#(\w+)>[ \t]*\.[ \t]*\r?$')
_XSD_BYTES = str(XSD).encode()
_CHUNK = 1 << 25  # bytes of the file read and loaded at a time


def _load_n_triples(store: ox.Store, path: str, base_iri: str, blank_prefix: str) -> bool:
    """Load an N-Triples file without blank nodes into PLAIN, EXACT and NATIVE, all
    by Oxigraph's own loader; False, with nothing loaded, if it has blank nodes.

    Why: an N-Triples line is a whole triple and a typed literal ends its line, so the
    lines are sorted as bytes: plain ones go to PLAIN as they are, a line typed with
    an XSD datatype (not xsd:string) to NATIVE as it is and to EXACT with the
    datatype's IRI rewritten to its stand-in (see SURROGATE). No triple passes
    through Python objects except on the rare lines this cannot read for sure (any
    escape, which may spell a datatype or hide a quote; XMLSchema# elsewhere in the
    line), which go through :func:`stored`. Each piece is added in one transaction
    (``Store.load``): in pieces of at most _CHUNK bytes that is faster than the bulk
    loader and holds less memory. A syntax error is reported with the file's own
    line by parsing the whole file again.
    """
    import mmap

    with open(path, "rb") as f:
        if f.seek(0, 2) == 0:
            return True
        with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
            if data.find(b"_:") != -1:
                return False
        f.seek(0)
        fmt = ox.RdfFormat.N_TRIPLES
        surrogate = b'"^^<' + SURROGATE.encode() + _XSD_BYTES
        rest = b""
        typed: list[bytes] = []  # kept for fewer, larger loads: each load costs a lot
        size = 0
        try:
            while True:
                chunk = f.read(_CHUNK)
                block = rest + chunk
                cut = len(block) if not chunk else block.rfind(b"\n") + 1
                block, rest = block[:cut], block[cut:]
                plain, more, odd = _sorted_lines(block)
                store.load(plain, format=fmt, base_iri=base_iri, to_graph=PLAIN)
                typed += more
                size += sum(map(len, more))
                if odd:
                    quads = ox.parse(b"\n".join(odd), format=fmt, base_iri=base_iri)
                    store.bulk_extend(stored(quads, blank_prefix))
                if size > _CHUNK or not chunk:
                    native = b"\n".join(typed)
                    store.load(native, format=fmt, base_iri=base_iri, to_graph=NATIVE)
                    exact = native.replace(b'"^^<' + _XSD_BYTES, surrogate)
                    store.load(exact, format=fmt, base_iri=base_iri, to_graph=EXACT)
                    typed, size = [], 0
                if not chunk:
                    break
        except SyntaxError:  # the same error again, with the file's line and column
            for _ in ox.parse(path=path, format=fmt, base_iri=base_iri):
                pass
            raise
    return True


def _sorted_lines(block: bytes) -> tuple[bytes, list[bytes], list[bytes]]:
    """Whole N-Triples lines sorted for :func:`_load_n_triples`: the plain ones
    joined, those typed with an XSD datatype, and those to parse in Python.

    Why by search and not by splitting: only about one line in eight can hold a typed
    literal (it names "XMLSchema#", or has an escape that may spell it), and finding
    those leaves the plain text between them to be loaded as it is.
    """
    lines: set[tuple[int, int]] = set()  # (start, end) of each line with a marker

    def line_at(at: int) -> int:
        end = block.find(b"\n", at)
        end = len(block) if end == -1 else end
        lines.add((block.rfind(b"\n", 0, at) + 1, end))
        return end

    at = block.find(b"XMLSchema#")
    while at != -1:
        at = block.find(b"XMLSchema#", line_at(at))
    at = block.find(b"\\")  # one byte is found much faster than "\\u" and "\\U"
    while at != -1:
        at = line_at(at) if block[at + 1 : at + 2] in (b"u", b"U") else at + 2
        at = block.find(b"\\", at)
    plain: list[bytes] = []
    typed: list[bytes] = []
    odd: list[bytes] = []
    done = 0
    for start, end in sorted(lines):
        plain.append(block[done:start])
        done = end
        line = block[start:end]
        found = None if b"\\" in line else _TYPED_LINE.search(line)
        if found is None:
            odd.append(line)
        elif found.group(1) == b"string":
            plain.append(b"\n" + line)
        else:
            typed.append(line)
    plain.append(block[done:])
    return b"".join(plain), typed, odd


def count(store: ox.Store) -> int:
    """How many distinct triples the store holds (each doubled one once), while it
    holds only the data.

    Why not a COUNT query over PLAIN and EXACT: those two graphs share no triple, so
    the store's own size less NATIVE is the same number, several times faster.
    """
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{NATIVE.value}> {{ ?s ?p ?o }} }}"
    native = int(next(iter(store.query(query)))["n"].value)
    return len(store) - native


def to_rdflib(term) -> Node | None:
    """An Oxigraph result term as the rdflib term pySHACL would report."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    if datatype == str(XSD.string):
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(datatype.removeprefix(SURROGATE)))


# --- translating the shapes ---------------------------------------------------------


def _sparql_term(node: Node, stored_form: bool = True) -> str:
    """A shapes-graph term written into a query: as the store holds it (to match a
    term), or with its own datatype (to compare a value with it)."""
    if isinstance(node, URIRef):
        return f"<{node}>"
    if isinstance(node, Literal):
        text = str(node).replace("\\", "\\\\").replace('"', '\\"')
        text = text.replace("\n", "\\n").replace("\r", "\\r")
        if node.language:
            return f'"{text}"@{node.language}'
        datatype = str(node.datatype or XSD.string)
        if stored_form and wrapped(datatype):
            datatype = SURROGATE + datatype
        return f'"{text}"^^<{datatype}>'
    raise Unsupported(f"a blank node ({node}) where a value is expected")


def _string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


class Translator:
    """Turns the shapes of one shapes graph into :class:`Check` queries."""

    def __init__(self, shapes: Graph):
        self.g = shapes
        self.n = 0  # for fresh variable names
        self.prepare: list[str] = []  # updates to run before the checks

    def var(self) -> str:
        self.n += 1
        return f"?_v{self.n}"

    def items(self, node: Node) -> list[Node]:
        return list(Collection(self.g, node))

    def one(self, shape: Node, predicate: URIRef) -> Node | None:
        values = list(self.g.objects(shape, predicate))
        if len(values) > 1:
            raise Unsupported(f"{shape} has {len(values)} values of {predicate}")
        return values[0] if values else None

    def active(self, shape: Node) -> bool:
        return not any(
            isinstance(v, Literal) and v.toPython() is True
            for v in self.g.objects(shape, SH.deactivated)
        )

    # --- paths

    def path(self, node: Node) -> str:
        """A SHACL property path as a SPARQL property path."""
        if isinstance(node, URIRef):
            return f"<{node}>"
        if (node, RDF.first, None) in self.g:
            return "(" + "/".join(self.path(p) for p in self.items(node)) + ")"
        kinds = [(p, o) for p, o in self.g.predicate_objects(node) if p in _PATH_KINDS]
        if len(kinds) != 1:
            raise Unsupported(f"a property path that is not SHACL's ({node})")
        kind, inner = kinds[0]
        if kind == SH.alternativePath:
            return "(" + "|".join(self.path(p) for p in self.items(inner)) + ")"
        suffix = {SH.zeroOrMorePath: "*", SH.oneOrMorePath: "+", SH.zeroOrOnePath: "?"}
        if kind == SH.inversePath:
            return f"(^{self.path(inner)})"
        return f"({self.path(inner)}{suffix[kind]})"

    # --- targets

    def prefixes(self, node: Node) -> str:
        """The PREFIX lines that ``sh:prefixes`` of ``node`` declares."""
        lines = []
        for ontology in self.g.objects(node, SH.prefixes):
            for decl in self.g.objects(ontology, SH.declare):
                prefix = self.g.value(decl, SH.prefix)
                namespace = self.g.value(decl, SH.namespace)
                lines.append(f"PREFIX {prefix}: <{namespace}>")
        return "\n".join(sorted(set(lines)))

    def targets(self, shape: Node) -> tuple[str, str] | None:
        """A group pattern binding ?this to the shape's focus nodes, and its prefixes.

        The focus nodes are found once, by updates in ``self.prepare`` that leave them
        in the TARGETS graph; every check of the shape then starts from that list
        instead of finding them again. A SPARQL target's query reads the data as
        SPARQL does (SPARQL_VIEW), the others the exact literals (CORE_VIEW).
        """
        parts = []
        for cls in self.g.objects(shape, SH.targetClass):
            parts.append(self.typed("?this", cls))
        if (shape, RDF.type, RDFS.Class) in self.g:
            parts.append(self.typed("?this", shape))
        for node in self.g.objects(shape, SH.targetNode):
            parts.append(f"VALUES ?this {{ {_sparql_term(node)} }}")
        for p in self.g.objects(shape, SH.targetSubjectsOf):
            parts.append(f"?this {_sparql_term(p)} {self.var()} .")
        for p in self.g.objects(shape, SH.targetObjectsOf):
            parts.append(f"{self.var()} {_sparql_term(p)} ?this .")
        selects = []
        for target in self.g.objects(shape, SH.target):
            select = self.g.value(target, SH.select)
            if (target, RDF.type, SH.SPARQLTarget) not in self.g or select is None:
                raise Unsupported(f"{shape}: a sh:target that is not a sh:SPARQLTarget")
            if re.search(r"\$(shapesGraph|currentShape)\b", str(select)):
                raise Unsupported(f"{shape}: a SPARQL target using $shapesGraph")
            selects.append((self.prefixes(target), f"{{ {select} }}"))
        if not parts and not selects:
            return None
        key = f"urn:x-kg-validate:target:{len(self.prepare)}"
        insert = f"INSERT {{ GRAPH <{TARGETS.value}> {{ <{key}> <{FOCUS_OF}> ?this }} }}"
        classes = list(self.g.objects(shape, SH.targetClass))
        if len(parts) == 1 and len(classes) == 1 and not selects:
            # one class: its instances are read where needed, no list is worth making
            return self.typed("?this", classes[0], focus=True), ""
        if parts:
            union = " UNION ".join(f"{{ {p} }}" for p in parts)
            using = " ".join(f"USING <{g.value}>" for g in CORE_VIEW)
            self.prepare.append(f"{insert}\n{using}\nWHERE {{ {union} }}")
        for prefixes, select in selects:
            using = " ".join(f"USING <{g.value}>" for g in SPARQL_VIEW)
            self.prepare.append(f"{prefixes}\n{insert}\n{using}\nWHERE {{ {select} }}")
        return f"GRAPH <{TARGETS.value}> {{ <{key}> <{FOCUS_OF}> ?this }}", ""  # a literal too

    # --- value expressions (true when ``value`` satisfies the constraint)

    def value_tests(self, shape: Node, value: str) -> list[tuple[URIRef, str]]:
        """(component, expression) for each value-local constraint of ``shape``."""
        g, tests = self.g, []

        def add(component: str, expression: str) -> None:
            tests.append((SH[component + "ConstraintComponent"], expression))

        for cls in g.objects(shape, SH["class"]):
            add("Class", self.is_instance(value, cls))
        for datatype in g.objects(shape, SH.datatype):
            add("Datatype", self.has_datatype(value, datatype))
        for kind in g.objects(shape, SH.nodeKind):
            add("NodeKind", self.node_kind(value, kind))
        for pattern in g.objects(shape, SH.pattern):
            flags = self.one(shape, SH.flags)
            args = f"STR({value}), {_string(str(pattern))}"
            args += f", {_string(str(flags))}" if flags is not None else ""
            add("Pattern", f"(!isBlank({value}) && COALESCE(REGEX({args}), false))")
        for members in g.objects(shape, SH["in"]):
            options = [f"sameTerm({value}, {_sparql_term(m)})" for m in self.items(members)]
            add("In", "(" + (" || ".join(options) or "false") + ")")
        for name, op in (
            ("minInclusive", ">="),
            ("maxInclusive", "<="),
            ("minExclusive", ">"),
            ("maxExclusive", "<"),
        ):
            for bound in g.objects(shape, SH[name]):
                cmp = f"{self.comparable(value)} {op} {_sparql_term(bound, stored_form=False)}"
                add(name[0].upper() + name[1:], f"(isLiteral({value}) && COALESCE({cmp}, false))")
        for name, op in (("minLength", ">="), ("maxLength", "<=")):
            for bound in g.objects(shape, SH[name]):
                length = f"STRLEN(STR({value})) {op} {int(bound)}"
                add(name[0].upper() + name[1:], f"(!isBlank({value}) && {length})")
        for languages in g.objects(shape, SH.languageIn):
            tags = [f"langMatches(LANG({value}), {_string(str(t))})" for t in self.items(languages)]
            add("LanguageIn", f"(isLiteral({value}) && ({' || '.join(tags) or 'false'}))")
        for other in g.objects(shape, SH.node):
            add("Node", self.conforms(other, value))
        for members in g.objects(shape, SH["or"]):
            add("Or", "(" + " || ".join(self.conforms(s, value) for s in self.items(members)) + ")")
        for members in g.objects(shape, SH["and"]):
            add(
                "And", "(" + " && ".join(self.conforms(s, value) for s in self.items(members)) + ")"
            )
        for members in g.objects(shape, SH.xone):
            ones = [f"IF({self.conforms(s, value)}, 1, 0)" for s in self.items(members)]
            add("Xone", f"(({' + '.join(ones)}) = 1)")
        for other in g.objects(shape, SH["not"]):
            add("Not", f"(!{self.conforms(other, value)})")
        return tests

    def conforms(self, shape: Node, value: str) -> str:
        """An expression true when ``value`` conforms to ``shape`` (sh:node, sh:or...)."""
        self.check_terms(shape)
        if not self.active(shape):
            return "true"
        if any((shape, p, None) in self.g for p in _PAIRS | {SH.sparql, SH.closed}):
            raise Unsupported(f"{shape}: pair, closed or SPARQL constraints in a nested shape")
        tests = [expr for _, expr in self.value_tests(shape, value)]
        path = self.g.value(shape, SH.path)
        if path is not None:  # a property shape used as a value's shape
            tests = [self.nested_property(shape, value)]
        for prop in self.g.objects(shape, SH.property):
            self.check_terms(prop)
            if self.active(prop):
                tests.append(self.nested_property(prop, value))
        return "(" + (" && ".join(tests) or "true") + ")"

    def nested_property(self, prop: Node, focus: str) -> str:
        """``focus`` satisfies property shape ``prop`` (value constraints, counts 0/1)."""
        path = self.path(self.g.value(prop, SH.path))
        if any((prop, p, None) in self.g for p in _PAIRS | {SH.qualifiedValueShape, SH.property}):
            raise Unsupported(f"{prop}: pair or qualified constraints in a nested shape")
        tests = []
        x = self.var()
        for _, expr in self.value_tests(prop, x):
            tests.append(f"NOT EXISTS {{ {focus} {path} {x} FILTER(!{expr}) }}")
        low = self.one(prop, SH.minCount)
        high = self.one(prop, SH.maxCount)
        if low is not None and int(low) > 1 or high is not None and int(high) > 1:
            raise Unsupported(f"{prop}: counts above 1 in a nested shape")
        if low is not None and int(low) == 1:
            tests.append(f"EXISTS {{ {focus} {path} {self.var()} }}")
        if high is not None:
            a, b = self.var(), self.var()
            if int(high) == 0:
                tests.append(f"NOT EXISTS {{ {focus} {path} {a} }}")
            else:
                same = f"FILTER(!sameTerm({a}, {b}))"
                tests.append(f"NOT EXISTS {{ {focus} {path} {a} . {focus} {path} {b} {same} }}")
        return "(" + (" && ".join(tests) or "true") + ")"

    def is_instance(self, value: str, cls: Node) -> str:
        return f"(!isLiteral({value}) && EXISTS {{ {self.typed(value, cls)} }})"

    def typed(self, node: str, cls: Node, focus: bool = False) -> str:
        """A pattern: ``node`` is a SHACL instance of ``cls`` (see :func:`_classes`);
        with ``focus``, each instance once."""
        if not isinstance(cls, URIRef):
            raise Unsupported(f"a class that is not an IRI ({cls})")
        return f"@@{node}@@{cls}@@{self.var()}@@{'distinct' if focus else ''}@@"

    def has_datatype(self, value: str, datatype: Node) -> str:
        """pySHACL's test: the datatype matches and rdflib could read the text."""
        if datatype == RDF.langString:
            return f'(isLiteral({value}) && LANG({value}) != "")'
        if datatype == RDFS.Literal:
            return f"isLiteral({value})"
        name = str(datatype)
        stored_type = SURROGATE + name if wrapped(name) else name
        test = f"isLiteral({value}) && DATATYPE({value}) = <{stored_type}>"
        cast = CASTS.get(name)
        if cast is not None:
            read = f"<{cast}>(STR({value}))"
            checks = [f"isLiteral({read})"]
            low, high = _INTEGER_RANGES.get(name.removeprefix(str(XSD)), (None, None))
            checks += [f"{read} >= {low}"] if low is not None else []
            checks += [f"{read} <= {high}"] if high is not None else []
            test += f" && COALESCE({' && '.join(checks)}, false)"
        return f"({test})"

    def comparable(self, value: str) -> str:
        """``value`` as SPARQL compares it: a stored XSD literal cast to its base type."""
        by_cast: dict[str, list[str]] = {}
        for datatype, cast in CASTS.items():
            by_cast.setdefault(cast, []).append(f"<{SURROGATE}{datatype}>")
        expression = value
        for cast, types in sorted(by_cast.items(), reverse=True):
            test = f"DATATYPE({value}) IN ({', '.join(types)})"
            expression = f"IF({test}, <{cast}>(STR({value})), {expression})"
        return expression

    def node_kind(self, value: str, kind: Node) -> str:
        iri, blank, lit = f"isIRI({value})", f"isBlank({value})", f"isLiteral({value})"
        kinds = {
            SH.IRI: iri,
            SH.BlankNode: blank,
            SH.Literal: lit,
            SH.BlankNodeOrIRI: f"({blank} || {iri})",
            SH.BlankNodeOrLiteral: f"({blank} || {lit})",
            SH.IRIOrLiteral: f"({iri} || {lit})",
        }
        if kind not in kinds:
            raise Unsupported(f"unknown sh:nodeKind {kind}")
        return kinds[kind]

    # --- whole shapes

    def check_terms(self, shape: Node) -> None:
        """Refuse a shape that uses SHACL this translator does not know."""
        for p in set(self.g.predicates(shape)):
            if str(p).startswith(str(SH)) and p not in KNOWN:
                raise Unsupported(f"{shape} uses {p.n3(self.g.namespace_manager)}")
        qualified = self.g.value(shape, SH.qualifiedValueShapesDisjoint)
        if qualified is not None and qualified.toPython() is True:
            raise Unsupported(f"{shape} uses sh:qualifiedValueShapesDisjoint")

    def severity(self, shape: Node) -> str:
        value = self.g.value(shape, SH.severity)
        return str(value).rsplit("#", 1)[-1] if value is not None else "Violation"

    def messages(self, node: Node) -> list[Literal]:
        found = [m for m in self.g.objects(node, SH.message) if isinstance(m, Literal)]
        return sorted(found, key=lambda m: (m.language or "", str(m)))

    def compile(self) -> list[Check]:
        """Every check of every targeted shape, in a fixed order."""
        if any(self.g.subjects(RDF.type, SH.ConstraintComponent)):
            raise Unsupported("the shapes declare their own constraint components")
        shapes = {s for p in _TARGETS for s in self.g.subjects(p, None)}
        shapes |= {s for s in self.g.subjects(RDF.type, RDFS.Class) if self._is_shape(s)}
        checks: list[Check] = []
        for shape in sorted(shapes, key=str):
            self.check_terms(shape)
            if not self.active(shape):
                continue
            target = self.targets(shape)
            if target is None:
                continue
            checks += self.shape_checks(shape, target, property_of=None)
            parts: list[Part] = []
            for prop in sorted(self.g.objects(shape, SH.property), key=str):
                self.check_terms(prop)
                if self.active(prop):
                    if (prop, SH.property, None) in self.g:
                        raise Unsupported(f"{prop}: property shapes inside a property shape")
                    checks += self.shape_checks(prop, target, property_of=shape, parts=parts)
            if parts:
                checks.append(self.combined(target, parts))
        return checks

    @staticmethod
    def combined(target: tuple[str, str], parts: list[Part]) -> Check:
        """One query for the counts and value tests of several property shapes that
        share their focus nodes.

        Why: most of a check's time goes into listing the focus nodes, and a node shape
        such as kgsh:Mention has a dozen property shapes. The values of all of them are
        bound in one UNION (a row per value, not a product of them), grouped by focus
        node, and each property keeps its own count and failed-value variables.
        """
        pattern, prefixes = target
        select = " ".join(a for part in parts for a in part.aggregates)
        branches = " UNION ".join(f"{{ {part.branch} }}" for part in parts)
        having = " || ".join(f for part in parts for f in part.failed)
        query = (
            f"{prefixes}\nSELECT ?this {select} WHERE {{ {pattern} OPTIONAL {{ {branches} }} }}"
            f" GROUP BY ?this HAVING ({having})"
        )
        first = parts[0].check
        return replace(
            first,
            query=query,
            flags=[],
            values=None,
            bad=None,
            parts=[part.check for part in parts],
        )

    def _is_shape(self, node: Node) -> bool:
        return (
            any((node, RDF.type, t) in self.g for t in (SH.NodeShape, SH.PropertyShape))
            or (node, SH.property, None) in self.g
        )

    def shape_checks(
        self, shape: Node, target: tuple[str, str], property_of, parts: list[Part] | None = None
    ) -> list[Check]:
        """The queries for ``shape``'s own constraints, on the focus nodes of ``target``.

        A property shape's counts and value tests go into ``parts``, for its node
        shape's combined query; a property shape with a target of its own gets one.
        """
        pattern, prefixes = target
        g = self.g
        path_node = g.value(shape, SH.path)
        if property_of is None and path_node is None and (shape, SH.minCount, None) in g:
            raise Unsupported(f"{shape}: sh:minCount on a node shape")
        severity, messages = self.severity(shape), self.messages(shape)
        checks = []

        def check(
            component: str, body: str, select: str = "?this", tail: str = "", flags=(), add=True
        ) -> Check:
            query = f"{prefixes}\nSELECT {select} WHERE {{ {pattern} {body} }} {tail}"
            made = Check(
                shape=shape,
                component=SH[component + "ConstraintComponent"],
                path=path_node,
                severity=severity,
                messages=messages,
                query=query,
                flags=list(flags),
            )
            if add:
                checks.append(made)
            return made

        if path_node is None:  # a node shape: the focus node is the value node
            for component, expr in self.value_tests(shape, "?this"):
                check(
                    str(component).removeprefix(str(SH)).removesuffix("ConstraintComponent"),
                    f"FILTER(!{expr}) BIND(?this AS ?value)",
                    "DISTINCT ?this ?value",
                )
            checks += self.closed_checks(shape, pattern, prefixes, severity, messages)
            checks += self.sparql_checks(shape, pattern, severity, messages)
            return checks

        path = self.path(path_node)
        tests = [
            (c, e)
            for c, e in self.value_tests(shape, "?value")
            if c != SH.HasValueConstraintComponent
        ]
        low, high = self.one(shape, SH.minCount), self.one(shape, SH.maxCount)
        values = None
        if tests:  # one pass over the values for all value tests, a flag for each
            binds = " ".join(f"BIND({e} AS ?_ok{i})" for i, (_, e) in enumerate(tests))
            failed = " || ".join(f"!?_ok{i}" for i in range(len(tests)))
            flags = [(c, f"_ok{i}") for i, (c, _) in enumerate(tests)]
            body = f"?this {path} ?value . {binds} FILTER({failed})"
            select = "DISTINCT ?this ?value " + " ".join(f"?{v}" for _, v in flags)
            # run only when the combined query finds a value that fails (see Check.values)
            values = check("", body, select, flags=flags, add=False)
        for wanted in g.objects(shape, SH.hasValue):
            term = _sparql_term(wanted)
            check(
                "HasValue",
                f"FILTER NOT EXISTS {{ ?this {path} ?value FILTER(sameTerm(?value, {term})) }}",
            )
        own = parts is None  # a property shape with a target of its own
        mine: list[Part] = []
        if values is not None or low is not None or high is not None:
            mine.append(self.part(shape, path, "", low, high, values, check("", "", add=False)))
        qualified = self.one(shape, SH.qualifiedValueShape)
        q_low = self.one(shape, SH.qualifiedMinCount)
        q_high = self.one(shape, SH.qualifiedMaxCount)
        if qualified is not None and (q_low is not None or q_high is not None):
            base = check("", "", add=False)
            mine.append(self.part(shape, path, "Qualified", q_low, q_high, None, base, qualified))
        if own and mine:
            checks.append(self.combined(target, mine))
        elif mine:
            parts += mine
        for other in g.objects(shape, SH.equals):
            o = _sparql_term(other)
            body = (
                f"{{ ?this {path} ?value FILTER NOT EXISTS {{ ?this {o} ?value }} }} UNION "
                f"{{ ?this {o} ?value FILTER NOT EXISTS {{ ?this {path} ?value }} }}"
            )
            check("Equals", body, "DISTINCT ?this ?value")
        for other in g.objects(shape, SH.disjoint):
            check(
                "Disjoint",
                f"?this {path} ?value . ?this {_sparql_term(other)} ?value .",
                "DISTINCT ?this ?value",
            )
        for name, op in (("lessThan", "<"), ("lessThanOrEquals", "<=")):
            for other in g.objects(shape, SH[name]):
                failed = f"FILTER(!{self.ordered('?value', op, '?_w')})"
                body = f"?this {path} ?value . ?this {_sparql_term(other)} ?_w . {failed}"
                check(name[0].upper() + name[1:], body, "DISTINCT ?this ?value ?_w")
        if (shape, SH.sparql, None) in g:
            raise Unsupported(f"{shape}: SPARQL constraints on a property shape")
        return checks

    def part(
        self,
        shape: Node,
        path: str,
        kind: str,
        low,
        high,
        values: Check | None,
        base: Check,
        qualified: Node | None = None,
    ) -> Part:
        """``shape``'s counts (``kind`` "" or "Qualified") and value tests as a
        :class:`Part` of a combined query: its values in ``?_pN`` (only those that
        conform to ``qualified``, if given), a flag per count, and the number of values
        failing a test."""
        k = self.n = self.n + 1
        var = f"?_p{k}"
        n = f"COUNT(DISTINCT {var})"
        aggregates, failed, flags = [], [], []
        for name, bound, op in (("MinCount", low, ">="), ("MaxCount", high, "<=")):
            if bound is not None:
                flag = f"_p{k}_{name}"
                aggregates.append(f"({n} {op} {int(bound)} AS ?{flag})")
                failed.append(f"!({n} {op} {int(bound)})")
                flags.append((SH[f"{kind}{name}ConstraintComponent"], flag))
        bad = None
        if values is not None:
            tests = self.value_tests(shape, var)
            ok = " && ".join(e for c, e in tests if c != SH.HasValueConstraintComponent)
            count_bad = f"SUM(IF(BOUND({var}) && !COALESCE({ok}, false), 1, 0))"
            bad = f"_p{k}_bad"
            aggregates.append(f"({count_bad} AS ?{bad})")
            failed.append(f"{count_bad} > 0")
        branch = f"?this {path} {var} ."
        if qualified is not None:
            branch += f" FILTER({self.conforms(qualified, var)})"
        check = replace(base, query="", flags=flags, values=values, bad=bad)
        return Part(check, branch, aggregates, failed)

    def ordered(self, a: str, op: str, b: str) -> str:
        """pySHACL's pair comparison: texts and IRIs as strings, other values by SPARQL."""

        def texty(x: str) -> str:
            return f"(isIRI({x}) || DATATYPE({x}) IN (<{XSD.string}>, <{RDF.langString}>))"

        both = f"({texty(a)} && {texty(b)})"
        one = f"({texty(a)} || {texty(b)})"
        values = f"{self.comparable(a)} {op} {self.comparable(b)}"
        return f"COALESCE(IF({both}, STR({a}) {op} STR({b}), IF({one}, false, {values})), false)"

    def closed_checks(self, shape, pattern, prefixes, severity, messages) -> list[Check]:
        closed = self.g.value(shape, SH.closed)
        if closed is None or closed.toPython() is not True:
            return []
        allowed = {self.g.value(p, SH.path) for p in self.g.objects(shape, SH.property)}
        for ignored in self.g.objects(shape, SH.ignoredProperties):
            allowed |= set(self.items(ignored))
        allowed = {p for p in allowed if isinstance(p, URIRef)}
        listed = ", ".join(sorted(_sparql_term(p) for p in allowed))
        test = f"FILTER(?path NOT IN ({listed}))" if listed else ""
        body = f"{pattern} ?this ?path ?value . {test}"
        query = f"{prefixes}\nSELECT DISTINCT ?this ?path ?value WHERE {{ {body} }}"
        return [Check(shape, SH.ClosedConstraintComponent, None, severity, messages, query)]

    def sparql_checks(self, shape, pattern, severity, messages) -> list[Check]:
        """sh:sparql constraints, run once over all focus nodes and joined with them.

        Joining instead of pySHACL's one query per focus node gives the same rows when
        the query's answer for one node does not depend on the others, which holds
        when ``$this`` is selected (and grouped by, where there is aggregation).
        """
        checks = []
        for constraint in sorted(self.g.objects(shape, SH.sparql), key=str):
            if not self.active(constraint):
                continue
            select = str(self.g.value(constraint, SH.select) or "")
            if not select or self.g.value(constraint, SH.ask) is not None:
                raise Unsupported(f"{constraint}: only sh:select constraints are translated")
            head = select.split("WHERE", 1)[0] if "WHERE" in select else select.split("{", 1)[0]
            if not re.search(r"[?$]this\b", head):
                raise Unsupported(f"{constraint}: its SELECT does not return $this")
            if re.search(
                r"\b(LIMIT|OFFSET|PREFIX|BASE)\b|\$(PATH|shapesGraph|currentShape)\b", select, re.I
            ):
                raise Unsupported(
                    f"{constraint}: LIMIT, OFFSET, PREFIX or $PATH in a SPARQL constraint"
                )
            prefixes = self.prefixes(constraint)
            query = f"{prefixes}\nSELECT DISTINCT * WHERE {{ {pattern} {{ {select} }} }}"
            checks.append(
                Check(
                    shape=shape,
                    component=SH.SPARQLConstraintComponent,
                    path=None,
                    severity=severity,
                    messages=messages,
                    query=query,
                    sparql=True,
                    extra_messages=self.messages(constraint),
                )
            )
        return checks


@dataclass
class Plan:
    """What checking a graph against a shapes graph takes: updates, then queries."""

    prepare: list[str]
    checks: list[Check]


def compile_shapes(shapes: Graph) -> Plan:
    """The plan for ``shapes``; raises :class:`Unsupported` for what is not translated."""
    translator = Translator(shapes)
    checks = translator.compile()
    return Plan(translator.prepare, checks)


# --- running -----------------------------------------------------------------------


def run(store: ox.Store, plan: Plan) -> Iterator[tuple[Check, Row]]:
    """Every result of every check: (the check, or one of its flags', and the row)."""
    classes = _classes(store)
    for update in plan.prepare:
        store.update(classes(update))
    pending = list(reversed(plan.checks))
    while pending:
        check = pending.pop()
        view = SPARQL_VIEW if check.sparql else CORE_VIEW
        solutions = store.query(classes(check.query), default_graph=view)
        names = [v.value for v in solutions.variables]
        failed_values: list[Check] = []  # parts with a value that fails a test
        for solution in solutions:
            bound = {n: solution[n] for n in names if solution[n] is not None}
            bound.pop("_w", None)
            focus = to_rdflib(bound.pop("this"))
            if check.parts:
                for part in check.parts:
                    message = str(part.messages[0]) if part.messages else ""
                    for component, flag in part.flags:
                        if bound[flag].value == "false":
                            one = replace(part, component=component, flags=[], values=None)
                            yield one, Row(focus, part.path, None, message or _default(component))
                    failing = part.bad is not None and bound[part.bad].value != "0"
                    if failing and not any(p is part for p in failed_values):
                        failed_values.append(part)
                continue
            if check.sparql:
                yield check, _sparql_row(check, focus, bound)
                continue
            path = to_rdflib(bound["path"]) if "path" in bound else check.path
            value = to_rdflib(bound.get("value"))
            message = str(check.messages[0]) if check.messages else ""
            if not check.flags:
                yield check, Row(focus, path, value, message or _default(check.component))
            for component, flag in check.flags:
                if bound[flag].value == "false":
                    one = replace(check, component=component, flags=[], values=None)
                    yield one, Row(focus, path, value, message or _default(component))
        pending += reversed([part.values for part in failed_values if part.values is not None])


def _classes(store: ox.Store):
    """A function that writes each class of a query as the classes it stands for.

    Why: ``?x rdf:type/rdfs:subClassOf* C``, SHACL's "instance of C", makes Oxigraph
    walk the class tree for every value; the tree is read from the store once here
    instead, and the pattern becomes ``?x rdf:type C`` where C has no subclasses, else
    ``?x rdf:type ?t`` with ``VALUES ?t`` listing C and its subclasses (and DISTINCT
    where it lists focus nodes).
    """
    closures: dict[str, list[str]] = {}

    def closure(cls: str) -> list[str]:
        if cls not in closures:
            query = f"SELECT DISTINCT ?c WHERE {{ ?c <{RDFS.subClassOf}>* <{cls}> }}"
            found = {s["c"].value for s in store.query(query, default_graph=CORE_VIEW)}
            closures[cls] = sorted(found | {cls})
        return closures[cls]

    def pattern(match: re.Match) -> str:
        node, cls, var, distinct = match.groups()
        found = closure(cls)
        if len(found) == 1:
            return f"{node} <{RDF.type}> <{cls}> ."
        listed = (
            f"{node} <{RDF.type}> {var} . VALUES {var} {{ {' '.join(f'<{c}>' for c in found)} }}"
        )
        if distinct:  # an instance of two of the classes would come twice
            return f"{{ SELECT DISTINCT {node} WHERE {{ {listed} }} }}"
        return listed

    return lambda query: re.sub(r"@@([^@]+)@@([^@]+)@@(\?\w+)@@(\w*)@@", pattern, query)


def _sparql_row(check: Check, focus: Node, bound: dict) -> Row:
    """A SPARQL constraint's row: ?path and ?value from the query, the message filled in."""
    terms = {name: to_rdflib(t) for name, t in bound.items() if not name.startswith("_")}
    path = terms.pop("path", None)
    value = terms.pop("value", None)
    if value is None:
        value = focus  # a node shape's value node is its focus node
    fill = {"this": focus, **({"path": path} if path is not None else {}), "value": value}
    fill.update(terms)
    messages = check.extra_messages + check.messages
    text = str(messages[0]) if messages else _default(check.component)
    for name, term in fill.items():
        text = re.sub(r"\{[?$]" + re.escape(name) + r"\}", lambda _m, t=term: str(t), text)
    return Row(focus, path, value, text)


def _default(component: URIRef) -> str:
    """A message for a shape without sh:message (kg's shapes all have one)."""
    name = str(component).removeprefix(str(SH)).removesuffix("ConstraintComponent")
    return f"The value does not satisfy the sh:{name[:1].lower() + name[1:]} constraint."

"""Check an exported graph against kg's SHACL shapes (``ontology/shapes.ttl``).

``validate(paths)`` reads one or more graphs, checks their union with pySHACL and
returns a :class:`Report` whose ``text()`` lists every problem as one line: the
node, the property, the value and what is wrong.

Why the graphs are parsed with pyoxigraph and not rdflib: it is strict (a file that
Virtuoso or rapper would reject is rejected here too, with line and column) and a
lot faster; the triples are then copied into an rdflib graph for pySHACL.

Why the ontology is copied into the data graph instead of being passed as
pySHACL's ``ont_graph``: pySHACL deep-copies every ``owl:NamedIndividual`` of an
``ont_graph`` together with everything reachable from it, and in ``kg.ttl`` every
controlled value reaches every other through the concept scheme
(``skos:inScheme`` / ``skos:hasTopConcept``), so that copy does not finish. The shapes
need only what a plain union gives them: the ``rdfs:subClassOf`` links (a
``kg:Person`` is a ``kg:Actor``) and the controlled values with their types. No
inference is run: RDFS would type the stub member reports as ``kg:Event`` (range of
``kg:member``) and report them as incomplete events.

Why ``advanced=True``: two shapes pick their focus nodes with a SPARQL target (SHACL
Advanced Features): "every typed node has a label" and the source-count check.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.namespace import SH, XSD, NamespaceManager
from rdflib.term import Node

from .config import Settings
from .errors import KgError
from .graphs import graph_file, reading
from .namespaces import ontology_file

# How a file's suffix maps to a pyoxigraph format name (see ``_format``).
# Prefixes for showing IRIs in a report, besides those the files declare (kg's win a
# clash). "id:" stands for the default base of kg's own IRIs (`kg build --base-iri`).
DISPLAY_PREFIXES = {
    "kg": "https://w3id.org/kgnews/ns#",
    "kgsh": "https://w3id.org/kgnews/shapes#",
    "id": Settings.base_iri,
    "oa": "http://www.w3.org/ns/oa#",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "rdf": str(RDF),
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": str(XSD),
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "wd": "http://www.wikidata.org/entity/",
    "sh": str(SH),
}

SEVERITY_ORDER = ("Violation", "Warning", "Info")
_PLAIN_TYPES = {XSD.integer, XSD.decimal, XSD.double, XSD.boolean, XSD.nonNegativeInteger}


def _ontology_file(name: str) -> Path:
    """kg.ttl or shapes.ttl: from the installed package, or the checkout's ontology/."""
    try:
        path = ontology_file(name)
    except FileNotFoundError as exc:
        raise KgError(str(exc)) from None
    if not path.is_file():
        raise KgError(f"{path}: missing from kg's ontology folder; reinstall kg")
    return path


@dataclass(frozen=True)
class Violation:
    """One result of the check: which node broke which rule, and how."""

    focus: Node  # the node that does not conform
    path: Node | None  # the property, when the rule is about one
    value: Node | None  # the offending value, when there is one
    message: str
    severity: str  # "Violation", "Warning" or "Info"
    shape: Node | None  # the shape whose rule failed, e.g. kgsh:Event-factuality
    constraint: str = ""  # which kind of rule: "minCount", "class", "datatype", "sparql"...


@dataclass
class Report:
    """The outcome of :func:`validate`: whether the graph conforms, and every result.

    ``conforms`` is false only for results of severity Violation; warnings are listed
    but do not fail the check.
    """

    conforms: bool
    violations: list[Violation]
    triples: int
    name: str = "graph"
    prefixes: dict[str, str] = field(default_factory=dict, repr=False)
    note: str = ""  # why the run did not use the engine asked for, if it did not

    def count(self, severity: str = "Violation") -> int:
        return sum(1 for v in self.violations if v.severity == severity)

    def text(self, limit: int = 50) -> str:
        """The report for people: a header line, then one line per result."""
        errors, warnings = self.count("Violation"), self.count("Warning")
        size = f"{self.triples:,} triples"
        extra = f", {_plural(warnings, 'warning')}" if warnings else ""
        if self.conforms:
            header = f"{self.name}: conforms ({size}, {_plural(errors, 'violation')}{extra})"
        else:
            header = f"{self.name}: {_plural(errors, 'violation')}{extra} in {size}"
        show = _Shortener(self.prefixes)
        ordered = sorted(self.violations, key=lambda v: _sort_key(v, show))
        lines = [header]
        for v in ordered[:limit]:
            lines.append("  " + _line(v, show))
        if len(ordered) > limit:
            lines.append(f"  ... and {len(ordered) - limit:,} more")
        return "\n".join(lines)


ENGINES = ("sparql", "pyshacl")


def validate(paths, shapes=None, engine: str = "sparql") -> Report:
    """Check the union of the graphs in ``paths`` against kg's shapes (or ``shapes``).

    ``paths`` is one path or a list; a folder stands for its graph (see
    :data:`kg.graphs.GRAPH_FILES`). Formats go by suffix (.ttl .trig .nt .nq .jsonld,
    also .n3 .rdf); for datasets the union of all graphs is checked. An unreadable file
    raises :class:`KgError` naming it.

    ``engine`` "sparql" checks the shapes as SPARQL queries over pyoxigraph
    (:mod:`kg.shacl_sparql`), "pyshacl" with pySHACL; both give the same report. When
    the shapes use SHACL the SPARQL engine does not translate, pySHACL checks them and
    the report's ``note`` says why.
    """
    if engine not in ENGINES:
        raise KgError(f"unknown validation engine {engine!r} (choose {' or '.join(ENGINES)})")
    if isinstance(paths, (str, Path)):
        paths = [paths]
    files = [graph_file(p) for p in paths]
    if not files:
        raise KgError("no graph to validate")
    shapes_file = Path(shapes) if shapes else _ontology_file("shapes.ttl")
    note = ""
    if engine == "sparql":
        from .shacl_sparql import Unsupported

        try:
            plan = _plan(str(shapes_file), _mtime(shapes_file))
        except Unsupported as exc:
            note = (
                f"{shapes_file}: {exc}, which kg's SPARQL engine does not translate; "
                "checked with pySHACL"
            )
        else:
            violations, triples, prefixes = _validate_sparql(files, plan)
    if engine == "pyshacl" or note:
        violations, triples, prefixes = _validate_pyshacl(files, shapes_file)
    return Report(
        conforms=not any(v.severity == "Violation" for v in violations),
        violations=violations,
        triples=triples,
        name=" + ".join(_display(p, given) for p, given in zip(files, paths, strict=True)),
        prefixes={**prefixes, **DISPLAY_PREFIXES},
        note=note,
    )


def _validate_pyshacl(files: list[Path], shapes_file: Path) -> tuple[list[Violation], int, dict]:
    """pySHACL over an rdflib copy of the data plus the ontology."""
    import pyshacl

    data = Graph(bind_namespaces="none")
    data.namespace_manager = _FullIris(data)
    prefixes: dict[str, str] = {}
    for i, path in enumerate(files):
        prefixes.update(_load(path, data, blank_prefix=f"f{i}"))
    triples = len(data)
    shapes_graph = _parsed(str(shapes_file), _mtime(shapes_file))
    ontology = _ontology_file("kg.ttl")
    data.addN((s, p, o, data) for s, p, o in _parsed(str(ontology), _mtime(ontology)))
    _, results, _ = pyshacl.validate(
        data,
        shacl_graph=shapes_graph,
        inference="none",
        advanced=True,
        allow_warnings=True,
        allow_infos=True,
        inplace=True,
    )
    return _violations(results), triples, prefixes


def _validate_sparql(files: list[Path], plan) -> tuple[list[Violation], int, dict]:
    """The shapes' queries over one pyoxigraph store holding the data and the ontology.

    The store is filled in bulk from the parser, in native code but for the small
    rewrite of :func:`kg.shacl_sparql.stored`; the ontology is added after the data is
    counted, as the pySHACL path does.
    """
    import pyoxigraph as ox

    from .shacl_sparql import count, run, stored

    store = ox.Store()
    prefixes: dict[str, str] = {}
    for i, path in enumerate(files):
        with reading(path) as fmt:
            parser = ox.parse(path=str(path), format=fmt, base_iri=path.resolve().as_uri())
            store.bulk_extend(stored(parser, f"f{i}"))
        prefixes.update(dict(getattr(parser, "prefixes", None) or {}))
    triples = count(store)
    ontology = _ontology_file("kg.ttl")
    with reading(ontology) as fmt:
        parser = ox.parse(path=str(ontology), format=fmt, base_iri=ontology.resolve().as_uri())
        store.bulk_extend(stored(parser, "s"))
    violations = [
        Violation(
            focus=row.focus,
            path=row.path,
            value=row.value,
            message=row.message,
            severity=check.severity,
            shape=check.shape,
            constraint=_component(check.component),
        )
        for check, row in run(store, plan)
    ]
    return violations, triples, prefixes


@functools.lru_cache(maxsize=8)
def _plan(path: str, mtime: int | None):
    """The SPARQL checks of a shapes file, translated once per process."""
    from .shacl_sparql import compile_shapes

    return compile_shapes(_parsed(path, mtime))


# --- reading ------------------------------------------------------------------------


def _display(path: Path, given) -> str:
    return str(path) if Path(given).is_dir() else str(given)


def _load(path: Path, graph: Graph, blank_prefix: str) -> dict[str, str]:
    """Add every triple of every graph in ``path`` to ``graph``; return its prefixes."""
    import pyoxigraph as ox

    iris: dict[str, URIRef] = {}

    def term(t):
        if isinstance(t, ox.NamedNode):
            node = iris.get(t.value)
            if node is None:
                node = iris[t.value] = URIRef(t.value)
            return node
        if isinstance(t, ox.BlankNode):
            return BNode(f"{blank_prefix}{t.value}")  # files share no blank nodes
        if isinstance(t, ox.Literal):
            if t.language:
                return Literal(t.value, lang=t.language)
            if t.datatype.value == str(XSD.string):  # a str never equals a URIRef
                return Literal(t.value)
            return Literal(t.value, datatype=term(t.datatype))
        raise KgError(f"{path}: RDF-star triples are not supported ({t})")

    with reading(path) as fmt:
        parser = ox.parse(path=str(path), format=fmt, base_iri=path.resolve().as_uri())
        graph.addN((term(q.subject), term(q.predicate), term(q.object), graph) for q in parser)
    return dict(getattr(parser, "prefixes", None) or {})


class _FullIris(NamespaceManager):
    """A namespace manager that writes every IRI in full.

    pySHACL writes a text description of every intermediate result (each failed
    alternative of an sh:or, each passed sh:not), and rdflib's own manager invents a
    prefix (ns1, ns2, ...) for every new namespace it meets there, each one slower to add
    than the last: on a 250,000-triple export that was a third of the time. kg's report
    shortens IRIs itself (``_Shortener``).
    """

    def __init__(self, graph: Graph):
        super().__init__(graph, bind_namespaces="none")

    def normalizeUri(self, rdfTerm: str) -> str:  # noqa: N802 (rdflib's name)
        return f"<{rdfTerm}>"


def _mtime(path: Path) -> int | None:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return None


@functools.lru_cache(maxsize=8)
def _parsed(path: str, mtime: int | None) -> Graph:
    """A shapes or ontology file, parsed once per process (and again if it changed)."""
    graph = Graph()
    _load(Path(path), graph, blank_prefix="s")
    return graph


# --- results ------------------------------------------------------------------------


def _violations(results: Graph) -> list[Violation]:
    found = []
    for report in results.subjects(RDF.type, SH.ValidationReport):
        for r in results.objects(report, SH.result):
            severity = results.value(r, SH.resultSeverity)
            message = results.value(r, SH.resultMessage)
            found.append(
                Violation(
                    focus=results.value(r, SH.focusNode),
                    path=results.value(r, SH.resultPath),
                    value=results.value(r, SH.value),
                    message=str(message) if message is not None else "",
                    severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
                    shape=results.value(r, SH.sourceShape),
                    constraint=_component(results.value(r, SH.sourceConstraintComponent)),
                )
            )
    return found


def _component(node: Node | None) -> str:
    """``sh:MinCountConstraintComponent`` -> ``minCount``."""
    if node is None:
        return ""
    name = str(node).rsplit("#", 1)[-1].removesuffix("ConstraintComponent")
    return name[:1].lower() + name[1:]


class _Shortener:
    """Shows IRIs as prefixed names where a prefix fits, else in angle brackets."""

    def __init__(self, prefixes: dict[str, str]):
        pairs = {ns: p for p, ns in prefixes.items() if ns}
        self.namespaces = sorted(pairs.items(), key=lambda x: -len(x[0]))

    def __call__(self, node: Node | None) -> str:
        if node is None:
            return "-"
        if isinstance(node, URIRef):
            for ns, prefix in self.namespaces:
                local = node[len(ns) :]
                if node.startswith(ns) and local and not any(c in local for c in ' <>"{}|^`\\'):
                    return f"{prefix}:{local}"
            return f"<{node}>"
        if isinstance(node, BNode):
            return f"_:{node}"
        if isinstance(node, Literal):
            return self.literal(node)
        return str(node)  # a complex property path

    def literal(self, lit: Literal) -> str:
        text = str(lit)
        if lit.datatype in _PLAIN_TYPES:
            return text
        if len(text) > 60:
            text = text[:59] + "…"
        quoted = '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
        if lit.language:
            return f"{quoted}@{lit.language}"
        if lit.datatype is not None and lit.datatype != XSD.string:
            return f"{quoted}^^{self(lit.datatype)}"
        return quoted


def _sort_key(v: Violation, show: _Shortener) -> tuple:
    rank = SEVERITY_ORDER.index(v.severity) if v.severity in SEVERITY_ORDER else len(SEVERITY_ORDER)
    return (rank, show(v.shape), show(v.focus), show(v.path), show(v.value), v.message)


def _line(v: Violation, show: _Shortener) -> str:
    what = show(v.path) if v.path is not None else ""
    if v.value is not None and v.value != v.focus:
        what += f" = {show(v.value)}" if what else show(v.value)
    where = f"{show(v.focus)} {what}".rstrip()
    rule = f" [{v.constraint}]" if v.constraint else ""
    return f"{v.severity}: {where}{rule}: {v.message}"


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")

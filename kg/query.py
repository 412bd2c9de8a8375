"""SPARQL over an export, on an embedded store: ``kg query GRAPH QUERY``.

Why pyoxigraph: it is a real SPARQL 1.1 engine that loads a few hundred thousand
triples a second and needs no server, so a user can ask a question of a build in one
command. kg's prefixes are predeclared; a query may be SPARQL text, a ``.rq`` file, or
the name of a cookbook query in ``ontology/queries/``. ``--bind name=value`` gives a
variable a value by a ``VALUES`` block placed first in the query's first group, so a
cookbook query can filter on it (and return everything when it is not given).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import pyoxigraph as ox

from .errors import KgError
from .graphs import graph_file, reading
from .namespaces import KG_NS, ontology_file

PREFIXES = {
    "kg": KG_NS,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "https://schema.org/",
    "oa": "http://www.w3.org/ns/oa#",
    "prov": "http://www.w3.org/ns/prov#",
    "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "wd": "http://www.wikidata.org/entity/",
    "void": "http://rdfs.org/ns/void#",
    "dct": "http://purl.org/dc/terms/",
}
CELL = 70  # characters shown per cell in a table


def load(paths: str | Path | Iterable[str | Path]) -> ox.Store:
    """An in-memory store holding the graphs at ``paths`` (files or build folders)."""
    if isinstance(paths, str | Path):
        paths = [paths]
    store = ox.Store()
    for item in paths:
        path = graph_file(item)
        with reading(path) as fmt:
            store.bulk_load(path=str(path), format=fmt)
    return store


def cookbook() -> dict[str, Path]:
    """The cookbook's queries by name (``ontology/queries/NAME.rq``)."""
    folder = ontology_file("queries")
    return {p.stem: p for p in sorted(folder.glob("*.rq"))}


def query_text(query: str) -> str:
    """SPARQL text from text, a ``.rq`` file or a cookbook name."""
    if re.fullmatch(r"[\w.-]+", query):
        book = cookbook()
        if query in book:
            return book[query].read_text(encoding="utf-8")
        if not query.endswith(".rq"):
            raise KgError(
                f"{query!r} is neither SPARQL nor a cookbook query; the cookbook has "
                + ", ".join(book)
            )
    if query.endswith(".rq"):
        path = Path(query)
        if not path.is_file():
            raise KgError(f"{query}: no such query file")
        return path.read_text(encoding="utf-8")
    return query


def _value(text: str) -> str:
    """A --bind value as a SPARQL term: ``<iri>`` stays an IRI, anything else a string."""
    if text.startswith("<") and text.endswith(">"):
        return text
    return json.dumps(text, ensure_ascii=False)  # a valid SPARQL string literal


def bind(query: str, bindings: Sequence[str]) -> str:
    """Insert ``VALUES`` for ``name=value`` pairs at the start of the first group."""
    if not bindings:
        return query
    pairs = []
    for item in bindings:
        name, sep, value = item.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not re.fullmatch(r"\w+", name):
            raise KgError(f"--bind {item!r}: expected NAME=VALUE, e.g. actor=Iran")
        pairs.append((name, _value(value)))
    names = " ".join(f"?{n}" for n, _ in pairs)
    values = " ".join(v for _, v in pairs)
    body = re.search(r"\bWHERE\s*\{|\{", _strip_comments(query), re.I)
    if body is None:
        raise KgError("--bind needs a query with a WHERE { … } group")
    return f"{query[: body.end()]} VALUES ({names}) {{ ({values}) }} {query[body.end() :]}"


def _strip_comments(query: str) -> str:
    """The query with comments blanked (same length), so offsets still match."""
    return re.sub(r"#[^\n]*", lambda m: " " * len(m[0]), query)


def select(store: ox.Store, query: str, bindings: Sequence[str] = ()) -> ox.QuerySolutions:
    """Run a query on ``store`` with kg's prefixes; a syntax error becomes a KgError."""
    try:
        return store.query(
            bind(query, bindings), prefixes=PREFIXES, use_default_graph_as_union=True
        )
    except SyntaxError as exc:
        raise KgError(f"the query is not valid SPARQL: {exc}") from None


def short(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> str:
    """A term as a reader wants it: a prefixed name, or a literal's text."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, ns in PREFIXES.items():
            if term.value.startswith(ns) and re.fullmatch(r"[\w-]+", term.value[len(ns) :]):
                return f"{prefix}:{term.value[len(ns) :]}"
        return term.value
    return term.value


def table(results: ox.QuerySolutions, limit: int = CELL) -> str:
    """Solutions as an aligned text table (cells clipped to ``limit`` characters)."""
    names = [v.value for v in results.variables]
    rows = []
    for solution in results:
        cells = []
        for name in names:
            text = " ".join(short(solution[name]).split())
            cells.append(text if len(text) <= limit else text[: limit - 1] + "…")
        rows.append(cells)
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]

    def line(cells: list[str]) -> str:
        return " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    out = [line(names), "-+-".join("-" * w for w in widths)]
    out += [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


_NUMBERS = {
    "http://www.w3.org/2001/XMLSchema#integer": int,
    "http://www.w3.org/2001/XMLSchema#nonNegativeInteger": int,
    "http://www.w3.org/2001/XMLSchema#decimal": float,
    "http://www.w3.org/2001/XMLSchema#double": float,
}


def rows(
    graph: str | Path | Iterable[str | Path] | ox.Store,
    query: str,
    bind: Sequence[str] = (),
) -> list[dict[str, object]]:
    """A SELECT query's answers as plain dicts, for ``pandas.DataFrame(rows(...))``.

    IRIs come as prefixed names where kg knows the prefix, numbers as numbers, other
    literals as their text, unbound variables as None. ``graph`` may be a loaded store,
    so that several queries share one load.
    """
    store = graph if isinstance(graph, ox.Store) else load(graph)
    results = select(store, query_text(query), bind)
    if not isinstance(results, ox.QuerySolutions):
        raise KgError("rows() takes a SELECT query")
    names = [v.value for v in results.variables]

    def value(term: ox.NamedNode | ox.Literal | ox.BlankNode | None) -> object:
        if isinstance(term, ox.Literal) and term.datatype.value in _NUMBERS:
            return _NUMBERS[term.datatype.value](term.value)
        return None if term is None else short(term)

    return [{n: value(solution[n]) for n in names} for solution in results]


def run(
    graph: str | Path | Iterable[str | Path],
    query: str,
    output: str = "table",
    bind: Sequence[str] = (),
) -> str:
    """Answer ``query`` over ``graph``; ``output`` is table, csv, tsv or json."""
    results = select(load(graph), query_text(query), bind)
    if isinstance(results, ox.QueryBoolean):  # ASK
        return ("true" if bool(results) else "false") + "\n"
    if isinstance(results, ox.QueryTriples):  # CONSTRUCT / DESCRIBE
        return results.serialize(format=ox.RdfFormat.TURTLE).decode("utf-8")
    if output == "table":
        return table(results)
    fmt = {
        "csv": ox.QueryResultsFormat.CSV,
        "tsv": ox.QueryResultsFormat.TSV,
        "json": ox.QueryResultsFormat.JSON,
    }[output]
    return results.serialize(format=fmt).decode("utf-8")

"""SPARQL over an export, on an embedded store: ``kg query GRAPH QUERY``.

Why pyoxigraph: it is a real SPARQL 1.1 engine that loads a few hundred thousand
triples a second and needs no server, so a user can ask a question of a build in one
command. kg's prefixes are predeclared; a query may be SPARQL text, a ``.rq`` file, or
the name of a cookbook query in ``ontology/queries/``. ``--bind name=value`` gives a
variable a value by a ``VALUES`` block placed first in the query's pattern, so a
cookbook query can filter on it (and return everything when it is not given). The value
is data: a string literal, or an IRI when it is a whole ``<iri>``. A ``SERVICE`` clause
(which pyoxigraph would answer by sending an HTTP request) runs only when allowed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path

import pyoxigraph as ox

from .errors import KgError, shown
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
            raise KgError(f"{shown(query)}: no such query file")
        return path.read_text(encoding="utf-8")
    return query


# SPARQL's tokens as far as kg needs them: what is code and what is text. Strings (all
# four quotings, with escapes), IRIs (with \u escapes, which pyoxigraph reads) and
# comments are text; a "#" starts a comment only outside them, and a prefixed name may
# hold "\#" (a local-name escape), so no code that the engine runs hides in "text".
_TOKEN = re.compile(
    r'(?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*')"
    r'|(?P<iri><(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)'
    r"|(?P<comment>#[^\n\r]*)"
    r"|(?P<var>[?$]\w+)"
    r"|(?P<word>(?:[\w.:%-]|\\[_~.!$&'()*+,;=/?#@%-])+)"
    r"|(?P<other>\S)",
    re.S,
)


def _code(query: str) -> list[tuple[str, str, int]]:
    """The query's tokens outside strings, IRIs and comments: (kind, text, end offset)."""
    return [
        (m.lastgroup or "", m[0], m.end())
        for m in _TOKEN.finditer(query)
        if m.lastgroup not in ("string", "iri", "comment")
    ]


def has_service(query: str) -> bool:
    """Whether the query calls a remote endpoint (a ``SERVICE`` keyword in its code)."""
    return any(kind == "word" and text.upper() == "SERVICE" for kind, text, _ in _code(query))


def bound_term(name: str, text: str) -> ox.NamedNode | ox.Literal:
    """A --bind value as an RDF term: an IRI when it is a whole ``<iri>``, else a string.

    The value becomes a pyoxigraph term, so it is data whatever it holds: text that
    looks like SPARQL stays inside the literal, and ``<...>`` that is not one IRI is
    refused rather than pasted into the query.
    """
    if text.startswith("<") and text.endswith(">"):
        try:
            return ox.NamedNode(text[1:-1])
        except ValueError as exc:
            raise KgError(
                f"--bind {name}={text}: not an IRI ({exc}); "
                "a value in <...> must be one absolute IRI"
            ) from None
    return ox.Literal(text)


def bind(query: str, bindings: Sequence[str]) -> str:
    """Insert ``VALUES`` for ``name=value`` pairs at the start of the query's pattern.

    The block is written from pyoxigraph terms (in their own escaping), so a value can
    neither end the block early nor add a clause. It opens the group after ``WHERE``
    (or the first group of ``ASK {…}``, ``SELECT * {…}``), where the cookbook's
    ``FILTER(!BOUND(?var) || …)`` sees it.
    """
    if not bindings:
        return query
    names, values = [], []
    for item in bindings:
        name, sep, value = item.partition("=")
        name = name.strip().lstrip("?$")
        try:
            variable = ox.Variable(name) if sep and name else None
        except ValueError:
            variable = None
        if variable is None:
            raise KgError(f"--bind {item!r}: expected NAME=VALUE, e.g. actor=Iran")
        names.append(str(variable))
        values.append(str(bound_term(name, value)))
    at = _pattern_start(query)
    block = f" VALUES ({' '.join(names)}) {{ ({' '.join(values)}) }} "
    return f"{query[:at]}{block}{query[at:]}"


def _pattern_start(query: str) -> int:
    """The offset just after the ``{`` that opens the query's WHERE pattern."""
    tokens = _code(query)
    after_where = False
    for kind, text, end in tokens:
        if kind == "word" and text.upper() == "WHERE":
            after_where = True
        elif text == "{" and after_where:
            return end
    # Without WHERE the first group is the pattern, except in CONSTRUCT's short form.
    if not any(kind == "word" and text.upper() == "CONSTRUCT" for kind, text, _ in tokens):
        for _, text, end in tokens:
            if text == "{":
                return end
    raise KgError("--bind needs a query with a WHERE { … } group")


def select(
    store: ox.Store, query: str, bindings: Sequence[str] = (), allow_service: bool = False
) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    """Run a query on ``store`` with kg's prefixes; a syntax error becomes a KgError.

    pyoxigraph answers ``SERVICE`` itself, over HTTP. A query with one runs only when
    the caller allows it, so a query file from elsewhere cannot make kg send requests
    unasked; bound values are terms, so they cannot add one.
    """
    if has_service(query) and not allow_service:
        raise KgError(
            "the query calls a remote endpoint (SERVICE); "
            "kg sends no request unless --allow-service is given"
        )
    try:
        return store.query(
            bind(query, bindings), prefixes=PREFIXES, use_default_graph_as_union=True
        )
    except SyntaxError as exc:
        raise KgError(f"the query is not valid SPARQL: {exc}") from None
    except OSError as exc:  # a SERVICE call that failed, or the store
        what = "SERVICE call" if has_service(query) else "run"
        raise KgError(f"the query's {what} failed: {exc}") from None


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
    allow_service: bool = False,
) -> list[dict[str, object]]:
    """A SELECT query's answers as plain dicts, for ``pandas.DataFrame(rows(...))``.

    IRIs come as prefixed names where kg knows the prefix, numbers as numbers, other
    literals as their text, unbound variables as None. ``graph`` may be a loaded store,
    so that several queries share one load. ``allow_service`` lets a query's own
    ``SERVICE`` clause reach the network (see :func:`select`).
    """
    store = graph if isinstance(graph, ox.Store) else load(graph)
    results = select(store, query_text(query), bind, allow_service)
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
    allow_service: bool = False,
) -> str:
    """Answer ``query`` over ``graph``; ``output`` is table, csv, tsv or json."""
    results = select(load(graph), query_text(query), bind, allow_service)
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

"""kg's Turtle export in OpenLink Virtuoso 7, a store with its own Turtle parser.

A fixture starts Virtuoso on loopback ports with a database in a temporary folder. The
sample export's graph.ttl is loaded unchanged twice: with isql's ``DB.DBA.TTLP_MT`` and
with ``kg push`` to ``/sparql-graph-crud-auth`` (digest auth). Both are read back over
Virtuoso's SPARQL endpoint and compared with what rdflib parses from the file: every
IRI character for character (Virtuoso's parser reads some escapes differently from
others, which is where such trouble shows), the triple count and the literals.

Virtuoso keeps some typed values by value, not by their written form: "0.700" as
xsd:decimal comes back as "0.7", xsd:boolean "true" as "1", and an xsd:duration as a
number of seconds ("PT6H" -> "21600.0"). Those are compared by value.
"""

from __future__ import annotations

import json
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
import rdflib
from conftest import free_port, need_tool, running
from rdflib import XSD, Literal, URIRef

from kg.cli import main

ISQL_GRAPH = "https://example.org/kg-test/isql"
PUSH_GRAPH = "https://example.org/kg-test/push"
USER = PASSWORD = "dba"  # the fresh database's administrator


INI = """\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 0
DirsAllowed = ., {dirs}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {db}
ServerThreads = 10
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 60
"""


class Virtuoso:
    """A running Virtuoso: its SPARQL endpoint, its Graph Store and an isql runner."""

    def __init__(self, exe_isql: str, sql_port: int, http_port: int) -> None:
        self.isql_exe = exe_isql
        self.sql_port = sql_port
        self.base = f"http://127.0.0.1:{http_port}"
        self.sparql = self.base + "/sparql"
        self.crud_auth = self.base + "/sparql-graph-crud-auth"

    def select(self, query: str) -> list[dict]:
        """The bindings of a SELECT query, read as SPARQL JSON results."""
        request = urllib.request.Request(
            self.sparql,
            data=urllib.parse.urlencode({"query": query}).encode(),
            headers={"Accept": "application/sparql-results+json"},
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.load(response)["results"]["bindings"]

    def isql(self, sql: str) -> str:
        """Run SQL through isql-vt; isql exits 0 on SQL errors, so its output is checked."""
        done = subprocess.run(
            [self.isql_exe, f"127.0.0.1:{self.sql_port}", USER, PASSWORD, f"exec={sql}"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        output = done.stdout + done.stderr
        assert done.returncode == 0 and "*** Error" not in output, output
        return output


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory, sample_build) -> Iterator[Virtuoso]:
    """Virtuoso with an empty database in a temporary folder, stopped afterwards."""
    exe = need_tool("virtuoso-t", "Debian: virtuoso-opensource")
    isql = need_tool("isql-vt", "Debian: virtuoso-opensource")
    db = tmp_path_factory.mktemp("virtuoso")
    sql_port, http_port = free_port(), free_port()
    ini = db / "virtuoso.ini"
    ini.write_text(
        # DirsAllowed: isql may read files from every test's temporary folder.
        INI.format(
            db=db,
            dirs=tmp_path_factory.getbasetemp(),
            sql_port=sql_port,
            http_port=http_port,
        )
    )
    server = Virtuoso(isql, sql_port, http_port)
    with running(
        [exe, "+configfile", str(ini), "+foreground"],
        db / "stdout.log",
        lambda: server.select("SELECT * WHERE { ?s ?p ?o } LIMIT 1"),
        "Virtuoso",
        errors=(urllib.error.URLError, ConnectionError, json.JSONDecodeError),
        cwd=db,
        start_timeout=90,
        stop_timeout=30,
    ):
        yield server


@pytest.fixture(scope="module")
def ttl(sample_build) -> Path:
    return sample_build[1] / "graph.ttl"


@pytest.fixture(scope="module")
def expected(ttl: Path) -> rdflib.Graph:
    return rdflib.Graph().parse(ttl, format="turtle")


@pytest.fixture(scope="module")
def loaded(virtuoso: Virtuoso, ttl: Path) -> dict[str, str]:
    """graph.ttl loaded unchanged into two named graphs, by isql and by kg push."""
    virtuoso.isql(f"DB.DBA.TTLP_MT(file_to_string_output('{ttl}'), '', '{ISQL_GRAPH}');")
    code = main(
        ["push", str(ttl), "--endpoint", virtuoso.crud_auth, "--graph", PUSH_GRAPH]
        + ["--user", USER, "--password", PASSWORD]
    )
    assert code == 0
    return {"isql": ISQL_GRAPH, "push": PUSH_GRAPH}


@pytest.fixture(params=["isql", "push"])
def graph(request, loaded: dict[str, str]) -> str:
    """The named graph the export went into, once per way of loading it."""
    return loaded[request.param]


def iris_in(virtuoso: Virtuoso, graph: str) -> set[str]:
    rows = virtuoso.select(
        f"""SELECT DISTINCT ?i WHERE {{ GRAPH <{graph}> {{
              {{ ?i ?p ?o }} UNION {{ ?s ?i ?o }} UNION {{ ?s ?p ?i FILTER(isIRI(?i)) }} }} }}"""
    )
    return {r["i"]["value"] for r in rows}


def literals_in(virtuoso: Virtuoso, graph: str) -> list[tuple[str, str, Literal]]:
    rows = virtuoso.select(
        f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o FILTER(isLiteral(?o)) }} }}"
    )
    return [(r["s"]["value"], r["p"]["value"], _literal(r["o"])) for r in rows]


def _literal(term: dict) -> Literal:
    if "xml:lang" in term:
        return Literal(term["value"], lang=term["xml:lang"])
    datatype = term.get("datatype")
    if datatype in (None, str(XSD.string)):
        return Literal(term["value"])  # a simple literal is an xsd:string
    return Literal(term["value"], datatype=URIRef(datatype))


def _seconds(duration: str) -> float:
    """The seconds of a day-time xsd:duration such as PT6H or P2D."""
    return rdflib.Literal(duration, datatype=XSD.duration).toPython().total_seconds()


def _key(o: Literal) -> tuple:
    """What must survive the store: lexical form, except for types Virtuoso keeps by value."""
    lex, dt, lang = str(o), o.datatype, o.language
    if dt in (None, XSD.string):  # simple literals, strings and language-tagged: exact,
        return (lex, None, lang and lang.lower())  # but Virtuoso lower-cases "de-CH"
    if dt == XSD.decimal:
        return (Decimal(lex).normalize(), dt, None)
    if dt == XSD.boolean:
        return (lex in ("true", "1"), dt, None)
    if dt == XSD.duration:
        return (_seconds(lex) if lex.startswith(("P", "-P")) else float(lex), dt, None)
    return (lex, dt, None)


# --- the sample export ----------------------------------------------------------------


def test_every_iri_comes_back_character_for_character(
    virtuoso: Virtuoso, graph: str, expected: rdflib.Graph
) -> None:
    want = {str(t) for triple in expected for t in triple if isinstance(t, URIRef)}
    got = iris_in(virtuoso, graph)
    assert got == want, (sorted(got - want)[:10], sorted(want - got)[:10])


def test_the_triple_count_is_the_same(
    virtuoso: Virtuoso, graph: str, expected: rdflib.Graph
) -> None:
    rows = virtuoso.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    assert int(rows[0]["n"]["value"]) == len(expected)


def test_literals_come_back_equal(virtuoso: Virtuoso, graph: str, expected: rdflib.Graph) -> None:
    got = Counter((s, p, _key(o)) for s, p, o in literals_in(virtuoso, graph))
    want = Counter((str(s), str(p), _key(o)) for s, p, o in expected if isinstance(o, Literal))
    assert got.total() == want.total()
    assert got == want, (list(got - want)[:5], list(want - got)[:5])


def test_known_literals_keep_language_and_datatype(
    virtuoso: Virtuoso, graph: str, expected: rdflib.Graph
) -> None:
    """A few literals by kind, checked as they come back, to show what the store keeps."""
    got = {(s, p): o for s, p, o in literals_in(virtuoso, graph)}
    samples = {}
    for s, p, o in sorted(expected):
        if isinstance(o, Literal):
            kind = o.language or o.datatype
            if kind in (None, "en", XSD.date, XSD.decimal, XSD.nonNegativeInteger):
                samples.setdefault(kind, (str(s), str(p), o))
    assert set(samples) >= {"en", XSD.date, XSD.decimal}, "the sample export changed"
    for kind, (s, p, o) in samples.items():
        back = got[(s, p)]
        assert (back.language, back.datatype) == (o.language, o.datatype), kind
        if kind == XSD.decimal:
            assert Decimal(str(back)) == Decimal(str(o))
        else:
            assert str(back) == str(o), kind


# --- kg push and Virtuoso's Graph Store ------------------------------------------------


def test_push_again_replaces_the_graph(virtuoso: Virtuoso, loaded, ttl: Path, capsys) -> None:
    args = ["push", str(ttl), "--endpoint", virtuoso.crud_auth, "--graph", PUSH_GRAPH]
    assert main([*args, "--user", USER, "--password", PASSWORD]) == 0
    assert capsys.readouterr().out.endswith("(200 OK)\n")  # replaced, not created
    rows = virtuoso.select(
        f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{PUSH_GRAPH}> {{ ?s ?p ?o }} }}"
    )
    assert int(rows[0]["n"]["value"]) == len(rdflib.Graph().parse(ttl))


def test_trig_push_fills_and_replaces_each_named_graph(
    virtuoso: Virtuoso, expected: rdflib.Graph, tmp_path: Path, capsys
) -> None:
    """The sample's TriG (kg's TriG writer on the same graph) into Virtuoso, twice."""
    import pyoxigraph as ox

    from kg.export.rdf import to_trig

    trig = tmp_path / "graph.trig"
    trig.write_text(to_trig(expected), encoding="utf-8")
    want = Counter(q.graph_name.value for q in ox.parse(path=trig))
    assert len(want) > 2 and sum(want.values()) == len(expected)
    endpoint = ["--endpoint", virtuoso.crud_auth, "--user", USER, "--password", PASSWORD]
    for status in ("201 Created", "200 OK"):  # created, then replaced
        assert main(["push", str(trig), *endpoint]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert len(lines) == len(want) and all(line.endswith(f"({status})") for line in lines)
        rows = virtuoso.select(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
            'FILTER(STRSTARTS(STR(?g), "https://w3id.org/kgnews/id/graph/")) } GROUP BY ?g'
        )
        assert {r["g"]["value"]: int(r["n"]["value"]) for r in rows} == want


def test_push_with_a_wrong_password_is_refused(virtuoso: Virtuoso, ttl: Path, capsys) -> None:
    args = ["push", str(ttl), "--endpoint", virtuoso.crud_auth, "--graph", PUSH_GRAPH]
    assert main([*args, "--user", USER, "--password", "wrong"]) == 2
    err = capsys.readouterr().err
    assert "HTTP 401" in err and "check --user and --password" in err


def test_push_to_the_open_endpoint_is_forbidden(virtuoso: Virtuoso, ttl: Path, capsys) -> None:
    """Virtuoso's unauthenticated Graph Store may not write unless SPARQL_UPDATE is granted."""
    endpoint = virtuoso.base + "/sparql-graph-crud"
    assert main(["push", str(ttl), "--endpoint", endpoint, "--graph", PUSH_GRAPH]) == 2
    err = capsys.readouterr().err
    assert "HTTP 403" in err and "Permission denied" in err


# --- hard strings and IRIs, written by kg's Turtle writer -----------------------------


def test_hard_strings_and_iris_survive(virtuoso: Virtuoso, tmp_path: Path) -> None:
    """Characters that need escaping in Turtle, and IRIs that cannot be prefixed names."""
    from kg.export.rdf import to_turtle

    kg = rdflib.Namespace("https://w3id.org/kgnews/ns#")
    base = "https://w3id.org/kgnews/id/"
    g = rdflib.Graph()
    g.bind("kg", kg)
    g.bind("id", base)
    iris = [
        base + "actor/o'brien",
        base + "actor/a.b.",
        base + "actor/x%20y",
        base + "actor/café",
        base + "actor/~tilde(1)",
        base + "doc/a/b/m/1-2",
        base + "actor/semi;colon,comma",
        "urn:uuid:6e8bc430-9c3a-11d9-9669-0800200c9a66",
    ]
    texts = [
        'a "quoted" word',
        "back\\slash and \\/ slash",
        "line\nbreak, tab\t, return\r",
        "triple '''single''' and \"\"\"double\"\"\"",
        "flags 🇦🇲🇦🇿 and a U+2028 [\u2028]",
        "«Genève» – naïve ‘quotes’ …",
    ]
    for i, iri in enumerate(iris):
        g.add((URIRef(iri), kg.label, Literal(texts[i % len(texts)])))
        g.add((URIRef(iri), kg.name, Literal(texts[-1 - i % len(texts)], lang="en")))
        g.add((URIRef(iri), kg.seeAlso, URIRef(iris[i - 1])))
    g.add((URIRef(iris[0]), kg.name, Literal("Zürich", lang="de-CH")))
    g.add((URIRef(iris[0]), kg.begin, Literal("2026-11-12", datatype=XSD.date)))
    g.add((URIRef(iris[0]), kg.score, Literal("0.125", datatype=XSD.decimal)))
    path = tmp_path / "hard.ttl"
    path.write_text(to_turtle(g), encoding="utf-8")
    expected = rdflib.Graph().parse(path, format="turtle")
    assert set(expected) == set(g), "kg's writer itself changed a term"

    hard = "https://example.org/kg-test/hard"
    virtuoso.isql(f"DB.DBA.TTLP_MT(file_to_string_output('{path}'), '', '{hard}');")
    pushed = hard + "-push"
    code = main(
        ["push", str(path), "--endpoint", virtuoso.crud_auth, "--graph", pushed]
        + ["--user", USER, "--password", PASSWORD]
    )
    assert code == 0
    want_iris = {str(t) for triple in g for t in triple if isinstance(t, URIRef)}
    want_literals = Counter((str(s), str(p), _key(o)) for s, p, o in g if isinstance(o, Literal))
    for name in (hard, pushed):
        assert iris_in(virtuoso, name) == want_iris, name
        got = Counter((s, p, _key(o)) for s, p, o in literals_in(virtuoso, name))
        assert got == want_literals, (name, list(got - want_literals), list(want_literals - got))


# --- the bulk loader on a sharded build (kg build --shard) ----------------------------


def test_a_sharded_build_bulk_loads_with_ld_dir(virtuoso: Virtuoso, sample_build, tmp_path) -> None:
    """docs/cluster.md's commands: ld_dir over the shards, rdf_loader_run, checkpoint."""
    from test_shards import sharded

    manifest = sharded(sample_build[0], tmp_path, 3, formats=("nt",))
    assert len(manifest["files"]) == 4  # 3 + 3 + 1 articles, then the corpus
    graph = "https://example.org/kg-test/shards"
    folder = tmp_path / "shards"
    virtuoso.isql(f"ld_dir('{folder}', '*.nt', '{graph}'); rdf_loader_run(); checkpoint;")
    done = virtuoso.isql(
        f"SELECT ll_file, ll_state, ll_error FROM DB.DBA.load_list WHERE ll_file LIKE '{folder}/%';"
    )
    loaded = [line.split() for line in done.splitlines() if line.startswith(f"{folder}/")]
    assert sorted(Path(row[0]).name for row in loaded) == [f["file"] for f in manifest["files"]]
    assert all(row[1:] == ["2", "NULL"] for row in loaded), done  # state 2: loaded, no error
    rows = virtuoso.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    assert int(rows[0]["n"]["value"]) == manifest["triples"]

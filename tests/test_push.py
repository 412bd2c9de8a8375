"""Tests for ``kg push`` (kg.push) against a real Oxigraph server.

Each test gets its own ``oxigraph serve`` on a free loopback port with its data in a
temporary folder, pushes an export through the CLI and reads the store back through
the server's SPARQL endpoint, so what is checked is what a user of the store would see.
"""

from __future__ import annotations

import base64
import io
import json
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import ROOT, SAMPLE_DATE, free_port, need_tool, running, serving

from kg.cli import main
from kg.errors import KgError
from kg.push import _server_says, graph_url, ntriples

BASE = "https://w3id.org/kgnews/id/"
CORPUS = BASE + "graph/corpus"
DOC_GRAPH = BASE + "graph/doc/"
KG = "https://w3id.org/kgnews/ns#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
NO_TRIG = (
    "kg build --format trig wrote no graph.trig (the TriG export is not in this "
    "checkout yet); the named-graph push tests need it"
)


class Oxigraph:
    """A running ``oxigraph serve``: its Graph Store and SPARQL query URLs."""

    def __init__(self, port: int) -> None:
        self.base = f"http://127.0.0.1:{port}"
        self.store = self.base + "/store"
        self.query_url = self.base + "/query"

    def select(self, query: str) -> list[dict]:
        """The bindings of a SELECT query, read as SPARQL JSON results."""
        request = urllib.request.Request(
            self.query_url,
            data=urllib.parse.urlencode({"query": query}).encode(),
            headers={
                "Accept": "application/sparql-results+json",
                "Content-Type": "application/x-www-form-urlencoded",
            },
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.load(response)["results"]["bindings"]

    def quads(self) -> set[tuple[str, str, str, str]]:
        """Every quad in the store (named graphs and default graph) as N-Triples terms."""
        rows = self.select(
            "SELECT ?g ?s ?p ?o WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
        )
        return {
            (
                _term(r["g"]) if "g" in r else "",
                _term(r["s"]),
                _term(r["p"]),
                _term(r["o"]),
            )
            for r in rows
        }

    def counts(self) -> Counter:
        """Triples per graph; the default graph is ``""``."""
        return Counter(q[0].strip("<>") for q in self.quads())


def _term(binding: dict) -> str:
    """A SPARQL JSON term in N-Triples syntax, via pyoxigraph so escaping matches."""
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return str(ox.NamedNode(value))
    if kind == "bnode":
        return str(ox.BlankNode(value))
    if "xml:lang" in binding:
        return str(ox.Literal(value, language=binding["xml:lang"]))
    if "datatype" in binding:
        return str(ox.Literal(value, datatype=ox.NamedNode(binding["datatype"])))
    return str(ox.Literal(value))


def file_quads(path: Path) -> set[tuple[str, str, str, str]]:
    """The export's quads as N-Triples terms, graph ``""`` for the default graph."""
    return {_quad(q) for q in ox.parse(path=path)}


def stored(path: Path) -> set[tuple[str, str, str, str]]:
    """The export's quads as an Oxigraph store holds them: the expected server content.

    Oxigraph keeps numbers by value, so ``"0.700"^^xsd:decimal`` reads back as ``"0.7"``
    and an ``xsd:nonNegativeInteger`` as an ``xsd:integer``; IRIs and strings are kept
    as they are, so comparing with this still checks them character for character.
    """
    store = ox.Store()
    store.load(path=path)
    return {_quad(q) for q in store}


def _quad(q: ox.Quad) -> tuple[str, str, str, str]:
    graph = "" if isinstance(q.graph_name, ox.DefaultGraph) else str(q.graph_name)
    return graph, str(q.subject), str(q.predicate), str(q.object)


def counts(quads: set[tuple[str, str, str, str]]) -> Counter:
    return Counter(q[0].strip("<>") for q in quads)


@pytest.fixture
def oxigraph(tmp_path: Path) -> Iterator[Oxigraph]:
    """A fresh Oxigraph server storing into a temporary folder, stopped afterwards."""
    exe = need_tool("oxigraph")
    port = free_port()
    server = Oxigraph(port)
    command = [exe, "serve", "--location", str(tmp_path / "store"), "--bind", f"127.0.0.1:{port}"]
    with running(
        command,
        tmp_path / "oxigraph.log",
        lambda: server.select("SELECT * WHERE { ?s ?p ?o } LIMIT 1"),
        "oxigraph serve",
        errors=(urllib.error.URLError, ConnectionError),
    ):
        yield server


@pytest.fixture(scope="session")
def export(tmp_path_factory) -> Path:
    """The samples built once with Turtle and TriG output: the output folder."""
    import kg

    out = tmp_path_factory.mktemp("push-samples")
    kg.build(
        [ROOT / "samples"],
        out,
        published=date.fromisoformat(SAMPLE_DATE),
        formats=("turtle", "trig"),
        progress=False,
    )
    return out


@pytest.fixture
def trig(export: Path) -> Path:
    path = export / "graph.trig"
    if not path.exists():
        pytest.skip(NO_TRIG)
    return path


def push(*args: str) -> int:
    return main(["push", *map(str, args)])


# --- named graphs from TriG ----------------------------------------------------------


def test_trig_push_stores_every_named_graph_as_in_the_file(
    oxigraph: Oxigraph, trig: Path, capsys
) -> None:
    assert push(trig, "--endpoint", oxigraph.store) == 0
    expected = file_quads(trig)
    graphs = counts(expected)
    assert "" not in graphs, "kg's TriG puts nothing in the default graph"
    assert CORPUS in graphs and any(g.startswith(DOC_GRAPH) for g in graphs)

    out = capsys.readouterr().out.splitlines()
    assert len(out) == len(graphs)  # one line per graph
    assert f"PUT <{CORPUS}>: {graphs[CORPUS]:,} triples (201 Created)" in out

    assert oxigraph.counts() == graphs  # same triples per named graph
    assert oxigraph.quads() == stored(trig)  # same IRIs and strings, character for character

    # A known fact: Mark Dunne's statements come back with his name on the speaker.
    rows = oxigraph.select(
        f"""SELECT DISTINCT ?name WHERE {{
              GRAPH ?d {{ ?st a <{KG}Statement> ; <{KG}speaker> ?who }}
              GRAPH <{CORPUS}> {{ ?who <{RDFS_LABEL}> ?name }} }}"""
    )
    assert "Mark Dunne" in {r["name"]["value"] for r in rows}


def test_pushing_twice_leaves_the_same_store(oxigraph: Oxigraph, trig: Path, capsys) -> None:
    assert push(trig, "--endpoint", oxigraph.store) == 0
    first = oxigraph.quads()
    assert push(trig, "--endpoint", oxigraph.store) == 0
    assert oxigraph.quads() == first == stored(trig)
    # The second push replaced graphs that were there (204), it created none (201).
    second = capsys.readouterr().out.splitlines()[-len(counts(first)) :]
    assert all(line.endswith("(204 No Content)") for line in second), second


def test_repushing_a_corrected_article_replaces_only_its_graph(
    oxigraph: Oxigraph, trig: Path, tmp_path: Path
) -> None:
    assert push(trig, "--endpoint", oxigraph.store) == 0
    before = oxigraph.quads()

    # Correct one article: one of its triples goes away and a new one comes in.
    dataset = ox.Dataset(ox.parse(path=trig))
    doc_graphs = sorted({q.graph_name.value for q in dataset} - {CORPUS})
    changed = ox.NamedNode(doc_graphs[0])
    dropped = min(dataset.quads_for_graph_name(changed), key=str)
    dataset.remove(dropped)
    fixed = ox.Quad(
        ox.NamedNode(BASE + "doc/corrected"), ox.NamedNode(RDFS_LABEL), ox.Literal("Fixed"), changed
    )
    dataset.add(fixed)
    corrected = tmp_path / "corrected.trig"
    ox.serialize(dataset, corrected, ox.RdfFormat.TRIG)

    assert push(corrected, "--endpoint", oxigraph.store) == 0
    after = oxigraph.quads()
    assert after == stored(corrected)
    gone, new = before - after, after - before
    assert gone == stored(trig) - stored(corrected) and len(gone) == 1
    assert new == {_quad(fixed)}
    assert {q[0] for q in gone | new} == {str(changed)}  # no other graph changed


# --- single-graph exports ------------------------------------------------------------


def test_turtle_export_goes_into_the_graph_given(oxigraph: Oxigraph, export: Path) -> None:
    ttl = export / "graph.ttl"
    graph = "https://example.org/graphs/kg-samples"
    assert push(ttl, "--endpoint", oxigraph.store, "--graph", graph) == 0
    expected = {(f"<{graph}>", *q[1:]) for q in stored(ttl)}
    assert oxigraph.quads() == expected


def test_turtle_export_without_graph_goes_into_the_default_graph(
    oxigraph: Oxigraph, export: Path, capsys
) -> None:
    ttl = export / "graph.ttl"
    assert push(ttl, "--endpoint", oxigraph.store) == 0
    assert oxigraph.quads() == stored(ttl)
    n = len(file_quads(ttl))
    assert capsys.readouterr().out.startswith(f"PUT default graph: {n:,} triples (20")


def test_credentials_for_a_store_that_asks_for_none(oxigraph: Oxigraph, export: Path) -> None:
    ttl = export / "graph.ttl"
    assert push(ttl, "--endpoint", oxigraph.store, "--user", "kg", "--password", "x") == 0
    assert oxigraph.quads() == stored(ttl)


# --- errors --------------------------------------------------------------------------


def test_refused_connection_exits_2_and_says_so(export: Path, capsys) -> None:
    endpoint = f"http://127.0.0.1:{free_port()}/store"  # nothing listens there
    assert push(export / "graph.ttl", "--endpoint", endpoint) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"kg: error: {endpoint}: connection refused")
    assert "Traceback" not in err


def test_http_4xx_exits_2_with_the_status_and_the_server_message(
    oxigraph: Oxigraph, export: Path, capsys
) -> None:
    endpoint = oxigraph.base + "/no-such-service"
    assert push(export / "graph.ttl", "--endpoint", endpoint) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"kg: error: {endpoint}")
    assert "HTTP 404 Not Found: " in err and "/no-such-service" in err
    assert "\n" not in err


def test_bad_graph_iri_is_reported_by_the_server(oxigraph: Oxigraph, export: Path, capsys) -> None:
    code = push(export / "graph.ttl", "--endpoint", oxigraph.store, "--graph", "not an iri")
    assert code == 2
    assert "HTTP 400 Bad Request" in capsys.readouterr().err


def test_unreadable_export_exits_2_and_names_the_file(
    oxigraph: Oxigraph, tmp_path: Path, capsys
) -> None:
    missing = tmp_path / "missing.trig"
    assert push(missing, "--endpoint", oxigraph.store) == 2
    assert f"kg: error: {missing}: no such file" in capsys.readouterr().err

    wrong_type = tmp_path / "graph.html"
    wrong_type.write_text("<html></html>")
    assert push(wrong_type, "--endpoint", oxigraph.store) == 2
    assert "unsupported file type '.html'" in capsys.readouterr().err

    # The first graph is fine, the second is broken: nothing is pushed at all.
    broken = tmp_path / "broken.trig"
    broken.write_text(
        "<https://example.org/g1> { <https://example.org/s> <https://example.org/p> 1 . }\n"
        '<https://example.org/g2> { <https://example.org/s> <https://example.org/p> "x }\n'
    )
    assert push(broken, "--endpoint", oxigraph.store) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"kg: error: {broken}: not valid TriG: ")
    assert oxigraph.quads() == set()


# --- without a triplestore: auth, URLs, bytes -----------------------------------------


class _Recorder(BaseHTTPRequestHandler):
    """A Graph Store stand-in that wants basic auth kg:secret and records each request."""

    requests: list[tuple[str, str, dict, bytes]] = []

    def _handle(self, found: int) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.requests.append((self.command, self.path, dict(self.headers), body))
        good = "Basic " + base64.b64encode(b"kg:secret").decode()
        status = found if self.headers.get("Authorization") == good else 401
        self.send_response(status)
        if status == 401:
            self.send_header("WWW-Authenticate", 'Basic realm="kg test"')
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_PUT(self) -> None:  # noqa: N802 (http.server's naming)
        self._handle(201)

    def do_DELETE(self) -> None:  # noqa: N802
        self._handle(404)  # the probe graph is not there

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def recorder() -> Iterator[str]:
    _Recorder.requests = []
    with serving(_Recorder) as port:
        yield f"http://127.0.0.1:{port}/store"


def test_basic_auth_and_deterministic_ntriples(recorder: str, export: Path, capsys) -> None:
    ttl = export / "graph.ttl"
    args = (ttl, "--endpoint", recorder, "--graph", "urn:kg:test", "--user", "kg")
    assert push(*args, "--password", "wrong") == 2
    assert "HTTP 401 Unauthorized (check --user and --password)" in capsys.readouterr().err
    _Recorder.requests.clear()
    assert push(*args, "--password", "secret") == 0
    assert push(*args, "--password", "secret") == 0
    puts = [r for r in _Recorder.requests if r[0] == "PUT"]
    # Each push: one bodiless probe for the challenge, then the graph with credentials.
    assert [r[0] for r in _Recorder.requests] == ["DELETE", "PUT", "DELETE", "PUT"]
    (_, path1, headers, body1), (_, path2, _, body2) = puts
    assert path1 == path2 == "/store?graph=urn%3Akg%3Atest"
    assert headers["Content-Type"] == "application/n-triples; charset=utf-8"
    assert body1 == body2  # the same graph gives the same bytes
    lines = body1.decode().splitlines()
    assert lines == sorted(lines)
    assert {str(t) for t in ox.parse(body1, ox.RdfFormat.N_TRIPLES)} == {
        str(q.triple) for q in ox.parse(path=ttl)
    }


def test_password_from_the_environment(recorder: str, export: Path, monkeypatch) -> None:
    monkeypatch.setenv("KG_PUSH_PASSWORD", "secret")
    assert push(export / "graph.ttl", "--endpoint", recorder, "--user", "kg") == 0
    assert _Recorder.requests[-1][:2] == ("PUT", "/store?default")


def test_graph_url_encodes_the_iri_and_keeps_the_endpoint_query() -> None:
    iri = "https://w3id.org/kgnews/id/graph/doc/a b?c#d"
    assert graph_url("http://h/store", iri) == (
        "http://h/store?graph=https%3A%2F%2Fw3id.org%2Fkgnews%2Fid%2Fgraph%2Fdoc%2Fa%20b%3Fc%23d"
    )
    assert graph_url("http://h/repo/service?x=1", None) == "http://h/repo/service?x=1&default"
    assert ntriples([]) == b""


def test_ntriples_keeps_line_separators_inside_literals() -> None:
    """U+2028 and U+0085 stay raw in N-Triples; they must not split a line."""
    triple = ox.Triple(
        ox.NamedNode("https://example.org/s"),
        ox.NamedNode("https://example.org/p"),
        ox.Literal("one\u2028two\x85three\nfour"),
    )
    body = ntriples([triple])
    assert body.count(b"\n") == 1
    assert [q.triple for q in ox.parse(body, ox.RdfFormat.N_TRIPLES)] == [triple]


def test_server_message_is_read_from_an_html_error_page() -> None:
    page = (
        '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head><title>Failed'
        "</title></head><body><h1>HTTP/1.1 500 Request Failed</h1><h3>Error 22023</h3>\n"
        "<xmp>The PUT request for graph <urn:kg:x> is rejected: type &lt;x&gt;</xmp>"
        "</body></html>"
    )
    exc = urllib.error.HTTPError(
        "http://h/store", 500, "Request Failed", {}, io.BytesIO(page.encode())
    )
    assert _server_says(exc) == (
        ": Error 22023 The PUT request for graph <urn:kg:x> is rejected: type <x>"
    )


# --- credentials: asked for, taken out of URLs, never shown, not sent in clear ---------


class _Echo(BaseHTTPRequestHandler):
    """A store that wants basic auth, then answers with ``reply`` and quotes the request.

    Quoting the request (its Authorization decoded) is what a debugging proxy or a
    careless server does: kg must not pass such a quote on with the password in it.
    """

    requests: list[tuple[str, str, str]] = []
    reply: tuple[int, dict[str, str]] = (500, {})

    def _handle(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        auth = self.headers.get("Authorization", "")
        self.requests.append((self.command, self.path, auth))
        if not auth:
            status, headers = 401, {"WWW-Authenticate": 'Basic realm="kg test"'}
        else:
            status, headers = self.reply
        said = base64.b64decode(auth.removeprefix("Basic ")).decode() if auth else ""
        body = f"{self.command} {self.path} refused for {said} ({auth})".encode()
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_PUT = do_DELETE = _handle  # noqa: N815 (http.server's naming)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def echo() -> Iterator[int]:
    """The port of a running :class:`_Echo` on loopback."""
    _Echo.requests, _Echo.reply = [], (500, {})
    with serving(_Echo) as port:
        yield port


def test_credentials_in_the_url_are_sent_as_auth_and_never_shown(
    recorder: str, export: Path, capsys
) -> None:
    port = recorder.split(":")[2].split("/")[0]
    ttl = export / "graph.ttl"
    assert push(ttl, "--endpoint", f"http://kg:wrong-pass%2F1@127.0.0.1:{port}/store") == 2
    err = capsys.readouterr().err
    assert "HTTP 401" in err and "wrong-pass" not in err and "%2F1" not in err
    _Recorder.requests.clear()
    assert push(ttl, "--endpoint", f"http://kg:secret@127.0.0.1:{port}/store") == 0
    assert [(r[0], r[1]) for r in _Recorder.requests] == [
        ("DELETE", "/store?graph=urn%3Ax-kg-push%3Aauth-probe"),
        ("PUT", "/store?default"),
    ]
    assert (
        _Recorder.requests[1][2]["Authorization"]
        == "Basic " + base64.b64encode(b"kg:secret").decode()
    )
    out, err = capsys.readouterr()
    assert "secret" not in out + err


def test_no_error_message_repeats_the_password(echo: int, export: Path, capsys) -> None:
    ttl = export / "graph.ttl"
    for status, headers in [
        (500, {}),
        (401, {"WWW-Authenticate": 'Basic realm="kg test"'}),
        (307, {"Location": f"http://kg:moved-pw-1@127.0.0.1:{echo}/elsewhere"}),
    ]:
        _Echo.reply, _Echo.requests = (status, headers), []
        for endpoint, options in [
            (f"http://kg:url-pw-123@127.0.0.1:{echo}/store", []),
            (f"http://127.0.0.1:{echo}/store", ["--user", "kg", "--password", "flag-pw-123"]),
        ]:
            assert push(ttl, "--endpoint", endpoint, *options) == 2
            err = capsys.readouterr().err
            assert f"HTTP {status}" in err, err
            assert "pw-1" not in err and "Basic " + base64.b64encode(b"kg:").decode()[:3] not in err
            assert _Echo.requests[-1][2], "the password was sent: the server saw it"
        if status == 307:  # not followed: nothing went to the address it named
            assert "follows no redirect" in err and "moved-pw" not in err
            assert all(path.startswith("/store") for _, path, _ in _Echo.requests)


@pytest.fixture
def connections(monkeypatch) -> list[tuple]:
    """Every TCP connection kg tries (none is made: each one fails at once)."""
    tried: list[tuple] = []

    def connect(address, *args, **kwargs):
        tried.append(address)
        raise ConnectionRefusedError(111, "no network in this test")

    monkeypatch.setattr("socket.create_connection", connect)
    return tried


def test_credentials_over_http_to_another_host_need_insecure(
    export: Path, capsys, connections: list[tuple]
) -> None:
    ttl = export / "graph.ttl"
    for endpoint, options in [
        ("http://store.example.org/store", ["--user", "kg", "--password", "pw-1234"]),
        ("http://kg:pw-1234@192.0.2.7:8890/sparql-graph-crud-auth", []),
    ]:
        assert push(ttl, "--endpoint", endpoint, *options) == 2
        assert connections == []  # refused before any connection
        err = capsys.readouterr().err
        assert "--insecure" in err and "https://" in err and "pw-1234" not in err
        assert push(ttl, "--endpoint", endpoint, *options, "--insecure") == 2
        assert "connection refused" in capsys.readouterr().err
        assert len(connections) == 1  # with --insecure kg does try
        connections.clear()
    # Without credentials, over https://, or to this machine: no --insecure needed.
    for endpoint, options in [
        ("http://store.example.org/store", []),
        ("https://store.example.org/store", ["--user", "kg", "--password", "pw-1234"]),
        ("http://localhost:7878/store", ["--user", "kg", "--password", "pw-1234"]),
        ("http://127.0.0.2:7878/store", ["--user", "kg", "--password", "pw-1234"]),
        ("http://[::1]:7878/store", ["--user", "kg", "--password", "pw-1234"]),
    ]:
        assert push(ttl, "--endpoint", endpoint, *options) == 2
        assert "--insecure" not in capsys.readouterr().err
        assert len(connections) == 1, endpoint
        connections.clear()


def test_password_dash_asks_without_echo(recorder: str, export: Path, monkeypatch, capsys) -> None:
    import getpass

    prompts: list[str] = []

    def ask(prompt: str = "Password: ", stream=None) -> str:
        prompts.append(prompt)
        return "secret"

    monkeypatch.setattr(getpass, "getpass", ask)
    monkeypatch.setenv("KG_PUSH_PASSWORD", "not-this-one")
    ttl = export / "graph.ttl"
    assert push(ttl, "--endpoint", recorder, "--user", "kg", "--password", "-") == 0
    assert len(prompts) == 1 and "kg" in prompts[0] and recorder in prompts[0]
    assert "warning" not in capsys.readouterr().err  # the typed password is no risk
    assert push(ttl, "--endpoint", recorder, "--password", "-") == 2
    assert "--password - needs --user" in capsys.readouterr().err
    # A password on the command line still works, with a warning that ps shows it.
    assert push(ttl, "--endpoint", recorder, "--user", "kg", "--password", "secret") == 0
    assert "process list" in capsys.readouterr().err


def test_help_names_the_password_variable_and_the_prompt(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["push", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    password_help = text[text.index("--password SECRET password") :]
    assert "KG_PUSH_PASSWORD" in password_help[:400] and "'-'" in password_help[:400]
    assert "--insecure" in text


def test_masked_hides_only_the_password() -> None:
    from kg.push import credentials, is_loopback, masked

    assert masked("http://kg:s%40cret@h:8890/store?x=1") == "http://kg:***@h:8890/store?x=1"
    assert masked("http://kg@h/store") == "http://kg@h/store"
    assert masked("http://h/a:b@c") == "http://h/a:b@c"  # an @ in the path is no password
    assert credentials("https://kg:s%40cret@h/store", None, None) == (
        "https://h/store",
        "kg",
        "s@cret",
    )
    with pytest.raises(KgError, match=r"kg:\*\*\*@h/store: the URL names one user"):
        credentials("https://kg:pw@h/store", "other", None)
    assert [is_loopback(h) for h in ("localhost", "127.8.0.1", "::1", "[::1]")] == [True] * 4
    assert not any(is_loopback(h) for h in ("10.0.0.1", "localhost.example.org", "::2", "h"))

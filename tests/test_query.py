"""kg query and the cookbook: each query answers its question on the bundled samples.

The answers checked here are what a reader of the four sample articles knows: who
spoke about Azerbaijan, when Armenia did what, who mediated the Geneva talks, which
accounts of them clash, which event most outlets reported, and which events are facts.
"""

from __future__ import annotations

import csv
import io
import json
from http.server import BaseHTTPRequestHandler

import pytest
from conftest import serving

from kg.cli import main
from kg.errors import KgError
from kg.query import cookbook, run

COOKBOOK = {
    "who-said-what",
    "actor-timeline",
    "actor-roles",
    "contradictions",
    "events-by-sources",
    "event-chains",
    "facts-only",
}


def rows(out, query: str, *bind: str) -> list[dict[str, str]]:
    """The query's solutions as dicts of plain values (SPARQL JSON results)."""
    data = json.loads(run(out, query, output="json", bind=bind))
    names = data["head"]["vars"]
    return [
        {n: b[n]["value"] if n in b else None for n in names} for b in data["results"]["bindings"]
    ]


def test_cookbook_has_every_question_documented():
    book = cookbook()
    assert set(book) == COOKBOOK
    for path in book.values():
        head = path.read_text(encoding="utf-8").splitlines()
        assert head[0].startswith("# ") and head[0].endswith("."), path.name
        assert any(f"kg query output {path.stem}" in line for line in head), path.name


def test_who_said_what_about_an_actor(sample_build):
    _, out = sample_build
    found = rows(out, "who-said-what", "actor=azerbaijan")  # any case
    assert found and {r["about"] for r in found} == {"Azerbaijan"}
    speakers = {r["speaker"] for r in found}
    assert {"Elchin Rzayev", "Aynur Hasanova"} <= speakers
    assert any(r["speaker"] == "Elchin Rzayev" and "written proposal" in r["said"] for r in found)
    dates = [r["published"] for r in found]
    assert dates == sorted(dates)
    everyone = rows(out, "who-said-what")  # unbound: every actor
    assert len({r["about"] for r in everyone}) > 5 and len(everyone) > len(found)


def test_actor_timeline_puts_dated_events_in_order(sample_build):
    _, out = sample_build
    found = rows(out, "actor-timeline", "actor=Armenia")
    assert found and {r["name"] for r in found} == {"Armenia"}
    begins = [r["begin"] for r in found]
    dated = [b for b in begins if b]
    assert dated == sorted(dated) and begins[: len(dated)] == dated  # undated last
    titles = [r["event"] for r in found]
    visit = next(i for i, t in enumerate(titles) if "Sotk" in t)  # shelled on 11 November
    brussels = next(i for i, t in enumerate(titles) if "Brussels" in t)
    assert visit < brussels
    assert found[brussels]["factuality"].endswith("#Planned")


def test_actor_roles_name_the_mediator_of_the_talks(sample_build):
    _, out = sample_build
    found = rows(out, "actor-roles", "event_title=first direct talks")
    roles = {(r["actor"], r["role"].rsplit("#", 1)[1]) for r in found}
    assert ("European Union", "Mediator") in roles
    assert ("Geneva", "Location") in roles
    assert all("first direct talks" in r["event"].lower() for r in found)


def test_contradictions_pit_the_two_ministers_accounts(sample_build):
    _, out = sample_build
    found = rows(out, "contradictions")
    pairs = {frozenset((r["first_speaker"], r["second_speaker"])) for r in found}
    assert frozenset(("Lilit Avagyan", "Elchin Rzayev")) in pairs
    assert all(r["why"] and 0 < float(r["score"]) <= 1 for r in found)
    scores = [float(r["score"]) for r in found]
    assert scores == sorted(scores, reverse=True)


def test_events_by_sources_puts_the_talks_first(sample_build):
    result, out = sample_build
    found = rows(out, "events-by-sources")
    counts = [int(r["sources"]) for r in found]
    assert counts == sorted(counts, reverse=True)
    assert len(found) == len(result.events)
    # the talks are among the most reported (ties keep the query's title order)
    top = next(r for r in found if "talks" in r["event"].lower())
    assert int(top["sources"]) == counts[0] >= 3
    assert len(top["reported_by"].split(", ")) == counts[0]
    assert "Continental Press Agency" in top["reported_by"]


def test_event_chains_follow_two_links(sample_build):
    result, out = sample_build
    found = rows(out, "event-chains")
    assert found
    links = {
        (result.events[r.source].title, r.type, result.events[r.target].title)
        for r in result.relations
    }
    for r in found:
        one, two = r["link1"].rsplit("#", 1)[1], r["link2"].rsplit("#", 1)[1]
        assert "SameStory" not in (one, two)
        assert (r["first"], one, r["second"]) in links
        assert (r["second"], two, r["third"]) in links


def test_facts_only_leaves_out_planned_hypothetical_and_negated(sample_build):
    result, out = sample_build
    found = rows(out, "facts-only")
    assert {r["factuality"].rsplit("#", 1)[1] for r in found} == {"Asserted", "Reported"}
    titles = {r["event"] for r in found}
    facts = {e.title for e in result.events.values() if e.factuality in {"asserted", "reported"}}
    assert titles == facts
    not_facts = {
        e.title
        for e in result.events.values()
        if e.factuality in {"planned", "hypothetical", "negated"}
    }
    assert not_facts and not titles & not_facts
    assert "Mark Dunne travelled to Baku and Yerevan to prepare the meeting" in titles


def test_output_formats_and_table(sample_build, capsys):
    _, out = sample_build
    assert main(["query", str(out / "graph.ttl"), "facts-only", "-f", "csv"]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert table and set(table[0]) == {"event", "type", "factuality", "begin", "place", "sources"}
    assert main(["query", str(out), "SELECT (COUNT(*) AS ?n) WHERE { ?e a kg:Event }"]) == 0
    text = capsys.readouterr().out.splitlines()
    assert text[0].strip() == "n" and text[-1] == "(1 row)"
    assert int(text[2]) == len(sample_build[0].events)
    assert main(["query", str(out), "ASK { ?d a schema:NewsArticle }"]) == 0
    assert capsys.readouterr().out == "true\n"


def test_query_from_a_file_and_bind_an_iri(sample_build, tmp_path, capsys):
    result, out = sample_build
    doc = result.documents[0]
    rq = tmp_path / "headline.rq"
    rq.write_text("SELECT ?h WHERE { ?d schema:headline ?h }", encoding="utf-8")
    iri = f"<https://w3id.org/kgnews/id/doc/{doc.id}>"
    assert main(["query", str(out), str(rq), "--bind", f"d={iri}", "-f", "tsv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == f'"{doc.title}"@en'


@pytest.mark.parametrize(
    "query, message",
    [
        ("SELECT ?x WHERE { ?x ", "not valid SPARQL"),
        ("who-said-when", "the cookbook has"),
        ("missing.rq", "no such query file"),
    ],
)
def test_bad_queries_exit_2_with_a_reason(sample_build, capsys, query, message):
    _, out = sample_build
    assert main(["query", str(out), query]) == 2
    assert message in capsys.readouterr().err


def test_bad_graphs_name_the_file(tmp_path, capsys):
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .\n", encoding="utf-8")
    assert main(["query", str(broken), "facts-only"]) == 2
    assert "broken.ttl" in capsys.readouterr().err
    with pytest.raises(KgError, match="no graph in this folder"):
        run(tmp_path, "facts-only")


def test_rows_give_records_for_pandas(sample_build):
    from kg.query import load, rows

    result, out = sample_build
    store = load(out)  # one load, several queries
    facts = rows(store, "facts-only")
    assert facts and all(isinstance(r["sources"], int) and r["sources"] >= 1 for r in facts)
    assert {r["factuality"] for r in facts} == {"kg:Asserted", "kg:Reported"}
    undated = [r for r in facts if r["begin"] is None]
    assert undated and facts[-len(undated) :] == undated  # unbound is None, listed last
    said = rows(store, "who-said-what", ["actor=Azerbaijan"])
    assert said == rows(out, "who-said-what", ["actor=Azerbaijan"])
    with pytest.raises(KgError, match="SELECT"):
        rows(store, "ASK { ?s ?p ?o }")


def test_event_card_is_the_card_in_events_md(sample_build):
    from kg.export.cards import event_card

    result, out = sample_build
    top = max(result.events.values(), key=lambda e: (len(e.sources), e.id))
    card = event_card(result, top.id)
    assert top.title in card.splitlines()[0]
    assert card in (out / "events.md").read_text(encoding="utf-8")


# --- bound values are data; SERVICE needs leave --------------------------------------

AZERBAIJAN = "https://w3id.org/kgnews/id/actor/azerbaijan"


def test_an_iri_bind_matches_the_iri_in_every_cookbook_query(sample_build):
    """A bound <IRI> finds the actor (or event) it names, as its name does."""
    _, out = sample_build
    by_name = rows(out, "who-said-what", "actor=Azerbaijan")
    assert by_name
    assert rows(out, "who-said-what", f"actor=<{AZERBAIJAN}>") == by_name
    wikidata = "http://www.wikidata.org/entity/Q227"  # owl:sameAs of kg's Azerbaijan
    assert rows(out, "who-said-what", f"actor=<{wikidata}>") == by_name
    assert rows(out, "who-said-what", "actor=<https://example.org/nobody>") == []

    timeline = rows(out, "actor-timeline", "actor=armenia")
    assert timeline
    iri = "https://w3id.org/kgnews/id/actor/armenia"
    assert rows(out, "actor-timeline", f"actor=<{iri}>") == timeline

    by_title = rows(out, "actor-roles", "event_title=first direct talks")
    assert by_title
    event = run(
        out,
        "SELECT DISTINCT ?e WHERE { ?e a kg:Event ; rdfs:label ?l "
        'FILTER(CONTAINS(LCASE(STR(?l)), "first direct talks")) }',
        output="tsv",
    )
    (iri,) = event.splitlines()[1:]
    assert rows(out, "actor-roles", f"event_title={iri}") == by_title


def test_a_bind_value_cannot_rewrite_the_query(sample_build, capsys):
    """The issue's value closed the VALUES row and added its own: now it is refused."""
    _, out = sample_build
    value = 'actor=<urn:x>) ("Azerbaijan") (<urn:y>'
    assert main(["query", str(out), "who-said-what", "--bind", value]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not an IRI" in err and "Traceback" not in err
    # The same text without angle brackets is one string, which no actor is called.
    assert rows(out, "who-said-what", 'actor=Azerbaijan") (') == []


@pytest.mark.parametrize(
    "value",
    [
        'x") } SERVICE <http://127.0.0.1:9/> { ?a ?b ?c } #',
        'a\\"b',
        "\\u0022) (",
        "'''",
        '"""',
        "line\nbreak\ttab",
        "\x00\u2028\u202e",
        "\\",
        "<not an iri",
        "ends with >",
    ],
)
def test_a_string_value_comes_back_unchanged(tmp_path, value):
    graph = tmp_path / "g.nt"
    graph.write_text("<urn:s> <urn:p> <urn:o> .\n", encoding="utf-8")
    answer = json.loads(run(graph, "SELECT ?v WHERE { }", output="json", bind=[f"v={value}"]))
    assert [b["v"] for b in answer["results"]["bindings"]] == [{"type": "literal", "value": value}]


def test_bind_finds_the_pattern_behind_a_hash_iri_and_a_template(tmp_path):
    """The VALUES block goes after WHERE, not into a comment-like IRI or a template."""
    graph = tmp_path / "g.nt"
    graph.write_text('<urn:s> <urn:p> "o" .\n', encoding="utf-8")
    one_line = "PREFIX ex: <http://example.org/ns#> SELECT ?v WHERE { ?s ?p ?o }"
    assert rows(graph, one_line, "v=kept") == [{"v": "kept"}]
    construct = "CONSTRUCT { ?s <urn:q> ?v } WHERE { ?s ?p ?o }"
    assert '<urn:s> <urn:q> "made"' in run(graph, construct, bind=["v=made"])


class _Sparql(BaseHTTPRequestHandler):
    """A SPARQL endpoint on loopback that answers nothing and counts what it is sent."""

    hits: list[str] = []

    def _answer(self) -> None:
        self.hits.append(self.command)
        body = b'{"head": {"vars": []}, "results": {"bindings": [{}]}}'
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._answer()

    def do_POST(self) -> None:  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self._answer()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def sparql_server():
    _Sparql.hits = []
    with serving(_Sparql) as port:
        yield f"http://127.0.0.1:{port}/sparql"


def test_service_sends_no_request_unless_allowed(sample_build, sparql_server, capsys):
    _, out = sample_build
    # Through a bind value (the way in): refused, nothing sent.
    value = (
        f'actor=<urn:x>) ("Azerbaijan") }} SERVICE <{sparql_server}> {{ ?a ?b ?c }} '
        "VALUES (?z) { (<urn:y>"
    )
    code = main(["query", str(out), "who-said-what", "--bind", value])
    assert _Sparql.hits == []
    assert code == 2 and "not an IRI" in capsys.readouterr().err
    # In the query itself but not allowed: refused, nothing sent.
    own = f"SELECT * WHERE {{ SERVICE <{sparql_server}> {{ ?a ?b ?c }} }}"
    assert main(["query", str(out), own]) == 2
    assert "--allow-service" in capsys.readouterr().err
    lower = f"SELECT * WHERE {{ service\n<{sparql_server}> {{ ?a ?b ?c }} }}"
    assert main(["query", str(out), lower]) == 2
    assert _Sparql.hits == []
    # The word as text (a string, a comment, an IRI) is no call.
    text = 'SELECT ?w WHERE { BIND("SERVICE <x> {}" AS ?w) } # SERVICE <http://h/> {}'
    assert rows(out, text) == [{"w": "SERVICE <x> {}"}]
    assert run(out, "ASK { ?x a <https://schema.org/Service> }") == "false\n"
    assert rows(out, "SELECT ?x WHERE { ?x a schema:Service }") == []
    assert _Sparql.hits == []
    # Allowed, the user's own SERVICE is sent: the server above does count requests.
    assert main(["query", str(out), own, "--allow-service"]) == 0
    assert len(_Sparql.hits) == 1


def test_a_graph_or_query_file_name_with_control_characters_is_one_error_line(tmp_path, capsys):
    """A file name may hold a newline or a bidi override: the error stays one line."""
    broken = tmp_path / "wire\ncopy\u202e.ttl"
    broken.write_text("<a> <b> .\n", encoding="utf-8")
    assert main(["query", str(broken), "facts-only"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "\u202e" not in err
    assert "wire\\ncopy\\u202e.ttl" in err
    good = tmp_path / "good.ttl"
    good.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    missing = tmp_path / "who\nsaid.rq"
    assert main(["query", str(good), str(missing)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such query file" in err

"""Every export format holds the same triples, parses strictly, and carries provenance.

Built once from the bundled samples with ``--format all``; checked against three
independent parsers (pyoxigraph, rdflib and, for the text formats, rapper in strict
mode), so the graph a user loads elsewhere is the graph kg meant.
"""

from __future__ import annotations

import csv
import json
import logging
import re
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import rapper_count
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, VOID

import kg
from kg.config import Settings
from kg.export.rdf import collect, graph_of, options
from kg.namespaces import KG, OA, SCHEMA

ROOT = Path(__file__).resolve().parents[1]
BASE = "https://w3id.org/kgnews/id/"
PARSERS = {  # file -> (pyoxigraph format, rdflib format, rapper syntax)
    "graph.ttl": (ox.RdfFormat.TURTLE, "turtle", "turtle"),
    "graph.trig": (ox.RdfFormat.TRIG, "trig", "trig"),
    "graph.nt": (ox.RdfFormat.N_TRIPLES, "nt", "ntriples"),
    "graph.jsonld": (ox.RdfFormat.JSON_LD, "json-ld", None),
}


@pytest.fixture(scope="module")
def every_format(tmp_path_factory):
    """The samples built with every graph and table format: (result, folder, settings)."""
    out = tmp_path_factory.mktemp("all-formats")
    settings = Settings(published=date(2026, 11, 12), formats=("turtle", "trig", "nt", "jsonld",
                        "jsonl", "csv"), license="https://creativecommons.org/licenses/by/4.0/")
    return kg.build([ROOT / "samples"], out, settings), out, settings


def canonical(term) -> str:
    """One spelling of a term whatever parser produced it (N-Triples style)."""
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        term = URIRef(term.value) if isinstance(term, ox.NamedNode) else Literal(
            term.value, lang=term.language,
            datatype=None if term.language or term.datatype.value == str(XSD.string)
            else URIRef(term.datatype.value))
    if isinstance(term, Literal) and term.datatype == XSD.string:
        term = Literal(str(term))
    return term.n3()


def triples_of(items) -> set[tuple[str, str, str]]:
    return {(canonical(s), canonical(p), canonical(o)) for s, p, o in items}


def test_every_format_round_trips_to_the_same_triples(every_format, caplog):
    result, out, settings = every_format
    expected = triples_of(collect(result, settings.base_iri, settings.model, options(settings)))
    assert len(expected) > 5000
    for name, (ox_format, rdflib_format, _) in PARSERS.items():
        path = out / name
        quads = list(ox.parse(path=str(path), format=ox_format))
        assert triples_of((q.subject, q.predicate, q.object) for q in quads) == expected, name
        with caplog.at_level(logging.WARNING):
            if name == "graph.trig":
                ds = Dataset()
                ds.parse(path, format=rdflib_format)
                parsed = triples_of((s, p, o) for s, p, o, _ in ds.quads())
            else:
                parsed = triples_of(Graph().parse(path, format=rdflib_format))
        assert parsed == expected, name
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


@pytest.mark.parametrize("name", ["graph.ttl", "graph.trig", "graph.nt", "void.ttl"])
def test_rapper_reads_each_text_format_strictly(every_format, name):
    _, out, _ = every_format
    syntax = PARSERS.get(name, (None, None, "turtle"))[2]
    assert rapper_count(out / name, syntax) > (100 if name == "void.ttl" else 5000)


def test_trig_has_one_graph_per_article_and_a_corpus_graph(every_format):
    result, out, _ = every_format
    quads = list(ox.parse(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG))
    graphs = {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)}
    assert all(isinstance(q.graph_name, ox.NamedNode) for q in quads)
    docs = {f"{BASE}graph/doc/{d.id}" for d in result.documents}
    assert graphs == docs | {f"{BASE}graph/corpus"}
    store = ox.Store()
    store.bulk_load(path=str(out / "graph.trig"), format=ox.RdfFormat.TRIG)
    # each statement, with its mentions and selectors, lives in its article's graph
    rows = store.query("""SELECT ?g ?doc WHERE { GRAPH ?g { ?s a kg:Statement ;
        kg:inDocument ?doc ; kg:content ?m . ?m oa:hasSelector ?sel } }""",
        prefixes={"kg": str(KG), "oa": str(OA)})
    pairs = {(r["g"].value, r["doc"].value) for r in rows}
    assert pairs and all(g.rsplit("/", 1)[1] == d.rsplit("/", 1)[1] for g, d in pairs)
    # replacing one article's graph removes what it said and nothing else
    doc = result.documents[0]
    gone = ox.NamedNode(f"{BASE}graph/doc/{doc.id}")
    before = len(store)
    said = len(list(store.quads_for_pattern(None, None, None, gone)))
    store.clear_graph(gone)
    assert len(store) == before - said
    left = store.query(f"""ASK {{ GRAPH ?g {{ ?s <{KG.inDocument}> <{BASE}doc/{doc.id}> }} }}""")
    assert not bool(left)
    # actors, merged events and relations are corpus facts
    corpus = {graph_of((URIRef(f"{BASE}actor/x"), RDFS.label, Literal("x")), BASE),
              graph_of((URIRef(f"{BASE}relation/x"), KG.fromEvent, URIRef(f"{BASE}event/y")),
                       BASE)}
    assert corpus == {f"{BASE}graph/corpus"}


def test_tables_as_csv_match_the_jsonl(every_format):
    result, out, _ = every_format
    sizes = {"actors": len(result.actors), "statements": len(result.statements),
             "events": len(result.events), "relations": len(result.relations)}
    for table, n in sizes.items():
        with open(out / f"{table}.csv", newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        lines = (out / f"{table}.jsonl").read_text(encoding="utf-8").splitlines()
        assert len(rows) == len(lines) == n, table
        first = json.loads(lines[0])
        assert rows[0]["id" if "id" in first else "source"] == first.get("id", first.get("source"))
    with open(out / "events.csv", newline="", encoding="utf-8") as f:
        events = {r["id"]: r for r in csv.DictReader(f)}
    merged = next(e for e in result.events.values() if len(e.sources) > 1)
    row = events[merged.id]
    assert row["sources"].split("; ") == merged.sources  # a list of names: one joined cell
    assert json.loads(row["participants"])[0]["role"]  # records: one JSON cell
    assert row["trigger.text"] == merged.trigger.text  # a record: dotted columns
    dated = next(e for e in result.events.values() if e.time and e.time.start)
    assert events[dated.id]["time.start"] == dated.time.start.isoformat()


def test_void_describes_the_export(every_format):
    result, out, settings = every_format
    g = Graph().parse(out / "void.ttl", format="turtle")
    dataset = next(g.subjects(RDF.type, VOID.Dataset))
    graph = Graph().parse(out / "graph.ttl", format="turtle")
    assert g.value(dataset, VOID.triples).toPython() == len(graph)
    assert g.value(dataset, VOID.documents).toPython() == len(result.documents)
    assert g.value(dataset, VOID.distinctSubjects).toPython() == len(set(graph.subjects()))
    parts = {g.value(p, VOID["class"]): g.value(p, VOID.entities).toPython()
             for p in g.objects(dataset, VOID.classPartition)}
    assert parts[KG.Event] == len(result.events)
    assert parts[KG.Statement] == len(result.statements)
    props = {g.value(p, VOID.property): g.value(p, VOID.triples).toPython()
             for p in g.objects(dataset, VOID.propertyPartition)}
    assert sum(props.values()) == len(graph)
    vocabularies = set(map(str, g.objects(dataset, VOID.vocabulary)))
    assert {"https://w3id.org/kgnews/ns", "http://www.w3.org/ns/oa#",
            "https://schema.org/", "http://www.w3.org/ns/prov#"} <= vocabularies
    assert str(g.value(dataset, URIRef("http://purl.org/dc/terms/license"))) == settings.license
    created = g.value(dataset, URIRef("http://purl.org/dc/terms/created"))
    assert created.datatype == XSD.dateTime and created.toPython().year >= 2026
    features = set(map(str, g.objects(dataset, VOID.feature)))
    assert "http://www.w3.org/ns/formats/TriG" in features and len(features) == 4
    build = g.value(dataset, PROV.wasGeneratedBy)
    assert (build, RDF.type, KG.Build) in graph  # the same activity as in the graph
    assert g.value(build, PROV.startedAtTime) <= g.value(build, PROV.endedAtTime)


def test_without_a_license_void_says_so(sample_build):
    _, out = sample_build
    text = (out / "void.ttl").read_text(encoding="utf-8")
    assert "dct:license" not in text and "No license was given" in text


def test_articles_and_the_build_carry_provenance(every_format):
    result, out, _ = every_format
    g = Graph().parse(out / "graph.ttl", format="turtle")
    build = next(g.subjects(RDF.type, KG.Build))
    assert (build, RDF.type, PROV.Activity) in g
    assert str(g.value(build, KG.kgVersion)) == kg.__version__
    assert str(g.value(build, KG.spacyModel)).startswith("en_core_web_sm")
    assert {str(o) for o in g.objects(build, KG.option)} >= {"published=2026-11-12",
                                                           f"base_iri={BASE}"}
    used = set(g.objects(build, PROV.used))
    assert used == {URIRef(f"{BASE}doc/{d.id}") for d in result.documents}
    wire = next(d for d in result.documents if d.url)
    node = URIRef(f"{BASE}doc/{wire.id}")
    assert (node, RDF.type, SCHEMA.NewsArticle) in g
    assert g.value(node, SCHEMA.headline) == Literal(wire.title, lang="en")
    assert g.value(node, SCHEMA.url) == Literal(wire.url, datatype=XSD.anyURI)
    assert g.value(node, SCHEMA.datePublished) == Literal(wire.published.isoformat(),
                                                          datatype=XSD.date)
    assert str(g.value(node, KG.outlet)) == wire.outlet
    for kind in (KG.Statement, KG.Event, KG.EventRelation):
        nodes = set(g.subjects(RDF.type, kind))
        assert nodes and all((n, PROV.wasGeneratedBy, build) in g for n in nodes), kind


def test_every_mention_has_position_and_quote_selectors_that_agree(every_format):
    result, out, _ = every_format
    g = Graph().parse(out / "graph.ttl", format="turtle")
    texts = {URIRef(f"{BASE}doc/{d.id}"): d.source_text for d in result.documents}
    mentions = list(g.subjects(RDF.type, KG.Mention))
    assert len(mentions) > 500
    for m in mentions:
        selectors = {g.value(s, RDF.type): s for s in g.objects(m, OA.hasSelector)}
        pos, quote = selectors[OA.TextPositionSelector], selectors[OA.TextQuoteSelector]
        text = texts[g.value(m, OA.hasSource)]
        start, end = g.value(pos, OA.start).toPython(), g.value(pos, OA.end).toPython()
        exact = g.value(quote, OA.exact)
        assert text[start:end] == str(exact)
        assert text[:start].endswith(str(g.value(quote, OA.prefix)))
        assert text[end:].startswith(str(g.value(quote, OA.suffix)))
        assert exact.language is None and g.value(pos, OA.start).datatype == (
            XSD.nonNegativeInteger)


def test_literals_have_language_tags_and_datatypes_where_they_should(every_format):
    _, out, _ = every_format
    g = Graph().parse(out / "graph.ttl", format="turtle")
    tagged = (RDFS.label, SCHEMA.text, KG.summary, KG.rationale, SCHEMA.headline)
    for p in tagged:
        values = list(g.objects(None, p))
        assert values and all(v.language == "en" for v in values), p
    typed = {KG.begin: XSD.date, KG.end: XSD.date, KG.score: XSD.decimal,
             KG.sourceCount: XSD.integer, SCHEMA.datePublished: XSD.date}
    for p, datatype in typed.items():
        values = list(g.objects(None, p))
        assert values and all(v.datatype == datatype for v in values), p


def test_every_typed_node_has_a_label(every_format):
    _, out, _ = every_format
    g = Graph().parse(out / "graph.ttl", format="turtle")
    selectors = {OA.TextPositionSelector, OA.TextQuoteSelector}
    unlabelled = {s for s, _, o in g.triples((None, RDF.type, None))
                  if o not in selectors and g.value(s, RDFS.label) is None}
    assert not unlabelled


HOSTILE_IDS = [
    "report with spaces",
    'quote"and<angle>brackets',
    "Тбилиси-東京-عربي",
    "percent%20and#hash?query",
    "emoji-🚢-strike",
]
IRI_REF = re.compile(r'<[^\x00-\x20<>"{}|^`\\]*>')


def test_iris_are_valid_whatever_the_document_ids(tmp_path):
    feed = tmp_path / "feed.jsonl"
    text = ("ROTTERDAM — Dockworkers walked out on Monday, the Havenbond union said. "
            '"We will not \\"accept\\" <this> offer," said union leader Piet de Vries.')
    feed.write_text("".join(json.dumps({"id": i, "title": f"Strike {n}", "text": text,
                                        "published": "2026-11-10"}, ensure_ascii=False) + "\n"
                            for n, i in enumerate(HOSTILE_IDS)), encoding="utf-8")
    out = tmp_path / "out"
    # one text under five ids: kept as five articles, not folded as syndicated copies
    result = kg.build([feed], out, formats=("turtle", "trig", "nt", "jsonld"), keep_duplicates=True)
    assert not result.errors and len(result.documents) == len(HOSTILE_IDS)
    nt = (out / "graph.nt").read_text(encoding="utf-8")
    for line in nt.splitlines():
        for iri in re.findall(r"<[^>]*>", line):
            assert IRI_REF.fullmatch(iri), iri
    for name, (ox_format, _, _) in PARSERS.items():
        quads = list(ox.parse(path=str(out / name), format=ox_format))
        docs = {q.subject.value for q in quads
                if q.predicate.value == str(RDF.type) and q.object.value == str(KG.Document)}
        assert len(docs) == len(HOSTILE_IDS), name
    ids = {str(o) for o in Graph().parse(out / "graph.ttl").objects(None, SCHEMA.identifier)}
    assert ids == {d.id for d in result.documents}  # the id as ingest keeps it
    assert rapper_count(out / "graph.ttl") > 100


def test_places_never_fill_actor_slots(news_result):
    """An extractor that takes an organisation for a place must not make the graph say
    that a place spoke, serves as an affiliation or hosts an event as an actor."""
    from test_validate import exportable

    from kg.model import PLACE

    result = exportable(news_result)  # a copy with the ontology's type names
    st = next(s for s in result.statements if s.speaker)
    speaker = result.actors[st.speaker]
    speaker.kind = PLACE  # as when "Havenbond" is read as a place
    g = collect(result)
    node = next(s for s, p, o in g if p == KG.speakerName and str(o) == st.speaker_name)
    assert not [t for t in g if t[0] == node and t[1] == KG.speaker]
    assert (node, KG.speakerName, Literal(st.speaker_name)) in g
    actor = URIRef(f"{BASE}actor/{speaker.id}")
    assert not [t for t in g if t[2] == actor and t[1] in (KG.hasActor, KG.affiliation,
                                                               KG.speaker)]
    assert (actor, RDF.type, KG.Place) in g  # still in the graph, as what it was read as


def test_one_statement_per_span():
    """Two attributions of the same words are one statement (its IRI is its span)."""
    from kg.extract import _one_per_span
    from kg.model import DIRECT, Evidence, Statement

    words = Evidence("d", 10, 40, "the talks are going very well")
    first = Statement("d", [words], DIRECT, speaker=None, speaker_name="the government")
    second = Statement("d", [words], DIRECT, speaker="il-sole", speaker_name="Il Sole 24 Ore")
    other = Statement("d", [Evidence("d", 50, 60, "no progress")], DIRECT, speaker="x")
    kept = _one_per_span([first, second, other])
    assert kept == [second, other]
    assert _one_per_span([second, first]) == [second]

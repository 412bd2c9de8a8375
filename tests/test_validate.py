"""``kg validate``: exports conform to ontology/shapes.ttl, and a broken graph fails with
a message that names the node, the property and the problem.

The broken graphs are the exported ``news_result`` fixture with one thing changed, so
each test shows that exactly one rule catches exactly one kind of damage.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from pathlib import Path

import pytest
from conftest import load_bench, rapper_count
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD

from kg.cli import main
from kg.errors import KgError
from kg.export.rdf import build_graph, collect, to_turtle
from kg.model import BuildResult
from kg.namespaces import KG, OA, SCHEMA
from kg.validate import Report, validate

ROOT = Path(__file__).resolve().parents[1]
SHAPES = ROOT / "ontology" / "shapes.ttl"
ID = "https://w3id.org/kgnews/id/"
SHAPES_NS = "https://w3id.org/kgnews/shapes#"
TALKS = URIRef(ID + "event/e-talks")
DEAL = URIRef(ID + "event/e-deal")


def exportable(result: BuildResult) -> BuildResult:
    """The fixture with the exporter's type names: its events and relations use the
    view's loose names ("negotiate", "response_to"), the ontology's are CamelCase."""
    result = copy.deepcopy(result)

    def camel(name: str) -> str:
        return "".join(part.capitalize() for part in name.split("_"))

    for event in result.events.values():
        event.type = camel(event.type)
    for relation in result.relations:
        relation.type = camel(relation.type)
    return result


@pytest.fixture
def graph(news_result) -> Graph:
    """The fixture's export as an rdflib graph, to break on purpose."""
    return build_graph(exportable(news_result))


def check(graph: Graph, tmp_path: Path, capsys) -> tuple[int, str]:
    """Write the graph as Turtle, run ``kg validate`` on it: (exit code, stdout)."""
    path = tmp_path / "graph.ttl"
    path.write_text(to_turtle(graph), encoding="utf-8")
    code = main(["validate", str(path)])
    return code, capsys.readouterr().out


def lines_about(out: str, *parts: str) -> list[str]:
    return [line for line in out.splitlines() if all(p in line for p in parts)]


# --- what kg exports conforms ----------------------------------------------------------


def test_sample_build_conforms(sample_build):
    _, out = sample_build
    report = validate(out)
    assert report.triples > 1000
    assert report.conforms, report.text(limit=20)
    assert not report.violations, report.text(limit=20)  # not even a warning


def test_cli_validates_the_sample_output_folder(sample_build, capsys):
    _, out = sample_build
    report = validate(out)
    code = main(["validate", str(out)])
    text = capsys.readouterr().out
    assert text.splitlines()[0].startswith(str(out / "graph.ttl") + ": ")
    assert report.conforms
    assert code == 0
    assert "conforms" in text.splitlines()[0]


def test_hand_built_result_conforms(graph, news_result, tmp_path, capsys):
    report = validate(write(tmp_path / "graph.ttl", to_turtle(graph)))
    assert report.conforms, report.text()
    assert report.triples == len(graph)
    assert not report.count("Violation")
    # collect() and build_graph() are the same triples
    assert set(collect(exportable(news_result))) == set(graph)
    code, out = check(graph, tmp_path, capsys)
    assert code == 0
    assert re.match(rf"\S+graph\.ttl: conforms \({len(graph):,} triples, 0 violations", out)


def test_language_tagged_texts_conform_but_selectors_must_stay_plain(graph, tmp_path, capsys):
    """The export is moving to "@en" texts; selector texts stay xsd:string."""
    texts = (RDFS.label, KG.summary, KG.rationale, KG.description, KG.title)
    for s, p, o in list(graph):
        if p in texts:
            graph.remove((s, p, o))
            graph.add((s, p, Literal(str(o), lang="en")))
    code, out = check(graph, tmp_path, capsys)
    assert code == 0, out
    quote = next(graph.subjects(RDF.type, OA.TextQuoteSelector))
    exact = graph.value(quote, OA.exact)
    graph.set((quote, OA.exact, Literal(str(exact), lang="en")))
    code, out = check(graph, tmp_path, capsys)
    assert code == 1
    assert lines_about(out, "Violation", "oa:exact", "xsd:string without language tag")


def test_datasets_and_several_files_are_validated_as_one_union(graph, tmp_path):
    """N-Quads in named graphs plus a JSON-LD file: the union is what conforms."""
    documents = {s for s in graph.subjects(RDF.type, KG.Document)}
    first = Graph()
    for triple in graph:
        (first if triple[0] in documents else Graph()).add(triple)
    rest = graph - first
    nq = tmp_path / "rest.nq"
    nq.write_text(
        "".join(f"{s.n3()} {p.n3()} {o.n3()} <urn:g:1> .\n" for s, p, o in rest),
        encoding="utf-8",
    )
    jsonld = tmp_path / "docs.jsonld"
    jsonld.write_text(first.serialize(format="json-ld"), encoding="utf-8")
    report = validate([nq, jsonld])
    assert report.conforms, report.text()
    assert report.triples == len(graph)
    alone = validate(nq)  # mentions point at documents that are not there
    assert not alone.conforms
    assert any(v.path == OA.hasSource for v in alone.violations)


# --- broken graphs fail with a readable message ------------------------------------------


def test_event_without_factuality(graph, tmp_path, capsys):
    graph.remove((TALKS, KG.factuality, None))
    code, out = check(graph, tmp_path, capsys)
    assert code == 1
    assert ": 1 violation" in out.splitlines()[0]
    assert lines_about(
        out, "Violation: id:event/e-talks kg:factuality [minCount]", "exactly one kg:factuality"
    ), out


def test_statement_with_two_kinds(graph, tmp_path, capsys):
    statement = next(graph.subjects(KG.statementKind, KG.Direct))
    graph.add((statement, KG.statementKind, KG.Indirect))
    code, out = check(graph, tmp_path, capsys)
    assert code == 1
    assert lines_about(
        out, "Violation", "/statement/", "kg:statementKind [maxCount]", "exactly one"
    ), out


def test_mention_whose_start_is_after_its_end(graph, tmp_path, capsys):
    selector = next(graph.subjects(RDF.type, OA.TextPositionSelector))
    end = int(graph.value(selector, OA.end))
    graph.set((selector, OA.start, Literal(end + 5, datatype=XSD.nonNegativeInteger)))
    code, out = check(graph, tmp_path, capsys)
    assert code == 1
    short = str(selector).removeprefix(ID)
    assert lines_about(
        out, f"id:{short} oa:start = {end + 5} [lessThanOrEquals]", "not greater than its oa:end"
    ), out


def test_relation_with_score_above_one(graph, tmp_path, capsys):
    relation = next(graph.subjects(RDF.type, KG.EventRelation))
    graph.set((relation, KG.score, Literal("1.7", datatype=XSD.decimal)))
    code, out = check(graph, tmp_path, capsys)
    assert code == 1
    assert lines_about(out, "id:relation/", "kg:score = 1.7 [maxInclusive]", "between 0 and 1"), out


def test_node_without_a_label(graph, tmp_path, capsys):
    graph.remove((DEAL, RDFS.label, None))
    code, out = check(graph, tmp_path, capsys)
    assert code == 1
    assert lines_about(out, "id:event/e-deal rdfs:label [minCount]", "has no rdfs:label"), out


def test_actor_without_a_mention(graph, tmp_path, capsys):
    actor = URIRef(ID + "actor/switzerland")
    graph.remove((actor, KG.mention, None))
    code, out = check(graph, tmp_path, capsys)
    assert code == 1
    assert lines_about(
        out, "id:actor/switzerland kg:mention [minCount]", "at least one kg:mention"
    ), out


def test_event_that_begins_after_it_ends(graph, tmp_path, capsys):
    graph.set((TALKS, KG.begin, Literal("2025-05-20", datatype=XSD.date)))
    code, out = check(graph, tmp_path, capsys)
    assert code == 1
    assert lines_about(
        out,
        'id:event/e-talks kg:begin = "2025-05-20"^^xsd:date [lessThanOrEquals]',
        "not after kg:end",
    ), out


def wrong_event_type(g: Graph) -> None:
    g.set((TALKS, KG.eventType, URIRef(ID + "doc/x")))  # a document is no kg:EventType


def unknown_role(g: Graph) -> None:
    g.set((next(g.subjects(RDF.type, KG.Participation)), KG.role, KG.Claim))


def same_as_dbpedia(g: Graph) -> None:
    g.add((URIRef(ID + "actor/japan"), OWL.sameAs, URIRef("http://dbpedia.org/resource/Japan")))


def conflict_with_one_account(g: Graph) -> None:
    conflict = URIRef(ID + "conflict/x")
    g.add((conflict, RDF.type, KG.AccountConflict))
    g.add((conflict, RDFS.label, Literal("a conflict")))
    g.add((conflict, KG.concerns, TALKS))
    g.add((conflict, KG.score, Literal("0.5", datatype=XSD.decimal)))
    g.add((conflict, KG.rationale, Literal("They disagree.")))
    g.add((conflict, KG.account, next(g.subjects(RDF.type, KG.Statement))))


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (wrong_event_type, "id:event/e-talks kg:eventType = id:doc/x [class]"),
        (unknown_role, "kg:role = kg:Claim [in]"),
        (same_as_dbpedia, "owl:sameAs = <http://dbpedia.org/resource/Japan> [pattern]"),
        (conflict_with_one_account, "id:conflict/x kg:account [minCount]"),
    ],
)
def test_other_rules(graph, tmp_path, capsys, damage, expected):
    damage(graph)
    code, out = check(graph, tmp_path, capsys)
    assert code == 1
    assert lines_about(out, "Violation", expected), out


def test_source_count_that_is_off_is_a_warning(graph, tmp_path, capsys):
    graph.set((DEAL, KG.sourceCount, Literal(5)))
    code, out = check(graph, tmp_path, capsys)
    assert code == 0  # warnings do not fail the check
    assert "0 violations, 1 warning" in out.splitlines()[0]
    assert lines_about(out, "Warning: id:event/e-deal", "kg:sourceCount is 5", "lists 2"), out


def test_report_text_is_sorted_and_limited(graph, tmp_path):
    for event in (TALKS, DEAL):
        graph.remove((event, KG.factuality, None))
        graph.remove((event, KG.trigger, None))
    report = validate(write(tmp_path / "graph.ttl", to_turtle(graph)))
    assert isinstance(report, Report) and not report.conforms
    assert report.count("Violation") == 4
    text = report.text(limit=3)
    assert text.splitlines()[0].endswith(f"graph.ttl: 4 violations in {report.triples} triples")
    assert text.splitlines()[-1] == "  ... and 1 more"
    assert [line.split(":")[0] for line in text.splitlines()[1:4]] == ["  Violation"] * 3
    assert text == report.text(limit=3)  # deterministic
    v = next(v for v in report.violations if v.path == KG.factuality and v.focus == DEAL)
    assert (v.severity, v.value, v.constraint) == ("Violation", None, "minCount")
    assert v.shape == URIRef("https://w3id.org/kgnews/shapes#Event-factuality")


# --- unreadable input ----------------------------------------------------------------


def test_unparsable_file_exits_2_and_names_it(tmp_path, capsys):
    bad = write(tmp_path / "broken.ttl", "@prefix ex: <http://e/> .\nex:a ex:b ex:c ;\n  ex:d .\n")
    assert main(["validate", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"kg: error: {bad}: not valid Turtle: ")
    assert "line 3" in err


def test_missing_and_unknown_files_exit_2(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "nothing.ttl")]) == 2
    assert "no such file" in capsys.readouterr().err
    odd = write(tmp_path / "graph.csv", "a,b\n")
    assert main(["validate", str(odd)]) == 2
    assert "unsupported file type '.csv'" in capsys.readouterr().err


# --- the shapes file -----------------------------------------------------------------


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES, format="turtle")


def test_shapes_parse_in_rapper_strict(shapes):
    assert rapper_count(SHAPES) == len(shapes)


def test_every_shape_has_a_message_label_and_name(shapes):
    named = (
        set(shapes.subjects(RDF.type, SH.NodeShape))
        | set(shapes.subjects(RDF.type, SH.PropertyShape))
        | set(shapes.subjects(RDF.type, SH.SPARQLConstraint))
        | set(shapes.objects(None, SH.property))
        | set(shapes.objects(None, SH.sparql))
    )
    assert len(named) > 50
    for shape in named:
        assert isinstance(shape, URIRef), f"{shape}: shapes are named, not blank nodes"
        messages = list(shapes.objects(shape, SH.message))
        assert messages, f"{shape} has no sh:message"
        for m in messages:
            assert m.language == "en" and m[0].isupper() and m.endswith("."), (shape, m)
        assert shapes.value(shape, RDFS.label), f"{shape} has no rdfs:label"
    for shape in shapes.subjects(RDF.type, SH.NodeShape):
        assert shapes.value(shape, RDFS.comment), f"{shape} has no rdfs:comment"


def test_shapes_name_only_terms_of_the_ontology(shapes):
    ontology = Graph().parse(ROOT / "ontology" / "kg.ttl", format="turtle")
    kg_terms = {
        t for triple in shapes for t in triple if isinstance(t, URIRef) and t.startswith(str(KG))
    }
    undefined = {t for t in kg_terms if (t, None, None) not in ontology}
    assert not undefined


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# --- the SPARQL engine gives pySHACL's report -----------------------------------------
#
# Each damage below breaks one constraint component that kg's shapes use; both engines
# must then report the same results, message for message.


def results(report: Report) -> Counter:
    return Counter(
        (v.focus, v.path, v.value, v.constraint, v.severity, v.shape, v.message)
        for v in report.violations
    )


def both_engines(path: Path) -> tuple[Report, Report]:
    sparql, pyshacl = validate(path, engine="sparql"), validate(path, engine="pyshacl")
    assert not sparql.note, sparql.note
    assert results(sparql) == results(pyshacl)
    assert (sparql.conforms, sparql.triples) == (pyshacl.conforms, pyshacl.triples)
    assert sparql.text(limit=500) == pyshacl.text(limit=500)
    return sparql, pyshacl


def selector(g: Graph, kind: URIRef, i: int = 0) -> URIRef:
    return sorted(g.subjects(RDF.type, kind))[i]


def two_factualities(g: Graph) -> None:  # maxCount
    g.add((TALKS, KG.factuality, KG.Reported))


def no_trigger(g: Graph) -> None:  # minCount
    g.remove((TALKS, KG.trigger, None))


def start_as_integer(g: Graph) -> None:  # datatype: a derived type is not its base type
    sel = selector(g, OA.TextPositionSelector)
    g.set((sel, OA.start, Literal(int(g.value(sel, OA.start)), datatype=XSD.integer)))


def negative_end(g: Graph) -> None:  # datatype: ill-typed xsd:nonNegativeInteger
    sel = selector(g, OA.TextPositionSelector)
    g.set((sel, OA.end, Literal("-4", datatype=XSD.nonNegativeInteger)))


def impossible_date(g: Graph) -> None:  # datatype: ill-typed xsd:date, and a plain string
    document = URIRef(ID + "doc/wire-2025-05-12-eu-japan")
    g.set((document, SCHEMA.datePublished, Literal("2025-13-45", datatype=XSD.date)))
    g.set((DEAL, KG.end, Literal("2025-05-20")))


def label_is_a_number(g: Graph) -> None:  # node (kgsh:Text) and maxCount
    g.add((DEAL, RDFS.label, Literal(5)))


def member_is_a_literal(g: Graph) -> None:  # nodeKind; a literal focus node of targetObjectsOf
    g.add((TALKS, KG.member, Literal("the Geneva report")))


def document_takes_part(g: Graph) -> None:  # or
    g.add((TALKS, KG.hasActor, URIRef(ID + "doc/wire-2025-05-12-eu-japan")))


def place_as_actor(g: Graph) -> None:  # not (a warning)
    place = URIRef(ID + "place/geneva-x")
    g.add((place, RDF.type, KG.Place))
    g.add((place, RDFS.label, Literal("Geneva")))
    g.add((place, KG.mention, next(g.subjects(RDF.type, KG.Mention))))
    g.add((TALKS, KG.hasActor, place))


def mention_without_quote(g: Graph) -> None:  # qualifiedMinCount
    mention = next(g.subjects(RDF.type, KG.Mention))
    for sel in list(g.objects(mention, OA.hasSelector)):
        if (sel, RDF.type, OA.TextQuoteSelector) in g:
            g.remove((mention, OA.hasSelector, sel))


def mention_with_two_positions(g: Graph) -> None:  # qualifiedMaxCount
    mention = sorted(g.subjects(RDF.type, KG.Mention))[1]
    g.add((mention, OA.hasSelector, selector(g, OA.TextPositionSelector, 3)))


def mention_in_other_document(g: Graph) -> None:  # equals
    mention = sorted(g.subjects(RDF.type, KG.Mention))[2]
    other = next(
        d for d in g.subjects(RDF.type, KG.Document) if d != g.value(mention, OA.hasSource)
    )
    g.set((mention, KG.inDocument, other))


def start_after_end(g: Graph) -> None:  # lessThanOrEquals
    sel = selector(g, OA.TextPositionSelector, 2)
    end = int(g.value(sel, OA.end))
    g.set((sel, OA.start, Literal(end + 5, datatype=XSD.nonNegativeInteger)))


def scores_out_of_range(g: Graph) -> None:  # maxInclusive, minInclusive (a word is no number)
    relations = sorted(g.subjects(RDF.type, KG.EventRelation))
    g.set((relations[0], KG.score, Literal("1.7", datatype=XSD.decimal)))
    g.set((relations[-1], KG.score, Literal("high")))


def source_count_off(g: Graph) -> None:  # a SPARQL constraint on a SPARQL target (warning)
    g.set((DEAL, KG.sourceCount, Literal(5)))
    g.set((TALKS, KG.sourceCount, Literal(0)))  # and minInclusive


def two_spellings_of_a_score(g: Graph) -> None:  # maxCount: "0.5" and "0.50" are two values
    g.add((TALKS, KG.mergeScore, Literal("0.5", datatype=XSD.decimal)))
    g.add((TALKS, KG.mergeScore, Literal("0.50", datatype=XSD.decimal)))


def typed_node_without_label(g: Graph) -> None:  # the SPARQL target of "every node has a label"
    g.add((URIRef(ID + "thing/x"), RDF.type, KG.Build))


@pytest.mark.parametrize(
    ("damage", "components"),
    [
        (two_factualities, {"maxCount"}),
        (no_trigger, {"minCount"}),
        (start_as_integer, {"datatype"}),
        (negative_end, {"datatype"}),
        (impossible_date, {"datatype"}),
        (label_is_a_number, {"node"}),
        (member_is_a_literal, {"nodeKind", "minCount"}),
        (document_takes_part, {"or"}),
        (place_as_actor, {"not"}),
        (wrong_event_type, {"class"}),
        (unknown_role, {"in"}),
        (same_as_dbpedia, {"pattern"}),
        (mention_without_quote, {"qualifiedMinCount"}),
        (mention_with_two_positions, {"qualifiedMaxCount"}),
        (mention_in_other_document, {"equals"}),
        (start_after_end, {"lessThanOrEquals"}),
        (scores_out_of_range, {"maxInclusive", "minInclusive"}),
        (source_count_off, {"sPARQL", "minInclusive"}),
        (two_spellings_of_a_score, {"maxCount"}),
        (typed_node_without_label, {"minCount"}),
    ],
)
def test_sparql_engine_reports_what_pyshacl_reports(graph, tmp_path, damage, components):
    damage(graph)
    path = write(tmp_path / "graph.nt", graph.serialize(format="nt"))
    report, _ = both_engines(path)
    assert {v.constraint for v in report.violations} >= components, report.text()


def test_engines_agree_on_the_sample_build_and_a_damaged_copy(sample_build, tmp_path):
    _, out = sample_build
    report, _ = both_engines(out / "graph.ttl")
    assert report.conforms and not report.violations
    g = Graph().parse(out / "graph.ttl")
    events = sorted(g.subjects(RDF.type, KG.Event))
    g.remove((events[0], KG.factuality, None))
    g.add((events[1], KG.eventType, events[2]))
    g.set((events[2], KG.sourceCount, Literal(9)))
    sel = selector(g, OA.TextPositionSelector, 5)
    g.set((sel, OA.start, Literal(int(g.value(sel, OA.end)) + 1, datatype=XSD.nonNegativeInteger)))
    for damage in (unknown_role, same_as_dbpedia, mention_in_other_document, scores_out_of_range):
        damage(g)
    report, _ = both_engines(write(tmp_path / "damaged.nt", g.serialize(format="nt")))
    assert len({v.constraint for v in report.violations}) >= 7, report.text()


def test_blank_nodes_of_two_files_stay_apart(tmp_path):
    """Both files say `_:e a kg:Event`: two incomplete events, reported alike by both."""
    text = f'@prefix kg: <{KG}> .\n_:e a kg:Event ; <{RDFS.label}> "talks" .\n'
    first, second = write(tmp_path / "a.ttl", text), write(tmp_path / "b.ttl", text)
    sparql, pyshacl = validate([first, second]), validate([first, second], engine="pyshacl")
    assert results(sparql) == results(pyshacl)
    assert len({v.focus for v in sparql.violations}) == 2


def test_one_query_checks_all_property_shapes_of_a_node_shape():
    """The counts and value tests of a node shape's property shapes share one query
    (the focus nodes are listed once), each property keeping its own results."""
    from kg.shacl_sparql import compile_shapes

    shapes = Graph().parse(SHAPES)
    plan = compile_shapes(shapes)
    combined = [c for c in plan.checks if c.parts]
    counts = {"MinCount", "MaxCount", "QualifiedMinCount", "QualifiedMaxCount"}
    alone = [c for c in plan.checks if str(c.component).split("#")[1][:-19] in counts]
    assert not alone  # no count is checked by a query of its own
    mention = next(
        c for c in combined if c.parts[0].shape == URIRef(SHAPES_NS + "Mention-hasSource")
    )
    paths = {part.path for part in mention.parts}
    assert {OA.hasSource, KG.inDocument, OA.hasSelector} <= paths
    components = {comp for part in mention.parts for comp, _ in part.flags}
    assert SH.QualifiedMinCountConstraintComponent in components
    shapes_with_properties = {s for s in shapes.subjects(SH.property, None)}
    assert len(combined) == len(shapes_with_properties)
    assert len(plan.checks) < 30  # 91 when each constraint had its own query


def many_faults_on_one_event(g: Graph) -> None:  # several property shapes of one node shape
    g.add((TALKS, KG.factuality, KG.Reported))  # maxCount
    g.remove((TALKS, KG.trigger, None))  # minCount
    g.add((TALKS, RDFS.label, Literal(7)))  # node and maxCount
    g.add((TALKS, KG.mergeScore, Literal("0.5", datatype=XSD.decimal)))
    g.add((TALKS, KG.mergeScore, Literal("1.50", datatype=XSD.decimal)))  # maxCount, range
    mention = sorted(g.subjects(RDF.type, KG.Mention))[3]
    for sel in list(g.objects(mention, OA.hasSelector)):  # qualified, on a mention
        g.remove((mention, OA.hasSelector, sel))


def test_many_faults_on_one_node_are_reported_as_pyshacl_does(graph, tmp_path):
    many_faults_on_one_event(graph)
    path = write(tmp_path / "graph.nt", graph.serialize(format="nt"))
    report, _ = both_engines(path)
    about_talks = {v.constraint for v in report.violations if v.focus == TALKS}
    assert {"maxCount", "minCount", "node", "maxInclusive"} <= about_talks, report.text()
    assert {"qualifiedMinCount"} <= {v.constraint for v in report.violations}


def test_n_triples_typed_literals_are_found_whatever_their_spelling(graph, tmp_path):
    """The N-Triples loader parses in Python only the lines that can hold a typed
    literal: a datatype IRI spelled with an escape is one of them, and an IRI that
    names an XSD type is not a literal."""
    text = graph.serialize(format="nt")
    xsd = "http://www.w3.org/2001/XMLSchema"
    text += f'<{TALKS}> <{KG.mergeScore}> "0.50"^^<{xsd}\\u0023decimal> .\n'
    text += f'<{TALKS}> <{KG.mergeScore}> "0.5"^^<{xsd}#decimal> .\n'
    text += f"<{ID}thing/t> <{RDFS.seeAlso}> <{xsd}#date> .\n"
    report, _ = both_engines(write(tmp_path / "graph.nt", text))
    scores = [v for v in report.violations if v.path == KG.mergeScore]
    assert [v.constraint for v in scores] == ["maxCount"], report.text()


def _data_quads_through_python(monkeypatch) -> list:
    """The data quads (not the ontology's) the engine hands through Python objects."""
    import kg.shacl_sparql as engine

    seen: list = []
    original = engine.stored

    def counted(quads, blank_prefix):
        for q in original(quads, blank_prefix):
            if q.subject.value.startswith(ID):
                seen.append(q)
            yield q

    monkeypatch.setattr(engine, "stored", counted)
    return seen


def test_n_triples_are_loaded_by_line_without_python_triples(graph, tmp_path, monkeypatch):
    """Typed N-Triples lines are loaded natively, line by line in several chunks; only
    lines it cannot read for sure (a comment after the triple, an escape) are parsed
    in Python, and the report is pySHACL's whatever the chunk borders."""
    import kg.shacl_sparql as engine

    seen = _data_quads_through_python(monkeypatch)
    monkeypatch.setattr(engine, "_CHUNK", 700)  # many chunks, lines cut at their borders
    xsd = "http://www.w3.org/2001/XMLSchema"
    text = graph.serialize(format="nt")
    text += f'<{TALKS}> <{KG.mergeScore}> "0.50"^^<{xsd}#decimal> . # as read\n'
    text += f'<{TALKS}> <{KG.mergeScore}> "0.5"^^<{xsd}#decimal> .\n'
    text += f'<{DEAL}> <{RDFS.comment}> "a \\"^^<{xsd}#integer> . quote"^^<{xsd}#string> .\n'
    path = write(tmp_path / "graph.nt", text)
    report, _ = both_engines(path)
    scores = [v for v in report.violations if v.path == KG.mergeScore]
    assert [v.constraint for v in scores] == ["maxCount"], report.text()
    assert report.triples == len(Graph().parse(path))
    typed = sum(1 for line in text.splitlines() if f"{xsd}#" in line)
    assert typed > 20
    # the commented line, twice (EXACT and NATIVE), and the escaped comment once
    assert len(seen) == 3, seen


def test_turtle_is_loaded_by_way_of_n_triples_without_python_triples(graph, tmp_path, monkeypatch):
    """A Turtle file goes to Oxigraph as N-Triples written by Oxigraph, typed literals
    as written ("0.50" stays "0.50" beside "0.5"), so no data triple passes through
    Python and the report is still pySHACL's; its syntax errors name the Turtle line."""

    seen = _data_quads_through_python(monkeypatch)
    xsd = "http://www.w3.org/2001/XMLSchema"
    text = graph.serialize(format="turtle")
    text += f'\n<{TALKS}> <{KG.mergeScore}> "0.50"^^<{xsd}#decimal> , "0.5"^^<{xsd}#decimal> .\n'
    path = write(tmp_path / "graph.ttl", text)
    report, _ = both_engines(path)
    scores = [v for v in report.violations if v.path == KG.mergeScore]
    assert [v.constraint for v in scores] == ["maxCount"], report.text()
    assert report.triples == len(Graph().parse(path))
    assert seen == []
    broken = write(tmp_path / "broken.ttl", text + f"<{TALKS}> <{KG.mergeScore}> .\n")
    with pytest.raises(KgError) as caught:
        validate(broken)
    assert "not valid Turtle" in str(caught.value) and f"line {text.count(chr(10)) + 1}" in str(
        caught.value
    )


def test_n_triples_syntax_error_in_a_later_chunk_names_its_line(graph, tmp_path, monkeypatch):
    import kg.shacl_sparql as engine

    monkeypatch.setattr(engine, "_CHUNK", 700)
    text = graph.serialize(format="nt").rstrip("\n") + "\n"
    lines = text.count("\n")
    path = write(tmp_path / "broken.nt", text + f"<{TALKS}> <{KG.mergeScore}> 0.5 .\n")
    with pytest.raises(KgError) as caught:
        validate(path)
    err = str(caught.value)
    assert err.startswith(f"{path}: not valid N-Triples: ") and f"line {lines + 1}" in err


def changed_shapes(tmp_path: Path, old: str, new: str) -> Path:
    text = SHAPES.read_text(encoding="utf-8")
    assert old in text
    return write(tmp_path / "shapes.ttl", text.replace(old, new, 1))


def test_a_changed_shape_is_checked_without_code_change(graph, tmp_path):
    """A new rule in the shapes file (labels of at most 12 characters, at least two
    sources) is translated like the others."""
    shapes = changed_shapes(
        tmp_path,
        "    sh:path rdfs:label ;\n    sh:node kgsh:Text ;",
        "    sh:path rdfs:label ;\n    sh:node kgsh:Text ;\n    sh:maxLength 12 ;",
    )
    shapes.write_text(
        shapes.read_text(encoding="utf-8").replace(
            "    sh:path kg:source ;\n    sh:minCount 1 ;\n    sh:class kg:Document ;",
            "    sh:path kg:source ;\n    sh:minCount 2 ;\n    sh:class kg:Document ;",
            1,
        ),
        encoding="utf-8",
    )
    path = write(tmp_path / "graph.nt", graph.serialize(format="nt"))
    sparql = validate(path, shapes=shapes)
    pyshacl = validate(path, shapes=shapes, engine="pyshacl")
    assert not sparql.note
    assert results(sparql) == results(pyshacl)
    assert {"maxLength", "minCount"} <= {v.constraint for v in sparql.violations}
    assert validate(path).conforms  # kg's own shapes: no such rules


def test_a_shape_the_translator_does_not_know_falls_back_to_pyshacl(graph, tmp_path, capsys):
    shapes = changed_shapes(
        tmp_path,
        "    sh:path rdfs:label ;\n    sh:node kgsh:Text ;",
        "    sh:path rdfs:label ;\n    sh:node kgsh:Text ;\n    sh:uniqueLang true ;",
    )
    graph.add((DEAL, RDFS.label, Literal("Zollabkommen", lang="de")))
    graph.add((DEAL, RDFS.label, Literal("Zolleinigung", lang="de")))
    path = write(tmp_path / "graph.nt", graph.serialize(format="nt"))
    report = validate(path, shapes=shapes)
    assert "sh:uniqueLang" in report.note and "pySHACL" in report.note
    assert "uniqueLang" in {v.constraint for v in report.violations}
    code = main(["validate", str(path), "--shapes", str(shapes)])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.err.startswith(f"kg: note: {shapes}: ") and "sh:uniqueLang" in captured.err
    assert "[uniqueLang]" in captured.out


def test_cli_engine_flag(graph, tmp_path, capsys):
    graph.remove((TALKS, KG.factuality, None))
    path = write(tmp_path / "graph.ttl", to_turtle(graph))
    outputs = []
    for engine in ("sparql", "pyshacl"):
        assert main(["validate", str(path), "--engine", engine]) == 1
        captured = capsys.readouterr()
        assert not captured.err
        outputs.append(captured.out)
    assert outputs[0] == outputs[1]
    assert "id:event/e-talks kg:factuality [minCount]" in outputs[0]


def test_scale_bench_copies_are_separate_conforming_graphs(sample_build, tmp_path):
    """bench/validate_scale.py times copies of a build: each copy must be a graph of
    its own (no IRI shared with another copy but kg's vocabulary) that conforms."""
    _, out = sample_build
    bench = load_bench("validate_scale.py")
    one = tmp_path / "one.nt"
    single = bench.replicate(out / "graph.ttl", one, 1)
    three = bench.replicate(out / "graph.ttl", tmp_path / "three.nt", 3 * single)
    assert three == 3 * single
    report = validate(tmp_path / "three.nt")
    assert report.conforms and report.triples == three
    ids = {s for s in Graph().parse(tmp_path / "three.nt").subjects() if s.startswith(ID)}
    assert {s.removeprefix(ID).split("/", 1)[0] for s in ids} == {"c0", "c1", "c2"}

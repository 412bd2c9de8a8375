"""The ontology (ontology/kg.ttl) and the vocabulary the exporter uses (kg.namespaces.KG).

Checks that the Turtle is strict enough for three independent parsers, that the
ontology and ``KG`` list exactly the same terms, and that every term is documented,
typed and aligned to a vocabulary that tools outside this project understand.
"""

from __future__ import annotations

import logging
import re
import warnings
from pathlib import Path

import pytest
from conftest import rapper_count
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD

from kg.namespaces import KG, KG_NS, OA, SCHEMA, SEM
from kg.taxonomy import EVENT_TYPES as TAXONOMY

ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology" / "kg.ttl"
ONTOLOGY_IRI = URIRef(KG_NS.rstrip("#"))

PROV = "http://www.w3.org/ns/prov#"
FOAF = "http://xmlns.com/foaf/0.1/"

# Every IRI in the file must come from one of these namespaces; this catches typos
# such as http://schema.org/ for https://schema.org/ (the exporter uses the latter).
KNOWN_NAMESPACES = (
    KG_NS,
    str(SEM),
    str(OA),
    str(SCHEMA),
    PROV,
    FOAF,
    str(RDF),
    str(RDFS),
    str(OWL),
    str(XSD),
    str(SKOS),
    str(DCTERMS),
    "http://purl.org/vocab/vann/",
)

TERM_KINDS = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual}
VALUE_CLASSES = (
    "EventType", "Role", "Factuality", "StatementKind", "StatementType", "StatementMode",
    "RelationType",
)
EVENT_TYPES = set(TAXONOMY)  # the extractor's taxonomy: both must list the same types

# PLOVER event categories (current and earlier drafts) that a notation may name.
PLOVER_CATEGORIES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "INVESTIGATE", "ACCUSE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "PROTEST",
    "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT",
}


def kg_names() -> list[str]:
    """The local names listed in ``KG``.

    A ClosedNamespace is a ``str`` subclass, so iterating it yields characters; its
    ``__dir__`` is what lists the terms.
    """
    return sorted(dir(KG))


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def in_kg(term) -> bool:
    return isinstance(term, URIRef) and str(term).startswith(KG_NS)


def en_literals(graph: Graph, subject: URIRef, predicate: URIRef) -> list[Literal]:
    return [
        o for o in graph.objects(subject, predicate)
        if isinstance(o, Literal) and o.language == "en"
    ]


# --- parsing -------------------------------------------------------------------


def test_kg_lists_terms():
    names = kg_names()
    assert len(names) > 50
    assert "Event" in names and "hasParticipation" in names
    assert all(KG[name] == URIRef(KG_NS + name) for name in names)


def test_parses_in_rdflib_without_warnings(caplog):
    caplog.set_level(logging.WARNING)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        g = Graph().parse(ONTOLOGY, format="turtle")
    assert len(g) > 0
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    ill_typed = [o for o in g.objects() if isinstance(o, Literal) and o.ill_typed]
    assert not ill_typed


def test_parses_in_pyoxigraph(graph):
    pyoxigraph = pytest.importorskip("pyoxigraph")
    quads = list(pyoxigraph.parse(path=str(ONTOLOGY), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(graph)


def test_parses_in_rapper_strict(graph):
    assert rapper_count(ONTOLOGY) == len(graph)


def test_only_known_namespaces(graph):
    unknown = {
        str(term)
        for triple in graph
        for term in triple
        if isinstance(term, URIRef)
        and term != ONTOLOGY_IRI
        and not str(term).startswith(KNOWN_NAMESPACES)
        and not str(term).startswith("https://spdx.org/licenses/")
    }
    assert not unknown


# --- the ontology and KG list the same terms -------------------------------------


def test_every_kg_term_is_defined(graph):
    missing = [
        name for name in kg_names() if not set(graph.objects(KG[name], RDF.type)) & TERM_KINDS
    ]
    assert not missing, f"in KG but not defined in kg.ttl: {missing}"


def test_no_kg_term_outside_kg(graph):
    used = {term for triple in graph for term in triple if in_kg(term)}
    extra = sorted(str(term) for term in used if term not in KG)
    assert not extra, f"used in kg.ttl but not listed in KG: {extra}"


@pytest.mark.parametrize("name", kg_names())
def test_term_is_documented(graph, name):
    term = KG[name]
    kinds = set(graph.objects(term, RDF.type)) & TERM_KINDS
    assert len(kinds) == 1, f"{name}: typed as {kinds}"
    labels = en_literals(graph, term, RDFS.label)
    comments = en_literals(graph, term, RDFS.comment)
    assert len(labels) == 1, f"{name}: needs exactly one English label"
    assert len(comments) == 1, f"{name}: needs exactly one English comment"
    assert set(graph.objects(term, RDFS.label)) == set(labels)
    assert set(graph.objects(term, RDFS.comment)) == set(comments)
    comment = str(comments[0])
    sentences = re.findall(r"[.!?](?=\s|$)", comment)
    assert comment.endswith(".") and 1 <= len(sentences) <= 2, f"{name}: {comment!r}"
    assert (term, RDFS.isDefinedBy, ONTOLOGY_IRI) in graph


def test_ontology_header(graph):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in graph
    assert graph.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    assert isinstance(graph.value(ONTOLOGY_IRI, DCTERMS.license), URIRef)
    created = graph.value(ONTOLOGY_IRI, DCTERMS.created)
    assert isinstance(created, Literal) and created.datatype == XSD.date
    for predicate in (DCTERMS.title, DCTERMS.description):
        assert en_literals(graph, ONTOLOGY_IRI, predicate), predicate


# --- classes -------------------------------------------------------------------


def kg_classes(graph: Graph) -> list[URIRef]:
    return sorted(c for c in graph.subjects(RDF.type, OWL.Class) if in_kg(c))


def test_every_class_is_grounded_outside_kg(graph):
    def grounded(cls: URIRef, seen: frozenset = frozenset()) -> bool:
        for parent in graph.objects(cls, RDFS.subClassOf):
            if isinstance(parent, URIRef) and not in_kg(parent):
                return True
            if in_kg(parent) and parent not in seen and grounded(parent, seen | {cls}):
                return True
        return False

    classes = kg_classes(graph)
    assert len(classes) == 22  # 19 + kg:Position (#4) + kg:AccountConflict (#6) + StatementMode
    ungrounded = [str(c) for c in classes if not grounded(c)]
    assert not ungrounded


# The alignments the exporter and foreign tools rely on.
ALIGNMENTS = [
    (KG.Document, RDFS.subClassOf, SCHEMA.NewsArticle),
    (KG.Mention, RDFS.subClassOf, OA.SpecificResource),
    (KG.Actor, RDFS.subClassOf, SEM.Actor),
    (KG.Actor, RDFS.subClassOf, URIRef(PROV + "Agent")),
    (KG.Person, RDFS.subClassOf, KG.Actor),
    (KG.Person, RDFS.subClassOf, URIRef(FOAF + "Person")),
    (KG.Organisation, RDFS.subClassOf, URIRef(FOAF + "Organization")),
    (KG.Organisation, RDFS.subClassOf, SCHEMA.Organization),
    (KG.Country, RDFS.subClassOf, SCHEMA.Country),
    (KG.Group, RDFS.subClassOf, URIRef(FOAF + "Group")),
    (KG.Place, RDFS.subClassOf, SEM.Place),
    (KG.Place, RDFS.subClassOf, SCHEMA.Place),
    (KG.Statement, RDFS.subClassOf, SCHEMA.Quotation),
    (KG.Statement, RDFS.subClassOf, URIRef(PROV + "Entity")),
    (KG.Event, RDFS.subClassOf, SEM.Event),
    (KG.EventType, RDFS.subClassOf, SKOS.Concept),
    (KG.Build, RDFS.subClassOf, URIRef(PROV + "Activity")),
    (KG.speaker, RDFS.subPropertyOf, URIRef(PROV + "wasAttributedTo")),
    (KG.about, RDFS.subPropertyOf, SCHEMA.about),
    (KG.aboutActor, RDFS.subPropertyOf, SCHEMA.about),
    (KG.StatementType, RDFS.subClassOf, SKOS.Concept),
    (KG.eventType, RDFS.subPropertyOf, SEM.eventType),
    (KG.hasActor, RDFS.subPropertyOf, SEM.hasActor),
    (KG.place, RDFS.subPropertyOf, SEM.hasPlace),
    (KG.begin, RDFS.subPropertyOf, SEM.hasEarliestBeginTimeStamp),
    (KG.end, RDFS.subPropertyOf, SEM.hasLatestEndTimeStamp),
    (KG.source, RDFS.subPropertyOf, URIRef(PROV + "wasDerivedFrom")),
    (KG.relatedTo, RDF.type, OWL.SymmetricProperty),
]


@pytest.mark.parametrize("triple", ALIGNMENTS, ids=lambda t: f"{t[0].fragment}-{t[2]}")
def test_alignment(graph, triple):
    assert triple in graph


# --- properties ----------------------------------------------------------------


def kg_properties(graph: Graph, kind: URIRef) -> list[URIRef]:
    return sorted(p for p in graph.subjects(RDF.type, kind) if in_kg(p))


def test_object_properties_have_ranges(graph):
    properties = kg_properties(graph, OWL.ObjectProperty)
    assert properties
    assert not [str(p) for p in properties if graph.value(p, RDFS.range) is None]


def test_datatype_properties_have_xsd_ranges(graph):
    properties = kg_properties(graph, OWL.DatatypeProperty)
    assert properties
    # prose written by kg or read from articles is language-tagged
    prose = {KG.title, KG.summary, KG.rationale, KG.mergeRationale, KG.mergeReason,
             KG.description}
    wrong = {
        str(p): graph.value(p, RDFS.range)
        for p in properties
        if not str(graph.value(p, RDFS.range) or "").startswith(str(XSD))
        and not (p in prose and graph.value(p, RDFS.range) == RDF.langString)
    }
    assert not wrong
    expected = {
        KG.begin: XSD.date, KG.end: XSD.date, KG.score: XSD.decimal,
        KG.sourceCount: XSD.integer, KG.outlet: XSD.string, KG.channel: XSD.string,
    }
    assert {p: graph.value(p, RDFS.range) for p in expected} == expected


def test_union_ranges_and_domains_are_well_formed(graph):
    for node in graph.subjects(OWL.unionOf, None):
        assert isinstance(node, BNode)
        members = list(graph.items(graph.value(node, OWL.unionOf)))
        assert len(members) >= 2 and all(in_kg(m) and m in KG for m in members)


# --- controlled values -----------------------------------------------------------


def value_class_members(graph: Graph) -> list[tuple[str, URIRef]]:
    return [
        (cls, member)
        for cls in VALUE_CLASSES
        for member in sorted(graph.subjects(RDF.type, KG[cls]))
    ]


def test_every_individual_is_a_concept_of_a_value_class(graph):
    individuals = {i for i in graph.subjects(RDF.type, OWL.NamedIndividual) if in_kg(i)}
    members = {member for _, member in value_class_members(graph)}
    assert individuals == members
    for individual in individuals:
        assert (individual, RDF.type, SKOS.Concept) in graph
        assert (individual, SKOS.inScheme, ONTOLOGY_IRI) in graph
        assert graph.value(individual, SKOS.prefLabel) == graph.value(individual, RDFS.label)
        top = (individual, SKOS.topConceptOf, ONTOLOGY_IRI) in graph
        assert top == (graph.value(individual, SKOS.broader) is None), individual
        assert top == ((ONTOLOGY_IRI, SKOS.hasTopConcept, individual) in graph), individual


def test_value_classes_hold_the_expected_values(graph):
    expected = {
        "StatementKind": {"Direct", "Indirect", "Mixed"},
        "StatementMode": {"SpeechMode", "WritingMode", "BeliefMode", "FindingMode", "StanceMode"},
        "Factuality": {"Asserted", "Reported", "Planned", "Hypothetical", "Negated"},
        "Role": {"Agent", "Patient", "Partner", "Host", "Mediator", "Location"},
        "RelationType": {
            "SameStory", "Cause", "Before", "PartOf", "ResponseTo", "Parallel", "Contradicts",
        },
    }
    for cls, names in expected.items():
        assert {m.fragment for m in graph.subjects(RDF.type, KG[cls])} == names, cls
    assert {m.fragment for m in graph.subjects(RDF.type, KG.EventType)} == EVENT_TYPES


@pytest.mark.parametrize("event_type", sorted(EVENT_TYPES))
def test_event_type_notation(graph, event_type):
    term = KG[event_type]
    notations = [str(n) for n in graph.objects(term, SKOS.notation)]
    comment = str(graph.value(term, RDFS.comment))
    if not notations:
        assert re.search(r"\bno CAMEO\b", comment), f"{event_type}: say why it has no notation"
    for notation in notations:
        scheme, _, code = notation.partition(":")
        if scheme == "CAMEO":
            assert re.fullmatch(r"\d{2,4}", code) and 1 <= int(code[:2]) <= 20, notation
        else:
            assert scheme == "PLOVER" and code in PLOVER_CATEGORIES, notation


def test_statement_types_match_the_model_and_have_distinct_labels(graph):
    from kg.export.rdf import STATEMENT_TYPE
    from kg.model import STATEMENT_TYPES

    assert tuple(STATEMENT_TYPE) == STATEMENT_TYPES
    assert set(STATEMENT_TYPE.values()) == set(graph.subjects(RDF.type, KG.StatementType))
    assert STATEMENT_TYPE["demand"] == KG.DemandStatement  # kg:Demand is an event type
    assert (KG.Demand, RDF.type, KG.EventType) in graph
    # one concept scheme: no two concepts may share a preferred label
    labels = [str(o) for s, o in graph.subject_objects(SKOS.prefLabel) if in_kg(s)]
    assert len(labels) == len(set(labels))


@pytest.mark.parametrize("prop", ["timeText", "begin", "end", "timePrecision"])
def test_time_properties_apply_to_events_and_statements(graph, prop):
    domain = graph.value(KG[prop], RDFS.domain)
    assert set(graph.items(graph.value(domain, OWL.unionOf))) == {KG.Event, KG.Statement}


# --- statements in the exported graph ------------------------------------------------


def statements_only(result):
    """The fixture's documents, actors and statements (its events use the view's loose
    type names, which the RDF export does not accept)."""
    from kg.model import BuildResult

    return BuildResult(result.documents, result.actors, result.statements, {}, [])


def test_export_carries_statement_type_time_channel_and_about_actors(news_result):
    pyoxigraph = pytest.importorskip("pyoxigraph")
    from kg.export.rdf import collect, to_turtle

    store = pyoxigraph.Store()
    store.load(to_turtle(collect(statements_only(news_result))).encode("utf-8"),
               format=pyoxigraph.RdfFormat.TURTLE)
    rows = store.query(f"""
        PREFIX kg: <{KG_NS}>
        SELECT ?speaker ?type ?channel ?text ?begin ?end ?precision
               (GROUP_CONCAT(?about; separator="|") AS ?abouts)
        WHERE {{
          ?s a kg:Statement ; kg:speakerName ?speaker ; kg:statementType ?type .
          OPTIONAL {{ ?s kg:channel ?channel }}
          OPTIONAL {{ ?s kg:timeText ?text ; kg:begin ?begin ; kg:end ?end ;
                         kg:timePrecision ?precision }}
          OPTIONAL {{ ?s kg:aboutActor/<{RDFS}label> ?about }}
        }} GROUP BY ?speaker ?type ?channel ?text ?begin ?end ?precision
        ORDER BY ?speaker""")
    found = {}
    for row in rows:
        values = {v.value: row[v] for v in rows.variables if row[v] is not None}
        found[str(values["speaker"].value)] = values
    assert len(found) == len(news_result.statements)
    lindqvist, okada = found["Maria Lindqvist"], found["Kenji Okada"]
    assert lindqvist["type"].value == KG_NS + "Claim"
    assert "channel" not in lindqvist
    assert lindqvist["text"].value == "after the meeting"
    assert lindqvist["begin"].value == "2025-05-12"
    assert lindqvist["begin"].datatype.value == str(XSD.date)
    assert lindqvist["end"].value == "2025-05-12" and lindqvist["precision"].value == "day"
    assert sorted(lindqvist["abouts"].value.split("|")) == ["European Union", "Japan"]
    assert okada["type"].value == KG_NS + "Announcement"
    assert okada["channel"].value == "in a statement"
    assert (okada["begin"].value, okada["end"].value) == ("2025-05-01", "2025-05-31")
    assert okada["abouts"].value == "Japan"  # "the carmakers" is no actor: no link
    hostile = next(v for k, v in found.items() if k not in ("Maria Lindqvist", "Kenji Okada"))
    assert hostile["type"].value == KG_NS + "Warning" and "begin" not in hostile


def test_export_uses_only_defined_statement_terms(graph, news_result):
    from kg.export.rdf import build_graph

    exported = build_graph(statements_only(news_result))
    used = {p for _, p, _ in exported if in_kg(p)} | {
        o for _, _, o in exported if in_kg(o)
    }
    for term in (KG.statementType, KG.channel, KG.aboutActor, KG.Claim, KG.Warning):
        assert term in used
    assert not [t for t in used if not set(graph.objects(t, RDF.type)) & TERM_KINDS]
    # an about-actor that is not an actor of the build leaves no dangling IRI
    assert not [t for triple in exported for t in triple if "carmakers" in str(t)]


def test_export_gives_every_statement_its_mode(graph, news_result):
    """kg:statementMode, one per statement, one of the five kg:StatementMode values:
    speech unless the extractor read another (here one set to belief by hand)."""
    from dataclasses import replace

    from kg.export.rdf import STATEMENT_MODE, build_graph
    from kg.model import STATEMENT_MODES

    assert tuple(STATEMENT_MODE) == STATEMENT_MODES
    assert set(STATEMENT_MODE.values()) == set(graph.subjects(RDF.type, KG.StatementMode))
    first, *rest = news_result.statements
    result = statements_only(news_result)
    result.statements = [replace(first, mode="belief"), *rest]
    exported = build_graph(result)
    modes = sorted(str(o) for o in exported.objects(None, KG.statementMode))
    assert len(modes) == len(news_result.statements)
    assert modes.count(str(KG.BeliefMode)) == 1
    assert modes.count(str(KG.SpeechMode)) == len(rest)

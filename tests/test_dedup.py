"""Syndicated and repeated articles (issue #21): one text, several sources.

The articles are ours: one wire story about a port strike as three outlets print it
(their own headlines and datelines, one with a closing paragraph added a day later), a
fourth outlet's own report of the same strike in its own words, and that report
printed again word for word by a sister title.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, RDFS, VOID, XSD

import kg
from kg import cli
from kg.export.cards import render
from kg.export.rdf import collect, to_turtle
from kg.ingest import dedup, read_documents
from kg.model import Copy, DocResult, Document
from kg.namespaces import KG
from kg.pipeline import update
from kg.validate import validate

SCHEMA = Namespace("https://schema.org/")
BASE = "https://w3id.org/kgnews/id/doc/"

WIRE_BODY = [
    "Dock workers at Chile's largest container port ended a nine-day strike on Tuesday "
    "after the port authority agreed to raise wages by 7.5 percent and to hire 240 "
    "permanent staff, the union said.",
    "The walkout by about 3,100 members of the Union of Port Workers had left 46 ships "
    "waiting off the coast and delayed exports of copper and fruit at the height of the "
    "cherry season.",
    '"This agreement recognises the work our members do every night on the cranes," '
    "union president Marisol Fuentes told reporters outside the port offices. "
    '"Nobody wanted to stop the fruit, but we had no other way to be heard."',
    "Transport Minister Rodrigo Alarcon said the government had mediated the talks over "
    "the weekend and that the deal would cost the port authority about 18 billion pesos "
    "a year. He said traffic would return to normal within four days.",
    "Exporters welcomed the end of the dispute. The fruit growers' association "
    "Fedefruta estimated that its members had lost 62 million dollars in spoiled cargo "
    "and missed sailings since the strike began on March 2.",
    "Cranes were moving again on Tuesday evening, and the first vessel, a container "
    "ship bound for Shanghai, was loaded overnight, port officials said.",
]
EXTRA = (
    "The stoppage was the longest at Valparaiso since 2013, when a 22-day dispute over "
    "meal breaks spread to 16 other ports along the coast."
)
# The same strike told by another outlet in its own words: same people, same figures.
OWN_REPORT = [
    "Chile's busiest port was working again on Tuesday. Stevedores in Valparaiso voted "
    "to accept a pay rise of 7.5 percent, ending a walkout that began on March 2 and "
    "stranded 46 ships at anchor in the bay.",
    "Marisol Fuentes, who leads the Union of Port Workers, said her members had been "
    "pushed to the limit by night shifts without permanent contracts. Under the deal the "
    "port authority will take on 240 workers for good.",
    "The government stepped in over the weekend. Rodrigo Alarcon, the transport "
    "minister, brought both sides to his office in Santiago on Saturday and kept them "
    "there until an agreement was signed early on Monday.",
    "Fruit exporters, who had warned of ruined cherry harvests, said the damage ran to "
    "62 million dollars. Copper shippers moved some cargo to the northern port of "
    "Antofagasta during the strike.",
]

ARTICLES = [
    {  # the wire's own copy
        "id": "meridian-port-strike",
        "title": "Port workers end strike after wage deal in Valparaiso",
        "source": "Meridian Wire",
        "url": "https://meridianwire.example/2026/03/10/port-strike",
        "published": "2026-03-10",
        "text": "VALPARAISO, Chile (Meridian Wire) - " + "\n\n".join(WIRE_BODY),
    },
    {  # same day, another headline and dateline: kept (same date, first id)
        "id": "courier-dockers",
        "title": "Chilean dockers call off nine-day strike",
        "source": "Pacific Courier",
        "url": "https://pacificcourier.example/world/chile-dockers",
        "published": "2026-03-10",
        "text": "VALPARAISO - " + "\n\n".join(WIRE_BODY),
    },
    {  # a day later, with a closing paragraph of its own
        "id": "andes-port-deal",
        "title": "Valparaiso port strike over after pay deal",
        "source": "Andes Daily Post",
        "url": "https://andesdaily.example/economy/port-deal",
        "published": "2026-03-11",
        "text": "VALPARAISO, Chile - " + "\n\n".join([*WIRE_BODY, EXTRA]),
    },
    {  # the same strike in another outlet's own words: never folded
        "id": "ledger-stevedores",
        "title": "Stevedores accept pay rise as Valparaiso reopens",
        "source": "Santiago Ledger",
        "url": "https://ledger.example/port/stevedores",
        "published": "2026-03-10",
        "text": "\n\n".join(OWN_REPORT),
    },
    {  # the Ledger's report printed again, word for word, by its weekend title
        "id": "ledger-weekend-stevedores",
        "title": "Valparaiso back at work",
        "source": "Ledger Weekend",
        "url": "https://ledger.example/weekend/valparaiso",
        "published": "2026-03-11",
        "text": "\n\n".join(OWN_REPORT),
    },
]


def write_records(folder: Path, records: list[dict], name: str = "articles.jsonl") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def documents(tmp_path: Path, records: list[dict] = ARTICLES) -> list[Document]:
    docs = list(read_documents([write_records(tmp_path, records)]))
    assert all(isinstance(d, Document) for d in docs), docs
    return docs


def folded_ids(docs: list[Document]) -> dict[str, list[str]]:
    return {d.id: [c.id for c in d.copies] for d in docs}


# ------------------------------------------------------------------ the folding


def test_three_outlets_fold_into_one_text_and_the_own_report_stays_apart(tmp_path):
    kept = dedup.fold_duplicates(documents(tmp_path))
    assert folded_ids(kept) == {
        # same date as the wire's copy, first by id; the later, longer copy last
        "courier-dockers": ["meridian-port-strike", "andes-port-deal"],
        "ledger-stevedores": ["ledger-weekend-stevedores"],  # the exact reprint
    }
    courier = kept[0]
    assert courier.copies[1] == Copy(
        "andes-port-deal",
        "Valparaiso port strike over after pay deal",
        "Andes Daily Post",
        "https://andesdaily.example/economy/port-deal",
        date(2026, 3, 11),
    )
    assert dedup.summary(kept).startswith("3 near-duplicate articles folded into 2 texts")


def test_the_added_paragraph_is_close_but_the_own_report_is_far():
    """What the threshold separates, measured on these texts."""
    words = {a["id"]: dedup._shingles(dedup._words(a["text"])) for a in ARTICLES}
    assert dedup.jaccard(words["courier-dockers"], words["andes-port-deal"]) >= 0.8
    own = dedup.jaccard(words["courier-dockers"], words["ledger-stevedores"])
    assert own < 0.1 < dedup.THRESHOLD


def test_the_kept_text_is_the_earliest_whatever_the_order(tmp_path):
    records = [dict(a) for a in ARTICLES]
    records[2]["published"] = "2026-03-09"  # the longer copy came first after all
    one = dedup.fold_duplicates(documents(tmp_path / "a", records))
    other = dedup.fold_duplicates(documents(tmp_path / "b", records[::-1]))
    assert folded_ids(one) == folded_ids(other)
    assert folded_ids(one)["andes-port-deal"] == ["courier-dockers", "meridian-port-strike"]


def test_a_template_filled_in_again_or_a_week_later_is_another_story(tmp_path):
    """Wire templates repeat their wording: other figures or another week are other news."""
    body = (
        "The central bank left its benchmark lending rate unchanged at {rate} percent on "
        "{day}, as expected by all {n} economists polled by the agency. The bank said "
        "inflation was easing and that it would keep watching the labour market and "
        "the exchange rate closely before it changed its policy again at its next "
        "meeting. Bond yields were little changed after the decision and the currency "
        "traded flat against the dollar in afternoon trading."
    )

    def record(n: int, published: str, rate: str, polled: str) -> dict:
        text = body.format(rate=rate, day="Tuesday", n=polled)
        return {"id": f"rates-{n}", "published": published, "text": text}

    records = [
        record(1, "2026-02-03", "4.25", "31"),
        record(2, "2026-02-03", "4.50", "28"),  # other figures
        record(3, "2026-03-03", "4.25", "31"),  # the same words a month later
        record(4, "2026-02-04", "4.25", "31"),  # a reprint the next day
    ]
    assert folded_ids(dedup.fold_duplicates(documents(tmp_path, records))) == {
        "rates-1": ["rates-4"],
        "rates-2": [],
        "rates-3": [],
    }


def test_a_short_brief_folds_only_when_its_text_is_exactly_the_same(tmp_path):
    records = [
        {"id": "brief-a", "text": "Heavy rain closed the coastal road near Vina del Mar."},
        {"id": "brief-b", "text": "Heavy rain closed the coastal road near Quintero."},
        {"id": "brief-c", "text": "HEAVY RAIN CLOSED THE COASTAL ROAD NEAR VINA DEL MAR"},
        # a one-line body that wire services repeat under each company's headline
        {"id": "div-acme", "title": "Acme Mills sets quarterly dividend", "text": "Record May 4."},
        {"id": "div-bolt", "title": "Bolt Inc sets quarterly dividend", "text": "Record May 4."},
        {"id": "div-acme-2", "title": "ACME MILLS SETS QUARTERLY DIVIDEND", "text": "Record May 4"},
    ]
    assert folded_ids(dedup.fold_duplicates(documents(tmp_path, records))) == {
        "brief-a": ["brief-c"],
        "brief-b": [],
        "div-acme": ["div-acme-2"],
        "div-bolt": [],
    }


def test_a_text_built_before_brings_its_copies_when_it_folds(tmp_path):
    """An earlier copy of a text read before (its copies stored with it) takes them over."""
    docs = {d.id: d for d in documents(tmp_path)}
    built = dataclasses.replace(
        docs["courier-dockers"], copies=[dedup.copy_of(docs["andes-port-deal"])]
    )
    earlier = dataclasses.replace(docs["meridian-port-strike"], published=date(2026, 3, 9))
    assert folded_ids(dedup.fold_duplicates([built, earlier])) == {
        "meridian-port-strike": ["courier-dockers", "andes-port-deal"]
    }


def test_an_update_folds_a_new_copy_into_the_stored_text(tmp_path):
    """refold: what an update does once the new articles are parsed."""
    docs = {d.id: d for d in documents(tmp_path)}
    stored = dataclasses.replace(
        docs["courier-dockers"], copies=[dedup.copy_of(docs["meridian-port-strike"])]
    )
    new = docs["andes-port-deal"]  # a day later: parsed, then found to be a copy
    results, changed = dedup.refold(
        [DocResult(stored), DocResult(new), DocResult(docs["ledger-stevedores"])], [new], {}
    )
    assert folded_ids([r.doc for r in results]) == {
        "courier-dockers": ["meridian-port-strike", "andes-port-deal"],
        "ledger-stevedores": [],
    }
    assert changed == {"courier-dockers"}  # its stored line is written again


def test_an_update_parsing_a_text_again_keeps_its_stored_copies(tmp_path):
    docs = {d.id: d for d in documents(tmp_path)}
    meridian, andes = (dedup.copy_of(docs[i]) for i in ("meridian-port-strike", "andes-port-deal"))
    again = docs["courier-dockers"]  # given again (its text corrected): no copies this time
    results, changed = dedup.refold([DocResult(again)], [again], {again.id: [meridian, andes]})
    assert folded_ids([r.doc for r in results]) == {
        "courier-dockers": ["meridian-port-strike", "andes-port-deal"]
    }
    # an earlier article now given becomes the text, the stored one and its copies its copies
    earlier = dataclasses.replace(docs["meridian-port-strike"], published=date(2026, 3, 9))
    stored = dataclasses.replace(again, copies=[meridian, andes])
    results, changed = dedup.refold([DocResult(stored), DocResult(earlier)], [earlier], {})
    assert folded_ids([r.doc for r in results]) == {
        "meridian-port-strike": ["courier-dockers", "andes-port-deal"]
    }
    assert results[0].doc.copies[0].published == date(2026, 3, 10)
    assert changed == {"meridian-port-strike"}


def test_keep_duplicates_reads_every_article(tmp_path):
    docs = documents(tmp_path)
    assert dedup.fold_duplicates(docs, keep=True) == docs


# ------------------------------------------------------------------ the built graph


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("syndicated")
    out = folder / "out"
    result = kg.build([write_records(folder / "in", ARTICLES)], out)
    graph = Graph()
    graph.parse(out / "graph.ttl", format="turtle")
    return result, out, graph


def doc(doc_id: str) -> URIRef:
    return URIRef(BASE + doc_id)


def test_one_text_is_read_and_every_outlet_is_a_document(built):
    result, out, g = built
    assert [d.id for d in result.documents] == ["courier-dockers", "ledger-stevedores"]
    documents = set(g.subjects(URIRef(str(KG.outlet)), None))
    assert documents == {doc(a["id"]) for a in ARTICLES}
    assert set(g.subject_objects(PROV.alternateOf)) == {
        (doc("meridian-port-strike"), doc("courier-dockers")),
        (doc("andes-port-deal"), doc("courier-dockers")),
        (doc("ledger-weekend-stevedores"), doc("ledger-stevedores")),
    }
    assert g.value(doc("andes-port-deal"), SCHEMA.datePublished) == Literal(
        "2026-03-11", datatype=XSD.date
    )
    void = Graph().parse(out / "void.ttl", format="turtle")
    assert set(void.objects(None, VOID.documents)) == {Literal(5, datatype=XSD.integer)}
    # evidence is read from the kept texts only: no mention points at a copy
    read = set(g.objects(None, URIRef(str(KG.inDocument))))
    assert read == {doc("courier-dockers"), doc("ledger-stevedores")}


def test_the_graph_with_copies_conforms_to_the_shapes(built):
    _, out, _ = built
    report = validate(out)
    assert report.conforms and not report.violations, report.text(limit=20)


def test_events_are_not_tripled_and_list_every_outlet(built, tmp_path):
    result, _, g = built
    alone = kg.build([write_records(tmp_path, [ARTICLES[1], ARTICLES[3]])])
    assert len(result.events) == len(alone.events)
    source, count = URIRef(str(KG.source)), URIRef(str(KG.sourceCount))
    from_wire = [e for e in g.subjects(source, doc("courier-dockers")) if (e, count, None) in g]
    assert from_wire
    for event in from_wire:
        sources = set(g.objects(event, source))
        assert {doc("meridian-port-strike"), doc("andes-port-deal")} <= sources
        assert g.value(event, count).toPython() == len(sources)
    three = [e for e in from_wire if g.value(e, count).toPython() == 3]
    assert three, "an event told only by the wire story has three sources"


def test_cards_list_all_outlets_and_say_what_a_source_is(built):
    result, out, _ = built
    cards = (out / "events.md").read_text(encoding="utf-8")
    assert cards == render(result)
    assert "Syndicated copies of one text count once as evidence" in cards
    assert "(Andes Daily Post, 2026-03-11) `andes-port-deal`, same text as `courier-dockers`" in (
        cards
    )
    assert "Meridian Wire" in cards and "Ledger Weekend" in cards
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert "Andes Daily Post" in page


def test_tables_list_the_copies_as_sources(built):
    _, out, _ = built
    rows = [json.loads(line) for line in (out / "events.jsonl").read_text().splitlines()]
    wire = [r for r in rows if "courier-dockers" in r["sources"]]
    assert wire and all("meridian-port-strike" in r["sources"] for r in wire)
    mentioned = {m["doc_id"] for r in rows for m in r["mentions"]}
    assert mentioned <= {"courier-dockers", "ledger-stevedores"}


def test_an_article_given_again_on_its_own_is_never_also_a_copy(built):
    """After an update gave a folded article again as an article of its own, the graph
    has it once, as itself."""
    result, _, _ = built
    andes = next(a for a in ARTICLES if a["id"] == "andes-port-deal")
    alone = Document(andes["id"], andes["text"], andes["text"], title=andes["title"])
    both = dataclasses.replace(result, documents=[*result.documents, alone])
    g = Graph()
    g.parse(data=to_turtle(collect(both)), format="turtle")
    assert (doc("andes-port-deal"), PROV.alternateOf, None) not in g
    assert len(set(g.objects(doc("andes-port-deal"), RDFS.label))) == 1


def test_input_order_does_not_change_the_graph(built, tmp_path):
    _, out, _ = built
    again = tmp_path / "out"
    kg.build([write_records(tmp_path / "in", ARTICLES[::-1])], again)
    assert (again / "graph.ttl").read_bytes() == (out / "graph.ttl").read_bytes()


def test_update_keeps_the_copies(built, tmp_path):
    """The copies go through the stored state: an update adding an unrelated article
    gives the bytes of a full build of everything."""
    _, out, _ = built
    other = {
        "id": "gazette-copper",
        "title": "Copper price climbs on Chinese demand",
        "source": "Mining Gazette",
        "published": "2026-03-12",
        "text": "Copper rose 2 percent in London on Thursday as Chinese buyers returned to "
        "the market after a holiday. Traders said stocks in Shanghai warehouses had "
        "fallen for a third week.",
    }
    updated = tmp_path / "updated"
    updated.mkdir()
    for name in ("graph.ttl", "events.md"):
        (updated / name).write_bytes((out / name).read_bytes())
    (updated / ".kg").mkdir()
    (updated / ".kg" / "state.jsonl.gz").write_bytes((out / ".kg" / "state.jsonl.gz").read_bytes())
    result = update(updated, [write_records(tmp_path / "new", [other])])
    assert result.timings["documents parsed"] == 1
    assert folded_ids(result.documents)["courier-dockers"] == [
        "meridian-port-strike",
        "andes-port-deal",
    ]
    full = tmp_path / "full"
    kg.build([write_records(tmp_path / "all", [*ARTICLES, other])], full)
    assert (updated / "graph.ttl").read_bytes() == (full / "graph.ttl").read_bytes()


def test_an_update_bringing_a_new_copy_of_a_built_text_equals_a_full_build(tmp_path, capsys):
    """The wire's copy and the Andes reprint arrive after the Courier's text was built:
    the update folds them into the stored text instead of reading them as new stories,
    and says so in its summary, as a full build of all the articles does."""
    first, later = ARTICLES[1:2] + ARTICLES[3:], [ARTICLES[0], ARTICLES[2]]
    out = tmp_path / "out"
    assert cli.main(["build", str(write_records(tmp_path / "a", first)), "-o", str(out)]) == 0
    capsys.readouterr()
    assert cli.main(["build", str(write_records(tmp_path / "b", later)), "--update", str(out)]) == 0
    err = capsys.readouterr().err
    assert "3 near-duplicate articles folded into 2 texts" in err, err[-400:]
    full = tmp_path / "full"
    kg.build([write_records(tmp_path / "all", ARTICLES)], full)
    for name in ("graph.ttl", "events.md"):
        assert (out / name).read_bytes() == (full / name).read_bytes(), name


def test_keep_duplicates_on_the_command_line_reads_each_outlet_alone(tmp_path, capsys):
    out = tmp_path / "out"
    given = str(write_records(tmp_path / "in", ARTICLES))
    assert cli.main(["build", given, "-o", str(out), "--keep-duplicates"]) == 0
    assert "folded" not in capsys.readouterr().err
    lines = (out / "events.jsonl").read_text(encoding="utf-8").splitlines()
    texts = {s for line in lines for s in json.loads(line)["sources"]}
    assert {a["id"] for a in ARTICLES} <= texts

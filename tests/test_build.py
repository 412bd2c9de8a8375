"""End to end: the CLI and API build the samples and the seeds into valid, stable outputs."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import SAMPLE_DATE, rapper_count

import kg
from kg.errors import KgError

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"

SEEDS = ROOT.parent / "shared" / "seeds"
SEED_DATE = date(2025, 6, 26)
OUTPUTS = (
    "graph.ttl",
    "void.ttl",
    "graph.html",
    "events.md",
    "statements.jsonl",
    "actors.jsonl",
    "events.jsonl",
    "relations.jsonl",
)
PREFIXES = """PREFIX kg: <https://w3id.org/kgnews/ns#>
PREFIX schema: <https://schema.org/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
# Names that occur only in the samples' scrape noise (samples/README.md, "Leak canaries").
CANARIES = [
    "Kazakhstan",
    "Uzbekistan",
    "Nika Beridze",
    "Tbilisi",
    "Rosatom",
    "Myanmar",
    "Chevron",
    "Khunjerab",
    "Lufthansa",
    "Transnistria",
    "Maersk",
    "Volkswagen",
    "TotalEnergies",
    "Equinor",
    "Hapag-Lloyd",
    "Codelco",
    "Qantas",
    "Clara Jensen",
]


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=600,
    )


def store(path: Path) -> ox.Store:
    s = ox.Store()
    s.load(path=str(path), format=ox.RdfFormat.TURTLE)
    return s


def select(s: ox.Store, query: str) -> list[dict[str, str]]:
    res = s.query(PREFIXES + query)
    return [{v.value: row[v].value for v in res.variables if row[v] is not None} for row in res]


def test_samples_build_writes_every_output_and_skips_the_readme(sample_build):
    result, out = sample_build
    for name in OUTPUTS:
        assert (out / name).stat().st_size > 1000, name
    assert not result.errors
    assert len(result.documents) == 7  # five files, JSONL has three; README.md is not read
    assert "README" not in {d.id for d in result.documents}


def test_sparql_finds_who_said_a_quote(sample_build):
    _, out = sample_build
    rows = select(
        store(out / "graph.ttl"),
        """
        SELECT ?name ?kind WHERE {
          ?s a kg:Statement ; schema:text ?text ; kg:speaker ?who ; kg:statementKind ?kind .
          ?who rdfs:label ?name .
          FILTER(CONTAINS(?text, "We asked for a fair offer in September"))
        }""",
    )
    assert rows == [{"name": "Marieke de Vries", "kind": "https://w3id.org/kgnews/ns#Direct"}]


def test_split_quote_parts_and_evidence_offsets(sample_build):
    result, _ = sample_build
    docs = {d.id: d for d in result.documents}
    st = next(s for s in result.statements if "We asked for a fair offer" in s.text)
    assert len(st.content) == 2 and st.content[1].text.startswith("The employers chose")
    for s in result.statements:
        for part in s.content:
            assert docs[s.doc_id].source_text[part.start : part.end] == part.text


def test_same_event_from_two_outlets_is_merged(sample_build):
    result, _ = sample_build
    multi = [e for e in result.events.values() if len(e.sources) > 1]
    assert any(
        {"01_geneva_talks_meridian", "02_geneva_talks_lakeside"} <= set(e.sources) for e in multi
    ), [(e.title, e.sources) for e in multi]
    assert all(e.merge_rationale for e in multi)


def test_a_merge_keeps_its_score_and_evidence_in_the_graph(sample_build):
    result, out = sample_build
    multi = {e.title: e for e in result.events.values() if len(e.members) > 1}
    rows = select(
        store(out / "graph.ttl"),
        """SELECT ?l ?score ?why WHERE {
        ?e a kg:Event ; rdfs:label ?l ; kg:mergeScore ?score ; kg:mergeRationale ?why }""",
    )
    assert {r["l"] for r in rows} == set(multi)
    for r in rows:
        score = float(r["score"])
        assert 0 < score <= 1 and abs(score - multi[r["l"]].merge_score) < 1e-3
        assert f"{score:.2f}" in r["why"]  # the rationale says the score that decided it


def test_noise_leaves_nothing_in_the_graph(sample_build):
    _, out = sample_build
    ttl = (out / "graph.ttl").read_text(encoding="utf-8")
    leaked = [name for name in CANARIES if name in ttl]
    assert not leaked


def test_turtle_is_strict(sample_build):
    _, out = sample_build
    assert rapper_count(out / "graph.ttl") > 5000


def test_every_kg_term_in_the_output_is_defined_in_the_ontology(sample_build):
    _, out = sample_build
    onto = store(ROOT / "ontology" / "kg.ttl")
    defined = {r["t"] for r in select(onto, "SELECT DISTINCT ?t WHERE { ?t rdfs:label ?l }")}
    graph = store(out / "graph.ttl")
    used = {
        r["t"]
        for r in select(
            graph,
            """SELECT DISTINCT ?t WHERE {
        { ?s ?t ?o } UNION { ?s a ?t } UNION { ?s ?p ?t }
        FILTER(STRSTARTS(STR(?t), "https://w3id.org/kgnews/ns#")) }""",
        )
    }
    assert used and used <= defined, used - defined


def _timeless(path: Path) -> bytes:
    """void.ttl without the lines that say when the build ran."""
    lines = path.read_bytes().splitlines(keepends=True)
    return b"".join(x for x in lines if b"AtTime " not in x and b"dct:created " not in x)


def test_committed_output_is_what_a_build_produces_now(sample_build):
    # the folder, not result.files: other tests write the shared result again in more formats
    _, out = sample_build
    names = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert set(OUTPUTS) <= set(names)
    shown = (p.name for p in (ROOT / "output").iterdir() if not p.name.startswith("."))
    assert sorted(shown) == names, (  # .kg/ (the state --update reads) is not committed
        "output/ holds other files than a build writes: rebuild with the README's first command"
    )
    for name in names:
        committed = ROOT / "output" / name
        read = _timeless if name == "void.ttl" else Path.read_bytes
        assert read(committed) == read(out / name), (
            f"output/{name} is stale: rebuild with the README's first command"
        )


def test_rebuild_is_byte_identical_across_processes(tmp_path):
    # every format; SOURCE_DATE_EPOCH pins the build time that void.ttl records
    for seed, folder in (("1", "a"), ("2", "b")):
        proc = run_cli(
            "build",
            str(SAMPLES),
            "-o",
            str(tmp_path / folder),
            "-q",
            "--published",
            SAMPLE_DATE,
            "--format",
            "all",
            env={"PYTHONHASHSEED": seed, "SOURCE_DATE_EPOCH": "1763337600"},
        )
        assert proc.returncode == 0, proc.stderr
    names = sorted(
        str(p.relative_to(tmp_path / "a")) for p in (tmp_path / "a").rglob("*") if p.is_file()
    )
    assert set(OUTPUTS) | {
        "graph.trig",
        "graph.nt",
        "graph.jsonld",
        "events.csv",
        ".kg/state.jsonl.gz",
    } <= set(names)
    for name in names:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    assert "2025-11-17T00:00:00" in (tmp_path / "a" / "void.ttl").read_text(encoding="utf-8")


def test_cli_reports_a_bad_file_and_still_builds_the_others(tmp_path):
    bad = tmp_path / "broken.json"
    bad.write_text('{"title": "no text field here"', encoding="utf-8")
    good = SAMPLES / "04_rotterdam_strike_harbour_post.txt"
    proc = run_cli(
        "build", str(bad), str(good), "-o", str(tmp_path / "out"), "--published", SAMPLE_DATE
    )
    assert proc.returncode == 1
    assert "broken.json" in proc.stderr
    assert "1 documents" in proc.stdout
    assert (tmp_path / "out" / "graph.ttl").exists()


def test_cli_fails_cleanly_when_nothing_can_be_built(tmp_path):
    proc = run_cli("build", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "out"))
    assert proc.returncode == 2
    assert "missing.txt" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "out" / "graph.ttl").exists()


def test_help_explains_every_option():
    proc = run_cli("build", "--help")
    for flag in (
        "--output",
        "--model",
        "--jobs",
        "--published",
        "--base-iri",
        "--max-nodes",
        "--shard",
        "--quiet",
        "Exit codes",
    ):
        assert flag in proc.stdout


def _seed_files(pattern: str = "00[01]_*.txt") -> list[Path]:
    files = sorted(SEEDS.glob(pattern)) if SEEDS.is_dir() else []
    if not files:
        pytest.skip("../shared/seeds not present")
    return files


@pytest.fixture(scope="module")
def seeds_graph(tmp_path_factory):
    """The two seed articles as users have them: no date. They come from different
    periods (000: the week of the NATO summit in The Hague, June 2025; 001: a later
    round, after an April 8 ceasefire), so nothing may merge across them on a guess."""
    out = tmp_path_factory.mktemp("seeds-out")
    result = kg.build(_seed_files(), out)
    return result, store(out / "graph.ttl")


@pytest.fixture(scope="module")
def seed_000_dated(tmp_path_factory):
    """Seed 000 with its date: it reports Leavitt's Thursday briefing the day after the
    NATO summit in The Hague (Wednesday 2025-06-25), so it is read as of 2025-06-26."""
    out = tmp_path_factory.mktemp("seed-000-out")
    return kg.build(_seed_files("000_*.txt"), out, published=SEED_DATE)


@pytest.mark.parametrize(
    ("quote", "speaker"),
    [
        ("We don't have anything scheduled as of now", "Karoline Leavitt"),
        ("We are in touch, and if there is a meeting", "Karoline Leavitt"),  # "she continued"
        ("Any attack on Beirut will have grave consequences", "Abbas Araghchi"),  # "he said"
        ("I hear the negotiation itself is going very well", "Donald Trump"),
    ],
)
def test_seed_quotes_have_their_speakers(seeds_graph, quote, speaker):
    _, s = seeds_graph
    rows = select(
        s,
        f"""SELECT ?name WHERE {{
        ?st a kg:Statement ; schema:text ?t ; kg:speaker/rdfs:label ?name .
        FILTER(CONTAINS(?t, "{quote}")) }}""",
    )
    assert [r["name"] for r in rows] == [speaker]


def test_seed_headline_list_yields_no_node(seeds_graph):
    result, s = seeds_graph
    labels = " ".join(r["l"] for r in select(s, "SELECT ?l WHERE { ?x rdfs:label ?l }"))
    for noise in (
        "Golden Dome",
        "Eutelsat",
        "Planet Labs",
        "Kyiv",
        "Airbus",
        "Sweden",
        "SpaceWar",
        "Dragoon",
        "Skynet",
    ):
        assert noise not in labels


def test_seed_actors_and_the_two_bombings_stay_apart(seeds_graph):
    result, _ = seeds_graph
    names = {a.name for a in result.actors.values()}
    assert {
        "Karoline Leavitt",
        "Steve Witkoff",
        "Donald Trump",
        "Abbas Araghchi",
        "United States",
        "Iran",
        "Israel",
        "Lebanon",
        "Hezbollah",
        "NATO",
    } <= names
    # June 2025's strike on three nuclear sites and the later US-Israeli bombing
    # campaign share sides and a word, but neither article is dated: two events
    strikes = [
        e
        for e in result.events.values()
        if e.type == "UseOfForce" and any(m.text.startswith("bomb") for m in e.mentions)
    ]
    assert sorted(len(e.sources) for e in strikes) == [1, 1]


def test_seed_build_says_once_that_the_articles_have_no_date(seeds_graph):
    result, _ = seeds_graph
    undated = [w for w in result.warnings if "no publication date" in w]
    assert len(undated) == 1 and undated[0].startswith("2 of 2 articles")


def test_seed_actors_are_one_node_each_with_offices_and_governments(seeds_graph):
    _, s = seeds_graph
    for name in (
        "Donald Trump",
        "Karoline Leavitt",
        "Steve Witkoff",
        "Abbas Araghchi",
        "United States",
        "Iran",
        "Israel",
    ):
        rows = select(
            s,
            f"""SELECT ?a WHERE {{ ?a kg:mention ?m ; rdfs:label "{name}"@en }}
                             GROUP BY ?a""",
        )
        assert len(rows) == 1, name
    # the capitals acting as governments are mentions of their countries
    rows = select(
        s,
        """PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?l ?alias WHERE { ?c a kg:Country ; rdfs:label ?l ; skos:altLabel ?alias .
        FILTER(?alias IN ("Washington"@en, "Tehran"@en)) }""",
    )
    assert {(r["l"], r["alias"]) for r in rows} == {
        ("United States", "Washington"),
        ("Iran", "Tehran"),
    }
    rows = select(
        s,
        """SELECT ?title WHERE { ?p rdfs:label "Karoline Leavitt"@en ;
                                               kg:title ?title }""",
    )
    assert [r["title"] for r in rows] == ["White House press secretary"]
    rows = select(
        s,
        """SELECT ?office ?country WHERE { ?p rdfs:label "Abbas Araghchi"@en ;
        kg:position ?pos . ?pos kg:office ?office ; kg:affiliation/rdfs:label ?country }""",
    )
    assert [(r["office"], r["country"]) for r in rows] == [("foreign minister", "Iran")]
    rows = select(
        s,
        """PREFIX owl: <http://www.w3.org/2002/07/owl#>
        SELECT ?wd WHERE { ?c rdfs:label "Iran"@en ; owl:sameAs ?wd }""",
    )
    assert [r["wd"] for r in rows] == ["http://www.wikidata.org/entity/Q794"]


def test_turtle_writer_keeps_exactly_rdflibs_triples_even_for_hostile_text(sample_build):
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import RDFS, XSD

    from kg.export.rdf import build_graph, to_turtle

    result, _ = sample_build
    g = build_graph(result)
    node = URIRef("https://w3id.org/kgnews/id/actor/x")
    for text in [
        'say "no"\n\tthen \\ leave',
        "<script>alert(1)</script>",
        "Ираклий 李 ✓",
        'ends with a quote"',
        "'''",
        "\r\n",
    ]:
        g.add((node, RDFS.label, Literal(text)))
    g.add((node, RDFS.comment, Literal("2026-11-12", datatype=XSD.date)))
    g.add((node, RDFS.seeAlso, URIRef("https://w3id.org/kgnews/id/doc/a.b/m/1-2")))
    text = to_turtle(g)
    assert set(Graph().parse(data=text, format="turtle")) == set(g)
    store = ox.Store()
    store.load(text.encode("utf-8"), format=ox.RdfFormat.TURTLE)
    assert len(store) == len(g)


def _event(result, kind: str, words: str, factuality: set[str] | None = None):
    """The one event of ``kind`` whose mentions or title contain ``words``."""
    found = [
        e
        for e in result.events.values()
        if e.type == kind
        and (words in e.title or any(words in m.text for m in e.mentions))
        and (factuality is None or e.factuality in factuality)
    ]
    assert len(found) == 1, [(e.type, e.title, e.factuality) for e in result.events.values()]
    return found[0]


def _roles(result, event) -> set[tuple[str, str]]:
    return {
        (result.actors[p.actor].name, p.role)
        for p in event.participants
        if p.actor in result.actors
    }


def test_seed_events_with_roles_clocks_and_certainty(seeds_graph, seed_000_dated):
    result = seed_000_dated
    strikes = _event(result, "UseOfForce", "bomb", {"asserted"})
    assert {("United States", "agent"), ("Iran", "patient")} <= _roles(result, strikes)
    us = next(p for p in strikes.participants if p.actor == "united-states")
    assert us.description.startswith("Bombed three nuclear facilities in Iran.")  # own words
    assert (strikes.time.text, strikes.time.start, strikes.time.end) == (
        "last week",
        date(2025, 6, 16),
        date(2025, 6, 22),
    )  # the week before 2025-06-26
    planned = _event(result, "Negotiate", "next week", {"planned"})
    assert (planned.time.start, planned.time.end) == (date(2025, 6, 30), date(2025, 7, 6))
    assert ("Trump", "agent") in _roles(result, planned)
    summit = _event(result, "Consult", "summit")
    assert {("NATO", "host"), ("The Hague", "location")} <= _roles(result, summit)
    assert summit.time.start == date(2025, 6, 25)
    # Leavitt's "We don't have anything scheduled" asserts no meeting
    sentence = "We don't have anything scheduled as of now"
    doc = result.documents[0]
    start = doc.source_text.find(sentence)
    for e in result.events.values():
        if e.factuality in {"asserted", "reported"}:
            for m in e.mentions:
                assert not (start <= m.start < start + len(sentence)), e.title

    result, s = seeds_graph  # undated: a relative time keeps its words, not a guessed day
    undated = _event(result, "UseOfForce", "bombed", {"asserted"})
    assert "000" in undated.sources[0] and undated.time.text == "last week"
    assert undated.time.start is None
    ongoing = _event(result, "Negotiate", "negotiation", {"asserted"})
    assert {("United States", "partner"), ("Iran", "partner")} <= _roles(result, ongoing)
    assert ongoing.ongoing  # "the negotiation itself is going very well"
    ceasefire = _event(result, "Ceasefire", "April 8")
    assert ceasefire.time.text == "April 8"
    beirut = next(
        e
        for e in result.events.values()
        if e.factuality == "hypothetical"
        and ("Beirut", "location") in _roles(result, e)
        and "strike" in e.title
    )
    assert ("Israel", "agent") in _roles(result, beirut)
    # users ask for facts only: hypothetical, planned and negated events stay out
    facts = {
        r["l"]
        for r in select(
            s,
            """SELECT ?l WHERE { ?e a kg:Event ; rdfs:label ?l ;
        kg:factuality ?f . FILTER(?f IN (kg:Asserted, kg:Reported)) }""",
        )
    }
    assert undated.title in facts and ongoing.title in facts
    assert beirut.title not in facts


def _mention_words(event) -> set[str]:
    return {m.text.lower() for m in event.mentions}


def test_seed_each_real_event_is_one_node_and_no_junk_is_an_event(seeds_graph):
    """Counted by hand in the two seeds: the planned US-Iran meeting is told five ways
    in 000 and the threatened Israeli strike on Beirut twice in 001; each must be one
    node. Five phrases are no events at all: a figure of speech, two reporting frames,
    a stance and a negated cut-off."""
    result, _ = seeds_graph
    meeting = [
        e
        for e in result.events.values()
        if "000" in e.sources[0]
        and e.type in {"Consult", "Negotiate"}
        and e.factuality != "asserted"
        and _mention_words(e) & {"meet", "meeting", "talk", "discussion"}
    ]
    assert len(meeting) == 1, [(e.title, _mention_words(e)) for e in meeting]
    assert {"meet", "meeting", "talk", "discussion"} <= _mention_words(meeting[0])
    assert meeting[0].factuality == "planned"
    beirut = [
        e
        for e in result.events.values()
        if e.type == "UseOfForce"
        and e.factuality == "hypothetical"
        and _mention_words(e) & {"strike", "attack"}
        and "beirut" in {p.actor for p in e.participants}
    ]
    assert len(beirut) == 1 and {"strike", "attack"} <= _mention_words(beirut[0])
    junk = (
        "shooting in a more moderate manner",
        "did not specify",
        "offered a far less optimistic assessment",
        "views the two tracks as distinct",
        "have not been cut off",
    )
    for phrase in junk:
        doc = next(d for d in result.documents if phrase in d.source_text)
        start = doc.source_text.index(phrase)
        inside = [
            e.title
            for e in result.events.values()
            for m in e.mentions
            if m.doc_id == doc.id and start <= m.start < start + len(phrase)
        ]
        assert not inside, (phrase, inside)
    # no event crosses the two undated articles
    assert all(len({s[:3] for s in e.sources}) == 1 for e in result.events.values())


def test_seed_accounts_of_the_talks_are_joined_by_a_contradiction(seeds_graph):
    result, s = seeds_graph
    talks = _event(result, "Negotiate", "negotiation", {"asserted"})
    rows = select(
        s,
        """SELECT DISTINCT ?a ?b ?event ?why WHERE {
        ?c a kg:AccountConflict ; kg:account ?x , ?y ; kg:concerns/rdfs:label ?event ;
           kg:rationale ?why ; kg:score ?score .
        ?x kg:speaker/rdfs:label ?a ; kg:contradicts ?y .
        ?y kg:speaker/rdfs:label ?b .
        FILTER(?a = "Donald Trump"@en && ?b = "Abbas Araghchi"@en) }""",
    )
    assert rows, "Trump's and Araghchi's accounts of the talks should conflict"
    assert {r["event"] for r in rows} == {talks.title}
    assert any(
        "no tangible progress" in r["why"] or "no “tangible” progress" in r["why"] for r in rows
    )


def test_seed_talks_of_the_two_articles_are_related_not_merged(seeds_graph):
    """Both articles speak of US-Iran talks, but months apart and with no date given:
    the graph may relate them, saying the identity is uncertain, never merge them."""
    result, _ = seeds_graph
    talks = _event(result, "Negotiate", "negotiation", {"asserted"})
    assert [s[:3] for s in talks.sources] == ["001"] and not talks.merge_rationale
    earlier = {
        e.id
        for e in result.events.values()
        if "000" in e.sources[0] and e.type in {"Consult", "Negotiate"}
    }
    links = [
        r
        for r in result.relations
        if talks.id in {r.source, r.target} and ({r.source, r.target} & earlier)
    ]
    uncertain = [r for r in links if "uncertain" in r.rationale]
    assert uncertain and all(r.type != "SameEvent" for r in links)
    cards = (Path(result.files[0]).parent / "events.md").read_text(encoding="utf-8")
    card = cards.split(f". {talks.title}\n", 1)[1].split("\n## ", 1)[0]
    assert "### Related Events" in card


def test_the_api_takes_a_publication_date_written_as_text(tmp_path):
    """A notebook writes ``published="2026-11-12"``: that day fills the articles with no
    date of their own; a text that is no date is one clear error, not a build in which
    every article failed."""
    article = tmp_path / "talks.txt"
    article.write_text(
        "Envoys meet in Geneva\n\nEnvoys from both sides met in Geneva on Monday, "
        "the foreign ministry said.\n",
        encoding="utf-8",
    )
    result = kg.build([article], published="2026-11-12")
    assert not result.errors
    assert [d.published for d in result.documents] == [date(2026, 11, 12)]
    with pytest.raises(KgError, match="not a date"):
        kg.build([article], published="12/11/2026")

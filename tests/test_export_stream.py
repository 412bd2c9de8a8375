"""The streamed writers give the bytes the previous writers gave, for any graph.

The writers used to turn a set of rdflib terms into one string per file; they now
stream text from strings grouped by subject (kg.export.rdf.Triples). The previous
writers are kept below, as they were, as the reference: the same triples must give
the same bytes in Turtle, TriG, N-Triples and JSON-LD, for the samples and for
generated graphs full of characters that need escaping and IRIs that are prefixes of
each other (where sort orders are easy to get subtly wrong).
"""

from __future__ import annotations

import json
import random
import re
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, URIRef
from rdflib.namespace import VOID

from kg.config import Settings
from kg.export import rdf, write_atomic, writers
from kg.export.rdf import (
    Triples,
    build_graph,
    collect,
    decode,
    encode,
    to_jsonld,
    to_ntriples,
    to_trig,
    to_turtle,
)
from kg.namespaces import KG, OA, SCHEMA

BASE = "https://w3id.org/kgnews/id/"


# --- the previous writers (kg/export/rdf.py before the export was streamed) ---------

_PLAIN_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")
_ESCAPE = re.compile(r'["\\\x00-\x1f\x7f]')
_SHORT_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def old_quote(text: str) -> str:
    return '"' + _ESCAPE.sub(lambda m: _SHORT_ESCAPES.get(m[0], f"\\u{ord(m[0]):04X}"), text) + '"'


class OldTerms:
    def __init__(self, prefixes):
        self.by_ns = sorted(((ns, p) for p, ns in prefixes or []), key=lambda x: -len(x[0]))

    def compact(self, u):
        return next(
            (
                f"{prefix}:{u[len(ns) :]}"
                for ns, prefix in self.by_ns
                if u.startswith(ns) and _PLAIN_LOCAL.match(u, len(ns))
            ),
            None,
        )

    def iri(self, u):
        return self.compact(u) or f"<{u}>"

    def term(self, t):
        if isinstance(t, URIRef):
            return self.iri(t)
        quoted = old_quote(str(t))
        if t.language:
            return f"{quoted}@{t.language}"
        if t.datatype is None or t.datatype == XSD.string:
            return quoted
        return f"{quoted}^^{self.iri(t.datatype)}"

    def block(self, triples):
        subjects: dict = {}
        for s, p, o in triples:
            subjects.setdefault(s, {}).setdefault(p, []).append(o)
        out = []
        for s in sorted(subjects, key=str):
            preds = subjects[s]
            parts = []
            for p in sorted(preds, key=lambda p: (p != RDF.type, str(p))):
                objs = sorted(self.term(o) for o in preds[p])
                verb = "a" if p == RDF.type else self.iri(p)
                parts.append(f"    {verb} " + " ,\n        ".join(objs))
            out.append(self.term(s) + "\n" + " ;\n".join(parts) + " .\n")
        return out


def old_prefixes(g):
    return sorted((str(p), str(ns)) for p, ns in g.namespaces())


def old_turtle(g) -> str:
    prefixes = old_prefixes(g)
    lines = [f"@prefix {p}: <{ns}> ." for p, ns in prefixes]
    lines.append("")
    lines.extend(OldTerms(prefixes).block(g))
    return "\n".join(lines)


def old_graph_of(triple, base: str) -> str:
    base = base if base.endswith(("/", "#")) else base + "/"
    docs = base + "doc/"
    s, _, o = triple
    if s.startswith(docs):
        return base + "graph/doc/" + s[len(docs) :].split("/", 1)[0]
    if isinstance(o, URIRef) and o.startswith(docs) and "/m/" in o:
        return base + "graph/doc/" + o[len(docs) :].split("/", 1)[0]
    return base + "graph/corpus"


def old_trig(g, base: str = BASE) -> str:
    prefixes = old_prefixes(g)
    terms = OldTerms(prefixes)
    graphs: dict = {}
    for t in g:
        graphs.setdefault(old_graph_of(t, base), []).append(t)
    lines = [f"@prefix {p}: <{ns}> ." for p, ns in prefixes]
    lines.append("")
    for name in sorted(graphs):
        lines.append(f"<{name}> {{")
        lines.extend(terms.block(graphs[name]))
        lines.append("}\n")
    return "\n".join(lines)


def old_ntriples(g) -> str:
    t = OldTerms(None).term
    return "".join(sorted(f"{t(s)} {t(p)} {t(o)} .\n" for s, p, o in g))


def old_jsonld(g) -> str:
    prefixes = old_prefixes(g)
    terms = OldTerms(prefixes)

    def compact(u):
        return terms.compact(u) or str(u)

    def value(o):
        if isinstance(o, URIRef):
            return {"@id": str(o)}
        if o.language:
            return {"@value": str(o), "@language": o.language}
        if o.datatype is None or o.datatype == XSD.string:
            return {"@value": str(o)}
        return {"@value": str(o), "@type": compact(o.datatype)}

    nodes: dict = {}
    for s, p, o in g:
        node = nodes.setdefault(s, {"@id": str(s)})
        if p == RDF.type:
            node.setdefault("@type", []).append(compact(o))
        else:
            node.setdefault(compact(p), []).append(value(o))

    def order(v):
        return (v.get("@id", ""), v.get("@value", ""), v.get("@language", ""), v.get("@type", ""))

    for node in nodes.values():
        for key, values in node.items():
            if key == "@type":
                values.sort()
            elif key != "@id":
                values.sort(key=order)
    context = json.dumps(dict(prefixes), sort_keys=True, ensure_ascii=False)
    body = ",\n".join(
        json.dumps(nodes[s], sort_keys=True, ensure_ascii=False) for s in sorted(nodes, key=str)
    )
    return f'{{"@context": {context},\n"@graph": [\n{body}\n]}}\n'


# --- graphs to write ------------------------------------------------------------------

# Characters that need escaping in one format or another, or that split lines elsewhere.
NASTY = [
    '"',
    "\\",
    "\n",
    "\r",
    "\t",
    "\x00",
    "\x08",
    "\x0b",
    "\x0c",
    "\x1f",
    "\x7f",
    "\u2028",
    "\x85",
    "\\u0041",
    "é",
    "李",
    "🚢",
    "@en",
    "^^",
    "<",
    ">",
    " ",
    "a",
    "Z",
]


# Lexical forms by datatype; None: any text (not xsd:string: rdflib keeps "x" and
# "x"^^xsd:string apart, the writers spell both "x", and Triples holds them as one).
TYPED = {
    XSD.integer: ["0", "17", "-3"],
    XSD.date: ["2026-11-12"],
    XSD.decimal: ["0.500"],
    XSD.boolean: ["true"],
    XSD.anyURI: [None],
    URIRef("http://example.org/type"): [None],
}


def nasty_text(rng: random.Random) -> str:
    return "".join(rng.choice(NASTY) for _ in range(rng.randrange(0, 6)))


def generated_graph(seed: int) -> Graph:
    """A graph with kg's prefixes, its IRI shapes and hostile literals of every kind."""
    rng = random.Random(seed)
    g = Graph(bind_namespaces="none")
    for prefix, ns in [
        ("kg", KG),
        ("oa", OA),
        ("schema", SCHEMA),
        ("rdf", RDF),
        ("rdfs", RDFS),
        ("xsd", XSD),
    ]:
        g.bind(prefix, str(ns))
    # IRIs that are prefixes of one another, as documents, mentions and selectors are
    docs = [f"{BASE}doc/{d}" for d in ("a", "a-b", "a.1", "a1", "a/x", "b%20c")]
    nodes = [
        d + tail
        for d in docs
        for tail in ("", "/m/1-2", "/m/1-2/pos", "/m/1-20", "/m/1-2/quote", "/event/3-4")
    ]
    nodes += [f"{BASE}actor/{a}" for a in ("x", "x-y", "xy", "x.y")] + [f"{BASE}event/e-1"]
    predicates = [
        RDFS.label,
        KG.mention,
        KG.mentionForm,
        KG.source,
        OA.start,
        SCHEMA.text,
        URIRef("http://example.org/p"),
        URIRef("http://example.org/p-2"),
        URIRef(f"{KG}has.dot"),
        RDF.type,
    ]
    classes = [KG.Event, KG.Mention, OA.TextQuoteSelector, URIRef("http://example.org/C")]
    for _ in range(400):
        s, p = rng.choice(nodes), rng.choice(predicates)
        kind = rng.randrange(5)
        if p == RDF.type:
            o = rng.choice(classes)
        elif kind == 0:
            o = URIRef(rng.choice(nodes))
        elif kind == 1:
            o = Literal(nasty_text(rng), lang=rng.choice(["en", "de", "en-GB"]))
        elif kind == 2:
            datatype = rng.choice(list(TYPED))
            lexical = rng.choice(TYPED[datatype]) or nasty_text(rng)
            o = Literal(lexical, datatype=datatype, normalize=False)
        else:
            o = Literal(nasty_text(rng))
        g.add((URIRef(s), p, o))
    return g


def rdflib_graph(triples: Triples) -> Graph:
    g = Graph(bind_namespaces="none")
    for prefix, ns in triples.namespaces():
        g.bind(prefix, ns)
    for t in triples:
        g.add(t)
    return g


@pytest.fixture(scope="module")
def sample_triples(sample_build) -> Triples:
    result, _ = sample_build
    return collect(result, BASE, None, {"base_iri": BASE})


# --- tests ----------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(12))
def test_every_format_writes_the_previous_bytes_for_a_hostile_graph(seed):
    g = generated_graph(seed)
    assert len(g) > 300
    assert to_turtle(g) == old_turtle(g)
    assert to_trig(g, BASE) == old_trig(g, BASE)
    assert to_ntriples(g) == old_ntriples(g)
    assert to_jsonld(g) == old_jsonld(g)


def test_every_format_writes_the_previous_bytes_for_the_samples(sample_triples):
    g = rdflib_graph(sample_triples)
    assert len(g) == len(sample_triples) > 1000
    assert to_turtle(sample_triples) == old_turtle(g)
    assert to_trig(sample_triples, BASE) == old_trig(g, BASE)
    assert to_ntriples(sample_triples) == old_ntriples(g)
    assert to_jsonld(sample_triples) == old_jsonld(g)


def test_streamed_files_are_the_strings_and_parse_to_the_same_triples(sample_triples, tmp_path):
    settings = Settings(base_iri=BASE)
    expected = {
        "graph.ttl": to_turtle(sample_triples),
        "graph.trig": to_trig(sample_triples),
        "graph.nt": to_ntriples(sample_triples),
        "graph.jsonld": to_jsonld(sample_triples),
    }
    formats = {
        "graph.ttl": ox.RdfFormat.TURTLE,
        "graph.trig": ox.RdfFormat.TRIG,
        "graph.nt": ox.RdfFormat.N_TRIPLES,
        "graph.jsonld": ox.RdfFormat.JSON_LD,
    }
    nt = set(ox.parse(expected["graph.nt"].encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
    assert len(nt) == len(sample_triples)
    chosen = writers(("turtle", "trig", "nt", "jsonld"), sample_triples)
    for name, text in expected.items():
        chosen[name](None, tmp_path / name, settings)
        assert (tmp_path / name).read_bytes() == text.encode("utf-8"), name
        quads = ox.parse(path=str(tmp_path / name), format=formats[name])
        assert {ox.Quad(q.subject, q.predicate, q.object) for q in quads} == nt, name


def test_write_atomic_streams_pieces_to_the_same_bytes(tmp_path):
    pieces = [f"{i} ✓ {'é' * (i % 7)}\n" for i in range(10_000)]  # more than one batch
    path = tmp_path / "out.txt"
    write_atomic(path, iter(pieces))
    assert path.read_bytes() == "".join(pieces).encode("utf-8")
    write_atomic(path, [])
    assert path.read_bytes() == b""
    write_atomic(path, bytearray(b"raw"))  # bytes-like data is written as it is
    assert path.read_bytes() == b"raw"


def test_a_failing_stream_leaves_the_previous_file_and_no_temporary(tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_text("old", encoding="utf-8")

    def pieces():
        yield from ("x" * 100 for _ in range(10_000))
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        write_atomic(path, pieces())
    assert path.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_triples_keep_rdflib_semantics():
    t = Triples()
    s, label = URIRef(f"{BASE}actor/x"), Literal('say "no"\n', lang="en")
    typed = Literal("P7D", datatype=XSD.duration)
    for triple in [
        (s, RDFS.label, label),
        (s, RDFS.label, label),
        (s, KG.duration, typed),
        (s, RDF.type, KG.Person),
        (s, RDFS.label, Literal("x", datatype=XSD.string)),
    ]:
        t.add(triple)
    assert len(t) == 4  # the duplicate once
    assert (s, RDFS.label, label) in t and (s, KG.duration, typed) in t
    assert (s, RDFS.label, Literal('say "no"\n', lang="de")) not in t
    assert set(t) == {
        (s, RDFS.label, label),
        (s, KG.duration, typed),
        (s, RDF.type, KG.Person),
        (s, RDFS.label, Literal("x")),
    }
    t.add((s, KG.title, Literal("later")))  # adding after reading
    assert len(t) == 5 and t.order() == [str(s)]
    with pytest.raises(ValueError, match="no blank nodes"):
        t.add((BNode(), RDFS.label, label))


def test_collect_holds_plain_strings(sample_triples):
    """A URIRef among the strings would compare unequal to the same IRI as a str."""
    terms = [x for s, pairs in sample_triples.subjects().items() for x in (s, *pairs)]
    assert terms and {type(x) for x in terms} == {str}


def test_collect_gives_the_triples_of_build_graph(sample_build, sample_triples):
    result, _ = sample_build
    graph = set(build_graph(result))  # without options: no kg:option triple
    assert set(sample_triples) - graph == {
        (t[0], KG.option, t[2]) for t in sample_triples if t[1] == KG.option
    }
    assert graph < set(sample_triples)


@pytest.mark.parametrize("seed", range(5))
def test_terms_round_trip_and_quote_as_before(seed):
    rng = random.Random(seed)
    for _ in range(500):
        text = nasty_text(rng) * rng.randrange(1, 4)
        assert rdf._quote(text) == old_quote(text)
        for term in (
            Literal(text),
            Literal(text, lang="en"),
            Literal(text, datatype=XSD.date, normalize=False),
            URIRef(f"{BASE}doc/{rng.randrange(99)}"),
        ):
            assert decode(encode(term)) == term
            assert OldTerms(None).term(term) == (
                encode(term) if isinstance(term, Literal) else f"<{term}>"
            )


def test_ntriples_subject_order_is_the_order_of_its_spelling():
    rng = random.Random(7)
    alphabet = "-./09:;<=?Aaz~"  # around ">", which ends an IRI in N-Triples
    for _ in range(200):
        iris = sorted(
            {"".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 5))) for _ in range(30)}
        )
        assert list(rdf._nt_order(iris)) == sorted(iris, key=lambda s: f"<{s}>")


def test_void_counts_what_an_rdflib_graph_counts(sample_build, sample_triples):
    from kg.export import void

    result, _ = sample_build
    g = rdflib_graph(sample_triples)
    settings = Settings(base_iri=BASE, published=date(2026, 11, 12))
    text = to_turtle(void.describe(result, sample_triples, settings))
    v = Graph().parse(data=text, format="turtle")
    count = {
        str(p).rsplit("#", 1)[1]: o.toPython()
        for p, o in v.predicate_objects(next(v.subjects(RDF.type, VOID.Dataset)))
        if isinstance(o, Literal) and o.datatype == XSD.integer
    }
    assert count["triples"] == len(g)
    assert count["distinctSubjects"] == len(set(g.subjects()))
    assert count["distinctObjects"] == len(set(g.objects()))
    assert count["properties"] == len(set(g.predicates()))
    assert count["classes"] == len(set(g.objects(None, RDF.type)))


def test_void_counts_the_same_in_one_set_or_in_parts(sample_triples, monkeypatch):
    """A held graph's distinct objects go to one set up to ``ONE_SET`` subjects, past it
    a part at a time: both count the same, and so do the predicates and classes."""
    from kg.export import void

    whole = void._statistics(sample_triples)
    assert whole[3] == len({o for pairs in sample_triples.subjects().values() for o in pairs[1::2]})
    monkeypatch.setattr(void, "ONE_SET", 0)
    monkeypatch.setattr(void, "BATCH", 7)  # the predicates counted in many batches
    assert void._statistics(sample_triples) == whole


def test_bench_reads_a_peak_per_stage(monkeypatch):
    """The bench's peak-RSS window starts again at each stage (where Linux allows)."""
    from conftest import load_bench

    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parents[1] / "bench"))
    bench = load_bench("export_formats.py")
    now = bench.peak_reset()
    assert 0 < now <= bench.peak()
    held = bytearray(64 * 2**20)
    held[::4096] = b"x" * len(held[::4096])  # touch every page: 64 MB resident
    high = bench.peak()
    assert high >= now + 60
    del held
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pytest.skip("no /proc/self/clear_refs here: peaks are the process's")
    bench.peak_reset()
    assert bench.peak() < high - 30  # the 64 MB are gone from the new window


@pytest.mark.parametrize("spill_at", [1, 37, 500])
def test_a_graph_spilled_to_runs_writes_the_bytes_of_one_held_whole(
    sample_build, sample_triples, tmp_path, spill_at
):
    """Collected in sorted runs on disk (a run every ``spill_at`` subjects, each with
    the term caches dropped, so a mention is made again in a later run), the graph
    streams the same bytes in every format, and VoID counts the same, as held whole."""
    from kg.export import void

    result, _ = sample_build
    spilled = collect(result, BASE, None, {"base_iri": BASE}, spill_at, tmp_path / "runs")
    assert spilled.runs > (1 if spill_at == 500 else 20)
    assert list(spilled.items()) == [
        (s, sample_triples.subjects()[s]) for s in sample_triples.order()
    ]
    assert spilled.spilled  # read as a stream: the runs stay on disk
    assert "".join(rdf.turtle(spilled)) == to_turtle(sample_triples)
    assert "".join(rdf.ntriples(spilled)) == to_ntriples(sample_triples)
    assert "".join(rdf.jsonld(spilled)) == to_jsonld(sample_triples)
    assert void._statistics(spilled) == void._statistics(sample_triples)
    assert to_trig(spilled, BASE) == to_trig(sample_triples, BASE)  # read back whole
    assert not spilled.spilled and len(spilled) == len(sample_triples)
    assert not any((tmp_path / "runs").iterdir())  # no run left behind


def test_a_build_that_spills_publishes_the_same_files_and_no_run(
    sample_build, tmp_path, monkeypatch
):
    """kg.pipeline.write past SPILL_AT subjects: every file as a build held whole wrote
    it, and the runs never reach the output folder."""
    from kg import pipeline

    result, _ = sample_build
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # void.ttl's build time
    settings = Settings(published=date(2026, 11, 12), progress=False, formats=("turtle", "nt"))
    pipeline.write(result, tmp_path / "whole", settings)
    monkeypatch.setattr(pipeline, "SPILL_AT", 25)
    runs = []
    spill = Triples._spill
    monkeypatch.setattr(Triples, "_spill", lambda self: runs.append(spill(self)))
    pipeline.write(result, tmp_path / "spilled", settings)
    assert len(runs) > 20

    def files(folder: Path) -> dict[Path, bytes]:
        return {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}

    whole, spilled = files(tmp_path / "whole"), files(tmp_path / "spilled")
    assert Path("graph.ttl") in whole and Path("void.ttl") in whole
    assert spilled == whole


def test_tables_and_cards_are_written_as_a_stream_of_the_same_text(
    sample_build, tmp_path, monkeypatch
):
    """events.md and the JSON Lines tables go to their files a piece at a time (each
    was one string of the whole corpus), with the text a string gave."""
    from kg.export import cards, tables

    result, out = sample_build
    seen = []

    def recording(path, data):
        seen.append(data)
        write_atomic(path, data)

    monkeypatch.setattr(cards, "write_atomic", recording)
    monkeypatch.setattr(tables, "write_atomic", recording)
    cards.write(result, tmp_path / "events.md", None)
    tables.write_table("events", "jsonl")(result, tmp_path / "events.jsonl")
    assert len(seen) == 2 and not any(isinstance(d, (str, bytes)) for d in seen)
    assert (tmp_path / "events.md").read_text(encoding="utf-8") == cards.render(result)
    assert (tmp_path / "events.md").read_bytes() == (out / "events.md").read_bytes()
    assert (tmp_path / "events.jsonl").read_bytes() == (out / "events.jsonl").read_bytes()

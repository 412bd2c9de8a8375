"""A spilled graph is read back a batch at a time: one read per batch of a run, and
merged batches that equal the graph held whole, whatever the runs' batch boundaries."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kg.export import rdf, void
from kg.export.rdf import Triples

BASE = "https://w3id.org/kgnews/id/"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
MENTION = "https://w3id.org/kgnews/ns#Mention"
IN_DOC = "https://w3id.org/kgnews/ns#inDocument"

# Mentions of a news story: the same mention is made again after a spill (a later actor
# names it), with a pair of its own, so a subject lies in several runs.
WORDS = [
    "Chancellor Gordon Brown",
    "the Treasury",
    "Mr Brown's pre-budget report",
    "Tory leader Michael Howard",
    '"stealth taxes"',
    "the Bank of England",
    "Liberal Democrats",
    "Downing Street",
]


def _mentions(g: Triples, checkpoint: bool) -> None:
    for i in range(60):
        doc = f"{BASE}doc/bbc-politics-{i % 7:03d}"
        m = f"{doc}/m/{(i * 37) % 500}-{(i * 37) % 500 + 12}"
        g.node(m).extend((TYPE, MENTION, LABEL, f'"{WORDS[i % len(WORDS)]}"@en', IN_DOC, doc))
        if i % 3 == 0:  # the document node grows in several runs too
            g.node(doc).extend((TYPE, "https://w3id.org/kgnews/ns#Document", LABEL, f'"{i}"'))
        if checkpoint:
            g.checkpoint()


@pytest.fixture
def graphs(tmp_path, monkeypatch):
    monkeypatch.setattr(rdf, "RUN_BATCH", 3)  # runs of several batches, cut unevenly
    held, spilled = Triples(), Triples(spill_at=5, scratch=tmp_path / "runs")
    _mentions(held, checkpoint=False)
    _mentions(spilled, checkpoint=True)
    assert spilled.runs > 5
    yield held, spilled
    spilled.close()


def test_merged_batches_are_the_graph_held_whole(graphs):
    held, spilled = graphs
    batches = list(spilled.batches())
    assert len(batches) > 1 and all(type(b) is list and b for b in batches)
    assert [r for b in batches for r in b] == list(held.items())
    assert list(spilled.items()) == list(held.items())
    assert "".join(rdf.turtle(spilled)) == "".join(rdf.turtle(held))
    assert void._statistics(spilled) == void._statistics(held)


def test_a_run_is_read_in_one_read_per_batch(graphs, monkeypatch):
    """marshal.load from a file reads once per string; a run's batch is taken whole."""
    _, spilled = graphs
    reads = []

    class Counted(io.BufferedReader):
        def read(self, *args):
            reads.append(1)
            return super().read(*args)

        def readinto(self, *args):
            reads.append(1)
            return super().readinto(*args)

    def counted_open(path, mode="r", buffering=-1, **kw):
        return Counted(io.FileIO(Path(path), "r"))

    monkeypatch.setattr(rdf, "open", counted_open, raising=False)
    records = sum(1 for _ in spilled.items())
    batches = sum(-(-n // rdf.RUN_BATCH) for n in [5] * spilled.runs)  # about the runs' batches
    assert records > 20
    assert len(reads) <= 2 * batches + 2 * spilled.runs


def _figures(path: Path) -> dict[str, int]:
    """void.ttl's dataset-wide counts, by property name."""
    from rdflib import RDF, Graph, Literal
    from rdflib.namespace import VOID

    v = Graph().parse(path, format="turtle")
    dataset = next(v.subjects(RDF.type, VOID.Dataset))
    return {
        str(p).rsplit("#", 1)[1]: o.toPython()
        for p, o in v.predicate_objects(dataset)
        if isinstance(o, Literal) and isinstance(o.toPython(), int)
    }


@pytest.mark.parametrize("fmt, name", [("turtle", "graph.ttl"), ("nt", "graph.nt")])
def test_void_is_counted_as_the_graph_streams_out_not_by_a_second_pass(
    graphs, tmp_path, monkeypatch, fmt, name
):
    """A spilled graph's runs are read once, by the graph file's writer: void.ttl's
    figures are taken from that pass (before, void.ttl merged every run again), and
    they are the figures a pass of its own gives for the graph held whole."""
    from datetime import date

    from kg.config import Settings
    from kg.export import writers
    from kg.model import BuildResult

    held, spilled = graphs
    reads: list[Path] = []
    read_run = rdf._read_run
    monkeypatch.setattr(rdf, "_read_run", lambda path: reads.append(path) or read_run(path))
    result = BuildResult([], {}, [], {}, [])
    settings = Settings(base_iri=BASE, published=date(2026, 11, 12), formats=(fmt,))
    out = writers(settings.formats, spilled)
    out[name](result, tmp_path / name, settings)
    assert len(reads) == spilled.runs
    out["void.ttl"](result, tmp_path / "void.ttl", settings)
    assert len(reads) == spilled.runs  # void.ttl read no run
    subjects, properties, classes, objects = void._statistics(held)
    figures = _figures(tmp_path / "void.ttl")
    assert figures["triples"] == sum(properties.values()) == len(held)
    assert figures["distinctSubjects"] == subjects == len(held.subjects())
    assert figures["distinctObjects"] == objects
    assert (figures["properties"], figures["classes"]) == (len(properties), len(classes))


def test_a_pass_left_unfinished_counts_nothing_and_leaves_no_file(graphs, tmp_path, monkeypatch):
    """A reader that stops half way (an error while graph.ttl is written) gives void.ttl
    no figures: the next whole pass counts again from nothing, and the objects dealt
    out to disk on the way (a few at a time here) are deleted either way."""
    held, spilled = graphs
    monkeypatch.setattr(void, "PENDING", 2)  # objects dealt out to files at once
    census = spilled.census = void.Census(spilled)
    stream = spilled.items()
    for _ in range(4):
        next(stream)
    assert list((tmp_path / "runs").glob(".kg-objects-*"))  # being dealt out
    del stream  # let go half way, as a writer that failed does
    assert not census.done and not list((tmp_path / "runs").glob(".kg-objects-*"))
    with pytest.raises(RuntimeError):
        census.figures()
    assert list(spilled.items()) == list(held.items())
    assert census.done and census.figures() == void._statistics(held)
    assert not list((tmp_path / "runs").glob(".kg-objects-*"))
    assert list(spilled.items()) == list(held.items())  # a later pass is not counted again
    assert census.figures() == void._statistics(held)

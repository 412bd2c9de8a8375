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

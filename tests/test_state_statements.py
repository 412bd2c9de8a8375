"""A build with an output folder keeps every article's statements on disk from resolve
to the end of its export (:class:`kg.state.Statements`): merging and linking never read
them, and each output reads them once, an article at a time, so that what the main
process holds of them does not grow with the archive. Read back, they are the
statements a build held in memory gives, and the outputs are the same bytes."""

from __future__ import annotations

import gc
import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

import kg
from kg import pipeline
from kg import state as kg_state
from kg.config import Settings
from kg.export.cards import render
from kg.export.html import write_html
from kg.model import Document, Evidence, Statement


def _statements(doc_id: str, said: list[tuple[str, str]]) -> list[Statement]:
    """One article's statements: (speaker, what they said) each, in its own text."""
    text = " ".join(f"{who} said {what}." for who, what in said)
    doc = Document(doc_id, text, text, published=date(2026, 5, 4))
    out, at = [], 0
    for who, what in said:
        start = at + len(who) + len(" said ")
        speaker = Evidence(doc_id, at, at + len(who), who)
        content = doc.evidence(start, start + len(what))
        out.append(
            Statement(doc_id, [content], "indirect", speaker_mention=speaker, speaker_name=who)
        )
        at = start + len(what) + 2
    return out


ARTICLES = [
    ("ferry-1", [("Captain Odile Marchetti", "the ferry would sail at noon"),
                 ("Port officials", "the storm had passed the strait")]),
    ("ferry-2", []),  # an article that quotes no one
    ("ferry-3", [("Ines Okafor", "the crossing was cancelled twice last winter")]),
    ("ferry-4", [("The coastguard", "two lifeboats stood by"),
                 ("Captain Odile Marchetti", "no passenger was hurt"),
                 ("A spokesman for the operator", "refunds would be paid within a week")]),
]  # fmt: skip


def test_statements_on_disk_read_back_as_the_list_they_were():
    articles = [_statements(doc_id, said) for doc_id, said in ARTICLES]
    expected = [st for some in articles for st in some]
    parked = kg_state.Statements()
    for some in articles:
        parked.add(some)
    try:
        assert len(parked) == 6 and parked == expected and expected == list(parked)
        # read again, the same: each pass reads the file anew
        assert list(parked) == list(parked) == expected
        # by article, the empty one left out (nothing was written for it)
        assert [len(s) for s in parked.articles()] == [2, 1, 3]
        # an index reads back its article's alone, from either end
        assert parked[0] == expected[0] and parked[3] == expected[3]
        assert parked[-1].speaker_name == "A spokesman for the operator"
        assert parked[2].text == "the crossing was cancelled twice last winter"
        assert parked[1:4] == expected[1:4]
        with pytest.raises(IndexError):
            parked[6]
        # a change to what was read back is not written back: the file holds what was added
        parked[0].speaker = "someone else"
        assert parked[0].speaker is None
        assert kg_state.Statements() == [] and len(kg_state.Statements()) == 0
    finally:
        parked.close()


class _Counted(list):
    """Statements that count the passes over them and refuse an index: what an output
    reads of statements kept on disk, where each pass and each index reads the file."""

    passes = 0

    def __iter__(self) -> Iterator[Statement]:
        self.passes += 1
        return super().__iter__()

    def __getitem__(self, index):
        raise AssertionError("a statement read by its index")


@pytest.fixture(scope="module")
def ferry(tmp_path_factory) -> Path:
    """Three short reports of our own about one ferry service, with quotes."""
    src = tmp_path_factory.mktemp("ferry")
    reports = [
        ("ferry-0504", "2026-05-04", "Ferry crossings halted as storm hits strait",
         "Ferry crossings across the Kessel Strait were halted on Monday as a storm "
         "brought winds of 90 km/h, the operator Nordlink Ferries said. Captain Odile "
         "Marchetti said the first ship would sail once the wind dropped. 'We will not "
         "put anyone at risk,' she told reporters in Varden."),
        ("ferry-0505", "2026-05-05", "Stranded passengers wait in Varden",
         "Hundreds of passengers waited in Varden on Tuesday after the storm cancelled "
         "every crossing for a second day. Ines Okafor, who runs a cafe by the terminal, "
         "said the town had never seen such queues. Nordlink Ferries said refunds would "
         "be paid within a week."),
        ("ferry-0506", "2026-05-06", "Ferries sail again after two-day storm",
         "Nordlink Ferries resumed crossings of the Kessel Strait on Wednesday. The "
         "coastguard said two lifeboats had stood by through the night. Captain Odile "
         "Marchetti said no passenger had been hurt, and the mayor of Varden, Piet "
         "Hollander, criticised the operator for failing to warn travellers."),
    ]  # fmt: skip
    (src / "ferry.jsonl").write_text(
        "".join(
            json.dumps({"id": i, "published": d, "title": t, "text": x}) + "\n"
            for i, d, t, x in reports
        ),
        encoding="utf-8",
    )
    return src


OPTIONS = {"formats": ("turtle", "nt", "jsonl", "csv"), "progress": False}


@pytest.fixture(scope="module")
def ferry_builds(ferry, tmp_path_factory):
    """The reports built with an output folder (their statements on disk) and held in
    memory (a notebook's build), the latter written with the same settings."""
    out = tmp_path_factory.mktemp("builds")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SOURCE_DATE_EPOCH", "1700000000")  # void.ttl's times
        written = kg.build([ferry], out / "disk", **OPTIONS)
        held = kg.build([ferry], **OPTIONS)
        pipeline.write(held, out / "memory", Settings(**OPTIONS))
    return written, held, out


def test_a_build_keeps_its_statements_on_disk_and_writes_what_memory_gives(ferry_builds):
    written, held, out = ferry_builds
    assert isinstance(written.statements, kg_state.Statements)
    assert isinstance(held.statements, list) and len(held.statements) >= 4
    assert written.statements == held.statements  # speakers resolved, events merged
    assert any(st.speaker for st in written.statements)
    assert any(st.about_events for st in written.statements)
    assert written.summary() == held.summary() and written.conflicts == held.conflicts
    for path in sorted(p for p in (out / "memory").iterdir() if p.is_file()):
        assert (out / "disk" / path.name).read_bytes() == path.read_bytes(), path.name


def test_no_statement_is_held_from_resolve_to_the_export(ferry, tmp_path, monkeypatch):
    seen: dict[str, int] = {}
    write = pipeline.write

    def counted(result, *args, **kwargs):  # the graph is linked, conflicts weighed
        gc.collect()
        seen["alive"] = sum(type(o) is Statement for o in gc.get_objects())
        seen["count"] = len(result.statements)
        return write(result, *args, **kwargs)

    monkeypatch.setattr(pipeline, "write", counted)
    gc.collect()
    before = sum(type(o) is Statement for o in gc.get_objects())
    kg.build([ferry], tmp_path / "out", **OPTIONS)
    assert seen["count"] >= 4 and seen["alive"] == before
    rows = (tmp_path / "out" / "statements.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(rows) == seen["count"]


def test_the_view_and_the_cards_read_the_statements_in_few_passes(ferry_builds, tmp_path):
    _, held, _ = ferry_builds
    counted = _Counted(held.statements)
    held.statements = counted
    try:
        # cut to a few nodes, so that the cut picks statements and their speakers
        write_html(held, tmp_path / "graph.html", max_nodes=6)
        # what every statement is to the graph, the nodes kept, the cards' index
        assert counted.passes <= 3, counted.passes
        counted.passes = 0
        render(held)
        assert counted.passes == 1, counted.passes
    finally:
        held.statements = list(counted)


def test_the_view_holds_no_edge_of_the_graph_and_the_cards_of_its_page_alone(
    ferry_builds, tmp_path, monkeypatch
):
    from kg.export import html
    from kg.export.cards import _Index

    _, held, _ = ferry_builds
    # while the page is laid out, nothing of the view holds a participant, a relation
    # or a conflict: the graph's edges were made one at a time and let go (the page's
    # own edges are dicts of words)
    drawn = [p for e in held.events.values() for p in e.participants]
    drawn += [*held.relations, *held.conflicts]
    assert len(drawn) > 5 and held.relations
    refs = [sys.getrefcount(x) for x in drawn]
    seen: dict[str, list[int]] = {}
    layout = html._layout

    def counted(*args, **kwargs):
        seen["refs"] = [sys.getrefcount(x) for x in drawn]
        return layout(*args, **kwargs)

    monkeypatch.setattr(html, "_layout", counted)
    for max_nodes in (0, 6):  # every node, and a cut page
        html.write_html(held, tmp_path / "graph.html", max_nodes=max_nodes)
        assert seen.pop("refs") == refs
    # the index of the page's cards holds what is said of the page's events alone, and
    # for them what the index of every card holds
    every = _Index.of(held)
    told = sorted(every.said)
    assert told and every.statements
    page = _Index.of(held, {told[0]})
    assert list(page.said) == [told[0]] and page.said[told[0]] == every.said[told[0]]
    assert set(page.related) <= {told[0]} and not page.statements

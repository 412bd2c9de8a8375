"""A build's main process holds each article's result on disk, as its stored line,
from the moment a worker hands it over until resolve reads it back: what it holds
while the parse goes on is where each line lies, not the facts, so that part of its
memory does not grow with the archive. Read back, the results give the same graph,
byte for byte, as the same results held in memory."""

from __future__ import annotations

import gc
import json
from collections import Counter
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

import kg
from kg import pipeline
from kg import state as kg_state
from kg.config import Settings
from kg.model import (
    ORGANISATION,
    PERSON,
    ActorMention,
    DocResult,
    Document,
    Event,
    Participant,
    Statement,
)

PEOPLE = ("Ilse Vanderveen", "Tomasz Olbrycht", "Rania Haddad", "Keoni Makoa")
PORTS = ("Gdansk", "Antwerp", "Valencia", "Piraeus")


def _result(n: int) -> DocResult:
    """One wire story of a port strike, its names and dates its own."""
    who, port = PEOPLE[n % len(PEOPLE)], PORTS[n % len(PORTS)]
    text = (
        f"{who} said the dockers' strike in {port} would end on Friday. "
        f"The Harbour Workers Union voted on the offer late on Sunday, and {who} "
        "called the vote 'a first step'."
    )
    doc_id = f"wire-{n}"
    doc = Document(
        doc_id,
        text,
        text,
        title=f"Strike in {port}",
        published=date(2026, 3, 1 + n % 28),
        path=f"/archive/2026/03/{doc_id}.txt",
    )
    speaker = doc.evidence(0, len(who))
    union = doc.evidence(text.index("The Harbour"), text.index(" voted"))
    strike = doc.evidence(text.index("strike"), text.index("strike") + 6)
    return DocResult(
        doc,
        actors=[
            ActorMention(speaker, PERSON, who),
            ActorMention(union, ORGANISATION, "Harbour Workers Union"),
        ],
        statements=[
            Statement(
                doc_id, [doc.evidence(len(who) + 6, text.index(" on Friday"))], "indirect",
                speaker_mention=speaker, speaker_name=who,
            )
        ],
        events=[
            Event(
                f"{doc_id}/{strike.start}-{strike.end}", "Protest", strike, "strike",
                mentions=[strike], participants=[Participant(who, "agent", evidence=speaker)],
                sources=[doc_id],
            )
        ],
    )  # fmt: skip


KINDS = (DocResult, Document, Event, ActorMention)


def _live() -> Counter:
    """How many objects of each of ``KINDS`` are alive (one walk of the heap)."""
    gc.collect()
    return Counter(type(o) for o in gc.get_objects() if type(o) in KINDS)


def _outcomes(count: int):
    """Outcomes as the workers hand them over, each made only when asked for, so that
    nothing but the gathering can keep them."""
    for n in range(count):
        result = _result(n)
        yield result, kg_state.line(result)
        del result
    yield "wire-bad.txt: could not parse"


def test_the_gathered_results_wait_as_lines_not_as_objects():
    before = _live()
    errors: list[str] = []
    held, lines = pipeline._gather(_outcomes(300), errors)
    try:
        assert errors == ["wire-bad.txt: could not parse"] and len(lines) == 300
        # none of the 300 articles' objects are alive: a fixed few at most, not one
        # (or more) an article
        after = _live()
        assert all(after[kind] - before[kind] <= 2 for kind in KINDS), after - before
        assert held == []
        # read back, each is the result the worker gave, its file's path put back
        back = list(lines.results(f"wire-{n}" for n in (0, 7, 299)))
        assert back == [_result(0), _result(7), _result(299)]
        assert back[1].doc.path == "/archive/2026/03/wire-7.txt"
    finally:
        lines.close()


def test_a_result_given_again_is_read_back_as_given_last():
    lines = kg_state.Spill()
    try:
        first, again = _result(1), _result(5)
        lines.hold(first, kg_state.line(first))
        again.doc.id = "wire-1"  # the same article, read again from another file
        again.doc.path = None
        lines.hold(again, kg_state.line(again))
        (back,) = lines.results(["wire-1"])
        assert back.doc.path is None and back.doc.title == "Strike in Antwerp"
    finally:
        lines.close()


def test_results_without_a_line_are_held_as_before():
    errors: list[str] = []
    held, lines = pipeline._gather(((_result(n), None) for n in range(3)), errors)
    assert [r.doc.id for r in held] == ["wire-0", "wire-1", "wire-2"] and len(lines) == 0
    lines.close()


class _Model:  # what assemble reads of a loaded spaCy pipeline
    lang = "en"
    meta = {"name": "core_web_sm", "version": "test"}


def test_assembling_from_disk_gives_the_graph_of_the_results_in_memory(tmp_path):
    count = 40
    lines = kg_state.Spill()
    for n in reversed(range(count)):  # in any order: assemble takes them by id
        result = _result(n)
        lines.hold(result, kg_state.line(result))
    settings = Settings(formats=("turtle", "nt", "jsonl", "csv"), progress=False)
    started = datetime(2026, 3, 30, tzinfo=timezone.utc)
    built = {}
    for name, given in (("memory", [_result(n) for n in range(count)]), ("disk", lines)):
        result = pipeline.assemble(given, settings, [], {}, started, {"en": _Model})
        assert len(result.documents) == count
        pipeline.write(result, tmp_path / name, settings)
        built[name] = result
    lines.close()
    assert built["disk"].summary() == built["memory"].summary()
    assert [d.path for d in built["disk"].documents] == [d.path for d in built["memory"].documents]
    names = sorted(p.name for p in (tmp_path / "memory").iterdir() if p.is_file())
    assert "graph.ttl" in names
    assert names == sorted(p.name for p in (tmp_path / "disk").iterdir() if p.is_file())
    for name in names:
        if name != "void.ttl":  # its build times differ
            assert (tmp_path / "disk" / name).read_bytes() == (
                tmp_path / "memory" / name
            ).read_bytes(), name


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    """Three short reports of our own, two in a feed and one with no date (a warning
    names its file)."""
    src = tmp_path / "articles"
    src.mkdir()
    wire = [
        {
            "id": "pw-0302-gdansk-walkout", "title": "Dockers in Gdansk walk out over pay",
            "published": "2026-03-02",
            "text": "Dockers at the port of Gdansk walked out on Monday after talks on pay "
            "broke down, the Harbour Workers Union said. Union leader Ilse Vanderveen "
            "said the strike would go on until the port authority made a new offer.",
        },
        {
            "id": "pw-0304-gdansk-talks", "title": "Port strike talks resume",
            "published": "2026-03-04",
            "text": "Talks to end the strike at the port of Gdansk resumed on Wednesday. "
            "Ilse Vanderveen told reporters that the union had rejected the port "
            "authority's offer of a 3% rise. 'We are not going back for that,' she said.",
        },
    ]  # fmt: skip
    (src / "01_wire.jsonl").write_text(
        "".join(json.dumps(w) + "\n" for w in wire), encoding="utf-8"
    )
    (src / "03_undated.txt").write_text(
        "Ships wait off Gdansk\n\n"
        "More than 40 ships waited off Gdansk as the strike went into its third day, the "
        "port authority said. Tomasz Olbrycht, a shipping agent, said the delays would "
        "cost importers millions.\n",
        encoding="utf-8",
    )
    return src


def test_a_build_writes_what_the_same_build_held_in_memory_gives(articles, tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # void.ttl's times
    options = {"formats": ("turtle", "nt", "jsonl", "csv"), "progress": False}
    written = kg.build([articles], tmp_path / "out", **options)  # held on disk
    held = kg.build([articles], **options)  # no output: the results held in memory
    assert written.summary() == held.summary() and written.warnings == held.warnings
    assert any("03_undated.txt" in w for w in written.warnings)  # the path came back
    assert [d.path for d in written.documents] == [d.path for d in held.documents]
    pipeline.write(held, tmp_path / "memory", Settings(**options))
    for path in sorted(p for p in (tmp_path / "memory").iterdir() if p.is_file()):
        assert (tmp_path / "out" / path.name).read_bytes() == path.read_bytes(), path.name


def test_a_worker_sends_a_result_as_its_line_and_what_names_its_document():
    result = _result(3)
    line = kg_state.line(result)
    stub, sent = pipeline._sent((result, line))
    assert sent == line and stub.doc.id == "wire-3" and stub.doc.path == result.doc.path
    assert not stub.actors and not stub.events and not stub.statements and not stub.doc.text
    # the line is the whole result, read back in the main process
    lines = kg_state.Spill()
    lines.hold(stub, sent)
    assert next(lines.results(["wire-3"])) == result
    lines.close()
    # without a line (a build with no output) the result itself is what is sent
    assert pipeline._sent((result, None)) == (result, None)
    assert pipeline._sent("wire-9.txt: could not parse") == "wire-9.txt: could not parse"


@pytest.mark.parametrize("kept", [None, 5])
def test_resolve_reads_each_held_line_once_for_its_names_unless_past_the_bound(
    kept, tmp_path, monkeypatch
):
    """The table of names walks the mentions twice: a first reading of the stored lines
    is kept for the second (one decode a line, not two), unless the archive holds more
    mentions than the bound, when the second walk reads the lines again. Either way the
    graph is the one the results held in memory give."""
    if kept is not None:  # else the build's own bound, far above 12 stories' names
        monkeypatch.setattr(pipeline, "MENTIONS_KEPT", kept)
    count = 12
    lines = kg_state.Spill()
    for n in range(count):
        result = _result(n)
        lines.hold(result, kg_state.line(result))
    read = Counter()
    mentions = kg_state.Spill.mentions

    def counted(self, ids):
        for doc_id, some in zip(ids, mentions(self, ids), strict=True):
            read[doc_id] += 1
            yield some

    monkeypatch.setattr(kg_state.Spill, "mentions", counted)
    settings = Settings(formats=("turtle", "jsonl"), progress=False)
    started = datetime(2026, 3, 30, tzinfo=timezone.utc)
    built = {}
    for name, given in (("memory", [_result(n) for n in range(count)]), ("disk", lines)):
        result = pipeline.assemble(given, settings, [], {}, started, {"en": _Model})
        pipeline.write(result, tmp_path / name, settings)
        built[name] = result
    lines.close()
    twice = kept is not None and kept < 2 * count  # each story names two actors
    assert sorted(read.values()) == [2 if twice else 1] * count
    assert built["disk"].summary() == built["memory"].summary()
    for name in ("graph.ttl", "actors.jsonl", "events.jsonl", "statements.jsonl"):
        assert (tmp_path / "disk" / name).read_bytes() == (tmp_path / "memory" / name).read_bytes()

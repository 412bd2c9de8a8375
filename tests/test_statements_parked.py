"""The statements wait on disk from resolve to the end of linking (issue 22): merging
and linking never read them, so a build made of results held on disk has no
statement alive while it merges and links; the responses read them an article at a
time, and the conflicts and the outputs get every statement back, speakers resolved
and events named by their merged ids, as a build held in memory gives them."""

from __future__ import annotations

import gc
from datetime import date, datetime, timezone

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

# Three days of a dock strike: each report has the union's leader speaking about the
# walkout, and the last a second speaker (the port's owner) who names the union.
REPORTS = (
    ("dock-1", "Maria Okonjo said the strike at the Tilbury docks would go on until the "
     "Harbour Workers Union had a written offer."),
    ("dock-2", "Okonjo said the walkout had cost the port operator millions and that "
     "members would vote on Friday."),
    ("dock-3", "Okonjo said the strike was over. Peter Lindqvist said the Harbour "
     "Workers Union had signed the deal in good faith."),
)  # fmt: skip

NAMES = {
    "Maria Okonjo": PERSON,
    "Okonjo": PERSON,
    "Peter Lindqvist": PERSON,
    "Harbour Workers Union": ORGANISATION,
}


def _result(n: int, doc_id: str, text: str) -> DocResult:
    doc = Document(doc_id, text, text, title=f"Dock strike {n}", published=date(2026, 3, 2 + n))
    mentions, statements = [], []
    for name, kind in NAMES.items():
        at = text.find(name)
        taken = any(m.evidence.start <= at < m.evidence.end for m in mentions)
        if at >= 0 and not taken:
            mentions.append(ActorMention(doc.evidence(at, at + len(name)), kind, name))
    mentions.sort(key=lambda m: m.evidence.start)
    trigger = next(w for w in ("strike", "walkout") if w in text)
    at = text.find(trigger)
    verb = doc.evidence(at, at + len(trigger))
    event_id = f"{doc_id}/{verb.start}-{verb.end}"
    speakers = [m for m in mentions if m.kind == PERSON]
    for who in speakers:
        said = text.find(" said ", who.evidence.end) + len(" said ")
        end = text.find(".", said) + 1
        statements.append(
            Statement(
                doc_id, [doc.evidence(said, end)], "indirect",
                speaker_mention=who.evidence, speaker_name=who.name,
                about_events=[event_id],
            )
        )  # fmt: skip
    first = speakers[0]
    return DocResult(
        doc,
        actors=mentions,
        statements=statements,
        events=[
            Event(
                event_id, "Protest", verb, verb.text, mentions=[verb], sources=[doc_id],
                participants=[Participant(first.name, "agent", evidence=first.evidence)],
            )
        ],
    )  # fmt: skip


def _results() -> list[DocResult]:
    return [_result(n, doc_id, text) for n, (doc_id, text) in enumerate(REPORTS)]


def _held(results: list[DocResult]) -> kg_state.Spill:
    spill = kg_state.Spill()
    for r in results:
        spill.hold(r, kg_state.line(r))
    return spill


class _Model:
    lang = "en"
    meta = {"name": "core_web_sm", "version": "test"}


def _assemble(results) -> object:
    started = datetime(2026, 3, 10, tzinfo=timezone.utc)
    return pipeline.assemble(results, Settings(), [], {}, started, {"en": _Model})


def _statements(result) -> list[tuple]:
    return [
        (st.id, st.speaker, st.about_actors, st.about_events, st.text)
        for st in result.statements
    ]


def test_no_statement_is_alive_while_merging_and_linking_and_all_come_back(monkeypatch):
    spill = _held(_results())
    gc.collect()
    alive: dict[str, int] = {}
    for stage in ("merge", "link"):
        real = getattr(pipeline, stage)

        def counting(*args, _real=real, _stage=stage, **kwargs):
            alive[_stage] = sum(type(o) is Statement for o in gc.get_objects())
            return _real(*args, **kwargs)

        monkeypatch.setattr(pipeline, stage, counting)
    on_disk = _assemble(spill)
    assert alive == {"merge": 0, "link": 0}
    monkeypatch.undo()
    # every statement is back for the conflicts and the outputs, as held in memory
    in_memory = _assemble(_results())
    assert _statements(on_disk) == _statements(in_memory)
    # in the order of the articles and of their statements
    assert [st.doc_id for st in on_disk.statements] == ["dock-1", "dock-2", "dock-3", "dock-3"]
    # "Okonjo" is Maria Okonjo, the only full name of that surname in the build
    assert [st.speaker for st in on_disk.statements] == [
        "maria-okonjo", "maria-okonjo", "maria-okonjo", "peter-lindqvist",
    ]  # fmt: skip
    # each statement names the merged event that holds its article's strike
    member_of = {m: e.id for e in on_disk.events.values() for m in e.members}
    for st in on_disk.statements:
        ours = {e for m, e in member_of.items() if m.startswith(st.doc_id + "/")}
        assert len(ours) == 1
        assert st.about_events == sorted(ours)
    # the responses were read from the statements while they waited on disk
    agent = next(
        p
        for e in on_disk.events.values()
        for p in e.participants
        if p.actor == "maria-okonjo" and "dock-1" in e.sources
    )
    assert "Said that the strike at the Tilbury docks would go on" in agent.description

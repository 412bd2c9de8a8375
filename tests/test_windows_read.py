"""Resolve in two passes (issue 22, docs/cluster.md step 2): a build's table of names is
counted article by article from the results held on disk, then each article is read
whole and given its actor ids as it is read, its mentions let go at once. The
archive's mentions are never all held, and the actors are those of resolving every
result held in memory."""

from __future__ import annotations

import gc
from datetime import date, datetime, timezone

import pytest

from kg import pipeline, resolve
from kg import state as kg_state
from kg.config import Settings
from kg.errors import KgError
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

# Court reports: a lone surname in two stories with no full name anywhere (two people,
# one per story), a surname whose full name one later story gives, a union named by
# its acronym in one story and in full in another, and a name the model reads as a
# person once and an organisation twice (the vote, across stories, decides).
STORIES = (
    ("court-1", "Okafor told the tribunal in Leeds that the National Transport Union had "
     "not been consulted before the Meridian contract was signed."),
    ("court-2", "Brandt, for the operator, said Okafor had misread the NTU ballot and "
     "that Meridian would appeal the ruling."),
    ("court-3", "Lena Brandt said on Tuesday that the tribunal's ruling would cost "
     "Meridian its licence; the National Transport Union welcomed it."),
    ("court-4", "A second worker, Okafor, told reporters outside the Leeds tribunal that "
     "he had not been paid since March."),
)  # fmt: skip

NAMES = {
    "Okafor": PERSON,
    "National Transport Union": ORGANISATION,
    "NTU": ORGANISATION,
    "Brandt": PERSON,
    "Lena Brandt": PERSON,
}


def _result(n: int, doc_id: str, text: str) -> DocResult:
    doc = Document(
        doc_id, text, text, title=f"Tribunal {n}", published=date(2026, 5, 4 + n),
        path=f"/courts/{doc_id}.txt",
    )  # fmt: skip
    mentions = []
    for name, kind in NAMES.items():
        at = text.find(name)
        taken = any(m.evidence.start <= at < m.evidence.end for m in mentions)
        if at >= 0 and not taken and (name != "Brandt" or "Lena" not in text):
            mentions.append(ActorMention(doc.evidence(at, at + len(name)), kind, name))
    at = text.find("Meridian")
    if at >= 0:
        meridian = doc.evidence(at, at + len("Meridian"))
        kind = PERSON if n == 1 else ORGANISATION
        mentions.append(ActorMention(meridian, kind, "Meridian"))
    mentions.sort(key=lambda m: m.evidence.start)
    who = mentions[0]  # the first named speaks
    at = min(i for i in (text.find(" told "), text.find(" said ")) if i >= 0) + 1
    verb = doc.evidence(at, at + 4)
    said = at + 4
    return DocResult(
        doc,
        actors=mentions,
        statements=[
            Statement(
                doc_id, [doc.evidence(said + 1, len(text) - 1)], "indirect",
                speaker_mention=who.evidence, speaker_name=who.name,
            )
        ],
        events=[
            Event(
                f"{doc_id}/{verb.start}-{verb.end}", "MakeStatement", verb, verb.text,
                mentions=[verb], sources=[doc_id], place=None,
                participants=[Participant(who.name, "agent", evidence=who.evidence)],
            )
        ],
    )  # fmt: skip


def _results() -> list[DocResult]:
    return [_result(n, doc_id, text) for n, (doc_id, text) in enumerate(STORIES)]


def _held(results: list[DocResult]) -> kg_state.Spill:
    spill = kg_state.Spill()
    for r in results:
        spill.hold(r, kg_state.line(r))
    return spill


class _Model:
    lang = "en"
    meta = {"name": "core_web_sm", "version": "test"}


def _assemble(results) -> object:
    started = datetime(2026, 5, 10, tzinfo=timezone.utc)
    return pipeline.assemble(results, Settings(), [], {}, started, {"en": _Model})


def _actors(result) -> dict[str, tuple]:
    return {
        a.id: (a.name, a.kind, sorted((m.doc_id, m.start) for m in a.mentions),
               sorted(a.merge_reasons))
        for a in result.actors.values()
    }  # fmt: skip


def test_a_held_build_resolves_as_the_results_held_in_memory():
    on_disk = _assemble(_held(_results()))
    in_memory = _assemble(_results())
    assert _actors(on_disk) == _actors(in_memory)
    ids = set(on_disk.actors)
    # two stories' lone "Okafor", no full name anywhere: one actor per story
    assert {"okafor--court-1", "okafor--court-2", "okafor--court-4"} <= ids
    assert "okafor" not in ids
    # "Brandt" is Lena Brandt, whose full name a later story gives
    brandt = on_disk.actors["lena-brandt"]
    assert {m.doc_id for m in brandt.mentions} == {"court-2", "court-3"}
    assert any("surname of 'Lena Brandt'" in why for why in brandt.merge_reasons)
    # "NTU" is the union's acronym; Meridian an organisation by two votes to one
    union = on_disk.actors["national-transport-union"]
    assert {m.doc_id for m in union.mentions} == {"court-1", "court-2", "court-3"}
    assert on_disk.actors["meridian"].kind == ORGANISATION
    # speakers and participants were rewritten to the actors of their own story
    speakers = {st.doc_id: st.speaker for st in on_disk.statements}
    assert speakers == {
        "court-1": "okafor--court-1",
        "court-2": "lena-brandt",
        "court-3": "lena-brandt",
        "court-4": "okafor--court-4",
    }


def test_resolve_holds_one_articles_mentions_at_a_time(monkeypatch):
    """While the actors are made, what is alive of the articles' mentions is the
    article being assigned, not the archive's: counted at each mention resolve reads
    (its surface name, asked of every mention)."""
    results = _results()
    one = max(len(r.actors) for r in results)
    total = sum(len(r.actors) for r in results)
    spill = _held(results)
    del results
    gc.collect()
    seen: list[int] = []
    surface = resolve.surface_name

    def counting(text: str) -> str:
        seen.append(sum(type(o) is ActorMention for o in gc.get_objects()))
        return surface(text)

    monkeypatch.setattr(resolve, "surface_name", counting)
    _assemble(spill)
    assert len(seen) == total
    assert max(seen) <= one < total


def test_the_mentions_are_read_alone_and_a_damaged_line_is_named():
    results = _results()
    results[3].actors = []  # a story that names nobody: its line has no "actors"
    spill = _held(results)
    read = list(spill.mentions(["court-1", "court-4"]))
    assert [m.name for m in read[0]] == [m.name for m in results[0].actors]
    assert read[0][0].evidence == results[0].actors[0].evidence
    assert read[1] == []
    spill["court-2"] = b"not a stored line"
    with pytest.raises(KgError, match="court-2"):
        list(spill.mentions(["court-2"]))

"""What the main process holds of each article until the build is written: the stored
lines on disk, one string for the many copies of an id or a name."""

from __future__ import annotations

import json
from datetime import date

import pytest

from kg import pipeline
from kg import state as kg_state
from kg.model import PERSON, ActorMention, DocResult, Document, Event, Evidence, Participant


def _result(doc_id: str) -> DocResult:
    text = (
        "Mara Lindqvist said the port strike in Gdansk would end on Friday. "
        "Dockers voted on the offer late on Sunday."
    )
    doc = Document(doc_id, text, text, published=date(2026, 3, 2))
    who = Evidence(doc_id, 0, 14, text[0:14])
    strike = Evidence(doc_id, 29, 35, text[29:35])
    return DocResult(
        doc,
        actors=[ActorMention(who, PERSON, "Mara Lindqvist")],
        events=[
            Event(
                f"{doc_id}/29-35",
                "Protest",
                strike,
                "strike",
                mentions=[strike],
                participants=[Participant("Mara Lindqvist", "agent", evidence=who)],
                sources=[doc_id],
            )
        ],
    )


def test_the_stored_lines_wait_on_disk_and_read_back_as_given():
    results = [_result(f"wire-{n}") for n in range(50)]
    outcomes = [(r, kg_state.line(r)) for r in results] + ["wire-x.txt: could not parse"]
    errors: list[str] = []
    held, lines = pipeline._gather(iter(outcomes), errors)
    # held as their lines alone (tests/test_state_held.py)
    assert errors == ["wire-x.txt: could not parse"] and held == []
    assert not isinstance(lines, dict)  # not in memory: a file of the lines
    assert list(lines) == [r.doc.id for r in results] and len(lines) == 50
    for r, line in outcomes[:50]:
        assert lines[r.doc.id] == line
    # an article given again keeps its last line, once
    lines["wire-3"] = kg_state.line(results[7])
    assert lines["wire-3"] == kg_state.line(results[7]) and len(lines) == 50
    assert lines["wire-49"] == outcomes[49][1]
    lines.close()


def test_the_copies_of_an_id_or_a_name_in_read_back_results_are_one_string():
    results = [_result(f"wire-{n}") for n in range(3)]
    stored = kg_state.State({}, {r.doc.id: kg_state.line(r) for r in results})
    back = list(stored.results(r.doc.id for r in results))
    assert back == results  # the same values
    one, two = back[0], back[1]
    ev = one.events[0]
    assert one.actors[0].evidence.doc_id is ev.trigger.doc_id is ev.mentions[0].doc_id
    assert one.actors[0].name is ev.participants[0].actor is two.actors[0].name
    assert one.actors[0].kind is two.actors[0].kind
    assert ev.participants[0].evidence.text is two.actors[0].evidence.text
    # the article's own text is its own (long strings are not looked up)
    assert one.doc.text == two.doc.text and one.doc.text is not two.doc.text


def test_assembling_lets_go_of_each_articles_mentions_and_events_once_read():
    from datetime import datetime, timezone

    from kg.config import Settings

    class Model:  # what assemble reads of a loaded pipeline
        lang = "en"
        meta = {"name": "core_web_sm", "version": "test"}

    results = [_result(f"wire-{n}") for n in range(3)]
    whole = [(len(r.actors), len(r.events)) for r in results]
    built = pipeline.assemble(
        results, Settings(), [], {}, datetime.now(timezone.utc), {"en": Model}
    )
    # the graph has them all: every mention's evidence on its actor, every event merged
    (mara,) = [a for a in built.actors.values() if a.name == "Mara Lindqvist"]
    assert len(mara.mentions) == sum(m for m, _ in whole) == 3
    assert sorted(m for e in built.events.values() for m in e.members) == [
        f"wire-{n}/29-35" for n in range(3)
    ]
    # and the per-article results no longer hold a second copy of them
    assert all(not r.actors and not r.events for r in results)


def _pickled(result: DocResult) -> DocResult:  # as a worker's comes back to the pool
    import pickle

    return pickle.loads(pickle.dumps(result))


def _stored(result: DocResult) -> DocResult:  # as an update reads the state
    from kg.state import decode, encode

    return decode(DocResult, json.loads(json.dumps(encode(result))))


@pytest.mark.parametrize("arrive", [_pickled, _stored])
def test_equal_spans_of_one_result_are_one_evidence_and_the_result_keeps_its_value(arrive):
    result = _result("wire-7")
    made = result.events[0]  # the extractors make each place's span anew: equal, apart
    made.mentions = [result.doc.evidence(29, 35)]
    made.participants[0].evidence = result.doc.evidence(0, 14)
    assert made.trigger == made.mentions[0] and made.trigger is not made.mentions[0]
    back = kg_state.shared(arrive(result))
    assert back == result  # nothing read differs
    ev = back.events[0]
    # decoded apart, the trigger and its mention, the actor's mention and the
    # participant's evidence are each read once
    assert ev.trigger is ev.mentions[0]
    assert back.actors[0].evidence is ev.participants[0].evidence
    assert ev.trigger is not back.actors[0].evidence  # unequal spans stay apart
    # and the line an update reads back is the same bytes
    assert kg_state.line(back) == kg_state.line(result)


def test_resolved_actors_without_aliases_or_titles_share_one_empty_set():
    from kg.resolve import resolve

    results = [_result(f"wire-{n}") for n in range(2)]
    speaker = Evidence("wire-0", 90, 104, "Mara Lindqvist")
    results[0].actors.append(
        ActorMention(speaker, PERSON, "Mara Lindqvist", title="port authority chief")
    )
    actors = resolve(results)
    (mara,) = actors.values()
    assert mara.titles == {"port authority chief"}  # what was read stays a set
    assert mara.aliases == set() and not mara.countries  # reads as an empty set
    other = resolve([_result("wire-9")])["mara-lindqvist"]
    # one object for every empty one, not 216 bytes an actor and a field
    assert other.titles is other.aliases is mara.aliases is mara.countries
    assert sorted(mara.aliases) == [] and mara.titles | mara.aliases == {"port authority chief"}

"""Undated reports of what a person does once, merged on that person (issue #19).

Read in a BBC politics build (2004, undated): one Home Secretary's resignation was four
event nodes, three of them naming him as the one who resigned, in articles of one story.
A person resigns an office once in a story's days, as a person dies once; a visit or a
speech comes back, and stays apart without a date. Events built by hand, as in
tests/test_merge_sections.py."""

from __future__ import annotations

from kg.link import Stories, assess
from kg.model import Actor, Event, Evidence, Participant

ACTORS = {
    "boyd": Actor("boyd", "Ann Boyd", "person"),
    "price": Actor("price", "Tom Price", "person"),
    "rail-board": Actor("rail-board", "Rail Board", "organisation"),
    "ports-trust": Actor("ports-trust", "Ports Trust", "organisation"),
}


def _event(doc: str, kind: str, word: str, who=(), summary: str = "") -> Event:
    ev = Evidence(doc, 0, len(word), word)
    return Event(f"{doc}/0-{len(word)}", kind, ev, word, [ev], title=word, summary=summary,
                 participants=[Participant(x, r) for x, r in who], sources=[doc])  # fmt: skip


def _story(*names: str, one: bool = True) -> Stories:
    vector = {n: 1 / len(names) ** 0.5 for n in names}
    return Stories(
        of={"a": 0, "b": 0 if one else 1},
        vectors={"a": vector, "b": vector if one else {"other": 1.0}},
        published={"a": None, "b": None},
        places={"a": set(), "b": set()},
    )


RESIGNATION = _event("a", "Resignation", "resignation", [("boyd", "agent")], summary=(
    "The ruling came on the new minister's first day in office following Ann Boyd's "
    "resignation."))  # fmt: skip
RESIGNED = _event("b", "Resignation", "resigned", [("boyd", "agent")], summary=(
    "Before she resigned as transport secretary on Wednesday, Ann Boyd had been in charge "
    "of rail, roads and ports."))  # fmt: skip


def test_one_persons_resignation_told_twice_is_one_event():
    check = assess(RESIGNATION, RESIGNED, ACTORS, _story("boyd"))
    assert check.undated and check.merges, check
    assert check.evidence["vouched"] == {"doer"}


def test_two_peoples_resignations_stay_apart():
    other = _event("b", "Resignation", "resigned", [("price", "agent")], summary=(
        "Tom Price resigned as transport secretary on Wednesday."))  # fmt: skip
    assert not assess(RESIGNATION, other, ACTORS, _story("boyd", "price")).merges


def test_resigning_from_two_bodies_is_two_resignations():
    board = _event("a", "Resignation", "resigned", [("boyd", "agent"), ("rail-board", "patient")])
    trust = _event("b", "Resignation", "resigned", [("boyd", "agent"), ("ports-trust", "patient")])
    assert not assess(board, trust, ACTORS, _story("boyd")).merges


def test_another_story_or_a_recurring_kind_stays_apart():
    assert not assess(RESIGNATION, RESIGNED, ACTORS, _story("boyd", one=False)).merges
    # a visit comes back: the same named visitor in one story is no evidence of one visit
    went = _event("a", "Movement", "visited", [("boyd", "agent")], summary=(
        "Ann Boyd visited the rail depot in the morning."))  # fmt: skip
    again = _event("b", "Movement", "visit", [("boyd", "agent")], summary=(
        "Her visit to the ports drew protests from dockers."))  # fmt: skip
    check = assess(went, again, ACTORS, _story("boyd"))
    assert not check.merges and check.blocked == "undated", check


def test_what_follows_a_resignation_noun_is_not_what_was_left():
    # "Ann Boyd's resignation was a blow …": the words after the noun are its predicate
    blow = _event("a", "Resignation", "resignation", [("boyd", "agent")], summary=(
        "The opposition said Ann Boyd's resignation was a blow to the government's rail "
        "plans."))  # fmt: skip
    check = assess(blow, RESIGNED, ACTORS, _story("boyd"))
    assert check.merges and check.evidence["vouched"] == {"doer"}, check

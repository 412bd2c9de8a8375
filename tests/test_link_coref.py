"""Cross-document merging joins what its evidence joins (issue #19).

Three undated reports of one raid: the first and the second name the same commander as
the doer at the same town, the second and the third are one account in nearly the same
words, while the first and the third share only the commander (no place, no account).
Each merge rests on strong evidence of its own, so the three are one raid; a missing
piece of evidence between two reports is no evidence that they are two. A conflict
(counts of the dead that differ) still keeps reports apart, whatever joins them
through a third. Events are built by hand, texts are ours."""

from __future__ import annotations

from kg.link import Stories, assess, merge
from kg.model import Actor, Event, Evidence, Participant

ACTORS = {
    "drax": Actor("drax", "Colonel Ivo Drax", "person"),
    "velmora": Actor("velmora", "Velmora", "place"),
    "ostrin": Actor("ostrin", "Ostrin", "place"),
}
STORY = Stories(
    of=dict.fromkeys("abcd", 0),
    vectors={d: {"drax": 1.0} for d in "abcd"},
    published=dict.fromkeys("abcd"),
    places={d: {"velmora", "ostrin"} for d in "abcd"},
)


def _raid(doc: str, place: str | None, summary: str) -> Event:
    ev = Evidence(doc, 0, 6, "raided")
    return Event(f"{doc}/0-6", "UseOfForce", ev, "raid", [ev], title="raid", summary=summary,
                 participants=[Participant("drax", "agent")], place=place,
                 sources=[doc])  # fmt: skip


FIRST = _raid("a", "velmora", "Troops under Colonel Ivo Drax raided Velmora overnight, "
              "killing three people, the regional governor told reporters.")  # fmt: skip
SECOND = _raid("b", "velmora", "Colonel Ivo Drax's brigade raided Velmora before dawn, "
               "burning the grain depot and the bus station, residents said.")  # fmt: skip
THIRD = _raid("c", None, "Colonel Ivo Drax's brigade raided the town before dawn, burning "
              "its grain depot and the bus station, residents said on the radio.")  # fmt: skip
# the third report again, with a toll the first contradicts
TOLL = _raid("d", None, "Colonel Ivo Drax's brigade raided the town before dawn, "
             "killing five people and burning its grain depot and bus station, "
             "residents said.")  # fmt: skip


def _groups(events: list[Event]) -> list[list[str]]:
    merged = merge(events, ACTORS, STORY)
    return sorted(sorted(s for s in e.sources) for e in merged.values())


def test_reports_joined_by_strong_evidence_pair_by_pair_are_one_raid():
    # the premise: two of the three pairs vouch for one raid, the third lacks evidence
    assert assess(FIRST, SECOND, ACTORS, STORY).merges
    assert assess(SECOND, THIRD, ACTORS, STORY).merges
    assert assess(FIRST, THIRD, ACTORS, STORY).blocked == "undated"
    assert _groups([FIRST, SECOND, THIRD]) == [["a", "b", "c"]]


def test_a_conflict_keeps_reports_apart_whatever_joins_them():
    assert assess(FIRST, TOLL, ACTORS, STORY).blocked == "count"
    assert assess(SECOND, TOLL, ACTORS, STORY).merges
    groups = _groups([FIRST, SECOND, TOLL])
    assert not any({"a", "d"} <= set(g) for g in groups), groups


CLINIC = {
    "vale": Actor("vale", "Nina Vale", "person"),
    "harbour": Actor("harbour", "Harbourlight Treatment Center", "organisation"),
    "westmoor": Actor("westmoor", "Westmoor University", "organisation"),
}


def _stay(doc: str, summary: str) -> Event:
    ev = Evidence(doc, 0, 7, "checked")
    return Event(f"{doc}/0-7", "Movement", ev, "check", [ev], title="check", summary=summary,
                 participants=[Participant("vale", "agent")], sources=[doc])  # fmt: skip


def _pair(where: str, first: str, second: str):
    """Two undated reports of Nina Vale's stay, in one story naming her and ``where``."""
    story = Stories(of={"a": 0, "b": 0}, vectors={d: {"vale": 0.7, where: 0.7} for d in "ab"},
                    published={"a": None, "b": None}, places={})  # fmt: skip
    return assess(_stay("a", first), _stay("b", second), CLINIC, story)


def test_a_named_clinic_both_reports_name_places_an_undated_stay():
    # the parser reads a clinic's name as an organisation: still one building, one place
    check = _pair("harbour", "Singer Nina Vale has checked herself into Harbourlight "
                  "Treatment Center, her publicist told reporters.",
                  "Nina Vale checked into the Harbourlight Treatment Center after "
                  "cancelling the last dates of her tour.")  # fmt: skip
    assert check.undated and check.merges, check
    assert check.evidence["vouched"] == {"place"}


def test_an_institution_both_name_is_no_place():
    # a university acts and hosts many things: two lectures there by one guest are two
    check = _pair("westmoor", "Nina Vale checked the proofs of her memoir with students "
                  "of Westmoor University.",
                  "At Westmoor University Nina Vale checked her notes before the "
                  "evening lecture.")  # fmt: skip
    assert check.blocked == "undated", check

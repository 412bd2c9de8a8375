"""The linker on our own text: conflicting accounts of one event, kept side by side."""

from __future__ import annotations

from datetime import date

import pytest

import kg
from kg.link import polarity

TALKS = (
    "Kenya and Ethiopia resume border talks\n\n"
    "Kenya and Ethiopia held a second round of border talks in Nairobi on Tuesday.\n\n"
    "Kenyan Foreign Minister Ruth Wanjiru said the talks were going very well and that "
    "both delegations wanted a deal before the rainy season.\n\n"
    "Ethiopian Foreign Minister Dawit Bekele said there had been no progress in the talks "
    "and accused Nairobi of stalling.\n\n"
    "Kenyan Trade Minister Peter Otieno said the talks were constructive.\n"
)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I hear the negotiation itself is going very well actually", 1),
        ("there has been no “tangible” progress in the talks", -1),
        ("the talks had been constructive and promising", 1),
        ("the process has stalled and nobody is hopeful", -1),
        ("We will study the proposals and answer them in writing", 0),
        ("Kenya as well as Ethiopia sent delegations", 0),
    ],
)
def test_polarity_reads_how_an_account_judges_a_process(text, sign):
    p = polarity(text)
    assert (p > 0) - (p < 0) == sign


@pytest.fixture(scope="module")
def talks(tmp_path_factory):
    folder = tmp_path_factory.mktemp("talks")
    (folder / "talks.txt").write_text(TALKS, encoding="utf-8")
    return kg.build([folder], published=date(2025, 3, 14), progress=False)


def test_opposite_accounts_from_two_sides_are_joined_by_a_conflict(talks):
    said = {st.id: st for st in talks.statements}
    pairs = {
        tuple(sorted(talks.actors[said[x].speaker].name for x in (c.first, c.second)))
        for c in talks.conflicts
    }
    assert pairs == {("Dawit Bekele", "Ruth Wanjiru"), ("Dawit Bekele", "Peter Otieno")}
    (event,) = {c.event for c in talks.conflicts}
    assert talks.events[event].type == "Negotiate"
    for c in talks.conflicts:
        assert "no progress" in c.rationale and 0.5 < c.score <= 1.0
    # both accounts stay, attributed
    assert {"Ruth Wanjiru", "Dawit Bekele"} <= {
        talks.actors[st.speaker].name for st in talks.statements if st.speaker
    }


def test_two_ministers_of_one_government_never_conflict(talks):
    said = {st.id: st for st in talks.statements}
    for c in talks.conflicts:
        speakers = {talks.actors[said[x].speaker].name for x in (c.first, c.second)}
        assert speakers != {"Ruth Wanjiru", "Peter Otieno"}


def test_a_judgement_that_names_no_event_bears_on_the_articles_main_event(sample_build):
    # Meridian's Geneva story: Avagyan (Armenia) "The talks are going well" against
    # Rzayev (Azerbaijan) "There has been no real progress … no agreement was signed",
    # which names only the agreement, not the talks.
    result, _ = sample_build
    said = {st.id: st for st in result.statements}
    pairs = {
        frozenset(result.actors[said[x].speaker].name for x in (c.first, c.second))
        for c in result.conflicts
    }
    assert frozenset({"Lilit Avagyan", "Elchin Rzayev"}) in pairs
    assert not any("Soviet Union collapsed" in c.rationale for c in result.conflicts)


def test_one_quake_in_one_place_merges_and_another_place_stays_apart(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Quake hits Chile\n\nA powerful earthquake struck Chile on Sunday, officials said.\n",
        encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Rescuers search rubble\n\nRescuers searched the rubble after the earthquake in "
        "Chile destroyed hundreds of homes.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text(
        "Quake in Peru\n\nA strong earthquake struck Peru on Monday.\n", encoding="utf-8")
    result = kg.build([tmp_path], published=date(2025, 3, 14), progress=False)
    quakes = [e for e in result.events.values() if e.type == "Disaster"]
    by_place = {result.actors[e.place].name: sorted(e.sources) for e in quakes if e.place}
    assert by_place["Chile"] == ["a", "b"]
    assert by_place["Peru"] == ["c"]

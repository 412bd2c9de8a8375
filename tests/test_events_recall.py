"""Real events the graph missed (issue 19, point 1: every event the detector finds that
is a real event reaches the graph, without junk).

Classes found among the ECB+ gold event mentions kg missed: the finding that tells a
death ("was found dead", "his body was found"). Every text is written for the project;
each test fails without its rule, and a guard of the same shape stays out.
"""

from __future__ import annotations

from test_event_gap import run, with_word  # a text's extraction; the events of one word

LEAD = "Officials gave an update on Tuesday. "  # the sentence under test is not the first


def test_found_dead_is_one_death_told_by_both_words():
    text = LEAD + "A gang leader arrested in a dawn raid was found dead in his cell on Monday."
    found = with_word(run(text), "found")
    assert [e.type for e in found] == ["Death"]
    # one node: the finding and "dead" are mentions of the same death
    assert {m.text for m in found[0].mentions} >= {"found", "dead"}
    assert len([e for e in run(text).events if e.type == "Death"]) == 1


def test_a_body_found_tells_the_death():
    text = LEAD + "The body of the missing hiker was found by a ranger near the lake."
    assert [e.type for e in with_word(run(text), "found")] == ["Death"]


def test_a_finding_that_is_no_death_stays_out():
    # a report's finding, a verdict and things found: no death
    text = LEAD + "The inquiry found that the ward was short of nurses for months."
    assert not with_word(run(text), "found")
    text = LEAD + "Divers found the wreck of the ferry on the seabed."
    assert all(e.type != "Death" for e in with_word(run(text), "found"))
    text = LEAD + "The jury found the driver guilty of causing death by careless driving."
    assert [e.type for e in with_word(run(text), "found")] == ["Trial"]

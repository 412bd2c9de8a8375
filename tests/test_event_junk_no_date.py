"""A sentence that says no date was fixed tells no act of fixing one (issue 19): "No
date has been set for a second round" made a node "No date has been set for a second
round", typed as something that happened, beside the round itself; "Brussels is a
meeting of negotiators, not a summit" made another. A date that was set is still an act.
Texts are ours."""

from __future__ import annotations

from test_event_groups import run


def test_no_date_set_or_announced_is_no_event():
    result = run(
        "The first round ended without a deal on Tuesday. No date has been set for a "
        "second round, and no timetable was announced for the return of displaced "
        "families, officials said."
    )
    assert not [e for e in result.events if e.lemma in {"set", "announce"}]


def test_a_date_set_is_an_act():
    result = run("The electoral commission set a date for the referendum on Monday.")
    assert [e for e in result.events if e.lemma == "set"]


def test_a_place_said_to_be_a_meeting_not_a_summit_is_no_event():
    # the Brussels round is told where it is planned; a sentence that classes it, and
    # what it is set against, add no node; a raid called a massacre is still the raid
    result = run(
        "Delegations will meet in Brussels next Tuesday for a second round of talks. "
        '"Brussels is a meeting of negotiators, not a summit," an EU official said. '
        "Geneva was the venue for the first round."
    )
    assert not [e for e in result.events if {m.text for m in e.mentions} & {"summit"}]
    assert not [e for e in result.events if e.title.startswith("Brussels is")]
    assert [e for e in result.events if e.lemma in {"meet", "talk"}]
    raid = run("The raid on the village was a massacre, witnesses said.")
    assert [e for e in raid.events if e.type == "UseOfForce"]

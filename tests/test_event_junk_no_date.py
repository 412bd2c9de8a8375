"""A sentence that says no date was fixed tells no act of fixing one (issue 19): "No
date has been set for a second round" made a node "No date has been set for a second
round", typed as something that happened, beside the round itself. A date that was set
is still an act. Texts are ours."""

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

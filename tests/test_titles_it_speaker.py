"""An "it" in what a person said is never that person (issue 19): "It was still using
detention without trial, the lawyer said" told the lawyer as the one detaining, once the
junk "trial" event was dropped and the clause titled the detention. A body that speaks
still takes its "it"."""

from __future__ import annotations

from test_event_titles_held import titles  # the titles of a text's events

BEFORE = "Ministers met in London on Monday. "


def test_it_is_never_the_lawyer_who_said_it():
    found = titles(
        BEFORE + "It was still holding protesters without charge at the airport, the "
        "lawyer told reporters."
    )
    assert not any(t.lower().startswith("the lawyer") for t in found), found


def test_it_is_the_ministry_that_said_it():
    found = titles(
        BEFORE + "The ministry said it had detained two protesters at the airport on "
        "Friday."
    )
    assert any(t.startswith("The ministry detained") or t.startswith("The ministry had detained")
               for t in found), found

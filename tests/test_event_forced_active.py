"""An act someone was made to do, told in the active (issue 19): "The party forced the
defence secretary to resign" tells a resignation that took place, as the passive "was
forced to resign" does, so its headline is "The defence secretary was forced to
resign", never the plan "The defence secretary to resign"; and a thing that forces
("Floods forced …", "The scandal forced …") is a cause, no act of its own."""

from __future__ import annotations

from test_event_junk_states import found  # (type, mention word) of a text's events
from test_event_titles_read import titles


def test_the_one_forced_did_the_act_in_the_headline() -> None:
    got = titles("The party forced the transport secretary to resign on Tuesday.")
    assert "The transport secretary was forced to resign" in got, got


def test_a_perfect_keeps_its_tense_and_a_plural_its_number() -> None:
    got = titles("The strike has forced Mr Kerr to quit as chairman of the board.")
    assert any(t.startswith("Mr Kerr has been forced to quit") for t in got), got
    got = titles("Rising water forced the villagers to leave the valley on Sunday.")
    assert any(t.startswith("The villagers were forced to leave") for t in got), got


def test_a_thing_that_forces_is_no_act() -> None:
    words = [w for _, w in found("The scandal forced the mayor to step down last week.")]
    assert "forced" not in words, words


def test_a_plan_to_force_stays_a_plan() -> None:
    """The guard: only a force told as done makes its act done."""
    got = titles("The union will force the firm to close the plant in Derby.")
    assert not any("was forced" in t or "were forced" in t for t in got), got

""""In custody" after the arrest it holds (issue 19, judged seed 590: "He remains in police
custody" was an Arrest node of its own, "Police custody", beside the arrest the page told
first). The state is no second arrest; with no arrest told before it, the phrase is the
arrest's only mention and stays."""

from __future__ import annotations

from test_event_junk_states import found  # (type, mention word) of a text's events

CRASH = "A woman was seriously injured after being hit by a car in the town centre on Saturday. "


def test_custody_after_the_arrest_is_no_second_arrest():
    events = found(CRASH + "Police arrested a 32-year-old man at the scene. He remains in "
                   "police custody at this time.")  # fmt: skip
    assert ("Arrest", "arrested") in events, events
    assert "custody" not in {w for _, w in events}, events


def test_custody_after_taken_into_custody_is_no_second_arrest():
    events = found(CRASH + "A 32-year-old man was taken into custody at the scene. Police "
                   "said on Sunday that the man is still in custody.")  # fmt: skip
    assert [w for _, w in events].count("custody") <= 1, events


def test_custody_with_no_arrest_told_stays():
    events = found("Police said a 32-year-old man remains in custody after a woman was hit "
                   "by a car in Leeds on Saturday.")  # fmt: skip
    assert ("Arrest", "custody") in events, events


def test_custody_of_a_child_is_still_no_arrest():
    events = found("Police arrested the father on Monday. The boy is in the custody of "
                   "his mother.")  # fmt: skip
    assert ("Arrest", "arrested") in events, events
    assert "custody" not in {w for _, w in events}, events

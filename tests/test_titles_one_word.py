"""An act told without a doer whose only phrase is its cause ("All were arrested because
of a family connection to Gerry Conlon") titled by that cause, never the bare
"Arrest" a reader cannot tell from any other arrest (issue 19, point 5)."""

from __future__ import annotations

from test_event_titles_held import titles  # the titles of a text's events


def test_a_doerless_arrest_keeps_its_cause():
    found = titles("All were arrested because of a family connection to the bomber.")
    assert "Arrest" not in found, found
    assert any("because of a family connection to the bomber" in t for t in found), found


def test_a_doerless_detention_keeps_what_it_was_due_to():
    found = titles("They were detained due to an old feud with the landlord.")
    assert not any(len(t.split()) == 1 for t in found), found
    assert any(t.endswith("due to an old feud with the landlord") for t in found), found


def test_a_release_told_by_no_one_keeps_its_cause():
    found = titles("All were released because of a lack of evidence against them.")
    assert "Release" not in found, found
    assert any("because of a lack of evidence" in t for t in found), found


def test_a_march_keeps_the_aim_the_parser_hung_on_the_verb_above():
    # "to mark" hangs on "join", not on "march": the aim still says which march
    found = titles(
        "We hope that many residents will join us in a march to mark the tenth "
        "anniversary of the mine closure, she said."
    )
    assert "March" not in found, found
    assert any(t.startswith("March to mark the tenth anniversary") for t in found), found


def test_a_call_told_as_written_drops_its_long_reason_not_its_ask():
    # the ask with its reason runs past what a title tells as written: the ask stays
    found = titles(
        "The council leader wrote to the mayor on Monday, accusing him of a lapse of "
        'judgement and calling for him to apologise for his "short-sighted and '
        'ill-judged remarks" and withdraw them.'
    )
    assert "Call" not in found, found
    assert "Call for him to apologise" in found, found


def test_detention_keeps_the_without_that_says_what_is_wrong_with_it():
    found = titles(
        "It was still using detention without trial at Long Lartin Prison, ignoring a "
        "court ruling that this breaches basic rights, the lawyer said."
    )
    assert "Detention" not in found, found
    assert any(t.startswith("Detention without trial") for t in found), found

"""Titles of an act someone is pressed into ("to pressure Ukraine into investigating
Democrats", read on real pages as the doerless "Investigating Democrats for the political
benefit", issue 19): the one pressed would do it, told as pressed for, never done; a
pronoun pressed leaves the act without a doer rather than the presser's."""

from __future__ import annotations

from test_event_titles_held import titles  # the titles of a text's events


def test_the_one_pressed_into_an_act_would_do_it():
    found = titles(
        "Trump is accused of leveraging the aid to pressure Ukraine into investigating "
        "Democrats for his political benefit."
    )
    assert any(t.startswith("Ukraine to investigate Democrats") for t in found), found
    assert not any(t.startswith("Investigating Democrats") for t in found), found


def test_a_named_body_pressed_is_no_body_of_the_presser():
    found = titles("The White House pressed Kyiv into opening an inquiry into the company.")
    assert "Kyiv to open an inquiry into the company" in found, found
    assert not any(t.startswith("United States opened") for t in found), found


def test_a_pronoun_pressed_leaves_the_act_without_the_presser_as_doer():
    found = titles(
        "The donors pressured them into signing the deal. The White House pressed Kyiv into "
        "opening an inquiry into the company."
    )
    assert "The donors signed the deal" not in found, found
    # the inquiry is Kyiv's to open: never the White House's, never told opened
    assert not any(t.startswith(("The White House opening", "Kyiv opened")) for t in found), found

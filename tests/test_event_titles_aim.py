"""Titles of an act told as the aim of another ("opened its borders … in a move to
demand EU support", read on real pages as the doerless "Demanding EU support in Syria",
issue 19): the aim is the doer's of the verb the aim hangs on, and the verb's own title
leaves out the "in a bid" that, without its aim, ends mid-phrase."""

from __future__ import annotations

from test_event_titles_held import titles  # the titles of a text's events


def test_an_aim_told_in_a_move_is_the_doer_s_of_the_verb_it_hangs_on():
    found = titles(
        "Turkey opened its western borders on Friday to let migrants reach Europe, in an "
        "apparent move to demand EU support in Syria."
    )
    assert "Turkey to demand EU support in Syria" in found, found
    assert not any(t.startswith("Demanding") for t in found), found


def test_a_verb_title_leaves_out_the_bid_its_aim_completes():
    found = titles("The central bank cut interest rates on Tuesday in a bid to revive growth.")
    assert "The central bank cut interest rates" in found, found
    assert not any(t.endswith("in a bid") for t in found), found

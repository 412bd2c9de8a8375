"""Titles of verbs written with a hyphened prefix ("co-ordinate", "re-open"): the small
model splits them at the hyphen and takes the prefix for the verb, so a title read the
bare "co" or "re" (BBC politics: "Public and Commercial Services Union to co any
industrial action"). The title writes the whole word (issue 19)."""

from __future__ import annotations

from test_event_titles_held import titles  # the titles of a text's events


def test_a_planned_verb_after_a_prefix_is_written_whole():
    found = titles("The rail unions will co-ordinate the walkout with the bus drivers.")
    assert not any(" co " in f" {t} " for t in found), found
    assert any("to co-ordinate the walkout" in t for t in found), found


def test_a_reopening_is_no_bare_re():
    found = titles("Ministers will re-open the border crossing next week.")
    assert not any(" re " in f" {t} " for t in found), found
    assert any("to re-open the border crossing" in t for t in found), found


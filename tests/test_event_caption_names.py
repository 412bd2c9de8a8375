"""A photo caption of names is a title-case line, but its names are no headline's words:
"JPMorgan Chase" in "Jamie Dimon, CEO of JPMorgan Chase via LinkedIn" is a bank, never a
chase (it was typed Arrest on a real page). A headline's own words are still read."""

from __future__ import annotations

from test_event_junk_states import found  # (type, mention word) of a text's events

CAPTION = (
    "Bank chiefs pledged money to community groups on Monday after a week of protests.\n"
    "Jamie Dimon, CEO of JPMorgan Chase via LinkedIn\n"
    "The bank said it would give $30 million to groups working on racial justice.\n"
)


def test_a_banks_name_in_a_caption_is_no_event():
    assert "chase" not in [w for _, w in found(CAPTION)], found(CAPTION)


def test_a_headlines_words_are_still_read():
    text = "Gunman Opens Fire In Crowded Mall\nPolice said two shoppers were hurt on Sunday.\n"
    assert "UseOfForce" in [t for t, _ in found(text)], found(text)

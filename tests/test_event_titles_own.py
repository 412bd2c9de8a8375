"""A title told by the clause of an unowned object noun, cut before the noun's own words,
falls back to the noun's own headline (issue 19): the fallback used to be handed the
noun's mentions instead of its words, and the build stopped on this shape of sentence
(a call received "from" a ship "that it was being attacked"). Written for the project."""

from __future__ import annotations

from test_event_gap import run  # a text's extraction

TEXT = (
    "Officials gave an update on Tuesday. The rescue on the open sea on Sunday began at "
    '9am when the 3,000-tonne coastguard cutter HMS Valiant received a "distress call" '
    "over the VHF Channel 16 from Greek cargo vessel Marlin that it was being attacked by "
    'a smuggler "mother ship" and a speedboat about 40 nautical miles south of Crete.'
)


def test_a_clause_title_cut_before_the_noun_falls_back_to_the_noun_s_words():
    titles = [e.title for e in run(TEXT).events]
    assert all(isinstance(t, str) and t for t in titles)
    assert any("distress call" in t for t in titles)

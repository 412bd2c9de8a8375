"""An event noun that opens a sentence-case headline, before a verb in -s the parser
took for a noun (issue 19: ECB+ detection recall, nouns).

"Strong earthquake jolts southern Iran": the parse hangs "earthquake" as a modifier on
"jolts", which it reads as a plural noun, and kg dropped the quake as the modifier of a
thing. Title-case headlines are read elsewhere (``_headline``); these are in sentence
case. Every text here is written for the project; the guards are nouns before a noun
that is no verb here ("the fire trucks arrived", "the earthquake survivors").
"""

from __future__ import annotations

from test_event_gap import run, with_word  # a text's extraction; the events of one word


def test_an_event_noun_before_a_misread_verb_in_a_headline_is_an_event():
    text = "Strong earthquake jolts southern Iran\nThe quake was felt across the Gulf on Sunday."
    events = with_word(run(text), "earthquake")
    assert events and events[0].type == "Disaster", [(e.type, e.title) for e in run(text).events]
    text = "Huge blaze engulfs old paper mill\nCrews fought the flames through the night."
    assert with_word(run(text), "blaze")


def test_a_noun_before_a_noun_or_a_verb_stays_a_modifier():
    # "trucks" is a verb too ("to truck"), but a verb follows it: a noun phrase, no clause
    text = "The fire trucks arrived within minutes of the first call from the school."
    assert not with_word(run(text), "fire")
    # not at the head of its sentence: no headline subject
    text = "Residents said the earthquake jolts were felt in three towns on Sunday."
    assert not with_word(run(text), "earthquake")

"""An event noun that opens a sentence, which the model reads as a one-word person
(issue 19: ECB+ detection recall, nouns).

"Riot breaks out in Brooklyn", "Arson is suspected in the fire": the capital of the
sentence start makes the model call "Riot" and "Arson" a PERSON, and a person's name is
no event. A name is written with its capital inside sentences too, and a name speaks
("Chase said on Monday …"); an event noun does neither. Every text here is written for
the project.
"""

from __future__ import annotations

from test_event_gap import run, with_word  # a text's extraction; the events of one word


def test_an_event_noun_the_model_calls_a_person_at_a_sentence_start_is_an_event():
    text = (
        "Riot breaks out in Brooklyn after a vigil for a teenager shot by police\n"
        "Police made 40 arrests."
    )
    events = with_word(run(text), "riot")
    assert events and events[0].type == "Protest", [(e.type, e.title) for e in run(text).events]
    text = "Arson is suspected in the fire that gutted a church in Wasilla on Friday night."
    events = with_word(run(text), "arson")
    assert events and events[0].type == "Crime", [(e.type, e.title) for e in run(text).events]


def test_a_name_that_is_also_an_event_noun_stays_a_name():
    # written with its capital inside a sentence too: a name
    text = (
        "Arson was the best horse in the field on Saturday. Trainers said the colt "
        "Arson had run well all season."
    )
    assert not with_word(run(text), "arson")
    # a word that speaks is a name, never an event
    text = "Chase said on Monday that the bank would cut 500 jobs in its mortgage unit."
    assert not with_word(run(text), "chase")

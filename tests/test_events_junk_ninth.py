"""The ninth pass over real pages' junk events (issue 19): habits told with a word of
recurrence ("we meet every week", "the army holds drills each spring"), denials of
people in general ("we have never actually met", "we will not tolerate racism"), a
consequence that might befall "you" ("could land you in trouble"), what a quantified
kind was doing ("many voters were making up their minds"), the business someone ran,
what a kind of people do as a rule ("emergency managers run drills"), what is beyond
someone's power ("Unison cannot accept"), what people in general can do ("we can
mobilize") and a thing not acted on ("the scheme would not
be introduced"). Beside each,
the same words told of one happening, which must stay."""

from __future__ import annotations

import pytest
from test_event_junk_states import found  # (type, mention word) of a text's events

BEFORE = "Officials in the county said they were worried. "  # not the text's first line


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a habit: a word of recurrence in the clause
        (BEFORE + "We meet every week to discuss the budget.", "meet"),
        (BEFORE + "The army holds drills every spring near the border.", "drills"),
        (BEFORE + "April is typically when campaigns begin preparing for hurricanes.",
         "hurricanes"),
        # a denial of people in general
        (BEFORE + "But normally we don't have a hurricane in all 50 states at once.",
         "hurricane"),
        (BEFORE + "We have never actually met, the agent told the court.", "met"),
        # a consequence that might befall the reader
        (BEFORE + "Posting the photos online could land you in trouble.", "land"),
        # what a quantified kind was doing
        (BEFORE + "Many voters were making up their minds.", "making"),
        # the business someone ran
        (BEFORE + "The mother of two, who ran a business that provided food for the "
         "homeless, died on Monday.", "ran"),
        # what a kind of people do as a rule
        (BEFORE + "Emergency managers run drills on handling several catastrophes at "
         "once.", "drills"),
        # what is beyond someone's power
        (BEFORE + "This is a position that Unison cannot accept and will oppose.",
         "accept"),
        (BEFORE + "The court ruled that the government could not sue the tobacco firms.",
         "sue"),
        # what people in general are able to do
        (BEFORE + "From the re-opening of small businesses to the rehiring of workers, "
         "let's leverage this moment to think creatively about how we can mobilize to "
         "address so many issues that inhibit the creation of an inclusive economy.",
         "mobilize"),
        (BEFORE + '"By breaking that link we can arrest the criminal gangs at the heart '
         'of the trade," he said.', "arrest"),
        # a thing not acted on, with no doer
        (BEFORE + "But any individual registration scheme would not be introduced in "
         "Britain before that general election.", "introduced"),
    ],
)  # fmt: skip
def test_junk_of_the_ninth_pass_is_no_event(text: str, word: str):
    assert word not in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (BEFORE + "The army will hold drills near the border on Monday.", "drills"),
        (BEFORE + "The council met on Tuesday in the town hall.", "met"),
        (BEFORE + "The two leaders did not meet in Geneva.", "meet"),
        (BEFORE + "The union did not strike on Monday.", "strike"),
        (BEFORE + "Even after the great influx of women MPs at the 1997 general "
         "election, female MPs often say they feel stuck.", "election"),
        (BEFORE + "Police could arrest the two men on Monday.", "arrest"),
        (BEFORE + "Many protesters were marching on the palace.", "marching"),
        (BEFORE + "The mother of two died on Monday.", "died"),
        (BEFORE + "The army held drills near the border.", "drills"),
        (BEFORE + "The government sued the tobacco firms.", "sued"),
        (BEFORE + "The ceasefire could be signed next week.", "signed"),
        (BEFORE + "The army can mobilize 10,000 troops by Friday.", "mobilize"),
        (BEFORE + "The union could strike next week.", "strike"),
        (BEFORE + "But any individual registration scheme would not be introduced in "
         "Britain before that general election.", "election"),
    ],
)  # fmt: skip
def test_the_same_words_told_of_a_happening_stay(text: str, word: str):
    assert word in [w for _, w in found(text)], found(text)

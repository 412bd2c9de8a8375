"""Disaster nouns told of the kind, not of one that struck (issue 19, judged real pages
of 2026-12-07: 5 of 7 Disaster nodes were not real). A hurricane-season page's "peak
months for storms", "before a storm approaches the coast", "the possibility of dealing
with a hurricane" and a rainforest page's "fires release 500 tonnes over a typical year",
"drought could make fires so common" were Disaster nodes, and lumped into one node with
the storm the page told. A hazard talked about as a risk, a season, a habit or a
possibility is no event; beside each, the same words told of one that struck stay.
Every text is written for the project."""

from __future__ import annotations

import pytest
from test_event_junk_states import found  # (type, mention word) of a text's events

BEFORE = "Ministers met in London on Monday. "  # not the text's first line


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a season
        (BEFORE + "Flu cases could climb again during the busiest weeks for storms in late "
         "summer and early fall.", "storms"),
        # a supposed one: before it comes, whether it can, the chance of it
        (BEFORE + "Patients on ventilators would have to be moved well before a storm "
         "reaches the coast.", "storm"),
        (BEFORE + "The dry season ends in May, but that does not mean a large fire cannot "
         "start earlier.", "fire"),
        (BEFORE + "Officials are weighing the chance of facing a flood and an outbreak at "
         "the same time.", "flood"),
        (BEFORE + "Counties untouched by a disaster will lend trucks and crews to the ones "
         "hit hardest.", "disaster"),
        (BEFORE + "The governor is confident the state can handle both a major hurricane "
         "and the virus.", "hurricane"),
        # a habit of nature
        (BEFORE + "Wildfires in the region emit about 300 tonnes of smoke over a typical "
         "year, a researcher said.", "wildfires"),
        (BEFORE + "Natural disasters do not care about elections, the mayor said.",
         "disasters"),
        # a warning of what could come
        (BEFORE + "Drought and logging could make fires so frequent that the forest would "
         "turn to grass, a study warned.", "drought"),
        (BEFORE + "Councils warned there may be no help for flood victims this winter.",
         "flood"),
        # what a defence is for, whatever the tense
        (BEFORE + "The damp climate has, for centuries, protected the forest against large fires.",
         "fires"),
    ],
)  # fmt: skip
def test_a_hazard_told_of_the_kind_is_no_event(text: str, word: str):
    assert word not in {w for _, w in found(text)}, found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (BEFORE + "A fire destroyed 40 homes in Paradise on Sunday, officials said.", "fire"),
        (BEFORE + "A powerful storm is battering the coast of Cornwall, forecasters said.",
         "storm"),
        (BEFORE + "There were also floods in Kerala and an earthquake in Nepal.", "floods"),
        (BEFORE + "Heavy rain on Monday promised to bring relief to farms ravaged by "
         "bushfires.", "bushfires"),
        (BEFORE + "Firefighters contained the blaze near Sydney, but dozens of other fires "
         "are yet to be controlled.", "fires"),
        (BEFORE + "A wildfire that started on Friday has burned 5,000 acres.", "wildfire"),
        (BEFORE + "Crews worked through the night to protect homes against the fire.",
         "fire"),
        ("Strong quake rocks northern Chile\nA powerful earthquake has struck the north "
         "of Chile, officials say.", "quake"),
        (BEFORE + "The water firm has been fined for cutting supplies during a recent heat "
         "wave in Spain.", "wave"),
        (BEFORE + "The water firm has been fined for cutting supplies during a heat wave in "
         "Spain.", "wave"),
    ],
)  # fmt: skip
def test_a_hazard_that_struck_stays(text: str, word: str):
    assert ("Disaster", word) in found(text), found(text)


RELIEF_TALKS = (
    "Congress left Washington for the recess on Friday without a deal. Both parties "
    "blamed each other over the gap in relief, and lawmakers have made little progress "
    "on pandemic relief. A senator urged leaders to stay and get a deal on more relief."
)


def test_relief_as_the_topic_of_talks_is_no_act_of_giving():
    """ "The gap in relief", "progress on pandemic relief", "a deal on more relief": what
    stalled talks are about, no relief given (a page on them lumped eight such uses of
    the word into one Aid node). The same word with who gave it to whom stays."""
    assert "relief" not in {w for _, w in found(BEFORE + RELIEF_TALKS)}, found(RELIEF_TALKS)
    given = BEFORE + "The charity delivered relief to 4,000 families in Sindh on Tuesday."
    assert ("Aid", "relief") in found(given), found(given)

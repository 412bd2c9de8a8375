"""The fourteenth pass over real pages' junk events (issue 19, judged seeds 900 and 910):
a participle that only dates the event it hangs on ("a protest at the state Capitol set
for Friday" was a card "A protest set"), an -ing adjective the parser took for a verb
("a series of gaffes and misleading statements" was "Morrison misled statements about
the government's actions"), the reader's own trip on an advice page ("tips for your
latest journey" was "Latest journey") and whom a rule covers ("a negative test for most
people arriving in Spain" was "Most people arrive in Spain by air or by sea"), and what
someone died of ("died from her injuries" was a card "Ditwan Morgan's injuries" beside
her death). Beside each, the same words told of one happening, which must stay."""

from __future__ import annotations

import pytest
from test_event_junk_states import found  # (type, mention word) of a text's events

BEFORE = "Officials in the county said they were worried. "  # not the text's first line


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a participle that dates the noun it hangs on
        (BEFORE + "Local activists were busy organizing a protest at the county courthouse "
         "set for Saturday.", "set"),
        (BEFORE + "A march through the old town slated for Sunday was called off by the "
         "organisers.", "slated"),
        (BEFORE + "A vigil outside the embassy scheduled for Sunday was cancelled.",
         "scheduled"),
        # an -ing adjective before a bare noun
        (BEFORE + "Voters in the state were given misleading information and conflicting "
         "instructions.", "misleading"),
        # the reader's own
        (BEFORE + "Here are our best tips for meeting friendly locals on your latest "
         "journey.", "journey"),
        (BEFORE + "Here are our tips for staying safe on your next journey abroad.",
         "journey"),
        # whom a rule covers
        (BEFORE + "Portugal on Monday began demanding a negative test for most people "
         "arriving in the country by air.", "arriving"),
        (BEFORE + "The new rules require all travellers entering the island to stay "
         "indoors for ten days.", "entering"),
        # what someone died of: the death tells it
        (BEFORE + "The shopkeeper, who ran a food bank in the town, died from her injuries "
         "at a hospital.", "injuries"),
        (BEFORE + "The soldier succumbed to his injuries on Friday.", "injuries"),
        (BEFORE + "A rider died of his injuries in hospital on Sunday after the fall.",
         "injuries"),
    ],
)  # fmt: skip
def test_junk_of_the_fourteenth_pass_is_no_event(text: str, word: str) -> None:
    assert word not in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the event a participle dates stays, and so does a date set by someone
        (BEFORE + "Local activists were busy organizing a protest at the county courthouse "
         "set for Saturday.", "protest"),
        (BEFORE + "The vote on the budget was scheduled for May 3 by the council.",
         "vote"),
        (BEFORE + "A vigil outside the embassy scheduled for Sunday was cancelled.",
         "vigil"),
        (BEFORE + "New parking rules set by the council on Monday will take effect in "
         "June.", "set"),
        # misleading told of people, an act
        (BEFORE + "The firm was charged with misleading investors about its debts in 2019.",
         "misleading"),
        (BEFORE + "Police said he had been misleading the detectives for weeks.",
         "misleading"),
        # "your" in a quote is someone's
        (BEFORE + "\"Your strike has cost the city millions,\" the mayor told the union "
         "leaders on Monday.", "strike"),
        # people who arrived on a day
        (BEFORE + "Passengers arriving at Gatwick on Monday were stuck for hours.",
         "arriving"),
        # injuries suffered, and the death itself
        (BEFORE + "Two passengers suffered serious injuries in the crash.", "injuries"),
        (BEFORE + "The shopkeeper, who ran a food bank in the town, died from her injuries "
         "at a hospital.", "died"),
        # a trip told of someone in the story
        (BEFORE + "The minister cut short her journey through the mountains on Tuesday.",
         "journey"),
    ],
)  # fmt: skip
def test_the_same_words_told_of_a_happening_stay(text: str, word: str) -> None:
    assert word in [w for _, w in found(text)], found(text)

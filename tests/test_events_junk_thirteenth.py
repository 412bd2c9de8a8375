"""The thirteenth pass over real pages' junk events (issue 19, judged seeds 441 and 443):
what a bill is for ("bills to fund the government"), force told of words ("attacks from
Republicans", "a direct conflict with the cup final"), a feeling or a verdict told with
a participle ("was enraged to learn", "were united in relying on fear"), a sum
("totaled about $200 billion"), a market's bid ("the bid for safe-haven assets") and a
characterisation ("represent a significant retreat"). Beside each, the same words told
of one happening, which must stay."""

from __future__ import annotations

import pytest
from test_event_junk_states import found  # (type, mention word) of a text's events

BEFORE = "Officials in the county said they were worried. "  # not the text's first line


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # what a bill is for
        (BEFORE + "Congress has several ways to stop the move, including bills to fund "
         "the government past September.", "fund"),
        (BEFORE + "Two senators filed a bill to set a national target and to impose a fee "
         "on foreign purchases of American shares.", "impose"),
        # force told of words
        (BEFORE + "Attacks from Republicans have not slowed her campaign for the seat.",
         "attacks"),
        (BEFORE + "The new timetable will prevent a direct conflict with the cup final.",
         "conflict"),
        # a feeling or a bond told with a participle, a verdict of the mind
        (BEFORE + "The actor was enraged to learn that the memoir would be published.",
         "enraged"),
        (BEFORE + "Labour and the Tories were united in relying on fear.", "united"),
        (BEFORE + "The town has become consumed by the council's wish to build a stadium.",
         "consumed"),
        (BEFORE + "The inspector determined they were fakes made in a workshop abroad.",
         "determined"),
        # a sum
        (BEFORE + "Pledges from Democrats totaled about $200 billion in new spending.",
         "totaled"),
        # a market's bid
        (BEFORE + "The ensuing bid for safe-haven assets helped to steady the market.",
         "bid"),
        # a characterisation
        (BEFORE + "The new exemptions represent a significant retreat from the original "
         "plan.", "retreat"),
    ],
)  # fmt: skip
def test_junk_of_the_thirteenth_pass_is_no_event(text: str, word: str) -> None:
    assert word not in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a bill passed, an order given: acts
        (BEFORE + "The Senate passed a bill on Tuesday to fund the government.", "passed"),
        (BEFORE + "The governor issued an order to close bars across the state on Friday.",
         "close"),
        # force on bodies, places and people
        (BEFORE + "Gunmen attacked a bus carrying pilgrims near Quetta on Sunday.",
         "attacked"),
        (BEFORE + "The attack was condemned by the United Nations on Monday.", "attack"),
        (BEFORE + "Police clashed with fans outside the stadium after the final.", "clashed"),
        (BEFORE + "Attacks on aid convoys have forced the agency to halt deliveries.",
         "attacks"),
        (BEFORE + "A multiple-boat attack by pirates was foiled in the Gulf of Aden.",
         "attack"),
        # a feeling someone caused; shock at a death (ECB+ counts it)
        (BEFORE + "The verdict shocked the victim's family, their lawyer said.", "verdict"),
        (BEFORE + "Many fans were shocked to learn that the singer had died on Sunday.",
         "shocked"),
        # a sum of no figure, a bid for a firm, a named subject's present
        (BEFORE + "Comcast's bid for Sky was rejected by the board on Monday.", "bid"),
        (BEFORE + "Farmers blocked the motorway near Lyon on Monday.", "blocked"),
        # a person who marks a victory acts
        (BEFORE + "Fans marked the victory with a parade through the city on Sunday.",
         "parade"),
    ],
)  # fmt: skip
def test_the_same_words_told_of_a_happening_stay(text: str, word: str) -> None:
    assert word in [w for _, w in found(text)], found(text)

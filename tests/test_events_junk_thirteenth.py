"""The thirteenth pass over real pages' junk events (issue 19, judged seeds 441 and 443):
what a bill is for ("bills to fund the government"), force told of words ("attacks from
Republicans", "a direct conflict with the cup final"), a feeling or a verdict told with
a participle ("was enraged to learn", "were united in relying on fear"), a sum
("totaled about $200 billion"), a market's bid ("the bid for safe-haven assets"), an
act named as a kind ("imposing tariffs is a more effective way"), a course kept "since
we opened our doors", a kind a rule bans ("private gatherings are banned"), a word named
as a word ("the words shutdown and lockdown") and a "swing district". Beside each, the
same words told of one happening, which must stay."""

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
        (BEFORE + "A legal offensive against the restrictions is being waged by groups "
         "close to the president.", "offensive"),
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
        # an act as a kind, a course since something, a trend, a kind a rule bans
        (BEFORE + "Imposing tariffs on imported goods is a more effective way to cut the "
         "deficit.", "tariffs"),
        (BEFORE + "Since we opened our first store, the company has operated with fairness "
         "for all.", "operated"),
        (BEFORE + "Private gatherings are banned under the new rules.", "gatherings"),
        # a word named as a word, a swing seat
        (BEFORE + "If I were to use the words shutdown and lockdown, I would be in "
         "trouble, the adviser said.", "shutdown"),
        (BEFORE + "The group has been conducting weekly polls in swing suburban "
         "districts.", "swing"),
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
        (BEFORE + "Rebels launched an offensive against government positions near the "
         "town.", "offensive"),
        # a feeling someone caused; shock at a death (ECB+ counts it)
        (BEFORE + "The verdict shocked the victim's family, their lawyer said.", "verdict"),
        (BEFORE + "Many fans were shocked to learn that the singer had died on Sunday.",
         "shocked"),
        # a sum of no figure, a bid for a firm, a named subject's present
        (BEFORE + "Comcast's bid for Sky was rejected by the board on Monday.", "bid"),
        (BEFORE + "Farmers blocked the motorway near Lyon on Monday.", "blocked"),
        # one act judged, crews who restored power, a network that made sure of
        # something, the gatherings that were planned
        (BEFORE + "Imposing the tariffs was a mistake, the senator said.", "tariffs"),
        (BEFORE + "Since the storm, crews have restored power to 2,000 homes.", "restored"),
        (BEFORE + "Since the paper learned of the bid, its editors have made sure that "
         "reporters stay off the story.", "learned"),
        (BEFORE + "The gatherings were banned by the governor on Friday.", "gatherings"),
        # the genocide itself
        (BEFORE + "The genocide in Rwanda killed 800,000 people in 1994.", "genocide"),
    ],
)  # fmt: skip
def test_the_same_words_told_of_a_happening_stay(text: str, word: str) -> None:
    assert word in [w for _, w in found(text)], found(text)

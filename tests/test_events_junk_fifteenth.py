"""The fifteenth pass over real pages' junk events (issue 19, judged seeds 940 and 950):
a birth put before a life as its background ("Born in Ecuador, he has lived in the UK
for 24 years" was a card "Born in Ecuador"), a figure ranked against another ("edging
Italians themselves at 13.5 million" was "Edging Italians at 13.5 million"), "let that
sink in" with "in" hung on "let" (an Accident "Sinking"), whom a group is tied to ("a
public relations firm tied to the Koch network" was a card of its own), a participle
that is an adjective ("established national groups" was "National groups were
established", "a consulting firm" a Consult), a market led higher ("Leading"), a
feeling ("Yolandra Hancock's passion"), a product ("Offerings") and a game raised
("PBS taking its game to a higher level" was a Contest "Game"). Beside each, the
same words told of one happening, which must stay; and the introduction of regulations
"due to be introduced" is lawmaking, not a product launch."""

from __future__ import annotations

import pytest
from conftest import word_types
from test_event_junk_states import found  # (type, mention word) of a text's events

BEFORE = "Officials in the county said they were worried. "  # not the text's first line


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a birth as the background of a profile
        (BEFORE + "Born in Lagos, the singer moved to London at the age of nine and joined "
         "a church choir.", "born"),
        (BEFORE + "Born in Quito, the nurse has worked in Madrid for two decades.", "born"),
        # a figure ranked against another
        (BEFORE + "Visitors from Spain came in at 4.2 million last year, edging Americans "
         "at 4.1 million.", "edging"),
        (BEFORE + "Visitors from Spain came in at 4.2 million last year, edging Americans "
         "at 4.1 million.", "came"),
        # a figure of speech
        (BEFORE + "The mayor said the town had been without power for 40 hours. \"We have "
         "to let that sink in,\" she said.", "sink"),
        (BEFORE + "The mayor spoke on Friday. “We have to let that sink in – 300 hours of "
         "suffering for our families.”", "sink"),
        # whom a group is tied to
        (BEFORE + "Records show that a consulting firm tied to the donor network, Blue Arc "
         "LLC, registered the domain name on Monday.", "tied"),
        (BEFORE + "Lawyers aligned with conservative causes have filed lawsuits against "
         "three governors.", "aligned"),
        # an adjective
        (BEFORE + "As in 2010, established national groups that align with the party have "
         "sought to fuel the protests.", "established"),
        (BEFORE + "Records show that a consulting firm tied to the donor network, Blue Arc "
         "LLC, registered the domain name on Monday.", "consulting"),
        # a market led, a feeling, a product
        (BEFORE + "Bank shares have given up some gains since a strong run in May, during "
         "which they led the wider market higher.", "led"),
        (BEFORE + "The doctor combines her clinical experience with her passion for "
         "building healthy communities.", "passion"),
        (BEFORE + "Hotel chains are branching out their offerings to let guests meet local "
         "people.", "offerings"),
        # a game raised
        (BEFORE + "The broadcaster took its game to a higher level when the nation needed "
         "it most.", "game"),
        (BEFORE + "The players stepped up their game in the second half and won 3-1.",
         "game"),
    ],
)  # fmt: skip
def test_junk_of_the_fifteenth_pass_is_no_event(text: str, word: str) -> None:
    assert word not in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a birth told as news, a win by a score, a ship that sank
        (BEFORE + "A baby girl was born in the back of a taxi in Leeds on Monday.", "born"),
        (BEFORE + "The Bears edged the Lions 24-21 on Sunday.", "edged"),
        (BEFORE + "The ferry began to sink in heavy seas off the coast on Tuesday.", "sink"),
        # the group's own act, and ties someone made
        (BEFORE + "Records show that a consulting firm tied to the donor network, Blue Arc "
         "LLC, registered the domain name on Monday.", "registered"),
        (BEFORE + "The council established new rules for street parking on Monday.",
         "established"),
        (BEFORE + "The chief executive led the company into profit in 2019.", "led"),
        (BEFORE + "Leeds won their game against Hull on Sunday.", "game"),
        (BEFORE + "It was the manager who dropped the striker without consulting him.",
         "consulting"),
        (BEFORE + "The vaulter went out after deciding to come in at 5.60m on Sunday.",
         "come"),
        (BEFORE + "Investors have snapped up shares in the airline since Monday.",
         "snapped"),
        (BEFORE + "The firm's share offering raised 40 million dollars on Monday.",
         "offering"),
    ],
)  # fmt: skip
def test_the_same_words_told_of_a_happening_stay(text: str, word: str) -> None:
    assert word in [w for _, w in found(text)], found(text)


def test_regulations_due_to_be_introduced_are_lawmaking() -> None:
    text = (
        "Five public sector unions met the deputy prime minister in Gateshead on Saturday. "
        "They want the government to withdraw regulations - due to be introduced in weeks "
        "- which would raise the pension age for council workers from 60 to 65."
    )
    assert word_types(text, "introduced") == ["Legislate"]

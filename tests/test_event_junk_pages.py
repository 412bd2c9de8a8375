"""The second pass over real pages' junk events (issue 19), one class per case, on our
own text: a word quoted, a noun that names a person, talk in general, a scene, a
routine, a statistic told as an act, advice to people in general. Beside each, the
same word telling a happening, which must stay."""

from __future__ import annotations

import pytest
from test_event_junk_states import found  # (type, mention word) of a text's events


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a word quoted
        ('The site came under fire for keeping a post about "shooting" protesters.',
         "shooting"),
        # a noun that names a person
        ("Bravo's replacement Sam Curran has been one of the better bowlers this season.",
         "replacement"),
        # talk in general
        ("The talks covered a range of topics, from trade to climate.", "covered"),
        ("I ask that all of us engage in dialogue on these issues.", "dialogue"),
        # a scene
        ("At both rallies there was no distancing, with crowds of mostly men jammed into "
         "small rooms.", "jammed"),
        ("The stadium was filled with fans from the small town.", "filled"),
        # a routine
        ("Rhys James works from her studio in Cardiff.", "works"),
        ("On Wednesdays, Tinsley walks an hour to the nearest shop.", "walks"),
        # a statistic told as an act
        ("The sector had shed 106,000 jobs by April, the federation said.", "shed"),
        ("The most recent bill totaled about $300 billion.", "totaled"),
        ("The deal catapulted the share price to a record high.", "catapulted"),
        # advice to people in general
        ("We advise drivers to check the machine before inserting a card.", "inserting"),
        ("Publish news of your club by submitting a press release to the Star.", "release"),
    ],
)  # fmt: skip
def test_page_talk_is_no_event(text: str, word: str):
    assert word not in {w for _, w in found(text)}, found(text)


@pytest.mark.parametrize(
    ("text", "kind", "word"),
    [
        ('Soltan said he was "targeted" for assassination by the security services in 2014.',
         "OtherEvent", "targeted"),
        ('Dozens "Riot" Over Police Shooting Of Brooklyn Teen', "Protest", "riot"),
        ("The prime minister called the deaths 'murder' on Wednesday.", "UseOfForce",
         "murder"),
        ("Workers began the replacement of the bridge on Monday.", "OtherEvent",
         "replacement"),
        ("Kyiv and Moscow held a dialogue in Istanbul on Monday.", "Negotiate", "dialogue"),
        ("Smugglers packed the migrants into a lorry in Calais on Monday.", "OtherEvent",
         "packed"),
        ("Rhys James worked from a studio in Cardiff until 2019.", "OtherEvent", "worked"),
        ("Acme shed 140 jobs in August to cut costs.", "OtherEvent", "shed"),
        ("The car was totaled in a crash on the M4 on Monday.", "OtherEvent", "totaled"),
        ("Police urged residents to evacuate on Monday as the fire spread.", "Aid",
         "evacuate"),
        ("Election officials encourage everyone to vote in the county election on May 5.",
         "Election", "election"),
    ],
)  # fmt: skip
def test_the_same_words_telling_a_happening_stay(text: str, kind: str, word: str):
    assert (kind, word) in found(text), found(text)

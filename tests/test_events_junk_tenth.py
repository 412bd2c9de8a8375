"""The tenth pass over real pages' junk events (issue 19): a participle that qualifies
a noun ("promising preliminary results"), a start date put
first ("Starting on Sunday, the station will close"), what someone needs or wants
another to do ("we need the Supreme Court to settle this"), what must be done to a
thing ("must be approved before they can be distributed") and figures ("let that sink
in", "made X a priority"). Beside each, the same words told of one happening, which
must stay."""

from __future__ import annotations

import pytest
from test_event_junk_states import found  # (type, mention word) of a text's events

BEFORE = "Officials in the county said they were worried. "  # not the text's first line


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a participle qualifying a noun
        (BEFORE + "Three drug makers have now published promising early results from "
         "their trials.", "promising"),
        # a start date put first
        (BEFORE + "Starting on Sunday, Penn Station will close in the overnight hours.",
         "starting"),
        # a wish or a need of someone else's act
        (BEFORE + '"We need the Supreme Court to settle this matter," the mayor said.',
         "settle"),
        (BEFORE + "The unions want the government to withdraw these regulations. They "
         "met Mr Prescott on Friday.", "withdraw"),
        (BEFORE + "The paper says the cuts are needed to fund a new printing plant in "
         "Leeds. Journalists at the firm met on Friday.", "fund"),
        # a requirement
        (BEFORE + "All three vaccines must be approved by regulators before they can be "
         "widely distributed.", "approved"),
        # figures
        (BEFORE + "We have to let that sink in, the pastor told mourners.", "sink"),
        (BEFORE + "McConnell, who has made confirmation of judicial nominees a "
         "priority, spoke to reporters.", "made"),
    ],
)  # fmt: skip
def test_junk_of_the_tenth_pass_is_no_event(text: str, word: str):
    assert word not in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (BEFORE + "The volcano began erupting on Monday.", "erupting"),
        (BEFORE + "The strike, starting on Sunday, will close the station.", "strike"),
        (BEFORE + "The cable experienced downtime beginning on Saturday 8 October 2011, "
         "caused by a fault near Marseille.", "beginning"),
        (BEFORE + "The ship was sinking when the coastguard arrived.", "sinking"),
        (BEFORE + "The court must rule on the appeal by Friday.", "rule"),
        (BEFORE + "The drugs were approved by regulators on Tuesday.", "approved"),
        (BEFORE + "The Supreme Court settled the matter last year.", "settled"),
        (BEFORE + "The government withdrew the regulations on Monday.", "withdrew"),
        (BEFORE + "The council will fund a new printing plant in Leeds next year.", "fund"),
        (BEFORE + "The storm made landfall near Miami on Monday.", "made"),
    ],
)  # fmt: skip
def test_the_same_words_told_of_a_happening_stay(text: str, word: str):
    assert word in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (BEFORE + "Rebels said Turkish drones had been striking Syrian army positions "
         "near the town.", "striking"),
        (BEFORE + "The museum was blocked by striking staff on Friday.", "striking"),
    ],
)  # fmt: skip
def test_a_participle_that_is_an_act_stays(text: str, word: str):
    assert word in [w for _, w in found(text)], found(text)

"""Kinds named with an event word (issue 19, judged real pages seed 590 and 60 BBC
politics files): a kind whose examples follow ("another disaster, such as Hurricane
Michael"), an example told in the present of anyone ("such as a husband who murders his
wife"), the modifier of a bare plural case or story ("in murder cases", "most disaster
plots"), a kind urged ("encouraging violations of social distancing laws") and a count a
forecast gives ("seven to nine hurricanes"). None is one happening. Beside each, the
same words told of one occasion, which must stay."""

from __future__ import annotations

import pytest
from test_event_junk_states import found  # (type, mention word) of a text's events

BEFORE = "Ministers met in London on Monday. "  # not the text's first line


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a kind whose examples follow
        (BEFORE + "The mayor is less worried about paying for another costly disaster, "
         "such as last year's Hurricane Ida, which flooded the docks.", "disaster"),
        # the modifier of a bare plural case or story
        (BEFORE + "The panel was asked to review the defence of provocation in murder "
         "cases.", "murder"),
        (BEFORE + "But most disaster plots do not include a pandemic that drains every "
         "budget.", "disaster"),
        # an example told in the present of anyone
        (BEFORE + "The defence should not be used where someone has killed for revenge, "
         "such as a jealous husband who murders an unfaithful wife.", "murders"),
        # a kind urged
        (BEFORE + "Facebook removed some posts devoted to the protests on Monday for "
         "encouraging violations of social distancing laws.", "violations"),
        (BEFORE + "The group was banned for promoting attacks on police officers.",
         "attacks"),
        # a count a forecast gives
        (BEFORE + "The agency's forecast for 2021 includes 14 to 18 named storms, seven to "
         "nine hurricanes and three major storms.", "hurricanes"),
        (BEFORE + "The agency's forecast for 2021 includes 14 to 18 named storms, seven to "
         "nine hurricanes and three major storms.", "storms"),
        (BEFORE + "Forecasters at the university are predicting an active season with "
         "eight hurricanes and four major hurricanes.", "hurricanes"),
    ],
)  # fmt: skip
def test_a_kind_named_is_no_event(text: str, word: str):
    assert word not in {w for _, w in found(text)}, found(text)


@pytest.mark.parametrize(
    ("text", "kind", "word"),
    [
        (BEFORE + "Hurricane Laura hit Louisiana on Thursday, killing four people.",
         "Disaster", "hit"),
        (BEFORE + "Inspectors found three violations of safety rules at the plant last "
         "week.", "Crime", "violations"),
        (BEFORE + "The disaster, which flooded the docks, cost the city $2 million.",
         "Disaster", "disaster"),
        (BEFORE + "Two hurricanes hit Florida last week, the forecaster said.", "Disaster",
         "hurricanes"),
        (BEFORE + "Police named men such as a driver who attacked a cyclist in Leeds on "
         "Friday.", "UseOfForce", "attacked"),
        (BEFORE + "Facebook said the posts encouraged the protests on Saturday.", "Protest",
         "protests"),
        (BEFORE + "He was jailed in 2019 for inciting riots in Leeds last week.", "Protest",
         "riots"),
        (BEFORE + "Police found a woman shot dead in Leeds; the murder happened on "
         "Friday.", "UseOfForce", "murder"),
    ],
)  # fmt: skip
def test_the_same_words_telling_a_happening_stay(text: str, kind: str, word: str):
    assert (kind, word) in found(text), found(text)


def test_the_murder_case_against_one_man_stays():
    """A case with its article and its defendant is one case, whatever its modifier."""
    words = {w for _, w in found(
        BEFORE + "The murder case against John Smith opened at Leeds Crown Court on Monday."
    )}  # fmt: skip
    assert words & {"murder", "case"}, words

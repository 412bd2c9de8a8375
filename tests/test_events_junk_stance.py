"""Stances told with words of acts (issue 19, judged real pages, seed 461): a side
"pushed back on that idea", "pushing for a broader bill", "backing the governor's
approach", and what a stance asks for ("insisted on $2 trillion in aid", "advocated for
more funding"). No one did anything yet. Beside each, the same words told of an act or
of a dated occasion, which must stay."""

from __future__ import annotations

import pytest
from test_events_junk_modal import words  # the mention words of a text's events


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Democrats have advocated for more state funding, while Republicans have pushed "
         "back on that idea.", "pushed"),
        ("Democrats have advocated for more state funding, while Republicans have pushed "
         "back on that idea.", "funding"),
        ("The mayor said on Tuesday the council was still focused on relief, backing the "
         "governor's approach in pushing for a broader bill.", "backing"),
        ("Pelosi has insisted on $2 trillion in aid for the states.", "aid"),
        ("Democrats have pushed to extend a weekly $600 added unemployment benefit.",
         "pushed"),
        ("Jeffries said Tuesday the House was still focused on providing relief to "
         "Americans, backing Pelosi's approach in pushing for a broader bill.", "backing"),
    ],
)  # fmt: skip
def test_a_stance_told_with_words_of_acts_is_left_out(text: str, word: str) -> None:
    assert word not in words(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Police pushed back the crowd on Monday.", "pushed"),
        ("The senator pushed back against the plan in a speech on Monday.", "pushed"),
        ("Schumer is pushing for a vote on the bill.", "vote"),
        ("The company insisted on a refund and sued the airline.", "sued"),
        ("The state sent $2 trillion in aid to the cities last week.", "aid"),
        ("MPs backed the plan in a vote on Tuesday.", "vote"),
    ],
)  # fmt: skip
def test_an_act_or_a_dated_occasion_stays(text: str, word: str) -> None:
    assert word in words(text)

"""A participle that opens a list is no event (issue 19): "beginning with Matthew in 2016,
followed by …" says where a row of storms starts, and a real page's sample (seed 830) had
it as an event titled "Six Category 5 hurricanes began with Matthew". Beside it, the
same verbs told of something that began, which must stay."""

from __future__ import annotations

import pytest
from test_event_junk_states import found  # (type, mention word) of a text's events

BEFORE = "Forecasters in the region said they were worried. "  # not the text's first line


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (BEFORE + "Five major typhoons have struck the coast, beginning with Haiyan in 2013, "
         "followed by Hagupit a year later.", "beginning"),
        (BEFORE + "Three ministers have resigned since June, starting with the finance "
         "minister, followed by the home secretary in July.", "starting"),
    ],
)  # fmt: skip
def test_a_list_opener_is_no_event(text: str, word: str):
    assert word not in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (BEFORE + "The strike began with a walkout at the main plant on Monday.", "began"),
        (BEFORE + "The volcano began erupting on Monday.", "erupting"),
        (BEFORE + "The company is starting a new service with the airline next month.",
         "starting"),
    ],
)  # fmt: skip
def test_something_that_begins_stays(text: str, word: str):
    assert word in [w for _, w in found(text)], found(text)

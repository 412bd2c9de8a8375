"""A counted event noun in a place's tally keeps the place in its title (issue 19,
point 5; the judge of seed 600 read "87 deaths" from "Overall, Sri Lanka has had
20,170 cases, including 87 deaths"): "87 deaths in Sri Lanka". Only a place the text
names as the tally's holder; a tally held by "the state" or a person gains nothing."""

from __future__ import annotations

from datetime import date

import pytest

from kg import nlp
from kg.extract import extract_document
from kg.model import Document


def titles(text: str) -> dict[str, str]:
    """Each event's title by the words of its mentions."""
    text = "Health officials gave the latest figures on Tuesday. " + text
    document = Document(id="doc", text=text, source_text=text, published=date(2020, 11, 24))
    result = extract_document(next(nlp.parse([text])), document)
    return {m.text.lower(): e.title for e in result.events for m in e.mentions}


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Overall, Nepal has had 20,170 cases, including 87 deaths.", "87 deaths in Nepal"),
        ("Pakistan has recorded nearly 377,000 cases of the virus, including 7,696 deaths.",
         "7,696 deaths in Pakistan"),
        ("Since March, New Zealand has confirmed 1,600 cases, including 25 deaths.",
         "25 deaths in New Zealand"),
    ],
)  # fmt: skip
def test_a_count_in_a_places_tally_is_told_with_the_place(text: str, title: str) -> None:
    assert titles(text).get("deaths") == title, titles(text)


def test_a_tally_held_by_no_named_place_gains_no_place() -> None:
    # the same tally held by a named country is placed: the rule reads the holder
    assert titles("Peru has reported 3,000 cases, including 12 deaths.")["deaths"] == (
        "12 deaths in Peru"
    )
    for text in (
        "The state has reported 3,000 cases, including 12 deaths.",
        "The minister said he had counted 400 cases, including 9 deaths.",
    ):
        got = titles(text).get("deaths", "")
        assert " in " not in got, got

"""A bare event word's title with its time as a headline says it (issue 19, point 5; the
judge's "Release the end of the week", seed 560): a time the text writes as a noun
phrase ("the end of the week", "the fall") takes its preposition back."""

from __future__ import annotations

from datetime import date

import pytest

from kg import nlp
from kg.extract import extract_document
from kg.extract.event_groups import _dated
from kg.model import Document


def titles(text: str) -> list[str]:
    """Every event title of a text, in order."""
    document = Document(id="doc", text=text, source_text=text, published=date(2020, 9, 8))
    return [e.title for e in extract_document(next(nlp.parse([text])), document).events]


def test_a_release_at_the_end_of_the_week_keeps_its_at() -> None:
    got = titles(
        "No major economic data is due Tuesday, with most of the key figures including "
        "consumer prices set for release at the end of the week.\n"
    )
    assert "Release at the end of the week" in got, got


@pytest.mark.parametrize(
    ("when", "said"),
    [
        ("the end of the week", "at the end of the week"),
        ("the weekend", "at the weekend"),
        ("the fall", "in the fall"),
        ("the coming weeks", "in the coming weeks"),
        ("June", "in June"),
        ("Friday", "on Friday"),
        ("next week", "next week"),
        ("the day before", "the day before"),  # no preposition it surely takes: as written
    ],
)
def test_a_time_is_said_as_a_headline_says_it(when: str, said: str) -> None:
    assert _dated(when) == said

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


def test_a_bare_event_told_years_before_says_which_by_its_year() -> None:
    """The samples' "Heavy fighting" was a card of its own beside this week's shelling
    of the same village: the fighting of September 2022. A bare word's title names the
    month and year the text gives it."""
    got = titles(
        "Drones struck the border town of Melk on Monday, the army said. Melk, in the "
        "northern province, was also hit during heavy fighting in May 2019."
    )
    assert "Heavy fighting in May 2019" in got, got
    # a time with no year is no help to a bare word told as done: left out, as before
    got = titles("Heavy fighting broke out on Monday near the border, the army said.")
    assert not any(t.endswith("on Monday") for t in got), got

""""The next day" in a story told in the past is the day after, not a plan (issue 19,
item 5: a judged page's "The next morning police carried out search warrants" was
marked planned). "Next" on a time noun puts an act ahead only when its clause is not
told in the past; "talks next week", "will carry out warrants next week" and "was to be
held the next month" stay as the text tells them. Every text here is written for the
project."""

from __future__ import annotations

from datetime import date

import pytest

from kg import nlp
from kg.extract import extract_document
from kg.model import Document


def factualities(text: str, word: str) -> list[str]:
    """The factuality of each event a word of ``text`` is a mention of."""
    document = Document(id="doc", text=text, source_text=text, published=date(2025, 3, 14))
    found = extract_document(next(nlp.parse([text])), document).events
    return [e.factuality for e in found if any(m.text == word for m in e.mentions)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The next morning detectives carried out raids on two flats in Salford.", "raids"),
        ("The next day, the rebels attacked the base outside the town.", "attacked"),
        ("The two sides were held up by a storm, and the talks were held in Geneva the "
         "next day.", "talks"),
    ],
)
def test_the_next_day_of_a_past_story_is_told_done(text: str, word: str) -> None:
    assert factualities(text, word) == ["asserted"], text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Talks will be held in Geneva next week, the ministry said.", "Talks"),
        ("Detectives will carry out raids on two flats in Salford next week.", "raids"),
        ("The rebels attack the base next week, a commander told the paper.", "attack"),
    ],
)
def test_next_week_ahead_stays_planned(text: str, word: str) -> None:
    assert factualities(text, word) != ["asserted"], text

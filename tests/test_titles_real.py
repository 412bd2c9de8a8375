"""Titles of real pages' events a reader could not place (issue 19, BBC politics and
seeds 465 and 467): an event noun with no phrase of its own but a "to" clause that says
what it was for came out as one word ("March", "Rally"). The clause tells which march it
was; a noun with a phrase of its own keeps that phrase."""

from __future__ import annotations

from datetime import date

import pytest

from kg import nlp
from kg.extract import extract_document
from kg.model import Document

BEFORE = "Officials in the county said they were worried. "  # not the text's first line


def titles(text: str) -> dict[str, str]:
    """Each event's title by the words of its mentions (a mention word -> the title)."""
    document = Document(id="doc", text=text, source_text=text, published=date(2005, 3, 1))
    result = extract_document(next(nlp.parse([text])), document)
    return {m.text.lower(): e.title for e in result.events for m in e.mentions}


@pytest.mark.parametrize(
    ("text", "word", "title"),
    [
        (BEFORE + "A march to mark the anniversary of the closure of the line went ahead "
         "in Galashiels.", "march", "March to mark the anniversary of the closure of the "
         "line"),
        (BEFORE + "Two men were arrested after a protest to demand the release of the "
         "prisoners.", "protest", "Protest to demand the release of the prisoners"),
    ],
)  # fmt: skip
def test_a_bare_event_noun_is_told_with_what_it_was_for(text: str, word: str, title: str) -> None:
    assert titles(text).get(word) == title, titles(text)


@pytest.mark.parametrize(
    ("text", "word", "title"),
    [
        # a phrase of its own tells which one; the "to" clause is left out
        (BEFORE + "The march on Westminster to demand a vote went ahead on Saturday.",
         "march", "March on Westminster"),
    ],
)  # fmt: skip
def test_a_noun_with_a_phrase_keeps_its_phrase(text: str, word: str, title: str) -> None:
    assert titles(text).get(word, "").startswith(title), titles(text)

"""Titles that name no one, no place and no time told with what the event itself
gives (issue 19, point 5; the judge of seed 23 found a third of bad titles were
"Guards have fired tear gas into crowds", "A million people have been displaced":
full clauses of which a reader can place nothing). A short phrase of the event's own
verb that holds a date or a place's name, else the event's place or time, is added;
nothing the text does not give, and a title that names something is left alone."""

from __future__ import annotations

from datetime import date

from kg import nlp
from kg.extract import extract_document
from kg.model import Document


def titles(text: str) -> dict[str, str]:
    """Each event's title by the words of its mentions."""
    document = Document(id="doc", text=text, source_text=text, published=date(2020, 9, 6))
    result = extract_document(next(nlp.parse([text])), document)
    return {m.text.lower(): e.title for e in result.events for m in e.mentions}


def test_a_date_phrase_of_the_verb_dated_the_nameless_title() -> None:
    # "near Kenya's northern border" hangs on "October": the phrase is cut before it
    got = titles(
        "The agency said on Monday that half a million people have been displaced "
        "since October near Kenya's northern border."
    )
    assert got["displaced"] == "Half a million people have been displaced since October", got


def test_the_events_place_goes_into_a_nameless_title_of_verb_and_object() -> None:
    # the verb and its object stay one event: the place is added once both are joined
    got = titles("In Tbilisi, the opposition has called a rally.")
    assert got["called"] == "The opposition has called a rally in Tbilisi", got
    assert got["rally"] == got["called"], got


def test_nothing_is_added_when_the_text_gives_no_place_or_date() -> None:
    got = titles("Farmers blocked the roads with tractors and burned tyres overnight.")
    assert "blocked" in got and " in " not in got["blocked"], got


def test_a_title_that_names_a_place_is_left_alone() -> None:
    got = titles(
        "Riot police fired tear gas at protesters outside the parliament in Warsaw "
        "on Tuesday."
    )
    assert got["fired"].endswith("outside the parliament in Warsaw"), got

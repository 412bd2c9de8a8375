"""Two events of one article never share a title (issue 19): a burglary and an arson
both told by the clause "… charged with burglary and arson" make two cards a reader
cannot tell apart. On text we write; what tells them apart is their own words (the
row cut to the event's noun), never a counter like "(2)"."""

from __future__ import annotations

from datetime import date

from kg import nlp
from kg.extract import extract_document
from kg.model import Document, Event


def events(text: str) -> list[Event]:
    document = Document(id="doc", text=text, source_text=text, published=date(2025, 3, 14))
    return extract_document(next(nlp.parse([text])), document).events


def told_apart(text: str) -> tuple[list[Event], list[str]]:
    """The events of a text and their titles, checked to be all different."""
    found = events(text)
    titles = [e.title for e in found]
    assert len({t.lower() for t in titles}) == len(titles), titles
    assert not any("(2)" in t for t in titles), titles
    return found, titles


def by_lemma(found: list[Event], lemma: str) -> Event:
    return next(e for e in found if e.lemma == lemma)


def test_two_crimes_in_one_charge_are_told_each_by_its_own_word():
    found, titles = told_apart(
        "Two teenagers were arrested in Leeds on Friday and later charged with burglary and arson."
    )
    burglary, arson = by_lemma(found, "burglary").title, by_lemma(found, "arson").title
    assert "burglary" in burglary and "arson" not in burglary, titles
    assert "arson" in arson and "burglary" not in arson, titles


def test_a_row_cut_short_by_the_title_is_still_told_apart():
    # "… charged on Tuesday with attempted murder and robbery" ends the title mid-row
    found, titles = told_apart(
        "A 23-year-old man from Croydon was charged on Tuesday with attempted murder and "
        "robbery in the first degree after a shopkeeper was attacked during a raid on his store."
    )
    robbery = by_lemma(found, "robbery").title
    assert robbery.endswith("with robbery"), titles
    assert "murder" in by_lemma(found, "murder").title.lower(), titles


def test_a_noun_told_by_the_clause_of_its_verb_takes_its_own_words():
    # "played" and "matches" came out as two events, both "Kofi Mensah played in six
    # matches": the verb's event keeps the clause, the noun's is told by its own phrase
    found, titles = told_apart(
        "Kofi Mensah, a junior from Accra, was a goalkeeper for the college team and played "
        "in six matches during his first season, the coach said."
    )
    assert by_lemma(found, "play").title == "Kofi Mensah played in six matches", titles

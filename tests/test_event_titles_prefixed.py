"""Titles of verbs written with a hyphened prefix ("co-ordinate", "re-open"): the small
model splits them at the hyphen and takes the prefix for the verb, so a title read the
bare "co" or "re" (BBC politics: "Public and Commercial Services Union to co any
industrial action"), and an act told by the last piece too ("elected", an Election) was
told twice, once as an untyped "re". The title writes the whole word, and a typed last
piece alone tells the act (issue 19)."""

from __future__ import annotations

from datetime import date

from test_event_titles_held import titles  # the titles of a text's events

from kg import nlp
from kg.extract import extract_document
from kg.model import Document, Event


def test_a_planned_verb_after_a_prefix_is_written_whole():
    found = titles("The rail unions will co-ordinate the walkout with the bus drivers.")
    assert not any(" co " in f" {t} " for t in found), found
    assert any("to co-ordinate the walkout" in t for t in found), found


def test_a_reopening_is_no_bare_re():
    found = titles("Ministers will re-open the border crossing next week.")
    assert not any(" re " in f" {t} " for t in found), found
    assert any("to re-open the border crossing" in t for t in found), found


def events(text: str) -> list[Event]:
    document = Document(id="doc", text=text, source_text=text, published=date(2025, 3, 14))
    return extract_document(next(nlp.parse([text])), document).events


def test_a_prefixed_verb_with_an_untyped_piece_is_titled_whole():
    # "operate" alone has no type: the prefix stays the trigger, its title the whole word
    found = events("The two agencies will co-operate on the fraud inquiry.")
    assert any("to co-operate on the fraud inquiry" in e.title for e in found), found


def test_a_re_election_is_one_election_not_a_bare_re():
    # the parse makes "re" the verb and "elected" its clause: one act, told once
    found = events("Mayor Tom Hardy was re-elected as leader of the council on Thursday.")
    assert not any(e.lemma == "re" for e in found), [(e.title, e.lemma) for e in found]
    assert [e.type for e in found if e.lemma == "elect"] == ["Election"], found


def test_a_return_to_the_squad_is_told_once_by_its_move():
    found = events("Defender Luis Ortega fought back this summer to re-enter the national squad.")
    assert not any(e.lemma == "re" for e in found), [(e.title, e.lemma) for e in found]
    assert any(e.type == "Movement" and "to re-enter the national squad" in e.title for e in found)


def test_a_prefixed_verb_heading_no_clause_of_its_own_keeps_the_subject():
    # "re" hung on "was", the subject only on it: the prefix's event stays, titled whole
    found = events("Councillor Anna Kowalski was re-elected to the county board on Friday.")
    assert any(t.title.startswith("Anna Kowalski re-elected") for t in found), found


def test_a_prefixed_verb_keeps_its_whole_word_as_lemma():
    # the parse makes "co"/"re" the verb: the event's lemma is the word, not the prefix
    found = events("The rail unions will co-ordinate the walkout with the bus drivers.")
    found += events("Forty singers re-recorded the charity song in a London studio on Monday.")
    lemmas = {e.lemma for e in found}
    assert not lemmas & {"co", "re"}, lemmas
    assert {"co-ordinate", "re-record"} <= lemmas, lemmas

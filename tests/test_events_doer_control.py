"""The doer of an act one is made or expected to do, and of an act told before its doer
is named: "Ms Hughes was forced to resign" (the passive's subject resigns), "the party
forced Ms Hughes to resign" (the object does), "Before he resigned …, David Blunkett
had …" (a profile opening on a pronoun names its person right after). Without a doer
two people's resignations in one article read as one; with one they stay apart. Beside
them, a pronoun with a person named before it, or of the other gender, is not taken."""

from __future__ import annotations

from datetime import date

from kg import nlp
from kg.extract import extract_document
from kg.model import Document

PUBLISHED = date(2025, 3, 14)


def _events(text: str) -> list[tuple[str, set[tuple[str, str]]]]:
    """(type, {(role, actor)}) of every event of the text."""
    document = Document(id="doc", text=text, source_text=text, published=PUBLISHED)
    result = extract_document(next(nlp.parse([text])), document)
    return [(e.type, {(p.role, p.actor) for p in e.participants}) for e in result.events]


def _resigners(text: str) -> list[set[str]]:
    return [{a for r, a in ps if r == "agent"} for t, ps in _events(text) if t == "Resignation"]


def test_the_subject_of_a_passive_made_to_act_is_the_doer():
    text = (
        "Having lost the backing of the party, Ms Joan Pratley was forced to resign in "
        "March over the housing row."
    )
    assert _resigners(text) == [{"Joan Pratley"}], _events(text)


def test_the_object_of_an_active_made_to_act_is_the_doer():
    text = "The party forced Joan Pratley to resign in March."
    assert _resigners(text) == [{"Joan Pratley"}], _events(text)


def test_a_pronoun_ahead_of_its_person_is_that_person():
    text = (
        "Before he resigned as transport secretary on Monday, Tom Varley had run the "
        "department for six years."
    )
    assert _resigners(text) == [{"Tom Varley"}], _events(text)


def test_two_resignations_stay_apart():
    text = (
        "Before he resigned as transport secretary on Monday, Tom Varley had run the "
        "department for six years. He was close to the former housing minister Joan "
        "Pratley. Having lost his backing, Ms Pratley was forced to resign in March over "
        "the housing row."
    )
    assert sorted(map(sorted, _resigners(text))) == [["Joan Pratley"], ["Tom Varley"]], _events(
        text
    )


def test_a_pronoun_of_the_other_gender_or_named_before_is_not_taken():
    other = "Before she resigned in May, Peter Collins had praised her work."
    assert _resigners(other) == [set()], _events(other)
    before = "Anna Reed met Mark Dunn on Monday. Before she resigned, Mark Dunn praised her."
    assert _resigners(before) == [{"Anna Reed"}], _events(before)


def test_the_object_of_a_verb_that_makes_no_one_act_is_not_the_doer():
    text = (
        "Ministers want to cut the final salary scheme, prompting unions representing "
        "2.3m workers to threaten joint action."
    )
    doers = {a for t, ps in _events(text) if t == "Threaten" for r, a in ps if r == "agent"}
    assert not any("workers" in a for a in doers), _events(text)

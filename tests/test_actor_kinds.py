"""One kind per actor name in a document, on text we write: the small model reads
"Chad" as a country in one sentence and as a person in the next, and the extractors
must not take whichever reading came last (issues 19 and 23)."""

from __future__ import annotations

from kg import nlp
from kg.extract import extract_document
from kg.extract.actors import ActorIndex, vote_kinds
from kg.model import (
    COUNTRY,
    DESCRIPTION,
    NAME,
    ORGANISATION,
    PERSON,
    ActorMention,
    Document,
    Evidence,
)

CHAD = (
    "Rescuers reached villages in eastern Chad on Friday. Chad has asked for food aid, "
    "and the United Nations said Chad would receive it next week."
)
JORDAN = (
    "Jordan closed its border with Syria on Monday. Officials in Amman said Jordan would "
    "reopen the crossing once the fighting stopped. Jordan said the decision was temporary."
)
GOLFER = (
    "Michael Jordan played golf in Florida on Sunday. Jordan said he would return to the "
    "course next year."
)


def _index(text: str) -> ActorIndex:
    document = Document(id="t", text=text, source_text=text)
    return ActorIndex(next(nlp.parse([text])), document)


def test_a_country_read_once_as_a_person_stays_a_country_for_the_extractors() -> None:
    index = _index(CHAD)
    assert index.kind_of["Chad"] == COUNTRY
    assert {m.kind for m in index.mentions if m.name == "Chad"} == {COUNTRY}


def test_a_country_the_model_reads_as_a_person_first_is_the_country_and_says_why() -> None:
    index = _index(JORDAN)
    assert index.kind_of["Jordan"] == COUNTRY
    first = next(m for m in index.mentions if m.evidence.text == "Jordan")
    assert first.kind == COUNTRY and "country table" in (first.reason or "")
    document = Document(id="t", text=JORDAN, source_text=JORDAN)
    result = extract_document(next(nlp.parse([JORDAN])), document)
    assert {m.kind for m in result.actors if m.name == "Jordan"} == {COUNTRY}


def test_a_surname_that_is_also_a_country_stays_the_person() -> None:
    index = _index(GOLFER)
    assert index.kind_of["Michael Jordan"] == PERSON
    assert "Jordan" not in index.kind_of
    assert all(m.name == "Michael Jordan" for m in index.mentions if m.kind == PERSON)


def _mention(name: str, kind: str, at: int, form: str = NAME) -> ActorMention:
    return ActorMention(Evidence("d", at, at + len(name), name), kind, name, form=form)


def test_the_majority_reading_wins_not_the_last() -> None:
    mentions = [
        _mention("Huawei", ORGANISATION, 0),
        _mention("Huawei", ORGANISATION, 40),
        _mention("Huawei", PERSON, 90),
    ]
    assert vote_kinds(mentions) == {"Huawei": ORGANISATION}
    # descriptions count half: three of them do not outvote two names
    mentions = [
        _mention("Ana Lopez", PERSON, 0),
        _mention("Ana Lopez", PERSON, 20),
        _mention("Ana Lopez", ORGANISATION, 30, DESCRIPTION),
        _mention("Ana Lopez", ORGANISATION, 60, DESCRIPTION),
        _mention("Ana Lopez", ORGANISATION, 90, DESCRIPTION),
    ]
    assert vote_kinds(mentions) == {"Ana Lopez": PERSON}

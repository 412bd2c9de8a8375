"""Negated, supposed and generic non-events (issue 19), on our own text: an event noun
said not to exist ("there's no rental assistance left") or "any" one at all ("we will
cooperate fully with any investigation"), one option of an alternative put to "you"
("you can X, or you can Y"), and a kind of behaviour told as "would be V-ing". Beside
each, the same words told of a happening, which must stay."""

from __future__ import annotations

from datetime import date

import pytest

from kg import nlp
from kg.extract import extract_document
from kg.model import DocResult, Document

PUBLISHED = date(2025, 3, 14)


def run(text: str) -> DocResult:
    document = Document(id="doc", text=text, source_text=text, published=PUBLISHED)
    return extract_document(next(nlp.parse([text])), document)


def words_of(text: str) -> set[str]:
    """The mention words of every event of the text, lower-cased."""
    return {m.text.lower() for e in run(text).events for m in e.mentions}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a noun said not to exist
        ("With hotel jobs wiped out by the closures, the shelter's pantry is empty and "
         "there's no rental assistance left.", "assistance"),
        # "any" one at all, in a promise to cooperate
        ("“While we are still learning the facts, we will cooperate fully with any "
         "investigation and we stand ready to help students who may be affected,” the "
         "college said.", "investigation"),
        # one option of an alternative put to "you"
        ("“My advice to the ministry would be, ‘You can appeal this ruling in court and ask "
         "us for support, or you can kidnap the cousins of British journalists, in which "
         "case you can forget about aid,’” the senator said.", "kidnap"),
        # a kind of behaviour, "would be V-ing"
        ("The worst habit, the researcher said, would be checking in at every café you "
         "visit.", "checking"),
        ("Location tracking that could land you in trouble would be checking in at every "
         "bar you visit, the privacy adviser said.", "checking"),
    ],
)
def test_non_event_left_out(text: str, word: str) -> None:
    assert word not in words_of(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a denial of a named actor's act is news
        ("Azerbaijan did not cross into Armenian territory, the defence ministry in Baku "
         "said on Tuesday.", "cross"),
        # the same nouns and verbs told of happenings
        ("Police opened an investigation into the fire at the warehouse in Leeds on "
         "Monday.", "investigation"),
        ("The council approved rental assistance for 300 families in Dayton on Monday.",
         "assistance"),
        ("Gunmen kidnapped the cousins of two British journalists in Sinaloa last week.",
         "kidnapped"),
        # "any" with its own target is a threatened act
        ("Israel warned that any attack on Beirut would be met with force.", "attack"),
        # "would be V-ing" with a doer is a plan
        ("The defence minister said the army would be withdrawing troops from the border "
         "next week.", "withdrawing"),
    ],
)
def test_event_kept(text: str, word: str) -> None:
    assert word in words_of(text)

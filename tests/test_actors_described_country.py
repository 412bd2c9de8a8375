"""A description's nationality must be its company's (issue 19).

"The Italian company" resolved to the only firm named, Repsol, though the text had
called Repsol a Spanish oil firm: its country was read only from its name or the
entity table, never from the description the text gave it. The text's own
description now places it, so "the Italian company" is no Spanish firm and "the
Spanish company" still is Repsol. Companies and people here are our own."""

from __future__ import annotations

from kg import nlp
from kg.extract import extract_document
from kg.model import Document


def referred(text: str) -> dict[str, str]:
    """Each description or pronoun actor mention -> the actor it names."""
    doc = Document(id="t", text=text, source_text=text)
    found = extract_document(next(nlp.parse([text])), doc).actors
    return {m.evidence.text: m.name for m in found}


def test_the_italian_company_is_not_the_spanish_firm_the_spanish_one_is() -> None:
    text = (
        "Spanish oil firm Repsol rejected a takeover offer on Monday. The Italian company "
        "said it would try again next year."
    )
    assert referred(text).get("The Italian company") != "Repsol"
    same = text.replace("The Italian company said it would try again next year", "The "
                        "Spanish company said it would fight the bid")
    assert referred(same).get("The Spanish company") == "Repsol"


def test_the_speaker_of_the_italian_company_is_no_spanish_firm() -> None:
    text = (
        "Spanish oil firm Repsol rejected a takeover offer on Monday. The Italian company "
        "said it would try again next year."
    )
    doc = Document(id="t", text=text, source_text=text)
    found = extract_document(next(nlp.parse([text])), doc).statements
    assert [s.speaker_name for s in found if s.cue and s.cue.text == "said"] != ["Repsol"]

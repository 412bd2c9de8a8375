"""Pronouns (issue 19): a possessive in a phrase that opens its sentence belongs to the
person named as that sentence's subject just after it. In an ECB+ report "Following his
arraignment in New Bedford District Court today, Mr. Gomes was ordered held without
bail" gave "his" to the spokesman named in the sentence before, and the arraignment
lost its accused. Stories we write, invented people."""

from __future__ import annotations

from kg import nlp
from kg.extract import extract_document
from kg.model import Document

COURT = (
    "A spokesman for the district attorney, Paul Grady, said the woman had been "
    "stabbed several times.\n\n"
    "Following his arraignment in Harbour District Court today, Mr. Vance was "
    "ordered held without bail.\n\n"
    "After her speech in Leeds on Friday, Ms Okafor met party workers.\n"
)


def _names(text: str) -> dict[tuple[str, int], str]:
    document = Document(id="court", text=text, source_text=text)
    result = extract_document(next(nlp.parse([text])), document)
    return {(m.evidence.text, m.evidence.start): m.name for m in result.actors}


def test_a_fronted_his_is_the_subject_named_after_it() -> None:
    names = _names(COURT)
    assert names.get(("his", COURT.index("his arraignment"))) == "Vance"


def test_a_fronted_her_is_the_subject_named_after_it() -> None:
    names = _names(COURT)
    assert names.get(("her", COURT.index("her speech"))) == "Ms Okafor"

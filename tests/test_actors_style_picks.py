"""Actors (issue 19): a style before a surname picks the one full name of the story it
fits. d2 kept "Mrs Howard" apart from Michael Howard; but where a story names two people
of one surname, a man and a woman, the styled surname stayed a person of its own: in an
ECB+ report "Miss Jenkin" was neither John Jenkin, the accused, nor Kathryn Jenkin, his
sister, and "Ms. Gomes" neither Gary nor Catherine Gomes, so "his" skipped her to the
spokesman and the arraignment lost its accused (ECB+ dev cross-document 0.385 -> 0.382).
Stories we write, invented people."""

from __future__ import annotations

from kg import nlp
from kg.extract import extract_document
from kg.model import Document

MURDER = (
    "Daniel Pryce, 24, of Millom, has been charged with the murder of his mother and "
    "sister. Laura Pryce, 19, and her mother Alice Rowe, 55, were found on Saturday.\n\n"
    "Ms. Pryce was a nursing student in Leeds.\n\n"
    "Prosecutors said Mr Pryce had planned the attack for weeks.\n"
)


def _names(text: str) -> dict[tuple[str, int], str]:
    document = Document(id="murder", text=text, source_text=text)
    result = extract_document(next(nlp.parse([text])), document)
    return {(m.evidence.text, m.evidence.start): m.name for m in result.actors}


def test_a_womans_style_picks_the_woman_of_two_full_names() -> None:
    names = _names(MURDER)
    ms = MURDER.index("Ms. Pryce") + len("Ms. ")
    assert names[("Pryce", ms)] == "Laura Pryce"


def test_a_mans_style_picks_the_man_of_two_full_names() -> None:
    names = _names(MURDER)
    mr = MURDER.index("Mr Pryce") + len("Mr ")
    assert names[("Pryce", mr)] == "Daniel Pryce"

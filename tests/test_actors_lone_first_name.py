"""Actors (issue 19): a person named by a lone first name has that name's gender. On a
BBC politics build "Michael Howard's ex-model wife, Sandra, is to play a leading role
… accompanying her husband on his helicopter campaign trail" gave "his" to Sandra: a
name of one word took no gender from the first-name table, so she, the later subject,
could be "he". A lone word that is the surname of a full name in the story ("Howard")
is still no first name. Stories we write, invented people."""

from __future__ import annotations

from kg import nlp
from kg.extract import extract_document
from kg.model import Document

TOUR = (
    "Opposition leader Martin Hale's wife, Sandra, is to play a leading role in the "
    "party's election campaign.\n\n"
    "Mrs Hale will make solo visits to target seats as well as accompanying her husband "
    "on his bus tour of the marginal seats, party chairman Peter Lund said.\n"
)


def _names(text: str) -> dict[tuple[str, int], str]:
    document = Document(id="tour", text=text, source_text=text)
    result = extract_document(next(nlp.parse([text])), document)
    return {(m.evidence.text, m.evidence.start): m.name for m in result.actors}


def test_his_after_a_wife_named_by_first_name_is_the_husband() -> None:
    names = _names(TOUR)
    his = TOUR.index("his bus")
    assert names.get(("his", his)) == "Martin Hale"



def test_a_first_name_given_to_both_sexes_takes_no_gender() -> None:
    # A web page: with "Dylan" read as a man's name, "she" and "her" skipped Dylan Farrow
    # and went to her father ("Woody Allen was abused", "Woody Allen's allegations")
    text = (
        "Corin Vale has long denied abusing his daughter Dylan Marsh. Dylan has said in "
        "recent years that she was abused, and her allegations have been embraced."
    )
    names = _names(text)
    for word in ("she was", "her allegations"):
        assert "Dylan" in names.get((word.split()[0], text.index(word)), ""), names

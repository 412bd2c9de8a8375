"""Companies the small model reads as people or as their country, on text we write
(issue 23): a one-word company name tagged as a person though the text calls it an
airline, and "it" after "Norwegian budget airline, Fjordair," taken for Norway."""

from __future__ import annotations

from kg import nlp
from kg.extract.actors import ActorIndex
from kg.model import GROUP, ORGANISATION, Document


def _mentions(text: str) -> list[tuple[str, str, str]]:
    """(text, kind, name) of every actor mention of ``text``, in order."""
    index = ActorIndex(next(nlp.parse([text])), Document(id="t", text=text, source_text=text))
    return [(m.evidence.text, m.kind, m.name) for m in index.mentions]


def test_a_name_the_text_calls_an_airline_is_an_organisation() -> None:
    """ "Mexican budget airline Volaris": whatever the recogniser made of the name, the
    text says it is a company, and its "its" is then the company's."""
    found = _mentions(
        "Volaris said on Monday that its profits fell. Mexican budget airline Volaris "
        "blamed the weak peso.\n"
    )
    assert {kind for _, kind, name in found if name == "Volaris"} == {ORGANISATION}
    assert ("its", ORGANISATION, "Volaris") in found


def test_a_person_with_a_company_word_in_the_title_stays_a_person() -> None:
    """ "camera operator John Hale": a first name opens the name, so the office word
    does not make him a company."""
    found = _mentions("Camera operator John Hale said the crew was safe.\n")
    assert {kind for _, kind, name in found if name == "John Hale"} == {"person"}


def test_it_after_a_national_airline_is_the_airline_not_the_country() -> None:
    """ "Norwegian budget airline, Fjordair, said … it": the airline named beside the
    subject, not Norway; "Iranian officials … they" is still the officials."""
    found = _mentions(
        "Norwegian budget airline, Fjordair, said on Tuesday that it had cancelled 40 flights.\n"
    )
    assert ("it", ORGANISATION, "Fjordair") in found
    officials = _mentions("Iranian officials said they would not attend the talks.\n")
    assert ("they", GROUP, "Iranian officials") in officials


def test_we_quoted_from_a_spokeswoman_named_again_by_surname_is_her_company() -> None:
    """ "Spokeswoman Sandy Marsh" first, then '"We have cut our design effort," said
    Marsh': the surname carries no title, but the person holds a company office, so
    the quote's "We" and "our" are the company the story is about."""
    found = _mentions(
        "Harlow Aircraft has delayed its new jet by two years. Spokeswoman Sandy Marsh "
        "said the design team had been merged into another unit. Harlow Aircraft said "
        'airlines wanted lower fuel costs. "We have cut our design effort and are '
        'focusing on engines," said Marsh.\n'
    )
    assert ("We", ORGANISATION, "Harlow Aircraft") in found
    assert ("our", ORGANISATION, "Harlow Aircraft") in found


def test_which_after_a_description_is_the_company_it_describes() -> None:
    """ "The airline, which is the third largest in the country,": the relative pronoun
    is the airline the description names, as after the name itself."""
    found = _mentions(
        "Nordlys Airways said on Thursday that it had signed a contract for twenty jets. "
        "The airline, which is the third largest in Norway, signed the deal in Paris.\n"
    )
    assert ("which", ORGANISATION, "Nordlys Airways") in found

"""Words inside a law's title are no events.

Indian and other news pages list a law by its full title, often on a line of its own:
"The Farmers (Empowerment and Protection) Agreement on Price Assurance …  Act, 2020".
The detector read "Promotion" in such a title as an appointment and "Agreement" as a
deal. Every text here is written for the project; the guards keep the same words as
events when they name an act ("the promotion of the colonel", "reached an agreement"),
a law may still be the object of a real event ("voted to repeal the … Act"), and a
title-case headline's own events ("Senate Vote on Farm Bill") stay.
"""

from __future__ import annotations

from datetime import date

from kg import nlp
from kg.extract import extract_document
from kg.extract.events import _law_name_word
from kg.model import DocResult, Document

PUBLISHED = date(2025, 3, 14)

LISTED = (
    "Dairy farmers blocked the highway on Sunday against three new laws passed in September:\n"
    "The Milk Producers' Trade and Marketing (Promotion and Facilitation) Act, 2021\n"
    "The Dairy Farmers (Empowerment and Protection) Agreement on Price Assurance and "
    "Cattle Services Act, 2021\n"
    "The Essential Feeds (Amendment) Act, 2021\n"
)


def run(text: str) -> DocResult:
    document = Document(id="doc", text=text, source_text=text, published=PUBLISHED)
    return extract_document(next(nlp.parse([text])), document)


def triggers(result: DocResult) -> set[tuple[str, str]]:
    return {(e.type, m.text) for e in result.events for m in e.mentions}


def test_titles_on_their_own_lines_hold_no_event() -> None:
    found = triggers(run(LISTED))
    assert ("Appointment", "Promotion") not in found
    assert not any(text == "Agreement" for _, text in found), found
    assert any(text == "blocked" for _, text in found), found  # the protest itself stays


def test_titles_inside_a_sentence_hold_no_event() -> None:
    text = (
        "Dairy farmers blocked the highway on Sunday against the Milk Producers' Trade and "
        "Marketing (Promotion and Facilitation) Act, 2021, and the Dairy Farmers "
        "(Empowerment and Protection) Agreement on Price Assurance and Cattle Services "
        "Act, 2021."
    )
    found = triggers(run(text))
    assert not any(text in {"Promotion", "Agreement"} for _, text in found), found
    assert any(text == "blocked" for _, text in found), found


def test_a_bill_title_naming_an_appointment() -> None:
    text = (
        "The Veterans' Housing (Appointment and Removal of Trustees) Bill, 2019 was tabled "
        "on Monday."
    )
    found = triggers(run(text))
    assert not any(kind == "Appointment" for kind, _ in found), found


def test_a_law_may_be_the_object_of_a_real_event() -> None:
    text = (
        "Lawmakers voted on Tuesday to repeal the Coastal Fisheries (Promotion and "
        "Protection) Act, which fishermen had opposed for two years."
    )
    found = triggers(run(text))
    assert any(text == "repeal" for _, text in found), found
    assert not any(text == "Promotion" for _, text in found), found


def test_the_same_words_outside_a_title_stay_events() -> None:
    promoted = triggers(run("The army announced the promotion of the colonel on Monday."))
    assert ("Appointment", "promotion") in promoted
    agreed = triggers(run("After three days of talks, the two sides reached an agreement."))
    assert any(kind == "Agree" for kind, _ in agreed), agreed


def test_a_headline_event_next_to_a_bill_stays() -> None:
    text = "Senate Vote on Farm Bill Delayed Again\nThe vote was delayed on Wednesday.\n"
    found = triggers(run(text))
    assert any(text == "Vote" for _, text in found), found


def test_a_title_with_a_capitalised_preposition_in_running_text() -> None:
    text = (
        "Congress debated the Violence Against Women Act and the Trade Promotion Authority "
        "Act on Tuesday, but the votes were put off until after the recess because several "
        "members were away."
    )
    found = triggers(run(text))
    assert not any(text in {"Violence", "Promotion"} for _, text in found), found
    assert any(text == "debated" for _, text in found), found


def test_a_match_the_model_calls_a_law_is_no_title() -> None:
    # the small model reads "Match 14" as a LAW name: a title ends in a word, not a number
    doc = next(nlp.parse(["Welcome to the live coverage of Match 14 of the IPL 2021."]))
    match = next(t for t in doc if t.text == "Match")
    assert match.ent_type_ == "LAW"  # the parse this test is about
    assert not _law_name_word(match)

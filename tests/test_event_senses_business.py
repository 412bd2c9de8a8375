"""Word senses of a business page (issue 19, read on BBC business): shares that "rallied"
were a protest, a firm "battling fierce competition" a use of force, a country "struck
by four hurricanes" an attack, people who "lost their lives" a contest, "no jobs would
be lost" a contest, "consistent execution" a killing and "a slimming aid" help given.
Guards: a rally of people, aid sent, an execution of prisoners, a lost match."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import word_types as types_of

from kg import nlp
from kg.extract import extract_document
from kg.model import Document

PUBLISHED = date(2025, 3, 14)


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Shares in the train maker rallied to 2.20 Canadian dollars on Monday.", "rallied",
         None),
        ("Shares in the firm fell 25% to 1.90 dollars before rallying to 2.20 dollars.",
         "rallying", None),
        ("The retail figures sparked a rally for sterling on Thursday.", "rally", None),
        ("The drug maker is battling fierce competition from generic products.", "battling",
         None),
        ("The insurer said Japan was struck by ten typhoons last year.", "struck", None),
        ("More than 21,000 people lost their lives in the floods, the report said.", "lost",
         "Death"),
        ("The airline's new owners said no jobs would be lost at the Leeds site.", "lost",
         "Business"),
        ("Analysts praised the firm's consistent execution in a difficult year.", "execution",
         None),
        ("The company is developing a slimming aid with a Kent laboratory.", "aid", None),
        ("The bank lost market share to online lenders in 2024.", "lost", None),
        # a sum in the BBC archive's spelling: the second "pounds" was parsed as a verb
        # that pounds, and every such sum of a register of interests one attack
        ("The register shows the MP earned between pounds 5,001 and pounds 10,000 for "
         "two speeches.", "pounds", None),
        ("The minister was paid between pounds 20,000 and pounds 25,000 for the book.",
         "pounds", None),
    ],
)
def test_a_business_word_takes_its_business_sense(text: str, word: str, kind: str | None) -> None:
    assert types_of(text, word) == ([kind] if kind else []), text


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Thousands of farmers held a rally in Paris on Sunday.", "rally", "Protest"),
        ("The government sent food aid to the flooded region on Friday.", "aid", "Aid"),
        ("Iran carried out the execution of two prisoners on Tuesday.", "execution",
         "UseOfForce"),
        ("Leeds lost the match against Derby on Saturday.", "lost", "Contest"),
        ("Rebels struck the army base with rockets on Monday.", "struck", "UseOfForce"),
        ("The army pounds 12 villages with rockets every night.", "pounds", "UseOfForce"),
    ],
)
def test_the_same_words_keep_their_sense_elsewhere(text: str, word: str, kind: str) -> None:
    assert kind in types_of(text, word), text


def test_a_country_struck_by_typhoons_is_the_typhoons_event() -> None:
    """ "Struck by ten typhoons" tells the typhoons, one event with its noun, whose title
    the clause gives; it was an attack of its own."""
    document = Document(
        id="doc",
        text=(text := "The insurer said Japan was struck by ten typhoons last year."),
        source_text=text,
        published=PUBLISHED,
    )
    found = extract_document(next(nlp.parse([text])), document).events
    assert [(e.type, e.title) for e in found] == [("Disaster", "Japan was struck by ten typhoons")]


def test_lost_in_a_furore_is_no_contest() -> None:
    text = "But that whole side of things has been lost in the furore over one sentence."
    assert types_of(text, "lost") == [], text


def test_named_after_is_where_a_name_comes_from() -> None:
    """ "Baikal Finance Group, named after a large freshwater lake": neither the naming
    nor the lake (an "after" slot read as a time) is an event."""
    text = (
        "Only two bidders turned up, the state firm and the unknown Orel Holdings, named "
        "after a large freshwater lake in the Urals."
    )
    assert types_of(text, "named") == [] and types_of(text, "lake") == [], text


def test_a_board_naming_its_chief_executive_is_an_appointment() -> None:
    """The parser reads "The board named Ann Lee chief executive" as a board that was
    named, with the person inside the office's phrase; the naming is an appointment all
    the same. A drug "named Zolvex" and a son "named Tobias at birth" are no
    appointment."""
    assert types_of("The board named Ann Lee chief executive on Monday.", "named") == [
        "Appointment"
    ]
    assert "Appointment" not in types_of("The new drug was named Zolvex in May.", "named")
    assert "Appointment" not in types_of(
        "The couple split after the 1991 birth of their son, Ronan (named Tobias at birth).",
        "named",
    )


def test_where_things_come_from_is_no_event() -> None:
    """ "The largest claims came from the US" tells where claims came from; it was an
    untyped event titled "United States came from the US". A person who came from a city
    still tells a coming."""
    assert types_of("The largest claims came from the US and Japan last year.", "came") == []
    assert types_of("The president came from Paris on Monday for the summit.", "came") != []



def test_a_patient_who_expired_died():
    # a health department's bulletin on a web page: "He expired on 6th April" was an
    # untyped event titled "Expiring 6th April"
    text = (
        "A 68-year-old woman from Leeds was admitted to the district hospital on 2nd "
        "May with a high fever. She expired on 4th May."
    )
    assert types_of(text, "expired") == ["Death"]
    document = Document(id="doc", text=text, source_text=text, published=PUBLISHED)
    found = extract_document(next(nlp.parse([text])), document).events
    assert [e.title for e in found if e.type == "Death"] == [
        "A 68-year-old woman expired on 4th May"
    ]
    # a page's link leaves its full stop a sentence of its own: no person in it
    text = (
        "A 59-year-old man was admitted to the city hospital with chest pain. "
        "He had a history of \nheart disease\n. He expired on 9th May."
    )
    document = Document(id="doc", text=text, source_text=text, published=PUBLISHED)
    found = extract_document(next(nlp.parse([text])), document).events
    assert [e.title.split(" expired")[0] for e in found if e.type == "Death"] == [
        "A 59-year-old man"
    ]


def test_a_deal_that_expired_is_no_death():
    text = "The supply deal with the Leeds mill expired on 4th May, the firm said."
    assert "Death" not in types_of(text, "expired")

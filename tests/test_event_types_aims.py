"""Acts someone aims at, asks for or attempts are not acts that took place (issue 19,
judged seed 431): "seeking dismissal of the charges" was read as a resignation that
happened, "tried to get Zucker fired" as a firing, "pressure to overturn" as an
overturned ruling. The act keeps its own type with the factuality "planned" (kg's
value for an act intended and not done), so it never passes for, or merges with, the
act itself. Beside each, guards: the same acts told as done, and someone "seeking
reelection", which is a campaign under way."""

from __future__ import annotations

from datetime import date

import pytest

from kg import nlp
from kg.extract import extract_document
from kg.model import Document

PUBLISHED = date(2025, 3, 14)


def readings(text: str) -> dict[str, tuple[str, str]]:
    """Mention word (lower case) -> (type, factuality) of its event, for every mention."""
    document = Document(id="doc", text=text, source_text=text, published=PUBLISHED)
    result = extract_document(next(nlp.parse([text])), document)
    return {m.text.lower(): (e.type, e.factuality) for e in result.events for m in e.mentions}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a verb of trying: the act tried for
        ("Rebels attempted to seize the airport in Tripoli on Sunday.", "seize"),
        ("Trump tried to get Zucker fired from CNN in 2019, the book says.", "fired"),
        # a verb of asking: the act asked of someone else
        ("Opposition leaders urged Prime Minister Ali Sharif to resign on Friday.", "resign"),
        ("The union called on Transport Minister Dana Pike to resign over the crash.",
         "resign"),
        # an act called, pushed or asked for
        ("The nurses' union called for the resignation of the chief executive on "
         "Tuesday.", "resignation"),
        ("Press groups pushed for the release of the two detained journalists on "
         "Saturday.", "release"),
        # a noun of asking, and the act it aims at
        ("Activists applied pressure on the Supreme Court to overturn the ruling last "
         "week.", "overturn"),
    ],
)
def test_an_aimed_asked_or_attempted_act_is_planned(text: str, word: str) -> None:
    found = readings(text)
    assert word in found, found
    assert found[word][1] == "planned", found


def test_seeking_dismissal_of_charges_is_no_resignation_that_took_place() -> None:
    found = readings(
        "Lawyers for the former mayor filed a motion on Monday seeking dismissal of the "
        "bribery charges against him."
    )
    assert found.get("dismissal", (None, "planned"))[1] == "planned", found
    assert found.get("dismissal", ("Trial",))[0] != "Resignation", found


@pytest.mark.parametrize(
    ("text", "word", "reading"),
    [
        # the same acts told as done
        ("Rebels seized the airport in Tripoli on Sunday.", "seized", ("UseOfForce", "asserted")),
        ("Prime Minister Ali Sharif resigned on Friday after weeks of protests.", "resigned",
         ("Resignation", "asserted")),
        # forced and got: the act took place
        ("Protesters forced Prime Minister Ali Sharif to resign on Friday.", "resign",
         ("Resignation", "asserted")),
        ("The scandal got Jeff Zucker fired from CNN in February.", "fired",
         ("Resignation", "asserted")),
        # seeking an office is a campaign under way
        ("Governor Tom Reyes is seeking reelection in the state this year.", "reelection",
         ("Election", "asserted")),
    ],
)
def test_acts_told_as_done_keep_their_reading(
    text: str, word: str, reading: tuple[str, str]
) -> None:
    found = readings(text)
    assert found.get(word) == reading, found


# Word senses of the most frequent mistyped triggers of real pages (types per trigger
# word counted on the English mediacloud pages and 150 BBC files): each word read in
# its phrase, beside the same word in the sense its type names.


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        # a court's dismissal of charges, no one sacked
        ("Lawyers for the former mayor filed a motion on Monday seeking dismissal of the "
         "bribery charges against him.", "dismissal", "Trial"),
        # "got him fired" from a job, whatever tag the parser gives "fired"
        ("The scandal got Jeff Zucker fired from CNN in February.", "fired", "Resignation"),
        # talking to a camera is speaking out, not talks
        ("The convention's greatest moment was one person talking directly to the camera.",
         "talking", "MakeStatement"),
        # an election won is an election
        ("Voters are unhappy with the prime minister since his shock election win last "
         "May.", "win", "Election"),
        # back to the table: talks resumed, no journey
        ("The union and the employers returned to the negotiating table on Monday.",
         "returned", "Negotiate"),
        # a gift handed back is no journey
        ("The boxer said he will return his award if the laws are not withdrawn.", "return",
         "OtherEvent"),
    ],
)
def test_a_trigger_takes_the_type_of_its_sense(text: str, word: str, kind: str) -> None:
    found = readings(text)
    assert found.get(word, (None,))[0] == kind, found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The awards help young people working to prevent human-wildlife conflict in Kenya.",
         "conflict"),
        ("Chrysler's strong performance helped the carmaker boost net income by 400m euros "
         "in 2004.", "performance"),
        ("Turkey had shut the border in return for EU funds under a 2016 deal.", "return"),
        ("Many people may want nothing more than a return to normalcy after the lockdown.",
         "return"),
        ("The investigation centres on the tariffs the two companies charge foreign mobile "
         "operators.", "tariffs"),
        ("Amazon gives the brands power over pricing, inventory and selection.", "selection"),
        ("Capital inflows must boost the gap between investment and savings.", "investment"),
    ],
)
def test_a_trigger_in_a_sense_that_is_no_happening_tells_no_event(text: str, word: str) -> None:
    assert word not in readings(text)


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("The video features a solo performance by the singer Chaki Sklar in front of a "
         "painted backdrop.", "performance", "Contest"),
        ("Hundreds of people returned to the town of Idlib on Monday.", "returned", "Movement"),
        ("The United States imposed tariffs on Chinese steel imports on Friday.", "tariffs",
         "Sanction"),
        ("Harris was chosen days before her selection as Biden's running mate was announced.",
         "selection", "Appointment"),
        ("The firm announced a major investment in its factory in Ohio on Monday.",
         "investment", "Business"),
        ("Rebels fired rockets from the hills above the town on Monday.", "fired",
         "UseOfForce"),
        ("Fighting between the two armies killed 40 soldiers, and the conflict has spread "
         "to the north.", "conflict", "UseOfForce"),
    ],
)
def test_the_same_words_in_the_sense_their_type_names_keep_it(
    text: str, word: str, kind: str
) -> None:
    assert readings(text).get(word, (None,))[0] == kind


# Seed 435 (judged before and after this change), more wrong senses of the same kind.


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        # a support verb carries its act
        ("Azerbaijan has launched a counteroffensive to restore its territorial integrity.",
         "launched", "UseOfForce"),
        # "in exchange for" money is no exchange of fire: the custody fight is in court
        ("In the 1990s, when Allen and Farrow were fighting over custody of their children, "
         "Dershowitz denied he had asked for millions of dollars in exchange for dropping "
         "the allegations.", "fighting", "Trial"),
        # the police asking the public, no court
        ("Delhi Traffic Police on Sunday appealed to citizens to take alternative routes.",
         "appealed", "Demand"),
        # goods bought, no firm
        ("Hospitals increased their line of credit so they could acquire vital medical "
         "supplies and equipment.", "acquire", "Business"),
        # a new coach shown to the press
        ("The Redskins introduced Ron Rivera as their new head coach on Thursday.",
         "introduced", "Appointment"),
    ],
)
def test_seed_435_senses(text: str, word: str, kind: str) -> None:
    found = readings(text)
    assert found.get(word, (None,))[0] == kind, found


def test_checking_in_with_each_other_is_no_journey() -> None:
    found = readings("My feeling is that we can start by checking in with each other every "
                     "morning.")
    assert found.get("checking", ("OtherEvent",))[0] != "Movement", found


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("The company launched a new phone in London on Tuesday.", "launched", "Business"),
        ("The former mayor appealed his conviction to the state supreme court on Monday.",
         "appealed", "Trial"),
        ("Google agreed to acquire Fitbit for $2.1 billion on Friday.", "acquire", "Merger"),
        ("The guests checked in at the hotel in Paris on Monday.", "checked", "Movement"),
        ("Rebels and soldiers exchanged fire over the custody of the prisoners on Monday.",
         "exchanged", "UseOfForce"),
    ],
)
def test_seed_435_guards(text: str, word: str, kind: str) -> None:
    assert readings(text).get(word, (None,))[0] == kind


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a standing request to the public is advice, no planned act (GVC's police notes)
        ("Anyone with information is asked to call the Prince George's County Police "
         "Department.", "call"),
        # "calling" a death or a shooting something names it; nothing is asked for
        ("Police were looking into what they're calling the questionable death of a man "
         "found in his car on Tuesday.", "death"),
        ("Prosecutor Kym Worthy called the shootings troubling on Wednesday.", "shootings"),
    ],
)
def test_asking_the_public_or_naming_a_thing_plans_nothing(text: str, word: str) -> None:
    assert readings(text).get(word, (None, None))[1] != "planned"


# Read on ECB+ dev after the senses above: a sports performance, a return to work, bad
# investments stay events; a jury "returned a verdict", a player "returned an
# interception" and "jury selection" take the type of their phrase.


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("This was a game that saw a great performance by their running backs Jamaal "
         "Charles and Dexter McCluster.", "performance", "Contest"),
        ('"It was fun going out there and putting out a performance like that," Charles '
         "said.", "performance", "Contest"),
        ("The head coach is expected to return to work on Monday after months away from "
         "the team.", "return", "Movement"),
        ("The LaRues squandered the oil fortune in bad investments in the 1980s.",
         "investments", "Business"),
        ("A Brooklyn jury has returned a guilty verdict for Andrew Lopez on Tuesday.",
         "returned", "Trial"),
        ("Darius Butler returned an interception 32 yards for the Colts' first touchdown.",
         "returned", "Contest"),
        ("By 5:00pm Monday, jury selection was winding down for the day.", "selection",
         "Trial"),
    ],
)
def test_ecbplus_senses(text: str, word: str, kind: str) -> None:
    assert readings(text).get(word, (None,))[0] == kind

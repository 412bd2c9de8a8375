"""One ban, one lifting (issue 19, BBC politics 058): an article on an arms embargo gave
four nodes for one planned lifting and two for the embargo. "The embargo" and "the ban"
of one story are one measure; a lifting asked for ("called for the embargo to be
lifted"), wanted ("wanting the ban lifted") or worked towards ("pledged to work towards
lifting the ban") is not done, and "the embargo is likely to be lifted" lifts the
embargo though the parse hangs the verb on "likely". Guards: a lifting told as done
stays asserted, and "lifted the mood" is no yielding."""

from __future__ import annotations

from datetime import date

import pytest

from kg import nlp
from kg.extract import extract_document
from kg.model import Document, Event

PUBLISHED = date(2025, 3, 14)


def events(text: str) -> list[Event]:
    document = Document(id="doc", text=text, source_text=text, published=PUBLISHED)
    return extract_document(next(nlp.parse([text])), document).events


def of_word(found: list[Event], word: str) -> list[Event]:
    return [e for e in found if any(m.text.lower() == word for m in e.mentions)]


STORY = (
    "The Union's embargo on grain exports to Velmora is likely to be lifted within a "
    "year, Trade Commissioner Aino Rask has said. The ban was imposed in 2019 after "
    "Velmora's army seized the northern ports. Last spring, ministers pledged to work "
    "towards lifting the ban. Two member states have called for the embargo to be "
    "lifted before the summer. Ms Rask said some capitals were impatient in wanting the "
    "ban lifted quickly."
)


def test_ban_and_embargo_of_one_story_are_one_event() -> None:
    found = events(STORY)
    embargo = of_word(found, "embargo")
    assert len(embargo) == 1, [(e.type, e.title) for e in found]
    grouped = [(e.title, [m.text for m in e.mentions]) for e in found]
    assert of_word(found, "ban") == embargo, grouped


def test_every_lifting_of_the_ban_is_one_planned_event() -> None:
    found = events(STORY)
    lifting = {e.id: e for m in ("lifted", "lifting") for e in of_word(found, m)}
    assert len(lifting) == 1, [(e.type, e.title, e.factuality) for e in lifting.values()]
    (event,) = lifting.values()
    assert event.type == "Yield"
    assert event.factuality == "planned"
    assert len(event.mentions) == 4, [m.text for m in event.mentions]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Two member states have called for the embargo to be lifted before June.", "lifted"),
        ("Farmers are impatient in wanting the export ban lifted this year.", "lifted"),
        ("In May, ministers pledged to work towards lifting the curfew.", "lifting"),
    ],
)
def test_a_lifting_asked_wanted_or_worked_towards_is_planned(text: str, word: str) -> None:
    (event,) = of_word(events(text), word)
    assert event.factuality == "planned", (event.type, event.title, event.factuality)


def test_a_lifting_told_as_done_stays_asserted_and_a_mood_is_no_yielding() -> None:
    (done,) = of_word(events("The government lifted the curfew in Velmora on Monday."), "lifted")
    assert (done.type, done.factuality) == ("Yield", "asserted")
    mood = of_word(events("The goal lifted the mood of the home crowd on Saturday."), "lifted")
    assert all(e.type != "Yield" for e in mood), [(e.type, e.title) for e in mood]


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Two member states have called for the embargo to be lifted.", "called", "Demand"),
        ("The bishops appealed for the inspectors to be given more time.", "appealed", "Demand"),
        ("Teachers' unions pushed for a shorter school week on Monday.", "pushed", "Demand"),
        ("Lawyers for the mayor appealed against the verdict on Friday.", "appealed", "Trial"),
    ],
)
def test_calling_for_an_act_is_a_demand(text: str, word: str, kind: str) -> None:
    """The parser hangs "for" on the clause it opens ("for the embargo to be lifted"), so
    the phrase "call for" went unread and the call was an untyped event; an appeal for
    something is asked, not a court's appeal."""
    assert [e.type for e in of_word(events(text), word)] == [kind], events(text)


def test_a_participle_told_as_a_state_is_read() -> None:
    """A verb the parser calls the complement of "be" ("the remark was ill-advised",
    "jobs that are low-paid") has no step below it: walking up from it through an
    adjective ("is likely to be lifted") must not break the article's extraction."""
    found = events(
        "The council leader said the remark was ill-advised. About six in 20 women work "
        "in jobs that are low-paid. Police arrested two men in Leeds on Friday."
    )
    assert "arrested" in {m.text for e in found for m in e.mentions}


def test_what_is_called_for_is_told_of_the_thing_not_of_those_who_call() -> None:
    """The parser makes "the toll" the object of "for" and hangs "to be lifted" on
    "called" with no subject, so the lifting took the callers for its own: "Councillors
    Mia Ford to be lifted". The toll is what is to be lifted."""
    found = events(
        "Councillors Mia Ford and Ravi Shah have repeatedly called for the toll on the "
        "Old Mill Bridge to be lifted, saying it costs commuters too much."
    )
    lifting = of_word(found, "lifted")
    assert lifting and all(e.title.startswith("The toll") for e in lifting), [
        e.title for e in found
    ]

"""Faults of the first graph a user sees, the samples' build (issue 19), each a class
read on text of our own: a people's "departure" typed a resignation and told twice
(by "prompting" too); a side's denied "returned fire" joined with the other side's
firing and titled as planned; a kind denied ("a meeting of ministers, not a summit");
winning "in the press" (a figure, no contest); a dispute that "could derail" a
process (no accident); a return only discussed, typed a movement; what "any final
peace treaty must" do, a condition typed an agreement. Beside each, a
real event of the same word, which must stay."""

from __future__ import annotations

from datetime import date

import pytest

from kg import nlp
from kg.extract import extract_document
from kg.model import Document


def events(text: str) -> list[tuple[str, str, str, list[str]]]:
    """(type, title, factuality, mention words) of each event kg finds in a text."""
    document = Document(id="doc", text=text, source_text=text, published=date(2025, 6, 3))
    found = extract_document(next(nlp.parse([text])), document).events
    return [(e.type, e.title, e.factuality, [m.text.lower() for m in e.mentions]) for e in found]


def words(text: str) -> list[str]:
    return [w for *_, ws in events(text) for w in ws]


def test_a_peoples_departure_is_a_movement_told_once():
    found = events(
        "Government troops retook the northern valley in March 2021, prompting the "
        "departure of nearly all of its Kurdish residents."
    )
    left = [e for e in found if "departure" in e[3]]
    assert [e[0] for e in left] == ["Movement"], found
    assert not any("prompting" in e[3] for e in found), found  # the cause links, no act
    # a person's departure from a post stays a resignation
    found = events("The chief executive's departure was announced by the board on Monday.")
    assert [e[0] for e in found if "departure" in e[3]] == ["Resignation"], found


def test_a_denied_return_of_fire_is_its_own_negated_event():
    found = events(
        "Rockets hit the town of Kessa late on Sunday, the army said. A spokesman said "
        "that government troops had not returned fire. \"Someone chose to fire at a town "
        "while their envoys were meeting in Oslo,\" he said. \"Our fighters did not fire "
        "first,\" a rebel spokesman said."
    )
    back = [e for e in found if "returned" in e[3]]
    assert len(back) == 1 and back[0][2] == "negated", found
    assert set(back[0][3]) == {"returned", "fire"}, found
    # firing back told twice is one event
    found = events(
        "Border guards returned fire on Tuesday. The guards fired back for ten minutes, "
        "the ministry said."
    )
    assert len([e for e in found if e[0] == "UseOfForce"]) == 1, found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('"Vienna is a meeting of ministers, not a summit," Kovacs said.', "summit"),
        ("The minister said it was a protest, not a riot.", "riot"),
        ('"The government is trying to win in the press what it lost at the table," '
         "the union leader said.", "win"),
        ("The mayor warned that the dispute could derail the project if it was not "
         "settled.", "derail"),
        ("Critics say the scandal could sink the deal.", "sink"),
        ("Officials said the rebels had refused to discuss the return of refugees to "
         "their homes.", "return"),
        ("Ministers talked about the withdrawal of troops from the border.", "withdrawal"),
        ("The singer has admitted that she might consider a return to the stage.",
         "return"),
        ("Officials said before the talks that any deal must first settle the status "
         "of the port.", "settle"),
        ("The walkout is the third disruption at a northern airport this year, the "
         "union said.", "disruption"),  # the walkout named again
    ],
)  # fmt: skip
def test_a_denied_kind_a_figure_or_a_topic_is_no_event(text: str, word: str):
    assert word not in words(text), events(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Leaders held a summit in Vienna on Monday.", "summit"),
        ("Liverpool won at Anfield on Saturday.", "won"),
        ("Saboteurs derailed a freight train near Lviv on Monday.", "derailed"),
        ("A storm sank two fishing boats off the coast on Tuesday.", "sank"),
        ("A train derailed near Leeds on Sunday.", "derailed"),
        ("Refugees returned to their homes in Kessa on Monday.", "returned"),
        ("The minister would consider the ruling the court gave on Thursday.", "ruling"),
        ("The two sides finally settled the status of the port on Monday.", "settled"),
        ("Two police shootings shook the city on Monday. On Tuesday, employees "
         "discussed these incidents in a meeting.", "incidents"),
        ("A power cut caused a second disruption at the airport on Friday.", "disruption"),
    ],
)  # fmt: skip
def test_the_same_words_telling_a_real_event_stay(text: str, word: str):
    assert word in words(text), events(text)


def test_the_region_is_not_the_capital_named_just_before():
    """The seeds' "Renewed hostilities in Tehran": "the region" took the last place
    named, a capital standing for its government; a region is wider than a town."""
    found = events(
        "The president said the talks were going well, even as Tehran insisted that no "
        "progress had been made. He said the talks went on despite renewed fighting in "
        "the region."
    )
    fighting = [e for e in found if "fighting" in e[3]]
    assert fighting and not any("Tehran" in e[1] for e in fighting), found
    # "the town" after the town named stays told by its name
    found = events(
        "Rebels seized the town of Saraqeb on Monday. Clashes were continuing in western "
        "parts of the town."
    )
    assert any("Saraqeb" in e[1] for e in found if "clashes" in e[3]), found


def test_a_denied_act_is_negated_and_told_by_its_denial():
    """The samples typed "Azerbaijan's defence ministry denied firing at civilian areas"
    an asserted attack, joined with the other side's account of the fire, and its
    actor line read "Firing at civilian areas.": a denial says the act did not happen,
    as its doer tells it."""
    text = (
        "Rockets hit the Castelian town of Kessa late on Sunday, Castel's army said. "
        "According to the army, the fire came from Norvian positions in the hills. "
        "Norvia's defence ministry denied shelling the town."
    )
    document = Document(id="doc", text=text, source_text=text, published=date(2025, 6, 3))
    found = extract_document(next(nlp.parse([text])), document).events
    (denied,) = [e for e in found if any(m.text == "shelling" for m in e.mentions)]
    assert denied.factuality == "negated", [(e.title, e.factuality) for e in found]
    assert not any(m.text in {"hit", "came"} for m in denied.mentions)
    lines = [p.description for p in denied.participants if p.role == "agent"]
    assert lines and all(line.startswith("Denied shelling") for line in lines), lines
    # the same act told as done stays asserted
    done = events("The rebel command shelled the town of Kessa on Sunday.")
    assert [e[2] for e in done if "shelled" in e[3]] == ["asserted"], done


def test_a_choice_made_tells_the_act_done_and_someone_stays_unnamed():
    """ "Someone chose to fire at a village" was a planned attack titled "Azerbaijan chose
    to fire at a village": the choice told in the past is the act done (as the speaker
    says), and "someone" names no one, whoever else the article names as a doer."""
    found = events(
        "Castel's army said shells struck the village of Dorn late on Sunday. \"Someone "
        "chose to fire at Dorn while the envoys were meeting in Oslo,\" the army's "
        "spokesman said. \"Our units did not fire at any village,\" Norvia's defence "
        "ministry said."
    )
    force = [e for e in found if e[0] == "UseOfForce"]
    assert not any(e[2] == "planned" or "chose" in e[1] for e in force), found
    assert [e[2] for e in force if "fire" in e[3]] == ["negated"], found
    # a choice still to come stays a plan
    found = events("The council has chosen to close the library next year, it said.")
    assert [e[2] for e in found if "close" in e[3]] == ["planned"], found

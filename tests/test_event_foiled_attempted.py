"""An event told through a verb that foils or attempts it (issue 19): in "police foiled
an attack" and "rebels attempted a coup" the noun is the event and the verb says how far
it got. A foiled, thwarted or averted attack did not take place (negated), and who foiled
it is no attacker; an attempted one was tried, not done (kg's "planned", as for "tried to
seize"). A verb that tells the event did happen ("repelled an attack", "launched a coup")
leaves it asserted."""

from __future__ import annotations

from datetime import date

from kg import nlp
from kg.extract import extract_document
from kg.model import Document, Event


def events(text: str) -> list[Event]:
    document = Document(id="doc", text=text, source_text=text, published=date(2025, 3, 14))
    return extract_document(next(nlp.parse([text])), document).events


def readings(text: str) -> list[tuple[str, str, str, list[str]]]:
    """(type, title, factuality, agents) of each event kg finds in a text."""
    return [
        (e.type, e.title, e.factuality, [p.actor for p in e.participants if p.role == "agent"])
        for e in events(text)
    ]


def test_a_foiled_attack_did_not_happen_and_its_foiler_is_no_attacker():
    found = readings("Police foiled an attack on the central railway station in Lyon on Monday.")
    assert [(e[0], e[2]) for e in found] == [("UseOfForce", "negated")], found
    assert found[0][1].startswith("Police foiled an attack"), found
    found = readings("Security forces thwarted a bombing at Dunmore airport in March.")
    assert [(e[0], e[2], e[3]) for e in found] == [("UseOfForce", "negated", [])], found
    found = readings("An attack on the army base was foiled by border troops on Sunday.")
    assert [(e[0], e[2]) for e in found] == [("UseOfForce", "negated")], found
    # averted by an agreement: the workers would have struck, and did not
    found = readings("The pay deal averted a strike by rail workers in May.")
    strikes = [e for e in found if e[0] == "Protest"]
    assert [e[2] for e in strikes] == ["negated"], found
    # a participle the parser hangs on the wrong noun foils nothing: the bid was thwarted
    found = readings(
        "The ban on fox hunting starts on Friday. The Rural League had its latest legal "
        "bid to block the ban thwarted on Wednesday when the Appeal Court ruled."
    )
    assert "negated" not in [e[2] for e in found if e[0] == "Sanction"], found
    # a verb that tells the attack took place leaves it asserted
    found = readings("Border troops repelled an attack on the army base on Sunday.")
    assert [(e[0], e[2]) for e in found] == [("UseOfForce", "asserted")], found


def test_an_attempted_attack_or_coup_was_tried_not_done():
    found = readings("Two gunmen attempted an attack on the embassy in Kabul on Monday.")
    assert [(e[0], e[2]) for e in found] == [("UseOfForce", "planned")], found
    assert found[0][1].startswith("Two gunmen attempted an attack"), found
    found = readings("Army officers attempted a coup in the capital on Friday night.")
    assert [(e[0], e[2]) for e in found] == [("UseOfForce", "planned")], found
    assert found[0][3], found  # the officers tried it: they stay its doers
    # launched, it took place
    found = readings("Army officers launched a coup in the capital on Friday night.")
    assert [(e[0], e[2]) for e in found] == [("UseOfForce", "asserted")], found

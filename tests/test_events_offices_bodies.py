"""Three faults read on BBC politics (issue 19), on our own text: an office named by its
seat places an event there ("the Archbishop of Canterbury ... spoke out about the war"
was a war in Canterbury), an act the text says never took place ("detention without
trial for foreign suspects") was a trial because its noun had a "for", and a body of
people the model tags as a verb ("he had given one to MPs on Tuesday") was an event.
Beside each, the same words where they do tell a place or an act, which must stay."""

from __future__ import annotations

from datetime import date

from kg import nlp
from kg.extract import extract_document
from kg.model import Document

PUBLISHED = date(2025, 3, 14)


def events(text: str) -> list:
    document = Document(id="doc", text=text, source_text=text, published=PUBLISHED)
    return extract_document(next(nlp.parse([text])), document).events


def test_an_office_named_by_its_seat_places_nothing_there():
    for text in (
        "The Mayor of London condemned the attack on Monday.",
        "Tony Blair and the Archbishop of Canterbury have both spoken out about the war.",
    ):
        evs = [e for e in events(text) if e.lemma in {"attack", "war"}]
        assert evs, text
        assert all(e.place is None for e in evs), text
        assert not any(p.role == "location" for e in evs for p in e.participants), text


def test_workers_in_a_town_still_place_their_walkout_there():
    evs = events("Dockworkers in Rotterdam walked out on Monday over a pay offer.")
    assert any(e.place == "Rotterdam" and e.lemma == "walk" for e in evs)


def test_detention_without_trial_holds_no_trial():
    text = (
        "Ministers want to keep detention without trial for foreign terror suspects, "
        "the home secretary said on Thursday."
    )
    assert not [e for e in events(text) if e.type == "Trial"]


def test_a_trial_the_text_tells_stays():
    text = "The trial of two foreign terror suspects opened at the Old Bailey on Thursday."
    assert [e for e in events(text) if e.type == "Trial"]


def test_a_body_of_people_is_no_verb():
    text = (
        "It was no good claiming the pledge was left to the manifesto, as he had given "
        "one to MPs on Tuesday and another to MEPs in Brussels, Mr Howard argued."
    )
    words = {m.text for e in events(text) for m in e.mentions}
    assert not words & {"MPs", "MEPs"}
    assert "given" in words  # the giving itself is told


def test_who_reacts_to_an_act_takes_no_part_in_it():
    text = (
        "The Home Office announced a review of murder laws on Monday. Shadow home "
        "secretary David Davis welcomed the review, while the Tories criticised the "
        "pay deal that nurses signed last week."
    )
    evs = events(text)
    review = [e for e in evs if e.lemma == "review"]
    assert review
    names = {p.actor for e in evs for p in e.participants}
    assert "David Davis" not in names
    assert not any("Tories" in p.actor for e in evs for p in e.participants)


def test_who_holds_talks_still_takes_part():
    evs = events("Iran and Oman held talks in Muscat on Sunday.")
    assert {"Iran", "Oman"} <= {p.actor for e in evs for p in e.participants}


def test_who_rejects_a_deal_is_still_a_party_to_it():
    evs = events("Iran rejected the nuclear deal on Monday.")
    deal = [e for e in evs if e.lemma == "deal"]
    assert deal and any(p.actor == "Iran" for e in deal for p in e.participants)

"""Event bugs seen on real pages (issue 19), each on our own text beside the case
that must stay: a participle of mediation is a role in the talks, not a second event;
"came under fire" is criticism or shooting, never a blaze."""

from __future__ import annotations

import pytest
from test_event_junk_states import PUBLISHED, found  # (type, mention word) of a text's events

from kg import nlp
from kg.extract import extract_document
from kg.model import DocResult, Document


@pytest.mark.parametrize(
    "text",
    [
        "The minister came under fire from critics for the delay to the rail line.",
        "The government has come under fire for its handling of the flood relief.",
        "The convoy came under fire from gunmen outside the town on Monday.",
    ],
)
def test_under_fire_is_never_a_blaze(text: str):
    assert "Disaster" not in {t for t, _ in found(text)}, found(text)


def test_under_fire_from_gunmen_is_shooting_and_a_real_fire_stays_a_disaster():
    assert ("UseOfForce", "fire") in found("A patrol came under fire from rebels on Monday.")
    assert ("Disaster", "fire") in found("The fire destroyed a warehouse in Leeds on Monday.")


def _events(text: str) -> DocResult:
    document = Document(id="doc", text=text, source_text=text, published=PUBLISHED)
    return extract_document(next(nlp.parse([text])), document)


@pytest.mark.parametrize(
    ("text", "kind", "role", "who"),
    [
        ("Armenian and Azerbaijani delegations are holding peace talks in Geneva this "
         "week, mediated by the European Union.", "Negotiate", "mediator", "European Union"),
        ("Talks between Kenya and Ethiopia were held in Nairobi on Monday, mediated by the "
         "African Union.", "Negotiate", "mediator", "African Union"),
        ("The two sides met in Oslo on Monday, hosted by Norway.", "Consult", "host",
         "Norway"),
    ],
)  # fmt: skip
def test_a_participle_of_mediation_is_a_role_in_the_talks(text, kind, role, who):
    result = _events(text)
    assert [e.type for e in result.events] == [kind], [e.title for e in result.events]
    assert (role, who) in {(p.role, p.actor) for p in result.events[0].participants}


def test_mediating_told_as_the_act_itself_stays_an_event():
    result = _events("The European Union mediated talks between Armenia and Azerbaijan.")
    assert [e.type for e in result.events] == ["Negotiate"]
    assert "mediated" in [m.text for m in result.events[0].mentions]


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan has recorded 1,200 deaths from the virus. Those who died were mostly elderly.",
        "Pakistan has recorded 1,200 deaths. They died in hospitals.",
        "Pakistan has reported 1,200 deaths from the virus.",
    ],
)
def test_a_country_counting_deaths_is_where_they_died_not_who_died(text: str):
    result = _events(text)
    deaths = [e for e in result.events if e.type == "Death"]
    assert deaths, [e.title for e in result.events]
    for e in deaths:
        assert not e.title.startswith("Pakistan died"), e.title
        assert ("location", "Pakistan") in {(p.role, p.actor) for p in e.participants}
        assert "Pakistan" not in {p.actor for p in e.participants if p.role == "agent"}


def test_a_person_who_died_stays_who_died():
    result = _events("Ann Hale died in London on Monday.")
    assert [e.title for e in result.events] == ["Ann Hale died in London"]
    assert ("agent", "Ann Hale") in {(p.role, p.actor) for p in result.events[0].participants}

"""One envoy's trip and one minister's leading of a delegation, told by three dated
articles of one story (issue 19): the same act reported twice is one event, whatever
verb each outlet used, and the next round's plan, told a week later, is another.

- "who led the delegation" gives the act its doer: the minister the relative clause
  hangs on, not the pronoun "who", which names no one. Without it the two reports of
  her leading share no named doer and stay two nodes.
- "visited Ravik and Tessel" and "travelled to Ravik and Tessel" the same week are one
  trip: a visit is also a journey, and "to" gives the journey its places.
- "who will again lead the delegation", published after both reports of her leading,
  is the next round, not the one already led. Texts are ours."""

from __future__ import annotations

import json

import pytest

import kg

ARTICLES = [
    {
        "id": "herald-talks",
        "title": "Norvia and Castel end first round of border talks in Oslo",
        "published": "2026-03-10",
        "text": (
            "Norvian and Casteli negotiators ended a first round of border talks in Oslo "
            "on Monday without an agreement, officials said.\n\n"
            "Foreign Minister Tomas Vellan, who led the Norvian delegation in Oslo, said "
            "the two sides had agreed to keep working on a joint map.\n\n"
            "According to Norvian officials, UN envoy Clara Mossberg visited Ravik and "
            "Tessel last week to prepare the meeting."
        ),
    },
    {
        "id": "courier-talks",
        "title": "No deal at Oslo border talks",
        "published": "2026-03-11",
        "text": (
            "Border talks between Norvia and Castel in Oslo ended on Monday with no deal, "
            "but both delegations said they would meet again.\n\n"
            "Clara Mossberg travelled to Ravik and Tessel last week to prepare the "
            "meeting, the United Nations said.\n\n"
            "Tomas Vellan, who led the Norvian delegation in Oslo, told reporters the talks "
            "had been difficult but useful."
        ),
    },
    {
        "id": "wire-next-round",
        "title": "Norvia and Castel to resume border talks in Bergen",
        "published": "2026-03-18",
        "text": (
            "Norvian and Casteli delegations will meet next Tuesday in Bergen for a second "
            "round of border talks, the United Nations said on Wednesday.\n\n"
            "Foreign Minister Tomas Vellan, who will again lead the Norvian delegation, "
            "said Norvia would bring a complete set of maps."
        ),
    },
]


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    folder = tmp_path_factory.mktemp("round-trips")
    with open(folder / "wire.jsonl", "w", encoding="utf-8") as out:
        for article in ARTICLES:
            out.write(json.dumps(article) + "\n")
    return kg.build([folder], progress=False)


def _lead(result) -> list:
    return [e for e in result.events.values() if e.lemma == "lead"]


def test_who_led_the_delegation_is_the_minister_named_before_it(story):
    vellan = next(a for a in story.actors.values() if a.name == "Tomas Vellan")
    for event in _lead(story):
        doers = [p.actor for p in event.participants if p.role == "agent"]
        assert doers == [vellan.id], event.title


def test_her_leading_reported_twice_is_one_event_and_the_next_round_another(story):
    done = [e for e in _lead(story) if e.factuality == "asserted"]
    planned = [e for e in _lead(story) if e.factuality == "planned"]
    assert [sorted(e.sources) for e in done] == [["courier-talks", "herald-talks"]]
    assert [e.sources for e in planned] == [["wire-next-round"]]


def test_a_visit_and_a_journey_to_the_same_towns_the_same_week_are_one_trip(story):
    trips = [
        e for e in story.events.values()
        if e.lemma in {"visit", "travel"} and any(
            story.actors[p.actor].name == "Clara Mossberg" for p in e.participants
        )
    ]  # fmt: skip
    assert [sorted(e.sources) for e in trips] == [["courier-talks", "herald-talks"]]
    places = {story.actors[p.actor].name for p in trips[0].participants if p.role == "location"}
    assert places == {"Ravik", "Tessel"}

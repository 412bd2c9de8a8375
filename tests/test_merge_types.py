"""One event of reports typed two ways keeps a type every report can be read in (issue 19).

Two outlets tell the envoy's trip: one "visited" two towns (a visit reads as a meeting
or a journey), the other "travelled to" them (a journey). They are one event, and that
event is a journey whichever word more outlets used: calling it "the meeting" would say
more than the second report does, and set it beside the talks it was made to prepare.
Her meeting with the minister, told by a third article, is no journey and stays apart.
Texts are ours."""

from __future__ import annotations

import pytest
from test_dedup import write_records  # one JSON record a line

import kg

ARTICLES = [
    {
        "id": "herald-envoy",
        "title": "UN envoy visits Ravik and Tessel ahead of border talks",
        "published": "2026-05-06",
        "text": (
            "Clara Mossberg, the UN envoy, visited Ravik and Tessel on Tuesday to prepare "
            "the border talks between Norvia and Castel, Norvian officials said."
        ),
    },
    {
        "id": "courier-envoy",
        "title": "Envoy tours border towns",
        "published": "2026-05-07",
        "text": (
            "Clara Mossberg travelled to Ravik and Tessel on Tuesday to prepare the "
            "border talks, the United Nations said.\n\n"
            "The envoy will report to the Security Council next month."
        ),
    },
    {
        "id": "wire-envoy",
        "title": "Envoy meets Norvian minister",
        "published": "2026-05-08",
        "text": (
            "Clara Mossberg met Norvian Foreign Minister Tomas Vellan in Ravik on "
            "Wednesday to discuss the border talks, his ministry said."
        ),
    },
]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("merge-types")
    write_records(folder, ARTICLES)
    return kg.build([folder], progress=False)


def _hers(result) -> list:
    return [
        e for e in result.events.values()
        if any(result.actors[p.actor].name == "Clara Mossberg" for p in e.participants)
    ]  # fmt: skip


def test_a_visit_and_a_journey_merged_are_a_journey_and_her_meeting_stays_apart(built):
    trips = [e for e in _hers(built) if e.lemma in {"visit", "travel"}]
    assert [sorted(e.sources) for e in trips] == [["courier-envoy", "herald-envoy"]]
    assert trips[0].type == "Movement"
    meetings = [e for e in _hers(built) if "wire-envoy" in e.sources]
    assert meetings and all(e.sources == ["wire-envoy"] for e in meetings)


def test_two_reports_of_talks_take_the_title_of_the_one_that_names_the_sides():
    """The sample graph's Geneva talks were titled "Delegations held EU-mediated peace
    talks in Geneva": the report that told the talks most often named only their
    mediator and "their delegations". An editor heads the merged event with the report
    that says who talked; the other report's words stay its mentions."""
    from dataclasses import replace
    from datetime import date

    from test_merge_undated import _event
    from test_merge_undated import _story as undated_story

    from kg.link import merge
    from kg.model import Actor, Evidence

    actors = {
        "norvia": Actor("norvia", "Norvia", "country"),
        "castel": Actor("castel", "Castel", "country"),
        "un": Actor("un", "United Nations", "organisation"),
        "vienna": Actor("vienna", "Vienna", "place"),
        "ortiz": Actor("ortiz", "Lena Ortiz", "person"),
    }
    story = replace(undated_story("norvia", "castel", "un", "ortiz"),
                    published={"a": date(2026, 5, 6), "b": date(2026, 5, 6)},
                    places={"a": {"vienna"}, "b": {"vienna"}})  # fmt: skip
    mediated = _event("a", "Negotiate", "talks",
                      [("un", "mediator"), ("ortiz", "host"), ("vienna", "location")], "vienna",
                      "Norvia and Castel gave clashing accounts of the UN-mediated talks, "
                      "which their delegations held in Vienna on Tuesday, chaired by UN envoy "
                      "Lena Ortiz.")  # fmt: skip
    mediated = replace(mediated, title="Delegations held UN-mediated talks in Vienna",
                       mentions=[Evidence("a", i, i + 5, "talks") for i in (0, 40, 80)])
    sides = _event("b", "Negotiate", "talks",
                   [("norvia", "partner"), ("castel", "partner"), ("un", "mediator")], "vienna",
                   "Norvian and Castelian negotiators sat down in Vienna on Tuesday for their "
                   "first direct talks in a meeting mediated by the United Nations.")  # fmt: skip
    sides = replace(sides, title="Norvian and Castelian negotiators sat down in Vienna for talks")
    (event,) = merge([mediated, sides], actors, story).values()
    assert event.title == "Norvian and Castelian negotiators sat down in Vienna for talks"
    assert len(event.mentions) == 4 and event.sources == ["a", "b"]

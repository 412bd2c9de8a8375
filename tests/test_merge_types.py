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

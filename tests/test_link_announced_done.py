"""A strike announced by one wire and reported done by a later article is one strike.

A Belgian wire tells of Hamburg in passing: "a pay dispute at the Port of Hamburg, where
the Kaiverband union has announced a 24-hour strike for next week". The strike is placed
by its "where" clause (the port), and it is the union's; later that next week a Hamburg
paper's "the 24-hour strike … cost terminal operators" tells it done, with no day of its
own. The plan's day had come when that was told, so the two are one strike, titled by
the report of it done. "The federation", five sentences
after the federation's full name, is that federation, and "the Kaiverband union" is the
organisation "Kaiverband" the later reports name. Texts are ours."""

from __future__ import annotations

import pytest
from test_dedup import write_records  # one JSON record a line

import kg

ARTICLES = [
    {
        "id": "wire-ghent-lock",
        "title": "Ghent lock keepers stop work over rotas",
        "published": "2026-03-04",
        "text": (
            "Lock keepers at the Port of Ghent stopped work for 12 hours on Tuesday in a "
            "row over weekend rotas, their union said.\n"
            "The Flemish Maritime Workers' Federation (FMWF) said 200 keepers had joined "
            "the stoppage.\n"
            "Ghent Lock Services, which runs the locks, said it regretted the action.\n"
            "According to the port authority, 19 barges were held up during the stoppage.\n"
            "The company said the rotas had been agreed last year.\n"
            "Shipping agents said the delays were cleared by the evening.\n"
            "Jan Wouters warned that the federation could call a second stoppage later "
            "this month if the rotas were not withdrawn.\n"
            "The row in Ghent is separate from a pay dispute at the Port of Hamburg, where "
            "the Kaiverband union has announced a 24-hour strike for next week."
        ),
    },
    {
        "id": "hamburg-paper-strike",
        "title": "Hamburg strike cost terminals millions, employers say",
        "published": "2026-03-13",
        "text": (
            "The strike by the Kaiverband union at the Port of Hamburg cost terminal "
            "operators about 6 million euros, the employers said.\n"
            "Kaiverband chairman Ulrich Brenner said 1,800 members had joined the strike.\n"
            "The employers said their offer of a 3% rise was fair."
        ),
    },
]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("announced-done")
    write_records(folder, ARTICLES)
    return kg.build([folder], progress=False)


def _strikes(result) -> list:
    return [
        e for e in result.events.values()
        if any(m.text == "strike" for m in e.mentions) and e.type == "Protest"
    ]  # fmt: skip


def test_the_announced_strike_is_the_strike_done(built) -> None:
    """The wire's planned strike joins the strike the two Hamburg reports tell."""
    planned = next(
        e for e in _strikes(built) if "wire-ghent-lock" in e.sources and "Hamburg" in e.summary
    )
    assert planned.sources == ["hamburg-paper-strike", "wire-ghent-lock"]
    assert planned.factuality in {"asserted", "reported"}  # done, as the paper tells it
    assert "announced" not in planned.title  # titled by a report of it done


def test_where_clause_places_the_planned_strike(built) -> None:
    planned = next(
        e for e in _strikes(built) if "wire-ghent-lock" in e.sources and "Hamburg" in e.summary
    )
    assert built.actors[planned.place].name == "Port of Hamburg"
    agents = {built.actors[p.actor].name for p in planned.participants if p.role == "agent"}
    assert agents == {"Kaiverband"}


def test_the_federation_far_back_is_the_one_named(built) -> None:
    federation = next(a for a in built.actors.values() if "Federation" in a.name)
    said = [m.text for m in federation.mentions if m.doc_id == "wire-ghent-lock"]
    assert said.count("the federation") == 1
    stoppage = next(
        e for e in built.events.values()
        if any(m.text == "stoppage" for m in e.mentions) and e.factuality == "hypothetical"
    )  # fmt: skip
    assert federation.id in {p.actor for p in stoppage.participants}


def test_the_named_union_is_one_organisation(built) -> None:
    named = [a for a in built.actors.values() if a.name.startswith("Kaiverband")]
    assert [(a.name, a.kind) for a in named] == [("Kaiverband", "organisation")]
    assert {m.doc_id for m in named[0].mentions} == {"wire-ghent-lock", "hamburg-paper-strike"}

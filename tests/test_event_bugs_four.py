"""Four event bugs of issue 19, each on our own text beside the case that must stay:
two joined demonyms before one group noun are two sides; a possessed event noun that
is the subject of a feeling verb is still the event; whoever causes deaths did not
die; a "where" clause's event is titled with its place."""

from __future__ import annotations

from test_event_bugs_three import _events

from kg.extract.actors import ActorIndex
from kg.model import PERSON


def _roles(text: str) -> set[tuple[str, str]]:
    return {(p.role, p.actor) for e in _events(text).events for p in e.participants}


def test_two_joined_demonyms_are_two_sides_of_the_talks():
    roles = _roles(
        "Armenian and Azerbaijani delegations are holding peace talks in Geneva this week."
    )
    assert ("partner", "Azerbaijan") in roles and ("partner", "Armenia") in roles, roles


def test_two_joined_demonyms_before_troops_are_both_agents():
    roles = _roles("Serbian and Hungarian police raided a warehouse near the border on Monday.")
    assert {("agent", "Serbia"), ("agent", "Hungary")} <= roles, roles


def test_joined_demonyms_read_each_country_from_its_own_words(monkeypatch):
    """A page where the model once tagged "Serbia" a PERSON leaves the document-wide
    kind table saying "person"; the demonyms still name two countries."""
    made = ActorIndex.__init__

    def mistagged(self, parsed, document):
        made(self, parsed, document)
        self.kind_of.update({"Serbia": PERSON, "Hungary": PERSON})

    monkeypatch.setattr(ActorIndex, "__init__", mistagged)
    roles = _roles("Serbian and Hungarian delegations will meet in Vienna on Tuesday.")
    assert {("agent", "Serbia"), ("agent", "Hungary")} <= roles, roles


def test_one_demonym_stays_one_side():
    roles = _roles("Armenian officials held talks with the European Union in Brussels.")
    assert "Azerbaijan" not in {who for _, who in roles}
    assert ("partner", "European Union") in roles, roles


def _died(text: str) -> list[set[str]]:
    """Who is told of each Death event of a text."""
    return [{p.actor for p in e.participants} for e in _events(text).events if e.type == "Death"]


def test_a_possessed_death_before_a_feeling_verb_keeps_who_died():
    # the parse hangs "Hale's" on "fans": the death would be a bare noun, dropped
    assert _died("Ann Hale's death shocked fans.") == [{"Ann Hale"}]


def test_a_possessed_death_parsed_whole_stays_one_death():
    assert _died("Ann Hale's death shocked her fans on Monday.") == [{"Ann Hale"}]


def _typed(text: str) -> list[tuple[str, set[tuple[str, str]]]]:
    return [(e.type, {(p.role, p.actor) for p in e.participants}) for e in _events(text).events]


def test_a_country_that_caused_deaths_killed_and_did_not_die():
    events = _typed("Syria caused 30 deaths in the border town on Friday, the monitors said.")
    assert ("Death", {("agent", "Syria")}) not in events, events
    assert any(kind == "UseOfForce" and ("agent", "Syria") in who for kind, who in events), events


def test_a_firm_that_caused_deaths_is_not_who_died():
    events = _typed(
        "Norvex Pharmaceuticals caused 30 deaths with a faulty vaccine, regulators said."
    )
    assert all(("agent", "Norvex Pharmaceuticals") not in who for _, who in events), events


def test_deaths_caused_by_a_storm_stay_deaths():
    assert "Death" in {kind for kind, _ in _typed("The storm caused 12 deaths in Texas.")}


def _titles(text: str) -> dict[str, str]:
    return {e.type: e.title for e in _events(text).events}


def test_a_where_clause_event_is_titled_with_its_place():
    titles = _titles("Bangladesh, where 900 have died, closed its ports on Monday.")
    assert titles.get("Death") == "900 have died in Bangladesh", titles


def test_a_relative_clause_on_its_object_stays_titled_with_it():
    titles = _titles("The talks Kenya and Ethiopia began in Nairobi stalled on Friday.")
    assert "in The talks" not in titles.get("Negotiate", ""), titles
    assert titles.get("Negotiate", "").startswith("The talks"), titles

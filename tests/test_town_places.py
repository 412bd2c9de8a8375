"""A town named by its "of" ("the Armenian border village of Sotk", "the Syrian town of
Saraqeb") is a place of its own: an actor even where the entity recogniser missed or
misread the name, one actor however often the story names it, and the place of an
event done to the town (issue 19: two reports of one shelling shared no place because
the village was read only as its country's adjective)."""

from __future__ import annotations

from datetime import date

import kg
from kg import nlp
from kg.extract import extract_document
from kg.model import PLACE, Document, Event


def _events(text: str) -> list[Event]:
    doc = Document(id="t", text=text, source_text=text, published=date(2026, 3, 4))
    return extract_document(next(nlp.parse([text])), doc).events


def test_a_village_the_recogniser_missed_is_a_place_and_where_it_was_shelled():
    events = _events(
        "Shells struck the Armenian border village of Sotk late on Wednesday, injuring two "
        "civilians and damaging a school, the defence ministry said on Thursday."
    )
    struck = next(e for e in events if e.lemma == "strike")
    assert struck.place == "Sotk"
    assert ("Armenia", "patient") in {(p.actor, p.role) for p in struck.participants}


def test_a_town_shelled_is_the_place_beside_its_country():
    events = _events(
        "Government forces shelled the Syrian town of Saraqeb on Monday, killing three "
        "people, activists said."
    )
    shelled = next(e for e in events if e.lemma == "shell")
    assert shelled.place == "Saraqeb"
    assert ("Syria", "patient") in {(p.actor, p.role) for p in shelled.participants}


def test_a_town_of_a_common_noun_places_nothing():
    events = _events(
        "Protesters marched through the city of dreams on Sunday, organisers said, and "
        "police blocked the road to the port."
    )
    assert all(e.place is None for e in events)


def test_a_town_read_once_as_a_people_is_still_one_place(tmp_path):
    article = tmp_path / "saraqeb.txt"
    article.write_text(
        "Shelling hits Syrian town\n\n"
        "Government forces shelled the Syrian town of Saraqeb on Monday, killing three "
        "people, activists said.\n\n"
        "Rebels said the attack on the town of Saraqeb came hours after talks in Geneva "
        "had ended without agreement.\n",
        encoding="utf-8",
    )
    result = kg.build([article], published="2026-03-04")
    towns = [a for a in result.actors.values() if a.name == "Saraqeb"]
    assert [(a.id, a.kind, len(a.mentions)) for a in towns] == [("saraqeb", PLACE, 2)]
    attack = next(e for e in result.events.values() if "attack" in {m.text for m in e.mentions})
    assert attack.place == "saraqeb"
    assert "shelled" in {m.text for m in attack.mentions}  # one attack on one town


def test_the_shelling_of_a_town_is_placed_there():
    events = _events(
        "Rebels seized the northern town of Saraqeb in January. On Monday both sides "
        "traded accusations over the shelling of Saraqeb and over the bombing of Damascus."
    )
    placed = {e.lemma: e.place for e in events}
    assert placed.get("shelling") == "Saraqeb", placed
    assert placed.get("bombing") == "Damascus", placed
    assert placed.get("seize") == "Saraqeb", placed  # the seizure, told apart


def test_the_killing_of_a_person_places_nothing():
    events = _events(
        "Both sides traded accusations on Monday over the killing of Ahmed Saleh, a "
        "teacher, in the north."
    )
    assert all(e.place != "Ahmed Saleh" for e in events)


def _groups(events: list[Event]) -> list[set[str]]:
    return [{m.text for m in e.mentions} for e in events]


def test_the_shelling_of_a_village_and_shells_hitting_it_are_one_attack():
    events = _events(
        "Negotiators will meet again in Brussels next week. Both sides have traded "
        "accusations over the shelling of Tegh earlier this month. The ceasefire was "
        "agreed in telephone calls with the envoy, two days after shells hit the Armenian "
        "border village of Tegh and injured a farmer."
    )
    assert {"shelling", "hit"} in _groups(events), _groups(events)
    attack = next(e for e in events if "hit" in {m.text for m in e.mentions})
    assert attack.place == "Tegh"


def test_attacks_on_two_villages_stay_two():
    events = _events(
        "Negotiators will meet again in Brussels next week. Both sides have traded "
        "accusations over the shelling of Tegh earlier this month. The ceasefire was "
        "agreed in telephone calls with the envoy, two days after shells hit the Armenian "
        "border village of Sotk and injured a farmer."
    )
    groups = _groups(events)
    assert not any({"shelling", "hit"} <= g for g in groups), groups


"""The linker on our own text: conflicting accounts of one event, kept side by side."""

from __future__ import annotations

from datetime import date

import pytest

import kg
from kg.link import polarity

TALKS = (
    "Kenya and Ethiopia resume border talks\n\n"
    "Kenya and Ethiopia held a second round of border talks in Nairobi on Tuesday.\n\n"
    "Kenyan Foreign Minister Ruth Wanjiru said the talks were going very well and that "
    "both delegations wanted a deal before the rainy season.\n\n"
    "Ethiopian Foreign Minister Dawit Bekele said there had been no progress in the talks "
    "and accused Nairobi of stalling.\n\n"
    "Kenyan Trade Minister Peter Otieno said the talks were constructive.\n"
)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("I hear the negotiation itself is going very well actually", 1),
        ("there has been no “tangible” progress in the talks", -1),
        ("the talks had been constructive and promising", 1),
        ("the process has stalled and nobody is hopeful", -1),
        ("We will study the proposals and answer them in writing", 0),
        ("Kenya as well as Ethiopia sent delegations", 0),
    ],
)
def test_polarity_reads_how_an_account_judges_a_process(text, sign):
    p = polarity(text)
    assert (p > 0) - (p < 0) == sign


@pytest.fixture(scope="module")
def talks(tmp_path_factory):
    folder = tmp_path_factory.mktemp("talks")
    (folder / "talks.txt").write_text(TALKS, encoding="utf-8")
    return kg.build([folder], published=date(2025, 3, 14), progress=False)


def test_opposite_accounts_from_two_sides_are_joined_by_a_conflict(talks):
    said = {st.id: st for st in talks.statements}
    pairs = {
        tuple(sorted(talks.actors[said[x].speaker].name for x in (c.first, c.second)))
        for c in talks.conflicts
    }
    assert pairs == {("Dawit Bekele", "Ruth Wanjiru"), ("Dawit Bekele", "Peter Otieno")}
    (event,) = {c.event for c in talks.conflicts}
    assert talks.events[event].type == "Negotiate"
    for c in talks.conflicts:
        assert "no progress" in c.rationale and 0.5 < c.score <= 1.0
    # both accounts stay, attributed
    assert {"Ruth Wanjiru", "Dawit Bekele"} <= {
        talks.actors[st.speaker].name for st in talks.statements if st.speaker
    }


def test_two_ministers_of_one_government_never_conflict(talks):
    said = {st.id: st for st in talks.statements}
    for c in talks.conflicts:
        speakers = {talks.actors[said[x].speaker].name for x in (c.first, c.second)}
        assert speakers != {"Ruth Wanjiru", "Peter Otieno"}


def test_a_judgement_that_names_no_event_bears_on_the_articles_main_event(sample_build):
    # Meridian's Geneva story: Avagyan (Armenia) "The talks are going well" against
    # Rzayev (Azerbaijan) "There has been no real progress … no agreement was signed",
    # which names only the agreement, not the talks.
    result, _ = sample_build
    said = {st.id: st for st in result.statements}
    pairs = {
        frozenset(result.actors[said[x].speaker].name for x in (c.first, c.second))
        for c in result.conflicts
    }
    assert frozenset({"Lilit Avagyan", "Elchin Rzayev"}) in pairs
    assert not any("Soviet Union collapsed" in c.rationale for c in result.conflicts)


def test_one_quake_in_one_place_merges_and_another_place_stays_apart(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Quake hits Chile\n\nA powerful earthquake struck Chile on Sunday, officials said.\n",
        encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Rescuers search rubble\n\nRescuers searched the rubble after the earthquake in "
        "Chile destroyed hundreds of homes.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text(
        "Quake in Peru\n\nA strong earthquake struck Peru on Monday.\n", encoding="utf-8")
    result = kg.build([tmp_path], published=date(2025, 3, 14), progress=False)
    quakes = [e for e in result.events.values() if e.type == "Disaster"]
    by_place = {result.actors[e.place].name: sorted(e.sources) for e in quakes if e.place}
    assert by_place["Chile"] == ["a", "b"]
    assert by_place["Peru"] == ["c"]


# Two reports of one bank robbery in Dayton (no participant extracted in common, but
# the same police chief, bank and city) and a robbery in Toledo the same day.
ROBBERIES = {
    "dayton-daily": (
        "Armed men rob Dayton bank\n\n"
        "Three armed men robbed a branch of Miami Valley Bank in Dayton on Monday morning "
        "and escaped with about $40,000, police said.\n\n"
        "Dayton police chief Angela Ruiz said no one was hurt in the robbery. Officers later "
        "found the getaway car abandoned near the Great Miami River.\n"
    ),
    "ohio-wire": (
        "Police hunt Dayton bank robbers\n\n"
        "Detectives in Dayton were searching on Tuesday for the gunmen behind Monday's "
        "robbery at Miami Valley Bank, which netted the thieves some $40,000.\n\n"
        'Chief Angela Ruiz asked witnesses to come forward. "Someone saw that car," she said.\n'
    ),
    "toledo-blade": (
        "Robbers hit Toledo jewellery store\n\n"
        "Two men robbed a jewellery store in Toledo on Monday, police said.\n\n"
        "Toledo police sergeant Mark Olsen said the robbery lasted less than two minutes "
        "and the men fled on foot.\n"
    ),
}


def _build(tmp_path, texts: dict[str, str]):
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    return kg.build([tmp_path], published=date(2025, 3, 14), progress=False)


def test_one_story_merges_its_robbery_and_another_robbery_stays_apart(tmp_path):
    result = _build(tmp_path, ROBBERIES)
    crimes = [e for e in result.events.values() if e.type == "Crime"]
    merged = [e for e in crimes if len(e.sources) > 1]
    assert [e.sources for e in merged] == [["dayton-daily", "ohio-wire"]]
    assert any(e.sources == ["toledo-blade"] for e in crimes)
    why = merged[0].merge_rationale
    assert "“robbery”" in why and "tell one story" in why and "Angela Ruiz" in why
    assert "Toledo" not in why


def test_stories_group_documents_by_the_names_they_share(tmp_path):
    from kg import ingest, nlp
    from kg.extract import extract_document
    from kg.link import stories
    from kg.resolve import resolve

    for name, text in ROBBERIES.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    docs = list(ingest.read_documents([tmp_path], published=date(2025, 3, 14)))
    parsed = nlp.parse([d.text for d in docs])
    results = [extract_document(p, d) for p, d in zip(parsed, docs, strict=True)]
    story = stories(resolve(results), {d.id: d.published for d in docs})
    assert story.same("dayton-daily", "ohio-wire")
    assert not story.same("dayton-daily", "toledo-blade")
    # published a month apart, the same names no longer make one story
    far = {"dayton-daily": date(2025, 3, 14), "ohio-wire": date(2025, 4, 20)}
    assert not stories(resolve(results), far).same("dayton-daily", "ohio-wire")


BORDER = {
    "quito-times": (
        "Peru bombs Ecuadorian border post\n\n"
        "Peru bombed an Ecuadorian border post near the Cenepa river on Monday, Ecuador's "
        "defence ministry said.\n\n"
        "Ecuadorian Defence Minister Rosa Vela said two soldiers were wounded in the raid.\n"
    ),
    "andes-wire": (
        "Ecuador strikes back at Peru\n\n"
        "Ecuador shelled Peru's border garrison at Tiwinza on Wednesday, two days after the "
        "Peruvian raid on its post, the Ecuadorian army said.\n\n"
        "Peru's foreign minister Luis Prado said Lima would answer any further attack.\n"
    ),
    "lima-post": (
        "Peru denies raid\n\n"
        "Peru did not bomb any Ecuadorian post on Monday, Peru's foreign minister Luis Prado "
        "told reporters in Lima.\n"
    ),
}


@pytest.fixture(scope="module")
def border(tmp_path_factory):
    return _build(tmp_path_factory.mktemp("border"), BORDER)


def _rel(result, kind: str) -> list[tuple[str, str, str]]:
    ev = result.events
    return [(ev[r.source].title, ev[r.target].title, r.rationale)
            for r in result.relations if r.type == kind]  # fmt: skip


def test_a_retaliation_is_a_response_to_the_strike_it_answers(border):
    rows = _rel(border, "ResponseTo")
    hit = [r for r in rows if r[0].startswith("Ecuador shelled") and r[1].startswith("Peru bombed")]
    assert hit, rows
    assert "2025-03-12" in hit[0][2] and "2025-03-10" in hit[0][2] and "by Ecuador" in hit[0][2]


def test_a_denial_by_another_outlet_contradicts_the_report(border):
    rows = _rel(border, "Contradicts")
    assert [(a, b) for a, b, _ in rows] == [
        ("Peru bombed an Ecuadorian border post near the Cenepa river",
         "Peru did not bomb any Ecuadorian post")]  # fmt: skip
    assert "took place" in rows[0][2] and "did not" in rows[0][2]


def test_relations_are_typed_scored_and_never_join_an_event_to_itself(border):
    from kg.link import RELATION_TYPES

    assert border.relations
    for r in border.relations:
        assert r.type in RELATION_TYPES and 0 < r.score <= 1 and r.source != r.target
        assert r.rationale.endswith(".") and len(r.rationale) < 400


def _event(eid, kind, start=None, end=None, who=(), factuality="asserted", **kw):
    from kg.model import Event, Evidence, Participant, TimeValue

    ev = Evidence(eid.split("/")[0], 0, 4, "word")
    time = TimeValue("t", start, end or start, "day") if start else None
    return Event(eid, kind, ev, kw.pop("lemma", "word"), [ev], title=kw.pop("title", eid),
                 participants=[Participant(a, r) for a, r in who], time=time,
                 factuality=factuality, sources=[eid.split("/")[0]], **kw)  # fmt: skip


def test_a_dated_strike_inside_a_campaign_is_part_of_it_and_deaths_follow_from_it():
    from kg.link import _relation
    from kg.model import Actor

    actors = {a: Actor(a, a.title(), "country") for a in ("ruritania", "borduria")}
    sides = (("ruritania", "agent"), ("borduria", "patient"))
    campaign = _event("a/1", "UseOfForce", date(2025, 3, 1), date(2025, 3, 31), sides)
    strike = _event("b/1", "UseOfForce", date(2025, 3, 12), who=sides)
    deaths = _event("c/1", "Death", date(2025, 3, 12), who=(("borduria", "patient"),))
    part = _relation(strike, campaign, actors)
    assert (part.type, part.source, part.target) == ("PartOf", "b/1", "a/1")
    assert "falls within the longer use of force" in part.rationale
    cause = _relation(strike, deaths, actors)
    assert (cause.type, cause.source, cause.target) == ("Cause", "b/1", "c/1")
    # a hypothetical strike is part of nothing and causes nothing
    maybe = _event("d/1", "UseOfForce", date(2025, 3, 12), who=sides, factuality="hypothetical")
    assert _relation(maybe, campaign, actors).type not in {"PartOf", "Cause"}
    # no shared side and no common story: no relation at all
    other = _event("e/1", "UseOfForce", date(2025, 3, 12), who=(("syldavia", "agent"),))
    assert _relation(other, campaign, actors) is None



SHELLING = (
    "Border village shelled as talks stall\n\n"
    "Artillery shells struck the Lorvian border village of Karvan late on Wednesday, "
    "injuring three farmers and damaging the school, Lorvia's defence ministry said on "
    "Thursday.\n\n"
    "The ministry said the fire came from positions across the river and lasted about an "
    "hour. Lorvia and Borduria were due to resume talks in Vienna next week.\n"
)
FOLLOW_UP = (
    "Lorvia and Borduria agree truce\n\n"
    "Lorvia and Borduria agreed a truce on Saturday, three days after shells hit the "
    "village of Karvan and injured three farmers. The talks in Vienna will go ahead.\n"
)


def test_people_hurt_by_an_attack_are_where_it_struck_and_follow_from_it(tmp_path):
    """One type (use of force) for the attack and the injuries it caused: the injuries
    take the village the attack struck, and the linker says the attack caused them
    rather than filing both under one story."""
    (tmp_path / "karvan.txt").write_text(SHELLING, encoding="utf-8")
    (tmp_path / "truce.txt").write_text(FOLLOW_UP, encoding="utf-8")
    graph = kg.build([tmp_path], published=date(2026, 11, 14), progress=False)
    hurt = [ev for ev in graph.events.values() if ev.lemma == "injure"]
    attack = [ev for ev in graph.events.values() if ev.lemma in {"strike", "hit"}]
    assert hurt and attack, [(ev.lemma, ev.title) for ev in graph.events.values()]
    assert {graph.actors[ev.place].name for ev in hurt + attack if ev.place} == {"Karvan"}
    assert all(ev.place for ev in hurt)
    causes = {
        (r.source, r.target)
        for r in graph.relations
        if r.type == "Cause" and r.target in {ev.id for ev in hurt}
    }
    assert causes and {s for s, _ in causes} <= {ev.id for ev in attack}

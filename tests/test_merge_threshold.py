"""The merge threshold (kg/data/merge_weights.tsv): a dated pair of one story that the
rules let through merges on a score of 0.5, not only 0.7, while the same pair told weeks
apart, or at two places, stays apart. Unit checks on events made by hand: the rules and
the score, not the extractor, are under test."""

from __future__ import annotations

from datetime import date

from kg.link import Stories, assess, merge_weights
from kg.model import Actor, Event, Evidence, Participant

ACTORS = {
    "norvale": Actor("norvale", "Norvale Foods", "organisation"),
    "chicago": Actor("chicago", "Chicago", "place"),
    "denver": Actor("denver", "Denver", "place"),
}
# two articles of one story: both name Norvale Foods, each with names of its own (the
# fire brigade's people in one, the company's analysts in the other), so the articles
# look little alike by their names
STORY = Stories(
    of={"a": 0, "b": 0},
    vectors={"a": {"norvale": 0.2, "brigade": 0.98}, "b": {"norvale": 0.2, "analysts": 0.98}},
    places={"a": {"chicago"}, "b": {"chicago"}},
)


def _fire(doc: str, summary: str, who=(), place=None) -> Event:
    ev = Evidence(doc, 0, 4, "fire")
    return Event(f"{doc}/0-4", "Disaster", ev, "fire", [ev], title="fire", summary=summary,
                 participants=[Participant(a, r) for a, r in who], place=place,
                 sources=[doc])  # fmt: skip


GUTTED = _fire("a", "A fire gutted the Norvale Foods depot in Chicago overnight.", (), "chicago")
DELAYS = _fire("b", "Norvale Foods said the fire would not delay deliveries in Chicago.",
               (("norvale", "patient"),))  # fmt: skip


def test_a_fire_told_a_day_apart_in_one_story_merges_on_the_place_both_give():
    # the place of one report named by the other's sentence, one word, one story, a day
    # apart: the rules let it through, and its score (about 0.69) is one event's
    check = assess(GUTTED, DELAYS, ACTORS, STORY, {"a": date(2025, 3, 10), "b": date(2025, 3, 11)})
    assert check.blocked is None and check.evidence["own"] == {"the place"}
    assert merge_weights()[1] <= check.score < 0.7
    assert check.merges


def test_the_same_fire_words_told_six_weeks_apart_or_at_two_places_stay_apart():
    # six weeks apart: no longer within a story's days, the score falls below the threshold
    later = assess(GUTTED, DELAYS, ACTORS, STORY, {"a": date(2025, 3, 10), "b": date(2025, 4, 21)})
    assert later.blocked is None and not later.merges
    # a fire at a Denver depot of the same company, the same week: two fires
    denver = _fire("b", "A fire hit a Norvale Foods depot in Denver.", (), "denver")
    check = assess(GUTTED, denver, ACTORS, STORY, {"a": date(2025, 3, 10), "b": date(2025, 3, 11)})
    assert not check.merges and check.blocked == "place"

"""Stories clustered a component at a time in a sweep over publication days give the
stories of one clustering of every pair (issue 22, docs/cluster.md step 3).

The corpora are made here, without a parse: a story whose reports grow week after week
(so average link chains it over three weeks, where a pair is at most one apart), weekly
strikes at one port that each make a story of their own, reports of no date, and random
similarity graphs over two months.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from itertools import combinations

import pytest

from kg import link
from kg.link import STORY_DAYS, STORY_REACH, STORY_THRESHOLD, _average_link, _swept_average_link
from kg.model import PERSON, PLACE, Actor, Evidence

START = date(2025, 1, 6)  # a Monday


def _swept(sims, published, threshold=STORY_THRESHOLD, reach=None) -> list[list[str]]:
    """The stories of the sweep; exact (``reach`` None) unless a reach is given."""
    parts = _swept_average_link(sims, published, threshold, reach=reach)
    return sorted(c for part in parts for c in part)


def _growing() -> tuple[dict[tuple[str, str], float], dict[str, date | None]]:
    """Eleven weekly rounds of one story, each week's reports more than the last's,
    every report a week from the week before's: pairs only within ``STORY_DAYS``."""
    sizes = [1, 2, 3, 4, 6, 9, 13, 19, 28, 41, 60]
    published: dict[str, date | None] = {}
    weeks: list[list[str]] = []
    for week, size in enumerate(sizes):
        docs = [f"round-{week:02d}-{n:02d}" for n in range(size)]
        for d in docs:
            published[d] = START + timedelta(weeks=week)
        weeks.append(docs)
    sims: dict[tuple[str, str], float] = {}
    for week, docs in enumerate(weeks):
        for a, b in combinations(docs, 2):
            sims[a, b] = 0.5
        if week:
            for a in weeks[week - 1]:
                for b in docs:
                    sims[a, b] = 0.5
    return sims, published


def test_a_growing_story_chains_past_its_pairs_days_and_the_sweep_keeps_it_whole():
    sims, published = _growing()
    whole = _average_link(sims, STORY_THRESHOLD)
    spans = sorted((max(published[d] for d in c) - min(published[d] for d in c)).days
                   for c in whole)  # fmt: skip
    assert spans[-1] >= 3 * STORY_DAYS  # a story over three weeks, its pairs a week apart
    assert _swept(sims, published) == whole


def _ports(weeks: int = 12) -> tuple[dict[tuple[str, str], float], dict[str, date | None]]:
    """A strike at one port each week, three reports of it over three days: each week
    a story, a week apart from the next (never paired)."""
    sims: dict[tuple[str, str], float] = {}
    published: dict[str, date | None] = {}
    for week in range(weeks):
        docs = [f"port-{week:02d}-{n}" for n in range(3)]
        for n, d in enumerate(docs):
            published[d] = START + timedelta(weeks=week, days=n)
        for a, b in combinations(docs, 2):
            sims[a, b] = 0.4
    return sims, published


def test_the_sweep_clusters_each_weeks_story_alone(monkeypatch):
    sims, published = _ports()
    seen: list[int] = []

    def clustered(part, threshold):
        seen.append(len(part))
        return _average_link(part, threshold)

    monkeypatch.setattr(link, "_average_link", clustered)
    swept = _swept(sims, published)
    assert swept == _average_link(sims, STORY_THRESHOLD)
    assert len(swept) == 12 and seen == [3] * 12  # a week's three pairs at a time


def test_an_undated_report_holds_its_component_open_to_the_end():
    sims, published = _ports(4)
    published["port-undated"] = None
    sims["port-00-0", "port-undated"] = 0.3
    sims["port-03-2", "port-undated"] = 0.3
    parts = _swept_average_link(sims, published, STORY_THRESHOLD, reach=None)
    order = [sorted(c for cluster in part for c in cluster) for part in parts]
    # weeks 1 and 2 close as the sweep passes them; weeks 0 and 3, joined through the
    # undated report, only at the end
    assert order[:2] == [[f"port-01-{n}" for n in range(3)], [f"port-02-{n}" for n in range(3)]]
    assert "port-00-0" in order[-1] and "port-03-2" in order[-1]
    assert _swept(sims, published) == _average_link(sims, STORY_THRESHOLD)


def test_a_pair_further_apart_than_the_sweep_allows_is_refused():
    sims = {("a", "b"): 0.5}
    published = {"a": START, "b": START + timedelta(days=STORY_DAYS + 1)}
    with pytest.raises(ValueError, match="further apart"):
        _swept(sims, published)


@pytest.mark.parametrize("seed", range(30))
def test_random_corpora_give_the_same_stories_swept_as_whole(seed):
    rng = random.Random(seed)
    published: dict[str, date | None] = {}
    for n in range(rng.randint(10, 60)):
        published[f"doc-{n:02d}"] = (
            None if rng.random() < 0.05 else START + timedelta(days=rng.randint(0, 60))
        )
    sims: dict[tuple[str, str], float] = {}
    for a, b in combinations(sorted(published), 2):
        da, db = published[a], published[b]
        if da and db and abs((da - db).days) > STORY_DAYS:
            continue
        if rng.random() < 0.3:
            sims[a, b] = round(rng.uniform(0.02, 0.6), 3)
    threshold = rng.choice([0.05, 0.1, 0.2])
    assert _swept(sims, published, threshold) == _average_link(sims, threshold)


def test_stories_of_a_port_named_every_week_are_the_weeks(monkeypatch):
    # the port in every report, each week's strike leader in that week's two: the
    # stories come out of the sweep a week at a time, the same as one clustering
    actors = {"gdansk": Actor("gdansk", "Gdansk", PLACE)}
    published: dict[str, date | None] = {}
    for week in range(20):
        leader = Actor(f"leader-{week}", f"Leader {week}", PERSON)
        actors[leader.id] = leader
        for n in range(2):
            doc = f"port-{week:02d}-{n}"
            published[doc] = START + timedelta(weeks=week, days=n)
            actors["gdansk"].mentions.append(Evidence(doc, 0, 6, "Gdansk"))
            leader.mentions.append(Evidence(doc, 10, 20, leader.name))
    parts: list[dict] = []

    def clustered(part, threshold):
        parts.append(dict(part))
        return _average_link(part, threshold)

    monkeypatch.setattr(link, "_average_link", clustered)
    story = link.stories(actors, published)
    every = {k: v for part in parts for k, v in part.items()}
    whole = _average_link(every, STORY_THRESHOLD)
    assert sorted(sorted(d for d in story.of if story.of[d] == i)
                  for i in set(story.of.values())) == whole  # fmt: skip
    assert len(parts) > 1 and max(len(p) for p in parts) < len(every)


def _chained_year(weeks: int = 52) -> tuple[dict[tuple[str, str], float], dict[str, date | None]]:
    """A strike at a port each week (three reports over three days, the week's leader
    in each), every report naming the country too: one pair over the threshold from
    each week's last report to the next week's first chains the whole year into one
    component, while each week stays a story of its own (one pair in nine is no mean
    of the threshold)."""
    sims, published = _ports(weeks)
    for week in range(1, weeks):
        sims[f"port-{week - 1:02d}-2", f"port-{week:02d}-0"] = 0.15
    return sims, published


def test_a_year_chained_by_a_country_is_cut_and_what_is_clustered_at_once_stays_small(
    monkeypatch,
):
    # without a reach the year is one component clustered at the end, all its pairs
    # held; with it, the weeks read a reach ago are let go as the sweep goes on
    sims, published = _chained_year()
    whole = _average_link(sims, STORY_THRESHOLD)
    assert len(whole) == 52
    sizes: list[int] = []

    def clustered(part, threshold):
        sizes.append(len(part))
        return _average_link(part, threshold)

    monkeypatch.setattr(link, "_average_link", clustered)
    assert _swept(sims, published) == whole
    assert sizes == [len(sims)]  # one component, every pair clustered at once
    sizes.clear()
    assert _swept(sims, published, reach=STORY_REACH) == whole
    # a reach of weeks, the two weeks not yet final, and the week being read
    weeks = (STORY_REACH + 2 * STORY_DAYS) // 7 + 1
    assert max(sizes) <= 4 * weeks  # a week's three pairs and the chain's one
    assert len(sizes) > 52 // weeks


def test_a_cut_component_gives_every_document_one_story_and_keeps_undated_ones_open():
    sims, published = _chained_year(20)
    published["port-undated"] = None
    sims["port-00-0", "port-undated"] = 0.3
    sims["port-19-2", "port-undated"] = 0.3
    parts = list(_swept_average_link(sims, published, STORY_THRESHOLD, reach=STORY_REACH))
    stories = [c for part in parts for c in part]
    assert sorted(d for c in stories for d in c) == sorted(published)  # each once
    assert len(parts) > 2  # cut as the sweep went, not one component at the end
    # the undated report's story is only let go at the end, with week 19's reports
    assert "port-undated" in {d for c in parts[-1] for d in c}
    assert "port-19-2" in {d for c in parts[-1] for d in c}


@pytest.mark.parametrize("seed", range(20))
def test_random_corpora_shorter_than_the_reach_are_not_cut(seed):
    # over 20 days no component is open for a reach: the stories are the exact ones
    rng = random.Random(seed)
    published: dict[str, date | None] = {
        f"doc-{n:02d}": None if rng.random() < 0.05 else START + timedelta(days=rng.randint(0, 20))
        for n in range(rng.randint(10, 60))
    }
    sims: dict[tuple[str, str], float] = {}
    for a, b in combinations(sorted(published), 2):
        da, db = published[a], published[b]
        if (da is None or db is None or abs((da - db).days) <= STORY_DAYS) and rng.random() < 0.3:
            sims[a, b] = round(rng.uniform(0.02, 0.6), 3)
    threshold = rng.choice([0.05, 0.1, 0.2])
    expected = _average_link(sims, threshold)
    assert _swept(sims, published, threshold, reach=STORY_REACH) == expected

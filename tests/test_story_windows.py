"""The stories' similarities made a publication day at a time are the pairs, and the
scores, of the whole corpus (issue 22, docs/cluster.md step 3).

``kg.link._similarities`` makes the pairs of each day as their later document is read,
each name keeping only its documents of the last ``STORY_DAYS`` days and its undated
ones; the idf is the whole corpus's (``stories`` counts every name's documents first).
The corpora are made here, without a parse: strike reports at ports over two months
whose ids do not follow their dates, stories that run across many days' windows,
reports of no date, and names in too many documents to propose pairs.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from itertools import combinations

import pytest

from kg import link
from kg.link import STORY_DAYS, STORY_THRESHOLD, _average_link, _similarities
from kg.model import ORGANISATION, PERSON, PLACE, Actor, Evidence

START = date(2025, 3, 3)  # a Monday


def _ordinal(published: dict[str, date | None]) -> dict[str, int]:
    return {d: (p.toordinal() if p else link._UNDATED) for d, p in published.items()}


def _whole(vectors, published, proposing) -> dict[tuple[str, str], float]:
    """Every pair of the corpus that stories weighs, with its cosine, made at once."""
    out = {}
    for a, b in combinations(sorted(vectors), 2):
        da, db = published.get(a), published.get(b)
        if da and db and abs((da - db).days) > STORY_DAYS:
            continue
        if not set(vectors[a]) & set(vectors[b]) & proposing:
            continue
        va, vb = vectors[a], vectors[b]
        if len(vb) < len(va):
            va, vb = vb, va
        s = sum(x * vb.get(f, 0.0) for f, x in va.items())
        if s > 0.02:
            out[a, b] = s
    return out


def _windowed(vectors, published, proposing) -> list[tuple[int, list]]:
    return list(_similarities(vectors, _ordinal(published), proposing))


def _grouped(story: link.Stories) -> list[list[str]]:
    return sorted(sorted(d for d in story.of if story.of[d] == i) for i in set(story.of.values()))


def _strikes(seed: int) -> tuple[dict[str, Actor], dict[str, date | None]]:
    """Reports of strikes at five ports over two months: each names its port, the
    union and one or two of that port's strike leaders; a few are undated, and the
    ids (agency then number) do not follow the days, so a report published earlier
    often has the larger id."""
    rng = random.Random(seed)
    ports = ["Gdansk", "Rotterdam", "Antwerp", "Felixstowe", "Piraeus"]
    actors = {p.lower(): Actor(p.lower(), p, PLACE) for p in ports}
    actors["union"] = Actor("union", "Dockers' Union", ORGANISATION)
    leaders = {p: [f"{p.lower()}-leader-{k}" for k in range(4)] for p in ports}
    for p in ports:
        for k, a in enumerate(leaders[p]):
            actors[a] = Actor(a, f"{p} Leader {k}", PERSON)
    published: dict[str, date | None] = {}
    for n in range(rng.randint(30, 70)):
        doc = f"{rng.choice(['ap', 'bbc', 'reuters'])}-{rng.randint(0, 999):03d}-{n}"
        published[doc] = (
            None if rng.random() < 0.08 else START + timedelta(days=rng.randint(0, 60))
        )
        port = rng.choice(ports)
        named = [port.lower(), "union", *rng.sample(leaders[port], rng.randint(1, 2))]
        if rng.random() < 0.2:  # a report that also names another port's leader
            named.append(rng.choice(leaders[rng.choice(ports)]))
        for i, a in enumerate(named):
            for _ in range(rng.randint(1, 3)):
                actors[a].mentions.append(Evidence(doc, 10 * i, 10 * i + 5, actors[a].name))
    return actors, published


@pytest.mark.parametrize("seed", range(25))
def test_the_days_pairs_are_the_whole_corpus_pairs(seed, monkeypatch):
    # a name in more than four reports proposes no pair (the union, busy ports): it
    # still weighs in the cosine of a pair another name proposes
    monkeypatch.setattr(link, "MAX_FEATURE_DOCS", 4)
    actors, published = _strikes(seed)
    story = link.stories(actors, published)
    counts = {a.id: len({ev.doc_id for ev in a.mentions}) for a in actors.values()}
    proposing = {f for f, c in counts.items() if c <= 4}
    days = _windowed(story.vectors, published, proposing)
    windowed = {(a, b): s for _, part in days for a, b, s in part}
    whole = _whole(story.vectors, published, proposing)
    assert windowed == whole  # the same pairs and the same scores, to the bit
    assert sum(len(part) for _, part in days) == len(whole)  # each pair once
    ordinal = _ordinal(published)
    assert [day for day, _ in days] == sorted({day for day, _ in days})
    for day, part in days:  # a day's pairs: those of its later document, in id order
        assert all(max(ordinal[a], ordinal[b]) == day for a, b, _ in part)
        assert [(a, b) for a, b, _ in part] == sorted((a, b) for a, b, _ in part)
    # the stories are those of one clustering of every pair
    assert _grouped(story) == _average_link(whole, STORY_THRESHOLD)


def test_pairs_a_week_apart_meet_and_a_day_more_do_not():
    # the earlier report has the larger id: the pair is still one, in id order
    actors = {"leader": Actor("leader", "Jan Kowalski", PERSON)}
    published = {
        "zz-monday": START,
        "aa-next-monday": START + timedelta(days=STORY_DAYS),
        "ab-tuesday-after": START + timedelta(days=STORY_DAYS + 1),
        "mm-undated": None,
    }
    for doc in published:
        actors["leader"].mentions.append(Evidence(doc, 0, 12, "Jan Kowalski"))
    vectors = {d: {"leader": 1.0} for d in published}
    days = _windowed(vectors, published, {"leader"})
    pairs = [(a, b) for _, part in days for a, b, _ in part]
    assert ("aa-next-monday", "zz-monday") in pairs
    assert ("ab-tuesday-after", "zz-monday") not in pairs  # eight days apart
    assert ("aa-next-monday", "ab-tuesday-after") in pairs
    # the undated report meets all three, each on the day of the dated one
    assert {p for p in pairs if "mm-undated" in p} == {
        ("mm-undated", "zz-monday"),
        ("aa-next-monday", "mm-undated"),
        ("ab-tuesday-after", "mm-undated"),
    }
    assert days[0][0] == START.toordinal()


def test_a_story_across_many_days_and_an_undated_report_is_one_story():
    # a strike at Gdansk told every three days for over three weeks, each report naming
    # the port's strike leader and the port: a report pairs with the two before and the
    # two after it alone, each day's pairs are made in their own window, yet average
    # link keeps the story whole; an undated profile of the leader joins it, and a
    # strike at Piraeus the same weeks is a story of its own
    actors = {
        "gdansk": Actor("gdansk", "Gdansk", PLACE),
        "kowalski": Actor("kowalski", "Jan Kowalski", PERSON),
        "piraeus": Actor("piraeus", "Piraeus", PLACE),
        "papadakis": Actor("papadakis", "Nikos Papadakis", PERSON),
    }
    published: dict[str, date | None] = {}
    for k in range(9):
        for port, leader in (("gdansk", "kowalski"), ("piraeus", "papadakis")):
            doc = f"{port}-strike-{k}"
            published[doc] = START + timedelta(days=3 * k)
            actors[port].mentions.append(Evidence(doc, 0, 6, actors[port].name))
            actors[leader].mentions.append(Evidence(doc, 20, 32, actors[leader].name))
    published["profile-undated"] = None
    actors["kowalski"].mentions.append(Evidence("profile-undated", 0, 12, "Jan Kowalski"))
    story = link.stories(actors, published)
    gdansk = sorted([f"gdansk-strike-{k}" for k in range(9)] + ["profile-undated"])
    piraeus = sorted(f"piraeus-strike-{k}" for k in range(9))
    assert _grouped(story) == [gdansk, piraeus]
    spread = max(published[d] for d in gdansk if published[d]) - START
    assert spread.days > 3 * STORY_DAYS  # three times longer than any pair's days

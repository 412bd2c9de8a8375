"""What the corpus stages hold while they link: the candidates' ranking as packed
numbers and the blocks' pairs on disk must give the order and the pairs they gave when
held whole (kg.link._Ranking, kg.link._block_pairs)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from kg import link
from kg.link import POSSIBLY, RELATION_ORDER, _block_pairs, _Ranking
from kg.model import COUNTRY, ORGANISATION, PERSON, Actor, Event, Evidence, Participant, TimeValue


def _candidates(seed: int, events: int, count: int) -> list[tuple[int, float, int, int]]:
    """Candidates as link ranks them: a kind (less 7 for a possible identity), a score
    rounded to three places as _relation gives it, and a distinct (source, target)."""
    rng = random.Random(seed)
    pairs = set()
    while len(pairs) < count:
        i, j = rng.sample(range(events), 2)
        pairs.add((i, j))
    out = []
    for i, j in sorted(pairs):
        kind = rng.choice(range(len(RELATION_ORDER)))
        first = kind - len(RELATION_ORDER) * (rng.random() < 0.1)
        score = round(rng.choice([0.35, 0.5, 0.72, 0.9, rng.random()]) - 0.1 * (kind == 6), 3)
        out.append((first, score, i, j))
    return out


def _ranked(candidates, events: int) -> list[tuple[int, int]]:
    ranking = _Ranking(events)
    for c in candidates:
        ranking.add(*c)
    return list(ranking.ranked())


def _expected(candidates) -> list[tuple[int, int]]:
    return [(i, j) for _, _, i, j in sorted(candidates, key=lambda c: (c[0], -c[1], c[2], c[3]))]


def test_the_packed_ranking_orders_candidates_as_the_tuples_sort():
    candidates = _candidates(3, 5000, 20_000)
    assert _ranked(candidates, 5000) == _expected(candidates)


def test_the_ranking_by_columns_orders_them_the_same(monkeypatch):
    # events too many for one 64-bit number: ranked by np.lexsort of the columns
    monkeypatch.setattr(link, "KEY_BITS", 8)
    candidates = _candidates(4, 300, 3000)
    assert _ranked(candidates, 300) == _expected(candidates)


def test_scores_past_a_uint16_of_numbers_still_rank():
    # 70,000 distinct scores (a score unrounded): their numbers leave the uint16 column
    rng = random.Random(9)
    candidates = [(6, rng.random(), i, i + 1) for i in range(70_000)]
    assert _ranked(candidates, 70_001) == _expected(candidates)


def test_an_empty_ranking_ranks_nothing():
    assert list(_Ranking(0).ranked()) == []
    assert list(_Ranking(10).ranked()) == []


def test_the_blocks_pairs_on_disk_read_back_in_slices(monkeypatch):
    monkeypatch.setattr(link, "SLICE", 7)  # many slices, a duplicate across their edges
    ids = [f"e{n:03}" for n in range(60)]
    index = {e: i for i, e in enumerate(ids)}
    rng = random.Random(2)
    blocks = [[rng.choice(ids) for _ in range(rng.randrange(2, 12))] for _ in range(40)]
    expected = sorted(
        {index[a] * 60 + index[b] for block in blocks for a in block for b in block if a < b}
    )
    pairs = _block_pairs(blocks, index, 50)
    assert len(pairs) == len(expected)
    assert pairs.tolist() == expected
    got = [c for start in range(0, len(pairs), 5) for c in pairs[start : start + 5].tolist()]
    assert got == expected
    pairs.close()


def _story_events() -> tuple[dict[str, Event], dict[str, Actor]]:
    """Reports of two ministers' talks, strikes and a budget over eight weeks, with
    equal scores among them, so that the order of ties decides which links are kept."""
    actors = {
        "helen-marsh": Actor("helen-marsh", "Helen Marsh", PERSON),
        "amir-rostami": Actor("amir-rostami", "Amir Rostami", PERSON),
        "ministry-of-works": Actor("ministry-of-works", "Ministry of Works", ORGANISATION),
        "iran": Actor("iran", "Iran", COUNTRY),
    }
    kinds = ["Negotiate", "Consult", "UseOfForce", "Protest", "Agree", "Demand"]
    events = {}
    rng = random.Random(11)
    for n in range(90):
        doc = f"wire-{n // 3:03}"
        day = date(2024, 3, 1) + timedelta(days=rng.randrange(56))
        who = rng.sample(sorted(actors), 2)
        ev = Event(
            f"{doc}/{n}",
            rng.choice(kinds),
            Evidence(doc, 10 * n, 10 * n + 5, "talks"),
            "talk",
            mentions=[Evidence(doc, 10 * n, 10 * n + 5, "talks")],
            participants=[Participant(who[0], "agent"), Participant(who[1], "patient")],
            time=TimeValue(day.isoformat(), day, day, "day") if n % 4 else None,
            sources=[doc],
            members=[f"{doc}/{n}"],
        )
        events[ev.id] = ev
    return events, actors


def test_link_keeps_the_links_it_kept_with_the_candidates_held_whole(monkeypatch):
    events, actors = _story_events()
    got = link.link(events, actors)

    class Whole(_Ranking):  # the ranking as the tuples sort, held in a list
        def __init__(self, n):
            super().__init__(n)
            self.rows = []

        def add(self, first, score, source, target):
            self.rows.append((first, -score, source, target))

        def ranked(self):
            return ((i, j) for _, _, i, j in sorted(self.rows))

    monkeypatch.setattr(link, "_Ranking", Whole)
    assert got == link.link(events, actors)
    assert len(got) > 20
    assert any(r.rationale.startswith(POSSIBLY) for r in got) or len({r.type for r in got}) > 1


# --- the articles' texts wait on disk while resolve and linking run (kg.pipeline) ---

FLOOD = (
    "Monday 14 March 2005\n"
    "Floods cut off three villages north of Dhaka after the Jamuna broke its banks, "
    "officials said. “We have nowhere to go,” said farmer Rahim Uddin, standing in water "
    "to his knees. The Disaster Management Bureau sent boats."
)
STRIKE = (
    "Rail workers walked out on Tuesday over pay. Union leader Mary Boyle said the strike "
    "would go on “until ministers listen”; the Department for Transport called it "
    "“regrettable”. Commuters into London faced long delays."
)


def _results():
    from kg.model import DocResult, Document

    flood = Document("flood-01", FLOOD, "  " + FLOOD + "\n\nShare this story", title="Floods")
    strike = Document("strike-01", STRIKE, STRIKE + "\n", published=date(2005, 3, 15))
    odd = Document("odd-01", "A lone \ud800 half of a pair.", "A lone \ud800 half of a pair.")
    return [DocResult(strike), DocResult(flood), DocResult(odd)]


class _Model:
    lang = "en"
    meta = {"name": "core_web_sm", "version": "test"}


def _assemble(results):
    from datetime import datetime, timezone

    from kg import pipeline
    from kg.config import Settings

    return pipeline.assemble(
        results, Settings(), [], {}, datetime.now(timezone.utc), {"en": _Model}
    )


def test_resolve_and_linking_run_without_the_articles_texts(monkeypatch):
    from kg import pipeline

    results = _results()
    docs = [r.doc for r in results]
    expected = {d.id: (d.text, d.source_text) for d in docs}
    seen, dates = {}, {}
    link = pipeline.link

    def spy(events, actors, story, **options):
        seen.update({d.id: (d.text, d.source_text) for d in docs})
        dates.update(story.published)
        return link(events, actors, story, **options)

    monkeypatch.setattr(pipeline, "link", spy)
    result = _assemble(results)
    assert seen == {i: ("", "") for i in expected}  # not held while linking
    # every text given back whole, to the same documents, in id order
    assert [d.id for d in result.documents] == ["flood-01", "odd-01", "strike-01"]
    assert {d.id: (d.text, d.source_text) for d in result.documents} == expected
    in_order = sorted(docs, key=lambda d: d.id)
    assert all(a is b for a, b in zip(result.documents, in_order, strict=True))
    # the undated flood report is dated by its dateline, read before the text went
    assert dates["flood-01"] == date(2005, 3, 14)
    assert dates["strike-01"] == date(2005, 3, 15)


def test_the_texts_come_back_when_linking_fails(monkeypatch):
    from kg import pipeline

    def broken(events, actors, story, **options):
        raise RuntimeError("disk full")

    monkeypatch.setattr(pipeline, "link", broken)
    results = _results()
    expected = [(r.doc.text, r.doc.source_text) for r in results]
    with pytest.raises(RuntimeError):
        _assemble(results)
    assert [(r.doc.text, r.doc.source_text) for r in results] == expected


def test_the_ranking_holds_one_number_a_candidate_at_its_peak(monkeypatch):
    # columns (11 bytes) and the keys made from them (8) were both held at once: the
    # peak of linking at 10k simulated articles; now 8 bytes and the growth of one array
    # (and one slice of places as Python ints: a small slice, so it does not count)
    import tracemalloc

    monkeypatch.setattr(link, "SLICE", 4096)
    count = 200_000
    candidates = _candidates(5, 60_000, count)
    expected = _expected(candidates)
    tracemalloc.start()
    try:
        ranking = _Ranking(60_000)
        for c in candidates:
            ranking.add(*c)
        same = all(got == want for got, want in zip(ranking.ranked(), expected, strict=True))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert same
    assert peak < 12 * count, peak / count

"""The relations' cap per event decided in a sweep over publication time (issue 22,
docs/cluster.md step 3): :class:`kg.link.CapSweep` keeps the very relations
:func:`kg.link.link`'s one greedy pass over every candidate keeps, though a candidate
is kept or not by a chain of better candidates that crosses windows.

The corpus is made here, without a parse: eleven weeks of talks and strikes in Kenya,
three reports a day, each week led by one of three envoys (so an envoy's events of
three weeks apart meet in one block, and each event has more candidates than the cap),
each day's reports one story; and reports of no date, which meet every window.
"""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta

from kg import link
from kg.link import MAX_LINKS_PER_EVENT, CapSweep, merge
from kg.model import COUNTRY, PERSON, Actor, Event, Evidence, Participant, TimeValue

START = date(2025, 3, 1)
ENVOYS = ("amina-yusuf", "kofi-mensah", "lena-brandt")


def _event(doc: str, kind: str, when: TimeValue | None, people: list[str]) -> Event:
    word = {"Negotiate": "talks", "Protest": "strike", "Consult": "met"}[kind]
    trigger = Evidence(doc, 10, 10 + len(word), word)
    return Event(
        id=f"{doc}/10-{10 + len(word)}",
        type=kind,
        trigger=trigger,
        lemma=word,
        mentions=[trigger],
        participants=[Participant(p, "agent") for p in people] + [Participant("kenya", "patient")],
        time=when,
        sources=[doc],
    )


def _corpus() -> tuple[dict[str, Event], dict[str, Actor], link.Stories]:
    actors = {"kenya": Actor("kenya", "Kenya", COUNTRY)}
    for envoy in ENVOYS:
        actors[envoy] = Actor(envoy, envoy.replace("-", " ").title(), PERSON)
    events, published, of = [], {}, {}
    for day in range(77):
        today = START + timedelta(days=day)
        envoy = ENVOYS[(day // 7) % 3]
        for n, kind in enumerate(("Negotiate", "Consult", "Protest")):
            doc = f"wire-{day:02d}-{n}"
            published[doc], of[doc] = today, day
            when = TimeValue("today", today, today, "day") if n < 2 else None
            people = [envoy] if n < 2 else [ENVOYS[day % 3]]
            events.append(_event(doc, kind, when, people))
    for n in range(3):  # no date at all
        doc = f"undated-{n}"
        published[doc] = None
        events.append(_event(doc, "Negotiate", None, [ENVOYS[n]]))
    story = link.Stories(of=of, published=published)
    return merge(events, actors, story, published), actors, story


def _swept(
    ranked: list[tuple[str, str]], told: dict, step: int, cap: int = MAX_LINKS_PER_EVENT
) -> list[tuple[str, str]]:
    """The candidates ``ranked`` best first decided by a sweep of ``step`` days: an
    event read on its first day told, closed once every event told by its last day is
    read, a candidate added once both its events are read; the undated closed last."""
    events = {e for pair in ranked for e in pair}
    dated = sorted((told[e][0], e) for e in events if told.get(e) is not None)
    sweep, read, kept = CapSweep(cap), set(), []
    by_event: dict[str, list[int]] = {}
    for k, (x, y) in enumerate(ranked):
        by_event.setdefault(x, []).append(k)
        by_event.setdefault(y, []).append(k)
    undated = sorted(events - {e for _, e in dated})

    def arrive(e: str) -> None:
        read.add(e)
        for k in by_event[e]:
            x, y = ranked[k]
            if x in read and y in read:
                sweep.add((k,), x, y)

    for e in undated:
        arrive(e)
    day, i = dated[0][0] if dated else 0, 0
    while i < len(dated):
        day += step
        while i < len(dated) and dated[i][0] < day:
            arrive(dated[i][1])
            i += 1
        sweep.close(e for e in read if e not in undated and told[e][1] < day)
        kept.extend(sweep.settle())
    sweep.close(read)
    kept.extend(sweep.settle())
    assert not sweep.waiting
    return [(x, y) for _, x, y in sorted(kept)]


def test_a_sweep_keeps_the_relations_of_linking_whole(monkeypatch):
    events, actors, story = _corpus()
    seen: dict[str, object] = {}
    block_pairs, ranked = link._block_pairs, link._Ranking.ranked

    def told_kept(blocks, index, largest, told=None):
        seen["told"], seen["order"] = dict(told), sorted(index, key=index.get)
        return block_pairs(blocks, index, largest, told)

    def ranking_kept(self):
        seen["ranked"] = list(ranked(self))
        return iter(seen["ranked"])

    monkeypatch.setattr(link, "_block_pairs", told_kept)
    monkeypatch.setattr(link._Ranking, "ranked", ranking_kept)
    relations = link.link(events, actors, story)
    order = seen["order"]
    candidates = [(order[i], order[j]) for i, j in seen["ranked"]]
    whole = {(r.source, r.target) for r in relations}
    kept = Counter(e for pair in whole for e in pair)
    # the cap binds: some events keep the cap though they had more candidates
    assert len(candidates) > 3 * len(whole)
    assert max(kept.values()) == MAX_LINKS_PER_EVENT
    for step in (1, 7, 31):
        assert set(_swept(candidates, seen["told"], step)) == whole, step


def _greedy(ranked: list[tuple[str, str]], cap: int) -> list[tuple[str, str]]:
    """link's own pass: a candidate is kept while both its events have under ``cap``."""
    count: dict[str, int] = {}
    kept = []
    for x, y in ranked:
        if count.get(x, 0) < cap and count.get(y, 0) < cap:
            kept.append((x, y))
            count[x] = count.get(x, 0) + 1
            count[y] = count.get(y, 0) + 1
    return kept


def test_chains_of_better_candidates_across_windows_are_decided_as_one_pass_would():
    # events told over a year, each meeting those of the next 40 days, ranked at
    # random: a candidate's fate hangs on chains that run over many windows
    for seed in range(40):
        rng = random.Random(seed)
        told = {}
        for n in range(rng.randint(20, 90)):
            start = rng.randint(0, 365)
            told[f"e{n:02d}"] = (start, start + rng.randint(0, 40))
        told["undated"] = None
        pairs = [
            (x, y)
            for x in sorted(told)
            for y in sorted(told)
            if x < y
            and (told[x] is None or told[y] is None
                 or (told[x][0] <= told[y][1] and told[y][0] <= told[x][1]))
            and rng.random() < 0.7
        ]  # fmt: skip
        rng.shuffle(pairs)
        cap = rng.randint(1, 6)
        greedy = _greedy(pairs, cap)
        for step in (1, 5, 30):
            assert _swept(pairs, told, step, cap) == greedy, (seed, step)

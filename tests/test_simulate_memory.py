"""What resolve and link hold at their peak (issues 22 and 24): bench/simulate.py's
20k row peaked at 1,820 MB in the main process, most of it the linker's ranking of
its candidate relations and resolve's actors under construction. These tests trace
the two stages on wire-like input of our own and bound what they allocate at their
peak: the bounds sit between the structures as they were and as they are, so
going back to the old ones fails them."""

from __future__ import annotations

import tracemalloc
from datetime import date, timedelta

from test_link import _event

from kg.link import link
from kg.model import PERSON, PLACE, Actor, ActorMention, DocResult, Document, Evidence
from kg.resolve import EMPTY, resolve


def _peak(fn, *args):
    """``fn(*args)`` and the most it had allocated at once, in bytes."""
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        out = fn(*args)
        return out, tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()


def _talks(n: int, ministers: int) -> dict:
    """``n`` one-article reports of ministers' talks over three weeks: each names two
    of the ministers, so every minister's reports are a block of candidate pairs."""
    events = {}
    for i in range(n):
        who = (
            (f"minister-{i % ministers}", "agent"),
            (f"minister-{(i * 7 + 3) % ministers}", "patient"),
        )
        kind = ("Consult", "Negotiate", "Demand", "MakeStatement")[i % 4]
        ev = _event(f"wire-{i}/1", kind, date(2025, 3, 1) + timedelta(days=i % 20), who=who)
        events[ev.id] = ev
    return events


def test_linking_ranks_its_candidates_a_slice_at_a_time(monkeypatch):
    # 600 reports, each naming two of ten ministers, give some 30,000 candidate
    # relations, of which each report keeps six at most. Ranked as one list of Python
    # ints (36 bytes each) beside 8-byte columns, the candidates took 320 MB at 20k
    # simulated articles, the peak; turned into ints a slice at a time, they take what
    # the slice does. With a slice of 1,024 the candidates here are 30 slices, and the
    # peak is the pairs' (3.6 MB; 6.1 MB when the ranking took a list of them all).
    monkeypatch.setattr("kg.link.SLICE", 1024, raising=False)
    actors = {f"minister-{k}": Actor(f"minister-{k}", f"Minister {k}", PERSON) for k in range(10)}
    events = _talks(600, 10)
    relations, peak = _peak(link, events, actors)
    assert relations and all(r.source in events and r.target in events for r in relations)
    per_event: dict[str, int] = {}
    for r in relations:
        for e in (r.source, r.target):
            per_event[e] = per_event.get(e, 0) + 1
    assert max(per_event.values()) <= 6  # the cap still holds
    assert peak < 4.5 * 2**20, f"{peak / 2**20:.1f} MB at linking's peak"


def _meetings(n: int) -> list[DocResult]:
    """``n`` articles, each naming two people of its own and one port."""
    results = []
    for d in range(n):
        doc_id = f"wire-{d}"
        first, second = f"Anna Lindqvist{d}", f"Piotr Zielinski{d}"
        text = f"Minister {first} met {second} in Gdansk on Monday."
        at = text.index(second)
        port = text.index("Gdansk")
        mentions = [
            ActorMention(Evidence(doc_id, 9, 9 + len(first), first), PERSON, first),
            ActorMention(Evidence(doc_id, at, at + len(second), second), PERSON, second),
            ActorMention(Evidence(doc_id, port, port + 6, "Gdansk"), PLACE, "Gdansk"),
        ]
        doc = Document(doc_id, text, text, published=date(2026, 3, 2))
        results.append(DocResult(doc, actors=mentions))
    return results


def test_resolve_gives_an_actor_a_set_only_when_it_has_something_to_hold():
    results = _meetings(1500)
    results[0].actors[0].title = "Minister"  # one actor with a title of its own
    actors, peak = _peak(resolve, results)
    assert len(actors) == 3001
    anna = actors["anna-lindqvist0"]
    assert anna.titles == {"Minister"} and type(anna.titles) is set
    piotr = actors["piotr-zielinski0"]
    assert piotr.titles is EMPTY and piotr.aliases is EMPTY and piotr.positions is EMPTY
    assert len(actors["gdansk"].mentions) == 1500
    # four empty sets an actor (216 bytes each), made to be let go at the end, took
    # some 1,860 bytes an actor at resolve's peak, against some 1,330 without them
    assert peak / len(actors) < 1600, f"{peak / len(actors):.0f} bytes an actor"

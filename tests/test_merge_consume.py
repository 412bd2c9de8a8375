"""A build's merge lets each per-document event go once its merged event is made
(issue #22): holding every per-document event beside every merged one was linking's
peak at 10k simulated articles. The merged events are those of a merge that keeps its
input. Events are built by hand, texts are ours."""

from __future__ import annotations

import gc
from datetime import date

from kg.link import Stories, merge
from kg.model import Actor, Event, Evidence, Participant

ACTORS = {
    "okafor": Actor("okafor", "Grace Okafor", "person"),
    "harbour": Actor("harbour", "Harbour Workers Union", "organisation"),
    "dundee": Actor("dundee", "Dundee", "place"),
}


def _event(doc: str, start: int, kind: str, word: str, summary: str, who=(), place=None) -> Event:
    ev = Evidence(doc, start, start + len(word), word)
    return Event(f"{doc}/{start}-{start + len(word)}", kind, ev, word, [ev], title=summary,
                 summary=summary, participants=[Participant(a, r) for a, r in who],
                 place=place, sources=[doc])  # fmt: skip


def _reports() -> tuple[list[Event], Stories]:
    """Three articles of one dock strike: two tell the walkout, one a union leader's
    arrest the day after; a fourth, a month later, a strike of another union."""
    union = [("harbour", "agent")]
    events = [
        _event("port-1", 40, "Protest", "walked out",
               "Dock workers in Dundee walked out over pay on Monday.", union, "dundee"),
        _event("port-1", 210, "MakeStatement", "said",
               "Grace Okafor said the strike would go on until the offer improved.",
               [("okafor", "agent")]),
        _event("port-2", 12, "Protest", "strike",
               "The strike by Dundee dock workers over pay began on Monday.", union, "dundee"),
        _event("port-3", 88, "Arrest", "arrested",
               "Police arrested Grace Okafor outside the port gates.",
               [("okafor", "patient")], "dundee"),
        _event("port-4", 5, "Protest", "strike",
               "Nurses at the Dundee hospital began a strike over staffing.", (), "dundee"),
    ]  # fmt: skip
    vector = {"harbour": 0.7, "okafor": 0.7}
    story = Stories(
        of={"port-1": 0, "port-2": 0, "port-3": 0, "port-4": 1},
        vectors={d: vector for d in ("port-1", "port-2", "port-3")} | {"port-4": {"nhs": 1.0}},
        published={"port-1": date(2026, 3, 2), "port-2": date(2026, 3, 2),
                   "port-3": date(2026, 3, 3), "port-4": date(2026, 4, 6)},
        places={d: {"dundee"} for d in ("port-1", "port-2", "port-3", "port-4")},
    )  # fmt: skip
    return events, story


def _alive(ids: set[str]) -> list[str]:
    """The ids of the per-document events still held by anything."""
    gc.collect()
    return sorted(o.id for o in gc.get_objects() if isinstance(o, Event) and o.id in ids)


def test_a_consuming_merge_gives_the_same_events_and_lets_the_reports_go():
    events, story = _reports()
    ids = {e.id for e in events}
    merged = merge(events, ACTORS, story, consume=True)
    assert events == []  # the caller's list is emptied
    assert _alive(ids) == []  # and no per-document event is held any more
    # the walkout told twice is one strike; the nurses' strike a month on is another
    assert sorted(len(e.members) for e in merged.values()) == [1, 1, 1, 2]
    # the same merged events as a merge that keeps its input, which leaves it whole
    kept, story = _reports()
    assert merge(kept, ACTORS, story) == merged
    assert len(kept) == 5 and _alive(ids) == sorted(ids)

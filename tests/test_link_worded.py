"""The linker ranks candidate pairs before it words them (issue 24).

On BBC politics ~100k candidate pairs are weighed and a few kept; their rationales
("Ruritania is the agent of both the use of force ... and ...") were built for every one
of them. ``_relation(..., worded=False)`` must choose the same kind, direction and score
as the worded call, for every kind of relation, so ranking without words keeps the
same links.
"""

from __future__ import annotations

from datetime import date
from itertools import permutations

from kg.link import _relation
from kg.model import Actor, Event, Evidence, Participant, TimeValue


def _event(eid, kind, start=None, end=None, who=(), factuality="asserted", **kw) -> Event:
    ev = Evidence(eid.split("/")[0], 0, 4, "word")
    time = TimeValue("t", start, end or start, "day") if start else None
    return Event(eid, kind, ev, kw.pop("lemma", "word"), [ev], title=kw.pop("title", eid),
                 participants=[Participant(a, r) for a, r in who], time=time,
                 factuality=factuality, sources=[eid.split("/")[0]], **kw)  # fmt: skip


ACTORS = {a: Actor(a, a.title(), "country") for a in ("ruritania", "borduria", "syldavia")}
HIT = (("ruritania", "agent"), ("borduria", "patient"))
BACK = (("borduria", "agent"), ("ruritania", "patient"))
EVENTS = [
    _event(
        "a/1",
        "UseOfForce",
        date(2025, 3, 1),
        date(2025, 3, 31),
        HIT,
        title="Ruritanian shelling campaign along the border",
    ),
    _event("b/1", "UseOfForce", date(2025, 3, 12), who=HIT, title="Ruritania shelled Gork"),
    _event(
        "c/1",
        "UseOfForce",
        date(2025, 3, 12),
        who=HIT,
        factuality="negated",
        title="Ruritania did not shell Gork",
    ),
    _event("d/1", "UseOfForce", date(2025, 3, 14), who=BACK, title="Borduria struck back"),
    _event(
        "e/1",
        "Death",
        date(2025, 3, 12),
        who=(("borduria", "patient"),),
        title="Three Bordurian soldiers killed",
    ),
    _event(
        "f/1",
        "Negotiate",
        date(2025, 3, 13),
        who=(("ruritania", "party"), ("borduria", "party"), ("syldavia", "mediator")),
        title="Talks in Geneva",
    ),
    _event(
        "g/1",
        "Negotiate",
        date(2025, 3, 13),
        who=(("ruritania", "party"), ("borduria", "party")),
        title="Talks in Vienna",
    ),
    _event(
        "h/1",
        "Consult",
        date(2021, 6, 2),
        who=(("ruritania", "party"),),
        title="Ruritania consulted its allies",
    ),
    _event(
        "i/1",
        "UseOfForce",
        who=(("syldavia", "agent"),),
        factuality="hypothetical",
        place="syldavia",
        title="A Syldavian strike, if it comes",
    ),
    _event(
        "j/1",
        "UseOfForce",
        date(2025, 3, 20),
        who=(("syldavia", "agent"),),
        place="syldavia",
        title="Syldavia fired on a convoy",
    ),
]


def test_unworded_relations_rank_as_the_worded_ones_for_every_kind() -> None:
    kinds = set()
    for a, b in permutations(EVENTS, 2):
        for same_story in (False, True):
            worded = _relation(a, b, ACTORS, same_story)
            bare = _relation(a, b, ACTORS, same_story, worded=False)
            if worded is None:
                assert bare is None
                continue
            kinds.add(worded.type)
            assert worded.rationale and bare.rationale == ""
            assert (bare.source, bare.target, bare.type, bare.score) == (
                worded.source,
                worded.target,
                worded.type,
                worded.score,
            )
    # every branch of the choice is reached, each with its own wording skipped
    assert kinds >= {"Contradicts", "PartOf", "ResponseTo", "Cause", "Parallel", "Before",
                     "SameStory"}  # fmt: skip

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

from test_link import _event

from kg.link import _relation
from kg.model import Actor

ACTORS = {a: Actor(a, a.title(), "country") for a in ("ruritania", "borduria", "syldavia")}
HIT = (("ruritania", "agent"), ("borduria", "patient"))
BACK = (("borduria", "agent"), ("ruritania", "patient"))
TALKS = (("ruritania", "party"), ("borduria", "party"))
MARCH = date(2025, 3, 1), date(2025, 3, 31)
# (id, type, start, end, participants, title, other fields)
ROWS = [
    ("a/1", "UseOfForce", *MARCH, HIT, "Ruritanian shelling campaign along the border", {}),
    ("b/1", "UseOfForce", date(2025, 3, 12), None, HIT, "Ruritania shelled Gork", {}),
    ("c/1", "UseOfForce", date(2025, 3, 12), None, HIT, "Ruritania did not shell Gork",
     {"factuality": "negated"}),
    ("d/1", "UseOfForce", date(2025, 3, 14), None, BACK, "Borduria struck back", {}),
    ("e/1", "Death", date(2025, 3, 12), None, (("borduria", "patient"),),
     "Three Bordurian soldiers killed", {}),
    ("f/1", "Negotiate", date(2025, 3, 13), None, (*TALKS, ("syldavia", "mediator")),
     "Talks in Geneva", {}),
    ("g/1", "Negotiate", date(2025, 3, 13), None, TALKS, "Talks in Vienna", {}),
    ("h/1", "Consult", date(2021, 6, 2), None, (("ruritania", "party"),),
     "Ruritania consulted its allies", {}),
    ("i/1", "UseOfForce", None, None, (("syldavia", "agent"),), "A Syldavian strike, if it comes",
     {"factuality": "hypothetical", "place": "syldavia"}),
    ("j/1", "UseOfForce", date(2025, 3, 20), None, (("syldavia", "agent"),),
     "Syldavia fired on a convoy", {"place": "syldavia"}),
]  # fmt: skip
EVENTS = [
    _event(eid, kind, start, end, who, title=title, **more)
    for eid, kind, start, end, who, title, more in ROWS
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

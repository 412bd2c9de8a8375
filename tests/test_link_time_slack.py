"""The time rule's slack where a report's own day meets an event placed around its report
(issue 19). An article with no publication date now reads its "Monday" from its dateline,
so its event has an exact day where it had none: set against an event another report
gives no day (placed ``PUBLISHED_SLACK`` either side of its publication), that day must
not keep apart what the two placements let merge. Reports of a prison escape, ours, in
the shape of ECB+'s. (A plan with no day still stays apart from a fact with one:
``tests/test_merge_types.py``.)"""

from __future__ import annotations

from datetime import date, timedelta

from kg.link import PUBLISHED_SLACK, Stories, assess
from kg.model import Actor, Event, Evidence, Participant, TimeValue

ACTORS = {
    "ray": Actor("ray", "Anthony Ray", "person"),
    "lakeview": Actor("lakeview", "Lakeview Prison", "place"),
    "kovacs": Actor("kovacs", "Milan Kovacs", "person"),
    "belfast": Actor("belfast", "Belfast", "place"),
}
STORY = Stories(of={"a": 0, "b": 0}, vectors={d: {"ray": 0.7, "kovacs": 0.7} for d in "ab"})


def _event(doc, kind, lemma, who, place, day=None, factuality="asserted") -> Event:
    ev = Evidence(doc, 0, len(lemma), lemma)
    time = TimeValue("Monday", day, day, "day") if day else None
    return Event(f"{doc}/0-{len(lemma)}", kind, ev, lemma, [ev], title=lemma,
                 participants=[Participant(a, r) for a, r in who], time=time, place=place,
                 factuality=factuality, sources=[doc])  # fmt: skip


ESCAPED = (("ray", "agent"),)


def test_a_day_of_its_own_is_no_nearer_to_a_placed_report_than_its_undated_report_was():
    # the first report, dated by its dateline only, "Anthony Ray escaped from Lakeview
    # Prison on Monday"; a report six weeks later recalls "Ray's escape" with no day
    monday = date(2009, 11, 30)
    later = date(2010, 1, 12)
    published = {"a": monday, "b": later}
    recalled = _event("b", "Movement", "escape", ESCAPED, "lakeview")
    undated = _event("a", "Movement", "escape", ESCAPED, "lakeview")
    dated = _event("a", "Movement", "escape", ESCAPED, "lakeview", day=monday)
    # both placed around their reports: 43 days apart, within two slacks, one escape
    assert assess(undated, recalled, ACTORS, STORY, published=published).merges
    # the first report's day read from its dateline does not make it two escapes
    check = assess(dated, recalled, ACTORS, STORY, published=published)
    assert check.blocked is None and check.merges
    assert assess(recalled, dated, ACTORS, STORY, published=published).merges
    # the slack is a placement's, no more: a report more than two slacks later recalls
    # another escape, and two days of their own that differ are two escapes
    far = {"a": monday, "b": monday + timedelta(days=2 * PUBLISHED_SLACK + 5)}
    assert assess(dated, recalled, ACTORS, STORY, published=far).blocked == "time"
    other = _event("b", "Movement", "escape", ESCAPED, "lakeview", day=date(2009, 12, 3))
    check = assess(dated, other, ACTORS, STORY, published={"a": monday, "b": monday})
    assert check.blocked == "time"


DEFENDS = (("kovacs", "agent"),)

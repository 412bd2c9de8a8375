"""The bench's merge decisions split by time, for tuning kg.link (issue #19).

ECB+ articles mostly have no date, where the issue's rule decides; what is worth tuning
is what kg decides on dated pairs, so ``--errors`` splits every kind by "dated" and
"undated" and says what the rules would have decided on the pairs kg never weighs (on
ECB+ train most such pairs of one gold event are blocked by their types)."""

from __future__ import annotations

from datetime import date

from conftest import load_bench
from test_bench_event_coref import _ecb_match, _m

from kg.link import Stories
from kg.model import Actor, Event, Evidence, Participant


def _event(doc: str, kind: str, lemma: str) -> Event:
    ev = Evidence(doc, 0, len(lemma), lemma)
    sides = [Participant("norvale", "agent"), Participant("brightwater", "patient")]
    return Event(f"{doc}/e", kind, ev, lemma, [ev], title=lemma, participants=sides,
                 sources=[doc])  # fmt: skip


def test_merge_decisions_by_time_split_dated_from_undated_and_name_unweighed_causes():
    # Norvale supplies Brightwater in a and b (one gold chain); c's "sales" (gold chain B)
    # names the same sides; a and b dated, c not
    ec = load_bench("event_coref.py")
    actors = {k: Actor(k, k.title(), "organisation") for k in ("norvale", "brightwater")}
    events = [_event("a", "Business", "supply"), _event("b", "Business", "supply"),
              _event("c", "Business", "sale")]  # fmt: skip
    day = date(2025, 3, 10)
    story = Stories(of={d: 0 for d in "abc"}, published={"a": day, "b": day, "c": None})
    golds = [[_m(ec, i, 0, chain, tokens={1})] for i, chain in enumerate("AAB")]
    mentions = [[_m(ec, i, 0, e.id, tokens={1})] for i, e in enumerate(events)]
    corpus = ec.Corpus("t", "dev", list("abc"), [], golds, [0, 0, 0], [None] * 3,
                       lambda m: True, _ecb_match(ec))  # fmt: skip
    linking = ec.Linking(events, actors, story)
    same, apart = ec.merge_decisions(linking, mentions, corpus, by_time=True)
    assert same == {"merges, dated": 1}
    assert apart == {"undated, undated": 2}
    # without the split, as before
    assert ec.merge_decisions(linking, mentions, corpus) == ({"merges": 1}, {"undated": 2})
    # a pair of one gold event kg never weighs (two types of two families) says why
    events[1] = _event("b", "Arrest", "arrest")
    same, _ = ec.merge_decisions(ec.Linking(events, actors, story), mentions, corpus, by_time=True)
    assert same == {"not weighed: type (then score), dated": 1}

"""Grouping reads each mention's facts once (issue 24): a mention that joins a group,
and a group merged into another, bring what was read of them when they started.

The text is written for the project. The hard cases: a killing that counts its victims
("killed two men") joining a death ("died at the scene") and an untyped word, so that
what hangs on a group's own family (a violence group meeting deaths, the victims it
counts) is read for the group that takes the mention in, not the one it came from.
"""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date

import pytest

from kg import nlp
from kg.extract import event_groups, events, extract_document
from kg.extract.event_groups import Context, _Group
from kg.model import Document

SHOOTING = (
    "A gunman shot and killed two men outside a bar in Leeds on Friday night, police "
    "said. Both men died at the scene. The shooting was the third in the city this year. "
    "Officers arrested a 24-year-old man on Saturday over the killing, and he was held "
    "overnight. The attack shocked the street, neighbours said."
)


@pytest.fixture(scope="module")
def grouped() -> dict:
    """The mentions and actors grouping was given, and how often it read landmarks."""
    seen: dict = {"landmarks": 0}
    group_mentions, landmarks = events.group_mentions, event_groups._landmarks

    def keep(mentions, words, index=None):
        seen.update(mentions=list(mentions), words=words, index=index)
        return group_mentions(mentions, words, index)

    def count(m):
        seen["landmarks"] += 1
        return landmarks(m)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(events, "group_mentions", keep)
        mp.setattr(event_groups, "_landmarks", count)
        doc = Document("shooting", SHOOTING, SHOOTING, published=date(2025, 3, 15))
        seen["result"] = extract_document(nlp.load()(SHOOTING), doc)
    return seen


def test_each_mention_is_read_once_and_merged_as_added(grouped: dict) -> None:
    mentions = grouped["mentions"]
    joined = [e for e in grouped["result"].events if len(e.mentions) > 1]
    assert joined, "the killing, the deaths and the shooting are told more than once"
    assert grouped["landmarks"] == len(mentions)  # each read once, not at every join
    # and a merge holds what adding each mention again held, every field, for each pair
    # of the text's mentions whatever their families: a field ``add`` fills and
    # ``merge`` forgets fails here
    words = grouped["words"]
    ctx = Context.of(grouped["index"])
    ctx = replace(ctx, starts=tuple(s.start for s in mentions[0].trigger.doc.sents))
    families = {event_groups._family(m) for m in mentions}
    assert {event_groups.VIOLENCE, event_groups.DEATH} <= families
    skip = {"cache", "heads"}
    for first in mentions:
        for second in mentions:
            if first is second:
                continue
            merged = _Group.start(first, ctx, words)
            merged.merge(_Group.start(second, ctx, words), words)
            added = _Group.start(first, ctx, words)
            added.add(second, words)
            for f in fields(_Group):
                if f.name not in skip:
                    assert getattr(merged, f.name) == getattr(added, f.name), (
                        f.name,
                        first.trigger.text,
                        second.trigger.text,
                    )


def test_kept_answers_follow_a_group_that_grows(grouped: dict) -> None:
    """What grouping keeps per group or per pair (issue 24: :func:`_first_pointer`,
    :func:`_verb_stems`, :func:`_distance` and :func:`_anchored` kept while neither
    group grows) is what reading the groups afresh gives, for each pair either way
    round, and again once a group has taken in a mention near the other: the gunman's
    shooting told first is four sentences from "the attack", then one once the
    arrest joins it."""
    mentions = sorted(grouped["mentions"], key=lambda m: m.trigger.i)
    words = grouped["words"]
    ctx = Context.of(grouped["index"])
    ctx = replace(ctx, starts=tuple(s.start for s in mentions[0].trigger.doc.sents))
    kept = (event_groups._distance, event_groups._anchored)

    def fresh(g: _Group) -> _Group:
        out = _Group.start(g.mentions[0], ctx, words)
        for m in g.mentions[1:]:
            out.add(m, words)
        return out

    def check(g: _Group, h: _Group) -> None:
        for fn in kept:
            assert fn(g, h) == fn(h, g) == fn.__wrapped__(fresh(g), fresh(h)), fn.__name__
        for x in (g, h):
            y = fresh(x)
            assert event_groups._first_pointer(x) == event_groups._first_pointer(y)
            assert event_groups._verb_stems(x) == event_groups._verb_stems(y)

    groups = [_Group.start(m, ctx, words) for m in mentions]
    for g in groups:
        for h in groups:
            if g is not h:
                check(g, h)
    first, last = groups[0], groups[-1]
    sentence = ctx.sentence
    assert sentence(last.mentions[0].trigger) - sentence(first.mentions[0].trigger) == 4
    assert event_groups._distance(first, last) == 4
    near = next(m for m in mentions if m.trigger.lemma_ == "arrest")
    first.add(near, words)
    assert event_groups._distance(first, last) == 1  # not the 4 kept before it grew
    check(first, last)

"""Merging pairs events only within their windows of time, with the merges of all pairs.

The corpus is made here, without a parse: talks reported day after day for two months,
each report dating its round ("on Sunday"), rounds reported again the next days (so a
story crosses the Sunday-to-Monday edge of a week, and a month's edge), a month-long
campaign every report of which overlaps, and reports of no known date. Every event
shares a country with every other, the block a real archive makes quadratic.
"""

from __future__ import annotations

from datetime import date, timedelta
from itertools import combinations

from kg import link
from kg.link import _known_span, candidates, merge, reference_dates
from kg.model import COUNTRY, PERSON, Actor, Event, Evidence, Participant, TimeValue

START = date(2025, 3, 1)  # a Saturday
DAYS = 60


def _event(doc: str, kind: str, when: TimeValue | None, people: list[str]) -> Event:
    trigger = Evidence(doc, 10, 15, "talks" if kind == "Negotiate" else "strike")
    return Event(
        id=f"{doc}/10-15",
        type=kind,
        trigger=trigger,
        lemma=trigger.text,
        mentions=[trigger],
        participants=[Participant(p, "agent") for p in people] + [Participant("kenya", "patient")],
        time=when,
        sources=[doc],
    )


def _corpus() -> tuple[list[Event], dict[str, Actor], dict[str, date | None]]:
    actors = {
        "kenya": Actor("kenya", "Kenya", COUNTRY),
        "ruth-wanjiru": Actor("ruth-wanjiru", "Ruth Wanjiru", PERSON),
        "dawit-bekele": Actor("dawit-bekele", "Dawit Bekele", PERSON),
    }
    events, published = [], {}
    for day in range(DAYS):
        today = START + timedelta(days=day)
        for n in range(3):
            doc = f"wire-{day:02d}-{n}"
            published[doc] = today
            # the round of talks this report tells of: held on the last Sunday, so the
            # reports of one round are published from that Sunday into the next week
            held = today - timedelta(days=(today.weekday() + 1) % 7)
            people = ["ruth-wanjiru"] if n < 2 else ["dawit-bekele"]
            when = TimeValue("on Sunday", held, held, "day")
            events.append(_event(doc, "Negotiate", when, people))
        month = date(today.year, today.month, 1)
        end = (month + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        doc = f"campaign-{day:02d}"
        published[doc] = today
        when = TimeValue("this month", month, end, "month")
        events.append(_event(doc, "Strike", when, ["ruth-wanjiru"]))
    for n in range(4):  # no date at all: paired with every event of their blocks
        doc = f"undated-{n}"
        published[doc] = None
        events.append(_event(doc, "Negotiate", None, ["ruth-wanjiru"]))
    return events, actors, published


def _shown(merged: dict[str, Event]) -> list[tuple]:
    return [
        (e.id, e.members, e.merge_score, e.merge_rationale, e.title, e.time)
        for e in merged.values()
    ]


def test_windowed_merging_equals_merging_all_pairs(monkeypatch):
    events, actors, published = _corpus()
    windowed = merge(events, actors, published=published)

    def all_pairs(events, story=None, *windows, **keys):
        return candidates(events, story)  # no spans: every pair of every block

    monkeypatch.setattr(link, "candidates", all_pairs)
    whole = merge(events, actors, published=published)
    assert _shown(windowed) == _shown(whole)
    # rounds were merged across the edge of a week: Sunday's reports of Sunday's round
    # with those of the Monday after, which a cut at the week would set apart
    crossing = [
        e
        for e in windowed.values()
        if len({published[d].isocalendar()[1] for d in e.sources if published[d]}) > 1
    ]
    assert crossing
    assert any(len(e.members) >= 6 for e in windowed.values())


def test_windows_pair_only_events_that_overlap_in_time():
    events, _, published = _corpus()
    dates = reference_dates(events, published)
    spans = {e.id: _known_span(e, dates) for e in events}
    windowed = set(candidates(events, None, spans))
    whole = set(candidates(events, None))
    assert windowed < whole and len(windowed) < len(whole) / 2
    by_id = {e.id: e for e in events}
    for x, y in whole - windowed:  # every pair left out is one no merge may join
        sx, sy = spans[x], spans[y]
        assert sx and sy and (sx[1] < sy[0] or sy[1] < sx[0]), (x, y)
        assert link.assess(by_id[x], by_id[y], {}, None, dates).blocked
    # and every pair that overlaps, or has no known time, is kept
    for x, y in combinations(sorted(by_id), 2):
        sx, sy = spans[x], spans[y]
        if (x, y) in whole and (not (sx and sy) or (sx[0] <= sy[1] and sy[0] <= sx[1])):
            assert (x, y) in windowed


def _yearly() -> tuple[list[Event], dict[str, Actor], dict[str, date | None]]:
    """A strike the reports date by its year alone ("in 2025"), told every week for a
    year by one union leader's name, as a wire's archive tells a long dispute."""
    actors = _corpus()[1]
    events, published = [], {}
    for week in range(52):
        doc = f"weekly-{week:02d}"
        published[doc] = date(2025, 1, 4) + timedelta(weeks=week)
        when = TimeValue("in 2025", date(2025, 1, 1), date(2025, 12, 31), "year")
        events.append(_event(doc, "Strike", when, ["ruth-wanjiru"]))
    return events, actors, published


def test_an_event_dated_by_its_year_is_weighed_only_against_reports_of_its_weeks():
    events, actors, published = _yearly()
    dates = reference_dates(events, published)
    by_id = {e.id: e for e in events}
    whole = set(candidates(events))
    merged = merge(events, actors, published=published)
    # reports published months apart are two events of that year, not one; weeks
    # apart, the year does not keep them apart
    march, october = by_id["weekly-10/10-15"], by_id["weekly-40/10-15"]
    assert link.assess(march, october, actors, None, dates).blocked == "time"
    april = by_id["weekly-14/10-15"]
    assert link.assess(march, april, actors, None, dates).blocked != "time"
    # and merging weighs a year's report only against those of its weeks
    weighed = []
    monkey = link.assess

    def counted(a, b, *args, **kw):
        weighed.append((a.id, b.id))
        return monkey(a, b, *args, **kw)

    link.assess = counted
    try:
        again = merge(events, actors, published=published)
    finally:
        link.assess = monkey
    assert _shown(again) == _shown(merged)
    first = {tuple(sorted(p)) for p in weighed}
    assert len(first) < len(whole) / 3
    assert all(abs(int(x[7:9]) - int(y[7:9])) <= 9 for x, y in first)


def _mixed() -> tuple[list[Event], dict[str, Actor], dict[str, date | None]]:
    """The yearly reports, and the day-dated, month-dated and undated ones."""
    events, actors, published = _yearly()
    extra, _, more = _corpus()
    return events + extra, actors, {**published, **more}


def test_every_pair_the_windows_leave_out_is_one_assess_keeps_apart():
    events, actors, published = _mixed()
    dates = reference_dates(events, published)
    windowed = set(candidates(events, None, *link.windows(events, dates)))
    whole = set(candidates(events))
    assert windowed < whole and len(windowed) < len(whole) / 2
    by_id = {e.id: e for e in events}
    # a report of the year's strike and one of April's, April outside the first's days
    # but the two told within a month of each other
    assert ("campaign-31/10-15", "weekly-04/10-15") in windowed
    for x, y in sorted(whole - windowed):
        assert link.assess(by_id[x], by_id[y], actors, None, dates).blocked, (x, y)


def test_windowed_merging_of_yearly_reports_equals_merging_all_pairs(monkeypatch):
    events, actors, published = _mixed()
    windowed = merge(events, actors, published=published)

    def all_pairs(events, story=None, *windows, **keys):
        return candidates(events, story)

    monkeypatch.setattr(link, "candidates", all_pairs)
    assert _shown(merge(events, actors, published=published)) == _shown(windowed)


def test_stories_weigh_only_documents_published_within_their_days():
    # a port every weekly report names, and each week's strike leader named twice that
    # week: a name in 40 documents proposed all 780 pairs, of which 40 weeks apart
    from kg.model import PLACE

    actors = {"gdansk": Actor("gdansk", "Gdansk", PLACE)}
    published: dict[str, date | None] = {}
    for week in range(40):
        leader = Actor(f"leader-{week}", f"Leader {week}", PERSON)
        actors[leader.id] = leader
        for n in range(2):
            doc = f"port-{week:02d}-{n}"
            published[doc] = date(2025, 1, 6) + timedelta(weeks=week, days=n)
            actors["gdansk"].mentions.append(Evidence(doc, 0, 6, "Gdansk"))
            leader.mentions.append(Evidence(doc, 10, 20, leader.name))
    published["port-undated"] = None
    actors["gdansk"].mentions.append(Evidence("port-undated", 0, 6, "Gdansk"))
    windowed = link.stories(actors, published)
    ordinal = {d: (p.toordinal() if p else link._UNDATED) for d, p in published.items()}
    proposing = {"gdansk"} | {f"leader-{week}" for week in range(40)}
    near = {(a, b) for _, part in link._similarities(windowed.vectors, ordinal, proposing)
            for a, b, _ in part}  # fmt: skip
    assert ("port-00-0", "port-00-1") in near and ("port-00-0", "port-01-0") in near
    assert ("port-00-0", "port-02-0") not in near  # two weeks apart: never one story
    assert ("port-00-0", "port-undated") in near and ("port-17-1", "port-undated") in near
    assert len(near) < len(published) * 5
    # one clustering of every pair of documents, however far apart, weighed as the
    # stories weigh them: the same stories
    every = {}
    for a, b in combinations(sorted(published), 2):
        da, db = published[a], published[b]
        if da and db and abs((da - db).days) > link.STORY_DAYS:
            continue
        va, vb = windowed.vectors[a], windowed.vectors[b]
        every[a, b] = sum(x * vb.get(f, 0.0) for f, x in va.items())
    whole = link._average_link(every, link.STORY_THRESHOLD)
    assert sorted(sorted(d for d in windowed.of if windowed.of[d] == i)
                  for i in set(windowed.of.values())) == whole  # fmt: skip
    assert len(set(windowed.of.values())) >= 20  # a story a week, not one of all


def _told_by_day() -> tuple[list[Event], dict[str, Actor], link.Stories]:
    """A month of talks in Kenya, two reports a day, each day's two one story: that day's
    round, led by that day's envoy, and an untyped event ("said", "visited") in each.
    Every event names the country; only the envoy and the story tell one event."""
    actors = {"kenya": Actor("kenya", "Kenya", COUNTRY)}
    events, published, of = [], {}, {}
    for day in range(30):
        leader = Actor(f"leader-{day}", f"Leader {day}", PERSON)
        actors[leader.id] = leader
        for n, verb in enumerate(("said", "visited")):
            doc = f"wire-{day:02d}-{n}"
            published[doc] = START + timedelta(days=day)
            of[doc] = day
            when = TimeValue("today", published[doc], published[doc], "day")
            events.append(_event(doc, "Negotiate", when, [leader.id]))
            trigger = Evidence(doc, 30, 30 + len(verb), verb)
            untyped = Event(
                id=f"{doc}/30-{30 + len(verb)}",
                type=link.OTHER,
                trigger=trigger,
                lemma=verb[:-2] if verb.endswith("ed") else "say",
                mentions=[trigger],
                participants=[Participant("kenya", "patient")],
                sources=[doc],
            )
            events.append(untyped)
    return events, actors, link.Stories(of=of, published=published)


def test_a_shared_country_pairs_events_only_within_one_story(monkeypatch):
    events, actors, story = _told_by_day()
    dates = reference_dates(events, story.published)
    spans = link.windows(events, dates)
    weighed = set(candidates(events, story, *spans, actors=actors))
    whole = set(candidates(events, story, *spans))
    # the country's events of a month all overlap in time: the whole block pairs each
    # with every other; keyed with the story, each meets its own day's only
    assert len(whole) > 10 * len(weighed)
    assert all(x[5:7] == y[5:7] for x, y in weighed), sorted(weighed)[:3]
    # an untyped "said" never meets a "visited", even in one story
    by_id = {e.id: e for e in events}
    assert not [(x, y) for x, y in weighed if link.OTHER in {by_id[x].type, by_id[y].type}]
    for x, y in sorted(whole - weighed):
        assert link.assess(by_id[x], by_id[y], actors, story, dates).blocked, (x, y)
    merged = merge(events, actors, story, story.published)

    def whole_blocks(events, story=None, *windows, **keys):
        return candidates(events, story, *windows)

    monkeypatch.setattr(link, "candidates", whole_blocks)
    assert _shown(merge(events, actors, story, story.published)) == _shown(merged)
    assert sum(len(e.members) == 2 for e in merged.values()) == 30  # each day's round

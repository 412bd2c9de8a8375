"""Days counted ahead of the article: "in four days", "within two weeks".

A union story read "In four days, the union will start balloting its members on a
strike"; the reader took "four days" for how long the ballot lasts and the card said
"lasting P4D", while the text names the day the ballot starts. Before a planned act a
count after "in" is the day it lands on, after "within" every day up to then; a past
act's "in four days" (how long something took) stays a length, and an undated article
keeps the words only.
"""

from __future__ import annotations

from datetime import date

from test_events import run

from kg.extract.timex import normalise

THURSDAY = date(2026, 11, 12)


def test_a_count_after_in_is_the_day_it_lands_on():
    tv = normalise("in four days", THURSDAY, future=True)
    assert (tv.start, tv.end, tv.precision) == (date(2026, 11, 16),) * 2 + ("day",)
    tv = normalise("in three months", THURSDAY, future=True)
    assert (tv.start, tv.end, tv.precision) == (date(2027, 2, 1), date(2027, 2, 28), "month")


def test_within_runs_from_the_article_to_the_count():
    tv = normalise("within two weeks", THURSDAY, future=True)
    assert tv.start == THURSDAY and tv.end >= date(2026, 11, 26)


def test_a_past_count_and_an_undated_one_stay_words():
    assert normalise("in four days", THURSDAY, future=False).start is None
    assert normalise("in four days", None, future=True).start is None


def _ballot(text: str, published: date | None = THURSDAY):
    events = [e for e in run(text, published).events if "ballot" in e.title.lower()]
    assert events, [e.title for e in run(text, published).events]
    return events[0]


def test_a_planned_ballot_in_four_days_is_dated_not_lasting():
    ev = _ballot(
        "Council workers could walk out before Christmas. In four days, the Public Service "
        "Union will start balloting its 40,000 members on a strike over pensions, its "
        "general secretary said on Thursday."
    )
    assert ev.time is not None
    assert ev.time.duration is None
    assert ev.time.start == date(2026, 11, 16)

"""Years counted back from the article: "two years ago", "more than a decade ago".

A lockdown protest page told of "Tea Party protests starting more than a decade ago";
the count was kept as text only, so the 2009 protest had no date to set it apart and
joined this spring's rallies. A count of years or decades resolves against the
publication date to a year, a hedged one ("more than", "nearly", "some") to a few
years on the side the hedge leans. A phrase that only ends in one ("four score and
seven years ago"), a count with no number ("years ago") or an undated article stays
text.
"""

from __future__ import annotations

from datetime import date

from test_events import of_type, run

from kg.extract.timex import normalise

SPRING = date(2020, 4, 22)


def _years(text: str, published: date | None = SPRING) -> tuple[int, int] | None:
    tv = normalise(text, published)
    if tv.start is None or tv.end is None:
        return None
    assert tv.precision == "year"
    return tv.start.year, tv.end.year


def test_a_count_of_years_is_the_year_it_points_to():
    assert _years("two years ago") == (2018, 2018)
    assert _years("a decade ago") == (2010, 2010)
    assert _years("15 years ago") == (2005, 2005)
    assert _years("two decades ago") == (2000, 2000)


def test_a_hedged_count_leans_the_way_its_hedge_does():
    early, late = _years("more than a decade ago")
    assert late == 2010 and early < 2010  # the Tea Party's 2009 lies inside
    assert _years("nearly three years ago")[0] == 2017
    assert _years("nearly three years ago")[1] > 2017
    early, late = _years("some 20 years ago")
    assert early < 2000 < late


def test_no_number_no_date_or_a_borrowed_ending_stays_text():
    assert _years("years ago") is None
    assert _years("several years ago") is None
    assert _years("four score and seven years ago") is None
    assert _years("two years ago", None) is None
    assert normalise("two years ago", None).text == "two years ago"


def test_an_old_protest_does_not_join_this_springs_rally():
    result = run(
        "Tea Party protests began more than a decade ago. Protesters rallied in Lansing "
        "last week against the lockdown.",
        SPRING,
    )
    protests = of_type(result, "Protest")
    assert len(protests) == 2, [(e.title, e.time) for e in protests]
    old = next(e for e in protests if e.time is not None and "decade" in e.time.text)
    assert old.time.end is not None and old.time.end.year == 2010


def test_an_event_years_back_carries_its_year():
    result = run("The rebels seized the town three years ago after a long siege.", SPRING)
    timed = [e for e in result.events if e.time is not None and e.time.start is not None]
    assert timed, [(e.title, e.time) for e in result.events]
    assert all(e.time.start.year == 2017 for e in timed)


def test_a_noun_takes_the_time_of_the_participle_that_starts_it():
    result = run(
        "FreedomWorks and Tea Party Patriots played pivotal roles in the beginning of Tea "
        "Party protests starting more than a decade ago. Protesters rallied in Lansing "
        "last week.",
        SPRING,
    )
    protests = of_type(result, "Protest")
    assert len(protests) == 2, [(e.title, e.time) for e in protests]
    rally = next(e for e in protests if "rallied" in e.title)
    assert rally.time is not None and rally.time.text == "last week"


def test_earlier_this_year_ends_at_the_article():
    tv = normalise("earlier this year", SPRING)
    assert tv.start == date(2020, 1, 1) and tv.end == SPRING
    assert normalise("later this year", SPRING).end == date(2020, 12, 31)
    assert normalise("earlier this month", SPRING).end == SPRING
    assert normalise("last year", SPRING).start == date(2019, 1, 1)

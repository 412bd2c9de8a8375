"""A day told without its year is placed in the year the text means.

A judged sample of real 2020 pages dated "the virtual hearing will begin at 7 p.m.
Sept. 9" (an article of August 17) and "the Nov. 3 election" (one of September 24) in
2019: a day after the publication date was taken for last year's whenever the mention
was not marked planned. A noun gives no tense, so such a day is now this year's, last
year's only within three months before the article; a verb told in the past keeps the
last such day before the article. A year told apart ("July 15-24 in 2022", "July
23-August 8 next year") is that year's, a range of days runs to its last, and a plan
"from Monday" told on a Monday starts that day, not a week later.
"""

from __future__ import annotations

from datetime import date

from test_events import run

from kg.extract.timex import normalise

AUGUST = date(2020, 8, 17)  # a Monday


def _span(text: str, published: date, future: bool | None) -> tuple[date | None, date | None]:
    tv = normalise(text, published, future=future)
    return tv.start, tv.end


def test_a_day_with_no_tense_to_tell_is_the_nearest_the_reporter_means():
    assert _span("Sept. 9", AUGUST, None) == (date(2020, 9, 9), date(2020, 9, 9))
    assert _span("7 p.m. Sept. 9", AUGUST, None)[0] == date(2020, 9, 9)
    assert _span("Nov. 3", date(2020, 4, 8), None)[0] == date(2020, 11, 3)
    # told on January 2, "Dec. 30" is three days gone, not a year ahead
    assert _span("Dec. 30", date(2021, 1, 2), None)[0] == date(2020, 12, 30)
    # guards: a past act keeps the last such day before the article
    assert _span("Sept. 9", AUGUST, False)[0] == date(2019, 9, 9)
    assert _span("April 8", date(2025, 3, 6), False)[0] == date(2024, 4, 8)
    assert _span("August 3", AUGUST, None)[0] == date(2020, 8, 3)


def test_a_plan_for_early_next_year_told_in_december_is_next_years():
    assert _span("Jan. 5", date(2020, 12, 28), True)[0] == date(2021, 1, 5)
    assert _span("March 3", date(2020, 3, 10), True)[0] == date(2020, 3, 3)  # "was to open"


def test_a_year_told_apart_and_a_range_of_days():
    assert _span("July 15-24 in 2022", date(2020, 4, 8), True) == (
        date(2022, 7, 15),
        date(2022, 7, 24),
    )
    assert _span("July 23-August 8 next year", date(2020, 4, 8), False) == (
        date(2021, 7, 23),
        date(2021, 8, 8),
    )
    assert _span("Dec. 28-Jan. 3", date(2020, 12, 20), True) == (
        date(2020, 12, 28),
        date(2021, 1, 3),
    )
    assert _span("March 17, 2015", date(2020, 3, 17), False)[0] == date(2015, 3, 17)  # guard


def test_a_plan_from_the_weekday_of_the_article_starts_that_day():
    assert _span("Monday", AUGUST, True)[0] == AUGUST
    assert _span("next Monday", AUGUST, True)[0] == date(2020, 8, 24)  # guards
    assert _span("Monday", AUGUST, False)[0] == AUGUST
    assert _span("Thursday", AUGUST, True)[0] == date(2020, 8, 20)


def _when(result, lemma: str) -> tuple[date | None, date | None] | None:
    found = [e for e in result.events if e.lemma == lemma]
    assert found, [(e.lemma, e.title) for e in result.events]
    t = found[0].time
    return None if t is None else (t.start, t.end)


def test_a_meeting_next_month_and_an_election_in_the_autumn_are_this_years():
    result = run(
        "The Army Corps of Engineers invited residents to the Sept. 9 meeting "
        "to give testimony on the flood permits.",
        AUGUST,
    )
    assert _when(result, "meeting") == (date(2020, 9, 9), date(2020, 9, 9))
    result = run(
        "Senate Republicans want to confirm the judge before the Nov. 3 election. "
        "Police arrested the treasurer on Dec. 5 after an audit.",
        date(2020, 9, 24),
    )
    assert _when(result, "election") == (date(2020, 11, 3), date(2020, 11, 3))
    assert _when(result, "arrest") == (date(2019, 12, 5), date(2019, 12, 5))  # guard: done


def test_the_dates_a_championship_is_moved_to_are_of_the_year_told():
    result = run(
        "The world athletics championships will take place July 15-24 in 2022 "
        "in Eugene, Oregon, organisers said on Wednesday.",
        date(2020, 4, 8),
    )
    assert _when(result, "championship") == (date(2022, 7, 15), date(2022, 7, 24))


def test_the_day_a_plan_was_spoken_of_does_not_date_the_plan():
    result = run(
        'On Tuesday, the minister said of the planned ban, "It will protect our children." '
        "The ministry on Thursday unveiled its ban on flavoured cartridges.",
        date(2020, 1, 2),
    )
    bans = [e for e in result.events if e.lemma == "ban"]
    assert bans
    assert all(e.time is None or e.time.text != "Tuesday" for e in bans)
    assert any(e.time is not None and e.time.start == date(2020, 1, 2) for e in bans)  # guard
    result = run(  # guard: the day told of the speaker still dates what he spoke during
        "During a visit to a Normandy beach, Interior Minister Paul Morel said on Saturday "
        "that European countries should work together.",
        date(2020, 5, 16),
    )
    assert _when(result, "visit") == (date(2020, 5, 16), date(2020, 5, 16))


def test_since_a_time_runs_to_the_article():
    assert _span("since 1997", date(2005, 2, 10), False) == (date(1997, 1, 1), date(2005, 2, 10))
    # told in March, "since December" is last December's
    assert _span("since December", date(2020, 3, 2), False)[0] == date(2019, 12, 1)
    assert _span("since 1997", None, False) == (None, None)  # no article date: no end
    assert _span("since then", date(2020, 3, 2), False) == (None, None)  # guard
    result = run(
        "The Foreign Office has opened 18 new embassies since 1997, officials said. "
        "The ambassador arrived in Kabul in 2002.",
        date(2005, 2, 10),
    )
    assert _when(result, "open") == (date(1997, 1, 1), date(2005, 2, 10))
    assert _when(result, "arrive") == (date(2002, 1, 1), date(2002, 12, 31))  # guard


def test_last_thursday_told_on_a_thursday_is_a_week_gone():
    thursday = date(2020, 10, 29)
    assert _span("Last Thursday", thursday, False)[0] == date(2020, 10, 22)
    assert _span("last Monday", thursday, False)[0] == date(2020, 10, 26)  # guards
    assert _span("Thursday", thursday, False)[0] == thursday


def test_a_deadline_or_a_weekday_counted_in_a_month_dates_no_act():
    result = run(
        "Judge Maria Kollar has given the plaintiff until July 28 to respond to the motion. "
        "The Derby was postponed from its traditional first Saturday in May, organisers "
        "said. Police arrested the driver on Friday.",
        date(2020, 7, 18),
    )
    assert _when(result, "give") is None
    assert _when(result, "postpone") is None
    assert _when(result, "arrest") == (date(2020, 7, 17), date(2020, 7, 17))  # guard


def test_a_month_told_with_no_tense_is_this_years_when_past():
    # a noun gives no tense: "the April primaries" told in April, "in January" in May
    assert _span("April", date(2020, 4, 24), None)[0] == date(2020, 4, 1)
    assert _span("in January", date(2020, 5, 6), None)[0] == date(2020, 1, 1)
    assert _span("November", date(2020, 5, 6), None) == (None, None)  # guard: which year?
    result = run(
        "Wisconsin was the only one of 11 states with April primaries that went ahead "
        "with in-person voting.",
        date(2020, 4, 24),
    )
    assert _when(result, "primary") == (date(2020, 4, 1), date(2020, 4, 30))

"""A headline's age is no date (issue 19, after headlines were parsed apart).

Since a line break before a capitalised line starts a sentence, a headline such as
"Walter Brandt, 75, Dies" is its own sentence, and the small model tags its "75" as a
DATE. In an undated article nothing else gives the death a time, and the age became it.
A four-digit year on its own is still a date."""

from __future__ import annotations

from datetime import date

from test_events import of_type, run


def test_an_age_in_a_headline_is_not_the_time_of_the_death():
    result = run(
        "Walter Brandt, 75, Dies\nNovember 3, 2011\nWalter Brandt, the Watergate figure, has died.",
        None,
    )
    deaths = of_type(result, "Death")
    assert deaths, "the death is an event"
    assert all(e.time is None or e.time.text != "75" for e in deaths)


def test_a_year_alone_is_still_a_date():
    result = run(
        "The city council approved the new stadium in 2008 after a long debate.",
        date(2011, 11, 8),
    )
    assert any(e.time is not None and e.time.start.year == 2008 for e in result.events)


def test_the_day_beside_a_length_or_an_hour_is_the_time():
    """ "Stopped work for 24 hours on Tuesday": the parser hangs "on Tuesday" on the
    length, and "began at 6 a.m. on Tuesday" gives the hour first; the event's time is
    the day in both, so a report of the same strike dated by its day can meet it."""
    wednesday = date(2026, 11, 4)
    result = run(
        "Dock cranes at the port stood idle after 300 operators stopped work for 24 hours "
        "on Tuesday. The union said the strike began at 6 a.m. on Tuesday.",
        wednesday,
    )
    timed = [e for e in result.events if e.time is not None]
    assert timed, [(e.title, e.time) for e in result.events]
    assert all(e.time.start == date(2026, 11, 3) for e in timed), [
        (e.title, e.time) for e in timed
    ]

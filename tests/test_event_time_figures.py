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

"""A background year does not date the news (issue 19, grouping and time).

An event's time was the first date any of its mentions gave. When a body sentence
recalling a past happening of the same kind joins the group of the news the headline
and lead tell ("A 7.9-magnitude quake killed 500 people in August 2007" in a story on
this week's quake), that year became the news's time, and the linker then kept it
apart from every other report of the news (ECB+ train: an Iranian quake of 2005 dated
by the Bam quake of December 2003). A year that names the event itself ("the 2019
murder") is still its time."""

from __future__ import annotations

from datetime import date

from test_events import of_type, run

QUAKE = (
    "Strong quake rocks southern Peru\n"
    "A powerful earthquake has struck southern Peru, killing at least eight people and "
    "damaging hundreds of homes, officials say. The region sits on a volatile fault line. "
    "A 7.9-magnitude quake killed more than 500 people near the city of Pisco in August "
    "2007. Rescue teams were searching the rubble on Tuesday night."
)


def _lead_event(text: str, published: date | None, kind: str, word: str):
    """The event of ``kind`` whose mentions include the lead's ``word``."""
    lead = text.index(word, text.index("\n"))
    found = [
        e for e in of_type(run(text, published), kind) if any(m.start == lead for m in e.mentions)
    ]
    assert found, f"no {kind} event holds the lead's {word!r}"
    return found[0]


def test_a_past_quake_the_body_recalls_does_not_date_the_news_quake():
    for published in (None, date(2026, 11, 12)):
        quake = _lead_event(QUAKE, published, "Disaster", "earthquake")
        assert quake.time is None or quake.time.start is None or quake.time.start.year != 2007, (
            published,
            quake.time,
        )


def test_a_title_fight_is_not_dated_by_the_rematch_years_before():
    text = (
        "Moreno keeps title with late stoppage\n"
        "Carlos Moreno stopped Dale Pritchard in the ninth round to keep his lightweight "
        'title in Leeds on Saturday night. "He was tougher than last time," Moreno said. '
        "In 2019, Moreno stopped Pritchard in the fourth round."
    )
    lead = text.index("stopped")
    stops = [e for e in run(text, None).events if any(m.start == lead for m in e.mentions)]
    assert stops, "the lead's stoppage is an event"
    assert all(e.time is None or "2019" not in e.time.text for e in stops), [
        (e.title, e.time.text) for e in stops
    ]


def test_the_year_that_names_the_event_is_still_its_time():
    text = (
        "Gang member guilty of deputy's murder\n"
        "A jury has found a gang member guilty of murdering a sheriff's deputy outside a "
        "bar, prosecutors said. The 2019 murder shocked the town. He faces life in prison."
    )
    murders = of_type(run(text, date(2021, 3, 4)), "UseOfForce")
    assert any(e.time is not None and e.time.start.year == 2019 for e in murders), [
        (e.title, e.time) for e in murders
    ]


def test_a_day_in_the_body_still_dates_the_news():
    """ "On March 3, 2009" is how news is dated, not a background year: with no
    publication date, the body's full date is the lead's event's time."""
    text = (
        "Council backs new stadium\n"
        "The city council has approved plans for a new football stadium beside the river "
        "after a long dispute with residents. The council approved the plans on March 3, "
        "2009, by nine votes to four."
    )
    result = run(text, None)
    dated = [e for e in result.events if e.time is not None and e.time.start == date(2009, 3, 3)]
    assert dated, [(e.title, e.time) for e in result.events]


def test_what_the_lead_acts_on_keeps_the_year_it_began():
    """ "Plans to end the EU's trade embargo": the news is the ending; the embargo the
    lead names as its object is the one "imposed in 1996", and that year is its time."""
    text = (
        "Minister backs lifting of trade embargo\n"
        "The foreign minister has defended plans to end the European Union's trade embargo "
        "on Cuba, despite opposition from Washington. The EU imposed its trade ban on Cuba "
        "in 1996 after a dispute over property seized from European firms."
    )
    lead = text.index("embargo", text.index("\n"))
    bans = [e for e in run(text, None).events if any(m.start == lead for m in e.mentions)]
    assert bans, "the embargo is an event"
    assert any(e.time is not None and "1996" in e.time.text for e in bans), [
        (e.title, e.time) for e in bans
    ]

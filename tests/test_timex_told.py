"""The dates an article without a publication date gives in its text (issue 19): its
dateline's day, from which its "Saturday" counts, so two undated wire reports of two quakes
in one town, days apart, are told apart by the days they give; and a full date told with
its weekday, never a date of the story's past."""

from __future__ import annotations

from datetime import date

import kg
from kg.link import _of_its_week

# Two wire reports from one town, three days apart, of two quakes: a main shock on the
# Saturday and a second one on the Wednesday, told in nearly the same words.
FIRST = (
    "Strong quake shakes Bima on Sumbawa island\n\n"
    "BIMA, Indonesia, Sept. 9, 2013 (Reuters) - A magnitude 6.1 earthquake struck the town "
    "of Bima on Saturday, damaging hundreds of homes and a mosque, the national disaster "
    "agency said.\n\n"
    "Agency spokesman Sutopo Purwo Nugroho said two people were hurt by falling debris.\n"
)
SECOND = (
    "New earthquake rattles Bima\n\n"
    "BIMA, Indonesia, Sept. 12, 2013 (Reuters) - An earthquake of magnitude 5.8 struck the "
    "town of Bima on Wednesday, cracking walls at the main hospital, the national disaster "
    "agency said.\n\n"
    "Agency spokesman Sutopo Purwo Nugroho said residents ran into the streets.\n"
)


def _build(tmp_path, files: dict[str, str]):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return kg.build([tmp_path], progress=False)


def test_a_weekday_counts_from_the_dateline_of_an_undated_article(tmp_path):
    result = _build(tmp_path, {"bima.txt": FIRST})
    (quake,) = [e for e in result.events.values() if e.lemma == "earthquake"]
    assert quake.time is not None
    assert (quake.time.start, quake.time.end) == (date(2013, 9, 7), date(2013, 9, 7))
    # the article itself stays undated: its metadata gave no date
    assert [d.published for d in result.documents] == [None]


def test_two_quakes_in_one_town_on_days_their_datelines_tell_stay_apart(tmp_path):
    result = _build(tmp_path, {"bima.txt": FIRST, "bima2.txt": SECOND})
    quakes = [e for e in result.events.values() if e.lemma == "earthquake"]
    assert all(len(e.sources) == 1 for e in quakes)
    assert sorted(e.time.start for e in quakes if e.time) == [date(2013, 9, 7), date(2013, 9, 11)]


# Two undated reports of two quakes in one town, days apart, each recalling the tsunami of
# 2004 by its full date: the story's past, not the day either report was written.
HISTORY = {
    "aceh.txt": (
        "Quake shakes Aceh, no tsunami warning\n\n"
        "A magnitude 6.1 earthquake struck the town of Meulaboh on Saturday, damaging dozens "
        "of homes, the national disaster agency said.\n\n"
        "On December 26, 2004, a tsunami destroyed the town and killed 170,000 people in "
        "Aceh.\n"
    ),
    "aceh2.txt": (
        "Residents flee as earthquake hits Meulaboh\n\n"
        "An earthquake of magnitude 5.8 struck the town of Meulaboh on Wednesday, cracking "
        "walls at the main hospital, the national disaster agency said.\n\n"
        "On December 26, 2004, a tsunami destroyed most of the town and killed 170,000 "
        "people in Aceh.\n"
    ),
}


def test_a_date_in_the_story_s_past_does_not_date_two_undated_reports_together(tmp_path):
    # read as both articles' date, the tsunami of 2004 placed both quakes in 2004 and
    # merged them "with no conflict in time"
    result = _build(tmp_path, HISTORY)
    quakes = [e for e in result.events.values() if e.lemma == "earthquake"]
    assert sorted(s for e in quakes for s in e.sources) == ["aceh", "aceh2"]
    assert all(len(e.sources) == 1 for e in quakes)


def test_a_date_with_its_weekday_dates_an_undated_article():
    assert _of_its_week("Tuesday, December 9, 2008", date(2008, 12, 9))
    assert _of_its_week("on Tue., Dec. 9, 2008", date(2008, 12, 9))
    # the story's past, and a weekday that is not the date's (a slip): no article's day
    assert not _of_its_week("December 26, 2004", date(2004, 12, 26))
    assert not _of_its_week("Monday, December 9, 2008", date(2008, 12, 9))

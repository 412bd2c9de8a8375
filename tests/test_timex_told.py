"""The dates an article without a publication date gives in its text (issue 19): its
dateline's day, from which its "Saturday" counts, so two undated wire reports of two quakes
in one town, days apart, are told apart by the days they give."""

from __future__ import annotations

from datetime import date

import kg

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


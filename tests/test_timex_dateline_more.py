"""More dateline forms (issue 19): US numeric stamps, "Story Created:", a weekday date
before "| Updated", an agency before the date, a time zone's offset before the story.
Each one dates an article that the cross-document rules would otherwise distrust; each
guard keeps a date that is not the report's (a score, a table, a story's sentence, a
day and month that could be either) from dating it."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.timex import dateline
from kg.link import article_dates
from kg.model import Document


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # US numeric stamps with spaced slashes and a two-digit year
        (
            "Ferries halted in storm\nHarbor closes for two days\n"
            "10 / 14 / 09 6:45 AM EST\nThe port authority shut the harbor on Tuesday.",
            date(2009, 10, 14),
        ),
        ("Mayor quits\n03 / 21 / 11 04:10 PM ET\nThe mayor resigned.", date(2011, 3, 21)),
        # both numbers <= 12: month first only beside a North American time zone
        ("Mayor quits\n04 / 07 / 12 04:10 PM ET EDT\nThe mayor resigned.", date(2012, 4, 7)),
        (
            "Bridge reopens\nPOSTED: 06 / 03 / 08, 7:30 PM PDT |\nTraffic crossed again.",
            date(2008, 6, 3),
        ),
        ("Title\nPosted: 09 / 04 / 2012 10:05 am EDT\nBody.", date(2012, 9, 4)),
        (
            "Title\nFirst Posted: 02 / 11 / 10 09:12 AM ET "
            "Updated: 02 / 12 / 10 11:40 AM ET\nBody.",
            date(2010, 2, 11),
        ),
        # one number over 12 settles it without a zone
        ("Title\n11 / 19 / 06\nThe council met.", date(2006, 11, 19)),
        ("Title\n4:50 PM 19 / 11 / 2006\nThe council met.", date(2006, 11, 19)),
        # a label kg did not know
        ("Warehouse fire\nStory Created: Mar 4, 2011 at 7:12 AM AKST\nCrews.", date(2011, 3, 4)),
        # a weekday date after a title, set off from an "Updated" time by a bar
        (
            'Neighbour Says Suspect Was "Quiet" Tuesday, Mar 15, 2011 | Updated 6:02 PM EDT\n'
            "Residents said the man kept to himself.",
            date(2011, 3, 15),
        ),
        (
            "The hearing resumes Monday. Monday, Oct 3, 2011 | Updated 7:15 AM CDT\nLawyers.",
            date(2011, 10, 3),
        ),
        # an agency before the date, the story's place after it
        (
            "Navy seizes boats\nPTI Feb 9, 2012, 11. 20AM IST CHENNAI:\nA patrol vessel.",
            date(2012, 2, 9),
        ),
        ("Patch released\nReuters Jun 5, 2012, 09. 48PM IST\nA fix.", date(2012, 6, 5)),
        # a time zone's offset between the date and the story
        (
            "Polls open\n14 March 2012, 09:30 (GMT+05: 00) Voting began in the capital at dawn.",
            date(2012, 3, 14),
        ),
        # a year joined to the day by a hyphen
        ("Tremor felt\nMonday, March 12-2007 at 09:40\nBuildings shook.", date(2007, 3, 12)),
    ],
)
def test_a_dateline_in_a_new_form_dates_the_report(text: str, day: date) -> None:
    assert dateline(text) == day


@pytest.mark.parametrize(
    "text",
    [
        # both numbers <= 12 and no North American zone: either day could be meant
        "Lohan returns\n05 / 02 / 2013\nThe actress checked in.",
        "Oscars host named\n8 / 2 / 13 at 1:30 PM\nThe academy said.",
        "Title\nUpdated 4 / 9 / 2007 6:04 PM\nBody.",
        # a score, a record, a version: no dateline
        "Sixers win\n12 / 16\nThe Sixers won at home.",
        "Standings\n3-1-10\nThe league.",
        "Release notes\n08.07.12\nThe app.",
        # a table's row with a US stamp
        "Arrivals\n| 10 / 14 / 09 6:45 AM EST | Gate 4 | Landed |\n",
        # a story's sentence with a date and a zone inside it
        "Verdict\nThe jury ruled on 10 / 14 / 09 at 6:45 AM EST in Fresno.\nMore.",
        # an agency word in a sentence is no dateline
        "Crash\nReuters reported on Jun 5, 2012 that the plane fell.\nMore.",
        # a weekday date after a title with a story's sentence, not an update, after it
        "Flood warning Tuesday, Mar 15, 2011 | Rivers rose across the valley overnight.\n",
    ],
)
def test_a_date_that_is_no_dateline_still_dates_nothing(text: str) -> None:
    assert dateline(text) is None


def test_an_undated_us_story_is_known_by_its_stamp() -> None:
    """The date a cross-article merge checks comes from a US site's stamp too."""
    story = "Harbor closes\n10 / 14 / 09 6:45 AM EST\nThe port authority shut the harbor."
    dates = article_dates([Document(id="a", text=story, source_text=story)])
    assert dates == {"a": date(2009, 10, 14)}

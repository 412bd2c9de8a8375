"""Datelines a scraped article prints in forms kg once missed (issue 19): an undated
article merges only on strong evidence, so every date it vouches for itself counts, and
a wrong date is worse than none (the story's day is not the report's)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.timex import dateline
from kg.link import article_dates
from kg.model import Document


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a wire dateline: the place the story was filed from, then the date and agency
        (
            "Ferry sinks off Goa coast\nMUMBAI, Nov 11, 2011 (Reuters) - Coast guard boats "
            "pulled 41 people from the sea on Friday after a ferry capsized.",
            date(2011, 11, 11),
        ),
        (
            "Port strike ends\nWASHINGTON, DC, April 28, 2009\nDock workers went back.",
            date(2009, 4, 28),
        ),
        (
            "Nominee named\nWashington D. C., Jul 13, 2009 / 02:00 pm (CNA) The president "
            "named a rural doctor to the post.",
            date(2009, 7, 13),
        ),
        # a byline run into the dateline
        (
            "Budget vote delayed\nBy Jane Roe | Published 12:30 PM, 11 Nov 2011\nMPs.",
            date(2011, 11, 11),
        ),
        # a dateline run into the title or the summary before it
        (
            "Singer dies aged 91. 07 June 2013\nThe singer died at home in Los Angeles.",
            date(2013, 6, 7),
        ),
        (
            "Sixers part with coach after one season. Posted: May 24, 2005\nKing hired.",
            date(2005, 5, 24),
        ),
        (
            "Chiefs lose 20-13 at home Posted on December 23, 2012, 4:42 PM EDT\nThe Colts won.",
            date(2012, 12, 23),
        ),
        (
            "Son 'had begged to stay in hospital' Sunday, 9 June 2013\nPolice charged a man.",
            date(2013, 6, 9),
        ),
        (
            "Title\nMay 2, 2013 1:35 pm. The actress checked into a clinic in Newport Beach.",
            date(2013, 5, 2),
        ),
        # labels kg did not know, numbers year first, and a published and an updated date:
        # the first is the report's
        ("Title\nFirst Published: June 13, 2013 4:59 PM EDT\nBody.", date(2013, 6, 13)),
        ("Title\npublished: 2012-04-04 11:47:35\nBody.", date(2012, 4, 4)),
        ("Title\nPublished: 2012.08.08 09:01 AM\nBody.", date(2012, 8, 8)),
        (
            "Title\nPUBLISHED: 02:31 GMT, 12 March 2013 | UPDATED: 22:19 GMT, 13 March 2013\nBody.",
            date(2013, 3, 12),
        ),
        ("Title\n8: 05am UK, Monday 16 September 2013\nBody.", date(2013, 9, 16)),
    ],
)
def test_a_dateline_in_a_scraped_form_dates_the_report(text: str, day: date) -> None:
    assert dateline(text) == day


@pytest.mark.parametrize(
    "text",
    [
        # the story's sentences, whatever the language
        "Flood\nIn Paris, May 3, 2010, police closed the quays.\nBody.",
        "Flood\nThe river rose on Friday. It was a day to remember. September 11, 2001.\nMore.",
        "Trial\nThe gunman died on Sunday, 9 June 2013\nMore.",
        "Κλοπή\nΣυνελήφθη, σήμερα (19.08.2020) τα ξημερώματα, ένας άνδρας.\nΠερισσότερα.",
        # a memorial's label: the day an officer died
        "Deputy Jerry Ortiz\nEnd of Watch: Friday, June 24, 2005\nBody.",
        # tables: a dividend record, a list of donations
        "Qtrly div 12 cts vs 12 cts prior\nPay April 15 | Record March 31, 1987\n",
        "Donations\n| Date | Amount | Donor |\n|---|---|---|\n| 2020-09-01 | $2,800 | A. Roe |\n",
        "Rates\n| March 31, 1987 | 0.12 |\n",
        # an "Updated" line at the foot of the page, far below the dateline's place
        "Title\nOne.\nTwo.\nThree.\nFour.\nFive.\nUpdated: 3 May 2012 | Published 2 May 2012\n",
        # a day and month with no year: the year would be a guess
        "Ferry sinks\nMUMBAI, Nov 11 (Reuters) - Coast guard boats pulled 41 people out.",
        # day and month either way round
        "Title\nArticle posted on 08.07.2012\nBody.",
    ],
)
def test_a_date_that_is_no_dateline_dates_nothing(text: str) -> None:
    assert dateline(text) is None


def test_an_undated_wire_story_is_known_by_its_dateline() -> None:
    """The date a cross-article merge checks comes from the text when metadata has none."""
    story = "Ferry sinks\nMUMBAI, Nov 11, 2011 (Reuters) - Coast guard boats pulled 41 people."
    dates = article_dates([Document(id="a", text=story, source_text=story)])
    assert dates == {"a": date(2011, 11, 11)}

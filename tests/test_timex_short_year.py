"""A day, a month and a two-digit year ("10 Nov 11", as navies and militaries write
them) are that day, not the month's day named by the year's two digits: ECB+ train read
an Indian Navy release's "thwarting a piracy attack on 10 Nov 11" as November 11 and
kept it apart from the reports of the attack on Thursday, November 10 (issue 19)."""

from __future__ import annotations

from datetime import date

from kg.extract.timex import normalise


def test_a_day_month_and_two_digit_year_is_that_day():
    posted = date(2011, 11, 15)
    for said in ("10 Nov 11", "on 10 Nov 11", "10 Nov. 11"):
        tv = normalise(said, posted)
        assert (tv.start, tv.end, tv.precision) == (date(2011, 11, 10), date(2011, 11, 10), "day")
    # the century nearest the article's date: a record set "on 3 Sept 99" told in 2001
    assert normalise("3 Sept 99", date(2001, 5, 2)).start == date(1999, 9, 3)
    # a month's day with its year in full, or a year told alone, reads as before
    assert normalise("Nov 11", posted).start == date(2011, 11, 11)
    assert normalise("10 Nov 2011", posted).start == date(2011, 11, 10)

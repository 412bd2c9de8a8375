"""Time expressions to intervals: "last week", "Thursday", "April 8", "next month".

Relative expressions resolve against the article's publication date (the reporting
clock), never against today; without a publication date they keep their text only.
Each value is an interval with a precision, because "last week" is not a day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..gazetteer import words
from ..model import TimeValue

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]
_MONTH = {m: i + 1 for i, m in enumerate(MONTHS)} | {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
NUMBERS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "a": 1,
}


def _week(d: date) -> tuple[date, date]:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def _month(year: int, month: int) -> tuple[date, date]:
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return date(year, month, 1), nxt - timedelta(days=1)


def _shift_month(d: date, k: int) -> tuple[int, int]:
    m = d.month - 1 + k
    return d.year + m // 12, m % 12 + 1


# "the 1990s", "the early 2000s", "the mid-1980s", "the late '90s": a decade, or a part
# of one (the first four years, the middle four, the last four)
_DECADE = re.compile(r"\b(early|mid|late)?[\s-]*(?:(\d{3}0)|'(\d0))s\b")
_DECADE_PART = {"early": (0, 3), "mid": (3, 6), "late": (6, 9)}


def _decade_of(two: str, published: date | None) -> int | None:
    """The year a two-digit decade ("'90s") starts: the latest such decade that is not
    after the article (or, with no date, none: "'20s" is 1920 or 2020)."""
    if published is None:
        return None
    first = published.year // 100 * 100 + int(two)
    return first if first <= published.year else first - 100


# "two years ago", "a decade ago", "more than a decade ago", "some 20 years ago": years
# counted back from the article. The whole expression must be the count, so a phrase
# that only ends so ("four score and seven years ago", quoted) keeps its text.
_YEARS_AGO = re.compile(
    r"(?:(more than|over|nearly|almost|less than|about|around|roughly|some) )?"
    r"(\w+) (year|decade)s? ago"
)
# How a hedge moves the counted year: "more than" reaches further back, "nearly"
# stops short, "about" goes either way.
_HEDGE = {"more than": (-1, 0), "over": (-1, 0), "nearly": (0, 1), "almost": (0, 1)}
_HEDGE |= {"less than": (0, 1), "about": (-1, 1), "around": (-1, 1), "roughly": (-1, 1)}
_HEDGE |= {"some": (-1, 1)}


def _count(word: str) -> int | None:
    """How many units a count before "ago" names ("two", "a", "20"), or None."""
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word)


def _ahead(tv: TimeValue, p: date, n: int, unit: str, bound: bool) -> TimeValue:
    """A planned day counted from the article: "in four days" is that day, "within two
    weeks" every day from the article's up to then; a count of months or years names
    the month or year it lands in (a reader of "in two years" knows no closer day)."""
    if unit == "day":
        tv.start = tv.end = p + timedelta(days=n)
        tv.precision = "day"
    elif unit == "week":
        tv.start, tv.end = _week(p + timedelta(weeks=n))
        tv.precision = "week"
    elif unit == "month":
        tv.start, tv.end = _month(*_shift_month(p, n))
        tv.precision = "month"
    else:
        tv.start, tv.end, tv.precision = date(p.year + n, 1, 1), date(p.year + n, 12, 31), "year"
    if bound:  # up to the end of the day, week, month or year the count lands in
        tv.start = p
    return tv


def _years_back(t: str, p: date) -> tuple[date, date] | None:
    """The years a count back from the article names: the year itself ("a decade ago"
    in 2020 is 2010), or for a hedged count a few years on the side the hedge leans
    ("more than a decade ago" is 2008 to 2010, about a fifth of the count, at least one
    year): a reader knows no more, and a wider interval still keeps a protest of 2009
    apart from this week's."""
    m = _YEARS_AGO.fullmatch(t)
    count = None if m is None else _count(m.group(2))
    if count is None:
        return None
    n = count * (10 if m.group(3) == "decade" else 1)
    before, after = _HEDGE.get(m.group(1) or "", (0, 0))
    spread = max(1, n // 5)
    return date(p.year - n + before * spread, 1, 1), date(p.year - n + after * spread, 12, 31)


# A year told beside a day that has none: "July 15-24 in 2022", "July 23-August 8 next
# year" (the organisers' dates, not this year's)
_YEAR = re.compile(r"\b(1[6-9]\d\d|20\d\d)\b")
_YEAR_WORDS = {"last year": -1, "this year": 0, "next year": 1}
# The last day of a range that opens with a month and a day: "July 15-24", "July 23-August 8"
_RANGE_END = re.compile(
    r"\s*(?:-|–|to|through|until)\s*(?:(" + "|".join(_MONTH) + r")[a-z]*\.?\s+)?"
    r"(\d{1,2})(?:st|nd|rd|th)?\b"
)


def _year_beside(t: str, span: tuple[int, int], published: date | None) -> str | None:
    """The year an expression gives apart from its day and month ("in 2022", "next
    year"), or None: a day of the year the text names is that year's, whatever the tense."""
    rest = t[: span[0]] + " " + t[span[1] :]
    found = _YEAR.search(rest)
    if found:
        return found.group(1)
    said = next((k for w, k in _YEAR_WORDS.items() if w in rest), None)
    return None if said is None or published is None else str(published.year + said)


def _range_end(after: str, year: int, month: int, day: int) -> date:
    """The last day of a range "July 15-24" or "July 23-August 8" (the text after the
    first day given), or the first day itself when no range follows: the championships
    run to the 24th, and an event of the 20th is within them."""
    m = _RANGE_END.match(after)
    if m is None:
        return date(year, month, day)
    to = _MONTH[m.group(1)[:3]] if m.group(1) else month
    last = date(year + (to < month), to, int(m.group(2)))
    return last if last >= date(year, month, day) else date(year, month, day)


def _nearest_year(d: date, last: date, p: date, future: bool | None) -> tuple[date, date]:
    """A day given without its year (``d``, this year's), placed in the year the text
    means. A past act (``future`` False) is of the last such day not after the article
    ("April 8" told in March is last April's). A planned one (True) is this year's, or
    next year's when this year's is more than half a year gone ("talks on Jan. 5" told
    in late December). With no tense to tell (None: a noun, "the Nov. 3 election", "the
    Sept. 9 hearing"), it is this year's, as a reporter drops the year of a day that is
    near: last year's only within three months before the article ("Dec. 30" told on
    January 2), next year's when this year's is more than ten months gone."""
    if future is False:
        shift = -(d > p + timedelta(days=1))
    elif future:
        shift = int((p - d).days > 183)
    elif d > p + timedelta(days=1):
        shift = -((p - _same_day(d, d.year - 1)).days <= 92)
    else:
        shift = int((p - d).days > 304)
    return _same_day(d, d.year + shift), _same_day(last, last.year + shift)


def _same_day(d: date, year: int) -> date:
    """``d`` in ``year``; February 29 of a year without one is the 28th."""
    try:
        return d.replace(year=year)
    except ValueError:
        return d.replace(year=year, day=28)


def _since(tv: TimeValue, published: date | None) -> TimeValue:
    """From the time "since 1997", "since Sunday", "since December" name to the article.
    The time alone would date a mission opened since 1997 in 1997, and keep it from an
    opening of 2003; a month after the article's is last year's ("since December" told
    in March). With no publication date the span has no end, and keeps its text only."""
    rest = tv.text[len("since ") :]
    if published is None:
        return tv
    start = _normalise(rest, published, False)
    if start.start is None and re.fullmatch("|".join(MONTHS), rest.lower()):
        start = _normalise(f"last {rest}", published, False)
    if start.start is None or start.start > published:
        return tv
    tv.start, tv.end, tv.precision = start.start, published, start.precision
    return tv


def normalise(text: str, published: date | None, future: bool | None = False) -> TimeValue:
    """Resolve a time expression; ``future`` when the event is planned, not past, and
    None when the text gives no tense (a day without its year is then the nearest).

    An interval that falls outside the calendar Python can hold (the year 0, "in 0000",
    "next week" of an article dated 9999-12-31) keeps its text only.
    """
    try:
        return _normalise(text, published, future)
    except (ValueError, OverflowError):
        return TimeValue(text=" ".join(text.split()))


def _normalise(text: str, published: date | None, future: bool | None) -> TimeValue:
    tv = TimeValue(text=" ".join(text.split()))
    t = tv.text.lower()
    if t.startswith("since ") and not t.startswith("since then"):
        return _since(tv, published)
    # Absolute dates first: they need no anchor when they carry a year.
    m = (
        re.search(
            r"\b(" + "|".join(_MONTH) + r")[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?"
            r"(?:,?\s+(\d{4}))?\b",
            t,
        )
        or None
    )
    m2 = re.search(
        r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(_MONTH) + r")[a-z]*"
        r"(?:,?\s+(\d{4}))?\b",
        t,
    )
    short = re.fullmatch(rf"(?:on\s+)?(\d{{1,2}})\s+({'|'.join(_MONTH)})[a-z]*\.?\s+(\d{{2}})", t)
    if short:  # "10 Nov 11": a navy's day, month and two-digit year, not November 11
        near = published.year if published else 2000
        year = min((near // 100 * 100 + k * 100 + int(short.group(3)) for k in (-1, 0, 1)),
                   key=lambda y: abs(y - near))  # fmt: skip
        t = f"{short.group(1)} {short.group(2)} {year}"
        m, m2 = None, re.search(rf"(\d{{1,2}}) ({'|'.join(_MONTH)}) (\d{{4}})", t)
    if m or m2:
        if m:
            month, day, year = _MONTH[m.group(1)[:3]], int(m.group(2)), m.group(3)
        else:
            month, day, year = _MONTH[m2.group(2)[:3]], int(m2.group(1)), m2.group(3)
        said = _year_beside(t, (m or m2).span(), published)
        year = year or said
        if year is None and published is None:
            return tv
        y = int(year) if year else published.year
        try:
            d = date(y, month, day)
            last = _range_end(t[(m or m2).end() :], y, month, day)
        except ValueError:
            return tv
        if not year and published:
            d, last = _nearest_year(d, last, published, future)
        tv.start, tv.end = d, last
        tv.precision = "day"
        return tv
    m = re.search(r"\b(" + "|".join(MONTHS) + r")\s+(\d{4})\b", t)
    if m:
        tv.start, tv.end = _month(int(m.group(2)), _MONTH[m.group(1)[:3]])
        tv.precision = "month"
        return tv
    if re.fullmatch(r"(in )?\d{4}", t):
        y = int(t[-4:])
        tv.start, tv.end, tv.precision = date(y, 1, 1), date(y, 12, 31), "year"
        return tv
    m = _DECADE.search(t)
    if m:  # "the early 1990s": a war told of by its decade is not this week's
        first = int(m.group(2)) if m.group(2) else _decade_of(m.group(3), published)
        if first is None:
            return tv
        lo, hi = _DECADE_PART.get(m.group(1) or "", (0, 9))
        tv.start, tv.end, tv.precision = date(first + lo, 1, 1), date(first + hi, 12, 31), "decade"
        return tv
    if published is None:
        return tv
    p = published
    m = re.fullmatch(
        r"(?:(?:in|of|since|until|by|from|during)\s+)?(?:(last|next|this)\s+)?("
        + "|".join(MONTHS)
        + r")",
        t,
    )
    if m:  # "November", "last March": the month nearest the article in the text's direction
        month, which = _MONTH[m.group(2)], m.group(1)
        if which == "last":
            year = p.year - (month >= p.month)
        elif which == "next":
            year = p.year + (month <= p.month)
        elif month <= p.month or future:  # what is planned comes later in the same year
            year = p.year + bool(future and month < p.month)
        else:  # a past event in a later month: last year's, or a slip; say only the text
            return tv
        tv.start, tv.end = _month(year, month)
        tv.precision = "month"
        return tv
    rel = {
        "today": (p, p, "day"),
        "tonight": (p, p, "day"),
        "this morning": (p, p, "day"),
        "yesterday": (p - timedelta(1), p - timedelta(1), "day"),
        "tomorrow": (p + timedelta(1), p + timedelta(1), "day"),
    }
    for key, (s, e, prec) in rel.items():
        if re.search(rf"\b{key}\b", t):
            tv.start, tv.end, tv.precision = s, e, prec
            return tv
    if (back := _years_back(t, p)) is not None:
        (tv.start, tv.end), tv.precision = back, "year"
        return tv
    m = re.search(r"\b(\w+) (day|week|month)s? ago\b", t)
    if m and (n := _count(m.group(1))) is not None:
        if m.group(2) == "day":
            d = p - timedelta(days=n)
            tv.start = tv.end = d
            tv.precision = "day"
        elif m.group(2) == "week":
            tv.start, tv.end = _week(p - timedelta(weeks=n))
            tv.precision = "week"
        else:
            tv.start, tv.end = _month(*_shift_month(p, -n))
            tv.precision = "month"
        return tv
    m = re.fullmatch(r"(in|within) (\w+) (day|week|month|year)s?(?: time)?", t)
    if m and future is not False and (n := _count(m.group(2))) is not None:
        return _ahead(tv, p, n, m.group(3), bound=m.group(1) == "within")
    for unit in ("week", "month", "year"):
        if re.search(rf"\b(last|past|previous) {unit}\b", t):
            k = -1
        elif re.search(rf"\bnext {unit}\b|\bcoming {unit}\b", t):
            k = 1
        elif re.search(rf"\b(this|earlier (in )?(the|this)|later (in )?(the|this)) {unit}\b", t):
            k = 0
        else:
            continue
        if unit == "week":
            s, e = _week(p + timedelta(weeks=k))
            if k == 0 and "earlier" in t:
                e = max(s, p - timedelta(days=1))
        elif unit == "month":
            s, e = _month(*_shift_month(p, k))
            if k == 0 and "earlier" in t:
                e = p
        else:
            s, e = date(p.year + k, 1, 1), date(p.year + k, 12, 31)
            if k == 0 and "earlier" in t:  # what happened earlier this year is not in
                e = p  # its autumn, and must not meet a plan for later in it
        tv.start, tv.end, tv.precision = s, e, unit
        return tv
    if re.search(r"\bweekend\b", t):
        sat = p + timedelta(days=(5 - p.weekday()) % 7)
        if not future and "next" not in t and sat > p:
            sat -= timedelta(days=7)
        tv.start, tv.end, tv.precision = sat, sat + timedelta(days=1), "day"
        return tv
    for i, name in enumerate(WEEKDAYS):
        if re.search(rf"\b{name}\b", t):
            delta = (p.weekday() - i) % 7
            d = p - timedelta(days=delta)
            if "next" in t:
                d = p + timedelta(days=(i - p.weekday()) % 7 or 7)
            elif re.search(rf"\b(?:last|past|previous) {name}\b", t):  # "last Thursday"
                d = p - timedelta(days=delta or 7)  # told on a Thursday is a week gone
            elif future:  # "controls from Monday" told on a Monday start that day: a
                d = p + timedelta(days=(i - p.weekday()) % 7)  # wire names today so
            tv.start = tv.end = d
            tv.precision = "day"
            return tv
    return tv


# A dateline: a short line near the top of an article that gives the day it was
# published or updated ("December 23, 2012 6:11 PM", "on Feb. 12, 2009", "Published:
# July 14, 2009", "Monday 14 September 2009 16.52 BST"), with nothing else but these words.
# Scraped pages also run it into the line before ("... Dies Aged 91. 07 June 2013"), after
# a byline ("By Jane Roe | Published 12:30 PM, 11 Nov 2011") or after the place a wire
# story is filed from ("MUMBAI, Nov 11, 2011 (Reuters) - ..."): kg reads those parts too.
DATELINE_LINES = 5  # the title, a byline, the dateline: it comes before the story
_MONTH_NAME = "|".join(MONTHS + [m[:3] for m in MONTHS] + ["sept"])
_FULL_DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH_NAME})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+|-)(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH_NAME})\.?,?\s+(?P<y2>\d{{4}})"
    r"|(?P<y4>(?:19|20)\d\d)(?P<s4>[-./])(?P<n3>\d{1,2})(?P=s4)(?P<n4>\d{1,2})(?![-./]?\d)"
    r"|(?P<n1>\d{1,2})\s*(?P<s3>[/.-])\s*(?P<n2>\d{1,2})\s*(?P=s3)\s*(?P<y3>\d{4}|(?<=/)\d\d|(?<=/\s)\d\d))\b"
)
# A year of two digits is read only after slashes ("12 / 16 / 08", a US site's stamp):
# "3-1-10" or "08.07.12" are as often a record or a version. Up to _CENTURY_PIVOT it is
# this century's ("09" is 2009), from it the last's ("97" is 1997).
_CENTURY_PIVOT = 70
# The agency or service an Indian or wire site prints before its date ("TNN Nov 12, 2011").
_AGENCIES = words("tnn pti ians ani afp ap upi reuters xinhua")
# Time zones only a North American site prints: beside them "05 / 03 / 2013" is month
# first (May 3), where elsewhere it could be 5 March.
_US_ZONES = words("et est edt ct cst cdt mt mst mdt pt pst pdt akst akdt hst")
_DATELINE_WORDS = (
    frozenset(WEEKDAYS)
    | {d[:3] for d in WEEKDAYS}
    | words(
        "on at posted published updated last update release immediate for am pm a p m a.m p.m "
        "gmt bst cest cet utc ist aest aedt hkt hrs uk "
        "first originally created edited time story found"
    )
    | _AGENCIES
    | _US_ZONES
)
# Where a scraped line runs a title or a byline into its dateline: a sentence's end
# ("... Aged 91. 07 June 2013"), a bar ("By Jane Roe | Published ..."), a capitalised
# "Posted" or "Updated" ("... Win in K. C. Posted on December 23, 2012") or a capitalised
# weekday after a title ("... Mental Hospital' Sunday, 9 June 2013"), never after a
# preposition ("died on Sunday, 9 June 2013" is the story's day) or a label ("End of
# Watch: Friday, June 24, 2005" on a memorial page is the day an officer died), or the
# offset of a time zone ("26 September 2013, 10:00 (GMT+05: 00) Parliamentary ...").
_DATELINE_BREAK = re.compile(
    r"(?<=[^A-Z\s][.!?])\s+(?=[A-Z0-9])|(?<=[.!?][\"'”’])\s+|\s+\|\s+"
    r"|(?<=GMT[+-]\d\d:\d\d\))\s+|(?<=GMT[+-]\d\d:\s\d\d\))\s+"
    r"|\s+(?=(?:Posted|Published|Updated|Last Updated|POSTED|PUBLISHED|UPDATED)\b)"
    rf"|(?<=[A-Z])(?=(?:{'|'.join(MONTHS).upper()})\s+\d{{1,2}},?\s+\d{{4}}$)"
    rf"|(?<!:)(?<!\b[Oo]n)(?<!\b[Bb]y)(?<!\b[Ss]ince)(?<!\b[Uu]ntil)\s+(?=(?:{'|'.join(WEEKDAYS).title()}),)"
)
# Long month names a dateline may misspell by one letter ("Novemer 27, 2005", "Feburary"):
# read as the month only where the line holds nothing else but a date's numbers.
_LONG_MONTHS = [m for m in MONTHS if len(m) >= 7]
# Words that name a day's story, not a report's: "Published" beside a date says the
# date is the article's even when a title runs into it.
_PUBLISHING = words("posted published updated update release created edited")
# The place a wire story is filed from, opening its first line: "WASHINGTON, DC,",
# "Washington D. C.,", "MUMBAI,"; the date follows and then the agency or a dash.
_PLACE = re.compile(
    r"[A-Z][A-Za-z'.-]*(?:\s+[A-Z][A-Za-z'.-]*){0,3}(?:,\s+[A-Z][A-Za-z.]*){0,2},\s*"
)
# The place a story opens with, in capitals and a colon, run onto the end of its
# dateline: "TNN Nov 12, 2011, 05. 51AM IST MUMBAI:".
_OPENING_PLACE = re.compile(r"\s+[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,2}:\s*$")
_NOT_PLACE = words("in on at by since until from after before of the a an and last this next")
_AFTER_PLACE = re.compile(r"[^(—–]*?(?:\(|—|–|\s-\s|$)")


def _date_of(m: re.Match[str], us: bool = False) -> date | None:
    """The day a ``_FULL_DATE`` match names, or None when its numbers could be read two
    ways ("2 / 3 / 2009": February or March) or are no day at all. ``us`` (a North
    American time zone beside it) settles the two ways month first; a lone "2 / 3 / 2009"
    stays unread, as a wrong date is worse than none."""
    if m.group("y3"):  # "12 / 19 / 2005" or "14 / 09 / 2013"; "2 / 3 / 2009" is either
        first, second, year = int(m.group("n1")), int(m.group("n2")), int(m.group("y3"))
        if len(m.group("y3")) == 2:  # "12 / 16 / 08"
            year += 2000 if year < _CENTURY_PIVOT else 1900
        if first > 12:
            day, month = first, second
        elif second > 12 or first == second or us:
            day, month = second, first
        else:
            return None
    elif m.group("y4"):  # "2012-04-04", "2012.08.08": year first is always year-month-day
        year, month, day = int(m.group("y4")), int(m.group("n3")), int(m.group("n4"))
    else:
        name = m.group("m1") or m.group("m2")
        day, month = int(m.group("d1") or m.group("d2")), _MONTH[name[:3]]
        year = int(m.group("y1") or m.group("y2"))
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _one_slip(word: str, month: str) -> bool:
    """``word`` is ``month`` with one letter left out, added, changed or two swapped."""
    if abs(len(word) - len(month)) > 1 or word == month:
        return False
    pairs = zip(word, month, strict=False)
    i = next((k for k, (x, y) in enumerate(pairs) if x != y), min(len(word), len(month)))
    return (
        word[i + 1 :] == month[i + 1 :]
        or word[i:] == month[i + 1 :]
        or word[i + 1 :] == month[i:]
        or word[i : i + 2] == month[i : i + 2][::-1]
        and word[i + 2 :] == month[i + 2 :]
    )


def _mended(low: str) -> str:
    """``low`` with a long month misspelt by one slip at its head ("novemer 27, 2005") spelt
    right: a scraped page's dateline typed by hand, which the date pattern would miss."""
    m = re.match(r"\s*([a-z]{6,})(?=\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b)", low)
    fix = m and next((x for x in _LONG_MONTHS if _one_slip(m.group(1), x)), None)
    return low[: m.start(1)] + fix + low[m.end(1) :] if m and fix else low


def _only_date(part: str) -> date | None:
    """The date of ``part`` when it holds nothing but dates and dateline words: "Record
    March 31, 1987" in a dividend table, or a story's sentence, has other words."""
    low = _mended(_OPENING_PLACE.sub("", part).lower())
    found = list(_FULL_DATE.finditer(low))
    if not found:
        return None
    rest = _FULL_DATE.sub(" ", low)  # "Published: ... | Updated: ..." names two dates
    # any script's words count: "Συνελήφθη, σήμερα (19.08.2020)" is a sentence
    said = [w.strip(".") for w in re.findall(r"[^\W\d_][^\W\d_.]*|[^\W\d_]", rest)]
    if any(w not in _DATELINE_WORDS for w in said):
        return None
    return _date_of(found[0], us=not _US_ZONES.isdisjoint(said))


def _placed(line: str) -> date | None:
    """The date of a wire dateline opening ``line``: a place of capitalised words, a comma,
    the date and then only dateline words up to the agency or a dash ("MUMBAI, Nov 11,
    2011 (Reuters) - Police said ..."). "In Paris, May 3, 2010, ..." is a sentence."""
    place = _PLACE.match(line)
    if not place or any(
        w.lower().strip(".,") in _NOT_PLACE | _DATELINE_WORDS | set(_MONTH)
        for w in place.group().split()
    ):
        return None
    m = _FULL_DATE.match(line.lower(), place.end())
    tail = _AFTER_PLACE.match(line, m.end()) if m else None
    return _only_date(line[place.end() : tail.end()].rstrip("(—–- ")) if tail else None


def dateline(text: str) -> date | None:
    """The date of an article's dateline, if one of its first lines is one: a full date
    (day, month, year) with only a weekday, a time of day or words such as "Published",
    "Updated" or "on" beside it, alone on its line, in a part of it set off by a sentence's
    end or a bar, or after the place a wire story opens with. A title or a sentence that
    names a date ("On July 9, 1971, Hoover promoted Felt") is not a dateline: the story's
    date is not the report's. Numbers with both day and month at most 12 ("05 / 03 /
    2013") are read month first only beside a North American time zone ("11:00 AM EDT");
    without one they stay unread, never guessed."""
    lines = [line for line in text.splitlines() if line.strip()][:DATELINE_LINES]
    for line in lines:
        if line.lstrip().startswith("|") or line.count("|") > 2:
            continue  # a table's row ("| 2020-09-01 | $2,800 |"): a record, not the report
        found = _only_date(line) or _placed(line.strip())
        if found:
            return found
        parts = _DATELINE_BREAK.split(line.strip())
        for k, part in enumerate(parts if len(parts) > 1 else []):
            # a date alone after a sentence must end its line, as a scraped title's
            # dateline does; "It was a day to remember. September 11, 2001." is the story
            # ("Friday, Sep 10, 2010 | Updated 8:52 PM EDT": the next part may say so)
            said = set(re.findall(r"[a-z]+", " ".join(parts[k : k + 2]).lower())) & _PUBLISHING
            if not said and k > 0 and (k < len(parts) - 1 or part.rstrip().endswith(".")):
                continue
            found = _only_date(part)
            if found:
                return found
    return None

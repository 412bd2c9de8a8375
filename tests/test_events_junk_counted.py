"""Statistics and kinds of people told with an event verb (issue 19, judged real pages
seed 489 and 60 BBC politics files): "the number of people who were hospitalized has
reached a record high" counts people, "others folded" and "young people drank" say what
some do, in general, and "played 333 rounds over eight years" sums many acts. Beside
each, the same verb told of one occasion, which must stay. Each text opens with a
sentence of its own: a story's first line may be a headline, whose present tells news."""

from __future__ import annotations

import pytest
from test_event_junk_states import found  # (type, mention word) of a text's events

LEAD = "The council published its report this week. "


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # who is counted: a statistic
        ("Health officials said the number of people who were hospitalized with the "
         "flu has reached a record high.", "hospitalized"),
        ("There has been no official count of the number of employees who have "
         "returned from leave.", "returned"),
        ("The number of migrants arriving on the islands has fallen sharply.", "arriving"),
        ("The number of burglaries doubled last year, the figures show.", "burglaries"),
        # what people in general, or "others", do
        ("Some traders rose to the occasion, and others folded or tried to profit "
         "from it.", "folded"),
        ("He said he accepted that young people drank and that many had problems with "
         "drink.", "drank"),
        # many acts summed over years
        ("The former mayor played 333 rounds of golf over eight years, the paper said.",
         "played"),
        ("Their garden has hosted many parties over the years.", "parties"),
        ("The rebels have carried out dozens of attacks over the past decade.", "attacks"),
    ],
)  # fmt: skip
def test_a_count_or_a_kind_of_people_is_no_event(text: str, word: str):
    assert word not in [w for _, w in found(LEAD + text)], found(LEAD + text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the toll of an event, or a count of those at one dated occasion
        ("The number of people killed in the bombing rose to 40.", "killed"),
        ("Police said the number of protesters who gathered outside the embassy on "
         "Friday was about 300.", "gathered"),
        ("The number of people who died in the flood has risen to 12.", "died"),
        ("The burglaries at the two shops last week were the third this year.",
         "burglaries"),
        # "a number of": several, each one told
        ("She has been campaigning with him on a number of visits to the north.",
         "visits"),
        ("A number of people who were injured in the crash were taken to hospital.",
         "injured"),
        # people named by when, where or how many
        ("People gathered outside the embassy on Friday.", "gathered"),
        ("The others walked out of the meeting.", "walked"),
        ("The two others signed the deal on Monday.", "signed"),
        ("Others were arrested on Monday.", "arrested"),
        ("People fled their homes as the river rose.", "fled"),
        # a span of days, one year, or acts pointed to
        ("Police arrested 300 people over two days.", "arrested"),
        ("The hostages were held for 86 days in 2019.", "held"),
        ("Over the years, the firm bought the two plants.", "bought"),
        ("The army fired 40 rockets over the border on Monday.", "fired"),
    ],
)  # fmt: skip
def test_the_same_verbs_told_of_one_occasion_stay(text: str, word: str):
    assert word in [w for _, w in found(LEAD + text)], found(LEAD + text)


def test_what_an_average_year_holds_is_a_statistic_not_storms():
    """The storms a year or a season holds, counted, are a statistic of a kind; the
    earthquake that hit Chile is an event."""
    got = found(
        "An average year has 12 named storms, six hurricanes and three major hurricanes. "
        "The 2017 season saw six major hurricanes, forecasters said. A powerful earthquake "
        "hit Chile last year."
    )
    assert not {w for _, w in got} & {"storms", "hurricanes"}, got
    assert ("Disaster", "hit") in got or any(w == "earthquake" for _, w in got), got

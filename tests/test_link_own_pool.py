"""Cross-document merges of two dated articles of one story that lead with the same news
(issue 19), and datelines a scraped page prints in forms kg missed.

Two articles of one story, published days apart, both open with an actress checking into
rehab and come back to it further on: the parses may name nothing of it in common (one
sentence has her name, the other "the actress" and a day), yet both articles are about that
happening. A word in passing (a politics story's "Republicans were trying to force in-person
voting") is not its article's news and still needs something of its own in common.
The texts and events are ours, written like the news."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.timex import dateline
from kg.link import Stories, article_dates, assess
from kg.model import Actor, Document, Event, Evidence, Participant, TimeValue

ACTORS = {
    "breuer": Actor("breuer", "Lena Breuer", "person"),
    "malibu": Actor("malibu", "Malibu", "place"),
    "lawyer": Actor("lawyer", "her lawyer", "person"),
}
STORY = Stories(
    of={"a": 0, "b": 0},
    vectors={d: {"breuer": 0.8, "malibu": 0.6} for d in "ab"},
    places={"a": {"malibu"}, "b": {"malibu"}},
    published={"a": date(2013, 5, 2), "b": date(2013, 5, 3)},
)


def _event(doc, words, summary, who=(), day=None) -> Event:
    """A report of a check-in told at these (offset, word) spans of its article."""
    spans = [Evidence(doc, at, at + len(w), w) for at, w in words]
    time = TimeValue(str(day), day, day, "day") if day else None
    return Event(f"{doc}/{spans[0].start}", "Movement", spans[0], "check", spans,
                 title=summary, summary=summary, time=time, sources=[doc],
                 participants=[Participant(a, r) for a, r in who])  # fmt: skip


# article a: "Lena Breuer checks into rehab" as its headline, "checked in" again below
LEAD_A = _event(
    "a", [(11, "checks"), (820, "checked")],
    "Lena Breuer checks into rehab facility", (("breuer", "agent"),),
)  # fmt: skip
# article b: its first sentence, and a later "check-in", say when but not who by name
LEAD_B = _event(
    "b", [(40, "checked"), (1310, "check")],
    "The actress checked in to a treatment facility on Thursday, a prosecutor said.",
    day=date(2013, 5, 2),
)  # fmt: skip


def test_two_articles_leading_with_one_news_merge_without_a_tie_of_their_own():
    check = assess(LEAD_A, LEAD_B, ACTORS, STORY)
    assert check.blocked is None and check.merges
    assert "open with" in " ".join(check.evidence["own"])


def test_a_passing_word_is_not_the_news_of_its_article():
    # the same second report, told once far down its article: nothing of its own ties
    # it to the first, and it is not what its article is about
    passing = _event("b", [(2400, "checked")], LEAD_B.summary, day=date(2013, 5, 2))
    assert assess(LEAD_A, passing, ACTORS, STORY).blocked == "evidence"
    # told twice, but only deep in the article: still a side story
    deep = _event("b", [(2400, "checked"), (3100, "check")], LEAD_B.summary, day=date(2013, 5, 2))
    assert assess(LEAD_A, deep, ACTORS, STORY).blocked == "evidence"
    # in its opening, but once: a headline's word alone is not told over and over
    once = _event("b", [(40, "checked")], LEAD_B.summary, day=date(2013, 5, 2))
    assert assess(LEAD_A, once, ACTORS, STORY).blocked == "evidence"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a page's stamp with a scraper's label before it
        (
            "Creighton star to return\nFound March 08, 2013\nThe forward will stay.",
            date(2013, 3, 8),
        ),
        # a month misspelt by hand: a letter left out, two swapped, one changed
        ("Quake hits southern Iran\nNovemer 27, 2005\nA strong quake struck.", date(2005, 11, 27)),
        ("Budget passes\nFebraury 3, 2010\nThe council voted.", date(2010, 2, 3)),
        ("Strike ends\nOctover 14, 2011\nDockers went back.", date(2011, 10, 14)),
        # a title in capitals that ran into its dateline when the page was scraped
        (
            "WOMAN KILLED BY DRUNK DRIVER IN QUEENS, POLICE SAYSEPTEMBER 19, 2013\n"
            "A 59-year-old woman was struck in a crosswalk.",
            date(2013, 9, 19),
        ),
    ],
)
def test_datelines_a_page_prints_out_of_the_usual_forms(text, day):
    assert dateline(text) == day


@pytest.mark.parametrize(
    "text",
    [
        # a title that names its story's day, with a space before the month, is no dateline
        "OFFICER KILLED ON SEPTEMBER 19, 2013\nThe department mourns.",
        # a word one letter from "March" is not a month: only long month names are mended
        "Match 27, 2005\nThe final.",
        # a sentence naming a misspelt date is the story, not the report
        "Quake hits Iran\nThe quake struck on Novemer 27, 2005 near Qeshm.\nMore.",
    ],
)
def test_what_is_no_dateline_stays_unread(text):
    assert dateline(text) is None


def test_an_article_dated_by_its_misspelt_dateline_passes_the_time_check():
    """The date the merge checks comes from the text when the page lost its metadata:
    undated, the second report would need more than a story to merge."""
    texts = {
        "a": "Lena Breuer checks into rehab facility\nMay 2, 2013\nThe actress checked in.",
        "b": "Actress enters rehab\nDecmeber 3, 2012\nThe actress checked in, a prosecutor said.",
    }
    dates = article_dates([Document(id=d, text=t, source_text=t) for d, t in texts.items()])
    assert dates == {"a": date(2013, 5, 2), "b": date(2012, 12, 3)}
    # a December 2012 report and a May 2013 one: the dateline now tells them apart
    story = Stories(STORY.of, STORY.vectors, dates, STORY.places)
    plain = _event("b", [(40, "checked"), (1310, "check")], LEAD_B.summary)
    check = assess(LEAD_A, plain, ACTORS, story)
    assert not check.undated and check.blocked == "time"

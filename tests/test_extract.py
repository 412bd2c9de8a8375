"""Extractors on our own news-like text: actors, statements, events, time, resolve, link."""

from __future__ import annotations

from datetime import date

import pytest

from kg import nlp
from kg.extract import extract_document
from kg.extract.statements import find_quotes
from kg.extract.timex import dateline, normalise
from kg.link import merge
from kg.model import DocResult, Document
from kg.resolve import resolve

ARTICLE = (
    "Peruvian Foreign Minister Ana Lopez said on Tuesday that the talks with Chile had "
    'been "constructive" but slow.\n'
    '"We are close to a text," Lopez told reporters in Lima. "But nothing is signed yet."\n'
    "She added that a second round would take place next week in Santiago.\n"
    "Chile's chief negotiator, Tomas Reyes, said the two delegations had not agreed on the "
    "maritime line.\n"
    "“The border must stay open,” he said. “Trade depends on it.”\n"
    "Santiago insisted that the fishing zone was not up for discussion.\n"
    "The talks began last week in Lima, according to Chile's La Tercera newspaper.\n"
)
PUBLISHED = date(2025, 3, 6)  # a Thursday


def run(text: str, doc_id: str = "peru-chile", published: date | None = PUBLISHED) -> DocResult:
    document = Document(id=doc_id, text=text, source_text=text, published=published)
    return extract_document(next(nlp.parse([text])), document)


@pytest.fixture(scope="module")
def article() -> DocResult:
    return run(ARTICLE)


def by_text(result: DocResult, fragment: str):
    found = [s for s in result.statements if fragment in s.text]
    assert found, f"no statement contains {fragment!r}: {[s.text for s in result.statements]}"
    return found[0]


def test_titles_short_names_and_types(article):
    names = {m.name: m for m in article.actors}
    assert names["Ana Lopez"].kind == "person"
    titled = [m for m in article.actors if m.name == "Ana Lopez" and m.title]
    assert titled and titled[0].title == "Peruvian Foreign Minister"
    # "Lopez" alone is the same person as "Ana Lopez"
    assert all(m.name == "Ana Lopez" for m in article.actors if m.evidence.text == "Lopez")
    assert names["Chile"].kind == "country"


def test_capital_acting_is_its_government_but_a_visited_city_is_a_place(article):
    santiago = [m for m in article.actors if m.evidence.text == "Santiago"]
    kinds = {(m.name, m.kind) for m in santiago}
    assert ("Chile", "country") in kinds  # "Santiago insisted that …"
    assert ("Santiago", "place") in kinds  # "in Santiago"


def test_split_quote_is_one_direct_statement_with_its_speaker(article):
    st = by_text(article, "We are close to a text")
    assert st.kind == "direct"
    assert st.speaker_name == "Ana Lopez"
    assert len(st.content) == 2 and st.content[1].text == "But nothing is signed yet."
    assert st.cue is not None and st.cue.text == "told"
    assert st.addressee == "reporters"


def test_pronoun_speakers_resolve_to_the_last_person_named(article):
    assert by_text(article, "second round").speaker_name == "Ana Lopez"  # "She added"
    st = by_text(article, "The border must stay open")
    assert st.speaker_name == "Tomas Reyes"  # "he said", curly quotes
    assert st.speaker_mention.text == "he"
    assert st.content[1].text == "Trade depends on it."


def test_indirect_mixed_and_country_speakers(article):
    mixed = by_text(article, "constructive")
    assert mixed.kind == "mixed" and mixed.speaker_name == "Ana Lopez"
    indirect = by_text(article, "maritime line")
    assert indirect.kind == "indirect" and indirect.speaker_name == "Tomas Reyes"
    tehran_style = by_text(article, "fishing zone")
    assert tehran_style.speaker_name == "Chile"


def test_evidence_offsets_point_at_the_quoted_text(article):
    for st in article.statements:
        for part in st.content:
            assert ARTICLE[part.start : part.end] == part.text


def test_events_have_time_resolved_against_publication_and_factuality(article):
    talks = [e for e in article.events if e.type == "Negotiate"]
    assert talks, [e.title for e in article.events]
    began = [e for e in talks if e.time and e.time.text == "last week"]
    assert began and began[0].time.start == date(2025, 2, 24)
    assert began[0].time.precision == "week"


@pytest.mark.parametrize(
    ("sentence", "factuality"),
    [
        ("The two ministers met in Geneva on Monday.", "asserted"),
        ("The two ministers will meet in Geneva next week.", "planned"),
        ("If there is a meeting, the ministers may sign an agreement.", "hypothetical"),
        ("No agreement was signed in Geneva.", "negated"),
    ],
)
def test_factuality(sentence, factuality):
    events = run(sentence).events
    assert events, sentence
    assert events[0].factuality == factuality, [(e.title, e.factuality) for e in events]


def test_unclosed_quote_never_breaks_the_document():
    text = (
        '"This will not stand, the minister said as he left.\n'
        "Officials from Peru and Chile met in Lima on Monday, the ministry said.\n"
    )
    result = run(text)
    assert any(e.type == "Consult" for e in result.events)


def test_find_quotes_pairs_marks_per_paragraph():
    text = '"One two three four," she said. "Five six."\n“Seven eight nine ten'
    spans = [text[q.start : q.end] for q in find_quotes(text)]
    assert spans == ["One two three four,", "Five six.", "Seven eight nine ten"]


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("last week", date(2025, 2, 24), date(2025, 3, 2), "week"),
        ("Tuesday", date(2025, 3, 4), date(2025, 3, 4), "day"),
        ("April 8", date(2024, 4, 8), date(2024, 4, 8), "day"),
        ("earlier this month", date(2025, 3, 1), date(2025, 3, 6), "month"),
        ("two days ago", date(2025, 3, 4), date(2025, 3, 4), "day"),
    ],
)
def test_timex_past(text, start, end, precision):
    tv = normalise(text, PUBLISHED)
    assert (tv.start, tv.end, tv.precision) == (start, end, precision)


def test_timex_future_and_unanchored():
    assert normalise("next week", PUBLISHED).start == date(2025, 3, 10)
    assert normalise("Tuesday", PUBLISHED, future=True).start == date(2025, 3, 11)
    assert normalise("last week", None).start is None  # no publication date: text only


@pytest.mark.parametrize(
    ("text", "future", "start"),
    [
        ("January", False, date(2025, 1, 1)),  # a past month of this year
        ("in March", False, date(2025, 3, 1)),  # the article's own month
        ("last March", False, date(2024, 3, 1)),
        ("next February", False, date(2026, 2, 1)),
        ("the November", True, None),  # not a bare month: left to its sentence
        ("November", True, date(2025, 11, 1)),  # "the November election", planned
        ("in February", True, date(2026, 2, 1)),  # planned, so the next February
        ("November", False, None),  # done "in November" in a March article: which year?
    ],
)
def test_a_month_without_a_year_is_the_nearest_in_the_texts_direction(text, future, start):
    tv = normalise(text, PUBLISHED, future=future)
    assert tv.start == start
    assert tv.precision == ("month" if start else None)
    assert tv.end is None or (tv.end.month == tv.start.month and tv.end.day >= 28)


def test_resolve_merges_a_surname_only_when_one_full_name_ends_with_it():
    a = run("Senator Maria Smith said the budget was late.", "a")
    b = run("Smith told reporters the vote would happen on Friday.", "b")
    actors = resolve([a, b])
    smith = actors["maria-smith"]
    assert len(smith.mentions) == 2 and smith.merge_reasons
    c = run("Governor John Smith said the roads were closed.", "c")
    actors = resolve(
        [
            run("Senator Maria Smith said the budget was late.", "a"),
            run("Smith told reporters the vote would happen on Friday.", "b"),
            c,
        ]
    )
    assert "smith" in actors  # two full names end with Smith: the lone one stays apart


def test_merge_joins_one_event_across_outlets_and_keeps_different_strikes_apart():
    one = run(
        "Dockworkers in Rotterdam went on strike on Monday over pay, the Havenbond union said.",
        "one",
    )
    two = run("The Havenbond union led a strike by dockworkers in Rotterdam on Monday.", "two")
    other = run(
        "Crane operators in Antwerp held a strike on Friday, the BTWF union said.",
        "three",
        published=date(2025, 3, 14),
    )
    results = [one, two, other]
    actors = resolve(results)
    merged = merge([e for r in results for e in r.events], actors)
    strikes = [e for e in merged.values() if e.type == "Protest"]
    sources = sorted(tuple(e.sources) for e in strikes)
    assert ("one", "two") in sources, [(e.title, e.sources) for e in strikes]
    assert all("three" not in s or len(s) == 1 for s in sources)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Colts beat Chiefs\nDecember 23, 2012 6:11 PM\nThe Colts won.", date(2012, 12, 23)),
        ("Title\non Feb. 4, 2009\nBody.", date(2009, 2, 4)),
        ("Title\nPublished: Tuesday, Dec. 20 2005 12:00 a. m. MST\nBody.", date(2005, 12, 20)),
        ("Title\nMonday 14 September 2009 16.52 BST\nBody.", date(2009, 9, 14)),
        ("Title\nPosted 12 / 19 / 2005 3:36 PM\nBody.", date(2005, 12, 19)),
        ("Title\nLast updated 13:26 14 / 09 / 2013\nBody.", date(2013, 9, 14)),
        # a day or a month alone could be either: no date
        ("Title\nPosted 2 / 3 / 2009 11:11 PM\nBody.", None),
        # a headline or a sentence naming a date tells the story's date, not the report's
        ("Remembering the tsunami of December 26, 2004\nBody.", None),
        ("On July 9, 1971, Hoover promoted Felt.\nBody.", None),
        ("Qtrly div 96 cts vs 90 cts\nRecord March 31, 1987\n", None),
        ("One\nTwo\nThree\nFour\nFive\nJune 3, 2024\n", None),  # too far down
    ],
)
def test_a_dateline_under_the_title_dates_the_report(text, day):
    assert dateline(text) == day

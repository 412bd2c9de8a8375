"""An event is what happened, not a word: mentions that share a word but not the
happening stay apart within one article.

Every text here is written for the project. Each test is a class of wrong groups read
on real pages (issue 19): a protest the story's background dates years back taking
every "the protests" of this spring's story; a chain that went bankrupt joined with
"more stores" that may go under; what her parents did and what she does; every "left"
of a long profile.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg import nlp
from kg.extract import extract_document
from kg.model import DocResult, Document


def run(text: str, published: date | None = None) -> DocResult:
    """Extract a text published on ``published``."""
    document = Document(id="doc", text=text, source_text=text, published=published)
    return extract_document(next(nlp.parse([text])), document)


def mentions(result: DocResult) -> list[set[str]]:
    """The words of each event's mentions."""
    return [{m.text for m in ev.mentions} for ev in result.events]


def test_undated_protests_join_the_story_not_a_protest_dated_years_back():
    text = (
        "Hundreds of protesters gathered outside the state Capitol in Lansing on Wednesday "
        "to protest against the governor's stay-at-home order. Liberty Action, which in "
        "2009 organized a tax protest that drew thousands of people to Washington, paid for "
        "buses to bring demonstrators to the city. The protests have mostly been organized "
        "by local residents, according to the organizers."
    )
    result = run(text, date(2020, 4, 17))
    groups = mentions(result)
    then = text.index("organized a tax")  # 2009's; "have been organized" is the story's
    assert not any(
        {"protest", "protests"} <= g and any(m.start == then for m in ev.mentions)
        for g, ev in zip(groups, result.events, strict=True)
    )
    assert any({"protest", "protests"} <= g for g in groups)  # the story's own protests


def test_a_past_protest_still_takes_its_own_undated_repeat():
    # with no other protest to join, the bare repeat is the one the text dates
    text = (
        "Liberty Action organized a tax protest in Washington in 2009. The protest drew "
        "thousands of people, and its leaders later ran for Congress."
    )
    protest_events = [
        ev
        for ev in run(text, date(2020, 4, 17)).events
        if [m.text.lower() for m in ev.mentions].count("protest") == 2
    ]
    assert len(protest_events) == 1


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (  # "more" stores are others than the chain named
            "The department store chain Hollis & Finch went bankrupt last year, and the slump "
            "in shopping malls could see more fashion stores go under before Christmas, "
            "analysts warned on Tuesday.",
            {"went", "go"},
        ),
        (  # an untyped word is no more than its doer: one person is not "her parents"
            "Ms Powell, whose mother was Irish, was born in Boston where her parents worked in "
            "a bakery. She moved to Powys nearly 15 years ago where she works from her studio "
            "near Machynlleth.",
            {"worked", "works"},
        ),
    ],
    ids=["more stores, not the chain", "her parents, not her"],
)
def test_one_word_done_by_other_doers_is_two_events(text: str, words: set[str]):
    groups = mentions(run(text, date(2021, 6, 1)))
    assert not any(words <= g for g in groups)


def test_leaving_a_city_and_leaving_a_bank_are_two_departures():
    # a long profile: every "left" of one person is not one event
    text = (
        "Anna Kowalski left Warsaw at 19 to study economics in London. After graduating "
        "she joined Barclays, where she spent six years in the bank's trading arm. She left "
        "the bank in 2008, weeks before the collapse of Lehman Brothers, and set up her own "
        "fund."
    )
    result = run(text, date(2021, 6, 1))
    departures = [ev for ev in result.events if any(m.text == "left" for m in ev.mentions)]
    assert len(departures) == 2


def test_the_attack_points_back_at_the_killing_told_before():
    # a definite noun with nothing of its own names the happening just told
    text = (
        "A gunman killed three people at a supermarket in Leeds on Sunday, police said. "
        "Officers arrested a 34-year-old man near the scene. The killings shocked the city, "
        "and the mayor said the attack was the worst in its history."
    )
    result = run(text, date(2021, 6, 1))
    (killing,) = [ev for ev in result.events if any(m.text == "killed" for m in ev.mentions)]
    assert "attack" in {m.text for m in killing.mentions}
    assert "arrested" not in {m.text for m in killing.mentions}


def test_the_war_is_background_not_the_clash_told_before():
    text = (
        "He says the prime minister was not worried by his opponents' early performance in "
        "their Commons clashes. The Tory leader says he has been consistent in his support "
        "for the war but critical of the failure to tell the truth on intelligence."
    )
    groups = mentions(run(text, date(2005, 2, 1)))
    assert not any({"clashes", "war"} <= g for g in groups)


def test_a_meeting_held_at_a_conference_is_not_the_conference():
    # the unions and the town are both told of the meeting and of the conference it
    # took place at; the conference is another, longer gathering
    text = (
        "Four teaching unions met Education Secretary Paul Ward at the Labour spring "
        "conference in Harrogate on Saturday. The unions want the government to drop a "
        "plan to lengthen the school day. A spokesman said after the meeting that talks "
        "would go on."
    )
    result = run(text, published=date(2025, 3, 11))
    (met,) = [e for e in result.events if {m.text for m in e.mentions} & {"met"}]
    assert "conference" not in {m.text for m in met.mentions}
    assert [e for e in result.events if {m.text for m in e.mentions} & {"conference"}]

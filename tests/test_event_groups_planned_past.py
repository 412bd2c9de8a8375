"""A planned meeting is one node whatever its wording, and a meeting told as held
before it stays another (BBC politics 069 and 312: the unions' talks with Prescott at
the weekend and his private meeting with union figures the week before).

Every text here is written for the project.
"""

from __future__ import annotations

from datetime import date

from test_event_groups import with_mention  # the events a mention word is in
from test_event_groups_within import run

from kg import nlp
from kg.extract import extract_document
from kg.model import ASSERTED, PLANNED, Document

TALKS_AND_PAST_MEETING = (
    "Three teaching unions will hold private talks with Education Secretary Ruth Kelly "
    "at the union conference in Blackpool this weekend. The three unions meeting Ms Kelly "
    "want the new pay rules withdrawn, which would allow weeks of hard negotiations to "
    "follow. Ms Kelly held a private meeting with head teachers last month. It is "
    "understood that no offer was made in that meeting."
)


def test_the_unions_meeting_her_are_at_the_planned_talks_not_the_past_meeting():
    # "the three unions meeting Ms Kelly" names which unions; the present participle
    # says nothing of whether the meeting was held, so it is the planned talks, and
    # the event stays planned; last month's meeting, told as held, stays its own
    result = run(TALKS_AND_PAST_MEETING)
    (talks,) = with_mention(result, "talks")
    assert "meeting" in [m.text for m in talks.mentions]
    assert talks.factuality == PLANNED
    (held,) = with_mention(result, "held")
    assert held is not talks
    assert [m.text for m in held.mentions].count("meeting") == 2  # "that meeting" too


def test_negotiations_still_to_follow_are_neither_the_talks_nor_the_past_meeting():
    result = run(TALKS_AND_PAST_MEETING)
    (more,) = with_mention(result, "negotiations")
    assert [m.text for m in more.mentions] == ["negotiations"]


def test_that_meeting_is_the_one_told_last_not_the_one_with_more_actors():
    # Saturday's meeting names five actors, last week's two; "in that meeting", told
    # right after last week's, points at it
    text = (
        "The NUT, the NASUWT and Unison met Education Secretary Ruth Kelly and schools "
        'minister Jacqui Smith at the union conference in Blackpool. "At least we are '
        "still talking,\" a union spokesman said after Saturday's meeting. The three "
        "unions which met Ms Kelly want the new pay rules withdrawn. Ms Kelly held a "
        "private meeting with head teachers last week. It is understood that no offer was "
        "made in that meeting."
    )
    document = Document(id="doc", text=text, source_text=text, published=date(2026, 3, 15))
    result = extract_document(next(nlp.parse([text])), document)
    (held,) = with_mention(result, "held")
    assert [m.text for m in held.mentions].count("meeting") == 2
    (met,) = with_mention(result, "met")
    assert met is not held


def test_a_release_awaited_then_told_done_is_one_release_titled_as_done():
    """ "Python 3.5 is expected to be released in September", then "Python 3.5 was
    released on September 13": one release of one named thing, first awaited, then
    reported; the node is done and its title says so (a tech blog's two nodes)."""
    text = (
        "Python 3.5 is expected to be released in September, the core developers said. "
        "The new version adds async syntax. Python 3.5 was released on September 13, a "
        "week later than planned."
    )
    (release,) = with_mention(run(text), "released")
    assert [m.text for m in release.mentions] == ["released", "released"]
    assert release.factuality == ASSERTED
    assert release.title.startswith("Python 3.5 was released")


def test_a_release_awaited_of_another_version_stays_apart():
    # guard: the named things differ, so two releases
    text = (
        "Python 3.6 is expected to be released in December, the core developers said. "
        "The new version adds f-strings. Python 3.5 was released on September 13, a "
        "week later than planned."
    )
    assert len(with_mention(run(text), "released")) == 2

"""Non-events told as a guess, a wish, a forecast or a word to the reader (issue 19,
the judged sample of real pages of 2026-12-07, seed 22: 13 of its 27 junk events were
generic, habitual or hypothetical): what a found tool "could have been used for", what
a writer "would like to encourage" someone else to do, the setting of what "you" do or
see people do, what "you're going to see", advice, a deadline's terms and a "let's"
call. Beside each, the same words told of a happening or of a named doer's plan or
condition, which must stay."""

from __future__ import annotations

import pytest
from test_event_junk_states import found  # (type, mention word) of a text's events

BEFORE = "Officials in the county said they were worried. "  # not the text's first line


def words(text: str) -> list[str]:
    return [w for _, w in found(BEFORE + text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a guess at what a find was for
        ("The archaeologists think the flint could have been used for cutting reeds or "
         "scraping hides.", "cutting"),
        ("Divers believe the wreck might have been used for smuggling rum.", "smuggling"),
        # a wish about what someone else would do
        ("I'd like to encourage the city council to conduct a thorough review of the "
         "tram project.", "conduct"),
        ("I'd like to encourage the city council to conduct a thorough review of the "
         "tram project.", "review"),
        ("We would love to see the council hold a referendum on the scheme.",
         "referendum"),
        # what "you" do or mind, and what "you" see anyone do
        ("If you don't mind the crowds of a guided bus tour, the old town is worth a "
         "day.", "tour"),
        ("When you are preparing to race a marathon, even a small niggle matters.",
         "marathon"),
        ("Otherwise, you see people make deals which then fall apart.", "make"),
        ("Otherwise, you see people make deals which then fall apart.", "deals"),
        ('"Otherwise, you see people make deals which then fall apart," she said.',
         "deals"),
        # a forecast of what "you will see", said or written
        ('"I do think you\'re going to see these rallies start to spread," he said.',
         "start"),
        ('"I do think you\'re going to see these rallies start to spread," he said.',
         "rallies"),
        # advice to people in general, however the parser hangs its "to check"
        ('"We advise drivers who use the station car park to check the ticket machine for '
         'unusual devices before inserting a card."', "inserting"),
        ("We advise visitors who plan to attend the parade to arrive early.", "arrive"),
        # what a deadline allows, and a "let's" call
        ("The state court refused to extend the deadline for ballots to be returned by "
         "mail.", "returned"),
        ("From the reopening of shops to the rehiring of workers, let's seize this "
         "moment.", "rehiring"),
    ],
)  # fmt: skip
def test_a_guess_a_wish_or_a_word_to_the_reader_is_left_out(text: str, word: str) -> None:
    assert word not in words(text), found(BEFORE + text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a named doer's act, plan or condition
        ("Police could charge him with assault.", "charge"),
        ("The company would cut 300 jobs, it said.", "cut"),
        ("If talks fail, the union will strike.", "strike"),
        ("We would like to hold talks with the unions next week, the minister said.",
         "talks"),
        ("The ward was used for treating flu patients during the outbreak last winter.",
         "treating"),
        ("The bank said the flaw may have been used by hackers to steal passwords from "
         "thousands of customers.", "steal"),
        # a reader addressed, a happening told
        ("As you know, the strike at the Tilbury plant ended on Friday.", "strike"),
        ("You saw police arrest four protesters outside the embassy on Monday.",
         "arrest"),
        ('"You lied to us about the merger," the union leader told the board.', "merger"),
        ("Police advise drivers who saw the crash on the bypass to call them.", "crash"),
        ("The deadline passed on Friday without a deal.", "passed"),
        ("The council let us down when it closed the library in May.", "closed"),
    ],
)  # fmt: skip
def test_a_happening_or_a_named_doers_plan_stays(text: str, word: str) -> None:
    assert word in words(text), found(BEFORE + text)

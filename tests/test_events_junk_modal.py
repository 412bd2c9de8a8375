"""Non-events told with a modal, a negation, a bound or a habit (issue 19, judged real
pages, seeds 453 and 455): the outcome a condition sets ("if the plant closes, workers
would lose their jobs"), an act denied for all time ("have never held talks") or as a prospect
("there is no way we're going to leave"), a deal that only ends a wait ("would remain in
session until a deal was brokered"), what someone has always done, what "no one" or "a
grandparent" could do, and what a happening or an abstraction brought about ("the
pressure led Pelosi to announce"). Beside each, the same words told of a happening or of
a plan someone states, which must stay."""

from __future__ import annotations

import pytest
from test_event_junk_states import found  # (type, mention word) of a text's events

BEFORE = "Officials in the county said they were worried. "  # not the text's first line


def words(text: str) -> list[str]:
    return [w for _, w in found(BEFORE + text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the outcome of a condition, a mere possibility
        ("If the plant closes, hundreds of workers would lose their jobs.", "lose"),
        ("Unless the airline finds a buyer, thousands of staff would be laid off.", "laid"),
        ("If the bridge collapses, dozens of drivers could be killed.", "killed"),
        ("If the bridge collapses, dozens of drivers could be killed.", "collapses"),
        # an act denied for all time, or inside a denied prospect
        ("The two leaders have never held talks.", "talks"),
        ("The actor was never charged after two separate investigations.", "charged"),
        ("Republicans never took up the bill the House passed in May.", "took"),
        ("There is no way we're going to leave this city without him, the mayor said.",
         "leave"),
        ("The company has no plans to sell the plant.", "sell"),
        # a deal that only bounds a wait yet to come
        ("The House would remain in session until a deal was brokered, Pelosi announced.",
         "deal"),
        ("The House would remain in session until a deal was brokered, Pelosi announced.",
         "brokered"),
        # a habit
        ("We have always drawn strength from our volunteers and strived to build a fair "
         "company.", "strived"),
        # no one in particular, anyone, any one at all
        ("No one on television covered the trial more diligently than the local station.",
         "covered"),
        ("A grandparent you infect could die, the prime minister said.", "die"),
        ("Ankara is determined to prevent any further influx of migrants from Syria.",
         "influx"),
        # what a happening or an abstraction brought about
        ("The rolling protests helped the president politically.", "helped"),
        ("The pressure led Pelosi to announce a new bill.", "led"),
        ("The pressure led the prime minister to call an inquiry.", "led"),
        ("The placement has provided an excellent treasury for exploration.", "provided"),
        ("The response has brought out the best in us.", "brought"),
    ],
)  # fmt: skip
def test_a_non_event_told_with_a_modal_a_negation_or_a_habit_is_left_out(
    text: str, word: str
) -> None:
    assert word not in words(text), found(BEFORE + text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a plan or a threat someone states, conditions and all
        ("He said he would resign if the party lost the vote.", "resign"),
        ("The minister said troops could be deployed if the violence continues.",
         "deployed"),
        ("If there is a meeting, we will let you know, the spokeswoman said.", "meeting"),
        ("Should talks fail, the union could strike next month.", "strike"),
        # the course the story's own named or definite actors may take: hypothetical
        ("If the board approves the bid, Halvorsen Group could sell its shipping arm.",
         "sell"),
        ("If there is a meeting, the two ministers may sign a border accord.", "sign"),
        ("A strike could hit the railways next week.", "hit"),
        # a denial that names an occasion is news, negated; what the text tells beside
        ("The two leaders did not meet in Geneva.", "meet"),
        ("Republicans never took up the bill the House passed in May.", "passed"),
        ("Nobody was arrested after the protest in Leeds on Monday.", "arrested"),
        ("Providentially, nobody was injured, but the fire did a million dollars in "
         "damage.", "injured"),
        # a deal told as made
        ("Talks dragged on until a deal was brokered.", "deal"),
        ("The House stayed in session until a deal was reached on Friday.", "deal"),
        # people and firms act
        ("The State Department has brought back 65,565 Americans from 123 countries.",
         "brought"),
        ("Exhausted firefighters brought the blaze under control on Sunday.", "brought"),
        ("A local business provided food and shelter for the homeless.", "provided"),
        ("The minister's own comments on asylum had prompted censure from bishops.",
         "prompted"),
        ("Dame Mary Lane, whose experiences as a young diving champion led to a career "
         "in musical films, died on Friday in Bath.", "led"),
        ("Rebels attacked the army base in Kidal on Monday.", "attacked"),
    ],
)  # fmt: skip
def test_a_happening_or_a_stated_plan_stays(text: str, word: str) -> None:
    assert word in words(text), found(BEFORE + text)

"""One clause, one act: a verb of going or of spending time and the act it was for are
one event, a host's guests "for a game" make the hosting that game, and "shot through
the door and she was struck in the back" is one shot (issue 19).

On real pages "Workers returned to check on the traps" and "Workers to check on the
traps" (told as a plan) were two nodes of one clause, "has spent 14 years working" two
more, and "the Broncos hosted the Buccaneers for a game" stood beside "Game on Sunday
afternoon". Every text here is written for the project.
"""

from __future__ import annotations

from test_event_groups import run, with_mention

from kg.model import PLANNED


def test_a_return_to_check_is_one_act_told_as_done():
    result = run(
        "Council workers returned to the harbour on Friday to check on the poisoned traps "
        "they had laid against the rats."
    )
    (check,) = with_mention(result, "check")
    assert {m.text for m in check.mentions} >= {"returned", "check"}, [
        (e.title, [m.text for m in e.mentions]) for e in result.events
    ]
    assert check.factuality != PLANNED  # they went and checked: no plan to check
    assert "check" in check.title


def test_weeks_spent_debating_are_the_debate():
    result = run(
        "Senate Democrats spent three weeks debating the relief bill, and the chamber "
        "passed it on Thursday night."
    )
    (debate,) = with_mention(result, "debating")
    assert not with_mention(result, "spent") or with_mention(result, "spent") == [debate]
    assert "debat" in debate.title.lower()  # the act, not "spent weeks"


def test_years_spent_working_somewhere_are_one_node():
    result = run("Maria Lopez has spent 14 years working for the city's transport authority.")
    assert len(with_mention(result, "spent", "working")) <= 1


def test_a_home_side_hosting_its_rivals_for_a_game_is_the_game():
    result = run(
        "The Leeds Rhinos hosted the Wigan Warriors for a game on Saturday evening. The "
        "game drew a crowd of 18,000 to Headingley."
    )
    (game,) = with_mention(result, "hosted")
    assert "game" in {m.text for m in game.mentions}
    assert len(with_mention(result, "game", "hosted")) == 1


def test_a_fundraiser_hosted_for_a_hospital_stays_the_fundraiser():
    # "for the hospital" is whom it was for, not what was held: nothing joins it
    result = run("The charity hosted a fundraiser for the children's hospital on Friday.")
    assert not with_mention(result, "hospital")


def test_a_return_to_write_a_book_stays_a_return():
    # what the going was for may be left out of the graph (a reporting verb); the going
    # is not left out with it
    result = run(
        "The captain adapted the game for the cavalry in India and returned home to "
        "England in 1868 to write its first rulebook."
    )
    assert with_mention(result, "returned"), [
        (e.title, [m.text for m in e.mentions]) for e in result.events
    ]


def test_a_shot_and_the_woman_it_struck_are_one_shooting():
    result = run(
        "She managed to lock the door, but the gunmen shot through the door and Maria "
        "Lopez was struck once in the back, police said. She died from her injuries in "
        "hospital."
    )
    (shot,) = with_mention(result, "shot")
    assert "struck" in {m.text for m in shot.mentions}, [
        (e.title, [m.text for m in e.mentions]) for e in result.events
    ]


def test_going_to_press_is_a_plan_to_press_not_a_going():
    result = run(
        "The negotiating team is going to press the banks for better terms next week, an "
        "official said."
    )
    (press,) = with_mention(result, "press")
    assert "going" not in {m.text for m in press.mentions}


def test_by_the_time_they_returned_tells_when_not_what_they_returned():
    result = run(
        "The rats were hungry: by the time workers returned to check on their traps, other "
        "rats had already started eating the dead ones."
    )
    (check,) = with_mention(result, "returned")
    assert "the time" not in check.title, check.title

"""One clause, one act: a noun of setting out on something ("bid", "decision",
"attempt") and the act its own infinitive names are one event, and so are "helped" and
the act it helped with (issue 19).

On real pages "Real's bid to take Lucas Ocampos to the Bernabeu" and "Real sought to
take Lucas Ocampos to the Bernabeu" were two nodes of one clause, as were "Newsweek's
decision only to reverse course and apologize" and "Newsweek reversed course", and
"have helped repatriate more than 11,000 people" made a "Helping" node beside a
"Repatriating" one. Every text here is written for the project.
"""

from __future__ import annotations

from test_event_groups import run, with_mention

from kg.model import PLANNED


def _seen(result) -> list[tuple[str, list[str]]]:
    return [(e.title, [m.text for m in e.mentions]) for e in result.events]


def test_a_clubs_bid_to_sign_a_player_is_the_signing_sought():
    result = run(
        "The winger had been linked with a loan to Valencia as part of Porto's bid to take "
        "Marco Silva to the Dragao."
    )
    (take,) = with_mention(result, "take")
    assert {m.text for m in take.mentions} >= {"bid", "take"}, _seen(result)
    assert take.factuality == PLANNED  # a bid made is no player taken


def test_a_decision_to_reverse_course_is_the_reversal():
    result = run(
        "After heavy criticism for running the column, the Herald defended its decision "
        "only to reverse course and apologize."
    )
    assert len(with_mention(result, "decision", "reverse")) == 1, _seen(result)


def test_people_helped_home_are_one_repatriation():
    result = run(
        "Its director said they have helped evacuate more than 4,000 tourists through "
        "charter flights from Chile."
    )
    assert len(with_mention(result, "helped", "evacuate")) == 1, _seen(result)


def test_a_plan_for_others_to_act_stays_apart():
    # the drivers' strike is someone else's act than the union's plan: no join
    result = run("The union unveiled a plan for bus drivers to strike on Monday.")
    joined = [e for e in with_mention(result, "strike") if "plan" in {m.text for m in e.mentions}]
    assert not joined, _seen(result)


def test_a_bid_fought_back_stays_with_the_fight():
    # the bid is what the verb did something to: the fight and the bid are one node, not
    # the bid and the stake it sought
    result = run(
        "The Lindqvist family fought back a bid by a London financier to secure a large "
        "stake in the tobacco maker on Tuesday."
    )
    (fight,) = with_mention(result, "fought")
    assert "bid" in {m.text for m in fight.mentions}, _seen(result)

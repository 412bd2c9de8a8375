"""Bookmakers' tips: each tipped prize is its own hypothetical event, and its own doer's.

Texts are ours, in the shape of the BBC's awards-season roundups (entertainment 064,
078, 328), where three faults were left: two tips "to win the best actress prize" and
"to win the best director prize" were one event (the prize nouns, read before their
doers, joined each other); "Owen is second favourite at William Hill to take the best
supporting actor award" gave an award told as given, with no one to take it; and
"experts predict Foxx will win best actor" was a plan, which no other outlet's "Foxx is
tipped to win best actor" could join.
"""

from __future__ import annotations

from test_event_groups import run, with_mention  # a text as one dated article; its events

from kg.model import HYPOTHETICAL

TIPS = (
    "Bookmakers back Harbour Lights for the Lumen awards\n\n"
    "Harbour Lights has been tipped by bookmakers as the favourite to win the best film "
    "award at this year's Lumen Awards. Its star Nina Holt is tipped to win the best "
    "actress prize. Harbour Lights is also widely tipped to win the best director prize "
    "for Paul Greer. British star Tom Ashby is second favourite at Betwell to take the "
    "best supporting actor award, for his performance in Quay. Most critics predict the "
    "twice-nominated Sam Okafor will win best actor for his role in Tide."
)


def test_tips_for_two_prizes_are_two_events() -> None:
    result = run(TIPS)
    actress = [e for e in with_mention(result, "prize") if "actress" in e.summary]
    director = [e for e in with_mention(result, "prize") if "director" in e.summary]
    assert len(actress) == 1 and len(director) == 1 and actress != director
    assert not {"Harbour Lights", "Paul Greer"} & {p.actor for p in actress[0].participants}


def test_the_second_favourite_would_take_the_award() -> None:
    (award,) = [e for e in with_mention(run(TIPS), "award") if "supporting" in e.summary]
    assert award.factuality == HYPOTHETICAL
    assert {p.actor for p in award.participants if p.role == "agent"} == {"Tom Ashby"}


def test_a_predicted_win_is_hypothetical_not_planned() -> None:
    (win,) = [e for e in with_mention(run(TIPS), "win") if "Okafor" in e.summary]
    assert win.factuality == HYPOTHETICAL


def test_nominations_for_the_awards_are_not_the_awards_won() -> None:
    """ "More than 400 award nominations were received" tells how the prizes were
    picked, not the Pacific Youth Awards three engineers won (a page on the
    Commonwealth Youth Awards joined its nominations to the awards)."""
    result = run(
        "Three young engineers have won Pacific Youth Awards for clean water projects in "
        "their countries. The awards recognise work that helps countries meet their "
        "development goals. More than 400 award nominations were received from 30 "
        "countries. The awards were presented at a ceremony in Suva on Tuesday."
    )
    (won,) = [e for e in result.events if "won" in {m.text for m in e.mentions}]
    assert not {m.text for m in won.mentions} & {"nominations"}
    assert [m.text for m in won.mentions].count("award") == 0  # "award nominations"

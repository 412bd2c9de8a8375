"""A headline's event noun read as a name still takes the verb that tells its course.

"Riot breaks out in Leeds": the model reads the headline's first word as a proper noun
(a PERSON, even), the table still reads it as the riot, but the course verb ("breaks
out", "began", "stalled") joined its subject only when the parse called it a NOUN. So
the headline's "breaks" stood as an untyped node of its own ("Riot breaks out in
Leeds", OtherEvent) beside the riot it tells (ECB+ train, the Brooklyn riot headlines);
a gerund ("Fighting breaks out") likewise.

"Car bomb leaves 12 dead in Baghdad": a headline's short parse makes "dead" the object
of "leaves" (or a modifier of "12 people"), so "leaves" read as a journey, a Movement
node titled "Car bomb leaves 12 dead" beside the deaths; a body's "left one man dead"
was already one death. Texts are ours.
"""

from __future__ import annotations

from test_event_groups import run, with_mention

BODY = (
    "A riot broke out in the centre of Leeds on Saturday night after the derby, police "
    "said. Officers arrested 14 people."
)


def test_a_riot_breaking_out_in_the_headline_is_the_riot():
    result = run(f"Riot breaks out in Leeds after derby\n{BODY}")
    (riot,) = with_mention(result, "Riot", "riot", "breaks", "broke")
    assert {"Riot", "breaks", "riot", "broke"} <= {m.text for m in riot.mentions}
    assert riot.type == "Protest"


def test_fighting_breaking_out_in_the_headline_is_the_fighting():
    # the parse reads the headline's "Fighting" as a gerund: the detector kept "breaks"
    # apart as an act of its own, which the graph then dropped with its one word
    result = run(
        "Fighting breaks out in Tripoli as talks stall\nFighting broke out in the south "
        "of Tripoli on Monday, residents said."
    )
    (fighting,) = with_mention(result, "Fighting", "breaks", "broke")
    assert {"Fighting", "breaks", "broke"} <= {m.text for m in fighting.mentions}


def test_a_conference_named_for_a_hurricane_is_cancelled_no_hurricane():
    # a name's head ("Conference") the model reads as the storm it is named for: its
    # cancellation stays an act of its own, never a phase of the hurricane
    result = run(
        "The National Hurricane Conference in Orlando was cancelled on Monday as "
        "Hurricane Ada neared the coast."
    )
    (cancelled,) = with_mention(result, "cancelled")
    assert cancelled.type != "Disaster", cancelled.title


def test_a_name_in_the_headline_that_is_no_event_takes_no_verb():
    # "Wilson" is a person the table reads as no event: "breaks" is no course of it
    result = run(
        "Wilson breaks silence over club sale\nThe former chairman Tom Wilson spoke on "
        "Monday about the sale of the club, which was agreed last week."
    )
    assert not [e for e in result.events if {m.text for m in e.mentions} >= {"Wilson", "breaks"}]


def test_a_bomb_that_leaves_twelve_dead_in_the_headline_went_nowhere():
    for headline in (
        "Car bomb leaves 12 dead in Baghdad",
        "Car bomb leaves 12 people dead in Baghdad",
    ):
        result = run(f"{headline}\nA car bomb exploded near a market in Baghdad on Monday.")
        (leaves,) = with_mention(result, "leaves")
        assert leaves.type == "Death", (headline, leaves.title, leaves.type)
    # no number dead: someone left a thing somewhere, as before
    result = run("He left the dead dog in the garden on Monday, a neighbour said.")
    assert [e.type for e in with_mention(result, "left")] == ["Movement"]

"""A verb's act named again by "the" noun made from it is one node.

Every text here is written for the project. The splits read on real pages: a web
page's "A major outage disrupted access to Facebook" and, sentences on, "the
widespread disruption" and "the cause of the disruption" as two nodes, because the
untyped verb met only its own lemma; a council's "closed the road" and "the closure".
"""

from __future__ import annotations

import pytest
from test_event_groups import run, with_mention  # a text as one dated article; its events

POWER = (
    "A power cut disrupted train services across northern England on Friday, leaving "
    "thousands of commuters stranded. The widespread disruption lasted about four hours, "
    "Network Rail said. Engineers traced the fault to a substation near Leeds. "
    "Passengers complained that no one explained the cause of the disruption."
)
ROAD = (
    "The Highways Agency closed the M62 motorway on Tuesday after a lorry overturned "
    "near Huddersfield. Drivers were stuck for hours. Police said the closure caused "
    "queues of up to ten miles."
)
TWO = (
    "Flooding disrupted rail services in Cumbria on Monday. Snow then disrupted flights "
    "at Manchester airport on Tuesday. The disruption left hundreds of passengers "
    "sleeping in the terminal."
)


def test_the_noun_of_an_untyped_verb_names_its_act_again() -> None:
    result = run(POWER)
    (one,) = with_mention(result, "disrupted")
    # the cut that disrupted them is the same happening (test_event_groups_doings.py)
    # ("leaving" and "lasted" with it): the disruptions are the verb's
    words = [m.text for m in one.mentions]
    assert "cut" in words
    said = [w for w in words if w.startswith("disrupt")]
    assert said == ["disrupted", "disruption", "disruption"]


def test_a_closure_is_the_closing_told_before() -> None:
    result = run(ROAD)
    (one,) = with_mention(result, "closed")
    assert {m.text for m in one.mentions} == {"closed", "closure"}


def test_the_noun_points_at_the_nearest_act_of_its_verb_only() -> None:
    """Two disruptions told before "the disruption": it follows the nearer, Tuesday's,
    never the Monday flooding that another "disrupted" stands between."""
    result = run(TWO)
    monday, tuesday = sorted(with_mention(result, "disrupted"), key=lambda e: e.mentions[0].start)
    assert "disruption" not in {m.text for m in monday.mentions}
    assert "disruption" in {m.text for m in tuesday.mentions}


@pytest.mark.parametrize(
    ("text", "verb", "noun"),
    [
        (  # the noun names its own release
            "Python 3.5 and 3.6 were released that year, and 3.7 followed. We hoped to "
            "declare support for the Mercurial 5.2 release, planned for November.",
            "released",
            "release",
        ),
        (  # the noun is of something the verb never told
            "The telescope passed a series of tests last month. Astronomers will use it to "
            "look for the passing of gravitational waves.",
            "passed",
            "passing",
        ),
    ],
)
def test_the_noun_that_says_which_act_it_is_stays_apart(text: str, verb: str, noun: str) -> None:
    result = run(text)
    (act,) = with_mention(result, verb)
    assert noun not in {m.text for m in act.mentions}


def test_the_noun_of_what_the_verb_acted_on_is_its_act() -> None:
    """ "the closure of the M62" tells again what was closed: still the one closing."""
    result = run(
        "The Highways Agency closed the M62 motorway on Tuesday. Police said the closure "
        "of the M62 caused long queues."
    )
    (one,) = with_mention(result, "closed")
    assert {m.text for m in one.mentions} == {"closed", "closure"}


LORDS = (
    "The Home Secretary has attacked the decision by Britain's highest court. On Thursday "
    "the House of Lords ruled by eight to one that holding foreign suspects without trial "
    "broke human rights law. Ministers said they would study the Lords' ruling carefully. "
    "Lord Hoffmann said in his ruling that the law was a threat to the nation."
)


def test_the_ruling_its_court_owns_is_the_ruling_made_though_studied_later() -> None:
    """ "the Lords' ruling" is the ruling of the Lords who "ruled", made though only to be
    studied; "his ruling", Hoffmann's own, is not."""
    result = run(LORDS)
    (ruled,) = with_mention(result, "ruled")
    assert [m.text for m in ruled.mentions] == ["ruled", "ruling"]
    assert ruled.mentions[1].start < LORDS.index("Hoffmann")


def test_a_named_storm_and_what_it_did_is_one_storm() -> None:
    """ "Hurricane Irma, which made landfall ... as a Category 4 storm": the landfall is
    Irma's own, told in its relative clause; one node, not two (a hurricane-season page
    split Irma from its landfall)."""
    result = run(
        "Emergency managers in Florida are preparing for the hurricane season. During "
        "2017's Hurricane Irma, which made landfall in the Florida Keys as a Category 4 "
        "storm, nearly 7 million people evacuated, Koon said. Shelters will have to keep "
        "people apart this year, officials said."
    )
    (irma,) = with_mention(result, "Irma")
    assert [m.text for m in irma.mentions][:2] == ["Irma", "made"]


def test_the_storm_that_did_harm_is_the_storm_named_before() -> None:
    """ "the lines damaged by the storm", after "Hurricane Dora knocked out power": "the
    storm" is Dora, whatever it is told doing; a forecast's "nine named storms" is not."""
    result = run(
        "Hurricane season begins on June 1 along the Gulf coast. Emergency managers in "
        "Mobile met on Monday to plan for it. The university's forecast, released on "
        "Thursday, predicts nine named storms and four hurricanes. Two years ago "
        "Hurricane Dora knocked out power to half the county. Crews from Georgia "
        "restored the lines damaged by the storm within a week."
    )
    (dora,) = with_mention(result, "Dora")
    assert {m.text for m in dora.mentions} >= {"Dora", "storm"}
    assert "storms" not in {m.text for m in dora.mentions}


def test_a_barrage_of_strikes_is_the_strikes() -> None:
    """ "its barrage of strikes on the Russian-backed forces": the barrage is the
    strikes, one happening told by two words in one phrase (a page on Idlib split
    them into two nodes of one sentence)."""
    result = run(
        "Ankara has insisted it seeks no war with Moscow, but its barrage of strikes on "
        "the Russian-backed forces around Idlib has raised the risk of a direct clash. "
        "Russia said on Monday it would keep its jets in the area."
    )
    (barrage,) = with_mention(result, "barrage")
    assert {m.text for m in barrage.mentions} == {"barrage", "strikes"}

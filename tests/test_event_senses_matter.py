"""Words of force, fire, protest, contest and release told of sound, fuel, proof, a show
or a substance (issue 19, item 5: judges of the page builds found radio "blasts" typed
force, wood "burning" in a stove a disaster, regrowth that "demonstrates" a protest, a
"concert" and a "festival" contests, CO2 "released" a product). Each is read by what the
word is done to or by, on our own text; beside each, the same word in the sense its type
names keeps it: a checkpoint blasted with rockets, a warehouse burned by arsonists,
crowds that demonstrated, a match won, a phone and hostages released."""

from __future__ import annotations

import pytest
from conftest import word_types as types_of


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The station blasted rock music from its radio towers all night, residents said.",
         "blasted"),
        ("The neighbours blasted their radio until three in the morning.", "blasted"),
        ("The family burned wood in the stove to stay warm through the long winter.", "burned"),
        ("Riders burned 600 calories on the climb to the summit, the study found.", "burned"),
        ("The potter fired the vases in a wood kiln for three days before the show.", "fired"),
        ("The band played a sold-out concert in Leeds on Friday night.", "concert"),
        ("The town held its annual food festival in June, drawing 40,000 visitors.",
         "festival"),
        ("The steel plant released 40 tonnes of toxic gas into the air on Tuesday.",
         "released"),  # "40 tonnes of CO2 last year" is a yearly figure, no event at all
        ("Engineers at the dam released water into the river after days of heavy rain.",
         "released"),
    ],
)
def test_sound_fuel_shows_and_matter_are_no_force_disaster_contest_or_product(
    text: str, word: str
) -> None:
    assert types_of(text, word) == ["OtherEvent"], text


@pytest.mark.parametrize(
    "text",
    [
        "The land can recover quickly, as the forest's regrowth demonstrates.",
        "The speed of the island's recovery demonstrates not only that the scheme works, "
        "but also that even bare land can heal.",
        "The pace of the town's rebuilding demonstrates not only that the grants worked, "
        "but also that even the poorest streets can be restored.",
    ],
)
def test_a_thing_that_demonstrates_protests_not(text: str) -> None:
    assert types_of(text, "demonstrates") == []


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Militants blasted a checkpoint outside Kabul with rockets on Monday.", "blasted",
         "UseOfForce"),
        ("Arsonists burned the warehouse to the ground overnight, police said.", "burned",
         "Disaster"),
        ("Thousands demonstrated outside the parliament in Tbilisi on Saturday.",
         "demonstrated", "Protest"),
        ("Relatives of the two patients demonstrated against the clinic's staff on Monday.",
         "demonstrated", "Protest"),
        ("Students demonstrated in the capital on Friday to show that they would not give "
         "up.", "demonstrated", "Protest"),
        ("Guards have fired tear gas into the crowds outside the ministry.", "fired",
         "UseOfForce"),
        ("The company released its new folding phone in March.", "released", "Business"),
        ("The rebels released two hostages near the border on Sunday.", "released", "Yield"),
    ],
)
def test_force_fire_protest_contest_and_release_keep_their_sense(
    text: str, word: str, kind: str
) -> None:
    assert types_of(text, word) == [kind], text

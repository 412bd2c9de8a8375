"""The third pass over real pages' junk events (issue 19), one class per case, on our
own text: one part of a hyphened modifier, "leading to" a result, coping in
general, a figure told with a noun, a wish or an aim, and a line to "you" with a
modal. Beside each, the same word telling a happening, which must stay."""

from __future__ import annotations

import pytest
from test_event_junk_states import found  # (type, mention word) of a text's events


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # one part of a hyphened modifier
        ("The storm-savvy residents of the coast bought their supplies early.", "storm"),
        # "leading to" a result
        ("Neither side has budged from its position, leading to a months-long impasse.",
         "leading"),
        # coping in general
        ("Doctors decried the lack of preparedness at public hospitals in dealing with the "
         "novel coronavirus.", "dealing"),
        ("Those people in the industry who faced the challenges helped the rest of us.",
         "faced"),
        # a figure told with a noun
        ("Awareness and hand washing are going to be the main weapons in the fight.",
         "fight"),
        ("Many families are struggling to manage their lives during the strain of the "
         "pandemic.", "strain"),
        # a wish or an aim
        ("This is about people who want to get back to work and leave their homes.",
         "leave"),
        ("Those who want to vote early will need identification.", "vote"),
        ("Acme helped 200 families in Leeds on Monday. We are working hard to help our "
         "customers through the crisis.", "help"),
        # a line to "you" with a modal
        ("It is true that friendship can happen anywhere, but you have the power to put "
         "yourself out there during a once-in-a-lifetime experience.", "experience"),
        ("You won't always be able to blend in, but knowing how to spot typical scams "
         "gives you a lot of power.", "scams"),
    ],
)  # fmt: skip
def test_junk_of_the_third_pass_is_no_event(text: str, word: str):
    assert word not in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "kind", "word"),
    [
        ("The troops led an assault on the town on Monday.", "UseOfForce", "assault"),
        ("Colonel Diaz led the assault on the town on Monday.", "UseOfForce", "led"),
        ("The storm hit the coast on Monday, flooding hundreds of homes.", "Disaster",
         "storm"),
        ("A woman was killed in a hit-and-run crash in Queens on Friday.", "UseOfForce",
         "killed"),
        ("Luck found Wayne in the end zone for the game-winning score.", "Contest", "game"),
        ("The firm re-hired its former lawyer on Monday.", "Appointment", "hired"),
        ("The two sides struck a deal in Geneva on Monday.", "Agree", "deal"),
        ("Rebels fought government troops in the streets of the town on Monday.",
         "UseOfForce", "fought"),
        ("Acme helped 200 families in Leeds on Monday. We are working hard to help our "
         "customers through the crisis.", "OtherEvent", "helped"),
        ("Microsoft rushed out a temporary fix to protect customers from the attacks.",
         "OtherEvent", "protect"),
        ("Some rivals \"wanted to fight,\" he testified, before Timmons fired.", "UseOfForce",
         "fight"),
        ("The couple arrived in Paris on Friday to watch a performance of the play.",
         "Contest", "performance"),
        ("\"You can leave now,\" the officer told the crowd before police cleared the "
         "square on Monday.", "Movement", "leave"),
        ("Police said you can see where the gunman attacked the guard on Monday.",
         "UseOfForce", "attacked"),
        ("A fire burned the clinic to the ground, and well, you can guess what the doctor "
         "did next.", "Disaster", "fire"),
        ("The president wants to meet the Iranian leaders next week in Oslo.", "Consult",
         "meet"),
    ],
)  # fmt: skip
def test_the_same_words_telling_a_happening_stay(text: str, kind: str, word: str):
    assert (kind, word) in found(text), found(text)

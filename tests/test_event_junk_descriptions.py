"""Descriptions real pages had as events (issue 19, s30 scan of the web-page builds), one
class per case, on our own text: a gerund that describes its clause's subject ("the
wine was exquisite, espousing …"), a reception ("met with fury"), the state a happening
left something in ("leaving the club with a choice"), a relation with no subject of
its own ("reflecting its value"), a heading told by a gerund, a kind of happening in a
general truth ("storms can cause a flood") and a yes/no question. Beside each, the same words
telling a happening, which must stay."""

from __future__ import annotations

import pytest
from test_event_junk_states import found  # (type, mention word) of a text's events


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a gerund that describes a state or a standing truth
        ("The new stadium is enormous, seating 80,000 fans under a single roof.", "seating"),
        ("Some banks charge high fees, forcing customers to pay twice for one transfer.",
         "forcing"),
        # a reception
        ("The decision to close the library was met with fury from parents.", "met"),
        ("The announcement was greeted with scepticism by analysts.", "greeted"),
        ("The sale was received with delight by the fans.", "received"),
        # the state a happening left something in
        ("The striker is not expected to renew his contract, leaving the club with a hard "
         "choice to make.", "leaving"),
        # a relation with no subject of its own
        ("The town changed hands three times in a month, reflecting its value as a "
         "crossroads.", "reflecting"),
        # where a thing is
        ("The Harbour Lodge, located on its own island a short ferry ride from the town, "
         "is ideal for long lunches.", "located"),
        # a heading or an agenda item told by a gerund
        ("Rebuilding Trust Through Local Journalism", "rebuilding"),
        ("- Reviewing and applying lessons from the outage (40 mins)", "applying"),
        ("Supporting our nurses as we move toward reopening the wards", "supporting"),
        # a kind of happening in a general truth or a supposition
        ("Such storms can cause a flood within hours.", "flood"),
        ("Markets usually fall after a coup.", "coup"),
        ("Heavy rain can trigger a landslide on these slopes.", "landslide"),
        # a yes/no question
        ("Will the council approve the new budget?", "approve"),
        ("Did the minister resign over the leak?", "resign"),
    ],
)  # fmt: skip
def test_description_is_no_event(text: str, word: str):
    assert word not in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The storm flooded the valley, leaving hundreds of families without power.",
         "flooded"),
        ("Rebels seized the town on Sunday, cutting the main road to the capital.",
         "cutting"),
        ("The company sold its stake in March, raising 40 million dollars.", "sold"),
        ("In his memoir he admits briefly placing his hand on the letter before it vanished.",
         "placing"),
        ("The minister was met by the ambassador at the airport.", "met"),
        ("The president left Kyiv with his foreign minister on Friday.", "left"),
        ("She left the firm in 2019 to start her own bakery.", "left"),
        ("Why did the police close the road that they had reopened on Monday?", "close"),
        ("The minister resigned on Tuesday.", "resigned"),
        ("The foreign minister was in Brussels, meeting officials from all 27 members.",
         "meeting"),
        ("Crews are battling the blaze near Malibu.", "battling"),
        ("The second charge relates to his conduct in the tunnel, pushing referee Mark "
         "Clattenburg as the players left.", "pushing"),
        ("Rescuers are searching for survivors after an avalanche.", "avalanche"),
        ("The minister may call an election.", "election"),
        ("Dozens of other fires are yet to be brought under control.", "fires"),
        ("The company will hold a vote on the merger.", "vote"),
        ("The news of the fires comes amid reports of logging under the new president, "
         "which has prompted protests at home.", "protests"),
        ("The suspect, located by police in a garden shed, was arrested on Friday.",
         "located"),
    ],
)  # fmt: skip
def test_the_same_words_telling_a_happening_stay(text: str, word: str):
    assert word in [w for _, w in found(text)], found(text)

"""Event types read from the trigger's phrase (issue 19, p4's reading of judged seed 403
and of BBC business, tech and sport pages), on our own text: an office taken over is no
merger, a bid is an attempt at what it aims to do, a custody fight is fought in court
and a bid battle in the boardroom, a political fight or a price war uses no force,
shares that "crashed" or "sank" had no accident, a firm's name ("Strike Industries")
tells nothing that happened, figures of speech made of event words are no events, a
call-up of reserves is a mobilisation, a poll released is published, not launched, and
strikes "in a number of industries" are walkouts.
Beside each, the same word in the sense its type names, which keeps it."""

from __future__ import annotations

import pytest
from test_event_types_context import type_of  # the type of the event a word tells


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        # an office or a service taken over; a rival firm stays a merger
        ("Croatia takes over the rotating presidency of the EU council on January 1.",
         "takes", "Appointment"),
        ("The utility took over power distribution in the city in February.", "took",
         "Business"),
        ("The brewer took over its smaller rival last year for $2bn.", "took", "Merger"),
        # a bid: what it aims at, or its prize; a takeover bid stays a merger
        ("Lawyers for the former minister filed a bid to dismiss the case on Monday.",
         "bid", "Trial"),
        ("The senator's bid for a second term was backed by the party on Friday.",
         "bid", "Election"),
        ("The retailer's bid to buy its rival collapsed on Friday.", "bid", "Merger"),
        ("The senators will do their bidding from the bench, the leader said.",
         "bidding", None),
        # a fight in court, in the boardroom, in politics, on a track; real fighting stays
        ("The singer has been fighting for custody of her two sons since 2019.",
         "fighting", "Trial"),
        ("The couple have been locked in a bitter custody battle for three years.",
         "battle", "Trial"),
        ("The lender has been at the centre of a fierce bid battle since June.",
         "battle", "Merger"),
        ("The death sparked a political fight over the vacant seat.", "fight",
         "OtherEvent"),
        ("Analysts fear a price war between the supermarkets will hurt profits.", "war",
         "OtherEvent"),
        ("Kipchoge won in 7:39 as Farah battled to second in 7:41.", "battled",
         "Contest"),
        ("The new date avoids a clash with the Commonwealth Games in Birmingham.",
         "clash", None),
        ("Fighting broke out in the town on Sunday, killing three soldiers.", "fighting",
         "UseOfForce"),
        ("Rebels were fighting government troops near the border on Tuesday.",
         "fighting", "UseOfForce"),
        # a market's moves; a car crash stays an accident
        ("A lorry crashed into a bus shelter in Leeds on Thursday.", "crashed",
         "Accident"),
        ("Shares in the carmaker fell after its profit warning on Monday.", "warning",
         "Business"),
        ("Oil prices rose after the pipeline explosion in Lagos on Monday.", "explosion",
         "Accident"),
        # a firm's name
        ("Shares in Strike Industries rose 4% on Tuesday.", "strike", None),
        ("Raid Gaming Inc Buys Rival Studio For $40m", "raid", None),
        ("Police carried out a raid on a flat in Hackney on Tuesday.", "raid",
         "UseOfForce"),
        # figures of speech
        ("The new mayor wasted no time in raising parking fees.", "wasted", None),
        ("But the film wound up winning widespread acclaim.", "wound", None),
        ("Wales scored in the dying seconds of the match on Saturday.", "dying", None),
        ("Most economies should weather the storm of price rises, the report said.",
         "storm", None),
        ("Real e-mails could get drowned by the sheer amount of junk being sent.",
         "drowned", None),
        ("The series was pitch perfect in capturing the mindset of the country.",
         "capturing", None),
        ("Two fishermen drowned off the coast of Cornwall on Sunday.", "drowned",
         "Death"),
        ("The company is dying, its founder told reporters on Monday.", "dying", None),
        ("The singer died in Los Angeles on Monday.", "died", "Death"),
        # a call-up of forces, findings published, award nominations, walkouts
        ("The premier launched the largest peacetime call up of reserves on Saturday.",
         "call", "MilitaryPosture"),
        ("The president held a phone call with the Turkish leader on Monday.", "call",
         "Consult"),
        ("A poll released on Monday showed the senator ahead in Ohio.", "released",
         "MakeStatement"),
        ("The university released its hurricane forecast on Thursday.", "released",
         "MakeStatement"),
        ("Egypt released the American student on Monday.", "released", "Yield"),
        ("The carmaker released a new electric SUV on Friday.", "released", "Business"),
        ("More than 500 award nominations were received from 40 countries.",
         "nominations", "Contest"),
        ("Strikes in a number of industries have disrupted production in Germany.",
         "strikes", "Protest"),
        ("Turkish drones carried out strikes in a number of villages on Tuesday.",
         "strikes", "UseOfForce"),
        ("Thousands of residents fled the fighting in Idlib on Sunday.", "fled",
         "Movement"),
    ],
)
def test_type_by_phrase(text: str, word: str, kind: str | None) -> None:
    assert type_of(text, word) == kind


@pytest.mark.parametrize(
    ("text", "word", "wrong"),
    [  # a market's moves are no accident, no disaster and no force, whatever else
        ("Sterling crashed against the dollar on Thursday after the rate cut.", "crashed",
         "Accident"),
        ("The rouble sank to a record low against the euro on Friday.", "sank",
         "Accident"),
        ("The pound came under attack from currency speculators last week.", "attack",
         "UseOfForce"),
        ("Investors fled to government bonds on Friday.", "fled", "Movement"),
    ],
)
def test_market_moves(text: str, word: str, wrong: str) -> None:
    assert type_of(text, word) != wrong

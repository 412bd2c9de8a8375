"""Word senses of a wire's market and finance copy (issue 19, read on Reuters 1987): a
share that "lost 30 cents" was a contest, exports that "rallied" to a level a protest, a
family that "fought back a bid" and ministers "fighting to prevent a deal" a use of force,
a senator who "shot back" a shooting, an exchange "shaken by scandals" a disaster, an
accounting "charge of 40 mln dlrs" a trial, aides "rounding up support" an arrest, and a
bond's "guaranteed return" or a "return to fixed prices" a journey. Guards: a lost match,
a march that rallies people, a battle with police, a building's collapse, a charge of
fraud, suspects rounded up and a delegation's return home keep their sense."""

from __future__ import annotations

import pytest
from conftest import word_types as types_of


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Harbor Estates lost 30 cents to 12.40 dlrs in early trading on Tuesday.", "lost"),
        (
            "The insurer lost 12 mln dlrs in the fourth quarter, against a profit a year earlier.",
            "lost",
        ),
        ("The index lost 2.5 pct on the week as bond yields climbed.", "lost"),
        ("Oil exports rallied to 1.8 mln barrels a day from 900,000 in January.", "rallied"),
        ("Farm ministers were fighting to prevent a deal on milk quotas.", "fighting"),
        ("The senator shot back that the plan was flawed.", "shot"),
        ("The exchange was shaken by a string of scandals last year.", "shaken"),
        ("The results include a charge of about 40 mln dlrs for plant closures.", "charge"),
        ("White House aides were rounding up support in the Senate for the nominee.", "rounding"),
        ("The bonds entitle holders to a guaranteed return of eight pct.", "return"),
        ("The cartel wants to return to fixed prices of around 18 dlrs a barrel.", "return"),
        ("The bet has been lost, one trader said.", "lost"),
        ("OPEC is producing about 15.8 mln barrels a day, above its ceiling.", "producing"),
        ("Kuwait was pumping 1.2 mln bpd in February, the minister said.", "pumping"),
        ("The signal may be routed through a regular amplifier.", "routed"),
        ("The minister left commercial bank loans as the only credit available.", "left"),
        ("The sector hopes for some relief from the budget.", "relief"),
        ("The company reported early debt retirement of 56 mln dlrs.", "retirement"),
        ("The government launched a reform offensive in January.", "offensive"),
        ("The government launched a reform offensive in January.", "launched"),
        ("Hungary tried to shake out surplus labour from inefficient firms.", "shake"),
        ("Eurosterling issues rallied on the back of general sterling euphoria.", "rallied"),
        ("The remaining amount will be awarded to competitive bidders.", "awarded"),
        (
            "The launch was a demonstration of the speed and power of the new computer.",
            "demonstration",
        ),
        ("Pesch entered a second offer for the hospital chain on Friday.", "entered"),
    ],
)
def test_a_market_word_is_no_contest_protest_force_or_journey(text: str, word: str) -> None:
    found = types_of(text, word)
    wrong = {
        "Contest",
        "Protest",
        "UseOfForce",
        "Disaster",
        "Trial",
        "Arrest",
        "Movement",
        "Aid",
        "Resignation",
    }
    assert not wrong & set(found), (text, found)


def test_a_bid_fought_off_is_a_business_act_not_force() -> None:
    """ "Fought back a hostile bid": the family resisted a takeover; the act is told, but
    as no use of force."""
    found = types_of(
        "The Lindqvist family fought back a hostile bid for the group last month.", "fought"
    )
    assert "UseOfForce" not in found, found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The company will supply a new crushing plant in the south.", "supply"),
        ("Ministers tried to rescue the talks with a compromise proposal.", "rescue"),
    ],
)
def test_a_supply_or_a_rescue_of_things_is_no_aid(text: str, word: str) -> None:
    assert "Aid" not in types_of(text, word), text


def test_the_talks_that_collapsed_are_no_disaster() -> None:
    found = types_of("The collapse of the talks in Geneva surprised the markets.", "collapse")
    assert "Disaster" not in found, found


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Leeds lost the match against Derby on Saturday.", "lost", "Contest"),
        ("Thousands of farmers rallied outside the ministry on Monday.", "rallied", "Protest"),
        (
            "Thousands of Spanish farmers battled with police in Madrid on Monday.",
            "battled",
            "UseOfForce",
        ),
        (
            "The collapse of the sports hall's roof injured six people on Sunday.",
            "collapse",
            "Disaster",
        ),
        ("Two men were charged with fraud in Ohio on Friday.", "charged", "Arrest"),
        (
            "Police rounded up 30 suspects after the riot in the port on Friday.",
            "rounded",
            "Arrest",
        ),
        (
            "The delegation will return to Yerevan on Friday, the ministry said.",
            "return",
            "Movement",
        ),
        (
            "Rebels fought government troops for control of the town on Monday.",
            "fought",
            "UseOfForce",
        ),
        (
            "The army launched an offensive on the northern town on Monday.",
            "launched",
            "UseOfForce",
        ),
        ("The charity will supply food and tents to the flooded region.", "supply", "Aid"),
        ("Firefighters rescued six people from the burning block on Friday.", "rescued", "Aid"),
        ("She was awarded the gold medal in Paris on Sunday.", "awarded", "Contest"),
        (
            "The sound engineer will be awarded an Oscar for technical work in February.",
            "awarded",
            "Contest",
        ),
        (
            "Thousands joined a demonstration outside parliament on Saturday.",
            "demonstration",
            "Protest",
        ),
    ],
)
def test_the_same_words_keep_their_sense_off_the_market_page(
    text: str, word: str, kind: str
) -> None:
    assert kind in types_of(text, word), text


def test_goods_bought_by_the_tonne_are_trade_not_a_takeover() -> None:
    """ "China bought 500,000 tonnes of wheat" is a sale of goods; "bought a 25 pct stake
    in the brewer" is a firm changing hands."""
    assert types_of("China bought 500,000 tonnes of U.S. wheat on Monday.", "bought") == [
        "Business"
    ]
    assert types_of("Elders bought a 25 pct stake in the brewer on Monday.", "bought") == ["Merger"]


@pytest.mark.parametrize(
    ("text", "word"),
    [  # a sum of shares is a stake changing hands, however the sum is told: no goods
        ("Halvorsen Corp said it bought 3 mln dlrs of shares in the Texas firm last week.",
         "bought"),
        ("The group sold 12 mln dlrs of its common stock to Dexter Inc on Friday.", "sold"),
    ],
)  # fmt: skip
def test_a_sum_of_shares_bought_is_a_stake_not_goods(text: str, word: str) -> None:
    assert types_of(text, word) == ["Merger"]


def test_a_sum_of_goods_bought_is_still_trade() -> None:
    assert types_of("The mill bought 3 mln dlrs of wheat from Canada last week.", "bought") == [
        "Business"
    ]


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [  # one list of prizes for what a capture takes and what an award gives: each of
        # two lists had lost the other's words
        ("Holmes captured silver in the 800m at the European championships on Sunday.",
         "captured", "Contest"),
        ("The Yankees were awarded the pennant after the last game was cancelled.",
         "awarded", "Contest"),
        ("She was awarded the championship after her rival was disqualified.", "awarded",
         "Contest"),
        # a name of a body or a place is no prize in the sentence of an award
        ("The council awarded the contract to a firm from the Gold Coast.", "awarded",
         "OtherEvent"),
        ("The Crown Court awarded damages of 20,000 pounds to the family.", "awarded",
         "OtherEvent"),
    ],
)  # fmt: skip
def test_a_prize_is_one_list_for_captures_and_awards(text: str, word: str, kind: str) -> None:
    assert types_of(text, word) == [kind]


def test_a_nomination_on_a_page_of_film_prizes_is_for_a_prize() -> None:
    # BBC entertainment 328: "Clive Owen's nomination has sparked a betting frenzy"
    # names no prize in its sentence, and was read as a nomination for a post
    text = (
        "Bookmakers back Harbour for Oscar\n\nHarbour has been tipped by bookmakers to win "
        "the best film award at this year's Oscars, with its star Tom Marlow second "
        "favourite in the best actor category. Ana Ruiz is tipped to win the best actress "
        "prize.\n\nTom Marlow's nomination has sparked a betting frenzy among his fans, a "
        "bookmaker said."
    )
    assert types_of(text, "nomination") == ["Contest"]
    assert types_of("The party confirmed his nomination for the Senate seat.", "nomination") == [
        "Election"
    ]

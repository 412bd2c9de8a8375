"""Event types read from the words around a trigger (issue 19, judged seed 351), on our
own text: a labour "strike" named by its sector or its striking staff is a walkout, not
an attack; a crowd that gathers holds no meeting (a protest when protesters gather);
goods sold or bought change no company's owner (trade, not a merger); a press release
frees no one (a statement issued, or the source); "calls to expand access" are
demands; a curfew that "took effect over the weekend" is no takeover; a plea "for
urgent action" is no trial; violence or a brawl that "erupted" is no disaster (the
violence's own type, or none); a deployment of no forces is no military posture; a
"wake-up call" is no call and the campaign a co-chair works for is an organisation
(seed 352). Beside each, the same word in the sense its type names, which keeps it."""

from __future__ import annotations

import pytest
from test_event_junk_states import found  # (type, mention word) of a text's events


def type_of(text: str, word: str) -> str | None:
    """The type of the event a word of the text tells, or None when it tells none."""
    return next((kind for kind, w in found(text) if w == word), None)


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        # labour strikes: the sector, or staff on strike elsewhere in the article
        ("With participation in rail strikes waning, opponents of the pension reform "
         "have staged more direct action.", "strikes", "Protest"),
        ("Opponents of the reform said participation in the strikes was waning. The "
         "Louvre Museum was blocked by striking staff on Friday.", "strikes", "Protest"),
        # a crowd gathers: a protest when protest words are there, else no meeting
        ("Hundreds of protesters gathered outside the parliament on Friday to demand new "
         "elections.", "gathered", "Protest"),
        ("A crowd gathered outside the theater on Friday evening after the president "
         "arrived.", "gathered", "OtherEvent"),
        ("Thousands gathered in Lahore on Sunday to bury a radical cleric.", "gathered",
         "OtherEvent"),
        # goods traded are no merger
        ("Juul stopped selling flavored e-cigarettes in November.", "selling", "Business"),
        ("Most of the 600 women now make and sell briquettes in Uganda.", "sell",
         "Business"),
        ("The couple flew to Chile and bought a camper in January.", "bought",
         "Business"),
        ("The estate has just been listed for sale.", "sale", "Business"),
        # a document, a book's release, a call to act, a rule taking effect
        ("The man was charged with robbery, according to a police press release.",
         "release", None),
        ('"We are disappointed by the issue," general manager Sam Hale said in a news '
         "release issued by the team yesterday.", "release", "MakeStatement"),
        ("The publisher cancelled the release of the book on Friday.", "release",
         "Business"),
        ("Fears grew on Monday, with new calls to expand access to voting by mail.",
         "calls", None),
        ("The 10 p.m. curfew took effect over the weekend.", "took", None),
        ("This crisis must serve as a wake-up call and a call to action for business and "
         "government.", "call", None),
        # a plea, an outbreak of anger, a deployment of no forces
        ("Consumers are now pleading for urgent action and attention from the president "
         "himself.", "pleading", "Demand"),
        ("Violence erupted in the capital on Sunday after the vote.", "erupted",
         "UseOfForce"),
        ("Protests erupted in the capital on Sunday after the vote.", "erupted",
         "Protest"),
        ("A brawl erupted between lawmakers in the chamber on Monday.", "erupted",
         "UseOfForce"),
        ("The governor deployed a state of emergency order during the outbreak.",
         "deployed", "OtherEvent"),
        # a football interception is a play of a game, no military posture
        ("Keiwan Ratliff intercepted a David Garrard pass and returned it for a "
         "touchdown.", "intercepted", "Contest"),
        # the campaign as an organisation
        ("Carol Hefner, an Oklahoma co-chair of Trump's 2016 campaign, helped organize a "
         "protest last week.", "campaign", None),
        ("The White House and the Trump campaign said there was no coordination between "
         "the protests.", "campaign", None),
    ],
)  # fmt: skip
def test_the_words_around_a_trigger_decide_its_type(text: str, word: str, kind: str | None):
    assert type_of(text, word) == kind, found(text)


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        ("Turkish drones carried out strikes on Syrian army positions on Tuesday.",
         "strikes", "UseOfForce"),
        ("Teachers went on strike on Monday over pay.", "strike", "Protest"),
        ("Foreign ministers gathered in Brussels on Monday to discuss the sanctions.",
         "gathered", "Consult"),
        ("Charlene Kafoury and other loved ones gathered for a news conference on "
         "Tuesday.", "gathered", "Consult"),
        ("Google bought the startup for $1 billion on Monday.", "bought", "Merger"),
        ("AMD bought SeaMicro for $334 million.", "bought", "Merger"),
        ("The company sold its European unit to a rival last year.", "sold", "Merger"),
        ("Rebels took over the town on Sunday.", "took", "UseOfForce"),  # seized, no merger
        ("Egypt announced the release of the American student on Monday.", "release",
         "Yield"),
        ("The president held a phone call with the Turkish leader on Monday.", "call",
         "Consult"),
        ("The suspect pleaded guilty to murder on Monday.", "pleaded", "Trial"),
        ("Mount Merapi erupted on Sunday, killing 12 villagers.", "erupted", "Disaster"),
        ("He was on probation after his latest release from criminal custody.", "release",
         "Yield"),
        ("Russia deployed 10,000 troops to the border on Monday.", "deployed",
         "MilitaryPosture"),
        ("India deployed warships off the coast of Somalia on Tuesday.", "deployed",
         "MilitaryPosture"),
        ("The governor launched his reelection campaign in Denver on Monday.",
         "reelection", "Election"),
    ],
)  # fmt: skip
def test_the_same_words_in_their_own_sense_keep_their_type(text: str, word: str, kind: str):
    assert type_of(text, word) == kind, found(text)


@pytest.mark.parametrize(
    "text",
    [
        # ECB+ train 21_4: "a drunken driver struck her with his car" was a walkout
        "A cyclist died when a lorry driver struck him with his trailer near Preston.",
        "A pedestrian died after being struck by a van whose driver did not stop, "
        "police said.",
    ],
)
def test_a_driver_who_struck_someone_is_on_no_strike(text: str):
    # a walkout is told without what was hit; "driver" is a labour word all the same
    assert type_of(text, "struck") not in {"Protest", None}, found(text)


def test_drivers_who_struck_over_pay_are_on_strike():
    text = "Bus drivers in Leeds struck on Monday over a pay offer, the union said."
    assert type_of(text, "struck") == "Protest", found(text)

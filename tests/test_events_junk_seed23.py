"""Junk events of the judged 80 of real web pages (issue 19, seed 23), one class per
case, on our own text: a feeling toward something ("envied"), a thing "dead", a case
a rule sets ("if a vacancy happens"), a participle before the goods it describes
("handcrafted cocktails"), a reduced "situated" clause after a comma, words for
where things are ("surroundings", "the extensions of the ... Fault"), a habit
told "the rest of the time", an activity in general ("to suppress rural voting")
the case of an inverted condition ("had the city spent more") and what a supposed act
would bring ("which could leave passengers stranded, damaging its brand"), a habit
to come ("he will play regularly"), what a thing is for ("has served as a meeting
place") and how one stood going into an event ("went into the awards with six nods"). Beside each,
the same words telling a happening, which must stay."""

from __future__ import annotations

import pytest
from test_event_junk_states import found  # (type, mention word) of a text's events


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a feeling toward someone or something
        ("The coach said he envied the way the visitors kept the ball.", "envied"),
        ("Residents admired the volunteers who cleared the beach.", "admired"),
        ("The mayor resented the governor's late decision on the budget.", "resented"),
        # "dead" said of a thing
        ("Windows 7 support is now officially dead for most home users.", "dead"),
        ("With the vote lost, the pension reform is dead for this parliament.", "dead"),
        ("Senators said the trade deal is dead after the tariff row.", "dead"),
        # a case a rule sets
        ("If a council vacancy happens before June, the seat is filled by a by-election.",
         "vacancy"),
        ("If a vacancy occurs in the first year, the board appoints a new member.",
         "vacancy"),
        # a participle before the goods it describes
        ("The hotel is perfect for lazing by the pool and enjoying live jazz and "
         "handcrafted cocktails at sunset.", "handcrafted"),
        # a reduced clause after a comma: where a place is
        ("Its wines now fetch prices once reserved for the great estates of Bordeaux, "
         "situated some six hours west of here.", "situated"),
        # words for where things are
        ("The course teaches hikers to read their surroundings before a storm.",
         "surroundings"),
        ("The company will drill the extensions of the regional Marlow Fault this winter.",
         "extensions"),
        # what someone does "the rest of the time": a habit
        ("The rest of the time they're at the shelter's front desk, answering calls and "
         "walking Biscuit while Dana looks for work.", "walking"),
        ("Much of the time the crew is on deck, mending nets and cleaning the catch.",
         "mending"),
        # an activity in general, the object of a verb that curbs or urges it
        ("Critics called the new ID rules a scheme to suppress young and rural voting.",
         "voting"),
        ("The governor signed a law meant to boost early voting.", "voting"),
        # the case of an inverted condition: what did not happen
        ("Nobody can say what the port would look like today had the city spent more "
         "money dredging the harbour in the 1990s.", "dredging"),
        ("Had the council acted sooner, the flood would have spared the old town.",
         "acted"),
        ("We cannot know what the town would look like now had the mayor spent more money "
         "fixing the roads.", "fixing"),
        # what a supposed act would bring
        ("For the airline, this meant cutting routes, which could leave passengers "
         "stranded, damaging its brand.", "damaging"),
        # a habit to come
        ("The winger will only sign if he is promised that he will play regularly for "
         "the first team.", "play"),
        ("Officers will routinely patrol the estate, the mayor said.", "patrol"),
        # what a thing is for
        ("The council will reopen the library that has served as a meeting place since "
         "1962.", "served"),
        # how one stood going into an event
        ("The musical went into Sunday's awards with a leading six nods but left with "
         "nothing.", "went"),
    ],
)  # fmt: skip
def test_judged_junk_is_no_event(text: str, word: str):
    assert word not in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The veteran senator is dead at 81, his office said on Monday.", "dead"),
        ("A climber is dead after a fall on Ben Nevis on Saturday.", "dead"),
        ("When the crash happened, the driver fled on foot.", "crash"),
        ("The fire occurred early on Sunday at a warehouse in Hull.", "fire"),
        ("Police are searching the estate and arrested suspects on Monday.", "arrested"),
        ("The wreck, located by divers in 2019, was raised on Tuesday.", "raised"),
        ("The firm located the wreck off Cornwall on Tuesday.", "located"),
        ("The extension of the tram line was opened by the mayor on Friday.", "extension"),
        ("Troops surrounded the compound in Kandahar before dawn on Monday.", "surrounded"),
        ("Most of the time was wasted, but on Monday the rebels seized the airport.",
         "seized"),
        ("The council had acted sooner than the army, officials said.", "acted"),
        ("Officials said the city had spent millions dredging the harbour.", "dredging"),
        ("The storm hit the coast on Monday, forcing schools to close.", "forcing"),
        ("The striker will play regularly from Monday, the coach said.", "play"),
        ("The former miner served as the union's treasurer in the 1980s.", "served"),
        ("Her deputy served as acting mayor during the crisis.", "served"),
        ("The troops went into the village with two tanks on Monday.", "went"),
        ("Riot police suppressed looting in the capital on Tuesday.", "looting"),
        ("Rescuers pitied no one and worked through the night to free the miners.",
         "worked"),
    ],
)  # fmt: skip
def test_the_same_words_telling_a_happening_stay(text: str, word: str):
    assert word in [w for _, w in found(text)], found(text)

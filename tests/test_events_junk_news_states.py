"""Generic talk, states and statistics on news pages told with words of happenings
(issue 19, judged seeds 23–25): a habit told by who does it or by a kind as a rule, a
yearly emission figure, a stance kept, a state lasting years, a figure's record, an
aspectual frame, an option, a forecast, "employed" qualifying a noun, an unnamed many's
insinuation, a habit to come in the passive, a line of business, customers' trips in
general and a campaign's people. Beside them, the same words telling a happening, which
must stay."""

from __future__ import annotations

import pytest
from test_event_junk_states import found  # (type, mention word) of a text's events


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a habit told by who does it
        ("The tribe has complained of illegal incursions into its forests, often by "
         "loggers from the south.", "incursions"),
        # a habit to come, in the passive
        ("The minister's children will be tested regularly for the virus, his office "
         "said.", "tested"),
        # a yearly emission figure
        ("The airline expects to release 12 million tonnes of carbon dioxide in 2021.",
         "release"),
        ("The steelworks emitted 4 million tonnes of CO2 last year, the report found.",
         "emitted"),
        # a stance kept, a state of talks
        ("Neither the landlords nor the tenants have budged from their positions.",
         "budged"),
        ("Both unions have been hung up on a long list of demands since the spring.",
         "hung"),
        # a state lasting years
        ("Old rules on land ownership have inhibited investment in the region for "
         "decades.", "inhibited"),
        ("The region's mountain roads have been neglected for decades.", "neglected"),
        ("The shipyard has long struggled with high debt.", "struggled"),
        # a figure's record
        ("The virus has caused a surge that has broken records in terms of hospital "
         "admissions.", "broken"),
        # an aspectual frame
        ("The premier began the season insisting the health service had enough beds.",
         "began"),
        ("Jones began the crisis insisting local councils had enough resources to handle "
         "the floods.", "began"),
        # an option weighed
        ("One option for the club was a potential loan deal involving the young "
         "striker.", "deal"),
        # a forecast
        ("Heavy rain promised to bring relief to farmers hit by the drought.", "bring"),
        # a means used, a post held
        ("The documentary examines the quiet lobbying employed by the big tobacco "
         "firms.", "employed"),
        # an unnamed many's insinuation
        ("The mayor acted alone, with no help from the governor, as some critics have "
         "implied.", "implied"),
        # a kind of happening, or people, as a rule
        ("Strikes by rail workers typically disrupt travel for days.", "strikes"),
        ("Voters in the district tend to elect moderates.", "elect"),
        # a line of business, customers' habits, a campaign's people
        ("The academics compared their contracts to those of \"gig economy\" workers.",
         "gig"),
        ("Packaging, delivery and customer trips to its stores all add to the retailer's "
         "carbon footprint.", "trips"),
        ("The mood was upbeat on Friday, sources close to the campaign said.", "campaign"),
    ],
)  # fmt: skip
def test_news_states_and_generics_are_no_event(text: str, word: str):
    assert word not in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The leak at the plant released 3 tonnes of ammonia into the river on Monday.",
         "released"),
        ("Police said the attacks, carried out by gangs on Friday, left three dead.",
         "attacks"),
        ("The union will meet the management on Monday, the company said.", "meet"),
        ("The caller hung up on the reporter after two questions.", "hung"),
        ("The rebels have attacked the town for years.", "attacked"),
        ("Usain Bolt broke the world record in the 100 metres in Berlin.", "broke"),
        ("The film broke box-office records on its opening weekend.", "broke"),
        ("The club began talks with the player's agent on Monday.", "began"),
        ("The government promised to bring relief to farmers hit by the drought.",
         "bring"),
        ("The firm employed 40 new staff in May.", "employed"),
        ("The former minister has been jailed for 10 years for fraud.", "jailed"),
        ("Strikes by rail workers disrupted travel on Monday.", "strikes"),
        ("The player started the match on the bench and scored twice.", "scored"),
        ("The concert by the orchestra was cancelled on Friday.", "concert"),
        ("Passenger flights between the two cities were suspended on Monday.", "flights"),
        ("The campaign raised $2 million in May and ran ads in Ohio.", "raised"),
    ],
)  # fmt: skip
def test_the_same_words_telling_a_happening_stay(text: str, word: str):
    assert word in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The midfielder wants to return to Madrid for the 2020-21 campaign after a loan "
        "spell in London.",
        "The striker scored 24 goals in the 2019/20 campaign.",
    ],
)
def test_a_campaign_named_by_its_seasons_years_is_a_season(text: str):
    """ "The 2020-21 campaign" of a footballer is a season, a span of time (a page's node
    was "Ceballos to return to Madrid for the 2020-21 campaign")."""
    assert "campaign" not in {w for _, w in found(text)}, found(text)


def test_an_election_campaign_with_its_years_stays():
    text = "The senator launched her 2019-20 campaign for the presidency in Iowa."
    assert "campaign" in {w for _, w in found(text)}, found(text)

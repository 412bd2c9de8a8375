"""Within one article, mentions group by the happening, not by the word.

Every text here is written for the project. The lumps read on real pages: a law
report's talk of "murders" and "every murder" joined to the murder in its first line; a
profile's "joined Barclays" and "joined the Treasury" (the tagger missed Barclays) taken
for one career step; an undated "the protest" of a story on this spring's protests
joined to the one a group organised in 2009, told five sentences before.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_event_groups import run, with_mention  # a text as one dated article; its events

from kg.model import Event

MURDER = (
    "A man was murdered outside a pub in Leeds on Friday night, police said. Officers "
    "said the murder was the third in the city this year. Campaigners say murders of "
    "young men have risen, and every murder leaves a family behind. Mercy killings and "
    "contract killings are treated alike by the law."
)
FORECAST = (
    "Hurricane Dora hit the coast of New Hanover County on Tuesday, cutting power to "
    "40,000 homes. The hurricane weakened as it moved inland. Hurricanes have cost the "
    "county's farmers dearly, and six hurricanes have hit the coast since Matthew."
)
PROFILE = (
    "Sarah Cole began her career at a law firm in Leeds. After five years she joined "
    "Barclays as a graduate trainee and rose to run its bond desk. She later joined the "
    "Treasury, where she advised two chancellors on debt. Colleagues describe her as "
    "patient and exact. She then left the Treasury to join the board of the Bank of England."
)
PROTEST = (
    "FreedomWorks, which in 2009 organized a Tea Party protest in Washington, has been "
    "helping activists in Michigan. Its staff set up websites for local groups and paid "
    "for buses. The group said it had no links with the White House. Governor Gretchen "
    "Whitmer said the order would stay in place until May. Health officials warned that "
    "large crowds could spread the virus. Organisers said the protest had drawn about "
    "3,000 people to the state Capitol."
)


def texts(event: Event) -> set[str]:
    return {m.text for m in event.mentions}


def test_talk_of_murders_in_general_is_not_the_murder_the_story_tells() -> None:
    result = run(MURDER)
    (murder,) = with_mention(result, "murdered")
    assert texts(murder) == {"murdered", "murder"}  # "the murder was the third" is it
    assert sum(m.text == "murder" for m in murder.mentions) == 1  # not "every murder"
    assert not texts(murder) & {"murders", "killings"}


def test_hurricanes_in_general_are_not_the_hurricane_that_hit() -> None:
    result = run(FORECAST)
    (storm,) = with_mention(result, "hurricane")
    # the named storm, the hitting it did and "the hurricane" that weakened: one storm
    assert texts(storm) == {"Dora", "hit", "hurricane"}
    (kind,) = with_mention(result, "Hurricanes", "hurricanes")
    assert texts(kind) >= {"Hurricanes", "hurricanes"}  # the kind, told twice


def test_joining_two_named_employers_is_two_career_steps() -> None:
    result = run(PROFILE)
    joined = with_mention(result, "joined")
    assert len(joined) == 2  # Barclays, then the Treasury
    assert all(len(e.mentions) == 1 for e in joined)


@pytest.mark.parametrize(
    ("text", "words"),
    [  # one thing acted on, told twice, is still one act
        (
            "Sarah Cole joined Barclays in 1998 as a trainee. She said she joined Barclays "
            "because it trained its staff well.",
            ["joined", "joined"],
        ),
        (  # the tagger finds "the Millennium Dome", not "the Dome"
            "The initial attempt to sell the Millennium Dome failed due to a catalogue of "
            "errors, a report says. The report said this sale went through because it "
            "avoided the problems of the previous attempt to sell the Dome.",
            ["sell", "sell"],
        ),
    ],
)
def test_one_thing_acted_on_told_twice_is_one_act(text: str, words: list[str]) -> None:
    (event,) = with_mention(run(text), words[0])
    assert [m.text for m in event.mentions if m.text == words[0]] == words


def test_an_undated_protest_far_from_one_of_2009_is_not_that_protest() -> None:
    result = run(PROTEST)
    protests = with_mention(result, "protest")
    assert len(protests) == 2
    old = next(e for e in protests if e.time is not None and e.time.start.year == 2009)
    assert [m.text for m in old.mentions] == ["organized", "protest"]  # organized: carried


def test_without_a_publication_date_the_undated_protest_still_joins() -> None:
    # guard: with no date for the article, 2009 may be the story's own year
    (protest,) = with_mention(run(PROTEST, None), "protest")
    assert [m.text for m in protest.mentions if m.text == "protest"] == ["protest", "protest"]


SHOOTING = (
    "A gunman shot dead two guards at a bank in Lyon on Friday. Police said he fled in a "
    "stolen car. The shooting was the worst attack on the city's banks in a decade."
)


def test_the_word_a_copula_names_the_shooting_with_is_the_shooting() -> None:
    # another word of its family, no actor of its own: the text says it is that one
    (shooting,) = with_mention(run(SHOOTING), "shot")
    assert texts(shooting) == {"shot", "shooting", "attack"}


def test_a_copula_does_not_join_another_kind_of_happening() -> None:
    text = "The two leaders met in Geneva on Monday. The meeting was a disaster for both."
    (meeting,) = with_mention(run(text), "met")
    assert "disaster" not in texts(meeting)


def test_a_plural_told_with_what_it_does_is_those_ones_not_a_kind() -> None:
    # "ongoing attacks targeting the flaw" says which attacks: the ones told before
    text = (
        "Microsoft rushed out a fix on Tuesday for a flaw in its Internet Explorer browser. "
        "Hackers have exploited the flaw in attacks on users in Japan. The company said "
        "ongoing attacks targeting the flaw had hit only a few hundred users."
    )
    (attacks,) = with_mention(run(text, date(2013, 9, 18)), "attacks")
    assert [m.text for m in attacks.mentions if m.text == "attacks"] == ["attacks", "attacks"]


BUSES = (
    "The city council ran a trial of electric buses on two routes in Leeds in March. "
    "Passengers on the routes gave the buses high marks in a survey. "
    "Drivers said the new buses were quiet and easy to handle. "
    "The council has ordered forty more buses from a firm in Falkirk. "
    "Fares on the routes will not change this year, the council said. "
    "Some residents still complain that too few buses serve the outer estates. "
    "Running a bus on a hydrogen engine costs twice as much, operators say."
)


def test_a_bare_repeat_of_an_untyped_word_far_on_is_not_the_act_told_first() -> None:
    # six sentences on, "Running a bus" is running at large, not the council's trial;
    # nothing is shared but the word, and the repeat has no actor of its own
    (trial,) = with_mention(run(BUSES), "ran")
    assert texts(trial) == {"ran"}


LETTER = (
    "Our bankers worked with Mercy Hospital to arrange a credit line of $50 million in "
    "April. We opened two child-care centres for staff in Ohio. Many of the store teams "
    "are still working from home this month."
)


def test_an_everyday_verb_told_again_with_nothing_shared_is_another_act() -> None:
    # a bank letter's "worked with Mercy Hospital" and its store teams "working from
    # home" two sentences on: "work" alone says nothing of which work it is
    result = run(LETTER)
    (credit,) = with_mention(result, "worked")
    assert texts(credit) == {"worked"}
    assert len(with_mention(result, "working")) == 1


def test_an_everyday_verb_with_its_thing_shared_is_one_act() -> None:
    # guard: "started a trip" and "the trip he started" share the trip
    text = (
        "Piyum Moghadam started a five-month trip through South America in February. "
        "He flew to La Paz first. The trip he started there ended when Bolivia closed "
        "its borders in March."
    )
    started = with_mention(run(text), "started")
    assert len(started) == 1
    assert [m.text for m in started[0].mentions if m.text == "started"] == ["started", "started"]


def test_the_noun_of_a_verb_told_far_before_is_that_deed_named_again() -> None:
    # guard: "the fight" four sentences after "fighting the orders" points back at it
    text = (
        "FreedomWorks and two other groups have been fighting the stay-at-home orders in "
        "Ohio since April. Their members held rallies in three cities last week. Governor "
        "Mike DeWine said the orders would stay until May. Health officials warned that "
        "crowds could spread the virus. Leaders of the groups said the fight against the "
        "restrictions would go on all summer."
    )
    fighting = with_mention(run(text), "fighting")
    assert len(fighting) == 1
    assert texts(fighting[0]) >= {"fighting", "fight"}


SEASON = (
    "Emergency managers in Florida are preparing for a hurricane season during the "
    "pandemic. A forecast released on Thursday predicts eight hurricanes this year. "
    "Shelters will have to keep people apart, officials said. Many residents may be "
    "afraid to evacuate. In 2005, Hurricane Dennis made landfall as a Category 3 storm in "
    "the Panhandle. Last summer, Hurricane Barry hit Louisiana and flooded roads in three "
    "parishes. In 2018, Hurricane Florence dropped 26 inches of rain on North Carolina."
)


def test_storms_of_other_names_are_other_storms() -> None:
    # a season's story recalls three hurricanes: the kind's word does not make them one
    result = run(SEASON)
    for name in ("Dennis", "Barry", "Florence"):
        (storm,) = with_mention(result, name)
        assert not texts(storm) & {"Dennis", "Barry", "Florence"} - {name}


def test_a_storm_named_again_by_its_name_is_that_storm() -> None:
    # guard: "Hurricane Katrina" told twice is the one storm
    text = (
        "Hurricane Katrina hit New Orleans on Monday, flooding most of the city. By Tuesday "
        "night the city was still without power. Rescuers said the damage from Hurricane "
        "Katrina was the worst they had seen."
    )
    (storm,) = with_mention(run(text), "Katrina")
    assert [m.text for m in storm.mentions if m.text == "Katrina"] == ["Katrina", "Katrina"]


def test_these_nouns_told_far_on_name_the_ones_told_before() -> None:
    # guard: a chief executive's "these events", five sentences after "the events of
    # the last few weeks", are those events, though nothing else is shared
    text = (
        "The chief executive of Lumen Bank wrote to staff on Tuesday about the protests in "
        "Minneapolis. The events of the last few weeks are heartbreaking, he wrote. The "
        "bank will give $5 million to groups that fight racial injustice. It will also "
        "review how it hires and promotes staff. Staff will be able to take a paid day off "
        "to volunteer. But these events are symptoms of a deep and longstanding problem in "
        "our society, he added."
    )
    (events,) = with_mention(run(text), "events")
    assert [m.text for m in events.mentions] == ["events", "events"]


PLEDGE = (
    "Northwind said on Thursday it would halve its carbon emissions by 2030. It will "
    "also charge its own divisions for the carbon they emit. The goal "
    "follows the decision in 2017 to pull the United States out of the Paris Agreement, "
    "the global pact to curb warming. Northwind has come under fire from its own staff "
    "over its oil contracts. The company in 2018 announced a ten-year deal to sell "
    "cloud services to Chevron."
)


def test_a_deal_told_as_new_is_not_the_pact_named_before() -> None:
    """ "a ten-year deal" is a thing the text has not told yet: the synonym "pact" of
    the Paris Agreement, three sentences before, is another agreement."""
    result = run(PLEDGE)
    (deal,) = with_mention(result, "deal")
    assert "pact" not in texts(deal)
    (pact,) = with_mention(result, "pact")
    assert "deal" not in texts(pact)


def test_a_deal_of_the_year_of_the_agreement_told_before_is_that_agreement() -> None:
    """ "a 2016 deal" after "a 2016 agreement" with the EU: one year, one deal, though
    the later one is told with "a"."""
    result = run(
        "Turkey opened its borders on Friday, ignoring the terms of a 2016 agreement with "
        "the EU on migrants. Brussels said the step was unacceptable. Turkey had kept the "
        "border closed in return for EU funds under a 2016 deal that ended the crisis."
    )
    (deal,) = with_mention(result, "deal")
    assert "agreement" in texts(deal)


def test_a_walkout_on_the_day_of_the_strike_told_before_is_that_strike() -> None:
    """ "a 23 March walkout" after "a strike already earmarked for 23 March": the date
    is told inside both nouns, not read as either's time, and names one strike."""
    result = run(
        "Up to 1.2 million council workers could take part in a strike already earmarked "
        "for 23 March over pension changes. Ministers met union leaders on Monday. Nurses "
        "and porters are among those being balloted about a 23 March walkout."
    )
    (walkout,) = with_mention(result, "walkout")
    assert "strike" in texts(walkout)


def test_a_lead_that_tells_the_quake_again_as_new_is_that_quake() -> None:
    """ "A powerful earthquake" right after the opening line's "the southern Iran quake":
    a lead tells the story's happening again with "a", headline marked or not."""
    result = run(
        "At least ten people died in the southern Iran quake on Sunday, officials said. A "
        "powerful earthquake struck Qeshm island, home to 120,000 people, destroying "
        "several villages."
    )
    (quake,) = with_mention(result, "earthquake")
    assert "quake" in texts(quake)


STORM_SEASON = (
    "The hurricane season opens on June 1. Forecasters at Colorado State University "
    "predicted on Thursday a busy season with seven named storms and three major "
    "hurricanes. Two years ago Hurricane Dora flooded Wilmington, and towns that had not "
    "been hit by the storm sent crews to help. Emergency managers worry that volunteers "
    "may not come this year to clear roads after a storm. A former state official said "
    "the county could cope with a major storm and the virus at once."
)


def test_a_storm_told_with_a_is_not_the_named_storm_told_before() -> None:
    """ "after a storm", "a major storm": some storm of a season to come, never Hurricane
    Dora told before (a hurricane-season page joined every "a storm" to Florence)."""
    result = run(STORM_SEASON)
    (dora,) = with_mention(result, "Dora")
    assert [m.text for m in dora.mentions if m.text == "storm"] == ["storm"]  # "the storm"
    others = [e for e in with_mention(result, "storm") if e is not dora]
    assert sum(m.text == "storm" for e in others for m in e.mentions) == 0  # "a storm"s
    # are some storm of a season to come, no event at all (test_events_junk_hazards)


def test_floods_told_by_their_count_are_not_the_flood_told_after() -> None:
    """A forecast's "six floods on the river this year" are not "the Elm River flood"
    of last spring: a count of happenings is not one of them."""
    result = run(
        "The city is preparing for the flood season. Engineers inspected the levees on "
        "Monday. Researchers at the state university expect six floods on the river this "
        "year. Last spring the Elm River flood swept away two bridges. The flood cost the "
        "county $40 million."
    )
    (flood,) = with_mention(result, "swept")
    assert texts(flood) == {"flood", "swept"}
    (floods,) = with_mention(result, "floods")
    assert texts(floods) == {"floods"}


def test_one_verb_on_two_other_named_things_is_two_acts() -> None:
    """ "removed the old plugin loader", then "also removed the legacy configuration
    format": two removals, each of a thing the text names (a tech blog's two removals
    from Python 3 were one node)."""
    result = run(
        "The maintainers of the library removed the old plugin loader in version 4.0, "
        "which broke dozens of projects. They also removed the legacy configuration "
        "format from the parser."
    )
    removed = with_mention(result, "removed")
    assert len(removed) == 2
    assert all(len(e.mentions) == 1 for e in removed)


def test_one_verb_on_one_thing_told_in_other_words_is_one_act() -> None:
    # guard: "two Syrian government warplanes" and "two Syrian planes" share words
    result = run(
        "Turkish forces shot down two Syrian government warplanes over Idlib on Sunday. "
        "Moscow condemned the attack on Monday. Turkey said it shot down two Syrian "
        "planes because they had bombed its troops."
    )
    (shot,) = with_mention(result, "shot")
    assert [m.text for m in shot.mentions if m.text == "shot"] == ["shot", "shot"]


def test_a_hoped_for_deal_told_with_a_each_time_is_one_deal() -> None:
    # guard: "come to a deal", then "getting a deal": the one hoped for, told anew
    result = run(
        "For months, Americans have hoped Congress would come to a deal on more relief. "
        "The talks between the White House and Democrats broke down in August. Senators "
        "left Washington for the recess on Friday. Democrats said their focus remains on "
        "getting a deal before the election."
    )
    (deal,) = with_mention(result, "deal")
    assert [m.text for m in deal.mentions if m.text == "deal"] == ["deal", "deal"]


HURRICANE_PAGE = (
    "Florida may still be battling the outbreak when hurricane season begins June 1, "
    "and waves of infections could follow during peak months for storms in late summer. "
    "Moving patients on ventilators would require action well before a storm approaches "
    "the coast. During 2017's Hurricane Irma, which made landfall in the Florida Keys "
    "as a Category 4 storm, nearly 7 million people evacuated, Koon said. In 2018, "
    "Hurricane Florence dropped 26 inches of rain on North Carolina. Officials knew help "
    "would reach the region from towns that had not been hit by the storm. Koon said "
    "there may be no cavalry for storm victims this year."
)


def test_a_named_storm_takes_the_storm_told_after_it_not_talk_of_storms() -> None:
    """Irma is its landfall and the "Category 4 storm" it made landfall as, Florence its
    rain and "hit by the storm" told next; "a storm approaches" and "storm victims" are
    storms at large, in neither named storm's node."""
    result = run(HURRICANE_PAGE)
    (irma,) = with_mention(result, "Irma")
    assert texts(irma) == {"Irma", "made", "storm"}
    (florence,) = with_mention(result, "Florence")
    assert texts(florence) == {"Florence", "dropped", "storm"}
    assert [m.text for m in florence.mentions].count("storm") == 1


def test_a_storm_the_text_says_a_named_storm_was_is_that_storm() -> None:
    """ "made landfall as a category four storm", "Storm Petra, a slow-moving storm":
    what the named storm was, not another storm of a node of its own."""
    for text in (
        "Storm Petra made landfall on the southern coast of Norland as a category four "
        "storm on Sunday. Ferries to the islands were cancelled.",
        "Storm Petra, a slow-moving storm, flooded the southern coast of Norland on "
        "Sunday. Ferries to the islands were cancelled.",
    ):
        result = run(text)
        (petra,) = with_mention(result, "Petra")
        assert "storm" in texts(petra)
        assert with_mention(result, "storm") == [petra]


def test_a_conference_named_after_hurricanes_is_no_storm() -> None:
    """ "The National Hurricane Conference" is a gathering typed by its name: neither a
    storm name that "the storm" may point back at, nor Hurricane Florence."""
    result = run(
        "Emergency managers in Florida are preparing for a hurricane season like no other. "
        "In 2018, Hurricane Florence dropped 26 inches of rain on North Carolina. The "
        "National Hurricane Conference and the Gulf Hurricane Conference were both "
        "canceled this spring. Officials in Wilmington recalled that help came from towns "
        "that had not been hit by the storm."
    )
    (florence,) = with_mention(result, "Florence")
    assert texts(florence) == {"Florence", "dropped", "storm"}


def test_an_outage_in_title_case_headings_is_the_outage_told_below() -> None:
    # guard: "Meta Outage Sparks Surge in Reports" capitalises "the Meta outage"; it is
    # no name of another calamity
    result = run(
        "Meta Outage Causes Login Problems\nA widespread Meta outage affected Facebook and "
        "Instagram users worldwide on Friday. Users said the apps would not load. Reports "
        "of the Meta outage began shortly before 10 a.m.\nMeta Outage Sparks Surge in "
        "Reports\nThe scale of the Meta outage was reflected on Downdetector.",
        None,
    )
    (outage,) = with_mention(result, "outage")
    # "affected" is what the outage did (tests/test_event_groups_doings.py)
    assert {m.text for m in outage.mentions} == {"Outage", "outage", "affected"}


def test_a_storm_a_named_hurricane_made_landfall_as_is_that_hurricane() -> None:
    """ "Hurricane Nadia made landfall as a Category 3 storm": "a storm" is what Nadia
    was, not a storm of a node of its own (a real page's "Category 4 storm in the Florida
    Keys" beside Irma's own node, once its talk of storms at large was no event)."""
    for text in (
        "Officials in Mobile met on Monday to plan for the season. In 2019, Hurricane "
        "Nadia made landfall near Mobile as a Category 3 storm.",
        "Officials in Mobile met on Monday to plan for the season. During 2019's Hurricane "
        "Nadia, which made landfall near Mobile as a Category 3 storm, about two million "
        "people fled, an official said.",
    ):
        result = run(text)
        (nadia,) = with_mention(result, "Nadia")
        assert "storm" in texts(nadia)
        assert with_mention(result, "storm") == [nadia]


def test_two_bans_on_other_things_are_two_bans() -> None:
    """ "A nationwide ban on the sale of fireworks" and "also banned street parties": a
    page's two rules, joined by the word "ban" alone."""
    result = run(
        "Norland tightened its rules on Friday as cases rose, including a nationwide ban "
        "on the sale of fireworks after 8 p.m. in shops and kiosks. The government also "
        "banned street parties of more than ten people. Cases fell by a third in March."
    )
    (fireworks,) = with_mention(result, "ban")
    assert "banned" not in texts(fireworks)
    (parties,) = with_mention(result, "banned")
    assert parties is not fireworks

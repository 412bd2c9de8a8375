"""Titles that name no place and no one told with the place the article sets the event
in (issue 19, item 5): the judges' largest class of bad titles on real pages (seed 27:
25 of 47) was "which one?": "The lockdown came into effect on 23 March" (which
country's), "A PEDESTRIAN suffered serious injuries in a town centre car crash" (the
town is in the next sentence). The place is the event's own sentence's, else the one
the article opens on when the last place named before the event is that one too; never
a place two candidates dispute, nor a state that acts ("Turkey said")."""

from __future__ import annotations

from test_titles_context import titles


def test_the_opening_s_town_places_a_crash_told_in_capitals() -> None:
    got = titles(
        "Police closed Mill Road in Brighton for three hours on Tuesday.\n"
        "The CYCLIST was badly hurt in the crash."
    )
    assert got["hurt"] == "The CYCLIST was hurt in the crash in Brighton", got


def test_the_sentence_s_own_country_places_the_lockdown() -> None:
    got = titles(
        "Foreign nurses have worked double shifts in the UK since the lockdown came "
        "into effect on 23 March."
    )
    assert got["came"] == "The lockdown came into effect on 23 March in the UK", got


def test_a_state_that_acts_sets_no_scene() -> None:
    got = titles(
        "Troops entered a rebel-held town on Monday, and Turkey said it would keep "
        "hitting them.\nA monitoring group said rebels were trying to regain control."
    )
    assert "Turkey" not in got["regain"] and " in " not in got["regain"], got


def test_two_towns_in_the_opening_place_nothing() -> None:
    got = titles(
        "Storms brought down trees in Leeds and in York on Friday.\n"
        "A CYCLIST was hurt in a crash."
    )
    assert got["hurt"] == "A CYCLIST was hurt in a crash", got


def test_a_road_between_two_towns_places_nothing() -> None:
    got = titles(
        "A van struck a man riding from Brighton to Lewes.\n"
        "A CYCLIST was hurt in a crash."
    )
    assert got["hurt"] == "A CYCLIST was hurt in a crash", got


def test_a_place_of_another_clause_places_no_charge() -> None:
    # Springfield is where he was arrested, not where the assault was
    got = titles(
        "Walker, who was arrested in Springfield a day later, was charged with armed "
        "robbery and first degree assault."
    )
    assert all("Springfield" not in t for k, t in got.items() if k != "arrested"), got


def test_a_dateline_is_where_the_reporter_was() -> None:
    got = titles(
        "CHICAGO — A coalition of conservative groups has been working to nurture protests "
        "against the orders.\nMore than 10 protests are planned for this week, Wall said."
    )
    planned = next(t for t in got.values() if "planned" in t)
    assert "CHICAGO" not in planned and "Chicago" not in planned, got


def test_a_town_s_own_country_is_no_second_place() -> None:
    # "Medellin, Colombia" tells the town's country: "the Colombian highlands" agree
    got = titles(
        "On Monday afternoon, smoke from fires in the hills outside Medellin, Colombia "
        "drifted over the city.\nParts of the Colombian highlands were covered by thick "
        "smoke for hours.\nOne resident said the sky turned completely black around 3 PM."
    )
    assert got["turned"] == "The sky turned completely black in Medellin", got


def test_a_new_thing_takes_no_scene_of_the_sentences_before() -> None:
    # Gateshead is where the talks are; the strike is no more there than anywhere
    got = titles(
        "Five unions will hold private talks with the minister at the party's spring "
        "conference in Gateshead.\nThey want the new rules withdrawn. Up to a million "
        "workers could take part in a strike already earmarked for 23 March."
    )
    assert got["earmarked"] == "A strike earmarked for 23 March", got


def test_a_place_in_a_phrase_of_a_phrase_is_not_the_event_s() -> None:
    # Egypt is where the holiday was, not the discussions he flew to
    got = titles(
        "The entry confirms that Sheikh Hamad of Qatar paid for him to fly from a holiday "
        "in Egypt to official discussions - and for a sightseeing tour to the desert."
    )
    assert "Egypt" not in got["discussions"], got


def test_where_it_was_said_is_not_where_it_is_done() -> None:
    got = titles(
        '"We are investing in new plants, so staff numbers will go down," the chief '
        "executive told the conference in Denver."
    )
    assert "Denver" not in got["investing"], got

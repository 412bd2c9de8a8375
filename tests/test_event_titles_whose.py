"""Titles whose subject is a common noun told by its "of" phrase ("The headquarters of
the CFDT union was invaded", "The family of Sharma has accused …"): real pages titled
"The headquarters was invaded by activists" and "The family has accused Hussain", where
no reader can tell whose (issue 19, the judged sample's unresolved "the X"). The short
"of" phrase stays; a long one, or one with a clause, a pronoun or a count, does not."""

from __future__ import annotations

from test_event_titles_held import titles  # the titles of a text's events


def test_a_passive_subject_keeps_whose_it_is():
    found = titles(
        "Union leaders condemned the raid. The headquarters of the Metalworkers Union was "
        "stormed on Friday by masked protesters, police said."
    )
    lead = "The headquarters of the Metalworkers Union was stormed"
    assert any(t.startswith(lead) for t in found), found
    assert not any(t.startswith("The headquarters was stormed") for t in found), found


def test_an_active_subject_the_roles_named_by_its_of_phrase_keeps_it():
    found = titles(
        "The family of Ravi Kumar, who was found dead near his home last week, has accused "
        "a local councillor of arson."
    )
    assert any(t.startswith("The family of Ravi Kumar has accused") for t in found), found


def test_people_told_by_what_they_oppose_keep_it_and_a_clause_on_it_stays_out():
    found = titles(
        "Opponents of the new pension law blocked the main road into Lyon on Thursday. The "
        "home of the man who had reported the theft to police in March was searched by "
        "detectives on Tuesday."
    )
    assert any(t.startswith("Opponents of the new pension law blocked") for t in found), found
    assert any(t.startswith("The home of the man was searched") for t in found), found
    assert not any("who had reported" in t for t in found), found


def test_a_reason_cut_to_a_noun_without_its_of_phrase_leaves_the_title():
    # real pages titled "Turkey stepped up the intervention in response to the killing":
    # the killing of no one; the killing is its own event, titled whole
    found = titles(
        "The ministry stepped up its campaign in response to the killing of three border "
        "guards near the northern crossing last week."
    )
    assert "The ministry stepped up its campaign" in found, found  # the title's own name's
    assert not any(t.endswith("in response to the killing") for t in found), found


def test_the_town_a_story_named_before_is_told_by_its_name():
    # a real page: "clashes were continuing in western parts of the town", the town of
    # Saraqeb named in the sentence before; a card shows no article around it
    found = titles(
        "A state television reporter in the town of Kafr Batna said the army was searching "
        "the town after the retreat of the rebels. Rebel sources said clashes were "
        "continuing in western parts of the town."
    )
    assert any(t.endswith("in western parts of Kafr Batna") for t in found), found
    assert "The army was searching Kafr Batna" in found, found
    # a tagger's lower-case "place" is no name ("the new county judge" tagged so)
    found = titles(
        "Voters had high hopes for the new county judge, Elgin Mayor Ruth Baker said. She "
        "was sworn in last year as the city's first female mayor."
    )
    assert not any("new county" in t for t in found), found
    # after two cities "the city" is either: no guess
    found = titles(
        "Officials in Oakland and Fresno said on Monday that shelters were full. Rebel "
        "sources said clashes were continuing in western parts of the city."
    )
    assert not any("Oakland" in t or "Fresno" in t for t in found if "clashes" in t.lower()), found


def test_a_description_set_beside_a_name_titles_the_person():
    # a real page titled "An auto parts dealer died in an Egyptian prison" for "Mustafa
    # Kassem, 54, an auto parts dealer from New York who died in an Egyptian prison"
    found = titles(
        "Police in Leeds named the victim as Daniel Morgan, a 37-year-old teacher who was "
        "stabbed outside a pub on Friday night."
    )
    assert any(t.startswith("Daniel Morgan was stabbed") for t in found), found
    assert not any(t.startswith("A 37-year-old teacher") for t in found), found


def test_a_lone_phrase_cut_to_a_noun_without_its_of_phrase_leaves_the_act_whole():
    # real page: "The first phase started with a goal", the goal of nothing said
    found = titles(
        "The first phase of returns began June 1, with a goal of 70 percent home working, "
        "and a month later the agency moved to a second phase."
    )
    assert "The first phase of returns began on June 1" in found, found
    assert not any(t.endswith("with a goal") for t in found), found


def test_a_relative_whose_is_told_by_the_noun_its_clause_hangs_on():
    # "Whose leading role had been praised …" opened a real page's title: no one said
    found = titles(
        "The festival's jury also passed over Maria Olsen, whose leading role in the war "
        "drama had been praised by critics across Europe. The club is still looking for a "
        "coach after the departure of Jan Berg, whose contract was terminated on Monday."
    )
    assert not any(t.lower().startswith("whose") for t in found), found
    assert any(t.startswith("Maria Olsen's leading role had been praised") for t in found), found
    assert any(t.startswith("Jan Berg's contract was terminated") for t in found), found


def test_a_denied_act_names_its_owner_after_it():
    # "Greenpeace's no boycott of the summit" is no English: the owner goes after the act
    found = titles("\"Greenpeace's boycott of the summit will not happen,\" a spokesman said.")
    assert "No boycott of the summit by Greenpeace" in found, found
    assert not any("'s no " in t for t in found), found


def test_a_denied_bare_word_takes_its_side_after_it():
    # a real page's "United States' no protests": the side before "no" reads as nonsense
    from kg.extract.event_groups import with_sides

    assert with_sides("No protests", "Protest", ["Greenpeace"], []) == "No protests by Greenpeace"
    assert with_sides("Protests", "Protest", ["Greenpeace"], []) == "Greenpeace's protests"

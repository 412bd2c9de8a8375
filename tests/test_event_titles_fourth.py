"""Titles a reader understands, fourth pass (issue 19): who did it and what a plan was
of; each case a class judged unreadable in a hand-judged sample of real pages, on text
we write."""

from __future__ import annotations

from datetime import date

from kg import nlp
from kg.extract import extract_document
from kg.model import Document


def titles(text: str) -> set[str]:
    document = Document(id="doc", text=text, source_text=text, published=date(2025, 3, 14))
    return {e.title for e in extract_document(next(nlp.parse([text])), document).events}


def test_who_is_the_person_not_the_thing_the_clause_was_hung_on():
    # the parser hangs "who helped organize" on "campaign", the nearest noun
    found = titles(
        "Carol Hefner, an Oklahoma co-chair of Trump's 2016 campaign who helped organize a "
        "protest last week in Oklahoma City, cited the state's flat terrain."
    )
    assert any(t.startswith("Carol Hefner helped organize a protest") for t in found), found
    assert not any(t.startswith("Trump's 2016 campaign helped") for t in found), found


def test_who_is_never_a_vehicle():
    found = titles("Police thanked the driver of the bus who stopped the attacker on Monday.")
    assert any(t.startswith("The driver stopped the attacker") for t in found), found
    assert not any(t.startswith("The bus") for t in found), found


def test_announced_plans_say_what_the_plans_are():
    # the parser hangs "to tighten" on "announced": the plans are still what it tells
    found = titles(
        "City officials said on Monday that Governor Maria Lopez announced plans Sunday to "
        "tighten restrictions on bars."
    )
    assert any(
        t.startswith("Maria Lopez announced plans") and "to tighten restrictions" in t
        for t in found
    ), found


def test_plans_keep_their_to_clause_on_the_noun():
    found = titles("The council unveiled plans on Tuesday to build a new stadium in Leeds.")
    assert any(
        t.startswith("The council unveiled plans") and "to build a new stadium" in t for t in found
    ), found


def test_a_decision_says_what_was_decided():
    found = titles(
        "The Pentagon was concerned by President Trump's decision to withhold military aid "
        "to Ukraine, documents show."
    )
    # the decision and the withholding it names are one node (s33p3), told as the plan
    assert found & {
        "President Trump's decision to withhold military aid to Ukraine",
        "President Trump to withhold military aid to Ukraine",
    }, found


def test_the_one_who_decided_does_what_was_decided():
    # the roles took Ukraine, the object's name, for the doer of "withhold"
    found = titles("Later the president made the decision to withhold military aid from Ukraine.")
    assert not any(t.startswith("Ukraine") for t in found), found
    assert "The president to withhold military aid from Ukraine" in found, found


def test_a_verb_tagged_as_a_noun_keeps_its_subject():
    # "returns" read as a plural noun with "revenue" as its subject
    found = titles(
        "He added that the media business stayed difficult until advertising revenue "
        "returns with the resumption of consumer spending."
    )
    assert "Advertising revenue returns with the resumption of consumer spending" in found, found


def test_a_quoted_word_after_a_demonstrative_still_makes_it_the():
    found = titles(
        'AP writes that these "major" exceptions represent a significant retreat from the '
        "original plan."
    )
    assert not any(t.lower().startswith("these") for t in found), found
    assert any(t.startswith('The "major" exceptions represent') for t in found), found


def test_a_row_of_passives_takes_no_doer_from_another_mention():
    # "tortured" ends a row of passives; the United States is named only where the text
    # speaks of torture in general, and did not torture anyone
    text = (
        "Ahmed Ali says he was arrested, beaten and tortured by guards in 2014. The move "
        "would let the United States give a pass to torture, he said."
    )
    found = titles(text)
    assert not any(t.startswith("United States tortured") for t in found), found
    assert any("tortured" in t.lower() or "torture" in t.lower() for t in found), found


def test_a_bare_participle_takes_no_doer_from_another_mention():
    text = (
        "Soltan is seeking damages for being shot, beaten and tortured during 643 days as a "
        "political prisoner in Cairo. His lawyer said the request is an attempt to have the "
        "United States give a free pass to torture."
    )
    found = titles(text)
    assert not any(t.startswith("United States") for t in found), found


def test_the_doer_is_never_the_object_of_the_same_act():
    # "they" resolved to the voters, who are what the acclaim comes from
    found = titles("After the bill passed, they won widespread acclaim from voters.")
    assert not any(t.startswith("Voters") for t in found), found
    assert any("widespread acclaim" in t.lower() for t in found), found


def test_a_denied_act_says_whose_it_is():
    found = titles(
        "Turkey has insisted it seeks no conflict with Moscow, but its strikes have raised "
        "the risk."
    )
    assert "Turkey seeks no conflict with Moscow" in found, found
    assert "No conflict with Moscow" not in found, found


def test_an_act_with_an_object_and_no_doer_is_no_order():
    # "it went on to win": the "it" is untold, and "Win widespread acclaim" reads as an order
    found = titles("After the film was released, it went on to win widespread acclaim.")
    assert "Win widespread acclaim" not in found, found
    assert "Winning widespread acclaim" in found, found


def test_an_accused_act_is_told_with_who_accuses():
    # the roles took the accusers for the doer: "Soltan's lawyers blackmailed …"
    found = titles(
        "Soltan's lawyers accused Egypt of blackmailing the United States over the case."
    )
    assert "Soltan's lawyers accused Egypt of blackmailing the United States over the case" in (
        found
    ), found
    assert not any("lawyers blackmailed" in t for t in found), found


def test_an_act_blamed_on_someone_is_theirs_and_only_said():
    found = titles("Critics blamed the company for polluting the river.")
    assert "Critics blamed the company for polluting the river" in found, found
    assert "Critics polluted the river" not in found, found


def test_an_accused_act_is_not_told_as_done():
    found = titles("The former mayor was accused of taking bribes from developers.")
    assert "The former mayor took bribes from developers" not in found, found


def test_a_charge_tells_the_act_charged():
    found = titles("Police charged the driver with causing death by dangerous driving.")
    assert not any(t.startswith("Police causing") for t in found), found
    assert "Police charged the driver with causing death by dangerous driving" in found, found


def test_a_participle_the_tagger_read_as_past_keeps_its_doer_by():
    found = titles(
        "Erdogan demanded that Syrian forces withdraw from a zone around Idlib agreed by "
        "Turkey, Russia and Iran in 2017."
    )
    assert not any(t.startswith("Agreeing") for t in found), found
    assert any(t.startswith("Turkey, Russia and Iran agreed") for t in found), found


def test_a_move_to_act_is_the_act_of_who_moved():
    found = titles(
        "Turkey opened its western borders on Friday, in an apparent move to demand EU "
        "support in Syria."
    )
    assert "Turkey to demand EU support in Syria" in found, found


def test_a_desire_to_act_is_its_owner_s_act():
    found = titles("Washington has become consumed by the Senate's desire to approve Trump's pick.")
    assert "The Senate to approve Trump's pick" in found, found
    assert "Approving Trump's pick" not in found, found


def test_who_was_prompted_to_do_what():
    found = titles(
        "The virus has surged throughout the United States and prompted governors to issue a "
        "patchwork of area-specific restrictions."
    )
    assert "The virus prompted governors" not in found, found
    assert any(t.startswith("The virus prompted governors to issue a patchwork") for t in found), (
        found
    )


def test_a_share_of_people_is_told_with_whom_it_is_of():
    found = titles(
        "Most of FreedomWorks' 40 employees are working remotely on the effort, helping to "
        "connect local protesters and set up websites for them."
    )
    assert "Connecting local protesters" not in found, found
    assert any(
        t.startswith("Most of FreedomWorks' 40 employees") and "connect local protesters" in t
        for t in found
    ), found


def test_coming_under_fire_keeps_under_fire():
    found = titles(
        "Both Microsoft and Amazon have come under fire from activist tech workers who have "
        "demanded they stop supplying technology to oil companies."
    )
    assert not any("have come from" in t for t in found), found
    assert not any(t.startswith("Both Microsoft have") for t in found), found
    assert any(
        t.startswith("Both Microsoft and Amazon have come under fire from") for t in found
    ), found


def test_a_decision_announced_as_his_is_the_announcer_s():
    found = titles(
        "Firms set climate goals after President Donald Trump announced in 2017 his decision "
        "to pull the United States out of the Paris Agreement."
    )
    assert not any(t.startswith("The United States to be pulled") for t in found), found
    assert any(t.startswith("President Donald Trump to pull the United States") for t in found), (
        found
    )

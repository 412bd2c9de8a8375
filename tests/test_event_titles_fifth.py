"""Titles a reader understands, fifth pass (issue 19): who did it when the parser hangs
a verb on the wrong clause, and what a "what" clause stands for; each case a class
judged unreadable in a hand-judged sample of real pages (seed 311), on text we write."""

from __future__ import annotations

from datetime import date

from kg import nlp
from kg.extract import extract_document
from kg.model import Document


def titles(text: str) -> set[str]:
    document = Document(id="doc", text=text, source_text=text, published=date(2025, 3, 14))
    return {e.title for e in extract_document(next(nlp.parse([text])), document).events}


def test_a_reported_row_is_the_reported_subjects_not_the_reporters():
    # the parser joins "monitored" to "asserts": the lawsuit monitored nothing
    found = titles(
        "The lawsuit asserts Beblawi directed and monitored the abuse of Soltan, a former prisoner."
    )
    assert "Beblawi monitored the abuse of Soltan" in found, found
    assert "Beblawi directed the abuse of Soltan" in found, found
    assert not any(t.startswith("The lawsuit monitored") for t in found), found


def test_a_verb_joined_to_an_aim_is_the_main_subjects():
    # "conducting" hangs on "to increase", the aim of "is considering": the group polls
    found = titles(
        "The group is considering paid digital advertising to further increase turnout and "
        "has been conducting weekly tracking polls in swing suburban districts."
    )
    assert any(
        t.startswith("The group has been conducting weekly tracking polls") for t in found
    ), found
    assert not any(t.startswith("Conducting") for t in found), found


def test_what_a_cleft_waits_for_is_named():
    found = titles("Such an opening is exactly what tourism operators have been waiting for.")
    assert "Tourism operators have been waiting for such an opening" in found, found
    assert not any("exactly what" in t for t in found), found


def test_an_event_noun_done_by_someone_is_told_with_its_doers():
    # "Walkout over the Allen book" said not who walked out
    found = titles("Dozens of Hachette employees staged a walkout over the Allen book on Thursday.")
    assert "Dozens of Hachette employees staged a walkout over the Allen book" in found, found
    assert not any(t.startswith("Walkout") for t in found), found


def test_a_prize_is_told_with_its_winner():
    found = titles(
        "Grace Mutesi of Rwanda scooped the overall prize of the Commonwealth Youth Award for "
        "her work on solar cookers."
    )
    assert any(t.startswith("Grace Mutesi scooped the overall prize") for t in found), found
    assert not any(t.startswith("Overall prize") for t in found), found


def test_a_lack_says_of_what():
    found = titles(
        "The lack of clear direction and training has hampered the response to the outbreak."
    )
    assert any(
        t.startswith("The lack of clear direction and training has hampered") for t in found
    ), found


def test_an_amount_says_of_what_without_its_phrases():
    found = titles(
        "The amount of major crimes in the first half of 2020 has increased in every category "
        "except sexual assault."
    )
    assert any(t.startswith("The amount of major crimes has increased") for t in found), found


def test_it_of_the_main_verb_is_the_name_before():
    # "taking the battle …" hangs on "it shot down": the country of the sentence before
    found = titles(
        "Turkey stepped up its intervention in response to the killing of its soldiers. On "
        "Sunday it shot down two Syrian planes in Idlib, taking the battle deep into territory "
        "held by government forces."
    )
    assert "Turkey took the battle deep into territory" in found, found
    assert not any(t.startswith("Taking") for t in found), found


def test_he_is_the_speaker_before_whatever_the_tagger_calls_him():
    found = titles(
        "Moghadam said he paid about $2,000 for his flight. He arrived in Miami at about "
        "8 p.m. after three stops."
    )
    assert "Moghadam arrived in Miami" in found, found
    assert not any(t.startswith("Arriving") for t in found), found


def test_a_clause_title_drops_the_word_that_joined_it_to_its_sentence():
    # the parser hangs "when" on the subject ("…, a sharp contrast to year-earlier, when
    # the third and final film boosted results"); a headline opens on the clause itself
    from kg.extract.event_groups import _capital, _clean

    said = "When the second and final season of the series lifted ratings"
    assert _capital(_clean(said)) == "The second and final season of the series lifted ratings"
    assert (
        _capital(_clean("While Democrats insisted on more aid")) == "Democrats insisted on more aid"
    )
    assert _capital(_clean("Whenever-ready kits sold out")) == "Whenever-ready kits sold out"


def test_a_dateline_whose_dash_became_a_quote_is_no_subject():
    # AP's "BEIJING — …" as some pages' bytes give it: the dash turned into '"'
    found = titles(
        'BEIJING " Chinese authorities are testing millions of people after new cases were '
        "found in three cities last week."
    )
    assert "Chinese authorities are testing millions of people" in found, found
    found = titles(
        "ISLAMABAD \" Pakistan's government has ordered a full lockdown after large gatherings."
    )  # not "has warned that …": a verb that only tells a clause is no event (test_event_roles)
    assert any(t.startswith("Pakistan's government has ordered") for t in found), found


def test_where_a_crowd_gathered_stays_in_its_title():
    found = titles(
        "Hundreds of farmers gathered outside the parliament building in Warsaw on Monday."
    )
    assert "Hundreds of farmers gathered outside the parliament building in Warsaw" in found, found
    found = titles("Two men were arrested inside the stadium after the match.")
    assert "Two men were arrested inside the stadium" in found, found


def test_it_is_told_by_no_name_when_another_party_may_be_meant():
    # BBC tech: "Sony is entering a market which has been dominated by Nintendo. It
    # launched its DS …": Nintendo did, not the sentence's subject
    found = titles(
        "Samsung is entering a market which has long been dominated by Apple. It launched its "
        "first smartwatch in Japan and the US last year and has sold two million units."
    )
    assert not any(t.startswith(("Samsung launched", "Samsung has sold")) for t in found), found

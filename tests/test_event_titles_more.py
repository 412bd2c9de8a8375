"""Titles a reader understands, ninth pass (issue 19 item 5): classes judged wrong on
60 BBC politics files (a time phrase as the doer, a second predicate run into the
first, a denied act told as done, a "who" or "which" clause told of the wrong noun,
a verb that ends without its outcome), each on text we write."""

from __future__ import annotations

from datetime import date

from kg import nlp
from kg.extract import extract_document
from kg.model import Document


def titles(text: str) -> list[str]:
    document = Document(id="doc", text=text, source_text=text, published=date(2025, 3, 14))
    return [e.title for e in extract_document(next(nlp.parse([text])), document).events]


def test_a_time_phrase_before_the_subject_is_not_the_doer():
    # was "The following year hosted the event": the parser gave "hosted" two subjects
    found = titles(
        "In 1998 Scarborough hosted the conference. The following year Bournemouth hosted "
        "the event."
    )
    assert "Bournemouth hosted the event" in found, found
    assert not any(t.lower().startswith("the following year") for t in found), found


def test_a_second_predicate_is_not_run_into_the_first():
    # was "Tony Blair lied has no qualms about lying in the election campaign"
    found = titles(
        "Jack Harlow lied when he took the country to war so has no qualms about lying in "
        "the campaign, say the Greens."
    )
    assert not any("lied has" in t for t in found), found
    assert "Jack Harlow lied" in found, found


def test_a_day_coming_up_is_not_the_speakers_act_nor_takes_the_next_subject():
    # was "Charles Kennedy came up the new home secretary"
    found = titles(
        "The bill would be debated in parliament next Monday as planned, he insisted. "
        'Earlier Mr Okafor, whose party opposes the toll plan as "deeply flawed" said with '
        "Christmas coming up the new transport secretary had time to think again."
    )
    assert not any("came up the new" in t for t in found), found
    assert not any("Okafor came" in t for t in found), found


def test_a_plural_of_initials_is_no_verb_of_the_headline():
    # was "Tony Blair to mps on Tuesday": "MPs" tagged a verb
    found = titles(
        "It was no good Mr Hale claiming fuel pledges were being left to the manifesto as "
        "he had given one to MPs on Tuesday about the top rate of duty."
    )
    assert not any(" to mps" in t.lower() for t in found), found


def test_an_act_ruled_out_is_not_told_as_done():
    # was "The government amended the present law" beside "The government has ruled out"
    found = titles("The county council has ruled out raising the parking charges in the town.")
    assert not any(t.startswith("The county council raised") for t in found), found
    assert any("ruled out raising the parking charges" in t for t in found), found


def test_an_act_denied_is_not_told_as_done():
    # was "An artist compared the idea with dictatorships in Russia and Germany"
    found = titles(
        "A sculptor critical of the new arts board has denied comparing the plan with "
        "censorship in wartime Spain."
    )
    assert not any(t.startswith("A sculptor compared") for t in found), found
    assert any("denied comparing the plan" in t for t in found), found


def test_an_act_avoided_is_not_told_as_done():
    # was "An inquiry rushed to judgement"
    found = titles(
        "But party officials say Ms Lund was speaking when the review was under way and was "
        "avoiding rushing to judgement."
    )
    assert not any(t.endswith("rushed to judgement") for t in found), found


def test_who_after_a_noun_of_a_group_is_the_group():
    # was "The breathtaking hypocrisy voted themselves the best pension scheme in Europe"
    found = titles(
        "What really angers me is the breathtaking hypocrisy of MPs who recently voted "
        "themselves a generous pay rise."
    )
    assert "MPs voted themselves a generous pay rise" in found, found
    assert not any(t.startswith("The breathtaking hypocrisy") for t in found), found


def test_which_after_a_comma_is_about_the_noun_before_it():
    # was "The Christmas and New Year period had been dominated": the clause hung on "those"
    found = titles(
        "Ms Reyes said her thoughts were with all those caught up in the disaster, which "
        "had dominated the Christmas and New Year period."
    )
    assert "The disaster had dominated the Christmas and New Year period" in found, found


def test_how_talks_went_keeps_the_outcome():
    # was "All negotiations had gone"
    found = titles(
        "Chief Inspector Ruth Lamb has met several farming groups and said all the talks "
        "had gone well."
    )
    assert any(t.endswith("had gone well") for t in found), found
    assert not any(t.endswith("had gone") for t in found), found


def test_a_phrase_whose_clause_is_cut_does_not_end_on_its_preposition():
    # was "Ginsburg's death sparked a political fight over" (real pages, seed 459)
    found = titles(
        "Judge Ellen Marsh's death Friday, Sept. 18 immediately sparked a political fight over "
        "when Governor Tom Reid's yet-to-be-named nominee would come up for a vote."
    )
    assert "Judge Ellen Marsh's death sparked a political fight" in found, found
    assert not any(t.endswith(" over") for t in found), found


def test_an_accusation_by_a_pronoun_is_told_of_the_accused():
    # was "Michael Howard wasted money": "He accused ministers of wasting money"
    found = titles(
        "The mayor spoke to reporters on Monday. She accused the council of hiding the true "
        "cost of the new stadium."
    )
    assert "The council accused of hiding the true cost of the new stadium" in found, found
    assert not any(t.startswith(("Hiding", "The mayor hid")) for t in found), found


def test_a_failure_one_is_accused_of_keeps_the_failure_and_the_accused():
    # was "David Bell to teach pupils about obligations to British society"
    found = titles(
        "Lawyers for the family accused the hospital of failing to treat the boy in time."
    )
    assert "Lawyers accused the hospital of failing to treat the boy in time" in found, found
    assert not any(t.startswith("Lawyers failing") for t in found), found


def test_a_failure_told_by_a_long_description_keeps_the_name_and_no_day():
    # was "David Bell to teach pupils about obligations to British society"
    found = titles(
        "On Tuesday county schools inspector Maria Lopez accused two private schools of "
        "failing to teach pupils about fire safety."
    )
    assert any(
        t.startswith("Maria Lopez accused two private schools of failing to teach") for t in found
    ), found
    assert not any(t.startswith("Maria Lopez to teach") for t in found), found


def test_who_after_contact_with_a_body_is_that_body():
    # was "Contact arranged a meeting": "made contact with the British authorities …, who
    # arranged a meeting"
    found = titles(
        "Within days of her escape in 1988, she made contact with the French authorities she "
        "had been working for, who arranged a meeting in Lyon."
    )
    assert "The French authorities arranged a meeting in Lyon" in found, found
    assert not any(t.startswith("Contact arranged") for t in found), found


def test_the_day_a_plan_was_spoken_of_is_not_the_plans_day():
    # was "Upcoming ban on Tuesday" (real pages, seed 459): Tuesday is when Trump spoke
    found = titles(
        'On Wednesday, Ms Ames said of the upcoming ban on flights, "We are going to protect '
        'our families."'
    )
    assert any("ban" in t for t in found), found
    assert not any("Wednesday" in t for t in found), found

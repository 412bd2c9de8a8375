"""Titles a reader understands, ninth pass (issue 19 item 5): classes judged unreadable
in hand-judged samples of real web pages (htmldate-mediacloud, seeds 830 and 840), each
on text we write: a time taken for a doer, a parser's misread main verb, a scene's noun
with no one in it, a possessive lost from a plural, an appeal that says not what for."""

from __future__ import annotations

from datetime import date

from kg import nlp
from kg.extract import extract_document
from kg.model import Document


def titles(text: str) -> list[str]:
    document = Document(id="doc", text=text, source_text=text, published=date(2025, 3, 14))
    return [e.title for e in extract_document(next(nlp.parse([text])), document).events]


def test_the_time_a_verb_spends_is_no_doer_of_its_act():
    # was "The week lobbed attacks at one another"
    found = titles("Both parties have spent the week lobbing attacks at one another.")
    assert "Both parties lobbed attacks at one another" in found, found
    assert not any(t.startswith("The week") for t in found), found


def test_a_subjects_description_read_as_the_main_verb_leaves_the_subject_its_act():
    # the parser reads "opposed" as the root and "tried" as a clause of it: was "Trying to
    # storm a theater in Lyon", told by no one
    found = titles("Protesters opposed to the reform tried to storm a theater in Lyon.")
    assert "Protesters tried to storm a theater in Lyon" in found, found
    assert not any(t.startswith("Trying") for t in found), found


def test_a_dateline_and_its_credit_stay_out_of_a_borrowed_subject():
    found = titles(
        "LYON (Wire) – Protesters opposed to the pension reform tried to force their way "
        "into a theater in Lyon where the minister attended a concert."
    )
    assert any(t.startswith("Protesters tried to force") for t in found), found
    assert not any("LYON" in t or "Forcing" in t for t in found), found


def test_an_interview_a_clause_is_set_in_is_its_subjects():
    # was "Interview with The Boston Globe", which says not who gave it
    found = titles("In an interview with The Boston Globe, Moore declined to name the donor.")
    assert "Moore's interview with The Boston Globe" in found, found


def test_a_visit_a_clause_is_set_in_is_its_subjects():
    # web pages (h2, seeds 920/930): "Visit to a Normandy beach", "Visit Monday to IDT
    # Biologika" said not whose
    found = titles(
        "During a visit to a flooded village, Environment Minister Sarah Kane said on "
        "Friday that the defences had failed."
    )
    assert "Sarah Kane's visit to a flooded village" in found, found


def test_a_briefing_under_a_dateline_is_the_named_subjects():
    found = titles(
        "MADRID — Prime Minister Pedro Sanchez on Monday criticised new border checks, "
        "following a phone briefing with Portugal's Antonio Costa."
    )
    assert "Pedro Sanchez's phone briefing with Portugal's Antonio Costa" in found, found
    assert not any(t.startswith(("MADRID", "Phone briefing")) for t in found), found


def test_a_subjects_own_plural_keeps_its_possessive():
    # was "Kestrel Mining topped up coffers": a plural without "its" reads as any coffers
    found = titles("Kestrel Mining topped up its coffers last week.")
    assert "Kestrel Mining topped up its coffers" in found, found


def test_an_unresolved_possessive_on_a_plural_subject_leaves_no_name_like_word():
    # "his powers" was "Powers were struck down", a name to a reader
    found = titles(
        "The sheriff used an emergency order during the outbreak, but his powers to close "
        "schools across the county were struck down by a judge."
    )
    assert any(t.startswith("The powers were struck down") for t in found), found
    assert not any(t.startswith("Powers") for t in found), found


def test_an_appeal_says_what_it_asks():
    # was "Delhi Traffic Police appealed to citizens": appealed for what
    found = titles(
        "City police on Sunday appealed to motorists to avoid the ring road as the bridge "
        "stays closed."
    )
    assert "City police appealed to motorists to avoid the ring road" in found, found


def test_a_possessive_of_the_titles_own_name_stays_as_written():
    # was "… won the first Fed Cup match" and "… sold the stake": "the" tells of no
    # one's, where the text's "her" and "its" say whose
    found = titles("Anna Kovac won her first Fed Cup match against Romania in 2011.")
    assert any(t.startswith("Anna Kovac won her first Fed Cup match") for t in found), found
    found = titles("Anna Kovac sold her stake in the club last week.")
    assert "Anna Kovac sold her stake in the club" in found, found


def test_a_possessive_of_another_gender_than_the_titles_name_is_not_kept():
    found = titles("Having received his full backing, Ms Kovac was forced to resign in June.")
    assert not any("his" in t.split() for t in found), found


def test_a_demonstrative_on_a_thing_reads_the():
    # was "Eckhardt won that race": "that" points into an article the reader has not read
    found = titles("Sarah Eckhardt won that race and was sworn in last week.")
    assert "Sarah Eckhardt won the race" in found, found
    assert not any(" that " in f" {t} " for t in found), found


def test_a_row_of_passives_the_parser_split_is_told_passive():
    # the parser hangs "beaten" on "seeking": was "Rahimi is beaten" and "Rahimi tortured
    # as a prisoner", which tells him the torturer
    found = titles(
        "Rahimi is seeking damages for being shot, beaten and tortured during 300 days as "
        "a prisoner in Tehran."
    )
    assert "Rahimi was beaten" in found, found
    assert any(t.startswith("Rahimi was tortured") for t in found), found


def test_their_stays_only_for_more_than_one():
    found = titles("Hunt enthusiasts prepared for their final legal hunt on Friday.")
    assert "Hunt enthusiasts prepared for their final legal hunt" in found, found
    found = titles("The focus has shifted to their evolution into a faster service.")
    assert not any("their" in t.split() for t in found), found
    found = titles("Tim Henman and Greg Rusedski lost, but Henman won their doubles rubber.")
    assert not any("Henman won their" in t for t in found), found

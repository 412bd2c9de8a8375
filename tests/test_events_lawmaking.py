"""Lawmaking, a type of its own (issue 19): a bill introduced to Parliament with no doer
was lost (retyped OtherEvent, then dropped as vague), and the steps of a bill were
scattered over other types ("MPs voted for the amendment" an election, "the Lords
defeated the amendment" a sports result). Each step of a bill is now kg:Legislate; the
bill alone, a sum owed ("the electricity bill") and a man named Bill are no lawmaking.
All text here is our own, written like British and US politics news."""

from __future__ import annotations

from datetime import date

import pytest

from kg import nlp
from kg.extract import extract_document
from kg.model import Document
from kg.taxonomy import EVENT_TYPES, compatible

PUBLISHED = date(2025, 3, 14)


def events(text: str) -> list:
    document = Document(id="doc", text=text, source_text=text, published=PUBLISHED)
    return extract_document(next(nlp.parse([text])), document).events


def lawmaking(text: str) -> list[str]:
    return [e.lemma for e in events(text) if e.type == "Legislate"]


def test_a_bill_introduced_with_no_doer_is_kept_as_lawmaking():
    text = (
        "The government will publish its plans for tougher anti-terror laws next week, "
        "before the bill is introduced to Parliament."
    )
    assert lawmaking(text) == ["introduce"]


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("The Home Secretary introduced the Identity Cards Bill in the Commons on Monday.",
         "introduce"),
        ("Labour MPs tabled an amendment to the Education Bill on Tuesday.", "table"),
        ("The bill was passed by the Senate on Thursday by 61 votes to 38.", "pass"),
        ("The Lords defeated the amendment on Tuesday night.", "defeat"),
        ("MPs voted for the amendment by 310 votes to 219 on Wednesday.", "vote"),
        ("The Hunting Act was repealed by the new parliament in 2010.", "repeal"),
        ("The new law came into force on 1 January, ministers said.", "come"),
        ("The bill became law in April after a long fight in the Senate.", "become"),
        ("The Prevention of Terrorism Bill had its second reading in the Commons.", "reading"),
        ("MPs will vote on the bill next week, the chief whip said.", "vote"),
    ],
)
def test_each_step_of_a_bill_is_lawmaking(text: str, lemma: str) -> None:
    found = [(e.type, e.lemma) for e in events(text)]
    assert ("Legislate", lemma) in found, found


def test_a_step_keeps_its_modality_and_its_doer():
    text = "Ministers plan to repeal the Human Rights Act, the prime minister said."
    (repeal,) = [e for e in events(text) if e.type == "Legislate"]
    assert repeal.factuality == "planned"
    (defeat,) = [e for e in events("The Senate defeated the amendment on Tuesday night.")
                 if e.type == "Legislate"]
    assert [(p.actor, p.role) for p in defeat.participants] == [("Senate", "agent")]


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("She paid the electricity bill on Friday, a week late.",
         "MPs passed the housing bill on Friday, a week late."),
        ("The restaurant bill was passed around the table after the dinner.",
         "The housing bill was passed by the Senate after the debate."),
        ("Bill Clinton visited Dublin on Friday to open a peace centre.",
         "The Senate defeated the bill on Friday."),
        ("The bill would cost taxpayers £5bn a year, the Treasury said.",
         "The bill was introduced in the Commons, the Treasury said."),
        ("The company amended its profit forecast on Friday.",
         "The assembly amended the education bill on Friday."),
        ("Bill Gates said the act of giving was a privilege.",
         "Congress repealed the act in 2010."),
        ("The committee will take a vote at its next meeting.",
         "The committee will take a vote on the amendment at its next meeting."),
        ("The home side defeated Leeds 2-1 on Saturday.",
         "Peers defeated the amendment by 210 votes to 180 on Saturday."),
        ("Apple introduced a new phone in California on Tuesday.",
         "The governor introduced a new law in California on Tuesday."),
    ],
)
def test_no_lawmaking_from_a_bill_alone_an_invoice_or_a_name(text: str, step: str) -> None:
    assert lawmaking(text) == [], [(e.type, e.title) for e in events(text)]
    assert lawmaking(step), [(e.type, e.title) for e in events(step)]


def test_a_commons_division_is_lawmaking_and_an_election_margin_is_not():
    division = (
        "On Tuesday the government saw off a backbench attempt to force changes to the "
        "bill by 297 votes to 203, despite a rebellion by Labour MPs."
    )
    assert lawmaking(division) == ["vote"]
    margin = "She won the seat by 297 votes, the returning officer said on Friday."
    assert "Legislate" not in [e.type for e in events(margin)]


def test_a_reading_taken_by_its_verb_is_one_event():
    text = "The Constitutional Reform Bill was entering its second reading on Monday."
    assert lawmaking(text) == ["enter"]
    report = "The Road Safety Bill had its second reading in the Commons on Tuesday."
    assert lawmaking(report) == ["reading"]


def test_lawmaking_is_a_type_of_its_own_family():
    assert EVENT_TYPES["Legislate"][0] == "lawmaking"
    assert not compatible("Legislate", "Election") and not compatible("Legislate", "Agree")


def test_a_rule_introduced_is_lawmaking_but_border_controls_are_not():
    assert lawmaking(
        "The Scottish Executive agreed to introduce an all-out ban on smoking in pubs."
    ) == ["introduce"]
    assert lawmaking(
        "Germany decided on Friday to introduce border controls on its frontier with Austria."
    ) == []
    assert lawmaking(
        "If the recent Senate bill had been proposed in the nineteenth century, the tax "
        "would have made no sense."
    ) == []


def test_a_division_told_without_naming_the_bill_is_still_lawmaking() -> None:
    # BBC: "The Tories say they will vote against it unless …" stayed an election while
    # "we will vote against the bill" was lawmaking, two nodes for one vote; "opposition
    # parties voted against the accord" was an election too
    text = (
        "Ministers published the Prevention of Terrorism Bill on Tuesday. The Tories say "
        "they will vote against it unless the government backs down. Opposition parties "
        "in parliament voted against the accord on Thursday."
    )
    votes = [e for e in events(text) if e.lemma == "vote"]
    assert votes and all(e.type == "Legislate" for e in votes), votes


def test_voters_who_vote_against_a_plan_in_a_referendum_make_no_law() -> None:
    text = (
        "MPs debated the bill on Monday. In May, voters in the city voted against the plan "
        "for an elected mayor."
    )
    votes = [e for e in events(text) if e.lemma == "vote"]
    assert all(e.type != "Legislate" for e in votes), votes

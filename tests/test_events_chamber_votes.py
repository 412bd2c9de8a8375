"""A vote in a legislature is lawmaking, never an election (issue 19).

kg typed every "vote" an election unless it named the bill: "MPs voted themselves a
pay rise", "MPs voted to ban fox hunting", "the Commons voted by 300 to 200" and "a
vote in the Senate" were elections, though an election is the people choosing
officials. A chamber's vote, or its members', is now kg:Legislate whatever it is on;
a company's or a union's vote is a decision (no election either); voters and a
country voting in a referendum stay an election. All text is our own."""

from __future__ import annotations

from datetime import date

import pytest

from kg import nlp
from kg.extract import extract_document
from kg.model import Document

PUBLISHED = date(2025, 3, 14)


def vote_types(text: str) -> list[str]:
    """The type of every event whose word is "vote", in order."""
    document = Document(id="doc", text=text, source_text=text, published=PUBLISHED)
    found = extract_document(next(nlp.parse([text])), document).events
    return [e.type for e in found if e.lemma == "vote"]


@pytest.mark.parametrize(
    "text",
    [
        "MPs voted themselves a pay rise of 10% on Tuesday, angering unions.",
        "MPs voted to ban fox hunting with dogs in November last year.",
        "The Commons voted by 300 to 200 to reject the plan.",
        "Congress voted to impose new sanctions on Russia.",
        "The vote in the Senate was held late on Tuesday night.",
        "A parliamentary vote on the treaty is expected next month, ministers said.",
    ],
)
def test_a_chamber_s_vote_is_lawmaking(text: str) -> None:
    assert vote_types(text) and set(vote_types(text)) == {"Legislate"}, vote_types(text)


def test_shareholders_voting_elect_no_one() -> None:
    text = "Shareholders of Halden Foods voted on Friday to approve the merger with Corva."
    assert "Election" not in vote_types(text)


def test_a_referendum_and_voters_stay_an_election_beside_a_chamber_s_vote() -> None:
    assert vote_types(
        "Voters in Ohio voted heavily for the Republican candidate on Tuesday, officials "
        "said, and MPs in London voted to ban fox hunting on the same day."
    ) == ["Election", "Legislate"]


def test_the_vote_of_a_story_about_a_chamber_is_lawmaking() -> None:
    """ "The vote" with no one said to cast it, in a story about a parliament that
    names no election, is the chamber's; the same words beside voters and polls are
    not read so."""
    chamber = (
        "The Scottish Parliament must decide whether to let Westminster regulate online "
        "betting. The vote is due to be taken on Wednesday and is expected to be close."
    )
    assert vote_types(chamber) == ["Legislate"]
    polls = chamber.replace("is expected to be close", "polls show voters are split")
    assert vote_types(polls) == ["Election"]
    # beside voters, an assembly named before "vote" is what is voted for
    referendum = (
        "Ballot papers reached all voters in the north east on Monday, officials said. "
        "There were no other problems with the regional assembly vote, they said."
    )
    assert "Legislate" not in vote_types(referendum)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # the tally was a node of its own ("186 votes") beside the act it decided
        ("On Monday peers threw out a government plan to make identity cards compulsory "
         "by 186 votes to 142. It was the third defeat for ministers this month.", "threw"),
        ("The terror bill was passed by the Commons by 310 votes to 219 on Wednesday "
         "night, after a six-hour debate.", "passed"),
        # the parse hangs "by" on "to force": the tally still decided the seeing off
        ("On Tuesday the government saw off a backbench attempt to force changes to the "
         "schools bill by 297 votes to 203, despite a rebellion by 34 Labour MPs.",
         "attempt"),
    ],
)
def test_a_tally_is_one_event_with_the_act_it_decided(text: str, act: str) -> None:
    document = Document(id="doc", text=text, source_text=text, published=PUBLISHED)
    found = extract_document(next(nlp.parse([text])), document).events
    (tallied,) = [e for e in found if "votes" in {m.text for m in e.mentions}]
    assert act in {m.text for m in tallied.mentions}

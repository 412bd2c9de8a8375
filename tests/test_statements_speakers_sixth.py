"""Speakers, a sixth pass: a view no one voiced, found in a document. "Dock workers
favoured the strike, according to a survey by the union": the workers hold the stance,
but only the survey says so, and the survey is the source a reader and PolNeAR name,
as kg already does for the shares a poll reports ("51 percent said …, according to a
survey"). Texts of our own (invented people and places)."""

from __future__ import annotations

import pytest
from test_statements import containing, extract


@pytest.mark.parametrize(
    ("text", "fragment", "source"),
    [
        (
            "The port strike entered its third week on Monday. Dock workers in Halden "
            "favoured Ana Ruiz over the harbour board by nearly 20 points, according to "
            "polling by the dockers' union.",
            "Ana Ruiz",
            "polling",
        ),
        (
            "The council meets again in March. Harbour pilots believe the night ferry is "
            "safe, according to a survey by the Courier.",
            "the night ferry is safe",
            "survey",
        ),
    ],
    ids=["stance-in-a-poll", "belief-in-a-survey"],
)
def test_a_document_is_the_source_of_a_view_it_reports(
    text: str, fragment: str, source: str
) -> None:
    st = containing(extract(text), fragment)
    assert st.speaker_mention is not None
    assert source in st.speaker_mention.text


def test_a_speaker_relayed_by_a_document_still_speaks() -> None:
    """ "Ruiz said …, according to a transcript": Ruiz spoke; the transcript relays her
    words and stays the relay, not the speaker."""
    st = containing(
        extract(
            "Mayor Ana Ruiz said the night ferry would run again in May, according to a "
            "transcript of the council meeting."
        ),
        "the night ferry would run again",
    )
    assert (st.speaker_name or "").endswith("Ana Ruiz")
    assert st.relay is not None and "transcript" in st.relay


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        # the tokenizer splits "31%": the sign heads the share
        (
            "Turnout worries both parties. In a Courier poll released Monday, 31% of "
            "Liberals and Liberal-leaning voters said they were eager to vote.",
            "they were eager to vote",
        ),
        # the poll is in the share's own words
        (
            "The doubts have spread. Some 20 percent of people in a recent Courier poll "
            "said the ferry would never run again.",
            "the ferry would never run again",
        ),
        # the parse hangs the poll on what was said
        (
            "Sixty-seven percent of voters said they had an unfavourable view of the mayor "
            "in a Courier poll this month, the worst mark for any mayor in decades.",
            "an unfavourable view of the mayor",
        ),
    ],
    ids=["percent-sign", "poll-in-the-share", "poll-in-the-clause"],
)
def test_a_share_of_respondents_speaks_through_its_poll(text: str, fragment: str) -> None:
    st = containing(extract(text), fragment)
    assert st.speaker_mention is not None
    assert "poll" in st.speaker_mention.text


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "Harbour director Maria Lopez adds that she has released ten years of port "
            "accounts and called on Tom Berg and the council to do the same.",
            "Tom Berg and the council",
        ),
        (
            "The inquiry opened in May. Maria Lopez said she has published every ferry "
            "contract and urged the council to publish its own minutes.",
            "the council to publish its own minutes",
        ),
    ],
    ids=["adds-that-she-and-called", "said-she-and-urged"],
)
def test_a_person_s_report_names_her_for_the_she_of_a_verb_inside_it(
    text: str, fragment: str
) -> None:
    """ "Lopez adds that she has released … and called on …": the call is Lopez's, named
    at the report, as PolNeAR marks it and as "He said that he would …" names the outer
    "He"; the mention moves to the name."""
    (st,) = [s for s in extract(text) if s.text == fragment]
    assert st.speaker_mention is not None
    assert st.speaker_mention.text == "Maria Lopez"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Harbour director Maria Lopez has attacked the ferry board all week because "
            "it is paying off: she said she had raised 40,000 euros for her campaign since "
            "Monday.",
            "Maria Lopez",
        ),
        (
            "The dock workers have reached a rare agreement on the night ferry: by two to "
            "one, they say the service should run all year.",
            "The dock workers",
        ),
        (
            "The Greenport Courier closed its harbour office on Thursday; it said the rent "
            "had doubled since the spring.",
            "The Greenport Courier",
        ),
    ],
    ids=["she-after-a-colon", "they-after-a-colon", "it-after-a-semicolon"],
)
def test_a_pronoun_after_a_colon_or_semicolon_is_the_sentence_s_subject(
    text: str, speaker: str
) -> None:
    """ "Lopez has attacked the board: she said …": the clause after the break carries
    on the subject the sentence opened with, the speaker PolNeAR and a reader name."""
    (st,) = extract(text)
    assert st.speaker_mention is not None
    assert st.speaker_mention.text == speaker


def test_a_passive_label_s_agent_hung_on_the_label_is_the_speaker() -> None:
    """ "The scheme has been branded a “disgraceful waste” by councillors": the parse
    hangs "by councillors" on the label, not the cue; they still branded it, and no
    other name in the sentence (the ferry company in the scheme's words) did."""
    text = (
        "A failed council scheme to sell Greenport ferry tickets online has been branded "
        'a "disgraceful waste" by councillors.'
    )
    st = containing(extract(text), "disgraceful waste")
    assert st.speaker_mention is not None and st.speaker_mention.text == "councillors"

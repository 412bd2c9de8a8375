"""Speakers, a fifth pass: shapes where the text names the speaker in so many words but
the parse or the weighed choice named someone else. A cue set off by commas inside the
clause it reports ("Voters, Ana Ruiz said, want …", "The ferry, said Ana Ruiz, will
…"), and a question whose asker a passive names ("Asked by the Courier whether …").
Texts of our own (invented people and places)."""

from __future__ import annotations

import pytest
from test_statements import containing, extract


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        # the parse joins the name to the clause's subject ("Voters … Ruiz" as one
        # phrase) and hangs the cue on the clause with "Voters" for its subject
        (
            "The harbour has lost two ferry contracts since the spring. Voters, Mayor Ana "
            "Ruiz said on Thursday, want a port that works all year round.",
            "want a port that works all year",
        ),
        # the name after the cue: the parse gives the cue both subjects
        (
            "The harbour has lost two ferry contracts since the spring. The night ferry, "
            "said Mayor Ana Ruiz, will not run again before May.",
            "will not run again before May",
        ),
    ],
    ids=["name-before-the-cue", "name-after-the-cue"],
)
def test_the_name_of_an_aside_speaks(text: str, fragment: str) -> None:
    st = containing(extract(text), fragment)
    assert st.speaker_mention is not None
    assert st.speaker_mention.text.endswith("Ana Ruiz")
    assert (st.speaker_name or "").endswith("Ana Ruiz")


def test_what_an_inverted_aside_reports_keeps_its_subject() -> None:
    """ "The night ferry, said Ana Ruiz, will not run": the ferry is what she spoke of,
    part of what was said, though the parse hangs it on the cue."""
    text = "The night ferry, said Mayor Ana Ruiz, will not run again before May."
    st = containing(extract(text), "will not run again before May")
    assert st.content[0].text == "The night ferry"


def test_the_agent_of_a_question_asked_it() -> None:
    """ "Asked by reporters whether …, Ruiz said …": the reporters asked, Ruiz answered;
    the name nearer the weighed cue is not the asker."""
    statements = extract(
        "Mayor Ana Ruiz spent the morning at the harbour. Asked by reporters whether she "
        "would run again, Ruiz said the reopening of the ferry port came first."
    )
    asked = containing(statements, "whether she would run again").speaker_mention
    answered = containing(statements, "the reopening of the ferry port").speaker_name
    assert (asked.text if asked else None, (answered or "").endswith("Ruiz")) == ("reporters", True)


@pytest.mark.parametrize(
    ("text", "fragment", "speaker"),
    [
        # the texts come in a batch the verb takes: "a series of tweets"
        (
            "Former harbour master Tom Holt unleashed a series of tweets criticizing the "
            "mayor for the closure of the night ferry.",
            "the mayor for the closure",
            "Tom Holt",
        ),
        # a sign carried speaks for the ones carrying it
        (
            "Dock workers outside the town hall held signs calling the port closure a "
            "betrayal of the harbour.",
            "the port closure a betrayal",
            "Dock workers",
        ),
    ],
    ids=["a-series-of-tweets", "signs-held"],
)
def test_texts_put_out_speak_for_who_put_them_out(text: str, fragment: str, speaker: str) -> None:
    st = containing(extract(text), fragment)
    assert st.speaker_mention is not None
    assert st.speaker_mention.text.endswith(speaker)


def test_a_link_word_before_an_inverted_aside_is_not_said() -> None:
    """ "Also, said Tom Holt, the company has …": "Also" links the writer's sentences;
    what Holt said starts with the company."""
    text = (
        "The operator has lost two ferry contracts. Also, said harbour master Tom Holt, "
        "the company has briefly cut off three of its suppliers."
    )
    st = containing(extract(text), "cut off three of its suppliers")
    assert st.text == "the company has briefly cut off three of its suppliers"
    assert (st.speaker_name or "").endswith("Tom Holt")


@pytest.mark.parametrize(
    ("text", "fragment", "name"),
    [
        (
            "The harbour board met on Monday. Senator Maria Lindqvist quashed rumours she "
            "was planning to run for governor next year.",
            "to run for governor",
            "Maria Lindqvist",
        ),
        (
            "The port strike entered its third week. Union leader Peter Okafor showed no "
            "sign that he was planning to call it off before the talks.",
            "to call it off",
            "Peter Okafor",
        ),
    ],
    ids=["rumours-she-was-planning", "no-sign-that-he-was-planning"],
)
def test_a_pronoun_in_what_a_noun_says_is_the_outer_subject(
    text: str, fragment: str, name: str
) -> None:
    """ "X quashed rumours she was planning …": the clause says what the rumours are,
    and its "she" is X, the subject the noun hangs on; the mention shown is X's name,
    as for "X made clear that she …"."""
    st = containing(extract(text), fragment)
    assert st.speaker_name == name
    assert st.speaker_mention is not None and st.speaker_mention.text.endswith(name)


def test_a_pronoun_in_what_a_noun_says_stays_when_the_subject_cannot_be_it() -> None:
    """ "The Ministry of Transport quashed rumours she was planning …": a ministry is no
    "she"; the pronoun stays the mention, and the name is who it was resolved to."""
    text = (
        "Senator Maria Lindqvist spoke to reporters on Monday. Later the Ministry of "
        "Transport quashed rumours she was planning to run for governor next year."
    )
    st = containing(extract(text), "to run for governor")
    assert st.speaker_mention is not None and st.speaker_mention.text == "she"
    assert st.speaker_name == "Maria Lindqvist"

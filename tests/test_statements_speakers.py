"""Speakers of statements whose holder the text names in a shape the plain subject
rule misses: a pronoun in a clause that hangs on its antecedent's clause, a share of a
poll's respondents. Texts of our own (invented people and places)."""

from __future__ import annotations

import pytest
from test_statements import containing, extract, only


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        # a belief in a clause another verb takes: the holder is that verb's subject
        (
            "Mayor Lena Marsh has made clear that she believes the harbour deal will "
            "collapse before the winter.",
            "Lena Marsh",
            "Mayor Lena Marsh",
        ),
        (
            "Council members have decided that they want a new vote on the harbour plan "
            "next month.",
            "Council members",
            "Council members",
        ),
    ],
)
def test_pronoun_in_an_embedded_clause_names_the_subject_outside(
    text: str, name: str, mention: str
) -> None:
    st = only(extract(text))
    assert st.speaker_name == name
    assert st.speaker_mention is not None and mention.endswith(st.speaker_mention.text)


def test_pronoun_of_a_clause_of_time_stays_the_speaker() -> None:
    """ "as she announced": the pronoun is the speaker as the text gives it."""
    st = only(
        extract("Mayor Lena Marsh spoke to dockers as she announced a new plan for the harbour.")
    )
    assert st.speaker_name == "Lena Marsh"
    assert st.speaker_mention is not None and st.speaker_mention.text == "she"


def test_a_share_of_respondents_speaks_through_the_poll_it_answered() -> None:
    """ "In a poll …, 58 percent said …": the poll is the source, and what it reports
    a finding; nested under "a survey showed that …" too."""
    st = only(
        extract(
            "In a poll released on Monday by the Harbour Institute, 58 percent of residents "
            "said they opposed the new quay."
        )
    )
    assert (st.speaker_name, st.speaker_mention.text, st.mode) == ("a poll", "a poll", "finding")
    inner = [
        s
        for s in extract(
            "A survey by the dockers' union showed that 40 percent of its members said they "
            "would strike in the spring."
        )
        if s.text == "they would strike in the spring"
    ]
    assert [(s.speaker_mention.text, s.mode) for s in inner] == [("A survey", "finding")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mayor Lena Marsh seemed to accept the harbour plan on Tuesday.", "Lena Marsh"),
        ("Many voters appear to care more about the port than the budget.", "voters"),
        ("The harbour deal seems to favour the larger ports.", None),
    ],
)
def test_a_person_who_seems_to_do_something_holds_that_reading(
    text: str, speaker: str | None
) -> None:
    """ "Marsh seemed to accept …": a belief about a person (or people) is theirs; what
    a thing seems to do is nobody's."""
    st = only(extract(text))
    assert (st.mode, st.speaker_name) == ("belief", speaker)


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        (
            "Senator Ada Quist spoke in Leeds on Tuesday. She has also made clear she will "
            "seek to shape the new budget.",
            "Ada Quist",
            45,
        ),
        (
            "Councillor Tom Berg met the dockers at the quay. He hedged on whether he would "
            "back the harbour plan next month.",
            "Tom Berg",
            49,
        ),
        (
            "Councillor Tom Berg met the dockers at the quay. He has waffled of late as to "
            "whether he would support the harbour plan.",
            "Tom Berg",
            49,
        ),
    ],
)
def test_a_pronoun_under_the_same_pronoun_shows_the_outer_one(
    text: str, name: str, start: int
) -> None:
    """ "He hedged on whether he would back …": the clause's "he" is the outer "he", the
    one who hedges; the mention shown (and PolNeAR's Source) is the outer pronoun, the
    name stays the person both stand for."""
    st = only(extract(text))
    assert st.speaker_name == name
    assert st.speaker_mention is not None
    said = st.speaker_mention.text.lower()
    assert (said, st.speaker_mention.start) == ("she" if name == "Ada Quist" else "he", start)


def test_the_region_of_a_place_is_not_the_speaker() -> None:
    """ "in Salem, Oregon, Donald Trump went after …": the parse may take the region after
    the town for the subject; where it is, not who spoke, and the name beside it speaks."""
    st = only(
        extract(
            "Speaking at a rally in Salem, Oregon, Donald Trump went after Jeb Bush, calling "
            "him “a low-energy loser who cannot win.”"
        )
    )
    assert st.speaker_name == "Donald Trump"
    assert st.speaker_mention is not None and st.speaker_mention.text == "Donald Trump"


def test_first_person_in_a_transcript_line_is_the_line_s_speaker() -> None:
    """ "FALLIN: Well, I think …": the capitals before the colon name who says "I"; a
    label line ("UPDATE:") names no one, and "A:" leaves the "I" as it is."""
    text = (
        "Governor Mary Fallin spoke to the network on Sunday.\n\n"
        "TAPPER: Governor, do you think the nominee can heal the divisions?\n\n"
        "FALLIN: Well, I think the whole state needs to work together.\n\n"
        "UPDATE: We believe the interview will air again on Monday night.\n"
    )
    beliefs = {st.text: st for st in extract(text) if st.cue and st.cue.text == "think"}
    st = beliefs["the whole state needs to work together"]
    assert (st.speaker_name, st.speaker_mention.text) == ("FALLIN", "FALLIN")
    update = containing(extract(text), "will air again")
    assert update.speaker_mention is not None and update.speaker_mention.text == "We"

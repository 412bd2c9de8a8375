"""Who speaks when another verb makes or asks someone to speak (issue #19, statements).

Read in a BBC politics build: "The pressure prompted the prime minister to say the police
... would be consulted" gave a statement spoken by "The pressure". The one a verb makes
speak ("prompted", "forced", "led") is its object; the one only asked or urged to speak
said nothing yet. Texts of our own in those shapes."""

from __future__ import annotations

import pytest
from test_statements import extract


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Police chiefs backed a change to the law last month. The pressure prompted the "
            "prime minister to say the prosecutors would be consulted as part of a review.",
            "the prime minister",
            "the prosecutors would be consulted",
        ),
        (
            "The leaked memo forced Transport Secretary Ann Boyd to admit that the rail "
            "figures had been wrong for a year.",
            "Ann Boyd",
            "the rail figures had been wrong",
        ),
        (
            "The scandal led the club's chairman to declare that he would resign at the "
            "end of the season.",
            "the club's chairman",
            "he would resign",
        ),
    ],
)
def test_the_one_made_to_speak_is_the_speaker(text: str, speaker: str, content: str) -> None:
    said = [s for s in extract(text) if content in s.text]
    assert said, [(s.speaker_name, s.text) for s in extract(text)]
    assert all(speaker.endswith(s.speaker_name or "") and s.speaker_name for s in said), [
        (s.speaker_name, s.text) for s in said
    ]


def test_the_one_only_asked_to_speak_said_nothing() -> None:
    text = (
        "Opposition MPs urged the health minister to explain why the hospital had closed "
        "its maternity ward. Reporters asked her to say whether the ward would reopen."
    )
    found = extract(text)
    # the asking is told (the MPs urged, the reporters asked); no one said why or whether
    assert not [s for s in found if s.text.startswith(("why", "whether"))], [
        (s.speaker_name, s.text) for s in found
    ]
    # nor does a wish that another would admit something make it said
    wished = extract("Many in Yerevan would prefer Ankara to admit that the killings were a crime.")
    assert not [s for s in wished if s.type == "confirmation"], [
        (s.speaker_name, s.type, s.text) for s in wished
    ]


def test_a_speaker_who_acts_to_speak_still_speaks() -> None:
    # "took questions to explain": the subject speaks, no object was made to
    found = extract("The mayor held a news conference to explain that the budget was balanced.")
    assert [s.speaker_name for s in found if "budget was balanced" in s.text] == ["The mayor"]

"""Speakers in interview transcripts and in appositions the tagger misreads.

"Q:" and "A:" name no one: the question is the interviewer's, the answer (and the "I"
inside it) the interviewee's, as the introduction names them. And "The Shadow
Secretary …, Theresa May, said" is a person speaking even where the tagger reads the
surname as a month. Texts of our own (invented people and places)."""

from __future__ import annotations

import pytest
from test_extract import run
from test_statements import containing, extract

from kg.model import PERSON

INTRO = (
    "Harbour minister Ana Ruiz spent Tuesday in Halden, where she opened a new ferry "
    "terminal. She later spoke with {press} about the port strike. Here is an edited "
    "transcript of the interview.\n\n"
)
TURNS = (
    "Q: Dock workers say the board has ignored them for a year.\n\n"
    "A: That is simply not true. I met the union leaders twice in March, and I think "
    "we are close to a deal.\n\n"
    "Q: Will the night ferry run again before the summer?\n\n"
    "A: It will, and the crews are ready for the first sailing in May.\n\n"
    "I told the board on Monday that the summer timetable would hold.\n"
)


def test_answers_are_the_interviewee_s_and_questions_the_interviewer_s() -> None:
    statements = extract(INTRO.format(press="Courier reporter Tom Berg") + TURNS)
    assert not {st.speaker_name for st in statements} & {"Q", "A"}
    answer = containing(statements, "simply not true")
    assert answer.speaker_name == "Ana Ruiz"
    belief = containing(statements, "close to a deal")
    assert belief.speaker_name == "Ana Ruiz"
    assert belief.speaker_mention is not None and belief.speaker_mention.text == "I"
    question = containing(statements, "night ferry run again")
    assert question.speaker_name == "Tom Berg"
    carried = containing(statements, "summer timetable")  # the answer's second paragraph
    assert carried.speaker_name == "Ana Ruiz"


def test_an_interviewer_the_introduction_does_not_single_out_stays_unnamed() -> None:
    """Two reporters asked the questions: the letter shows the turn, but names no
    actor "Q"."""
    statements = extract(
        INTRO.format(press="Courier reporter Tom Berg and Post writer Lena Holm") + TURNS
    )
    question = containing(statements, "night ferry run again")
    assert question.speaker_name is None
    assert question.speaker_mention is not None and question.speaker_mention.text == "Q"
    assert containing(statements, "It will").speaker_name == "Ana Ruiz"


def test_a_claim_reported_in_a_question_keeps_its_own_speaker() -> None:
    """ "Q: Dock workers say …": the parse takes "Q" as a second subject of "say"."""
    statements = extract(INTRO.format(press="Courier reporter Tom Berg") + TURNS)
    said = [st for st in statements if st.cue is not None and st.cue.text == "say"]
    assert said and said[0].speaker_name == "Dock workers"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Secretary of State for the Family, Theresa May, said the plan was late.",
            "Theresa May",
        ),
        (
            "The Shadow Secretary of State for Health, Theresa May, said the plan would "
            "cost billions.",
            "Theresa May",
        ),
        (
            "The Shadow Chancellor of the Exchequer, Julia August, said the sums were wrong.",
            "Julia August",
        ),
    ],
    ids=["may", "may-in-an-organisation", "august"],
)
def test_a_full_name_in_apposition_to_an_office_speaks(text: str, name: str) -> None:
    st = extract(text)[0]
    assert st.speaker_name == name
    assert st.speaker_mention is not None and st.speaker_mention.text == name


def test_the_apposed_full_name_is_a_person_actor() -> None:
    """The actor list, not only the statement, holds her: the graph links her words."""
    result = run(
        "The Secretary of State for the Family, Theresa May, said the plan was late. "
        "She said it would cost more than the minister had claimed."
    )
    people = {m.name for m in result.actors if m.kind == PERSON}
    assert "Theresa May" in people
    assert all(st.speaker_name == "Theresa May" for st in result.statements)

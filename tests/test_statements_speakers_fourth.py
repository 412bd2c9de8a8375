"""Speakers, a fourth pass: shapes where the rules named the wrong person or no one.
A question set on an answer ("Asked whether …, Ruiz said"), a verb joined to a passive
("Ruiz was joined by Holt and joked"), a speaker set after the cue that the parse hung
elsewhere ("“…,” said the woman, who …"), and a belief beside a quote that speech cues.
Texts of our own (invented people and places)."""

from __future__ import annotations

import pytest
from test_statements import containing, extract, only


def test_the_one_asked_is_not_the_asker() -> None:
    """ "Asked whether …, Ruiz said …": Ruiz answers; the question is no one's named."""
    statements = extract(
        "Asked whether the ferry port would reopen in May, Mayor Ana Ruiz said the talks "
        "with the operator would go on."
    )
    question = containing(statements, "the ferry port would reopen")
    answer = containing(statements, "the talks with the operator")
    assert question.speaker_name is None and question.speaker_mention is None
    assert (answer.speaker_name or "").endswith("Ana Ruiz")


def test_the_one_told_asked_the_question() -> None:
    """ "X told the Courier when asked if …": the Courier asked, X answered."""
    statements = extract(
        "“I stand by every word of the harbour report,” Mayor Ana Ruiz told the Salem "
        "Courier on Thursday when asked if she still believes the quay cannot be saved."
    )
    question = containing(statements, "the quay cannot be saved")
    answer = containing(statements, "every word of the harbour report")
    assert question.speaker_mention is not None
    assert question.speaker_mention.text == "the Salem Courier"
    assert (answer.speaker_name or "").endswith("Ana Ruiz")


def test_a_verb_joined_to_a_passive_shares_its_subject_not_its_agent() -> None:
    """ "Ruiz was joined on stage by Holt and joked, “…”": Ruiz joked, not Holt."""
    statements = extract(
        "As the crowd cheered, Mayor Ana Ruiz was joined on stage by Governor Tom Holt and "
        "joked, “You are all being far too kind to me tonight.”"
    )
    st = containing(statements, "far too kind to me")
    assert (st.speaker_name or "").endswith("Ana Ruiz")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # the parse makes "the woman" the subject of the relative clause's verb
        (
            "“One man came in and said we should close the shop,” said the woman, who like "
            "many in the town did not want to be named.",
            "the woman",
        ),
        # "another" standing for a person, which the parse takes for an object
        (
            "“Better watch out for the council since it said the vote matters more,” "
            "tweeted another.",
            "another",
        ),
        # an age standing for a person, which the tagger marks as a date
        (
            "“Our mayor is, and always has been, a fine leader,” said the 46-year-old. “Now "
            "she will work for you.”",
            "46-year-old",
        ),
    ],
)
def test_a_speaker_set_after_the_cue_is_found(text: str, mention: str) -> None:
    st = extract(text)[0]
    assert st.kind == "direct"
    assert st.speaker_mention is not None and st.speaker_mention.text.endswith(mention)


def test_a_belief_beside_a_quote_is_not_its_cue_where_speech_is_near() -> None:
    """ "…, the governor said, that if his son had planned to …, “I would …”": the quote
    is the governor's speech, not the son's plan."""
    statements = extract(
        "The plan is so reckless, the governor said, that if his son had planned to join "
        "the new harbour police, “I would have stood in the doorway to stop him.”"
    )
    st = containing(statements, "stood in the doorway")
    assert st.speaker_name == "the governor"
    assert st.mode == "speech"


def test_that_said_is_a_link_not_a_report() -> None:
    """ "That said, …" concedes a point and turns to the next: no one named "That" says
    what follows; a report in the same sentence keeps its own speaker."""
    statements = extract(
        "That said, the paper's readers tend to be older, which is why its editors "
        "indicate that the owners see the new podcast as a key part of its future."
    )
    assert all((st.speaker_name or "").lower() != "that" for st in statements)
    assert not any("readers tend to be older" in st.text for st in statements)


def test_a_belief_deep_in_reported_speech_is_the_reporters_claim() -> None:
    """ "Holt said the vote was a sign that the mayor did not know …": what the mayor
    knows is Holt's claim, one statement of Holt's, not a belief the text gives her."""
    statements = extract(
        "Councillor Tom Holt said the vote was a sign that the mayor did not know what "
        "she was doing with the harbour budget."
    )
    st = containing(statements, "the mayor did not know")
    assert (st.speaker_name or "").endswith("Tom Holt")
    assert [s.speaker_name for s in statements if s.mode in {"belief", "stance"}] == []

    # a relative clause stands on its own: "who wants a new quay" is the mayor's
    kept = extract(
        "The mayor, who wants a new quay for the harbour, said the budget would be ready in May."
    )
    assert containing(kept, "a new quay for the harbour").mode == "belief"


def test_a_message_sent_to_people_is_the_senders() -> None:
    """ "The senator emailed supporters saying: “…”": the parse hangs "saying" on the
    supporters; the senator wrote it."""
    statements = extract(
        "Senator Ana Ruiz emailed supporters saying: “The struggle for the harbour "
        "continues, and we will win it.”"
    )
    st = containing(statements, "The struggle for the harbour")
    assert (st.speaker_name or "").endswith("Ana Ruiz")


def test_a_view_a_passive_names_is_held_by_its_agent() -> None:
    """ "was viewed as a victory by some in the movement": the view is theirs; with no
    "by", a hedge stays no one's."""
    held = only(extract("The harbour strike was viewed as a victory by some in the union."))
    assert held.mode == "belief"
    assert held.speaker_mention is not None and held.speaker_mention.text == "some"
    nobody = only(extract("The mayor is seen as a safe pair of hands."))
    assert nobody.speaker_name is None


@pytest.mark.parametrize(
    ("text", "writer"),
    [
        (
            "An article written by Ian Tuttle of the Harbour Review accuses the mayor of "
            "selling out the dockers.",
            "Ian Tuttle",
        ),
        (
            "A living wage in Salem is about $14 an hour, according to calculations by Amy "
            "Glasmeier of the Salem Institute.",
            "Amy Glasmeier",
        ),
    ],
)
def test_a_text_speaks_for_the_one_who_wrote_it(text: str, writer: str) -> None:
    """ "An article written by X accuses …", "according to calculations by X": X."""
    st = only(extract(text))
    assert st.speaker_mention is not None and st.speaker_mention.text == writer

"""Within one article, mentions the text itself marks as other happenings stay apart:
"another man tested positive" after "a man who had tested positive"; "the spring
conference" beside "the autumn conference"; "the first round of talks" and "the second round".
Wrong groups of these kinds were read in builds of real pages and BBC politics (issue 19,
session 12): four positive tests of four men were one event, Labour's autumn conference
in Manchester held Blackpool's spring conference.

Every text here is written for the project.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_event_groups import with_mention  # the events a mention word is in

from kg import nlp
from kg.extract import extract_document
from kg.model import ASSERTED, DocResult, Document


def run(text: str) -> DocResult:
    document = Document(id="doc", text=text, source_text=text, published=date(2025, 3, 14))
    return extract_document(next(nlp.parse([text])), document)


def words(result: DocResult, *ws: str) -> list[list[str]]:
    """The mention words of each event holding one of ``ws``, in text order."""
    return [[m.text for m in e.mentions] for e in with_mention(result, *ws)]


def test_another_person_doing_the_same_thing_is_another_happening() -> None:
    result = run(
        "A 72-year-old man from Cuttack who had tested positive for the virus died on "
        "Monday, the health department said. Doctors said his condition had worsened "
        "over the weekend. Another 45-year-old man from the city tested positive on "
        "Tuesday, raising the number of cases in the state to 42. Another woman from Puri "
        "tested positive late on Tuesday."
    )
    assert [len(e.mentions) for e in with_mention(result, "tested")] == [1, 1, 1]


def test_another_person_in_a_relative_clause_is_another_happening() -> None:
    result = run(
        "A 72-year-old man from Cuttack tested positive for the virus on Monday, the "
        "health department said. Doctors said he was being treated at home. Officials "
        "said another man who had tested positive in Puri was in a stable condition."
    )
    assert [len(e.mentions) for e in with_mention(result, "tested")] == [1, 1]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (  # a season says which conference
            "The Labour Party will hold its autumn conference in Manchester next year, it "
            "has been confirmed. Blackpool will get the smaller spring conference instead, "
            "in what officials called a consolation.",
            "conference",
        ),
        (  # an ordinal says which round
            "The first round of talks between the unions and the rail operator ended "
            "without a deal on Monday. Union leaders said the second round of talks would "
            "test whether the company was serious.",
            "talks",
        ),
    ],
)
def test_a_noun_marked_as_another_one_of_its_kind_is_its_own_event(text: str, word: str) -> None:
    told = words(run(text), word)
    assert [ws.count(word) for ws in told] == [1, 1]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (  # no mark, the same man: one test
            "A 72-year-old man from Cuttack tested positive for the virus on Monday, the "
            "health department said. The man tested positive after returning from Delhi.",
            "tested",
        ),
        (  # the same mark twice: one round
            "The second round of talks between the unions and the rail operator will open "
            "on Monday, officials said. Union leaders said the second round of talks would "
            "test whether the company was serious.",
            "talks",
        ),
        (  # "a man" and "the suspect" may be one person: one surrender
            "A man from Leeds turned himself in to police on Monday, officers said. He had "
            "been sought since the robbery. The suspect turned himself in at the city's "
            "main police station shortly after noon.",
            "turned",
        ),
        (  # people named by what they do: "thieves" are "the robbers"
            "Thieves rammed a 4x4 into a jewellery shop near Place Vendome early on Monday, "
            "police said. Nobody was hurt. Witnesses said the robbers rammed the car through "
            "the front window before fleeing on foot.",
            "rammed",
        ),
    ],
)
def test_one_happening_told_twice_without_another_mark_is_one_event(text: str, word: str) -> None:
    # guard: the marks and other doers split only what they set apart
    (event,) = with_mention(run(text), word)
    assert [m.text for m in event.mentions] == [word, word]


# four sentences of other matters: what lies between two mentions told far apart
BETWEEN = (
    "Ministers met again on Tuesday. The opposition wants a vote before the summer. "
    "Teachers' unions have asked for more funds. Officials expect a decision by June. "
)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "The Tories said Labour's earlier success on truancy came because schools "
            f"tackled the easy cases first. {BETWEEN}The new measures come on top of "
            "national truancy sweeps, the sixth of which takes place on Monday.",
            "come",
        ),
        (
            "While the laws have changed, campaigners say their protections are still not "
            f"applied. {BETWEEN}Shop owners said the mood on the street had changed since "
            "the riots in May.",
            "changed",
        ),
    ],
)
def test_an_untyped_word_with_another_doer_is_another_happening(text: str, word: str) -> None:
    # "success came", "measures come": a word with no type of its own is only its doer
    told = with_mention(run(text), word, word.replace("come", "came"))
    assert told and all(len(e.mentions) == 1 for e in told)


def test_one_thing_named_twice_nearby_is_one_doer() -> None:
    # guard: near each other, "the ships" and "30 vessels" are one thing waiting
    result = run(
        "The employers chose to wait, and now the ships are waiting too, the union leader "
        "said. At least 30 vessels were waiting at anchor off the coast on Wednesday."
    )
    (waiting,) = with_mention(result, "waiting")
    assert len(waiting.mentions) == 2


def test_an_election_told_by_a_bare_noun_is_the_election_to_come() -> None:
    # "in the election" has no tense of its own: it is the expected May election, and
    # says nothing against its being still to come
    result = run(
        "Mr Balls stepped down from his Treasury post to stand as a Labour candidate in "
        "the election. He said a rise in interest rates ahead of an expected May election "
        "would not hurt Labour's chances."
    )
    (election,) = with_mention(result, "election")
    assert [m.text for m in election.mentions] == ["election", "election"]
    assert election.factuality != ASSERTED


def test_the_last_election_is_not_the_next_one() -> None:
    # guard: "last" and "next" mark two elections
    result = run(
        "Labour lost seats at the last election, the party's report said on Tuesday. "
        "Officials said they were confident about the next election, which is expected "
        "in May."
    )
    assert [len(e.mentions) for e in with_mention(result, "election")] == [1, 1]

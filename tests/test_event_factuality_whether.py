"""An act inside a "whether" or "if" clause, however deep, is only asked about (issue 19).

kg read "whether to allow Westminster to legislate" as Westminster legislating, told
as a fact: the mark was looked for on the trigger and the verbs it is an ``xcomp``
of, and "legislate" is the complement of "allow", which holds the "whether". The
walk now goes up the clauses the trigger fills, and stops at a subject, a relative
clause or a phrase of circumstance, which the question does not reach ("whether the
soldiers who killed the villagers will be tried" tells the killing, "if a blow was
struck at the election" supposes no election). All text is our own."""

from __future__ import annotations

from datetime import date

import pytest

from kg import nlp
from kg.extract import extract_document
from kg.model import Document

PUBLISHED = date(2025, 3, 14)


def readings(text: str) -> dict[str, str]:
    """Mention word (lower case) -> the factuality of its event."""
    document = Document(id="doc", text=text, source_text=text, published=PUBLISHED)
    result = extract_document(next(nlp.parse([text])), document)
    return {m.text.lower(): e.factuality for e in result.events for m in e.mentions}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Scottish Parliament will decide on Tuesday whether to allow Westminster to "
         "legislate on the matter.", "legislate"),
        ("Ministers face a decision on whether to let the army withdraw from the town.",
         "withdraw"),
        ("The board must decide whether to let the bank merge with its rival.", "merge"),
    ],
)
def test_an_act_under_whether_is_hypothetical(text: str, word: str) -> None:
    assert readings(text).get(word) == "hypothetical", readings(text)


def test_the_question_does_not_reach_a_relative_clause() -> None:
    text = (
        "It is unclear whether the soldiers who killed the villagers on Monday will be "
        "tried, or whether ministers will allow the army to withdraw from the town."
    )
    found = readings(text)
    assert found.get("killed") == "asserted" and found.get("withdraw") == "hypothetical"
    # nor a phrase of circumstance: the election is coming, only the blow is supposed
    blow = (
        "The charity said if a decisive blow was struck at the general election in May "
        "it would be by older voters."
    )
    assert readings(blow).get("election") == "reported"


@pytest.mark.parametrize(
    ("text", "word"),
    [  # what the odds say someone may do (BBC entertainment 328: "5/2 favourite to
        # play 007" was told as played, and joined his Oscar nomination)
        ("Bookmakers say Ana Ruiz is now tipped to win the best actress prize.", "win"),
        ("He has moved from 4/1 to 5/2 favourite to play 007, a bookmaker said.", "play"),
    ],
)
def test_an_act_the_odds_favour_is_only_possible(text: str, word: str) -> None:
    assert readings(text).get(word) == "hypothetical", readings(text)


def test_so_what_if_grants_what_it_names() -> None:
    # a reader's "so what if she won" concedes the win (BBC entertainment 256's comment
    # made a singer's real award a hypothetical "may win" of its own)
    text = (
        "So what if Mara Lind won the best newcomer award in London last week? "
        "She deserved it more than anyone."
    )
    assert readings(text).get("won") == "asserted", readings(text)
    # a question that supposes stays hypothetical
    supposed = "What if Mara Lind wins the best newcomer award in London next week?"
    assert readings(supposed).get("wins") == "hypothetical", readings(supposed)


@pytest.mark.parametrize(
    ("text", "word"),
    [  # a web page's "the doctors' association has proposed that hospitals scale down
        # to emergency mode" was told as done: what is proposed or demanded, in the
        # subjunctive, is a plan put forward
        ("The nurses' union has proposed that the Welsh government shut three wards "
         "over the winter.", "shut"),
        ("The mediator suggested that the two delegations meet in Oslo.", "meet"),
        ("Residents demanded that the council withdraw the planning permit.", "withdraw"),
    ],
)
def test_what_is_proposed_is_planned(text: str, word: str):
    assert readings(text).get(word) == "planned", readings(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [  # a tense tells a claim: the act as the text tells it
        ("The union insisted that the board closed three wards last winter.", "closed"),
        ("The mediator suggested that the delegations had met in Oslo in secret.", "met"),
    ],
)
def test_what_is_claimed_with_a_tense_is_not_a_plan(text: str, word: str):
    assert readings(text).get(word) in {"asserted", "reported"}, readings(text)

"""A thing of "its own" is another of its kind, however near (issue 19).

A real page: 246 lawmakers signed "an amicus brief sent to the Supreme Court", and two
sentences on "Sen. Josh Hawley sent his own brief": kg made one sending of the two
briefs, titled by Hawley. "His own" says it is not the brief told before. Told of the
same letter again, the sending stays one. Texts are ours."""

from __future__ import annotations

from test_event_groups import run

TWO_LETTERS = (
    "Forty MPs from three parties signed a letter sent to the prime minister on Monday "
    "urging a free vote on the bill.\n"
    "The letter comes a week before the budget.\n"
    "Ann Boyd, the transport secretary, sent her own letter later that day.\n"
)

ONE_LETTER = (
    "Ann Boyd sent a letter to the prime minister on Monday urging a free vote on the bill.\n"
    "The letter comes a week before the budget.\n"
    "Her letter, sent after weeks of talks with unions, asks for a vote before Easter.\n"
)


def _sendings(text: str) -> list:
    return [e for e in run(text).events if any(m.text.startswith("sen") for m in e.mentions)]


def test_her_own_letter_is_another_sending():
    sent = _sendings(TWO_LETTERS)
    assert len(sent) == 2, [(e.title, [m.text for m in e.mentions]) for e in sent]


def test_the_same_letter_sent_told_twice_is_one_sending():
    sent = _sendings(ONE_LETTER)
    assert len(sent) == 1, [(e.title, [m.text for m in e.mentions]) for e in sent]

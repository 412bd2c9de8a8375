"""Statements as a reader of a BBC build sees them (issue 23): no borrowed phrase as a quote.

Read on BBC politics and business builds: a word or two in quotation marks inside the
writer's own sentence came out as a direct statement of its own ("Home Office:
“prematurely”", "“disgraceful waste”", "“one-euro jobs”"). A phrase quoted mid-sentence is
the writer's, borrowed; a short quote that stands as an utterance ("said: “Never.”", "He
said “no”.") is still one. The texts are ours, in those shapes.
"""

from __future__ import annotations

import pytest
from test_statements import extract


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            'Ruth Okafor apologised to MPs after the Home Office announced "prematurely" '
            "via press release a review of the sentencing rules.",
            "prematurely",
        ),
        (
            "Strikes at the carmakers have shown the anger of workers. Among the new "
            "measures are the so-called “one-euro jobs” which top up benefits. The scheme "
            "starts in January, economists said.",
            "one-euro jobs",
        ),
        (
            "Ms Varga called on him to apologise for his “ill-judged comment” and to withdraw it.",
            "ill-judged comment",
        ),
    ],
)
def test_a_phrase_quoted_mid_sentence_is_no_direct_statement(text: str, phrase: str) -> None:
    direct = [s for s in extract(text) if s.kind == "direct"]
    assert not any(s.text.strip(" .") == phrase for s in direct), [
        (s.speaker_name, s.text) for s in direct
    ]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('Asked whether he would resign, the minister Alan Pike said: "Never."', "Never."),
        ('Asked whether he would resign, the minister Alan Pike said "no".', "no"),
    ],
)
def test_a_short_quote_standing_as_an_utterance_stays(text: str, said: str) -> None:
    direct = [s for s in extract(text) if s.kind == "direct"]
    assert [s.text for s in direct] == [said]
    assert direct[0].speaker_name == "Alan Pike"

"""Event cards (kg.export.cards): what each card says about the statements on its event."""

from __future__ import annotations

import copy
from datetime import date

from conftest import HOSTILE_CHANNEL

from kg.export.cards import render
from kg.model import BuildResult, TimeValue


def statement_lines(text: str, heading: str) -> list[str]:
    """The statement bullets of the card whose title line contains ``heading``."""
    card = next(c for c in text.split("\n## ") if heading in c.split("\n", 1)[0])
    block = card.split("### Statements", 1)[1].split("\n### ", 1)[0]
    return [line for line in block.splitlines() if line.startswith("- ")]


def test_statements_show_speaker_type_kind_date_and_channel(news_result: BuildResult):
    lines = statement_lines(render(news_result), "agree to cut tariffs")
    assert lines == [
        "- Maria Lindqvist (claim, direct, 2025-05-12, told reporters): "
        "“We have closed the gaps that mattered most to our exporters”",
        "- Kenji Okada (announcement, indirect, 2025-05, in a statement): "
        "“the deal would be signed in July”",
    ]


def test_statement_date_forms_and_a_plain_addressee(news_result: BuildResult):
    result = copy.deepcopy(news_result)
    lindqvist, okada, _ = result.statements
    lindqvist.time = TimeValue("last week", date(2025, 5, 5), date(2025, 5, 11), "week")
    lindqvist.cue = None  # no "told": the audience is given as "to …"
    okada.time = TimeValue("recently")  # no dates: the words of the text
    okada.channel, okada.addressee, okada.type = None, "the Diet", "promise"
    lines = statement_lines(render(result), "agree to cut tariffs")
    assert lines[0].startswith(
        "- Maria Lindqvist (claim, direct, 2025-05-05 to 2025-05-11, to reporters): "
    )
    assert lines[1].startswith("- Kenji Okada (promise, indirect, recently, to the Diet): ")


def test_statement_channel_is_escaped(news_result: BuildResult):
    text = render(news_result)
    assert HOSTILE_CHANNEL not in text and "<svg" not in text
    (line,) = statement_lines(text, "Protest outside the talks")
    assert "(warning, mixed, on &lt;svg onload=" in line
    assert "window.\\_\\_pwned=7" in line

"""Words that link or describe rather than tell a happening (issue 19), read on BBC
politics: "14% of people aged between 18 and 34" gave the event "People aged", and
"…, prompting unions representing 4.5m workers to threaten united action" the event
"Prompting unions" beside the threat it led to. Beside each, the real event of the
same sentence, which must stay."""

from __future__ import annotations

import pytest
from test_event_junk_states import found  # (type, mention word) of a text's events


@pytest.mark.parametrize(
    ("text", "junk", "kept"),
    [
        ("In a poll for the council, 31% of voters aged between 18 and 24 said they "
         "would back the new tram line.", "aged", None),
        ("Residents aged over 70 were moved to a shelter in Perth on Tuesday.", "aged",
         "moved"),
        ("The bus company said it was reviewing its pension scheme, prompting unions "
         "representing 9,000 drivers to threaten a strike.", "prompting", "threaten"),
        ("The mill shut on Friday, spurring hundreds of workers to march on the town "
         "hall.", "spurring", "march"),
    ],
)  # fmt: skip
def test_a_link_or_an_age_is_no_event(text: str, junk: str, kept: str | None) -> None:
    words = [w for _, w in found(text)]
    assert junk not in words, found(text)
    if kept is not None:
        assert kept in words, found(text)


def test_a_prompting_with_its_own_event_object_stays_one_event() -> None:
    """The guard: "prompting the evacuation of the town" tells the evacuation, which
    the prompting words stay part of."""
    words = [w for _, w in found("The dam burst on Monday, prompting the evacuation of the town.")]
    assert "evacuation" in words or "prompting" in words

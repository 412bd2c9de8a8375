""""The two men", "the pair", "both sides" told by the two names the text gave them
just before (issue 19, point 5): BBC tech's "The two men faced charges" said not who."""

from __future__ import annotations

import pytest
from test_titles_subjects import titles


@pytest.mark.parametrize(
    ("text", "word", "title"),
    [
        (
            "Londoner Tom Hale and Welshman Mark Dunn have admitted fraud at a court in "
            "Cardiff. The two men faced charges after a raid in June by police.",
            "faced",
            "Tom Hale and Mark Dunn faced charges",
        ),
        (
            "Sue Grant and Jo Pike set a world record in the pairs event. The pair won gold "
            "in Lisbon last year.",
            "won",
            "Sue Grant and Jo Pike won gold in Lisbon",
        ),
        (
            "Ministers from France and Germany met in Brussels on Friday. Both sides agreed "
            "to a plan to cut farm subsidies.",
            "agreed",
            "France and Germany agreed",
        ),
    ],
)
def test_a_pair_is_told_by_the_two_names_before(text: str, word: str, title: str) -> None:
    got = titles(text)
    assert got.get(word) == title, got


def test_a_pair_among_three_names_is_left_as_written() -> None:
    # three people named before: which two "the two men" are is a guess
    got = titles(
        "Police named the driver as Tim Cole. Joe Bright, Ann Bright and Sam Hill were "
        "hurt. The two men were arrested in Leeds on Monday."
    )
    assert got.get("arrested", "").startswith("The two men"), got

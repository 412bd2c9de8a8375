"""The detector-to-graph gap (issue 19): a participle with a date of its own ("charges
filed Friday") tells one happening and reaches the graph, as ECB+ train marks it; a
participle that says what a thing is for ("cuts designed to avert bankruptcy") or
with a date only elsewhere in the sentence stays out, as real pages need."""

from __future__ import annotations

import pytest
from test_event_junk_states import found  # (type, mention word) of a text's events


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The driver had a blood-alcohol level five times the legal limit, according to "
         "charges filed Friday.", "filed"),
        ("Shares of the company traded on Monday fell sharply.", "traded"),
    ],
)  # fmt: skip
def test_a_participle_with_its_own_date_is_an_event(text: str, word: str):
    assert word in [w for _, w in found(text)], found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Protesters fought pitched battles with police on Monday, furious at budget cuts "
         "designed to avert bankruptcy.", "designed"),
        ("On Thursday the department issued rules changing the way it runs the act.",
         "changing"),
        ("Stores must stop selling the products covered under the ban within 30 days.",
         "covered"),
    ],
)  # fmt: skip
def test_a_participle_without_its_own_date_stays_out(text: str, word: str):
    assert word not in [w for _, w in found(text)], found(text)

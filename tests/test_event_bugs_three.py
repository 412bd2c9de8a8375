"""Three event bugs seen on real pages (issue 19), each on our own text beside the case
that must stay: a participle of mediation is a role in the talks, not a second event;
"came under fire" is criticism or shooting, never a blaze."""

from __future__ import annotations

import pytest
from test_event_junk_states import found  # (type, mention word) of a text's events


@pytest.mark.parametrize(
    "text",
    [
        "The minister came under fire from critics for the delay to the rail line.",
        "The government has come under fire for its handling of the flood relief.",
        "The convoy came under fire from gunmen outside the town on Monday.",
    ],
)
def test_under_fire_is_never_a_blaze(text: str):
    assert "Disaster" not in {t for t, _ in found(text)}, found(text)


def test_under_fire_from_gunmen_is_shooting_and_a_real_fire_stays_a_disaster():
    assert ("UseOfForce", "fire") in found("A patrol came under fire from rebels on Monday.")
    assert ("Disaster", "fire") in found("The fire destroyed a warehouse in Leeds on Monday.")

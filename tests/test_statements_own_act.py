"""A speaker's second act, which the parse hangs inside what they said (read on BBC
politics: "Tony Blair said Labour would set out plans … and attacked the Tory plans").

The reported clause ends where the speaker's own act begins: what they said is not
"… and attacked the Tory plans", and the one who attacked is the speaker, not the
subject of the reported clause. A verb both halves of a report share stays reported
("said prices rose in March and fell in April"). The texts are ours.
"""

from __future__ import annotations

import pytest
from test_statements import extract


def _by_cue(text: str) -> dict[str, tuple[str | None, str]]:
    """Each statement's cue word with its speaker's name and its content."""
    return {s.cue.text: (s.speaker_name, s.text) for s in extract(text) if s.cue is not None}


@pytest.mark.parametrize(
    ("text", "said", "act", "speaker"),
    [
        (
            "Ruth Okafor said the party would publish its plans for the railways next "
            "month and attacked the government's record on fares.",
            "the party would publish its plans for the railways next month",
            "attacked",
            "Ruth Okafor",
        ),
        (
            "The transport minister said the talks had collapsed, and accused the drivers' "
            "union of wrecking a fair offer.",
            "the talks had collapsed",
            "accused",
            "The transport minister",
        ),
    ],
)
def test_the_speakers_own_act_is_not_what_they_said(
    text: str, said: str, act: str, speaker: str
) -> None:
    cues = _by_cue(text)
    assert cues["said"][1].strip(" .") == said, cues
    if act in cues:  # the act may be a statement of its own: then the speaker's
        assert cues[act][0] == speaker, cues


def test_a_verb_both_halves_share_stays_reported() -> None:
    """ "said sales rose in March and fell in April": "fell" is what was said."""
    cues = _by_cue("The retailer said sales rose in March and fell in April.")
    assert cues["said"][1].strip(" .") == "sales rose in March and fell in April", cues


def test_a_second_backshifted_verb_stays_reported() -> None:
    """ "said it had seized 300 farms and had yet to decide on others": "had" carries
    the report's backshift, so both halves are what the ministry said."""
    cues = _by_cue(
        "The farm ministry said it had seized more than 300 idle farms and had yet to "
        "decide on the rest."
    )
    assert cues["said"][1].strip(" .").endswith("had yet to decide on the rest"), cues


def test_a_verb_that_may_share_the_perfect_stays_reported() -> None:
    """ "said he had spoken to both sides and urged restraint": "urged" may share
    "had", so it is part of what the mediator said."""
    cues = _by_cue("The mediator said he had spoken to both sides and urged restraint.")
    assert cues["said"][1].strip(" .").endswith("and urged restraint"), cues

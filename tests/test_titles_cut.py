"""Titles too long to show (issue 19): a headline leaves out a phrase hung at its end
whole ("… one of the three main goals [in the run-up to …]") rather than cut it to
"…", and a clause cut before an event's own word is no title of that event."""

from __future__ import annotations

import pytest
from test_titles_subjects import titles


@pytest.mark.parametrize(
    ("text", "word", "title"),
    [
        (
            "The mayor stepped up her re-election campaigning at the weekend with a bus tour "
            "of the county and a speech at the party's spring rally.",
            "stepped",
            "The mayor stepped up the re-election campaigning",
        ),
        (
            "The council has made road safety one of its three main goals in the run-up to "
            "the next local election.",
            "made",
            "The council has made road safety one of the three main goals",
        ),
        (
            "Nearly 40 jobs could now be returned to the town centre in the wake of the deal "
            "to rebuild the old market in Leeds.",  # never "… in the wake": "of" stays
            "returned",
            "Nearly 40 jobs could be returned to the town centre",
        ),
    ],
)
def test_a_long_title_leaves_its_last_phrase_out_whole(text: str, word: str, title: str) -> None:
    got = titles(text)
    assert got.get(word) == title, got


def test_a_clause_cut_before_the_events_word_is_not_its_title() -> None:
    # the election's title was the clause cut before it: "… to play a leading role …"
    got = titles(
        "Our club's former treasurer, Sandra, is to play a leading role in the "
        "county election campaign."
    )
    assert "election" in got.get("election", "").lower(), got


def test_a_long_subject_keeps_its_names_not_their_titles() -> None:
    # "Deputy Mayor Ann Lee and Council Leader Tom Reed have called …": cut before the call
    got = titles(
        "Deputy Mayor Ann Lee and Council Leader Tom Reed have repeatedly called for the "
        "toll to go."
    )
    assert got.get("called") == "Ann Lee and Tom Reed have called for the toll to go", got


def test_a_cut_clause_falls_back_to_the_nouns_own_words() -> None:
    # the call's clause title was cut before "call", and the fallback was handed the
    # noun's mentions instead of its own headline: the build stopped with an error
    got = titles(
        'The chase on Tuesday began at 9am when the frigate HMS Kent received a "distress '
        'call" over Channel 16 from the tanker Orla that it was being attacked by a pirate '
        '"mother ship" and a skiff.'
    )
    assert "call" in got.get("call", "").lower(), got

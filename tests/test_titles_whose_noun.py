"""Titles of definite event nouns that say whose (issue 19, item 5): "Game on Sunday
afternoon" (judged seed 27) named no team, though its sentence said the Broncos hosted
the Buccaneers for it. A noun a verb of meeting brought two named sides together for
is titled with both; a side the text does not name is never guessed."""

from __future__ import annotations

from test_titles_context import titles


def test_the_host_and_the_guest_name_the_game() -> None:
    got = titles(
        "Few fans could watch the Leeds Rhinos, who hosted the Wigan Warriors for a "
        "game on Sunday afternoon.\nDuring Sunday's game, the stands were filled with "
        "cardboard cut-outs."
    )
    # the game's own node ("Game between the Leeds Rhinos and …"), or the hosting's
    # when the two are one node (s33n3: "hosted X for a game" is the game)
    assert "Leeds Rhinos" in got["game"] and "Wigan Warriors" in got["game"], got


def test_an_unnamed_guest_leaves_the_game_as_it_is() -> None:
    got = titles(
        "The Leeds Rhinos hosted their old rivals for a game on Sunday afternoon.\n"
        "During Sunday's game, the stands were filled with cardboard cut-outs."
    )
    assert "between" not in got["game"], got


def test_long_names_fit_without_their_the() -> None:
    # the model may tag the guest's last word a common noun; the name still says which
    got = titles(
        "Few fans could watch the Kansas City Chiefs, who hosted the Tampa Bay "
        "Buccaneers for a game on Sunday afternoon.\nDuring Sunday's game, the stands "
        "were filled with cardboard cut-outs."
    )
    assert "Kansas City Chiefs" in got["game"] and "Tampa Bay Buccaneers" in got["game"], got

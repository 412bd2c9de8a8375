"""Titles of an act told in a relative clause whose doer no title can name ("the
benefits it approved", "the plant, which they sold"): the noun the clause hangs on is
what was acted on, told in the passive as for "it closed four branches". A bare
"Approving with the benefits" (read on real pages, issue 19, seed 361) reads as no act
at all, and its "with" as a partner."""

from __future__ import annotations

import pytest
from test_event_titles_held import titles  # the titles of a text's events


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Many of the benefits it approved in the spring have now run out, the senator said.",
            "The benefits were approved",
        ),
        ("The plant, which they sold in 2019, now makes batteries.", "The plant was sold in 2019"),
        (
            "The two bridges it closed last year will reopen in June, the council said.",
            "The two bridges were closed",
        ),
    ],
)
def test_an_act_told_in_a_relative_clause_by_an_untold_doer_is_a_passive(
    text: str, title: str
) -> None:
    found = titles(text)
    assert title in found, found
    assert not any(t.split()[0].endswith("ing") for t in found), found


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the parser hangs the clause on "Russia"; "The restrictions were put in place"
        # (seed 900) said not which
        (
            "The limits on the sale of fuel to Iran, which were put in place in March, will "
            "stay until the summer, the minister said.",
            "Limits on the sale of fuel to Iran were put in place",
        ),
        (
            "The sanctions on the sale of oil by Venezuela, which were imposed in 2019, will "
            "be reviewed next week.",
            "Sanctions on the sale of oil by Venezuela were imposed",
        ),
    ],
)
def test_a_relative_clause_hung_inside_its_noun_s_phrase_tells_the_whole_noun(
    text: str, title: str
) -> None:
    found = titles(text)
    assert title in found, found


def test_a_relative_clause_after_a_row_is_about_the_row_s_last_noun() -> None:
    # a web page's "LeBron James and the TV special he hosted" was titled "LeBron James
    # hosted LeBron James": the parser hung the clause on the row's first noun
    found = titles("LeBron James and the TV special he hosted won praise from viewers on Sunday.")
    assert "LeBron James hosted the TV special" in found, found


def test_a_time_read_as_the_object_of_a_relative_clause_leaves_the_noun_its_object() -> None:
    # Reuters: "the 65 mln dlrs restructuring charge the company took in the fourth
    # quarter" was titled "Firestone Tire took in": the parser read "in" as a particle
    # and the quarter as what was taken
    found = titles(
        "A spokesman said the losses will be covered by the 40 mln dlrs charge the bank "
        "took in the third quarter."
    )
    assert any(t.endswith("took the 40 mln dlrs charge") for t in found), found

"""Actor errors read on a BBC build (issue 23, sixth session), each on a story we write.

A known short form is not any college's initials ("BBC" is no "BirkBeck College"); a
town that hosts something is a place, while a club named after it that beats another
is an organisation; a company named after a country's possessive is no person;
capitalised common nouns ("Bills", "the Budget") are no organisations; and a name is
not cut at a hyphen ("The Tory co-chairman").
"""

from __future__ import annotations

from test_actors import _actors_of

from kg.model import ORGANISATION, PERSON, PLACE

RESEARCH = (
    "Male MPs jeered as women made speeches in the Commons, researchers from Birkbeck "
    "College were told. The college said the interviews took two years.\n"
)
INTERVIEW = (
    "The chancellor told the BBC on Tuesday that taxes would not rise. Speaking to the "
    "BBC later, his deputy said the budget was balanced.\n"
)


def _kinds(*texts: str) -> dict[str, str]:
    """Each actor's name with its kind, over a build of the texts."""
    _, actors = _actors_of(*texts)
    return {a.name: a.kind for a in actors.values()}


def test_a_known_short_form_is_no_other_names_initials() -> None:
    """ "the BBC" in one story, "Birkbeck College" in another: "BirkBeck College"
    spells BBC with a letter more, but a short form the table knows keeps its own name."""
    _, actors = _actors_of(RESEARCH, INTERVIEW)
    college = next(a for a in actors.values() if a.name == "Birkbeck College")
    assert not any(m.text.endswith("BBC") for m in college.mentions)

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


CONFERENCE = (
    "For years the party held its autumn conference in Blackpool, Bournemouth and "
    "Brighton. Next year Bournemouth will host the event again, officials said, before "
    "the party signs a deal with Brighton.\n"
)
MATCH = (
    "Bournemouth beat Chelsea 2-1 on Saturday. Bournemouth manager Eddie Howe said the "
    "win was deserved.\n"
)


COMMONS = (
    "Lord Ashby said ministers were free to bring in a huge number of extremely bad "
    "Bills. Chancellor Ian Grant said his Budget would not put at risk the stability of "
    "the economy, and his pre-Budget report forecast growth of 3%.\n\n"
    "Groups challenging the plans include the Countryside Alliance. One farmers' group "
    "said the rules were very, very Draconian. Lifelong Learning Minister Jim Wallace said "
    "colleges would get more money.\n"
)


CHAIRMAN = (
    "Ann Hollis, Tory co-chairman, said the campaign would focus on schools. Labour "
    "said the claim was false.\n"
)


TAKEOVER = (
    "Shares in drinks firm Hallam Domecq rose on talk of a takeover by France's Lamarque "
    "Ricard. Hallam Domecq shares in London rose 4%, while Lamarque shares in Paris "
    "slipped 1%. Lamarque said it was seeking acquisitions.\n"
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


WINE = (
    "Spain's Bodegas Arrieta has agreed to buy 40% of Weifang Vineyards, the second "
    "largest wine maker in China. Weifang said in a statement that Bodegas will pay "
    "300m yuan once the government approves the deal.\n"
)


def test_a_name_that_buys_a_stake_is_a_company() -> None:
    """ "Spain's Bodegas Arrieta has agreed to buy 40% of …": the small model reads the
    name as a person's; a name with no known first name that buys a stake is a firm."""
    kinds = _kinds(WINE)
    assert kinds.get("Bodegas Arrieta") == ORGANISATION
    assert PERSON not in kinds.values()  # nor "Bodegas will pay", its first word


def test_a_town_listed_with_towns_is_a_place() -> None:
    """ "in Blackpool, Bournemouth and Brighton": the small model reads the middle
    town as an organisation, which then took the story's "the party"."""
    assert _kinds(CONFERENCE).get("Bournemouth") == PLACE


def test_a_club_named_after_its_town_stays_an_organisation() -> None:
    """ "Bournemouth beat Chelsea": no place stands beside it, the club is meant."""
    assert _kinds(MATCH).get("Bournemouth") != PLACE


def test_capitalised_common_words_are_no_actors() -> None:
    """ "bad Bills", "his Budget", "pre-Budget report", a sentence's opening "Groups"
    (written small elsewhere), "very Draconian", the portfolio "Lifelong Learning" of
    a minister: words British news capitalises, which the small model took for
    organisations or people."""
    kinds = _kinds(COMMONS)
    for word in ("Bills", "Budget", "pre-Budget", "Groups", "Draconian", "Lifelong Learning"):
        assert word not in kinds
    assert kinds.get("Countryside Alliance") == ORGANISATION
    assert kinds.get("Jim Wallace") == PERSON


def test_a_title_is_not_cut_at_its_hyphen() -> None:
    """ "Ann Hollis, Tory co-chairman,": the office is "Tory co-chairman", not "Tory co"."""
    _, actors = _actors_of(CHAIRMAN)
    hollis = next(a for a in actors.values() if a.name == "Ann Hollis")
    assert "Tory co-chairman" in hollis.titles
    assert not any(m.text.endswith(" co") for m in hollis.mentions)


def test_a_full_name_opening_with_a_companys_name_is_the_company() -> None:
    """ "a takeover by France's Lamarque Ricard" read as a person, beside "Lamarque
    shares": the full name of the company that has the shares."""
    assert _kinds(TAKEOVER).get("Lamarque Ricard") == ORGANISATION

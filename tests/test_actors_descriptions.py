"""Descriptions of organisations named before: "the US manufacturer", "the two companies"
(issue 23).

MEANTIME's largest class of missed actor mentions is descriptions of a company the story
named earlier. kg read "the company" and "the airline" but dropped a description holding a
country ("the US manufacturer": the country's name made it look like a name of its own), an
adverb ("the formerly state-owned company") or a count ("the two companies"), and it took
the nearest company even where that one stands in the description's own clause ("This
brings Ryanair's orders with the US manufacturer to 230" is not about Ryanair). A business
story names companies of several countries together, so a description with a country
needs the company the text gives that country, or the only one it names. The stories here
are ours, in those shapes.
"""

from __future__ import annotations

from kg import nlp
from kg.extract.actors import ActorIndex
from kg.model import Document

CLAUSE = (
    "Irish carrier Skylane said on Monday that it would buy ten jets from Corvair "
    "Aviation. The order brings Skylane's total orders with the manufacturer to 90.\n"
)
NATIONAL = (
    "Irish carrier Skylane said on Monday that it would buy ten jets from Boeing. The "
    "order brings Skylane's total orders with the US manufacturer to 90.\n"
)
COUNTRY = (
    "Dutch insurer Aegonia NV agreed to buy Norwich Mutual Assurance for 2bn euros on "
    "Tuesday. The Dutch company said the deal would close in May.\n"
)
TWO_COUNTRIES = (
    "Italy's Corvia Motors ended its alliance with Halden Industries on Sunday. The US "
    "firm agreed to pay 1.5bn euros to leave the deal.\n"
)
UNKNOWN = (
    "Corvia Motors ended its alliance with Halden Industries on Sunday. The US firm "
    "agreed to pay 1.5bn euros to leave the deal.\n"
)
STATE_OWNED = (
    "Aer Lingus ordered six long-haul jets on Monday. Buying new jets has been a priority "
    "since the formerly state-owned company was floated in 2006.\n"
)
TWO = (
    "Apple Corps sued Apple Computer in London this week. The two companies settled an "
    "earlier dispute in 1991.\n"
)
DATELINE = (
    "Aeroflot buys 22 new jets\n\nJune 10, 2007\n\nRussian flag carrier Aeroflot has agreed "
    "to buy 22 new jets.\n"
)
MINISTRY = (
    "Falcon Group has engineers in Kirkuk and Baghdad. They work with the Iraqi oil "
    "ministry on technology transfer.\n"
)
OWNER = (
    "Corvell Tobacco now accepts that nicotine is harmful, and the company's main lawyer "
    "told reporters that smoking kills.\n"
)


def _descriptions(text: str) -> dict[str, str]:
    """Each description mention of ``text`` with the actor it names."""
    doc = next(nlp.parse([text]))
    index = ActorIndex(doc, Document(id="t", text=text, source_text=text))
    return {m.evidence.text: m.name for m in index.mentions if m.form == "description"}


def test_a_company_in_the_descriptions_own_clause_is_passed_over() -> None:
    """ "Skylane's total orders with the manufacturer": Corvair, not Skylane."""
    assert _descriptions(CLAUSE).get("the manufacturer") == "Corvair Aviation"


def test_a_country_in_a_description_is_no_name_of_its_own() -> None:
    """ "the US manufacturer" is a description of Boeing, not a mention of the US."""
    assert _descriptions(NATIONAL).get("the US manufacturer") == "Boeing"


def test_a_description_with_a_country_takes_the_company_of_that_country() -> None:
    """ "Dutch insurer Aegonia NV … Norwich Mutual Assurance. The Dutch company":
    Aegonia, the one the text calls Dutch, though Norwich Mutual was named last."""
    assert _descriptions(COUNTRY).get("The Dutch company") == "Aegonia NV"


def test_a_company_of_another_country_is_not_the_description() -> None:
    """ "Italy's Corvia Motors … Halden Industries. The US firm": Halden, the only one
    the text gives no other country."""
    assert _descriptions(TWO_COUNTRIES).get("The US firm") == "Halden Industries"


def test_two_companies_of_no_known_country_leave_it_open() -> None:
    """ "Corvia Motors … Halden Industries. The US firm": the text does not say which
    is American, so the description stays unresolved rather than taking the nearest."""
    assert "The US firm" not in _descriptions(UNKNOWN)


def test_an_adverb_on_the_adjective_keeps_it_a_description() -> None:
    assert _descriptions(STATE_OWNED).get("the formerly state-owned company") == "Aer Lingus"


def test_a_count_of_companies_is_one_group_of_them() -> None:
    """ "The two companies": the two named before together, not the one named last."""
    found = _descriptions(TWO)
    assert "The two companies" in found
    assert found["The two companies"] not in {"Apple Corps", "Apple Computer"}


def test_a_description_does_not_reach_back_over_a_date_line() -> None:
    """The headline's date line is no part of "Russian flag carrier"."""
    found = _descriptions(DATELINE)
    assert found.get("Russian flag carrier") == "Aeroflot"
    assert not any("2007" in text for text in found)


def test_a_countrys_own_body_is_not_a_company_named_before() -> None:
    """ "The Iraqi oil ministry" is Iraq's, never Falcon Group."""
    assert _descriptions(MINISTRY).get("the Iraqi oil ministry") != "Falcon Group"


def test_an_owner_description_may_be_its_clauses_subject() -> None:
    """ "Corvell Tobacco now accepts …, and the company's main lawyer told": an owner
    refers back to the subject beside it; only objects pass their clause mates over."""
    assert _descriptions(OWNER).get("the company") == "Corvell Tobacco"


def test_a_description_is_never_the_yardstick_of_a_comparison() -> None:
    """ "earns far more than the club's previous coach, Tom Baker": Baker is what Lopez
    is measured against, so "the coach" after it is not taken for him."""
    text = (
        "Maria Lopez earns far more than the club's previous coach, Tom Baker. On Sunday "
        "the coach praised the team.\n"
    )
    assert _descriptions(text).get("the coach") != "Tom Baker"

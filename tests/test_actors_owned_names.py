"""Two actor faults read on Reuters once its tickers were cut, on text we write (issue 19).

"Deliveries of Volkswagen’s Skoda Auto dropped" gave one actor "Volkswagen’s Skoda
Auto": the small model runs an owner's "’s" (the curly apostrophe above all) and the
name it owns into one entity, where the owner and the owned are two actors. And "it"
or "its" was taken for the very name its own clause governs: "Coastal ... when it was
forced to sell Lo-Vaca Gas Gathering Co" titled "Lo-Vaca Gas Gathering Co was forced
to sell Lo-Vaca Gas Gathering Co", "its negotiations with Antibioticos SA" titled
"Antibioticos SA's negotiations with ... Antibioticos SA". A pronoun never stands for
a name it governs.
"""

from __future__ import annotations

from kg import nlp
from kg.extract import extract_document
from kg.extract.actors import ActorIndex
from kg.model import Document


def _mentions(text: str) -> list[tuple[str, str]]:
    """(text, name) of every actor mention of ``text``, in order."""
    index = ActorIndex(next(nlp.parse([text])), Document(id="t", text=text, source_text=text))
    return [(m.evidence.text, m.name) for m in index.mentions]


def _titles(text: str) -> list[str]:
    """The titles of the events of ``text``."""
    doc = Document(id="t", text=text, source_text=text)
    return [e.title for e in extract_document(next(nlp.parse([text])), doc).events]


def test_a_known_owner_and_what_it_owns_are_two_actors() -> None:
    """ "Amazon’s Whole Foods Market", "Volkswagen’s Scania Trucks unit": the owner the
    tables know, and the company it owns, never one company named with both."""
    found = _mentions(
        "Sales at Amazon’s Whole Foods Market rose in the quarter. Shipments from "
        "Volkswagen’s Scania Trucks unit slowed last year, the firm said on Tuesday.\n"
    )
    names = {name for _, name in found}
    assert {"Whole Foods Market", "Scania Trucks"} <= names
    assert {text for text, _ in found} >= {"Amazon", "Volkswagen"}
    assert not any("’s" in name for name in names)


def test_an_owner_the_story_names_alone_splits_off() -> None:
    """ "Brackley’s Fenwick Valve Systems division" in a story that opens on "Brackley
    Corp": the owner is the company of the first sentence. "Harrow’s Kitchen Co" and
    "Fisherman’s Trust Insurance" stay whole: their "’s" is the name's own, and their
    owner no company of the story."""
    found = _mentions(
        "Brackley Corp said it bought a small boiler maker in Ohio. The plant will join "
        "Brackley’s Fenwick Valve Systems division, the company said. Orders at Harrow’s "
        "Kitchen Co and policies sold by Fisherman’s Trust Insurance rose last year.\n"
    )
    names = [name for _, name in found]
    assert "Fenwick Valve Systems" in names
    assert ("Brackley", "Brackley Corp") in found or ("Brackley", "Brackley") in found
    assert not any(name.startswith("Brackley’s") for name in names)
    assert {"Harrow’s Kitchen Co", "Fisherman’s Trust Insurance"} <= set(names)


def test_its_never_stands_for_the_partner_of_its_own_noun() -> None:
    """ "the Italian company postponed a press conference on its talks with Olvera":
    whatever the description was taken for, "its" is never Olvera's, and no title
    tells "Farmacias Olvera SA's negotiations with … Farmacias Olvera SA"."""
    text = (
        "Rimini Spa said it has concluded its negotiations with Spanish drug company "
        "Farmacias Olvera SA. Earlier today the Italian company postponed a press "
        "conference on its talks with Olvera.\n"
    )
    assert not any(t == "its" and "Olvera" in name for t, name in _mentions(text))
    titles = _titles(text)
    assert any("negotiations with" in t.lower() for t in titles)
    assert not any("Olvera SA's" in t for t in titles)


def test_a_pronoun_subject_is_never_the_name_it_sold() -> None:
    """ "since 1982, when it was forced to sell Kestrel Pipeline Co": the company sold
    is no doer of its own sale."""
    titles = _titles(
        "Marzotti has been trying to break into the gas market since 1982, when it was "
        "forced to sell Kestrel Pipeline Co to settle lawsuits by customers.\n"
    )
    sold = [t for t in titles if "sell Kestrel" in t]
    assert sold
    assert not any(t.startswith("Kestrel") for t in sold)

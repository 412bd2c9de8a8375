"""Actor errors left on a BBC build after the sixth session's first pass (issue 23),
each on a story we write.

A brand listed beside brands the model reads as places is no place; towns and regions
a route runs through are places; a peer's title before a name makes a person; a union's
long name is one organisation.
"""

from __future__ import annotations

from test_actors import _actors_of

from kg.model import ORGANISATION, PERSON, PLACE


def _kinds(*texts: str) -> dict[str, str]:
    """Each actor's name with its kind, over a build of the texts."""
    _, actors = _actors_of(*texts)
    return {a.name: a.kind for a in actors.values()}


BRANDS = (
    "Electrolux's subsidiary brands include AEG, Zanussi and Frigidaire. The company said "
    "it was speeding up its restructuring programme.\n"
)


def test_a_brand_listed_with_brands_read_as_places_stays_an_organisation() -> None:
    """ "brands include AEG, Zanussi and Frigidaire": the small model reads the two
    last as places, but no table knows them and the list stands where no place does
    (a thing included, not "in" or "at"), so "AEG" is no town."""
    assert _kinds(BRANDS).get("AEG") == ORGANISATION


ROUTE = (
    "The protest train ran from Edinburgh through the Borders and on to Carlisle, with a "
    "rally at the station. Campaigners said the line would bring back jobs.\n"
)


def test_stops_on_a_route_from_a_place_are_places() -> None:
    """ "ran from Edinburgh through the Borders and on to Carlisle": the small model
    reads the region and the town as organisations; a stop of a route whose other stop
    is a place is a place."""
    kinds = _kinds(ROUTE)
    assert kinds.get("Borders") == PLACE
    assert kinds.get("Carlisle") == PLACE


TERRITORY = (
    "Gibraltar's chief minister will join the talks in Madrid next month. Spain has "
    "long claimed Gibraltar, and the minister said its people would decide.\n"
)


def test_gibraltar_is_a_place() -> None:
    """ "Gibraltar's chief minister": the small model reads the territory as an
    organisation; the entity table knows it as a place."""
    assert _kinds(TERRITORY).get("Gibraltar") == PLACE


PEER = "Lord Ashby told peers the bill was flawed. Ministers rejected his claim.\n"


def test_a_peers_style_before_a_name_makes_a_person() -> None:
    """ "Lord Ashby told peers": the small model tags "Ashby" alone as an organisation;
    a peer's style right before a name makes it a person, titled as other lords are."""
    _, actors = _actors_of(PEER)
    ashby = next(a for a in actors.values() if a.name == "Ashby")
    assert ashby.kind == PERSON
    assert "Lord" in ashby.titles


STRIKE = (
    "Civil servants will walk out next month, the Public and Commercial Services union "
    "said on Friday. Ministers said the union had refused to talk.\n"
)


def test_a_unions_name_joined_by_and_is_one_organisation() -> None:
    """ "the Public and Commercial Services union": the small model cuts the name at
    its "and" into "Public" and "Commercial Services"; it is one union. Two countries
    joined by "and" before a body stay apart."""
    kinds = _kinds(STRIKE, "France and Germany told the European Union council to wait.\n")
    assert kinds.get("Public and Commercial Services union") == ORGANISATION
    assert "Commercial Services" not in kinds
    assert kinds.get("France") != ORGANISATION


ROTATION = (
    "For years the big parties have rotated their conferences between Blackpool, "
    "Bournemouth and Brighton. The party said it would return to the coast next year.\n"
)


def test_towns_a_conference_rotates_between_are_places() -> None:
    """ "rotated between Blackpool, Bournemouth and Brighton": the list stands where
    places do though no table knows the towns; as an organisation "Bournemouth" took
    the story's "the party" and "it". (Brands listed as a thing included stay, above.)"""
    assert _kinds(ROTATION).get("Bournemouth") == PLACE


APPLIANCES = (
    "Electrolux said on Monday it would cut 3,000 jobs. Electrolux's subsidiary brands "
    "include AEG, Zanussi and Frigidaire. The company said it would move work to Poland.\n"
)
GARDENS = (
    "Shares in Husqvarna rose 5%. Husqvarna's best-known brands include Gardena, Flymo and "
    "McCulloch. The company said it would close a plant in Ohio.\n"
)


def test_a_name_that_owns_brands_is_a_company() -> None:
    """ "Electrolux's subsidiary brands": the small model reads the maker as a place; a
    name no table knows that owns brands or a subsidiary is an organisation."""
    assert _kinds(APPLIANCES).get("Electrolux") == ORGANISATION


def test_the_company_after_a_list_of_brands_is_their_owner() -> None:
    """ "Husqvarna's best-known brands include Gardena, Flymo and McCulloch. The
    company said it …": the company is the owner, not the brand named last."""
    _, actors = _actors_of(GARDENS)
    owner = next(a for a in actors.values() if a.name == "Husqvarna")
    assert "The company" in [m.text for m in owner.mentions]
    flymo = next(a for a in actors.values() if a.name == "Flymo")
    assert [m.text for m in flymo.mentions] == ["Flymo"]


RIOTS = (
    "During two nights of rioting that spread to the Midlands, Merseyside, Bristol and "
    "Leeds, dozens of shops were looted.\n"
)


def test_a_town_in_a_list_a_riot_spreads_to_is_a_place() -> None:
    """ "spread to the Midlands, Merseyside, Bristol and Leeds": the model reads the list
    as appositions; the list still stands after "to", where places do, so "Bristol"
    (read as an organisation) is a town, as on main before the brand rule."""
    assert _kinds(RIOTS).get("Bristol") == PLACE

"""Named things we know by heart: ``data/countries.tsv``, ``data/entities.tsv``, and the
names that are never actors, ``data/not_actors.tsv`` (stock indices, time zones).

Why tables in the repo: the names that denote a country as a political actor
("Washington", "the U.S.", "Iranian"), and the big organisations and places news keeps
naming ("U.N.", "Nato", "Tehran"), are few and stable; keeping them as data lets users
extend the lists without touching code. Their Wikidata ids let exported triples join
other datasets after import.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Country:
    name: str
    wikidata: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    seats: tuple[str, ...]  # capitals / seats of government used as metonyms


def _key(name: str) -> str:
    """Lookup key: case-folded, without a leading article or trailing dots."""
    name = " ".join(name.split()).casefold()
    if name.startswith("the "):
        name = name[4:]
    return name.rstrip(".").replace(".", "")


def table_rows(file: str, width: int) -> list[list[str]]:
    """The data rows of a table in ``kg/data``, each padded to ``width`` stripped cells."""
    text = resources.files("kg").joinpath(f"data/{file}").read_text(encoding="utf-8")
    return [
        [c.strip() for c in (line.split("\t") + [""] * width)[:width]]
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    ]


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    rows = []
    for name, qid, aliases, demonyms, seats in table_rows("countries.tsv", 5):
        split = lambda s: tuple(x for x in s.split("|") if x)  # noqa: E731
        rows.append(Country(name, qid, split(aliases), split(demonyms), split(seats)))
    return tuple(rows)


@lru_cache(maxsize=1)
def _indexes() -> tuple[dict[str, Country], dict[str, Country], dict[str, Country]]:
    by_name: dict[str, Country] = {}
    by_demonym: dict[str, Country] = {}
    by_seat: dict[str, Country] = {}
    for c in countries():
        for n in (c.name, *c.aliases):
            by_name.setdefault(_key(n), c)
        for d in c.demonyms:
            by_demonym.setdefault(_key(d.rstrip("-")), c)
        for s in c.seats:
            by_seat.setdefault(_key(s), c)
    return by_name, by_demonym, by_seat


def country(name: str) -> Country | None:
    """The country a name denotes directly ("U.S.", "the United States", "Iran")."""
    return _indexes()[0].get(_key(name))


def demonym(word: str) -> Country | None:
    """The country of a nationality word ("Iranian", "Israelis")."""
    return _indexes()[1].get(_key(word))


def seat(name: str) -> Country | None:
    """The country whose government a capital can stand for ("Tehran" -> Iran)."""
    return _indexes()[2].get(_key(name))


@dataclass(frozen=True)
class Entity:
    """An organisation or place from ``entities.tsv``: one name, its aliases, its id."""

    name: str
    kind: str  # "organisation" or "place"
    wikidata: str | None
    aliases: tuple[str, ...]
    country: str | None  # the country it belongs to or lies in


@lru_cache(maxsize=1)
def entities() -> tuple[Entity, ...]:
    return tuple(
        Entity(name, kind, qid or None, tuple(a for a in aliases.split("|") if a), nation or None)
        for name, kind, qid, aliases, nation in table_rows("entities.tsv", 5)
    )


@lru_cache(maxsize=1)
def _entity_index() -> dict[str, Entity]:
    index: dict[str, Entity] = {}
    for e in entities():
        for n in (e.name, *e.aliases):
            index.setdefault(_key(n), e)
    return index


def entity(name: str) -> Entity | None:
    """The organisation or place a name denotes ("U.N." -> United Nations)."""
    return _entity_index().get(_key(name))


@lru_cache(maxsize=1)
def _not_actors() -> dict[str, str]:
    return {_key(name): why for name, why in table_rows("not_actors.tsv", 2)}


# Names of things that happen or are made, never of who acts, by their shape: a storm
# by its first words, a law, a season or a games by its last ("Hurricane Florence
# hammered the coast" has no agent, "the Tokyo Olympics" are no organisation).
NOT_ACTOR_OPENINGS = {
    "hurricane": "a storm",
    "typhoon": "a storm",
    "cyclone": "a storm",
    "storm": "a storm",
    "tropical storm": "a storm",
}
NOT_ACTOR_ENDINGS = {
    "index": "an index",
    "act": "a law",
    "bill": "a bill",
    "season": "a season",
    "olympics": "a sports event",
    "olympic games": "a sports event",
    "paralympics": "a sports event",
    "world cup": "a sports event",
    "championships": "a sports event",
}


def not_actor(name: str) -> str | None:
    """Why a name is never an actor ("a stock index" for "FTSE 100", "a time zone" for
    "UTC", "a storm" for "Hurricane Florence", "a law" for "the Clean Air Act"), or
    None. A trailing "index" is the same name: "the Nasdaq index"."""
    key = _key(name)
    if key.endswith(" index"):
        key = key[: -len(" index")]
        if key not in _not_actors():
            return NOT_ACTOR_ENDINGS["index"]
    if key in _not_actors():
        return _not_actors()[key]
    words = name.split()
    for n in (2, 1):
        why = NOT_ACTOR_OPENINGS.get(" ".join(words[:n]).casefold())
        if why and len(words) > n:
            return why
        why = NOT_ACTOR_ENDINGS.get(" ".join(words[-n:]).casefold())
        if why and len(words) > n and (why != "a law" and why != "a bill" or words[-1].istitle()):
            return why  # "the Clean Air Act", not "an act" in a longer recogniser's cut
    return None


def country_prefix(name: str) -> tuple[Country, str] | None:
    """A name that opens with a country's name, alias or nationality word, split into
    that country and the rest: "United States Federal Reserve" -> (United States,
    "Federal Reserve"), "U.S. Air Force" -> (United States, "Air Force")."""
    words = name.split()
    for k in range(min(3, len(words) - 1), 0, -1):
        head = " ".join(words[:k])
        c = country(head) or demonym(head)
        if c is not None:
            return c, " ".join(words[k:])
    return None


def by_name(name: str) -> Country | None:
    """The country whose canonical name this is (for ids and wikidata after resolve)."""
    return next((c for c in countries() if c.name == name), None)


def words(text: str) -> frozenset[str]:
    """A word list written as one string, as the extractors' lexicons are."""
    return frozenset(text.split())


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    text = resources.files("kg").joinpath("data/first_names.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {name: g for name, g in rows}


def gender(first_name: str) -> str | None:
    """ "m" or "f" for a common first name, so "he" is not read as "Clara Jansen"."""
    return _first_names().get(first_name.lower())

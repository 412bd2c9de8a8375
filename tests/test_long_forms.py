"""Resolve's short-form lookup, indexed by initials, finds what a scan of every
organisation name finds (the scan grew with the square of the corpus)."""

from __future__ import annotations

import random
from itertools import product

from kg import gazetteer
from kg.extract.actors import LongForms, _spells, acronym, org_key

WORDS = [
    "Singapore",
    "Airlines",
    "Air",
    "Force",
    "United",
    "States",
    "Atomic",
    "Energy",
    "Agency",
    "International",
    "Bank",
    "Inc.",
    "of",
    "the",
    "Ltd",
    "Union",
    "Iran",
]


def scanned(short: str, names: list[str]) -> set[str]:
    """The lookup as a scan of every name (what resolve did before the index), with
    the rule both share: a short form the entity table knows ("EU") joins only long
    forms of that same entity."""
    if not (short.isupper() and short.isalpha() and 2 <= len(short) <= 6):
        return set()
    known = gazetteer.entity(short)
    if known is not None:
        return {n for n in _scan(short, names) if gazetteer.entity(n) == known}
    return _scan(short, names)


def _scan(short: str, names: list[str]) -> set[str]:
    exact = {n for n in names if acronym(n) == short}
    if exact:
        return exact
    out = set()
    for n in names:
        words = [w for w in org_key(n).split() if w[:1].isupper()]
        if len(words) > 1 and len(short) > len(words) and _spells(short, words):
            out.add(n)
    return out


def test_the_index_finds_what_a_scan_of_every_name_finds():
    rng = random.Random(7)
    names = sorted({" ".join(rng.sample(WORDS, rng.randint(1, 5))) for _ in range(400)})
    lookup = LongForms(names)
    shorts = {"SIA", "USAF", "IAEA", "UN", "IBU", "Sia", "A", "ABCDEFG", "US1"}
    shorts |= {"".join(p) for p in product("SAFUIE", repeat=3)}
    shorts |= {acronym(n) for n in names} | {acronym(n) + "X" for n in names}
    found = 0
    for short in sorted(shorts):
        assert lookup(short) == scanned(short, names), short
        found += bool(lookup(short))
    assert found > 50  # the comparison is not between empty sets

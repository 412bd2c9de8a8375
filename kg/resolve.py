"""Resolve: one actor per real-world entity, within and across documents.

Why conservative: a false merge (two people called Smith made one) corrupts every
fact about both, while a missed merge only duplicates a node. So mentions merge when
their names are the same after normalisation (legal forms such as "Corp." dropped),
through the country and entity tables ("U.S.", "Washington" acting, "Nato"), when a
lone surname or acronym has exactly one full form in the whole build, and never
otherwise: a lone surname with no full name, or with several, stays in its own
document, and so do unnamed groups ("protesters"). Every merge beyond identical names
records its reason on the actor, so a reader can audit it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter, defaultdict

from . import gazetteer
from .extract.actors import (
    LongForms,
    by_surname,
    is_pronoun,
    org_key,
    surface_name,
    vote_kinds,
)
from .model import (
    COUNTRY,
    GROUP,
    NAME,
    ORGANISATION,
    PERSON,
    PLACE,
    Actor,
    ActorMention,
    DocResult,
    Position,
)


def slug(text: str) -> str:
    """An IRI-safe, stable local name: ASCII-folded words joined by hyphens."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    s = re.sub(r"[^A-Za-z0-9]+", "-", folded).strip("-").lower()
    if not s or len(s) < len(text) // 2:  # mostly non-Latin: keep it unique and stable
        s = (s + "-" if s else "x-") + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]
    return s[:80]


# Trade words that end a company's name without changing which company it is, unless
# what is left is a country or nationality ("British Airways" is not "British").
TRADE_WORDS = gazetteer.words(
    "airlines airways motors motor computer computers electronics pharmaceuticals"
)


def _plain_name(rest: str) -> bool:
    """Whether the words before a trade word still name a company on their own."""
    return (
        bool(rest)
        and rest[:1].isupper()
        and not (gazetteer.country(rest) or gazetteer.demonym(rest))
    )


def _merge_key(name: str, kind: str, spelling: bool = True) -> str:
    """Names that denote the same actor once case, dots and legal forms are ignored."""
    if kind == ORGANISATION:
        name = org_key(name)
        words = name.split()
        rest = " ".join(words[:-1])
        if len(words) > 1 and words[-1].casefold() in TRADE_WORDS and _plain_name(rest):
            name = rest  # "Apple Computer" = "Apple", "AirTran Airways" = "AirTran"
        split = gazetteer.country_prefix(name)
        if split is not None and gazetteer.country(name.split()[0]) is not None:
            name = f"{split[0].name} {split[1]}"  # "US Air Force" = "United States Air Force"
    key = " ".join(name.replace(".", "").replace("’", "'").casefold().split())
    key = key[4:] if key.startswith("the ") else key
    if kind == ORGANISATION and spelling:  # "TimeWarner" = "Time Warner", "-isation"
        key = key.replace("isation", "ization").replace(" ", "")
    return key


def _targets(mentions: list[ActorMention], kind_of: dict[str, str]) -> dict[tuple, tuple]:
    """Map each (scope, name) to the (scope, name) of its actor, with the reason."""
    by_key: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name, kind in sorted(kind_of.items()):
        by_key[(kind, _merge_key(name, kind))].append(name)
    # the canonical spelling of a key: the table's name, else the commonest, longest
    counts = Counter(m.name for m in mentions)
    canonical: dict[str, str] = {}
    for names in by_key.values():
        best = max(names, key=lambda n: (counts[n], org_key(n) == n, len(n), n))
        for n in names:
            canonical[n] = best
    docs_of: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        docs_of[canonical[m.name]].add(m.evidence.doc_id)

    names = set(canonical.values())
    full_names = by_surname(n for n in names if kind_of[n] == PERSON)
    org_names = {n for n in names if kind_of[n] == ORGANISATION and len(n.split()) > 1}
    long_forms = LongForms(sorted(org_names))

    target: dict[tuple, tuple] = {}
    reasons: dict[tuple, str] = {}
    for m in mentions:
        name = canonical[m.name]
        kind = kind_of[name]
        key = scope_key(m, canonical, kind_of, full_names, docs_of)
        scope = m.scope = key[0]
        if key in target:
            continue
        why = None
        if name != m.name:
            spelt = _merge_key(m.name, kind, False) != _merge_key(name, kind, False)
            why = (
                f"{m.name!r} and {name!r} are one name once case, dots, "
                f"{'spaces, spelling (-isation), ' if spelt else ''}legal forms and trade "
                "words (Airlines, Motors) go"
            )
        if kind == PERSON and (len(name.split()) == 1 or name in full_names):  # "De Vries"
            full = full_names.get(name, set())
            if len(full) == 1:
                name = next(iter(full))
                why = f"{m.name!r} is the surname of {name!r}, the only full name in the build"
        elif kind == ORGANISATION and len(forms := long_forms(name)) == 1:
            long = next(iter(forms))
            why = f"{m.name!r} is the acronym of {long!r}, the only such name in the build"
            name = long
        target[key] = (scope, name)
        if why:
            reasons[key] = why
    return {k: (v, reasons.get(k)) for k, v in target.items()}


def scope_key(
    m: ActorMention,
    canonical: dict[str, str],
    kind_of: dict[str, str],
    full_names: dict[str, set[str]],
    docs_of: dict[str, set[str]],
) -> tuple[str | None, str]:
    """(scope, name) of a mention: a lone surname used in several documents with no
    single full name to join them is scoped to its document ("Smith" in two stories
    may be two people)."""
    name = canonical[m.name]
    if (
        m.scope is None
        and kind_of[name] == PERSON
        and len(name.split()) == 1
        and len(full_names.get(name, ())) != 1
        and len(docs_of[name]) > 1
    ):
        return (m.evidence.doc_id, m.name)
    return (m.scope, m.name)


def resolve(results: list[DocResult]) -> dict[str, Actor]:
    """Assign ``actor_id`` to every mention and return the actors by id.

    Also rewrites statement speakers, event participants and places, positions and
    countries from names to actor ids, so later stages see only resolved actors.
    """
    mentions = [m for r in results for m in r.actors]
    kind_of = vote_kinds(mentions)
    target = _targets(mentions, kind_of)

    actors: dict[str, Actor] = {}
    ids: dict[tuple, str] = {}  # (scope, name) of an actor -> its id
    for scope, name in sorted({t for t, _ in target.values()}, key=lambda t: (t[1], t[0] or "")):
        kind = kind_of.get(name, PERSON)
        aid = slug(name) if scope is None else f"{slug(name)}--{slug(scope)}"
        if aid in actors:
            aid = f"{aid}-{kind}"
        ids[(scope, name)] = aid
        # born with the one empty frozenset (see _let_go_of_empty), given a set of its
        # own by _own when something is added: four empty sets an actor, made only to
        # be let go at the end, were most of resolve's own peak
        actors[aid] = Actor(
            aid, name, kind, EMPTY, EMPTY, _wikidata(name, kind), positions=EMPTY, countries=EMPTY
        )

    def actor_id(m: ActorMention) -> str:
        return ids[target[(m.scope, m.name)][0]]

    # names as the extractors wrote them, per document, for speakers and participants
    by_doc_name: dict[tuple[str, str], str] = {}
    for m in mentions:
        by_doc_name.setdefault((m.evidence.doc_id, m.name), actor_id(m))

    def lookup(doc_id: str, name: str | None) -> str | None:
        # An unresolved "I" or "they" stays a name: as a key it would reach any actor
        # some other document happened to give that name.
        if name is None or is_pronoun(name):
            return None
        aid = by_doc_name.get((doc_id, name))
        if aid is not None:
            return aid
        scopeless = target.get((None, name))
        return ids[scopeless[0]] if scopeless else None

    for m in mentions:
        aid = actor_id(m)
        actor = actors[aid]
        m.actor_id = aid
        actor.mentions.append(m.evidence)
        if m.form != NAME:
            actor.forms[m.evidence] = m.form
        bare = surface_name(m.evidence.text)
        if m.form == NAME and bare.casefold() != re.sub(r"^the\s+", "", actor.name.casefold()):
            _own(actor, "aliases").add(bare)
        if m.title:
            _own(actor, "titles").add(m.title)
        doc_id = m.evidence.doc_id
        for why in (m.reason, target[(m.scope, m.name)][1]):
            if why and why not in actor.merge_reasons:
                actor.merge_reasons.append(why)
        if m.position is not None:
            _own(actor, "positions").add(
                Position(
                    m.position.role,
                    lookup(doc_id, m.position.affiliation),
                    lookup(doc_id, m.position.toward),
                )
            )
        country = lookup(doc_id, m.country)
        if country is not None and country != aid:
            _own(actor, "countries").add(country)

    for r in results:
        doc_id = r.doc.id
        for st in r.statements:
            st.speaker = lookup(doc_id, st.speaker_name) or st.speaker
            about = [a for a in (lookup(doc_id, n) for n in st.about_actors) if a]
            st.about_actors = [
                a for i, a in enumerate(about) if a not in about[:i] and a != st.speaker
            ]
        for ev in r.events:
            for p in ev.participants:
                p.actor = lookup(doc_id, p.actor) or p.actor
            if ev.place is not None:
                ev.place = lookup(doc_id, ev.place) or ev.place
    for actor in actors.values():
        actor.mentions.sort()
        actor.merge_reasons.sort()
        placed = {p.role for p in actor.positions if p.affiliation}  # drop the vaguer copy
        if placed:
            actor.positions = {p for p in actor.positions if p.affiliation or p.role not in placed}
        _let_go_of_empty(actor)
    return actors


EMPTY: frozenset = frozenset()  # CPython makes one empty frozenset, whoever asks


def _own(actor: Actor, name: str) -> set:
    """The actor's own set ``name``, made when it first gets a value."""
    value = getattr(actor, name)
    if value is EMPTY:
        value = set()
        setattr(actor, name, value)
    return value


def _let_go_of_empty(actor: Actor) -> None:
    """Hand an actor's empty sets over to the one empty frozenset. Most actors have no
    alias, title, position or country, and an empty set takes 216 bytes: at a million
    articles, that is gigabytes held to the end of the build. Nothing writes to them
    after resolve, and an empty frozenset reads (and compares equal) as an empty set."""
    for name in ("aliases", "titles", "positions", "countries"):
        if not getattr(actor, name):
            setattr(actor, name, EMPTY)


def _wikidata(name: str, kind: str) -> str | None:
    """The Wikidata id the tables give this actor's canonical name, if any."""
    if kind == COUNTRY:
        c = gazetteer.by_name(name)
        return c.wikidata if c else None
    if kind in {ORGANISATION, PLACE, GROUP}:
        e = gazetteer.entity(name)
        if e is not None and (e.kind == kind or kind == GROUP and e.kind == ORGANISATION):
            return e.wikidata
    return None

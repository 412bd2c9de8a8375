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
from collections.abc import Callable, Iterable

from . import gazetteer
from .extract.actors import (
    LongForms,
    by_surname,
    is_pronoun,
    kinds_of,
    may_be_named,
    org_key,
    styled_surname,
    surface_name,
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
from .state import NO_FORMS, KeptForms, SpanTable


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
    if spelling:  # "first-time buyers" = "first time buyers": one name, hyphened or not
        key = re.sub(r"(?<=[^\W\d])-(?=[^\W\d])", " ", key)
    if kind == ORGANISATION and spelling:  # "TimeWarner" = "Time Warner", "-isation"
        key = key.replace("isation", "ization").replace(" ", "")
    return key


class Names:
    """The build's table of names, and the actors it makes of every mention.

    What decides an actor's id is corpus-wide (each name's kind by vote, its canonical
    spelling, whether a lone surname has one full name or is read in several
    documents), but it grows with the distinct names, not the mentions. So a build
    counts the names first, article by article (:meth:`counted`, which reads each
    article's mentions twice and holds none of them), and then assigns each article's
    mentions as it is read (:meth:`assign`): the mentions of the whole archive are never
    held at once, nor a table of every (document, name).
    """

    def __init__(self) -> None:
        self._votes: dict[str, Counter[str]] = defaultdict(Counter)
        self._counts: Counter[str] = Counter()
        self._doc: dict[str, str | None] = {}  # a name's one document; None past one
        self._target: dict[tuple, tuple] = {}  # (scope, name) of a mention -> its actor's
        self._reason: dict[tuple, str] = {}
        self._ids: dict[tuple, str] = {}  # (scope, name) of an actor -> its id
        self.actors: dict[str, Actor] = {}
        self.forms: KeptForms | None = None  # where the forms go, if not on the actors
        self.spans: SpanTable | None = None  # where the spans go, if not on the actors

    @classmethod
    def counted(
        cls,
        mentions: Callable[[], Iterable[Iterable[ActorMention]]],
        forms: KeptForms | None = None,
        spans: SpanTable | None = None,
    ) -> Names:
        """The table of the mentions ``mentions()`` gives, article by article; called
        twice (the names, then the actors they make), so it may read them from disk.
        With ``forms`` the actors' forms go there, not into a dict on each actor (a
        build that parks its actors' spans, :class:`kg.state.ActorSpans`); with
        ``spans`` their spans go to that table's columns, not into a list on each actor
        (:meth:`finish` gives each actor its :class:`kg.state.Spans`)."""
        names = cls()
        names.forms = forms
        names.spans = spans
        for some in mentions():
            names._count(some)
        names._settle()
        for some in mentions():
            names._place(some)
        names._number()
        return names

    def _count(self, mentions: Iterable[ActorMention]) -> None:
        for m in mentions:
            self._votes[m.name][m.kind] += 1 if m.form == NAME else 0.5
            self._counts[m.name] += 1
            doc = m.evidence.doc_id
            if self._doc.setdefault(m.name, doc) != doc:
                self._doc[m.name] = None

    def _settle(self) -> None:
        """Each name's kind and canonical spelling, once every name is counted."""
        kind_of = self.kind_of = kinds_of(self._votes)
        self._votes = {}
        by_key: dict[tuple[str, str], list[str]] = defaultdict(list)
        for name, kind in sorted(kind_of.items()):
            by_key[(kind, _merge_key(name, kind))].append(name)
        # the canonical spelling of a key: the table's name, else the commonest, longest
        counts = self._counts
        canonical: dict[str, str] = {}
        for names in by_key.values():
            best = max(names, key=lambda n: (counts[n], org_key(n) == n, len(n), n))
            for n in names:
                canonical[n] = best
        one_doc: dict[str, str | None] = {}  # a canonical name's one document, or None
        for n, doc in self._doc.items():
            c = canonical[n]
            if doc is None or one_doc.setdefault(c, doc) != doc:
                one_doc[c] = None
        self._several = {c for c, doc in one_doc.items() if doc is None}
        self._counts, self._doc = Counter(), {}
        self._canonical = canonical
        names = set(canonical.values())
        self._full = by_surname(n for n in names if kind_of[n] == PERSON)
        org_names = {n for n in names if kind_of[n] == ORGANISATION and len(n.split()) > 1}
        self._long_forms = LongForms(sorted(org_names))

    def _full_names(self, name: str) -> set[str]:
        """The build's full names a lone or styled surname may stand for: "Mrs Howard"
        only those whose first name the table knows as a woman's (a false join across
        stories costs more than a missed one)."""
        styled = styled_surname(name)
        if styled is None:
            return self._full.get(name, set())
        style, surname = styled
        return {n for n in self._full.get(surname, ()) if may_be_named(style, n, known=True)}

    def _key(self, m: ActorMention) -> tuple[str | None, str]:
        """(scope, name) of a mention: a lone surname used in several documents with no
        single full name to join them is scoped to its document ("Smith" in two
        stories may be two people)."""
        name = self._canonical[m.name]
        if m.scope is not None and self.kind_of[name] in {PLACE, COUNTRY}:
            return (None, m.name)  # a name read once as a story's group ("Saraqeb" as
            # NORP) and voted a place is the one place of every story that names it
        if (
            m.scope is None
            and self.kind_of[name] == PERSON
            and (len(name.split()) == 1 or styled_surname(name))
            and len(self._full_names(name)) != 1
            and name in self._several
        ):
            return (m.evidence.doc_id, m.name)
        return (m.scope, m.name)

    def _place(self, mentions: Iterable[ActorMention]) -> None:
        """The (scope, name) of each mention's actor, with the reason it differs."""
        target = self._target
        for m in mentions:
            key = self._key(m)
            if key in target:
                continue
            name = self._canonical[m.name]
            kind = self.kind_of[name]
            why = None
            if name != m.name:
                spelt = _merge_key(m.name, kind, False) != _merge_key(name, kind, False)
                why = (
                    f"{m.name!r} and {name!r} are one name once case, dots, "
                    f"{'spaces, hyphens, spelling (-isation), ' if spelt else ''}legal forms and "
                    "trade words (Airlines, Motors) go"
                )
            styled = kind == PERSON and styled_surname(name)
            if kind == PERSON and (len(name.split()) == 1 or name in self._full or styled):
                full = self._full_names(name)  # "De Vries"; "Mrs Howard"
                if len(full) == 1:
                    name = next(iter(full))
                    why = f"{m.name!r} is the surname of {name!r}, the only full name in the build"
                    if styled:
                        why = (
                            f"{m.name!r} is {name!r}, the only full name of that surname "
                            "in the build whose first name fits the style"
                        )
            elif kind == ORGANISATION and len(forms := self._long_forms(name)) == 1:
                long = next(iter(forms))
                why = f"{m.name!r} is the acronym of {long!r}, the only such name in the build"
                name = long
            target[key] = (key[0], name)
            if why:
                self._reason[key] = why

    def _number(self) -> None:
        """Every actor and its id, in the order of their names (an id taken by an
        earlier name gets the kind as a suffix)."""
        actors = self.actors
        for scope, name in sorted(set(self._target.values()), key=lambda t: (t[1], t[0] or "")):
            kind = self.kind_of.get(name, PERSON)
            aid = slug(name) if scope is None else f"{slug(name)}--{slug(scope)}"
            if aid in actors:
                aid = f"{aid}-{kind}"
            self._ids[(scope, name)] = aid
            # born with the one empty frozenset (see _let_go_of_empty), given a set of
            # its own by _own when something is added: four empty sets an actor, made
            # only to be let go at the end, were most of resolve's own peak
            actors[aid] = Actor(
                aid,
                name,
                kind,
                EMPTY,
                EMPTY,
                _wikidata(name, kind),
                positions=EMPTY,
                countries=EMPTY,
            )
            if self.forms is not None:  # no dict of its own: they are kept in the table
                actors[aid].forms = NO_FORMS  # type: ignore[assignment] - a mapping

    def assign(self, result: DocResult) -> None:
        """Give the article's mentions their actor ids and add them to their actors;
        rewrite its statements' speakers, its events' participants and places from
        names to actor ids."""
        by_name: dict[tuple[str, str], str] = {}  # names as the extractors wrote them
        for m in result.actors:
            key = self._key(m)
            m.scope = key[0]
            m.actor_id = self._ids[self._target[key]]
            by_name.setdefault((m.evidence.doc_id, m.name), m.actor_id)

        def lookup(doc_id: str, name: str | None) -> str | None:
            # An unresolved "I" or "they" stays a name: as a key it would reach any
            # actor some other document happened to give that name.
            if name is None or is_pronoun(name):
                return None
            aid = by_name.get((doc_id, name))
            if aid is not None:
                return aid
            scopeless = self._target.get((None, name))
            return self._ids[scopeless] if scopeless else None

        for m in result.actors:
            aid = m.actor_id
            actor = self.actors[aid]
            if self.spans is not None:
                row = self.spans.add(aid, m.evidence)
            else:
                actor.mentions.append(m.evidence)
            if m.form != NAME:
                if self.forms is not None:  # the span's row, when the table holds it
                    tabled = self.spans is not None and self.forms.table is self.spans
                    self.forms.add(aid, row if tabled else m.evidence, m.form)
                else:
                    actor.forms[m.evidence] = m.form
            bare = surface_name(m.evidence.text)
            if m.form == NAME and bare.casefold() != re.sub(r"^the\s+", "", actor.name.casefold()):
                _own(actor, "aliases").add(bare)
            if m.title:
                _own(actor, "titles").add(m.title)
            doc_id = m.evidence.doc_id
            for why in (m.reason, self._reason.get((m.scope, m.name))):
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

        doc_id = result.doc.id
        for st in result.statements:
            st.speaker = lookup(doc_id, st.speaker_name) or st.speaker
            about = [a for a in (lookup(doc_id, n) for n in st.about_actors) if a]
            st.about_actors = [
                a for i, a in enumerate(about) if a not in about[:i] and a != st.speaker
            ]
        for ev in result.events:
            for p in ev.participants:
                p.actor = lookup(doc_id, p.actor) or p.actor
            if ev.place is not None:
                ev.place = lookup(doc_id, ev.place) or ev.place

    def finish(self) -> dict[str, Actor]:
        """The actors, once every article is assigned: mentions and reasons in order,
        the vaguer copy of a position dropped, empty sets let go."""
        if self.spans is not None:  # sorted there, as each list was
            self.spans.settle(self.actors)
        for actor in self.actors.values():
            if self.spans is None:
                actor.mentions.sort()
            actor.merge_reasons.sort()
            placed = {p.role for p in actor.positions if p.affiliation}  # drop the vaguer copy
            if placed:
                actor.positions = {
                    p for p in actor.positions if p.affiliation or p.role not in placed
                }
            _let_go_of_empty(actor)
        return self.actors


def resolve(results: list[DocResult]) -> dict[str, Actor]:
    """Assign ``actor_id`` to every mention and return the actors by id.

    Also rewrites statement speakers, event participants and places, positions and
    countries from names to actor ids, so later stages see only resolved actors.
    """
    names = Names.counted(lambda: (r.actors for r in results))
    for r in results:
        names.assign(r)
    return names.finish()


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

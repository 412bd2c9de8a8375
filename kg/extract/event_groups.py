"""Event groups: which mentions of one document are one event, and the event they make.

:mod:`kg.extract.events` finds the mentions (a trigger, its type, participants, time,
place, its own factuality); this module decides which of them name the same happening
and builds one :class:`~kg.model.Event` per group, with its title.

How:

* grouping: a mention joins the most salient earlier group of its type and certainty
  when their participants agree (directed events must not swap or change who acts and
  who is acted on; symmetric ones share a partner); a bare mention ("the talks") joins
  the latest one of its kind when it repeats the word or is definite; groups that later
  turn out to share participants are joined;
* the event: the mention with most participants (then a time) gives the type, trigger
  and title; participants, time, place and instruments are the union of the group's;
* the title: a verb with its subject and predicate ("Israel bombed three nuclear
  facilities in Iran"), a noun with its modifiers and "with/between/in/on" phrases
  ("US-Iran talks in Muscat").
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

from spacy.tokens import Token

from ..model import ACTUAL, ASSERTED, REPORTED, Document, Event, Evidence, Participant, TimeValue
from ..taxonomy import EVENT_TYPES, OTHER
from .spans import evidence as exact

SERIES = {"exchange", "round", "series", "wave", "spate", "string", "day", "week", "month", "year"}


@dataclass
class _Mention:
    trigger: Token
    type: str
    participants: list[Participant] = field(default_factory=list)
    time: TimeValue | None = None
    place: str | None = None
    factuality: str = ASSERTED
    duration: tuple[int, str, Evidence] | None = None  # "more than a month": (1, "month", …)
    instruments: list[tuple[int, int]] = field(default_factory=list)  # "with drones"
    joins: Token | None = None  # the event noun a support verb carries ("launched an attack")
    quoted: bool = False  # inside the content of a statement
    lemmas: frozenset[str] | None = None  # cached by _lemmas
    ongoing: bool = False  # "the talks are ongoing", "the negotiation is going well"


DIRECTED = {"UseOfForce", "Sanction", "Threaten", "Demand", "Arrest"}
# Types where the subject or possessor does the act alone; in the others (talks,
# meetings, agreements) it is one of several partners.
SYMMETRIC = {"Consult", "Negotiate", "Agree", "Contest", "Election"}
ACTING = set(EVENT_TYPES) - SYMMETRIC


def _lemmas(m: _Mention, words: Collection[tuple[str, str]]) -> frozenset[str]:
    """The trigger's lemma and those of trigger nouns compounded into it ("summit")."""
    if m.lemmas is None:
        m.lemmas = frozenset(
            {m.trigger.lemma_.lower()}
            | {
                c.lemma_.lower()
                for c in m.trigger.children
                if c.dep_ == "compound" and ("NOUN", c.lemma_.lower()) in words
            }
        )
    return m.lemmas


def _same_event(group: list[_Mention], m: _Mention, words: Collection[tuple[str, str]]) -> bool:
    """Whether a mention continues an event already seen in the document.

    Directed events (one side acts on another) must not disagree on who acts or who
    is acted on; symmetric ones (talks, meetings) need a shared participant. A bare
    mention ("the truce", "the summit") joins the latest event of its type when it
    repeats the lemma or is definite.
    """

    def roles(ms: list[_Mention], wanted: set[str]) -> set[str]:
        return {p.actor for x in ms for p in x.participants if p.role in wanted}

    names = roles([m], {"agent", "patient", "partner", "host"})
    gnames = roles(group, {"agent", "patient", "partner", "host"})
    same_word = bool(_lemmas(m, words) & set().union(*(_lemmas(x, words) for x in group)))
    if m.type == OTHER and not same_word:
        return False  # untyped events share nothing but a participant
    if names and not gnames:
        return same_word  # a named act does not fold into an earlier bare mention
    if not names:
        noun = m.trigger.head if m.trigger.dep_ == "compound" else m.trigger
        definite = m.trigger.pos_ == "NOUN" and any(  # "the talks", "the negotiation process"
            c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children
        )
        return same_word or definite
    if m.type in DIRECTED:
        if roles([m], {"agent"}) & roles(group, {"patient"}) or roles([m], {"patient"}) & roles(
            group, {"agent"}
        ):
            return False  # "Israel strikes" and "strike Israel" are two events
        for role in ("agent", "patient"):
            a, b = roles([m], {role}), roles(group, {role})
            if a and b and not a & b:
                return False
        return bool(names & gnames)
    return bool(names & gnames)


def _salience(group: list[_Mention]) -> int:
    return len({p.actor for m in group for p in m.participants})


def _joinable(g: list[_Mention], h: list[_Mention], words: Collection[tuple[str, str]]) -> bool:
    """Two groups with named participants that would have been one event."""
    names = {p.actor for m in h for p in m.participants if p.role != "location"}
    gnames = {p.actor for m in g for p in m.participants if p.role != "location"}
    return bool(names and gnames) and all(_same_event(g, m, words) for m in h if m.participants)


def _key(m: _Mention) -> str:
    return "actual" if m.factuality in ACTUAL else m.factuality


def group_mentions(
    mentions: list[_Mention], trigger_words: Collection[tuple[str, str]]
) -> list[list[_Mention]]:
    """The mentions of one document in groups, one group per event, in order of first
    mention. ``trigger_words`` are the lexicon's ``(pos, lemma)`` keys: a compounded
    trigger noun ("summit talks") counts as the mention's word too."""
    groups: list[list[_Mention]] = []
    by_kind: dict[tuple[str, str], list[list[_Mention]]] = {}  # only these can be one event
    for m in mentions:
        fits = [g for g in by_kind.get((m.type, _key(m)), []) if _same_event(g, m, trigger_words)]
        if fits:  # the most salient candidate: most participants, then the latest
            max(reversed(fits), key=_salience).append(m)
        else:
            groups.append([m])
            by_kind.setdefault((m.type, _key(m)), []).append(groups[-1])
    merged = True
    while merged:  # groups that met the same participants later are one event
        merged = False
        for i, g in enumerate(groups):
            for h in groups[i + 1 :]:
                if (
                    g[0].type == h[0].type
                    and _key(g[0]) == _key(h[0])
                    and _joinable(g, h, trigger_words)
                ):
                    g.extend(h)
                    groups.remove(h)
                    merged = True
                    break
            if merged:
                break
    return groups


def to_event(g: list[_Mention], document: Document) -> Event:
    """The event a group of mentions (sorted by position) makes."""
    best = max(g, key=lambda m: (len(m.participants), m.time is not None, -m.trigger.i))
    trig = best.trigger
    ev = Event(
        id=f"{document.id}/{trig.idx}-{trig.idx + len(trig.text)}",
        type=best.type,
        trigger=exact(document, trig.idx, trig.idx + len(trig.text), trig.idx),
        lemma=trig.lemma_.lower(),
        mentions=[
            exact(document, m.trigger.idx, m.trigger.idx + len(m.trigger.text), m.trigger.idx)
            for m in g
        ],
        factuality=best.factuality
        if _key(best) != "actual"
        else (ASSERTED if any(m.factuality == ASSERTED for m in g) else REPORTED),
        sources=[document.id],
        ongoing=any(m.ongoing for m in g),
    )
    ev.title = title(best)
    ev.summary = _sentence(best.trigger.sent.text)
    seen: set[tuple[str, str]] = set()
    for m in g:
        for p in m.participants:
            if (p.actor, p.role) not in seen:
                seen.add((p.actor, p.role))
                ev.participants.append(p)
        ev.time = ev.time or m.time
        ev.place = ev.place or m.place
        ev.instruments += [exact(document, s, e) for s, e in m.instruments]
    return ev


def title(m: _Mention) -> str:
    """A headline for the event a mention names."""
    doc = m.trigger.doc
    trig = m.trigger
    if trig.pos_ == "VERB":
        agent = next((p.actor for p in m.participants if p.role == "agent"), None)
        if agent is None:  # no actor: the subject as written ("An earthquake", "Union
            # members"), unless it is a bare pronoun
            subj = next((c for c in trig.children if c.dep_ in {"nsubj", "nsubjpass"}), m.joins)
            if subj is not None and subj.dep_ in {"nsubj", "nsubjpass"} and subj.pos_ != "PRON":
                agent = doc[subj.left_edge.i : subj.i + 1].text
        words = _predicate(trig)
        text = f"{agent} {words}" if agent else words
    else:
        if trig.dep_ in {"compound", "amod"} and trig.head.pos_ == "NOUN":
            trig = trig.head  # "bombing campaign"
        outer = trig.head.head
        if (
            trig.dep_ == "pobj"
            and trig.head.lower_ == "of"
            and (outer.ent_type_ in {"DATE", "TIME"} or outer.lemma_.lower() in SERIES)
        ):
            # "more than a month of fighting", "exchanges of fire"
            start = min(
                [outer.left_edge.i] + [e.start for e in doc.ents if e.start <= outer.i < e.end]
            )
            return _capital(doc[start : trig.i + 1].text)
        left = min(
            [
                c.left_edge.i
                for c in trig.children
                if c.dep_ in {"compound", "amod", "nmod", "nummod", "poss"} and c.i < trig.i
            ]
            + [trig.i]
        )
        right = trig.i
        for c in trig.children:
            if c.dep_ == "prep" and c.lower_ in {
                "with",
                "between",
                "in",
                "on",
                "against",
                "over",
                "at",
            }:
                right = max(right, c.right_edge.i)
        span = doc[left : right + 1]
        text = span.text
    return _capital(text)


def _capital(text: str, limit: int = 14) -> str:
    """Display text: one line, at most ``limit`` words, first letter upper case."""
    words = text.split()
    text = " ".join(words[:limit]) + (" …" if len(words) > limit else "")
    return text[:1].upper() + text[1:]


def _sentence(text: str) -> str:
    """A sentence as display text: one line, no stray quotation mark at its edges."""
    text = " ".join(text.split())
    while text[:1] in {'"', "“", "”"} and (
        text.count('"') % 2 or text.count("“") != text.count("”")
    ):
        text = text[1:].lstrip()
    return text


def _predicate(trig: Token) -> str:
    """The verb phrase of a trigger: the verb, its particles, objects and complements,
    without the subject or trailing time words ("bombed three nuclear facilities in Iran")."""
    keep = [
        c
        for c in trig.children
        if c.i > trig.i
        and c.dep_
        in {"dobj", "prt", "prep", "attr", "oprd", "dative", "acomp", "xcomp", "ccomp", "agent"}
        and c.ent_type_ not in {"DATE", "TIME"}
        and c.lower_ not in {"during", "after", "before"}
        and not any(g.ent_type_ in {"DATE", "TIME"} for g in c.children if g.dep_ == "pobj")
    ]
    aux = [
        c
        for c in trig.children
        if c.dep_ in {"aux", "auxpass", "neg"} and c.i < trig.i and c.lower_ != "to"
    ]
    start = min([c.i for c in aux] + [trig.i])
    end = max([c.right_edge.i for c in keep] + [trig.i])
    return trig.doc[start : end + 1].text.rstrip(" ,;:“”\"'")

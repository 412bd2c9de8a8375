"""Events: what happened or is planned, who took part in which role, when, where, how sure.

How, in order:

* triggers: the table ``kg/data/event_triggers.tsv`` maps verb and noun lemmas (and
  two-word phrases: "step down", "press conference") to a type of the taxonomy
  (``EVENT_TYPES``, mapped to CAMEO / PLOVER in the ontology); any other verb is an
  ``OtherEvent``, except states and reporting verbs (statements record those). A few
  readings depend on the words around: "workers on strike", "an earthquake struck",
  "fired the coach", "opened fire";
* one event, several words: a support verb carries its noun ("launched an attack",
  "signed a deal", "a truce agreed on"), a disaster or phase verb its subject ("an
  earthquake struck …, killing 12", "the talks stalled"); which mentions are one
  event, and the event's title, is :mod:`kg.extract.event_groups`;
* participants from the dependency tree: subject agent, object patient (partner in
  talks and meetings), "with/between" partners, "in/at" place, "EU-mediated" and
  "hosted by" mediators and hosts, "with drones" instruments; "we" in a quote is the
  speaker's side;
* the three clocks: the DATE/TIME entity attached to the trigger, resolved by
  :mod:`kg.extract.timex` against the publication date, or inside a quote against the
  day it was said; a duration ("more than a month of fighting") bounded by the dated
  event that ended it;
* factuality from negation, modals, conditionals and future forms on the trigger's
  clause, "reported" inside a statement; "ongoing" for talks under way;
* per participant, one sentence saying what it did
  (its own verb phrase, or its role), to which :func:`add_responses` adds, after
  resolution, what it said about the event itself or through its officials.

The graph keeps every typed event and the untyped ones a named actor takes part in
outside quotes (:func:`_anchored`); ``every_event`` keeps all, for the ECB+ bench.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..gazetteer import table_rows, words
from ..model import (
    ACTUAL,
    ASSERTED,
    COUNTRY,
    DIRECT,
    HYPOTHETICAL,
    NEGATED,
    PLACE,
    PLANNED,
    REPORTED,
    Actor,
    Document,
    Event,
    Participant,
    Statement,
    TimeValue,
)
from ..taxonomy import EVENT_TYPES, OTHER
from .actors import ActorIndex
from .event_groups import (
    ACTING,
    DIRECTED,
    SYMMETRIC,
    _capital,
    _Mention,
    _predicate,
    group_mentions,
    to_event,
)
from .spans import evidence as exact
from .timex import NUMBERS, normalise

NEVER = "-"


@dataclass(frozen=True)
class Lexicon:
    """The trigger table (``kg/data/event_triggers.tsv``) as lookups.

    Single words map ``(pos, lemma)`` to a type; two-word entries map the head lemma to
    ``(second word, type)`` pairs: a verb with that particle or preposition ("step
    down", "call for"), a noun after that modifier ("press conference").
    """

    words: dict[tuple[str, str], str]
    phrases: dict[tuple[str, str], tuple[tuple[str, str], ...]]
    never: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    words: dict[tuple[str, str], str] = {}
    phrases: dict[tuple[str, str], list[tuple[str, str]]] = {}
    never: set[str] = set()
    for kind, pos, lemmas in table_rows("event_triggers.tsv", 3):
        for lemma in (x.strip().lower() for x in lemmas.split("|") if x.strip()):
            if " " in lemma:  # NEVER phrases too: "play down" is no contest
                first, second = lemma.split(" ", 1)
                if pos == "VERB":
                    phrases.setdefault((pos, first), []).append((second, kind))
                else:
                    phrases.setdefault((pos, second), []).append((first, kind))
            elif kind == NEVER:
                never.add(lemma)
            else:
                words.setdefault((pos, lemma), kind)  # the first row listing a word wins
    typed = {w for pos, w in words if pos == "VERB"}
    return Lexicon(words, {k: tuple(v) for k, v in phrases.items()}, frozenset(never - typed))


LABOUR = words(
    "worker union employee staff driver docker dockworker teacher nurse operator miner pilot "
    "crew doctor wage pay picket walkout"
)
MILITARY = words(
    "force forces troop army soldier military shell shelling gun gunfire missile rocket "
    "artillery drone border ceasefire truce sniper mortar shot militant exchange"
)
MODAL_HYPO = {"may", "might", "could", "would", "should"}
MODAL_FUTURE = {"will", "shall", "'ll", "wo"}
PLAN_VERBS = {"plan", "schedule", "expect", "prepare", "set", "due", "intend", "aim", "hope"}
HYPO_NOUNS = {"possibility", "prospect", "chance", "risk", "threat", "likelihood"}
DURATION = re.compile(
    r"^(?:more than |less than |about |nearly |almost |over |some )?(?P<n>a|an|\d+|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|several|few)[- ]"
    r"(?P<unit>hours?|days?|weeks?|months?|years?)$",
    re.IGNORECASE,
)
NUMBER_WORDS = NUMBERS | {"an": 1, "several": 3, "few": 3}
FIRST_PLURAL = {"we", "us", "our", "ours"}  # "our armed forces": the speaker's side
FIRST_SINGULAR = {"i", "me", "my"}
HOSTS = {"host", "organise", "organize", "chair", "sponsor"}
CONVENERS = {"mediate", "broker", "facilitate", "host", "organise", "organize", "chair", "sponsor"}
FORCEFUL = {"UseOfForce", "MilitaryPosture", "Threaten"}
CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "conj", "relcl", "xcomp", "pcomp", "acl", "csubj"}


ASPECTUAL = words(
    "begin start end resume continue conclude open close occur happen take break last "
    "finish stall collapse proceed unfold"
)  # verbs whose subject is the event itself: its time is theirs
PHASES = words("suspend halt stall postpone cancel delay interrupt escalate intensify")
ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "agent"}
SPEECH_ACTS = {"Threaten", "Demand", "Reject", "MakeStatement"}
REPORTING = words("say tell report add note state explain write claim describe quote cite")
NATURAL = {"Disaster", "Accident"}  # events with no actor: a place they hit is where
HARM_VERBS = words("kill injure wound destroy damage flatten leave displace trap")
GENERIC_HEADS = {"campaign", "operation", "process", "effort", "programme", "program", "round"}
DISASTER_VERBS = {"strike", "hit", "shake", "rock", "jolt", "devastate", "ravage", "sweep"}
LIGHT_VERBS = {
    "hold", "stage", "conduct", "carry", "launch", "mount", "make", "reach", "strike", "sign",
    "seal", "win", "lose", "attend", "join", "impose", "announce", "lead", "host", "agree",
}  # fmt: skip


def _actor_object(tok: Token, index: ActorIndex) -> bool:
    """Whether the verb's direct object is a person or group ("fired the coach")."""
    for c in tok.children:
        if c.dep_ in {"dobj", "nsubjpass"}:
            m = index.actor_at(c) or index.group_of(c)
            if m is not None and m.kind in {"person", "group"}:
                return True
            if c.pos_ == "PRON" or c.lemma_.lower() in {"coach", "manager", "prisoner", "hostage"}:
                return True
    return False


def _labour_strike(tok: Token) -> bool:
    """Whether the noun "strike" is a walkout: "workers on strike", "a 48-hour strike",
    or any strike in an article that speaks of one (the "one-day strike" of dockers)."""
    if any(c.lower_ in {"air", "missile", "drone", "military", "nuclear"} for c in tok.children):
        return False
    doc = tok.doc
    if "labour_strike" not in doc.user_data:
        doc.user_data["labour_strike"] = any(
            t.lemma_.lower() == "strike"
            and t.pos_ == "NOUN"
            and (
                t.head.lower_ == "on"
                or {w.lemma_.lower() for w in t.sent} & LABOUR
                or any(
                    DURATION.search(c.text) or c.lower_ in {"general", "hunger"} for c in t.children
                )
            )
            for t in doc
        )
    return doc.user_data["labour_strike"]


def _trigger_type(tok: Token, index: ActorIndex) -> str | None:
    """The event type a token triggers, or None: lexicon first, then a few readings
    that depend on the words around ("workers on strike", "an earthquake struck",
    "fired the coach", "opened fire")."""
    lex = lexicon()
    lemma = tok.lemma_.lower()
    pos = "NOUN" if tok.pos_ == "NOUN" else "VERB" if tok.pos_ == "VERB" else None
    if pos is None:
        return None
    if pos == "VERB" and lemma in REPORTING:
        return "MakeStatement"  # a cue kg found no quote for; kept out of the graph
    kind = None
    for second, k in lex.phrases.get((pos, lemma), ()):
        if (
            pos == "VERB"
            and any(c.dep_ in {"prt", "prep", "dobj"} and c.lower_ == second for c in tok.children)
            or pos == "NOUN"
            and tok.i > 0
            and tok.nbor(-1).lower_ == second
        ):
            kind = k
    if kind == NEVER:
        return None
    kind = kind or lex.words.get((pos, lemma)) or lex.words.get((pos, tok.lower_))
    if pos == "VERB":
        if kind is None and lemma not in lex.never and tok.is_alpha and len(lemma) > 1:
            kind = OTHER  # kept only when it has a participant, see _anchored
        if lemma == "talk" and not any(c.lower_ in {"with", "to"} for c in tok.children):
            kind = None
        subj = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if lemma in DISASTER_VERBS and any(
            lex.words.get(("NOUN", c.lemma_.lower())) == "Disaster" for c in subj
        ):
            kind = "Disaster"  # "an earthquake struck": one event with the quake
        elif lemma in {"fire", "dismiss", "sack"}:
            kind = "Resignation" if _actor_object(tok, index) else "UseOfForce"
            if lemma == "dismiss" and kind == "UseOfForce":
                kind = "Reject"
        elif lemma == "release":
            kind = "Yield" if _actor_object(tok, index) else "Business"
        elif lemma == "strike" and any(c.lemma_.lower() in LABOUR for c in subj):
            kind = "Protest"
    else:
        if lemma == "strike" and _labour_strike(tok):
            kind = "Protest"  # workers on strike, not an air strike
        elif lemma == "fire":
            near = {t.lemma_.lower() for t in tok.sent}
            if not near & MILITARY:
                kind = "Disaster"  # a house fire, not gunfire
        elif lemma == "charge" and tok.head.lower_ == "in":
            kind = None  # "in charge of"
        elif lemma in {"call", "appeal"} and any(
            c.dep_ == "prep" and c.lower_ == "for" for c in tok.children
        ):
            kind = "Demand"
    return kind


def _generic(tok: Token) -> bool:
    """A definitional use ("a ceasefire is when …") names no particular event."""
    return (
        tok.dep_ == "nsubj"
        and tok.head.lemma_ == "be"
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children)
    )


def _with_conj(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if c.dep_ == "conj":
            out.extend(_with_conj(c))
    return out


def _clause_verb(tok: Token) -> Token:
    """The verb heading the clause a (nominal) trigger sits in."""
    cur = tok
    for _ in range(8):
        if cur.pos_ in {"VERB", "AUX"} and (cur.dep_ in CLAUSE_DEPS or cur.head == cur):
            return cur
        if cur.head == cur:
            return cur
        cur = cur.head
    return cur


class _Extractor:
    def __init__(
        self, parsed: Doc, document: Document, index: ActorIndex, statements: list[Statement]
    ):
        self.doc, self.document, self.index = parsed, document, index
        self.quoted: list[tuple[int, int, Statement]] = []
        for st in statements:
            for part in st.content:
                start = document.clean_offset(part.start)
                self.quoted.append((start, start + (part.end - part.start), st))

        self.kinds: dict[int, str | None] = {}  # token -> trigger type, see kind()
        self.sentence = [0] * len(parsed)  # token -> start of its sentence
        for sent in parsed.sents:
            self.sentence[sent.start : sent.end] = [sent.start] * len(sent)
        self.dates: dict[int, list] = {}  # sentence start -> its DATE/TIME entities
        for e in parsed.ents:
            if e.label_ in {"DATE", "TIME"}:
                self.dates.setdefault(self.sentence[e.start], []).append(e)

    def kind(self, tok: Token) -> str | None:
        """The trigger type of a token, read once per document (the loops below ask
        again for heads, children and subjects)."""
        if tok.i not in self.kinds:
            self.kinds[tok.i] = _trigger_type(tok, self.index)
        return self.kinds[tok.i]

    def statement_at(self, char: int) -> Statement | None:
        """The statement whose content holds this character of the clean text."""
        return next((st for s, e, st in self.quoted if s <= char < e), None)

    def speaker(self, tok: Token) -> str | None:
        """Who "we", "our" or "I" is inside a quote: the speaker, or for "we" the
        country or organisation the speaker serves ("We're going to talk to them")."""
        st = self.statement_at(tok.idx)
        if st is None or st.speaker_name is None:
            return None
        if tok.lower_ in FIRST_PLURAL:
            for m in self.index.mentions:
                if m.name == st.speaker_name and m.position and m.position.affiliation:
                    return m.position.affiliation
        return st.speaker_name

    def actor(self, tok: Token) -> str | None:
        if tok.pos_ == "PRON" and tok.lower_ in FIRST_PLURAL | FIRST_SINGULAR:
            return self.speaker(tok)
        if tok.dep_ != "poss" and any(
            c.dep_ == "poss" and c.lower_ in FIRST_PLURAL for c in tok.children
        ):
            return self.speaker(next(c for c in tok.children if c.dep_ == "poss"))
        m = self.index.actor_at(tok) or self.index.group_of(tok)
        return m.name if m else None

    def located(self, tok: Token) -> Token | None:
        """The place token of an unnamed participant: "three nuclear facilities in
        Iran", "dockworkers in Rotterdam"."""
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in {"in", "of"}:
                for pobj in c.children:
                    m = self.index.actor_at(pobj) if pobj.dep_ == "pobj" else None
                    if m is not None and m.kind in {PLACE, COUNTRY}:
                        return pobj
        return None

    def add(self, m: _Mention, tok: Token, role: str) -> None:
        for t in _with_conj(tok):
            name = self.actor(t)
            if name is None:
                place = self.located(t)
                if place is None:
                    continue
                t, name, role = place, self.actor(place), "location"  # the evidence is
                # the place's own word, not the unnamed participant's
            kind = self.index.kind_of.get(name)
            if kind == PLACE and role != "location":
                role = "location"  # "dockworkers in Rotterdam": a place never acts
            if kind in {PLACE, COUNTRY} and m.type in NATURAL:
                role = "location"  # "an earthquake struck Chile": where, not whom
            if role == "location" and kind in {"person", "group"}:
                continue  # "in front of a judge": a person is not a place
            if role == "location" and kind in {PLACE, COUNTRY}:
                m.place = m.place or name
                if m.type in DIRECTED and kind == COUNTRY:
                    role = "patient"  # "bombed three nuclear facilities in Iran"
            if any(p.actor == name for p in m.participants):
                continue
            named = self.index.actor_at(t)
            if role == "location" and named is not None and named.name == name:
                ev = named.evidence  # the place's own words: "Atlanta" of "an Atlanta judge"
            else:
                span = (
                    self.doc[t.left_edge.i : t.right_edge.i + 1]
                    if role != "location"
                    else self.doc[t.i : t.i + 1]
                )
                ev = exact(self.document, span.start_char, span.end_char, t.idx)
            m.participants.append(Participant(name, role, evidence=ev))
            if role != "location" and self.index.kind_of.get(name) in {COUNTRY, "organisation"}:
                for c in t.children:  # "talks between Iran and the US in Muscat" (the
                    # parse hangs the city on the last partner; a country is not in a city)
                    if c.dep_ == "prep" and c.lower_ in {"in", "at"}:
                        for pobj in c.children:
                            if (
                                pobj.dep_ == "pobj"
                                and self.index.kind_of.get(self.actor(pobj) or "") == PLACE
                            ):
                                self.add(m, pobj, "location")

    def participants(self, m: _Mention) -> None:
        trig = m.trigger
        if trig.pos_ == "VERB":
            passive = any(c.dep_ == "auxpass" for c in trig.children)
            for c in trig.children:
                if c.dep_ == "nsubj":
                    self.add(m, c, "agent")
                elif c.dep_ in {"dobj", "nsubjpass"}:  # "met the delegation": a partner
                    self.add(m, c, "partner" if m.type in SYMMETRIC else "patient")
                elif c.dep_ == "agent" and passive:
                    for p in c.children:
                        self.add(m, p, "agent")
            if not any(p.role == "agent" for p in m.participants):
                head = trig  # "going to talk", "the possibility of talking"
                for _ in range(4):
                    if head.dep_ not in {"xcomp", "pcomp", "pobj", "prep", "dobj", "acomp"}:
                        break
                    head = head.head
                    subj = [c for c in head.children if c.dep_ == "nsubj"]
                    if subj:
                        self.add(m, subj[0], "agent")
                        break
        else:
            kids = list(trig.children)
            if trig.dep_ in {"compound", "amod"} and trig.head.pos_ == "NOUN":
                kids += [c for c in trig.head.children if c != trig]  # "bombing campaign"
            for c in kids:
                if c.lemma_.lower() in CONVENERS and c.dep_ in {"amod", "acl", "compound"}:
                    self.conveners(m, c)  # "EU-mediated talks", "a meeting hosted by Oman"
                elif c.dep_ in {"compound", "amod", "nmod"} and c.i < trig.i:
                    role = (
                        "host"
                        if m.type == "Consult"
                        and self.index.kind_of.get(self.actor(c) or "") == "organisation"
                        else (
                            "agent"
                            if m.type in {"UseOfForce", "Sanction", "Threaten"}
                            else "partner"
                        )
                    )
                    self.add(m, c, role)
                    for cc in c.children:  # "US-Israeli": Israeli is a child of US
                        if cc.dep_ in {"amod", "compound", "conj", "npadvmod"}:
                            self.add(m, cc, role)
                elif c.dep_ == "poss":
                    self.add(m, c, "agent" if m.type in ACTING else "partner")
            gov = trig.head
            if trig.dep_ == "pobj" and gov.head.pos_ == "VERB":
                gov = gov.head  # "went on strike"
            if trig.dep_ in {"dobj", "pobj"} and gov.pos_ == "VERB":  # "held talks"
                for c in gov.children:
                    if c.dep_ == "nsubj":
                        role = "agent" if m.type in ACTING else "partner"
                        if gov.lemma_.lower() in CONVENERS:
                            role = "host" if gov.lemma_.lower() in HOSTS else "mediator"
                        self.add(m, c, role)  # "Oman hosted talks", "held talks"
        preps = list(trig.children)
        if trig.pos_ == "NOUN" and trig.dep_ in {"compound", "amod"}:
            preps += list(trig.head.children)
        if trig.pos_ == "NOUN" and trig.dep_ in {"dobj", "nsubjpass"} and trig.head.pos_ == "VERB":
            # "hosted talks … in Muscat": the support verb carries the place
            preps += [c for c in trig.head.children if c.lower_ in {"in", "at"}]
        for prep in preps:
            if prep.dep_ != "prep":
                continue
            role = {
                "with": "partner",
                "between": "partner",
                "against": "patient",
                "on": "patient",
                "in": "location",
                "at": "location",
                "by": "agent",
                "from": "agent",
            }.get(prep.lower_)
            if role is None:
                continue
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                if prep.lower_ == "with" and m.type in FORCEFUL and self.actor(pobj) is None:
                    m.instruments.append(
                        (pobj.left_edge.idx, pobj.right_edge.idx + len(pobj.right_edge.text))
                    )  # "with drones"
                else:
                    self.add(m, pobj, role)
        for c in trig.children:  # "attacked the port using drones"
            if c.dep_ == "advcl" and c.lemma_.lower() in {"use", "fire", "deploy"}:
                for o in c.children:
                    if o.dep_ == "dobj" and self.actor(o) is None:
                        m.instruments.append(
                            (o.left_edge.idx, o.right_edge.idx + len(o.right_edge.text))
                        )

    def conveners(self, m: _Mention, verb: Token) -> None:
        """Who mediates or hosts: "EU-mediated", "mediated by the European Union"."""
        role = "mediator" if verb.lemma_.lower() in {"mediate", "broker", "facilitate"} else "host"
        for c in verb.children:
            if c.dep_ in {"npadvmod", "compound", "nmod", "nsubj"}:
                self.add(m, c, role)
            elif c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        self.add(m, p, role)
        if verb.i >= 2 and verb.nbor(-1).text == "-" and verb.dep_ != "acl":
            self.add(m, verb.nbor(-2), role)  # "EU-mediated" parsed flat

    def time(self, m: _Mention) -> None:
        trig = m.trigger
        dates = self.dates.get(self.sentence[trig.i], [])
        heads = {trig}
        subject = trig.dep_ in {"nsubj", "nsubjpass", "csubj"}
        if trig.dep_ == "pobj" and trig.head.lower_ == "of":
            heads.add(trig.head.head)  # "more than a month of fighting"
        if (trig.pos_ == "NOUN" and not subject) or trig.dep_ in {"advcl", "xcomp", "pcomp"}:
            heads.add(trig.head)  # "talks on Thursday", "came last week when … bombed"
        quoted = m.quoted
        verb = _clause_verb(trig)
        if (
            trig.pos_ == "VERB"
            or (subject and verb.lemma_.lower() in ASPECTUAL)  # "the talks began last week"
            or (not subject and (trig.head == verb or trig.head.head == verb))
        ):  # "held talks on Thursday", not "spoke Thursday about the status of any talks"
            heads.add(verb)  # "negotiations could produce X over the weekend":
            # the subject's own time is not the predicate's
        attached = [
            e
            for e in dates
            if (
                e.root.head in heads
                or any(t in heads for t in e)
                or any(t.head == trig for t in e)
                or (e.root.dep_ == "pobj" and e.root.head.head in heads)
            )
            and (self.statement_at(e.start_char) is not None) == quoted
        ]
        chosen = None
        attached.sort(key=lambda e: min(abs(e.start - trig.i), abs(e.end - 1 - trig.i)))
        for e in attached:  # the nearest first: "said on Thursday … agreed on November 14"
            found = DURATION.search(e.text)
            if found is None:
                chosen = chosen or e
            elif m.duration is None:  # "48-hour", "more than a month": how long, not when
                amount = found.group("n").lower()
                n = int(amount) if amount.isdigit() else NUMBER_WORDS.get(amount, 1)
                unit = found.group("unit").lower().rstrip("s")
                m.duration = (n, unit, exact(self.document, e.start_char, e.end_char))
        if chosen is None:
            return
        # the third clock: inside a statement, "Thursday" counts from when it was said
        st = self.statement_at(trig.idx) if quoted else None
        anchor = self.document.published
        if st is not None and st.time is not None and st.time.precision == "day":
            anchor = st.time.start
        tv = normalise(chosen.text, anchor, future=m.factuality in {PLANNED, HYPOTHETICAL})
        tv.evidence = exact(self.document, chosen.start_char, chosen.end_char)
        m.time = tv

    def factuality(self, m: _Mention) -> str:
        """Certainty from the trigger's own clause only.

        A verb trigger reads its own auxiliaries, negation and mark, and those of the
        verbs it is an ``xcomp`` of ("going to meet"). A noun trigger reads its
        determiner ("no agreement", "any attack") and, when it is what the clause
        asserts (object, attribute, passive subject: "if there is a meeting", "may sign
        an agreement"), the clause verb; a subject ("negotiations could produce …") is
        presupposed, so the verb's modality is not the event's.
        """
        trig = m.trigger
        chain = [trig]
        if trig.pos_ == "VERB":
            cur = trig
            while cur.dep_ in {"xcomp"} and cur.head != cur:
                cur = cur.head
                chain.append(cur)
        elif trig.dep_ in {"dobj", "attr", "nsubjpass", "oprd"}:
            cur = trig.head
            chain.append(cur)
            while cur.dep_ in {"xcomp"} and cur.head != cur:
                cur = cur.head
                chain.append(cur)
        elif trig.dep_ == "pobj" and trig.head.head.lemma_ in HYPO_NOUNS:
            chain.append(trig.head.head)  # "the possibility of talks"
        ancestors = list(trig.ancestors)[:3]
        kids = [c for t in chain for c in t.children]
        words = {c.lower_ for c in kids}
        dets = {c.lower_ for c in trig.children if c.dep_ == "det"}
        if any(c.dep_ == "neg" for c in kids) or "no" in dets:
            return NEGATED
        if (
            words & {"if", "unless", "whether"}
            or words & MODAL_HYPO
            or "any" in dets
            or any(t.lemma_ in HYPO_NOUNS for t in chain[1:] + ancestors)
            or any(t.lower_ == "ready" for t in chain[1:])
        ):
            return HYPOTHETICAL
        if (
            words & MODAL_FUTURE
            or any(t.lemma_ in PLAN_VERBS for t in chain[1:])
            or any(t.lower_ == "going" and any(c.dep_ == "aux" for c in t.children) for t in chain)
            or any(t.lower_ in {"next", "upcoming", "planned"} for t in trig.subtree)
        ):
            return PLANNED
        return REPORTED if m.quoted else ASSERTED


# How a response sentence starts, by role, when the text gave no verb phrase of the
# actor's own; the linker puts sentences in the text's own words first when it merges.
ROLE_SENTENCES = {
    "agent": "Carried out the ",
    "patient": "Was the target of the ",
    "partner": "Took part in the ",
    "host": "Hosted the ",
    "mediator": "Mediated the ",
    "location": "Place of the ",
}
ROLE_FALLBACK = "Involved in the "
ROLE_TEMPLATES = (*ROLE_SENTENCES.values(), ROLE_FALLBACK)


def _describe(p: Participant, event: Event, mentions: list[_Mention]) -> str:
    """One sentence saying what a participant did in the event (the card's responses):
    its own verb phrase when the text gives one ("Bombed three nuclear facilities in
    Iran."), else its role in words."""
    label = EVENT_TYPES.get(event.type, ("event", ""))[0]
    own = next((m for m in mentions if any(q is p for q in m.participants)), None)
    others = sorted(
        {
            q.actor
            for q in event.participants
            if q.actor != p.actor and q.role in {"partner", "agent", "host", "patient"}
        }
    )
    with_others = f" with {', '.join(others)}" if others else ""
    if own is not None and own.trigger.pos_ == "VERB" and p.role == "agent":
        phrase = _capital(_predicate(own.trigger), 16)
        return phrase if phrase.endswith("…") else phrase + "."
    title = event.title or label  # kept as written: it may start with a name
    between = f" between {', '.join(others)}" if others else ""
    tail = {
        "agent": f": {title}.",
        "patient": f": {title}.",
        "partner": f"{with_others}.",
        "host": f"{with_others}.",
        "mediator": f"{between}.",
    }.get(p.role, ".")
    return ROLE_SENTENCES.get(p.role, ROLE_FALLBACK) + label + tail


def _mentions(ex: _Extractor, parsed: Doc, cues: set[int]) -> list[_Mention]:
    """Every event mention of the document, with its participants, time and certainty."""
    mentions: list[_Mention] = []
    for tok in parsed:
        if tok.idx in cues:
            continue  # a reporting verb: the statement is the record of that act
        kind = ex.kind(tok)
        if kind is None or _generic(tok):
            continue
        if tok.pos_ == "NOUN":
            if tok.dep_ == "compound" and tok.head.lemma_.lower() not in GENERIC_HEADS:
                continue  # "summit meeting", "fire-bomb", "party girl": the head names it
            if tok.lemma_.lower() in GENERIC_HEADS and any(
                c.dep_ in {"compound", "amod"} and ex.kind(c) for c in tok.children
            ):
                continue  # "bombing campaign": the modifier says what happened
        if (
            tok.pos_ == "VERB"
            and tok.lemma_.lower() in CONVENERS
            and tok.dep_ in {"amod", "acl"}
            and ex.kind(tok.head)
        ):
            continue  # "EU-mediated talks": a role in the talks, not an event of its own
        m = _Mention(tok, kind, quoted=ex.statement_at(tok.idx) is not None)
        cause = _causing_event(tok, ex.kind)
        if cause is not None:  # "an earthquake struck …, killing 12": one disaster
            m.type, m.joins = ex.kind(cause), cause
        elif tok.pos_ == "VERB" and tok.lemma_.lower() in LIGHT_VERBS:
            # the object first ("the talks reached a deal" carries the deal), then the
            # noun a participle qualifies or the subject ("a truce agreed on November 14",
            # however the parser reads it: the same truce)
            objects = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
            others = [tok.head] if tok.dep_ == "acl" else []
            others += [c for c in tok.children if c.dep_ == "nsubj"]
            noun = next(
                (
                    c
                    for c in objects + others
                    if c.pos_ == "NOUN" and ex.kind(c) not in {None, OTHER}
                ),
                None,
            )
            if noun is not None:  # "launched an attack", "signed a deal": one event
                m.type, m.joins = ex.kind(noun), noun
        ex.participants(m)
        m.factuality = ex.factuality(m)
        m.ongoing = m.factuality in ACTUAL and _ongoing(tok)
        ex.time(m)
        mentions.append(m)
    _bound_durations(mentions, ex.document)
    return mentions


def _causing_event(tok: Token, kind_of: Callable[[Token], str | None]) -> Token | None:
    """The event noun a verb tells the course of: "an earthquake struck", "the crash
    killed three" (also through a participle: "struck …, killing 12"), "the talks
    stalled"."""
    if tok.pos_ != "VERB":
        return None
    verb = tok.head if tok.dep_ in {"advcl", "conj"} and tok.head.pos_ == "VERB" else tok
    if tok.lemma_.lower() in ASPECTUAL | PHASES:  # "the talks stalled", "… were suspended"
        subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if tok.dep_ == "acl":
            subjects.append(tok.head)  # the parser's "the process [that] stalled"
        for subj in subjects:
            if subj.lemma_.lower() in GENERIC_HEADS:  # "the negotiation process stalled"
                subj = next((c for c in subj.children if c.dep_ == "compound"), subj)
            if kind_of(subj) not in {None, OTHER} and subj.pos_ == "NOUN":
                return subj
    for subj in (c for v in (tok, verb) for c in v.children if c.dep_ in {"nsubj", "nsubjpass"}):
        kind = kind_of(subj)
        if kind in {"Disaster", "Accident"} and tok.lemma_.lower() in DISASTER_VERBS | HARM_VERBS:
            return subj
    return None


def _ongoing(tok: Token) -> bool:
    """Whether the text presents the event as under way at the time of writing:
    "ongoing talks", "the talks continue", "the negotiation is going very well",
    "Iran and the US are negotiating"."""
    if any(c.lower_ in {"ongoing", "continuing", "current"} for c in tok.children):
        return True
    verb = tok.head if tok.dep_ in {"nsubj", "nsubjpass"} else tok
    if tok.dep_ in {"nsubj", "nsubjpass"} or tok.pos_ == "VERB":
        if verb.lemma_.lower() in {"continue", "proceed", "progress", "go", "remain", "drag"} and (
            verb.tag_ in {"VBZ", "VBP"} or any(c.lower_ in {"is", "are"} for c in verb.children)
        ):
            return True
        if verb.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lower_ in {"is", "are", "'re", "'s"} for c in verb.children
        ):
            return True  # present progressive
        if tok.dep_ in {"nsubj", "nsubjpass"} and any(
            c.dep_ in {"acomp", "attr"} and c.lower_ in {"ongoing", "under way", "underway"}
            for c in verb.children
        ):
            return True  # "talks are ongoing"
    return False


def _bound_durations(mentions: list[_Mention], document: Document) -> None:
    """Give a duration an end when a dated event ended it: "the April 8 ceasefire that
    halted more than a month of fighting" -> fighting from about March 8 to April 8."""
    by_token = {m.trigger.i: m for m in mentions}
    for m in mentions:
        if m.duration is None or m.time is not None:
            continue
        n, unit, said = m.duration
        iso = f"PT{n}H" if unit == "hour" else f"P{n}{unit[0].upper()}"
        m.time = TimeValue(text=said.text, duration=iso, evidence=said)
        verb = _clause_verb(m.trigger)
        ender = None
        if verb.lemma_.lower() in {"halt", "end", "stop", "conclude", "follow", "cap"}:
            if verb.dep_ == "relcl":
                ender = by_token.get(verb.head.i)
            for c in verb.children:
                if c.dep_ == "nsubj":
                    ender = ender or by_token.get(c.i)
        if ender is None or ender.time is None or ender.time.start is None:
            continue
        end = ender.time.start
        days = {"hour": 0, "day": n, "week": 7 * n, "month": 30 * n, "year": 365 * n}[unit]
        try:
            start = end - timedelta(days=days)
        except OverflowError:  # "10,000 years of fighting" ended in 2024: before year 1
            continue
        m.time.text = f"{said.text} until {ender.time.text}"
        m.time.start, m.time.end = start, end
        m.time.precision = unit if unit != "hour" else "day"


def _anchored(group: list[_Mention]) -> bool:
    """Whether a group says enough to be worth an event node.

    A typed noun stands on its own ("the summit"); a verb needs a participant, a place
    or a time;
    an untyped verb also needs to be told by the article, not only inside a quote
    ("I'd like to separate it" is talk, not news).
    """
    actors = any(p.role != "location" for m in group for p in m.participants)
    argued = any(
        m.participants or m.time or any(c.dep_ in ARGUMENTS for c in m.trigger.children)
        for m in group
    )  # "a man was shot", "a bomb killed two women": no named actor, still an act
    if all(m.trigger.pos_ == "VERB" for m in group) and not argued:
        return False
    if group[0].type in SPEECH_ACTS and not actors:
        return False  # "tensions threaten stability": a figure of speech, not an act
    if any(m.trigger.lemma_.lower() in REPORTING for m in group):
        return False  # "police said" with no content found: the statement is the record
    if group[0].type != OTHER:
        return True
    return actors and not all(m.quoted for m in group)


def extract_events(
    parsed: Doc,
    document: Document,
    index: ActorIndex,
    statements: list[Statement],
    every_event: bool = False,
) -> list[Event]:
    """Events of one document, mentions of the same event grouped; with ``every_event``
    also the groups :func:`_anchored` keeps out of the graph."""
    ex = _Extractor(parsed, document, index, statements)
    cues = {document.clean_offset(st.cue.start) for st in statements if st.cue}
    mentions = _mentions(ex, parsed, cues)
    nouns = {m.trigger.i for m in mentions}
    carried: dict[int, list[_Mention]] = {}  # noun token -> the support verbs it heads
    for m in mentions:
        if m.joins is not None and m.joins.i in nouns:
            carried.setdefault(m.joins.i, []).append(m)
    by_token = {m.trigger.i: m for m in mentions}
    for noun, verbs in carried.items():  # "no agreement was signed", "may sign a deal"
        n = by_token[noun]
        for v in verbs:
            if NEGATED in {n.factuality, v.factuality}:
                n.factuality = v.factuality = NEGATED
            elif n.factuality in ACTUAL:
                n.factuality = v.factuality
    mentions = [m for m in mentions if m.joins is None or m.joins.i not in nouns]
    groups = group_mentions(mentions, lexicon().words, index)
    events = []
    for g in groups:
        g = sorted(
            g + [v for m in g for v in carried.get(m.trigger.i, [])], key=lambda m: m.trigger.i
        )
        if not (every_event or _anchored(g)):
            continue
        ev = to_event(g, document)
        for p in ev.participants:
            p.description = _describe(p, ev, g)
        events.append(ev)
    for st in statements:  # a statement is about the events mentioned in its content
        for ev in events:
            for mention in ev.mentions:
                inside = any(part.start <= mention.start < part.end for part in st.content)
                if inside and ev.id not in st.about_events:
                    st.about_events.append(ev.id)
    return events


SAID = {
    "confirmation": "Confirmed",
    "denial": "Denied",
    "warning": "Warned",
    "promise": "Promised",
    "demand": "Demanded",
    "announcement": "Announced",
    "accusation": "Accused",
    "criticism": "Criticised",
    "praise": "Praised",
    "question": "Asked",
}


def add_responses(
    events: dict[str, Event], statements: list[Statement], actors: dict[str, Actor]
) -> None:
    """Add what each participant said about the event to its response sentence.

    Runs after resolution, when a speaker's offices are known: Araghchi's account of
    the talks is also Iran's ("Said through its foreign minister Abbas Araghchi: …"),
    as the seed card's actor responses read.
    """
    for st in statements:
        speaker = actors.get(st.speaker or "")
        if speaker is None:
            continue
        verb = SAID.get(st.type, "Said")
        for eid in st.about_events:
            ev = events.get(eid)
            if ev is None:
                continue
            inside = [  # the part of a split quote that speaks of this event
                part
                for part in st.content
                if any(
                    m.doc_id == st.doc_id and part.start <= m.start < part.end for m in ev.mentions
                )
            ]
            words = (inside or st.content)[0].text.split()
            if words and words[0].lower() == "that":
                words = words[1:]
            said = " ".join(words[:24]) + (" …" if len(words) > 24 else "")
            said = f": “{said}”" if st.kind == DIRECT else f" that {said}"
            for p in ev.participants:
                if p.actor == speaker.id:
                    line = f"{verb}{said}"
                elif p.actor in speaker.affiliations:
                    office = next(
                        (x.role for x in speaker.positions if x.affiliation == p.actor), None
                    )
                    through = f"its {office} {speaker.name}" if office else speaker.name
                    line = f"{verb} through {through}{said}"
                else:
                    continue
                line += "" if line.rstrip("”").endswith((".", "!", "?", "…")) else "."
                if (
                    line not in p.description
                    and p.description.count("“") + p.description.count(" that ") < 3
                ):
                    p.description = f"{p.description} {line}".strip()

"""Events: what happened or is planned, who took part in which role, when, where, how sure.

How: a trigger lexicon (verbs and nouns, by lemma) proposes event mentions and their
type under a small taxonomy mapped to CAMEO / PLOVER roots (``EVENT_TYPES``; the
ontology carries the mapping). Participants come from the dependency tree around the
trigger (subject = agent, object = patient, "with/between" = partners, "in/at" = place,
nominal modifiers such as "NATO summit" or "US-Israeli bombing campaign"). Time is the
DATE/TIME entity attached to the trigger, resolved by :mod:`kg.extract.timex`.
Factuality reads negation, modals, conditionals and future forms on the trigger's
clause, and "reported" when the mention sits inside a statement. Mentions of one type
that share participants and certainty are grouped into one event per document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..model import (
    ACTUAL,
    ASSERTED,
    COUNTRY,
    HYPOTHETICAL,
    NEGATED,
    PLACE,
    PLANNED,
    REPORTED,
    Document,
    Event,
    Participant,
    Statement,
    TimeValue,
)
from .actors import ActorIndex
from .timex import normalise

# Taxonomy key -> (label, closest CAMEO root / PLOVER category). Keys are kg: terms.
EVENT_TYPES: dict[str, tuple[str, str]] = {
    "MakeStatement": ("statement", "CAMEO 01"),
    "Consult": ("meeting", "CAMEO 04 / PLOVER CONSULT"),
    "Negotiate": ("negotiation", "CAMEO 04 / PLOVER CONSULT"),
    "Agree": ("agreement", "CAMEO 05-06 / PLOVER AGREE"),
    "Demand": ("demand", "CAMEO 10 / PLOVER REQUEST"),
    "Threaten": ("threat", "CAMEO 13 / PLOVER THREATEN"),
    "Protest": ("protest", "CAMEO 14 / PLOVER PROTEST"),
    "UseOfForce": ("use of force", "CAMEO 18-20 / PLOVER ASSAULT"),
    "Ceasefire": ("ceasefire", "CAMEO 087 / PLOVER RETREAT"),
    "Sanction": ("sanction", "CAMEO 16 / PLOVER SANCTION"),
    "Election": ("election", ""),
    "Resignation": ("resignation", ""),
    "Appointment": ("appointment", ""),
    "Merger": ("merger", ""),
    "Disaster": ("disaster", ""),
    "Arrest": ("arrest", "CAMEO 173 / PLOVER COERCE"),
    "Trial": ("trial", ""),
}

NOUN_TRIGGERS = {
    **dict.fromkeys(["talk", "talks", "negotiation", "discussion", "dialogue"], "Negotiate"),
    **dict.fromkeys(["meeting", "summit", "visit", "conference"], "Consult"),
    **dict.fromkeys(["briefing", "speech", "interview"], "MakeStatement"),
    **dict.fromkeys(["ceasefire", "truce", "armistice"], "Ceasefire"),
    **dict.fromkeys(["agreement", "deal", "accord", "treaty"], "Agree"),
    **dict.fromkeys(
        [
            "attack",
            "strike",
            "airstrike",
            "bombing",
            "bombardment",
            "shelling",
            "raid",
            "invasion",
            "assault",
            "offensive",
            "aggression",
        ],
        "UseOfForce",
    ),
    **dict.fromkeys(["protest", "demonstration", "rally", "walkout"], "Protest"),
    **dict.fromkeys(["sanction", "embargo"], "Sanction"),
    **dict.fromkeys(["election", "referendum"], "Election"),
    "resignation": "Resignation",
    "appointment": "Appointment",
    **dict.fromkeys(["merger", "acquisition", "takeover"], "Merger"),
    **dict.fromkeys(["earthquake", "flood", "hurricane", "wildfire", "tsunami"], "Disaster"),
    **dict.fromkeys(["arrest", "detention"], "Arrest"),
    "trial": "Trial",
    "ultimatum": "Demand",
    "threat": "Threaten",
}
VERB_TRIGGERS = {
    **dict.fromkeys(["bomb", "strike", "attack", "shell", "invade", "raid"], "UseOfForce"),
    **dict.fromkeys(["meet", "visit", "host"], "Consult"),
    **dict.fromkeys(["negotiate", "talk"], "Negotiate"),
    "sign": "Agree",
    "protest": "Protest",
    "sanction": "Sanction",
    "resign": "Resignation",
    "appoint": "Appointment",
    "merge": "Merger",
    "acquire": "Merger",
    **dict.fromkeys(["arrest", "detain"], "Arrest"),
    "elect": "Election",
}
LABOUR = {"worker", "union", "employee", "staff", "driver", "docker", "teacher", "nurse"}
MODAL_HYPO = {"may", "might", "could", "would", "should"}
MODAL_FUTURE = {"will", "shall", "'ll", "wo"}
PLAN_VERBS = {"plan", "schedule", "expect", "prepare", "set", "due", "intend", "aim", "hope"}
HYPO_NOUNS = {"possibility", "prospect", "chance", "risk", "threat", "likelihood"}
DURATION = re.compile(
    r"^(?:more than |less than |about |nearly |almost |over |some )?(?:a|an|\d+|one|two|three|"
    r"four|five|six|seven|eight|nine|ten|several|few)[- ](?:hours?|days?|weeks?|months?|years?)$",
    re.IGNORECASE,
)
CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "conj", "relcl", "xcomp", "pcomp", "acl", "csubj"}


@dataclass
class _Mention:
    trigger: Token
    type: str
    participants: list[Participant] = field(default_factory=list)
    time: TimeValue | None = None
    place: str | None = None
    factuality: str = ASSERTED


def _trigger_type(tok: Token) -> str | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN":
        kind = NOUN_TRIGGERS.get(lemma) or NOUN_TRIGGERS.get(tok.lower_)
    elif tok.pos_ == "VERB":
        kind = VERB_TRIGGERS.get(lemma)
        if lemma == "talk" and not any(c.lower_ in {"with", "to"} for c in tok.children):
            kind = None
    else:
        kind = None
    if kind == "UseOfForce" and lemma == "strike":
        near = {t.lemma_.lower() for t in tok.sent}
        if near & LABOUR or any(c.lower_ == "on" for c in tok.children if tok.pos_ == "VERB"):
            kind = "Protest"  # workers on strike, not an air strike
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
        self.quoted = []
        for st in statements:
            for part in st.content:
                start = document.clean_offset(part.start)
                self.quoted.append((start, start + (part.end - part.start)))

    def actor(self, tok: Token) -> str | None:
        m = self.index.actor_at(tok) or self.index.group_of(tok)
        if m is None:
            for c in tok.children:  # "three nuclear facilities in Iran"
                if c.dep_ == "prep" and c.lower_ in {"in", "of"}:
                    for pobj in c.children:
                        if pobj.dep_ == "pobj":
                            m = self.index.actor_at(pobj)
        return m.name if m else None

    def add(self, m: _Mention, tok: Token, role: str) -> None:
        for t in _with_conj(tok):
            name = self.actor(t)
            if name is None:
                continue
            kind = self.index.kind_of.get(name)
            if kind == PLACE and role != "location":
                role = "location"  # "dockworkers in Rotterdam": a place never acts
            if role == "location" and kind in {PLACE, COUNTRY}:
                m.place = m.place or name
                if m.type in DIRECTED and kind == COUNTRY:
                    role = "patient"  # "bombed three nuclear facilities in Iran"
            if any(p.actor == name for p in m.participants):
                continue
            span = (
                self.doc[t.left_edge.i : t.right_edge.i + 1]
                if role != "location"
                else self.doc[t.i : t.i + 1]
            )
            ev = self.document.evidence(span.start_char, span.end_char)
            m.participants.append(Participant(name, role, evidence=ev))

    def participants(self, m: _Mention) -> None:
        trig = m.trigger
        if trig.pos_ == "VERB":
            passive = any(c.dep_ == "auxpass" for c in trig.children)
            for c in trig.children:
                if c.dep_ == "nsubj":
                    self.add(m, c, "agent")
                elif c.dep_ in {"dobj", "nsubjpass"}:
                    self.add(m, c, "patient")
                elif c.dep_ == "agent" and passive:
                    for p in c.children:
                        self.add(m, p, "agent")
            if not any(p.role == "agent" for p in m.participants):
                head = trig  # "going to talk", "the possibility of talking"
                for _ in range(4):
                    if head.dep_ not in {"xcomp", "pcomp", "pobj", "prep", "dobj"}:
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
                if c.dep_ in {"compound", "amod", "nmod"} and c.i < trig.i:
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
                    self.add(m, c, "partner" if m.type in {"Negotiate", "Consult"} else "agent")
            gov = trig.head
            if trig.dep_ == "pobj" and gov.head.pos_ == "VERB":
                gov = gov.head  # "went on strike"
            if trig.dep_ in {"dobj", "pobj"} and gov.pos_ == "VERB":  # "held talks"
                for c in gov.children:
                    if c.dep_ == "nsubj":
                        self.add(m, c, "agent" if m.type in DIRECTED | {"Protest"} else "partner")
        preps = list(trig.children)
        if trig.pos_ == "NOUN" and trig.dep_ in {"compound", "amod"}:
            preps += list(trig.head.children)
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
                if pobj.dep_ == "pobj":
                    self.add(m, pobj, role)

    def time(self, m: _Mention) -> None:
        trig = m.trigger
        sent = trig.sent
        dates = [e for e in sent.ents if e.label_ in {"DATE", "TIME"}]
        heads = {trig}
        if trig.pos_ == "NOUN" or trig.dep_ in {"advcl", "xcomp", "pcomp"}:
            heads.add(trig.head)  # "talks on Thursday", "came last week when … bombed"
        quoted = any(s <= trig.idx < e for s, e in self.quoted)
        heads.add(_clause_verb(trig))
        attached = [
            e
            for e in dates
            if (
                e.root.head in heads
                or e.root in heads
                or any(t.head == trig for t in e)
                or (e.root.dep_ == "pobj" and e.root.head.head in heads)
            )
            and any(s <= e.start_char < end for s, end in self.quoted) == quoted
        ]
        chosen = attached[0] if attached else None
        if chosen is None:
            return
        if DURATION.search(chosen.text):
            return  # "48-hour", "more than a month": how long, not when
        tv = normalise(chosen.text, self.document.published, future=m.factuality == PLANNED)
        tv.evidence = self.document.evidence(chosen.start_char, chosen.end_char)
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
        if any(s <= trig.idx < e for s, e in self.quoted):
            return REPORTED
        return ASSERTED

    def title(self, m: _Mention) -> str:
        trig = m.trigger
        if trig.pos_ == "VERB":
            agent = next((p.actor for p in m.participants if p.role == "agent"), None)
            obj = [
                c
                for c in trig.children
                if c.dep_ in {"dobj", "prep", "prt"}
                and c.lower_ not in {"during", "after", "before", "on", "last"}
            ]
            words = self.doc[trig.i : (obj[-1].right_edge.i + 1 if obj else trig.i + 1)].text
            text = f"{agent} {words}" if agent else words
        else:
            if trig.dep_ in {"compound", "amod"} and trig.head.pos_ == "NOUN":
                trig = trig.head  # "bombing campaign"
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
            span = self.doc[left : right + 1]
            text = span.text
        text = " ".join(text.split())
        words = text.split()
        if len(words) > 14:
            text = " ".join(words[:14]) + " …"
        return text[:1].upper() + text[1:]


def _sentence(text: str) -> str:
    """A sentence as display text: one line, no stray quotation mark at its edges."""
    text = " ".join(text.split())
    while text[:1] in {'"', "“", "”"} and (
        text.count('"') % 2 or text.count("“") != text.count("”")
    ):
        text = text[1:].lstrip()
    return text


def _describe(p: Participant, event: Event) -> str:
    """One sentence saying what a participant did in the event (the card's responses)."""
    label = EVENT_TYPES.get(event.type, ("event", ""))[0]
    others = sorted(
        {
            q.actor
            for q in event.participants
            if q.actor != p.actor and q.role in {"partner", "agent", "host"}
        }
    )
    with_others = f" with {', '.join(others)}" if others else ""
    return {
        "agent": f"Carried out the {label}: {event.title}.",
        "patient": f"Was the target of the {label}: {event.title}.",
        "partner": f"Took part in the {label}{with_others}.",
        "host": f"Hosted or convened the {label}.",
        "location": f"Place where the {label} happened.",
    }.get(p.role, f"Involved in the {label}.")


DIRECTED = {"UseOfForce", "Sanction", "Threaten", "Demand", "Arrest"}


def _lemmas(m: _Mention) -> set[str]:
    """The trigger's lemma and those of trigger nouns compounded into it ("summit")."""
    out = {m.trigger.lemma_.lower()}
    out |= {
        c.lemma_.lower()
        for c in m.trigger.children
        if c.dep_ == "compound" and c.lemma_.lower() in NOUN_TRIGGERS
    }
    return out


def _same_event(group: list[_Mention], m: _Mention) -> bool:
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
    if not names or not gnames:
        definite = any(c.lower_ in {"the", "this", "that"} for c in m.trigger.children)
        return bool(_lemmas(m) & set().union(*map(_lemmas, group))) or definite
    if m.type in DIRECTED:
        for role in ("agent", "patient"):
            a, b = roles([m], {role}), roles(group, {role})
            if a and b and not a & b:
                return False
        return bool(names & gnames)
    return bool(names & gnames)


def _salience(group: list[_Mention]) -> int:
    return len({p.actor for m in group for p in m.participants})


def _joinable(g: list[_Mention], h: list[_Mention]) -> bool:
    """Two groups with named participants that would have been one event."""
    names = {p.actor for m in h for p in m.participants if p.role != "location"}
    gnames = {p.actor for m in g for p in m.participants if p.role != "location"}
    return bool(names and gnames) and all(_same_event(g, m) for m in h if m.participants)


def _key(m: _Mention) -> str:
    return "actual" if m.factuality in ACTUAL else m.factuality


def extract_events(
    parsed: Doc, document: Document, index: ActorIndex, statements: list[Statement]
) -> list[Event]:
    """Events of one document, mentions of the same event grouped."""
    ex = _Extractor(parsed, document, index, statements)
    mentions: list[_Mention] = []
    for tok in parsed:
        kind = _trigger_type(tok)
        if kind is None or _generic(tok):
            continue
        if tok.pos_ == "NOUN" and tok.dep_ == "compound" and _trigger_type(tok.head):
            continue  # "summit meeting": the head noun is the trigger
        m = _Mention(tok, kind)
        ex.participants(m)
        m.factuality = ex.factuality(m)
        ex.time(m)
        mentions.append(m)
    groups: list[list[_Mention]] = []
    for m in mentions:
        fits = [
            g for g in groups if g[0].type == m.type and _key(g[0]) == _key(m) and _same_event(g, m)
        ]
        if fits:  # the most salient candidate: most participants, then the latest
            max(reversed(fits), key=_salience).append(m)
        else:
            groups.append([m])
    merged = True
    while merged:  # groups that met the same participants later are one event
        merged = False
        for i, g in enumerate(groups):
            for h in groups[i + 1 :]:
                if g[0].type == h[0].type and _key(g[0]) == _key(h[0]) and _joinable(g, h):
                    g.extend(h)
                    groups.remove(h)
                    merged = True
                    break
            if merged:
                break
    events = []
    for g in groups:
        best = max(g, key=lambda m: (len(m.participants), m.time is not None, -m.trigger.i))
        trig = best.trigger
        ev = Event(
            id=f"{document.id}/{trig.idx}-{trig.idx + len(trig.text)}",
            type=best.type,
            trigger=document.evidence(trig.idx, trig.idx + len(trig.text)),
            lemma=trig.lemma_.lower(),
            mentions=[
                document.evidence(m.trigger.idx, m.trigger.idx + len(m.trigger.text)) for m in g
            ],
            factuality=best.factuality
            if _key(best) != "actual"
            else (ASSERTED if any(m.factuality == ASSERTED for m in g) else REPORTED),
            sources=[document.id],
        )
        ev.title = ex.title(best)
        sent = best.trigger.sent
        ev.summary = _sentence(sent.text)
        seen: set[tuple[str, str]] = set()
        for m in sorted(g, key=lambda m: m.trigger.i):
            for p in m.participants:
                if (p.actor, p.role) not in seen and p.role != "location":
                    seen.add((p.actor, p.role))
                    ev.participants.append(p)
            ev.time = ev.time or m.time
            ev.place = ev.place or m.place
        for p in ev.participants:
            p.description = _describe(p, ev)
        events.append(ev)
    for st in statements:  # a statement is about the events mentioned in its content
        for ev in events:
            for mention in ev.mentions:
                inside = any(part.start <= mention.start < part.end for part in st.content)
                if inside and ev.id not in st.about_events:
                    st.about_events.append(ev.id)
    return events

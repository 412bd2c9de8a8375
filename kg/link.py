"""Link: merge the same event across articles, then relate different events.

Both steps work on a networkx graph whose nodes are per-document events. Candidate
pairs come from blocking on shared actors and event type, so the cost grows with the
number of events that share someone rather than with all pairs. A merge needs the
same type, a compatible certainty, a shared participant and no contradiction in time
or place; connected components of merge edges become one event with all its sources.
Every merge and every link records a score and a rationale a reader can check.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import replace
from itertools import combinations

import networkx as nx

from .extract.events import EVENT_TYPES, OTHER, ROLE_TEMPLATES
from .gazetteer import words
from .model import ACTUAL, ASSERTED, Actor, Conflict, Event, Participant, Relation, Statement

# Relation types (kg: individuals); see ontology/kg.ttl for their definitions.
RELATION_TYPES = {
    "SameStory": "same story / continuation",
    "Cause": "cause or precondition",
    "Before": "happened before",
    "PartOf": "part of (sub-event)",
    "ResponseTo": "response to",
    "Parallel": "parallel track of one process",
    "Contradicts": "conflicting accounts",
}
MERGE_THRESHOLD = 0.5
MAX_LINKS_PER_EVENT = 6
MAX_ACCOUNTS = 4  # statements per event weighed against each other for conflicts


def _actors(ev: Event) -> set[str]:
    return {p.actor for p in ev.participants if p.role != "location"}


def _actual(ev: Event) -> bool:
    return ev.factuality in ACTUAL


def _time_conflict(a: Event, b: Event) -> bool:
    ta, tb = a.time, b.time
    if not (ta and tb and ta.start and tb.start and ta.end and tb.end):
        return False
    return ta.end < tb.start or tb.end < ta.start


def _names(ids: set[str], actors: dict[str, Actor]) -> str:
    names = sorted(actors[i].name if i in actors else i for i in ids)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _same_word(a: Event, b: Event) -> bool:
    """Whether two reports name the event with a common word ("earthquake", "talks")."""
    return a.lemma == b.lemma or bool(
        {m.text.lower() for m in a.mentions} & {m.text.lower() for m in b.mentions}
    )


def merge_score(a: Event, b: Event) -> float:
    """How likely two per-document events are one real-world event (0..1)."""
    if a.type != b.type or _actual(a) != _actual(b) or _time_conflict(a, b):
        return 0.0
    if a.type == OTHER and a.lemma != b.lemma:
        return 0.0  # untyped events are only known by their verb: "led" is not "offered"
    if not _actual(a) and a.factuality != b.factuality:
        return 0.0
    sa, sb = _actors(a), _actors(b)
    if not (sa & sb):
        # no shared actor: the same place on the same day is still strong evidence
        same_day = (
            a.time
            and b.time
            and a.time.start
            and b.time.start
            and a.time.precision == b.time.precision == "day"
        )
        if a.place and a.place == b.place:
            if same_day:
                return 0.6
            if _same_word(a, b) and _actual(a):
                return 0.55  # "the earthquake in Chile" in two reports, no date against it
        return 0.0
    score = 0.5 * len(sa & sb) / len(sa | sb) + 0.3
    if a.place and a.place == b.place:
        score += 0.1
    if a.time and b.time and a.time.start and b.time.start:
        score += 0.1
    if a.lemma == b.lemma:
        score += 0.1
    return min(score, 1.0)


ROLE_PRIORITY = ("agent", "host", "mediator", "patient", "partner", "location")


def _one_role_each(participants: list[Participant]) -> list[Participant]:
    """One participation per actor: the most active role it was seen in, saying what
    each report says it did, the text's own words first ("Bombed three nuclear
    facilities in Iran." before "Carried out the use of force: …"), two sentences at
    most."""
    best: dict[str, Participant] = {}
    said: dict[str, list[str]] = {}
    for p in participants:
        cur = best.get(p.actor)
        if cur is None or ROLE_PRIORITY.index(p.role) < ROLE_PRIORITY.index(cur.role):
            best[p.actor] = p
        if p.description and p.description not in said.setdefault(p.actor, []):
            said[p.actor].append(p.description)
    out = []
    for p in participants:
        if best[p.actor] is p:
            own = [d for d in said.get(p.actor, []) if not d.startswith(ROLE_TEMPLATES)]
            role = [d for d in said.get(p.actor, []) if d.startswith(ROLE_TEMPLATES)]
            out.append(replace(p, description=" ".join((own + role[:1])[:2])))
    return out


def _title(ev: Event, actors: dict[str, Actor]) -> str:
    """A readable title: the extracted phrase, or type, sides and place when it is bare."""
    if len(ev.title.split()) > 2:
        return ev.title
    noun = ev.title or ev.lemma
    sides = sorted(
        actors[p.actor].name
        for p in ev.participants
        if p.actor in actors and p.role in {"agent", "partner", "host", "patient"}
    )
    title = noun[:1].upper() + noun[1:]
    if len(sides) >= 2:
        title += f" between {', '.join(sides[:-1])} and {sides[-1]}"
    elif sides:
        title += f" involving {sides[0]}"
    if ev.place and ev.place in actors:
        title += f" in {actors[ev.place].name}"
    return title


def _event_id(members: list[str]) -> str:
    return "e-" + hashlib.sha1("\n".join(sorted(members)).encode()).hexdigest()[:12]


def merge(events: list[Event], actors: dict[str, Actor]) -> dict[str, Event]:
    """Merge per-document events that report the same event; keyed by new ids."""
    g = nx.Graph()
    by_id = {e.id: e for e in events}
    g.add_nodes_from(by_id)
    blocks: dict[tuple[str, str], list[str]] = defaultdict(list)
    for e in events:
        for a in sorted(_actors(e) | ({e.place} if e.place else set())):
            blocks[(e.type, a)].append(e.id)
    seen: set[tuple[str, str]] = set()
    for ids in blocks.values():
        for x, y in combinations(ids, 2):
            if (x, y) in seen or by_id[x].sources == by_id[y].sources:
                continue  # within a document the extractor already grouped mentions
            seen.add((x, y))
            s = merge_score(by_id[x], by_id[y])
            if s >= MERGE_THRESHOLD:
                g.add_edge(x, y, score=s)
    merged: dict[str, Event] = {}
    for comp in sorted(nx.connected_components(g), key=lambda c: sorted(c)):
        members = sorted(comp)
        parts = [by_id[m] for m in members]
        base = max(parts, key=lambda e: (len(e.participants), len(e.mentions), e.id))
        ev = Event(
            id=_event_id(members),
            type=base.type,
            trigger=base.trigger,
            lemma=base.lemma,
            mentions=sorted(m for e in parts for m in e.mentions),
            title=base.title,
            summary=base.summary,
            time=base.time or next((e.time for e in parts if e.time), None),
            place=base.place or next((e.place for e in parts if e.place), None),
            factuality=ASSERTED
            if any(e.factuality == ASSERTED for e in parts)
            else base.factuality,
            sources=sorted({s for e in parts for s in e.sources}),
            members=members,
            instruments=sorted({i for e in parts for i in e.instruments}),
            ongoing=any(e.ongoing for e in parts),
        )
        others = [e for e in parts if e is not base]
        ev.participants = _one_role_each([p for e in [base, *others] for p in e.participants])
        ev.title = _title(ev, actors)
        if len(members) > 1:
            shared = set.intersection(*(_actors(e) for e in parts))
            scores = [g.edges[u, v]["score"] for u, v in g.subgraph(members).edges]
            ev.merge_rationale = (
                f"Reported by {len(ev.sources)} documents as the same "
                f"{EVENT_TYPES[ev.type][0]}: same type and certainty, shared participants "
                f"{_names(shared, actors) if shared else '(chained through other reports)'}, "
                f"no conflict in time; merge score {min(scores):.2f}."
            )
        merged[ev.id] = ev
    return merged


def _relation(a: Event, b: Event, actors: dict[str, Actor]) -> Relation | None:
    shared = _actors(a) & _actors(b)
    if not shared:
        return None
    jacc = len(shared) / len(_actors(a) | _actors(b))
    who = _names(shared, actors)
    la, lb = EVENT_TYPES[a.type][0], EVENT_TYPES[b.type][0]
    ta = a.time.start if a.time and a.time.start else None
    tb = b.time.start if b.time and b.time.start else None
    if a.type == b.type:
        kind = "SameStory"
        why = (
            f"Both are {la} events involving {who}; they stay separate because "
            f"they differ in certainty ({a.factuality} vs {b.factuality}) or in time "
            "or participants, but continue one story."
        )
    elif "UseOfForce" in {a.type, b.type} and {a.type, b.type} & {
        "Ceasefire",
        "Negotiate",
        "Consult",
        "Agree",
    }:
        if a.type != "UseOfForce":  # the cause is the source of a Cause relation
            a, b = b, a
            la, lb = lb, la
        kind = "Cause"
        why = (
            f"The {la} involving {who} is the context that the {lb} responds to: "
            "violence is what ceasefires and talks set out to end."
        )
    elif {a.type, b.type} <= {"Negotiate", "Consult", "MakeStatement", "Agree"}:
        kind = "Parallel"
        why = (
            f"The {la} and the {lb} both involve {who} and belong to the same "
            "diplomatic process, as concurrent tracks."
        )
    elif ta and tb and ta < tb:
        kind = "Before"
        why = f"Both involve {who}; the {la} ({ta}) happened before the {lb} ({tb})."
    else:
        kind = "SameStory"
        why = f"The {la} and the {lb} share {who} and are reported in the same coverage."
    score = round(0.5 + 0.5 * jacc, 3)
    return Relation(a.id, b.id, kind, score, why)


def link(events: dict[str, Event], actors: dict[str, Actor]) -> list[Relation]:
    """Typed, scored, explained relations between merged events (blocked by actor)."""
    blocks: dict[str, list[str]] = defaultdict(list)
    for e in events.values():
        for a in sorted(_actors(e)):
            blocks[a].append(e.id)
    pairs: set[tuple[str, str]] = set()
    for ids in blocks.values():
        if len(ids) > 200:  # a hub actor (a country in every article): too weak a block
            continue
        for x, y in combinations(sorted(ids), 2):
            pairs.add((x, y))
    candidates: list[Relation] = []
    for x, y in sorted(pairs):
        a, b = events[x], events[y]
        if a.time and a.time.start and b.time and b.time.start and b.time.start < a.time.start:
            a, b = b, a
        r = _relation(a, b, actors)
        if r is not None:
            candidates.append(r)
    per_event: dict[str, int] = defaultdict(int)
    kept = []
    for r in sorted(candidates, key=lambda r: (-r.score, r.source, r.target)):
        if per_event[r.source] < MAX_LINKS_PER_EVENT and per_event[r.target] < MAX_LINKS_PER_EVENT:
            kept.append(r)
            per_event[r.source] += 1
            per_event[r.target] += 1
    return sorted(kept, key=lambda r: (r.source, r.target))


# Words that say how a process is going. A negator within three words before flips
# the sign: "no tangible progress" counts against, "going very well" for.
GOING_WELL = words(
    "well good great positive positively progress promising constructive productive "
    "breakthrough hopeful optimistic optimism success successful fruitful encouraging "
    "excellent closer"
)
GOING_BADLY = words(
    "difficult stalled stall deadlock deadlocked failed failure "
    "impasse setback stuck pessimistic tense hostile unacceptable fruitless"
)
NEGATORS = words("no not n't never nothing nobody none without hardly neither nor")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|n't")


def _gist(text: str, width: int = 6) -> str:
    """The words around an account's first judgement: "… no “tangible” progress in the
    talks", not the whole statement."""
    words_ = text.split()
    lo, hi = 0, min(len(words_), 2 * width)
    for i, w in enumerate(words_):
        if polarity(w):
            lo, hi = max(0, i - width), min(len(words_), i + width + 1)
            break
    gist = " ".join(words_[lo:hi])
    head = "… " if lo and not gist.startswith("…") else ""
    tail = " …" if hi < len(words_) and not gist.endswith("…") else ""
    return head + gist + tail


def polarity(text: str) -> int:
    """How an account judges what it speaks of: > 0 going well, < 0 going badly."""
    tokens = _WORD.findall(text.lower().replace("’", "'"))
    score = 0
    for i, tok in enumerate(tokens):
        sign = 1 if tok in GOING_WELL else -1 if tok in GOING_BADLY else 0
        if tok == "well" and i and tokens[i - 1] == "as":
            sign = 0  # "as well as"
        if sign and any(t in NEGATORS or t.endswith("n't") for t in tokens[max(0, i - 3) : i]):
            sign = -sign
        score += sign
    return score


def _side(st: Statement, actors: dict[str, Actor]) -> set[str]:
    """Who a speaker speaks for: itself and the countries and bodies it serves."""
    speaker = actors.get(st.speaker or "")
    return {speaker.id} | speaker.affiliations if speaker else set()


def _main_events(events: dict[str, Event]) -> dict[str, str]:
    """Each document's main event: the typed, actual event it mentions most (ties: more
    sources, then the id)."""
    best: dict[str, tuple[int, int, str]] = {}
    for e in events.values():
        if e.type == OTHER or not _actual(e):
            continue
        for doc, n in Counter(m.doc_id for m in e.mentions).items():
            key = (n, len(e.sources), e.id)
            if doc not in best or key > best[doc]:
                best[doc] = key
    return {doc: key[2] for doc, key in best.items()}


def conflicts(
    events: dict[str, Event], statements: list[Statement], actors: dict[str, Actor]
) -> list[Conflict]:
    """Accounts of one event by different sides that disagree on how it is going.

    Two statements conflict when they are about the same event, come from speakers
    who speak for different sides (Trump for the United States, Araghchi for Iran),
    and judge it with opposite signs ("going very well" against "no tangible
    progress"). Both stay attributed; the conflict joins them.
    """
    main = _main_events(events)
    about: dict[str, list[tuple[Statement, int]]] = defaultdict(list)
    for st in statements:
        p = polarity(st.text)
        if not p or st.speaker not in actors:
            continue
        named = [e for e in st.about_events if e in events and events[e].type != OTHER]
        # "There has been no real progress … no agreement was signed": a judgement also
        # bears on what its article is about
        if st.doc_id in main:
            named.append(main[st.doc_id])
        for eid in dict.fromkeys(named):
            about[eid].append((st, p))
    out: list[Conflict] = []
    seen: set[tuple[str, str]] = set()
    for eid in about:  # the most outspoken accounts first, a few per event
        about[eid].sort(key=lambda x: (-abs(x[1]), x[0].id))
        about[eid] = about[eid][:MAX_ACCOUNTS]
    for eid in sorted(about):
        ev = events[eid]
        for (a, pa), (b, pb) in combinations(about[eid], 2):
            if pa * pb >= 0 or _side(a, actors) & _side(b, actors):
                continue
            first, second = sorted([(a, pa), (b, pb)], key=lambda x: x[0].id)
            key = (first[0].id, second[0].id)
            if key in seen:
                continue
            seen.add(key)

            label = EVENT_TYPES.get(ev.type, ("event", ""))[0]
            ra, rb = actors[first[0].speaker].name, actors[second[0].speaker].name
            out.append(
                Conflict(
                    event=eid,
                    first=first[0].id,
                    second=second[0].id,
                    score=min(1.0, 0.5 + 0.1 * (abs(first[1]) + abs(second[1]))),
                    rationale=(
                        f"Both speak of the same {label} ({ev.title}): {ra} said "
                        f"“{_gist(first[0].text)}” while {rb} said “{_gist(second[0].text)}”; "
                        f"one account has it going well, the other badly."
                    ),
                )
            )
    return out

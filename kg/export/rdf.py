"""RDF export: the build as Turtle under ``ontology/kg.ttl``, with stable IRIs.

Why IRIs are derived from content (document id + character offsets, actor slug, hash
of merged members) and never from counters or memory addresses: the same input must
give the same IRIs and the same bytes, so re-imports into a triplestore are
idempotent and diffs between builds are meaningful. No blank nodes for the same
reason. Evidence uses W3C Web Annotation selectors: character positions plus the
exact text with a little context, so it can be found again after edits.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from decimal import Decimal
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, SKOS

from .. import __version__
from ..model import (
    COUNTRY,
    PLACE,
    STATEMENT_TYPES,
    BuildResult,
    Document,
    Evidence,
    Position,
    TimeValue,
)
from ..namespaces import KG, OA, SCHEMA, SEM, WD
from ..resolve import slug

DEFAULT_BASE = "https://w3id.org/kgnews/id/"
CONTEXT = 32  # characters of prefix/suffix kept with each quote selector
KIND_CLASS = {
    "person": KG.Person,
    "organisation": KG.Organisation,
    "country": KG.Country,
    "group": KG.Group,
    "place": KG.Place,
}
ROLE = {
    "agent": KG.Agent,
    "patient": KG.Patient,
    "partner": KG.Partner,
    "host": KG.Host,
    "mediator": KG.Mediator,
    "location": KG.Location,
}
FACTUALITY = {
    "asserted": KG.Asserted,
    "reported": KG.Reported,
    "planned": KG.Planned,
    "hypothetical": KG.Hypothetical,
    "negated": KG.Negated,
}
STATEMENT_KIND = {"direct": KG.Direct, "indirect": KG.Indirect, "mixed": KG.Mixed}
# kg.model.STATEMENT_TYPES -> individuals; "demand" is kg:DemandStatement because
# kg:Demand is already the event type.
STATEMENT_TYPE = {
    t: KG.DemandStatement if t == "demand" else KG[t.capitalize()] for t in STATEMENT_TYPES
}


TextFn = Callable[[str], Literal]


class Triples:
    """A set of triples with prefixes: what the exporter fills and the writer reads.

    Why not an rdflib ``Graph``: adding a triple to its in-memory store costs ~25 µs,
    which made filling it slower than writing it; a set costs well under a microsecond.
    """

    def __init__(self) -> None:
        self._triples: set[tuple] = set()
        self._prefixes: dict[str, str] = {}

    def add(self, triple: tuple) -> None:
        self._triples.add(triple)

    def __contains__(self, triple: tuple) -> bool:
        return triple in self._triples

    def __iter__(self):
        return iter(self._triples)

    def __len__(self) -> int:
        return len(self._triples)

    def bind(self, prefix: str, namespace: str) -> None:
        self._prefixes[prefix] = str(namespace)

    def namespaces(self):
        return iter(sorted(self._prefixes.items()))


class Iris:
    """Mints the IRIs of one build from its base; every local part is percent-safe."""

    def __init__(self, base: str = DEFAULT_BASE):
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def _iri(self, *parts: str) -> URIRef:
        return URIRef(self.base + "/".join(quote(p, safe="-._~") for p in parts))

    def doc(self, doc_id: str) -> URIRef:
        return self._iri("doc", doc_id)

    def mention(self, ev: Evidence) -> URIRef:
        return self._iri("doc", ev.doc_id, "m", ev.key)

    def actor(self, actor_id: str) -> URIRef:
        return self._iri("actor", actor_id)

    def statement(self, statement_id: str) -> URIRef:
        doc_id, key = statement_id.rsplit("/", 1)
        return self._iri("doc", doc_id, "statement", key)

    def event(self, event_id: str) -> URIRef:
        if "/" in event_id:  # a per-document event: "<doc>/<start>-<end>"
            doc_id, key = event_id.rsplit("/", 1)
            return self._iri("doc", doc_id, "event", key)
        return self._iri("event", event_id)

    def conflict(self, first: str, second: str) -> URIRef:
        h = hashlib.sha1(f"{first}\n{second}\nconflict".encode()).hexdigest()[:12]
        return self._iri("conflict", h)

    def relation(self, source: str, target: str, kind: str) -> URIRef:
        h = hashlib.sha1(f"{source}\n{target}\n{kind}".encode()).hexdigest()[:12]
        return self._iri("relation", h)


def collect(
    result: BuildResult,
    base: str = DEFAULT_BASE,
    model: str | None = None,
    options: dict[str, str] | None = None,
) -> Triples:
    """Every triple of the build (all facts traceable to evidence), in a plain set.

    Prose (labels, names, quotes, summaries, rationales) is tagged with the language
    of the spaCy pipeline that read it; the exact text of a quote selector stays a
    plain string, as Web Annotation has it. ``options`` are the build's settings that
    shape its content, recorded on the build activity.
    """
    iris = Iris(base)
    g = Triples()
    lang = result.language or None

    def text(value: str) -> Literal:
        return Literal(value, lang=lang)

    for prefix, ns in [
        ("kg", str(KG)),
        ("oa", str(OA)),
        ("schema", str(SCHEMA)),
        ("sem", str(SEM)),
        ("prov", str(PROV)),
        ("rdfs", str(RDFS)),
        ("skos", str(SKOS)),
        ("owl", str(OWL)),
        ("xsd", str(XSD)),
        ("wd", str(WD)),
        ("rdf", str(RDF)),
    ]:
        g.bind(prefix, ns)
    docs = {d.id: d for d in result.documents}

    def mention(ev: Evidence) -> URIRef:
        m = iris.mention(ev)
        if (m, RDF.type, KG.Mention) in g:
            return m
        doc = docs.get(ev.doc_id)
        g.add((m, RDF.type, KG.Mention))
        g.add((m, RDFS.label, text(ev.text)))
        g.add((m, OA.hasSource, iris.doc(ev.doc_id)))
        g.add((m, KG.inDocument, iris.doc(ev.doc_id)))
        pos, quo = URIRef(f"{m}/pos"), URIRef(f"{m}/quote")
        g.add((m, OA.hasSelector, pos))
        g.add((pos, RDF.type, OA.TextPositionSelector))
        g.add((pos, OA.start, Literal(ev.start, datatype=XSD.nonNegativeInteger)))
        g.add((pos, OA.end, Literal(ev.end, datatype=XSD.nonNegativeInteger)))
        g.add((m, OA.hasSelector, quo))
        g.add((quo, RDF.type, OA.TextQuoteSelector))
        g.add((quo, OA.exact, Literal(ev.text)))
        if doc is not None:
            src = doc.source_text
            g.add((quo, OA.prefix, Literal(src[max(0, ev.start - CONTEXT) : ev.start])))
            g.add((quo, OA.suffix, Literal(src[ev.end : ev.end + CONTEXT])))
        return m

    def is_actor(actor_id: str | None) -> bool:
        """Whether ``actor_id`` may fill an actor slot (speaker, affiliation, hasActor).

        The ontology keeps places apart from actors; when an extractor has taken an
        organisation for a place, the slot is left out rather than made inconsistent.
        """
        actor = result.actors.get(actor_id or "")
        return actor is not None and actor.kind != PLACE

    # What the build made (actors, statements, events, relations, conflicts) points to
    # it; mentions, selectors and participations belong to a node that does.
    build = build_iri(result, iris)
    for d in result.documents:
        _document(g, iris, d, text)
    names = {aid: a.name for aid, a in result.actors.items()}
    actor_names = {aid: n for aid, n in names.items() if is_actor(aid)}
    for a in result.actors.values():
        node = iris.actor(a.id)
        g.add((node, PROV.wasGeneratedBy, build))
        g.add((node, RDF.type, KIND_CLASS[a.kind]))
        g.add((node, RDFS.label, text(a.name)))
        for alias in sorted(a.aliases):
            g.add((node, SKOS.altLabel, text(alias)))
        for title in sorted(a.titles):
            g.add((node, KG.title, text(title)))
        for reason in a.merge_reasons:
            g.add((node, KG.mergeReason, text(reason)))
        if a.wikidata:
            g.add((node, OWL.sameAs, WD[a.wikidata]))
        for ev in a.mentions:
            m = mention(ev)
            g.add((node, KG.mention, m))
            if ev in a.forms:
                g.add((m, KG.mentionForm, Literal(a.forms[ev])))
        for p in sorted(a.positions, key=lambda p: (p.role, p.affiliation or "", p.toward or "")):
            _position(g, iris, actor_names, node, p, text)
        for c in sorted(a.countries):
            if c in result.actors:
                g.add((node, KG.country, iris.actor(c)))
                g.add((node, KG.affiliation, iris.actor(c)))
    for st in result.statements:
        node = iris.statement(st.id)
        g.add((node, PROV.wasGeneratedBy, build))
        g.add((node, RDF.type, KG.Statement))
        g.add((node, RDFS.label, text(_short(st.text))))
        g.add((node, SCHEMA.text, text(st.text)))
        g.add((node, KG.statementKind, STATEMENT_KIND[st.kind]))
        g.add((node, KG.statementType, STATEMENT_TYPE[st.type]))
        g.add((node, KG.inDocument, iris.doc(st.doc_id)))
        for part in st.content:
            g.add((node, KG.content, mention(part)))
        if is_actor(st.speaker):  # a place never speaks: keep only its name (speakerName)
            g.add((node, KG.speaker, iris.actor(st.speaker)))
        if st.speaker_name:
            g.add((node, KG.speakerName, Literal(st.speaker_name)))
        if st.speaker_mention:
            g.add((node, KG.speakerMention, mention(st.speaker_mention)))
        if st.cue:
            g.add((node, KG.cue, mention(st.cue)))
        if st.addressee:
            g.add((node, KG.addressee, Literal(st.addressee)))
        if st.relay:
            g.add((node, KG.relay, Literal(st.relay)))
        if st.channel:
            g.add((node, KG.channel, Literal(st.channel)))
        if st.time:
            _time(g, node, st.time)
        for eid in st.about_events:
            g.add((node, KG.about, iris.event(eid)))
        for aid in st.about_actors:
            if aid in result.actors:
                g.add((node, KG.aboutActor, iris.actor(aid)))
    for e in result.events.values():
        node = iris.event(e.id)
        g.add((node, PROV.wasGeneratedBy, build))
        g.add((node, RDF.type, KG.Event))
        g.add((node, RDFS.label, text(e.title or e.lemma)))
        g.add((node, KG.summary, text(e.summary)))
        g.add((node, KG.eventType, KG[e.type]))
        g.add((node, KG.triggerLemma, Literal(e.lemma)))
        g.add((node, KG.trigger, mention(e.trigger)))
        g.add((node, KG.factuality, FACTUALITY[e.factuality]))
        for ev in e.mentions:
            g.add((node, KG.mention, mention(ev)))
        for s in e.sources:
            g.add((node, KG.source, iris.doc(s)))
        g.add((node, KG.sourceCount, Literal(len(e.sources), datatype=XSD.integer)))
        if e.merge_rationale:
            g.add((node, KG.mergeRationale, text(e.merge_rationale)))
        if len(e.members) > 1:
            for member in e.members:
                mnode = iris.event(member)
                g.add((node, KG.member, mnode))
                g.add((mnode, RDFS.label, text(f"report of '{e.title}' in {member.split('/')[0]}")))
                g.add((mnode, KG.source, iris.doc(member.rsplit("/", 1)[0])))
        for p in e.participants:
            if p.actor not in result.actors:
                continue
            pnode = URIRef(f"{node}/p/{quote(p.actor, safe='-._~')}-{p.role}")
            g.add((node, KG.hasParticipation, pnode))
            if is_actor(p.actor):  # a place taking part (kg:Location) is in kg:place
                g.add((node, KG.hasActor, iris.actor(p.actor)))
            g.add((pnode, RDF.type, KG.Participation))
            g.add((pnode, RDFS.label, text(f"{result.actors[p.actor].name} as {p.role}")))
            g.add((pnode, KG.participant, iris.actor(p.actor)))
            g.add((pnode, KG.role, ROLE[p.role]))
            if p.description:
                g.add((pnode, KG.description, text(p.description)))
            if p.evidence:
                g.add((pnode, KG.mention, mention(p.evidence)))
        if e.place in result.actors and result.actors[e.place].kind in (PLACE, COUNTRY):
            g.add((node, KG.place, iris.actor(e.place)))
        if e.time:
            _time(g, node, e.time)
        if e.ongoing:
            g.add((node, KG.ongoing, Literal(True)))
        for inst in e.instruments:
            g.add((node, KG.instrument, Literal(inst.text)))
    for r in result.relations:
        node = iris.relation(r.source, r.target, r.type)
        g.add((node, PROV.wasGeneratedBy, build))
        a, b = iris.event(r.source), iris.event(r.target)
        g.add((node, RDF.type, KG.EventRelation))
        g.add(
            (
                node,
                RDFS.label,
                text(
                    f"{r.type}: {result.events[r.source].title} -> {result.events[r.target].title}"
                ),
            )
        )
        g.add((node, KG.fromEvent, a))
        g.add((node, KG.toEvent, b))
        g.add((node, KG.relationType, KG[r.type]))
        g.add((node, KG.score, Literal(Decimal(f"{r.score:.3f}"), datatype=XSD.decimal)))
        g.add((node, KG.rationale, text(r.rationale)))
        g.add((a, KG.relatedTo, b))
    for c in result.conflicts:
        node = iris.conflict(c.first, c.second)
        g.add((node, PROV.wasGeneratedBy, build))
        a, b = iris.statement(c.first), iris.statement(c.second)
        g.add((node, RDF.type, KG.AccountConflict))
        g.add((node, RDFS.label, text(f"conflicting accounts of {result.events[c.event].title}")))
        g.add((node, KG.concerns, iris.event(c.event)))
        g.add((node, KG.account, a))
        g.add((node, KG.account, b))
        g.add((node, KG.score, Literal(Decimal(f"{c.score:.3f}"), datatype=XSD.decimal)))
        g.add((node, KG.rationale, text(c.rationale)))
        g.add((a, KG.contradicts, b))
        g.add((b, KG.contradicts, a))
    g.add((build, RDF.type, KG.Build))
    g.add((build, RDF.type, PROV.Activity))
    g.add((build, RDFS.label, text(f"kg {__version__} build of {len(docs)} documents")))
    g.add((build, KG.kgVersion, Literal(__version__)))
    if model or result.model:
        g.add((build, KG.spacyModel, Literal(result.model or model)))
    for name, value in sorted((options or {}).items()):
        g.add((build, KG.option, Literal(f"{name}={value}")))
    for d in docs:
        g.add((build, PROV.used, iris.doc(d)))
    return g


def corpus_key(result: BuildResult) -> str:
    """A short hash of the input document ids: the same corpus gets the same key."""
    ids = "\n".join(sorted(d.id for d in result.documents))
    return hashlib.sha1(ids.encode()).hexdigest()[:12]


def build_iri(result: BuildResult, iris: Iris) -> URIRef:
    """The build's IRI, from its input documents: the same corpus names the same build."""
    return iris._iri("build", corpus_key(result))


def build_graph(result: BuildResult, base: str = DEFAULT_BASE, model: str | None = None) -> Graph:
    """The whole build as an rdflib graph, for querying and other formats from Python."""
    triples = collect(result, base, model)
    g = Graph(bind_namespaces="none")
    for prefix, ns in triples.namespaces():
        g.bind(prefix, ns)
    g.addN((s, p, o, g) for s, p, o in triples)
    return g


def _position(
    g: Triples, iris: Iris, names: dict[str, str], node: URIRef, p: Position, text: TextFn
) -> None:
    """An office with whom it serves and whom it faces, as its own node (kg:Position)."""
    affiliation = p.affiliation if p.affiliation in names else None
    toward = p.toward if p.toward in names else None
    key = "--".join(x for x in (slug(p.role), affiliation, toward and f"to-{toward}") if x)
    pos = URIRef(f"{node}/position/{key or 'unnamed'}")
    g.add((node, KG.position, pos))
    g.add((pos, RDF.type, KG.Position))
    if affiliation is not None:
        g.add((pos, KG.affiliation, iris.actor(affiliation)))
        g.add((node, KG.affiliation, iris.actor(affiliation)))
    if toward is not None:
        g.add((pos, KG.toward, iris.actor(toward)))
    g.add((pos, RDFS.label, text(p.describe(names, blank="member"))))
    if p.role:
        g.add((pos, KG.office, Literal(p.role)))


def _document(g: Triples, iris: Iris, d: Document, text: TextFn) -> None:
    """The article as a schema:NewsArticle: what a reader needs to find and cite it."""
    node = iris.doc(d.id)
    g.add((node, RDF.type, KG.Document))
    g.add((node, RDF.type, SCHEMA.NewsArticle))
    g.add((node, RDFS.label, text(d.title or d.id)))
    g.add((node, SCHEMA.identifier, Literal(d.id)))
    if d.title:
        g.add((node, SCHEMA.headline, text(d.title)))
    if d.outlet:
        g.add((node, KG.outlet, Literal(d.outlet)))
    if d.url:
        g.add((node, SCHEMA.url, Literal(d.url, datatype=XSD.anyURI)))
    if d.published:
        g.add((node, SCHEMA.datePublished, Literal(d.published.isoformat(), datatype=XSD.date)))


def _time(g: Triples, node: URIRef, t: TimeValue) -> None:
    """When an event happened or a statement was made: text, day interval, precision."""
    g.add((node, KG.timeText, Literal(t.text)))
    if t.start:
        g.add((node, KG.begin, Literal(t.start.isoformat(), datatype=XSD.date)))
    if t.end:
        g.add((node, KG.end, Literal(t.end.isoformat(), datatype=XSD.date)))
    if t.precision:
        g.add((node, KG.timePrecision, Literal(t.precision)))
    if t.duration:
        g.add((node, KG.duration, Literal(t.duration, datatype=XSD.duration)))


def _short(text: str, n: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


# Namespace attributes cost microseconds each (rdflib looks them up); the writers
# compare every term against these two, so they are read once.
_RDF_TYPE, _XSD_STRING = RDF.type, XSD.string
# A prefixed name is used only where its local part is plain letters, digits, "_" and
# "-": no escapes, no dots, which every strict Turtle parser (and Virtuoso) reads alike.
_PLAIN_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")
# Characters a one-line string literal must escape: the quote, the backslash and every
# control character (as \uXXXX, except the short forms), so each literal stays on one
# line in every format and no parser has to guess.
_ESCAPE = re.compile(r'["\\\x00-\x1f\x7f]')
_SHORT_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _quote(text: str) -> str:
    """A string as a one-line, double-quoted literal valid in Turtle, TriG and N-Triples."""
    return '"' + _ESCAPE.sub(lambda m: _SHORT_ESCAPES.get(m[0], f"\\u{ord(m[0]):04X}"), text) + '"'


class _Terms:
    """Writes terms as Turtle (prefixed names where safe) or N-Triples (full IRIs)."""

    def __init__(self, prefixes: list[tuple[str, str]] | None) -> None:
        self.by_ns = sorted(((ns, p) for p, ns in prefixes or []), key=lambda x: -len(x[0]))
        self.names: dict[URIRef, str | None] = {}
        self.cache: dict[URIRef, str] = {}

    def compact(self, u: URIRef) -> str | None:
        """``u`` as a prefixed name, or None where no prefix gives a plain local part."""
        if u not in self.names:
            self.names[u] = next(
                (
                    f"{prefix}:{u[len(ns) :]}"
                    for ns, prefix in self.by_ns
                    if u.startswith(ns) and _PLAIN_LOCAL.match(u, len(ns))
                ),
                None,
            )
        return self.names[u]

    def iri(self, u: URIRef) -> str:
        text = self.cache.get(u)
        if text is None:
            text = self.cache[u] = self.compact(u) or f"<{u}>"
        return text

    def term(self, t) -> str:
        if isinstance(t, URIRef):
            return self.iri(t)
        if isinstance(t, Literal):
            quoted = _quote(str(t))
            if t.language:
                return f"{quoted}@{t.language}"
            if t.datatype is None or t.datatype == _XSD_STRING:
                return quoted
            return f"{quoted}^^{self.iri(t.datatype)}"
        raise ValueError(f"cannot write {t!r}: kg graphs have no blank nodes")

    def block(self, triples) -> list[str]:
        """Subject blocks, subjects, predicates and objects sorted: same graph, same text."""
        subjects: dict = {}
        for s, p, o in triples:
            subjects.setdefault(s, {}).setdefault(p, []).append(o)
        out = []
        for s in sorted(subjects, key=str):
            preds = subjects[s]
            order = sorted(preds, key=lambda p: (p != _RDF_TYPE, str(p)))
            parts = []
            for p in order:
                objs = sorted(self.term(o) for o in preds[p])
                verb = "a" if p == _RDF_TYPE else self.iri(p)  # "a" only as a predicate
                parts.append(f"    {verb} " + " ,\n        ".join(objs))
            out.append(self.term(s) + "\n" + " ;\n".join(parts) + " .\n")
        return out


def _prefixes(g: Graph | Triples) -> list[tuple[str, str]]:
    return sorted((str(p), str(ns)) for p, ns in g.namespaces())


def to_turtle(g: Graph | Triples) -> str:
    """Serialise a graph without blank nodes as Turtle, deterministically and fast.

    Why not ``g.serialize("turtle")``: rdflib's writer runs at ~14k triples/s here, which
    made it the slowest stage of a build. This writer emits the same triples (tested),
    grouped by subject, with subjects, predicates and objects in sorted order, so the same
    graph always gives the same bytes.
    """
    prefixes = _prefixes(g)
    lines = [f"@prefix {p}: <{ns}> ." for p, ns in prefixes]
    lines.append("")
    lines.extend(_Terms(prefixes).block(g))
    return "\n".join(lines)


def graph_of(triple: tuple, base: str) -> str:
    """The named graph a triple belongs to in a TriG export.

    What one article says (its metadata, mentions, statements, per-document events and
    their participations, and every link from a shared node to one of its mentions)
    goes into that document's graph, so a corrected article can be replaced as a unit;
    what the corpus says (merged actors and events, relations, conflicts, the build)
    goes into one corpus graph.
    """
    base = base if base.endswith(("/", "#")) else base + "/"
    docs = base + "doc/"
    s, _, o = triple
    if s.startswith(docs):
        return base + "graph/doc/" + s[len(docs) :].split("/", 1)[0]
    if isinstance(o, URIRef) and o.startswith(docs) and "/m/" in o:
        return base + "graph/doc/" + o[len(docs) :].split("/", 1)[0]
    return base + "graph/corpus"


def to_trig(g: Graph | Triples, base: str = DEFAULT_BASE) -> str:
    """The graph as TriG: one named graph per source document plus the corpus graph."""
    prefixes = _prefixes(g)
    terms = _Terms(prefixes)
    graphs: dict[str, list[tuple]] = {}
    for t in g:
        graphs.setdefault(graph_of(t, base), []).append(t)
    lines = [f"@prefix {p}: <{ns}> ." for p, ns in prefixes]
    lines.append("")
    for name in sorted(graphs):
        lines.append(f"<{name}> {{")
        lines.extend(terms.block(graphs[name]))
        lines.append("}\n")
    return "\n".join(lines)


def to_ntriples(g: Graph | Triples) -> str:
    """The graph as N-Triples: one triple a line, full IRIs, lines sorted."""
    terms = _Terms(None)
    t = terms.term
    return "".join(sorted(f"{t(s)} {t(p)} {t(o)} .\n" for s, p, o in g))


def to_jsonld(g: Graph | Triples) -> str:
    """The graph as flattened JSON-LD: one node object a line, in subject order.

    Properties and types are compact IRIs under the graph's prefixes; every literal is
    a value object with its language or datatype, so a JSON-LD processor gives back
    exactly the same triples (tested with rdflib and pyoxigraph).
    """
    prefixes = _prefixes(g)
    terms = _Terms(prefixes)

    def compact(u: URIRef) -> str:
        return terms.compact(u) or str(u)

    def value(o) -> dict[str, str]:
        if isinstance(o, URIRef):
            return {"@id": str(o)}
        if o.language:
            return {"@value": str(o), "@language": o.language}
        if o.datatype is None or o.datatype == _XSD_STRING:
            return {"@value": str(o)}
        return {"@value": str(o), "@type": compact(o.datatype)}

    nodes: dict = {}
    for s, p, o in g:
        node = nodes.setdefault(s, {"@id": str(s)})
        if p == _RDF_TYPE:
            node.setdefault("@type", []).append(compact(o))
        else:
            node.setdefault(compact(p), []).append(value(o))

    def order(v: dict[str, str]) -> tuple[str, ...]:
        return (v.get("@id", ""), v.get("@value", ""), v.get("@language", ""), v.get("@type", ""))

    for node in nodes.values():
        for key, values in node.items():
            if key == "@type":
                values.sort()
            elif key != "@id":
                values.sort(key=order)
    context = json.dumps(dict(prefixes), sort_keys=True, ensure_ascii=False)
    body = ",\n".join(
        json.dumps(nodes[s], sort_keys=True, ensure_ascii=False) for s in sorted(nodes, key=str)
    )
    return f'{{"@context": {context},\n"@graph": [\n{body}\n]}}\n'


def options(settings) -> dict[str, str]:
    """The settings that shape a build's content, for the build's provenance."""
    out = {"base_iri": settings.base_iri}
    if settings.published:
        out["published"] = settings.published.isoformat()
    return out

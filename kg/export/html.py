"""The interactive graph view: one self-contained HTML page drawn with pyvis / vis-network.

What: actors (dots, one colour per kind, sized by mentions), events (diamonds, one colour
per event type) and statements (boxes) as nodes; participation roles, "said by",
"about", "in" and the typed event-to-event relations as labelled edges; a tooltip on
every node (for an event, the sentence it was read from) and on the edges that carry
more than their label. Around the graph: a heading; a panel of filters that is also
the legend (node kind, event type, factuality, event dates, with each kind's colour
and shape and a count); a search box that selects and zooms to the matching nodes; a
side panel showing an event's card (type, factuality, time, place, participants and
roles, sources, evidence, statements about it, related events with relation and
rationale) when the event is clicked; and, when the graph is cut (by default above
``DEFAULT_MAX_NODES`` nodes), a note saying what was left out and how to see more.

Why it is built the way it is:

* **Offline.** Readers open the page from disk, often without a network. pyvis's
  ``cdn_resources="in_line"`` inlines vis-network, but its template still links
  Bootstrap from a CDN; those tags are removed and the page is checked to reference no
  ``http(s)://`` resource before it is written. All script and style is inline.
* **Escaping.** Names, quotes and summaries come from articles, i.e. from strangers.
  Tooltips and event cards are HTML built here, with every piece of article text passed
  through :func:`html.escape`; vis-network 9 shows a string title as plain text, so a
  small script turns each title into an element, and the card panel takes its card
  with ``innerHTML`` (safe: all article text in both is escaped). Nothing else from the
  data is parsed as HTML: filters and search read plain fields of the node data.
  Labels are never HTML: vis-network draws them on the canvas with ``fillText``, so
  they go in as plain text (entity-escaping them would print ``AT&amp;T`` on the
  graph, and vis-network 9.1.2's ``multi: "html"`` label markup cannot decode
  ``&lt;``, so it is not used). The JSON embedded in ``<script>`` blocks (nodes,
  edges, cards) has every ``<`` written as ``\\u003c``, so a ``</script>`` in a name
  cannot end the block early.
* **No physics, positions from Python.** A force simulation in the browser is slow
  for thousands of nodes and lands somewhere different on every load. Positions come
  from a networkx layout with a fixed seed, laid out per connected component and
  packed in rows, and physics is switched off; the same input gives the same bytes.
* **Cut by default.** A page of every node of a big build is of no use: all of
  Reuters (17,000 articles) gave 374 MB and 47 s of writing. In headless Chromium
  without a GPU (``bench/view_scale.py --max-nodes 0 --browser``) a page of 2,500 nodes
  first draws in about 1 s and redraws in about 30 ms (30 frames a second), and
  filters apply in about 0.1 s; at 5,000 nodes it is 2 s and 60 ms, at 10,000 3 s and
  250 ms, at 20,000 6 s and 0.8 s; the synthetic 20,000-article graph (235,000 nodes,
  474 MB) had not even loaded after two minutes. So ``write_html`` shows at most
  ``DEFAULT_MAX_NODES`` = 2,500 nodes unless told otherwise (``max_nodes``; 0 shows
  all): the top events with their actors and statements (:func:`_select`). The whole
  graph is walked as plain ids (:class:`_Edges`) and HTML is made only for what is
  kept, so the cut view of that 235,000-node graph takes about 3 s to write (the whole
  one 63 s) and is 4.4 MB.
* **Scale** (``bench/view_scale.py`` times it at 5,000 nodes). Nodes and edges are
  appended to the pyvis network directly: ``Network.add_node``/``add_edge`` (and
  ``from_nx``) check membership in a list for every call, which is quadratic. In the
  page, tooltips become elements before ``vis.Network`` exists (the same DataSet
  update on a drawn network of 5,000 nodes took over a second); a filter sends one
  ``DataSet.update`` with only the nodes whose ``hidden`` flag changes (vis-network
  then leaves out their edges); above ``SMOOTH_EDGES_MAX`` edges, edges are straight
  and hidden while dragging or zooming.
"""

from __future__ import annotations

import html
import json
import math
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np
from pyvis.network import Network

from kg.export import SOURCES_NOTE, write_atomic
from kg.export import sources as export_sources
from kg.model import (
    ACTOR_KINDS,
    COUNTRY,
    FACTUALITIES,
    GROUP,
    ORGANISATION,
    PERSON,
    PLACE,
    Actor,
    BuildResult,
    Copy,
    Document,
    Event,
    Evidence,
    Relation,
    Statement,
    TimeValue,
)

__all__ = ["write_html"]

PAGE_TITLE = "News knowledge graph"

# --- colours and shapes ----------------------------------------------------------------

ACTOR_COLOURS = {
    PERSON: "#3b78c2",
    ORGANISATION: "#e8830c",
    COUNTRY: "#2f9a5a",
    GROUP: "#9359b0",
    PLACE: "#8c6d3f",
}
UNKNOWN_ACTOR_COLOUR = "#9aa0a6"
STATEMENT_COLOUR = "#fff3b0"
STATEMENT_BORDER = "#c9a227"
EDGE_COLOUR = "#a3a9b0"
RELATION_EDGE_COLOUR = "#4d4d4d"
CONFLICT_EDGE_COLOUR = "#c0392b"

# One fixed colour per event type of the taxonomy (kg.namespaces lists the types);
# keys are normalised (lower case, letters and digits only) so "use_of_force",
# "UseOfForce" and "use-of-force" share a colour.
EVENT_TYPE_COLOURS = {
    "makestatement": "#9ecae9",
    "consult": "#4e79a7",
    "negotiate": "#17becf",
    "agree": "#59a14f",
    "demand": "#e5c100",
    "threaten": "#f28e2b",
    "protest": "#ff9da7",
    "useofforce": "#d62728",
    "ceasefire": "#8cd17d",
    "sanction": "#b07aa1",
    "election": "#3d8d89",
    "resignation": "#d4a6c8",
    "appointment": "#86bcb6",
    "merger": "#bcbd22",
    "disaster": "#9d7660",
    "arrest": "#d37295",
    "trial": "#7f7f7f",
    "aid": "#76b7b2",
    "investigate": "#5f6b8a",
    "reject": "#e15759",
    "militaryposture": "#a0522d",
    "yield": "#b6d7a8",
    "business": "#edc948",
    "accident": "#8c564b",
    "death": "#3b3b3b",
    "crime": "#9467bd",
    "contest": "#2ca02c",
    "movement": "#aec7e8",
    "otherevent": "#c7c0bb",
}
_EVENT_TYPE_ALIASES = {"other": "otherevent", "statement": "makestatement"}
_EVENT_PALETTE = tuple(EVENT_TYPE_COLOURS.values())

# --- layout ----------------------------------------------------------------------------

LAYOUT_SEED = 20240601
SPACING = 160.0  # typical distance between nearest nodes, in vis-network units
SPRING_MAX = 1500  # larger connected components get a BFS shell layout (linear time)
SMOOTH_EDGES_MAX = 2000  # above this many edges draw straight lines (faster)

# --- the cut -----------------------------------------------------------------------------

# Most nodes a page shows unless told otherwise (write_html's max_nodes, the CLI's
# --max-nodes; 0 shows all). Chosen with bench/view_scale.py in headless Chromium: the
# most that still draws in about a second and redraws at about 30 frames a second (the
# module docstring has the figures).
DEFAULT_MAX_NODES = 2500
# In a cut, the statements taken with each event before the next event is taken (the
# rest come after every event that fits): one much-quoted event cannot fill the page.
STATEMENTS_PER_EVENT = 3

_REMOTE_RESOURCE = re.compile(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.I)
_REMOTE_LINK_TAG = re.compile(r"""<link\b[^>]*?\bhref\s*=\s*["']?\s*(?:https?:)?//[^>]*>""", re.I)
_REMOTE_SCRIPT_TAG = re.compile(
    r"""<script\b[^>]*?\bsrc\s*=\s*["']?\s*(?:https?:)?//[^>]*>\s*</script\s*>""", re.I
)
_EMPTY_HEADING = re.compile(r"\s*<center>\s*<h1>\s*</h1>\s*</center>")
_OLD_VIS_COMMENT = re.compile(r"<!--\s*<link[^>]*node_modules.*?-->", re.S)
_SPACE = re.compile(r"\s+")
# A sentence ends at . ! ? or … (and any closing quote or bracket) before a space, or
# at a line break; not after a title or initial such as "Mr." or "U.S.".
_SENTENCE_END = re.compile(r"""[.!?…]["'”’»)\]]*(?=\s)\s*|\n\s*""")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|Jr|Sr|No|vs|Inc|Co|Corp"
    r"|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z](?:\.[A-Z])*)\.$"
)

# Node kinds besides the actor kinds, as the filters name them.
EVENT_KIND, STATEMENT_KIND = "event", "statement"


def write_html(result: BuildResult, path: Path, *, max_nodes: int | None = None) -> None:
    """Write the interactive view of ``result`` to ``path`` (one offline HTML file).

    ``max_nodes``: the most nodes the page shows; ``None`` means ``DEFAULT_MAX_NODES``,
    ``0`` means every node. A bigger graph is cut to its most connected part (see
    :func:`_select`: the top events with their actors and statements) and the page
    says what was left out and how to see more. Only the kept nodes and edges are
    turned into HTML, so writing the cut view of a big build costs little more than
    reading the build. The file is written to a temporary name next to ``path`` and
    moved into place, so a reader never sees half a page.
    """
    if max_nodes is None:
        max_nodes = DEFAULT_MAX_NODES
    if max_nodes < 0:
        raise ValueError(f"max_nodes must be 0 (no cut) or more, got {max_nodes}")
    statement_ids = _statement_ids(result.statements)
    edges = _edge_list(result, statement_ids)
    total_nodes = len(result.actors) + len(result.events) + len(result.statements)
    keep = None
    if max_nodes and total_nodes > max_nodes:
        keep = _select(result, statement_ids, edges, max_nodes)
    graph = _build_graph(result, statement_ids, edges, keep)
    cut = _Cut(total_nodes, len(edges), max_nodes) if keep is not None else None
    positions = _layout([n["id"] for n in graph.nodes], [(e["from"], e["to"]) for e in graph.edges])
    for node in graph.nodes:
        node["x"], node["y"] = positions[node["id"]]
    if len(graph.edges) > SMOOTH_EDGES_MAX:  # no arrows by default (see _options) ...
        for edge in graph.edges:
            if edge["id"] in graph.relations:  # ... but where the direction is the point
                edge["arrows"] = "to"
    page = _render(result, graph, cut)
    write_atomic(Path(path), page)


# --- graph -----------------------------------------------------------------------------


@dataclass
class _Graph:
    """The vis-network nodes and edges (plain dicts) of the page."""

    nodes: list[dict[str, Any]] = field(default_factory=list)
    edges: list[dict[str, Any]] = field(default_factory=list)
    relations: set[str] = field(default_factory=set)  # ids of event-relation edges


@dataclass(frozen=True)
class _Cut:
    """What the whole graph had, when the page shows only part of it."""

    nodes: int
    edges: int
    max_nodes: int


class _Edges:
    """Every edge of the whole graph in page order, the first of any repeat only, before
    any HTML is made for it: ids, labels and what each edge stands for, in parallel
    lists. Cheap on purpose: the cut ranks nodes by these edges and its note counts
    them, and few objects means little for the garbage collector to walk (a tuple and a
    closure per edge made the cut view of 235,000 nodes half again as slow to write)."""

    PLAIN, ROLE, AFFILIATION, RELATION, CONFLICT = range(5)

    def __init__(self) -> None:
        self.src: list[str] = []
        self.dst: list[str] = []
        self.label: list[str] = []
        self.kind: list[int] = []
        self.what: list[Any] = []  # the Participant, Relation or Conflict drawn, or None
        self._seen: set[str] = set()  # strings: not tracked by the collector

    def add(self, src: str, dst: str, label: str, kind: int = 0, what: Any = None) -> None:
        key = f"{src}\x00{dst}\x00{label}"
        if key not in self._seen:
            self._seen.add(key)
            self.src.append(src)
            self.dst.append(dst)
            self.label.append(label)
            self.kind.append(kind)
            self.what.append(what)

    def __len__(self) -> int:
        return len(self.src)


def _esc(text: object) -> str:
    """Escape article text for HTML (tooltips)."""
    return html.escape(str(text), quote=True)


def _label(text: str, limit: int) -> str:
    """A canvas label: plain text, whitespace collapsed, clipped to ``limit`` characters.

    Not HTML-escaped on purpose: vis-network draws labels with canvas ``fillText``
    (never parsed as HTML), so ``&lt;`` would be shown as those four characters. What
    keeps a hostile label harmless in the page is the sealed JSON (see
    :func:`_seal_embedded_json`).
    """
    return _clip(text, limit)


def _title(parts: Iterable[str]) -> str:
    """Join tooltip lines; keep pyvis from switching to its ``href`` popup template."""
    # pyvis replaces vis-network's tooltip with one that sets innerHTML when any node
    # title contains "href"; escaped article text may say "href", so spell it as an
    # entity (renders the same).
    return "<br>".join(p for p in parts if p).replace("href", "hr&#101;f")


def _clip(text: str, limit: int) -> str:
    """Collapse whitespace and cut ``text`` to ``limit`` characters at a word boundary."""
    text = _SPACE.sub(" ", text).strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[limit // 2 :]:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ,;:.") + "…"


def event_type_colour(event_type: str) -> str:
    """The fixed colour of an event type (unknown types hash into the same palette)."""
    key = re.sub(r"[^a-z0-9]", "", event_type.lower())
    key = _EVENT_TYPE_ALIASES.get(key, key)
    if key in EVENT_TYPE_COLOURS:
        return EVENT_TYPE_COLOURS[key]
    return _EVENT_PALETTE[zlib.crc32(key.encode("utf-8")) % len(_EVENT_PALETTE)]


def _statement_ids(statements: Sequence[Statement]) -> list[str]:
    """Each statement's node id: from its content's place in its document, made unique."""
    ids: list[str] = []
    used: set[str] = set()
    for i, statement in enumerate(statements):
        sid = f"statement:{statement.id if statement.content else f'{statement.doc_id}/#{i}'}"
        if sid in used:
            sid = f"{sid}#{i}"
        used.add(sid)
        ids.append(sid)
    return ids


_RELATION_STYLE = {
    "dashes": True,
    "width": 2,
    "color": {"color": RELATION_EDGE_COLOUR, "highlight": "#000000"},
}
_CONFLICT_STYLE = {
    "dashes": True,
    "width": 2,
    "color": {"color": CONFLICT_EDGE_COLOUR, "highlight": "#000000"},
}


def _edge_list(result: BuildResult, statement_ids: Sequence[str]) -> _Edges:
    """Every edge of the whole graph (see :class:`_Edges`)."""
    actors, events = result.actors, result.events
    out = _Edges()
    for event_id, event in events.items():
        for part in event.participants:
            if part.actor not in actors:
                continue  # unresolved participant: no node to point from
            if part.role == "location" and part.actor == event.place:
                continue  # drawn once, as the "in" edge below
            out.add(f"actor:{part.actor}", f"event:{event_id}", part.role, _Edges.ROLE, part)
        if event.place and event.place in actors:
            out.add(f"event:{event_id}", f"actor:{event.place}", "in")

    for actor_id, actor in actors.items():  # who serves or belongs to whom
        for other in sorted(actor.affiliations):
            if other in actors and other != actor_id:
                out.add(f"actor:{actor_id}", f"actor:{other}", "of", _Edges.AFFILIATION)

    for sid, statement in zip(statement_ids, result.statements, strict=True):
        if statement.speaker and statement.speaker in actors:
            out.add(sid, f"actor:{statement.speaker}", "said by")
        for event_id in statement.about_events:
            if event_id in events:
                out.add(sid, f"event:{event_id}", "about")

    for rel in result.relations:
        if rel.source in events and rel.target in events:
            src, dst = f"event:{rel.source}", f"event:{rel.target}"
            out.add(src, dst, rel.type, _Edges.RELATION, rel)
    node_of = {st.id: sid for sid, st in zip(statement_ids, result.statements, strict=True)}
    for c in result.conflicts:  # conflicting accounts of one event, side by side
        if c.first in node_of and c.second in node_of:
            out.add(node_of[c.first], node_of[c.second], "contradicts", _Edges.CONFLICT, c)
    return out


def _build_graph(
    result: BuildResult,
    statement_ids: Sequence[str],
    edges: _Edges,
    keep: set[str] | None = None,
) -> _Graph:
    """The vis-network node and edge dicts (ids namespaced) of the whole graph, or of
    the nodes in ``keep`` and the edges between them; only those are made."""
    graph = _Graph()
    actors = result.actors
    docs = {doc.id: doc for doc in result.documents}

    def shown(node_id: str) -> bool:
        return keep is None or node_id in keep

    names = {aid: a.name for aid, a in actors.items()}
    for actor_id, actor in actors.items():
        if shown(f"actor:{actor_id}"):
            graph.nodes.append(_actor_node(actor_id, actor, docs, names))
    for event_id, event in result.events.items():
        if shown(f"event:{event_id}"):
            graph.nodes.append(_event_node(event_id, event, actors, docs))
    for sid, statement in zip(statement_ids, result.statements, strict=True):
        if shown(sid):
            graph.nodes.append(_statement_node(sid, statement, actors))

    for src, dst, label, kind, what in zip(
        edges.src, edges.dst, edges.label, edges.kind, edges.what, strict=True
    ):
        if not (shown(src) and shown(dst)):
            continue
        edge: dict[str, Any] = {"id": f"edge:{len(graph.edges)}", "from": src, "to": dst}
        edge["label"] = _label(label, 40)
        if kind == _Edges.ROLE:
            head = f"<b>{_esc(actors[what.actor].name)}</b> — {_esc(what.role)}"
            edge["title"] = _title([head, _esc(what.description)])
        elif kind == _Edges.AFFILIATION:
            edge["dashes"] = True
        elif kind == _Edges.RELATION:
            score = f"<b>{_esc(what.type)}</b> · score {what.score:.2f}"
            edge["title"] = _title([score, _esc(what.rationale)])
            edge.update(_RELATION_STYLE)
            graph.relations.add(edge["id"])
        elif kind == _Edges.CONFLICT:
            score = f"<b>contradicts</b> · score {what.score:.2f}"
            edge["title"] = _title([score, _esc(what.rationale)])
            edge.update(_CONFLICT_STYLE)
        graph.edges.append(edge)
    return graph


def _snippet(evidence: Evidence, docs: dict[str, Document], context: int = 70) -> str:
    """The mention in a little of its document's text, as escaped HTML."""
    doc = docs.get(evidence.doc_id)
    text = doc.source_text if doc else ""
    if not (0 <= evidence.start <= evidence.end <= len(text)):
        return f"“{_esc(_clip(evidence.text, 160))}” <i>({_esc(evidence.doc_id)})</i>"
    before = text[max(0, evidence.start - context) : evidence.start]
    after = text[evidence.end : evidence.end + context]
    before = ("…" if evidence.start > context else "") + _SPACE.sub(" ", before).lstrip()
    after = _SPACE.sub(" ", after).rstrip() + ("…" if evidence.end + context < len(text) else "")
    mention = _SPACE.sub(" ", text[evidence.start : evidence.end])
    return f"“{_esc(before)}<b>{_esc(mention)}</b>{_esc(after)}” <i>({_esc(evidence.doc_id)})</i>"


def _actor_node(
    actor_id: str, actor: Actor, docs: dict[str, Document], names: dict[str, str]
) -> dict[str, Any]:
    mentions = len(actor.mentions)
    doc_count = len({m.doc_id for m in actor.mentions})
    lines = [f"<b>{_esc(actor.name)}</b>", f"kind: {_esc(actor.kind)}"]
    if actor.titles:
        lines.append("titles: " + _esc("; ".join(sorted(actor.titles))))
    offices = sorted(p.describe(names) for p in actor.positions)
    if offices:
        lines.append("positions: " + _esc("; ".join(offices)))
    belongs = sorted(names[c] for c in actor.countries if c in names)
    if belongs:
        lines.append("country: " + _esc("; ".join(belongs)))
    if actor.aliases:
        lines.append("aliases: " + _esc("; ".join(sorted(actor.aliases))))
    if actor.wikidata:
        lines.append(f"Wikidata: {_esc(actor.wikidata)}")
    lines.append(f"mentions: {mentions} in {doc_count} document{'s' * (doc_count != 1)}")
    shown: set[str] = set()
    for evidence in actor.mentions:  # a couple of snippets, from different documents
        if evidence.doc_id in shown:
            continue
        shown.add(evidence.doc_id)
        lines.append(_snippet(evidence, docs))
        if len(shown) == 2:
            break
    node = {
        "id": f"actor:{actor_id}",
        "label": _label(actor.name, 40),
        "shape": "dot",
        "widthConstraint": {"maximum": 170},
        "color": ACTOR_COLOURS.get(actor.kind, UNKNOWN_ACTOR_COLOUR),
        "size": round(min(40.0, 10.0 + 4.0 * math.sqrt(mentions)), 1),
        "title": _title(lines),
        "kind": actor.kind,
    }
    return _searchable(node, [actor.name, *sorted(actor.aliases)])


def _searchable(node: dict[str, Any], names: list[str]) -> dict[str, Any]:
    """Add the names the search box matches beyond the (clipped) label, if any."""
    extra = [n for n in dict.fromkeys(_SPACE.sub(" ", n).strip() for n in names) if n]
    if extra and extra != [node["label"]]:
        node["search"] = "\n".join(extra)
    return node


def _doc_line(doc_id: str, docs: dict[str, Document | Copy]) -> str:
    doc = docs.get(doc_id)
    if doc is None:
        return _esc(doc_id)
    extra = [x for x in (doc.outlet, doc.published.isoformat() if doc.published else None) if x]
    line = _esc(doc_id)
    if doc.title:
        line += f": {_esc(_clip(doc.title, 90))}"
    if extra:
        line += f" <i>({_esc(', '.join(extra))})</i>"
    return line


def _event_node(
    event_id: str, event: Event, actors: dict[str, Actor], docs: dict[str, Document]
) -> dict[str, Any]:
    headline = event.title or f"{event.lemma} ({event.type})"
    lines = [f"<b>{_esc(headline)}</b>", f"type: {_esc(event.type)}"]
    if event.time is not None:
        lines.append(f"time: {_when(event.time)}")
    if event.place and event.place in actors:
        lines.append(f"place: {_esc(actors[event.place].name)}")
    lines.append(f"factuality: {_esc(event.factuality)}" + (" (ongoing)" if event.ongoing else ""))
    if event.instruments:
        lines.append("with: " + _esc(", ".join(dict.fromkeys(i.text for i in event.instruments))))
    if event.participants:
        who = [
            f"{_esc(actors[p.actor].name if p.actor in actors else p.actor)} ({_esc(p.role)})"
            for p in event.participants[:8]
        ]
        more = len(event.participants) - len(who)
        lines.append("participants: " + ", ".join(who) + (f", +{more} more" if more > 0 else ""))
    cited = [d for d, _ in export_sources(event.sources, docs)]
    if cited:
        more = len(cited) - 8
        lines.append(
            f"sources ({len(cited)}):<br>"
            + "<br>".join("• " + _doc_line(d.id, {d.id: d}) for d in cited[:8])
            + (f"<br>• +{more} more" if more > 0 else "")
        )
    if event.summary:
        lines.append(f"<i>{_esc(event.summary)}</i>")
    evidence = _event_evidence(event, docs, 1)
    if evidence:
        lines.append("evidence: " + evidence[0])
    node: dict[str, Any] = {
        "id": f"event:{event_id}",
        "label": _label(headline, 60),
        "shape": "diamond",
        "widthConstraint": {"maximum": 170},
        "color": event_type_colour(event.type),
        "size": round(min(36.0, 16.0 + 4.0 * math.sqrt(max(1, len(event.sources)))), 1),
        "title": _title(lines),
        "kind": EVENT_KIND,
        "eventType": event.type,
        "factuality": event.factuality,
    }
    begin, end = _dates(event.time)
    if begin:
        node["begin"], node["end"] = begin, end
    return _searchable(node, [headline])


def _dates(time: TimeValue | None) -> tuple[str | None, str | None]:
    """An event's first and last day as ISO strings (one end known: both are it)."""
    if time is None or not (time.start or time.end):
        return None, None
    first = time.start or time.end
    last = time.end or time.start
    assert first is not None and last is not None
    return first.isoformat(), last.isoformat()


def _event_evidence(event: Event, docs: dict[str, Document], limit: int) -> list[str]:
    """The sentences an event was read from (trigger first, one per document), escaped."""
    out: list[str] = []
    seen: set[str] = set()
    for evidence in [event.trigger, *event.mentions]:
        if evidence.doc_id in seen:
            continue
        seen.add(evidence.doc_id)
        out.append(_sentence(evidence, docs))
        if len(out) == limit:
            break
    return out


def _sentence(evidence: Evidence, docs: dict[str, Document], limit: int = 320) -> str:
    """The sentence around a mention, the mention in bold, as escaped HTML.

    A plain boundary search (end punctuation, a closing quote, then space; or a line
    break) that skips common abbreviations; good enough to show where a fact came from.
    """
    doc = docs.get(evidence.doc_id)
    text = doc.source_text if doc else ""
    if not (0 <= evidence.start <= evidence.end <= len(text)):
        return f"“{_esc(_clip(evidence.text, 160))}” <i>({_esc(evidence.doc_id)})</i>"
    lo = max(0, evidence.start - limit)
    start = lo
    for m in _SENTENCE_END.finditer(text, lo, evidence.start):
        if not _ABBREVIATION.search(text, max(0, m.start() - 5), m.start() + 1):
            start = m.end()
    hi = min(len(text), evidence.end + limit)
    end = hi
    for m in _SENTENCE_END.finditer(text, evidence.end, hi):
        if not _ABBREVIATION.search(text, max(0, m.start() - 5), m.start() + 1):
            end = m.end()
            break
    before = _SPACE.sub(" ", text[start : evidence.start]).lstrip()
    after = _SPACE.sub(" ", text[evidence.end : end]).rstrip()
    before = ("…" if start == lo and lo > 0 else "") + before
    after += "…" if end == hi and hi < len(text) else ""
    mention = _SPACE.sub(" ", text[evidence.start : evidence.end])
    return f"“{_esc(before)}<b>{_esc(mention)}</b>{_esc(after)}” <i>({_esc(evidence.doc_id)})</i>"


def _when(time: TimeValue) -> str:
    """A time as its text plus the day interval and precision, escaped for a tooltip."""
    when = _esc(time.text)
    start, end = time.start, time.end
    interval = []
    if start or end:
        a = start.isoformat() if start else "?"
        b = end.isoformat() if end else "?"
        interval.append(a if a == b else f"{a} – {b}")
    if time.precision:
        interval.append(f"precision: {_esc(time.precision)}")
    if time.duration:
        interval.append(f"lasting {_esc(time.duration)}")
    if interval:
        when += " (" + "; ".join(interval) + ")"
    return when


def _short_speaker(statement: Statement, actors: dict[str, Actor]) -> str:
    actor = actors.get(statement.speaker) if statement.speaker else None
    name = actor.name if actor else (statement.speaker_name or "unattributed")
    if actor is not None and actor.kind == PERSON:
        words = [w for w in name.split() if w.rstrip(".") not in {"Jr", "Sr", "II", "III"}]
        name = words[-1] if words else name
    return _clip(name, 24)


def _statement_node(sid: str, statement: Statement, actors: dict[str, Actor]) -> dict[str, Any]:
    quote = statement.text
    words = _SPACE.sub(" ", quote).strip().split(" ")
    first = " ".join(words[:6]) + ("…" if len(words) > 6 else "")
    speaker = _short_speaker(statement, actors)
    label = f"{speaker}: “{_label(first, 60)}”"
    full_speaker = (
        actors[statement.speaker].name
        if statement.speaker in actors
        else statement.speaker_name or "unattributed"
    )
    lines = [
        f"“{_esc(quote)}”",
        f"speaker: <b>{_esc(full_speaker)}</b>",
        f"type: {_esc(statement.type)} · kind: {_esc(statement.kind)}"
        + (f" · cue: “{_esc(statement.cue.text)}”" if statement.cue else ""),
    ]
    if statement.time is not None:
        lines.append(f"said: {_when(statement.time)}")
    if statement.channel:
        lines.append(f"channel: {_esc(statement.channel)}")
    if statement.addressee:
        lines.append(f"to: {_esc(statement.addressee)}")
    if statement.relay:
        lines.append(f"via: {_esc(statement.relay)}")
    about = list(dict.fromkeys(a for a in statement.about_actors if a in actors))
    if about:
        lines.append("about: " + ", ".join(_esc(actors[a].name) for a in about))
    lines.append(f"document: {_esc(statement.doc_id)}")
    node = {
        "id": sid,
        "label": label,
        "shape": "box",
        "color": {"background": STATEMENT_COLOUR, "border": STATEMENT_BORDER},
        "font": {"size": 13},
        "widthConstraint": {"maximum": 200},
        "title": _title(lines),
        "kind": STATEMENT_KIND,
    }
    # the whole quote, not only the six words of the label: a quote is found by any of
    # its words, whether or not an event's title happens to repeat them
    return _searchable(node, [full_speaker, quote])


def _select(
    result: BuildResult,
    statement_ids: Sequence[str],
    edges: _Edges,
    max_nodes: int,
) -> set[str]:
    """The ids of the at most ``max_nodes`` nodes a cut page shows: the graph's most
    connected part, built around its top events, connected by construction.

    1. Events are ranked by how many documents report them, then by how connected
       they are (participants and place, relations to other events, statements
       about them), then by input order. In that order each event is taken with its
       actors (participants and place) and up to ``STATEMENTS_PER_EVENT`` of the
       statements about it, each with its speaker: who did what, and who said what
       about it. The last event taken may lose some of them to the limit.
    2. Then the other statements about the events taken, with their speakers, in the
       same order.
    3. Room left (few events, many other nodes): nodes next to those taken, best
       connected first, layer after layer; then, from the best connected node not
       yet reached, the same again. Nodes without any edge are never taken.

    Every kept node is an event or has an edge to a kept node (but for a node step 3
    starts again from just as the limit is reached), so the page is the core of the
    graph rather than a scatter of statements and names seen once.
    Deterministic: ties go by the order of the build result.
    """
    actors, events = result.actors, result.events
    keep: dict[str, None] = {}  # insertion-ordered set

    def take(node_id: str) -> None:
        if len(keep) < max_nodes:
            keep[node_id] = None

    said: dict[str, list[int]] = defaultdict(list)
    for i, statement in enumerate(result.statements):
        for event_id in dict.fromkeys(statement.about_events):
            if event_id in events:
                said[event_id].append(i)
    related: Counter[str] = Counter()
    for rel in result.relations:
        if rel.source in events and rel.target in events and rel.source != rel.target:
            related[rel.source] += 1
            related[rel.target] += 1

    def cast(event: Event) -> list[str]:  # its actors: participants and place
        ids = dict.fromkeys([*(p.actor for p in event.participants), event.place])
        return [f"actor:{a}" for a in ids if a is not None and a in actors]

    ranked = sorted(  # (-sources, -connections, input order, id)
        (
            -len(set(event.sources)),
            -(len(cast(event)) + related[event_id] + len(said.get(event_id, ()))),
            i,
            event_id,
        )
        for i, (event_id, event) in enumerate(events.items())
    )

    def take_statement(i: int) -> None:
        take(statement_ids[i])
        speaker = result.statements[i].speaker
        if speaker is not None and speaker in actors:
            take(f"actor:{speaker}")

    later: list[int] = []
    for *_, event_id in ranked:  # 1
        if len(keep) >= max_nodes:
            break
        take(f"event:{event_id}")
        for actor in cast(events[event_id]):
            take(actor)
        about = said.get(event_id, [])
        for i in about[:STATEMENTS_PER_EVENT]:
            take_statement(i)
        later += about[STATEMENTS_PER_EVENT:]
    for i in later:  # 2
        if len(keep) >= max_nodes:
            break
        take_statement(i)
    if len(keep) < max_nodes:  # 3
        _grow(keep, max_nodes, result, statement_ids, edges)
    return set(keep)


def _grow(
    keep: dict[str, None],
    max_nodes: int,
    result: BuildResult,
    statement_ids: Sequence[str],
    edges: _Edges,
) -> None:
    """Add to ``keep`` the best connected neighbours of what it holds, layer by layer;
    when none is left, start again from the best connected node not yet kept."""
    neighbours: dict[str, list[str]] = defaultdict(list)
    for src, dst in zip(edges.src, edges.dst, strict=True):
        if src != dst:
            neighbours[src].append(dst)
            neighbours[dst].append(src)
    every = [
        *(f"actor:{a}" for a in result.actors),
        *(f"event:{e}" for e in result.events),
        *statement_ids,
    ]
    place = {node_id: i for i, node_id in enumerate(every)}

    def best(node_id: str) -> tuple[int, int]:
        return (-len(neighbours[node_id]), place[node_id])

    seeds = iter(sorted((n for n in every if n in neighbours), key=best))
    layer = list(keep)
    while len(keep) < max_nodes:
        nxt = sorted(
            {nb for n in layer for nb in neighbours.get(n, ()) if nb not in keep}, key=best
        )
        if not nxt:
            seed = next((n for n in seeds if n not in keep), None)
            if seed is None:
                return
            nxt = [seed]
        for node_id in nxt[: max_nodes - len(keep)]:
            keep[node_id] = None
        layer = nxt


# --- layout ----------------------------------------------------------------------------


def _layout(
    node_ids: Sequence[str], edges: Sequence[tuple[str, str]]
) -> dict[str, tuple[float, float]]:
    """Deterministic x/y for every node: one layout per connected component, packed.

    Components are laid out on graphs built in input order (networkx subgraph views
    iterate a set, whose order changes with the hash seed), with a fixed seed, and
    placed in rows, largest first.
    """
    order = {n: i for i, n in enumerate(node_ids)}
    whole = nx.Graph()
    whole.add_nodes_from(node_ids)
    whole.add_edges_from(e for e in edges if e[0] != e[1])
    components = sorted(
        (sorted(c, key=order.__getitem__) for c in nx.connected_components(whole)),
        key=lambda c: (-len(c), order[c[0]]),
    )
    component_of = {n: i for i, comp in enumerate(components) for n in comp}
    comp_edges: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for u, v in edges:
        if u != v:
            comp_edges[component_of[u]].append((u, v))

    boxes: list[tuple[float, float, dict[str, tuple[float, float]]]] = []
    for i, comp in enumerate(components):
        sub = nx.Graph()
        sub.add_nodes_from(comp)
        sub.add_edges_from(comp_edges[i])
        unit = _component_layout(sub)  # coordinates within [-1, 1]
        radius = _radius(unit)
        boxes.append((2 * radius + SPACING, radius, unit))

    positions: dict[str, tuple[float, float]] = {}
    if not boxes:
        return positions
    row_width = max(max(b[0] for b in boxes), 1.3 * math.sqrt(sum(b[0] ** 2 for b in boxes)))
    x = y = row_height = 0.0
    for side, radius, unit in boxes:
        if x > 0 and x + side > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        cx, cy = x + side / 2, y + side / 2
        for node, (ux, uy) in unit.items():
            positions[node] = (round(cx + ux * radius, 1), round(cy + uy * radius, 1))
        x += side
        row_height = max(row_height, side)
    return positions


def _radius(unit: dict[str, tuple[float, float]]) -> float:
    """How far to stretch a unit layout: typical nearest neighbours ``SPACING`` apart."""
    n = len(unit)
    if n < 2:
        return 0.0
    fallback = SPACING * math.sqrt(n) / 2
    if n > SPRING_MAX:
        return fallback
    pts = np.array(list(unit.values()))
    dist = np.sqrt(((pts[:, None, :] - pts[None, :, :]) ** 2).sum(axis=-1))
    np.fill_diagonal(dist, np.inf)
    nearest = float(np.median(dist.min(axis=1)))
    if nearest <= 0:
        return fallback
    return min(SPACING / nearest, 4 * fallback)


def _component_layout(sub: nx.Graph) -> dict[str, tuple[float, float]]:
    """Unit-scale positions for one connected component."""
    n = sub.number_of_nodes()
    if n == 1:
        return {next(iter(sub)): (0.0, 0.0)}
    if n <= SPRING_MAX:
        pos = nx.spring_layout(sub, seed=LAYOUT_SEED, iterations=50 if n <= 300 else 20)
    else:  # linear time: rings of breadth-first layers around the best connected node
        order = {node: i for i, node in enumerate(sub)}
        hub = max(sub, key=lambda node: (sub.degree(node), -order[node]))
        layers = [[hub]]
        seen = {hub}
        while True:
            nxt = []
            for node in layers[-1]:
                for nb in sorted(sub[node], key=order.__getitem__):
                    if nb not in seen:
                        seen.add(nb)
                        nxt.append(nb)
            if not nxt:
                break
            layers.append(nxt)
        pos = nx.shell_layout(sub, nlist=layers)
    return {node: (float(xy[0]), float(xy[1])) for node, xy in pos.items()}


# --- event cards -----------------------------------------------------------------------


def _cards(result: BuildResult, graph: _Graph) -> dict[str, str]:
    """Event node id -> its card as escaped HTML, for the side panel (shown on click).

    The facts of ``events.md`` (kg.export.cards) as HTML, every piece of article text
    through :func:`html.escape`. Built here, not in the browser, so the page needs no
    templating code and all escaping happens in one place, where it is tested.
    """
    # cards imports the extractor's taxonomy, which loads spaCy: only when writing.
    from kg.export.cards import _Index, _said_how
    from kg.taxonomy import EVENT_TYPES

    shown = {n["id"] for n in graph.nodes}
    index = _Index.of(result)
    docs = index.docs
    out: dict[str, str] = {}
    for event_id, event in result.events.items():
        if f"event:{event_id}" not in shown:
            continue
        said = [
            f"<li><b>{_esc(_speaker_name(st, result.actors))}</b> "
            f"<i>({_esc(', '.join(_said_how(st)))})</i>: “{_esc(st.text)}”</li>"
            for st in index.said.get(event_id, [])
        ]
        disputed = [
            f"<li>score {c.score:.2f}: {_esc(c.rationale)}</li>"
            for c in index.conflicts.get(event_id, [])
        ]
        related = [
            _related(rel, event_id, result.events, shown)
            for rel in sorted(index.related.get(event_id, []), key=lambda r: -r.score)
        ]
        evidence = [f"<li>{s}</li>" for s in _event_evidence(event, docs, 5)]
        out[f"event:{event_id}"] = "".join(
            [
                _card_head(result, event, EVENT_TYPES.get(event.type, ("", "")), shown),
                _section("Participants", _participants(event, result.actors, shown), "none"),
                _section("Sources", _sources(event, docs)),
                _section("Evidence", evidence),
                _section("Statements about it", said),
                _section("Conflicting accounts", disputed),
                _section("Related events", related),
            ]
        )
    return out


def _related(rel: Relation, event_id: str, events: dict[str, Event], shown: set[str]) -> str:
    """One related event: which way the relation points, its score and rationale."""
    other = rel.target if rel.source == event_id else rel.source
    name = (events[other].title if other in events else "") or other
    link = _jump(f"event:{other}", name, shown)
    how = f'<span class="kg-rel">{_esc(rel.type)}</span>'
    line = f"this {how} → {link}" if rel.source == event_id else f"{link} {how} → this"
    why = f'<br><span class="kg-why">{_esc(rel.rationale)}</span>' if rel.rationale else ""
    return f"<li>{line} <i>(score {rel.score:.2f})</i>{why}</li>"


def _card_head(
    result: BuildResult, event: Event, type_info: tuple[str, str], shown: set[str]
) -> str:
    """Title, facts (type, factuality, time, place, instruments) and summary."""
    label, code = type_info
    kind = _esc(event.type)
    if label and label.lower() != event.type.lower():
        kind += f" ({_esc(label)})"
    if code:
        kind += f' <span class="kg-code">{_esc(code)}</span>'
    facts = [
        ("type", kind),
        ("factuality", _esc(event.factuality) + (" (ongoing)" if event.ongoing else "")),
    ]
    if event.time is not None:
        facts.append(("time", _when(event.time)))
    if event.place and event.place in result.actors:
        facts.append(
            ("place", _jump(f"actor:{event.place}", result.actors[event.place].name, shown))
        )
    if event.instruments:
        facts.append(("with", _esc(", ".join(dict.fromkeys(i.text for i in event.instruments)))))
    parts = [
        f'<h2 class="kg-card-title">{_esc(event.title or f"{event.lemma} ({event.type})")}</h2>',
        '<dl class="kg-facts">' + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in facts) + "</dl>",
    ]
    if event.summary:
        parts.append(f'<p class="kg-card-summary">{_esc(event.summary)}</p>')
    if event.merge_rationale:
        parts.append(f'<p class="kg-merged">Merged: {_esc(event.merge_rationale)}</p>')
    return "".join(parts)


def _participants(event: Event, actors: dict[str, Actor], shown: set[str]) -> list[str]:
    items = []
    for p in event.participants:
        name = actors[p.actor].name if p.actor in actors else p.actor
        what = f": {_esc(p.description)}" if p.description else ""
        role = f'<span class="kg-role">{_esc(p.role)}</span>'
        items.append(f"<li>{_jump(f'actor:{p.actor}', name, shown)} {role}{what}</li>")
    return items


def _sources(event: Event, docs: dict[str, Document]) -> list[str]:
    """Each source article; another outlet's copy of a text says whose text it is."""
    items = []
    cited = export_sources(event.sources, docs)
    for doc, text_of in cited:
        s = doc.id
        extra = [x for x in (doc.outlet, doc.published and doc.published.isoformat()) if x]
        title = doc.title or s
        line = _esc(title) + (f" <i>({_esc(', '.join(extra))})</i>" if extra else "")
        if title != s:
            line += f' <code class="kg-doc">{_esc(s)}</code>'
        if text_of:
            line += f' <i>same text as <code class="kg-doc">{_esc(text_of)}</code></i>'
        items.append(f"<li>{line}</li>")
    if any(text_of for _, text_of in cited):
        items.append(f'<li class="kg-note">{_esc(SOURCES_NOTE)}</li>')
    return items


def _speaker_name(statement: Statement, actors: dict[str, Actor]) -> str:
    if statement.speaker in actors:
        return actors[statement.speaker].name
    return statement.speaker_name or "unattributed"


def _jump(node_id: str, text: str, shown: set[str]) -> str:
    """A name in a card: a button that jumps to its node when the view shows it."""
    if node_id not in shown:
        return _esc(text)
    return (
        f'<button type="button" class="kg-jump" data-node="{_esc(node_id)}">{_esc(text)}</button>'
    )


def _section(heading: str, items: list[str], empty: str = "") -> str:
    """A card section with a count; left out when empty unless ``empty`` says so."""
    if not items:
        return f'<h3>{heading}</h3><p class="kg-none">{empty}</p>' if empty else ""
    return f"<h3>{heading} ({len(items)})</h3><ul>{''.join(items)}</ul>"


# --- page ------------------------------------------------------------------------------


_CSS = """
<meta name="viewport" content="width=device-width, initial-scale=1">
<style type="text/css">
  html, body { height: 100%; }
  body { margin: 0; display: flex; flex-direction: column; color: #1f2328;
         background: #ffffff; font-family: system-ui, -apple-system, "Segoe UI", Roboto,
         Helvetica, Arial, sans-serif; }
  [hidden] { display: none !important; }
  .kg-header { flex: none; padding: 8px 16px 6px 16px; border-bottom: 1px solid #d8dee4; }
  .kg-header h1 { font-size: 20px; margin: 0 0 2px 0; }
  .kg-summary, .kg-hint { font-size: 13px; color: #57606a; margin: 2px 0; }
  .kg-note { font-size: 13px; margin: 6px 0; padding: 4px 8px; background: #fff8c5;
             border: 1px solid #d4a72c; border-radius: 4px; display: inline-block; }
  .kg-find { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 12px;
             margin: 6px 0 2px 0; font-size: 13px; }
  .kg-find input { font: inherit; padding: 3px 8px; width: 22em; max-width: 70vw;
                   border: 1px solid #8c959f; border-radius: 4px; }
  #kg-search-status { color: #57606a; }
  .card { flex: 1 1 auto; display: flex; flex-direction: row; position: relative;
          min-height: 420px; border: none; }
  .kg-controls { flex: none; width: 230px; overflow-y: auto; padding: 6px 10px;
                 border-right: 1px solid #d8dee4; font-size: 12px; background: #f6f8fa; }
  .kg-controls details { margin: 0 0 6px 0; }
  .kg-controls summary { font-weight: 600; cursor: pointer; margin: 4px 0; }
  .kg-legend-group { display: flex; flex-direction: column; gap: 2px; }
  .kg-item { display: flex; align-items: center; gap: 5px; white-space: nowrap;
             cursor: pointer; }
  .kg-item input { margin: 0 2px 0 0; }
  .kg-count { color: #57606a; }
  .kg-bulk { display: flex; gap: 6px; margin: 2px 0 4px 0; }
  .kg-controls button, .kg-panel-close { font: inherit; font-size: 11px; cursor: pointer;
             padding: 1px 6px; border: 1px solid #8c959f; border-radius: 4px;
             background: #ffffff; }
  .kg-dates label { display: flex; justify-content: space-between; align-items: center;
                    margin: 2px 0; }
  .kg-dates label.kg-item { justify-content: flex-start; }
  .kg-dates input[type="date"] { font: inherit; width: 9.5em; }
  #kg-status { margin: 6px 0; font-weight: 600; }
  .kg-sw { display: inline-block; width: 12px; height: 12px; flex: none; }
  .kg-dot { border-radius: 50%; }
  .kg-diamond { width: 10px; height: 10px; transform: rotate(45deg); margin: 0 1px; }
  .kg-any-type { background: conic-gradient(#d62728, #f28e2b, #e5c100, #59a14f, #17becf,
                 #4e79a7, #b07aa1, #d62728); }
  .kg-box { width: 16px; height: 10px; border: 1px solid #c9a227; border-radius: 2px; }
  .kg-line { width: 26px; height: 0; border-top: 2px solid #a3a9b0; }
  .kg-dashed { border-top: 2px dashed #4d4d4d; }
  .kg-conflict { border-top: 2px dashed #c0392b; }
  .kg-edges .kg-item { white-space: normal; cursor: default; }
  #mynetwork { flex: 1 1 auto; min-width: 0; float: none !important; border: none !important;
               width: auto !important; height: auto !important; }
  .kg-panel { position: absolute; top: 0; right: 0; bottom: 0; width: 380px; max-width: 90%;
              overflow-y: auto; background: #ffffff; border-left: 1px solid #d8dee4;
              box-shadow: -2px 0 10px rgba(0, 0, 0, 0.12); padding: 10px 14px;
              box-sizing: border-box; font-size: 13px; line-height: 1.4; z-index: 5; }
  .kg-panel-close { float: right; font-size: 13px; }
  .kg-card-title { font-size: 16px; margin: 0 0 6px 0; }
  .kg-facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px;
              margin: 0 0 8px 0; }
  .kg-facts dt { color: #57606a; }
  .kg-facts dd { margin: 0; }
  .kg-code { color: #57606a; font-size: 11px; }
  .kg-panel h3 { font-size: 13px; margin: 10px 0 3px 0; }
  .kg-panel ul { margin: 0; padding-left: 18px; }
  .kg-panel li { margin: 2px 0; }
  .kg-role, .kg-rel { font-variant: small-caps; color: #57606a; }
  .kg-why { color: #57606a; }
  .kg-merged, .kg-none { color: #57606a; }
  .kg-jump { font: inherit; padding: 0; border: none; background: none; color: #0969da;
             cursor: pointer; text-align: left; }
  .kg-jump:hover { text-decoration: underline; }
  div.vis-tooltip { white-space: normal; max-width: 30em; font-family: inherit;
                    font-size: 12px; line-height: 1.35; background: #ffffff;
                    border: 1px solid #8c959f; border-radius: 4px; padding: 6px 8px;
                    box-shadow: 0 2px 8px rgba(0, 0, 0, 0.15); color: #1f2328; }
  @media (max-width: 760px) {
    .card { flex-direction: column; }
    .kg-controls { width: auto; max-height: 30vh; border-right: none;
                   border-bottom: 1px solid #d8dee4; }
    #mynetwork { min-height: 60vh; }
  }
</style>
"""

# Runs inside pyvis's drawGraph(), just before and after ``new vis.Network``.
# Tooltips: vis-network shows a string title as plain text; the titles are HTML built
# (and escaped) by this module, so vis-network gets elements made from them instead,
# swapped in while no network listens to the DataSets (the same update on a drawn
# network of 5,000 nodes takes seconds, this one tens of milliseconds). Drawing: the
# afterDrawing hook goes on at once, so no draw is missed; window.kgDrawn (and the
# time, kgFirstDrawMs) tells tests and the benchmark that the page has drawn.
_HOOKS_SCRIPT = """
<script type="text/javascript">
  window.kgDrawn = false;
  window.kgFirstDrawMs = null;
  window.kgFilterStart = null;
  window.kgLastFilterMs = null;
  function kgBeforeNetwork(datasets) {
    datasets.forEach(function (dataset) {
      var updates = [];
      dataset.forEach(function (item) {
        if (typeof item.title === "string") {
          var div = document.createElement("div");
          div.className = "kg-tip";
          div.innerHTML = item.title;
          updates.push({id: item.id, title: div});
        }
      });
      if (updates.length) {
        dataset.update(updates);
      }
    });
  }
  function kgAfterNetwork(network) {
    network.on("afterDrawing", function () {
      var now = performance.now();
      if (!window.kgDrawn) {
        window.kgDrawn = true;
        window.kgFirstDrawMs = now;
      }
      if (window.kgFilterStart !== null) {
        window.kgLastFilterMs = now - window.kgFilterStart;
        window.kgFilterStart = null;
      }
    });
  }
</script>
"""
_NETWORK_LINE = "network = new vis.Network(container, data, options);"
_HOOKED_NETWORK_LINE = (
    "kgBeforeNetwork([nodes, edges]);\n                  "
    + _NETWORK_LINE
    + "\n                  kgAfterNetwork(network);"
)

# Filters, search and the event card panel. Filters set ``hidden`` on the nodes whose
# state changes, in one DataSet update (vis-network then leaves out their edges); the
# card HTML comes escaped from Python, in a JSON block that is parsed on the first
# click (not at load: it is the largest part of a big page).
# kgLastFilterMs (from the change to the next draw) lets tests and the benchmark time it.
_VIEW_SCRIPT = """
<script type="text/javascript">
  (function () {
    "use strict";
    if (typeof network === "undefined" || !network || typeof nodes === "undefined" || !nodes) {
      return;
    }
    var cards = null;
    var has = Object.prototype.hasOwnProperty;
    if (!window.kgDrawn) {  // nothing left to draw (an empty graph): draw once anyway
      requestAnimationFrame(function () {
        if (!window.kgDrawn) {
          network.redraw();
        }
      });
    }

    var fields = ["id", "label", "search", "kind", "eventType", "factuality", "begin", "end"];
    var items = nodes.get({fields: fields});
    var hidden = Object.create(null);
    items.forEach(function (n) {
      hidden[n.id] = false;
      n.hay = ((n.label || "") + "\\n" + (n.search || "")).toLowerCase();
    });

    var controls = document.getElementById("kg-controls");
    var status = document.getElementById("kg-status");
    var from = document.getElementById("kg-from");
    var to = document.getElementById("kg-to");
    var undated = document.getElementById("kg-undated");

    function boxes(group) {
      return controls.querySelectorAll('input[data-group="' + group + '"]');
    }
    function ticked(group) {
      var on = Object.create(null);
      boxes(group).forEach(function (box) {
        if (box.checked) {
          on[box.value] = true;
        }
      });
      return on;
    }
    function applyFilters() {
      var start = performance.now();
      var kinds = ticked("kind"), types = ticked("type"), facts = ticked("fact");
      var first = from ? from.value : "", last = to ? to.value : "";
      var keepUndated = !undated || undated.checked;
      var changes = [], shown = 0;
      for (var i = 0; i < items.length; i++) {
        var n = items[i];
        var show = kinds[n.kind] === true;
        if (show && n.kind === "event") {
          show = types[n.eventType] === true && facts[n.factuality] === true;
          if (show) {
            show = n.begin ? (!first || n.end >= first) && (!last || n.begin <= last)
                           : keepUndated;
          }
        }
        if (show) {
          shown += 1;
        }
        if (hidden[n.id] === show) {
          hidden[n.id] = !show;
          changes.push({id: n.id, hidden: !show});
        }
      }
      status.textContent = "Showing " + shown.toLocaleString("en") + " of " +
        items.length.toLocaleString("en") + " nodes";
      if (changes.length) {
        window.kgFilterStart = start;
        nodes.update(changes);
      } else {
        window.kgLastFilterMs = performance.now() - start;
      }
      return changes.length;
    }
    controls.addEventListener("change", applyFilters);
    controls.addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (!button) {
        return;
      }
      if (button.hasAttribute("data-bulk")) {
        var on = button.getAttribute("data-on") === "1";
        boxes(button.getAttribute("data-bulk")).forEach(function (box) { box.checked = on; });
      } else if (button.id === "kg-reset") {
        controls.querySelectorAll("input").forEach(function (input) {
          if (input.type === "checkbox") {
            input.checked = input.defaultChecked;
          } else {
            input.value = input.defaultValue;
          }
        });
      } else {
        return;
      }
      applyFilters();
    });
    window.kgApplyFilters = applyFilters;

    var panel = document.getElementById("kg-panel");
    function hasCard(id) {
      if (cards === null) {
        cards = JSON.parse(document.getElementById("kg-cards").textContent);
      }
      return has.call(cards, id);
    }
    var card = document.getElementById("kg-card");
    function showDetails(id) {
      var node = nodes.get(id);
      if (!node) {
        return false;
      }
      if (hasCard(id)) {
        card.innerHTML = cards[id];  // built in Python, article text escaped there
      } else if (node.title instanceof Element) {
        card.replaceChildren(node.title.cloneNode(true));
      } else {
        card.textContent = node.label || id;
      }
      panel.hidden = false;
      panel.scrollTop = 0;
      panel.setAttribute("data-shows", id);
      return true;
    }
    function focusOn(id) {
      if (!hidden[id] && nodes.get(id)) {
        network.selectNodes([id]);
        network.focus(id, {
          scale: Math.max(network.getScale(), 1),
          animation: {duration: 400, easingFunction: "easeInOutQuad"}
        });
      }
      return showDetails(id);
    }
    window.kgShowCard = function (id) {
      return hasCard(id) && showDetails(id);
    };
    network.on("click", function (params) {
      if (params.nodes.length) {
        showDetails(params.nodes[0]);
      }
    });
    panel.addEventListener("click", function (event) {
      var jump = event.target.closest(".kg-jump");
      if (jump) {
        focusOn(jump.getAttribute("data-node"));
      }
    });
    document.getElementById("kg-close").addEventListener("click", function () {
      panel.hidden = true;
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape") {
        panel.hidden = true;
      }
    });

    var box = document.getElementById("kg-search");
    var said = document.getElementById("kg-search-status");
    function search(query) {
      var q = String(query || "").trim().toLowerCase();
      if (!q) {
        network.unselectAll();
        said.textContent = "";
        return [];
      }
      var found = [], filtered = 0;
      for (var i = 0; i < items.length; i++) {
        if (items[i].hay.indexOf(q) >= 0) {
          if (hidden[items[i].id]) {
            filtered += 1;
          } else {
            found.push(items[i].id);
          }
        }
      }
      network.selectNodes(found);
      if (found.length) {
        network.fit({nodes: found, animation: {duration: 400, easingFunction: "easeInOutQuad"}});
      }
      said.textContent = (found.length === 1 ? "1 match" : found.length.toLocaleString("en") +
        " matches") + (filtered ? " (" + filtered.toLocaleString("en") +
        " more hidden by the filters)" : "");
      if (found.length === 1) {
        showDetails(found[0]);
      }
      return found;
    }
    var timer = null;
    box.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { search(box.value); }, 250);
    });
    box.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        clearTimeout(timer);
        search(box.value);
      }
    });
    window.kgSearch = function (query) {
      box.value = query;
      return search(query);
    };
  })();
</script>
"""


def _options(edge_count: int) -> dict[str, Any]:
    """vis-network options; a big graph trades looks for frames.

    Above ``SMOOTH_EDGES_MAX`` edges: straight edges, hidden while dragging or zooming;
    arrowheads only on event relations (placing each arrowhead at its node's border
    took most of a full redraw at 5,000 nodes; roles, "said by" and "about" read one
    way anyway); and no hover highlight, which redraws everything whenever the pointer
    crosses a node (tooltips do not need it).
    """
    big = edge_count > SMOOTH_EDGES_MAX
    return {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {
            "hover": not big,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
        },
        "nodes": {
            "borderWidth": 1,
            "font": {"size": 15, "color": "#1f2328"},
        },
        "edges": {
            "color": {"color": EDGE_COLOUR, "highlight": "#24292f", "hover": "#57606a"},
            "font": {
                "size": 11,
                "align": "middle",
                "color": "#57606a",
                "strokeWidth": 3,
            },
            "arrows": {"to": {"enabled": not big, "scaleFactor": 0.5}},
            "smooth": False if big else {"enabled": True, "type": "continuous", "roundness": 0.2},
        },
    }


def _checkbox(group: str, value: str, text: str, count: int, swatch: str = "") -> str:
    """One filter row: checkbox, the legend swatch (colour and shape), name and count."""
    return (
        f'<label class="kg-item"><input type="checkbox" data-group="{group}" '
        f'value="{_esc(value)}" checked>{swatch}{_esc(text)} '
        f'<span class="kg-count">({count:,})</span></label>'
    )


def _group(title: str, group: str, rows: list[str]) -> str:
    bulk = (
        f'<span class="kg-bulk"><button type="button" data-bulk="{group}" data-on="1">all'
        f'</button><button type="button" data-bulk="{group}" data-on="0">none</button></span>'
    )
    body = "".join(rows) or '<span class="kg-item"><i>none shown</i></span>'
    return (
        f'<details open><summary>{title}</summary><div class="kg-legend-group">'
        f"{bulk if len(rows) > 2 else ''}{body}</div></details>"
    )


def _controls(graph: _Graph) -> str:
    """The filter panel, which is also the legend: each checkbox shows its colour and shape.

    Rows come from the nodes on the page (after any ``max_nodes`` cut), with counts, so
    the legend and the filters always agree.
    """
    kinds = Counter(n["kind"] for n in graph.nodes)
    events = [n for n in graph.nodes if n["kind"] == EVENT_KIND]
    extra = sorted(
        k for k in kinds if k not in ACTOR_KINDS and k not in (EVENT_KIND, STATEMENT_KIND)
    )
    rows = [
        _checkbox(
            "kind",
            kind,
            kind,
            kinds[kind],
            f'<span class="kg-sw kg-dot" style="background:'
            f'{ACTOR_COLOURS.get(kind, UNKNOWN_ACTOR_COLOUR)}"></span>',
        )
        for kind in (*ACTOR_KINDS, *extra)
    ]
    rows.append(
        _checkbox(
            "kind",
            EVENT_KIND,
            "event",
            kinds[EVENT_KIND],
            '<span class="kg-sw kg-diamond kg-any-type"></span>',
        )
    )
    rows.append(
        _checkbox(
            "kind",
            STATEMENT_KIND,
            "statement: “first words”",
            kinds[STATEMENT_KIND],
            f'<span class="kg-sw kg-box" style="background:{STATEMENT_COLOUR}"></span>',
        )
    )
    parts = [_group("Node kinds", "kind", rows)]

    types = Counter(n["eventType"] for n in events)
    rows = [
        _checkbox(
            "type",
            t,
            t,
            n,
            f'<span class="kg-sw kg-diamond" style="background:{event_type_colour(t)}"></span>',
        )
        for t, n in sorted(types.items())
    ]
    parts.append(_group("Event types", "type", rows))

    facts = Counter(n["factuality"] for n in events)
    order = [*FACTUALITIES, *sorted(f for f in facts if f not in FACTUALITIES)]
    rows = [_checkbox("fact", f, f, facts[f]) for f in order]
    parts.append(_group("Factuality", "fact", rows))

    begins = [n["begin"] for n in events if "begin" in n]
    ends = [n["end"] for n in events if "end" in n]
    if begins:
        lo, hi = min(begins), max(ends)
        dates = "".join(
            f'<label>{name} <input type="date" id="kg-{name}" value="{day}" min="{lo}" '
            f'max="{hi}"></label>'
            for name, day in (("from", lo), ("to", hi))
        )
    else:
        dates = '<span class="kg-item"><i>no dated event shown</i></span>'
    undated = len(events) - len(begins)
    parts.append(
        f'<details open><summary>Event dates</summary><div class="kg-dates">{dates}'
        f'<label class="kg-item"><input type="checkbox" id="kg-undated" checked>'
        f'events without a date <span class="kg-count">({undated:,})</span></label>'
        "</div></details>"
    )
    parts.append(
        '<details open class="kg-edges"><summary>Edges</summary><div class="kg-legend-group">'
        '<span class="kg-item"><span class="kg-sw kg-line"></span>'
        "role (agent, partner, host…), said by, about, in</span>"
        '<span class="kg-item"><span class="kg-sw kg-line kg-dashed"></span>'
        "event relation (hover: score, rationale)</span>"
        '<span class="kg-item"><span class="kg-sw kg-line kg-conflict"></span>'
        "contradicts (conflicting statements)</span></div></details>"
    )
    parts.append(
        f'<p id="kg-status" aria-live="polite">Showing {len(graph.nodes):,} of '
        f"{len(graph.nodes):,} nodes</p>"
        '<button type="button" id="kg-reset">reset filters</button>'
    )
    return (
        '<aside class="kg-controls kg-legend" id="kg-controls" aria-label="Filters and legend">'
        + "".join(parts)
        + "</aside>"
    )


_PANEL = (
    '<aside class="kg-panel" id="kg-panel" aria-label="Details" hidden>'
    '<button type="button" class="kg-panel-close" id="kg-close" aria-label="Close">×</button>'
    '<div id="kg-card"></div></aside>'
)


def _header(graph: _Graph, result: BuildResult, cut: _Cut | None) -> str:
    counts = result.summary()
    summary = " · ".join(
        f"{counts[key]:,} {name}"
        for key, name in (
            ("documents", "documents"),
            ("actors", "actors"),
            ("events", "events"),
            ("statements", "statements"),
            ("links", "event links"),
        )
    )
    parts = [
        '<header class="kg-header">',
        f"<h1>{_esc(PAGE_TITLE)}</h1>",
        f'<p class="kg-summary">{summary}</p>',
    ]
    if cut is not None:
        parts.append(_cut_note(graph, result, cut))
    parts.append(
        '<div class="kg-find"><input type="search" id="kg-search" autocomplete="off" '
        'placeholder="Find a name or an event title" aria-label="Find a name or an event title">'
        '<span id="kg-search-status" aria-live="polite"></span>'
        '<span class="kg-hint">Click an event for its card; hover a node or a labelled edge '
        "for details; scroll to zoom, drag to pan.</span></div>"
    )
    parts.append("</header>")
    return "\n".join(parts)


def _cut_note(graph: _Graph, result: BuildResult, cut: _Cut) -> str:
    """What a cut page left out, what it kept, and the option that shows more."""
    kept = len(graph.nodes)
    events = sum(1 for n in graph.nodes if n["kind"] == EVENT_KIND)
    default = " (the default)" if cut.max_nodes == DEFAULT_MAX_NODES else ""
    return (
        f'<p class="kg-note" id="kg-cut-note">Showing the most connected part of the graph: '
        f"{kept:,} of {cut.nodes:,} nodes and {len(graph.edges):,} of {cut.edges:,} edges. "
        f"It holds the top {events:,} of {len(result.events):,} events (most sources first, "
        "then best connected: participants, related events, statements) with their "
        f"actors and what was said about them; {cut.nodes - kept:,} less connected nodes "
        f"are left out. This page shows at most {cut.max_nodes:,} "
        f"nodes{default}: to see more or fewer, build with <code>--max-nodes N</code> "
        "(from Python, <code>max_nodes=N</code>); <code>--max-nodes 0</code> shows all "
        f"{cut.nodes:,}, which makes the page slow to open and to move.</p>"
    )


_NETWORK_DIV = '<div id="mynetwork" class="card-body"></div>'


def _render(result: BuildResult, graph: _Graph, cut: _Cut | None) -> str:
    """The whole page: pyvis output, made offline and safe, with header, filters and card panel."""
    net = Network(
        height="750px",
        width="100%",
        directed=True,
        bgcolor="#ffffff",
        heading="",
        cdn_resources="in_line",
    )
    # Direct assignment: Network.add_node/add_edge scan lists on every call.
    net.nodes = graph.nodes
    net.edges = graph.edges
    net.node_ids = [n["id"] for n in graph.nodes]
    net.node_map = {n["id"]: n for n in graph.nodes}
    net.options = _options(len(graph.edges))  # a dict: pyvis json.dumps it as is
    page = net.generate_html()

    page = _REMOTE_LINK_TAG.sub("", page)
    page = _REMOTE_SCRIPT_TAG.sub("", page)
    page = _OLD_VIS_COMMENT.sub("", page)
    page = _EMPTY_HEADING.sub("", page)
    page = _seal_embedded_json(page, "nodes = new vis.DataSet(", len(graph.nodes))
    page = _seal_embedded_json(page, "edges = new vis.DataSet(", len(graph.edges))
    if page.count(_NETWORK_DIV) != 1:
        raise RuntimeError(f"unexpected pyvis page layout: no single {_NETWORK_DIV!r}")
    page = page.replace(_NETWORK_DIV, _controls(graph) + _NETWORK_DIV + _PANEL)
    if page.count(_NETWORK_LINE) != 1:
        raise RuntimeError(f"unexpected pyvis page layout: no single {_NETWORK_LINE!r}")
    page = page.replace(_NETWORK_LINE, _HOOKED_NETWORK_LINE)

    # "<" written as \u003c: no card text can close the script block.
    cards = json.dumps(_cards(result, graph), ensure_ascii=False, separators=(",", ":"))
    cards = cards.replace("<", "\\u003c")
    script = f'<script type="application/json" id="kg-cards">{cards}</script>' + _VIEW_SCRIPT

    head_end = page.rfind("</head>")
    body_start = page.find("<body>", head_end)
    body_end = page.rfind("</body>")
    if min(head_end, body_start, body_end) < 0:
        raise RuntimeError("unexpected pyvis page layout: no </head>, <body> or </body>")
    page = (
        page[:head_end]
        + f"<title>{_esc(PAGE_TITLE)}</title>\n"
        + _CSS
        + _HOOKS_SCRIPT
        + page[head_end : body_start + len("<body>")]
        + "\n"
        + _header(graph, result, cut)
        + page[body_start + len("<body>") : body_end]
        + script
        + page[body_end:]
    )
    page = page.replace("<html>", '<!DOCTYPE html>\n<html lang="en">', 1)

    remote = _REMOTE_RESOURCE.search(page)
    if remote:
        snippet = page[remote.start() : remote.start() + 80]
        raise RuntimeError(f"the page still references a remote resource: {snippet!r}")
    return page


def _seal_embedded_json(page: str, marker: str, expected: int) -> str:
    """Make the JSON after ``marker`` unable to close its ``<script>``: ``<`` → ``\\u003c``.

    Jinja's ``tojson`` (used by pyvis's template) already does this; the check keeps
    the page safe if a pyvis version stops doing it.
    """
    at = page.find(marker)
    if at < 0:
        raise RuntimeError(f"unexpected pyvis page layout: {marker!r} not found")
    start = at + len(marker)
    data, end = json.JSONDecoder().raw_decode(page, start)
    if len(data) != expected:
        raise RuntimeError(f"pyvis embedded {len(data)} items after {marker!r}, not {expected}")
    return page[:start] + page[start:end].replace("<", "\\u003c") + page[end:]

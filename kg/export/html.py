"""The interactive graph view: one self-contained HTML page drawn with pyvis / vis-network.

What: actors (dots, one colour per kind, sized by mentions), events (diamonds, one colour
per family of event types, the type written under the title) and statements (small
squares) as nodes; participation roles, "said by", "about", "in" and the typed
event-to-event relations as edges (their words shown close up); weak relations
(``WEAK_RELATIONS``) hidden until their box is ticked; a tooltip on every node (for an
event, the sentence it was read from; for a statement, what it is about) and on the
edges that carry more than their label. Around the graph: a heading; a panel of filters
that is also the legend (node kind, event type by family, factuality, event dates, with
each kind's colour and shape and a count); a search box that selects the matching nodes
and frames the top of them; a side panel showing an event's card (type, factuality,
time, place, participants and roles, sources, evidence, statements about it, related
events with relation and rationale) when the event is clicked; and, when the graph is
cut (by default above ``DEFAULT_MAX_NODES`` nodes), a note saying what was left out and
how to see more.

Reading at first sight: every node gets a ``rank`` (:func:`_rank`: the top events, each
followed by its actors, then the other actors, then the statements). The page's script
(kg/export/view/network.js) opens on the top event with its actors and what else fits
at a zoom where nodes stand apart, draws the node labels itself at 12-16 px whatever the
zoom, in rank order, leaving out any that would overlap a label or a node already drawn
(vis-network draws none), and frames what a filter or a search shows the same way. The
legend's colours are at least 15 CIEDE2000 units apart (tests/test_view.py).

Why it is built the way it is:

* **Offline.** Readers open the page from disk, often without a network. pyvis's
  ``cdn_resources="in_line"`` inlines vis-network, but its template still links
  Bootstrap from a CDN; those tags are removed and the page is checked to reference no
  ``http(s)://`` resource before it is written. All script and style is inline: the
  page's own are files of the package (kg/export/view/), read and inlined when a page
  is written, so they can be read, linted and changed like code.
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
  cannot end the block early. Bidi controls cannot disguise text either: a value
  holding them (or right-to-left letters) is a ``<bdi>`` in tooltips and cards, its
  controls paired, and labels leave them out (kg.export.display).
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
  graph is walked as plain ids (:func:`_edges`) and HTML is made only for what is
  kept, so the cut view of that 235,000-node graph takes about 3 s to write (the whole
  one 63 s) and is 4.4 MB.
* **Scale** (``bench/view_scale.py`` times it at 5,000 nodes). Nodes and edges go
  straight into pyvis's page template (:func:`_pyvis_page`), not through its
  ``Network``: ``add_node``/``add_edge`` (and ``from_nx``) check membership in a list
  for every call, which is quadratic, and importing it brings IPython. In the
  page, tooltips become elements before ``vis.Network`` exists (the same DataSet
  update on a drawn network of 5,000 nodes took over a second); a filter sends one
  ``DataSet.update`` with only the nodes whose ``hidden`` flag changes (vis-network
  then leaves out their edges); above ``SMOOTH_EDGES_MAX`` edges, edges are straight
  and hidden while dragging or zooming.
"""

from __future__ import annotations

import functools
import html
import importlib.util
import inspect
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import Any

import jinja2
import networkx as nx
import numpy as np

from kg.export import SOURCES_NOTE, write_atomic
from kg.export import sources as export_sources
from kg.export.display import balance, balanced, isolate, needs_isolation, strip_controls
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
from kg.taxonomy import EVENT_TYPES

__all__ = ["write_html"]

PAGE_TITLE = "News knowledge graph"

# --- colours and shapes ----------------------------------------------------------------

# Every colour of the legend is at least 15 CIEDE2000 units from every other (computed
# in tests/test_view.py): actor kinds take hues the event families do not use.
ACTOR_COLOURS = {
    PERSON: "#17becf",
    ORGANISATION: "#e377c2",
    COUNTRY: "#bcbd22",
    GROUP: "#393b79",
    PLACE: "#2f4f4f",
}
UNKNOWN_ACTOR_COLOUR = "#9aa0a6"
STATEMENT_COLOUR = "#fff3b0"
STATEMENT_BORDER = "#c9a227"
EDGE_COLOUR = "#a3a9b0"
RELATION_EDGE_COLOUR = "#4d4d4d"
CONFLICT_EDGE_COLOUR = "#c0392b"

# Events are coloured by a handful of families, not one colour per type: 29 colours
# cannot be told apart (the legend once had #9ecae9 beside #aec7e8). A family groups
# the types a reader sees as one kind of news; each family of kg.taxonomy.FAMILIES lies
# inside one of them (tested), and the type itself is written under the event's label.
# Family name -> (colour, event types of the taxonomy).
EVENT_FAMILIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "talks": ("#4e79a7", ("MakeStatement", "Consult", "Negotiate")),
    "deals & aid": ("#59a14f", ("Agree", "Aid", "Ceasefire", "Yield", "Merger", "Business")),
    "pressure": (
        "#f28e2b",
        ("Demand", "Reject", "Threaten", "Protest", "Sanction", "MilitaryPosture"),
    ),
    "violence": ("#d62728", ("UseOfForce", "Crime")),
    "law & politics": (
        "#9467bd",
        (
            "Arrest", "Investigate", "Trial", "Election", "Legislate", "Resignation",
            "Appointment",
        ),
    ),
    "calamity & death": ("#8c564b", ("Disaster", "Accident", "Death")),
    "other": ("#c7c0bb", ("Contest", "Movement", "OtherEvent")),
}
OTHER_FAMILY = "other"
# keys are normalised (lower case, letters and digits only) so "use_of_force",
# "UseOfForce" and "use-of-force" are one type
_FAMILY_OF_TYPE = {
    re.sub(r"[^a-z0-9]", "", t.lower()): name
    for name, (_, types) in EVENT_FAMILIES.items()
    for t in types
}
_EVENT_TYPE_ALIASES = {"other": "otherevent", "statement": "makestatement"}
_TYPE_LABELS = {re.sub(r"[^a-z0-9]", "", t.lower()): label for t, (label, _) in EVENT_TYPES.items()}

# --- layout ----------------------------------------------------------------------------

LAYOUT_SEED = 20240601
SPACING = 160.0  # typical distance between nearest nodes, in vis-network units
SPRING_MAX = 1500  # larger connected components get a BFS shell layout (linear time)
# networkx 3.6's spring layout minimises an energy with scipy's L-BFGS for components of
# 500 nodes or more: on 120 BBC politics files that made the view 2.8 CPU s, more than the
# whole export. The force-directed steps the view was tuned with (the only method before
# 3.6) are asked for by name wherever the option exists, so one networkx or the other
# draws the same picture as fast.
SPRING_METHOD = (
    {"method": "force"} if "method" in inspect.signature(nx.spring_layout).parameters else {}
)
SPRING_ROWS_FROM = 500  # from here networkx's spring layout loops over the nodes: _spring_rows
SPRING_BLOCK = 256  # nodes moved at once by _spring_rows (arrays of 256 x component size)
SMOOTH_EDGES_MAX = 2000  # above this many edges draw straight lines (faster)
NO_LABELS = 10_000  # a vis-network label threshold no label reaches (px on screen)
EDGE_FONT = 9  # edge labels: drawn once they reach EDGE_LABELS_FROM - 1 px, i.e. from a
EDGE_LABELS_FROM = 13  # zoom of 4/3, where nodes stand over 200 px apart

# --- the cut -----------------------------------------------------------------------------

# Most nodes a page shows unless told otherwise (write_html's max_nodes, the CLI's
# --max-nodes; 0 shows all). Chosen with bench/view_scale.py in headless Chromium: the
# most that still draws in about a second and redraws at about 30 frames a second (the
# module docstring has the figures).
DEFAULT_MAX_NODES = 2500
# In a cut, the statements taken with each event before the next event is taken (the
# rest come after every event that fits): one much-quoted event cannot fill the page.
STATEMENTS_PER_EVENT = 3

# "src" or "href" after a word boundary; written as one letter looked back at, which
# re scans for in C, where a leading \b made it try every position of the page (the
# same matches, ~2x faster over a page of 8 MB)
_REMOTE_RESOURCE = re.compile(
    r"""[sh](?<=\b[sh])(?:(?<=s)rc|(?<=h)ref)\s*=\s*["']?\s*(?:https?:)?//""", re.I
)
# The same, read backwards (on the page reversed): it then starts with the literal "//",
# which re finds by a fast scan, where the forward form tries every "s" and "h" of the
# page (0.09 s of an 8 MB page, 0.015 s so). "\b" before src/href becomes "(?!\w)".
_REMOTE_RESOURCE_BACKWARDS = re.compile(
    r"""//(?::s?ptth)?\s*["']?\s*=\s*(?:crs|ferh)(?!\w)""", re.I
)
_REMOTE_LINK_TAG = re.compile(r"""<link\b[^>]*?\bhref\s*=\s*["']?\s*(?:https?:)?//[^>]*>""", re.I)
_REMOTE_SCRIPT_TAG = re.compile(
    r"""<script\b[^>]*?\bsrc\s*=\s*["']?\s*(?:https?:)?//[^>]*>\s*</script\s*>""", re.I
)
_EMPTY_HEADING = re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>")  # and the space before
_OLD_VIS_COMMENT = re.compile(r"<!--\s*<link[^>]*node_modules.*?-->", re.S)
_SPACE = re.compile(r"\s+")
# A sentence ends at . ! ? or … (and any closing quote or bracket) before a space, or
# at a line break; not after a title or initial such as "Mr." or "U.S.".
_SENTENCE_END = re.compile(r"""[.!?…]["'”’»)\]]*(?=\s)\s*|\n\s*""")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|Jr|Sr|No|vs|Inc|Co|Corp"
    r"|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|\b[A-Z](?:\.[A-Z])*)\.$"
)

# Event relations too weak to draw until asked for (the "weak links" box): being in one
# story says little, and the sample has eight of them for every stronger link.
WEAK_RELATIONS = frozenset({"SameStory"})

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
    voices = _Voices.read(result.statements)
    statement_ids = voices.ids
    total_nodes = len(result.actors) + len(result.events) + len(statement_ids)
    keep = None
    if max_nodes and total_nodes > max_nodes:
        keep = _select(result, voices, max_nodes)
    graph, edge_count = _build_graph(result, statement_ids, _edges(result, voices), keep)
    cut = _Cut(total_nodes, edge_count, max_nodes) if keep is not None else None
    # laid out on the edges the page draws: weak links (hidden) would pull nodes together
    # for no reason a reader can see
    drawn = [(e["from"], e["to"]) for e in graph.edges if not e.get("weak")]
    positions = _layout([n["id"] for n in graph.nodes], drawn)
    for node in graph.nodes:
        node["x"], node["y"] = positions[node["id"]]
    _rank(result, graph, voices)
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
    """What an edge of :func:`_edges` stands for, besides a plain labelled link."""

    PLAIN, ROLE, AFFILIATION, RELATION, CONFLICT = range(5)


# (from, to, label, kind, what): what is drawn (the Participant, Relation or Conflict),
# or None
Edge = tuple[str, str, str, int, Any]


def _esc(text: object) -> str:
    """Escape article text for HTML (tooltips, cards). A value holding bidi controls or
    right-to-left letters goes into a ``<bdi>`` with its controls paired
    (kg.export.display), so it cannot turn the text after it around; plain text is only
    escaped. Each value is passed on its own: an outlet, then the date beside it."""
    return _escaped(str(text))


# A page escapes the same names and titles again and again (~4 times each on BBC).
@functools.lru_cache(maxsize=1 << 16)
def _escaped(value: str) -> str:
    """:func:`_esc` of a string."""
    if not needs_isolation(value):
        return html.escape(value, quote=True)
    return f"<bdi>{html.escape(balanced(value), quote=True)}</bdi>"


def _attr(text: str) -> str:
    """Escape a value for an HTML attribute (never wrapped, unlike :func:`_esc`)."""
    return html.escape(text, quote=True)


def _around(before: str, mention: str, after: str) -> str:
    """A mention in its words, as escaped HTML: “before<b>mention</b>after”. With bidi
    text the three are one ``<bdi>``, their controls paired across them, so the
    sentence keeps its own order and nothing of it reaches past its closing quote."""
    if not needs_isolation(before + mention + after):
        return f"“{_esc(before)}<b>{_esc(mention)}</b>{_esc(after)}”"
    b, m, a = (html.escape(x, quote=True) for x in balance(before, mention, after))
    return f"<bdi>“{b}<b>{m}</b>{a}”</bdi>"


def _label(text: str, limit: int) -> str:
    """A canvas label: plain text, whitespace collapsed, clipped to ``limit`` characters.

    Not HTML-escaped on purpose: vis-network draws labels with canvas ``fillText``
    (never parsed as HTML), so ``&lt;`` would be shown as those four characters. What
    keeps a hostile label harmless in the page is the sealed JSON (see
    :func:`_pyvis_page`). Explicit bidi controls are left out (the page draws a
    label a line at a time, where a control cannot be scoped to its value; the tooltip
    and the card keep them, isolated), and right-to-left text is isolated.
    """
    return isolate(_clip(strip_controls(text), limit))


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


def event_family(event_type: str) -> str:
    """The colour family of an event type (unknown types: "other")."""
    key = re.sub(r"[^a-z0-9]", "", event_type.lower())
    return _FAMILY_OF_TYPE.get(_EVENT_TYPE_ALIASES.get(key, key), OTHER_FAMILY)


def type_label(event_type: str) -> str:
    """An event type as a reader says it ("negotiation" for Negotiate), for the page."""
    key = re.sub(r"[^a-z0-9]", "", event_type.lower())
    return _TYPE_LABELS.get(_EVENT_TYPE_ALIASES.get(key, key), event_type)


def event_type_colour(event_type: str) -> str:
    """The colour of an event type: its family's."""
    return EVENT_FAMILIES[event_family(event_type)][0]


@dataclass(slots=True)
class _Voices:
    """What the view reads of every statement, read in one pass: the statements of a
    build with an output folder are on disk (:class:`kg.state.Statements`), and each
    pass over them reads every article's back, where the edges, the cut and the ranks
    read them five times, and the cut each kept statement's speaker by its index."""

    ids: list[str]  # each statement's node id, in the statements' order
    speakers: list[str | None]
    about: list[list[str]]  # the events each is about
    node_of: dict[str, str]  # statement id -> node id (the last of an id, as before)

    @classmethod
    def read(cls, statements: Iterable[Statement]) -> _Voices:
        """Each statement's node id, from its content's place in its document, made
        unique, with its speaker and events."""
        out = cls([], [], [], {})
        used: set[str] = set()
        for i, statement in enumerate(statements):
            sid = f"statement:{statement.id if statement.content else f'{statement.doc_id}/#{i}'}"
            if sid in used:
                sid = f"{sid}#{i}"
            used.add(sid)
            out.ids.append(sid)
            out.speakers.append(statement.speaker)
            out.about.append(statement.about_events)
            out.node_of[statement.id] = sid
        return out


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


def _edges(result: BuildResult, voices: _Voices) -> Iterator[Edge]:
    """Every edge of the whole graph in page order, the first of any repeat only, made
    node by node as it is read and let go: the cut ranks nodes without them, and the
    page keeps those between its nodes alone. Why: the whole graph's edges held at once
    (their ends, labels and a set of them to drop repeats) set the view's peak, and
    grew with the corpus (700,000 edges at 10k simulated articles). A repeat can only
    come from the node that makes the edge (an event's participants, a statement's
    events), so it is dropped there; the relations, sorted by their events as linking
    gives them, repeat only next to each other."""
    actors, events = result.actors, result.events
    plain = _Edges.PLAIN
    for event_id, event in events.items():
        node = f"event:{event_id}"
        cast: set[tuple[str, str]] = set()
        for part in event.participants:
            if part.actor not in actors:
                continue  # unresolved participant: no node to point from
            if part.role == "location" and part.actor == event.place:
                continue  # drawn once, as the "in" edge below
            if (part.actor, part.role) not in cast:
                cast.add((part.actor, part.role))
                yield f"actor:{part.actor}", node, part.role, _Edges.ROLE, part
        if event.place and event.place in actors:
            yield node, f"actor:{event.place}", "in", plain, None

    for actor_id, actor in actors.items():  # who serves or belongs to whom
        for other in sorted(actor.affiliations):
            if other in actors and other != actor_id:
                yield f"actor:{actor_id}", f"actor:{other}", "of", _Edges.AFFILIATION, None

    for sid, speaker, about in zip(voices.ids, voices.speakers, voices.about, strict=True):
        if speaker and speaker in actors:
            yield sid, f"actor:{speaker}", "said by", plain, None
        for event_id in dict.fromkeys(about):
            if event_id in events:
                yield sid, f"event:{event_id}", "about", plain, None

    for rel in _distinct(result.relations):
        if rel.source in events and rel.target in events:
            src, dst = f"event:{rel.source}", f"event:{rel.target}"
            yield src, dst, rel.type, _Edges.RELATION, rel
    node_of = voices.node_of
    drawn: set[tuple[str, str]] = set()
    for c in result.conflicts:  # conflicting accounts of one event, side by side
        if c.first in node_of and c.second in node_of:
            ends = (node_of[c.first], node_of[c.second])
            if ends not in drawn:
                drawn.add(ends)
                yield *ends, "contradicts", _Edges.CONFLICT, c


def _distinct(relations: Sequence[Relation]) -> Iterator[Relation]:
    """``relations`` without a repeat of (source, target, type), in their order. Sorted
    by their events (as :func:`kg.link.link` gives them), a repeat is among those of
    the same two events, so only theirs are held; in any other order, every key is."""
    seen: set[tuple[str, str, str]] = set()
    if all(a <= b for a, b in pairwise((r.source, r.target) for r in relations)):
        last = None
        for rel in relations:
            if (pair := (rel.source, rel.target)) != last:
                seen.clear()
                last = pair
            if rel.type not in seen:
                seen.add(rel.type)
                yield rel
        return
    for rel in relations:
        key = (rel.source, rel.target, rel.type)
        if key not in seen:
            seen.add(key)
            yield rel


def _build_graph(
    result: BuildResult,
    statement_ids: Sequence[str],
    edges: Iterable[Edge],
    keep: set[str] | None = None,
) -> tuple[_Graph, int]:
    """The vis-network node and edge dicts (ids namespaced) of the whole graph, or of
    the nodes in ``keep`` and the edges between them; only those are made. With them,
    how many edges the whole graph has (a cut page says so)."""
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
            graph.nodes.append(_statement_node(sid, statement, actors, result.events))

    count = 0
    for src, dst, label, kind, what in edges:
        count += 1
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
            if what.type in WEAK_RELATIONS:  # hidden until the reader asks for them
                edge["hidden"] = True
                edge["weak"] = True
        elif kind == _Edges.CONFLICT:
            score = f"<b>contradicts</b> · score {what.score:.2f}"
            edge["title"] = _title([score, _esc(what.rationale)])
            edge.update(_CONFLICT_STYLE)
        graph.edges.append(edge)
    return graph, count


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
    return f"{_around(before, mention, after)} <i>({_esc(evidence.doc_id)})</i>"


def _actor_node(
    actor_id: str, actor: Actor, docs: dict[str, Document], names: dict[str, str]
) -> dict[str, Any]:
    spans = list(actor.mentions)  # read once: on disk in a build with an output folder
    mentions = len(spans)
    doc_count = len({m.doc_id for m in spans})
    lines = [f"<b>{_esc(actor.name)}</b>", f"kind: {_esc(actor.kind)}"]
    if actor.titles:
        lines.append("titles: " + "; ".join(map(_esc, sorted(actor.titles))))
    offices = sorted(p.describe(names) for p in actor.positions)
    if offices:
        lines.append("positions: " + "; ".join(map(_esc, offices)))
    belongs = sorted(names[c] for c in actor.countries if c in names)
    if belongs:
        lines.append("country: " + "; ".join(map(_esc, belongs)))
    if actor.aliases:
        lines.append("aliases: " + "; ".join(map(_esc, sorted(actor.aliases))))
    if actor.wikidata:
        lines.append(f"Wikidata: {_esc(actor.wikidata)}")
    lines.append(f"mentions: {mentions} in {doc_count} document{'s' * (doc_count != 1)}")
    shown: set[str] = set()
    for evidence in spans:  # a couple of snippets, from different documents
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
        "color": ACTOR_COLOURS.get(actor.kind, UNKNOWN_ACTOR_COLOUR),
        "size": round(min(40.0, 10.0 + 4.0 * math.sqrt(mentions)), 1),
        "title": _title(lines),
        "kind": actor.kind,
    }
    return _searchable(node, [actor.name, *sorted(actor.aliases)])


def _searchable(node: dict[str, Any], names: list[str]) -> dict[str, Any]:
    """Add the names the search box matches beyond the (clipped) label, if any; without
    bidi controls, which no one types, so a name holding one is found by what it shows."""
    plain = (_SPACE.sub(" ", strip_controls(n)).strip() for n in names)
    extra = [n for n in dict.fromkeys(plain) if n]
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
        line += f" <i>({', '.join(map(_esc, extra))})</i>"
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
        lines.append(
            "with: " + ", ".join(map(_esc, dict.fromkeys(i.text for i in event.instruments)))
        )
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
        "color": event_type_colour(event.type),
        "size": round(min(36.0, 16.0 + 4.0 * math.sqrt(max(1, len(event.sources)))), 1),
        "title": _title(lines),
        "kind": EVENT_KIND,
        "eventType": event.type,
        "typeLabel": type_label(event.type),
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
    return f"{_around(before, mention, after)} <i>({_esc(evidence.doc_id)})</i>"


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
    return _label(name, 24)


def _statement_node(
    sid: str, statement: Statement, actors: dict[str, Actor], events: dict[str, Event]
) -> dict[str, Any]:
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
    lines = [f"“{_esc(quote)}”", f"speaker: <b>{_esc(full_speaker)}</b>"]
    # what it is about: the events first (their titles), then the actors it names
    about = [
        _esc(events[e].title or f"{events[e].lemma} ({events[e].type})")
        for e in dict.fromkeys(statement.about_events)
        if e in events
    ]
    about += [_esc(actors[a].name) for a in dict.fromkeys(statement.about_actors) if a in actors]
    if about:
        lines.append("about: " + "; ".join(about))
    lines.append(
        f"type: {_esc(statement.type)} · kind: {_esc(statement.kind)}"
        + (f" · cue: “{_esc(statement.cue.text)}”" if statement.cue else "")
    )
    if statement.time is not None:
        lines.append(f"said: {_said_when(statement.time)}")
    if statement.channel:
        lines.append(f"channel: {_esc(statement.channel)}")
    if statement.addressee:
        lines.append(f"to: {_esc(statement.addressee)}")
    if statement.relay:
        lines.append(f"via: {_esc(statement.relay)}")
    lines.append(f"document: {_esc(statement.doc_id)}")
    node = {
        "id": sid,
        "label": label,
        "shape": "square",
        "size": 9,
        "color": {"background": STATEMENT_COLOUR, "border": STATEMENT_BORDER},
        "title": _title(lines),
        "kind": STATEMENT_KIND,
    }
    # the whole quote, not only the six words of the label: a quote is found by any of
    # its words, whether or not an event's title happens to repeat them
    return _searchable(node, [full_speaker, quote])


def _said_when(time: TimeValue) -> str:
    """When a statement was made, each fact once: its words, and the day or days only
    when the words are not already them ("2026-11-12", not "2026-11-12 (2026-11-12)")."""
    first, last = _dates(time)
    days = "" if first is None else first if first == last else f"{first} – {last}"
    text = _SPACE.sub(" ", time.text).strip()
    if not text or text == days:
        return _esc(days or text)
    return _esc(text) + (f" ({days})" if days and days not in text else "")


def _select(
    result: BuildResult,
    voices: _Voices,
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

    said = _said(result, voices)
    statement_ids = voices.ids

    def take_statement(i: int) -> None:
        take(statement_ids[i])
        speaker = voices.speakers[i]
        if speaker is not None and speaker in actors:
            take(f"actor:{speaker}")

    later: list[int] = []
    for event_id in _event_order(result, said):  # 1
        if len(keep) >= max_nodes:
            break
        take(f"event:{event_id}")
        for actor in _cast(events[event_id], actors):
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
        _grow(keep, max_nodes, result, statement_ids, _edges(result, voices))
    return set(keep)


def _said(result: BuildResult, voices: _Voices) -> dict[str, list[int]]:
    """Event id -> the indexes of the statements about it, in input order."""
    said: dict[str, list[int]] = defaultdict(list)
    for i, about in enumerate(voices.about):
        for event_id in dict.fromkeys(about):
            if event_id in result.events:
                said[event_id].append(i)
    return said


def _cast(event: Event, actors: dict[str, Actor]) -> list[str]:
    """An event's actors (participants and place) as node ids."""
    ids = dict.fromkeys([*(p.actor for p in event.participants), event.place])
    return [f"actor:{a}" for a in ids if a is not None and a in actors]


def _event_order(result: BuildResult, said: dict[str, list[int]]) -> list[str]:
    """Event ids, most important first: by how many documents report them, then by how
    connected they are (actors, relations to other events, statements about them), then
    by input order. The cut keeps events in this order and the page frames and labels
    them in it."""
    events = result.events
    related: Counter[str] = Counter()
    for rel in result.relations:
        if rel.source in events and rel.target in events and rel.source != rel.target:
            related[rel.source] += 1
            related[rel.target] += 1
    ranked = sorted(
        (
            -len(set(event.sources)),
            -(len(_cast(event, result.actors)) + related[event_id] + len(said.get(event_id, ()))),
            i,
            event_id,
        )
        for i, (event_id, event) in enumerate(events.items())
    )
    return [event_id for *_, event_id in ranked]


def _rank(result: BuildResult, graph: _Graph, voices: _Voices) -> None:
    """Give every node on the page its ``rank`` (0 is the most important): the events in
    :func:`_event_order`, each followed by its actors, most mentioned first; then the
    other actors; then the statements, those about higher-ranked events first. The page
    frames the top of this order at load and, at any zoom, labels nodes in it, skipping
    a label that would overlap one already drawn."""
    on_page = {n["id"]: n for n in graph.nodes}
    actors = result.actors
    said = _said(result, voices)
    statement_ids = voices.ids
    order: dict[str, None] = {}

    def mentions(node_id: str) -> int:
        return -len(actors[node_id.removeprefix("actor:")].mentions)

    event_order = _event_order(result, said)
    for event_id in event_order:
        node_id = f"event:{event_id}"
        if node_id in on_page:
            lead = not order  # the top event and its actors: the page opens on them
            order[node_id] = None
            for actor in sorted(_cast(result.events[event_id], actors), key=mentions):
                if actor in on_page:
                    order.setdefault(actor)
            if lead:
                for lead_id in order:
                    on_page[lead_id]["lead"] = True
    for actor in sorted((f"actor:{a}" for a in actors), key=mentions):
        if actor in on_page:
            order.setdefault(actor)
    for event_id in event_order:
        for i in said.get(event_id, []):
            if statement_ids[i] in on_page:
                order.setdefault(statement_ids[i])
    for node in graph.nodes:
        order.setdefault(node["id"])
    for rank, node_id in enumerate(order):
        on_page[node_id]["rank"] = rank


def _grow(
    keep: dict[str, None],
    max_nodes: int,
    result: BuildResult,
    statement_ids: Sequence[str],
    edges: Iterable[Edge],
) -> None:
    """Add to ``keep`` the best connected neighbours of what it holds, layer by layer;
    when none is left, start again from the best connected node not yet kept."""
    neighbours: dict[str, list[str]] = defaultdict(list)
    for src, dst, *_ in edges:
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
    # A layout is a function of the component's shape alone (its edges between the
    # nodes' places in input order: the seed is fixed), and a corpus has hundreds of
    # small components of a few shapes (two nodes, a "said" pair, a star of three):
    # each shape is laid out once, its places then given to every component of it.
    by_shape: dict[tuple, tuple[float, list[tuple[int, tuple[float, float]]]]] = {}
    for i, comp in enumerate(components):
        place = {node: k for k, node in enumerate(comp)}
        pairs = (sorted((place[u], place[v])) for u, v in comp_edges[i])
        shape = (len(comp), tuple(sorted(map(tuple, pairs))))
        if shape not in by_shape:
            sub = nx.Graph()
            sub.add_nodes_from(comp)
            sub.add_edges_from(comp_edges[i])
            unit = _component_layout(sub)  # coordinates within [-1, 1]
            by_shape[shape] = (_radius(unit), [(place[node], xy) for node, xy in unit.items()])
        radius, places = by_shape[shape]
        unit = {comp[k]: xy for k, xy in places}
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
    nearest = _median(dist.min(axis=1).tolist())
    if nearest <= 0:
        return fallback
    return min(SPACING / nearest, 4 * fallback)


def _median(values: list[float]) -> float:
    """``float(np.median(values))`` of finite floats, to the bit (the middle one, or the
    mean of the middle two): numpy's median imports ``numpy.ma`` on its first call
    (16 ms by ``python -X importtime``, of the 0.22 CPU s of 30 BBC politics
    articles' view), and checks for NaNs a distance never holds."""
    ordered = sorted(values)
    half = len(ordered) // 2
    return ordered[half] if len(ordered) % 2 else (ordered[half - 1] + ordered[half]) / 2


def _component_layout(sub: nx.Graph) -> dict[str, tuple[float, float]]:
    """Unit-scale positions for one connected component."""
    n = sub.number_of_nodes()
    if n == 1:
        return {next(iter(sub)): (0.0, 0.0)}
    if SPRING_ROWS_FROM <= n <= SPRING_MAX:
        pos = _spring_rows(sub, LAYOUT_SEED, iterations=20)
    elif n <= SPRING_MAX:
        pos = _spring_dense(sub, LAYOUT_SEED, iterations=50 if n <= 300 else 20)
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


def _spring_dense(sub: nx.Graph, seed: int, iterations: int) -> dict[str, np.ndarray]:
    """networkx's spring layout of a component of fewer than 500 nodes (its dense
    force-directed steps), the same numbers to the last bit, in half the time.

    networkx makes each step's (node, node, x/y) differences by broadcasting into an
    array whose last axis has two values, and sums their squares over it: numpy then
    loops over pairs, two numbers at a time (most of the 0.08 CPU s that the largest
    component of 30 BBC politics files, 303 nodes, took). Here the x and the y
    differences are each made as a (node, node) array and written into the same
    array networkx makes, each distance is the same sum of the same two squares, and
    the forces are summed by networkx's own ``einsum`` on arrays of the same shape and
    layout, so the picture does not move (tests/test_view_layout.py compares both)."""
    n = sub.number_of_nodes()
    adjacency = nx.to_numpy_array(sub, weight="weight")  # float64, as networkx reads it
    pos = np.random.RandomState(seed).rand(n, 2)  # float64, as networkx draws it
    k = np.sqrt(1.0 / n)
    t = max(max(pos.T[0]) - min(pos.T[0]), max(pos.T[1]) - min(pos.T[1])) * 0.1
    dt = t / (iterations + 1)
    delta = np.empty((n, n, 2))
    for _ in range(iterations):
        dx = pos[:, 0:1] - pos[:, 0]  # row i: pos[i] - pos[j], as networkx's delta
        dy = pos[:, 1:2] - pos[:, 1]
        delta[:, :, 0], delta[:, :, 1] = dx, dy
        distance = np.sqrt(dx * dx + dy * dy)  # np.linalg.norm's sum of the two squares
        np.maximum(distance, 0.01, out=distance)  # np.clip(distance, 0.01, None)
        displacement = np.einsum(
            "ijk,ij->ik", delta, (k * k / distance**2 - adjacency * distance / k)
        )
        length = np.linalg.norm(displacement, axis=-1)
        length = np.clip(length, a_min=0.01, a_max=None)
        delta_pos = np.einsum("ij,i->ij", displacement, t / length)
        pos += delta_pos
        t -= dt
        if (np.linalg.norm(delta_pos) / n) < 1e-4:  # networkx's threshold
            break
    return dict(zip(sub, nx.rescale_layout(pos, scale=1) + np.zeros(2), strict=True))


def _spring_rows(sub: nx.Graph, seed: int, iterations: int) -> dict[str, np.ndarray]:
    """networkx's spring layout of a component of 500 nodes or more, the same numbers
    to the last bit, many nodes at a time.

    networkx takes the sparse force-directed path there and loops in Python over the
    nodes, one small array operation after another: for the 1,312-node component of 120
    BBC politics files that was 2.4 CPU s, most of the view. Every node's push and pull
    is computed here for a block of nodes at once, in the same types (float32
    positions and distances, float64 forces) and summed over the other nodes in the
    same order (one after another, as numpy sums the rows of networkx's transposed
    array), so the picture does not move (tests/test_view_layout.py compares both).
    """
    n = sub.number_of_nodes()
    adjacency = nx.to_numpy_array(sub, dtype=np.float32, weight=None)
    pos = np.random.RandomState(seed).rand(n, 2).astype(np.float32)
    k = np.sqrt(1.0 / n)
    t = max(max(pos.T[0]) - min(pos.T[0]), max(pos.T[1]) - min(pos.T[1])) * 0.1
    dt = t / (iterations + 1)
    # blocks of nearly equal width, never one node alone: numpy sums a one-column
    # array pairwise, not one row after another, and the last bits would differ
    cuts = np.linspace(0, n, -(-n // SPRING_BLOCK) + 1).astype(int).tolist()
    x, y = pos[:, 0:1], pos[:, 1:2]  # views: the other node j down the rows
    blocks = list(zip(cuts[:-1], cuts[1:], strict=True))
    # networkx pulls every pair by adjacency * distance / k, a zero but for the few
    # pairs joined by an edge: only those are pulled here (x - 0.0 is x, to the bit)
    edges = [np.nonzero(adjacency[:, lo:hi]) for lo, hi in blocks]
    weights = [adjacency[:, lo:hi][e] for e, (lo, hi) in zip(edges, blocks, strict=True)]
    for _ in range(iterations):
        displacement = np.empty((2, n))
        for (lo, hi), e, w in zip(blocks, edges, weights, strict=True):
            dx = pos[lo:hi, 0] - x  # column i of the block holds pos[i] - pos[j]
            dy = pos[lo:hi, 1] - y
            distance = np.sqrt(dx**2 + dy**2)
            np.clip(distance, 0.01, None, out=distance)
            force = k * k / distance**2
            force[e] -= w * distance[e] / k
            displacement[0, lo:hi] = (dx * force).sum(axis=0)
            displacement[1, lo:hi] = (dy * force).sum(axis=0)
        length = np.sqrt((displacement**2).sum(axis=0))
        length = np.clip(length, a_min=0.01, a_max=None)
        delta_pos = (displacement * t / length).T
        pos += delta_pos
        t -= dt
        if np.linalg.norm(delta_pos) / n < 1e-4:  # networkx's threshold
            break
    return dict(zip(sub, nx.rescale_layout(pos, scale=1) + np.zeros(2), strict=True))


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
    index = _Index.of(result, {e for e in result.events if f"event:{e}" in shown})
    docs = index.docs
    out: dict[str, str] = {}
    for event_id, event in result.events.items():
        if f"event:{event_id}" not in shown:
            continue
        said = [
            f"<li><b>{_esc(_speaker_name(st, result.actors))}</b> "
            f"<i>({', '.join(map(_esc, _said_how(st)))})</i>: “{_esc(st.text)}”</li>"
            for st in index.said.get(event_id, [])
        ]
        disputed = [
            f"<li>score {c.score:.2f}: {_esc(c.rationale)}</li>"
            for c in index.conflicts.get(event_id, [])
        ]
        related = [
            _related(rel, event_id, result.events, shown)
            for rel in sorted(index.related_to(event_id), key=lambda r: -r.score)
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
        instruments = dict.fromkeys(i.text for i in event.instruments)
        facts.append(("with", ", ".join(map(_esc, instruments))))
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
        line = _esc(title) + (f" <i>({', '.join(map(_esc, extra))})</i>" if extra else "")
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
        f'<button type="button" class="kg-jump" data-node="{_attr(node_id)}">{_esc(text)}</button>'
    )


def _section(heading: str, items: list[str], empty: str = "") -> str:
    """A card section with a count; left out when empty unless ``empty`` says so."""
    if not items:
        return f'<h3>{heading}</h3><p class="kg-none">{empty}</p>' if empty else ""
    return f"<h3>{heading} ({len(items)})</h3><ul>{''.join(items)}</ul>"


# --- page ------------------------------------------------------------------------------


# The page's style and scripts live in kg/export/view/ (package data), as files one can
# read, lint and change like code; _render inlines them, so the page stays one file.
_VIEW = resources.files("kg.export") / "view"


@functools.cache
def _asset(name: str) -> str:
    """A file of kg/export/view/, checked to hold nothing that would end its element."""
    text = (_VIEW / name).read_text(encoding="utf-8")
    if re.search(r"</(?:script|style)", text, re.I):
        raise RuntimeError(f"kg/export/view/{name} would end its inline element early")
    return text


def _head_assets() -> str:
    """The style and the script that runs around ``new vis.Network``, for ``<head>``."""
    return (
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<style type="text/css">\n{_asset("page.css")}</style>\n'
        f'<script type="text/javascript">\n{_asset("network.js")}</script>\n'
    )


_NETWORK_LINE = "network = new vis.Network(container, data, options);"
_HOOKED_NETWORK_LINE = (
    "kgBeforeNetwork([nodes, edges]);\n                  "
    + _NETWORK_LINE
    + "\n                  kgAfterNetwork(network, nodes);"
)


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
            # vis-network never draws node labels: network.js does, at a readable size and
            # only where they do not overlap (the threshold is in screen pixels). vis still
            # measures each label for the node's bounding box: at 1 px, unwrapped, that
            # box is the shape and the first draw measures less
            "font": {"size": 1},
            "scaling": {"label": {"drawThreshold": NO_LABELS}},
        },
        "edges": {
            "color": {"color": EDGE_COLOUR, "highlight": "#24292f", "hover": "#57606a"},
            "font": {
                "size": EDGE_FONT,
                "align": "middle",
                "color": "#57606a",
                "strokeWidth": 3,
            },
            # role words only close up, where there is room for them
            "scaling": {"label": {"drawThreshold": EDGE_LABELS_FROM}},
            "arrows": {"to": {"enabled": not big, "scaleFactor": 0.5}},
            "smooth": False if big else {"enabled": True, "type": "continuous", "roundness": 0.2},
        },
    }


def _checkbox(group: str, value: str, text: str, count: int, swatch: str = "") -> str:
    """One filter row: checkbox, the legend swatch (colour and shape), name and count."""
    return (
        f'<label class="kg-item"><input type="checkbox" data-group="{group}" '
        f'value="{_attr(value)}" checked>{swatch}{_esc(text)} '
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
    by_family: dict[str, list[str]] = defaultdict(list)
    for t in sorted(types):
        by_family[event_family(t)].append(t)
    rows = []
    for name, (colour, _) in EVENT_FAMILIES.items():  # the families in a fixed order
        if not by_family.get(name):
            continue
        count = sum(types[t] for t in by_family[name])
        rows.append(
            f'<span class="kg-family"><span class="kg-sw kg-diamond" '
            f'style="background:{colour}"></span>{_esc(name)} '
            f'<span class="kg-count">({count:,})</span></span>'
        )
        rows += [
            _checkbox(
                "type",
                t,
                t,
                types[t],
                f'<span class="kg-sw kg-diamond" style="background:{colour}"></span>',
            )
            for t in by_family[name]
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
    weak = sum(1 for e in graph.edges if e.get("weak"))
    parts.append(
        '<details open class="kg-edges"><summary>Edges</summary><div class="kg-legend-group">'
        '<span class="kg-item"><span class="kg-sw kg-line"></span>'
        "role (agent, partner, host…), said by, about, in</span>"
        '<span class="kg-item"><span class="kg-sw kg-line kg-dashed"></span>'
        "event relation (hover: score, rationale)</span>"
        '<span class="kg-item"><span class="kg-sw kg-line kg-conflict"></span>'
        "contradicts (conflicting statements)</span>"
        '<label class="kg-item kg-weak"><input type="checkbox" id="kg-weak">'
        f"{' / '.join(sorted(WEAK_RELATIONS))}: weak links, hidden until ticked "
        f'<span class="kg-count">({weak:,})</span></label></div></details>'
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
    page, data = _pyvis_page(graph)
    page = _REMOTE_LINK_TAG.sub("", page)
    page = _REMOTE_SCRIPT_TAG.sub("", page)
    page = _OLD_VIS_COMMENT.sub("", page)
    page = _without_empty_heading(page)
    if any(page.count(mark) != 1 for mark in data):
        raise RuntimeError("unexpected pyvis page layout: nodes or edges not embedded once")
    for mark, text in data.items():  # no "<" in them: the tag edits above left them alone
        page = page.replace(mark, text)
    if page.count(_NETWORK_DIV) != 1:
        raise RuntimeError(f"unexpected pyvis page layout: no single {_NETWORK_DIV!r}")
    page = page.replace(_NETWORK_DIV, _controls(graph) + _NETWORK_DIV + _PANEL)
    if page.count(_NETWORK_LINE) != 1:
        raise RuntimeError(f"unexpected pyvis page layout: no single {_NETWORK_LINE!r}")
    page = page.replace(_NETWORK_LINE, _HOOKED_NETWORK_LINE)

    # "<" written as \u003c: no card text can close the script block.
    cards = json.dumps(_cards(result, graph), ensure_ascii=False, separators=(",", ":"))
    cards = cards.replace("<", "\\u003c")
    script = (
        f'<script type="application/json" id="kg-cards">{cards}</script>\n'
        f'<script type="text/javascript">\n{_asset("page.js")}</script>\n'
    )

    head_end = page.rfind("</head>")
    body_start = page.find("<body>", head_end)
    body_end = page.rfind("</body>")
    if min(head_end, body_start, body_end) < 0:
        raise RuntimeError("unexpected pyvis page layout: no </head>, <body> or </body>")
    page = (
        page[:head_end]
        + f"<title>{_esc(PAGE_TITLE)}</title>\n"
        + _head_assets()
        + page[head_end : body_start + len("<body>")]
        + "\n"
        + _header(graph, result, cut)
        + page[body_start + len("<body>") : body_end]
        + script
        + page[body_end:]
    )
    page = page.replace("<html>", '<!DOCTYPE html>\n<html lang="en">', 1)

    remote = _REMOTE_RESOURCE_BACKWARDS.search(page[::-1]) and _REMOTE_RESOURCE.search(page)
    if remote:
        snippet = page[remote.start() : remote.start() + 80]
        raise RuntimeError(f"the page still references a remote resource: {snippet!r}")
    return page


def _without_empty_heading(page: str) -> str:
    """The page without pyvis's empty ``<center><h1></h1></center>`` and the white space
    before it, as ``re.sub(r"\\s*<center>…", "", page)`` leaves it: found by its tag, the
    space then taken back to the previous cut. A pattern that opens with ``\\s*`` is
    tried at every space of the page's 0.7 MB of inlined script (6 ms a view)."""
    kept, last = [], 0
    for found in _EMPTY_HEADING.finditer(page):
        start = found.start()
        while start > last and page[start - 1].isspace():
            start -= 1
        kept.append(page[last:start])
        last = found.end()
    kept.append(page[last:])
    return "".join(kept)


def _marked(context: jinja2.runtime.Context, value: Any, indent: int | None = None) -> str:
    """The template's ``tojson``, written as a mark the page's JSON replaces later (see
    :func:`_pyvis_page`); the JSON itself is Jinja's own ``tojson`` of ``value``."""
    data = context["kg_data"]
    mark = f"\x00kg-data-{len(data)}\x00"
    data[mark] = str(_TOJSON(context.eval_ctx, value, indent))
    return mark


_TOJSON = jinja2.Environment().filters["tojson"]


@functools.cache
def _pyvis_template() -> jinja2.Template:
    """pyvis's page template, read from its package folder without importing pyvis.

    Why not ``pyvis.network.Network.generate_html``: importing pyvis.network brings
    IPython (for notebooks, which kg never uses), ~0.3 s of CPU on every build that
    writes a page; the template and its inlined vis-network are all the page needs.
    """
    spec = importlib.util.find_spec("pyvis")  # finds the package, runs none of it
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("pyvis is not installed: it holds the page's template")
    folder = Path(next(iter(spec.submodule_search_locations))) / "templates"
    libraries: dict[str, str] = {}
    env = jinja2.Environment(loader=_LibraryLoader(str(folder), libraries))
    env.globals["kg_libraries"] = libraries
    env.filters["tojson"] = jinja2.pass_context(_marked)
    return env.get_template("template.html")


# What starts a block, an output or a comment in a Jinja template (line statements are
# off): a library holding none is plain data to Jinja
_JINJA_MARK = re.compile(r"\{[{%#]")
_LINE_BREAK = re.compile(r"(\r\n|\r|\n)")  # Jinja's own


class _LibraryLoader(jinja2.FileSystemLoader):
    """pyvis's templates, each library the page inlines (``lib/...``: vis-network,
    700 kB) handed over as its text, not as a template to read.

    Why: Jinja reads an included file as a template, trying its block, output and
    comment marks at every character, 0.07 CPU s per build for files that hold none.
    Such a file becomes one output of its text, which is kept in ``libraries`` (the
    environment's ``kg_libraries``) as Jinja would have written it: line breaks as
    ``\\n``, one final line break dropped (``keep_trailing_newline`` is off). A file
    with a mark is read by Jinja as before."""

    def __init__(self, folder: str, libraries: dict[str, str]) -> None:
        super().__init__(folder)
        self.libraries = libraries

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        source, filename, uptodate = super().get_source(environment, template)
        if not template.startswith("lib/") or _JINJA_MARK.search(source):
            return source, filename, uptodate
        lines = _LINE_BREAK.split(source)[::2]
        if lines[-1] == "":
            del lines[-1]
        self.libraries[template] = "\n".join(lines)
        return f"{{{{ kg_libraries[{json.dumps(template)}] }}}}", filename, uptodate


def _pyvis_page(graph: _Graph) -> tuple[str, dict[str, str]]:
    """The page pyvis's ``Network.generate_html`` writes for ``graph`` (as ``Network``
    was made in kg: 750px high, full width, white, no heading, vis-network inline), with
    the nodes' and edges' JSON left out as marks, and mark -> that JSON.

    The JSON is the template's own ``tojson`` (sorted keys, ``<`` ``>`` ``&`` ``'``
    written as ``\\u`` escapes), so no card text can close its ``<script>``, and it goes
    in after the tag edits: the regular expressions then read the template's few
    hundred kB, not megabytes of data (an 8 MB page took ~0.1 s per expression).
    """
    options = _options(len(graph.edges))
    data: dict[str, str] = {}
    page = _pyvis_template().render(
        kg_data=data,
        height="750px",
        width="100%",
        nodes=graph.nodes,
        edges=graph.edges,
        heading="",
        options=json.dumps(options),
        physics_enabled=options.get("physics", {}).get("enabled", True),
        use_DOT=False,
        dot_lang="",
        widget=False,
        bgcolor="#ffffff",
        conf=False,
        # pyvis's hover popup (it sets innerHTML) when a title holds "href"; _title
        # keeps every title without one, so it is never chosen
        tooltip_link=any("href" in (n.get("title") or "") for n in graph.nodes),
        neighborhood_highlight=False,
        select_menu=False,
        filter_menu=False,
        notebook=False,
        cdn_resources="in_line",
    )
    return page, data

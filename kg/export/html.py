"""The interactive graph view: one self-contained HTML page drawn with pyvis / vis-network.

What: actors (dots, one colour per kind, sized by mentions), events (diamonds, one colour
per event type) and statements (boxes) as nodes; participation roles, "said by",
"about", "in" and the typed event-to-event relations as labelled edges; a tooltip on
every node and on the edges that carry more than their label; a heading, a legend and,
when ``max_nodes`` cuts the graph, a note saying so.

Why it is built the way it is:

* **Offline.** Readers open the page from disk, often without a network. pyvis's
  ``cdn_resources="in_line"`` inlines vis-network, but its template still links
  Bootstrap from a CDN; those tags are removed and the page is checked to reference no
  ``http(s)://`` resource before it is written.
* **Escaping.** Names, quotes and summaries come from articles, i.e. from strangers.
  Tooltips are HTML built here, with every piece of article text passed through
  :func:`html.escape`; vis-network 9 shows a string title as plain text, so a small
  script turns each title into an element once the page has loaded (safe: all article
  text in it is escaped). Labels are never HTML: vis-network draws them on the canvas
  with ``fillText``, so they go in as plain text (entity-escaping them would print
  ``AT&amp;T`` on the graph, and vis-network 9.1.2's ``multi: "html"`` label markup
  cannot decode ``&lt;``, so it is not used). The node and edge JSON embedded in the
  ``<script>`` block has every ``<`` written as ``\\u003c``, so a ``</script>`` in a
  name cannot end the block early.
* **No physics, positions from Python.** A force simulation in the browser is slow
  for thousands of nodes and lands somewhere different on every load. Positions come
  from a networkx layout with a fixed seed, laid out per connected component and
  packed in rows, and physics is switched off; the same input gives the same bytes.
* **Scale.** Nodes and edges are appended to the pyvis network directly:
  ``Network.add_node``/``add_edge`` (and ``from_nx``) check membership in a list for
  every call, which is quadratic.
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

from kg.export import write_atomic
from kg.model import (
    ACTOR_KINDS,
    COUNTRY,
    GROUP,
    ORGANISATION,
    PERSON,
    PLACE,
    Actor,
    BuildResult,
    Document,
    Event,
    Evidence,
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

_REMOTE_RESOURCE = re.compile(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.I)
_REMOTE_LINK_TAG = re.compile(r"""<link\b[^>]*?\bhref\s*=\s*["']?\s*(?:https?:)?//[^>]*>""", re.I)
_REMOTE_SCRIPT_TAG = re.compile(
    r"""<script\b[^>]*?\bsrc\s*=\s*["']?\s*(?:https?:)?//[^>]*>\s*</script\s*>""", re.I
)
_EMPTY_HEADING = re.compile(r"\s*<center>\s*<h1>\s*</h1>\s*</center>")
_OLD_VIS_COMMENT = re.compile(r"<!--\s*<link[^>]*node_modules.*?-->", re.S)
_SPACE = re.compile(r"\s+")


def write_html(result: BuildResult, path: Path, *, max_nodes: int | None = None) -> None:
    """Write the interactive view of ``result`` to ``path`` (one offline HTML file).

    ``max_nodes``: if the graph has more nodes, keep the ``max_nodes`` most connected
    ones (ties: events, then actors, then statements, in input order) and say so on
    the page. The file is written to a temporary name next to ``path`` and moved into
    place, so a reader never sees half a page.
    """
    if max_nodes is not None and max_nodes < 1:
        raise ValueError(f"max_nodes must be at least 1, got {max_nodes}")
    graph = _build_graph(result)
    total_nodes, total_edges = len(graph.nodes), len(graph.edges)
    if max_nodes is not None and total_nodes > max_nodes:
        graph = _keep_most_connected(graph, max_nodes)
    cut = (total_nodes, total_edges) if len(graph.nodes) < total_nodes else None
    positions = _layout([n["id"] for n in graph.nodes], [(e["from"], e["to"]) for e in graph.edges])
    for node in graph.nodes:
        node["x"], node["y"] = positions[node["id"]]
    page = _render(result, graph, cut)
    write_atomic(Path(path), page)


# --- graph -----------------------------------------------------------------------------


@dataclass
class _Graph:
    """The vis-network nodes and edges (plain dicts) and each node's tie-break rank."""

    nodes: list[dict[str, Any]] = field(default_factory=list)
    edges: list[dict[str, Any]] = field(default_factory=list)
    rank: dict[str, int] = field(default_factory=dict)  # node id -> tie-break for cuts


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


def _build_graph(result: BuildResult) -> _Graph:
    """Turn a build result into vis-network node and edge dicts (ids namespaced)."""
    graph = _Graph()
    docs = {doc.id: doc for doc in result.documents}
    seen_edges: set[tuple[str, str, str]] = set()

    def add_node(node: dict[str, Any], rank: int) -> None:
        graph.rank[node["id"]] = rank * 10_000_000 + len(graph.nodes)
        graph.nodes.append(node)

    def add_edge(src: str, dst: str, label: str, title: str = "", **style: Any) -> None:
        key = (src, dst, label)
        if key in seen_edges:
            return
        seen_edges.add(key)
        edge: dict[str, Any] = {"id": f"edge:{len(graph.edges)}", "from": src, "to": dst}
        edge["label"] = _label(label, 40)
        if title:
            edge["title"] = title
        edge.update(style)
        graph.edges.append(edge)

    names = {aid: a.name for aid, a in result.actors.items()}
    for actor_id, actor in result.actors.items():
        add_node(_actor_node(actor_id, actor, docs, names), rank=1)
    for event_id, event in result.events.items():
        add_node(_event_node(event_id, event, result.actors, docs), rank=0)
    statement_ids: list[str] = []
    used: set[str] = set()
    for i, statement in enumerate(result.statements):
        sid = f"statement:{statement.id if statement.content else f'{statement.doc_id}/#{i}'}"
        if sid in used:
            sid = f"{sid}#{i}"
        used.add(sid)
        statement_ids.append(sid)
        add_node(_statement_node(sid, statement, result.actors), rank=2)

    def actor_name(actor_id: str) -> str:
        return result.actors[actor_id].name

    for event_id, event in result.events.items():
        for part in event.participants:
            if part.actor not in result.actors:
                continue  # unresolved participant: no node to point from
            if part.role == "location" and part.actor == event.place:
                continue  # drawn once, as the "in" edge below
            head = f"<b>{_esc(actor_name(part.actor))}</b> — {_esc(part.role)}"
            title = _title([head, _esc(part.description)])
            add_edge(f"actor:{part.actor}", f"event:{event_id}", part.role, title)
        if event.place and event.place in result.actors:
            add_edge(f"event:{event_id}", f"actor:{event.place}", "in")

    for actor_id, actor in result.actors.items():  # who serves or belongs to whom
        for other in sorted(actor.affiliations):
            if other in result.actors and other != actor_id:
                add_edge(f"actor:{actor_id}", f"actor:{other}", "of", dashes=True)

    for sid, statement in zip(statement_ids, result.statements, strict=True):
        if statement.speaker and statement.speaker in result.actors:
            add_edge(sid, f"actor:{statement.speaker}", "said by")
        for event_id in statement.about_events:
            if event_id in result.events:
                add_edge(sid, f"event:{event_id}", "about")

    for rel in result.relations:
        if rel.source not in result.events or rel.target not in result.events:
            continue
        title = _title([f"<b>{_esc(rel.type)}</b> · score {rel.score:.2f}", _esc(rel.rationale)])
        add_edge(
            f"event:{rel.source}",
            f"event:{rel.target}",
            rel.type,
            title,
            dashes=True,
            width=2,
            color={"color": RELATION_EDGE_COLOUR, "highlight": "#000000"},
        )
    node_of = {st.id: sid for sid, st in zip(statement_ids, result.statements, strict=True)}
    for c in result.conflicts:  # conflicting accounts of one event, side by side
        if c.first in node_of and c.second in node_of:
            title = _title([f"<b>contradicts</b> · score {c.score:.2f}", _esc(c.rationale)])
            add_edge(
                node_of[c.first],
                node_of[c.second],
                "contradicts",
                title,
                dashes=True,
                width=2,
                color={"color": CONFLICT_EDGE_COLOUR, "highlight": "#000000"},
            )
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
    return {
        "id": f"actor:{actor_id}",
        "label": _label(actor.name, 40),
        "shape": "dot",
        "widthConstraint": {"maximum": 170},
        "color": ACTOR_COLOURS.get(actor.kind, UNKNOWN_ACTOR_COLOUR),
        "size": round(min(40.0, 10.0 + 4.0 * math.sqrt(mentions)), 1),
        "title": _title(lines),
    }


def _doc_line(doc_id: str, docs: dict[str, Document]) -> str:
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
    lines.append(
        f"factuality: {_esc(event.factuality)}" + (" (ongoing)" if event.ongoing else "")
    )
    if event.instruments:
        lines.append("with: " + _esc(", ".join(dict.fromkeys(i.text for i in event.instruments))))
    if event.participants:
        who = [
            f"{_esc(actors[p.actor].name if p.actor in actors else p.actor)} ({_esc(p.role)})"
            for p in event.participants[:8]
        ]
        more = len(event.participants) - len(who)
        lines.append("participants: " + ", ".join(who) + (f", +{more} more" if more > 0 else ""))
    sources = event.sources[:8]
    if sources:
        more = len(event.sources) - len(sources)
        lines.append(
            f"sources ({len(event.sources)}):<br>"
            + "<br>".join("• " + _doc_line(s, docs) for s in sources)
            + (f"<br>• +{more} more" if more > 0 else "")
        )
    if event.summary:
        lines.append(f"<i>{_esc(event.summary)}</i>")
    return {
        "id": f"event:{event_id}",
        "label": _label(headline, 60),
        "shape": "diamond",
        "widthConstraint": {"maximum": 170},
        "color": event_type_colour(event.type),
        "size": round(min(36.0, 16.0 + 4.0 * math.sqrt(max(1, len(event.sources)))), 1),
        "title": _title(lines),
    }


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
    return {
        "id": sid,
        "label": label,
        "shape": "box",
        "color": {"background": STATEMENT_COLOUR, "border": STATEMENT_BORDER},
        "font": {"size": 13},
        "widthConstraint": {"maximum": 200},
        "title": _title(lines),
    }


def _keep_most_connected(graph: _Graph, max_nodes: int) -> _Graph:
    """The ``max_nodes`` nodes with most edges, and the edges between them."""
    degree: Counter[str] = Counter()
    for edge in graph.edges:
        degree[edge["from"]] += 1
        degree[edge["to"]] += 1
    ranked = sorted(graph.nodes, key=lambda n: (-degree[n["id"]], graph.rank[n["id"]]))
    keep = {n["id"] for n in ranked[:max_nodes]}
    return _Graph(
        nodes=[n for n in graph.nodes if n["id"] in keep],
        edges=[e for e in graph.edges if e["from"] in keep and e["to"] in keep],
        rank=graph.rank,
    )


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


# --- page ------------------------------------------------------------------------------


_CSS = """
<style type="text/css">
  html, body { height: 100%; }
  body { margin: 0; display: flex; flex-direction: column; color: #1f2328;
         background: #ffffff; font-family: system-ui, -apple-system, "Segoe UI", Roboto,
         Helvetica, Arial, sans-serif; }
  .kg-header { flex: none; padding: 10px 16px 6px 16px; border-bottom: 1px solid #d8dee4; }
  .kg-header h1 { font-size: 20px; margin: 0 0 2px 0; }
  .kg-summary, .kg-hint { font-size: 13px; color: #57606a; margin: 2px 0; }
  .kg-note { font-size: 13px; margin: 6px 0; padding: 4px 8px; background: #fff8c5;
             border: 1px solid #d4a72c; border-radius: 4px; display: inline-block; }
  .kg-legend { display: flex; flex-wrap: wrap; gap: 4px 18px; font-size: 12px;
               margin: 6px 0 2px 0; align-items: center; }
  .kg-legend-group { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: center; }
  .kg-legend-group > b { margin-right: 2px; }
  .kg-item { display: inline-flex; align-items: center; gap: 5px; white-space: nowrap; }
  .kg-sw { display: inline-block; width: 12px; height: 12px; flex: none; }
  .kg-dot { border-radius: 50%; }
  .kg-diamond { width: 10px; height: 10px; transform: rotate(45deg); margin: 0 1px; }
  .kg-box { width: 16px; height: 10px; border: 1px solid #c9a227; border-radius: 2px; }
  .kg-line { width: 26px; height: 0; border-top: 2px solid #a3a9b0; }
  .kg-dashed { border-top: 2px dashed #4d4d4d; }
  .card { flex: 1 1 auto; display: flex; min-height: 420px; border: none; }
  #mynetwork { flex: 1 1 auto; float: none !important; border: none !important;
               width: 100% !important; height: auto !important; }
  div.vis-tooltip { white-space: normal; max-width: 30em; font-family: inherit;
                    font-size: 12px; line-height: 1.35; background: #ffffff;
                    border: 1px solid #8c959f; border-radius: 4px; padding: 6px 8px;
                    box-shadow: 0 2px 8px rgba(0, 0, 0, 0.15); color: #1f2328; }
</style>
"""

# vis-network shows a string title as plain text; the titles are HTML built (and
# escaped) by this module, so hand vis-network elements made from them instead.
_TOOLTIP_SCRIPT = """
<script type="text/javascript">
  (function () {
    if (typeof nodes === "undefined" || !nodes || typeof edges === "undefined" || !edges) {
      return;
    }
    function tooltip(markup) {
      var div = document.createElement("div");
      div.className = "kg-tip";
      div.innerHTML = markup;
      return div;
    }
    [nodes, edges].forEach(function (dataset) {
      var updates = [];
      dataset.forEach(function (item) {
        if (typeof item.title === "string") {
          updates.push({id: item.id, title: tooltip(item.title)});
        }
      });
      if (updates.length) {
        dataset.update(updates);
      }
    });
  })();
</script>
"""


def _options(edge_count: int) -> dict[str, Any]:
    big = edge_count > SMOOTH_EDGES_MAX
    return {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False},
        "interaction": {
            "hover": True,
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
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "smooth": False if big else {"enabled": True, "type": "continuous", "roundness": 0.2},
        },
    }


def _legend(graph: _Graph, result: BuildResult) -> str:
    """The legend as HTML: node kinds, event types present, edge styles."""
    actor_kinds = list(ACTOR_KINDS)
    shown_ids = {n["id"] for n in graph.nodes}
    for actor_id, actor in result.actors.items():
        if actor.kind not in actor_kinds and f"actor:{actor_id}" in shown_ids:
            actor_kinds.append(actor.kind)
    items = [
        f'<span class="kg-item"><span class="kg-sw kg-dot" style="background:'
        f'{ACTOR_COLOURS.get(kind, UNKNOWN_ACTOR_COLOUR)}"></span>{_esc(kind)}</span>'
        for kind in actor_kinds
    ]
    groups = [f'<span class="kg-legend-group"><b>Actors</b>{"".join(items)}</span>']

    type_counts = Counter(
        event.type for event_id, event in result.events.items() if f"event:{event_id}" in shown_ids
    )
    items = [
        f'<span class="kg-item"><span class="kg-sw kg-diamond" style="background:'
        f'{event_type_colour(t)}"></span>{_esc(t)} ({n})</span>'
        for t, n in sorted(type_counts.items())
    ] or ['<span class="kg-item"><i>none shown</i></span>']
    groups.append(f'<span class="kg-legend-group"><b>Events</b>{"".join(items)}</span>')
    groups.append(
        '<span class="kg-legend-group"><b>Statements</b><span class="kg-item">'
        f'<span class="kg-sw kg-box" style="background:{STATEMENT_COLOUR}"></span>'
        "speaker: “first words”</span></span>"
    )
    groups.append(
        '<span class="kg-legend-group"><b>Edges</b>'
        '<span class="kg-item"><span class="kg-sw kg-line"></span>'
        "role (agent, partner, host…), said by, about, in</span>"
        '<span class="kg-item"><span class="kg-sw kg-line kg-dashed"></span>'
        "event relation (type; hover for score and rationale)</span></span>"
    )
    return '<div class="kg-legend">' + "".join(groups) + "</div>"


def _header(graph: _Graph, result: BuildResult, cut: tuple[int, int] | None) -> str:
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
        total_nodes, total_edges = cut
        kept = len(graph.nodes)
        parts.append(
            f'<p class="kg-note" id="kg-cut-note">Showing the {kept:,} most connected of '
            f"{total_nodes:,} nodes and {len(graph.edges):,} of {total_edges:,} edges; "
            f"{total_nodes - kept:,} less connected nodes are left out "
            f"(max_nodes={kept:,}).</p>"
        )
    parts.append(_legend(graph, result))
    parts.append(
        '<p class="kg-hint">Hover a node or a labelled edge for details; '
        "scroll to zoom, drag to pan.</p>"
    )
    parts.append("</header>")
    return "\n".join(parts)


def _render(result: BuildResult, graph: _Graph, cut: tuple[int, int] | None) -> str:
    """The whole page: pyvis output, made offline and safe, with header and legend."""
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

    head_end = page.rfind("</head>")
    body_start = page.find("<body>", head_end)
    body_end = page.rfind("</body>")
    if min(head_end, body_start, body_end) < 0:
        raise RuntimeError("unexpected pyvis page layout: no </head>, <body> or </body>")
    page = (
        page[:head_end]
        + f"<title>{_esc(PAGE_TITLE)}</title>\n"
        + _CSS
        + page[head_end : body_start + len("<body>")]
        + "\n"
        + _header(graph, result, cut)
        + page[body_start + len("<body>") : body_end]
        + _TOOLTIP_SCRIPT
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

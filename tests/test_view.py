"""Tests for the interactive HTML view (kg.export.html).

Unit tests read the written page; the browser test opens it in headless Chromium
(offline, via file://) and checks that it draws, phones nobody, logs no error and runs
no injected script.
"""

from __future__ import annotations

import html
import json
import os
import pickle
import re
import shutil
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest
from conftest import (
    HOSTILE_CHANNEL,
    HOSTILE_NAME,
    HOSTILE_QUOTE,
    HOSTILE_RATIONALE,
    HOSTILE_STRINGS,
    HOSTILE_SUMMARY,
    HOSTILE_TITLE,
    load_bench,
)

from kg.export import html as kg_html
from kg.export.html import DEFAULT_MAX_NODES, write_html
from kg.model import BuildResult

REPO = Path(__file__).resolve().parents[1]
BENCH = load_bench("view_scale.py")  # the synthetic big graph and the browser set-up
CHROMIUM, CHROMEDRIVER = BENCH.CHROMIUM, BENCH.CHROMEDRIVER
REMOTE = re.compile(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.I)


def _embedded(page: str, marker: str) -> list[dict]:
    """The JSON list pyvis embeds after ``marker`` (e.g. ``nodes = new vis.DataSet(``)."""
    at = page.index(marker) + len(marker)
    data, _ = json.JSONDecoder().raw_decode(page, at)
    return data


def _nodes(page: str) -> list[dict]:
    return _embedded(page, "nodes = new vis.DataSet(")


def _edges(page: str) -> list[dict]:
    return _embedded(page, "edges = new vis.DataSet(")


def _cards(page: str) -> dict[str, str]:
    """Event node id -> card HTML, as embedded for the side panel."""
    return _embedded(page, '<script type="application/json" id="kg-cards">')


def _controls(page: str) -> str:
    found = re.search(
        r'<aside class="kg-controls kg-legend" id="kg-controls"[^>]*>(.*?)</aside>', page, re.S
    )
    assert found, "no filter panel"
    return found.group(1)


def _filter_rows(page: str) -> dict[tuple[str, str], str]:
    """(group, value) -> what the row shows after its checkbox (swatch, name, count)."""
    rows = re.findall(
        r'<input type="checkbox" data-group="(\w+)" value="([^"]*)" checked>(.*?)</label>',
        _controls(page),
        re.S,
    )
    return {(group, html.unescape(value)): rest for group, value, rest in rows}


@pytest.fixture
def page_path(news_result: BuildResult, tmp_path: Path) -> Path:
    path = tmp_path / "view" / "graph.html"
    write_html(news_result, path)
    return path


@pytest.fixture
def page(page_path: Path) -> str:
    return page_path.read_text(encoding="utf-8")


# --- unit ------------------------------------------------------------------------------


def test_page_references_no_remote_resource(page: str) -> None:
    assert REMOTE.search(page) is None, REMOTE.search(page)
    assert "cdn.jsdelivr.net" not in page and "cdnjs.cloudflare.com" not in page
    assert "vis.Network(" in page  # vis-network itself is inlined
    assert "<link" not in page


def test_hostile_text_appears_only_escaped(page: str, tmp_path: Path) -> None:
    for raw in HOSTILE_STRINGS:
        assert raw not in page
    for fragment in ("<script>window.__pwned", "<img src=x", '"></div><b>', "</script><script>"):
        assert fragment not in page
    # The embedded JSON cannot close its <script> block: no "<" in it at all.
    at = page.index("nodes = new vis.DataSet(")
    end = page.index("var options", at)
    assert "<" not in page[at + len("nodes = new vis.DataSet(") : end]

    nodes = {n["id"]: n for n in _nodes(page)}
    statement = next(
        n for i, n in nodes.items() if i.startswith("statement:blog-2025-05-13-protest/")
    )
    assert html.escape(HOSTILE_QUOTE) in statement["title"]  # tooltip: HTML-escaped
    assert f"channel: {html.escape(HOSTILE_CHANNEL)}" in statement["title"]
    # what it is about: the event's title, then the actors by name, all escaped
    about = f"about: {html.escape(HOSTILE_TITLE)}; {html.escape(HOSTILE_NAME)}; European Union"
    assert about in statement["title"]
    actor = nodes["actor:hostile-group"]
    assert actor["label"] == HOSTILE_NAME  # canvas text (fillText), sealed in the JSON
    assert html.escape(HOSTILE_NAME) in actor["title"]
    # "href" in a title makes pyvis swap in a popup that sets innerHTML: never triggered
    assert "window.__pwned=6" in actor["title"] and "href" not in actor["title"]
    assert "popup.innerHTML" not in page
    edges = _edges(page)
    relation = next(e for e in edges if e.get("label") == "response_to")
    assert "&lt;script&gt;window.__pwned=5" in relation["title"]

    # As many script blocks as for a harmless graph: nothing broke out of one.
    benign = BuildResult(documents=[], actors={}, statements=[], events={}, relations=[])
    benign_path = tmp_path / "benign.html"
    write_html(benign, benign_path)
    assert page.count("</script") == benign_path.read_text(encoding="utf-8").count("</script")


def test_same_input_same_bytes(news_result: BuildResult, tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "one.html", tmp_path / "b" / "two.html"
    write_html(news_result, first)
    write_html(news_result, second)
    assert first.read_bytes() == second.read_bytes()
    assert str(tmp_path) not in first.read_text(encoding="utf-8")


def test_same_bytes_under_other_hash_seeds(news_result: BuildResult, tmp_path: Path) -> None:
    """Set iteration order changes with PYTHONHASHSEED; the page must not."""
    pickled = tmp_path / "result.pickle"
    pickled.write_bytes(pickle.dumps(news_result))
    code = (
        "import pickle, sys; from pathlib import Path; from kg.export.html import write_html; "
        "write_html(pickle.loads(Path(sys.argv[1]).read_bytes()), Path(sys.argv[2]))"
    )
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}.html"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-c", code, str(pickled), str(out)],
            cwd=REPO,
            env=env,
            check=True,
            timeout=120,
        )
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]


def test_nodes_edges_and_tooltips(news_result: BuildResult, page: str) -> None:
    nodes = {n["id"]: n for n in _nodes(page)}
    assert len(nodes) == len(news_result.actors) + len(news_result.events) + 3
    assert {n["shape"] for i, n in nodes.items() if i.startswith("actor:")} == {"dot"}
    assert {n["shape"] for i, n in nodes.items() if i.startswith("event:")} == {"diamond"}
    assert {n["shape"] for i, n in nodes.items() if i.startswith("statement:")} == {"square"}
    # one colour per actor kind, distinct across kinds; more mentions, bigger dot
    kind_colours = {}
    for actor_id, actor in news_result.actors.items():
        kind_colours.setdefault(actor.kind, set()).add(nodes[f"actor:{actor_id}"]["color"])
    assert all(len(c) == 1 for c in kind_colours.values())
    assert len({c for cs in kind_colours.values() for c in cs}) == len(kind_colours)
    assert nodes["actor:european-union"]["size"] > nodes["actor:switzerland"]["size"]
    # talks, a deal and a protest: three families, three colours
    event_colours = {nodes[f"event:{e}"]["color"] for e in news_result.events}
    assert len(event_colours) == 3
    # positions from Python, physics off
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in nodes.values())
    options = re.search(r"var options = (\{.*?\});\n", page, re.S)
    assert options and json.loads(options.group(1))["physics"]["enabled"] is False

    edges = _edges(page)
    labels = {(e["from"], e["to"]): e["label"] for e in edges}
    assert labels[("actor:european-union", "event:e-talks")] == "agent"
    assert labels[("actor:japan", "event:e-talks")] == "partner"
    assert labels[("actor:switzerland", "event:e-talks")] == "host"
    assert labels[("event:e-talks", "actor:geneva")] == "in"
    assert ("actor:geneva", "event:e-talks") not in labels  # location drawn once, as "in"
    lindqvist = next(
        i for i in nodes if i.startswith("statement:") and "Lindqvist" in nodes[i]["label"]
    )
    assert labels[(lindqvist, "actor:maria-lindqvist")] == "said by"
    assert labels[(lindqvist, "event:e-deal")] == "about"
    relation = next(e for e in edges if e["from"] == "event:e-talks" and e["to"] == "event:e-deal")
    assert relation["label"] == "cause" and relation["dashes"] is True
    assert "0.86" in relation["title"] and "announced at the close" in relation["title"]

    talks = nodes["event:e-talks"]["title"]
    for expected in (
        "EU and Japan hold trade talks",
        "negotiate",
        "two days",
        "2025-05-11",
        "2025-05-12",
        "asserted",
        "wire-2025-05-12-eu-japan",
        "hosted by",
    ):
        assert expected in talks
    eu = nodes["actor:european-union"]["title"]
    for expected in (
        "European Union",
        "organisation",
        "aliases: Brussels; EU; EU27; the EU; the Union; the bloc",
        "mentions: 3",
        "<b>European Union</b> and Japan agreed",
    ):
        assert expected in eu
    okada = nodes["actor:kenji-okada"]["title"]
    assert "Japan&#x27;s trade minister; trade minister" in okada  # sorted, escaped
    quote = nodes[lindqvist]
    assert quote["label"].startswith("Lindqvist: “We have closed the gaps")
    for expected in (
        "We have closed the gaps that mattered most to our exporters",
        "Maria Lindqvist",
        "type: claim · kind: direct · cue: “told”",
        "said: after the meeting (2025-05-12)",
        "to: reporters",
        "about: EU and Japan agree to cut tariffs on cars and machine tools; European Union; "
        "Japan",
    ):
        assert expected in quote["title"]
    assert "channel:" not in quote["title"]  # none given
    said = next(n for i, n in nodes.items() if i.startswith("statement:") and "Okada" in n["label"])
    lines = said["title"].split("<br>")
    assert "type: announcement · kind: indirect · cue: “said”" in lines
    assert "said: in May (2025-05-01 – 2025-05-31)" in lines
    assert "channel: in a statement" in lines
    # "the carmakers" is not an actor id: left out
    assert "about: EU and Japan agree to cut tariffs on cars and machine tools; Japan" in lines


def test_filter_panel_is_the_legend(news_result: BuildResult, page: str) -> None:
    """Every filter row shows the colour and shape its nodes have, and how many there are."""
    nodes = _nodes(page)
    rows = _filter_rows(page)
    for kind in ("person", "organisation", "country", "group", "place"):
        colours = {n["color"] for n in nodes if n.get("kind") == kind}
        assert len(colours) == 1, kind
        row = rows[("kind", kind)]
        assert f'kg-sw kg-dot" style="background:{colours.pop()}"' in row
        assert f'{kind} <span class="kg-count">({sum(n["kind"] == kind for n in nodes)})' in row
    assert "kg-diamond" in rows[("kind", "event")] and "(3)" in rows[("kind", "event")]
    assert "kg-box" in rows[("kind", "statement")] and "(3)" in rows[("kind", "statement")]
    for event_id, event in news_result.events.items():  # event types: the node's colour
        colour = next(n["color"] for n in nodes if n["id"] == f"event:{event_id}")
        row = rows[("type", event.type)]
        assert f'kg-diamond" style="background:{colour}"' in row and "(1)" in row
    assert {v for g, v in rows if g == "type"} == {"negotiate", "agree", "protest"}
    facts = {v: rows[("fact", v)] for g, v in rows if g == "fact"}
    assert list(facts) == ["asserted", "reported", "planned", "hypothetical", "negated"]
    assert "(2)" in facts["asserted"] and "(1)" in facts["reported"] and "(0)" in facts["planned"]
    controls = _controls(page)
    assert re.search(r'id="kg-from" value="2025-05-11" min="2025-05-11" max="2025-05-13"', controls)
    assert re.search(r'id="kg-to" value="2025-05-13" min="2025-05-11" max="2025-05-13"', controls)
    assert 'id="kg-undated" checked>events without a date <span class="kg-count">(0)' in controls
    assert "kg-dashed" in controls and "contradicts" in controls  # edge styles
    assert "Showing 14 of 14 nodes" in controls
    assert "<h1>News knowledge graph</h1>" in page
    assert "<title>News knowledge graph</title>" in page
    assert '<input type="search" id="kg-search"' in page
    assert 'id="kg-panel" aria-label="Details" hidden>' in page  # the card panel starts closed
    assert "kg-cut-note" not in page


def test_nodes_carry_what_filters_and_search_need(page: str) -> None:
    nodes = {n["id"]: n for n in _nodes(page)}
    talks = nodes["event:e-talks"]
    assert (talks["kind"], talks["eventType"], talks["factuality"]) == (
        "event",
        "negotiate",
        "asserted",
    )
    assert (talks["begin"], talks["end"]) == ("2025-05-11", "2025-05-12")
    assert nodes["event:e-protest"]["factuality"] == "reported"
    assert nodes["actor:geneva"]["kind"] == "place"
    assert nodes["actor:european-union"]["kind"] == "organisation"
    # aliases are searchable; a label that says it all needs no extra field
    assert "EU27" in nodes["actor:european-union"]["search"].split("\n")
    assert "search" not in nodes["actor:japan"]
    statements = [n for i, n in nodes.items() if i.startswith("statement:")]
    assert {n["kind"] for n in statements} == {"statement"}
    lindqvist = next(n for n in statements if n["label"].startswith("Lindqvist"))
    # the label has the surname and six words; the search has the full name and quote
    assert lindqvist["search"].split("\n")[0] == "Maria Lindqvist"
    assert "We have closed the gaps that mattered most to our exporters" in lindqvist["search"]


def test_event_tooltip_shows_its_sentence(page: str) -> None:
    nodes = {n["id"]: n for n in _nodes(page)}
    assert (
        "evidence: “GENEVA, May 12 - The European Union and Japan agreed on Monday to cut "
        "tariffs on cars and machine tools after two days of <b>talks</b> in Geneva hosted by "
        "Switzerland.” <i>(wire-2025-05-12-eu-japan)</i>"
    ) in nodes["event:e-talks"]["title"]
    protest = nodes["event:e-protest"]["title"]
    assert (
        f"evidence: “GENEVA, May 13 - A group calling itself {html.escape(HOSTILE_NAME)} "
        "claimed a <b>protest</b> outside the venue of the EU-Japan talks.”"
    ) in protest


def test_event_cards(news_result: BuildResult, page: str) -> None:
    cards = _cards(page)
    assert set(cards) == {f"event:{e}" for e in news_result.events}
    talks = cards["event:e-talks"]
    for expected in (
        '<h2 class="kg-card-title">EU and Japan hold trade talks in Geneva</h2>',
        "<dt>type</dt><dd>negotiate",
        "<dt>factuality</dt><dd>asserted</dd>",
        "<dt>time</dt><dd>two days (2025-05-11 – 2025-05-12; precision: day)</dd>",
        '<dt>place</dt><dd><button type="button" class="kg-jump" data-node="actor:geneva">'
        "Geneva</button></dd>",
        "<h3>Participants (4)</h3>",
        'data-node="actor:switzerland">Switzerland</button> <span class="kg-role">host</span>: '
        "Switzerland hosted the talks.",
        "<h3>Sources (1)</h3>",
        "EU and Japan agree to cut car tariffs after Geneva talks <i>(Example Wire, 2025-05-12)"
        '</i> <code class="kg-doc">wire-2025-05-12-eu-japan</code>',
        "<h3>Evidence (1)</h3>",
        "two days of <b>talks</b> in Geneva",
        "<h3>Related events (2)</h3>",
        'this <span class="kg-rel">cause</span> → <button type="button" class="kg-jump" '
        'data-node="event:e-deal">EU and Japan agree to cut tariffs on cars and machine tools'
        "</button> <i>(score 0.86)</i>",
        "The agreement was announced at the close of the talks, by the same parties.",
    ):
        assert expected in talks, expected
    deal = cards["event:e-deal"]
    assert "<h3>Statements about it (2)</h3>" in deal
    assert (
        "<li><b>Maria Lindqvist</b> <i>(claim, direct, 2025-05-12, told reporters)</i>: "
        "“We have closed the gaps that mattered most to our exporters”</li>"
    ) in deal
    assert "<b>Kenji Okada</b> <i>(announcement, indirect, 2025-05, in a statement)</i>" in deal
    assert "<h3>Sources (2)</h3>" in deal and "<h3>Evidence (1)</h3>" in deal
    # the hostile event: every piece of article text escaped, nothing raw
    protest = cards["event:e-protest"]
    for raw in (HOSTILE_TITLE, HOSTILE_SUMMARY, HOSTILE_NAME, HOSTILE_QUOTE, HOSTILE_CHANNEL):
        assert raw not in protest and html.escape(raw) in protest, raw
    assert html.escape(HOSTILE_RATIONALE) in protest
    assert 'data-node="event:e-talks">EU and Japan hold trade talks in Geneva</button> ' in protest
    # the embedded map cannot close its script block: no "<" in it at all
    marker = '<script type="application/json" id="kg-cards">'
    at = page.index(marker) + len(marker)
    _, end = json.JSONDecoder().raw_decode(page, at)
    assert "<" not in page[at:end]


def _note(page: str) -> str | None:
    """The text of the page's cut note, if it has one."""
    found = re.search(r'<p class="kg-note" id="kg-cut-note">(.*?)</p>', page, re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", found.group(1))) if found else None


def test_max_nodes_keeps_the_top_event_with_its_actors_and_statements(
    news_result: BuildResult, tmp_path: Path
) -> None:
    path = tmp_path / "cut.html"
    write_html(news_result, path, max_nodes=5)
    page = path.read_text(encoding="utf-8")
    # the deal has two sources (the talks and the protest one): it comes first, with its
    # parties, then a statement about it and its speaker, up to the limit
    assert {n["id"] for n in _nodes(page)} == {
        "event:e-deal",
        "actor:european-union",
        "actor:japan",
        "statement:wire-2025-05-12-eu-japan/162-221",
        "actor:maria-lindqvist",
    }
    edges = {(e["from"], e["to"], e["label"]) for e in _edges(page)}
    assert edges == {
        ("actor:european-union", "event:e-deal", "agent"),
        ("actor:japan", "event:e-deal", "agent"),
        ("statement:wire-2025-05-12-eu-japan/162-221", "actor:maria-lindqvist", "said by"),
        ("statement:wire-2025-05-12-eu-japan/162-221", "event:e-deal", "about"),
    }
    note = _note(page)
    assert note is not None
    assert "5 of 14 nodes and 4 of 16 edges" in note
    assert "the top 1 of 3 events (most sources first" in note
    assert "9 less connected nodes are left out" in note
    assert "at most 5 nodes:" in note and "(the default)" not in note
    assert "--max-nodes N" in note and "--max-nodes 0 shows all 14" in note
    # cards only for the event shown; names of what is not shown are text, not jumps
    cards = _cards(page)
    assert set(cards) == {"event:e-deal"}
    assert 'data-node="actor:japan"' in cards["event:e-deal"]
    assert 'data-node="event:e-talks"' not in cards["event:e-deal"]
    assert "EU and Japan hold trade talks in Geneva" in cards["event:e-deal"]
    rows = _filter_rows(page)  # the legend counts what is on the page
    assert "(1)" in rows[("kind", "person")] and "(1)" in rows[("kind", "country")]
    assert "(1)" in rows[("kind", "event")] and "(1)" in rows[("kind", "statement")]
    assert "Showing 5 of 5 nodes" in page

    # a limit the graph fits in, 0 (no limit) and the default all give the whole page
    pages = []
    for limit in (None, 0, 14):
        target = tmp_path / f"whole-{limit}.html"
        write_html(news_result, target, max_nodes=limit)
        pages.append(target.read_text(encoding="utf-8"))
    assert pages[0] == pages[1] == pages[2]
    assert len(_nodes(pages[0])) == 14 and "kg-cut-note" not in pages[0]
    with pytest.raises(ValueError):
        write_html(news_result, tmp_path / "none.html", max_nodes=-1)


def test_write_is_atomic_and_replaces(news_result: BuildResult, tmp_path: Path) -> None:
    path = tmp_path / "graph.html"
    path.write_text("old", encoding="utf-8")
    write_html(news_result, path)
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html"]  # no temp left


def test_empty_result_still_writes_a_page(tmp_path: Path) -> None:
    empty = BuildResult(documents=[], actors={}, statements=[], events={}, relations=[])
    path = tmp_path / "empty.html"
    write_html(empty, path)
    page = path.read_text(encoding="utf-8")
    assert _nodes(page) == [] and _edges(page) == []
    assert REMOTE.search(page) is None
    assert _cards(page) == {} and "no dated event shown" in page


def test_cards_for_every_event_of_the_sample_build(sample_build) -> None:
    result, out = sample_build
    page = (out / "graph.html").read_text(encoding="utf-8")
    cards = _cards(page)
    assert set(cards) == {f"event:{e}" for e in result.events}
    for event_id, event in result.events.items():
        card = cards[f"event:{event_id}"]
        assert f'<h2 class="kg-card-title">{html.escape(event.title)}</h2>' in card
        assert f"<h3>Sources ({len(event.sources)})</h3>" in card
        assert "<h3>Evidence (" in card


def test_bench_graph_is_big_and_fast_to_draw(tmp_path: Path) -> None:
    """bench/view_scale.py's synthetic build: well formed, and past the big-graph options."""
    result = BENCH.synthesize(1500, seed=3)
    assert len(result.actors) + len(result.events) + len(result.statements) == 1500
    docs = {d.id: d for d in result.documents}
    for actor in result.actors.values():
        assert actor.mentions, actor.id
        for m in actor.mentions:
            assert docs[m.doc_id].source_text[m.start : m.end] == m.text
    for event in result.events.values():
        t = event.trigger
        assert docs[t.doc_id].source_text[t.start : t.end] == t.text
    path = tmp_path / "big.html"
    write_html(result, path)
    page = path.read_text(encoding="utf-8")
    assert len(_nodes(page)) == 1500 and len(_edges(page)) > 2000
    options = json.loads(re.search(r"var options = (\{.*?\});\n", page, re.S).group(1))
    assert options["physics"]["enabled"] is False
    assert options["edges"]["smooth"] is False
    assert options["interaction"]["hideEdgesOnDrag"] is True
    assert options["interaction"]["hideEdgesOnZoom"] is True
    assert len(_cards(page)) == len(result.events)


@pytest.fixture(scope="module")
def big_result() -> BuildResult:
    """bench/view_scale.py's synthetic build, past the default cut: 7,000 nodes (about
    600 articles). Its last event, reported once, is made the most reported one (four
    documents), so it has to be on the cut page."""
    result = BENCH.synthesize(7000, seed=11)
    last = result.events[list(result.events)[-1]]
    assert len(last.sources) == 1 and len(result.events) > DEFAULT_MAX_NODES / 4
    last.sources = [d.id for d in result.documents[:4]]
    last.title = "The most reported event"
    return result


def _ids(nodes: list[dict], kind: str) -> set[str]:
    return {n["id"] for n in nodes if n["id"].startswith(f"{kind}:")}


def test_default_cut_keeps_the_top_events_connected(
    big_result: BuildResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = big_result
    total = len(result.actors) + len(result.events) + len(result.statements)
    made: list[str] = []  # nodes whose tooltips were made: only those on the page
    for name in ("_actor_node", "_event_node", "_statement_node"):
        real = getattr(kg_html, name)

        def counted(*args, _real=real, **kwargs):
            node = _real(*args, **kwargs)
            made.append(node["id"])
            return node

        monkeypatch.setattr(kg_html, name, counted)
    path = tmp_path / "cut.html"
    write_html(result, path)
    page = path.read_text(encoding="utf-8")
    nodes, edges = _nodes(page), _edges(page)
    ids = {n["id"] for n in nodes}
    assert len(nodes) == DEFAULT_MAX_NODES < total  # filled up to the limit, no further
    assert sorted(made) == sorted(ids)

    # the top events: every event reported more often than one left out is there,
    # with its participants and place
    events = _ids(nodes, "event")
    sources = {f"event:{e}": len(set(ev.sources)) for e, ev in result.events.items()}
    dropped = set(sources) - events
    assert dropped and min(sources[e] for e in events) >= max(sources[e] for e in dropped)
    assert "event:" + list(result.events)[-1] in events
    cut_short = 0  # the last event taken may lose actors to the limit, no other
    for event_id in events:
        event = result.events[event_id.removeprefix("event:")]
        cast = {f"actor:{p.actor}" for p in event.participants if p.actor in result.actors}
        cut_short += not cast <= ids
    assert cut_short <= 1
    assert set(_cards(page)) == events

    # connected: no node without an edge on the page, every statement about an event there
    touched = {e["from"] for e in edges} | {e["to"] for e in edges}
    assert touched <= ids and ids - touched == set()
    about = {e["from"] for e in edges if e["label"] == "about"}
    assert _ids(nodes, "statement") <= about

    whole = tmp_path / "all.html"
    write_html(result, whole, max_nodes=0)
    all_page = whole.read_text(encoding="utf-8")
    assert len(_nodes(all_page)) == total and _note(all_page) is None
    total_edges = len(_edges(all_page))
    note = _note(page)
    assert note is not None
    counts = f"{DEFAULT_MAX_NODES:,} of {total:,} nodes and {len(edges):,} of {total_edges:,} edges"
    assert counts in note
    assert f"the top {len(events):,} of {len(result.events):,} events" in note
    assert f"at most {DEFAULT_MAX_NODES:,} nodes (the default)" in note
    assert f"--max-nodes 0 shows all {total:,}" in note

    again = tmp_path / "again.html"
    write_html(result, again)
    assert again.read_bytes() == path.read_bytes()


def test_a_small_limit_is_filled_from_the_top_event(
    big_result: BuildResult, tmp_path: Path
) -> None:
    path = tmp_path / "small.html"
    write_html(big_result, path, max_nodes=40)
    page = path.read_text(encoding="utf-8")
    nodes = _nodes(page)
    assert len(nodes) == 40
    assert "event:" + list(big_result.events)[-1] in _ids(nodes, "event")
    assert "at most 40 nodes:" in _note(page)


# --- browser ---------------------------------------------------------------------------


def _png_facts(png: bytes) -> tuple[int, int, int]:
    """Width, height and the number of distinct byte values in the image data."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", png[16:24])
    idat, at = b"", 8
    while at < len(png):
        (length,) = struct.unpack(">I", png[at : at + 4])
        kind = png[at + 4 : at + 8]
        if kind == b"IDAT":
            idat += png[at + 8 : at + 8 + length]
        at += 12 + length
    return width, height, len(set(zlib.decompress(idat)))


@pytest.mark.browser
def test_page_in_headless_chromium(
    chrome, news_result: BuildResult, page_path: Path, tmp_path: Path
) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.support.ui import WebDriverWait

    timings: dict[str, float] = {}
    chrome.get("about:blank")
    chrome.get_log("performance")  # drop the browser's own start-up requests (new tab page)
    t0 = time.perf_counter()
    chrome.get(page_path.as_uri())
    WebDriverWait(chrome, 20).until(
        lambda d: d.execute_script(
            "return typeof network !== 'undefined' && network !== null"
            " && typeof nodes !== 'undefined' && nodes !== null && window.kgDrawn === true"
        )
    )
    timings["load"] = time.perf_counter() - t0
    assert chrome.execute_script("return window.kgFirstDrawMs") > 0

    expected_nodes = len(_nodes(page_path.read_text(encoding="utf-8")))
    assert expected_nodes == 14
    assert chrome.execute_script("return nodes.length") == expected_nodes
    assert chrome.execute_script("return Object.keys(network.getPositions()).length") == 14
    assert chrome.execute_script("return edges.length") == 16
    # physics off: the node sits where Python put it
    talks = next(
        n for n in _nodes(page_path.read_text(encoding="utf-8")) if n["id"] == "event:e-talks"
    )
    pos = chrome.execute_script("return network.getPositions(['event:e-talks'])['event:e-talks']")
    assert abs(pos["x"] - talks["x"]) < 1 and abs(pos["y"] - talks["y"]) < 1  # vis truncates

    # a canvas was drawn, with more than a background in it
    size = chrome.execute_script(
        "var c = document.querySelector('#mynetwork canvas');return c ? [c.width, c.height] : null"
    )
    assert size and size[0] > 300 and size[1] > 300
    colours = chrome.execute_script(
        "var c = document.querySelector('#mynetwork canvas');"
        "var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
        "var seen = new Set();"
        "for (var i = 0; i < d.length; i += 4 * 7) {"
        "  seen.add(d[i] + ',' + d[i + 1] + ',' + d[i + 2] + ',' + d[i + 3]); }"
        "return seen.size"
    )
    assert colours > 20

    # tooltips are elements whose text is the raw quote: shown, not run
    tip = chrome.execute_script(
        "var n = nodes.get().find(function (x) { return x.id.indexOf('blog-') >= 0; });"
        "return [n.title instanceof Element, n.title.textContent,"
        " n.title.querySelectorAll('img, script').length]"
    )
    assert tip[0] is True and HOSTILE_QUOTE in tip[1] and tip[2] == 0

    # hover the hostile statement: vis-network shows the tooltip
    t1 = time.perf_counter()
    sid = next(n["id"] for n in _nodes(page_path.read_text(encoding="utf-8")) if "blog-" in n["id"])
    x, y = chrome.execute_script(
        "var id = arguments[0]; var p = network.canvasToDOM(network.getPositions([id])[id]);"
        "var r = document.getElementById('mynetwork').getBoundingClientRect();"
        "return [Math.round(r.left + p.x), Math.round(r.top + p.y)]",
        sid,
    )
    actions = ActionChains(chrome)
    actions.w3c_actions.pointer_action.move_to_location(x + 3, y + 2)
    actions.w3c_actions.pointer_action.move_to_location(x, y)
    actions.perform()
    WebDriverWait(chrome, 10).until(
        lambda d: d.execute_script(
            "var t = document.querySelector('div.vis-tooltip');"
            "return t && t.style.visibility === 'visible' ? t.textContent : ''"
        )
    )
    shown = chrome.execute_script("return document.querySelector('div.vis-tooltip').textContent")
    assert HOSTILE_QUOTE in shown
    timings["hover"] = time.perf_counter() - t1

    assert chrome.execute_script("return typeof window.__pwned") == "undefined"
    assert chrome.execute_script("return document.querySelectorAll('img').length") == 0
    legend = chrome.execute_script("return document.querySelector('.kg-legend').innerText")
    assert "organisation" in legend and "negotiate" in legend

    shot = tmp_path / "view.png"
    assert chrome.save_screenshot(str(shot))
    png = shot.read_bytes()
    width, height, variety = _png_facts(png)
    assert (width, height) == tuple(
        chrome.execute_script(
            "return [window.innerWidth * devicePixelRatio, window.innerHeight * devicePixelRatio]"
        )
    )
    assert len(png) > 20_000 and variety > 100

    _assert_quiet(chrome, page_path)

    timings["total"] = time.perf_counter() - t0
    print("browser timings (s):", {k: round(v, 2) for k, v in timings.items()})
    print("screenshot:", shot)


def _open(chrome, path: Path) -> None:
    """Load the page from disk and wait until vis-network has drawn it."""
    from selenium.webdriver.support.ui import WebDriverWait

    chrome.get("about:blank")
    chrome.get_log("performance")  # drop the browser's own start-up requests (new tab page)
    chrome.get(path.as_uri())
    WebDriverWait(chrome, 20).until(lambda d: d.execute_script("return window.kgDrawn === true"))


def _assert_quiet(chrome, path: Path) -> None:
    """No console error, no injected script ran, and nothing but the file was requested."""
    chrome.execute_script("console.warn('kg-log-probe')")
    console = chrome.get_log("browser")
    assert any("kg-log-probe" in entry["message"] for entry in console)  # logging works
    assert [e for e in console if e["level"] == "SEVERE"] == []
    assert chrome.execute_script("return typeof window.__pwned") == "undefined"
    urls = []
    for entry in chrome.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    assert path.as_uri() in urls
    assert [u for u in urls if not u.startswith(("file:", "data:"))] == []


def _hidden(chrome) -> set[str]:
    """The node ids the DataSet reports hidden."""
    script = "return nodes.getIds({filter: function (n) { return n.hidden === true; }})"
    return set(chrome.execute_script(script))


def _set_dates(chrome, first: str, last: str) -> None:
    chrome.execute_script(
        "var f = document.getElementById('kg-from'), t = document.getElementById('kg-to');"
        "f.value = arguments[0]; t.value = arguments[1];"
        "t.dispatchEvent(new Event('change', {bubbles: true}));",
        first,
        last,
    )


@pytest.mark.browser
def test_filters_in_headless_chromium(chrome, news_result: BuildResult, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    news_result.events["e-deal"].time = None  # one event without a date
    path = tmp_path / "filters.html"
    write_html(news_result, path)
    _open(chrome, path)
    statements = {
        n["id"] for n in _nodes(path.read_text(encoding="utf-8")) if n["kind"] == "statement"
    }
    assert len(statements) == 3 and _hidden(chrome) == set()

    def click(selector: str) -> None:
        chrome.find_element(By.CSS_SELECTOR, selector).click()

    def status() -> str:
        return chrome.execute_script("return document.getElementById('kg-status').textContent")

    kind = 'input[data-group="kind"][value="statement"]'
    click(kind)  # a real click: the change event runs the filter
    assert _hidden(chrome) == statements
    assert status() == "Showing 11 of 14 nodes"
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(chrome, 10).until(lambda d: d.execute_script("return window.kgLastFilterMs"))
    click(kind)
    assert _hidden(chrome) == set() and status() == "Showing 14 of 14 nodes"

    page = path.read_text(encoding="utf-8")
    kinds = {n["id"]: n["kind"] for n in _nodes(page)}
    links = [(e["from"], e["to"]) for e in _edges(page)]

    def with_cast(events: set[str]) -> set[str]:
        """The events a filter hides and the actors left beside no shown event or
        statement (an actor goes with the events it takes part in)."""
        talk = {i for i, k in kinds.items() if k in ("event", "statement") and i not in events}
        kept = {a for a, b in links if b in talk} | {b for a, b in links if a in talk}
        return events | {i for i in kinds if i not in talk and i not in events and i not in kept}

    assert with_cast({"event:e-protest"}) > {"event:e-protest"}  # the WTO goes with it
    click('input[data-group="type"][value="protest"]')
    assert _hidden(chrome) == with_cast({"event:e-protest"})
    click('input[data-group="type"][value="protest"]')
    click('input[data-group="fact"][value="asserted"]')
    assert _hidden(chrome) == with_cast({"event:e-talks", "event:e-deal"})
    click('input[data-group="fact"][value="asserted"]')
    assert _hidden(chrome) == set()

    _set_dates(chrome, "2025-05-13", "2025-05-13")  # the talks (11-12 May) end before
    assert _hidden(chrome) == with_cast({"event:e-talks"})  # the undated deal stays: box ticked
    click("#kg-undated")
    assert _hidden(chrome) == with_cast({"event:e-talks", "event:e-deal"})
    _set_dates(chrome, "2025-05-12", "2025-05-12")  # overlaps the talks, not the protest
    assert _hidden(chrome) == with_cast({"event:e-protest", "event:e-deal"})

    click('button[data-bulk="type"][data-on="0"]')
    assert _hidden(chrome) == with_cast({"event:e-talks", "event:e-deal", "event:e-protest"})
    click("#kg-reset")
    assert _hidden(chrome) == set()
    assert chrome.execute_script("return document.getElementById('kg-from').value") == "2025-05-11"
    assert chrome.execute_script("return document.getElementById('kg-undated').checked") is True
    _assert_quiet(chrome, path)


@pytest.mark.browser
def test_search_in_headless_chromium(chrome, page_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import WebDriverWait

    _open(chrome, page_path)
    box = chrome.find_element(By.ID, "kg-search")
    box.send_keys("lindqvist", Keys.ENTER)  # typed, as a reader would

    def said() -> str:
        return chrome.execute_script(
            "return document.getElementById('kg-search-status').textContent"
        )

    assert said() == "2 matches"
    lindqvist = next(
        n["id"]
        for n in _nodes(page_path.read_text(encoding="utf-8"))
        if n["label"].startswith("Lindqvist")
    )
    selected = set(chrome.execute_script("return network.getSelectedNodes()"))
    assert selected == {"actor:maria-lindqvist", lindqvist}

    # an alias finds its actor; one match: the view centres on it and its details show
    assert chrome.execute_script("return kgSearch('eu27')") == ["actor:european-union"]
    assert said() == "1 match"
    WebDriverWait(chrome, 10).until(  # near the middle (fit centres node and label)
        lambda d: d.execute_script(
            "var id = 'actor:european-union';"
            "var p = network.canvasToDOM(network.getPositions([id])[id]);"
            "var c = document.getElementById('mynetwork');"
            "return Math.abs(p.x - c.clientWidth / 2) < 40"
            " && Math.abs(p.y - c.clientHeight / 2) < 40"
        )
    )
    shown = chrome.execute_script("return document.getElementById('kg-card').textContent")
    assert "European Union" in shown and "aliases" in shown

    # hostile names are searched as text; filtered nodes are counted, not selected
    found = chrome.execute_script("return kgSearch(arguments[0])", "<script>window.__pwned=1")
    assert "actor:hostile-group" in found
    chrome.find_element(By.CSS_SELECTOR, 'input[data-group="kind"][value="statement"]').click()
    assert chrome.execute_script("return kgSearch('Lindqvist')") == ["actor:maria-lindqvist"]
    assert said() == "1 match (1 more hidden by the filters)"
    assert chrome.execute_script("return kgSearch('no such name')") == []
    assert said() == "0 matches"
    assert chrome.execute_script("return kgSearch('')") == []
    assert chrome.execute_script("return network.getSelectedNodes()") == []
    _assert_quiet(chrome, page_path)


@pytest.mark.browser
def test_event_card_in_headless_chromium(chrome, page_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    _open(chrome, page_path)

    def panel() -> str:
        return chrome.execute_script(
            "var p = document.getElementById('kg-panel'); return p.hidden ? null : p.textContent"
        )

    assert panel() is None
    # a real click on the talks diamond opens its card
    x, y = chrome.execute_script(
        "var id = 'event:e-talks'; var p = network.canvasToDOM(network.getPositions([id])[id]);"
        "var r = document.getElementById('mynetwork').getBoundingClientRect();"
        "return [Math.round(r.left + p.x), Math.round(r.top + p.y)]"
    )
    actions = ActionChains(chrome)
    actions.w3c_actions.pointer_action.move_to_location(x, y)
    actions.w3c_actions.pointer_action.click()
    actions.perform()
    WebDriverWait(chrome, 10).until(lambda d: panel())
    card = panel()
    for expected in (
        "EU and Japan hold trade talks in Geneva",
        "negotiate",
        "asserted",
        "two days (2025-05-11 – 2025-05-12; precision: day)",
        "Switzerland host: Switzerland hosted the talks.",
        "wire-2025-05-12-eu-japan",
        "two days of talks in Geneva hosted by Switzerland.",
        "Related events (2)",
        "cause",
        "The agreement was announced at the close of the talks, by the same parties.",
    ):
        assert expected in card, expected

    # the deal: statements about it; a related event's name jumps to that event
    assert chrome.execute_script("return kgShowCard('event:e-deal')") is True
    card = panel()
    assert "Statements about it (2)" in card
    assert "We have closed the gaps that mattered most to our exporters" in card
    assert "Kenji Okada" in card and "the deal would be signed in July" in card
    chrome.find_element(By.CSS_SELECTOR, '#kg-card .kg-jump[data-node="event:e-talks"]').click()
    assert panel().startswith("×EU and Japan hold trade talks in Geneva")
    assert chrome.execute_script("return network.getSelectedNodes()") == ["event:e-talks"]

    # hostile text in a card is shown as text and runs nothing
    assert chrome.execute_script("return kgShowCard('event:e-protest')") is True
    card = panel()
    for raw in (
        HOSTILE_TITLE,
        HOSTILE_SUMMARY,
        HOSTILE_NAME,
        HOSTILE_QUOTE,
        HOSTILE_CHANNEL,
        HOSTILE_RATIONALE,
    ):
        assert raw in card, raw
    assert (
        chrome.execute_script(
            "return document.getElementById('kg-panel')"
            ".querySelectorAll('img, script, svg, a, iframe').length"
        )
        == 0
    )
    # not an event: no card; the close button and Escape hide the panel
    assert chrome.execute_script("return kgShowCard('actor:japan')") is False
    chrome.find_element(By.ID, "kg-close").click()
    assert panel() is None
    _assert_quiet(chrome, page_path)


@pytest.mark.browser
def test_big_graph_in_headless_chromium(chrome, tmp_path: Path) -> None:
    """Past SMOOTH_EDGES_MAX: the big-graph options still leave tooltips, filters, cards."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    result = BENCH.synthesize(2500, seed=5)
    path = tmp_path / "big.html"
    write_html(result, path, max_nodes=0)
    nodes = _nodes(path.read_text(encoding="utf-8"))
    _open(chrome, path)
    assert chrome.execute_script("return nodes.length") == 2500
    # arrowheads on event relations only
    arrows = chrome.execute_script(
        "return edges.get({filter: function (e) { return e.arrows === 'to'; }}).length"
    )
    assert arrows == len(result.relations)

    # zoom to an event; hovering it shows its tooltip with the evidence sentence
    event = next(n for n in nodes if n["kind"] == "event")
    chrome.execute_script(
        "network.moveTo({position: network.getPositions([arguments[0]])[arguments[0]], scale: 1})",
        event["id"],
    )
    x, y = chrome.execute_script(
        "var id = arguments[0]; var p = network.canvasToDOM(network.getPositions([id])[id]);"
        "var r = document.getElementById('mynetwork').getBoundingClientRect();"
        "return [Math.round(r.left + p.x), Math.round(r.top + p.y)]",
        event["id"],
    )
    actions = ActionChains(chrome)
    actions.w3c_actions.pointer_action.move_to_location(x + 3, y + 2)
    actions.w3c_actions.pointer_action.move_to_location(x, y)
    actions.perform()
    tip = WebDriverWait(chrome, 10).until(
        lambda d: d.execute_script(
            "var t = document.querySelector('div.vis-tooltip');"
            "return t && t.style.visibility === 'visible' ? t.textContent : ''"
        )
    )
    assert "evidence: “" in tip

    statements = {n["id"] for n in nodes if n["kind"] == "statement"}
    chrome.find_element(By.CSS_SELECTOR, 'input[data-group="kind"][value="statement"]').click()
    assert _hidden(chrome) == statements
    filter_ms = WebDriverWait(chrome, 20).until(
        lambda d: d.execute_script("return window.kgLastFilterMs")
    )
    assert chrome.execute_script("return kgShowCard(arguments[0])", event["id"]) is True
    drawn = chrome.execute_script("return kgFirstDrawMs")
    print(f"2,500 nodes: first draw {drawn:.0f} ms, hiding statements {filter_ms:.0f} ms")
    _assert_quiet(chrome, path)


@pytest.mark.browser
def test_cut_page_in_headless_chromium(chrome, big_result: BuildResult, tmp_path: Path) -> None:
    """The default cut of a graph too big to show whole draws, says so, and works."""
    from selenium.webdriver.common.by import By

    path = tmp_path / "cut.html"
    write_html(big_result, path)
    _open(chrome, path)
    assert chrome.execute_script("return nodes.length") == DEFAULT_MAX_NODES
    assert chrome.execute_script("return Object.keys(network.getPositions()).length") == (
        DEFAULT_MAX_NODES
    )
    note = chrome.find_element(By.ID, "kg-cut-note")
    assert note.is_displayed()
    assert f"{DEFAULT_MAX_NODES:,} of 7,000 nodes" in note.text and "--max-nodes 0" in note.text
    top = "event:" + list(big_result.events)[-1]
    assert chrome.execute_script("return kgSearch('The most reported event')") == [top]
    card = chrome.execute_script("return document.getElementById('kg-card').textContent")
    assert card.startswith("The most reported event") and "Sources (4)" in card
    chrome.find_element(By.CSS_SELECTOR, 'input[data-group="kind"][value="statement"]').click()
    assert (
        len(_hidden(chrome))
        == chrome.execute_script(
            "return nodes.get({filter: function (n) { return n.kind === 'statement'; }}).length"
        )
        > 0
    )
    drawn = chrome.execute_script("return kgFirstDrawMs")
    print(f"default cut, {DEFAULT_MAX_NODES:,} of 7,000 nodes: first draw {drawn:.0f} ms")
    _assert_quiet(chrome, path)


# --- reading at first sight ---------------------------------------------------------------


def _lab(colour: str) -> tuple[float, float, float]:
    """CIE L*a*b* (D65) of an sRGB ``#rrggbb``."""
    rgb = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb)
    xyz = (
        (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047,
        0.2126729 * r + 0.7151522 * g + 0.0721750 * b,
        (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883,
    )
    fx, fy, fz = (t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116 for t in xyz)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def _ciede2000(one: tuple[float, float, float], two: tuple[float, float, float]) -> float:
    """CIEDE2000 colour difference (Sharma, Wu and Dalal 2005), kL = kC = kH = 1."""
    from math import atan2, cos, degrees, exp, hypot, radians, sin, sqrt

    (l1, a1, b1), (l2, a2, b2) = one, two
    mean_c = (hypot(a1, b1) + hypot(a2, b2)) / 2
    g = 0.5 * (1 - sqrt(mean_c**7 / (mean_c**7 + 25**7)))
    a1, a2 = (1 + g) * a1, (1 + g) * a2
    c1, c2 = hypot(a1, b1), hypot(a2, b2)
    h1 = degrees(atan2(b1, a1)) % 360 if c1 else 0.0
    h2 = degrees(atan2(b2, a2)) % 360 if c2 else 0.0
    if c1 * c2 == 0:
        dh = 0.0
    elif abs(h2 - h1) <= 180:
        dh = h2 - h1
    else:
        dh = h2 - h1 - 360 if h2 > h1 else h2 - h1 + 360
    d_l, d_c, d_h = l2 - l1, c2 - c1, 2 * sqrt(c1 * c2) * sin(radians(dh / 2))
    mean_l, mean_c = (l1 + l2) / 2, (c1 + c2) / 2
    if c1 * c2 == 0:
        mean_h = h1 + h2
    elif abs(h1 - h2) <= 180:
        mean_h = (h1 + h2) / 2
    else:
        mean_h = (h1 + h2 + 360) / 2 if h1 + h2 < 360 else (h1 + h2 - 360) / 2
    t = (
        1
        - 0.17 * cos(radians(mean_h - 30))
        + 0.24 * cos(radians(2 * mean_h))
        + 0.32 * cos(radians(3 * mean_h + 6))
        - 0.20 * cos(radians(4 * mean_h - 63))
    )
    rc = 2 * sqrt(mean_c**7 / (mean_c**7 + 25**7))
    rt = -sin(radians(60 * exp(-(((mean_h - 275) / 25) ** 2)))) * rc
    sl = 1 + 0.015 * (mean_l - 50) ** 2 / sqrt(20 + (mean_l - 50) ** 2)
    sc, sh = 1 + 0.045 * mean_c, 1 + 0.015 * mean_c * t
    return sqrt((d_l / sl) ** 2 + (d_c / sc) ** 2 + (d_h / sh) ** 2 + rt * d_c / sc * d_h / sh)


def test_ciede2000_gives_the_published_differences() -> None:
    """Pairs 1, 7, 17 and 25 of Sharma, Wu and Dalal's CIEDE2000 test data."""
    for one, two, expected in (
        ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
        ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
        ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
        ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ):
        assert abs(_ciede2000(one, two) - expected) < 5e-5, (one, two)
    # sRGB to Lab: white, black and the sRGB red primary
    for colour, lab, tolerance in (
        ("#ffffff", (100, 0, 0), 0.01),
        ("#000000", (0, 0, 0), 0.01),
        ("#ff0000", (53.24, 80.09, 67.20), 0.05),
    ):
        assert all(abs(x - y) < tolerance for x, y in zip(_lab(colour), lab, strict=True))


def test_events_are_coloured_by_a_few_families() -> None:
    from kg.taxonomy import EVENT_TYPES, FAMILIES

    families = kg_html.EVENT_FAMILIES
    assert 6 <= len(families) <= 8
    listed = [t for _, types in families.values() for t in types]
    assert sorted(listed) == sorted(EVENT_TYPES)  # every type, each in one family
    for name, types in FAMILIES.items():  # the taxonomy's families are never split
        assert len({kg_html.event_family(t) for t in types}) == 1, name
    assert kg_html.event_type_colour("use_of_force") == kg_html.event_type_colour("Crime")
    assert kg_html.event_type_colour("statement") == kg_html.event_type_colour("Negotiate")
    assert kg_html.event_type_colour("NoSuchType") == families["other"][0]
    # the pairs of the issue no one could tell apart are one family or far apart now
    for a, b in (("MakeStatement", "Movement"), ("Agree", "Contest"), ("Accident", "Disaster")):
        one, two = kg_html.event_type_colour(a), kg_html.event_type_colour(b)
        assert one == two or _ciede2000(_lab(one), _lab(two)) >= 15, (a, b)


def test_legend_colours_are_pairwise_distinguishable(sample_build) -> None:
    """Every colour the sample page's legend shows (actor kinds, event families, the
    statement square) is at least 15 CIEDE2000 units from every other."""
    _, out = sample_build
    page = (out / "graph.html").read_text(encoding="utf-8")
    swatches = sorted(set(re.findall(r"background:(#[0-9a-f]{6})", _controls(page))))
    families = {c for c, _ in kg_html.EVENT_FAMILIES.values()}
    assert len(swatches) >= 10 and len(families & set(swatches)) >= 6
    pairs = [
        (_ciede2000(_lab(a), _lab(b)), a, b)
        for i, a in enumerate(swatches)
        for b in swatches[i + 1 :]
    ]
    worst = min(pairs)
    print(f"legend: {len(swatches)} colours, least CIEDE2000 difference {worst[0]:.1f} {worst[1:]}")
    assert worst[0] >= 15, worst


def test_legend_groups_event_types_by_family(page: str) -> None:
    controls = _controls(page)
    heads = re.findall(r'<span class="kg-family">.*?</span>([^<]+) <span', controls)
    assert heads == ["talks", "deals &amp; aid", "pressure"]  # the families present, in order
    talks = controls.index('<span class="kg-family">')
    assert talks < controls.index('value="negotiate"') < controls.index("deals &amp; aid")


def test_weak_links_are_hidden_until_asked_for(news_result: BuildResult, tmp_path: Path) -> None:
    from kg.model import Relation

    news_result.relations.append(Relation("e-talks", "e-protest", "SameStory", 0.3, "One story."))
    path = tmp_path / "weak.html"
    write_html(news_result, path)
    page = path.read_text(encoding="utf-8")
    weak = [e for e in _edges(page) if e["label"] == "SameStory"]
    assert len(weak) == 1 and weak[0]["hidden"] is True and weak[0]["weak"] is True
    assert all("hidden" not in e for e in _edges(page) if e["label"] != "SameStory")
    assert re.search(
        r'<input type="checkbox" id="kg-weak">SameStory: weak links, hidden until ticked '
        r'<span class="kg-count">\(1\)</span>',
        _controls(page),
    )


def test_script_and_style_are_package_files_inlined(page: str) -> None:
    from importlib import resources

    view = resources.files("kg.export") / "view"
    for name in ("network.js", "page.js", "page.css"):
        text = (view / name).read_text(encoding="utf-8")
        assert len(text) > 1000 and text in page, name
    assert page.index("function kgAfterNetwork") < page.index("new vis.Network(")
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert '"kg.export" = ["view/*.js", "view/*.css"]' in pyproject


def test_labels_are_plain_text_ranked(news_result: BuildResult, page: str) -> None:
    """Every node has a rank; the top event comes first, then its actors, statements last;
    vis-network draws no node label (the page does)."""
    nodes = sorted(_nodes(page), key=lambda n: n["rank"])
    assert sorted(n["rank"] for n in nodes) == list(range(len(nodes)))
    assert nodes[0]["id"] == "event:e-deal"  # two sources
    assert {n["id"] for n in nodes[1:3]} == {"actor:european-union", "actor:japan"}
    assert {n["kind"] for n in nodes[-3:]} == {"statement"}
    talks = next(n for n in nodes if n["id"] == "event:e-talks")
    assert talks["typeLabel"] == "negotiation"
    options = json.loads(re.search(r"var options = (\{.*?\});\n", page, re.S).group(1))
    assert options["nodes"]["scaling"]["label"]["drawThreshold"] >= 1000


def test_statement_tooltips_of_the_sample_say_what_and_when_once(sample_build) -> None:
    result, out = sample_build
    nodes = _nodes((out / "graph.html").read_text(encoding="utf-8"))
    statements = [n for n in nodes if n["kind"] == "statement"]
    about = 0
    for node in statements:
        lines = node["title"].split("<br>")
        said = [x for x in lines if x.startswith("said: ")]
        for line in said:  # a date is given once
            days = re.findall(r"\d{4}-\d{2}-\d{2}", line)
            assert len(days) == len(set(days)), line
            assert "precision" not in line
        about += any(x.startswith("about: ") for x in lines)
    # most say what they are about: 63 of the samples' 79 (64 of 80 while a relative
    # clause's "an incident" was a speaker, whose junk statement had an about line)
    assert about >= len(statements) * 0.75, (about, len(statements))


# --- in the browser, at 1400 x 900 -----------------------------------------------------------

WINDOW = (1400, 900)
# The label boxes of the last frame, measured from vis-network's positions and scale and
# the canvas: where the node is (canvasToDOM), how far below it (or above it, where
# below had no room) the label starts (its size times the scale), how wide its lines
# are at the font size drawn (measureText) and how many dark pixels the canvas holds
# there (the text's ink).
MEASURE_LABELS = """
var scale = network.getScale();
var canvas = document.querySelector('#mynetwork canvas');
var ratio = canvas.width / canvas.clientWidth;
var ctx = document.createElement('canvas').getContext('2d');
var data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
function ink(l, t, r, b) {
  var n = 0;
  for (var y = Math.max(0, Math.floor(t * ratio)); y < Math.ceil(b * ratio); y++) {
    for (var x = Math.max(0, Math.floor(l * ratio)); x < Math.ceil(r * ratio); x++) {
      var i = 4 * (y * canvas.width + x);
      if (data[i] < 60 && data[i + 1] < 60 && data[i + 2] < 60 && data[i + 3] > 200) { n++; }
    }
  }
  return n;
}
return {scale: scale, width: canvas.clientWidth, height: canvas.clientHeight,
  labels: kgLabels.map(function (l) {
    var p = network.canvasToDOM(network.getPositions([l.id])[l.id]);
    ctx.font = l.px + 'px ' + KG_FONT;
    var w = Math.max.apply(null, l.lines.map(function (t) { return ctx.measureText(t).width; }));
    var r = nodes.get(l.id).size * scale, lh = Math.ceil(l.px * 1.2);
    var tall = Math.ceil((l.lines.length + (l.sub ? 0.85 : 0)) * lh) + 1;
    var top = l.top < p.y ? p.y - r - 2 - tall : p.y + r + 2;  // above the node, or below
    var bottom = top + l.lines.length * lh;
    return {id: l.id, px: l.px, text: l.lines.join(' '), left: p.x - w / 2,
            right: p.x + w / 2, top: top, bottom: bottom,
            ink: ink(p.x - w / 2, top, p.x + w / 2, bottom)};
  })};
"""


def _window(chrome) -> None:
    """A viewport of exactly WINDOW css pixels at one device pixel each."""
    width, height = WINDOW
    chrome.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
    )


def _labels(chrome) -> dict:
    """The drawn labels (see MEASURE_LABELS), after the view has settled."""
    from selenium.webdriver.support.ui import WebDriverWait

    time.sleep(0.45)  # a frame's animation takes 0.4 s
    WebDriverWait(chrome, 10).until(  # and a loaded machine may take longer
        lambda d: d.execute_script("return !(network.view && network.view.easingTime)")
    )
    chrome.execute_script("window.kgSettled = false; network.once('afterDrawing', function () {"
                          " window.kgSettled = true; }); network.redraw();")
    WebDriverWait(chrome, 10).until(lambda d: d.execute_script("return window.kgSettled"))
    return chrome.execute_script(MEASURE_LABELS)


def _assert_legible(measured: dict, at_least: int) -> list[dict]:
    """At least ``at_least`` labels, every one at 11 px or more, inside the canvas, with
    ink where it should be, and no two overlapping."""
    labels = measured["labels"]
    assert len(labels) >= at_least, [x["text"] for x in labels]
    for x in labels:
        assert x["px"] >= 11, x
        assert x["left"] >= 0 and x["right"] <= measured["width"], x
        assert x["top"] >= 0 and x["bottom"] <= measured["height"], x
        assert x["ink"] >= 10, x  # drawn, not only listed
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            apart = (
                a["right"] <= b["left"]
                or b["right"] <= a["left"]
                or a["bottom"] <= b["top"]
                or b["bottom"] <= a["top"]
            )
            assert apart, (a, b)
    return labels


@pytest.mark.browser
def test_sample_page_reads_at_first_sight(chrome, sample_build) -> None:
    result, out = sample_build
    path = out / "graph.html"
    nodes = {n["id"]: n for n in _nodes(path.read_text(encoding="utf-8"))}
    _window(chrome)
    _open(chrome, path)
    measured = _labels(chrome)
    labels = _assert_legible(measured, 15)
    sizes = [x["px"] for x in labels]
    print(
        f"at load: scale {measured['scale']:.2f}, {len(labels)} labels at "
        f"{min(sizes):.0f}-{max(sizes):.0f} px, none overlapping"
    )
    # the top event and its actors are among them, named as on the page
    top = min(nodes.values(), key=lambda n: n["rank"])
    shown = {x["id"] for x in labels}
    assert top["kind"] == "event" and top["id"] in shown
    edges = _edges(path.read_text(encoding="utf-8"))
    cast = {e["from"] for e in edges if e["to"] == top["id"] and e["from"].startswith("actor:")}
    assert cast and cast <= shown
    for x in labels:
        assert x["text"].rstrip("…").replace(" ", "") in nodes[x["id"]]["label"].replace(" ", "")
    # weak links drawn nowhere until ticked
    weak = chrome.execute_script(
        "return edges.get({filter: function (e) { return e.weak; }})"
        ".map(function (e) { return e.hidden === true; })"
    )
    assert weak and all(weak)
    from selenium.webdriver.common.by import By

    chrome.find_element(By.ID, "kg-weak").click()
    assert chrome.execute_script(
        "return edges.get({filter: function (e) { return e.weak && !e.hidden; }}).length"
    ) == len(weak)

    # zoomed out on the whole graph: still legible and apart, so most nodes go unnamed;
    # zoomed in: at most 16 px
    chrome.execute_script("network.fit()")
    far = _assert_legible(_labels(chrome), 3)
    assert len(far) < len(nodes) / 3
    chrome.execute_script(
        "network.moveTo({position: network.getPositions([arguments[0]])[arguments[0]],"
        " scale: 2.5})",
        top["id"],
    )
    close = _assert_legible(_labels(chrome), 1)
    assert max(x["px"] for x in close) <= 16

    # a search frames its top matches with their labels drawn
    found = chrome.execute_script("return kgSearch('Dunne')")
    assert len(found) >= 5
    measured = _labels(chrome)
    labels = _assert_legible(measured, 5)
    named = {x["id"] for x in labels} & set(found)
    assert len(named) >= 5, named
    print(f"search 'Dunne': {len(found)} matches, {len(named)} labelled, "
          f"scale {measured['scale']:.2f}")

    # a filter frames what it leaves: only the violence family, no statements
    chrome.execute_script(
        "document.querySelector('button[data-bulk=type][data-on=\"0\"]').click();"
        "['UseOfForce', 'Crime'].forEach(function (t) {"
        "  var box = document.querySelector('input[data-group=type][value=' + t + ']');"
        "  if (box) { box.click(); } });"
        "document.querySelector('input[data-group=kind][value=statement]').click();"
    )
    measured = _labels(chrome)
    labels = _assert_legible(measured, 5)
    violent = {f"event:{e}" for e, ev in result.events.items() if ev.type == "UseOfForce"}
    assert len({x["id"] for x in labels} & violent) >= 3
    # and the actors it leaves are the cast of what it kept, not of the events it hid
    cast = chrome.execute_script(
        "var on = {}, talk = {event: true, statement: true};"
        "nodes.get({filter: function (n) { return !n.hidden; }})"
        "  .forEach(function (n) { on[n.id] = n.kind; });"
        "var kept = {};"
        "edges.get().forEach(function (e) {"
        "  if (talk[on[e.to]] && on[e.from] && !talk[on[e.from]]) { kept[e.from] = true; }"
        "  if (talk[on[e.from]] && on[e.to] && !talk[on[e.to]]) { kept[e.to] = true; } });"
        "var actors = Object.keys(on).filter(function (id) { return !talk[on[id]]; });"
        "return [actors.length, actors.filter(function (id) { return !kept[id]; })];"
    )
    assert 0 < cast[0] < len([n for n in nodes.values() if n["kind"] not in ("event", "statement")])
    assert cast[1] == [], cast[1]
    assert measured["scale"] >= chrome.execute_script("return FRAME_MIN_SCALE") - 1e-9
    _assert_quiet(chrome, path)


@pytest.mark.browser
def test_tooltip_closes_when_a_card_opens(chrome, page_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.support.ui import WebDriverWait

    _open(chrome, page_path)
    x, y = chrome.execute_script(
        "var id = 'event:e-talks'; var p = network.canvasToDOM(network.getPositions([id])[id]);"
        "var r = document.getElementById('mynetwork').getBoundingClientRect();"
        "return [Math.round(r.left + p.x), Math.round(r.top + p.y)]"
    )
    tip = (
        "var t = document.querySelector('div.vis-tooltip');"
        "return t && t.style.visibility === 'visible' ? t.textContent : ''"
    )
    actions = ActionChains(chrome)
    actions.w3c_actions.pointer_action.move_to_location(x + 3, y + 2)
    actions.w3c_actions.pointer_action.move_to_location(x, y)
    actions.perform()
    assert "EU and Japan hold trade talks" in WebDriverWait(chrome, 10).until(
        lambda d: d.execute_script(tip)
    )
    actions = ActionChains(chrome)
    actions.w3c_actions.pointer_action.click()
    actions.perform()
    WebDriverWait(chrome, 10).until(
        lambda d: not d.execute_script("return document.getElementById('kg-panel').hidden")
    )
    assert chrome.execute_script(tip) == ""
    time.sleep(0.5)  # and it does not come back while the pointer rests on the node
    assert chrome.execute_script(tip) == ""
    _assert_quiet(chrome, page_path)


# --- the README's picture -------------------------------------------------------------------

PICTURE = load_bench("page_picture.py")
STALE = "docs/graph-page.png is stale: run python bench/page_picture.py"


def _picture_facts() -> dict:
    png = PICTURE.PICTURE.read_bytes()
    text = PICTURE.read_chunk(png)
    assert text is not None, f"{STALE} (no kg-page chunk)"
    return {"size": _png_facts(png)[:2], **json.loads(text)}


def test_readme_picture_is_of_the_current_page_code() -> None:
    """The picture says which code drew it: the page's code now (cheap, no browser)."""
    facts = _picture_facts()
    assert facts["size"] == WINDOW == tuple(facts["window"])
    assert facts["view"] == PICTURE.view_digest(), STALE
    assert len(facts["labels"]) >= 15
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "](docs/graph-page.png)" in readme


@pytest.mark.browser
def test_readme_picture_shows_what_the_samples_draw_at_load(chrome, sample_build) -> None:
    """The labels the picture shows are those a build of the samples draws at load now."""
    _, out = sample_build
    assert PICTURE.open_page(chrome, out / "graph.html") == _picture_facts()["labels"], STALE


@pytest.mark.skipif(not shutil.which("node"), reason="needs node (Debian's nodejs)")
def test_page_scripts_parse() -> None:
    """The page's scripts are plain files: node checks their syntax without running them."""
    for name in ("network.js", "page.js"):
        path = REPO / "kg" / "export" / "view" / name
        proc = subprocess.run(["node", "--check", str(path)], capture_output=True, text=True)
        assert proc.returncode == 0, proc.stderr


def test_remote_resource_check_finds_what_its_plain_form_finds() -> None:
    """The page's last check (a remote src/href left in it) is written for speed, a
    letter looked back at instead of a leading word boundary: it must find exactly
    what the plain pattern finds, case, spacing, quotes and word boundaries alike."""
    pages = [
        '<img src="https://example.org/a.png">',
        "<a HREF = '//cdn.example.org/x.js'>",
        "<script SRC=http://example.org/x.js></script>",
        '<a data-href="//example.org">',  # a boundary after the hyphen: found
        "<a xhref=//example.org>",  # no boundary before "href": not found
        "_src=//example.org",
        "see ſrc=//example.org",  # long s: one letter with "s" when case is ignored
        "<p>src is a word; href=relative/path and srcset=//x</p>",
        "é src = \t'//example.org'",
        "srchref=//x href=https://y",
        "",
    ]
    for page in pages:
        want = [m.span() for m in REMOTE.finditer(page)]
        assert [m.span() for m in kg_html._REMOTE_RESOURCE.finditer(page)] == want, page

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
from conftest import HOSTILE_CHANNEL, HOSTILE_NAME, HOSTILE_QUOTE, HOSTILE_STRINGS

from kg.export.html import write_html
from kg.model import BuildResult

REPO = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
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
    # the actors it is about, by name: the hostile one escaped, the unknown id skipped
    assert f"about: {html.escape(HOSTILE_NAME)}, European Union" in statement["title"]
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
    assert {n["shape"] for i, n in nodes.items() if i.startswith("statement:")} == {"box"}
    # one colour per actor kind, distinct across kinds; more mentions, bigger dot
    kind_colours = {}
    for actor_id, actor in news_result.actors.items():
        kind_colours.setdefault(actor.kind, set()).add(nodes[f"actor:{actor_id}"]["color"])
    assert all(len(c) == 1 for c in kind_colours.values())
    assert len({c for cs in kind_colours.values() for c in cs}) == len(kind_colours)
    assert nodes["actor:european-union"]["size"] > nodes["actor:switzerland"]["size"]
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
        "said: after the meeting (2025-05-12; precision: day)",
        "to: reporters",
        "about: European Union, Japan",
    ):
        assert expected in quote["title"]
    assert "channel:" not in quote["title"]  # none given
    said = next(n for i, n in nodes.items() if i.startswith("statement:") and "Okada" in n["label"])
    lines = said["title"].split("<br>")
    assert "type: announcement · kind: indirect · cue: “said”" in lines
    assert "said: in May (2025-05-01 – 2025-05-31; precision: month)" in lines
    assert "channel: in a statement" in lines
    assert "about: Japan" in lines  # "the carmakers" is not an actor id: left out


def test_legend_and_heading(page: str) -> None:
    legend = re.search(r'<div class="kg-legend">(.*?)</div>', page, re.S)
    assert legend, "no legend"
    text = legend.group(1)
    for kind in ("person", "organisation", "country", "group", "place"):
        assert f"</span>{kind}</span>" in text
    for event_type in ("negotiate (1)", "agree (1)", "protest (1)"):
        assert event_type in text
    assert "Statements" in text and "kg-dashed" in text
    assert "<h1>News knowledge graph</h1>" in page
    assert "<title>News knowledge graph</title>" in page
    assert "kg-cut-note" not in page


def test_max_nodes_keeps_the_most_connected(news_result: BuildResult, tmp_path: Path) -> None:
    path = tmp_path / "cut.html"
    write_html(news_result, path, max_nodes=3)
    page = path.read_text(encoding="utf-8")
    nodes = _nodes(page)
    assert {n["id"] for n in nodes} == {"event:e-talks", "event:e-deal", "event:e-protest"}
    edges = _edges(page)
    assert {(e["from"], e["to"]) for e in edges} == {
        ("event:e-talks", "event:e-deal"),
        ("event:e-protest", "event:e-talks"),
    }
    note = re.search(r'<p class="kg-note" id="kg-cut-note">(.*?)</p>', page, re.S)
    assert note and "3 most connected of 14 nodes" in note.group(1)
    # a limit the graph fits in changes nothing
    full = tmp_path / "full.html"
    write_html(news_result, full, max_nodes=14)
    assert len(_nodes(full.read_text(encoding="utf-8"))) == 14
    with pytest.raises(ValueError):
        write_html(news_result, tmp_path / "none.html", max_nodes=0)


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


@pytest.fixture
def chrome(tmp_path: Path):
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        pytest.skip("needs /usr/bin/chromium and /usr/bin/chromedriver")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1400,1000",
        f"--user-data-dir={tmp_path / 'chrome-profile'}",
    ):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(tmp_path / "chrome-profile", ignore_errors=True)


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
            " && typeof nodes !== 'undefined' && nodes !== null"
        )
    )
    timings["load"] = time.perf_counter() - t0

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

    # console: no error; logging itself works (the probe is recorded)
    chrome.execute_script("console.warn('kg-log-probe')")
    console = chrome.get_log("browser")
    assert any("kg-log-probe" in entry["message"] for entry in console)
    assert [e for e in console if e["level"] == "SEVERE"] == []

    # network: only the file itself (and data: URLs) were requested
    urls = []
    for entry in chrome.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    assert page_path.as_uri() in urls
    assert [u for u in urls if not u.startswith(("file:", "data:"))] == []

    timings["total"] = time.perf_counter() - t0
    print("browser timings (s):", {k: round(v, 2) for k, v in timings.items()})
    print("screenshot:", shot)

"""Text shown to people cannot disguise itself (issue #25): a right-to-left override
(U+202E) in an outlet, a title or a speaker's name stays inside its value in the cards,
the page's tooltips, card panel and labels; a statement that a spreadsheet would run as
a formula is neutralised in CSV and kept in JSON Lines; an address that is no IRI is
never typed xsd:anyURI.

The article is ours: one short wire report, built through the whole pipeline from a
JSON record whose title, outlet ("source") and a speaker's name hold U+202E, whose
``url`` holds a TAB, and in which a minister is quoted as "+SUM(A1:A9) …"."""

from __future__ import annotations

import csv
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import rapper_count

import kg
from kg.config import Settings
from kg.export.display import FSI, LRI, PDF, PDI, RLE, RLO, balance, isolate, strip_controls
from kg.validate import validate

TITLE = f"Trade talks{RLO} resume in Geneva"
OUTLET = f"Lakeside{RLO} Wire"
SPEAKER = f"Maria Lind{RLO}qvist"
FORMULA = "+SUM(A1:A9) is not how we count jobs"
URL_WITH_TAB = "https://news.example.test/geneva\ttalks"
TEXT = (
    "GENEVA - Trade ministers of the European Union and Japan met in Geneva on Monday to "
    "resume talks on tariffs. "
    f"EU trade commissioner {SPEAKER} said the talks on tariffs had gone well. "
    f'"{FORMULA}," said Kenji Okada, Japan\'s trade minister.'
)
FORMATS = ("turtle", "trig", "nt", "jsonld", "jsonl", "csv")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bidi")
    record = {
        "id": "geneva-talks",
        "title": TITLE,
        "source": OUTLET,
        "url": URL_WITH_TAB,
        "published": "2026-11-10",
        "text": TEXT,
    }
    (folder / "in").mkdir()
    (folder / "in" / "talks.json").write_text(json.dumps([record]), encoding="utf-8")
    kg.build([folder / "in"], folder / "out", Settings(formats=FORMATS))
    return folder / "out"


# --- what a control can reach -------------------------------------------------------------


def leaks(line: str) -> list[int]:
    """Offsets of the characters of ``line`` that an embedding or override opened in
    the line reaches from outside any isolate (the Unicode bidi algorithm's explicit
    levels, rules X2-X8), plus the line's end when something is still open there. In a
    line where each article value sits in its own isolate, that list is empty."""
    stack: list[str] = []
    out = []
    for i, ch in enumerate(line):
        if ch in (RLE, RLO, "\u202a", "\u202d"):
            stack.append(PDF)
        elif ch in (LRI, "\u2067", FSI):
            stack.append(PDI)
        elif ch == PDF:
            if stack and stack[-1] == PDF:
                stack.pop()
        elif ch == PDI:
            if PDI in stack:
                while stack.pop() != PDI:
                    pass
        elif stack and PDI not in stack:
            out.append(i)  # under an override that no isolate encloses
    if stack:
        out.append(len(line))
    return out


def test_leaks_sees_the_issue_s_line() -> None:
    # the card line of the issue: the outlet's override turns the date around
    line = f"- {TITLE} ({OUTLET}, 2026-11-10)"
    assert line.index("2026") in leaks(line)


def test_balance_closes_what_a_value_opens_and_drops_stray_closers() -> None:
    assert balance(f"a{RLO}b") == [f"a{RLO}b{PDF}"]
    assert balance(f"a{PDI}{RLO}b") == [f"a{RLO}b{PDF}"]  # a PDI would end our isolate
    assert balance(f"{RLE}a{PDF}{PDF}b") == [f"{RLE}a{PDF}b"]
    assert balance(f"{LRI}a{RLO}b{PDI}c") == [f"{LRI}a{RLO}b{PDI}c"]  # the PDI ends both
    assert balance(f"{LRI}a{PDF}b") == [f"{LRI}ab{PDI}"]  # a PDF cannot leave an isolate
    assert balance(f"x{RLO}y", "m", "z") == [f"x{RLO}y", "m", f"z{PDF}"]
    assert isolate(f"a{PDI}{RLO}b") == f"{FSI}a{RLO}b{PDF}{PDI}"
    assert isolate("Lakeside Wire") == "Lakeside Wire"  # plain text as it was
    assert leaks(f"x {isolate(f'a{PDI}{RLO}b')} y") == []


# --- events.md ----------------------------------------------------------------------------


def test_card_lines_keep_each_value_s_controls_inside_it(built: Path) -> None:
    md = (built / "events.md").read_text(encoding="utf-8")
    lines = md.splitlines()
    assert [line for line in lines if leaks(line)] == []
    sources = [line for line in lines if line.endswith(", 2026-11-10)")]
    assert sources and all(isolate(OUTLET) in line and isolate(TITLE) in line for line in sources)
    said = [line for line in lines if SPEAKER in line and line.startswith("- ")]
    assert said and all(f"{isolate(SPEAKER)} (claim" in line for line in said)


def test_cards_of_plain_text_do_not_change(sample_build) -> None:
    # the samples hold no bidi text: their cards are what they were (output/ is checked
    # byte for byte in test_build); here no isolate appears in them
    _, out = sample_build
    md = (out / "events.md").read_text(encoding="utf-8")
    assert not re.search("[\u202a-\u202e\u2066-\u2069]", md)


# --- the page -----------------------------------------------------------------------------


class _Bdi(HTMLParser):
    """Each text run of an HTML fragment with how many ``<bdi>`` enclose it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.runs: list[tuple[int, str]] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.depth += tag == "bdi"

    def handle_endtag(self, tag) -> None:
        self.depth -= tag == "bdi"

    def handle_data(self, data) -> None:
        self.runs.append((self.depth, data))


def bare_controls(fragment: str) -> list[str]:
    """Text runs of an HTML fragment that hold a bidi control outside any ``<bdi>``, or
    whose controls do not pair up within their ``<bdi>``."""
    parser = _Bdi()
    parser.feed(fragment)
    return [
        text
        for depth, text in parser.runs
        if strip_controls(text) != text and (depth == 0 or leaks(f"{FSI}{text}{PDI}"))
    ]


def page_parts(built: Path) -> tuple[list[dict], dict[str, str]]:
    page = (built / "graph.html").read_text(encoding="utf-8")
    start = page.index("nodes = new vis.DataSet(") + len("nodes = new vis.DataSet(")
    nodes, _ = json.JSONDecoder().raw_decode(page, start)
    cards = re.search(r'<script type="application/json" id="kg-cards">(.*?)</script>', page, re.S)
    return nodes, json.loads(cards[1])


def test_page_isolates_tooltips_cards_and_labels(built: Path) -> None:
    nodes, cards = page_parts(built)
    titles = [n["title"] for n in nodes]
    assert any(OUTLET in t for t in titles) and any(SPEAKER in t for t in titles)
    assert [t for t in titles if bare_controls(t)] == []
    assert any(OUTLET in c for c in cards.values())
    assert [c for c in cards.values() if bare_controls(c)] == []
    # canvas labels are drawn a line at a time: no explicit control is left in them,
    # and the search finds the name by what it shows
    assert [n["label"] for n in nodes if strip_controls(n["label"]) != n["label"]] == []
    speaker = next(n for n in nodes if n["id"] == "actor:maria-lindqvist")
    assert speaker["label"] == "Maria Lindqvist"


def test_page_shows_the_date_after_the_outlet_in_reading_order(chrome, built: Path) -> None:
    """In Chromium, the date beside the outlet reads left to right in the card panel and
    in the event's tooltip (with the override reaching it, its digits came out in
    reverse order, as in the issue)."""
    from test_view import _open

    _open(chrome, built / "graph.html")
    event = chrome.execute_script(
        "return nodes.getIds().filter(function (id) { return window.kgShowCard(id) &&"
        " document.getElementById('kg-card').textContent.indexOf('Geneva') >= 0; })[0]"
    )
    assert event
    lefts = chrome.execute_script(
        """
        function lefts(root) {
          var walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT), node;
          while ((node = walk.nextNode())) {
            var at = node.data.indexOf("2026-11-10");
            if (at >= 0 && node.parentNode.closest("i")) {
              var out = [];
              for (var i = at; i < at + 10; i++) {
                var range = document.createRange();
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                out.push(range.getBoundingClientRect().left);
              }
              return out;
            }
          }
          return null;
        }
        window.kgShowCard(arguments[0]);
        var card = lefts(document.getElementById("kg-card"));
        var tip = nodes.get(arguments[0]).title.cloneNode(true);
        tip.style.position = "fixed";
        tip.style.top = "0";
        tip.style.width = "60em";
        document.body.appendChild(tip);
        return [card, lefts(tip)];
        """,
        event,
    )
    for where, xs in zip(("card", "tooltip"), lefts, strict=True):
        assert xs is not None, where
        assert xs == sorted(xs) and xs[0] < xs[-1], (where, xs)


# --- CSV ----------------------------------------------------------------------------------


def test_formula_cells_neutralised_in_csv_kept_in_jsonl(built: Path) -> None:
    with (built / "statements.csv").open(encoding="utf-8", newline="") as f:
        texts = [row["text"] for row in csv.DictReader(f)]
    assert "'" + FORMULA in texts and FORMULA not in texts
    jsonl = [json.loads(x) for x in (built / "statements.jsonl").read_text().splitlines()]
    assert FORMULA in [row["text"] for row in jsonl]


def test_csv_cell_rule() -> None:
    from kg.export.tables import csv_cell, to_csv

    for text in ("=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx", "\uff1d1+1", "\uff20x"):
        assert csv_cell(text) == "'" + text
    for value in ("Geneva", "", "'quoted", " =spaced", -0.5, -3, True, None):
        assert csv_cell(value) == value  # numbers stay numbers: a negative score is data
    out = to_csv([{"text": "=HYPERLINK(1)", "score": -0.25, "tags": ["-x", "y"]}])
    assert out.splitlines()[1] == "'=HYPERLINK(1),-0.25,'-x; y"


# --- URLs ---------------------------------------------------------------------------------


def test_url_iri() -> None:
    from kg.export.rdf import url_iri

    assert url_iri("https://a.example/x y") == "https://a.example/x%20y"
    assert url_iri(" https://a.example/ok\n") == "https://a.example/ok"
    assert url_iri('https://a.example/{a}|"b"') == "https://a.example/%7Ba%7D%7C%22b%22"
    assert url_iri(f"https://a.example/{RLO}x") == "https://a.example/%E2%80%AEx"
    assert url_iri("https://a.example/é") == "https://a.example/é"
    for bad in (URL_WITH_TAB, "https://a.example/%zz", "www.example.test/news", "a\x01b:c"):
        assert url_iri(bad) is None


def test_url_that_is_no_iri_is_a_plain_string(built: Path) -> None:
    ttl = built / "graph.ttl"
    assert rapper_count(ttl) > 10
    store = ox.Store()
    store.load(path=str(ttl), format=ox.RdfFormat.TURTLE)
    (url,) = [
        q.object
        for q in store.quads_for_pattern(None, ox.NamedNode("https://schema.org/url"), None)
    ]
    assert url.value == URL_WITH_TAB
    assert url.datatype == ox.NamedNode("http://www.w3.org/2001/XMLSchema#string")
    report = validate([ttl])  # the shapes take an address that is no IRI as a string
    assert report.conforms, report.text()
    # every xsd:anyURI literal of every graph file is an IRI (what Jena's strict reader checks)
    any_uri = ox.NamedNode("http://www.w3.org/2001/XMLSchema#anyURI")
    for name, fmt in (("graph.ttl", ox.RdfFormat.TURTLE), ("graph.nt", ox.RdfFormat.N_TRIPLES)):
        for quad in ox.parse(path=str(built / name), format=fmt):
            if isinstance(quad.object, ox.Literal) and quad.object.datatype == any_uri:
                ox.NamedNode(quad.object.value)

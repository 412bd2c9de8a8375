"""Property-based tests (hypothesis) of the whole path from text to export (issue #9).

News-like but hostile articles (names and reporting verbs, split and unbalanced quotes,
paragraphs of the sample articles, mixed with control characters, every kind of line
break, direction marks, combining marks, emoji, lone surrogates, Turtle/JSON/HTML syntax
and very long words) and arbitrary metadata go through the real path: an input file
(.jsonl, .json, .html, .txt, .md), ``kg.build``, every output format. For every input:

* the build finishes, or (for input that is not an article at all, e.g. nothing left
  after cleaning) raises :class:`kg.errors.KgError` with a message; never another
  exception, never an "extraction failed" error, and every article ingest reads is built;
* every graph file parses in pyoxigraph, and the text formats in rapper's strict mode
  without a warning; all formats hold the same triples;
* the graph conforms to the shapes (``kg.validate``);
* every literal round-trips: each text, name, title and rationale in the
  ``BuildResult`` comes back from the parsed Turtle as exactly the same string (and from
  the JSONL and CSV tables), and each mention's selector (``oa:exact``, ``oa:prefix``,
  ``oa:suffix``, ``oa:start``/``oa:end``) is the source text at its offsets;
* the tables join: every actor, event and statement id a row gives is a row's id;
* a second build of the same input, in this process and in another with another hash
  seed, gives byte-identical files (``SOURCE_DATE_EPOCH`` pins void.ttl's time), and so
  does an update that adds some of the articles to a build of the others;
* any ``--base-iri`` or ``--license`` gives readable files, or a KgError naming it.

The model loads once per process; an example takes about a second (two builds, the
shapes, rapper). Examples are random on each run (no database is kept; a failure prints
the shrunk input and a ``@reproduce_failure`` blob); ``KG_PROPERTY_EXAMPLES=10`` runs
ten times as many. Inputs that once failed are pinned with ``@example``.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from html import escape
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import SAMPLE_DATE, need_tool, rapper_count
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

import kg
from kg import ingest
from kg.errors import KgError

# pyvis (the HTML view's) imports jedi, which raises the recursion limit: imported
# before hypothesis runs, so hypothesis does not warn that it changed during a test
from kg.export import html as _html  # noqa: F401
from kg.export.rdf import CONTEXT, Iris, url_iri
from kg.export.tables import csv_cell
from kg.model import BuildResult, Evidence
from kg.pipeline import update
from kg.validate import validate

FORMATS = ("turtle", "trig", "nt", "jsonld", "jsonl", "csv")
GRAPH_FILES = {
    "graph.ttl": (ox.RdfFormat.TURTLE, "turtle"),
    "graph.trig": (ox.RdfFormat.TRIG, "trig"),
    "graph.nt": (ox.RdfFormat.N_TRIPLES, "ntriples"),
    "graph.jsonld": (ox.RdfFormat.JSON_LD, None),  # rapper reads no JSON-LD
}
PUBLISHED = date.fromisoformat(SAMPLE_DATE)
BASE = "https://w3id.org/kgnews/id/"
EPOCH = "1763337600"

KG_NS = "https://w3id.org/kgnews/ns#"
OA_NS = "http://www.w3.org/ns/oa#"
SCHEMA_NS = "https://schema.org/"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"

_SCALE = max(1, int(os.environ.get("KG_PROPERTY_EXAMPLES", "1") or 1))


def props(examples: int) -> settings:
    """Settings of one property: no deadline (a build takes ~0.2 s, the first loads the
    model), no example database written into the checkout, and the health checks that
    only say the inputs are large (they are meant to be)."""
    return settings(
        max_examples=examples * _SCALE,
        deadline=None,
        database=None,
        print_blob=True,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
            HealthCheck.filter_too_much,
        ],
    )


# --- strategies ---------------------------------------------------------------------

# Characters and fragments that break text pipelines somewhere: what Turtle, JSON and
# HTML escape, every kind of line and paragraph break, direction and zero-width marks,
# combining marks, emoji sequences, a byte order mark, noncharacters, lone surrogates,
# and text that looks like the syntax of the formats kg writes. Files are written with
# "surrogatepass", so a surrogate in a text file is bytes that are not UTF-8.
HOSTILE = [
    "\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\x9f",
    "\t", "\r", "\r\n", "\n", "\n\n", "\u2028", "\u2029",
    "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066", "\u2069",
    "\u061c", "\ufeff", "\u00ad", "\u0301", "\u0308\u0308", "e\u0301", "\u034f",
    "\U0001F600", "\U0001F1FA\U0001F1F8", "\U0001F469\u200d\U0001F469\u200d\U0001F467",
    "\U0001F44D\U0001F3FD", "\ufffd", "\ufffe", "\uffff", "\U0010FFFF", "\U000E0001",
    '"', "'", "\\", "<", ">", "&", "`", "{", "}", "|", "^", "%", "#", "/", ";", ".", ",",
    "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", "\u300c", "\u300d",
    "\\u0041", "\\U0001F600", "\\n", '\\"', '"""', "'''", "@en", "^^xsd:string", "_:b0",
    "<https://example.org/x>", "<script>alert(1)</script>", "&amp;", "&#0;", "]]>",
    '{"@id": "x"}', "</p>", "\u0627\u0644\u0642\u062f\u0633", "\u05e9\u05dc\u05d5\u05dd",
    "\u4e2d\u6587", "\u0130", "\u00df", "\ufb01", "\u2126", "\u212b", "\u1e9e",
    "\ud800", "\udfff", "\udc80",  # half a character: a "\\ud800" escape in JSON reads so
]
LONG_WORD = st.builds(
    lambda unit, n: unit * n,
    st.sampled_from(["a", "Z", "\u00e9", "\U0001F600", "-", "ab\u0301", "x\u200b"]),
    st.integers(100, 1500),
)
# any character, lone surrogates too
ANY_CHAR = st.characters(exclude_categories=[])
_SHORT = st.one_of(st.sampled_from(HOSTILE), st.text(ANY_CHAR, max_size=6))
FRAGMENT = st.one_of(_SHORT, _SHORT, LONG_WORD)  # a long word one time in four

PEOPLE = [
    "Maria Lindqvist", "Kenji Okada", "Lilit Avagyan", "Elchin Rzayev", "Mark Dunne",
    "Jos\u00e9 \u00c1lvarez", "Zo\u00eb O'Brien", "Jean-Luc Moreau", "Ngozi Okonjo-Iweala",
    "S\u00f8ren Hansen", "Nguy\u1ec5n Th\u1ecb B\u00ecnh", "Aynur Hasanova",
    "محمد جواد", "Владимир Петров",
    "Marieke de Vries", "Abbas Araghchi", "Karoline Leavitt",
]
GROUPS = [
    "the European Union", "NATO", "the United Nations", "Hamas", "the Ministry of Defence",
    "Reuters", "the White House", "Gazprom", "the Kremlin", "Havenbond", "the EU",
]
PLACES = [
    "Geneva", "Kyiv", "Gaza", "Baku", "Yerevan", "Washington", "Brussels", "Tehran",
    "S\u00e3o Paulo", "C\u00f4te d'Ivoire", "Rotterdam", "Armenia", "Azerbaijan",
]
TITLES = ["foreign minister", "spokeswoman", "President", "chief negotiator", "envoy",
          "trade commissioner", "union leader", "Iran's ambassador to Russia"]
VERBS = ["said", "told reporters", "added", "warned", "denied", "claimed", "insisted",
         "announced", "wrote on X", "said in a statement", "told Reuters", "promised"]
PRONOUNS = ["she", "he", "they", "it"]
CLAUSES = [
    "the talks in {place} had collapsed", "troops attacked {place} on Tuesday",
    "{group} will meet in {place} next week", "both sides agreed to a ceasefire",
    "no agreement was signed", "the strike would continue until Friday",
    "{group} had not been consulted", "protesters marched through {place} last month",
    "{person} visited {place} and {place} last week", "{group} condemned the shelling",
    "the deal would be signed in July", "{group} accused {group} of lying",
    "the ceasefire ended {when}", "{group} will meet {place} {when}",
    "{when}, {count} of fighting that the April 8 ceasefire halted ended",
]
# Time words, also at the ends of the calendar (with a publication date of 0001-01-01
# or 9999-12-31 from DATES, "next week" falls off it).
WHEN = st.one_of(
    st.sampled_from([
        "next week", "last month", "on Thursday", "this weekend", "two years ago",
        "yesterday", "tomorrow", "next year", "earlier this month", "in 0000", "in 9999",
        "in March 0000", "on December 31, 9999", "on January 1, 0001", "31 December 9999",
        "9 days ago", "99999 weeks ago", "12 months ago",
    ]),
    st.integers(0, 10**6).map(lambda n: f"in {n:04d}"),
)
COUNT = st.builds(lambda n, unit: f"more than {n} {unit}", st.integers(0, 10**20),
                  st.sampled_from(["hours", "days", "weeks", "months", "years"]))
SEPARATORS = [" ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t", "\u2028", "\u2029",
              "\x0c", "\x85", "\u00a0", "\u3000", ""]
# Between paragraphs: every kind of line break, and lines of scrape noise that ingest
# removes (so offsets into the clean text and the source differ).
LINE_BREAKS = ["\n", "\n\n", "\r\n", "\r", "\n\n\n", "\u2028", "\u2029", "\x0c", "\x85",
               "\nAdvertisement\n", "\n\nRelated Links\n", "\n![](photo.jpg)\n",
               "\nhttps://example.org/a?b=c\n", "\n\n---\n\n"]


@st.composite
def mangled(draw, base: st.SearchStrategy[str], most: int = 2) -> str:
    """``base``'s string with up to ``most`` hostile fragments put in anywhere."""
    s = draw(base)
    for _ in range(draw(st.integers(0, most))):
        i = draw(st.integers(0, len(s)))
        s = s[:i] + draw(FRAGMENT) + s[i:]
    return s


PERSON = mangled(st.sampled_from(PEOPLE), 1)
GROUP = mangled(st.sampled_from(GROUPS), 1)
PLACE = mangled(st.sampled_from(PLACES), 1)
NAME = st.one_of(PERSON, GROUP, PLACE)


@st.composite
def clause(draw) -> str:
    slots = {"place": PLACE, "group": GROUP, "person": PERSON, "when": WHEN, "count": COUNT}
    template = draw(st.sampled_from(CLAUSES))
    filled = re.sub(r"\{(\w+)\}", lambda m: draw(slots[m[1]]), template)
    return draw(mangled(st.just(filled), 1))


@st.composite
def sentence(draw) -> str:
    """One sentence of a news article, in one of the shapes quotes take, or noise."""
    shape = draw(st.sampled_from(SHAPES))
    if shape is None:
        return draw(st.text(ANY_CHAR, max_size=40))  # anything at all
    fill = {
        "who": NAME, "verb": st.sampled_from(VERBS), "said": clause(), "quote": clause(),
        "more": clause(), "title": st.sampled_from(TITLES), "place": PLACE,
        "pronoun": st.sampled_from(PRONOUNS),
    }
    # only the slots the shape has are drawn: drawing is a good part of each example
    return re.sub(r"\{(\w+)\}", lambda m: draw(fill[m[1]]), shape)


SHAPES = [
    "{who} {verb} {said}.",  # indirect
    '"{quote}," {who} {verb}.',  # direct
    '"{quote}," {pronoun} {verb}. "{more}."',  # split quote
    '"{quote}," {who}, the {title}, {verb} on Monday. "{more}," {pronoun} added.',
    "{who}, the {title}, {verb} that {said}.",
    '{who} {verb} {said} and that it was "{quote}".',  # mixed
    "According to {who}, {said}.",
    "{place}, May 12 - {said}, {who} {verb}.",  # dateline
    '"{quote} {who} {verb}.',  # unbalanced: the quote never closes
    '{quote}," {who} {verb} "{more}',  # unbalanced: closes before it opens
    "\u201c{quote},\u201d {who} {verb}.",  # typographic quotes
    "\u201c{quote}\u201d \u2014 {who}",
    "{said}.",
    None,
]


@st.composite
def article(draw) -> str:
    """Sentences joined by any kind of space or line break, with hostile fragments."""
    parts = draw(st.lists(sentence(), min_size=1, max_size=6))
    text = parts[0]
    for part in parts[1:]:
        text += draw(st.sampled_from(SEPARATORS)) + part
    return draw(mangled(st.just(text), 3))


def _sample_paragraphs() -> list[str]:
    """The paragraphs of the bundled sample articles (scrape noise and all): real news
    prose, in which every extractor finds something, to be cut up and mangled."""
    samples = Path(__file__).resolve().parents[1] / "samples"
    texts = [p.read_text(encoding="utf-8") for p in sorted(samples.glob("0*.[tm][xd]*"))]
    for line in (samples / "05_wire_feed.jsonl").read_text(encoding="utf-8").splitlines():
        texts.append(json.loads(line)["text"])
    return [part.strip() for t in texts for part in t.split("\n") if part.strip()]


PARAGRAPHS = _sample_paragraphs()


@st.composite
def news(draw) -> str:
    """Paragraphs of real articles, in any order, each with hostile fragments put in
    anywhere (inside names, quotes and dates too), mixed with made-up sentences."""
    parts = draw(st.lists(st.one_of(st.sampled_from(PARAGRAPHS), sentence()), min_size=1,
                          max_size=10))
    text = ""
    for n, part in enumerate(parts):
        if n:
            text += draw(st.sampled_from(LINE_BREAKS))
        text += draw(mangled(st.just(part), 3))
    return text


HEADLINE = mangled(
    st.builds(
        lambda who, c: f"{who} says {c}", NAME, clause()
    ),
    2,
)
ANY_TEXT = st.text(ANY_CHAR, max_size=60)
MAYBE = st.one_of(st.none(), st.just(""), ANY_TEXT)
GOOD_DATES = st.one_of(
    st.dates().map(date.isoformat),  # from 0001-01-01 to 9999-12-31
    st.datetimes().map(lambda d: d.isoformat() + "Z"),
)
DATES = st.one_of(  # mostly dates; a bad one makes its record an input error
    st.none(),
    GOOD_DATES,
    GOOD_DATES,
    st.sampled_from(["2026-02-30", "yesterday", "", " ", "0000-01-01", "2026-11-12T25:00"]),
    ANY_TEXT,
)
RECORD = st.fixed_dictionaries(
    {"text": st.one_of(article(), news())},
    optional={
        "id": st.one_of(ANY_TEXT, st.sampled_from(["../x", "a/b", "%2F", "doc 1", "\u00e9", "."]),
                        st.integers(-5, 10**20)),
        "title": st.one_of(MAYBE, HEADLINE),
        "url": st.one_of(MAYBE, ANY_TEXT.map(lambda s: "https://example.org/" + s)),
        "published": DATES,
        "source": MAYBE,
    },
)


OUTLETS = st.one_of(st.sampled_from(["Reuters", "Lakeside Chronicle", "AP", "Le Monde"]), MAYBE)


@st.composite
def story(draw) -> list[dict]:
    """Two or three reports of the same sentences (a subset each, in any order, a few
    days apart), so events merge across documents and get linked, and accounts clash."""
    pool = draw(st.lists(st.one_of(sentence(), st.sampled_from(PARAGRAPHS)), min_size=1,
                         max_size=6))
    day = draw(st.dates(max_value=date(9999, 12, 28)))
    records = []
    for n in range(draw(st.integers(2, 3))):
        picked = draw(st.permutations(pool))[: draw(st.integers(1, len(pool)))]
        text = picked[0]
        for part in picked[1:]:
            text += draw(st.sampled_from(SEPARATORS)) + part
        records.append({
            "id": f"report-{n}",
            "text": draw(mangled(st.just(text), 1)),
            "title": draw(st.one_of(st.none(), HEADLINE)),
            "published": date.fromordinal(day.toordinal() + draw(st.integers(0, 3))).isoformat(),
            "source": draw(OUTLETS),
        })
    return records


@st.composite
def html_page(draw) -> str:
    """A news page: title, metadata, an <article> of paragraphs (escaped or raw)."""
    paragraphs = draw(st.lists(st.one_of(article(), news()), min_size=1, max_size=3))
    raw = draw(st.booleans())  # raw: "<" and "&" in the text are markup to the parser
    esc = (lambda s: s) if raw else escape
    title = draw(st.one_of(st.just(""), HEADLINE))
    meta = "".join(
        f'<meta property="{key}" content="{escape(value)}">'
        for key, value in (
            ("og:site_name", draw(st.one_of(st.just(""), ANY_TEXT))),
            ("article:published_time", draw(st.one_of(st.just(""), GOOD_DATES))),
            ("og:url", draw(st.one_of(st.just(""), ANY_TEXT))),
        )
        if value
    )
    body = "".join(f"<p>{esc(p)}</p>\n" for p in paragraphs)
    return (
        f"<!doctype html><html><head><title>{esc(title)}</title>{meta}</head><body>"
        f"<article><h1>{esc(title)}</h1>\n{body}</article></body></html>"
    )


def as_bytes(text: str) -> bytes:
    """The file's bytes: UTF-8, where a lone surrogate becomes bytes that are not."""
    return text.encode("utf-8", "surrogatepass")


@st.composite
def input_file(draw) -> tuple[str, bytes]:
    """(file name, bytes): JSON Lines of 1-3 records or of a story told 2-3 times, one
    JSON record, an HTML page, .txt or .md."""
    kind = draw(st.sampled_from(["jsonl", "story", "json", "html", "txt", "md"]))
    if kind in ("jsonl", "story"):
        records = draw(st.lists(RECORD, min_size=1, max_size=3) if kind == "jsonl" else story())
        lines = [json.dumps(r, ensure_ascii=draw(st.booleans())) for r in records]
        return "articles.jsonl", as_bytes("\n".join(lines) + "\n")
    if kind == "json":
        return "article.json", as_bytes(json.dumps(draw(RECORD), ensure_ascii=False))
    if kind == "html":
        return "article.html", as_bytes(draw(html_page()))
    title = draw(st.one_of(st.just(""), HEADLINE))
    head = (f"# {title}" if kind == "md" else title) + "\n\n" if title else ""
    body = draw(st.one_of(article(), news()))
    if kind == "md":
        body = draw(linked(body))
    return f"article.{kind}", as_bytes(head + body)


@st.composite
def linked(draw, text: str) -> str:
    """Markdown links and images around any stretch of the text (a whole name, half a
    word, a quote mark and what follows): ingest keeps a link's label only."""
    for _ in range(draw(st.integers(0, 4))):
        a = draw(st.integers(0, len(text)))
        b = draw(st.integers(a, min(len(text), a + 40)))
        bang = draw(st.sampled_from(["", "", "!"]))
        url = draw(st.sampled_from(["https://example.org/x", "/a/b.jpg", "#top", "x y"]))
        text = f"{text[:a]}{bang}[{text[a:b]}]({url}){text[b:]}"
    return text


# --- the path under test ------------------------------------------------------------


@contextmanager
def pinned_epoch() -> Iterator[None]:
    before = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    try:
        yield
    finally:
        if before is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = before


# Each build fsyncs a dozen files: in memory, where there is a tmpfs, that costs nothing.
_SCRATCH = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None


@contextmanager
def workdir() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="kg-props-", dir=_SCRATCH))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def build(path: Path, out: Path) -> BuildResult | None:
    """``kg.build`` of ``path``; None where ingest finds no article in it, which must
    then be a :class:`KgError` with a message, not any other exception."""
    readable = [d for d in ingest.read_documents([path], published=PUBLISHED)
                if not isinstance(d, KgError)]
    with pinned_epoch():
        try:
            result = kg.build([path], out, published=PUBLISHED, formats=FORMATS)
        except KgError as exc:
            assert not readable, f"{len(readable)} readable documents, yet: {exc}"
            assert str(exc).strip()
            return None
    assert not readable or result.documents, "ingest read documents the build lost"
    # every readable article is built, folded into another's text as a copy (the same
    # text twice), or skipped by its language, never lost
    built = [d.id for d in result.documents] + [c.id for d in result.documents for c in d.copies]
    skipped = sum(len(names) for names in result.skipped.values())
    assert set(built) <= {d.id for d in readable}
    assert len(built) + skipped == len(readable), (built, result.skipped)
    failed = [e for e in result.errors if "extraction failed" in e]
    assert not failed, failed
    for error in result.errors:  # the others name the input they are about
        assert error.startswith(str(path)), error
    return result


Index = dict[tuple[str, str], list[ox.Literal | ox.NamedNode]]


def parse_all(out: Path, rapper: bool) -> Index:
    """Parse every graph file (pyoxigraph; rapper strictly where it reads the format),
    check they hold the same triples, and index the Turtle's by (subject, predicate)."""
    triples = {}
    for name, (fmt, syntax) in GRAPH_FILES.items():
        parsed = {(q.subject, q.predicate, q.object) for q in ox.parse(path=out / name, format=fmt)}
        triples[name] = parsed
        if rapper and syntax:
            assert rapper_count(out / name, syntax) == len(parsed), name
    turtle = triples["graph.ttl"]
    for name, parsed in triples.items():
        assert parsed == turtle, f"{name} differs from graph.ttl: {parsed ^ turtle}"
    check_void(out, turtle, rapper)
    index: Index = defaultdict(list)
    for s, p, o in turtle:
        assert not isinstance(s, ox.BlankNode) and not isinstance(o, ox.BlankNode)
        index[s.value, p.value].append(o)
    return index


def check_void(out: Path, graph: set, rapper: bool) -> None:
    """void.ttl parses (strictly too) and its counts are the graph's: triples, distinct
    subjects and objects, properties, classes, and each class's and property's part."""
    void = {(q.subject, q.predicate, q.object) for q in ox.parse(path=out / "void.ttl",
                                                                  format=ox.RdfFormat.TURTLE)}
    if rapper:
        assert rapper_count(out / "void.ttl") == len(void)
    ns = "http://rdfs.org/ns/void#"
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

    def number(s, p: str) -> int:
        [n] = [o.value for s2, p2, o in void if s2 == s and p2.value == ns + p]
        return int(n)

    [dataset] = [s for s, p, o in void if p.value == rdf_type and o.value == ns + "Dataset"]
    triples_of: dict[str, int] = defaultdict(int)
    typed: dict[str, int] = defaultdict(int)
    for _, p, o in graph:
        triples_of[p.value] += 1
        typed[o.value] += p.value == rdf_type
    assert number(dataset, "triples") == len(graph)
    assert number(dataset, "distinctSubjects") == len({s for s, _, _ in graph})
    assert number(dataset, "distinctObjects") == len({o for _, _, o in graph})
    assert number(dataset, "properties") == len(triples_of)
    assert number(dataset, "classes") == len({o for _, p, o in graph if p.value == rdf_type})
    for part_of, what, count in (("classPartition", "class", typed),
                                 ("propertyPartition", "property", triples_of)):
        parts = [o for s, p, o in void if s == dataset and p.value == ns + part_of]
        seen = {}
        for part in parts:
            [term] = [o.value for s, p, o in void if s == part and p.value == ns + what]
            seen[term] = number(part, "entities" if what == "class" else "triples")
        assert seen == {t: n for t, n in count.items() if n}, part_of


def values(index: Index, subject: str, predicate: str, lang: str | None = "en") -> list[str]:
    """The lexical forms of ``subject``'s ``predicate`` literals, checking their tag."""
    out = []
    for o in index.get((subject, predicate), []):
        assert isinstance(o, ox.Literal), (subject, predicate, o)
        assert o.language == lang, (subject, predicate, o)
        out.append(o.value)
    return sorted(out)


def one(index: Index, subject: str, predicate: str, lang: str | None = "en") -> str:
    found = values(index, subject, predicate, lang)
    assert len(found) == 1, (subject, predicate, found)
    return found[0]


def check_round_trip(result: BuildResult, out: Path, index: Index) -> None:
    """Every string of the result comes back from the Turtle exactly; every span is
    the source text at its offsets, in the graph and in the JSONL tables."""
    iris = Iris(BASE)
    docs = {d.id: d for d in result.documents}
    checked: set[str] = set()

    def span(ev: Evidence) -> None:
        source = docs[ev.doc_id].source_text
        assert source[ev.start : ev.end] == ev.text, ev
        m = iris.mention(ev)
        if m in checked:
            return
        checked.add(m)
        assert one(index, m, RDFS_LABEL) == ev.text
        assert one(index, f"{m}/quote", OA_NS + "exact", None) == ev.text
        assert one(index, f"{m}/quote", OA_NS + "prefix", None) == source[
            max(0, ev.start - CONTEXT) : ev.start
        ]
        assert one(index, f"{m}/quote", OA_NS + "suffix", None) == source[ev.end : ev.end + CONTEXT]
        nni = "http://www.w3.org/2001/XMLSchema#nonNegativeInteger"
        for key, want in (("start", ev.start), ("end", ev.end)):
            [o] = index[f"{m}/pos", OA_NS + key]
            assert (o.value, o.datatype.value) == (str(want), nni)

    for d in result.documents:
        doc = iris.doc(d.id)
        assert one(index, doc, SCHEMA_NS + "identifier", None) == d.id
        assert one(index, doc, RDFS_LABEL) == (d.title or d.id)
        assert values(index, doc, SCHEMA_NS + "headline") == ([d.title] if d.title else [])
        assert values(index, doc, KG_NS + "outlet", None) == ([d.outlet] if d.outlet else [])
        urls = index.get((doc, SCHEMA_NS + "url"), [])
        iri = url_iri(d.url) if d.url else None  # an xsd:anyURI only when it is an IRI
        assert [u.value for u in urls] == ([iri or d.url] if d.url else [])
        any_uri = "http://www.w3.org/2001/XMLSchema#anyURI"
        assert [u.datatype.value == any_uri for u in urls] == ([iri is not None] if d.url else [])
    for a in result.actors.values():
        actor = iris.actor(a.id)
        assert one(index, actor, RDFS_LABEL) == a.name
        assert values(index, actor, SKOS_ALT) == sorted(a.aliases)
        assert values(index, actor, KG_NS + "title") == sorted(a.titles)
        assert values(index, actor, KG_NS + "mergeReason") == sorted(set(a.merge_reasons))
        for ev in a.mentions:
            span(ev)
    for s in result.statements:
        st_iri = iris.statement(s.id)
        assert one(index, st_iri, SCHEMA_NS + "text") == s.text
        assert values(index, st_iri, KG_NS + "speakerName", None) == (
            [s.speaker_name] if s.speaker_name else []
        )
        for field in ("addressee", "relay", "channel"):
            value = getattr(s, field)
            assert values(index, st_iri, KG_NS + field, None) == ([value] if value else [])
        if s.time:
            assert one(index, st_iri, KG_NS + "timeText", None) == s.time.text
        for ev in [*s.content, s.speaker_mention, s.cue]:
            if ev is not None:
                span(ev)
    for e in result.events.values():
        event = iris.event(e.id)
        assert one(index, event, RDFS_LABEL) == (e.title or e.lemma)
        assert one(index, event, KG_NS + "summary") == e.summary
        assert one(index, event, KG_NS + "triggerLemma", None) == e.lemma
        if e.merge_rationale:
            assert one(index, event, KG_NS + "mergeRationale") == e.merge_rationale
        if e.time:
            assert one(index, event, KG_NS + "timeText", None) == e.time.text
        assert values(index, event, KG_NS + "instrument", None) == sorted(
            {i.text for i in e.instruments}
        )
        for ev in [e.trigger, *e.mentions]:
            span(ev)
        for part in e.participants:
            if part.evidence is None:
                continue
            if part.actor in result.actors:
                span(part.evidence)  # the export leaves out a participant it cannot name
            else:
                assert docs[part.evidence.doc_id].source_text[
                    part.evidence.start : part.evidence.end
                ] == part.evidence.text
    for r in result.relations:
        relation = iris.relation(r.source, r.target, r.type)
        assert one(index, relation, KG_NS + "rationale") == r.rationale

    # the tables say the same as the result, and their spans are the source text too
    def table(name: str) -> list[dict]:
        lines = (out / f"{name}.jsonl").read_text(encoding="utf-8").split("\n")
        assert lines[-1] == ""
        return [json.loads(line) for line in lines[:-1]]

    def row_span(doc_id: str, row: dict | None) -> None:
        if row is not None:
            assert docs[doc_id].source_text[row["start"] : row["end"]] == row["text"], row

    rows = table("statements")
    assert [r["text"] for r in rows] == [s.text for s in result.statements]
    for row in rows:
        for part in row["content"]:
            row_span(row["doc_id"], part)
        row_span(row["doc_id"], row["speaker_mention"])
        row_span(row["doc_id"], row["cue"])
    names = {r["id"]: r["name"] for r in table("actors")}
    assert names == {a.id: a.name for a in result.actors.values()}
    for row in table("actors"):
        for m in row["mentions"]:
            row_span(m["doc_id"], m)
    titles = {r["id"]: r["title"] for r in table("events")}
    assert titles == {e.id: e.title for e in result.events.values()}
    for row in table("events"):
        for m in [row["trigger"], *row["mentions"]]:
            row_span(m["doc_id"], m)
    check_references(table)

    # the CSV tables hold the same strings (the csv module reads back every character),
    # bar the quote mark put before a cell a spreadsheet would run as a formula
    def csv_rows(name: str) -> list[dict]:
        with (out / f"{name}.csv").open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))

    def cells(values) -> list[str]:
        return [csv_cell(v) for v in values]

    statements = cells(s.text for s in result.statements)
    assert [r["text"] for r in csv_rows("statements")] == statements
    assert [r["name"] for r in csv_rows("actors")] == cells(r["name"] for r in table("actors"))
    titles = cells(e.title for e in result.events.values())
    assert [r["title"] for r in csv_rows("events")] == titles


def check_references(table) -> None:
    """Every id a table row gives for an actor, event or statement is the id of a row
    of that table, so the tables join (an unresolved name is no actor id)."""
    actors = {r["id"] for r in table("actors")}
    events = {r["id"] for r in table("events")}
    statements = {r["id"] for r in table("statements")}
    for r in table("statements"):
        assert r["speaker"] is None or r["speaker"] in actors, r
        assert set(r["about_actors"]) <= actors, r
        assert set(r["about_events"]) <= events, r
    for r in table("events"):
        for part in r["participants"]:
            assert part["actor"] is None or part["actor"] in actors, part
            assert part["name"], part
        assert r["place"] is None or r["place"] in actors, r
        assert set(r["statements"]) <= statements, r
    for r in table("actors"):
        for position in r["positions"]:
            assert {position["affiliation"], position["toward"]} - {None} <= actors, position
        assert set(r["countries"]) <= actors, r
    for r in table("relations"):
        assert {r["source"], r["target"]} <= events, r


@pytest.fixture(scope="session")
def rapper() -> bool:
    """Whether rapper checks the files: a failure under KG_REQUIRE_TOOLS if it is
    missing, else the other properties still run without it."""
    if os.environ.get("KG_REQUIRE_TOOLS") or shutil.which("rapper"):
        need_tool("rapper", "Debian: raptor2-utils")
        return True
    return False


# Builds what it is sent, one JSON job a line, and answers each with one JSON line.
_WORKER = """
import json, sys, traceback
from datetime import date
import kg
from kg.errors import KgError
for line in sys.stdin:
    job = json.loads(line)
    try:
        kg.build([job["input"]], job["out"], published=date.fromisoformat(job["published"]),
                 formats=tuple(job["formats"]))
        answer = "built"
    except KgError as exc:
        answer = "refused: " + str(exc)
    except Exception:
        answer = "crashed: " + traceback.format_exc()
    print(json.dumps(answer), flush=True)
"""


class Worker:
    """A second Python process that builds the same inputs with another hash seed
    (so another order of every set and dict of strings), started once per session:
    its files must be the bytes of the test process's."""

    def __init__(self, folder: Path) -> None:
        seed = "2" if os.environ.get("PYTHONHASHSEED") == "1" else "1"
        env = {**os.environ, "PYTHONHASHSEED": seed, "SOURCE_DATE_EPOCH": EPOCH}
        self.log = folder / "worker.log"
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-c", _WORKER], stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, stderr=log, text=True, encoding="utf-8", env=env,
            )

    def send(self, path: Path, out: Path) -> None:
        job = {"input": str(path), "out": str(out), "published": PUBLISHED.isoformat(),
               "formats": FORMATS}
        self.process.stdin.write(json.dumps(job) + "\n")
        self.process.stdin.flush()

    def answer(self) -> str:
        line = self.process.stdout.readline()
        assert line, "the build worker died:\n" + self.log.read_text(errors="replace")[-3000:]
        return json.loads(line)

    def close(self) -> None:
        self.process.stdin.close()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture(scope="session")
def worker(tmp_path_factory) -> Iterator[Worker]:
    w = Worker(tmp_path_factory.mktemp("worker"))
    yield w
    w.close()


def same_files(first: Path, second: Path, what: str) -> None:
    """Every file of one build folder has the bytes of the other's."""
    names = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert names == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for name in names:
        a, b = (first / name).read_bytes(), (second / name).read_bytes()
        assert a == b, f"{name} differs between {what}"


def check(name: str, data: bytes, rapper: bool, worker: Worker) -> None:
    """The properties of one input file: builds (or a KgError), parses, conforms,
    round-trips, and builds again, here and in the worker, to the same bytes."""
    with workdir() as tmp:
        path = tmp / name
        path.write_bytes(data)
        worker.send(path, tmp / "other")  # it builds while this process checks
        try:
            result = build(path, tmp / "out")
            if result is not None:
                index = parse_all(tmp / "out", rapper)
                report = validate([tmp / "out" / "graph.ttl"])
                assert report.conforms, report.text()
                check_round_trip(result, tmp / "out", index)
                build(path, tmp / "again")
                same_files(tmp / "out", tmp / "again", "two builds in one process")
        finally:
            answer = worker.answer()  # always taken, so the folder outlives its build
        if result is None:
            assert answer.startswith("refused: "), answer
        else:
            assert answer == "built", answer
            same_files(tmp / "out", tmp / "other", "builds in processes with other hash seeds")


# --- the properties -----------------------------------------------------------------


# One text under two ids (a syndicated copy): folded into one article with a copy, which
# the id check once counted as a lost document.
SAME_TEXT_TWICE = b"".join(
    json.dumps({"id": f"report-{n}", "text": "Maria Lindqvist said the talks had collapsed.",
                "published": "2000-01-01", "source": "Reuters"}).encode() + b"\n"
    for n in range(2)
)  # fmt: skip


# "We" inside a quote of an unnamed "she" made "she" a participant, whose name resolves
# to no actor: events.jsonl gave it as an actor id (now null, with the name kept).
UNNAMED_SPEAKER = json.dumps({
    "id": "report-1",
    "text": "\u201cWe will put the agreement to a vote next week,\u201d she added.",
}).encode() + b"\n"


# A participant's phrase ran over a line break and the noise line after it (removed by
# ingest): its evidence kept the clean words at offsets that held other characters.
OVER_NOISE = (
    "Armenia and Azerbaijan offered sharply different accounts on Thursday.\u2028"
    "\u1e9eRegional securi\u0130ty and diplomacy at MeridianWire\n"
    "https://example.org/a?b=c\n"
    "\u2029^The union\u2019s general secretary warned that members could strike again.\n"
).encode()
OVER_NOISE_RECORD = json.dumps({"id": "noise", "text": OVER_NOISE.decode()}).encode() + b"\n"
# Markdown link syntax inside a name, a quote and a word: ingest reads the label only.
MARKDOWN_LINKS = (
    b'"We back the [agreement](http://x.org/a) fully," John [Smith](http://x.org/js) said.'
    b"\n\nMaria Lindqvist of the [European Union](https://eu.example/) said the "
    b"[talks](http://t) had collapsed in [Gen](http://g)eva.\n"
)

# Dates off the calendar: "in 0000", and "next week" of an article of 9999-12-31, made
# timex raise (the document was skipped: "extraction failed").
# A statement a spreadsheet would take for a formula: the CSV cell starts with a quote
# mark, the JSON Lines and the graph keep the text as it is.
FORMULA_LIKE = b"-" * 100 + b'"the talks in Geneva had collapsed," Maria Lindqvist said.'

CALENDAR_ENDS = b"".join(json.dumps(r).encode() + b"\n" for r in [
    {"id": "year-0", "text": "The war ended in 0000, John Smith said."},
    {"id": "last-day", "published": "9999-12-31",
     "text": "John Smith said on Monday the EU will meet Japan next week in Geneva."},
])


@props(40)
@given(input_file())
@example(("articles.jsonl", CALENDAR_ENDS))
@example(("articles.jsonl", UNNAMED_SPEAKER))
@example(("article.txt", OVER_NOISE))
@example(("article.md", MARKDOWN_LINKS))
@example(("articles.jsonl", SAME_TEXT_TWICE))
@example(("article.txt", FORMULA_LIKE))
def test_any_news_like_input_builds_parses_conforms_round_trips_and_repeats(rapper, worker, file):
    check(*file, rapper, worker)


@props(30)
@given(st.text(ANY_CHAR, max_size=400), st.sampled_from(["article.txt", "article.md"]))
def test_any_text_at_all_builds_or_is_refused_with_a_message(rapper, worker, text, name):
    """Not news at all: any unicode (control characters too) as a .txt or .md file."""
    check(name, as_bytes(text), rapper, worker)


ANY = st.text(ANY_CHAR)


@props(30)
@given(
    st.fixed_dictionaries(
        {"text": st.one_of(article(), st.text(ANY_CHAR, max_size=200))},
        optional={
            "id": st.one_of(ANY, st.integers(), st.floats(), st.booleans(), st.none()),
            "title": st.one_of(ANY, st.integers(), st.lists(ANY, max_size=3), st.none()),
            "url": st.one_of(ANY, st.none(), st.integers()),
            "published": st.one_of(DATES, st.integers(), st.floats(allow_nan=False)),
            "source": st.one_of(ANY, st.fixed_dictionaries({"name": ANY}), st.none()),
            "date": DATES,
        },
    )
)
def test_any_json_fields_build_or_are_refused_with_a_message(rapper, worker, record):
    """The metadata of a JSON record as arbitrary JSON values of arbitrary text (lone
    surrogates too: json.dumps spells them as escapes)."""
    data = (json.dumps(record) + "\n").encode("utf-8")
    check("article.jsonl", data, rapper, worker)


@props(15)
@given(st.one_of(story(), st.lists(RECORD, min_size=2, max_size=4)), st.data())
def test_an_update_gives_the_bytes_of_a_full_build(records, data):
    """Build some articles, then add the others with ``kg build --update``: the same
    files as one build of all, given in the other order (documents are taken in id
    order). The update reads the first ones back from the stored state, so every
    hostile string goes through its JSON and back."""
    ids = data.draw(st.permutations(range(len(records))), label="ids")
    records = [{**r, "id": f"r{i}"} for i, r in zip(ids, records, strict=True)]
    cut = data.draw(st.integers(1, len(records) - 1), label="cut")
    with workdir() as tmp, pinned_epoch():
        first, second = tmp / "first.jsonl", tmp / "second.jsonl"
        for path, part in ((first, records[:cut]), (second, records[cut:])):
            path.write_text("".join(json.dumps(r) + "\n" for r in part), encoding="utf-8")
        try:
            kg.build([first], tmp / "updated", published=PUBLISHED, formats=FORMATS)
        except KgError:
            assume(False)  # nothing readable in the first part: nothing to update
        try:
            whole = kg.build([second, first], tmp / "whole", published=PUBLISHED, formats=FORMATS)
        except KgError:
            raise AssertionError("the first part built, so the whole must") from None
        updated = update(tmp / "updated", [second])
        assert [d.id for d in updated.documents] == [d.id for d in whole.documents]
        same_files(tmp / "whole", tmp / "updated", "a build and an update of the same articles")


SCHEMES = st.sampled_from(["https", "http", "urn", "tag", "HTTP", "x-y.z+1", "1x", ""])
IRI_LIKE = st.one_of(
    st.text(ANY_CHAR, max_size=30),
    st.builds(lambda scheme, rest: f"{scheme}:{rest}", SCHEMES, st.text(ANY_CHAR, max_size=30)),
    st.builds(lambda rest: f"https://example.org/{rest}", st.text(ANY_CHAR, max_size=20)),
    st.sampled_from(["https://example.org/id/", "urn:kg:", "https://example.org/id#",
                     "https://example.org/%zz/", "http://[x/", "https://e.org/\u00e9/"]),
)


@props(30)
@given(IRI_LIKE, st.one_of(st.none(), IRI_LIKE))
@example("http://example.org/my graph/", None)
@example("https://example.org/id/", "CC BY 4.0")
def test_any_base_iri_or_license_builds_a_readable_graph_or_is_refused(rapper, base, license):
    """--base-iri and --license as any string: every graph file (and void.ttl) parses
    with the IRIs under that base, or the build says which one is no IRI. An invalid
    base made every file unreadable, with no error."""
    with workdir() as tmp, pinned_epoch():
        path = tmp / "article.jsonl"
        path.write_bytes(UNNAMED_SPEAKER + OVER_NOISE_RECORD)
        try:
            kg.build([path], tmp / "out", published=PUBLISHED, base_iri=base, license=license,
                     formats=FORMATS)
        except KgError as exc:
            assert "base IRI" in str(exc) or "license" in str(exc), exc
            assert not (tmp / "out" / "graph.ttl").exists()
            return
        for name, (fmt, syntax) in {**GRAPH_FILES, "void.ttl": (ox.RdfFormat.TURTLE, "turtle")
                                    }.items():
            parsed = list(ox.parse(path=tmp / "out" / name, format=fmt))
            if rapper and syntax:
                assert rapper_count(tmp / "out" / name, syntax) == len(parsed)
        docs = [q.subject.value for q in ox.parse(path=tmp / "out" / "graph.ttl",
                                                  format=ox.RdfFormat.TURTLE)
                if q.object.value == SCHEMA_NS + "NewsArticle"]
        assert docs and all(d.startswith(base) for d in docs), docs


def test_a_garbled_length_of_fighting_gives_no_duration_a_store_cannot_read(tmp_path):
    """Hypothesis found it: '1969226660422098 days of fighting' gave P1969226660422098D,
    which xsd:duration readers cannot hold, and the graph failed its own shapes."""
    from kg.validate import validate

    src = tmp_path / "a.jsonl"
    text = ('Armenia and Azerbaijan give clashing accounts of first Geneva talks\n"next week, '
            'more than 1969226660422098 days of fighting that the April 8 ceasefire halted '
            'ended," Maria Lindqvist said.')  # fmt: skip
    src.write_text(json.dumps({"text": text}) + "\n")
    kg.build([src], tmp_path / "out")
    assert validate([tmp_path / "out" / "graph.ttl"]).conforms

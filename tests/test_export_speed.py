"""The export's shortcuts give what the general path gives (issue 24: export speed).

Each test pins one shortcut taken for speed: that it is taken, and that its output is
what the slow, general path made before.
"""

from __future__ import annotations

import re
from itertools import chain
from pathlib import Path

import pytest
from rdflib import Literal, URIRef

from kg.export import cards, rdf, void
from kg.model import BuildResult, Document, Evidence


def _sorted_pairs(pairs: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(chain.from_iterable(sorted(set(zip(pairs[::2], pairs[1::2], strict=True)))))


_FORM = rdf._kg.mentionForm


def test_selectors_are_made_in_order_and_not_sorted_again(
    sample_build: tuple[BuildResult, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    held = rdf.Triples._held
    sorted_by_held: set[str] = set()

    def spy(self: rdf.Triples) -> dict:
        if self._dirty:  # what _held is about to sort: the subjects still held as lists
            sorted_by_held.update(s for s, p in self._subjects.items() if type(p) is list)
        return held(self)

    monkeypatch.setattr(rdf.Triples, "_held", spy)
    g = rdf.collect(sample_build[0])
    subjects = g.subjects()
    selectors = [s for s in subjects if s.endswith(("/pos", "/quote"))]
    assert len(selectors) >= 100
    assert not sorted_by_held & set(selectors)
    # a mention is sorted again only when more is said of it (its form as an actor's)
    mentions = [s for s in subjects if "/m/" in s and s not in selectors]
    extended = [s for s in mentions if _FORM in subjects[s]]
    assert set(mentions) & sorted_by_held == set(extended) and len(extended) < len(mentions)
    # and they are what sorting them would have made, as is every other subject
    for s, pairs in subjects.items():
        assert pairs == _sorted_pairs(pairs), s
    position = subjects[selectors[0].rsplit("/", 1)[0] + "/pos"]
    assert position[::2] == (rdf._RDF_TYPE, rdf._oa.end, rdf._oa.start)


def test_a_selector_made_twice_is_merged_and_sorted(
    sample_build: tuple[BuildResult, Path], tmp_path: Path
) -> None:
    """A mention made again after a spill (its cache forgotten) repeats its selectors'
    triples: read back, each subject has them once."""
    whole = rdf.collect(sample_build[0]).subjects()
    g = rdf.collect(sample_build[0], spill_at=3, scratch=tmp_path)
    assert g.spilled
    assert dict(g.items()) == whole


def test_turtle_looks_a_repeated_term_up_without_a_call(
    sample_build: tuple[BuildResult, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A datatyped literal or a prefixed name already written is read from the writer's
    caches inside the block, not through ``_Terms.term`` (a call per triple was a fifth
    of writing graph.ttl); the text is the same (tests/test_export_stream.py)."""
    g = rdf.collect(sample_build[0])
    calls: list[str] = []
    term = rdf._Terms.term

    def counted(self: rdf._Terms, t: str) -> str:
        calls.append(t)
        return term(self, t)

    monkeypatch.setattr(rdf._Terms, "term", counted)
    text = rdf.to_turtle(g)
    assert text.count("\n\n") == len(g.subjects())  # a block a subject, after a blank line
    # one call per distinct term on its own, plus the objects of multi-valued predicates
    alone, shared = set(), 0
    namespaces = rdf._Terms(rdf._prefixes(g)).namespaces
    for pairs in g.subjects().values():
        predicates = pairs[::2]
        for p, o in zip(predicates, pairs[1::2], strict=True):
            if predicates.count(p) > 1:
                shared += 1
            elif o.endswith(">") or (o[:1] != '"' and o.startswith(namespaces)):
                alone.add(o)
    assert len(calls) <= len(alone) + shared


WIRE = (
    "LONDON, Feb 3 - The Chancellor, Mr. Brown, set out his plans on Tuesday. "
    "Tory leader Michael Howard said the figures did not add up.\n\n"
    'Liberal Democrat spokesman Vince Cable called it "a pre-election budget". '
    "Talks resume in Sept. 18 sessions, officials said."
)


def test_sentence_at_finds_what_a_scan_finds() -> None:
    """Cards find the sentence around a mention by bisection; at every offset of a
    wire story it is the sentence a scan from the first one finds (none in a gap)."""
    doc = Document(id="wire-budget", text=WIRE, source_text=WIRE)
    index = cards._Index({doc.id: doc}, {}, {}, {})
    spans = cards._split(WIRE)
    assert len(spans) >= 3 and any(
        e < s2 for (_, e), (s2, _) in zip(spans, spans[1:], strict=False)
    )
    for offset in range(-1, len(WIRE) + 2):
        scanned = next((i for i, (s, e) in enumerate(spans) if s <= offset < e), None)
        assert index.sentence_at(doc, offset) == scanned, offset


def test_offsets_and_counts_are_spelt_without_rdflib(
    sample_build: tuple[BuildResult, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A character offset or a count is written as rdflib writes it, without making an
    rdflib Literal for it (one a distinct offset was a tenth of collecting)."""
    for datatype in rdf._PLAIN_INTEGERS:
        for n in [*range(200), 48_213, 10**12, 2**63]:
            spelt = rdf.encode(Literal(n, datatype=URIRef(datatype)))
            assert spelt == f'"{n}"^^<{datatype}>'
    made: list[object] = []
    encode = rdf.encode

    def counted(term: object) -> str:
        made.append(getattr(term, "value", None))
        return encode(term)

    monkeypatch.setattr(rdf, "encode", counted)
    g = rdf.collect(sample_build[0])
    assert not [v for v in made if type(v) is int]
    offsets = [p for pairs in g.subjects().values() for p in pairs[1::2] if p.endswith("Integer>")]
    assert len(offsets) > 100


def test_void_counts_a_held_graph_flat_as_it_counts_one_subject_at_a_time(
    sample_build: tuple[BuildResult, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """void.ttl's figures for a graph held in memory come from the flat count; they are
    the ones the count a subject at a time gives (forced here by ONE_SET = 0)."""
    g = rdf.collect(sample_build[0])
    flat = void._held_statistics(g.subjects())
    assert void._statistics(g) == flat
    monkeypatch.setattr(void, "ONE_SET", 0)
    assert void._statistics(g) == flat
    subjects, properties, classes, objects = flat
    assert subjects == len(g.subjects()) and sum(properties.values()) == len(g)
    assert classes[rdf._kg.Event] > 10 and objects > subjects


def _calls(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list:
    """The first argument of every call to ``module.name`` from now on (it still runs)."""
    seen: list = []
    original = getattr(module, name)

    def spy(first, *args, **kwargs):
        seen.append(first)
        return original(first, *args, **kwargs)

    monkeypatch.setattr(module, name, spy)
    return seen


class _Searched:
    """A pattern that records the length of every text searched with it."""

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern, self.lengths = pattern, []

    def search(self, text: str) -> re.Match | None:
        self.lengths.append(len(text))
        return self.pattern.search(text)


# A wire sentence full of full stops that end nothing: titles, initials, a short month.
BRIEFING = (
    "Lt. Gen. James R. O'Neill and Sen. Mary K. Holt of the U.S. Senate Armed Services "
    "committee met Col. A. B. Ferreira, Dr. Ines Kowalski and Prof. T. J. Abara on Friday, "
    "Sept. 18 in St. Louis. The talks ran late. Mr. Abara said the plan was sound."
)


def test_split_looks_for_an_abbreviation_only_at_a_sentence_end(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An abbreviation can only be the last few characters before a full stop: each
    candidate end is checked on those, not on the whole sentence so far (which grew
    with every title and initial, making a long sentence quadratic). The sentences are
    the ones a reader sees."""
    abbrev, month = _Searched(cards._ABBREV), _Searched(cards._MONTH)
    monkeypatch.setattr(cards, "_ABBREV", abbrev)
    monkeypatch.setattr(cards, "_MONTH", month)
    spans = cards._split(BRIEFING)
    assert [BRIEFING[s:e] for s, e in spans] == [
        BRIEFING[: BRIEFING.index(" The talks")],
        "The talks ran late.",
        "Mr. Abara said the plan was sound.",
    ]
    assert len(abbrev.lengths) >= 15 and month.lengths
    assert max(abbrev.lengths + month.lengths) <= 8


def test_md_leaves_plain_text_alone_and_still_escapes_and_isolates(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Most card values are plain ASCII words: they are neither rescanned for markup
    nor for right-to-left text. Markup, curly quotes and Arabic are treated as before."""
    isolated = _calls(monkeypatch, cards, "isolate")
    assert cards._md("Chancellor  sets out\nbudget plans") == "Chancellor sets out budget plans"
    assert isolated == []
    assert cards._md("a <b>*bold*</b> [link](x) #1 | `c` \\ d_e") == (
        "a &lt;b&gt;\\*bold\\*&lt;/b&gt; \\[link\\](x) \\#1 \\| \\`c\\` \\\\ d\\_e"
    )
    assert cards._md("“Not now,” he said") == "“Not now,” he said"
    assert cards._md("Al Jazeera (الجزيرة)") == "\u2068Al Jazeera (الجزيرة)\u2069"
    assert cards._md("BBC \u202eswen") == "\u2068BBC \u202eswen\u202c\u2069"


def test_a_mention_iri_is_spelt_without_checking_its_offsets(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A mention's local part is its offsets, always percent-safe: only its document's
    id (which may hold anything) goes through the check."""
    checked = _calls(monkeypatch, rdf, "_part")
    iris = rdf.Iris("https://news.example.org/kg/")
    ev = Evidence("bbc politics/012 (Blair)", 1204, 1215, "Tony Blair")
    assert iris.mention(ev) == (
        "https://news.example.org/kg/doc/bbc%20politics%2F012%20%28Blair%29/m/1204-1215"
    )
    assert checked == ["doc", "bbc politics/012 (Blair)"]


def test_a_card_names_its_event_once_for_all_its_related_events(
    sample_build: tuple[BuildResult, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The card's links each say "this …" for the event's quoted title: the title is
    quoted once a card, not once a link, and the card reads as the general path made it."""
    result = sample_build[0]
    events = cards.order(result)
    number = {e.id: i + 1 for i, e in enumerate(events)}
    index = cards._Index.of(result)
    ev = max(events, key=lambda e: len(cards.related(e, index)))
    assert len(cards.related(ev, index)) >= 3
    whole = cards.card(result, ev, number, index)
    quoted = _calls(monkeypatch, cards, "_quoted")
    assert cards.card(result, ev, number, index) == whole
    assert quoted == [ev]
    for r in cards.related(ev, index):
        assert cards._about_this(r.rationale, ev) == cards._about_this(
            r.rationale, ev, cards._this(ev)
        )

"""Score kg's event mentions, and a proxy of their attachments, on ECB+.

Usage: python bench/ecbplus.py DATA/ecbplus [--split train|dev|all] [--limit N] [--model M]
       [--errors N]

ECB+ (Cybulska & Vossen 2014) is news in 43 topics, each with two groups of articles
(``*ecb.xml``, ``*ecbplus.xml``) on two similar seminal events. Tokens carry the
annotation: event mentions (``ACTION_*`` and ``NEG_ACTION_*``: occurrence, reporting,
state, aspectual, causative, perception, generic), their participants (``HUMAN_PART*``,
``NON_HUMAN_PART*``), times (``TIME_*``) and locations (``LOC_*``), and within- and
cross-document coreference. Mentions without token anchors are instance descriptors
and are not read. Splits: ``train`` = topics 1-22 (tune here), ``dev`` = topics 23-35
(held apart: report it), ``all`` = 1-35. Topics 36-45 are the test topics the data's
owners hold out; this script never reads them.

Scored sentences: the annotation aimed at a selection of sentences per document,
listed in ``ECBplus_coreference_sentences.csv``; outside them many events are not
annotated. So only mentions, gold and predicted, whose tokens all lie in a listed
sentence of their document are scored (documents with no listed sentence are skipped).
The systems still read the whole text.

Text: each document is rebuilt from its tokens, sentences joined by a space, or by a
line break after one that does not end in a full stop (headlines, date lines): on
train, spaCy then finds 92% of the gold sentence starts, against 86% with one sentence
per line. The first sentence is the title. In ``*ecbplus.xml`` files sentence 0 is the
source URL and is left out.
Character offsets are kept per token, and predicted spans are mapped back to token
ids through them. The text is parsed once and the same parse goes to every system:

* ``kg``: ``extract_document``; every mention of every event, typed by the event's
  type, plus the cue of every statement (``MakeStatement``: kg keeps reporting events
  as statements). Attachments: an event's participants with evidence (role
  ``location`` -> location, any other role -> participant) and its time's evidence; a
  statement's speaker mention (participant) and its time's evidence;
* ``kg-all``: the same with ``extract_document(every_event=True)``: every mention the
  detector finds, including those the graph leaves out (an untyped verb with no actor,
  an untyped verb only inside a quote, a "said" whose quote kg did not find). ``kg``
  measures what users get; ``kg-all`` measures the detector against the baseline;
* ``baseline``: every token tagged ``VERB`` is an event of its own; participants are
  its ``nsubj``, ``nsubjpass``, ``dobj`` and the ``pobj`` of its ``agent`` (each child's
  subtree); time and location are the DATE/TIME and GPE/LOC/FAC entities of the
  verb's sentence nearest to it.

Matching: a predicted event mention matches a gold event mention when they share a
token. Pairs are one to one: identical token sets first, then larger token overlap,
then the earlier gold, then the earlier prediction. Mentions of one predicted event
that all lie inside one multi-word gold mention ("opened" and "fire" in "opened fire")
are first made one, as the gold counts them. "according to" is not counted as a
statement's cue: the gold marks it a reporting action in only 12 of its 32 scored
uses on train. Detection precision, recall and F1
are over all ``ACTION_*``/``NEG_ACTION_*`` mentions (untyped: the taxonomies differ);
recall is also given per gold class, and P/R/F1 per part of speech of the parse's head
(root) of the span: verb (VERB, AUX), noun (NOUN, PROPN) or other; a prediction is
classed by its own head, a gold mention by the head of the gold span, so nominal
triggers show apart.

Attachments (a proxy: ECB+ marks participants, times and locations but does not link
them to the events they belong to). For events with at least one mention matched to
gold, per kind (participant, time, location):

* accuracy = attachments whose span shares a token with a gold mention of that kind in
  a scored sentence ÷ attachments made in scored sentences (others are ignored);
* coverage = matched gold event mentions whose sentence holds a gold mention of that
  kind and whose predicted event has at least one correct attachment of that kind ÷
  matched gold event mentions whose sentence holds a gold mention of that kind.

The limit of the proxy: a "correct" attachment is a real participant, time or place
of *some* annotated event, not necessarily of this one; the figures bound how often an
attachment lands on an annotated argument-like span, not argument accuracy.
"""

from __future__ import annotations

import argparse
import bisect
import csv
import importlib.util
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from xml.etree import ElementTree

from spacy.tokens import Doc, Span
from spacy.tokens import Token as SpacyToken

from kg import nlp
from kg.extract import extract_document
from kg.model import Document


def _sibling(file: str) -> ModuleType:
    """Another script of bench/ as a module (the way ``tests/conftest.py`` loads them)."""
    path = Path(__file__).resolve().with_name(file)
    name = f"{path.stem}_bench"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


_meantime = _sibling("meantime.py")
prf = _meantime.prf  # (tp among predictions, predictions, tp among gold, gold) -> P, R, F1

SPLITS = {"train": range(1, 23), "dev": range(23, 36), "all": range(1, 36)}
KINDS = ("participant", "time", "location")  # attachment kinds
POS_CLASSES = ("verb", "noun", "other")
SENTENCES_CSV = "ECBplus_coreference_sentences.csv"
FILE_NAME = re.compile(r"(\d+)_(\d+)(ecbplus|ecb)\.xml$")

# The detokeniser: meantime's leaning tokens, plus ECB+'s quotes, split "’ s" clitics
# and split in-word hyphens ("90 - day").
NO_SPACE_BEFORE = _meantime.NO_SPACE_BEFORE
NO_SPACE_AFTER = _meantime.NO_SPACE_AFTER
CLITIC_TAILS = _meantime.CLITIC_TAILS
QUOTES = {"``": '"', "''": '"'}
SENTENCE_SEP = " "  # between sentences ending in a full stop: spaCy splits them best so
LINE_SEP = "\n"  # after a headline or date line, which has no full stop
ENDS = {".", "!", "?", '"', "'", "’", "”", ")"}


def _sentence_sep(index: int, last: str) -> str:
    """What goes before sentence ``index`` after a sentence ending in token ``last``."""
    del index
    return SENTENCE_SEP if last[-1:] in ENDS else LINE_SEP


def mention_kind(tag: str) -> str | None:
    """The component an ECB+ tag marks: event, participant, time, location, or None."""
    if tag.startswith(("ACTION_", "NEG_ACTION_")):
        return "event"
    if tag.startswith(("HUMAN_PART", "NON_HUMAN_PART")):
        return "participant"
    if tag.startswith("TIME_"):
        return "time"
    if tag.startswith("LOC_"):
        return "location"
    return None


def pos_class(pos: str) -> str:
    """verb / noun / other for a spaCy coarse tag."""
    if pos in {"VERB", "AUX"}:
        return "verb"
    if pos in {"NOUN", "PROPN"}:
        return "noun"
    return "other"


@dataclass
class Token:
    id: int  # t_id
    sentence: int
    text: str


@dataclass
class Mention:
    """A gold or predicted span of one document, with the token ids it covers."""

    doc: int  # index of the document in the split
    start: int
    end: int
    label: str  # gold: the ECB+ tag; predicted: the system's type
    kind: str = "event"  # event / participant / time / location
    tokens: frozenset[int] = frozenset()
    sentence: int = -1  # of the first token
    m_id: str = ""  # gold only
    event: int = -1  # predicted only: the system's event this mention belongs to
    text: str = ""
    pos: str = ""  # verb / noun / other, of the parse's head of the span
    lemma: str = ""
    why: str = ""  # predicted, kg-all only: why the graph leaves the mention out


@dataclass
class Attachment:
    """A participant, time or location a system attached to one of its events."""

    doc: int
    event: int
    kind: str  # participant / time / location
    start: int
    end: int
    tokens: frozenset[int] = frozenset()
    text: str = ""


@dataclass
class Prediction:
    """One system's output for one document."""

    mentions: list[Mention] = field(default_factory=list)  # event mentions
    attachments: list[Attachment] = field(default_factory=list)


@dataclass
class EcbDoc:
    """One ECB+ document: tokens, rebuilt text, gold mentions, chains, scored sentences."""

    id: str  # "1_10ecbplus"
    topic: int
    tokens: list[Token]  # in text order; the URL sentence of ecbplus files left out
    text: str = ""
    offsets: dict[int, tuple[int, int]] = field(default_factory=dict)  # t_id -> chars
    mentions: list[Mention] = field(default_factory=list)  # all anchored gold mentions
    chains: dict[str, str] = field(default_factory=dict)  # m_id -> chain / instance id
    intra: set[str] = field(default_factory=set)  # chain ids that are INTRA_DOC r_ids
    scored: set[int] = field(default_factory=set)  # listed sentence numbers
    _starts: list[int] = field(default_factory=list, repr=False)  # token starts, sorted
    _ids: list[int] = field(default_factory=list, repr=False)  # their t_ids
    _sentence: dict[int, int] = field(default_factory=dict, repr=False)  # t_id -> sentence

    @property
    def title(self) -> str:
        """The first sentence (the headline of an ecbplus file)."""
        if not self.tokens:
            return ""
        start, end = self.sentence_span(self.tokens[0].sentence)
        return self.text[start:end]

    def sentence_of(self, t_id: int) -> int:
        if not self._sentence:
            self.index()
        return self._sentence[t_id]

    def index(self) -> None:
        """Lookup tables for :meth:`tokens_in` (after ``text`` and ``offsets`` are set)."""
        order = sorted(self.offsets.items(), key=lambda kv: kv[1])
        self._ids = [t for t, _ in order]
        self._starts = [s for _, (s, _) in order]
        self._sentence = {t.id: t.sentence for t in self.tokens}

    def tokens_in(self, start: int, end: int) -> frozenset[int]:
        """Ids of the tokens that share a character with ``[start, end)``."""
        if not self._starts:
            self.index()
        i = max(bisect.bisect_right(self._starts, start) - 1, 0)
        out = []
        while i < len(self._ids) and self._starts[i] < end:
            t = self._ids[i]
            s, e = self.offsets[t]
            if s < end and e > start:
                out.append(t)
            i += 1
        return frozenset(out)

    def in_scope(self, tokens: frozenset[int]) -> bool:
        """All the tokens lie in listed sentences (an empty span is never in scope)."""
        return bool(tokens) and all(self.sentence_of(t) in self.scored for t in tokens)

    def sentence_span(self, sentence: int) -> tuple[int, int]:
        """Character bounds of one sentence in the text."""
        spans = [self.offsets[t.id] for t in self.tokens if t.sentence == sentence]
        return spans[0][0], spans[-1][1]

    def locate(self, m: Mention | Attachment) -> None:
        """Set the token ids (and, for a mention, the sentence) of a character span."""
        m.tokens = self.tokens_in(m.start, m.end)
        if isinstance(m, Mention) and m.tokens:
            m.sentence = self.sentence_of(min(m.tokens))

    def golds(self, kind: str) -> list[Mention]:
        """Gold mentions of one kind in scored sentences."""
        return [m for m in self.mentions if m.kind == kind and self.in_scope(m.tokens)]


def detokenise(
    sentences: list[list[str]], split_hyphens: bool = False
) -> tuple[str, list[tuple[int, int]]]:
    """ECB+ text: meantime's detokeniser with ECB+'s quotes and sentence breaks; with
    ``split_hyphens`` (the ecbplus files split "90-day" into three tokens; in the ecb
    files a lone hyphen is a dash) split words and numbers are glued back."""
    return _meantime.detokenise(sentences, _sentence_sep, split_hyphens, QUOTES)


def read_sentences(path: Path) -> dict[str, set[int]]:
    """Listed sentence numbers per document id ("1_10ecbplus") from the CSV."""
    out: dict[str, set[int]] = defaultdict(set)
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            out[f"{row['Topic'].strip()}_{row['File'].strip()}"].add(int(row["Sentence Number"]))
    return dict(out)


def read_document(path: Path, scored: set[int] | None = None, index: int = 0) -> EcbDoc:
    """An ECB+ XML file: tokens, text, anchored mentions, coreference chains.

    Chains: a ``CROSS_DOC_COREF`` relation gives its sources and target the instance id
    of its ``note``; an ``INTRA_DOC_COREF`` one its ``r_id`` (unique only within the
    document; ``intra`` lists those ids).
    """
    doc_id = path.name.removesuffix(".xml")
    match = FILE_NAME.search(path.name)
    plus = path.name.endswith("ecbplus.xml")
    root = ElementTree.parse(path).getroot()
    tokens = [
        Token(int(t.get("t_id")), int(t.get("sentence")), (t.text or "").strip())
        for t in root.iter("token")
    ]
    tokens = [t for t in tokens if t.text and not (plus and t.sentence == 0)]
    doc = EcbDoc(doc_id, int(match.group(1)) if match else 0, tokens, scored=set(scored or ()))
    sentences: list[list[Token]] = []
    for t in tokens:
        if not sentences or sentences[-1][0].sentence != t.sentence:
            sentences.append([])
        sentences[-1].append(t)
    doc.text, offsets = detokenise([[t.text for t in s] for s in sentences], plus)
    doc.offsets = {t.id: span for t, span in zip(tokens, offsets, strict=True)}
    doc.index()
    markables = root.find("Markables")
    for el in markables if markables is not None else ():
        kind = mention_kind(el.tag)
        anchors = [int(a.get("t_id")) for a in el.iter("token_anchor")]
        anchors = [a for a in anchors if a in doc.offsets]
        if kind is None or not anchors:
            continue  # instance descriptors, the URL sentence, unknown tags
        start = min(doc.offsets[a][0] for a in anchors)
        end = max(doc.offsets[a][1] for a in anchors)
        doc.mentions.append(
            Mention(index, start, end, el.tag, kind, frozenset(anchors),
                    doc.sentence_of(min(anchors)), el.get("m_id", ""),
                    text=doc.text[start:end])
        )  # fmt: skip
    doc.mentions.sort(key=lambda m: (m.start, m.end))
    relations = root.find("Relations")
    for rel in relations if relations is not None else ():
        chain = rel.get("note") if rel.tag == "CROSS_DOC_COREF" else rel.get("r_id")
        if rel.tag not in {"CROSS_DOC_COREF", "INTRA_DOC_COREF"} or not chain:
            continue
        for node in list(rel.iter("source")) + list(rel.iter("target")):
            doc.chains[node.get("m_id")] = chain
        if rel.tag == "INTRA_DOC_COREF":
            doc.intra.add(chain)
    return doc


def read_split(root: Path, split: str, limit: int | None = None) -> tuple[list[EcbDoc], int]:
    """Documents of a split that have listed sentences, and how many were skipped."""
    listed = read_sentences(root / SENTENCES_CSV)
    paths = []
    for path in root.glob("*/*.xml"):
        m = FILE_NAME.search(path.name)
        if m and int(m.group(1)) in SPLITS[split]:
            paths.append(((int(m.group(1)), int(m.group(2)), m.group(3) == "ecbplus"), path))
    docs, skipped = [], 0
    for _, path in sorted(paths):
        scored = listed.get(path.name.removesuffix(".xml"))
        if not scored:
            skipped += 1
            continue
        docs.append(read_document(path, scored, len(docs)))
        if limit and len(docs) >= limit:
            break
    return docs, skipped


def match(preds: list[Mention], golds: list[Mention]) -> list[tuple[int, int]]:
    """One-to-one (pred, gold) index pairs of one document, on shared tokens.

    Identical token sets first, then larger overlap, then text order (gold, then pred).
    """
    cands = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            shared = len(p.tokens & g.tokens)
            if shared:
                cands.append((p.tokens != g.tokens, -shared, g.start, p.start, j, i))
    cands.sort()
    used_p, used_g, pairs = set(), set(), []
    for *_, j, i in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return sorted(pairs)


@dataclass
class Evaluation:
    """One system's figures over a split, and what the error listing needs."""

    detection: tuple[float, float, float, int, int]  # P, R, F1, pred, gold
    by_pos: dict[str, tuple[float, float, float, int, int]]
    recall_by_class: dict[str, tuple[float, int, int]]  # R, matched, gold
    attachments: dict[str, tuple[float, int, int, float, int, int]]
    # kind -> accuracy, correct, made, coverage, covered, coverable
    golds: list[Mention]  # scored gold event mentions, flat
    preds: list[Mention]  # scored predicted event mentions, flat
    pairs: list[tuple[int, int]]  # indices into preds, golds


def scope(docs: list[EcbDoc], preds: list[Prediction]) -> list[Prediction]:
    """Locate every predicted span on tokens; keep those in scored sentences, with the
    mentions of one event inside one gold mention made one (:func:`one_per_gold_span`)."""
    out = []
    for d, p in zip(docs, preds, strict=True):
        for x in p.mentions + p.attachments:
            d.locate(x)
        mentions = [m for m in p.mentions if d.in_scope(m.tokens)]
        out.append(
            Prediction(
                one_per_gold_span(mentions, d.golds("event")),
                [a for a in p.attachments if d.in_scope(a.tokens)],
            )
        )
    return out


def one_per_gold_span(preds: list[Mention], golds: list[Mention]) -> list[Mention]:
    """Predicted mentions of one event that all lie inside one gold mention, as one.

    ECB+ marks a multi-word action as one mention ("opened fire", "caught fire",
    "checked into"); kg tells a support verb and its noun as two mentions of one event
    ("opened", "fire"). Matched one to one, the second counted as spurious though the
    gold holds both words in the one mention it defines. Mentions of different events,
    or a mention reaching outside the gold span, stay apart.
    """
    out: list[Mention] = []
    merged: dict[tuple[int, int], Mention] = {}  # (event, gold index) -> kept mention
    for m in preds:
        inside = [j for j, g in enumerate(golds) if len(g.tokens) > 1 and m.tokens <= g.tokens]
        key = (m.event, inside[0]) if inside else None
        if key is not None and key in merged:
            kept = merged[key]
            kept.tokens = kept.tokens | m.tokens
            kept.start, kept.end = min(kept.start, m.start), max(kept.end, m.end)
            continue
        if key is not None:
            merged[key] = m
        out.append(m)
    return out


def evaluate(docs: list[EcbDoc], preds: list[Prediction]) -> Evaluation:
    """Detection, per-class recall, per-POS P/R/F1 and attachment figures over a split.

    ``preds`` must already be located and scoped (see :func:`scope`).
    """
    golds: list[Mention] = []
    flat: list[Mention] = []
    pairs: list[tuple[int, int]] = []
    made: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    coverable: Counter[str] = Counter()
    covered: Counter[str] = Counter()
    for d, pr in zip(docs, preds, strict=True):
        gd = d.golds("event")
        local = match(pr.mentions, gd)
        pairs += [(i + len(flat), j + len(golds)) for i, j in local]
        matched_events = {pr.mentions[i].event for i, _ in local}
        hits: dict[str, set[int]] = {k: set() for k in KINDS}
        for kind in KINDS:
            gold_tokens = set().union(*(g.tokens for g in d.golds(kind)))
            for a in pr.attachments:
                if a.kind != kind or a.event not in matched_events:
                    continue
                made[kind] += 1
                if a.tokens & gold_tokens:
                    correct[kind] += 1
                    hits[kind].add(a.event)
            sentences = {g.sentence for g in d.golds(kind)}
            for i, j in local:
                if gd[j].sentence in sentences:
                    coverable[kind] += 1
                    covered[kind] += pr.mentions[i].event in hits[kind]
        golds += gd
        flat += pr.mentions
    tp = len(pairs)
    detection = (*prf(tp, len(flat), tp, len(golds)), len(flat), len(golds))
    hit_p = {i for i, _ in pairs}
    hit_g = {j for _, j in pairs}
    by_pos = {}
    for c in POS_CLASSES:
        n_p = [i for i, p in enumerate(flat) if p.pos == c]
        n_g = [j for j, g in enumerate(golds) if g.pos == c]
        tp_p = sum(i in hit_p for i in n_p)
        tp_g = sum(j in hit_g for j in n_g)
        by_pos[c] = (*prf(tp_p, len(n_p), tp_g, len(n_g)), len(n_p), len(n_g))
    recall_by_class = {}
    for label, n in sorted(Counter(g.label for g in golds).items(), key=lambda kv: -kv[1]):
        hit = sum(golds[j].label == label for j in hit_g)
        recall_by_class[label] = (hit / n, hit, n)
    attachments = {
        k: (
            correct[k] / made[k] if made[k] else 0.0,
            correct[k],
            made[k],
            covered[k] / coverable[k] if coverable[k] else 0.0,
            covered[k],
            coverable[k],
        )
        for k in KINDS
    }
    return Evaluation(detection, by_pos, recall_by_class, attachments, golds, flat, pairs)


# The systems and the parse-dependent parts.


def annotate(mentions: list[Mention], parsed: Doc) -> None:
    """Set each mention's part-of-speech class and lemma from the parse's head of its span."""
    for m in mentions:
        span = parsed.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            m.pos = "other"
            continue
        root = span.root
        m.pos, m.lemma = pos_class(root.pos_), root.lemma_.lower()


def _evidence(doc: int, event: int, kind: str, ev) -> Attachment:
    return Attachment(doc, event, kind, ev.start, ev.end, text=ev.text)


def kg_system(
    parsed: list[Doc], documents: list[Document], every_event: bool = False
) -> list[Prediction]:
    """kg's event mentions and statement cues, with their attachments: the events of the
    graph, or with ``every_event`` every mention the detector finds (the graph keeps an
    untyped verb only when an actor takes part, and a bare "said" never)."""
    out = []
    for di, (p, d) in enumerate(zip(parsed, documents, strict=True)):
        r = extract_document(p, d, every_event=every_event)
        left_out = p.user_data.get("kg_left_out", {})  # every_event: trigger -> why
        pred = Prediction()
        seen: set[tuple[int, int]] = set()
        for ei, ev in enumerate(r.events):
            for e in ev.mentions:
                if (e.start, e.end) not in seen:
                    seen.add((e.start, e.end))
                    why = _why(p, e, left_out)
                    pred.mentions.append(Mention(di, e.start, e.end, ev.type, event=ei,
                                                 text=e.text, why=why))  # fmt: skip
            for part in ev.participants:
                if part.evidence is not None:
                    kind = "location" if part.role == "location" else "participant"
                    pred.attachments.append(_evidence(di, ei, kind, part.evidence))
            if ev.time is not None and ev.time.evidence is not None:
                pred.attachments.append(_evidence(di, ei, "time", ev.time.evidence))
        for si, st in enumerate(r.statements):
            cue = st.cue
            if cue is None or (cue.start, cue.end) in seen or not cue.text.isalpha():
                continue  # a headline colon cues a quote but is no event
            if cue.text.lower() == "according":
                continue  # "according to X" names a source, not an act of saying
            seen.add((cue.start, cue.end))
            key = len(r.events) + si
            pred.mentions.append(Mention(di, cue.start, cue.end, "MakeStatement", event=key,
                                         text=cue.text))  # fmt: skip
            if st.speaker_mention is not None:
                pred.attachments.append(_evidence(di, key, "participant", st.speaker_mention))
            if st.time is not None and st.time.evidence is not None:
                pred.attachments.append(_evidence(di, key, "time", st.time.evidence))
        out.append(pred)
    return out


def _why(parsed: Doc, ev, left_out: dict[int, str]) -> str:
    """Why the graph leaves a mention out (kg's ``kg_left_out`` of the parse, by
    trigger token), or "" when it does not say: the first token of the span it names."""
    span = parsed.char_span(ev.start, ev.end, alignment_mode="expand")
    return next((left_out[t.i] for t in span or () if t.i in left_out), "")


BASELINE_ARGS = {"nsubj", "nsubjpass", "dobj"}
BASELINE_TIME = {"DATE", "TIME"}
BASELINE_PLACE = {"GPE", "LOC", "FAC"}


def _nearest(tok: SpacyToken, ents: list[Span]) -> Span | None:
    """The entity nearest to a token, by token distance (0 when it holds the token)."""

    def distance(e: Span) -> int:
        return 0 if e.start <= tok.i < e.end else min(abs(e.start - tok.i), abs(e.end - 1 - tok.i))

    return min(ents, key=distance, default=None)


def baseline_system(parsed: list[Doc], documents: list[Document]) -> list[Prediction]:
    """Every verb an event: core dependents as participants, nearest date and place."""
    del documents
    out = []
    for di, p in enumerate(parsed):
        pred = Prediction()
        for tok in p:
            if tok.pos_ != "VERB":
                continue
            ei = len(pred.mentions)
            end = tok.idx + len(tok.text)
            pred.mentions.append(Mention(di, tok.idx, end, "VERB", event=ei, text=tok.text))
            args = [c for c in tok.children if c.dep_ in BASELINE_ARGS]
            for c in tok.children:
                if c.dep_ == "agent":
                    args += [g for g in c.children if g.dep_ == "pobj"]
            for a in args:
                s, e = a.left_edge.idx, a.right_edge.idx + len(a.right_edge.text)
                pred.attachments.append(Attachment(di, ei, "participant", s, e, text=p.text[s:e]))
            ents = tok.sent.ents
            for kind, labels in (("time", BASELINE_TIME), ("location", BASELINE_PLACE)):
                ent = _nearest(tok, [x for x in ents if x.label_ in labels])
                if ent is not None:
                    pred.attachments.append(
                        Attachment(di, ei, kind, ent.start_char, ent.end_char, text=ent.text)
                    )
        out.append(pred)
    return out


def context(doc: EcbDoc, m: Mention, width: int = 110) -> str:
    """The mention's sentence with the mention in [brackets], cut to ``width`` a side."""
    s, e = doc.sentence_span(m.sentence)
    left = doc.text[s : m.start]
    right = doc.text[m.end : e]
    if len(left) > width:
        left = "…" + left[-width:]
    if len(right) > width:
        right = right[:width] + "…"
    return f"{left}[{doc.text[m.start : m.end]}]{right}"


def dropped(graph: Evaluation, every: Evaluation) -> list[Mention]:
    """Gold event mentions the detector finds (matched by ``every``, the ``kg-all`` run)
    that the graph leaves out (unmatched by ``graph``, the ``kg`` run): the gap between
    the detector and what users get. Both runs score the same gold, in the same order."""
    hit = {j for _, j in graph.pairs}
    return [every.golds[j] for _, j in sorted(every.pairs, key=lambda p: p[1]) if j not in hit]


def left_out_by_rule(graph: Evaluation, every: Evaluation) -> dict[str, tuple[int, int]]:
    """Per rule of the graph (the ``why`` kg gives a mention of ``kg-all``), the gold
    mentions it drops and the spurious ones: the mentions of ``every`` that ``graph``
    has not (by span), found gold or not. A rule that drops many gold and few spurious
    ones is where to look first, but read the real pages it would let through: ECB+
    marks aims, states and reporting verbs that the graph leaves out on purpose."""
    have = {(p.doc, p.start, p.end) for p in graph.preds}
    gold_of = dict(every.pairs)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for i, p in enumerate(every.preds):
        if (p.doc, p.start, p.end) not in have:
            counts[p.why or "(none given)"][0 if i in gold_of else 1] += 1
    return {k: (v[0], v[1]) for k, v in sorted(counts.items(), key=lambda kv: (-sum(kv[1]), kv[0]))}


def print_dropped(graph: Evaluation, every: Evaluation, docs: list[EcbDoc], n: int) -> None:
    """The gold mentions the graph drops though the detector finds them, for tuning the
    graph's filters (kg/extract/events.py, ``_left_out`` and ``_no_happening_rule``), each
    with the rule that leaves it out."""
    gap = dropped(graph, every)
    by_class = Counter(g.label for g in gap)
    print(f"\nFOUND BY THE DETECTOR, DROPPED BY THE GRAPH ({len(gap)})")
    print("  by class:", ", ".join(f"{k}×{v}" for k, v in by_class.most_common()))
    lemmas = Counter(f"{g.lemma}/{g.pos}" for g in gap)
    print("  by lemma:", ", ".join(f"{k}×{v}" for k, v in lemmas.most_common(n)))
    print("  kg-all mentions the graph lacks, by the rule that leaves them out (gold, not):")
    for rule, (gold, other) in left_out_by_rule(graph, every).items():
        print(f"    {rule:<34}{gold:5d}{other:5d}")
    why = {j: every.preds[i].why for i, j in every.pairs}
    gold_index = {id(g): j for j, g in enumerate(every.golds)}
    for g in gap[:n]:
        rule = why.get(gold_index[id(g)], "")
        print(f"  [{docs[g.doc].id}] {g.label} {g.lemma}/{g.pos} ({rule or '?'}): "
              f"{context(docs[g.doc], g)}")  # fmt: skip


def print_errors(ev: Evaluation, docs: list[EcbDoc], n: int) -> None:
    """Missed gold event mentions and spurious predictions of one system, for tuning."""
    hit_p = {i for i, _ in ev.pairs}
    hit_g = {j for _, j in ev.pairs}
    missed = [g for j, g in enumerate(ev.golds) if j not in hit_g]
    spurious = [p for i, p in enumerate(ev.preds) if i not in hit_p]
    by_class = Counter(g.label for g in missed)
    print("\nmissed by class:", ", ".join(f"{k}×{v}" for k, v in by_class.most_common()))
    by_pos = Counter(g.pos for g in missed)
    print("missed by head POS:", ", ".join(f"{k}×{v}" for k, v in by_pos.most_common()))
    print(f"\nMISSED ({len(missed)})")
    for g in missed[:n]:
        print(f"  [{docs[g.doc].id}] {g.label} {g.lemma}/{g.pos}: {context(docs[g.doc], g)}")
    print(f"\nSPURIOUS ({len(spurious)})")
    for p in spurious[:n]:
        print(f"  [{docs[p.doc].id}] {p.label} {p.lemma}/{p.pos}: {context(docs[p.doc], p)}")
    lemmas = Counter(f"{g.lemma}/{g.pos}" for g in missed)
    print(f"\nTOP {n} MISSED LEMMAS (gold head lemma/POS × count)")
    print("  " + ", ".join(f"{k}×{v}" for k, v in lemmas.most_common(n)))
    lemmas = Counter(f"{p.lemma}/{p.pos} ({p.label})" for p in spurious)
    print(f"\nTOP {n} SPURIOUS LEMMAS (predicted head lemma/POS (type) × count)")
    print("  " + ", ".join(f"{k}×{v}" for k, v in lemmas.most_common(n)))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root", type=Path, help="the ecbplus folder of the shared data")
    ap.add_argument("--split", default="train", choices=sorted(SPLITS))
    ap.add_argument("--limit", type=int, help="the first N documents of the split only")
    ap.add_argument("--model")
    ap.add_argument(
        "--errors", type=int, default=0,
        help="print N missed gold mentions and N spurious kg predictions, with lemma "
        "counts, and N gold mentions the detector finds but the graph drops",
    )  # fmt: skip
    args = ap.parse_args(argv)
    if not (args.root / SENTENCES_CSV).exists():
        sys.exit(f"{args.root / SENTENCES_CSV}: not found")
    docs, skipped = read_split(args.root, args.split, args.limit)
    if not docs:
        sys.exit(f"{args.root}: no documents of split {args.split}")
    documents = [Document(id=d.id, text=d.text, source_text=d.text, title=d.title) for d in docs]
    nlp.load(args.model)
    t0 = time.perf_counter()
    parsed = list(nlp.parse([d.text for d in docs], model=args.model))
    seconds = {"parse": time.perf_counter() - t0}
    for d, p in zip(docs, parsed, strict=True):
        annotate(d.mentions, p)
    evals: dict[str, Evaluation] = {}
    systems = {
        "kg": kg_system,
        "kg-all": lambda p, d: kg_system(p, d, every_event=True),
        "baseline": baseline_system,
    }
    for name, system in systems.items():
        t0 = time.perf_counter()
        preds = system(parsed, documents)
        seconds[name] = time.perf_counter() - t0
        preds = scope(docs, preds)
        for pr, p in zip(preds, parsed, strict=True):
            annotate(pr.mentions, p)
        evals[name] = evaluate(docs, preds)
    golds = evals["kg"].golds
    topics = sorted({d.topic for d in docs})
    kinds = Counter(m.kind for d in docs for m in d.mentions if d.in_scope(m.tokens))
    lo, hi = SPLITS[args.split][0], SPLITS[args.split][-1]
    print(
        f"ECB+ {args.split} (topics {lo}-{hi}; 36-45 held out by the data's owners): "
        f"{len(docs)} docs ({skipped} without listed sentences skipped), {len(topics)} topics, "
        f"{sum(len(d.scored) for d in docs)} sentences scored, {len(golds)} gold event "
        f"mentions (participants {kinds['participant']}, times {kinds['time']}, "
        f"locations {kinds['location']}); model {nlp.model_name(args.model)}"
    )
    print(
        f"time s: parse {seconds['parse']:.2f}, kg extract {seconds['kg']:.2f}, "
        f"kg-all {seconds['kg-all']:.2f}, "
        f"baseline {seconds['baseline']:.2f}"
    )
    print(f"\n{'system':<10}{'subset':<8}{'P':>7}{'R':>7}{'F1':>7}{'pred':>7}{'gold':>7}")
    for name, ev in evals.items():
        rows = [("events", ev.detection)] + [(c, ev.by_pos[c]) for c in POS_CLASSES]
        for subset, (p, r, f, n_p, n_g) in rows:
            print(f"{name:<10}{subset:<8}{p:7.3f}{r:7.3f}{f:7.3f}{n_p:7d}{n_g:7d}")
    print("\n(verb/noun/other: predictions by their own head, gold by the gold span's head)")
    print(f"\nrecall per gold class{'':<12}{'gold':>7}" + "".join(f"{n:>10}" for n in evals))
    for label, (_, _, n) in evals["kg"].recall_by_class.items():
        cells = "".join(f"{ev.recall_by_class[label][0]:10.3f}" for ev in evals.values())
        print(f"  {label:<31}{n:7d}{cells}")
    print(
        f"\n{'system':<10}{'attachment':<13}{'accuracy':>9}{'correct':>9}{'made':>7}"
        f"{'coverage':>10}{'covered':>9}{'of':>7}"
    )
    for name, ev in evals.items():
        for kind in KINDS:
            acc, ok, n, cov, hit, of = ev.attachments[kind]
            print(f"{name:<10}{kind:<13}{acc:9.3f}{ok:9d}{n:7d}{cov:10.3f}{hit:9d}{of:7d}")
    print(
        "\n(attachments of events with a matched mention; correct = shares a token with a "
        "gold mention of that kind, of any event)"
    )
    if args.errors:
        print_errors(evals["kg"], docs, args.errors)
        print_dropped(evals["kg"], evals["kg-all"], docs, args.errors)


if __name__ == "__main__":
    main()

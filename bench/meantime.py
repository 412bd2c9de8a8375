"""Score kg's actor mentions and cross-document actor resolution on MEANTIME.

Usage: python bench/meantime.py DATA/meantime [--split val] [--limit N] [--model M]
       [--sentences 6] [--errors N]

MEANTIME (Wikinews, CoNLL-style) annotates entity and event coreference chains whose ids
are global across the documents of a split. Scored here: the entity mentions of type
PER, ORG and LOC (FIN, PRO, MIX and every event chain are left out of the gold; a
prediction on one of them counts as spurious). Each document's text is rebuilt from its
tokens (headline, blank line, date line, blank line, body as one paragraph), parsed once,
and the same parse goes to both systems:

* ``kg``: ``extract_document`` on every document, then ``resolve`` over the whole split;
  kinds map person/group -> PER, organisation -> ORG, country/place -> LOC;
* ``baseline``: spaCy's entities (PERSON -> PER, ORG -> ORG, GPE/LOC/FAC/NORP -> LOC,
  as MEANTIME tags nationality adjectives LOC), one cluster per exact entity text.

Only the start of each article is annotated in full: the headline, the date line and the
first four body sentences (sentences 0-5). Later sentences carry a few mentions that
corefer with or take part in annotated events, and most names there are not annotated
(spaCy's entities match a gold mention 80-95% of the time in sentences 0-5, 20-40%
after). So by default only mentions, gold and predicted, that start in the first six
sentences are scored (``--sentences 0`` scores whole documents); the systems still read
the whole text.

Matching: gold spans carry determiners and modifiers ("the United States") that kg
drops, so a prediction matches a gold mention when it contains the gold head (the
parse's root of the gold span) and covers no character outside the gold span, bar a
trailing possessive 's. Pairs are one to one, exact spans first, then largest overlap.

Mentions: precision, recall, F1 per type (typed match), over all (untyped), and over
*named* mentions (the head is a proper noun or a capitalised adjective like
"American"), so names are visible apart from pronouns and descriptions.

Coreference: MUC, B³, CEAF-e (φ4, optimal alignment) and CoNLL F1 (their mean) over all
mentions of the split, gold chains as key, predicted clusters as response, singletons
kept on both sides. As the reference CoNLL scorer does with unequal mention sets, a
matched prediction takes its gold mention's id and an unmatched one keeps its own, so it
only costs precision; an unmatched gold mention only costs recall. The cross-document
figure mixes within- and cross-document links, so a within-document CoNLL F1 (clusters
split by document on both sides) is printed beside it. Tune on ``train``, report ``val``.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy.optimize import linear_sum_assignment

from kg import nlp
from kg.extract import extract_document
from kg.model import Document
from kg.resolve import resolve

SCORED = ("PER", "ORG", "LOC")
OTHER_ENTITIES = ("FIN", "PRO", "MIX")  # read for the error listing, never scored
EVENTS = ("OTH", "SPE", "GRA")  # event chains: read only on request (bench/event_coref.py)
KIND_TYPE = {
    "person": "PER",
    "group": "PER",
    "organisation": "ORG",
    "country": "LOC",
    "place": "LOC",
}
LABEL_TYPE = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "LOC",
}
POSSESSIVE = ("'s", "’s", "'", "’")

# The detokeniser: tokens that lean on their left or right neighbour.
NO_SPACE_BEFORE = {
    ",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...", "''", "”", "’", "'",
    "n't", "'s", "'S", "'re", "'ve", "'ll", "'d", "'m",
}  # fmt: skip
NO_SPACE_AFTER = {"(", "[", "{", "``", "“", "‘", "#", "£", "€"}
CLITIC_TAILS = {"ll", "m", "ve", "re", "d", "s", "t"}  # MEANTIME splits "I'll" as "I'" "ll"
APOSTROPHES = {"'", "’"}


@dataclass
class Mention:
    """A gold or predicted mention: character span, type and cluster (chain) id."""

    doc: int  # index of the document in the split
    start: int
    end: int
    type: str | None  # PER / ORG / LOC; None for a predicted kind outside the map
    cluster: str
    head: tuple[int, int] | None = None  # gold: characters of the parse's root token
    named: bool = False
    text: str = ""
    label: str = ""  # the system's own kind or entity label, for the error listing


@dataclass
class GoldDoc:
    id: str
    sentences: list[list[str]]
    text: str = ""
    offsets: list[tuple[int, int]] = field(default_factory=list)  # per token, flat
    mentions: list[Mention] = field(default_factory=list)  # PER / ORG / LOC
    other: list[Mention] = field(default_factory=list)  # FIN / PRO / MIX
    events: list[Mention] = field(default_factory=list)  # OTH / SPE / GRA, if asked for

    @property
    def headline(self) -> str:
        return self.text.split("\n", 1)[0]

    def window(self, sentences: int) -> int:
        """Where sentence number ``sentences`` starts (the text's end if 0 or too few)."""
        if sentences <= 0 or sentences >= len(self.sentences):
            return len(self.text)
        return self.offsets[sum(len(s) for s in self.sentences[:sentences])][0]


def _layout(index: int, last: str) -> str:
    """MEANTIME's layout: headline, blank line, date line, blank line, one body paragraph."""
    del last
    return "\n\n" if index <= 2 else " "


def _split_number(prev: str, tok: str, nxt: str) -> bool:
    """``tok`` is the comma, colon or point inside a number split apart: "20 , 000",
    "9 : 36", "$2 . 6" (but not "May 2 , 2013" or "2009 , 9")."""
    left = prev.lstrip("$")
    if not (left.isdigit() and nxt.isdigit()):
        return False
    if tok == ",":
        return len(left) <= 3 and len(nxt) == 3
    if tok == ":":
        return len(left) <= 2 and len(nxt) == 2
    return tok == "."


def detokenise(
    sentences: list[list[str]],
    separator: Callable[[int, str], str] | None = None,
    split_hyphens: bool = False,
    quotes_map: dict[str, str] | None = None,
) -> tuple[str, list[tuple[int, int]]]:
    """Text and per-token character offsets, flat: the one detokeniser of bench/.

    ``separator(i, last)`` says what goes before sentence ``i`` (> 0) after a sentence
    ending in token ``last``; by default MEANTIME's layout: headline, blank line, date
    line, blank line, then the body as one paragraph.

    ``quotes_map`` rewrites tokens (ECB+ gives `` and '' for straight double quotes); a
    straight quote opens at the start of a
    sentence, closes at its end, and otherwise alternates (quotes inside word tokens
    like ``"The`` count, and so does a ``' '`` pair). ``didn ’ t`` and ``Klitschko ’ s``
    are glued. With ``split_hyphens`` (the ecbplus files split "90-day" into three
    tokens; in the ecb files a lone hyphen is a dash) a lone hyphen between two word
    tokens is glued to both ("- -" stays a dash), and so are the comma, colon or point
    of a number split apart ("20 , 000", "9 : 36", "2 . 6").
    Offsets are kept, not recomputed, so ``text[start:end]`` is always the token.
    """
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    quotes = 0  # straight double quotes seen: odd means the next one closes
    for si, raw in enumerate(sentences):
        tokens = [(quotes_map or {}).get(t, t) for t in raw]
        glue = False  # the previous token leans right
        prev = ""
        for ti, tok in enumerate(tokens):
            nxt = tokens[ti + 1] if ti + 1 < len(tokens) else ""
            if tok == '"' and ti == 0:
                quotes += quotes % 2  # a quote opening a sentence opens
            elif tok == '"' and ti == len(tokens) - 1:
                quotes += 1 - quotes % 2  # one ending it closes
            inword = (
                split_hyphens
                and tok == "-" and prev != "-" and nxt != "-"
                and prev[-1:].isalnum() and nxt[:1].isalnum()
            )  # fmt: skip
            inword = inword or (split_hyphens and _split_number(prev, tok, nxt))
            if ti == 0:
                sep = "" if si == 0 else (separator or _layout)(si, parts[-1] if parts else "")
            elif (
                glue
                or inword
                or tok in NO_SPACE_BEFORE
                or (tok == '"' and quotes % 2 == 1)
                or (len(prev) > 1 and prev.endswith("'") and tok in CLITIC_TAILS)
            ):
                sep = ""
            else:
                sep = " "
            parts += [sep, tok]
            pos += len(sep)
            offsets.append((pos, pos + len(tok)))
            pos += len(tok)
            glue = (
                inword
                or tok in NO_SPACE_AFTER
                or tok.endswith("$")
                or (tok == '"' and quotes % 2 == 0)
                or (tok in APOSTROPHES and nxt in CLITIC_TAILS and prev[-1:].isalpha())
            )
            quotes += tok.count('"') + (tok == "'" and prev == "'" and sep == "")
            prev = tok
    return "".join(parts), offsets


def _items(cell: str) -> list[tuple[str, str]]:
    """``(kind, id)`` items of a coreference cell: open, close or single."""
    out = []
    for raw in cell.split("|"):
        item = raw.strip()
        if not item or item == "-":
            continue
        if item.startswith("(") and item.endswith(")"):
            out.append(("single", item[1:-1]))
        elif item.startswith("("):
            out.append(("open", item[1:]))
        elif item.endswith(")"):
            out.append(("close", item[:-1]))
    return out


def read_conll(text: str, events: bool = False) -> list[GoldDoc]:
    """Documents of a MEANTIME CoNLL file with their PER/ORG/LOC (and FIN/PRO/MIX) mentions,
    and with ``events`` their OTH/SPE/GRA event mentions too (``GoldDoc.events``).

    A chain can open twice at one token (a mention nested in another of the same chain),
    so opens are kept on a stack per chain id and a close pops the latest.
    """
    rows: dict[str, list[tuple[int, str, str]]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 5:
            continue
        rows.setdefault(cols[0], []).append((int(cols[1]), cols[3], cols[4]))
    docs = []
    for di, (doc_id, toks) in enumerate(rows.items()):
        sentences: list[list[str]] = []
        last = None
        for sent, tok, _ in toks:
            if sent != last:
                sentences.append([])
                last = sent
            sentences[-1].append(tok)
        doc = GoldDoc(doc_id, sentences)
        doc.text, doc.offsets = detokenise(sentences)
        stacks: dict[str, list[int]] = defaultdict(list)
        spans: list[tuple[int, int, str]] = []
        for i, (_, _, cell) in enumerate(toks):
            for kind, chain in _items(cell):
                if kind == "single":
                    spans.append((i, i + 1, chain))
                elif kind == "open":
                    stacks[chain].append(i)
                elif stacks[chain]:
                    spans.append((stacks[chain].pop(), i + 1, chain))
                else:
                    print(f"{doc_id}: {chain} closes at token {i} unopened", file=sys.stderr)
        for chain, opened in stacks.items():
            for i in opened:
                print(f"{doc_id}: {chain} opens at token {i} unclosed", file=sys.stderr)
        seen = set()
        for s, e, chain in sorted(spans):
            kind = chain[:3]
            wanted = SCORED + OTHER_ENTITIES + (EVENTS if events else ())
            if (s, e, chain) in seen or kind not in wanted:
                continue
            seen.add((s, e, chain))
            cs, ce = doc.offsets[s][0], doc.offsets[e - 1][1]
            m = Mention(di, cs, ce, kind, chain, text=doc.text[cs:ce], label=kind)
            if kind in EVENTS:
                doc.events.append(m)
            else:
                (doc.mentions if kind in SCORED else doc.other).append(m)
        docs.append(doc)
    return docs


def read_split(
    root: Path, split: str, limit: int | None = None, events: bool = False
) -> list[GoldDoc]:
    """The documents of a split; with ``events`` their event mentions too."""
    docs = read_conll((root / split / "dataset.conll").read_text(encoding="utf-8"), events)
    return docs[:limit] if limit else docs


def acceptable(pred: Mention, gold: Mention, text: str) -> bool:
    """The prediction holds the gold head and nothing outside the gold span but a 's."""
    hs, he = gold.head or (gold.start, gold.end)
    if not (pred.start <= hs and he <= pred.end and pred.start >= gold.start):
        return False
    return pred.end <= gold.end or text[gold.end : pred.end] in POSSESSIVE


def match(preds: list[Mention], golds: list[Mention], text: str) -> list[tuple[int, int]]:
    """One-to-one (pred, gold) pairs of one document: exact spans first, then overlap."""
    cands = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            if acceptable(p, g, text):
                exact = p.start == g.start and p.end == g.end
                overlap = min(p.end, g.end) - max(p.start, g.start)
                cands.append((not exact, -overlap, i, j))
    cands.sort()
    used_p, used_g, pairs = set(), set(), []
    for _, _, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def prf(tp_p: int, pred: int, tp_g: int, gold: int) -> tuple[float, float, float]:
    p = tp_p / pred if pred else 0.0
    r = tp_g / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# Coreference metrics: clusters are sets of mention ids; key = gold, response = system.

Clusters = list[set[Hashable]]


def _f(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _muc_recall(key: Clusters, response: Clusters) -> float:
    where = {m: i for i, c in enumerate(response) for m in c}
    num = den = 0
    for chain in key:
        # partitions of the chain by the response; a mention the response lacks is alone
        parts = {where.get(m, ("missing", m)) for m in chain}
        num += len(chain) - len(parts)
        den += len(chain) - 1
    return num / den if den else 0.0


def muc(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    """Vilain et al. 1995: links kept, counted over the partitions of each chain."""
    r, p = _muc_recall(key, response), _muc_recall(response, key)
    return p, r, _f(p, r)


def _b3_recall(key: Clusters, response: Clusters) -> float:
    where = {m: i for i, c in enumerate(response) for m in c}
    total = sum(len(c) for c in key)
    num = 0.0
    for chain in key:
        for n in Counter(where[m] for m in chain if m in where).values():
            num += n * n / len(chain)
    return num / total if total else 0.0


def b_cubed(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    """Bagga & Baldwin 1998, per mention; a mention missing on one side scores 0 there."""
    r, p = _b3_recall(key, response), _b3_recall(response, key)
    return p, r, _f(p, r)


def ceaf_e(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    """Luo 2005, entity-based: best one-to-one chain alignment under φ4 = 2|K∩R|/(|K|+|R|)."""
    if not key or not response:
        return 0.0, 0.0, 0.0
    where = {m: i for i, c in enumerate(response) for m in c}
    sim = np.zeros((len(key), len(response)))
    for k, chain in enumerate(key):
        for r, n in Counter(where[m] for m in chain if m in where).items():
            sim[k, r] = 2 * n / (len(chain) + len(response[r]))
    rows, cols = linear_sum_assignment(sim, maximize=True)
    total = float(sim[rows, cols].sum())
    p, r = total / len(response), total / len(key)
    return p, r, _f(p, r)


def group(items: Iterable[tuple[Hashable, Hashable]]) -> Clusters:
    """Clusters from ``(mention id, cluster key)`` pairs."""
    out: dict[Hashable, set[Hashable]] = defaultdict(set)
    for m, c in items:
        out[c].add(m)
    return list(out.values())


def coref_sets(
    golds: list[Mention],
    preds: list[Mention],
    pairs: list[tuple[int, int]],
    within_doc: bool = False,
) -> tuple[Clusters, Clusters]:
    """Key and response over one id space: a matched prediction takes its gold's id."""
    to_gold = dict(pairs)

    def cluster(m: Mention) -> Hashable:
        return (m.doc, m.cluster) if within_doc else m.cluster

    key = group((("g", j), cluster(g)) for j, g in enumerate(golds))
    response = group(
        (("g", to_gold[i]) if i in to_gold else ("p", i), cluster(p)) for i, p in enumerate(preds)
    )
    return key, response


def conll_rows(key: Clusters, response: Clusters) -> list[tuple[str, float, float, float]]:
    metrics = (("MUC", muc), ("B3", b_cubed), ("CEAF-e", ceaf_e))
    return [(name, *fn(key, response)) for name, fn in metrics]


@dataclass
class Evaluation:
    """One system's figures over a split, and what the error listing needs."""

    mention_rows: list[tuple[str, float, float, float, int, int]]
    coref_rows: list[tuple[str, float, float, float]]
    golds: list[Mention]
    preds: list[Mention]
    pairs: list[tuple[int, int]]  # indices into preds, golds (flat over the split)


def evaluate(
    gold_docs: list[list[Mention]], pred_docs: list[list[Mention]], texts: list[str]
) -> Evaluation:
    """Mention and coreference scores over a split; the inputs are per-document lists."""
    golds = [g for d in gold_docs for g in d]
    preds = [p for d in pred_docs for p in d]
    pairs: list[tuple[int, int]] = []
    typed = Counter()
    g_off = p_off = 0
    for gd, pd, text in zip(gold_docs, pred_docs, texts, strict=True):
        pairs += [(i + p_off, j + g_off) for i, j in match(pd, gd, text)]
        for t in SCORED:
            of_type = [p for p in pd if p.type == t], [g for g in gd if g.type == t]
            typed[t] += len(match(*of_type, text))
        g_off += len(gd)
        p_off += len(pd)
    rows = []
    for t in SCORED:
        n_p = sum(p.type == t for p in preds)
        n_g = sum(g.type == t for g in golds)
        rows.append((t, *prf(typed[t], n_p, typed[t], n_g), n_p, n_g))
    n_p, n_g = len(preds), len(golds)
    rows.append(("all", *prf(len(pairs), n_p, len(pairs), n_g), n_p, n_g))
    n_p, n_g = sum(p.named for p in preds), sum(g.named for g in golds)
    tp_p = sum(preds[i].named for i, _ in pairs)
    tp_g = sum(golds[j].named for _, j in pairs)
    rows.append(("named", *prf(tp_p, n_p, tp_g, n_g), n_p, n_g))
    key, response = coref_sets(golds, preds, pairs)
    coref = conll_rows(key, response)
    coref.append(("CoNLL", 0.0, 0.0, sum(r[3] for r in coref) / 3))
    within = conll_rows(*coref_sets(golds, preds, pairs, within_doc=True))
    coref.append(("CoNLL within-doc", 0.0, 0.0, sum(r[3] for r in within) / 3))
    return Evaluation(rows, coref, golds, preds, pairs)


# The systems and the parse-dependent parts.


def _is_named(tok) -> bool:
    return tok.pos_ == "PROPN" or (tok.pos_ == "ADJ" and tok.text[:1].isupper())


def annotate(mentions: list[Mention], parsed) -> None:
    """Set each mention's head (the parse's root of its span) and whether it is a name."""
    for m in mentions:
        span = parsed.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        m.head = (root.idx, root.idx + len(root.text))
        m.named = _is_named(root)


def kg_system(parsed: list, documents: list[Document]) -> list[list[Mention]]:
    results = [extract_document(p, d) for p, d in zip(parsed, documents, strict=True)]
    resolve(results)
    out = []
    for di, r in enumerate(results):
        row = []
        for m in r.actors:
            ev = m.evidence
            cluster = m.actor_id or f"{di}:{ev.start}-{ev.end}"  # unresolved: its own cluster
            row.append(
                Mention(
                    di, ev.start, ev.end, KIND_TYPE.get(m.kind), cluster, text=ev.text, label=m.kind
                )
            )
        out.append(row)
    return out


def baseline_system(parsed: list, documents: list[Document]) -> list[list[Mention]]:
    del documents
    out = []
    for di, p in enumerate(parsed):
        ents = [e for e in p.ents if e.label_ in LABEL_TYPE]
        out.append(
            [
                Mention(
                    di,
                    e.start_char,
                    e.end_char,
                    LABEL_TYPE[e.label_],
                    e.text,
                    text=e.text,
                    label=e.label_,
                )
                for e in ents
            ]
        )
    return out


def print_errors(ev: Evaluation, docs: list[GoldDoc], n: int) -> None:
    """Misses, spurious predictions, wrong and missed merges of one system, for tuning."""
    hit_p = {i for i, _ in ev.pairs}
    hit_g = {j for _, j in ev.pairs}
    missed = [g for j, g in enumerate(ev.golds) if j not in hit_g]
    spurious = [p for i, p in enumerate(ev.preds) if i not in hit_p]
    counts = Counter(f"{g.type}{'' if g.named else ' (not named)'}" for g in missed)
    print("\nmissed by type:", ", ".join(f"{k}×{v}" for k, v in counts.most_common()))
    print(f"\nMISSED ({len(missed)})")
    for g in missed[:n]:
        print(f"  [{docs[g.doc].id}] {g.type} {g.cluster}: {g.text!r}")
    other = 0
    for p in spurious:
        text = docs[p.doc].text
        other += any(acceptable(p, o, text) for o in docs[p.doc].other)
    print(f"\nSPURIOUS ({len(spurious)}; {other} of them on a FIN/PRO/MIX gold mention)")
    for p in spurious[:n]:
        print(f"  [{docs[p.doc].id}] {p.label} -> {p.cluster}: {p.text!r}")
    gold_of = {i: ev.golds[j] for i, j in ev.pairs}
    by_pred: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    by_gold: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for i, g in gold_of.items():
        p = ev.preds[i]
        by_pred[p.cluster][g.cluster].add(g.text)
        by_gold[g.cluster][p.cluster].add(p.text)
    tables = (
        ("WRONG MERGES (one predicted cluster, several gold chains)", by_pred),
        ("MISSED MERGES (one gold chain, several predicted clusters)", by_gold),
    )
    for title, table in tables:
        bad = sorted(((k, v) for k, v in table.items() if len(v) > 1), key=lambda kv: -len(kv[1]))
        print(f"\n{title} ({len(bad)})")
        for k, parts in bad[:n]:
            shown = "; ".join(f"{c}: {', '.join(sorted(t))[:80]}" for c, t in parts.items())
            print(f"  {k}: {shown[:300]}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root", type=Path, help="the meantime folder of the shared data")
    ap.add_argument("--split", default="val")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--model")
    ap.add_argument(
        "--sentences",
        type=int,
        default=6,
        help="score mentions in the first N sentences only (the fully annotated part; 0: all)",
    )
    ap.add_argument(
        "--errors",
        type=int,
        default=0,
        help="print N misses, N spurious mentions and N wrong / missed merges",
    )
    args = ap.parse_args(argv)
    path = args.root / args.split / "dataset.conll"
    if not path.exists():
        sys.exit(f"{path}: not found")
    docs = read_split(args.root, args.split, args.limit)
    documents = [Document(id=d.id, text=d.text, source_text=d.text, title=d.headline) for d in docs]
    nlp.load(args.model)
    t0 = time.perf_counter()
    parsed = list(nlp.parse([d.text for d in docs], model=args.model))
    seconds = {"parse": time.perf_counter() - t0}
    ends = [d.window(args.sentences) for d in docs]
    for d, p, end in zip(docs, parsed, ends, strict=True):
        d.mentions = [m for m in d.mentions if m.start < end]
        d.other = [m for m in d.other if m.start < end]
        annotate(d.mentions + d.other, p)
    evals = {}
    for name, system in (("kg", kg_system), ("baseline", baseline_system)):
        t0 = time.perf_counter()
        preds = system(parsed, documents)
        seconds[name] = time.perf_counter() - t0
        preds = [[m for m in ps if m.start < end] for ps, end in zip(preds, ends, strict=True)]
        for ps, p in zip(preds, parsed, strict=True):
            annotate(ps, p)
        evals[name] = evaluate([d.mentions for d in docs], preds, [d.text for d in docs])
    golds = evals["kg"].golds
    types = Counter(g.type for g in golds)
    chains: dict[str, set[int]] = defaultdict(set)
    for g in golds:
        chains[g.cluster].add(g.doc)
    print(
        f"MEANTIME {args.split}: {len(docs)} docs, {len(golds)} gold mentions "
        f"({', '.join(f'{t} {types[t]}' for t in SCORED)}; named {sum(g.named for g in golds)}), "
        f"{len(chains)} chains ({sum(len(v) > 1 for v in chains.values())} cross-document); "
        f"model {nlp.model_name(args.model)}"
    )
    scope = f"first {args.sentences} sentences of each doc" if args.sentences else "whole docs"
    print(f"scored: mentions in the {scope}")
    print(
        f"time s: parse {seconds['parse']:.2f}, kg extract+resolve {seconds['kg']:.2f}, "
        f"baseline {seconds['baseline']:.2f}"
    )
    print(f"\n{'system':<10}{'subset':<8}{'P':>7}{'R':>7}{'F1':>7}{'pred':>7}{'gold':>7}")
    for name, ev in evals.items():
        for subset, p, r, f, n_p, n_g in ev.mention_rows:
            print(f"{name:<10}{subset:<8}{p:7.3f}{r:7.3f}{f:7.3f}{n_p:7d}{n_g:7d}")
    print(f"\n{'system':<10}{'metric':<18}{'P':>7}{'R':>7}{'F1':>7}")
    for name, ev in evals.items():
        for metric, p, r, f in ev.coref_rows:
            pr = f"{p:7.3f}{r:7.3f}" if metric.startswith(("MUC", "B3", "CEAF")) else " " * 14
            print(f"{name:<10}{metric:<18}{pr}{f:7.3f}")
    if args.errors:
        print_errors(evals["kg"], docs, args.errors)


if __name__ == "__main__":
    main()

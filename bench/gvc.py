"""Score kg's cross-document event coreference on the Gun Violence Corpus, beside same-lemma
baselines run in the same process.

Usage: python bench/gvc.py DATA/gvc [--split val] [--limit N] [--model M] [--errors N]

The Gun Violence Corpus (Vossen et al. 2018; the split of Bugert et al. 2021) is local US
news on hundreds of *different* shootings, most reported by several outlets. It is the
test ECB+ is not: ECB+ rewards merging by topic words, GVC punishes it, since every
document is about a shooting and only the incident (``subtopic``) says which reports
share events. Report only: nothing in kg is tuned here.

Read: ``dataset.conll`` (document key ``topic/subtopic/hash``, sentence, token, text, event
chain). Sentence 0 of each document is its publication date (``2016-05-03``): it is not
part of the text, kg gets it as the document's ``published`` date. Sentence 1 is the
headline (the document's title). The text is rebuilt from the tokens with the one
detokeniser of bench/ (``meantime.detokenise``), character offsets kept per token; the
token ``//n`` marks a paragraph break (sometimes inside a sentence) and becomes a blank
line. Gold mentions come from ``event_mentions.json`` (one record per mention: document
key, sentence, token ids, ``coref_chain``); every sentence is annotated, so every
mention is scored. The gold document group is the incident (``subtopic`` of the key).

GVC annotates the mentions of the incident's gun-violence events (the shooting, hitting,
injuring, dying, firing, missing ...), not every event of the text: every other event kg
reports (an "investigating", a "press conference") is an unmatched prediction that costs
precision, and costs the lemma row over kg's mentions the same. The second table scores
the matched predictions alone: the linking, without the detector's extra events. GVC
also keeps an incident's sub-events apart (the shooting, the hitting of a victim, the
death are three chains), so one node for "shot" and "killed" is a wrong merge here.

Systems, one parse of each text (as ``bench/event_coref.py`` runs them on ECB+):

* ``kg``: ``extract_document`` per document (with its publication date), ``resolve``
  over the split, ``kg.link.stories``, ``kg.link.merge``. A mention's cluster is its
  merged event;
* ``lemma (kg mentions, no topics)``: kg's mentions clustered by the lemma of the
  parse's head, over the whole split (GVC has one topic, and kg is not told the
  incidents);
* ``lemma (gold mentions)``: the gold mentions clustered the same way, over the split.

Matching (``ecbplus.match``): a prediction matches a gold mention when they share a
token; one to one, identical token sets first, then larger overlap, then text order.
Scores (``event_coref.evaluate``): MUC, B³, CEAF-e and CoNLL F1 (their mean) over the
split, a matched prediction taking its gold mention's id, an unmatched one keeping its
own (precision only), an unmatched gold mention costing recall only; the within-document
CoNLL F1 (clusters cut by document) beside it. Documents: B³ over the documents grouped
by incident (gold) against grouped by their main predicted cluster (``main_cluster``).
"""

from __future__ import annotations

import argparse
import bisect
import importlib
import json
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from kg import nlp
from kg.model import Document

sys.path.insert(0, str(Path(__file__).resolve().parent))  # as when run as a script
_ec = importlib.import_module("event_coref")  # systems, scorers and the report
_ecbplus = _ec._ecbplus
_meantime = _ec._meantime

BREAK = "//n"  # GVC's paragraph break token


@dataclass
class GvcDoc:
    """One GVC document: text rebuilt from its tokens, with offsets per (sentence, token)."""

    key: str  # topic/subtopic/hash
    published: date | None
    text: str = ""
    title: str = ""
    offsets: list[tuple[int, int]] = field(default_factory=list)  # per kept token, flat
    flat: dict[tuple[int, int], int] = field(default_factory=dict)  # (sent, token) -> index
    starts: list[int] = field(default_factory=list)  # per kept token: its first character

    @property
    def id(self) -> str:
        return self.key.rsplit("/", 1)[-1]

    @property
    def incident(self) -> str:
        return self.key.split("/")[1]

    def tokens_in(self, start: int, end: int) -> frozenset[int]:
        """Flat indices of the tokens that share a character with ``[start, end)``."""
        i = max(bisect.bisect_right(self.starts, start) - 1, 0)
        out = []
        while i < len(self.offsets) and self.offsets[i][0] < end:
            if self.offsets[i][1] > start:
                out.append(i)
            i += 1
        return frozenset(out)


def _date(tokens: list[str]) -> date | None:
    try:
        return date.fromisoformat("".join(tokens).strip())
    except ValueError:
        return None


def build_doc(key: str, rows: list[tuple[int, int, str]]) -> GvcDoc:
    """A document from its ``(sentence, token, text)`` rows: date, title, text, offsets.

    Sentences are cut into pieces at each ``//n`` (dropped); a piece that follows a
    break, and the one after the headline, starts a new paragraph."""
    by_sent: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for s, t, tok in rows:
        by_sent[s].append((t, tok))
    doc = GvcDoc(key, _date([tok for _, tok in by_sent.get(0, [])]))
    pieces: list[list[tuple[int, int, str]]] = []
    opens: list[bool] = []  # per piece: it starts a paragraph
    brk = False
    for n, s in enumerate(sorted(k for k in by_sent if k > 0)):
        brk = brk or n == 1  # the sentence after the headline
        current: list[tuple[int, int, str]] | None = None
        for t, tok in by_sent[s]:
            if tok == BREAK:
                brk, current = True, None
                continue
            if current is None:
                current = []
                pieces.append(current)
                opens.append(brk)
                brk = False
            current.append((s, t, tok))

    def separator(i: int, last: str) -> str:
        del last
        return "\n\n" if opens[i] else " "

    sentences = [[tok for *_, tok in p] for p in pieces]
    doc.text, doc.offsets = _meantime.detokenise(sentences, separator)
    doc.starts = [s for s, _ in doc.offsets]
    flat = 0
    for p in pieces:
        for s, t, _ in p:
            doc.flat[(s, t)] = flat
            flat += 1
    if pieces:
        head = [doc.flat[(s, t)] for s, t, _ in pieces[0]]
        doc.title = doc.text[doc.offsets[head[0]][0] : doc.offsets[head[-1]][1]]
    return doc


def read_conll(text: str) -> list[GvcDoc]:
    """The documents of a GVC ``dataset.conll``, in file order."""
    rows: dict[str, list[tuple[int, int, str]]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 4:
            continue
        rows.setdefault(cols[0], []).append((int(cols[1]), int(cols[2]), cols[3]))
    return [build_doc(key, r) for key, r in rows.items()]


def read_mentions(records: list[dict], docs: list[GvcDoc]) -> list[list]:
    """Gold event mentions per document (``event_coref.EventMention``, token ids flat),
    in text order; a record of a document not read (``--limit``) is left out."""
    index = {d.key: i for i, d in enumerate(docs)}
    golds: list[list] = [[] for _ in docs]
    for r in records:
        di = index.get(r["conll_doc_key"])
        if di is None:
            continue
        d = docs[di]
        tokens = sorted(d.flat[(int(r["sent_id"]), int(t))] for t in r["tokens_number"])
        start, end = d.offsets[tokens[0]][0], d.offsets[tokens[-1]][1]
        golds[di].append(
            _ec.EventMention(di, start, end, str(r["coref_chain"]), d.text[start:end],
                             frozenset(tokens), label=r.get("mention_type", ""))
        )  # fmt: skip
    for row in golds:
        row.sort(key=lambda m: (m.start, m.end, str(m.cluster)))
    return _ec.with_sources(golds)


def gvc_corpus(folder: Path, limit: int | None = None) -> _ec.Corpus:
    """One GVC split read for ``event_coref``'s systems and scorers."""
    docs = read_conll((folder / "dataset.conll").read_text(encoding="utf-8"))
    docs = docs[:limit] if limit else docs
    records = json.loads((folder / "event_mentions.json").read_text(encoding="utf-8"))
    golds = read_mentions(records, docs)

    def in_scope(m) -> bool:
        m.tokens = docs[m.doc].tokens_in(m.start, m.end)
        return bool(m.tokens)  # every sentence is annotated

    def match(preds: list, gold: list) -> list[tuple[int, int]]:
        return _ecbplus.match(preds, gold)

    incidents = sorted({d.incident for d in docs})
    undated = sum(d.published is None for d in docs)
    return _ec.Corpus(
        "GVC",
        folder.name,
        [d.id for d in docs],
        [
            Document(
                id=d.id,
                text=d.text,
                source_text=d.text,
                title=d.title or None,
                published=d.published,
            )
            for d in docs
        ],  # fmt: skip
        golds,
        [0] * len(docs),  # one topic: the baselines cluster over the whole split
        [d.incident for d in docs],
        in_scope,
        match,
        f"{len(incidents)} incidents; {undated} documents without a publication date; "
        "scored: every sentence",
    )


def matched_only(ev: _ec.Evaluation, docs: int) -> list[list]:
    """The predictions of an evaluation that matched a gold mention, per document."""
    hit = {i for i, _ in ev.pairs}
    out: list[list] = [[] for _ in range(docs)]
    for i, p in enumerate(ev.preds):
        if i in hit:
            out[p.doc].append(p)
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root", type=Path, help="the gvc folder of the shared data")
    ap.add_argument("--split", default="val")
    ap.add_argument("--limit", type=int, help="the first N documents of the split only")
    ap.add_argument("--model")
    ap.add_argument(
        "--errors",
        type=int,
        default=0,
        help="print N wrong merges and N missed cross-document merges of kg",
    )
    args = ap.parse_args(argv)
    folder = args.root / args.split
    if not (folder / "dataset.conll").is_file():
        sys.exit(f"{folder / 'dataset.conll'}: not found")
    t_all = time.perf_counter()
    corpus = gvc_corpus(folder, args.limit)
    if not corpus.ids:
        sys.exit(f"{folder}: no documents")
    seconds = {"read": time.perf_counter() - t_all}
    nlp.load(args.model)
    t0 = time.perf_counter()
    parsed = list(nlp.parse(corpus.texts, model=args.model))
    seconds["parse"] = time.perf_counter() - t0
    for row, p in zip(corpus.golds, parsed, strict=True):
        _ec.annotate(row, p)
    t0 = time.perf_counter()
    merged = _ec.kg_system(parsed, corpus.documents)
    seconds["kg"] = time.perf_counter() - t0
    index = {d: i for i, d in enumerate(corpus.ids)}
    preds = {"kg": _ec.kg_mentions(merged, index, corpus.in_scope)}
    for row, p in zip(preds["kg"], parsed, strict=True):
        _ec.annotate(row, p)
    t0 = time.perf_counter()
    preds["lemma (kg mentions, no topics)"] = _ec.lemma_clusters(preds["kg"], corpus.topics)
    preds["lemma (gold mentions)"] = _ec.lemma_clusters(corpus.golds, corpus.topics)
    seconds["lemma"] = time.perf_counter() - t0
    evals = {name: _ec.evaluate(corpus.golds, ps, corpus.match, corpus.doc_gold)
             for name, ps in preds.items()}  # fmt: skip
    matched = {}
    for name, short in (
        ("kg", "kg, matched"),
        ("lemma (kg mentions, no topics)", "lemma (kg, no topics), matched"),
    ):
        rows = matched_only(evals[name], len(corpus.ids))
        matched[short] = _ec.evaluate(corpus.golds, rows, corpus.match, corpus.doc_gold)

    _ec.print_run(corpus, nlp.model_name(args.model), merged, seconds, t_all)
    _ec.report(evals)
    print("\nscored on the predictions that match a gold mention only (the linking alone):")
    _ec.report(matched)
    if args.errors:
        _ec.print_errors(evals["kg"], corpus.ids, args.errors, corpus.doc_gold)


if __name__ == "__main__":
    main()

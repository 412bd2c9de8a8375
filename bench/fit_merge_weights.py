"""Fit the weights of kg's cross-document merge score on ECB+ train and print them as the
table ``kg/data/merge_weights.tsv`` holds.

Usage: python bench/fit_merge_weights.py DATA [--split train] [--beta 0.5]

kg runs as ``bench/event_coref.py`` runs it (extract, resolve over the split, stories),
then takes the pairs ``kg.link.merge`` weighs (``kg.link.candidates``), each with the
features ``kg.link.assess`` computes. A pair is positive when the two per-document
events have mentions matched to one gold chain. A logistic regression (scikit-learn,
needed here only: kg computes the score in plain Python from the table) gives the
weights; the threshold is the score with the best F-beta over the pairs (beta 0.5: a
wrong merge costs more than a missed one). ECB+ documents carry no publication date and
few dates in their text, so the date features cannot be fitted here: they keep the
weights the table gives them by hand. Fit on train only; report dev with
``bench/event_coref.py``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import event_coref as ec
from sklearn.linear_model import LogisticRegression

from kg import link, nlp
from kg.extract import extract_document
from kg.resolve import resolve

HAND = ("same_day", "time_overlap", "published_near", "same_target")  # see the docstring


def pairs(root: Path, split: str) -> tuple[list[dict[str, float]], list[bool]]:
    """Features and gold labels of the candidate pairs of one ECB+ split."""
    corpus = ec.ecbplus_corpus(root / "ecbplus", split)
    parsed = list(nlp.parse(corpus.texts))
    results = [extract_document(p, d) for p, d in zip(parsed, corpus.documents, strict=True)]
    actors = resolve(results)
    events = [e for r in results for e in r.events]
    story = link.stories(actors, link.article_dates(corpus.documents))
    index = {d: i for i, d in enumerate(corpus.ids)}
    alone = ec.kg_mentions({e.id: e for e in events}, index, corpus.in_scope)
    chains: dict[str, set] = {}
    for pd, gd in zip(alone, corpus.golds, strict=True):
        for i, j in corpus.match(pd, gd):
            chains.setdefault(pd[i].cluster, set()).add(gd[j].cluster)
    by_id = {e.id: e for e in events}
    feats, labels = [], []
    for x, y in link.candidates(events, story):
        if x in chains and y in chains:  # both scored: a label can be read
            feats.append(link.assess(by_id[x], by_id[y], actors, story).features)
            labels.append(bool(chains[x] & chains[y]))
    return feats, labels


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root", type=Path, help="the shared data folder (holding ecbplus/)")
    ap.add_argument("--split", default="train")
    ap.add_argument("--beta", type=float, default=0.5)
    args = ap.parse_args(argv)
    if args.split != "train":
        print("note: weights are meant to be fitted on train only", file=sys.stderr)
    feats, labels = pairs(args.root, args.split)
    fitted = [f for f in link.FEATURES if f not in HAND and f != "bias"]
    hand, _ = link.merge_weights()
    model = LogisticRegression(C=1.0, max_iter=5000)
    model.fit([[f[k] for k in fitted] for f in feats], labels)
    weights = dict(hand)
    weights.update({k: round(float(w), 3) for k, w in zip(fitted, model.coef_[0], strict=True)})
    weights["bias"] = round(float(model.intercept_[0]), 3)
    scored = [link.logistic(f, weights) for f in feats]
    best = (0.0, 0.5)
    b2 = args.beta**2
    for t in [i / 20 for i in range(2, 20)]:
        tp = sum(s >= t and y for s, y in zip(scored, labels, strict=True))
        chosen = sum(s >= t for s in scored)
        p, r = tp / max(chosen, 1), tp / max(sum(labels), 1)
        f = (1 + b2) * p * r / (b2 * p + r) if p + r else 0.0
        print(f"# threshold {t:.2f}: {chosen} pairs, P {p:.3f} R {r:.3f} F{args.beta} {f:.3f}")
        best = max(best, (f, t))
    print(f"# {len(labels)} pairs, {sum(labels)} positive, ECB+ {args.split}")
    for k in link.FEATURES:
        print(f"{k}\t{weights[k]}" + ("\t# by hand" if k in HAND else ""))
    print(f"threshold\t{best[1]:.2f}")


if __name__ == "__main__":
    main()

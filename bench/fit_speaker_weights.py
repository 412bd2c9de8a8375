"""Fit the weights of kg's speaker-mention choice on PolNeAR train and print them as the
table ``kg/data/speaker_weights.tsv`` holds.

Usage: python bench/fit_speaker_weights.py DATA/polnear [--split train] [--C 1.0]

The rules of ``kg.extract.statements`` pick a statement's speaker (the actor); the
words shown for it may be any of that actor's mentions near the cue: the name a "he"
stands for, or a "he" closer to the cue than the name. ``_Builder.speaker_choices``
lists them with their features. Each statement kg matches to a PolNeAR attribution
that has a Source (matched as ``bench/polnear.py`` does) gives one group; a candidate
is positive when it overlaps the Source. Where the rules found no speaker, "none" is a
candidate too, right when the attribution has no Source (PolNeAR's "seemed", "is
expected"), so that a speaker is only added where the weights beat that. Since kg keeps
the best candidate of each group, what matters is which candidate wins, not how sure each
one is: the weights are fitted for the pick, by a listwise (softmax) fit over each group's
candidates, which maximises the probability that the right candidates outscore the
others of their own group (conditional logit, L2 penalty ``1/(2C)``; scipy, needed here
only: kg takes the best candidate by a plain weighted sum of the table). An earlier
pairwise logistic fit on feature differences weighed a group by its pairs, so a sentence
with eight wrong candidates counted eight times one with a single rival. The script
prints how often the rules' choice and the weighted choice are right in those groups,
with a cross-validated figure on train (``--folds``). Fit on train only; report dev with
``bench/polnear.py``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import polnear
from scipy.optimize import minimize

from kg import ingest, nlp
from kg.errors import InputError
from kg.extract.actors import ActorIndex
from kg.extract.statements import SPEAKER_FEATURES, _Builder
from kg.model import Evidence

Group = list[tuple[dict[str, float], bool]]


def groups(root: Path, split: str, limit: int | None = None) -> tuple[list[Group], int]:
    """The candidate groups of a split, each candidate's features with its label, and
    the number of matched statements with a gold Source (choice or not)."""
    documents, golds = [], []
    for txt, ann in polnear.load_split(root, split, limit):
        doc = next(iter(ingest.read_documents([txt])))
        if isinstance(doc, InputError):
            print(f"skipped {doc}", file=sys.stderr)
            continue
        documents.append(doc)
        golds.append(polnear.read_gold(ann, doc.source_text))
    out: list[Group] = []
    scored = 0
    parsed = nlp.parse(d.text for d in documents)
    for doc, pdoc, gold in zip(documents, parsed, golds, strict=True):
        builder = _Builder(pdoc, doc, ActorIndex(pdoc, doc))
        builder.build()
        made = [st for st, _ in builder.choices]
        preds = [
            polnear.Prediction([(c.start, c.end) for c in st.content], None, False) for st in made
        ]
        for i, j in polnear.match(preds, gold):
            source = polnear._chars(gold[j].source)
            choices = builder.choices[i][1]
            none = bool(choices) and choices[0][0] is None  # the rules found no speaker
            if not source and not none:
                continue  # no Source to hit, and a speaker the rules found stays
            scored += bool(source)
            if len(choices) > 1:
                out.append([(f, _hits(ev, source)) for ev, f, _ in choices])
    return out, scored


def _hits(ev: Evidence | None, source: set[int]) -> bool:
    """Whether a candidate is right: its words overlap the Source; "none" where there
    is no Source."""
    return not source if ev is None else bool(set(range(ev.start, ev.end)) & source)


def fit(data: list[Group], c: float = 1.0) -> dict[str, float]:
    """Weights maximising the softmax probability of each group's right candidates,
    over the groups that have both a right and a wrong one (the others cannot move)."""
    used = [g for g in data if any(ok for _, ok in g) and not all(ok for _, ok in g)]
    x = np.array([[f[k] for k in SPEAKER_FEATURES] for g in used for f, _ in g])
    right = np.array([ok for g in used for _, ok in g], dtype=float)
    group = np.repeat(np.arange(len(used)), [len(g) for g in used])

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        s = x @ w
        top = np.full(len(used), -np.inf)
        np.maximum.at(top, group, s)
        e = np.exp(s - top[group])
        every = np.bincount(group, e, len(used))
        good = np.bincount(group, e * right, len(used))
        value = float(np.log(every).sum() - np.log(good).sum() + w @ w / (2 * c))
        grad = x.T @ (e / every[group] - e * right / good[group]) + w / c
        return value, grad

    w = minimize(loss, np.zeros(len(SPEAKER_FEATURES)), jac=True, method="L-BFGS-B").x
    return {k: round(float(v), 3) for k, v in zip(SPEAKER_FEATURES, w, strict=True)}


def cross_validated(data: list[Group], c: float, folds: int) -> int:
    """How many groups the weighted choice gets right when each fold is chosen by
    weights fitted on the others: the figure to compare settings by, on train."""
    return sum(
        choose(g, fit([h for j, h in enumerate(data) if j % folds != k], c))
        for k in range(folds)
        for g in data[k::folds]
    )


def choose(group: Group, weights: dict[str, float]) -> bool:
    """Whether the best-weighted candidate of a group overlaps the Source."""
    best = max(group, key=lambda c: sum(weights[f] * x for f, x in c[0].items()))
    return best[1]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root", type=Path, help="the polnear folder of the shared data")
    ap.add_argument("--split", default="train")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--C", type=float, default=1.0, help="inverse regularisation strength")
    ap.add_argument("--folds", type=int, default=0, help="also cross-validate on N folds")
    args = ap.parse_args(argv)
    if args.split != "train":
        print("note: weights are meant to be fitted on train only", file=sys.stderr)
    data, scored = groups(args.root, args.split, args.limit)
    if not data:
        sys.exit(f"{args.root}: no statement with a choice of speaker mention in {args.split}")
    weights = fit(data, args.C)
    rules = sum(g[0][1] for g in data)
    fitted = sum(choose(g, weights) for g in data)
    print(
        f"# {len(data)} matched statements have a choice ({scored} matched with a Source; "
        f"{sum(map(len, data))} candidates); the rules' choice is right in {rules}, "
        f"the weighted choice in {fitted}"
    )
    if args.folds > 1:
        right = cross_validated(data, args.C, args.folds)
        print(f"# cross-validated on {args.folds} folds, the weighted choice is right in {right}")
    for k in SPEAKER_FEATURES:
        print(f"{k}\t{weights[k]}")


if __name__ == "__main__":
    main()

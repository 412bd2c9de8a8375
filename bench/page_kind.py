"""How well kg tells pages that are no article from articles, on saved pages labelled by
hand, beside ``og:type`` alone.

Usage: python bench/page_kind.py WEBPAGES --labels SET=LABELS.tsv [--labels ...] [--errors]

WEBPAGES is ``data/webpages`` (see its README); SET is a folder under it with a
``pages/`` folder (``trafilatura-eval``, ``htmldate-mediacloud``). A labels file has a
line per page: its file name, ``article`` or ``not``, then anything (a category, say),
tab-separated; lines starting with ``#`` are skipped. Labels are made by hand and kept
outside the repository.

kg's decision is the one the build makes: each page is read by
``kg.ingest.html.from_html`` as a folder of pages is (no address given beside the page),
and a page is "flagged" when kg keeps it out as no article. The baseline flags a page
whose ``og:type`` is stated and is not ``article``. Scores are for the class "not an
article": precision, recall, and the count that matters most, articles flagged (a news
article dropped is worse than a stray page kept). ``--errors`` lists every page where
kg and the label disagree, with kg's reason.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from trafilatura.utils import load_html

from kg.errors import E, InputError
from kg.ingest.common import Limits
from kg.ingest.decode import _decode
from kg.ingest.html import from_html

_FLAG = E.NOT_ARTICLE.split("{why}")[0]


def _labels(path: Path) -> dict[str, bool]:
    """File name -> True where the page is no article."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, label = line.split("\t")[:2]
        out[name] = label.strip() == "not"
    return out


def _kg(source: str, name: str) -> str | None:
    """kg's reason for keeping the page out as no article, None when kg reads it, or
    "" when kg cannot read it at all (no text in the page)."""
    result = from_html(source, name, "page", Limits())
    if not isinstance(result, InputError):
        return None
    return result.problem.split(_FLAG, 1)[1] if _FLAG in result.problem else ""


def _og_type(source: str) -> bool:
    """The baseline: a stated og:type other than "article"."""
    tree = load_html(source)
    if tree is None:
        return False
    kinds = [
        (m.get("content") or "").strip().lower()
        for m in tree.iter("meta")
        if (m.get("property") or m.get("name") or "").lower() == "og:type"
    ]
    return bool(kinds) and "article" not in kinds


def _scores(pairs: list[tuple[bool, bool]]) -> str:
    """Precision and recall of "not an article" from (gold, flagged) pairs."""
    tp = sum(g and f for g, f in pairs)
    fp = sum(f and not g for g, f in pairs)
    fn = sum(g and not f for g, f in pairs)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return f"P {p:.3f} R {r:.3f} (flagged {tp + fp}: {tp} right, {fp} articles dropped)"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("webpages", type=Path)
    ap.add_argument("--labels", action="append", required=True, metavar="SET=TSV")
    ap.add_argument("--errors", action="store_true", help="list the pages kg gets wrong")
    args = ap.parse_args()
    for given in args.labels:
        name, _, tsv = given.partition("=")
        labels = _labels(Path(tsv))
        kg_pairs, base_pairs, wrong = [], [], []
        unreadable = 0
        t0 = time.perf_counter()
        for file, gold in sorted(labels.items()):
            text, _problem = _decode((args.webpages / name / "pages" / file).read_bytes())
            if text is None:
                continue
            why = _kg(text, file)
            if why == "":  # no text to judge: kept out as empty whatever its kind
                unreadable += 1
                continue
            kg_pairs.append((gold, why is not None))
            base_pairs.append((gold, _og_type(text)))
            if gold != (why is not None):
                wrong.append(f"  {'missed' if gold else 'DROPPED'} {file} {why or ''}")
        n_not = sum(g for g, _ in kg_pairs)
        seconds = time.perf_counter() - t0
        print(
            f"{name}: {len(kg_pairs)} pages, {n_not} not articles "
            f"({unreadable} left out: no text to judge; {seconds:.0f} s)"
        )
        print(f"  kg       {_scores(kg_pairs)}")
        print(f"  og:type  {_scores(base_pairs)}")
        if args.errors:
            print("\n".join(wrong))


if __name__ == "__main__":
    main()

"""Score kg's statement extractor on PolNeAR beside textacy's ``direct_quotations``.

Usage: python bench/polnear.py DATA/polnear [--split dev] [--limit N] [--errors N]

Both systems read the same parse of the same cleaned text, and are scored the same way
(the practice in ``../shared/README.md``):

* a predicted statement matches a gold attribution when their content spans overlap by
  at least half of the shorter one (character sets, so split quotes count as a whole);
  pairs are matched one to one, largest overlap first; where gold attributions overlap a
  prediction equally (a nested one spans the words of the one inside it), the one whose
  Source the predicted speaker overlaps first;
* precision, recall and F1 over all attributions, and over direct quotes alone: the
  gold direct quotes are the attributions whose content is wholly inside quotation
  marks; for precision a predicted direct quote counts when it matches any gold
  attribution (PolNeAR sometimes spans a quote with its lead-in), for recall a gold
  direct quote counts when a predicted *direct* quote matches it;
* speaker accuracy over matched pairs whose gold attribution has a ``Source``: the
  predicted speaker mention overlaps the gold Source span;
* kg's statements by mode (speech, writing, belief, finding, stance; PolNeAR has no
  such label, so each mode gets its count, precision and speaker accuracy), and kg with
  speech and writing alone, what a user who keeps only speech gets, scored like the rest.

Articles with several annotators keep the first annotator's file. Tune on ``train``,
report ``dev``.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kg import ingest, nlp
from kg.errors import InputError
from kg.extract import extract_document
from kg.model import DIRECT, SPEECH, STATEMENT_MODES, WRITING, Document

QUOTE_MARKS = '"“”„«»'


@dataclass
class Attribution:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    cue: str = ""
    direct: bool = False


@dataclass
class Prediction:
    content: list[tuple[int, int]]
    speaker: tuple[int, int] | None
    direct: bool
    label: str = ""
    mode: str = ""


def _spans(field_: str) -> list[tuple[int, int]]:
    return [(int(a), int(b)) for a, b in (p.split() for p in field_.split(";"))]


def is_direct(text: str, spans: list[tuple[int, int]]) -> bool:
    """A content is a direct quote when each part is enclosed by quotation marks."""
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in ".,;:"):
            e -= 1
        opens = text[s] in QUOTE_MARKS or text[max(0, s - 1)] in QUOTE_MARKS
        tail = text[e : e + 2]
        closes = text[e - 1] in QUOTE_MARKS or any(c in QUOTE_MARKS for c in tail)
        if not (opens and closes):
            return False
    return True


def read_gold(ann: Path, text: str) -> list[Attribution]:
    """The attributions of one brat file: every ``E`` line that has a Content."""
    spans: dict[str, tuple[str, list[tuple[int, int]], str]] = {}
    events = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = (kind, _spans(offsets), parts[2] if len(parts) > 2 else "")
        elif line.startswith("E") and len(parts) >= 2:
            events.append(parts[1].split())
    gold = []
    for args in events:
        att = Attribution([])
        for arg in args:
            role, _, ref = arg.partition(":")
            role = role.rstrip("0123456789")
            if ref not in spans:
                continue
            if role == "Content":
                att.content += spans[ref][1]
            elif role == "Source":
                att.source += spans[ref][1]
            elif role == "Cue":
                att.cue = spans[ref][2]
        if att.content:
            att.content.sort()
            att.direct = is_direct(text, att.content)
            gold.append(att)
    return gold


def _chars(spans: list[tuple[int, int]]) -> set[int]:
    return {i for s, e in spans for i in range(s, e)}


def match(preds: list[Prediction], gold: list[Attribution]) -> list[tuple[int, int]]:
    """One-to-one pairs (pred, gold) whose overlap is at least half the shorter span,
    largest overlap first; of gold attributions that overlap a prediction equally (a
    nested one, "the Sun reported [X said “…”]", spans the same words as the one inside
    it), the one whose Source is the predicted speaker, then the first."""
    pc = [_chars(p.content) for p in preds]
    gc = [_chars(g.content) for g in gold]
    gs = [_chars(g.source) for g in gold]
    cands = []
    for i, a in enumerate(pc):
        said = _chars([preds[i].speaker]) if preds[i].speaker else set()
        for j, b in enumerate(gc):
            if not a or not b:
                continue
            inter = len(a & b)
            if inter and inter >= 0.5 * min(len(a), len(b)):
                cands.append((-inter, not (said & gs[j]), i, j))
    cands.sort()
    used_p, used_g, pairs = set(), set(), []
    for _, _, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def kg_predictions(parsed, document: Document) -> list[Prediction]:
    out = []
    for st in extract_document(parsed, document).statements:
        spk = st.speaker_mention
        out.append(
            Prediction(
                [(c.start, c.end) for c in st.content],
                (spk.start, spk.end) if spk else None,
                st.kind == DIRECT,
                f"{st.kind} {st.mode} {st.speaker_name!r} cue={st.cue.text if st.cue else None!r}",
                st.mode,
            )
        )
    return out


def textacy_predictions(parsed, document: Document) -> list[Prediction]:
    from textacy.extract import direct_quotations

    out = []
    try:
        triples = list(direct_quotations(parsed))
    except ValueError:  # textacy gives up on a document with unpaired quotation marks
        return out
    for speaker, cue, content in triples:
        src = document.source_offset
        spk = (src(speaker[0].idx), src(speaker[-1].idx + len(speaker[-1].text)))
        out.append(
            Prediction(
                [(src(content.start_char), src(content.end_char))],
                spk,
                True,
                f"textacy cue={' '.join(t.text for t in cue)!r}",
            )
        )
    return out


@dataclass
class Score:
    tp: int = 0
    pred: int = 0
    gold: int = 0
    spk_ok: int = 0
    spk_n: int = 0
    d_tp_p: int = 0  # predicted direct quotes that match a gold attribution
    d_pred: int = 0
    d_tp_g: int = 0  # gold direct quotes matched by a predicted direct quote
    d_gold: int = 0
    d_spk_ok: int = 0
    d_spk_n: int = 0
    modes: Counter = field(default_factory=Counter)  # mode -> [pred, tp, spk_ok, spk_n]

    def add(self, preds: list[Prediction], gold: list[Attribution]) -> list[tuple[int, int]]:
        pairs = match(preds, gold)
        self.tp += len(pairs)
        self.pred += len(preds)
        self.gold += len(gold)
        self.d_pred += sum(p.direct for p in preds)
        self.d_gold += sum(g.direct for g in gold)
        for p in preds:
            self.modes[(p.mode, "pred")] += 1
        for i, j in pairs:
            p, g = preds[i], gold[j]
            self.modes[(p.mode, "tp")] += 1
            if p.direct:
                self.d_tp_p += 1
            if p.direct and g.direct:
                self.d_tp_g += 1
            if g.source:
                ok = p.speaker is not None and bool(_chars([p.speaker]) & _chars(g.source))
                self.spk_n += 1
                self.spk_ok += ok
                self.modes[(p.mode, "spk_n")] += 1
                self.modes[(p.mode, "spk_ok")] += ok
                if p.direct and g.direct:
                    self.d_spk_n += 1
                    self.d_spk_ok += ok
        return pairs

    @staticmethod
    def prf(tp_p: int, pred: int, tp_g: int, gold: int) -> tuple[float, float, float]:
        p = tp_p / pred if pred else 0.0
        r = tp_g / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def mode_rows(self) -> list[tuple[str, int, float, float]]:
        """(mode, statements, precision, speaker accuracy) for each mode kg predicted."""
        rows = []
        for mode in STATEMENT_MODES:
            n = self.modes[(mode, "pred")]
            if n:
                spk_n = self.modes[(mode, "spk_n")]
                spk = self.modes[(mode, "spk_ok")] / spk_n if spk_n else 0.0
                rows.append((mode, n, self.modes[(mode, "tp")] / n, spk))
        return rows

    def rows(self) -> list[tuple[str, float, float, float, float]]:
        acc = self.spk_ok / self.spk_n if self.spk_n else 0.0
        dacc = self.d_spk_ok / self.d_spk_n if self.d_spk_n else 0.0
        return [
            ("all", *self.prf(self.tp, self.pred, self.tp, self.gold), acc),
            ("direct", *self.prf(self.d_tp_p, self.d_pred, self.d_tp_g, self.d_gold), dacc),
        ]


def _wrong_speaker(text: str, pred: Prediction, gold: Attribution) -> str:
    """ "gold Source / kg's mention" for a matched pair the speaker rule counts wrong,
    else ""; the same rule as :meth:`Score.add`, to read the errors behind the figure."""
    if not gold.source:
        return ""
    if pred.speaker is not None and _chars([pred.speaker]) & _chars(gold.source):
        return ""
    said = text[pred.speaker[0] : pred.speaker[1]] if pred.speaker else None
    return f"{' | '.join(text[s:e] for s, e in gold.source)!r} / {said!r}"


def load_split(root: Path, split: str, limit: int | None) -> list[tuple[Path, Path]]:
    """(text file, annotation file) pairs; the first annotator of each article."""
    anns: dict[str, Path] = {}
    for ann in sorted((root / split / "attributions").glob("*.ann")):
        name = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
        anns.setdefault(name, ann)
    pairs = []
    for name, ann in sorted(anns.items()):
        txt = root / split / "text" / f"{name}.txt"
        if txt.exists():
            pairs.append((txt, ann))
    return pairs[:limit] if limit else pairs


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root", type=Path, help="the polnear folder of the shared data")
    ap.add_argument("--split", default="dev")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--model")
    ap.add_argument(
        "--errors",
        type=int,
        default=0,
        help="print N misses, N false alarms and N wrong speakers",
    )
    args = ap.parse_args(argv)
    pairs = load_split(args.root, args.split, args.limit)
    if not pairs:
        sys.exit(f"{args.root}: no {args.split}/text + {args.split}/attributions pairs found")
    documents, golds = [], []
    for txt, ann in pairs:
        items = list(ingest.read_documents([txt]))
        doc = items[0]
        if isinstance(doc, InputError):
            print(f"skipped {doc}", file=sys.stderr)
            continue
        documents.append(doc)
        golds.append(read_gold(ann, doc.source_text))
    nlp.load(args.model)
    t0 = time.perf_counter()
    parsed = list(nlp.parse((d.text for d in documents), model=args.model))
    parse_s = time.perf_counter() - t0
    systems = {"kg": kg_predictions}
    if importlib.util.find_spec("textacy") is not None:
        systems["textacy direct_quotations"] = textacy_predictions
    else:  # the baseline is optional: kg's own figures need only kg
        print("textacy not installed: its baseline is left out", file=sys.stderr)
    scores = {name: Score() for name in systems}
    speech = Score()  # kg's speech and writing alone
    seconds = dict.fromkeys(systems, 0.0)
    misses, alarms, speakers = [], [], []
    for doc, pdoc, gold in zip(documents, parsed, golds, strict=True):
        for name, system in systems.items():
            t0 = time.perf_counter()
            preds = system(pdoc, doc)
            seconds[name] += time.perf_counter() - t0
            pairs = scores[name].add(preds, gold)
            if name == "kg":
                speech.add([p for p in preds if p.mode in {SPEECH, WRITING}], gold)
            if name == "kg" and args.errors:
                hit_p = {i for i, _ in pairs}
                hit_g = {j for _, j in pairs}
                text = doc.source_text
                misses += [
                    (doc.id, g.cue, " | ".join(text[s:e] for s, e in g.content))
                    for j, g in enumerate(gold)
                    if j not in hit_g
                ]
                alarms += [
                    (doc.id, p.label, " | ".join(text[s:e] for s, e in p.content))
                    for i, p in enumerate(preds)
                    if i not in hit_p
                ]
                speakers += [
                    (doc.id, _wrong_speaker(text, preds[i], gold[j]), preds[i].label)
                    for i, j in pairs
                    if _wrong_speaker(text, preds[i], gold[j])
                ]
    n_gold = scores["kg"].gold
    print(
        f"PolNeAR {args.split}: {len(documents)} articles, {n_gold} attributions "
        f"({scores['kg'].d_gold} direct quotes); model {nlp.model_name(args.model)}; "
        f"parse {parse_s:.1f} s"
    )
    print(f"{'system':<28}{'subset':<8}{'P':>7}{'R':>7}{'F1':>7}{'speaker':>9}{'time s':>8}")
    for name, score in scores.items():
        for subset, p, r, f, acc in score.rows():
            print(f"{name:<28}{subset:<8}{p:7.3f}{r:7.3f}{f:7.3f}{acc:9.3f}{seconds[name]:8.2f}")
    for subset, p, r, f, acc in speech.rows():
        print(f"{'kg, speech + writing alone':<28}{subset:<8}{p:7.3f}{r:7.3f}{f:7.3f}{acc:9.3f}")
    print(f"\nkg by mode{'':<18}{'n':>8}{'P':>7}{'speaker':>9}")
    for mode, n, p, acc in scores["kg"].mode_rows():
        print(f"{'':<28}{mode:<8}{n:>5}{p:7.3f}{acc:9.3f}")
    if args.errors:
        cues = Counter(c.lower() for _, c, _ in misses)
        print("\nmissed cues:", ", ".join(f"{c}×{n}" for c, n in cues.most_common(25)))
        for title, rows in (
            ("MISSED", misses),
            ("FALSE ALARMS", alarms),
            ("WRONG SPEAKERS (gold Source / kg's mention)", speakers),
        ):
            print(f"\n{title} ({len(rows)})")
            for doc_id, label, content in rows[: args.errors]:
                print(f"  [{doc_id}] {label}: {content[:160]!r}")


if __name__ == "__main__":
    main()

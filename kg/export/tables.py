"""Table exports: one JSON object per line, for people who want rows, not triples.

Why JSON Lines next to the Turtle: a data team's first step is often a dataframe, and
``pd.read_json("statements.jsonl", lines=True)`` (or ``duckdb``, ``jq``) reads these
files with no RDF tooling. Each line is one record with the same ids as the graph
(statement ids are ``<doc id>/<start>-<end>``, actor and event ids as in
:mod:`kg.model`), and every span carries its ``start``/``end`` offsets into the
document's source text, so a row can be checked against the article it came from.

Each table is a function from a :class:`~kg.model.BuildResult` to rows (plain dicts),
registered in :data:`TABLES` under its file name; :func:`write_table` serialises any of
them the same way: keys sorted, non-ASCII kept, one line per row, rows in the
result's own order, so the same build gives the same bytes.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from ..model import NAME, Actor, BuildResult, Event, Evidence, Relation, Statement, TimeValue
from ..taxonomy import EVENT_TYPES
from . import copies_of, write_atomic

Row = dict[str, Any]


def _span(ev: Evidence | None) -> Row | None:
    """A source-text span: offsets into the document's source text plus the text."""
    if ev is None:
        return None
    return {"start": ev.start, "end": ev.end, "text": ev.text}


def _time(t: TimeValue | None) -> Row | None:
    if t is None:
        return None
    return {
        "text": t.text,
        "start": t.start.isoformat() if t.start else None,
        "end": t.end.isoformat() if t.end else None,
        "precision": t.precision,
        "duration": t.duration,
    }


def statement_row(st: Statement, result: BuildResult) -> Row:
    """One statement as a flat record; ``about_actors`` ids the build lacks are left out."""
    return {
        "id": st.id,
        "doc_id": st.doc_id,
        "kind": st.kind,
        "type": st.type,
        "mode": st.mode,
        "text": st.text,
        "content": [_span(part) for part in st.content],
        "speaker": st.speaker,
        "speaker_name": st.speaker_name,
        "speaker_mention": _span(st.speaker_mention),
        "cue": _span(st.cue),
        "addressee": st.addressee,
        "channel": st.channel,
        "relay": st.relay,
        "time": _time(st.time),
        "about_actors": [a for a in st.about_actors if a in result.actors],
        "about_events": list(st.about_events),
    }


def statements(result: BuildResult) -> Iterable[Row]:
    """Who said what, in the order of ``result.statements``."""
    return (statement_row(st, result) for st in result.statements)


def event_row(
    ev: Event,
    name: dict[str, str],
    said: dict[str, list[str]],
    copies: dict[str, list[str]] | None = None,
) -> Row:
    """One event: type, trigger, every mention, participants with roles, the three
    clocks (event time here; each source's publication date and each statement's time
    sit in their own tables), factuality and sources. ``said`` maps event ids to the
    statements about them. ``sources`` lists after each document the other outlets'
    copies of its text (``copies``: document id -> their ids), as the graph does.

    A participant whose name resolved to no actor (the "she" of a quote's "we" whom
    the text never names) keeps its name, with ``actor`` null: its name is no actor id,
    and as one it would join the actor that happens to have that id."""
    return {
        "id": ev.id,
        "title": ev.title,
        "summary": ev.summary,
        "type": ev.type,
        "type_label": EVENT_TYPES.get(ev.type, (ev.type, ""))[0],
        "cameo_plover": EVENT_TYPES.get(ev.type, ("", ""))[1] or None,
        "lemma": ev.lemma,
        "factuality": ev.factuality,
        "ongoing": ev.ongoing,
        "trigger": {"doc_id": ev.trigger.doc_id, **_span(ev.trigger)},
        "mentions": [{"doc_id": m.doc_id, **_span(m)} for m in ev.mentions],
        "participants": [
            {
                "actor": p.actor if p.actor in name else None,
                "name": name.get(p.actor, p.actor),
                "role": p.role,
                "description": p.description,
                "mention": _span(p.evidence),
            }
            for p in ev.participants
        ],
        "place": ev.place,
        "time": _time(ev.time),
        "instruments": [m.text for m in ev.instruments],
        "sources": [i for s in ev.sources for i in (s, *(copies or {}).get(s, ()))],
        "members": list(ev.members),
        "merge_score": ev.merge_score if len(ev.members) > 1 else None,
        "merge_rationale": ev.merge_rationale or None,
        "statements": said.get(ev.id, []),
    }


def events(result: BuildResult) -> Iterable[Row]:
    """Every event, in the order of ``result.events``."""
    name = {a.id: a.name for a in result.actors.values()}
    said: dict[str, list[str]] = {}
    for st in result.statements:
        for eid in st.about_events:
            said.setdefault(eid, []).append(st.id)
    copies = {i: [c.id for c in cs] for i, cs in copies_of(result.documents).items()}
    return (event_row(ev, name, said, copies) for ev in result.events.values())


def actor_row(actor: Actor, name: dict[str, str]) -> Row:
    """One actor: names, kind, identity, offices and every mention with its offsets;
    ``name`` gives the names of the actors its positions point at."""
    # each read once: in a build with an output folder they wait on disk
    # (:class:`kg.state.ActorSpans`), and a look-up of a form there reads the file
    mentions, forms = list(actor.mentions), dict(actor.forms)
    return {
        "id": actor.id,
        "name": actor.name,
        "kind": actor.kind,
        "wikidata": actor.wikidata,
        "aliases": sorted(actor.aliases),
        "titles": sorted(actor.titles),
        "positions": [
            {
                "office": p.role,
                "affiliation": p.affiliation,
                "affiliation_name": name.get(p.affiliation or ""),
                "toward": p.toward,
                "toward_name": name.get(p.toward or ""),
            }
            for p in sorted(
                actor.positions, key=lambda p: (p.role, p.affiliation or "", p.toward or "")
            )
        ],
        "countries": sorted(actor.countries),
        "documents": sorted({m.doc_id for m in mentions}),
        "mention_count": len(mentions),
        "mentions": [
            {"doc_id": m.doc_id, "form": forms.get(m, NAME), **(_span(m) or {})}
            for m in mentions
        ],
        "merge_reasons": list(actor.merge_reasons),
    }


def actors(result: BuildResult) -> Iterable[Row]:
    """Every actor and place, most mentioned first (ties by id), as a reader ranks them."""
    ranked = sorted(result.actors.values(), key=lambda a: (-len(a.mentions), a.id))
    names = {aid: a.name for aid, a in result.actors.items()}
    return (actor_row(a, names) for a in ranked)


def relation_row(rel: Relation, result: BuildResult) -> Row:
    """One typed link between two events, with both titles so the row reads alone."""
    return {
        "source": rel.source,
        "source_title": result.events[rel.source].title,
        "target": rel.target,
        "target_title": result.events[rel.target].title,
        "type": rel.type,
        "score": round(rel.score, 3),
        "rationale": rel.rationale,
    }


def relations(result: BuildResult) -> Iterable[Row]:
    """Every event relation, in the order the linker ranked them."""
    return (relation_row(r, result) for r in result.relations)


# Table name -> rows; each is written as <name>.jsonl and/or <name>.csv.
TABLES: dict[str, Callable[[BuildResult], Iterable[Row]]] = {
    "statements": statements,
    "actors": actors,
    "events": events,
    "relations": relations,
}


# One encoder for every row: json.dumps with options other than its defaults builds a
# new JSONEncoder per call, a tenth of writing a table's lines.
_JSONL = json.JSONEncoder(ensure_ascii=False, sort_keys=True, allow_nan=False).encode


def jsonl_lines(rows: Iterable[Row]) -> Iterator[str]:
    """Rows as JSON Lines, one line at a time: sorted keys, UTF-8 text kept as is, a
    newline after each. Written as they come, a table of a large corpus is never one
    string in memory."""
    for row in rows:
        yield _JSONL(row) + "\n"


def to_jsonl(rows: Iterable[Row]) -> str:
    """Rows as JSON Lines (:func:`jsonl_lines`), as one string."""
    return "".join(jsonl_lines(rows))


def _flat(row: Row, records: set[str]) -> Row:
    """A row as CSV cells: a nested record becomes ``key.field`` columns, a list of
    plain values one ``"; "``-joined cell, a list of records one JSON cell. ``records``
    are the keys that hold a record in some row (left empty where a row has none)."""
    out: Row = {}
    for key, value in row.items():
        if value is None and key in records:
            continue
        if isinstance(value, dict):
            for sub, v in value.items():
                out[f"{key}.{sub}"] = v
        elif isinstance(value, list) and any(isinstance(v, dict) for v in value):
            out[key] = json.dumps(value, ensure_ascii=False, sort_keys=True)
        elif isinstance(value, list):
            out[key] = "; ".join(str(v) for v in value)
        else:
            out[key] = value
    return out


# What a spreadsheet reads as the start of a formula (the OWASP list: = + - @, TAB and CR,
# and the fullwidth = + - @ some spreadsheets take for them).
FORMULA_START = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")


def csv_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet shows and never runs: text that would start a formula
    ("+SUM(A1:A9) is not how we count jobs") gets a leading ``'``, which Excel,
    LibreOffice and Google Sheets take as "this is text". Numbers are left as they are:
    a negative score is a number, not a formula. JSON Lines keep the raw text."""
    if isinstance(value, str) and value[:1] in FORMULA_START:
        return "'" + value
    return value


def to_csv(rows: Iterable[Row]) -> str:
    """Rows as CSV with a header, for ``pd.read_csv``; columns in first-seen order; text
    cells that a spreadsheet would run as formulas neutralised (:func:`csv_cell`)."""
    rows = list(rows)
    records = {k for r in rows for k, v in r.items() if isinstance(v, dict)}
    flat = [_flat(r, records) for r in rows]
    columns = list(dict.fromkeys(k for r in flat for k in r))
    buf = io.StringIO()
    out = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n", restval="")
    out.writeheader()
    for r in flat:
        out.writerow({k: "" if v is None else csv_cell(v) for k, v in r.items()})
    return buf.getvalue()


SERIALISERS = {"jsonl": jsonl_lines, "csv": to_csv}


def write_table(name: str, fmt: str = "jsonl") -> Callable[[BuildResult, Path, Any], None]:
    """The writer of the table ``name`` (a key of :data:`TABLES`) as ``fmt``."""
    rows, serialise = TABLES[name], SERIALISERS[fmt]

    def write(result: BuildResult, path: Path, settings: Any = None) -> None:
        write_atomic(path, serialise(rows(result)))

    write.__doc__ = f"Write ``{name}.{fmt}`` atomically."
    return write


write_statements = write_table("statements")
write_actors = write_table("actors")
write_events = write_table("events")

"""Event cards: one Markdown card per event, the form users read (seeds/002).

Title, summary, sources, each participant's part in a sentence ("actor responses"),
what was said about the event, and related events each with its relation and
rationale. Events with more sources and more participants come first.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..model import BuildResult, Conflict, Document, Event, Relation, Statement
from ..taxonomy import EVENT_TYPES
from . import SOURCES_NOTE, copies_of, sources, write_atomic


def _md(text: str) -> str:
    """Keep article text from being read as Markdown or HTML markup in a card."""
    out = text.replace("\\", "\\\\").replace("<", "&lt;").replace(">", "&gt;")
    for ch in "*_`[]#|":
        out = out.replace(ch, "\\" + ch)
    return " ".join(out.split())


def _said_how(st: Statement) -> list[str]:
    """Type, kind, the date it was said, channel and audience, as far as they are known."""
    facts = [st.type, st.kind]
    if st.time:
        t = st.time
        if t.start and t.precision in ("month", "year"):
            facts.append(t.start.isoformat()[: 7 if t.precision == "month" else 4])
        elif t.start and t.end and t.end != t.start:
            facts.append(f"{t.start.isoformat()} to {t.end.isoformat()}")
        elif t.start or t.end:
            facts.append((t.start or t.end).isoformat())
        elif t.text:
            facts.append(t.text)
    if st.channel:
        facts.append(st.channel)
    if st.addressee:
        told = st.cue is not None and st.cue.text.lower() in {"told", "tells", "tell", "telling"}
        facts.append(f"{st.cue.text} {st.addressee}" if told else f"to {st.addressee}")
    return facts


def order(result: BuildResult) -> list[Event]:
    """Events in reading order: most sources, most participants, then by id."""
    return sorted(
        result.events.values(), key=lambda e: (-len(e.sources), -len(e.participants), e.title, e.id)
    )


@dataclass
class _Index:
    """What the cards look up per event, built once so rendering stays linear."""

    docs: dict[str, Document]
    said: dict[str, list[Statement]]
    related: dict[str, list[Relation]]
    conflicts: dict[str, list[Conflict]]

    @classmethod
    def of(cls, result: BuildResult) -> _Index:
        said: dict[str, list[Statement]] = {}
        for st in result.statements:
            for eid in dict.fromkeys(st.about_events):
                said.setdefault(eid, []).append(st)
        related: dict[str, list[Relation]] = {}
        for r in result.relations:
            related.setdefault(r.source, []).append(r)
            if r.target != r.source:
                related.setdefault(r.target, []).append(r)
        conflicts: dict[str, list[Conflict]] = {}
        for c in result.conflicts:
            conflicts.setdefault(c.event, []).append(c)
        return cls({d.id: d for d in result.documents}, said, related, conflicts)


def card(result: BuildResult, ev: Event, number: dict[str, int], index: _Index) -> str:
    docs = index.docs
    lines = [f"## {number[ev.id]}. {_md(ev.title)}", ""]
    facts = [EVENT_TYPES.get(ev.type, (ev.type, ""))[0], ev.factuality]
    if ev.ongoing:
        facts.append("ongoing")
    if ev.time:
        when = ev.time.text
        if ev.time.start:
            span = ev.time.start.isoformat()
            if ev.time.end and ev.time.end != ev.time.start:
                span += f" to {ev.time.end.isoformat()}"
            when += f" ({span}, {ev.time.precision})"
        if ev.time.duration:
            when += f", lasting {ev.time.duration}"
        facts.append(when)
    if ev.place and ev.place in result.actors:
        facts.append(f"in {result.actors[ev.place].name}")
    if ev.instruments:
        facts.append("with " + ", ".join(dict.fromkeys(i.text for i in ev.instruments)))
    code = EVENT_TYPES.get(ev.type, ("", ""))[1]
    if code:
        facts.append(code)
    lines += [f"*{_md(' · '.join(facts))}*", "", "### Summary", _md(ev.summary), ""]
    cited = sources(ev.sources, docs)
    lines.append(f"### Sources ({len(cited)})")
    for d, text_of in cited:
        extra = ", ".join(x for x in (d.outlet, d.published and d.published.isoformat()) if x)
        lines.append(
            f"- {_md(d.title or d.id)}"
            + (f" ({_md(extra)})" if extra else "")
            + f" `{d.id}`"
            + (f", same text as `{text_of}`" if text_of else "")
        )
    if ev.merge_rationale:
        lines += ["", f"Merged: {_md(ev.merge_rationale)}"]
    lines += ["", "### Actor Responses"]
    if not ev.participants:
        lines.append("- (no participant identified)")
    for p in ev.participants:
        name = result.actors[p.actor].name if p.actor in result.actors else p.actor
        lines.append(f"- **{_md(name)}** ({p.role}): {_md(p.description)}")
    said = index.said.get(ev.id, [])
    if said:
        lines += ["", f"### Statements ({len(said)})"]
        for st in said:
            who = (
                result.actors[st.speaker].name
                if st.speaker in result.actors
                else (st.speaker_name or "unattributed")
            )
            lines.append(f"- {_md(who)} ({_md(', '.join(_said_how(st)))}): “{_md(st.text)}”")
    disputed = index.conflicts.get(ev.id, [])
    if disputed:
        lines += ["", f"### Conflicting Accounts ({len(disputed)})"]
        for c in disputed:
            lines.append(f"- score {c.score:.2f}. {_md(c.rationale)}")
    related = index.related.get(ev.id, [])
    lines += ["", f"### Related Events ({len(related)})"]
    for r in sorted(related, key=lambda r: -r.score):
        other = r.target if r.source == ev.id else r.source
        o = result.events[other]
        lines.append(
            f"- **{number[other]}. {_md(o.title)}**: {r.type}, score {r.score:.2f}. "
            f'"{_md(r.rationale)}"'
        )
    return "\n".join(lines) + "\n"


def render(result: BuildResult) -> str:
    events = order(result)
    number = {e.id: i + 1 for i, e in enumerate(events)}
    head = [
        "# Event cards",
        "",
        f"{len(events)} events from {len(result.documents)} documents, "
        f"{len(result.relations)} links between them.",
        "",
    ]
    copies = sum(map(len, copies_of(result.documents).values()))
    if copies:
        more = f"{copies} more article{'s' * (copies != 1)}"
        head[3:3] = ["", f"{more} carried the same texts (syndicated or repeated). {SOURCES_NOTE}"]
    index = _Index.of(result)
    return "\n".join(head) + "\n".join(card(result, e, number, index) for e in events)


def event_card(result: BuildResult, event_id: str) -> str:
    """One event's card as Markdown, numbered as in ``events.md`` (for a notebook)."""
    events = order(result)
    number = {e.id: i + 1 for i, e in enumerate(events)}
    return card(result, result.events[event_id], number, _Index.of(result))


def write(result: BuildResult, path: Path, settings) -> None:
    """Write ``events.md`` atomically."""
    write_atomic(path, render(result))

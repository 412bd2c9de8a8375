"""Event cards: one Markdown card per event, the form users read (seeds/002).

Title, a summary of the sentences that state the event, sources by headline, outlet
and date, one line per actor in its own words where it has them ("actor responses"),
the other statements about the event, conflicting accounts one per pair of speakers,
and at most six related events, the most telling first, each with its rationale.
Events with more sources and more participants come first.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Container, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..extract.event_groups import _sentence as _clean
from ..extract.statements import DATELINE
from ..gazetteer import words
from ..link import POSSIBLY, RELATION_ORDER, STORY_ONLY, _quoted, polarity
from ..model import (
    DIRECT,
    INDIRECT,
    PLACE,
    Actor,
    BuildResult,
    Conflict,
    Copy,
    Document,
    Event,
    Evidence,
    Position,
    Relation,
    Statement,
    TimeValue,
)
from ..taxonomy import EVENT_TYPES
from . import SOURCES_NOTE, copies_of, sources, write_atomic
from .display import FSI, PDI, isolate

MAX_RELATED = 6  # as the seed card: more is a list no reader goes through
MAX_STORY_ONLY = 2  # links that rest on the story alone tell a reader little
MAX_STATEMENTS = 4  # further statements, first those of voices not heard yet on the card
SUMMARY_WORDS = 60  # a second sentence only while the summary stays this short
QUOTE_WORDS = 30  # a longer quote is shown by its sentence that speaks of the event


def _md(text: str) -> str:
    """Keep article text from being read as Markdown or HTML markup in a card, and from
    turning the text after it around (bidi controls closed, the value isolated: see
    kg.export.display). A card passes each article value through it on its own, so an
    outlet's right-to-left override cannot reach the date beside it."""
    if _MARKUP.search(text) is not None:  # few values hold any: ten scans saved
        text = text.replace("\\", "\\\\").replace("<", "&lt;").replace(">", "&gt;")
        for ch in "*_`[]#|":
            text = text.replace(ch, "\\" + ch)
    text = " ".join(text.split())
    # ASCII text holds no bidi control or right-to-left letter (isascii is O(1))
    return text if text.isascii() else isolate(text)


# The characters _md escapes: a card has ~13 values an event, a few of which hold one.
_MARKUP = re.compile(r"[\\<>*_`\[\]#|]")


def _said_how(st: Statement | Said) -> list[str]:
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


class _Every:
    """Holds every event id: the index of all the cards."""

    def __contains__(self, item: object) -> bool:
        return True


@dataclass(frozen=True, slots=True)
class Said:
    """A statement as a card prints it: the fields a card or the view's card reads, no
    more. The cards' index holds one for every statement about an event (~38 % of a
    build's statements); full Statement objects, with their speaker mention, relay, the
    ids of what they are about and each field its own string, were the largest part of
    the export's peak at 10k articles (issue 22)."""

    id: str
    doc_id: str
    content: tuple[Evidence, ...]
    kind: str
    type: str
    speaker: str | None
    speaker_name: str | None
    cue: Evidence | None
    addressee: str | None
    channel: str | None
    time: TimeValue | None

    @property
    def text(self) -> str:
        return " … ".join(part.text for part in self.content)

    @classmethod
    def of(cls, st: Statement, same: dict[str, str]) -> Said:
        """``st`` compacted; ``same`` maps a string to the one copy the index keeps of
        it (a document id, a speaker, a kind: each decoded anew from its stored line)."""

        def one(x: str | None) -> str | None:
            return None if x is None else same.setdefault(x, x)

        doc = one(st.doc_id)

        def ev(e: Evidence) -> Evidence:
            return e if e.doc_id is doc else Evidence(doc, e.start, e.end, e.text)

        return cls(
            st.id,
            doc,
            tuple(map(ev, st.content)),
            one(st.kind),
            one(st.type),
            one(st.speaker),
            one(st.speaker_name),
            None if st.cue is None else ev(st.cue),
            one(st.addressee),
            one(st.channel),
            st.time,
        )


@dataclass
class _Index:
    """What the cards look up per event, built once so rendering stays linear."""

    docs: dict[str, Document]
    said: dict[str, list[Said]]
    # each event's relations as their places in ``relations``: a build's may have their
    # rationales on disk (:class:`kg.state.Relations`), read for the cards shown alone
    related: dict[str, list[int]]
    conflicts: dict[str, list[Conflict]]
    statements: dict[str, Said] = field(default_factory=dict)
    relations: Sequence[Relation] = ()
    sentences: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    starts: dict[str, list[int]] = field(default_factory=dict)  # of each one's sentences

    @classmethod
    def of(cls, result: BuildResult, events: Container[str] | None = None) -> _Index:
        """The index of every event's card, or with ``events`` of those alone (the
        view's cards, of the events on its page: what is said of the others, and
        their relations, are not held), which look up no statement by id."""
        wanted: Container[str] = _Every() if events is None else events
        conflicts: dict[str, list[Conflict]] = {}
        for c in result.conflicts:
            if c.event in wanted:
                conflicts.setdefault(c.event, []).append(c)
        named = {x for c in result.conflicts for x in (c.first, c.second)}
        # one pass (a build's statements may be on disk, :class:`kg.state.Statements`);
        # by id, only those a card looks up (about an event, or in a conflict), each
        # id the last statement that has it, as a lookup of them all gives
        said: dict[str, list[Said]] = {}
        by_id: dict[str, Said] = {}
        same: dict[str, str] = {}
        for st in result.statements:
            kept = None
            for eid in dict.fromkeys(st.about_events):
                if eid in wanted:
                    kept = kept or Said.of(st, same)
                    said.setdefault(eid, []).append(kept)
            if events is None and (st.about_events or st.id in named or st.id in by_id):
                by_id[st.id] = kept or Said.of(st, same)
        related: dict[str, list[int]] = {}
        for i, r in enumerate(result.relations):
            if r.source in wanted:
                related.setdefault(r.source, []).append(i)
            if r.target != r.source and r.target in wanted:
                related.setdefault(r.target, []).append(i)
        docs = {d.id: d for d in result.documents}
        return cls(docs, said, related, conflicts, by_id, relations=result.relations)

    def related_to(self, event_id: str) -> list[Relation]:
        """The relations of one event, with their rationales (read now, not held)."""
        return [self.relations[i] for i in self.related.get(event_id, ())]

    def sentences_of(self, doc: Document) -> list[tuple[int, int]]:
        if doc.id not in self.sentences:
            self.sentences[doc.id] = _split(doc.source_text)
            self.starts[doc.id] = [s for s, _ in self.sentences[doc.id]]
        return self.sentences[doc.id]

    def forget(self, doc_id: str) -> None:
        """Let a document's sentences go once no card left to write needs them."""
        self.sentences.pop(doc_id, None)
        self.starts.pop(doc_id, None)

    def sentence_at(self, doc: Document, offset: int) -> int | None:
        """The index of the sentence holding ``offset``, if one does: found by bisection
        (sentences are in order and apart), where a scan from the first sentence made
        each event's summary cost as much as its articles were long."""
        spans = self.sentences_of(doc)
        i = bisect_right(self.starts[doc.id], offset) - 1
        return i if i >= 0 and offset < spans[i][1] else None


# A sentence ends at . ! ? (and any closing quote or bracket) before a space and a
# capital, a quote or a digit, or at a line break unless the line runs on in lower case
# (a hard-wrapped source: "are directly\nlinked to").
_END = re.compile(r"""(?<=[.!?])(["'”’)\]]*)\s+(?=["“‘(\[]?[A-Z0-9])|\n(?![ \t]*[a-z])""")
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|St|Jr|Sr|Prof|Rep|Sen|Gov|No"
    r"|Capt|Cmdr|Adm|Maj|Det|Insp|Supt|Rev|Hon|Atty|Reps|Sens|Gens)|\b[A-Z])\.$"
)
# A month written short ends no sentence before its day ("Friday, Sept. 18 sparked").
_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$")


def _split(text: str) -> list[tuple[int, int]]:
    """Sentence spans of an article's text, without a parser: cards are written from the
    graph, not from a second reading of the articles."""
    spans, start = [], 0
    for m in _END.finditer(text):
        end = m.start() + len(m.group(1) or "")  # a closing quote ends its sentence
        # Only the sentence's last few characters can be an abbreviation (the longest,
        # "Gens.", is five; eight keep the word boundary before it and a final newline):
        # searching the whole sentence made splitting quadratic in a sentence's length.
        tail = text[max(start, m.start() - 8) : m.start()]
        if _ABBREV.search(tail):
            continue
        if text[m.end() : m.end() + 1].isdigit() and _MONTH.search(tail):
            continue
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _names_of(ev: Event, actors: dict[str, Actor]) -> re.Pattern | None:
    """The participants' names and aliases as whole words ("Iran", not "Iranian")."""
    names = set()
    for p in ev.participants:
        a = actors.get(p.actor)
        if a is not None:
            names |= {a.name, *a.aliases}
    names = {n for n in names if len(n) > 2}
    if not names:
        return None
    return _words(tuple(sorted(names)))


@functools.lru_cache(maxsize=4096)
def _words(names: tuple[str, ...]) -> re.Pattern:
    """``names`` as whole words, compiled once: events often share their participants,
    and a build has more of them than ``re``'s own cache holds (512)."""
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")


def _named(text: str, names: re.Pattern | None) -> int:
    """How many different participants' names a sentence holds."""
    return len(set(names.findall(text))) if names else 0


def _sentence_score(text: str, position: int, ev: Event, names: re.Pattern | None) -> float:
    """How well a sentence states the event: it names the participants, sits early in
    the article, is the article's own words (not a quote) and is not an aside ("Trump
    also sought to separate …", "While …")."""
    words = text.split()
    score = min(3, _named(text, names)) + (1.5 if position <= 1 else 0.5 * (position <= 3))
    score += ev.trigger.text in text
    if text[:1] in "\"“‘'":
        score -= 2
    if "also" in [w.lower() for w in words[:6]]:
        score -= 1.5
    if words and words[0].lower().strip(",") in {"but", "however", "while", "meanwhile", "and"}:
        score -= 1
    if text.rstrip("\"'”’)")[-1:] not in ".!?":
        score -= 1.5  # a headline or a fragment
    if len(words) < 6 or len(words) > 50:
        score -= 1
    return score


def summary(ev: Event, index: _Index, actors: dict[str, Actor]) -> str:
    """One or two sentences of the article that state the event: the best-placed sentence
    among those that mention it, then the next one when it also speaks of the event and
    the two stay short. The extractor's sentence when no article text is at hand."""
    names = _names_of(ev, actors)
    best: tuple[float, int, str, int] | None = None
    for m in ev.mentions:
        doc = index.docs.get(m.doc_id)
        if doc is None:
            continue
        i = index.sentence_at(doc, m.start)
        if i is not None:
            s, e = index.sentences[doc.id][i]
            score = _sentence_score(_clean(doc.source_text[s:e]), i, ev, names)
            score += 1.5 * (m.doc_id == ev.trigger.doc_id and s <= ev.trigger.start < e)
            key = (score, -i, doc.id, i)
            if best is None or key[:2] > best[:2]:
                best = key
    if best is None:
        return _clean(ev.summary)
    doc = index.docs[best[2]]
    spans = index.sentences_of(doc)
    i = best[3]
    first = _clean(doc.source_text[slice(*spans[i])])
    dateline = DATELINE.match(first)  # "GENEVA — Armenian and …": where it was filed,
    if dateline and dateline.end() < len(first):  # which the card's facts line tells
        first = first[dateline.end() :]
    if i + 1 < len(spans):
        s, e = spans[i + 1]
        nxt = _clean(doc.source_text[s:e])
        about = any(m.doc_id == doc.id and s <= m.start < e for m in ev.mentions)
        if (
            (about or _named(nxt, names) >= 2)
            and _sentence_score(nxt, 9, ev, names) > 0
            and len(first.split()) + len(nxt.split()) <= SUMMARY_WORDS
        ):
            return f"{first} {nxt}"
    return first


def _headline(doc: Document | Copy, index: _Index) -> str | None:
    """The article's title, else its first line when that reads as a headline (short,
    capitalised, no closing full stop), as plain-text articles often begin."""
    if doc.title:
        return doc.title
    if not isinstance(doc, Document):
        return None
    first = doc.source_text.strip().split("\n", 1)[0].strip()
    words = first.split()
    caps = sum(w[:1].isupper() for w in words)
    if 3 <= len(words) <= 16 and first[-1:] not in '.!?:,"”' and caps >= 0.6 * len(words):
        return first
    return None


def _source_lines(ev: Event, index: _Index) -> list[str]:
    """Headline (outlet, date) per source; the id only when there is nothing else to
    name it by, or to say which text a syndicated copy shares."""
    lines = []
    for d, text_of in sources(ev.sources, index.docs):
        head = _headline(d, index)
        facts = (d.outlet, d.published and d.published.isoformat())
        extra = ", ".join(_md(x) for x in facts if x)
        line = (
            "- " + (_md(head) if head else f"`{isolate(d.id)}`") + (f" ({extra})" if extra else "")
        )
        if text_of:
            line += (f" `{isolate(d.id)}`" if head else "") + f", same text as `{isolate(text_of)}`"
        lines.append(line)
    return lines


# Reporting verbs that take what was said as a clause: "stressed (that) there has been".
SAY_VERBS = words(
    "said says say told tells added adds continued insisted insists argued stressed warned "
    "warns confirmed confirms claimed claims noted announced announces stated remarked "
    "explained acknowledged admitted reported wrote believed suggested predicted promised "
    "denied denies maintained repeated replied answered declared agreed hoped"
)
TELL = frozenset({"told", "tells", "tell", "telling"})
# Verbs whose object is what was said: "welcomed the announcement", "sought to separate".
OBJECT_VERBS = words(
    "discussed welcomed rejected described urged sought refused regretted praised criticised "
    "criticized condemned dismissed demanded accused questioned"
)
_RUNS_ON = re.compile(r"\b(but|and|or|that|which|who|because|if|of|to|the|a|an|are|is)$", re.I)


def _part_about(st: Statement | Said, ev: Event) -> str:
    """The part of a split quote that speaks of the event, and of a long quote the
    sentence that does: whole sentences, never cut with "…"."""
    parts = [
        p
        for p in st.content
        if any(m.doc_id == st.doc_id and p.start <= m.start < p.end for m in ev.mentions)
    ] or st.content
    part = parts[0]
    text = " ".join(part.text.split())
    if len(text.split()) > QUOTE_WORDS:
        spans = _split(part.text)
        inside = [
            (s, e)
            for s, e in spans
            if any(
                m.doc_id == st.doc_id and part.start + s <= m.start < part.start + e
                for m in ev.mentions
            )
        ]
        s, e = (inside or spans or [(0, len(part.text))])[0]
        text = " ".join(part.text[s:e].split())
    words = text.split()
    if words and words[0].lower() == "that" and st.kind != DIRECT:
        text = " ".join(words[1:])
    return text


def _as_written(st: Statement | Said, docs: dict[str, Document]) -> str | None:
    """Reported speech as the article words it, from the reporting verb to the end of
    what was said ("expressed optimism that negotiations … could produce a
    breakthrough", "responded to “provocative fire” from …"), when the verb comes
    first and close by in the same sentence."""
    doc = docs.get(st.doc_id)
    if doc is None or st.cue is None or len(st.content) != 1 or st.cue.text[:1].isupper():
        return None
    part = st.content[0]
    gap = doc.source_text[st.cue.end : part.start]
    if not 0 <= len(gap) <= 60 or re.search(r"[.!?;\n“”\"]", gap):
        return None
    return " ".join(doc.source_text[st.cue.start : part.end].split()).rstrip(" ,;:")


def _said_line(
    st: Statement | Said,
    actor_id: str,
    ev: Event,
    actors: dict[str, Actor],
    docs: dict[str, Document],
) -> str | None:
    """What an actor said of the event, as one sentence that reads: "Foreign minister
    Abbas Araghchi stressed there has been no “tangible” progress in the talks." None
    when the words do not make one (a fragment, a bare object of an unknown verb)."""
    text = _part_about(st, ev)
    if not text or _RUNS_ON.search(text.rstrip(" .,;:")):
        return None  # "the ceasefire was “a start” but": the statement was cut
    written = _as_written(st, docs) if st.kind != DIRECT else None
    if st.kind != DIRECT and text.split(" ", 1)[0][1:2].islower() and not written:
        text = text[0].lower() + text[1:]  # "Shells struck …, Armenia said": not a name
    cue = (st.cue.text if st.cue else "said").lower()
    verb = "said" if cue.startswith("according") else cue.split()[0]
    if " " in cue and not cue.startswith("according"):
        verb = cue
    tell = f" {isolate(st.addressee)}" if verb in TELL and st.addressee else ""
    if verb in TELL and not tell:
        verb = "said"
    if st.kind == DIRECT:
        said = f"{verb}{tell}: “{isolate(text.rstrip(','))}”"
    elif written and len(written.split()) <= QUOTE_WORDS + 8:
        said = isolate(written)
    elif verb in SAY_VERBS or verb in TELL:
        said = f"{verb}{tell} {isolate(text)}"
    elif verb in OBJECT_VERBS or text.lower().startswith("to "):
        said = f"{verb} {isolate(text)}"
    elif len(text.split()) >= 4:
        said = f"said {isolate(text)}"
    else:
        return None
    speaker = actors.get(st.speaker or "")
    if speaker is None or speaker.id == actor_id:
        line = said
    else:
        office = next(
            (
                x.role
                for x in sorted(speaker.positions, key=Position.sort_key)
                if x.affiliation == actor_id and x.role
            ),
            "",
        )
        line = f"{isolate(office)} {isolate(speaker.name)} {said}".strip()
    lead = len(line) - len(line.lstrip(FSI))  # a name isolated: capitalise inside it
    line = _closed(line[:lead] + line[lead : lead + 1].upper() + line[lead + 1 :])
    return line if line.rstrip("”’\"'" + PDI)[-1:] in ".!?" else line + "."


def _closed(text: str) -> str:
    """Text with a quotation the statement's span left open closed at its end
    ("… are "hopeful that we can have a long-term peace agreement.")."""
    if text.count('"') % 2:
        text += '"'
    return text + "”" * max(0, text.count("“") - text.count("”"))


# What the extractor writes when it knows no more than the role: no news to a reader.
_FILLER = re.compile(
    r"^(Took part in|Carried out the|Was the target of|Place of the|Hosted the \w+ with|"
    r"Mediated the \w+\.?$|Said\b|(Confirmed|Denied|Warned|Promised|Demanded|Announced|"
    r"Accused|Criticised|Praised|Asked) (that|through|:))"
)
PRONOUNS = words("he she it they we i you him her them us his its their our")


def _deed(p_description: str, ev: Event) -> str | None:
    """The first sentence of the extractor's account of an actor's part that says more
    than its role and reads as a sentence: not "Took part in the negotiation with …",
    not a bare verb ("Strike Israel."), not one cut with "…"."""
    for sentence in re.split(r"(?<=[.!?”])\s+(?=[A-Z])", p_description):
        sentence = sentence.strip()
        first = sentence.split(" ", 1)[0].lower().strip(".")
        if (
            not sentence
            or _FILLER.match(sentence)
            or "…" in sentence
            or first == ev.lemma
            or sentence.count("“") != sentence.count("”")
        ):
            continue
        return sentence
    return None


def responses(
    ev: Event, said: list[Said], actors: dict[str, Actor], docs: dict[str, Document]
) -> tuple[list[str], list[str], set[str]]:
    """One line per actor (places and pronouns left out; actors with the same line share
    it), the names of actors with nothing to say beyond their role, and the ids of the
    statements the lines quote."""
    lines: dict[str, list[str]] = {}
    bare: list[str] = []
    used: set[str] = set()
    seen: set[str] = set()
    for p in ev.participants:
        actor = actors.get(p.actor)
        if p.actor in seen or p.role == "location" or actor is None or actor.kind == PLACE:
            continue
        seen.add(p.actor)
        if actor.name.lower() in PRONOUNS or not actor.name[:1].isupper():
            continue
        own = [
            st
            for st in said
            if st.speaker == p.actor
            or (st.speaker in actors and p.actor in actors[st.speaker].affiliations)
        ]

        def rank(st: Statement | Said, actor_id: str = p.actor) -> tuple:
            n = len(_part_about(st, ev).split())
            return (st.kind == INDIRECT, n > QUOTE_WORDS, st.speaker != actor_id, n, st.id)

        line = None
        for st in sorted(own, key=rank):
            line = _said_line(st, p.actor, ev, actors, docs)
            if line:
                used.add(st.id)
                break
        deed = _deed(p.description, ev)
        if not line and deed and actor.name in deed:
            continue  # "Switzerland: Returning from Switzerland": a place read as a side
        line = line or deed
        if line is None:
            bare.append(f"{_md(actor.name)} ({_md(p.role)})")
            continue
        lines.setdefault(line, []).append(actor.name)
    out = [f"- **{', '.join(map(_md, names))}**: {_md(line)}" for line, names in lines.items()]
    return out, bare, used


def _accounts(ev: Event, index: _Index, actors: dict[str, Actor]) -> list[str]:
    """Conflicting accounts, one line per pair of speakers: each speaker's shortest
    account among those that disagree, in whole, and how many pairs of their
    statements disagree."""
    pairs: dict[tuple[str, ...], list[Conflict]] = {}
    for c in index.conflicts.get(ev.id, []):
        if c.first not in index.statements or c.second not in index.statements:
            continue
        who = tuple(sorted(index.statements[x].speaker or "" for x in (c.first, c.second)))
        pairs.setdefault(who, []).append(c)
    lines = []
    for who, cs in sorted(pairs.items(), key=lambda kv: (-max(c.score for c in kv[1]), kv[0])):
        said = []
        ids = sorted({x for c in cs for x in (c.first, c.second)})
        for speaker in who:
            mine = [index.statements[x] for x in ids if index.statements[x].speaker == speaker]
            st = min(mine, key=lambda st: _telling(st, ev))
            name = actors[speaker].name if speaker in actors else (st.speaker_name or speaker)
            said.append(f"{_md(name)} {_md(_account(st, ev, index.docs))}")
        more = f" ({len(cs)} pairs of their statements disagree)" if len(cs) > 1 else ""
        lines.append(f"- {said[0]}, while {said[1]}{more}.")
    return lines


def _telling(st: Statement | Said, ev: Event) -> tuple:
    """An account's rank as the face of its side: the plainest judgement, then the
    shortest whole text."""
    text = _part_about(st, ev)
    return (-abs(polarity(text)), len(text.split()), st.id)


def _account(st: Statement | Said, ev: Event, docs: dict[str, Document]) -> str:
    """ "said “The talks are going well …”", or reported speech as the article words
    it ("described the mood as “businesslike but tense”")."""
    text = _part_about(st, ev)
    if st.kind == DIRECT:
        return f"said “{text}”"
    written = _as_written(st, docs)
    return _closed(
        written if written and len(written.split()) <= QUOTE_WORDS + 8 else f"said {text}"
    )


_RANK = {k: i for i, k in enumerate(RELATION_ORDER)}  # made once, not once a card


def related(ev: Event, index: _Index) -> list[Relation]:
    """The most telling related events first: a possible identity, then the specific
    kinds (contradicts, part of, response, cause), then by score; at most six, of which
    at most two rest on the story alone (told in one article, nothing else shared)."""
    ranked = sorted(
        index.related_to(ev.id),
        key=lambda r: (
            -r.rationale.startswith(POSSIBLY),
            _RANK.get(r.type, len(_RANK)),
            -r.score,
            r.source,
            r.target,
        ),
    )
    alone = [r for r in ranked if r.rationale.startswith(STORY_ONLY)][MAX_STORY_ONLY:]
    return [r for r in ranked if r not in alone][:MAX_RELATED]


def _this(ev: Event) -> tuple[str, str]:
    """The event's kind and its quoted title as rationales name it (:func:`_about_this`)."""
    return EVENT_TYPES.get(ev.type, ("event", ""))[0], _quoted(ev)


def _about_this(
    rationale: str, ev: Event, this: tuple[str, str] | None = None, first: bool | None = None
) -> str:
    """A rationale as the card reads it: this event named as "this …", not by its title.
    ``this`` is :func:`_this` of ``ev``, made once for a card's six links. ``first``:
    whether ``ev`` is the link's source, which a rationale names first; when the other
    event bears the same title ("Senate impeachment trial" read twice), only this one's
    place is renamed, never "This resignation answers the trial this resignation"."""
    label, q = this or _this(ev)
    if first is not None and rationale.count(q) > 1:
        cut = rationale.find(q) if first else rationale.rfind(q)
        head, tail = rationale[:cut], rationale[cut + len(q) :]
        for article, this_one in ((f"the {label} ", "this"), (f"The {label} ", "This")):
            if head.endswith(article):
                head = f"{head[: -len(article)]}{this_one} {label}"
                break
        else:
            head += f"this {label}"
        out = head + tail
        return out[0].upper() + out[1:]
    out = rationale.replace(f"the {label} {q}", f"this {label}")
    out = out.replace(f"The {label} {q}", f"This {label}").replace(q, f"this {label}")
    return out[0].upper() + out[1:] if out else out


def card(result: BuildResult, ev: Event, number: dict[str, int], index: _Index) -> str:
    lines = [f"## {number[ev.id]}. {_md(ev.title)}", ""]
    facts = [EVENT_TYPES.get(ev.type, (ev.type, ""))[0], ev.factuality]
    if ev.ongoing:
        facts.append("ongoing")
    if ev.time:
        when = isolate(ev.time.text)
        if ev.time.start:
            span = ev.time.start.isoformat()
            if ev.time.end and ev.time.end != ev.time.start:
                span += f" to {ev.time.end.isoformat()}"
            when += f" ({span}, {ev.time.precision})"
        facts.append(when)  # a length ("more than six hours") is told by its own words:
        # its ISO code (PT6H) is for the graph and the JSON, not for a reader
    if ev.place and ev.place in result.actors:
        facts.append(f"in {result.actors[ev.place].name}")
    if ev.instruments:
        facts.append("with " + ", ".join(dict.fromkeys(isolate(i.text) for i in ev.instruments)))
    code = EVENT_TYPES.get(ev.type, ("", ""))[1]
    if code:
        facts.append(code)
    told = summary(ev, index, result.actors)
    lines += [f"*{' · '.join(map(_md, facts))}*", "", "### Summary", _md(told), ""]
    cited = _source_lines(ev, index)
    lines += [f"### Sources ({len(cited)})", *cited]
    if ev.merge_rationale:
        lines += ["", f"Merged: {_md(ev.merge_rationale)}"]
    said = index.said.get(ev.id, [])
    answered, bare, used = responses(ev, said, result.actors, index.docs)
    lines += ["", "### Actor Responses"]
    lines += answered
    if bare:
        lines.append(f"- Also taking part: {', '.join(bare)}")
    if not answered and not bare:
        lines.append("- (no participant identified)")
    disputed = _accounts(ev, index, result.actors)
    quoted = used | {x for c in index.conflicts.get(ev.id, []) for x in (c.first, c.second)}
    others = [st for st in said if st.id not in quoted]
    if others:
        lines += ["", f"### Statements ({len(others)})"]
        heard = {index.statements[x].speaker for x in quoted if x in index.statements}
        picked = sorted(others, key=lambda st: (st.speaker in heard, len(st.text.split())))
        picked = picked[:MAX_STATEMENTS]
        for st in [st for st in others if st in picked]:
            who = (
                result.actors[st.speaker].name
                if st.speaker in result.actors
                else (st.speaker_name or "unattributed")
            )
            how = ", ".join(map(_md, _said_how(st)))
            lines.append(f"- {_md(who)} ({how}): “{_md(st.text)}”")
        if len(others) > len(picked):
            lines.append(f"- … and {len(others) - len(picked)} more in statements.jsonl")
    if disputed:
        lines += ["", f"### Conflicting Accounts ({len(disputed)})", *disputed]
    shown = related(ev, index)
    lines += ["", f"### Related Events ({len(shown)})"]
    this = _this(ev)
    for r in shown:
        other = r.target if r.source == ev.id else r.source
        o = result.events[other]
        lines.append(
            f"- **{number[other]}. {_md(o.title)}** ({r.type}, {r.score:.2f}): "
            f"{_md(_about_this(r.rationale, ev, this, first=r.source == ev.id))}"
        )
    return "\n".join(lines) + "\n"


def render(result: BuildResult) -> str:
    return "".join(rendered(result))


def rendered(result: BuildResult) -> Iterator[str]:
    """``events.md`` in pieces, a card at a time: written as they come, the cards of a
    large corpus are never one string (they were the export's largest peak)."""
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
    # each document's sentences are split once and held only until the last card whose
    # summary reads them is written: held for every document, they were most of the
    # articles' text again at the export's peak (issue 22)
    last = {m.doc_id: i for i, e in enumerate(events) for m in e.mentions}
    yield "\n".join(head)
    for i, e in enumerate(events):
        yield ("\n" if i else "") + card(result, e, number, index)
        for m in e.mentions:
            if last.get(m.doc_id) == i:
                index.forget(m.doc_id)


def event_card(result: BuildResult, event_id: str) -> str:
    """One event's card as Markdown, numbered as in ``events.md`` (for a notebook)."""
    events = order(result)
    number = {e.id: i + 1 for i, e in enumerate(events)}
    return card(result, result.events[event_id], number, _Index.of(result))


def write(result: BuildResult, path: Path, settings) -> None:
    """Write ``events.md`` atomically."""
    write_atomic(path, rendered(result))

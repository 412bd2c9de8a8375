"""The small data model the pipeline stages pass along.

Why dataclasses and not spaCy objects: a parsed ``Doc`` is heavy and tied to one
process, while these records are cheap to pickle between ``--jobs`` workers, easy to
read in a notebook, and carry everything the exporters need. They use ``__slots__``: a
20k-article build holds millions of them, and slots make each about half the size.

Instances vs mentions (see DESIGN.md): an :class:`Actor` or :class:`Event` is an
instance; each place a document names it is an :class:`Evidence` with the document id,
character offsets into the document's source text, and the quoted text itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime


@dataclass(frozen=True, order=True, slots=True)
class Evidence:
    """One span of one document: where a fact was read.

    ``start``/``end`` are offsets into the document's *source* text (the file's text
    for .txt/.md, the ``text`` field of JSON, the extracted main text of HTML), so a
    reader can check them against what they fed in; ``text`` is the exact span.
    """

    doc_id: str
    start: int
    end: int
    text: str

    @property
    def key(self) -> str:
        """A stable, IRI-safe local name for this span within its document."""
        return f"{self.start}-{self.end}"


@dataclass(frozen=True, slots=True)
class Copy:
    """Another outlet's copy of a document's text (a syndicated or reprinted story),
    folded into the document by the ingest (``kg.ingest.dedup``): it is listed as a
    source of what the text reports, but its text is not read again."""

    id: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None


@dataclass(slots=True)
class Document:
    """One ingested article: clean text plus metadata.

    ``text`` is the clean text the NLP stage reads (scrape noise removed);
    ``source_text`` is the text as given. ``segments`` maps the first onto the second:
    each ``(clean_start, source_start, length)`` is a run copied unchanged.
    """

    id: str
    text: str
    source_text: str
    segments: list[tuple[int, int, int]] = field(default_factory=list)
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    path: str | None = None
    removed: list[str] = field(default_factory=list)  # noise lines, for the report
    # BCP 47 primary language ("en", "de"), as the page declares it or a detector reads
    # it; None: not known. The pipeline parses an article only with a model for it.
    language: str | None = None
    # other outlets' copies of this same text, earliest first: each is a source of the
    # facts read here, but one text counts once as evidence
    copies: list[Copy] = field(default_factory=list)
    # how the text tells its story when it is no news report: "personal" for a page in
    # its writer's voice (kg.extract.genre), read by the extraction; None: a report
    genre: str | None = None

    def source_offset(self, clean_offset: int) -> int:
        """Map an offset in ``text`` to the same character in ``source_text``."""
        if not self.segments:
            return clean_offset
        lo, hi = 0, len(self.segments) - 1
        while lo < hi:  # last segment starting at or before the offset
            mid = (lo + hi + 1) // 2
            if self.segments[mid][0] <= clean_offset:
                lo = mid
            else:
                hi = mid - 1
        clean_start, source_start, length = self.segments[lo]
        return source_start + min(clean_offset - clean_start, length)

    def clean_offset(self, source_offset: int) -> int:
        """Map an offset in ``source_text`` back into ``text`` (kept text only)."""
        for clean_start, source_start, length in self.segments:
            if source_start <= source_offset <= source_start + length:
                return clean_start + source_offset - source_start
        return source_offset

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for the clean-text span ``[start, end)``, in source offsets."""
        s, e = self.source_offset(start), self.source_offset(end)
        if e - s != end - start:  # span crosses removed noise: keep the clean text
            return Evidence(self.id, s, s + (end - start), self.text[start:end])
        return Evidence(self.id, s, e, self.source_text[s:e])


# Actor kinds, kept as plain strings so JSON tables and RDF share one vocabulary.
PERSON, ORGANISATION, COUNTRY, GROUP, PLACE = "person", "organisation", "country", "group", "place"
ACTOR_KINDS = (PERSON, ORGANISATION, COUNTRY, GROUP, PLACE)


# How a mention names its actor: by name ("Abbas Araghchi", "Tehran"), by a
# nationality word ("Iranian"), by a description ("the US president", "Iranian
# officials") or by a pronoun ("she").
NAME, DEMONYM, DESCRIPTION, PRONOUN = "name", "demonym", "description", "pronoun"
MENTION_FORMS = (NAME, DEMONYM, DESCRIPTION, PRONOUN)


@dataclass(frozen=True, order=True, slots=True)
class Position:
    """A role an actor holds, read from a title: "Iran's ambassador to Russia".

    ``affiliation`` is the organisation or country the role serves and ``toward`` the
    one it is directed at; both are actor names before resolve and actor ids after.
    """

    role: str  # lower-cased words of the office: "ambassador", "press secretary"
    affiliation: str | None = None  # "Iran"
    toward: str | None = None  # "Russia"

    def sort_key(self) -> tuple[str, str, str]:
        """The order positions are listed and picked in. The dataclass order compares
        None with a string ("ambassador of Norway" beside "ambassador of Norway to
        Iran") and fails; a set's own order changes with the hash seed."""
        return (self.role, self.affiliation or "", self.toward or "")

    def describe(self, names: dict[str, str], blank: str = "") -> str:
        """ "ambassador of Iran to Russia", with actor ids looked up in ``names``;
        ``blank`` stands for a missing office ("member of United Nations")."""
        parts = [self.role or blank]
        if self.affiliation in names:
            parts.append(f"of {names[self.affiliation]}")
        if self.toward in names:
            parts.append(f"to {names[self.toward]}")
        return " ".join(p for p in parts if p)


@dataclass(slots=True)
class ActorMention:
    """A place where a document names an actor, before resolution."""

    evidence: Evidence
    kind: str
    name: str  # normalised surface name ("Karoline Leavitt", "United States")
    title: str | None = None  # "White House press secretary"
    actor_id: str | None = None  # set by resolve
    form: str = NAME  # one of MENTION_FORMS
    position: Position | None = None  # the title read as role + affiliation
    country: str | None = None  # an organisation's or group's country: "Lebanon's X"
    reason: str | None = None  # why this mention names ``name`` when its text differs
    scope: str | None = None  # set for names that must not merge across documents


@dataclass(slots=True)
class Actor:
    """One real-world actor, merged across mentions and documents.

    Once resolved, an actor's empty ``aliases``, ``titles``, ``positions`` and
    ``countries`` are all the one empty ``frozenset`` (:mod:`kg.resolve`): read them
    freely, but a stage after resolve that adds to one must give it a set of its own."""

    id: str  # stable local name, e.g. "karoline-leavitt"
    name: str
    kind: str
    aliases: set[str] = field(default_factory=set)
    titles: set[str] = field(default_factory=set)
    wikidata: str | None = None  # "Q30"
    mentions: list[Evidence] = field(default_factory=list)
    merge_reasons: list[str] = field(default_factory=list)
    positions: set[Position] = field(default_factory=set)  # affiliations are actor ids
    countries: set[str] = field(default_factory=set)  # actor ids of countries it belongs to
    forms: dict[Evidence, str] = field(default_factory=dict)  # mention -> form if not a name

    @property
    def affiliations(self) -> set[str]:
        """Actor ids of the organisations and countries this actor serves or belongs to."""
        return {p.affiliation for p in self.positions if p.affiliation} | self.countries


DIRECT, INDIRECT, MIXED = "direct", "indirect", "mixed"
# How the speaker came to hold what the statement attributes: said aloud, written,
# believed, found by a poll or a study, or taken as a position ("endorsed Cruz"). News
# attributes all five alike; a user who wants speech alone keeps the first two.
SPEECH, WRITING, BELIEF, FINDING, STANCE = "speech", "writing", "belief", "finding", "stance"
STATEMENT_MODES = (SPEECH, WRITING, BELIEF, FINDING, STANCE)


@dataclass(slots=True)
class Statement:
    """Who said what: one attributed utterance, in one or more content parts."""

    doc_id: str
    content: list[Evidence]  # a split quote has several parts
    kind: str  # direct / indirect / mixed
    speaker_mention: Evidence | None = None
    speaker: str | None = None  # actor id once resolved
    speaker_name: str | None = None  # surface name before resolution
    cue: Evidence | None = None  # the reporting verb
    addressee: str | None = None  # "reporters", "Lebanon's Al Mayadeen TV"
    relay: str | None = None  # "Iran's Tasnim news agency" ("according to …")
    about_events: list[str] = field(default_factory=list)
    type: str = "claim"  # one of STATEMENT_TYPES, read off the cue
    channel: str | None = None  # "in a statement", "on X", "in an interview with CNN"
    time: TimeValue | None = None  # when it was said: the sentence's date, else publication
    about_actors: list[str] = field(default_factory=list)  # names; actor ids after resolve
    mode: str = SPEECH  # one of STATEMENT_MODES, read off the cue, its subject and channel

    @property
    def id(self) -> str:
        first = self.content[0]
        return f"{self.doc_id}/{first.key}"

    @property
    def text(self) -> str:
        return " … ".join(part.text for part in self.content)


# What a statement does, read off its cue ("denied" -> denial). The RDF export maps
# each to a kg: individual, so the set is closed.
STATEMENT_TYPES = (
    "claim",
    "confirmation",
    "denial",
    "warning",
    "promise",
    "demand",
    "announcement",
    "question",
    "accusation",
    "criticism",
    "praise",
    "opinion",
    "intention",
    "finding",
    "report",
)

ASSERTED, REPORTED, PLANNED, HYPOTHETICAL, NEGATED = (
    "asserted",
    "reported",
    "planned",
    "hypothetical",
    "negated",
)
FACTUALITIES = (ASSERTED, REPORTED, PLANNED, HYPOTHETICAL, NEGATED)
# Events that the text presents as real, first-hand or through a source: one class
# for grouping and merging, apart from planned, hypothetical and negated ones.
ACTUAL = frozenset({ASSERTED, REPORTED})


@dataclass(slots=True)
class Participant:
    """An actor's part in an event: its role and one sentence saying what it did."""

    actor: str  # actor id (before resolve: the mention's name)
    role: str  # agent, patient, partner, host, mediator, location
    description: str = ""
    evidence: Evidence | None = None


@dataclass(slots=True)
class TimeValue:
    """When an event happened: an interval with a precision, or just the text."""

    text: str
    start: date | None = None
    end: date | None = None
    precision: str | None = None  # day, week, month, year, decade
    evidence: Evidence | None = None
    duration: str | None = None  # ISO 8601 ("P1M") when the text says how long


@dataclass(slots=True)
class Event:
    """One event: per document at first, merged across documents by the linker."""

    id: str  # per-document events: "<doc>/<trigger start>-<end>"; merged: "e-<hash>"
    type: str  # taxonomy key, see kg.taxonomy.EVENT_TYPES
    trigger: Evidence
    lemma: str
    mentions: list[Evidence] = field(default_factory=list)
    title: str = ""
    summary: str = ""
    participants: list[Participant] = field(default_factory=list)
    time: TimeValue | None = None
    place: str | None = None  # actor id of the place
    factuality: str = ASSERTED
    instruments: list[Evidence] = field(default_factory=list)  # with what: "with drones"
    ongoing: bool = False  # under way when reported ("the talks are going well")
    sources: list[str] = field(default_factory=list)  # document ids
    members: list[str] = field(default_factory=list)  # per-document event ids merged here
    merge_rationale: str = ""
    merge_score: float | None = None  # the weakest merge edge's score, when merged


@dataclass(slots=True)
class Relation:
    """A typed, scored, explained link between two events."""

    source: str  # event id
    target: str
    type: str  # see kg.link.RELATION_TYPES
    score: float
    rationale: str


@dataclass(slots=True)
class Conflict:
    """Two attributed accounts of one event that cannot both hold ("the negotiation is
    going very well" against "no tangible progress"). Both statements stay as they
    are; this joins them, with a score and a rationale."""

    event: str  # the event both statements are about
    first: str  # statement ids, in a stable order
    second: str
    score: float
    rationale: str


@dataclass(slots=True)
class DocResult:
    """Everything extracted from one document, ready to pickle back from a worker."""

    doc: Document
    actors: list[ActorMention] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    error: str | None = None


@dataclass(slots=True)
class BuildResult:
    """What ``kg.build`` returns: the resolved, linked graph plus per-document errors."""

    documents: list[Document]
    actors: dict[str, Actor]
    # a list, or in a build with an output folder every article's on disk, read back
    # an article at a time as it is iterated (:class:`kg.state.Statements`)
    statements: Sequence[Statement]
    events: dict[str, Event]
    # a list, or in a build with an output folder with their rationales on disk
    # (:class:`kg.state.Relations`)
    relations: Sequence[Relation]
    errors: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # about the whole build, said once
    # language -> the articles (file, or id) skipped because no model reads that language
    skipped: dict[str, list[str]] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    language: str = "en"  # of the spaCy pipeline: the language tag of prose literals
    model: str | None = None  # "<pipeline name> <version>", for the build's provenance
    started: datetime | None = None  # UTC, recorded in void.ttl (not in the graph,
    finished: datetime | None = None  # which must be byte-identical on rebuild)
    # gives the documents their clean texts back: in a build with an output folder
    # they wait on disk to the end of the export, which never reads them (the source
    # texts it quotes are given back before it); called, then None, once it is written
    give_back: Callable[[], None] | None = None

    def summary(self) -> dict[str, int]:
        return {
            "documents": len(self.documents),
            "actors": len(self.actors),
            "statements": len(self.statements),
            "events": len(self.events),
            "links": len(self.relations),
        }


def _pickled_by_names(cls: type) -> None:
    """Give a frozen slotted dataclass the pickling state Python's own gives it (the fields'
    values, in order), with the field names read once per class. Python's
    ``__setstate__`` for ``slots=True`` calls ``dataclasses.fields`` on every object it
    unpickles, and a build reads its parked statements and actor spans back several
    times: 138,000 objects and a sixth of their reading on BBC politics (issue 24). The
    state is the same list, so a pickle made either way reads back either way."""
    names = tuple(f.name for f in fields(cls))

    def __getstate__(self) -> list:  # noqa: N807 - the pickle protocol's name
        return [getattr(self, name) for name in names]

    def __setstate__(self, state: list) -> None:  # noqa: N807
        for name, value in zip(names, state, strict=False):
            object.__setattr__(self, name, value)  # frozen classes too, as Python's own

    cls.__getstate__ = __getstate__  # type: ignore[attr-defined]
    cls.__setstate__ = __setstate__  # type: ignore[attr-defined]


# the frozen ones: Python pickles a mutable slotted dataclass by its slots in C, and
# gives only a frozen one these Python methods
for _cls in (Evidence, Copy, Position):
    _pickled_by_names(_cls)

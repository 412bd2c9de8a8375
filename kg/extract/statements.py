"""Statements: who said what, directly, indirectly or in a mix of both.

How: quotation marks are paired per paragraph (straight and curly; a quote left open
at a paragraph end closes there, the newspaper convention for quotes that run on).
Every reporting verb ("said", "told", "warned", "insisted", "according to") outside a
quote is a cue. A quote takes the nearest cue in its own sentence(s); a quote with no
cue of its own continues the previous statement when only its cue sits between them
(the split quote: "…," she continued. "…"). A cue whose clausal complement is not
already a quote is indirect speech ("X said that …"), and mixed when a quoted
fragment sits inside it. The speaker is the cue's subject, resolved through
:class:`~kg.extract.actors.ActorIndex` (pronouns, titles, capitals as governments).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..model import DIRECT, INDIRECT, MIXED, Document, Statement
from .actors import ActorIndex

REPORTING_VERBS = frozenset(
    [
        "say",
        "tell",
        "add",
        "continue",
        "insist",
        "argue",
        "warn",
        "stress",
        "remark",
        "note",
        "explain",
        "claim",
        "state",
        "declare",
        "announce",
        "confirm",
        "deny",
        "ask",
        "reply",
        "respond",
        "write",
        "tweet",
        "post",
        "suggest",
        "acknowledge",
        "admit",
        "emphasize",
        "emphasise",
        "urge",
        "vow",
        "pledge",
        "promise",
        "predict",
        "complain",
        "accuse",
        "threaten",
        "recall",
        "observe",
        "comment",
        "conclude",
        "caution",
        "assert",
        "maintain",
        "report",
        "reiterate",
        "signal",
        "estimate",
        "allege",
        "testify",
        "concede",
        "contend",
        "counter",
        "disclose",
        "indicate",
        "insist",
        "mention",
        "reveal",
    ]
)
# Verbs that report speech only through a noun: "expressed optimism that …".
EXPRESS_VERBS = frozenset({"express", "voice", "signal"})
# Heads of noun phrases that can speak without being a named actor.
SPEAKER_NOUNS = frozenset(
    [
        "official",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "minister",
        "president",
        "secretary",
        "envoy",
        "ambassador",
        "source",
        "analyst",
        "expert",
        "diplomat",
        "leader",
        "chief",
        "director",
        "adviser",
        "advisor",
        "statement",
        "report",
        "police",
        "witness",
        "resident",
        "lawyer",
        "prosecutor",
        "judge",
        "union",
        "company",
        "government",
        "ministry",
        "agency",
        "army",
        "military",
        "spokesperson",
        "negotiator",
        "mediator",
    ]
)
OPEN_QUOTES = {"“": "”", '"': '"', "«": "»", "„": "“"}
MIN_QUOTE_WORDS = 4  # shorter quotes with no cue are scare quotes ("tangible")


@dataclass
class _Quote:
    start: int  # clean-text offsets of the content, marks excluded
    end: int
    open_end: bool = False  # closed by a paragraph end rather than a mark


def find_quotes(text: str) -> list[_Quote]:
    """Pair quotation marks paragraph by paragraph; never fails on unbalanced marks."""
    quotes: list[_Quote] = []
    pos = 0
    for para in text.split("\n"):
        i, n = 0, len(para)
        while i < n:
            ch = para[i]
            close = OPEN_QUOTES.get(ch)
            if close is None or (ch == '"' and i + 1 < n and para[i + 1] == '"'):
                i += 1
                continue
            j = para.find(close, i + 1)
            if ch == "“":  # a stray straight mark may close a curly quote
                j2 = para.find('"', i + 1)
                j = j2 if j < 0 or (0 <= j2 < j) else j
            if j < 0:
                content = para[i + 1 :].rstrip()
                if len(content.split()) >= MIN_QUOTE_WORDS:
                    quotes.append(_Quote(pos + i + 1, pos + i + 1 + len(content), True))
                break
            if j > i + 1:
                quotes.append(_Quote(pos + i + 1, pos + j))
            i = j + 1
        pos += len(para) + 1
    return quotes


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces and edge punctuation that belong to the sentence, not the content.

    An edge quotation mark is trimmed only when it is unpaired inside the span, so a
    mixed statement ending in a quoted fragment keeps the fragment's closing mark.
    """
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    marks = sum(text[start:end].count(m) for m in '"“”')
    if marks % 2 and end > start and text[end - 1] in '"“”':
        end -= 1
    elif marks % 2 and end > start and text[start] in '"“”':
        start += 1
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    return start, end


def _close_quote(text: str, start: int, end: int) -> int:
    """Extend a span by one closing mark when it ends inside an open quoted fragment."""
    marks = sum(text[start:end].count(m) for m in '"“”')
    if marks % 2 and end < len(text) and text[end] in '"”':
        return end + 1
    return end


def _subject(verb: Token) -> Token | None:
    """The subject of a verb, inherited through coordination ("said …, but stressed")."""
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass"}:
            return child
    if verb.dep_ in {"conj", "advcl", "xcomp"} and verb.head.i != verb.i:
        return _subject(verb.head)
    return None


def _complement(verb: Token) -> Span | None:
    """The clause a reporting verb introduces ("… that the talks had stalled")."""
    doc = verb.doc
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i > verb.i:
            toks = [t for t in child.subtree if t.dep_ != "mark" or t.head != child]
            return doc[toks[0].i : toks[-1].i + 1]
    if verb.lemma_ in EXPRESS_VERBS:
        for obj in verb.children:
            if obj.dep_ == "dobj":
                for c in obj.children:
                    if c.dep_ in {"acl", "ccomp"}:
                        toks = [t for t in c.subtree if t.dep_ != "mark" or t.head != c]
                        return doc[toks[0].i : toks[-1].i + 1]
    return None


def _addressee(verb: Token) -> str | None:
    """Whom a statement was made to: "told reporters", "told Lebanon's Al Mayadeen TV"."""
    if verb.lemma_ == "tell":
        objs = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
        if objs:
            return _subtree_text(objs[0], objs[-1])
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "to" and verb.lemma_ in {"say", "speak"}:
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return _subtree_text(objs[0], objs[-1])
    return None


def _subtree_text(first: Token, last: Token) -> str:
    """The document's own text from ``first``'s subtree to ``last``'s."""
    doc = first.doc
    return doc[first.left_edge.i : last.right_edge.i + 1].text


def _relay(sent: Span) -> Token | None:
    """The source of "according to X" in a sentence, if any."""
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to":
            for child in tok.nbor().children:
                if child.dep_ == "pobj":
                    return child
    return None


def _phrase(tok: Token) -> str:
    return _subtree_text(tok, tok)


class _Builder:
    def __init__(self, parsed: Doc, document: Document, index: ActorIndex):
        self.doc, self.document, self.index = parsed, document, index
        self.text = document.text
        self.quotes = find_quotes(self.text)
        self.in_quote = [False] * len(parsed)
        for q in self.quotes:
            span = parsed.char_span(q.start, q.end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    self.in_quote[t.i] = True
        self.cues = [
            t
            for t in parsed
            if not self.in_quote[t.i]
            and t.pos_ in {"VERB", "AUX"}
            and (t.lemma_ in REPORTING_VERBS or t.lemma_ in EXPRESS_VERBS)
        ]
        self.complements = {c.i: _complement(c) for c in self.cues}

    def evidence(self, start: int, end: int):
        return self.document.evidence(start, end)

    def statement(
        self,
        parts: list[tuple[int, int]],
        kind: str,
        cue: Token | None,
        speaker: Token | None,
        sent: Span | None,
    ) -> Statement:
        content = [
            self.evidence(*_strip_span(self.text, s, _close_quote(self.text, s, e)))
            for s, e in parts
        ]
        st = Statement(self.document.id, content, kind)
        if cue is not None:
            st.cue = self.evidence(cue.idx, cue.idx + len(cue.text))
            st.addressee = _addressee(cue)
        relay = _relay(sent) if sent is not None else None
        if relay is not None:
            st.relay = _phrase(relay)
            if speaker is None:
                speaker = relay
        if speaker is not None:
            self.set_speaker(st, speaker)
        return st

    def set_speaker(self, st: Statement, tok: Token) -> None:
        for child in tok.children:  # "Chile's chief negotiator, Tomas Reyes, said"
            if child.dep_ == "appos" and self.index.actor_at(child) is not None:
                tok = child
                break
        mention = self.index.actor_at(tok)
        if mention is None:  # "Iranian officials": a demonym on a group noun
            mention = self.index.group_of(tok)
        span = self._speaker_span(tok)
        st.speaker_mention = self.evidence(span.start_char, span.end_char)
        st.speaker_name = mention.name if mention else span.text

    def _speaker_span(self, tok: Token) -> Span:
        """The speaker's words: its entity, else the noun phrase without clauses."""
        if tok.ent_type_:
            for ent in self.doc.ents:
                if ent.start <= tok.i < ent.end:
                    return ent
        left = [t for t in tok.subtree if t.i <= tok.i]
        start = left[0].i if left else tok.i
        return self.doc[start : tok.i + 1]

    def nearest_cue(self, q: _Quote) -> Token | None:
        """A cue in the sentence(s) the quote touches, nearest to the quote."""
        first = self.doc.char_span(q.start, q.start + 1, alignment_mode="expand")
        last = self.doc.char_span(max(q.start, q.end - 1), q.end, alignment_mode="expand")
        if not first or not last:  # a quote of whitespace only
            return None
        lo, hi = first[0].sent.start, last[-1].sent.end
        para_lo = self.text.rfind("\n", 0, q.start) + 1
        para_hi = self.text.find("\n", q.end)
        para_hi = len(self.text) if para_hi < 0 else para_hi
        best, dist = None, None
        for cue in self.cues:
            if lo <= cue.i < hi and para_lo <= cue.idx < para_hi:
                d = q.start - cue.idx if cue.idx < q.start else cue.idx - q.end
                comp = self.complements.get(cue.i)
                if comp is not None and comp.start_char <= q.start and q.end <= comp.end_char + 1:
                    d = -1  # the quote is this cue's complement or part of it
                if dist is None or d < dist:
                    best, dist = cue, d
        if best is None:  # "X said:" closing the sentence before the quote
            before = self.text[para_lo : q.start].rstrip(' "“')
            prev = self.doc.char_span(max(0, q.start - 2), q.start, alignment_mode="expand")
            if (before.endswith(":") or not before) and prev is not None and prev[0].i > 0:
                sent = self.doc[max(0, prev[0].i - 1)].sent
                colon = [c for c in self.cues if sent.start <= c.i < sent.end]
                if colon and self.text[sent.end_char - 1 : sent.end_char + 2].strip().startswith(
                    ":"
                ):
                    best = colon[-1]
        return best

    def build(self) -> list[Statement]:
        statements: list[Statement] = []
        used_cues: set[int] = set()
        complements = self.complements
        last: Statement | None = None
        last_end = -1
        for q in self.quotes:
            cue = self.nearest_cue(q)
            comp = complements.get(cue.i) if cue is not None else None
            if cue is not None and comp is not None:
                inner = q.end - q.start
                outer = comp.end_char - comp.start_char
                if (
                    comp.start_char <= q.start
                    and q.end <= comp.end_char + 1
                    and inner < 0.7 * outer
                ):
                    continue  # a fragment of indirect speech: handled below as mixed
            if cue is None:
                # no cue of its own: the next part of the previous statement when only its
                # cue sits between them ("…," she said. "…"), or a run-on paragraph
                between = self.text[last_end : q.start] if last is not None else ""
                same_para = "\n" not in between.strip() and len(between) < 200
                if last is not None and (same_para or self._run_on(last_end, q.start)):
                    last.content.append(self.evidence(*_strip_span(self.text, q.start, q.end)))
                    last_end = q.end
                continue
            if (
                cue.i in used_cues
                and last is not None
                and last.cue is not None
                and last.cue.start == self.document.source_offset(cue.idx)
            ):
                last.content.append(self.evidence(*_strip_span(self.text, q.start, q.end)))
                last_end = q.end
                continue
            used_cues.add(cue.i)
            st = self.statement([(q.start, q.end)], DIRECT, cue, _subject(cue), cue.sent)
            statements.append(st)
            last, last_end = st, q.end
        for cue in self.cues:
            comp = complements[cue.i]
            if cue.i in used_cues or comp is None or len(comp) < 3:
                continue
            subject = _subject(cue)
            if subject is None or not self.can_speak(subject):
                continue  # "messages continue to …", "exchanges continue to threaten"
            inside = [
                q for q in self.quotes if comp.start_char <= q.start and q.end <= comp.end_char + 1
            ]
            kind = MIXED if inside else INDIRECT
            st = self.statement([(comp.start_char, comp.end_char)], kind, cue, subject, cue.sent)
            statements.append(st)
        statements.sort(key=lambda s: (s.content[0].start, s.content[0].end))
        return statements

    def can_speak(self, tok: Token) -> bool:
        """Whether a subject can be a speaker: an actor, a pronoun, a speaking role."""
        return (
            self.index.actor_at(tok) is not None
            or self.index.group_of(tok) is not None
            or tok.lower_ in {"he", "she", "they", "it", "we", "i"}
            or tok.lemma_ in SPEAKER_NOUNS
        )

    def _run_on(self, last_end: int, start: int) -> bool:
        """A quote opening the paragraph right after one left open (the run-on rule)."""
        gap = self.text[last_end:start]
        return gap.count("\n") == 1 and not gap.replace("\n", "").strip(' "“”')


def extract_statements(parsed: Doc, document: Document, index: ActorIndex) -> list[Statement]:
    """Direct, indirect and mixed statements of one document, with speakers."""
    return _Builder(parsed, document, index).build()

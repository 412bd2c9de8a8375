"""Actors: people, organisations, countries and groups named in one document.

How: spaCy's entities (PERSON, ORG, NORP, GPE, LOC, FAC) are the candidates. The
country table turns aliases and demonyms into countries, and a capital into its
country's government when it acts (subject of a verb, speaker, side in talks) rather
than being a place. spaCy's type errors are fixed by evidence across the document: a
name that is a person's surname anywhere ("Trump" tagged ORG, "Araghchi" tagged GPE)
is a person everywhere. Titles come from pre-modifiers ("White House press secretary
Karoline Leavitt") and appositions ("Ana Lopez, the foreign minister,").
:class:`ActorIndex` answers "which actor is this token?", including pronouns and
definite descriptions ("she", "the US president"), for the other extractors.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from .. import gazetteer
from ..model import COUNTRY, GROUP, ORGANISATION, PERSON, PLACE, ActorMention, Document

LABEL_KIND = {
    "PERSON": PERSON,
    "ORG": ORGANISATION,
    "NORP": GROUP,
    "GPE": PLACE,
    "LOC": PLACE,
    "FAC": PLACE,
}
# Dependency relations in which a capital or country acts rather than locates.
AGENTIVE_DEPS = {"nsubj", "nsubjpass", "agent", "conj", "appos", "poss", "compound"}
AGENTIVE_PREPS = {"between", "with", "from", "by", "to"}
# Nouns that make "Iranian officials" a group of people acting for a country.
GROUP_NOUNS = {
    "official",
    "leader",
    "force",
    "troop",
    "diplomat",
    "negotiator",
    "delegation",
    "government",
    "authority",
    "military",
    "army",
    "side",
    "minister",
    "envoy",
    "lawmaker",
    "navy",
    "police",
    "militant",
    "protester",
    "worker",
    "citizen",
}
PRONOUNS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
# Words in a title or just before a name that say which pronoun fits the person.
GENDERED = {
    **dict.fromkeys(
        gazetteer.words(
            "mr sir spokesman chairman congressman businessman king prince father son "
            "brother husband"
        ),
        "m",
    ),
    **dict.fromkeys(
        gazetteer.words(
            "ms mrs miss madam dame lady spokeswoman chairwoman congresswoman businesswoman "
            "queen princess mother daughter sister wife"
        ),
        "f",
    ),
}


def _gender(name: str, title: str | None, before: str) -> str | None:
    """The gender a text gives a person: a gendered title word, else the first name."""
    for word in [*(title or "").lower().replace(".", "").split(), before.lower().strip(".")]:
        if word in GENDERED:
            return GENDERED[word]
    return gazetteer.gender(name.split()[0]) if len(name.split()) > 1 else None


def _clean_name(text: str) -> str:
    """A mention's name without a leading "the", possessive or edge punctuation."""
    text = " ".join(text.split())
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"(['’]s|['’])$", "", text)
    return text.strip(" .,;:-\"'“”‘’")


def _title_before(ent: Span) -> Span | None:
    """The pre-modifier title of a person entity ("US President" in "US President X")."""
    doc, i = ent.doc, ent.start
    root = ent.root
    while i > ent.sent.start:
        tok = doc[i - 1]
        if tok.dep_ not in {"compound", "amod", "nmod", "npadvmod", "punct"} or tok.is_space:
            break
        if tok.dep_ == "punct" and tok.text not in {".", "-"}:
            break
        head = tok
        while head.i < ent.start and head.head.i != head.i and head.head.i < ent.end + 1:
            head = head.head
        if not (ent.start <= head.i < ent.end or head == root):
            break
        i -= 1
    if i == ent.start:
        return None
    span = doc[i : ent.start]
    return span if any(t.is_alpha and t.pos_ in {"NOUN", "PROPN", "ADJ"} for t in span) else None


def _title_appos(ent: Span) -> str | None:
    """An apposition title: "Ana Lopez, the country's foreign minister, said"."""
    for child in ent.root.children:
        if child.dep_ == "appos" and child.i >= ent.end and child.ent_type_ != "PERSON":
            words = [t for t in child.subtree if not t.is_punct]
            text = " ".join(t.text for t in words if t.dep_ != "det" or t.i != words[0].i)
            return text or None
    return None


def _acts(tok: Token) -> bool:
    """Whether a place name token is used as an acting government, not a location."""
    dep = tok.dep_
    if dep in AGENTIVE_DEPS:
        if dep == "conj":
            return _acts(tok.head)
        if dep == "compound":
            return tok.head.lemma_ in {"official", "government", "negotiator", "delegation"}
        return True
    return dep == "pobj" and tok.head.lower_ in AGENTIVE_PREPS


def extract_actors(parsed: Doc, document: Document) -> list[ActorMention]:
    """Actor mentions of one document, with types fixed by cross-mention evidence."""
    return [m for m, _ in actor_spans(parsed, document)]


def actor_spans(parsed: Doc, document: Document) -> list[tuple[ActorMention, Span]]:
    """Actor mentions paired with the spaCy span they were read from."""
    raw: list[tuple[Span, str, str]] = []  # (span, kind, name)
    for ent in parsed.ents:
        kind = LABEL_KIND.get(ent.label_)
        if kind is None:
            continue
        name = _clean_name(ent.text)
        if name.startswith("The ") and ent.start == ent.sent.start:
            name = name[4:]  # sentence-initial article, not part of the name
        if not name or not any(c.isalpha() for c in name) or "\n" in ent.text.strip():
            continue
        if ent.label_ == "NORP":
            c = gazetteer.demonym(name)
            if c is None:
                continue  # religions, parties etc.: issue #4
            raw.append((ent, COUNTRY, c.name))
            continue
        c = gazetteer.country(ent.text) or gazetteer.country(name)
        if c is None and kind != PERSON:
            c = gazetteer.demonym(name)  # "Azerbaijani" tagged ORG or GPE
        if c is not None and kind != PERSON:
            raw.append((ent, COUNTRY, c.name))
            continue
        seat = gazetteer.seat(ent.text) or gazetteer.seat(name)
        if seat is not None:  # a capital: its government when it acts, else a place
            # (the small model often tags capitals as PERSON or ORG: the table wins)
            raw.append((ent, COUNTRY, seat.name) if _acts(ent.root) else (ent, PLACE, name))
            continue
        raw.append((ent, kind, name))
    # A capital or country the entity recogniser missed, acting as a subject ("Lisbon
    # insisted that …"): the table knows it even when the small model does not.
    in_ent = {t.i for ent in parsed.ents for t in ent}
    for tok in parsed:
        if tok.i in in_ent or tok.pos_ != "PROPN" or tok.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        c = gazetteer.country(tok.text) or gazetteer.seat(tok.text)
        if c is not None:
            raw.append((parsed[tok.i : tok.i + 1], COUNTRY, c.name))
    raw.sort(key=lambda r: r[0].start)

    # Type voting: a name that is (part of) a PERSON name anywhere is a person.
    person_names = {n for _, k, n in raw if k == PERSON}
    surnames: dict[str, set[str]] = {}
    for n in person_names:
        parts = n.split()
        if len(parts) > 1:
            surnames.setdefault(parts[-1], set()).add(n)
    out: list[tuple[ActorMention, Span]] = []
    for span, kind, name in raw:
        full = surnames.get(name)
        if kind != COUNTRY and (name in person_names or full):
            kind = PERSON
        if kind == PERSON and full and len(full) == 1 and name not in full:
            name = next(iter(full))  # "Leavitt" -> "Karoline Leavitt"
        title = None
        if kind == PERSON:
            t = _title_before(span)
            title = _clean_name(t.text) if t is not None else _title_appos(span)
        evidence = document.evidence(span.start_char, span.end_char)
        out.append((ActorMention(evidence, kind, name, title or None), span))
    return out


class ActorIndex:
    """Which actor a token names, for the statement and event extractors.

    Besides entity mentions it resolves pronouns (he/she to the nearest preceding
    person, preferring sentence subjects) and definite descriptions that repeat a
    title the document gave a person ("the US president").
    """

    def __init__(self, parsed: Doc, document: Document) -> None:
        self.doc = parsed
        self.document = document
        pairs = actor_spans(parsed, document)
        self.mentions = [m for m, _ in pairs]
        self._by_token: dict[int, ActorMention] = {}
        self._persons: list[tuple[int, ActorMention, bool]] = []  # (token, mention, subj)
        self._titles: dict[str, set[str]] = {}
        self._genders: dict[str, str] = {}  # person name -> "m" / "f" when the text says
        for m, span in pairs:
            for t in span:
                self._by_token.setdefault(t.i, m)
            if m.kind == PERSON:
                subj = any(t.dep_ in {"nsubj", "nsubjpass"} for t in span)
                self._persons.append((span.end - 1, m, subj))
                before = parsed[span.start - 1].text if span.start > 0 else ""
                g = _gender(m.name, m.title, before)
                if g is not None:
                    self._genders.setdefault(m.name, g)
                if m.title:
                    words = m.title.lower().split()
                    for k in range(1, len(words) + 1):  # "press secretary", "secretary"
                        self._titles.setdefault(" ".join(words[-k:]), set()).add(m.name)
        self.kind_of = {m.name: m.kind for m in self.mentions}
        by_surname: dict[str, list[ActorMention]] = {}
        for m in self.mentions:
            if m.kind == PERSON and len(m.name.split()) > 1:
                by_surname.setdefault(m.name.split()[-1], []).append(m)
        self._surnames = {k: v[0] for k, v in by_surname.items() if len({m.name for m in v}) == 1}

    def actor_at(self, tok: Token) -> ActorMention | None:
        """The actor mention covering a token, resolving pronouns and descriptions."""
        m = self._by_token.get(tok.i)
        if m is not None:
            return m
        low = tok.lower_
        if tok.pos_ == "PROPN" and tok.text in self._surnames:  # NER missed "Lopez"
            return self._surnames[tok.text]
        if low in PRONOUNS:
            return self.pronoun(tok)
        if tok.pos_ in {"NOUN", "PROPN"}:
            return self.description(tok)
        return None

    def name_at(self, tok: Token) -> str | None:
        m = self.actor_at(tok)
        return m.name if m else None

    def pronoun(self, tok: Token) -> ActorMention | None:
        """Nearest preceding person, preferring subjects within the last two sentences."""
        want = PRONOUNS.get(tok.lower_)
        before = [
            (i, m, subj)
            for i, m, subj in self._persons
            if i < tok.i and self._genders.get(m.name, want) == want
        ]
        if not before:
            return None
        sent_starts = [s.start for s in self.doc.sents if s.start <= tok.i]
        window = sent_starts[-3] if len(sent_starts) >= 3 else 0
        recent_subj = [x for x in before if x[2] and x[0] >= window]
        return (recent_subj or before)[-1][1]

    def description(self, tok: Token) -> ActorMention | None:
        """ "the US president" -> the person the document called "US President"."""
        chunk = [t for t in tok.subtree if t.i <= tok.i and t.dep_ != "det" and not t.is_punct]
        if not chunk or not any(t.dep_ == "det" and t.lower_ == "the" for t in tok.children):
            return None
        phrase = " ".join(t.lower_ for t in chunk)
        names = self._titles.get(phrase)
        if names and len(names) == 1:
            name = next(iter(names))
            for i, m, _subj in reversed(self._persons):
                if m.name == name and i < tok.i:
                    return m
        return None

    def group_of(self, tok: Token) -> ActorMention | None:
        """The country behind "Iranian officials": a demonym modifying a group noun."""
        for child in tok.children:
            m = self._by_token.get(child.i)
            if m is not None and child.dep_ in {"amod", "compound", "poss"}:
                return m
        return None

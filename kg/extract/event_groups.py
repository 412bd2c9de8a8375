"""Event groups: which mentions of one document are one event, and the event they make.

:mod:`kg.extract.events` finds the mentions (a trigger, its type, participants, time,
place, its own factuality); this module decides which of them name the same happening
and builds one :class:`~kg.model.Event` per group, with its title.

How:

* grouping: a mention joins the most salient earlier group of its type and certainty
  when their participants agree (directed events must not swap or change who acts and
  who is acted on; symmetric ones share a partner); a bare mention ("the talks") joins
  the latest one of its kind when it repeats the word or is definite; groups that later
  turn out to share participants are joined; what the text marks as another one stays
  apart ("another man tested positive", "the spring conference", "the second round"),
  and an untyped word is no more than its doer ("the laws have changed", "the mood had
  changed");
* the event: the mention with most participants (then a time) gives the type, trigger
  and title; participants, time, place and instruments are the union of the group's;
* the title: a verb with its subject and predicate ("Israel bombed three nuclear
  facilities in Iran"), a noun with its modifiers and "with/between/in/on" phrases
  ("US-Iran talks in Muscat").
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterator
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache, lru_cache, wraps
from typing import Any

from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ..gazetteer import country, demonym, entity, gender, seat
from ..gazetteer import words as word_list
from ..ingest.clean import _wraps
from ..model import (
    ACTUAL,
    ASSERTED,
    COUNTRY,
    HYPOTHETICAL,
    NEGATED,
    PERSON,
    PLACE,
    PLANNED,
    REPORTED,
    Document,
    Event,
    Evidence,
    Participant,
    TimeValue,
)
from ..nlp import CURRENCIES, FIGURE_SCALES  # BBC's "pounds 4.2m": the parse step's words
from ..taxonomy import EVENT_TYPES, KILLING, OTHER, family, pick_type
from .actors import (
    DASHES,
    DESCRIBED_BODIES,
    DESCRIBED_PERSONS,
    GENDERED,
    GROUP_NOUNS,
    HONORIFICS,
    NAME_SUFFIXES,
    ORG_NOUNS,
    OUTLET_NOUNS,
    PEOPLE_NOUNS,
    SUBJECTS,
    ActorIndex,
    _positions,
    _quoted,
    compared,
    governed,
    is_pronoun,
)
from .actors import TITLE_WORDS as OFFICES
from .numbers import read_number
from .referents import named_descriptions, owned_roles
from .spans import doc_text, has_word, span_text
from .spans import evidence as exact
from .timex import MONTHS as MONTH_NAMES
from .timex import NUMBERS
from .tokens import (
    children,
    entities,
    entities_in,
    hyphen_run,
    lemma_index,
    line_breaks,
    on_title_case_line,
    sentence_of,
    token_table,
    verb_forms,
    verb_lemmas,
    word_positions,
)

SERIES = {"exchange", "round", "series", "wave", "spate", "string", "day", "week", "month", "year"}


@dataclass
class _Mention:
    trigger: Token
    type: str
    participants: list[Participant] = field(default_factory=list)
    time: TimeValue | None = None
    place: str | None = None
    factuality: str = ASSERTED
    duration: tuple[int, str, Evidence] | None = None  # "more than a month": (1, "month", …)
    instruments: list[tuple[int, int]] = field(default_factory=list)  # "with drones"
    joins: Token | None = None  # the event noun a support verb carries ("launched an attack")
    only_joined: bool = False  # an event only as part of the one it joins ("piracy attack")
    quoted: bool = False  # inside the content of a statement
    lemmas: frozenset[str] | None = None  # cached by _lemmas
    ongoing: bool = False  # "the talks are ongoing", "the negotiation is going well"


DIRECTED = {"UseOfForce", "Sanction", "Threaten", "Demand", "Arrest"}
# Types where the subject or possessor does the act alone; in the others (talks,
# meetings, agreements) it is one of several partners.
SYMMETRIC = {"Consult", "Negotiate", "Agree", "Contest", "Election"}
ACTING = set(EVENT_TYPES) - SYMMETRIC


def _lemmas(m: _Mention, words: Collection[tuple[str, str]]) -> frozenset[str]:
    """The trigger's lemma and those of trigger nouns compounded into it ("summit")."""
    if m.lemmas is None:
        m.lemmas = frozenset(
            _base(m.trigger, words)
            | {
                c.lemma_.lower()
                for c in m.trigger.children
                if c.dep_ == "compound"
                and ("NOUN", c.lemma_.lower()) in words
                and not _measure(c)
            }
        )
    return m.lemmas


def _measure(noun: Token) -> bool:
    """Whether a compounded noun counts what the trigger lasts ("a seven-match ban", "a
    three-match suspension"): no word of the happening, so two bans of seven matches
    given to two players in two seasons do not share it."""
    return any(c.dep_ == "nummod" for c in noun.children)


def _base(t: Token, words: Collection[tuple[str, str]]) -> set[str]:
    """A trigger's lemma; for a capitalised headline word the parse left as written
    ("Esther Williams Dies At 91", "Teen Shot By Police") also the lexicon's verb it is
    a form of, so that the headline meets the "died" and "shot" of the text; an untyped
    headline verb ("Suspect Caught After Raid") the model's verb it is a form of, so
    that it meets the text's "caught"."""
    lemma = t.lemma_.lower()
    if lemma != t.lower_ or t.is_lower:
        return {lemma}
    verbs = lemma_index("verb")
    return {lemma} | {
        f for f in verb_lemmas(lemma) if ("VERB", f) in words or f != lemma and f in verbs
    }


PARTIES = {"agent", "patient", "partner", "host"}
# Pronouns whose reading is too loose to hold two mentions apart: a possessive ("his
# death" may point at the one who called for the inquiry) or a pointer ("this", "it").
# A subject "he" or "she" is read from the subject before it, as a reader reads it:
# "Merritt ran …, he ran the third quickest mile" told of Lagat is another run.
UNSURE = {"his", "her", "its", "their", "our", "my", "your", "whose", "it", "this", "that",
          "these", "those", "which"}  # fmt: skip
NAMED = {"ORG", "FAC", "GPE", "LOC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"}
SELF_HARM = {"hang", "kill", "shoot", "drown", "poison", "stab", "starve", "burn"}
REFLEXIVE = {"himself", "herself", "themselves", "myself", "yourself"}


# Words that name one kind of happening, so that "talk to them", "meet with them" and
# "if there is a meeting" can be one meeting, while "shot" and "killed" (an act and
# what it caused, two events in news annotation) stay apart.
SYNONYMS: dict[str, frozenset[str]] = {
    name: frozenset(ws.split())
    for name, ws in {
        "meeting": "meet meeting talk talks discuss discussion negotiate negotiation consult "
        "consultation dialogue",
        "attack": "attack strike airstrike raid assault bombing bomb offensive ambush",
        "hit": "hit strike",  # "Woman Hit By Car", "a car struck her": one blow, not attacks
        "quake": "earthquake quake tremor temblor",
        "blast": "explosion explode blast",
        "blaze": "fire blaze inferno",
        "death": "die death dead suicide",
        "deal": "deal agreement accord pact treaty",
        "takeover": "acquisition acquire buy purchase merger takeover sale sell",
        "launch": "launch release unveil introduce",
        "vote": "election vote poll ballot",
        "truce": "ceasefire truce",
        "war": "war conflict fighting hostility hostilities",
        "resign": "resign resignation quit",
        "crash": "crash collision accident",
        "protest": "protest demonstrate demonstration rally",
        "injure": "injure injury hurt wound",
        "arrest": "arrest detain detention capture catch nab apprehend",
        "dismiss": "fire sack dismiss dismissal oust",
        "win": "win victory triumph",
        "enter": "enter check admit",
        "thwart": "foil thwart",
        "leave": "leave flee depart exit",
        "escape": "escape jailbreak breakout lam loose",  # "on the lam": the escape, lasting
        "shoot": "shoot shooting gun gunfire",
        "rob": "rob robbery heist hold-up stickup",
        "steal": "steal theft",
        "kidnap": "kidnap kidnapping abduct abduction",
        "evacuate": "evacuate evacuation",
        "inquiry": "investigate investigation probe inquiry",
        "visit": "visit trip tour travel journey",
        "walkout": "strike walkout stoppage",
        "ban": "ban embargo prohibition",
    }.items()
}
_SYNSETS: dict[str, set[str]] = {}
# Words that lift a ban when the event is typed a yielding (see events.LIFTERS): only
# then one act, as "the war ended" and "removed the rubble" are no lifting
BAN_ENDS = word_list("lift end remove scrap abolish")
for _name, _ws in SYNONYMS.items():
    for _w in _ws:
        _SYNSETS.setdefault(_w, set()).add("=" + _name)
SUFFIXES = ("ation", "ition", "ment", "ings", "ing", "ion", "al", "ure", "es", "s", "e")


@cache
def _stem(lemma: str) -> str:
    """A crude stem that meets a verb and its noun: "negotiate"/"negotiation",
    "bomb"/"bombing", "arrive"/"arrival"."""
    for suffix in SUFFIXES:
        if lemma.endswith(suffix) and len(lemma) - len(suffix) >= 4:
            return lemma[: -len(suffix)]
    return lemma


# Verbs that tell a walkout when typed a protest ("stopped work", "walked off the job",
# "downed tools": see events._work_downed): the strike the text names again by its noun
WALKOUT_VERBS = word_list("stop walk down")
OPENED = word_list("open")  # "opened fire": the verb and its noun tell a shooting


def _opened_fire(t: Token) -> bool:
    """Whether a trigger is "opened" with the object "fire", or that "fire": the phrase
    names a shooting, as "the shooting" of the next sentence does, though neither word
    does alone ("opened a branch", "the fire spread")."""
    if t.pos_ == "VERB":
        verb = t
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in RETURNED for c in t.children):
            return False
    elif t.dep_ == "dobj" and t.lemma_.lower() in RETURNED:
        verb = t.head
    else:
        return False
    return verb.pos_ == "VERB" and verb.lemma_.lower() in OPENED


AWARDS_NIGHTS = {"oscars": "oscar", "baftas": "bafta", "emmys": "emmy", "grammys": "grammy",
                 "brits": "brit", "globes": "globe"}  # the night, in the plural of its prize
AWARDS_ALIASES = {"academy": "oscar"}  # "the Academy Awards" are the Oscars


def _awards_night(t: Token) -> frozenset[str]:
    """The names of the awards night a noun names: "the Oscars" and "next year's Academy
    Awards" are one ceremony ({"oscar"}), as "this year's Interactive Bafta awards" and
    "the Bafta Interactive Awards" are ({"bafta", "interactive"}); the singular ("won an
    Oscar", "the best actress award") is a prize, not the night, and names none, as do
    "acting Oscars" and "two Oscars"."""
    lower = t.lower_
    if lower in AWARDS_NIGHTS:
        if any(
            c.dep_ in {"nummod", "amod", "compound"} and c.ent_type_ not in {"DATE", "ORDINAL"}
            for c in t.children
        ):
            return frozenset()  # "nominated for acting Oscars", "won two Oscars": prizes
        return frozenset({AWARDS_NIGHTS[lower]})
    if lower != "awards":
        return frozenset()
    names = {
        w.lower_
        for c in t.lefts
        if c.dep_ in {"compound", "amod"}
        for w in c.subtree
        if w.pos_ == "PROPN" and w.is_alpha  # "the 77th Academy Awards": not the "77th"
    }
    return frozenset(AWARDS_ALIASES.get(w, w) for w in names)


def _words(m: _Mention, words: Collection[tuple[str, str]]) -> set[str]:
    """What a mention calls the happening: its lemmas, their stems, their synonym set."""
    out: set[str] = set()
    for lemma in _lemmas(m, words):
        out |= {lemma, "~" + _stem(lemma)}
        out |= _SYNSETS.get(lemma, set())
        if m.type == "Yield" and lemma in BAN_ENDS:
            out.add("=lift")  # "plans to end the embargo", "expected it to be lifted"
    if _opened_fire(m.trigger):
        out.add("=shoot")  # "opened fire on his bosses", then "the shooting"
    t = m.trigger
    if m.type == "Protest" and t.pos_ == "VERB" and t.lemma_.lower() in WALKOUT_VERBS:
        out.add("=walkout")  # "crane operators stopped work", then "joined the strike"
    if m.trigger.pos_ in {"NOUN", "PROPN"} and (night := _awards_night(m.trigger)):
        out.add("=awards " + " ".join(sorted(night)))  # "the Oscars", "the Academy Awards"
    if (_family(m) == family("Death") and m.type != "Death") or _killing(m, words):
        out.add("=death")  # "hanged himself", "killed"
    return out


@dataclass(frozen=True)
class Context:
    """What grouping needs to know about the document's actors: their kind (a city is
    inside a country, so "in Beirut" and "in Lebanon" do not clash) and whom a person
    speaks for ("we" resolved to the United States meets Trump's "I")."""

    kind_of: dict[str, str] = field(default_factory=dict)
    sides: dict[str, frozenset[str]] = field(default_factory=dict)
    headline: int = 0  # where the title ends when the text opens with it
    starts: tuple[int, ...] = ()  # the tokens that open the document's sentences
    published: date | None = None  # the article's date: what it tells as long past
    title_words: frozenset[str] = frozenset()  # the headline's words, lower case

    @classmethod
    def of(cls, index: ActorIndex) -> Context:
        sides: dict[str, set[str]] = {}
        for m in index.mentions:
            if m.position and m.position.affiliation:
                sides.setdefault(m.name, set()).add(m.position.affiliation)
        names = sorted(index.kind_of)
        for x in names:  # "Iranian leaders" and "Tehran" speak for Iran
            state = demonym(x.split()[0]) if " " in x else seat(x)
            if state is not None and state.name != x:
                sides.setdefault(x, set()).add(state.name)
        having: dict[str, list[str]] = {}  # word -> the names holding it, so that each
        for y in names:  # name is set against those sharing its words, not all of them
            for w in set(y.split()):
                having.setdefault(w, []).append(y)
        for x in names:  # "Comeaux" is "Arcade Joseph Comeaux Jr" in this text (the model
            # may tag one of them an organisation)
            short = set(x.split()) - NAME_SUFFIXES
            rarest = min((having[w] for w in short), key=len, default=names)
            for y in rarest:
                if short < set(y.split()) and PLACE not in {index.kind_of[x], index.kind_of[y]}:
                    sides.setdefault(x, set()).add(y)
                    sides.setdefault(y, set()).add(x)
        title = (index.document.title or "").strip()
        return cls(
            dict(index.kind_of),
            {k: frozenset(v) for k, v in sorted(sides.items())},
            _headline_end(index.document),
            published=index.document.published,
            title_words=frozenset(re.findall(r"\w+", title.lower())),
        )

    def expand(self, names: set[str]) -> set[str]:
        return names.union(*(self.sides.get(n, ()) for n in names))

    def sentence(self, tok: Token) -> int:
        """The number of the sentence a token is in."""
        return bisect_right(self.starts, tok.i) - 1


DEATH = family("Death")
VIOLENCE = family("UseOfForce")
PROTEST = family("Protest")


def _killing(m: _Mention, words: Collection[tuple[str, str]]) -> bool:
    """Whether a mention of violence names a death as its outcome ("was killed", "the
    murder", "shot dead", "stabbed to death"): the death of its victim is the same
    happening ("X died")."""
    return _family(m) == VIOLENCE and bool(_lemmas(m, words) & KILLING or _to_death(m.trigger))


def _to_death(verb: Token) -> bool:
    """Whether a verb is told with death as its result: "shooting dead a burglar", "was
    stabbed to death". "Was shot" alone is no killing (many survive); with "dead" the
    "dead" of the same clause is the one happening, not a death of its own."""
    if verb.pos_ != "VERB":
        return False
    return any(
        c.lower_ == "dead" and c.dep_ in RESULT_DEPS
        or c.dep_ == "prep" and c.lower_ == "to"
        and any(p.lemma_.lower() == "death" for p in children(c, {"pobj"}))
        for c in verb.children
    )


RESULT_DEPS = {"oprd", "acomp", "advmod", "xcomp", "dobj"}  # "shot dead", "shot him dead"


def _family(m: _Mention) -> str | None:
    """The type family a mention can join; None for an untyped word, which joins only
    its own lemma. "hanged himself" is a death whatever the trigger table says."""
    t = m.trigger
    if t.lemma_.lower() in SELF_HARM and any(c.lower_ in REFLEXIVE for c in t.children):
        return family("Death")
    return None if m.type == OTHER else family(m.type)


def _mode(m: _Mention) -> str:
    """What a mention says of the happening: that it happened ("actual"), that it did
    not, or that it may, will or would ("irrealis": planned and hypothetical readings
    of one meeting are one meeting)."""
    if m.factuality in ACTUAL:
        return "actual"
    return "negated" if m.factuality == NEGATED else "irrealis"


APART = {frozenset({"actual", "negated"}), frozenset({"actual", "irrealis"})}


def _landmarks(m: _Mention) -> set[str]:
    """The first words of the named things a verb acts on or moves to ("checked into
    the Betty Ford Center", "directed The Golden Compass"), and its particle ("took
    off", "took … hostage"): two acts on other named things are two events."""
    t = m.trigger
    if t.pos_ != "VERB":
        return set()
    heads = children(t, {"dobj"})
    heads += [p for c in children(t, {"prep"}) for p in children(c, {"pobj"})]
    heads += [  # "joined the board of the Bank of England" acts on the bank
        p for c in children(t, {"dobj"}) if c.pos_ == "NOUN"
        for o in children(c, {"prep"}) if o.lower_ == "of"
        for p in children(o, {"pobj"})
    ]  # fmt: skip
    out = set()
    for h in heads:
        if h.ent_type_ in NAMED and h.pos_ == "PROPN":
            first = next(
                (w for w in h.subtree if w.ent_type_ == h.ent_type_ and w.lower_ != "the"), h
            )
            out.add(first.text)  # "Betty Ford Center" and "Betty Ford" are one place
        elif (
            h.pos_ == "PROPN"
            and not h.ent_type_
            and h.dep_ == "dobj"
            and h.text[:1].isupper()  # "entered rehab" tagged a name is no name
            and not _short(h)
            and not _title_cased(h.sent)
        ):  # a name the tagger missed: "joined Barclays", then "joined the Treasury"
            out.add(next(w for w in h.subtree if w.pos_ == "PROPN").text)
    return out | {"~" + c.lower_ for c in children(t, {"prt"})}


def _other_landmarks(a: set[str], b: set[str]) -> bool:
    """Whether two groups' landmarks (:func:`_landmarks`) tell two acts: other named
    things, or other particles. A name against a particle is no clash: "entered the
    Cedar Grove centre" and "her checking in" tell one stay by where and by how."""
    names_a, names_b = {x for x in a if x[0] != "~"}, {x for x in b if x[0] != "~"}
    if names_a and names_b and not names_a & names_b:
        return True
    return bool(a - names_a and b - names_b and not (a - names_a) & (b - names_b))


def _title_cased(sent: Span) -> bool:
    """Whether a line writes every long word with a capital, as a US headline does
    ("Checks Into Clinic After Fleeing Other Rehab Facility"): there an untagged
    capitalised word is no sign of a name, and "Rehab Facility" no named place that
    holds the flight apart from "leaving a rehab centre in Newport Beach"."""
    long = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(long) >= 3 and sum(t.is_title or t.is_upper for t in long) >= 0.8 * len(long)


def _short(name: Token) -> bool:
    """Whether an untagged proper noun is a word of a name the tagger found elsewhere:
    "the Dome" is "the Millennium Dome", whose first word would not match it."""
    return name.lower_ in _named_words(name.doc)


def _named_words(doc: Doc) -> frozenset[str]:
    """The lower-case words of the document's names (:data:`NAMED`), read once and kept
    in its ``user_data``: walking ``Doc.ents`` (made anew on each call) per asking grew
    with the square of an article's length (issue 24)."""
    known = doc.user_data.get("named_words")
    if known is None:
        known = frozenset(w.lower_ for ent in entities(doc) if ent.label_ in NAMED for w in ent)
        doc.user_data["named_words"] = known
    return known


def _counts(mentions: list[_Mention]) -> set[int]:
    """The victims each mention counts (:func:`_victims`), for a group whose own family
    did not count them (:meth:`_Group.merge`)."""
    return {count for m in mentions if (count := _victims(m)) is not None}


def _victims(m: _Mention) -> int | None:
    """How many a killing or an attack hit, as the text counts them exactly ("killed
    34 soldiers", "the killing of 34 soldiers"): two soldiers killed on Monday are not
    the 34 killed the week before. None when uncounted, counted loosely ("at least 30",
    "about 30", which a later toll may correct), or a part of a whole ("one of the
    victims was shot" tells one of the two the shooting killed)."""
    t = m.trigger
    if t.pos_ == "VERB":
        heads = [c for c in t.children if c.dep_ in {"nsubjpass", "dobj"}]
    else:
        heads = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    for h in heads:
        number = next((c for c in h.children if c.dep_ == "nummod"), None)
        if (
            number is None
            or h.like_num
            or any(c.dep_ in {"quantmod", "advmod"} for c in number.children)
        ):
            continue
        count = read_number(number.lower_, NUMBERS, decimals=False)  # "a soldier": 1
        return None if count is None else int(count)
    return None


def _one_dead(m: _Mention) -> bool:
    """Whether a death mention tells one person's death: not a plural noun ("English and
    Australian climbers fall to their deaths" tells two) nor a verb with a plural or
    joined subject ("two Britons died", "a Briton and a Swede died")."""
    t = m.trigger
    if t.tag_ == "NNS":
        return False
    return not any(
        s.tag_ in {"NNS", "NNPS"} or children(s, {"conj"})
        for s in children(t, {"nsubj", "nsubjpass"})
    )


def _headline_end(document: Document) -> int:
    """Where the title ends when the text opens with it, else 0."""
    title = (document.title or "").strip()
    text = document.text.lstrip()
    return len(document.text) - len(text) + len(title) if title and text.startswith(title) else 0


def _headline_undergoer(m: _Mention, headline: int) -> bool:
    """Whether the doer read for a mention is the one it was done to. A headline's bare
    past form tells what was done to its subject: "Jackson arrested on suspicion of
    DUI", "Woman killed in Queens" drop the "was", so the subject the parser reads as
    the doer is the one arrested, as the text below says ("Jackson was arrested"); read
    as the doer, the headline's arrest was another. Not with an object ("Police
    arrested two men") or a doer told by "by". An arrest's or a trial's owner is the
    one it befell (:func:`_owner_undergoes`)."""
    t = m.trigger
    if m.type in {"Arrest", "Trial"} and t.pos_ == "NOUN":
        return _owner_undergoes(t)
    if t.idx >= headline or m.type not in ACTED_ON or t.tag_ not in {"VBN", "VBD"}:
        return False
    return not children(t, {"aux", "auxpass", "dobj", "agent", "dative"})


# arrest and trial nouns whose owner is the one they befall ("Giuseppe's sentence")
BEFALLING_NOUNS = word_list(
    "arrest detention trial retrial sentence sentencing conviction prosecution indictment "
    "extradition arraignment acquittal"
)


def _owner_undergoes(noun: Token) -> bool:
    """Whether an arrest or a trial noun's owner is the one arrested or tried ("Jackson's
    arrest", "his trial"), as the headline's "Jackson arrested" is: not when an "of"
    names who was ("the police's arrest of two men") or a "by" who did it."""
    if noun.lemma_.lower() not in BEFALLING_NOUNS or not children(noun, {"poss"}):
        return False  # "the Law Lords' ruling", "an agent's testimony": theirs to give
    return not any(c.lower_ in {"of", "by"} for c in children(noun, {"prep", "agent"}))


@dataclass
class _Group:
    """Mentions taken for one event, with what they say of it so far."""

    mentions: list[_Mention]
    ctx: Context
    family: str | None = None
    kin: set[str | None] = field(default_factory=set)  # the families it may meet
    lemmas: set[str] = field(default_factory=set)
    raw: set[str] = field(default_factory=set)  # the lemmas alone
    own: set[str] = field(default_factory=set)  # the triggers' own lemmas, no compound
    weak: set[str] = field(default_factory=set)  # actors known only through a pronoun
    roles: dict[str, set[str]] = field(default_factory=dict)
    times: list[TimeValue] = field(default_factory=list)
    places: set[str] = field(default_factory=set)
    landmarks: set[str] = field(default_factory=set)
    modes: set[str] = field(default_factory=set)
    readings: set[str] = field(default_factory=set)
    sentences: set[int] = field(default_factory=set)  # where its mentions are
    directed: bool = False
    symmetric: bool = False
    another: bool = False  # told as another one than an earlier group (:func:`_another`)
    kind: bool = False  # happenings of a kind, not one of them (:func:`_kind`)
    phrasal: set[tuple[str, bool]] = field(default_factory=set)  # see :func:`_away`
    victims: set[int] = field(default_factory=set)  # see :func:`_victims`
    sections: set[int] = field(default_factory=set)  # see :func:`_section`
    marks: set[tuple[str, str]] = field(default_factory=set)  # see :func:`_marks`
    newcomers: set[int] = field(default_factory=set)  # "another man": see :func:`_other_doer`
    nouns: set[str] = field(default_factory=set)  # see :func:`_own_nouns`
    told: bool = False  # a mention says more than its word: actors, core nouns
    objects: dict[str, set[str]] = field(default_factory=dict)  # see :func:`_light_objects`
    scope: set[str] = field(default_factory=set)  # "one" or "many" acted on: :func:`_scope`
    cache: dict[tuple[str, ...], Any] = field(default_factory=dict)  # role sets, :func:`_opening`
    heads: dict[tuple[str, str], set[str]] | None = None  # :func:`_heads`, until an add

    @classmethod
    def start(cls, m: _Mention, ctx: Context, words: Collection[tuple[str, str]]) -> _Group:
        g = cls([], ctx, _family(m), kind=m.trigger.idx >= ctx.headline and _kind(m))
        g.kin.add(g.family)
        g.add(m, words)
        return g

    def add(self, m: _Mention, words: Collection[tuple[str, str]]) -> None:
        self.mentions.append(m)
        self.cache.clear()
        self.heads = None
        self.lemmas |= _words(m, words)
        self.raw |= _lemmas(m, words)
        self.own |= _base(m.trigger, words)
        if self.family == VIOLENCE and _killing(m, words):
            self.kin.add(DEATH)
        if self.family in {VIOLENCE, DEATH} and (count := _victims(m)) is not None:
            self.victims.add(count)
        if (section := _section(m.trigger)) is not None:
            self.sections.add(section)
        self.marks |= _marks(m)
        self.nouns |= _own_nouns(m.trigger)
        landmarks = _landmarks(m)  # read once: it was read again below
        self.told = self.told or bool(
            any(p.evidence is None or p.evidence.text.lower() not in UNSURE for p in m.participants)
            or landmarks
            or _own_nouns(m.trigger, core=True)
        )  # "his ruling" points back as "the ruling" does
        if (scope := _scope(m.trigger)) is not None:
            self.scope.add(scope)
        for lemma, objects in _light_objects(m.trigger).items():
            self.objects.setdefault(lemma, set()).update(objects)
        if m.trigger.pos_ == "VERB":
            self.newcomers |= {d.i for d in _doers(m.trigger) if _other_doer(d)}
        dying = _family(m) == DEATH
        for p in m.participants:
            if p.role not in PARTIES:
                continue
            if p.evidence is not None and p.evidence.text.lower() in UNSURE:
                self.weak.add(p.actor)  # "his death": the pronoun may be misread
            elif dying and self.ctx.kind_of.get(p.actor) in {COUNTRY, PLACE} and _one_dead(m):
                # "Briton dies", "a British climber has died": no country dies; the
                # one who did is named later ("Robert Hale died"), one death, not three
                self.weak.add(p.actor)
            else:  # who died is who was killed; "Jackson arrested" was arrested
                swap = dying or _headline_undergoer(m, self.ctx.headline)
                role = "patient" if swap and p.role == "agent" else p.role
                self.roles.setdefault(role, set()).add(p.actor)
        if m.time is not None and m.time.start is not None:
            self.times.append(m.time)
        if m.place:
            self.places.add(m.place)
        self.landmarks |= landmarks
        if m.trigger.pos_ == "VERB":
            self.phrasal.add((m.trigger.lemma_.lower(), _away(m.trigger)))
        elif _returned(m.trigger):
            self.phrasal.add((m.trigger.lemma_.lower(), True))  # "returned fire": fired back
        self.sentences.add(self.ctx.sentence(m.trigger))
        if (
            m.trigger.idx >= self.ctx.headline
            and not (m.trigger.pos_ == "NOUN" and m.time is None and _foretold(m.trigger))
            and not _naming_participle(m)
        ):  # a headline's tense says little: "Lohan checks into rehab", "DeGeneres to
            # host Oscars" tell what happened; nor does "the ban would be lifted" of the ban
            self.modes.add(_mode(m))
            self.readings.add(m.factuality)
        self.directed = self.directed or m.type in DIRECTED
        self.symmetric = self.symmetric or m.type in SYMMETRIC

    def merge(self, other: _Group, words: Collection[tuple[str, str]]) -> None:
        """Take in another group's mentions with what :meth:`add` read of each, from the
        other's sets: reading each mention's facts again at every join and merge was a
        tenth of grouping (issue 24). Only what hangs on this group's family is read
        again: a killing that makes a violence group meet deaths, the victims counted."""
        self.mentions += other.mentions
        self.cache.clear()
        self.heads = None
        self.lemmas |= other.lemmas
        self.raw |= other.raw
        self.own |= other.own
        if self.family == VIOLENCE and any(_killing(m, words) for m in other.mentions):
            self.kin.add(DEATH)
        if self.family in {VIOLENCE, DEATH}:  # counted by the other only if of these too
            counted = other.family in {VIOLENCE, DEATH}
            self.victims |= other.victims if counted else _counts(other.mentions)
        self.sections |= other.sections
        self.marks |= other.marks
        self.nouns |= other.nouns
        self.told = self.told or other.told
        self.scope |= other.scope
        for lemma, objects in other.objects.items():
            self.objects.setdefault(lemma, set()).update(objects)
        self.newcomers |= other.newcomers
        self.weak |= other.weak
        for role, actors in other.roles.items():
            self.roles.setdefault(role, set()).update(actors)
        self.times += other.times
        self.places |= other.places
        self.landmarks |= other.landmarks
        self.phrasal |= other.phrasal
        self.sentences |= other.sentences
        self.modes |= other.modes
        self.readings |= other.readings
        self.directed = self.directed or other.directed
        self.symmetric = self.symmetric or other.symmetric

    def parties(self) -> set[str]:
        if ("*",) not in self.cache:
            self.cache[("*",)] = self.ctx.expand(set().union(self.weak, *self.roles.values()))
        return self.cache[("*",)]

    def doers(self) -> dict[str, set[str]]:
        """The nouns its verbs have as active subject, common and proper apart ("the
        index was trading", "shares were trading"; "Dale, who spends"); not pronouns,
        nor people told by a common noun, whom another noun may name again ("a second
        suspect turned himself in", "the man turned himself in"). A subject "he" or
        "she" read as a named actor is that name's last word, as its own subject would
        be ("he also won" told of Payne is "payne"). Kept until the group grows: a long
        article weighs each group against many others sharing its word."""
        if ("~doers",) in self.cache:
            return self.cache[("~doers",)]
        out: dict[str, set[str]] = {}
        for m in self.mentions:
            t = m.trigger
            subjects = _borrowed_subjects(t)
            if t.dep_ == "relcl" and any(c.lower_ in RELATIVE for c in subjects):
                subjects = [t.head]  # "Dale, who spends his days"
            for d in subjects:
                if d.pos_ == "PROPN":
                    out.setdefault(d.pos_, set()).add(_surname(d))
                elif d.pos_ == "NOUN" and not _doer_noun(d):
                    out.setdefault(d.pos_, set()).add(d.lemma_.lower())
                elif d.lower_ in PRONOUNS and d.lower_ not in UNSURE:
                    named = {
                        [w for w in p.actor.split() if w not in NAME_SUFFIXES][-1].lower()
                        for p in m.participants
                        if p.role in PARTIES
                        and p.evidence is not None
                        and p.evidence.text.lower() == d.lower_
                    }
                    out.setdefault("PROPN", set()).update(named)
        found = self.cache[("~doers",)] = {k: v for k, v in out.items() if v}
        return found

    def targets(self) -> set[str]:
        """What a directed act hit: its patients and places ("a strike on Beirut")."""
        if ("@",) not in self.cache:
            self.cache[("@",)] = self.ctx.expand(self.roles.get("patient", set()) | self.places)
        return self.cache[("@",)]

    def role(self, *names: str) -> set[str]:
        """The actors seen in these roles, with their aliases and sides; a city is
        where an act happened more than who took part, except for an attack on it."""
        if names not in self.cache:
            found = set().union(*(self.roles.get(n, set()) for n in names))
            if not self.directed:
                found = {a for a in found if self.ctx.kind_of.get(a) != PLACE}
            self.cache[names] = self.ctx.expand(found)
        return self.cache[names]


def _surname(name: Token) -> str:
    """The word a proper-noun subject is known by: its own, or for a suffix the parse
    made the head ("Arcade Joseph Comeaux Jr. escaped") the name word before it, so
    that "Comeaux escaped" is the same doer."""
    if name.text in NAME_SUFFIXES:
        before = [c for c in name.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if before:
            return before[-1].lemma_.lower()
    return name.lemma_.lower()


SHARING = {"conj", "advcl", "xcomp"}  # a verb told without a subject shares its head's


def _borrowed_subjects(verb: Token) -> list[Token]:
    """A verb's active subjects, or for one told without any ("Johnson has gone
    quicker, setting the record in 1995 and running 44.66 in 1996") those of the verb
    it hangs on: the untyped "running" is Johnson's, not the "ran" of Merritt told
    before it."""
    t = verb
    for _ in range(3):
        subjects = children(t, {"nsubj"})
        if subjects or t.dep_ not in SHARING or t.head.pos_ not in {"VERB", "AUX"}:
            return subjects
        if children(t, {"nsubjpass"}):
            return []
        t = t.head
    return []


def _synonyms(g: _Group) -> set[str]:
    """The synonym sets of a group's own words ("=thwart" for "foiled" and "thwarted")."""
    return {w for lemma in g.raw for w in _SYNSETS.get(lemma, ())}


def _own_synonyms(g: _Group) -> set[str]:
    """The synonym sets of a group's triggers' own words, not of nouns compounded into
    them: "a takeover attempt" is an attempt, not a takeover."""
    return {w for lemma in g.own for w in _SYNSETS.get(lemma, ())}


MEDIA = word_list(
    "camera video film tape cctv footage image photo photograph picture wiretap"
)  # "captured on camera", "caught on wiretaps", "captured in his image": recorded


def _recorded(t: Token) -> bool:
    """Whether a verb tells something recorded on a medium ("caught on police wiretaps
    discussing a deal", "captured on camera"), not anyone taken: the medium is read
    from the words right after "on" or "in", as the parse may hang it lower ("on
    wiretaps discussing" gave "wiretaps" as the subject of "discussing")."""
    return any(
        c.lower_ in {"on", "in"}
        and any(w.lemma_.lower() in MEDIA for w in t.doc[c.i + 1 : c.i + 4])
        for c in children(t, {"prep"})
    )


def _purpose_of_noun(t: Token) -> bool:
    """Whether a verb tells what a noun's happening is for ("no further meeting to
    discuss quotas was set"): it belongs with that noun, whatever the synonym says."""
    return t.dep_ in {"acl", "advcl"} and t.head.pos_ == "NOUN" and t.head.i < t.i


def _untyped_synonym(g: _Group, h: _Group) -> bool:
    """Whether an untyped group's own word is a synonym of a typed one's ("was caught"
    of "captured", "discussing the sale" of "the discussions"): the word left untyped
    in one sentence is the typed one's sense, unless it tells a recording ("caught on
    wiretaps" is no arrest) or the purpose of another noun (:func:`_purpose_of_noun`).
    Two typed words of two families keep their types' senses:
    a tribunal "dismissed allegations", the bank's "sacking"."""
    if g.family is not None and h.family is not None:
        return False
    untyped = g if g.family is None else h
    if any(_recorded(m.trigger) or _purpose_of_noun(m.trigger) for m in untyped.mentions):
        return False
    return bool(_own_synonyms(g) & _own_synonyms(h))


def _kindred(g: _Group, h: _Group) -> bool:
    """Whether two groups may tell one kind of happening: one type family (a killing
    meets the death it caused); untyped words only their own word or its synonym
    ("foils" and "thwarted"); or one word near itself, whatever types its two senses
    were given ("Woman Hit By Car" typed an attack above the "was hit" of the text,
    "Charged" an arrest and "the charges" a trial), or an untyped word near its typed
    synonym (:func:`_untyped_synonym`): within :data:`NEAR` sentences or from the
    headline, a word keeps its sense."""
    if g.family == h.family or g.family in h.kin or h.family in g.kin:
        if g.family is not None or g.raw & h.raw or _synonyms(g) & _synonyms(h):
            return True
        return _named_back(g, h) or _named_back(h, g)
    if _named_back(g, h) or _named_back(h, g):
        return True  # "disrupted", then "the disruption": one act, whatever the types
    if not g.own & h.own and not _untyped_synonym(g, h):  # "the murder trial" is not
        return False  # the murder; "was struck by a car" and "was hit" are one blow
    a, b = _heads(g), _heads(h)
    if any(a.get(k) and b.get(k) and not a[k] & b[k] for k in a):
        return False  # "Schumer called for testimony", "Schiff called the documents …"
    if _headlined(g, h):
        return True
    return _distance(g, h) <= NEAR


def _made_from(noun: Token, verb: Token) -> bool:
    """Whether a noun is the noun of a verb: "disruption" of "disrupted", "closure" of
    "closed", "ruling" of "ruled" (by the crude stem, or an "-ing" noun's verb)."""
    return _stem(verb.lemma_.lower()) in _noun_stems(noun)


def _noun_stems(noun: Token) -> frozenset[str]:
    """The stems of the verbs a noun may be made from (:func:`_stem`): "ruling" is not
    cut to "rul" by the stem, so an "-ing" noun also names its verb ("rule")."""
    return _lemma_stems(noun.lemma_.lower())


@cache
def _lemma_stems(n: str) -> frozenset[str]:
    """:func:`_noun_stems` of a lowercased lemma, kept: asked per pair of groups weighed."""
    if not n.endswith("ing"):
        return frozenset({_stem(n)})
    return frozenset({_stem(n)} | {_stem(v) for v in verb_lemmas(n, irregular=False)})


def _stem_positions(doc: Doc, stem: str) -> list[int]:
    """Where a verb or noun of this stem (:func:`_stem` of its lemma) stands, in order: an
    index built once per document in its ``user_data``, so :func:`_named_back` asks for
    the words between a verb and its noun instead of walking them for every pair weighed
    (the square of a long article's length, issue 24)."""
    index = doc.user_data.get("stem_positions")
    if index is None:
        index = {}
        table = token_table(doc)
        strings = doc.vocab.strings
        for i, (pos, lemma) in enumerate(zip(table.pos, table.lemma, strict=True)):
            if pos in {"VERB", "NOUN"}:
                index.setdefault(_stem(strings[lemma].lower()), []).append(i)
        doc.user_data["stem_positions"] = index
    return index.get(stem, [])


def _pointer(t: Token) -> bool:
    """Whether a trigger is "the" (or "this", "that") singular noun, or one a named
    owner holds ("the Law Lords' ruling"), which may name an act a verb told before
    (:func:`_named_back`)."""
    return (
        t.pos_ == "NOUN"
        and t.tag_ == "NN"
        and any(
            c.dep_ == "det" and c.lower_ in POINTING or c.dep_ == "poss" and c.pos_ == "PROPN"
            for c in t.children
        )
    )


OWN_SAY = {"compound", "nummod", "appos"}  # "the Mercurial 5.2 release"
OF_WHAT = word_list("of by")  # "the passing of these waves": what or who it is of


def _own_say(noun: Token, verbs: list[Token]) -> bool:
    """Whether "the" noun says which act it is with words the verbs do not share: "the
    Mercurial 5.2 release" is not "Python 3.5 and 3.6 were released", nor "the passing
    of these waves" the telescope that "passed a series of tests". What the verbs act
    on or are done by may be told again ("closed the M62", "the closure of the M62",
    "the House of Lords ruled", "the Lords' ruling")."""
    if any(c.dep_ in OWN_SAY for c in noun.children):
        return True
    told = {
        c.lemma_.lower()
        for v in verbs
        for c in v.subtree
        if c.pos_ in {"NOUN", "PROPN"} and c.i != v.i
    }
    if any(c.lemma_.lower() not in told for c in children(noun, {"poss"})):
        return True  # "his ruling", "Hoffmann's ruling": not the court that "ruled"
    return any(
        p.lemma_.lower() not in told
        for c in children(noun, {"prep"})
        if c.lower_ in OF_WHAT
        for p in children(c, {"pobj"})
    )


def _named_back(g: _Group, h: _Group) -> bool:
    """Whether ``h`` opens with "the" noun of a verb of ``g`` told before it, and no other
    word of that verb or noun comes between: "A power cut disrupted train services",
    then "the widespread disruption lasted four hours" and, sentences on, "the cause of
    the disruption" name the one disruption. The parse types the verb and its noun apart
    or not at all, and an untyped word met only its own lemma, so the two stayed two
    nodes. Another "disrupted" between them leaves a reader unsure which one is meant."""
    first = _first_pointer(h)
    if first is None:
        return False
    if g.family != h.family and (g.family is not None and h.family is not None):
        return False  # typed apart, two senses: "firing the board", "after the fire"
    if _verb_stems(g).isdisjoint(_noun_stems(first)):
        return False  # no verb the noun is made from (:func:`_made_from`)
    verbs = [
        m.trigger
        for m in g.mentions
        if m.trigger.pos_ == "VERB"
        and m.trigger.i < first.i
        and _made_from(first, m.trigger)
        and (g.family == h.family or m.trigger.lemma_.lower() != first.lemma_.lower())
    ]  # one word as verb and noun is one sense only if typed alike: "to deal with our
    # loans" is no "that deal fell through"
    if not verbs or _own_say(first, verbs):
        return False
    last = max(v.i for v in verbs)
    told = {m.trigger.i for m in g.mentions}
    for stem in _noun_stems(first):
        places = _stem_positions(first.doc, stem)
        k = bisect_right(places, last)
        while k < len(places) and places[k] < first.i:
            if places[k] not in told:
                return False  # another word of that act between them
            k += 1
    return True


def _first_pointer(g: _Group) -> Token | None:
    """A group's first trigger if it is "the" noun that may name back an act a verb told
    (:func:`_pointer`), not in the headline; else None. Kept until the group grows: asked
    of every pair weighed both ways, most of a long article's pairs stop here (issue 24)."""
    if ("~pointer",) not in g.cache:
        first = min(g.mentions, key=lambda m: m.trigger.i).trigger
        named = _pointer(first) and first.idx >= g.ctx.headline
        g.cache[("~pointer",)] = first if named else None
    return g.cache[("~pointer",)]


def _verb_stems(g: _Group) -> frozenset[str]:
    """The stems of a group's verbs (:func:`_stem`), kept until it grows: a "the" noun
    names back none of its acts unless it is made from one (:func:`_named_back`), which
    walking the group's mentions for every pair weighed asked at length (issue 24)."""
    if ("~verb stems",) not in g.cache:
        g.cache[("~verb stems",)] = frozenset(
            _stem(m.trigger.lemma_.lower()) for m in g.mentions if m.trigger.pos_ == "VERB"
        )
    return g.cache[("~verb stems",)]


def _other_targets(g: _Group, h: _Group) -> bool:
    """Whether two directed acts hit other targets: other places, or other people and
    bodies. A place against a person is no clash: "the shooting in Compton" and "shot
    the deputy" tell one shooting by where and by whom it hit."""
    a, b = g.targets(), h.targets()
    if not a or not b or a & b:
        return False
    kinds = (PLACE, COUNTRY)
    for wanted in (True, False):
        x = {t for t in a if (g.ctx.kind_of.get(t) in kinds) == wanted}
        y = {t for t in b if (h.ctx.kind_of.get(t) in kinds) == wanted}
        if x and y:
            return True
    return False


OPPOSED = (("=enter", "=leave"),)  # synonym sets of one family that are two happenings
# words that make a noun another happening than one told ("a second victory" counts
# the story's own event); of the thing a verb acts on only "different" and "separate"
# say so: "left another clinic" is the one before the one just named
OTHER_ONE = {"another", "previous", "earlier", "different", "separate", "prior", "other"}
OTHER_THING = {"different", "separate"}
# "could call a second stoppage later this month": one more, not one told before (a
# definite "the second Test" names one that may be told again): see _one_more
ONE_MORE = {"second", "third", "fourth", "fifth"}


def _another(m: _Mention) -> bool:
    """Whether a mention says it is another happening than one told before ("the
    previous day's shooting", "another attack", "checked into a different clinic"): the
    word, or the thing a verb acts on, is marked as another one; or the one who does or
    undergoes it is "another" ("another man tested positive", "another nurse who was
    arrested"): the same act of someone else is another happening."""
    t = m.trigger
    heads, marks = [t], OTHER_ONE
    if t.pos_ == "VERB":
        heads = [c for c in t.children if c.dep_ == "dobj"]
        heads += [p for c in t.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
        marks = OTHER_THING
        if any(_other_doer(s) for s in _doers(t)):
            return True
    if t.dep_ == "pobj" and t.head.lower_ == "from" and t.head.head.lower_ in OTHER_THING:
        return True  # "the Rotterdam dispute was separate from a one-day strike by crane
        # operators": the strike is told apart from the story's own
    for h in heads:
        for c in h.children:
            if c.dep_ in {"det", "amod"} and c.lower_ in marks:
                return True
            if c.dep_ == "poss" and any(w.lower_ in marks for w in c.children):
                return True  # "the previous day's shooting"
    return False


A_OR_AN = word_list("a an")  # "a multi-year deal": a thing the text has not told yet


def _new_noun(t: Token) -> bool:
    """Whether a trigger is a noun a reader takes for a new thing: "a multi-year deal",
    introduced by "a" or "an" and not said of something ("the pact was a success")."""
    return (
        t.pos_ == "NOUN"
        and t.dep_ not in {"attr", "appos", "npadvmod"}
        and any(c.lower_ in A_OR_AN for c in children(t, {"det"}))
    )


def _introduced(g: _Group, h: _Group) -> bool:
    """Whether the later of two groups opens with a noun told as a new one
    (:func:`_new_noun`) after the earlier told its happening only by other nouns: the
    Paris Agreement, "the global pact", is not "a multi-year deal" Microsoft announced
    three sentences on, though the words are synonyms. The same word told again with
    "a" is left to the other rules: a page's lead "A major Meta outage" after "A
    widespread Meta outage" (a headline the page did not mark) is one outage. Not after
    a headline, which a lead tells again as new ("Firm in takeover deal", then "a deal
    to buy ..."), nor after a verb ("agreed to sell", then "an agreement signed on
    Friday" may name it)."""
    if _headlined(g, h):
        return False
    first, later = (g, h) if _opening(g) < _opening(h) else (h, g)
    if min(first.sentences) <= 1:  # a headline the text did not mark, or its lead: "Ten
        return False  # dead in southern Iran quake", then "A powerful earthquake has hit"
    told = min(later.mentions, key=lambda m: m.trigger.i)
    opener = told.trigger
    return (
        _new_noun(opener)
        and told.factuality in ACTUAL  # "a walkout could hinder" it: the strike voted on
        and opener.lemma_.lower() not in first.own
        and all(m.trigger.pos_ == "NOUN" for m in first.mentions)
        and not _anchored(g, h)  # "a 2016 agreement", "a 2016 deal": one year, one deal
        and not _dates_told(first) & _dates_told(later)  # "a strike earmarked for 23
    )  # March", then "a 23 March walkout": one day, one strike, though no time was read


def _indefinite(t: Token) -> bool:
    """Whether a trigger noun is told as some one of its kind, not one the text told:
    "a" or "an" (:func:`_new_noun`), not what something is "as" ("made landfall as a
    Category 4 storm" says what Irma was)."""
    return _new_noun(t) and not (t.dep_ == "pobj" and t.head.lower_ == "as")


LEAD_SENTENCES = 2  # a headline, its dateline and lead may each tell the news as new


def _said_anew(g: _Group, h: _Group) -> bool:
    """Whether the later of two groups is told only by nouns with "a" or "an"
    (:func:`_indefinite`), past the lead, and either only as may be or after a name:
    "a storm" is some storm, never the named one the text told before ("Hurricane Dora
    flooded Wilmington", then "to clear roads after a storm", "could cope with a major
    storm"); a hurricane-season page joined its
    forecast, Hurricane Florence and every "a storm" into one node. Not when they share
    a place, a date or what was acted on (:func:`_anchored`), or a date in both nouns
    (:func:`_dates_told`): "a 2016 agreement", then "a 2016 deal" is the one deal."""
    first, later = (g, h) if _opening(g) < _opening(h) else (h, g)
    if min(later.sentences) <= LEAD_SENTENCES:
        return False  # "Ten dead in quake", then "A powerful earthquake has hit"
    if all(_indefinite(m.trigger) for m in first.mentions):
        return False  # "hope Congress would come to a deal", "getting a deal": the one
        # hoped for, told as new each time
    named = any(m.trigger.pos_ == "PROPN" for m in first.mentions)
    if not named and any(_mode(m) == "actual" for m in later.mentions):
        return False  # "clinched the title with a 31-24 victory", "a win that ...": a
        # done act told again with "a" may be the one told (ECB+ tells them so)
    return (
        all(m.trigger.pos_ == "NOUN" and _indefinite(m.trigger) for m in later.mentions)
        and not _anchored(g, h)
        and not _dates_told(first) & _dates_told(later)  # "a 2016 deal", "a 2016 pact"
    )


def _told_by_count(t: Token) -> bool:
    """Whether a trigger is a plural noun told by its count ("seven named storms", "two
    attacks", "several strikes"): some happenings of a kind, not one of them."""
    if t.pos_ != "NOUN" or t.tag_ != "NNS":
        return False
    return any(
        c.dep_ == "nummod" and c.lower_ not in {"one", "1"}
        or c.dep_ in {"amod", "det"} and c.lower_ in SOME
        for c in t.children
    )


def _counted_and_one(g: _Group, h: _Group) -> bool:
    """Whether ``g`` is told only by counted plurals (:func:`_told_by_count`) and ``h`` by one
    happening's name or "the" singular noun: a forecast's "seven named storms" are not
    "the storm" that cut the power, nor "Hurricane Dora"."""
    if not all(_told_by_count(m.trigger) for m in g.mentions):
        return False
    return any(
        m.trigger.pos_ == "PROPN" or m.trigger.pos_ == "NOUN" and m.trigger.tag_ == "NN"
        for m in h.mentions
    )


def _dates_told(g: _Group) -> set[str]:
    """The dates named in the phrases of a group's nouns ("a strike earmarked for 23
    March", "a 23 March walkout"), as written, lower case."""
    out: set[str] = set()
    for m in g.mentions:
        if m.trigger.pos_ != "NOUN":
            continue
        words = {t.i for t in m.trigger.subtree}
        out |= {
            e.text.lower()
            for e in entities_in(m.trigger.sent)
            if e.label_ in DATES and e.start in words
        }
    return out


def _one_more(m: _Mention) -> bool:
    """Whether a mention is one more that may come: "could call a second stoppage later
    this month" is neither the stoppage told nor the other union's strike "announced for
    next week" (the sample wire's Antwerp and Rotterdam strikes). Only when it may
    happen: "held a second stoppage on Tuesday" can be the story's own."""
    t = m.trigger
    if t.pos_ == "NOUN" and _still_to_come(t):
        return True  # "would allow months of tough negotiations to follow": what comes
        # after the talks the story tells, not those talks (BBC politics 069)
    return (
        _mode(m) == "irrealis"
        and any(c.dep_ == "amod" and c.lower_ in ONE_MORE for c in t.children)
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in t.children)
    )


AFTERWARDS = word_list("follow come")  # "talks to follow", "more strikes to come"


def _to_come(verb: Token) -> bool:
    """Whether a verb is "to follow" or "to come"."""
    return verb.lemma_.lower() in AFTERWARDS and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    )


def _still_to_come(noun: Token) -> bool:
    """Whether a noun is told as still to come after what the story tells ("talks to
    follow"), or the span of it is ("months of negotiations to follow", which the parser
    may read as "months ... to follow")."""
    heads = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        heads.append(noun.head.head)
    return any(
        any(_to_come(c) for c in children(h, {"acl", "relcl"}))
        or (h.dep_ == "nsubj" and _to_come(h.head))
        for h in heads
    )


TOLD = {"acl", "relcl", "agent", "ccomp"}  # a clause or doer that says which ones
# quantifiers that make a plural some happenings of a kind: "some rallies", "all attacks"
SOME = word_list("some many several few all most more numerous multiple other various such")
# nouns told in the plural of one happening: "is facing manslaughter charges" is the one
# charging the headline's "Driver Charged" tells, never charges of a kind
ONE_IN_PLURAL = word_list("charge")


def _kind(m: _Mention) -> bool:
    """Whether a noun names happenings of a kind rather than one: a plural told bare,
    counted or quantified ("natural disasters", "six named storms", "some rallies",
    "grading murders"), or "every murder", with no actor, date or place of its own. The
    kind is talked of, not the happening the story tells: a law report's "mercy
    killings" and "every murder" are not the killing in its first line, and a forecast's
    "eight hurricanes" not the hurricane that hit the county."""
    t = m.trigger
    if t.pos_ != "NOUN" or m.time is not None or m.place or m.type in SYMMETRIC:
        return False  # "talks", "negotiations", "elections" name one happening
    if t.dep_ == "pobj" and t.head.lower_ == "of":
        return False  # "the second round of talks", "a wave of attacks": one of them
    if any(p.role in PARTIES for p in m.participants):
        return False
    if any(c.dep_ in TOLD for c in t.children) or any(c.lower_ == "by" for c in t.children):
        return False  # "attacks targeting the flaw", "raids by 1,200 police": those ones
    dets = [c for c in t.children if c.dep_ in {"det", "poss", "predet"}]
    if t.tag_ == "NNS":
        if t.lemma_.lower() in ONE_IN_PLURAL and not dets:
            return False  # "faces drug charges": this case's charging
        return all(c.dep_ == "det" and c.lower_ in SOME for c in dets)
    return any(c.dep_ == "det" and c.lower_ in {"every", "each"} for c in dets)


def _doers(verb: Token) -> list[Token]:
    """Who does or undergoes a verb's act: its subjects, or for a relative clause whose
    subject is the relative ("a man who tested positive") the noun it hangs on."""
    subjects = children(verb, {"nsubj", "nsubjpass"})
    if verb.dep_ == "relcl" and any(s.lower_ in RELATIVE for s in subjects):
        return [verb.head]
    return subjects


def _other_doer(noun: Token) -> bool:
    """Whether a noun is marked as another one of its kind by "another", or as more
    of them ("Barneys went bankrupt" and "may see more fashion stores go under": the
    stores are others than Barneys); not by "other", which also sets a group against
    one named ("other ministers agreed")."""
    return noun.pos_ in {"NOUN", "PROPN"} and any(
        (c.dep_ == "det" and c.lower_ == "another")
        or (c.dep_ == "amod" and c.lower_ == "more" and noun.tag_ in {"NNS", "NNPS"})
        for c in noun.children
    )


# Words that tell which one of a kind a noun names: a season, an ordinal. Two
# nouns of one kind with other marks of one class ("the autumn conference", "the
# spring conference"; "the first round", "the second round") are two happenings.
MARKS = {
    **{w: ("season", w) for w in ("spring", "summer", "autumn", "winter")},
    "fall": ("season", "autumn"),
    **{w: ("turn", "last") for w in ("last", "previous")},
    **{w: ("turn", "next") for w in ("next", "forthcoming", "upcoming", "coming")},
    **{
        w: ("ordinal", str(i))
        for i, ws in enumerate(
            ("first initial 1st", "second 2nd", "third 3rd", "fourth 4th", "fifth 5th"), 1
        )
        for w in ws.split()
    },
}


TRIED = word_list("attempt attempted failed foiled thwarted")  # "attempted murder": tried,
# not done; the same word told without it ("counts of murder and attempted murder") is
# another happening (:func:`_tried_and_done`)


SCORELINE = re.compile(r"(?<![\w.,/-])(\d{1,3}) ?[-–] ?(\d{1,3})(?![\w.,%/-])")  # "20-13", "3 - 1"
UNITS = {"m": "m", "metre": "m", "meter": "m", "metres": "m", "meters": "m", "km": "km",
         "mile": "mile", "miles": "mile"}  # a race's distance: "the 1,000m", "the two mile race"
FIELDS = {"men": "men", "women": "women", "man": "men", "woman": "women"}  # "the men's 60m"


def _contest_marks(t: Token) -> set[tuple[str, str]]:
    """Which contest a win or race is, as a results roundup tells it: its score, when
    its sentence gives one ("City won 4-1 at Burnley", "a 2-0 victory": two matches; not
    a season's record, "the Colts (10-5)", "a 10-5 record"),
    its distance and its field ("won the 1,000m", "the men's 60m race": two races)."""
    out = set()
    told = re.sub(r"\([^)]*\)", "", t.sent.text)  # "the Colts (10-5)": a season's record
    found = [
        x for x in SCORELINE.finditer(told) if not told[x.end() :].lstrip().startswith("record")
    ]
    if len(found) == 1:  # "led 2-0 at half-time and won 3-2" says neither alone
        a, b = sorted((int(found[0][1]), int(found[0][2])), reverse=True)
        out.add(("score", f"{a}-{b}"))
    nouns = [t, *(children(t, {"dobj"}) if t.pos_ == "VERB" else [])]
    for n in nouns:
        for u in [n, *children(n, {"compound"})]:
            unit = UNITS.get(u.lower_.rstrip("."))
            count = children(u, {"nummod"})
            if unit is not None and count:
                out.add(("distance", count[0].lower_.replace(",", "") + unit))
        for c in children(n, {"poss"}):
            if c.lower_ in FIELDS:
                out.add(("field", FIELDS[c.lower_]))
    return out


def _marks(m: _Mention) -> set[tuple[str, str]]:
    """The marks (:data:`MARKS`) a noun trigger is told with, or the series it
    is a part of ("the second round of talks"): which one of its kind it is; a
    contest's score, distance and field (:func:`_contest_marks`)."""
    t = m.trigger
    if t.pos_ not in {"NOUN", "PROPN"}:
        return _contest_marks(t) if _family(m) == GAME else set()
    nouns = [t]
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in SERIES:
        nouns.append(t.head.head)  # "the first round of talks"
    out = set()
    for n in nouns:
        for c in n.children:
            if c.dep_ not in {"amod", "compound", "npadvmod"}:
                continue
            if c.lower_ in MARKS:
                out.add(MARKS[c.lower_])
            if c.lemma_.lower() in TRIED:
                out.add(("tried", t.lemma_.lower()))
    return out | (_contest_marks(t) if _family(m) == GAME else set())


AWAY = {"out", "off", "away", "back"}  # "walked back through it": a return, another walk
STATES = {"control", "hand", "hands", "reach", "sight", "order", "business", "breath", "time"}


def _away(verb: Token) -> bool:
    """Whether a verb says its subject went out or off ("checked out of the clinic",
    "took off on foot", "walked back out") or came back ("she walked through the door,
    then walked back through it"): the same verb without it ("checked into", "took two
    guards hostage", "walked in") is another happening."""
    for c in verb.children:
        if c.lower_ not in AWAY:
            continue
        if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ != "away"):
            return True  # not "hit her a few blocks away", a distance
        if c.dep_ == "prep" and any(
            w.lower_ == "of" and not {p.lower_ for p in w.children} & STATES for w in c.children
        ):
            return True  # "out of the clinic", not "burning out of control"
    return False


RETURNED = word_list("fire")  # "returned fire": the nouns "return" makes a firing back


def _returned(noun: Token) -> bool:
    """Whether a noun is what "return" gives back ("Armenian forces had not returned
    fire"): an answer to the first firing, another act by the other side, as "fired
    back" is (:func:`_away`); one side's denial must not join the other's firing."""
    head = noun.head
    return (
        noun.dep_ == "dobj"
        and noun.lemma_.lower() in RETURNED
        and head.pos_ == "VERB"
        and head.lemma_.lower() == "return"
    )


# Who walks out for a union: the strike "the UAW struck at three GM factories" is the one
# "9,000 hourly workers walked off the job" in (see events._struck_employer)
STRIKERS = word_list(
    "worker employee staff member docker dockworker miner driver nurse teacher operator "
    "pilot crew welder cleaner"
)


def _union(name: str) -> bool:
    """Whether an actor's name is a union's: "Metalworkers Union", "United Auto Workers",
    "UAW" (an acronym)."""
    words = name.split()
    return (
        any(w.lower() in {"union", "guild"} for w in words)
        or words[-1][:1].isupper() and words[-1].lower().rstrip("s").endswith("worker")
        or len(words) == 1 and name.isupper() and len(name) > 2
    )


def _strikers(name: str) -> bool:
    """Whether an actor's name is a workforce: "hourly workers", "UAW workers"."""
    words = name.split()
    return words[-1].islower() and words[-1].rstrip("s") in STRIKERS


def _union_and_workers(g: _Group, h: _Group) -> bool:
    """Whether two walkouts are told one by the union that struck, one by its workers
    who walked out: the agents differ, the strike is one (Reuters 1987's GM strike)."""
    if not (g.family == h.family == PROTEST):
        return False
    a, b = g.role("agent"), h.role("agent")
    return bool(a and b) and (
        all(map(_union, a)) and all(map(_strikers, b))
        or all(map(_union, b)) and all(map(_strikers, a))
    )


def _clash(g: _Group, h: _Group) -> bool:
    """Whether two groups say things of their happening that cannot both hold: another
    kind of event (an untyped word meets only its own word), happened against did not
    or will, other actors in the same role, another target, other days, other places."""
    if not _kindred(g, h) or g.another != h.another:
        return True
    if g.kind != h.kind:
        return True  # "mercy killings" and "murders" are not the murder the story tells
    if g.family is None and h.family is None and _other_doers(g, h):
        return True  # "the index was trading up", "shares were trading with gains"
    if g.family is None and h.family is None and _one_and_many(g, h):
        return True  # "her parents worked in the theatre", "she works from her studio"
    if g.family is None and h.family is None and (_one_and_kind(g, h) or _one_and_kind(h, g)):
        return True  # "he is making a game", "an aid in making next generation games"
    if _introduced(g, h):
        return True  # "the Paris Agreement, the global pact", then "a multi-year deal"
    if _said_anew(g, h):
        return True  # "Hurricane Dora flooded Wilmington", then "after a storm"
    if _counted_and_one(g, h) or _counted_and_one(h, g):
        return True  # "seven named storms" are not "the storm" that cut the power
    if _other_named_doers(g, h):
        return True  # "Staunton won best actress", "A Very Long Engagement won"
    if _other_patients(g, h):
        return True  # "Klein was charged with fraud", "Weber was charged with laundering"
    a, b = _synonyms(g), _synonyms(h)
    if any(x in a and y in b or y in a and x in b for x, y in OPPOSED):
        return True  # checking into a clinic is not leaving it
    if any((lemma, not away) in h.phrasal for lemma, away in g.phrasal):
        return True  # "checked out" is not "checked in"
    modes = {frozenset({x, y}) for x in g.modes for y in h.modes}
    if (
        modes & APART
        and not (
            modes & APART == {frozenset({"actual", "irrealis"})}
            and HYPOTHETICAL in g.readings | h.readings
            and PLANNED not in g.readings | h.readings
            and g.raw & h.raw
            and g.role("agent") & h.role("agent")
            and not any(_bet(m.trigger) for m in g.mentions + h.mentions)
        )
        and not (modes & APART == {frozenset({"actual", "irrealis"})} and _scheduled(g, h))
        and not (modes & APART == {frozenset({"actual", "irrealis"})} and _named_done(g, h))
        and not (
            modes & APART == {frozenset({"actual", "irrealis"})} and _planned_then_done(g, h)
        )  # "Python 3.5 is expected to be released in September", then "was released"
        and not (
            modes & APART == {frozenset({"actual", "irrealis"})}
            and (_named_back(g, h) or _named_back(h, g))
        )  # "the Lords ruled", then "ministers would study the Lords' ruling": "the"
        # says the ruling was made, whatever is planned for it
    ):  # a planned meeting is not the one that took place; a headline's "Lohan
        # checks into rehab" read as hypothetical is the "checked in" of the text
        return True
    if _other_dead(g, h):
        return True  # "a child died", "a Syrian migrant also died": two deaths
    if _one_death(g, h):
        return False  # "Esther Williams dies", "she died in Beverly Hills": one death
    if (g.directed or h.directed) and (
        g.role("agent") & h.role("patient") or g.role("patient") & h.role("agent")
    ):
        return True  # "Israel strikes" and "strike Israel" are two events
    if _swapped(g, h):
        return True  # "the Corps invited residents", "the county invited the Corps"
    if _other_light_objects(g, h):
        return True  # "paid a fine", "paid tribute"
    if _other_things_done(g, h):
        return True  # "removed the old plugin loader", "also removed the legacy format"
    if _other_bans(g, h):
        return True  # "a nationwide ban on the sale of alcohol", "banned public gatherings"
    if _unshared_support(g, h):
        return True  # Motorola's trials conducted, and Siemens' still to conduct
    if _other_things_hit(g, h):
        return True  # the downed warplanes are not the drone strikes on army positions
    if g.directed and h.directed and _other_targets(g, h):
        return True  # a strike on Beirut is not the campaign against Iran
    if g.victims and h.victims and not g.victims & h.victims:
        return True  # one soldier killed on Monday, 34 killed last week
    if g.sections and h.sections and not g.sections & h.sections:
        return True  # a roundup's Beijing lockdown is not its West Bank curfew
    if _other_marks(g.marks, h.marks):
        return True  # the spring conference is not the autumn one
    if _other_nights(g, h):
        return True  # "the Bafta film awards" are not "the Academy Awards"
    if _other_storms(g, h):
        return True  # "Hurricane Dennis" is not "Hurricane Barry"
    if _other_gatherings(g, h):
        return True  # "the Gulf Hurricane Conference" is not "the Coastal Hurricane Forum"
    if _named_and_some(g, h) or _named_and_some(h, g):
        return True  # "Hurricane Irma" is not "peak months for storms", "a storm"
    if _nomination_and_award(g, h) or _nomination_and_award(h, g):
        return True  # "500 award nominations were received" are not the awards won
    if _ceremony_and_prize(g, h) or _ceremony_and_prize(h, g):
        return True  # "the Academy Awards will be handed out", "to win the best film award"
    if _other_categories(g, h):
        return True  # "the best actress prize" is not "the best director prize"
    if _tried_and_done(g, h):
        return True  # "counts of murder and attempted murder"
    if _held_at(g, h) or _held_at(h, g):
        return True  # "met Prescott at the Labour spring conference": two gatherings
    if g.newcomers and h.newcomers and not g.newcomers & h.newcomers:
        return True  # "another man tested positive", then "another woman tested positive"
    if g.symmetric and h.symmetric:
        a, b = g.role("agent", "partner", "host"), h.role("agent", "partner", "host")
        if a and b and (not a & b or (len(a) > 1 and len(b) > 1 and not (a <= b or b <= a))):
            return True  # "US-Iran talks", "US-Russia talks"
    else:
        for role in ("agent", "patient"):
            a, b = g.role(role), h.role(role)
            if a and b and not a & b and not (role == "agent" and _union_and_workers(g, h)):
                return True
    for x in g.times:
        for y in h.times:
            if x.end is not None and y.end is not None and (x.end < y.start or y.end < x.start):
                return True
    if (_behind(g, h) or _behind(h, g)) and not _close(g, h) and not _anchored(g, h):
        return True  # far from "in 2009 organized a protest", "the protests" are this spring's
    if _dated_one_of_many(g, h) or _dated_one_of_many(h, g):
        return True  # "his arrest in August 2013" is not "Sissi arrested tens of thousands"
    gp = {p for p in g.places if g.ctx.kind_of.get(p) != COUNTRY}  # "in Lebanon" holds
    hp = {p for p in h.places if h.ctx.kind_of.get(p) != COUNTRY}  # "in Beirut"
    if gp and hp and not gp & hp:
        return True
    if _other_landmarks(g.landmarks, h.landmarks):
        return True
    a, b = _object_kinds(g), _object_kinds(h)
    if not a or not b or {w for _, w in a} & {w for _, w in b}:
        return False  # "stopping Thompson" tagged a place in a headline is Thompson
    return not {k for k, _ in a} & {k for k, _ in b}  # "left Warsaw", "left the bank"


def _object_kind(t: Token) -> str | None:
    """What kind of thing a verb's object is: a place ("Warsaw"), a body ("Barclays",
    "the bank") or a person ("the minister"); None when the word does not say."""
    if t.ent_type_ in {"GPE", "LOC"}:
        return "place"
    if t.ent_type_ == "ORG" or (t.pos_ == "NOUN" and t.lemma_.lower() in ORG_NOUNS):
        return "body"
    if t.ent_type_ == "PERSON" or (t.pos_ == "NOUN" and _person(t)):
        return "person"
    return None


def _object_kinds(g: _Group) -> set[tuple[str, str]]:
    """The kinds of thing a group's verbs act on (:func:`_object_kind`), each with the
    object's lemma: leaving a city and leaving a bank are two departures of one person,
    though neither names the other's object and a common noun ("the bank") may be a
    name told before."""
    return {
        (kind, c.lemma_.lower())
        for m in g.mentions
        if m.trigger.pos_ == "VERB"
        for c in m.trigger.children
        if c.dep_ == "dobj" and (kind := _object_kind(c)) is not None
    }


def _things_hit(g: _Group) -> set[str]:
    """The things a group's acts of force hit as the text names them, by lemma: the
    objects of its verbs past the headline ("shot down two warplanes", "striking army
    positions", "the airport was struck"), with those coordinated to them. People are
    left to :func:`_other_patients` and pronouns say nothing of what."""
    if ("~hit",) in g.cache:
        return g.cache[("~hit",)]
    out: set[str] = set()
    for m in g.mentions:
        t = m.trigger
        if t.pos_ != "VERB" or m.type != "UseOfForce" or t.idx < g.ctx.headline:
            continue
        for c in children(t, {"dobj", "nsubjpass"}):
            for x in [c, *(a for a in c.subtree if a.dep_ == "conj" and a.head == c)]:
                if x.pos_ == "NOUN" and _object_kind(x) != "person":
                    out.add(x.lemma_.lower())
    g.cache[("~hit",)] = out
    return out


def _other_things_hit(g: _Group, h: _Group) -> bool:
    """Whether two acts of force in other sentences hit other things: "Turkish forces
    shot down two warplanes" and "Turkish drones were striking army positions" are two
    strikes of one campaign, though one agent does both; apart, a real page's node for
    the downed planes held the drone strikes and the shelling too. A word within the
    other ("planes", "warplanes") is one thing told twice."""
    if g.family != VIOLENCE or h.family != VIOLENCE or g.sentences & h.sentences:
        return False
    a, b = _things_hit(g), _things_hit(h)
    return bool(a and b) and not any(x.endswith(y) or y.endswith(x) for x in a for y in b)


THEY = word_list("they them their")  # "their arrest": of many


def _scope(t: Token) -> str | None:
    """Whether a trigger acts on one ("his arrest", "arrested the activist") or on many
    ("arrested tens of thousands of opponents", "arrests of activists"), read from what
    it is done to: a verb's object, a noun's "of" or possessor; None when it does not say."""
    if t.pos_ == "VERB":
        heads = children(t, {"dobj", "nsubjpass"})
    else:
        heads = [p for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in children(c, {"pobj"})]  # fmt: skip
        heads += children(t, {"poss"})
    for h in heads:
        if h.lower_ in MANY | THEY or h.tag_ in {"NNS", "NNPS"}:
            return "many"  # "their arrest", "arrested several"; "tens" by its tag
        if any(c.lower_ not in {"one", "1"} for c in children(h, {"nummod"})):
            return "many"
    return "one" if any(h.pos_ in {"NOUN", "PROPN", "PRON"} for h in heads) else None


def _dated_one_of_many(g: _Group, h: _Group) -> bool:
    """Whether a group tells a dated act done to one ("his arrest in August 2013") and
    the other only an undated sweep done to many ("Sissi arrested tens of thousands"):
    the one is at most a part of the sweep, another event the text dates apart."""
    return bool(g.times and not h.times and g.scope == {"one"} and h.scope == {"many"})


def _swapped(g: _Group, h: _Group) -> bool:
    """Whether one group's doer is what the other acts on, and they share no doer: "the
    Corps invited a list of people" and "the county invited the Corps" are two
    invitations, whatever their type. Not for kinds done together, whose partners read
    as either ("Iran met the US", "the US met Iran"); directed kinds are weighed more
    strictly in :func:`_clash`."""
    if g.symmetric or h.symmetric:
        return False
    a, b = g.role("agent"), h.role("agent")
    return not a & b and bool(a & h.role("patient") or g.role("patient") & b)


# Verbs whose object is what happened: "paid a fine" and "paid tribute", "took office"
# and "took a loan", "received a copy" and "received notes" are other happenings
LIGHT = word_list("pay receive take make give get have hold do put keep")


def _light_objects(verb: Token) -> dict[str, set[str]]:
    """A light verb's (:data:`LIGHT`) object nouns, by the verb's lemma (in a relative
    clause the noun it hangs on, :func:`_relative_object`), or without one what it is
    for ("paying for the cost of a round trip", "paid $2,000 for his flight"); none for
    another word, or a pronoun object ("paid it"), which points back to one told."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in LIGHT:
        return {}
    heads = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    if (noun := _relative_object(verb)) is not None:
        heads.append(noun)  # "the judgement I took" took a judgement
    if not any(h.pos_ in {"NOUN", "PROPN"} for h in heads):
        heads = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                 for p in c.children if p.dep_ == "pobj"]  # fmt: skip
    objects = {
        h.lemma_.lower() for h in heads if h.pos_ in {"NOUN", "PROPN"} and h.lower_ not in PRONOUNS
    }
    return {lemma: objects} if objects else {}


THING_DETS = word_list("the this that these those its their his her our")


def _thing_told(c: Token) -> str | None:
    """How a verb's object is told: "named" (a name, or "the", "its" thing the reader
    knows), "new" ("a" thing, a bare or counted plural: some of its kind), None for a
    pronoun, a person or a body, whom other words may name again ("the gunman", "the
    man"; "Acme", "the company")."""
    if c.pos_ not in {"NOUN", "PROPN"} or c.lower_ in PRONOUNS or _object_kind(c) is not None:
        return None
    dets = {d.lower_ for d in c.children if d.dep_ in {"det", "poss"}}
    if c.pos_ == "PROPN" or dets & THING_DETS or children(c, {"poss"}):
        return "named"
    if dets & A_OR_AN or c.tag_ == "NNS" and not dets:
        return "new"
    return None


def _things(g: _Group) -> tuple[set[str], set[str]] | None:
    """The words of the things a group's verbs act on and how they are told
    (:func:`_thing_told`), None unless every mention is a verb acting on such things."""
    lemmas: set[str] = set()
    told: set[str] = set()
    for m in g.mentions:
        objects = children(m.trigger, {"dobj", "nsubjpass"}) if m.trigger.pos_ == "VERB" else []
        if not objects:
            return None
        for c in objects:
            how = _thing_told(c)
            if how is None:
                return None
            lemmas |= _SYNSETS.get(c.lemma_.lower(), set()) | {
                w.lemma_.lower() for w in c.subtree if w.pos_ in {"NOUN", "PROPN", "ADJ"}
            }  # "two Syrian government warplanes", "two Syrian planes": one pair
            told.add(how)
    return lemmas, told


def _other_things_done(g: _Group, h: _Group) -> bool:
    """Whether one verb told in two sentences acts on two other things, each told the
    same way: both known ("removed the old plugin loader", then "also removed the
    legacy configuration format") or both new ("released satellite images", "released
    40 tonnes of carbon dioxide"), and no word of one is said of the other ("shot down
    two Syrian government warplanes", "shot down two Syrian planes" is one act). One
    new and one known may be one thing twice ("a hole attackers exploited", "exploit
    the flaw"); people and bodies are left to the rules on actors."""
    if g.sentences & h.sentences or not g.raw & h.raw:
        return False
    a, b = _things(g), _things(h)
    if a is None or b is None or a[0] & b[0]:
        return False
    return len(a[1]) == 1 and a[1] == b[1]


PROHIBITING = word_list("ban prohibit prohibition outlaw embargo")


def _banned_things(g: _Group) -> set[str]:
    """The words of what a group's bans forbid: the object of "banned" ("banned public
    gatherings"), the phrase of "a ban on" ("a ban on the sale of alcohol"); empty when
    no ban of the group says what it forbids ("the ban")."""
    out: set[str] = set()
    for m in g.mentions:
        t = m.trigger
        if t.lemma_.lower() not in PROHIBITING:
            continue
        if t.pos_ == "VERB":
            objects = children(t, {"dobj", "nsubjpass"})
        else:
            preps = [c for c in children(t, {"prep"}) if c.lower_ in {"on", "against"}]
            objects = [o for c in preps for o in children(c, {"pobj"})]
        for o in objects:
            out |= {w.lemma_.lower() for w in o.subtree if w.pos_ in {"NOUN", "PROPN"}}
    return out


def _other_bans(g: _Group, h: _Group) -> bool:
    """Whether two groups ban other things, no word of one's object in the other's: a
    page on Sweden's rules told "a nationwide ban on the sale of alcohol after 10 p.m."
    and "Sweden also banned public gatherings" as one ban. "The ban" names none and
    joins either; "a ban on flavoured pods", "banned flavoured pods" share the pods."""
    a, b = _banned_things(g), _banned_things(h)
    return bool(a and b) and not a & b


def _other_light_objects(g: _Group, h: _Group) -> bool:
    """Whether one light verb acts on other things in two groups (:func:`_light_objects`)."""
    return any(
        objects and h.objects.get(lemma) and not objects & h.objects[lemma]
        for lemma, objects in g.objects.items()
    )


# Verbs that carry a happening told by their object ("conducted five trials", "staged a
# clinic"): with no type of their own, such a verb names the happening only through who
# did it, as its object's word ("trials") is told of every firm's tests
SUPPORT_VERBS = word_list("conduct stage carry mount organise organize arrange host")


def _support_only(g: _Group) -> bool:
    """Whether a group of no type is told only by support verbs (:data:`SUPPORT_VERBS`)."""
    return g.family is None and all(
        m.trigger.pos_ == "VERB" and m.trigger.lemma_.lower() in SUPPORT_VERBS for m in g.mentions
    )


def _unshared_support(g: _Group, h: _Group) -> bool:
    """Whether two groups told only by an untyped support verb (:func:`_support_only`)
    name no doer in common, when either names one: BBC tech 032's "Motorola has conducted
    five trials of its technology" and Siemens' "it still has to ... conduct field
    trials" are two firms' tests, joined by the verb and the word "trials" alone. Not
    across a headline, which sums up its story's act."""
    if not (_support_only(g) and _support_only(h)) or _headlined(g, h):
        return False
    a, b = g.doers().get("PROPN", set()), h.doers().get("PROPN", set())
    if not (a or b or g.role("agent") or h.role("agent")):
        return False  # "the men were being held", "two were being held in Broadmoor": no
        # doer told, one detention told again
    return not (a & b or g.role("agent") & h.role("agent"))


def _tried_and_done(g: _Group, h: _Group) -> bool:
    """Whether one group tells a word as only tried ("attempted murder", marked by
    :data:`TRIED`) and the other tells the same word bare: the murder of one and the
    attempted murder of another are two happenings."""
    for x, y in ((g, h), (h, g)):
        tried = {w for k, w in x.marks if k == "tried"}
        if tried and all(w in y.own for w in tried) and not y.marks & x.marks:
            return True
    return False


def _other_marks(a: set[tuple[str, str]], b: set[tuple[str, str]]) -> bool:
    """Whether two sets of marks (:func:`_marks`) name other ones of a kind: a class
    both have, with no value in common."""
    classes = {k for k, _ in a} & {k for k, _ in b}
    return any(not {v for k, v in a if k == c} & {v for k, v in b if k == c} for c in classes)


SCHEDULED = {family("Election")}  # kinds a text names by a bare noun, whatever their time


def _tenseless(m: _Mention) -> bool:
    """Whether a mention is a bare noun of a scheduled kind with no time or tense of its
    own ("to stand as a candidate in the election", "before the election"): the
    clause around it reads it as asserted, whether the election is past or to come; a
    quote's "before the election" reads as reported, and says no more of its time. Of
    any kind, a definite noun in a clause of what will be (:func:`_foretold`)."""
    night = bool(_awards_night(m.trigger))  # "success at the Oscars": a night set
    # whose date, "this year's", clashes or not as dates do (:func:`_clash`); so is
    # "the ceremony" that names it again (:func:`_ceremony_back`)
    night = night or (m.trigger.lemma_.lower() in CEREMONY_NOUNS and _bare_definite(m))
    if _naming_participle(m):
        return True
    if m.trigger.pos_ != "NOUN" and not night or m.factuality == NEGATED:
        return False
    if m.time is not None and not night:
        return False
    if m.factuality in ACTUAL and (_family(m) in SCHEDULED or night):
        return True
    return _foretold(m.trigger)


def _naming_participle(m: _Mention) -> bool:
    """Whether a mention is a present participle that names who does it ("the five
    unions meeting Mr Prescott want the regulations withdrawn") in a clause of now or
    of what will be, with no time of its own: it tells which unions, not whether the
    meeting took place, so it is the planned "will hold talks with Mr Prescott" as well
    as a held one (BBC politics 069). In a clause told as past ("protesters marching on
    parliament were arrested") the march is told as done."""
    t = m.trigger
    if m.time is not None or m.factuality == NEGATED:
        return False
    if t.tag_ != "VBG" or t.dep_ != "acl" or t.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    if any(c.dep_ in {"aux", "auxpass", "neg"} for c in t.children):
        return False
    clause = t.head
    while clause.head.i != clause.i and clause.pos_ not in {"VERB", "AUX"}:
        clause = clause.head
    tags = {clause.tag_} | {c.tag_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
    return "VBD" not in tags and bool(tags & {"VBP", "VBZ", "MD"})


def _foretold(noun: Token) -> bool:
    """Whether a definite noun is told in a clause about what will or would be ("the
    visit to Sheffield will be seen as a show of unity"): the clause's modal, which
    reads the noun as planned, says nothing of whether the visit took place, so the
    noun is the one told before it, whatever that one's reading."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass", "dobj", "pobj"} or verb.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False  # "could not win the election" says something of the election
    return any(c.dep_ == "aux" and c.lower_ in FUTURE for c in verb.children)


FAVOURED = word_list("favourite favorite outsider")  # who the odds name for an act


def _tipped_one(verb: Token) -> Token | None:
    """The subject a "favourite to win" is told of ("Eastwood's boxing drama had become
    the new favourite to win best film", "Owen is second favourite to take the award"):
    the odds' noun stands between the act and its doer, so BBC entertainment 064's
    tipped win had no doer and took its title from "If the 74-year-old does win"."""
    noun = verb.head
    to = any(c.lower_ == "to" for c in children(verb, {"aux"}))
    if to and verb.dep_ == "advcl" and noun.lemma_ == "be":
        # "Owen is second favourite at William Hill to take the award": the odds' place
        # between them, the parse hangs the act on "is", beside the odds' word
        odds = [c for c in children(noun, {"acomp", "attr"}) if c.lemma_.lower() in FAVOURED]
        return next(iter(children(noun, {"nsubj"})), None) if odds else None
    if not (verb.dep_ in {"relcl", "acl", "xcomp"} and to and noun.lemma_.lower() in FAVOURED):
        return None
    if noun.dep_ in {"attr", "acomp"}:  # "Its star Hilary Swank is favourite to win"
        return next(iter(children(noun.head, {"nsubj"})), None)
    told = noun.head.head  # "The Aviator has been tipped as the favourite to win"
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and told.pos_ == "VERB":
        return next(iter(children(told, {"nsubjpass"})), None)
    return None


def _ceremony(t: Token) -> bool:
    """Whether a word names a night of prizes ("the Academy Awards", "the Brit Awards"):
    a capitalised plural "Awards" inside a sentence, not one award given at it."""
    return t.text == "Awards" and t.i > sentence_of(t).start


def _ceremony_and_prize(g: _Group, h: _Group) -> bool:
    """Whether one group is told only as a prize night and the other as one prize given
    at it ("the best film award", "the best actress prize"): BBC entertainment 328's
    "This year's Academy Awards will be handed out" joined The Aviator's tipped win of
    the best film award, the ceremony titled after one of its prizes."""
    return (
        any(_ceremony(m.trigger) for m in g.mentions)
        and not any(m.trigger.lower_ in PRIZE_WORDS for m in g.mentions)
        and any(  # "the best film award", not "this award", which may be one of them
            m.trigger.text in PRIZE_WORDS and children(m.trigger, {"amod", "compound"})
            for m in h.mentions
        )
        and not any(_ceremony(m.trigger) for m in h.mentions)
    )


NOMINATING = word_list("nomination nominate nominee shortlist")


def _nominating(t: Token) -> bool:
    """Whether a trigger tells a nomination: the word, or the prize it is for ("award"
    of "award nominations")."""
    return t.lemma_.lower() in NOMINATING or (
        t.dep_ == "compound" and t.head.lemma_.lower() in NOMINATING
    )


def _nomination_and_award(g: _Group, h: _Group) -> bool:
    """Whether one group is only nominations and the other no nomination: "More than
    500 award nominations were received" and "we received nominations" are how the
    Commonwealth Youth Awards were picked, not the awards four people won."""
    return (
        all(_nominating(m.trigger) for m in g.mentions)
        and not any(_nominating(m.trigger) for m in h.mentions)
        and any(m.trigger.lemma_.lower() in PRIZE_WORDS for m in h.mentions)
    )  # not "the Senate approved the nomination" by "a 52-48 vote": the vote decided it


PRIZE_WORDS = word_list("award prize trophy")  # one prize, in the singular
PRIZE_SPELLINGS = {"picture": "film", "movie": "film"}  # one category, two words


def _categories(g: _Group) -> set[frozenset[str]]:
    """The categories of prize a group's mentions are told of: "the best actress prize",
    "to win best director" ({"actress"}, {"director"}), by the words before the prize
    (or before a "best" category won); none for "the award" told alone."""
    out = set()
    for m in g.mentions:
        t = m.trigger
        prizes = [t] if t.pos_ == "NOUN" else children(t, {"dobj"}) if t.pos_ == "VERB" else []
        for p in prizes:
            if p.lemma_.lower() in PRIZE_WORDS and p.tag_ == "NN":  # not "the film awards"
                said = [c for c in p.children if c.dep_ in {"compound", "amod", "nmod"}]
            elif any(c.lower_ == "best" for c in p.children):  # "win best actress"
                said = [p, *(c for c in p.children if c.dep_ in {"compound", "amod", "nmod"})]
            else:
                continue
            words = {
                PRIZE_SPELLINGS.get(w.lower_, w.lower_)
                for c in said
                for w in (c.subtree if c is not p else [p])
                if w.is_alpha and w.lower_ not in {"best", "the"} and w.pos_ != "PROPN"
            }
            if words:
                out.add(frozenset(words))
    return out


def _other_categories(g: _Group, h: _Group) -> bool:
    """Whether two groups tell prizes of other categories: BBC entertainment 328's
    "Hilary Swank is tipped to win the best actress prize" and "The Aviator is also
    widely tipped to win the best director prize" were one tip, two prizes told of no
    one before their doers were read."""
    for x in (g, h):  # asked of every pair weighed: read once until the group grows
        if ("~categories",) not in x.cache:
            x.cache[("~categories",)] = _categories(x)
    a, b = g.cache[("~categories",)], h.cache[("~categories",)]
    return bool(a and b and not a & b)


ODDS = FAVOURED | word_list("tip")  # the words of a bookmaker's odds


def _bet(verb: Token) -> bool:
    """Whether a "to" verb tells what the odds say someone may do ("the new favourite
    to win best film", "is tipped to win"): a bet is no misread account of the done
    act, so Eastwood's tipped win stays apart from his 1993 one (BBC entertainment 064)."""
    i, doc = verb.i, verb.doc
    return (
        verb.pos_ == "VERB"
        and i >= 2
        and doc[i - 1].lower_ == "to"
        and (verb.head.lemma_.lower() in ODDS or doc[i - 2].lemma_.lower() in ODDS)
    )


FUTURE = word_list("will would 'll")  # "could", "may" weigh the act, not what will be


def _scheduled(g: _Group, h: _Group) -> bool:
    """Whether two groups may be one election although one reads as done and the other
    as to come: one of them is only tenseless nouns (:func:`_tenseless`), beside "an
    expected May election"; so for one word of any kind ("a visit to Sheffield on
    Thursday", "the visit will be seen as …"). A "last" and a "next" election stay apart
    by their marks (:func:`_marks`)."""
    if g.family is None or h.family != g.family:
        return False
    if g.family not in SCHEDULED and not g.raw & h.raw and not _one_night(g, h):
        return False  # another word must name it again: "the visit" after "a visit"
    return any(all(_tenseless(m) for m in x.mentions) for x in (g, h))


def _nights(g: _Group) -> set[frozenset[str]]:
    """The awards nights a group names, each by its names (:func:`_awards_night`)."""
    return {frozenset(w.split()[1:]) for w in g.lemmas if w.startswith("=awards ")}


def _same_night(a: set[frozenset[str]], b: set[frozenset[str]]) -> bool:
    """Whether two sets of awards nights share one: the names of one hold the other's
    ("the Baftas", "the Bafta Interactive Awards"); "the Asian Music Awards" and "the MTV
    Europe Music Awards" share a word, not a night."""
    return any(x <= y or y <= x for x in a for y in b)


def _other_nights(g: _Group, h: _Group) -> bool:
    """Whether two groups name other awards nights: "awards" is one word for the Baftas
    and the Academy Awards, two ceremonies two weeks apart."""
    a, b = _nights(g), _nights(h)
    return bool(a and b) and not _same_night(a, b)


def _one_night(g: _Group, h: _Group) -> bool:
    """Whether two groups name one awards night (:func:`_awards_night`): "the Oscars"
    and "next year's Academy Awards", or the Oscars and "the ceremony" after them."""
    if _same_night(_nights(g), _nights(h)):
        return True
    return _ceremony_back(g, h) or _ceremony_back(h, g)


def _named_thing(verb: Token) -> str | None:
    """The named thing a verb acts on, as written ("Python 3.5", "the Model Y"): its
    object or passive subject, or the raised subject of the verb it completes ("Python
    3.5 is expected to be released"); None for a common noun with no name or number,
    which may be any of its kind."""
    heads = children(verb, {"dobj", "nsubjpass"})
    if not heads and verb.dep_ == "xcomp":
        heads = children(verb.head, {"nsubjpass", "nsubj"})
    for h in heads:
        if h.pos_ != "PROPN" and not children(h, {"nummod"}):
            continue
        words = [w.lower_ for w in h.subtree if w.dep_ not in {"det", "punct"}]
        if len(words) <= 6:  # a name, not a clause
            return " ".join(words)
    return None


def _planned_then_done(g: _Group, h: _Group) -> bool:
    """Whether the earlier of two groups plans an act on a named thing and the later
    tells that act done to it: "Python 3.5 is expected to be released in September",
    then "Python 3.5 was released on September 13" is one release, first awaited, then
    reported (the event is done, :func:`_factuality`). Other days still part them
    (:func:`_clash` weighs the times)."""
    first, later = (g, h) if _opening(g) < _opening(h) else (h, g)
    if not g.raw & h.raw or PLANNED not in first.readings:
        return False
    if any(_mode(m) != "irrealis" for m in first.mentions):
        return False
    if any(_mode(m) != "actual" for m in later.mentions):
        return False
    names = [
        {n for m in x.mentions if m.trigger.pos_ == "VERB" and (n := _named_thing(m.trigger))}
        for x in (first, later)
    ]
    return bool(names[0] & names[1])


FRESH = word_list("new fresh further renewed")  # "a new review": not the one told


def _named_done(g: _Group, h: _Group) -> bool:
    """Whether what two groups read as done is only nouns naming, with the same word or
    its stem, the happening the other tells as to come, near it or sharing a noun: "the
    Home Office announced a review of murder laws" is the review that "will begin
    next year", "out for consultation" the "unions will be consulted". A noun takes
    its reading from the clause around it, which says it was announced, not that it
    happened; a verb told done ("cut 500 jobs") beside "plans cuts" stays another
    happening, and so does a "new", "further" or "second" one, and one that neither shares a
    noun with the other nor only points back at it ("ceremonies in Australia" beside
    "citizenship ceremonies could be introduced")."""
    if g.family is None or g.family != h.family:
        return False
    if any(
        m.trigger.pos_ != "NOUN" and m.trigger.idx >= g.ctx.headline and _mode(m) == "actual"
        for m in g.mentions + h.mentions
    ):
        return False
    stems = {w for w in g.lemmas if w[0] == "~"} & {w for w in h.lemmas if w[0] == "~"}
    if not (g.raw & h.raw or stems):
        return False
    if any(
        c.dep_ == "amod" and (c.lower_ in FRESH or c.lower_ in MARKS)  # "a second stoppage"
        for m in g.mentions + h.mentions
        for t in [m.trigger, *children(m.trigger, {"dobj"})]
        for c in t.children
    ):
        return False
    if g.nouns & h.nouns:
        return True  # "a review of the law", "the law to be reviewed"
    if _repeated_back(g, h) or _repeated_back(h, g):
        return True  # "welcomed his apology and the review itself", five sentences on
    return _close(g, h) and any(all(_plain_definite(m.trigger) for m in x.mentions) for x in (g, h))


def _repeated_back(g: _Group, h: _Group) -> bool:
    """Whether ``h`` is only bare definite nouns (:func:`_only_the`) of the word ``g``
    named its happening by earlier: "the review itself", however far on in the article,
    is the review announced and told to begin next year, as nothing in "the" says which
    other review; "a new review" says so and is weighed by the caller. Not when ``g`` is
    told as another one ("another inquiry, a judge-led inquiry"): "the inquiry's
    findings" may be the first one, which the graph may not hold."""
    return (
        _opening(h) > _opening(g)
        and not g.marks
        and not any(_another(m) for m in g.mentions)
        and all(_only_the(m.trigger) and _named_by(g, m.trigger.lemma_.lower()) for m in h.mentions)
    )


def _named_by(g: _Group, lemma: str) -> bool:
    """Whether a group names its happening by a word itself, not only as what one of its
    acts is done to: "Should the United Kingdom approve the treaty" is an approval (the
    verb joins its noun's group later), and "this treaty is a flawed document" far on is
    the document, not that approval."""
    return any(
        m.trigger.lemma_.lower() == lemma
        and not (m.trigger.dep_ in {"dobj", "nsubjpass"} and m.trigger.head.pos_ == "VERB")
        for m in g.mentions
    )


def _only_the(t: Token) -> bool:
    """Whether a noun says nothing but that it was told before: "the review", "this
    review", "the review itself"; "the attack on Iraq" says which one."""
    return _plain_definite(t) and all(
        c.dep_ in {"det", "punct"} or (c.dep_ == "appos" and c.lower_ == "itself")
        for c in t.children
    )


def _plain_definite(t: Token) -> bool:
    """Whether a noun only points back ("the review would begin next year"): "the" or
    "this" and no word that tells which one ("the much larger annual conference" is not
    the smaller spring one told before)."""
    return (
        t.pos_ == "NOUN"
        and any(c.lower_ in POINTING for c in children(t, {"det"}))
        and not any(c.dep_ in {"amod", "compound", "nummod", "poss"} for c in t.children)
    )


NEAR = 3  # sentences: a word repeated within them is taken for the same happening
CORE = {"nsubj": "subject", "nsubjpass": "object", "dobj": "object"}


def _heads(g: _Group) -> dict[tuple[str, str], set[str]]:
    """The nouns a group's verbs take as subject and object, by role and by common or
    proper noun ("the bourse hit a record", "a brick hit him"): "the financier" may be
    "Epstein", but "the guard" is not "the financier". A typed word's relative clause
    acts on the noun it hangs on (:func:`_relative_object`). Kept on the group until it
    grows: a long article weighs each group against many others sharing its word."""
    if g.heads is not None:
        return g.heads
    out: dict[tuple[str, str], set[str]] = {}
    for m in g.mentions:
        for c in m.trigger.children:
            role = CORE.get(c.dep_)
            if role and c.pos_ in {"NOUN", "PROPN"} and c.lower_ not in PRONOUNS:
                if role == "object" and c.ent_type_ in DATES:
                    continue  # "sparked five days of rioting" says how long, not what
                own = "own " if any(x.lower_ == "own" for x in c.children) else ""
                lemma = c.lemma_.lower()
                out.setdefault((role, c.pos_), set()).add(own + lemma)
                if not own:  # "lifting the embargo" and "the ban would be lifted"
                    out[role, c.pos_] |= _SYNSETS.get(lemma, set())
        noun = _relative_object(m.trigger) if g.family is not None else None
        if noun is not None:  # not an untyped word's: "a hole attackers exploited" and
            # "exploit the flaw" name one thing twice, and a word with no type of its own
            # told again is all the event there is (ECB+ lost the exploit split off)
            out.setdefault(("object", noun.pos_), set()).add(noun.lemma_.lower())
        noun = _participle_object(m.trigger)
        if noun is not None:  # "a capital raising completed this week"
            out.setdefault(("object", noun.pos_), set()).add(noun.lemma_.lower())
    g.heads = out
    return out


def _relative_object(verb: Token) -> Token | None:
    """The noun a relative clause's verb acts on: "the benefits it approved" approved
    the benefits, as "approved the benefits" would say; None when the clause's subject
    is the relative itself ("the senator who approved it") or there is none."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.pos_ not in {"NOUN", "PROPN"} or noun.lower_ in PRONOUNS:
        return None
    deps = {c.dep_: c for c in verb.children}
    subj, obj = deps.get("nsubj"), deps.get("dobj")  # "the plant, which they sold"
    if any(  # "the lows during which they led the market", "the town where they met"
        c.lower_ in {"where", "when", "why"} or any(p.lower_ in RELATIVE for p in c.children)
        for c in verb.children
        if c.dep_ in {"prep", "advmod"}
    ):
        return None
    if obj is not None and obj.lower_ not in RELATIVE or "nsubjpass" in deps:
        return None
    return None if subj is None or subj.lower_ in RELATIVE else noun


def _participle_object(verb: Token) -> Token | None:
    """The noun a past participle hangs on, which is what its act was done to: "a
    capital raising completed this week" and "the placement completed by the company"
    completed the raising and the placement, as "completed its survey work" did the
    work. None when the participle has a subject or object of its own, hangs on a
    pronoun, or is set off by a comma, which tells more of a thing already named ("the
    outcome, launched on Wednesday" is the initiative launched)."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or not noun.i < verb.i:
        return None
    if any(t.is_punct for t in verb.doc[noun.i + 1 : verb.i]):
        return None
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.lower_ in PRONOUNS or noun.ent_type_ in DATES:
        return None  # "four days of riots sparked by the shooting": a span, not a thing
    return None if children(verb, {"nsubj", "nsubjpass", "dobj"}) else noun


def _last_pair(fn: Callable[[_Group, _Group], Any]) -> Callable[[_Group, _Group], Any]:
    """``fn`` of two groups, symmetric, with its last answer kept while neither grows:
    one weighing of a pair asks :func:`_distance` and :func:`_anchored` up to three times
    (:func:`_apart`, :func:`_unmoored`, :func:`_far_bare_repeat`), for each of a long
    article's many far repeats of a word (issue 24). The pair is held by weak
    references: a group let go is never taken for a new one with its id, and the last
    pair does not keep the article's parse alive after the build has read it (its
    groups hold its tokens); groups only grow by adding mentions."""
    last: list[Any] = [lambda: None, lambda: None, -1, -1, None]  # no pair yet

    @wraps(fn)
    def kept(g: _Group, h: _Group) -> Any:
        one, two = last[0](), last[1]()
        if not (one is g and two is h or one is h and two is g):
            last[:] = [weakref.ref(g), weakref.ref(h), -1, -1, None]
        first, second = last[0](), last[1]()
        sizes = (len(first.mentions), len(second.mentions))
        if (last[2], last[3]) != sizes:
            last[2:] = [*sizes, fn(g, h)]
        return last[4]

    return kept


@_last_pair
def _anchored(g: _Group, h: _Group) -> bool:
    """Whether two groups share something more specific than who acts: what was acted
    on, the place, a named landmark, or an overlapping date."""
    if g.role("patient", "partner", "host") & h.role("patient", "partner", "host"):
        return True
    if g.places & h.places or g.landmarks & h.landmarks:
        return True
    return any(
        x.end is not None and y.end is not None and not (x.end < y.start or y.end < x.start)
        for x in g.times
        for y in h.times
    )


def _other_heads(g: _Group, h: _Group) -> bool:
    """Whether two groups' verbs take other nouns as subject or object (:func:`_heads`)."""
    a, b = _heads(g), _heads(h)
    return any(a.get(k) and b.get(k) and not a[k] & b[k] for k in a)


AGENT_ENDINGS = ("er", "or", "ist", "ant")  # "attackers", "robbers", "investor", "activist"


def _doer_noun(t: Token) -> bool:
    """Whether a common noun names people by what they are or do ("the suspect",
    "attackers", "thieves" told as "robbers"), whom another such noun may name again."""
    lemma = t.lemma_.lower()
    return _person(t) or lemma.endswith(AGENT_ENDINGS) or lemma in PEOPLE_WORDS


PEOPLE_WORDS = word_list("guy thief crowd gang")


def _other_doers(g: _Group, h: _Group) -> bool:
    """Whether two groups' verbs are done by other things (:meth:`_Group.doers`): an
    untyped word ("spent", "came") is no more than its doer, and another named doer does
    another thing wherever it is told. Common nouns only count more than :data:`NEAR`
    sentences apart: near each other, "the ships are waiting" and "30 vessels were
    waiting" name one thing twice."""
    if _headlined(g, h):
        return False  # "Robbers ram 4x4 into Paris shop" sums up "thieves rammed a 4x4"
    a, b = g.doers(), h.doers()
    kinds = ("PROPN", "NOUN") if _distance(g, h) > NEAR else ("PROPN",)
    return any(a.get(k) and b.get(k) and not a[k] & b[k] for k in kinds)


def _objects(g: _Group) -> list[Token]:
    """The direct objects of a group's verbs."""
    return [c for m in g.mentions for c in children(m.trigger, {"dobj"})]


def _one_and_kind(g: _Group, h: _Group) -> bool:
    """Whether one group's verbs take only one thing ("is making a game") and the
    other's only a kind of things, a plural with no determiner ("an aid in making next
    generation games"): an untyped word is no more than what it is done to, and BBC tech
    396 joined James Cameron's game to the page's talk of making games. Not across a
    headline."""
    a, b = _objects(g), _objects(h)
    return (
        bool(a and b)
        and not _headlined(g, h)
        and all(o.tag_ == "NN" and any(d.lower_ in {"a", "an"} for d in o.children) for o in a)
        and all(
            o.tag_ == "NNS" and not any(d.dep_ in {"det", "poss", "nummod"} for d in o.children)
            for o in b
        )
    )


ONE_PERSON = word_list("he she")


def _doer_count(g: _Group) -> set[str]:
    """How many do a group's verbs, by their subjects: "one" for "he" or "she", "many"
    for a plural noun ("her parents", "workers"), "?" for anything else. Kept until the
    group grows, as :func:`_heads`."""
    if ("~count",) in g.cache:
        return g.cache[("~count",)]
    out = set()
    for m in g.mentions:
        for d in _borrowed_subjects(m.trigger):
            if d.lower_ in ONE_PERSON:
                out.add("one")
            elif d.tag_ in {"NNS", "NNPS"} and not any(c.dep_ == "conj" for c in d.children):
                out.add("many")
            else:
                out.add("?")
    g.cache[("~count",)] = out
    return out


def _one_and_many(g: _Group, h: _Group) -> bool:
    """Whether one group's verbs are done only by one person and the other's only by
    many: "her parents worked in the theatre" and "she works from her studio" are two
    doings, as an untyped word is no more than its doer (:func:`_other_doers`, which
    cannot weigh a pronoun against a common noun). Not across a headline."""
    if _headlined(g, h):
        return False
    return {frozenset(_doer_count(g)), frozenset(_doer_count(h))} == {
        frozenset({"one"}),
        frozenset({"many"}),
    }


PARTNERED = SYMMETRIC - {"Contest"}  # kinds whose one act has several doers


def _other_named_doers(g: _Group, h: _Group) -> bool:
    """Whether one typed verb is done by other named doers (:meth:`_Group.doers`):
    "Brown won the vote" and "Eckhardt won reelection", "Staunton won best actress" and
    "A Very Long Engagement won best foreign film" are two wins, though the film is no
    actor the roles could set apart. Not for kinds done together ("Merkel agreed",
    "Macron agreed" may be one agreement), nor deaths, nor across a headline."""
    if g.family in {None, DEATH} or h.family in {None, DEATH} or not g.raw & h.raw:
        return False  # one dies once: a "he died" read as another name is misread
    if any(m.type in PARTNERED for m in g.mentions + h.mentions):
        return False
    if _headlined(g, h):
        return False
    a, b = g.doers().get("PROPN"), h.doers().get("PROPN")
    return bool(a and b and not a & b)


ACTED_ON = {"Arrest", "Trial", "UseOfForce", "Death", "Crime"}  # kinds done to someone
COVERING = word_list("both")  # a plural that covers the named ones before it


def _patient_tokens(t: Token, kind: str) -> list[Token]:
    """Who an act is done to as the text says it: a passive subject ("Russo was
    arrested", "also arrested were Maguire"), an object ("charged Weber"), the one who
    died, or a noun's "of" ("the arrest of Russo"), with those coordinated to it ("Berg
    and Hill were arrested")."""
    deps = {"nsubjpass", "dobj"} | ({"nsubj"} if kind == "Death" else set())
    found = list(children(t, deps))
    found += [a for x in children(t, {"auxpass"}) for a in children(x, {"attr", "nsubj"})]
    if t.pos_ == "NOUN":
        found += [
            p for c in children(t, {"prep"}) if c.lower_ == "of" for p in children(c, {"pobj"})
        ]
    out: list[Token] = []
    for f in found:
        out.append(f)
        out += [c for c in f.subtree if c.dep_ == "conj" and c.head.i in {x.i for x in out}]
    return out


def _patients(g: _Group) -> set[str]:
    """The named people a group's acts are done to, as the words of their names
    ("w:russo"), and how many each act falls on ("#one" for one named person, "#many"
    for a plural with no name: "all were arrested", "four men"). Headline mentions sum
    up the story and say nothing of whom; pronouns say nothing of whom either."""
    if ("~patients",) in g.cache:
        return g.cache[("~patients",)]
    out: set[str] = set()
    for m in g.mentions:
        if m.type not in ACTED_ON or m.trigger.idx < g.ctx.headline:
            continue
        found = _patient_tokens(m.trigger, m.type)
        names = []
        for f in found:
            named = (
                f
                if f.pos_ == "PROPN"
                else next((c for c in children(f, {"appos"}) if c.pos_ == "PROPN"), None)
            )  # "her business partner, Tomas Weber"
            if named is not None:
                names.append(named)
                out |= {"w:" + c.lower_ for c in named.subtree if c.pos_ == "PROPN"}
        if len(found) == 1 and len(names) == 1 and names[0].tag_ == "NNP":
            out.add("#one")
        elif (
            len(found) == 1
            and not names
            and found[0].lower_ not in COVERING
            and (found[0].tag_ in {"NNS", "NNPS"} or found[0].lower_ in {"all", "they", "them"})
        ):
            out.add("#many")
    g.cache[("~patients",)] = out
    return out


def _other_patients(g: _Group, h: _Group) -> bool:
    """Whether two acts are done to other people: "Klein was charged with fraud" and
    "Weber was charged with money laundering" are two charges, "all were arrested" and
    "Giuseppe was arrested" two arrests, though no actor sets them apart. Not within
    one sentence, where one act may be told of several ("Berg and Hill were arrested",
    a plural the text joins)."""
    if g.sentences & h.sentences:
        return False
    a, b = _patients(g), _patients(h)
    wa, wb = {x for x in a if x[0] == "w"}, {x for x in b if x[0] == "w"}
    if wa and wb:
        return not wa & wb
    return any(
        "#one" in x and wx and "#many" in y and "#one" not in y
        for x, wx, y in ((a, wa, b), (b, wb, a))
    )  # one named person against a plural with no name


def _newly_dead(g: _Group) -> set[str]:
    """The people a group's deaths introduce by an indefinite common noun ("a child
    died", "a Syrian migrant also died"), by lemma: each such noun brings in someone
    not told before."""
    return {
        s.lemma_.lower()
        for m in g.mentions
        if m.type == "Death" and m.trigger.pos_ == "VERB"
        for s in children(m.trigger, {"nsubj"})
        if s.pos_ == "NOUN" and s.tag_ == "NN" and _indefinite(s)
    }


def _other_dead(g: _Group, h: _Group) -> bool:
    """Whether two deaths told in other sentences are of two people each brought in by
    "a" ("a child died after being pulled from the sea", then "a Syrian migrant also
    died from injuries"): two deaths, though no name sets them apart; one node held
    both on a real page. "A man died", then "the victim died", is one."""
    if g.family != DEATH or h.family != DEATH or g.sentences & h.sentences:
        return False
    a, b = _newly_dead(g), _newly_dead(h)
    return bool(a and b) and not a & b


def _one_death(g: _Group, h: _Group) -> bool:
    """Whether two groups tell the death of one named person: a person dies once, so
    what else they read of it (a town in one, another in the other: "Hollywood" of
    "Hollywood swimming star Esther Williams dies", "died in Beverly Hills"; a date in
    one only) is the one death told twice, not two deaths."""
    if g.family != DEATH or h.family != DEATH:
        return False
    dead = g.roles.get("patient", set()) & h.roles.get("patient", set())
    return any(g.ctx.kind_of.get(a) == PERSON for a in dead)


@_last_pair
def _distance(g: _Group, h: _Group) -> int:
    """How many sentences lie between the nearest mentions of two groups: each of the
    smaller group's sentences looked up in the other's, in order (:func:`_in_order`);
    every pair of them grew with the square of a long article's repeated words."""
    if len(g.sentences) > len(h.sentences):
        g, h = h, g
    if len(h.sentences) <= 4:  # the most: a pair is quicker than a lookup
        return min(abs(x - y) for x in g.sentences for y in h.sentences)
    order = _in_order(h)
    best = order[-1] + max(g.sentences)  # more than any distance
    for x in g.sentences:
        k = bisect_left(order, x)
        if k < len(order):
            best = min(best, order[k] - x)
        if k:
            best = min(best, x - order[k - 1])
    return best


def _in_order(g: _Group) -> list[int]:
    """A group's sentences in order, kept until it grows."""
    if ("~order",) not in g.cache:
        g.cache[("~order",)] = sorted(g.sentences)
    return g.cache[("~order",)]


def _opening(g: _Group) -> int:
    """The offset of a group's first word in the text, kept until it grows."""
    if ("~first",) not in g.cache:
        g.cache[("~first",)] = min(m.trigger.idx for m in g.mentions)
    return g.cache[("~first",)]


def _headlined(g: _Group, h: _Group) -> bool:
    """Whether either of two groups is told in the headline: asked at most weighings,
    which walked both groups' mentions each time."""
    return min(_opening(g), _opening(h)) < g.ctx.headline


def _apart(g: _Group, h: _Group) -> bool:
    """Whether one word, far apart in the text, tells two happenings: more than
    :data:`NEAR` sentences between them, other nouns as subject or object
    (:func:`_other_heads`), each with an actor, place or date of its own but nothing
    specific shared, and neither in the headline (which sums up the story). Every
    "help" or "hit" of a long article is not one event. An untyped verb's objects alone
    are not enough: ECB+ tells one act on "a hole" and on "the flaw", and splitting
    untyped repeats by their objects lowered its cross-document score."""
    if not _other_heads(g, h):
        return False
    if _headlined(g, h):
        return False
    if not all(any(m.participants or m.time for m in x.mentions) for x in (g, h)) and not (
        _acted_on(g) and _acted_on(h) and any(_participle_named(x) for x in (g, h))
    ):
        return False  # a bare repeat ("attackers exploiting it") says too little
    if _distance(g, h) <= NEAR:
        return False
    return not _anchored(g, h)


def _own_other(g: _Group, h: _Group) -> bool:
    """Whether one group's verb acts on "its own" thing of the kind the other's acts on:
    "Hawley sent his own brief" after "an amicus brief sent to the Supreme Court" by 246
    lawmakers is another brief sent, however near (:func:`_heads` marks the own)."""
    a, b = _heads(g), _heads(h)
    return any(
        f"own {y}" == x or f"own {x}" == y
        for k in a.keys() & b.keys()
        if k[0] == "object"
        for x in a[k]
        for y in b[k]
    )


def _acted_on(g: _Group) -> bool:
    """Whether a group's verbs name what they act on by a noun of its own (:func:`_heads`):
    "has completed its reconnaissance work" says which completing it is, though the
    company that did it is not resolved; "exploiting it" does not."""
    return any(role == "object" for role, _ in _heads(g))


def _participle_named(g: _Group) -> bool:
    """Whether a group is told by a participle on its own noun ("a capital raising
    completed this week", :func:`_participle_object`): the noun says which act it is,
    so a repeat with another object of its own ("completed its reconnaissance work") is
    another act even with no doer named. Objects alone do not part two verbs told with
    objects ("sprayed gunfire", "spraying 13 shots": one act)."""
    return any(_participle_object(m.trigger) is not None for m in g.mentions)


def _evidence(g: _Group, h: _Group) -> int:
    """How strongly two groups look like one happening, 0 for no sign: the same word
    (lemma, stem or synonym) with shared actors (3) or alone (2); shared actors under
    other words of one family (1). The same word far apart with other subjects or
    objects is no sign (:func:`_apart`), nor are shared actors for an untyped word
    ("he left school", "he left the company")."""
    shared = bool(g.parties() & h.parties())
    if _named_back(g, h) or _named_back(h, g):
        return 3 if shared else 2  # "closed the M62", "the closure caused queues"
    if g.lemmas & h.lemmas:
        if _own_other(g, h):
            return 0
        if (not shared or g.family is None) and _apart(g, h):
            return 0
        if not shared and _unmoored(g, h):
            return 0  # every "help" of a bank's long letter is not one act
        if not shared and (_far_bare_repeat(g, h) or _workaday_repeat(g, h)):
            return 0  # a tutorial's every "run", a letter's every "work"
        return 3 if shared else 2
    if g.family is None:
        return 0
    if g.family == h.family and (_headline_lead(g, h) or _headline_lead(h, g)):
        return 1  # "Pensioner hit by car", then the lead's "A car struck a woman"
    if not shared:
        if _pointed_back(g, h) or _pointed_back(h, g):
            # "hit by the storm" after "Hurricane Florence dropped 26 inches": the name
            # told is the storm meant, above "before a storm approaches" told earlier
            return 3 if g.family == CALAMITY and (_storm_names(g) or _storm_names(h)) else 1
        return 1 if g.family == VIOLENCE and _close(g, h) and _one_town(g, h) else 0
    return 1 if _close(g, h) or _anchored(g, h) else 0


GAME = family("Contest")  # the kind whose words also tell the plays of a match


def _lead(g: _Group) -> int | None:
    """The first token of the sentence after the headline (None with no headline)."""
    if not g.ctx.headline or not g.mentions:
        return None
    doc = g.mentions[0].trigger.doc
    return next((s for s in g.ctx.starts if doc[s].idx >= g.ctx.headline), None)


def _on_top(g: _Group) -> bool:
    """Whether a group is told in the headline, or is one mention in the lead sentence:
    those :func:`_headline_lead` weighs against each other whatever their words."""
    if not g.ctx.headline:
        return False
    if _opening(g) < g.ctx.headline:
        return True
    return len(g.mentions) == 1 and g.mentions[0].trigger.sent.start == _lead(g)


def _headline_lead(g: _Group, h: _Group) -> bool:
    """Whether ``g`` is told in the headline and ``h`` is the lead sentence's main
    predicate, its root or the root's subject or object, alone: the lead retells the
    headline's story in full, so a kindred word there is that happening under another
    word ("Pensioner hit by car in Bristol", "A car struck an 80-year-old woman"). Only
    the root: the lead's other acts of the kind ("..., wounding four") are its own."""
    if _opening(g) >= g.ctx.headline or len(h.mentions) != 1 or g.family == GAME:
        return False  # a match's lead tells its plays: "scored 17 points" is no "Victory"
    t = h.mentions[0].trigger
    lead = _lead(g)
    if lead is None or t.sent.start != lead:
        return False
    root = t.head if t.dep_ != "ROOT" else t
    if t.dep_ == "ccomp" and root.dep_ == "ROOT" and root.lemma_.lower() in SAYING:
        return True  # "A car struck a woman ..., police said": what was said is the lead
    return t.dep_ == "ROOT" or (root.dep_ == "ROOT" and t.dep_ in CORE)


def _one_town(g: _Group, h: _Group) -> bool:
    """Whether two groups are placed at one town or village and nowhere else ("shells hit
    the village of Sotk" and "the shelling of Sotk earlier this month"): told close
    together, an attack on one small place is one attack, whoever the sentence names.
    A country or a place beside another is too wide to say so."""
    if len(g.places) != 1 or g.places != h.places:
        return False
    if not (g.raw & STRIKES and h.raw & STRIKES):
        return False  # "seized the town of Saraqeb" and "the shelling of Saraqeb": two acts
    return g.ctx.kind_of.get(next(iter(g.places))) == PLACE



POINTING = word_list("the this that")
# A calamity is a story's background: "the disaster" anywhere after "the Asian tsunami"
# is that tsunami, whatever verb it sits on ("caught up in the disaster").
CALAMITY = family("Disaster")
# kinds whose pointing noun names the whole happening; "the game" after "won" is the
# contest the win ends, "the fire" after "burns" what burns (ECB+ tells them apart)
POINTED = {DEATH, VIOLENCE, family("Arrest"), CALAMITY}


def _bare_definite(m: _Mention) -> bool:
    """Whether a mention is a noun that points back and says nothing of its own ("the
    attack", "this killing"): no actor, time or place, only a determiner."""
    t = m.trigger
    return (
        t.pos_ == "NOUN"
        and t.tag_ == "NN"
        and t.lemma_.lower() not in SERIES  # "the round" is a part of the fight
        and t.lemma_.lower() not in SYNONYMS["war"]  # "the war" is the story's background
        and any(c.lower_ in POINTING for c in children(t, {"det"}))
        and not any(p.role in PARTIES for p in m.participants)
        and m.time is None
        and not m.place
    )


def _calamity_back(m: _Mention) -> bool:
    """Whether a mention is "the storm", "this quake": a calamity's word that points
    back (:func:`_bare_definite`), or does so with what it did ("the lines damaged by
    the storm"): a calamity is the story's background, its deeds do not make it another
    one; "the 2005 storm", "the storm season" say which or what kind."""
    t = m.trigger
    if _bare_definite(m):
        return True
    return (
        t.pos_ == "NOUN"
        and t.tag_ == "NN"
        and t.dep_ != "compound"
        and any(c.lower_ in POINTING for c in children(t, {"det"}))
        and not children(t, {"compound", "nummod", "amod", "appos", "poss", "prep"})
        and not m.place  # "the earthquake in Iran" after "the Asian tsunami"
    )  # a time it is told with the caller weighs (:func:`_clash`)


def _on_verb(t: Token) -> bool:
    """Whether a noun is a verb's subject, object or phrase: "the shooting killed two
    people" tells a cause of the killing and "killed in the crossfire" where it
    happened, events of their own; "the attack was the worst" only points back, and so
    does a noun that a phase verb tells going on."""
    head = t.head.head if t.dep_ == "pobj" else t.head
    if t.dep_ == "nsubj" and head.lemma_.lower() in ONGOING_PHASES:
        return False  # "if the shelling continues": the one shelling, going on
    return head.pos_ == "VERB" and head.i != t.i


CEREMONY_NOUNS = word_list("ceremony gala")  # what "the Oscars" are called again


def _ceremony_back(g: _Group, h: _Group) -> bool:
    """Whether ``h`` is only "the ceremony" told after ``g`` named the one awards night
    the text has named so far (:func:`_awards_night`): "the 77th Academy Awards" are
    "the ceremony" five sentences on, as a calamity is the story's background. After
    "the Bafta film awards" and "the Golden Globes" a reader cannot tell which."""
    if not all(
        _bare_definite(m) and m.trigger.lemma_.lower() in CEREMONY_NOUNS for m in h.mentions
    ):
        return False
    night = _nights(g)
    if not night or _opening(h) <= _opening(g):
        return False
    doc = h.mentions[0].trigger.doc
    told = {n for t in doc[: min(m.trigger.i for m in h.mentions)] if (n := _awards_night(t))}
    return all(_same_night({n}, night) for n in told)


def _pointed_back(g: _Group, h: _Group) -> bool:
    """Whether ``h`` is only nouns pointing back (:func:`_bare_definite`) at a happening
    of ``g``'s family told just before: "A gunman killed three people ... the attack
    was the worst" names the one attack under another word, with no actor to share."""
    if h.family == g.family == GAME:
        return _ceremony_back(g, h)
    if h.family != g.family or h.family not in POINTED:
        return False
    if h.family == CALAMITY:
        return _opening(h) > _opening(g) and all(_calamity_back(m) for m in h.mentions)
    if _distance(g, h) > NEAR and not _headline_named(g, h):
        return False
    if any(_on_verb(m.trigger) for m in h.mentions):
        return False  # "the shooting killed two", "killed in the crossfire", "taking the battle"
    if min(m.trigger.i for m in h.mentions) < min(m.trigger.i for m in g.mentions):
        return False
    return all(_bare_definite(m) for m in h.mentions)


HARM = SYNONYMS["injure"] | word_list("damage destroy") | KILLING  # what an attack does


def _harm(g: _Group) -> bool:
    """Whether a group only tells harm done ("injuring two civilians", "damaging a
    school"): the outcome of an attack, not the attack."""
    return all(m.trigger.lemma_.lower() in HARM for m in g.mentions)


def _outcome_for_attack(g: _Group, h: _Group) -> bool:
    """Whether ``h`` is an attack's noun ("the shelling", "the bombing") and ``g`` only
    the harm it did: "Shells struck Sotk, injuring two civilians ... if the shelling
    continues" points back at the striking, not at the injuring told with it, which
    is the later one and would otherwise win the tie."""
    return (
        all(m.trigger.pos_ == "NOUN" and m.trigger.lemma_.lower() in ATTACKS for m in h.mentions)
        and _harm(g)
    )


# the nouns of an attack itself, not of its harm ("the deaths") nor of force at large
# ("the violence", which ECB+ tells with the injuries)
ATTACKS = SYNONYMS["attack"] | SYNONYMS["shoot"] | word_list("shelling bombardment barrage")
# the words of an attack that falls on a place (:func:`_one_town`): the verbs of shells too
STRIKES = ATTACKS | word_list("hit shell pound bombard")


def _headline_named(g: _Group, h: _Group) -> bool:
    """Whether ``h``'s nouns are the word the headline names the story by and ``g`` is
    told in the lead: "Shelling near border village threatens talks", then "Shells
    struck the village ...", and far on a quote's "if the shelling continues" points
    back at that shelling however many sentences lie between."""
    words = g.ctx.title_words
    if not words or any(m.trigger.lemma_.lower() not in words for m in h.mentions):
        return False
    doc = g.mentions[0].trigger.doc
    lead = next((k for k, s in enumerate(g.ctx.starts) if doc[s].idx >= g.ctx.headline), 0)
    return lead in g.sentences


def _unmoored(g: _Group, h: _Group) -> bool:
    """Whether a word (or its synonym) told again far from itself has nothing to say it
    is the same act: no shared actor (weighed by the caller), no noun they share as
    subject, object or any other phrase of their own ("planting the bombs", "planting
    the IRA bombs"; :func:`_own_nouns`), no place, landmark or date, not within
    :data:`NEAR` sentences or the headline, and each told with something of its own.
    A repeated word is no more than what it is told of: "helped clients raise $664
    billion" and, forty sentences on, "we helped a shelter in Portland" are two acts of
    one bank; "the acquisition of the Marion mall" and "higher sales of protective
    equipment", a toss won and a victory against Mumbai Indians, a vote on an accord
    and "the 2020 election" are two happenings, typed or not."""
    if _close(g, h):
        return False
    if g.family is None and h.family is None:  # ECB+ tells "attackers exploiting" the
        # flaw "the bad guys were exploiting": an untyped word needs an actor or a time
        told = all(any(m.participants or m.time for m in x.mentions) for x in (g, h))
    elif {g.family, h.family} & {DEATH, VIOLENCE}:
        return False  # a killing told far on is the one killing more often than not
    elif any(w[0] != "=" for w in g.lemmas & h.lemmas):  # one word: a date alone does
        # not make "launched on Wednesday" another launch than "launching the initiative"
        if g.symmetric or h.symmetric:
            return False  # "talks" told again and again are the story's talks
        told = g.told and h.told
    else:  # synonyms only: "voted against the accord", "the 2020 election"
        told = all(x.told or x.times for x in (g, h))
    if not told:
        return False  # a bare repeat joins, as in :func:`_apart`: alone it is no event
    if g.nouns & h.nouns or _anchored(g, h):
        return False
    a, b = _heads(g), _heads(h)
    return not any(a[k] & b.get(k, set()) for k in a)


def _unshared(g: _Group, h: _Group) -> bool:
    """Whether two groups told by one word share nothing but it: no noun of their own
    (:func:`_own_nouns`), no subject or object (:func:`_heads`), no place, landmark or
    date (:func:`_anchored`). Shared actors the caller weighs."""
    if g.nouns & h.nouns or _anchored(g, h):
        return False
    a, b = _heads(g), _heads(h)
    return not any(a[k] & b.get(k, set()) for k in a)


def _far_bare_repeat(g: _Group, h: _Group) -> bool:
    """Whether an untyped word told again beyond :data:`NEAR` sentences, outside the
    headline, shares nothing with its other telling (:func:`_unshared`), even when one
    of them is told bare, with no actor of its own. :func:`_unmoored` lets a bare
    repeat join, as ECB+ tells one exploit by "attackers exploiting it"; far apart in a
    long page it is another act: a Django tutorial's "run the tests" and, fifty lines
    on, "the webcast ran"; "I created PyOxidizer" and "to create a bytes instance"."""
    if g.family is not None or h.family is not None or _close(g, h):
        return False
    return not _names_the_deed(g, h) and _unshared(g, h)


def _storm_names(g: _Group) -> set[str]:
    """The names a calamity group's mentions are told by: "Dennis" of "Hurricane
    Dennis", a name with the kind's word before it, not that word read as a name, nor
    a gathering named after the kind ("the National Hurricane Conference")."""
    return {
        m.trigger.lower_
        for m in g.mentions
        if m.trigger.pos_ == "PROPN"
        and children(m.trigger, {"compound"})
        and m.trigger.lower_ not in GATHERING_WORDS  # "the National Hurricane Conference"
    }


def _other_storms(g: _Group, h: _Group) -> bool:
    """Whether two calamities are named by other names: a page on the hurricane season
    recalls "Hurricane Dennis", "Hurricane Barry" and "Hurricane Florence", three storms
    that the kind's word alone joined into one."""
    if g.family != CALAMITY or h.family != CALAMITY:
        return False
    a, b = _storm_names(g), _storm_names(h)
    return bool(a and b) and not a & b


def _gathering_names(g: _Group) -> set[str]:
    """The names a group's gatherings are told by, whole ("gulf hurricane conference"):
    a proper noun of :data:`GATHERING_WORDS` with the names before it."""
    return {
        " ".join(t.lower_ for t in m.trigger.subtree if t.i <= m.trigger.i and t.pos_ == "PROPN")
        for m in g.mentions
        if m.trigger.pos_ == "PROPN"
        and m.trigger.lower_ in GATHERING_WORDS
        and children(m.trigger, {"compound"})
    }


def _other_gatherings(g: _Group, h: _Group) -> bool:
    """Whether two groups are gatherings named by other names: "The Gulf Hurricane
    Conference and the Coastal Hurricane Forum were both canceled" tells two, which
    their one verb and their storm word (no storm's name: :func:`_storm_names`) joined."""
    a, b = _gathering_names(g), _gathering_names(h)
    return bool(a and b) and not a & b


def _named_and_some(g: _Group, h: _Group) -> bool:
    """Whether ``g`` is a calamity told by its name ("Hurricane Irma") and ``h`` only
    by words for some of its kind: storms at large, "a storm", "storm victims", nothing
    that points back at it as "the storm" does (:func:`_calamity_back`). A page on the
    hurricane season joined Irma to its every talk of storms."""
    if g.family != CALAMITY or h.family != CALAMITY or not _storm_names(g) or _storm_names(h):
        return False
    if _storm_names(g) & h.raw:
        return False  # "Meta Outage" headings are "the Meta outage" capitalised, no name
    if all(_told_as(m, g) for m in h.mentions):
        return False  # "Storm Petra made landfall as a category four storm": Petra
    return all(
        m.trigger.pos_ == "NOUN" and not _calamity_back(m) or m.trigger.lower_ in GATHERING_WORDS
        for m in h.mentions
    )  # nor "the National Hurricane Conference", a gathering typed by its name


def _told_as(m: _Mention, g: _Group) -> bool:
    """Whether a mention only says what ``g``'s own words are: "made landfall as a
    category four storm", "Petra, a category four storm", "Petra was a category four
    storm" describe the storm named, they tell no other one (a test text's landfall
    lost its storm to a node of its own, titled "Category four storm on Sunday")."""
    t = m.trigger
    held = {x.trigger.i for x in g.mentions}
    if t.dep_ == "appos":
        return t.head.i in held
    if t.dep_ == "attr":
        verb = t.head
    elif t.dep_ == "pobj" and t.head.lower_ == "as":
        verb = t.head.head
    else:
        return False
    return verb.i in held or any(
        c.i in held for c in children(verb, {"nsubj", "nsubjpass"})
    )


NAMED_AGAIN = POINTING | word_list("these those")  # "these events", told far on, are those


def _names_the_deed(g: _Group, h: _Group) -> bool:
    """Whether the later of two groups is only nouns with "the", "this", "these"...
    (:data:`NAMED_AGAIN`), which name again the one told before, however far: "those
    fighting the orders" and, four sentences on, "the fight against restrictions"; an
    airline's "initial public offer" and "the share offer" that was oversubscribed."""
    then = h if _opening(g) <= _opening(h) else g
    return all(
        m.trigger.pos_ == "NOUN"
        and any(c.lower_ in NAMED_AGAIN for c in children(m.trigger, {"det"}))
        for m in then.mentions
    )


# Verbs whose word alone says next to nothing of which act it is ("going on", "going to
# be"; "make informed decisions", "were made to diplomats"): an act of theirs is known by
# who does it and to what, not by the word
WORKADAY_VERBS = word_list(
    "pay receive take make give get do put go come run work set start help use bring turn see"
)  # not "hold", which also detains: "the men were being held", "those held"


def _workaday(g: _Group) -> bool:
    """Whether a group of no type is told only by verbs of :data:`WORKADAY_VERBS`."""
    return g.family is None and all(
        m.trigger.pos_ == "VERB" and m.trigger.lemma_.lower() in WORKADAY_VERBS for m in g.mentions
    )


def _workaday_repeat(g: _Group, h: _Group) -> bool:
    """Whether two groups told only by an everyday verb (:func:`_workaday`) share
    nothing but the word (:func:`_unshared`) and lie beyond the next sentence: a bank
    letter's "working with hospitals" and "our teams are working" two sentences on are
    two acts; "started a trip" and "the trip he started" share the trip."""
    if not (_workaday(g) and _workaday(h)) or _headlined(g, h) or _distance(g, h) <= 1:
        return False
    return _unshared(g, h)


OWN_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "attr", "poss"}
DATES = {"DATE", "TIME"}  # "Wednesday's cuts", "on Wednesday": a time, weighed as one


def _own_nouns(t: Token, core: bool = False) -> set[str]:
    """The nouns a trigger is told with: its subject, object and possessor, a proper
    noun compounded into it ("IPL victory"), for a verb the parse took for a compound
    ("win toss", as live blogs write) the noun it qualifies, and the objects of its
    prepositions ("flew to Chile", "paid for the cost", "the acquisition of the mall");
    with ``core`` only a noun's "of" among them, since "driving under the influence"
    says no more of which drive it is than "driving" does. Not pronouns, which point
    back to anything, nor dates (:data:`DATES`), which :func:`_anchored` weighs."""
    heads = [
        c for c in t.children
        if c.dep_ in OWN_DEPS or (c.dep_ == "compound" and c.pos_ == "PROPN")
    ]  # fmt: skip
    heads += [
        p for c in children(t, {"prep", "agent"})
        if (not core or t.pos_ == "NOUN" and c.lower_ == "of")
        for p in children(c, {"pobj"})
    ]  # fmt: skip
    if t.pos_ == "VERB" and t.dep_ == "compound":
        heads.append(t.head)
    return {
        h.lemma_.lower()
        for h in heads
        if h.pos_ in {"NOUN", "PROPN"} and h.lower_ not in PRONOUNS and h.ent_type_ not in DATES
    }


def _close(g: _Group, h: _Group) -> bool:
    """Whether two groups are told within :data:`NEAR` sentences of each other, or one
    in the headline: other words of one family with the same actor far apart are more
    often two happenings (a visit to a golf club and a call fifty sentences on, both
    Trump's) than one."""
    if _headlined(g, h):
        return True
    return _distance(g, h) <= NEAR


PAST = timedelta(days=365)  # a happening dated this long before the article is background


def _behind(g: _Group, h: _Group) -> bool:
    """Whether a group is dated only long before the article (:data:`PAST`: "in 2009
    organized a Tea Party protest") and the one weighed against it has no date of its
    own: an undated "the protests" of a story on this spring's lockdown protests is
    the story's, not the one its background recalls. A tie-breaker only: with no other
    group to join, an undated repeat still joins the past one."""
    published = g.ctx.published
    if published is None or h.times or not g.times:
        return False
    return all(t.end is not None and t.end < published - PAST for t in g.times)


def _renames(t: Token) -> Token | None:
    """The happening a noun names again, as the text says it is that one: "the shooting
    was the worst attack on the city's banks", "the killing of 34 soldiers, the
    deadliest strike against its army": its copula's subject, or the noun it is in
    apposition to. Another word of the family and no actor shared, but one event."""
    if t.pos_ != "NOUN":
        return None
    if t.dep_ == "appos":
        return t.head
    if t.dep_ == "attr" and t.head.lemma_ == "be":
        return next((c for c in t.head.children if c.dep_ == "nsubj"), None)
    return None


RUN_OF = word_list("barrage volley salvo flurry hail wave spate series string")


def _run_of(t: Token) -> Token | None:
    """The noun a trigger is the run of: "its barrage of strikes on the Russian-backed
    forces" tells the strikes by their barrage, one happening told by two words that
    a page split into two nodes in one sentence."""
    if t.dep_ != "pobj" or t.head.lower_ != "of" or t.head.dep_ != "prep":
        return None
    run = t.head.head
    return run if run.pos_ == "NOUN" and run.lemma_.lower() in RUN_OF else None


STRUCK = word_list("strike hit")  # "was struck once in the back": what a shot did
SHOTS = word_list("shoot fire")


def _struck_by_shot(t: Token) -> Token | None:
    """The shooting a passive "was struck" or "was hit" with no doer of its own is the
    result of, when one sentence joins them: "suspects shot through the door and she
    was struck once in the back" tells one shot and where it hit, which a real page
    split into two nodes (no actor is shared: the shooters and the one hit)."""
    if (
        t.pos_ != "VERB"
        or t.lemma_.lower() not in STRUCK
        or not children(t, {"auxpass"})
        or children(t, {"agent"})
    ):
        return None
    near = [t.head] if t.dep_ == "conj" else []
    near += children(t, {"conj"})
    return next(
        (v for v in near if v.pos_ == "VERB" and v.lemma_.lower() in SHOTS and v.i < t.i),
        None,
    )


WHICH = word_list("which that")


def _storm_told(t: Token) -> Token | None:
    """The named calamity a verb tells the doing of: the verb whose subject is its name
    ("Hurricane Irma, which made landfall", "Hurricane Dora flooded Wilmington"). The
    caller keeps it to a name a calamity's mention is told by: a page on the hurricane
    season split Irma and its landfall into two nodes. Not "as a Category 4 storm",
    whose word would meet every storm of the page's talk of storms."""
    if t.pos_ != "VERB":
        return None
    subject = next((c for c in t.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in WHICH and t.dep_ == "relcl":
        subject = t.head
    if subject is None or subject.pos_ != "PROPN" or not children(subject, {"compound"}):
        return None
    return subject


def _storm_said_as(t: Token) -> Token | None:
    """The name of the storm a noun says what it was as ("Hurricane Irma, which made
    landfall as a Category 4 storm"): "a storm" there is Irma, a real page's second node
    of it. Only of a name's doing (:func:`_storm_told`); None for other nouns."""
    if t.pos_ != "NOUN" or t.dep_ != "pobj" or t.head.lower_ != "as":
        return None
    if not any(c.lower_ in {"a", "an"} for c in children(t, {"det"})):
        return None
    verb = t.head.head
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head  # "made landfall as a Category 3 storm": "as" hangs on "landfall"
    return _storm_told(verb)


WITHIN = word_list("in during")
MAIN_CLAUSE = {"ROOT", "ccomp", "conj", "parataxis"}


def _decided_by_votes(t: Token) -> list[Token]:
    """The act a tally decided, "saw off an attempt to force changes by 297 votes to
    203", "the bill was passed by 310 votes to 219": the main verb of the tally's clause
    (the parse often hangs "by" on a verb below it, "to force"), then what that verb
    acts on. The votes are how that act was decided, not a vote of their own."""
    if t.lemma_.lower() != "vote" or t.dep_ != "pobj" or t.head.lower_ != "by":
        return []
    if not any(c.dep_ == "nummod" for c in t.children):
        return []
    verb = t.head.head
    for _ in range(4):
        if verb.pos_ == "VERB" and verb.dep_ in MAIN_CLAUSE:
            break
        verb = verb.head
    else:
        return []
    if verb.pos_ != "VERB":
        return []
    return [verb, *children(verb, {"dobj", "nsubjpass"})]
SETTINGS = word_list("at during")


def _held_at(g: _Group, h: _Group) -> bool:
    """Whether a noun of one group is the occasion another group's act took place at
    ("five unions met Prescott at the Labour spring conference", "held talks at the
    summit", "spoke during the debate"): the meeting is one happening, the conference
    another, though both have the unions and Gateshead."""
    acts = {m.trigger.i for m in h.mentions}
    acts |= {  # "held talks at the summit": "at" may hang on the support verb
        m.trigger.head.i for m in h.mentions if m.trigger.dep_ in {"dobj", "nsubjpass"}
    }
    return any(
        m.trigger.dep_ == "pobj"
        and m.trigger.head.lower_ in SETTINGS
        and m.trigger.head.head.i in acts
        for m in g.mentions
    )


def _dated_within(mentions: list[_Mention]) -> None:
    """Give an undated mention the date of the event it happened in or during: "one
    soldier was killed in shelling on Monday" is Monday's, and so not the killing of
    34 soldiers last week, though the date is told of the shelling."""
    dated = {m.trigger.i: m.time for m in mentions if m.time is not None}
    for m in mentions:
        if m.time is not None:
            continue
        for c in children(m.trigger, {"prep"}):
            if c.lower_ in WITHIN:
                for p in children(c, {"pobj", "pcomp"}):
                    if (when := dated.get(p.i)) is not None:
                        m.time = when


def _demonstrative(m: _Mention) -> bool:
    """Whether a mention is a noun pointed at by "this" or "that" ("no deal was offered
    in that meeting"): it is the one told last, not the one with the most actors."""
    t = m.trigger
    return t.pos_ == "NOUN" and any(c.lower_ in {"this", "that"} for c in children(t, {"det"}))


def _last_told(g: _Group, m: _Mention) -> tuple[int, int]:
    """Where a group was last told, if in the sentence of a "that meeting" or the one
    before: of two that fit it, the nearer is the one it points at. Told further back,
    the pointing says no more than the actors do (``(0, actors)``)."""
    last = max(x.trigger.i for x in g.mentions)
    if g.ctx.sentence(m.trigger) - g.ctx.sentence(m.trigger.doc[last]) > 1:
        return (0, len(g.parties()))
    return (1, last)


def group_mentions(
    mentions: list[_Mention],
    trigger_words: Collection[tuple[str, str]],
    index: ActorIndex | None = None,
) -> list[list[_Mention]]:
    """The mentions of one document in groups, one group per event, in order of first
    mention.

    In text order, a mention joins the earlier group with the strongest sign of being
    the same happening and nothing against it (:func:`_clash`); ties go to a group
    not dated long before the article (:func:`_behind`), then to the one with more
    actors, then the later. Then groups that turn out to be one are joined
    ("if there is a meeting" before the meeting is named). ``trigger_words`` are the
    lexicon's ``(pos, lemma)`` keys: a compounded trigger noun ("summit talks") counts
    as the mention's word too.
    """
    ctx = Context.of(index) if index is not None else Context()
    if mentions:
        ctx = replace(ctx, starts=tuple(s.start for s in mentions[0].trigger.doc.sents))
    _dated_within(mentions)
    groups: list[_Group] = []
    near = _Near()  # only groups with some evidence are weighed (see _Near)
    where: dict[int, int] = {}  # a trigger's token: its group's number (see _renames)
    unfit: dict[int, dict[int, int]] = {}  # a new group: the groups that did not fit it,
    # with their sizes then; as long as neither grows, the pair is not weighed again
    for m in mentions:
        one = _Group.start(m, ctx, trigger_words)
        one.another = _one_more(m)
        weighed = near.of(one)
        this = _demonstrative(m)
        scored = [
            (
                e,
                not _outcome_for_attack(g, one),
                not _behind(g, one),
                _last_told(g, m) if this else (0, len(g.parties())),
                i,
            )
            for i, g in ((i, groups[i]) for i in weighed)
            if (e := _evidence(g, one)) and not _clash(g, one)
        ]
        named = _renames(m.trigger)
        if named is not None and named.i in where and not _clash(groups[where[named.i]], one):
            # above any evidence: the text says so
            scored.append((4, True, True, 0, where[named.i]))
        storm = _storm_told(m.trigger)
        if (
            storm is not None
            and storm.i in where
            and groups[where[storm.i]].family == CALAMITY
            and one.family in {None, CALAMITY}
        ):  # "Hurricane Irma, which made landfall as a Category 4 storm": Irma's own
            scored.append((5, True, True, 0, where[storm.i]))  # landfall, Irma itself
        doing = _storm_said_as(m.trigger)
        if (
            doing is not None
            and doing.i in where
            and groups[where[doing.i]].family == CALAMITY
            and one.family == CALAMITY
        ):  # "Irma, which made landfall as a Category 4 storm": the storm is Irma
            scored.append((5, True, True, 0, where[doing.i]))
        shot = _struck_by_shot(m.trigger)
        if shot is not None and shot.i in where and not _clash(groups[where[shot.i]], one):
            scored.append((5, True, True, 0, where[shot.i]))  # "shot through the door and
            # she was struck in the back": one shot
        run = _run_of(m.trigger)
        if run is not None and run.i in where and not _clash(groups[where[run.i]], one):
            scored.append((5, True, True, 0, where[run.i]))  # "its barrage of strikes"
        decided = next((t for t in _decided_by_votes(m.trigger) if t.i in where), None)
        if decided is not None:  # the tally is how the act was decided: no clash of
            scored.append((5, True, True, 0, where[decided.i]))  # its type or reading
        if scored and _another(m):  # "the previous day's shooting": not the one told
            one.another = True
            scored = [x for x in scored if not _clash(groups[x[-1]], one)]
        if scored:
            k = max(scored)[-1]
            groups[k].merge(one, trigger_words)  # m's facts as ``one`` read them
            near.enter(groups[k], k)
        else:
            groups.append(one)
            k = len(groups) - 1
            near.enter(one, k)
            if not one.another:  # weighed before it was marked: those may fit it now
                unfit[k] = {i: len(groups[i].mentions) for i in weighed}
        where[m.trigger.i] = k
    # the groups keep their numbers (the order of the list, which deletion keeps): the
    # tie that went to the earlier position goes to the lower number
    numbers = list(range(len(groups)))
    numbered = dict(enumerate(groups))
    # groups that met the same participants later are one event: after each merge the
    # groups are weighed again from the first. Those before ``settled`` fitted none but
    # for the one group that grew since (``grown``), so they are weighed against it
    # alone, if near it (_Near is symmetric): weighing them all again after every merge
    # grew with the square of an article's events
    i, settled, grown, meets = 0, 0, -1, set()
    while i < len(groups):
        g = groups[i]
        if i < settled and numbers[i] != grown:
            others = [grown] if numbers[i] in meets else []
        else:
            seen = unfit.get(numbers[i], {}) if len(g.mentions) == 1 else {}
            others = [
                j
                for j in near.of(g)
                if j in numbered and j != numbers[i] and seen.get(j) != len(numbered[j].mentions)
            ]  # a pair weighed as the mentions were placed, and neither grown since, fits not
        fits = [
            (e, not _outcome_for_attack(h, g), not _behind(h, g), len(h.parties()), -j)
            for j, h in ((j, numbered[j]) for j in others)
            if (e := _evidence(h, g)) and not _clash(h, g)
        ]
        if fits:
            j = -max(fits)[-1]
            numbered[j].merge(g, trigger_words)
            near.enter(numbered[j], j)
            del numbered[numbers[i]], groups[i], numbers[i]
            # those after the merged one and before ``settled`` shift down by one; their
            # ``grown`` is ``j`` now, or gone into ``j``
            i, settled, grown = 0, max(i, settled - 1), j
            meets = set(near.of(numbered[j]))
        else:
            i += 1
    return [sorted(g.mentions, key=lambda m: m.trigger.i) for g in groups]


ANY = "*"  # not a family: the key of a word whatever its type


class _Near:
    """The groups that may be the same happening as another: those with some evidence
    of it (:func:`_evidence`) and no clash of families (:func:`_clash`), so of its
    family, sharing a word, or an actor when the family is known. Weighing every
    earlier group for each mention grew with the square of an article's events;
    groups only gain words and actors, so each is entered again when it grows."""

    def __init__(self) -> None:
        self.keys: dict[tuple[str | None, str, str], set[int]] = {}

    def enter(self, g: _Group, number: int) -> None:
        for w in g.own | _own_synonyms(g):  # a word or synonym in two senses (:func:`_kindred`)
            self.keys.setdefault((ANY, "word", w), set()).add(number)
        for kin in g.kin:
            for w in g.lemmas:
                self.keys.setdefault((kin, "word", w), set()).add(number)
            if kin is not None:
                for a in g.parties():
                    self.keys.setdefault((kin, "actor", a), set()).add(number)
                for p in g.places if kin == VIOLENCE else ():  # one town (:func:`_one_town`)
                    self.keys.setdefault((kin, "place", p), set()).add(number)
                self.keys.setdefault((kin, "kind", ""), set()).add(number)
        for key in _made_keys(g, False):  # "disrupted", "the disruption" (:func:`_named_back`)
            self.keys.setdefault(key, set()).add(number)

    def of(self, g: _Group) -> list[int]:
        """The numbers of the groups that may join ``g``, in order."""
        found: set[int] = set()
        for w in g.own | _own_synonyms(g):
            found |= self.keys.get((ANY, "word", w), set())
        for kin in g.kin:
            for w in g.lemmas:
                found |= self.keys.get((kin, "word", w), set())
            if kin is not None:
                for a in g.parties():
                    found |= self.keys.get((kin, "actor", a), set())
                for p in g.places if kin == VIOLENCE else ():
                    found |= self.keys.get((kin, "place", p), set())
                if (
                    all(_bare_definite(m) for m in g.mentions)
                    or _on_top(g)
                    or g.family == CALAMITY
                    and all(_calamity_back(m) for m in g.mentions)
                ):  # "the attack", a headline or lead, "the storm damaged the lines"
                    found |= self.keys.get((kin, "kind", ""), set())  # or headline, lead
        for key in _made_keys(g, True):
            found |= self.keys.get(key, set())
        return sorted(found)


def _made_keys(g: _Group, asked: bool) -> set[tuple[str | None, str, str]]:
    """The keys a group is entered by (``asked`` False) or looks up (True) so that a verb
    and "the" noun made from it (:func:`_named_back`) meet, each way round."""
    verbs = {
        ("verb", _stem(m.trigger.lemma_.lower())) for m in g.mentions if m.trigger.pos_ == "VERB"
    }
    nouns = {("noun", s) for m in g.mentions if _pointer(m.trigger) for s in _noun_stems(m.trigger)}
    if asked:
        verbs, nouns = {("noun", s) for _, s in verbs}, {("verb", s) for _, s in nouns}
    return {(ANY, kind, s) for kind, s in verbs | nouns}


def _factuality(g: list[_Mention]) -> str:
    """The event's certainty argued from its mentions: it happened if any mention says
    so (asserted when the article says it, reported when only a quote does); else
    planned if any mention plans it ("a hypothetical "if there is a meeting" does not
    make the planned meeting hypothetical"), else hypothetical, else negated. A
    tenseless noun ("before the election", :func:`_tenseless`) says nothing of it when
    others do."""
    said = {m.factuality for m in g if not _tenseless(m)} or {m.factuality for m in g}
    if said & ACTUAL:
        return ASSERTED if ASSERTED in said else REPORTED
    for reading in (PLANNED, HYPOTHETICAL):
        if reading in said:
            return reading
    return NEGATED


YEAR = re.compile(r"\b\d{4}\b|'\d{2}\b")
WEEK = timedelta(days=7)
MONTH = re.compile(  # "March 2", "Nov. 3", not "a decade"
    r"\b(?:" + "|".join(MONTH_NAMES + [m[:3] for m in MONTH_NAMES] + ["sept"]) + r")\b",
    re.IGNORECASE,
)


def _when(
    g: list[_Mention], factuality: str, published: date | None, headline: int = 0
) -> TimeValue | None:
    """The event's time: the first its mentions give. A planned event is still to come
    when the article is published: a date before that gives way to a later one of
    another mention, and a month and day the text gives without a year ("on March 2"
    in an April article, read as this year's, or from a mention first taken as done)
    is their next one after the publication date. A date inside a quote counts from
    when it was said, which may be days before the article: one within the week
    before it stays."""
    dated = [m for m in g if m.time is not None]
    if dated and dated[0] is not g[0] and _opens(g[0], headline):
        # the news the article opens with, undated: a past its body recalls with a year
        # ("In 2008, Klitschko stopped Thompson in the 11th round" of a story on this
        # week's rematch) is not its date, though the mention joined its group
        dated = [m for m in dated if not _recalled(m, published)]
    if not dated:
        return None
    first = dated[0].time
    assert first is not None
    if factuality != PLANNED or published is None or first.start is None or first.end is None:
        return first
    if first.end >= published - (WEEK if dated[0].quoted else timedelta(0)):
        return first
    ahead = [
        m.time
        for m in dated
        if m.time is not None and m.time.end is not None and m.time.end >= published
    ]
    if ahead:
        return ahead[0]
    if YEAR.search(first.text) or not MONTH.search(first.text):
        return first  # "the vote planned for March 2019": the text says when
    years = 1
    while _years_on(first.end, years) < published:
        years += 1
    start, end = _years_on(first.start, years), _years_on(first.end, years)
    return replace(first, start=start, end=end)


MONTH_DAYS = timedelta(days=27)  # a date this long or longer is a month or a year
LEAD_ARGUMENTS = {"nsubj", "nsubjpass", "dobj"}
LEAD = 8  # words of a lead sentence at least: datelines and bylines have fewer


def _opens(m: _Mention, headline: int) -> bool:
    """Whether a mention is told in the headline (text before ``headline``, else the
    text's first line when it ends no sentence) or is the main predicate of the first
    sentence after it, or its subject or object: the news the article reports."""
    t = m.trigger
    headline, first = _headline_and_lead(t.doc, headline)
    if t.idx < headline:
        return True
    if first is None or t.sent.start > first.start:
        return False
    if t.sent.start < first.start:  # a headline line below a dateline the title holds
        return True
    # in the lead, its main predicate or the predicate's subject or object: "plans to end
    # the EU's arms embargo" leads with the ending, the embargo is what it ends
    return t.dep_ == "ROOT" or t.head.dep_ == "ROOT" and t.dep_ in LEAD_ARGUMENTS


def _headline_and_lead(doc: Doc, headline: int) -> tuple[int, Span | None]:
    """Where the headline of :func:`_opens` ends and the lead sentence after it, read
    once per document and ``headline`` and kept in its ``user_data``: ``Doc.text`` joins
    every token's text and ``Doc.sents`` makes every sentence anew on each asking, once
    per dated event of the article (1.0 of 1.6 s of events on a 128k-character one)."""
    kept = doc.user_data.setdefault("kg_lead", {})
    if headline in kept:
        return kept[headline]
    given = headline
    text = doc_text(doc)
    if not headline:  # untitled: a first line with no sentence end is the headline
        line = text.lstrip()
        end = line.find("\n")
        if end > 0 and not line[:end].rstrip().endswith((".", "!", "?", '"', "”")):
            headline = len(text) - len(line) + end
    # the lead: the first sentence after the headline long enough to tell news, not a
    # dateline or byline ("Updated: July 7, 2012, 10:04 PM"); the parser may run an
    # unpunctuated headline into it
    first = next(
        (s for s in doc.sents if s[0].idx >= headline and sum(w.is_alpha for w in s) >= LEAD),
        None,
    )
    kept[given] = headline, first
    return headline, first


def _recalled(m: _Mention, published: date | None) -> bool:
    """Whether a mention is a past the text recalls by a month or a year it names: a
    clause the date places ("DeGeneres hosted the Academy Awards in 2007", "a quake
    killed 26,000 in December 2003"), long before the article (:data:`PAST`) when its
    date is known. Not a day ("on April 30, 2008"), as news is dated, nor a noun whose
    own phrase holds the year ("the 2005 murder"), which points back at the news."""
    t = m.time
    if t is None or t.start is None or t.end is None or not NAMED_YEAR.search(t.text):
        return False
    if t.end - t.start < MONTH_DAYS:  # "on April 30, 2008": a day is how news is dated
        return False
    if m.trigger.pos_ != "VERB" and any(NAMED_YEAR.search(w.text) for w in m.trigger.subtree):
        return False
    return published is None or t.end < published - PAST


def _years_on(day: date, years: int) -> date:
    """The same day of the month ``years`` later (February 29 becomes the 28th)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _event_lemma(trig: Token, words: Collection[tuple[str, str]]) -> str:
    """The lemma an event is told by: a title-case headline's verb is the lexicon's verb
    it is a form of, which the parse left as written ("Paintings Stolen In Museum
    Raid" steal, "Rovers Won Cup" win, "Mayor Fled City" flee), and a verb the parser
    split at its prefix is the whole word ("co-ordinate", "re-record", never "co" or
    "re"): the graph's trigger lemma, and the links that compare lemmas across
    articles, read the act, not its spelling."""
    lemma = trig.lemma_.lower()
    if trig.lower_ in PREFIXES:
        return _hyphened_lemma(trig, range(_word_start(trig), _word_end(trig) + 1))
    if ("VERB", lemma) in words:
        return lemma
    verbs = sorted(_base(trig, words) - {lemma})
    return verbs[0] if verbs else lemma


def to_event(
    g: list[_Mention],
    document: Document,
    words: Collection[tuple[str, str]] = (),
    held: Collection[int] = (),
) -> Event:
    """The event a group of mentions (sorted by position) makes: one type for the
    group (:func:`~kg.taxonomy.pick_type`), its trigger the mention of that type with
    most participants, then a time. ``held``: the words other events of the article
    are told by, which this one's title does not borrow."""
    kind = pick_type(m.type for m in g)
    # a mention that joined another word of the group ("began" of "the strike the dockers
    # began", "killing" of "a quake struck, killing 12") tells that word's event: the
    # word is the trigger, whatever the joiner's participants
    told = {m.trigger.i for m in g}
    # "Python 3.5 was released" tells the release, not "to be released" awaited before
    done = {m.trigger.lemma_ for m in g if m.trigger.pos_ == "VERB" and _mode(m) == "actual"}
    done = done if _factuality(g) in ACTUAL else set()
    best = max(
        g,
        key=lambda m: (
            m.type == kind,
            m.joins is None or m.joins.i not in told,
            m.trigger.lemma_ not in done or m.factuality in ACTUAL,
            len(m.participants),
            m.time is not None,
            -m.trigger.i,
        ),
    )
    trig = best.trigger
    ev = Event(
        id=f"{document.id}/{trig.idx}-{trig.idx + len(trig.text)}",
        type=kind,
        trigger=exact(document, trig.idx, trig.idx + len(trig.text), trig.idx),
        lemma=_event_lemma(trig, words),
        mentions=[
            exact(document, m.trigger.idx, m.trigger.idx + len(m.trigger.text), m.trigger.idx)
            for m in g
        ],
        factuality=_factuality(g),
        sources=[document.id],
        ongoing=any(m.ongoing for m in g),
    )
    ev.time = _when(g, ev.factuality, document.published, _headline_end(document))
    ev.title = title(g, kind, ev.factuality, words, held)
    ev.summary = _sentence(span_text(sentence_of(best.trigger)))
    seen: set[tuple[str, str]] = set()
    headline = _headline_end(document)
    for m in g:
        undergoes = _headline_undergoer(m, headline)  # "Jackson arrested": the one arrested
        for p in m.participants:
            if undergoes and p.role == "agent":
                p = replace(p, role="patient")
            if (p.actor, p.role) not in seen:
                seen.add((p.actor, p.role))
                ev.participants.append(p)
        ev.place = ev.place or m.place
        ev.instruments += [exact(document, s, e) for s, e in m.instruments]
    return ev


PRONOUNS = {
    "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "me", "his",
    "its", "their", "our", "my", "your", "this", "that", "these", "those", "who", "which",
}  # fmt: skip
MODALS = {"may", "might", "could", "would", "should", "can", "will", "must"}
NOUN_PREPS = {"with", "between", "in", "on", "against", "over", "at", "of", "to", "into", "from"}
# "from": who or where an act comes from ("performances from artists including H.E.R.",
# "withdrawal from Syria"), which a bare "Outstanding performances" never says
CLAUSE_PREPS = NOUN_PREPS | {
    "for",
    "by",
    "near",
    "across",
    "through",
    "off",
    "out",
    "without",
    "as",  # "worked as a liaison to foreign journalists", never "worked to foreign journalists"
    "along",  # "was walking along Station Street", the way a move took
    "around",
    "toward",
    "towards",
    "onto",
    "outside",  # "gathered outside the parliament building", where it happened, never
    "inside",  # a bare "Hundreds of farmers gathered"
    "behind",
    "beside",
    "beyond",
    "above",  # "was pumping above its quota of 948,000 barrels", a level against a bar,
    "below",  # never a bare "Kuwait was pumping" (Reuters)
}
TARGET_PREPS = {"on", "against", "with", "into", "to"}
TITLE_WORDS = 12


def _title_size(subject: str) -> int:
    """The words a title's subject takes of its room: a style before a surname ("Ms
    Kovac", kept so since a style says whose surname it is) takes none, so the act is
    told as fully as it was for "Kovac"."""
    words = subject.split()
    return len(words) - (len(words) > 1 and words[0].lower() in HONORIFICS)


OBJECTS = {"dobj", "pobj", "dative", "nsubjpass"}
WHEN = re.compile(
    r"^(?:(?:on|in|by|last|next|this|early|late) )?(?:\d|next|this|last|today|tomorrow|"
    r"tonight|[A-Z][a-z]+day\b|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|spring|summer|autumn|fall|winter)[A-Za-z0-9 ,]*$"
)
UNDERGONE = {"Death", "Resignation", "Movement", "Appointment", "Election"}  # "Death of X"
NAMED_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")  # a time that names its year


def _pronoun(word: str) -> bool:
    """Whether a title's first word is a pronoun ("He", "they"; not "US")."""
    return word.lower() in PRONOUNS and not word.isupper()


def _names(g: list[_Mention], roles: set[str], unlike: str | None = None) -> list[str]:
    """The actors of a group in these roles, in order of mention."""
    out: list[str] = []
    for m in g:
        for p in m.participants:
            if p.role not in roles or not p.actor or is_pronoun(p.actor):
                continue  # an unresolved "we" or "she": no "vote with she"
            if p.actor not in out and p.actor != unlike:
                out.append(p.actor)
    return out


def _span(head: Token) -> list[Token]:
    """A phrase without the clauses hung on it ("the Treasury, where she ran …" is
    "the Treasury")."""
    cut = {
        t.i
        for c in head.subtree
        if c.dep_ in {"relcl", "acl", "advcl", "ccomp", "appos", "parataxis"}
        and c != head
        and not _plan_of(c, head)
        and not _plans_content(c, head)
        for t in c.subtree
    }
    cut -= _object_read_as_subject(head)
    tokens = [t for t in head.subtree if t.i not in cut]
    while tokens and (
        tokens[-1].is_punct
        or tokens[-1].dep_ in {"cc", "mark", "neg"}
        or (tokens[-1].dep_ == "prep" and any(c.i in cut for c in tokens[-1].children))
    ):  # "negotiators, not [a summit]": the denied part was cut off; "a fight over
        tokens.pop()  # [whether …]": a preposition without its object says nothing
    return tokens


def _object_read_as_subject(head: Token) -> set[int]:
    """The words of a verb's object the parser read as the subject of a participle
    after it ("decided to baffle [reporters] coming back to work"): a clause cut whole
    would take the object with it ("to baffle"), so its subject stays."""
    kept: set[int] = set()
    for verb in head.subtree:
        if verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
            continue
        for c in verb.children:
            if c.dep_ != "ccomp" or c.tag_ != "VBG" or c.i < verb.i:
                continue
            subj = next((s for s in c.children if s.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ == "NOUN" and subj.left_edge.i == verb.i + 1:
                kept |= {t.i for t in subj.subtree}
    return kept


def _plan_of(clause: Token, head: Token) -> bool:
    """Whether a clause is the "to" clause a plan noun is a plan of ("plans [to build a
    stadium]", "the decision [to withhold aid]"): part of the phrase, as the noun alone
    tells nothing."""
    return (
        (clause.dep_ == "acl" or _infinitive_read_relative(clause))
        and clause.head == head
        and head.lemma_.lower() in PLAN_NOUNS
        and clause.tag_ == "VB"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
    )


def _plans_content(clause: Token, head: Token) -> bool:
    """Whether a clause is what a plan noun's "to" clause sees to ("orders to ensure
    [that all schools reopen]"): a verb of seeing-to says nothing without it, so
    "Trump signed orders to ensure" (a real page) lost what was ordered."""
    return (
        clause.dep_ == "ccomp"
        and clause.head.lemma_.lower() in SEEN_TO
        and _plan_of(clause.head, head)
    )


SEEN_TO = word_list("ensure guarantee ascertain verify confirm")


def _infinitive_read_relative(clause: Token) -> bool:
    """Whether the parser made a noun's "to" clause a relative clause ("announced a
    multi-year deal [to sell] cloud services to Chevron", web page): with no relative
    word and no subject of its own it completes the noun as the "acl" it is, so the
    deal's maker is the seller ("Microsoft to sell …", never "Selling cloud services")."""
    return clause.dep_ == "relcl" and not any(
        c.dep_ in {"nsubj", "nsubjpass"} or c.lower_ in RELATIVE for c in clause.children
    )


def _stranded_purpose(noun: Token) -> Token | None:
    """The "to" clause right after a bare event noun that the parser hung on the verb
    above the noun's preposition ("join us in a march [to mark the anniversary]"), which
    tells what the noun was for (:func:`_purpose_of`); None when there is none."""
    if noun.dep_ != "pobj" or noun.right_edge.i != noun.i:
        return None
    verb = noun.head.head
    return next(
        (
            c
            for c in verb.children
            if c.left_edge.i == noun.i + 1 and _purpose_of(c, verb) and c.dep_ == "advcl"
        ),
        None,
    )


def _purpose_of(clause: Token, head: Token) -> bool:
    """Whether a clause is the "to" clause that says what an event noun with no phrase
    of its own is for ("a march [to mark the anniversary of the line's closure]", "a
    rally [to demand fair pay]"): the one thing that tells a reader which march it
    was, where "March" alone tells nothing (issue 19's one-word titles)."""
    return (
        clause.dep_ in {"acl", "advcl", "relcl"}
        and clause.head == head
        and clause.i > head.i
        and clause.tag_ == "VB"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)
    )


KIN = word_list(
    "husband wife son daughter father mother brother sister nephew niece uncle aunt "
    "parent child grandson granddaughter grandmother grandfather partner fiancé fiancée "
    "widow girlfriend boyfriend cousin family"
)  # a person told by whose they are: "his wife" is no "wife"


def _phrase(
    tokens: list[Token],
    owner: str | None,
    other: str | None = None,
    context: str = "",
    said: Token | None = None,
) -> str:
    """The words of a phrase, a pronoun among them told by the name it stands for: a
    possessive by ``owner`` ("his death" -> "Morton's death"), an object by ``other``
    ("meet with them" -> "meet with Iran"); "" when it cannot be told. A possessive
    whose owner is already in ``context`` (the headline so far) is left out. ``said``,
    what the headline's subject announced it will do, is told as its plans: "Italy
    announced plans to reopen borders", no "it" left in a title."""
    words: list[tuple[int, str]] = []  # each token's words, so a part can be cut off
    plan = (
        said is not None
        and owner
        and any(s.dep_ == "nsubj" and s.pos_ == "PRON" for s in said.children)
        and any(a.dep_ == "aux" and a.lower_ in {"will", "would", "'ll"} for a in said.children)
    )  # "announced that it will reopen its borders": "announced plans to reopen borders"
    dropped = -1
    again = _time_and_again(tokens)
    skipped = _but_cut(tokens) | again
    places = _places_told(tokens)
    for t in tokens:
        if t.i in skipped:
            continue
        if t.i in places:  # "in western parts of the town": "… of Saraqeb"
            noun, name = places[t.i]
            words.append((t.i, name + noun.whitespace_))
            skipped = skipped | {noun.i}
            continue
        if plan and t.head == said and (t.dep_ in {"nsubj", "mark"} or t.dep_ == "aux"):
            if t.dep_ == "aux":
                words.append((t.i, "plans to "))
            continue
        if t.i == dropped + 1 and t.lower_ == "own":
            continue  # "with their own choir": "with the choir", never "with own choir"
        if t.pos_ == "PRON" and t.lower_ in PRONOUNS and not t.ent_type_:  # "Save Our
            # Country" is a name
            if t.dep_ == "poss" and owner and owner not in context:
                so_far = " ".join(w for _, w in words)  # "Gavin Newsom and [his] family":
                if owner.split()[-1] in so_far.split():  # the owner is named just before
                    context = f"{context} {owner}"
            if (
                t.dep_ == "poss"
                and owner
                and owner in context
                and t.lower_ in {"his", "her", "their"}  # not "my cousins": the speaker's
                and t.head.lemma_.lower() in KIN
            ):
                words.append((t.i, t.text_with_ws))  # "Macron attended a show with his wife": the
                continue  # subject's own, never "with wife"
            if t.dep_ == "poss" and (owner is None or owner in context):
                dropped = t.i
                if (  # "to house" is no English; "to the house" is
                    (t.head.tag_ == "NN" or _part_of(t.head))
                    and t.head.lemma_.lower() not in KIN  # "a woman and [her] daughter"
                    and t.head.dep_ != "conj"  # "the first lady and [their] son Barron"
                ):
                    own = owner is not None and _owners_word(t, owner)
                    words.append((t.i, t.text_with_ws if own else "the "))
                elif (
                    t.head.tag_ == "NNS"
                    and t.head.dep_ != "conj"
                    and t.i == tokens[0].i
                    and t.lower_ in {"his", "her", "its", "their"}  # "our clients" is the
                    # speaker's, no owner the title names
                    and (
                        _owners_word(t, owner)
                        if owner is not None
                        else t.head.dep_ in {"nsubj", "nsubjpass"}
                    )
                ):  # "Tim Henman won their doubles rubber" tells of a pair the title lost
                    own = owner is not None and _owners_word(t, owner)
                    words.append((t.i, t.text_with_ws if own else "the "))
                    # "Caeneus topped up its coffers", never "… topped up coffers"; "his
                    # powers were struck down", never "Powers …", a name to a reader
                continue  # "Labour to hold its conference": "hold the conference"
            name = owner if t.dep_ == "poss" else other if t.dep_ in OBJECTS else None
            if name is None and t.dep_ == "dobj" and t.i == tokens[0].i == tokens[-1].i:
                name = _thing_before(t)  # "shopped [it]": "shopped the memoir"
            if name is None and t.dep_ == "pobj" and t.head.i > tokens[0].i and t.head in tokens:
                # "a political fight over it": the phrase without what no one can tell
                gone = {x.i for x in t.head.subtree}
                words = [w for w in words if w[0] not in gone]
                skipped |= gone
                continue
            if name is None:
                return ""
            words.append((t.i, name + ("'s" if t.dep_ == "poss" else "") + t.whitespace_))
        elif _pointing_det(t) and t.head.i not in again:  # "Eckhardt won that race":
            # "that" points into the text; "dealt with this [time and time again]": "this"
            words.append((t.i, ("The" if t.text[0].isupper() else "the") + t.whitespace_))
        else:
            words.append((t.i, t.text_with_ws))
    while words and tokens and _bare_link(tokens[0].doc[words[-1][0]], {i for i, _ in words}):
        words.pop()  # "sparked a political fight over [when the nominee …]": the clause
        # cut, its "over" would leave the headline mid-phrase
    if words and tokens:  # "The Tory co[-chairman]": a word the tokenizer split at a
        # hyphen is told whole, never cut where the parser hung its halves apart
        last = tokens[-1]
        end = _word_end(last) if last.lower_ in PREFIXES or last.like_num else last.i
        words += [(k, last.doc[k].text_with_ws) for k in range(last.i + 1, end + 1)]  # not
        # "Tsunami[-hit countries]", where the noun is a word of its own
        if _word_start(tokens[0]) < tokens[0].i:  # "[re-]joined the campaign": the
            rest = _word_end(tokens[0])  # second half of a verb is no word of the phrase
            kept = [w for w in words if w[0] > rest]
            words = kept or words
    return "".join(w for _, w in words).strip()


def _owners_word(t: Token, owner: str) -> bool:
    """Whether a possessive the title's own name owns stays as written ("Tim Henman made
    his Davis Cup debut", never "made the Davis Cup debut"): a third person's, on the
    first word of its phrase, in the owner's number."""
    if t.lower_ not in {"his", "her", "its", "their"} or t.i != t.head.left_edge.i:
        return False
    if t.lower_ in {"his", "her"}:  # the title's name is no antecedent the resolver
        # gave: "Having received his full backing, Ms Okafor …" is another's backing
        return _one_owner(owner) and _owner_gender(owner) == ("m" if t.lower_ == "his" else "f")
    many = _many_owners(owner)
    if t.lower_ == "their":  # "The focus has shifted to their evolution": not its own
        return many is True  # "Tim Henman won their doubles rubber": a pair the title lost
    return many is not True


MANY_NOUNS = word_list("people men women children police staff crew")  # plurals, no -s


def _many_owners(name: str) -> bool | None:
    """Whether a title's name is of more than one, whom "their" fits and "its" does not:
    a row ("Sony, Microsoft and Nintendo") or a plural ("Protesters", "The Russian
    women"); not an acronym ("PBS") or a noun with no plural ending ("The focus"); None
    for a name of several words, whose "s" tells nothing ("United States")."""
    words = name.split()
    last = words[-1]
    if {"and", "&"} & set(words) or "," in name or last.lower() in MANY_NOUNS:
        return True
    if last.isupper():
        return False
    if len(words) > 1 and last[:1].isupper():
        return None
    return last.lower().endswith("s") and not last.lower().endswith(("ss", "us", "is"))


def _owner_gender(name: str) -> str | None:
    """The gender a title's name says: its style ("Ms Okafor") or a common first name."""
    first = name.split()[0].lower().rstrip(".")
    return GENDERED.get(first) or gender(first)


def _pointing_det(t: Token) -> bool:
    """Whether a word is a demonstrative on a thing ("won that race", "fill this void",
    "plans for this ban"): it points back into the article, which a title's reader has
    not read, so "the" says as much; never on a time ("this week" says when)."""
    head = t.head
    return (
        t.dep_ == "det"
        and t.lower_ in DEMONSTRATIVES
        and head.pos_ == "NOUN"
        and head.ent_type_ not in {"DATE", "TIME"}
        and head.lemma_.lower() not in TIME_NOUNS
        and (head.tag_ == "NNS") == (t.lower_ in {"these", "those"})  # "Accepting that
        # parents are …": a "that" before a plural opens a clause, whatever the parse
    )


def _one_owner(name: str) -> bool:
    """Whether a title's subject names one person or body, whom "their" does not fit:
    no row ("Sony, Microsoft and Nintendo") and no plural ("Protesters", "Groups")."""
    words = name.split()
    if {"and", "&"} & set(words) or "," in name or words[-1].endswith("s"):
        return False
    return all(w[:1].isupper() for w in words)  # a name; "The Russian women" are many


def _thing_before(pron: Token) -> str | None:
    """The thing an object "it" or "them" stands for: the nearest noun of its number
    before it in its sentence that is no one's subject here and no place or time
    ("publishers shied from his memoir when an Allen representative shopped [it]": the
    memoir). A verb told without its object ("An Allen representative shopped") says
    nothing; None when no such noun is found, or the pronoun is no thing's."""
    if pron.lower_ not in {"it", "them"}:
        return None
    many = pron.lower_ == "them"
    verbs = [pron.head]
    while (
        verbs[-1].dep_ == "conj"
        and verbs[-1].head.pos_ in {"VERB", "AUX"}
        and not children(verbs[-1], {"nsubj", "nsubjpass"})  # "forms can be handed in,
    ):  # and some will accept them by fax": the forms, a subject "accept" never shared
        verbs.append(verbs[-1].head)  # "The broadcaster planned …, but changed it": the
        # subject the verbs share is no thing it stands for
    subjects = {
        t.i
        for verb in verbs
        for c in verb.children
        if c.dep_ in {"nsubj", "nsubjpass"}
        for t in c.subtree
    }  # "an agent for the author shopped it": never the author
    for t in reversed(pron.doc[pron.sent.start : pron.i]):
        if t.pos_ != "NOUN" or t.i in subjects or t.ent_type_ in {"DATE", "TIME"}:
            continue
        if t.dep_ not in {"dobj", "pobj", "nsubj", "nsubjpass"} or t.head.i > pron.i:
            continue
        if t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS | TIME_PREPS | {"to", "into"}:
            continue
        if (t.tag_ == "NNS") != many:
            return None  # the nearest thing is of the other number: no guess
        gone = {x.i for c in t.children if c.dep_ in {"det", "poss", "predet"} for x in c.subtree}
        words = [w for w in t.doc[t.left_edge.i : t.i + 1] if w.i not in gone and not w.is_quote]
        return " ".join(["the", "".join(w.text_with_ws for w in words).strip()])  # "the
        # ill-judged comment", its words as written, never "his"
    return None


def _but_cut(tokens: list[Token]) -> set[int]:
    """The words after a "but" that joins two of a phrase's words ("emerge from the talks
    [but attacks and attempts]"): what follows is another thought, often the next
    clause's subject the parser hung on the noun, and a headline run across it is no
    English. A "not X but Y" keeps its "but", which says what it is."""
    inside = {t.i for t in tokens}
    cut: set[int] = set()
    for t in tokens:
        if t.dep_ != "cc" or t.lower_ != "but" or t.i in cut:
            continue
        if any(x.lower_ in {"not", "only", "n't"} and x.i < t.i for x in tokens):
            continue
        joined = [c for c in t.head.children if c.dep_ == "conj" and c.i > t.i]
        if not joined or any(c.pos_ not in {"NOUN", "PROPN", "VERB"} for c in joined):
            continue  # "innovative but potentially risky schemes": one thing, told whole
        cut.add(t.i)
        if t.i - 1 in inside and t.doc[t.i - 1].is_punct:
            cut.add(t.i - 1)  # "pointing out the mistake[,] but …"
        for c in joined:
            cut |= {x.i for x in c.subtree if x.i in inside}
    return cut


def _bare_link(t: Token, kept: set[int]) -> bool:
    """Whether a phrase's last word is a preposition, a conjunction or a "that" whose
    words were all cut: nothing after it, it only says the phrase ends too soon."""
    if t.dep_ not in {"prep", "cc", "mark"}:
        return False
    return not any(x.i in kept for x in t.subtree if x != t)


PREFIXES = word_list("co re e ex pre non anti post pro vice self mid semi sub de u x")  # the
# first halves of hyphened words that are no words alone ("co-chairman", "e-University")


def _piece_of(t: Token, first: Token) -> bool:
    """Whether a token is the hyphen or a later half of the hyphened word ``first`` opens
    ("e[-cigarettes]")."""
    return first.i < t.i <= _word_end(first) and _word_start(first) == first.i


def _letters(left: Token, right: Token) -> bool:
    """Whether two pieces of a hyphened word meet in letters or digits ("co-chairman",
    not "U.S.-backed"), the hyphened words a title tells whole."""
    return left.text[-1:].isalnum() and right.text[:1].isalnum()


def _word_end(t: Token) -> int:
    """The last token of the hyphened word ``t`` sits in (:func:`hyphen_run`)."""
    run = hyphen_run(t, _letters)
    return t.i if run is None else run.end - 1


def _word_start(t: Token) -> int:
    """The first token of the hyphened word ``t`` sits in (:func:`hyphen_run`)."""
    run = hyphen_run(t, _letters)
    return t.i if run is None else run.start


def _hyphened_lemma(trig: Token, pieces: range) -> str:
    """The verb a title writes for a trigger the parser took from a prefix ("The PCS
    will co-ordinate any action" parsed with "co" as the verb, "-ordinate" hung below
    it): the prefix joined to the last piece's lemma ("co-ordinate", "re-elect"), never
    the bare "co" ("PCS to co any industrial action"); other words their own lemma."""
    lemma = trig.lemma_.lower()
    if trig.lower_ not in PREFIXES or pieces.start != trig.i or pieces.stop - 1 <= trig.i:
        return lemma
    doc = trig.doc
    return doc[trig.i : pieces.stop - 1].text.lower() + doc[pieces.stop - 1].lemma_.lower()


def _whole_word(t: Token) -> str:
    """The hyphened word ``t`` sits in as the text writes it ("re-joined")."""
    return t.doc[_word_start(t) : _word_end(t) + 1].text


SHARES = word_list("some many most all each both several none any few part half rest")
MULTITUDES = word_list("dozens scores hundreds thousands millions")  # "dozens of employees"


def _part_of(noun: Token) -> bool:
    """Whether a noun is the whole a count or share is taken from ("one of [his] golf
    resorts", "two of [their] first three games"): without its possessive it needs
    "the", never "one of golf resorts"."""
    of = noun.head
    whole = of.head
    return (
        noun.dep_ == "pobj"
        and of.lower_ == "of"
        and (whole.like_num or whole.lower_ in SHARES or whole.pos_ == "NUM")
    )


def _subject(m: _Mention, g: list[_Mention]) -> str | None:
    """Who the headline is about (:func:`_read_subject`), without the words of a line
    before the trigger's own that the parser hung on it ("By Sarah Jones⏎Police
    arrested …" is "Police", never "Sarah Jones Police")."""
    found = _read_subject(m, g)
    trig = m.trigger
    counted = _count_head(trig, found) or _adjective_subject(trig, found)
    if counted is not None:  # "a million people entered Europe and 4,000 drowned":
        found = counted  # "4,000 people drowned", never a bare "4,000 drowned"
    if found is not None and found.lower() in SHARES | {"others"}:
        whole = _share_whole(trig)  # "Several have reimposed some limits": several what?
        if whole is not None:
            found = f"Other {whole}" if found.lower() == "others" else f"{found} {whole}"
    start = _line_start(trig)
    if found is None or start == sentence_of(trig).start:
        return found
    words = trig.doc[trig.sent.start : start].text.split()
    said = found.split()
    for k in range(len(words)):  # the longest tail of the earlier line the subject opens on
        tail = words[k:]
        if said[: len(tail)] == tail and len(said) > len(tail):
            return " ".join(said[len(tail) :])
    return found


COLLECTIVES = word_list("family household couple group team crew unit")  # "300 families
# left and 120 drowned": 120 people, never 120 families
COUNT_ADJECTIVES = word_list("new fresh more additional further daily total")


def _adjective_subject(trig: Token, found: str | None) -> str | None:
    """The subject a sentence opens with when the parser read its first adjective as
    the subject and the participle after it as the verb ("New confirmed and presumptive
    cases of COVID-19 have reached a record high": "New" confirmed, and the cases the
    object): the words up to the plural noun they describe, with its "of" phrase when
    short, so a title never reads "New has reached a record high". None for any other
    subject."""
    if found is None or found.lower() not in COUNT_ADJECTIVES:
        return None
    verb = trig.head if trig.dep_ == "conj" else None
    if verb is None or verb.tag_ not in {"VBD", "VBN"} or verb.i > trig.i:
        return None
    subj = next((c for c in children(verb, {"nsubj"}) if c.i == verb.i - 1), None)
    if subj is None or subj.text != found or subj.i != sentence_of(trig).start:
        return None
    noun = next(
        (t for t in trig.doc[verb.i + 1 : trig.i] if t.tag_ == "NNS" and t.dep_ == "dobj"), None
    )
    if noun is None or any(t.pos_ in {"AUX", "PUNCT"} for t in trig.doc[verb.i : noun.i]):
        return None
    whole = trig.doc[subj.i : noun.right_edge.i + 1].text
    return whole if len(whole.split()) <= SUBJECT_ROOM else trig.doc[subj.i : noun.i + 1].text


SUBJECT_ROOM = 6  # "New confirmed and presumptive cases [of flu]": longer leaves the
# predicate no room, and a title cut to fit reads the parse's row ("New confirmed have …")


def _count_head(trig: Token, found: str | None) -> str | None:
    """A bare number subject told with the noun the sentence counted before it ("more
    than a million people entered Europe and 4,000 drowned": "4,000 people"; "Python
    3.5, 3.6 and 3.7 were released and 3.8 was scheduled": "Python 3.8"), which the
    writer left out as said: a title alone reads "4,000 drowned" as a count of nothing.
    None when the subject is no bare number, or no number before it counts a noun."""
    if found is None or not re.fullmatch(r"[\d][\d,.]*", found):
        return None
    subj = next(
        (c for c in children(trig, {"nsubj", "nsubjpass"}) if c.text == found and c.like_num),
        None,
    )
    if subj is None or any(c.dep_ not in {"quantmod", "advmod"} for c in subj.children):
        return None
    sent = sentence_of(trig)
    for n in reversed(sent[: subj.i - sent.start]):
        if not n.like_num or n.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT"}:
            continue
        head = n.head
        if n.dep_ != "nummod" or head.pos_ not in {"NOUN", "PROPN"}:
            continue
        if head.i > n.i and head.tag_ == "NNS" and head.lemma_.lower() not in COLLECTIVES:
            return f"{found} {head.text}"  # "4,000 people"
        if head.i < n.i and head.pos_ == "PROPN":
            return f"{head.text} {found}"  # "Python 3.8"
        return None
    return None


WRITERS_PAGE = "kg_writers_page"  # doc.user_data: the page is told in its writer's voice
QUOTED = "kg_quoted_tokens"  # doc.user_data: the tokens inside quotation marks, read once
WRITER = "The writer"


def _writer_told(trig: Token) -> str | None:
    """Who did an act a blog post or column tells as its writer's own ("I opened a
    ticket and created a pull request with the fix", "In November 2017, I landed a
    test harness feature"): "The writer", not the agentless "A ticket was opened" the
    judges could not tell anyone's. Only the narrator's "I" outside quotation marks on
    a page read as told in its writer's voice (:func:`kg.extract.genre.page_genre`); a
    quoted "I" is its speaker's, and a report's "I" is someone's it quotes. None
    otherwise (a "we" may be a team, a firm or a country)."""
    doc = trig.doc
    if not doc.user_data.get(WRITERS_PAGE):
        return None
    verb = trig
    while verb.dep_ == "conj" and not any(c.dep_ in SUBJECTS for c in verb.children):
        verb = verb.head  # "I dropped out of college and accepted the job"
    subj = next((c for c in verb.children if c.dep_ in SUBJECTS), None)  # "I was hired"
    if subj is None or subj.lower_ != "i" or subj.text != "I":
        return None
    quoted = doc.user_data.get(QUOTED)
    if quoted is None:
        quoted = doc.user_data[QUOTED] = frozenset(_quoted(doc))
    if subj.i in quoted or trig.i in quoted:
        return None
    if INTERVIEWEE not in doc.user_data:
        doc.user_data[INTERVIEWEE] = _interviewee(doc)
    answering = doc.user_data[INTERVIEWEE]
    return WRITER if answering is None else answering or None


QUESTION_WORDS = 25  # "How would you summarize your career (so far) in a single sentence?"
INTERVIEWEE = "kg_interviewee"  # doc.user_data: who answers a page's questions ("" none)


def _interviewee(doc: Doc) -> str | None:
    """Who speaks as "I" on a page of questions put to "you" (a blog's interview:
    "What was your first job in tech?" then "I learned Java/JSP …"): the one person the
    page names in full before its first question and tells of again ("Erin
    Spiceland is a Software Engineer … Erin didn't finish college"), whose answers
    they are, never the writer's. None for a page
    that asks no such questions (the "I" is the writer's); "" for one whose answerer
    the page does not name once and only once (no one can be told)."""
    asked = [
        line.start()
        for line in re.finditer(r"(?m)^[^\n]*\?[ \t]*$", doc.text)
        if len(line.group().split()) <= QUESTION_WORDS
        and re.search(r"\byour?\b", line.group(), re.IGNORECASE)
    ]
    if len(asked) < 2:
        return None
    before = doc.text[: asked[0]]
    names = {  # "Erin Spiceland is …, Erin didn't finish college": the one told of again
        e.text
        for e in entities(doc)
        if e.label_ == "PERSON"
        and len(e) > 1
        and e.start_char < asked[0]
        and len(re.findall(rf"\b{re.escape(e[0].text)}\b", before)) > 1
    }
    return next(iter(names)) if len(names) == 1 else ""


def _plural_form(t: Token) -> bool | None:
    """Whether a subject noun or a finite verb form is plural; None when its form does
    not say ("had", "could")."""
    if t.pos_ in {"NOUN", "PROPN"}:
        return t.tag_ in {"NNS", "NNPS"} or t.lower_ in PLURAL_NOUNS
    if t.lower_ in SINGULAR_AUX or t.tag_ == "VBZ":
        return False
    if t.lower_ in PLURAL_AUX or t.tag_ == "VBP":
        return True
    return None


def _infinitive_owner(trig: Token) -> Token | None:
    """The noun whose infinitive the parser took a verb for the complement of ("the
    decision to hold the suspects was upheld", "court orders to allow parental access
    were defied"): the verb's subject disagrees with it in number where the noun the
    infinitive hangs on agrees, so the noun is what was upheld, never "The suspects was
    upheld". None for any other verb ("plans to ensure the rules are kept")."""
    inf = trig.head
    if trig.dep_ != "ccomp" or inf.dep_ != "acl" or inf.tag_ != "VB" or inf.i > trig.i:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children):
        return None
    noun = inf.head
    subj = next((c for c in trig.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if noun.pos_ not in {"NOUN", "PROPN"} or subj is None or subj.pos_ not in {"NOUN", "PROPN"}:
        return None
    finite = next(iter(_auxiliaries(trig)), trig)
    number = _plural_form(finite)
    if number is None or _plural_form(subj) == number or _plural_form(noun) != number:
        return None
    return noun


def _row_words(row: Span) -> list[Token]:
    """A row of subjects without the relative clauses on its members ("The Smith family,
    which has a 19.5 pct stake, and the management group, which has 5.4 pct, have
    agreed"): what the clauses say of each is no part of who did it, and a row told
    with them is too long for a title, which then named the first alone ("The Smith
    family have agreed")."""
    start, end = row.start, row.end
    cut: set[int] = set()
    for t in row:
        if t.dep_ == "relcl" and start <= t.head.i < end:
            cut |= {x.i for x in t.subtree}
            before = t.left_edge.i - 1
            if before >= start and row.doc[before].text == ",":
                cut.add(before)  # the comma that opens the clause; the one after it stays,
            after = t.right_edge.i + 1  # but before "and": "The Smith family and the group"
            if after + 1 < end and row.doc[after].text == "," and row.doc[after + 1].dep_ == "cc":
                cut.add(after)
    words = [t for t in row if t.i not in cut]
    while words and words[-1].text in ROW_MARKS:  # a closing quote stays: "“The Crown”"
        words.pop()
    marks = [t.text in ROW_MARKS for t in words]
    return [t for k, t in enumerate(words) if not (marks[k] and k and marks[k - 1])]


ROW_MARKS = {",", ";", "-", "–", "—"}  # the marks a row's cut clauses leave behind


def _shared_row(subj: Token) -> str | None:
    """A shared subject told with the subjects in a row with it, without their
    relative clauses (:func:`_row_words`); None when it stands alone. A second subject
    the parser hung on the verb after an "and" on the first is the row's too ("The
    Smiths, who own a fifth, and the managers have agreed")."""
    last = max((c.right_edge.i for c in subj.children if c.dep_ == "conj"), default=None)
    if last is None and any(c.dep_ == "cc" for c in subj.children):
        second = [c for c in subj.head.children if c.dep_ == subj.dep_ and c.i > subj.i]
        last = second[0].right_edge.i if second else None
    if last is None:
        return None
    last = max(  # "Reagan and former Senate leader Howard Baker": the parser hangs the
        [last] + [c.right_edge.i for c in subj.children if c.dep_ == "appos" and c.i > last]
    )  # name's last words on the first subject as an apposition
    return _row_phrase(subj.doc[subj.left_edge.i : last + 1])


def _fitted_row(
    subj: Token, head: Token, held: Collection[int], trig: Token
) -> tuple[str, str] | None:
    """The row a subject stands in (:func:`_shared_row`) with the predicate of ``head``
    told whole after it, when both fit a title; None otherwise."""
    row = _shared_row(subj)
    if not row:
        return None
    room = TITLE_WORDS - _title_size(row)
    predicate = _predicate(head, room=room, hold=Held(held, more={trig.i}))
    if predicate.endswith("…") or len(predicate.split()) > room:
        return None
    return row, predicate


def _row_phrase(row: Span, owner: str | None = None) -> str:
    """A row of subjects told without its members' relative clauses (:func:`_row_words`),
    the words between the cuts each told by :func:`_phrase`; "" when one cannot be."""
    words = _row_words(row)
    runs: list[list[Token]] = []  # the words between the cuts, each told on its own
    for t in words:
        if runs and runs[-1][-1].i == t.i - 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    told = [_phrase(run, owner) for run in runs]
    if not all(told):
        return ""
    return "".join(p if k == 0 or p[:1] in {",", ";"} else f" {p}" for k, p in enumerate(told))


def _share_whole(trig: Token) -> str | None:
    """The plural noun a bare share that is a verb's subject is a share of ("many states
    eased restrictions, but several have reimposed limits": several states; "dozens of
    hospitals closed wards and some turned patients away": some hospitals): the nearest
    plural subject before it in its sentence, or in the sentence before. None when no
    such noun is there, or when the share has words of its own ("some of the clubs")."""
    subj = next((c for c in trig.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or subj.lower_ not in SHARES | {"others"} or any(subj.children):
        return None
    doc, sent = trig.doc, sentence_of(trig)
    start = sent.start
    if start > 0:
        start = sentence_of(doc[start - 1]).start
    for t in reversed(doc[start : subj.i]):
        if t.dep_ not in {"nsubj", "nsubjpass"} or t.tag_ != "NNS":
            continue
        if t.lower_ in MULTITUDES:  # "dozens of hospitals": the hospitals
            of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            t = next((c for c in children(of, {"pobj"}) if c.tag_ == "NNS"), None) if of else None
            if t is None:
                return None
        return t.text if not t.ent_type_ else None
    return None


ANTECEDENT_WORDS = 9  # of a relative clause's noun with its phrases, for a title


def _antecedent_words(ante: Token, clause: Token) -> list[Token]:
    """The words of the noun a relative clause is about when the parser hung the clause
    on a noun of its phrase ("The restrictions on the entry of foreigners to Russia,
    which were put in place through April 30"): the noun with the phrases up to the
    clause, which say which one ("The restrictions were put in place" said not which);
    the noun alone when words before it say which ("the vast Ridge fire"), for a
    person, or when those phrases are long or hold more than phrases of it (an
    apposition, a comma)."""
    doc = ante.doc
    own = list(doc[ante.left_edge.i : ante.i + 1])
    if any(c.lower_ in {"who", "whom", "whose"} for c in clause.children):
        return own  # "the driver of the bus who stopped …": a person is told by the noun
    if any(t.dep_ != "det" for t in own[:-1]):
        return own  # "the vast Ridge fire": its own words say which, and leave the act room
    end = clause.left_edge.i
    while end > ante.i + 1 and doc[end - 1].is_punct:
        end -= 1
    phrases = {t.i for c in ante.children if c.dep_ == "prep" and c.i > ante.i for t in c.subtree}
    after = list(doc[ante.i + 1 : end])
    if not after or len(own) + len(after) > ANTECEDENT_WORDS:
        return own
    if any(t.i not in phrases or t.is_punct for t in after):
        return own
    if own[0].lower_ == "the":  # "Restrictions on the entry of …", as a headline opens,
        own = own[1:]  # leaves the verb room
    return own + after


def _came_after(trig: Token) -> Token | None:
    """The subject of the clause an "only to" infinitive follows ("The team took the
    lead, only to lose 3-1"): who did what came next, told as done. None for any other
    verb, or when that subject is a pronoun. The parser may hang the infinitive on the
    clause's object ("the magazine defended its decision only to reverse course"): the
    clause is that object's verb."""
    clause = trig.head
    if trig.dep_ == "acl" and clause.dep_ == "dobj":
        clause = clause.head  # "defended its decision only to reverse course"
    elif trig.dep_ != "advcl":
        return None
    if trig.tag_ != "VB" or clause.pos_ != "VERB":
        return None
    marks = {c.lower_ for c in trig.children if c.i < trig.i and c.dep_ in {"advmod", "aux"}}
    if not {"only", "to"} <= marks:
        return None
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subj if subj is not None and subj.pos_ != "PRON" else None


def _fronted_owner(trig: Token, subj: Token | None) -> str | None:
    """The owner a "he" or "she" stands for when a phrase before it in its own clause
    names one ("In an FBI agent's unsworn testimony, he describes arresting a man"):
    the nearest person a reader takes it for, where the resolver may give a name from a
    byline or a tweet's credit line. None for any other subject."""
    pron = subj if subj is not None else _shared_subject(trig, pronouns=True)
    if pron is None or pron.lower_ not in {"he", "she"} or pron.i > trig.i:
        return None
    verb = pron.head
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > pron.i:
            continue
        for obj in children(prep, {"pobj"}):
            owner = next((c for c in obj.children if c.dep_ == "poss"), None)
            if owner is not None and owner.pos_ == "NOUN" and owner.tag_ == "NN":
                words = [w for w in trig.doc[owner.left_edge.i : owner.i + 1] if w.dep_ != "det"]
                told = _phrase(words, None)  # "FBI agent", as a headline names one
                return told[:1].upper() + told[1:] if told else None
    return None


def _told_after(name: str, pron: Token, tokens: list[Token]) -> bool:
    """Whether a phrase names ``name`` after its owner pronoun ("the possible sale of
    its plants with prospective buyers"): a pronoun does not stand for what its own
    phrase names later, so the buyers are no owner of the plants ("Possible sale of
    prospective buyers's plants" read on Reuters), whatever the parse hung "with" on."""
    later = " ".join(t.lower_ for t in tokens if t.i > pron.i)
    return f" {name.lower()} " in f" {later} "


def _governed(name: str, pron: Token) -> bool:
    """Whether a pronoun subject or owner governs a name written like ``name`` as its
    object or partner ("it was forced to sell Lo-Vaca Gas Gathering Co", "its
    negotiations with Antibioticos SA"): the pronoun never stands for that name,
    whichever participant the roles gave (see :func:`governed`)."""
    for o in governed(pron):
        held = entity_at(o.doc, o.i)
        if held is None:
            continue
        text = o.doc[held[0] : held[1]].text
        if len(text) > 2 and (name in text or text in name):
            return True
    return False


UNNAMED_DOERS = word_list("someone somebody anyone anybody")  # a doer left unnamed


GATHERING_WORDS = word_list("conference summit meeting congress convention forum festival expo")


def _held_after(trig: Token) -> Token | None:
    """The gathering a "held" set off by a comma right after it tells of ("the Game
    Developers Conference, held last week in San Francisco, famed director James
    Cameron revealed …"), which the parser hung on the main verb: BBC tech 396 titled
    it "Famed director James Cameron held in San Francisco". None for any other word."""
    doc = trig.doc
    if trig.lemma_.lower() != "hold" or trig.tag_ != "VBN" or trig.i < 2:
        return None
    if children(trig, {"nsubj", "nsubjpass", "aux", "auxpass"}) or doc[trig.i - 1].text != ",":
        return None
    noun = doc[trig.i - 2]
    return noun if noun.lemma_.lower() in GATHERING_WORDS else None


SEEN_VERBS = word_list("see witness experience suffer face endure")


def _seen_where(trig: Token) -> str | None:
    """Where a happening was seen, when a relative clause of its noun says it ("the
    violence we have seen in some cities over the past two nights"): "in some cities",
    which a bare "Violence" never says. None when no such clause gives a place."""
    for rel in trig.children:
        if rel.dep_ != "relcl" or rel.lemma_.lower() not in SEEN_VERBS:
            continue
        for c in rel.children:
            if c.dep_ == "prep" and c.lower_ in {"in", "at", "across"} and children(c, {"pobj"}):
                return trig.doc[c.i : c.right_edge.i + 1].text
    return None


LEAD_ARTICLES = word_list("a an the")  # dropped after "No", "Planned", "Possible"
LETTER_WORDS = word_list("letter note message memo email e-mail petition statement")
LETTER_ACTS = word_list("urge ask call demand press request warn invite tell appeal seek")


def _letter_sender(trig: Token) -> Token | None:
    """The sender of a letter an -ing clause tells the content of, when the parser hung
    the clause on the addressee ("members sent a letter to Egypt's ambassador urging
    Egypt to halt its harassment"): the letter urges, so its senders do, never the
    ambassador. None for any other verb (an act of asking or urging is what a letter
    tells), or a pronoun sender."""
    if trig.tag_ != "VBG" or trig.dep_ != "acl" or trig.lemma_.lower() not in LETTER_ACTS:
        return None  # "a letter to families waiting for homes": the families wait
    to = trig.head.head
    if trig.head.dep_ != "pobj" or to.lower_ != "to" or to.dep_ not in {"dative", "prep"}:
        return None
    verb = to.head if to.head.pos_ == "VERB" else to.head.head
    if verb.pos_ != "VERB" or not any(
        c.dep_ == "dobj" and c.lemma_.lower() in LETTER_WORDS for c in verb.children
    ):
        return None
    sender = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return sender if sender is not None and sender.pos_ != "PRON" else None


def _read_subject(m: _Mention, g: list[_Mention]) -> str | None:
    """Who the headline is about: the mention's agent (for a passive verb, what was
    acted on: "the deal was ratified by …"), else its subject as written unless a
    pronoun, else the group's first agent."""
    trig = m.trigger
    passive = any(c.dep_ == "auxpass" for c in _auxiliaries(trig)) or _passive_row(trig)
    role = "patient" if passive else "agent"
    named = next((p.actor for p in m.participants if p.role == role), None)
    sender = _letter_sender(trig)
    if sender is not None:  # "sent a letter to Egypt's ambassador urging Egypt to halt
        # …": the senders urged, never "Egypt's ambassador urged Egypt"
        return _phrase(list(trig.doc[sender.left_edge.i : sender.i + 1]), None) or None
    owner = _infinitive_owner(trig)
    if owner is not None:  # "the decision to hold the suspects was upheld": the decision
        subj = next(c for c in trig.children if c.dep_ in {"nsubj", "nsubjpass"})
        return _phrase(list(trig.doc[owner.left_edge.i : subj.right_edge.i + 1]), None) or None
    gathering = _held_after(trig)
    if gathering is not None:  # "at the Game Developers Conference, held last week in San
        # Francisco, famed director James Cameron revealed …": the conference was held
        return _phrase(list(trig.doc[gathering.left_edge.i : gathering.i + 1]), None) or None
    subj = next((c for c in _line_subjects(trig) if not _dateline(c)), None)
    subj = _run_on(subj, trig) if subj is not None else None
    if subj is not None and subj.lower_ in RELATIVE and trig.dep_ == "relcl":
        ante = _who(trig)  # the verb's number says the parser hung the clause on
        person = _apposed_person(ante)
        if person is not None:  # "Mustafa Kassem, 54, an auto parts dealer who died in an
            return person  # Egyptian prison": Kassem died, never "An auto parts dealer"
        described = _described(ante, named) if ante == trig.head else None
        if described is not None:  # "The group, which was created this month": the name
            return described  # the text gave the group
        if ante != trig.head:  # the wrong noun, and the roles took that noun's name
            return _phrase(_antecedent_words(ante, trig), None) or None
        if named and _disagrees(ante, named):  # "said Noah Wall, director for FreedomWorks,
            # which in 2009 organized a protest": FreedomWorks did, not the speaker
            return _phrase(list(trig.doc[ante.left_edge.i : ante.i + 1]), None) or None
    after = _came_after(trig) if subj is None else None
    if after is not None:  # "The team took the lead, only to lose 3-1": the team lost
        return _body_named(after, _measured(after)) or _phrase(_measured(after), None) or None
    fronted = _fronted_owner(trig, subj)
    if fronted is not None:  # "In an FBI agent's testimony, he describes arresting a man":
        return fronted  # the agent, never a name the resolver took from a credit line
    cause = _said_cause(trig)
    if cause is not None:  # "He stated that Australia was doing enough, prompting
        # protests": the statement prompted them, never Australia the roles took
        return None if cause.pos_ == "PRON" else _phrase(_measured(cause), None) or None
    spoken = _spoken_row(subj, trig, named) if subj is not None else None
    if spoken:  # "David Redvers said he and the other protesters would plead …"
        return spoken
    counted = _counted(subj, trig) if subj is not None else None
    if counted:  # "one of its soldiers was killed and another wounded"
        return counted
    tipped = _tipped_one(trig) if subj is None else None
    star = next(iter(children(tipped, {"appos"})), None) if tipped is not None else None
    if star is not None and star.pos_ == "PROPN":  # "Its star Hilary Swank is favourite
        tipped = star  # to win best actress": Hilary Swank may win, never "The star"
    if tipped is not None and tipped.pos_ in {"NOUN", "PROPN"}:  # "Eastwood's boxing
        # drama had become the favourite to win best film": the drama may win
        return _phrase(list(trig.doc[tipped.left_edge.i : tipped.i + 1]), None) or None
    planner = _planner(trig) if subj is None else None
    if planner:  # "the president made the decision to withhold aid from Ukraine": the
        return planner  # president would, never Ukraine, whatever the roles took
    pair = _pair_named(subj) if subj is not None else None
    if pair is not None:  # "The two men faced charges": the two the text just named
        return pair
    described = _described(subj, named) if subj is not None else None
    if described is not None:  # "The group was created": the name the group was given
        return described
    called = _called(subj) if subj is not None and trig.pos_ == "VERB" else None
    if called is not None:  # "A former defense contractor and perennial candidate, Tim
        return called  # D'Annunzio, stepped forward", "…, Al Aynsley-Green, was chosen":
        # the name, not the long description
    if passive and subj is not None and subj.pos_ != "PRON":
        last = max((c.right_edge.i for c in subj.children if c.dep_ == "conj"), default=None)
        row = _phrase(list(trig.doc[subj.left_edge.i : last + 1]), None) if last else ""
        own = _phrase(
            [*trig.doc[subj.left_edge.i : _sum_end(subj) + 1], *_whose_of(subj)], None
        )  # "his imprisoned father was interrogated": "Imprisoned father …", never the
        # bare "Interrogate"; "just pounds 4.2m was spent" with its sum; "The headquarters
        # of the CFDT union was invaded", never whose not
        return row or own or trig.doc[subj.left_edge.i : subj.i + 1].text  # "A man and
        # [his] grandson were taken to hospital", not "A man were taken …"
    if (
        subj is not None
        and subj.pos_ == "NOUN"
        and trig.pos_ == "VERB"
        and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in subj.children)
    ):  # "Barr's comments came …": the comments came, not Barr
        return trig.doc[subj.left_edge.i : subj.i + 1].text
    if subj is not None and subj.pos_ in {"PROPN", "NOUN"} and trig.pos_ == "VERB":
        heads = [subj] + [c for c in subj.children if c.dep_ == "appos"]  # "the president,
        # the first lady and their son": the parser hangs the row on an apposition
        last = max(
            (c for h in heads for c in h.children if c.dep_ == "conj"),
            key=lambda c: c.i,
            default=None,
        )
        if last is not None:  # "Armenia and Azerbaijan began …": both, as written
            end = max(  # "the Rotterdam Port Employers’ Association": the parser hangs
                # the name's last word on the first subject as an apposition
                [last.right_edge.i]
                + [c.right_edge.i for c in subj.children if c.dep_ == "appos" and c.i > last.i]
            )
            both = _row_phrase(trig.doc[subj.left_edge.i : end + 1], named)
            if both:  # "The president, the first lady and their son have recovered"
                return both
    headed = _headline_doer(trig) if subj is None else None
    if headed is not None:  # "Pope Francis To Visit Iraq": the parser hung the verb on the
        return headed  # name as a relative clause, and the roles found no doer
    pressed = _pressed(trig) if subj is None else None
    if pressed is not None:  # "he would press both capitals to agree a ceasefire": the
        return pressed  # capitals would agree it, never the one who presses them
    opener = _opened_by(trig) if subj is None else None
    if opener is not None:  # "Having received his full backing, Ms Hughes was forced …":
        return opener  # she received it, whoever the roles took "his" for
    doing = _participle_doer(trig) if subj is None else None
    if doing is not None:  # "Turkey has backed rebels fighting Assad …": the rebels
        return doing  # fight, never "Syria", a name the roles took from a phrase after it
    if subj is not None and subj.pos_ == "PRON" and named and _governed(named, subj):
        named = None  # "it was forced to sell Lo-Vaca": the one sold never sold it
    if named is not None and (
        _disagrees(subj, named)
        or _thing(subj, trig, passive)
        or _named_within(subj, named)
        or _renamed(subj, named)
        or _from_dateline(subj, named)
        or _numbered(subj)
    ):
        whose = _whose_of(subj)  # "The family of Sharma has accused", never "The family"
        return trig.doc[subj.left_edge.i : (whose[-1] if whose else subj).i + 1].text  # "Trump
        # visited", not the reporter the resolver took him for
    if named is not None:
        return named
    if subj is not None and subj.pos_ != "PRON" and trig.pos_ == "VERB":
        return _body_named(subj, _measured(subj)) or _phrase(_measured(subj), None) or None
    if _bare_participle(trig) and trig.dep_ == "acl" and trig.head.pos_ in {"NOUN", "PROPN"}:
        return None  # "the special hosted by James": the special is what was hosted, and
        # the doer is in its own words ("James hosted the special"), never a borrowed name
    doer = subj if subj is not None or trig.pos_ != "VERB" else _shared_subject(trig, pronouns=True)
    if doer is not None and doer.lower_ in UNNAMED_DOERS:
        return None  # "Someone chose to fire at a village": the speaker names no one, and
        # a headline that gives the group's agent says what the text would not
    agents = _names(g, {role}) if not _bare_participle(trig) else []
    if subj is not None and subj.pos_ == "PRON":
        agents = [a for a in agents if not _governed(a, subj)]
    if agents:  # "… beaten and [tortured]" takes no doer from another mention ("a free
        return agents[0]  # pass to torture"): the participle tells what was done to someone
    sayer = _sayer(trig, subj) if subj is not None and trig.pos_ == "VERB" else None
    if sayer is None and subj is None and trig.pos_ == "VERB":
        sayer = _shared_sayer(trig)
    led = subj if subj is not None else _led_pronoun(trig)  # "when she tried to [finish]"
    if sayer is None and led is not None and trig.pos_ == "VERB":
        sayer = _main_subject(trig, led)  # "The woman was walking … when she was hit"
    if sayer is None and trig.pos_ == "VERB":  # "Moghadam paid $2,000. He [arrived] in
        told = subj if subj is not None else _pronoun_above(trig)  # Miami"; "On Sunday
        sayer = _prior_subject(told) if told is not None else None  # it shot down two
        # planes, [taking] the battle deep into territory": the pronoun of the main verb
        if sayer is None and told is not None:  # "A 72-year-old man was admitted … He
            sayer = _prior_person(told)  # expired on 6th April": the man, unnamed
        row = _prior_row(told) if sayer is None and told is not None else None
        row = row or (_main_row(trig, led) if sayer is None and led is not None else None)
        if row:  # "Ben Phalen and his wife Kate quit their jobs. They flew to Chile"
            return row
        many = _prior_plural(told or _managed_by(trig)) if sayer is None else None
        if many is not None:  # "Volunteers went in with a plan, but they only managed to
            return many  # capture a single animal": the volunteers, never "Capturing …"
    if sayer is not None:  # "the State Department said it [certified] his immunity"
        words = list(trig.doc[sayer.left_edge.i : sayer.i + 1])
        return _body_named(sayer, words) or trig.doc[sayer.left_edge.i : sayer.i + 1].text
    own = subj is None or subj.lower_ in RELATIVE
    shared = _shared_subject(trig, described=True) if own and trig.pos_ == "VERB" else None
    if shared is not None:  # "the gunman shot two clerks and [fled]"; "its advice went …
        # but was publicised": "advice", as a title cannot open on "its"
        called = _called(shared)
        if called is not None:  # "…, Al Aynsley-Green, was chosen … and will start the
            return called  # job": the name the long description is given
        whole = _share_of(shared)  # "Most of FreedomWorks' 40 employees", never "Most"
        row = _shared_row(shared) if whole is None and subj is None else None
        if row and _title_size(row) <= TITLE_WORDS // 2:  # "The Smiths, who …, and the
            return row  # managers have agreed not to sell": both, never "The Smiths have";
            # a longer row leaves the act no room
        end = whole.right_edge.i if whole is not None else _authors_end(shared)
        words = _past_dateline(list(trig.doc[shared.left_edge.i : end + 1]))
        return _body_named(shared, words) or _phrase(words, None) or None
    return None


AUTHORS_WORDS = 6  # "from 11 House lawmakers": a longer phrase is a story of its own


def _authors_end(noun: Token) -> int:
    """Where a letter's phrase ends with the authors it names ("a letter from 11 House
    lawmakers"): "A letter affirms Soltan's right" says not whose the words are. The
    noun's own end for any other noun, or authors told at length."""
    if noun.lemma_.lower() not in LETTER_WORDS:
        return noun.i
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != "from" or prep.i != noun.i + 1:
            continue
        who = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if who is None or who.pos_ not in {"NOUN", "PROPN"} or who.i - prep.i > AUTHORS_WORDS:
            continue
        return who.i  # the authors without the clauses hung on them
    return noun.i


RESULTS = word_list("prompt spark trigger cause provoke draw fuel")  # what a deed sets off
STATIVE = word_list("be do have remain seem")  # "was doing enough": a state, no deed


def _said_cause(trig: Token) -> Token | None:
    """Who set off what a participle after a comma tells, when the clause it hangs on
    is a state someone stated ("He stated that Australia was doing more than enough,
    prompting protests"): a state sets nothing off, the stating did, so the doer is
    the one who stated it, not the subject of the state."""
    head = trig.head
    if (
        trig.dep_ != "advcl"
        or trig.tag_ != "VBG"
        or trig.lemma_.lower() not in RESULTS
        or head.dep_ != "ccomp"
        or head.lemma_.lower() not in STATIVE
        or head.head.lemma_.lower() not in SAYING | ANNOUNCING
        or not any(t.text == "," for t in trig.doc[head.i : trig.i])
    ):
        return None
    return next((c for c in head.head.children if c.dep_ == "nsubj"), None)


DESCRIBED = 6  # words of a description before a name: more, and the name tells it


def _called(subj: Token) -> str | None:
    """The name set after a long description of a subject ("A retired schoolteacher and
    longtime local campaigner, Maria Dunne, stepped forward"), which a headline gives
    alone, as the description leaves no room for the act."""
    if subj.pos_ != "NOUN":
        return None
    name = next((c for c in subj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if name is None or name.pos_ != "PROPN" or name.left_edge.i - subj.left_edge.i <= DESCRIBED:
        return None
    if any(c.dep_ == "conj" for c in name.children):
        return None  # "…, Ann Lee and Bo Chan, …": a row, told as written
    words = [
        t
        for t in name.doc[name.left_edge.i : name.i + 1]
        if t.pos_ == "PROPN" or t.text == "-" and not t.whitespace_  # "Al Aynsley-Green"
    ]
    return "".join(t.text + t.whitespace_ for t in words).strip()


def _headline_doer(trig: Token) -> str | None:
    """The name a title-cased headline's "To" verb hangs on ("Pope Francis To Visit Iraq
    In March", parsed as a relative clause of the name): who will do it."""
    head = trig.head
    if trig.dep_ not in {"relcl", "acl"} or head.pos_ != "PROPN" or head.i > trig.i:
        return None
    if not any(c.dep_ == "aux" and c.text == "To" for c in trig.children) or trig.text.islower():
        return None
    words = [t for t in trig.doc[head.left_edge.i : head.i + 1] if t.pos_ == "PROPN"]
    return " ".join(t.text for t in words) or None


# Verbs that press their object into an act without saying it was done ("pressure
# Ukraine into investigating"): the object would do the act the "into" clause tells.
PRESSED_INTO = word_list("press pressure push lobby urge nudge")


def _pressed_into(trig: Token) -> Token | None:
    """The object a verb of pressing presses into the act a gerund tells ("pressure
    Ukraine into investigating Democrats": Ukraine), or None."""
    into = trig.head
    if trig.dep_ != "pcomp" or into.lower_ != "into" or into.dep_ != "prep":
        return None
    verb = into.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in PRESSED_INTO:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < into.i), None)


def _pressed(trig: Token) -> str | None:
    """The one a verb of pressing or causing presses to act ("would press both capitals
    to agree a ceasefire"), who does the act its "to" clause tells; None when unnamed."""
    head = trig.head
    into = _pressed_into(trig)
    if into is not None:  # "pressure Ukraine into investigating Democrats": Ukraine would
        obj: Token | None = into
    elif trig.dep_ != "xcomp" or head.pos_ != "VERB" or head.lemma_.lower() not in PRESSING:
        return None
    else:
        obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < trig.i), None)
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"}:
        return None
    return _phrase(list(trig.doc[obj.left_edge.i : obj.i + 1]), None) or None


def _having(trig: Token) -> bool:
    """Whether a verb is a perfect participle ("[having] received his backing"), a clause
    told as done before its sentence's own act."""
    return trig.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lower_ == "having" and c.i < trig.i for c in trig.children
    )


def _opened_by(trig: Token) -> str | None:
    """The subject of the sentence a subjectless perfect participle clause opens ("Having
    received his full backing, Ms Hughes was forced to resign"): the one who did it."""
    if not _having(trig) or trig.dep_ != "advcl" or trig.i > trig.head.i:
        return None
    subj = next(
        (c for c in trig.head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > trig.i),
        None,
    )
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"}:
        return None
    return _phrase(list(trig.doc[subj.left_edge.i : subj.i + 1]), None) or None


PLANNING = word_list("make announce unveil have take reach outline propose present launch")
# verbs whose subject owns the plan they take ("made the decision"; "halted efforts" no)


def _planner(trig: Token) -> str | None:
    """Whose plan a plan noun's "to" clause is (:func:`_plan_of`): the noun's owner
    ("Trump's decision to withhold aid") or the subject of the verb that has the noun as
    its object ("the president made the decision to withhold aid"); None for a pronoun
    or when the parse gives neither."""
    plan = trig.head
    if not _plan_of(trig, plan):
        return None
    owner = next((c for c in plan.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if owner is None and plan.dep_ == "dobj" and plan.head.lemma_.lower() in PLANNING:
        # "Trump announced his decision to pull …": the one who announced it
        owner = next((c for c in plan.head.children if c.dep_ == "nsubj"), None)
    if owner is None and plan.dep_ == "pobj" and plan.head.lower_ == "in":  # "Turkey
        act = plan.head.head  # opened its borders, in an apparent move to demand …"
        if act.pos_ == "VERB":
            owner = next((c for c in act.children if c.dep_ == "nsubj"), None)
    if owner is None or owner.pos_ not in {"NOUN", "PROPN"}:
        return None
    return _phrase(list(trig.doc[owner.left_edge.i : owner.i + 1]), None) or None


def _participle_doer(trig: Token) -> str | None:
    """The doer of a present participle hung on a noun ("rebels [fighting] Assad",
    "protesters [chanting] slogans"): the noun, as a reader takes it; without it the
    roles lend the verb any name near it. The noun's words before it, less a participle
    the parser read into it ("has [backed] rebels fighting …"). None for any other verb
    or a noun a headline cannot open on (a pronoun, a relative)."""
    noun = trig.head
    if trig.dep_ != "acl" or trig.tag_ != "VBG" or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    if noun.i > trig.i or noun.lower_ in RELATIVE:
        return None
    first = trig.doc[noun.left_edge.i]  # "[backed] rebels", never "top-[hatted] driver"
    misread = first.head.i == noun.i and first.dep_ == "amod" and first.tag_ == "VBN"
    words = list(trig.doc[noun.left_edge.i + misread : noun.i + 1])
    return _phrase(words, None) or None


def _bare_participle(trig: Token) -> bool:
    """Whether a verb is a past participle with no subject and no auxiliary of its own
    ("shot, beaten and [tortured]"): what was done to someone, whose doer only its own
    words can give."""
    return trig.tag_ == "VBN" and not any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in trig.children
    )


def _passive_row(trig: Token) -> bool:
    """Whether a bare participle (:func:`_bare_participle`) is one of a row of passives
    the parser hung on the first ("he was arrested, beaten and [tortured]"): told of
    who the row was done to, never of a doer."""
    if not _bare_participle(trig):
        return False
    cur = trig
    for _ in range(4):
        if cur.dep_ not in {"conj", "advcl"}:
            return False
        cur = cur.head
        if cur.tag_ != "VBN":
            return False
        if any(c.dep_ == "auxpass" for c in cur.children):
            return True
        if any(c.dep_ in {"nsubj", "aux"} for c in cur.children):
            return False
    return False


def _after_passive(verb: Token) -> bool:
    """Whether a participle follows a comma after a passive one ("being shot, beaten"):
    one more of a row of passives, whatever the parser hung it on."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return False
    prev = doc[verb.i - 2]
    return prev.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in prev.children)


def _line_start(trig: Token) -> int:
    """The first word of the line a word is on, within its sentence. A sentence the
    parser ran over a line break that ends no wrapped paragraph holds a line of its own
    before the text: a byline ("By Sarah Jones⏎Police arrested …"), a name line under
    an embedded post ("— Daniel Dale (@ddale8) January 1, 2020⏎By CNN's count, Trump
    visited …"), a heading ("Key Background⏎As protests …"); no word of it is part of
    the clause after it."""
    doc = trig.doc
    known = doc.user_data.setdefault("line_start", {})  # token index -> its line's start
    if trig.i in known:
        return known[trig.i]
    breaks = line_breaks(doc)
    start = sentence_of(trig).start
    for i in breaks[bisect_left(breaks, start) : bisect_left(breaks, trig.i)]:
        t = doc[i]
        before = doc[start : t.i if t.is_space else t.i + 1].text
        if not _wraps(before, doc[t.i + 1 : trig.i + 1].text):
            start = t.i + 1
    known[trig.i] = start
    return start


def _line_subjects(verb: Token) -> list[Token]:
    """A verb's subjects as written on its own line (:func:`_line_start`): a subject
    the parser found on a line before, a byline's or a heading's name, gives way to
    the name it runs into on the verb's line ("Dale (@ddale8) …, Trump visited": Trump)
    or is left out."""
    start = _line_start(verb)
    out: list[Token] = []
    kids = list(verb.children)
    kids += [s for a in kids if _verb_read_as_aux(a) for s in children(a, {"nsubj"})]
    for c in kids:
        if c.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if _when_subject(c, verb):  # "The following year Bournemouth hosted the event":
            continue  # the year says when, Bournemouth did it
        if c.i >= start:
            out.append(c)
            continue
        carried = [
            t
            for t in c.subtree
            if start <= t.i < verb.i and t.head.i < start and t.pos_ in {"NOUN", "PROPN"}
        ]
        out += carried[-1:]
    if (
        not children(verb, {"nsubj", "nsubjpass", "expl"})
        and start > sentence_of(verb).start
    ):
        out += [  # "By Daniel Dale⏎Trump visited …": the byline's "By" took Trump
            t
            for t in verb.doc[start : verb.i]
            if t.head.i < start and t.pos_ in {"NOUN", "PROPN"} and t.right_edge.i == verb.i - 1
        ][:1]
    return sorted(out, key=lambda t: t.i)


TIME_NOUNS = word_list("year week month day night morning evening afternoon weekend decade")
# The words that are an auxiliary: any other word the parser made one is the clause's verb.
AUXILIARY_WORDS = MODALS | word_list(
    "be is are was were been being am have has had having do does did shall ca wo 'll 'd "
    "'s 've 're 'm ought need dare get got going to"
)


def _verb_read_as_aux(tok: Token) -> bool:
    """Whether the parser made a full verb an auxiliary of the next ("prices soared
    following a damaging drought", with "soared" an auxiliary of "following"): its
    subject is then the subject the clause is told of. Reuters 00875 titled the drought
    "Quotas soared following a damaging drought" from the sentence's main subject, and
    lent that title to the merged drought of 00232, which said "prices soared"."""
    return (
        tok.dep_ == "aux"
        and tok.lower_ not in AUXILIARY_WORDS
        and tok.lemma_.lower() not in AUXILIARY_WORDS
        and tok.tag_.startswith("VB")
        and any(c.dep_ == "nsubj" for c in tok.children)
    )


def _when_subject(subj: Token, verb: Token) -> bool:
    """Whether a subject the parser gave a verb is a time phrase set before the real
    one ("The following year Bournemouth hosted the event"): a time word, with another
    subject of the same verb after it, which is the doer a headline opens on."""
    if _this_time(subj):  # "They made the final stages again, but this time lost out to
        return True  # Sweden": when, never who lost ("The time lost out", BBC sport)
    if subj.ent_type_ not in {"DATE", "TIME"} and subj.lemma_.lower() not in TIME_NOUNS:
        return False
    return any(c.dep_ in {"nsubj", "nsubjpass"} and subj.i < c.i < verb.i for c in verb.children)


OCCASIONS = word_list("this that next last every each")  # "this time": one occasion


def _this_time(subj: Token) -> bool:
    """Whether a subject is "this time", "next time", "last time": an adverb of which
    occasion the parser made a subject when the doer was left untold."""
    return subj.lemma_.lower() == "time" and any(
        c.dep_ == "det" and c.lower_ in OCCASIONS for c in subj.children
    )


def _off_line(p: Participant, trig: Token) -> bool:
    """Whether an actor was read only from a line before the trigger's own in its
    sentence (:func:`_line_start`): a byline or a name line is never the doer."""
    start = _line_start(trig)
    if p.evidence is None or start == sentence_of(trig).start:
        return False
    doc = trig.doc
    name = p.evidence.text
    if "\n" in name:  # "Sarah Jones⏎Police": the roles ran the byline into the subject
        before, _, after = name.rpartition("\n")
        words = set(p.actor.split())
        return bool(words & set(before.split())) and not words & set(after.split())
    return name in doc[trig.sent.start : start].text and name not in doc[start : trig.sent.end].text


def _numbered(subj: Token | None) -> bool:
    """Whether a subject is a counted crowd ("at least 714 Palestinians", "12 Britons"):
    people of a country, not the country the resolver names for them ("Palestine has
    died from the disease")."""
    return (
        subj is not None
        and subj.pos_ in {"NOUN", "PROPN"}
        and any(c.dep_ == "nummod" for c in subj.children)
    )


DOUBLE_QUOTES = frozenset({'"', "“", "”", "``", "''"})  # a direct quote's marks


def _spoken_row(subj: Token, trig: Token, named: str | None) -> str | None:
    """The speaker a "he" or "she" after "X said" stands for, when the roles name someone
    else: "One of the men, David Redvers, said he and the other seven protesters would
    plead not guilty" is Redvers', never that of a Ferry named earlier. With the row the
    pronoun opens ("he and the other seven protesters"); None when the roles agree with
    the speaker or there is none."""
    if subj.pos_ != "PRON" or subj.lower_ not in {"he", "she"} or trig.pos_ != "VERB":
        return None
    speaker = _sayer(trig, subj)
    if speaker is None:
        return None
    if named and speaker.pos_ != "PROPN" and speaker.ent_type_ != "PERSON":
        return None  # "A spokesperson for the police said he may have been detained":
        # the roles' Paul Smernicki, named before; a nameless speaker who is the "he"
        # is told by the resolver too (BBC entertainment titled "A spokesperson may be
        # detained")
    between = trig.doc[min(subj.i, speaker.i) : max(subj.i, speaker.i)]
    if any(t.text in DOUBLE_QUOTES for t in between):
        return None  # '"He has dealt with this time and time again," Mr Blair told': in
        # his own words the speaker is "I", so "he" is another (BBC politics 184)
    name = trig.doc[speaker.left_edge.i : speaker.i + 1].text
    last = max((c.right_edge.i for c in subj.children if c.dep_ == "conj"), default=None)
    row = trig.doc[subj.i + 1 : last + 1].text if last is not None else ""
    described = trig.doc.user_data.get(DESCRIBED_PERSONS, {}).get(speaker.i)
    if named and (described == named or set(named.lower().split()) & set(name.lower().split())):
        # "Moore said he …" with Moore the agent: the roles' full name, and the row the
        # pronoun opens with it ("he and the other six activists"), which the roles drop;
        # "The minister said she …" with the minister the Ruth Kelly the roles name
        return f"{named} {row}" if row else None
    return f"{name} {row}".strip()


def _run_on(subj: Token, trig: Token) -> Token:
    """The subject a verb was written for when the parser ran the clause before it into
    it: "it was no good Mr Blair claiming [tax pledges] were being left to the
    manifesto" hangs "claiming tax pledges" on "Blair" as the subject of "left", but
    the object of the participle, right before the verb's plural auxiliary that a
    single subject cannot take, is what was left; else the subject as parsed."""
    auxes = children(trig, {"aux", "auxpass"})
    if not auxes or subj.tag_ in {"NNS", "NNPS"}:
        return subj  # "Senators representing Maryland and Virginia sent …" is theirs
    plural = auxes[0].lower_ in {"were", "are", "have"}  # "Mr Blair … were": not his
    for clause in subj.children:
        if clause.dep_ != "acl" or clause.tag_ != "VBG" or not plural:
            continue
        obj = next((c for c in clause.children if c.dep_ == "dobj"), None)
        if (
            obj is not None
            and obj.right_edge.i == auxes[0].i - 1
            and obj.pos_ in {"NOUN", "PROPN"}
            and obj.tag_ in {"NNS", "NNPS"}
        ):
            return obj
    return subj


PARTICLES = frozenset(
    ["in", "out", "up", "down", "on", "off", "online", "back", "away", "over", "forward", "ahead"]
)


def _complement(trig: Token) -> list[Token]:
    """What completes a verb that has no object: a particle the parser read as an
    adverb ("stepped in", "went online") and the clause it leads to ("decided to
    introduce border controls", "stepped in to fill this void", "driving people to
    isolate"); a verb of saying keeps its content out (the statement holds it)."""
    after = [c for c in trig.children if c.i > trig.i]
    particle = [
        c for c in after if c.dep_ == "advmod" and c.lower_ in PARTICLES and not _back_in_time(c)
    ][:1]
    clause = [
        c
        for c in after
        if c.dep_ == "xcomp"
        or (c.dep_ == "ccomp" and trig.lemma_.lower() not in SAYING and not _run_on_clause(c))
        or (c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
    ][:1]
    return particle + clause


def _back_in_time(adv: Token) -> bool:
    """Whether "back" leads the time it happened ("was arrested back in August", "back
    in 2015"): no particle of the verb, so a title that leaves the time to the event's
    own field leaves it too, never "A man was arrested back"."""
    doc = adv.doc
    if adv.lower_ != "back" or adv.i + 1 >= len(doc) or doc[adv.i + 1].dep_ != "prep":
        return False
    return any(
        c.dep_ == "pobj" and (c.ent_type_ in {"DATE", "TIME"} or MONTHS.match(c.text))
        for c in doc[adv.i + 1].children
    )


def _stray_object(trig: Token) -> list[Token]:
    """A verb's object the parser hung on the noun of a phrase before it ("announced
    via press release [a review]": "review" the object of "release"), which a title
    tells as the verb's: a noun takes no direct object."""
    return [
        o
        for c in trig.children
        if c.dep_ == "prep" and c.i > trig.i
        for p in c.children
        if p.dep_ == "pobj" and p.pos_ in {"NOUN", "PROPN"}
        for o in p.children
        if o.dep_ == "dobj" and o.i > p.i
    ][:1]


COMPLEMENT_WORDS = 8  # the most words a complement is told in as written
TOLD_AS_WRITTEN = word_list("him her them")  # the person a call or a push is about


def _complement_words(head: Token, tokens: list[Token]) -> str:
    """The clause that completes a verb as the text words it, up to the end of its
    first phrase ("called for him to go to Auschwitz [for the commemoration …]"), when
    a pronoun in it has no name a title can give: "Critics have called" ends before the
    act is told, and the short clause with its "him" says what was asked. "" when even
    that is longer than :data:`COMPLEMENT_WORDS` or no person's pronoun emptied it."""
    after = [c for c in head.children if c.i > head.i and c.dep_ not in {"punct", "cc"}]
    gone = {t.i for c in after[1:] for t in c.subtree}
    kept = [t for t in tokens if t.i not in gone and t.dep_ != "punct"]
    while kept and kept[-1].dep_ in {"prep", "cc", "mark", "det"}:
        kept.pop()
    if len(kept) > COMPLEMENT_WORDS and any(_own_doer(t, head) for t in kept):
        # "to ensure he is fully fit [for the European Indoor Championships]": what he
        # sees to, without what for
        kept = [t for t in kept if not any(a.dep_ == "prep" and a.i > head.i for a in
                                           [t, *t.ancestors] if a.i in {k.i for k in kept})]
    if len(kept) > COMPLEMENT_WORDS and after and after[0].dep_ == "prep":
        # "calling for him to apologise [for his "ill-judged comment"]": the call without
        # its reason, never a bare "Call"
        kept = [t for t in kept if t.i <= head.i]
    if not kept or len(kept) > COMPLEMENT_WORDS or kept[-1].i < head.i:
        return ""
    if not any(t.lower_ in TOLD_AS_WRITTEN or _own_doer(t, head) for t in kept) or any(
        t.lower_ == "it" for t in kept
    ):  # "made it easy to forget": a dummy "it" tells nothing, and a clause emptied by a
        return ""  # word other than a person's pronoun has no act to tell
    return "".join(t.text_with_ws for t in kept).strip()


def _own_doer(t: Token, clause: Token) -> bool:
    """Whether ``t`` is the "he" or "she" a completing clause is about, the doer of the
    verb it completes ("Chris Tomlinson has cut his schedule to ensure [he] is fully
    fit"): told as written, as "Chris Tomlinson to ensure" says not what he sees to."""
    return (
        t.lower_ in {"he", "she"}
        and t.dep_ in {"nsubj", "nsubjpass"}
        and not children(t, {"conj"})  # "provided he or she has …": anyone, no doer
        and t.head == clause
        and clause.dep_ == "ccomp"
    )


def _swallowed(c: Token) -> bool:
    """Whether a verb's particle holds, as the parser read it, the subject of the
    clause after it ("with Christmas coming up the new home secretary had time"): the
    noun runs straight into a finite verb, whose subject it is."""
    if c.dep_ != "prt":
        return False
    end = max((x.right_edge.i for x in c.children if x.dep_ == "pobj"), default=None)
    if end is None or end + 1 >= len(c.doc):
        return False
    after = c.doc[end + 1]
    return after.tag_ in {"VBD", "VBZ", "VBP", "MD"} and after.pos_ in {"VERB", "AUX"}


def _run_on_clause(c: Token) -> bool:
    """Whether a clause the parser hung on a verb as its complement is a second
    predicate of the same subject ("Blair lied when he took the UK to war so has no
    qualms about lying"): a finite verb with no subject and no "that" of its own
    completes nothing, and "Blair lied has no qualms …" reads as no sentence."""
    return c.tag_ in {"VBZ", "VBD", "VBP"} and not any(
        x.dep_ in {"nsubj", "nsubjpass", "expl", "mark"} for x in c.children
    )


def _section(tok: Token) -> int | None:
    """The dateline section of a roundup a word is in: the number of the last paragraph
    before it that opens on a dateline ("BEIJING — …", "ISLAMABAD — …"), when the
    article has two or more of them. A roundup ("The Latest: …") tells a different
    place's news under each, so a curfew under one dateline is not a lockdown under
    another, however alike. None for a story with one dateline or none, and for the
    words before a roundup's first dateline. A paragraph opening on a word in capitals
    with a dash after it and no verb between is a dateline."""
    doc = tok.doc
    starts = doc.user_data.get("dateline_sections")
    if starts is None:
        starts = []
        for i in [0] + [b + 1 for b in line_breaks(doc) if b + 1 < len(doc)]:
            first = next((t for t in doc[i : i + 3] if t.is_alpha), None)  # a paragraph's
            # first word: the parser may run a dateline's paragraph into the line before
            if first is not None and first.is_upper and len(first) > 1 and _dash_after(first):
                starts.append(i)
        doc.user_data["dateline_sections"] = starts = starts if len(starts) > 1 else []
    k = bisect_right(starts, tok.i)
    return k if k else None


def _dateline(tok: Token) -> bool:
    """Whether a word is a dateline the parser took for a subject ("WEST PALM BEACH,
    Fla. – Emergency managers run drills", "BEIJING — Chinese authorities …"): a place
    in capitals opening the sentence, a dash after it with no verb between ("LAWRENCEVILLE,
    Ga. (AP) — U.S. Marshals have arrested …")."""
    words = [t for t in tok.doc[tok.left_edge.i : tok.i + 1] if t.is_alpha]
    return (
        tok.left_edge.i == sentence_of(tok).start
        and bool(words)
        and all(t.is_upper and len(t) > 1 for t in words)
        and tok.ent_type_ in {"GPE", "LOC", "ORG", ""}
        and _dash_after(tok)
    )  # "NATO agreed …" is a subject: no dash after it


def _dash_after(tok: Token) -> bool:
    """Whether a dateline's dash follows a word with no verb between ("BEIJING — …",
    "RAMALLAH, West Bank — …")."""
    after = list(tok.doc[tok.i + 1 : tok.i + 9])
    dash = next(  # a dash the page's bytes turned into a straight quote ("BEIJING " …,
        # "SACRAMENTO, Calif. " …)
        (
            k
            for k, t in enumerate(after)
            if t.text in DASHES or (t.text == '"' and (k == 0 or after[k - 1].text.endswith(".")))
        ),
        None,
    )
    return dash is not None and not any(t.pos_ in {"VERB", "AUX"} for t in after[:dash])


def _from_dateline(subj: Token | None, named: str) -> bool:
    """Whether the actor the roles give comes from the sentence's dateline, not its
    subject: "PARIS, April 8 — The championships … will take place" told of France, a
    name the sentence never writes. The subject as written is the headline's."""
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"}:
        return False
    sent = subj.sent
    opener = next((t for t in sent if t.dep_ == "nsubj" and t.left_edge.i == sent.start), None)
    if opener is None or opener == subj or not _dateline(opener):
        return False
    return not any(w.lower() in sent.text.lower() for w in named.split() if len(w) > 2)


def _past_and(aux: list[Token], trig: Token) -> list[Token]:
    """A verb's auxiliaries without those before an "and" ahead of it: "Sony and
    Microsoft have both reduced prices and are preparing the way" parsed with "have" on
    "preparing" gave "have are preparing"; the auxiliary after the "and" is its own."""
    ands = [t.i for t in trig.doc[aux[0].i : trig.i] if t.dep_ == "cc"] if aux else []
    return [c for c in aux if c.i > ands[-1]] if ands else aux


def _gapped(trig: Token) -> bool:
    """Whether a participle shares the auxiliary of the verb before it ("one was killed
    and another [was] wounded")."""
    return (
        trig.dep_ == "conj"
        and trig.tag_ == "VBN"
        and not any(c.dep_ in {"aux", "auxpass"} for c in trig.children)
        and any(c.dep_ in {"aux", "auxpass"} for c in trig.head.children)
        and not _finite_after_infinitive(trig)  # "to talk … and created": no "to created"
    )


def _denied(c: Token) -> bool:
    """Whether a child of a verb negates it: "whether or not the star will join" asks,
    it denies nothing."""
    return c.dep_ == "neg" and not (c.i > 0 and c.doc[c.i - 1].lower_ == "or")


def _not_to_be(trig: Token) -> bool:
    """Whether an infinitive is denied by the "be" it hangs on ("the conference is not
    to gather in Blackpool"): the "not" is the "be"'s child, never the verb's own."""
    return (
        trig.dep_ == "xcomp"
        and trig.head.lemma_.lower() == "be"
        and any(_denied(c) for c in children(trig.head))
    )


def _auxiliaries(trig: Token) -> list[Token]:
    """A verb's auxiliaries before it, those of the verb it is gapped from included."""
    own = [
        c for c in trig.children if (c.dep_ in {"aux", "auxpass"} or _denied(c)) and c.i < trig.i
    ]
    own = _past_and(own, trig)
    if _gapped(trig):
        own = [c for c in trig.head.children if c.dep_ in {"aux", "auxpass"}] + own
    return own


COUNTS = {"one", "another", "two", "three", "four", "five", "six", "several", "some"}


def _counted(subj: Token, trig: Token) -> str | None:
    """A counted subject told with what it counts: "one of its soldiers" is "One
    soldier", "another" after it "another soldier" (the noun from the verb it is gapped
    from); None for any other subject."""
    if subj.lower_ not in COUNTS:
        return None
    of = [p for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    if not of and subj.lower_ == "another" and _gapped(trig):
        first = next((c for c in trig.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if first is not None:
            of = [p for c in first.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children]  # fmt: skip
    noun = next((p for p in of if p.dep_ == "pobj" and p.pos_ == "NOUN"), None)
    if noun is None:
        return None
    single = subj.lower_ in {"one", "another"}
    return f"{subj.text} {noun.lemma_ if single else noun.text}"


def _thing(subj: Token | None, trig: Token, passive: bool) -> bool:
    """Whether a verb's subject is a thing, not someone the roles could name ("the fire
    came from Azerbaijani positions" is the fire's, not Azerbaijan's): a common noun with
    no name in it, and no word a body or a person is called by ("the company", "the
    minister"), which the roles rightly tell by name."""
    if subj is None or passive or subj.pos_ != "NOUN" or trig.pos_ != "VERB":
        return False
    if any(t.pos_ == "PROPN" or t.ent_type_ for t in subj.subtree):
        return False
    return subj.lemma_.lower() not in ORG_NOUNS | OFFICES | PEOPLE and subj.tag_ == "NN"


PEOPLE = {"government", "army", "police", "military", "council", "court", "team", "side"}


MEASURES = {
    "number", "price", "cost", "rate", "toll", "level", "share", "count", "total", "frequency",
    "amount", "lack", "absence", "shortage", "volume", "value", "proportion", "percentage",
}  # fmt: skip


def _sum_end(noun: Token) -> int:
    """The last token of a subject that is a sum written currency first ("just pounds
    4.2m was spent"): the parser hangs "4.2m" on the verb, and "Just pounds was spent"
    says nothing of how much; any other subject ends on its noun."""
    doc = noun.doc
    k = noun.i + 1
    if noun.lower_ not in CURRENCIES or k >= len(doc) or not doc[k].like_num:
        return _numbered_name_end(noun)
    if k + 1 < len(doc) and doc[k + 1].lower_ in FIGURE_SCALES:
        return k + 1  # "4.2m", "2 billion"
    return k


def _numbered_name_end(noun: Token) -> int:
    """The last token of a name whose number follows it ("Python 3.0 was released",
    "the PlayStation 2 sold"): the number says which version or model, and "Python was
    released" tells another release; a date or sum after the noun is no part of it."""
    doc = noun.doc
    k = noun.i + 1
    if k >= len(doc) or not noun.text[:1].isupper():
        return noun.i
    num = doc[k]
    if num.head != noun or num.dep_ != "nummod" or not num.like_num:
        return noun.i
    if num.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"}:
        return noun.i
    return k


def _measured(subj: Token) -> list[Token]:
    """A subject as written, with what it measures: "the number has reached a record
    high" says nothing without "of people hospitalized" (clauses on it left out)."""
    words = list(subj.doc[subj.left_edge.i : _sum_end(subj) + 1])
    whole = _share_of(subj)
    if whole is not None and whole.right_edge.i - subj.i <= 5:  # "Dozens of Hachette
        return list(subj.doc[subj.left_edge.i : whole.right_edge.i + 1])  # employees"
    if subj.lemma_.lower() in MEASURES:
        of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None and len(_span(of)) <= 5:
            words += _span(of)
        elif of is not None:  # "the amount of major crimes in the first half of 2020": what
            # is measured, without the phrases on it that would fill the title
            noun = next((c for c in of.children if c.dep_ == "pobj"), None)
            if noun is not None and noun.i - of.i <= 4:
                words += list(subj.doc[of.i : noun.i + 1])
    else:
        words += _whose_of(subj)
    return words


def _without_whose(subject: str, verb: Token) -> str:
    """A headline's subject without the "of" phrase :func:`_whose_of` gave it, for a
    title that cannot show whole with it ("The second stage of the inquiry began with a
    budget …"): the act told whole says more than whose stage it was."""
    subj = next(iter(children(verb, {"nsubj", "nsubjpass"})), None)
    if subj is None or subj.lemma_.lower() in MEASURES or _share_of(subj) is not None:
        return subject  # "The amount [of major crimes]", "Dozens [of employees]": their
        # "of" phrase is what they say (:func:`_measured`), never left out
    whose = _whose_of(subj)
    said = verb.doc[whose[0].i : whose[-1].i + 1].text if whose else ""
    return subject[: -len(said)].rstrip() if said and subject.endswith(said) else subject


def _whose_of(subj: Token) -> list[Token]:
    """The short "of" phrase a common-noun subject is told by ("the headquarters [of the
    CFDT union] was invaded", "the family [of Sharma] has accused", "opponents [of the
    pension reform]"): without it the title says "The headquarters was invaded", whose
    no one can tell. Empty for a phrase with a clause, a pronoun, a time or a count in
    it, or longer than four words ("the end of the war in Syria last year")."""
    if subj.pos_ != "NOUN" or children(subj, {"appos"}):  # "professor of child health,
        return []  # Al Aynsley-Green,": the name tells who, and the longer title is cut
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in children(of, {"pobj"})), None) if of is not None else None
    if of is None or noun is None or noun.pos_ not in {"NOUN", "PROPN"}:
        return []
    words = _span(of)  # "the family of Sharma, who was found dead": "of Sharma"
    while words and words[-1].pos_ == "PUNCT":
        words.pop()
    if len(words) > 5 or [t.i for t in words] != list(range(of.i, of.i + len(words))) or any(
        t.pos_ in {"VERB", "AUX", "PRON", "NUM", "PUNCT"} or t.ent_type_ in {"DATE", "TIME"}
        for t in words
    ):
        return []
    return words


def _named_within(subj: Token | None, named: str) -> bool:
    """Whether the actor the roles give is only a word inside the clause's own subject,
    a common noun ("a pan-Commonwealth judging panel selected …", "the offering by
    Republicans was blocked", "Armenian and Azerbaijani delegations will meet" told of
    Armenia): the roles took the modifier for the doer, and the subject as written is
    the headline's."""
    if subj is None or subj.pos_ != "NOUN" or not named or subj.lower_ in named.lower().split():
        return False
    phrase = subj.doc[subj.left_edge.i : subj.right_edge.i + 1].text.lower()
    if has_word(phrase, named.lower()):
        return True
    people = (demonym(t.text) for t in subj.subtree if t != subj and t.pos_ in {"ADJ", "PROPN"})
    return any(c is not None and c.name == named for c in people)  # "Armenian … delegations"


def _renamed(subj: Token | None, named: str) -> bool:
    """Whether the roles gave a written name that of a larger body it only opens ("The
    House approved a bill" told of the "House Democratic Caucus"): a name ends on its
    head ("Donald Trump" for "Trump" keeps it), and one ending on another word names
    something else. The name as written is then the headline's."""
    if subj is None or subj.pos_ != "PROPN" or named in span_text(sentence_of(subj)):
        return False
    words = named.replace("'s", " ").split()
    return subj.text in words and words[-1] != subj.text


def _disagrees(subj: Token | None, named: str) -> bool:
    """Whether the clause's own subject, a name, shares no word with the actor the
    participant roles give: the roles then come from a wrong resolution ("Satchel
    married" for "Mia Farrow married"), and the text as written is the safer headline."""
    if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ not in NAMED_SUBJECTS:
        return False
    written = {t.lower_ for t in subj.subtree if t.pos_ == "PROPN"}
    return not written & {w.lower() for w in named.replace("'s", " ").split()}


NAMED_SUBJECTS = {"PERSON", "ORG", "GPE", "DATE", "EVENT"}  # "with Christmas coming up":
# a named day or event as written, never the speaker the roles took for its doer
RELATIVE = {"who", "that", "which", "whom"}
_AGREES = {  # a pronoun subject and the kind of noun it can stand for
    "he": lambda t: t.ent_type_ == "PERSON" or _office(t) or _unknown_name(t),
    "she": lambda t: t.ent_type_ == "PERSON" or _office(t) or _unknown_name(t),
    "it": lambda t: t.ent_type_ != "PERSON" and t.tag_ in {"NN", "NNP"} and not _someone(t),
    "they": lambda t: t.tag_ in {"NNS", "NNPS"} or t.ent_type_ in {"ORG", "NORP"},
}


def _someone(t: Token) -> bool:
    """Whether a noun is a person, by office or by the name beside it ("The airline's
    chief, Steve Harfst, said it is flying …"): an "it" after it is the body, never him."""
    return (
        _person(t)
        or t.lower_ in SPOKESPEOPLE
        or t.lemma_.lower() in SOMEONE_NOUNS  # "It was still using
        # detention …, the lawyer said": a government, never the lawyer
        or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in t.children)
        or any(c.dep_ == "amod" and c.lower_ in OFFICES for c in t.children)
    )  # "chief executive": the office the word before it names ("State Department" is a
    # body: its "State" a compound, no office)


SPOKESPEOPLE = word_list("spokesman spokeswoman spokesperson executive")
# People nouns a company can be too ("its partner, Shell, said it …")
BODY_OR_PERSON = word_list("partner member head owner founder")
SOMEONE_NOUNS = PEOPLE_NOUNS - BODY_OR_PERSON  # once, not per "it" weighed


def _unknown_name(t: Token) -> bool:
    """Whether a name the model did not call a person may still be one, for a "he" or
    "she" to stand for: the small model tags many surnames as places or bodies
    ("Moghadam said he paid …" with "Moghadam" a GPE), but a country, a capital or an
    organisation the gazetteer knows is none."""
    if t.pos_ != "PROPN" or t.tag_ != "NNP" or t.ent_type_ not in {"", "GPE", "ORG"}:
        return False
    held = entity_at(t.doc, t.i)
    name = t.doc[held[0] : held[1]].text if held is not None else t.text
    return country(name) is None and seat(name) is None and entity(name) is None


def _office(t: Token) -> bool:
    """Whether a noun names a person by office ("the minister", "the envoy"): a "she"
    after it is that person."""
    return t.tag_ == "NN" and t.lower_ in OFFICES and t.lower_ not in {"state", "house", "press"}


def _sayer(trig: Token, subj: Token) -> Token | None:
    """Who a pronoun subject is when the clause is what someone said: "the State
    Department said it certified …", "Moore said he had a donor". A reader takes the
    pronoun for the speaker when the two agree (a person for "he", a thing or body for
    "it"); anything else stays unknown."""
    agrees = _AGREES.get(subj.lower_) if subj.pos_ == "PRON" else None
    if agrees is None:
        return None
    if trig.dep_ in {"acl", "ccomp"} and trig.head.lemma_.lower() in SAYING_NOUNS:
        # "the MTA's announcement that it will suspend subway service": the MTA's
        speaker = next((c for c in trig.head.children if c.dep_ == "poss"), None)
    elif trig.dep_ != "ccomp" or trig.head.lemma_.lower() not in SAYING | ANNOUNCING:
        return None
    else:
        speaker = next((c for c in trig.head.children if c.dep_ == "nsubj"), None)
    if speaker is not None and speaker.lower_ in COUNTS:  # "One of the men, David
        named = [c for c in speaker.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        speaker = named[0] if named else speaker  # Redvers, said he …": Redvers
    if speaker is not None and subj.lower_ == "it" and _someone(speaker):  # "the bank's
        body = next((c for c in speaker.children if c.dep_ == "poss"), None)  # spokesman
        speaker = body if body is not None and body.pos_ == "PROPN" else speaker  # said it
    if speaker is None or speaker.pos_ == "PRON" or not agrees(speaker):  # …": the bank
        return None
    return speaker


PERSON_NOUNS = word_list(
    "man woman boy girl child person driver pedestrian cyclist passenger victim suspect "
    "officer teacher student worker resident patient doctor nurse soldier"
)


def _person(t: Token) -> bool:
    """Whether a noun is a person a "who" can stand for: a name the model calls a person,
    an office ("the co-chair") or a person by what they are ("the driver")."""
    if t.ent_type_ == "PERSON" or _office(t) or t.lemma_.lower() in PERSON_NOUNS:
        return True
    return t.lower_.rsplit("-", 1)[-1] in OFFICES and t.pos_ == "NOUN"


def _body(t: Token) -> bool:
    """Whether a noun may be a body of people a "who" stands for ("the family who sued",
    "the crew who"): a name of any kind, a group, an organisation, kin."""
    if t.pos_ == "PROPN" or t.ent_type_ or t.pos_ == "PRON":
        return True
    return t.lemma_.lower() in GROUP_NOUNS | ORG_NOUNS | PEOPLE | KIN


def _main_subject(trig: Token, subj: Token) -> Token | None:
    """The person a "he" or "she" of a clause told inside another stands for when the
    resolver left it untold: the main clause's subject ("The woman was walking along
    Station Street when she was hit by the car"), a person by name or by what they
    are; None otherwise. The act may be the clause's verb or what it leads to ("The
    striker was limping when she tried to [finish] the match": she tried it)."""
    if subj.lower_ not in {"he", "she"}:
        return None
    main = _clause_main(trig, subj)
    if main is None or main.pos_ not in {"NOUN", "PROPN"}:
        return None
    person = main.ent_type_ == "PERSON" or _office(main) or main.lemma_.lower() in PERSON_NOUNS
    return main if person else None


def _led_pronoun(trig: Token) -> Token | None:
    """The pronoun subject of the verb whose "to"/"-ing" chain leads to ``trig`` ("she
    tried to [finish]", "they began [sheltering]"), which the verb has none of its own."""
    cur = trig
    while cur.dep_ == "xcomp" and cur.head != cur:
        cur = cur.head
    if cur == trig:
        return None
    subj = next((c for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subj if subj is not None and subj.pos_ == "PRON" else None


def _clause_main(trig: Token, subj: Token) -> Token | None:
    """The main clause's subject before a clause told inside it whose pronoun ``subj``
    does ``trig``, the clause's verb or one its "to"/"-ing" chain leads to ("when she
    tried to [finish] the match", "once they began [sheltering]"); None when ``trig``
    is not that verb's, or the clause is no adverbial one."""
    clause = subj.head
    cur = trig
    while cur != clause:
        if cur.dep_ != "xcomp" or cur.head == cur:
            return None
        cur = cur.head
    head = clause.head
    if clause.dep_ != "advcl" or head.pos_ not in {"VERB", "AUX"}:
        return None
    while not children(head, {"nsubj", "nsubjpass"}) and head.dep_ == "xcomp":
        head = head.head  # "started [writing] poems once they began …": who started
    main = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return main if main is not None and main.i < subj.i else None


def _main_row(trig: Token, subj: Token) -> str | None:
    """The people a "they" of a clause told inside another stands for when the main
    clause's subject is a row of them ("Maria Lopez and her husband started writing
    once they began [sheltering] in place"), as written (:func:`_prior_row`'s rule in
    one sentence): a title cannot open on "They", nor tell no one's act."""
    if subj.lower_ != "they":
        return None
    main = _clause_main(trig, subj)
    if main is None or main.ent_type_ != "PERSON":
        return None
    partner = _row_partner(main)
    return None if partner is None else _pair_words(main, partner)


PRIOR_KINDS = {"he": {"PERSON"}, "she": {"PERSON"}, "it": {"ORG", "GPE", "LAW", "PRODUCT"}}
# ("The Clean Rivers Act funds cleanups. It was signed into law in 1972": the act)
SCENE_PREPS = {"in", "at", "near", "from", "into", "across", "of", "to", "inside", "outside"}


def _setting(name: Token) -> bool:
    """Whether a name is the scene of a sentence or a word on another ("in Idlib",
    "Syria's civil war", "a Russia-brokered deal"), never one of its parties."""
    if name.dep_ in {"poss", "compound", "amod", "nmod"}:
        return True
    return name.dep_ == "pobj" and name.head.lower_ in SCENE_PREPS


def _prior_subject(pron: Token) -> Token | None:
    """The name a sentence-opening "he", "she" or "it" stands for when the resolver left
    it untold: the subject of the sentence before, when that is a name of the pronoun's
    kind ("Turkey stepped up its intervention. On Sunday it shot down two planes") and
    no other name of that kind comes between. A title cannot open on "It", and without
    its doer "Taking the battle deep into territory" tells no one's act."""
    kinds = PRIOR_KINDS.get(pron.lower_)
    sent = pron.sent
    thing = _prior_thing(pron)
    if thing is not None:  # "The film opened to poor reviews. But it wound up winning
        return thing  # acclaim"; "The new rules take effect on Friday. They will be applied"
    if kinds is None or sent.start == 0:
        return None
    if pron.dep_ != "nsubj" and (pron.dep_ != "nsubjpass" or pron.lower_ != "it"):
        return None  # "It was signed into law by Reagan": what was signed, a thing
    if any(t.ent_type_ in kinds for t in pron.doc[sent.start : pron.i]):
        return None  # "Putin told Erdogan he …": a name between, no telling which
    prior = pron.doc[sent.start - 1].sent
    subj = next((c for c in prior.root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PROPN":
        return None
    speaker = "PERSON" in kinds and prior.root.lemma_.lower() in SAYING  # "Moghadam said
    # …", whatever kind the tagger gave the name: places say nothing
    if subj.ent_type_ not in kinds and not (speaker and subj.ent_type_ in {"", "GPE"}):
        return None
    own = range(subj.left_edge.i, subj.i + 1)
    others = any(  # another name of the kind that may be meant: "a market dominated by
        e.label_ in kinds and e.root.i not in own and not _setting(e.root)  # Nintendo. It
        for e in entities_in(prior)  # launched its DS": Nintendo did; "in Idlib", "Syria's war"
    )  # are the scene, not what a pronoun after picks up
    return None if others else subj  # one name of the kind in it, no choosing


PRIOR_PERSON_SENTENCES = 3  # sentences back a "he" or "she" is followed to its person
SEXED = word_list("male female")  # "One 72 years male": a bulletin's person


def _prior_person(pron: Token) -> Token | None:
    """The person by what they are that a sentence-opening "he" or "she" stands for when
    no name does ("A 72-year-old man was admitted on 4th April. He had a history of
    hypertension. He expired on 6th April"): the subject of the nearest sentence before
    that does not open on the same pronoun, within three, when it is a person noun and
    no person is named between. A title cannot open on "He", and without its doer
    "Expiring 6th April" tells no one's death."""
    if pron.lower_ not in {"he", "she"} or pron.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    doc = pron.doc
    sent = pron.sent
    if any(t.ent_type_ == "PERSON" or _person(t) for t in doc[sent.start : pron.i]):
        return None
    back = 0
    while back < PRIOR_PERSON_SENTENCES:
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        if all(t.is_punct or t.is_space for t in sent):
            continue  # "… of chronic hypertension⏎." a page's link left its stop alone
        back += 1
        subj = next(
            (c for c in sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None
        )
        if subj is not None and subj.lower_ == pron.lower_:
            continue
        if subj is None or subj.pos_ != "NOUN" or not (_person(subj) or subj.lower_ in SEXED):
            return None
        if any(e.label_ == "PERSON" for e in entities_in(sent)):
            return None  # "A man told Ms Patel …": a name beside him, no telling which
        return subj
    return None


PRIOR_ROW_WORDS = 7  # a row a title opens on, leaving the act room


def _prior_row(pron: Token) -> str | None:
    """The people a sentence-opening "they" stands for when the sentence before opens on
    a row of two named people ("Ben Phalen and his wife Kate quit their jobs. They flew
    to Chile"), as written: a title cannot open on "They", and "Flying to Chile" tells
    no one's trip. None when any other person is named between, or the row is not of
    people."""
    sent = pron.sent
    if pron.lower_ != "they" or pron.dep_ != "nsubj" or sent.start == 0:
        return None
    if any(t.ent_type_ == "PERSON" for t in pron.doc[sent.start : pron.i]):
        return None
    prior = pron.doc[sent.start - 1].sent
    subj = next((c for c in prior.root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.ent_type_ != "PERSON":
        return None
    partner = _row_partner(subj)  # "his wife Kate"
    if partner is None:
        return None
    told = range(subj.left_edge.i, partner.right_edge.i + 1)
    if any(e.label_ == "PERSON" and e.root.i not in told for e in entities_in(prior)):
        return None  # another person named beside the row: no telling whom "they" means
    return _pair_words(subj, partner)


def _row_partner(subj: Token) -> Token | None:
    """The one person a subject is told in a row with ("Ben Phalen and his wife Kate"):
    its only conjunct, when that is named, a person's word or kin; None otherwise."""
    row = [c for c in subj.children if c.dep_ == "conj"]
    if len(row) != 1 or children(row[0], {"conj"}):
        return None
    named = any(c.ent_type_ == "PERSON" for c in children(row[0], {"appos", "compound"}))
    return row[0] if named or _person(row[0]) or row[0].lemma_.lower() in KIN else None


def _pair_words(subj: Token, partner: Token) -> str | None:
    """A row of two people as a title opens on it ("Dylan Tinsley and his wife", without
    ", a mechanical engineer …"), or None when longer than :data:`PRIOR_ROW_WORDS`."""
    doc = subj.doc
    first = doc[subj.left_edge.i : subj.i + 1].text
    second = doc[partner.left_edge.i : partner.right_edge.i + 1]
    if len(second) > 4 or any(t.is_punct for t in second):
        second = doc[partner.left_edge.i : partner.i + 1]
    both = f"{first} and {second.text}"
    return both if len(both.split()) <= PRIOR_ROW_WORDS else None


def _speaker_aside(cur: Token) -> bool:
    """Whether a participle after a comma hangs on a verb of saying whose words came
    before it ("'It was a stretch,' the actor said to laughter, riffing on his own
    life", web page): the speaker's own aside. Not when the saying's clause comes
    between ("Police said troops shelled the town, killing 12"): the parser may have
    hung the participle on "said" for the shelling's."""
    head = cur.head
    return (
        cur.dep_ == "advcl"
        and cur.tag_ == "VBG"
        and cur.i > head.i
        and any(t.text == "," for t in cur.doc[head.i : cur.i])
        and not any(c.dep_ == "ccomp" and c.i > head.i for c in head.children)
    )


def _managed_by(trig: Token) -> Token | None:
    """The pronoun subject of the verb a "to" clause completes ("they had only managed
    [to capture] a single animal"), which the clause's act shares; None otherwise."""
    cur = trig
    while cur.dep_ == "xcomp" and cur.head != cur:
        cur = cur.head
        subj = next((c for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None:
            return subj if subj.pos_ == "PRON" else None
    return None


def _plural_subjects(span: Span) -> list[Token]:
    """The plural common nouns that are subjects in a stretch of text ("Volunteers")."""
    return [
        t
        for t in span
        if t.dep_ in {"nsubj", "nsubjpass"} and t.tag_ in {"NNS", "NNPS"} and not t.ent_type_
    ]


def _reported_of(verb: Token, pron: Token) -> bool:
    """Whether a pronoun is in a clause that ``verb`` reports ("alleged [they had
    captured the airport]"), not in one joined to it ("went …, but they managed …")."""
    cur = pron.head
    while cur.head != cur:
        if cur.dep_ == "ccomp" and cur.head == verb:
            return True
        cur = cur.head
    return False


def _prior_plural(pron: Token | None) -> str | None:
    """The people or things a "they" stands for when the resolver left it untold: the
    one plural noun that is a subject before it, in its own sentence, else in the one
    before ("Volunteers went in with a plan, but after two months they had only managed to
    capture a single animal", web page): "Volunteers", as a reader takes it. None when
    no such subject is there, when two are (no telling which), or when a name stands
    between (the resolver's to tell, :func:`_prior_row`)."""
    if pron is None or pron.lower_ != "they" or pron.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    doc, sent = pron.doc, sentence_of(pron)
    found = _plural_subjects(doc[sent.start : pron.i])
    if not found and sent.start > 0:  # "… They flew …": the sentence before, when its
        found = _plural_subjects(sentence_of(doc[sent.start - 1]))  # own has none
    if any(_reported_of(t.head, pron) for t in found):
        return None  # "The rebels alleged they had captured the airport": what a side
        # says of "they" is its own to tell (:func:`_sayer`), never a guess here
    between = doc[found[-1].i + 1 : pron.i] if found else []
    if len({t.lower_ for t in found}) != 1 or any(
        t.ent_type_ in {"PERSON", "ORG", "NORP"}  # a name: the resolver's to tell; another
        and not _owner_only(t)
        or t.dep_ in {"nsubj", "nsubjpass"} and t.lower_ not in RELATIVE | {"they"}  # subject
        for t in between  # ("Don't let your eyes gloss over … It's common to hear someone
    ):  # complain that they've been fighting …"): no telling; "crooks who robbed a bank"
        return None  # is the crooks
    noun = found[-1]
    if noun.lower_ in SHARES | MULTITUDES or any(c.dep_ == "conj" for c in noun.children):
        return None  # "Dozens said …", "Rangers and police …": not one noun to take up
    return _phrase(list(doc[noun.left_edge.i : noun.i + 1]), None) or None


def _owner_only(t: Token) -> bool:
    """Whether a name's word is a possessive inside a phrase of a preposition ("during
    Harris' presidential campaign"): whose the thing is, never what a "they" after it
    stands for. A web page's "The false claims first started circulating …, during
    Harris' presidential campaign, and they were revived" was titled "Revived last week"."""
    root = t.head if t.dep_ == "case" else t
    while root.dep_ == "compound":
        root = root.head
    return root.dep_ in {"poss", "nmod"} and root.i < root.head.i and root.head.dep_ == "pobj"


LISTING = word_list("be have include feature contain comprise involve")  # what it has


def _prior_thing(pron: Token) -> Token | None:
    """The thing, or with "they" the things or people, a sentence-opening "it" or "they"
    stands for: the subject of the sentence before when it is one pointed at by "the"
    or "this" (:func:`_pointed_thing`) and no name comes before the pronoun."""
    sent = pron.sent
    if pron.lower_ not in {"it", "they"} or pron.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    if sent.start == 0 or any(
        t.ent_type_ or t.pos_ in {"NOUN", "PROPN", "PRON"} for t in pron.doc[sent.start : pron.i]
    ):  # "their brownouts are killing businesses, and they are disrupting …": the
        return None  # brownouts, in its own sentence
    prior = pron.doc[sent.start - 1].sent
    if prior.root.lemma_.lower() in LISTING:
        return None  # "The sale includes the dinosaurs plus a crocodile. It has been
        # relocated": what such a verb lists is what a pronoun after it stands for
    subj = next((c for c in prior.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    many = pron.lower_ == "they"
    return subj if subj is not None and _pointed_thing(subj, many=many) else None


THING_POINTERS = word_list("the this these")


def _pointed_thing(subj: Token, many: bool = False) -> bool:
    """Whether a subject is one thing the text points at ("The film", "This bill"), which
    an "it" opening the next sentence stands for, or with ``many`` things ("The new
    rules", "The protesters") a "they" stands for: a common noun of that number with
    "the", "this" or "these", no person for "it", no time, and no name in it that the
    pronoun might mean instead."""
    return (
        subj.pos_ == "NOUN"
        and subj.tag_ == ("NNS" if many else "NN")
        and not subj.ent_type_
        and any(c.dep_ == "det" and c.lower_ in THING_POINTERS for c in subj.children)
        and (many or not _person(subj))  # "The protesters … They were arrested"
        and subj.lemma_.lower() not in TIME_NOUNS
        and not any(t.ent_type_ for t in subj.subtree)
        and not any(c.dep_ in {"conj", "prep", "relcl", "acl"} for c in subj.children)
    )


def _pronoun_above(trig: Token) -> Token | None:
    """The pronoun subject of the verb a participle or a joined verb hangs on ("it shot
    down two planes, [taking] the battle …", "they closed down and [revamped] …")."""
    cur = trig
    for _ in range(3):
        if cur.dep_ not in {"advcl", "conj"} or (cur.dep_ == "advcl" and cur.tag_ != "VBG"):
            return None
        cur = cur.head
        subj = next((c for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None:
            return subj if subj.pos_ == "PRON" else None
    return None


def _shared_sayer(trig: Token) -> Token | None:
    """The speaker a verb with no subject of its own stands for when it shares a pronoun
    subject with the verb before it in what was said: "Dunne said he had spoken to both
    sides and [urged] restraint" is Dunne's, as a reader takes it."""
    cur = trig
    while cur.dep_ == "conj" and cur.head != cur and cur.head.pos_ in {"VERB", "AUX"}:
        cur = cur.head
        subj = next((c for c in cur.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None:
            return _sayer(cur, subj)
    return None


ANNOUNCING = {"announce", "confirm", "declare", "insist", "warn"}
SAYING_NOUNS = {"announcement", "statement", "pledge", "promise", "warning", "claim", "vow"}
TOLD_PREPS = {"after", "before", "since", "while", "upon", "following", "when", "by"}
SAYING = {"say", "tell", "report", "add", "note", "state", "explain", "write", "claim"}


HIRERS = word_list("hire employ recruit enlist commission contract engage")


def _hired_party(verb: Token, step: str) -> list[Token]:
    """The party a verb of hiring took on to do its aim ("the council hired climbers to
    scale the cliffs", "the firm employed two contractors to repair the roof"): the
    hired do the aim, the hirer only hires, so "The council to scale the cliffs" names
    the wrong doer. Money or a time taken is no one ("paid $5m to settle")."""
    if step not in {"xcomp", "advcl"} or verb.lemma_.lower() not in HIRERS:
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "dobj"
        and c.pos_ in {"NOUN", "PROPN"}
        and c.ent_type_ not in {"MONEY", "DATE", "TIME", "PERCENT", "QUANTITY"}
    ][:1]


def _shared_subject(trig: Token, described: bool = False, pronouns: bool = False) -> Token | None:
    """The subject a verb with none of its own shares, as a reader takes it: the noun a
    relative clause hangs on ("pirates who [threatened] a ship"), the subject of the
    verb it is coordinated with ("shot two clerks and [fled]") or of the participle's
    main verb ("…, [capturing] 26 pirates"), the object of a verb of making someone do
    it ("forced villagers to [leave]") or else that verb's subject ("was picked to
    [host] the show"); None for a pronoun or when the parse gives none. ``described``:
    the event's own participle on a noun is that noun's act ("a report [examining] the
    strategies"); a clause around another event's word is not looked for through one
    ("papers seeking a judicial review" is no headline of the review). ``pronouns``: a
    pronoun subject too, for the caller to tell by the name the resolver gave it."""
    cur = trig
    joined = False  # whether the last step was from a finite verb joined to this one
    aimed = False  # whether a step was from an aim to the verb it is on (:func:`_aim_of`)
    for _ in range(4):
        subj = next(  # "PARIS, April 8 — The championships …": the dateline is no subject
            (
                c
                for c in cur.children
                if c.dep_ in {"nsubj", "nsubjpass"} and not _dateline(c) and not _this_time(c)
            ),
            None,
        )
        if subj is not None:
            if subj.lower_ in RELATIVE:
                subj = _who(cur) if cur.dep_ == "relcl" and cur.head.pos_ != "PRON" else None
                if subj is not None and _scene_noun(subj, cur):
                    return None  # "… in the region, which has included a capital
                    # raising": a setting the parser left the clause on, whose owner
                    # it lost; the place did nothing
            if subj is not None and _share_of(subj) is not None:
                return subj  # "Most of FreedomWorks' 40 employees are … helping to connect"
            kinds = {"NOUN", "PROPN", "PRON"} if pronouns else {"NOUN", "PROPN"}
            if subj is not None and _some_alone(subj):
                return subj  # "Many believe … and fear tax rises": "many" tells who
            return subj if subj is not None and subj.pos_ in kinds else None
        listed = _listed_before(cur)
        if listed is not None:  # "Morrison has since deployed the military, [launched] …,
            cur = listed  # [pledged] billions": the parser hung the row's first verb on
            continue  # the second as a clause of its own
        head = cur.head
        if cur.dep_ == "xcomp" and _used_passive(head) and not children(trig, {"auxpass"}):
            return None  # "its money is used to invest in the business": the money
            # invests nothing, and whose it is the passive leaves untold ("rather than
            # be distributed" is the money's)
        if _back_to_do(cur):  # "workers returned to [check] the traps": the workers
            cur = head
            continue
        hired = _hired_party(head, cur.dep_)
        if hired:  # "the council hired climbers to [scale] the cliffs": the climbers do
            return hired[0]
        if cur.dep_ == "xcomp":
            obj = next((c for c in head.children if c.dep_ == "dobj"), None)
            if obj is not None and _spent_time(obj):
                obj = None  # "Both sides have spent the week lobbing attacks": the sides
                # lob them, the week is how long; never "The week lobbed attacks"
            if obj is not None and _means_used(obj):
                cur = head  # "Jet plans to use the cash to buy new planes": Jet buys
                continue  # them, the cash is what it pays with
            if obj is not None:
                return obj if obj.pos_ in {"NOUN", "PROPN"} else None
        if described and cur.dep_ == "acl" and cur.tag_ == "VBG" and head.pos_ in {"NOUN", "PROPN"}:
            return head  # "a detailed report examining the strategies": the report's
        if described and cur.dep_ == "advcl" and cur.tag_ == "VBG" and cur.i < head.i:
            cur = head  # "Visiting the area, the commissioner said …": the speaker visited
            continue
        told = _reported_row(cur)
        if told is not None:  # "The suit asserts Beblawi directed and [monitored] the
            cur = told  # abuse": the parser joined the second verb to "asserts", but
            continue  # Beblawi did both, never the suit
        called_for = _for_object(cur)
        if called_for is not None:  # "called for the toll … to be [lifted]": the toll
            return called_for
        if cur == trig and head.lemma_.lower() in SAYING and _speaker_aside(cur):
            cur = head  # "'It was a stretch,' he said to laughter, riffing on his own
            continue  # life": the speaker riffed; only the aside's own act ("calling
            # for him to apologise and [withdraw] them" is no act of the speaker's)
        if head.lemma_.lower() in SAYING:
            return None  # "Straw said the number … have reached 440": a parse's conj
        if joined and _purpose(cur) and not any(c.dep_ == "auxpass" for c in head.children):
            cur = head  # "The group is considering ads to increase turnout and has been
            continue  # [conducting] polls": a finite verb is no part of the aim; the
            # parser joined it there, and the group polls
        joined = cur.dep_ == "conj" and any(
            a.dep_ == "aux" and a.tag_ in {"VBZ", "VBP", "VBD", "MD"} for a in cur.children
        )
        shown = _participle_row(cur)
        if shown is not None:  # "Videos showed protesters chanting … and [trying] to
            cur = shown  # enter the venue": the protesters tried, never the videos
            continue
        if _finite_after_infinitive(cur):
            cur = head.head  # "has led some observers to talk of miracles and [created]
            continue  # euphoria": the revival created it, the observers only talk
        if _gerund_after_infinitive(cur):  # "a letter urging the government to restore
            cur = head.head  # funding and [affirming] the right": the letter affirms, never
            if cur.dep_ == "acl" and cur.head.pos_ in {"NOUN", "PROPN"}:  # the government
                return cur.head
            continue
        if cur.dep_ == "conj" and head.dep_ == "ccomp" and _misjoined(cur, head):
            cur = head.head  # "Many believe the figure is … - and [fear] tax rises": they
            # fear, not the figure; "fear" cannot be the "is" verb's mate
        elif cur.dep_ in {"conj", "xcomp"} or (cur.dep_ == "advcl" and cur.tag_ in {"VBG", "VBN"}):
            cur = head
        elif cur.dep_ == "oprd" and cur.tag_ == "VBN":
            cur = head  # "Thomas was found fatally [wounded]": Thomas was
        elif cur.dep_ == "acomp" and children(cur, {"xcomp"}):
            cur = head  # "the embargo is likely to be [lifted]": the embargo is
        elif aimed and _purpose(cur):  # "Turkey opened its borders to let migrants in,
            cur = head  # in a move to [demand] support": the aim of an aim; any clause
            # of aim would take "Congress" in "demands for Congress to help fund" for none
        elif cur.dep_ == "pcomp" and (fronted := _fronted_to_main(head)) is not None:
            return fronted  # "While researchers don't say …, in [inspecting] one such
            # link, Stefanko said …": the parser hung the phrase on the clause before it
        elif cur.dep_ == "pcomp" and head.head.pos_ in {"VERB", "AUX"}:
            cur = head.head  # "after [escaping]"
        elif _relative_misread(cur):
            cur = head  # "Protesters opposed to the reform [tried] to storm a theater":
            # the protesters tried, the parser's main verb is their description
        elif _aim_of(cur) is not None:
            aim = _aim_of(cur)  # "Turkey opened its borders in a move to [demand] EU
            owner = next((c for c in aim.children if c.dep_ == "poss"), None)  # support"
            if owner is not None:
                return owner if owner.pos_ in {"NOUN", "PROPN"} else None
            cur = aim.head.head  # the verb the "in a move" phrase is on
            aimed = True
        else:
            return None
    return None


def _past_dateline(words: list[Token]) -> list[Token]:
    """A subject's words without the dateline the parser hung on them ("PARIS (Reuters)
    – Protesters opposed to …"): what follows a dash that only capitals and a credit in
    brackets come before, at the sentence's start."""
    if not words or words[0].i != sentence_of(words[0]).start:
        return words
    for k, t in enumerate(words):
        if t.text in DASHES:
            before = [w for w in words[:k] if w.is_alpha]
            inside = {w.i for w in words[:k] if any(b.text == "(" and b.i < w.i for b in words[:k])}
            if before and all(w.is_upper or w.i in inside for w in before):
                return words[k + 1 :] or words
            return words
    return words


def _relative_misread(verb: Token) -> bool:
    """Whether the parser took a subject's reduced relative clause for the main verb and
    the main verb for a clause of it ("Protesters opposed to the reform tried to storm
    a theater": "opposed" the root, "tried" an adverbial clause with no subject): a past
    verb with no subject, no link word and no punctuation between it and a participle
    that follows its own subject and takes no object, so the subject is the verb's."""
    head = verb.head
    if verb.dep_ != "advcl" or verb.tag_ != "VBD" or head.tag_ not in {"VBD", "VBN"}:
        return False
    if head.i > verb.i or children(verb, {"nsubj", "nsubjpass", "expl", "mark", "aux"}):
        return False
    if any(c.dep_ == "advmod" and c.tag_ in {"WRB", "IN"} for c in verb.children):
        return False  # "…, when tried", "as tried"
    subj = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return (
        subj is not None
        and subj.right_edge.i == head.i - 1
        and not children(head, {"dobj", "ccomp", "xcomp"})
        and any(c.dep_ == "prep" and c.i == head.i + 1 for c in head.children)
        and not any(t.is_punct for t in verb.doc[head.i : verb.i])
    )


USING = word_list("use spend employ utilise utilize borrow raise")


def _means_used(obj: Token) -> bool:
    """Whether a verb's object is what its subject does the next act with ("use the
    cash to buy planes", "using his 28.1% shareholding to vote off three board
    members"): a thing, never one made to act, so the one using it does the act; "used
    the police to clear the square" stays the police's."""
    return obj.head.lemma_.lower() in USING and not (_person(obj) or _body(obj))


def _finite_after_infinitive(verb: Token) -> bool:
    """Whether the parser joined a past verb to a "to" infinitive ("led some observers
    to talk of miracles and created euphoria"): a past tense is no second verb under
    "to", so it is the mate of the verb the infinitive hangs on and shares its subject
    (titled "Some observers to created euphoria" on Reuters)."""
    first = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ in {"VBD", "VBN"}  # "has led … and [created]": the "has" is led's
        and verb.lower_ not in _past_forms()  # "forcing exporters to slash spending and
        and verb.lower_ not in UNCHANGED  # [lay] off workers": a verb's own base form the
        # tagger called a past ("lay" of "lie", "set", "cut") is the infinitive
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
        and first.tag_ == "VB"
        and first.dep_ in {"xcomp", "ccomp", "advcl"}
        and first.head.pos_ in {"VERB", "AUX"}
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in first.children)
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    )


FRONTED_CLAUSES = {"advcl", "ccomp", "conj"}  # the clauses a fronted phrase is misread in
FRONTED_PREPS = word_list("in by after before while on upon when")  # "in inspecting …"


def _fronted_to_main(prep: Token) -> Token | None:
    """The subject of the main clause a fronted "in/by/after …-ing" phrase opens, when
    the parser hung the phrase on the clause before it ("While researchers don't say how
    many have been infected, in inspecting one such link, Stefanko said …"): a comma
    before the phrase, the main verb's named subject after it, so the phrase is the
    main clause's, and its doer that subject, never the earlier clause's ("Phones
    inspected one such link") nor no one ("Inspecting one such link")."""
    if prep.i == 0 or prep.doc[prep.i - 1].text != "," or prep.lower_ not in FRONTED_PREPS:
        return None  # "…, including crossing the borders": no act of anyone's
    clause = prep.head
    while clause.dep_ in FRONTED_CLAUSES and clause.head != clause:
        clause = clause.head
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.i > prep.i and clause.i > prep.i:
            if subj.pos_ not in {"NOUN", "PROPN"} or subj.i <= prep.right_edge.i:
                return None
            if any(t.is_quote for t in prep.doc[prep.i : subj.i]):
                return None  # "'… including crossing the borders,' Mishustin said": the
                # speaker's quote, whose phrase is the quote's own
            return subj
    return None


def _fronted_past(trig: Token) -> bool:
    """Whether a gerund opens a fronted phrase of a main clause told in the past (see
    :func:`_fronted_to_main`): "in inspecting one such link, Stefanko said …" tells an
    inspection done, by Stefanko, whatever clause the parser hung it on."""
    subj = _fronted_to_main(trig.head) if trig.dep_ == "pcomp" else None
    if subj is None:
        return False
    verb = subj.head
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    return verb.tag_ == "VBD" or bool(auxes & {"was", "were", "had", "has", "have"})


def _gerund_after_infinitive(verb: Token) -> bool:
    """Whether the parser joined an -ing verb to a "to" infinitive that an -ing verb
    governs ("a letter urging the government to restore funding and affirming the
    right to sue"): an -ing form is no second verb under "to", so it is the mate of the
    -ing verb above, and its doer is that verb's, never the one urged (titled "The
    Egyptian government affirms Soltan's right" on a real page)."""
    first = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBG"
        and not any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children)
        and first.tag_ == "VB"
        and first.dep_ == "xcomp"
        and first.head.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in first.children)
    )


def _used_passive(verb: Token) -> bool:
    """Whether a verb of using is told in the passive of a thing ("its money is used to
    invest in the business"): the thing is no doer of the act it is used for."""
    if verb.lemma_.lower() not in USING or not children(verb, {"auxpass"}):
        return False
    return any(not (_person(c) or _body(c)) for c in children(verb, {"nsubjpass"}))


def _spent_time(obj: Token) -> bool:
    """Whether a verb's object is the time it takes ("spent the week", "spent weeks"),
    never one made to act: a duration verb's time object, or any object the recogniser
    reads as a date or time."""
    return obj.head.lemma_.lower() in DURATION_VERBS and (
        obj.ent_type_ in {"DATE", "TIME"} or obj.lemma_.lower() in TIME_NOUNS
    )


def _some_alone(subj: Token) -> bool:
    """Whether a subject is a bare "many" or "some" ("Many fear tax rises"): people the
    text does not name, whom a headline may still open on."""
    return subj.lower_ in SOME and subj.pos_ in {"ADJ", "PRON", "DET"} and not list(subj.children)


def _misjoined(verb: Token, head: Token) -> bool:
    """Whether a present-tense verb the parser joined to another disagrees with it in
    number ("the figure is … and fear"): one takes a singular subject, the other a
    plural one, so they share none, and the verb is the mate of a verb further up."""
    if any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    forms = {verb.tag_, head.tag_}
    return forms in ({"VBZ", "VBP"}, {"VBZ", "VB"})


def _participle_row(verb: Token) -> Token | None:
    """The participle a bare participle joined to a finite verb continues ("showed
    protesters chanting slogans and trying to enter"): the parser hung the second one
    on "showed", but both are what the protesters did; None for any other verb."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBG" or head.tag_ == "VBG":
        return None
    if any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in verb.children):
        return None
    return next(
        (
            c
            for c in head.children
            if c.dep_ in {"ccomp", "xcomp", "dobj"}
            and c.tag_ == "VBG"
            and c.i < verb.i
            and any(s.dep_ == "nsubj" for s in c.children)
        ),
        None,
    )


def _aim_of(verb: Token) -> Token | None:
    """The aim noun a "to" clause completes when the noun is the object of a phrase
    on a verb ("opened its borders in a move to demand support", "cut rates in a bid to
    revive growth"), or owned ("Turkey's bid to join"); None for any other clause."""
    noun = verb.head
    if (
        verb.dep_ != "acl"
        or noun.lemma_.lower() not in PLAN_NOUNS
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        return None
    if any(c.dep_ == "poss" for c in noun.children):
        return noun
    on_verb = noun.dep_ == "pobj" and noun.head.head.pos_ in {"VERB", "AUX"}
    return noun if on_verb else None


def _asks_what(c: Token) -> bool:
    """Whether a verb's object, or the object of its preposition, is "what"."""
    if c.dep_ == "dobj":
        return c.lower_ == "what"
    return c.dep_ == "prep" and any(x.dep_ == "pobj" and x.lower_ == "what" for x in c.children)


def _cleft(trig: Token) -> Token | None:
    """The noun a "what" clause stands for when a copula names it ("Such an opening is
    exactly what operators have been waiting for", "A ceasefire is what both sides
    want"): the copula's subject, before it."""
    be = trig.head
    if trig.dep_ != "ccomp" or be.lemma_ != "be" or not any(_asks_what(c) for c in trig.children):
        return None
    return next(
        (
            c
            for c in be.children
            if c.dep_ == "nsubj" and c.i < be.i and c.pos_ in {"NOUN", "PROPN"}
        ),
        None,
    )


def _lower_first(text: str) -> str:
    """A phrase as it reads inside a headline: "Such an opening" -> "such an opening"."""
    return text[:1].lower() + text[1:]


def _reported_row(verb: Token) -> Token | None:
    """The reported verb a second one was meant to join ("asserts Beblawi [directed]
    and monitored the abuse") when the parser joined it to the reporting verb instead:
    a verb with a subject of its own is the last thing before the conjunction."""
    if verb.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    told = next(
        (c for c in verb.head.children if c.dep_ == "ccomp" and verb.head.i < c.i < verb.i),
        None,
    )
    if told is None or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in told.children):
        return None
    between = verb.doc[told.right_edge.i + 1 : verb.i]
    return told if between and all(t.dep_ == "cc" or t.is_punct for t in between) else None


def _purpose(verb: Token) -> bool:
    """Whether a verb is a clause of aim ("considering ads [to increase] turnout"),
    whose doer is the subject of the verb it hangs on."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VB"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)
        and verb.head.pos_ in {"VERB", "AUX"}
    )


def _share_of(subj: Token) -> Token | None:
    """The "of" phrase a share or count subject takes its people from ("most [of the
    employees]", "two [of the suspects]"): without it the subject says no one."""
    if subj.lower_ not in SHARES | MULTITUDES and not subj.like_num:
        return None
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or not any(c.dep_ == "pobj" and c.tag_ in {"NNS", "NNPS"} for c in of.children):
        return None  # people are many: "most of FreedomWorks" is a parse cut short
    return of


def _listed_before(verb: Token) -> Token | None:
    """The first verb of a row of acts told of one subject ("Morrison has deployed the
    military, launched a call-up, pledged billions …") when the parser made it a clause
    of the second: a finite verb before it, no conjunction opening it ("when", "as"),
    a comma between the two."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "advcl"
            and c.i < verb.i
            and c.tag_ in {"VBD", "VBZ", "VBP", "VBN"}
            and not any(x.dep_ == "mark" for x in c.children)
            and any(t.text == "," for t in verb.doc[c.i : verb.i])
            and any(x.dep_ in {"nsubj", "nsubjpass"} for x in c.children)
        ),
        None,
    )


# Common nouns of a place where things are ("in the region", "across the area"): the
# setting of the noun before them, which a "which" after them is mostly about ("De Grey's
# tour-de-force in the region, which has included a capital raising"); never a doer.
SCENE_NOUNS = word_list("region area zone district neighbourhood neighborhood vicinity locality")
SCENE_AT = word_list("in across throughout around near within")
BEFALLING_VERBS = word_list("see suffer experience witness endure face undergo host record")
# what a place's clause tells of it: "the district, which has seen three evacuations"


def _scene_noun(noun: Token, clause: Token) -> bool:
    """Whether a noun is the place phrase of something else ("the fighting [in the
    region]"), not what a "which" clause after it tells of: a place has things befall
    it ("…, which has seen three evacuations"), but kills, includes or raises nothing."""
    return (
        noun.lemma_.lower() in SCENE_NOUNS
        and noun.dep_ == "pobj"
        and noun.head.lower_ in SCENE_AT
        and clause.lemma_.lower() not in BEFALLING_VERBS
    )


def _antecedent(clause: Token) -> Token:
    """The noun a relative clause is about. The parser hangs it on the nearest noun, but
    the verb's number can say otherwise: "the fire on Sydney's outskirts, which has been
    burning" is the fire's (a singular verb, a plural noun under a phrase of the fire)."""
    noun = clause.head
    which = any(c.lower_ == "which" and c.dep_ in {"nsubj", "dobj"} for c in clause.children)
    host = _aside_host(clause)
    if host is not None:
        noun = host
    if which and noun.dep_ == "pobj" and noun.head.lower_ == "by" and _person(noun):
        # "an announcement by Bertie Ahern - who … - which ruled out": the announcement
        return noun.head.head
    if which and (noun.ent_type_ == "PERSON" or _office(noun)):
        # "said Noah Wall, director for FreedomWorks, which organized …": "which" is never
        # a person; the nearest noun before it that is none is meant
        before = (t for t in reversed(clause.doc[noun.i + 1 : clause.left_edge.i]))
        thing = next(
            (t for t in before if t.pos_ in {"NOUN", "PROPN"} and t.dep_ != "compound"), None
        )
        if thing is not None and thing.ent_type_ != "PERSON" and not _office(thing):
            return thing
    if which and _scene_noun(noun, clause) and noun.head.head.pos_ in {"NOUN", "PROPN"}:
        return noun.head.head  # "the fighting in the region, which has killed 300"
    start = clause.left_edge.i
    if which and noun.pos_ == "PRON" and start >= 2 and clause.doc[start - 1].text == ",":
        # "all those caught up in the disaster, which had dominated …": the parser hung it
        # on the pronoun, but a "which" after a comma is about the noun before the comma
        last = clause.doc[start - 2]
        if last.pos_ in {"NOUN", "PROPN"} and noun.i < last.i:
            return last
    singular = clause.tag_ == "VBZ" or any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"has", "is", "was"} for c in clause.children
    )
    prep = noun.head
    if (
        singular
        and noun.tag_ in {"NNS", "NNPS"}
        and noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.head.tag_ in {"NN", "NNP"}
    ):
        return prep.head
    plural = clause.tag_ == "VBP" or any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in {"have", "are", "were"}
        for c in clause.children
    )
    if plural and noun.tag_ in {"NN", "NNP"}:  # "the limits on the entry of foreigners to
        cur = noun  # Norway, which were put in place": the limits were, not Norway
        for _ in range(4):
            if cur.dep_ != "pobj" or cur.head.dep_ != "prep":
                break
            cur = cur.head.head
            if cur.tag_ in {"NNS", "NNPS"}:
                return cur
    return noun


def _aside_host(clause: Token) -> Token | None:
    """The noun an aside between dashes hangs on when a relative clause follows the
    aside: "an announcement by Bertie Ahern - who is still considering the future of
    the airline - which ruled out a buy-out" hangs "which" on the aside's last noun
    (the future), but the closing dash ends the aside, so the clause goes back to what
    stood before it. None when no aside ends just before the clause."""
    doc, start = clause.doc, clause.left_edge.i
    if start < 3 or doc[start - 1].text not in DASHES or not clause.head.i < start - 1:
        return None
    first = clause.sent.start
    opening = next((k for k in range(start - 2, first, -1) if doc[k].text in DASHES), None)
    if opening is None or not opening < clause.head.i:
        return None
    before = doc[opening - 1]
    return before if before.pos_ in {"NOUN", "PROPN"} else None


def _apposed_person(noun: Token) -> str | None:
    """The person's name a common noun stands beside as an apposition ("Daniel Morgan, a
    37-year-old teacher who was stabbed"): a relative clause on the description is that
    person's act, and the title says who. None for any other noun."""
    if noun.pos_ != "NOUN" or noun.dep_ != "appos" or noun.head.ent_type_ != "PERSON":
        return None
    span = entity_at(noun.doc, noun.head.i)
    return noun.doc[span[0] : span[1]].text if span is not None else None


def _clause_noun(clause: Token) -> Token:
    """The noun a relative clause right after a row is about: the parser hangs "the TV
    special he hosted" in "LeBron James and the TV special he hosted" on the row's first
    noun ("LeBron James hosted LeBron James"), yet the clause follows the last."""
    head = clause.head
    row = [c for c in head.children if c.dep_ == "conj" and head.i < c.i < clause.i]
    last = max(row, key=lambda c: c.i, default=None)
    if last is None or last.pos_ not in {"NOUN", "PROPN"}:
        return head
    between = clause.doc[last.right_edge.i + 1 : clause.left_edge.i]
    return last if all(t.is_punct for t in between) else head


def _who(clause: Token) -> Token:
    """The person a "who" clause is about (:func:`_antecedent`) for a title: the parser
    hangs the clause on the nearest noun, but "Carol Hefner, a co-chair of Trump's
    campaign who helped organize a protest" is Hefner's act, never the campaign's; the
    person the phrase of a thing hangs on is meant."""
    noun = _antecedent(clause)
    who = any(c.lower_ == "who" and c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
    if not who or _person(noun) or _body(noun):
        return noun
    of = next(  # "the breathtaking hypocrisy of MPs who voted themselves …": the MPs;
        # "made contact with the British authorities, who arranged a meeting": they did
        (
            x
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ in {"of", "with"} and c.i < clause.i
            for x in c.children
            if x.dep_ == "pobj" and x.right_edge.i < clause.i and (_person(x) or _body(x))
        ),
        None,
    )
    if of is not None:
        return of
    cur = noun
    for _ in range(3):
        if cur.dep_ != "pobj" or cur.head.dep_ != "prep":
            break
        cur = cur.head.head
        if _person(cur):
            return cur
    return noun


def _told_past(trig: Token, through: tuple[str, ...] = ()) -> bool:
    """Whether a participle hangs on a verb told in the past ("boarded the tanker,
    seizing …", "were convicted of planting …"); ``through`` names more links of
    participles to walk up ("spent weeks [debating] …, with Democrats [insisting]":
    "xcomp", so the verb that spent them)."""
    cur = trig
    for _ in range(4):
        if cur.head == cur:
            return False
        cur = cur.head.head if cur.dep_ == "pcomp" else cur.head
        if cur.pos_ in {"VERB", "AUX"} and not (
            cur.tag_ == "VBG" and cur.dep_ in {"conj", "pcomp", "advcl", *through}
        ):  # "convicted of making and [planting]": the verb above "making"
            auxes = {c.lower_ for c in cur.children if c.dep_ in {"aux", "auxpass"}}
            return cur.tag_ == "VBD" or bool(auxes & {"was", "were", "had", "has", "have"})
    return False


@lru_cache(maxsize=1)
def _past_forms() -> dict[str, str]:
    """Irregular simple pasts from the model's lemmatizer exceptions ("flee" -> "fled");
    of two forms the one not in -n ("took", not "taken")."""
    from .. import nlp

    try:
        table = nlp.load().get_pipe("lemmatizer").lookups.get_table("lemma_exc")["verb"]
    except (KeyError, ValueError):
        return {}
    forms: dict[str, list[str]] = {}
    for form, lemmas in sorted(table.items()):
        for lemma in lemmas:
            if form != lemma and not form.endswith(("ing", "s")):
                forms.setdefault(lemma, []).append(form)
    return {
        lemma: sorted(fs, key=lambda f: (f.endswith(("n", "ne")), len(f), f))[0]
        for lemma, fs in forms.items()
        if not set(fs) & ARCHAIC
    }


# Pasts the model's table lists for verbs a news headline conjugates regularly: "Jaramillo
# wrought for Transport for London" was a title; "worked" it is.
ARCHAIC = word_list(
    "wrought addrest blest bypast curst pent clept benempt dought gelt girt begirt undergirt "
    "gript kent reft shent smit transfixt overpast leant learnt unlearnt burnt dreamt spelt "
    "misspelt spilt overspilt spoilt smelt"
)


UNCHANGED = {  # pasts the tables leave out, as they are the verb itself
    "hit", "set", "put", "cut", "let", "shut", "hurt", "cost", "quit", "spread", "burst",
    "bet", "cast", "broadcast", "upset", "split", "thrust", "shed", "bid", "rid", "beat",
    "read", "fit", "wed", "spit", "forecast", "offset",
}  # fmt: skip


def _past(lemma: str) -> str:
    """The simple past of a verb: irregular from the model's tables, else by spelling
    ("plant" -> "planted", "seize" -> "seized", "carry" -> "carried", "stop" ->
    "stopped")."""
    if lemma in UNCHANGED:
        return lemma
    irregular = _past_forms().get(lemma)
    if irregular:
        return irregular
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    if _gerund(lemma) == lemma + lemma[-1] + "ing":
        return lemma + lemma[-1] + "ed"  # the doubling of "stopping", not of "missing"
    return lemma + "ed"


def _past_of(verb: Token) -> str:
    """The simple past of a participle turned round ("a team led by Acosta": "Acosta
    led"), or the word itself when the model's lemma has no such form: "wrought" read
    as "work" is never "worked" ("the devastation wrought by the floods": "The floods
    wrought the devastation")."""
    lemma = verb.lemma_.lower()
    past = _past(lemma)
    return past if verb.lower_ in {past, _participle(lemma)} else verb.lower_


def _participle(lemma: str) -> str:
    """The past participle of a verb, for a passive headline ("close" -> "closed",
    "take" -> "taken", "hold" -> "held"): of the model's irregular forms the one in -n
    where there is one, else the simple past."""
    if lemma == "beat":
        return "beaten"  # "Australia was beaten", never "was beat": the one verb of
        # ``UNCHANGED`` whose participle is not its past ("bidden" is no news word)
    if lemma in UNCHANGED or lemma in {"run", "come", "become", "overcome"}:
        return lemma
    forms = _participles().get(lemma)
    return forms or _past(lemma)


@lru_cache(maxsize=1)
def _participles() -> dict[str, str]:
    """Irregular participles in -n ("taken", "given", "shown"); the other irregular
    verbs share their simple past."""
    return {
        lemma: form
        for form, lemma in verb_forms()
        if form != lemma and form.endswith(("n", "ne")) and not form.endswith("ing")
    }


def _present(lemma: str) -> str:
    """The headline's present of a verb ("seize" -> "seizes", "fly" -> "flies"), for
    a participle told with its subject ("Marines seize 14 pirates", not "seizing")."""
    if lemma in {"be", "have"}:
        return {"be": "is", "have": "has"}[lemma]
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


REFUSED = word_list("refuse decline fail neglect unable")  # "refused to meet the workers" is
# no plan: the title keeps the refusal, never "The mayor to meet the workers"


SHUNNED = word_list("deny avoid resist")  # "denied comparing the idea": the act is denied


def _shunned(trig: Token) -> bool:
    """Whether a gerund is what its verb denies or keeps from happening ("has denied
    comparing the idea with dictatorships", "was avoiding rushing to judgement", "has
    ruled out amending the law"): told alone ("An artist compared the idea …") it
    states as done what the text says was not."""
    head = trig.head
    if trig.tag_ != "VBG" or head.pos_ != "VERB":
        return False
    return head.lemma_.lower() in SHUNNED or _rules_out(head)


def _rules_out(verb: Token) -> bool:
    """Whether a verb is "rule out": what it takes ("ruled out amending the law", "ruled
    out a proposed management buy-out") is kept from happening."""
    return verb.lemma_.lower() == "rule" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    )


def _governing(trig: Token, g: list[_Mention], held: Collection[int] = ()) -> str | None:
    """The clause a verb's infinitive hangs on, when that verb is no mention of the
    event and has a subject of its own: "The violence threatens to undermine the
    message", "Germany is instructing citizens not to travel abroad"; None otherwise.
    An act told through its means hangs on the means' clause: "Trump tried to get
    Zucker fired", never "Zucker fired"."""
    if trig.dep_ == "ccomp" and trig.head.lemma_.lower() in {"get", "have"}:
        trig = trig.head
    head = trig.head
    if trig.dep_ != "xcomp" or head.pos_ != "VERB" or head.i in {m.trigger.i for m in g}:
        return None
    denied = any(_denied(c) for c in head.children)  # "is not expected to sign a new
    # deal": told "… to sign a new deal", the text's "not" was lost
    if (
        any(c.dep_ == "nsubjpass" for c in head.children)
        and head.lemma_.lower() not in BELIEVED
        and not denied
    ):
        return None  # "was picked to host the show": "The comedian to host the show"; "is
        # suspected to have been infected" is no plan
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None and denied:
        subj = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
    subj = subj or _shared_subject(head)
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"} or _dateline(subj):
        return None  # "… has no place and [threatens] to undermine": the shared subject
    subject = (
        _described_alone(subj, head)
        or _pair_named(subj)  # "Both sides agreed to cut …": the two named
        or _phrase(list(trig.doc[subj.left_edge.i : subj.i + 1]), None)
    )
    # "a report that the firm has failed to win a contract": the firm the text named
    room = TITLE_WORDS - _title_size(subject)
    predicate = _predicate(head, room=room, hold=Held(held, more={trig.i}))
    row = _fitted_row(subj, head, held, trig)
    if row is not None:  # "The Smith family and the management group have agreed not to
        subject, predicate = row  # buy shares", never "The Smith family have agreed"
    if len(predicate.split()) > room and any(map(_needed, trig.subtree)):
        return None  # "vowed to put Africa [at the top of his agenda]" has no room for the
        # place "put" needs: the act's own headline tells it ("Blair to put Africa at …")
    text = f"{subject} {predicate}"
    return text if subject and _told(text) else None


def _contact_object(trig: Token) -> Token | None:
    """The noun a relative clause without "that" hangs on when the parser took the
    clause for the object of the verb before it ("threatens the peace talks Armenia and
    Azerbaijan [began]"): the noun right before the clause's subject is its object."""
    if trig.dep_ not in {"ccomp", "ROOT"} or children(trig, {"dobj"}):
        return None
    subj = next((c for c in trig.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"} or subj.left_edge.i == 0:
        return None
    noun = trig.doc[subj.left_edge.i - 1]  # "the talks [Armenia …] began": no comma between
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.head == trig or noun.head.i > trig.i:
        return None
    return noun


def _sequel(c: Token) -> bool:
    """Whether a phrase says what an event came after or before ("came after the minister
    invited both sides to talks")."""
    if c.dep_ == "prep":
        return c.lower_ in {"after", "before"}
    return c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in {"after", "before"} for m in c.children
    )


BELIEVED = {"suspect", "believe", "think", "say", "report", "know", "fear", "understand", "allege"}
DURATION_VERBS = {"spend", "last"}
CONDITIONS = {"if", "unless", "whether", "once", "until"}


def _when_noun(noun: Token) -> bool:
    """Whether the noun a relative clause hangs on says when it happened ("by the time
    workers returned", "the day the law was signed", "the moment she arrived"): the
    time of the clause, never what its verb did ("Workers returned the time")."""
    lemma = noun.lemma_.lower()
    return lemma in TIME_NOUNS or lemma in {"time", "moment", "hour"}


def _time_object(c: Token) -> bool:
    """Whether a verb's object is a time the parser took for one: "the charge the company
    took in the fourth quarter" read "in" as a particle and the quarter as what was
    taken, where the charge is."""
    return c.dep_ == "dobj" and c.ent_type_ in {"DATE", "TIME"} and not _counted_time(c)


def _time_particle(c: Token) -> bool:
    """Whether a verb's particle is the preposition of a time read as its object
    (:func:`_time_object`): a title that leaves the time out leaves it out too, never
    "Firestone took in"."""
    return c.dep_ == "prt" and any(
        _time_object(o) and o.left_edge.i == c.i + 1 for o in c.head.children
    )


def _particle_before_time(c: Token, trig: Token) -> bool:
    """Whether the parser read a verb's particle as a preposition of the time after it:
    "turned himself in Monday" ("in Monday"), right after a pronoun object. The time
    stays out of the title; the particle belongs to the verb ("turned himself in")."""
    obj = next((o for o in children(trig, {"dobj"})), None)
    return (
        c.dep_ == "prep"
        and c.lower_ in PARTICLES
        and obj is not None
        and obj.pos_ == "PRON"
        and c.i == obj.i + 1
        and any(x.dep_ == "pobj" and x.ent_type_ in {"DATE", "TIME"} for x in c.children)
    )


def _absolute(c: Token) -> bool:
    """Whether a phrase is an absolute clause ("with Democrats insisting on more aid"):
    a clause of its own beside the verb, an event of its own, no part of this headline."""
    if c.dep_ != "prep" or c.lower_ != "with":
        return False
    return any(
        x.tag_ == "VBG" and x.dep_ in {"acl", "pcomp", "advcl"}
        for p in c.children
        if not _gerund_taken(p)
        for x in [p, *p.children]
    )


def _gerund_taken(p: Token) -> bool:
    """Whether "with" takes a bare gerund the verb needs ("was tasked [with eradicating
    the rats]", "is credited with saving the club"): what the task or the credit is,
    no clause of its own beside the verb, which has a subject ("with Democrats
    insisting")."""
    return p.dep_ == "pcomp" and p.tag_ == "VBG" and not children(p, {"nsubj", "nsubjpass"})


def _counted_time(c: Token) -> bool:
    """Whether a verb's object is an amount of time it counts, not when it happened:
    "totaled 326 hours", "served ten years" (an object with a number), never "Monday";
    or the stretch a verb begins or ends (:func:`_period_begun`)."""
    return c.dep_ == "dobj" and (any(x.dep_ == "nummod" for x in c.children) or _period_begun(c))


PERIOD_VERBS = word_list("begin start end finish close open")


PLACING_VERBS = word_list("take finish come end place rank")
PLACES_WON = word_list("first second third fourth fifth sixth seventh eighth ninth tenth last")


def _how_placed(c: Token, trig: Token) -> bool:
    """Whether a word the parser read as the verb's adverb is the place a contestant
    took, what the act tells: BBC sport "Paul Brizzel took third" was titled "Paul
    Brizzel took"."""
    return (
        c.i == trig.i + 1
        and c.dep_ == "advmod"
        and c.lower_ in PLACES_WON
        and trig.lemma_.lower() in PLACING_VERBS
    )


def _period_begun(c: Token) -> bool:
    """Whether a verb's time object is the stretch it begins or ends, what the act is
    about, not when it happened: BBC sport "Federer began the year as world number one"
    was titled "Roger Federer began" (the year left out as a date, then the phrase after
    it as a stray)."""
    return (
        c.head.lemma_.lower() in PERIOD_VERBS
        and any(x.dep_ in {"det", "poss"} for x in c.children)
        and not any(x.lower_ in RELATIVE_DAYS for x in c.children)
    )  # "Fighting started the same evening" is when


RELATIVE_DAYS = word_list("next same following previous last that this")


def _object_after_time(c: Token, trig: Token) -> bool:
    """Whether a noun the parser read as an adverb is the verb's object told after a
    time: Reuters "China signed last week an agreement which it itself initiated" ("an
    agreement" an npadvmod beside "last week") was titled "China signed"."""
    if c.dep_ != "npadvmod" or c.pos_ not in {"NOUN", "PROPN"} or c.ent_type_ in {"DATE", "TIME"}:
        return False
    if children(trig, {"dobj"}) or not any(x.dep_ == "det" for x in c.children):
        return False
    between = trig.doc[trig.i + 1 : c.left_edge.i]
    return len(between) > 0 and all(x.ent_type_ in {"DATE", "TIME"} for x in between)


def _told_done(trig: Token) -> bool:
    """Whether a verb tells its act as done: a simple past or a perfect, with no modal
    and no condition ("cancelled the release", "has announced"; not "if they struck",
    "would have met"). The event's certainty may come from another mention; the
    headline of this one must not turn what it says happened into a plan."""
    if _modal(trig) or any(c.lower_ in CONDITIONS for c in children(trig, {"mark"})):
        return False
    if any(c.lower_ == "to" for c in _auxiliaries(trig)):
        return False  # "to have met"
    perfect = any(c.lower_ in {"has", "have", "had", "'s", "'ve", "'d"} for c in _auxiliaries(trig))
    return trig.tag_ == "VBD" or (perfect and trig.tag_ == "VBN")


def _modal(trig: Token) -> str | None:
    """The modal the text puts on a verb or on the verb it depends on ("may sign",
    "could happen", "is ready to strike" has none)."""
    cur = trig
    for _ in range(3):
        for c in cur.children:
            if c.dep_ == "aux" and c.lower_ in MODALS - {"will"}:
                return c.lower_
        if cur.dep_ not in {"xcomp", "conj"} or cur.head == cur:
            break
        cur = cur.head
    return None


def _cause_phrase(prep: Token) -> bool:
    """Whether a verb's phrase gives its cause ("because of a family connection", "due
    to the strike"): a doerless act told without it is one bare word ("Arrest")."""
    return prep.lower_ in {"because", "due", "owing"} and any(
        c.dep_ in {"pcomp", "prep"} and c.lower_ in {"of", "to"} for c in prep.children
    )


def _verb_headline(
    m: _Mention,
    g: list[_Mention],
    factuality: str,
    words: Collection[tuple[str, str]],
    held: Collection[int] = (),
) -> tuple[float, str]:
    """ "Trump to meet with Iran", "Israel may strike Beirut", "United States bombed
    three nuclear facilities in Iran": subject, the verb with the text's negation and
    modality, and its objects, pronouns told by name. ``held``: the words other events
    are told by, whose phrases a shortened headline keeps (:func:`_fitted`)."""
    trig = m.trigger
    if any(c.i in {x.trigger.i for x in g} for c in children(trig, {"xcomp"})):
        factuality = ASSERTED  # "decided to introduce …": the decision as told, the act
        # planned in its own words
    if _wished(trig):  # "in hopes Joe Biden defeats Trump": "Joe Biden may defeat Trump"
        factuality = HYPOTHETICAL
    if factuality == PLANNED and _asker(trig) is not None:
        factuality = ASSERTED  # "Erdogan demanded Syrian forces withdraw": the demand
        # tells the plan, and says whose; "Syrian forces to withdraw" reads as scheduled
    subject = _subject(m, g) or _writer_told(trig)  # "I opened a ticket": the writer did
    pressed = _pressed_into(trig)
    if pressed is not None and factuality == ASSERTED:
        factuality = PLANNED  # "pressure Ukraine into investigating Democrats": "Ukraine to
        # investigate Democrats", pressed for, never told done
    if pressed is not None and pressed.pos_ == "PRON":
        subject = None  # "The donors pressured them into signing": theirs, not the donors'
    if (
        trig.tag_ == "VBG"
        and trig.dep_ == "pcomp"
        and trig.head.lower_ not in TOLD_PREPS
        and not _told_past(trig)
        and not _fronted_past(trig)  # "in inspecting one such link, Stefanko said": done
        and not children(trig, {"nsubj"})  # "to talk about Turkey entering the EU": its
        and pressed is None  # own subject, whose act it is; "thinking about
    ):  # changing the rules": nothing changed yet; "pressure Ukraine into investigating"
        subject = None  # is Ukraine's ("were convicted of making the bombs" tells it done)
    blamed = _blamed(trig)
    if blamed is not None:  # "Soltan's lawyers accused Egypt of blackmailing …": Egypt is
        return 4, blamed  # said to, by them; never "Soltan's lawyers blackmailed …"
    if subject is not None and _own_object(subject, trig):  # "they would win acclaim from
        subject = None  # voters" told of the voters: the roles took the object for the doer
    others = _names(g, {"partner", "patient"}, unlike=subject)
    other = others[0] if others else None
    pieces = range(_word_start(trig), _word_end(trig) + 1)  # "re-joined the campaign"
    # split by the tokenizer: the object hangs on the verb's second half
    keep = [
        c
        for c in [c for k in pieces for c in trig.doc[k].children if c.i not in pieces]
        if c.i > trig.i
        and (
            c.dep_ in {"dobj", "prt", "prep", "attr", "oprd", "dative", "acomp", "agent"}
            or (c.dep_ == "ccomp" and trig.lemma_.lower() == "find")  # "found him guilty"
            or _object_after_time(c, trig)  # "signed last week an agreement"
            or _how_placed(c, trig)  # "took third"
            or (c.dep_ == "npadvmod" and c.left_edge.i == trig.i + 1 and _period_begun(c))
            or (c.dep_ == "advmod" and c.pos_ == "ADJ" and c.i == trig.i + 1)  # "tested
            # negative": the parser's adverb is the result; "pushed back on the idea":
            or (c.dep_ == "advmod" and c.lower_ in PARTICLES and c.i == trig.i + 1
                and not _back_in_time(c))  # "was arrested [back in August]": a time
            or (c.dep_ == "advmod" and c.lower_ in HOW_IT_WENT and c.i == trig.i + 1)
        )  # a particle read as an adverb is part of the verb, never "pushed on the idea";
        # "negotiations had gone well" says how, never the bare "had gone"
        and (c.ent_type_ not in {"DATE", "TIME"} or _counted_time(c) or _period_begun(c))
        and (
            c.dep_ != "prep"
            or c.lower_ in CLAUSE_PREPS
            or _under(c)
            or _about_what(c)
            or _needed(c)
            or (subject is None and _cause_phrase(c))  # "All were arrested because of a
        )  # family connection": with no doer to name, the cause is all that says which
        and (not _adjunct_prep(c) or _needed(c) or (subject is None and _cause_phrase(c)))
        # "called off the strike [in the wake of the bombing]": why, another event's words;
        # "put the rules before parliament" is where they went
        and not any(x.ent_type_ in {"DATE", "TIME"} for x in children(c, {"pobj"}))
    ]
    if trig.lemma_.lower() in DURATION_VERBS:  # "spent more than six hours", "lasted about
        # 40 minutes": the time is what the verb says, not when it happened
        keep += [c for c in trig.children if c.i > trig.i and c.dep_ in {"dobj", "npadvmod"}
                 and c.ent_type_ in {"DATE", "TIME"} and c not in keep]  # fmt: skip
        keep += [c for c in trig.children if c.dep_ == "xcomp" and c.tag_ == "VBG"][:1]
        # "spent weeks debating the bill": what the weeks went on, not "spent weeks" alone
    keep = [c for c in keep if not _absolute(c) and not _next_in_row(c, trig)]
    keep = [c for c in keep if not _time_particle(c)]  # "took [in] the fourth quarter"
    keep = [c for c in keep if not any(_piece_of(c, k) for k in keep)]  # "e-cigarettes"
    # parsed as three objects: told once, by its first piece (:func:`_phrase`)
    # "cut rates in a bid to revive growth": the aim is its own event, and "cut rates in
    # a bid" without it ends mid-phrase
    keep = [
        c
        for c in keep
        if not (c.dep_ == "prep" and any(_aim_of(a) for p in c.children for a in p.children))
    ]
    keep += [c for c in trig.children if _particle_before_time(c, trig) and c not in keep]
    keep += [a for a in [_result_before_time(trig)] if a is not None and a not in keep]
    if not keep:  # "people are requesting and receiving ballots": the object both share
        keep = _shared_object(trig)
    completing: list[Token] = []  # the clause that completes the verb, told as words
    # when no name tells its pronoun (:func:`_complement_words`)
    if all(c.dep_ in {"advmod", "prt"} for c in keep):  # "Germany decided to introduce
        # border controls", not "Germany decided"; "stepped in to fill the void"; "has
        # ruled out amending the law", never "has ruled out"
        completing = [c for c in _complement(trig) if c not in keep]
        keep += completing
        keep += _stray_object(trig)[: 0 if completing else 1]  # "announced via press
        # release a review of murder laws", never "Home Office announced"
    keep += [c for c in _planned_act(trig, keep) if c not in keep]  # "announced plans
    # Sunday to tighten restrictions": the plans are to tighten, never bare "plans"
    if not keep and trig.lemma_.lower() == "come":  # "The agreement came" says nothing:
        keep = [c for c in trig.children if c.i > trig.i and _sequel(c)][:1]  # after what
    if trig.dep_ == "relcl" and trig.head.pos_ in {"NOUN", "PROPN"}:
        # "the law, which Obama signed", "the talks Armenia and Azerbaijan began": what the
        # relative pronoun stands for, or the noun the clause hangs on, is the object
        objects = [c for c in trig.children if c.dep_ == "dobj" and not _time_object(c)]
        own_subject = any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE for c in trig.children)
        own_subject = own_subject and not any(  # "its March lows, during which they led
            p.lower_ in TIME_PREPS and any(w.lower_ in RELATIVE for w in p.children)  # the
            for p in trig.children  # market": the noun is when, never what was led
        ) and not any(c.dep_ == "advmod" and c.lower_ == "when" for c in trig.children)
        # "the list was six months when the hospital opened": the noun is when, too
        own_subject = own_subject and not _when_noun(trig.head)
        if any(c.lower_ in RELATIVE for c in objects) or (own_subject and not objects):
            keep.insert(0, _clause_noun(trig))
    contact = _contact_object(trig)
    if contact is not None:
        keep.insert(0, contact)
    cleft = _cleft(trig)  # "Such an opening is exactly what operators have been waiting
    # for": the opening is what they wait for, never "waiting exactly what"
    if cleft is not None:
        keep = [c for c in keep if not _asks_what(c)]
        keep += [c for c in trig.children if _asks_what(c)][:1]
    tail = []
    parts: dict[str, tuple[Token, list[Token], Token | None]] = {}  # a phrase's words, to
    # tell it shorter (:func:`_fitted`)
    for c in sorted(keep, key=lambda c: (c.i > trig.i, c.i)):
        if (c.i == trig.head.i or c == contact) and c.i < trig.i:
            first, *rest = trig.doc[c.left_edge.i : c.i + 1]
            lead = first.lower_ if first.pos_ == "DET" else first.text  # "The treaty that …"
            said = "".join([lead + first.whitespace_, *(t.text_with_ws for t in rest)])
            if c == trig.head and any(w.lower_ == "where" for w in trig.children):
                said = f"in {said}"  # "Pakistan, where 1,200 have died": the place
            tail.append(said)
            continue
        if cleft is not None and _asks_what(c):
            lead = f"{c.lower_} " if c.dep_ == "prep" else ""
            thing = _phrase(list(trig.doc[cleft.left_edge.i : cleft.right_edge.i + 1]), None)
            if thing:
                tail.append(lead + (thing if cleft.left_edge.ent_type_ else _lower_first(thing)))
            continue
        said = c if c.dep_ == "ccomp" and c.lower_ not in {"is", "was"} else None
        row = _row_cut(c, trig)
        tokens = [t for t in _span(c) if t.i not in row]
        tokens = _forward_to_say(trig, c) or tokens
        if _swallowed(c):  # "with Christmas coming up [the new home secretary] had time":
            tokens = [c]  # the noun after the particle is the next clause's subject
        phrase = _phrase(tokens, subject, other, subject or "", said)
        as_written = (
            not phrase
            and (c in completing or bool(_forward_to_say(trig, c)))  # "to say he was the
            and c.dep_ != "prt"  # donor": its pronoun the clause's own subject
        )
        if as_written:  # "called for him to go to Auschwitz", never "have called"; told
            phrase = _complement_words(c, tokens)  # as written, so never re-told shorter
            if _forward_to_say(trig, c):
                phrase = "".join(t.text_with_ws for t in tokens).strip()
        if _particle_before_time(c, trig):
            phrase = c.lower_  # "turned himself in [Monday]": the particle, not the day
        elif phrase and not as_written:
            parts[phrase] = (c, tokens, said)
        if phrase and phrase not in tail:
            tail.append(phrase)
    modal = _modal(trig)
    neg = any(_denied(c) for c in trig.children)
    if _shunned(trig) and trig.head.i in held:  # "was avoiding [rushing] to judgement",
        subject, neg = None, True  # the avoiding its own event: "No rushing to judgement"
    lemma = _hyphened_lemma(trig, pieces)
    flipped = _done_by(trig) if subject is None else None
    if flipped is not None:  # "the team led by Jim Acosta": "Jim Acosta led the team"
        doer, thing = flipped
        tail = [t for t in tail if not t.startswith("by ")]
        return 3 + (1 if tail else 0), " ".join([doer, _past_of(trig), thing, *tail])
    owner = _owner(trig) if subject is None else None
    if owner is not None:  # "restrictions introduced in mid-October": "Restrictions
        # introduced in mid-October", never the active "Introducing mid-October"
        tail = [t for t in tail if t != owner]
        return 0.5 + (1 if tail else 0), " ".join([owner, trig.lower_, *tail])
    if subject is None:  # "arrived in Nairobi" told by no one: "Arrival …" style
        passive = any(c.dep_ == "auxpass" for c in trig.children)
        noun = lemma if ("NOUN", lemma) in words else _gerund(lemma)
        if (
            noun != lemma
            and (passive or (trig.tag_ == "VBN" and not _auxiliaries(trig)))
            and not neg  # "has castigated Castro" is active: "Castigating Castro"
            and factuality not in {PLANNED, HYPOTHETICAL, NEGATED}  # "Possible expelled"
        ):
            noun = trig.lower_  # "it has been relocated to the garden": "Relocated to the
            # garden", the voice of the text, never "Relocating to the garden"
        obj = next((c for c in trig.children if c.dep_ == "dobj" and c.i > trig.i), None)
        obj = obj or _relative_object(trig)  # "the benefits it approved": the benefits
        if noun == lemma and obj is not None and not passive:  # "Win widespread acclaim"
            noun = _gerund(lemma)  # reads as an order: a noun takes no object, a gerund does
        if obj is not None and not neg and not passive and factuality in {PLANNED, HYPOTHETICAL}:
            # "Planned closing the border": "The border to be closed", "… may be closed"
            thing = _phrase(_span(obj), None)
            rest = [t for t in tail if t.strip().lower() != thing.lower()]
            lead = "to be" if factuality == PLANNED else f"{_modal(trig) or 'may'} be"
            if thing:
                return 0, " ".join([thing, lead, _participle(lemma), *rest])
        if obj is not None and not neg and not passive and _done_unsaid(trig, obj):
            # "we approved $45 billion in new credit", "it overturned the sentences" with
            # no one a title can name: the passive ("The sentences were overturned"),
            # never a bare "Overturning the sentences" that reads as no act at all, nor
            # "Fellow Melburnians joined", which reads as theirs
            thing = _phrase(_span(obj), None)
            rest = [t for t in tail if not thing.lower().startswith(t.strip().lower())]
            if thing:
                been = _been(obj, thing, trig)
                have, _, be = been.rpartition(" ")  # "had allegedly been captured",
                verb = [have, *_hedges(trig), be] if have else [been, *_hedges(trig)]
                thing = _thing_fitted(obj, thing, len(verb) + 1)
                return 1, " ".join([thing, *verb, _participle(lemma), *rest])  # "was
                # reportedly killed"
        if passive and noun != trig.lower_:  # "Hit by the car on Friday" keeps its doer;
            tail = [t for t in tail if not t.startswith("by ")]  # "Arrest by …" would not
        elif (
            m.type in SYMMETRIC
            and tail
            and tail[0].split()[0] not in CLAUSE_PREPS
            and _party(obj if obj is not None else parts.get(tail[0], (trig,))[0])
        ):  # "meeting with the delegation"; "we approved $45 billion in credit" is no
            tail[0] = f"with {tail[0]}"  # "Approving with $45 billion", nor a particle or a
            # clause one ("Signing with up", "Accepting with that parents are …")
        lead = {PLANNED: "planned", HYPOTHETICAL: "possible", NEGATED: "no"}.get(
            NEGATED if neg else factuality, ""
        )
        return 0, " ".join(x for x in (lead, noun, *tail) if x)
    forced = _forced_by(trig)
    if forced is not None:  # "The party forced the defence secretary to resign": "The
        # defence secretary was forced to resign", told of the one made to act
        named = any(p.role in {"agent", "patient"} for p in m.participants)
        verb = _agreeing(subject, forced, trig.head)
        return (3 if named else 1.5) + (1 if tail else 0), " ".join([subject, verb, *tail])
    row = None if children(trig, {"nsubj"}) else _written(trig.head, subject)
    holding = _held(trig, row or subject, {x.trigger.i for x in g})
    if holding is not None:  # "Pelosi has continued to talk with Mnuchin", "Juul has
        # stopped selling …", "MSNBC tries to counter …": never "Pelosi to talk" (a plan)
        # or "Juul sold" (the opposite); told of the subject the verb was written for ("the
        # United States and Iran continue to communicate"), not the roles' one
        subject = row or subject
        named = any(p.role in {"agent", "patient"} for p in m.participants)
        named = named or subject in _names(g, {"agent", "patient"})
        return (3 if named else 1.5) + (1 if tail else 0), " ".join([subject, holding, *tail])
    believed = trig.head.lemma_.lower() in BELIEVED  # "is suspected to have been infected"
    refused = trig.dep_ == "xcomp" and (trig.head.lemma_.lower() in REFUSED or _shunned(trig))
    uncertain = factuality in {PLANNED, HYPOTHETICAL, NEGATED} or believed or refused
    above = _governing(trig, g, held) if uncertain else None
    if above is not None:  # "The violence threatens to undermine the message", not "The
        # violence to undermine …": the verb above says how certain the act is
        agents = _names(g, {"agent"})  # "Jacobs urged both sides to return": the one
        named = subject in agents or any(a in above for a in agents)  # who urges is named
        return (3 if named else 1.5) + 1, above
    if factuality in {PLANNED, HYPOTHETICAL} and _told_done(trig):
        factuality = ASSERTED  # "Hachette cancelled the release": done, as the text tells it
    passive = bool(children(trig, {"auxpass"}))
    form = f"be {trig.text}" if passive else lemma  # "may be hit", "to be held"
    if factuality == PLANNED and not neg:
        verb = f"to {form}"
    elif factuality == HYPOTHETICAL and not neg:
        verb = f"{modal or 'may'} {form}"
    else:
        aux = _auxiliaries(trig)  # "another [was] wounded": the gapped "was" too
        infinitive = any(c.lower_ == "to" for c in aux)  # "picked … to be nominated"
        aux = [c for c in aux if c.lower_ != "to"]
        word = trig.doc[pieces.start : pieces.stop].text.lower()  # after its subject:
        # "Previous sweeps held", never "… Held"; "re-joined" whole, never "has re"
        if infinitive and not aux and _came_after(trig) is not None:
            infinitive, word = False, _past(lemma)  # "only to lose": "The team lost"
        if trig.tag_ == "VBP" and any(c.lower_ == "i" for c in trig.children):
            word = _present(lemma)  # "I agree", told of the speaker: "Armstrong agrees"
        spelled = [_spelled(c) for c in aux]
        split = _after_passive(trig) or (trig.dep_ == "conj" and _after_passive(trig.head))
        if split and _bare_participle(trig) and not any(c.dep_ == "auxpass" for c in aux):
            spelled = ["were" if _plural(subject) else "was"]  # "for being shot, beaten
            # and tortured": "Soltan was beaten", never "is beaten" (the gapped "is
            # seeking") nor "Soltan tortured", which tells him the torturer
        if trig.tag_ == "VB" and [w.lower() for w in spelled] == ["having"]:
            spelled, infinitive = [], True  # "Having the Fed impose a tax would give …": a
            # proposal, "The Fed to impose a tax", never "The Fed Having impose"
        if _having(trig) and [w.lower() for w in spelled] == ["having"]:
            spelled, word = [], _past(lemma)  # "Having received the backing": a headline
            # tells it done, "Ms Hughes received the backing"
        if spelled[:1] == ["being"] and not infinitive:  # "before being betrayed by a
            # friend", "seeking damages for being shot", "think back to Jimenez being
            # arrested": told done, "Makarov was betrayed", never "… being betrayed"
            spelled[0] = "were" if _plural(subject) else "was"
        nots = ["not"] * (infinitive and ("not" in spelled or _not_to_be(trig)))
        spelled = [w for w in spelled if not nots or w != "not"]  # "The minister not to
        # attend the summit", never "to not attend"; "is not to gather": never "to gather"
        verb = " ".join(nots + ["to"] * infinitive + spelled + _hedges(trig) + [word])
        if neg and not aux:
            verb = f"did not {lemma}"
        elif not aux and trig.tag_ == "VB" and _came_after(trig) is None:
            verb = " ".join([*nots, "to", word])  # "bid to win back women voters": a
            # headline's "to"
        elif not aux and trig.tag_ == "VBG":  # "…, seizing 14 pirates"
            doer = next((c for c in trig.children if c.dep_ == "nsubj"), None)
            doer = doer or _shared_subject(trig, described=True)
            plural = doer is not None and (
                doer.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in doer.children)
            )
            if doer is None or doer.text not in subject.split():  # the roles' name, not
                plural = bool(_plural(subject))  # the noun the participle hangs on
            present = lemma if plural else _present(lemma)  # "Marines seize 14 pirates"
            verb = _past(lemma) if _told_past(trig) else present  # "… seized 14 pirates"
            if _gerund_thing(trig):  # "Turkey entering the EU would strengthen Europe":
                verb = trig.lower_  # a thing talked of, never the fact "Turkey enters …"
        asker = _asker(trig) if not aux and not neg and trig.tag_ in {"VB", "VBP"} else None
        if asker is not None:  # "Erdogan demanded that Syrian forces withdraw": the
            subject, verb = f"{asker} {subject}", lemma  # demand, never "Syrian forces withdraw"
    if not _as_written(subject, trig) or _row_lost(subject, trig):
        verb = _agreeing(subject, verb, trig)  # "we've drawn" told of Ross: "Ross has drawn"
    whole = list(tail)
    untitled = _untitled(subject, trig)
    for told in (subject, untitled, _without_whose(untitled, trig)):
        # the name's title goes only when
        subject = told  # the act does not fit with it ("German Chancellor Gerhard
        tail = _fitted(  # Schroeder and French President Jacques Chirac have called …")
            f"{subject} {verb}",
            whole,
            parts,
            lambda ts, said, s=subject: _phrase(ts, s, other, s or "", said),
            held,
        )
        if _title_size(" ".join([subject, verb, *tail])) <= TITLE_WORDS:
            break
    else:  # still too long: a person's surname, as a headline names one, when the act
        surname = _surnamed(subject, trig)  # then fits whole
        short = _fitted(
            f"{surname} {verb}",
            whole,
            parts,
            lambda ts, said, s=surname: _phrase(ts, s, other, s or "", said),
            held,
        )
        if surname != subject and _title_size(" ".join([surname, verb, *short])) <= TITLE_WORDS:
            subject, tail = surname, short
    text = " ".join([subject, verb, *tail])
    named = any(p.role in {"agent", "patient"} for p in m.participants) or subject in _names(
        g, {"agent", "patient"}
    )
    habit = (  # "the association, which negotiates for the operators": how things are
        trig.dep_ == "relcl"
        and trig.tag_ in {"VBP", "VBZ"}
        and not any(c.dep_ in {"aux", "auxpass"} for c in trig.children)
    )
    if habit:
        return 0.5, text
    own = {x.trigger.i for x in g if x.trigger.pos_ != "VERB"}
    told = tail and any(
        c.dep_ in {"nsubj", "nsubjpass"}
        and c.i in own
        and not any(x.dep_ == "prep" and x.i > c.i for x in c.children)
        for c in trig.children
    )  # "A six-hour session ended without a new offer" says more than "Six-hour session";
    # "Talks to be held" says less than "Planned talks with Iran"
    return (3 if named else 1.5) + (1 if tail else 0) + (1 if told else 0), text


def _time_and_again(tokens: list[Token]) -> set[int]:
    """The words of the idiom "time and time again" the parser read as a noun of a
    phrase ("dealt with this time and time and time again", "raised the issue time and
    time again"): how often, no thing the act was done to or with, so a title leaves
    them out ("dealt with this", "raised the issue"). BBC politics 184 was titled "Mr
    Blair has dealt with the time and time and time"."""
    doc = tokens[0].doc if tokens else None
    out: set[int] = set()
    for t in tokens:
        if t.lower_ != "time" or t.dep_ == "conj" or doc is None:
            continue
        row = [t, *(w for w in t.subtree if w.dep_ in {"conj", "cc"} and w.i > t.i)]
        times = [w for w in row if w.lower_ == "time"]
        last = max(w.i for w in row)
        if len(times) >= 2 and last + 1 < len(doc) and doc[last + 1].lower_ == "again":
            out |= {w.i for w in row}
    return out


def _persons_by_first(doc: Doc) -> dict[str, list[frozenset[str]]]:
    """The words of each person the model found, by the text of its first word, read
    once per document and kept in its ``user_data``: a subject's name asked of every
    entity per headline grew with the square of an article's length (issue 24)."""
    known = doc.user_data.get("persons_by_first")
    if known is None:
        known = doc.user_data["persons_by_first"] = {}
        for e in entities(doc):
            if e.label_ == "PERSON":
                known.setdefault(e[0].text, []).append(frozenset(e.text.split()))
    return known


def _surnamed(subject: str, trig: Token) -> str:
    """A person's full name (of two words or more, the text giving it or a part of it as
    a person's) told by its surname, which a headline names one by: web page
    1545738097's "Hafiz Usama Tanveer has developed one …" cut the act after its first
    word, where "Tanveer has developed one of the world's largest online information
    hubs" tells it whole. The subject itself for anything else ("Sierra Wireless", "the
    two companies")."""
    words = [w for w in subject.split() if w not in NAME_SUFFIXES]
    doc = trig.doc
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return subject  # a name alone: never "Aguas Argentinas and the government", nor
        # "Clive Owen's best supporting actor nomination"
    if not any(
        told <= set(words) for told in _persons_by_first(doc).get(words[0], ())
    ):  # the name, or its first words the model took for a person ("Hafiz" of "Hafiz
        return subject  # Usama Tanveer, Pakistan, bringing clean water …")
    size = len(subject.split())
    told = [
        doc[k : k + size]
        for k in _positions(doc, ORTH).get(get_string_id(words[0]), ())
        if k <= len(doc) - size and doc[k : k + size].text == subject
    ]  # every place the text gives the name, however the model tagged it there
    return subject if any(_work_named(t) for t in told) else words[-1]


NAMED_WORKS = word_list("film movie album show play novel book song series drama")
WORK_PEOPLE = word_list("star director producer cast writer")


def _work_named(name: Span) -> bool:
    """Whether a name names a work ("British movie Vera Drake", "Vera Drake star Imelda
    Staunton"), whose name is never cut to its last word ("Drake has shared
    the main honours")."""
    doc = name.doc
    before = doc[name.start - 1] if name.start > 0 else None
    after = doc[name.end] if name.end < len(doc) else None
    return (before is not None and before.lemma_.lower() in NAMED_WORKS) or (
        after is not None and after.lemma_.lower() in WORK_PEOPLE
    )


def _untitled(subject: str, trig: Token) -> str:
    """A subject too long for its headline told by its people's names without the
    titles the text puts before them ("German Chancellor Gerhard Schroeder and French
    President Jacques Chirac have called …"): the names say who, and the room goes to
    what they did ("Gerhard Schroeder and Jacques Chirac have called for the embargo to
    be lifted")."""
    doc = trig.doc
    sentence = sentence_of(trig)
    for ent in entities_in(sentence):
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        k = ent.start
        while (
            k > sentence.start
            and doc[k - 1].dep_ in {"compound", "amod"}
            and k <= doc[k - 1].head.i < ent.end
            and doc[k - 1].ent_type_ != "PERSON"
        ):
            k -= 1
        if k < ent.start and doc[k - 1].dep_ == "det" and ent.start <= doc[k - 1].head.i < ent.end:
            k -= 1  # "the German Chancellor Gerhard Schroeder": never "the Gerhard Schroeder"
        titled = doc[k : ent.end].text
        if k < ent.start and has_word(subject, titled):
            subject = subject.replace(titled, ent.text, 1)
    return subject


GERUND_PLACES = {"csubj", "csubjpass", "dobj", "pobj", "nsubj", "nsubjpass"}


def _result_before_time(trig: Token) -> Token | None:
    """The adjective right after a verb that the parser hung on the date after it
    ("tested [positive] Nov. 15"): the verb's result, which a headline keeps though
    the date goes ("A 65-year-old man tested positive", never "… man tested")."""
    if trig.i + 1 >= len(trig.doc):
        return None
    word = trig.doc[trig.i + 1]
    date = word.head
    return (
        word
        if word.pos_ == "ADJ"
        and word.dep_ == "amod"
        and not word.ent_type_
        and date.head == trig
        and date.ent_type_ in {"DATE", "TIME"}
        and date.dep_ in {"npadvmod", "dobj"}
        else None
    )


def _gerund_thing(trig: Token) -> bool:
    """Whether a gerund with its own subject is a noun's place in a bigger clause
    ("Turkey entering the EU would strengthen Europe", "opposed to Turkey joining"):
    the act is talked of, not told as done, so a headline keeps the gerund."""
    return (
        trig.tag_ == "VBG"
        and (
            trig.dep_ in GERUND_PLACES
            or (trig.dep_ == "pcomp" and trig.head.lower_ not in TOLD_PREPS)  # "talk
        )  # about Turkey entering the EU"; "after police firing tear gas" is told done
        and not any(c.dep_ in {"aux", "auxpass"} for c in trig.children)
        and any(c.dep_ == "nsubj" and c.i < trig.i for c in trig.children)
    )


HOW_IT_WENT = word_list("well badly smoothly wrong awry")  # the outcome a verb tells

OPTIONAL = {"prep", "agent", "npadvmod", "advmod"}  # a verb's phrases a headline can go without
LOOSE = {"prep", "acl", "relcl", "advcl", "appos", "conj", "npadvmod"}  # a noun's too
Render = Callable[[list[Token], "Token | None"], str]


def _more_than_particles(
    tail: list[str], parts: dict[str, tuple[Token, list[Token], Token | None]]
) -> bool:
    """Whether a headline's phrases hold more than the verb's particle: "The Irish duo
    have cut off" with its object left out ends on the particle and tells no act."""
    return any(x not in parts or parts[x][0].dep_ != "prt" for x in tail)


def _fitted(
    lead: str,
    tail: list[str],
    parts: dict[str, tuple[Token, list[Token], Token | None]],
    render: Render,
    held: Collection[int] = frozenset(),
) -> list[str]:
    """A headline's phrases after its subject and verb (``lead``), told short enough to
    show whole: a title cut at its twelfth word ends mid-phrase ("Hurricane Irma made
    landfall in the Florida Keys as a Category 4 …", "Dan Snyder decided to baffle"),
    where one without its last whole phrases still reads as a sentence ("… made landfall
    in the Florida Keys"). Phrases go from the right: first those of the verb a headline
    can do without (a place, a reason), then the ones hung on the last noun. A phrase
    with another event's word (``held``) stays: "Hurricane Irma made landfall as a
    Category 4 storm" tells the landfall and the storm, and the two headlines of one
    clause are one (a node, not two)."""

    def size(items: list[str]) -> int:
        return len(" ".join([lead, *items]).split())

    tail = list(tail)
    parts = dict(parts)
    for k in reversed(range(len(tail))):  # "for their first direct talks [since the
        if size(tail) <= TITLE_WORDS:  # spring]": a time inside a phrase goes first, as
            break  # the place beside it says more ("sat down in Geneva")
        if tail[k] not in parts:
            continue
        head, tokens, said = parts[tail[k]]
        gone = {i for t in tokens if _inner_time(t, head, held) for i in _gone(t)}
        kept = _closed([t for t in tokens if t.i not in gone])
        shorter = render(kept, said) if gone and kept else ""
        if len(shorter.split()) >= 2:
            parts[shorter] = (head, kept, said)
            tail[k] = shorter
    while size(tail) > TITLE_WORDS:
        optional = [k for k in range(1, len(tail)) if tail[k] in parts
                    and parts[tail[k]][0].dep_ in OPTIONAL
                    and not _needed(parts[tail[k]][0])
                    and (_aside(parts[tail[k]][0])
                         or not any(t.i in held for t in parts[tail[k]][1]))]  # fmt: skip
        if not optional:
            break
        optional.sort(key=lambda k: (_aside(parts[tail[k]][0]), not _place(parts[tail[k]][0]), k))
        k = optional[-1]  # an aside after a comma goes first ("…, in a meeting mediated
        # by the EU"), a place last: "sat down in Geneva" says where
        head, tokens, said = parts[tail[k]]
        room = TITLE_WORDS - size(tail[:k] + tail[k + 1 :])
        told: dict[str, list[Token]] = {}

        def seen(
            ts: list[Token], said: Token | None = said, told: dict[str, list[Token]] = told
        ) -> str:  # the words each shorter phrase was told by
            text = render(ts, said)
            told.setdefault(text, ts)
            return text

        shorter = _shortened(head, tokens, room, seen, held)
        if (
            len(shorter.split()) >= 2
            and shorter != tail[k]
            and not _unfinished(told.get(shorter, []), tokens)
        ):  # "spent more than six hours at the EU's diplomatic mission [on the shore of
            tail[k] = shorter  # the lake]": shortened, never dropped whole
            continue
        del tail[k]
    if size(tail) <= TITLE_WORDS or not tail or tail[-1] not in parts:
        return tail
    head, tokens, said = parts[tail[-1]]
    room = TITLE_WORDS - size(tail[:-1])
    last: dict[str, list[Token]] = {}

    def told_last(ts: list[Token]) -> str:  # the words the shorter phrase was told by
        text = render(ts, said)
        last.setdefault(text, ts)
        return text

    shorter = _shortened(head, tokens, room, told_last, held)
    if (
        shorter
        and (
            (_more_than_particles(tail[:-1], parts) and head.dep_ in {"dobj", "attr", "oprd"})
            or (
                head.dep_ in OPTIONAL
                and head.head.pos_ == "VERB"
                and not _needed(head)
                and (len(tail) > 1 or any(t.lemma_.lower() in EMPTY_NOUNS for t in head.children))
            )
        )  # "The first phase of returns started [with a goal]": the start is told whole;
        # a lone "investigated over the visa application" still says over what
        and _unfinished(last.get(shorter, []), tokens)
    ):
        return tail[:-1]  # "seared an area of national park [the size of Greater
        # London]": a second object cut to "the size" says nothing; the first one does;
        # "stepped up its intervention in response to the killing [of 34 soldiers]" is
        # the killing of no one: the verb's own object tells the act
    return tail[:-1] + [shorter] if shorter else tail


TIME_PREPS = word_list("since until till after before during following throughout")
PLACE_PREPS = word_list("in at on near inside outside across")


def _inner_time(t: Token, head: Token, held: Collection[int]) -> bool:
    """Whether a word opens a time phrase hung inside a headline's phrase ("talks [since
    the spring]", "the vote [on Monday]"), which a shorter headline leaves out first."""
    if t == head or t.dep_ not in {"prep", "npadvmod"}:
        return False
    doc = t.doc
    if any(  # "since [the attack]" tells another event; "since the autumn" no other
        doc[i].ent_type_ not in {"DATE", "TIME"} and not MONTHS.match(doc[i].text)
        for i in range(t.left_edge.i, t.right_edge.i + 1)  # the phrase's words asked,
        if i in held  # not ``held``'s (:func:`_holds`)
    ):
        return False
    if t.dep_ == "npadvmod":  # "a 16-[year]-old burglar" is no time of the phrase
        return t.ent_type_ in {"DATE", "TIME"} and _word_start(t) == _word_end(t) == t.i
    return t.lower_ in TIME_PREPS or any(
        c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in t.children
    )


def _unfinished(kept: list[Token], tokens: list[Token]) -> bool:
    """Whether a shortened phrase left out an "of" phrase of a word it keeps ("conducted
    the study with the help [of a grant]"): "with the help" says nothing without it."""
    inside = {t.i for t in kept}
    return any(
        t.dep_ == "prep" and t.lower_ == "of" and t.head.i in inside and t.i not in inside
        for t in tokens
    )


def _aside(phrase: Token) -> bool:
    """Whether a verb's phrase is set off by a comma ("sat down in Geneva, [in a meeting
    mediated by the EU]"): an aside, which a shorter headline leaves out before a place."""
    return phrase.i > 0 and phrase.doc[phrase.left_edge.i - 1].text == ","


def _place(phrase: Token) -> bool:
    """Whether a verb's phrase says where ("in Geneva", "at the EU's diplomatic mission"):
    a shorter headline keeps it longest."""
    return phrase.lower_ in PLACE_PREPS and any(
        t.ent_type_ in {"GPE", "LOC", "FAC"} for t in phrase.subtree
    )


def _shortened(
    head: Token,
    tokens: list[Token],
    room: int,
    render: Callable[[list[Token]], str],
    held: Collection[int] = frozenset(),
) -> str:
    """A phrase without the phrases hung on its words, the last first, until it fits
    ``room`` words ("two recalls of about 10,000 employees [to facilities scattered
    across the country]"); "of" phrases go last, as "the size [of the bill]" says
    little without them. "" when it cannot fit and still say something."""
    kept = list(tokens)
    while True:
        text = render(kept)
        if text and len(text.split()) <= room:
            return text
        inside = {t.i for t in kept}
        loose = [
            item
            for t in kept
            if t.i > head.i and t.dep_ in LOOSE and t.head.i in inside
            for item in [_listed(t, head)]
            if not _holds(item, held) and not _needed(item)
        ]
        loose.sort(key=_last_phrase)
        if not loose:
            return ""
        gone = _gone(loose[-1])
        kept = _closed([t for t in kept if t.i not in gone])


def _fit_words(tokens: list[Token], verb: Token, room: int, hold: Collection[int] = ()) -> str:
    """A clause's words after its subject told in at most ``room`` words by whole
    phrases, as :func:`_fitted` tells a verb headline's, so the two headlines of one
    clause stay one ("staged a walkout over the Allen book" for the verb and the noun
    alike); "" when they cannot. No phrase holding ``hold`` goes: "Trump went to the
    golf club [for a meeting]" is the meeting's headline only with it."""
    kept = list(tokens)

    def text() -> str:
        return _joined(kept).rstrip(" ,;:“”\"'")

    def drop(t: Token) -> None:
        nonlocal kept
        gone = _gone(t)
        kept = _closed([x for x in kept if x.i not in gone])

    while len(text().split()) > room:
        own = [c for c in kept if c.head == verb and c.i > verb.i and c.dep_ not in {"punct"}]
        optional = [
            c for c in own[1:] if c.dep_ in OPTIONAL and not _holds(c, hold) and not _needed(c)
        ]
        if not optional:
            break
        drop(optional[-1])
    while len(text().split()) > room:
        inside = {t.i for t in kept}
        loose = [
            item
            for t in kept
            if t.i > verb.i and t.head != verb and t.dep_ in LOOSE and t.head.i in inside
            for item in [_participle_of(_listed(t, verb), verb)]
            if not _holds(item, hold) and not _needed(item)
        ]
        loose.sort(key=_last_phrase)
        if not loose:
            return ""
        drop(loose[-1])
    return text()


def _participle_of(item: Token, verb: Token) -> Token:
    """The participle a phrase to leave out hangs on, which goes whole with it: "drawn
    smaller crowds ranging [from a few dozen to several thousand] at a rally" told
    shorter is "drawn smaller crowds", never "… crowds ranging at a rally", whose
    "ranging" ranges over nothing."""
    head = item.head
    if item.dep_ == "prep" and head.i != verb.i and head.tag_ == "VBG" and head.dep_ == "acl":
        return head
    return item


OPEN = {"punct", "cc", "mark", "det", "poss", "prep", "aux", "advmod"}  # words a phrase
# cut after them leaves open: "rise about 11% to [around …]", "FreedomWorks, [the …]"


def _last_phrase(t: Token) -> tuple[bool, int, int]:
    """Which phrase a shorter headline leaves out first: the innermost of those that end
    it ("a potential clash with the Commonwealth Games [in Birmingham]"); an "of" phrase
    last, as "the size [of the bill]" says little without."""
    return (t.dep_ != "prep" or t.lower_ != "of", t.right_edge.i, t.i)


def _closed(kept: list[Token]) -> list[Token]:
    """A shortened phrase without the words left open at its end: a comma, an "and", a
    preposition without its object, or a participle's clause whose words are gone
    ("taken to hospital [suffering from flu-like symptoms]", never "… hospital
    suffering")."""
    while len(kept) > 1:
        last = kept[-1]
        if last.dep_ in OPEN:
            kept = kept[:-1]
        elif last.pos_ == "VERB" and last.dep_ in {"acl", "advcl", "relcl"} and kept[0] != last:
            gone = {x.i for x in last.subtree}
            kept = [x for x in kept if x.i not in gone]
        else:
            break
    return kept


def _joined(tokens: list[Token]) -> str:
    """Words of a phrase some of whose words were left out, spaced as written and with a
    space where a gap was ("menthol[,] flavours", never "mentholflavours"); a bare "the
    town" told by the place's name (:func:`_places_told`)."""
    out = []
    places = _places_told(tokens)
    named = {noun.i for noun, _ in places.values()}
    for k, t in enumerate(tokens):
        if t.i in named:
            continue
        gap = k + 1 < len(tokens) and tokens[k + 1].i != t.i + 1
        text = places[t.i][1] if t.i in places else t.text
        space = places[t.i][0].whitespace_ if t.i in places else t.whitespace_
        out.append(text + (" " if gap and not space else space))
    return "".join(out).strip()


def _listed(t: Token, head: Token) -> Token:
    """The item of a list a phrase to leave out sits in, which goes whole: "charged with
    attempted murder, robbery [in the first degree], and robbery [in the second degree]"
    told shorter is "charged with attempted murder, robbery in the first degree", never
    "… robbery, and robbery"."""
    item = t
    for a in t.ancestors:
        if a == head:
            break
        if a.dep_ == "conj":
            item = a
    return item


def _gone(phrase: Token) -> set[int]:
    """The words a phrase left out takes with it: a list item its "and" and comma too
    ("the detailed technical [and commercial] information", never "technical and
    information")."""
    gone = {x.i for x in phrase.subtree}
    if phrase.dep_ == "conj":
        i = phrase.left_edge.i - 1
        while (
            i >= 0
            and phrase.doc[i].dep_ in {"cc", "punct"}
            and phrase.doc[i].head
            in {
                phrase.head,
                phrase,
            }
        ):
            gone.add(i)
            i -= 1
    return gone


def _holds(t: Token, hold: Collection[int]) -> bool:
    """Whether a phrase holds an event's word, which a shorter headline keeps. The
    phrase's words are asked, not ``hold``: it holds every other event's word of the
    article, and walking it per phrase grew with the square of an article's events."""
    return any(i in hold for i in range(t.left_edge.i, t.right_edge.i + 1))


class Held(AbstractSet[int]):
    """The words other events are told by (token indices): ``told`` but ``own``, and
    ``more``, read in place. A title only asks whether a phrase holds one
    (:func:`_holds`); a copy of the article's words for each event and each clause
    grew with the square of an article's events."""

    def __init__(
        self, told: Collection[int], own: Collection[int] = (), more: Collection[int] = ()
    ) -> None:
        self.told, self.own, self.more = told, own, more

    def __contains__(self, i: object) -> bool:
        return i in self.more or (i in self.told and i not in self.own)

    def __iter__(self) -> Iterator[int]:
        yield from self.more
        yield from (i for i in self.told if i not in self.own and i not in self.more)

    def __len__(self) -> int:
        return sum(1 for _ in self)


PLACING = word_list("put place lay position")  # verbs told with where the thing goes


EMPTY_NOUNS = word_list("part goal aim target result help way kind sort type means basis")
# nouns a phrase says nothing with unless their "of" says of what ("with a goal", "as part")
PARTITIVES = word_list("one some many most each none all few several both either neither")
# words that are a share of what their "of" names ("one of the performers")


def _needed(t: Token) -> bool:
    """Whether a phrase completes its verb, which says nothing without it: "put Africa [at
    the top of his agenda]" cut to "vowed to put Africa" leaves the act unsaid, though a
    place is what a shorter headline drops first elsewhere ("sat down [in Geneva]")."""
    verb = t.head
    if t.dep_ == "prep" and t.lower_ == "of" and t.head.lower_ in PARTITIVES:
        return True  # "has been one [of the side's better performers]": "one" alone
        # tells no one
    if t.dep_ == "prep" and t.lower_ == "of" and t.head.dep_ == "pobj":
        return _needed(t.head.head)  # "at the top [of his agenda]": the place's own "of"
    if t.dep_ != "prep" or verb.pos_ != "VERB" or verb.lemma_.lower() not in PLACING:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    first = next((c for c in verb.children if c.dep_ == "prep" and c.i > verb.i), None)
    return obj is not None and first == t and obj.i < t.i


PLAN_NOUNS = word_list(
    "plan decision proposal bid effort attempt intention promise pledge vow offer order "
    "move call threat deal agreement desire push drive wish"
)  # nouns a "to" clause completes: "plans to tighten restrictions", "a decision to withhold"


CAUSING = word_list(
    "prompt force urge ask push lead allow help order tell persuade encourage drive "
    "instruct advise warn"
)
PRESSING = CAUSING | word_list("press pressure invite")  # "press X to agree": X would
APPEALING = word_list("appeal call plead")  # "appealed to citizens to stay home": asked


def _planned_act(verb: Token, keep: list[Token]) -> list[Token]:
    """The "to" clause that says what a verb's object is a plan of, when the parser
    hung it on the verb ("announced plans Sunday to tighten restrictions"): a title
    with "announced plans" alone tells a reader nothing."""
    causing = verb.lemma_.lower() in CAUSING  # "prompted governors [to issue …]": who
    # was made to do what; "The virus prompted governors" alone tells nothing
    appealed = verb.lemma_.lower() in APPEALING and any(
        c.dep_ == "prep" and c.lower_ in {"to", "on"} for c in keep
    )  # "appealed to citizens [to take alternative routes]": what they were asked to do
    errand = verb.lemma_.lower() in ERRAND_VERBS and bool(keep)  # "returned to the harbour
    # [to check on the traps]": where they went says not what they went for
    told_why = _came_forward(verb) or (verb.lemma_.lower() in SENDING and bool(keep))
    errand = errand or told_why  # "stepped forward on Facebook [to say he had paid]",
    # "sent a letter to the court [to ask for a delay]": the aim is what the act was
    if not appealed and not errand and not any(
        c.dep_ == "dobj" and (causing or c.lemma_.lower() in PLAN_NOUNS) for c in keep
    ):
        return []
    if any(c.dep_ == "acl" for k in keep for c in k.children):
        return []  # the parser hung it on the noun: the noun's own phrase holds it
    stray = _stray_aim(verb, keep) if causing else None
    if stray is not None:
        return [stray]
    return [
        c
        for c in verb.children
        if c.dep_ in {"xcomp", "advcl"}
        and c.i > max(k.i for k in keep)
        and c.tag_ == "VB"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and (
            _forward_to_say(verb, c)
            or not any(a.dep_ in {"ccomp", "xcomp"} for a in c.children)
        )  # "led Pelosi to announce [the House would remain …]": the clause a title
        # cuts off is the point; what one stepped forward to say is told short
        and (len(_span(c)) > 2 or _forward_to_say(verb, c))  # "urged countrymen to do
        # [their part]": "to do" says nothing
    ][:1]


SENDING = word_list("send write post file")  # acts told by what they were sent for


def _came_forward(verb: Token) -> bool:
    """Whether a verb is a stepping forward ("stepped forward", "came forward"), which
    says nothing until its "to" clause says what for: to say, to claim, to help."""
    return verb.lemma_.lower() in {"step", "come"} and any(
        c.lower_ == "forward" and c.dep_ in {"advmod", "prt"} and c.i == verb.i + 1
        for c in verb.children
    )


def _forward_to_say(verb: Token, clause: Token) -> list[Token]:
    """The words of what someone stepped forward to say, its first claim only
    ("stepped forward on Facebook to say [he was the donor] and was still hoping …"):
    "stepped forward to say" alone says nothing. Empty when the verb is no stepping
    forward or the clause no short saying."""
    if not _came_forward(verb) or clause.dep_ not in {"advcl", "xcomp"}:
        return []
    said = children(clause, {"ccomp"})
    if clause.lemma_.lower() not in {"say", "claim", "admit", "reveal", "confirm"} or not said:
        return []
    gone = {t.i for c in said[0].children if c.dep_ in {"conj", "cc"} for t in c.subtree}
    words = [t for t in clause.subtree if t.i not in gone and not (t.is_punct and t.i > said[0].i)]
    return words if len(words) <= 8 else []


def _stray_aim(verb: Token, keep: list[Token]) -> Token | None:
    """The "to" clause right after a causing verb's object that the parser hung on a verb
    above it ("sent a letter to the ambassador urging Egypt [to halt its harassment]",
    "halt" read as the sending's aim): what Egypt was urged to do, which "Two senators
    urged Egypt" never says. None when the verb has a clause of its own."""
    if children(verb, {"xcomp", "ccomp"}):
        return None
    after = verb.doc[max(k.right_edge.i for k in keep) + 1 :]
    to = next((t for t in after[:2] if not t.is_punct), None)
    if to is None or to.lower_ != "to" or to.dep_ != "aux":
        return None
    clause = to.head
    if (
        clause.tag_ != "VB"
        or clause.dep_ not in {"advcl", "xcomp"}
        or clause.i <= to.i
        or clause.head not in list(verb.ancestors)
    ):
        return None
    return clause


BLAMING = {  # verbs that tell someone's act as what they are blamed or praised for
    "of": word_list("accuse suspect convict acquit clear absolve"),
    "for": word_list(
        "blame arrest sue fine criticize criticise condemn punish jail sentence convict "
        "investigate praise thank fault"
    ),
    "with": word_list("charge"),
}


def _blamed(trig: Token) -> str | None:
    """An act told as what someone is accused or praised of, with who says so:
    "Soltan's lawyers accused Egypt of blackmailing the United States", "The former
    mayor was accused of taking bribes". Its doer is the one accused, whom the roles
    often take for the accusers, and the act is only said: the clause that tells it is
    the headline. None when that clause has no subject a title can show."""
    act = trig
    if trig.dep_ == "xcomp" and trig.head.tag_ == "VBG" and trig.head.dep_ == "pcomp":
        act = trig.head  # "accused some schools of failing to [teach] pupils": the failing
    prep = act.head
    verb = prep.head
    if verb.dep_ == "dobj" and verb.head.pos_ == "VERB":  # "charged [the driver with]
        verb = verb.head  # causing death": the parser hung the phrase on the object
    if (
        act.tag_ != "VBG"
        or act.dep_ != "pcomp"
        or verb.pos_ != "VERB"
        or verb.lemma_.lower() not in BLAMING.get(prep.lower_, ())
    ):
        return None
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is not None and subj.pos_ == "PRON" and subj.dep_ == "nsubj":
        return _accused(act, prep, verb)  # "He accused ministers of wasting money"
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"}:
        return None
    said = list(verb.doc[subj.left_edge.i : subj.i + 1])
    while len(said) > 1 and said[0].ent_type_ in DATES and said[0].head != said[0]:
        said = said[1:]  # "On Monday school inspection chief David Bell": the day is when
    held = entity_at(verb.doc, subj.i) if subj.ent_type_ == "PERSON" else None
    if held is not None and held[0] - said[0].i >= 3:  # "… school inspection chief David
        said = list(verb.doc[held[0] : held[1]])  # Bell": the name leaves room for the act
    subject = _phrase(said, None)
    room = TITLE_WORDS - _title_size(subject)
    text = f"{subject} {_predicate(verb, bare=True, room=room, hold={trig.i})}" if subject else ""
    return text if text and _told(text) and trig.text in text.split() else None


def _accused(trig: Token, prep: Token, verb: Token) -> str | None:
    """The act of an accusation whose accuser is a pronoun, told of the accused:
    "Ministers accused of wasting money" for "He accused ministers of wasting money",
    never the accuser's own act ("Michael Howard wasted money") as the roles read it.
    None when the accused is no noun a title can show."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"} or not obj.i < prep.i < trig.i:
        return None
    accused = _phrase(list(verb.doc[obj.left_edge.i : obj.i + 1]), None)
    lead = f"{accused} {_participle(verb.lemma_.lower())} {prep.lower_}"
    act = _predicate(trig, bare=True, room=TITLE_WORDS - _title_size(lead))
    return f"{lead} {act}" if accused and act.startswith(trig.text) else None


def _own_object(subject: str, trig: Token) -> bool:
    """Whether a subject not written as the verb's own is a name among the words after
    the verb ("they would win acclaim from voters" read as the voters'; "the decision to
    withhold aid from Ukraine" as Ukraine's): no one is the doer and the object of one
    act, so the roles resolved the wrong name. A name inside a longer one ("Trump
    visited Trump Tower") or an owner ("Trump's club") is no such object."""
    written = {t.lower_ for c in children(trig, {"nsubj", "nsubjpass"})
               for t in c.subtree}  # fmt: skip
    said = [w.lower() for w in subject.split()]
    if not said or set(said) <= written:
        return False
    after = [t for c in trig.children if c.i > trig.i and c.dep_ in OBJECT_DEPS
             for t in c.subtree]  # fmt: skip
    n = len(said)
    for k in range(len(after) - n + 1):
        words = after[k : k + n]
        last = words[-1]
        if [t.lower_ for t in words] == said and last.dep_ in {"pobj", "dobj", "dative", "conj"}:
            return True
    return False


OBJECT_DEPS = {"dobj", "dative", "prep", "attr", "oprd"}


UNDER = word_list("fire control scrutiny pressure arrest investigation attack threat siege review")
# "have come under fire", "brought the blaze under control": a state the act puts someone in,
# part of what happened; "left under police escort" is how, and stays out


def _under(prep: Token) -> bool:
    """Whether a verb's "under" phrase names the state its act brought about (:data:`UNDER`)."""
    return prep.lower_ == "under" and any(
        c.dep_ == "pobj" and c.lemma_.lower() in UNDER for c in prep.children
    )


NOT_A_TOPIC = {"CARDINAL", "PERCENT", "MONEY", "QUANTITY", "DATE", "TIME"}  # "rose [about
# 5%]", "left about noon": an amount or a time, which the parser may hang as a phrase


def _about_what(prep: Token) -> bool:
    """Whether a verb's phrase says what the act was about ("complained to the council
    [about the parking charges]", "apologised [about the lost luggage]"): a complaint,
    an apology or a letter told without it says nothing of what it was, so a title
    keeps it as it keeps an object."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "about"
        and prep.head.pos_ == "VERB"
        and prep.i > prep.head.i
        and any(
            c.dep_ in {"pobj", "pcomp"} and c.ent_type_ not in NOT_A_TOPIC and not c.like_num
            for c in prep.children
        )
    )


def _shared_object(trig: Token) -> list[Token]:
    """The object a verb shares with the verb joined right after it ("are requesting
    and receiving ballots", "buying and selling shares"): the verb has none of its
    own, only a conjunction stands between the two."""
    if any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in trig.children):
        return []
    told = next((c for c in trig.head.children if _reported_row(c) == trig), None)
    if told is not None and told.tag_ == trig.tag_:  # "asserts Beblawi [directed] and
        return [c for c in told.children if c.dep_ == "dobj" and c.i > told.i][:1]  # monitored
        # the abuse": the parser joined "monitored" to "asserts"; the two share "the abuse"
    nxt = next((c for c in trig.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if nxt is None or nxt.i > trig.i + 3 or nxt.tag_ != trig.tag_ or trig.tag_ in {"VBD", "VBN"}:
        return []  # "is dying and needs help": no object of the first; "the special he
        # hosted and helped fund": a past's object is often the noun a clause hangs on
    between = trig.doc[trig.i + 1 : nxt.i]
    if not between or not all(t.dep_ == "cc" or t.is_punct for t in between):
        return []
    return [c for c in nxt.children if c.dep_ == "dobj" and c.i > nxt.i][:1]


def _row_cut(obj: Token, trig: Token) -> set[int]:
    """The words of an object that are the next act of a row of verbs ("pledged
    millions in aid, [increased payments to nurses], and promised …", "increased" read
    as a modifier of a second object): a joined noun after a comma opened by a verb's
    past form, when the verb itself is one of a row."""
    in_row = trig.dep_ == "conj" or any(
        c.dep_ == "conj" and c.pos_ == "VERB" for c in trig.children
    )
    if obj.dep_ != "dobj" or not in_row:
        return set()
    cut: set[int] = set()
    for c in obj.children:
        opener = c.doc[c.left_edge.i]
        if (
            c.dep_ == "conj"
            and opener.pos_ == "VERB"
            and opener.tag_ in {"VBD", "VBN"}
            and opener.dep_ == "amod"
            and c.doc[c.left_edge.i - 1].text == ","
        ):
            cut |= set(range(c.left_edge.i - 1, c.right_edge.i + 1))
    return cut


def _next_in_row(obj: Token, trig: Token) -> bool:
    """Whether a second object after a comma is the next act of a row the parser hung
    on this verb: "pledged billions of dollars in aid, increased payments to
    firefighters" ("increased" read as a modifier of "payments"), never one object."""
    if obj.dep_ != "dobj":
        return False
    first = next((c for c in children(trig, {"dobj"})), obj)
    return first.i < obj.i and any(t.text == "," for t in trig.doc[first.right_edge.i : obj.i])


HOLDING = word_list(
    "try attempt seek strive struggle continue keep stop cease quit begin start resume help manage"
)  # verbs whose act is held in the verb they take: an attempt, a phase, a help


FOUND = {"find", "leave"}  # "was found dead", "was left wounded": the state as found
# Verbs whose passive tells its "to" clause was done ("was forced to resign", "were
# compelled to flee"); "was asked to resign" or "was ordered to" tell only a demand
MADE_TO = word_list("force compel oblige make")


def _back_to_do(trig: Token) -> bool:
    """Whether a verb is what someone came back to do, told done ("by the time workers
    returned to check on their traps", "the crew came back to collect the nets"): going
    back somewhere to do a thing is told as doing it, so the act took place, never a
    plan "Workers to check on traps". A return still to come ("will return to host the
    show") is a plan, and so is a return the text does not tell as past."""
    head = trig.head
    if trig.dep_ not in {"advcl", "xcomp"} or trig.tag_ != "VB" or head.i > trig.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trig.children):
        return False
    lemma = head.lemma_.lower()
    back = any(c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in head.children)
    if not (lemma == "return" or lemma in {"come", "go"} and back):
        return False
    auxes = [c for c in head.children if c.dep_ in {"aux", "auxpass", "neg"}]
    return head.tag_ == "VBD" and not auxes


def _made_or_went_on(head: Token) -> bool:
    """Whether a verb tells that the act of its "to" clause took place: a passive of
    forcing ("was forced to resign") or "went on to" ("went on to win the title")."""
    lemma = head.lemma_.lower()
    if lemma in MADE_TO:
        return any(c.dep_ == "auxpass" for c in head.children)
    return (
        lemma == "go"
        and any(c.dep_ == "prt" and c.lower_ == "on" for c in head.children)
        and any(c.dep_ == "nsubj" and c.pos_ != "PRON" for c in head.children)
    )  # "it went on to win": an untold "it" titles the act better alone ("Winning …")


def _forced_by(trig: Token) -> str | None:
    """The words that tell an act someone was made to do, when the text tells who made
    them ("The party forced the defence secretary to resign"): the act took place, as
    in the passive, so the headline reads "was forced to resign" ("has been forced to"
    after "has forced"), never the plan "to resign"; None for any other verb."""
    head = trig.head
    hired = trig.tag_ == "VB" and bool(_hired_party(head, trig.dep_))  # "hired climbers
    # to scale the cliffs": "Climbers were hired to scale …", the hiring done, never the
    # bare plan "Climbers to scale …"
    if not hired and (
        trig.dep_ != "xcomp"
        or trig.tag_ != "VB"
        or head.lemma_.lower() not in MADE_TO
        or head.i > trig.i
        or not any(c.dep_ == "dobj" and c.i < trig.i for c in head.children)
    ):
        return None
    aux = [c.lower_ for c in _auxiliaries(head)]
    if not aux and head.tag_ == "VBD":
        return f"was {head.text} to {trig.text}"
    if aux in (["has"], ["have"]) and head.tag_ == "VBN":
        return f"has been {head.text} to {trig.text}"
    return None


def _held(trig: Token, subject: str, own: Collection[int] = ()) -> str | None:
    """The verb a trigger hangs on when that verb says how far the act went ("has
    continued to talk", "stopped selling", "trying to counter"), with the trigger:
    "has continued to talk". Without it a headline turns an attempt or a going on into
    a plan ("to talk") and a stop into the act ("sold"). A phase verb that is itself a
    mention of the event (``own``: its triggers' indices) tells the act in its tense
    instead ("are continuing to investigate": "are investigating"). None for any other
    verb."""
    head = trig.head
    tried = _tried_by_noun(trig)
    if tried is not None:  # "Trump's failed attempt to fire Mueller": "Trump failed to
        return tried  # fire Mueller", never the plan "Trump to fire Mueller"
    # "was found fatally wounded": the state as it was found, never a bare "Wounded"
    found = trig.dep_ == "oprd" and trig.tag_ == "VBN" and head.lemma_.lower() in FOUND
    made = trig.dep_ in {"xcomp", "advcl"} and _made_or_went_on(head)  # "was forced to"
    made = made or _back_to_do(trig)  # "returned to check on the traps": done
    if not found and (
        (trig.dep_ != "xcomp" and not made)
        or head.pos_ != "VERB"
        or (head.lemma_.lower() not in HOLDING and not made)
        or head.i > trig.i
        or any(c.dep_ == "nsubjpass" or c.lower_ == "to" for c in _auxiliaries(head))
    ):
        return None
    between = list(trig.doc[head.i + 1 : trig.i])
    if any(
        t.dep_ not in {"aux", "advmod", "neg", "prt"} or t.head not in (head, trig)
        for t in between
    ):
        return None  # "tried hard to enter", never a phrase of its own in between
    aux = _auxiliaries(head)
    lemma = head.lemma_.lower()
    if lemma in ONGOING_PHASES and head.i in own:
        if trig.tag_ != "VB":
            return None  # "began searching": the participle tells it ("searched")
        text = _phase_tense(trig.lemma_.lower(), head, aux)
        if text is None or _as_written(subject, head):
            return text
        return _agreeing(subject, text, head)
    if aux:
        verb = [_spelled(c) for c in aux] + [head.text]
    elif head.tag_ in {"VBD", "VBZ", "VBP"}:
        verb = [head.text]
    elif head.tag_ == "VBG":  # "in trying to counter": a headline's own tense
        now = lemma if _plural(subject) else _present(lemma)
        verb = [_past(lemma) if _told_past(head) else now]
    else:
        return None
    text = " ".join([*verb, *(t.text for t in between), trig.text])
    return text if _as_written(subject, head) else _agreeing(subject, text, head)


TRYING_NOUNS = word_list("attempt bid effort try")  # a "to" clause on them is only tried
FAILING = word_list(
    "fail failed unsuccessful abortive botched vain foiled thwarted thwart foil block collapse"
)  # what says an attempt did not succeed: "a failed bid", "the effort was thwarted"


def _tried_by_noun(trig: Token) -> str | None:
    """ "tried to fire" or "failed to fire" for a verb that completes an attempt noun
    ("Trump's failed attempt to fire Mueller", "an unsuccessful bid to win", "efforts to
    fire him were thwarted"): the act was only tried, and a headline without the
    attempt tells a plan or, with a past tense, the deed itself. None otherwise."""
    noun = trig.head
    if (
        trig.dep_ != "acl"
        or trig.tag_ != "VB"
        or noun.lemma_.lower() not in TRYING_NOUNS
        or not any(c.dep_ == "aux" and c.lower_ == "to" for c in trig.children)
    ):
        return None
    failed = any(c.dep_ == "amod" and c.lower_ in FAILING for c in noun.children) or (
        noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_.lower() in FAILING
    )
    if failed:
        return f"failed to {trig.text}"
    sought = noun.lemma_.lower() in {"bid", "effort"}  # "Beblawi's bid to dismiss the
    return f"{'sought' if sought else 'tried'} to {trig.text}"  # case": pending, not tried


def _written(verb: Token, named: str | None = None) -> str | None:
    """A verb's subject as written when the roles' single name (``named``) would not
    do: a row of names or nouns ("the United States and Iran"), a common noun ("More
    US states", "The impacts of the pandemic", never the name the resolver took it
    for), or a name sharing no word with the roles' ("Piyum Moghadam managed to book a
    flight" told of Bolivia); None for a pronoun or no subject, or a name the roles
    agree with."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"} or _dateline(subj):
        return None
    last = max((c.right_edge.i for c in subj.children if c.dep_ == "conj"), default=None)
    if last is None and (subj.pos_ == "NOUN" or (named and _disagrees(subj, named))):
        last = subj.i
    if last is None:
        return None
    return _row_phrase(verb.doc[subj.left_edge.i : last + 1]) or None


def _phase_tense(lemma: str, phase: Token, aux: list[Token]) -> str | None:
    """An act in the tense of the phase verb it was told by: "are continuing to
    investigate" is "are investigating", "has continued to talk" "has been talking",
    "continue to talk" "are talking", "kept to pay" "paid"; None for a form a headline
    cannot carry over."""
    words = [_spelled(c) for c in aux]
    if phase.tag_ == "VBG" and aux:
        return " ".join([*words, _gerund(lemma)])
    if phase.tag_ == "VBN" and aux and aux[-1].lower_ in {"has", "have", "had"}:
        return " ".join([*words, "been", _gerund(lemma)])
    if phase.tag_ == "VB" and aux and aux[0].lower_ in MODALS:  # "will continue to
        return " ".join([*words, lemma])  # advocate": "will advocate"
    if aux:
        return None
    going = {"VBZ": "is", "VBP": "are"}.get(phase.tag_)  # "continue to communicate":
    if going:  # "are communicating", the going on a headline's present keeps
        return f"{going} {_gerund(lemma)}"
    return _past(lemma) if phase.tag_ == "VBD" else None


WISHES = word_list("hope wish dream fear expectation")


def _wished(trig: Token) -> bool:
    """Whether a verb tells what someone hopes or fears ("in hopes Joe Biden defeats
    Trump", "hope the talks succeed"): written in the present, it is no act done."""
    return (
        trig.dep_ in {"relcl", "acl", "ccomp"}
        and trig.head.lemma_.lower() in WISHES
        and not _modal(trig)
        and not any(c.dep_ in {"aux", "auxpass"} for c in trig.children)
        and trig.tag_ in {"VBZ", "VBP", "VB"}
    )


HEDGES = word_list("allegedly reportedly apparently possibly probably purportedly supposedly")


# Nouns whose clause states what someone alleges ("allegations that he abused his
# daughter", "the claim he took bribes"), and the verb ("prosecutors allege the mayor took
# bribes"): the act is only alleged. Not the verb "claim": "claimed the shot put title"
# is a win, and "… is struggling to recover, claims his agent" a report, not a charge.
ALLEGED_BY = word_list("allegation accusation claim rumour rumor")
ALLEGING_VERBS = word_list("allege")


def _denied_after(trig: Token) -> bool:
    """Whether a "which he denies" after a verb's clause takes the act back ("said the
    director abused her when she was seven, which he denies"): alleged, never a fact.
    The parser hangs the relative clause on the clause's last noun, so any word of the
    act's own clause will do (:func:`_within_clause`)."""
    return any(
        t.lemma_.lower() == "deny"
        and t.dep_ == "relcl"
        and any(c.lower_ == "which" for c in t.children)
        and _within_clause(t.head, trig)
        for t in trig.doc[trig.i + 1 : sentence_of(trig).end]
    )


def _within_clause(word: Token, verb: Token) -> bool:
    """Whether ``verb`` is the first verb above a word ("abused her when she was
    [seven]": "was" is no act), so the word is in the act's own clause, not in one the
    verb reports ("has said the director abused her") or gives as a reason ("fined the
    striker because he kicked a steward")."""
    cur = word
    while cur != verb:
        if cur.head == cur:
            return False
        cur = cur.head
        if cur.pos_ == "VERB" and cur != verb:
            return False
    return True


def _hedges(trig: Token) -> list[str]:
    """The words before a verb that say the text does not vouch for it ("he allegedly
    molested", "was reportedly killed"): a headline without them states as fact what
    the text only reports. An act an allegation states is told "allegedly" too: "the
    allegations he abused his daughter" read "Woody Allen abused daughter", as fact."""
    said = [c.lower_ for c in trig.children if c.dep_ == "advmod" and c.lower_ in HEDGES]
    if not said and trig.pos_ == "VERB" and _denied_after(trig):
        return ["allegedly"]
    content = trig.dep_ in {"acl", "ccomp"} or (  # "the allegations he abused daughter
        trig.dep_ == "relcl" and bool(children(trig, {"dobj"}))  # Dylan": no relative
    )  # clause, the verb has its object; "the allegations he made" is one
    if said or trig.pos_ != "VERB" or not content:
        return said
    head = trig.head
    lemma = head.lemma_.lower()
    if lemma in ALLEGED_BY and head.pos_ == "NOUN" or lemma in ALLEGING_VERBS:
        return ["allegedly"]
    return said


def _done_unsaid(trig: Token, obj: Token) -> bool:
    """Whether a verb with no subject a title can show tells its act done to a thing:
    a past or perfect ("we approved", "it has overturned"). Not an "-ing" form: the
    parser makes one of a noun's modifier ("changed take-off and landing procedures")
    and of a clause that only describes ("reaching the point of raised voices"); not a
    count either ("have reached 440" is no "440 have been reached")."""
    count = obj.pos_ == "NUM" and not any(
        t.pos_ in {"NOUN", "PROPN", "SYM"} or t.tag_ == "$" for t in obj.subtree
    )  # "$30 million in new loans" is a thing; "440" alone a count
    return trig.tag_ != "VBG" and not count and _told_done(trig)


def _thing_fitted(obj: Token, thing: str, after: int) -> str:
    """What a passive title tells as acted on (``thing``, the words of ``obj``) short
    enough that the verb told ``after`` it still shows: "A total of more than $30
    billion to over 250,000 businesses was …" lost the act at the cut, where "A total
    of more than $30 billion was funded" tells it. Whole phrases go, the last first
    (:func:`_shortened`)."""
    room = TITLE_WORDS - after
    if len(thing.split()) <= room:
        return thing
    told: dict[str, list[Token]] = {}

    def render(ts: list[Token]) -> str:
        text = _phrase(ts, None)
        told.setdefault(text, ts)
        return text

    tokens = _span(obj)
    shorter = _shortened(obj, tokens, room, render)
    if not shorter or _unfinished(told.get(shorter, []), tokens):
        return thing  # "A total [of more than $30 billion]" says nothing: cut as it was
    return shorter


def _been(obj: Token, thing: str, trig: Token) -> str:
    """The auxiliary of a passive told of a done act, in the act's tense and the
    number of what was acted on (``obj``, told as ``thing``): "was", "were", "has
    been", "have been". A noun's tag tells its number ("Italians", "scratchy starts
    this year"); a count or a row, the words ("two of the games", "more than $45m")."""
    if obj.tag_ in {"NN", "NNS", "NNP", "NNPS"} and not any(c.dep_ == "conj" for c in obj.children):
        many = obj.tag_ in {"NNS", "NNPS"} or obj.lower_ in PLURAL_NOUNS
    else:
        many = bool(_plural(thing))
    perfect = any(c.lower_ in {"has", "have", "'s", "'ve"} for c in _auxiliaries(trig))
    if perfect:
        return "have been" if many else "has been"
    if any(c.lower_ in {"had", "'d"} for c in _auxiliaries(trig)):
        return "had been"
    return "were" if many else "was"


DEMANDING = word_list("demand urge insist ask request require order propose recommend")


def _asker(trig: Token) -> str | None:
    """Who demanded the act a verb in the base form tells ("Erdogan demanded that
    Syrian forces withdraw"), with the demand's verb: "Erdogan demanded". Such a verb
    is what someone wants done; alone ("Syrian forces withdraw") it reads as done. None
    for any other verb, or when the demand has no subject a title can show."""
    head = trig.head
    if trig.dep_ != "ccomp" or head.lemma_.lower() not in DEMANDING or head.pos_ != "VERB":
        return None
    if not any(c.dep_ == "nsubj" for c in trig.children):
        return None  # "demanded to see the files" is no demand on someone else
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in {"NOUN", "PROPN"}:
        return None
    asker = _phrase(list(trig.doc[subj.left_edge.i : subj.i + 1]), None)
    aux = [_spelled(c) for c in head.children if c.dep_ == "aux" and c.i < head.i]
    return " ".join([asker, *aux, head.text.lower()]) if asker else None


SINGULAR_AUX = {"was": "were", "is": "are", "has": "have", "does": "do"}
PLURAL_AUX = {v: k for k, v in SINGULAR_AUX.items()}
MANY = word_list(
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred dozens hundreds thousands millions several many both"
)
PLURAL_NOUNS = {"people", "police", "men", "women", "children", "staff", "troops", "forces"}
ONE = {"a", "an", "one", "another", "each", "every"}


HEAD_PHRASES = word_list("of on in at to for from with against over")  # after a noun
TALLY_HEADS = word_list("majority number lot lots group couple series")  # "a number of
# people": the number is of the ones counted, as with a share (SHARES)


def _plural(subject: str) -> bool | None:
    """The number of a headline's subject, from its words: a row ("Iran and Oman"), a
    count ("Eleven people") or a plural noun is plural; a name ("Gerry Conlon", "Mr
    Blair") or a noun with no plural ending is singular; None when the words cannot
    tell ("United States", "Lib Dems")."""
    words = subject.split()
    if not words:
        return None
    first, last = words[0].lower(), words[-1]
    of = next((k for k in range(1, len(words)) if words[k] in HEAD_PHRASES), None)
    if (
        of is not None
        and (words[0][:1].islower() or first in {"the", "a", "an"})
        and words[of - 1].lower() not in MANY | ONE | SHARES | TALLY_HEADS
        and not any(w in {"-", "–", "—"} or w.endswith(",") for w in words)  # "The value
    ):  # of the cause - proceeds": a second noun after the dash, whose number it is
        last = words[of - 1]  # "Restrictions on the entry of foreigners to Russia": the
        # number of the noun the phrases hang on, never of "Russia"
    counts = [w.replace(",", "") for w in words if w[:1].isdigit()]
    if " and " in f" {subject} " or first in MANY or first in {"more", "fewer"}:
        return True
    if first in {"all", "the", "these", "those", "some"} and last.lower() in MANY:
        return True  # "All five", "The two": a count standing for the people counted
    if counts and counts[0].isdigit() and counts[0] != "1":  # "More than 10,000"
        return True
    if last.lower() in PLURAL_NOUNS:
        return True
    if first in ONE:
        return False
    if last.endswith("s") and not last.endswith(("ss", "us", "is")):
        return None if last[:1].isupper() else True
    return False


def _as_written(subject: str, trig: Token) -> bool:
    """Whether a headline's subject is the clause's own noun subject as written, whose
    verb agrees with it in the text; a subject told by name for a pronoun ("we", "all",
    "who") or taken from another mention may not."""
    heads = [trig, trig.head] if _gapped(trig) else [trig]
    written = next((c for h in heads for c in _line_subjects(h)), None)
    return written is not None and written.pos_ in {"NOUN", "PROPN"} and written.text in subject


def _row_lost(subject: str, trig: Token) -> bool:
    """Whether the verb was written for a row of subjects the headline's subject is only
    one of ("chipmaker Intel and beauty company Glossier are donating" told of
    Glossier): its number is then the row's, not the headline subject's."""
    written = next(iter(_line_subjects(trig)), None)
    if written is None or " and " in f" {subject} ":
        return False
    heads = [written] + [c for c in written.children if c.dep_ == "appos"]
    if any(c.dep_ == "conj" for h in heads for c in h.children):
        return True
    before = written.doc[written.left_edge.i : written.i]  # the parser may hang the row
    return any(t.dep_ == "cc" and t.lower_ in {"and", "&"} for t in before)  # on a modifier


def _agreeing(subject: str, verb: str, trig: Token) -> str:
    """A verb made to agree with a subject it was not written for: "they have drawn"
    told of Robin Butler is "Robin Butler has drawn", "who was convicted" told of eleven
    people "Eleven people were convicted"; as written when the subject's number cannot
    be told."""
    plural = _plural(subject)
    if plural is None:
        return verb
    first, *rest = verb.split()
    if first == "am":  # "I am struck" told of the speaker: "Moynihan is struck"
        return " ".join(["are" if plural else "is", *rest])
    swap = SINGULAR_AUX if plural else PLURAL_AUX
    if first in swap:
        return " ".join([swap[first], *rest])
    if rest or first != trig.lower_:
        return verb
    lemma = trig.lemma_.lower()
    if trig.tag_ == "VBP" and not plural:  # "they say" told of one: "X says"
        return _present(lemma)
    if trig.tag_ == "VBZ" and plural:
        return lemma
    return verb


@lru_cache(maxsize=1)
def _doubled_gerunds() -> dict[str, str]:
    """Gerunds that double their last letter, from the model's lemmatizer exceptions
    ("begin" -> "beginning", "admit" -> "admitting"): the stress decides, which
    spelling cannot tell ("visiting", "opening")."""
    return {lemma: form for form, lemma in verb_forms() if form == lemma + lemma[-1:] + "ing"}


def _done_by(trig: Token) -> tuple[str, str] | None:
    """Who did it and to what, for a participle hung on a noun with its doer after "by"
    ("a tactic deployed by Governor Tom Reed"): the headline turns it round, as a
    reader does ("Governor Tom Reed deployed a tactic"); None when either is missing or a
    pronoun."""
    if trig.dep_ != "acl" or trig.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    if trig.tag_ != "VBN" and not (  # "a zone agreed by Turkey, Russia and Iran": the
        trig.tag_ == "VBD" and any(c.dep_ == "agent" for c in trig.children)  # tagger's
    ):  # past tense, a participle by its "by"
        return None
    doer = next(
        (p for c in trig.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"),
        None,
    )
    if doer is None or doer.pos_ == "PRON":
        return None
    thing = trig.head
    first, *rest = trig.doc[thing.left_edge.i : thing.i + 1]
    lead = first.lower_ if first.pos_ == "DET" else first.text
    noun = "".join([lead + first.whitespace_, *(t.text_with_ws for t in rest)]).strip()
    return _titled_names(doer) or " ".join(t.text for t in _span(doer)), noun


def _titled_names(doer: Token) -> str | None:
    """The people an office cut off from their names stands for ("signed by Sens. Chris
    Van Hollen (D-Md.), Ben Cardin (D-Md.) …": the parse ends the doer at "Sens" and
    hangs the names where it can): the first name, and "others" for the row that follows
    with no verb between, as "Sens signed the letter" tells no one. None when the doer
    is no office word or no name follows it at once."""
    office = doer.lower_.rstrip(".")
    if doer.ent_type_ == "PERSON" or not (office in OFFICES or office[:-1] in OFFICES):
        return None
    sent = sentence_of(doer)
    names: list[Span] = []
    for e in entities(doer.doc):
        if e.label_ != "PERSON" or e.start <= doer.i or e.start >= sent.end:
            continue
        gap = doer.doc[names[-1].end if names else doer.i + 1 : e.start]
        if any(t.pos_ in {"VERB", "AUX"} for t in gap) or (not names and len(gap) > 1):
            break  # "Sens. Chris …": at most the stop before the first name
        names.append(e)
    if not names:
        return None
    return names[0].text + (" and others" if len(names) > 1 else "")


def _owner(trig: Token) -> str | None:
    """The noun a past participle describes, as a headline's subject: "a firm tied to
    the Koch network", "a certification dated July 7 and signed by …" (a participle
    joined to another). The participle is passive: the noun is what was acted on, so
    the headline is "A firm tied to the Koch network". None for any other verb, or a
    pronoun or relative noun."""
    if trig.tag_ != "VBN" or any(c.dep_ in {"aux", "auxpass"} for c in trig.children):
        return None
    cur = trig
    if cur.dep_ == "conj" and cur.head.tag_ == "VBN":
        cur = cur.head
    noun = cur.head
    if cur.dep_ != "acl" or noun.pos_ not in {"NOUN", "PROPN"} or noun.i > trig.i:
        return None
    if noun.dep_ == "conj":  # "restrictions on bars and restaurants introduced in
        return None  # mid-October": the parser hangs it on the last of a row, wrongly
    words = list(trig.doc[noun.left_edge.i : noun.i + 1])
    first = words[0]
    text = _phrase(words, None)
    if not text:
        return None
    return (first.lower_ + text[len(first.text) :]) if first.pos_ == "DET" else text


CONTRACTED = {
    "'re": "are",
    "'ve": "have",
    "'ll": "will",
    "'m": "am",
    "n't": "not",
    "ca": "can",
    "wo": "will",  # "won't" is "wo" and "n't": "Allen wo not work" was a title
    "sha": "shall",
}


def _spelled(aux: Token) -> str:
    """An auxiliary written out for a headline: "they're flying" gives "are flying", not
    "'re flying"; "'d" is "had" before a participle ("they'd called"), else "would";
    "'s" is "has" before a participle, else "is"."""
    word = aux.lower_.replace("’", "'")
    if word in CONTRACTED:
        return CONTRACTED[word]
    before = aux.doc[aux.i - 1] if aux.i else None
    if word == "been" and before is not None and before.lower_ in {"'s", "’s"} and (
        before.dep_ == "case"
    ):  # "The bridge's been closed": the parser's possessive is the "has" it lost
        return "has been"
    if word in {"'d", "'s"}:
        participle = aux.head.tag_ in {"VBN", "VBD"} and (
            aux.dep_ == "aux" or any(c.dep_ == "dobj" for c in aux.head.children)
        )  # "he's imposed a curfew": the parser's passive has an object, so "has"
        participle = participle or any(  # "music's just been celebrated": "has been", never
            t.lower_ == "been" for t in aux.doc[aux.i + 1 : aux.head.i]  # "is been"
        )
        return (
            ("had" if participle else "would") if word == "'d" else ("has" if participle else "is")
        )
    return aux.text


def _gerund(lemma: str) -> str:
    """The -ing form of a verb, for a headline with no one to do it ("Arriving in
    Nairobi"): "arrive" -> "arriving", "hit" -> "hitting", "meet" -> "meeting"."""
    doubled = _doubled_gerunds().get(lemma)
    if doubled:
        return doubled
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        return lemma[:-1] + "ing"
    if (
        len(lemma) <= 4
        and len(lemma) >= 3
        and lemma not in {"open", "edit", "exit"}  # stressed on the first syllable
        and lemma[-1] not in "aeiouwxy"
        and lemma[-2] in "aeiou"
        and lemma[-3] not in "aeiou"
    ):
        return lemma + lemma[-1] + "ing"
    return lemma + "ing"


def entity_at(doc: Doc, i: int) -> tuple[int, int] | None:
    """Start and end of the entity holding token ``i``, if any: the document's
    entities are read once (kept in its ``user_data``), not walked again per word."""
    spans = doc.user_data.get("entity_spans")
    if spans is None:
        spans = {t: (e.start, e.end) for e in entities(doc) for t in range(e.start, e.end)}
        doc.user_data["entity_spans"] = spans
    return spans.get(i)


def _row_owner_start(trig: Token, left: int) -> int:
    """Where a noun's phrase starts when the parser took the first of two names before
    it for a noun in a row with it ("the Nokia and Microsoft deal" read as "Nokia" and
    "Microsoft deal"): both names are the deal's, and "Microsoft deal" leaves a side
    out. ``left`` itself for any other noun."""
    doc, head = trig.doc, trig.head
    if trig.dep_ != "conj" or head.pos_ != "PROPN" or head.i >= trig.i or left <= head.i + 1:
        return left
    if doc[left].pos_ != "PROPN" or [t.lower_ for t in doc[head.i + 1 : left]] not in (
        ["and"],
        ["&"],
    ):
        return left
    if any(c.dep_ not in {"det", "compound", "cc", "conj"} for c in head.children):
        return left  # "Nokia, which …, and the Microsoft deal": a noun of its own
    start = head.left_edge.i
    return start + 1 if doc[start].dep_ == "det" else start


CHOSEN_AS = word_list(
    "selection appointment nomination choice pick designation confirmation naming "
    "reappointment promotion installation"
)  # nouns whose "as" phrase is the post: "her selection [as Biden's running mate]" is
# what she was chosen for, which "Kamala Harris's selection" alone never says


def _noun_phrase(trig: Token, g: list[_Mention]) -> tuple[str, bool]:
    """A noun trigger with its modifiers and its "with/between/in/on …" phrases
    ("US-Israeli bombing campaign against Iran"), a possessive pronoun told by name."""
    doc = trig.doc
    if trig.dep_ in {"compound", "amod"} and trig.head.pos_ == "NOUN":
        trig = trig.head  # "bombing campaign"
    outer = trig.head.head
    if (
        trig.dep_ == "pobj"
        and trig.head.lower_ == "of"
        and (outer.ent_type_ in {"DATE", "TIME"} or outer.lemma_.lower() in SERIES)
    ):  # "more than a month of fighting", "exchanges of fire"
        held = entity_at(doc, outer.i)
        start = min([outer.left_edge.i] + ([held[0]] if held is not None else []))
        return doc[start : trig.i + 1].text, doc[start].pos_ == "PROPN"
    left = min(
        [
            c.left_edge.i
            for c in trig.children
            if c.dep_ in {"compound", "amod", "nmod", "nummod", "poss"} and c.i < trig.i
        ]
        + [trig.i]
        + [c.left_edge.i for c in _noun_subjects(trig)]  # "until advertising revenue
    )  # [returns] with the resumption …": a verb the tagger took for a noun keeps its subject
    left = _row_owner_start(trig, left)
    while left > 1 and doc[left - 1].text == "-" and not doc[left - 2].whitespace_:
        if doc[left - 1].whitespace_:
            break
        left -= 2  # "hit-and-run": the whole hyphened word the parse split, never "Run"
    right = trig.i
    cut: set[int] = set()
    for c in trig.children:
        if (
            c.dep_ == "prep"
            and (
                c.lower_ in NOUN_PREPS
                or _doer_by(c)
                or c.lower_ == "without"
                or (c.lower_ == "as" and trig.lemma_.lower() in CHOSEN_AS)
            )
            and c.i > trig.i
        ):  # "detention without trial": "Detention" alone hides what the text faults
            kept = {t.i for t in _span(c)}  # "… of their border, which has never …": the
            cut |= {t.i for t in c.subtree} - kept  # clause hung on it is no part of it
            right = max(right, c.right_edge.i)
    bare = right == trig.i  # no phrase of its own: "a march", "the rally"
    for c in trig.children:
        if _plan_of(c, trig) or bare and _purpose_of(c, trig):  # "President Trump's decision
            # to withhold military aid", "a march to mark the anniversary of the closure"
            kept = {t.i for t in _span(c)}
            cut |= {t.i for t in c.subtree} - kept
            right = max(right, c.right_edge.i)
    late = _stranded_purpose(trig) if right == trig.i else None
    if late is not None:  # "join us in a march [to mark the anniversary]": the parser
        cut |= {t.i for t in late.subtree} - {t.i for t in _span(late)}  # hung the aim
        right = late.right_edge.i  # on "join", yet it says which march it was
    tokens = [t for t in doc[left : right + 1] if t.i not in cut]
    agents = _names(g, {"agent", "partner"})
    owners = [t for t in tokens if t.dep_ == "poss" and t.pos_ == "PRON"]
    agents = [
        a for a in agents if not any(_governed(a, o) or _told_after(a, o, tokens) for o in owners)
    ]  # "its negotiations with Antibioticos SA": the partner is never the owner
    text = _phrase(tokens, agents[0] if agents else None)
    if not text:
        return trig.text, False
    row = any(t.dep_ == "conj" and t.i > trig.i for t in tokens)  # "Trump's ban on fruit,
    # candy, mint …" told shorter would name one of the row as if it were all
    if _title_size(text) > TITLE_WORDS and not row:  # too long to show: "Extensive
        # discussions with the sport's stakeholders [including organisers of …]"
        owner = agents[0] if agents else None
        text = _shortened(trig, tokens, TITLE_WORDS, lambda ts: _phrase(ts, owner)) or text
    if tokens[0].dep_ == "poss" and text.startswith("the ") and tokens[0].lower_ != "the":
        text = text[4:]  # "their radiation treatment": a headline's "Radiation treatment",
        # "Possible performance", never "Possible the performance"
    return text, tokens[0].pos_ == "PROPN" or tokens[0].pos_ == "PRON" or bool(tokens[0].ent_type_)


def _doer_by(prep: Token) -> bool:
    """Whether a noun's "by" phrase names its doers ("an attack by rebels", "a vote by
    precinct chairs"): who acts, which "Attack" or "No vote" alone never says."""
    return prep.lower_ == "by" and any(
        c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"} and c.ent_type_ not in DATES
        for c in prep.children
    )


def _noun_subjects(trig: Token) -> list[Token]:
    """The subject the parser gave a word it tagged a noun ("advertising revenue
    [returns] with …", the verb read as a plural noun): a noun with a subject is a verb,
    and the subject is who the headline is about. A pronoun, which no title can tell,
    is left out, and so is a subject after the word."""
    return [
        c
        for c in trig.children
        if c.dep_ == "nsubj" and c.i < trig.i and c.pos_ in {"NOUN", "PROPN"}
    ]


def _noun_headline(
    m: _Mention, g: list[_Mention], factuality: str, words: Collection[tuple[str, str]]
) -> tuple[int, str]:
    """A noun trigger as a headline: "Israel may strike Beirut" when a hypothetical
    act has an agent and a target, else the noun phrase with the event's certainty
    ("Possible attack on Beirut", "Planned talks with Iran")."""
    trig = m.trigger
    lemma = trig.lemma_.lower()
    if lemma == "dead" and trig.head.like_num and trig.head != trig:
        return 2, f"{trig.head.text} {trig.text.lower()}"  # "Three dead": the count heads it
    agent = next((p.actor for p in m.participants if p.role == "agent"), None)
    target = next(
        (
            pobj
            for c in trig.children
            if c.dep_ == "prep" and c.lower_ in TARGET_PREPS
            for pobj in c.children
            if pobj.dep_ == "pobj" and pobj.pos_ != "PRON"
        ),
        None,
    )
    verbal = ("VERB", lemma) in words or ("VERB", lemma.rstrip("s")) in words
    if agent and target is not None and verbal and factuality in {PLANNED, HYPOTHETICAL}:
        lead = "to" if factuality == PLANNED else "may"
        prep = target.head.lower_ if m.type in SYMMETRIC else ""
        obj = trig.doc[target.left_edge.i : target.right_edge.i + 1].text
        verb = lemma.rstrip("s") if ("VERB", lemma) not in words else lemma
        return 4, " ".join(x for x in (agent, lead, verb, prep, obj) if x)
    text, proper = _noun_phrase(trig, g)
    tally = _tally_place(trig)
    if tally is not None and tally.lower() not in text.lower():
        text = f"{text} in {tally}"  # "87 deaths in Sri Lanka", never a bare "87 deaths"
    lead = {PLANNED: "Planned", HYPOTHETICAL: "Possible", NEGATED: "No"}.get(factuality)
    if text.lower().startswith("any "):  # "any attack on Beirut": the event is possible
        text, proper = text[4:], False
    said = text.split()
    owner = next(  # "Labour's election campaign": the owner's name first
        (k for k, w in enumerate(said[:4]) if w.endswith(("'s", "’s"))), None
    )
    noun = trig.head if trig.dep_ in {"compound", "amod"} else trig  # "election campaign"
    if owner is not None and (
        not all(_capitalised(w) for w in said[: owner + 1])
        or any(c.dep_ == "poss" and c.ent_type_ in {"DATE", "TIME"} for c in noun.children)
        or not any(c.dep_ == "poss" for c in noun.children)  # the owner is the noun's own
    ):
        owner = None
    party = _clause_party(trig, m) if owner is None and not lead else None
    if party is not None and party.lower() not in text.lower():  # "In an interview with
        # The Boston Globe, Moore declined …": Moore's interview, never a bare "Interview
        # with The Boston Globe" that says not who gave it
        text = f"{party}{chr(39) if party.endswith('s') else chr(39) + 's'} {_lower_first(text)}"
        return 2, text
    if lead == "Planned" and AHEAD & {w.lower() for w in said}:
        lead = None  # "Planned next general election": "next" says it is ahead
    dated = (
        next(  # "November's presidential election": its date before the noun
            (k for k, w in enumerate(said[:4]) if w.endswith(("'s", "’s"))), None
        )
        if any(c.dep_ == "poss" and c.ent_type_ in {"DATE", "TIME"} for c in noun.children)
        else None
    )
    if lead == "Planned" and dated is not None:
        lead = None  # says when it is to be; "Planned November's …" is no English
    elif lead and dated is not None:  # "November's possible presidential election"
        owner = dated
    if lead == "No" and owner is not None:  # "No election campaign by Labour", never
        name = " ".join(said[: owner + 1])  # "Labour's no election campaign"
        name = name[:-2] if name.endswith(("'s", "’s")) else name
        text = " ".join(["No", *said[owner + 1 :], "by", name])
    elif lead and owner is not None:  # "Labour's possible election campaign", never
        text = " ".join([*said[: owner + 1], lead.lower(), *said[owner + 1 :]])  # "Possible
        # Labour's election campaign"
    elif lead in {"Planned", "Possible"} and _counted_first(said):
        text = f"{text} {lead.lower()}"  # "More than 10 protests planned", never "Planned
        # More than 10 protests"
    elif lead and not text.lower().startswith(("no ", "possible ", "planned ")):
        if not proper and len(said) > 2 and said[0].lower() in LEAD_ARTICLES:
            text = text.split(" ", 1)[1]  # "averting a series of national strikes": "No
            # series of national strikes", never "No a series of …"
        text = f"{lead} {text if proper else _lower_first(text)}"
    score = 2 if len(text.split()) > 1 else 0
    return score, text


COUNT_OPENERS = word_list("more fewer over about nearly almost some up at least")


def _counted_first(said: list[str]) -> bool:
    """Whether a noun phrase opens on its count ("More than 10 protests", "Two rallies"),
    after which a headline says "planned", as a lead before it reads as no English."""
    first = said[0].lower() if said else ""
    if len(said) < 2:
        return False
    if first.isdigit() and len(first) == 4 or first.endswith(("st", "nd", "rd", "th")):
        return False  # "2022 Commonwealth Games", "77th Academy Awards": which, no count
    return first[:1].isdigit() or first in MANY | COUNT_OPENERS


CLAUSE_SCENES = word_list("in during at after following before")  # a scene a clause is set in


VISITS = word_list("visit trip tour journey")  # "during a visit to …": the visitor's


def _clause_party(trig: Token, m: _Mention) -> str | None:
    """The named subject of the clause an event noun with a partner sets the scene of
    ("In an interview with The Boston Globe, Moore declined …", "Macron condemned …
    following a phone briefing with Merkel"): the one who took part with the partner,
    by the name the roles gave, else as the text names it. None when the noun has an
    owner of its own or the subject is no name."""
    prep = trig.head
    if trig.dep_ != "pobj" or prep.lower_ not in CLAUSE_SCENES or prep.head.pos_ != "VERB":
        return None
    if children(trig, {"poss"}) or not any(
        c.dep_ == "prep"
        and (c.lower_ == "with" or c.lower_ == "to" and trig.lemma_.lower() in VISITS)
        and children(c, {"pobj"})
        for c in trig.children
    ):  # "During a visit to a Normandy beach, Castaner said …": his visit
        return None
    subj = next((c for c in prep.head.children if c.dep_ == "nsubj"), None)
    if subj is not None and _dateline(subj):  # "PARIS — President Emmanuel Macron …":
        subj = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ not in {"PERSON", "ORG", "GPE"}:
        return None
    if subj.is_upper:  # a dateline's place in capitals, never the one who took part
        return None
    before = trig.doc[subj.left_edge.i : subj.i]  # "The Boston Globe, Moore": after the comma
    start = max([subj.left_edge.i] + [t.i + 1 for t in before if t.is_punct])
    words = [t for t in trig.doc[start : subj.i + 1] if t.ent_type_ == subj.ent_type_]
    name = _phrase(words, None)  # "President Emmanuel Macron", as the clause names him
    if not name:
        return None
    agent = next((p.actor for p in m.participants if p.role == "agent"), None)
    if agent and not is_pronoun(agent) and "," not in agent and name.split()[-1] in agent.split():
        return agent
    return name


def _tally_place(trig: Token) -> str | None:
    """The place whose tally a counted event noun is part of: "Sri Lanka has had 20,170
    cases, including 87 deaths" are deaths in Sri Lanka, and "87 deaths" alone tells a
    reader nothing. Only a place the model or the gazetteer names (the model takes
    "Nepal" for a person) as the subject of the verb that holds the tally, the count's
    own or its "including" phrase's."""
    if trig.dep_ != "pobj" or not any(c.dep_ == "nummod" for c in trig.children):
        return None
    prep = trig.head
    if prep.lower_ != "including":
        return None
    verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    held = entity_at(trig.doc, subj.i) if subj is not None and subj.pos_ == "PROPN" else None
    if held is None:
        return None
    name = trig.doc[held[0] : held[1]].text
    return name if subj.ent_type_ == "GPE" or country(name) is not None else None


AHEAD = word_list("next upcoming forthcoming coming future")  # a noun phrase told as ahead


def _bare(kind: str, lemma: str, g: list[_Mention]) -> str:
    """A one-word event given its actors by role (:func:`with_sides`)."""
    return with_sides(
        lemma[:1].upper() + lemma[1:],
        kind,
        _names(g, {"agent", "partner", "host"}),
        _names(g, {"patient"}),
    )


def with_sides(noun: str, kind: str, sides: list[str], patients: list[str]) -> str:
    """A bare event word with its actors by role: "Meeting between Iran and the United
    States", "Death of Zoe", "Attack by Israel against Iran", "Tony Blair's war"; never
    "X involving Y", nor "War by Tony Blair", which no headline writes."""
    if kind in SYMMETRIC and len(sides) >= 2:
        return f"{noun} between {', '.join(sides[:-1])} and {sides[-1]}"
    if sides and kind in SYMMETRIC and kind != "Election":
        return f"{noun} with {sides[0]}"
    if sides and patients:
        return f"{noun} by {sides[0]} against {patients[0]}"
    if patients:
        return f"{noun} against {patients[0]}"
    if sides and kind in BEFALLEN:  # "Charles Kennedy's Asian tsunami": a name the roles
        # found beside a disaster or a crash is no doer of it, and no owner either
        return noun
    if sides and (kind == "Election" or kind not in UNDERGONE):  # "Tony Blair's war",
        # "Gibraltarians' referendum", never "War by Tony Blair" or "Referendum with
        # Gibraltarians" (a vote is no meeting: there is no one to hold it with)
        if noun.split()[0] in {"No", "no"}:  # "No protests by the United States", never
            return f"{noun} by {sides[0]}"  # "United States' no protests"
        owner = sides[0] + ("'" if sides[0].endswith("s") else "'s")
        first = noun.split()[0]
        named = noun[1:2].isupper() or demonym(first) or first.lower() in CONTINENTAL
        return f"{owner} {noun if named else _lower_first(noun)}"  # "Asian tsunami" stays
    if sides:
        return f"{noun} of {sides[0]}"
    return noun


BEFALLEN = frozenset({"Disaster", "Accident"})  # what happens to people, done by no one
CONTINENTAL = word_list("asian european african arab western eastern latin nordic baltic")


ONGOING_PHASES = frozenset(["begin", "start", "resume", "continue", "keep"])


def _phase_mention(m: _Mention) -> bool:
    """Whether a mention is a phase verb joined to the verb of its event ("began
    searching", "kept shelling"): the event's own verb makes the better title. A
    decision joined to its act ("decided to introduce") is no phase: it tells the
    event as planned and titles it."""
    return (
        m.trigger.pos_ == "VERB"
        and m.trigger.lemma_.lower() in ONGOING_PHASES
        and m.joins is not None
        and m.joins.pos_ == "VERB"
    )


ERRAND_VERBS = word_list("return go travel fly head rush hurry")  # "returned to check"; not
# "come" ("came closer to direct confrontation", "came out with a plan to deal with")
SPENDING = word_list("spend")  # "spent weeks debating": the time of the debate; its
# own headline tells the act and how long it took


SET_TO = word_list("set poise")  # "is set to unload", "is poised to win"


def _set_to_mention(m: _Mention, g: list[_Mention]) -> bool:
    """Whether a mention is the "is set to" of its own event's verb with a phrase after
    the act hung on "set" ("The Treasury is set to unload another round of auctions,
    with $98 billion of debt …"): the verb titles it as the plan it is; "set" took the
    phrase for its own ("The Treasury is set with $98 billion of debt")."""
    trig = m.trigger
    if trig.pos_ != "VERB" or trig.lemma_.lower() not in SET_TO:
        return False
    own = {x.trigger.i for x in g}
    act = next((c for c in trig.children if c.dep_ == "xcomp" and c.i in own), None)
    return act is not None and any(c.dep_ == "prep" and c.i > act.i for c in trig.children)
    # only when the parser hung a phrase after the act on "set" ("The group are set to
    # release their first single" is titled as written)


COURSE_VERBS = word_list("come spread last")


def _harm_told_with(m: _Mention) -> bool:
    """Whether a mention is the harm a crash or a quake did, joined to its word ("a bus
    crashed into a wall, injuring nine", "an earthquake struck …, killing 12 and
    flattening homes"): the crash or the quake titles the event, not "A bus injured
    nine passengers"."""
    return (
        m.trigger.lemma_.lower() in HARM
        and m.joins is not None
        and m.joins.i != m.trigger.i
    )


def _course_mention(m: _Mention) -> bool:
    """Whether a mention is a verb telling the course of its event noun with no subject
    of its own ("the fire came from positions across the border and lasted about 40
    minutes"): a title built on the verb would make a participant "last" ("Azerbaijan
    lasted about 40 minutes"); the event's other words title it. "The hearing lasted
    three hours" names its subject and is titled by it."""
    return (
        m.trigger.pos_ == "VERB"
        and m.trigger.lemma_.lower() in COURSE_VERBS
        and m.joins is not None
        and m.joins.pos_ == "NOUN"
        and not children(m.trigger, {"nsubj", "nsubjpass"})
    )


ASKED_FOR = word_list(  # "called for the resignation", "a bid for": what is asked of others
    # (events marks the act planned; a title with no one named is told by the noun)
    "call push press appeal ask lobby campaign clamour clamor pressure demand plea bid "
    "plead petition agitate"
)
ASKED_OBJECT = word_list("seek want wish demand request urge")  # "demanded the release"


def _asking_word(trig: Token) -> Token | None:
    """The word that asks for a noun's act ("called for the resignation", "seeking
    dismissal of the charges", "a bid for a recount"), or None: the act is not the
    plan of those it is done to, and its title must say who asks."""
    head = trig.head
    if trig.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in ASKED_FOR:
        return head.head
    if trig.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ == "VERB":
        call = next((c for c in head.head.children if c.dep_ == "dobj" and c.i < head.i), None)
        if call is not None and call.pos_ == "NOUN" and call.lemma_.lower() in ASKED_FOR:
            return call  # "renewed their calls for the resignation": the parser hung the
            # "for" on the verb, the calls still ask for it
    if trig.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in ASKED_OBJECT:
        return head
    return None


def _asked_for(trig: Token) -> bool:
    """Whether a noun act is only asked for (see :func:`_asking_word`)."""
    return _asking_word(trig) is not None


ORDERS = {  # verbs of asking that are no noun: "Ask for the release" reads as an order
    "ask": "Calls", "press": "Calls", "plead": "Pleas", "lobby": "Lobbying", "agitate": "Calls"
}  # fmt: skip


def _calls_for(trig: Token, text: str) -> str:
    """A title for an act asked for by no one the clause names: "Calls for the
    resignation of the chief executive", never "Planned resignation …", which tells
    a plan of the one who would resign."""
    asker = _asking_word(trig)
    if asker is None:
        return text
    rest = text.split(" ", 1)[1] if text.startswith("Planned ") else _lower_first(text)
    det = next((c.lower_ for c in trig.children if c.dep_ == "det"), "")
    phrase = " ".join(x for x in (det, rest) if x)
    lemma = asker.lemma_.lower()
    if trig.dep_ == "pobj":
        lead = {"call": "Calls", "demand": "Demands", "appeal": "Appeals", "plea": "Pleas"}
        if asker.pos_ != "NOUN" and lemma in ORDERS:  # "pressed for the resignation":
            return f"{ORDERS[lemma]} for {phrase}"  # "Press for …" reads as an order
        return f"{lead.get(lemma, lemma[:1].upper() + lemma[1:])} for {phrase}"
    noun = asker.head if asker.dep_ == "acl" and asker.head.pos_ == "NOUN" else None
    said = f"{asker.text} {phrase}"  # "motion seeking dismissal of the charges"
    if noun is not None:
        return f"{noun.text[:1].upper()}{noun.text[1:]} {said}"
    if asker.tag_ == "VBG":  # "filed a motion on Monday seeking dismissal of the charges"
        return said[:1].upper() + said[1:]
    if asker.tag_ == "VB" and lemma in SOUGHT:  # "due to meet … to seek agreement on Idlib"
        seekers = _seekers(asker)
        if seekers is not None:  # "Erdogan and Vladimir Putin to seek agreement on Idlib"
            return f"{seekers} to {asker.lower_} {phrase}"
        aim = phrase.split(" ", 1)[1] if det in {"a", "an"} and " " in phrase else phrase
        return f"{aim[:1].upper()}{aim[1:]} {SOUGHT[lemma]}"  # "Agreement on Idlib sought"
    return text


SOUGHT = {  # an outcome aimed at is no plan of anyone's: "Agreement on Idlib sought"
    "seek": "sought", "want": "wanted", "wish": "wished", "demand": "demanded",
    "request": "requested", "urge": "urged",
}  # fmt: skip
CONTROLLED = {"xcomp", "advcl", "acomp", "conj"}  # "are due to meet … to seek": whose aim


def _seekers(verb: Token) -> str | None:
    """The names of who an infinitive's aim is ("Erdogan and his Russian counterpart
    Vladimir Putin are due to meet … to seek agreement"): the subject of the clause the
    infinitive is the purpose or complement of, told by its names ("Erdogan and
    Vladimir Putin"). None when that subject is no name, or names no one."""
    head = verb
    while head.dep_ in CONTROLLED and head.head != head:
        head = head.head
        subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        names = []
        for part in [subj, *(c for c in subj.children if c.dep_ == "conj")]:
            named = part if part.pos_ == "PROPN" else next(
                (c for c in part.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None
            )
            if named is None or not named.ent_type_:
                return None
            at = entity_at(named.doc, named.i)
            names.append(named.doc[at[0] : at[1]].text if at else named.text)
        return " and ".join(names)
    return None


def _relative_told(noun: Token) -> str | None:
    """A noun told by the relative clause it is the subject of ("an incident that
    threatens the peace talks"): "Incident threatening the peace talks"."""
    for verb in noun.children:
        if verb.dep_ != "relcl" or verb.pos_ != "VERB" or verb.tag_ not in {"VBZ", "VBD", "VBP"}:
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE for c in verb.children):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
        if obj is None or obj.pos_ not in {"NOUN", "PROPN"} or verb.i > obj.left_edge.i:
            continue  # "threatens the peace talks [Armenia and Azerbaijan began …]": the
        thing = _phrase(list(noun.doc[obj.left_edge.i : obj.i + 1]), None)  # object's
        if not thing:  # own words, never a clause hung on it cut short
            continue
        return f"{noun.text[:1].upper()}{noun.text[1:]} {_gerund(verb.lemma_.lower())} {thing}"
    return None


def _whose_told(text: str, trig: Token) -> str:
    """A title whose first word is the relative "whose" told by the noun the clause hangs
    on: "De Niro, whose lead performance has been snubbed by the Oscars" titled "Whose
    lead performance has been snubbed …", which says no one, where "De Niro's lead
    performance …" does. Left as it is when that noun is no short phrase of its own."""
    if text.split()[0].lower() != "whose":
        return text
    whose = next(
        (t for t in sentence_of(trig) if t.lower_ == "whose" and trig in t.ancestors), None
    )
    clause = next((a for a in whose.ancestors if a.dep_ == "relcl"), None) if whose else None
    if clause is None or clause.head.pos_ not in {"NOUN", "PROPN"}:
        return text
    owner = clause.head
    words = [t for t in owner.subtree if t.i <= owner.i and t.dep_ not in {"punct", "relcl"}]
    if not words or len(words) > 5 or words[-1].i - words[0].i != len(words) - 1:
        return text  # "the actor, who …, whose": no short phrase that names the owner
    named = " ".join(t.text for t in words)
    mark = "'" if named.endswith("s") else "'s"  # "Williams' lead performance"
    return f"{named}{mark} {text.split(' ', 1)[1]}"


def _possessed(trig: Token) -> bool:
    """Whether the text gives a noun its owner ("Brown's election", "their vote")."""
    noun = trig.head if trig.dep_ in {"compound", "amod"} else trig
    return any(c.dep_ == "poss" for c in noun.children)


def _initials(trig: Token) -> bool:
    """Whether a word the tagger took for a verb is a plural of initials ("given one to
    MPs on Tuesday"): no verb is spelled so, and told as one ("Blair to mps on
    Tuesday") the headline says nothing."""
    return bool(re.fullmatch(r"[A-Z]{2,}s", trig.text))


def _gerund_object(trig: Token) -> bool:
    """A verb's -ing form that another verb takes as its direct object ("force in-person
    voting", "halted voting"): a thing named, whose doer the parse does not give."""
    return trig.tag_ == "VBG" and trig.dep_ == "dobj" and trig.head.pos_ in {"VERB", "AUX"}


INJURIES = word_list("sprain strain tear break fracture dislocate rupture bruise twist pull")
BODY_PARTS = word_list(
    "knee ankle leg foot hamstring wrist arm shoulder ligament hand thigh calf groin "
    "finger toe elbow hip neck rib collarbone jaw nose skull spine tendon muscle forearm "
    "cheekbone heel pelvis thumb achilles cartilage kneecap vertebra"
)


def injury_phrase(trig: Token) -> str | None:
    """The injury a participle and its noun name ("Sprained knee", "Torn hamstring"), or
    None: a past participle of harm on a part of the body, never a figure ("a broken
    system", "strained relations"). The phrase is the title of the injury's event: the
    participle alone ("Sprain on Tuesday", "Torn") says not what was hurt."""
    head = trig.head
    if (
        trig.tag_ not in {"VBN", "VBD"}
        or trig.dep_ != "amod"
        or trig.lemma_.lower() not in INJURIES
        or head.lemma_.lower() not in BODY_PARTS
    ):
        return None
    words = [c.text for c in head.children if c.dep_ in {"amod", "compound"} and c.i > trig.i]
    return " ".join([trig.text.lower(), *words, head.text]).capitalize()


def title(
    g: list[_Mention],
    kind: str,
    factuality: str,
    words: Collection[tuple[str, str]] = (),
    held: Collection[int] = (),
    clause: bool = True,
) -> str:
    """A headline a reader understands for the event a group of mentions makes.

    Every mention offers one (a verb with its subject and objects, a noun with its
    phrases), with the event's certainty in it ("Trump to meet with Iran", "Israel may
    strike Beirut", "No agreement"); the best wins: a named subject, then objects,
    then the earliest. A pronoun is told by its name or left out, a bare word gets
    its actors by role (:func:`_bare`). Without ``clause`` the title is the
    mentions' own words, never the clause around them (see :func:`tell_apart`).
    """

    def by_clause(
        group: list[_Mention], own: bool = False, held: Collection[int] = ()
    ) -> str | None:
        return _clause_headline(group, own=own, held=held) if clause else None

    g = [  # a byline or a heading run into the sentence names no one of the event
        replace(m, participants=[p for p in m.participants if not _off_line(p, m.trigger)])
        for m in g
    ]
    best: tuple[float, int, str] | None = None
    nouns: set[int] = set()  # mentions whose headline is a noun phrase
    # a gerund a verb takes as its object ("force in-person voting") is a thing done,
    # not an act of the verb's subject: "Republicans votes the health cost" misread it
    gerunds = {m.trigger.i for m in g if _gerund_object(m.trigger)}
    done = {m.trigger.lemma_ for m in g if m.trigger.pos_ == "VERB" and _mode(m) == "actual"}
    for m in g:
        if (
            _phase_mention(m) or _course_mention(m) or _harm_told_with(m) or _set_to_mention(m, g)
        ) and len(g) > 1:
            continue  # "the guards stopped firing": "fired" tells it, not "stopped"
        if factuality in ACTUAL and m.trigger.lemma_ in done and _mode(m) == "irrealis":
            continue  # "Python 3.5 was released", not the "to be released" awaited before
        if _initials(m.trigger):
            continue
        if m.trigger.pos_ == "VERB":
            score, text = _verb_headline(m, g, factuality, words, held)
        else:
            score, text = _noun_headline(m, g, factuality, words)
            nouns.add(m.trigger.i)
        text = _whose_told(_pointed(_clean(text), m.trigger), m.trigger)
        if not text or _pronoun(text.split()[0]):
            continue
        if best is None or (score, -m.trigger.i) > (best[0], best[1]):
            best = (score, -m.trigger.i, text)
    hurt = next((p for m in g if (p := injury_phrase(m.trigger)) is not None), None)
    if hurt is not None and (best is None or len(best[2].split()) < 2):
        return _display(hurt, g)  # "Sprained knee": what the participle alone never says
    if best is None or len(best[2].split()) < 2:
        lemma = g[0].trigger.lemma_.lower() if best is None else best[2].split()[0].lower()
        text = g[0].trigger.text if _initials(g[0].trigger) else _bare(kind, lemma, g)
        where = next((m.place for m in g if m.place), None)
        when = next((m.time.text for m in g if m.time is not None), None)
        if len(text.split()) == 1:  # "Aid": "Morrison pledged billions of dollars in aid"
            text = by_clause(g, held=held) or (_reported_by(g) if clause else None) or text
        if len(text.split()) == 1 and not where:  # "the violence we have seen in some
            seen = next((p for m in g if (p := _seen_where(m.trigger))), None)  # cities"
            text = f"{text} {seen}" if seen else text
        elif text.startswith(f"{lemma[:1].upper()}{lemma[1:]} by ") or (
            kind != "Election" and re.search(rf"['’]s? {re.escape(lemma)}$", text, re.I)
        ):  # "Incident by Greece", "Greece's incident":
            # the agent the roles took from the clause the noun sits in ("Athens denied the
            # incident"), whose act it was not; the clause tells it as written
            told = by_clause(g, held=held) or (_reported_by(g) if clause else None)
            if told is None and not any(_possessed(m.trigger) for m in g):
                told = next((t for m in g if (t := _relative_told(m.trigger))), None)
                told = told or lemma[:1].upper() + lemma[1:]  # "Armenia's incident" for
                # "an incident": no owner the text gives, the word with what it does
            text = told or text
        if not clause:  # told apart by :func:`tell_apart`, which adds a place or a time
            return _display(text, g)
        if len(text.split()) == 1 and (where or when):  # "Sale in London", "Attack on Sunday"
            text = f"{text} in {where}" if where else f"{text} {_dated(when)}"  # "in 1999"
        lead = {PLANNED: "planned", HYPOTHETICAL: "possible", NEGATED: "no"}.get(factuality)
        if len(text.split()) == 1 and lead:  # "No summit", "Possible stoppage"
            text = f"{lead} {text.lower()}"
        return _display(text, g)
    text = own = best[2]
    done = any(
        m.trigger.i == -best[1] and m.trigger.pos_ == "VERB" and _told_done(m.trigger) for m in g
    )  # "Italy announced …": what was done is not planned for a day
    lone = len(text.split()) == 2 and text.split()[0] in {"Possible", "Planned"}
    asked = next((m for m in g if m.trigger.i == -best[1] and -best[1] in nouns), None)
    if factuality != NEGATED and asked is not None and _asked_for(asked.trigger):
        # "Planned resignation of the minister" reads as the minister's own plan: the
        # act is only asked for, so the asking tells it ("MPs called for the
        # resignation of the minister"), or the call does when no one is named
        text = by_clause([asked], held=held) or _calls_for(asked.trigger, text)
    elif lone:  # "Possible review": "The inspector general's office would start such a review"
        text = by_clause(g, own=True, held=held) or _verb_told(g, text, factuality, words, held)
    elif -best[1] in gerunds:  # "Republicans were trying to force in-person voting …"
        text = by_clause(g, held=held) or text
    elif -best[1] in nouns and _nameless(text, g):  # "Military aid": "The White House
        text = by_clause(g, held=held) or text  # withheld military aid"
    elif -best[1] in nouns and _done_to(g, -best[1]) and not _owned(text, g):
        # "Walkout over the Allen book" says not whose: "Dozens of Hachette employees
        # staged a walkout over the Allen book", the clause the noun is the object of
        # (its own clause, never that of another mention: "seek agreement on Idlib")
        owner = [m for m in g if m.trigger.i == -best[1]]
        text = by_clause(owner, held=held) or text
    elif -best[1] in nouns and not _owned(text, g):
        text = _between_sides(text, next(m.trigger for m in g if m.trigger.i == -best[1]))
    elif -best[1] in nouns and text.startswith("No ") and not _owned(text, g):
        # "No conflict with Moscow" says not whose: "Turkey seeks no conflict with Moscow"
        text = by_clause(g, held=held) or text
    elif best[0] <= 0 and any(m.trigger.pos_ == "VERB" for m in g):
        # "Leveraging the aid" told by no one, where the clause above says who: "Trump
        # is accused of leveraging the aid", "The violence threatens to undermine …"
        text = by_clause(g, own=True, held=held) or text
    best_mention = next((m for m in g if m.trigger.i == -best[1]), None)
    off = _called_off(best_mention.trigger) if best_mention and -best[1] in nouns else None
    if off is not None and off not in text.lower() and _title_size(f"{text} {off}") <= TITLE_WORDS:
        text = f"{text} {off}"  # "National Hurricane Conference canceled", never a bare
        # "National Hurricane Conference" that reads as held
    if kind == "Election" and best_mention is not None:
        text = _poll_country(text, best_mention.trigger)  # "Taiwan's presidential election"
    if best_mention is not None and -best[1] in nouns and len(text.split()) <= 2:
        text = _participle_told(text, best_mention.trigger)  # "Annual festival dedicated to …"
    timed = next((m for m in g if m.time is not None), None)
    when = timed.time.text if timed is not None and timed.time is not None else None
    if (
        when
        and not done
        and timed is not None
        and _own_time(timed, when)
        and (  # when it may happen: "next week"; or which one a bare word tells, by its
            factuality in {PLANNED, HYPOTHETICAL}  # month or year ("Heavy fighting in
            or len(text.split()) <= 2 and NAMED_YEAR.search(when)  # September 2022", which hit
        )  # the village before this week's shelling)
        and WHEN.match(when)
        and len(when.split()) <= 3
        and len(text.split()) <= TITLE_WORDS - 3
        and when.lower() not in text.lower()
    ):
        text = f"{text} {_dated(when)}"  # "Trump to talk with Iranian leaders next week"
    shown = _display(text, g, paired=False)  # a clause title's stray quote too
    if text != own and _cut_before_own(text, shown, g):
        return _display(own, g)  # "Helicopter tour of the country", never "The prime
        # minister ratcheted up … at the weekend …": the clause cut before the tour
    return _brackets(shown)


TOLD_BY_PARTICIPLE = 6  # "dedicated to decolonial perspectives": longer is a clause's story


def _participle_told(text: str, trig: Token) -> str:
    """A bare noun title ("Annual festival") told with the participle phrase the text
    hangs on the noun ("an annual festival dedicated to decolonial perspectives",
    "a march organised by the union"): which one it is, where the two words alone name
    any. ``text`` as it is when the noun has none, or it is long or holds a clause."""
    said = text.split()
    if any(w[:1].isupper() for w in said[1:]) or trig.text.lower() not in text.lower():
        return text  # "Hurricane Irma": a name says which
    noun = trig.head if trig.dep_ in {"compound", "amod"} and trig.head.pos_ == "NOUN" else trig
    for acl in noun.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.i != noun.i + 1:
            continue
        words = list(noun.doc[acl.i : acl.right_edge.i + 1])
        if len([t for t in words if not t.is_punct]) > TOLD_BY_PARTICIPLE:
            row = next((t.i for t in words if t.dep_ == "cc"), None)  # "dedicated to
            words = [t for t in words if row is None or t.i < row]  # "migrant voices" [and
            # an online archive]": the parser's row runs on to the next thing listed
        while words and (words[-1].is_punct and not words[-1].is_quote):
            words.pop()
        if len([t for t in words if not t.is_punct]) > TOLD_BY_PARTICIPLE:
            continue
        if not any(c.dep_ in {"prep", "agent", "dative"} for c in acl.children):
            continue  # "a festival planned": nothing said of which
        if any(t.pos_ in {"VERB", "AUX", "PRON"} and t != acl for t in words):
            continue  # "dedicated to those who fought": a clause of its own
        phrase = noun.doc[acl.i : words[-1].i + 1].text  # as written, quotes kept
        return f"{text} {phrase}"
    return text


NATIONAL_POLLS = word_list("presidential general parliamentary legislative national")
POLL_PLACES = {"GPE", "NORP"}  # "Taiwanese President Tsai", "in Taipei"


def _poll_country(text: str, trig: Token) -> str:
    """A country's poll titled by the kind alone ("Presidential election") told with
    the one country its sentence names ("Taiwanese President Tsai Ing-wen speaks … in
    the run-up to the presidential election": "Taiwan's presidential election"): a
    presidential or general election is a country's, and a card is read without the
    article. ``text`` as it is when it names something already, or the sentence names
    no country or more than one."""
    said = text.split()
    if len(said) > 2 or said[0].lower() not in NATIONAL_POLLS:
        return text
    if any(w[:1].isupper() for w in said[1:]):
        return text  # "Presidential Election Commission": a name
    sent = sentence_of(trig)
    lands = set()
    for ent in entities_in(sent):
        if ent.label_ in POLL_PLACES:
            land = country(ent.text) or demonym(ent.text) or seat(ent.text)
            if land is None:
                return text  # a place no list knows: which country is a guess
            lands.add(land.name)
    for t in sent:  # "Nigerian President Bola Adeyemi": a people's word the model put in
        if t.text[:1].isupper():  # a person's name is a country too
            land = demonym(t.text) or country(t.text)
            lands |= {land.name} if land is not None else set()
    if len(lands) != 1:
        return text
    land = next(iter(lands))
    return f"{land}{chr(39) if land.endswith('s') else chr(39) + 's'} {_lower_first(text)}"


CALLED_OFF = word_list(  # what undoes a planned happening: "the summit was postponed"
    "cancel postpone scrap suspend shelve scrub axe defer abandon"
)


def _called_off(trig: Token) -> str | None:
    """How the text says a noun's happening was called off ("The National Hurricane
    Conference and the Governor's Hurricane Conference were both canceled",
    "organisers have postponed the festival"): its verb's participle as written
    ("canceled", "called off"), which a title of the noun alone ("National Hurricane
    Conference") hides, telling a reader it was held. None when no such verb took it,
    or the verb is negated or not yet done ("may cancel the summit")."""
    named = trig.head.pos_ in {"NOUN", "PROPN"}
    noun = trig.head if trig.dep_ in {"compound", "amod"} and named else trig
    while noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head  # "the conference and the festival were cancelled"
    verb = noun.head
    if verb.pos_ != "VERB" or verb.tag_ not in {"VBN", "VBD"}:
        return None
    if any(c.dep_ == "neg" or c.lower_ in {"not", "never"} for c in verb.children):
        return None
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return None
    off = any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    lemma = verb.lemma_.lower()
    if not (lemma in CALLED_OFF or lemma == "call" and off):
        return None
    if noun.dep_ == "nsubjpass" and verb.tag_ == "VBN" or noun.dep_ == "dobj":
        return verb.lower_ + (" off" if off else "")
    return None


PLACE_NAMES = {"GPE", "LOC", "FAC"}  # a phrase with one says where: "near Turkey's border"
CONTEXT_WORDS = 5  # "in the Spring Valley area": longer phrases are a clause's own story
CUT = {"prep", "relcl", "acl", "appos"}  # "since October [near …]": a phrase in a phrase


def titles_in_context(made: list[tuple[list[_Mention], Event]]) -> None:
    """The titles of an article's events that name no one, no place and no time told
    with the place or date their own words or fields give (:func:`_in_context`). Once
    the events are made: a verb's and its object's titles are compared to join them
    ("called a rally"), and a place on one of them only would keep them apart. A
    definite description or a bare role noun is first told by the name the article gave
    it ("the disease": Covid-19, "users": Facebook users; :mod:`kg.extract.referents`)."""
    taken = {ev.title.lower() for _, ev in made}
    names: frozenset[str] | None = None  # the article's name words, read when first asked
    for g, ev in made:
        if ev.title.endswith("…"):
            continue  # cut already: no room
        if names is None:
            names = _name_texts(g[0].trigger.doc)
        text = ev.title
        triggers = [m.trigger for m in g]
        named = named_descriptions(text, triggers, _set_beside)  # "The group": FreedomWorks
        named = owned_roles(named, triggers)  # "Users": "Facebook users"
        if named != text and _title_size(named) <= TITLE_WORDS:
            text = named
        if _contextless(text, g, names):
            text = _owned_title(text, g)  # "The chair": "The Travis GOP Chair"
        text = _control_of(text, g)  # "Rebels were trying to regain control [of Saraqeb]"
        text = _in_context(text, g, names)
        text = _article_placed(text, g, names)
        if text != ev.title and text.lower() not in taken:
            taken.add(text.lower())
            ev.title = text


CONTROL_VERBS = word_list("regain take lose seize wrest retake gain cede")  # of a place
FOUGHT_OVER = word_list(  # what a side takes or loses control of: "the town", "the city"
    "town city village province region district territory enclave stronghold"
)


def _control_of(text: str, g: list[_Mention]) -> str:
    """A title that ends on a bare "control" ("Rebels were trying to regain control")
    told with the place the article says is fought over ("… of Saraqeb"): the text
    named the town in the sentence before ("a correspondent in the town of Saraqeb
    said the army was combing the town") and a card read alone says not of what. Only
    when the event's sentence and the two before name one place, and say "the town"
    (or city, village) of it; ``text`` as it is otherwise."""
    if not text.lower().endswith(" control"):
        return text
    for m in g:
        trig = m.trigger
        if trig.lemma_.lower() not in CONTROL_VERBS:
            continue
        obj = next((c for c in trig.children if c.dep_ == "dobj" and c.lower_ == "control"), None)
        if obj is None or any(c.dep_ in {"prep", "poss"} for c in obj.children):
            continue  # "control of the airport", "its control": told already
        if any(c.dep_ == "prep" and c.lower_ in {"of", "over"} for c in trig.children):
            continue  # "took control yesterday of the port": the parser's own reading
        place = _fought_over(trig)
        if place is not None:
            told = f"{text} of {place}"
            return told if _title_size(told) <= TITLE_WORDS else text
    return text


def _fought_over(trig: Token) -> str | None:
    """The one place the event's sentence and the two before name as a town ("in the
    town of Saraqeb … combing the town", :func:`_named_as`): what a side's "control"
    is of. None for two such places, or none: "police lost control" of a crowd in
    Paris is no control of Paris, and a place merely named nearby may be another."""
    sents = list(trig.doc.sents)
    sent = sentence_of(trig)
    at = next(i for i, s in enumerate(sents) if s.start == sent.start)
    start = sents[max(0, at - SCENE_REACH)].start
    named = _named_as(trig.doc)
    found = {
        name.lower(): name
        for word in FOUGHT_OVER
        for i, name in named.get(word, [])
        if start <= i < trig.i
    }
    if len(found) != 1:
        return None
    name = next(iter(found))
    for ent in entities(trig.doc):
        after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
        if not start <= ent.start < trig.i or ent.label_ not in PLACE_NAMES:
            continue
        if ent.text.lower() not in name and (after is None or after.text not in {"-", "–"}):
            return None  # "the town of Kafr Halab and the city of Aleppo": two in play;
            # "Turkey-backed rebels" is a side's word, no place
    return found[name]


def _set_beside(head: Token) -> set[str]:
    """The names the article set beside a description's noun before it ("the group Free
    Ohio", "a group called Reopen Maryland"; :func:`_named_as`)."""
    return {name for i, name in _named_as(head.doc).get(head.lemma_.lower(), []) if i < head.i}


def _in_context(text: str, g: list[_Mention], names: frozenset[str]) -> str:
    """A title that names no one, no place and no time ("Guards have fired tear gas
    into crowds", "A million people have been displaced") with the place or date the
    event's own words give ("… near Turkey's southern border", "… since December"),
    else its place or its month or year: without one a reader cannot tell which happening it is.
    Only the text's words or the event's fields, never a guess; ``text`` as it is when
    it names something already or nothing fits in the title's room."""
    if not _contextless(text, g, names):
        return text
    said: set[bool] = set()  # told a date, a place: one of each at most
    for phrase in _context_phrases(g, text):
        told = f"{text} {phrase}"
        dated = _calendar(phrase.split(" ", 1)[-1])
        if dated in said or phrase.lower() in text.lower() or _title_size(told) > TITLE_WORDS:
            continue
        text = told  # "displaced since December [near Turkey's southern border]": a month
        said.add(dated)  # places no happening as its place does
    return text


LEDE_SENTENCES = 3  # a headline line, a byline or dateline, the first sentence
SCENE_REACH = 2  # sentences back a reader still takes a place named as the scene
DAY_WORDS = word_list("monday tuesday wednesday thursday friday saturday sunday")


def _article_placed(text: str, g: list[_Mention], names: frozenset[str]) -> str:
    """A title that names no place and no one ("The lockdown came into effect on 23
    March", "The 2.02ha estate has been listed for sale") told with the place the
    article sets the event in ("… in the UK", "… in Kenthurst"): a card is read without
    the article, and the judges could not tell which country's lockdown it was. The
    place is the event's own sentence's, else the one the article opens on (its
    headline or first sentences) when the last place named just before the event is
    that one too (:func:`_article_place`). Never a guess: ``text`` as it is when two
    places are in play, when the title names something already, or when there is no
    room."""
    doc = g[0].trigger.doc
    if text.endswith("…") or not _placeless(text, names, doc) or any(m.place for m in g):
        return text
    if " to " in f" {text.lower()} ":
        return text  # "The cyclist was flown to hospital [in Hastings]": the place may be
        # where it went from, and "to do" is no happening set anywhere yet
    said = _article_place(g[0].trigger)
    if said is None or said.lower() in text.lower():
        return text
    told = f"{text} {said}"
    return told if _title_size(told) <= TITLE_WORDS else text


def _placeless(text: str, names: frozenset[str], doc: Doc) -> bool:
    """Whether a title names nothing a reader can place: no capital after its first
    word but a month's or a day's ("… on 23 March" says when, not where) or a common
    noun in capitals, and a first word that is no name of the article."""
    words = text.split()
    if not words:
        return False
    for w in words[1:]:
        bare = w.strip("\"'“”‘’(),.:;")
        if not bare[:1].isupper() or MONTH.fullmatch(bare) or bare.lower() in DAY_WORDS:
            continue
        if not (bare.isupper() and _common_word(doc, bare.lower())):
            return False  # a name, never "A PEDESTRIAN": a lede's capitals
    first = re.sub(r"['’]s?$", "", words[0].strip("\"'“‘("))
    if country(first) or demonym(first):
        return False  # "Taiwan's presidential election": a country the text gave it
    return first[:1].isalpha() and first not in names


def _common_word(doc: Doc, lower: str) -> bool:
    """Whether the article writes a word as a common noun: in lower case somewhere, or
    tagged a common noun ("A PEDESTRIAN suffered …", a lede in capitals, which the
    model may call an organisation all the same)."""
    return any(
        doc[i].is_lower or doc[i].pos_ == "NOUN" for i in word_positions(doc, lower)
    )


def _article_place(trig: Token) -> str | None:
    """The one place the article sets a sentence's event in, as a phrase ("in the UK"):
    the places its own sentence names, when they are one place and one of them is
    where something is ("in the UK"); else, when the sentence names none, the place the
    article opens on, when the opening names one place only and the last place named
    in the two sentences before is the same (or the town's own country: "São Paulo,
    Brazil"). None when two places are in play or the last place is further back: a
    reader no longer takes it as the scene."""
    sent = sentence_of(trig)
    own = _places_in(sent)
    if own:
        keys = {key for _, key in own}
        scenes = [e for e, _ in own if _at_place(e) and _sets_clause_of(e, trig)]
        return _in_phrase(scenes[0]) if len(keys) == 1 and scenes else None
    if any(e.label_ == "NORP" for e in entities_in(sent)):
        return None  # "Syrian troops": a people's word places its sentence elsewhere
    if not _told_back(trig):
        return None  # "a strike earmarked for 23 March", after talks at a conference in
        # Gateshead: a new thing, no scene of the sentences before
    sents = list(trig.doc.sents)
    at = next(i for i, s in enumerate(sents) if s.start == sent.start)
    lede = [p for s in sents[:LEDE_SENTENCES] for p in _places_in(s, people=True)]
    before = [p for s in sents[max(0, at - SCENE_REACH) : at] for p in _places_in(s)]
    last = before[-1] if before else None
    if not lede or last is None or last[0].label_ != "GPE" or _doer(last[0]):
        return None
    if _dateline_or_land(last[0]):
        return None
    others = {key for _, key in lede} - {last[1]} - _regions(trig.doc).get(last[1], set())
    return None if others else _in_phrase(last[0])


def _regions(doc: Doc) -> dict[str, set[str]]:
    """The places the article writes after a town and a comma ("São Paulo, Brazil"),
    by the town: a lede's "Brazilian states" are then the town's own country, no
    second place. Read once per article."""
    cache = doc.user_data.get("town_regions")
    if cache is None:
        cache = doc.user_data["town_regions"] = {}
        ents = [e for e in entities(doc) if e.label_ == "GPE"]
        for town, region in zip(ents, ents[1:], strict=False):
            if region.start == town.end + 1 and doc[town.end].text == ",":
                cache.setdefault(_land(town), set()).add(_land(region))
    return cache


PLACE_CUTS = {"appos", "relcl", "acl", "advcl", "conj"}  # "the wealth gap in South Korea,
# [an aside]"; a place of another clause or of another thing listed


def _sets_clause_of(ent: Span, trig: Token) -> bool:
    """Whether a place phrase sets the scene of the event's clause: it hangs, through
    nouns and phrases only, on a verb whose clause holds the event's word ("foreigners
    have had in the UK … since the lockdown came into effect"; "arrested in Egypt,
    slapped with travel bans"), not a verb of saying over it ("'We are investing,' he
    told the conference in Chicago"), never on a clause or an aside of its own
    ("Jackson, who was arrested in Springfield, was charged with assault"; "the satire
    about the gap in South Korea, won"; "the Commonwealth Games and the championships in
    Munich")."""
    t = ent.root.head.head  # what the preposition hangs on
    while t.pos_ not in {"VERB", "AUX"}:
        if t.dep_ in PLACE_CUTS or t.dep_ == "pobj" or t.head == t:
            return False  # "flew from a holiday in Egypt to official discussions": the
            # holiday's place, a phrase in a phrase, not the discussions'
        t = t.head
    w = trig
    while w != t:
        if w.dep_ in {"ccomp", "parataxis"} or w.head == w:
            return False  # '"We are investing in modernisation," he told the conference
            # in Chicago': where it was said, not where the investing is
        w = w.head
    return True


def _told_back(trig: Token) -> bool:
    """Whether an event's word or its subject or object is a thing the text has set
    before, told with "the" ("the lockdown came into effect", "buyers inspecting the
    estate", "the estate, which has been listed", "the sky went dark"): the scene of
    the sentences before is then its own."""
    words = [trig, *(c for c in trig.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"})]
    if trig.dep_ == "relcl":
        words.append(trig.head)  # "the estate, which has just been listed"
    return any(c.dep_ == "det" and c.lower_ == "the" for w in words for c in w.children)


def _dateline_or_land(ent: Span) -> bool:
    """Whether the place an article opens on is its dateline ("WASHINGTON —", where the
    reporter was, not the protests across the states) or a whole country ("U.S.
    Treasury yields fell …": no scene for each event of a market story)."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if ent.text.isupper() or (after is not None and after.text in {"—", "–", "-", "("}):
        return True
    return any(f(ent.text) is not None for f in (country, demonym, seat))


def _doer(ent: Span) -> bool:
    """Whether a place's name is a doer of its clause ("Turkey said", "Britain will
    leave"): a state that acts, which sets no scene for the sentences after it."""
    return ent.root.dep_ in {"nsubj", "nsubjpass", "agent"}


def _places_in(span: Span, people: bool = False) -> list[tuple[Span, str]]:
    """A span's named places (countries, cities, states) with the place each is,
    countries by their lists ("Britain", "the UK", "London" are one), and with
    ``people`` a people's word as its country ("Syrian troops": Syria); a place written
    after a city and a comma ("São Paulo, Brazil") is the city's own region, not a
    second place."""
    out = []
    for ent in entities_in(span):
        if ent.label_ != "GPE" and not (people and ent.label_ == "NORP"):
            continue
        prev = ent.doc[ent.start - 1] if ent.start > span.start else None
        if prev is not None and prev.text == "," and prev.i > span.start and (
            ent.doc[prev.i - 1].ent_type_ == "GPE"
        ):
            continue
        if prev is not None and prev.pos_ == "PROPN" and prev.ent_type_ != "GPE":
            continue  # "appeared on VICE US": the end of another name, no place
        if prev is not None and prev.lower_ == "of" and ent.doc[prev.i - 1].pos_ == "PROPN":
            continue  # "Crime Stoppers of Michigan": a body's name, not the scene
        out.append((ent, _land(ent)))
    return out


def _at_place(ent: Span) -> bool:
    """Whether a place's name is where something is ("in the UK", "at Eastbourne"),
    not a doer or an owner ("Turkey said", "Britain's workers")."""
    head = ent.root.head
    return ent.root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in AT_PLACE


def _in_phrase(ent: Span) -> str:
    """A place as a title says where: "in Eastbourne", "in the UK" (the text's "the")."""
    prev = ent.doc[ent.start - 1] if ent.start else None
    the = "the " if prev is not None and prev.lower_ == "the" else ""
    return f"in {the}{ent.text}"


OWNED_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj"}  # a title's doers and things
OWNER_RUN = 4  # "Travis GOP": longer runs of names are a heading, not an owner


def _owned_title(text: str, g: list[_Mention]) -> str:
    """A title whose doer or thing is a generic phrase ("The chair to appoint the
    nominee", "Troops to be sent", "The county health department pivoted …") told with
    the owner the article gives the same word elsewhere ("Travis GOP Chair", "Turkish
    troops", "Rockland County"): a card is read without the article, and "the chair"
    names no one. Only when every such fuller mention agrees, and one comes before the
    phrase or in the sentence after it (the text's own reading, never a guess);
    ``text`` as it is otherwise."""
    low = text.lower()
    for head in _generic_heads(g):
        span = head.doc[head.left_edge.i : head.i + 1]
        said = span.text.lower()
        at = low.find(said)
        if at < 0 or (at and low[at - 1] != " "):
            continue
        for n in (t for t in span if _noun(t) and (t == head or t.dep_ == "compound")):
            form = _fuller(n, span)
            if form is None:
                continue
            owned = "'" in form or "’" in form  # "Mercurial's source tree": no "the"
            if owned and any(t.dep_ != "det" for t in span if t.i < n.i):
                continue  # "mass Pensioners' protests": an owner goes before the words
            before = [  # the compounds before the word are the form's own
                t.text
                for t in span
                if t.i < n.i and t.dep_ != "compound" and not (owned and t.dep_ == "det")
            ]
            after = [t.text for t in span if t.i > n.i]
            told = " ".join([*before, form, *after])
            out = text[:at] + told + text[at + len(said) :]
            if _title_size(out) <= TITLE_WORDS:
                return out[:1].upper() + out[1:]
        return text
    return text


def _generic_heads(g: list[_Mention]) -> Iterator[Token]:
    """The nouns a title may open or go on with that name no one: "the chair",
    "troops", "the county health department", never "a million people", "these
    guards", a name ("Mercurial's tree") or a people's ("Turkish troops")."""
    for m in g:
        heads = [m.trigger] if m.trigger.pos_ == "NOUN" else []
        heads += [t for t in m.trigger.sent if t.dep_ in OWNED_DEPS and _noun(t)]
        for head in heads:  # any of its sentence: a title may be told by the clause
            span = head.doc[head.left_edge.i : head.i + 1]
            dets = [t for t in span if t.dep_ == "det"]
            if any(t.lower_ != "the" for t in dets) or (not dets and head.tag_ != "NNS"):
                continue  # "a vote", "this chair"; a bare singular is a mass ("water")
            if any(_named_word(t) or t.dep_ == "poss" for t in span):
                continue
            yield head


def _inside_name(t: Token) -> bool:
    """Whether a word goes on a name begun before it ("National" of "Government of
    National Accord"): the run of names before a noun is then no owner of it."""
    prev = t.doc[t.i - 1] if t.i > t.sent.start else None
    if prev is None:
        return False
    if t.ent_iob_ == "I" and prev.pos_ not in {"DET", "PUNCT"} or prev.lower_ == "of":
        return True  # "Government of National Accord"
    joined = prev.lower_ in {"and", "&"} and prev.i > t.sent.start  # "S and P Advisory
    return joined and t.doc[prev.i - 1].pos_ == "PROPN"  # Committee", not "troops and Turkish"


def _named_as_it(t: Token, n: Token) -> bool:
    """Whether a name that ends on a common noun's word names what the noun does: a
    place ("Rockland County" for "the county", "Edmund Pettus Bridge" for "the
    bridge"), a body for its head word, or an office before its holder's name ("Travis
    GOP Chair Matt Mackowiak"); never for a plural ("United States" are not "many
    states"), nor a heading's word."""
    if n.tag_ == "NNS" or on_title_case_line(t):
        return False  # "Coronavirus Restrictions Can Be Lifted", a heading's capitals
    if t.ent_type_ in PLACE_NAMES or (t.ent_type_ == "ORG" and n.dep_ != "compound"):
        return True  # "the special committee": "Ridgeway Advisory Committee"; never the
        # "Singapore Government Securities Market" of "market makers"
    after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    return not t.ent_type_ and after is not None and after.ent_type_ == "PERSON"


def _noun(t: Token) -> bool:
    """Whether a word is a common noun: the model calls some a name ("the county health
    department"), but a name is not written in lower case."""
    return t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.is_lower)


def _named_word(t: Token) -> bool:
    """Whether a word of a phrase names something: a capital not owed to the sentence's
    start ("Rockland", not "Health officials"; the model calls a lower-case "health
    department" a name), a figure or a name the model found."""
    if t.dep_ == "det" or t.like_num:
        return t.like_num
    capital = not t.is_lower and not (t.i == t.sent.start and t.pos_ == "NOUN")
    return capital or t.ent_type_ in NAMED | {"PERSON", "NORP"}


def _fuller(n: Token, span: Span) -> str | None:
    """The one fuller form the article gives a common noun elsewhere: the same word
    (and the compounds before it in ``span``) after a run of names or a people's word
    ("Travis GOP Chair", "Turkish troops", "Rockland County", "Mercurial's source
    tree"), written once at least before ``span``'s sentence ends or in the sentence
    after it; None when there is none or two differ ("American troops", "Turkish
    troops"): a reader could not tell which."""
    doc = n.doc
    mods = [t.text for t in span if n.i > t.i and t.dep_ == "compound"]
    sent = n.sent
    reach = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
    forms: dict[str, tuple[int, int, str]] = {}  # lowered form -> its first span, as written
    for i in word_positions(doc, n.lower_):
        t = doc[i]
        if t.pos_ not in {"NOUN", "PROPN"} or span.start <= t.i < span.end:
            continue
        j = t.i - len(mods)
        if j < t.sent.start or [w.text for w in doc[j : t.i]] != mods:
            continue
        run: list[Token] = []
        while j - 1 >= t.sent.start and len(run) <= OWNER_RUN:
            w = doc[j - 1]
            if w.pos_ == "PROPN" or w.ent_type_ == "NORP" or (
                w.tag_ == "POS" and j - 2 >= t.sent.start and doc[j - 2].pos_ == "PROPN"
            ):
                run.insert(0, w)
                j -= 1
                continue
            break
        if not run or len(run) > OWNER_RUN or run[0].tag_ == "POS" or _inside_name(run[0]):
            continue  # "Government of National Accord" is no owner of "the accord"
        if t.is_upper and len(t) > 1:
            continue  # "VIRUS OUTBREAK", a heading's capitals: no owner of "the outbreak"
        if t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ == "I":
            continue  # "Utile Technology Investment": the word is not its name's end
        if n.dep_ == "compound" and t.is_lower:
            continue  # "Berlin wine [merchant]" owns no "wine revolution": a classifier has
            # no owner, only a name that is the thing ("Rockland County" health department)
        if not t.is_lower and not _named_as_it(t, n):
            continue  # "Coronavirus Restrictions", "P Advisory Committee": a heading or a
            # body of its own, no owner of the phrase
        if any(w.ent_type_ == "NORP" and demonym(w.text) is None for w in run):
            continue  # "Democratic nominee": which party's the text may not say of this one
        form = doc[run[0].i : t.i + 1].text
        forms.setdefault(form.lower(), (run[0].i, t.i + 1, form))
    if len(forms) != 1:
        return None
    first, end, form = next(iter(forms.values()))
    if first >= reach or _other_place_near(doc[first:end], span):
        return None
    return form


PLACE_OWNERS = PLACE_NAMES | {"NORP"}  # "Argentine government", "Rockland County"


def _other_place_near(owner: Span, phrase: Span) -> bool:
    """Whether the words just before a phrase (its sentence's and the one before) name a
    place or a people other than the owner's ("Suez lost a concession in Bolivia. This
    forced the government to cancel the contract": not the "Argentine government" of
    the paragraphs before), when the owner is a place's or a people's: a reader takes
    the nearest. A place after it is often where the thing goes ("troops will end up in
    Libya"), no other owner."""
    own = {_land(e) for e in entities_in(owner) if e.label_ in PLACE_OWNERS}
    if not own:
        return False
    sent = phrase.sent
    start = sent.doc[sent.start - 1].sent.start if sent.start else sent.start
    near = sent.doc[start : phrase.start]
    return any(
        e.label_ in PLACE_OWNERS and _land(e) not in own
        for e in entities_in(near)
        if not (owner.start <= e.start < owner.end)
    )


def _land(ent: Span) -> str:
    """A place's or a people's country when a list knows it ("Argentine", "Argentina"
    are one), else its words."""
    land = country(ent.text) or demonym(ent.text) or seat(ent.text)  # "Ankara": Turkey
    return land.name if land is not None else ent.text.lower()


def _name_texts(doc: Doc) -> frozenset[str]:
    """The words the article uses as a name anywhere (a proper noun, or in a name or a
    person's or people's entity): read once per article, not once per title."""
    named = NAMED | {"PERSON", "NORP"}
    return frozenset(
        t.text
        for t in doc
        if (t.pos_ == "PROPN" or t.ent_type_ in named) and t.lower_ not in ARTICLES
    )


ARTICLES = word_list("the a an")  # "The" of "The Travis County Republican Party" names none


def _contextless(text: str, g: list[_Mention], names: frozenset[str]) -> bool:
    """Whether a title has no word a reader can place: no name, figure or date after
    its first word, and a first word that is no name in the text (``names``: "Guards",
    not "Pakistan"), nor a time the event was given ("next week")."""
    words = text.split()
    if not words or any(w[:1].isupper() or w[:1].isdigit() for w in words[1:]):
        return False
    if any(m.time is not None and m.time.text.lower() in text.lower() for m in g):
        return False
    first = re.sub(r"['’]s?$", "", words[0].strip("\"'“‘("))  # "Manila's banks"
    if not first[:1].isalpha() or first[:1].isdigit():
        return False
    return first not in names  # the whole text's: "Haddad began a tour" told "she"


def _context_phrases(g: list[_Mention], text: str) -> Iterator[str]:
    """The phrases that could place an event, best first: a short phrase of the
    trigger's own that holds a place's name or a date ("since December", and "near
    Turkey's southern border" that hangs on it), then the event's place ("in Minsk"),
    then its time ("on Sunday")."""
    said_words = set(text.lower().split())
    for m in g:
        if m.trigger.lower_ not in said_words:
            continue  # "Official discussions [to Mexico]": the trip's phrase, not theirs
        preps = [c for c in m.trigger.children if c.dep_ == "prep" and c.i > m.trigger.i]
        # (a phrase before the verb is often the frame of a list: "In March, …")
        # a phrase nested in a date's ("since December [near Turkey's border]"), never in
        # another thing's ("after the attacks [on 11 September 2001]": the attacks' date)
        inner = [n for p in preps for o in p.children if o.ent_type_ == "DATE" for n in o.children]
        for c in preps + inner:
            if c.dep_ != "prep" or c.lower_ not in AT_PLACE | AT_TIME:
                continue  # "shrank [of 2004]", "buy weapons [from Europe]"
            nested = {
                t.i for o in c.children for n in o.children if n.dep_ in CUT for t in n.subtree
            }
            span = [t for t in c.subtree if t.i not in nested]
            if len(span) > CONTEXT_WORDS or any(t.is_punct for t in span):
                continue
            said = "".join(t.text_with_ws for t in span).strip()
            if (c.lower_ in AT_PLACE and any(t.ent_type_ in PLACE_NAMES for t in span)) or (
                any(t.ent_type_ == "DATE" for t in span) and _calendar(said.split(" ", 1)[-1])
            ):
                yield said
    for m in g:
        if m.place and (said := _placed_by_words(m, m.place)):
            yield said
    for m in g:  # a place the roles took ("protests in Michigan"), said where it happened
        for p in m.participants:
            if p.role == "location" and p.actor and (said := _placed_by_words(m, p.actor)):
                yield said
    for m in g:  # "In Manzhouli, health authorities are testing …. They also banned …"
        if said := _framed_place(m.trigger):
            yield said
    for m in g:
        if m.time is None or not _calendar(m.time.text) or len(m.time.text.split()) > 3:
            continue
        own = m.trigger.doc[m.trigger.left_edge.i : m.trigger.right_edge.i + 1].text
        if m.time.text in own:  # never "set into law [in November]": the election's month
            yield _dated(m.time.text)


FRAME_PREPS = word_list("in at")  # "In Manzhouli, …": a place the sentences after go on in


def _framed_place(trig: Token) -> str | None:
    """The place a sentence's opening phrase sets for what it tells ("In Manzhouli, a
    city of 200,000, health authorities are testing …"), for a word its main clause
    tells, or, when its own sentence names no place, for a word of the next sentence of
    the same paragraph ("They also banned public gatherings"): the text's frame, read
    as its reader reads it. None when no such frame holds it: never a place of another
    paragraph, nor one the event's own sentence might contradict."""
    sent = trig.sent
    own = _frame(sent)
    if own is not None:
        main = trig == sent.root or (trig.head == sent.root and trig.dep_ in {"conj", "xcomp"})
        return own if main else None
    doc = trig.doc
    if sent.start == 0 or any(e.label_ in PLACE_NAMES for e in entities_in(sent)):
        return None
    before = doc[sent.start - 1].sent
    last = next((t for t in reversed(before) if not t.is_space), before[0])
    if "\n" in doc_text(doc)[last.idx + len(last) : sent.start_char]:
        return None  # another paragraph or line (the break is the sentence's): its frame is over
    return _frame(before)


def _frame(sent: Span) -> str | None:
    """The phrase that opens a sentence on a place's name and a comma, hung on its main
    verb ("In Manzhouli, …", "At the Kapikule crossing, …"), as written, cut before an
    aside ("a city of more than 200,000"), or None."""
    prep = sent[0]
    if prep.lower_ not in FRAME_PREPS or prep.head != sent.root:
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.ent_type_ not in PLACE_NAMES:
        return None
    span = [t for t in prep.subtree if not t.is_punct and not _under_cut(t, prep)]
    end = span[-1].i + 1
    if len(span) > CONTEXT_WORDS or len(span) != end - prep.i or end >= sent.end:
        return None  # a long or broken phrase is its own story
    if sent.doc[end].text != ",":
        return None
    said = "".join(t.text_with_ws for t in span).strip()
    return prep.lower_ + said[len(prep.text) :]


def _under_cut(t: Token, top: Token) -> bool:
    """Whether a word of a phrase sits in an aside of it (an apposition, a relative
    clause, a phrase in the phrase: "In Manzhouli[, a city of 200,000]")."""
    while t != top and t.head != t:
        if t.dep_ in CUT:
            return True
        t = t.head
    return False


AT_PLACE = word_list("in at near inside outside across around")  # "in Tbilisi", not "of"
AT_TIME = word_list("in on since during until by before after for from around")


def _placed_by_words(m: _Mention, place: str) -> str | None:
    """The phrase that says the event's place is where it happened, the name's first
    preposition above it in the mention's sentence being "in", "at", "near" ("In
    Tbilisi, the opposition called a rally"; "Hunts in England and Wales have begun",
    told whole), or None: never "four times the size of Greater Manchester", which
    the place was read from but the fire was not in, nor a row cut by commas."""
    last = place.split()[-1:]
    for t in m.trigger.sent:
        if t.text in last:
            prep = next((a for a in t.ancestors if a.dep_ == "prep"), None)
            if prep is None or prep.lower_ not in AT_PLACE:
                continue
            span = list(prep.subtree)
            if len(span) <= CONTEXT_WORDS and not any(w.is_punct for w in span):
                said = "".join(w.text_with_ws for w in span).strip()
                return prep.lower_ + said[len(prep.text) :]  # "In Tbilisi, …" opened it
    return None


def _calendar(when: str) -> bool:
    """Whether a time names its month or year ("October", "in May 2019"): "on Monday"
    or "last week" places nothing for a reader of the card without the article."""
    return bool(WHEN.match(when)) and bool(MONTH.search(when) or NAMED_YEAR.search(when))


def _verb_told(
    g: list[_Mention],
    text: str,
    factuality: str,
    words: Collection[tuple[str, str]],
    held: Collection[int] = (),
) -> str:
    """A lone "Planned lawsuit" told by the group's verb that takes the noun as its
    object ("a motion to dismiss a lawsuit filed by Soltan": "A lawsuit to be
    dismissed"): what is planned is the verb's act on the thing, not the thing, which
    was filed. ``text`` itself when no verb of the group shows the noun."""
    noun = text.split()[-1]
    for m in g:
        obj = next((c for c in children(m.trigger, {"dobj"}) if c.text == noun), None)
        if m.trigger.pos_ != "VERB" or obj is None:
            continue
        told = _clean(_verb_headline(m, g, factuality, words, held)[1])
        if len(told.split()) > 2 and _has_word(told, obj):
            return told
    return text


def _cut_before_own(text: str, shown: str, g: list[_Mention]) -> bool:
    """Whether a clause's title was cut before the phrase that holds the event's word
    ("… campaigning at the weekend [with a helicopter tour …]"): what is left tells
    another act, not the event."""
    if not shown.endswith("…") or _own_words(g) & set(shown.split()):
        return False
    words = (_clean(text) or text).split()
    cut = len(shown.split()) - 1
    if cut >= len(words):
        return False
    if words[cut].lower() in TAILS:
        return True
    own = {w.lower() for w in _own_words(g)}  # "… on a world tour as part [of the
    # richest-ever chess tournament]": the tournament's own word was left out
    return words[cut].lower() == "of" and any(w.lower().strip(",;:.") in own for w in words[cut:])


def tell_apart(
    made: list[tuple[list[_Mention], Event]],
    words: Collection[tuple[str, str]] = (),
    told: Collection[int] = (),
) -> None:
    """Events of one article whose titles came out alike ("The man was charged with
    attempted murder, robbery …" for the murder and for the robbery) retitled so a
    reader can tell their cards apart: the event the clause is told by keeps it, each
    other one takes the title its own words make ("Robbery in the first degree"), and,
    if that is still taken, its place or time. Never a counter: "(2)" says nothing of
    which event is which. ``told``: the words the article's events are told by."""
    told = frozenset(told)  # once: each event asks it through a Held
    alike: dict[str, list[tuple[list[_Mention], Event]]] = {}
    for g, ev in made:
        alike.setdefault(ev.title.lower(), []).append((g, ev))
    taken = set(alike)
    for same in alike.values():
        if len(same) < 2:
            continue
        # the clause's own event keeps the title: its verb highest in the sentence; nouns
        # told by a clause not theirs ("charged with attempted murder and robbery") each
        # take their own words
        same.sort(key=lambda p: min((_depth(m.trigger), m.trigger.i) for m in p[0]))
        verbs = [p for p in same if any(m.trigger.pos_ == "VERB" for m in p[0])]
        for g, ev in [p for p in same if not verbs or p is not verbs[0]]:
            own = {m.trigger.i for m in g}
            text = _one_of_row(ev.title, g) or ""  # "… charged with arson"
            if text.lower() in taken or len(text.split()) < 2:
                text = title(g, ev.type, ev.factuality, words, Held(told, own), clause=False)
                if text.split()[:1] in (["Planned"], ["Possible"]):  # "Planned next campaign":
                    text = ""  # the plan is the verb's ("wants to return"), not the noun's
            if len(text.split()) < 2 or text.lower() in taken:  # "Robbery in Bradford"
                text = (text and _placed(text, g)) or _placed(ev.title, g) or text
            if len(text.split()) > 1 and text.lower() not in taken:
                ev.title = text
                taken.add(text.lower())
    mentions_at: dict[int, list[_Mention]] = {}  # a trigger's mentions, in made's order:
    for other, _ in made:  # each doerless title looks up its verb's, never walks them all
        for x in other:
            mentions_at.setdefault(x.trigger.i, []).append(x)
    for g, ev in made:  # "Serving the sentence" from "He died while serving his
        text = _doer_told(g, ev, mentions_at, words, told)  # sentence": the name the resolver
        if text is not None and text.lower() not in taken:  # gave "he" in "died"
            taken.add(text.lower())
            ev.title = text


def _doer_told(
    g: list[_Mention],
    ev: Event,
    mentions_at: dict[int, list[_Mention]],
    words: Collection[tuple[str, str]],
    told: Collection[int],
) -> str | None:
    """The title of an event told by a verb without a doer ("Serving the sentence",
    "Shadowing health and education", "Betrayed by a friend"), told again with the doer
    it shares with the verb it hangs on, when that verb's subject is a "he" or "she"
    the resolver named in that verb's own event ("He died while serving his sentence":
    Giuseppe Conlon died, so Giuseppe Conlon served it). None when the title names a
    doer already or no such name is found: a "they" or "it" is left to the reader, as
    the resolver's guess for a side is often wrong. ``mentions_at``: the article's
    mentions by their trigger's index, so that the verb's own are looked up."""
    first = ev.title.split()[0].lower()
    for m in g:
        trig = m.trigger
        if trig.pos_ != "VERB" or first not in {_gerund(trig.lemma_.lower()), trig.lower_}:
            continue
        pron = _shared_subject(trig, described=True, pronouns=True)
        if pron is None:
            return None
        name = next(
            (
                said
                for x in mentions_at.get(pron.head.i, ())
                if (said := _resolved(pron, x)) is not None
            ),
            None,
        )
        if name is None:
            return None
        passive = any(c.dep_ == "auxpass" for c in _auxiliaries(trig)) or trig.tag_ == "VBN"
        doer = Participant(actor=name, role="patient" if passive else "agent")
        named = [replace(x, participants=[*x.participants, doer]) if x is m else x for x in g]
        own = {x.trigger.i for x in g}
        text = title(named, ev.type, ev.factuality, words, Held(told, own))
        return text if text.startswith(name) else None
    return None


def _one_of_row(text: str, g: list[_Mention]) -> str | None:
    """A title that tells a row of event nouns ("charged with burglary and arson") told
    of one of them, the row cut to the noun's own phrase ("Two teenagers charged with
    arson"); None when no noun of the group stands in a row the title tells."""
    said = text.rstrip(" …").split()
    for m in g:
        t = m.trigger
        if t.pos_ not in {"NOUN", "PROPN"}:
            continue
        first = t
        while first.dep_ == "conj" and first.head.pos_ in {"NOUN", "PROPN"}:
            first = first.head
        if not any(c.dep_ == "conj" for c in first.children):
            continue
        doc = t.doc
        # the row's words, its commas left to the title's words they end ("murder,")
        row = [
            x.text.lower()
            for x in doc[first.left_edge.i : first.right_edge.i + 1]
            if not x.is_punct
        ]
        mine = _own_phrase(t)
        second = min(c.left_edge.i for c in first.children if c.dep_ in {"conj", "cc"})
        lead = sum(1 for x in doc[first.left_edge.i : second] if not x.is_punct)  # the
        # row's words before its second noun
        for at in range(len(said)):
            n = 0
            while (
                at + n < len(said) and n < len(row) and said[at + n].lower().rstrip(",;") == row[n]
            ):
                n += 1
            # the row told beyond its first noun, whole or up to where the title ends
            if n > lead and (n == len(row) or at + n == len(said)):
                rest = " ".join(said[at + n :])
                if at == 0 and rest:  # "The strike has forced …", never "The strike have"
                    rest = _one_agrees(rest, t)
                return _display(" ".join([*said[:at], *mine, *rest.split()]), g)
    return None


def _one_agrees(predicate: str, noun: Token) -> str:
    """A row's verb told of one singular noun of the row ("the strike and the storm
    have forced …" told of the strike): its first auxiliary in the singular."""
    first, _, rest = predicate.partition(" ")
    if noun.tag_ != "NN" or first not in PLURAL_AUX:
        return predicate
    return f"{PLURAL_AUX[first]} {rest}".strip()


def _own_phrase(t: Token) -> list[str]:
    """The words of a noun's phrase without the nouns coordinated with it."""
    cut = {x.i for c in t.children if c.dep_ in {"conj", "cc", "punct"} for x in c.subtree}
    return [x.text for x in t.subtree if x.i not in cut]


def _depth(t: Token) -> int:
    """How many words stand above ``t`` in its sentence's tree."""
    return sum(1 for _ in t.ancestors)


def _placed(text: str, g: list[_Mention]) -> str | None:
    """A title with the place or time a group's mentions give that it lacks ("Robbery
    in Bradford", "Robbery on Sunday"), or None when they give none it lacks."""
    where = next((m.place for m in g if m.place and m.place.lower() not in text.lower()), None)
    if where:
        return f"{text} in {where}"
    when = next(
        (
            m.time.text
            for m in g
            if m.time is not None
            and WHEN.match(m.time.text)  # "on Sunday", never a bare "night"
            and m.time.text.lower() not in text.lower()
        ),
        None,
    )
    return f"{text} {_dated(when)}" if when else None


DEMONSTRATIVES = {"this", "that", "these", "those"}
PRENOMINAL = {"amod", "det", "nummod", "poss", "compound", "nmod", "predet", "quantmod"}


def _display(text: str, g: list[_Mention], paired: bool = True) -> str:
    """A headline cleaned and cut for display (:func:`_capital`); the sentences' words
    are read for where a phrase ends only when the headline is too long to show. Not
    ``paired``, its brackets are left as the cut left them, so that its words are the
    first words of ``text`` (:func:`_cut_before_own` counts them)."""
    text = _clean(text) or text
    long = _title_size(text) > TITLE_WORDS
    styled = len(text.split()) - _title_size(text)  # "Ms Kovac": the style takes no room
    shown = _capital(text, TITLE_WORDS + styled, _ends(g) if long else Ends())
    if shown.endswith("…"):  # cut mid-phrase: told shorter by whole phrases instead
        fitted = _phrases_fitted(text, g, TITLE_WORDS + styled)
        shown = _capital(_clean(fitted)) if fitted else shown  # a quote left open goes
    if shown.endswith("…"):
        shown = _around_name(text, shown, g) or shown
    if shown.endswith("…"):
        shown = _head_kept(text, shown, g) or shown
    return _brackets(shown) if paired else shown


def _head_kept(text: str, shown: str, g: list[_Mention]) -> str | None:
    """A title cut inside a noun phrase before its head ("The Turkish government imposed
    the more than two and a half …", where "year block" goes on; "has laid off the
    entire …") told with the phrase down to its head: the article or owner, the nouns
    before the head that count nothing, and the head ("… imposed the block", "… laid off
    the campaign staff"); what follows the phrase stays when it fits. A reader is left
    with what was done to what, never a number of nothing or a dangling adjective. None
    when the cut is not inside such a phrase, or the shorter title still does not fit."""
    text = _clean(text) or text
    cut = len(shown) - 2  # the words shown, as ``text`` spells them
    if text[:cut].lower() != shown[:cut].lower():
        return None
    sents = {sentence_of(m.trigger).start: sentence_of(m.trigger) for m in g}.values()
    for sent in sents:
        for head in sent:
            if head.pos_ not in {"NOUN", "PROPN"} or head.left_edge.i >= head.i:
                continue
            if head.dep_ in {"compound", "amod", "nmod"}:
                continue  # "two and a half year [block]": the phrase's head is after it
            phrase = head.doc[head.left_edge.i : head.i + 1].text
            at = text.find(phrase)
            if at < 0 or not at < cut < at + len(phrase) or at + len(head.text) > cut:
                continue
            if text.find(head.text, cut) != at + len(phrase) - len(head.text):
                continue  # the head is the phrase's last word, after the cut
            words = [w for t in head.lefts if _counting_nothing(t) for w in t.subtree]
            short = "".join(w.text_with_ws for w in words) + head.text  # "record-tying"
            if words and words[0].lower_ in {"a", "an"} and len(short.split()) > 1:  # "an old"
                after = short.split()[1]
                short = f"{'an' if after[:1].lower() in 'aeiou' else 'a'} {short.split(' ', 1)[1]}"
            gone = [w for w in head.subtree if w.i < head.i and w not in words]
            if not gone or any(
                w.dep_ in {"cc", "conj", "prep"} and w.ent_type_ not in UNNAMED for w in gone
            ):  # a row goes whole or not at all ("technical and performance"); a number's
                continue  # own "and" goes with it ("two and a half")
            rest = text[at + len(phrase) :]
            for told in (f"{text[:at]}{short}{rest}", f"{text[:at]}{short}"):
                if _title_size(told) <= TITLE_WORDS:
                    return _capital(told)
    return None


def _counting_nothing(t: Token) -> bool:
    """Whether a word before a noun's head can stay when the phrase is told short: an
    article or an owner, or a noun or adjective with no number in it ("the [year]
    block" is kept only without "two and a half"; "Turkey's", "the", "online")."""
    if t.dep_ in {"det", "poss"}:
        return t.lower_ not in {"more", "less"} and not t.like_num
    if t.dep_ not in {"compound", "amod"} or t.like_num or t.ent_type_ in UNNAMED:
        return False
    if not t.is_alpha and not t.like_num:
        return True  # the hyphen of "e-cigarette", whatever its parse
    described = t.pos_ == "ADJ" or t.tag_ in {"VBG", "VBN"}  # "record-tying auctions"
    if t.dep_ == "amod" and described and not t.ent_type_ and t.lower_ not in KEPT_ADJ:
        return False  # "her entire campaign staff": "the campaign staff" says who went
    return not any(c.like_num or c.dep_ in {"nummod", "quantmod"} for c in t.subtree if c != t)


KEPT_ADJ = word_list(  # the words that say what the noun is not, kept when a cut phrase
    "former ex alleged suspected fake false so-called would-be non proposed planned failed"
)  # is told short


NAME_ROOM = 4  # words a whole name may run past a title's room: "… (Promotion and
# Facilitation) Act" is read whole, where a cut inside it is no name at all
LONG_NAME = 3  # words of a name the title cut can fall inside
UNNAMED = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}


def _around_name(text: str, shown: str, g: list[_Mention]) -> str | None:
    """A title cut inside a long proper name or a quoted title ("Farmers are protesting
    against The Farm Produce Trade and Commerce …", where the law's name goes on) told
    around it: the name whole when it ends a few words past the room, else the title
    without the phrase that holds it ("Farmers are protesting"). None when the cut is
    not inside one, or what is left says too little."""
    text = _clean(text) or text
    cut = len(shown) - 2  # the words shown, as ``text`` spells them
    if text[:cut].lower() != shown[:cut].lower():
        return None
    spans: list[tuple[int, int]] = [
        (q.start(), q.end()) for q in re.finditer(r"[\"“][^\"“”]{3,}[\"”]", text)
    ]
    sents = {sentence_of(m.trigger).start: sentence_of(m.trigger) for m in g}.values()
    for sent in sents:
        for ent in entities_in(sent):
            if ent.label_ in UNNAMED or len(ent) < LONG_NAME:
                continue
            at = text.find(ent.text)
            if at >= 0:
                spans.append((at, at + len(ent.text)))
    for start, end in sorted(spans):
        if not start < cut < end:
            continue
        whole = text[:end].rstrip(" ,;:")
        if _title_size(whole) <= TITLE_WORDS + NAME_ROOM:
            return whole[:1].upper() + whole[1:]  # the name read whole
        before = text[:start].split()
        while before and (before[-1].lower().strip(",;:") in DANGLING or before[-1] in "-–—"):
            before.pop()  # "protesting [against]": the phrase the name stood in goes whole
        if len(before) < 2:
            return None
        told = " ".join(before).rstrip(" ,;:")
        return told[:1].upper() + told[1:]
    return None


def _phrases_fitted(text: str, g: list[_Mention], limit: int) -> str | None:
    """A title too long to show told in ``limit`` words by leaving out its last whole
    phrases, read from the parse of the sentence its words were taken from: a cut at the
    twelfth word ends mid-phrase ("The midfielder had been linked with a move to Sevilla
    as part …"), where "The midfielder had been linked with a move to Sevilla" is a
    sentence. Only the title's last words that stand in the sentence as written are
    shortened (its subject may be a name told for a pronoun, a possessive "the" for a
    "their": :func:`_window`); a phrase with the event's own word stays. None when the
    words are not found or no whole phrases can go."""
    words = text.split()
    own = {m.trigger.i for m in g}
    for sent in {sentence_of(m.trigger).start: sentence_of(m.trigger) for m in g}.values():
        spelled = _spelled_words(sent)
        flat = ["".join(t.text for t in ts) for ts in spelled]
        for k in range(min(len(words) - 2, limit - 2)):
            start = _window(flat, words[k:])
            if start is None:
                continue
            told = spelled[start : start + len(words) - k]
            kept = _drop_phrases([t for ts in told for t in ts], own, limit - k)
            if kept is None:
                return None
            out = []
            for word, ts in zip(words[k:], told, strict=True):
                inside = [t for t in ts if t.i in kept]
                if len(inside) == len(ts):
                    out.append(word)  # the title's own word ("the" for "their")
                elif any(not t.is_punct for t in inside):
                    out.append("".join(t.text for t in inside))  # "flavors[,]"
            told_words = " ".join([*words[:k], *out]).rstrip(" ,;:").split()
            if len(told_words) < 3 or told_words[-1].lower() in DANGLING:
                return None  # "Farmers are protesting against": the phrase went whole
            return " ".join(told_words)
    return None


def _spelled_words(sent: Span) -> list[list[Token]]:
    """A sentence's tokens by the words its text splits into at spaces ("e-cigarette",
    "Sevilla," are one word each, as a title's words are)."""
    out: list[list[Token]] = []
    word: list[Token] = []
    for t in sent:
        if t.is_space:
            out += [word] if word else []
            word = []
            continue
        word.append(t)
        if t.whitespace_:
            out.append(word)
            word = []
    return out + ([word] if word else [])


OWNER_WORDS = word_list("his her their its our my your")  # told "the" in a title


def _window(flat: list[str], tail: list[str]) -> int | None:
    """Where a title's last words stand in a sentence's words, the first index; one
    possessive the title told as "the" may differ ("laid off [her] entire campaign
    staff"), never its first or last word."""
    n = len(tail)
    flat = [w.rstrip(".,;:!?") for w in flat]  # "circumstances." ends the sentence
    tail = [w.rstrip(".,;:!?") for w in tail]
    for start in range(len(flat) - n + 1):
        if flat[start] != tail[0] or flat[start + n - 1] != tail[-1]:
            continue
        odd = [j for j in range(n) if flat[start + j] != tail[j]]
        if not odd or (
            len(odd) == 1
            and tail[odd[0]].lower() == "the"
            and flat[start + odd[0]].lower() in OWNER_WORDS
        ):
            return start
    return None


SETTING_PREPS = word_list("in at during after before since amid despite near throughout across")
HAD_DONE = word_list("have get see want")  # "had its bid turned down": the participle is the act


def _droppable(t: Token) -> bool:
    """Whether a title may leave out a phrase to fit (:func:`_drop_phrases`): one hung on
    a word, not an "of" phrase ("U.S. Army Corps [of Engineers]", "a list [of people]"
    say nothing without it), not the first phrase a verb takes ("were adhering [to mask
    rules]"), not a list's item nor what a list's item is told by ("charged with
    attempted murder, robbery [in the first degree], and robbery …" would read "robbery,
    and robbery"), not a name set beside a noun ("British royal drama [“The Crown”]") and
    not what "is" says ("is extremely [in demand]"). The second of two things a verb acts
    on may go ("adhering to mask rules [and the transition …]")."""
    head = t.head
    if t.dep_ == "conj":
        listed = [c for c in head.children if c.dep_ == "conj"]
        return t.pos_ == "VERB" or (
            t.pos_ in {"NOUN", "PROPN"}
            and head.dep_ in {"dobj", "pobj"}
            and listed == [t]
            and t.doc[t.left_edge.i - 1].lower_ in {"and", "or"}
        )  # "civil rights[, social justice] and inclusion leaders": a row that modifies
    if t.dep_ not in LOOSE - {"appos"} or (t.dep_ == "prep" and t.lower_ == "of"):
        return False
    if head.pos_ in {"NOUN", "PROPN"} and (
        head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children)
    ):
        return False
    if t.dep_ == "acl" and head.dep_ == "dobj" and head.head.lemma_.lower() in HAD_DONE:
        return False  # "had one takeover attempt [turned down]": what befell it
    first = next(
        (c for c in head.children if c.i > head.i and c.dep_ not in {"prt", "advmod", "neg"}),
        None,
    )
    if head.pos_ not in {"VERB", "AUX"} or first != t:
        return True
    # the verb's first phrase: "has called [for an independent body to be set up]" is
    # what was called for; "have died [in deeply tragic circumstances]" only says where
    return t.dep_ == "prep" and t.lower_ in SETTING_PREPS and head.lemma_.lower() != "be"


def _drop_phrases(span: list[Token], own: set[int], room: int) -> set[int] | None:
    """A run of a sentence's words told in ``room`` words or fewer by leaving out the
    phrases hung inside it, the last first and "of" phrases last (:func:`_last_phrase`),
    never one holding the event's own word (``own``); a phrase the run opens goes whole
    ("New York Penn Station to close [to allow for a deeper cleaning …]"). The indexes
    of the words kept, or None when no phrase can go."""
    kept = list(span)
    while kept and len(_joined(kept).split()) > room:
        inside = {t.i for t in kept}
        loose = [
            item
            for t in kept
            if (t.head.i in inside or t.left_edge.i >= kept[0].i) and _droppable(t)
            for item in [_participle_of(t, t.head.head)]
            if item.i in inside
            and not any(x.i in own for x in item.subtree)
            and not _needed(item)
            and item.left_edge.i >= kept[0].i  # a phrase the title ends in goes whole
        ]
        if not loose:
            return None
        loose.sort(key=_last_phrase)
        gone = _gone(loose[-1])
        kept = _closed([t for t in kept if t.i not in gone])
    return {t.i for t in kept}


def _brackets(text: str) -> str:
    """A title whose brackets pair: an editor's insertion that opens it is read as
    part of it ("(Brazilian Finance Minister Dilson) Funaro's visit to Europe", a
    Reuters quote, is Brazilian Finance Minister Dilson Funaro's visit); a bracket the
    cut or the phrase left open goes with what follows it ("… the Group of Five (G-5",
    "24 billion pesos (about …"); a close with no open is dropped ("dollars 1.9bn)
    investment deal")."""
    if text.startswith("(") and (close := text.find(")")) > 1:
        text = text[1:close] + text[close + 1 :]
    opened, closed = text.rfind("("), text.rfind(")")
    if opened > closed:
        kept = text[:opened].rstrip(" ,;:-")
        if len(kept.split()) >= 2:
            text = kept + (" …" if text.endswith("…") else "")
        else:
            text = text[:opened] + text[opened + 1 :]
    depth, out = 0, []
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                continue
            depth -= 1
        out.append(ch)
    text = " ".join("".join(out).split())
    return text[:1].upper() + text[1:]


def _ends(g: list[_Mention]) -> Ends:
    """The words of a group's sentences that stand before the noun they modify ("his
    original plan", "the last two games"), so a title cut after one ends mid-phrase,
    and its verbs, which a cut backing off those words must not end on."""
    words = [
        t
        for m in {sentence_of(m.trigger).start: m for m in g}.values()
        for t in sentence_of(m.trigger)
    ]
    before = {t.text for t in words if t.dep_ in PRENOMINAL and t.head.i > t.i}
    alone = {t.text for t in words if t.dep_ not in PRENOMINAL or t.head.i < t.i}  # a
    # word also used on its own ("scooped the overall prize") may end a phrase
    verbs = {t.text for t in words if t.pos_ in {"VERB", "AUX"} or t.dep_ == "prt"}
    tails = {
        t.text
        for t in words
        if (t.pos_ in {"NOUN", "PROPN"} or t.dep_ in {"dobj", "pobj"})  # "U-[turns] over
        and t.i + 1 < len(t.doc)  # rules", a noun the tagger took for a verb
        for n in [t.doc[t.i + 1]]
        if n.tag_ in {"IN", "RP"} and n.dep_ in {"prep", "prt", "agent"} and n.lower_ in TAILS
    }
    return Ends(frozenset(before - alone), frozenset(verbs), frozenset(tails), _own_words(g))


def _own_words(g: list[_Mention]) -> frozenset[str]:
    """The words a title may tell a group's event by: its mentions as written ("tour",
    "re-joined") and their lemmas ("seize" for "seizing")."""
    return frozenset(
        w for m in g for w in (m.trigger.text, m.trigger.lemma_, _whole_word(m.trigger))
    )


TAILS = word_list(
    "over in on at with for from by during against about under into across through near "
    "without despite amid among toward towards after before since until between"
)  # phrases a headline leaves out whole; never "of" ("in the wake [of the deal]") or
# "to", which often opens what a verb needs


def _done_to(g: list[_Mention], i: int) -> bool:
    """Whether the event noun at token ``i`` is the object of a verb ("staged a
    walkout", "scooped the overall prize") and says no owner of its own ("Trump's
    decision"): the verb's clause tells whose act it was."""
    trig = next(m.trigger for m in g if m.trigger.i == i)
    return (
        trig.dep_ == "dobj"
        and trig.head.pos_ == "VERB"
        and not any(c.dep_ == "poss" for c in trig.children)
    )


HOSTING_VERBS = word_list("host welcome meet face play visit")  # "for a game"


def _between_sides(text: str, trig: Token) -> str:
    """A noun title that names neither side ("Game on Sunday afternoon") told with the
    two a verb of meeting brought together for it ("the Denver Broncos, who hosted the
    Tampa Bay Buccaneers for a game on Sunday afternoon"): "Game between the Denver
    Broncos and the Tampa Bay Buccaneers on Sunday afternoon". The hosting is its own
    event with its own title; the noun's says which game. Only two named sides;
    ``text`` as it is otherwise."""
    prep = trig.head
    verb = prep.head
    if trig.dep_ != "pobj" or prep.lower_ != "for" or verb.pos_ != "VERB":
        return text
    if verb.lemma_.lower() not in HOSTING_VERBS or any(c.dep_ == "poss" for c in trig.children):
        return text
    host = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if host is not None and host.lower_ in RELATIVE and verb.dep_ == "relcl":
        host = verb.head  # "the Broncos, who hosted …"
    guest = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if host is None or guest is None or not (_named_side(host) and _named_side(guest)):
        return text
    said = text.split(" ", 1)
    if said[0].lower() != trig.lower_:
        return text  # "Recent game": the noun's own words first
    for the in (True, False):  # "the Kansas City Chiefs and the Tampa Bay Buccaneers"
        sides = f"between {_side(host, the)} and {_side(guest, the)}"  # fits without "the"
        told = " ".join([said[0], sides, *said[1:]])
        if _title_size(told) <= TITLE_WORDS:
            return told
    return text


def _named_side(t: Token) -> bool:
    """Whether a side is a name: the model tags some a common noun ("the Tampa Bay
    Buccaneers"), but it is written with a capital, and found as a name or led by
    one."""
    if t.pos_ == "PROPN":
        return True
    led = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children)
    return t.text[:1].isupper() and t.i > t.sent.start and (bool(t.ent_type_) or led)


def _side(t: Token, the: bool = True) -> str:
    """A named side as a title says it: its name's words ("the Denver Broncos"), with
    the text's "the" when ``the``, without an owner before them ("the NFL's")."""
    i = t.i
    while i > t.sent.start and t.doc[i - 1].dep_ == "compound" and t.doc[i - 1].head.i >= i:
        i -= 1  # "Tampa Bay Buccaneers": "Tampa" hangs on "Bay"
    name = next((e for e in entities_in(t.sent) if e.start <= t.i == e.end - 1), None)
    if name is not None and name.start > i and t.doc[name.start].lower_ != "the":
        i = name.start  # the model's name, where the parse split it
    the = the and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children)
    return ("the " if the else "") + t.doc[i : t.i + 1].text


def _pointed(text: str, trig: Token) -> str:
    """A headline that opens on a demonstrative determiner ("That pain has been
    compounded …") points back to a sentence the reader of a title never saw: "The
    pain …". A demonstrative standing alone ("That was …") is a pronoun and stays, for
    the caller to leave such a headline out."""
    words = text.split()
    if len(words) < 2 or words[0].lower() not in DEMONSTRATIVES:
        return text
    pointer = next(
        (
            t
            for t in trig.sent
            if t.lower_ == words[0].lower()
            and t.dep_ == "det"
            and t.i + 1 < len(t.doc)
            and _after_quotes(t).text == words[1].strip("\"“”‘’'")
        ),
        None,
    )
    return " ".join(["The", *words[1:]]) if pointer is not None else text


def _after_quotes(t: Token) -> Token:
    """The word after a token, past any quotation marks ("these ["]major["] exceptions")."""
    doc = t.doc
    i = t.i + 1
    while i + 1 < len(doc) and doc[i].is_quote:
        i += 1
    return doc[min(i, len(doc) - 1)]


def _party(tok: Token) -> bool:
    """Whether an object is someone to act with (a name, "the delegation", "the
    minister"), not a thing acted on ("charges", "464,000 subscribers")."""
    if tok.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return True
    return tok.lemma_.lower() in GROUP_NOUNS | ORG_NOUNS | OFFICES


def _nameless(text: str, g: list[_Mention]) -> bool:
    """Whether a noun headline names no one ("Military aid", "Events of the last few
    weeks"): the event's actors are nowhere in it and none of its words is a name, so
    a reader cannot tell whose act it is."""
    if any(p.actor and p.actor in text for m in g for p in m.participants):
        return False
    nouns = [m.trigger.head if m.trigger.dep_ in {"compound", "amod"} else m.trigger for m in g]
    if any(  # "November's presidential election": the date says which one, where the
        c.dep_ == "poss" and c.ent_type_ in {"DATE", "TIME"} and text.startswith(c.text)
        for n in nouns  # clause around it is another event's ("try to delay …")
        for c in n.children
    ):
        return False
    return not any(w[:1].isupper() or w[:1].isdigit() for w in text.split()[1:])


def _owned(text: str, g: list[_Mention]) -> bool:
    """Whether a headline names one of the event's agents or partners, the ones whose
    act it is."""
    return any(
        p.actor and p.actor in text
        for m in g
        for p in m.participants
        if p.role in {"agent", "partner", "host"}
    )


def _own_time(m: _Mention, when: str) -> bool:
    """Whether a verb's time is its own, not that of a done act it is the aim of:
    "Dunne visited Baku last week to prepare the meeting" tells when he visited; the
    preparation is still to come, so "last week" stays out of its headline."""
    trig = m.trigger
    sent = trig.sent
    at = sent.text.find(when)
    span = sent.char_span(at, at + len(when), alignment_mode="expand") if at >= 0 else None
    if span is None:
        return True
    verb = span.root.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
        verb = verb.head
    if trig.pos_ != "VERB":  # "On Tuesday, Trump said of the upcoming ban": the day he
        # said it, never "Upcoming ban on Tuesday"
        return span.root in trig.subtree or verb.lemma_.lower() not in SAYING
    return verb == trig or verb not in trig.ancestors or not _told_done(verb)


CARRIERS = {
    "dobj",
    "pobj",
    "prep",
    "attr",
    "nsubjpass",
    "compound",
    "conj",
    "appos",
    "pcomp",
    "xcomp",
    "agent",  # "countryside ravaged by bushfires": the "by" of the doer
}


COLON = re.compile(r"\s*[:;]\s")
REPORTING = word_list("report")  # a paper's verb of telling the news ("cover" also means include)


GATHERING_ACTS = word_list(
    "hold host attend open close organise organize chair convene call cancel postpone "
    "address stage plan join start begin end schedule boycott skip undertake take make "
    "embark complete lead resume continue"
)  # what is done to a gathering or a trip as such ("are to undertake a major world
# tour"), whose clause tells it


def _audience(m: _Mention, verb: Token) -> bool:
    """Whether a meeting word is only the audience of another act ("The founder of
    California's Maxis studio surprised the conference with a preview"): the clause is
    the founder's act, and titled the conference as if he had held it."""
    return (
        m.type == "Consult"
        and m.trigger.dep_ == "dobj"
        and m.trigger.head == verb
        and verb.lemma_.lower() not in GATHERING_ACTS
        and verb.lemma_.lower() not in SUPPORT_VERBS
        and verb.lemma_.lower() not in LIGHT  # "were not getting the best reception"
    )


def _clause_headline(
    g: list[_Mention], own: bool = False, held: Collection[int] = ()
) -> str | None:
    """The clause a bare event word sits in, with the clause's own subject: "The
    four-term senator is seeking reelection", "Morrison pledged billions of dollars in
    aid". The word alone ("Reelection", "Aid") tells a reader nothing; None when no
    mention sits in a clause with a subject that is no pronoun."""
    borrowed: str | None = None
    for m in g:
        verb = m.trigger
        for _ in range(4):
            if (verb.dep_ not in CARRIERS and not _small_clause(verb)) or verb.head == verb:
                break
            verb = verb.head
            if verb.pos_ in {"VERB", "AUX"}:
                break
        if verb == m.trigger or verb.pos_ not in {"VERB", "AUX"}:
            continue
        if _adjunct_of(m.trigger, verb):
            continue  # "was paid a bonus despite a failure to …": the payment's clause
        if _audience(m, verb):
            continue  # "The founder of Maxis surprised the conference": his act, never
            # the conference's title (BBC tech 396)
        framed = _framed_clause(verb, m.trigger, held)
        if framed is not None:  # "The move would violate requirements", never
            return framed  # "Officials worried the move, at the center of …"
        if m.trigger.head.dep_ == "agent" and verb.i in held:
            continue  # "killed by the bombing": the killing is its own event, and the
            # bombing no part of it to share its title (one title makes one node)
        flipped = _done_by(verb) if m.trigger.head.dep_ == "agent" else None
        if flipped is not None and flipped[0].split()[-1] == m.trigger.text:
            return " ".join([flipped[0], _past_of(verb), flipped[1]])  # "land
            # ravaged by bushfires": "Bushfires ravaged land", never a bare "Bushfires"
        if verb.lemma_.lower() in REPORTING and _news_of(verb, m.trigger):  # "The Hill is
            continue  # also reporting on the layoffs": the report of the event, which a
            # headline of it is not
        blamed = _blamed(verb)
        if blamed is not None and _has_word(blamed, m.trigger):  # "Police charged the
            return blamed  # driver with causing death", never "Police causing death"
        between = verb.doc[min(verb.i, m.trigger.i) : max(verb.i, m.trigger.i)]
        if verb.lemma_.lower() in SAYING and any(t.text == "," for t in between):
            continue  # "the ministry said on Thursday, in an incident that …": the incident
            # is not what was said, the parser only hung it there
        subj = next(iter(_line_subjects(verb)), None)
        if subj is not None and _dateline(subj):  # "PARIS — President Emmanuel Macron
            # condemned …": the name the parser hung on the dateline, else none
            subj = next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if subj is None and _pressed_into(verb) is not None:
            continue  # "pressed Kyiv into opening an inquiry": neither the presser's act
            # nor one told done, as this clause's words would tell it
        if (subj is None or subj.lower_ in RELATIVE) and not own:
            subj = _said_cause(verb) or _shared_subject(verb)  # "…, prompting protests"
        resolved = _resolved(subj, m) if subj is not None and subj.pos_ == "PRON" else None
        if subj is not None and subj.pos_ == "PRON":  # "the office told Connolly it would
            subj = _sayer(verb, subj)  # start such a review": the office would
        if subj is None and resolved is not None:  # "He started a five-month sabbatical
            told = _resolved_clause(resolved, verb, m.trigger, held)  # trip": "Moghadam started
            phase = verb.lemma_.lower() in ONGOING_PHASES  # "started a trip" is the trip
            if told is not None and (verb.i not in held or phase):  # …", the name the
                return told  # resolver gave "he", never a bare "Five-month sabbatical
            # trip"; not when the verb is another event of its own ("he was charged with
            # murder"): one title would make the two one node (ECB+ dev within-document
            # CoNLL fell 0.561 -> 0.560 on such merges)
        if subj is None or subj.pos_ not in {"NOUN", "PROPN"} and not _some_alone(subj):
            continue
        predicate = COLON.split(_predicate(verb))[0]  # "announced donations: Facebook
        # pledged …" runs on into the next clause
        if not _has_word(predicate, m.trigger):
            continue  # the event's own word in its headline
        row = max([subj.i] + [c.i for c in subj.children if c.dep_ == "conj"])  # "Both
        # Microsoft and Amazon have come under fire", never "Both Microsoft have …"
        if row - subj.left_edge.i >= 6:  # a long row leaves no room for the verb
            row = subj.i
            predicate = _one_agrees(predicate, subj)  # "The nationwide shutdown is likely
            # to lead to …", never "… shutdown are likely": the row's verb, told of one
        # "Dozens of Hachette employees", "The amount of major crimes": never "Dozens"
        subject_words = (
            _measured(subj) if row == subj.i else list(verb.doc[subj.left_edge.i : row + 1])
        )
        subject = (
            _body_named(subj, subject_words)
            or (_described_alone(subj, verb) if row == subj.i else None)  # "The firm announced
            or (_pair_named(subj) if row == subj.i else None)  # "The two men faced charges"
            or _pointed(_phrase(subject_words, None), verb)  # the closure": the one named
        )
        if _title_size(f"{subject} {predicate}") > TITLE_WORDS:  # told whole, not cut
            hold = Held(held, more={m.trigger.i})
            untitled = _untitled(subject, verb)
            for said in (subject, untitled, _without_whose(untitled, verb)):
                # the name's title, then whose the subject is (:func:`_whose_of`), goes
                room = TITLE_WORDS - _title_size(said)  # only when the act does not fit
                subject = said
                predicate = COLON.split(_predicate(verb, room=room, hold=hold))[0]
                if _title_size(f"{subject} {predicate}") <= TITLE_WORDS:
                    break
        holding = _held(verb, subject) if predicate.startswith(verb.text) else None
        if holding is not None:  # "Detectives are continuing to investigate the depot
            predicate = holding + predicate[len(verb.text) :]  # fire", never "… to investigate"
        elif verb.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.children):
            predicate = f"to {predicate}"  # "Ceballos wants to return …": "Ceballos to return
            # to Madrid for the campaign", never "Ceballos return …"
        if (
            verb.tag_ == "VBG"
            and predicate.split()[0] == verb.text
            and (subj.head == verb or verb.i in held)  # told as that verb's own event is
        ):  # ("delaying the loading of ships": "… delayed the loading"), so the two are one
            lemma = verb.lemma_.lower()  # "with Democrats insisting on more aid": "Democrats
            # insisted on more aid", as a headline tells it, never a bare participle
            many = _plural(subject)
            if many is None:  # "Democrats": the tagger's number
                many = subj.tag_ in {"NNS", "NNPS"}
            past = _told_past(verb, through=("xcomp",))
            form = _past(lemma) if past else lemma if many else _present(lemma)
            predicate = form + predicate[len(verb.text) :]
        if subject and _told(f"{subject} {predicate}"):  # "Their talks ended without a
            return f"{subject} {predicate}"  # deal": "Talks ended without a deal"
        bare = COLON.split(_predicate(verb, bare=True))[0]
        if (
            subject
            and bare != predicate
            and verb.tag_ != "VBG"
            and verb.lemma_.lower() != "be"  # "One activity has been the thousands of …"
            and _has_word(bare, m.trigger)
            and _told(f"{subject} {bare}")
        ):  # "Similarities … have sparked accusations [that they are not …]"
            if verb.i not in held:
                return f"{subject} {bare}"
            borrowed = borrowed or f"{subject} {bare}"  # "Thomas condemned the deletion"
            # is the condemning's own title: the deletion's own clause comes first
    # else the clause an event noun is the subject of: "clashes were continuing …"
    said = next((said for m in g if (said := _said_of(m.trigger, held)) is not None), None)
    return said or borrowed


PLURAL_FORMS = word_list("are were have 're 've")


def _row_in_number(subj: Token) -> bool:
    """Whether a singular noun is the first of a row of subjects whose verb is plural:
    "the nationwide shutdown, and rising public anxiety about the virus are likely to
    lead to a sharp deterioration" told of the first noun alone read "The nationwide
    shutdown are likely to lead …" (web page 1572317591): the row does it, not the
    noun."""
    verb = subj.head
    words = [verb] + [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    plural = verb.tag_ == "VBP" or any(w.lower_ in PLURAL_FORMS for w in words)
    row = any(c.dep_ == "conj" for c in subj.children)
    return plural and row and subj.tag_ in {"NN", "NNP"}


FRAMING = BELIEVED | SAYING | word_list("worry warn insist expect argue")  # verbs of a
# reporting frame: what someone thinks or says of the event, not the event


# words that hang a happening on another predicate as its circumstance, concession or
# cause ("despite a failure", "in the wake of the deal", "because of the fraud"): that
# clause tells another act, never the noun's own
ADJUNCT_PREPS = word_list(
    "despite notwithstanding amid amidst after before following since because"
)
ADJUNCT_NOUNS = word_list("wake aftermath spite light face cause result")  # "in the wake of"
ADJUNCT_PAIRS = {("because", "of"), ("due", "to"), ("owing", "to"), ("prior", "to")}


def _adjunct_of(noun: Token, verb: Token) -> bool:
    """Whether an event noun reaches ``verb`` only through a phrase of circumstance
    ("Beaumont was paid a bonus, despite a failure to bring in backers", "could be
    returned in the wake of the deal"): the clause is the verb's own event, and a title
    of the noun told by it mixes two acts into one headline."""
    tok = noun
    while tok.i != verb.i and tok.head.i != tok.i:
        if _adjunct_prep(tok):
            return True
        tok = tok.head
    return False


def _adjunct_prep(prep: Token) -> bool:
    """Whether a preposition opens a phrase of circumstance (:data:`ADJUNCT_PREPS`,
    "because of", "in the wake of", "as a result of"), which tells the act it hangs on
    why or despite what, never what was done."""
    if prep.dep_ != "prep":
        return False
    word = prep.lower_
    if word in ADJUNCT_PREPS:
        return True
    if prep.i > 0 and (prep.doc[prep.i - 1].lower_, word) in ADJUNCT_PAIRS:
        return True  # "due to the strike": the parse hangs "due" on "to"
    return word in {"in", "as", "on"} and any(  # "in the wake of", "in the face of"
        c.dep_ == "pobj" and c.lower_ in ADJUNCT_NOUNS for c in prep.children
    )


def _framed_clause(verb: Token, noun: Token, held: Collection[int] = ()) -> str | None:
    """The clause an event noun is the subject of, where the parser took the noun for
    the object of the frame before it and hung the frame on that clause ("Officials
    worried the move, at the center of the inquiry, would violate the rules", parsed
    as "worried the move" and "would violate" with no subject): "The move would violate
    the rules", what the officials feared of the move, never their worry as its title.
    None unless the frame's clause is later and has no subject of its own."""
    clause = verb.head
    if (
        noun.dep_ != "dobj"
        or noun.head.i != verb.i
        or verb.dep_ != "ccomp"
        or verb.lemma_.lower() not in FRAMING
        or clause.i <= noun.i
        or clause.pos_ not in {"VERB", "AUX"}
        or children(clause, {"nsubj", "nsubjpass", "expl", "csubj"})
        or not children(clause, {"aux"})  # "would violate": a verb the noun could head
    ):
        return None
    subject = _phrase(list(noun.doc[noun.left_edge.i : noun.i + 1]), None)
    if not subject:
        return None
    predicate = _predicate(clause, room=TITLE_WORDS - _title_size(subject), hold=held)
    text = _pointed(f"{subject} {predicate}", noun)
    return text if _told(text) and not _pronoun(text.split()[0]) else None


def _news_of(verb: Token, noun: Token) -> bool:
    """Whether a named reporter tells of an event it has no part in ("The Hill is also
    reporting on the layoffs"), not a body giving its own count ("Sweden has reported
    6,340 deaths", "the state reported one additional death"): that is the fact."""
    paper = next(iter(_line_subjects(verb)), None)
    counted = any(c.like_num or c.ent_type_ in {"CARDINAL", "MONEY"} for c in noun.lefts)
    return paper is not None and paper.pos_ == "PROPN" and not counted


def _reported_by(g: list[_Mention]) -> str | None:
    """A bare event word told with the paper that reports it ("The Hill is also
    reporting on the layoffs": "Layoffs reported by The Hill"), as the clause around it
    is the report, not the event (:func:`_clause_headline` passes it by)."""
    for m in g:
        verb = m.trigger.head if m.trigger.dep_ == "dobj" else m.trigger.head.head
        if m.trigger.pos_ != "NOUN" or verb.lemma_.lower() not in REPORTING:
            continue
        if m.trigger.dep_ == "pobj" and m.trigger.head.head != verb:
            continue
        paper = next(iter(_line_subjects(verb)), None)
        if paper is not None and _news_of(verb, m.trigger):
            named = [c for c in m.trigger.lefts if c.dep_ in {"compound", "amod"}]  # "job
            news = " ".join(t.text for t in [*named, m.trigger])  # cuts", never "Cuts"
            news = news[:1].upper() + news[1:]
            return f"{news} reported by {verb.doc[paper.left_edge.i : paper.i + 1].text}"
    return None


def _has_word(text: str, word: Token) -> bool:
    """Whether a headline shows an event's word, with the punctuation the text put
    after it ("charged with attempted murder, robbery …" shows "murder")."""
    return word.text in {w.rstrip(",;:\"'”’)") for w in text.split()}


def _body_named(subj: Token, words: list[Token]) -> str | None:
    """The name of the organisation a bare "the company" subject refers to, as the
    resolver read it (``DESCRIBED_BODIES``): "The Company completed the placement"
    tells a reader of the graph nothing the article's name does not. None for any
    other subject, or one that says more ("the company's board", "the state-owned firm")."""
    if subj.pos_ not in {"NOUN", "PROPN"} or [w.lower_ for w in words] != ["the", subj.lower_]:
        return None
    return subj.doc.user_data.get(DESCRIBED_BODIES, {}).get(subj.i)


# The key of ``Doc.user_data`` that keeps, by a common noun's lemma, the names the
# article introduced as one ("the Netflix series After Life", "a group called Reopen
# Maryland", "Acme Corp, a brokerage"): (token index, name), in text order.
NAMED_AS = "kg_named_as"
CALLING = word_list("call name dub")  # "a group called Reopen Maryland"
NAMED_KINDS = {"ORG", "PERSON", "WORK_OF_ART", "EVENT", "FAC", "PRODUCT", "LAW"}


def _named_as(doc: Doc) -> dict[str, list[tuple[int, str]]]:
    """The names the article gives something it then calls by a common noun, read once
    per document: the noun is set beside the name (an apposition either way, "Acme
    Corp, a brokerage", "the group Friends of the Earth"; a noun the name hangs on as a
    compound, "the Netflix series After Life") or the name is what the thing is
    called ("a group called Reopen Maryland"). Only these links say which name "the
    series" stands for; a name merely said nearby may be another thing."""
    known = doc.user_data.get(NAMED_AS)
    if known is not None:
        return known
    found: dict[str, list[tuple[int, str]]] = {}
    for ent in entities(doc):
        place = _place_named(ent)
        if place is not None:  # "the town of Saraqeb", "the capital, Colombo"
            found.setdefault(place.lemma_.lower(), []).append((ent.start, ent.text))
            continue
        if ent.label_ not in NAMED_KINDS or ent[0].tag_ == "POS" or ent[0].lower_ in {"'s", "’s"}:
            continue  # "the company’s Roberts Hill": a thing the company has, not its name
        if compared(ent):
            continue  # "twice the size of the next-largest telescope, the Arecibo
            # Observatory": the yardstick, never what "the telescope" goes on to mean
        root = ent.root
        nouns = [
            c
            for c in root.children
            if c.pos_ == "NOUN" and c.tag_ == "NN" and not (ent.start <= c.i < ent.end)
            and (c.dep_ == "appos" or (c.dep_ == "compound" and c.i < ent.start))
        ]  # fmt: skip
        before = ent.start - 1 - (ent.start > 1 and doc[ent.start - 1].is_quote)
        noun = doc[before] if before >= 0 else None
        if noun is not None and noun.tag_ == "NN" and noun.is_lower and noun.dep_ != "poss":
            nouns.append(noun)  # "the Netflix series "After Life"", however parsed
        head = root.head
        if root.dep_ == "appos" and head.pos_ == "NOUN" and head.tag_ == "NN":
            nouns.append(head)  # "a brokerage, Acme Corp"; "the group Friends of the Earth"
        if (
            root.dep_ in {"oprd", "attr", "dobj"}
            and head.lemma_.lower() in CALLING
            and head.dep_ == "acl"
            and head.head.pos_ == "NOUN"
            and head.head.tag_ == "NN"
        ):
            nouns.append(head.head)  # "a group called Reopen Maryland"
        nouns += [c for n in list(nouns) for c in n.children if c.dep_ == "conj"]  # "a
        # spiritual guru and author"
        name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        for lemma in {n.lemma_.lower() for n in nouns if n.pos_ == "NOUN"}:
            found.setdefault(lemma, []).append((ent.start, name))
    doc.user_data[NAMED_AS] = found
    return found


def _places_told(tokens: list[Token]) -> dict[int, tuple[Token, str]]:
    """The bare "the town", "the city", "the state" of a title's phrase told by the one
    place the article named so before ("the town of Saraqeb") or just before: by the
    index of its "the", the noun and the name. A reader of a card sees no article
    around it to say which town."""
    told: dict[int, tuple[Token, str]] = {}
    inside = {t.i for t in tokens}
    for t in tokens:
        if t.pos_ != "NOUN" or t.i - 1 not in inside:
            continue
        if t.lemma_.lower() not in PLACE_NOUNS | COUNTRY_NOUNS:
            continue
        det = t.doc[t.i - 1]
        if det.lower_ != "the" or det.head.i != t.i or t.left_edge.i != det.i:
            continue
        if any(c.i in inside for c in children(t, {"prep", "appos"})):
            continue  # "the province of Khyber Pukhtunkhwa" kept whole says which itself
        own = _own_place_name(t)
        if own is not None:  # "gathered in the province [of Khyber Pukhtunkhwa]" told
            told[det.i] = (t, own)  # shorter is "gathered in Khyber Pukhtunkhwa", never
            continue  # in a province no reader can tell
        said = {n for i, n in _named_as(t.doc).get(t.lemma_.lower(), []) if i < t.i}
        name = next(iter(said)) if len(said) == 1 else None if said else _nearest_named(t)
        if name and t.lemma_.lower() in COUNTRY_NOUNS:
            name = _written_country(t, name)
        if name:
            told[det.i] = (t, name)
    return told


def _written_country(noun: Token, name: str) -> str:
    """The country a "the country" stands for as the text last wrote it before ("In
    Britain, the Queen will lead the nation's commemoration": "Britain's"), not the
    gazetteer's "United Kingdom", which needs a "the" a headline would lack."""
    for ent in reversed([e for e in entities(noun.doc) if e.end <= noun.i]):
        land = country(ent.text.strip("\"'“”‘’ "))
        if land is not None and land.name == name:
            return ent.text.strip("\"'“”‘’ ")
    return name


def _own_place_name(noun: Token) -> str | None:
    """The name a place noun's own "of" phrase gives it ("the province of Khyber
    Pukhtunkhwa"), whatever kind the tagger gave the name (it took that one for a
    person): after "the province of" a capitalised name is the province's. None when
    it has none."""
    for of in children(noun, {"prep"}):
        if of.lower_ != "of":
            continue
        for obj in children(of, {"pobj"}):
            span = entity_at(noun.doc, obj.i)
            if span is None or obj.pos_ != "PROPN" or not obj.text[:1].isupper():
                continue
            ent = noun.doc[span[0] : span[1]]
            first = of.i + 1 + (noun.doc[of.i + 1].lower_ == "the")  # "of (the) Punjab"
            if ent.label_ in NOT_PLACE_NAMES or ent.root.i != obj.i or ent.start > first:
                continue  # "the city of 2 million" is no name; nor a name after other words
            return ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
    return None


# Entity kinds that are never a place's own name after "the town of".
NOT_PLACE_NAMES = {"DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY", "NORP"}


# Nouns for the one country a sentence has named: "gatherings in the country" is told by
# it ("ISLAMABAD — Pakistan's government warned that gatherings in the country …") when
# :func:`_nearest_named` finds one alone.
COUNTRY_NOUNS = word_list("country nation")


# Nouns a story calls a place by once it has named it ("the town of Saraqeb … clashes
# in western parts of the town"); not "the area", which names no one place, nor "the
# country" (:func:`_nearest_named` reads it).
PLACE_NOUNS = word_list("town city village province district region state capital")
REGIONS = word_list("region")  # "despite hostilities in the region": wider than the
# town or capital named last ("even as Tehran insisted"); only "the region of X" tells it


def _place_named(ent: Span) -> Token | None:
    """The place noun a place's name is set beside ("the town of Saraqeb", "the capital,
    Colombo"): the name "the town" then stands for, whatever kind the tagger gave it
    (it reads an unknown town as a body). None for any other name, or a country's ("the
    state of Israel" is the country, told as it is)."""
    if ent.label_ not in {"GPE", "LOC", "ORG", "FAC"} or country(ent.text) is not None:
        return None
    if not ent.text[:1].isupper() or ent.root.pos_ != "PROPN":
        return None  # a name, never words the tagger took for one
    root = ent.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of" and head.dep_ == "prep":
        head = head.head  # "the town of Saraqeb"
    elif root.dep_ != "appos":  # "the capital, Colombo"
        return None
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.lemma_.lower() not in PLACE_NOUNS:
        return None
    return head


ANOTHER = word_list("other rival opposing competing second another parent sister")


def _described(subj: Token, named: str | None = None) -> str | None:
    """The name a definite description standing as a headline's subject refers to
    ("The group was created" told of Reopen Maryland, "The series was made" of After
    Life): the name the resolver gave the person or company it means
    (``DESCRIBED_PERSONS``, :func:`_body_named`), else the one name the article set
    beside that noun before it (:func:`_named_as`), else the one nearest
    (:func:`_nearest_named`) unless the roles named another (``named``). None when the
    subject says more than "the" and its modifiers, when two names were set beside the
    noun (which of them is meant is a guess), or when the resolver and the text's link
    disagree."""
    if subj.pos_ != "NOUN" or subj.tag_ != "NN":
        return None
    for acl in children(subj, {"acl"}):  # "A new group called Reopen Maryland held a
        if acl.lemma_.lower() in CALLING:  # rally": the group as the text calls it
            name = next((c for c in acl.children if c.dep_ in {"oprd", "attr", "dobj"}), None)
            span = entity_at(subj.doc, name.i) if name is not None else None
            if span is not None and subj.doc[span[0]].ent_type_ in NAMED_KINDS:
                return subj.doc[span[0] : span[1]].text
    words = list(subj.doc[subj.left_edge.i : subj.i + 1])
    if words[0].lower_ not in {"the", "this", "that"} or any(
        c.dep_ in {"appos", "conj", "poss", "nummod"} for c in subj.children
    ):
        return None
    if any(
        w.pos_ in {"PROPN", "PRON"} or w.ent_type_ or w.dep_ not in {"det", "amod", "compound"}
        for w in words[1:-1]
    ):  # "the US president", "the party's leader": the resolver's, not a noun alone
        return None
    if any(w.lower_ in ANOTHER for w in words):  # "the rival group": not the one named
        return None
    person = subj.doc.user_data.get(DESCRIBED_PERSONS, {}).get(subj.i)
    body = _body_named(subj, words)
    if body is not None and _outlet(subj.doc, body):
        return None  # "told the newspaper De Morgen … The company was founded": not the paper
    said = {name for i, name in _named_as(subj.doc).get(subj.lemma_.lower(), []) if i < subj.i}
    if len(said) > 1:
        return None  # "the group" after two groups named as such: not clear which
    resolved = person or body
    if resolved is not None and said and resolved not in said:
        return None
    if resolved or said:
        return resolved or next(iter(said), None)
    near = _nearest_named(subj)
    return near if named is None or near == named else None  # the roles and the nearest
    # name disagree ("… told the newspaper De Tijd … if the company did not"): no guess


PAIRED_PEOPLE = word_list("man woman men women player brother sister pair duo")
PAIRED_SIDES = word_list("country nation side")


def _pair_named(subj: Token) -> str | None:
    """The two names "the two men", "the pair" or "both sides" take up, when the
    description's sentence before it and the two sentences before name just two
    persons (or two countries): BBC tech "William Trowbridge and Michael Chicoine have
    pleaded guilty … The two men faced charges" was titled "The two men faced charges",
    which says not who. None when more or fewer are named (a guess)."""
    noun = subj.lemma_.lower()
    if subj.pos_ != "NOUN" or not (noun in PAIRED_PEOPLE or noun in PAIRED_SIDES):
        return None
    words = [w.lower_ for w in subj.doc[subj.left_edge.i : subj.i]]
    pair = noun in {"pair", "duo"} and words == ["the"]
    if not pair and words not in (["the", "two"], ["both"]):
        return None
    label = "GPE" if noun in PAIRED_SIDES else "PERSON"
    doc = subj.doc
    start = sentence_of(subj).start
    for _ in range(2):
        if start == 0:
            break
        start = sentence_of(doc[start - 1]).start
    names: list[str] = []
    for ent in entities_in(doc[start : subj.left_edge.i]):
        if ent.label_ != label or ent.end > subj.left_edge.i:
            continue
        told = ent.text.split()
        while len(told) > 2 and (demonym(told[0]) or told[0].endswith(("er", "man"))):
            told = told[1:]  # "Londoner Tom Hale" tagged whole: the man is Tom Hale
        name = " ".join(told)
        if label == "GPE":
            land = country(name)
            if land is None:
                continue
            name = land.name
        said = set(name.split())
        if any(said <= set(n.split()) for n in names):
            continue  # "Trowbridge" again, after "William Trowbridge"
        names = [n for n in names if not set(n.split()) <= said]
        names.append(name)
    return " and ".join(names) if len(names) == 2 else None


def _described_alone(subj: Token, verb: Token) -> str | None:
    """The name a bare "the firm" subject of ``verb`` stands for (:func:`_described`),
    when no phrase of its own says which one it is ("the latest podcast from the
    Canadaland network" is a new one, never "Prince", the work named before it) and
    the verb's words do not name it ("the financial services firm, which attempted to
    expand Shearson": never "Shearson attempted to expand Shearson")."""
    if children(subj, {"prep"}) or any(
        c.dep_ == "acl" and c.lemma_.lower() not in CALLING for c in subj.children
    ):
        return None
    name = _described(subj)
    acting = {t.i for c in children(subj, {"relcl"}) for t in c.subtree}  # its own clause
    own = {t.i for t in subj.subtree} - acting  # "a company, named IOG": the name it has
    said = {t.text for t in verb.subtree if t.i not in own}
    return None if name is None or name.split()[-1] in said else name


# Nouns for a body and for a work that a story names once and then calls so ("One of
# them is Reopen America PAC … The group, which was created this month"), with the
# words that end a name of another kind of body ("the group" is not the White House).
GROUP_WORDS = word_list("group organisation organization charity coalition alliance association")
FIRM_WORDS = word_list("company firm brokerage")
WORK_WORDS = word_list("series show film movie book novel memoir album documentary sitcom podcast")
NOT_A_GROUP = word_list(
    "house parliament senate congress court department ministry police army navy treasury "
    "cabinet assembly council university college school hospital"
)


def _outlet(doc: Doc, name: str) -> bool:
    """Whether the text calls a name a news outlet anywhere ("the newspaper De Tijd"):
    the paper that reports a story is not the company or group of it. The names so
    called are read once per document: asked per description and per name near it, a
    walk over every entity each time grew with the square of an article's length
    (issue 24, bench/length.py)."""
    names = doc.user_data.get("outlet_names")
    if names is None:
        names = doc.user_data["outlet_names"] = {
            ent.text
            for ent in entities(doc)
            if ent.start > 0 and doc[ent.start - 1].lower_ in OUTLET_NOUNS
        }
    return name in names


def _person_words(doc: Doc) -> frozenset[str]:
    """The texts of the document's persons and their last words ("Donald Trump",
    "Trump"), read once and kept in its ``user_data``: made per description from every
    entity of the article, they grew with the square of its length (issue 24)."""
    known = doc.user_data.get("person_words")
    if known is None:
        known = doc.user_data["person_words"] = frozenset(
            w for e in entities(doc) if e.label_ == "PERSON" for w in (e.text, e[-1].text)
        )
    return known


def _nearest_named(subj: Token) -> str | None:
    """The one body (for "the group", "the firm"), work (for "the series", "the book")
    or country (for "the country") named in a description's own sentence before it or
    in the two sentences before, which the description takes up: a reader reads it so.
    None when two such names are there (a guess between them) and not one alone in the
    description's own sentence, when the only one is a
    dateline or a credit in brackets ("PARIS (Reuters)"), or for any other noun ("the
    fire", "the deal": no name tells them)."""
    noun = subj.lemma_.lower()
    if noun in {"country", "nation"} and len(list(subj.doc[subj.left_edge.i : subj.i])) == 1:
        labels, other = {"GPE"}, frozenset()  # "In Bolivia, they picked up a dog right
        # before the country shut down": Bolivia did; never "the whole country"
    elif (
        noun in PLACE_NOUNS - REGIONS
        and len(list(subj.doc[subj.left_edge.i : subj.i])) == 1
        and not children(subj, {"prep", "appos", "acl", "relcl"})  # "the town of Saraqeb",
    ):  # "the city where he was born": their own place, never one named before
        labels, other = {"GPE"}, frozenset()  # "clashes in western parts of the town":
        # the one town, city or state named just before, never a country
    elif noun in WORK_WORDS:
        labels, other = {"WORK_OF_ART"}, frozenset()
    elif noun in GROUP_WORDS:
        labels, other = {"ORG"}, NOT_A_GROUP
    elif noun in FIRM_WORDS:
        labels, other = {"ORG"}, NOT_A_GROUP | {"committee", "commission", "agency", "union",
                                                 "party", "charity", "institute"}  # fmt: skip
    else:
        return None
    doc = subj.doc
    sent = sentence_of(subj)
    start = sent.start
    for _ in range(2):  # the sentence two before the description's
        if start == 0:
            break
        start = sentence_of(doc[start - 1]).start
    names, own = set(), set()  # own: those of the description's own sentence
    persons = _person_words(doc)
    for ent in entities_in(doc[start : subj.left_edge.i]):
        if ent.start < start or ent.end > subj.left_edge.i or ent.label_ not in labels:
            continue
        around = doc[max(ent.start - 1, 0)].text + doc[min(ent.end, len(doc) - 1)].text
        if around == "()" or around.endswith("(") or _dateline(ent.root):
            continue  # "PARIS (Reuters) –": the dateline and its credit, never the
            # story's body
        if _outlet(doc, ent.text):
            continue  # "told the newspaper De Tijd": the outlet reports, it is no party
        if ent.root.dep_ == "compound" and ent.root.head.i >= ent.end:
            continue  # "the company’s Roberts Hill data": a name told of a thing, no party
        if ent.label_ == "ORG" and ent.text in persons:
            continue  # "messages from Trump" tagged a body, a person ("Donald Trump")
            # elsewhere
        if labels == {"GPE"} and ent.root.dep_ == "poss" and ent.root.head.pos_ == "PROPN":
            continue  # "Turkey's Everasia … develop the field in the north of the
            # country": a firm's home, not the country the field is in
        name = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        name = name.strip("\"'“”‘’ ")
        if labels == {"GPE"} and noun in PLACE_NOUNS:
            if country(name) is not None or not name[:1].isupper() or ent.root.pos_ != "PROPN":
                continue  # "Syria": a country is no town of it; "the new county judge":
                # a tagger's place in lower case is no name
        elif labels == {"GPE"}:
            land = country(name)
            if land is None:
                continue  # a city or a state is no country
            name = land.name  # "U.S." and "the United States" are one country
        if name and name.split()[-1].casefold() not in other:
            names.add(name)
            if ent.start >= sent.start:
                own.add(name)
    if labels == {"GPE"} and len(own) == 1 and len(names) > 1:  # "They flew to Chile …
        return next(iter(own))  # In Bolivia, they picked up a dog right before the country
        # shut down": a reader takes the place of the description's own sentence, not one
        # of two before it; a firm or a group is no such guess ("Google said the company")
    return next(iter(names)) if len(names) == 1 else None


def _resolved(pron: Token, m: _Mention) -> str | None:
    """The name the resolver gave a pronoun subject among a mention's participants
    ("He started a trip" with Moghadam a partner of the trip, read from "He"), when
    the mention's "he" stands for one name only, so the name is the subject's. Only a
    person's "he" or "she": a "we" or "they" stands for a side the resolver often
    guesses ("We don't see protests as the best way" is no country's)."""
    if pron.lower_ not in {"he", "she"}:
        return None
    names = {
        p.actor
        for p in m.participants
        if p.role in PARTIES
        and p.evidence is not None
        and p.evidence.text.lower() == pron.lower_
        and p.actor
        and not is_pronoun(p.actor)
    }
    return next(iter(names)) if len(names) == 1 else None


def _resolved_clause(name: str, verb: Token, noun: Token, held: Collection[int] = ()) -> str | None:
    """A noun event's clause told of the name its pronoun subject stands for, the verb
    made to agree with it ("they are seeking reelection" told of one: "… is seeking");
    None when the noun is not in the clause's words or a pronoun is left in them."""
    room = TITLE_WORDS - _title_size(name)
    hold = Held(held, more={noun.i})
    predicate = COLON.split(_predicate(verb, bare=True, room=room, hold=hold))[0]
    if not _has_word(predicate, noun):
        return None
    first, *rest = predicate.split()
    if first == verb.lower_ or first == verb.text:
        first = _agreeing(name, first, verb)
    else:
        first, *rest = _agreeing(name, predicate, verb).split()
    text = " ".join([name, first, *rest])
    return text if _told(text) else None


def _said_of(noun: Token, held: Collection[int] = ()) -> str | None:
    """The clause a bare event noun is the subject of, as its headline: "Rebel sources
    said clashes were continuing in western parts of the town" gives "Clashes were
    continuing in western parts of the town", not "Clashes". None when the noun is no
    verb's subject, the verb is one of saying, or a pronoun is left in it."""
    verb = noun.head
    if (
        noun.pos_ != "NOUN"
        or noun.dep_ not in {"nsubj", "nsubjpass"}
        or verb.pos_ not in {"VERB", "AUX"}
        or verb.lemma_.lower() in SAYING
        or verb.i in held  # "Ginsburg's death sparked a fight": the sparking is its own
    ):  # event, so the death is not titled by it (two nodes of one title)
        return None
    if _row_in_number(noun):  # "the nationwide shutdown, and rising public anxiety about
        return None  # the virus are likely to lead to …": the row leads, never "The
        # nationwide shutdown are likely to lead", and the noun's event is not the row's
    subject = _phrase(list(noun.doc[noun.left_edge.i : noun.i + 1]), None)
    predicate = _predicate(verb, room=TITLE_WORDS - _title_size(subject), hold=held)
    if len(predicate.split()) < 2:
        return None  # "Clashes continued" is hardly more than "Clashes"
    if any(c.dep_ == "conj" for c in noun.children):  # "the strike and the storm have
        predicate = _one_agrees(predicate, noun)  # forced …" told of the strike alone
    text = _pointed(f"{subject} {predicate}", noun) if subject else ""
    return text if text and _told(text) and not _pronoun(text.split()[0]) else None


def _small_clause(tok: Token) -> bool:
    """Whether a word that is no verb hangs on its head as a small clause the parser
    made of a verb's object ("won reelection unopposed" parsed as "reelection" the
    subject of "unopposed", itself a clause of "won"): the walk up to the verb that
    tells the event goes through it. The subject of a verb is no such word."""
    if tok.pos_ in {"VERB", "AUX"} or tok.dep_ not in {"nsubj", "ccomp"}:
        return False
    return tok.dep_ != "nsubj" or tok.head.pos_ not in {"VERB", "AUX"}


def _told(text: str) -> bool:
    """Whether a headline leaves no one untold in the words it shows: a pronoun past
    the cut ("… for his political benefit") is never read."""
    shown = {w.lower() for w in text.split()[:TITLE_WORDS]}
    return not (PRONOUNS - POINTERS) & shown  # "the message that we need": "we" untold


POINTERS = {"this", "that", "these", "those", "who", "which"}  # told by the words they
# point to, as determiners or relatives


MONTHS = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|spring|summer|autumn|fall|winter|\d{4})\b"
)


def _dated(when: str) -> str:
    """A time as a headline says it: "in June", "on Friday", "next week" as written."""
    if MONTHS.match(when) and re.match(r"^[A-Z][a-z]+\.? \d{1,2}(?:st|nd|rd|th)?\b", when):
        return f"on {when}"  # a day: "on May 3", never "in May 3"
    if MONTHS.match(when):
        return f"in {when}"  # "Possible outbreak in June", not "… outbreak June"
    if re.match(r"^[A-Z][a-z]+day\b", when):
        return f"on {when}"
    if re.match(r"^the (?:end|start|beginning|close|turn|weekend)\b", when, re.I):
        return f"at {when}"  # "Release at the end of the week", never "Release the end …"
    seasons = r"^the (?:fall|spring|summer|autumn|winter|past|coming|first|second|third)\b"
    if re.match(seasons, when, re.I):
        return f"in {when}"  # "Reopening in the fall"
    return when


LEADING = re.compile(r"^[^\w(£$€#]+")  # quotes, dashes, a stray byte before the first word
BEFORE = re.compile(r"^(?:\S+ ){0,3}\S*\d\S*\.\s+(?=[A-Z])")  # "… pounds 50m. Chief …"


def _clean(text: str) -> str:
    """A headline without what the page's text left around it: a quotation mark or a
    stray byte before the first word ("“Frontline focused …"), a quotation mark that
    opens or closes nothing ("put the group in a "good position"), and the end of the
    sentence before, when the parser ran two sentences into one at a number ending in a
    full stop ("… a cost of pounds 50m. Chief executive John Beaumont was paid …")."""
    text = DATELINE.sub("", text.strip(), count=1)  # "ISLAMABAD " Pakistan's government":
    # the dateline the parser hung on the subject's name
    text = BEFORE.sub("", LEADING.sub("", text), count=1)
    text = text.replace("\ufffd", " ")  # a page's bytes the decoder could not read,
    # often a mangled no-break space: "approved a�bill�Tuesday"
    text = ASKED.sub("", text, count=1)  # "how many troops will end up in Libya": the
    # question is the writer's; the headline is "Troops to end up in Libya"
    text = JOINING.sub("", text, count=1)  # "when the final film boosted results": the
    # parser hung "when" on the subject; the clause's link to the sentence is no headline
    if text.count('"') % 2:
        text = text.replace('"', "")
    if text.count("“") != text.count("”"):
        text = text.replace("“", "").replace("”", "")
    text = SPOKEN.sub(lambda w: SPOKEN_WORDS[w.group(0).lower()], " ".join(text.split()))
    return TIGHT.sub(r"\1", text)  # "in Pittsburgh , the mayor": the tokens' own spacing


DATELINE = re.compile(r"^(?:[A-Z]{3,}[ ,]+)+(?:\"|--?|–|—) +(?=[A-Z])")
ASKED = re.compile(r"^(?:how (?:many|much|few)) (?=\w)", re.I)
JOINING = re.compile(r"^(?:when|while|whereas|although|though|because) (?=\w)", re.I)
# The tokenizer splits "gonna" into "gon" and "na" and a title joins tokens with spaces:
# "Trump is gon na try" reads as two broken words; a headline writes them out.
SPOKEN_WORDS = {"gon na": "going to", "wan na": "want to", "got ta": "got to"}
SPOKEN = re.compile(r"\b(?:gon na|wan na|got ta)\b", re.I)
TIGHT = re.compile(r"\s+([,.;:!?%)\]]|’s\b|'s\b|n't\b)")  # no space before these


@dataclass(frozen=True)
class Ends:
    """What the text's words tell a cut title about where a phrase ends: ``modifiers``
    stood before the noun they modify ("Trump's original [plan]", "in the last [two
    games]") and never end one; ``verbs`` (with their particles) want what follows."""

    modifiers: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()
    tails: frozenset[str] = frozenset()  # "U-turns", "campaigning": nouns the text
    # follows with a phrase hung on them or their verb ("over rules", "at the weekend")
    own: frozenset[str] = frozenset()  # the event's own words, which such a cut keeps


def _tail_cut(kept: list[str], after: str, ends: Ends) -> bool:
    """Whether a title cut before ``after`` leaves out a phrase whole (:func:`_tailed`)
    and keeps the event's own word: "Tahir Hussain was booked for Ankit Sharma's murder
    [during the communal riots]" is no headline of the riots."""
    return _tailed(kept[-1], after, ends) and any(w.strip(",;:") in ends.own for w in kept)


def _tailed(word: str, after: str, ends: Ends) -> bool:
    """Whether a cut title's last word is a noun the text follows with the phrase the
    cut leaves out whole ("accused Tony Blair of performing U-turns [over rules on …]"):
    a headline goes without such a phrase and says no "…"."""
    return after.lower() in TAILS and word.strip(",;:").rsplit("-", 1)[-1] in ends.tails


def _capital(text: str, limit: int = 14, ends: Ends = Ends()) -> str:
    """Display text: one line, at most ``limit`` words, first letter upper case; a
    cut title ends where a phrase does (``ends``)."""
    words = text.split()
    while len(words) > 2 and (
        words[-1].lower() in UNFINISHED or not any(ch.isalnum() for ch in words[-1])
    ):
        words.pop()  # "spied for MI6 for [two years]": the time was left out, not its "for"
    text = " ".join(words)
    if len(words) > limit:
        kept = words[:limit]
        after = words[limit + 1] if limit + 1 < len(words) else ""
        linked = words[limit] in NAME_LINKS and _capitalised(after)  # "the Gare [du Nord]"
        if _capitalised(kept[-1]) and (_capitalised(words[limit]) or linked):
            # "of the Trump White …": a name cut in two; the phrase before it ends cleaner
            name = len(kept)
            while name > 0 and _capitalised(kept[name - 1]):
                name -= 1
            if name >= limit // 2:
                kept = kept[:name]
        kept = _phrase_end(kept, lambda k: k[-1].lower().strip(",;:") in DANGLING)
        # "invited a list of people and …": cut after a word that ends a phrase
        ended = _phrase_end(
            kept,
            lambda k: (
                k[-1].lower().strip(",;:") in DANGLING
                or (
                    len(k) > limit // 2
                    and (_modifying(k[-1], ends.modifiers) or k[-2].endswith(","))
                )  # "the Section 106 permits, given [by …]": the comma ends a phrase, the
            ),  # word after it opens one the cut leaves unfinished
            limit // 2,
        )
        last = ended[-1].strip(",;:")
        named = len(ended) < len(kept) and (  # "EU envoy": a name that modifies
            _capitalised(last) and _modifying(kept[len(ended)], ends.modifiers)
        )
        if last not in ends.verbs and last not in ends.modifiers and not named:  # "reached
            # a wage [deal]", never "reached …", which loses what was reached; "between EU
            kept = ended  # envoy [Mark Dunne]", never "between EU …", which names another
        opened = [
            j
            for j in range(max(limit // 2, 3), len(kept))
            if (
                kept[j].lower() in OPENERS
                or (j > limit // 2 and _tail_cut(kept[:j], kept[j], ends))
            )  # "Attacks on the World Trade Center [on 11 …]" is no headline: a verb goes
            and kept[j - 1].lower().strip(",;:") not in DANGLING
            and kept[j - 1] not in ends.verbs
            and not _modifying(kept[j - 1], ends.modifiers)
        ]
        if opened:  # "Dr Fox refused to discuss weekend newspaper reports [that the party
            kept = kept[: opened[-1]]  # had …]": the clause the cut fell in left out whole
        after = words[len(kept)].lower()  # the first word left out
        last = kept[-1].strip(",;:")
        whole = (  # "Tony Blair has rejected a Conservative compromise offer [that could
            # have eased …]": a clause left out whole, as a headline leaves it, says no
            (after in OPENERS or kept[-1].endswith(",") or _tail_cut(kept, after, ends))
            # "…" (nothing of the offer is cut)
            and last.lower() not in DANGLING
            and last not in ends.verbs
            and not _modifying(last, ends.modifiers)
            and len(kept) > limit // 2
        )
        text = " ".join(kept).rstrip(",;:") + ("" if whole else " …")
    return text[:1].upper() + text[1:]


OPENERS = word_list(
    "that which who whom whose where when while because although though despite if unless "
    "after before since until amid following"
)  # words that open a clause or phrase a title can leave out whole


def _phrase_end(kept: list[str], open_: Callable[[list[str]], bool], least: int = 2) -> list[str]:
    """A cut title's words without the last ones that open a phrase (``open_``); a
    possessor's name goes with its "'s" ("President Donald Trump's [plan]")."""
    kept = list(kept)
    while len(kept) > 2 and open_(kept):
        owner = kept.pop().endswith(("'s", "’s"))
        while owner and len(kept) > least and _capitalised(kept[-1]):
            kept.pop()
    return kept


def _modifying(word: str, modifiers: Collection[str]) -> bool:
    """Whether a title's last word opens the noun phrase the cut leaves out: a
    possessive ("Trump's") or a word the text wrote before its noun ("original",
    "eight")."""
    if word.endswith(("'s", "’s")):
        return True
    return not _capitalised(word) and word.strip(",;:") in modifiers  # a name's own word
    # ("the Gare du Nord [train]") ends the name, which a reader takes whole


NAME_LINKS = word_list("du de des la le of van von der da al bin")  # lower-case words
# inside a name ("Gare du Nord", "Bank of England"), which a cut does not split either


def _capitalised(word: str) -> bool:
    """Whether a title's word is part of a name: an upper-case first letter."""
    return word[:1].isupper()


UNFINISHED = word_list(
    "and or but nor of for with from the a an its his their our your my than into at "
    "between against"
)  # words no phrase ends on, not even as a particle ("took over", "stepped in" do); not
# "her", an object too ("thanked her")
DANGLING = word_list(
    "and or but nor of to in on at by for with from into over as than that which who a an "
    "including under "
    "the its his her their our your my this these those some any no about against "
    "near across through during without amid among despite via toward towards onto within"
)  # words that open what follows them: a title cut right after one ends mid-phrase


def _sentence(text: str) -> str:
    """A sentence as display text: one line, no stray quotation mark at its edges."""
    text = " ".join(text.split())
    while text[:1] in {'"', "“", "”"} and (
        text.count('"') % 2 or text.count("“") != text.count("”")
    ):
        text = text[1:].lstrip()
    return text


def _for_clause(c: Token, trig: Token) -> bool:
    """Whether a verb's clause is what it calls, asks or waits for ("have called [for the
    toll to be lifted]", "pressed for the talks to resume"): the parser hangs "for … to"
    on the verb as a clause of circumstance, and the verb phrase told without it said
    only "Have repeatedly called."."""
    return (
        c.dep_ == "advcl"
        and c.i > trig.i
        and c.pos_ in {"VERB", "AUX"}
        and any(k.dep_ == "aux" and k.lower_ == "to" for k in c.children)
        and (
            any(k.dep_ == "mark" and k.lower_ == "for" and k.i > trig.i for k in c.children)
            or _for_object(c) is not None
        )
    )


WAITED_FOR = word_list("wait arrange")  # "waited for the rain to stop"


def _for_object(clause: Token) -> Token | None:
    """The noun a "for … to" clause is told of where the parser made it the object of
    "for" and the clause one of the verb's own ("called for [the toll] on the bridge to
    be lifted"): the toll is to be lifted, never the councillors who called."""
    if clause.dep_ != "advcl" or children(clause, {"nsubj", "nsubjpass"}):
        return None
    if clause.head.lemma_.lower() not in ASKED_FOR | WAITED_FOR:
        return None  # "purchased for securities and warrants to buy stock": no asking
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    prep = next(  # "for" the clause's mark with its noun as object, or the verb's own
        (c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for"),
        next(
            (
                c
                for c in clause.head.children
                if c.dep_ == "prep"
                and c.lower_ == "for"
                and c.right_edge.i + 1 == clause.left_edge.i
            ),
            None,
        ),
    )
    obj = next(iter(children(prep, {"pobj"})), None) if prep is not None else None
    return obj if obj is not None and obj.pos_ in {"NOUN", "PROPN"} else None


def _predicate(
    trig: Token,
    bare: bool = False,
    room: int | None = None,
    hold: Collection[int] = (),
    asked: bool = True,
) -> str:
    """The verb phrase of a trigger: the verb, its particles, objects and complements,
    without the subject or trailing time words ("bombed three nuclear facilities in Iran").
    ``bare``: without the clauses hung on its words either ("sparked accusations [that
    they are not …]"), whose pronouns no title can tell. ``room``: at most so many words,
    told by whole phrases as a verb headline is (:func:`_fitted`), never without the
    event's own word nor another event's (``hold``, token indices). ``asked``: with
    the "for … to" clause of what it calls for (:func:`_for_clause`)."""
    keep = [
        c
        for c in trig.children
        if c.i > trig.i
        and c.dep_
        in {"dobj", "prt", "prep", "attr", "oprd", "dative", "acomp", "xcomp", "ccomp", "agent"}
        and c.ent_type_ not in {"DATE", "TIME"}
        and c.lower_ not in {"during", "after", "before"}
        and not _adjunct_prep(c)  # "postponed a launch [because of the tsunami]": why
        and not any(g.ent_type_ in {"DATE", "TIME"} for g in children(c, {"pobj"}))
        and not _next_in_row(c, trig)  # "pledged billions in aid, [increased payments]"
        or (c.dep_ == "advmod" and c.lower_ in PARTICLES and c.i == trig.i + 1  # "the
            and not _back_in_time(c))
        or (asked and _for_clause(c, trig))
    ]  # strike would go [ahead]": a particle the parser read as an adverb is the verb's
    aux = [
        c
        for c in trig.children
        if (c.dep_ in {"aux", "auxpass"} or _denied(c)) and c.i < trig.i and c.lower_ != "to"
    ]
    start = min([c.i for c in aux] + [trig.i])
    end = max([c.right_edge.i for c in keep] + [trig.i])
    row = set().union(*(_row_cut(c, trig) for c in keep))
    if row and max(row) >= end:  # "pledged millions in aid[, increased payments …]"
        end = min(row) - 1
    but = _but_cut(list(trig.doc[trig.i : end + 1]))
    if but:  # "emerge from the talks [but attacks and attempts …]"
        end = min(but) - 1
        while end > trig.i and trig.doc[end].is_punct:
            end -= 1  # "pointing out the mistake[,] but …"
    if not bare:
        full = _joined(list(trig.doc[start : end + 1])).rstrip(" ,;:“”\"'")  # "the town"
        if room is None or len(full.split()) <= room:
            return full
        return _fit_words(list(trig.doc[start : end + 1]), trig, room, hold) or full
    cut = {
        t.i
        for k in keep
        for c in k.subtree
        if c != k and c.dep_ in {"relcl", "acl", "ccomp", "advcl", "appos"}
        for t in c.subtree
    }
    words = [t for t in trig.doc[start : end + 1] if t.i not in cut]
    while words and (words[-1].is_punct or words[-1].dep_ in {"cc", "mark", "prep"}):
        words.pop()
    full = "".join(t.text_with_ws for t in words).strip().rstrip(" ,;:“”\"'")
    if room is None or len(full.split()) <= room:
        return full
    return _fit_words(words, trig, room, hold) or full

"""Statements: who said what, directly, indirectly or in a mix of both.

How: quotation marks are paired per paragraph (straight, curly and the two-apostrophe
''…''; a quote left open at a paragraph end runs on into the next paragraph that opens
with a mark). Cues are
reporting verbs ("said", "told", "warned"), verbs of belief, intent and evidence
("believes", "vowed to", "a poll found"), stance verbs with a noun phrase for content
("called for a ceasefire", "endorsed Cruz") and "according to". A quote takes the
nearest cue in its own sentence(s), else a speaker and verb right after it ("…!” he
wrote.") or a "X said:" / "Name:" before it, in its paragraph or closing the previous
one; a quote with no cue continues the previous statement (the split quote). A cue
whose content is not a quote is indirect speech, mixed when a quoted fragment sits
inside. The speaker is the cue's subject (through coordination, participles, relative
clauses and passive agents), resolved by :class:`~kg.extract.actors.ActorIndex`
(pronouns, titles, capitals as governments). Position nouns ("his claim that …",
"expressed support for …"), any verb with a "that" clause and a subject that can speak,
and a clause set "in most surveys" are indirect statements too, and so are a speech
verb's object when no clause follows ("recalled several calls"), "as reported by X, …"
and a hedge no one is named for ("is expected to", "seems to": a belief with no
speaker). Each statement gets a type from its cue, a mode (speech, writing, belief,
finding, stance: how the speaker holds it), its addressee, channel and relay, when it
was said, and the actors its content names. Label lines ("Oil: UP 58 cents", "Editor's
note:"), refusals ("declined to comment") and datelines never make statements or
speakers.
The rules and lexicons are tuned on PolNeAR train with ``bench/polnear.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import accumulate, pairwise
from typing import NamedTuple

import numpy
from spacy.attrs import LEMMA, LOWER, ORTH, POS
from spacy.strings import get_string_id
from spacy.symbols import AUX, NOUN, PRON, PROPN, VERB
from spacy.tokens import Doc, Span, Token

from .. import gazetteer
from ..gazetteer import words
from ..model import (
    BELIEF,
    DIRECT,
    FINDING,
    GROUP,
    INDIRECT,
    MIXED,
    PERSON,
    PLACE,
    SPEECH,
    STANCE,
    WRITING,
    ActorMention,
    Document,
    Evidence,
    Statement,
    TimeValue,
)
from .actors import (
    CROWDS,
    GROUP_HEADS,
    HUMAN_ROLES,
    PERSON_NOUNS,
    ActorIndex,
    _where,
    given_name_first,
    is_pronoun,
)
from .spans import doc_text
from .spans import evidence as exact
from .spans import evidence_parts as exact_parts
from .timex import normalise
from .tokens import entities, entities_in, first_conjunct, line_breaks, sentence_of

# Cue lemma -> the statement type it signals. Speech verbs first; then verbs of belief,
# intention and evidence, which news uses to attribute positions ("Clinton believes
# that ...", "a poll found that ..."). Tuned on PolNeAR train (bench/polnear.py).
CUE_TYPES: dict[str, str] = {
    **dict.fromkeys(
        words(
            "say tell add continue state remark note explain write tweet post reply respond "
            "comment observe argue contend maintain assert insist stress emphasize emphasise "
            "reiterate recall mention suggest counter testify conclude joke quip boast complain "
            "describe acknowledge speak claim told point"
        ),
        "claim",
    ),
    **dict.fromkeys(words("confirm admit concede agree"), "confirmation"),
    **dict.fromkeys(words("deny dismiss refute dispute reject refuse decline"), "denial"),
    **dict.fromkeys(words("warn caution threaten"), "warning"),
    **dict.fromkeys(words("promise pledge vow guarantee assure"), "promise"),
    **dict.fromkeys(words("urge demand press"), "demand"),
    **dict.fromkeys(words("announce declare reveal disclose unveil signal"), "announcement"),
    **dict.fromkeys(words("ask wonder question"), "question"),
    **dict.fromkeys(words("accuse allege charge blame"), "accusation"),
    **dict.fromkeys(words("criticize criticise slam blast condemn denounce decry"), "criticism"),
    **dict.fromkeys(words("praise hail commend laud"), "praise"),
    **dict.fromkeys(
        words("think believe feel expect hope hop fear worry doubt predict estimate know"),
        "opinion",
    ),
    **dict.fromkeys(words("want plan intend seek"), "intention"),
    **dict.fromkeys(words("show find indicate"), "finding"),
    **dict.fromkeys(words("report"), "report"),
}
REPORTING_VERBS = frozenset(CUE_TYPES)
# Verbs that may take an infinitive as their content: "vowed to retaliate".
XCOMP_CUES = words(
    "promise pledge vow threaten urge want plan intend seek demand ask warn refuse decline "
    "agree offer encourage hope hop"
)
# Cues that are as often not speech at all ("the talks continue", "the post added
# pressure"): they need a subject that can speak.
WEAK_CUES = words(
    "agree continue add post note observe maintain report state indicate reveal show find "
    "signal suggest counter comment remark recall describe press charge question feel know "
    "expect hope hop fear worry plan seek want think estimate"
)
# The small model lemmatises "hopes", "hoped" and "hoping" as "hop": the lexicons list
# "hop" beside "hope" so "Clinton hopes that …" is the belief it says.
# Texts a speaker puts out, which then speak for them ("issued a statement saying").
ISSUED = words(
    "statement ad advertisement commercial video letter email memo release post tweet "
    "report piece message note spot"
)
# Cues whose noun phrase after the verb is the one spoken to or about, never the speaker.
TAKES_OBJECT = XCOMP_CUES | words("tell call accuse blame charge thank praise")
# Stance verbs that also name physical force, and the objects that make them force.
FORCE_STANCES = words("attack blast hit strike lash")
PHYSICAL_TARGETS = words(
    "base convoy village town city building port plant facility position post camp "
    "checkpoint station ship vessel tanker embassy airport school hospital bank border "
    "troops soldiers forces police patrol headquarters compound area site target bridge"
)
# Stance verbs whose object alone is no position ("saw a film", "called a meeting"):
# they attribute one only with what they make of it, "as …" or a label ("sees the
# calendar as favorable", "called them “bloodsuckers”").
LABELLING = words("call see view regard consider cast portray paint brand label dub deem identify")
# Verbs whose content is what they take a position on, a noun phrase rather than a
# clause: "Graham called both Trump and Clinton “crazy”", "Sanders called for a ban",
# "she endorsed Cruz". Lemma -> (statement type, prepositions that introduce it, or
# "" when the direct object does).
STANCE_CUES: dict[str, tuple[str, frozenset[str]]] = {
    **{
        v: ("opinion", frozenset({""}))
        for v in words("support endorse back oppose favor favour prefer like")
    },
    **{
        v: ("criticism", frozenset({"", "against"}))
        for v in words(
            "criticize criticise attack slam blast condemn denounce mock blame rail lash"
        )
    },
    **{
        v: ("praise", frozenset({""}))
        for v in words("praise thank congratulate welcome tout hail applaud")
    },
    **{
        v: ("claim", frozenset({"", "about", "on"}))
        for v in words("mention discuss cite describe comment focus")
    },
    # "spoke of", "talked about": not "spoke English", nor "on condition of anonymity"
    **{v: ("claim", frozenset({"about", "on", "of", "against"})) for v in words("talk speak")},
    "call": ("demand", frozenset({"for", "on"})),
    "vote": ("opinion", frozenset({"for", "against"})),
    "campaign": ("opinion", frozenset({"for", "against", "on"})),
    "refer": ("claim", frozenset({"to"})),
    "point": ("claim", frozenset({"to", ""})),
    "apologize": ("confirmation", frozenset({"for"})),
    "apologise": ("confirmation", frozenset({"for"})),
    "respond": ("claim", frozenset({"to"})),
    "ask": ("question", frozenset({"about", "for"})),
    "defend": ("opinion", frozenset({""})),
    "disavow": ("denial", frozenset({""})),
    "dismiss": ("denial", frozenset({""})),
    "reject": ("denial", frozenset({""})),
    "deny": ("denial", frozenset({""})),
    "announce": ("announcement", frozenset({""})),
    "confirm": ("confirmation", frozenset({""})),
    "acknowledge": ("confirmation", frozenset({""})),
    "encourage": ("demand", frozenset({""})),
    "recommend": ("demand", frozenset({""})),
    "propose": ("announcement", frozenset({""})),
    "question": ("question", frozenset({""})),
    "accuse": ("accusation", frozenset({""})),
    "embrace": ("opinion", frozenset({""})),
    "side": ("opinion", frozenset({"with"})),
    "agree": ("confirmation", frozenset({"with"})),
    "warn": ("warning", frozenset({"of", "about", "against"})),
    "joke": ("claim", frozenset({"about"})),
    "complain": ("criticism", frozenset({"about", "of"})),
    "worry": ("opinion", frozenset({"about"})),
    "push": ("demand", frozenset({"for"})),
    "argue": ("claim", frozenset({"for", "against"})),
    "highlight": ("claim", frozenset({""})),
    "tout": ("praise", frozenset({""})),
    "decry": ("criticism", frozenset({""})),
    "predict": ("opinion", frozenset({""})),
    "request": ("demand", frozenset({""})),
    **{v: ("claim", frozenset({""})) for v in words("echo repeat")},  # "echoed that promise"
    "champion": ("opinion", frozenset({""})),
    **{v: ("finding", frozenset({""})) for v in words("show find indicate reveal")},
    **{v: ("opinion", frozenset({""})) for v in LABELLING if v != "call"},
}
# Finding verbs with a mere object ("found a job", "showed the door") report a finding
# only from a poll, a study or data: "polls show Clinton with a lead".
FINDING_OBJECT = words("show find indicate reveal")
# Speech and belief verbs whose direct object is what was said or held when no clause
# follows: "said yes", "claimed responsibility for the attack", "recalled numerous
# calls with Trump". Not "claim" nor "seek", whose objects are mostly prizes ("claimed
# victory", "seeking the nomination"), nor "promise", whose object is a deed ("promised
# an inquiry"). Tuned on PolNeAR train.
OBJECT_CUES = words(
    "say recall emphasize emphasise stress explain note tweet post declare suggest reiterate "
    "demand want concede admit report"
)
# Objects of "say" that carry no content: "said goodbye", "said little about it".
EMPTY_OBJECTS = words("goodbye hello grace prayer little nothing much something anything")
# Objects of "spoke on …" that are no topic: "on condition of anonymity", "on the phone".
NOT_TOPICS = words("condition anonymity phone telephone background record behalf basis")
# Verbs that report speech only through a noun: "expressed optimism that …".
EXPRESS_VERBS = frozenset({"express", "voice"})

# How the speaker holds the content (kg.model.STATEMENT_MODES), by cue lemma; any other
# cue is speech. A finding is also any cue whose subject is a poll, a study or data
# ("a poll says"), and speech through a written channel ("in a statement") is writing.
MODE_OF_CUE: dict[str, str] = {
    **dict.fromkeys(words("write tweet post publish blog email retweet text sign"), WRITING),
    **dict.fromkeys(
        words(
            "think believe feel expect hope hop fear worry doubt know suspect assume see view "
            "regard consider deem understand recognize recognise realize realise want plan "
            "intend seek wish"
        ),
        BELIEF,
    ),
    **dict.fromkeys(words("show find indicate"), FINDING),
    **dict.fromkeys(
        words("support endorse back oppose favor favour prefer like vote campaign embrace side"),
        STANCE,
    ),
}
EVIDENCE_NOUNS = words(
    "poll survey study research data result report analysis figure number statistic census "
    "record document video footage researcher scientist estimate projection model count "
    "polling average photo photograph image email ledger tally transcript filing chart"
)
WRITTEN_CHANNELS = words(
    "statement letter tweet post email memo release blog column editorial op-ed article "
    "twitter facebook instagram filing note"
)

# Nouns that attribute a position to the one who holds it: "his claim that …", "Trump's
# support for the wall", "expressed concern about …". Lemma -> (type, mode); the
# content is the noun's "that" clause, its infinitive or its object after a preposition.
NOUN_CUES: dict[str, tuple[str, str]] = {
    **dict.fromkeys(
        words(
            "claim assertion argument comment remark statement suggestion message case "
            "prediction joke defense defence"
        ),
        ("claim", SPEECH),
    ),
    **dict.fromkeys(words("criticism attack critique"), ("criticism", SPEECH)),
    **dict.fromkeys(words("accusation allegation charge"), ("accusation", SPEECH)),
    **dict.fromkeys(words("call demand request appeal plea"), ("demand", SPEECH)),
    **dict.fromkeys(words("promise pledge vow"), ("promise", SPEECH)),
    **dict.fromkeys(words("warning threat"), ("warning", SPEECH)),
    **dict.fromkeys(words("denial rejection"), ("denial", SPEECH)),
    **dict.fromkeys(words("question"), ("question", SPEECH)),
    **dict.fromkeys(words("praise"), ("praise", SPEECH)),
    **dict.fromkeys(words("complaint"), ("criticism", SPEECH)),
    **dict.fromkeys(words("announcement proposal"), ("announcement", SPEECH)),
    **dict.fromkeys(
        words("belief view opinion hope fear concern doubt worry expectation"), ("opinion", BELIEF)
    ),
    **dict.fromkeys(words("plan intention decision"), ("intention", BELIEF)),
    **dict.fromkeys(words("support opposition endorsement backing"), ("opinion", STANCE)),
}
NOUN_PREPS = words("for about on against over to with")
# Verbs whose object is the position noun and whose subject holds it: "expressed
# support for", "raised concerns about", "made the claim that".
LIGHT_VERBS = words(
    "express voice make offer issue give raise have repeat renew reiterate level deliver "
    "share signal declare announce state air lodge file throw pledge lend"
)
# Verbs with a "that" clause that attribute nothing: "made sure that", "means that".
NOT_ATTRIBUTING = words(
    "be have make ensure mean seem appear happen require matter help cause prove turn "
    "demonstrate add"
)
# Cues whose passive reports words no one is named for: "was asked whether …".
PASSIVE_CUES = words("ask question tell")
# Hedges that attribute a belief to no one named: "is expected to", "seems to", "is
# seen as", lemma -> the dependency its subject takes.
HEDGES = {
    "expect": frozenset({"nsubjpass"}),
    "seem": frozenset({"nsubj"}),
    "appear": frozenset({"nsubj"}),
    **dict.fromkeys(
        words("see view regard say report believe think know describe rumor rumour"),
        frozenset({"nsubjpass"}),
    ),
}
# Sources a clause can be set in, "in most surveys": each makes it a finding.
SOURCE_IN = words("poll polls polling survey surveys study video footage count tally projection")
# What a refusal to speak takes as its content: "declined to comment" says nothing.
SILENCE = words("comment elaborate discuss say respond answer speak talk confirm specify")
# Heads of colon lines that label a figure or a notice, never a speaker: "Oil: UP 58
# cents", "Editor's note: …".
FIGURE = re.compile(r"\s*(?:UP|DOWN|UNCH(?:ANGED)?|unchanged|[-+−]?[$€£]?\d)")
LABEL_HEADS = words("note update correction clarification disclaimer caption source photo")
# A cue with no verb: the colon after a name ("Daron Shaw: …") and the dash before one
# ("“…” ― Sonya Ruiz", the signature of a pull quote)
SIGNATURE_DASHES = frozenset({"―", "—", "–", "--"})
BARE_CUES = SIGNATURE_DASHES | {":"}
# a line that is a quote signed with a dash and a name, and nothing else: the quote may
# open with a closing mark (pasted pages mix them), the name is one to five capitalised
# words with a full stop at most after it
SIGNED_QUOTE = re.compile(
    r"^[^\S\n]*[“”\"](?P<said>[^\n]*?\S)[^\S\n]*[”“\"][^\S\n]*(?P<dash>―|—|–|--)[^\S\n]*"
    r"(?P<name>[A-Z][\w’'.-]*(?:[^\S\n]+[A-Z][\w’'.-]*){0,4})[^\S\n]*\.?[^\S\n]*$",
    re.MULTILINE,
)
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
        "poll",
        "survey",
        "study",
        "result",
        "data",
        "figure",
        "campaign",
        "aide",
        "group",
        "voter",
        "percent",
        "majority",
        "critic",
        "supporter",
        "observer",
        "people",
        # news media, which report what others said or did: "the newspaper reported"
        "newspaper",
        "paper",
        "daily",
        "tabloid",
        "magazine",
        "broadcaster",
        "television",
        "radio",
        "channel",
        "outlet",
        "website",
        "media",
    ]
)
# Heads of other subjects that can hold a view or report one with a weak cue ("some
# Democratic strategists fear that …", "court filings revealed that …"): people by
# role, and the texts and records that say things.
HOLDERS = (
    EVIDENCE_NOUNS
    | ISSUED
    | HUMAN_ROLES
    | GROUP_HEADS
    | CROWDS
    | words(
        "candidate strategist member organization organisation senator governor man woman "
        "economist advocate delegate lawmaker legislator executive reporter pastor commentator "
        "person manager partisan nominee contender donor editor host conservative liberal "
        "ally friend superdelegate politician staffer republican democrat millennial "
        "foundation team board court committee panel pac polling filing investigation "
        "inquiry review lawsuit evidence petition article story affidavit speech email ad "
        "disclosure"
    )
)
# Quantifiers that stand for people as a subject: "Many said …", "most believe …".
QUANTIFIERS = words("many most some both all few several those others")
# A speaker's own words for themself: inside their quote they are that speaker, and
# after a finished quote ("… works.” I think …") they open another voice, not a cue.
FIRST_PERSON = words("i we")
# A transcript line's speaker: a name in capitals, then a colon ("TAPPER: …", "SEN.
# MARY FALLIN: …"); "Q:" and "A:" name no one.
TRANSCRIPT_LABEL = re.compile(r"[ \t]*((?:[A-Z][A-Z'’.\-]+ ){0,3}[A-Z][A-Z'’\-]+):[ \t]")
# An interview transcript's turns: "Q:" opens the interviewer's question, "A:" the
# interviewee's answer, each at the start of its paragraph.
QA_TURN = re.compile(r"^[ \t]*([QA]):[ \t]", re.M)
# Titles that make a person in an interview's introduction its interviewer, not its
# subject: "spoke with Courier reporter Tom Berg".
PRESS_TITLES = words(
    "reporter writer correspondent editor journalist host anchor columnist interviewer"
)
OPEN_QUOTES = {"“": "”", '"': '"', "«": "»", "„": "“"}
QUOTE_OPENERS = frozenset(OPEN_QUOTES) | {"‘", "'"}
_OPENER = re.compile("[" + re.escape("".join(OPEN_QUOTES)) + "]")
MIN_QUOTE_WORDS = 4  # shorter quotes with no cue are scare quotes ("tangible")
# A quote this short that runs on from a word of its sentence ("announced “prematurely”
# via", "a “disgraceful waste” by MPs") is a phrase borrowed into the writer's own
# sentence, not words a speaker said as a statement of their own.
FRAGMENT_WORDS = 5
_UTTERANCE_END = re.compile(r"[.!?…][\"”’']?\s*$")


@dataclass
class _Quote:
    start: int  # clean-text offsets of the content, marks excluded
    end: int
    open_end: bool = False  # closed by a paragraph end rather than a mark


def _two_apostrophes(para: str) -> str:
    """``para`` with each two-apostrophe mark (''…'', the New York Times' style) read
    as one straight mark on its second apostrophe, the first a blank: the same length,
    so offsets hold, and the pairing below treats it as any straight quote."""
    return para.replace("''", '\x00"')


def find_quotes(text: str) -> list[_Quote]:
    """Pair quotation marks paragraph by paragraph; never fails on unbalanced marks."""
    quotes: list[_Quote] = []
    pos = 0
    for para in map(_two_apostrophes, text.split("\n")):
        i, n = 0, len(para)
        while i < n:
            ch = para[i]
            close = OPEN_QUOTES.get(ch)
            if close is None or (ch == '"' and i + 1 < n and para[i + 1] == '"'):
                # on to the next opening mark: the words between are skipped in one
                # search, not one step of this loop each (a loop per character was
                # most of the time of finding the quotes)
                found = _OPENER.search(para, i + 1)
                i = found.start() if found else n
                continue
            j = para.find(close, i + 1)
            if ch == "“":  # a stray straight mark may close a curly quote
                j2 = para.find('"', i + 1)
                j = j2 if j < 0 or (0 <= j2 < j) else j
            if j > i + 1 and para[j] == '"' and _reopens(para, j):
                # the quote's next paragraph, run into this one: the quote goes on
                content = para[i + 1 : j].rstrip("\x00").rstrip()
                quotes.append(_Quote(pos + i + 1, pos + i + 1 + len(content), True))
                i = j
                continue
            if j < 0:
                content = para[i + 1 :].rstrip()
                if len(content.split()) >= MIN_QUOTE_WORDS:
                    quotes.append(_Quote(pos + i + 1, pos + i + 1 + len(content), True))
                break
            end = j - 1 if para[j - 1] == "\x00" else j  # a closing '' ends on its first mark
            if end > i + 1:
                quotes.append(_Quote(pos + i + 1, pos + end))
            i = j + 1
        pos += len(para) + 1
    return quotes


def _reopens(para: str, j: int) -> bool:
    """Whether the straight mark at ``j`` opens a quote's next paragraph rather than
    closing the quote: ``…to Blackpool. "Obviously we have failed.``

    Text that lost its paragraph breaks (the BBC corpus, pasted pages) keeps the
    newspaper convention of opening each paragraph of a long quote with a mark and
    closing only the last. Paired blindly, the marks turn every second paragraph of
    the quote inside out, and its "I think" reads as a statement by "I". A mark after
    a sentence end and a space, with a word right after it, opens; a closing mark
    sits on the last word."""
    before = para[:j].rstrip("\x00")
    return (
        j + 1 < len(para)
        and before[-1:].isspace()
        and before.rstrip()[-1:] in {".", "?", "!"}
        and (para[j + 1].isalnum() or para[j + 1] in "'‘")
    )


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


def is_according(tok: Token) -> bool:
    """The "according" of "according to X", a cue without a verb."""
    return tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to"


# Verbs that make their object speak ("the row forced Smith to admit …"): the object is
# the speaker of the cue that completes them, not the verb's subject (the row).
MADE_TO_SPEAK = words("prompt force lead cause compel drive spur push provoke move get")
# Verbs that only ask or wish their object to speak ("urged the minister to explain …",
# "prefer Turkey to admit …"): the words that follow were never said, by the object or
# by the one asking.
ASKED_TO_SPEAK = words(
    "ask urge invite encourage press tell order want expect allow challenge dare beg "
    "implore request require instruct advise remind pressure persuade prefer like need wish"
)


def _subject(verb: Token) -> Token | None:
    """Who speaks through a cue.

    The verb's active subject, inherited through coordination and participles ("said
    …, but stressed", "…, saying"); the noun a relative clause hangs on ("voters, who
    said …"); the agent of a passive; the object of "according to"; the name before a
    bare colon ("Daron Shaw: “…”"); the object a verb made speak ("the pressure
    prompted the prime minister to say …").
    """
    if is_according(verb):
        source = next((c for c in verb.nbor().children if c.dep_ == "pobj"), None)
        return _author(source) if source is not None else None
    if verb.text == ":":
        return _before_colon(verb)
    if verb.text in SIGNATURE_DASHES:
        return _signed_by(verb)
    aside = _aside_speaker(verb)
    if aside is not None:
        return aside
    for child in _one_subject(verb):
        if child.dep_ == "csubj" and child.pos_ == "VERB" and child.i < verb.i:
            # "activists clamoring to block Trump say …": the parse made the participle
            # the subject; the speaker is its own subject
            subj = next((c for c in child.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ in {"NOUN", "PROPN"}:
                return subj
        if child.dep_ == "nsubj":
            if child.lower_ in {"who", "that", "which"} and verb.dep_ == "relcl":
                return _issuer(verb.head) if child.lower_ != "who" else verb.head
            if _across_paragraphs(child, verb):
                continue  # a headline's name parsed as the subject of the next paragraph
            return _author(_titled_name(child))
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if any(c.dep_ in {"nsubjpass", "expl"} for c in verb.children):
        return _agent_on_object(verb)  # "Trump was asked …", "it is said …": not the speaker
    if any(c.dep_ == "nsubj" for c in verb.children):
        # the only subject the parse gave lies in another paragraph: the name right
        # before the verb in its own paragraph is the speaker ("… , former president
        # Bill Clinton said"), else there is none
        prev = verb.doc[verb.i - 1] if verb.i else None
        if (
            prev is not None
            and prev.pos_ in {"PROPN", "NOUN"}
            and not _across_paragraphs(prev, verb)
        ):
            return prev
        return None
    prev = verb.doc[verb.i - 1] if verb.i else None
    if (
        verb.dep_ == "ROOT"
        and prev is not None
        and prev.dep_ == "appos"
        and prev.pos_ == "PROPN"
        and prev.ent_type_ in {"PERSON", "ORG"}
        and not _across_paragraphs(prev, verb)
    ):
        # "while on the trail for his wife Marta Costa, former mayor Rui Costa said …":
        # the parse hung the subject on a noun before it and left the verb without one
        return prev
    if verb.dep_ == "acl" and verb.tag_ == "VBG":  # "a statement saying …"
        return _issuer(_who_says(verb.head))
    reporter = _reporting_head(verb) or _speakers_own_act(verb)
    if reporter is not None:
        return _subject(reporter)
    if (
        verb.dep_ in {"xcomp", "advcl"}
        and verb.head.i != verb.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    ):
        made = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        lemma = verb.head.lemma_.lower()
        if made is not None and lemma in MADE_TO_SPEAK:
            return made  # "the pressure prompted the prime minister to say …"
        if made is not None and lemma in ASKED_TO_SPEAK:
            return None  # "reporters asked the minister to say whether …": no one said
    if verb.dep_ in {"conj", "advcl", "xcomp"} and verb.head.i != verb.i:
        passive = next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and verb.dep_ == "conj" and verb.head.dep_ in {"ROOT", "conj"}:
            # "Ruiz was joined on stage by Holt and joked …": the verb shares the passive
            # subject, the one joined, never the agent of the passive ("by Holt")
            return passive
        return _subject(verb.head)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.head.i != verb.head.i:
        return _subject(verb.head.head)  # "explained the headline by saying: …"
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if (
        after is not None
        and after.head.i == verb.i
        and after.dep_ in {"advmod", "npadvmod", "dobj", "attr"}
        and after.is_title
        and after.pos_ in {"PROPN", "ADV", "NOUN"}
        and not after.is_sent_start
    ):
        return after  # "“…,” said Skelly, explaining": a name the tagger took for a modifier
    return _inverted_subject(verb)


def _titled_name(subject: Token) -> Token:
    """The name a bare title coordinates with, where the parse made the title the
    subject: "GOP presidential contender and former neurosurgeon Ben Carson
    responded" is Carson with two titles, not a contender and Carson ("The senator and
    Ben Carson" with its article would be two people)."""
    if subject.ent_type_ == "PERSON" or subject.pos_ not in {"NOUN", "PROPN"}:
        return subject
    if any(c.dep_ in {"det", "poss"} for c in subject.children) or subject.tag_ in {"NNS", "NNPS"}:
        return subject
    conj = [c for c in subject.children if c.dep_ == "conj"]
    if len(conj) == 1 and conj[0].ent_type_ == "PERSON" and conj[0].i > subject.i:
        return conj[0]
    return subject


FLOATING = words("both all each")  # quantifiers that float after their subject


def _one_subject(verb: Token) -> list[Token]:
    """A verb's children with one subject where the parse gave it two: the one next
    to the verb speaks ("Speaking in Salem, New Hampshire, Trump went after Bush,
    calling him …": the state and Trump both subjects of "went"). The first stays
    where the next is a floating "both" ("figures — whose … — both suggested"), a
    piece of the same hyphenated word ("co-chairman"), the organisation a named
    person speaks for ("Colin Asplin, Blackpool Hotel Association said"), or a
    pronoun for the named first ("The consumers' association …, yet it confirms")."""
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) < 2:
        return children
    first, near = subjects[0], subjects[-1]
    glued = not near.is_alpha or not near.doc[near.i - 1].whitespace_
    own_body = first.ent_type_ == "PERSON" and near.ent_type_ == "ORG"
    named_first = near.pos_ == "PRON" and first.pos_ != "PRON"  # "The association …, yet it"
    keep = first if near.lower_ in FLOATING or glued or own_body or named_first else near
    return [c for c in children if c.dep_ != "nsubj" or c.i > verb.i or c == keep]


def _agent_on_object(verb: Token) -> Token | None:
    """ "The scheme has been branded a “disgraceful waste” by MPs": the parse hangs the
    agent of a passive cue on the cue's object, the label given; "by MPs" still names
    who branded it. Never a time, a share or a sum ("by Friday", "by 20 points")."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for obj in verb.children:
        if obj.dep_ not in {"dobj", "oprd", "attr"} or obj.i < verb.i:
            continue
        for prep in obj.children:
            if prep.dep_ != "prep" or prep.lower_ != "by":
                continue
            agent = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if (
                agent is not None
                and agent.pos_ in {"NOUN", "PROPN"}
                and agent.ent_type_ not in NOT_AGENTS
            ):
                return agent
    return None


# What "by" names that is not who did it: "by Friday", "by 20 points", "by $5m".
NOT_AGENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "CARDINAL", "QUANTITY", "ORDINAL"})


def _aside_speaker(verb: Token) -> Token | None:
    """:func:`_aside_read`, once per verb and document (kept in its ``user_data``): it
    is asked of a cue for each speaker weighed against it, and walking the cue's
    children (``Token.children`` scans the cue's whole subtree) each time added up."""
    known = verb.doc.user_data.setdefault("kg_aside_speaker", {})
    if verb.i not in known:
        found = _aside_read(verb)
        known[verb.i] = None if found is None else found.i
    at = known[verb.i]
    return None if at is None else verb.doc[at]


def _aside_read(verb: Token) -> Token | None:
    """The speaker of a cue set off by commas inside the clause it reports: "Voters,
    Ana Ruiz said on Thursday, want …" (the name before it) or "The ferry, said Ana
    Ruiz, will …" (the name after it). The parse may join that name to the clause's
    subject, or give the cue the clause's subject beside it; the name between the
    commas is the one speaking."""
    doc = verb.doc
    if verb.dep_ != "parataxis" or verb.i == 0:
        return _aside_as_apposition(verb)
    if any(c.dep_ in {"dobj", "ccomp"} for c in verb.children):
        return None
    close = verb.i + 1  # the comma closing the aside, where the cue's own words end
    while close < len(doc) and doc[close].text != "," and verb.is_ancestor(doc[close]):
        close += 1
    if close >= len(doc) or doc[close].text != ",":
        return None
    if doc[verb.i - 1].text == ",":  # "…, said Ana Ruiz, …"
        end = verb.i + 1
        while end < len(doc) and doc[end].pos_ in NAME_PARTS:
            end += 1
        name = doc[end - 1]
        opened = end == close
    else:  # "…, Ana Ruiz said, …"
        start = verb.i - 1
        while start > 0 and doc[start - 1].pos_ in NAME_PARTS:
            start -= 1
        name = doc[verb.i - 1]
        opened = start > 0 and doc[start - 1].text == ","
    if not opened or name.pos_ not in {"PROPN", "NOUN"} or _across_paragraphs(name, verb):
        return None
    return name


def _aside_as_apposition(verb: Token) -> Token | None:
    """ "Voters, Ana Ruiz said on Thursday, want …" parsed as "Voters, Ana Ruiz" (a name
    in apposition) saying "want …": the name right before the cue speaks when the
    clause after the aside has no subject of its own, the one before the aside."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if subject is None or clause is None:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in clause.children):
        return None  # "The mayor, Ana Ruiz, said the port …": an apposition indeed
    name = next((c for c in subject.children if c.dep_ == "appos"), None)
    if name is None or name.right_edge.i + 1 != verb.i or name.pos_ != "PROPN":
        return None
    comma = doc[clause.left_edge.i - 1] if clause.left_edge.i > verb.i + 1 else None
    if comma is None or comma.text != "," or doc[name.left_edge.i - 1].text != ",":
        return None
    return name


# The words of a name or a title before it: "Mayor Ana Ruiz", "the harbour master".
NAME_PARTS = frozenset({"PROPN", "NOUN", "ADJ", "DET"})


def _named_outright(cue: Token, speaker: Token) -> bool:
    """Whether the cue's own words name its speaker beyond doubt: the agent of a
    passive cue ("Asked by the Courier whether …") or the name of an aside ("Voters,
    Ana Ruiz said, want …"); the subject the parse hung elsewhere in the sentence, or
    the one answering, is not who spoke."""
    agent = speaker.dep_ == "pobj" and speaker.head.dep_ == "agent" and speaker.head.head == cue
    return agent or _aside_speaker(cue) == speaker or _agent_on_object(cue) == speaker


def _asked_in_passing(verb: Token) -> bool:
    """ "Asked whether …, Ruiz said", "he said when asked if …": a passive participle of
    a question set on the answer's verb, with no subject or agent of its own; the one
    asked is the answer's subject, who speaks a quote set on it but never asked what
    it reports."""
    return (
        verb.lemma_ in PASSIVE_CUES
        and verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and not any(c.dep_ in {"nsubj", "nsubjpass", "agent"} for c in verb.children)
    )


def _asker(asked: Token) -> Token | None:
    """Who asked, for a question set on an answer (:func:`_asked_in_passing`): the one
    the answer was told to ("told the Courier when asked if …"), else no one named."""
    head = asked.head
    if head.lemma_ != "tell":
        return None
    return next((c for c in head.children if c.dep_ in {"dative", "dobj"}), None)


def _reporting_head(verb: Token) -> Token | None:
    """ "Ruiz told reporters that the mayor “had no plan,” adding …": a participle set off
    after what someone reported hangs, in the parse, on a verb of the reported clause;
    it goes on the report, so its speaker is the reporting verb's, not the mayor."""
    if verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "xcomp", "conj"} or verb.i == 0:
        return None
    if not verb.doc[verb.i - 1].is_punct:
        return None
    head, path = verb.head, []
    while head.head.i != head.i and head.dep_ != "relcl":
        path.append(head.dep_)
        head = head.head
        if "ccomp" in path and head.pos_ == "VERB" and head.lemma_ in REPORTING_VERBS:
            # the report first ("X said …, adding"), not "“…, calling it …,” X said"
            return head if head.i < verb.head.i else None
    return None


def _reporter_subject(tok: Token) -> Token | None:
    """The subject of the reporting verb whose reported clause ``tok`` is the subject
    of ("The Tories said they were glad"), when it is a noun phrase."""
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    head, path = tok.head, []
    while head.head.i != head.i and head.dep_ != "relcl":
        path.append(head.dep_)
        head = head.head
        if path[-1] == "ccomp" and head.pos_ == "VERB" and head.lemma_ in REPORTING_VERBS:
            subject = _subject(head)
            if subject is not None and subject.pos_ in {"NOUN", "PROPN"}:
                return subject
            return None
    return None


def _body_agrees(tok: Token, pronoun: str, index: ActorIndex) -> bool:
    """Whether a noun can be what "it" (one body, not a person) or "they" (several, or
    a body) stands for."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    mention = index.actor_at(tok)
    if mention is not None and mention.kind == PERSON:
        return False
    plural = tok.tag_ in {"NNS", "NNPS"}
    return not plural if pronoun == "it" else plural or mention is not None


def _relayed_by(tok: Token) -> bool:
    """Whether a token is the object of "according to": a relay when the statement has
    a cue of its own, which it then keeps as its speaker (``Statement.relay``)."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "to" and is_according(tok.head.head)


def _relative_word(cue: Token | None, speaker: Token) -> Token | None:
    """The "who" through which a relative clause's cue speaks for the noun it hangs on,
    also from a verb joined to that clause ("Ryan, who met Trump, declaring …")."""
    verb = cue
    while verb is not None and verb.dep_ in {"conj", "advcl", "xcomp"} and verb.head.i != verb.i:
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            return None  # a subject of its own: not the relative clause's
        verb = verb.head
    if verb is not None and verb.dep_ == "relcl" and verb.head.i == speaker.i:
        word = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb is cue or (word is not None and word.lower_ == "who"):
            return word  # through a joined verb, only a person's "who" (PolNeAR's mark)
    return None


# Verbs that send a message to someone ("emailed supporters saying …"): the sender speaks.
SENDING = words("email e-mail text message mail send tweet write")


def _who_says(noun: Token) -> Token:
    """The noun a participle of speech set on ``noun`` speaks for: the sender of
    "emailed supporters saying …" (the parse hangs the message on the ones it went to),
    else ``noun``."""
    if noun.dep_ in {"dobj", "dative"} and noun.head.lemma_.lower() in SENDING:
        sender = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
        if sender is not None and sender.pos_ in {"NOUN", "PROPN", "PRON"}:
            return sender
    return noun


# Texts whose author, named with "by", speaks through them ("an article written by Ian
# Tuttle accuses …", "according to calculations by Amy Glasmeier").
AUTHORED = ISSUED | words("article column op-ed editorial book calculation analysis")


def _author(noun: Token) -> Token:
    """The person or body that wrote a text ("An article written by Ian Tuttle accuses
    …", "calculations by Amy Glasmeier"), who then speaks through it; else ``noun``."""
    if noun.lemma_.lower() not in AUTHORED:
        return noun
    by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
    if by is None:
        made = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
        by = next((c for c in made.children if c.dep_ == "agent"), None) if made else None
    writer = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
    if writer is None or (
        writer.ent_type_ not in {"PERSON", "ORG", "NORP", "GPE"}
        and (writer.pos_ != "PROPN" or writer.ent_type_)  # "a report by TMZ": untagged
    ):
        return noun
    return writer


def _seen_by(verb: Token, then: Token) -> Token | None:
    """Who holds a view a passive names ("is seen as weak by a quarter of voters", "was
    viewed as a victory by some in the movement", where the parse hangs "by" on the
    noun after "as"), else None: the view is theirs, not no one's."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is None and then.dep_ == "prep":
        noun = next((c for c in then.children if c.dep_ == "pobj"), None)
        agent = next(
            (c for c in (noun.children if noun is not None else ()) if c.lower_ == "by"), None
        )
    if agent is None:
        return None
    return next((c for c in agent.children if c.dep_ == "pobj"), None)


# Things people carry that then speak for them ("protesters held signs calling …").
CARRIED = words("sign banner placard poster")
# Nouns that count the texts after "of" ("unleashed a series of tweets criticizing …").
BATCHES = words("series string barrage flurry stream volley pair couple number raft spate")


def _issuer(noun: Token) -> Token:
    """Who speaks through a text they put out: "Gowdy released a statement saying …",
    "the PAC ran an ad that attacked …", "Holt unleashed a series of tweets attacking
    …", "protesters held signs calling …" are Gowdy's, the PAC's, Holt's and the
    protesters' words; a statement or an ad no one is said to issue speaks for itself."""
    if noun.lemma_.lower() not in ISSUED | CARRIED:
        return noun
    put_out = noun  # the phrase the verb takes: the text, or the batch it comes in
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ in BATCHES:
        put_out = noun.head.head
    if put_out.dep_ != "dobj" or put_out.head.pos_ != "VERB":
        return noun
    subject = _subject(put_out.head)
    if subject is None or subject.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return noun
    return subject


def _a_thing(tok: Token, mention: object | None) -> bool:
    """Whether a speaker word is a thing that cannot speak for itself ("The rejection",
    "an ad", "The timing"): a common noun naming no actor, no speaker, holder or
    evidence; the parse often makes such a fronted noun the subject of a cue whose
    speaker stands after it. Written in lower case: a capitalised "noun" is most often a
    name the tagger missed ("Sanders: Clinton needs …" in a headline)."""
    lemma = tok.lemma_.lower()
    return (
        tok.pos_ == "NOUN"
        and tok.is_lower
        and mention is None
        and lemma not in SPEAKER_NOUNS
        and lemma not in HOLDERS
        and lemma not in EVIDENCE_NOUNS
        and tok.lower_ not in QUANTIFIERS
    )


def _no_speech_act(cue: Token, subject: Token, mention: object | None) -> bool:
    """Whether a cue's subject says nothing through it. A relative "that" or "which"
    speaks for its noun, and a thing cannot ("an incident that threatens the peace talks
    …"; "a statement that said …" speaks for its issuer, "a poll which found …" is
    evidence). "Threaten" with an object, or with a thing for its subject, is to
    endanger ("the shelling threatens the talks", "the storm threatens to flood the
    town"), no threat anyone utters; "Russia threatened to retaliate" stays."""
    relative = cue.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ in {"that", "which"} for c in cue.children
    )
    thing = _a_thing(subject, mention)
    if relative and subject.i == cue.head.i and thing and subject.dep_ != "appos":
        # (an apposition names its head: "China and the United States, the world's two
        # biggest polluters, which together vowed to …" speak)
        return True
    return cue.lemma_ == "threaten" and (thing or any(c.dep_ == "dobj" for c in cue.children))


def _named_after(tok: Token, cue: Token) -> bool:
    """Whether a name follows its cue closely, with no punctuation between: the
    inverted "…, said Geert Wilders, founder of …" of news copy."""
    if not tok.i > cue.i or tok.pos_ != "PROPN" or tok.i - cue.i > 4:
        return False
    return not any(t.is_punct for t in tok.doc[cue.i + 1 : tok.i])


def _before_colon_of_quote(tok: Token) -> bool:
    """Whether a name ends just before a colon that opens a quotation: "doesn't surprise
    Republican pollster Daron Shaw: “…”"."""
    doc = tok.doc
    nxt = tok.i + 1
    if tok.pos_ != "PROPN" or nxt + 1 >= len(doc) or doc[nxt].text != ":":
        return False
    return doc[nxt + 1].text[:1] in QUOTE_OPENERS


def _across_paragraphs(a: Token, b: Token) -> bool:
    """Whether a line break lies between two tokens: no subject reaches across one."""
    lo, hi = sorted((a.i, b.i))
    breaks = line_breaks(a.doc)  # read once per document, not the tokens between each time
    k = bisect_left(breaks, lo)
    return k < len(breaks) and breaks[k] < hi


def _inverted_subject(verb: Token) -> Token | None:
    """ "“…,” added another New Hampshire Republican": after a quote the speaker may
    follow its verb, and the parse then takes the noun phrase for an object."""
    doc = verb.doc
    before = doc[max(0, verb.i - 2) : verb.i]
    if verb.lemma_ in TAKES_OBJECT or not any(t.is_quote for t in before):
        return None  # "…,” told Fox News", "called Trump a “blowhard”": an object
    for child in verb.children:
        if (
            child.i > verb.i
            and child.left_edge.i == verb.i + 1
            and child.dep_ in {"dobj", "attr", "npadvmod", "advmod", "nsubj", "dative", "oprd"}
            and child.pos_ in {"NOUN", "PROPN"}
            and (child.right_edge.i + 1 == len(doc) or doc[child.right_edge.i + 1].is_punct)
        ):
            return child  # the phrase closes the sentence or the clause, as a speaker does
    return _phrase_after(verb)


# Words that stand for a speaker named before ("“…,” tweeted another").
OTHER_ONE = words("another other others one")


def _phrase_after(verb: Token) -> Token | None:
    """ "“…,” said the woman, who …", "“…,” tweeted another": the noun phrase right
    after a cue that follows a quote, when it closes the clause but the parse hung it
    on another verb or took it for something else; its last noun is the speaker."""
    doc, head = verb.doc, None
    for tok in doc[verb.i + 1 : min(len(doc), verb.i + 7)]:
        if tok.is_punct and tok.text != "-":
            break
        if "\n" in tok.text or (tok.ent_type_ in _WHEN and not _age(tok)):
            return None
        if tok.pos_ in {"NOUN", "PROPN"} or tok.lower_ in OTHER_ONE or _age(tok):
            head = tok
        elif tok.pos_ not in {"DET", "ADJ", "NUM"} and tok.text != "-":
            return None  # a verb, a preposition: not a name standing alone
    else:
        return None
    return head


def _age(tok: Token) -> bool:
    """Whether ``tok`` ends an age standing for a person ("the 46-year-old"), which the
    tagger marks as a date."""
    doc = tok.doc
    return (
        tok.lower_ == "old"
        and tok.i >= 2
        and doc[tok.i - 1].text == "-"
        and doc[tok.i - 2].lower_ in {"year", "years"}
    )


def _before_colon(colon: Token) -> Token | None:
    """The head of a verbless name phrase right before a colon, if there is one."""
    doc = colon.doc
    if colon.i == 0:
        return None
    tok = doc[colon.i - 1]
    while tok.head.i != tok.i and tok.head.i < colon.i and tok.head.i >= colon.sent.start:
        tok = tok.head
    phrase = doc[max(tok.left_edge.i, colon.sent.start) : colon.i]
    if tok.pos_ not in {"PROPN", "NOUN"} or any(t.pos_ in {"VERB", "AUX"} for t in phrase):
        return None
    return tok


def _signed_by(dash: Token) -> Token | None:
    """The head of the name after a signature dash ("“…” ― Sonya Ruiz"), if the
    words up to the line's end are a name."""
    doc, words = dash.doc, []
    for tok in doc[dash.i + 1 :]:
        if "\n" in tok.text or (words and tok.i > words[-1].i + 1):
            break
        if tok.text.strip() and tok.text != ".":
            words.append(tok)
        if tok.whitespace_ and "\n" in tok.whitespace_:
            break
    if not words or any(t.pos_ not in {"PROPN", "NOUN", "ADJ", "PUNCT"} for t in words):
        return None
    heads = [t for t in words if not words[0].i <= t.head.i <= words[-1].i or t.head.i == t.i]
    return heads[0] if len(heads) == 1 else words[-1]


def _speech_like(verb: Token, strict: bool = True) -> bool:
    """Whether a verb next to a quote can be its cue: a reporting verb, or a verb of
    manner that ends its clause ("he barked.", "Trump answered,"), not "is" or "had
    prepared a statement"."""
    if verb.lemma_.lower() in REPORTING_VERBS:
        return True
    if verb.lemma_ in {"be", "have", "get", "do"}:
        return False
    if strict and any(c.dep_ in {"dobj", "attr", "acomp", "xcomp", "ccomp"} for c in verb.children):
        return False
    return verb.pos_ == "VERB"


def _runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """Character spans of the contiguous runs of ``tokens`` (sorted by position)."""
    runs: list[tuple[int, int]] = []
    prev = None
    for t in sorted(tokens, key=lambda t: t.i):
        if prev is not None and t.i == prev.i + 1:
            runs[-1] = (runs[-1][0], t.idx + len(t.text))
        else:
            runs.append((t.idx, t.idx + len(t.text)))
        prev = t
    return runs


def _clause(head: Token, drop: Token | None = None) -> list[Token]:
    """A clause's tokens without a leading "that" and without ``drop``'s subtree."""
    skip = {t.i for t in drop.subtree} if drop is not None else set()
    marks = {c.i for c in head.children if c.dep_ == "mark" and c.lower_ == "that"}
    return [t for t in head.subtree if t.i not in skip and t.i not in marks]


def _speakers_own_act(verb: Token) -> Token | None:
    """The reporting verb whose speaker does ``verb``, when the parse hung the
    speaker's second act inside what they said: "Blair said Labour would set out plans
    and attacked the Tory plans", "said the talks had failed, and accused the unions".
    A verb with no subject of its own, joined to the reported clause, in the report's
    tense, after a comma or in another tense than the clause ("would set" … "attacked"),
    is the speaker's; else None (in "said prices rose and fell" both are reported)."""
    if verb.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in verb.children):
        return None
    if verb.lemma_ in {"have", "be"}:  # "said it had identified … and had yet to": reported
        return None
    clause = verb.head
    report = clause.head
    if clause.dep_ != "ccomp" or report.i > clause.i or report.lemma_ not in REPORTING_VERBS:
        return None
    if verb.tag_ != report.tag_ or verb.tag_ not in {"VBD", "VBZ"}:
        return None
    comma = verb.doc[verb.left_edge.i - 2] if verb.left_edge.i > 1 else None
    after_comma = comma is not None and comma.text == "," and comma.head.i == clause.i
    own_tense = clause.tag_ == verb.tag_ and not any(c.dep_ == "aux" for c in clause.children)
    shared_have = clause.tag_ == "VBN" and any(  # "said he had spoken … and urged
        c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children
    )  # restraint": "urged" may share "had"
    return report if after_comma or not (own_tense or shared_have) else None


def _complement(verb: Token) -> list[tuple[int, int]] | None:
    """The content a cue introduces, as character spans of the clean text.

    "said that …" and "…, he said" (clausal complement on either side); "This
    campaign, he says, is different" (a parenthetical cue: the clause around it); "X
    vowed to retaliate" (an infinitive after a verb of promise, demand or intent);
    "according to X, …" (the clause the phrase modifies); "expressed hope that …".
    """
    if is_according(verb):
        head = verb.head
        while head.pos_ not in {"VERB", "AUX"} and head.head.i != head.i:
            head = head.head
        if head.i == verb.i:
            return None
        return _runs(_clause(head, drop=verb)) or None
    for child in verb.children:
        if child.dep_ == "ccomp":
            words = _clause(child)
            own = [
                c.left_edge.i
                for c in child.children
                if (by := _speakers_own_act(c)) is not None and by.i == verb.i
            ]
            if own:  # "said Labour would set out plans and attacked …": up to the act
                words = [t for t in words if t.i < min(own)]
                while words and (words[-1].is_punct or words[-1].dep_ == "cc"):
                    words.pop()
            return _runs(words)
    for prep in verb.children:  # "said in a statement that …": parsed onto the noun
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and obj.lemma_.lower() in CHANNEL_NOUNS:
                for c in obj.children:
                    if c.dep_ in {"acl", "ccomp", "relcl"} and any(
                        m.dep_ == "mark" and m.lower_ == "that" for m in c.children
                    ):
                        return _runs(_clause(c))
                    if c.dep_ == "relcl" and c.left_edge.lower_ == "that" and c.left_edge.i > obj.i:
                        # "wrote in a letter that the tax would pass", parsed as if the
                        # letter were what would pass
                        that = c.left_edge
                        return _runs([t for t in c.subtree if t.i != that.i])
    if verb.dep_ == "parataxis" and verb.head.i != verb.i:
        # the clause around the aside, with the words the parse hung on the cue before
        # the aside opens ("The ferry, said Ana Ruiz, will …": "The ferry" is reported)
        opening = verb.i  # the comma the aside opens with, the name after the cue
        kept = [
            t
            for t in verb.subtree
            if t.i < opening - 1
            and not t.is_punct
            and not (t.head.i == verb.i and t.dep_ in {"advmod", "cc"})
        ]  # "Also, said Ruiz, …": the link word is the writer's, not what was said
        if _aside_speaker(verb) is None or verb.doc[opening - 1].text != ",":
            kept = []
        return _runs(_clause(verb.head, drop=verb) + kept) or None
    if (
        verb.dep_ == "advcl"
        and verb.head.i != verb.i
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not any(c.dep_ in {"dobj", "xcomp", "ccomp"} for c in verb.children)
    ):
        return _runs(_clause(verb.head, drop=verb)) or None  # "As the Herald reported, …"
    if verb.lemma_ in XCOMP_CUES:
        for child in verb.children:
            if child.dep_ == "xcomp" and child.i > verb.i:
                start = min(
                    [c.left_edge.i for c in verb.children if c.dep_ == "dobj" and c.i < child.i]
                    + [child.left_edge.i]
                )
                return _runs([t for t in verb.doc[start : child.right_edge.i + 1]])
    if verb.lemma_ in EXPRESS_VERBS:
        for obj in verb.children:
            if obj.dep_ == "dobj":
                for c in obj.children:
                    if c.dep_ in {"acl", "ccomp"}:
                        return _runs(_clause(c))
    if verb.lemma_ in STANCE_CUES:
        return _stance_content(verb)
    if verb.lemma_ in OBJECT_CUES:
        return _object_content(verb)
    return None


def _object_content(verb: Token) -> list[tuple[int, int]] | None:
    """What a speech verb with no clause reports: its direct object ("said yes",
    "recalled numerous calls"), else a bare participle the parse hung on it ("said
    legalizing it could put thousands to work")."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.i > verb.i and c.ent_type_ not in _WHEN:
            after = c.right_edge.i + 1
            if c.lemma_.lower() in EMPTY_OBJECTS or (
                after < len(c.doc) and c.doc[after].pos_ in {"AUX", "VERB"}
            ):
                return None  # "said goodbye"; "saying hunting is cruel", a clause misparsed
            if c.lemma_.lower() in ISSUED and verb.lemma_ in MODE_OF_CUE:
                return None  # "posted a video": what it says is elsewhere
            return _runs(list(c.subtree))
    for c in verb.children:
        if c.dep_ == "xcomp" and c.i > verb.i and c.tag_ == "VBG":
            return _runs(list(c.subtree))
    return None


# Pronouns a stance or speech verb may take for all it reports ("argued for them",
# "supported it"): a statement of one such word tells a reader nothing.
CONTENT_PRONOUNS = words("it them this that these those")


def _readable(toks: list[Token]) -> list[Token]:
    """A statement's content with a lone pronoun replaced by what it stands for: the
    nearest noun before it in its sentence that is itself what a stance or speech verb
    is about ("Clarke said he had supported the plans when Mr Blunkett argued for
    them": the plans, not "them"). Without one, the pronoun as it was: a guess at any
    earlier noun names the wrong thing ("the decision to close the school … supported
    it"), and dropping the statement lost attributions PolNeAR marks (dev 0.761 to
    0.760)."""
    said = [t for t in toks if not t.is_punct]
    if len(said) != 1 or said[0].lower_ not in CONTENT_PRONOUNS or said[0].pos_ != "PRON":
        return toks
    pron = said[0]
    plural = pron.lower_ in {"them", "these", "those"}
    for t in reversed(pron.doc[pron.sent.start : pron.i]):
        if t.pos_ != "NOUN" or (t.tag_ == "NNS") != plural or t.dep_ not in {"dobj", "pobj"}:
            continue
        verb = t.head.head if t.dep_ == "pobj" else t.head
        if verb.lemma_ in STANCE_CUES or verb.lemma_ in OBJECT_CUES:
            return [x for x in t.subtree if x.i < pron.i]
    return toks


def _stance_content(verb: Token) -> list[tuple[int, int]] | None:
    """What a stance verb is about: its object ("endorsed Cruz", with a reason "for …"
    or a label "“crazy”"), or the object of its preposition ("called for a ban")."""
    _, preps = STANCE_CUES[verb.lemma_]
    dobj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if dobj is not None and dobj.ent_type_ in _WHEN:
        dobj = None  # "spent Thursday …"
    if (
        verb.lemma_ in FORCE_STANCES
        and dobj is not None
        and (
            dobj.ent_type_ in {"GPE", "LOC", "FAC"}
            or dobj.lemma_.lower() in PHYSICAL_TARGETS
            or any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children)
        )
    ):
        return None  # "rebels attacked the army base": force, not words
    label = next((c for c in verb.children if c.dep_ == "oprd"), None)
    if dobj is None and label is not None and verb.lemma_ in LABELLING:
        return _runs(list(label.subtree))  # "called the owners “bloodsuckers”", one phrase
    if dobj is not None and ("" in preps or verb.lemma_ in LABELLING):
        extra = [
            c
            for c in verb.children
            if c.i > dobj.i
            and (
                c.dep_ in {"oprd", "ccomp", "xcomp", "dobj"}  # "called them “bloodsuckers”"
                or (c.dep_ == "prep" and c.lower_ in {"for", "of", "as"})
                or (c.dep_ == "prep" and c.lower_ == "with" and verb.lemma_ in FINDING_OBJECT)
            )
        ]
        label_appos = any(  # "called Mrs. Schlafly an ''Aunt Tom''", parsed as apposition
            c.dep_ == "appos" and c.left_edge.i > dobj.i and c.doc[c.left_edge.i - 1].text != ","
            for c in dobj.children
        )
        if verb.lemma_ in LABELLING and not extra and not label_appos:
            return None  # "called a meeting", "saw a film": no position taken
        held = list(dobj.subtree)
        if dobj.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
            # "talks that both sides described as difficult": the talks, not "that"
            inside = range(verb.left_edge.i, verb.right_edge.i + 1)
            held = [t for t in verb.head.subtree if t.i not in inside]
        toks = held + [t for c in extra for t in c.subtree]
        return _runs(_readable(toks)) or None
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in preps:
            objs = [o for o in c.children if o.dep_ in {"pobj", "pcomp"}]
            if any(
                o.lemma_.lower() in CHANNEL_NOUNS | NOT_TOPICS or o.ent_type_ in _WHEN for o in objs
            ):
                return None  # "spoke on a radio show": a channel, not a topic
            toks = [t for o in objs for t in o.subtree]
            if toks:
                return _runs(_readable(toks)) or None
    return None


def _press_told(verb: Token) -> Token | None:
    """The news conference or briefing a statement was told to ("told a news conference",
    "told a Pentagon briefing"): where it was made, as "said at a news conference" is,
    not someone it was made to."""
    if verb.lemma_ != "tell":
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "dobj"
            and (
                c.lemma_.lower() == "briefing"
                or c.lemma_.lower() == "conference"
                and any(w.dep_ == "compound" and w.lower_ in {"news", "press"} for w in c.children)
            )
        ),
        None,
    )


def _addressee(verb: Token) -> str | None:
    """Whom a statement was made to: "told reporters", "told Lebanon's Al Mayadeen TV"."""
    if verb.lemma_ == "tell":
        press = _press_told(verb)  # a channel, not whom it was told to
        objs = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and c != press]
        if objs:
            return _subtree_text(objs[0], objs[-1])
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "to" and verb.lemma_ in {"say", "speak"}:
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return _subtree_text(objs[0], objs[-1])
    return None


# Where a statement was made: "in a statement", "on Twitter", "at a news conference".
CHANNEL_NOUNS = words(
    "statement interview tweet post briefing conference speech letter op-ed email broadcast "
    "programme program show appearance remark rally debate hearing address twitter facebook "
    "instagram television tv radio podcast memo release blog column editorial message video "
    "call session meeting article report"
)


def _channel(verb: Token) -> str | None:
    """The medium of a statement: a prepositional phrase on the cue naming one, or the
    news conference it was told to (:func:`_press_told`)."""
    press = _press_told(verb)
    if press is not None:
        return _subtree_text(press, press)
    for child in verb.children:
        if child.dep_ != "prep" or child.lower_ not in {"in", "on", "at", "during", "via"}:
            continue
        for obj in child.children:
            if obj.dep_ == "pobj" and (
                obj.lemma_.lower() in CHANNEL_NOUNS or obj.lower_ in CHANNEL_NOUNS
            ):
                return _subtree_text(child, obj)
    return None


# Ranks of police and army officers the English tokenizer splits from their full stop,
# which the parser then reads as a sentence's end: "…, Philadelphia Homicide Capt. James
# Clark said." (ECB+ train) leaves "James Clark said." with nothing said. Its own
# exceptions keep "Gen.", "Gov.", "Sen.", "Rep.", "Dr." whole.
RANKS = frozenset(
    ("Capt", "Sgt", "Lt", "Lieut", "Col", "Maj", "Cpl", "Pvt", "Cmdr", "Cdr", "Brig", "Det")
    + ("Insp", "Supt", "Atty", "Amb")
)


def _before_rank(cue: Token) -> list[tuple[int, int]] | None:
    """What a bare "James Clark said." says when the sentence before it ends on the
    speaker's rank: that sentence up to the comma before the rank's phrase ("She then
    opened fire on the others, Philadelphia Homicide Capt.")."""
    sent = cue.sent
    doc = cue.doc
    first = sent.start
    if (
        first < 4
        or doc[first - 1].text != "."
        or doc[first - 2].text not in RANKS
        or doc[first - 2].whitespace_
        or not any(c.dep_ == "nsubj" and c.left_edge.i == first for c in cue.children)
        or any(t.i > cue.i and not t.is_punct and not t.is_space for t in sent)
    ):
        return None
    before = doc[first - 2].sent
    if "\n" in doc_text(doc)[before.start_char : cue.idx]:
        return None  # a rank that ends a paragraph or a line is no speaker's
    commas = [t for t in before if t.text == "," and t.i < first - 2]
    if not commas or any(
        not (t.is_title or t.is_upper) for t in doc[commas[-1].i + 1 : first - 1]
    ):
        return None  # the rank must follow its comma with capitalised words only
    return [(before.start_char, commas[-1].idx)]


def _subtree_text(first: Token, last: Token) -> str:
    """The document's own text from ``first``'s subtree to ``last``'s."""
    doc = first.doc
    return doc[first.left_edge.i : last.right_edge.i + 1].text


def _relay(sent: Span) -> Token | None:
    """The source of "according to X" in a sentence, if any. Only its "according"s are
    looked at (from the document's table, :func:`actors._where`): every statement asks
    it of its sentence, and a walk over the sentence's words each time added up."""
    for i in _where(sent, LOWER, ("according",)):
        if is_according(sent[i]):
            return _subject(sent[i])
    return None


def _phrase(tok: Token) -> str:
    return _subtree_text(tok, tok)


# Words that threaten whatever the verb that reports them: "our armed forces are ready
# to strike", "will have grave consequences", "will pay a heavy price". A threat is typed
# a warning, the closed set's type for "threaten" (kg.model.STATEMENT_TYPES).
THREAT = re.compile(
    r"\b(?:ready|prepared|poised|not hesitate|determined) to (?:strike|attack|hit|retaliate|"
    r"respond (?:with force|militarily|forcefully)|fire|destroy|crush)\b"
    r"|\bwill (?:strike|retaliate|hit back|crush|destroy)\b"
    r"|\b(?:grave|severe|dire|serious|devastating) consequences\b"
    r"|\bwill pay (?:a |the )?(?:heavy |high )?price\b",
    re.IGNORECASE,
)


def statement_type(cue: Token | None, content: str) -> str:
    """What a statement does, from its cue and from its own words: a question by its
    mark, a threat said with a plain "said" by what it threatens."""
    if content.rstrip(" ”\"'’").endswith("?"):
        return "question"
    typed = _cue_type(cue, content)
    if typed == "claim" and THREAT.search(content):
        return "warning"
    return typed


def _cue_type(cue: Token | None, content: str) -> str:
    if cue is None or cue.text in BARE_CUES or is_according(cue):
        return "claim"
    lemma = cue.lemma_.lower()
    if lemma == "ask":
        words = content.lower().split()
        if (
            words
            and words[0] in {"to", "for"}
            or any(c.dep_ == "xcomp" for c in cue.children)
            or any(c.dep_ == "prep" and c.lower_ == "for" for c in cue.children)
        ):
            return "demand"
        return "question"
    if lemma in CUE_TYPES:
        return CUE_TYPES[lemma]
    if lemma in LABELLING and any(c.dep_ in {"dobj", "oprd"} for c in cue.children):
        return "claim"  # "called them “bloodsuckers”": a label, not a call for something
    if lemma in NOUN_CUES and cue.pos_ == "NOUN":
        return NOUN_CUES[lemma][0]
    return STANCE_CUES[lemma][0] if lemma in STANCE_CUES else "claim"


def statement_mode(cue: Token | None, speaker: Token | None, channel: str | None) -> str:
    """Speech, writing, belief, finding or stance: how the speaker holds the content.

    Read off the cue ("believes" a belief, "endorsed" a stance, "wrote" writing), its
    subject (a poll or a study makes a finding whatever the verb: "a poll says …") and
    its channel (said "in a statement" or "on Twitter" is writing)."""
    source = speaker
    if cue is not None and is_according(cue):
        source = _subject(cue)
    if source is not None and source.lemma_.lower() in EVIDENCE_NOUNS:
        return FINDING
    if cue is None or cue.text in BARE_CUES or is_according(cue):
        return SPEECH
    lemma = cue.lemma_.lower()
    if lemma in NOUN_CUES and cue.pos_ == "NOUN":
        return NOUN_CUES[lemma][1]
    mode = MODE_OF_CUE.get(lemma, SPEECH)
    if mode == SPEECH and channel and any(w in WRITTEN_CHANNELS for w in channel.lower().split()):
        return WRITING
    return mode


def _noun_complement(noun: Token) -> list[tuple[int, int]] | None:
    """What a position noun attributes: "the claim that …", "his plan to …", "support
    for the wall", "criticism of the deal" (an "of" object only after a possessor, as
    "the support of voters" names who supports)."""
    for c in noun.children:
        if c.dep_ in {"acl", "ccomp", "relcl"} and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children
        ):
            return _runs(_clause(c))
        if (
            c.dep_ in {"acl", "xcomp"}
            and c.i > noun.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ):
            return _runs(list(c.subtree))
    possessed = any(c.dep_ == "poss" for c in noun.children)
    for c in noun.children:
        if c.dep_ == "prep" and (c.lower_ in NOUN_PREPS or (c.lower_ == "of" and possessed)):
            objs = [  # "his remarks on Saturday": the day is when, never what was said
                o
                for o in c.children
                if o.dep_ in {"pobj", "pcomp"} and o.ent_type_ not in {"DATE", "TIME"}
            ]
            toks = [t for o in objs for t in o.subtree]
            if toks:
                return _runs(_readable(toks)) or None
    return None


def _noun_subject(noun: Token) -> Token | None:
    """Who holds a position noun: its possessor ("Trump's support"), its "by" agent,
    or the subject of the verb that voices it ("Sanders expressed support for …")."""
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            return next((o for o in c.children if o.dep_ == "pobj"), None)
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in LIGHT_VERBS:
        return _subject(head)
    return None


# A wire dateline opening a paragraph: "WASHINGTON (Reuters) -", "TRENTON, N.J. (AP) —",
# "CLEVELAND, July 19 (UPI) —"; a place in title case only with its agency, as in "New
# York (AFP) –", since "Ana Ruiz - …" may open a paragraph too.
DATELINE = re.compile(
    r"^[ \t]*(?:[A-Z][A-Z .'-]*[A-Z.](?:, [A-Z][A-Za-z0-9. ]*)?(?: \([A-Za-z. ]+\))?"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)*(?:, [A-Z][A-Za-z0-9. ]*)? \([A-Za-z. ]+\))"
    r"[ \t]+[-—–]+[ \t]",
    re.MULTILINE,
)


def datelines(text: str) -> list[tuple[int, int]]:
    """Clean-text spans of the datelines in ``text``: a place, never a speaker."""
    return [m.span() for m in DATELINE.finditer(text)]


# A dateline an Indian or Pakistani site prints with a colon, opening a paragraph:
# "NEW DELHI: Shares of …", "New Delhi: The police on Monday …", "Lahore, Dec 5 (PTI):".
# The same shape as a transcript's "TAPPER: …" or a headline's "Lynch: No outside
# influence …", so only a place, a date or an agency makes one (see colon_datelines).
COLON_DATELINE = re.compile(
    r"^[ \t]*([A-Z][A-Za-z'.-]*(?: [A-Z][A-Za-z'.-]*){0,2})"
    r"((?:, [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([A-Z][A-Za-z. ]*\))?):[ \t]+(?=[A-Z\"“‘'])",
    re.MULTILINE,
)
SPEAKING_WORDS = words("i we my our us me you your")


def colon_datelines(text: str, persons: Iterable[str]) -> list[tuple[int, int]]:
    """Clean-text spans of the colon datelines in ``text`` (see COLON_DATELINE).

    A label is a dateline when a date or an agency follows it, when the gazetteer knows
    it as a city or a seat of government (a country before a colon is a voice: "Russia:
    We will not withdraw"), or when it is a lone label in capitals that names no person
    of the article and opens a paragraph told in the third person; a transcript gives
    several labels, a headline's "TRUMP: I will win" speaks in the first.
    """
    found = list(COLON_DATELINE.finditer(text))
    if not found:
        return []
    named = {w.casefold() for name in persons for w in name.split()}
    labels = sum(1 for m in found if m.group(1).isupper())
    out = []
    for m in found:
        label = m.group(1)
        if gazetteer.country(label) is not None:
            continue
        place = gazetteer.entity(label)
        if m.group(2) or (place is not None and place.kind == PLACE) or gazetteer.seat(label):
            out.append(m.span())
            continue
        end = text.find("\n", m.end())
        said = set(re.findall(r"[a-z]+", text[m.end() : end if end >= 0 else None].lower()))
        if (
            label.isupper()
            and labels == 1
            and not any(w.casefold() in named for w in label.split())
            and said.isdisjoint(SPEAKING_WORDS)
        ):
            out.append(m.span())
    return out


TRAILING_JOIN = re.compile(r"[,;]?\s+(?:and|but|or|while|as)\s*$")
_WRAPPED = re.compile(r"[ \t]*\n[ \t]*[a-z]")  # a line break inside a sentence
_SENTENCE_END = re.compile(r"[.!?](?=[\"”’']?(?:\s|$))|\n")
MAX_RUN_ON = 300  # characters a wrapped sentence may run on past its line break


class _Taken:
    """The words the statements made so far report (source offsets), asked whether a
    span overlaps them: sorted by start with the furthest end reached so far, so each
    question bisects instead of walking every part of every statement."""

    def __init__(self, made: list[Statement]) -> None:
        parts = sorted((c.start, c.end) for st in made for c in st.content)
        self.starts = [s for s, _ in parts]
        self.reach = list(accumulate((e for _, e in parts), max))

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some part ``(s, e)`` has ``start < e and s < end``."""
        k = bisect_left(self.starts, end)  # the parts with s < end
        return k > 0 and self.reach[k - 1] > start


def _rstripped(text: str, end: int) -> int:
    """``len(text[:end].rstrip())`` without copying the text before ``end``."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


class _Builder:
    def __init__(self, parsed: Doc, document: Document, index: ActorIndex):
        self.doc, self.document, self.index = parsed, document, index
        self.text = document.text
        self.quotes = find_quotes(self.text)
        self.in_quote = [False] * len(parsed)
        self._columns: dict[int, numpy.ndarray] | None = None  # see _column
        signed = [(m.start("said"), m.end("said")) for m in SIGNED_QUOTE.finditer(self.text)]
        for start, end in [(q.start, q.end) for q in self.quotes] + signed:
            span = parsed.char_span(start, end, alignment_mode="expand")
            if span is not None:
                for t in span:
                    self.in_quote[t.i] = True
        self.cues = [
            t
            for t in self._candidates(POS, (VERB, AUX), also=(LOWER, ("according",)))
            if not self.in_quote[t.i]
            and (
                (
                    t.pos_ in {"VERB", "AUX"}
                    and (
                        t.lemma_ in REPORTING_VERBS
                        or t.lemma_ in EXPRESS_VERBS
                        or t.lemma_ in STANCE_CUES
                    )
                )
                or is_according(t)
            )
        ]
        self.complements = {c.i: self._in_paragraph(c, _complement(c)) for c in self.cues}
        for c in self.cues:
            if not self.complements[c.i] and c.lemma_ in REPORTING_VERBS:
                self.complements[c.i] = _before_rank(c)
        self.datelines = datelines(self.text)
        colons = colon_datelines(self.text, (m.name for m in index.mentions if m.kind == PERSON))
        if colons:
            self.datelines = sorted(self.datelines + colons)
        # position nouns ("his claim that …"): indirect statements only, never a quote's cue
        # the token each statement's speaker mention was read at, and the cue (else that
        # token) it is weighed against: the speaker mention's candidates
        self.said: dict[int, Token] = {}
        self.anchor: dict[int, Token] = {}
        # the token the weighed choice shows, where it is not ``said``'s
        self.shown: dict[int, Token] = {}
        self._sents: list[Span] | None = None
        self._nominals: _Nominals | None = None  # see speaker_choices
        self._spans: dict[int, Span] = {}  # token -> its speaker words (_speaker_span)
        self._actors: dict[int, ActorMention | None] = {}
        self._ents: dict[int, Span] | None = None  # token -> its entity, read when first asked
        self.choices: list[tuple[Statement, list[Choice]]] = []
        self.noun_cues = [
            t
            for t in self._candidates(POS, (NOUN,))
            if t.pos_ == "NOUN" and t.lemma_.lower() in NOUN_CUES and not self.in_quote[t.i]
        ]
        # indexes, so that each statement asks of its own stretch of the article, not of
        # all of it (a long article took time growing with its square): cue tokens and
        # dateline starts to bisect, the quotes by start with the earliest end from each
        # on (_holds_quote), the sentence starts and the names of persons (read when
        # first asked)
        self._cue_at = [c.i for c in self.cues]
        self._dateline_at = [s for s, _ in self.datelines]
        by_start = sorted((q.start, q.end) for q in self.quotes)
        self._quote_at = [a for a, _ in by_start]
        self._quote_end = [b for _, b in by_start]
        for k in range(len(self._quote_end) - 2, -1, -1):
            self._quote_end[k] = min(self._quote_end[k], self._quote_end[k + 1])
        self._sent_at: list[int] | None = None
        self._persons: set[str] | None = None
        self._mention_at: list[int] | None = None

    def _candidates(
        self,
        attr: int,
        values: Iterable[str | int],
        also: tuple[int, Iterable[str | int]] | None = None,
    ) -> list[Token]:
        """The tokens, in order, whose ``attr`` (or ``also``'s attribute) is one of the
        values: the passes that look for a few words ("in", ":", "expect") or one part
        of speech each walked every Token of the document; a column compare makes
        Tokens of their candidates only. Each pass still checks its full condition."""
        hit = numpy.zeros(len(self.doc), dtype=bool)
        for key, wanted in (attr, values), *([also] if also else []):
            column = self._column(key)
            for value in wanted:  # a few values each: one compare per value
                hit |= column == (value if isinstance(value, int) else get_string_id(value))
        return [self.doc[i] for i in numpy.flatnonzero(hit).tolist()]

    def _column(self, attr: int) -> numpy.ndarray:
        """One of :data:`_COLUMNS` for every token: the four are read in one
        ``Doc.to_array`` per document, not one per pass that compares them."""
        if self._columns is None:
            self._columns = dict(zip(_COLUMNS, self.doc.to_array(_COLUMNS).T, strict=True))
        return self._columns[attr]

    def in_dateline(self, tok: Token) -> bool:
        """Whether a token lies in a dateline ("WASHINGTON (AP) —"): a place, never a
        speaker, however the parse attaches it."""
        k = bisect_right(self._dateline_at, tok.idx) - 1  # in order, none overlapping
        return k >= 0 and tok.idx < self.datelines[k][1]

    def _past_dateline(self, s: int) -> int:
        """``s`` moved to the end of the dateline it lies in (and of one right after),
        as a walk over every dateline did; they are in order and apart, so the one
        that may hold ``s`` is found by bisection."""
        k = bisect_right(self._dateline_at, s) - 1
        while 0 <= k < len(self.datelines) and self.datelines[k][0] <= s < self.datelines[k][1]:
            s = self.datelines[k][1]
            k += 1
        return s

    def _in_paragraph(
        self, cue: Token, parts: list[tuple[int, int]] | None
    ) -> list[tuple[int, int]] | None:
        """Clip a cue's content to the cue's paragraph: a parse may run across a break,
        reported speech does not."""
        if not parts:
            return parts
        lo, hi = self._paragraph(cue.idx)
        return [(max(s, lo), min(e, hi)) for s, e in parts if s < hi and e > lo] or None

    def _paragraph(self, start: int, end: int | None = None) -> tuple[int, int]:
        """Clean-text bounds of the paragraph holding ``start`` (and ``end``)."""
        lo = self.text.rfind("\n", 0, start) + 1
        hi = self.text.find("\n", start if end is None else end)
        return lo, len(self.text) if hi < 0 else hi

    def _runs_on(self, end: int) -> int:
        """Where reported speech that stops at a line break really ends: a hard-wrapped
        source ("… are directly\nlinked to any wider regional settlement.") breaks a
        sentence where the parse sees a paragraph; the next line, opening in lower
        case, carries it on to its full stop."""
        wrapped = _WRAPPED.match(self.text, end)
        if not wrapped:
            return end
        stop = _SENTENCE_END.search(self.text, wrapped.end(), end + MAX_RUN_ON)
        return stop.start() if stop else end

    def evidence(self, start: int, end: int, at: int | None = None):
        """Evidence whose offsets hold its words in the source (see kg.extract.spans)."""
        return exact(self.document, start, end, at)

    def parts(self, start: int, end: int):
        """A quote's words as evidence: several parts where ingest removed text inside."""
        return exact_parts(self.document, start, end)

    def statement(
        self,
        parts: list[tuple[int, int]],
        kind: str,
        cue: Token | None,
        speaker: Token | None,
        sent: Span | None,
    ) -> Statement:
        content = []
        if kind != DIRECT and parts:
            parts = [*parts[:-1], (parts[-1][0], self._runs_on(parts[-1][1]))]
        for s, e in parts:
            s = self._past_dateline(s)  # a dateline is never part of what was said
            s, e = _strip_span(self.text, s, _close_quote(self.text, s, e))
            if kind != DIRECT and self.text[s:e].endswith(".") and e - s > 1:
                e -= 1  # the reporting sentence's full stop, not part of what was said
            if kind != DIRECT:  # "… community, and" where a parse ran into the next clause
                e = s + len(TRAILING_JOIN.sub("", self.text[s:e]))
            if any(ch.isalnum() for ch in self.text[s:e]):
                content.extend(self.parts(s, e))
        st = Statement(self.document.id, content, kind)
        self.said.pop(id(st), None)  # the id of a statement made and dropped before
        self.anchor.pop(id(st), None)
        self.shown.pop(id(st), None)
        if cue is not None:
            end = cue.idx + len(cue.text)
            if is_according(cue):
                end = cue.nbor().idx + len(cue.nbor().text)
            st.cue = self.evidence(cue.idx, end, cue.idx)
            st.addressee = _addressee(cue)
            st.channel = _channel(cue)
        st.type = statement_type(cue, st.text)
        relay = _relay(sent) if sent is not None else None
        if relay is not None and (cue is None or not is_according(cue)):
            st.relay = _phrase(relay)
            if speaker is None or (
                relay.lemma_.lower() in EVIDENCE_NOUNS and _respondents(speaker)
            ):
                # "51 percent said …, according to a survey": the poll finds it
                speaker = relay
            elif relay.lemma_.lower() in EVIDENCE_NOUNS and statement_mode(
                cue, speaker, st.channel
            ) in {BELIEF, STANCE}:
                # "Dock workers favoured Ruiz, according to polling by the union": a view
                # no one voiced, which only the document reports, is the document's
                # finding (PolNeAR train: 2 speakers right more, none wrong more)
                speaker = relay
        if speaker is not None and cue is not None and _respondents(speaker):
            speaker = _poll_of(cue, speaker) or speaker  # "In a poll, 51 percent said …"
        st.time = self._when(cue, st)
        if speaker is not None and speaker.ent_type_ in _WHEN and not _age(speaker):
            speaker = None  # "4:40 p.m. He says …": a dateline parsed into the subject
        if speaker is not None and self.in_dateline(speaker):
            # "LONDON (Reuters) - Donald Trump said": the parse took the place for the
            # subject; the speaker is the other subject, if the cue has one
            # subject, or the name the parse hung on the place ("OSLO (AP) — Harbour
            # master Ingrid Solberg … pledged": an apposition of "OSLO")
            outside = [
                c
                for c in (cue.children if cue is not None else ())
                if c.dep_ in {"nsubj", "nsubjpass"} and not self.in_dateline(c)
            ] + [c for c in speaker.children if c.dep_ == "appos" and not self.in_dateline(c)]
            speaker = outside[0] if outside else None
        if speaker is not None and _region_of_a_place(speaker):
            # "in Salem, Oregon, Donald Trump went after …": the parse took the region
            # of the place for the subject, with the name hung on it or beside it
            hung = [c for c in speaker.children if c.dep_ in {"conj", "appos"}]
            beside = [c for c in speaker.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
            named = sorted((c for c in hung + beside if c.i > speaker.i), key=lambda c: c.i)
            if named and named[0].ent_type_ in {"PERSON", "ORG", "NORP"}:
                speaker = named[0]
        st.mode = statement_mode(cue, speaker, st.channel)
        if speaker is not None:
            self.set_speaker(st, speaker, _relative_word(cue, speaker))
            if cue is not None and _named_outright(cue, speaker):
                pass  # the text names the speaker in so many words: no other outweighs it
            else:
                anchor = cue if cue is not None and cue.text not in BARE_CUES else speaker
                self.anchor[id(st)] = anchor
        elif cue is not None and cue.pos_ in {"VERB", "AUX"}:
            self.anchor[id(st)] = cue  # no speaker by the rules: one may be in its sentence
        return st

    def _when(self, cue: Token | None, st: Statement) -> TimeValue | None:
        """When it was said: a date on the cue ("said on Thursday", "told … last week"),
        else the publication date, the latest it can have been said."""
        published = self.document.published
        if cue is not None and not is_according(cue) and cue.text not in BARE_CUES:
            inside = {(c.start, c.end) for c in st.content}
            for ent in entities_in(cue.sent):
                if ent.label_ not in {"DATE", "TIME"}:
                    continue
                head = ent.root
                while head.dep_ in {"pobj", "prep", "compound", "amod"} and head.head.i != head.i:
                    head = head.head
                at = self.document.source_offset(ent.start_char)
                if head.i == cue.i and not any(a <= at < b for a, b in inside):
                    tv = normalise(ent.text, published)
                    tv.evidence = self.evidence(ent.start_char, ent.end_char, ent.root.idx)
                    return tv
        if published is None:
            return None
        return TimeValue(published.isoformat(), published, published, "day")

    def _about(self, st: Statement) -> list[str]:
        """The actors its content names, the speaker aside, in order of first mention."""
        names: list[str] = []
        for m in self._mentions_in(st.content):
            ev = m.evidence
            if m.name == st.speaker_name or m.name in names:
                continue
            if any(c.start <= ev.start and ev.end <= c.end for c in st.content):
                names.append(m.name)
        return names

    def _mentions_in(self, content: list[Evidence]) -> list[ActorMention]:
        """The index's mentions that may lie inside ``content``, in the index's order:
        those starting within one of its parts, by bisection (the index keeps them in
        text order), else all of them."""
        mentions = self.index.mentions
        if self._mention_at is None:
            at = [m.evidence.start for m in mentions]
            self._mention_at = at if all(a <= b for a, b in pairwise(at)) else []
        if len(self._mention_at) != len(mentions):
            return mentions
        at = self._mention_at
        found = {
            k for c in content for k in range(bisect_left(at, c.start), bisect_right(at, c.end))
        }
        return [mentions[k] for k in sorted(found)]

    def set_speaker(self, st: Statement, tok: Token, said_by: Token | None = None) -> None:
        """Speaker of ``st``: ``tok`` names the actor; the mention kept is the word the
        text uses next to the cue (``said_by``, e.g. "who"), else ``tok``'s phrase."""
        if self.index.actor_at(tok) is None:  # "Chile's chief negotiator, Tomas Reyes,"
            for child in tok.children:
                if child.dep_ == "appos" and (
                    self.index.actor_at(child) is not None or given_name_first(child)
                ):
                    tok = child  # "…, Theresa May, said": a name the tagger took for a date
                    break
        mention = self.index.actor_at(tok)
        src = self.document.source_offset
        if mention is not None and any(
            src(s) <= mention.evidence.start < src(e) for s, e in self.datelines
        ):
            mention = None  # the dateline's city, or a name run into the dateline
        if mention is None:  # "Iranian officials": a demonym on a group noun
            mention = self.index.group_of(tok)
        if mention is None:  # "It said": the audit office of the sentence before
            mention = self.index.collective(tok)
        named = given_name_first(tok) and tok.dep_ == "appos"
        if named and mention is not None and mention.kind != PERSON:
            mention = None  # "…, Theresa May, said" read into an organisation's name
        said = said_by if said_by is not None else tok
        own = self.doc[tok.i - 1 : tok.i + 1] if named else self._speaker_span(tok)
        span = own if said is tok else self._speaker_span(said)
        st.speaker_mention = self.evidence(span.start_char, span.end_char, said.idx)
        self.said[id(st)] = said
        st.speaker_name = mention.name if mention else own.text

    def _speaker_span(self, tok: Token) -> Span:
        """The speaker's words: its entity, else the noun phrase without clauses; never
        the dateline an entity or a phrase ran into ("LONDON (Reuters) - Ana Ruiz").
        Kept by token: the speaker weighing asks it of the same words for each statement."""
        known = self._spans.get(tok.i)
        if known is not None:
            return known
        self._spans[tok.i] = span = self._spoken_by(tok)
        return span

    def _spoken_by(self, tok: Token) -> Span:
        """:meth:`_speaker_span`, worked out."""
        span = None
        if tok.ent_type_:
            if self._ents is None:  # Doc.ents makes its spans anew on each call
                self._ents = {t: e for e in entities(self.doc) for t in range(e.start, e.end)}
            span = self._ents.get(tok.i)
        if span is None:
            left = [t for t in tok.subtree if t.i <= tok.i]
            span = self.doc[left[0].i if left else tok.i : tok.i + 1]
        start, end, doc = span.start, span.end, self.doc
        while start < tok.i and self.in_dateline(doc[start]):
            start += 1
        while (  # "The Tory co-chairman": the parse ends the phrase at "co"
            end + 1 < len(doc)
            and doc[end].text == "-"
            and not doc[end - 1].whitespace_
            and not doc[end].whitespace_
            and doc[end + 1].is_alpha
        ):
            end += 2
        return doc[start:end]

    def _inside(self, cue: Token, q: _Quote) -> bool:
        """Whether a quote lies within the content of ``cue``."""
        comp = self.complements.get(cue.i)
        if not comp:
            return False
        return comp[0][0] <= q.start and q.end <= comp[-1][1] + 1

    def nearest_cue(self, q: _Quote) -> Token | None:
        """A cue in the sentence(s) the quote touches, nearest to the quote."""
        first = self.doc.char_span(q.start, q.start + 1, alignment_mode="expand")
        last = self.doc.char_span(max(q.start, q.end - 1), q.end, alignment_mode="expand")
        if not first or not last:  # a quote of whitespace only
            return None
        lo, hi = sentence_of(first[0]).start, sentence_of(last[-1]).end
        para_lo, para_hi = self._paragraph(q.start, q.end)
        best, dist = None, None
        for k in range(bisect_left(self._cue_at, lo), bisect_left(self._cue_at, hi)):
            cue = self.cues[k]
            if lo <= cue.i < hi and para_lo <= cue.idx < para_hi:
                d = q.start - cue.idx - len(cue.text) if cue.idx < q.start else cue.idx - q.end
                at = sentence_of(cue).start
                if at != sentence_of(first[0]).start and at != sentence_of(last[-1]).start:
                    d += 100  # a cue in another sentence than the quote's ends
                if self._inside(cue, q):
                    d = -1  # the quote is this cue's complement or part of it
                elif MODE_OF_CUE.get(cue.lemma_, SPEECH) not in {SPEECH, WRITING}:
                    # "…, the aide said, that if his son had planned to …, “I would …”": a
                    # belief or a stance beside a quote is not its cue when speech is near
                    d += 50
                if dist is None or d < dist:
                    best, dist = cue, d
        if best is None:
            best = self._cue_after(q) or self._cue_before_colon(q, para_lo)
        return best

    def _cue_after(self, q: _Quote) -> Token | None:
        """ "…!” he wrote." / "“…,” Trump barked": a speaker and verb right after the quote.

        The quote itself is the evidence of speech here, so any verb counts, which
        catches the long tail of cues ("barked", "answered", "quipped").
        """
        tok = self.doc.char_span(q.end, min(len(self.text), q.end + 1), alignment_mode="expand")
        if tok is None or len(tok) == 0:  # the quote ends the text, or only a space follows
            return None
        k = tok[0].i
        while k < len(self.doc) and (self.doc[k].is_quote or self.doc[k].text in {",", "!", "?"}):
            k += 1
        window = self.doc[k : min(len(self.doc), k + 8)]
        for t in window:
            if "\n" in t.text or t.is_punct:
                return None
            if t.pos_ == "VERB" and not self.in_quote[t.i]:
                subj = _subject(t)
                if subj is None or not (k <= subj.i or subj.i > t.i) or not _speech_like(t):
                    return None
                if t.lemma_.lower() not in REPORTING_VERBS and not self.can_speak(subj, None):
                    return None  # "“…” The timing surprised …"
                if subj.lower_ in FIRST_PERSON and self.text[q.end - 1 : q.end] == ".":
                    return None  # "“… a law that works.” I think he misjudged": a new voice
                return t
        return None

    def _cue_before_colon(self, q: _Quote, para_lo: int) -> Token | None:
        """ "X said:" / "Cruz continued:" / "Daron Shaw:" ending the text before a quote,
        in the same paragraph or as the whole previous one."""
        before = self.text[para_lo : q.start].rstrip(' "“')
        end = para_lo + len(before)
        if not before:  # the quote opens its paragraph: look at the previous paragraph
            end = _rstripped(self.text, para_lo)
            if self.text[end - 1 : end] != ":":
                return None
        elif not before.endswith(":"):
            return None
        span = self.doc.char_span(end - 1, end, alignment_mode="expand")
        if span is None or span[-1].text != ":":
            return None
        colon = span[-1]
        if colon.i == 0:
            return None
        verb = self.doc[colon.i - 1]
        sent_start = colon.sent.start
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            if not sent_start <= verb.head.i < colon.i:
                break
            verb = verb.head
        if (
            verb.pos_ in {"VERB", "AUX"}
            and verb.dep_ not in {"relcl", "advcl", "acl"}  # not "… where they live:"
            and _subject(verb) is not None
            and _speech_like(verb, False)
        ):
            return verb
        head = _before_colon(colon)
        return colon if head is not None and self._colon_speaker(head) else None

    def _colon_speaker(self, head: Token) -> bool:
        """Whether the name before a bare colon can speak: a named person, body or
        country, or a speaker noun; a commodity, a label or a notice cannot."""
        if head.lemma_.lower() in LABEL_HEADS or self.in_dateline(head):
            return False
        colon = next((t for t in self.doc[head.i :] if t.text == ":"), None)
        if colon is not None and FIGURE.match(self.text, colon.idx + 1):
            return False  # "Oil: UP 58 cents", "Gold: $1,234": a market table's line
        return (
            head.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}
            or (head.is_upper and head.pos_ == "PROPN")  # a transcript's "BOULDUAN:"
            or head.text in {"Q", "A"}  # an interview's question and answer
            or self.index.actor_at(head) is not None
            or self.index.group_of(head) is not None
            or head.lemma_.lower() in SPEAKER_NOUNS
            or self._known_person(head)
        )

    def _known_person(self, head: Token) -> bool:
        """A capitalised word the article names a person by elsewhere, which the tagger
        missed here: "Trump: My plans aren't set in stone" over a story on Donald Trump."""
        return head.is_title and any(
            m.kind == PERSON and head.text in m.name.split() for m in self.index.mentions
        )

    def _fragment(self, q: _Quote, cue: Token | None) -> bool:
        """Whether a short quote is a phrase inside the writer's sentence: it runs on
        from a word that is not its cue ("the so-called “flash estimate”", "announced
        “prematurely” via") and does not end as an utterance does. "He said “No.”",
        "said “never”" and a label a labelling verb gives ("branded a “disgraceful waste”
        by MPs") stay statements; "called on him to apologise for his “ill-judged
        comment”" is a call, not a label."""
        said = self.text[q.start : q.end]
        if len(said.split()) >= FRAGMENT_WORDS or _UTTERANCE_END.search(said):
            return False
        para_lo, _ = self._paragraph(q.start, q.end)
        before = self.text[para_lo : max(para_lo, q.start - 1)].rstrip()
        if not before or not (before[-1].isalnum() or before[-1] == "-"):
            return False  # the quote opens its sentence, or follows a colon or comma
        if cue is None or cue.idx > q.start:
            return True
        gap = self.text[cue.idx + len(cue.text) : q.start - 1].split()
        hyphened = self.text[cue.idx - 1 : cue.idx] == "-"  # "the so-called “…”"
        if (
            cue.lemma_ in LABELLING
            and not hyphened
            and len(gap) <= 5
            and (not gap or gap[0].lower() not in ("on", "for", "off", "up", "in"))
        ):
            return False  # "branded a “disgraceful waste” by MPs": the label they gave
        if gap:
            return True
        # the cue's own word right before ("said “never”."): a fragment only where the
        # sentence runs on past the quote ("announced “prematurely” via press release")
        return self.text[q.end + 1 : q.end + 3].lstrip()[:1].isalnum()

    def _title_quote(self, q: _Quote) -> bool:
        """A quoted title ("told “Good Morning America”"), a channel, not a statement."""
        words = self.text[q.start : q.end].split()
        if not words or len(words) > 7 or self.text[q.start : q.end].rstrip()[-1:] in ".?!,":
            return False
        caps = [w for w in words if w[:1].isalpha() and w.lower() not in _MINOR_WORDS]
        return bool(caps) and all(w[:1].isupper() for w in caps)

    def build(self) -> list[Statement]:
        statements: list[Statement] = []
        used_cues: set[int] = set()
        complements = self.complements
        last: Statement | None = None
        last_end = -1
        last_open = False  # the quote ending at last_end was left open (its text goes on)
        pending: list[_Quote] = []  # open paragraphs of a quote whose cue is yet to come
        signed = self._signed_statements()
        statements += signed
        for q in self.quotes:
            if any(c.start <= q.start < c.end for st in signed for c in st.content):
                continue  # the quote of a signed line: made above
            cue = self.nearest_cue(q)
            if self._title_quote(q):
                continue
            if self._fragment(q, cue):
                continue  # "… apologise for his “ill-judged comment” and …": a phrase
            if cue is not None and len(self.text[q.start : q.end].split()) < MIN_QUOTE_WORDS:
                gap = q.start - cue.idx - len(cue.text) if cue.idx < q.start else cue.idx - q.end
                if gap > 4 and not self._inside(cue, q):
                    continue  # a scare quote ("called it “crazy” and said …") keeps no cue
            comp = complements.get(cue.i) if cue is not None else None
            if cue is not None and comp:
                inner = q.end - q.start
                outer = comp[-1][1] - comp[0][0]
                if self._inside(cue, q) and inner < 0.7 * outer:
                    continue  # a fragment of indirect speech: handled below as mixed
            if (
                cue is not None
                and last_open
                and cue.idx >= q.end
                and self.text[q.end - 1 : q.end] == "."
                and self._run_on(last_end, q.start)
            ):
                # the last paragraph of a quote run into one (`said: "A. "B." Critics
                # want …`): still the first paragraph's speaker; the sentence after it is
                # a new one, not its cue
                cue = None
            if cue is None:
                # no cue of its own: the next part of the previous statement when only its
                # cue sits between them ("…," she said. "…"), or a run-on paragraph
                between = self.text[last_end : q.start] if last is not None else ""
                same_para = "\n" not in between.strip() and len(between) < 200
                if last is not None and (same_para or self._run_on(last_end, q.start)):
                    last.content.extend(self.parts(*_strip_span(self.text, q.start, q.end)))
                    last_end, last_open = q.end, q.open_end
                elif q.open_end:  # may run on into a paragraph whose cue comes later
                    pending.append(q)
                continue
            if (
                cue.i in used_cues
                and last is not None
                and last.cue is not None
                and last.cue.start == self.document.source_offset(cue.idx)
            ):
                last.content.extend(self.parts(*_strip_span(self.text, q.start, q.end)))
                last_end, last_open = q.end, q.open_end
                continue
            used_cues.add(cue.i)
            parts = [(q.start, q.end)]
            while pending and self._run_on(pending[-1].end, parts[0][0]):
                run = pending.pop()
                parts.insert(0, (run.start, run.end))
            pending = []
            st = self.statement(parts, DIRECT, cue, _subject(cue), cue.sent)
            if not st.content:
                continue  # a quoted ellipsis ("said ‘…’"): no words, no statement
            statements.append(st)
            last, last_end, last_open = st, q.end, q.open_end
        for cue in self.cues:
            comp = complements[cue.i]
            stance = (cue.lemma_ in STANCE_CUES or cue.lemma_ in OBJECT_CUES) and not self._clausal(
                cue
            )
            if cue.i in used_cues or not comp or sum(e - s for s, e in comp) < (2 if stance else 8):
                continue
            if (
                (cue.lemma_ in WEAK_CUES or stance)
                and cue.dep_ in {"ccomp", "xcomp"}
                and cue.head.lemma_ in REPORTING_VERBS
            ):
                continue  # "4 in 10 say they want …": the saying is the attribution
            if (
                MODE_OF_CUE.get(cue.lemma_, SPEECH) != SPEECH
                and cue.dep_ in {"ccomp", "xcomp"}
                and cue.head.lemma_ in CUE_TYPES
                and MODE_OF_CUE.get(cue.head.lemma_, SPEECH) == SPEECH
            ):
                continue  # "he said he believes …": PolNeAR marks the saying alone
            if MODE_OF_CUE.get(cue.lemma_, SPEECH) in {BELIEF, STANCE} and _deep_in_speech(cue):
                continue  # "Holt said the plan shows the mayor does not know …": Holt's words
            sent = cue.sent if is_according(cue) else None
            if (
                sent is not None
                and any(  # the cues of its sentence, by bisection
                    c.i in used_cues or complements.get(c.i)
                    for c in self.cues[
                        bisect_left(self._cue_at, sent.start) : bisect_left(self._cue_at, sent.end)
                    ]
                    if c.i != cue.i and not is_according(c)
                )
            ):
                continue  # "…, Araghchi told Al Mayadeen, according to Tasnim": a relay
            if _asked_in_passing(cue):
                # "Asked whether …, Ruiz said": the question is not Ruiz's; its asker is
                # the one told the answer, else no one named
                asker = _asker(cue)
                kind = MIXED if self._holds_quote(comp) else INDIRECT
                st = self.statement(comp, kind, cue, asker, cue.sent)
                if asker is None:
                    self.anchor.pop(id(st), None)  # the one asked is no speaker
                if st.content:
                    statements.append(st)
                continue
            subject = _subject(cue)
            if subject is None or not self.can_speak(subject, cue):
                continue  # "messages continue to …", "exchanges continue to threaten"
            if _no_speech_act(cue, subject, self.index.actor_at(subject)):
                continue  # "an incident that threatens the peace talks": nothing is said
            if silent(cue):
                continue  # "declined to comment": a refusal to speak says nothing
            if _that_said(cue, subject):
                continue  # "That said, the council will vote …": a link, not a report
            if (
                cue.lemma_ in FINDING_OBJECT
                and not self._clausal(cue)
                and subject.lemma_.lower() not in EVIDENCE_NOUNS
            ):
                continue  # "she found a job": only polls and studies find an object
            kind = MIXED if self._holds_quote(comp) else INDIRECT
            st = self.statement(comp, kind, cue, subject, cue.sent)
            if st.mode in {BELIEF, STANCE} and subject.lower_ in SELF_WORDS:
                continue  # "I think he has a lot of people afraid": a voice's own words
            if st.content:
                statements.append(st)
        statements += self._colon_statements(used_cues)
        statements += self._noun_statements(statements)
        statements += self._that_statements(statements)
        statements += self._evidence_statements(statements)
        statements += self._hedged_statements(statements)
        statements += self._passive_statements(statements)
        self._carry_pronouns(statements)
        self._described_goes_on(statements)
        self._choose_mentions(statements)
        self._name_pronoun_bodies(statements)
        self._lift_pronouns(statements)
        self._label_first_person(statements)
        self._interview_turns(statements)
        for st in statements:  # after split quotes have all their parts
            st.about_actors = self._about(st)
        statements.sort(key=lambda s: (s.content[0].start, s.content[0].end))
        return statements

    def _noun_statements(self, made: list[Statement]) -> list[Statement]:
        """ "his claim that …", "Sanders expressed support for a ban": a position noun
        with a holder that can speak and a content; none where a verb cue already
        reported the same words."""
        taken = _Taken(made)
        out = []
        for noun in self.noun_cues:
            comp = self._in_paragraph(noun, _noun_complement(noun))
            holder = _noun_subject(noun)
            if not comp or holder is None or not self.can_speak(holder, None):
                continue
            if holder.lower_ in {"its", "their"} and self.index.actor_at(holder) is None:
                continue  # "its support for …" with no body to hold it
            at = self.document.source_offset
            if any(taken.overlaps(at(a), at(b)) for a, b in comp):
                continue
            kind = MIXED if self._holds_quote(comp) else INDIRECT
            st = self.statement(comp, kind, noun, holder, noun.sent)
            if holder.lower_ in POSSESSIVES:
                self._name_the_holder(st, noun)
            if st.content:
                out.append(st)
        return out

    def _name_the_holder(self, st: Statement, noun: Token) -> None:
        """ "Clinton has tried to explain her support for the deal": a possessive holder
        that is the subject of its own clause is that subject; the mention kept is the
        name, as the clause gives it."""
        verb = noun.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        subject = _subject(verb) if verb.pos_ in {"VERB", "AUX"} else None
        if subject is None or subject.i > noun.i or subject.lower_ in PRONOUN_NAMES:
            return
        mention = self.index.actor_at(subject)
        if mention is not None and mention.name == st.speaker_name:
            span = self._speaker_span(subject)
            st.speaker_mention = self.evidence(span.start_char, span.end_char, subject.idx)
            self.said[id(st)] = subject

    def _that_statements(self, made: list[Statement]) -> list[Statement]:
        """ "Rubio recognized that the government had lost": any other verb whose
        subject can speak and whose content is a "that" clause attributes it. Indirect
        only, and never where a cue already reported the same words."""
        taken = _Taken(made)
        at = self.document.source_offset
        out = []
        for verb in self._candidates(POS, (VERB,)):
            if (
                verb.pos_ != "VERB"
                or verb.lemma_ in REPORTING_VERBS
                or verb.lemma_ in STANCE_CUES
                or verb.lemma_.lower() in NOT_ATTRIBUTING
                or self.in_quote[verb.i]
            ):
                continue
            clause = next(
                (
                    c
                    for c in verb.children
                    if c.dep_ == "ccomp"
                    and c.i > verb.i
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                ),
                None,
            )
            subject = _subject(verb) if clause is not None else None
            if subject is None or not self.can_speak(subject, None):
                continue
            if subject.lower_ in SELF_WORDS:
                continue
            comp = self._in_paragraph(verb, _runs(_clause(clause)))
            if not comp or any(taken.overlaps(at(a), at(b)) for a, b in comp):
                continue
            st = self.statement(comp, INDIRECT, verb, subject, verb.sent)
            if st.content:
                out.append(st)
        return out

    def _passive_statements(self, made: list[Statement]) -> list[Statement]:
        """ "Holt was asked whether the port would reopen": a passive cue with no agent
        reports words whose speaker the text does not name (PolNeAR marks them with no
        Source); the passive subject is spoken to, never the speaker."""
        taken = [(c.start, c.end) for st in made for c in st.content]
        at = self.document.source_offset
        out = []
        for cue in self.cues:
            comp = self.complements.get(cue.i)
            if (
                cue.lemma_ not in PASSIVE_CUES
                or not comp
                or not any(c.dep_ == "nsubjpass" for c in cue.children)
                or any(c.dep_ == "agent" for c in cue.children)
                or any(at(a) < e and s < at(b) for a, b in comp for s, e in taken)
            ):
                continue
            st = self.statement(comp, INDIRECT, cue, None, cue.sent)
            self.anchor.pop(id(st), None)  # the one asked is no speaker
            if st.content:
                out.append(st)
        return out

    def _hedged_statements(self, made: list[Statement]) -> list[Statement]:
        """ "The report is expected to show a gain": an expectation no one is named for,
        a belief with no speaker (PolNeAR marks it with no Source). The content is the
        subject and what it is expected to do; never where a cue already reported it."""
        taken = [(c.start, c.end) for st in made for c in st.content]
        at = self.document.source_offset
        out = []
        for verb in self._candidates(LEMMA, HEDGES):
            if verb.lemma_ not in HEDGES or self.in_quote[verb.i]:
                continue
            subject = next((c for c in verb.children if c.dep_ in HEDGES[verb.lemma_]), None)
            then = next(
                (
                    c
                    for c in verb.children
                    if c.i > verb.i
                    and (c.dep_ in {"xcomp", "oprd"} or (c.dep_ == "prep" and c.lower_ == "as"))
                ),
                None,
            )
            if subject is None or then is None or subject.dep_ == "expl":
                continue
            comp = self._in_paragraph(verb, _runs([*subject.subtree, *then.subtree]))
            if not comp or any(at(a) < e and s < at(b) for a, b in comp for s, e in taken):
                continue
            seen_by = _seen_by(verb, then)
            holder = seen_by
            if holder is None and self._seems_to_someone(verb, subject):
                holder = subject
            st = self.statement(comp, INDIRECT, verb, holder, verb.sent)
            if verb.lemma_ not in CUE_TYPES or MODE_OF_CUE.get(verb.lemma_) == BELIEF:
                st.mode = BELIEF  # "is expected to", "seems to"; "is said to" stays speech
            if holder is None or seen_by is not None:
                # its subject is what it says, never who holds it; "by X" names the
                # holder in the text's own words, which no other mention outweighs
                self.anchor.pop(id(st), None)
            if st.content:
                out.append(st)
        return out

    def _seems_to_someone(self, verb: Token, subject: Token) -> bool:
        """ "Rubio seemed to offer a caveat", "many voters seem to care more …": a person,
        a group of people or a text that seems to do or think something is the one the
        reading is about, its holder as PolNeAR marks it; "the deal seems to …" has
        none."""
        if verb.lemma_ not in {"seem", "appear"} or self.in_quote[subject.i]:
            return False
        if subject.lower_ in {"he", "she", "they", "we"}:
            return True
        if subject.pos_ not in {"NOUN", "PROPN"}:
            return False
        mention = self.index.actor_at(subject)
        if mention is not None:
            return mention.kind in {PERSON, GROUP}
        return (
            subject.ent_type_ == "PERSON"
            or self.index.group_of(subject) is not None
            or subject.lemma_.lower() in HOLDERS | SPEAKER_NOUNS
        )

    def _evidence_statements(self, made: list[Statement]) -> list[Statement]:
        """ "Bush remains mired in fourth in most surveys", "In video posted online, the
        woman appears to shove …": a clause set in a poll, a survey or a video is that
        source's finding, as "according to" would make it."""
        taken = _Taken(made)
        at = self.document.source_offset
        out = []
        for prep in self._candidates(LOWER, ("in",)):
            if prep.lower_ != "in" or prep.dep_ != "prep" or self.in_quote[prep.i]:
                continue
            source = next((c for c in prep.children if c.dep_ == "pobj"), None)
            head = prep.head
            if source is None or source.lemma_.lower() not in SOURCE_IN:
                continue
            if head.pos_ not in {"VERB", "AUX"}:
                continue
            comp = self._in_paragraph(head, _runs(_clause(head, drop=prep)))
            if not comp or sum(e - s for s, e in comp) < 12:
                continue
            if any(taken.overlaps(at(a), at(b)) for a, b in comp):
                continue
            st = self.statement(comp, INDIRECT, None, source, head.sent)
            st.cue = self.evidence(prep.idx, prep.idx + len(prep.text), prep.idx)
            st.mode = FINDING
            if st.content:
                out.append(st)
        return out

    @staticmethod
    def _inside_span(comp: list[tuple[int, int]], q: _Quote) -> bool:
        return comp[0][0] <= q.start and q.end <= comp[-1][1] + 1

    def _holds_quote(self, comp: list[tuple[int, int]]) -> bool:
        """Whether any quote lies within ``comp`` (:meth:`_inside_span` of some quote):
        of the quotes starting in it, the one ending first, by bisection."""
        k = bisect_left(self._quote_at, comp[0][0])
        return k < len(self._quote_end) and self._quote_end[k] <= comp[-1][1] + 1

    def _carry_pronouns(self, statements: list[Statement]) -> None:
        """A "he" or "she" the actor index left open speaks for the named person of the
        statement just before it ("“…,” De Vries said. “…,” she added."), when that
        statement ends in the same or the previous paragraph and the text never gave
        that person the other gender: the table then names the speaker the graph
        resolves, not the pronoun."""
        ordered = sorted(statements, key=lambda s: (s.content[0].start, s.content[0].end))
        prev: Statement | None = None
        for st in ordered:
            name = (st.speaker_name or "").lower()
            if name in {"he", "she"} and prev is not None and prev.speaker_name:
                gap = self.document.source_text[prev.content[-1].end : st.content[0].start]
                if self._persons is None:  # asked once, not per statement
                    self._persons = {m.name for m in self.index.mentions if m.kind == PERSON}
                person = prev.speaker_name.lower() not in PRONOUN_NAMES and (
                    prev.speaker_name in self._persons
                    or PERSON_NAME.fullmatch(prev.speaker_name) is not None
                )
                gender = "m" if name == "he" else "f"  # "She said …" made her no "he"
                if person and gap.count("\n") <= 2 and self.index.may_be(prev.speaker_name, gender):
                    st.speaker_name = prev.speaker_name
            if st.speaker_name:
                prev = st

    def _described_goes_on(self, statements: list[Statement]) -> None:
        """A "he" or "she" speaking in the sentence right after a person the text only
        describes spoke ("The pressure prompted the prime minister to say … He told MPs:
        …"; "The prime minister's official spokesman said … But he added: …") goes on from
        that person, when the name the pronoun was resolved to carries a title that is
        not that description (Sir John Stevens, the police commissioner, named two
        sentences before): the speaker is then the description, as the reader takes it.
        A name with no title, or a title that is the description ("Home Secretary
        Charles Clarke" … "the home secretary said"), keeps the pronoun's name."""
        ordered = sorted(statements, key=lambda s: (s.content[0].start, s.content[0].end))
        titles: dict[str, set[str]] = {}
        for m in self.index.mentions:  # a title ending in a role ("fear" read off the
            # headline "Choose hope over fear - Kennedy" is none)
            if m.title and m.title.split()[-1].lower() in PERSON_NOUNS:
                titles.setdefault(m.name, set()).add(m.title.lower())
        for prev, st in pairwise(ordered):
            said, by = self.said.get(id(st)), self.said.get(id(prev))
            if said is None or by is None or said.lower_ not in {"he", "she"}:
                continue
            name = st.speaker_name
            if not name or not prev.speaker_name or name == prev.speaker_name:
                continue
            if (
                by.tag_ != "NN"
                or by.lemma_.lower() not in PERSON_NOUNS
                or self.index.actor_at(by) is not None
                or len(list(self.doc[by.i : said.i + 1].sents)) != 2
            ):
                continue  # a name, a plural, or a description further back
            known = titles.get(name)
            if known and not any(by.lemma_.lower() in t for t in known):
                st.speaker_name = prev.speaker_name

    def _name_pronoun_bodies(self, statements: list[Statement]) -> None:
        """An "it" or "they" speaker the actor index left open, named in the table by
        the body it stands for: the subject of the reporting verb whose clause it opens
        ("The Tories said they were glad …, having criticised …"), else the speaker of
        the statement just before, in the same or the previous paragraph, when that
        speaker is a body of the same number ("Opponents say … They said …"). The
        mention stays the pronoun; only the name changes, and the graph follows it."""
        ordered = sorted(statements, key=lambda s: (s.content[0].start, s.content[0].end))
        prev: Statement | None = None
        for st in ordered:
            said = self.said.get(id(st))
            pronoun = (st.speaker_name or "").lower()
            if said is not None and pronoun in {"it", "they"} and said.lower_ == pronoun:
                body = _reporter_subject(said)
                if body is not None and _body_agrees(body, pronoun, self.index):
                    mention = self.index.actor_at(body)
                    st.speaker_name = mention.name if mention else self._speaker_span(body).text
                elif prev is not None and self._body_before(prev, said, pronoun, st):
                    st.speaker_name = prev.speaker_name
                else:
                    body = self._subject_just_before(said, pronoun)
                    if body is not None:
                        st.speaker_name = self._speaker_span(body).text
            if st.speaker_name:
                prev = st

    def _subject_just_before(self, said: Token, pronoun: str) -> Token | None:
        """The noun subject of the main clause just before a main-clause "it/they
        said", when it can be that body and names no person: "The commission … had
        been asked to consider reforms. But it said its proposals …" is the
        commission's, "Opponents say … They said this is illegal" the opponents'. A
        subject in another paragraph, a pronoun, or one of the other number is not."""
        if said.dep_ != "nsubj" or first_conjunct(said.head).dep_ != "ROOT":
            return None
        sent = said.sent
        if sent.start == 0:
            return None
        before = self.doc[sent.start - 1].sent
        subject = next(
            (
                c
                for c in before.root.children
                if c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "NOUN"
            ),
            None,
        )
        if subject is None or _across_paragraphs(subject, said):
            return None
        if subject.lemma_.lower() in HUMAN_ROLES or not _body_agrees(subject, pronoun, self.index):
            return None
        if any(c.dep_ == "poss" for c in subject.children) or any(
            t.ent_type_ == "PERSON" for t in subject.subtree
        ):
            return None  # "the weekend's attempts", "the likes of John Reid": no body
        if any(
            t.pos_ in {"NOUN", "PROPN"} and _body_agrees(t, pronoun, self.index)
            for t in self.doc[sent.start : said.i]
        ):
            return None  # "… urged councils to limit increases but they warned": nearer
        return subject

    def _lift_pronouns(self, statements: list[Statement]) -> None:
        """A pronoun speaker inside a clause that hangs on another ("Sanders has made
        clear that he expects …", "what they see as …", "his support for …") stands for
        the subject of the clause it hangs on, named before it in the same sentence:
        that subject is the speaker, as PolNeAR marks it and a reader reads it; the
        pronoun of a clause of its own ("…, and he railed") stays."""
        for st in statements:
            tok = self.shown.get(id(st), self.said.get(id(st)))
            if tok is None or st.speaker_mention is None or tok.lower_ not in LIFTED:
                continue
            antecedent = _governing_subject(tok)
            if antecedent is None:
                antecedent = self._subject_before_break(tok)
                if antecedent is not None and self._agrees(antecedent, tok.lower_):
                    self.set_speaker(st, antecedent)
                    self.shown[id(st)] = antecedent
                continue
            if self.in_quote[antecedent.i]:
                continue
            if any(t.text in {".", "?", "!"} for t in self.doc[antecedent.i : tok.i]):
                continue  # two sentences the parse ran into one
            if st.kind == DIRECT and tok.head.i == self.said.get(id(st), tok).head.i:
                continue  # "“…,” he said": the quote's own speaker
            if antecedent.pos_ == "PRON":
                # the outer pronoun of the same person: only the mention moves, the name
                # stays what the pronoun was resolved to
                span = self._speaker_span(antecedent)
                st.speaker_mention = self.evidence(span.start_char, span.end_char, antecedent.idx)
                self.shown[id(st)] = antecedent
                continue
            if not self._agrees(antecedent, tok.lower_):
                continue
            self.set_speaker(st, antecedent)
            self.shown[id(st)] = antecedent

    def _subject_before_break(self, pronoun: Token) -> Token | None:
        """The noun subject a sentence opens with, for the subject pronoun of a clause
        set after a colon, a semicolon or a dash in the same sentence ("Canova has
        ripped her on social media: He said he has raised …", "Tinder suspended her
        account; it did not explain why", "Ruiz asserted that …: “…,” she claimed"): the
        clause carries on what the first one said of that subject, and PolNeAR and a
        reader name it; a clause joined by "and" or "but" ("…, and he railed") stays
        the pronoun's own."""
        if pronoun.dep_ != "nsubj" or pronoun.lower_ not in SUBJECT_PRONOUNS:
            return None
        sent = self.doc[pronoun.i].sent
        brk = next(
            (
                t.i
                for t in reversed(self.doc[sent.start : pronoun.i])
                if t.text in CLAUSE_BREAKS and not self.in_quote[t.i]
            ),
            None,
        )
        if brk is None:
            return None
        between = self.doc[brk + 1 : pronoun.i]
        if (
            len([t for t in between if not t.is_punct]) > 4
            or any(self.in_quote[t.i] or t.is_quote for t in between)
            or any(t.dep_ in {"nsubj", "nsubjpass", "expl"} for t in between)
        ):
            # another clause before the pronoun's own; or a quote, whose "he said" is
            # the quote's own speaker as PolNeAR marks it, even after a colon
            return None
        return next(
            (
                t
                for t in self.doc[sent.start : brk]
                if t.dep_ in {"nsubj", "nsubjpass"}
                and t.pos_ in {"NOUN", "PROPN"}
                and not self.in_quote[t.i]
            ),
            None,
        )

    def _label_first_person(self, statements: list[Statement]) -> None:
        """ "TAPPER: And I think …": in a transcript line opened by the speaker's name in
        capitals and a colon, "I" and "we" are that name, as a reader and PolNeAR take
        it; the label is the mention, and the actor it names, else the label, the name."""
        for st in statements:
            said = self.shown.get(id(st), self.said.get(id(st)))
            if said is None or said.lower_ not in FIRST_PERSON or self.in_quote[said.i]:
                continue
            line = TRANSCRIPT_LABEL.match(self.text, self._paragraph(said.idx)[0])
            if line is None or line.end() > said.idx:
                continue
            if line.group(1).split()[-1].lower() in LABEL_HEADS:
                continue  # "UPDATE: I …", "EDITOR'S NOTE: We …": a label, not a voice
            label = self.doc.char_span(line.start(1), line.end(1), alignment_mode="expand")
            if label is None or not len(label) or self.in_dateline(label.root):
                continue
            mention = self.index.actor_at(label.root)
            st.speaker_mention = self.evidence(line.start(1), line.end(1), label.root.idx)
            st.speaker_name = mention.name if mention else line.group(1)
            self.shown[id(st)] = label.root

    def _interview_turns(self, statements: list[Statement]) -> None:
        """ "Q: … / A: …": in an interview transcript the letters name no one; a reader
        takes "A" and the "I" of an answer for the person the introduction interviews,
        "Q" and the "I" of a question for the interviewer, named only where the
        introduction names exactly one journalist. The "I" stays the mention, and the
        letter the mention of the turn's own statement (PolNeAR marks both)."""
        turns = list(QA_TURN.finditer(self.text))
        if sum(t.group(1) == "Q" for t in turns) < 2 or sum(t.group(1) == "A" for t in turns) < 2:
            return  # one "A:" line is a label or a list, not a transcript
        guest, host = self._interview_people(turns[0].start())
        starts = [t.start() for t in turns]
        for st in statements:
            said = self.shown.get(id(st), self.said.get(id(st)))
            if said is None or self.in_quote[said.i]:
                continue
            # the turn the paragraph opens, else the one it carries on ("A: …" and a
            # second paragraph of the same answer)
            k = bisect_right(starts, self._paragraph(said.idx)[0]) - 1
            if k < 0:
                continue  # the introduction
            turn = turns[k]
            own = said.idx == turn.start(1)
            other = [c for c in said.head.children if c.dep_ == "nsubj" and c.i > said.i + 1]
            if own and said.dep_ == "nsubj" and other and st.cue and st.cue.text != ":":
                # "Q: Dock workers say …", parsed with the letter as a second subject
                self.set_speaker(st, other[0])
                continue
            if not own and said.lower_ not in {"i", "me", "my"}:
                continue
            who = guest if turn.group(1) == "A" else host
            # an unnamed interviewer: the letter stays the mention (PolNeAR marks it),
            # but no actor "Q"
            st.speaker_name = who.name if who is not None else None

    def _interview_people(self, intro_end: int) -> tuple[ActorMention | None, ...]:
        """(interviewee, interviewer) an interview's introduction names: the person it
        names most often, and the one journalist it names, if only one."""
        end = self.document.source_offset(intro_end)
        counts: dict[str, int] = {}
        first: dict[str, ActorMention] = {}
        press: dict[str, ActorMention] = {}
        for m in self.index.mentions:
            if m.kind != PERSON or m.evidence.start >= end:
                continue
            if m.title and PRESS_TITLES & set(m.title.lower().split()):
                press.setdefault(m.name, m)
            counts[m.name] = counts.get(m.name, 0) + 1
            first.setdefault(m.name, m)
        guests = [n for n in counts if n not in press]
        guest = first[max(guests, key=lambda n: counts[n])] if guests else None
        host = next(iter(press.values())) if len(press) == 1 else None
        return guest, host

    def _agrees(self, tok: Token, pronoun: str) -> bool:
        """Whether a noun can be what a third-person pronoun stands for: a person for
        "he" and "she", several or a body for "they", one body for "it"."""
        mention = self.index.actor_at(tok) or self.index.group_of(tok)
        plural = tok.tag_ in {"NNS", "NNPS"}
        if pronoun in PERSONAL:
            if plural or tok.lower_ in PRONOUN_NAMES:
                return tok.lower_ in {"he", "she"}
            if mention is not None:
                return mention.kind == PERSON
            return tok.ent_type_ == "PERSON" or tok.lemma_.lower() in HOLDERS | SPEAKER_NOUNS
        if pronoun in {"it", "its"}:
            return not plural and (mention is None or mention.kind != PERSON)
        return plural or (mention is not None and mention.kind != PERSON)

    def _body_before(self, prev: Statement, said: Token, pronoun: str, st: Statement) -> bool:
        """Whether the previous statement's speaker is the body a pronoun speaker
        carries on: a body of the same number, at most a paragraph before. What ``st``
        itself reports names no rival ("… were taken to hospital …, it said": the
        patients are not who said so), nor does a name modifying a noun ("the fire came
        from Azerbaijani positions")."""
        before = self.said.get(id(prev))
        if before is None or (prev.speaker_name or "").lower() in PRONOUN_NAMES:
            return False
        gap = self.document.source_text[
            prev.content[-1].end : self.document.source_offset(said.idx)
        ]
        if gap.count("\n") > 2 or not _body_agrees(before, pronoun, self.index):
            return False
        # another body named in between, or a subject outside what was said, is as
        # likely ("…, prompting unions to act. They …", "The commission had been asked
        # …. But it …")
        src = self.document.source_offset
        for tok in self.doc[before.i + 1 : said.i]:
            if tok.pos_ not in {"NOUN", "PROPN"} or tok.ent_type_ in {"DATE", "MONEY"}:
                continue
            other = self.index.actor_at(tok) or self.index.group_of(tok)
            if other is not None and other.name == prev.speaker_name:
                continue
            named = other is not None or tok.lemma_.lower() in SPEAKER_NOUNS
            if any(c.start <= src(tok.idx) < c.end for c in st.content):
                continue
            if tok.dep_ in {"compound", "amod"} and tok.head.pos_ == "NOUN":
                continue  # "Azerbaijani positions": a modifier; its noun is weighed
            said_in = any(c.start <= src(tok.idx) < c.end for c in prev.content)
            subject = tok.dep_ in {"nsubj", "nsubjpass"} and not said_in
            if _body_agrees(tok, pronoun, self.index) and (named or subject):
                return False
        return True

    def speaker_choices(self, st: Statement) -> list[Choice]:
        """The words that could stand as a statement's speaker mention, each with its
        features (:data:`SPEAKER_FEATURES`) and the token it was read at; the rules'
        choice first.

        The candidates are the mentions of the rules' actor in the cue's sentence and
        the two before it, in the cue's paragraph or the one before (the name a "he"
        stands for, or a "he" closer to the cue than the name), and the other actors of
        the cue's sentence (a subject the parse missed, the person behind a common noun
        the rules took), never the relay of "according to".
        """
        said, anchor = self.said.get(id(st)), self.anchor.get(id(st))
        if anchor is None:
            return []
        if said is None or st.speaker_mention is None or not st.speaker_name:
            said = None  # the rules found no speaker: "none" is the rules' choice
        if self._sents is None:
            self._sents = list(self.doc.sents)
            self._sent_at = [sent.start for sent in self._sents]
        if self._nominals is None:
            # the tokens a speaker can be (their index and character), read once per
            # document: a walk over every Token object of three sentences per
            # statement, and a ``tok.sent`` per candidate, were a tenth of extraction
            # and what of them no statement changes (their sentence, whether they are a
            # dateline's, a self word or the region after a place), not asked again for
            # every statement whose window holds them
            at = [i for i, p in enumerate(self._column(POS).tolist()) if p in NOMINAL_POS]
            toks = [self.doc[i] for i in at]
            self._nominals = _Nominals(
                at,
                [tok.idx for tok in toks],
                [bisect_right(self._sent_at, i) - 1 for i in at],
                [
                    not (
                        self.in_dateline(tok) or tok.lower_ in SELF_WORDS or _region_of_a_place(tok)
                    )
                    for tok in toks
                ],
            )
        sents, sent_at = self._sents, self._sent_at or []
        k = bisect_right(sent_at, anchor.i) - 1  # the sentence holding it
        lo, hi = sents[max(0, k - 2)].start, sents[k].end
        prev_end = _rstripped(self.text, self._paragraph(anchor.idx)[0])
        para_lo = self.text.rfind("\n", 0, prev_end) + 1  # the paragraph before the cue's
        src = self.document.source_offset
        rule = (st.speaker_mention.start, st.speaker_mention.end) if said else (-1, -1)
        seen: dict[tuple[int, int], Token] = {}
        at, chars, sent_of, free = self._nominals
        known = self._actors  # a word's actor, once asked: no Token made to look it up
        # "…, according to the results", "51 percent said …, according to a survey":
        # "according to" names the source in its own words, whoever else the sentence
        # names, however else it names the same body
        relayed = said is not None and (is_according(anchor) or _relayed_by(said))
        for j in range(bisect_left(at, lo), bisect_left(at, hi)):
            if chars[j] < para_lo or not free[j]:
                continue
            i = at[j]
            mention = known[i] if i in known else self._actor_at(self.doc[i])
            same = said is not None and mention is not None and mention.name == st.speaker_name
            if not same and (sent_of[j] != k or mention is None):
                continue  # another actor: only in the cue's own sentence
            if relayed:
                continue
            tok = self.doc[i]
            span = self._speaker_span(tok)
            if span.root.i != tok.i and not tok.ent_type_:
                continue  # a word inside a phrase: its head stands for it
            if not same and _relayed_by(span.root):
                continue  # "X said …, according to Reuters": X spoke, Reuters relays it
            key = (src(span.start_char), src(span.end_char))
            if key != rule and key[0] < rule[1] and rule[0] < key[1]:
                continue  # "Lisbon" in "a Lisbon city councillor": part of the rules' words
            seen.setdefault(key, tok)
        if said is None:
            choices: list[Choice] = [
                (None, {**dict.fromkeys(SPEAKER_FEATURES, 0.0), "none": 1.0}, None)
            ]
        else:
            choices = [
                (st.speaker_mention, self._speaker_features(st, said, anchor, k, None), said)
            ]
        for key, tok in sorted(seen.items()):
            if key != rule:
                span = self._speaker_span(tok)
                ev = self.evidence(span.start_char, span.end_char, tok.idx)
                choices.append((ev, self._speaker_features(st, tok, anchor, k, said), tok))
        return choices if said is not None or len(choices) > 1 else []

    def _actor_at(self, tok: Token) -> ActorMention | None:
        """The index's actor at a token, kept: the speaker choice asks of the same words
        for every statement of a sentence, and a pronoun's answer scans the document."""
        if tok.i not in self._actors:
            self._actors[tok.i] = self.index.actor_at(tok)
        return self._actors[tok.i]

    def _speaker_features(
        self, st: Statement, tok: Token, anchor: Token, k: int, said: Token | None
    ) -> dict[str, float]:
        """What a speaker candidate is, and where it is, next to the cue; ``said`` is the
        rules' token when ``tok`` is another candidate, None for the rules' own."""
        sents = self._sents or []
        i, a = tok.i, anchor.i
        back = k - next(j for j in range(k, -1, -1) if sents[j].start <= i)
        # each of the word's attributes read once: a spaCy attribute makes a string and
        # ``.head`` a Token per read, and this runs for every candidate of a statement
        pos, dep, head = tok.pos_, tok.dep_, tok.head
        h = head.i
        pronoun = pos == "PRON" or is_pronoun(tok.text)
        mention = self._actor_at(tok)
        src = self.document.source_offset
        at = src(tok.idx)
        # the rules' speaker word: a pronoun, a name, a noun, an actor or none
        said_pronoun = said is not None and is_pronoun(said.text)
        said_actor = self._actor_at(said) if said is not None else None
        named_same = mention is not None and mention.name == st.speaker_name
        # the subject of a verb the cue depends on ("Lena Marsh said she believes …")
        outer = dep == "nsubj" and h != a and head.is_ancestor(anchor)
        # the name a pronoun speaker stands for, earlier in the cue's sentence ("LeVell is
        # a black man on a mission to change what he thinks …")
        name_for_pronoun = (
            said_pronoun and back == 0 and i < said.i and not pronoun and named_same
        )
        return {
            "rule": float(said is None and self.said.get(id(st)) is tok),
            "none": 0.0,
            "pronoun": float(pronoun),
            "possessive": float(tok.tag_ == "PRP$" or dep == "poss"),
            "name": float(pos == "PROPN" or bool(tok.ent_type_)),
            "after_pronoun": float(said_pronoun),
            "after_name": float(said is not None and said.pos_ == "PROPN"),
            "after_noun": float(said is not None and said.pos_ == "NOUN"),
            "after_no_actor": float(said is not None and said_actor is None),
            "other_actor": float(said is not None and not named_same),
            "person": float(mention is not None and mention.kind == PERSON),
            "same_sentence": float(back == 0),
            "sentences_back": back / 2,
            "before_cue": float(i < a),
            "cue_subject": float(h == a and dep in {"nsubj", "nsubjpass"}),
            "cue_object": float(h == a and dep in {"dobj", "dative"}),
            "subject": float(dep in {"nsubj", "nsubjpass"}),
            "outer_subject": float(outer),
            "outer_for_pronoun": float(
                outer
                and said_pronoun
                and head.lemma_ in REPORTING_VERBS
                and st.mode not in {SPEECH, WRITING}
                and named_same
            ),
            "name_before": float(back == 0 and i < a and pos == "PROPN"),
            "in_quote": float(self.in_quote[i]),
            "in_content": float(any(c.start <= at < c.end for c in st.content)),
            "distance": min(abs(i - a), 40) / 40,
            "other_paragraph": float(_across_paragraphs(tok, anchor)),
            "after_thing": float(said is not None and _a_thing(said, said_actor)),
            "after_evidence": float(said is not None and said.lemma_.lower() in EVIDENCE_NOUNS),
            "named_after_cue": float(_named_after(tok, anchor)),
            "before_colon": float(_before_colon_of_quote(tok)),
            "made_to_say": float(
                anchor.dep_ in {"xcomp", "ccomp"}
                and h == anchor.head.i
                and dep in {"dobj", "dative"}
            ),
            "apposition": float(
                said is not None and dep == "appos" and (h == said.i or said.head.i == i)
            ),
            "name_for_pronoun": float(name_for_pronoun),
            "name_over_pronoun": float(name_for_pronoun and head.is_ancestor(said)),
        }

    def _choose_mentions(self, statements: list[Statement]) -> None:
        """Weigh each statement's speaker candidates by the fitted weights
        (``kg/data/speaker_weights.tsv``) and keep the best: most often one of the rules'
        actor's mentions near the cue, which leaves the actor as it is; another actor
        becomes the speaker only where the weights say so. The candidates stay in
        ``self.choices`` (bench/fit_speaker_weights.py reads them)."""
        weights = speaker_weights()
        for st in statements:
            choices = self.speaker_choices(st)
            self.choices.append((st, choices))
            if len(choices) < 2:
                continue
            ev, features, tok = max(
                choices, key=lambda c: sum(weights[f] * x for f, x in c[1].items())
            )
            if ev is None or tok is None:
                continue  # no speaker still weighs most
            if features["other_actor"] or st.speaker_name is None:
                self.set_speaker(st, tok)
            st.speaker_mention = ev
            self.shown[id(st)] = tok

    def _signed_statements(self) -> list[Statement]:
        """ "“The most unqualified man ever to run.” ― Ana Ruiz": a line that is a quote
        signed with a dash and a name, the way pull quotes and readers' voices are
        printed; the dash is the cue, the name the speaker."""
        out = []
        for m in SIGNED_QUOTE.finditer(self.text):
            said = self.text[m.start("said") : m.end("said")]
            if len(said.split()) < MIN_QUOTE_WORDS:
                continue  # "“Hope” ― Ana Ruiz": a title, not a voice
            dash = self.doc.char_span(m.start("dash"), m.end("dash"), alignment_mode="expand")
            if dash is None or not len(dash):
                continue
            speaker = _signed_by(dash[0])
            if speaker is None or self.in_dateline(speaker):
                continue
            st = self.statement(
                [(m.start("said"), m.end("said"))], DIRECT, dash[0], speaker, dash[0].sent
            )
            if st.content:
                out.append(st)
        return out

    def _colon_statements(self, used: set[int]) -> list[Statement]:
        """ "Lynch: No outside influence on FBI probe": a name, a colon, then the claim.

        The headline and briefing style. Only a short verbless name phrase opening its
        paragraph qualifies, so "Wait, it gets better:" and "4:40 p.m.:" do not.
        """
        out = []
        for colon in self._candidates(ORTH, (":",)):
            if colon.text != ":" or colon.i in used or self.in_quote[colon.i]:
                continue
            head = _before_colon(colon)
            if head is None or not self._colon_speaker(head):
                continue  # "Oil: UP 58 cents", "Editor's note: …": a label, not a voice
            start = head.left_edge.i
            para_lo, para_hi = self._paragraph(colon.idx)
            if colon.i - start > 6 or self.text[para_lo : self.doc[start].idx].strip():
                continue
            rest = self.text[colon.idx + 1 : para_hi]
            if len(rest.split()) < 3 or rest.lstrip()[:1] in QUOTE_OPENERS:
                continue
            sent_end = (
                min(colon.sent.end_char, para_hi)
                if colon.sent.end_char > colon.idx + 2
                else para_hi
            )
            st = self.statement([(colon.idx + 1, sent_end)], INDIRECT, colon, head, None)
            if st.content:
                out.append(st)
        return out

    def can_speak(self, tok: Token, cue: Token | None) -> bool:
        """Whether a subject can be the source of this cue's content.

        Speech verbs ("said", "told", "insisted") take any noun phrase: polls, aides and
        "sixty percent" speak in news. Ambiguous cues ("continue", "added", "showed")
        need an actor, a pronoun or a noun that names a speaker or a source.
        """
        if (
            tok.pos_ not in {"NOUN", "PROPN", "PRON", "NUM", "X"}
            and tok.ent_type_ not in {"PERSON", "ORG", "NORP"}
            and tok.lower_ not in QUANTIFIERS  # "Many said", "Most believe"
            and not (cue is not None and is_according(cue))  # "according to the … average"
        ):
            return False  # ("Jolly said": a surname the tagger took for an adverb passes)
        if cue is not None and (
            (cue.lemma_ not in WEAK_CUES and cue.lemma_ not in STANCE_CUES)
            or (cue.lemma_ in REPORTING_VERBS - WEAK_CUES and self._clausal(cue))
            or is_according(cue)
        ):
            return True
        if cue is not None and cue.lemma_ == "report" and self._outlet(tok, cue):
            return True
        return (
            self.index.actor_at(tok) is not None
            or self.index.group_of(tok) is not None
            or tok.lower_ in {"he", "she", "they", "we", "i", "you"}
            or tok.lemma_.lower() in SPEAKER_NOUNS
            or tok.lemma_.lower() in HOLDERS
            or tok.lower_ in QUANTIFIERS
        )

    def _outlet(self, tok: Token, cue: Token) -> bool:
        """Whether a name that "reported" a clause is a news outlet the recogniser
        missed ("TMZ reported that …", "…, ITAR-TASS reported"): a proper noun that is
        no date, place or person of the article; "the toll reported" needs an actor."""
        return (
            tok.pos_ == "PROPN"
            and tok.ent_type_ not in NOT_AGENTS | {"GPE", "LOC", "PERSON"}
            and (self._clausal(cue) or self._told_before(cue))
            and not self._known_person(tok)
        )

    def _told_before(self, cue: Token) -> bool:
        """Whether what a cue reports comes before it: "…, TMZ reported." """
        comp = self.complements.get(cue.i)
        return bool(comp) and comp[-1][1] <= cue.idx

    @staticmethod
    def _clausal(cue: Token) -> bool:
        """Whether a cue reports a clause ("asked if he would run"), which makes it speech
        whatever else the verb can mean ("asked for a delay")."""
        return any(c.dep_ == "ccomp" for c in cue.children)

    def _run_on(self, last_end: int, start: int) -> bool:
        """A quote opening the paragraph right after one left open (the run-on rule)."""
        gap = self.text[last_end:start]
        # no break at all: the next paragraph of a quote run into this one (_reopens)
        return gap.count("\n") <= 1 and not gap.replace("\n", "").strip(' "“”')


# What the speaker-mention choice weighs (:meth:`_Builder.speaker_choices`), in the
# order of ``kg/data/speaker_weights.tsv``; each is 0..1.
SPEAKER_FEATURES = (
    "rule",  # the mention the rules chose
    "none",  # no speaker, where the rules found none
    "pronoun",  # "he", "she", "they", "it", "who"
    "possessive",  # "his", "her", "its"
    "name",  # a proper name or an entity
    "after_pronoun",  # another mention than the rules' pronoun
    "after_name",  # another mention than the rules' name
    "after_noun",  # another mention than the rules' common noun ("the people")
    "after_no_actor",  # another mention than the rules' word that names no actor
    "other_actor",  # another actor than the rules'
    "person",  # a person (not an organisation, a country, a group)
    "same_sentence",  # in the cue's sentence
    "sentences_back",  # how many sentences before the cue's, 0..2, halved
    "before_cue",  # before the cue in the text
    "cue_subject",  # the cue's own subject
    "cue_object",  # the cue's object ("told reporters"): an addressee, most often
    "subject",  # the subject of some verb
    "outer_subject",  # the subject of a verb the cue depends on ("X said he promised")
    "outer_for_pronoun",  # "Ruiz said she believes …": the reporter a belief's pronoun names
    "name_before",  # a proper name before the cue in its sentence
    "in_quote",  # inside quotation marks
    "in_content",  # inside what the statement says
    "distance",  # tokens to the cue, up to 40, over 40
    "other_paragraph",  # in the paragraph before the cue's
    "after_thing",  # another mention than the rules' thing ("The rejection … said X")
    "after_evidence",  # another mention than the rules' poll, study or report
    "named_after_cue",  # a name just after the cue: "…, said Geert Wilders"
    "before_colon",  # a name before the colon of a quote: "Pollsters agree - Carl Bialik: “…”"
    "made_to_say",  # the object of the verb the cue depends on: "forced Stumpf to admit"
    "apposition",  # in apposition with the rules' word: "One pastor, Darran Whiting, said"
    "name_for_pronoun",  # the name the rules' pronoun stands for, earlier in its sentence
    "name_over_pronoun",  # … the subject of a verb over the pronoun: "X wants what he thinks"
)


@lru_cache(maxsize=1)
def speaker_weights() -> dict[str, float]:
    """The speaker-mention weights, stored as data (``kg/data/speaker_weights.tsv``, which
    says how they were fitted) so a refit changes a table, not code; 0 for a feature the
    table leaves out."""
    text = resources.files("kg").joinpath("data/speaker_weights.tsv").read_text(encoding="utf-8")
    rows = dict(
        line.split("\t")[:2] for line in text.splitlines() if line and not line.startswith("#")
    )
    return {f: float(rows.get(f, 0.0)) for f in SPEAKER_FEATURES}


# A speaker candidate: the words, their features, the token they were read at.
Choice = tuple[Evidence | None, dict[str, float], Token | None]


class _Nominals(NamedTuple):
    """The tokens of a document that can be a speaker, read once for every statement:
    their indices, characters and sentences, and whether they may speak at all (not a
    dateline's, not "you", not the region after a place)."""

    at: list[int]
    chars: list[int]
    sent: list[int]
    free: list[bool]


_WHEN = {"DATE", "TIME"}
PRONOUN_NAMES = words("he she they it we i you who")
POSSESSIVES = words("his her their its")
# A name shaped like a person's, whatever kind the tagger gave it: "Marieke de Vries".
PERSON_NAME = re.compile(
    r"[A-Z][a-z]+(?: (?:de|van|von|der|da|di|bin|al|la|le))*(?: [A-Z][a-z'’-]+){1,2}"
)
# The second person: outside quotation marks, in a transcript or a quote set off with
# two apostrophes, "you know", "you think" address the reader; nobody is reported.
SELF_WORDS = words("you your")
NOMINAL_POS = {PROPN, PRON, NOUN}  # the parts of speech a speaker mention is read at
_COLUMNS = [POS, LEMMA, LOWER, ORTH]  # the token attributes _Builder._column reads


# Heads of the phrases a poll reports its respondents by: "51 percent", "three in four",
# "the vast majority of Americans", "voters".
RESPONDENTS = words(
    "percent majority minority plurality half third quarter most many voter respondent "
    "adult american democrat republican independent people"
)


def _respondents(tok: Token) -> bool:
    """Whether a subject is a share of a poll's respondents rather than a speaker."""
    # "31% of voters": the tokenizer splits the sign off, and the sign heads the phrase
    return tok.like_num or tok.pos_ == "NUM" or tok.text == "%" or tok.lemma_.lower() in RESPONDENTS


# Subject pronouns that carry on a sentence's subject after a colon, a semicolon or a
# dash (_subject_before_break), and those breaks.
SUBJECT_PRONOUNS = words("he she it they")
CLAUSE_BREAKS = frozenset({":", ";"})
# Pronouns that stand for a subject named earlier in their sentence (_lift_pronouns).
PERSONAL = words("he she his her him")
LIFTED = PERSONAL | words("they their them it its")
# Clauses that are what another verb or a preposition takes ("made clear that he …",
# "railed against what he calls …"), or what a noun the verb takes says ("quashed
# rumours she was planning …", "showed no sign that he was planning …": the parse's
# "acl"): a pronoun subject of one stands for the subject outside, as PolNeAR marks it
# (PolNeAR train: 3 speakers right more, none wrong more); the pronoun of a clause of
# its own, a time or a reason ("as he spoke") or a relative clause ("a wall, which he
# said …", which PolNeAR marks with the pronoun: 13 right more, 21 wrong more, tried
# and left) is the speaker as it stands.
EMBEDDED = frozenset({"ccomp", "xcomp", "pcomp", "csubj", "acl"})
# The forms of a pronoun that stand for the same person or body as a subject pronoun
# of the clause they hang on ("he made clear that he …", "they swore that they …").
SAME_PERSON = {
    "he": words("he his him"),
    "she": words("she her"),
    "they": words("they their them"),
}
# Words that set a clause or a noun as the time, cause or condition of another.
CIRCUMSTANCE = words(
    "as when whenever after before since because while though although if unless until "
    "once during amid following"
)


def _region_of_a_place(tok: Token) -> bool:
    """Whether ``tok`` is the state or region that follows a place a preposition
    names ("in Salem, Oregon, …"): where something happened, never who spoke."""
    if tok.ent_type_ != "GPE":
        return False
    start = tok.i
    while (
        start > 0 and tok.doc[start - 1].ent_type_ == "GPE" and tok.doc[start - 1].ent_iob_ == "I"
    ):
        start -= 1
    if tok.doc[start].ent_iob_ != "B" or start < 2 or tok.doc[start - 1].text != ",":
        return False
    place = tok.doc[start - 2]
    return place.ent_type_ == "GPE" and place.dep_ == "pobj"


def _governing_subject(pronoun: Token) -> Token | None:
    """The noun subject before ``pronoun`` of a clause its own clause hangs on
    ("Sanders has made clear that he expects" -> Sanders; "Trump didn't back away from
    his pledge" -> Trump, the possessive's own clause counting), else None; never
    through a clause of time, reason or condition ("after he spoke", "during his
    speech"), which is an event, not what the subject holds. A subject that is the same
    pronoun ("he hedged on whether he would …") is returned too: PolNeAR and a reader
    name the outer one, and the caller keeps the name the pronoun was resolved to."""
    verb, path = pronoun.head, [pronoun]
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        path.append(verb)
        verb = verb.head
    path.append(verb)
    possessive = pronoun.dep_ == "poss"
    reported = False
    if not possessive:
        if pronoun.head.i != verb.i or verb.dep_ not in EMBEDDED:
            return None  # "…, and he railed", "as he spoke": a clause of its own
        verb = verb.head
        path.append(verb)
        if verb.lemma_ in REPORTING_VERBS and MODE_OF_CUE.get(verb.lemma_, SPEECH) in {
            SPEECH,
            WRITING,
        }:
            # "The workers said they had warned …": the report's own voice, unless the
            # reporter is the same pronoun ("He said that he would …": the outer "He")
            # or a person the pronoun names
            reported = True
    if any(t.lower_ in CIRCUMSTANCE for w in path for t in (w, *w.children)):
        return None
    for _ in range(8):
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.i != pronoun.i:
            # a report's "he" or "she" is its reporter, as the outer "He" is: "Clinton
            # adds that she has released … and called on …" (PolNeAR train: 2 right
            # more, none wrong more); a body's "they" stays the report's own voice
            personal = pronoun.lower_ in PERSONAL
            if (
                subject.i < pronoun.i
                and subject.pos_ in {"NOUN", "PROPN"}
                and (personal or not reported)
            ):
                if any(c.dep_ == "poss" for c in subject.children):
                    return None  # "Trump's aversion … his opposition": the pronoun's own
                return subject
            if subject.i < pronoun.i and pronoun.lower_ in SAME_PERSON.get(subject.lower_, ()):
                return subject  # "he made clear that he felt …": the outer "he"
            return None
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _set_in_a_poll(head: Token) -> Token | None:
    """The poll of an "in a poll" phrase that hangs on ``head``, if any."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            source = next((c for c in child.children if c.dep_ == "pobj"), None)
            if source is not None and source.lemma_.lower() in SOURCE_IN:
                return source
    return None


def _poll_of(cue: Token, share: Token | None = None) -> Token | None:
    """The poll a share of respondents answers in: "In a poll released Monday, 51
    percent said …" (a clause set in it), "A poll showed that 51 percent said …" (a
    clause it finds), "20 percent of people in a recent poll said …" (the share's own
    words), "67 percent said they had a poor view of him in a poll this month" (the
    parse hangs the poll on the clause said); the poll is the source PolNeAR and a
    reader give, the share is what it found."""
    for tok in share.subtree if share is not None else ():
        source = _set_in_a_poll(tok)
        if source is not None:
            return source
    said = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)
    for tok in said.subtree if said is not None else ():
        source = _set_in_a_poll(tok)
        if source is not None:
            return source
    verb: Token | None = cue
    for _ in range(4):
        if verb is None:
            return None
        source = _set_in_a_poll(verb)
        if source is not None:
            return source
        if verb is not cue and verb.lemma_ in FINDING_OBJECT:
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.lemma_.lower() in EVIDENCE_NOUNS:
                return subject
        if verb.dep_ not in {"ccomp", "conj"} or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def silent(cue: Token) -> bool:
    """ "declined to comment", "refused to elaborate": the refusal is no statement."""
    return cue.lemma_ in {"decline", "refuse"} and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in SILENCE for c in cue.children
    )


def _deep_in_speech(cue: Token) -> bool:
    """Whether a belief or stance cue lies deeper in the clause a speech verb reports
    ("Holt said the plan shows that the mayor does not know what …"): what the inner
    subject knows or backs is the reporter's claim, one statement, as PolNeAR marks it;
    the cue right under the speech verb ("said he believes") is the rule before this
    one, and a relative clause ("a mayor who wants …") stands on its own."""
    up, path = cue, []
    for _ in range(6):
        if up.head.i == up.i or up.dep_ == "relcl":
            return False
        path.append(up.dep_)
        up = up.head
        if (
            len(path) > 1
            and "ccomp" in path
            and up.lemma_ in CUE_TYPES
            and MODE_OF_CUE.get(up.lemma_, SPEECH) == SPEECH
        ):
            return True
    return False


def _that_said(cue: Token, subject: Token) -> bool:
    """ "That said, …", "This said, …": the phrase that concedes a point and turns to
    the next, with no one reporting anything."""
    doc = cue.doc
    return (
        cue.lower_ == "said"
        and subject.lower_ in {"that", "this"}
        and subject.i == cue.i - 1
        and subject.is_sent_start
        and cue.i + 1 < len(doc)
        and doc[cue.i + 1].text == ","
    )


_MINOR_WORDS = words("a an the of and or in on at to for with by from is")


def extract_statements(parsed: Doc, document: Document, index: ActorIndex) -> list[Statement]:
    """Direct, indirect and mixed statements of one document, with speakers."""
    return _Builder(parsed, document, index).build()

"""Whether a page is a news report or a page told in a person's own voice (a blog
post, a column, a review, a how-to, a game diary, a letter), and the stricter bar the
second kind's events must pass.

A news report tells what others did and who said so: its narrator is never "I" or
"you" outside quotes, and it says "said" and "told" often. A blog post, a column or a
how-to speaks as "I" and "we" or to "you", and quotes no one. On the 83 English pages
of two builds of real web pages with events (htmldate's news pages, trafilatura's
evaluation pages; hand labels kept outside the repository), every page with 10 or more
narrator pronouns per 1,000 words and fewer than 5 reporting verbs per 1,000 was a blog
post, a column, a how-to, a diary, a press release in the first person or a page of
quotes, except two tech and sport news stories whose "you" is generic or whose quotes
are in single marks; no wire story reached it. Such pages gave the judge's sample 41 %
real events against 85 % on news pages (a Python blog post: "Python may be left",
"Fragmenting the user base"): their sentences are musings, advice and generic claims
that read as acts.

Their events are kept only when the page tells who did them, when, or where: a named
participant, a calendar date, a named place, told as done or planned ("Mercurial 5.2
was released on November 5, 2019" stays; "a few people would hack on Python 3" goes).
A news report misread as such a page loses only its nameless, undated events.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token

from ..gazetteer import words
from ..model import ACTUAL, COUNTRY, ORGANISATION, PERSON, PLACE, PLANNED, Document
from ..taxonomy import OTHER
from .event_groups import _Mention

VOICED = "personal"  # the genre of a page told in its writer's voice
# first- and second-person words a narrator uses ("I", "we", "you"); "US" in capitals
# is the country
NARRATOR = words(
    "i me my mine myself we us our ours ourselves i'm i've i'd i'll we're we've we'll "
    "we'd you your yours yourself yourselves you're you've you'll you'd"
)
REPORTING = words("said says told according announced added stated")
VOICE_MIN = 10.0  # narrator words per 1,000 words, outside quotes
REPORTING_MAX = 5.0  # reporting verbs per 1,000 words
GENRE_MIN_WORDS = 100  # a shorter text says too little to be read
NARRATOR_MIN = 5  # fewer narrator words are a slip, not a voice
_WORD = re.compile(r"[“”\"]|[A-Za-z][A-Za-z'’]*")
_NAMED = frozenset({PERSON, ORGANISATION, COUNTRY, PLACE})
# spaCy's labels of names that say who or where ("Japanese" says neither)
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART"})
# the words of an act that say who did it, to whom and where ("by Eidos", "in Rome")
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "poss", "compound", "prep", "agent"})


def _opens(line: str, at: int) -> bool:
    """Whether the straight quotation mark at ``at`` opens a quote: it follows the
    line's start, a space or a bracket and comes before a word. A new paragraph of a
    long quote opens again without the last one closed ("... about. "If you want")."""
    before = line[at - 1] if at else " "
    after = line[at + 1] if at + 1 < len(line) else " "
    return (before.isspace() or before in "([—–-") and not after.isspace()


def _title_word(line: str, at: int, word: str) -> bool:
    """Whether a capitalised "You" or "Our" inside a sentence is a word of a title
    ("Are You Lonesome Tonight", "Sometimes You Can't Make It On Your Own"): a
    narrator's "you" is capitalised only where a sentence begins. "I" always is."""
    if not word[0].isupper() or word.lower().replace("’", "'").split("'")[0] == "i":
        return False
    before = line[:at].rstrip()
    return bool(before) and before[-1] not in ".!?:;\"'“”‘’(—–-"


def voice_rates(text: str) -> tuple[int, int, float, float]:
    """The text's words, its narrator words outside quotation marks (a quoted "we" is
    the speaker's, not the writer's; a title's "You" is no one's), those per 1,000
    words, and its reporting verbs per 1,000 words. A quote never runs past the end
    of its line."""
    count = narrator = reporting = 0
    for line in text.splitlines():
        quoted = False
        for found in _WORD.finditer(line):
            word = found.group()
            if word in '“”"':
                quoted = word == "“" or (word == '"' and _opens(line, found.start()))
                continue
            count += 1
            low = word.lower().replace("’", "'")
            reporting += low in REPORTING
            narrator += (
                not quoted
                and low in NARRATOR
                and word != "US"
                and not _title_word(line, found.start(), word)
            )
    per = max(count, 1) / 1000
    return count, narrator, narrator / per, reporting / per


def page_genre(text: str) -> str | None:
    """:data:`VOICED` for a page told in its writer's voice (:func:`voice_rates`),
    None for a report or a text too short to tell."""
    words, narrator, voice, reporting = voice_rates(text)
    if (
        words >= GENRE_MIN_WORDS
        and narrator >= NARRATOR_MIN
        and voice >= VOICE_MIN
        and reporting < REPORTING_MAX
    ):
        return VOICED
    return None


def document_genre(document: Document) -> str | None:
    """The genre of an article (:func:`page_genre`), None for one not in English: the
    word counts are English words ("i" is Danish and Swedish for "in")."""
    if document.language not in (None, "en"):
        return None
    return page_genre(document.text)


def _named(m: _Mention, kind_of: dict[str, str]) -> bool:
    """Whether a participant of the mention is a named person, organisation, country
    or place ("Mercurial", not "users" or "a few people"), or the happening or a word
    the trigger governs is part of a name the parse found ("the European Indoor
    Championships", "Eidos retained the rights", "Wooden Heart entered the chart"):
    participants are read for fewer acts than names are told."""
    if any(kind_of.get(p.actor) in _NAMED and p.actor[:1].isupper() for p in m.participants):
        return True
    trigger = m.trigger
    return trigger.ent_type_ in NAME_LABELS or any(
        t.ent_type_ in NAME_LABELS
        for c in trigger.children
        if c.dep_ in _ARGUMENT_DEPS
        for t in c.subtree
    )


def _told_done(verb: Token) -> bool:
    """Whether a verb tells its act as done: a past form ("ripped up", "were
    trailing", "was reformatted", "have been reviewed"), no modal ("would hack",
    "may be left"). A present-tense verb on such a page is a habit, a claim or a
    game's scene told as it plays ("the woman flares red and hacks at the man"); a
    gerund or a participle with no auxiliary is a topic ("fragmenting the user base",
    "situating"), and "is situated" a state."""
    if verb.tag_ == "VBD":
        return True
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return verb.tag_ in {"VBN", "VBG"} and any(
        a.tag_ == "VBD" or (a.lemma_ == "have" and verb.tag_ == "VBN") for a in aux
    )


def _present(verb: Token) -> bool:
    """Whether a verb tells a scene as it plays or a habit: a present form ("the woman
    kills Helgen"), a bare gerund ("sitting"), or a verb carried by a present one ("the
    bandit keeps stabbing Hadvar"). "Glossier is donating" has its auxiliary."""
    if verb.tag_ in {"VBZ", "VBP"}:
        return True
    own = any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    if verb.tag_ == "VBG" and not own:
        return verb.dep_ != "xcomp" or verb.head.tag_ in {"VBZ", "VBP"}
    return not own and verb.dep_ in {"xcomp", "conj"} and verb.head.tag_ in {"VBZ", "VBP"}


def _modal(verb: Token) -> bool:
    """Whether a modal governs the verb ("would hack", "may be left", "should arrive")."""
    return any(c.tag_ == "MD" for c in verb.children)


def _anchored(m: _Mention, kind_of: dict[str, str]) -> bool:
    """Whether the mention names who, when or where: a named participant or argument,
    a calendar date, a named place."""
    return _named(m, kind_of) or _dated(m) or m.place is not None


def _dated(m: _Mention) -> bool:
    """Whether the mention's time is a day, month or year on the calendar, not "a few
    months"."""
    return m.time is not None and m.time.start is not None


def told_on_personal_page(group: Iterable[_Mention], kind_of: dict[str, str]) -> bool:
    """Whether an event of a :data:`VOICED` page is one a reader takes for news: a
    verb told as done (:func:`_told_done`), or one that names who, when or where
    (:func:`_anchored`) and is no scene told in the present ("Glossier is donating $1
    million", "the block imposed by the Turkish government", "released in September
    2012"); a decision told as made ("the project decided to go all in"); a typed
    happening named by a noun that names who, when or where, or a dated one ("the
    European Indoor Championships", "the decision today"); a planned act that names
    them. The rest are the writer's musings: "Python may be left", "fragmenting the
    user base", "dead from the perspective of the maintainers", "surroundings"."""
    for m in group:
        trigger = m.trigger
        verb = trigger.pos_ in {"VERB", "AUX"}
        if verb and _modal(trigger):
            continue
        if m.factuality == PLANNED:
            if trigger.tag_ == "VBD" or _anchored(m, kind_of):
                return True
        elif m.factuality not in ACTUAL:
            continue
        elif verb:
            if _told_done(trigger) or (not _present(trigger) and _anchored(m, kind_of)):
                return True
        elif (m.type != OTHER and _anchored(m, kind_of)) or _dated(m):
            return True
    return False

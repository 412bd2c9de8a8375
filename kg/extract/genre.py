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

Not every "we" on a page is its writer's. On the same pages four news reports were
read as told in the writer's voice (5 of the 8 real events the genre cost): a report
quoting a mining company's release as an excerpt and ending "Get the latest news ... in
your inbox", a page collecting bank chiefs' letters under "here's what CEOs ... say:",
a foundation's own news in its "we", a match report quoting in single marks. The
counts now leave out attributed speech (kg's statements), the outlet's prompts to the
reader and text the writer hands over (:func:`told_by_others`), whose events pass the
blog post's bar on their own; a page whose narrator is only ever "we" is an
organisation telling its news, unless its address says opinion.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator

from spacy.tokens import Token

from ..gazetteer import words
from ..model import ACTUAL, COUNTRY, ORGANISATION, PERSON, PLACE, PLANNED, Document, Statement
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


# words of a line that asks the reader to act on the site, not the writer's voice: "Get
# the latest news in your inbox", "Sign up for our newsletter", "Let us know in the
# comments", "Is your company doing something interesting? Contact: ..."
_PROMPT = re.compile(
    r"\b(?:inbox|newsletters?|subscri\w*|sign\s+up|e-?mails?|comments?|contact|podcasts?"
    r"|follow\s+us|let\s+us\s+know|twitter|facebook|instagram)\b",
    re.IGNORECASE,
)
PROMPT_MAX_WORDS = 30  # a prompt is a line or two, never a paragraph
HAVE = words("have 've")  # a perfect's auxiliary, as spaCy lemmatises it
_SINGULAR = words("i me my mine myself i'm i've i'd i'll")
_PLURAL = words("we us our ours ourselves we're we've we'll we'd")
# an introduction that hands the page to others' words: "here's what the chief
# executives say to their staff:", "The statement reads:"
_HANDS_OVER = re.compile(
    r"\b(?:say|says|said|wrote|writes|write|told|tell|tells|reads?|statement|letter|memo)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"\u201d\u2019']?\s+")
# the writer's own reporting again after the handed-over text ("..., said King on CNN")
_TAKES_BACK = re.compile(r"\b(?:said|says|according|announced)\b", re.IGNORECASE)
# URL path words of an opinion page: its "we" is the paper's or the writer's view
_OPINION_PATH = re.compile(
    r"/(?:[\w-]*[-/])?(?:opinions?|editorials?|columns?|columnists?|commentary|letters|blogs?)"
    r"(?:[-/.]|$)",
    re.IGNORECASE,
)


def _low(word: str) -> str:
    return word.lower().replace("’", "'")


def _line_words(line: str) -> set[str]:
    return {_low(w.group()) for w in _WORD.finditer(line)}


def _prompt(line: str) -> bool:
    """Whether a line asks the reader to act on the site (subscribe, comment, write in):
    its "your" and "us" are the outlet's boilerplate, not the writer's voice (The West
    Australian's business report ends "Get the latest news ... in your inbox"). A line
    in which the writer speaks as "I" is the writer's ("I sent them an email")."""
    found = _line_words(line)
    return (
        len(line.split()) <= PROMPT_MAX_WORDS
        and bool(_PROMPT.search(line))
        and not found & _SINGULAR
    )


def _hands_over(line: str) -> bool:
    """Whether a line introduces others' words that follow it, not in quotation marks
    ("here's what the chief executives say to their employees:"): a page that collects
    letters and memos speaks as their writers' "we" without being told in its own
    writer's voice. The writer's own "My editor told me:" is no such introduction, nor
    a list's ("Lord Falconer told the BBC ... Other plans include:"): only the line's
    last sentence introduces."""
    last = _SENTENCE_END.split(line.strip())[-1]  # "... he said. Other plans include:"
    return (
        last.endswith(":") and bool(_HANDS_OVER.search(last)) and not _line_words(last) & NARRATOR
    )


def _excerpt(line: str) -> bool:
    """Whether a paragraph opens in the middle of someone else's sentence ("...the
    placement completed by the Company last week has provided"): an excerpt of a
    release or a letter set off from the report, its "we" the company's. A writer's
    own paragraph never begins with an ellipsis and a small letter."""
    core = line.lstrip(" \t\"\u201c\u2018'")
    rest = core[1:] if core.startswith("\u2026") else core[3:] if core.startswith("...") else ""
    return rest[:1].islower()


OWN, PROMPT, OTHERS = "own", "prompt", "others"  # whose words a line of a page is


def _lines(text: str) -> Iterator[tuple[int, str, str]]:
    """Each line of the text with its start and whose words it is: :data:`PROMPT` for
    the outlet's call to the reader (:func:`_prompt`), :data:`OTHERS` for text the
    writer hands over. An introduction (:func:`_hands_over`) hands over what follows
    until the writer reports again ("..., said King on CNN"); an excerpt
    (:func:`_excerpt`) runs while its paragraphs speak as "we" or "I" ("We look
    forward to drilling"), and the report resumes with the first that does not."""
    handed = excerpt = False
    at = 0
    for line in text.splitlines(keepends=True):
        start, at = at, at + len(line)
        if not line.strip():  # a blank line between paragraphs says nothing
            yield start, line, OTHERS if handed or excerpt else OWN
            continue
        if handed and _TAKES_BACK.search(line):
            handed = False
        if excerpt and (_TAKES_BACK.search(line) or not _line_words(line) & NARRATOR):
            excerpt = False
        excerpt = excerpt or _excerpt(line)
        if handed or excerpt:
            yield start, line, OTHERS
        else:
            yield start, line, PROMPT if _prompt(line) else OWN
        handed = handed or _hands_over(line)


def told_by_others(text: str) -> list[tuple[int, int]]:
    """The character spans of a page's text in others' words that the writer hands
    over (:func:`_lines`): executives' letters collected on a news page, a company's
    release quoted in a report. Their "we" is no narrator's, yet their sentences are
    told in a person's voice like a blog post's, so their events pass the same bar
    (:func:`told_on_personal_page`): "we helped clients raise capital" stays, "working
    to drive reforms" goes."""
    spans: list[tuple[int, int]] = []
    for start, line, whose in _lines(text):
        if whose != OTHERS:
            continue
        if spans and spans[-1][1] == start:
            spans[-1] = (spans[-1][0], start + len(line))
        else:
            spans.append((start, start + len(line)))
    return spans


def _narrator_words(
    text: str, spoken: Iterable[tuple[int, int]] = ()
) -> tuple[int, list[str], int]:
    """The text's words, its narrator words in lower case, and its reporting verbs.
    Narrator words are counted outside quotation marks (a quoted "we" is the speaker's,
    not the writer's; a title's "You" is no one's; a quote never runs past the end of
    its line), outside ``spoken`` (the character spans of attributed speech), outside
    lines that prompt the reader and outside text handed to others (:func:`_lines`)."""
    spans = sorted(spoken)
    count = reporting = 0
    narrator: list[str] = []
    for start, line, whose in _lines(text):
        quoted = False
        for found in _WORD.finditer(line):
            word = found.group()
            if word in '“”"':
                quoted = word == "“" or (word == '"' and _opens(line, found.start()))
                continue
            count += 1
            low = _low(word)
            reporting += low in REPORTING
            if (
                whose != OWN
                or quoted
                or low not in NARRATOR
                or word == "US"
                or _title_word(line, found.start(), word)
                or within(start + found.start(), spans)
            ):
                continue
            narrator.append(low)
    return count, narrator, reporting


def within(offset: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the offset falls in one of the spans, sorted by start: only those that
    start at or before it can hold it (a long page has hundreds of quotes)."""
    return any(s <= offset < e for s, e in spans[: bisect_right(spans, (offset, offset))])


def voice_rates(text: str, spoken: Iterable[tuple[int, int]] = ()) -> tuple[int, int, float, float]:
    """The text's words, its narrator words (:func:`_narrator_words`), those per 1,000
    words, and its reporting verbs per 1,000 words."""
    count, narrator, reporting = _narrator_words(text, spoken)
    per = max(count, 1) / 1000
    return count, len(narrator), len(narrator) / per, reporting / per


def _an_organisations_voice(narrator: list[str], url: str | None) -> bool:
    """Whether the narrator is only ever "we" and "our", never "I" nor "you": an
    organisation telling what it did (the Wikimedia Foundation's "we filed a petition"
    on its news page), news told by the one who did it. An opinion page's "we" is a
    view (an editorial), so its address keeps it the writer's voice."""
    return all(w in _PLURAL for w in narrator) and not (url and _OPINION_PATH.search(url))


def page_genre(
    text: str, spoken: Iterable[tuple[int, int]] = (), url: str | None = None
) -> str | None:
    """:data:`VOICED` for a page told in its writer's voice (:func:`voice_rates`),
    None for a report, an organisation's own news (:func:`_an_organisations_voice`) or
    a text too short to tell."""
    count, narrator, reporting = _narrator_words(text, spoken)
    per = max(count, 1) / 1000
    if (
        count >= GENRE_MIN_WORDS
        and len(narrator) >= NARRATOR_MIN
        and len(narrator) / per >= VOICE_MIN
        and reporting / per < REPORTING_MAX
        and not _an_organisations_voice(narrator, url)
    ):
        return VOICED
    return None


def document_genre(document: Document, statements: Iterable[Statement] = ()) -> str | None:
    """The genre of an article (:func:`page_genre`), None for one not in English: the
    word counts are English words ("i" is Danish and Swedish for "in"). The words of
    its ``statements`` are their speakers', unless the writer is the speaker ("I told
    them we would wait")."""
    if document.language not in (None, "en"):
        return None
    spans = [
        (document.clean_offset(part.start), document.clean_offset(part.end))
        for st in statements
        if _low(st.speaker_name or "") not in NARRATOR
        for part in st.content
    ]
    return page_genre(document.text, spans, document.url)


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
    "situating"), and "is situated" a state. A web page's curly "we’ve helped" is
    "have" as "we've" is: spaCy leaves its lemma "’ve"."""
    if verb.tag_ == "VBD":
        return True
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return verb.tag_ in {"VBN", "VBG"} and any(
        a.tag_ == "VBD" or (_low(a.lemma_) in HAVE and verb.tag_ == "VBN") for a in aux
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

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

from ..gazetteer import words
from ..model import ACTUAL, COUNTRY, ORGANISATION, PERSON, PLACE, PLANNED
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
_WORD = re.compile(r"[“”\"]|[A-Za-z][A-Za-z'’]*")
_NAMED = frozenset({PERSON, ORGANISATION, COUNTRY, PLACE})


def voice_rates(text: str) -> tuple[int, float, float]:
    """The text's words, its narrator words per 1,000 words outside quotation marks
    (a quoted "we" is the speaker's, not the writer's) and its reporting verbs per
    1,000 words. A quote never runs past the end of its line."""
    count = narrator = reporting = 0
    for line in text.splitlines():
        quoted = False
        for found in _WORD.finditer(line):
            word = found.group()
            if word in '“”"':
                quoted = word == "“" or (word == '"' and not quoted)
                continue
            count += 1
            low = word.lower().replace("’", "'")
            reporting += low in REPORTING
            narrator += not quoted and low in NARRATOR and word != "US"
    per = max(count, 1) / 1000
    return count, narrator / per, reporting / per


def page_genre(text: str) -> str | None:
    """:data:`VOICED` for a page told in its writer's voice (:func:`voice_rates`),
    None for a report or a text too short to tell."""
    words, voice, reporting = voice_rates(text)
    if words >= GENRE_MIN_WORDS and voice >= VOICE_MIN and reporting < REPORTING_MAX:
        return VOICED
    return None


def _named(m: _Mention, kind_of: dict[str, str]) -> bool:
    """Whether a participant of the mention is a named person, organisation, country
    or place ("Mercurial", not "users" or "a few people")."""
    return any(kind_of.get(p.actor) in _NAMED and p.actor[:1].isupper() for p in m.participants)


def told_on_personal_page(group: Iterable[_Mention], kind_of: dict[str, str]) -> bool:
    """Whether an event of a :data:`VOICED` page is one a reader takes for news: a
    mention told as done or planned with a named participant, a calendar date or a
    named place. Hypothetical, negated, nameless and undated ones are the writer's
    musings ("Python may be left", "fragmenting the user base")."""
    return any(
        (m.factuality in ACTUAL or m.factuality == PLANNED)
        and (
            _named(m, kind_of)
            or (m.time is not None and m.time.start is not None)
            or m.place is not None
        )
        for m in group
    )

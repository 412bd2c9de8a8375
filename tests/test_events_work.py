"""The events extractor's per-sentence and per-mention work does not grow with what a
sentence cannot hold (issue 24: the build's cost beyond the parse).

Every word of an article went through a site-line search and a dash count of its
sentence, and every mention walked its clause for "next week" or a year even when its
sentence had none. These tests count that work on a news text of our own (invented
people and places) and check that the answers stay the ones of the full reading.
"""

from __future__ import annotations

import cProfile
import pstats
import re

import pytest

from kg import nlp
from kg.extract import events
from kg.extract.event_groups import _Mention

TEXT = (
    "VALDORA (Reuters) - Police arrested three men on Tuesday after a fire destroyed a "
    "warehouse on the edge of the port, the city's fire chief, Marta Oren, said. "
    "Firefighters fought the blaze for six hours while residents of nearby streets were "
    "moved to a school.\n\n"
    "The port authority said it would reopen the docks and that shipping would resume, "
    "but unions warned that workers could strike if the owners cut jobs or closed the "
    "yard. Investigators searched the ruins and questioned the guards who had been on "
    "duty.\n\n"
    "Mayor Ilse Brand will visit the site next week, and an inquiry is planned for the "
    "upcoming session of the council. Reporting by Tomas Leuven; editing by Ana Ruiz.\n"
)
SITE = "Carol Weiss contributed to this report. Click here to subscribe to our newsletter.\n"


@pytest.fixture(scope="module")
def doc():
    return next(nlp.parse([TEXT + SITE]))


def _reads(call) -> int:
    """How many tokens ``call`` takes from a Doc (``doc[i]`` and iteration, which every
    walk over children, subtrees and sentences goes through)."""
    prof = cProfile.Profile()
    prof.enable()
    call()
    prof.disable()
    stats = pstats.Stats(prof).stats
    return sum(
        calls
        for (path, _, name), (_, calls, *_rest) in stats.items()
        if path.endswith("doc.pyx") and name in {"__getitem__", "__iter__"}
    )


def test_sentences_are_read_about_once_for_menus_and_site_lines(doc):
    """A sentence with fewer than six dashes and no site word costs one pass over its
    words (the walk handing them on), not a dash count and a join of its text too."""
    fresh = next(nlp.parse([TEXT]))
    reads = _reads(lambda: list(events._by_sentence(fresh)))
    assert reads <= 2.5 * len(fresh)  # the walk, and one join of the document's text
    # the answers are those of the full readings, site lines found
    got = list(events._by_sentence(doc))
    assert [t.i for t, _, _ in got] == [t.i for t in doc]
    for tok, menu, site in got:
        sent = tok.sent
        assert menu == (
            sum(t.text == "-" and t.whitespace_ != "" for t in sent) >= 6
            and sum(t.text == "-" and t.whitespace_ != "" for t in sent) * 3
            >= sum(t.is_alpha for t in sent)
        )
        full = [
            (sent.start_char + m.start(), sent.start_char + m.end())
            for m in events.SITE_LINES.finditer(sent.text)
        ]
        assert site == full
    found = {doc.text[a:b].lower() for _, _, spans in got for a, b in spans}
    assert any("contributed" in f for f in found) and any("click here" in f for f in found)


def test_site_search_runs_only_where_a_site_word_is(doc, monkeypatch):
    searched: list[str] = []
    pattern = events.SITE_LINES

    class Counted:
        def finditer(self, text: str):
            searched.append(text)
            return pattern.finditer(text)

    monkeypatch.setattr(events, "SITE_LINES", Counted())
    list(events._by_sentence(doc))
    sentences = list(doc.sents)
    assert len(sentences) >= 8
    assert 0 < len(searched) <= 3  # the two site lines (and a news line naming a word)
    assert any("contributed" in s for s in searched)


def test_every_site_phrase_holds_a_site_word():
    """The search is skipped on a sentence with none of SITE_WORDS: each phrase of
    SITE_LINES must name one, or a phrase added later would never be searched."""
    pattern, depth, start, alternatives = events.SITE_LINES.pattern, 0, 0, []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            alternatives.append(pattern[start:i])
            start = i + 1
        i += 1
    alternatives.append(pattern[start:])
    assert len(alternatives) >= 8
    for alt in alternatives:
        plain = re.sub(r"\\[a-zA-Z]", " ", alt).lower()
        assert any(w in plain for w in events.SITE_WORDS), alt


def test_clauses_are_walked_for_plans_only_in_a_sentence_that_names_one(doc, monkeypatch):
    """factuality asks :func:`events._ahead` of every word of a trigger's clause; in a
    sentence without "next", "upcoming" or "planned" it asks none."""
    asked: list[int] = []
    ahead = events._ahead

    def counted(word, trig):
        asked.append(trig.i)
        return ahead(word, trig)

    ex = events._Extractor(doc, _document(), events.ActorIndex(doc, _document()), [])
    verbs = [t for t in doc if t.pos_ == "VERB"]
    plans = {"next", "upcoming", "planned"}
    plain = [t for t in verbs if not ({w.lower_ for w in t.sent} & plans)]
    planned = [t for t in verbs if {w.lower_ for w in t.sent} & plans]
    assert len(plain) >= 10 and planned
    full = {t.i: ex.factuality(_Mention(t, "Other")) for t in verbs}
    monkeypatch.setattr(events, "_ahead", counted)
    for t in plain:
        assert ex.factuality(_Mention(t, "Other")) == full[t.i]
    assert not asked
    for t in planned:
        assert ex.factuality(_Mention(t, "Other")) == full[t.i]
    assert asked
    visit = next(t for t in planned if t.lemma_ == "visit")
    assert full[visit.i] == events.PLANNED  # "will visit the site next week"


def test_a_sentence_without_dates_is_walked_once_for_all_its_mentions(doc):
    """_over_a_period looks for a year in each mention's clause; an undated sentence
    is read once, however many mentions it has."""
    sent = next(s for s in doc.sents if "unions" in s.text)
    assert not any(t.ent_type_ == "DATE" for t in sent)
    mentions = [_Mention(t, "Other") for t in sent if t.pos_ in {"VERB", "NOUN"}]
    assert len(mentions) >= 8
    reads = _reads(lambda: [events._over_a_period(m) for m in mentions])
    assert reads <= 1.5 * len(sent)
    dated = next(s for s in doc.sents if "Tuesday" in s.text)
    assert not any(events._over_a_period(_Mention(t, "Other")) for t in dated)


def test_credit_lines_read_a_neighbour_only_for_a_credit_word(doc):
    """Every word of a document is asked whether it opens a credit line ("Reporting by
    …"); only the five credit words read the word after them."""
    credits: list[str] = []
    reads = _reads(lambda: credits.extend(t.lower_ for t in doc if events._credit(t)))
    assert credits == ["reporting", "editing"]
    # the walk over the words, the sentence table built once, the credit lines' texts
    assert reads <= 1.5 * len(doc)


def _document():
    from kg.model import Document

    text = TEXT + SITE
    return Document(id="valdora", text=text, source_text=text)


def test_sentence_texts_are_cut_from_one_join_of_the_document(doc):
    """Every sentence's text, and a title's summary sentence, come from the document's
    text joined once: ``Span.text`` joins a sentence's words again on each call."""
    from kg.extract.spans import span_text

    fresh = next(nlp.parse([TEXT + SITE]))
    sents = list(fresh.sents)
    reads = _reads(lambda: [span_text(s) for s in sents for _ in range(3)])
    assert reads <= 1.1 * len(fresh)  # one join, however often a sentence is asked
    assert _reads(lambda: [s.text for s in sents for _ in range(3)]) >= 3 * len(fresh)
    assert [span_text(s) for s in sents] == [s.text for s in sents]
    ents = list(fresh.ents)
    assert ents and [span_text(e) for e in ents] == [e.text for e in ents]


def test_sentences_without_you_are_not_walked_for_advice_to_the_reader(doc):
    """Two junk readers ask each sentence whether it speaks to "you"; a sentence whose
    text has no "you" answers without a walk over its words."""
    fresh = next(nlp.parse([TEXT]))
    sents = list(fresh.sents)
    reads = _reads(lambda: [(events._speaks_to_you(s), events._tells_you(s)) for s in sents])
    assert reads <= 1.1 * len(fresh)  # one join of the document's text; no sentence of
    # the story names "you", none is walked
    asked = next(nlp.parse(["You can appeal the fine in court.\n\nThank you for reading.\n"]))
    told = [(events._speaks_to_you(s), events._tells_you(s)) for s in asked.sents]
    assert told[0] == (False, True) and told[-1] == (True, False)

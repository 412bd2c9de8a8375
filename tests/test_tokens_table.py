"""The event readers' per-document token table (issue 24) answers as the Token objects
do: each column is the attribute spaCy gives every word, and each reader moved onto it
(the passing-over of words no trigger can be, the per-sentence facts, "our" owners, a
date inside a phrase) keeps the answer of the walk it replaced. Checked on a news text
of our own with hyphened words, a count of the dead in a headline, "our"/"we"
possessives, "or" alternatives, dates inside and outside phrases."""

from __future__ import annotations

import pytest

from kg import nlp
from kg.extract import events
from kg.extract.tokens import hashes, title_case_lines, token_table

TEXT = (
    "Two Dead, 14 Hurt As Ferry Hits Pier In Storm\n\n"
    "MARSEILLE, Dec 4 - A cease-fire between the dockers' union and the port authority "
    "collapsed on Thursday after a ferry struck a pier in high winds, killing two "
    "passengers. Our crews did everything they could, the operator's director said; "
    "\u201cwe owe our passengers answers, and our own inquiry starts on Monday.\u201d\n\n"
    "The well-known sit-in at the harbour office, now in its third week, goes on. "
    "Unions may strike again next month, or they may go to court. The planned talks "
    "were called off, and a hit-and-run near the quay last night is being investigated "
    "by police, who said the slain man was 34. Ministers, though, did nothing."
)


@pytest.fixture(scope="module")
def doc():
    return next(nlp.parse([TEXT]))


def test_the_table_holds_each_words_attributes(doc):
    table = token_table(doc)
    strings = doc.vocab.strings
    assert table is token_table(doc)  # read once, kept with the document
    assert table.pos == [t.pos_ for t in doc]
    assert table.dep == [t.dep_ for t in doc]
    assert table.head == [t.head.i for t in doc]
    assert table.ent_type == [t.ent_type_ for t in doc]
    assert [strings[h] for h in table.lower] == [t.lower_ for t in doc]
    assert [strings[h] for h in table.lemma] == [t.lemma_ for t in doc]
    beside = {
        t.i
        for t in doc
        if any(t.i + d in range(len(doc)) and doc[t.i + d].text == "-" for d in (-1, 1))
    }
    assert table.hyphened == beside
    assert {"cease", "fire", "well", "known", "sit", "in"} <= {doc[i].lower_ for i in beside}
    assert hashes(doc, ["our"]) <= set(table.lower)


def test_a_word_passed_over_is_no_trigger_and_no_phase(doc):
    keep = events._may_trigger(doc)
    index = events.ActorIndex(doc, events.Document(id="d", text=TEXT, source_text=TEXT))
    passed = [t for t in doc if not keep(t.i)]
    assert len(passed) > len(doc) / 3  # most function words are never read further
    for t in passed:
        assert events._trigger_type(t, index) is None, t.text
        assert events._phase_of(t, lambda _: "X") is None, t.text
    kinds = {t.lower_: events._trigger_type(t, index) for t in doc if keep(t.i)}
    assert kinds["dead"] == "Death" and kinds["fire"] is not None  # headline, hyphened
    walked = [t for t, _, _ in events._by_sentence(doc)]
    kept = [t for t, _, _ in events._by_sentence(doc, keep)]
    assert [t.i for t in kept] == [t.i for t in walked if keep(t.i)]


def test_sentence_facts_read_from_the_table_match_the_walk(doc):
    sents = list(doc.sents)
    assert any(events._or_joined(s) for s in sents)
    assert any(events._dated(s) for s in sents)
    assert any(events._ahead_word(s) for s in sents)
    for s in sents:
        assert events._or_joined(s) == any(t.dep_ == "cc" and t.lower_ == "or" for t in s)
        assert events._dated(s) == any(t.ent_type_ == "DATE" for t in s)
        assert events._ahead_word(s) == any(t.lower_ in events.AHEAD for t in s)
    for t in doc:
        assert events._sentence_lemmas(t) == {w.lemma_.lower() for w in t.sent}
        walked = any(w.ent_type_ in {"DATE", "TIME"} for w in t.subtree)
        assert events._date_within(t) == walked, t.text


def test_words_our_owns_are_the_heads_of_our(doc):
    owned = events._owned_by_us(doc)
    walked = {
        t.i
        for t in doc
        if any(c.dep_ == "poss" and c.lower_ in events.FIRST_PLURAL for c in t.children)
    }
    assert owned == walked
    assert {"crews", "passengers"} <= {doc[i].lower_ for i in owned}


def test_hyphen_runs_and_orders_read_by_index_answer_as_the_walk(doc):
    from kg.extract.tokens import hyphen_run

    for t in doc:
        run = hyphen_run(t)
        if t.i not in token_table(doc).hyphened:
            assert run is None
        elif run is not None:
            assert t.i in range(run.start, run.end)
    runs = {hyphen_run(t).text for t in doc if hyphen_run(t) is not None}
    assert {"cease-fire", "well-known", "sit-in", "hit-and-run"} <= runs


def test_an_order_to_the_reader_is_found_from_the_root_up():
    text = (
        "Book your tickets before Friday. The council said the ferry would sail on "
        "Monday, and crews were told to report at dawn."
    )
    doc = next(nlp.parse([text]))
    found = {}
    for t in doc:
        m = events._Mention(t, "X")
        root = t
        while root.dep_ != "ROOT":
            root = root.head
        found[t.text] = events._imperative(m)
        assert doc.user_data["imperative"].keys() >= {root.i}
    assert found["tickets"] and found["Book"]
    assert not found["sail"] and not found["report"]


def test_title_case_lines_read_word_flags_from_the_array():
    text = (
        "Gunman Opens Fire In Crowded Mall, 3 Dead\n"
        "Police said the gunman fired at shoppers near the food court.\n"
        "WATCH: Shoppers Flee Through Car-Park Exits\n"
        "the area stayed closed on Sunday 12th"
    )
    doc = next(nlp.parse([text]))
    title = title_case_lines(doc)
    lines, start = [], 0
    for t in doc:
        if "\n" in t.text or t.i == len(doc) - 1:
            lines.append(doc[start : t.i + 1])
            start = t.i + 1
    walked = set()
    for line in lines:
        long = [t for t in line if t.is_alpha and len(t.text) > 3]
        if len(long) >= 3 and sum(t.text[0].isupper() for t in long) >= 0.8 * len(long):
            walked.update(t.i for t in line)
    assert title == walked
    assert doc[0].i in title and doc[-1].i not in title


@pytest.mark.parametrize("word", ["the", "pier", "Our", "talks", "Ferry", "nowhere"])
def test_word_positions_are_the_walks_answer(doc, word):
    """The per-document index of a word's places (the owned titles ask it per title
    instead of walking the document) gives the places a walk finds, in order, for a
    word in any case, and none for a word the text lacks."""
    from kg.extract.tokens import word_positions

    walked = [t.i for t in doc if t.lower_ == word.lower()]
    assert word_positions(doc, word.lower()) == walked
    assert bool(walked) == (word != "nowhere")


@pytest.mark.parametrize("words", [["or", "the"], ["our"], ["pier", "nowhere"], ["nowhere"]])
def test_positions_in_a_sentence_are_the_walks_answer(doc, words):
    """The places of a few words inside a sentence (a junk rule asks its trigger's
    sentence for "rest", "most" or "much" instead of walking every word of it) are the
    places a walk over the sentence finds, in order, for each sentence of the text."""
    from kg.extract.tokens import positions_in

    for sent in doc.sents:
        walked = [t.i for t in sent if t.lower_ in words]
        assert positions_in(sent, words) == walked

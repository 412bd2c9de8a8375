"""kg's parse: the attribute ruler and lemmatizer answers remembered per token (issue #24).

kg.nlp.load() replaces spaCy's attribute ruler and lemmatizer by one component that
remembers their answer per token; every token must still end with exactly what spaCy's
own pipeline gives it, for words seen once, seen again in another role, and those the
several-token patterns reach ("there is", "gon na", "let's").
"""

from __future__ import annotations

import spacy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, ORTH, POS, TAG

from kg import nlp

TEXTS = [
    "There is a vote on Tuesday. The council said there were two votes and there's a third.",
    "They vote today, and the vote is close. I told it to you; you gave it to me.",
    "We're gon na win, the mayor said. Let's go, y'all. It ain't over. C'mon, then.",
    "Did she sign it? She did have doubts, but she signed.  Ministers   met\n\nin Leeds.",
    "",
    "There are ten seats left. Ask them what they were gon",
    "The talks, which began in March, resumed on Monday as the unions had hoped they would.",
]
ATTRS = [ORTH, TAG, POS, MORPH, LEMMA, DEP, HEAD]


def _annotations(doc) -> tuple:
    return (
        doc.to_array(ATTRS).tolist(),
        [(t.lemma_, str(t.morph), t.pos_) for t in doc],
        doc.to_bytes(),
    )


def test_remembered_answers_are_spacys_own() -> None:
    """Twice over the same texts (the second time from the table), kg's pipeline gives
    every token the tag, POS, morphology, lemma and dependency of spaCy's own."""
    ours = nlp.load()
    assert "kg_remembered_morphology" in ours.pipe_names
    assert "attribute_ruler" not in ours.pipe_names and "lemmatizer" not in ours.pipe_names
    stock = spacy.load(nlp.model_name())
    nlp._line_starts(stock)  # kg's sentence starts at line breaks, not under test here
    expected = [_annotations(d) for d in stock.pipe(TEXTS)]
    for _ in range(2):
        assert [_annotations(d) for d in ours.pipe(TEXTS)] == expected
    # the lemmatizer's tables stay where the extractors look them up
    assert ours.get_pipe("lemmatizer").lookups.has_table("lemma_exc")


def test_pattern_outside_the_key_keeps_spacys_components() -> None:
    """A ruler pattern over what the remembered key does not hold (here the entity type)
    would make the answer depend on more than the token: spaCy's components stay."""
    pipeline = spacy.load(nlp.model_name())
    pipeline.get_pipe("attribute_ruler").add([[{"ENT_TYPE": "GPE"}]], {"POS": "PROPN"})
    nlp._remembered_morphology(pipeline)
    assert "kg_remembered_morphology" not in pipeline.pipe_names
    assert pipeline.pipe_names[3:5] == ["attribute_ruler", "lemmatizer"]

    plain = spacy.load(nlp.model_name())
    nlp._remembered_morphology(plain)
    assert "kg_remembered_morphology" in plain.pipe_names


# Forms the lemmatizer's suffix rules must look up in its word lists: plurals, past
# tenses and comparatives of words rare enough to be new to any table, hyphenated
# forms (not alphabetic, kept without the lookup) and words no rule reaches.
RARE = (
    "The re-elected councillors gerrymandered the wards, filibustering motions while "
    "reappointments of ombudsmen stalled. Subpoenaed aides were likelier to testify, "
    "grumpier MPs said, as co-chairs unionised the caterers and the quangos recused "
    "themselves from the boundary reviews."
)


def test_lemmas_of_new_words_are_spacys_own_with_indexed_word_lists() -> None:
    """The word lists the lemmatizer checks each suffix rule's form against answer from
    a set in kg's pipeline (a list's scan cost ~0.15 ms a new word), still lists that
    save as spaCy's, and every lemma is still the one spaCy's own pipeline gives."""
    ours = nlp.load()
    lookups = ours.get_pipe("lemmatizer").lookups
    index = lookups.get_table("lemma_index")
    assert all(isinstance(words, nlp.WordList) for words in index.values())
    assert "councillor" in index["noun"] and "gerrymander" in index["verb"]
    assert "councillors" not in index["noun"]
    stock = spacy.load(nlp.model_name())
    theirs = stock.get_pipe("lemmatizer").lookups
    assert index["noun"] == theirs.get_table("lemma_index")["noun"]  # the same words, in order
    assert lookups.to_bytes() == theirs.to_bytes()  # and the pipeline still saves as spaCy's
    expected = _annotations(stock(RARE))
    assert _annotations(ours(RARE)) == expected
    lemmas = [t.lemma_ for t in ours(RARE)]
    assert {"councillor", "gerrymander", "ombudsman", "subpoena"} <= set(lemmas)


# Words the ruler's one-token patterns name (an IN list: "because", "though", "will",
# "that"; a regular expression: "nothin'"), in other cases ("THOUGH"), beside words no
# pattern names in the same role ("after", "unless" vs "before"), each way round, and
# runs of white space.
NAMED = [
    "She left after he came. She left because he came. Though late, THOUGH tired, we won.",
    "They got nothin' for it, and nuthin' more, but nothing less. He will go; he shall go.",
    "The board met before the vote, unless told otherwise.   It said that it was over.\n\n",
    "Councillors quibbled, dithered, equivocated and prevaricated over the motions.",
]


def test_words_no_pattern_names_share_one_answer_per_role() -> None:
    """The ruler's matcher runs once per tag and dependency for words no one-token
    pattern names (not once per new word), and every token still ends with spaCy's own
    answer, for named words, their other cases, and the unnamed words beside them."""
    ours = spacy.load(nlp.model_name())
    nlp._remembered_morphology(ours)
    remembered = ours.get_pipe("kg_remembered_morphology")
    ruler = remembered.ruler
    calls = []
    matcher = ruler.matcher

    class Counting:
        def __call__(self, *args, **kwargs):
            calls.append(args[0].text)
            return matcher(*args, **kwargs)

        def __getattr__(self, name):
            return getattr(matcher, name)

    ruler.matcher = Counting()
    stock = spacy.load(nlp.model_name())
    assert [_annotations(d) for d in ours.pipe(NAMED)] == [
        _annotations(d) for d in stock.pipe(NAMED)
    ]
    # the last text's words, none named: one call per tag and dependency among them
    last = stock(NAMED[-1])
    roles = {(t.tag_, t.dep_) for t in last if t.is_alpha and t.lower_ != "the"}
    words = [t.text for t in last if t.is_alpha and t.lower_ != "the"]
    assert len(roles) < len(words)
    assert len([w for w in calls if w in words]) <= len(roles)
    for word in ("because", "Though", "THOUGH", "nothin'", "nuthin'"):
        assert word in calls  # a named word is its own case


# Currency words at a document's ends, beside punctuation, hyphened and inside a longer
# token: where a word boundary comes from the characters either side.
SUM_TEXTS = [
    "Pounds 4m was spent on the new wing, the trust said.",
    "The deal was worth 4m pounds",
    "The fund holds pounds_sterling and euros-denominated bonds.",
    "pounds",
    "(dollars) and 'euros' were both offered; the £5m came in pounds.",
    "It cost £5m.\n\nMinisters agreed to pay it.",
]


def test_currency_guard_answers_as_the_whole_text() -> None:
    """The guard of :func:`kg.nlp.sums_written_first` reads a currency word from the
    words and their neighbours' characters, not from ``doc.text`` (a Token per word):
    it must answer as the pattern over the whole text does, for every document with a
    currency word."""
    pipeline = nlp.load()
    for doc in pipeline.pipe(SUM_TEXTS):
        at = nlp._currency_words(doc)
        assert at == [t.i for t in doc if t.lower_ in nlp.CURRENCIES]
        if at:
            whole = nlp._CURRENCY_WORD.search(doc.text) is not None
            assert nlp._written_word(doc, at) == whole


def test_sentence_steps_at_the_ends_of_a_document() -> None:
    """The line and stop steps look only at white space and stops: one at a document's
    first or last word must neither fail nor start a sentence there."""
    pipeline = nlp.load()
    texts = ["\nFirst line here\nSecond line here.", "Ends on a stop.", "Votes cast. Labour", "."]
    for doc in pipeline.pipe(texts):
        starts = [t.i for t in doc if t.is_sent_start]
        assert starts[0] == 0
    doc = nlp.load()("Ministers met in Leeds\nThe vote was held. Turnout rose")
    assert {t.text for t in doc if t.is_sent_start} >= {"The", "Turnout"}


def test_sentence_starts_written_at_once_as_one_by_one() -> None:
    """:func:`kg.nlp._set_starts` writes starts and non-starts as spaCy's setter does
    word by word (a later word's value kept, a start turned off again), and on a parsed
    document raises spaCy's own error."""
    pipeline = nlp.load()
    text = "Ray. Million Dollar Baby won.\n\nThe Home Office said. It agreed"
    fast, slow = pipeline.make_doc(text), pipeline.make_doc(text)
    starts = {2: True, 3: False, 8: True, 9: False, 14: True}
    nlp._set_starts(fast, starts)
    for i, start in starts.items():
        slow[i].is_sent_start = start
    assert [t.is_sent_start for t in fast] == [t.is_sent_start for t in slow]
    parsed = pipeline(text)
    try:
        nlp._set_starts(parsed, {2: True})
    except ValueError as exc:
        assert "E043" in str(exc)
    else:
        raise AssertionError("a parsed document's starts were rewritten")

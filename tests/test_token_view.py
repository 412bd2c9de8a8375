"""A token view (issue 24) must answer every reader as spaCy's own token does.

The event readers get each candidate trigger as a :class:`TokenView`, which reads its
facts from spaCy once and keeps them, and reaches its head and children as views too.
Here every word of our own news texts (a headline, a run-on sentence, hyphened words,
a quotation, a parse whose branches cross) is asked both ways, each question twice
(the second answer is the kept one): the same facts, the same head, the same children
in the same order, and the view stands for the plain token in sets and comparisons.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kg import nlp
from kg.extract.tokens import KEPT, TokenView, children, token_view

TEXTS = [
    "Cease-Fire Collapses As Rebels Storm Hill-Top Town\n\n"
    "The truce, which mediators had said would hold until the spring, broke down early "
    "on Sunday, and fighters who had been pushed back in March poured into the old "
    "market, where a 32-year-old shopkeeper was shot dead, police said.",
    "\u201cWe will not sign anything we cannot defend,\u201d the union leader told "
    "reporters in Lyon on Tuesday, adding that a strike planned for next week, the "
    "third since January, could still be called off if the offer on pay improved.",
    "Officials did not say how many people had been detained, nor whether those held "
    "at the border, some of them children travelling alone, would be released.",
]


@pytest.fixture(scope="module")
def docs():
    return list(nlp.parse(TEXTS))


def test_view_reads_what_spacy_reads(docs):
    for doc in docs:
        for tok in doc:
            view = token_view(doc, tok.i)
            for _ in range(2):  # the first answer is read, the second kept
                for name in KEPT:
                    assert getattr(view, name) == getattr(tok, name), (tok.text, name)
                assert view.head.i == tok.head.i
                assert [c.i for c in view.children] == [c.i for c in tok.children]


def test_view_reaches_views_and_is_made_once(docs):
    doc = docs[0]
    root = next(t for t in doc if t.dep_ == "ROOT" and t.i > 10)  # the body's "said"
    view = token_view(doc, root.i)
    assert token_view(doc, root.i) is view
    assert type(view.head) is TokenView and view.head.i == root.i  # a root heads itself
    kids = list(view.children)
    assert len(kids) >= 3 and all(type(c) is TokenView for c in kids)
    assert all(c.head is view for c in kids)  # one view per word of the document
    assert list(view.children) == kids  # the same children each time it is asked


def test_view_stands_for_the_plain_token(docs):
    doc = docs[1]
    for tok in doc:
        view = token_view(doc, tok.i)
        assert view == tok and tok == view and view.i == tok.i
        assert hash(view) == hash(tok)
        assert view in {tok} and tok in {view}
        assert view.doc is doc and view.i == tok.i
    assert token_view(doc, 3) < doc[4] and doc[2] < token_view(doc, 3)


@pytest.mark.parametrize("deps", [None, {"nsubj"}, {"nsubj", "nsubjpass"}, {"prep", "agent"}])
def test_children_of_a_view_keep_spacys_order(docs, deps):
    for doc in docs:
        for tok in doc:
            expected = [c.i for c in tok.children if deps is None or c.dep_ in deps]
            got = children(token_view(doc, tok.i), deps)
            assert [c.i for c in got] == expected


def test_view_where_the_parse_crosses():
    """A parse that is not projective leaves a word of another branch between a head's
    edges ("Tuesday" hangs on "resumed" but sits inside "Talks ... that had stalled"):
    spaCy's walk passes over it, and so must the view's children."""
    words = ["Talks", "on", "Tuesday", "that", "had", "stalled", "resumed", "quickly", "."]
    heads = [6, 0, 6, 5, 5, 0, 6, 6, 6]
    deps = ["nsubj", "prep", "npadvmod", "nsubj", "aux", "relcl", "ROOT", "advmod", "punct"]
    spaces = [True] * 7 + [False, False]
    crossed = Doc(nlp.load().vocab, words=words, spaces=spaces, heads=heads, deps=deps)
    for tok in crossed:
        view = token_view(crossed, tok.i)
        assert [c.i for c in view.children] == [c.i for c in tok.children]
        assert view.head.i == tok.head.i
    assert [c.i for c in token_view(crossed, 0).children] == [1, 5]


def test_subtree_of_a_view_is_spacys_kept_once(docs):
    """The junk readers ask a trigger's subtree again and again (a date in it, a number,
    a name): the view keeps it, as views, in spaCy's order, with the word itself in its
    place as the very view asked (readers test ``c is not trig``)."""
    for doc in docs:
        for tok in doc:
            view = token_view(doc, tok.i)
            tree = view.subtree
            assert [t.i for t in tree] == [t.i for t in tok.subtree], tok.text
            assert view.subtree is tree  # kept: no walk, no Token made again
            assert all(type(t) is TokenView for t in tree)
            assert sum(t is view for t in tree) == 1


def test_sentence_of_a_view_is_spacys_kept_once(docs):
    """A trigger's sentence is asked again and again (its lemmas, its words, where it
    starts): the view keeps it, the same sentence spaCy finds, one Span per sentence."""
    for doc in docs:
        for tok in doc:
            view = token_view(doc, tok.i)
            sent = view.sent
            assert (sent.start, sent.end) == (tok.sent.start, tok.sent.end), tok.text
            assert view.sent is sent  # kept: no walk to the sentence's ends again
            assert token_view(doc, tok.sent.start).sent is sent  # one per sentence


def test_subtree_where_the_parse_crosses():
    """"Tuesday" hangs on "resumed" but sits inside "Talks ... that had stalled": the
    view's subtree follows the tree, as spaCy's does, not the words between the edges."""
    words = ["Talks", "on", "Tuesday", "that", "had", "stalled", "resumed", "quickly", "."]
    heads = [6, 0, 6, 5, 5, 0, 6, 6, 6]
    deps = ["nsubj", "prep", "npadvmod", "nsubj", "aux", "relcl", "ROOT", "advmod", "punct"]
    spaces = [True] * 7 + [False, False]
    crossed = Doc(nlp.load().vocab, words=words, spaces=spaces, heads=heads, deps=deps)
    for tok in crossed:
        assert [t.i for t in token_view(crossed, tok.i).subtree] == [t.i for t in tok.subtree]
    assert [t.i for t in token_view(crossed, 0).subtree] == [0, 1, 3, 4, 5]


def test_a_parse_read_by_the_build_is_freed_without_the_cyclic_collector():
    """Views keep their head and children as views, so a document's views hold one
    another and the document in cycles; the build lets go of them once the article is
    read (kg.extract.tokens.let_go), and each parse is freed as soon as the next one
    replaces it, not left to the cyclic collector with its views and spans."""
    import gc
    from collections import Counter
    from datetime import date

    from kg import pipeline
    from kg.model import Document

    documents = [
        Document(f"wire-{n}", text, text, title=f"Wire {n}", published=date(2026, 3, 2))
        for n, text in enumerate(TEXTS)
    ]
    gc.collect()
    gc.disable()  # anything freed now is freed by reference counting alone
    try:
        before = Counter(type(o) for o in gc.get_objects())
        outcomes, _ = pipeline._analyse_chunk(documents, None, 32, False)
        assert [type(o) for o in outcomes] == [tuple] * len(TEXTS)  # every article read
        left = Counter(type(o) for o in gc.get_objects())
    finally:
        gc.enable()
    assert left[Doc] == before[Doc] and left[TokenView] == before[TokenView]

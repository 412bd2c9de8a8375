"""Per-document answers about tokens that spaCy recomputes on every call, read once per
document and kept in its ``user_data`` (issue 24: the event readers ask them of
thousands of words per article).

``Token.sent`` walks from the word to its sentence's ends each time it is asked (some
3 µs a word, twenty times a table lookup), and the readers ask for the sentence of a
trigger, its head, its root and its neighbours, over and over.
"""

from __future__ import annotations

from spacy.tokens import Span, Token


def sentence_of(tok: Token) -> Span:
    """``tok.sent``, from a table of the document's sentences built once (token index ->
    its sentence, the same ``Span`` for every word of a sentence)."""
    table = tok.doc.user_data.get("sentence_of")
    if table is None:
        table = [sent for sent in tok.doc.sents for _ in range(len(sent))]
        tok.doc.user_data["sentence_of"] = table
    return table[tok.i]

"""Per-document answers about tokens that spaCy recomputes on every call, read once per
document and kept in its ``user_data`` (issue 24: the event readers ask them of
thousands of words per article).

``Token.sent`` walks from the word to its sentence's ends each time it is asked (some
3 µs a word, twenty times a table lookup), and the readers ask for the sentence of a
trigger, its head, its root and its neighbours, over and over.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token


def sentence_of(tok: Token) -> Span:
    """``tok.sent``, from a table of the document's sentences built once (token index ->
    its sentence, the same ``Span`` for every word of a sentence)."""
    table = tok.doc.user_data.get("sentence_of")
    if table is None:
        table = [sent for sent in tok.doc.sents for _ in range(len(sent))]
        tok.doc.user_data["sentence_of"] = table
    return table[tok.i]


def hyphen_run(tok: Token, joins: Callable[[Token, Token], bool] | None = None) -> Span | None:
    """The hyphened word a token is part of ("Republican-led", "co-chairman",
    "stay-at-home"): the tokenizer splits it at each hyphen written with no space, and
    the readers need it whole; None when the token stands alone. ``joins(left, right)``,
    when given, must also hold of the pieces either side of each hyphen (a title joins
    only letters and digits: "U.S.-backed" stays apart there)."""
    doc = tok.doc
    start = end = tok.i
    while start > 1 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
        if doc[start - 1].whitespace_ or joins and not joins(doc[start - 2], doc[start]):
            break
        start -= 2
    while end < len(doc) - 2 and doc[end + 1].text == "-" and not doc[end].whitespace_:
        if doc[end + 1].whitespace_ or joins and not joins(doc[end], doc[end + 2]):
            break
        end += 2
    return None if start == end else doc[start : end + 1]
